"""The store's group queries (`GroupQueries`, a mixin of `DuckDBStore`): group lists and
summaries, a group's hourly counts and dimensions, window counts for `top` and alerts, the
lifecycle states and history, and the report's activity. It uses the store's `_reader()` /
`_writer()` connections and their locking rules, and its lifecycle-state relation
(`_states()`), as the other mixins do."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

import duckdb
import orjson

from errctl.errors import StoreError, UsageError
from errctl.models import (
    GROUP_SORTS,
    LEVELS,
    DimensionCounts,
    Event,
    EventFilter,
    GroupFilter,
    GroupState,
    GroupSummary,
    HistoryEntry,
)
from errctl.store.dim_sample import (
    SAMPLE_SIZE,
    distinct_values,
)
from errctl.store.dim_sample import counter as dim_counter
from errctl.store.event_sql import EVENT_COLUMNS, event_from_row, events_where, groups_where
from errctl.store.mixin import StoreMixin
from errctl.store.sql_fragments import (
    GROUP_DIMENSIONS,
    LOG_STATES,
    PRESENT_STATES,
    SEVERITY_RANK,
    STATE_COLUMNS,
    TITLE,
    USER_ID,
    dims_select,
)

if TYPE_CHECKING:
    pass


_HOUR = timedelta(hours=1)
_CUT_RUN_GAP = timedelta(hours=4)  # window_counts reads cut hours this close in one scan


def _floor_hour(ts: datetime) -> datetime:
    return ts.replace(minute=0, second=0, microsecond=0)


class GroupQueries(StoreMixin):
    """Group reads and lifecycle writes; mixed into DuckDBStore."""

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
        group_where, group_params = groups_where(flt)
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
            event_where, event_params = events_where(flt.events)
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
                where, params = events_where(flt)
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
        where, params = events_where(flt or EventFilter())
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
            where, params = events_where(flt)
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
        where, params = events_where(flt)
        sql = (
            f"SELECT {EVENT_COLUMNS} FROM events {where} QUALIFY row_number() OVER "
            "(PARTITION BY fingerprint ORDER BY timestamp DESC, id DESC) = 1"
        )
        with self._reader() as con:
            rel = con.execute(sql, params)
            cols = [d[0] for d in rel.description]
            rows = [event_from_row(dict(zip(cols, row, strict=True))) for row in rel.fetchall()]
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
            where, where_params = events_where(flt)
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
        unfiltered_events = replace(flt or GroupFilter(), events=EventFilter())
        group_where, group_params = groups_where(unfiltered_events)
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
        where, where_params = ("", [])
        if flt is not None:
            where, where_params = events_where(replace(flt, since=None, until=None))
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
        where, params = events_where(flt)
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
        """Write lifecycle states and their history entries in one transaction. Each state is
        logged at its `updated_at`; the present state is the logged one that took effect last
        (PRESENT_STATES), which a state dated back before a later change is not."""
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
                    changed = list(dict.fromkeys(st.fingerprint for st in states))
                    con.execute(LOG_STATES, [changed])
                    con.execute(PRESENT_STATES, [changed])
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
        where, where_params = events_where(replace(flt or EventFilter(), since=None, until=None))
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
