"""`errctl top`: the groups that matter in a time window, with trend, change, and badges.

A window is [since, until) ending at `at` (the wall clock by default; tests and benchmarks pass
a fixed time). For it, top reports per group: its count, a trend (counts in `columns` slices
of the window), the count of the previous window of the same length, and the badges NEW
(first seen inside the window), REGRESSED (see errctl.query.lifecycle) and ESCALATING.

How counts stay exact and fast: `group_hourly` (maintained at ingest) holds each group's
count per clock hour. Every count top needs is a count over segments with given edges (the
previous window, then the trend slices), and `DuckDBStore.window_counts` answers it by reading
the hours that lie whole inside one segment from `group_hourly` and counting only the hours
that an edge cuts through from `events` (a time-range scan, pruned by DuckDB's zone maps since
events are stored in rough time order). The trend is `columns` equal slices: a window on the
clock hour whose length is a multiple of `columns` hours (24h at 12:00) cuts no hour but its
ends; any other cuts at most `columns` + 1 hours, which are read from events (a 24h window at
12:30 reads 13 of its hours; a 7d one 13 of 168; a window under two hours lies inside three
hours anyway). The report's chart asks for slices on clock hours instead (`clock_slices`):
only its first and last bucket are partial. When an event restriction (level,
service, host, source, attributes) is given, the buckets cannot answer and the matching events
of both windows are counted instead (still one pruned range scan).

Ordering is by `errctl.severity.rules.group_priority` (docs/severity.md) over the window's
count and last seen, by default.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from errctl.config.schema import SEVERITIES, GroupsConfig
from errctl.errors import UsageError
from errctl.models import EventFilter, GroupFilter, GroupSummary
from errctl.query.groups import short_ids
from errctl.query.lifecycle import effective, escalating, lifecycle_states
from errctl.query.timespec import parse_duration, utc_now
from errctl.severity.rules import priority
from errctl.store.duckdb_store import DuckDBStore

TOP_SORTS: tuple[str, ...] = ("priority", "count", "new", "last-seen")
BREAKDOWNS: tuple[str, ...] = ("service", "host", "level", "severity")
BADGES: tuple[str, ...] = ("new", "regressed", "escalating")
_HOUR = timedelta(hours=1)
_HIDDEN = ("resolved", "ignored", "merged")  # shown only with `statuses`/`show_all`


@dataclass(frozen=True, slots=True)
class TopQuery:
    """What `top` is asked. `groups` carries text / regex / id terms over a group's title and
    template; `events` the event restriction (its since/until are ignored: the window rules)."""

    length: timedelta = _HOUR
    at: datetime | None = None
    since: datetime | None = None  # an absolute start instead of `at - length`
    events: EventFilter = field(default_factory=EventFilter)
    groups: GroupFilter = field(default_factory=GroupFilter)
    min_severity: str | None = None
    only_new: bool = False
    show_all: bool = False
    sort: str = "priority"
    limit: int | None = 20
    columns: int = 12
    clock_slices: bool = False  # trend slices on clock hours (window_edges' clock_aligned)
    # Lifecycles as they stood at `at` (replayed from the store's state log) rather than as they
    # are now: `top --at`. Off, a group resolved after `at` is already hidden at `at`.
    replay: bool = False


@dataclass(frozen=True, slots=True)
class TopRow:
    group: GroupSummary  # lifetime counters (first seen, services, severity), merged ones folded
    short_id: str
    count: int  # events in the window
    previous: int  # events in the window before, of the same length
    trend: tuple[int, ...]
    last_seen: datetime  # newest event in the window
    status: str  # effective lifecycle status
    badges: tuple[str, ...]
    priority: float

    @property
    def change(self) -> float | None:
        """Relative change against the previous window (0.5 = +50%); None when it had none."""
        return (self.count - self.previous) / self.previous if self.previous else None


@dataclass(frozen=True, slots=True)
class Breakdown:
    value: str | None
    count: int
    previous: int
    groups: int


@dataclass(frozen=True, slots=True)
class TopResult:
    since: datetime
    until: datetime
    previous_since: datetime
    edges: tuple[datetime, ...]  # of the trend slices
    rows: tuple[TopRow, ...]
    matched: int  # groups that matched before --limit
    total: int  # events of the matched groups in the window
    total_previous: int
    breakdown: tuple[Breakdown, ...] = ()
    by: str | None = None
    # When no group matched: (oldest, newest) time of the stored events the query's filters
    # (but its window, severity and statuses) keep, so that a window that missed old logs can
    # say where they are; None otherwise, or when no stored event matches. `store_span`: the
    # whole store's, when the filters restrict and keep none (to say so).
    stored_span: tuple[datetime, datetime] | None = None
    store_span: tuple[datetime, datetime] | None = None
    # The groups the query keeps that had events in the window before but none in this one:
    # no rows, but their events of the window before count in `total_previous` and in the
    # breakdown's BEFORE, as a comparison with that window must (a service gone quiet).
    quiet: tuple[str, ...] = ()


def window_edges(
    since: datetime, until: datetime, columns: int, *, clock_aligned: bool = False
) -> list[datetime]:
    """Edges of the trend slices of [since, until): `columns` equal slices; or with
    `clock_aligned` (the report's chart buckets), for windows of two hours or more, slices of
    whole clock hours, `columns` of them when the window is on the hour (a partial first and
    last slice besides when it is not)."""
    length = until - since
    columns = max(1, columns)
    if clock_aligned and length >= 2 * _HOUR:
        hours = math.ceil(length / _HOUR)
        step = max(1, math.ceil(hours / columns)) * _HOUR
        first = since.replace(minute=0, second=0, microsecond=0)
        if first < since:
            first += _HOUR
        edges = [since]
        t = first
        while t < until:
            if t > since:
                edges.append(t)
            t += step
        edges.append(until)
        return edges
    return [since + length * i / columns for i in range(columns)] + [until]


def top(
    store: DuckDBStore, q: TopQuery, config: GroupsConfig | None = None, by: str | None = None
) -> TopResult:
    """The groups of the window, ranked (see the module doc)."""
    until = q.at or utc_now()
    # One read-only connection for all the questions below; a replay reads every lifecycle
    # state and merge as it stood at the window's end.
    with store.read_session(), store.replaying(until if q.replay else None):
        return _top(store, replace(q, at=until), config, by)


def _top(store: DuckDBStore, q: TopQuery, config: GroupsConfig | None, by: str | None) -> TopResult:
    if q.sort not in TOP_SORTS:
        raise UsageError(f"unknown sort {q.sort!r}", hint="sorts: " + ", ".join(TOP_SORTS))
    if q.min_severity is not None and q.min_severity not in SEVERITIES:
        raise UsageError(
            f"unknown severity {q.min_severity!r}", hint="severities: " + ", ".join(SEVERITIES)
        )
    if by is not None and by not in BREAKDOWNS:
        raise UsageError(f"--by must be one of {', '.join(BREAKDOWNS)}")
    until = q.at or utc_now()
    since = q.since if q.since is not None else until - q.length
    if since >= until:
        raise UsageError("the window is empty: --since must be before --until")
    previous_since = since - (until - since)
    edges = window_edges(since, until, q.columns, clock_aligned=q.clock_slices)
    restrict = replace(q.events, since=None, until=None)
    counts = store.window_counts([previous_since, *edges], restrict)
    seen = [fp for fp, c in counts.items() if any(c)]  # the window before too: see `quiet`
    found = {
        g.fingerprint: g for g in store.groups_by_fingerprint(seen, q.groups, fold_merged=True)
    }
    if q.min_severity is not None:
        floor = SEVERITIES.index(q.min_severity)
        found = {
            fp: g
            for fp, g in found.items()
            if g.max_severity in SEVERITIES and SEVERITIES.index(g.max_severity) >= floor
        }
    # A lifetime last seen inside the window is the window's last seen; only groups seen
    # after `until` (a window in the past) need their events read. With an event filter
    # (--service, --host, --level, attributes) the group's lifetime last event may be one the
    # filter leaves out: LAST is then the newest matching event, as the counts are.
    active = {fp: g for fp, g in found.items() if any(counts[fp][1:])}
    if restrict != EventFilter():
        late = list(active)
    else:
        late = [fp for fp, g in active.items() if g.last_seen >= until]
    last_in = store.last_seen_between(late, since, until, restrict) if late else {}
    states = lifecycle_states(store, until, config)
    escalation = escalating(
        store,
        {fp: g.first_seen for fp, g in active.items()},
        until,
        config,
        recent=_recent(counts, q, config, until, since),
    )
    rows: list[TopRow] = []
    quiet: list[str] = []
    for fp, g in found.items():
        c = counts[fp]
        last = last_in.get(fp, min(g.last_seen, until))
        life = effective(fp, states, until, None, config)
        badges = []
        if g.first_seen >= since:
            badges.append("new")
        if life.regressed:
            badges.append("regressed")
        if fp in escalation and escalation[fp].escalating and life.status == "unresolved":
            badges.append("escalating")
        if q.only_new and "new" not in badges:
            continue
        if life.status in _HIDDEN and not q.show_all:
            continue
        window_count = sum(c[1:])
        if not window_count:
            quiet.append(fp)
            continue
        rows.append(
            TopRow(
                group=g,
                short_id="",
                count=window_count,
                previous=c[0],
                trend=tuple(c[1:]),
                last_seen=last,
                status=life.status,
                badges=tuple(badges),
                # The group's priority as of this window: its count and last seen here.
                priority=round(
                    priority(
                        g.max_severity,
                        window_count,
                        services=g.services,
                        hosts=g.hosts,
                        users=g.users,
                        last_seen=last,
                        now=until,
                    ),
                    3,
                ),
            )
        )
    rows.sort(key=_SORT_KEYS[q.sort])
    matched = len(rows)
    total = sum(r.count for r in rows)
    total_previous = sum(r.previous for r in rows) + sum(counts[fp][0] for fp in quiet)
    breakdown: tuple[Breakdown, ...] = ()
    if by is not None:
        breakdown = tuple(
            Breakdown(*b)
            for b in store.window_breakdown(
                by,
                previous_since,
                since,
                until,
                restrict,
                [r.group.fingerprint for r in rows] + quiet,
            )
        )
    if q.limit is not None:
        rows = rows[: q.limit]
    ids = short_ids(store, [r.group for r in rows])
    rows = [replace(r, short_id=ids[r.group.fingerprint]) for r in rows]
    stored_span = None if rows else store.event_span(q.events, q.groups)
    return TopResult(
        since=since,
        until=until,
        previous_since=previous_since,
        edges=tuple(edges),
        rows=tuple(rows),
        matched=matched,
        total=total,
        total_previous=total_previous,
        breakdown=breakdown,
        by=by,
        stored_span=stored_span,
        store_span=store.event_span() if stored_span is None and not rows else None,
        quiet=tuple(quiet),
    )


def _recent(
    counts: dict[str, list[int]],
    q: TopQuery,
    config: GroupsConfig | None,
    until: datetime,
    since: datetime,
) -> dict[str, int] | None:
    """The escalation window's counts when the top window is that window (saves a query)."""
    window = parse_duration((config or GroupsConfig()).escalation_window)
    if until - since == window and q.events == EventFilter():
        return {fp: sum(c[1:]) for fp, c in counts.items()}
    return None


_SORT_KEYS = {
    "priority": lambda r: (-r.priority, -r.count, r.group.fingerprint),
    "count": lambda r: (-r.count, -r.priority, r.group.fingerprint),
    "new": lambda r: (datetime.max - r.group.first_seen, -r.count, r.group.fingerprint),
    "last-seen": lambda r: (datetime.max - r.last_seen, -r.count, r.group.fingerprint),
}
