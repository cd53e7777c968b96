"""structlog's ConsoleRenderer after its time and padded level (`2026-12-04 06:37:29 [error
] charge failed                  invoice=INV-1 reason='card declined'`): the event, padded to
its column (`pad_event`, 30), then the bound values as `key=value` pairs, each value its
`repr` (a string in single quotes when it holds a blank). The event is the message and the
pairs attributes: left in the message, its padding and every key opened each title."""

from __future__ import annotations

import re

_PAD = re.compile(r"  +")
_PAIR = re.compile(
    r"([A-Za-z_][\w.-]{0,127})="
    r"('(?:[^'\\]|\\.){0,65536}'|\"(?:[^\"\\]|\\.){0,65536}\"|[^\s'\"]\S{0,65536}|)"
    r"(?: +|\Z)"
)


def console_event(line: str, pos: int) -> tuple[str, dict[str, str]] | None:
    """The event and the pairs of `line` from `pos`, when the event's padding is followed by
    `key=value` pairs to the line's end; None otherwise (the text stays the message)."""
    pad = _PAD.search(line, pos)
    if pad is None or pad.start() == pos:
        return None
    end = len(line.rstrip())
    at = pad.end()
    if at >= end:
        return None
    pairs: dict[str, str] = {}
    while at < end:
        m = _PAIR.match(line, at)
        if m is None:
            return None
        pairs[m[1]] = _unquoted(m[2])
        at = m.end()
    return line[pos : pad.start()], pairs


def _unquoted(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value
