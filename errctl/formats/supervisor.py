"""supervisord's own log (`supervisord.log`, what a container running several programs under
supervisord writes), and what it says about the programs it runs:

    2024-11-15 00:00:01,123 INFO spawned: 'web' with pid 123
    2024-11-15 00:00:02,456 WARN exited: web (exit status 1; not expected)
    2024-11-15 00:00:05,789 INFO gave up: web entered FATAL state, too many start retries too
    quickly

Owns `SupervisorFormat` and the module instance `FORMAT` (name "supervisor"). A line is this
format's when its level is one of supervisord's own abbreviations (`CRIT`, `ERRO`, `DEBG`,
`TRAC`, `BLAT`) or it reports on a program in supervisord's words (`spawned: 'web'`, `exited:`,
`gave up:`, ...): `INFO spawned: ...` alone would be read by the Python layout, `spawned` taken
for a logger and dropped from the message. The program is the service. supervisord writes a
program that dies unexpectedly at WARN and one it gave up on at INFO; for triage the first is
an error and the second critical (the program is down and stays down).
"""

from __future__ import annotations

import re

from errctl.formats.base import number
from errctl.models import ParsedFields

_LINE = re.compile(
    r"(?P<ts>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) (?P<level>CRIT|ERRO|WARN|INFO|DEBG|TRAC|BLAT) "
    r"(?P<msg>.*)",
    re.S,
)
_OWN_LEVELS = frozenset(("CRIT", "ERRO", "DEBG", "TRAC", "BLAT"))
_LEVELS = {
    "CRIT": "critical",
    "ERRO": "error",
    "WARN": "warning",
    "INFO": "info",
    "DEBG": "debug",
    "TRAC": "trace",
    "BLAT": "trace",
}
# What supervisord says about a program (supervisor/process.py), the program's name after it.
_PROGRAM_EVENT = re.compile(
    r"(?P<event>spawned|exited|success|gave up|stopped|killing|waiting for)"
    r":? '?(?P<program>[\w.:-]{1,128})'?"
)
_EXPECTED = re.compile(r"\(exit status (?P<status>-?\d+); (?P<expected>not expected|expected)\)")


class SupervisorFormat:
    name = "supervisor"
    multiline = True

    def parse(self, line: str) -> ParsedFields | None:
        if len(line) < 30 or line[4:5] != "-" or line[23:24] != " ":
            return None
        m = _LINE.match(line)
        if m is None:
            return None
        raw_level, msg = m.group("level", "msg")
        event = _PROGRAM_EVENT.match(msg)
        if event is None and raw_level not in _OWN_LEVELS:
            return None  # another program's `INFO ...` line
        level = _LEVELS[raw_level]
        attributes: dict[str, object] = {}
        service = None
        if event is not None:
            service = event["program"]
            attributes["program_event"] = event["event"]
            exit_ = _EXPECTED.search(msg)
            if exit_ is not None:
                attributes["exit_status"] = number(exit_["status"])
                if exit_["expected"] == "not expected" and level in ("info", "warning"):
                    level = "error"
            elif event["event"] == "gave up":
                level = "critical"
        return ParsedFields(msg, m.group("ts"), level, service, attributes=attributes or None)


FORMAT = SupervisorFormat()
