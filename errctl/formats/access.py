"""Web server access logs: the NCSA common and combined formats that nginx and Apache write,
`ip ident user [time] "request" status bytes ["referer" "user-agent"] [extra fields]`.

Apache's `vhost_combined` (the virtual host, and its port, first: `www.example.com:443 203.0.113.5
- - [...] ...`) is read too, the host and port as attributes. Express's morgan writes its `dev`,
`tiny` and `short` layouts (`GET /api/orders/42 500 3.210 ms - 45`) with no time; Amazon S3's
server access log has its bucket and operation around the request; Squid's native access.log
(`1764244800.123    532 10.0.0.1 TCP_MISS/503 1234 GET http://example.com/api - HIER_DIRECT/...`)
its epoch time first and its result code beside the status; InfluxDB 1.x's after the
component's name (`[httpd] 172.17.0.1 - - [...] "POST /write?db=x HTTP/1.1" 204 ...`: the
logger); uWSGI's request log
(`[pid: 8|app: 0|req: 1/1] 10.0.0.1 () {...} [time] GET /x => generated ... (HTTP/1.1 200) ...`)
has its own order; Django's development server (`runserver`) writes the time and the request
alone (`[01/May/2024 12:00:01] "GET / HTTP/1.1" 200 96`): all are read too, as the same requests.
Python's http.server (and the dev server) write their other notes in the same head
(`127.0.0.1 - - [04/Dec/2026 05:48:24] code 404, message File not found`): read as events of
their own, mined as messages are.

Django also writes a failed response's record (`django.request`, message alone on stderr in its
default logging) among those lines: `Not Found: /favicon.ico`, `Internal Server Error:
/api/orders/42` and the traceback under it, `Forbidden (CSRF cookie not set.): /login`. It is
read here, where the requests are, with the level Django logs it at (from the reason phrase: a
5xx an error, a 4xx a warning) and the route in its template; `continues` gives it its traceback,
which a request's line never takes.

Owns `AccessFormat` and the module instance `FORMAT` (name "access"). The message is the request
line followed by the status (`GET /api/v1/products/4 HTTP/1.1 200`); the level follows the status
(5xx error, 4xx warning, else info); the parts of the request go to attributes. An S3 line's
error code (`404 NoSuchKey`) follows its status in the message and template, since it names the
problem, and its bucket is the service. Its template is S3's operation rather than the route
(`REST.GET.OBJECT 404 NoSuchKey`): the path of a request to S3 is an object's key, data a bucket
holds by the million, not an endpoint of an application; the operation is the API call.

The event's template is the request's route, not a mined guess: an HTTP path names an endpoint,
and `GET /api/v1/orders/<*>` failing is a different problem from `GET /healthz` failing, while
generic masking would turn every multi-segment path into one variable and merge them all
(`route_template`, the way APM tools name transactions). The route is also kept as the `route`
attribute, so `--where`-style filters and rules can use it.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from functools import lru_cache
from http import HTTPStatus

from errctl.formats.base import number
from errctl.formats.levels import normalize_level
from errctl.formats.multiline import continues_trace
from errctl.formats.request_columns import bar_columns, chi_request
from errctl.models import ParsedFields

_Q = r'"([^"\\]*(?:\\.[^"\\]*)*)"'  # unrolled: far faster than an alternation per char
# Apache's `vhost_combined` (`%v:%p %h %l %u %t ...`, what Debian's and Ubuntu's default
# `other_vhosts_access.log` holds) puts the virtual host, with or without its port, before the
# client. Some `LogFormat`s pad the ident and user with more blanks (`10.1.10.51 -  -  [...]`).
# The ident never opens with a quote, so a quoted user (`- "jane doe" [`) is not read as
# `vhost client ident user`. A vhost never ends with a colon: `INFO: 10.0.3.12 - - [...]` is
# a request line that java.util.logging's SimpleFormatter wrote under its header (Vert.x's
# LoggerHandler), the level its prefix, no virtual host named `INFO:`.
_ACCESS_TAIL = (
    r"(?P<ip>[^\s\[\]\"]+) +(?P<ident>[^\s\"]\S*) +"
    r"(?P<user>\S+|\"[^\"]*\") +\[(?P<time>[^\]]+)\] "
    + _Q.replace("(", "(?P<req>", 1)
    + r" (?P<status>\d{3}) (?P<bytes>\d+|-)"
    + r"(?: "
    + _Q.replace("(", "(?P<ref>", 1)
    + r" "
    + _Q.replace("(", "(?P<ua>", 1)
    + r")?(?P<extra>(?: .*)?)\Z"
)
_ACCESS = re.compile(r"(?:(?P<vhost>[^\s\[\]\"]*[^\s\[\]\":]) )?" + _ACCESS_TAIL, re.S)
# `_ACCESS` where the line has no room for a virtual host (`_may_have_vhost`): the same groups,
# the vhost's never taking part. The optional vhost is tried first and fails on every common
# line, which was half the time of the match.
_ACCESS_NO_VHOST = re.compile(r"(?P<vhost>(?!x)x)?" + _ACCESS_TAIL, re.S)
# Express's morgan middleware, in its three predefined layouts that are not Apache's own
# (`combined` and `common` are): `dev` and `tiny` begin with the method, `short` with the
# client's address; none has a time (a container runtime's envelope may give one).
_MS = r"(?P<ms>\d{1,9}(?:\.\d{1,9})?|-) ms"
_MORGAN = (
    re.compile(
        rf"(?P<method>[A-Z]{{3,7}}) (?P<target>\S+) (?P<status>\d{{3}}) {_MS} - (?P<bytes>\d+|-)\Z"
    ),
    re.compile(
        rf"(?P<method>[A-Z]{{3,7}}) (?P<target>\S+) (?P<status>\d{{3}}) (?P<bytes>\d+|-) - {_MS}\Z"
    ),
    re.compile(
        rf"(?P<ip>[^\s\[\]\"]+) (?P<user>\S+) (?P<method>[A-Z]{{3,7}}) (?P<target>\S+)"
        rf" (?P<protocol>HTTP/[\d.]{{1,5}}) (?P<status>\d{{3}}) (?P<bytes>\d+|-) - {_MS}\Z"
    ),
)
# Amazon S3's server access log (AWS's "Amazon S3 server access log format"): the bucket owner's
# canonical id and the bucket before the time, S3's own columns around the request line.
_S3 = re.compile(
    r"(?P<owner>[0-9a-f]{64}) (?P<bucket>[^\s\[\]\"]+) \[(?P<time>[^\]]+)\] (?P<ip>\S+)"
    r" (?P<requester>\S+) (?P<request_id>\S+) (?P<operation>[A-Z0-9]+\.[A-Z0-9_.]+) (?P<key>\S+) "
    + _Q.replace("(", "(?P<req>", 1)
    + r" (?P<status>\d{3}|-) (?P<error>\S+) (?P<bytes>\d+|-) (?P<size>\d+|-)"
    r" (?P<total>\d+|-) (?P<turnaround>\d+|-) "
    + _Q.replace("(", "(?P<ref>", 1)
    + r" "
    + _Q.replace("(", "(?P<ua>", 1)
    + r"(?: (?P<rest>.*))?\Z",
    re.S,
)
# The columns after the user agent, in AWS's order (newer logs have more of them).
_S3_REST = (
    "version_id",
    "host_id",
    "signature_version",
    "cipher_suite",
    "authentication_type",
    "host_header",
    "tls_version",
    "access_point_arn",
    "acl_required",
    "source_region",
)
# uWSGI's request log in its default layout (`log-format` unset), what Python apps served by
# uWSGI write one line per request; `via sendfile()` (or route(), offload()) when uWSGI sent
# the body itself.
_UWSGI = re.compile(
    r"\[pid: (?P<pid>\d+)\|app: -?\d+\|req: -?\d+/\d+\] (?P<ip>\S+) \((?P<user>[^()]*)\)"
    r" \{\d+ vars in \d+ bytes\} \[(?P<time>[^\]]+)\] (?P<method>[A-Z]+) (?P<target>\S+)"
    r" => generated (?P<bytes>\d+) bytes in (?P<took>\d+) (?P<unit>msecs|micros)"
    r"(?: via \w+\(\))? \((?P<protocol>[^\s()]+) (?P<status>\d{3})\)"
)
# Django's development server (`manage.py runserver`, what many Django containers run): the
# `django.server` logger's default `[{server_time}] {message}`, its message http.server's
# `"request line" status size`, with no client: `[01/May/2024 12:00:01] "GET / HTTP/1.1" 200 96`.
# Squid's native access.log (`logformat squid`, its default): `%ts.%03tu %6tr %>a %Ss/%03>Hs
# %<st %rm %ru %[un %Sh/%<a %mt`: the time in epoch seconds, the milliseconds taken, the client,
# Squid's result code and the status, the bytes, the method, the URL, the user, how it was
# fetched (`HIER_DIRECT/93.184.216.34`) and the content type.
# oauth2-proxy's request and auth logs (their default `--request-logging-format` and
# `--auth-logging-format`): the client, the request's id (since 7.0), the user and the time;
# then the host, the method, the upstream, the URI and the user agent quoted as Go's %q does,
# the status, the size and the duration; or the auth event's status and its message.
_OAUTH2_PROXY = re.compile(
    r"(?P<ip>[^\s\[\]\"]{1,200})(?: - (?P<rid>[^\s\[\]]{1,100}))? - (?P<user>[^\s\[\]]{1,320}) "
    r"\[(?P<time>\d{4}/\d\d/\d\d \d\d:\d\d:\d\d)\] (?:"
    r"(?P<host>\S{1,300}) (?P<method>[A-Z]{3,7}) "
    r"(?P<upstream>\S{1,1000}) \"(?P<uri>(?:[^\"\\]|\\.){0,8192})\" (?P<proto>[A-Z]+/[\d.]{1,5}) "
    r"\"(?P<ua>(?:[^\"\\]|\\.){0,4096})\" (?P<status>[1-5]\d\d) (?P<bytes>\d{1,15}) "
    r"(?P<duration>\d{1,9}\.\d{1,9})\Z"
    r"|(?P<auth>\[Auth(?P<outcome>Success|Failure|Error)\] .*))",
    re.S,
)
_AUTH_LEVELS = {"Success": "info", "Failure": "warning", "Error": "error"}
_SQUID = re.compile(
    r"(?P<time>\d{9,10}\.\d{3}) +(?P<elapsed>\d{1,10}) (?P<ip>[^\s/]{1,64}) "
    r"(?P<code>[A-Z_]{1,64})/(?P<status>\d{3}) (?P<bytes>\d{1,15}) (?P<method>[A-Za-z_-]{1,32}) "
    r"(?P<url>\S{1,8192}) (?P<user>\S{1,256}) (?P<hier>[A-Z_]{1,64})/(?P<peer>\S{1,256}) "
    r"(?P<type>\S{1,256})\Z"
)
_RUNSERVER = re.compile(
    r"\[(?P<time>\d\d/[A-Z][a-z]{2}/\d{4} \d\d:\d\d:\d\d)\] "
    + _Q.replace("(", "(?P<req>", 1)
    + r" (?P<status>\d{3}) (?P<bytes>\d+|-)\Z"
)
# Python's http.server writes its other notes in its access line's head (`log_message`'s
# `client - - [time] text`, the time `log_date_time_string`'s, without a zone): `send_error`'s
# `code 404, message File not found`, or any text a handler logs. Django's runserver writes
# `send_error`'s note under its own `[time]` alone, as it writes its requests.
_SERVER_TIME = r"\[(?P<time>\d\d/[A-Z][a-z]{2}/\d{4} \d\d:\d\d:\d\d)\] "
_SERVER_NOTE = re.compile(
    r"(?P<ip>[^\s\[\]\"]{1,256}) - - " + _SERVER_TIME + r"(?P<text>[^\s\"].*)\Z", re.S
)
_RUNSERVER_NOTE = re.compile(_SERVER_TIME + r"(?P<text>code \d{3}, message .*)\Z", re.S)
_SEND_ERROR = re.compile(r"code (?P<status>[1-5]\d\d), message ")
# An access record's columns after another logger's header (GNU Mailman's REST server logs
# http.server's `'%s - - %s' % (client, '"request line" status size')` under its own `date (pid)`;
# a Python app's access logger under its `time LEVEL`): the client, ident and user, perhaps the
# time in brackets, the quoted request, the status and size, then whatever a layout adds. Or the
# client and the time alone (aiohttp's default, `%a %t "%r" %s %b "%{Referer}i" ...`), or the
# client, the user and the time (Helidon's AccessLog, `%h %u %t %r %s %b %D`).
# (actix-web's Logger writes no ident, user or time: `%a "%r" %s %b "%{Referer}i" ...`.)
_HEADED_REQUEST = re.compile(
    r"(?P<ip>[^\s\[\]\"]{1,256}) "
    r"(?:(?P<ident>[^\s\"\[]\S{0,255}) (?P<user>[^\s\"]\S{0,255}|\"[^\"]{0,256}\") "
    r"(?:\[(?P<time>[^\]]{1,64})\] )?"
    r"|(?:(?P<lone_user>[^\s\"\[]\S{0,255}) )?\[(?P<bare_time>[^\]]{1,64})\] )?"
    + _Q.replace("(", "(?P<req>", 1)
    # The bytes sent, or sent and received (SOGo's `1815/487`).
    + r" (?P<status>\d{3}) (?P<bytes>\d{1,15}(?:/\d{1,15})?|-)(?: .*)?\Z",
    re.S,
)
# A record of columns parted by bars after the time, three of them side by side the method, the
# target and the status (JFrog Artifactory's request log: `time|trace id|client|user|GET|/path|
# 200|request bytes|response bytes|ms|user agent`).
_BAR_REQUEST = re.compile(
    r"\|(?P<method>GET|HEAD|POST|PUT|DELETE|OPTIONS|PATCH)\|(?P<target>/[^|\s]{0,2048})"
    r"\|(?P<status>[1-5]\d\d)\|"
)
# The reason phrases of the error statuses, as Django takes them from the standard library (the
# names Python 3.13 changed, in both spellings): `django.utils.log.log_response` writes
# `{reason_phrase}: {path}`, or `{reason} ({detail}): {path}` for a CSRF or method refusal.
_ERROR_REASONS = {
    **{status.phrase: int(status) for status in HTTPStatus if status >= 400},
    "Request Entity Too Large": 413,
    "Request-URI Too Long": 414,
    "Requested Range Not Satisfiable": 416,
    "Unprocessable Entity": 422,
    "Content Too Large": 413,
    "URI Too Long": 414,
    "Range Not Satisfiable": 416,
    "Unprocessable Content": 422,
}
_REASON_FIRST = frozenset(reason[0] for reason in _ERROR_REASONS)
_HEAD_CHARS = frozenset("0123456789abcdefABCDEF:")
# The bracketed name of the component that logged a request, before the request's line.
_COMPONENT = re.compile(r"\[(?P<component>[A-Za-z][\w.-]{0,31})\] (?=[^\s\[])")
VARIABLE = "<*>"
# A path segment splits into words at these; each word is judged alone, so `cart_8Xk2pQ` keeps
# `cart_` and `app.67258e9c.js` keeps `app.` and `.js`. A colon too: an API's custom method
# after the resource's id (Google's AIP-136, gRPC gateways, HashiCorp Boundary:
# `/v1/targets/ttcp_1a2b3c4d5e:authorize-session`) is the route's, not part of the id.
_WORD_SPLIT = re.compile(r"([-_.~,;+:]+)")
_RUN_OF_VARIABLES = re.compile(r"<\*>(?:[-_.~,;+:]+<\*>)+")
_HEX_LETTERS = frozenset("abcdefABCDEF")
# Names that end in one digit are names: an API version (`v1`), `oauth2`, `s3`, `ipv6`, `HTTP2`,
# a second version of an endpoint (`checkout2`, `endpoint2`); one case only, since ids mix cases
# (`tmnMDbo0`). Random ids are rarely a run of lower-case letters and one digit (about 1 in
# 3,000 of 8 characters: `test_random_ids_rarely_pass_for_names`).
_NAME_WITH_DIGIT = re.compile(r"[vV]\d{1,2}|[a-z]{1,12}\d|[A-Z]{1,6}\d")
# How names are cased: lower, UPPER, Capitalised, camelCase or PascalCase with words of two
# letters or more. Random ids mix cases any way (`BLaHhpnx`, `pAtxboYl`).
_NAME_CASING = re.compile(r"[a-z]+|[A-Z]+|[A-Z]?[a-z]{2,}(?:[A-Z][a-z]{2,})*")
# Five consonants in a row: rare in words (`strengths`), common in random letters (`qxvvhsp`).
# An `h` after `c`, `s`, `t`, `p`, `g` or `w` spells one sound with it and is not counted:
# `healthcheck` is a word (`lthch` is three sounds), and the commonest endpoint there is.
_CONSONANT_RUN = re.compile(r"(?:[b-df-hj-np-tv-xz](?<![cstpgw]h)){5}", re.IGNORECASE)
_HEX_DIGITS = frozenset("0123456789abcdefABCDEF")
_LONG_WORD = 32


def _is_variable_word(word: str) -> bool:
    """An id, a number, a hash or a token rather than a name: judged from the word alone, so the
    same route gets the same template in every batch and every run."""
    if not word:
        return False
    if len(word) > _LONG_WORD:
        return True
    # (The character tests run in C: `issuperset` and `map` rather than generator
    # expressions, which cost more than the rest of the function on an id's segment.)
    if len(word) >= 6 and _HEX_DIGITS.issuperset(word) and not word.isalpha():
        return True  # a short hash (`bfaeaef5`), even where it ends like a name
    if any(map(str.isdigit, word)) and not _NAME_WITH_DIGIT.fullmatch(word):
        return True
    if not word.isascii() or "=" in word:
        return True  # raw bytes, base64 padding: never a route's own name
    if len(word) >= 8 and _HEX_LETTERS.issuperset(word):
        return True  # a hash that happens to have no digit
    # Random letters: ids of random letters are mostly cased or spelt like no name is. (One
    # in a hundred random 8-character ids still passes for a name: its own group.)
    letters = word.rstrip("0123456789")
    if letters.isalpha() and not _NAME_CASING.fullmatch(letters):
        return True
    return _CONSONANT_RUN.search(word) is not None


_CACHED_SEGMENT_CHARS = 64
"""Segments up to this long have their template cached: routes repeat their names (`api`, `v1`,
`orders`) on every line, and judging each word costs more than the parse of the line. Longer
segments (ids, tokens, hostile input) are judged every time, so the cache stays small."""


def _segment_template(segment: str) -> str:
    if len(segment) <= _CACHED_SEGMENT_CHARS:
        return _cached_segment_template(segment)
    return _judge_segment(segment)


# An API's version with its minor number (`/v2.1/servers`, `/v2.0/networks`, OpenStack's and
# many REST APIs' roots) is a name, as `v1` is; three parts (`/v1.2.3/`) are a release's.
_API_VERSION = re.compile(r"[vV]\d{1,2}\.\d{1,2}")


# A UUID, whole: split at its hyphens, a group of hex letters alone (`-bdfe-`, about one UUID
# in twenty has one) read as a name and made its own route.
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def _judge_segment(segment: str) -> str:
    if _API_VERSION.fullmatch(segment):
        return segment
    if len(segment) == 36 and _UUID.fullmatch(segment):
        return VARIABLE
    if "%" in segment or "@" in segment:
        return VARIABLE  # encoded bytes or an e-mail address: a value, whole
    parts = _WORD_SPLIT.split(segment)
    for i in range(0, len(parts), 2):  # even indexes are words, odd ones separators
        if _is_variable_word(parts[i]):
            parts[i] = VARIABLE
    return _RUN_OF_VARIABLES.sub(VARIABLE, "".join(parts))


_cached_segment_template = lru_cache(maxsize=16_384)(_judge_segment)


def route_template(path: str, query: str | None = None) -> str:
    """`/api/v1/cart/cart_8Xk2pQ/items?page=3&q=x` -> `/api/v1/cart/cart_<*>/items?page=<*>&q=<*>`:
    words that look like values become `<*>`; query keys stay and their values never do."""
    # _segment_template inlined: a route has several segments and this runs once per line.
    cached, limit = _cached_segment_template, _CACHED_SEGMENT_CHARS
    route = "/".join([cached(s) if len(s) <= limit else _judge_segment(s) for s in path.split("/")])
    if query is None:
        return route
    params = []
    for pair in query.split("&"):
        key, eq, _value = pair.partition("=")
        params.append(f"{_segment_template(key)}={VARIABLE}" if eq else _segment_template(key))
    return f"{route}?{'&'.join(params)}"


_TOKEN = re.compile(r"\"([^\"]*)\"|(\S+)")


def log_tokens(text: str) -> list[str]:
    """The columns of a proxy's log line after its fixed head: blank-separated, a quoted one
    whole and without its quotes (`0 91 "curl/8.4.0" -` -> `0`, `91`, `curl/8.4.0`, `-`)."""
    return [quoted or bare for quoted, bare in _TOKEN.findall(text)]


def target_route(target: str) -> str:
    """The route of a request target as logged, `/orders/42?x=1` -> `/orders/<*>?x=<*>`."""
    path, sep, query = target.partition("?")
    return route_template(path, query if sep else None)


_CACHED_TARGET_CHARS = 256
"""Request targets up to this long have their route cached: a site's busiest requests repeat
whole (`/healthz`, `/api/v1/auth/login`: more than half the requests of a busy access log), and
`route_template` is pure, so a repeated target skips the split and the segments' lookups."""
_cached_target_route = lru_cache(maxsize=16_384)(target_route)

