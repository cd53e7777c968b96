"""Sanic's own log layout (Sanic 23.6 and later: `sanic.logging.formatter.AutoFormatter`), what
every Sanic server writes unless its logging is configured otherwise:

    Main  2026-12-04 18:36:18 +0000 INFO: Goin' Fast @ http://127.0.0.1:8000
    Srv 0 2026-12-04 18:36:22 +0000 ERROR: Exception occurred while handling uri: '...'
    Main |2026-12-04 18:36:22 +0000 INFO: 127.0.0.1:37710 GET http://host/orders/1 200 10  0.3ms

The process's identifier first (`Main ` for the main process, `Srv N` for server worker N),
then the time (`%Y-%m-%d %H:%M:%S %z` in production, `%H:%M:%S` in debug mode), the level and a
colon. The access logger writes a bar instead of the blank after the identifier in production,
and its message is the client's address and port, the method and URL, the status, the body's
size and the time taken. Debug mode cuts a level's name to four letters (`WARN`, `CRIT`); on a
terminal the access level reads `ACCESS` (colours and cursor moves are removed before a line
is read).

`sanic(line)` gives the fields, or None for any other line: the generic format asks it for a
line that opens with `Main` or `Srv `.

Before 23.6, Sanic's default `LOGGING_CONFIG_DEFAULTS` wrote its own lines as `[%Y-%m-%d
%H:%M:%S %z] [pid] [LEVEL] message`, which the generic layout reads, and its access lines as
`%(asctime)s - (%(name)s)[%(levelname)s][%(host)s]: %(request)s %(message)s %(status)d
%(byte)d`, the message empty:

    [2024-06-07 06:02:34 +0000] - (sanic.access)[INFO][10.0.4.5:34388]: GET http://h/x  200 12

`legacy_access(line, pos, time)` reads such a line after its time (`pos`, where ` - (` starts).
"""

from __future__ import annotations

import re

from errctl.formats.access import request_record, under_header, virtual_host, without_port
from errctl.models import ParsedFields

_SANIC = re.compile(
    r"(?P<ident>Main |Srv ?\d{1,3})[ |]"
    r"(?P<time>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d [+-]\d{4}|\d\d:\d\d:\d\d) "
    r"(?P<level>DEBUG|INFO|WARNING|WARN|ERROR|CRITICAL|CRIT|ACCESS): "
)
# The access logger's message: `%(host)s %(request)s %(status)s %(byte)s%(duration)s`, the
# request `METHOD URL`, the duration ` 0.3ms` when the response was timed.
_ACCESS = re.compile(
    r"(?P<client>\S{1,262}) (?P<method>[A-Z]{3,10}) (?P<url>\S{1,8192}) (?P<status>[1-5]\d\d) "
    r"(?P<bytes>\d{1,15}|chunked)(?:  (?P<ms>\d{1,9}\.\d)ms)?\Z"
)
_LEVELS = {"WARN": "warning", "CRIT": "critical", "ACCESS": "info"}
# Before 23.6 (module doc): the logger, level and client after the time, then the request, the
# empty message, the status and the body's size (-1 when it had none).
_LEGACY_ACCESS = re.compile(
    r" - \((?P<logger>[\w.]{1,64})\)\[(?P<level>[A-Z]{3,8})\]\[(?P<client>[^\]\s]{1,262})\]: "
    r"(?P<method>[A-Z]{3,10}) (?P<url>\S{1,8192}) {1,2}(?P<status>[1-5]\d\d)"
    r" (?P<bytes>-?\d{1,15})\Z"
)


def sanic(line: str) -> ParsedFields | None:
    """The fields of a line of Sanic's layout, or None."""
    m = _SANIC.match(line)
    if m is None:
        return None
    level = m["level"]
    fields = ParsedFields(
        line[m.end() :],
        m["time"],
        _LEVELS.get(level, level),
        attributes={"process": m["ident"].rstrip()},
    )
    request = _access(fields.message)
    return fields if request is None else under_header(fields, request)


def legacy_access(line: str, pos: int, time: str) -> ParsedFields | None:
    """The fields of a pre-23.6 access line whose time ends at `pos` (module doc), or None."""
    m = _LEGACY_ACCESS.match(line, pos)
    if m is None:
        return None
    request = _request(m)
    if request is None:
        return None
    fields = ParsedFields(line[m.end("level") + 2 :], time, m["level"], logger=m["logger"])
    return under_header(fields, request)


def _access(message: str) -> ParsedFields | None:
    """The request record of an access line's message, or None for any other message (a
    dropped connection's has no response size: `DISCONNECTED`)."""
    a = _ACCESS.match(message)
    return None if a is None else _request(a)


def _request(a: re.Match[str]) -> ParsedFields | None:
    """The request record of an access line's `client`, `method`, `url`, `status`, `bytes`
    and (if any) `ms`."""
    attrs: dict[str, object] = {
        "client_ip": without_port(a["client"]),
        "status": int(a["status"]),
    }
    if a["bytes"].isdigit():
        attrs["bytes"] = int(a["bytes"])
    if (ms := a.groupdict().get("ms")) is not None:  # (the legacy layout times nothing)
        attrs["duration_ms"] = float(ms)
    # The URL is the server's own (its Host header's): the site is the request's virtual host,
    # not part of its route, so a route's requests under two names of one server are one group.
    target = a["url"]
    scheme, sep, rest = target.partition("://")
    if sep and scheme in ("http", "https", "ws", "wss"):
        host, slash, path = rest.partition("/")
        virtual_host(host, attrs)
        target = slash + path
    fields = request_record(f"{a['method']} {target}", a["status"], None, attrs)
    return fields if fields.template is not None else None
