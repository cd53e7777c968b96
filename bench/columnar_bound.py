"""How fast could a columnar JSON-lines ingest be? A floor, against DuckDB's bare load.

Usage: python bench/columnar_bound.py [--events 1000000] [--workdir /tmp/errctl-bench]
                                      [--repeat 3]

The JSON target of bench/ingest.py (errctl within 3x of DuckDB's read_json) asks what share of
errctl's work could ever be done without Python touching each event. This script measures a
stripped-down ingest that does only the work no design can skip, each step in its fastest
columnar form, and compares it with DuckDB's bare load of the same file, side by side in one
run:

  1. read the file in 32 MB blocks and split them into lines (Arrow, no Python per line);
  2. decode and validate each line and pull the event fields out of it by their common aliases
     (DuckDB: json_valid, json_extract_string over a list of paths, a CASE for levels, a
     timestamp cast), on a reader thread with its own in-memory DuckDB;
  3. mask and mine every message into a template, and fingerprint it (errctl's own
     `mine_column` and `template_fingerprints`, which work per distinct value);
  4. insert the batch into a table of the store file, one transaction per block.

Steps 3-4 run on the main thread while the reader prepares the next block. What it leaves out,
all of which errctl does: parsing the exception chains and frames of events with a stack
trace, keeping every other field as an attribute, scrubbing secrets, severity rules, the groups
and their hourly counts and dimensions, the source registry, the quarantine, the table's
indexes. So the ratio it prints is a lower bound for any ingest built on these parts: if it is
near 3x, the target cannot be met by making errctl's own code faster.

Each measurement runs in its own child process (fresh memory, its own start-up cost); the
figures are medians over --repeat runs, alternating the two so that load on a shared machine
falls on both.
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import sys
import threading
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `bench._common` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._common import (
    DEFAULT_WORKDIR,
    JSON_FILE,
    Samples,
    bench_main,
    ensure_corpus,
    environment_info,
    log,
    print_table,
    remove_db,
    run_child,
)
from bench.ingest import duckdb_load

BLOCK_BYTES = 32 << 20

# The aliases of errctl's JSON reading (docs/formats.md) that genlogs' corpus uses, and a few
# more, so the extraction costs what a general reader's would.
EXTRACT_SQL = """
WITH lines AS (SELECT n, try(decode(raw)) AS text FROM block),
j AS (
  SELECT n, json_extract_string(text, [
      '$.timestamp', '$.ts', '$.time', '$."@timestamp"',
      '$.level', '$.severity', '$.levelname', '$.lvl',
      '$.message', '$.msg', '$.event',
      '$.logger', '$.service', '$.app', '$.host', '$.hostname',
      '$.trace_id', '$.traceId', '$.stack', '$.exc_info', '$.exception']) AS v
  FROM lines WHERE json_valid(text) AND starts_with(ltrim(text), '{'))
SELECT n,
  try_cast(coalesce(v[1], v[2], v[3], v[4]) AS TIMESTAMPTZ) AS timestamp,
  CASE lower(coalesce(v[5], v[6], v[7], v[8]))
    WHEN 'warn' THEN 'warning' WHEN 'err' THEN 'error' WHEN 'fatal' THEN 'critical'
    WHEN 'crit' THEN 'critical' ELSE lower(coalesce(v[5], v[6], v[7], v[8])) END AS level,
  coalesce(v[9], v[10], v[11]) AS message, v[12] AS logger, coalesce(v[13], v[14]) AS service,
  coalesce(v[15], v[16]) AS host, coalesce(v[17], v[18]) AS trace_id,
  coalesce(v[19], v[20], v[21]) AS stack
FROM j ORDER BY n
"""

CREATE_SQL = """
CREATE TABLE events (line BIGINT, timestamp TIMESTAMPTZ, level VARCHAR, message VARCHAR,
  logger VARCHAR, service VARCHAR, host VARCHAR, trace_id VARCHAR, stack VARCHAR,
  template VARCHAR, fingerprint VARCHAR)
