"""Apache httpd's error log (2.4's default `ErrorLogFormat`, and 2.2's):

    [Sun Nov 29 10:42:44.909175 2026] [proxy:error] [pid 18413:tid 18417] (111)Connection
    refused: AH00957: http: attempt to connect to 127.0.0.1:18092 (127.0.0.1:18092) failed
    [Sun Nov 29 10:42:44.922374 2026] [core:info] [pid 18414:tid 18459] [client
    127.0.0.1:33504] AH00128: File does not exist: /tmp/ap/www/missing.html
    [Wed Oct 11 14:32:52 2000] [error] [client 127.0.0.1] client denied by server configuration

Owns `ApacheErrorFormat` and the module instance `FORMAT` (name "apache-error"). The module
that logged is the logger; the pid, thread, client and the referer Apache appends go to
attributes. The `AHnnnnn` code and the OS error (`(111)Connection refused`) stay in the
message, where they are read by people (the template masks the code like any identifier; the
words after it tell the errors apart).

Each record is one line: Apache escapes the control characters of what it logs (a newline in a
PHP message is written `\\n`), so a line with no header under a record is not the record's
text but another writer's: a CGI script's stderr, which mod_cgid hands to the log file as it
is (a Python traceback), or httpd's own stderr when a restart fails on its configuration
(`apache2: Syntax error on line 48 of ...`). Each is an event of its own (`one_line`).
"""

from __future__ import annotations

import re
from typing import Any

from errctl.models import ParsedFields

_HEADER = re.compile(
    r"\[(?P<ts>(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r" [ \d]\d \d\d:\d\d:\d\d(?:\.\d{1,6})? \d{4})\] "
    r"\[(?:(?P<module>[\w-]{1,64}):)?(?P<level>emerg|alert|crit|error|warn|notice|info|debug"
    r"|trace[1-8])\]"
    r"(?: \[pid (?P<pid>\d{1,10})(?::tid (?P<tid>\d{1,20}))?\])?"
    r"(?: \[(?:client|remote) (?P<client>[^\]\s]{1,300})\])? ?(?P<msg>.*)",
    re.S,
)
_REFERER = ", referer: "


class ApacheErrorFormat:
    name = "apache-error"
    multiline = True  # what other writers put between its records: a CGI's traceback
    # Apache writes a record on one line; a line with no header is another writer's event.
    one_line = True

    def parse(self, line: str) -> ParsedFields | None:
        if line[:1] != "[" or line[4:5] != " ":
            return None
        m = _HEADER.match(line)
        if m is None:
            return None
        attributes: dict[str, Any] = {}
        if m.group("pid"):
            attributes["pid"] = int(m.group("pid"))
        if m.group("tid"):
            attributes["tid"] = int(m.group("tid"))
        if m.group("client"):
            attributes["client"] = m.group("client")
        message = m.group("msg")
        k = message.rfind(_REFERER)
        if k >= 0 and " " not in message[k + len(_REFERER) :]:
            message, attributes["referer"] = message[:k], message[k + len(_REFERER) :]
        level = m.group("level")
        return ParsedFields(
            message,
            m.group("ts"),
            "trace" if level.startswith("trace") else level,
            logger=m.group("module"),
            attributes=attributes or None,
        )


FORMAT = ApacheErrorFormat()
