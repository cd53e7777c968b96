"""Hand-made groups and verdicts for the gate's unit tests."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from errctl.gate.baseline import Baseline, BaselineEntry
from errctl.gate.judge import Location, Thresholds, Verdict, judge
from errctl.models import GroupSummary


def group(digest: str, count: int = 1, severity: str | None = "medium", **kw: Any) -> GroupSummary:
    values: dict[str, Any] = {
        "fingerprint": f"fp1:{digest:0<16}",
        "title": f"error {digest}",
        "template": f"error {digest}",
        "exception_type": None,
        "count": count,
        "first_seen": datetime(2024, 5, 1, 12),
        "last_seen": datetime(2024, 5, 1, 13),
        "max_level": "error",
        "max_severity": severity,
    }
    values.update(kw)
    return GroupSummary(**values)


def baseline(*entries: tuple[str, int]) -> Baseline:
    return Baseline(
        {f"fp1:{d:0<16}": BaselineEntry(f"fp1:{d:0<16}", f"error {d}", n) for d, n in entries}
    )


def verdict(groups: list[GroupSummary], base: Baseline, **thresholds: Any) -> Verdict:
    return judge(
        groups,
        base,
        Thresholds(**thresholds),
        locations={g.fingerprint: Location(f"logs/{g.digest[:4]}.log", 7) for g in groups},
    )
