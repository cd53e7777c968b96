"""Evaluating alert rules as of a time: what is active, and what that means to notify.

Each rule kind decides which keys are *active* at `at` (a key is a group's fingerprint, or `*`
for a rule over all its matching events, `per = "rule"`):

- `new`: a group first seen in the look-back window (default 24h) with matching events.
- `regression`: a resolved group with an event after its resolve, in the look-back window.
- `escalating`: an unresolved group the `[groups]` escalation rule calls escalating.
- `threshold`: at least `count` matching events in `window` (default 1h).
- `spike`: at least `count` (default 10) matching events in `window`, and more than `factor`
  (default 3) times the count of the comparison window (the previous one, or the same window a
  day or a week earlier).
- `absence`: no event matching `heartbeat` (and the filters) in `window`.
- `severity`: matching events at or above `severity` in `window`.

Groups that are ignored, merged or resolved (and not regressed) never make a key active.

Decisions come from the active keys and the stored state of (rule, key) (`decide`):
- `new` and `regression` are edges: they notify once per group (a regression once per resolve),
  whatever happens later.
- The other kinds are conditions: a key notifies when it becomes active, stays quiet while it
  stays active, and resolves when it is not active any more (notifying then when the rule has
  `notify_resolved`, labelled as its firing was: the state recorded them). It may fire again
  once it resolved.
- A firing notification waits for the (rule, key) cooldown since the last one; a key that
  waits stays as it is and fires on a later run if it is still active then.

Evaluating only "as of now" is what makes a run after missed intervals catch up without a flood:
one decision per key, not one per missed interval.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from errctl.alert.notification import Notification, iso, notification_id
from errctl.config.schema import AlertRuleConfig, AlertsConfig, Settings
from errctl.models import AlertState, EventMatch, GroupSummary
from errctl.query.groups import short_ids
from errctl.query.lifecycle import Lifecycle, escalating, lifecycle_states
from errctl.query.timespec import parse_duration
from errctl.store.duckdb_store import DuckDBStore

EDGE_KINDS = ("new", "regression")
LOOKBACK_KINDS = ("new", "regression", "escalating")
DEFAULT_LOOKBACK = "24h"
DEFAULT_WINDOW = "1h"
DEFAULT_SPIKE_FACTOR = 3.0
DEFAULT_SPIKE_MIN = 10
_TICK = timedelta(microseconds=1)  # windows end at `at` inclusive: [at - w, at]
_COMPARE_SHIFT = {"day": timedelta(days=1), "week": timedelta(days=7)}
ANY = "*"


@dataclass(frozen=True, slots=True)
class Finding:
    """One active key of a rule at a time, with the numbers behind it."""

    key: str
    count: int
    reason: str
    values: dict[str, Any] = field(default_factory=dict)
    episode: str | None = None


@dataclass(frozen=True, slots=True)
class Decision:
    """What a run does about one (rule, key): `fire` or `resolve` (notifying when `notify`)."""

    rule: AlertRuleConfig
    key: str
    action: str  # fire | resolve
    notify: bool
    state: AlertState  # the state to record
    expected: datetime | None  # the stored last_fired this decision was made from
    finding: Finding | None = None


@dataclass(slots=True)
class RuleOutcome:
    decisions: list[Decision] = field(default_factory=list)
    active: int = 0
    cooling: list[str] = field(default_factory=list)  # keys held back by the cooldown


def rule_match(rule: AlertRuleConfig) -> EventMatch:
    messages = rule.message
    if rule.kind == "absence" and rule.heartbeat:
        messages = (rule.heartbeat,)  # the heartbeat is the message an absence looks for
    return EventMatch(
        min_level=rule.level,
        min_severity=rule.severity,
        services=rule.service,
        hosts=rule.host,
        categories=rule.category,
        templates=rule.template,
        messages=messages,
        attributes=tuple(rule.attributes.items()),
    )


def window_of(rule: AlertRuleConfig) -> timedelta:
    default = DEFAULT_LOOKBACK if rule.kind in LOOKBACK_KINDS else DEFAULT_WINDOW
    return parse_duration(rule.window or default)


def cooldown_of(rule: AlertRuleConfig, cfg: AlertsConfig) -> timedelta:
    return parse_duration(rule.cooldown or cfg.cooldown)


class Evaluator:
    """Evaluates rules against one store as of one time, sharing what the rules all need."""

    def __init__(self, store: DuckDBStore, settings: Settings, at: datetime) -> None:
        self.store = store
        self.settings = settings
        self.at = at
        self._lifecycle: dict[str, Lifecycle] | None = None
        self._groups: dict[str, GroupSummary] = {}
        self._later: dict[str, int] = {}  # events after `at`, of the groups asked about

    def lifecycle(self) -> dict[str, Lifecycle]:
        if self._lifecycle is None:
            self._lifecycle = lifecycle_states(self.store, self.at, self.settings.groups)
        return self._lifecycle

    def groups(self, fingerprints: Sequence[str]) -> dict[str, GroupSummary]:
        missing = [fp for fp in fingerprints if fp not in self._groups]
        # A group counts with the groups merged into it (its first seen, count), as top has it.
        for g in self.store.groups_by_fingerprint(missing, fold_merged=True):
            self._groups[g.fingerprint] = g
        return {fp: self._groups[fp] for fp in fingerprints if fp in self._groups}

    def counts_at(self, groups: Sequence[GroupSummary]) -> dict[str, int]:
        """Each group's events up to `at`: its count less its events after `at`, which a replay
        (`alert --at` a past time) must not see. Only a group seen after `at` is asked about."""
        ask = [g.fingerprint for g in groups if g.last_seen > self.at]
        ask = [fp for fp in ask if fp not in self._later]
        if ask:
            later = self.store.counts_after(ask, self.at)
            self._later.update({fp: later.get(fp, 0) for fp in ask})
        return {g.fingerprint: g.count - self._later.get(g.fingerprint, 0) for g in groups}

    def _quiet(self, fp: str) -> bool:
        """Ignored, merged or resolved (and not regressed) at `at`: never alerts."""
        life = self.lifecycle().get(fp)
        return life is not None and life.status in ("ignored", "merged", "resolved")

    def _eligible(self, rule: AlertRuleConfig, fps: Sequence[str]) -> dict[str, GroupSummary]:
        """These groups, less those the rule's group filters or their lifecycle rule out."""
        found = self.groups(list(fps))
        min_age = parse_duration(rule.min_age) if rule.min_age else None
        counts = (
            self.counts_at([g for g in found.values() if g.first_seen <= self.at])
            if rule.min_count is not None
            else {}
        )
        out = {}
        for fp, g in found.items():
            if g.first_seen > self.at:
                continue
            if min_age is not None and g.first_seen > self.at - min_age:
                continue
            if rule.min_count is not None and counts[fp] < rule.min_count:
                continue
            if rule.kind != "regression" and self._quiet(fp):
                continue
            out[fp] = g
        return out

    # -- active keys per kind ---------------------------------------------------------------

    def findings(self, rule: AlertRuleConfig) -> list[Finding]:
        at, window = self.at, window_of(rule)
        match = rule_match(rule)
        span = (at - window, at + _TICK)
        w = rule.window or (DEFAULT_LOOKBACK if rule.kind in LOOKBACK_KINDS else DEFAULT_WINDOW)
        if rule.kind == "absence":
            total = sum(c[0] for c in self.store.alert_counts(match, [span]).values())
            if total:
                return []
            return [
                Finding(
                    ANY,
                    0,
                    f"no event matching {rule.heartbeat!r} in the last {w}",
                    {"window": w, "heartbeat": rule.heartbeat},
                )
            ]
        if rule.kind == "spike":
            return self._spikes(rule, match, window, w)
        counts = {fp: c[0] for fp, c in self.store.alert_counts(match, [span]).items()}
        if rule.kind == "threshold" and rule.per == "rule":
            eligible = self._eligible(rule, list(counts))
            total = sum(n for fp, n in counts.items() if fp in eligible)
            if total < (rule.count or 1):
                return []
            return [
                Finding(
                    ANY,
                    total,
                    f"{total} events in the last {w} (threshold {rule.count})",
                    {"window": w, "threshold": rule.count},
                )
            ]
        groups = self._eligible(rule, [fp for fp, n in counts.items() if n > 0])
        out: list[Finding] = []
        if rule.kind == "new":
            for fp, g in groups.items():
                if g.first_seen >= at - window:
                    out.append(
                        Finding(
                            fp,
                            counts[fp],
                            f"new group, first seen {g.first_seen:%Y-%m-%d %H:%M:%S} UTC "
                            f"({counts[fp]} events in the last {w})",
                            {"window": w},
                        )
                    )
        elif rule.kind == "regression":
            lives = self.lifecycle()
            for fp in groups:
                life = lives.get(fp)
                if life is None or not life.regressed or life.regressed_at is None:
                    continue
                if life.regressed_at < at - window:
                    continue
                resolved_at = life.state.resolved_at if life.state else None
                # The events since the resolve, not the look-back's: those before it are the
                # ones the resolve was about, and would make one recurrence read as dozens.
                since = counts[fp]
                if resolved_at is not None:
                    after = self.store.alert_counts(match, [(resolved_at + _TICK, at + _TICK)])
                    since = after.get(fp, [0])[0]
                out.append(
                    Finding(
                        fp,
                        since,
                        f"regressed: resolved {resolved_at:%Y-%m-%d %H:%M:%S} UTC, seen again "
                        f"{life.regressed_at:%Y-%m-%d %H:%M:%S} UTC ({since} events since)",
                        # ISO 8601 like every time in a payload; the episode keeps the
                        # spelling stored states were written with (a new one would fire again).
                        {"window": w, "resolved_at": iso(resolved_at)},
                        episode=str(resolved_at),
                    )
                )
        elif rule.kind == "escalating":
            # Counted over [at - W, at] like every other rule's window (`escalating` alone
            # counts [at - W, at)): an event at `at` itself must not escape this one rule.
            esc_window = parse_duration(self.settings.groups.escalation_window)
            recent = self.store.window_counts([at - esc_window, at + _TICK])
            verdicts = escalating(
                self.store,
                {fp: g.first_seen for fp, g in groups.items()},
                at,
                self.settings.groups,
                recent={fp: c[0] for fp, c in recent.items()},
            )
            for fp, v in verdicts.items():
                if v.escalating:
                    out.append(
                        Finding(
                            fp,
                            v.recent,
                            f"escalating: {v.recent} events in the last "
                            f"{self.settings.groups.escalation_window}, baseline {v.baseline:g}",
                            {
                                "window": self.settings.groups.escalation_window,
                                "baseline": v.baseline,
                            },
                        )
                    )
        elif rule.kind == "threshold":
            for fp in groups:
                if counts[fp] >= (rule.count or 1):
                    out.append(
                        Finding(
                            fp,
                            counts[fp],
                            f"{counts[fp]} events in the last {w} (threshold {rule.count})",
                            {"window": w, "threshold": rule.count},
                        )
                    )
        elif rule.kind == "severity":
            for fp in groups:
                out.append(
                    Finding(
                        fp,
                        counts[fp],
                        f"{counts[fp]} events at severity {rule.severity} or above in the last {w}",
                        {"window": w, "severity": rule.severity},
                    )
                )
        return sorted(out, key=lambda f: (-f.count, f.key))

    def _spikes(
        self, rule: AlertRuleConfig, match: EventMatch, window: timedelta, w: str
    ) -> list[Finding]:
        at = self.at
        shift = _COMPARE_SHIFT.get(rule.compare, window)
        current = (at - window, at + _TICK)
        # The current window moved back by `shift`; when the two meet (compare = previous, or
        # a 1d window against a day earlier) the instant they share, at - window, belongs to
        # the current one only: an event there must not count on both sides of the comparison.
        before = (at - window - shift, at - shift + (_TICK if shift != window else timedelta(0)))
        raw = self.store.alert_counts(match, [current, before])
        factor = rule.factor or DEFAULT_SPIKE_FACTOR
        least = rule.count if rule.count is not None else DEFAULT_SPIKE_MIN
        if rule.per == "rule":
            eligible = self._eligible(rule, list(raw))
            pairs = {ANY: [sum(c[i] for fp, c in raw.items() if fp in eligible) for i in (0, 1)]}
        else:
            eligible = self._eligible(rule, [fp for fp, c in raw.items() if c[0] > 0])
            pairs = {fp: raw[fp] for fp in eligible}
        compared = {
            "previous": "the window before",
            "day": "a day earlier",
            "week": "a week earlier",
        }
        out = []
        for key, (now_n, base_n) in pairs.items():
            if now_n >= least and now_n > factor * base_n:
                out.append(
                    Finding(
                        key,
                        now_n,
                        f"spike: {now_n} events in the last {w} against {base_n} "
                        f"{compared[rule.compare]} (factor {factor:g})",
                        {
                            "window": w,
                            "baseline": base_n,
                            "factor": factor,
                            "compare": rule.compare,
                        },
                    )
                )
        return sorted(out, key=lambda f: (-f.count, f.key))


