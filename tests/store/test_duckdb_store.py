from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pyarrow as pa
import pytest

from errctl.errors import StoreError, StoreLockedError
from errctl.models import AttributeFilter, EventFilter
from errctl.store.duckdb_store import DuckDBStore
from errctl.store.migrations import latest_version
from tests import batches
from tests.lock_holder import held_by_another_process


def batch(rows: list[dict]) -> pa.Table:
    return batches.batch(
        rows, level="info", severity=None, message="hello", template="hello", title="hello"
    )


def test_a_store_whose_creation_was_killed_is_created_again(tmp_path: Path):
    """A process killed between creating the store's file and writing DuckDB's headers leaves
    a stub DuckDB refuses: the next writer sets it aside (nothing deleted) and creates the
    store, as the crash-safety promise asks. A file with more in it is never touched."""
    db = tmp_path / "s.duckdb"
    db.write_bytes(b"\0" * 4096)
    store = DuckDBStore(db)
    store.initialise()
    assert store.recreated and db.stat().st_mode & 0o777 == 0o600
    (aside,) = tmp_path.glob("s.duckdb.interrupted-*")
    assert aside.read_bytes() == b"\0" * 4096
    other = tmp_path / "t.duckdb"
    other.write_bytes(b"not a store " * 2000)
    with pytest.raises(StoreError, match="not a valid DuckDB database file"):
        DuckDBStore(other).initialise()
    assert other.read_bytes() == b"not a store " * 2000


def test_a_new_store_is_migrated_and_owner_only(db: Path):
    store = DuckDBStore(db)
    store.initialise()
    assert db.stat().st_mode & 0o777 == 0o600
    assert store.table_counts() == {"events": 0, "groups": 0, "sources": 0, "quarantine": 0}
    import duckdb

    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT max(version) FROM schema_migrations").fetchall()[0][0] == (
            latest_version()
        )


def test_batches_update_events_groups_hourly_and_the_source_together(db: Path):
    store = DuckDBStore(db)
    src = store.register_source("/logs/app.log", 1, 2, 10, "h", "json")
    store.commit_batch(
        batch(
            [
                {"line": 1, "fingerprint": "fp1:a", "level": "error", "message": "boom 1"},
                {"line": 2, "fingerprint": "fp1:a", "timestamp": datetime(2024, 5, 1, 13)},
                {"line": 3, "fingerprint": "fp1:b"},
            ]
        ),
        None,
        src.__class__(src.id, src.path, 1, 2, 10, "h", 300, 3, "json"),
    )
    store.commit_batch(batch([{"line": 4, "fingerprint": "fp1:a"}]), None, None)
    import duckdb

    with duckdb.connect(str(db), read_only=True) as con:
        groups = dict(con.execute("SELECT fingerprint, count FROM groups").fetchall())
        assert groups == {"fp1:a": 3, "fp1:b": 1}
        first, last, level = con.execute(
            "SELECT first_seen, last_seen, max_level FROM groups WHERE fingerprint = 'fp1:a'"
        ).fetchall()[0]
        assert (first, last, level) == (datetime(2024, 5, 1, 12), datetime(2024, 5, 1, 13), "error")
        hourly = con.execute(
            "SELECT hour, count FROM group_hourly WHERE fingerprint = 'fp1:a' ORDER BY hour"
        ).fetchall()
        assert hourly == [(datetime(2024, 5, 1, 12), 2), (datetime(2024, 5, 1, 13), 1)]
        assert con.execute('SELECT "offset", lines FROM sources').fetchall()[0] == (300, 3)
        ids = [r[0] for r in con.execute("SELECT id FROM events ORDER BY id").fetchall()]
        assert ids == [1, 2, 3, 4]


