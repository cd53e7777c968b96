"""The embedded DuckDB store: connection lifecycle, locking, and the queries errctl runs.

Its writes live beside it as mixins: ingest batches (batch_writes.py), alert state
(alert_tables.py) and pruning (retention.py); SQL both sides use is in sql_fragments.py.

Concurrency (DESIGN.md section 3): DuckDB admits one writer *process*, and a process that holds
the file read-write also shuts out readers. So nothing here keeps a connection open longer than
one unit of work: a writer opens, commits one batch (events, group counters, hourly buckets,
quarantined lines and the source offset, in ONE transaction) and closes; a reader opens
read-only for one query. A busy store is waited for, up to `lock_timeout` seconds, with one
message through `on_wait`, then `StoreLockedError` (exit 4).

Crash safety comes from DuckDB's write-ahead log: a transaction is either replayed whole or not
at all when the store is next opened, so a killed ingest leaves every batch all-or-nothing and
the source offset always agrees with the events stored.
"""

from __future__ import annotations

import contextlib
import math
import os
import random
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb
import orjson

from errctl.errors import StoreError, StoreLockedError, UsageError
from errctl.models import (
    EVENT_FIELDS,
    EXAMPLES_PER_TEMPLATE,
    GROUP_SORTS,
    LEVELS,
    DimensionCounts,
    Event,
    EventFilter,
    GroupFilter,
    GroupState,
    GroupSummary,
    HistoryEntry,
    SourceState,
)
from errctl.store.alert_tables import AlertTables
from errctl.store.batch_writes import BatchWrites
from errctl.store.dim_sample import (
    SAMPLE_SIZE,
    distinct_values,
)
from errctl.store.dim_sample import counter as dim_counter
from errctl.store.migrations import latest_version, migrate
from errctl.store.regex_literal import required_literal
from errctl.store.retention import Retention
from errctl.store.source_registry import Registered, RegistryCopy
from errctl.store.sql_fragments import (
    GROUP_DIMENSIONS,
    LOG_STATES,
    SEVERITY_RANK,
    STATE_COLUMNS,
    STATES_AS_OF,
    TITLE,
    USER_ID,
    dims_select,
)

if TYPE_CHECKING:  # query commands never load pyarrow: ~0.1 s of start-up
    import pyarrow as pa

_EVENT_COLUMNS = ", ".join(EVENT_FIELDS)
_HOUR = timedelta(hours=1)
_CUT_RUN_GAP = timedelta(hours=4)  # window_counts reads cut hours this close in one scan


def _floor_hour(ts: datetime) -> datetime:
    return ts.replace(minute=0, second=0, microsecond=0)


_umask_lock = threading.Lock()
_umask_depth = 0
_umask_saved = 0


@contextlib.contextmanager
def _owner_only() -> Iterator[None]:
    """Files and directories created inside are the owner's alone (umask 077): the store, the
    directories made for it, and what DuckDB makes beside it while writing (the .wal, which it
    creates with the process umask on each write after a checkpoint, and the .tmp spill dir).
    The umask is per process: a depth count keeps overlapping writers from restoring it early."""
    global _umask_depth, _umask_saved
    with _umask_lock:
        if _umask_depth == 0:
            _umask_saved = os.umask(0o077)
        _umask_depth += 1
    try:
        yield
    finally:
        with _umask_lock:
            _umask_depth -= 1
            if _umask_depth == 0:
                os.umask(_umask_saved)


SOURCE_ID_BLOCK = 64
"""Source ids taken from the sequence at once: taking one is a commit of its own."""


@dataclass(frozen=True)
class SeverityKey:
    """What `reclassify_batch` groups events by: the event columns severity rules read, the
    attribute paths they read (as text), and whether the defaults' crash test holds (the
    regex `crash_regex` over message and exception type at level error or warning, and
    `died_regex` at level info: severity.defaults.looks_like_crash)."""

    columns: tuple[str, ...]
    attributes: tuple[str, ...] = ()
    crash_regex: str | None = None
    died_regex: str | None = None

    _COLUMNS = frozenset(
        ("level", "service", "host", "logger", "exception_type", "template", "message", "source")
    )

    def select(self) -> tuple[list[str], list[str], list[Any]]:
        """(output names, SQL expressions over `events`, their parameters in order)."""
        names: list[str] = []
        exprs: list[str] = []
        params: list[Any] = []
        for column in self.columns:
            if column not in self._COLUMNS:
                raise ValueError(f"not a severity key column: {column!r}")
            names.append(column)
            exprs.append(f"events.{column}::VARCHAR")
        for i, path in enumerate(self.attributes):
            # A flat key holding dots wins over the nested path, as the rules read it.
            names.append(f"attr_{i}")
            exprs.append(
                "coalesce(json_extract_string(events.attributes, ?), "
                "json_extract_string(events.attributes, ?))"
            )
            params.extend([_json_path([path]), _json_path(path.split("."))])
        if self.crash_regex is not None:
            text = "coalesce(events.message, '') || ' ' || coalesce(events.exception_type, '')"
            died = "false"
            if self.died_regex is not None:
                died = f"events.level::VARCHAR = 'info' AND regexp_matches({text}, ?)"
            names.append("crash")
            exprs.append(
                "coalesce(CASE WHEN events.level::VARCHAR IN ('error', 'warning') "
                f"THEN regexp_matches({text}, ?) ELSE {died} END, false)"
            )
            params.append(self.crash_regex)
            if self.died_regex is not None:
                params.append(self.died_regex)
        return names, exprs, params


def _json_path(parts: list[str]) -> str:
    return "$." + ".".join('"' + p.replace("\\", "\\\\").replace('"', '\\"') + '"' for p in parts)


WRITER_CONFIG = {"checkpoint_threshold": "1GB", "memory_limit": "96MB"}
"""DuckDB checkpoints whenever its WAL passes 16 MB, which every ingest batch does, and a
checkpoint costs more than the batch. Ingest checkpoints when it lets go of the store instead
(when another process waits, or every HOLD_SECONDS; see the pipeline and WAITING_SUFFIX); the
WAL keeps each batch crash-safe meanwhile.

DuckDB's own memory limit defaults to 80% of the machine; a writer keeps the blocks it wrote
cached up to it, so ingest's peak grew with the file (650 MB for a 305 MB JSON file). 256 MB is
enough for the writes (DuckDB evicts or spills beyond it): 440-470 MB peak for that file at the
same speed, and commits to a 10M-event store with 1.7M dimension rows peak at 380 MB. Since
ingest holds the store until another process waits, the writer's cache lives longer: 128 MB
took a 1.2 GB JSON file (4M events) from 585 to 461 MB peak, the 305 MB one from 571 to 465 MB,
within the time's noise (31.2 against 33.0 s). The 1.14 GB plain-text file (6M events) still
peaked at 499 MB with 128 MB, at the bound of 500 MB; 96 MB took it to 475 MB, and 200,000 JSON
events into a 10M-event store from 399-406 to 372-386 MB. It costs time: the 1M-event JSON file
took 34.4-42.5 s against 31.7-39.3 s (four runs each, in turn, load 3-5), about 10% more, and
peaked at 404-421 MB against 441-443. The bound is issue #2's; the time was already far from
its target. Readers keep the default: queries are short and benefit from the cache."""

RELEASE_PAUSE = 0.15
"""Seconds a holding writer stays away after letting go (waiters poll faster than this)."""

WAIT_NOTICE = 0.5
"""Seconds of waiting for the store before saying so on stderr (halfway through a shorter
--lock-timeout): a running ingest lets a waiting process in after its current batch, which
usually takes less, and a message for every such wait would be noise."""

WAITING_SUFFIX = ".waiting"
"""A process that finds the store locked puts a file named `<pid>-<thread>` in the directory
`<store>.waiting` while it waits, and removes it when it gets in or gives up. A writer holding
the store for a long ingest looks there after each batch and lets go at once when a live
process waits; otherwise it keeps the store (each letting go checkpoints: about a seventh of a
1M-event ingest when it happened every 3 s)."""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process: alive
        return True
    return True


def _withdraw_wait(mark: Path) -> None:
    with contextlib.suppress(OSError):
        mark.unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        mark.parent.rmdir()  # only when no one else waits (not empty otherwise)


def _is_lock_error(exc: Exception) -> bool:
    text = str(exc)
    return "Could not set lock" in text or "Conflicting lock" in text


