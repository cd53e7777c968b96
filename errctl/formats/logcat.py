"""Android's logcat, in the layouts `adb logcat -v` writes:

- `03-17 16:13:38.811  1702  2395 D WindowManager: message` (`-v threadtime`, the default of
  `adb logcat` since Android 7 and of bug reports)
- `1710692018.811  1702  2395 D WindowManager: message` (`-v epoch`: the seconds since 1970
  for the date and time, in either layout above or below)
- `03-17 16:13:38.811 D/WindowManager( 1702): message` (`-v time`; without the pid,
  `03-17 16:13:38.811 D/WindowManager: message`, as liblog's ports and IDE consoles write it)
- `D/WindowManager( 1702): message` (`-v brief`, the default before Android 7: no time)
- `D/WindowManager: message` (`-v tag`), `D( 1702) message  (WindowManager)` (`-v process`:
  the tag after the message) and `D( 1702: 2395) message` (`-v thread`: no tag)
- `[ 03-17 16:13:38.811  1702: 2395 D/WindowManager ]` with the message on the lines below it
  and a blank line after (`-v long`; a hex tid, `0x1a2b`, on old releases)
- `--------- beginning of main` (`switch to crash`): logcat's own line where a buffer's
  entries start, an event of its own (the buffer an attribute), not text of the entry above

Owns `LogcatFormat` and the module instance `FORMAT` (name "logcat"). The level letter (V, D,
I, W, E, F or A for assert) is the level and the tag the logger; pid and tid go to attributes.
The lines of one multi-line call (a stack trace logged with `Log.e(tag, msg, e)`, an app's
crash from AndroidRuntime) each carry the full prefix; `continues` joins them into one event
(in the layouts without a time, which cannot tell two calls apart, only the lines of a trace).
The year is not written: the time is handed on as `Mmm dd hh:mm:ss.fff`, which `timestamps`
reads as it reads syslog's (the year from the file's time). An optional year (`-v year`, and
newer releases' default) is kept.
"""

from __future__ import annotations

import re
from functools import lru_cache

from errctl.formats.base import yearless_stamp
from errctl.formats.multiline import continues_trace
from errctl.models import ParsedFields

_TIME = (
    r"(?P<year>\d{4}-)?(?P<month>0[1-9]|1[0-2])-(?P<day>\d\d) (?P<clock>\d\d:\d\d:\d\d\.\d{3,6})"
)
# `-v epoch` writes the seconds since 1970 instead (`%5lu.%03ld`; `-v epoch,usec` six digits,
# `nsec` nine) in the same place, before the same fields.
_EPOCH = r"(?P<epoch>\d{9,10}\.\d{3,9})"
_THREADTIME_TAIL = (
    r" +(?P<pid>\d{1,10}) +(?P<tid>\d{1,10}) (?P<level>[VDIWEFA]) (?P<tag>[^:]*?) ?: ?(?P<msg>.*)"
)
_BRIEF_TIME_TAIL = (
    r" (?P<level>[VDIWEFA])/(?P<tag>[^(]*?)(?:\( *(?P<pid>\d{1,10})\))?: ?(?P<msg>.*)"
)
_THREADTIME = re.compile(_TIME + _THREADTIME_TAIL, re.S)
_BRIEF_TIME = re.compile(_TIME + _BRIEF_TIME_TAIL, re.S)
_EPOCH_THREADTIME = re.compile(_EPOCH + _THREADTIME_TAIL, re.S)
_EPOCH_BRIEF_TIME = re.compile(_EPOCH + _BRIEF_TIME_TAIL, re.S)
# logprint.c's brief: `%c/%-8s(%5d): ` (the tag padded to eight, the pid to five: the five
# columns tell it from prose such as `I/O error(5): ...`).
_BRIEF = re.compile(
    r"(?P<level>[VDIWEFA])/(?P<tag>[^(\n]{1,256})\((?= {0,4}\d)(?P<pid> *\d{1,10})\): ?(?P<msg>.*)",
    re.S,
)
# logprint.c's tag: `%c/%-8s: ` (the tag padded to eight: `_match` checks the colon's column,
# which keeps out prose such as `I/O: ...`).
_TAG = re.compile(r"(?P<level>[VDIWEFA])/(?P<tag>[^\s:(]{1,256})(?P<pad> *): ?(?P<msg>.*)", re.S)
# logprint.c's process, `%c(%5d) ` before the message and `  (%s)` after it (the tag), and
# thread, `%c(%5d:%5d) ` (a `%p` tid, `0x1a2b`, on old releases).
_PROCESS = re.compile(
    r"(?P<level>[VDIWEFA])\((?P<pid> *\d{1,10})\) (?P<msg>.*?)  \((?P<tag>[^()\n]{1,256})\)\Z",
    re.S,
)
_THREAD = re.compile(
    r"(?P<level>[VDIWEFA])\((?P<pid> *\d{1,10}):(?: *(?P<tid>0x[0-9a-f]{1,16}|\d{1,10}))\) "
    r"(?P<msg>.*)",
    re.S,
)
_UNTIMED = (_BRIEF, _TAG, _PROCESS, _THREAD)
# logprint.c's long: `[ %s %5d:%5d %c/%-8s ]`, the message on the lines below.
_LONG = re.compile(
    r"\[ " + _TIME + r" +(?P<pid>\d{1,10}): *(?P<tid>0x[0-9a-f]{1,16}|\d{1,10}) "
    r"(?P<level>[VDIWEFA])/(?P<tag>[^\]\n]{1,256})\]\Z"
)
_DIVIDER = re.compile(r"--------- (?:beginning of|switch to) (?P<buffer>[a-z]{1,16})\Z")
_LEVELS = {
    "V": "trace",
    "D": "debug",
    "I": "info",
    "W": "warning",
    "E": "error",
    "F": "critical",
    "A": "critical",
}