_ABSOLUTE_SCHEMES = ("http://", "https://")


def url_route(url: str) -> tuple[str, str | None]:
    """The route of an absolute URL, its site kept (`http://shop.example/api/orders/7` ->
    `http://shop.example/api/orders/<*>`), and its host; a target with no scheme (a CONNECT's
    `host:443`) is its own route. A proxy's or a cache's requests go to every site, and `/` of
    one is not `/` of another."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        return url, None
    host, slash, target = rest.partition("/")
    return f"{scheme}://{host}{target_route(slash + target) if slash else ''}", host


def request_template(request: str, suffix: str, attributes: dict[str, object]) -> str | None:
    """The template of a request line `METHOD /path?query PROTOCOL` (or without its protocol,
    as morgan's `dev` and `tiny` write it) and what follows it in a proxy's log (`suffix`: the
    status, and whatever else names the problem), with its method, path, route, protocol and
    query added to `attributes`; None for any other request line (a TCP session's `- - -`, a
    malformed request). The protocol is no part of the template: `GET /x 200` whichever HTTP
    version asked."""
    parts = request.split(" ")
    if len(parts) not in (2, 3):
        return None
    method, target = parts[0], parts[1]
    if target.startswith("/"):
        route = target_route(target)
    elif target.startswith(_ABSOLUTE_SCHEMES):
        # Varnish's varnishncsa and a forward proxy log the whole URL (`GET http://...`): the
        # path is kept as logged, as an access line's is.
        route = url_route(target)[0]
    else:
        return None
    path, sep, query = target.partition("?")
    attributes.update(method=method, path=path, route=route)
    if len(parts) == 3:
        attributes["protocol"] = parts[2]  # an attribute: a route's requests over HTTP/1.1
        # and HTTP/2 (a browser's and a health check's) are one group
    if sep:
        attributes["query"] = query
    return f"{method} {route}{suffix}"


def is_request(fields: ParsedFields) -> bool:
    """Whether `fields` are a web request's record, its method and status read (whatever
    layout wrote it: an access log's, uvicorn's `INFO:     ip - "GET / HTTP/1.1" 200 OK`,
    logfmt's `method=GET ... status=502`): one line, as every access logger writes it."""
    attrs = fields.attributes
    return bool(attrs) and "method" in attrs and "status" in attrs  # type: ignore[operator]


def status_level(status: int) -> str:
    """An HTTP status's level: a server's error, a client's, or fine."""
    return "error" if status >= 500 else "warning" if status >= 400 else "info"


def request_record(
    request: str, status_s: str, time: str | None, attrs: dict[str, object]
) -> ParsedFields:
    """The event of a request line and its status, as the access layouts without a body of
    their own write one (morgan, uWSGI, Django's runserver): named by its route and status,
    at its status's level, the request's parts added to `attrs`."""
    template = request_template(request, f" {status_s}", attrs)
    return ParsedFields(
        f"{request} {status_s}",
        time,
        status_level(int(status_s)),
        None,
        None,
        None,
        None,
        None,
        attrs,
        template,
    )


def headed_request(message: str) -> ParsedFields | None:
    """The request record of a message that holds an access log's columns after another
    logger's header (`_HEADED_REQUEST`): named by its route and status, at its status's level,
    as an access log's line is; None for any other message. Its time is the bracketed one,
    if any: the header's, when it has one, is the event's (`generic._headed`)."""
    if message[:1] == "|" and (bar := _BAR_REQUEST.search(message, 0, 2048)) is not None:
        return _whole_request(message, bar)
    if message.count("|", 0, 400) >= 3 and (columns := bar_columns(message[:4096])) is not None:
        return _column_request(message, *columns)  # Go frameworks' padded columns
    if message[:14] == "HTTP Request: ":
        return _client_request(message)
    if message.find("-", 0, 80) >= 0 and (koa := _KOA_AFTER_ID.match(message)) is not None:
        # koa-logger's line, under another logger's header
        record = _koa(message[koa.end() :])
        return record if record is not None and record.template is not None else None
    if message.find(" responded ", 0, 8300) > 0 and (served := _RESPONDED.search(message)):
        return _whole_request(message, served)
    if message[36:38] == ": " and (diagd := _REQUEST_ID_CLIENT.match(message)) is not None:
        return _whole_request(message, diagd)
    if message.find(" (scheme=", 0, 400) > 0 and (bento := _BENTOML_ACCESS.match(message)):
        return _whole_request(message, bento)
    if message[3:4] == " " and (first := _STATUS_FIRST.match(message)) is not None:
        return _whole_request(message, first)
    if message[3:5] == "  " and (padded := _PADDED_STATUS_FIRST.match(message)) is not None:
        return _whole_request(message, padded)
    if message[:1] == '"' and (quoted := _QUOTED_REQUEST_FIRST.match(message)) is not None:
        return _whole_request(message, quoted)
    if message.find(": ", 3, 48) > 0 and (ktor := _CALL_LOGGING.match(message)) is not None:
        if ktor["status"] is None:  # `Unhandled: GET - /x`: no response was made
            request = _incoming_request(f"{ktor['method']} {ktor['target']}")
            return None if request is None else dataclasses.replace(request, message=message)
        return _whole_request(message, ktor)
    if message.find(" - [", 0, 64) > 0 and (gin := _GIN_QUOTED.match(message)) is not None:
        return _whole_request(message, gin)
    if message[:6] == "http: " and (timed := _TIMED_THEN_STATUS.match(message)) is not None:
        return _whole_request(message, timed)
    if message[-3:] == "ms)" and (joplin := _PARENTHESIZED_STATUS.match(message)) is not None:
        return _whole_request(message, joplin)
    if message[:1] in _STATUS_INITIALS and (trilium := _STATUS_BYTES_TOOK.match(message)):
        record = _whole_request(message, trilium)
        if record is not None and trilium["slow"] and record.template is not None:
            # A statement of its own in Trilium's source, the slow request's warning.
            return dataclasses.replace(record, template=f"Slow {record.template}")
        return record
    if message[:1].isdigit() and (version := _CLIENT_VERSION_REQUEST.match(message)):
        # Rauthy's request log: the client, the HTTP version, the request and the user agent,
        # no status (it is written as the request comes in).
        request = _incoming_request(f"{version['method']} {version['target']}")
        if request is None:
            return None
        attrs = {**(request.attributes or {}), "client_ip": version["client"]}
        attrs["user_agent"] = version["agent"]
        return dataclasses.replace(request, message=message, attributes=attrs)
    if message[:1] in _METHOD_INITIALS:
        if message.endswith(")", 0, -4) and (timed := _TIMED_THEN_STATUS.match(message)):
            return _whole_request(message, timed)
        if (lead := _LEADING_REQUEST.match(message)) is not None:
            return _whole_request(message, lead)
        if (took := _TOOK_AND_RETURNED.match(message)) is not None:
            return _whole_request(message, took)
        if _BARE_REQUEST.fullmatch(message) is not None:
            return _incoming_request(message)
    if message[:1] == '"':
        if message.find('" from ', 8, 4200) > 0 and (chi := chi_request(message)) is not None:
            return _column_request(message, *chi)
        if (quoted := _QUOTED_STATUS_TIME.match(message)) is not None:
            return _whole_request(message, quoted)
        if (django := _QUOTED_STATUS_SIZE.match(message)) is not None:
            return _whole_request(message, django)
        return _with_quoted_client(message, headed_request)
    # (Hypercorn's `%(r)s` ends with the bare version, `"GET /orders/1 1.1"`, after the time.)
    if '" ' not in message or ("HTTP/" not in message and '] "' not in message):
        return _status_beside_request(message)
    m = _HEADED_REQUEST.match(message)
    if m is None:
        if ' - "' in message and (uvicorn := _uvicorn_bare(message)) is not None:
            return uvicorn
        return _status_beside_request(message)
    status_s = m["status"]
    attrs: dict[str, object] = {"client_ip": m["ip"], "status": int(status_s)}
    named = m["user"] or m["lone_user"]
    if named is not None and (user := _dash(named.strip('"'))) is not None:
        attrs["user"] = user
    if m["bytes"] != "-":
        sent, _, received = m["bytes"].partition("/")
        attrs["bytes"] = number(sent)
        if received:
            attrs["bytes_received"] = number(received)
    fields = request_record(m["req"], status_s, m["time"] or m["bare_time"], attrs)
    return fields if fields.template is not None else None


# A request logger of the application's own, under its logger's header: the method, the
# path and the status first, then what the middleware adds (size, time, user agent, client),
# as NestJS's and Express's hand-written middlewares and morgan's `dev` and `tiny` write it.
_LEADING_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS")
_LEADING_METHOD = "(?:" + "|".join(_LEADING_METHODS) + ")"
_METHOD_INITIALS = frozenset(m[0] for m in _LEADING_METHODS)
_LEADING_REQUEST = re.compile(
    rf"(?P<method>{_LEADING_METHOD}) (?P<target>/\S{{0,4096}}) (?P<status>[1-5]\d\d)(?= |\Z)"
)
# ... or with how long it took between them, as Play's documented LoggingFilter writes it
# (`GET /products/12 took 17ms and returned 200`), and filters modelled on it.
_TOOK_AND_RETURNED = re.compile(
    rf"(?P<method>{_LEADING_METHOD}) (?P<target>/\S{{0,4096}}) took \d[\d.]{{0,15}} ?(?:ms|s|µs)"
    r" and returned (?P<status>[1-5]\d\d)\Z"
)
# ... or with how long it took before the status, in parentheses, as Strapi's request logger
# writes it under npm's `http` level (`http: GET /api/articles?populate=* (23 ms) 200`).
_TIMED_THEN_STATUS = re.compile(
    rf"(?:http: )?(?P<method>{_LEADING_METHOD}) (?P<target>/\S{{0,4096}})"
    r" \(\d[\d.]{0,15} ?(?:ms|s|µs)\) (?P<status>[1-5]\d\d)\Z"
)
# ... or the status and its phrase first, as Ktor's CallLogging writes each call (`200 OK: GET -
# /api/orders/7 in 15ms`, `302 Found: GET - /old -> /new`; `Unhandled: GET - /x` where no
# route answered).
_CALL_LOGGING = re.compile(
    rf"(?:(?P<status>[1-5]\d\d) [A-Z][\w '-]{{0,40}}|Unhandled): (?P<method>{_LEADING_METHOD})"
    r" - (?P<target>/\S{0,8191})(?: in \d{1,9}ms)?(?: -> \S{1,4096})?\Z"
)
# ... or a request as it comes in, before any status (Rocket's `[request][INFO] GET /api/sync`,
# a middleware's `POST /orders HTTP/1.1`): its method and target alone.
_BARE_REQUEST = re.compile(rf"{_LEADING_METHOD} /\S{{0,4096}}(?: HTTP/[\d.]{{1,5}})?")
# The client's address, the HTTP version, the method and target, the user agent quoted:
# `203.0.113.14 HTTP/1.1 POST /auth/v1/oidc/session "Mozilla/5.0 ..."` (Rauthy's).
_CLIENT_VERSION_REQUEST = re.compile(
    r"(?P<client>\d{1,3}(?:\.\d{1,3}){3}|[0-9a-fA-F:]{2,39}) HTTP/[\d.]{1,3} "
    r"(?P<method>[A-Z]{3,7}) (?P<target>/\S{0,4096}) \"(?P<agent>[^\"\n]{0,1024})\"\Z"
)


# The status first, then the request, its client in parentheses and how long it took, as a Go
# duration: NSQ's HTTP API (`%d %s %s (%s) %s`: `200 GET /ping (10.0.3.1:40549) 897.542µs`),
# and Tornado's access log (`%d %s %.2fms`, the request summary `GET /x (10.0.4.35)`).
# ... or the request in quotes, then the status and how long it took, as Ghost's request log
# (@tryghost/logging: `"GET /a-post/" 200 22ms`).
_QUOTED_STATUS_TIME = re.compile(
    rf'"(?P<method>{_LEADING_METHOD}) (?P<target>/[^"\s]{{0,4096}})" (?P<status>[1-5]\d\d)'
    r" \d[\d.]{0,15} ?(?:ms|s|µs)\Z"
)
# ... or the request line in quotes, the status and the size, as Django's `django.server` logger
# writes each request under the application's own header (`"GET /health/ HTTP/1.1" 200 16`).
_QUOTED_STATUS_SIZE = re.compile(
    rf'"(?P<method>{_LEADING_METHOD}) (?P<target>/[^"\s]{{0,8192}}) HTTP/[\d.]{{1,5}}" '
    r"(?P<status>[1-5]\d\d) (?:\d{1,15}|-)\Z"
)
# BentoML's access log under its `[LEVEL]`, after the component that served it, if any: the
# client (`_` for a runner's), the request's and the response's attributes in parentheses, how
# long it took, the trace's ids (`[api_server:1] 10.42.2.41:53985 (scheme=http,method=POST,
# path=/is_fraud,type=application/json,length=226) (status=200,type=application/json,length=62)
# 13.153ms (trace=...,span=...,sampled=0,service.name=fraud_detection)`).
_BENTOML_ACCESS = re.compile(
    r"(?:\[[^\]\s]{1,128}\] )?\S{1,262} \(scheme=\w{1,16},"
    rf"method=(?P<method>{_LEADING_METHOD}),path=(?P<target>/[^,\s]{{0,8192}}),[^()\n]{{0,1024}}\)"
    r" \(status=(?P<status>[1-5]\d\d)[,)]"
)
# ... or after the request's id and the client, the request in quotes, how long it took, the
# status and how it went, as Emissary's diagd writes each request it served (`4ABABB46-7FB5-
# 470B-AADC-253FC4B6C8F5: 10.42.5.23 "GET /metrics" 15ms 200 success`).
_REQUEST_ID_CLIENT = re.compile(
    rf'[0-9A-Fa-f-]{{36}}: \S{{1,262}} "(?P<method>{_LEADING_METHOD}) '
    r'(?P<target>/[^"\s]{0,8192})" \d{1,9}ms (?P<status>[1-5]\d\d) \w{1,32}\Z'
)
# ... or the request in quotes first, its status and how long it took after it (WriteFreely's
# `"GET /alice/" 200 4.189426ms "user agent"`, Go's log under it).
_QUOTED_REQUEST_FIRST = re.compile(
    rf'"(?P<method>{_LEADING_METHOD}) (?P<target>/[^"\s]{{0,8192}})(?: HTTP/[\d.]{{1,3}})?" '
    r"(?P<status>[1-5]\d\d) \d[\d.]{0,23}(?:ns|µs|us|ms|s)\b"
)
# ... or the status and how long it took each in parentheses after the request, under the
# logger's name (Joplin Server's `App: GET /api/ping (200) (2ms)`).
_PARENTHESIZED_STATUS = re.compile(
    rf"(?:[A-Z][A-Za-z]{{1,31}}: )?(?P<method>{_LEADING_METHOD}) (?P<target>/\S{{0,8191}}) "
    r"\((?P<status>[1-5]\d\d)\) \(\d{1,9}ms\)\Z"
)
# ... or the status first, then the request, the size of the response and how long it took,
# `Slow ` before it when that was long, a statement of its own (Trilium's `200 GET
# /api/notes/x/blob with 30885 bytes took 1ms`).
_STATUS_BYTES_TOOK = re.compile(
    rf"(?P<slow>Slow )?(?P<status>[1-5]\d\d) (?P<method>{_LEADING_METHOD}) "
    r"(?P<target>/\S{0,8191}) "
    r"with \d{1,15} bytes took \d{1,9}ms\Z"
)
_STATUS_INITIALS = frozenset("12345S")
_STATUS_FIRST = re.compile(
    rf"(?P<status>[1-5]\d\d) (?P<method>{_LEADING_METHOD}) (?P<target>/\S{{0,8191}}) "
    r"\([^()\s]{0,512}\) \d[\d.]{0,23}(?:ns|µs|us|ms|s|m|h)(?:[\d.]{1,24}(?:ms|s|m))*\Z"
)

# bunrouter's request log (its reqlog middleware: Uptrace's, a Go service's on bunrouter), after
# the `[bunrouter]` prefix and time generic reads: the status, the duration, the method and the
# path in padded columns, then the handler's error after a tab, if any (`404      3.551ms   GET
#      /api/dashboards/12 \t  *errors.errorString: sql: no rows in result set `).
_PADDED_STATUS_FIRST = re.compile(
    rf"(?P<status>[1-5]\d\d) +\d[\d.]{{0,23}}(?:ns|µs|us|ms|s|m|h)(?:[\d.]{{1,24}}(?:ms|s|m))* +"
    rf"(?P<method>{_LEADING_METHOD}) +(?P<target>/[^\s]{{0,8191}})(?: *\t[^\n]{{0,8192}})?\Z"
)


# Serilog.AspNetCore's request logging, the default message template of .NET's most common
# request logger (`HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000}
# ms`: Kavita's, Jellyfin's plugins', any ASP.NET Core service's with `UseSerilogRequestLogging`).
_RESPONDED = re.compile(
    rf"(?<!\S)HTTP (?P<method>{_LEADING_METHOD}) (?P<target>/\S{{0,8191}}) responded "
    r"(?P<status>[1-5]\d\d) in \d[\d.]{0,15} ms\Z"
)
# ... and wherever a request line in quotes stands right after its status, amid a layout's
# other columns (Synapse's `Processed request: 0.233sec/... 6926B 200 "GET /_matrix/... HTTP/1.1"
# "agent" [13 dbevts]`, a client and a status before it: `- [172.19.0.1:37542] 200 "GET /x
# HTTP/1.1"`): a request's record, whatever its layout writes around it. A status written
# apart from the request (an error's text quoting one) makes none.
_STATUS_BESIDE_REQUEST = re.compile(
    rf'(?<![\w.])(?P<status>[1-5]\d\d) "(?P<method>{_LEADING_METHOD}) (?P<target>/[^"\s]{{0,8191}})'
    r' HTTP/[\d.]{1,3}"'
)


def _status_beside_request(message: str) -> ParsedFields | None:
    """The request record of a message with a status right before a request line in quotes
    (`_STATUS_BESIDE_REQUEST`), or None."""
    if ' "' not in message or "HTTP/" not in message:
        return None
    beside = _STATUS_BESIDE_REQUEST.search(message, 0, 8300)
    return None if beside is None else _whole_request(message, beside)


# CrowdSec's local API (gin with its own formatter): the client, the RFC 1123 time in brackets,
# then in one pair of quotes the request, its protocol, status and latency, the user agent in
# quotes of its own and the error (`127.0.0.1 - [Tue, 04 Jun 2024 06:00:18 UTC] "GET
# /v1/decisions/stream HTTP/1.1 200 671.687µs "crowdsec-firewall-bouncer/v0.0.28" "`).
_GIN_QUOTED = re.compile(
    r'[^\s"]{1,64} - \[[^\]\n]{1,64}\] "(?P<method>[A-Z]{3,10}) (?P<target>/\S{0,8191}) '
    r'HTTP/[\d.]{1,3} (?P<status>[1-5]\d\d) \S{1,32} "[^"\n]{0,2048}" [^"\n]{0,4096}"\Z'
)


def opens_with_request(message: str) -> bool:
    """Whether `message` may open with a request's method and path (a cheap test before
    `headed_request`, for a caller that asks it only of likely messages): first, after its
    status (Tornado's `200 GET /api/kernels (172.18.0.1) 2.83ms`) or after npm's `http`
    level (Strapi's)."""
    if message[3:4] == " " and message[:3].isdigit():
        message = message[4:]
    elif message[:6] == "http: ":
        message = message[6:]
    return message[:1] in _METHOD_INITIALS and message.find(" /", 3, 9) > 0  # (to OPTIONS)


def _incoming_request(message: str) -> ParsedFields | None:
    """The record of a request as it comes in (`_BARE_REQUEST`): named by its method and
    route, at the header's level (no status says more)."""
    attrs: dict[str, object] = {}
    template = request_template(message, "", attrs)
    if template is None:
        return None
    return ParsedFields(message, None, None, attributes=attrs, template=template)


_STAND_IN_CLIENT = "0"


def _with_quoted_client(
    line: str, read: Callable[[str], ParsedFields | None]
) -> ParsedFields | None:
    """The request record of an access line whose client is quoted, as Twisted's
    `combinedLogFormatter` writes it (`"127.0.0.1" - - [time] "GET / HTTP/1.1" 200 ...`; the
    proxied form's X-Forwarded-For list, `"10.0.0.1, 10.0.0.2"`): `read` reads the line with a
    stand-in client, which the quoted one then replaces; None for any other line."""
    end = line.find('" ', 1, 600)
    if end < 2:
        return None
    client = line[1:end]
    fields = read(_STAND_IN_CLIENT + line[end + 1 :])
    if fields is None or fields.attributes is None:
        return None
    if fields.attributes.get("client_ip") != _STAND_IN_CLIENT:
        return None
    fields.attributes["client_ip"] = _dash(client)
    return fields


def under_header(fields: ParsedFields, request: ParsedFields) -> ParsedFields:
    """`fields`, a record another logger's header opens, as the request its message holds
    (`headed_request`): named by its route and status, at its status's level where the
    header's says less (a 5xx under `INFO`), at its bracketed time where the header has none
    (Python's basicConfig, `INFO:aiohttp.access:...`); the header's time, pid and logger stay."""
    level = fields.level
    # (A request as it comes in has no status, and no level: the header's stays.)
    if request.level is not None and (
        level is None or (request.level != "info" and normalize_level(level) == "info")
    ):
        level = request.level
    return dataclasses.replace(
        fields,
        message=request.message,
        timestamp=fields.timestamp or request.timestamp,
        level=level,
        attributes={**(fields.attributes or {}), **(request.attributes or {})},
        template=request.template,
    )


def _whole_request(message: str, m: re.Match[str]) -> ParsedFields | None:
    """The request record of a message whose `method`, `target` and `status` `m` found
    (columns parted by bars, `_BAR_REQUEST`; a request and status first, `_LEADING_REQUEST`):
    named by its route and status, the message kept whole (the rest is the layout's own)."""
    status_s = m["status"]
    attrs: dict[str, object] = {"status": int(status_s)}
    fields = request_record(f"{m['method']} {m['target']}", status_s, None, attrs)
    if fields.template is None:
        return None
    return dataclasses.replace(fields, message=message)


# httpx's client log (and so the OpenAI and Anthropic SDKs' and many an API client's): `HTTP
# Request: %s %s "%s %d %s"`, the method, URL, protocol, status and reason, at INFO whatever
# the status.
_CLIENT_REQUEST = re.compile(
    r"HTTP Request: (?P<method>[A-Z]{3,7}) (?P<url>\S{1,4096}) "
    r'"(?P<protocol>HTTP/[\d.]{1,3}) (?P<status>[1-5]\d\d)(?: [^"]{0,64})?"\Z'
)


def _client_request(message: str) -> ParsedFields | None:
    """The record of a request an HTTP client made (`_CLIENT_REQUEST`): named by its method,
    the URL's route (its site kept: a client calls many) and the status, so a 429 or a 502 of
    an API is not one group with its 200s, at the status's level."""
    m = _CLIENT_REQUEST.match(message)
    if m is None:
        return None
    attrs: dict[str, object] = {"status": int(m["status"])}
    fields = request_record(f"{m['method']} {m['url']} {m['protocol']}", m["status"], None, attrs)
    if fields.template is None:
        return None
    return dataclasses.replace(fields, message=message, template="HTTP Request: " + fields.template)


def _column_request(
    message: str, request: str, status_s: str, attrs: dict[str, object]
) -> ParsedFields | None:
    """The request record of a Go framework's request line (`request_columns`): named by its
    route and status, the line kept whole as the message (its duration and client in it)."""
    client = attrs.get("client_ip")
    if type(client) is str:
        attrs["client_ip"] = without_port(client)
    vhost = attrs.pop("vhost", None)
    if type(vhost) is str:
        virtual_host(vhost, attrs)
    fields = request_record(request, status_s, None, attrs)
    if fields.template is None:
        return None
    return dataclasses.replace(fields, message=message)


def _may_have_vhost(line: str) -> bool:
    """Whether `_ACCESS` could read `line` with a virtual host first. Its vhost, client and ident
    are the line's first three words (a vhost and a client hold no blank, and blanks alone
    part them), and its user the fourth: so the fourth word opens a quoted user, or the
    fifth opens the time's bracket. A line with the time fourth (`ip - - [time]`) has no vhost."""
    words = line.split(None, 4)
    return len(words) == 5 and (words[3][:1] == '"' or words[4][:1] == "[")


def _dash(value: str | None) -> str | None:
    return None if value is None or value == "-" or value == "" else value


class AccessFormat:
    name = "access"
    continues_own = True  # `continues` extends only an event this format opened
    multiline = True
    one_line = True  # a request per line: an unread line after one is its own event

    def parse(self, line: str) -> ParsedFields | None:
        # Clients are IPv4/IPv6 addresses almost always; hostnames (HostnameLookups) start
        # with a letter, so accept those too but only after the cheap '[' check.
        if not line:
            return None
        c = line[0]
        if c == '"':
            return _with_quoted_client(line, self.parse)
        if line[3:4] == " " and line[:3] in _KOA_ARROWS:
            return _koa(line)
        if c not in _HEAD_CHARS and not c.isalpha():
            if c != "[":
                return None
            if line[1:2].isdigit():
                return _runserver(line)
            return _uwsgi(line) if line[1:2] == "p" else self._component(line)
        if c in _REASON_FIRST and line.find(": /", 0, 300) > 0:
            fields = _django_request(line)
            if fields is not None:
                return fields
        if line[10:11] == "." and line[:10].isdigit():  # epoch seconds, not an address
            return _squid(line)
        if " [" not in line:
            if line.endswith(" ms") or " ms - " in line:
                return _morgan(line)
            if line[3:4] == " " and (first := _STATUS_FIRST.match(line)) is not None:
                # Tornado's access line with no formatter's header (`404 GET /media/x.jpg
                # (10.0.4.35) 1.40ms`: Streamlit's output), NSQ's HTTP API's message
                return _whole_request(line, first)
            return _uvicorn_bare(line) if ' - "' in line else None
        # The request is quoted right after the time (`] "GET ...`): a line without that pair
        # (a log4j header's `INFO  [thread] logger - msg`) cannot be one, and the regex would
        # try every split of its first words before saying so.
        if '] "' not in line:
            m = None
        elif _may_have_vhost(line):
            m = _ACCESS.match(line)
        else:
            m = _ACCESS_NO_VHOST.match(line)
        if m is None:
            if line[64:65] == " " and (s3 := _s3(line)) is not None:
                return s3
            if '" HTTP/' in line or "] [Auth" in line:
                return _oauth2_proxy(line)
            return _server_note(_SERVER_NOTE.match(line))
        # One groups() call instead of a group() call per field.
        vhost, ip, _ident, user, time, request, status_s, bytes_s, ref, ua, extra = m.groups()
        status = int(status_s)
        method = path = query = protocol = None
        parts = request.split(" ")
        if len(parts) == 3 or len(parts) == 2:
            method = parts[0]
            target = parts[1]
            protocol = parts[2] if len(parts) == 3 else None
            path, sep, q = target.partition("?")
            query = q if sep else None
        template = route = None
        if path is not None and (path.startswith("/") or path.startswith(_ABSOLUTE_SCHEMES)):
            # (Varnish's varnishncsa logs the whole URL: its site stays in the route.)
            if path[0] != "/":
                route = url_route(target)[0]
            elif len(target) <= _CACHED_TARGET_CHARS:
                route = _cached_target_route(target)  # route_template(path, query), cached
            else:
                route = route_template(path, query)
            # The method, route and status, one line (the protocol an attribute:
            # `request_template`).
            template = f"{method} {route} {status_s}"
            if "\n" in template:
                template = template.replace("\n", " ")
        attrs = {
            "client_ip": ip,
            "user": _dash(user),
            "method": method,
            "path": path,
            "route": route,
            "query": query,
            "protocol": protocol,
            "status": status,
            "bytes": None if bytes_s == "-" else number(bytes_s),
            "referer": _dash(ref),
            "user_agent": _dash(ua),
        }
        if extra:
            attrs["extra"] = extra.strip()
        if vhost is not None:
            virtual_host(vhost, attrs)
        level = status_level(status)
        # Positional (message, timestamp, level, service, host, logger, trace id, exception,
        # attributes, template): once per access line, and keywords cost twice as much.
        return ParsedFields(
            f"{request} {status_s}", time, level, None, None, None, None, None, attrs, template
        )

    def _component(self, line: str) -> ParsedFields | None:
        """A request's line after the name of the component that logged it (InfluxDB 1.x's
        `[httpd] 172.17.0.1 - - [21/Mar/2023:10:00:00 +0000] "POST /write?db=x HTTP/1.1" 204
        ...`, its other services' lines `[tsm1] ...` beside it): the name is the logger."""
        m = _COMPONENT.match(line)
        if m is None:
            return None
        fields = self.parse(line[m.end() :])
        if fields is None:
            return None
        fields.logger = m["component"]
        return fields

    def continues(self, line: str, opened: str | None, previous: str | None = None) -> str | None:
        """A line of the traceback under Django's record of a failed response (`Internal
        Server Error: /api/orders/42`), which a one-line record would not take."""
        if opened is None or previous is None or opened[:1] not in _REASON_FIRST:
            return None
        if not continues_trace(line, opened, previous):
            return None
        return line if _django_request(opened) is not None else None


def django_response(fields: ParsedFields) -> ParsedFields:
    """`fields` of a record whose message is Django's failed response (`Not Found: /x`, logged
    by `django.request` through an application's own formatter) with the template and the
    attributes its line among runserver's requests gets: one statement, one group, in either
    file. As they are for any other message."""
    message = fields.message
    if message[:1] not in _REASON_FIRST or message.find(": /", 0, 300) < 0:
        return fields
    response = _django_request(message)
    if response is None:
        return fields
    return dataclasses.replace(
        fields,
        level=fields.level or response.level,
        attributes={**(fields.attributes or {}), **(response.attributes or {})},
        template=response.template,
    )


def _django_request(line: str) -> ParsedFields | None:
    reason, _, path = line.partition(": /")
    path = "/" + path
    if " (" in reason:
        if not reason.endswith(")"):
            return None
        reason = reason[: reason.index(" (")]
    status = _ERROR_REASONS.get(reason)
    if status is None or " " in path or not path.isprintable():
        return None
    route = target_route(path)
    attributes: dict[str, object] = {"status": status, "path": path, "route": route}
    head = line[: -len(path)]
    return ParsedFields(
        line, None, status_level(status), None, None, "django.request", None, None, attributes,
        head + route,
    )  # fmt: skip


def _s3(line: str) -> ParsedFields | None:
    m = _S3.match(line)
    if m is None:
        return None
    g = m.groupdict()
    request, status_s, error = g["req"], g["status"], _dash(g["error"])
    bucket = g["bucket"]
    attrs: dict[str, object] = {
        "bucket": bucket,
        "bucket_owner": g["owner"],
        "client_ip": _dash(g["ip"]),
        "requester": _dash(g["requester"]),
        "request_id": _dash(g["request_id"]),
        "operation": g["operation"],
        "key": _dash(g["key"]),
    }
    for name, group in (
        ("status", "status"),
        ("error_code", "error"),
        ("bytes", "bytes"),
        ("object_size", "size"),
        ("total_time_ms", "total"),
        ("turnaround_time_ms", "turnaround"),
        ("referer", "ref"),
        ("user_agent", "ua"),
    ):
        value = _dash(g[group])
        if value is not None:
            attrs[name] = number(value) if value.isdigit() else value
    if g["rest"]:
        for name, value in zip(_S3_REST, log_tokens(g["rest"]), strict=False):
            if value != "-" and value != "":
                attrs[name] = value
    # The error code names the problem (`404 NoSuchKey`, `403 AccessDenied`), as Envoy's flags do.
    suffix = f" {status_s}" + (f" {error}" if error else "")
    template = f"{g['operation']}{suffix}"  # (the module's docstring: not the key's route)
    if request_template(request, suffix, attrs) is None or request == "-":  # (`route` too)
        # S3's own operations (a lifecycle rule's S3.EXPIRE.OBJECT) have no request line.
        message = f"{g['operation']} {g['key']}{suffix}"
    else:
        message = f"{request}{suffix}"
    status = attrs.get("status")
    level = status_level(status) if type(status) is int else "info"
    return ParsedFields(message, g["time"], level, bucket, None, None, None, None, attrs, template)


def _oauth2_proxy(line: str) -> ParsedFields | None:
    m = _OAUTH2_PROXY.match(line)
    if m is None:
        return None
    g = m.groupdict()
    if g["auth"] is not None:  # an auth event: what it says is its message
        attrs = {"client_ip": g["ip"], "request_id": _dash(g["rid"]), "user": _dash(g["user"])}
        return ParsedFields(
            g["auth"],
            g["time"],
            _AUTH_LEVELS[g["outcome"]],
            attributes={k: v for k, v in attrs.items() if v is not None},
        )
    status_s, uri = g["status"], g["uri"].replace('\\"', '"')
    attrs: dict[str, object] = {
        "client_ip": g["ip"],
        "request_id": _dash(g["rid"]),
        "user": _dash(g["user"]),
        "upstream": _dash(g["upstream"]),
        "protocol": g["proto"],
        "status": int(status_s),
        "bytes": int(g["bytes"]),
        "duration_s": float(g["duration"]),
        "user_agent": _dash(g["ua"]) or None,
    }
    virtual_host(g["host"], attrs)
    request = f"{g['method']} {uri}"
    template = request_template(request, f" {status_s}", attrs)
    return ParsedFields(
        f"{request} {status_s}",
        g["time"],
        status_level(int(status_s)),
        attributes={k: v for k, v in attrs.items() if v is not None},
        template=template,
    )


def _squid(line: str) -> ParsedFields | None:
    m = _SQUID.match(line)
    if m is None:
        return None
    g = m.groupdict()
    method, url, code, status_s = g["method"], g["url"], g["code"], g["status"]
    status = int(status_s)
    attrs: dict[str, object] = {
        "client_ip": g["ip"],
        "duration_ms": int(g["elapsed"]),
        "result_code": code,
        "status": status,
        "bytes": int(g["bytes"]),
        "method": method,
        "url": url,
        "user": _dash(g["user"]),
        "hierarchy": g["hier"],
        "peer": _dash(g["peer"]),
        "content_type": _dash(g["type"]),
    }
    # The result code names what Squid did (TCP_MISS, TCP_DENIED, TCP_TUNNEL), as S3's error
    # code does; the site stays in the route (`url_route`).
    route, host = url_route(url)
    if host is not None:
        attrs["host"] = host
    suffix = f" {code}/{status_s}"
    level = status_level(status) if status else "info"  # 000: no reply (an aborted request)
    return ParsedFields(
        f"{method} {url}{suffix}", g["time"], level, None, None, None, None, None, attrs,
        f"{method} {route}{suffix}",
    )  # fmt: skip


# uvicorn's access record without its logger's `INFO:     ` (gunicorn's UvicornWorker writes it
# to `--access-logfile` as the message alone): `127.0.0.1:46420 - "GET /orders/1 HTTP/1.1" 200`,
# the client's address and port, the request, the status.
# (Granian's access log writes the milliseconds taken after the status, under its bracketed
# time: `[2026-12-04 21:08:14 +0000] 127.0.0.1 - "GET /orders/1 HTTP/1.1" 200 1.428`.)
# (uvicorn's own access formatter writes the status's phrase after it, `200 OK`, as SGLang's
# server logs it under its `[time] INFO:     `.)
_UVICORN_BARE = re.compile(
    r"(?P<client>[^\s\"\[\]]{1,262}) - \"(?P<req>[A-Z]{3,10} [^\"\s]{1,8192} HTTP/[\d.]{1,5})\" "
    r"(?P<status>[1-5]\d\d)(?: (?P<ms>\d{1,9}\.\d{1,6})| [A-Z][A-Za-z' -]{1,40})?\Z"
)


def without_port(client: str) -> str:
    """`127.0.0.1:46420` -> `127.0.0.1`: a client's address as a server writes it with its
    port (uvicorn's, Sanic's); an address without one is itself."""
    address, _, port = client.rpartition(":")
    return address if address and port.isdigit() else client


def _uvicorn_bare(line: str) -> ParsedFields | None:
    m = _UVICORN_BARE.match(line)
    if m is None:
        return None
    attrs: dict[str, object] = {
        "client_ip": without_port(m["client"]),
        "status": int(m["status"]),
    }
    if m["ms"] is not None:
        attrs["duration_ms"] = float(m["ms"])
    fields = request_record(m["req"], m["status"], None, attrs)
    return fields if fields.template is not None else None


def _runserver(line: str) -> ParsedFields | None:
    m = _RUNSERVER.match(line)
    if m is None:
        return _server_note(_RUNSERVER_NOTE.match(line))
    time, request, status_s, bytes_s = m.groups()
    attrs: dict[str, object] = {"status": int(status_s)}
    if bytes_s != "-":
        attrs["bytes"] = number(bytes_s)
    return request_record(request, status_s, time, attrs)


def _server_note(m: re.Match[str] | None) -> ParsedFields | None:
    """A note http.server writes beside its requests (`_SERVER_NOTE`): its text the message,
    mined as any message is; `send_error`'s at its status's level, any other at none."""
    if m is None:
        return None
    text = m["text"]
    attrs: dict[str, object] = {}
    level = None
    if (sent := _SEND_ERROR.match(text)) is not None:
        status = int(sent["status"])
        attrs["status"] = status
        level = status_level(status)
    if "ip" in m.re.groupindex:
        attrs["client_ip"] = m["ip"]
    return ParsedFields(text, m["time"], level, None, None, None, None, None, attrs, None)


def _uwsgi(line: str) -> ParsedFields | None:
    if not line.startswith("[pid: "):
        return None
    m = _UWSGI.match(line)
    if m is None:
        return None
    g = m.groupdict()
    status_s = g["status"]
    status = int(status_s)
    attrs: dict[str, object] = {
        "pid": number(g["pid"]),
        "client_ip": g["ip"],
        "user": _dash(g["user"]),
        "status": status,
        "bytes": number(g["bytes"]),
    }
    took = number(g["took"])
    attrs["duration_ms"] = took / 1000 if g["unit"] == "micros" and type(took) is int else took
    request = f"{g['method']} {g['target']} {g['protocol']}"
    return request_record(request, status_s, g["time"], attrs)


def virtual_host(vhost: str, attrs: dict[str, object]) -> None:
    """`www.example.com:443` -> vhost and server_port (the name alone when Apache logs `%v`
    without `:%p`; an IPv6 address, colons and all, is a name)."""
    name, colon, port = vhost.rpartition(":")
    if colon and port.isdecimal() and len(port) <= 5 and ":" not in name:
        attrs["vhost"] = name
        attrs["server_port"] = int(port)
    else:
        attrs["vhost"] = vhost


def _morgan(line: str) -> ParsedFields | None:
    for layout in _MORGAN:
        m = layout.match(line)
        if m is not None:
            break
    else:
        return None
    groups = m.groupdict()
    method, target, status_s = groups["method"], groups["target"], groups["status"]
    status = int(status_s)
    attrs: dict[str, object] = {"status": status}
    if groups.get("ip") is not None:
        attrs["client_ip"] = groups["ip"]
        attrs["user"] = _dash(groups["user"])
    protocol = groups.get("protocol")
    request = f"{method} {target} {protocol}" if protocol else f"{method} {target}"
    if groups["bytes"] != "-":
        attrs["bytes"] = number(groups["bytes"])
    if groups["ms"] != "-":
        attrs["duration_ms"] = float(groups["ms"])
    return request_record(request, status_s, None, attrs)


# koa-logger's lines (Koa's request logger): `<-- GET /orders/1` as a request comes in, then
# `--> GET /orders/1 200 11ms 2b` when its response is done (`xxx` when the handler threw, `-x-`
# when the client went first), the time in seconds past ten, the size empty for a 204 or 304.
_KOA_ARROWS = frozenset(("<--", "-->", "xxx", "-x-"))
_KOA = re.compile(
    r"(?P<arrow><--|-->|xxx|-x-) (?P<method>[A-Z]{3,10}) (?P<target>\S{1,8192})"
    r"(?: (?P<status>[1-5]\d\d) (?P<time>\d{1,9})(?P<unit>ms|s)(?: (?P<bytes>\S{1,16}))?)? ?\Z"
)


# ... under another logger's header, after the application's request id (Logto's, in `docker
# logs -t`: `...Z Fn1pd06H5-ppU7qf   <-- GET /api/users/rc94mb0e51o0`) or koa-logger's blanks.
_KOA_AFTER_ID = re.compile(r" *(?:[\w-]{1,64} +)?(?=(?:<--|-->|xxx|-x-) [A-Z])")


def _koa(line: str) -> ParsedFields | None:
    m = _KOA.match(line)
    if m is None:
        return None
    request = f"{m['method']} {m['target']}"
    status_s = m["status"]
    if status_s is None:
        if m["arrow"] != "<--":
            return None
        # A request coming in: named by its route, as its response's line is by route and status.
        attrs: dict[str, object] = {}
        template = request_template(request, "", attrs)
        if template is not None:
            template = f"<-- {template}"
        return ParsedFields(line, None, None, attributes=attrs, template=template)
    attrs = {"status": int(status_s)}
    time = int(m["time"])
    attrs["duration_ms"] = float(time if m["unit"] == "ms" else time * 1000)
    if m["arrow"] == "-x-":
        attrs["closed_early"] = True
    size = m["bytes"]
    if size is not None and size != "-" and (n := _KOA_SIZE.fullmatch(size)) is not None:
        attrs["bytes"] = round(float(n["n"]) * _KOA_UNITS[n["unit"]])
    return request_record(request, status_s, None, attrs)


# The size as the `bytes` package writes it, lower-cased: `2b`, `1.5kb`, `12mb`.
_KOA_SIZE = re.compile(r"(?P<n>\d{1,15}(?:\.\d{1,2})?)(?P<unit>b|kb|mb|gb|tb)")
_KOA_UNITS = {"b": 1, "kb": 1024, "mb": 1024**2, "gb": 1024**3, "tb": 1024**4}


FORMAT = AccessFormat()