class DuckDBStore(BatchWrites, AlertTables, Retention):
    """A DuckDB file holding events, groups and the source registry."""

    def __init__(
        self,
        path: Path,
        *,
        lock_timeout: float = 30.0,
        on_wait: Callable[[str], None] | None = None,
    ) -> None:
        self.path = Path(path)
        self.lock_timeout = lock_timeout
        self.on_wait = on_wait
        self._migrated = False
        # One connection at a time per process: DuckDB's instance cache misbehaves when one
        # thread opens the file while another closes it (seen as a missing python_arrow_scan).
        self._lock = threading.RLock()
        # A long ingest keeps its write connection (opening and checkpointing per batch would
        # double its cost) until another process announces that it waits (WAITING_SUFFIX), or
        # for `hold_seconds` at most, then lets go for RELEASE_PAUSE so that process gets in.
        self.hold_seconds = 0.0
        self._held: duckdb.DuckDBPyConnection | None = None
        self._held_since = 0.0
        # Write connections opened so far: one more means the store was let go in between,
        # and another process may have written (`pipeline.KeptStages`).
        self.write_openings = 0
        self._released_at = 0.0
        self._session: duckdb.DuckDBPyConnection | None = None  # see read_session()
        self._replay_at: datetime | None = None  # see replaying()
        # The source registry as read through the open write connection (source_candidates),
        # kept current by this process's own writes. A connection reopened may follow another
        # process's writes, so the rows are read again then.
        self._sources: RegistryCopy | None = None
        # Sources registered and not yet stored: their first batch stores their row, in its
        # transaction (`register_source`); and ids taken from `source_ids`, not yet given.
        self._unwritten: dict[int, Registered] = {}
        self._free_source_ids: list[int] = []

    # -- connections -------------------------------------------------------------------------

    def _connect(self, read_only: bool) -> duckdb.DuckDBPyConnection:
        started = time.monotonic()
        deadline = started + self.lock_timeout
        delay = 0.02
        warned = False
        waiting: Path | None = None  # this process's announcement (WAITING_SUFFIX)
        try:
            while True:
                try:
                    config = {} if read_only else WRITER_CONFIG
                    return duckdb.connect(str(self.path), read_only=read_only, config=config)
                except duckdb.IOException as e:
                    if not _is_lock_error(e):
                        raise StoreError(f"cannot open the store {self.path}: {e}") from e
                    if time.monotonic() >= deadline:
                        raise self._locked() from e
                    if waiting is None:
                        waiting = self._announce_wait()
                    # Said after WAIT_NOTICE, or halfway through a shorter timeout.
                    notice = min(WAIT_NOTICE, self.lock_timeout / 2)
                    waited = time.monotonic() - started
                    if not warned and self.on_wait is not None and waited >= notice:
                        limit = (
                            f"up to {self.lock_timeout:g}s"
                            if math.isfinite(self.lock_timeout)
                            else "until it is free: what was read from stdin is not stored yet"
                        )
                        self.on_wait(
                            f"waiting for the store {self.path}: another process holds it ({limit})"
                        )
                        warned = True
                    # Jitter keeps two waiting processes from retrying in lock step.
                    time.sleep(delay * (0.5 + random.random()))
                    delay = min(delay * 2, RELEASE_PAUSE / 3)
                except duckdb.Error as e:
                    raise StoreError(f"cannot open the store {self.path}: {e}") from e
        finally:
            if waiting is not None:
                _withdraw_wait(waiting)

    def _locked(self) -> StoreLockedError:
        if self.lock_timeout == 0:  # "stayed locked for 0s" read as if errctl had waited
            return StoreLockedError(
                f"the store {self.path} is locked by another process, and no wait was asked "
                "for (--lock-timeout 0)",
                hint="run it again once the other errctl is done, or give --lock-timeout the "
                "seconds to wait",
            )
        return StoreLockedError(
            f"the store {self.path} stayed locked by another process for {self.lock_timeout:g}s",
            hint="wait for the other errctl to finish, or raise --lock-timeout",
        )

    def _waiting_dir(self) -> Path:
        return self.path.with_name(self.path.name + WAITING_SUFFIX)

    def _announce_wait(self) -> Path:
        """Tell a writer that holds the store that this process waits (WAITING_SUFFIX). Where
        the file cannot be made (a read-only directory) the writer still lets go after
        `hold_seconds`."""
        mark = self._waiting_dir() / f"{os.getpid()}-{threading.get_ident()}"
        with contextlib.suppress(OSError):
            mark.parent.mkdir(exist_ok=True)
            mark.touch()
        return mark

    def _someone_waits(self) -> bool:
        """Whether a live process announced that it waits for the store (stale announcements
        of processes that died waiting are removed)."""
        try:
            names = os.listdir(self._waiting_dir())
        except OSError:
            return False
        for name in names:
            pid = name.split("-", 1)[0]
            if not pid.isdigit():
                continue
            if _alive(int(pid)):
                return True
            _withdraw_wait(self._waiting_dir() / name)
        return False

    def _ensure_schema(self, con: duckdb.DuckDBPyConnection) -> None:
        if self._migrated:
            return
        try:
            migrate(con)
        except duckdb.Error as e:
            raise StoreError(f"migrating the store {self.path} failed: {e}") from e
        self._migrated = True

    @contextlib.contextmanager
    def _writer(self) -> Iterator[duckdb.DuckDBPyConnection]:
        with self._lock, _owner_only():
            con = self._held
            if con is None:
                con = self._open_writer()
            self._held = None
            try:
                yield con
            except BaseException:
                con.close()
                raise
            if (
                self.hold_seconds
                and time.monotonic() - self._held_since < self.hold_seconds
                and not self._someone_waits()
            ):
                self._held = con
            else:
                con.close()
                if self.hold_seconds:
                    self._released_at = time.monotonic()

    def _open_writer(self) -> duckdb.DuckDBPyConnection:
        pause = self._released_at + RELEASE_PAUSE - time.monotonic()
        if pause > 0:
            time.sleep(pause)  # the turn of any process that waits for the store
        created = not self.path.exists()
        if created:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        con = self._connect(read_only=False)
        try:
            if created:
                # Logs hold secrets and personal data: the store is its owner's alone.
                with contextlib.suppress(OSError):
                    os.chmod(self.path, 0o600)
            self._ensure_schema(con)
        except BaseException:
            con.close()
            raise
        self._held_since = time.monotonic()
        self.write_openings += 1
        return con

    def let_waiters_in(self) -> None:
        """Close the held write connection if another process waits for the store: what a
        write does on its way out (`_writer`), for a writer with nothing to write for a while
        (an ingest of a pipe that has gone quiet)."""
        with self._lock, _owner_only():
            if self._held is not None and self._someone_waits():
                self._held.close()
                self._held = None
                self._released_at = time.monotonic()

    def release(self) -> None:
        """Close a held write connection (the end of an ingest)."""
        with self._lock, _owner_only():  # closing checkpoints: DuckDB may write beside the store
            if self._held is not None:
                self._held.close()
                self._held = None

    @contextlib.contextmanager
    def read_session(self) -> Iterator[None]:
        """Answer every read inside from one read-only connection: a command that asks several
        questions (`top`) opens the store once, not per question. No writes inside."""
        with self._lock:
            if self._held is not None or self._session is not None:
                yield
                return
            with self._reader() as con:
                self._session = con
                try:
                    yield
                finally:
                    self._session = None

    @contextlib.contextmanager
    def replaying(self, at: datetime | None) -> Iterator[None]:
        """Answer every question inside about lifecycles as they stood at `at`: the stored
        states (`group_states`, what `lifecycle_activity` decides derived states from) and
        which group each merged one counts under (`window_counts`, `groups_by_fingerprint`,
        `groups_as_of`, ... fold merged groups by it) come from `group_state_log` (m013) as of
        `at` instead of the present `group_state`. None: the present (no replay; the same
        queries as without this)."""
        before = self._replay_at
        self._replay_at = at
        try:
            yield
        finally:
            self._replay_at = before

    def _states(self) -> str:
        """The relation of stored lifecycle states the queries read: `group_state`, or while
        `replaying`, the states as they stood then (columns STATE_COLUMNS)."""
        if self._replay_at is None:
            return "group_state"
        at = self._replay_at.replace(tzinfo=None).isoformat(sep=" ")
        return "(" + STATES_AS_OF.format(at=f"TIMESTAMP '{at}'") + ")"

    @contextlib.contextmanager
    def _reader(self) -> Iterator[duckdb.DuckDBPyConnection]:
        with self._lock:
            if self._held is not None:  # this process writes: read through the same handle
                yield self._held
                return
            if self._session is not None:
                yield self._session
                return
            if not self.path.exists():
                raise StoreError(
                    f"no store at {self.path}",
                    hint="ingest some logs first: errctl ingest PATH (or point --db at a store)",
                )
            con = self._connect(read_only=True)
            try:
                version = con.execute("SELECT max(version) FROM schema_migrations").fetchall()
            except duckdb.Error as e:
                con.close()
                raise StoreError(f"{self.path} is not an errctl store: {e}") from e
            if version[0][0] is not None and version[0][0] > latest_version():
                con.close()
                raise StoreError(
                    f"the store {self.path} was written by a newer errctl (schema {version[0][0]})",
                    hint="upgrade errctl",
                )
            if version[0][0] is None or version[0][0] < latest_version():
                con.close()
                with self._writer():  # upgrade under the write lock, then read
                    pass
                con = self._connect(read_only=True)
            try:
                yield con
            finally:
                con.close()

    def initialise(self) -> None:
        """Create the store (or bring its schema up to date) without writing data."""
        with self._writer():
            pass

    # -- the source registry ------------------------------------------------------------------

    def source_candidates(
        self, path: str, dev: int | None, inode: int | None, head_hash: str
    ) -> list[SourceState]:
        """Registry rows that may be the same content stream as the file at `path`: those of
        its path first, then the most recently ingested.

        The registry is read once per write connection and matched here: a query a file, with
        its parameters, cost 5-10 ms in DuckDB, most of a small file's ingest. This process's
        own writes keep the copy current (`_sources_changed`); another process can write only
        between two connections."""
        if not self.path.exists():
            return []
        with self._writer() as con:
            found = self._registered(con).matching(path, dev, inode, head_hash)
        # (The id last: sources registered in one run may share a time, the later id newer.)
        found.sort(key=lambda r: (r.state.path == path, r.last_ingested, r.state.id), reverse=True)
        return [r.state for r in found]

    def _registered(self, con: duckdb.DuckDBPyConnection) -> RegistryCopy:
        if self._sources is None or self._sources.connection is not con:
            rows = con.execute(
                'SELECT id, path, dev, inode, head_len, head_hash, "offset", lines, format, '
                "last_ingested FROM sources"
            ).fetchall()
            stored = (Registered(SourceState(*row[:-1]), row[-1]) for row in rows)
            self._sources = RegistryCopy(con, stored)
            for registered in self._unwritten.values():
                self._sources.put(registered)
        return self._sources

    def _sources_changed(self) -> None:
        """Forget the copy of the registry (a write to it failed; a source was reset)."""
        self._sources = None

    def register_source(
        self,
        path: str,
        dev: int | None,
        inode: int | None,
        head_len: int,
        head_hash: str,
        fmt: str | None,
    ) -> SourceState:
        """A new source's registry row, at offset 0. It is stored with the source's first
        batch, in that batch's transaction (`commit_batch`), not on its own: a commit costs a
        write to DuckDB's log and an fsync, which was nearly half of ingesting a folder of 300
        small new files. A source no batch stores (an empty file, a run killed first) was not
        read, and the next run registers it again. Its id is taken from the `source_ids`
        sequence, SOURCE_ID_BLOCK at a time."""
        with self._writer() as con:
            if not self._free_source_ids:
                taken = con.execute(
                    f"SELECT nextval('source_ids') FROM range({SOURCE_ID_BLOCK})"
                ).fetchall()
                self._free_source_ids = sorted((row[0] for row in taken), reverse=True)
            source_id = self._free_source_ids.pop()
            state = SourceState(source_id, path, dev, inode, head_len, head_hash, 0, 0, fmt)
            registered = Registered(state, datetime.now(UTC).replace(tzinfo=None))
            self._unwritten[source_id] = registered
            if self._sources is not None and self._sources.connection is con:
                self._sources.put(registered)
        return state

    def _stored_sources(self, sources: Sequence[SourceState]) -> None:
        """The registry rows of `sources` are in the table now, as they stand (a batch holding
        them committed): the copy takes them as the table has them."""
        now = datetime.now(UTC).replace(tzinfo=None)
        for state in sources:
            self._unwritten.pop(state.id, None)
            if self._sources is not None:
                self._sources.put(Registered(state, now))

    def _is_unwritten(self, source_id: int) -> bool:
        return source_id in self._unwritten

    def reset_source(self, state: SourceState, *, keep_events: bool) -> SourceState:
        """Make a source read again from its start.

        With `keep_events=False` (--reingest) its stored events and quarantined lines go too,
        and the counters of the groups they fed are recomputed, all in one transaction, so the
        re-read replaces rather than duplicates.
        """
        with self._writer() as con:
            con.execute("BEGIN TRANSACTION")
            try:
                if not keep_events:
                    con.execute(
                        "CREATE OR REPLACE TEMP TABLE touched AS "
                        "SELECT DISTINCT fingerprint FROM events WHERE source = ?",
                        [state.path],
                    )
                    con.execute("DELETE FROM events WHERE source = ?", [state.path])
                    con.execute("DELETE FROM quarantine WHERE source = ?", [state.path])
                    self._recount_groups(con, "SELECT fingerprint FROM touched")
                    con.execute("DROP TABLE touched")
                con.execute('UPDATE sources SET "offset" = 0, lines = 0 WHERE id = ?', [state.id])
                con.execute("COMMIT")
                self._sources_changed()
            except duckdb.Error as e:
                con.execute("ROLLBACK")
                raise StoreError(f"resetting a source in {self.path} failed: {e}") from e
        return SourceState(
            state.id,
            state.path,
            state.dev,
            state.inode,
            state.head_len,
            state.head_hash,
            0,
            0,
            state.format,
        )

    def event_span(
        self, flt: EventFilter | None = None, groups: GroupFilter | None = None
    ) -> tuple[datetime, datetime] | None:
        """(oldest, newest) time of the events `flt` (its time bounds left out) keeps, of the
        groups whose title or template `groups` matches (its text, regex and ids; an event of
        a group merged into one of those counts too); None when no event matches (or the store
        is empty). Unrestricted, the groups' first and last seen answer (no event is read)."""
        events = replace(flt, since=None, until=None) if flt is not None else EventFilter()
        named = groups is not None and bool(groups.text or groups.regex or groups.fingerprints)
        if events == EventFilter() and not named:
            with self._reader() as con:
                sql = "SELECT min(first_seen), max(last_seen) FROM groups"
                span = con.execute(sql).fetchone()
            return (span[0], span[1]) if span and span[0] is not None else None
        where, params = _where(events)
        if named:
            assert groups is not None
            group_where, group_params = _group_where(groups)
            matched = f"""(SELECT fingerprint FROM (
                SELECT * REPLACE ({TITLE.format("groups")} AS title), title AS first_title
                FROM groups) {group_where})"""
            where += (" AND " if where else "WHERE ") + (
                f"(fingerprint IN {matched} OR fingerprint IN (SELECT fingerprint FROM "
                f"{self._states()} WHERE merged_into IN {matched}))"
            )
            params = params + group_params * 2
        with self._reader() as con:
            try:
                sql = f"SELECT min(timestamp), max(timestamp) FROM events {where}"
                span = con.execute(sql, params).fetchone()
            except duckdb.InvalidInputException as e:
                raise UsageError(f"invalid search: {e}") from e
        return (span[0], span[1]) if span and span[0] is not None else None

    # -- reclassifying (errctl reclassify) ----------------------------------------------------

    def event_id_range(self) -> tuple[int, int]:
        """(smallest, largest) event id; (0, 0) for an empty store."""
        with self._reader() as con:
            sql = "SELECT coalesce(min(id), 0), coalesce(max(id), 0) FROM events"
            lo, hi = con.execute(sql).fetchall()[0]
        return lo, hi

    def reclassify_batch(
        self,
        first_id: int,
        last_id: int,
        key: SeverityKey,
        classify: Callable[[pa.Table], pa.Table],
        *,
        dry_run: bool = False,
    ) -> tuple[pa.Table, int]:
        """Re-classify the events with ids in [first_id, last_id], in ONE transaction.

        Reads the DISTINCT combinations of `key` (plus the fingerprint, the current severity
        and category) with their event counts, not the rows; `classify` maps that table to one
        with the same key columns plus `new_severity` and `new_category`, keeping only the rows
        whose values change. Those are written back with one UPDATE joining them, and the
        groups they touch get their `max_severity` recomputed. Returns the changed
        combinations (with `n`) and how many groups' max_severity changed (0 on a dry run,
        which writes nothing).
        """
        names, exprs, params = key.select()
        select = ", ".join(f"{e} AS {n}" for n, e in zip(names, exprs, strict=True))
        connect = self._reader if dry_run else self._writer
        with connect() as con:
            if not dry_run:
                con.execute("BEGIN TRANSACTION")
            try:
                combos = con.sql(
                    f"""
                    SELECT {select}, fingerprint, severity, category, count(*) AS n
                    FROM events WHERE id BETWEEN ? AND ? GROUP BY ALL
                    """,
                    params=[*params, first_id, last_id],
                ).to_arrow_table()
                changed = classify(combos)
                if dry_run or not changed.num_rows:
                    if not dry_run:
                        con.execute("COMMIT")
                    return changed, 0
                con.register("severity_map", changed)
                match = " AND ".join(
                    f"({e}) IS NOT DISTINCT FROM m.{n}" for n, e in zip(names, exprs, strict=True)
                )
                con.execute(
                    f"""
                    UPDATE events SET severity = m.new_severity, category = m.new_category
                    FROM severity_map AS m
                    WHERE events.id BETWEEN ? AND ? AND events.fingerprint = m.fingerprint
                      AND events.severity IS NOT DISTINCT FROM m.severity
                      AND events.category IS NOT DISTINCT FROM m.category AND {match}
                    """,
                    [first_id, last_id, *params],
                )
                # As m002 and _insert_events keep it: the top-ranked severity of the group.
                (groups,) = con.execute(
                    f"""
                    UPDATE groups SET max_severity = s.top
                    FROM (SELECT fingerprint,
                                 arg_max(severity, {SEVERITY_RANK.format("severity")}) AS top
                          FROM events
                          WHERE fingerprint IN (SELECT fingerprint FROM severity_map)
                          GROUP BY fingerprint) AS s
                    WHERE groups.fingerprint = s.fingerprint
                      AND groups.max_severity IS DISTINCT FROM s.top
                    """
                ).fetchall()[0]
                con.unregister("severity_map")
                con.execute("COMMIT")
            except duckdb.Error as e:
                if not dry_run:
                    con.execute("ROLLBACK")
                raise StoreError(f"reclassifying events in {self.path} failed: {e}") from e
        return changed, groups

    # -- reading ------------------------------------------------------------------------------

    def template_memory(self, limit: int) -> tuple[dict[str, list[str]], set[str]]:
        """({template: its examples}, pinned templates) for template mining (`memory.py`):
        the examples of message groups not merged, those of the most recently seen groups,
        `limit` at most, least recently seen first; pinned: the templates of those groups
        somebody acted on (resolved, ignored, reopened), which no later template takes over."""
        if not self.path.exists():
            return {}, set()
        with self._writer() as con:
            rows = con.execute(
                """
                WITH live AS (
                    SELECT g.template, max(g.last_seen) AS last_seen,
                           bool_or(s.fingerprint IS NOT NULL) AS acted,
                           bool_or(s.status IS NOT DISTINCT FROM 'merged') AS merged
                    FROM groups g LEFT JOIN group_state s USING (fingerprint)
                    WHERE g.exception_type IS NULL GROUP BY g.template
                )
                SELECT x.template, x.example, l.acted
                FROM template_examples x JOIN live l USING (template)
                WHERE NOT l.merged
                QUALIFY row_number() OVER (PARTITION BY x.template ORDER BY x.example) <= ?
                ORDER BY l.last_seen DESC, x.template, x.example
                LIMIT ?
                """,
                [EXAMPLES_PER_TEMPLATE, limit],
            ).fetchall()
        examples: dict[str, list[str]] = {}
        pinned: set[str] = set()
        for template, example, acted in reversed(rows):
            examples.setdefault(template, []).append(example)
            if acted:
                pinned.add(template)
        return examples, pinned

    def mining_signature(self) -> tuple[Any, ...]:
        """What changes whenever a write changes what template mining reads from the store
        (`known_templates`, `template_memory`): the newest event id (an ingest), the number of
        groups and of template examples (an ingest, or a prune), and the groups' lifecycle
        states (resolve, ignore, merge). Equal before and after another process had the
        store: it wrote nothing a miner kept since then would miss."""
        if not self.path.exists():
            return ()
        with self._writer() as con:
            return con.execute(
                """
                SELECT (SELECT max(id) FROM events), (SELECT count(*) FROM groups),
                       (SELECT count(*) FROM template_examples),
                       (SELECT count(*) FROM group_state),
                       (SELECT max(updated_at) FROM group_state)
                """
            ).fetchall()[0]

    def known_templates(self) -> list[str]:
        """The templates of message groups: what template mining must keep stable."""
        if not self.path.exists():
            return []
        with self._writer() as con:
            rows = con.execute(
                "SELECT template FROM groups WHERE exception_type IS NULL ORDER BY first_seen"
            ).fetchall()
        return [r[0] for r in rows]

    def search(
        self, flt: EventFilter, *, limit: int | None, oldest_first: bool = False
    ) -> Iterator[Event]:
        """Events matching `flt`, newest first; streamed in batches when `limit` is None."""
        return map(_event, self.search_rows(flt, limit=limit, oldest_first=oldest_first))

    def search_rows(
        self, flt: EventFilter, *, limit: int | None, oldest_first: bool = False
    ) -> Iterator[dict[str, Any]]:
        """`search` as stored rows ({field: value} in EVENT_FIELDS order), the stack and the
        attributes as their JSON text: what an export writes out again as JSON need not parse
        them (most of the time of `search --limit 0 --format ndjson` went on that)."""
        where, params = _where(flt)
        order = f"ORDER BY timestamp {'ASC' if oldest_first else 'DESC'}, id"
        order += " ASC" if oldest_first else " DESC"
        sql = f"SELECT {_EVENT_COLUMNS} FROM events {where} {order}"
        with self._reader() as con:
            try:
                if limit is not None:
                    # The matching ids first, then their rows: a filter DuckDB cannot push into
                    # the scan (text, regex, stack) otherwise reads every column of every event
                    # (the stack and attributes JSON too) to keep a hundred rows.
                    ids = con.execute(
                        f"SELECT id FROM events {where} {order} LIMIT {int(limit)}", params
                    ).fetchall()
                    if not ids:
                        return
                    sql = (
                        f"SELECT {_EVENT_COLUMNS} FROM events "
                        f"WHERE id IN (SELECT unnest(?::BIGINT[])) {order}"
                    )
                    params = [[i for (i,) in ids]]
                reader = con.sql(sql, params=params).to_arrow_reader(10_000)
                for batch in reader:
                    yield from batch.to_pylist()
            except duckdb.InvalidInputException as e:
                raise UsageError(f"invalid search: {e}") from e

    def last_event_id(self) -> int:
        """The id of the event stored last (ids grow with each batch stored); 0 for none."""
        with self._reader() as con:
            return con.execute("SELECT coalesce(max(id), 0) FROM events").fetchall()[0][0]

    def count_events(self, flt: EventFilter) -> int:
        where, params = _where(flt)
        with self._reader() as con:
            return con.execute(f"SELECT count(*) FROM events {where}", params).fetchall()[0][0]

    def quarantined(self, source_glob: str | None = None, limit: int | None = 100) -> list[dict]:
        """Quarantined lines by source and line; `raw` decoded as UTF-8 with replacement."""
        sql = (
            "SELECT source, line, reason, raw, ingested_at FROM quarantine "
            "WHERE ? IS NULL OR source GLOB ? ORDER BY source, line"
        )
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        with self._reader() as con:
            rel = con.execute(sql, [source_glob, source_glob])
            cols = [d[0] for d in rel.description]
            rows = [dict(zip(cols, row, strict=True)) for row in rel.fetchall()]
        for row in rows:
            row["raw"] = bytes(row["raw"]).decode("utf-8", errors="replace")
        return rows

    def table_counts(self) -> dict[str, int]:
        with self._reader() as con:
            return {
                t: con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0]
                for t in ("events", "groups", "sources", "quarantine")
            }

    def event(self, event_id: int) -> Event | None:
        """One stored event by its id."""
        with self._reader() as con:
            rel = con.execute(f"SELECT {_EVENT_COLUMNS} FROM events WHERE id = ?", [event_id])
            cols = [d[0] for d in rel.description]
            row = rel.fetchone()
        return _event(dict(zip(cols, row, strict=True))) if row else None

    def newest_stacks(self, fingerprints: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
        """The stored stack (the `stack` column, decoded) of each group's newest event, for the
        groups that have one. Two small reads: the groups' newest event ids, then those events
        by id (ids grow with insertion, so DuckDB's min/max per row group skips the rest of
        the table instead of scanning every stack)."""
        if not fingerprints:
            return {}
        with self._reader() as con:
            ids = con.execute(
                "SELECT last_event_id, fingerprint FROM groups "
                "WHERE fingerprint IN (SELECT unnest(?::VARCHAR[])) AND last_event_id IS NOT NULL",
                [list(fingerprints)],
            ).fetchall()
            if not ids:
                return {}
            owner = dict(ids)
            rows = con.execute(
                "SELECT id, stack FROM events WHERE stack IS NOT NULL AND id IN ("
                + ", ".join(str(int(i)) for i in owner)
                + ")"
            ).fetchall()
        return {owner[i]: orjson.loads(stack) for i, stack in rows if stack}

    # -- groups -------------------------------------------------------------------------------

    def list_groups(
        self,
        flt: GroupFilter,
        *,
        sort: str = "count",
        limit: int | None = 50,
        fold_merged: bool = False,
        hide_merged: bool = False,
    ) -> list[GroupSummary]:
        """Groups matching `flt` in `sort` order (GROUP_SORTS), at most `limit` of them.

        Without an event restriction the maintained counters answer (no event is read); with
        one, the matching events are aggregated per group (see GroupFilter).

        `fold_merged` counts the events of a group merged into another (`merged_into`) under
        that other, as `window_counts` (top) does: its count, first and last seen, level,
        severity, services, hosts and users are those of its own events and of the groups
        merged into it. A merged group itself keeps its own events. `hide_merged` leaves
        merged groups out.
        """
        if sort not in _GROUP_ORDER:
            raise UsageError(f"unknown sort {sort!r}", hint="sorts: " + ", ".join(GROUP_SORTS))
        order = _GROUP_ORDER[sort]
        group_where, group_params = _group_where(flt)
        if hide_merged:
            group_where += (" AND " if group_where else "WHERE ") + (
                f"fingerprint NOT IN (SELECT fingerprint FROM {self._states()} "
                "WHERE merged_into IS NOT NULL)"
            )
        cap = f" LIMIT {int(limit)}" if limit is not None else ""
        if flt.events == EventFilter():
            # The page of groups first, then the dimension counts of that page only.
            fold, source, summary = _summary_parts(fold_merged, self._states())
            sql = f"""
                WITH {fold} titled AS (
                    SELECT * REPLACE ({TITLE.format("groups")} AS title),
                           title AS first_title
                    FROM {source} groups
                ), g AS (
                    SELECT * FROM titled {group_where} ORDER BY {order}{cap}
                ) {summary}
                ORDER BY {order}
            """
            params = group_params
        else:
            event_where, event_params = _where(flt.events)
            rows = f"(SELECT *, {USER_ID.format('attributes')} AS user_ FROM events {event_where})"
            if fold_merged:
                # Each event counts for its group's target; with merged groups listed, for
                # the merged group too (its own events, as without folding).
                keyed = f"""(
                    SELECT e.* REPLACE (coalesce(s.merged_into, e.fingerprint) AS fingerprint)
                    FROM {rows} e LEFT JOIN {self._states()} s
                        ON s.fingerprint = e.fingerprint AND s.merged_into IS NOT NULL"""
                if not hide_merged:
                    keyed += f"""
                    UNION ALL
                    SELECT e.* FROM {rows} e JOIN {self._states()} s
                        ON s.fingerprint = e.fingerprint AND s.merged_into IS NOT NULL"""
                    event_params = event_params * 2
                rows = keyed + ")"
            sql = f"""
                WITH m AS (
                    SELECT fingerprint, count(*) AS count, min(timestamp) AS first_seen,
                           max(timestamp) AS last_seen, max(level)::VARCHAR AS max_level,
                           arg_max(severity, {SEVERITY_RANK.format("severity")})
                               AS max_severity,
                           count(DISTINCT service) AS services, count(DISTINCT host) AS hosts,
                           count(DISTINCT user_) AS users,
                           {_MOST_FREQUENT.format("service")} AS top_service
                    FROM {rows}
                    GROUP BY fingerprint
                ), g AS (
                    SELECT m.fingerprint, {TITLE.format("groups")} AS title, groups.template,
                           groups.exception_type, m.count, m.first_seen, m.last_seen,
                           m.max_level, m.max_severity, m.services, m.hosts, m.users,
                           m.top_service, groups.title AS first_title
                    FROM m JOIN groups USING (fingerprint)
                )
                SELECT * EXCLUDE (first_title) FROM g {group_where} ORDER BY {order}{cap}
            """
            params = event_params + group_params
        with self._reader() as con:
            try:
                rows = con.execute(sql, params).fetchall()
            except duckdb.InvalidInputException as e:
                raise UsageError(f"invalid group filter: {e}") from e
        return [GroupSummary(*row) for row in rows]

    def group_digests(self) -> list[str]:
        """Every group's fingerprint hash (without `fp1:`), sorted: for short unique ids."""
        with self._reader() as con:
            rows = con.execute(
                "SELECT DISTINCT split_part(fingerprint, ':', 2) AS h FROM groups ORDER BY h"
            ).fetchall()
        return [r[0] for r in rows]

    def group_hourly(
        self, fingerprint: str | Sequence[str], flt: EventFilter | None = None
    ) -> list[tuple[datetime, int]]:
        """(hour, events) of one group for the hours that had any, oldest first; given several
        fingerprints (a group and those merged into it), of their events together.

        Without `flt` the maintained buckets answer; with it, the matching events are counted.
        """
        fps = [fingerprint] if isinstance(fingerprint, str) else list(fingerprint)
        with self._reader() as con:
            if flt is None or flt == EventFilter():
                rows = con.execute(
                    "SELECT hour, sum(count)::BIGINT FROM group_hourly "
                    "WHERE fingerprint IN (SELECT unnest(?::VARCHAR[])) "
                    "GROUP BY hour ORDER BY hour",
                    [fps],
                ).fetchall()
            else:
                where, params = _where(flt)
                where += (" AND " if where else "WHERE ") + (
                    "fingerprint IN (SELECT unnest(?::VARCHAR[]))"
                )
                rows = con.execute(
                    f"SELECT date_trunc('hour', timestamp) AS hour, count(*) FROM events {where} "
                    "GROUP BY hour ORDER BY hour",
                    [*params, fps],
                ).fetchall()
        return [(hour, count) for hour, count in rows]

    def attribute_texts(
        self,
        fingerprints: Sequence[str],
        keys: Sequence[str],
        flt: EventFilter | None = None,
        *,
        limit: int = 10_000,
    ) -> list[tuple[str, int]]:
        """(text, events) for the distinct texts the events of `fingerprints` (in `flt`) hold
        in the first of `keys` (attribute names; a dotted one read whole or as a nested path)
        they carry as a string, most events first, at most `limit` texts. Events with a stack
        trace are left out: their exception says what failed."""
        where, params = _where(flt or EventFilter())
        where += (" AND " if where else "WHERE ") + "fingerprint IN (SELECT unnest(?::VARCHAR[]))"
        # Each key whole, then (dotted) as a nested path, in the order of `keys`.
        paths = [p for k in keys for p in (f'$."{k}"', *([f"$.{k}"] if "." in k else []))]
        texts = ", ".join(
            f"CASE WHEN json_type(attributes, '{p}') = 'VARCHAR' "
            f"THEN json_extract_string(attributes, '{p}') END"
            for p in paths
        )
        # The cheap test first: the JSON text names none of the keys in most events. It and
        # the stack's test are in the projection, not the WHERE clause: DuckDB would push them
        # into the scan, which then reads those columns for every row of the table, not only
        # for the group's rows (0.5 s instead of 0.05 s on a 10M-event store).
        names = " OR ".join(f"contains(attributes::VARCHAR, '\"{k}\"')" for k in keys)
        sql = f"""
            SELECT text, count(*) AS n FROM (
                SELECT CASE WHEN stack IS NULL AND ({names}) THEN coalesce({texts}) END AS text
                FROM events {where})
            WHERE text IS NOT NULL AND text <> ''
            GROUP BY text ORDER BY n DESC, text LIMIT {int(limit)}"""
        with self._reader() as con:
            return [(t, n) for t, n in con.execute(sql, [*params, list(fingerprints)]).fetchall()]

    def group_dimensions(
        self, fingerprint: str | Sequence[str], flt: EventFilter | None = None, *, top: int = 10
    ) -> list[DimensionCounts]:
        """The services, hosts and users of one group, each with its `top` values by events;
        given several fingerprints (a group and those merged into it), of their events together.

        Without `flt` the maintained counts answer; with it, the matching events are counted.
        """
        fps = [fingerprint] if isinstance(fingerprint, str) else list(fingerprint)
        member = "fingerprint IN (SELECT unnest(?::VARCHAR[]))"
        if flt is None or flt == EventFilter():
            # A dimension some of these groups sample (dim_sample.py) is counted below the
            # smallest of their cuts, where each of them kept every value it saw.
            rows_sql = f"""
                WITH d AS (SELECT * FROM group_dims WHERE {member}),
                cuts AS (
                    SELECT dim, min(top_hash) FILTER (WHERE sampled) AS cut
                    FROM (SELECT d.dim, max(d.hash) AS top_hash,
                                 any_value({dim_counter("g", "d.dim")}) > {SAMPLE_SIZE} AS sampled
                          FROM d JOIN groups g USING (fingerprint) GROUP BY d.fingerprint, d.dim)
                    GROUP BY dim)
                SELECT d.dim, d.value, sum(d.count)::BIGINT AS count, any_value(d.hash) AS hash,
                       any_value(c.cut) AS cut
                FROM d JOIN cuts c USING (dim) GROUP BY d.dim, d.value"""
            params: list[Any] = [fps]
        else:
            where, params = _where(flt)
            where += (" AND " if where else "WHERE ") + member
            source = dims_select(f"(SELECT * FROM events {where})")
            rows_sql = f"""SELECT dim, value, sum(count)::BIGINT AS count, 0::UBIGINT AS hash,
                                  NULL::UBIGINT AS cut
                           FROM ({source}) GROUP BY ALL"""
            params = [*params, fps]
            params = params * 3  # the events subquery appears once per dimension
        sql = f"""
            SELECT dim, {distinct_values("cut")} AS distinct_values,
                   (list(struct_pack(value := value, count := count) ORDER BY count DESC, value)
                       FILTER (WHERE cut IS NULL OR hash <= cut))[1:{int(top)}] AS top,
                   any_value(cut) IS NOT NULL AS estimated
            FROM ({rows_sql}) GROUP BY dim
        """
        with self._reader() as con:
            rows = {dim: rest for dim, *rest in con.execute(sql, params).fetchall()}
        return [
            DimensionCounts(
                dim,
                rows[dim][0] if dim in rows else 0,
                tuple((v["value"], v["count"]) for v in rows[dim][1]) if dim in rows else (),
                estimated=rows[dim][2] if dim in rows else False,
            )
            for dim in GROUP_DIMENSIONS
        ]

    def latest_events(self, flt: EventFilter) -> dict[str, Event]:
        """The newest event matching `flt` of every group that has one, by fingerprint (one
        query, for the gate's per-group locations)."""
        where, params = _where(flt)
        sql = (
            f"SELECT {_EVENT_COLUMNS} FROM events {where} QUALIFY row_number() OVER "
            "(PARTITION BY fingerprint ORDER BY timestamp DESC, id DESC) = 1"
        )
        with self._reader() as con:
            rel = con.execute(sql, params)
            cols = [d[0] for d in rel.description]
            rows = [_event(dict(zip(cols, row, strict=True))) for row in rel.fetchall()]
        return {e.fingerprint: e for e in rows}

    # -- triage: window counts and the group lifecycle (errctl top, resolve, ignore, merge) ----

    def window_counts(
        self, edges: Sequence[datetime], flt: EventFilter | None = None
    ) -> dict[str, list[int]]:
        """Events per group in each segment [edges[i], edges[i+1]) (edges ascending), exact.

        Without an event restriction, hours that lie whole inside one segment are read from
        `group_hourly` and only the few hours an edge cuts through are counted from `events`
        (one range scan each, pruned by the zone maps); with one, the matching events in
        [edges[0], edges[-1]) are counted. A group merged into another counts as that other.
        """
        n = len(edges) - 1
        if n < 1:
            return {}
        segs = ", ".join(["(?::INTEGER, ?::TIMESTAMP, ?::TIMESTAMP)"] * n)
        params: list[Any] = [v for i in range(n) for v in (i, edges[i], edges[i + 1])]
        parts: list[str] = []
        # An event's segment by a CASE over the inner edges: a range join against `segs`
        # cost six times as much on a million events (the recent hours of a busy store).
        segment = " ".join(f"WHEN timestamp < ?::TIMESTAMP THEN {i}" for i in range(n - 1))
        inner_edges = list(edges[1:n])
        segment = f"CASE {segment} ELSE {n - 1} END" if n > 1 else "0"
        by_events = (
            f"SELECT fingerprint, {segment} AS i, count(*) AS n "
            "FROM events WHERE {where} timestamp >= ? AND timestamp < ? GROUP BY ALL"
        )
        if flt is None or flt == EventFilter():
            parts.append(
                "SELECT fingerprint, i, count AS n FROM group_hourly "
                "JOIN segs ON hour >= lo AND hour + INTERVAL 1 HOUR <= hi "
                "WHERE hour >= ? AND hour < ?"
            )
            params += [_floor_hour(edges[0]), edges[-1]]
            # An hour an edge cuts is in no segment whole, so the join above skipped it. Cut
            # hours close together (equal trend slices off the clock hour cut one per edge) are
            # read in one scan of their span, which reads each row group once where a scan per
            # hour read a row group that holds several of them once for each.
            runs: list[list[datetime]] = []
            for hour in sorted({_floor_hour(e) for e in edges if e != _floor_hour(e)}):
                if runs and hour - runs[-1][-1] <= _CUT_RUN_GAP:
                    runs[-1].append(hour)
                else:
                    runs.append([hour])
            for run in runs:
                lo, hi = max(run[0], edges[0]), min(run[-1] + _HOUR, edges[-1])
                if len(run) == 1:
                    parts.append(by_events.format(where=""))
                    params += [*inner_edges, lo, hi]
                else:
                    hours = "list_contains(?::TIMESTAMP[], date_trunc('hour', timestamp)) AND"
                    parts.append(by_events.format(where=hours))
                    params += [*inner_edges, run, lo, hi]
        else:
            where, where_params = _where(flt)
            parts.append(by_events.format(where=where.removeprefix("WHERE ") + " AND"))
            params += [*inner_edges, *where_params, edges[0], edges[-1]]
        sql = f"""
            WITH segs(i, lo, hi) AS (VALUES {segs}),
            counted AS ({" UNION ALL ".join(parts)})
            SELECT coalesce(s.merged_into, c.fingerprint) AS fp, c.i, sum(c.n)::BIGINT
            FROM counted c LEFT JOIN {self._states()} s
                ON s.fingerprint = c.fingerprint AND s.merged_into IS NOT NULL
            GROUP BY ALL
        """
        out: dict[str, list[int]] = {}
        with self._reader() as con:
            try:
                rows = con.execute(sql, params).fetchall()
            except duckdb.InvalidInputException as e:
                raise UsageError(f"invalid filter: {e}") from e
        for fp, i, count in rows:
            out.setdefault(fp, [0] * n)[i] += count
        return out

    def hourly_overlap(
        self, fingerprints: Sequence[str], ranges: Sequence[tuple[datetime, datetime]]
    ) -> dict[str, float]:
        """Per group, the events of `ranges` estimated from hourly buckets: an hour that a
        range covers in part counts in proportion (a baseline, not an exact count)."""
        if not fingerprints or not ranges:
            return {}
        values = ", ".join(["(?::TIMESTAMP, ?::TIMESTAMP)"] * len(ranges))
        params: list[Any] = [v for r in ranges for v in r]
        lo = _floor_hour(min(r[0] for r in ranges))
        hi = max(r[1] for r in ranges)
        sql = f"""
            WITH r(lo, hi) AS (VALUES {values}),
            h AS (
                SELECT coalesce(s.merged_into, g.fingerprint) AS fp, hour, count
                FROM group_hourly g LEFT JOIN {self._states()} s
                    ON s.fingerprint = g.fingerprint AND s.merged_into IS NOT NULL
                WHERE hour >= ? AND hour < ?
            )
            SELECT fp, sum(count * (epoch(least(hour + INTERVAL 1 HOUR, hi))
                                    - epoch(greatest(hour, lo))) / 3600.0)
            FROM h JOIN r ON hour < hi AND hour + INTERVAL 1 HOUR > lo
            WHERE fp IN (SELECT unnest(?::VARCHAR[]))
            GROUP BY fp
        """
        with self._reader() as con:
            rows = con.execute(sql, [*params, lo, hi, list(fingerprints)]).fetchall()
        return {fp: float(v) for fp, v in rows}

    def groups_by_fingerprint(
        self,
        fingerprints: Sequence[str],
        flt: GroupFilter | None = None,
        *,
        fold_merged: bool = False,
    ) -> list[GroupSummary]:
        """The lifetime summaries of these groups, those matching `flt`'s text, regex and id
        terms (its event restriction is not applied here). `fold_merged` folds the groups
        merged into each (counters, severity, distinct services, hosts and users, top
        service), as `list_groups` does."""
        if not fingerprints:
            return []
        group_where, group_params = _group_where(
            replace(flt or GroupFilter(), events=EventFilter())
        )
        fold, source, summary = _summary_parts(fold_merged, self._states())
        sql = f"""
            WITH {fold} g AS (
                SELECT * FROM (
                    SELECT * REPLACE ({TITLE.format("groups")} AS title), title AS first_title
                    FROM {source} groups
                    WHERE fingerprint IN (SELECT unnest(?::VARCHAR[]))
                ) {group_where}
            ) {summary}
        """
        with self._reader() as con:
            try:
                rows = con.execute(sql, [list(fingerprints), *group_params]).fetchall()
            except duckdb.InvalidInputException as e:
                raise UsageError(f"invalid group filter: {e}") from e
        return [GroupSummary(*row) for row in rows]

    def groups_as_of(self, fingerprints: Sequence[str], at: datetime) -> list[GroupSummary]:
        """These groups as they stood at `at` (merged groups folded in, as
        `groups_by_fingerprint(fold_merged=True)`): only their events up to `at` count, so a
        replay (`alert --at` a past time) does not see what came later. Groups first seen
        after `at` are left out.

        The lifetime summary answers for a group with no event after `at` (the usual case: `at`
        is now). For the others, what came after `at` is taken off it: the count, and the
        values of `group_dims` (distinct services, hosts, users; the top service) less those of
        the later events, so a pruned store, whose lifetime counters hold events no longer
        stored, stays exact; the newest event up to `at` is last seen; level and severity are
        the lifetime ones unless only later events reached them, then those of the events up to
        `at`. A dimension kept as a sample (over SAMPLE_SIZE values, dim_sample.py) keeps its
        lifetime estimate, and its top service the lifetime one: a sample cannot be taken from.
        """
        lifetime = [
            g
            for g in self.groups_by_fingerprint(fingerprints, fold_merged=True)
            if g.first_seen <= at
        ]
        stale = [g.fingerprint for g in lifetime if g.last_seen > at]
        if not stale:
            return lifetime
        members = f"""req AS (SELECT unnest(?::VARCHAR[]) AS fp), {self._as_of_members()}"""
        rows = f"""
            WITH {members}, e AS (
                SELECT m.fp, e.timestamp, e.level, e.severity
                FROM events e JOIN members m ON m.member = e.fingerprint
            )
            SELECT fp,
                   count(*) FILTER (WHERE timestamp > ?),
                   list(DISTINCT level::VARCHAR) FILTER (WHERE timestamp > ?),
                   list(DISTINCT severity) FILTER (WHERE timestamp > ?),
                   max(timestamp) FILTER (WHERE timestamp <= ?),
                   max(level) FILTER (WHERE timestamp <= ?)::VARCHAR,
                   arg_max(severity, {SEVERITY_RANK.format("severity")})
                       FILTER (WHERE timestamp <= ? AND severity IS NOT NULL)
            FROM e GROUP BY fp
        """
        dims = f"""
            WITH {members}, later AS (
                SELECT m.fp AS fingerprint, e.service, e.host, e.attributes
                FROM events e JOIN members m ON m.member = e.fingerprint
                WHERE e.timestamp > ?
            ), d AS (
                SELECT m.fp, d.dim, d.value, sum(d.count) AS n,
                       bool_or(bool_or({dim_counter("gm", "d.dim")} > {SAMPLE_SIZE}))
                           OVER (PARTITION BY m.fp, d.dim) AS sampled
                FROM group_dims d JOIN members m ON m.member = d.fingerprint
                    JOIN groups gm ON gm.fingerprint = m.member
                GROUP BY m.fp, d.dim, d.value
            ), l AS ({dims_select("later")})
            SELECT d.fp, d.dim, d.value, d.n - coalesce(l.count, 0) AS left_, d.sampled
            FROM d LEFT JOIN l ON l.fingerprint = d.fp AND l.dim = d.dim AND l.value = d.value
            WHERE left_ > 0 OR d.sampled
        """
        with self._reader() as con:
            found = {r[0]: r[1:] for r in con.execute(rows, [stale, *[at] * 6]).fetchall()}
            kept: dict[str, dict[str, dict[str, int]]] = {}
            sampled: set[tuple[str, str]] = set()
            for fp, dim, value, n, whole in con.execute(dims, [stale, at]).fetchall():
                if whole:
                    sampled.add((fp, dim))
                elif n > 0:
                    kept.setdefault(fp, {}).setdefault(dim, {})[value] = n
        out = []
        for g in lifetime:
            if g.fingerprint not in found:
                out.append(g)
                continue
            later, later_levels, later_sevs, last, level, severity = found[g.fingerprint]
            fp = g.fingerprint
            values = kept.get(fp, {})
            services = values.get("service", {})
            top = min(services.items(), key=lambda kv: (-kv[1], kv[0]))[0] if services else None
            out.append(
                replace(
                    g,
                    count=max(0, g.count - later),
                    # None when the events up to `at` were pruned: first seen is all there is.
                    last_seen=last or g.first_seen,
                    max_level=level if g.max_level in (later_levels or ()) else g.max_level,
                    max_severity=(
                        severity if g.max_severity in (later_sevs or ()) else g.max_severity
                    ),
                    services=g.services if (fp, "service") in sampled else len(services),
                    hosts=g.hosts if (fp, "host") in sampled else len(values.get("host", {})),
                    users=g.users if (fp, "user") in sampled else len(values.get("user", {})),
                    top_service=g.top_service if (fp, "service") in sampled else top,
                )
            )
        return out

    def counts_after(self, fingerprints: Sequence[str], at: datetime) -> dict[str, int]:
        """Per group (merged groups folded in, as `groups_as_of`), its events after `at`; a
        group with none is left out. A group's count as of `at` is its count less these."""
        if not fingerprints:
            return {}
        sql = f"""
            WITH req AS (SELECT unnest(?::VARCHAR[]) AS fp), {self._as_of_members()}
            SELECT m.fp, count(*)
            FROM events e JOIN members m ON m.member = e.fingerprint
            WHERE e.timestamp > ?
            GROUP BY ALL
        """
        with self._reader() as con:
            return dict(con.execute(sql, [list(fingerprints), at]).fetchall())

    def last_seen_between(
        self,
        fingerprints: Sequence[str],
        since: datetime,
        until: datetime,
        flt: EventFilter | None = None,
    ) -> dict[str, datetime]:
        """The newest event time of each group in [since, until) (merged groups folded in),
        of its events matching `flt` when one is given."""
        if not fingerprints:
            return {}
        where, where_params = _where(replace(flt, since=None, until=None)) if flt else ("", [])
        where = where.removeprefix("WHERE ") + " AND" if where else ""
        sql = f"""
            SELECT coalesce(s.merged_into, e.fingerprint) AS fp, max(e.timestamp)
            FROM (SELECT fingerprint, timestamp FROM events
                  WHERE {where} timestamp >= ? AND timestamp < ?) e
            LEFT JOIN {self._states()} s
                ON s.fingerprint = e.fingerprint AND s.merged_into IS NOT NULL
            GROUP BY ALL HAVING fp IN (SELECT unnest(?::VARCHAR[]))
        """
        with self._reader() as con:
            try:
                params = [*where_params, since, until, list(fingerprints)]
                rows = con.execute(sql, params).fetchall()
            except duckdb.InvalidInputException as e:
                raise UsageError(f"invalid filter: {e}") from e
        return dict(rows)

    def window_breakdown(
        self,
        dim: str,
        previous_since: datetime,
        since: datetime,
        until: datetime,
        flt: EventFilter,
        fingerprints: Sequence[str],
    ) -> list[tuple[str | None, int, int, int]]:
        """(value of `dim`, events in [since, until), events in [previous_since, since),
        groups in [since, until)) for the events of these groups matching `flt`: most first, or
        for level and severity the worst first (a reader scans them as a scale: critical at the
        top, none last), whatever their counts."""
        if dim not in ("service", "host", "level", "severity"):
            raise UsageError(f"cannot break down by {dim!r}")
        scale = {"level": LEVELS[::-1], "severity": ("critical", "high", "medium", "low")}
        order = "count DESC, value NULLS LAST"
        if dim in scale:
            names = ", ".join(f"'{v}'" for v in scale[dim])
            order = f"coalesce(list_position([{names}], value), 99), {order}"
        if not fingerprints:
            return []
        where, params = _where(flt)
        where = where.removeprefix("WHERE ") + " AND" if where else ""
        sql = f"""
            SELECT {dim}::VARCHAR AS value,
                   count(*) FILTER (WHERE timestamp >= ?) AS count,
                   count(*) FILTER (WHERE timestamp < ?) AS previous,
                   count(DISTINCT fp) FILTER (WHERE timestamp >= ?) AS groups
            FROM (SELECT e.*, coalesce(s.merged_into, e.fingerprint) AS fp
                  FROM events e LEFT JOIN {self._states()} s
                      ON s.fingerprint = e.fingerprint AND s.merged_into IS NOT NULL
                  WHERE {where} e.timestamp >= ? AND e.timestamp < ?)
            WHERE fp IN (SELECT unnest(?::VARCHAR[]))
            GROUP BY value HAVING count > 0
            ORDER BY {order}
        """
        with self._reader() as con:
            try:
                return con.execute(
                    sql,
                    [since, since, since, *params, previous_since, until, list(fingerprints)],
                ).fetchall()
            except duckdb.InvalidInputException as e:
                raise UsageError(f"invalid filter: {e}") from e

    def _as_of_members(self) -> str:
        return _AS_OF_MEMBERS.replace("{states}", self._states())

    def group_states(self, fingerprints: Sequence[str] | None = None) -> dict[str, GroupState]:
        """Stored lifecycle states (all of them, or of these groups); a group without one is
        unresolved."""
        sql = f"SELECT {STATE_COLUMNS} FROM {self._states()}"
        params: list[Any] = []
        if fingerprints is not None:
            sql += " WHERE fingerprint IN (SELECT unnest(?::VARCHAR[]))"
            params.append(list(fingerprints))
        with self._reader() as con:
            rows = con.execute(sql, params).fetchall()
        return {row[0]: GroupState(*row) for row in rows}

    def lifecycle_activity(
        self, at: datetime
    ) -> tuple[dict[str, tuple[int, datetime]], dict[str, list[tuple[datetime, int]]]]:
        """What decides derived states at time `at`, for resolved and ignored groups.

        Returns ({fingerprint: (events after the resolve / ignore up to `at`, the first of
        them)}, {fingerprint: [(hour, events)] of rate-ignored groups for the whole hours after
        the ignore began, up to `at`}). A group's events are its own and those of the groups
        merged into it, as `window_counts` (top) counts them: a resolved group regresses when
        an event of a group it took over or someone merged into it comes after the resolve.
        """
        # Each event (hour) counts for the group it was merged into, as in `window_counts`.
        states = self._states()
        after_sql = f"""
            SELECT s.fingerprint, count(*), min(e.timestamp)
            FROM {states} s JOIN (
                SELECT coalesce(m.merged_into, e.fingerprint) AS fp, e.timestamp
                FROM events e LEFT JOIN {states} m
                    ON m.fingerprint = e.fingerprint AND m.merged_into IS NOT NULL
                WHERE e.timestamp <= ? AND e.timestamp > ?
            ) e ON e.fp = s.fingerprint
            WHERE s.status IN ('resolved', 'ignored')
              AND e.timestamp > CASE WHEN s.status = 'resolved' THEN s.resolved_at
                                     ELSE s.ignored_at END
            GROUP BY s.fingerprint
        """
        rate_sql = f"""
            SELECT s.fingerprint, g.hour, sum(g.count)::BIGINT
            FROM {states} s JOIN (
                SELECT coalesce(m.merged_into, g.fingerprint) AS fp, g.hour, g.count
                FROM group_hourly g LEFT JOIN {states} m
                    ON m.fingerprint = g.fingerprint AND m.merged_into IS NOT NULL
            ) g ON g.fp = s.fingerprint
            WHERE s.status = 'ignored' AND s.ignore_until_rate IS NOT NULL
              AND g.hour >= date_trunc('hour', s.ignored_at) + INTERVAL 1 HOUR AND g.hour < ?
            GROUP BY ALL ORDER BY s.fingerprint, g.hour
        """
        with self._reader() as con:
            (mark, rated) = con.execute(
                "SELECT min(CASE WHEN status = 'resolved' THEN resolved_at ELSE ignored_at END), "
                "bool_or(status = 'ignored' AND ignore_until_rate IS NOT NULL) "
                f"FROM {states} WHERE status IN ('resolved', 'ignored')"
            ).fetchall()[0]
            if mark is None:
                return {}, {}
            # The constant lower bound lets the zone maps skip everything older than any mark.
            after = {
                fp: (n, first) for fp, n, first in con.execute(after_sql, [at, mark]).fetchall()
            }
            rates: dict[str, list[tuple[datetime, int]]] = {}
            for fp, hour, count in con.execute(rate_sql, [at]).fetchall() if rated else ():
                rates.setdefault(fp, []).append((hour, count))
        return after, rates

    def save_group_states(
        self, states: Sequence[GroupState], history: Sequence[HistoryEntry]
    ) -> None:
        """Write lifecycle states and their history entries in one transaction."""
        with self._writer() as con:
            con.execute("BEGIN TRANSACTION")
            try:
                for st in states:
                    con.execute(
                        f"INSERT OR REPLACE INTO group_state ({STATE_COLUMNS}) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        [
                            st.fingerprint,
                            st.status,
                            st.resolved_at,
                            st.ignored_at,
                            st.ignored_until,
                            st.ignore_until_count,
                            st.ignore_until_rate,
                            st.ignore_rate_hours,
                            st.merged_into,
                            st.updated_at,
                        ],
                    )
                if states:
                    con.execute(LOG_STATES, [list(dict.fromkeys(st.fingerprint for st in states))])
                for h in history:
                    con.execute(
                        "INSERT INTO group_history VALUES (?, ?, ?, ?, ?, ?::JSON)",
                        [
                            h.fingerprint,
                            h.at,
                            h.action,
                            h.actor,
                            h.note,
                            orjson.dumps(h.details).decode() if h.details is not None else None,
                        ],
                    )
                con.execute("COMMIT")
            except duckdb.Error as e:
                con.execute("ROLLBACK")
                raise StoreError(f"writing group states to {self.path} failed: {e}") from e

    def merges(self) -> list[tuple[str, str, str | None, str | None]]:
        """(group, the group it is merged into, who merged it and into which group, by its
        latest `merged` history entry) of every merged group: a chain of merges is kept one
        hop, so `into` may be a group that was merged on since."""
        with self._reader() as con:
            return con.execute(
                """
                SELECT s.fingerprint, s.merged_into, h.actor, h.details->>'into'
                FROM group_state s LEFT JOIN (
                    SELECT * FROM group_history WHERE action = 'merged'
                    QUALIFY row_number() OVER (PARTITION BY fingerprint
                                               ORDER BY "at" DESC, rowid DESC) = 1
                ) h ON h.fingerprint = s.fingerprint
                WHERE s.merged_into IS NOT NULL
                ORDER BY s.fingerprint
                """
            ).fetchall()

    def group_history(self, fingerprint: str) -> list[HistoryEntry]:
        """A group's lifecycle transitions, oldest first."""
        with self._reader() as con:
            rows = con.execute(
                'SELECT fingerprint, "at", action, actor, note, details FROM group_history '
                'WHERE fingerprint = ? ORDER BY "at", rowid',
                [fingerprint],
            ).fetchall()
        return [
            HistoryEntry(fp, at, action, actor, note, orjson.loads(details) if details else None)
            for fp, at, action, actor, note, details in rows
        ]

    # -- report (errctl report) -----------------------------------------------------------------

    def report_activity(
        self, edges: Sequence[datetime], flt: EventFilter | None = None
    ) -> list[tuple[int, str | None, int, int]]:
        """(segment i, severity, events, events at level error or above) of the events in
        each segment [edges[i], edges[i+1]) matching `flt`, every level counted (the error rate
        is errors over all events). One pruned time-range scan of `events`: the hourly buckets
        know groups, not levels."""
        n = len(edges) - 1
        if n < 1:
            return []
        segs = ", ".join(["(?::INTEGER, ?::TIMESTAMP, ?::TIMESTAMP)"] * n)
        params: list[Any] = [v for i in range(n) for v in (i, edges[i], edges[i + 1])]
        where, where_params = _where(replace(flt or EventFilter(), since=None, until=None))
        where = where.removeprefix("WHERE ") + " AND" if where else ""
        sql = f"""
            WITH segs(i, lo, hi) AS (VALUES {segs})
            SELECT i, severity, count(*)::BIGINT,
                   (count(*) FILTER (WHERE level >= 'error'::level_t))::BIGINT
            FROM events JOIN segs ON timestamp >= lo AND timestamp < hi
            WHERE {where} timestamp >= ? AND timestamp < ?
            GROUP BY ALL ORDER BY ALL
        """
        with self._reader() as con:
            try:
                return con.execute(sql, [*params, *where_params, edges[0], edges[-1]]).fetchall()
            except duckdb.InvalidInputException as e:
                raise UsageError(f"invalid filter: {e}") from e

    def report_resolutions(
        self, since: datetime, until: datetime
    ) -> list[tuple[str, datetime, datetime | None]]:
        """(fingerprint, resolved at, opened at) of each resolve in [since, until). "Opened" is
        the first event of the episode the resolve closed: the group's first event after its
        previous resolve (its first event ever for a first resolve); None when no event came
        in between (a resolve repeated)."""
        sql = """
            WITH r AS (
                SELECT fingerprint, "at",
                       lag("at") OVER (PARTITION BY fingerprint ORDER BY "at", rowid) AS prev
                FROM group_history WHERE action = 'resolve'
            )
            SELECT r.fingerprint, r."at",
                   (SELECT min(e.timestamp) FROM events e
                    WHERE e.fingerprint = r.fingerprint AND e.timestamp <= r."at"
                      AND (r.prev IS NULL OR e.timestamp > r.prev)) AS opened
            FROM r WHERE r."at" >= ? AND r."at" < ?
            ORDER BY r."at", r.fingerprint
        """
        with self._reader() as con:
            return con.execute(sql, [since, until]).fetchall()


