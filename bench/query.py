"""Triage benchmark: `errctl top --since 1h` and `--since 24h` on a genlogs store, against lnav.

Usage: python bench/query.py [--events 1000000] [--workdir /tmp/errctl-bench]
                             [--errctl "errctl"] [--repeat 3] [--reingest] [--no-lnav]

Builds (once, cached as <workdir>/query-n<events>.duckdb) a store from both corpus files of
bench/ingest.py (app.jsonl and mixed.log, `--events` each, so twice that many events), then
times each `top` window three ways: as a subprocess the way a user runs it, the same minus
`errctl --version` (interpreter start-up), and in-process (the query alone, warm). The corpora
end at a fixed time, so every `top` passes `--at <corpus end>`.

The comparison is lnav (Debian's package: `apt-get install lnav`), asked a comparable question
in its SQL: events per message format (lnav's template: the message with values replaced) in
the last 24 hours, over mixed.log, the plain-text half of the corpus (lnav has no format for
the generated JSON lines, so it would not parse app.jsonl). lnav indexes the file on every run,
which is its normal mode of use, so its time includes that: the ratio is lnav's time over
errctl's `top --since 24h` subprocess time, both whole commands. The target is under half a
second for the whole `top` command, start-up included, at 10,000,000 events (`--events 5000000`;
building that store takes long).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import time
from datetime import datetime
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `bench._common` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._common import (
    CORPUS_END,
    DEFAULT_WORKDIR,
    JSON_FILE,
    PLAIN_FILE,
    REPO_ROOT,
    bench_main,
    ensure_corpus,
    environment_info,
    errctl_command,
    log,
    print_table,
    remove_db,
    run_child,
    verdict,
)

TARGET_SECONDS = 0.5
WINDOWS = ("1h", "24h")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--events", type=int, default=1_000_000, help="events per corpus file")
    ap.add_argument("--workdir", type=Path, default=DEFAULT_WORKDIR)
    ap.add_argument("--errctl", default=None, help="command that runs errctl")
    ap.add_argument("--repeat", type=int, default=3, help="timed runs; medians reported")
    ap.add_argument("--reingest", action="store_true", help="rebuild the store even if cached")
    ap.add_argument("--no-lnav", action="store_true", help="skip the lnav comparison")
    return ap.parse_args(argv)


def ensure_store(errctl: list[str], env: dict, corpus: Path, db: Path, rebuild: bool) -> dict:
    marker = db.with_name(db.name + ".json")
    if db.exists() and marker.exists() and not rebuild:
        return json.loads(marker.read_text())
    remove_db(db)
    log(f"building the store {db} (both corpus files)")
    files = [str(corpus / JSON_FILE), str(corpus / PLAIN_FILE)]
    r = run_child(
        [*errctl, "--db", str(db), "ingest", *files, "--tz", "UTC", "--quiet", "--summary", "json"],
        env=env,
    ).check("errctl ingest")
    info = {"ingest_seconds": r.seconds, "summary": r.json()}
    marker.write_text(json.dumps(info))
    return info


def in_process(db: Path, window: str, at: datetime, repeat: int) -> float:
    sys.path.insert(0, str(REPO_ROOT))
    from errctl.query.timespec import parse_duration
    from errctl.query.top import TopQuery, top
    from errctl.store.duckdb_store import DuckDBStore

    store = DuckDBStore(db)
    q = TopQuery(length=parse_duration(window), at=at)
    top(store, q)  # warm: imports, first open
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        top(store, q)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def time_lnav(path: Path, since: str, repeat: int) -> dict:
    lnav = shutil.which("lnav")
    if lnav is None:
        return {"error": "lnav not installed (apt-get install -y lnav)"}
    sql = (
        ";SELECT log_msg_format, count(*) AS n FROM all_logs "
        f"WHERE log_time >= '{since}' GROUP BY 1 ORDER BY n DESC LIMIT 20"
    )
    argv = [lnav, "-n", "-c", sql, str(path)]
    runs = [run_child(argv, stdout_path="/dev/null") for _ in range(repeat)]
    if runs[0].returncode != 0:
        return {"error": f"lnav exit {runs[0].returncode}: {runs[0].stderr[-300:]}"}
    return {"argv": argv, "seconds": statistics.median(r.seconds for r in runs)}


def run(args: argparse.Namespace) -> dict:
    corpus = ensure_corpus(args.workdir, args.events)
    errctl, env = errctl_command(args.errctl)
    db = args.workdir / f"query-n{args.events}.duckdb"
    store = ensure_store(errctl, env, corpus, db, args.reingest)
    events = store["summary"].get("events", 0)
    at_iso = CORPUS_END
    at = datetime.fromisoformat(at_iso.replace("Z", "+00:00")).replace(tzinfo=None)
    startup = statistics.median(
        run_child([*errctl, "--version"], env=env).seconds for _ in range(args.repeat)
    )
    rows = [["errctl --version", f"{startup:.3f}", "", "", ""]]
    results = []
    for window in WINDOWS:
        argv = [*errctl, "--db", str(db), "top", "--since", window, "--at", at_iso]
        argv += ["--format", "json"]
        run_child(argv, env=env).check(f"errctl top --since {window}")  # warm the page cache
        sub = statistics.median(run_child(argv, env=env).seconds for _ in range(args.repeat))
        inproc = in_process(db, window, at, args.repeat)
        net = max(sub - startup, 0.0)
        rows.append(
            [
                f"top --since {window}",
                f"{sub:.3f}",
                f"{net:.3f}",
                f"{inproc:.3f}",
                verdict(sub < TARGET_SECONDS),  # the whole command, as typed
            ]
        )
        results.append(
            {"window": window, "subprocess": sub, "minus_startup": net, "in_process": inproc}
        )
    lnav = None
    if not args.no_lnav:
        log("timing lnav on mixed.log (it indexes the file each run)")
        lnav = time_lnav(corpus / PLAIN_FILE, "2026-11-27 12:00:00", args.repeat)
    print(f"store: {db}  ({events:,} events; built in {store['ingest_seconds']:.1f} s)")
    print_table(
        ["query", "subprocess s", "minus start-up", "in-process s", f"< {TARGET_SECONDS} s"], rows
    )
    if lnav is not None:
        if lnav.get("error"):
            print(f"\nlnav: {lnav['error']}")
        else:
            day = next(r for r in results if r["window"] == "24h")
            print(
                f"\nlnav, events per message format in the last 24h of mixed.log "
                f"({args.events:,} events): {lnav['seconds']:.3f} s = "
                f"{lnav['seconds'] / day['subprocess']:.1f}x errctl top --since 24h "
                f"({day['subprocess']:.3f} s, a subprocess over both files)"
            )
    return {
        "benchmark": "query",
        "environment": environment_info(),
        "args": {k: str(v) for k, v in vars(args).items()},
        "store": str(db),
        "events": events,
        "startup_seconds": startup,
        "top": results,
        "lnav": lnav,
    }


def main(argv: list[str] | None = None) -> int:
    return bench_main(argv, parse_args, run, "query-results.json")


if __name__ == "__main__":
    sys.exit(main())
