"""`search --context`: each match with the events around it in its file, as `grep -C` shows
lines around a match. What led to an error is most often in the lines its program wrote just
before it, which no filter on the error itself finds.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from errctl.models import EventFilter
from errctl.store.duckdb_store import DuckDBStore

# Rows are read this many at a time: `--limit 0 --context N` may show a store's every event.
_ROWS_AT_ONCE = 10_000


@dataclass(slots=True)
class Block:
    """A run of one file's events, in read order, with the matches among them."""

    ids: list[int]
    matches: set[int] = field(default_factory=set)


@dataclass(frozen=True, slots=True)
class ContextRow:
    row: dict[str, Any]  # the stored row, as `search_rows` gives it
    match: bool  # a match of the search, not only beside one
    opens_block: bool  # the first row of a block: not read right after the row before it


def blocks_around(store: DuckDBStore, hits: Sequence[int], before: int, after: int) -> list[Block]:
    """The blocks of `hits` (ids, in the order the search gives them), each with up to
    `before` and `after` events of its file around it. Blocks that share an event are one, so
    no event is shown twice; blocks come in the order of their first match."""
    around = store.neighbour_ids(hits, before, after)
    blocks: list[Block | None] = []
    shown_in: dict[int, int] = {}  # event id -> index of the block showing it
    for hit in hits:
        ids = around.get(hit)
        if ids is None:  # pruned since the search read it
            continue
        met = sorted({shown_in[i] for i in ids if i in shown_in})
        if met:
            into = blocks[met[0]]
            assert into is not None
            merged = set(into.ids).union(ids)
            for other in met[1:]:
                gone = blocks[other]
                assert gone is not None
                merged.update(gone.ids)
                into.matches |= gone.matches
                blocks[other] = None
            into.ids = sorted(merged)
            into.matches.add(hit)
            index = met[0]
        else:
            blocks.append(Block(list(ids), {hit}))
            index = len(blocks) - 1
        for i in blocks[index].ids:  # type: ignore[union-attr]
            shown_in[i] = index
    return [b for b in blocks if b is not None]


def match_ids(
    store: DuckDBStore, flt: EventFilter, *, limit: int | None, oldest_first: bool
) -> list[int]:
    """The ids of the matches of `flt`, `limit` at most, newest first unless `oldest_first`."""
    return store.search_ids(flt, limit=limit, oldest_first=oldest_first)


def rows_with_context(
    store: DuckDBStore, hits: Sequence[int], *, before: int, after: int
) -> Iterator[ContextRow]:
    """Each of `hits` (ids of matches, in the order to show them) in a block of its file's
    events around it (`blocks_around`), block after block."""
    pending: list[Block] = []
    rows = 0
    for block in blocks_around(store, hits, before, after):
        pending.append(block)
        rows += len(block.ids)
        if rows >= _ROWS_AT_ONCE:
            yield from _rows_of(store, pending)
            pending, rows = [], 0
    yield from _rows_of(store, pending)


def _rows_of(store: DuckDBStore, blocks: list[Block]) -> Iterator[ContextRow]:
    rows = store.rows_by_id([i for b in blocks for i in b.ids])
    for block in blocks:
        present = [i for i in block.ids if i in rows]
        for n, i in enumerate(present):
            yield ContextRow(rows[i], i in block.matches, n == 0)
