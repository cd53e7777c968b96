"""JSON lines: one JSON object per line, fields found through the aliases of `fields`.

Owns `JsonFormat` and the module instance `FORMAT` (name "json"). Every line is a complete
record (`multiline` False): invalid JSON, or JSON that is not an object, is not a header (but
for an array that is a record's parts, its level and time among them: `_array_record`). A
record printed over several lines (Elasticsearch 7's `stacktrace` array, one element a line;
pretty-printed JSON) is one record too: `incomplete` tells the framing which lines open one
(`framing.SpanningRecords` joins them).

Hostile or odd input (docs/security.md): a duplicate key keeps its last value (orjson's rule);
NaN / Infinity / -Infinity tokens (Python's json.dumps writes them) are read as the strings
"NaN", "Infinity", "-Infinity"; integers beyond 64 bits become floats (as orjson reads them),
and numbers beyond the double range (1e400) keep their literal text as a string, so such a line
is stored, not rejected. Nesting deeper than orjson's 1024 levels, and any other invalid JSON,
is rejected, with the reason `reject_reason` gives.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import orjson

from errctl.formats import json_cut
from errctl.formats.fields import (
    JOURNALD_MESSAGE_KEY,
    FieldsRow,
    fields_from_mapping,
    take_fields,
)
from errctl.formats.levels import normalize_level
from errctl.formats.timestamps import starts_with_datetime
from errctl.models import ParsedFields

# Keys only a journal entry has (`journalctl -o json`), beside its MESSAGE.
_JOURNAL_KEYS = frozenset(("__REALTIME_TIMESTAMP", "__CURSOR", "SYSLOG_IDENTIFIER", "_PID"))


def _journal_entry(fields: ParsedFields) -> ParsedFields:
    """A journal entry's fields, its MESSAGE read as syslog reads the message of the same
    program's line (`syslog.journal_message`): a Go daemon's logfmt (`level=error msg=...`),
    an application's own dated line, Dovecot's prefix give the level, logger and message,
    over the PRIORITY journald gave every line of the program's stderr."""
    from errctl.formats.syslog import journal_message, wrapped  # syslog reads JSON lines

    inner = journal_message(fields.service, fields.message)
    if inner is None:
        return fields
    out = wrapped(
        inner,
        fields.timestamp,
        fields.level,
        fields.service,
        fields.host,
        dict(fields.attributes or {}),
        fields.logger,
    )
    if out.exception_text is None and fields.exception_text is not None:
        out = replace(out, exception_text=fields.exception_text)
    return out


def journal_record(obj: dict[str, Any]) -> ParsedFields | None:
    """A journal entry's fields (a mapping of its field names to their values: `-o json`'s
    record, or `-o export`'s and `-o verbose`'s entries, `journal.py`) as its event."""
    fields = fields_from_mapping(obj)
    if fields is not None and fields.message:
        return _journal_entry(fields)
    return fields


_JOURNAL_MESSAGE_TYPES = (str, list)
_OPENERS = ("{", b"{", "[", b"[")
# Leading blanks, a BOM, and RFC 7464's record separator (RS, 0x1E), which opens each record of
# a JSON text sequence (`journalctl -o json-seq`, `jq --seq`).
_SKIP = " \t\ufeff\x1e"


class JsonFormat:
    name = "json"
    multiline = False

    def parse(self, line: str | bytes) -> ParsedFields | None:
        first = line[:1]
        if first not in _OPENERS:
            # Fast fail for every non-JSON line; tolerate leading blanks, a BOM and an RS.
            if isinstance(line, bytes):
                line = line.lstrip(b" \t\x1e")
                if line.startswith(b"\xef\xbb\xbf"):
                    line = line[3:]
                if line[:1] not in (b"{", b"["):
                    return None
            elif isinstance(line, str):
                line = line.lstrip(_SKIP)
                if line[:1] not in ("{", "["):
                    return None
            else:
                return None
        try:
            obj: Any = orjson.loads(line)
        except orjson.JSONDecodeError as e:
            # orjson refuses NaN / Infinity tokens and numbers past the double range; the rare
            # line that has them is read again, leniently. Everything else stays refused
            # (lone surrogates, depth past 1024, broken syntax).
            msg = str(e)
            if not msg.startswith(_LENIENT_ERRORS):
                return None
            obj = _lenient_loads(line)
        except Exception:
            return None
        if type(obj) is list:
            obj = _array_record(obj)
        if type(obj) is not dict:
            return None
        return _record_fields(obj)

    def parse_cut(self, line: str) -> ParsedFields | None:
        """The fields of a record the line cap cut (errctl.formats.json_cut): its time, level
        and message kept, the text past the cap lost."""
        obj = json_cut.closed(line.lstrip(_SKIP))
        return None if obj is None else _record_fields(obj)

    def parse_block(self, texts: list[str]) -> list[FieldsRow | None]:
        """`parse` of each line, as `FieldsRow` tuples (None: not a header), a block at a time:
        the same answers, without a call and a ParsedFields per line for the common records."""
        try:
            objs = list(map(orjson.loads, texts))
        except Exception:  # some line is not JSON: find which, one by one
            objs = [_loads_or_none(text) for text in texts]
        rows = [take_fields(obj) if type(obj) is dict else None for obj in objs]
        # What the fast read cannot decide goes through `parse`, which knows every rule
        # (leading blanks, a BOM, lenient numbers, nested and unusual values).
        odd = {i for i, text in enumerate(texts) if text[:1] != "{"}
        odd.update(i for i, row in enumerate(rows) if row is None)
        for i in odd:  # each line once, though it can be odd both ways
            fields = self.parse(texts[i])
            rows[i] = None if fields is None else _as_row(fields)
        return rows

    def parse_utf8_block(
        self, raws: list[bytes], texts: Callable[[], list[str]]
    ) -> list[FieldsRow | None]:
        """`parse_block` of lines given as their bytes (`raws`), each of whose text is the
        bytes decoded as UTF-8, replacing what is not; `texts()` gives those texts, asked for
        only when some line needs `parse`. The same answers without decoding the block: a line
        orjson reads from its bytes is valid UTF-8 (orjson checks), so its text is the very
        same JSON; any other line is read from its text, as `parse_block` reads it."""
        try:
            objs = list(map(orjson.loads, raws))
        except Exception:  # some line is not JSON (or not UTF-8): find which, one by one
            objs = [_loads_or_none(raw) for raw in raws]
        rows = [take_fields(obj) if type(obj) is dict else None for obj in objs]
        odd = {i for i, raw in enumerate(raws) if raw[:1] != b"{"}
        if None in rows:
            odd.update(i for i, row in enumerate(rows) if row is None)
        if odd:
            lines = texts()
            for i in odd:
                fields = self.parse(lines[i])
                rows[i] = None if fields is None else _as_row(fields)
        return rows

    def incomplete(self, text: str) -> bool:
        """Whether `text` is the start of a JSON object that more text could complete: orjson
        ran out of data inside it, rather than finding a character that cannot be JSON."""
        if text.lstrip(_SKIP)[:1] != "{":
            return False
        try:
            orjson.loads(text)
        except orjson.JSONDecodeError as e:
            return e.msg == _END_OF_DATA
        return False

    def reject_reason(self, line: str | bytes) -> str | None:
        """Why `parse` refused this line, for the quarantine (None: no specific reason)."""
        try:
            obj = orjson.loads(line)
        except orjson.JSONDecodeError as e:
            return f"invalid JSON: {str(e).split(':', 1)[0]}"
        except Exception:
            return None
        if type(obj) is not dict:
            name = {list: "an array", str: "a string", bool: "a boolean"}.get(type(obj))
            if obj is None:
                name = "null"
            return f"JSON {name or 'a number'}, not an object"
        return None


