"""errctl.query.top: exact window counts (hourly buckets + edge hours), trend slices, badges,
filters, sorting."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from itertools import pairwise
from pathlib import Path

import duckdb
import pytest

from errctl.config.schema import GroupsConfig
from errctl.errors import UsageError
from errctl.models import EventFilter, GroupFilter
from errctl.query.lifecycle import resolve
from errctl.query.top import TopQuery, top, window_edges
from errctl.store.duckdb_store import DuckDBStore
from tests import batches

AT = datetime(2026, 11, 28, 12, 0)
A, B, C = "fp1:aaaa000000000000", "fp1:bbbb000000000000", "fp1:cccc000000000000"
H = timedelta(hours=1)


def ev(fp: str, ts: datetime, **kw) -> dict:
    return {"fingerprint": fp, "timestamp": ts, "title": fp[4:8], "template": fp[4:8], **kw}


@pytest.fixture
def store(db: Path) -> DuckDBStore:
    s = DuckDBStore(db)
    rows = [ev(A, datetime(2026, 11, 20, 10, 30), severity="high")]
    # A: one event a day at 11:30 for a week, then 20 in the last hour: escalating.
    rows += [ev(A, AT - timedelta(days=k, minutes=30)) for k in range(1, 8)]
    rows += [ev(A, AT - timedelta(minutes=2 + 2 * i), service="api") for i in range(20)]
    # B: new in the last hour.
    rows += [ev(B, AT - timedelta(minutes=15), service="web", severity="critical")] * 2
    # C: three in the hour before, one in the last hour.
    rows += [ev(C, AT - timedelta(minutes=90), severity="low", service="worker")] * 3
    rows += [ev(C, AT - timedelta(minutes=50), severity="low", level="warning", service="worker")]
    s.commit_batch(batches.batch(rows), None, None)
    return s


def test_last_hour_counts_previous_window_and_badges(store: DuckDBStore) -> None:
    r = top(store, TopQuery(at=AT))
    rows = {x.group.fingerprint: x for x in r.rows}
    assert (rows[A].count, rows[A].previous) == (20, 0)
    assert (rows[C].count, rows[C].previous) == (1, 3)
    assert rows[B].badges == ("new",)
    assert rows[A].badges == ("escalating",)
    assert rows[C].badges == ()
    assert rows[C].change == pytest.approx(-2 / 3)
    assert sum(rows[A].trend) == 20 and len(rows[A].trend) == 12
    assert r.total == 23 and r.total_previous == 3
    # Severity comes first in the priority order.
    assert [x.group.fingerprint for x in r.rows] == [B, A, C]
    assert rows[A].last_seen == AT - timedelta(minutes=2)


def test_sorts_limit_new_and_severity(store: DuckDBStore) -> None:
    assert [x.group.fingerprint for x in top(store, TopQuery(at=AT, sort="count")).rows] == [
        A,
        B,
        C,
    ]
    assert top(store, TopQuery(at=AT, sort="new")).rows[0].group.fingerprint == B
    assert top(store, TopQuery(at=AT, sort="last-seen")).rows[0].group.fingerprint == A
    r = top(store, TopQuery(at=AT, limit=1))
    assert len(r.rows) == 1 and r.matched == 3
    assert [x.group.fingerprint for x in top(store, TopQuery(at=AT, only_new=True)).rows] == [B]
    high = top(store, TopQuery(at=AT, min_severity="high")).rows
    assert {x.group.fingerprint for x in high} == {A, B}
    with pytest.raises(UsageError):
        top(store, TopQuery(at=AT, sort="alphabet"))


def test_event_and_group_filters(store: DuckDBStore) -> None:
    r = top(store, TopQuery(at=AT, events=EventFilter(services=("api",))))
    assert [(x.group.fingerprint, x.count) for x in r.rows] == [(A, 20)]
    r = top(store, TopQuery(at=AT, events=EventFilter(min_level="warning", levels=("warning",))))
    assert [(x.group.fingerprint, x.count, x.previous) for x in r.rows] == [(C, 1, 0)]
    r = top(store, TopQuery(at=AT, groups=GroupFilter(text=("bbbb",))))
    assert [x.group.fingerprint for x in r.rows] == [B]


def test_filtered_last_seen_is_the_newest_matching_event(db: Path) -> None:
    """With --service or --host, LAST (and the priority it feeds) is the newest event the
    filter keeps, as the counts are: not the group's newest event of another service."""
    s = DuckDBStore(db)
    rows = [ev(A, AT - timedelta(minutes=40), service="checkout", host="web-2")]
    rows += [ev(A, AT - timedelta(minutes=1), service="api", host="web-1")]
    s.commit_batch(batches.batch(rows), None, None)
    for flt in (EventFilter(services=("checkout",)), EventFilter(hosts=("web-2",))):
        (row,) = top(s, TopQuery(at=AT, events=flt)).rows
        assert (row.count, row.last_seen) == (1, AT - timedelta(minutes=40))
    (row,) = top(s, TopQuery(at=AT)).rows
    assert (row.count, row.last_seen) == (2, AT - timedelta(minutes=1))


