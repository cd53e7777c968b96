"""Thresholds -> verdict: each finding with its reason; known groups pass by default."""

from __future__ import annotations

from errctl.gate.baseline import Baseline, BaselineEntry
from errctl.gate.judge import (
    EVENTS,
    GROUP_EVENTS,
    GROWTH,
    GROWTH_SLACK,
    NEW,
    REGRESSION,
    SEVERITY,
    TOO_MANY_NEW,
    Thresholds,
    growth_limit,
    judge,
)
from tests.gate.helpers import baseline, group, verdict


def kinds(v, digest: str) -> list[str]:
    g = next(g for g in v.groups if g.group.fingerprint.startswith(f"fp1:{digest}"))
    return [f.kind for f in g.findings]


def test_known_groups_pass_whatever_their_count() -> None:
    v = verdict([group("aa", 10_000, "low")], baseline(("aa", 1)))
    assert v.passed and v.groups[0].status == "known"


def test_new_groups_fail_beyond_max_new() -> None:
    groups = [group("aa"), group("bb"), group("cc")]
    base = baseline(("aa", 1))
    failed = verdict(groups, base)
    assert not failed.passed
    assert [f.kind for f in failed.findings] == [TOO_MANY_NEW]
    assert kinds(failed, "bb") == [NEW] and kinds(failed, "aa") == []
    tolerated = verdict(groups, base, max_new=2)
    assert tolerated.passed and tolerated.count("new") == 2


def test_severity_fails_known_and_new_alike() -> None:
    v = verdict(
        [group("aa", severity="high"), group("bb", severity="medium"), group("cc", severity=None)],
        baseline(("aa", 1), ("bb", 1), ("cc", 1)),
        fail_on="high",
    )
    assert [kinds(v, d) for d in ("aa", "bb", "cc")] == [[SEVERITY], [], []]
    assert v.failing[0].findings[0].message == "severity high: at or above --fail-on high"


def test_event_limits() -> None:
    base = baseline(("aa", 1), ("bb", 1))
    v = verdict([group("aa", 6), group("bb", 5)], base, max_group_events=5, max_events=10)
    assert kinds(v, "aa") == [GROUP_EVENTS] and kinds(v, "bb") == []
    assert [f.kind for f in v.findings] == [EVENTS]
    assert verdict([group("aa", 6), group("bb", 4)], base, max_events=10).passed


def test_growth_allowance_only_when_asked() -> None:
    assert growth_limit(10, 0.5) == 15 + GROWTH_SLACK
    base = baseline(("aa", 10))
    assert verdict([group("aa", 20)], base, max_growth=0.5).passed
    v = verdict([group("aa", 21)], base, max_growth=0.5)
    assert kinds(v, "aa") == [GROWTH]
    assert "grew past 20 (baseline 10 + 50% + 5)" in v.groups[0].findings[0].message
    assert verdict([group("aa", 21)], base).passed


def test_regressions_from_the_baseline_or_the_caller() -> None:
    base = baseline(("aa", 0), ("bb", 3))
    groups = [group("aa"), group("bb")]
    quiet = verdict(groups, base)
    assert quiet.passed and quiet.count("regressed") == 1
    loud = verdict(groups, base, fail_on_regression=True)
    assert kinds(loud, "aa") == [REGRESSION] and kinds(loud, "bb") == []
    seam = judge(
        groups,
        base,
        Thresholds(fail_on_regression=True),
        regressions=[groups[1].fingerprint],
    )
    assert {g.group.fingerprint[4:6] for g in seam.failing} == {"aa", "bb"}


def test_order_failing_first_then_severity_then_count() -> None:
    v = verdict(
        [group("aa", 9, "low"), group("bb", 1, "critical"), group("cc", 5, "high")],
        baseline(("aa", 1), ("bb", 1), ("cc", 1)),
        fail_on="high",
    )
    assert [g.group.fingerprint[4:6] for g in v.groups] == ["bb", "cc", "aa"]
    record = v.to_dict()
    assert record["passed"] is False
    assert record["totals"] == {
        "groups": 3,
        "events": 15,
        "failing": 2,
        "new": 0,
        "known": 3,
        "regressed": 0,
    }
    assert record["groups"][0]["location"] == {"path": "logs/bb00.log", "line": 7}


def test_a_tolerated_warning_that_rises_to_an_error_is_new() -> None:
    """docs/ci.md: the gate fails on "errors that were not there before", not when "a known,
    tolerated warning repeats". A group the baseline lists at level warning whose judged
    events are now errors is the former: new (and counted against --max-new)."""
    base = Baseline(
        {
            "fp1:aa00000000000000": BaselineEntry("fp1:aa00000000000000", "a", 4, "warning"),
            "fp1:bb00000000000000": BaselineEntry("fp1:bb00000000000000", "b", 4, "error"),
        }
    )
    v = verdict([group("aa", 2), group("bb", 2, max_level="warning")], base)
    [rose] = [g for g in v.groups if g.status == "new"]
    assert rose.group.fingerprint.startswith("fp1:aa") and rose.failing
    assert rose.findings[0].kind == NEW
    assert rose.findings[0].message == "new at level error: the baseline lists it at level warning"
    assert rose.to_dict()["baseline_level"] == "warning" and rose.baseline_count == 4
    assert [f.kind for f in v.findings] == [TOO_MANY_NEW]
    assert verdict([group("aa", 2)], base, max_new=1).passed  # tolerated like any new group
    # Below or at its level it is known, whatever its count.
    assert verdict([group("aa", 9, max_level="warning")], base).passed


def test_an_entry_without_a_level_is_known_at_any_level() -> None:
    """Baseline files written before entries had a level keep their meaning."""
    v = verdict([group("aa", 2, max_level="critical")], baseline(("aa", 4)))
    assert v.passed and v.groups[0].status == "known"


def test_a_takers_level_is_its_taken_entries_highest() -> None:
    base = Baseline(
        {
            "fp1:aa00000000000000": BaselineEntry("fp1:aa00000000000000", "a", 1, "warning"),
            "fp1:bb00000000000000": BaselineEntry("fp1:bb00000000000000", "b", 1, "error"),
        }
    )
    taken = {"fp1:cc00000000000000": ["fp1:aa00000000000000", "fp1:bb00000000000000"]}
    known = judge([group("cc", 2)], base, Thresholds(), taken_over=taken)
    assert known.passed and known.groups[0].status == "known"
    rose = judge([group("cc", 2, max_level="critical")], base, Thresholds(), taken_over=taken)
    assert rose.groups[0].status == "new"
