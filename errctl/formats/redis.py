"""Redis's log (and Sentinel's, and Valkey's, which kept it):

    27785:M 29 Nov 2026 10:14:20.949 * Ready to accept connections
    27785:M 29 Nov 2026 10:14:20.949 # WARNING Memory overcommit must be enabled! ...
    [4018] 14 Nov 07:01:22.119 * Background saving started by pid 4020      (Redis 2)

    1:signal-handler (1732874400) Received SIGTERM scheduling shutdown...

(`pid:role dd Mmm yyyy hh:mm:ss.mmm level message`; the role a letter: M master, S replica,
C a child process (a background save), X Sentinel; KeyDB, multithreaded, writes the thread's
id between them: `1187:1203:S ...`). Owns `RedisFormat` and the module
instance `FORMAT` (name "redis"). The level is a symbol: `.` debug, `-` verbose, `*` notice,
`#` warning, which Redis also uses for what it most wants read (start-up, shutdown). The pid
and role go to attributes. Redis 2 wrote no year: the time is handed on as `Mmm dd hh:mm:ss`,
which `timestamps` reads as it reads syslog's. A signal handler's line (a shutdown asked by
SIGTERM or SIGINT) has its time in epoch seconds and no level symbol: a warning, as Redis logs it.

A crash writes a bug report: `=== REDIS BUG REPORT START: Cut & paste starting from here ===`
(no header), the cause in header lines (`# Redis 7.0.15 crashed by signal: 11, si_code: 0`, an
assertion's `# ==> t_zset.c:1234 'x' is not true`, a panic's `# Guru Meditation: ...`), then
sections of lines with and without headers (the stack trace, registers, INFO output, a memory
test, a code dump) down to `=== REDIS BUG REPORT END ... ===` and its indented advice. The
report is one event (`continues` keeps every line of it), named by its first header line that
says something (`fold`), critical, the report its exception text: each of its lines an event,
a crash was forty groups of registers and memory regions, at warning level.
"""

from __future__ import annotations

import re
from dataclasses import replace

from errctl.formats.timestamps import MONTH_NUMBERS
from errctl.models import ParsedFields

_HEADER = re.compile(
    r"(?:(?P<pid>\d{1,10}):(?:(?P<tid>\d{1,10}):)?(?P<role>[MSCX])|\[(?P<old_pid>\d{1,10})\]) "
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
# The marker a crash report opens with (Valkey's is `=== VALKEY BUG REPORT START ...`), and its
# last line's words; the advice under it is indented.
_REPORT_START = re.compile(r"=== [A-Z][A-Za-z]{1,20} BUG REPORT START\b")
_REPORT_END = " BUG REPORT END"
# Report lines that name nothing: rules (`----`), the assertion's and panic's banners, the note
# that a SIGSEGV is forced to print the report.
_SAYS_NOTHING = re.compile(r"[\W_]*\Z|=== |!!! |\(forcing ")
_LEVELS = {".": "debug", "-": "debug", "*": "info", "#": "warning"}
_ROLES = {"M": "master", "S": "replica", "C": "child", "X": "sentinel"}


class RedisFormat:
    name = "redis"
    multiline = True
    continues_own = True  # `continues` goes on only a crash report, an event of its own

    def parse(self, line: str) -> ParsedFields | None:
        c = line[:1]
        if not (c.isdigit() or c == "["):
            if c == "=" and _REPORT_START.match(line) is not None:
                return ParsedFields(line.strip(), None, "critical")
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
        if m.group("tid"):  # KeyDB's threads: `pid:tid:role`
            attributes["thread"] = int(m.group("tid"))
        return ParsedFields(
            m.group("msg"), timestamp, _LEVELS[m.group("level")], attributes=attributes
        )

    def continues(self, line: str, opened: str | None, previous: str | None = None) -> str | None:
        """`line` when the open event is a crash report (`opened` its marker) still being
        written: any line, headers too, until the report's last line (`=== ... BUG REPORT END`)
        or the indented advice under it came before (`previous`); None for any other line."""
        if opened is None or previous is None or opened[:4] != "=== ":
            return None
        if previous[:1] in (" ", "\t") or (previous[:4] == "=== " and _REPORT_END in previous):
            return None
        return line if _REPORT_START.match(opened) is not None else None

    def fold(self, fields: ParsedFields, continuation: list[str]) -> tuple[ParsedFields, list[str]]:
        """A crash report (its marker `fields`, its lines `continuation`) as one event: the
        first header line that says something is its message, time and process, at critical
        level; the whole report is its exception text."""
        if fields.timestamp is not None or _REPORT_START.match(fields.message) is None:
            return fields, continuation
        for text in continuation:
            if not text[:1].isdigit():
                continue
            head = self.parse(text)
            if head is None or _SAYS_NOTHING.match(head.message.strip()) is not None:
                continue
            report = "\n".join([fields.message, *continuation])
            message = head.message.strip().removeprefix("==> ")
            return replace(head, message=message, level="critical", exception_text=report), []
        return fields, continuation


def _signal_handler(m: re.Match[str] | None) -> ParsedFields | None:
    if m is None:
        return None
    return ParsedFields(m["msg"], m["epoch"], "warning", attributes={"pid": int(m["pid"])})


FORMAT = RedisFormat()