def decide(
    rule: AlertRuleConfig,
    findings: Sequence[Finding],
    states: dict[tuple[str, str], AlertState],
    at: datetime,
    cooldown: timedelta,
) -> RuleOutcome:
    """Decisions for one rule from its active keys and the stored states (module doc)."""
    out = RuleOutcome(active=len(findings))
    active = {f.key for f in findings}
    for f in findings:
        st = states.get((rule.name, f.key))
        if st is not None:
            if rule.kind == "new":
                continue  # told once, for good
            if rule.kind == "regression" and st.episode == f.episode:
                continue
            if rule.kind not in EDGE_KINDS and st.status == "firing":
                continue  # still the same condition
            if st.last_fired is not None and st.last_fired > at - cooldown:
                out.cooling.append(f.key)
                continue
        new = AlertState(
            rule.name,
            f.key,
            "firing",
            last_fired=at,
            episode=f.episode,
            value=float(f.count),
            fired_count=(st.fired_count if st else 0) + 1,
            updated_at=at,
        )
        out.decisions.append(
            Decision(rule, f.key, "fire", True, new, st.last_fired if st else None, f)
        )
    if rule.kind in EDGE_KINDS:
        return out
    for (name, key), st in states.items():
        if name != rule.name or st.status != "firing" or key in active:
            continue
        notify = rule.notify_resolved
        new = replace(
            st,
            status="resolved",
            last_fired=at if notify else st.last_fired,
            updated_at=at,
        )
        out.decisions.append(Decision(rule, key, "resolve", notify, new, st.last_fired))
    return out


