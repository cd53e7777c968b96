"""Timestamps a column at a time: `parse_timestamps`, the batch form of `parse_timestamp`.

JSON-lines ingest reads one timestamp per event, and calling `parse_timestamp` a million times
costs more in Python call overhead and branching than in parsing. Here Arrow (RE2, C loops)
sorts the strings by shape and cuts them into a wall time and an offset, and Python's own
`datetime.fromisoformat` runs over the wall times through `map`, which makes the datetimes in C.

Exactness is by construction rather than by proof that Arrow parses as Python does: Arrow
never parses a date here. For each shape the result is made with the very calls
`parse_timestamp` makes for it (`fromisoformat` on the same text, the offset it would read, the
zone offset `_to_utc_naive` would use), and anything that fails, or has another shape or type,
goes through `parse_timestamp` itself.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo
from operator import sub
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from errctl.formats.timestamps import (
    _from_epoch,
    _offset_in_range,
    _to_utc_naive,
    parse_timestamp,
)

# Below this many values Arrow's fixed costs outweigh what it saves: a plain loop.
SMALL = 64

_fromiso = datetime.fromisoformat
_TODO: Any = object()  # a row no fast path has answered yet
_PROBE = "2000-01-01T00:00:00"

_DATE_TIME = r"^\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d+)?"
# (shape, length of the suffix that is not wall time), commonest first: each regex runs only
# over the rows the ones before it left. A `Z` string is read by parse_timestamp as
# fromisoformat(raw[:-1]); one with an offset as fromisoformat(raw), which is the wall time
# minus the offset; a naive one as fromisoformat(raw) in `tz`.
_SHAPES: tuple[tuple[str, int], ...] = (
    (_DATE_TIME + r"Z$", 1),
    (_DATE_TIME + r"[+-]\d\d:\d\d$", 6),
    (_DATE_TIME + r"[+-]\d\d\d\d$", 5),
    (_DATE_TIME + r"$", 0),
)


def parse_timestamps(
    raws: list[Any], tz: tzinfo, reference: datetime | None = None
) -> list[datetime | None]:
    """`[parse_timestamp(r, tz, reference) for r in raws]`, faster on long lists.

    Fast: exact `str`s shaped `yyyy-MM-dd[T ]HH:mm:ss[.f]` followed by `Z`, `+hh:mm`, `+hhmm`
    or nothing, and exact `int`/`float` epochs. Everything else (str subclasses, bools, None,
    datetimes, other layouts, values a fast path cannot read) is passed to parse_timestamp.
    """
    n = len(raws)
    if n < SMALL:
        return [parse_timestamp(r, tz, reference) for r in raws]
    kinds = set(map(type, raws))
    if kinds == {str}:
        return _strings(raws, tz, reference)
    if kinds == {int} or kinds == {float} or kinds == {int, float}:
        return list(map(_from_epoch, raws))  # what parse_timestamp does for them
    out: list[Any] = [_TODO] * n
    for kind in kinds:
        pos = [i for i, r in enumerate(raws) if type(r) is kind]
        vals = [raws[i] for i in pos]
        if kind is str:
            got = _strings(vals, tz, reference)
        elif kind is int or kind is float:
            got = list(map(_from_epoch, vals))  # what parse_timestamp does for them
        else:
            got = [parse_timestamp(r, tz, reference) for r in vals]
        for i, v in zip(pos, got, strict=True):
            out[i] = v
    return out


def _strings(strs: list[str], tz: tzinfo, reference: datetime | None) -> list[datetime | None]:
    try:
        arr = pa.array(strs, pa.string())
    except (UnicodeEncodeError, pa.ArrowException):  # lone surrogates are not UTF-8
        return _unencodable(strs, tz, reference)
    out: list[Any] = [_TODO] * len(strs)
    pos: pa.Array | None = None  # positions of `arr` in `strs`; None while they are 0..n-1
    for regex, cut in _SHAPES:
        if len(arr) == 0:
            break
        mask = pc.match_substring_regex(arr, regex)
        hits = mask.true_count
        if hits == 0:
            continue
        if hits == len(arr):
            sel, sel_pos, arr = arr, pos, arr.slice(0, 0)
        else:
            if pos is None:
                pos = pa.array(range(len(arr)), pa.int64())
            sel, sel_pos = arr.filter(mask), pos.filter(mask)
            rest = pc.invert(mask)
            arr, pos = arr.filter(rest), pos.filter(rest)
        walls = (pc.utf8_slice_codeunits(sel, 0, -cut) if cut else sel).to_pylist()
        offsets = _offsets(sel, cut, tz)
        got = _convert(walls, offsets)
        if sel_pos is None and got is not None:
            return got  # every string had this shape and read: the common case, no copying
        positions = range(len(walls)) if sel_pos is None else sel_pos.to_pylist()
        if got is None:
            _convert_rows(out, positions, walls, offsets)
        else:
            for i, v in zip(positions, got, strict=True):
                out[i] = v
    cache: dict[str, datetime | None] = {}
    for i, v in enumerate(out):
        if v is _TODO:
            raw = strs[i]
            got = cache.get(raw, _TODO)
            if got is _TODO:  # second-resolution stamps repeat: parse each text once
                got = cache[raw] = parse_timestamp(raw, tz, reference)
            out[i] = got
    return out


def _offsets(sel: pa.Array, cut: int, tz: tzinfo) -> list[timedelta | None] | None:
    """What to subtract from each row's wall time; None for nothing at all."""
    if cut == 1:  # `Z`: parse_timestamp returns the wall time as it is
        return None
    if cut:
        return _per_row(pc.utf8_slice_codeunits(sel, -cut), _offset)
    if tz is UTC or tz is None:
        return None
    # Naive: _to_utc_naive's offset, which it takes per hour of wall time.
    return _per_row(pc.utf8_slice_codeunits(sel, 0, 13), lambda hour: _zone_offset(hour, tz))


