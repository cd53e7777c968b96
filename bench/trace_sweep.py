#!/usr/bin/env python3
"""A sweep of exception traces as real programs print them (session 23): for each shape of
`bench/trace_shapes.py`, a log holding four occurrences of the failure between the program's
ordinary lines is ingested in-process with errctl's defaults, and four checks are printed:

1. framing: each trace is one event, the lines around it their own events;
2. chain: the chain's types as expected, and the throwing function read with its line;
3. level: at least the shape's `min_level` (error);
4. fingerprint: occurrence B (other line numbers, deploy directory, ids, addresses) shares A's,
   C (another exception type) and D (another throwing in-app function) do not.

Usage: `python bench/trace_sweep.py [--only SUBSTRING] [--show]` (`--show` prints each shape's
stored events: lines, level, type, frames). Never runs as a test.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from pathlib import Path

import duckdb

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.trace_shapes import SHAPES, Shape
from errctl.ingest.pipeline import IngestOptions, ingest
from errctl.store.duckdb_store import DuckDBStore

LEVELS = ["trace", "debug", "info", "warning", "error", "critical"]
JSON_ORDINARY = '{"time":"2026-12-01T10:00:0«S».100Z","level":"info","msg":"order «M» shown"}'

# A: the reference; B: what must not matter; C: another type; D: another throwing function.
VARIANTS = {
    "A": {"D": "/srv/app-v1", "L": 0, "M": "4711", "T": "18", "X": "0x55d0c1e2f7a0", "S": "1"},
    "B": {
        "D": "/home/alice/src/shop",
        "L": 7,
        "M": "9902",
        "T": "342",
        "X": "0x7f00deadbe10",
        "S": "3",
    },
    "C": {"D": "/srv/app-v1", "L": 0, "M": "4711", "T": "18", "X": "0x55d0c1e2f7a0", "S": "5"},
    "D": {"D": "/srv/app-v1", "L": 0, "M": "4711", "T": "18", "X": "0x55d0c1e2f7a0", "S": "7"},
}
_MARK = re.compile(r"«([A-Z])(\d*)»")


def fill(text: str, shape: Shape, variant: str) -> str:
    v = VARIANTS[variant]
    e = shape.e[1 if variant == "C" else 0] if shape.e else ""
    f = shape.f[1 if variant == "D" else 0] if shape.f else ""

    def one(m: re.Match[str]) -> str:
        key, num = m.group(1), m.group(2)
        if key == "L":
            return str(int(num) + v["L"])
        if key in "EF":
            return e if key == "E" else f
        return str(v[key])

    return _MARK.sub(one, text)


def occurrence(shape: Shape, variant: str) -> str:
    trace = fill(shape.trace, shape, variant)
    if shape.line is None:
        return trace
    return fill(shape.line, shape, variant).replace("«TRACE»", json.dumps(trace))


def ordinary(shape: Shape, which: str, variant: str) -> str:
    text = getattr(shape, which) or JSON_ORDINARY
    return fill(text, shape, variant)


def variants_of(shape: Shape) -> list[str]:
    return ["A", "B"] + (["C"] if shape.e else []) + (["D"] if shape.f else [])


def build_log(shape: Shape) -> tuple[str, list[int], dict[str, int]]:
    """The log text, the first line of each expected event, and each occurrence's first line."""
    chunks = [ordinary(shape, "before", "A")]
    starts_of: dict[str, int] = {}
    for v in variants_of(shape):
        chunks.append(occurrence(shape, v))
        starts_of[v] = len(chunks) - 1
        chunks.append(ordinary(shape, "after", v))
    starts, line = [], 1
    for chunk in chunks:
        starts.append(line)
        line += chunk.count("\n") + 1
    return "\n".join(chunks) + "\n", starts, {v: starts[i] for v, i in starts_of.items()}


def stored(tmp: Path, text: str) -> list[tuple]:
    log = tmp / "app.log"
    log.write_text(text)
    db = tmp / "store.duckdb"
    if db.exists():
        db.unlink()
    ingest([str(log)], DuckDBStore(db), IngestOptions())
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(
            "SELECT line, level, exception_type, exception_value, stack, fingerprint, message "
            "FROM events ORDER BY line"
        ).fetchall()


def check(shape: Shape, tmp: Path, show: bool = False) -> dict[str, str]:
    text, starts, first = build_log(shape)
    rows = stored(tmp, text)
    by_line = {r[0]: r for r in rows}
    result: dict[str, str] = {}
    lines = [r[0] for r in rows]
    result["framing"] = "ok" if lines == starts else f"events at {lines}, want {starts}"
    a = by_line.get(first["A"])
    if a is None:
        return result | {"chain": "no event", "level": "no event", "fp": "no event"}
    stack = json.loads(a[4]) if a[4] else []
    types = tuple(e["type"] for e in stack)
    want = tuple(fill(t, shape, "A") for t in shape.types)
    problems = []
    if types != want:
        problems.append(f"types {types}, want {want}")
    if shape.func:
        f = shape.f[0]
        hits = [fr for e in stack for fr in e["frames"] if f in (fr.get("function") or "")]
        if not hits:
            problems.append(f"no frame {f}")
        elif not any(fr.get("lineno") for fr in hits):
            problems.append(f"frame {f} without line")
    result["chain"] = "; ".join(problems) or "ok"
    level = a[1] or "none"
    ok = level in LEVELS and LEVELS.index(level) >= LEVELS.index(shape.min_level)
    result["level"] = "ok" if ok else f"level {level}"
    fps = {v: (by_line[first[v]][5] if first[v] in by_line else None) for v in first}
    fp_problems = []
    if fps["B"] != fps["A"]:
        fp_problems.append("B differs")
    for v in ("C", "D"):
        if v in fps and fps[v] == fps["A"]:
            fp_problems.append(f"{v} same")
    result["fp"] = "; ".join(fp_problems) or "ok"
    if show:
        print(f"## {shape.name}")
        for r in rows:
            print(f"  line {r[0]} {r[1]} {r[2]!r}: {r[3]!r:.80} {r[5]}")
            for e in json.loads(r[4]) if r[4] else []:
                print(f"    {e['type']}: {e['value'][:70]!r}")
                for fr in e["frames"]:
                    print(f"      {fr}")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", default="")
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args(argv)
    failures = 0
    with tempfile.TemporaryDirectory() as d:
        for shape in SHAPES:
            if args.only and args.only not in shape.name:
                continue
            r = check(shape, Path(d), args.show)
            marks = " ".join(
                ("pass" if r.get(k) == "ok" else "FAIL")
                for k in ("framing", "chain", "level", "fp")
            )
            failures += marks.count("FAIL")
            details = "; ".join(f"{k}: {v}" for k, v in r.items() if v != "ok")
            print(f"{marks} | {shape.name}" + (f" | {details}" if details else ""))
    print(f"{failures} failed checks")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
