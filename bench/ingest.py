"""Ingest benchmark: errctl against DuckDB's bare read_json, side by side in one run.

Usage: python bench/ingest.py [--events 1000000] [--workdir /tmp/errctl-bench]
                              [--errctl "errctl"] [--repeat 1] [--big]

Measures, each in its own subprocess (so every figure includes interpreter start-up and reports
that process's own peak RSS):
  a. DuckDB alone: CREATE TABLE t AS SELECT * FROM read_json(app.jsonl, ...) into a fresh file
  b. errctl ingest app.jsonl   (JSON lines)
  c. errctl ingest mixed.log   (plain text: python, java, nginx, syslog, logfmt interleaved)
  d. the errctl/DuckDB ratio for JSON against the 3x target
  e. with --big, errctl ingest of a ~1 GB file against the 500 MB peak-memory target
Timings are medians over --repeat runs; peak RSS is the maximum. Compare figures from the same
run only: absolute times vary a lot between runs and machines.
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `bench._common` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._common import (
    DEFAULT_WORKDIR,
    JSON_FILE,
    MB,
    PLAIN_FILE,
    Samples,
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
    warm_page_cache,
)

TARGET_JSON_RATIO = 3.0  # errctl JSON-lines ingest within 3x of DuckDB's bare read_json load
TARGET_PLAIN_EPS = 200_000  # plain-text ingest events per second
TARGET_BIG_RSS_MB = 500  # peak memory for a 1 GB input
BIG_BYTES = 1_000_000_000

# Runs in a child interpreter; prints {"seconds": <statement time>, "rows": n} on stdout.
DUCKDB_LOAD = textwrap.dedent(
    """
    import json, sys, time
    import duckdb
    src, db = sys.argv[1], sys.argv[2]
    con = duckdb.connect(db)
    t0 = time.perf_counter()
    con.execute(
        "CREATE TABLE t AS SELECT * FROM read_json(?, format='newline_delimited', "
        "ignore_errors=true)",
        [src],
    )
    seconds = time.perf_counter() - t0
    rows = con.execute("SELECT count(*) FROM t").fetchone()[0]
    con.close()
    print(json.dumps({"seconds": seconds, "rows": rows}))
    """
)


def duckdb_load(src: Path, db: Path) -> tuple[float, float, float, int]:
    """(process wall s, statement s, peak RSS MB, rows) for DuckDB's bare JSON load."""
    remove_db(db)
    res = run_child([sys.executable, "-c", DUCKDB_LOAD, str(src), str(db)]).check("DuckDB load")
    out = res.json()
    remove_db(db)
    return res.seconds, out["seconds"], res.peak_rss_mb, out["rows"]


def errctl_ingest(
    errctl: list[str], env: dict[str, str], src: Path, db: Path, extra: list[str]
) -> tuple[float, float, dict]:
    """(wall s, peak RSS MB, errctl's own summary) for one ingest into a fresh store."""
    remove_db(db)
    argv = [*errctl, "--db", str(db), "ingest", str(src), *extra, "--quiet", "--summary", "json"]
    res = run_child(argv, env=env).check("errctl ingest")
    summary = res.json()
    remove_db(db)
    return res.seconds, res.peak_rss_mb, summary


