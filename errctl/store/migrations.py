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
- Distinct services, hosts and users per group come from `group_dims` (m002), also kept at
  ingest, one row per (group, dimension, value) with its count, at most 1,000 values per group
  and dimension (m011, `dim_sample.py`).
- One group's events: `fingerprint` is dictionary-compressed and scanned vectorised; groups
  are small in number, so this stays fast without an index.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
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


def m002_group_dims(con: Any) -> None:
    """Groups learn their top severity and which services, hosts and users they touch.

    `group_dims` holds one row per (group, dimension, value) with its event count, upserted per
    ingest batch like `group_hourly`, so `errctl groups` and `show` read distinct services,
    hosts and users without scanning events. Existing stores are backfilled from their events
    with the rules ingest applied when this migration was written (spelled out here rather than
    imported, so that a later change to those rules cannot change this migration).
    """
    con.execute("ALTER TABLE groups ADD COLUMN max_severity VARCHAR")
    con.execute(
        """
        CREATE TABLE group_dims (
            fingerprint VARCHAR NOT NULL,
            dim         VARCHAR NOT NULL,     -- service | host | user
            value       VARCHAR NOT NULL,
            count       BIGINT NOT NULL,
            PRIMARY KEY (fingerprint, dim, value)
        )
        """
    )
    con.execute(
        """
        UPDATE groups SET max_severity = s.top
        FROM (SELECT fingerprint,
                     arg_max(severity, coalesce(list_position(
                         ['low', 'medium', 'high', 'critical'], severity), 0)) AS top
              FROM events GROUP BY fingerprint) AS s
        WHERE groups.fingerprint = s.fingerprint
        """
    )
    con.execute(
        """
        INSERT INTO group_dims
        SELECT fingerprint, 'service', service, count(*)
        FROM events WHERE service IS NOT NULL GROUP BY ALL
        UNION ALL
        SELECT fingerprint, 'host', host, count(*) FROM events WHERE host IS NOT NULL GROUP BY ALL
        UNION ALL
        SELECT fingerprint, 'user', u, count(*)
        FROM (SELECT fingerprint,
                     CASE WHEN contains(CAST(attributes AS VARCHAR), 'user') THEN list_filter(
                         json_extract_string(attributes, ['$.user_id', '$.userId', '$.username',
                             '$.user.id', '$."user.id"', '$.user']),
                         lambda u: u IS NOT NULL AND NOT starts_with(u, '{')
                              AND NOT starts_with(u, '['))[1] END AS u
              FROM events)
        WHERE u IS NOT NULL GROUP BY ALL
        """
    )


def m003_event_category(con: Any) -> None:
    """The category label a severity rule gives an event (database, auth, payment, ...)."""
    con.execute("ALTER TABLE events ADD COLUMN category VARCHAR")


def m004_group_lifecycle(con: Any) -> None:
    """Groups get a life: resolved, ignored (with a condition), merged; and a history.

    `group_state` holds one row per group that was ever acted on (no row: unresolved).
    Derived states (regressed, an ignore that expired) are decided at query time from event
    timestamps and these columns, so a read-only reader sees them and re-ingesting old logs
    (timestamps before `resolved_at`) never regresses a group. `merged_into` names the group
    that later events of this one are stored under (ingest consults it). `group_history` is
    append-only: every transition with its time, the OS user and a note.
    """
    con.execute(
        """
        CREATE TABLE group_state (
            fingerprint        VARCHAR PRIMARY KEY,
            status             VARCHAR NOT NULL,  -- unresolved | resolved | ignored | merged
            resolved_at        TIMESTAMP,         -- UTC; events after it regress the group
            ignored_at         TIMESTAMP,
            ignored_until      TIMESTAMP,         -- ignore until this time ...
            ignore_until_count BIGINT,            -- ... or this many more events ...
            ignore_until_rate  BIGINT,            -- ... or this many events in
            ignore_rate_hours  INTEGER,           --     this many hours
            merged_into        VARCHAR,
            updated_at         TIMESTAMP NOT NULL
        )
        """
    )
    con.execute(
        """
        CREATE TABLE group_history (
            fingerprint VARCHAR NOT NULL,
            "at"        TIMESTAMP NOT NULL,       -- UTC (quoted: a keyword)
            action      VARCHAR NOT NULL,         -- resolve | ignore | reopen | merge | merged
            actor       VARCHAR,
            note        VARCHAR,
            details     JSON
        )
        """
    )


