"""`errctl ingest --follow`: keep ingesting what files gain, as `tail -F` follows them.

Owns the follow loop. It adds no way of reading: each round is an ordinary incremental ingest
(`pipeline.ingest`), which reads only what was appended since the last round, notices rotation
and truncation, and picks up new files in a folder. Between rounds the store is released, so
that `errctl top`, `search` or `alert` in another terminal or from cron can use it: DuckDB lets
one process at a time open a store for writing, and a running ingest lets a waiting command
in only between two writes. (A pipe on stdin is read as it comes instead: `LiveInput`.)

A round runs only when an input changed: the inputs' identities, sizes and modification times
(after a folder walk, for new files) are compared with those before the last round, which
costs a `stat` per file, and it reads only the inputs that changed. A change made while a
round runs is seen by the next one.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass

from errctl.errors import StoreLockedError
from errctl.ingest.pipeline import (
    HOLD_UNFINISHED_SECONDS,
    IngestOptions,
    KeptStages,
    Progress,
    ingest,
)
from errctl.ingest.readers import discover
from errctl.models import IngestSummary
from errctl.store.duckdb_store import DuckDBStore

Entry = tuple[str, int, int, int, int]
"""An input as a round sees it: (path as discovered, device, inode, size, modification time)."""


@dataclass
class FollowTotals:
    """What a follow run did: rounds that ran (inputs had changed), events and rejected lines
    over them, and rounds put off because another process held the store."""

    rounds: int = 0
    events: int = 0
    rejected: int = 0
    busy: int = 0


def snapshot(paths: list[str], options: IngestOptions) -> tuple[Entry, ...]:
    """Every input under `paths`, in the order ingest reads them (rotated files oldest first)."""
    inputs, _ = discover(paths, options.include, options.exclude, options.follow_symlinks)
    entries = []
    for item in inputs:
        try:
            st = os.stat(item.path)
        except OSError:  # gone since the walk: the next snapshot has it gone too
            continue
        entries.append((item.display, st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns))
    return tuple(entries)


def follow(
    paths: list[str],
    store: DuckDBStore,
    options: IngestOptions,
    *,
    interval: float,
    stop: threading.Event,
    on_round: Callable[[IngestSummary, int], None],
    on_busy: Callable[[StoreLockedError], None],
    progress: Callable[[int], AbstractContextManager[Progress | None]] = (
        lambda _: contextlib.nullcontext()
    ),
) -> FollowTotals:
    """Ingest `paths` now, then again each time they change (looked at every `interval`
    seconds), until `stop` is set; the round under way when it is set is finished. A round
    that finds the store held by another process past its lock timeout is tried again at the
    next look, not fatal (`on_busy` is told). `on_round` is given each round's summary and
    number (from 1); `progress(n)` the n-th round's progress reporter, open for the round.

    After the first round, a round reads only the files that changed (a folder of hundreds of
    logs of which one grows costs one file's work), and the files whose unfinished last line
    or traceback a round left for later (`SourceResult.held_back`) once they have been still
    for `HOLD_UNFINISHED_SECONDS`: ingest then reads that line as it is, and no change would
    come to prompt it."""
    totals = FollowTotals()
    last: frozenset[Entry] | None = None
    held: dict[str, float] = {}  # path -> when to read it again, unchanged
    kept = KeptStages()  # the miner, from one round to the next while nobody else writes
    while True:
        current = snapshot(paths, options)
        now = time.monotonic()
        if last is None:
            todo = list(paths)
        else:
            due = {path for path, when in held.items() if now >= when}
            todo = [e[0] for e in current if e not in last or e[0] in due]
        if todo:
            try:
                with progress(totals.rounds + 1) as reporter:
                    summary = ingest(todo, store, options, reporter, kept)
            except StoreLockedError as busy:
                totals.busy += 1
                on_busy(busy)
            else:
                last = frozenset(current)
                for source in summary.sources:
                    held.pop(source.path, None)
                    if source.held_back:
                        held[source.path] = now + HOLD_UNFINISHED_SECONDS + interval
                totals.rounds += 1
                totals.events += summary.events
                totals.rejected += summary.rejected
                on_round(summary, totals.rounds)
        if stop.wait(interval):
            return totals
