"""Structured access-log records: a JSON or logfmt record that describes one HTTP request.

Caddy's access log, Traefik's, pino-http's (`request completed`), Kong's, Cloud Logging's
`httpRequest`, ECS's `http.*` fields, Hasura's `detail.http_info`, Cloudflare Logpush's HTTP
requests (`ClientRequestMethod`, `ClientRequestURI`, `EdgeResponseStatus`), nginx's `log_format ...
escape=json`, a Go service's `method=GET path=/api status=502`: each request is a record whose
message is the same for every request (`handled request`, `request completed`) or empty, so mined
alone every request of every endpoint would be one group, a 502 beside a 200; and some write every
request at level info.

Owns `http_request` (the method, target and status of such a record's attributes, found under
the names these tools use) and `request_view` (what the event takes from them): the template is
the request's route and status, as for a text access log (`access.target_route`), the title is
the request line, an empty message becomes it, and the level is raised to what the status says
(5xx error, 4xx warning) when the record says less. Only where the record's message is an access
logger's (`GENERIC_MESSAGES`, or the request line itself): an application's message with the
request's fields beside it (`payment declined`) names its own problem and keeps it. A record
needs all three of method, target and status to count (the target may be the message itself:
authentik's `"event": "/api/v3/core/users/me/"`), but for one that says a request came in
before its answer (Ory's `started handling request`, Fastify's `incoming request`:
`request_start`), named by its words and the route.
"""

from __future__ import annotations

from typing import Any

from errctl.formats.access import status_level, target_route
from errctl.models import LEVELS