def _group_where(flt: GroupFilter) -> tuple[str, list[Any]]:
    """The WHERE clause over a group's own columns: title / template text, id prefixes.

    Text also matches the group's first message (`first_title`), whose values (an order id, a
    path) the template masks but a user may well search for.
    """
    clauses: list[str] = []
    params: list[Any] = []
    for text in flt.text:
        clauses.append(
            "(contains(lower(title), lower(?)) OR contains(lower(template), lower(?)) "
            "OR contains(lower(first_title), lower(?)))"
        )
        params.extend([text, text, text])
    for rx in flt.regex:
        clauses.append("(regexp_matches(title, ?) OR regexp_matches(template, ?))")
        params.extend([rx, rx])
    if flt.fingerprints:
        clauses.append(
            "("
            + " OR ".join(
                ["(starts_with(fingerprint, ?) OR starts_with(split_part(fingerprint, ':', 2), ?))"]
                * len(flt.fingerprints)
            )
            + ")"
        )
        for fp in flt.fingerprints:
            params.extend([fp, fp])
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params


_FOLD_MEMBERS = """
merged AS (
    SELECT fingerprint AS member, merged_into AS fp FROM {states} WHERE merged_into IS NOT NULL
), members AS (
    SELECT DISTINCT fp, fp AS member FROM merged UNION ALL SELECT fp, member FROM merged
), fc AS (
    SELECT m.fp AS fingerprint, sum(g.count)::BIGINT AS count, min(g.first_seen) AS first_seen,
           max(g.last_seen) AS last_seen, max(g.max_level) AS max_level,
           arg_max(g.max_severity, {rank}) AS max_severity
    FROM members m JOIN groups g ON g.fingerprint = m.member GROUP BY m.fp
), folded AS (
    SELECT groups.* REPLACE (
        coalesce(fc.count, groups.count) AS count,
        coalesce(fc.first_seen, groups.first_seen) AS first_seen,
        coalesce(fc.last_seen, groups.last_seen) AS last_seen,
        coalesce(fc.max_level, groups.max_level) AS max_level,
        coalesce(fc.max_severity, groups.max_severity) AS max_severity
    )
    FROM groups LEFT JOIN fc ON fc.fingerprint = groups.fingerprint
)""".format(rank=SEVERITY_RANK.format("g.max_severity"), states="{states}")
"""CTEs (after a WITH) for `list_groups(fold_merged=True)`: `members` (fp, member) pairs each
group with those merged into it (one hop, as merges are kept) and itself, and `folded` is
`groups` with each group's counters folded over them. A merged group's own row is as stored.
The distinct services, hosts and users are folded for the page only (`_FOLDED_SUMMARY`): the
dimension rows are the largest table a listing reads."""

