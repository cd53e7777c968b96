"""klog / glog text output: the header of every Kubernetes component (kubelet, the API server,
controllers and operators) and of Go services that use glog.

- `I0501 12:00:00.123456    1234 controller.go:123] Starting controller` (`Lmmdd hh:mm:ss.uuuuuu
  threadid file:line] msg`, the level one of I, W, E, F)
- `I20240501 12:00:00.123456 1234 config.cc:27] Loading configuration` (glog since 0.5, whose
  header has the year: `Lyyyymmdd ...`)
- `E0501 12:00:01.223456       1 reflector.go:138] "Failed to watch" err="connection refused"
  logger="pods"` (klog's structured form: a quoted message, then key="value" pairs)
- `I20240607 06:00:01.035 sync-/media/nvr/sample moonfire_nvr::db::db] Flush 41512 (...)`
  (glog's header as Moonfire NVR's Rust logger writes it: a thread's name, a module path)
- `I200205 13:09:47.527461 77 server/server.go:1045  [n1] started with engine type 2`
  (CockroachDB's `crdb-v1`: glog's header with a two-digit year, no `]` after the caller, the
  logging tags in brackets, if any, before the message) and
  `I210525 09:08:41.219445 1 1@util/log/flags.go:199 ⋮ [-] 1  stderr capture started`
  (`crdb-v2`, 21.1 on: the channel before `@`, the redaction marker `⋮`, tags always, `-` for
  none, then the entry counter and a continuation mark: ` ` opens an entry, `+` and `|` go on
  one, whose lines repeat its header; those continue the event with the text after the mark);
  both in UTC, or with the offset of the sink's `timezone` option after the time
  (`I230115 16:49:17.073282-050000 ...`)

Owns `KlogFormat` and the module instance `FORMAT` (name "klog"). klog's header has no year: the
timestamp is handed on as `Mmm dd hh:mm:ss.uuuuuu`, which `timestamps` reads as it reads syslog's
(the year from the file's time, a rollover from December to January taken into account); glog's
with the year as ISO 8601. The
thread id (CockroachDB's goroutine), the `file:line` caller and CockroachDB's tags and channel
go to attributes. A structured line's message is its
quoted text, unquoted, and its pairs are attributes: left in the message, the quotes would make
the masking's `quoted` class swallow the message and merge every structured line into one
template. Multi-line messages (a goroutine dump after `F`) are framing's business.
"""

from __future__ import annotations

import re

from errctl.formats.base import number, yearless_stamp
from errctl.formats.logfmt import split_pairs
from errctl.models import ParsedFields

