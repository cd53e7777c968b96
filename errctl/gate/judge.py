"""Judging groups: thresholds in, a verdict out, each finding with its reason.

Groups are judged as `top` counts them: a group merged into another (by `errctl merge`, or
taken over at ingest) counts under that other, and is not judged on its own.

The gate judges groups, not lines: a tolerated warning that repeats a thousand times is one
known group and passes, while one new exception fails. `judge` is pure (groups, baseline,
thresholds -> Verdict); `evaluate` is the one function that reads the store, through
`errctl.query` and the store's typed methods.

What fails the gate (each threshold off unless noted):
- `max_new` (default 0): more groups than this that the baseline does not list; then every
  new group is a failing finding. A group the baseline does not list is known all the same
  when a group it took over at ingest is listed (a later, more general template of the same
  statement: docs/fingerprints.md), with their counts summed; a group someone merged into it
  with `errctl merge` does not make it known (the baseline is reviewed, a merge in a store is
  not). A listed group whose judged events rise above the level its entry records (a
  tolerated warning now logged as an error) is new too: those are errors that were not there
  before (docs/ci.md); an entry without a level (an older file) is known at any level;
- `fail_on`: a group whose highest severity is at or above this one, known or new;
- `max_events`: more events than this in all judged groups together;
- `max_group_events`: a group with more events than this;
- `max_growth`: a known group whose count exceeds `floor(baseline * (1 + max_growth)) +
  GROWTH_SLACK` (the slack keeps 1 -> 3 from failing a run); without it a known group passes
  whatever its count;
- `fail_on_regression`: a group that came back: its baseline count is 0 (marked resolved),
  or the store's group lifecycle says it regressed (resolved, then events after the resolve).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from errctl.config.schema import SEVERITIES
from errctl.errors import InputError
from errctl.gate.baseline import EMPTY, Baseline
from errctl.models import Event, EventFilter, GroupFilter, GroupSummary

GROWTH_SLACK = 5
"""Events a known group may grow by beyond `max_growth`, so small counts do not flap."""

DEFAULT_LEVEL = "error"
"""Judged by default: groups' events at level error and above (warnings are context)."""

# Finding kinds: stable ids, used as SARIF rule ids, JUnit failure types, GitLab check names.
NEW = "new-group"
SEVERITY = "severity"
GROUP_EVENTS = "group-events"
GROWTH = "count-growth"
REGRESSION = "regression"
EVENTS = "total-events"
TOO_MANY_NEW = "too-many-new"

KIND_HELP: dict[str, str] = {
    NEW: "A group of errors that the baseline does not list (or lists at a lower level).",
    SEVERITY: "A group at or above the severity the gate fails on.",
    GROUP_EVENTS: "A group with more events than the gate allows one group.",
    GROWTH: "A known group whose count grew past its baseline allowance.",
    REGRESSION: "A group that was resolved and came back.",
    EVENTS: "More events in all judged groups than the gate allows.",
    TOO_MANY_NEW: "More new groups than the gate allows.",
}


@dataclass(frozen=True, slots=True)
class Thresholds:
    max_new: int = 0
    fail_on: str | None = None
    max_events: int | None = None
    max_group_events: int | None = None
    max_growth: float | None = None
    fail_on_regression: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__slots__}


@dataclass(frozen=True, slots=True)
class Finding:
    kind: str  # one of the kinds above
    message: str


@dataclass(frozen=True, slots=True)
class Location:
    """Where a group last happened: its newest event's source (relative to the root when it
    lies under it, as CI consumers want repository paths) and line."""

    path: str
    line: int


@dataclass(frozen=True, slots=True)
class GroupVerdict:
    group: GroupSummary
    short_id: str
    status: str  # "new" | "known" | "regressed"
    baseline_count: int | None
    location: Location | None
    findings: tuple[Finding, ...] = ()  # why it fails; empty: it passes
    baseline_level: str | None = None  # the level its baseline entry tolerates, if it has one

    @property
    def new_reason(self) -> str:
        """Why a new group is new: not listed, or listed at a lower level than it is now."""
        if self.baseline_count is not None and self.baseline_level is not None:
            return (
                f"new at level {self.group.max_level}: the baseline lists it at level "
                f"{self.baseline_level}"
            )
        return "new group: not in the baseline"

    @property
    def failing(self) -> bool:
        return bool(self.findings)

    @property
    def severity_rank(self) -> int:
        return severity_rank(self.group.max_severity)

    def to_dict(self) -> dict[str, Any]:
        g = self.group
        return {
            "id": self.short_id,
            "fingerprint": g.fingerprint,
            "title": g.title,
            "status": self.status,
            "failing": self.failing,
            "count": g.count,
            "baseline_count": self.baseline_count,
            "baseline_level": self.baseline_level,
            "max_level": g.max_level,
            "max_severity": g.max_severity,
            "first_seen": _iso(g.first_seen),
            "last_seen": _iso(g.last_seen),
            "location": (
                {"path": self.location.path, "line": self.location.line} if self.location else None
            ),
            "findings": [{"kind": f.kind, "message": f.message} for f in self.findings],
        }