_AS_OF_MEMBERS = """members AS (
    SELECT fp, fp AS member FROM req
    UNION ALL
    SELECT s.merged_into AS fp, s.fingerprint AS member
    FROM {states} s JOIN req ON s.merged_into = req.fp
)"""
"""A CTE (after one `req(fp)` of the groups asked for) pairing each group asked for with itself
and the groups merged into it, as `_FOLD_MEMBERS` folds them."""

_FOLDED_SUMMARY = """, fm AS (
    SELECT m.fp AS fingerprint, d.dim, d.value, d.count, d.hash,
           max(d.hash) OVER (PARTITION BY d.fingerprint, d.dim) AS top_hash,
           {sampled} AS sampled
    FROM members m JOIN group_dims d ON d.fingerprint = m.member
        JOIN groups gm ON gm.fingerprint = m.member
    WHERE m.fp IN (SELECT fingerprint FROM g)
), fcut AS (
    SELECT fingerprint, dim, min(top_hash) FILTER (WHERE sampled) AS cut FROM fm GROUP BY ALL
), fv AS (
    SELECT fm.fingerprint, fm.dim, fm.value, sum(fm.count) AS count, any_value(fm.hash) AS hash,
           any_value(fcut.cut) AS cut
    FROM fm JOIN fcut USING (fingerprint, dim) GROUP BY ALL
), fn AS (
    SELECT fingerprint, dim, {distinct} AS n,
           first(value ORDER BY count DESC, value) AS top
    FROM fv GROUP BY fingerprint, dim
), fd AS (
    SELECT fingerprint,
           max(n) FILTER (WHERE dim = 'service') AS s,
           max(n) FILTER (WHERE dim = 'host') AS h,
           max(n) FILTER (WHERE dim = 'user') AS u,
           max(top) FILTER (WHERE dim = 'service') AS top
    FROM fn GROUP BY fingerprint
)
SELECT g.fingerprint, title, template, exception_type, count, first_seen, last_seen,
       max_level::VARCHAR, max_severity,
       CASE WHEN t.fp IS NULL THEN n_services ELSE coalesce(fd.s, 0) END,
       CASE WHEN t.fp IS NULL THEN n_hosts ELSE coalesce(fd.h, 0) END,
       CASE WHEN t.fp IS NULL THEN n_users ELSE coalesce(fd.u, 0) END,
       CASE WHEN t.fp IS NULL THEN top_service ELSE fd.top END
FROM g LEFT JOIN (SELECT DISTINCT fp FROM members) t ON t.fp = g.fingerprint
    LEFT JOIN fd ON fd.fingerprint = g.fingerprint""".format(
    sampled=f"{dim_counter('gm', 'd.dim')} > {SAMPLE_SIZE}", distinct=distinct_values("cut")
)
"""`_SUMMARY_FROM_G` for a folded page `g`: a group with merged ones has the distinct values
and top service of all their dimension rows (the sampled ones counted as dim_sample.py says)."""


