"""The store's alerting tables (m005, m009): counts an alert rule asks for, alert state, the outbox,
silences. Every SQL statement of errctl.alert lives here.

`AlertTables` is a mixin of `DuckDBStore` (kept in its own module so the store's main file does
not grow with every feature); it uses the store's `_reader()` / `_writer()` connections and
their locking rules.

Promises:
- `record_alerts` writes the new alert states and their outbox rows in ONE transaction: a run
  killed before it commits has recorded and enqueued nothing (the next run evaluates again);
  one killed after has both, and the outbox sends what it holds. A change whose state moved
  since the caller read it (another run recorded first) is skipped whole.
- An outbox row is marked delivered only after its receiver acknowledged it; claims keep two
  overlapping runs from sending the same row at the same time.
- The store file stays readable by its owner only (it holds log text and notification bodies).
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

import duckdb
import orjson

from errctl.errors import StoreError
from errctl.models import EVENT_FIELDS, AlertState, Event, EventMatch, OutboxItem, Silence
from errctl.store.mixin import StoreMixin

if TYPE_CHECKING:
    pass

_SEVERITIES = "['low', 'medium', 'high', 'critical']"
_STATE_COLUMNS = "rule, key, status, last_fired, episode, value, fired_count, updated_at, labels"
_OUTBOX_COLUMNS = (
    "id, receiver, rule, key, kind, title, body, status, attempts, next_attempt, last_error, "
    "created_at, delivered_at, claimed_by, claimed_until"
)
# Events with merged groups folded into the group they were merged into (as `top` counts), by
# the lifecycle states `{states}` (DuckDBStore._states: the present, or as of a replay's time).
_FOLDED = """
    SELECT e.*, coalesce(s.merged_into, e.fingerprint) AS fp
    FROM events e LEFT JOIN {states} s
        ON s.fingerprint = e.fingerprint AND s.merged_into IS NOT NULL
