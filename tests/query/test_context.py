"""`search --context`: the events around a match are its own file's, in the order read, across
runs (lines appended later), never another file's read in between; blocks that overlap are one."""

from __future__ import annotations

from pathlib import Path

import pytest

from errctl.ingest.pipeline import IngestOptions, ingest
from errctl.models import EventFilter
from errctl.query.context import blocks_around, match_ids, rows_with_context
from errctl.store import neighbours
from errctl.store.duckdb_store import DuckDBStore
from errctl.store.neighbours import neighbour_ids


def _lines(name: str, first: int, last: int) -> str:
    return "".join(
        f"2024-06-11 06:00:{n:02d} INFO {name} step {n} done\n" for n in range(first, last + 1)
    )


@pytest.fixture
def store(tmp_path: Path) -> DuckDBStore:
    """a.log's lines 1-5, then b.log's 1-4, then a.log's 6-8 appended and read in a later run:
    a.log's events are not stored together."""
    a, b = tmp_path / "a.log", tmp_path / "b.log"
    a.write_text(_lines("a", 1, 5))
    b.write_text(_lines("b", 1, 4))
    s = DuckDBStore(tmp_path / "s.duckdb")
    ingest([str(a)], s, IngestOptions())
    ingest([str(b)], s, IngestOptions())
    with a.open("a") as f:
        f.write(_lines("a", 6, 8))
    ingest([str(a)], s, IngestOptions())
    return s


def _id(store: DuckDBStore, name: str, line: int) -> int:
    rows = store.search_rows(EventFilter(sources=(f"*{name}",)), limit=None)
    return next(r["id"] for r in rows if r["line"] == line)


def _lines_of(store: DuckDBStore, ids: list[int]) -> list[tuple[str, int]]:
    rows = store.rows_by_id(ids)
    return [(Path(rows[i]["source"]).name, rows[i]["line"]) for i in ids]


@pytest.mark.parametrize(
    ("window", "most_in_windows"),
    [
        (5_000, 200),  # found in the id windows
        (1, 200),  # the windows too short: every hit looked at again over its whole source
        (5_000, 0),  # too many hits for windows: over the whole sources at once
    ],
)
def test_neighbours_are_the_file_s_own_in_read_order(
    store: DuckDBStore, window: int, most_in_windows: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(neighbours, "_MOST_HITS_IN_WINDOWS", most_in_windows)
    hits = [_id(store, "a.log", 6), _id(store, "b.log", 1), _id(store, "a.log", 8)]
    with store._reader() as con:
        around = neighbour_ids(con, hits, 2, 2, window=window)
    assert _lines_of(store, around[hits[0]]) == [
        ("a.log", 4),
        ("a.log", 5),
        ("a.log", 6),  # the first line of the later run: before it, the earlier run's last
        ("a.log", 7),
        ("a.log", 8),
    ]
    # the first event of its file has none before it; the last none after
    assert _lines_of(store, around[hits[1]]) == [("b.log", 1), ("b.log", 2), ("b.log", 3)]
    assert _lines_of(store, around[hits[2]]) == [("a.log", 6), ("a.log", 7), ("a.log", 8)]


def test_an_event_not_stored_has_no_block(store: DuckDBStore) -> None:
    assert store.neighbour_ids([10**9], 1, 1) == {}
    assert store.neighbour_ids([], 1, 1) == {}


def test_overlapping_blocks_are_one_and_no_event_is_shown_twice(store: DuckDBStore) -> None:
    hits = [_id(store, "a.log", 3), _id(store, "b.log", 2), _id(store, "a.log", 5)]
    blocks = blocks_around(store, hits, 1, 1)
    assert [_lines_of(store, b.ids) for b in blocks] == [
        [("a.log", n) for n in (2, 3, 4, 5, 6)],  # a.log 3's block and 5's, one
        [("b.log", n) for n in (1, 2, 3)],
    ]
    assert blocks[0].matches == {hits[0], hits[2]}


def test_rows_mark_the_matches_and_where_each_block_opens(store: DuckDBStore) -> None:
    hits = match_ids(store, EventFilter(text=("step 4 done",)), limit=None, oldest_first=True)
    got = [
        (Path(r.row["source"]).name, r.row["line"], r.match, r.opens_block)
        for r in rows_with_context(store, hits, before=1, after=0)
    ]
    assert got == [
        ("a.log", 3, False, True),
        ("a.log", 4, True, False),
        ("b.log", 3, False, True),
        ("b.log", 4, True, False),
    ]