def _summary_parts(fold_merged: bool, states: str) -> tuple[str, str, str]:
    """(CTEs to put after WITH, the table to read groups from, the summary tail over `g`) of
    a group-summary query, with the merged groups folded into their target (by the lifecycle
    states `states`, a relation: DuckDBStore._states) or not."""
    if fold_merged:
        return _FOLD_MEMBERS.replace("{states}", states) + ",", "folded", _FOLDED_SUMMARY
    return "", "groups", _SUMMARY_FROM_G


_GROUP_ORDER = {
    "count": "count DESC, last_seen DESC, fingerprint",
    "last-seen": "last_seen DESC, count DESC, fingerprint",
    "first-seen": "first_seen DESC, count DESC, fingerprint",
}


def _event(row: dict[str, Any]) -> Event:
    for key in ("stack", "attributes"):  # JSON columns arrive as text
        if row[key]:
            row[key] = orjson.loads(row[key])
    return Event(**row)


def _like_pattern(text: str) -> str:
    """`%text%` with LIKE's own wildcards in `text` matched literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


_MOST_FREQUENT = (
    "(list_sort(list_transform(map_entries(histogram({0})), "
    "lambda x: struct_pack(n := -(x.value::BIGINT), v := x.key)))[1]).v"
)
"""The most frequent non-NULL value of a column in a group (SQL aggregate), a tie to the first
by name: the top service as ingest keeps it (`TOP_SERVICE`), over the events a filter kept."""


_SUMMARY_FROM_G = """
SELECT g.fingerprint, title, template, exception_type, count, first_seen, last_seen,
       max_level::VARCHAR, max_severity, n_services, n_hosts, n_users, top_service
