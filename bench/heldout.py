#!/usr/bin/env python3
"""Grouping accuracy on the held-out systems of bench/heldout/: logs of programs errctl was not
developed on, each line labelled with the format string that wrote it.

Each `bench/heldout/<system>/` holds one or more log files, written as the program prints them,
and `labels.tsv` (`file`, `line`, `template`: one row per line that starts an event; the lines
that continue a multi-line event have no row). The system's log files (every file but
`labels.tsv`, in name order) are ingested together, in-process, into a fresh store with errctl's
defaults (formats auto-detected, no pattern), as a user runs `errctl ingest FILE...`. Events are
joined with the labels on (file, line): a labelled line that starts no stored event counts as
wrong, and stored events with no label (a continuation line read as an event of its own) are
counted and printed, not scored.

GA: a labelled line is right when the set of lines sharing its stored errctl template equals the
set sharing its true template (bench/template_accuracy.py's definition). `--errors N` prints,
per system, N true templates split over several errctl templates and N errctl templates that
merge several true ones. `--together` ingests every chosen system's logs into one store in one
run, as a folder of a fleet's logs is ingested, and scores each system there: what the other
programs' messages in the same batches and store do to a system's groups; `--flat` copies them
all into one folder first, as /var/log holds many programs' files side by side. `--spread`
puts each file of a system in a folder of its own (a store per system), as a fleet keeps its
hosts' logs: one program's evidence over several folders. `--append N` ingests each system's
logs as they grow, N lines a file at a time, a run after each round of writes into one store
(a cron job over a log folder): its GA (groups) column counts a group a later template took
over as the taker's, as `top` does. Usage: `python bench/heldout.py [--only SYSTEM] [--errors
N] [--together [--flat] | --spread | --append N]`. Never runs as a test.
"""

from __future__ import annotations

import argparse
import csv
import os
import shutil
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._common import EFFECTIVE_GROUP_JOIN, BenchError, print_table
from bench.template_accuracy import grouping_scores

HELDOUT = Path(__file__).resolve().parent / "heldout"
FLAT_SEPARATOR = "--"


def systems() -> list[str]:
    return sorted(p.name for p in HELDOUT.iterdir() if (p / "labels.tsv").is_file())


