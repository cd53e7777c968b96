"""klog / glog text output: the header of every Kubernetes component (kubelet, the API server,
controllers and operators) and of Go services that use glog.

- `I0501 12:00:00.123456    1234 controller.go:123] Starting controller` (`Lmmdd hh:mm:ss.uuuuuu
  threadid file:line] msg`, the level one of I, W, E, F)
- `I20240501 12:00:00.123456 1234 config.cc:27] Loading configuration` (glog since 0.5, whose
  header has the year: `Lyyyymmdd ...`)
- `E0501 12:00:01.223456       1 reflector.go:138] "Failed to watch" err="connection refused"
  logger="pods"` (klog's structured form: a quoted message, then key="value" pairs)

Owns `KlogFormat` and the module instance `FORMAT` (name "klog"). klog's header has no year: the
timestamp is handed on as `Mmm dd hh:mm:ss.uuuuuu`, which `timestamps` reads as it reads syslog's
(the year from the file's time, a rollover from December to January taken into account); glog's
with the year as ISO 8601. The
thread id and the `file:line` caller go to attributes. A structured line's message is its
quoted text, unquoted, and its pairs are attributes: left in the message, the quotes would make
the masking's `quoted` class swallow the message and merge every structured line into one
template. Multi-line messages (a goroutine dump after `F`) are framing's business.
"""

from __future__ import annotations

import re

from errctl.formats.base import number
from errctl.formats.logfmt import split_pairs
from errctl.models import ParsedFields

_HEADER = re.compile(
    r"(?P<level>[IWEF])(?P<year>\d{4})?(?P<month>0[1-9]|1[0-2])(?P<day>0[1-9]|[12]\d|3[01]) "
    r"(?P<time>\d\d:\d\d:\d\d(?:\.\d{1,9})?) +(?P<thread>\d+) "
    r"(?P<caller>[^\s\]:]+:\d+)\] ?(?P<msg>.*)",
    re.S,
)
# A structured line's message: a double-quoted string with Go's escapes, then pairs or nothing.
_QUOTED = re.compile(r'"((?:[^"\\]|\\.)*)"(?:[ \t]+|\Z)', re.S)
_ESCAPE = re.compile(r"\\(.)", re.S)
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\"}
_LEVELS = {"I": "info", "W": "warning", "E": "error", "F": "fatal"}
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_FIRST = frozenset(_LEVELS)


class KlogFormat:
    name = "klog"
    multiline = True

    def parse(self, line: str) -> ParsedFields | None:
        if line[:1] not in _FIRST or len(line) < 22 or not line[1:5].isdigit():
            return None
        m = _HEADER.match(line)
        if m is None:
            return None
        level, year, month, day, clock, thread, caller, msg = m.group(
            "level", "year", "month", "day", "time", "thread", "caller", "msg"
        )
        if year is not None:
            timestamp = f"{year}-{month}-{day}T{clock}"
        else:
            timestamp = f"{_MONTHS[int(month) - 1]} {day} {clock}"
        attributes: dict[str, object] = {"thread": number(thread), "caller": caller}
        if msg[:1] == '"':
            structured = _structured(msg)
            if structured is not None:
                msg, pairs = structured
                attributes.update(pairs)
        return ParsedFields(msg, timestamp, _LEVELS[level], attributes=attributes)


def _structured(text: str) -> tuple[str, dict[str, str | bool]] | None:
    """The unquoted message and the pairs of a structured line, or None when `text` is not
    one (a message that merely starts with a quote stays as it is)."""
    m = _QUOTED.match(text)
    if m is None:
        return None
    message = m.group(1)
    if "\\" in message:
        message = _ESCAPE.sub(lambda e: _ESCAPES.get(e.group(1), e.group(0)), message)
    rest = text[m.end() :]
    if not rest.strip():
        return message, {}
    split = split_pairs(rest.strip())
    if split is None:
        return None
    return message, split[0]


FORMAT = KlogFormat()