def evaluate(
    store: DuckDBStore,
    settings: Settings,
    at: datetime,
    states: dict[tuple[str, str], AlertState],
) -> list[RuleOutcome]:
    """Every rule's decisions as of `at`, in the order of the rules."""
    ev = Evaluator(store, settings, at)
    with store.read_session():
        return [
            decide(rule, ev.findings(rule), states, at, cooldown_of(rule, settings.alerts))
            for rule in settings.alerts.rules
        ]


def notifications(
    store: DuckDBStore, settings: Settings, decisions: Sequence[Decision], at: datetime
) -> list[Notification]:
    """The notification of each notifying decision, with its group and a sample event."""
    wanted = [d for d in decisions if d.notify]
    fps = sorted({d.key for d in wanted if d.key != ANY})
    with store.read_session():
        # The groups as of `at`: a replay does not count, or take a service, level or last
        # seen from, events after it.
        groups = {g.fingerprint: g for g in store.groups_as_of(fps, at)}
        ids = short_ids(store, list(groups.values()))
        samples: dict[str, Any] = {}
        by_rule: dict[str, list[str]] = {}
        for d in wanted:
            by_rule.setdefault(d.rule.name, []).append(d.key)
        rules = {d.rule.name: d.rule for d in wanted}
        for name, keys in by_rule.items():
            rule = rules[name]
            match = rule_match(rule)
            since = at - window_of(rule)
            group_keys = [k for k in keys if k != ANY]
            found = store.alert_samples(match, group_keys, since, at + _TICK)
            samples.update({(name, k): e for k, e in found.items()})
            if ANY in keys and rule.kind != "absence":
                every = store.alert_samples(
                    match,
                    list(store.alert_counts(match, [(since, at + _TICK)])),
                    since,
                    at + _TICK,
                )
                if every:
                    samples[(name, ANY)] = max(every.values(), key=lambda e: (e.timestamp, e.id))
    out = []
    for d in wanted:
        g = groups.get(d.key)
        sample = samples.get((d.rule.name, d.key))
        status = "firing" if d.action == "fire" else "resolved"
        reason = d.finding.reason if d.finding else "no longer active"
        values = dict(d.finding.values) if d.finding else {}
        severity = g.max_severity if g else d.rule.severity
        level = g.max_level if g else None
        service = (g.top_service if g else None) or (sample.service if sample else None)
        fired = d.state.labels if d.action == "resolve" else None
        started = None
        if d.action == "resolve":
            if d.state.value is not None:
                reason = f"cleared (it fired at {d.state.value:g})"
            # The stored last_fired of a firing state is when it fired: the alert this ends.
            started = d.expected
            values["fired_at"] = iso(started)
            if fired is not None:
                # What the firing said, not what the group is now: the resolve ends that alert.
                severity, level, service = (fired.get(k) for k in ("severity", "level", "service"))
        title = (g.title if g else None) or (d.rule.name if d.key == ANY else d.key)
        if d.key == ANY and sample is not None and d.rule.kind != "absence":
            title = f"{d.rule.name}: {d.finding.count if d.finding else 0} matching events"
        out.append(
            Notification(
                id=notification_id(d.rule.name, d.key, status, at.isoformat()),
                status=status,
                at=at,
                title=title,
                rule=d.rule.name,
                rule_kind=d.rule.kind,
                key=d.key,
                reason=reason,
                count=d.finding.count if d.finding else 0,
                values=values,
                fingerprint=g.fingerprint if g else None,
                short_id=ids.get(g.fingerprint) if g else None,
                severity=severity,
                level=level,
                service=service,
                total=g.count if g else None,
                first_seen=g.first_seen if g else None,
                last_seen=g.last_seen if g else None,
                sample=sample,
                store=os.path.abspath(store.path),
                fired_labels=fired,
                started_at=started,
            )
        )
    return out
