#!/usr/bin/env python3
"""Where ingest's time goes: CPU per phase on the parsing thread, and time per SQL statement on
the writer, for one in-process ingest of a genlogs corpus file.

Not a target check (`ingest.py` is): a map for whoever works on ingest speed, so that nobody has
to re-instrument the pipeline by hand. The pipeline runs as `errctl ingest` runs it, with
wrappers around a few functions (a few microseconds per call, on calls made per block or per
batch, and per record on the plain-text path: that path's phase times include the wrappers').

- Parsing thread (`thread_time`): JSON blocks (`parse_block` or `parse_utf8_block`,
  `add_rows`) or plain-text lines (`Framer.push`, which parses, and `Normalizer.add`), building
  each batch's Arrow table (`Normalizer.take`) and the batch stages (scrub, mask and mine,
  fingerprint, classify).
- Writer: wall time per distinct SQL statement (first 60 characters) on the write connection,
  and the writer thread's CPU; DuckDB's own threads show as the rest of the process CPU.

`--no-store` replaces storing with nothing: the parsing thread alone, as fast as it can go.
Usage: `python bench/ingest_breakdown.py --events 200000 --source json` (corpus cached as by
`ingest.py`, in `--workdir`).
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import re
import resource
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._common import DEFAULT_WORKDIR, BenchError, ensure_corpus, print_table

SOURCES = {"json": "app.jsonl", "plain": "mixed.log"}


class _Clock:
    """Totals per label: seconds and calls."""

    def __init__(self) -> None:
        self.seconds: Counter[str] = Counter()
        self.calls: Counter[str] = Counter()

    def add(self, label: str, seconds: float) -> None:
        self.seconds[label] += seconds
        self.calls[label] += 1


def _timed(owner: Any, name: str, label: str, clock: _Clock, timer: Callable[[], float]) -> None:
    original = getattr(owner, name)

    @functools.wraps(original)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = timer()
        try:
            return original(*args, **kwargs)
        finally:
            clock.add(label, timer() - start)

    setattr(owner, name, wrapper)


class _TimedConnection:
    """A DuckDB connection whose `execute` calls are timed per statement."""

    def __init__(self, con: Any, clock: _Clock) -> None:
        self._con, self._clock = con, clock

    def execute(self, sql: str, *args: Any) -> Any:
        start = time.perf_counter()
        try:
            return self._con.execute(sql, *args)
        finally:
            self._clock.add(re.sub(r"\s+", " ", sql.strip())[:60], time.perf_counter() - start)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._con, name)


class _Instruments:
    """The wrappers, installed once per process (a second installation would wrap the first),
    and what they measured since the last `reset`."""

    def __init__(self) -> None:
        from errctl.formats.jsonl import JsonFormat
        from errctl.ingest import pipeline
        from errctl.ingest.framing import Framer
        from errctl.ingest.normalize import Normalizer
        from errctl.ingest.stages import BatchStages
        from errctl.store.duckdb_store import DuckDBStore

        self.parsing, self.statements = _Clock(), _Clock()
        self.writer_cpu: list[float] = []
        for owner, name, label in (
            (JsonFormat, "parse_block", "JSON: parse a block of lines"),
            (JsonFormat, "parse_utf8_block", "JSON: parse a block of lines"),
            (Normalizer, "add_rows", "JSON: normalise a block"),
            (Framer, "push", "plain: parse and frame a line"),
            (Normalizer, "add", "plain: normalise a record"),
            (Normalizer, "take", "build a batch's Arrow table"),
            (BatchStages, "__call__", "stages (scrub, mask+mine, classify)"),
        ):
            _timed(owner, name, label, self.parsing, time.thread_time)

        run = pipeline._BatchWriter._run

        def run_and_report(writer: Any) -> None:
            run(writer)
            self.writer_cpu.append(time.thread_time())

        pipeline._BatchWriter._run = run_and_report  # type: ignore[method-assign]
        opened = DuckDBStore._writer

        @contextlib.contextmanager
        def timed_writer(store: Any) -> Iterator[Any]:
            with opened(store) as con:
                yield _TimedConnection(con, self.statements)

        DuckDBStore._writer = timed_writer  # type: ignore[method-assign]
        release = DuckDBStore.release

        def timed_release(store: Any) -> None:
            start = time.perf_counter()
            release(store)
            self.statements.add("(closing the store: checkpoint)", time.perf_counter() - start)

        DuckDBStore.release = timed_release  # type: ignore[method-assign]

    def reset(self) -> None:
        for clock in (self.parsing, self.statements):  # in place: the wrappers hold them
            clock.seconds.clear()
            clock.calls.clear()
        self.writer_cpu.clear()


_INSTRUMENTS: _Instruments | None = None


def breakdown(path: Path, store_events: bool) -> None:
    global _INSTRUMENTS
    from errctl.ingest import pipeline
    from errctl.store.duckdb_store import DuckDBStore

    if _INSTRUMENTS is None:
        _INSTRUMENTS = _Instruments()
    tools = _INSTRUMENTS
    tools.reset()
    with tempfile.TemporaryDirectory(prefix="errctl-breakdown-") as tmp:
        store = DuckDBStore(Path(tmp) / "store.duckdb")
        if not store_events:
            store.commit_batch = lambda *args, **kwargs: None  # type: ignore[method-assign]
        usage = resource.getrusage(resource.RUSAGE_SELF)
        wall, main = time.perf_counter(), time.thread_time()
        summary = pipeline.ingest([str(path)], store, pipeline.IngestOptions())
        wall, main = time.perf_counter() - wall, time.thread_time() - main
        after = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (after.ru_utime - usage.ru_utime) + (after.ru_stime - usage.ru_stime)
    writer = tools.writer_cpu[0] if tools.writer_cpu else 0.0
    events = summary.events
    print(f"{path.name}: {events:,} events in {wall:.2f} s ({events / wall:,.0f} events/s)")
    print_table(
        ["process", "CPU s", "us/event"],
        [
            ["process CPU", f"{cpu:.2f}", f"{cpu / events * 1e6:.1f}"],
            ["parsing thread", f"{main:.2f}", f"{main / events * 1e6:.1f}"],
            ["writer thread", f"{writer:.2f}", f"{writer / events * 1e6:.1f}"],
            ["rest (DuckDB's threads)", f"{cpu - main - writer:.2f}", ""],
        ],
    )
    print()
    _print_clock("parsing thread, by phase", "CPU s", tools.parsing, events, main)
    if store_events:
        print()
        _print_clock("writer, by statement", "wall s", tools.statements, events, None)


def _print_clock(title: str, unit: str, clock: _Clock, events: int, total: float | None) -> None:
    rows: list[Sequence[object]] = [
        [label, f"{seconds:.2f}", f"{seconds / events * 1e6:.1f}", clock.calls[label]]
        for label, seconds in clock.seconds.most_common()
    ]
    if total is not None:
        rest = total - sum(clock.seconds.values())
        rows.append(["(the rest: reading lines, start-up, closing)", f"{rest:.2f}", "", ""])
    print(title)
    print_table(["", unit, "us/event", "calls"], rows)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=200_000, help="events per corpus file")
    parser.add_argument("--source", choices=[*SOURCES, "both"], default="both")
    parser.add_argument("--workdir", type=Path, default=DEFAULT_WORKDIR)
    parser.add_argument("--no-store", action="store_true", help="the parsing thread alone")
    args = parser.parse_args(argv)
    try:
        corpus = ensure_corpus(args.workdir, args.events)
    except BenchError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    for source in SOURCES if args.source == "both" else [args.source]:
        breakdown(corpus / SOURCES[source], store_events=not args.no_store)
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
