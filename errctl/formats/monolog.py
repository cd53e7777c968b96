"""Monolog's line format: the logs of PHP applications (Laravel, Symfony, and most others).

    [2024-05-01 12:00:00] production.ERROR: could not load user 12 {"userId":12,"exception":"..."}
    [2024-05-01T12:00:00.281483+00:00] app.WARNING: Slow query took 1200ms [] []

(`[datetime] channel.LEVEL: message context extra`, the context and extra as JSON, `[]` when
empty; Laravel leaves empty ones out). Owns `MonologFormat` and the module instance `FORMAT`
(name "monolog"). The channel goes to `logger`; the context's and extra's keys to attributes.

An exception in the context (`"exception": "[object] (Type(code: 0): message at file:line)"`)
is the event's exception text. Laravel has Monolog write its stack trace with real line breaks
inside the JSON string, so the record's JSON does not end on its first line: what the first
line holds of the exception starts the exception text, and the trace lines under it
(`[stacktrace]`, `#0 ...`, down to the closing `"}`) are the event's continuation, which ingest
adds to it.
"""

from __future__ import annotations

import json
import re
from typing import Any

from errctl.models import ParsedFields

_HEADER = re.compile(
    r"\[(?P<ts>\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:\.\d{1,9})?(?:Z|[+-]\d\d:?\d\d)?)\] "
    r"(?P<channel>[\w.-]{1,128}?)\."
    r"(?P<level>DEBUG|INFO|NOTICE|WARNING|ERROR|CRITICAL|ALERT|EMERGENCY): ?(?P<rest>.*)",
    re.S,
)
_DECODER = json.JSONDecoder()
_MAX_SPLITS = 8  # where the context may start: a message rarely holds more ` {` or ` [` than this
_EXCEPTION_KEY = '"exception":"'
_JSON_ESCAPE = re.compile(r'\\(["\\/])')


class MonologFormat:
    name = "monolog"
    multiline = True

    def parse(self, line: str) -> ParsedFields | None:
        if line[:1] != "[" or line[5:6] != "-":
            return None
        m = _HEADER.match(line)
        if m is None:
            return None
        message, attributes, exception = _split_context(m.group("rest").rstrip())
        return ParsedFields(
            message,
            m.group("ts"),
            m.group("level"),
            logger=m.group("channel"),
            exception_text=exception,
            attributes=attributes,
        )


def _split_context(rest: str) -> tuple[str, dict[str, Any] | None, str | None]:
    """(message, attributes, exception text) of what follows `channel.LEVEL: `."""
    if rest.endswith(" [] []"):  # Monolog's default with nothing in context and extra
        return rest[:-6], None, None
    if rest.endswith(("}", "]")):
        start = 0
        for _ in range(_MAX_SPLITS):
            k = _next_json_start(rest, start)
            if k < 0:
                break
            found = _json_tail(rest, k + 1)
            if found is not None:
                return rest[:k], *_attributes(found)
            start = k + 1
    k = rest.find(_EXCEPTION_KEY)
    if k >= 0:
        # Laravel: the exception's trace continues on the next lines; the context's JSON ends
        # there, so this line's part of it cannot be decoded. Its exception starts here.
        opening = rest.rfind(" {", 0, k)
        if opening < 0:
            return rest, None, None
        text = _JSON_ESCAPE.sub(r"\1", rest[k + len(_EXCEPTION_KEY) :])
        return rest[:opening], _keys_before(rest[opening + 1 : k]), text
    return rest, None, None


def _keys_before(head: str) -> dict[str, Any] | None:
    """The context's keys written before its exception (`{"userId":12,`), closed and decoded."""
    head = head.rstrip()
    if not head.endswith(","):
        return None
    try:
        value = json.loads(head[:-1] + "}")
    except (ValueError, RecursionError):
        return None
    return value if isinstance(value, dict) and value else None


def _next_json_start(text: str, start: int) -> int:
    brace, bracket = text.find(" {", start), text.find(" [", start)
    if brace < 0 or (0 <= bracket < brace):
        return bracket
    return brace


def _json_tail(text: str, k: int) -> list[Any] | None:
    """The JSON values (context, then extra) that make up all of `text` from `k`, or None."""
    values = []
    while k < len(text) and len(values) < 2:
        try:
            value, k = _DECODER.raw_decode(text, k)
        except (ValueError, RecursionError):  # RecursionError: hostile nesting
            return None
        values.append(value)
        while k < len(text) and text[k] == " ":
            k += 1
    return values if k >= len(text) else None


def _attributes(values: list[Any]) -> tuple[dict[str, Any] | None, str | None]:
    """(attributes, exception text) from the decoded context and extra."""
    attributes: dict[str, Any] = {}
    exception = None
    for i, value in enumerate(values):
        if isinstance(value, dict):
            if i == 0 and isinstance(value.get("exception"), str):
                exception = value.pop("exception")
            attributes.update(value)
    return attributes or None, exception


FORMAT = MonologFormat()
