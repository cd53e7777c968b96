#!/usr/bin/env python3
"""Template accuracy on logs of a system outside the Loghub development set: a Debian machine's
own package logs, next to Drain3.

Loghub's eight systems are where errctl's templates were developed; they must hold up on logs
nobody tuned them on. Every Debian or Ubuntu machine has two such logs, written by tools whose
message formats are fixed and documented, so they can be labelled by rule rather than by hand:

- `/var/log/dpkg.log`: `<date> <time> <action> ...`; an event is dpkg's action word (`status`,
  `install`, `configure`, `trigproc`, `upgrade`, `remove`, `purge`, `conffile`), and `startup`
  with its two words (`startup archives unpack`, `startup packages configure`);
- `/var/log/apt/term.log`: the terminal output of dpkg under apt (`Setting up <pkg> (<version>)
  ...`, `Unpacking ...`, `Selecting previously unselected package ...`, update-alternatives,
  debconf); an event is its fixed opening words (RULES below); any other line is an event kind
  of its own.

Package names come as `tzdata` or `libc6:amd64` and versions with an epoch or without
(`1:9.2p1-2`, `2.36-9`), so one event has several token layouts: what `absorb.py` is for.

Each log is ingested in-process into a fresh store (auto-detected format, as a user runs it);
its stored `template` is compared with the labels (GA, FGA: bench/template_accuracy.py's
definitions), and so is its effective group (`groups`: its fingerprint, or the group it was
merged into, as `top` counts it; a template taken over by a later one is such a merge).
Drain3 with its defaults runs on the same stored messages, side by side.
`--append N` ingests each log as it grows, N lines at a time, into one store: what a cron job
sees, each run mining only its new lines.
Usage: `python bench/debian_logs.py [--log PATH ...] [--errors N] [--append N]`. Never runs
as a test.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._common import EFFECTIVE_GROUP_JOIN, BenchError, ingest_in_appends, print_table
from bench.template_accuracy import drain3_groups, grouping_scores

Label = str | Callable[[re.Match[str]], str] | None
DPKG: list[tuple[str, Label]] = [
    (r"startup (\w+) (\w+)$", lambda m: f"startup {m[1]} {m[2]}"),
    (r"(\w+) ", lambda m: m[1]),
]
TERM: list[tuple[str, Label]] = [
    (r"Log (started|ended)", lambda m: f"log {m[1]}"),
    (r"Selecting previously unselected package ", "select"),
    (r"\(Reading database \.\.\. ", "reading database"),
    (r"Preparing to unpack .* \.\.\.$", "preparing"),
    (r"Unpacking \S+ \(.*\) over \(", "unpacking over"),
    (r"Unpacking ", "unpacking"),
    (r"Setting up ", "setting up"),
    (r"Processing triggers for ", "triggers"),
    (r"update-alternatives: using .* in auto mode", "alternatives using"),
    (r"Adding debian:", "adding certificate"),
    (r"Adding 'diversion of ", "adding diversion"),
    (r"Removing 'diversion of ", "removing diversion"),
    (r"Created symlink ", "symlink"),
    (r"Removing ", "removing"),
    (r"", None),  # anything else: an event kind of its own
]
RULES = {"dpkg.log": DPKG, "term.log": TERM}
DEFAULT_LOGS = ("/var/log/dpkg.log", "/var/log/apt/term.log")


def label(message: str, rules: list[tuple[str, Label]]) -> str:
    for pattern, name in rules:
        m = re.match(pattern, message)
        if m is not None:
            if name is None:
                return "other: " + message
            return name(m) if callable(name) else name
    return "other: " + message


def stored(log: Path, workdir: Path) -> list[tuple[int, str, str, str]]:
    """(line, message, template, effective group) of every event of `log`, ingested as a user
    would."""
    import duckdb

    from errctl.ingest.pipeline import IngestOptions, ingest
    from errctl.store.duckdb_store import DuckDBStore

    db = workdir / f"{log.name}.duckdb"
    db.unlink(missing_ok=True)
    ingest([str(log)], DuckDBStore(db), IngestOptions())
    con = duckdb.connect(str(db), read_only=True)
    rows = _rows(con)
    con.close()
    return rows


def stored_in_appends(log: Path, workdir: Path, lines: int) -> list[tuple[int, str, str, str]]:
    """`stored`, the log written `lines` lines at a time and ingested after each write into
    the same store, as a cron job ingests a growing log: each run mines what is new with the
    store's templates and their examples (`bench/_common.ingest_in_appends`)."""
    import duckdb

    from errctl.ingest.pipeline import IngestOptions, ingest
    from errctl.store.duckdb_store import DuckDBStore

    db = workdir / f"{log.name}.appends.duckdb"
    db.unlink(missing_ok=True)
    grown = workdir / log.name  # the name decides nothing but the labelling rules
    ingest_in_appends(
        log, grown, lines, lambda path: ingest([str(path)], DuckDBStore(db), IngestOptions())
    )
    con = duckdb.connect(str(db), read_only=True)
    rows = _rows(con)
    con.close()
    return rows


