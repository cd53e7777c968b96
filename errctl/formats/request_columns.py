"""Request lines as Go's web frameworks log them: columns parted by bars, or chi's sentence.

    [GIN] 2024/06/04 - 06:00:01 | 500 |   12.345678ms |       127.0.0.1 | POST     "/api/chat"
    06:00:02 | 404 |      1.2ms |  10.0.0.2 | GET     | /api/orders/12 | -
    [D] [router.go:1306]  |      127.0.0.1| 200 |  1.234ms|   match| GET      /api/orders/12
    "GET http://localhost:3333/api/orders/12 HTTP/1.1" from 127.0.0.1:52638 - 200 12B in 41.4µs

Gin's default logger, Fiber's, Beego's and chi's `middleware.Logger` write one such line per
request after their own header, which the format around them reads (generic's time, with a
`[GIN]` prefix; Beego's level and caller; Go's log date before chi's). Mined as text, every
request of every route and status is one group, a 500 beside a 200; read here, a request is
named by its method, route and status, as an access log's line is (`access.headed_request`
builds the record).

Owns `bar_columns` and `chi_request`: what they find in a header's message, as (request line,
status, attributes), or None for any other message. Pure, never raises.
"""

from __future__ import annotations

import re

_METHODS = frozenset(
    ("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH", "CONNECT", "TRACE")
)
_STATUS = re.compile(r"[1-5]\d\d")
# Go's time.Duration.String(): `1.234567ms`, `45µs` (or `45us`), `2.5s`, `1m2.5s`, `1h0m0s`.
_GO_DURATION = re.compile(
    r"(?:(?P<h>\d+)h)?(?:(?P<m>\d+)m(?!s))?(?:(?P<v>\d+(?:\.\d+)?)(?P<u>ns|µs|us|ms|s))?"
)
_UNIT_MS = {"ns": 1e-6, "µs": 1e-3, "us": 1e-3, "ms": 1.0, "s": 1e3}
_ADDRESS = re.compile(r"[0-9A-Fa-f:.]{2,45}")
_MIN_CELLS = 4
"""Columns a request line has at least (a status, a duration or a client, a method, a target,
in some order): fewer is a message that holds a bar or two, not a request's columns."""


def go_duration_ms(text: str) -> float | None:
    """Milliseconds in a Go duration as `time.Duration.String()` writes it (`1m2.5s`), or
    None for any other text."""
    m = _GO_DURATION.fullmatch(text)
    if m is None or not text:
        return None
    ms = 0.0
    if m["h"]:
        ms += int(m["h"]) * 3_600_000
    if m["m"]:
        ms += int(m["m"]) * 60_000
    if m["v"]:
        ms += float(m["v"]) * _UNIT_MS[m["u"]]
    return round(ms, 6)  # (to the nanosecond: `41.416µs` is 0.041416, not 0.04141599...)


def bar_columns(message: str) -> tuple[str, str, dict[str, object]] | None:
    """(request line, status, attributes) of a message of columns parted by bars and padded
    with blanks, one of them the status alone and one the method, its target after it in the
    same column (gin's `POST     "/api/chat"`, Go-quoted; Beego's `GET  /x   r:/x`) or the next
    (Fiber's `GET     | /api/orders`); a duration (`duration_ms`) and a client's address
    (`client_ip`) where a column is one. None for any other message."""
    cells = [cell.strip() for cell in message.split("|")]
    if len(cells) < _MIN_CELLS:
        return None
    status = request = None
    attrs: dict[str, object] = {}
    for i, cell in enumerate(cells):
        if status is None and _STATUS.fullmatch(cell):
            status = cell
            continue
        words = cell.split()
        if request is None and words and words[0] in _METHODS:
            target = words[1] if len(words) > 1 else cells[i + 1] if i + 1 < len(cells) else ""
            target = _unquoted(target.split(" ", 1)[0] if target else target)
            if not target.startswith(("/", "http://", "https://")):
                return None
            request = f"{words[0]} {target}"
            continue
        if "duration_ms" not in attrs and (ms := go_duration_ms(cell)) is not None:
            attrs["duration_ms"] = ms
        elif "client_ip" not in attrs and _ADDRESS.fullmatch(cell) and any(c in cell for c in ".:"):
            attrs["client_ip"] = cell
    if status is None or request is None or not attrs:
        return None
    attrs["status"] = int(status)
    return request, status, attrs


def _unquoted(target: str) -> str:
    """A target as Go's `%#v` quotes it (`"/api/chat"`), without its quotes; any other as it is."""
    if len(target) >= 2 and target[0] == '"' and target[-1] == '"':
        return target[1:-1].replace('\\"', '"').replace("\\\\", "\\")
    return target


# chi's middleware.Logger (`DefaultLogFormatter`), its colours off: `"%s %s://%s%s %s" from %s
# - %03d %dB in %s`.
_CHI = re.compile(
    r'"(?P<method>[A-Z]{3,7}) https?://(?P<host>[^/\s"]{1,256})(?P<target>/\S{0,4096}) '
    r'(?P<protocol>HTTP/[\d.]{1,3})" from (?P<client>\S{1,256}) '
    r"- (?P<status>[1-5]\d\d) (?P<bytes>\d{1,15})B in (?P<took>[\dhmsnuµ.]{2,32})\Z"
)


def chi_request(message: str) -> tuple[str, str, dict[str, object]] | None:
    """(request line, status, attributes) of chi's request line, or None. The URL it writes
    is rebuilt from the request's Host header: the host is the server's own name (attributes
    `vhost` and `server_port`), and the route the path's, as a server's access log has it."""
    m = _CHI.match(message)
    if m is None:
        return None
    attrs: dict[str, object] = {
        "client_ip": m["client"],  # with its port: `access` takes it off, as for uvicorn's
        "vhost": m["host"],  # `access.virtual_host` splits off its port
        "status": int(m["status"]),
        "bytes": int(m["bytes"]),
    }
    ms = go_duration_ms(m["took"])
    if ms is not None:
        attrs["duration_ms"] = ms
    return f"{m['method']} {m['target']} {m['protocol']}", m["status"], attrs
