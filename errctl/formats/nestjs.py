"""NestJS's ConsoleLogger, the logger every Nest application writes with unless it is replaced:

    [Nest] 1234  - 06/11/2024, 6:00:01 AM   ERROR [ExceptionsHandler] Charge failed +3ms

The application's name in brackets (`Nest` unless a prefix is set), the process id, the date as
`Date.prototype.toLocaleString` writes it in the process's locale (en-US by default: month
first, a 12-hour clock; a 24-hour clock elsewhere; since Node 18.13, whose ICU 72 follows
CLDR 42, a narrow no-break space, U+202F, before `AM`), the level right-aligned to seven characters
(`LOG`, `ERROR`, `WARN`, `DEBUG`, `VERBOSE`, `FATAL`), the context (the class or name the logger
was made for) in brackets, the message, and with `timestamp: true` the milliseconds since the
previous line. An error's stack follows on the lines below, which framing joins.

`nestjs(line)` gives the fields, or None for any other line: the generic format asks it for a
line that opens with a bracket and no time.
"""

from __future__ import annotations

import re

from errctl.formats.access import headed_request, under_header
from errctl.models import ParsedFields

_NESTJS = re.compile(
    r"\[(?P<app>[^\]\s]{1,64})\] (?P<pid>\d{1,10}) +- "
    r"(?P<month>\d{1,2})/(?P<day>\d{1,2})/(?P<year>\d{4}),? (?P<hour>\d{1,2}):(?P<clock>\d\d:\d\d)"
    r"(?:[ \u202f](?P<half>[AP]M))? +(?P<level>LOG|ERROR|WARN|DEBUG|VERBOSE|FATAL) "
    r"(?:\[(?P<context>[^\]\n]{1,256})\] )?"
)
# The milliseconds since the logger's previous line, after the message (`timestamp: true`).
_DELTA = re.compile(r" \+(\d{1,9})ms\Z")
# The name an application has unless it sets its own: no service's.
_DEFAULT_APP = "Nest"


def nestjs(line: str) -> ParsedFields | None:
    """The fields of a NestJS ConsoleLogger line, or None."""
    m = _NESTJS.match(line)
    if m is None:
        return None
    hour = int(m["hour"])
    if m["half"] is not None:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if m["half"] == "PM" else 0)
    stamp = f"{m['year']}-{int(m['month']):02d}-{int(m['day']):02d}T{hour:02d}:{m['clock']}"
    message = line[m.end() :]
    attrs: dict[str, object] = {"pid": int(m["pid"])}
    delta = _DELTA.search(message)
    if delta is not None:
        message = message[: delta.start()]
        attrs["delta_ms"] = int(delta.group(1))
    service = m["app"] if m["app"] != _DEFAULT_APP else None
    level, context = m["level"], m["context"]
    fields = ParsedFields(message, stamp, level, service, None, context, None, None, attrs)
    # A request middleware's line (`GET /api/cart 200 3607 - Mozilla/5.0 ...`) is a request.
    request = headed_request(message)
    return fields if request is None else under_header(fields, request)
