"""Heroku's log stream (`heroku logs`, a log drain): every line is `time source[dyno]: message`.

    2024-11-15T00:00:02.123456+00:00 heroku[router]: at=error code=H12 desc="Request timeout"
    method=POST path="/api/orders" host=shop.herokuapp.com ... dyno=web.2 status=503 bytes=0
    2024-11-15T00:00:03.123456+00:00 app[web.1]: Started GET "/api/orders?id=42"
    2024-11-15T00:00:04.123456+00:00 heroku[web.1]: Error R14 (Memory quota exceeded)

(one line each). Owns `HerokuFormat` and the module instance `FORMAT` (name "heroku"). The
dyno's process type is the service (`web.1` is `web`) and the dyno itself the host; the source
(`app`, `heroku`) is the logger. The router's lines are requests: an error is named by its
Heroku error code and description and the request's route (`H12 Request timeout: POST
/api/orders 503`), which masking would otherwise turn into one `code=<*>` for every kind of
failure; a request served is named as an access log line is. The platform's own lines about a
dyno are errors when they report one (`Error R14 ...`, a crash, an exit with a status other
than 0). What the application wrote (`app[...]`) is read with the formats that read an
application's line inside syslog, else kept as it is.

Logplex makes each line an application prints a line of its own, under its own time and dyno:
a multi-line record comes one line at a time. So a dyno's line without a header of its own goes
on the event its last record opened (`continues`) when it plainly belongs there: a trace's
frame or chain (Ruby's `\tfrom ...` under an uncaught error at boot), or a line with the open
record's tag (Rails' tagged logger writes an exception's report as one record over several
lines, `[request-id] ActionController::RoutingError (...):` under `FATAL -- : [request-id]`).
"""

from __future__ import annotations

import re

from errctl.formats import ruby
from errctl.formats.access import status_level, target_route
from errctl.formats.logfmt import split_pairs
from errctl.formats.multiline import continues_trace
from errctl.formats.syslog import application_line, wrapped
from errctl.models import ParsedFields

_LINE = re.compile(
    r"(?P<ts>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?(?:Z|[+-]\d\d:?\d\d)) "
    r"(?P<source>app|heroku)\[(?P<dyno>[\w.-]{1,64})\]: ?(?P<msg>.*)",
    re.S,
)
# A tagged logger's tag right after the level's `-- : ` (Ruby's Logger under Rails'
# TaggedLogging: the request's id).
_TAG = re.compile(r" -- [^:\n]{0,64}: (?P<tag>\[[^\[\]\n]{1,100}\])")
_CRASHED = re.compile(r"State changed from \w+ to crashed|Process exited with status [1-9]\d*")


class HerokuFormat:
    name = "heroku"
    multiline = True

    def __init__(self) -> None:
        # The open event's first line and what `_opened_head` read of it.
        self._opened: tuple[str, tuple[str, str, str | None] | None] | None = None

    def parse(self, line: str) -> ParsedFields | None:
        # `[` after the time: 20 characters (`...:01Z`) to 35 (nanoseconds and an offset).
        if len(line) < 26 or not line[:4].isdigit() or "[" not in line[20:48]:
            return None
        m = _LINE.match(line)
        if m is None:
            return None
        ts, source, dyno, msg = m.group("ts", "source", "dyno", "msg")
        service = dyno.partition(".")[0]
        host = dyno if "." in dyno else None
        if source == "app":
            inner = _app_line(msg)
            if inner is not None:
                return wrapped(inner, ts, None, service, host, {}, logger=source)
            return ParsedFields(msg, ts, None, service, host, source)
        if dyno == "router":
            routed = _router(msg, ts)
            if routed is not None:
                return routed
        level = "error" if msg.startswith("Error ") or _CRASHED.match(msg) else "info"
        return ParsedFields(msg, ts, level, service, host, source)

    def continues(self, line: str, opened: str | None, previous: str | None = None) -> str | None:
        """The message of `line` when it goes on the open event (the module's docstring): a
        line of the same dyno's application, with no header of its own, that continues the
        trace of the event or carries its record's tag; None otherwise."""
        if opened is None or previous is None or "app[" not in line[20:48]:
            return None
        m = _LINE.match(line)
        head = self._opened_head(opened)
        if m is None or head is None or m["source"] != "app" or m["dyno"] != head[0]:
            return None
        dyno, opened_msg, tag = head
        msg = m["msg"]
        if tag is None or not msg.startswith(tag):
            if previous == opened:
                before = opened_msg
            else:
                prev = _LINE.match(previous)
                if prev is None or prev["dyno"] != dyno:
                    return None
                before = prev["msg"]
            if not continues_trace(msg, opened_msg, before):
                return None
        # (Asked last: most lines are records of their own and fail the cheaper tests above.)
        return None if _app_line(msg) is not None else msg

    def _opened_head(self, opened: str) -> tuple[str, str, str | None] | None:
        """(dyno, message, the tag after its level, if any) of the open event's first line
        when an application wrote it, else None; kept for the lines that follow it."""
        cached = self._opened
        if cached is not None and cached[0] is opened:
            return cached[1]
        first = _LINE.match(opened)
        head = None
        if first is not None and first["source"] == "app":
            tag = _TAG.search(first["msg"], 0, 200)
            head = (first["dyno"], first["msg"], tag["tag"] if tag is not None else None)
        self._opened = (opened, head)
        return head


def _app_line(msg: str) -> ParsedFields | None:
    """The fields of an application's own line (Ruby's Logger, what a Rails app on Heroku
    writes: `I, [time #pid]  INFO -- : ...`, or a line syslog's applications write), or None."""
    if msg[1:4] == ", [":
        return ruby.FORMAT.parse(msg)
    return application_line(msg)


def _router(msg: str, ts: str) -> ParsedFields | None:
    """A router line: a request served, or a request Heroku failed with an H code."""
    split = split_pairs(msg)
    if split is None:
        return None
    pairs = split[0]
    method, path, status_s = pairs.get("method"), pairs.get("path"), pairs.get("status")
    if not (type(method) is str and type(path) is str and type(status_s) is str):
        return None
    status = int(status_s) if status_s.isdecimal() else None
    route = target_route(path) if path.startswith("/") else path
    request = f"{method} {path} {status_s}"
    template = f"{method} {route} {status_s}"
    code, desc = pairs.get("code"), pairs.get("desc")
    level = status_level(status) if status is not None else None
    if pairs.get("at") == "error" and type(code) is str:
        problem = f"{code} {desc}" if type(desc) is str else code
        request, template, level = f"{problem}: {request}", f"{problem}: {template}", "error"
    elif pairs.get("at") == "warning" and level == "info":
        level = "warning"
    attributes: dict[str, object] = {k: v for k, v in pairs.items() if k != "at"}
    attributes["route"] = route
    request_id = pairs.get("request_id")
    return ParsedFields(
        request,
        ts,
        level,
        "router",
        None,
        "heroku",
        request_id if type(request_id) is str else None,
        None,
        attributes,
        template,
    )


FORMAT = HerokuFormat()