# Each event's group as `top` and ingest see it: a group merged into another (by `errctl merge`
# or by a template taking over an earlier one, see docs/fingerprints.md) counts as the other.
# It is named by its group's template (`--errors`).
_ROWS = f"SELECT e.line, e.message, e.template, g.template {EFFECTIVE_GROUP_JOIN} ORDER BY e.line"


def _rows(con) -> list[tuple[int, str, str, str]]:
    """(line, message, template, effective group) of every stored event."""
    return [
        (line, message or "", template or "", group)
        for line, message, template, group in con.execute(_ROWS).fetchall()
    ]


def print_errors(name: str, predicted: dict[int, str], truth: dict[int, str], limit: int) -> None:
    by_truth: dict[str, set[str]] = defaultdict(set)
    for line, event in truth.items():
        by_truth[event].add(predicted[line])
    split = [(e, t) for e, t in sorted(by_truth.items()) if len(t) > 1]
    for event, templates in split[:limit]:
        print(f"  {name}: {event!r} split into {len(templates)}:", file=sys.stderr)
        for template in sorted(templates)[:4]:
            print(f"      {template[:140]}", file=sys.stderr)
    by_template: dict[str, set[str]] = defaultdict(set)
    for line, template in predicted.items():
        by_template[template].add(truth[line])
    merged = [(t, e) for t, e in sorted(by_template.items()) if len(e) > 1]
    for template, events in merged[:limit]:
        print(f"  {name}: {template[:140]!r} merges {len(events)} events:", file=sys.stderr)
        for event in sorted(events)[:4]:
            print(f"      {event[:140]}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--log", action="append", help="a dpkg.log or term.log (repeatable)")
    parser.add_argument(
        "--errors",
        type=int,
        default=0,
        help="print N split events, and N merging groups, per log",
    )
    parser.add_argument(
        "--append",
        type=int,
        default=0,
        metavar="N",
        help="ingest the log as it grows, N lines at a time (a cron job's view), not at once",
    )
    args = parser.parse_args(argv)
    logs = [Path(p) for p in (args.log or DEFAULT_LOGS)]
    rows = []
    try:
        with tempfile.TemporaryDirectory(prefix="errctl-debian-") as tmp:
            for log in logs:
                rules = RULES.get(log.name)
                if rules is None or not log.is_file():
                    raise BenchError(f"{log}: not a readable dpkg.log or term.log")
                if args.append:
                    events = stored_in_appends(log, Path(tmp), args.append)
                else:
                    events = stored(log, Path(tmp))
                truth = {line: label(message, rules) for line, message, _, _ in events}
                predicted = {line: template for line, _, template, _ in events}
                ga, fga, groups = grouping_scores(predicted, truth)
                effective = {line: group for line, _, _, group in events}
                ega, efga, egroups = grouping_scores(effective, truth)
                ids, _ = drain3_groups([m for _, m, _, _ in events], {"depth": 4, "st": 0.4})
                drain = {line: i for (line, _, _, _), i in zip(events, ids, strict=True)}
                dga, dfga, dgroups = grouping_scores(drain, truth)
                events_n = len(set(truth.values()))
                rows.append([log, len(events), events_n, groups, f"{ga:.3f}", f"{fga:.3f}"])
                rows[-1] += [egroups, f"{ega:.3f}", f"{efga:.3f}"]
                rows[-1] += [dgroups, f"{dga:.3f}", f"{dfga:.3f}"]
                if args.errors:
                    print_errors(log.name, effective, truth, args.errors)
    except BenchError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    print_table(
        [
            "log",
            "lines",
            "events",
            "templates",
            "GA",
            "FGA",
            "groups",
            "GA",
            "FGA",
            "drain3 groups",
            "GA",
            "FGA",
        ],
        rows,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
