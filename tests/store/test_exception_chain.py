"""`events.exception_chain` (m014): each event's exception chain as `Type: message` lines,
written at ingest from the stored chain and filled by the migration in stores made before."""

from __future__ import annotations

from pathlib import Path

import duckdb
import orjson

from errctl.models import EventFilter
from errctl.store.duckdb_store import WRITER_CONFIG, DuckDBStore
from tests import batches
from tests.old_stores import store_at

CHAIN = [
    {
        "type": "org.springframework.dao.DataAccessResourceFailureException",
        "value": "could not execute statement",
        "language": "java",
        "frames": [{"module": "com.acme.orders.OrderRepository", "function": "save"}],
    },
    {
        "type": "org.postgresql.util.PSQLException",
        "value": "FATAL: terminating connection due to administrator command",
        "language": "java",
        "frames": [{"module": "org.postgresql.core.v3.QueryExecutorImpl", "function": "execute"}],
    },
    {"type": "java.io.EOFException", "value": "", "language": "java", "frames": []},
]
CHAIN_TEXT = (
    "org.springframework.dao.DataAccessResourceFailureException: could not execute statement\n"
    "org.postgresql.util.PSQLException: FATAL: terminating connection due to administrator "
    "command\njava.io.EOFException"
)


def _chains(db: Path) -> dict[int, str | None]:
    with duckdb.connect(str(db), read_only=True) as con:
        return dict(con.execute("SELECT line, exception_chain FROM events").fetchall())


def test_ingest_writes_the_chain_without_frames(db: Path):
    store = DuckDBStore(db)
    store.commit_batch(
        batches.batch(
            [
                {
                    "line": 1,
                    "exception_type": CHAIN[0]["type"],
                    "exception_value": CHAIN[0]["value"],
                    "stack": orjson.dumps(CHAIN).decode(),
                },
                {"line": 2},
            ]
        ),
        None,
        None,
    )
    store.release()
    assert _chains(db) == {1: CHAIN_TEXT, 2: None}


def test_the_migration_fills_the_chain_of_an_old_store(db: Path):

    con = store_at(db, 12)  # a store as m012 left it
    row = (
        "INSERT INTO events (id, source, line, timestamp, timestamp_inferred, level, message, "
        "template, fingerprint, exception_type, exception_value, stack, ingested_at) "
        "VALUES (?, '/logs/app.log', ?, TIMESTAMP '2024-05-01 12:00:00', false, 'error', ?, ?, "
        "'fp1:aaaa000000000000', ?, ?, ?, now()::TIMESTAMP)"
    )
    con.executemany(
        row,
        [
            [1, 1, "order 7 not saved", "order <*> not saved", CHAIN[0]["type"],
             CHAIN[0]["value"], orjson.dumps(CHAIN).decode()],
            [2, 2, "GET /health 200", "GET /health 200", None, None, None],
            # An exception without a stored chain keeps its own line.
            [3, 3, "worker died", "worker died", "MemoryError", "", None],
            [4, 4, "retry failed", "retry failed", "TimeoutError", "after 3 tries", None],
        ],
    )  # fmt: skip
    con.close()

    store = DuckDBStore(db)  # any open brings the schema up to date
    hits = [e.line for e in store.search(EventFilter(text=("terminating connection",)), limit=9)]
    assert hits == [1]
    assert _chains(db) == {
        1: CHAIN_TEXT,
        2: None,
        3: "MemoryError",
        4: "TimeoutError: after 3 tries",
    }
    assert [e.line for e in store.search(EventFilter(text=("EOFException",)), limit=9)] == [1]
    assert [e.line for e in store.search(EventFilter(text=("QueryExecutorImpl",)), limit=9)] == []
    assert [e.line for e in store.search(EventFilter(stack=("QueryExecutorImpl",)), limit=9)] == [1]
    assert [e.line for e in store.search(EventFilter(text=("3 tries",)), limit=9)] == [4]


def test_the_migration_of_a_store_larger_than_the_writers_memory_limit(db: Path):
    """A writer opens the store with a small memory limit (WRITER_CONFIG); filling the chain
    of 15,000 events with deep stacks in one transaction needs more, and the store could not
    be opened at all ("migrating the store failed: Out of Memory Error")."""

    con = store_at(db, 13)  # a store as m013 left it
    frames = [{"module": f"com.acme.M{i}", "function": "f", "lineno": i} for i in range(120)]
    stack = orjson.dumps([{**CHAIN[0], "value": "VALUE", "frames": frames}]).decode()
    con.execute(
        "INSERT INTO events (id, source, line, timestamp, timestamp_inferred, level, message, "
        "template, fingerprint, exception_type, exception_value, stack, ingested_at) "
        "SELECT i, '/logs/app.log', i, TIMESTAMP '2024-05-01 12:00:00', false, 'error', "
        "'order ' || i, 'order <*>', 'fp1:aaaa000000000000', ?, 'order ' || i || repeat('x', 200), "
        "replace(?, 'VALUE', 'order ' || i || repeat('x', 200)), now()::TIMESTAMP "
        "FROM range(1, 15001) t(i)",
        [CHAIN[0]["type"], stack],
    )
    con.close()

    store = DuckDBStore(db)
    assert store.event(15000) is not None  # any open migrates
    with duckdb.connect(str(db), read_only=True) as con:
        filled = con.execute("SELECT count(exception_chain) FROM events").fetchone()[0]
        limit = con.execute("SELECT current_setting('memory_limit')").fetchone()[0]
    with duckdb.connect(config={"memory_limit": WRITER_CONFIG["memory_limit"]}) as con:
        writers = con.execute("SELECT current_setting('memory_limit')").fetchone()[0]
    assert filled == 15000
    assert limit != writers  # a reader's default, not the writer's
    # The writer's own limit is back once the migrations are done.
    with store._writer() as writer:
        assert writer.execute("SELECT current_setting('memory_limit')").fetchone()[0] == writers


def test_a_migration_that_writes_more_than_the_writers_memory_limit(db: Path):
    """m014 on a large store (5M events, 200,000 of them with a stack) wrote more new column
    data than the writer's memory limit. The migration committed, but that data stays in
    memory until a checkpoint, so setting the writer's limit back failed, and the command
    said "migrating the store failed" (exit 4) over a store that had migrated."""

    con = store_at(db, 13)  # a store as m013 left it
    con.execute(
        "INSERT INTO events (id, source, line, timestamp, timestamp_inferred, level, message, "
        "template, fingerprint, exception_type, exception_value, ingested_at) "
        "SELECT i, '/logs/app.log', i, TIMESTAMP '2024-05-01 12:00:00', false, 'error', "
        "'order ' || i, 'order <*>', 'fp1:aaaa000000000000', 'ValueError', "
        # Distinct texts, which DuckDB cannot store as one dictionary entry: 150 MB in all.
        "md5(i::VARCHAR) || repeat(md5((i * 7)::VARCHAR), 45), now()::TIMESTAMP "
        "FROM range(1, 100001) t(i)"
    )
    con.close()

    store = DuckDBStore(db)
    assert store.event(100000) is not None  # any open migrates, and succeeds
    with duckdb.connect(str(db), read_only=True) as con:
        filled = con.execute("SELECT count(exception_chain) FROM events").fetchone()[0]
    assert filled == 100000
    with duckdb.connect(config={"memory_limit": WRITER_CONFIG["memory_limit"]}) as con:
        writers = con.execute("SELECT current_setting('memory_limit')").fetchone()[0]
    with store._writer() as writer:
        assert writer.execute("SELECT current_setting('memory_limit')").fetchone()[0] == writers
