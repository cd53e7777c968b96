"""Retention: drop what is older than a cutoff (`errctl prune`, `[store] retention`).

`Retention` is a mixin of `DuckDBStore`, kept in its own module as `AlertTables` is; it uses
the store's `_writer()` connection and its locking rules.

What goes, by the event time the store keeps (not the time of ingest), as Sentry's cleanup does:
- events older than the cutoff;
- groups whose last event is older than the cutoff, with their hourly counts and dimensions;
- the hourly counts of the remaining groups for the hours before the cutoff (the hour that holds
  the cutoff is recounted from the events that stay);
- the examples template mining keeps of the templates no group is left with
  (`template_examples`, `errctl.fingerprint.memory`): a template whose statement comes back
  starts over, as a new group does;
- quarantined lines and delivered notifications recorded before the cutoff.

What stays:
- a group with an event after the cutoff keeps its row as it is: its first_seen, its count and
  its distinct services, hosts and users are the group's whole life, so a group seen for months
  never turns NEW because its first events were pruned;
- the lifecycle (`group_state`, `group_history`): a group resolved or ignored, then pruned,
  comes back resolved (a regression) or ignored when its fingerprint is seen again;
- the source registry: a pruned file is not read again (its offset stays);
- alert state and undelivered notifications.

Everything goes in one transaction: a prune killed half-way has removed nothing. A dry run runs
the same statements and rolls them back, so its counts are exactly what a prune would remove.
DuckDB reuses the freed space for later writes; the file itself does not shrink.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

import duckdb

from errctl.errors import StoreError
from errctl.store.mixin import StoreMixin

if TYPE_CHECKING:
    pass


@dataclass(slots=True)
class PruneResult:
    cutoff: datetime  # UTC: what is older than this went (or would go)
    events: int = 0
    groups: int = 0  # groups with no event left
    hourly_rows: int = 0  # hourly counts removed (rows of group_hourly)
    quarantined: int = 0  # quarantined lines
    notifications: int = 0  # delivered notifications
    seconds: float = 0.0
    dry_run: bool = False

    def to_dict(self) -> dict:
        out = {name: getattr(self, name) for name in self.__slots__}
        out["cutoff"] = self.cutoff.isoformat() + "Z"
        return out


class Retention(StoreMixin):
    """`prune`; mixed into DuckDBStore."""

    def prune(self, cutoff: datetime, *, dry_run: bool = False) -> PruneResult:
        """Remove what is older than `cutoff` (naive UTC), as the module docstring says."""
        started = time.perf_counter()
        result = PruneResult(cutoff=cutoff, dry_run=dry_run)
        self._require_existing()
        with self._writer() as con:
            con.execute("BEGIN TRANSACTION")
            try:
                _prune(con, cutoff, result)
                con.execute("ROLLBACK" if dry_run else "COMMIT")
            except duckdb.Error as e:
                con.execute("ROLLBACK")
                raise StoreError(f"pruning {self.path} failed: {e}") from e
            if not dry_run and result.events + result.groups + result.quarantined:
                # Makes the freed blocks reusable now, not at the next checkpoint.
                con.execute("CHECKPOINT")
        result.seconds = time.perf_counter() - started
        return result


def _deleted(con: duckdb.DuckDBPyConnection, sql: str, params: list) -> int:
    """Run a DELETE; the number of rows it removed."""
    row = con.execute(sql, params).fetchone()
    return int(row[0]) if row else 0


def _prune(con: duckdb.DuckDBPyConnection, cutoff: datetime, result: PruneResult) -> None:
    hour = "date_trunc('hour', ?::TIMESTAMP)"
    # Groups first (their last event is older than the cutoff), while their rows still say so.
    con.execute(
        "CREATE OR REPLACE TEMP TABLE pruned_groups AS "
        "SELECT fingerprint FROM groups WHERE last_seen < ?",
        [cutoff],
    )
    gone = "SELECT fingerprint FROM pruned_groups"
    result.groups = _deleted(con, f"DELETE FROM groups WHERE fingerprint IN ({gone})", [])
    con.execute(f"DELETE FROM group_dims WHERE fingerprint IN ({gone})")
    result.hourly_rows = _deleted(
        con,
        f"DELETE FROM group_hourly WHERE fingerprint IN ({gone}) OR hour < {hour}",
        [cutoff],
    )
    con.execute("DROP TABLE pruned_groups")
    # Examples belong to a template, not a group: they go once no group has the template.
    for table in ("template_examples", "template_families"):
        con.execute(f"DELETE FROM {table} WHERE template NOT IN (SELECT template FROM groups)")
    result.events = _deleted(con, "DELETE FROM events WHERE timestamp < ?", [cutoff])
    # The hour that holds the cutoff keeps only the events after it.
    con.execute(
        f"""
        UPDATE group_hourly SET count = coalesce(e.n, 0)
        FROM (SELECT h.fingerprint, count(ev.fingerprint) AS n
              FROM group_hourly h LEFT JOIN events ev
                ON ev.fingerprint = h.fingerprint AND ev.timestamp >= h.hour
               AND ev.timestamp < h.hour + INTERVAL 1 HOUR
              WHERE h.hour = {hour} GROUP BY h.fingerprint) e
        WHERE group_hourly.fingerprint = e.fingerprint AND group_hourly.hour = {hour}
        """,
        [cutoff, cutoff],
    )
    result.hourly_rows += _deleted(con, "DELETE FROM group_hourly WHERE count = 0", [])
    result.quarantined = _deleted(con, "DELETE FROM quarantine WHERE ingested_at < ?", [cutoff])
    result.notifications = _deleted(
        con,
        "DELETE FROM alert_outbox WHERE status = 'delivered' AND created_at < ?",
        [cutoff],
    )
