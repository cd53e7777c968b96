"""`errctl search --by`: the matches counted by time bucket or by a name, as lnav's histogram
and Kibana's date histogram answer "since when, and how often".

Time buckets start where DuckDB's `time_bucket` starts them (midnight UTC for a day or less,
Mondays for a week), and the empty ones between are kept: a gap in a histogram is news (the
errors stopped, or the logs did). They span the window searched, or, with no `--since`, the
first match's bucket to the last's.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from errctl.errors import UsageError
from errctl.models import EventFilter
from errctl.query.timespec import parse_duration, utc_now
from errctl.store.duckdb_store import DuckDBStore

BY_NAMES = ("level", "service", "host", "source")
MAX_BUCKETS = 2000
"""The most time buckets one answer holds: `--by 1m` over a month is 43,200 rows no one reads."""
_ORIGIN = datetime(2000, 1, 3)  # DuckDB's time_bucket origin for buckets under a month: a Monday


def parse_by(text: str) -> timedelta | str:
    """`--by`'s value: a bucket length (5m, 1h, 1d), a name column, or `attr.KEY` (an
    attribute's value: `attr.version`, which release; `attr.http.status`)."""
    if text.strip().lower() in BY_NAMES:
        return text.strip().lower()
    if text.startswith("attr.") and len(text) > len("attr."):
        return text
    try:
        length = parse_duration(text)
    except UsageError:
        raise UsageError(
            f"--by takes a bucket length or a name, not {text!r}",
            hint=f"a length such as 5m, 1h, 1d, one of {', '.join(BY_NAMES)}, or attr.KEY",
        ) from None
    if length < timedelta(seconds=1) or length >= timedelta(days=28):
        raise UsageError(
            f"--by {text}: a time bucket is 1s to 4w long", hint="a length such as 5m, 1h, 1d"
        )
    return length


def histogram(
    store: DuckDBStore,
    flt: EventFilter,
    by: timedelta | str,
    *,
    limit: int | None = None,
    now: datetime | None = None,
) -> list[tuple[Any, int]]:
    """(bucket start or name, matches) rows: time buckets oldest first with the empty ones
    kept (module doc); names most first, the first `limit` of them (a user id has thousands)."""
    if not isinstance(by, timedelta):
        return store.count_events_by(flt, by, limit)
    counted = store.count_events_by(flt, by)
    if flt.since is not None:
        first = bucket_of(flt.since, by)
        last = bucket_of((flt.until or max(now or utc_now(), flt.since)) - _TICK, by)
        if counted:  # a match stored past now (a clock ahead) still shows
            last = max(last, counted[-1][0])
    elif counted:
        first, last = counted[0][0], counted[-1][0]
    else:
        return []
    buckets = (last - first) // by + 1
    if buckets > MAX_BUCKETS:
        raise UsageError(
            f"--by {_length(by)} makes {buckets:,} buckets from {first:%Y-%m-%d %H:%M} to "
            f"{last:%Y-%m-%d %H:%M} UTC; at most {MAX_BUCKETS:,}",
            hint="a longer bucket, or a shorter window (--since, --until)",
        )
    found = dict(counted)
    return [(first + i * by, found.get(first + i * by, 0)) for i in range(buckets)]


_TICK = timedelta(microseconds=1)  # the window's end is not in it


def bucket_of(when: datetime, by: timedelta) -> datetime:
    """The start of the bucket `by` long that holds `when`, as time_bucket aligns it."""
    return _ORIGIN + ((when - _ORIGIN) // by) * by


def _length(by: timedelta) -> str:
    seconds = int(by.total_seconds())
    for unit, size in (("w", 604800), ("d", 86400), ("h", 3600), ("m", 60)):
        if seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"