class LogcatFormat:
    name = "logcat"
    multiline = True

    def parse(self, line: str) -> ParsedFields | None:
        m = _match(line)
        if m is None:
            return _other(line)
        return _fields(m.groupdict())

    def continues(self, line: str, opened: str | None, previous: str | None = None) -> str | None:
        """The message of a line written by the same call as the open event's first line (the
        same time to the millisecond, process, thread, level and tag): `Log.e(tag, msg, e)`
        writes each line of its message and of the stack trace as an entry of its own. In
        `brief`, which has no time, only a line that goes on a trace (`multiline.
        continues_trace`)."""
        if opened is None:
            return None
        m = _match(line)
        if m is None or _header(m) != _prefix(opened):
            return None
        msg = m.group("msg")
        if m.re in _UNTIMED:
            previous_msg = _message(previous) if previous is not None else None
            opened_msg = _message(opened)
            if previous == opened:
                # The same object, not an equal string: `continues_trace` tells the event's
                # first line from a later one by identity (`previous is opened`).
                previous_msg = opened_msg
            if previous_msg is None or opened_msg is None:
                return None
            if not continues_trace(msg, opened_msg, previous_msg):
                return None
        return msg


@lru_cache(maxsize=64)
def _prefix(line: str) -> str | None:
    """A header's text around its message; cached, since every line after it is compared with
    it while its event is open."""
    m = _match(line)
    return None if m is None else _header(m)


def _header(m: re.Match[str]) -> str:
    """The line without its message: the prefix, and `-v process`'s tag after it."""
    return m.string[: m.start("msg")] + m.string[m.end("msg") :]


def _message(line: str) -> str | None:
    m = _match(line)
    return None if m is None else m.group("msg")


def _match(line: str) -> re.Match[str] | None:
    if line[1:2] == "/":
        m = _BRIEF.match(line)
        if m is not None:
            return m if len(m["pid"]) >= 5 else None
        m = _TAG.match(line)
        return m if m is not None and m.end("pad") == max(10, m.end("tag")) else None
    if line[1:2] == "(" and line[0] in _LEVELS:
        m = _PROCESS.match(line) or _THREAD.match(line)
        return m if m is not None and len(m["pid"]) >= 5 else None
    if len(line) < 20 or not line[:2].isdigit():
        return None
    if line[10:11] == "." or line[9:10] == ".":  # `-v epoch`: no date's dash before them
        return _EPOCH_THREADTIME.match(line) or _EPOCH_BRIEF_TIME.match(line)
    return _THREADTIME.match(line) or _BRIEF_TIME.match(line)


def _fields(groups: dict[str, str | None]) -> ParsedFields:
    timestamp = None
    clock = groups.get("clock")
    if groups.get("epoch") is not None:
        timestamp = groups["epoch"]
    elif clock is not None:
        year, month, day = groups["year"], groups["month"], groups["day"]
        if year:
            timestamp = f"{year}{month}-{day} {clock}"
        else:
            timestamp = yearless_stamp(month or 1, day, clock)
    attributes: dict[str, object] = {}
    if groups.get("pid") is not None:
        attributes["pid"] = int(groups["pid"].strip())
    tid = groups.get("tid")
    if tid is not None:
        attributes["tid"] = int(tid, 16) if tid.startswith("0x") else int(tid)
    return ParsedFields(
        groups.get("msg") or "",
        timestamp,
        _LEVELS[groups["level"] or "I"],
        logger=(groups.get("tag") or "").strip() or None,
        attributes=attributes or None,
    )


def _other(line: str) -> ParsedFields | None:
    """A `-v long` header (its message is on the lines below), or a buffer's divider."""
    if line[:2] == "[ ":
        m = _LONG.match(line)
        return None if m is None else _fields(m.groupdict())
    if line[:10] == "--------- ":
        m = _DIVIDER.match(line)
        if m is not None:
            return ParsedFields(line[10:], attributes={"buffer": m["buffer"]})
    return None


FORMAT = LogcatFormat()