# Where each part is found, most specific first: a path of keys into nested objects (a dotted
# literal key, as flat ECS writes it, is tried too).
_METHOD_PATHS = (
    ("method",),
    ("request_method",),
    ("http_method",),
    ("httpMethod",),
    ("RequestMethod",),
    ("ClientRequestMethod",),  # Cloudflare Logpush
    ("request", "method"),
    ("req", "method"),
    ("httpRequest", "requestMethod"),
    ("http", "request", "method"),
    ("http", "method"),
    ("detail", "http_info", "method"),  # Hasura's http-log
    ("http_request", "method"),  # Ory's (Kratos, Hydra, Keto): `http_request` and `http_response`
)
_TARGET_PATHS = (
    ("uri",),
    ("URI",),  # RoadRunner's `http log`
    ("request_uri",),
    ("RequestPath",),
    ("ClientRequestURI",),  # Cloudflare Logpush: the path and query
    ("ClientRequestPath",),
    ("request_path",),
    ("path",),
    ("url",),
    ("request", "uri"),
    ("request", "url"),
    ("request", "path"),
    ("req", "url"),
    ("req", "path"),
    ("httpRequest", "requestUrl"),
    ("url", "original"),
    ("url", "path"),
    ("http", "path"),
    ("http", "url"),
    ("detail", "http_info", "url"),
    ("http_request", "path"),
    ("request",),  # Apache's `%U` in a JSON LogFormat, beside `%m` as `method`
)
_STATUS_PATHS = (
    ("status",),
    ("status_code",),
    ("statusCode",),
    ("http_status",),
    ("DownstreamStatus",),
    ("EdgeResponseStatus",),  # Cloudflare Logpush: what its edge answered the client
    ("response_code",),  # Envoy's and Istio's JSON access log (`%RESPONSE_CODE%`)
    ("response_status",),
    ("res", "statusCode"),
    ("response", "status"),
    ("resp", "status"),
    ("httpRequest", "status"),
    ("http", "response", "status_code"),
    ("http", "status_code"),
    ("http", "status"),
    ("detail", "http_info", "status"),
    ("http_response", "status"),
)
# Where a request record says why the request failed, when it does: the error of a request
# answered 200 with an error inside (GraphQL's way: Hasura's `operation.error`) or of a Go
# service's `method=POST path=/x status=500 error="..."` with no message of its own.
_ERROR_PATHS = (
    ("error",),
    ("err",),
    ("error", "message"),
    ("err", "message"),
    ("detail", "operation", "error", "error"),  # Hasura's http-log
)
ERROR_CHARS = 200
# A record with none of these top-level keys (nearly every application log) is no request:
# one set test rules it out.
REQUEST_ROOTS = frozenset(
    [p[0] for p in _METHOD_PATHS] + [".".join(p) for p in _METHOD_PATHS if len(p) > 1]
)
# The top-level keys a response's status is found under: a record that has one but no request
# (Fastify's `request completed`, whose request was logged apart as `incoming request`).
RESPONSE_ROOTS = frozenset(p[0] for p in _STATUS_PATHS)
RECORD_ROOTS = REQUEST_ROOTS | RESPONSE_ROOTS
_METHODS = frozenset(
    ("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "CONNECT", "TRACE")
)
_RANK = {level: i for i, level in enumerate(LEVELS)}
TITLE_TARGET_CHARS = 200


def _find(attrs: dict[str, Any], paths: tuple[tuple[str, ...], ...]) -> Any:
    for path in paths:
        value: Any = attrs.get(path[0])
        for key in path[1:]:
            value = value.get(key) if type(value) is dict else None
        if value is None and len(path) > 1:
            value = attrs.get(".".join(path))
        if (type(value) is str and value) or type(value) is int:  # not an object: go on
            return value
    return None


def http_request(attrs: dict[str, Any] | None, message: str = "") -> tuple[str, str, int] | None:
    """(method, target, status) when a record's attributes describe one HTTP request (the
    target may be the record's `message`: authentik's `"event": "/api/v3/core/users/me/"`
    beside `method` and `status`)."""
    if not attrs:
        return None
    request = _method_and_target(attrs, message)
    if request is None:
        return None
    status = response_status(attrs)
    return None if status is None else (*request, status)


def request_start(attrs: dict[str, Any] | None, message: str) -> tuple[str, str] | None:
    """(method, target) of a record that says a request came in, before its response
    (Ory's `started handling request`, Fastify's `incoming request`), else None."""
    if message.strip().lower().rstrip(".!") not in START_MESSAGES:
        return None
    return _method_and_target(attrs, message)


def _method_and_target(attrs: dict[str, Any] | None, message: str) -> tuple[str, str] | None:
    if not attrs or REQUEST_ROOTS.isdisjoint(attrs):
        return None
    # nginx's `$request` in a JSON log_format: the request line, `GET /path HTTP/1.1`.
    line_method, target = _request_line(attrs.get("request"))
    method = _find(attrs, _METHOD_PATHS) or line_method
    if type(method) is not str or method.upper() not in _METHODS:
        return None
    target = target or _find(attrs, _TARGET_PATHS)
    if target is None and message[:1] == "/" and " " not in message:
        target = message  # the message is the request's path
    if type(target) is not str:
        return None
    if not target.startswith("/"):
        scheme, sep, rest = target.partition("://")  # a whole URL: its path and query
        if not sep or not scheme.isalpha():
            return None
        slash = rest.find("/")
        target = rest[slash:] if slash >= 0 else "/"
    return method.upper(), target


def request_error(attrs: dict[str, Any]) -> str | None:
    """The first line of the error a request record carries (`_ERROR_PATHS`), else None."""
    error = _find(attrs, _ERROR_PATHS)
    if type(error) is not str:
        return None
    first = error.strip().split("\n", 1)[0].strip()
    return first[:ERROR_CHARS] or None


def response_status(attrs: dict[str, Any]) -> int | None:
    """The HTTP status a record's attributes hold, under the names access loggers use."""
    status = _find(attrs, _STATUS_PATHS)
    if type(status) is str and status.isdigit() and len(status) <= 3:
        status = int(status)  # (a longer run is no status, and past 4,300 digits int() raises)
    if type(status) is not int or not 100 <= status <= 599:
        return None
    return status


def _request_line(line: Any) -> tuple[str | None, str | None]:
    """(method, target) of an HTTP request line (`GET /path HTTP/1.1`), else (None, None)."""
    if type(line) is not str or len(line) > 16384:
        return None, None
    parts = line.split(" ")
    if len(parts) != 3 or not parts[2].startswith("HTTP/"):
        return None, None
    return parts[0], parts[1]


# What access loggers write as every request's message: the request is the event.
GENERIC_MESSAGES = frozenset(
    (
        "",
        "handled request",  # Caddy
        "request completed",  # pino-http
        "request errored",  # pino-http, a request that failed (its `err` beside)
        "request finished",
        "finished processing request",  # tower-http's TraceLayer (axum, tonic)
        "request handled",
        "completed request",
        "served request",
        "http request",
        "http log",  # RoadRunner's
        "request",
        "access",
        "access log",
        "access-log",  # oCIS's proxy
        "completed handling request",  # Ory's (Kratos, Hydra, Keto)
    )
)
# What servers write when a request comes in, before it is answered: such a record is named
# by its message and the request's route (`request_start_view`).
START_MESSAGES = frozenset(
    (
        "started handling request",  # Ory's
        "incoming request",  # Fastify's
        "request started",
        "started request",
        "received request",
    )
)


def request_view(
    request: tuple[str, str, int], message: str, level: str | None, template: str | None
) -> tuple[str, str | None, str, str | None] | None:
    """What the event of a request record takes: (message, level, title, template); None when
    its message says something of its own (`payment declined` with the request's fields
    beside it is that problem, not the route's). The record's own template stays when it has
    one; its level when it says more than the status."""
    method, target, status = request
    said = message.strip()
    if (
        said.lower().rstrip(".!") not in GENERIC_MESSAGES
        and not said.startswith(f"{method} /")
        and said != target
    ):
        return None
    line = f"{method} {target[:TITLE_TARGET_CHARS]} {status}"
    if template is None:
        template = f"{method} {target_route(target)} {status}"
    level = _level_for(status, level) or "info"
    return (said or line), level, line, template


def request_start_view(
    request: tuple[str, str], message: str, level: str | None, template: str | None
) -> tuple[str, str | None, str, str | None]:
    """What the event of a request's start record (`request_start`) takes: (message, level,
    title, template), named by what it says and the route, as its completion is by the route
    and status: a route's requests that start and never complete stand out beside the
    others'."""
    method, target = request
    said = message.strip()
    title = f"{said} {method} {target[:TITLE_TARGET_CHARS]}"
    if template is None:
        template = f"{said} {method} {target_route(target)}"
    return said, level, title, template


def _level_for(status: int, level: str | None) -> str | None:
    """The record's level, raised to what an error status says where it says less."""
    if status >= 400:
        by_status = status_level(status)
        if level is None or _RANK.get(level, 0) < _RANK[by_status]:
            return by_status
    return level


def response_view(
    status: int, message: str, level: str | None, template: str | None
) -> tuple[str, str | None, str, str | None] | None:
    """What the event of a response record without its request takes (Fastify logs the
    request as `incoming request` and its response apart, `request completed` with
    `res.statusCode`, at info whatever the status): (message, level, title, template) named
    by the access logger's message and the status, so a 502 is not one group with the 200s
    and is an error; None when the message says something of its own (`request_view`)."""
    said = message.strip()
    if not said or said.lower().rstrip(".!") not in GENERIC_MESSAGES:
        return None
    if template is None:
        template = f"{said} {status}"
    return said, _level_for(status, level), template, template