def m005_alerts(con: Any) -> None:
    """Alerting state (errctl.alert): what fired, the outbox of notifications, silences.

    `alert_state` holds one row per (rule, key) that ever fired, key being a fingerprint or
    `*` (a rule over all its matching events): the last notification time decides cooldowns,
    `episode` what an edge rule (a regression) already fired for. `alert_outbox` holds every
    notification per receiver with its rendered body, written in the same transaction as the
    state that caused it, and marked delivered only once a receiver acknowledged it; a claim
    (`claimed_by` host:pid, `claimed_until`) keeps two overlapping runs from sending one item
    twice. `alert_silences` holds silences with their label matchers and expiry.
    """
    con.execute(
        """
        CREATE TABLE alert_state (
            rule        VARCHAR NOT NULL,
            key         VARCHAR NOT NULL,      -- a fingerprint, or '*'
            status      VARCHAR NOT NULL,      -- firing | resolved
            last_fired  TIMESTAMP,             -- UTC, the evaluation time of the last notice
            episode     VARCHAR,
            value       DOUBLE,
            fired_count BIGINT NOT NULL,
            updated_at  TIMESTAMP,
            PRIMARY KEY (rule, key)
        )
        """
    )
    con.execute(
        """
        CREATE TABLE alert_outbox (
            id            VARCHAR NOT NULL,    -- the notification id (webhook-id)
            receiver      VARCHAR NOT NULL,
            rule          VARCHAR,
            key           VARCHAR,
            kind          VARCHAR NOT NULL,    -- firing | resolved | summary | test | message
            title         VARCHAR NOT NULL,
            body          BLOB NOT NULL,       -- the exact bytes sent
            status        VARCHAR NOT NULL,    -- pending | delivered
            attempts      INTEGER NOT NULL,
            next_attempt  TIMESTAMP,           -- not before (a Retry-After); NULL: now
            last_error    VARCHAR,
            created_at    TIMESTAMP NOT NULL,
            delivered_at  TIMESTAMP,
            claimed_by    VARCHAR,             -- host:pid of the run sending it
            claimed_until TIMESTAMP,
            PRIMARY KEY (id, receiver)
        )
        """
    )
    con.execute(
        """
        CREATE TABLE alert_silences (
            id         VARCHAR PRIMARY KEY,
            matchers   JSON NOT NULL,          -- [[label, glob], ...]
            created_by VARCHAR,
            comment    VARCHAR,
            created_at TIMESTAMP NOT NULL,
            expires_at TIMESTAMP NOT NULL
        )
        """
    )


def m006_group_dim_counts(con: Any) -> None:
    """Each group's distinct services, hosts and users, kept on `groups` (`n_services`,
    `n_hosts`, `n_users`), so that `top` and `groups` read one row per group instead of counting
    `group_dims`, which holds one row per distinct user (millions in a large store).

    `group_dims.first_batch` is the first event id of the batch that first saw the row: a batch
    adds to the counters exactly the rows it inserted, found by that marker (rows are appended,
    so the scan skips everything older). Existing rows get 0 and the counters are filled once
    here.
    """
    for column in ("n_services", "n_hosts", "n_users"):
        con.execute(f"ALTER TABLE groups ADD COLUMN {column} BIGINT NOT NULL DEFAULT 0")
    con.execute("ALTER TABLE group_dims ADD COLUMN first_batch BIGINT NOT NULL DEFAULT 0")
    con.execute(
        """
        UPDATE groups SET n_services = d.s, n_hosts = d.h, n_users = d.u
        FROM (
            SELECT fingerprint,
                   count(*) FILTER (WHERE dim = 'service') AS s,
                   count(*) FILTER (WHERE dim = 'host') AS h,
                   count(*) FILTER (WHERE dim = 'user') AS u
            FROM group_dims GROUP BY fingerprint
        ) d
        WHERE groups.fingerprint = d.fingerprint
        """
    )


