"""Each rule kind on a small store, and the state rules: once per group, cooldown, resolve,
catch-up, cap and summary, silences, dry run, backtest."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from errctl.alert.run import backtest, run_alerts
from errctl.alert.silences import add_silence, expire_silence
from errctl.query import lifecycle as lc
from errctl.store.duckdb_store import DuckDBStore
from tests.alert.conftest import add_events, ev, fp, receiver_toml, settings_from
from tests.old_stores import store_at

T = datetime(2026, 11, 28, 12, 0)
M = timedelta(minutes=1)


@pytest.fixture
def store(db: Path) -> DuckDBStore:
    return DuckDBStore(db)


def config(receiver, rules: str, **alerts) -> str:
    head = "[alerts]\n" + "".join(f"{k} = {v}\n" for k, v in alerts.items())
    return head + receiver_toml("ops", receiver.url) + rules


def fired(run) -> list[tuple[str, str, str]]:
    return sorted(
        (p.notification.rule, p.notification.key, p.notification.status) for p in run.sent
    )


def test_new_group_fires_once_and_a_second_run_sends_nothing(
    tmp_path, store, receiver, transport
) -> None:
    add_events(store, ev("a1", T - 5 * M), ev("a1", T - 4 * M), ev("b2", T - 2 * M))
    settings = settings_from(
        tmp_path, config(receiver, '[[alerts.rules]]\nname = "new"\nkind = "new"\n')
    )
    run = run_alerts(store, settings, at=T, transport=transport)
    assert fired(run) == [("new", fp("a1"), "firing"), ("new", fp("b2"), "firing")]
    assert run.delivery.pending == 0 and len(receiver.acked()) == 2
    again = run_alerts(store, settings, at=T + 5 * M, transport=transport)
    assert again.sent == [] and len(receiver.requests) == 2
    # A new group later: only it.
    add_events(store, ev("c3", T + 6 * M))
    third = run_alerts(store, settings, at=T + 10 * M, transport=transport)
    assert fired(third) == [("new", fp("c3"), "firing")]
    body = receiver.requests[-1].json
    assert body["version"] == 1 and body["group"]["fingerprint"] == fp("c3")
    assert body["command"] == f"errctl --db {store.path} show {body['group']['id']}"
    assert body["sample"]["location"] == "/logs/app.log:1"


def test_threshold_per_group_resolves_and_fires_again_after_cooldown(
    tmp_path, store, receiver, transport
) -> None:
    rules = """
[[alerts.rules]]
name = "busy"
kind = "threshold"
count = 3
window = "10m"
notify_resolved = true
cooldown = "30m"
"""
    settings = settings_from(tmp_path, config(receiver, rules))
    add_events(store, *[ev("a1", T - k * M) for k in range(3)], ev("b2", T - M))
    run = run_alerts(store, settings, at=T, transport=transport)
    assert fired(run) == [("busy", fp("a1"), "firing")]
    assert "3 events in the last 10m (threshold 3)" in run.sent[0].notification.reason
    # Still over the threshold: quiet.
    add_events(store, *[ev("a1", T + k * M) for k in (1, 2, 3)])
    assert run_alerts(store, settings, at=T + 5 * M, transport=transport).sent == []
    # The window empties: resolved, notified.
    run = run_alerts(store, settings, at=T + 20 * M, transport=transport)
    assert fired(run) == [("busy", fp("a1"), "resolved")]
    assert receiver.requests[-1].json["status"] == "resolved"
    # Over again within the cooldown of the last notification (T+20): held back, then sent.
    add_events(store, *[ev("a1", T + 21 * M + k * M) for k in range(3)])
    run = run_alerts(store, settings, at=T + 25 * M, transport=transport)
    assert run.sent == [] and run.cooling == [("busy", fp("a1"))]
    add_events(store, *[ev("a1", T + 45 * M + k * M) for k in range(3)])
    run = run_alerts(store, settings, at=T + 51 * M, transport=transport)
    assert fired(run) == [("busy", fp("a1"), "firing")]


def test_threshold_over_the_filter_counts_all_groups_together(
    tmp_path, store, receiver, transport
) -> None:
    rules = """