def test_breakdown_by_service(store: DuckDBStore) -> None:
    r = top(store, TopQuery(at=AT), by="service")
    assert [(b.value, b.count, b.previous, b.groups) for b in r.breakdown] == [
        ("api", 20, 0, 1),
        ("web", 2, 0, 1),
        ("worker", 1, 3, 1),
    ]


def test_window_in_the_past_uses_last_seen_inside_it(store: DuckDBStore) -> None:
    r = top(store, TopQuery(at=AT - timedelta(minutes=30), length=H))
    rows = {x.group.fingerprint: x for x in r.rows}
    assert rows[A].last_seen == AT - timedelta(minutes=30, seconds=0) - timedelta(minutes=2)
    assert rows[C].count == 4 and rows[C].previous == 0
    assert B not in rows  # first seen after this window


@pytest.mark.parametrize("minute", [0, 7, 30])
@pytest.mark.parametrize("hours", [2, 6, 12, 13, 24, 72, 168])
def test_the_trend_is_twelve_equal_slices_on_the_hour_or_not(hours: int, minute: int) -> None:
    until = datetime(2026, 11, 28, 12, minute)
    since = until - timedelta(hours=hours)
    edges = window_edges(since, until, 12)
    assert len(edges) == 13 and edges[0] == since and edges[-1] == until
    assert {b - a for a, b in pairwise(edges)} == {timedelta(hours=hours) / 12}
    if minute == 0 and hours % 12 == 0:  # no hour cut: the hourly buckets answer
        assert all(e.minute == 0 for e in edges)
    short = window_edges(since, since + timedelta(minutes=15), 5)
    assert short == [since + timedelta(minutes=3 * i) for i in range(6)]


def test_clock_aligned_slices_keep_to_the_hours() -> None:
    since = datetime(2026, 11, 27, 12, 7)
    edges = window_edges(since, since + timedelta(hours=24), 12, clock_aligned=True)
    assert edges[0] == since and edges[-1] == since + timedelta(hours=24)
    assert all(e.minute == 0 for e in edges[1:-1])
    assert edges[1] == datetime(2026, 11, 27, 13)


def test_an_off_hour_day_has_twelve_slices_each_exact(db: Path) -> None:
    rnd = random.Random(3)
    start = datetime(2026, 11, 26)
    rows = [ev(A, start + timedelta(seconds=rnd.randrange(0, 2 * 86400))) for _ in range(2000)]
    s = DuckDBStore(db)
    s.commit_batch(batches.batch(rows), None, None)
    r = top(s, TopQuery(at=datetime(2026, 11, 27, 12, 30), length=24 * H))
    [row] = r.rows
    assert len(row.trend) == 12 and len(r.edges) == 13
    con = duckdb.connect(str(db), read_only=True)
    want = [
        con.execute(
            "SELECT count(*) FROM events WHERE timestamp >= ? AND timestamp < ?", [lo, hi]
        ).fetchone()[0]
        for lo, hi in pairwise(r.edges)
    ]
    con.close()
    assert list(row.trend) == want


