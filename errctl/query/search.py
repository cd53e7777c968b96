"""Search: the events matching a filter, newest first, streamed."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any, TypeVar

from errctl.errors import StoreLockedError
from errctl.models import Event, EventFilter
from errctl.store.duckdb_store import DuckDBStore

T = TypeVar("T")


def search_events(
    store: DuckDBStore,
    flt: EventFilter,
    *,
    limit: int | None = 50,
    oldest_first: bool = False,
) -> Iterator[Event]:
    """Events matching `flt`; `limit=None` streams them all without holding them in memory."""
    return store.search(flt, limit=limit, oldest_first=oldest_first)


def search_rows(
    store: DuckDBStore,
    flt: EventFilter,
    *,
    limit: int | None = 50,
    oldest_first: bool = False,
) -> Iterator[dict[str, Any]]:
    """`search_events` as stored rows, the stack and attributes as JSON text (for exports)."""
    return store.search_rows(flt, limit=limit, oldest_first=oldest_first)


def follow_matches(
    store: DuckDBStore,
    flt: EventFilter,
    fetch: Callable[[EventFilter, int | None, bool], Iterator[T]],
    *,
    backlog: int | None,
    interval: float,
    stop: threading.Event,
    on_wait: Callable[[], None] = lambda: None,
    on_busy: Callable[[StoreLockedError], None] = lambda _: None,
) -> Iterator[T]:
    """`search --follow`, as `tail -f` follows a file: the newest `backlog` matches (None:
    all), oldest first, then each event stored later that matches, as ingest stores it (with
    `ingest --follow`, or from cron), looked for every `interval` seconds until `stop` is set.

    `fetch(filter, limit, oldest_first)` reads matches (events, or stored rows). New events
    are those with a higher id than any looked at: ids grow with each batch stored, whatever
    the events' own times. `on_wait` runs before each wait (a pipe's output is flushed
    there); a look that finds the store held past its lock timeout is tried again at the
    next one (`on_busy` is told)."""
    last = store.last_event_id()
    shown = replace(flt, after_id=None, until_id=last)
    if backlog is None:
        yield from fetch(shown, None, True)
    else:  # the newest `backlog`, oldest first
        yield from reversed(list(fetch(shown, backlog, False)))
    while True:
        on_wait()
        if stop.wait(interval):
            return
        try:
            newest = store.last_event_id()
            if newest > last:
                yield from fetch(replace(flt, after_id=last, until_id=newest), None, True)
                last = newest
        except StoreLockedError as busy:
            on_busy(busy)
