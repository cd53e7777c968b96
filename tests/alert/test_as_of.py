"""`alert --at T` is the store as of T: a replay or backfill neither counts nor shows what came
after T, in its decisions or in the payloads it sends."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest

from errctl.alert.run import backtest, run_alerts
from errctl.query import lifecycle as lc
from errctl.store.duckdb_store import DuckDBStore
from tests.alert.conftest import add_events, ev, fp, receiver_toml, settings_from, write_config
from tests.cli_runner import run

T = datetime(2026, 11, 28, 12, 0)
M = timedelta(minutes=1)
H = timedelta(hours=1)


def _before_and_after(store: DuckDBStore) -> None:
    """Group a1 up to T: 3 events of `api` on web-1, at error and medium; after T: 4 more of
    `web` on web-2 and web-3, critical. b2 is an older group, quiet since before T."""
    add_events(
        store,
        *[
            ev("a1", T - k * M, service="api", host="web-1", level="error", severity="medium")
            for k in (5, 4, 3)
        ],
        ev("b2", T - 2 * H, service="batch"),
    )
    add_events(
        store,
        *[
            ev(
                "a1",
                T + k * H,
                service="web",
                host=f"web-{2 + k % 2}",
                level="critical",
                severity="critical",
            )
            for k in (1, 2, 3, 4)
        ],
    )


def test_alert_at_a_past_time_sends_the_group_as_it_was_then(tmp_path, db, receiver) -> None:
    """Through the CLI and a real receiver: the payload's counts, last seen, service, level and
    severity are those of the events up to --at, not of the whole store."""
    store = DuckDBStore(db)
    _before_and_after(store)
    rules = '[[alerts.rules]]\nname = "new errors"\nkind = "new"\nwindow = "1h"\n'
    config = write_config(tmp_path / "e.toml", receiver_toml("ops", receiver.url) + rules)
    r = run("--db", str(db), "--config", str(config), "alert", "--at", "2026-11-28T12:00Z")
    assert r.exit_code == 0, r.stderr
    [req] = receiver.acked()
    body = req.json
    assert body["count"] == 3  # the events of the rule's window, up to T
    group = body["group"]
    assert group["fingerprint"] == fp("a1")
    assert group["count"] == 3  # not 7: four came after T
    assert group["first_seen"] == "2026-11-28T11:55:00Z"
    assert group["last_seen"] == "2026-11-28T11:57:00Z"
    assert (group["service"], group["level"], group["severity"]) == ("api", "error", "medium")
    assert body["sample"]["timestamp"] == "2026-11-28T11:57:00Z"
    # The same store now: the whole of it.
    (now,) = store.groups_by_fingerprint([fp("a1")], fold_merged=True)
    assert (now.count, now.top_service, now.max_level) == (7, "web", "critical")


def test_alertmanager_annotations_are_as_of_at(tmp_path, db, receiver, transport) -> None:
    store = DuckDBStore(db)
    _before_and_after(store)
    rules = '[[alerts.rules]]\nname = "new errors"\nkind = "new"\nwindow = "1h"\n'
    settings = settings_from(tmp_path, receiver_toml("am", receiver.url, "alertmanager") + rules)
    run_alerts(store, settings, at=T, transport=transport)
    [[alert]] = [r.json for r in receiver.acked()]
    assert alert["labels"]["service"] == "api" and alert["labels"]["severity"] == "medium"
    assert alert["annotations"]["total"] == "3"
    assert alert["annotations"]["last_seen"] == "2026-11-28T11:57:00Z"


def test_groups_as_of_folds_merged_groups_and_takes_off_only_what_came_later(db) -> None:
    """The store's answer: merged groups folded in, distinct hosts and the top service of the
    events up to `at`; a group first seen after `at` is not there; one with nothing after `at`
    is its lifetime summary."""
    store = DuckDBStore(db)
    _before_and_after(store)
    add_events(store, ev("c3", T - 10 * M, service="api", host="web-9", level="warning"))
    add_events(store, ev("c3", T + 30 * M, service="web", host="web-8", level="critical"))
    add_events(store, ev("d4", T + M))
    lc.merge(store, fp("a1"), [fp("c3")], at=T + 5 * H, who="t")
    got = {g.fingerprint: g for g in store.groups_as_of([fp("a1"), fp("b2"), fp("d4")], T)}
    assert set(got) == {fp("a1"), fp("b2")}
    a1 = got[fp("a1")]
    assert (a1.count, a1.first_seen, a1.last_seen) == (4, T - 10 * M, T - 3 * M)
    assert (a1.services, a1.hosts, a1.top_service) == (1, 2, "api")
    assert (a1.max_level, a1.max_severity) == ("error", "medium")
    (b2,) = store.groups_by_fingerprint([fp("b2")], fold_merged=True)
    assert got[fp("b2")] == b2
    # As of a time after everything, it is the lifetime summary.
    later = store.groups_as_of([fp("a1")], T + 6 * H)
    assert later == store.groups_by_fingerprint([fp("a1")], fold_merged=True)
    assert later[0].count == 9


def test_groups_as_of_a_pruned_store_counts_what_was_pruned(db) -> None:
    """Prune keeps a live group's lifetime count; what was pruned still counted before `at`,
    so the count as of `at` is the lifetime one less the events after `at`."""
    store = DuckDBStore(db)
    add_events(store, *[ev("a1", T - 3 * 24 * H + k * M, service="old") for k in range(5)])
    add_events(store, *[ev("a1", T - k * M, service="api") for k in (2, 1)])
    add_events(store, *[ev("a1", T + k * M, service="web") for k in (1, 2, 3)])
    store.prune(T - 24 * H)
    (g,) = store.groups_as_of([fp("a1")], T)
    assert (g.count, g.last_seen) == (7, T - M)
    assert g.top_service == "old"  # 5 events of it, pruned but counted in the group's life


def test_groups_as_of_keeps_a_sampled_dimensions_estimate(db) -> None:
    """Past SAMPLE_SIZE values a group's users are a sample (dim_sample.py): nothing can be
    taken off it, so the distinct count as of `at` is the lifetime estimate, not the size of
    what the sample kept; the count of events is still exact."""
    from errctl.store.dim_sample import SAMPLE_SIZE

    store = DuckDBStore(db)
    n = SAMPLE_SIZE + 20
    add_events(
        store,
        *[
            ev("a1", T - H + k * timedelta(seconds=1), attributes=f'{{"user_id": "u{k}"}}')
            for k in range(n)
        ],
    )
    add_events(store, *[ev("a1", T + k * M, attributes='{"user_id": "late"}') for k in (1, 2)])
    (lifetime,) = store.groups_by_fingerprint([fp("a1")], fold_merged=True)
    (g,) = store.groups_as_of([fp("a1")], T)
    assert lifetime.users > SAMPLE_SIZE
    assert (g.count, g.users, g.services) == (n, lifetime.users, 1)


@pytest.mark.parametrize(
    ("rules", "before", "after", "then"),
    [
        # A group of 3 events up to T, 10 after: not yet at min_count 5 at T.
        (
            'name = "r"\nkind = "new"\nmin_count = 5\n',
            [ev("a1", T - k * M) for k in (3, 2, 1)],
            [ev("a1", T + k * M) for k in range(1, 11)],
            T + 15 * M,
        ),
        # First seen a minute after T: not new at T.
        ('name = "r"\nkind = "new"\n', [ev("b2", T - 48 * H)], [ev("a1", T + M)], T + 2 * M),
        # A spike just after T.
        (
            'name = "r"\nkind = "spike"\nwindow = "10m"\ncount = 5\n',
            [ev("a1", T - 30 * M)],
            [ev("a1", T + k * M) for k in range(1, 13)],
            T + 12 * M,
        ),
        # Over the threshold just after T.
        (
            'name = "r"\nkind = "threshold"\nwindow = "10m"\ncount = 3\n',
            [ev("a1", T - M)],
            [ev("a1", T + k * M) for k in range(1, 4)],
            T + 5 * M,
        ),
    ],
    ids=["min-count", "new", "spike", "threshold"],
)
def test_decisions_at_a_past_time_do_not_see_later_events(
    tmp_path, db, receiver, rules, before, after, then
) -> None:
    store = DuckDBStore(db)
    add_events(store, *before)
    add_events(store, *after)
    settings = settings_from(
        tmp_path, receiver_toml("ops", receiver.url) + "[[alerts.rules]]\n" + rules
    )
    assert run_alerts(store, settings, at=T, dry_run=True).sent == []
    # The same rule fires once those events are in the past.
    fired = run_alerts(store, settings, at=then, dry_run=True).sent
    assert [p.notification.key for p in fired] == [fp("a1")]


def test_regression_at_a_past_time_does_not_see_the_later_event(tmp_path, db, receiver) -> None:
    store = DuckDBStore(db)
    add_events(store, ev("a1", T - 2 * H))
    lc.resolve(store, [fp("a1")], at=T - H, who="t")
    add_events(store, ev("a1", T + M))
    settings = settings_from(
        tmp_path,
        receiver_toml("ops", receiver.url)
        + '[[alerts.rules]]\nname = "back"\nkind = "regression"\n',
    )
    assert run_alerts(store, settings, at=T, dry_run=True).sent == []
    [p] = run_alerts(store, settings, at=T + 2 * M, dry_run=True).sent
    assert p.notification.count == 1 and p.notification.total == 2


def test_backtest_min_count_is_judged_at_each_step(tmp_path, db) -> None:
    """A backtest replays runs at past times: a group reaches min_count at the step after its
    fifth event, not at the first step it is seen."""
    store = DuckDBStore(db)
    add_events(store, *[ev("a1", T + k * 10 * M) for k in range(6)])
    settings = settings_from(
        tmp_path,
        receiver_toml("ops", "http://127.0.0.1:9/hook")
        + '[[alerts.rules]]\nname = "r"\nkind = "new"\nmin_count = 5\n',
    )
    result = backtest(store, settings, T - 5 * M, T + H, timedelta(minutes=5))
    assert [(f.at, f.action) for f in result.fires] == [(T + 40 * M, "fire")]


def test_dry_run_json_payload_at_a_past_time(tmp_path, db) -> None:
    store = DuckDBStore(db)
    _before_and_after(store)
    config = write_config(
        tmp_path / "e.toml",
        receiver_toml("ops", "http://127.0.0.1:9/hook")
        + '[[alerts.rules]]\nname = "n"\nkind = "new"\n',
    )
    r = run(
        "--db", str(db), "--config", str(config), "alert", "--at", "2026-11-28T12:00Z",
        "--dry-run", "--format", "json",
    )  # fmt: skip
    assert r.exit_code == 0, r.stderr
    bodies = {
        p["body"]["group"]["fingerprint"]: p["body"] for p in json.loads(r.stdout)["payloads"]
    }
    assert bodies[fp("a1")]["group"]["count"] == 3


def _resolved_twice(store: DuckDBStore) -> None:
    """a1 resolved at T - 3h, back at T - 2h (a regression), resolved again at T + 1h."""
    add_events(store, ev("a1", T - 4 * H))
    lc.resolve(store, [fp("a1")], at=T - 3 * H, who="t")
    add_events(store, ev("a1", T - 2 * H))
    lc.resolve(store, [fp("a1")], at=T + H, who="t")


def test_a_replay_judges_a_regression_by_the_resolve_in_force_then(tmp_path, db) -> None:
    store = DuckDBStore(db)
    _resolved_twice(store)
    settings = settings_from(
        tmp_path,
        receiver_toml("ops", "http://127.0.0.1:9/hook")
        + '[[alerts.rules]]\nname = "back"\nkind = "regression"\n',
    )
    [p] = run_alerts(store, settings, at=T, dry_run=True, replay=True).sent
    assert p.notification.key == fp("a1")
    # The present state (resolved at T + 1h) had no event after it by T.
    assert run_alerts(store, settings, at=T, dry_run=True).sent == []
    config = write_config(
        tmp_path / "e.toml",
        receiver_toml("ops", "http://127.0.0.1:9/hook")
        + '[[alerts.rules]]\nname = "back"\nkind = "regression"\n',
    )
    r = run(
        "--db", str(db), "--config", str(config), "alert", "--at", "2026-11-28T12:00Z",
        "--dry-run", "--format", "json",
    )  # fmt: skip
    assert r.exit_code == 0, r.stderr
    [body] = [p["body"] for p in json.loads(r.stdout)["payloads"]]
    assert body["group"]["fingerprint"] == fp("a1")
    # A backtest replays each step: the regression fires once, at the step of its event.
    result = backtest(store, settings, T - 150 * M, T, timedelta(minutes=30))
    assert [(f.at, f.action) for f in result.fires] == [(T - 2 * H, "fire")]