def _unencodable(strs: list[str], tz: tzinfo, reference: datetime | None) -> list[datetime | None]:
    """Strings Arrow cannot hold go to parse_timestamp, the rest through _strings."""
    bad = set()
    for i, s in enumerate(strs):
        try:
            s.encode()
        except UnicodeEncodeError:
            bad.add(i)
    good = [i for i in range(len(strs)) if i not in bad]
    out: list[datetime | None] = [None] * len(strs)
    for i, v in zip(good, _strings([strs[i] for i in good], tz, reference), strict=True):
        out[i] = v
    for i in bad:
        out[i] = parse_timestamp(strs[i], tz, reference)
    return out


def _convert(walls: list[str], offsets: list[timedelta | None] | None) -> list[datetime] | None:
    """fromisoformat(walls[k]) - offsets[k] for every k, all in C; None if any row fails."""
    if offsets is not None and None in offsets:
        return None
    try:
        got = list(map(_fromiso, walls))
        return got if offsets is None else list(map(sub, got, offsets))
    except (ValueError, OverflowError):
        return None


def _convert_rows(
    out: list[Any], pos: Any, walls: list[str], offsets: list[timedelta | None] | None
) -> None:
    """_convert row by row, for a batch where some row fails: those stay _TODO."""
    for k, wall in enumerate(walls):
        off = offsets[k] if offsets is not None else None
        if offsets is not None and off is None:
            continue
        try:
            dt = _fromiso(wall)
            out[pos[k]] = dt if off is None else dt - off
        except (ValueError, OverflowError):
            pass


def _per_row(keys: pa.Array, value_of: Any) -> list[Any]:
    """value_of(key) for each row's key, computed once per distinct key (offsets repeat)."""
    enc = pc.dictionary_encode(keys)
    values = [value_of(k) for k in enc.dictionary.to_pylist()]
    return [values[i] for i in enc.indices.to_pylist()]


def _offset(suffix: str) -> timedelta | None:
    """The offset fromisoformat reads from `suffix` (`+hh:mm` or `+hhmm`), or None if it
    rejects it. fromisoformat reads the time and the offset independently, so reading the
    whole string equals reading the wall time and subtracting this. An offset with a minute
    of 60 or more is None, as parse_timestamp reads it (`_offset_in_range`)."""
    if not _offset_in_range(_PROBE + suffix):
        return None
    try:
        off = _fromiso(_PROBE + suffix).utcoffset()
    except ValueError:
        return None
    return off if type(off) is timedelta else None


def _zone_offset(hour: str, tz: tzinfo) -> timedelta | None:
    """The offset `_to_utc_naive` subtracts from a naive time in `tz` whose date and hour are
    `hour` (`yyyy-MM-ddTHH`), found by asking it; None where it gives no answer."""
    try:
        local = datetime(int(hour[:4]), int(hour[5:7]), int(hour[8:10]), int(hour[11:13]))
    except ValueError:
        return None
    utc = _to_utc_naive(local, tz)
    if type(utc) is not datetime:
        return None
    return local - utc
