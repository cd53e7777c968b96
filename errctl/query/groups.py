"""Groups: listing them, one group in detail, and naming a group by a short prefix of its id.

A group's id is its fingerprint (`fp1:` + 16 hex digits). As git does with commits, people
name a group by a prefix of the hex part: listings show the shortest prefix of at least
`SHORT_ID_MIN` digits that no other group shares, and `resolve_group` accepts any prefix of at
least `PREFIX_MIN` digits that names exactly one group (or the whole fingerprint).
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import datetime, timedelta

from errctl.errors import UsageError
from errctl.models import (
    EventFilter,
    ExceptionChain,
    GroupDetail,
    GroupFilter,
    GroupSummary,
)
from errctl.query.timespec import utc_now
from errctl.store.duckdb_store import DuckDBStore

SHORT_ID_MIN = 7
PREFIX_MIN = 4
SAMPLES = 5
_CANDIDATES_SHOWN = 10
_HEX = re.compile(r"^[0-9a-f]+$")


def list_groups(
    store: DuckDBStore, flt: GroupFilter, sort: str = "count", limit: int | None = 50
) -> list[GroupSummary]:
    """Groups matching `flt`, largest (`count`) or newest (`last-seen`, `first-seen`) first."""
    return store.list_groups(flt, sort=sort, limit=limit)


def short_ids(store: DuckDBStore, groups: Iterable[GroupSummary]) -> dict[str, str]:
    """fingerprint -> the shortest unique prefix (>= SHORT_ID_MIN) of its hash part."""
    groups = list(groups)
    if not groups:
        return {}
    return shortest_unique_prefixes(store.group_digests(), [g.fingerprint for g in groups])


def shortest_unique_prefixes(
    all_digests: Sequence[str], fingerprints: Iterable[str], minimum: int = SHORT_ID_MIN
) -> dict[str, str]:
    """For each fingerprint, the shortest prefix of its hash that no other digest shares.

    `all_digests` is sorted; in sorted order a digest shares its longest prefix with one of
    its two neighbours, so only they need comparing.
    """
    out: dict[str, str] = {}
    for fp in fingerprints:
        digest = fp.split(":", 1)[-1]
        i = bisect.bisect_left(all_digests, digest)
        common = 0
        for j in (i - 1, i + 1):
            if 0 <= j < len(all_digests) and all_digests[j] != digest:
                common = max(common, _common_prefix(digest, all_digests[j]))
        out[fp] = digest[: max(minimum, common + 1)]
    return out


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def resolve_group(store: DuckDBStore, ref: str) -> str:
    """The fingerprint named by `ref`: a whole fingerprint or a unique prefix of its hash.

    Raises UsageError (exit 2) for a prefix that names no group, or several (listing them).
    """
    text = ref.strip().lower()
    if ":" not in text:
        if not _HEX.match(text):
            raise UsageError(
                f"{ref!r} is not a group id",
                hint="a group id is hex digits, as errctl groups shows them",
            )
        if len(text) < PREFIX_MIN:
            raise UsageError(
                f"the group id {ref!r} is too short", hint=f"give at least {PREFIX_MIN} digits"
            )
    found = store.list_groups(
        GroupFilter(fingerprints=(text,)), sort="count", limit=_CANDIDATES_SHOWN + 1
    )
    if not found:
        raise UsageError(f"no group {ref!r}", hint="list groups with: errctl groups")
    if len(found) == 1:
        return found[0].fingerprint
    ids = short_ids(store, found[:_CANDIDATES_SHOWN])
    lines = [f"the group id {ref!r} is ambiguous; it matches:"]
    for g in found[:_CANDIDATES_SHOWN]:
        lines.append(f"  {ids[g.fingerprint]}  {g.count:>7,}  {_printable(g.title)[:70]}")
    if len(found) > _CANDIDATES_SHOWN:
        lines.append("  ...")
    raise UsageError("\n".join(lines), hint="give more digits of the id")


def _printable(text: str) -> str:
    # Titles come from logs: a candidate list must not carry their control characters.
    line = text.split("\n", 1)[0]
    return "".join(c if c.isprintable() else "?" for c in line)


def group_detail(
    store: DuckDBStore,
    ref: str,
    *,
    window: EventFilter | None = None,
    samples: int = SAMPLES,
    top: int = 10,
) -> GroupDetail:
    """One group in full: counters, hourly counts, dimensions, newest events, latest stack.

    With `window` (since/until, and any other event restriction), everything is over the
    group's events in it; without, over its life.
    """
    fingerprint = resolve_group(store, ref)
    window = window if window is not None and window != EventFilter() else None
    events = replace(window or EventFilter(), fingerprints=(fingerprint,))
    found = store.list_groups(
        GroupFilter(fingerprints=(fingerprint,), events=window or EventFilter()), limit=1
    )
    if not found:
        lifetime = store.list_groups(GroupFilter(fingerprints=(fingerprint,)), limit=1)
        if not lifetime:
            raise UsageError(f"no group {ref!r}", hint="list groups with: errctl groups")
        raise UsageError(
            f"the group {fingerprint} has no events in the window",
            hint=f"it was seen {lifetime[0].first_seen:%Y-%m-%d %H:%M} to "
            f"{lifetime[0].last_seen:%Y-%m-%d %H:%M} UTC",
        )
    summary = found[0]
    newest = list(store.search(events, limit=samples)) if samples else []
    since = window.since if window else None
    until = window.until if window else None
    start = since or summary.first_seen
    end = until or (utc_now() if since else summary.last_seen)
    # Imported here: explain pulls in fingerprinting (pyarrow.compute), which `top` and the
    # lifecycle commands, importing this module for ids, need not pay for at start-up.
    from errctl.query.explain import chain_from_stack

    stack = chain_from_stack(newest[0].stack) if newest else None
    logged = (newest[0].attributes or {}).get("exception_text") if newest else None
    return GroupDetail(
        summary=summary,
        short_id=short_ids(store, [summary])[fingerprint],
        since=since,
        until=until,
        span_start=start,
        span_end=max(end, start),
        hourly=tuple(store.group_hourly(fingerprint, window)),
        dimensions=tuple(store.group_dimensions(fingerprint, window, top=top)),
        samples=tuple(newest),
        stack=_decide_in_app(stack),
        stack_text=logged if isinstance(logged, str) else None,
    )


def _decide_in_app(chain: ExceptionChain | None) -> ExceptionChain | None:
    """The chain with each frame's `in_app` decided by the rule fingerprints use."""
    from errctl.fingerprint.inapp import is_library_frame

    if chain is None:
        return None
    return tuple(
        replace(exc, frames=tuple(replace(f, in_app=not is_library_frame(f)) for f in exc.frames))
        for exc in chain
    )


def hour_buckets(
    hourly: Sequence[tuple[datetime, int]],
    start: datetime,
    end: datetime,
    max_columns: int = 72,
) -> tuple[int, list[int]]:
    """Hourly counts laid out from `start`'s hour to `end`'s, zeros filled in, folded so that
    at most `max_columns` columns remain: returns (hours per column, counts per column)."""
    first = start.replace(minute=0, second=0, microsecond=0)
    last = end.replace(minute=0, second=0, microsecond=0)
    hours = int((last - first) / timedelta(hours=1)) + 1
    width = max(1, math.ceil(hours / max(1, max_columns)))
    columns = [0] * math.ceil(hours / width)
    for hour, count in hourly:
        k = int((hour - first) / timedelta(hours=1))
        if 0 <= k < hours:
            columns[k // width] += count
    return width, columns
