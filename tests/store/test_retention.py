"""Retention (`DuckDBStore.prune`): what goes, what stays, and that a dry run changes nothing."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import duckdb
import pytest

from errctl.store.duckdb_store import DuckDBStore
from tests import batches

SPANNING, OLD, NEW = "fp1:aaaa000000000000", "fp1:bbbb000000000000", "fp1:cccc000000000000"
CUTOFF = datetime(2026, 11, 5, 12, 30)


def _rows() -> list[dict]:
    at = [
        (SPANNING, datetime(2026, 11, 1, 10, 0), "api"),
        (SPANNING, datetime(2026, 11, 1, 10, 30), "billing"),
        (SPANNING, datetime(2026, 11, 5, 12, 10), "api"),  # the cutoff's hour, before it
        (SPANNING, datetime(2026, 11, 5, 12, 40), "api"),  # the cutoff's hour, after it
        (OLD, datetime(2026, 11, 2, 8, 0), "api"),
        (OLD, datetime(2026, 11, 3, 9, 0), "api"),
        (NEW, datetime(2026, 11, 6, 9, 0), "api"),
    ]
    return [
        {"line": i + 1, "fingerprint": fp, "timestamp": ts, "service": svc, "title": fp[4:8]}
        for i, (fp, ts, svc) in enumerate(at)
    ]


@pytest.fixture
def store(db: Path) -> DuckDBStore:
    s = DuckDBStore(db)
    s.commit_batch(batches.batch(_rows()), None, None)
    with duckdb.connect(str(db)) as con:  # one line quarantined long ago, one just now
        con.execute(
            "INSERT INTO quarantine VALUES ('/logs/app.log', 9, 'invalid JSON', 'x', ?), "
            "('/logs/app.log', 10, 'invalid JSON', 'y', ?)",
            [datetime(2026, 11, 1), datetime(2026, 11, 28)],
        )
    return s


def _snapshot(db: Path) -> dict[str, list[tuple]]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {
            "events": con.execute(
                "SELECT fingerprint, timestamp FROM events ORDER BY timestamp"
            ).fetchall(),
            "groups": con.execute(
                "SELECT fingerprint, first_seen, last_seen, count, n_services FROM groups "
                "ORDER BY fingerprint"
            ).fetchall(),
            "hourly": con.execute(
                "SELECT fingerprint, hour, count FROM group_hourly ORDER BY ALL"
            ).fetchall(),
            "dims": con.execute(
                "SELECT fingerprint, dim, value, count FROM group_dims ORDER BY ALL"
            ).fetchall(),
            "quarantine": con.execute("SELECT line FROM quarantine ORDER BY line").fetchall(),
        }


def test_prune_removes_old_events_and_groups_and_keeps_a_live_groups_history(
    store: DuckDBStore, db: Path
) -> None:
    result = store.prune(CUTOFF)
    assert (result.events, result.groups, result.quarantined) == (5, 1, 1)
    after = _snapshot(db)
    assert after["events"] == [
        (SPANNING, datetime(2026, 11, 5, 12, 40)),
        (NEW, datetime(2026, 11, 6, 9, 0)),
    ]
    # The group with a newer event keeps its whole life: first seen, count, services.
    assert after["groups"] == [
        (SPANNING, datetime(2026, 11, 1, 10, 0), datetime(2026, 11, 5, 12, 40), 4, 2),
        (NEW, datetime(2026, 11, 6, 9, 0), datetime(2026, 11, 6, 9, 0), 1, 1),
    ]
    # Hours before the cutoff go; the cutoff's own hour counts only the event after it.
    assert after["hourly"] == [
        (SPANNING, datetime(2026, 11, 5, 12), 1),
        (NEW, datetime(2026, 11, 6, 9), 1),
    ]
    assert result.hourly_rows == 3  # OLD's two hours and SPANNING's 10:00
    assert {fp for fp, *_ in after["dims"]} == {SPANNING, NEW}
    assert after["quarantine"] == [(10,)]
    # Nothing left to do the second time.
    again = store.prune(CUTOFF)
    assert (again.events, again.groups, again.hourly_rows, again.quarantined) == (0, 0, 0, 0)


def test_a_dry_run_counts_what_a_prune_removes_and_changes_nothing(
    store: DuckDBStore, db: Path
) -> None:
    before = _snapshot(db)
    dry = store.prune(CUTOFF, dry_run=True)
    assert _snapshot(db) == before
    real = store.prune(CUTOFF)
    counts = ("events", "groups", "hourly_rows", "quarantined", "notifications")
    assert [getattr(dry, c) for c in counts] == [getattr(real, c) for c in counts]
    assert dry.dry_run and not real.dry_run


def test_a_pruned_group_seen_again_starts_afresh(store: DuckDBStore, db: Path) -> None:
    store.prune(CUTOFF)
    later = datetime(2026, 11, 20, 7, 0)
    store.commit_batch(
        batches.batch([{"line": 20, "fingerprint": OLD, "timestamp": later, "title": "bbbb"}]),
        None,
        None,
    )
    groups = {g[0]: g for g in _snapshot(db)["groups"]}
    assert groups[OLD][1:4] == (later, later, 1)


def test_prune_of_an_empty_store_removes_nothing(db: Path) -> None:
    store = DuckDBStore(db)
    store.initialise()
    result = store.prune(CUTOFF)
    assert result.to_dict() | {"seconds": 0} == {
        "cutoff": "2026-11-05T12:30:00Z",
        "events": 0,
        "groups": 0,
        "hourly_rows": 0,
        "quarantined": 0,
        "notifications": 0,
        "seconds": 0,
        "dry_run": False,
    }
