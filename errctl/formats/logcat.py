"""Android's logcat, in its two common layouts:

- `03-17 16:13:38.811  1702  2395 D WindowManager: message` (`-v threadtime`, the default of
  `adb logcat` and of bug reports)
- `03-17 16:13:38.811 D/WindowManager( 1702): message` (`-v time`)

Owns `LogcatFormat` and the module instance `FORMAT` (name "logcat"). The level letter (V, D,
I, W, E, F or A for assert) is the level and the tag the logger; pid and tid go to attributes.
The lines of one multi-line call (a stack trace logged with `Log.e(tag, msg, e)`, an app's
crash from AndroidRuntime) each carry the full prefix; `continues` joins them into one event.
The year is not written: the time is handed on as `Mmm dd hh:mm:ss.fff`, which `timestamps`
reads as it reads syslog's (the year from the file's time). An optional year (`-v year`) is
kept.
"""

from __future__ import annotations

import re
from functools import lru_cache

from errctl.models import ParsedFields

_TIME = (
    r"(?P<year>\d{4}-)?(?P<month>0[1-9]|1[0-2])-(?P<day>\d\d) (?P<clock>\d\d:\d\d:\d\d\.\d{3,6})"
)
_THREADTIME = re.compile(
    _TIME + r" +(?P<pid>\d{1,10}) +(?P<tid>\d{1,10}) (?P<level>[VDIWEFA]) (?P<tag>[^:]*?) ?: ?"
    r"(?P<msg>.*)",
    re.S,
)
_BRIEF_TIME = re.compile(
    _TIME + r" (?P<level>[VDIWEFA])/(?P<tag>[^(]*?)\( *(?P<pid>\d{1,10})\): ?(?P<msg>.*)",
    re.S,
)
_LEVELS = {
    "V": "trace",
    "D": "debug",
    "I": "info",
    "W": "warning",
    "E": "error",
    "F": "critical",
    "A": "critical",
}
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


class LogcatFormat:
    name = "logcat"
    multiline = True

    def parse(self, line: str) -> ParsedFields | None:
        m = _match(line)
        if m is None:
            return None
        groups = m.groupdict()
        year, month, day, clock = groups["year"], groups["month"], groups["day"], groups["clock"]
        if year:
            timestamp = f"{year}{month}-{day} {clock}"
        else:
            timestamp = f"{_MONTHS[int(month) - 1]} {day} {clock}"
        attributes: dict[str, object] = {"pid": int(groups["pid"])}
        if groups.get("tid") is not None:
            attributes["tid"] = int(groups["tid"])
        return ParsedFields(
            groups["msg"],
            timestamp,
            _LEVELS[groups["level"]],
            logger=groups["tag"].strip() or None,
            attributes=attributes,
        )

    def continues(self, line: str, opened: str | None, previous: str | None = None) -> str | None:
        """The message of a line written by the same call as the open event's first line (the
        same time to the millisecond, process, thread, level and tag): `Log.e(tag, msg, e)`
        writes each line of its message and of the stack trace as an entry of its own."""
        if opened is None:
            return None
        m = _match(line)
        if m is None or line[: m.start("msg")] != _prefix(opened):
            return None
        return m.group("msg")


@lru_cache(maxsize=64)
def _prefix(line: str) -> str | None:
    """A header's text before its message; cached, since every line after it is compared with
    it while its event is open."""
    m = _match(line)
    return None if m is None else line[: m.start("msg")]


def _match(line: str) -> re.Match[str] | None:
    if len(line) < 20 or not line[:2].isdigit():
        return None
    return _THREADTIME.match(line) or _BRIEF_TIME.match(line)


FORMAT = LogcatFormat()