TOP_SERVICE = """SELECT fingerprint, first(value ORDER BY count DESC, value) AS value,
       max(count) AS count
FROM {rows} GROUP BY fingerprint"""
"""Each group's most frequent service (a tie goes to the first by name) and its count, over some
service rows (fingerprint, value, count) of `group_dims`."""


def m007_group_top_service(con: Any) -> None:
    """Each group's most frequent service, kept on `groups` (`top_service`, with its event count
    `top_service_count`), so that listings read it from the group's row: finding it in
    `group_dims` reads that table's value column, millions of user names in a large store
    (25 ms of every `top` at 10M events). Ingest keeps both up to date per batch."""
    con.execute("ALTER TABLE groups ADD COLUMN top_service VARCHAR")
    con.execute("ALTER TABLE groups ADD COLUMN top_service_count BIGINT NOT NULL DEFAULT 0")
    service_rows = "(SELECT * FROM group_dims WHERE dim = 'service')"
    con.execute(
        f"""
        UPDATE groups SET top_service = t.value, top_service_count = t.count
        FROM ({TOP_SERVICE.format(rows=service_rows)}) t
        WHERE groups.fingerprint = t.fingerprint
        """
    )


def m008_template_examples(con: Any) -> None:
    """A few distinct masked messages of each message template (`EXAMPLES_PER_TEMPLATE`), which
    template mining mines again with later messages (`errctl.fingerprint.memory`): a log ingested
    a few lines at a time then groups as it does ingested at once. A store made before starts
    empty and fills as it ingests; nothing is looked up by row, so there is no index."""
    con.execute(
        "CREATE TABLE template_examples (template VARCHAR NOT NULL, example VARCHAR NOT NULL)"
    )


def m009_alert_labels(con: Any) -> None:
    """The labels each (rule, key) last fired with (`alert_state.labels`, a JSON object), so
    that its resolve carries the very labels of its firing: Alertmanager tells alerts apart by
    their labels, and a group's top service, level or severity may change between the firing
    and the resolve (the resolve would be another alert, and the firing one stay open). States
    recorded before have none: their resolve is labelled as before, from the group as it is."""
    con.execute("ALTER TABLE alert_state ADD COLUMN labels JSON")


def m010_group_dims_unindexed(con: Any) -> None:
    """`group_dims` without its primary key: DuckDB keeps a key's index (an ART) in memory,
    outside its buffer pool's eviction, and with one row per distinct user the index of a large
    store outgrew the writer's memory limit (95 MB at 1.3M rows, 3.3M events of genlogs' JSON:
    ingest failed with an out-of-memory error). Ingest now adds a batch's counts with an update
    and an insert of the rows not there yet (`BatchWrites._store_staged`), which needs no index.
    DuckDB cannot drop a key, so the table is copied."""
    con.execute(
        """
        CREATE TABLE group_dims_unindexed (
            fingerprint VARCHAR NOT NULL,
            dim         VARCHAR NOT NULL,     -- service | host | user
            value       VARCHAR NOT NULL,
            count       BIGINT NOT NULL,
            first_batch BIGINT NOT NULL DEFAULT 0
        )
        """
    )
    con.execute(
        "INSERT INTO group_dims_unindexed "
        "SELECT fingerprint, dim, value, count, first_batch FROM group_dims"
    )
    con.execute("DROP TABLE group_dims")
    con.execute("ALTER TABLE group_dims_unindexed RENAME TO group_dims")


