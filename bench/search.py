"""Search benchmark: `errctl search` over the 1M-event JSON corpus, against the same SQL in DuckDB.

Usage: python bench/search.py [--events 1000000] [--workdir /tmp/errctl-bench]
                              [--errctl "errctl"] [--repeat 3] [--reingest]

Ingests the JSON corpus of bench/ingest.py once into <workdir>/search-n<events>.duckdb (kept for
later runs), then times each query as a subprocess, the way a user runs it, so every time
includes interpreter start-up: `errctl --version` is timed too, so it can be subtracted. The
reference is a hand-written SQL query answering the same question, run in this process on a
read-only connection to the same store (query and fetch only, no start-up). Its SQL assumes the
documented event schema (table `events`, columns level, service, message, timestamp); if the
store differs, the reference column says so and the errctl timings still stand.

"--since 2h" is relative to now, but the cached corpus ends at a fixed time, so the benchmark
passes the equivalent absolute cutoff (corpus end minus 2 hours) as an ISO timestamp.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `bench._common` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._common import (
    DEFAULT_WORKDIR,
    JSON_FILE,
    bench_main,
    ensure_corpus,
    environment_info,
    errctl_command,
    load_manifest,
    log,
    print_table,
    remove_db,
    run_child,
    verdict,
)

TARGET_SECONDS = 1.0  # search over 1M events "well under a second"
LIMIT = 100  # rows asked for by the listing queries, in errctl and in the reference
ERROR_LEVELS = "('error', 'critical')"  # `--level error` means error and above


@dataclass(frozen=True)
class Query:
    name: str
    args: list[str]  # after `errctl --db X search`
    sql: str  # the reference; `?` is the cutoff timestamp when uses_cutoff is set
    uses_cutoff: bool = False
    discard_stdout: bool = False


def queries(cutoff_iso: str, table: str) -> list[Query]:
    lim = ["--limit", str(LIMIT)]
    return [
        Query(
            "free text 'pool exhausted'",
            ["pool exhausted", *lim],
            f"SELECT * FROM {table} WHERE message ILIKE '%pool exhausted%' "
            f"ORDER BY timestamp DESC LIMIT {LIMIT}",
        ),
        Query(
            # A term that names an exception: errctl reads every exception of the chain (its
            # causes too, `exception_chain`); the reference the raised one, as documented.
            "free text 'KeyError'",
            ["KeyError", *lim],
            f"SELECT * FROM {table} WHERE message ILIKE '%KeyError%' OR exception_type ILIKE "
            f"'%KeyError%' OR exception_value ILIKE '%KeyError%' "
            f"ORDER BY timestamp DESC LIMIT {LIMIT}",
        ),
        Query(
            f"--level error --since {cutoff_iso}",
            ["--level", "error", "--since", cutoff_iso, *lim],
            f"SELECT * FROM {table} WHERE level IN {ERROR_LEVELS} AND timestamp >= ? "
            f"ORDER BY timestamp DESC LIMIT {LIMIT}",
            uses_cutoff=True,
        ),
        Query(
            r"regex /Query timeout after \d+ms/",
            [r"/Query timeout after \d+ms/", *lim],
            f"SELECT * FROM {table} WHERE regexp_matches(message, 'Query timeout after \\d+ms') "
            f"ORDER BY timestamp DESC LIMIT {LIMIT}",
        ),
        Query(
            "service:payments",
            ["service:payments", *lim],
            f"SELECT * FROM {table} WHERE service = 'payments' "
            f"ORDER BY timestamp DESC LIMIT {LIMIT}",
        ),
        Query(
            # The reference scans the parsed chain only; errctl also scans the trace as logged
            # (what no parser read), in events that have one.
            "stack:avatars.py",
            ["stack:avatars.py", *lim],
            f"SELECT * FROM {table} WHERE stack IS NOT NULL AND stack::VARCHAR ILIKE "
            f"'%avatars.py%' ORDER BY timestamp DESC LIMIT {LIMIT}",
        ),
        Query(
            "all errors --limit 0 --format ndjson >/dev/null",
            ["--level", "error", "--limit", "0", "--format", "ndjson"],
            f"COPY (SELECT * FROM {table} WHERE level IN {ERROR_LEVELS} ORDER BY timestamp) "
            "TO '/dev/null' (FORMAT json)",
            discard_stdout=True,
        ),
    ]


def ensure_store(
    errctl: list[str], env: dict[str, str], src: Path, db: Path, version: str, reingest: bool
) -> dict:
    """Ingest src into db with errctl once; a marker file records that it completed.

    The marker names the errctl version that built the store, so a store written by another
    version (and perhaps another schema) is rebuilt rather than measured.
    """
    marker = db.with_name(db.name + ".ingested.json")
    if not reingest and db.is_file() and marker.is_file():
        info = json.loads(marker.read_text(encoding="utf-8"))
        if info.get("errctl_version") == version:
            return info
        log(f"store was built by {info.get('errctl_version')!r}, not {version!r}: rebuilding")
    marker.unlink(missing_ok=True)
    remove_db(db)
    log(f"ingesting {src.name} into {db} (once; --reingest to redo)")
    argv = [*errctl, "--db", str(db), "ingest", str(src), "--quiet", "--summary", "json"]
    res = run_child(argv, env=env).check("errctl ingest")
    info = {"errctl_version": version, "ingest_seconds": res.seconds, "summary": res.json()}
    marker.write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    return info


def time_reference(db: Path, qs: list[Query], cutoff: datetime, repeat: int) -> list[dict]:
    """Median seconds of each reference query in-process, or the error that stopped it."""
    import duckdb

    out = []
    con = duckdb.connect(str(db), read_only=True)
    try:
        con.execute("SET TimeZone = 'UTC'")
        for q in qs:
            params = [cutoff] if q.uses_cutoff else []
            times, rows = [], None
            try:
                for _ in range(repeat + 1):  # the first run warms caches and is dropped
                    t0 = time.perf_counter()
                    result = con.execute(q.sql, params).fetchall()
                    times.append(time.perf_counter() - t0)
                    rows = len(result) if not q.sql.startswith("COPY") else None
                out.append({"seconds": statistics.median(times[1:]), "rows": rows})
            except duckdb.Error as e:
                out.append({"seconds": None, "error": str(e).splitlines()[0]})
    finally:
        con.close()
    return out


def time_errctl(errctl: list[str], env: dict[str, str], db: Path, q: Query, repeat: int) -> dict:
    argv = [*errctl, "--db", str(db), "search", *q.args]
    times, rss = [], []
    res = None
    for _ in range(repeat):
        res = run_child(argv, env=env, stdout_path="/dev/null" if q.discard_stdout else None)
        res.check(f"errctl search ({q.name})")
        times.append(res.seconds)
        rss.append(res.peak_rss_mb)
    assert res is not None
    return {
        "argv": argv,
        "seconds": statistics.median(times),
        "samples": times,
        "peak_rss_mb": max(rss),
        "stdout_lines": None if q.discard_stdout else len(res.stdout.splitlines()),
    }


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(
        prog="bench/search.py",
        description=__doc__.split("\n\n", 1)[0],
        epilog="Target: search over 1M events well under a second.",
    )
    ap.add_argument("--events", type=int, default=1_000_000, help="events in the JSON corpus")
    ap.add_argument(
        "--workdir", type=Path, default=DEFAULT_WORKDIR, help="corpora, stores, results"
    )
    ap.add_argument(
        "--errctl",
        default=None,
        help='command that runs errctl (default: errctl on PATH, else "python -m errctl")',
    )
    ap.add_argument("--repeat", type=int, default=3, help="timed runs per query; medians reported")
    ap.add_argument("--reingest", action="store_true", help="rebuild the store even if cached")
    ap.add_argument("--table", default="events", help="event table for the reference SQL")
    args = ap.parse_args(argv)
    if args.repeat < 1 or args.events < 1:
        ap.error("--repeat and --events must be >= 1")
    return args


def run(args: argparse.Namespace) -> dict:
    corpus = ensure_corpus(args.workdir, args.events)
    manifest = load_manifest(corpus)
    end = datetime.fromisoformat(manifest["end"].replace("Z", "+00:00"))
    cutoff = end - timedelta(hours=2)
    cutoff_iso = cutoff.strftime("%Y-%m-%dT%H:%M:%SZ")
    errctl, env = errctl_command(args.errctl)
    db = args.workdir / f"search-n{args.events}.duckdb"
    runs = [run_child([*errctl, "--version"], env=env).check("errctl --version")]
    runs += [run_child([*errctl, "--version"], env=env) for _ in range(args.repeat - 1)]
    startup = statistics.median(r.seconds for r in runs)
    version = runs[0].stdout.strip()
    store = ensure_store(errctl, env, corpus / JSON_FILE, db, version, args.reingest)

    qs = queries(cutoff_iso, args.table)
    # errctl first: the reference queries run in this process and grow it (the COPY of every
    # error), and a child's peak RSS starts at its parent's (`run_child`).
    timed = []
    for q in qs:
        log(f"timing errctl search: {q.name}")
        timed.append(time_errctl(errctl, env, db, q, args.repeat))
    log("timing the DuckDB reference queries")
    refs = time_reference(db, qs, cutoff, args.repeat)
    rows, results = [["errctl --version", f"{startup:.3f}", "", "", "", ""]], []
    for q, ref, e in zip(qs, refs, timed, strict=True):
        net = max(e["seconds"] - startup, 0.0)
        ratio = net / ref["seconds"] if ref.get("seconds") else None
        rows.append(
            [
                q.name,
                f"{e['seconds']:.3f}",
                f"{net:.3f}",
                f"{ref['seconds']:.3f}" if ref.get("seconds") is not None else "n/a",
                f"{ratio:.1f}x" if ratio is not None else "",
                verdict(e["seconds"] < TARGET_SECONDS),
            ]
        )
        results.append({"query": q.name, "sql": q.sql, "errctl": e, "duckdb": ref, "ratio": ratio})

    print(
        f"store: {db}  ({store['summary'].get('events', '?'):,} events; ingest took "
        f"{store['ingest_seconds']:.1f} s when built; repeat {args.repeat}, median)"
    )
    print_table(
        ["query", "errctl s", "minus start-up", "duckdb s", "ratio", f"< {TARGET_SECONDS:.0f} s"],
        rows,
    )
    print("\nratio = (errctl time - `errctl --version` time) / DuckDB query time on the same store")
    for r in results:
        if r["duckdb"].get("error"):
            print(f"reference failed for {r['query']!r}: {r['duckdb']['error']}")
    return {
        "benchmark": "search",
        "environment": environment_info(),
        "args": {k: str(v) for k, v in vars(args).items()},
        "errctl_version": version,
        "store": str(db),
        "ingest": store,
        "cutoff": cutoff_iso,
        "startup_seconds": startup,
        "queries": results,
    }


def main(argv: list[str] | None = None) -> int:
    return bench_main(argv, parse_args, run, "search-results.json")


if __name__ == "__main__":
    sys.exit(main())
