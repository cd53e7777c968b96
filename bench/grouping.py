#!/usr/bin/env python3
"""Group purity and completeness of errctl's fingerprints against genlogs' ground truth.

Owns the grouping benchmark of issue 3. Ingests the genlogs corpus (`app.jsonl` and
`mixed.log`, cached by bench/_common.py) through errctl's real ingest (`errctl ingest`, one
child process) into `<workdir>/grouping-n<N>.duckdb` (reused later; `--reingest` rebuilds it),
joins every stored event to its truth record by (file, line) — genlogs' `line` is the first
physical line of the event, which is what errctl stores — and prints, over ALL events and
separately for events with a stack trace (truth `group_id` `S-...`) and without (`G-...`):

- purity: each errctl group counted by its most common truth group, over all events;
- completeness: each truth group counted by its most common errctl group, over all events.

Truth records of deliberately unparseable lines (`_unparsed`) are left out; events without a
truth record and truth records without an event are counted and printed. `--errors K` prints
the K largest impure and split groups, to find why. Target: both >= 0.99.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._common import (
    DEFAULT_WORKDIR,
    JSON_FILE,
    PLAIN_FILE,
    BenchError,
    ensure_corpus,
    errctl_command,
    log,
    print_table,
    remove_db,
    run_child,
    verdict,
)

TRUTH_COLUMNS = (
    "{'line': 'BIGINT', 'group_id': 'VARCHAR', 'template_id': 'VARCHAR', 'exc': 'VARCHAR', "
    "'fmt': 'VARCHAR'}"
)


def build_store(corpus: Path, db: Path, spec: str | None, reingest: bool) -> None:
    if db.exists() and not reingest:
        return
    remove_db(db)
    cmd, env = errctl_command(spec)
    files = [str(corpus / JSON_FILE), str(corpus / PLAIN_FILE)]
    log(f"ingesting {', '.join(files)} into {db}")
    result = run_child([*cmd, "--db", str(db), "ingest", *files, "--quiet"], env=env)
    result.check("ingest")
    log(f"ingest took {result.seconds:.1f} s, peak {result.peak_rss_mb:.0f} MB")


def scores(con, where: str) -> tuple[int, float, float, int, int]:
    """(events, purity, completeness, errctl groups, truth groups) over joined rows `where`."""
    row = con.execute(
        f"""
        WITH j AS (SELECT fingerprint AS p, group_id AS t FROM joined WHERE {where}),
        pt AS (SELECT p, t, count(*) AS c FROM j GROUP BY p, t)
        SELECT (SELECT count(*) FROM j),
               (SELECT sum(m) FROM (SELECT max(c) AS m FROM pt GROUP BY p)),
               (SELECT sum(m) FROM (SELECT max(c) AS m FROM pt GROUP BY t)),
               (SELECT count(DISTINCT p) FROM j), (SELECT count(DISTINCT t) FROM j)
        """
    ).fetchall()[0]
    n = row[0] or 0
    return n, (row[1] or 0) / max(n, 1), (row[2] or 0) / max(n, 1), row[3], row[4]


def print_errors(con, where: str, limit: int) -> None:
    """The largest impure errctl groups and the largest split truth groups."""
    impure = con.execute(
        f"""
        WITH pt AS (SELECT fingerprint AS p, group_id AS t, count(*) AS c, any_value(message) AS m
                    FROM joined WHERE {where} GROUP BY ALL),
        bad AS (SELECT p, sum(c) - max(c) AS wrong FROM pt GROUP BY p HAVING count(*) > 1)
        SELECT bad.p, bad.wrong, list(struct_pack(t := t, c := c, m := left(m, 120))
                                      ORDER BY c DESC)[1:4]
        FROM bad JOIN pt USING (p) GROUP BY bad.p, bad.wrong ORDER BY bad.wrong DESC
        LIMIT {int(limit)}
        """
    ).fetchall()
    print(f"impure errctl groups ({where}): events not of the majority truth group")
    for p, wrong, parts in impure:
        print(f"  {p} {wrong:,}")
        for part in parts:
            print(f"      {part['t']:<28} {part['c']:>8,}  {part['m']!r}")
    split = con.execute(
        f"""
        WITH pt AS (SELECT group_id AS t, fingerprint AS p, count(*) AS c,
                           any_value(message) AS m
                    FROM joined WHERE {where} GROUP BY ALL),
        bad AS (SELECT t, sum(c) - max(c) AS wrong FROM pt GROUP BY t HAVING count(*) > 1)
        SELECT bad.t, bad.wrong, list(struct_pack(p := p, c := c, m := left(m, 120))
                                      ORDER BY c DESC)[1:4]
        FROM bad JOIN pt USING (t) GROUP BY bad.t, bad.wrong ORDER BY bad.wrong DESC
        LIMIT {int(limit)}
        """
    ).fetchall()
    print(f"split truth groups ({where}): events outside the truth group's main errctl group")
    for t, wrong, parts in split:
        print(f"  {t} {wrong:,}")
        for part in parts:
            print(f"      {part['p']:<22} {part['c']:>8,}  {part['m']!r}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=1_000_000, help="events per corpus file")
    parser.add_argument("--workdir", type=Path, default=DEFAULT_WORKDIR)
    parser.add_argument("--errctl", default=None, help="command that runs errctl")
    parser.add_argument("--reingest", action="store_true", help="rebuild the cached store")
    parser.add_argument("--errors", type=int, default=0, metavar="K", help="print K bad groups")
    args = parser.parse_args(argv)
    try:
        import duckdb

        corpus = ensure_corpus(args.workdir, args.events)
        db = args.workdir / f"grouping-n{args.events}.duckdb"
        build_store(corpus, db, args.errctl, args.reingest)
        con = duckdb.connect()
        con.execute(f"ATTACH '{db}' AS s (READ_ONLY)")
        truths = []
        for name in (JSON_FILE, PLAIN_FILE):
            path = corpus / f"{name}.truth.jsonl"
            truths.append(
                f"SELECT '{corpus / name}' AS file, * FROM read_json('{path}', "
                f"format='newline_delimited', columns={TRUTH_COLUMNS})"
            )
        con.execute("CREATE TEMP TABLE truth AS " + " UNION ALL ".join(truths))
        con.execute(
            """
            CREATE TEMP TABLE joined AS
            SELECT e.fingerprint, e.message, t.group_id, t.fmt, t.file
            FROM s.events AS e JOIN truth AS t ON e.source = t.file AND e.line = t.line
            WHERE t.group_id <> '_unparsed'
            """
        )
        (events,) = con.execute("SELECT count(*) FROM s.events").fetchall()[0]
        (joined,) = con.execute("SELECT count(*) FROM joined").fetchall()[0]
        (truth_n,) = con.execute(
            "SELECT count(*) FROM truth WHERE group_id <> '_unparsed'"
        ).fetchall()[0]
        rows, ok = [], True
        for name, where in (
            ("all events", "true"),
            ("stack (S-)", "group_id LIKE 'S-%'"),
            ("no stack (G-)", "group_id LIKE 'G-%'"),
            (f"  {JSON_FILE}", f"file LIKE '%{JSON_FILE}'"),
            (f"  {PLAIN_FILE}", f"file LIKE '%{PLAIN_FILE}'"),
        ):
            n, purity, completeness, p_groups, t_groups = scores(con, where)
            if not name.startswith(" "):
                ok = ok and purity >= 0.99 and completeness >= 0.99
            rows.append(
                [name, f"{n:,}", t_groups, p_groups, f"{purity:.4f}", f"{completeness:.4f}"]
            )
        print(f"corpus: {corpus} ({args.events:,} events per file)")
        print(
            f"stored events: {events:,}; joined to truth: {joined:,}; truth events (parseable): "
            f"{truth_n:,}; events without truth: {events - joined:,}; truth without an event: "
            f"{truth_n - joined:,}"
        )
        print_table(
            ["events", "count", "truth groups", "errctl groups", "purity", "completeness"], rows
        )
        print(f"target purity and completeness >= 0.99 (all, stack, no stack): {verdict(ok)}")
        if args.errors:
            for where in ("group_id LIKE 'S-%'", "group_id LIKE 'G-%'"):
                print_errors(con, where, args.errors)
    except BenchError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
