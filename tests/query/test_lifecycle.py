"""errctl.query.lifecycle: transitions with history, regression by event time (not ingest
time), ignore conditions expiring, merge routing later events, auto-resolve, prefixes."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from errctl.config.schema import GroupsConfig
from errctl.errors import UsageError
from errctl.models import EventFilter, GroupState
from errctl.query import lifecycle as lc
from errctl.query.top import TopQuery, top
from errctl.store.duckdb_store import DuckDBStore
from tests import batches

T0 = datetime(2026, 11, 28, 10, 0)
A, B = "fp1:aaaa000000000000", "fp1:bbbb000000000000"


def ev(fp: str, ts: datetime, **kw) -> dict:
    return {"fingerprint": fp, "timestamp": ts, "title": fp[4:8], "template": fp[4:8], **kw}


def add(store: DuckDBStore, *rows: dict) -> None:
    store.commit_batch(batches.batch(list(rows)), None, None)


@pytest.fixture
def store(db: Path) -> DuckDBStore:
    s = DuckDBStore(db)
    add(s, ev(A, T0 - timedelta(hours=2)), ev(A, T0 - timedelta(hours=1)), ev(B, T0))
    return s


def status(store: DuckDBStore, fp: str, at: datetime) -> lc.Lifecycle:
    return lc.effective(fp, lc.lifecycle_states(store, at), at, None)


def test_resolve_records_history_with_actor_and_note(store: DuckDBStore) -> None:
    out = lc.resolve(store, ["aaaa"], note="fixed in 2.4", at=T0, who="alice")
    assert [(t.fingerprint, t.before, t.after) for t in out] == [(A, "unresolved", "resolved")]
    [h] = lc.history(store, A)
    assert (h.action, h.actor, h.note, h.at) == ("resolve", "alice", "fixed in 2.4", T0)
    assert status(store, A, T0 + timedelta(hours=1)).status == "resolved"
    assert lc.actor()  # the OS user, whatever it is here


def test_reingesting_old_events_never_regresses(store: DuckDBStore) -> None:
    lc.resolve(store, ["aaaa"], at=T0, who="a")
    add(store, ev(A, T0 - timedelta(minutes=30)), ev(A, T0))  # old logs, at or before the resolve
    assert status(store, A, T0 + timedelta(hours=2)).status == "resolved"
    add(store, ev(A, T0 + timedelta(minutes=5)))
    life = status(store, A, T0 + timedelta(hours=2))
    assert (life.status, life.regressed, life.regressed_at) == (
        "unresolved",
        True,
        T0 + timedelta(minutes=5),
    )
    # Judged at a time before that event, it had not regressed yet.
    assert status(store, A, T0 + timedelta(minutes=1)).status == "resolved"


def test_ignore_until_date_expires(store: DuckDBStore) -> None:
    lc.ignore(store, ["aaaa"], until="2h", at=T0, who="a")
    assert status(store, A, T0 + timedelta(hours=1)).status == "ignored"
    life = status(store, A, T0 + timedelta(hours=2))
    assert (life.status, life.expired) == ("unresolved", "date")
    lc.ignore(store, ["aaaa"], until="2026-12-01T00:00Z", at=T0, who="a")
    assert lc.lifecycle_states(store, T0)[A].state.ignored_until == datetime(2026, 12, 1)
    with pytest.raises(UsageError):
        lc.ignore(store, ["aaaa"], until="2026-01-01", at=T0, who="a")


def test_ignore_until_count_expires(store: DuckDBStore) -> None:
    lc.ignore(store, ["aaaa"], until_count=3, at=T0, who="a")
    add(store, ev(A, T0 - timedelta(minutes=1)))  # before the ignore: does not count
    add(store, ev(A, T0 + timedelta(minutes=1)), ev(A, T0 + timedelta(minutes=2)))
    later = T0 + timedelta(hours=1)
    assert status(store, A, later).status == "ignored"
    add(store, ev(A, T0 + timedelta(minutes=3)))
    assert (status(store, A, later).status, status(store, A, later).expired) == (
        "unresolved",
        "count",
    )


def test_ignore_until_rate_expires(store: DuckDBStore) -> None:
    lc.ignore(store, ["aaaa"], until_rate="3/1h", at=T0 + timedelta(minutes=10), who="a")
    # A burst inside the hour the ignore began in does not count (it is why one ignores).
    add(store, *[ev(A, T0 + timedelta(minutes=20 + i)) for i in range(5)])
    at = T0 + timedelta(hours=5)
    assert status(store, A, at).status == "ignored"
    add(store, *[ev(A, T0 + timedelta(hours=2, minutes=i)) for i in range(2)])
    assert status(store, A, at).status == "ignored"
    add(store, ev(A, T0 + timedelta(hours=2, minutes=30)))
    assert status(store, A, at).expired == "rate"
    assert lc.parse_rate("500/1d") == (500, 24)
    with pytest.raises(UsageError):
        lc.parse_rate("5/30m")


def test_merge_routes_later_events_and_folds_counts(store: DuckDBStore) -> None:
    out = lc.merge(store, "aaaa", ["bbbb"], note="same bug", at=T0, who="bob")
    assert [(t.fingerprint, t.after) for t in out] == [(B, "merged")]
    add(store, ev(B, T0 + timedelta(minutes=10)))
    assert (
        store.count_events(EventFilter(fingerprints=(B,))) == 1
    )  # only its event from before the merge
    r = top(store, TopQuery(at=T0 + timedelta(minutes=30), length=timedelta(hours=3)))
    assert [(x.group.fingerprint, x.count) for x in r.rows] == [(A, 4)]
    assert [h.action for h in lc.history(store, A)] == ["merge"]
    assert lc.history(store, B)[0].details == {"into": A}
    with pytest.raises(UsageError, match="merged into"):
        lc.resolve(store, ["bbbb"], at=T0, who="a")
    with pytest.raises(UsageError, match="itself"):
        lc.merge(store, "aaaa", ["aaaa"], at=T0, who="a")
    lc.reopen(store, ["bbbb"], at=T0, who="a")  # split off: later events are its own again
    add(store, ev(B, T0 + timedelta(minutes=20)))
    assert status(store, B, T0 + timedelta(hours=1)).status == "unresolved"
    assert store.group_states([B])[B].merged_into is None


def test_merge_repoints_earlier_merges(db: Path) -> None:
    s = DuckDBStore(db)
    c = "fp1:cccc000000000000"
    add(s, ev(A, T0), ev(B, T0), ev(c, T0))
    lc.merge(s, "bbbb", ["cccc"], at=T0, who="a")
    lc.merge(s, "aaaa", ["bbbb"], at=T0, who="a")
    assert s.group_states([c])[c].merged_into == A


def test_prefixes_ambiguity_and_unknown(store: DuckDBStore) -> None:
    with pytest.raises(UsageError, match="no group"):
        lc.resolve(store, ["ffff"], at=T0, who="a")
    with pytest.raises(UsageError, match="too short"):
        lc.resolve(store, ["aa"], at=T0, who="a")


def test_auto_resolve_after_a_quiet_period(store: DuckDBStore) -> None:
    cfg = GroupsConfig(auto_resolve_after="1d")
    states = lc.lifecycle_states(store, T0, cfg)
    quiet = lc.effective(A, states, T0 + timedelta(days=2), T0 - timedelta(hours=1), cfg)
    assert (quiet.status, quiet.auto_resolved) == ("resolved", True)
    busy = lc.effective(A, states, T0 + timedelta(hours=2), T0 - timedelta(hours=1), cfg)
    assert busy.status == "unresolved"


def test_derive_is_pure() -> None:
    st = GroupState(A, "resolved", resolved_at=T0)
    assert lc.derive(st, T0).status == "resolved"
    assert lc.derive(st, T0, after=(1, T0 + timedelta(seconds=1))).regressed
    assert lc.derive(GroupState(A, "merged", merged_into=B), T0).status == "merged"


def test_a_transition_at_a_past_time_says_the_state_then(store: DuckDBStore) -> None:
    """`resolve --at T` and `ignore --at T` print the group's state at T as the one before,
    not the present one: a transition back-dated before an ignore found the group unresolved."""
    lc.ignore(store, ["aaaa"], at=T0, who="a")
    out = lc.resolve(store, ["aaaa"], at=T0 - timedelta(minutes=90), who="a")
    assert [(t.before, t.after) for t in out] == [("unresolved", "resolved")]
    # B resolved at T0 had regressed by T0 + 2h (its event at T0 + 1h), and not before it.
    lc.resolve(store, ["bbbb"], at=T0, who="a")
    add(store, ev(B, T0 + timedelta(hours=1)))
    out = lc.ignore(store, ["bbbb"], at=T0 + timedelta(minutes=30), who="a")
    assert [(t.before, t.after) for t in out] == [("resolved", "ignored")]
    out = lc.ignore(store, ["bbbb"], at=T0 + timedelta(hours=2), who="a")
    assert [(t.before, t.after) for t in out] == [("ignored", "ignored")]
    # Without `at`, the present: the change that took effect last, A's ignore at T0 (the
    # resolve dated T0 - 90m, made after it, is history), as a replay at now reads it.
    assert [t.before for t in lc.reopen(store, ["aaaa"], who="a")] == ["ignored"]
    # A merge dated in the past names the stored state then too.
    lc.resolve(store, ["aaaa"], at=T0 + timedelta(hours=3), who="a")
    out = lc.merge(store, "bbbb", ["aaaa"], at=T0 + timedelta(minutes=10), who="a")
    assert [(t.before, t.after) for t in out] == [("ignored", "merged")]