def build_big_input(corpus: Path, name: str, target_bytes: int) -> Path:
    """Concatenate copies of a corpus file until it reaches target_bytes (built once).

    Copies repeat templates and timestamps; that is fine for a memory ceiling, which depends
    on batch sizes and buffering, not on how novel each line is.
    """
    src = corpus / name
    big = corpus / f"big-{target_bytes // MB}MB-{name}"
    if big.is_file() and big.stat().st_size >= target_bytes:
        return big
    size = src.stat().st_size
    copies = -(-target_bytes // size)
    log(f"building {big.name} from {copies} copies of {name}")
    partial = big.with_name(big.name + ".partial")
    with partial.open("wb") as out:
        for _ in range(copies):
            with src.open("rb") as fh:
                while chunk := fh.read(16 << 20):
                    out.write(chunk)
    partial.rename(big)
    return big


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(
        prog="bench/ingest.py",
        description=__doc__.split("\n\n", 1)[0],
        epilog="Targets: JSON ingest <= 3x DuckDB read_json; plain >= 200,000 events/s; "
        "peak RSS < 500 MB for a 1 GB input.",
    )
    ap.add_argument("--events", type=int, default=1_000_000, help="events per corpus file")
    ap.add_argument(
        "--workdir", type=Path, default=DEFAULT_WORKDIR, help="corpora, stores, results"
    )
    ap.add_argument(
        "--errctl",
        default=None,
        help='command that runs errctl, e.g. "errctl" or "python -m errctl" '
        "(default: errctl on PATH, else python -m errctl from this checkout)",
    )
    ap.add_argument("--repeat", type=int, default=1, help="timed runs per row; medians reported")
    ap.add_argument("--big", action="store_true", help="also ingest a ~1 GB file, report peak RSS")
    ap.add_argument(
        "--big-source",
        choices=("json", "plain"),
        default="json",
        help="which corpus file to replicate for --big (default json)",
    )
    ap.add_argument(
        "--plain-args",
        default="",
        help='extra ingest options for mixed.log, e.g. "--format auto" (default none)',
    )
    ap.add_argument(
        "--only-corpus", action="store_true", help="generate the corpus, time nothing, exit"
    )
    args = ap.parse_args(argv)
    if args.repeat < 1 or args.events < 1:
        ap.error("--repeat and --events must be >= 1")
    return args


def run(args: argparse.Namespace) -> dict:
    corpus = ensure_corpus(args.workdir, args.events)
    manifest = load_manifest(corpus)
    json_src, plain_src = corpus / JSON_FILE, corpus / PLAIN_FILE
    if args.only_corpus:
        print(corpus)
        return {}
    errctl, env = errctl_command(args.errctl)
    db = args.workdir / "ingest-bench.duckdb"
    warm_page_cache(json_src, plain_src)

    duck, ejson, eplain = Samples(), Samples(), Samples()
    summaries: dict[str, dict] = {}
    for i in range(args.repeat):
        log(f"run {i + 1}/{args.repeat}: DuckDB read_json")
        wall, stmt, rss, rows = duckdb_load(json_src, args.workdir / "duckdb-alone.duckdb")
        duck.seconds.append(wall)
        duck.peak_rss_mb.append(rss)
        duck.extra.setdefault("statement_seconds", []).append(stmt)
        duck.extra.setdefault("events", []).append(rows)

        log(f"run {i + 1}/{args.repeat}: errctl ingest {JSON_FILE}")
        wall, rss, summaries["json"] = errctl_ingest(errctl, env, json_src, db, [])
        ejson.seconds.append(wall)
        ejson.peak_rss_mb.append(rss)
        ejson.extra.setdefault("events", []).append(summaries["json"].get("events", 0))

        log(f"run {i + 1}/{args.repeat}: errctl ingest {PLAIN_FILE}")
        plain_extra = args.plain_args.split() if args.plain_args else []
        wall, rss, summaries["plain"] = errctl_ingest(errctl, env, plain_src, db, plain_extra)
        eplain.seconds.append(wall)
        eplain.peak_rss_mb.append(rss)
        eplain.extra.setdefault("events", []).append(summaries["plain"].get("events", 0))

    big: dict | None = None
    if args.big:
        name = JSON_FILE if args.big_source == "json" else PLAIN_FILE
        big_src = build_big_input(corpus, name, BIG_BYTES)
        warm_page_cache(big_src)
        log(f"errctl ingest {big_src.name} ({big_src.stat().st_size / MB:,.0f} MB)")
        wall, rss, summary = errctl_ingest(errctl, env, big_src, db, [])
        big = {
            "file": str(big_src),
            "bytes": big_src.stat().st_size,
            "seconds": wall,
            "peak_rss_mb": rss,
            "summary": summary,
        }

    return report(args, corpus, manifest, duck, ejson, eplain, summaries, big)


def report(
    args: argparse.Namespace,
    corpus: Path,
    manifest: dict,
    duck: Samples,
    ejson: Samples,
    eplain: Samples,
    summaries: dict[str, dict],
    big: dict | None,
) -> dict:
    files = manifest["files"]
    jbytes, pbytes = files[JSON_FILE]["bytes"], files[PLAIN_FILE]["bytes"]
    rows = []

    def row(name: str, s: Samples, nbytes: int, expected: int) -> dict:
        secs = s.median()
        events = int(s.median("events"))
        d = {
            "seconds": secs,
            "events": events,
            "expected_events": expected,
            "events_per_second": events / secs,
            "mb_per_second": nbytes / MB / secs,
            "peak_rss_mb": s.max_rss(),
            "samples": s.as_dict(),
        }
        rows.append(
            [
                name,
                f"{secs:.2f}",
                f"{events:,}",
                f"{d['events_per_second']:,.0f}",
                f"{d['mb_per_second']:.1f}",
                f"{d['peak_rss_mb']:.0f}",
            ]
        )
        return d

    duck_d = row("duckdb read_json (json)", duck, jbytes, files[JSON_FILE]["events"])
    duck_d["statement_seconds"] = duck.median("statement_seconds")
    json_d = row("errctl ingest (json)", ejson, jbytes, files[JSON_FILE]["events"])
    plain_d = row("errctl ingest (plain)", eplain, pbytes, files[PLAIN_FILE]["events"])
    json_d["summary"], plain_d["summary"] = summaries["json"], summaries["plain"]

    ratio = json_d["seconds"] / duck_d["seconds"]
    ratio_stmt = json_d["seconds"] / duck_d["statement_seconds"]
    checks = {
        "json_ratio": {
            "value": ratio,
            "target": TARGET_JSON_RATIO,
            "ok": ratio <= TARGET_JSON_RATIO,
        },
        "plain_events_per_second": {
            "value": plain_d["events_per_second"],
            "target": TARGET_PLAIN_EPS,
            "ok": plain_d["events_per_second"] >= TARGET_PLAIN_EPS,
        },
    }
    if big:
        rows.append(
            [
                f"errctl ingest (big {args.big_source})",
                f"{big['seconds']:.2f}",
                f"{big['summary'].get('events', 0):,}",
                f"{big['summary'].get('events', 0) / big['seconds']:,.0f}",
                f"{big['bytes'] / MB / big['seconds']:.1f}",
                f"{big['peak_rss_mb']:.0f}",
            ]
        )
        checks["big_peak_rss_mb"] = {
            "value": big["peak_rss_mb"],
            "target": TARGET_BIG_RSS_MB,
            "ok": big["peak_rss_mb"] < TARGET_BIG_RSS_MB,
        }

    print(
        f"corpus: {corpus}  ({files[JSON_FILE]['events']:,} events/file; "
        f"json {jbytes / MB:.0f} MB, plain {pbytes / MB:.0f} MB; repeat {args.repeat}, median)"
    )
    print_table(["run", "wall s", "events", "events/s", "MB/s", "peak RSS MB"], rows)
    print()
    for label, d in (("json", json_d), ("plain", plain_d)):
        s = d["summary"]
        if d["events"] + s.get("rejected", 0) != d["expected_events"]:
            print(
                f"note: {label}: errctl stored {d['events']:,} events + {s.get('rejected', 0):,} "
                f"rejected; the generator wrote {d['expected_events']:,} events"
            )
    print(
        f"JSON errctl/DuckDB  {ratio:5.2f}x  (target <= {TARGET_JSON_RATIO:.0f}x)  "
        f"{verdict(checks['json_ratio']['ok'])}   "
        f"[vs the bare statement, without start-up: {ratio_stmt:.2f}x]"
    )
    print(
        f"plain events/s      {plain_d['events_per_second']:,.0f}  "
        f"(target >= {TARGET_PLAIN_EPS:,})  {verdict(checks['plain_events_per_second']['ok'])}"
    )
    if big:
        print(
            f"big peak RSS        {big['peak_rss_mb']:,.0f} MB for {big['bytes'] / MB:,.0f} MB  "
            f"(target < {TARGET_BIG_RSS_MB} MB)  {verdict(checks['big_peak_rss_mb']['ok'])}"
        )
    return {
        "benchmark": "ingest",
        "environment": environment_info(),
        "args": {k: str(v) for k, v in vars(args).items()},
        "corpus": str(corpus),
        "duckdb_read_json": duck_d,
        "errctl_json": json_d,
        "errctl_plain": plain_d,
        "big": big,
        "checks": checks,
    }


def main(argv: list[str] | None = None) -> int:
    return bench_main(argv, parse_args, run, "ingest-results.json")


if __name__ == "__main__":
    sys.exit(main())
