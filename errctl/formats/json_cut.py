"""A JSON object cut short, closed: what a record cut at the line cap still says.

Ingest keeps at most MAX_LINE_BYTES of a line (errctl.ingest.readers). A JSON record longer
than that (a message carrying a whole HTTP body, a stack of a thousand frames) was cut mid-way
and, no longer JSON, rejected whole: its time, level and message lost with the text past the
cap. `closed` gives the cut text back as a JSON object: an open string value ends where the
cut fell, and every object and array open there is closed. Where the cut fell inside a key,
a number or a literal, the text goes back to the end of the last whole value. The caller flags
the event truncated.
"""

from __future__ import annotations

import re

import orjson

_TOKEN = re.compile(
    r"""
      (?P<string>"(?:[^"\\]|\\.)*(?:"|\\?\Z))   # a string, or one the cut left open
    | (?P<open>[{\[])
    | (?P<close>[}\]])
    | (?P<colon>:)
    | (?P<comma>,)
    | (?P<space>\s+)
    | (?P<scalar>[^\s{}\[\]:,"]+)                # a number, true, false, null
    """,
    re.VERBOSE | re.DOTALL,
)
_PARTIAL_ESCAPE = re.compile(r"\\(?:u[0-9a-fA-F]{0,3})?\Z")
"""The end of a string the cut fell in the middle of an escape of (`\\`, `\\u20`)."""

_CLOSER = {"{": "}", "[": "]"}


def closed(text: str) -> dict | None:
    """The object `text` (a JSON object's first characters) begins, closed where it was cut;
    None when it is no JSON object's start, or whole already (nothing to close)."""
    start = len(text) - len(text.lstrip())
    if text[start : start + 1] != "{":
        return None
    stack: list[str] = []
    key_next = False  # inside an object, where a key (not a value) comes next
    whole_up_to: tuple[int, str] | None = None  # the end of the last whole value, its closers
    for m in _TOKEN.finditer(text, start):
        kind = m.lastgroup
        if kind == "open":
            stack.append(m.group())
            key_next = m.group() == "{"
        elif kind == "close":
            if not stack:
                return None
            stack.pop()
            if not stack:
                return None  # the object ended: nothing was cut in it
            whole_up_to = (m.end(), _closers(stack))
            key_next = False
        elif kind == "colon":
            key_next = False
        elif kind == "comma":
            key_next = bool(stack) and stack[-1] == "{"
        elif kind == "string":
            token = m.group()
            ended = len(token) >= 2 and token.endswith('"') and not _escaped_quote(token)
            if ended:
                if not key_next:
                    whole_up_to = (m.end(), _closers(stack))
                continue
            if not key_next:  # the cut fell in a value's text: keep all of it there is
                kept = _PARTIAL_ESCAPE.sub("", text[m.start() : m.end()])
                found = _loads(text[: m.start()] + kept + '"' + _closers(stack))
                if found is not None:
                    return found
            break
        elif kind == "scalar":
            if m.end() == len(text):
                break  # cut inside it (`12` of `1234`, `tr` of `true`): not whole
            whole_up_to = (m.end(), _closers(stack))
    if whole_up_to is None:
        return None
    end, closers = whole_up_to
    return _loads(text[:end] + closers)


def _escaped_quote(token: str) -> bool:
    """Whether a string token's last quote is escaped (`"abc\\"`: the cut fell after it)."""
    backslashes = len(token) - 1 - len(token[:-1].rstrip("\\"))
    return backslashes % 2 == 1


def _closers(stack: list[str]) -> str:
    return "".join(_CLOSER[c] for c in reversed(stack))


def _loads(text: str) -> dict | None:
    try:
        obj = orjson.loads(text)
    except orjson.JSONDecodeError:
        return None
    return obj if type(obj) is dict else None
