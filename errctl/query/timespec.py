"""Time expressions of --since/--until: `15m`, `1h`, `2d`, `1w`, `1y` ago, or ISO dates and times.

Results are naive datetimes in UTC, as the store keeps them. An ISO time without an offset is
read in UTC unless the caller passes a zone.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, tzinfo

from errctl.errors import UsageError

_RELATIVE = re.compile(
    r"^\s*(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|hr|d|day|days|w|wk|week|weeks|y|yr|year|years)\s*$"
)
_UNIT_SECONDS = {
    "s": 1,
    "sec": 1,
    "m": 60,
    "min": 60,
    "h": 3600,
    "hr": 3600,
    "d": 86400,
    "day": 86400,
    "days": 86400,
    "w": 604800,
    "wk": 604800,
    "week": 604800,
    "weeks": 604800,
    # A year of 365 days: old logs (`--since 10y`) need no calendar precision.
    "y": 31_536_000,
    "yr": 31_536_000,
    "year": 31_536_000,
    "years": 31_536_000,
}


_UTC_SUFFIX = re.compile(r"(?<=\d)\s*(?:UTC|GMT)$", re.IGNORECASE)
"""A zone named after the time, as errctl prints its own (`2026-11-30 10:00 UTC`): copied from
a heading into --since, it used to be refused."""


def utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


MAX_DURATION = timedelta(days=100 * 365)
"""The longest duration accepted: a window twice as long still lies within the calendar."""


def parse_duration(text: str) -> timedelta:
    m = _RELATIVE.match(text.lower())
    if not m:
        raise UsageError(f"not a duration: {text!r}", hint="use e.g. 15m, 1h, 2d, 1w")
    seconds = float(m.group(1)) * _UNIT_SECONDS[m.group(2)]
    if seconds > MAX_DURATION.total_seconds():
        raise UsageError(f"duration too long: {text!r}", hint="at most 100 years (36500d)")
    return timedelta(seconds=seconds)


def window_length(text: str) -> timedelta | None:
    """A window's `--since` as its length (`1h`: the hour before its end), or None when it is
    a time (`2026-11-30`, `now`). A length of 0 is a usage error, the window being empty:
    `top --since 0m` crashed, and `report --since 0m` blamed --until."""
    try:
        length = parse_duration(text)
    except UsageError:
        return None
    if not length:
        raise UsageError(
            f"the window is empty: --since {text.strip()} is no length of time",
            hint="give a length such as 15m, 1h, 2d, or a time",
        )
    return length


def parse_time(text: str, *, now: datetime | None = None, tz: tzinfo = UTC) -> datetime:
    """A point in time: a duration ago (`1h`), `now`, `today`, or an ISO 8601 date/time."""
    now = now or utc_now()
    value = text.strip()
    if value.lower() == "now":
        return now
    if value.lower() == "today":
        return now.replace(hour=0, minute=0, second=0, microsecond=0)
    if _RELATIVE.match(value.lower()):
        return now - parse_duration(value)
    try:
        parsed = datetime.fromisoformat(_UTC_SUFFIX.sub("+00:00", value.replace("Z", "+00:00")))
    except ValueError:
        raise UsageError(
            f"not a time: {text!r}",
            hint="use a duration ago (15m, 1h, 2d, 1w) or an ISO time (2024-05-01T12:00Z)",
        ) from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=tz)
    return parsed.astimezone(UTC).replace(tzinfo=None)


def prune_cutoff(spec: str, *, now: datetime) -> datetime:
    """The time before which `errctl prune` removes events, from a length ago or a time (as
    `--older-than` or `[store] retention` gives it). A cutoff at or after now would remove
    every event: a usage error, never a store emptied with exit 0 (`--older-than 0d` and
    `now` did that; only a time in the future was refused)."""
    cutoff = parse_time(spec, now=now)
    if cutoff > now:
        raise UsageError(f"--older-than {spec} is in the future: it would remove every event")
    if cutoff == now:
        raise UsageError(
            f"--older-than {spec} is now: it would remove every event",
            hint="give a length such as 30d, or a time in the past",
        )
    return cutoff


def parse_window(
    since: str | None, until: str | None, *, now: datetime | None = None
) -> tuple[datetime | None, datetime | None]:
    """`--since` and `--until` as times (either may be None), against one `now`. A window that
    ends before it starts is a usage error, as in top and report: `--since 1h --until 2h`
    (the hour ending two hours ago? the two hours before the last?) used to find nothing and
    say only that no event matched."""
    now = now or utc_now()
    start = parse_time(since, now=now) if since else None
    end = parse_time(until, now=now) if until else None
    if start is not None and end is not None and start >= end:
        raise UsageError(
            "the window is empty: --since must be before --until",
            hint=f"--since {since} is {start:%Y-%m-%d %H:%M}, --until {until} is "
            f"{end:%Y-%m-%d %H:%M} UTC",
        )
    return start, end
