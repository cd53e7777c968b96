""".NET's console logger (Microsoft.Extensions.Logging's simple formatter), what an ASP.NET Core
service in a container writes by default:

    info: Microsoft.Hosting.Lifetime[14]
          Now listening on: http://localhost:5000
    fail: Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware[1]
          An unhandled exception has occurred while executing the request.
          System.InvalidOperationException: Sequence contains no elements
             at Acme.Orders.OrderService.Process(Int32 id) in /src/OrderService.cs:line 42

(`level: Category[EventId]`, the message on the lines below, indented; with `SingleLine` the
message follows on the same line; with a `TimestampFormat` a time comes first). Owns
`DotnetConsoleFormat` and the module instance `FORMAT` (name "dotnet"). The category is the
logger and the event id an attribute. A header whose message is on the lines below leaves it
to them: ingest takes an empty message from its first continuation lines.
"""

from __future__ import annotations

import re

from errctl.formats.timestamps import match_timestamp_prefix
from errctl.models import ParsedFields

_HEADER = re.compile(
    r"(?P<level>trce|dbug|info|warn|fail|crit): "
    r"(?P<category>[^\s\[\]]{1,512})\[(?P<id>-?\d{1,10})\](?: (?P<msg>.*))?",
    re.S,
)
_LEVELS = {
    "trce": "trace",
    "dbug": "debug",
    "info": "info",
    "warn": "warning",
    "fail": "error",
    "crit": "critical",
}
_FIRST = frozenset("tdiwfc")


class DotnetConsoleFormat:
    name = "dotnet"
    multiline = True

    def parse(self, line: str) -> ParsedFields | None:
        timestamp = None
        pos = 0
        if line[:1] not in _FIRST or line[4:6] != ": ":
            end = match_timestamp_prefix(line, 0)
            if end <= 0:
                return None
            timestamp = line[:end]
            pos = end + 1 if line[end : end + 1] == " " else end
        m = _HEADER.match(line, pos)
        if m is None:
            return None
        return ParsedFields(
            m.group("msg") or "",
            timestamp,
            _LEVELS[m.group("level")],
            logger=m.group("category"),
            attributes={"event_id": int(m.group("id"))},
        )


FORMAT = DotnetConsoleFormat()