def test_window_counts_are_exact_against_a_scan(db: Path) -> None:
    rnd = random.Random(7)
    start = datetime(2026, 11, 26)
    fps = [f"fp1:{i:016x}" for i in range(5)]
    rows = [
        ev(rnd.choice(fps), start + timedelta(seconds=rnd.randrange(0, 3 * 86400)))
        for _ in range(3000)
    ]
    s = DuckDBStore(db)
    s.commit_batch(batches.batch(rows), None, None)
    for _ in range(10):
        at = start + timedelta(seconds=rnd.randrange(3600, 3 * 86400))
        length = timedelta(seconds=rnd.choice([900, 3600, 5400, 7 * 3600 + 13, 86400]))
        r = top(s, TopQuery(at=at, length=length, limit=None, columns=rnd.randrange(1, 30)))
        con = duckdb.connect(str(db), read_only=True)
        want = dict(
            con.execute(
                "SELECT fingerprint, count(*) FROM events WHERE timestamp >= ? AND timestamp < ? "
                "GROUP BY 1",
                [r.since, r.until],
            ).fetchall()
        )
        con.close()
        assert {x.group.fingerprint: x.count for x in r.rows} == want
        for x in r.rows:
            assert sum(x.trend) == x.count


def test_resolved_groups_leave_top_and_regress(store: DuckDBStore) -> None:
    resolve(store, ["cccc"], at=AT - timedelta(minutes=40), who="alice")
    assert C not in {x.group.fingerprint for x in top(store, TopQuery(at=AT)).rows}
    shown = {x.group.fingerprint: x for x in top(store, TopQuery(at=AT, show_all=True)).rows}
    assert shown[C].status == "resolved"
    store.commit_batch(batches.batch([ev(C, AT - timedelta(minutes=5))]), None, None)
    row = {x.group.fingerprint: x for x in top(store, TopQuery(at=AT)).rows}[C]
    assert "regressed" in row.badges and row.status == "unresolved"


def test_escalation_floor_keeps_rare_groups_quiet(store: DuckDBStore) -> None:
    cfg = GroupsConfig(escalation_min_events=50)
    rows = {x.group.fingerprint: x for x in top(store, TopQuery(at=AT), cfg).rows}
    assert "escalating" not in rows[A].badges
    cfg = GroupsConfig(escalation_factor=30.0)
    rows = {x.group.fingerprint: x for x in top(store, TopQuery(at=AT), cfg).rows}
    assert "escalating" not in rows[A].badges


def test_a_day_the_group_appeared_mid_window_is_no_baseline(db: Path) -> None:
    """A steady group (20 an hour) first seen at 11:55 a day before is not ESCALATING at
    12:00 the next day: the day-before window [11:00, 12:00) held only its first 5 minutes.
    Once it has a whole day behind it, its steady rate is its baseline."""
    s = DuckDBStore(db)
    first = AT - timedelta(days=1, minutes=5)
    rows = [ev(A, first + timedelta(minutes=3 * i)) for i in range(20 * 30)]  # 20/h for 30h
    s.commit_batch(batches.batch(rows), None, None)
    for at in (AT, AT + timedelta(hours=2)):
        (row,) = top(s, TopQuery(at=at)).rows
        assert row.count == 20 and "escalating" not in row.badges, at
    # A real surge still escalates once a whole day lies behind.
    s.commit_batch(batches.batch([ev(A, AT + timedelta(hours=2, minutes=10))] * 100), None, None)
    (row,) = top(s, TopQuery(at=AT + timedelta(hours=3))).rows
    assert row.count == 120 and "escalating" in row.badges


def test_groups_gone_quiet_count_in_the_window_before(db: Path) -> None:
    """A group with events in the window before and none in this one has no row, but the
    comparison with that window counts them: the total's previous and the breakdown's BEFORE
    (web had 3 events before: 2 of A, 1 of B, which stopped)."""
    s = DuckDBStore(db)
    rows = [ev(A, AT - timedelta(minutes=m), service="web") for m in (10, 20, 70, 80)]
    rows += [ev(B, AT - timedelta(minutes=90), service="web")]
    rows += [ev(C, AT - timedelta(minutes=100), service="db")]
    s.commit_batch(batches.batch(rows), None, None)
    r = top(s, TopQuery(at=AT), by="service")
    assert [x.group.fingerprint for x in r.rows] == [A]
    assert (r.total, r.total_previous, r.matched) == (2, 4, 1)
    assert [(b.value, b.count, b.previous) for b in r.breakdown] == [("web", 2, 3)]
    assert sorted(r.quiet) == [B, C]
    # Filters and --new apply to them as to rows.
    r = top(s, TopQuery(at=AT, events=EventFilter(services=("web",))))
    assert (r.total, r.total_previous, r.quiet) == (2, 3, (B,))
    assert top(s, TopQuery(at=AT, only_new=True)).total_previous == 0
