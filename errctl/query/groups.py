"""Groups: listing them, one group in detail, and naming a group by a short prefix of its id.

A group's id is its fingerprint (`fp1:` + 16 hex digits). As git does with commits, people
name a group by a prefix of the hex part: listings show the shortest prefix of at least
`SHORT_ID_MIN` digits that no other group shares, and `resolve_group` accepts any prefix of at
least `PREFIX_MIN` digits that names exactly one group (or the whole fingerprint).

A group merged into another (`errctl merge`, or a takeover at ingest: a later, more general
template of the same statement) is part of that other: listings and the detail count its
events under the group it was merged into, as `top` does, and leave it out of listings unless
asked for (`merges` says which group went where, and whether ingest or a user merged it).
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from errctl.errors import UsageError
from errctl.models import (
    EventFilter,
    ExceptionChain,
    GroupDetail,
    GroupFilter,
    GroupSummary,
    MergedGroup,
    MergedInto,
)
from errctl.query.timespec import utc_now
from errctl.store.batch_writes import TAKEOVER_ACTOR
from errctl.store.duckdb_store import DuckDBStore

if TYPE_CHECKING:
    from errctl.fingerprint.inapp import InAppRules
    from errctl.fingerprint.masking import MaskRule

SHORT_ID_MIN = 7
PREFIX_MIN = 4
SAMPLES = 5
_CANDIDATES_SHOWN = 10
_HEX = re.compile(r"^[0-9a-f]+$")


def list_groups(
    store: DuckDBStore,
    flt: GroupFilter,
    sort: str = "count",
    limit: int | None = 50,
    *,
    show_merged: bool = False,
) -> list[GroupSummary]:
    """Groups matching `flt`, largest (`count`) or newest (`last-seen`, `first-seen`) first,
    each counted with the groups merged into it; merged groups (with their own events) only
    with `show_merged`."""
    return store.list_groups(
        flt, sort=sort, limit=limit, fold_merged=True, hide_merged=not show_merged
    )


@dataclass(frozen=True, slots=True)
class Merge:
    """A merged group: the group it counts under now, and whether it got there by takeovers
    at ingest alone (`errctl ingest` merged it, and each group it was merged into on the way)
    rather than by someone's `errctl merge`."""

    fingerprint: str
    into: str
    by_ingest: bool


def merges(store: DuckDBStore) -> dict[str, Merge]:
    """Every merged group, by fingerprint."""
    rows = store.merges()
    into = {fp: target for fp, target, _, _ in rows}
    last = {fp: (actor, via) for fp, _, actor, via in rows}

    def by_ingest(fp: str) -> bool:
        # A chain kept one hop: A taken over by B, then B by C, leaves A `merged_into` C with
        # its history saying B; each hop must be a takeover.
        target, seen = into[fp], set()
        while fp not in seen:
            seen.add(fp)
            actor, via = last.get(fp, (None, None))
            if actor != TAKEOVER_ACTOR or via is None:
                return False
            if via == target:
                return True
            if into.get(via) != target:
                return False
            fp = via
        return False

    return {fp: Merge(fp, target, by_ingest(fp)) for fp, target in into.items()}


def merged_into(merged: dict[str, Merge], fingerprint: str) -> list[Merge]:
    """The groups merged into `fingerprint`."""
    return [m for m in merged.values() if m.into == fingerprint]


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
                common = max(common, common_prefix(digest, all_digests[j]))
        out[fp] = digest[: max(minimum, common + 1)]
    return out


