"""Writing ingest batches (`commit_batch`): the events, the groups they fold into with their
dimensions, hourly counts and top services, what template mining learnt, quarantined lines and
the source's new offset, all in one transaction.

`BatchWrites` is a mixin of `DuckDBStore`, kept in its own module as `AlertTables` and
`Retention` are; it uses the store's `_writer()` connection and its locking rules.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import duckdb
import orjson

from errctl.errors import StoreError
from errctl.models import EXAMPLES_PER_TEMPLATE, MiningMemory, SourceState, Takeover
from errctl.store.dim_sample import SAMPLE_SIZE, VALUE_HASH, sample_and_count
from errctl.store.migrations import TOP_SERVICE, default_memory_limit
from errctl.store.mixin import StoreMixin
from errctl.store.sql_fragments import (
    EXCEPTION_CHAIN,
    SEVERITY_RANK,
    STATE_COLUMNS,
    dims_select,
)

if TYPE_CHECKING:  # query commands never load pyarrow: ~0.1 s of start-up
    from collections.abc import Callable, Sequence

    import pyarrow as pa

TAKEOVER_ACTOR = "errctl ingest"
"""Who merges a group whose template a later one took over (its history says so)."""

# Columns an ingest batch must carry, in this order (ids are assigned here, under the lock).
BATCH_COLUMNS = (
    "source",
    "line",
    "timestamp",
    "timestamp_inferred",
    "level",
    "service",
    "host",
    "logger",
    "message",
    "template",
    "fingerprint",
    "severity",
    "exception_type",
    "exception_value",
    "stack",
    "exception_chain",
    "trace_id",
    "attributes",
    "format",
    "title",
    "category",
)


ROW_ERRORS = (duckdb.DataError, duckdb.ConstraintException)
"""What DuckDB raises for a value its column refuses (a cast that fails, NULL where it may not
be): the fault of some rows, which the batch is stored without (`_refused_rows`)."""

REFUSAL_TRIES = 1_000
"""Transactions tried at most to find the rows the store refuses: about 2 log2(n) a refused
row in a batch of n (34 for 122,880). A fault more widespread fails the batch as it did."""

REFUSED_RAW_CHARS = 64 * 1024
"""How much of a refused event's message its quarantined row keeps (a rejected line's bytes are
kept up to 64 KiB)."""


@dataclass(frozen=True, slots=True)
class Refusal:
    """Events of a batch the store refused, each with why (DuckDB's message, first line)."""

    events: pa.Table
    reasons: Sequence[str]

    def by_source(self) -> dict[str, tuple[int, str]]:
        """How many events of each source were refused, and the first one's reason."""
        return refused_by_source([self])

    def quarantine(self) -> pa.Table:
        """The refused events as the quarantine's rows are made from them."""
        import pyarrow as pa

        reasons = [f"refused by the store: {reason}" for reason in self.reasons]
        return self.events.append_column("reason", pa.array(reasons, pa.string()))


def refused_by_source(refusals: Sequence[Refusal]) -> dict[str, tuple[int, str]]:
    """How many events of each source `refusals` hold, and the first one's reason."""
    counts: dict[str, tuple[int, str]] = {}
    for refusal in refusals:
        sources = refusal.events.column("source").to_pylist()
        for source, reason in zip(sources, refusal.reasons, strict=True):
            count, first = counts.get(source, (0, reason))
            counts[source] = (count + 1, first)
    return counts


FEW_CHUNKS = 16
"""Chunks a table handed to DuckDB may have as they are; more are copied into one first."""


def in_few_chunks(table: pa.Table) -> pa.Table:
    """`table`, copied into one chunk when it has many. DuckDB scans an Arrow table chunk by
    chunk with buffers of its own for each: a batch of 3,000 files of five lines, 3,000 chunks
    of 15,000 events in all, ran the writer out of its memory limit (96 MB). A few large
    chunks (a big file's batches, queued while the writer was busy) are not copied."""
    if table.num_columns and table.column(0).num_chunks > FEW_CHUNKS:
        return table.unify_dictionaries().combine_chunks()
    return table


class BatchWrites(StoreMixin):
    """`commit_batch` and the group counters it keeps; mixed into DuckDBStore."""

    _sources_changed: Callable[[], None]
    _stored_sources: Callable[[Sequence[SourceState]], None]
    _is_unwritten: Callable[[int], bool]

    @staticmethod
    def _recount_groups(con: duckdb.DuckDBPyConnection, fingerprints_sql: str) -> None:
        """Rebuild the counters of some groups from their events (after events were removed)."""
        con.execute(f"DELETE FROM group_hourly WHERE fingerprint IN ({fingerprints_sql})")
        con.execute(f"DELETE FROM group_dims WHERE fingerprint IN ({fingerprints_sql})")
        con.execute(f"DELETE FROM groups WHERE fingerprint IN ({fingerprints_sql})")
        con.execute(
            f"""
            INSERT INTO groups (fingerprint, title, template, exception_type, first_seen,
                                last_seen, count, max_level, first_event_id, last_event_id,
                                max_severity)
            SELECT fingerprint, arg_min(left(CASE WHEN exception_type IS NULL THEN message
                        WHEN coalesce(exception_value, '') = '' THEN exception_type
                        ELSE exception_type || ': ' || exception_value END, 200), id),
                   arg_min(template, id), arg_min(exception_type, id), min(timestamp),
                   max(timestamp), count(*), max(level), min(id), max(id),
                   arg_max(severity, {SEVERITY_RANK.format("severity")})
            FROM events WHERE fingerprint IN ({fingerprints_sql}) GROUP BY fingerprint
            """
        )
        con.execute(
            "INSERT INTO group_dims (fingerprint, dim, value, count, hash) "
            "SELECT *, "
            + VALUE_HASH.format("value")
            + " FROM ("
            + dims_select(f"(SELECT * FROM events WHERE fingerprint IN ({fingerprints_sql}))")
            + ")"
        )
        sample_and_count(con, fingerprints_sql)
        service_rows = (
            f"(SELECT * FROM group_dims WHERE dim = 'service' "
            f"AND fingerprint IN ({fingerprints_sql}))"
        )
        con.execute(
            f"UPDATE groups SET top_service = t.value, top_service_count = t.count "
            f"FROM ({TOP_SERVICE.format(rows=service_rows)}) t "
            "WHERE groups.fingerprint = t.fingerprint"
        )
        con.execute(
            f"""
            INSERT INTO group_hourly
            SELECT fingerprint, date_trunc('hour', timestamp), count(*)
            FROM events WHERE fingerprint IN ({fingerprints_sql}) GROUP BY ALL
            """
        )

    # -- writing ------------------------------------------------------------------------------

    def commit_batch(
        self,
        events: pa.Table | None,
        quarantine: pa.Table | None,
        sources: SourceState | Sequence[SourceState] | None,
        learnt: MiningMemory | None = None,
        replaced: Sequence[int] = (),
    ) -> Refusal | None:
        """Store one batch and advance its sources, all in one transaction.

        `events` has BATCH_COLUMNS; `quarantine` has (source, line, reason, raw); `sources`:
        the registry rows as they must read once this batch is stored, one per source whose
        events it holds (none for stdin). A batch may hold several small files: their events
        and offsets commit together, so a crash loses all of them or none. `learnt`:
        what template mining learnt from the batch (`_remember`, after the events: a template
        first seen in this batch has its group then). `replaced`: ids of stored events the
        batch's events replace (an event a later read found going on), removed first.

        Returns the events the store refused (`Refusal`), which went to the quarantine
        instead: none, unless ingest made an event the store cannot hold (a bug of ours).
        """
        if isinstance(sources, SourceState):
            sources = (sources,)
        batch = (events, quarantine, sources, learnt, replaced)
        with self._writer() as con:
            try:
                try:
                    stored, refusal = self._store_or_refuse(con, *batch)
                except duckdb.Error as e:
                    if not _out_of_memory(e):
                        raise
                    # The writer's small cache (duckdb_store.WRITER_CONFIG) was too small for
                    # this batch (strings of a megabyte each: a hostile file's lines): nothing
                    # of it was stored, and it is stored again with DuckDB's default limit.
                    with default_memory_limit(con):
                        stored, refusal = self._store_or_refuse(con, *batch)
            except duckdb.Error as e:
                raise StoreError(f"writing to the store {self.path} failed: {e}") from e
            if stored:
                self._stored_sources(stored)
            return refusal

    def _store_or_refuse(
        self,
        con: duckdb.DuckDBPyConnection,
        events: pa.Table | None,
        quarantine: pa.Table | None,
        sources: Sequence[SourceState] | None,
        learnt: MiningMemory | None,
        replaced: Sequence[int],
    ) -> tuple[Sequence[SourceState] | None, Refusal | None]:
        """`_store_batch`, and if the store refuses some of the batch's events (a value no
        column takes: JSON that does not parse, an unknown level), the batch again without
        them, those quarantined with the store's reason. Bad input must cost its own lines,
        never the file: an Authelia error text that the scrubber once turned into invalid
        JSON lost a whole log (exit 4, nothing stored)."""
        try:
            return self._store_batch(con, events, quarantine, sources, learnt, replaced), None
        except ROW_ERRORS:
            if events is None or not events.num_rows:
                raise
            refused = _refused_rows(con, events)
            if not refused:
                raise  # not the fault of some rows: the batch as a whole
            rows = list(refused)
            refusal = Refusal(events.take(rows), list(refused.values()))
            kept = events.filter(_without(events.num_rows, rows))
            stored = self._store_batch(con, kept, quarantine, sources, learnt, replaced, refusal)
            return stored, refusal

    def _store_batch(
        self,
        con: duckdb.DuckDBPyConnection,
        events: pa.Table | None,
        quarantine: pa.Table | None,
        sources: Sequence[SourceState] | None,
        learnt: MiningMemory | None,
        replaced: Sequence[int] = (),
        refusal: Refusal | None = None,
    ) -> Sequence[SourceState] | None:
        """`commit_batch`'s transaction on `con`: all of it stored, or none of it. Returns
        the sources' rows as stored (with the ids of the events they left open). `refusal`:
        events left out of `events`, quarantined instead."""
        con.execute("BEGIN TRANSACTION")
        try:
            # (Before the batch's events, which may be stored from the same lines.)
            ids_from = self._remove_replaced(con, replaced) if replaced else None
            first_id = None
            if events is not None and events.num_rows:
                first_id = self._insert_events(con, events, ids_from)
            if replaced:
                self._recount_groups(con, "SELECT fingerprint FROM replaced_groups")
                con.execute("DROP TABLE replaced_groups")
            if learnt:
                self._remember(con, learnt)
            if quarantine is not None and quarantine.num_rows:
                con.register("quarantine_batch", quarantine)
                con.execute(
                    "INSERT INTO quarantine SELECT source, line, reason, raw, "
                    "now()::TIMESTAMP FROM quarantine_batch"
                )
                con.unregister("quarantine_batch")
            if refusal is not None:
                con.register("refused_batch", refusal.quarantine())
                con.execute(
                    "INSERT INTO quarantine SELECT source, line, reason, "
                    "encode(left(coalesce(message, ''), ?)), now()::TIMESTAMP FROM refused_batch",
                    [REFUSED_RAW_CHARS],
                )
                con.unregister("refused_batch")
            if sources:
                sources = self._advance_sources(con, sources, first_id)
            con.execute("COMMIT")
            return sources
        except BaseException as e:
            if sources:
                self._sources_changed()  # the copy may hold what the table does not
            if isinstance(e, duckdb.Error):
                # A COMMIT that failed has rolled the transaction back itself.
                with contextlib.suppress(duckdb.TransactionException):
                    con.execute("ROLLBACK")
            raise

    def _advance_sources(
        self,
        con: duckdb.DuckDBPyConnection,
        sources: Sequence[SourceState],
        first_id: int | None = None,
    ) -> list[SourceState]:
        """Store the registry rows of a batch's sources: new ones inserted, the others
        updated, a statement each for all of them: a batch of a folder of small files holds
        hundreds (a statement each took 0.8 s of 300 files' ingest). Returns them as stored,
        with the ids of the events they left open (`_open_event_ids`)."""
        import pyarrow as pa  # only ingest writes batches: query commands never load it

        if first_id is not None:
            sources = _open_event_ids(con, sources, first_id)
        rows = pa.table(
            {
                "new": pa.array([self._is_unwritten(s.id) for s in sources], pa.bool_()),
                "id": pa.array([s.id for s in sources], pa.int64()),
                "path": pa.array([s.path for s in sources], pa.string()),
                "dev": pa.array([s.dev for s in sources], pa.uint64()),
                "inode": pa.array([s.inode for s in sources], pa.uint64()),
                "head_len": pa.array([s.head_len for s in sources], pa.int64()),
                "head_hash": pa.array([s.head_hash for s in sources], pa.string()),
                "offset": pa.array([s.offset for s in sources], pa.int64()),
                "lines": pa.array([s.lines for s in sources], pa.int64()),
                "format": pa.array([s.format for s in sources], pa.string()),
                "record_offset": pa.array([s.record_offset for s in sources], pa.int64()),
                "record_lines": pa.array(
                    [list(s.record_lines) for s in sources], pa.list_(pa.int64())
                ),
                "record_events": pa.array(
                    [list(s.record_events) for s in sources], pa.list_(pa.int64())
                ),
                "detected_from": pa.array([s.detected_from for s in sources], pa.int64()),
            }
        )
        con.register("batch_sources", rows)
        con.execute(
            """
            INSERT INTO sources BY NAME SELECT id, path, dev, inode, head_len, head_hash,
                "offset", lines, format, record_offset, record_lines, record_events, detected_from,
                now()::TIMESTAMP AS first_ingested, now()::TIMESTAMP AS last_ingested
            FROM batch_sources WHERE new
            """
        )
        con.execute(
            """
            UPDATE sources SET path = b.path, dev = b.dev, inode = b.inode,
                head_len = b.head_len, head_hash = b.head_hash, "offset" = b."offset",
                lines = b.lines, format = b.format, record_offset = b.record_offset,
                record_lines = b.record_lines, record_events = b.record_events,
                detected_from = b.detected_from,
                last_ingested = now()::TIMESTAMP
            FROM batch_sources b WHERE sources.id = b.id AND NOT b.new
            """
        )
        con.unregister("batch_sources")
        return list(sources)

    @staticmethod
    def _remember(con: duckdb.DuckDBPyConnection, learnt: MiningMemory) -> None:
        """Keep new examples of templates (EXAMPLES_PER_TEMPLATE a template at most, however
        many runs offer them) and the families of sources each came from, and record
        takeovers as `errctl merge` records merges."""
        import pyarrow as pa  # only ingest writes batches: query commands never load it

        if learnt.examples:
            templates, examples = zip(*learnt.examples, strict=True)
            con.register(
                "learnt_examples",
                pa.table({"template": list(templates), "example": list(examples)}),
            )
            con.execute(
                """
                INSERT INTO template_examples
                SELECT b.template, b.example FROM (
                    SELECT DISTINCT template, example FROM learnt_examples b
                    WHERE NOT EXISTS (SELECT 1 FROM template_examples x
                                      WHERE x.template = b.template AND x.example = b.example)
                ) b
                LEFT JOIN (SELECT template, count(*) AS have FROM template_examples
                           WHERE template IN (SELECT template FROM learnt_examples)
                           GROUP BY template) h USING (template)
                QUALIFY row_number() OVER (PARTITION BY b.template ORDER BY b.example)
                        + coalesce(any_value(h.have) OVER (PARTITION BY b.template), 0) <= ?
                """,
                [EXAMPLES_PER_TEMPLATE],
            )
            con.unregister("learnt_examples")
        if learnt.families:
            templates, families = zip(*learnt.families, strict=True)
            con.register(
                "learnt_families",
                pa.table({"template": list(templates), "family": list(families)}),
            )
            con.execute(
                """
                INSERT INTO template_families
                SELECT DISTINCT template, family FROM learnt_families b
                WHERE NOT EXISTS (SELECT 1 FROM template_families x
                                  WHERE x.template = b.template AND x.family = b.family)
                """
            )
            con.unregister("learnt_families")
        if learnt.takeovers:
            BatchWrites._take_over(con, learnt.takeovers)

    @staticmethod
    def _take_over(con: duckdb.DuckDBPyConnection, takeovers: Sequence[Takeover]) -> None:
        """Merge the group of each template a later one took over into the later one's group,
        in order: state `merged` and a history entry on both groups, by `errctl ingest`, as
        `errctl merge` does (groups merged into it before follow it). Only message groups
        nobody acted on (no state yet: `memory.py` leaves the user's alone; the store checks
        again). The later template's group is made if it has no event yet; it takes the taken
        one's first-seen time and alert state (it is no new problem).

        The rows involved are read once, the takeovers are played on them in order, and what
        they changed is written a table at a time: a dozen statements a takeover cost 20 ms
        (a log of thousands of templates took 800 takeovers in a run, 16 s)."""
        involved = sorted({fp for t in takeovers for fp in (t.fingerprint, t.into)})
        # The states of the groups involved and of the groups merged into them (the only ones
        # a takeover reads or moves), in table order, which the groups that follow a taken one
        # are logged in.
        states: dict[str, list[Any]] = {}
        order: dict[str, int] = {}
        for rowid, *row in con.execute(
            f"SELECT rowid, {STATE_COLUMNS} FROM group_state "
            "WHERE fingerprint IN (SELECT unnest($1)) OR merged_into IN (SELECT unnest($1)) "
            "ORDER BY rowid",
            [involved],
        ).fetchall():
            states[row[0]] = row
            order[row[0]] = rowid
        wanted = set(involved).union(row[_MERGED_INTO] for row in states.values())
        wanted.discard(None)
        # fingerprint -> [first_seen, first_event_id, a message group, the stored group whose
        # other columns a group made here copies]
        groups: dict[str, list[Any]] = {
            fp: [first_seen, first_event_id, message, fp]
            for fp, first_seen, first_event_id, message in con.execute(
                "SELECT fingerprint, first_seen, first_event_id, exception_type IS NULL "
                "FROM groups WHERE fingerprint IN (SELECT unnest(?))",
                [sorted(wanted)],
            ).fetchall()
        }
        made: list[tuple[str, str]] = []  # (group made, its template)
        moved_first: set[str] = set()  # stored groups whose first-seen time moved
        merged: list[str] = []  # groups that took state `merged` here
        moved: set[str] = set()  # stored states whose `merged_into` moved
        logged: list[list[Any]] = []  # state log rows, but for their seq
        history: list[tuple[str, datetime, str, str, str, str]] = []
        alerts: list[tuple[str, str]] = []  # (taken group, the group standing for it)
        done: set[str] = set()  # the taken templates: their examples are the taker's now
        for taken in takeovers:
            source = groups.get(taken.fingerprint)
            if source is None or not source[2]:
                continue
            if groups.get(taken.into, [None, None, False])[2] is False:
                # A template mined from the examples of earlier ones, no event of its own yet:
                # its group starts as the taken one's, with no event (top and show count the
                # events of the groups merged into it). (A group of another kind with its
                # fingerprint makes the insert fail, as it would.)
                groups[taken.into] = [source[0], source[1], True, source[3]]
                made.append((taken.into, taken.into_template))
            if taken.fingerprint in states:
                continue
            into_state = states.get(taken.into)
            target = (into_state[_MERGED_INTO] if into_state else None) or taken.into
            if target == taken.fingerprint:
                continue
            at = datetime.now(UTC).replace(tzinfo=None)
            state = [taken.fingerprint, "merged", None, None, None, None, None, None, target, at]
            # Groups this one took over before follow it: merges stay one hop (store, top and
            # alerts follow `merged_into` once), so a group taken over by a template that is
            # taken over in turn (`enabled=state_changing`, then `enabled=<*>`, then `Feature
            # flag <*>`) is counted, and its later events are stored, under the last one.
            followed = [row for row in states.values() if row[_MERGED_INTO] == taken.fingerprint]
            states[taken.fingerprint] = state
            order[taken.fingerprint] = len(order) + (1 << 62)  # after the stored rows
            merged.append(taken.fingerprint)
            # The state log (m013) has a takeover hold at every time, not from now on: it
            # corrects how the statement was grouped (read at once, the log would have made
            # one group from the start), so `top --at` an earlier time counts both templates'
            # events together too. The groups that follow it do so from the time they were
            # merged into the taken one.
            logged.append([*state[:-1], min(source[0], at)])
            for row in sorted(followed, key=lambda row: order[row[0]]):
                since = row[_UPDATED_AT]
                row[_MERGED_INTO], row[_UPDATED_AT] = target, at
                moved.add(row[0])
                logged.append([*row[:-1], since])
            # The statement was first seen when the taken template was: its group is no new
            # problem (no NEW badge, no new-group alert) for being named better later.
            into = groups.get(target)
            if into is not None and source[0] < into[0]:
                into[0], into[1] = source[0], source[1]
                moved_first.add(target)
            # Nor is it new to the alert receivers (below).
            alerts.append((taken.fingerprint, target))
            done.add(taken.template)
            note = (
                f"template {taken.into_template!r} took over {taken.template!r}: "
                "later messages vary where it had words"
            )
            for fp, action, details in (
                (taken.fingerprint, "merged", {"into": target}),
                (target, "merge", {"merged": [taken.fingerprint]}),
            ):
                history.append(
                    (fp, at, action, TAKEOVER_ACTOR, note, orjson.dumps(details).decode())
                )
        BatchWrites._write_takeovers(
            con,
            [(fp, template, *groups[fp]) for fp, template in made],
            [(fp, *groups[fp][:2]) for fp in sorted(moved_first - {fp for fp, _ in made})],
            [states[fp] for fp in merged],
            [(fp, *states[fp][_MERGED_INTO:]) for fp in sorted(moved - set(merged))],
            logged,
            history,
        )
        if (
            alerts
            and con.execute(
                "SELECT EXISTS (SELECT 1 FROM alert_state WHERE key IN (SELECT unnest(?)))",
                [sorted({taken for taken, _ in alerts})],
            ).fetchall()[0][0]
        ):
            # What the receivers were told of the taken group (a `new` alert, a firing
            # condition) holds for the group that now stands for it, unless they were told of
            # that one already. Its labels come along: a condition that fired for the taken
            # group resolves under the labels that firing was sent with (m009). (Only the
            # taken groups' rows are copied, so with none of theirs there is none to copy.)
            for taken_fp, target in alerts:
                con.execute(
                    """
                    INSERT INTO alert_state (rule, key, status, last_fired, episode, value,
                                             fired_count, updated_at, labels)
                    SELECT rule, ?, status, last_fired, episode, value, fired_count,
                           updated_at, labels
                    FROM alert_state a WHERE key = ?
                      AND NOT EXISTS (SELECT 1 FROM alert_state b
                                      WHERE b.rule = a.rule AND b.key = ?)
                    """,
                    [target, taken_fp, target],
                )
        if done:
            # The taker has their families already (the memory passed them on, `learnt`).
            for table in ("template_examples", "template_families"):
                con.execute(
                    f"DELETE FROM {table} WHERE template IN (SELECT unnest(?))", [sorted(done)]
                )

    @staticmethod
    def _write_takeovers(
        con: duckdb.DuckDBPyConnection,
        made: list[tuple[Any, ...]],
        first_moved: list[tuple[Any, ...]],
        new_states: list[list[Any]],
        moved_states: list[tuple[Any, ...]],
        logged: list[list[Any]],
        history: list[tuple[str, datetime, str, str, str, str]],
    ) -> None:
        """What `_take_over` changed, a statement a table: the groups made (fingerprint,
        template, first_seen, first_event_id, -, the stored group whose other columns they
        copy), the stored groups whose first-seen time moved, the states made, the stored
        states whose `merged_into` moved, the state log rows and the history entries, each in
        the order the takeovers made them."""
        import pyarrow as pa  # only ingest writes batches: query commands never load it

        def put(name: str, rows: Sequence[Sequence[Any]], schema: pa.Schema, sql: str) -> None:
            if not rows:
                return
            columns = zip(*rows, strict=True)
            arrays = [pa.array(c, f.type) for c, f in zip(columns, schema, strict=True)]
            con.register(name, pa.table(arrays, schema=schema))
            try:
                con.execute(sql)
            finally:
                con.unregister(name)

        ts, text, big = pa.timestamp("us"), pa.string(), pa.int64()
        put(
            "made_groups",
            [(i, *row[:4], row[5]) for i, row in enumerate(made)],
            pa.schema(
                [
                    ("ord", big),
                    ("fingerprint", text),
                    ("template", text),
                    ("first_seen", ts),
                    ("first_event_id", big),
                    ("source", text),
                ]
            ),
            """
            INSERT INTO groups (fingerprint, title, template, exception_type, first_seen,
                                last_seen, count, max_level, first_event_id, last_event_id,
                                max_severity)
            SELECT m.fingerprint, m.template, m.template, NULL, m.first_seen, g.last_seen, 0,
                   g.max_level, m.first_event_id, g.last_event_id, g.max_severity
            FROM made_groups m JOIN groups g ON g.fingerprint = m.source ORDER BY m.ord
            """,
        )
        put(
            "moved_groups",
            first_moved,
            pa.schema([("fingerprint", text), ("first_seen", ts), ("first_event_id", big)]),
            """
            UPDATE groups SET first_seen = m.first_seen, first_event_id = m.first_event_id
            FROM moved_groups m WHERE groups.fingerprint = m.fingerprint
            """,
        )
        state = [
            ("fingerprint", text),
            ("status", text),
            ("resolved_at", ts),
            ("ignored_at", ts),
            ("ignored_until", ts),
            ("ignore_until_count", big),
            ("ignore_until_rate", big),
            ("ignore_rate_hours", pa.int32()),
            ("merged_into", text),
            ("updated_at", ts),
        ]
        put(
            "made_states",
            [(i, *row) for i, row in enumerate(new_states)],
            pa.schema([("ord", big), *state]),
            f"INSERT INTO group_state SELECT {STATE_COLUMNS} FROM made_states ORDER BY ord",
        )
        put(
            "moved_states",
            moved_states,
            pa.schema([state[0], *state[-2:]]),
            """
            UPDATE group_state SET merged_into = m.merged_into, updated_at = m.updated_at
            FROM moved_states m WHERE group_state.fingerprint = m.fingerprint
            """,
        )
        if logged:
            seqs = sorted(
                seq
                for (seq,) in con.execute(
                    "SELECT nextval('group_state_seq') FROM range(?)", [len(logged)]
                ).fetchall()
            )
            put(
                "logged_states",
                [(seq, *row) for seq, row in zip(seqs, logged, strict=True)],
                pa.schema([("seq", big), *state]),
                f"INSERT INTO group_state_log SELECT seq, {STATE_COLUMNS} "
                "FROM logged_states ORDER BY seq",
            )
        put(
            "history_entries",
            [(i, *row) for i, row in enumerate(history)],
            pa.schema(
                [
                    ("ord", big),
                    ("fingerprint", text),
                    ("at", ts),
                    ("action", text),
                    ("actor", text),
                    ("note", text),
                    ("details", text),
                ]
            ),
            'INSERT INTO group_history SELECT fingerprint, "at", action, actor, note, '
            "details::JSON FROM history_entries ORDER BY ord",
        )

    @staticmethod
    def _remove_replaced(con: duckdb.DuckDBPyConnection, replaced: Sequence[int]) -> int:
        """Delete the events of these ids, keeping their groups' fingerprints in the temporary
        table `replaced_groups` (recounted once the batch is in). Returns the largest event id
        before: the batch's ids start past it, so an id is never given twice (`search
        --follow` shows what is past the last id it saw: the event whole, again)."""
        (largest,) = con.execute("SELECT coalesce(max(id), 0) FROM events").fetchall()[0]
        ids = list(replaced)
        con.execute(
            "CREATE OR REPLACE TEMP TABLE replaced_groups AS "
            "SELECT DISTINCT fingerprint FROM events WHERE id IN (SELECT unnest(?::BIGINT[]))",
            [ids],
        )
        con.execute("DELETE FROM events WHERE id IN (SELECT unnest(?::BIGINT[]))", [ids])
        return largest

    @staticmethod
    def _insert_events(
        con: duckdb.DuckDBPyConnection, events: pa.Table, ids_from: int | None = None
    ) -> int:
        """Store `events` (and fold them into their groups); returns the first id given."""
        # Ids are assigned under the write lock, so max(id) + row number is unique and dense.
        (base,) = con.execute("SELECT coalesce(max(id), 0) FROM events").fetchall()[0]
        base = max(base, ids_from or 0)
        # The batch is read where it is, as Arrow, by the statements below (each reads only
        # its columns); copying it into a temporary table first cost a seventh of the writes.
        import pyarrow as pa  # only ingest writes batches: query commands never load it

        ids = pa.array(range(base + 1, base + 1 + events.num_rows), pa.int64())
        staged = in_few_chunks(events).add_column(0, "id", ids)
        # `errctl merge`: later events of a merged group are stored under the group it was
        # merged into, decided here under the write lock so a merge during a long ingest holds.
        # (Asked first: most stores merged nothing, and then the batch needs no copy.)
        merged = "FROM group_state WHERE merged_into IS NOT NULL"
        copied = con.execute(f"SELECT EXISTS (SELECT 1 {merged})").fetchall()[0][0]
        if copied:
            con.register("batch", staged)
            con.execute("CREATE OR REPLACE TEMP TABLE staged AS SELECT * FROM batch")
            con.unregister("batch")
            con.execute(
                "UPDATE staged SET fingerprint = s.merged_into FROM group_state s "
                "WHERE staged.fingerprint = s.fingerprint AND s.merged_into IS NOT NULL"
            )
        else:
            con.register("staged", staged)
        try:
            BatchWrites._store_staged(con, base)
        except BaseException:
            # No statement after a failed one: DuckDB would answer only that the transaction
            # is aborted, hiding why (unregistering is a statement too, and failed so). The
            # caller's ROLLBACK drops a copy made in it.
            if not copied:
                with contextlib.suppress(duckdb.Error):
                    con.unregister("staged")
            raise
        if copied:
            con.execute("DROP TABLE staged")
        else:
            con.unregister("staged")
        return base + 1

    @staticmethod
    def _store_staged(con: duckdb.DuckDBPyConnection, base: int) -> None:
        """Store the batch `staged` (BATCH_COLUMNS and its event ids, from base + 1) in events,
        and fold it into the groups and their dimensions, hourly counts and top services."""
        con.execute(
            """
            INSERT INTO events BY NAME
            SELECT id, source, line, timestamp, timestamp_inferred, level::level_t AS level,
                   service, host, logger, message, template, fingerprint, severity,
                   exception_type, exception_value, stack::JSON AS stack, trace_id,
                   attributes::JSON AS attributes, format, now()::TIMESTAMP AS ingested_at,
                   category,
                   -- Ingest computed it once per distinct trace; a batch made otherwise gets
                   -- it from the chain (rows that have it never evaluate this).
                   coalesce(exception_chain, {chain}) AS exception_chain
            FROM staged
            """.format(
                chain=EXCEPTION_CHAIN.format(
                    stack="stack", type="exception_type", value="exception_value"
                )
            )
        )
        old_rank = SEVERITY_RANK.format("groups.max_severity")
        new_rank = SEVERITY_RANK.format("excluded.max_severity")
        con.execute(
            f"""
            INSERT INTO groups (fingerprint, title, template, exception_type, first_seen,
                                last_seen, count, max_level, first_event_id, last_event_id,
                                max_severity)
            SELECT fingerprint, arg_min(title, id), arg_min(template, id),
                   arg_min(exception_type, id), min(timestamp), max(timestamp), count(*),
                   max(level::level_t), min(id), max(id),
                   arg_max(severity, {SEVERITY_RANK.format("severity")})
            FROM staged GROUP BY fingerprint
            ON CONFLICT (fingerprint) DO UPDATE SET
                first_seen = least(groups.first_seen, excluded.first_seen),
                last_seen = greatest(groups.last_seen, excluded.last_seen),
                count = groups.count + excluded.count,
                max_level = greatest(groups.max_level, excluded.max_level),
                max_severity = CASE WHEN {new_rank} > {old_rank}
                                    THEN excluded.max_severity ELSE groups.max_severity END,
                last_event_id = excluded.last_event_id
            """
        )
        # The batch's counts are added to the rows there and the other rows inserted, not
        # upserted: `ON CONFLICT` needs a key, whose index DuckDB keeps in memory outside its
        # buffer pool (m010).
        con.execute(
            "CREATE OR REPLACE TEMP TABLE batch_dims AS "
            f"SELECT *, {VALUE_HASH.format('value')} AS hash FROM ({dims_select('staged')})"
        )
        same = "{t}.fingerprint = b.fingerprint AND {t}.dim = b.dim AND {t}.value = b.value"
        con.execute(
            "UPDATE group_dims SET count = group_dims.count + b.count FROM batch_dims b "
            f"WHERE {same.format(t='group_dims')}"
        )
        con.execute(
            "INSERT INTO group_dims (fingerprint, dim, value, count, hash) "
            "SELECT b.fingerprint, b.dim, b.value, b.count, b.hash "
            f"FROM batch_dims b ANTI JOIN group_dims g ON {same.format(t='g')} "
            # A new value past the batch's own sample of its dimension cannot be in the
            # group's (dim_sample.py): as many values below it are new too. One more is let
            # in, so that the cut sees the dimension had more values than a sample holds.
            "QUALIFY row_number() OVER (PARTITION BY b.fingerprint, b.dim "
            f"ORDER BY b.hash, b.value) <= {SAMPLE_SIZE + 1}"
        )
        # The services' lifetime counts after this batch: a group's top service is the one it
        # had or one of these (counts only grow), so the groups table keeps it exactly.
        services = con.execute(
            "SELECT g.fingerprint, g.value, g.count FROM group_dims g JOIN batch_dims b "
            f"ON {same.format(t='g')} WHERE b.dim = 'service'"
        ).fetchall()
        # The groups' distinct counters from their rows, now bounded (dim_sample.py).
        sample_and_count(con, "SELECT DISTINCT fingerprint FROM batch_dims")
        con.execute("DROP TABLE batch_dims")
        if services:
            fingerprints, values, counts = (list(column) for column in zip(*services, strict=True))
            changed = """(SELECT unnest(?::VARCHAR[]) AS fingerprint,
                unnest(?::VARCHAR[]) AS value, unnest(?::BIGINT[]) AS count)"""
            con.execute(
                f"""
                UPDATE groups SET top_service = t.value, top_service_count = t.count
                FROM ({TOP_SERVICE.format(rows=changed)}) t
                WHERE groups.fingerprint = t.fingerprint AND (
                    groups.top_service IS NULL OR t.count > groups.top_service_count
                    OR (t.count = groups.top_service_count AND t.value < groups.top_service))
                """,
                [fingerprints, values, counts],
            )
        con.execute(
            """
            INSERT INTO group_hourly
            SELECT fingerprint, date_trunc('hour', timestamp), count(*)
            FROM staged GROUP BY ALL
            ON CONFLICT (fingerprint, hour) DO UPDATE SET
                count = group_hourly.count + excluded.count
            """
        )


def _refused_rows(con: duckdb.DuckDBPyConnection, events: pa.Table) -> dict[int, str]:
    """The rows of `events` the store refuses, and why, found by halving: a part is inserted
    in a transaction rolled back at once, and a part refused is split until its refused rows
    stand alone. Empty if every part stores (the batch failed for another reason) or if
    finding them would take more than REFUSAL_TRIES transactions."""
    refused: dict[int, str] = {}
    parts = [(0, events.num_rows)]
    tries = 0
    while parts:
        start, end = parts.pop()
        tries += 1
        if tries > REFUSAL_TRIES:
            return {}
        error = _refusal(con, events.slice(start, end - start))
        if error is None:
            continue
        if end - start == 1:
            refused[start] = error
            continue
        middle = (start + end) // 2
        parts += [(middle, end), (start, middle)]
    return dict(sorted(refused.items()))


def _refusal(con: duckdb.DuckDBPyConnection, events: pa.Table) -> str | None:
    """Why the store refuses `events`, or None if it takes them (tried, then rolled back)."""
    con.execute("BEGIN TRANSACTION")
    try:
        BatchWrites._insert_events(con, events)
        return None
    except ROW_ERRORS as e:
        return _first_line(str(e))
    finally:
        with contextlib.suppress(duckdb.TransactionException):
            con.execute("ROLLBACK")


def _without(rows: int, refused: Sequence[int]) -> pa.Array:
    """A filter mask of `rows` rows that leaves out the `refused` ones."""
    import pyarrow as pa

    keep = [True] * rows
    for row in refused:
        keep[row] = False
    return pa.array(keep, pa.bool_())


def _first_line(message: str) -> str:
    """DuckDB's message without the SQL it quotes (`LINE 1: ...`) after its first line."""
    return message.strip().split("\n", 1)[0]


_MERGED_INTO = 8
_UPDATED_AT = 9
"""Where `merged_into` and `updated_at` are in a row of STATE_COLUMNS."""


def _out_of_memory(error: duckdb.Error) -> bool:
    """Whether DuckDB failed for want of memory under its limit (an insert's, or a COMMIT's
    `failed to pin block`)."""
    return isinstance(error, duckdb.OutOfMemoryException) or "failed to pin block" in str(error)


def _open_event_ids(
    con: duckdb.DuckDBPyConnection, sources: Sequence[SourceState], first_id: int
) -> Sequence[SourceState]:
    """The sources with the ids of the events they left open that this batch stored (ids from
    `first_id` on; an event stored before has its id already). An event is found by its
    `source` (the source's path) and first line: no other stream had that path in this batch."""
    unknown = [s for s in sources if None in s.record_events]
    if not unknown:
        return sources
    wanted = [
        (s.path, line)
        for s in unknown
        for line, event in zip(s.record_lines, s.record_events, strict=True)
        if event is None
    ]
    found = {
        (path, line): event
        for path, line, event in con.execute(
            "SELECT e.source, e.line, max(e.id) FROM events e JOIN (SELECT "
            "unnest(?::VARCHAR[]) AS source, unnest(?::BIGINT[]) AS line) w "
            "ON e.source = w.source AND e.line = w.line WHERE e.id >= ? GROUP BY ALL",
            [[p for p, _ in wanted], [n for _, n in wanted], first_id],
        ).fetchall()
    }

    def given(s: SourceState) -> SourceState:
        if None not in s.record_events:
            return s
        events = tuple(
            found.get((s.path, line)) if event is None else event
            for line, event in zip(s.record_lines, s.record_events, strict=True)
        )
        return replace(s, record_events=events)

    return [given(s) for s in sources]
