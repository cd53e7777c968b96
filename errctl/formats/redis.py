"""Redis's log (and Sentinel's, and Valkey's, which kept it):

    27785:M 29 Nov 2026 10:14:20.949 * Ready to accept connections
    27785:M 29 Nov 2026 10:14:20.949 # WARNING Memory overcommit must be enabled! ...
    [4018] 14 Nov 07:01:22.119 * Background saving started by pid 4020      (Redis 2)

    1:signal-handler (1732874400) Received SIGTERM scheduling shutdown...

(`pid:role dd Mmm yyyy hh:mm:ss.mmm level message`; the role a letter: M master, S replica,
C a child process (a background save), X Sentinel). Owns `RedisFormat` and the module
instance `FORMAT` (name "redis"). The level is a symbol: `.` debug, `-` verbose, `*` notice,
`#` warning, which Redis also uses for what it most wants read (start-up, shutdown). The pid
and role go to attributes. Redis 2 wrote no year: the time is handed on as `Mmm dd hh:mm:ss`,
which `timestamps` reads as it reads syslog's. A signal handler's line (a shutdown asked by
SIGTERM or SIGINT) has its time in epoch seconds and no level symbol: a warning, as Redis logs it.
"""

from __future__ import annotations

import re

from errctl.formats.timestamps import MONTH_NUMBERS
from errctl.models import ParsedFields

_HEADER = re.compile(
    r"(?:(?P<pid>\d{1,10}):(?P<role>[MSCX])|\[(?P<old_pid>\d{1,10})\]) "
    r"(?P<day>\d\d) (?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"(?: (?P<year>\d{4}))? (?P<clock>\d\d:\d\d:\d\d(?:\.\d{1,6})?) (?P<level>[.*#-]) "
    r"(?P<msg>.*)",
    re.S,
)
# What a signal handler logs (`serverLogFromHandler`, which may not format a time): the pid and
# the epoch second. Redis writes it when SIGTERM or SIGINT asks it to shut down, at warning level.
_SIGNAL_HANDLER = re.compile(
    r"(?P<pid>\d{1,10}):signal-handler \((?P<epoch>\d{1,12})\) (?P<msg>.*)", re.S
)
_LEVELS = {".": "debug", "-": "debug", "*": "info", "#": "warning"}
_ROLES = {"M": "master", "S": "replica", "C": "child", "X": "sentinel"}


class RedisFormat:
    name = "redis"
    multiline = True

    def parse(self, line: str) -> ParsedFields | None:
        c = line[:1]
        if not (c.isdigit() or c == "["):
            return None
        m = _HEADER.match(line)
        if m is None:
            if ":signal-handler (" in line[:30]:
                return _signal_handler(_SIGNAL_HANDLER.match(line))
            return None
        month, day, year, clock = m.group("month", "day", "year", "clock")
        if year:
            timestamp = f"{year}-{MONTH_NUMBERS[month]}-{day}T{clock}"
        else:
            timestamp = f"{month} {day} {clock}"
        pid = m.group("pid") or m.group("old_pid")
        attributes: dict[str, object] = {"pid": int(pid)}
        if m.group("role"):
            attributes["role"] = _ROLES[m.group("role")]
        return ParsedFields(
            m.group("msg"), timestamp, _LEVELS[m.group("level")], attributes=attributes
        )


def _signal_handler(m: re.Match[str] | None) -> ParsedFields | None:
    if m is None:
        return None
    return ParsedFields(m["msg"], m["epoch"], "warning", attributes={"pid": int(m["pid"])})


FORMAT = RedisFormat()
