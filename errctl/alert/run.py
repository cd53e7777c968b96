"""One `errctl alert` run: evaluate the rules, hold back what silences match, cap, record the
decisions with their outbox rows in one transaction, then deliver the outbox. Also the dry
run, the backtest, `alert test`, and `send_message` for other services (reports).

Order matters for "never twice, never lost": decisions and their notifications are committed
together BEFORE anything is sent, and the outbox (this run's rows and any a previous run left)
is sent after. A run killed before the commit recorded nothing and the next run decides again;
a run killed after it leaves pending rows that the next run sends.

One "now": the run's `at` (`alert --at`, else the wall clock once) is the time rules are judged
at, the silences in force, the state recorded and the outbox rows' `created_at` (the record of
the decision). Sending stays on the wall clock (errctl.alert.delivery says why): it happens in
the real world, to receivers and beside other runs that know no `--at`.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from errctl.alert.delivery import (
    DeliveryReport,
    DeliveryResult,
    ReceiverUnusable,
    Transport,
    deliver_outbox,
    receiver_target,
    send,
)
from errctl.alert.notification import Notification, notification_id
from errctl.alert.payloads import render
from errctl.alert.rules import Decision, evaluate, notifications
from errctl.alert.silences import silenced_by
from errctl.config.schema import AlertsConfig, Settings
from errctl.errors import ConfigError, UsageError
from errctl.models import AlertState, OutboxItem
from errctl.query.groups import short_ids
from errctl.query.timespec import utc_now
from errctl.store.duckdb_store import DuckDBStore


@dataclass(frozen=True, slots=True)
class Planned:
    """A notification and the receivers it goes to (rendered per receiver kind)."""

    notification: Notification
    receivers: tuple[str, ...]


@dataclass(slots=True)
class AlertRun:
    at: datetime
    dry_run: bool = False
    sent: list[Planned] = field(default_factory=list)  # notified one by one
    summarized: list[Notification] = field(default_factory=list)  # over the cap
    summaries: list[Planned] = field(default_factory=list)
    silenced: list[tuple[Notification, str]] = field(default_factory=list)  # (n, silence id)
    cooling: list[tuple[str, str]] = field(default_factory=list)  # (rule, key)
    quiet_resolves: int = 0  # recorded without a notification
    skipped: int = 0  # decisions another run recorded first
    delivery: DeliveryReport | None = None

    @property
    def fired(self) -> bool:
        """Whether any rule fired (a firing notification, sent or summarised)."""
        return any(p.notification.status == "firing" for p in self.sent) or any(
            n.status == "firing" for n in self.summarized
        )

    @property
    def undelivered(self) -> int:
        return self.delivery.pending if self.delivery else 0


def routes(cfg: AlertsConfig, rule_name: str | None) -> tuple[str, ...]:
    """The receivers of a rule: those it names, else all."""
    rule = next((r for r in cfg.rules if r.name == rule_name), None)
    if rule is not None and rule.receivers:
        return rule.receivers
    return tuple(cfg.receivers)


def outbox_items(cfg: AlertsConfig, planned: Planned, created: datetime) -> list[OutboxItem]:
    n = planned.notification
    return [
        OutboxItem(
            id=n.id,
            receiver=name,
            rule=n.rule,
            key=n.key,
            kind=n.status,
            title=n.title[:300],
            body=render(cfg.receivers[name].kind, n),
            status="pending",
            created_at=created,
        )
        for name in planned.receivers
    ]


def _summary(at: datetime, receiver: str, items: Sequence[Notification]) -> Notification:
    firing = sum(1 for n in items if n.status == "firing")
    return Notification(
        id=notification_id("summary", receiver, at.isoformat(), *(n.id for n in items)),
        status="summary",
        at=at,
        title=f"{len(items)} more alert(s) this run ({firing} firing)",
        reason="over alerts.max_notifications; `errctl alert --format json` lists them",
        count=len(items),
        items=tuple(items),
    )


def run_alerts(
    store: DuckDBStore,
    settings: Settings,
    *,
    at: datetime | None = None,
    dry_run: bool = False,
    transport: Transport | None = None,
    replay: bool = False,
) -> AlertRun:
    """Evaluate, record and deliver (module doc). A dry run records and sends nothing.
    `replay`: evaluate with the lifecycle states (resolved, ignored, merged) as they stood at
    `at` rather than now (`alert --at`)."""
    cfg = settings.alerts
    if not cfg.rules and not cfg.receivers:
        # Most often cron not finding the config: it runs from $HOME, where no ./errctl.toml
        # is, and a run with nothing to evaluate would exit 0 and never alert anyone.
        where = f"in {settings.file}" if settings.file else "(no configuration file found)"
        raise ConfigError(
            f"no alert rules or receivers configured {where}",
            hint="pass --config /path/to/errctl.toml (or set ERRCTL_CONFIG) in the cron line; "
            "add [alerts.receivers.NAME] and [[alerts.rules]] (docs/alerts.md)",
        )
    if cfg.rules and not cfg.receivers:
        raise ConfigError(
            "alert rules are configured but no receiver",
            hint="add one: [alerts.receivers.NAME] with kind and url (docs/alerts.md)",
        )
    at = at or utc_now()
    run = AlertRun(at=at, dry_run=dry_run)
    if cfg.rules:
        with store.replaying(at if replay else None):
            _decide(store, settings, run)
    if dry_run:
        return run
    run.delivery = deliver_outbox(store, cfg, transport=transport)
    return run


def _decide(store: DuckDBStore, settings: Settings, run: AlertRun) -> None:
    cfg, at = settings.alerts, run.at
    states = store.alert_states()
    outcomes = evaluate(store, settings, at, states)
    decisions = [d for o in outcomes for d in o.decisions]
    run.cooling = [
        (o_rule.name, k) for o_rule, o in zip(cfg.rules, outcomes, strict=True) for k in o.cooling
    ]
    wanted = [d for d in decisions if d.notify]
    notes = dict(
        zip((id(d) for d in wanted), notifications(store, settings, wanted, at), strict=True)
    )
    active = store.silences(at)
    kept: list[tuple[Decision, Notification | None]] = []
    for d in decisions:
        n = notes.get(id(d))
        if n is not None:
            hold = silenced_by(active, n)
            if hold is not None:
                run.silenced.append((n, hold.id))
                if d.action == "fire":
                    continue  # not recorded: fires once the silence ends, if still true
                n = None
        if n is None:
            run.quiet_resolves += 1
        kept.append((d, n))
    # Firing first, then resolves; the cap keeps the first ones individual.
    kept.sort(key=lambda dn: dn[1] is None or dn[1].status != "firing")
    created = at  # the outbox row is the record of this decision, made as of `at`
    changes: list[tuple[AlertState | None, datetime | None, list[OutboxItem]]] = []
    over: dict[str, list[Notification]] = {}
    budget = cfg.max_notifications
    for d, n in kept:
        items: list[OutboxItem] = []
        if n is not None:
            planned = Planned(n, routes(cfg, d.rule.name))
            if budget > 0:
                budget -= 1
                run.sent.append(planned)
                items = outbox_items(cfg, planned, created)
            else:
                run.summarized.append(n)
                for name in planned.receivers:
                    over.setdefault(name, []).append(n)
        state = d.state
        if n is not None and d.action == "fire":
            # Kept for the resolve, which must carry the labels this firing is sent with.
            state = replace(state, labels=n.identity())
        changes.append((state, d.expected, items))
    for name, items in over.items():
        planned = Planned(_summary(at, name, items), (name,))
        run.summaries.append(planned)
        changes.append((None, None, outbox_items(cfg, planned, created)))
    if run.dry_run or not changes:
        return
    written = store.record_alerts(changes)
    run.skipped = len(changes) - written


# -- backtest -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BacktestFire:
    at: datetime
    rule: str
    key: str
    action: str  # fire | resolve
    title: str


@dataclass(slots=True)
class Backtest:
    since: datetime
    until: datetime
    step: timedelta
    fires: list[BacktestFire] = field(default_factory=list)
    notifications: dict[str, int] = field(default_factory=dict)  # per rule, cap applied
    summaries: int = 0

    @property
    def total(self) -> int:
        return sum(self.notifications.values()) + self.summaries


def backtest(
    store: DuckDBStore,
    settings: Settings,
    since: datetime,
    until: datetime,
    step: timedelta = timedelta(minutes=5),
) -> Backtest:
    """When each rule would have fired had `errctl alert` run every `step` from `since` to
    `until` with an empty alert state: cooldowns and the per-run cap honoured, silences not
    (they are about now). Records and sends nothing."""
    if step <= timedelta(0):
        raise UsageError("--step must be more than 0")
    if since >= until:
        raise UsageError("the backtest window is empty: --since must be before the end")
    if (until - since) / step > 20_000:
        raise UsageError("the backtest would take over 20,000 steps", hint="raise --step")
    cfg = settings.alerts
    result = Backtest(since, until, step, notifications={r.name: 0 for r in cfg.rules})
    states: dict[tuple[str, str], AlertState] = {}
    t = since + step
    with store.read_session():
        while t <= until:
            notifying = 0
            with store.replaying(t):  # each run sees the lifecycles of its time
                outcomes = evaluate(store, settings, t, states)
            for outcome in outcomes:
                for d in outcome.decisions:
                    states[(d.rule.name, d.key)] = d.state
                    if not d.notify:
                        continue
                    notifying += 1
                    if notifying <= cfg.max_notifications:
                        result.notifications[d.rule.name] += 1
                    result.fires.append(BacktestFire(t, d.rule.name, d.key, d.action, ""))
            if notifying > cfg.max_notifications:
                result.summaries += 1
            t += step
        fps = sorted({f.key for f in result.fires if f.key != "*"})
        groups = {g.fingerprint: g for g in store.groups_by_fingerprint(fps)}
        ids = short_ids(store, list(groups.values()))
    result.fires = [
        BacktestFire(
            f.at,
            f.rule,
            ids.get(f.key, f.key),
            f.action,
            groups[f.key].title if f.key in groups else f.rule,
        )
        for f in result.fires
    ]
    return result


# -- one-off messages -----------------------------------------------------------------------


def _receiver(settings: Settings, name: str):  # -> ReceiverConfig
    cfg = settings.alerts.receivers.get(name)
    if cfg is None:
        known = ", ".join(settings.alerts.receivers) or "none configured"
        raise UsageError(f"no receiver {name!r}", hint=f"receivers: {known}")
    return cfg


def send_test(
    settings: Settings, receiver: str, *, transport: Transport | None = None
) -> DeliveryResult:
    """Send a test notification to one receiver now, signed and retried like any other, but
    not through the outbox (a test that failed is not worth retrying later)."""
    cfg = _receiver(settings, receiver)
    try:
        receiver_target(cfg)
    except ReceiverUnusable as e:
        # The environment the test runs in lacks what the receiver's config names: that is
        # the configuration's problem (exit 2), not a delivery that failed (exit 5).
        raise ConfigError(
            f"receiver {receiver!r}: {e.message}",
            hint="set it where errctl runs (cron's environment is nearly empty)",
        ) from e
    at = utc_now()
    n = Notification(
        id=notification_id("test", receiver, at.isoformat(), secrets.token_hex(4)),
        status="test",
        at=at,
        title="errctl test notification",
        reason=f"a test from `errctl alert test {receiver}`; no rule fired",
    )
    item = OutboxItem(n.id, receiver, None, None, "test", n.title, render(cfg.kind, n), "pending")
    attempt, made, _wait = send(
        item, cfg, transport or Transport(), settings.alerts.max_retry_after
    )
    return DeliveryResult(
        n.id,
        receiver,
        "test",
        n.title,
        attempt.ok,
        made,
        attempt.status,
        None if attempt.ok else attempt.error,
    )


def send_message(
    settings: Settings,
    store: DuckDBStore,
    receiver_name: str,
    title: str,
    markdown_text: str,
    *,
    transport: Transport | None = None,
) -> DeliveryResult:
    """Post a message (a report, say) through a configured receiver, by the alert path: it is
    enqueued in the outbox, signed, sent with retries, and when the receiver is down it stays
    in the outbox for the next `errctl alert` run. Returns this attempt's result
    (`delivered` False: it is pending in the outbox)."""
    cfg = _receiver(settings, receiver_name)
    at = utc_now()
    n = Notification(
        id=notification_id("message", receiver_name, at.isoformat(), secrets.token_hex(4)),
        status="message",
        at=at,
        title=title,
        text=markdown_text,
    )
    item = OutboxItem(
        n.id,
        receiver_name,
        None,
        None,
        "message",
        title[:300],
        render(cfg.kind, n),
        "pending",
        created_at=at,
    )
    store.record_alerts([(None, None, [item])])
    report = deliver_outbox(store, settings.alerts, transport=transport, ids=[n.id])
    if report.results:
        return report.results[0]
    return DeliveryResult(
        n.id,
        receiver_name,
        "message",
        title,
        False,
        0,
        error="claimed by another run; it stays in the outbox",
    )