def m011_group_dims_sampled(con: Any) -> None:
    """A group keeps at most 1,000 values per dimension (`errctl/store/dim_sample.py`): each
    row gets the hash it is sampled by, and a dimension with more values keeps the 1,000 with
    the smallest hashes, its counter on `groups` becoming the sketch's estimate. Spelled out
    here rather than imported, so that a later change to the sampling cannot change this
    migration (ingest applies the current sample size to a group as soon as it sees it)."""
    con.execute("ALTER TABLE group_dims ADD COLUMN hash UBIGINT")
    con.execute("UPDATE group_dims SET hash = md5_number_lower(value)")
    con.execute(
        """
        CREATE TEMP TABLE m011_cuts AS
        SELECT fingerprint, dim, max(hash) FILTER (WHERE r = 1000) AS kth,
               max(hash) FILTER (WHERE r = 1001) AS cut
        FROM (SELECT fingerprint, dim, hash,
                     row_number() OVER (PARTITION BY fingerprint, dim ORDER BY hash, value) AS r
              FROM group_dims)
        GROUP BY ALL HAVING count(*) > 1000
        """
    )
    con.execute(
        """
        DELETE FROM group_dims USING m011_cuts c
        WHERE group_dims.fingerprint = c.fingerprint AND group_dims.dim = c.dim
          AND group_dims.hash >= c.cut
        """
    )
    for dim, column in (("service", "n_services"), ("host", "n_hosts"), ("user", "n_users")):
        con.execute(
            f"""
            UPDATE groups
            SET {column} = greatest(1001, round(999 * 18446744073709551616.0 / c.kth::DOUBLE))
            FROM m011_cuts c
            WHERE c.dim = '{dim}' AND groups.fingerprint = c.fingerprint
            """
        )
    con.execute("DROP TABLE m011_cuts")


def m012_group_dims_without_first_batch(con: Any) -> None:
    """`group_dims.first_batch` (m006) goes: since m010 a batch adds its counts with an update
    and an insert of the rows not there yet, and nothing has read or written the column."""
    con.execute("ALTER TABLE group_dims DROP COLUMN first_batch")