"""


def floor_ingest(src: Path, db: Path) -> dict:
    """The stripped-down ingest (module docstring), in this process; its timings."""
    import duckdb
    import pyarrow as pa
    import pyarrow.compute as pc

    from errctl.fingerprint.fingerprint import template_fingerprints
    from errctl.fingerprint.mining import TemplateMiner, mine_column
    from errctl.ingest.pipeline import lean_memory_pool

    pool = lean_memory_pool()
    if pool is not None:
        pa.set_memory_pool(pool)  # as errctl's ingest does
    phases = {"read and split": 0.0, "extract (DuckDB)": 0.0, "mask+mine+fp": 0.0, "insert": 0.0}
    blocks: queue.Queue = queue.Queue(maxsize=2)
    failure: list[BaseException] = []

    def read() -> None:
        extractor = duckdb.connect()
        first = 1
        rest = b""
        try:
            with src.open("rb") as fh:
                while True:
                    t0 = time.perf_counter()
                    data = rest + fh.read(BLOCK_BYTES)
                    if not data:
                        break
                    cut = data.rfind(b"\n") + 1 or len(data)
                    if len(data) < BLOCK_BYTES:
                        cut = len(data)  # the last block: all of it
                    text, rest = data[:cut].rstrip(b"\n"), data[cut:]
                    raw = pc.split_pattern(pa.array([text], pa.large_binary()), b"\n").flatten()
                    block = pa.table(  # noqa: F841 (read by the query below)
                        {"n": pa.array(range(first, first + len(raw)), pa.int64()), "raw": raw}
                    )
                    first += len(raw)
                    t1 = time.perf_counter()
                    fields = extractor.sql(EXTRACT_SQL).to_arrow_table()
                    t2 = time.perf_counter()
                    phases["read and split"] += t1 - t0
                    phases["extract (DuckDB)"] += t2 - t1
                    blocks.put(fields)
        except BaseException as e:  # re-raised on the main thread
            failure.append(e)
        finally:
            blocks.put(None)

    started = time.perf_counter()
    store = duckdb.connect(str(db))
    store.execute(CREATE_SQL)
    miner = TemplateMiner([])
    reader = threading.Thread(target=read, name="reader")
    reader.start()
    events = 0
    with_stack = 0
    while (fields := blocks.get()) is not None:
        t0 = time.perf_counter()
        templates = mine_column(fields.column("message"), miner)
        fingerprints = template_fingerprints(templates)
        t1 = time.perf_counter()
        batch = fields.append_column("template", templates).append_column(  # noqa: F841
            "fingerprint", fingerprints
        )
        store.execute("BEGIN TRANSACTION")
        store.execute("INSERT INTO events BY NAME SELECT n AS line, * EXCLUDE (n) FROM batch")
        store.execute("COMMIT")
        t2 = time.perf_counter()
        phases["mask+mine+fp"] += t1 - t0
        phases["insert"] += t2 - t1
        events += fields.num_rows
        with_stack += fields.num_rows - fields.column("stack").null_count
    reader.join()
    if failure:
        raise failure[0]
    t0 = time.perf_counter()
    store.close()
    phases["insert"] += time.perf_counter() - t0
    return {
        "seconds": time.perf_counter() - started,
        "events": events,
        "with_stack": with_stack,
        "phases": phases,
    }


def floor_in_child(src: Path, db: Path) -> tuple[float, float, dict]:
    """(process wall s, peak RSS MB, the child's own figures) for one floor ingest."""
    remove_db(db)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(Path(__file__).resolve().parents[1]), env.get("PYTHONPATH")) if p
    )
    res = run_child([sys.executable, __file__, "--child", str(src), str(db)], env=env)
    out = res.check("columnar floor").json()
    remove_db(db)
    return res.seconds, res.peak_rss_mb, out


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--events", type=int, default=1_000_000, help="corpus size (genlogs)")
    ap.add_argument("--workdir", type=Path, default=DEFAULT_WORKDIR)
    ap.add_argument("--repeat", type=int, default=3, help="runs of each; medians are printed")
    ap.add_argument("--child", nargs=2, metavar=("SRC", "DB"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.repeat < 1 or args.events < 1:
        ap.error("--repeat and --events must be >= 1")
    return args


def run(args: argparse.Namespace) -> dict:
    if args.child:
        print(json.dumps(floor_ingest(Path(args.child[0]), Path(args.child[1]))))
        return {}
    src = ensure_corpus(args.workdir, args.events) / JSON_FILE
    duck, floor = Samples(), Samples()
    phases: list[dict] = []
    for i in range(args.repeat):
        log(f"run {i + 1}/{args.repeat}: DuckDB read_json")
        wall, _, rss, rows = duckdb_load(src, args.workdir / "duckdb-alone.duckdb")
        duck.seconds.append(wall)
        duck.peak_rss_mb.append(rss)
        duck.extra.setdefault("events", []).append(rows)
        log(f"run {i + 1}/{args.repeat}: columnar floor")
        wall, rss, out = floor_in_child(src, args.workdir / "columnar-floor.duckdb")
        floor.seconds.append(wall)
        floor.peak_rss_mb.append(rss)
        floor.extra.setdefault("events", []).append(out["events"])
        phases.append(out | {"wall": wall})

    ratio = floor.median() / duck.median()
    print_table(
        ["run", "events", "seconds (median)", "peak RSS MB"],
        [
            ["DuckDB read_json", f"{duck.extra['events'][0]:,}", f"{duck.median():.2f}",
             f"{duck.max_rss():.0f}"],
            ["columnar floor", f"{floor.extra['events'][0]:,}", f"{floor.median():.2f}",
             f"{floor.max_rss():.0f}"],
        ],
    )  # fmt: skip
    print()
    print("columnar floor, by phase (seconds of each run; steps 3-4 overlap steps 1-2)")
    names = list(phases[0]["phases"])
    print_table(
        ["run", *names, "wall"],
        [
            [str(i + 1), *(f"{p['phases'][n]:.2f}" for n in names), f"{p['wall']:.2f}"]
            for i, p in enumerate(phases)
        ],
    )
    print()
    print(
        f"floor / DuckDB = {ratio:.2f}x (bench/ingest.py's target for all of errctl: 3x); "
        f"{phases[0]['with_stack']:,} events carry a stack trace whose parsing the floor skips"
    )
    return {
        "duckdb_read_json": duck.as_dict(),
        "columnar_floor": floor.as_dict(),
        "phases": phases,
        "ratio": ratio,
        "environment": environment_info(),
    }


def main(argv: list[str] | None = None) -> int:
    return bench_main(argv, parse_args, run, "columnar-bound-results.json")


if __name__ == "__main__":
    sys.exit(main())
