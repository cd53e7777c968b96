"""A JSON record written as the message of a plain-text line: a program that logs
`json.dumps(record)` through a text logger, or a service whose JSON lines a collector prefixes
with its own time and level.

    2024-06-07 09:05:14,200 INFO {"event": "payment declined", "order": 4182, "reason": "cvv"}
    2024-06-07T09:05:14.200Z ERROR {"msg": "upstream timed out", "upstream": "10.0.0.7:8080"}

Left as text, the record's keys and punctuation were its template and every value a variable:
one group for all of a program's JSON messages. Read as a JSON line's record is
(`fields.fields_from_mapping`), its message key is the message and its other keys attributes.
What the text head said stands (its time, level, program, host): it is the logger that wrote
the line; the record's own fill what the head left out. A record with no message key stays
text: which of its keys is the message is not known. A name before the record is its logger's
(`2024-06-07T09:05:14.200Z worker {"msg": ...}`). Owns `record_in_message`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

import orjson

from errctl.formats.fields import MESSAGE_KEYS, fields_from_mapping
from errctl.models import ParsedFields

_MESSAGE_KEYS = frozenset(MESSAGE_KEYS)
# A name before the record (`2024-06-07T09:05:14Z worker {"msg": ...}`): the logger's, as a
# JSON line's prefix names its writer.
_NAMED = re.compile(r"([A-Za-z_][\w.:/-]{0,127}) (?=\{)")


def record_in_message(fields: ParsedFields) -> ParsedFields | None:
    """`fields` with the JSON record that is its whole message read (module doc), or None when
    the message is not one: not an object, or no message key in it."""
    message = fields.message
    if message[-1:] != "}" or fields.exception_text is not None:
        return None
    name = None
    if message[:1] != "{":
        named = _NAMED.match(message)
        if named is None or fields.logger is not None:
            return None
        name, message = named[1], message[named.end() :]
    try:
        obj: Any = orjson.loads(message)
    except orjson.JSONDecodeError:
        return None
    if type(obj) is not dict or _MESSAGE_KEYS.isdisjoint(obj):
        return None
    inner = fields_from_mapping(obj)
    if inner is None or not isinstance(inner.message, str):
        return None
    attributes = {**(inner.attributes or {}), **(fields.attributes or {})}
    if inner.timestamp is not None and fields.timestamp is not None:
        attributes.setdefault("time", inner.timestamp)  # the head's time is the event's
    return replace(
        inner,
        timestamp=fields.timestamp if fields.timestamp is not None else inner.timestamp,
        level=fields.level if fields.level is not None else inner.level,
        service=fields.service or inner.service,
        host=fields.host or inner.host,
        logger=fields.logger or name or inner.logger,
        trace_id=fields.trace_id or inner.trace_id,
        attributes=attributes or None,
    )
