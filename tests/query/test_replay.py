"""`--at T` replays the lifecycle as it stood at T (m013's state log): resolves, regressions,
ignores, merges and their undoing take effect at their own time, not before; and a store made
before the log rebuilds it from its history."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import duckdb
import pytest

from errctl.models import GroupState
from errctl.query import lifecycle as lc
from errctl.query.top import TopQuery, top
from errctl.report.build import build_report
from errctl.store.duckdb_store import DuckDBStore
from tests import batches

DAY = datetime(2026, 11, 28)
A, B, C, D = (f"fp1:{c * 4}000000000000" for c in "abcd")
H = timedelta(hours=1)


def at(hh: int, mm: int = 0) -> datetime:
    return DAY.replace(hour=hh, minute=mm)


def ev(fp: str, ts: datetime) -> dict:
    return batches.row(fingerprint=fp, timestamp=ts, title=fp[4:8], template=fp[4:8])


def add(store: DuckDBStore, *rows: dict) -> None:
    store.commit_batch(batches.batch(list(rows)), None, None)


def rows_at(store: DuckDBStore, t: datetime, length: timedelta, replay: bool = True) -> dict:
    r = top(store, TopQuery(at=t, length=length, replay=replay, limit=None))
    return {x.group.fingerprint: (x.count, x.badges) for x in r.rows}


@pytest.fixture
def store(db: Path) -> DuckDBStore:
    s = DuckDBStore(db)
    add(s, *(ev(fp, DAY - timedelta(days=2)) for fp in (A, B)))  # known groups: no NEW badge
    return s


def test_a_resolve_hides_the_group_from_its_time_on(store: DuckDBStore) -> None:
    add(store, ev(A, at(17, 10)), ev(A, at(17, 40)), ev(B, at(17, 20)))
    before = rows_at(store, at(17, 59), H)
    lc.resolve(store, ["aaaa"], at=at(18), who="ops")
    assert rows_at(store, at(17, 59), H) == before == {A: (2, ()), B: (1, ())}
    assert rows_at(store, at(18, 1), H) == {B: (1, ())}
    # Without --at (the present state): resolved already, as before the log existed.
    assert rows_at(store, at(17, 59), H, replay=False) == {B: (1, ())}


def test_a_regression_is_judged_by_the_resolve_in_force_then(store: DuckDBStore) -> None:
    add(store, ev(A, at(11)), ev(B, at(11)))
    lc.resolve(store, ["aaaa"], at=at(12), who="ops")
    add(store, ev(A, at(13)))  # regresses the 12:00 resolve
    lc.resolve(store, ["aaaa"], at=at(18), who="ops")
    assert rows_at(store, at(12, 30), 2 * H) == {B: (1, ())}  # resolved, nothing after yet
    assert rows_at(store, at(14), 4 * H) == {A: (2, ("regressed",)), B: (1, ())}
    # The present state (resolved at 18:00) sees no event after its resolve by 14:00.
    assert rows_at(store, at(14), 4 * H, replay=False) == {B: (1, ())}
    assert rows_at(store, at(18, 30), 8 * H) == {B: (1, ())}
    add(store, ev(A, at(19)))
    assert rows_at(store, at(19, 30), 9 * H)[A] == (3, ("regressed",))
    life = lc.effective(A, _states_at(store, at(14)), at(14), None)
    assert (life.regressed_at, life.state.resolved_at) == (at(13), at(12))


def _states_at(store: DuckDBStore, t: datetime) -> dict[str, lc.Lifecycle]:
    with store.replaying(t):
        return lc.lifecycle_states(store, t)


def test_an_ignore_and_its_reopen_replay_with_their_conditions(store: DuckDBStore) -> None:
    add(store, ev(A, at(9)))
    lc.ignore(store, ["aaaa"], until_count=2, at=at(10), who="ops")
    add(store, ev(A, at(11)), ev(A, at(12)))  # the second ends the ignore
    lc.reopen(store, ["aaaa"], at=at(15), who="ops")
    lc.ignore(store, ["aaaa"], at=at(16), who="ops")
    assert _states_at(store, at(9, 30)) == {}
    assert _states_at(store, at(11, 30))[A].status == "ignored"
    expired = _states_at(store, at(12, 30))[A]
    assert (expired.status, expired.expired) == ("unresolved", "count")
    assert _states_at(store, at(15, 30))[A].state == GroupState(A, "unresolved", updated_at=at(15))
    assert _states_at(store, at(17))[A].status == "ignored"


def test_a_merge_and_its_undoing_replay_over_time(store: DuckDBStore) -> None:
    add(store, ev(A, at(10)), ev(B, at(11)))
    lc.merge(store, "aaaa", ["bbbb"], at=at(12), who="ops")
    add(store, ev(B, at(13)))  # stored under A: B was merged then
    lc.reopen(store, ["bbbb"], at=at(15), who="ops")
    add(store, ev(B, at(16)))  # B's own again
    assert rows_at(store, at(11, 30), 2 * H) == {A: (1, ()), B: (1, ())}
    # Merged: B's events count under A, and B is no row of its own.
    assert rows_at(store, at(14), 4 * H) == {A: (3, ())}
    # Split off again: B has its events from before the merge and after the reopen; what was
    # stored under A while merged stays A's.
    assert rows_at(store, at(17), 7 * H) == {A: (2, ()), B: (2, ())}
    assert rows_at(store, at(14), 4 * H, replay=False) == {A: (2, ()), B: (1, ())}
    with store.replaying(at(14)):
        [a] = store.groups_as_of([A], at(14))
    assert (a.count, a.last_seen) == (5, at(13))  # with the two from two days before


def test_a_report_at_a_time_replays_too(store: DuckDBStore) -> None:
    add(store, ev(A, at(17, 10)), ev(B, at(17, 20)))
    lc.resolve(store, ["aaaa"], at=at(18), who="ops")
    then = build_report(store, at(16), at(17, 59), replay=True)
    assert {g.title for g in then.top.groups} == {"aaaa", "bbbb"}
    now = build_report(store, at(16), at(17, 59))
    assert {g.title for g in now.top.groups} == {"bbbb"}


def _forget_the_log(path: Path, extra_state: tuple | None = None) -> None:
    """The store as errctl left it before m013: no state log (nor what later migrations
    added: an old store has neither)."""
    con = duckdb.connect(str(path))
    con.execute("DROP TABLE group_state_log")
    con.execute("DROP SEQUENCE group_state_seq")
    con.execute("ALTER TABLE events DROP COLUMN exception_chain")  # m014
    con.execute("DROP TABLE template_families")  # m015
    for column in ("record_offset", "record_lines", "record_events", "detected_from"):  # m016
        con.execute(f"ALTER TABLE sources DROP COLUMN {column}")
    con.execute("DELETE FROM schema_migrations WHERE version >= 13")
    if extra_state is not None:
        con.execute(
            "INSERT OR REPLACE INTO group_state VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", extra_state
        )
    con.close()


def test_a_store_from_before_the_log_rebuilds_it_from_history(db: Path) -> None:
    store = DuckDBStore(db)
    add(store, *(ev(fp, at(9)) for fp in (A, B, C, D)))
    lc.resolve(store, ["aaaa"], at=at(10), who="ops")
    lc.reopen(store, ["aaaa"], at=at(11), who="ops")
    lc.ignore(store, ["bbbb"], until="2026-11-29T00:00:00Z", until_rate="5/2h", at=at(10))
    lc.merge(store, "dddd", ["cccc"], at=at(12), who="ops")
    e = "fp1:eeee000000000000"
    add(store, ev(e, at(9)))
    lc.merge(store, "eeee", ["dddd"], at=at(13), who="ops")  # C follows D into E
    times = [at(h) for h in range(9, 15)]

    def replayed(s: DuckDBStore) -> list[dict[str, GroupState]]:
        out = []
        for t in times:
            with s.replaying(t):
                out.append(s.group_states())
        return out

    expected = replayed(store)
    assert expected[3][C].merged_into == D and expected[4][C].merged_into == e
    assert expected[1][B].ignore_until_rate == 5 and expected[1][B].ignore_rate_hours == 2
    f = "fp1:ffff000000000000"  # a state no history entry explains
    _forget_the_log(db, (f, "resolved", at(12), None, None, None, None, None, None, at(12)))
    migrated = DuckDBStore(db)
    after = replayed(migrated)
    assert [{k: v for k, v in s.items() if k != f} for s in after] == expected
    assert f not in after[2] and after[3][f].status == "resolved"
    assert migrated.group_states() == store.group_states()


def test_a_takeover_by_ingest_holds_at_every_time(db: Path) -> None:
    """Ingest taking a template over (later, today) corrects the grouping: a replay of the day
    of the logs counts the taken group's events under the taker too; so does a store whose log
    was rebuilt from history."""
    from tests.takeovers import ALICE, DISKS, SDA, USERS, taken_over_store

    store = taken_over_store(db)
    t = datetime(2024, 5, 1, 10, 30)

    def counts(s: DuckDBStore) -> dict:
        return {fp: n for fp, (n, _) in rows_at(s, t, 3 * H).items()}

    assert counts(store) == {USERS: 3, DISKS: 2}
    with store.replaying(datetime(2024, 5, 1, 9)):  # from each taken group's first event
        assert store.group_states()[ALICE].merged_into == USERS
        assert store.group_states()[SDA].merged_into == DISKS
    _forget_the_log(db)
    assert counts(DuckDBStore(db)) == {USERS: 3, DISKS: 2}


def test_the_cli_replays_with_at_or_until_and_reads_now_without(store: DuckDBStore) -> None:
    import json

    from tests.cli_runner import run

    add(store, ev(A, at(17, 10)), ev(B, at(17, 20)))
    db = str(store.path)
    assert run("--db", db, "resolve", "aaaa", "--at", "2026-11-28T18:00Z").exit_code == 0

    def top_ids(*args: str) -> set[str]:
        r = run("--db", db, "top", "--since", "2h", *args, "--format", "json")
        assert r.exit_code == 0, r.stderr
        return {g["fingerprint"] for g in json.loads(r.stdout)}

    assert top_ids("--at", "2026-11-28T17:59Z") == {A, B}
    assert top_ids("--until", "2026-11-28T17:59Z") == {A, B}
    assert top_ids("--at", "2026-11-28T18:01Z") == {B}
    r = run("--db", db, "report", "--since", "2h", "--at", "2026-11-28T17:59Z", "--format", "json")
    assert r.exit_code == 0, r.stderr
    assert {g["fingerprint"] for g in json.loads(r.stdout)["groups"]["top"]["items"]} == {A, B}


def test_a_change_dated_before_a_later_one_leaves_the_present_state_alone(
    store: DuckDBStore,
) -> None:
    # Resolved at 12:00, then an ignore recorded with --at 09:00: the ignore became the present
    # state (it was written last), so `top` hid the group that `top --at` (the resolve, in force
    # since 12:00, regressed at 13:00) and `alert` showed as REGRESSED.
    add(store, ev(A, at(11)), ev(B, at(11)))
    lc.resolve(store, ["aaaa"], at=at(12), who="ops")
    lc.ignore(store, ["aaaa"], at=at(9), who="ops")
    add(store, ev(A, at(13)))
    assert store.group_states()[A].status == "resolved"
    assert rows_at(store, at(14), 4 * H, replay=False) == rows_at(store, at(14), 4 * H)
    assert rows_at(store, at(14), 4 * H)[A] == (2, ("regressed",))
    # In the replay, the ignore holds from 09:00 to the resolve.
    assert rows_at(store, at(11, 30), H) == {B: (1, ())}
