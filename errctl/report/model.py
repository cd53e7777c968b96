"""The report model: what `errctl report` knows about a period, as frozen dataclasses.

Built by `errctl.report.build.build_report` from queries; read by the renderers (text,
markdown, html, json), which add no figures of their own. Times are naive UTC, as the store
keeps them. Strings that came from logs (titles, services, hosts) are kept raw here: escaping
is each renderer's job, for its own medium.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

# Severities charted and tabulated, highest first (errctl.config.schema.SEVERITIES reversed).
SEVERITY_ORDER: tuple[str, ...] = ("critical", "high", "medium", "low")


def change(now: float, before: float) -> float | None:
    """Relative change (0.5 = +50%); None when there was nothing before to compare with."""
    return (now - before) / before if before else None


@dataclass(frozen=True, slots=True)
class Period:
    """The report's window [since, until) and the one before it, of the same length."""

    since: datetime
    until: datetime
    previous_since: datetime

    @property
    def length(self) -> timedelta:
        return self.until - self.since


@dataclass(frozen=True, slots=True)
class Totals:
    """Every event of the period (any level) against the errors among them (level error or
    above), and the same for the period before."""

    events: int
    errors: int
    previous_events: int
    previous_errors: int
    groups: int  # problem groups (with a severity) active in the period, as reported
    problem_events: int  # their events

    @property
    def error_rate(self) -> float | None:
        return self.errors / self.events if self.events else None

    @property
    def previous_error_rate(self) -> float | None:
        return self.previous_errors / self.previous_events if self.previous_events else None

    @property
    def errors_change(self) -> float | None:
        return change(self.errors, self.previous_errors)

    @property
    def events_change(self) -> float | None:
        return change(self.events, self.previous_events)


@dataclass(frozen=True, slots=True)
class GroupLine:
    """One group as the report shows it: its period figures and lifetime facts."""

    id: str  # the short unique id (give it to errctl show)
    fingerprint: str
    title: str
    severity: str | None
    level: str | None
    count: int  # events in the period
    previous: int  # events in the period before
    first_seen: datetime  # lifetime
    last_seen: datetime  # newest event in the period
    services: int
    top_service: str | None
    hosts: int
    status: str
    badges: tuple[str, ...]
    priority: float
    series: tuple[int, ...]  # events per bucket of Report.buckets
    template: str = ""
    # Where its exception came from, for a group whose title and template read like another
    # listed group's (errctl.query.culprit.origins; report.layout.tellable shows it).
    origin: str | None = None

    @property
    def change(self) -> float | None:
        return change(self.count, self.previous)


@dataclass(frozen=True, slots=True)
class GroupList:
    """Some of the period's groups (new, regressed, ...): the first `limit` by priority, and
    how many there were in all."""

    groups: tuple[GroupLine, ...]
    total: int


@dataclass(frozen=True, slots=True)
class BreakdownRow:
    value: str | None
    count: int
    previous: int
    groups: int

    @property
    def change(self) -> float | None:
        return change(self.count, self.previous)


@dataclass(frozen=True, slots=True)
class Breakdown:
    """The problem events of the period by one dimension (service, host, severity), most
    first; `rest` sums the values past the shown ones."""

    dimension: str
    rows: tuple[BreakdownRow, ...]
    rest: int = 0
    rest_values: int = 0


@dataclass(frozen=True, slots=True)
class Resolution:
    """Resolves in the period and how long the episodes they closed had been open (from the
    episode's first event to the resolve)."""

    resolved: int  # resolve actions in the period
    groups: int  # distinct groups resolved
    timed: int  # resolves with a known opening event
    median_seconds: float | None
    mean_seconds: float | None


@dataclass(frozen=True, slots=True)
class Bucket:
    """One slice of the period: all events, errors, and events per severity."""

    start: datetime
    end: datetime
    events: int
    errors: int
    by_severity: tuple[int, ...]  # aligned with SEVERITY_ORDER

    @property
    def error_rate(self) -> float | None:
        return self.errors / self.events if self.events else None


@dataclass(frozen=True, slots=True)
class Filters:
    services: tuple[str, ...] = ()
    hosts: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Report:
    period: Period
    filters: Filters
    totals: Totals
    top: GroupList  # by priority
    new: GroupList
    regressed: GroupList
    escalating: GroupList
    breakdowns: tuple[Breakdown, ...]  # service, host, severity
    resolution: Resolution
    bucket_seconds: int  # the nominal bucket size (the first and last may be cut shorter)
    buckets: tuple[Bucket, ...]