def test_a_failed_batch_leaves_nothing_behind(db: Path):
    store = DuckDBStore(db)
    src = store.register_source("/logs/app.log", 1, 2, 10, "h", "json")
    # A quarantined line without its number: the batch fails, though its events store (an
    # event the store refuses is quarantined instead: test_refused_rows.py).
    rejected = pa.table(
        {
            "source": pa.array([src.path], pa.string()),
            "line": pa.array([None], pa.int64()),
            "reason": pa.array(["invalid JSON"], pa.string()),
            "raw": pa.array([b"{"], pa.binary()),
        }
    )
    events = batch([{"line": 1}, {"line": 3}])
    read = src.__class__(src.id, src.path, 1, 2, 10, "h", 99, 3, None)
    with pytest.raises(StoreError):
        store.commit_batch(events, rejected, read)
    assert store.table_counts()["events"] == 0
    assert store.source_candidates("/logs/app.log", 1, 2, "h")[0].offset == 0


def test_search_filters(db: Path):
    store = DuckDBStore(db)
    store.commit_batch(
        batch(
            [
                {"line": 1, "message": "Connection TIMEOUT to db", "level": "error"},
                {"line": 2, "message": "ok", "service": "web", "level": "info"},
                {
                    "line": 3,
                    "message": "failed",
                    "exception_type": "KeyError",
                    "exception_value": "'user'",
                    "level": "critical",
                    "attributes": '{"user": {"id": 42}}',
                    "fingerprint": "fp1:3f2a9",
                    "timestamp": datetime(2024, 5, 2),
                },
            ]
        ),
        None,
        None,
    )

    def lines(**kw) -> list[int]:
        return [e.line for e in store.search(EventFilter(**kw), limit=None)]

    assert lines(text=("timeout",)) == [1]
    assert lines(text=("keyerror",)) == [3]
    assert lines(regex=("TIME(OUT)?",)) == [1]
    assert lines(regex=("Connection TIME[A-Z]+ to",)) == [1]  # with its literal prefilter
    assert lines(regex=("connection TIME",)) == []  # a regex folds no case unless asked
    assert lines(regex=("(?i)connection time",)) == [1]
    assert lines(regex=("KeyError: 'u",)) == [3]  # the exception, as `type: value`
    assert lines(regex=(": ",)) == [3]  # an event without an exception has no `: ` to match
    assert lines(min_level="error") == [3, 1]
    assert lines(services=("web",)) == [2]
    assert lines(since=datetime(2024, 5, 1, 23)) == [3]
    assert lines(until=datetime(2024, 5, 1, 23)) == [2, 1]
    assert lines(fingerprints=("3f2a",)) == [3]
    assert lines(fingerprints=("fp1:3f",)) == [3]
    assert lines(attributes=(AttributeFilter("user.id", "42"),)) == [3]
    assert lines(sources=("*app.log",)) == [3, 2, 1]
    assert [e.line for e in store.search(EventFilter(), limit=2, oldest_first=True)] == [1, 2]
    event = next(store.search(EventFilter(text=("failed",)), limit=1))
    assert event.attributes == {"user": {"id": 42}}


def test_reingest_reset_removes_a_sources_events_and_recounts_groups(db: Path):
    store = DuckDBStore(db)
    src = store.register_source("/logs/a.log", 1, 2, 10, "h", None)
    store.commit_batch(
        batch(
            [{"source": "/logs/a.log", "fingerprint": "fp1:x"}] * 2
            + [{"source": "/logs/b.log", "fingerprint": "fp1:x"}]
        ),
        None,
        src.__class__(src.id, src.path, 1, 2, 10, "h", 50, 2, None),
    )
    reset = store.reset_source(src, keep_events=False)
    assert (reset.offset, reset.lines) == (0, 0)
    import duckdb

    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count FROM groups").fetchall() == [(1,)]
        assert con.execute("SELECT sum(count) FROM group_hourly").fetchall()[0][0] == 1


def test_reading_a_missing_store_is_a_store_error(db: Path):
    with pytest.raises(StoreError, match="no store"):
        list(DuckDBStore(db).search(EventFilter(), limit=1))


