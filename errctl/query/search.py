"""Search: the events matching a filter, newest first, streamed."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from errctl.models import Event, EventFilter
from errctl.store.duckdb_store import DuckDBStore


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