[[alerts.rules]]
name = "api errors"
kind = "threshold"
per = "rule"
count = 3
window = "1h"
service = "api*"
level = "error"
"""
    settings = settings_from(tmp_path, config(receiver, rules))
    add_events(
        store,
        ev("a1", T - M, service="api-eu"),
        ev("b2", T - 2 * M, service="api"),
        ev("c3", T - 3 * M, service="web"),  # another service
        ev("d4", T - 4 * M, service="api", level="warning"),  # below the level
    )
    assert run_alerts(store, settings, at=T, transport=transport).sent == []
    add_events(store, ev("e5", T - 5 * M, service="API"))
    run = run_alerts(store, settings, at=T, transport=transport)
    assert fired(run) == [("api errors", "*", "firing")]
    assert run.sent[0].notification.count == 3
    assert run.sent[0].notification.sample.service == "api-eu"  # the newest matching event


def test_filters_on_attributes_category_message_and_group_age_count(
    tmp_path, store, receiver, transport
) -> None:
    rules = """
[[alerts.rules]]
name = "payments"
kind = "severity"
severity = "high"
category = "payment"
message = "*card*"
attributes = { "region" = "eu-*" }
min_count = 2
min_age = "1h"
"""
    settings = settings_from(tmp_path, config(receiver, rules))
    hit = {
        "severity": "high",
        "category": "payment",
        "message": "card declined",
        "attributes": '{"region": "eu-west"}',
    }
    add_events(
        store,
        ev("a1", T - 2 * 60 * M, **hit),  # old enough, two events
        ev("a1", T - M, **hit),
        ev("b2", T - M, **hit),  # one event, too young
        ev("c3", T - 2 * 60 * M, **{**hit, "attributes": '{"region": "us-east"}'}),
        ev("c3", T - M, **{**hit, "attributes": '{"region": "us-east"}'}),
        ev("d4", T - 2 * 60 * M, **{**hit, "severity": "medium"}),
        ev("d4", T - M, **{**hit, "severity": "medium"}),
    )
    run = run_alerts(store, settings, at=T, transport=transport)
    assert fired(run) == [("payments", fp("a1"), "firing")]


def test_spike_against_the_previous_window_and_a_day_before(
    tmp_path, store, receiver, transport
) -> None:
    rules = """
[[alerts.rules]]
name = "spike"
kind = "spike"
window = "10m"
factor = 3
count = 4