FROM g"""
"""The tail of every group-summary query over a CTE `g` of groups rows: the group-summary
columns in the order they are read in."""


def _where(flt: EventFilter) -> tuple[str, list[Any]]:
    """The WHERE clause for a filter, with its parameters (never string-built values)."""
    clauses: list[str] = []
    params: list[Any] = []

    def any_of(template: str, values: tuple[Any, ...]) -> None:
        if values:
            clauses.append("(" + " OR ".join([template] * len(values)) + ")")
            for v in values:
                params.extend([v] * template.count("?"))

    for text in flt.text:
        # ILIKE is DuckDB's fastest case-insensitive substring scan (faster than lower()).
        # An exception is read as its chain's `Type: message` lines (m014), every cause
        # included, never its frames: scanning the stack's JSON cost a free-text search of a
        # large store over half as much again; the chain is NULL in most events.
        clauses.append("(message ILIKE ? ESCAPE '\\' OR exception_chain ILIKE ? ESCAPE '\\')")
        params.extend([_like_pattern(text)] * 2)
    for rx in flt.regex:
        # The regex runs only on the text that holds what any match must hold (a fast
        # `contains`; regex_literal.py): the message, and the exception chain of the events
        # that have one, where `^` and `$` match at each exception's line.
        literal = required_literal(rx)
        if literal:
            clauses.append(
                "((contains(message, ?) AND regexp_matches(message, ?)) OR "
                "(contains(exception_chain, ?) AND regexp_matches(exception_chain, ?)))"
            )
            params.extend([literal, rx, literal, "(?m)" + rx])
        else:
            clauses.append(
                "(regexp_matches(message, ?) OR "
                "(exception_chain IS NOT NULL AND regexp_matches(exception_chain, ?)))"
            )
            params.extend([rx, "(?m)" + rx])

    def bound(template: str, value: Any) -> None:
        if value is not None:
            clauses.append(template)
            params.append(value)

    bound("level >= ?::level_t", flt.min_level or None)
    any_of("level = ?::level_t", flt.levels)
    bound("timestamp >= ?", flt.since)
    bound("timestamp < ?", flt.until)
    any_of("service = ?", flt.services)
    any_of("host = ?", flt.hosts)
    any_of("source GLOB ?", flt.sources)
    any_of("trace_id = ?", flt.trace_ids)
    # A fingerprint may be given whole (fp1:abcd...) or as a prefix of its hash, like git.
    any_of(
        "(starts_with(fingerprint, ?) OR starts_with(split_part(fingerprint, ':', 2), ?))",
        flt.fingerprints,
    )
    # A group's events include those of the groups merged into it (one hop, as merges are kept).
    any_of(
        "(starts_with(fingerprint, ?) OR starts_with(split_part(fingerprint, ':', 2), ?) OR "
        "fingerprint IN (SELECT fingerprint FROM group_state WHERE merged_into IS NOT NULL AND "
        "(starts_with(merged_into, ?) OR starts_with(split_part(merged_into, ':', 2), ?))))",
        flt.groups,
    )
    bound("id > ?", flt.after_id)  # what `search --follow` has not looked at yet
    bound("id <= ?", flt.until_id)
    for attr in flt.attributes:
        clauses.append("json_extract_string(attributes, ?) = ?")
        params.extend(["$." + attr.key, attr.value])
    for text in flt.stack:
        # The chain as stored (JSON text), where the text is looked for as JSON writes it
        # (`App\Http` is `App\\Http` there); and the trace as logged, which holds what no
        # parser read (a Go panic's other goroutines, a Java `Suppressed:` block, a trace no
        # parser knows). Only events with a trace have either: the cheap `contains` keeps the
        # JSON extraction to those.
        clauses.append(
            "((stack IS NOT NULL AND stack::VARCHAR ILIKE ? ESCAPE '\\') OR "
            "(contains(attributes::VARCHAR, '\"exception_text\"') AND "
            "json_extract_string(attributes, '$.exception_text') ILIKE ? ESCAPE '\\'))"
        )
        params.append(_like_pattern(orjson.dumps(text).decode()[1:-1]))
        params.append(_like_pattern(text))
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    return where, params