def read_labels(system_dir: Path) -> dict[tuple[str, int], str]:
    labels: dict[tuple[str, int], str] = {}
    with open(system_dir / "labels.tsv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            labels[(row["file"], int(row["line"]))] = row["template"]
    return labels


Stored = list[tuple[str, int, str, str, str]]


def stored(system_dir: Path, workdir: Path, spread: bool = False) -> Stored:
    """(file name, line, message, template, effective group) of every event of the system's
    logs, ingested into a fresh store with the defaults; the effective group is named by its
    template (a group a later template took over counts as the taker's, as `top` counts it).
    `spread`: each file copied into a folder of its own first (`host0/`, `host1/`, ...)."""
    return stored_together([system_dir.name], workdir, spread=spread)[system_dir.name]


def stored_together(
    names: Sequence[str], workdir: Path, flat: bool = False, spread: bool = False
) -> dict[str, Stored]:
    """`stored` of each of the systems `names`, their logs all ingested into ONE fresh store
    in one run (a system at a time, in name order), as a fleet's log folder is. `flat`: the
    logs copied into one folder first (`SYSTEM--FILE`), as /var/log holds many programs';
    `spread`: each into a folder of its own (`SYSTEM/hostN/FILE`), as a fleet's hosts'."""
    from errctl.ingest.pipeline import IngestOptions, ingest
    from errctl.store.duckdb_store import DuckDBStore

    logs = [
        p
        for name in names
        for p in sorted((HELDOUT / name).iterdir())
        if p.is_file() and p.name != "labels.tsv"
    ]
    if spread:
        copies = []
        for n, p in enumerate(logs):
            copies.append(workdir / "spread" / p.parent.name / f"host{n}" / p.name)
            copies[-1].parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(p, copies[-1])
        logs = copies
    if flat:
        folder = workdir / "flat"
        folder.mkdir(exist_ok=True)
        copies = []
        for p in logs:
            copies.append(folder / f"{p.parent.name}{FLAT_SEPARATOR}{p.name}")
            shutil.copyfile(p, copies[-1])
        logs = copies
    db = workdir / ("together.duckdb" if len(names) > 1 else f"{names[0]}.duckdb")
    db.unlink(missing_ok=True)
    ingest(list(map(str, logs)), DuckDBStore(db), IngestOptions())
    return _read_store(db, names, flat=flat, spread=spread)


def stored_in_appends(system_dir: Path, workdir: Path, lines: int) -> Stored:
    """`stored`, with the system's logs ingested as they grow: each file written `lines`
    lines at a time, all of them ingested after each round of writes (a cron job over a log
    folder), then once more at rest (`bench/_common.ingest_in_appends`: a last line with no
    newline waits for the next run)."""
    from errctl.ingest.pipeline import IngestOptions, ingest
    from errctl.store.duckdb_store import DuckDBStore

    logs = [p for p in sorted(system_dir.iterdir()) if p.is_file() and p.name != "labels.tsv"]
    folder = workdir / "append" / system_dir.name
    folder.mkdir(parents=True, exist_ok=True)
    grown = [folder / p.name for p in logs]
    parts = [p.read_bytes().split(b"\n") for p in logs]
    db = workdir / f"{system_dir.name}-appends.duckdb"
    db.unlink(missing_ok=True)
    store = DuckDBStore(db)
    outs = [g.open("wb") for g in grown]
    try:
        for start in range(0, max(map(len, parts)), lines):
            for out, data in zip(outs, parts, strict=True):
                if start < len(data):
                    last = start + lines >= len(data)
                    out.write(b"\n".join(data[start : start + lines]) + (b"" if last else b"\n"))
                    out.flush()
            ingest(list(map(str, grown)), store, IngestOptions())
    finally:
        for out in outs:
            out.close()
    at_rest = time.time() - 60
    for path in grown:
        os.utime(path, (at_rest, at_rest))
    ingest(list(map(str, grown)), store, IngestOptions())
    return _read_store(db, [system_dir.name])[system_dir.name]


def _read_store(
    db: Path, names: Sequence[str], flat: bool = False, spread: bool = False
) -> dict[str, Stored]:
    """The stored events of each system (`stored`), told apart by their files' paths."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute(
        f"SELECT e.source, e.line, e.message, e.template, g.template {EFFECTIVE_GROUP_JOIN}"
    ).fetchall()
    con.close()
    out: dict[str, Stored] = {name: [] for name in names}
    for source, line, *rest in rows:
        path = Path(source)
        system, _, name = path.name.rpartition(FLAT_SEPARATOR)
        if not flat:
            system, name = path.parent.name, path.name
        if spread:
            system = path.parent.parent.name
        out[system].append((name, line, *rest))
    return out


def print_errors(
    system: str,
    predicted: dict[int, str],
    truth: dict[int, str],
    where: dict[int, tuple[str, int, str]],
    limit: int,
) -> None:
    """The `limit` largest true templates split over several errctl templates, and errctl
    templates merging several true ones, each with an example message per part."""
    by_truth: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    by_pred: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for key, label in truth.items():
        by_truth[label][predicted.get(key, "(no event)")].append(key)
        by_pred[predicted.get(key, "(no event)")][label].append(key)
    split = sorted(
        ((t, p) for t, p in by_truth.items() if len(p) > 1),
        key=lambda x: -sum(map(len, x[1].values())),
    )
    merged = sorted(
        ((p, t) for p, t in by_pred.items() if len(t) > 1),
        key=lambda x: -sum(map(len, x[1].values())),
    )
    for label, parts in split[:limit]:
        print(f"  {system}: SPLIT {label!r} into {len(parts)}:")
        for template, keys in sorted(parts.items(), key=lambda x: -len(x[1]))[:6]:
            print(f"      {len(keys):4d} {template[:150]}")
            print(f"           e.g. {where[keys[0]][2][:150]}")
    for template, parts in merged[:limit]:
        print(f"  {system}: MERGED {template[:150]!r} holds {len(parts)}:")
        for label, keys in sorted(parts.items(), key=lambda x: -len(x[1]))[:6]:
            print(f"      {len(keys):4d} {label[:150]}")
            print(f"           e.g. {where[keys[0]][2][:150]}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", action="append", metavar="SYSTEM", help="one system (repeatable)")
    parser.add_argument(
        "--errors", type=int, default=0, metavar="N", help="print N split and N merged groups each"
    )
    parser.add_argument(
        "--together",
        action="store_true",
        help="ingest every chosen system into one store, as a fleet's log folder, and score each",
    )
    parser.add_argument(
        "--spread",
        action="store_true",
        help="each file of a system in a folder of its own, as a fleet's hosts keep them",
    )
    parser.add_argument(
        "--append",
        type=int,
        metavar="N",
        help="each system's logs ingested as they grow, N lines a file at a time (cron)",
    )
    parser.add_argument(
        "--flat",
        action="store_true",
        help="with --together: every log copied into ONE folder first, as /var/log holds them",
    )
    args = parser.parse_args(argv)
    names = systems()
    chosen = args.only or names
    rows = []
    scores: list[float] = []
    group_scores: list[float] = []
    try:
        unknown = [s for s in chosen if s not in names]
        if unknown:
            raise BenchError(f"no such system {', '.join(unknown)} (have: {', '.join(names)})")
        with tempfile.TemporaryDirectory(prefix="errctl-heldout-") as tmp:
            together = None
            if args.together or args.flat:
                together = stored_together(chosen, Path(tmp), flat=args.flat)
            for system in chosen:
                labels = read_labels(HELDOUT / system)
                if together is not None:
                    events = together[system]
                elif args.append:
                    events = stored_in_appends(HELDOUT / system, Path(tmp), args.append)
                else:
                    events = stored(HELDOUT / system, Path(tmp), spread=args.spread)
                keys = {(f, line): i for i, (f, line, *_) in enumerate(events)}
                # Lines are numbered across the system's files for scoring.
                index = {key: n for n, key in enumerate(sorted(labels))}
                truth = {index[key]: label for key, label in labels.items()}
                predicted: dict[int, str] = {}
                grouped: dict[int, str] = {}
                where: dict[int, tuple[str, int, str]] = {}
                for key, n in index.items():
                    i = keys.get(key)
                    where[n] = (key[0], key[1], events[i][2] if i is not None else "")
                    if i is not None:
                        predicted[n], grouped[n] = events[i][3], events[i][4]
                    else:
                        predicted[n] = grouped[n] = f"(no event at {key[0]}:{key[1]})"
                unlabelled = sum(1 for key in keys if key not in labels)
                ga, _, groups = grouping_scores(predicted, truth)
                gga, _, _ = grouping_scores(grouped, truth)
                scores.append(ga)
                group_scores.append(gga)
                missing = sum(1 for key in labels if key not in keys)
                true_n = len(Counter(truth.values()))
                scored = [f"{ga:.3f}", f"{gga:.3f}", missing, unlabelled]
                rows.append([system, len(labels), true_n, groups, *scored])
                if args.errors:
                    print_errors(system, predicted, truth, where, args.errors)
    except BenchError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    average = [f"{sum(x) / len(x):.3f}" for x in (scores, group_scores)]
    rows.append(["average", "", "", "", *average, "", ""])
    headers = ["system", "lines", "true templates", "errctl templates", "GA", "GA (groups)"]
    print_table([*headers, "no event", "unlabelled"], rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