def m013_group_state_log(con: Any) -> None:
    """Every lifecycle state a group took, with the time it took effect, so that `top`, `report`
    and `alert --at T` replay the states as they stood at T (`DuckDBStore.replaying`).

    `group_state_log` holds the whole `group_state` row after each change (its `updated_at`
    the time the change took effect: the resolve's, ignore's, reopen's or merge's `--at`; for a
    template that ingest took over, the taken group's first event, as the takeover corrects the
    grouping at every time), with `seq` to order changes made at one time. The state
    at T is each group's last row with `updated_at <= T` (none: unresolved). `group_state` stays
    the present state, which everything without `--at` reads as before.

    An existing store's log is rebuilt from `group_history`, whose entries hold everything but
    whole states: a resolve its time, an ignore its conditions (`details`), a merge the group
    merged into; and a merge moves the groups merged into the merged one on to its target,
    with no entry of their own. The rules are spelled out here rather than imported, so that a
    later change to the lifecycle cannot change this migration. A present state that history
    does not lead to (written by something that left no entry) is logged as of its
    `updated_at`: before that the group replays as unresolved.
    """
    import json
    from datetime import datetime

    con.execute("CREATE SEQUENCE group_state_seq START 1")
    con.execute(
        """
        CREATE TABLE group_state_log (
            seq                BIGINT NOT NULL,
            fingerprint        VARCHAR NOT NULL,
            status             VARCHAR NOT NULL,
            resolved_at        TIMESTAMP,
            ignored_at         TIMESTAMP,
            ignored_until      TIMESTAMP,
            ignore_until_count BIGINT,
            ignore_until_rate  BIGINT,
            ignore_rate_hours  INTEGER,
            merged_into        VARCHAR,
            updated_at         TIMESTAMP NOT NULL  -- UTC: when this state took effect
        )
        """
    )
    entries = con.execute(
        'SELECT fingerprint, "at", action, actor, details FROM group_history ORDER BY "at", rowid'
    ).fetchall()
    first_seen = dict(con.execute("SELECT fingerprint, first_seen FROM groups").fetchall())
    # fingerprint -> (status, resolved_at, ignored_at, ignored_until, until_count, until_rate,
    # rate_hours, merged_into), and the time it took effect
    state: dict[str, tuple] = {}
    since: dict[str, datetime] = {}
    log: list[tuple] = []

    def put(fp: str, row: tuple, at: datetime) -> None:
        state[fp], since[fp] = row, at
        log.append((fp, *row, at))

    def until_time(text: str | None) -> datetime | None:
        if not text:
            return None
        return datetime.fromisoformat(text.removesuffix("Z"))

    for fp, at, action, actor, details_text in entries:
        details = json.loads(details_text) if details_text else {}
        if action == "resolve":
            put(fp, ("resolved", at, None, None, None, None, None, None), at)
        elif action == "ignore":
            rate, hours = None, None
            if details.get("until_rate"):
                n, per = details["until_rate"].split("/")  # "50/1h": written so by `ignore`
                rate, hours = int(n), int(per.removesuffix("h"))
            row = ("ignored", None, at, until_time(details.get("until")),
                   details.get("until_count"), rate, hours, None)  # fmt: skip
            put(fp, row, at)
        elif action == "reopen":
            put(fp, ("unresolved", None, None, None, None, None, None, None), at)
        elif action == "merged" and details.get("into"):
            into = details["into"]
            # Ingest taking a template over (the actor it records) corrects the grouping: it
            # holds at every time, and the groups merged into the taken one follow it from
            # when they were merged (as ingest logs it since this migration).
            takeover = actor == "errctl ingest"
            start = min(first_seen.get(fp, at), at) if takeover else at
            put(fp, ("merged", None, None, None, None, None, None, into), start)
            for other, row in list(state.items()):  # merges stay one hop: they follow
                if other != fp and row[7] == fp:
                    put(other, (*row[:7], into), since[other] if takeover else at)
    present = {
        fp: (tuple(rest), updated)
        for fp, *rest, updated in con.execute(
            "SELECT fingerprint, status, resolved_at, ignored_at, ignored_until, "
            "ignore_until_count, ignore_until_rate, ignore_rate_hours, merged_into, updated_at "
            "FROM group_state"
        ).fetchall()
    }
    for fp, (row, updated) in sorted(present.items()):
        if state.get(fp, ("unresolved", *[None] * 7)) != row:
            log.append((fp, *row, updated))
    if log:
        con.executemany(
            "INSERT INTO group_state_log VALUES (nextval('group_state_seq'), "
            "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [list(r) for r in log],
        )


def m014_exception_chain(con: Any) -> None:
    """Each event's exception chain as `Type: message` lines (`events.exception_chain`), raised
    first then every cause, without frames: free-text search reads it, so a term that names a
    `Caused by:` exception finds its events, where the stack (frames and all, JSON) cost a
    free-text scan of a large store over half as much again. Ingest writes it (the Normalizer,
    once per distinct trace; `sql_fragments.EXCEPTION_CHAIN` for a batch without it); existing
    events are filled here by the rule of this migration's time, spelled out rather than
    imported so a later change cannot alter it. Events without an exception keep NULL."""
    con.execute("ALTER TABLE events ADD COLUMN exception_chain VARCHAR")
    con.execute(
        """
        UPDATE events SET exception_chain = CASE
            WHEN stack IS NOT NULL THEN array_to_string(list_transform(
                from_json(stack, '[{"type": "VARCHAR", "value": "VARCHAR"}]'),
                lambda e: CASE WHEN coalesce(e.value, '') = '' THEN e.type
                               ELSE e.type || ': ' || e.value END), chr(10))
            ELSE CASE WHEN coalesce(exception_value, '') = '' THEN exception_type
                      ELSE exception_type || ': ' || exception_value END
        END
        WHERE stack IS NOT NULL OR exception_type IS NOT NULL
        """
    )


