"""Chromium's logging (`base/logging`): Chrome and Chromium, Electron apps (VS Code, Slack,
Teams desktop), the Chromium Embedded Framework, headless browsers behind test runners and
screenshot services, and WebRTC's native code.

- `[13656:13867:1130/234649.632769:ERROR:dbus/bus.cc:405] Failed to connect to the bus`
  (`[pid:tid:MMDD/HHMMSS.micro:LEVEL:file:line] msg`, Chromium since 2023)
- `[1130/234649.632769:WARNING:gpu_init.cc(523)] Passthrough is not supported` (the caller as
  `file(line)`, as Chromium wrote it before and Electron and CEF still do; each of the pid, the
  thread id, the time and a tick count is there or not as the program's log settings ask)

The level is one of `INFO`, `WARNING`, `ERROR`, `FATAL` (and `DFATAL`, a debug build's fatal),
or `VERBOSE1`, `VERBOSE2`, ... for `--v=N` (debug). The time has no year: it is handed on as
`Mmm dd hh:mm:ss.uuuuuu`, which `timestamps` reads as it reads syslog's (the year from the
file's time). The pid, thread id and caller go to attributes. A message of several lines (a
histogram dump under `--v=1`, a stack trace after a `FATAL`) continues on lines without a
header: framing's business.

Owns `ChromiumFormat` and the module instance `FORMAT` (name "chromium").
"""

from __future__ import annotations

import re

from errctl.formats.base import number, yearless_stamp
from errctl.models import ParsedFields

_HEADER = re.compile(
    r"\[(?:(?P<pid>\d{1,10}):)?(?:(?P<tid>\d{1,10}):)?"
    r"(?:(?P<month>0[1-9]|1[0-2])(?P<day>0[1-9]|[12]\d|3[01])/"
    r"(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)(?P<s>[0-5]\d|60)(?P<frac>\.\d{1,9})?:)?"
    r"(?:\d{1,20}:)?"  # a tick count (`--log-tickcount`)
    r"(?P<level>INFO|WARNING|ERROR|FATAL|DFATAL|VERBOSE\d{0,2}):"
    r"(?P<file>[^\s\[\]():]+)(?:\((?P<line>\d{1,7})\)|:(?P<line2>\d{1,7}))\] ?(?P<msg>.*)",
    re.S,
)
_LEVELS = {
    "INFO": "info",
    "WARNING": "warning",
    "ERROR": "error",
    "FATAL": "critical",
    "DFATAL": "critical",
}


class ChromiumFormat:
    name = "chromium"
    multiline = True

    def parse(self, line: str) -> ParsedFields | None:
        if line[:1] != "[" or ":" not in line[:80]:
            return None
        m = _HEADER.match(line)
        if m is None:
            return None
        level = m["level"]
        attributes: dict[str, object] = {
            "caller": f"{m['file']}:{m['line'] or m['line2']}",
        }
        if m["pid"] is not None:
            attributes["pid"] = number(m["pid"])
        if m["tid"] is not None:
            attributes["thread"] = number(m["tid"])
        timestamp = None
        if m["month"] is not None:
            clock = f"{m['h']}:{m['m']}:{m['s']}{m['frac'] or ''}"
            timestamp = yearless_stamp(m["month"], m["day"], clock)
        return ParsedFields(m["msg"], timestamp, _LEVELS.get(level, "debug"), attributes=attributes)


FORMAT = ChromiumFormat()
