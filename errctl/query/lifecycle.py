"""The group lifecycle: resolve, ignore, reopen and merge, the states derived from them, and the
escalation rule.

Stored states (the store's `group_state`, no row meaning unresolved) are `unresolved`,
`resolved`, `ignored` and `merged`. What a group *is* at a time `at` is derived from them:

- **regressed**: resolved, and an event with a timestamp after `resolved_at` (and not after
  `at`) exists, of the group or of one merged into it (as top counts them; so do an ignore's
  count and rate). It counts as unresolved again. Decided from event timestamps, never from when
  the events were ingested, so re-ingesting old logs (timestamps before the resolve) never
  regresses a group; decided at query time rather than at ingest, so it needs no write (a
  read-only `top --watch` sees it the moment the event is stored) and holds whatever order
  logs arrive in.
- **ignore expired**: ignored, and `at` passed `ignored_until`, or `ignore_until_count` events
  arrived after the ignore, or some `ignore_rate_hours` consecutive whole hours after the one
  the ignore began in held `ignore_until_rate` events (hourly buckets: a burst that straddles
  two buckets is judged by each half). It counts as unresolved again, and stays so.
- **auto-resolved**: unresolved with no event for `[groups] auto_resolve_after`.
- **escalating** (see `escalating`): unresolved, and its recent count is well above what the
  same window of the previous days predicts.

Merging OTHER into GROUP records `merged_into` on OTHER: ingest stores OTHER's later events
under GROUP (the store does it per batch, under the write lock), and `top`, `groups`, `show`
and a search by GROUP's id add OTHER's older events to GROUP's (errctl.query.groups). Every
transition is written with a history entry (time, OS user, note) in the same transaction, and
the whole state it leaves with the time it took effect in the store's state log (m013), from
which `DuckDBStore.replaying(at)` answers `group_states` and `lifecycle_activity` as they stood
at `at`: `top`, `report` and `alert --at` replay the lifecycle of that time.
"""

from __future__ import annotations

import getpass
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from errctl.config.schema import GroupsConfig
from errctl.errors import UsageError
from errctl.models import GroupState, HistoryEntry
from errctl.query.groups import resolve_group, shortest_unique_prefixes
from errctl.query.timespec import parse_duration, parse_time, utc_now
from errctl.store.duckdb_store import DuckDBStore

_RATE = re.compile(r"^\s*(\d+)\s*/\s*(\S+)\s*$")
_DAY = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Lifecycle:
    """A group's effective state at a time. `status` is unresolved, resolved, ignored or
    merged; a regressed group and one whose ignore expired are unresolved, with the reason."""

    fingerprint: str
    status: str = "unresolved"
    regressed: bool = False
    regressed_at: datetime | None = None  # its first event after the resolve
    expired: str | None = None  # why an ignore ended: date, count or rate
    auto_resolved: bool = False
    state: GroupState | None = None

    @property
    def stored(self) -> str:
        return self.state.status if self.state else "unresolved"


@dataclass(frozen=True, slots=True)
class Transition:
    """What one lifecycle command did to one group."""

    fingerprint: str
    action: str
    before: str  # the effective status before
    after: str
    title: str = ""
    # A change dated back (`--at`) that does not hold now: the group's effective status now
    # and why (events after a resolve regressed it, an ignore's condition was met since, a
    # later change holds); None when it is `after`.
    now: str | None = None
    why: str | None = None


def actor() -> str:
    """Who acts: the OS user (history records it)."""
    try:
        return getpass.getuser()
    except Exception:  # no user name (some containers): still record the transition
        return "unknown"


def parse_rate(text: str) -> tuple[int, int]:
    """`N/1h`, `N/24h`, `N/1d` -> (N events, hours)."""
    m = _RATE.match(text)
    if not m:
        raise UsageError(f"not a rate: {text!r}", hint="use events per whole hours, e.g. 100/1h")
    per = m.group(2)
    span = parse_duration(per if per[0].isdigit() else "1" + per)
    hours = span / timedelta(hours=1)
    if hours < 1 or hours != int(hours):
        raise UsageError(f"the rate {text!r} must be per whole hours", hint="e.g. 100/1h, 500/1d")
    if int(m.group(1)) == 0:
        # Every hour holds 0 events or more: the ignore would end at once, unnoticed.
        raise UsageError(
            f"the rate {text!r} is 0 events, reached at once: the ignore would end now",
            hint="to see the group again on its next event, use errctl resolve; else e.g. 100/1h",
        )
    return int(m.group(1)), int(hours)


# -- deriving states ------------------------------------------------------------------------