@dataclass(frozen=True, slots=True)
class Verdict:
    """The gate's answer. `groups` holds every judged group, failing ones first, then by
    severity and count; `findings` are the gate-wide ones (too many new groups or events)."""

    groups: tuple[GroupVerdict, ...]
    findings: tuple[Finding, ...]
    thresholds: Thresholds
    baseline_size: int
    level: str | None = DEFAULT_LEVEL
    total_events: int = 0
    window: dict[str, Any] = field(default_factory=dict)

    @property
    def passed(self) -> bool:
        return not self.findings and not any(g.failing for g in self.groups)

    @property
    def failing(self) -> list[GroupVerdict]:
        return [g for g in self.groups if g.failing]

    def count(self, status: str) -> int:
        return sum(1 for g in self.groups if g.status == status)

    def to_dict(self) -> dict[str, Any]:
        return {
            "passed": self.passed,
            "level": self.level,
            "window": self.window,
            "thresholds": self.thresholds.to_dict(),
            "baseline_groups": self.baseline_size,
            "totals": {
                "groups": len(self.groups),
                "events": self.total_events,
                "failing": len(self.failing),
                "new": self.count("new"),
                "known": self.count("known"),
                "regressed": self.count("regressed"),
            },
            "findings": [{"kind": f.kind, "message": f.message} for f in self.findings],
            "groups": [g.to_dict() for g in self.groups],
        }


def severity_rank(severity: str | None) -> int:
    """0 for none, 1 low ... 4 critical."""
    return SEVERITIES.index(severity) + 1 if severity in SEVERITIES else 0


def _iso(ts: Any) -> str:
    return ts.isoformat(timespec="milliseconds") + "Z"


def growth_limit(baseline_count: int, max_growth: float) -> int:
    return math.floor(baseline_count * (1 + max_growth)) + GROWTH_SLACK


def judge(
    groups: Sequence[GroupSummary],
    baseline: Baseline,
    thresholds: Thresholds,
    *,
    short_ids: dict[str, str] | None = None,
    locations: dict[str, Location] | None = None,
    regressions: Iterable[str] = (),
    level: str | None = DEFAULT_LEVEL,
    window: dict[str, Any] | None = None,
    taken_over: dict[str, Sequence[str]] | None = None,
) -> Verdict:
    """The verdict on `groups` (already narrowed to the judged window and level).
    `taken_over` maps a group to the groups it took over at ingest (`takeovers`)."""
    t = thresholds
    short_ids = short_ids or {}
    locations = locations or {}
    came_back = set(regressions)
    taken_over = taken_over or {}
    entries = {
        g.fingerprint: baseline.known(g.fingerprint, taken_over.get(g.fingerprint, ()))
        for g in groups
    }

    def is_new(g: GroupSummary) -> bool:
        entry = entries[g.fingerprint]
        return entry is None or entry.rose(g.max_level)

    new_count = sum(1 for g in groups if is_new(g))
    too_many_new = new_count > t.max_new
    out: list[GroupVerdict] = []
    for g in groups:
        entry = entries[g.fingerprint]
        if is_new(g):
            status = "new"
        elif entry.resolved or g.fingerprint in came_back:
            status = "regressed"
        else:
            status = "known"
        verdict = GroupVerdict(
            group=g,
            short_id=short_ids.get(g.fingerprint, g.digest[:7]),
            status=status,
            baseline_count=entry.count if entry else None,
            location=locations.get(g.fingerprint),
            baseline_level=entry.level if entry else None,
        )
        found: list[Finding] = []
        if status == "new" and too_many_new:
            found.append(Finding(NEW, verdict.new_reason))
        if status == "regressed" and t.fail_on_regression:
            found.append(Finding(REGRESSION, "regression: resolved, and it happened again"))
        if t.fail_on and severity_rank(g.max_severity) >= severity_rank(t.fail_on):
            found.append(
                Finding(SEVERITY, f"severity {g.max_severity}: at or above --fail-on {t.fail_on}")
            )
        if t.max_group_events is not None and g.count > t.max_group_events:
            found.append(
                Finding(
                    GROUP_EVENTS,
                    f"{g.count:,} events: more than --max-group-events {t.max_group_events:,}",
                )
            )
        if status == "known" and t.max_growth is not None and entry is not None:
            limit = growth_limit(entry.count, t.max_growth)
            if g.count > limit:
                found.append(
                    Finding(
                        GROWTH,
                        f"{g.count:,} events: grew past {limit:,} (baseline {entry.count:,} "
                        f"+ {t.max_growth:.0%} + {GROWTH_SLACK})",
                    )
                )
        out.append(replace(verdict, findings=tuple(found)))
    out.sort(key=lambda v: (not v.failing, -v.severity_rank, -v.group.count, v.group.fingerprint))
    total = sum(g.count for g in groups)
    gate: list[Finding] = []
    if too_many_new:
        gate.append(
            Finding(TOO_MANY_NEW, f"{new_count} new group(s): more than --max-new {t.max_new}")
        )
    if t.max_events is not None and total > t.max_events:
        gate.append(
            Finding(EVENTS, f"{total:,} events in all: more than --max-events {t.max_events:,}")
        )
    return Verdict(
        groups=tuple(out),
        findings=tuple(gate),
        thresholds=t,
        baseline_size=len(baseline),
        level=level,
        total_events=total,
        window=window or {},
    )


