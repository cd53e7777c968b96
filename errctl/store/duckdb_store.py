"""The embedded DuckDB store: connection lifecycle, locking, the source registry, and the
event queries errctl runs.

The rest lives beside it as mixins: group queries and lifecycle states (group_queries.py),
ingest batches (batch_writes.py), alert state (alert_tables.py) and pruning (retention.py);
filters as SQL are event_sql.py's, and SQL both sides use is in sql_fragments.py.

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
from typing import TYPE_CHECKING, Any, Literal

import duckdb
import orjson

from errctl.errors import StoreError, StoreLockedError, UsageError
from errctl.models import (
    EXAMPLES_PER_TEMPLATE,
    Event,
    EventFilter,
    GroupFilter,
    SourceState,
)
from errctl.store.alert_tables import AlertTables
from errctl.store.batch_writes import BatchWrites
from errctl.store.event_sql import EVENT_COLUMNS, event_from_row, events_where, groups_where
from errctl.store.group_queries import GroupQueries
from errctl.store.migrations import latest_version, migrate
from errctl.store.neighbours import neighbour_ids
from errctl.store.retention import Retention
from errctl.store.source_registry import Registered, RegistryCopy
from errctl.store.sql_fragments import (
    SEVERITY_RANK,
    STATES_AS_OF,
    TITLE,
)
from errctl.store.user_sql import UserSql

if TYPE_CHECKING:  # query commands never load pyarrow: ~0.1 s of start-up
    import pyarrow as pa


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


# DuckDB writes a new file's headers (three blocks of 4 KiB) before anything else.
_HEADERS_BYTES = 3 * 4096


def _interrupted_creation(path: Path, exc: Exception) -> bool:
    """Whether `path` is a store whose creation was cut short (the process killed between
    creating the file and writing its headers): DuckDB refuses it as no database, and it is
    shorter than the headers, so it holds no event. Asked only after the lock was taken: a
    live process creating the file holds its lock."""
    if "not a valid DuckDB database file" not in str(exc):
        return False
    try:
        return path.stat().st_size < _HEADERS_BYTES
    except OSError:
        return False


class DuckDBStore(GroupQueries, BatchWrites, AlertTables, Retention, UserSql):
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
        # Whether the last writer's open set aside a store whose creation was cut short.
        self.recreated = False
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

    def _connect(self, read_only: bool, sealed: bool = False) -> duckdb.DuckDBPyConnection:
        started = time.monotonic()
        deadline = started + self.lock_timeout
        delay = 0.02
        warned = False
        waiting: Path | None = None  # this process's announcement (WAITING_SUFFIX)
        try:
            while True:
                try:
                    config = {} if read_only else WRITER_CONFIG
                    if sealed:  # a user's own SQL: no file reached but the store (user_sql)
                        config = {**config, "enable_external_access": False}
                    return duckdb.connect(str(self.path), read_only=read_only, config=config)
                except duckdb.IOException as e:
                    if not read_only and _interrupted_creation(self.path, e):
                        # Killed as it created the store: set the stub aside (nothing is
                        # deleted) and create the store again, as the command asked.
                        aside = self.path.with_name(f"{self.path.name}.interrupted-{os.getpid()}")
                        os.replace(self.path, aside)
                        self.recreated = True
                        continue
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
        self.recreated = False
        con = self._connect(read_only=False)
        try:
            if created or self.recreated:
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
    def _reader(self, sealed: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
        """A read-only connection; `sealed`, one of its own that reaches no file but the
        store's (DuckDB's `enable_external_access` off: user_sql)."""
        with self._lock:
            if self._held is not None and not sealed:  # this process writes: its handle
                yield self._held
                return
            if self._session is not None and not sealed:
                yield self._session
                return
            self._require_existing()
            con = self._connect(read_only=True, sealed=sealed)
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
                con = self._connect(read_only=True, sealed=sealed)
            try:
                yield con
            finally:
                con.close()

    def _require_existing(self, hint: str | None = None) -> None:
        """Refuse to go on without a store file: only ingest (and `initialise`) may create one.
        A command that reads, or changes what is stored (prune, a silence), given a path where
        no store is was most likely given the wrong path; an empty store made there would hide
        that behind a quiet success. `hint`: the way on, when the caller knows a better one."""
        if not self.path.exists():
            raise StoreError(
                f"no store at {self.path}",
                hint=hint
                or "ingest some logs first: errctl ingest PATH (or point --db at a store)",
            )

    def initialise(self) -> None:
        """Create the store (or bring its schema up to date) without writing data."""
        with self._writer():
            pass

    # -- the source registry ------------------------------------------------------------------

    def event_time(self, event_id: int) -> tuple[datetime, bool] | None:
        """The stored time of one event, and whether it is the file's time, not a time read
        in the file: inferred, with no event of its source up to it timed (None once the event
        is gone). A read going on after it goes on from that time (ingest.stored_tail), except
        past the file's time: the lines after it take the file's time of the new read."""
        with self._writer() as con:
            row = con.execute(
                "SELECT e.timestamp, e.timestamp_inferred AND NOT EXISTS (SELECT 1 FROM events o "
                "WHERE o.source = e.source AND o.id <= e.id AND NOT o.timestamp_inferred) "
                "FROM events e WHERE e.id = ?",
                [event_id],
            ).fetchone()
        return (row[0], row[1]) if row else None

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
                "record_offset, record_lines, record_events, detected_from, last_ingested "
                "FROM sources"
            ).fetchall()
            stored = (Registered(_source_state(row[:-1]), row[-1]) for row in rows)
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
                con.execute(
                    'UPDATE sources SET "offset" = 0, lines = 0, record_offset = NULL, '
                    "record_lines = NULL, record_events = NULL WHERE id = ?",
                    [state.id],
                )
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
        where, params = events_where(events)
        if named:
            assert groups is not None
            group_where, group_params = groups_where(groups)
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

    def template_memory(
        self, limit: int
    ) -> tuple[dict[str, list[str]], set[str], dict[str, set[str]]]:
        """({template: its examples}, pinned templates, {template: its families}) for template
        mining (`memory.py`): the examples of message groups not merged, those of the most
        recently seen groups, `limit` at most, least recently seen first; pinned: the templates
        of those groups somebody acted on (resolved, ignored, reopened), which no later
        template takes over; families: those each template's messages came from (none: a
        store from before families were kept, `memory.mining_family`)."""
        if not self.path.exists():
            return {}, set(), {}
        with self._writer() as con:
            rows = con.execute(
                """
                WITH live AS (
                    SELECT g.template, max(g.last_seen) AS last_seen,
                           bool_or(s.fingerprint IS NOT NULL) AS acted,
                           bool_or(s.status IS NOT DISTINCT FROM 'merged') AS merged
                    FROM groups g LEFT JOIN group_state s USING (fingerprint)
                    WHERE g.exception_type IS NULL GROUP BY g.template
                ),
                chosen AS (
                    SELECT x.template, x.example, l.acted, l.last_seen
                    FROM template_examples x JOIN live l USING (template)
                    WHERE NOT l.merged
                    QUALIFY row_number() OVER (PARTITION BY x.template ORDER BY x.example) <= ?
                    ORDER BY l.last_seen DESC, x.template, x.example
                    LIMIT ?
                )
                SELECT c.template, c.example, c.acted,
                       (SELECT list(DISTINCT f.family ORDER BY f.family) FROM template_families f
                        WHERE f.template = c.template) AS families
                FROM chosen c ORDER BY c.last_seen DESC, c.template, c.example
                """,
                [EXAMPLES_PER_TEMPLATE, limit],
            ).fetchall()
        examples: dict[str, list[str]] = {}
        pinned: set[str] = set()
        families: dict[str, set[str]] = {}
        for template, example, acted, names in reversed(rows):
            examples.setdefault(template, []).append(example)
            if acted:
                pinned.add(template)
            if names:
                families[template] = set(names)
        return examples, pinned, families

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
        return map(event_from_row, self.search_rows(flt, limit=limit, oldest_first=oldest_first))

    def search_rows(
        self, flt: EventFilter, *, limit: int | None, oldest_first: bool = False
    ) -> Iterator[dict[str, Any]]:
        """`search` as stored rows ({field: value} in EVENT_FIELDS order), the stack and the
        attributes as their JSON text: what an export writes out again as JSON need not parse
        them (most of the time of `search --limit 0 --format ndjson` went on that)."""
        where, params = events_where(flt)
        order = _search_order(oldest_first)
        sql = f"SELECT {EVENT_COLUMNS} FROM events {where} {order}"
        with self._reader() as con:
            try:
                if limit is not None:
                    # The matching ids first, then their rows: a filter DuckDB cannot push into
                    # the scan (text, regex, stack) otherwise reads every column of every event
                    # (the stack and attributes JSON too) to keep a hundred rows.
                    ids = _matching_ids(con, flt, limit, oldest_first)
                    if not ids:
                        return
                    sql = (
                        f"SELECT {EVENT_COLUMNS} FROM events "
                        f"WHERE id IN (SELECT unnest(?::BIGINT[])) {order}"
                    )
                    params = [ids]
                reader = con.sql(sql, params=params).to_arrow_reader(10_000)
                for batch in reader:
                    yield from batch.to_pylist()
            except duckdb.InvalidInputException as e:
                raise UsageError(f"invalid search: {e}") from e

    def search_ids(
        self, flt: EventFilter, *, limit: int | None, oldest_first: bool = False
    ) -> list[int]:
        """The ids of `search`'s events, in its order."""
        with self._reader() as con:
            try:
                return _matching_ids(con, flt, limit, oldest_first)
            except duckdb.InvalidInputException as e:
                raise UsageError(f"invalid search: {e}") from e

    def neighbour_ids(self, hits: Sequence[int], before: int, after: int) -> dict[int, list[int]]:
        """{hit: the ids of the events around it in its file, itself among them, in read
        order}: `before` read before it at most, `after` after (neighbours.py)."""
        with self._reader() as con:
            return neighbour_ids(con, hits, before, after)

    def rows_by_id(self, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
        """{id: its stored row}, as `search_rows` gives them, for the events of `ids`."""
        if not ids:
            return {}
        with self._reader() as con:
            # The bounds let the scan skip the row groups that hold none of them (their zone
            # maps): ids near one another are read together.
            reader = con.sql(
                f"SELECT {EVENT_COLUMNS} FROM events WHERE id BETWEEN ? AND ? "
                "AND id IN (SELECT unnest(?::BIGINT[]))",
                params=[min(ids), max(ids), list(ids)],
            ).to_arrow_reader(10_000)
            return {row["id"]: row for batch in reader for row in batch.to_pylist()}

    def last_event_id(self) -> int:
        """The id of the event stored last (ids grow with each batch stored); 0 for none."""
        with self._reader() as con:
            return con.execute("SELECT coalesce(max(id), 0) FROM events").fetchall()[0][0]

    def count_events(self, flt: EventFilter) -> int:
        where, params = events_where(flt)
        with self._reader() as con:
            return con.execute(f"SELECT count(*) FROM events {where}", params).fetchall()[0][0]

    def count_events_by(
        self, flt: EventFilter, by: timedelta | str, limit: int | None = None
    ) -> list[tuple[Any, int]]:
        """How many events match `flt` in each time bucket `by` long (the bucket's start,
        buckets aligned to midnight UTC, weeks to Mondays; oldest first, empty ones left out),
        or for each value of the column `by` (level, service, host, source) or of the
        attribute `attr.KEY` (a dotted path; the value as text), None for none, most first;
        the first `limit` rows."""
        where, params = events_where(flt)
        order = "2 DESC, 1 NULLS LAST"
        if isinstance(by, timedelta):
            key, order = "time_bucket(to_microseconds(?::BIGINT), timestamp)", "1"
            params = [by // timedelta(microseconds=1), *params]
        elif by in ("level", "service", "host", "source"):
            key = by
        elif by.startswith("attr.") and len(by) > len("attr."):
            key = "json_extract_string(attributes, ?)"
            params = ["$." + by.removeprefix("attr."), *params]
        else:
            raise ValueError(f"not a column to count by: {by}")
        sql = f"SELECT {key}, count(*) FROM events {where} GROUP BY 1 ORDER BY {order}"
        if limit is not None:
            sql, params = f"{sql} LIMIT ?", [*params, limit]
        with self._reader() as con:
            return [(value, n) for value, n in con.execute(sql, params).fetchall()]

    def distinct_values(self, column: Literal["service", "host"]) -> list[str]:
        """Every service (or host) some stored event has, sorted: what --service and --host can
        match, for saying that a value given matches none of them."""
        if column not in ("service", "host"):
            raise ValueError(f"not a name column: {column}")
        sql = f"SELECT DISTINCT {column} FROM events WHERE {column} IS NOT NULL ORDER BY 1"
        with self._reader() as con:
            return [r[0] for r in con.execute(sql).fetchall()]

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
            rel = con.execute(f"SELECT {EVENT_COLUMNS} FROM events WHERE id = ?", [event_id])
            cols = [d[0] for d in rel.description]
            row = rel.fetchone()
        return event_from_row(dict(zip(cols, row, strict=True))) if row else None

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


def _search_order(oldest_first: bool) -> str:
    """Search's order: newest first (ties by id, the later stored first), or oldest first."""
    way = "ASC" if oldest_first else "DESC"
    return f"ORDER BY timestamp {way}, id {way}"


def _matching_ids(con: Any, flt: EventFilter, limit: int | None, oldest_first: bool) -> list[int]:
    """The ids of the events matching `flt`, in search's order, `limit` at most (None: all)."""
    where, params = events_where(flt)
    cut = f" LIMIT {int(limit)}" if limit is not None else ""
    rows = con.execute(f"SELECT id FROM events {where} {_search_order(oldest_first)}{cut}", params)
    return [i for (i,) in rows.fetchall()]


def _source_state(row: tuple) -> SourceState:
    """A registry row's state (its lists, of the events left open, as tuples)."""
    *fields, record_lines, record_events, detected_from = row
    return SourceState(
        *fields, tuple(record_lines or ()), tuple(record_events or ()), detected_from or 0
    )