_HEADER = re.compile(
    r"(?P<level>[IWEF])(?P<year>\d{4})?(?P<month>0[1-9]|1[0-2])(?P<day>0[1-9]|[12]\d|3[01]) "
    r"(?P<time>\d\d:\d\d:\d\d(?:\.\d{1,9})?) +(?P<thread>\d+) "
    r"(?P<caller>[^\s\]:]+:\d+)\] ?(?P<msg>.*)",
    re.S,
)
# CockroachDB (pkg/util/log, formats crdb-v1 and crdb-v2): `Lyymmdd` (`Lmmdd` in its 2016
# betas), the goroutine, the channel
# and caller, a blank or the redaction marker, then the tags. A tag's value may hold one level of
# brackets (`client=[::1]:26257`). Only after tags can a counter and continuation mark follow
# (crdb-v2 writes `[-]` when there are none), so a crdb-v1 message that starts with a number stays
# whole; the mark is the character after the counter's blank (` ` for an entry's first line).
# The time is UTC, unless the sink's `format-options: {timezone: ...}` (22.2 on) names a zone:
# then Go's `15:04:05.000000-070000` glues the offset, with seconds, to the microseconds.
_CRDB = re.compile(
    r"(?P<level>[IWEF])(?P<year>\d\d)?(?P<month>0[1-9]|1[0-2])(?P<day>0[1-9]|[12]\d|3[01]) "
    r"(?P<time>\d\d:\d\d:\d\d(?:\.\d{1,9})?)(?P<offset>[+-]\d{6})? (?P<thread>\d+) "
    r"(?:(?P<channel>\d{1,3})@)?(?P<caller>[^\s\]:@]+:\d+) (?:\u22ee | )"
    r"(?:\[(?P<tags>(?:[^\[\]\n]|\[[^\[\]\n]*\])*)\](?: |\Z)"
    r"(?:(?P<counter>\d*) (?P<cont>[ +|=!]))?)?(?P<msg>.*)",
    re.S,
)
_CRDB_GOES_ON = frozenset("+|!")
# A structured line's message: a double-quoted string with Go's escapes, then pairs or nothing.
# Moonfire NVR's (its `mylog` crate, glog's header for Rust): the year, the thread by its name
# (`sync-/media/nvr/sample`, `tokio-runtime-worker`), the module path where glog writes its
# file and line: `I20240607 06:00:01.035 sync-/media/nvr/sample moonfire_nvr::db::db] Flush`.
_RUST_MODULE = re.compile(
    r"(?P<level>[IWEFDT])(?P<year>\d{4})(?P<month>0[1-9]|1[0-2])(?P<day>0[1-9]|[12]\d|3[01]) "
    r"(?P<time>\d\d:\d\d:\d\d(?:\.\d{1,9})?) (?P<thread>\S{1,256}) "
    r"(?P<module>[A-Za-z_]\w{0,127}(?:::\w{1,128}){0,15})\] ?(?P<msg>.*)",
    re.S,
)
_QUOTED = re.compile(r'"((?:[^"\\]|\\.)*)"(?:[ \t]+|\Z)', re.S)
_ESCAPE = re.compile(r"\\(.)", re.S)
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\"}
_LEVELS = {"I": "info", "W": "warning", "E": "error", "F": "fatal", "D": "debug", "T": "trace"}
_FIRST = frozenset("IWEF")
_RUST_FIRST = frozenset(_LEVELS)
_CHECK_FAILURE = "*** Check failure stack trace: ***"


class KlogFormat:
    name = "klog"
    multiline = True
    continues_own = True  # `continues` only goes on CockroachDB entries this format opened

    def parse(self, line: str) -> ParsedFields | None:
        if line[:1] not in _RUST_FIRST or len(line) < 22 or not line[1:5].isdigit():
            return None
        m = _HEADER.match(line) if line[:1] in _FIRST else None
        if m is None:
            return _cockroach(_CRDB.match(line)) or _rust_module(_RUST_MODULE.match(line))
        level, year, month, day, clock, thread, caller, msg = m.group(
            "level", "year", "month", "day", "time", "thread", "caller", "msg"
        )
        if year is not None:
            timestamp = f"{year}-{month}-{day}T{clock}"
        else:
            timestamp = yearless_stamp(month, day, clock)
        attributes: dict[str, object] = {"thread": number(thread), "caller": caller}
        if msg[:1] == '"':
            structured = _structured(msg)
            if structured is not None:
                msg, pairs = structured
                attributes.update(pairs)
        return ParsedFields(msg, timestamp, _LEVELS[level], attributes=attributes)

    def continues(self, line: str, opened: str | None, previous: str | None = None) -> str | None:
        """The text of a crdb-v2 line that goes on the open entry (`+`, `|` or `!` after its
        counter): CockroachDB writes each line of a multi-line entry with the entry's header,
        the same up to the counter. And glog's banner over a failed CHECK's stack, under its
        fatal line (`F0611 ... Check failed: x`, then `*** Check failure stack trace: ***`
        and the indented `@ 0x7f... function` frames): the crash's, not an event."""
        if opened is None:
            return None
        if line.startswith(_CHECK_FAILURE) and opened[:1] == "F" and previous == opened:
            return line
        if line[:1] not in _FIRST:
            return None
        m = _CRDB.match(line)
        if m is None or m["cont"] not in _CRDB_GOES_ON:
            return None
        start = m.start("cont")
        if opened[:start] != line[:start] or opened[start : start + 1] not in (" ", "="):
            return None
        return m["msg"]