def judged_groups(store: Any, flt: EventFilter) -> list[GroupSummary]:
    """Every group with events matching `flt`, counted over those events (a merged group's
    under the group it was merged into): what the gate judges and what `baseline
    write/update/prune` record."""
    from errctl.query.groups import list_groups

    if not Path(store.path).exists():
        # In CI a missing store means the logs never arrived: an input problem (exit 3).
        raise InputError(
            f"no store at {store.path}",
            hint="ingest the logs first: errctl --db PATH ingest LOGS",
        )
    if store.count_events(EventFilter()) == 0:
        # An empty store passes every threshold, and would hide a job whose logs went
        # elsewhere (ingest only warns about a missing path): refuse to judge nothing.
        raise InputError(
            f"the store {store.path} holds no events: nothing was ingested",
            hint="check the paths given to errctl ingest",
        )
    _refuse_filters_matching_nothing(store, flt)
    return list_groups(store, GroupFilter(events=flt), sort="count", limit=None)


def _refuse_filters_matching_nothing(store: Any, flt: EventFilter) -> None:
    """A --service or --source that no stored event has (a typo, a renamed service, logs
    ingested from elsewhere) leaves the gate nothing to judge, and a gate that judges nothing
    passes: refuse it as the empty store is refused (exit 3)."""
    from errctl.query.names import describe, describe_source, unknown_names, unmatched_sources

    problems = [describe(name) for name in unknown_names(store, services=flt.services)]
    problems += [describe_source(glob) for glob in unmatched_sources(store, flt.sources)]
    if problems:
        raise InputError(
            "; ".join(problems),
            hint="a filter that keeps no event leaves nothing to judge, and would pass: "
            "check --service and --source",
        )


def relative_path(source: str, root: Path) -> str:
    """`source` relative to `root` when it lies under it (POSIX separators), else as stored."""
    p = Path(source)
    if not p.is_absolute():
        return source
    try:
        return p.relative_to(root).as_posix()
    except ValueError:
        try:
            return p.resolve().relative_to(root.resolve()).as_posix()
        except (ValueError, OSError):
            return source


def locate(events: dict[str, Event], root: Path) -> dict[str, Location]:
    return {fp: Location(relative_path(e.source, root), e.line) for fp, e in events.items()}


def takeovers(store: Any) -> dict[str, list[str]]:
    """group -> the groups it took over at ingest (merged by `errctl ingest` alone)."""
    from errctl.query.groups import merges

    out: dict[str, list[str]] = {}
    for m in merges(store).values():
        if m.by_ingest:
            out.setdefault(m.into, []).append(m.fingerprint)
    return out


def merged_into_groups(store: Any, groups: Iterable[GroupSummary]) -> list[str]:
    """The groups merged (by anyone) into these: their events count there."""
    from errctl.query.groups import merges

    present = {g.fingerprint for g in groups}
    return [m.fingerprint for m in merges(store).values() if m.into in present]


def _latest(store: Any, flt: EventFilter) -> dict[str, Event]:
    """The newest event matching `flt` of each judged group, a merged group's counting for the
    group it was merged into (a taker with no event of its own has its takers' then)."""
    from errctl.query.groups import merges

    merged = merges(store)
    out: dict[str, Event] = {}
    for fp, e in store.latest_events(flt).items():
        key = merged[fp].into if fp in merged else fp
        best = out.get(key)
        if best is None or (e.timestamp, e.id) > (best.timestamp, best.id):
            out[key] = e
    return out


def _regressions(store: Any) -> set[str]:
    """Groups resolved in the store (`errctl resolve`) whose events came after the resolve.
    The one seam to the group lifecycle: the baseline's count-0 entries are the other source,
    the only one a fresh CI store has."""
    from errctl.query.lifecycle import lifecycle_states
    from errctl.query.timespec import utc_now

    return {fp for fp, life in lifecycle_states(store, utc_now()).items() if life.regressed}


def evaluate(
    store: Any,
    flt: EventFilter,
    baseline: Baseline = EMPTY,
    thresholds: Thresholds | None = None,
    *,
    root: Path | None = None,
    window: dict[str, Any] | None = None,
) -> Verdict:
    """Read the judged groups, their short ids and their newest events' locations from the
    store, then judge them."""
    from errctl.query.groups import short_ids

    groups = judged_groups(store, flt)
    root = root or Path.cwd()
    return judge(
        groups,
        baseline,
        thresholds or Thresholds(),
        short_ids=short_ids(store, groups),
        locations=locate(_latest(store, flt), root) if groups else {},
        regressions=_regressions(store),
        level=flt.min_level,
        window=window,
        taken_over=takeovers(store),
    )
