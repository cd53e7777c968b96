"""errctl.report.build: the figures of the report model over a fixed store."""

from __future__ import annotations

from datetime import datetime, timedelta
from itertools import pairwise

import pytest

from errctl.errors import UsageError
from errctl.report.build import bucket_columns, build_report, report_edges
from errctl.report.model import Report
from errctl.store.duckdb_store import DuckDBStore
from tests import batches
from tests.report.sample import AT, A, B, C, D, E, H


def test_totals_and_error_rate_against_the_period_before(report: Report) -> None:
    t = report.totals
    # Period: A 20, B 3, C 2, E 12, F 3, G 1, info 48 -> 89 events; errors: all but E and info.
    assert (t.events, t.errors) == (89, 29)
    assert (t.previous_events, t.previous_errors) == (69, 9)
    assert t.error_rate == pytest.approx(29 / 89)
    assert t.previous_error_rate == pytest.approx(9 / 69)
    assert t.errors_change == pytest.approx(20 / 9)
    # Problem groups exclude the resolved F and G and the info group.
    assert (t.groups, t.problem_events) == (4, 37)


def test_new_regressed_escalating_and_priority_order(report: Report) -> None:
    assert [g.fingerprint for g in report.top.groups] == [B, A, C, E]
    assert [g.fingerprint for g in report.new.groups] == [B]
    assert [g.fingerprint for g in report.regressed.groups] == [C]
    assert [g.fingerprint for g in report.escalating.groups] == [A]
    a = report.top.groups[1]
    assert (a.count, a.previous, a.id, a.top_service, a.severity) == (
        20,
        1,
        "aaaa000",
        "api",
        "high",
    )
    assert a.first_seen == AT - 8 * D


def test_buckets_and_group_series_share_the_same_edges(report: Report) -> None:
    assert len(report.buckets) == 24 and report.bucket_seconds == 3600
    assert report.buckets[0].start == AT - D and report.buckets[-1].end == AT
    assert sum(b.events for b in report.buckets) == report.totals.events
    assert all(len(g.series) == 24 for g in report.top.groups)
    assert report.top.groups[1].series[-1] == 20  # A's burst, in the last hour
    # The last hour: A 20 (high) + 2 info -> high share 20/22.
    last = report.buckets[-1]
    assert (last.events, last.errors, last.by_severity) == (22, 20, (0, 20, 0, 0))


def test_breakdowns_by_service_host_severity(report: Report) -> None:
    by = {b.dimension: b for b in report.breakdowns}
    assert [(r.value, r.count, r.previous, r.groups) for r in by["service"].rows] == [
        ("api", 32, 13, 2),
        ("db", 3, 0, 1),
        ("billing", 2, 8, 1),
    ]
    assert [r.value for r in by["host"].rows] == ["web-1", "db-1", "web-2"]
    assert {r.value: r.count for r in by["severity"].rows} == {
        "high": 20,
        "low": 12,
        "critical": 3,
        "medium": 2,
    }


def test_resolution_figures_from_group_history(report: Report) -> None:
    r = report.resolution
    # C open 29h (first event 11-26 13:00, resolved 11-27 18:00), F 6h, G 1h.
    assert (r.resolved, r.groups, r.timed) == (3, 3, 3)
    assert r.median_seconds == 6 * 3600
    assert r.mean_seconds == 12 * 3600


def test_filters_restrict_events_and_groups(store: DuckDBStore) -> None:
    r = build_report(store, AT - D, AT, services=("db",))
    assert [g.fingerprint for g in r.top.groups] == [B]
    assert (r.totals.events, r.totals.errors) == (4, 4)  # B 3 + G 1
    assert r.filters.services == ("db",)


def test_limits_keep_totals(store: DuckDBStore) -> None:
    r = build_report(store, AT - D, AT, top_limit=1)
    assert len(r.top.groups) == 1 and r.top.total == 4


@pytest.mark.parametrize(
    ("length", "buckets", "step"),
    [
        (timedelta(minutes=30), 12, 150),
        (timedelta(hours=24), 24, 3600),
        (timedelta(days=2), 48, 3600),
        (timedelta(days=3), 24, 3 * 3600),
        (timedelta(days=7), 28, 6 * 3600),
        (timedelta(days=14), 28, 12 * 3600),
        (timedelta(days=30), 30, 86400),
        (timedelta(days=90), 45, 2 * 86400),
        (timedelta(days=365), 48, 183 * 3600),  # past 48 weeks: 48 buckets, whatever size
    ],
)
def test_bucket_size_suits_the_period(length: timedelta, buckets: int, step: int) -> None:
    edges = report_edges(AT - length, AT)
    assert len(edges) - 1 == buckets == bucket_columns(length)
    assert max(b - a for a, b in pairwise(edges)).total_seconds() == step


def test_unaligned_period_has_partial_first_and_last_buckets() -> None:
    at = datetime(2026, 11, 28, 12, 20)
    edges = report_edges(at - D, at)
    assert edges[0] == at - D and edges[1] == datetime(2026, 11, 27, 13) and edges[-1] == at
    assert len(edges) - 1 == 25


def test_empty_period_is_a_usage_error(store: DuckDBStore) -> None:
    with pytest.raises(UsageError):
        build_report(store, AT, AT - H)


def test_breakdowns_count_the_period_before_of_groups_gone_quiet(tmp_path) -> None:
    """A problem group of the period before with no event in this one still counts in its
    service's and severity's BEFORE."""
    at = datetime(2026, 11, 28, 12, 0)
    s = DuckDBStore(tmp_path / "q.duckdb")
    ev = [
        {
            "fingerprint": "fp1:aaaa000000000000",
            "timestamp": at - timedelta(minutes=m),
            "title": "a",
            "template": "a",
            "service": "web",
            "severity": "medium",
            "level": "error",
        }
        for m in (10, 70)
    ]
    ev.append(
        {
            "fingerprint": "fp1:bbbb000000000000",
            "timestamp": at - timedelta(minutes=90),
            "title": "b",
            "template": "b",
            "service": "web",
            "severity": "medium",
            "level": "error",
        }
    )
    s.commit_batch(batches.batch(ev), None, None)
    rep = build_report(s, at - timedelta(hours=1), at)
    by = {b.dimension: [(r.value, r.count, r.previous) for r in b.rows] for b in rep.breakdowns}
    assert by["service"] == [("web", 1, 2)]
    assert by["severity"] == [("medium", 1, 2)]
