"""Numbered, append-only schema migrations for the DuckDB store.

Each migration is a function `mNNN_name(con)`; `migrate()` applies the missing ones in order,
each in its own transaction together with its row in `schema_migrations`, so a crash leaves the
store at a whole version. Never edit a migration that has shipped: add the next one.

Layout choices (the queries errctl runs most):
- `events` is append-only and written in roughly time order per source, so DuckDB's per-row-group
  min/max zone maps prune time-window scans without an index (an ART index would slow every
  insert and DuckDB does not use it for ranges).
- Counts by fingerprint over a window come from `group_hourly`, maintained at ingest, rather
  than from scanning events; `groups` holds each fingerprint's lifetime counters.
- One group's events: `fingerprint` is dictionary-compressed and scanned vectorised; groups
  are small in number, so this stays fast without an index.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Migration = Callable[[Any], None]


def m001_initial(con: Any) -> None:
    con.execute(
        "CREATE TYPE level_t AS ENUM ('trace', 'debug', 'info', 'warning', 'error', 'critical')"
    )
    con.execute("CREATE SEQUENCE source_ids START 1")
    con.execute(
        """
        CREATE TABLE events (
            id                 BIGINT NOT NULL,
            source             VARCHAR NOT NULL,
            line               BIGINT NOT NULL,
            timestamp          TIMESTAMP NOT NULL,   -- UTC
            timestamp_inferred BOOLEAN NOT NULL,
            level              level_t,
            service            VARCHAR,
            host               VARCHAR,
            logger             VARCHAR,
            message            VARCHAR NOT NULL,
            template           VARCHAR NOT NULL,
            fingerprint        VARCHAR NOT NULL,
            severity           VARCHAR,
            exception_type     VARCHAR,
            exception_value    VARCHAR,
            stack              JSON,
            trace_id           VARCHAR,
            attributes         JSON,
            format             VARCHAR,
            ingested_at        TIMESTAMP NOT NULL
        )
        """
    )
    con.execute(
        """
        CREATE TABLE groups (
            fingerprint    VARCHAR PRIMARY KEY,
            title          VARCHAR NOT NULL,
            template       VARCHAR NOT NULL,
            exception_type VARCHAR,
            first_seen     TIMESTAMP NOT NULL,
            last_seen      TIMESTAMP NOT NULL,
            count          BIGINT NOT NULL,
            max_level      level_t,
            first_event_id BIGINT,
            last_event_id  BIGINT
        )
        """
    )
    con.execute(
        """
        CREATE TABLE group_hourly (
            fingerprint VARCHAR NOT NULL,
            hour        TIMESTAMP NOT NULL,
            count       BIGINT NOT NULL,
            PRIMARY KEY (fingerprint, hour)
        )
        """
    )
    con.execute(
        """
        CREATE TABLE sources (
            id             INTEGER PRIMARY KEY,
            path           VARCHAR NOT NULL,
            dev            UBIGINT,
            inode          UBIGINT,
            head_len       INTEGER NOT NULL,
            head_hash      VARCHAR NOT NULL,
            "offset"       BIGINT NOT NULL,
            lines          BIGINT NOT NULL,
            format         VARCHAR,
            first_ingested TIMESTAMP NOT NULL,
            last_ingested  TIMESTAMP NOT NULL
        )
        """
    )
    con.execute(
        """
        CREATE TABLE quarantine (
            source      VARCHAR NOT NULL,
            line        BIGINT NOT NULL,
            reason      VARCHAR NOT NULL,
            raw         BLOB NOT NULL,       -- the line's bytes as read (truncated past 64 KiB)
            ingested_at TIMESTAMP NOT NULL
        )
        """
    )


MIGRATIONS: tuple[Migration, ...] = (m001_initial,)


def migrate(con: Any) -> list[str]:
    """Apply the missing migrations; returns the names applied."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations "
        "(version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)"
    )
    applied = {row[0] for row in con.execute("SELECT version FROM schema_migrations").fetchall()}
    done: list[str] = []
    for version, migration in enumerate(MIGRATIONS, start=1):
        if version in applied:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            migration(con)
            con.execute(
                "INSERT INTO schema_migrations VALUES (?, ?, now()::TIMESTAMP)",
                [version, migration.__name__],
            )
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        done.append(migration.__name__)
    return done


def latest_version() -> int:
    return len(MIGRATIONS)
