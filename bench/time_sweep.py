#!/usr/bin/env python3
"""A sweep of timestamps as real programs write them (session 24): each shape of
`bench/time_shapes.py` is written to a file with the shape's modification time, ingested
in-process into a fresh store with the shape's `tz`, and four checks are printed per shape,
over every one of its events:

1. time: the stored UTC timestamp is the expected instant, exactly;
2. read: `timestamp_inferred` is false (the time was read from the line, not taken from the
   line before or the file's modification time), true for a line the shape says has no time;
3. level: the expected level (None: the line names none);
4. message: the expected message (no piece of the time, nor of the header, left in it).

Usage: `python bench/time_sweep.py [--only SUBSTRING] [--show]` (`--show` prints each shape's
stored events). Never runs as a test.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import duckdb

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.time_shapes import SHAPES, Shape
from errctl.config.timezones import resolve_tz
from errctl.ingest.pipeline import IngestOptions, ingest
from errctl.store.duckdb_store import DuckDBStore

CHECKS = ("time", "read", "level", "message")


def stored(tmp: Path, shape: Shape) -> list[tuple]:
    for old in tmp.iterdir():
        old.unlink()
    log = tmp / shape.name_of_file
    log.write_text(shape.text)
    mtime = datetime.fromisoformat(shape.mtime).replace(tzinfo=UTC).timestamp()
    os.utime(log, (mtime, mtime))
    db = tmp / "store.duckdb"
    ingest([str(log)], DuckDBStore(db), IngestOptions(tz=resolve_tz(shape.tz)))
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(
            "SELECT line, timestamp, timestamp_inferred, level, message FROM events ORDER BY line"
        ).fetchall()


def check(shape: Shape, tmp: Path, show: bool = False) -> dict[str, str]:
    rows = stored(tmp, shape)
    problems: dict[str, list[str]] = {k: [] for k in CHECKS}
    if len(rows) != len(shape.events):
        problems["message"].append(f"{len(rows)} events, want {len(shape.events)}")
    for i, (row, (instant, level, message)) in enumerate(zip(rows, shape.events, strict=False)):
        _line, ts, inferred, got_level, got_message = row
        if instant is None:  # a line with no time of its own (a header, a directive)
            if not inferred:
                problems["read"].append(f"#{i + 1} not inferred")
        else:
            want = datetime.fromisoformat(instant)
            if ts != want:
                problems["time"].append(f"#{i + 1} {ts.isoformat()} want {want.isoformat()}")
            if inferred:
                problems["read"].append(f"#{i + 1} inferred")
        if got_level != level:
            problems["level"].append(f"#{i + 1} {got_level} want {level}")
        if (got_message or "").strip() != message:
            problems["message"].append(f"#{i + 1} {got_message!r}")
    if show:
        print(f"## {shape.name} (tz {shape.tz}, mtime {shape.mtime})")
        for r in rows:
            print(f"  line {r[0]} {r[1]} inferred={r[2]} {r[3]} {r[4]!r:.120}")
    return {k: "; ".join(v) or "ok" for k, v in problems.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", default="")
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args(argv)
    failures = shapes = 0
    with tempfile.TemporaryDirectory() as d:
        for shape in SHAPES:
            if args.only and args.only not in shape.name:
                continue
            shapes += 1
            r = check(shape, Path(d), args.show)
            marks = " ".join("pass" if r[k] == "ok" else "FAIL" for k in CHECKS)
            failures += marks.count("FAIL")
            details = " | ".join(f"{k}: {v}" for k, v in r.items() if v != "ok")
            print(f"{marks} | {shape.name}" + (f" | {details}" if details else ""))
    print(f"{shapes} shapes, {failures} failed checks")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