def m015_template_families(con: Any) -> None:
    """The families (`errctl.fingerprint.memory.mining_family`: the program a log names, else
    the format its lines are written in) whose messages got each message template, so that
    template mining mines a family's new messages with its own templates' examples only:
    another program's messages mislead it. A template with no row here (all of a store made
    before) belongs to every family."""
    con.execute(
        "CREATE TABLE template_families (template VARCHAR NOT NULL, family VARCHAR NOT NULL)"
    )


def m016_source_last_record(con: Any) -> None:
    """The events each source's last read left open at its end: where the first begins, their
    lines and ids (`SourceState.record_offset`), so that a later read can go on with them.
    Sources stored before have none: their next read starts where the last one ended, as it
    always did. And how much of a source's start its formats were detected from."""
    con.execute("ALTER TABLE sources ADD COLUMN record_offset BIGINT")
    con.execute("ALTER TABLE sources ADD COLUMN record_lines BIGINT[]")
    con.execute("ALTER TABLE sources ADD COLUMN record_events BIGINT[]")
    con.execute("ALTER TABLE sources ADD COLUMN detected_from BIGINT")


MIGRATIONS: tuple[Migration, ...] = (
    m001_initial,
    m002_group_dims,
    m003_event_category,
    m004_group_lifecycle,
    m005_alerts,
    m006_group_dim_counts,
    m007_group_top_service,
    m008_template_examples,
    m009_alert_labels,
    m010_group_dims_unindexed,
    m011_group_dims_sampled,
    m012_group_dims_without_first_batch,
    m013_group_state_log,
    m014_exception_chain,
    m015_template_families,
    m016_source_last_record,
)


def migrate(con: Any) -> list[str]:
    """Apply the missing migrations; returns the names applied."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations "
        "(version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)"
    )
    applied = {row[0] for row in con.execute("SELECT version FROM schema_migrations").fetchall()}
    pending = [(v, m) for v, m in enumerate(MIGRATIONS, start=1) if v not in applied]
    if not pending:
        return []
    # A writer runs with a small memory limit (duckdb_store.WRITER_CONFIG: ingest's cache), and
    # a migration that rewrites a column of a large store in one transaction holds more than
    # that (m014 on 400,000 events with stacks ran out at 128 MB, and the store could not be
    # opened at all). Migrations run once per store: they get DuckDB's default (80% of RAM).
    with default_memory_limit(con):
        return [_apply(con, version, migration) for version, migration in pending]


@contextlib.contextmanager
def default_memory_limit(con: Any) -> Iterator[None]:
    """DuckDB's default memory limit (80% of RAM) on `con` for a while, then the limit it had
    again (`restore_memory_limit`): for work that holds more than a writer's small cache."""
    limit = con.execute("SELECT current_setting('memory_limit')").fetchone()[0]
    con.execute("RESET memory_limit")
    try:
        yield
    finally:
        restore_memory_limit(con, limit)


def restore_memory_limit(con: Any, limit: str) -> None:
    """Set the writer's limit back after the migrations. What a migration wrote stays in memory
    until a checkpoint writes it to the file (a committed UPDATE of 2M rows: 377 MB held, 40 MB
    after CHECKPOINT), and DuckDB will not set a limit below what it holds: m014 on a store of
    10M events failed the open ("could not free up enough memory") after the migration had
    committed. So the checkpoint comes first."""
    with contextlib.suppress(Exception):  # a failed migration's error is the one to report
        con.execute("CHECKPOINT")
    con.execute(f"SET memory_limit = '{limit}'")


def _apply(con: Any, version: int, migration: Migration) -> str:
    """One migration and its row in schema_migrations, in one transaction."""
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
    return migration.__name__


def latest_version() -> int:
    return len(MIGRATIONS)
