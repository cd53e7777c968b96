"""Events the store refuses (a value no column takes) cost their own rows, not the batch:
`commit_batch` stores the others, quarantines those with DuckDB's reason and says which."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pyarrow as pa
import pytest

from errctl.errors import StoreError
from errctl.models import SourceState
from errctl.store.duckdb_store import DuckDBStore
from tests.batches import batch, row

LOG = "/logs/app.log"


def _rows(n: int) -> list[dict]:
    return [row(source=LOG, line=i, message=f"boom {i}") for i in range(1, n + 1)]


def _state(store: DuckDBStore, offset: int) -> SourceState:
    """The source LOG's registry row once read to `offset`."""
    return replace(store.register_source(LOG, 1, 1, 64, "head", "json"), offset=offset)


@pytest.fixture
def store(tmp_path: Path) -> DuckDBStore:
    s = DuckDBStore(tmp_path / "s.duckdb")
    s.initialise()
    return s


def _stored(store: DuckDBStore) -> list[tuple]:
    with store._reader() as con:
        return con.execute("SELECT line FROM events ORDER BY line").fetchall()


def _quarantined(store: DuckDBStore) -> list[tuple]:
    with store._reader() as con:
        return con.execute(
            "SELECT line, reason, decode(raw) FROM quarantine ORDER BY line"
        ).fetchall()


def test_refused_events_are_quarantined_and_the_rest_stored(store: DuckDBStore):
    rows = _rows(10)
    rows[2]["attributes"] = '{"k": "Invalid Credentials": }'  # JSON that does not parse
    rows[6]["level"] = "loud"  # no such level
    refusal = store.commit_batch(batch(rows), None, _state(store, 500))

    assert refusal is not None
    assert list(refusal.by_source()) == [LOG]
    assert refusal.by_source()[LOG][0] == 2
    assert _stored(store) == [(i,) for i in (1, 2, 4, 5, 6, 8, 9, 10)]
    # Each refused event is quarantined with its own reason, DuckDB's first line.
    (line3, reason3, raw3), (line7, reason7, raw7) = _quarantined(store)
    assert (line3, raw3, line7, raw7) == (3, "boom 3", 7, "boom 7")
    assert reason3.startswith("refused by the store: Conversion Error: Malformed JSON")
    assert reason7.startswith("refused by the store: Conversion Error: Could not convert")
    assert "'loud'" in reason7 and "\n" not in reason3 + reason7
    # The batch's other parts went in with it: the group counts what was stored, and the
    # source's offset moved (a rerun reads nothing twice).
    with store._reader() as con:
        assert con.execute("SELECT count FROM groups").fetchall() == [(8,)]
        assert con.execute('SELECT "offset" FROM sources').fetchall() == [(500,)]


def test_a_batch_the_store_takes_is_not_a_refusal(store: DuckDBStore):
    assert store.commit_batch(batch(_rows(3)), None, None) is None
    assert _stored(store) == [(1,), (2,), (3,)]
    assert _quarantined(store) == []


def test_every_refused_row_of_a_large_batch_is_found(store: DuckDBStore):
    rows = _rows(1000)
    bad = {1, 2, 500, 999, 1000}
    for line in bad:
        rows[line - 1]["stack"] = "[{"
    refusal = store.commit_batch(batch(rows), None, None)

    assert refusal is not None
    assert sorted(refusal.events.column("line").to_pylist()) == sorted(bad)
    assert len(_stored(store)) == 1000 - len(bad)
    assert [line for line, _, _ in _quarantined(store)] == sorted(bad)


def test_a_failure_no_row_causes_fails_the_batch_whole(store: DuckDBStore):
    """The events store on their own; the batch's quarantine does not (a NULL line): nothing
    is refused, and the batch fails as a whole, its events with it."""
    quarantine = pa.table(
        {
            "source": pa.array([LOG], pa.string()),
            "line": pa.array([None], pa.int64()),
            "reason": pa.array(["bad"], pa.string()),
            "raw": pa.array([b"x"], pa.binary()),
        }
    )
    with pytest.raises(StoreError, match="NOT NULL"):
        store.commit_batch(batch(_rows(4)), quarantine, None)
    assert _stored(store) == []
