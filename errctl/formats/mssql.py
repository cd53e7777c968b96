"""SQL Server's error log (`ERRORLOG`, on Windows and on Linux in /var/opt/mssql/log; UTF-16,
which `ingest.readers` reads as text):

    2024-01-15 10:23:45.67 Server      Microsoft SQL Server 2019 (RTM-CU22) ...
    2024-01-15 10:24:01.33 Logon       Error: 18456, Severity: 14, State: 8.
    2024-01-15 10:24:01.33 Logon       Login failed for user 'sa'. Reason: ... [CLIENT: 10.0.0.5]
    2024-01-15 10:25:13.90 spid51      Transaction (Process ID 51) was deadlocked ...

(`yyyy-mm-dd hh:mm:ss.cc source message`: hundredths of a second, and the source padded to 12
characters). Owns `MssqlFormat` and the module instance `FORMAT` (name "mssql"). The source is
a session (`spid51`, `spid12s` for a system one: the `spid` attribute) or a part of the server
(`Server`, `Logon`, `Backup`: the logger).

An error is two lines from one source at one time: `Error: N, Severity: S, State: X.`, then
its text. The first is the header (number, severity and state to attributes; the level from
the severity: 10 and below are informational, 20 and above fatal) and leaves the message to
the second, which `continues` gives it: as an event of its own the text would have no level,
and every error would be titled `Error: <*>, Severity: <*>, State: <*>.` Other lines carry no
level: SQL Server writes none.
"""

from __future__ import annotations

import re
from functools import lru_cache

from errctl.models import ParsedFields

_LINE = re.compile(
    r"(?P<ts>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d\d) (?P<source>[A-Za-z][\w-]{0,30}) +(?P<msg>.*)",
    re.S,
)
_ERROR = re.compile(
    r"Error: (?P<number>\d{1,9}), Severity: (?P<severity>\d{1,3}), State: (?P<state>\d{1,9})\."
)
_SPID = re.compile(r"spid\d+s?")
SOURCE_WIDTH = 12
"""The source column's width: a shorter source is padded with blanks to it."""


class MssqlFormat:
    name = "mssql"
    multiline = True

    def parse(self, line: str) -> ParsedFields | None:
        m = _match(line)
        if m is None:
            return None
        source, msg = m.group("source", "msg")
        attributes: dict[str, object] = {}
        logger = None
        if _SPID.fullmatch(source):
            attributes["spid"] = source
        else:
            logger = source
        level = None
        error = _ERROR.fullmatch(msg.rstrip())
        if error is not None:
            number, severity, state = (int(g) for g in error.group("number", "severity", "state"))
            attributes.update(error=number, severity=severity, state=state)
            level = "info" if severity <= 10 else "error" if severity < 20 else "critical"
            msg = ""  # the text is on the next line (`continues`)
        return ParsedFields(msg, m.group("ts"), level, logger=logger, attributes=attributes or None)

    def continues(
        self, line: str, opened: str | None = None, previous: str | None = None
    ) -> str | None:
        """The text of an error (`Login failed for user ...`) under its `Error: N, ...` line:
        the line from the same source at the same time. None for any other line."""
        head = _error_head(opened) if opened is not None else None
        if head is None:
            return None
        m = _match(line)
        if m is None or m.group("ts", "source") != head:
            return None
        return None if _ERROR.fullmatch(m.group("msg").rstrip()) else m.group("msg")


@lru_cache(maxsize=64)
def _error_head(line: str) -> tuple[str, str] | None:
    """(time, source) of an `Error: N, ...` line, None for any other line; cached, since every
    line after it asks while its event is open."""
    m = _match(line)
    if m is None or not _ERROR.fullmatch(m.group("msg").rstrip()):
        return None
    return m.group("ts", "source")


def _match(line: str) -> re.Match[str] | None:
    if len(line) < 24 or line[22:23] != " " or not line[:4].isdigit():
        return None
    m = _LINE.match(line)
    if m is None:
        return None
    # The source is padded to its column: `INFO msg` after such a time is someone else's log.
    return m if m.start("msg") - m.start("source") >= SOURCE_WIDTH else None


FORMAT = MssqlFormat()