def derive(
    state: GroupState | None,
    at: datetime,
    *,
    after: tuple[int, datetime] | None = None,
    hourly: Sequence[tuple[datetime, int]] = (),
    last_seen: datetime | None = None,
    auto_resolve_after: timedelta | None = None,
) -> Lifecycle:
    """The effective state at `at` of a group with stored `state` (pure; see the module doc).

    `after` is (events after the resolve / ignore up to `at`, the first of them); `hourly` the
    (hour, events) buckets after the ignore's hour, for a rate condition; `last_seen` the
    group's newest event, for auto-resolve.
    """
    fp = state.fingerprint if state else ""
    if state is not None and state.status == "merged":
        return Lifecycle(fp, "merged", state=state)
    if state is not None and state.status == "resolved":
        if after and after[0] > 0:
            life = Lifecycle(fp, "unresolved", regressed=True, regressed_at=after[1], state=state)
            return _auto(life, at, last_seen, auto_resolve_after)
        return Lifecycle(fp, "resolved", state=state)
    if state is not None and state.status == "ignored":
        why = _ignore_expired(state, at, after, hourly)
        if why is None:
            return Lifecycle(fp, "ignored", state=state)
        return _auto(
            Lifecycle(fp, "unresolved", expired=why, state=state), at, last_seen, auto_resolve_after
        )
    return _auto(Lifecycle(fp, "unresolved", state=state), at, last_seen, auto_resolve_after)


def _auto(
    life: Lifecycle, at: datetime, last_seen: datetime | None, period: timedelta | None
) -> Lifecycle:
    if period is not None and last_seen is not None and last_seen <= at - period:
        return replace(life, status="resolved", auto_resolved=True)
    return life


def _ignore_expired(
    state: GroupState,
    at: datetime,
    after: tuple[int, datetime] | None,
    hourly: Sequence[tuple[datetime, int]],
) -> str | None:
    if state.ignored_until is not None and at >= state.ignored_until:
        return "date"
    if state.ignore_until_count is not None and after and after[0] >= state.ignore_until_count:
        return "count"
    if state.ignore_until_rate is not None and hourly:
        span = max(1, state.ignore_rate_hours or 1)
        counts = dict(hourly)
        for hour in counts:
            total = sum(counts.get(hour - timedelta(hours=k), 0) for k in range(span))
            if total >= state.ignore_until_rate:
                return "rate"
    return None


def lifecycle_states(
    store: DuckDBStore,
    at: datetime,
    config: GroupsConfig | None = None,
    last_seen: dict[str, datetime] | None = None,
) -> dict[str, Lifecycle]:
    """The effective state at `at` of every group with a stored state. (A group without one
    is unresolved, or auto-resolved: see `effective`.)"""
    states = store.group_states()
    if not states:
        return {}
    after, rates = store.lifecycle_activity(at)
    period = auto_resolve_period(config)
    return {
        fp: derive(
            st,
            at,
            after=after.get(fp),
            hourly=rates.get(fp, ()),
            last_seen=(last_seen or {}).get(fp),
            auto_resolve_after=period,
        )
        for fp, st in states.items()
    }


def effective(
    fingerprint: str,
    states: dict[str, Lifecycle],
    at: datetime,
    last_seen: datetime | None,
    config: GroupsConfig | None = None,
) -> Lifecycle:
    """A group's effective state, given `lifecycle_states`' answer."""
    life = states.get(fingerprint)
    if life is not None:
        return life if last_seen is None else _auto(life, at, last_seen, None)
    return _auto(Lifecycle(fingerprint), at, last_seen, auto_resolve_period(config))


def auto_resolve_period(config: GroupsConfig | None) -> timedelta | None:
    if config is None or not config.auto_resolve_after:
        return None
    return parse_duration(config.auto_resolve_after)


# -- escalation -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Escalation:
    """The numbers behind an escalation verdict."""

    recent: int  # events in [at - window, at)
    baseline: float  # mean events of the same window on the previous days the group existed
    escalating: bool


