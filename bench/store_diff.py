#!/usr/bin/env python3
"""Whether a change to ingest stores exactly what an earlier commit stored: the same inputs
ingested by both trees into fresh stores, and every table compared row for row.

For speed work, where the promise is "faster, and nothing stored changes". Each input set is
ingested by `python -m errctl ingest` (as a user runs it) with each tree on PYTHONPATH, into a
fresh store per tree; every table but `schema_migrations` is then compared as a multiset of
rows (EXCEPT ALL both ways), without the columns that record when ingest ran, not what it read
(WALL_CLOCK). A table that differs is named with its row counts, and a few of the events that
differ are shown. Exit status 1 when anything differs.

The base tree is `git archive` of `--base` (default: the merge base with `main`), unpacked in a
temporary directory; the other tree is this checkout as it stands (uncommitted edits
included). Default inputs: genlogs' mixed.log and app.jsonl (`ingest.py`'s corpus, one store)
and `sample_logs` (another); or name your own, one store per argument (a file, a directory, or
several paths joined by commas).
Usage: `python bench/store_diff.py [--base REV] [--events N] [INPUT ...]`.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._common import DEFAULT_WORKDIR, REPO_ROOT, BenchError, ensure_corpus

WALL_CLOCK = frozenset(
    (
        "ingested_at",  # events, quarantine
        "first_ingested",  # sources
        "last_ingested",
        "dev",  # sources: the file's identity, not its content
        "inode",
        "at",  # group_history
        "updated_at",
        "created_at",
        "delivered_at",
        # group_dims: the first event id of the transaction that first saw a row; the writer
        # groups batches into transactions by time as well as size (pipeline.COMMIT_WAIT_SECONDS)
        "first_batch",
    )
)


def _ingest_and_dump(tree: Path, paths: list[str], out: Path) -> list[str]:
    """Ingest `paths` into a fresh store with `tree`'s errctl; each table as parquet in `out`."""
    import duckdb

    out.mkdir(parents=True, exist_ok=True)
    db = out / "store.duckdb"
    run = subprocess.run(
        [sys.executable, "-m", "errctl", "--db", str(db), "ingest", *paths],
        env={**os.environ, "PYTHONPATH": str(tree)},
        cwd=tree,
        capture_output=True,
        text=True,
    )
    if run.returncode != 0:
        raise BenchError(f"ingest with {tree} failed:\n{run.stderr}")
    con = duckdb.connect(str(db), read_only=True)
    tables = [
        name
        for (name,) in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' "
            "ORDER BY table_name"
        ).fetchall()
        if name != "schema_migrations"
    ]
    for table in tables:
        columns = [
            name
            for (name,) in con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
                "ORDER BY ordinal_position",
                [table],
            ).fetchall()
            if name not in WALL_CLOCK
        ]
        select = ", ".join(f'"{c}"' for c in columns)
        target = out / f"{table}.parquet"
        con.execute(f"COPY (SELECT {select} FROM \"{table}\") TO '{target}' (FORMAT parquet)")
    con.close()
    return tables


def _compare(base: Path, new: Path, tables: list[str]) -> int:
    """Print each table's comparison; the number of tables that differ."""
    import duckdb

    con = duckdb.connect()
    differ = 0
    for table in tables:
        a, b = base / f"{table}.parquet", new / f"{table}.parquet"
        if not b.exists():
            print(f"  {table}: missing from the new store")
            differ += 1
            continue
        count_a = con.execute(f"SELECT count(*) FROM '{a}'").fetchone()[0]
        count_b = con.execute(f"SELECT count(*) FROM '{b}'").fetchone()[0]
        only_a = f"SELECT * FROM '{a}' EXCEPT ALL SELECT * FROM '{b}'"
        only_b = f"SELECT * FROM '{b}' EXCEPT ALL SELECT * FROM '{a}'"
        n_a = con.execute(f"SELECT count(*) FROM ({only_a})").fetchone()[0]
        n_b = con.execute(f"SELECT count(*) FROM ({only_b})").fetchone()[0]
        if n_a == n_b == 0:
            print(f"  {table}: {count_a:,} rows, identical")
            continue
        differ += 1
        print(
            f"  {table}: DIFFERS ({count_a:,} / {count_b:,} rows; {n_a:,} only in base, "
            f"{n_b:,} only in new)"
        )
        if table == "events":
            for label, query in (("base", only_a), ("new", only_b)):
                for row in con.execute(f"{query} ORDER BY source, line LIMIT 3").fetchall():
                    print(f"    {label}: {row}")
    return differ


def _merge_base() -> str:
    out = subprocess.run(
        ["git", "merge-base", "HEAD", "main"], cwd=REPO_ROOT, capture_output=True, text=True
    )
    return out.stdout.strip() or "HEAD"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="*", help="one store per argument (commas join paths)")
    parser.add_argument("--base", help="the commit to compare with (default: merge base with main)")
    parser.add_argument("--events", type=int, default=200_000, help="genlogs events per file")
    parser.add_argument("--workdir", type=Path, default=DEFAULT_WORKDIR)
    args = parser.parse_args(argv)
    # Absolute: each tree's ingest runs in that tree, and must read the same files.
    sets = [[str(Path(p).resolve()) for p in item.split(",")] for item in args.inputs]
    missing = [p for paths in sets for p in paths if not Path(p).exists()]
    if missing:
        print(f"error: no such input: {', '.join(missing)}", file=sys.stderr)
        return 2
    if not sets:
        try:
            corpus = ensure_corpus(args.workdir, args.events)
        except BenchError as e:
            print(f"error: {e}", file=sys.stderr)
            return 2
        sets = [[str(corpus / "mixed.log"), str(corpus / "app.jsonl")]]
        sets.append([str(REPO_ROOT / "sample_logs")])
    base_rev = args.base or _merge_base()
    differ = 0
    with tempfile.TemporaryDirectory(prefix="errctl-store-diff-") as tmp:
        base_tree = Path(tmp) / "base"
        base_tree.mkdir()
        archive = subprocess.run(
            ["git", "archive", base_rev], cwd=REPO_ROOT, capture_output=True, check=True
        )
        subprocess.run(["tar", "-x", "-C", str(base_tree)], input=archive.stdout, check=True)
        for i, paths in enumerate(sets):
            print(f"{', '.join(paths)} (base {base_rev[:12]} against this tree):")
            try:
                tables = _ingest_and_dump(base_tree, paths, Path(tmp) / f"{i}-base")
                _ingest_and_dump(REPO_ROOT, paths, Path(tmp) / f"{i}-new")
            except BenchError as e:
                print(f"error: {e}", file=sys.stderr)
                return 2
            differ += _compare(Path(tmp) / f"{i}-base", Path(tmp) / f"{i}-new", tables)
    print("identical" if not differ else f"{differ} table(s) differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
