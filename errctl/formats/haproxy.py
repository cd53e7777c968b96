"""HAProxy's traffic logs (`option httplog` and `option tcplog`), under a syslog header or alone
(`log stdout format raw` in a container):

    203.0.113.10:46533 [15/Nov/2024:00:00:02.123] fe_https~ be_api/api2 0/0/-1/-1/3001 503 212
    - - sC-- 2/2/1/0/3 0/0 "POST /api/orders HTTP/1.1"
    10.0.1.2:33313 [06/Feb/2009:12:12:51.443] fnt bck/srv1 0/0/5007 212 -- 0/0/0/0/3 0/0

(one line each). Owns `HaproxyFormat` and the module instance `FORMAT` (name "haproxy");
`syslog` reads these lines inside its messages with it. An HTTP request reads as an access
log line does (`access.py`): the route is the template, the level follows the status (5xx
error, 4xx warning); HAProxy's termination state (`sC--`: a server-side connect timeout,
`SC--`: the server refused or none was up) and the backend follow the status in both, since
they tell one failing backend, and one way of failing, from another. A server's name does not
(`<NOSRV>` and `api2` are one backend's problem). A TCP session is named by its frontend,
backend and termination state, its level by who ended it: the server side or HAProxy itself
(`S`, `s`, `P`, `R`, `I`, `D`, `U`, `K`) an error, the client (`C`, `c`) a warning. Timers,
connection counts and queues go to attributes. HAProxy's other lines (`Server be_api/api2 is
DOWN`) are not this format's: syslog keeps them as messages.
"""

from __future__ import annotations

import re

from errctl.formats.access import request_template, status_level
from errctl.formats.base import number
from errctl.formats.timestamps import MONTH_NUMBERS
from errctl.models import ParsedFields

_HEAD = (
    r"(?P<client>\S+):(?P<port>\d{1,5}) \[(?P<day>\d\d)/(?P<month>[A-Z][a-z]{2})/(?P<year>\d{4}):"
    r"(?P<clock>\d\d:\d\d:\d\d(?:\.\d{1,6})?)\] (?P<frontend>\S+) (?P<backend>[^/\s]+)/"
    r"(?P<server>\S+) "
)
_HTTP = re.compile(
    _HEAD + r"(?P<timers>-?\d+/-?\d+/-?\d+/-?\d+/\+?-?\d+) (?P<status>-1|\d{3}) "
    r"(?P<bytes>\+?\d+) (?P<req_cookie>\S+) (?P<resp_cookie>\S+) (?P<term>\S{4}) "
    r"(?P<conns>\d+/\d+/\d+/\d+/\+?\d+) (?P<queues>\d+/\d+)(?: (?P<headers>\{.*\}))? "
    r"\"(?P<req>[^\"]*)\"",
    re.S,
)
_TCP = re.compile(
    _HEAD + r"(?P<timers>-?\d+/-?\d+/\+?-?\d+) (?P<bytes>\+?\d+) (?P<term>\S{2}) "
    r"(?P<conns>\d+/\d+/\d+/\d+/\+?\d+) (?P<queues>\d+/\d+)",
    re.S,
)
_SERVER_SIDE = frozenset("SsPRIDUK")
_CLIENT_SIDE = frozenset("Cc")


class HaproxyFormat:
    name = "haproxy"
    multiline = True
    one_line = True  # a request per line: an unread line after one is its own event
    # The level is judged from the status and the termination state, none is written: under
    # syslog, the PRI's severity, when higher, is what HAProxy sent the line at (`syslog._inner`).
    level_from_outcome = True

    def parse(self, line: str) -> ParsedFields | None:
        if " [" not in line[:60] or not (line[:1].isdigit() or line[:1] in ":[abcdef"):
            return None
        m = _HTTP.fullmatch(line) or _TCP.fullmatch(line)
        if m is None:
            return None
        month = MONTH_NUMBERS.get(m.group("month"))
        if month is None:
            return None
        timestamp = f"{m.group('year')}-{month}-{m.group('day')}T{m.group('clock')}"
        frontend, backend, server, term = m.group("frontend", "backend", "server", "term")
        attributes: dict[str, object] = {
            "client_ip": m.group("client"),
            "client_port": int(m.group("port")),
            "frontend": frontend,
            "backend": backend,
            "server": server,
            "timers": m.group("timers"),
            "bytes": number(m.group("bytes").lstrip("+")),
            "termination_state": term,
            "connections": m.group("conns"),
            "queues": m.group("queues"),
        }
        if m.re is _TCP:
            message = f"{frontend} -> {backend}/{server} {term}"
            template = f"{frontend} -> {backend}/<*> {term}"
            return ParsedFields(
                message, timestamp, _session_level(term), attributes=attributes, template=template
            )
        if m.group("headers"):
            attributes["captured_headers"] = m.group("headers")
        status_s, request = m.group("status", "req")
        status = int(status_s)
        attributes["status"] = status
        # No response (-1): who ended the session says how bad.
        level = status_level(status) if status >= 0 else _session_level(term)
        suffix = f" {status_s} {term} via {backend}"
        template = request_template(request, suffix, attributes)
        return ParsedFields(
            f"{request}{suffix}/{server}",
            timestamp,
            level,
            attributes=attributes,
            template=template,
        )


def _session_level(term: str) -> str:
    if term[0] in _SERVER_SIDE:
        return "error"
    return "warning" if term[0] in _CLIENT_SIDE else "info"


FORMAT = HaproxyFormat()