def escalating(
    store: DuckDBStore,
    groups: dict[str, datetime],
    at: datetime,
    config: GroupsConfig | None = None,
    recent: dict[str, int] | None = None,
) -> dict[str, Escalation]:
    """Escalation of groups {fingerprint: first_seen} at `at`.

    The rule (knobs in `[groups]`): with W = `escalation_window` (1h) and D =
    `escalation_days` (7), a group escalates when its count in [at - W, at) is at least
    `escalation_min_events` (10) and more than `escalation_factor` (3) times its baseline: the
    mean count of the same W on each of the previous D days whose W it existed through (first
    seen at or before that window's start; at most D, at least 1). The baseline is read from
    hourly buckets, an hour that the shifted window covers in part counting in proportion. A
    group without such a day (younger than a day and W) has no history to judge by and is
    never escalating (it shows as new instead).

    `recent` may carry the counts of [at - W, at) when the caller has them already.
    """
    cfg = config or GroupsConfig()
    window = parse_duration(cfg.escalation_window)
    days = max(1, int(cfg.escalation_days))
    # The days whose shifted window the group existed through, whole: a day on which it
    # appeared mid-window would lend the baseline only the minutes after its first event and
    # call a steady group escalating (the hour after it turned one day old, or the store's
    # history began).
    old: dict[str, int] = {}
    for fp, first in groups.items():
        known_days = min(days, math.floor((at - window - first) / _DAY))
        if known_days >= 1:
            old[fp] = known_days
    if not old:
        return {}
    if recent is None:
        counts = store.window_counts([at - window, at])
        recent = {fp: c[0] for fp, c in counts.items()}
    totals: dict[str, float] = {}
    for known in sorted(set(old.values())):  # at most `days` queries, mostly one
        ranges = [(at - window - k * _DAY, at - k * _DAY) for k in range(1, known + 1)]
        totals.update(store.hourly_overlap([fp for fp, n in old.items() if n == known], ranges))
    out: dict[str, Escalation] = {}
    for fp, known_days in old.items():
        baseline = totals.get(fp, 0.0) / known_days
        n = recent.get(fp, 0)
        verdict = n >= cfg.escalation_min_events and n > cfg.escalation_factor * baseline
        out[fp] = Escalation(n, round(baseline, 2), verdict)
    return out


# -- transitions ----------------------------------------------------------------------------


def _target(store: DuckDBStore, ref: str, states: dict[str, GroupState]) -> str:
    fp = resolve_group(store, ref)
    st = states.get(fp)
    if st is not None and st.status == "merged" and st.merged_into:
        # Its id as listings show it (`a92f528`), the one to act on: the stored fingerprint
        # (`fp1:a92f528885514533`) is no id the user has seen in top or groups.
        into = shortest_unique_prefixes(store.group_digests(), [st.merged_into])
        raise UsageError(
            f"the group {ref!r} was merged into {into[st.merged_into]}",
            hint="act on that group, or errctl reopen this one to split it off again",
        )
    return fp


def _apply(
    store: DuckDBStore,
    refs: Sequence[str],
    action: str,
    make: Any,
    *,
    note: str | None,
    at: datetime | None,
    details: dict[str, Any] | None = None,
    who: str | None = None,
) -> list[Transition]:
    """Resolve the refs, build each new state with `make(fp, old_state, at)`, save them all
    with their history in one transaction. Each transition's `before` is the group's state at
    `at`: a transition dated in the past (`--at`) found the group as it stood then, replayed
    from the state log (`DuckDBStore.replaying`), not as it is now."""
    then = at
    at = at or utc_now()
    who = who or actor()
    fps: list[str] = []
    # One read-only connection for the questions before the write: each open of the store
    # costs tens of milliseconds, and a resolve asked six.
    with store.read_session():
        stored = store.group_states()
        with store.replaying(then):
            lives = lifecycle_states(store, at)
        for ref in refs:
            fp = _target(store, ref, stored) if action != "reopen" else resolve_group(store, ref)
            if fp not in fps:
                fps.append(fp)
    states, history, out = [], [], []
    for fp in fps:
        before = lives[fp].status if fp in lives else "unresolved"
        if fp in lives and lives[fp].regressed:
            before = "regressed"
        new = make(fp, stored.get(fp), at)
        states.append(new)
        history.append(HistoryEntry(fp, at, action, who, note, details))
        out.append(Transition(fp, action, before, new.status))
    store.save_group_states(states, history)
    if then is None:
        return out
    present = lifecycle_states(store, utc_now())
    return [_as_of_now(t, present.get(t.fingerprint)) for t in out]


def _as_of_now(transition: Transition, life: Lifecycle | None) -> Transition:
    """`transition` with what became of it by now, when it does not hold any more: a resolve
    dated before events that regress it showed as `-> resolved` while top called it
    REGRESSED."""
    if life is None:
        return transition
    status = "regressed" if life.regressed else life.status
    if status == transition.after:
        return transition
    if life.regressed and life.regressed_at is not None:
        why = f"an event at {life.regressed_at:%Y-%m-%d %H:%M} UTC came after it"
    elif life.expired:
        why = f"the ignore's {life.expired} condition was met since"
    elif life.auto_resolved:
        why = "quiet for [groups] auto_resolve_after"
    else:
        why = "a change that took effect later holds"
    return replace(transition, now=status, why=why)


