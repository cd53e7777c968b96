"""Building the report model for a period from queries (errctl.query.top and the store's typed
report methods), in one read-only session.

What is counted where:

- **totals and the error-rate series**: every event of the period matching the filters, any
  level; errors are events at level error or above (`store.report_activity`, one scan of the
  period and the one before).
- **groups** (top, new, regressed, escalating, breakdowns): the problem groups, those with a
  severity (`errctl top --severity low`), leaving out resolved, ignored and merged ones, as top
  does. Ranked by the group priority (docs/severity.md).
- **resolution**: resolves recorded in `group_history` during the period, over all groups.

Buckets: hourly up to two days; then the smallest of 3h, 6h, 12h, 1d, 2d, 1w that keeps the
series to at most `MAX_BUCKETS`. Buckets are the trend slices of `top`, asked on clock hours
(errctl.query.top.window_edges' `clock_aligned`: only the first and last may be partial), so
one set of edges serves the period chart and every group's chart.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from itertools import pairwise

from errctl.errors import UsageError
from errctl.models import EventFilter
from errctl.query.top import TopQuery, TopRow, top, window_edges
from errctl.report.model import (
    SEVERITY_ORDER,
    Breakdown,
    BreakdownRow,
    Bucket,
    Filters,
    GroupLine,
    GroupList,
    Period,
    Report,
    Resolution,
    Totals,
)
from errctl.store.duckdb_store import DuckDBStore

MAX_BUCKETS = 48
_STEPS_HOURS = (1, 3, 6, 12, 24, 48, 168)
_SHORT_COLUMNS = 12  # equal slices for periods under two hours
_HOUR = timedelta(hours=1)
BREAKDOWN_DIMENSIONS = ("service", "host", "severity")


def bucket_columns(length: timedelta) -> int:
    """How many trend slices `window_edges` should cut a period of `length` into."""
    if length < 2 * _HOUR:
        return _SHORT_COLUMNS
    hours = math.ceil(length / _HOUR)
    for step in _STEPS_HOURS:
        if math.ceil(hours / step) <= MAX_BUCKETS:
            return math.ceil(hours / step)
    return MAX_BUCKETS


def report_edges(since: datetime, until: datetime) -> list[datetime]:
    return window_edges(since, until, bucket_columns(until - since), clock_aligned=True)


def build_report(
    store: DuckDBStore,
    since: datetime,
    until: datetime,
    *,
    services: Sequence[str] = (),
    hosts: Sequence[str] = (),
    top_limit: int = 10,
    list_limit: int = 20,
    breakdown_limit: int = 10,
    config=None,  # GroupsConfig | None: escalation and auto-resolve knobs
    replay: bool = False,
    in_app_rules=None,  # InAppRules | None: the user's, for where alike groups came from
) -> Report:
    """The report of [since, until) (see the module doc). `replay`: with the lifecycle states
    (resolved, ignored, merged) as they stood at `until` rather than now (`report --at`)."""
    if since >= until:
        raise UsageError("the period is empty: --since must be before --until")
    restrict = EventFilter(services=tuple(services), hosts=tuple(hosts))
    with store.read_session(), store.replaying(until if replay else None):
        result = top(
            store,
            TopQuery(
                length=until - since,
                at=until,
                since=since,
                events=restrict,
                min_severity="low",
                limit=None,
                columns=bucket_columns(until - since),
                clock_slices=True,
                replay=replay,
            ),
            config,
        )
        edges = list(result.edges)
        activity = store.report_activity([result.previous_since, *edges], restrict)
        # The groups of the period before that went quiet count in the breakdowns' BEFORE.
        fingerprints = [r.group.fingerprint for r in result.rows] + list(result.quiet)
        breakdowns = tuple(
            _breakdown(
                dim,
                store.window_breakdown(
                    dim, result.previous_since, since, until, restrict, fingerprints
                ),
                breakdown_limit,
            )
            for dim in BREAKDOWN_DIMENSIONS
        )
        resolution = _resolution(store.report_resolutions(since, until))
        lines = _with_origins(store, [_line(r) for r in result.rows], in_app_rules)
    buckets, previous = _buckets(edges, activity)
    events = sum(b.events for b in buckets)
    errors = sum(b.errors for b in buckets)
    return Report(
        period=Period(since, until, result.previous_since),
        filters=Filters(tuple(services), tuple(hosts)),
        totals=Totals(
            events=events,
            errors=errors,
            previous_events=previous[0],
            previous_errors=previous[1],
            groups=result.matched,
            problem_events=result.total,
        ),
        top=_list(lines, top_limit),
        new=_list([g for g in lines if "new" in g.badges], list_limit),
        regressed=_list([g for g in lines if "regressed" in g.badges], list_limit),
        escalating=_list([g for g in lines if "escalating" in g.badges], list_limit),
        breakdowns=breakdowns,
        resolution=resolution,
        bucket_seconds=int(max(b - a for a, b in pairwise(edges)).total_seconds()),
        buckets=buckets,
    )


def _line(r: TopRow) -> GroupLine:
    g = r.group
    return GroupLine(
        id=r.short_id,
        fingerprint=g.fingerprint,
        title=g.title,
        severity=g.max_severity,
        level=g.max_level,
        count=r.count,
        previous=r.previous,
        first_seen=g.first_seen,
        last_seen=r.last_seen,
        services=g.services,
        top_service=g.top_service,
        hosts=g.hosts,
        status=r.status,
        badges=r.badges,
        priority=r.priority,
        series=r.trend,
        template=g.template,
    )


def _with_origins(store: DuckDBStore, lines: list[GroupLine], rules) -> list[GroupLine]:
    """The lines, those whose title and template read like another's (but for digits) with
    where their exceptions came from: the report's lists are read apart from the store."""
    from errctl.report.layout import alike_but_digits

    sets = alike_but_digits([g.title for g in lines], [g.template for g in lines])
    if not sets:
        return lines
    from errctl.query.culprit import origins_in_store

    out = list(lines)
    for rows in sets:
        found = origins_in_store(store, [lines[i].fingerprint for i in rows], rules)
        for i in rows:
            out[i] = replace(lines[i], origin=found.get(lines[i].fingerprint))
    return out