[[alerts.rules]]
name = "daily"
kind = "spike"
window = "10m"
compare = "day"
count = 4
"""
    settings = settings_from(tmp_path, config(receiver, rules))
    # a1: 2 in the window before, 8 now -> spike (8 > 3 * 2). b2: 4 before, 8 now -> not.
    add_events(
        store,
        *[ev("a1", T - 15 * M) for _ in range(2)],
        *[ev("a1", T - 5 * M) for _ in range(8)],
        *[ev("b2", T - 15 * M) for _ in range(4)],
        *[ev("b2", T - 5 * M) for _ in range(8)],
        # b2 had as many a day ago; a1 had none.
        *[ev("b2", T - timedelta(days=1) - 5 * M) for _ in range(8)],
    )
    run = run_alerts(store, settings, at=T, transport=transport)
    assert fired(run) == [("daily", fp("a1"), "firing"), ("spike", fp("a1"), "firing")]
    values = {p.notification.rule: p.notification.values for p in run.sent}
    assert values["spike"]["baseline"] == 2 and values["daily"]["baseline"] == 0


def test_spike_counts_an_event_at_the_window_edge_once(
    tmp_path, store, receiver, transport
) -> None:
    """The window before ends where the current one starts: an event at at - window is in
    the current window, not in both (it made a new group's first event its own baseline)."""
    rules = '[[alerts.rules]]\nname = "spike"\nkind = "spike"\nwindow = "1h"\ncount = 4\n'
    settings = settings_from(tmp_path, config(receiver, rules))
    add_events(
        store,
        ev("a1", T - 60 * M),  # exactly at the current window's start
        *[ev("a1", T - 10 * M) for _ in range(3)],
        ev("b2", T - 120 * M),  # exactly at the window before's start: counted there
        *[ev("b2", T - 10 * M) for _ in range(4)],
    )
    run = run_alerts(store, settings, at=T, transport=transport)
    values = {p.notification.key: (p.notification.count, p.notification.values) for p in run.sent}
    assert values[fp("a1")][0] == 4 and values[fp("a1")][1]["baseline"] == 0
    assert values[fp("b2")][0] == 4 and values[fp("b2")][1]["baseline"] == 1


def test_absence_of_a_heartbeat(tmp_path, store, receiver, transport) -> None:
    rules = """
[[alerts.rules]]
name = "cron heartbeat"
kind = "absence"
heartbeat = "*nightly job done*"
window = "30m"
notify_resolved = true
"""
    settings = settings_from(tmp_path, config(receiver, rules))
    add_events(store, ev("hb", T - 10 * M, message="nightly job done in 3s", level="info"))
    assert run_alerts(store, settings, at=T, transport=transport).sent == []
    run = run_alerts(store, settings, at=T + 25 * M, transport=transport)
    assert fired(run) == [("cron heartbeat", "*", "firing")]
    assert "no event matching '*nightly job done*'" in run.sent[0].notification.reason
    add_events(store, ev("hb", T + 26 * M, message="nightly job done in 4s", level="info"))
    run = run_alerts(store, settings, at=T + 27 * M, transport=transport)
    assert fired(run) == [("cron heartbeat", "*", "resolved")]


def test_regression_once_per_resolve(tmp_path, store, receiver, transport) -> None:
    rules = '[[alerts.rules]]\nname = "back"\nkind = "regression"\ncooldown = "1m"\n'
    settings = settings_from(tmp_path, config(receiver, rules))
    add_events(store, *[ev("a1", T - k * M) for k in range(40, 60)])
    lc.resolve(store, [fp("a1")], at=T - 30 * M, who="t")
    assert run_alerts(store, settings, at=T, transport=transport).sent == []
    add_events(store, ev("a1", T + M))
    run = run_alerts(store, settings, at=T + 2 * M, transport=transport)
    assert fired(run) == [("back", fp("a1"), "firing")]
    # Its count is the recurrence (1 event since the resolve), not the 21 of the look-back.
    body = receiver.acked()[-1].json
    assert body["count"] == 1 and body["reason"].endswith("(1 events since)")
    assert body["group"]["count"] == 21
    assert run_alerts(store, settings, at=T + 5 * M, transport=transport).sent == []
    # Resolved again and back again: a new episode, a new notification.
    lc.resolve(store, [fp("a1")], at=T + 10 * M, who="t")
    add_events(store, ev("a1", T + 11 * M))
    run = run_alerts(store, settings, at=T + 12 * M, transport=transport)
    assert fired(run) == [("back", fp("a1"), "firing")]


def test_regression_values_resolved_at_is_iso_8601_utc(
    tmp_path, store, receiver, transport
) -> None:
    """`values.resolved_at` reads like every other time of a payload (`2026-...T...Z`), not
    Python's `str()` of a datetime (`2026-11-28 11:30:00.250000`), which a receiver parsing
    the payload's times as ISO 8601 rejects or reads in its own zone."""
    webhook = receiver_toml("hook", receiver.url)
    chat = receiver_toml("chat", receiver.url, "slack")
    rules = '[[alerts.rules]]\nname = "back"\nkind = "regression"\n'
    settings = settings_from(tmp_path, "[alerts]\nmax_notifications = 1\n" + webhook + chat + rules)
    add_events(store, ev("a1", T - 40 * M), ev("b2", T - 40 * M))
    lc.resolve(
        store, [fp("a1"), fp("b2")], at=T - 30 * M + timedelta(microseconds=250_000), who="t"
    )
    add_events(store, ev("a1", T + M), ev("b2", T + M))
    run_alerts(store, settings, at=T + 2 * M, transport=transport)
    bodies = {(r.path, r.json.get("type")): r.json for r in receiver.acked()}
    firing = next(b for (_, kind), b in bodies.items() if kind == "alert.firing")
    summary = next(b for (_, kind), b in bodies.items() if kind == "alert.summary")
    for values in (firing["values"], summary["alerts"][0]["values"]):
        assert values == {"window": "24h", "resolved_at": "2026-11-28T11:30:00Z"}
    # Slack shows no `values`; its times are ISO 8601 as they were.
    assert not any("resolved_at" in r.body.decode() for r in receiver.acked() if "blocks" in r.json)


def test_escalating_uses_the_groups_rule(tmp_path, store, receiver, transport) -> None:
    rules = '[[alerts.rules]]\nname = "esc"\nkind = "escalating"\n'
    text = "[groups]\nescalation_min_events = 5\n" + config(receiver, rules)
    settings = settings_from(tmp_path, text)
    day = timedelta(days=1)
    add_events(
        store,
        ev("a1", T - 3 * day),
        ev("a1", T - 2 * day - 30 * M),  # baseline about 1 per window
        *[ev("a1", T - k * M) for k in range(1, 9)],
        ev("b2", T - 3 * day),
        *[ev("b2", T - day - k * M) for k in range(1, 9)],  # as busy yesterday
        *[ev("b2", T - k * M) for k in range(1, 9)],
    )
    run = run_alerts(store, settings, at=T, transport=transport)
    assert fired(run) == [("esc", fp("a1"), "firing")]


def test_escalating_counts_an_event_at_the_run_time_as_the_other_rules_do(
    tmp_path, store, receiver, transport
) -> None:
    """Every rule's window is [at - W, at]: the fifth event, stamped at `at` itself, must make
    the escalation as it makes a threshold."""
    rules = '[[alerts.rules]]\nname = "esc"\nkind = "escalating"\n'
    text = "[groups]\nescalation_min_events = 5\n" + config(receiver, rules)
    settings = settings_from(tmp_path, text)
    add_events(
        store,
        ev("a1", T - 3 * timedelta(days=1)),
        *[ev("a1", T - k * M) for k in range(0, 5)],  # k = 0: at the run time
    )
    run = run_alerts(store, settings, at=T, transport=transport)
    assert fired(run) == [("esc", fp("a1"), "firing")]


def test_ignored_groups_do_not_alert(tmp_path, store, receiver, transport) -> None:
    settings = settings_from(
        tmp_path, config(receiver, '[[alerts.rules]]\nname = "new"\nkind = "new"\n')
    )
    add_events(store, ev("a1", T - M), ev("b2", T - M))
    lc.ignore(store, [fp("b2")], at=T - M / 2, who="t")
    assert fired(run_alerts(store, settings, at=T, transport=transport)) == [
        ("new", fp("a1"), "firing")
    ]


def test_catch_up_after_missed_runs_sends_one_per_group(
    tmp_path, store, receiver, transport
) -> None:
    rules = '[[alerts.rules]]\nname = "busy"\nkind = "threshold"\ncount = 2\nwindow = "6h"\n'
    settings = settings_from(tmp_path, config(receiver, rules))
    # Events over five hours during which no run happened (one every 5 minutes was due).
    add_events(store, *[ev("a1", T + k * 10 * M) for k in range(30)])
    run = run_alerts(store, settings, at=T + 5 * 60 * M, transport=transport)
    assert fired(run) == [("busy", fp("a1"), "firing")]
    assert len(receiver.requests) == 1


def test_cap_sends_a_summary_for_the_rest(tmp_path, store, receiver, transport) -> None:
    settings = settings_from(
        tmp_path,
        config(receiver, '[[alerts.rules]]\nname = "new"\nkind = "new"\n', max_notifications=2),
    )
    add_events(store, *[ev(f"a{k}", T - k * M) for k in range(1, 6)])
    run = run_alerts(store, settings, at=T, transport=transport)
    assert len(run.sent) == 2 and len(run.summarized) == 3 and len(run.summaries) == 1
    bodies = [r.json for r in receiver.acked()]
    assert [b["status"] for b in bodies] == ["firing", "firing", "summary"]
    assert len(bodies[2]["alerts"]) == 3 and bodies[2]["count"] == 3
    # The summarised ones are recorded: the next run is quiet.
    assert run_alerts(store, settings, at=T + M, transport=transport).sent == []
    assert len(receiver.requests) == 3


def test_silence_holds_back_until_it_ends(tmp_path, store, receiver, transport) -> None:
    settings = settings_from(
        tmp_path, config(receiver, '[[alerts.rules]]\nname = "new"\nkind = "new"\n')
    )
    add_events(store, ev("a1", T - M, service="api"), ev("b2", T - M, service="web"))
    s = add_silence(store, ["service=API", "rule=n*"], duration="2h", comment="deploy", at=T)
    run = run_alerts(store, settings, at=T, transport=transport)
    assert fired(run) == [("new", fp("b2"), "firing")]
    assert [(n.key, sid) for n, sid in run.silenced] == [(fp("a1"), s.id)]
    assert run_alerts(store, settings, at=T + M, transport=transport).sent == []
    expire_silence(store, s.id, at=T + 2 * M)
    run = run_alerts(store, settings, at=T + 3 * M, transport=transport)
    assert fired(run) == [("new", fp("a1"), "firing")]


def test_dry_run_records_and_sends_nothing(tmp_path, store, receiver, transport) -> None:
    settings = settings_from(
        tmp_path, config(receiver, '[[alerts.rules]]\nname = "new"\nkind = "new"\n')
    )
    add_events(store, ev("a1", T - M))
    dry = run_alerts(store, settings, at=T, dry_run=True, transport=transport)
    assert fired(dry) == [("new", fp("a1"), "firing")] and dry.delivery is None
    assert receiver.requests == [] and store.alert_states() == {} and store.outbox() == []
    real = run_alerts(store, settings, at=T, transport=transport)
    assert fired(real) == fired(dry) and len(receiver.acked()) == 1


def test_backtest_counts_notifications_with_cooldowns(tmp_path, store, receiver) -> None:
    rules = """
[[alerts.rules]]
name = "busy"
kind = "threshold"
count = 2
window = "10m"
cooldown = "1h"
notify_resolved = true

[[alerts.rules]]
name = "new"
kind = "new"
"""
    settings = settings_from(tmp_path, config(receiver, rules))
    # Three bursts of a1, 20 minutes apart, then one 2 hours later.
    bursts = [T + 0 * M, T + 20 * M, T + 40 * M, T + 160 * M]
    add_events(store, *[ev("a1", t + k * M) for t in bursts for k in range(2)])
    result = backtest(store, settings, T - 5 * M, T + 4 * 60 * M, timedelta(minutes=5))
    busy = [(f.at, f.action) for f in result.fires if f.rule == "busy"]
    # Fires at the first burst; the next two fall in the cooldown after its resolve
    # notification; the last one is past it.
    assert [a for _, a in busy] == ["fire", "resolve", "fire", "resolve"]
    assert result.notifications == {"busy": 4, "new": 1} and result.total == 5
    assert receiver.requests == [] and store.alert_states() == {}


def test_regression_of_a_group_with_the_events_of_a_group_merged_into_it(
    tmp_path, store, receiver, transport
) -> None:
    """a1 was resolved; b2, the same statement, had an event after that. Once b2 is merged
    into a1 (top counting b2's events as a1's), a1 has regressed: one notification, for a1's
    resolve, however many of its events or b2's come later."""
    rules = '[[alerts.rules]]\nname = "back"\nkind = "regression"\n'
    settings = settings_from(tmp_path, config(receiver, rules))
    add_events(store, ev("a1", T - 60 * M), ev("b2", T - 10 * M))
    lc.resolve(store, [fp("a1")], at=T - 30 * M, who="t")
    assert run_alerts(store, settings, at=T, transport=transport).sent == []
    lc.merge(store, fp("a1"), [fp("b2")], at=T + M, who="t")
    run = run_alerts(store, settings, at=T + 2 * M, transport=transport)
    assert fired(run) == [("back", fp("a1"), "firing")]
    assert "seen again 2026-11-28 11:50:00 UTC" in run.sent[0].notification.reason
    add_events(store, ev("b2", T + 3 * M), ev("a1", T + 4 * M))  # b2's stored as a1's
    assert run_alerts(store, settings, at=T + 5 * M, transport=transport).sent == []


def test_regression_of_a_taker_with_no_events_of_its_own(tmp_path, db, receiver, transport) -> None:
    """`disk <*> full` took `disk sda full` over at ingest (no event of its own): resolved
    before sda's events, it regressed with them, once."""
    from tests.takeovers import DISKS, taken_over_store

    store = taken_over_store(db)
    rules = '[[alerts.rules]]\nname = "back"\nkind = "regression"\n'
    settings = settings_from(tmp_path, config(receiver, rules))
    lc.resolve(store, [DISKS], at=datetime(2024, 5, 1, 8, 30), who="t")
    at = datetime(2024, 5, 1, 13)
    assert fired(run_alerts(store, settings, at=at, transport=transport)) == [
        ("back", DISKS, "firing")
    ]
    assert receiver.requests[-1].json["group"]["count"] == 2
    assert run_alerts(store, settings, at=at + M, transport=transport).sent == []


def test_alertmanager_resolve_carries_the_labels_of_its_firing(
    tmp_path, store, receiver, transport
) -> None:
    """Alertmanager tells alerts apart by their labels: a resolve whose labels differ from
    the firing's (a `status` label, a `service` taken from the firing's sample) is another
    alert, and the firing one stays open in Alertmanager until its resolve_timeout."""
    rules = """
[[alerts.rules]]
name = "burst"
kind = "threshold"
per = "rule"
count = 2
window = "10m"
notify_resolved = true
"""
    text = receiver_toml("am", receiver.url, "alertmanager") + rules
    settings = settings_from(tmp_path, text)
    add_events(store, ev("a1", T - 2 * M, service="api"), ev("b2", T - M, service="api"))
    run_alerts(store, settings, at=T, transport=transport)
    run_alerts(store, settings, at=T + 30 * M, transport=transport)
    [firing], [resolved] = (r.json for r in receiver.acked())
    assert "endsAt" not in firing and resolved["endsAt"] == "2026-11-28T12:30:00Z"
    assert (
        firing["labels"]
        == resolved["labels"]
        == {
            "alertname": "burst",
            "rule": "burst",
            "kind": "threshold",
        }
    )


def test_a_resolve_carries_its_firings_labels_when_the_group_changed_between(
    tmp_path, store, receiver, transport
) -> None:
    """The group's top service, level and severity move between the firing and the resolve
    (another service's critical events join it): the resolve is still labelled as the firing
    was, or Alertmanager reads it as another alert and the firing one never ends."""
    rules = """
[[alerts.rules]]
name = "busy"
kind = "threshold"
count = 2
window = "10m"
notify_resolved = true
"""
    text = receiver_toml("am", receiver.url, "alertmanager") + rules
    settings = settings_from(tmp_path, text)
    add_events(store, *[ev("a1", T - k * M, service="api", level="error") for k in (1, 2, 3)])
    run_alerts(store, settings, at=T, transport=transport)
    more = [
        ev("a1", T + k * M, service="web", level="critical", severity="critical")
        for k in (1, 2, 3, 4)
    ]
    add_events(store, *more)
    (now,) = store.groups_by_fingerprint([fp("a1")])
    assert (now.top_service, now.max_level) == ("web", "critical")  # the group did change
    assert run_alerts(store, settings, at=T + 5 * M, transport=transport).sent == []
    run = run_alerts(store, settings, at=T + 30 * M, transport=transport)
    assert fired(run) == [("busy", fp("a1"), "resolved")]
    [firing], [resolved] = (r.json for r in receiver.acked())
    assert "endsAt" not in firing and resolved["endsAt"] == "2026-11-28T12:30:00Z"
    assert resolved["labels"] == firing["labels"]
    assert (firing["labels"]["service"], firing["labels"]["level"]) == ("api", "error")
    # The same alert, ended: it started when the firing did.
    assert resolved["startsAt"] == firing["startsAt"] == "2026-11-28T12:00:00Z"
    # Silences judge a resolve by the same labels (its status aside).
    assert run.sent[0].notification.labels()["service"] == "api"


@pytest.mark.parametrize("kind", ["webhook", "slack"])
def test_a_resolve_body_says_what_its_firing_said(
    tmp_path, store, receiver, transport, kind
) -> None:
    """Not only Alertmanager's labels: the webhook's `group` service, level and severity (and a
    chat message's facts) of a resolve are those of the firing it ends, and it says when that
    fired; the group's counts are its own as of the resolve."""
    rules = """
[[alerts.rules]]
name = "busy"
kind = "threshold"
count = 2
window = "10m"
notify_resolved = true
"""
    settings = settings_from(tmp_path, receiver_toml("ops", receiver.url, kind) + rules)
    add_events(
        store,
        *[ev("a1", T - k * M, service="api", level="error", severity="medium") for k in (1, 2)],
    )
    run_alerts(store, settings, at=T, transport=transport)
    add_events(
        store,
        *[
            ev("a1", T + k * M, service="web", level="critical", severity="critical")
            for k in (1, 2, 3)
        ],
    )
    run = run_alerts(store, settings, at=T + 30 * M, transport=transport)
    assert fired(run) == [("busy", fp("a1"), "resolved")]
    firing, resolved = (r.json for r in receiver.acked())
    if kind == "webhook":
        assert resolved["status"] == "resolved"
        for key in ("service", "level", "severity"):
            assert resolved["group"][key] == firing["group"][key]
        assert (firing["group"]["service"], firing["group"]["severity"]) == ("api", "medium")
        assert resolved["values"]["fired_at"] == firing["timestamp"] == "2026-11-28T12:00:00Z"
        assert (firing["group"]["count"], resolved["group"]["count"]) == (2, 5)
    else:
        text = str(resolved["blocks"])
        assert "`api`" in text and "`medium`" in text
        assert "`web`" not in text and "`critical`" not in text


def test_a_state_recorded_before_labels_were_kept_resolves_as_before(
    tmp_path, db, receiver, transport
) -> None:
    """A store whose alert fired under an errctl before m009 has no labels for it: its resolve
    is labelled from the group as it is now (the old behaviour), not refused or unlabelled."""

    con = store_at(db, 8)  # a store as m008 left it
    con.execute(
        "INSERT INTO alert_state VALUES ('busy', ?, 'firing', ?, NULL, 3, 1, ?)",
        [fp("a1"), T, T],
    )
    con.close()
    store = DuckDBStore(db)
    add_events(store, ev("a1", T - M, service="api"))
    assert store.alert_states()[("busy", fp("a1"))].labels is None
    rules = """
[[alerts.rules]]
name = "busy"
kind = "threshold"
count = 2
window = "10m"
notify_resolved = true
"""
    settings = settings_from(tmp_path, receiver_toml("am", receiver.url, "alertmanager") + rules)
    run = run_alerts(store, settings, at=T + 30 * M, transport=transport)
    assert fired(run) == [("busy", fp("a1"), "resolved")]
    [resolved] = receiver.acked()[0].json
    assert resolved["labels"]["service"] == "api" and resolved["labels"]["group"]