"""


def _json_path(parts: Sequence[str]) -> str:
    return "$." + ".".join('"' + p.replace("\\", "\\\\").replace('"', '\\"') + '"' for p in parts)


def _pattern(column: str, patterns: Sequence[str], params: list[Any]) -> str:
    """Any of `patterns` over `column`: a glob matches the whole value ignoring case, `re:` a
    regex anywhere in it (as severity rules match)."""
    terms = []
    for p in patterns:
        if p.startswith("re:"):
            terms.append(f"regexp_matches({column}, ?)")
            params.append(p[3:])
        else:
            terms.append(f"lower({column}) GLOB lower(?)")
            params.append(p)
    return "(" + " OR ".join(terms) + ")"


def match_where(match: EventMatch) -> tuple[list[str], list[Any]]:
    """SQL conditions (over `events` columns, unqualified) for an EventMatch."""
    clauses: list[str] = []
    params: list[Any] = []
    if match.min_level:
        clauses.append("level >= ?::level_t")
        params.append(match.min_level)
    if match.min_severity:
        clauses.append(f"coalesce(list_position({_SEVERITIES}, severity), 0) >= ?")
        params.append(["low", "medium", "high", "critical"].index(match.min_severity) + 1)
    for column, patterns in (
        ("service", match.services),
        ("host", match.hosts),
        ("category", match.categories),
        ("template", match.templates),
        ("message", match.messages),
    ):
        if patterns:
            clauses.append(_pattern(column, patterns, params))
    for key, patterns in match.attributes:
        # A flat key holding dots wins over the nested path, as severity rules read it.
        value = "coalesce(json_extract_string(attributes, ?), json_extract_string(attributes, ?))"
        terms = []
        for p in patterns:
            params.extend([_json_path([key]), _json_path(key.split("."))])
            if p.startswith("re:"):
                terms.append(f"regexp_matches({value}, ?)")
                params.append(p[3:])
            else:
                terms.append(f"lower({value}) GLOB lower(?)")
                params.append(p)
        clauses.append("(" + " OR ".join(terms) + ")")
    return clauses, params


def _event(row: dict[str, Any]) -> Event:
    for key in ("stack", "attributes"):
        if row[key]:
            row[key] = orjson.loads(row[key])
    return Event(**row)


class AlertTables(StoreMixin):
    """Alerting reads and writes; mixed into DuckDBStore."""

    # -- what rules count -------------------------------------------------------------------

    def alert_counts(
        self, match: EventMatch, ranges: Sequence[tuple[datetime, datetime]]
    ) -> dict[str, list[int]]:
        """Per group (merged groups folded in), its events matching `match` in each [lo, hi)
        of `ranges`; groups with none in any range are left out."""
        if not ranges:
            return {}
        clauses, params = match_where(match)
        counts = ", ".join(
            ["count(*) FILTER (WHERE timestamp >= ? AND timestamp < ?)"] * len(ranges)
        )
        spans = " OR ".join(["(timestamp >= ? AND timestamp < ?)"] * len(ranges))
        where = " AND ".join([*clauses, f"({spans})"])
        folded = _FOLDED.format(states=self._states())
        sql = f"SELECT fp, {counts} FROM ({folded}) WHERE {where} GROUP BY fp"
        flat = [v for r in ranges for v in r]
        with self._reader() as con:
            try:
                rows = con.execute(sql, [*flat, *params, *flat]).fetchall()
            except duckdb.Error as e:
                raise StoreError(f"counting events for an alert rule failed: {e}") from e
        return {row[0]: list(row[1:]) for row in rows}

    def alert_samples(
        self, match: EventMatch, fingerprints: Sequence[str], since: datetime, until: datetime
    ) -> dict[str, Event]:
        """The newest event matching `match` in [since, until) of each of these groups."""
        if not fingerprints:
            return {}
        clauses, params = match_where(match)
        where = " AND ".join([*clauses, "timestamp >= ?", "timestamp < ?"])
        columns = ", ".join(EVENT_FIELDS)
        sql = f"""
            SELECT fp, {columns} FROM ({_FOLDED.format(states=self._states())})
            WHERE {where} AND fp IN (SELECT unnest(?::VARCHAR[]))
            QUALIFY row_number() OVER (PARTITION BY fp ORDER BY timestamp DESC, id DESC) = 1
        """
        with self._reader() as con:
            rel = con.execute(sql, [*params, since, until, list(fingerprints)])
            names = [d[0] for d in rel.description]
            rows = rel.fetchall()
        out = {}
        for row in rows:
            record = dict(zip(names, row, strict=True))
            fp = record.pop("fp")
            out[fp] = _event(record)
        return out

    # -- alert state ------------------------------------------------------------------------

    def alert_states(self, rules: Sequence[str] | None = None) -> dict[tuple[str, str], AlertState]:
        """Stored states, all or of these rules, by (rule, key). An empty dict when the store
        has no alert tables yet is impossible: reading migrates first."""
        sql = f"SELECT {_STATE_COLUMNS} FROM alert_state"
        params: list[Any] = []
        if rules is not None:
            sql += " WHERE rule IN (SELECT unnest(?::VARCHAR[]))"
            params.append(list(rules))
        with self._reader() as con:
            rows = con.execute(sql, params).fetchall()
        return {
            (r[0], r[1]): AlertState(*r[:-1], labels=orjson.loads(r[-1]) if r[-1] else None)
            for r in rows
        }

    def record_alerts(
        self,
        changes: Sequence[tuple[AlertState | None, datetime | None, Sequence[OutboxItem]]],
    ) -> int:
        """Write each change's new state and enqueue its outbox rows, all in ONE transaction.

        A change is (new state or None, the `last_fired` the caller read for it, its outbox
        rows). When the stored `last_fired` is no longer the one read (another run fired this
        key meanwhile), the change is skipped whole. Returns how many were written.
        """
        written = 0
        with self._writer() as con:
            self._keep_private()
            con.execute("BEGIN TRANSACTION")
            try:
                for state, expected, items in changes:
                    if state is not None:
                        row = con.execute(
                            "SELECT last_fired FROM alert_state WHERE rule = ? AND key = ?",
                            [state.rule, state.key],
                        ).fetchall()
                        stored = row[0][0] if row else None
                        if stored != expected:
                            continue
                        con.execute(
                            f"INSERT OR REPLACE INTO alert_state ({_STATE_COLUMNS}) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::JSON)",
                            [
                                state.rule,
                                state.key,
                                state.status,
                                state.last_fired,
                                state.episode,
                                state.value,
                                state.fired_count,
                                state.updated_at,
                                None
                                if state.labels is None
                                else orjson.dumps(state.labels).decode(),
                            ],
                        )
                    for item in items:
                        con.execute(
                            f"INSERT OR IGNORE INTO alert_outbox ({_OUTBOX_COLUMNS}) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', 0, NULL, NULL, ?, NULL, "
                            "NULL, NULL)",
                            [
                                item.id,
                                item.receiver,
                                item.rule,
                                item.key,
                                item.kind,
                                item.title,
                                item.body,
                                item.created_at,
                            ],
                        )
                    written += 1
                con.execute("COMMIT")
            except duckdb.Error as e:
                con.execute("ROLLBACK")
                raise StoreError(f"recording alerts in {self.path} failed: {e}") from e
        return written

    # -- the outbox -------------------------------------------------------------------------

    def outbox(
        self,
        *,
        status: str | None = None,
        ids: Sequence[str] | None = None,
        limit: int | None = None,
    ) -> list[OutboxItem]:
        """Outbox rows, oldest first: all, of one status, or with these notification ids."""
        clauses, params = [], []
        if status is not None:
            clauses.append("status = ?")
            params.append(status)
        if ids is not None:
            clauses.append("id IN (SELECT unnest(?::VARCHAR[]))")
            params.append(list(ids))
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        sql = f"SELECT {_OUTBOX_COLUMNS} FROM alert_outbox {where} ORDER BY created_at, rowid"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        with self._reader() as con:
            rows = con.execute(sql, params).fetchall()
        return [_outbox_item(r) for r in rows]

    def claim_outbox(
        self,
        candidates: Sequence[OutboxItem],
        claimer: str,
        until: datetime,
    ) -> list[OutboxItem]:
        """Claim pending rows for sending: each only if its claim is still what the caller saw
        (so of two runs racing for a row, one gets it). Returns the rows claimed."""
        claimed: list[OutboxItem] = []
        if not candidates:
            return claimed
        with self._writer() as con:
            con.execute("BEGIN TRANSACTION")
            try:
                for item in candidates:
                    (n,) = con.execute(
                        """
                        UPDATE alert_outbox SET claimed_by = ?, claimed_until = ?
                        WHERE id = ? AND receiver = ? AND status = 'pending'
                          AND claimed_by IS NOT DISTINCT FROM ?
                          AND claimed_until IS NOT DISTINCT FROM ?
                        """,
                        [
                            claimer,
                            until,
                            item.id,
                            item.receiver,
                            item.claimed_by,
                            item.claimed_until,
                        ],
                    ).fetchall()[0]
                    if n:
                        claimed.append(item)
                con.execute("COMMIT")
            except duckdb.Error as e:
                con.execute("ROLLBACK")
                raise StoreError(f"claiming notifications in {self.path} failed: {e}") from e
        return claimed

    def finish_outbox(
        self,
        item: OutboxItem,
        *,
        delivered_at: datetime | None,
        attempts: int,
        next_attempt: datetime | None,
        last_error: str | None,
    ) -> None:
        """Record one row's attempt (delivered, or still pending) and release its claim."""
        with self._writer() as con:
            try:
                con.execute(
                    """
                    UPDATE alert_outbox SET status = ?, delivered_at = ?, attempts = ?,
                        next_attempt = ?, last_error = ?, claimed_by = NULL, claimed_until = NULL
                    WHERE id = ? AND receiver = ?
                    """,
                    [
                        "delivered" if delivered_at is not None else "pending",
                        delivered_at,
                        attempts,
                        next_attempt,
                        last_error,
                        item.id,
                        item.receiver,
                    ],
                )
            except duckdb.Error as e:
                raise StoreError(f"updating the outbox in {self.path} failed: {e}") from e

    def pattern_fits_a_name(self, column: str, pattern: str) -> bool:
        """Whether some stored event's `column` (service or host) fits an alert rule's
        `pattern` as the rule matches it (`_pattern`): a rule that fits none keeps no event."""
        if column not in ("service", "host"):
            raise ValueError(f"not a name column: {column}")
        params: list[Any] = []
        where = _pattern(column, [pattern], params)
        sql = f"SELECT EXISTS (SELECT 1 FROM events WHERE {column} IS NOT NULL AND {where})"
        with self._reader() as con:
            try:
                return bool(con.execute(sql, params).fetchone()[0])
            except duckdb.Error:  # a regex RE2 cannot run fits nothing (config check says why)
                return False

    # -- silences ---------------------------------------------------------------------------

    def add_silence(self, silence: Silence) -> None:
        # Not created here, though a silence may come before the first cron ingest: a mistyped
        # --db would hold a silence no alert run reads (the pages go on, believed silenced),
        # and a store made by the operator's user (sudo) is one the cron user cannot open.
        self._require_existing(
            hint="a silence is kept in the store, which ingest creates: run the ingest of your "
            "cron line once first, as its user (an empty folder will do), or point --db at "
            "the store"
        )
        with self._writer() as con:
            self._keep_private()
            con.execute(
                "INSERT INTO alert_silences VALUES (?, ?::JSON, ?, ?, ?, ?)",
                [
                    silence.id,
                    orjson.dumps([list(m) for m in silence.matchers]).decode(),
                    silence.created_by,
                    silence.comment,
                    silence.created_at,
                    silence.expires_at,
                ],
            )

    def silences(self, active_at: datetime | None = None) -> list[Silence]:
        """Silences, newest first; only those in force at `active_at` when given: made by then
        and not expired (`alert --at` a time before a silence was made does not see it)."""
        sql = "SELECT id, matchers, created_by, comment, created_at, expires_at FROM alert_silences"
        params: list[Any] = []
        if active_at is not None:
            sql += " WHERE created_at <= ? AND expires_at > ?"
            params.extend([active_at, active_at])
        sql += " ORDER BY created_at DESC, id"
        with self._reader() as con:
            rows = con.execute(sql, params).fetchall()
        return [
            Silence(
                r[0],
                tuple((str(k), str(v)) for k, v in orjson.loads(r[1])),
                r[2],
                r[3],
                r[4],
                r[5],
            )
            for r in rows
        ]

    def expire_silence(self, silence_id: str, at: datetime) -> bool:
        """End a silence now; False when there is no such silence, or it had ended."""
        self._require_existing()
        with self._writer() as con:
            (n,) = con.execute(
                "UPDATE alert_silences SET expires_at = ? WHERE id = ? AND expires_at > ?",
                [at, silence_id, at],
            ).fetchall()[0]
        return bool(n)

    # -- privacy ----------------------------------------------------------------------------

    def _keep_private(self) -> None:
        """The outbox holds log text and notification bodies: owner-only, like the store a
        writer creates (a store made by an older errctl, or copied in, may not be)."""
        for path in (self.path, self.path.with_name(self.path.name + ".wal")):
            with contextlib.suppress(OSError):
                mode = os.stat(path).st_mode
                if mode & (stat.S_IRWXG | stat.S_IRWXO):
                    os.chmod(path, 0o600)


def _outbox_item(row: tuple[Any, ...]) -> OutboxItem:
    values = list(row)
    values[6] = bytes(values[6])
    return OutboxItem(*values)


__all__ = ["AlertTables", "match_where"]