def _list(lines: list[GroupLine], limit: int) -> GroupList:
    return GroupList(tuple(lines[: max(0, limit)]), len(lines))


def _breakdown(dim: str, rows: list[tuple[str | None, int, int, int]], limit: int) -> Breakdown:
    shown = [BreakdownRow(*row) for row in rows[:limit]]
    rest = rows[limit:]
    return Breakdown(dim, tuple(shown), sum(r[1] for r in rest), len(rest))


def _buckets(
    edges: list[datetime], activity: list[tuple[int, str | None, int, int]]
) -> tuple[tuple[Bucket, ...], tuple[int, int]]:
    """The period's buckets, and (events, errors) of the period before (segment 0)."""
    n = len(edges) - 1
    events = [0] * (n + 1)
    errors = [0] * (n + 1)
    severity = [[0] * len(SEVERITY_ORDER) for _ in range(n + 1)]
    for i, sev, count, errs in activity:
        events[i] += count
        errors[i] += errs
        if sev in SEVERITY_ORDER:
            severity[i][SEVERITY_ORDER.index(sev)] += count
    buckets = tuple(
        Bucket(edges[k], edges[k + 1], events[k + 1], errors[k + 1], tuple(severity[k + 1]))
        for k in range(n)
    )
    return buckets, (events[0], errors[0])


def _resolution(rows: list[tuple[str, datetime, datetime | None]]) -> Resolution:
    times = [(at - opened).total_seconds() for _fp, at, opened in rows if opened is not None]
    return Resolution(
        resolved=len(rows),
        groups=len({fp for fp, _at, _opened in rows}),
        timed=len(times),
        median_seconds=statistics.median(times) if times else None,
        mean_seconds=statistics.fmean(times) if times else None,
    )
