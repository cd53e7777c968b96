#!/usr/bin/env python3
"""A sweep of error codes and message identifiers (session 25): each shape of
`bench/code_shapes.py` is written to a log file in its program's layout, ingested in-process
into a fresh store with errctl's defaults (as a user runs `errctl ingest FILE`), and three
checks are printed per shape, over its events' groups (as `errctl top` counts them: a group a
later template took over counts as the taker's):

1. one: the events of one problem (same code, other values) share one template;
2. apart: events of two problems (two codes) have different templates;
3. code: each event's template holds its code as written (`ORA-00942`, `HTTP 503`), not `<*>`,
   or the format read it into an attribute (Apache's `AH01630`, MySQL's `MY-010914`: the code
   attribute, the message the text that says it).

Usage: `python bench/code_sweep.py [--only SUBSTRING] [--show]` (`--show` prints each shape's
templates). Never runs as a test.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

import duckdb

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._common import EFFECTIVE_GROUP_JOIN
from bench.code_shapes import SHAPES, Shape
from errctl.ingest.pipeline import IngestOptions, ingest
from errctl.store.duckdb_store import DuckDBStore

CHECKS = ("one", "apart", "code")


def stored(tmp: Path, shape: Shape) -> list[tuple[int, str, str]]:
    """(line, effective template, attributes as JSON) of each stored event of the shape's log."""
    for old in tmp.iterdir():
        old.unlink()
    log = tmp / shape.name_of_file
    log.write_text(shape.text)
    db = tmp / "store.duckdb"
    ingest([str(log)], DuckDBStore(db), IngestOptions())
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(
            "SELECT e.line, g.template, e.attributes::VARCHAR"
            f" {EFFECTIVE_GROUP_JOIN} ORDER BY e.line"
        ).fetchall()


def check(shape: Shape, tmp: Path, show: bool = False) -> dict[str, str]:
    rows = stored(tmp, shape)
    problems: dict[str, list[str]] = {k: [] for k in CHECKS}
    if len(rows) != len(shape.lines):
        problems["one"].append(f"{len(rows)} events, want {len(shape.lines)}")
    by_group: dict[str, set[str]] = defaultdict(set)
    for (_line, template, attributes), (_text, group, code) in zip(rows, shape.lines, strict=False):
        by_group[group].add(template)
        if code and code not in template and f'"{code}"' not in (attributes or ""):
            problems["code"].append(f"{code!r} not in {template!r:.100}")
    for group, templates in by_group.items():
        if len(templates) > 1:
            problems["one"].append(f"{group}: {len(templates)} templates")
    groups = sorted(by_group)
    for i, a in enumerate(groups):
        for b in groups[i + 1 :]:
            if by_group[a] & by_group[b]:
                problems["apart"].append(f"{a}+{b}")
    if show:
        print(f"## {shape.name}")
        for (line, template, _attributes), (_text, group, _code) in zip(
            rows, shape.lines, strict=False
        ):
            print(f"  {line:3d} {group:10} {template!r:.150}")
    return {k: "; ".join(dict.fromkeys(v)) or "ok" for k, v in problems.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", default="")
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args(argv)
    failures = shapes = 0
    by_check = dict.fromkeys(CHECKS, 0)
    with tempfile.TemporaryDirectory() as d:
        for shape in SHAPES:
            if args.only and args.only not in shape.name:
                continue
            shapes += 1
            r = check(shape, Path(d), args.show)
            for k in CHECKS:
                by_check[k] += r[k] != "ok"
            marks = " ".join("pass" if r[k] == "ok" else "FAIL" for k in CHECKS)
            failures += marks.count("FAIL")
            details = " | ".join(f"{k}: {v}" for k, v in r.items() if v != "ok")
            print(f"{marks} | {shape.name}" + (f" | {details}" if details else ""))
    counts = ", ".join(f"{k} {n}" for k, n in by_check.items())
    print(f"{shapes} shapes, {failures} failed checks ({counts})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