def test_a_store_held_by_another_process_is_waited_for_then_reported(db: Path):
    DuckDBStore(db).initialise()
    with held_by_another_process(db):
        waits: list[str] = []
        store = DuckDBStore(db, lock_timeout=0.5, on_wait=waits.append)
        with pytest.raises(StoreLockedError):
            store.initialise()
        assert waits and "waiting" in waits[0]
    DuckDBStore(db, lock_timeout=5).initialise()  # free again once the holder has gone


def test_free_text_treats_like_wildcards_literally(db: Path):
    store = DuckDBStore(db)
    store.commit_batch(
        batch([{"line": 1, "message": "disk 50% full"}, {"line": 2, "message": "disk 500 full"},
               {"line": 3, "message": "a_b"}, {"line": 4, "message": "axb"}]),
        None,
        None,
    )  # fmt: skip
    found = [e.line for e in store.search(EventFilter(text=("50%",)), limit=None)]
    assert found == [1]
    assert [e.line for e in store.search(EventFilter(text=("A_B",)), limit=None)] == [3]


def test_waiting_announcements_of_dead_processes_are_ignored_and_removed(tmp_path):
    store = DuckDBStore(tmp_path / "s.duckdb")
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    waiting = tmp_path / "s.duckdb.waiting"
    waiting.mkdir()
    (waiting / f"{dead.pid}-1").touch()
    (waiting / "not-a-pid").touch()
    assert not store._someone_waits()
    assert not (waiting / f"{dead.pid}-1").exists()
    (waiting / f"{os.getpid()}-1").touch()  # a live process
    assert store._someone_waits()


def test_a_takeover_by_a_template_without_events_makes_its_group(tmp_path):
    """`DuckDBStore._take_over`: the later template's group is made from the taken one's, with
    no event of its own; `top` counts the taken group's events under it."""
    from datetime import datetime, timedelta

    from errctl.models import MiningMemory, Takeover
    from errctl.query.top import TopQuery, top
    from tests import batches

    store = DuckDBStore(tmp_path / "s.duckdb")
    at = datetime(2026, 11, 28, 10, 0)
    early = {"fingerprint": "fp1:aaaa000000000000", "timestamp": at, "title": "user alice"}
    store.commit_batch(batches.batch([{**early, "template": "user alice"}]), None, None)
    taken = Takeover("user alice", "fp1:aaaa000000000000", "user <*>", "fp1:bbbb000000000000")
    store.commit_batch(None, None, None, MiningMemory([("user <*>", "user bob")], [taken]))
    states = store.group_states()
    assert states["fp1:aaaa000000000000"].merged_into == "fp1:bbbb000000000000"
    rows = top(store, TopQuery(at=at.replace(hour=11), length=timedelta(hours=3))).rows
    assert [(r.group.fingerprint, r.group.title, r.count) for r in rows] == [
        ("fp1:bbbb000000000000", "user <*>", 1)
    ]


