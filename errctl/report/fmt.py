"""Numbers, changes, durations and times as every renderer prints them (one wording)."""

from __future__ import annotations

import math
from datetime import datetime, timedelta


def count(n: int) -> str:
    return f"{n:,}"


def pct(rate: float | None, digits: int = 1) -> str:
    return "-" if rate is None else f"{rate * 100:.{digits}f}%"


def change(value: float | None, now: int | None = None) -> str:
    """+25%, -3%, x12 (for ten-fold and more); `new` when there was nothing before."""
    if value is None:
        return "new" if now else "-"
    if value >= 9:
        return f"x{value + 1:.0f}"
    return f"{value * 100:+.0f}%"


def points(now: float | None, before: float | None) -> str:
    """The change of a rate in percentage points."""
    if now is None or before is None:
        return "-"
    return f"{(now - before) * 100:+.1f} pt"


def duration(seconds: float | None) -> str:
    """2d 3h, 5h 12m, 12m, 40s."""
    if seconds is None:
        return "-"
    s = round(seconds)
    days, s = divmod(s, 86400)
    hours, s = divmod(s, 3600)
    minutes, s = divmod(s, 60)
    if days:
        return f"{days}d {hours}h" if hours else f"{days}d"
    if hours:
        return f"{hours}h {minutes}m" if minutes else f"{hours}h"
    if minutes:
        return f"{minutes}m"
    return f"{s}s"


def span(length: timedelta) -> str:
    """A period's length as people say it: 24h, 7d, 90m."""
    s = int(length.total_seconds())
    if s % 86400 == 0 and s >= 2 * 86400:
        return f"{s // 86400}d"
    if s % 3600 == 0:
        return f"{s // 3600}h"
    if s % 60 == 0:
        return f"{s // 60}m"
    return f"{s}s"


def when(ts: datetime) -> str:
    return ts.strftime("%Y-%m-%d %H:%M")


def when_utc(ts: datetime, pattern: str = "%Y-%m-%d %H:%M") -> str:
    """A time in a table cell: UTC, marked so with a `Z`, as every human listing marks it
    (errctl.cli.render.human_utc): a row copied out of the report loses its heading's `UTC`."""
    return ts.strftime(pattern) + "Z"


def iso(ts: datetime) -> str:
    return ts.isoformat(timespec="seconds") + "Z"


def period(since: datetime, until: datetime) -> str:
    return f"{when(since)} .. {when(until)} UTC ({span(until - since)})"


SEVERITY_SHORT = {"critical": "crit", "high": "high", "medium": "med", "low": "low"}

_SPARK = "▁▂▃▄▅▆▇█"


def sparkline(values: list[float] | tuple[float, ...]) -> str:
    """Blocks scaled to the largest value; zero is a space, any non-zero at least `▁`."""
    peak = max(values, default=0)
    if peak <= 0:
        return " " * len(values)
    steps = len(_SPARK)
    return "".join(
        " " if v <= 0 else _SPARK[min(steps - 1, max(0, math.ceil(v / peak * steps) - 1))]
        for v in values
    )