_ARRAY_ITEMS = 8
"""The most items a record written as an array has: its level, time, tag or message, and the
data it logs."""


def _array_record(items: list[Any]) -> dict[str, Any] | None:
    """A record written as a JSON array of its parts, as a mapping of them; None for any other
    array. CryptPad's server writes `["WARN","2024-06-07T06:01:12.767Z","EEXPIRED",{...}]`:
    the level, the time, the event's name and its data, in order. Such a record names a level
    and a time among its strings, and the other strings are its message; an object among the
    parts is the data it logs, an error when it holds a stack (`err`, as pino's), and other
    values are the call's arguments. An array without both a level and a time is data, no
    record."""
    if not 2 < len(items) <= _ARRAY_ITEMS:
        return None
    record: dict[str, Any] = {}
    words: list[str] = []
    data: list[dict[str, Any]] = []
    args: list[Any] = []
    for item in items:
        if type(item) is str:
            if "level" not in record and normalize_level(item) is not None and item.isalpha():
                record["level"] = item
            elif "time" not in record and len(item) <= 40 and starts_with_datetime(item):
                record["time"] = item
            else:
                words.append(item)
        elif type(item) is dict and "stack" in item and "err" not in record:
            record["err"] = item
        elif type(item) is dict:
            data.append(item)
        else:
            args.append(item)
    if "level" not in record or "time" not in record:
        return None
    record["msg"] = " ".join(words)
    if data:
        record["data"] = data[0] if len(data) == 1 else data
    if args:
        record["args"] = args
    return record


def _record_fields(obj: dict) -> ParsedFields | None:
    # A MESSAGE that is no printable UTF-8 (a coloured line: ANSI escapes) is written as an
    # array of its bytes: decoded (`fields`), it is the program's line all the same.
    journal = type(obj.get(JOURNALD_MESSAGE_KEY)) in _JOURNAL_MESSAGE_TYPES and (
        _JOURNAL_KEYS & obj.keys()
    )
    fields = fields_from_mapping(obj)
    if journal and fields is not None and fields.message:
        return _journal_entry(fields)
    return fields


def _loads_or_none(text: str | bytes) -> Any:
    try:
        return orjson.loads(text)
    except Exception:
        return None


def _as_row(fields: ParsedFields) -> FieldsRow:
    return (
        fields.message,
        fields.timestamp,
        fields.level,
        fields.service,
        fields.host,
        fields.logger,
        fields.trace_id,
        fields.exception_text,
        fields.attributes,
    )


_END_OF_DATA = "unexpected end of data"  # orjson's message for a document cut short
_LENIENT_ERRORS = ("number is infinity", "unexpected character")
_I64_MIN, _U64_MAX = -(2**63), 2**64 - 1


def _big_float(text: str) -> float | str:
    value = float(text)
    return value if math.isfinite(value) else text


def _big_int(text: str) -> int | float | str:
    if len(text) <= 21:
        value = int(text)
        if _I64_MIN <= value <= _U64_MAX:
            return value
    return _big_float(text)


def _lenient_loads(line: str | bytes) -> Any:
    """The stdlib's reading of a line orjson refused for its numbers, or None.

    Numbers and constants are mapped so the result holds only what orjson can write back
    (no NaN, no infinity, no integer past 64 bits); a string orjson could not write (a lone
    surrogate) or nesting orjson could not write refuses the line, as orjson would have.
    """
    try:
        obj = json.loads(line, parse_constant=str, parse_float=_big_float, parse_int=_big_int)
        orjson.dumps(obj)
    except (ValueError, TypeError, RecursionError, orjson.JSONEncodeError):
        return None
    return obj


FORMAT = JsonFormat()