def common_prefix(a: str, b: str) -> int:
    """How many characters `a` and `b` share from their start."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def resolve_group(store: DuckDBStore, ref: str, *, missing_ok: bool = False) -> str:
    """The fingerprint named by `ref`: a whole fingerprint or a unique prefix of its hash.

    Raises UsageError (exit 2) for a prefix that names no group (unless `missing_ok`: then
    `ref` itself, lower-cased), or several (listing them).
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
        if missing_ok:
            return text
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
    in_app_rules: InAppRules | None = None,
    mask_rules: tuple[MaskRule, ...] | None = None,
) -> GroupDetail:
    """One group in full: counters, hourly counts, dimensions, newest events, latest stack.

    With `window` (since/until, and any other event restriction), everything is over the
    group's events in it; without, over its life. `in_app_rules`: the user's
    (`[fingerprint] in_app_include` / `in_app_exclude`), which decide the stack's in-app
    frames and its culprit before the defaults, as they decided its fingerprint.
    `mask_rules`: the configuration's masking classes, with which its error texts are masked
    (`ERROR_KEYS`), as ingest masks messages.
    """
    fingerprint = resolve_group(store, ref)
    window = window if window is not None and window != EventFilter() else None
    merged = merges(store)
    members = [m.fingerprint for m in merged_into(merged, fingerprint)]
    # A group's events are its own and those of the groups merged into it, as top counts them.
    events = replace(window or EventFilter(), fingerprints=(fingerprint, *members))
    found = store.list_groups(
        GroupFilter(fingerprints=(fingerprint,), events=window or EventFilter()),
        limit=1,
        fold_merged=True,
    )
    if not found:
        lifetime = store.list_groups(
            GroupFilter(fingerprints=(fingerprint,)), limit=1, fold_merged=True
        )
        if not lifetime:
            raise UsageError(f"no group {ref!r}", hint="list groups with: errctl groups")
        # None in the window is an answer, not a mistake (`search` and `top` say so too): the
        # group as its life knew it, with no events, no hours and no samples in the window.
        found = [replace(lifetime[0], count=0, services=0, hosts=0, users=0)]
    summary = found[0]
    newest = list(store.search(events, limit=samples)) if samples else []
    since = window.since if window else None
    until = window.until if window else None
    start = since or summary.first_seen
    end = until or (utc_now() if since else summary.last_seen)
    # Imported here: explain pulls in fingerprinting (pyarrow.compute), which `top` and the
    # lifecycle commands, importing this module for ids, need not pay for at start-up.
    from errctl.query.culprit import culprit
    from errctl.query.explain import chain_from_stack

    stack = chain_from_stack(newest[0].stack) if newest else None
    logged = (newest[0].attributes or {}).get("exception_text") if newest else None
    parts = store.groups_by_fingerprint(members)
    parts.sort(key=lambda g: (-g.count, g.fingerprint))
    target = merged[fingerprint].into if fingerprint in merged else None
    # The groups titled the same: by a text match (title, template or first message hold the
    # title), kept when the title is the very same; its own merged groups are listed as such.
    alike = [
        g
        for g in store.list_groups(GroupFilter(text=(summary.title,)), limit=_ALIKE_SCAN)
        if g.title == summary.title and g.fingerprint not in (fingerprint, *members)
    ][:_ALIKE]
    ids = shortest_unique_prefixes(
        store.group_digests(),
        [fingerprint, *members, *([target] if target else []), *(g.fingerprint for g in alike)],
    )
    return GroupDetail(
        summary=summary,
        short_id=ids[fingerprint],
        since=since,
        until=until,
        span_start=start,
        span_end=max(end, start),
        hourly=tuple(store.group_hourly([fingerprint, *members], window)),
        dimensions=tuple(store.group_dimensions([fingerprint, *members], window, top=top)),
        samples=tuple(newest),
        stack=_decide_in_app(stack, in_app_rules),
        stack_text=logged if isinstance(logged, str) else None,
        merged=tuple(
            MergedGroup(g, ids[g.fingerprint], merged[g.fingerprint].by_ingest) for g in parts
        ),
        merged_into=(
            MergedInto(target, ids[target], merged[fingerprint].by_ingest) if target else None
        ),
        alike=tuple((ids[g.fingerprint], g) for g in alike),
        culprit=culprit(stack, in_app_rules),
        # The error texts of every event are read only when the newest ones carry one: a
        # statement logs the same fields each time, and reading the attributes of a group's
        # events costs a scan of that column over the store (0.3 s at 10M events).
        **(
            _errors(store, [fingerprint, *members], window, top, mask_rules)
            if not newest or any(error_text(e.attributes) for e in newest)
            else {}
        ),
    )


ERROR_KEYS = (
    "error",
    "err",
    "error.message",
    "err.message",
    "error_message",
    "errorMessage",
    "exception_text",
    "cause",
)
"""Attributes in which a structured log says what failed beside a fixed message: Go's
idiom (zap's and logrus' `error`, slog's `err`: `logger.Error("failed to acquire connection",
"err", err)`), the `error.message` of ECS and of nested error objects, and the one-line
exception text a JSON record carried without frames. The message is the logging statement,
so it names the group; these say why each event failed, and a group's events can fail for
several reasons (a refused connection, a deadline, a bad password)."""


def error_text(attributes: dict[str, object] | None) -> str | None:
    """The one-line text an event's attributes hold in the first of `ERROR_KEYS` they carry as
    a string (what `GroupDetail.errors` counts), else None."""
    if not attributes:
        return None
    for key in ERROR_KEYS:
        value = attributes.get(key)
        if value is None and "." in key:
            parent, child = key.split(".", 1)
            nested = attributes.get(parent)
            value = nested.get(child) if isinstance(nested, dict) else None
        if isinstance(value, str) and value.strip():
            text = value.strip()
            return None if "\n" in text else text
    return None


_ERROR_TEXTS = 10_000  # distinct texts read per group: the most frequent
_ERROR_CHARS = 500  # of a text's first line, masked


def _errors(
    store: DuckDBStore,
    fingerprints: list[str],
    window: EventFilter | None,
    top: int,
    mask_rules: tuple[MaskRule, ...] | None,
) -> dict[str, object]:
    """`GroupDetail.errors` and `errors_distinct`: the group's error texts masked (a refused
    connection to each of ten hosts is one reason), counted by events."""
    texts = store.attribute_texts(fingerprints, ERROR_KEYS, window, limit=_ERROR_TEXTS)
    if not texts:
        return {}
    import pyarrow as pa

    from errctl.fingerprint.masking import DEFAULT_RULES, mask_array

    # One line says why; a text over several lines is a trace no parser read (its stack is
    # shown as logged), whose first line names no reason (`Traceback (most recent ...`).
    lines = [(t.strip(), n) for t, n in texts if "\n" not in t.strip()]
    if not lines:
        return {}
    values = pa.array([t[:_ERROR_CHARS] for t, _ in lines], pa.string())
    masked = mask_array(values, mask_rules or DEFAULT_RULES).to_pylist()
    counts: dict[str, int] = {}
    for text, (_, n) in zip(masked, lines, strict=True):
        counts[text] = counts.get(text, 0) + n
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return {"errors": tuple(ranked[:top]), "errors_distinct": len(ranked)}


_ALIKE = 5  # other groups of the same title `show` names
_ALIKE_SCAN = 200  # groups whose text holds the title, read to find those


def _decide_in_app(chain: ExceptionChain | None, rules: InAppRules | None) -> ExceptionChain | None:
    """The chain with each frame's `in_app` decided by the rule fingerprints use."""
    from errctl.fingerprint.inapp import NO_RULES, is_library_frame

    if chain is None:
        return None
    rules = rules or NO_RULES
    return tuple(
        replace(
            exc,
            frames=tuple(replace(f, in_app=not is_library_frame(f, rules)) for f in exc.frames),
        )
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