def resolve(
    store: DuckDBStore,
    refs: Sequence[str],
    *,
    note: str | None = None,
    at: datetime | None = None,
    who: str | None = None,
) -> list[Transition]:
    """Mark groups resolved as of `at` (default now): their events after it regress them."""
    return _apply(
        store,
        refs,
        "resolve",
        lambda fp, _old, t: GroupState(fp, "resolved", resolved_at=t, updated_at=t),
        note=note,
        at=at,
        who=who,
    )


def ignore(
    store: DuckDBStore,
    refs: Sequence[str],
    *,
    until: str | None = None,
    until_count: int | None = None,
    until_rate: str | None = None,
    note: str | None = None,
    at: datetime | None = None,
    who: str | None = None,
) -> list[Transition]:
    """Ignore groups, forever or until a date, a number of further events or a rate (the
    first condition met ends it)."""
    now = at or utc_now()
    until_at = None
    if until:
        # `--until 2h` reads as "for two hours" here, not "until two hours ago".
        if _is_duration(until):
            until_at = now + parse_duration(until)
        else:
            try:
                until_at = parse_time(until)
            except UsageError:  # its hint says "a duration ago": here a duration is from now
                raise UsageError(
                    f"not a time: {until!r}",
                    hint="use a duration from now (2h, 3d, 1w) or an ISO time (2026-12-01T12:00Z)",
                ) from None
    if until_at is not None and until_at <= now:
        raise UsageError(f"--until {until} is not in the future")
    if until_count is not None and until_count < 1:
        raise UsageError("--until-count must be 1 or more")
    rate = parse_rate(until_rate) if until_rate else None
    details = {
        k: v
        for k, v in {
            "until": until_at.isoformat() + "Z" if until_at else None,
            "until_count": until_count,
            "until_rate": f"{rate[0]}/{rate[1]}h" if rate else None,
        }.items()
        if v is not None
    } or None
    return _apply(
        store,
        refs,
        "ignore",
        lambda fp, _old, t: GroupState(
            fp,
            "ignored",
            ignored_at=t,
            ignored_until=until_at,
            ignore_until_count=until_count,
            ignore_until_rate=rate[0] if rate else None,
            ignore_rate_hours=rate[1] if rate else None,
            updated_at=t,
        ),
        note=note,
        at=at,  # None: now (`until_at` was counted from a now a moment before it)
        details=details,
        who=who,
    )


def _is_duration(text: str) -> bool:
    try:
        parse_duration(text)
    except UsageError:
        return False
    return True


def reopen(
    store: DuckDBStore,
    refs: Sequence[str],
    *,
    note: str | None = None,
    at: datetime | None = None,
    who: str | None = None,
) -> list[Transition]:
    """Back to unresolved (a merged group is split off again: its later events stay its own)."""
    return _apply(
        store,
        refs,
        "reopen",
        lambda fp, _old, t: GroupState(fp, "unresolved", updated_at=t),
        note=note,
        at=at,
        who=who,
    )


def merge(
    store: DuckDBStore,
    target_ref: str,
    other_refs: Sequence[str],
    *,
    note: str | None = None,
    at: datetime | None = None,
    who: str | None = None,
) -> list[Transition]:
    """Merge groups into `target_ref`: their later events are stored under it, and groups
    merged into them before follow them (no chains)."""
    then = at
    at = at or utc_now()
    who = who or actor()
    stored = store.group_states()
    with store.replaying(then):  # the stored states at `at`, for each transition's `before`
        stored_then = store.group_states() if then is not None else stored
    target = _target(store, target_ref, stored)
    others: list[str] = []
    for ref in other_refs:
        fp = resolve_group(store, ref)
        if fp == target:
            raise UsageError(f"cannot merge the group {ref!r} into itself")
        if fp not in others:
            others.append(fp)
    if not others:
        raise UsageError("name at least one group to merge into the first")
    states: list[GroupState] = []
    history: list[HistoryEntry] = []
    out: list[Transition] = []
    for fp in others:
        before = stored_then[fp].status if fp in stored_then else "unresolved"
        states.append(GroupState(fp, "merged", merged_into=target, updated_at=at))
        history.append(HistoryEntry(fp, at, "merged", who, note, {"into": target}))
        out.append(Transition(fp, "merge", before, "merged"))
    for st in stored.values():  # earlier merges into the groups merged now follow them
        if st.merged_into in others:
            states.append(replace(st, merged_into=target, updated_at=at))
    history.append(HistoryEntry(target, at, "merge", who, note, {"merged": others}))
    store.save_group_states(states, history)
    return out


def history(store: DuckDBStore, fingerprint: str) -> list[HistoryEntry]:
    return store.group_history(fingerprint)