def _taken_over_in(tmp_path, name, commits):
    """A store of four message groups (one resolved, one with an alert), then the takeovers of
    `commits`, each a list stored in one transaction; its state as takeovers leave it, but for
    the times they were stored at."""
    from datetime import datetime

    from errctl.models import MiningMemory

    store = DuckDBStore(tmp_path / f"{name}.duckdb")
    rows = [
        ("fp1:a000000000000000", "disk sda full", datetime(2026, 11, 28, 10)),
        ("fp1:b000000000000000", "disk <*> full", datetime(2026, 11, 28, 9)),
        ("fp1:c000000000000000", "disk sdb full on h1", datetime(2026, 11, 28, 8)),
        ("fp1:d000000000000000", "user alice", datetime(2026, 11, 28, 7)),
        ("fp1:e000000000000000", "user bob", datetime(2026, 11, 28, 11)),
    ]
    store.commit_batch(
        batches.batch(
            [
                {"fingerprint": fp, "template": t, "title": t, "timestamp": at, "line": i}
                for i, (fp, t, at) in enumerate(rows, 1)
            ]
        ),
        None,
        None,
        MiningMemory([(t, t) for _, t, _ in rows]),
    )
    with store._writer() as con:
        con.execute(
            "INSERT INTO group_state VALUES ('fp1:d000000000000000', 'resolved', "
            "TIMESTAMP '2026-11-28 12:00', NULL, NULL, NULL, NULL, NULL, NULL, "
            "TIMESTAMP '2026-11-28 12:00')"
        )
        con.execute(
            "INSERT INTO alert_state (rule, key, status, fired_count, updated_at) "
            "VALUES ('new', 'fp1:a000000000000000', 'firing', 1, "
            "TIMESTAMP '2026-11-28 12:00')"
        )
    for takeovers in commits:
        store.commit_batch(None, None, None, MiningMemory([], takeovers))
    with store._writer() as con:
        return {
            table: con.execute(query).fetchall()
            for table, query in {
                # By fingerprint: the row order of groups and states is no part of the
                # promise, and by rowid the two stores' groups differed in 1 run of 3 with
                # the same rows. (The state log's order, by seq, is.)
                "groups": "SELECT fingerprint, template, first_seen, first_event_id, count "
                "FROM groups ORDER BY fingerprint",
                "state": "SELECT * EXCLUDE (updated_at) FROM group_state ORDER BY fingerprint",
                "log": "SELECT seq, fingerprint, status, merged_into, "
                "updated_at < TIMESTAMP '2026-11-29' FROM group_state_log ORDER BY seq",
                "history": 'SELECT * EXCLUDE ("at") FROM group_history ORDER BY "at", rowid',
                "alerts": "SELECT rule, key, status FROM alert_state ORDER BY ALL",
                "examples": "SELECT * FROM template_examples ORDER BY ALL",
            }.items()
        }


def test_takeovers_stored_together_are_played_in_order(tmp_path):
    """`_take_over` plays a batch's takeovers on the rows it read once: a chain of them (a
    group taken over, its taker taken over in turn, a taker made with no event, a group the
    user resolved, a taken group with an alert) leaves the store as it does stored one per
    transaction."""
    from errctl.models import Takeover

    def fp(c):
        return f"fp1:{c}000000000000000"

    chain = [
        Takeover("disk sda full", fp("a"), "disk <*> full", fp("b")),
        Takeover("disk sdb full on h1", fp("c"), "disk <*> full on <*>", fp("f")),
        Takeover("disk <*> full", fp("b"), "disk <*> full on <*>", fp("f")),
        Takeover("disk sda full", fp("a"), "disk <*> full on <*>", fp("f")),  # taken already
        Takeover("user alice", fp("d"), "user <*>", fp("9")),  # resolved: the user's
        Takeover("user bob", fp("e"), "user <*>", fp("9")),
        Takeover("disk <*> full on <*>", fp("f"), "<*> full on <*>", fp("8")),
    ]
    together = _taken_over_in(tmp_path, "together", [chain])
    apart = _taken_over_in(tmp_path, "apart", [[t] for t in chain])
    assert together == apart
    assert together["state"][-1] == (fp("f"), "merged", *[None] * 6, fp("8"))
    assert {key for _, key, _ in together["alerts"]} == {fp("a"), fp("b"), fp("f"), fp("8")}


def test_the_registry_read_once_still_sees_what_another_connection_wrote(tmp_path):
    """source_candidates matches against a copy of the registry read through the open write
    connection; once that connection was let go, another process may have registered or
    advanced sources, and the next lookup must see them."""
    db = tmp_path / "s.duckdb"
    mine = DuckDBStore(db)
    mine.hold_seconds = 60.0  # as ingest holds it
    mine.initialise()
    assert mine.source_candidates("/logs/a.log", 1, 2, "h") == []
    mine.release()  # another process's turn
    other = DuckDBStore(db)
    src = other.register_source("/logs/a.log", 1, 2, 10, "h", None)
    other.commit_batch(None, None, replace(src, offset=500, lines=7))
    (found,) = mine.source_candidates("/logs/a.log", 1, 2, "h")
    assert (found.id, found.offset, found.lines) == (src.id, 500, 7)
    # And this process's own writes through the same connection keep the copy current.
    mine_src = mine.register_source("/logs/b.log", 1, 3, 10, "k", None)
    assert mine.source_candidates("/logs/b.log", 1, 3, "k") == [mine_src]
    mine.commit_batch(None, None, [replace(mine_src, offset=9, lines=1)])
    assert mine.source_candidates("/logs/b.log", 1, 3, "k")[0].offset == 9
    mine.release()