def _cockroach(m: re.Match[str] | None) -> ParsedFields | None:
    """The fields of a CockroachDB header: its goroutine, caller, channel and tags are
    attributes; the tags `-` (crdb-v2's none) and the counter are left out."""
    if m is None:
        return None
    level, year, month, day, clock, caller, tags = m.group(
        "level", "year", "month", "day", "time", "caller", "tags"
    )
    attributes: dict[str, object] = {"goroutine": number(m["thread"]), "caller": caller}
    if m["channel"] is not None:
        attributes["channel"] = number(m["channel"])
    if tags and tags != "-":
        attributes["tags"] = tags
    if year is not None:
        timestamp = f"20{year}-{month}-{day}T{clock}{m['offset'] or 'Z'}"
    else:  # CockroachDB's betas (2016) wrote glog's `Lmmdd`
        timestamp = yearless_stamp(month, day, clock)
    return ParsedFields(m["msg"], timestamp, _LEVELS[level], attributes=attributes)


def _rust_module(m: re.Match[str] | None) -> ParsedFields | None:
    """The fields of a Rust glog header (`_RUST_MODULE`): its thread and module attributes."""
    if m is None:
        return None
    timestamp = f"{m['year']}-{m['month']}-{m['day']}T{m['time']}"
    attributes = {"thread": m["thread"], "module": m["module"]}
    return ParsedFields(m["msg"], timestamp, _LEVELS[m["level"]], attributes=attributes)


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
    if split is not None:
        return message, split[0]
    pairs = _bracketed_pairs(rest.strip())
    return None if pairs is None else (message, pairs)


_PAIR_KEY = re.compile(r"([A-Za-z_][\w.-]*)=")
_CLOSING = {"[": "]", "{": "}"}


def _bracketed_pairs(text: str) -> dict[str, str | bool] | None:
    """The pairs of a structured line whose values klog serialised as JSON: a slice
    (`pods=["default/web-1","default/web-2"]`) or a struct or map (`event={"ID":"..."}`),
    beside quoted strings and bare numbers; None when the text is not made only of pairs.
    A bracketed value is kept as written, up to its matching bracket (quotes inside it, with
    their escapes, hide brackets)."""
    out: dict[str, str | bool] = {}
    pos, end = 0, len(text)
    while pos < end:
        m = _PAIR_KEY.match(text, pos)
        if m is None:
            return None
        pos = m.end()
        first = text[pos : pos + 1]
        if first == '"':
            q = _QUOTED.match(text, pos)
            if q is None:
                return None
            value = q.group(1)
            if "\\" in value:
                value = _ESCAPE.sub(lambda e: _ESCAPES.get(e.group(1), e.group(0)), value)
            out[m.group(1)] = value
            pos = q.end()
            continue
        if first in _CLOSING:
            stop = _matching(text, pos)
            if stop < 0:
                return None
            out[m.group(1)] = text[pos:stop]
            pos = stop
        else:
            stop = pos
            while stop < end and text[stop] not in " \t":
                stop += 1
            out[m.group(1)] = text[pos:stop]
            pos = stop
        if pos < end and text[pos] not in " \t":
            return None
        while pos < end and text[pos] in " \t":
            pos += 1
    return out


def _matching(text: str, start: int) -> int:
    """The index after the bracket closing the one at `start`, or -1."""
    depth = 0
    i, end = start, len(text)
    while i < end:
        c = text[i]
        if c == '"':
            i += 1
            while i < end and text[i] != '"':
                i += 2 if text[i] == "\\" else 1
        elif c in "[{":
            depth += 1
        elif c in "]}":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return -1


FORMAT = KlogFormat()