def test_a_new_source_is_stored_with_its_first_batch_not_on_its_own(tmp_path):
    """Registering a file writes nothing (a commit each was half of ingesting a folder of
    small files): its row is stored by the transaction of its first batch, and a run that ends
    before that batch leaves no trace of it, as it left no event of it."""
    import duckdb

    db = tmp_path / "s.duckdb"
    store = DuckDBStore(db)
    store.hold_seconds = 60.0  # as ingest holds it
    store.initialise()
    first = store.register_source("/logs/a.log", 1, 2, 10, "h", "json")
    never = store.register_source("/logs/empty.log", 1, 3, 0, "e", None)
    assert store.source_candidates("/logs/a.log", 1, 2, "h") == [first]  # seen in this run
    store.release()  # and across a connection let go and opened again
    assert store.source_candidates("/logs/a.log", 1, 2, "h") == [first]
    store.release()
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM sources").fetchall() == [(0,)]
    store.commit_batch(
        batch([{"line": 1, "fingerprint": "fp1:a"}]), None, replace(first, offset=40, lines=1)
    )
    store.commit_batch(None, None, replace(first, offset=80, lines=2))  # then updated
    store.release()
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute('SELECT id, path, "offset", lines, format FROM sources').fetchall()
    assert rows == [(first.id, "/logs/a.log", 80, 2, "json")]
    assert never.id != first.id
    # Another process sees the stored row, and not the source no batch stored.
    other = DuckDBStore(db)
    assert [s.offset for s in other.source_candidates("/logs/a.log", 1, 2, "h")] == [80]
    assert other.source_candidates("/logs/empty.log", 1, 3, "e") == []
    assert other.register_source("/logs/b.log", 1, 4, 10, "b", None).id not in (
        first.id,
        never.id,
    )


def test_candidates_list_the_same_path_first_then_the_latest_ingested(tmp_path):
    store = DuckDBStore(tmp_path / "s.duckdb")
    older = store.register_source("/logs/old-name.log", 1, 2, 10, "h", None)
    same_path = store.register_source("/logs/app.log", 5, 6, 10, "other", None)
    newer = store.register_source("/logs/copy.log", 7, 8, 10, "h", None)
    found = store.source_candidates("/logs/app.log", 1, 2, "h")
    assert [s.id for s in found] == [same_path.id, newer.id, older.id]


def test_a_batch_of_thousands_of_small_chunks_is_stored(db: Path):
    """A folder of 3,000 files of five lines makes one batch of 3,000 Arrow chunks. DuckDB
    scans each chunk with buffers of its own, which ran the writer out of its memory limit
    (96 MB) on 15,000 events; the error said only that the transaction was aborted."""
    one = batch([{"line": i, "fingerprint": "fp1:a"} for i in range(1, 6)])
    many = pa.concat_tables([one] * 4000)
    store = DuckDBStore(db)
    store.commit_batch(many, None, None)
    assert store.table_counts()["events"] == 20000


def test_a_failed_insert_says_why(db: Path):
    # A batch without a column fails its insert; the message names that error, not the
    # aborted transaction after it.
    store = DuckDBStore(db)
    bad = batch([{"line": 1, "fingerprint": "fp1:a"}]).drop_columns(["category"])
    with pytest.raises(StoreError) as failed:
        store.commit_batch(bad, None, None)
    assert "aborted" not in str(failed.value)
    assert '"category" not found' in str(failed.value)
