#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 300 (cherokee, ocelot, yarp, fabio, gobetween) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five reverse proxies and load balancers of one
company's shop, 06:00 to 12:00 UTC on 2024-06-07.

- Cherokee 1.2.104 (`web1.log`, `web2.log`: `docker logs` of two containers in front of a PHP
  shop, the error log written to stderr, `[07/06/2024 06:01:53.647] (error) handler_fcgi.c:115 -
  PHP message: PHP Warning:  Undefined variable ...`). render_human_error() writes the bogonow
  time, `(warning)` / `(error)`, `file.c:line - `, the error's title and, when the error has a
  description, ` | ` and the description and an empty line; cherokee_buffer_split_lines() then
  breaks every line wider than 80 columns at a blank and indents the rest by four spaces, so most
  events take two or three lines. The stdout lines have no time at all: the start-up banner
  (`Cherokee Web Server %s (%s): Listening on port ...`, wrapped at 79 columns) and the
  interpreter spawner's `PID %d: launched '%s' with uid=%d, gid=%d, env=%s` / `PID %d: exited
  re=%d`. The shop runs on two php-fpm containers behind a round-robin balancer; its PHP 8
  warnings reach Cherokee as FastCGI stderr records (HANDLER_FCGI_STDERR `%s`, with php-fpm's
  `PHP message: ` before PHP's own format): `Undefined array key "%s"`, `Undefined variable $%s`,
  `%s(): Passing null to parameter #%d ($%s) of type %s is deprecated`, `Trying to access array
  offset on value of type %s`, all day; scanners asking for scripts that are not there (`Primary
  script unknown`); a legacy admin tool on php-cgi spawned by an interpreter source (`PHP
  Deprecated:  Function %s() is deprecated ...`, `PHP Warning:  session_start(): Session cannot
  be started after headers have already been sent ...`, php-cgi exiting after
  PHP_FCGI_MAX_REQUESTS and spawned again). Incidents: php-fpm-2 redeployed at 07:20 and 10:50
  (BALANCER_OFFLINE_SOURCE, whose title says `Taking source='%s' back on-line` like
  BALANCER_ONLINE_SOURCE's, only the description telling `being disabled` from `being
  re-enabled`), MySQL restarted 08:40-08:44 (`PHP Fatal error:  Uncaught PDOException:
  SQLSTATE[HY000] [2002] Connection refused in ...` with PHP's stack trace in the record), Docker's
  DNS slow at 09:55 (`Timed out while resolving '%s'`), the proxied search back-end sending
  garbage 10:20-10:25 (`Could not parse header from the back-end`), web2 restarted at 10:15 with
  its access log's volume owned by root (`Could not open '%s' for appending`, started again at
  10:17), both php-fpm containers gone at 11:30 (`Sources exhausted: re-enabling one.`), a script
  breaking the FastCGI stream twice (`Parsing error: unknown version`). Every start warns
  `Unable to raise file descriptor limit to %d` and `IPv6 support is disabled. Configuring for
  IPv4 support only.`
- Ocelot 23.2 on .NET 8 (`gateway-a-20240607.log`, `gateway-b-20240607.log`: Serilog's file
  sink with its default template, `2024-06-07 06:00:31.902 +00:00 [INF] requestId:
  0HN4A2K7Q9V3M:00000003, previousRequestId: No PreviousRequestId, message: '200 (OK) status code
  of request URI: http://orders-api:8080/api/orders/123456.'`, Microsoft.AspNetCore at Warning).
  OcelotLogger writes `requestId: %s, previousRequestId: %s, message: '%s'` around every
  message (context, not in the labels); the request id is ASP.NET Core's TraceIdentifier, `No
  RequestId` before the request-id middleware has run. HttpRequesterMiddleware's `%s (%s) status
  code of request URI: %s.` for every proxied request (Information below 400, Warning from 400);
  ResponderMiddleware's `%s errors found in %s. Setting error response for request path:%s,
  request method: %s` whose first `%s` is ToErrorString()'s `Error Code: %s Message: %s` with
  the error's own text: scanners' unknown paths (`UnableToFindDownstreamRouteError`, after
  DownstreamRouteFinderMiddleware's `%s setting pipeline errors. IDownstreamRouteFinder returned
  %s`), expired tokens on /customers (`Client has NOT been authenticated for %s and pipeline
  error set. ...`, `UnauthenticatedError`), inventory-api down 07:40-07:52 while the warehouse's
  stock sync polls it (`ConnectionToDownstreamServiceError` with the HttpRequestException's text
  and stack inside the message, the route's Polly circuit breaker's `Circuit Breaker for Route:
  %s: Breaking the circuit for %sms!` at Error with the exception on Serilog's lines below,
  `Half-open; Next call is a trial.`, `Closed the circuit again.`, and while open
  `RequestTimedOutError` with `Polly.CircuitBreaker.BrokenCircuitException: The circuit is now
  open and is not allowing calls.`), the reports service slow 09:30-09:50 (Polly's timeout:
  `RequestTimedOutError` with `TimeoutRejectedException: The operation didn't complete within the
  allowed timeout of '00:00:10'.`), the BI dashboard rate-limited 10:00-10:20 (`Request %s from
  ClientId %s has been blocked, quota %s/%s exceeded by %s. ...`); both gateways redeployed
  (Microsoft.Hosting.Lifetime's lines and Kestrel's `Overriding address(es) '%s'. ...`).
- YARP 2.1 on .NET 8 (`edge-gateway-6b7f9d4c8-2xkqp.log`, `edge-gateway-6b7f9d4c8-h7m4z.log`:
  `kubectl logs` of two pods of the shop's edge gateway, the simple console formatter with
  SingleLine and a UTC TimestampFormat, `2024-06-07T06:00:34.118Z info:
  Yarp.ReverseProxy.Forwarder.HttpForwarder[9] Proxying to http://10.42.1.15:8080/api/products/123
  HTTP/2 RequestVersionOrLower no-streaming`; an exception follows its message on the same line,
  its newlines made blanks). Every request's `Proxying to %s %s %s no-streaming` (or `streaming`
  for the checkout's POSTs: the word is picked by a branch) and `Received HTTP/%s response %s.`;
  ForwarderError's `%s: %s` with the text GetMessage() picks for the error (`Request: An error
  was encountered before receiving a response.`, `RequestTimedOut: The request timed out before
  ...`, `RequestCanceled: The request was canceled before ...`, `ResponseBodyClient: The client
  reported an error when copying the response body.`); catalog-2 OOM-killed 08:20-08:24 (the
  passive health check's `Destination `%s` marked as 'Unhealthy` by the passive health check is
  scheduled for a reactivation in `%s`.` and `Passive health state of the destination `%s` is
  reset to 'Unknown`.`, the active checks' `Probing destination `%s` on cluster `%s` failed.`,
  `Active health state of destination `%s` on cluster `%s` is set to 'unhealthy'.` and `... is set
  to '%s'.`), checkout slow 10:05-10:15, the search cluster's only destination gone 11:10-11:18
  (`No available destinations after load balancing for cluster `%s`.`), a ConfigMap change at
  09:45 (`Loading proxy data from config.`).
- fabio 1.5.10 (`edge-1-fabio.stderr.log`, `edge-2-fabio.stderr.log`: `nomad alloc logs
  -stderr` of two edges of a Nomad cluster, Go's log with fabio's level writer, `2024/06/07
  06:00:14 [INFO] consul: Health changed to #48211350`). Every change of the Consul catalog's
  health index on both edges (`consul: Health changed to #%d`, a check whose output carries a
  time changes it every half minute), the delta of the routing table after it (`Config updates`
  with `+ route add ...` / `- route add ...` lines below, the first deleted line now and then cut
  by diffmatchpatch), the operator's canary weight in the KV store at 07:45 (`consul: Manual
  config changed to #%d`); net/http's ReverseProxy lines without a level (`http: proxy error:
  context canceled`, `dial tcp %s: connect: connection refused` while orders-api is rolled at
  08:30, `net/http: timeout awaiting response headers` while search-api is slow at 11:00); `No
  route for %s%s`; a Nomad job registering a broken tag 09:40-10:05 (`[WARN]: line %d: syntax
  error: 'route add' invalid` from the alias parser and `[WARN] line %d: ...` from the table
  parser after every change, no table updates until it is fixed); the local Consul agents
  restarted at 10:30 and 10:34 (`consul: Error fetching health state. %v`, `consul: Error fetching
  config from %s. %v`, go1.11's unquoted `Get http://...: dial tcp ...` texts); each edge's job
  update (`consul: Deregistering %q`, `Down`, and the start: `Setting log level to %s`, `Runtime
  config` with the whole config as indented JSON below, `Version %s starting`, `consul:
  Registered fabio with ...`, `Waiting for first routing table`, the first table, `%s proxy
  listening on %s`).
- gobetween 0.8.0 (`lb-a.log`, `lb-b.log`: `docker logs` of two load balancers in front of a
  Patroni cluster, logrus with gobetween's formatter `%s [%-5.5s] (%s): %s`, `2024-06-07
  09:12:16 [INFO ] (healthcheck/worker): Sending to scheduler: {{10.20.1.12 5432} false}`, the
  level cut to five letters (`[WARNI]`), and main.go's standard-logger lines `2024/06/07 06:31:15
  gobetween v0.8.0`). Servers `pg-primary` (exec check for the leader), `pg-replicas` (exec check
  for replicas), `web` (JSON discovery, ping, SNI) and `dns` (UDP). The cloud NLB's TCP checks
  and scanners on the SNI listener (`Failed to get / parse ClientHello for sni: EOF` or `... read
  tcp %s->%s: i/o timeout`, all day); the nightly batch at 07:00 (`Too many connections to %s`);
  a web back-end flapping on ping 07:30-08:00; the planned switchover at 08:05 (`dial tcp %s:
  connect: connection refused`, `Can't elect backend, Backends empty; Closing connection: %s`,
  `Sending to scheduler: %s`); pg-2 hanging at 09:12 (`Response from exec [%s] is timed out.
  Killing process...`, `signal: killed`, `dial tcp %s: i/o timeout`), fenced at 09:14 (the check
  script failing at once: `exit status 2` every ten seconds from both servers' checks until
  09:25), pg-3 promoted; the JSON discovery endpoint away 10:40-10:46 (`%s error %s retrying in
  %s` with net/http's error, `Applying failpolicy %s`); both instances restarted (`Received
  shutdown signal`, `Shutting down with timeout: %s`, `Initializing...`, `Creating '%s': %s %s %s
  %s`, `Starting scheduler %s`, `Initialized`, `Metrics disabled`, `API disabled`).

Label notes. The heads are context: Cherokee's time, `(error)` and `file.c:line - `, Serilog's
time and level and OcelotLogger's `requestId: ..., previousRequestId: ..., message: '...'`
around the message, the console formatter's time, level, category and event id, Go's time and
fabio's `[LEVEL]` (and `[WARN]:`), gobetween's time, level and `(logger): ` (the logger's name
holds the bind address: `server.handle [0.0.0.0:5432]`). Cherokee's error description is part of
the error's definition, so it is in the label after ` | `. Words a call site passes as literals
are wording: YARP's `streaming` / `no-streaming`, the texts GetMessage() and Ocelot's error
classes give (each error class's code, `ConnectionToDownstreamServiceError`, is written by the
class); ForwarderError's names, YARP's health state, HTTP reason phrases, PHP's variable and key
names, gobetween's balance, discovery and healthcheck kinds, fabio's protocol name are values. A
value that is an error contributes its format (Go's net errors, `exit status %d`, `signal: %s`,
the exceptions' texts in Ocelot's messages, PHP's messages in Cherokee's FastCGI stderr, MySQL's
`SQLSTATE[%s] [%d] %s` with the errno text, fabio's `line %d: syntax error: 'route add'
invalid`); exception class names are values (round 285). A multi-line message is labelled by its
first line's part; wrapped lines, stack traces, fabio's route and JSON lines and Cherokee's
empty lines have no row. Cherokee's banner, wrapped over four lines, is labelled on its first
line with its whole format. gobetween's check result is `fmt`'s rendering of a struct, one value
(`Sending to scheduler: %s`).

Checked against copies of the sources: Cherokee's error_log.c (render_human_error(), the split
to the terminal width, the description's line) and error_list.py (every title and description
used here); a real `(error) handler_fcgi.c:115 - Primary script unknown` and the banner and
`PID %d: launched ...` lines quoted in its issues; Ocelot's OcelotLogger.cs (the prefix and the
quoted message) and a copy of HttpRequesterMiddleware's `%s (%s) status code of request URI: %s.`,
real Ocelot logs in issues (`errors found in ResponderMiddleware`, `Error Code: ... Message: ...`,
`Error making http request, exception: ...`); YARP's HttpForwarder Log class (`Proxying to ...`,
`{error}: {message}` and GetMessage()'s texts) and DestinationHealthUpdater's messages, real YARP
logs quoted in a README (`Received HTTP/2.0 response 200.`, the passive check's `'Unhealthy`` and
`'Unknown``); fabio's main.go (1.5.10: start-up lines, `Config updates`, `No route for`),
registry/consul/backend.go and service.go, real fabio logs in issues (`Registered fabio with
...`, `Health changed to #%d` at INFO, `http: proxy error: context canceled`, `line %d: syntax
error: 'route add' invalid` with `[WARN]:` and `[WARN]`); gobetween's logging/log.go (the
formatter), server/tcp/server.go, scheduler.go, healthcheck/worker.go, manager.go, discovery.go
and main.go, and a real gobetween log in an issue (start-up order, `Starting scheduler %s`,
`Metrics disabled`, `API disabled`, `(execTimeout): Response from exec [...] is timed out`,
`[WARNI]`).

Least sure (written from the helper's knowledge): Cherokee's time as day/month/year with
milliseconds, the source files and line numbers other than handler_fcgi.c:115, whether the
round-robin balancer uses BALANCER_OFFLINE_SOURCE, the banner's wording past `Listening on port`
and php-cgi's exit line; Ocelot's UnauthenticatedError and AuthenticationMiddleware texts, the
rate limiter's line, ConnectionToDownstreamServiceError's and RequestTimedOutError's texts in
23.2, the circuit breaker's three lines (`Circuit Breaker for Route: %s: ...`), BrokenCircuit-
and TimeoutRejectedException mapped to RequestTimedOutError, Polly 8's exception texts; YARP's
`Probing destination `%s` on cluster `%s` failed.`, `No available destinations after load
balancing for cluster `%s`.`, the event ids, `Loading proxy data from config.` at Information;
fabio 1.5.10 logging `Health changed` at INFO (later versions log it at DEBUG), `consul: Error
fetching config from %s. %v`, go1.11's error texts, `Setting GOGC=%s`, no exit line of its own;
gobetween's `Can't elect backend, Backends empty`, the exec check logging `signal: killed` and
`exit status %d` at WARN after every failed run, json discovery's 10 s retry, a check result
printed as `{{host port} live}`.
"""

from __future__ import annotations

import random
import sys
import textwrap
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round55 import poisson
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any

SEC = 1_000_000
MS = 1_000

Text = Callable[[datetime], list[str]]


def ms3(t: datetime) -> str:
    return f"{t.microsecond // 1000:03d}"


# --------------------------------------------------------------------------------- cherokee

CK_VERSION = "1.2.104"
CK_BUILT = "Mar  4 2024"
SYSTEM_ISSUE = "The issue seems to be related to your system."


def ck_ts(t: datetime) -> str:
    """cherokee_buf_add_bogonow(): day/month/year local time with milliseconds."""
    return f"{t:%d/%m/%Y %H:%M:%S}.{ms3(t)}"


def ck_split(text: str, width: int = 80, indent: str = "    ") -> list[str]:
    """cherokee_buffer_split_lines(): every line wider than the terminal is broken at a blank,
    the pieces indented."""
    out: list[str] = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        out.extend(
            textwrap.wrap(
                line,
                width=width,
                subsequent_indent=indent,
                break_long_words=False,
                break_on_hyphens=False,
            )
        )
    return out


CK_SHOP_KEYS = [
    ("lang", "/var/www/shop/includes/header.php", 27, 5),
    ("HTTP_REFERER", "/var/www/shop/includes/tracking.php", 41, 4),
    ("page", "/var/www/shop/catalog/list.php", 63, 3),
    ("sort", "/var/www/shop/catalog/list.php", 71, 2),
    ("coupon", "/var/www/shop/cart/summary.php", 118, 1),
]
CK_SHOP_VARS = [
    ("total_weight", "/var/www/shop/cart/shipping.php", 54),
    ("breadcrumbs", "/var/www/shop/templates/layout.php", 19),
]
CK_SHOP_NULLS = [
    ("htmlspecialchars", 1, "string", "string", "/var/www/shop/templates/product.php", 88),
    ("strlen", 1, "string", "string", "/var/www/shop/includes/search.php", 33),
    ("trim", 1, "string", "string", "/var/www/shop/account/profile.php", 142),
    ("str_replace", 3, "subject", "array|string", "/var/www/shop/includes/seo.php", 12),
]
CK_SHOP_OFFSETS = [
    ("null", "/var/www/shop/catalog/product.php", 205),
    ("bool", "/var/www/shop/cart/summary.php", 96),
]
CK_SCAN_PATHS = [
    "/wp-login.php",
    "/xmlrpc.php",
    "/wp-content/plugins/wp-file-manager/lib/php/connector.minimal.php",
    "/phpinfo.php",
    "/admin/config.php",
    "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php",
    "/info.php",
    "/.env.php",
]


def cherokee(r: random.Random) -> list[Log]:
    """Two Cherokee containers in front of a PHP shop (see the module docstring)."""
    fs = Files()
    hosts = ["web1", "web2"]

    def raw(host: str, t: datetime, label: str | None, lines: list[str]) -> datetime:
        return fs.add(f"{host}.log", t, label, lambda _x: lines, (host, "cherokee"), MS)

    def err(
        host: str,
        t: datetime,
        label: str,
        kind: str,
        src: str,
        title: str,
        desc: str | None = None,
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            head = f"[{ck_ts(x)}] ({kind}) {src} - {title}"
            if desc:
                head += f" | {desc}"
            lines = ck_split(head)
            if desc:
                lines.append("")
            return lines

        return fs.add(f"{host}.log", t, label, text, (host, "cherokee"), MS)

    def fcgi(host: str, t: datetime, label: str, msg: str) -> datetime:
        return err(host, t, label, "error", "handler_fcgi.c:115", msg)

    def start(host: str, t: datetime) -> datetime:
        t = err(
            host,
            t,
            "Unable to raise file descriptor limit to %d | " + SYSTEM_ISSUE,
            "warning",
            "server.c:1076",
            "Unable to raise file descriptor limit to 2097152",
            SYSTEM_ISSUE,
        )
        t = err(
            host,
            t + sec(r.uniform(0.01, 0.05)),
            "IPv6 support is disabled. Configuring for IPv4 support only. | " + SYSTEM_ISSUE,
            "warning",
            "socket.c:332",
            "IPv6 support is disabled. Configuring for IPv4 support only.",
            SYSTEM_ISSUE,
        )
        banner = (
            f"Cherokee Web Server {CK_VERSION} ({CK_BUILT}): Listening on port ALL:80, TLS "
            "disabled, IPv6 disabled, using epoll, 1048576 fds system limit, max. 524281 "
            "connections, caching I/O, 4 threads, 131070 connections per thread, standard "
            "scheduling policy"
        )
        return raw(
            host,
            t + sec(r.uniform(0.05, 0.2)),
            "Cherokee Web Server %s (%s): Listening on port %s, TLS disabled, IPv6 disabled, using %s, %d fds system limit, max. %d connections, caching I/O, %d threads, %d connections per thread, %s scheduling policy",
            textwrap.wrap(banner, width=79),
        )

    fpm = ["php-fpm-1:9000", "php-fpm-2:9000"]
    fpm_down = {
        "php-fpm-2:9000": [(at(7, 20, 4), at(7, 21, 30)), (at(10, 50, 12), at(10, 51, 40))],
        "php-fpm-1:9000": [(at(11, 30, 2), at(11, 30, 50))],
    }
    fpm_down["php-fpm-2:9000"].append((at(11, 30, 5), at(11, 30, 55)))
    db_down = (at(8, 40, 10), at(8, 43, 50))
    dns_bad = (at(9, 55, 0), at(9, 56, 30))
    search_bad = (at(10, 20, 0), at(10, 25, 0))
    web2_down = (at(10, 15, 0), at(10, 17, 20))

    for hi, host in enumerate(hosts):
        t0 = T0 + sec(5 + 35 * hi + r.uniform(0, 3))
        start(host, t0)
        # the balancer's view of the two php-fpm containers
        for src, spans in fpm_down.items():
            for a, _b in spans:
                ta = a + sec(r.uniform(0.3, 6))
                if host == "web2" and in_any(ta, [web2_down]):
                    continue
                err(
                    host,
                    ta,
                    "Taking source='%s' back on-line | The information source is being disabled.",
                    "warning",
                    "balancer_round_robin.c:135",
                    f"Taking source='{src}' back on-line",
                    "The information source is being disabled.",
                )
        # both pools restarted at 11:30 (the node's reboot): exhausted, then both back
        for _ in range(r.randint(2, 4)):
            err(
                host,
                at(11, 30, 8) + sec(r.uniform(0, 40)),
                "Sources exhausted: re-enabling one. | All the Information Sources have been off-lined. The server needs to re-enable at least one of them.",
                "warning",
                "balancer_round_robin.c:101",
                "Sources exhausted: re-enabling one.",
                "All the Information Sources have been off-lined. The server needs to re-enable at least one of them.",
            )
        for src, spans in fpm_down.items():
            for _a, b in spans:
                tb = b + sec(r.uniform(20, 75))
                err(
                    host,
                    tb,
                    "Taking source='%s' back on-line | The information source is being re-enabled.",
                    "warning",
                    "balancer_round_robin.c:164",
                    f"Taking source='{src}' back on-line",
                    "The information source is being re-enabled.",
                )

        # the shop's requests that make PHP speak (through php-fpm: "PHP message: ")
        def shop_warning(host: str, t: datetime) -> None:
            x = r.random()
            if x < 0.50:
                key, f, line, _w = r.choices(CK_SHOP_KEYS, weights=[k[3] for k in CK_SHOP_KEYS])[0]
                fcgi(
                    host,
                    t,
                    'PHP message: PHP Warning:  Undefined array key "%s" in %s on line %d',
                    f'PHP message: PHP Warning:  Undefined array key "{key}" in {f} on line {line}',
                )
            elif x < 0.66:
                var, f, line = r.choice(CK_SHOP_VARS)
                fcgi(
                    host,
                    t,
                    "PHP message: PHP Warning:  Undefined variable $%s in %s on line %d",
                    f"PHP message: PHP Warning:  Undefined variable ${var} in {f} on line {line}",
                )
            elif x < 0.88:
                fn, n, p, ty, f, line = r.choice(CK_SHOP_NULLS)
                fcgi(
                    host,
                    t,
                    "PHP message: PHP Deprecated:  %s(): Passing null to parameter #%d ($%s) of type %s is deprecated in %s on line %d",
                    f"PHP message: PHP Deprecated:  {fn}(): Passing null to parameter #{n} (${p}) of type {ty} is deprecated in {f} on line {line}",
                )
            else:
                ty, f, line = r.choice(CK_SHOP_OFFSETS)
                fcgi(
                    host,
                    t,
                    "PHP message: PHP Warning:  Trying to access array offset on value of type %s in %s on line %d",
                    f"PHP message: PHP Warning:  Trying to access array offset on value of type {ty} in {f} on line {line}",
                )

        for t in poisson(r, T0 + sec(60), T_END, 34):
            if host == "web2" and in_any(t, [web2_down]):
                continue
            if in_any(t, [db_down]):
                continue
            shop_warning(host, t)

        # the database restarted: every shop request dies on the PDO connection
        for t in poisson(r, db_down[0], db_down[1], 4.5):
            page = r.choice(
                ["index.php", "catalog/list.php", "catalog/product.php", "cart/summary.php"]
            )
            fcgi(
                host,
                t,
                "PHP message: PHP Fatal error:  Uncaught %s: SQLSTATE[%s] [%d] Connection refused in %s:%d",
                "PHP message: PHP Fatal error:  Uncaught PDOException: SQLSTATE[HY000] [2002] Connection refused in /var/www/shop/includes/db.php:14\n"
                "Stack trace:\n"
                "#0 /var/www/shop/includes/db.php(14): PDO->__construct('mysql:host=db;d...', 'shop', Object(SensitiveParameterValue))\n"
                f"#1 /var/www/shop/{page}(5): require_once('/var/www/shop/i...')\n"
                "#2 {main}\n"
                "  thrown in /var/www/shop/includes/db.php on line 14",
            )

        # scanners asking php-fpm for scripts that are not there
        for t in poisson(r, T0, T_END, 900):
            if host == "web2" and in_any(t, [web2_down]):
                continue
            for _ in range(r.randint(3, 14)):
                t += sec(r.uniform(0.05, 1.5))
                fcgi(host, t, "Primary script unknown", "Primary script unknown")

        # the legacy admin tool: php-cgi spawned by an interpreter source
        served = 0
        served_at = T0
        pid = 0
        pid_next = r.randint(20, 60)
        for t in poisson(r, T0 + sec(120), T_END, 11):
            if host == "web2" and in_any(t, [web2_down]):
                continue
            if host == "web2" and pid and t > web2_down[1] and served_at < web2_down[0]:
                pid, pid_next = 0, r.randint(20, 60)  # the container restarted: a new php-cgi
            if pid == 0:
                pid = pid_next
                raw(
                    host,
                    t,
                    "PID %d: launched '%s' with uid=%d, gid=%d, env=%s",
                    [
                        f"PID {pid}: launched '/bin/sh -c exec /usr/bin/php-cgi -b 127.0.0.1:47990' with uid=33, gid=33, env=custom"
                    ],
                )
                served = 0
            served += 1
            served_at = t
            if r.random() < 0.09:
                if r.random() < 0.6:
                    fn = r.choice(["strftime", "strftime", "utf8_encode"])
                    f, line = {
                        "strftime": ("/var/www/admin/reports/daily.php", 46),
                        "utf8_encode": ("/var/www/admin/export/csv.php", 88),
                    }[fn]
                    fcgi(
                        host,
                        t + sec(0.02),
                        "PHP Deprecated:  Function %s() is deprecated in %s on line %d",
                        f"PHP Deprecated:  Function {fn}() is deprecated in {f} on line {line}",
                    )
                else:
                    fcgi(
                        host,
                        t + sec(0.02),
                        "PHP Warning:  session_start(): Session cannot be started after headers have already been sent in %s on line %d",
                        "PHP Warning:  session_start(): Session cannot be started after headers have already been sent in /var/www/admin/auth.php on line 7",
                    )
            if served >= 500:
                raw(host, t + sec(0.3), "PID %d: exited re=%d", [f"PID {pid}: exited re=0"])
                pid_next = pid + r.randint(900, 4000)
                pid = 0

        # Docker's DNS answering slowly
        for _ in range(r.randint(2, 4)):
            name = r.choice(fpm).split(":")[0]
            err(
                host,
                dns_bad[0] + sec(r.uniform(0, 90)),
                "Timed out while resolving '%s' | For some reason, Cherokee could not resolve the hostname.",
                "error",
                "resolv_cache.c:170",
                f"Timed out while resolving '{name}'",
                "For some reason, Cherokee could not resolve the hostname.",
            )
        # the search back-end (proxied at /api/search) answering garbage
        for _ in range(r.randint(3, 6)):
            err(
                host,
                search_bad[0] + sec(r.uniform(0, 300)),
                "Could not parse header from the back-end | It looks like the back-end server sent a malformed HTTP response.",
                "error",
                "handler_proxy.c:753",
                "Could not parse header from the back-end",
                "It looks like the back-end server sent a malformed HTTP response.",
            )

    # a script printing before PHP's own output: the FastCGI stream breaks
    for t in [at(7, 48, 31.2), at(10, 58, 3.7)]:
        fcgi("web1", t, "Parsing error: unknown version", "Parsing error: unknown version")

    # web2's restart after a config change: the access log's volume is root's
    t = err(
        "web2",
        web2_down[0] + sec(1.2),
        "Could not open '%s' for appending | This is probably related to the file permissions. Please make sure that it is writable for the user under which Cherokee is run.",
        "error",
        "logger_writer.c:236",
        "Could not open '/var/log/cherokee/cherokee.access' for appending",
        "This is probably related to the file permissions. Please make sure that it is writable for the user under which Cherokee is run.",
    )
    start("web2", web2_down[1])
    return fs.logs(T0)


# -------------------------------------------------------------------------------- gobetween

GB_VERSION = "0.8.0"
GB_PG = {"pg-1": "10.20.1.11", "pg-2": "10.20.1.12", "pg-3": "10.20.1.13"}
GB_WEB = ["10.20.2.21", "10.20.2.22", "10.20.2.23", "10.20.2.24"]
GB_SERVERS = [
    ("pg-primary", "0.0.0.0:5432", "weight", "static", "exec"),
    ("pg-replicas", "0.0.0.0:5433", "leastconn", "static", "exec"),
    ("web", "0.0.0.0:443", "roundrobin", "json", "ping"),
    ("dns", "0.0.0.0:53", "roundrobin", "static", "none"),
]
GB_SCANNERS = ["198.51.100.23", "203.0.113.77", "192.0.2.140", "198.51.100.91"]


def gobetween(r: random.Random) -> list[Log]:
    """Two gobetween 0.8 load balancers in front of a Patroni cluster (module docstring)."""
    fs = Files()
    lbs = {"lb-a": "10.20.0.10", "lb-b": "10.20.0.11"}

    def L(lb: str, t: datetime, label: str, level: str, name: str, msg: str) -> datetime:
        lvl = f"{level:<5.5}"
        return fs.add(
            f"{lb}.log",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%d %H:%M:%S} [{lvl}] ({name}): {msg}"],
            (lb, "gobetween"),
            SEC,
        )

    def S(lb: str, t: datetime, label: str, msg: str) -> datetime:
        """Go's standard logger (main.go)."""
        return fs.add(
            f"{lb}.log",
            t,
            label,
            lambda x: [f"{x:%Y/%m/%d %H:%M:%S} {msg}"],
            (lb, "gobetween"),
            SEC,
        )

    def send(lb: str, t: datetime, host: str, port: str, live: bool) -> datetime:
        return L(
            lb,
            t,
            "Sending to scheduler: %s",
            "INFO",
            "healthcheck/worker",
            f"Sending to scheduler: {{{{{host} {port}}} {'true' if live else 'false'}}}",
        )

    def start(lb: str, t: datetime) -> datetime:
        t = S(lb, t, "gobetween v%s", f"gobetween v{GB_VERSION}")
        t = L(lb, t + sec(0.01), "Initializing...", "INFO", "manager", "Initializing...")
        servers = GB_SERVERS[:]
        r.shuffle(servers)
        for name, bind, bal, disc, hc in servers:
            t = L(
                lb,
                t,
                "Creating '%s': %s %s %s %s",
                "INFO",
                "server",
                f"Creating '{name}': {bind} {bal} {disc} {hc}",
            )
            t = L(lb, t, "Starting scheduler %s", "INFO", "scheduler", f"Starting scheduler {name}")
        t = L(lb, t, "Initialized", "INFO", "manager", "Initialized")
        t = L(lb, t, "Metrics disabled", "INFO", "metrics", "Metrics disabled")
        t = L(lb, t, "API disabled", "INFO", "api", "API disabled")
        # the first checks: the exec script says "0" for the nodes in the other role
        t1 = t + sec(r.uniform(3, 5))
        for _node, ip in GB_PG.items():
            send(lb, t1 + sec(r.uniform(0, 1)), ip, "5432", False)
        return t

    def stop(lb: str, t: datetime) -> datetime:
        t = S(lb, t, "Received shutdown signal", "Received shutdown signal")
        return S(lb, t, "Shutting down with timeout: %s", "Shutting down with timeout: 0s")

    def handle_err(lb: str, t: datetime, bind: str, label: str, msg: str) -> datetime:
        return L(lb, t, label, "ERROR", f"server.handle [{bind}]", msg)

    def refused(lb: str, t: datetime, bind: str, ip: str, port: str) -> datetime:
        return handle_err(
            lb,
            t,
            bind,
            "dial tcp %s: connect: connection refused",
            f"dial tcp {ip}:{port}: connect: connection refused",
        )

    def no_backend(lb: str, t: datetime, bind: str) -> datetime:
        client = f"10.20.{r.choice([3, 4])}.{r.randint(10, 90)}:{r.randint(32768, 60999)}"
        return handle_err(
            lb,
            t,
            bind,
            "Can't elect backend, Backends empty; Closing connection: %s",
            f"Can't elect backend, Backends empty; Closing connection: {client}",
        )

    restarts = {"lb-a": at(6, 31, 12), "lb-b": at(11, 20, 41)}
    for lb, my_ip in lbs.items():
        # config change (max_connections for the replicas) and the 0.8.0 upgrade
        tr = restarts[lb]
        t = stop(lb, tr)
        start(lb, t + sec(r.uniform(1.5, 3)))

        # the NLB's TCP health checks and scanners on the SNI listener
        for t in poisson(r, T0, T_END, 56):
            if lb == "lb-b" and in_any(t, [(tr, tr + sec(4))]):
                continue
            if r.random() < 0.82:
                L(
                    lb,
                    t,
                    "Failed to get / parse ClientHello for sni: EOF",
                    "ERROR",
                    "server.Listen.wrap",
                    "Failed to get / parse ClientHello for sni: EOF",
                )
            else:
                L(
                    lb,
                    t,
                    "Failed to get / parse ClientHello for sni: read tcp %s->%s: i/o timeout",
                    "ERROR",
                    "server.Listen.wrap",
                    f"Failed to get / parse ClientHello for sni: read tcp {my_ip}:443->{r.choice(GB_SCANNERS)}:{r.randint(1024, 65000)}: i/o timeout",
                )

        # 07:00 the nightly batch job fills the replicas' pool
        for t in poisson(r, at(7, 0, 20), at(7, 8, 0), 22):
            L(
                lb,
                t,
                "Too many connections to %s",
                "WARNING",
                "server",
                "Too many connections to 0.0.0.0:5433",
            )

        # a web back-end flapping on ping 07:30-08:00
        t = at(7, 31) + sec(r.uniform(0, 60))
        while t < at(8, 0):
            send(lb, t, GB_WEB[2], "8443", False)
            t += sec(r.uniform(40, 200))
            send(lb, t, GB_WEB[2], "8443", True)
            t += sec(r.uniform(120, 420))

        # 08:05 planned switchover pg-1 -> pg-2
        ts = at(8, 5, 2) + sec(r.uniform(0, 2))
        for t in poisson(r, ts - sec(1), ts + sec(3), 0.3):
            refused(lb, t, "0.0.0.0:5432", GB_PG["pg-1"], "5432")
        send(lb, ts + sec(3), GB_PG["pg-1"], "5432", False)
        tp = ts + sec(r.uniform(6, 9))
        for t in poisson(r, ts + sec(3.2), tp, 0.6):
            no_backend(lb, t, "0.0.0.0:5432")
        send(lb, tp, GB_PG["pg-2"], "5432", True)
        send(lb, tp + sec(r.uniform(0.5, 2)), GB_PG["pg-2"], "5432", False)  # replicas
        send(lb, ts + sec(r.uniform(22, 30)), GB_PG["pg-1"], "5432", True)  # replicas

        # 09:12 pg-2 hangs, is fenced at 09:14 and comes back at 09:25:30 as a replica
        hang, fenced, back = at(9, 12, 0), at(9, 14, 0), at(9, 25, 30)
        for server in ["pg-primary", "pg-replicas"]:
            t = hang + sec(r.uniform(0, 10))
            n = 0
            while t < back:
                if t < fenced:
                    t2 = L(
                        lb,
                        t + sec(2),
                        "Response from exec [%s] is timed out. Killing process...",
                        "INFO",
                        "execTimeout",
                        f"Response from exec [/etc/gobetween/check_{'leader' if server == 'pg-primary' else 'replica'}.sh {GB_PG['pg-2']} 5432] is timed out. Killing process...",
                    )
                    L(lb, t2, "signal: %s", "WARNING", "healthcheck/exec", "signal: killed")
                else:
                    L(
                        lb,
                        t + sec(r.uniform(0.05, 0.4)),
                        "exit status %d",
                        "WARNING",
                        "healthcheck/exec",
                        "exit status 2",
                    )
                n += 1
                if n == 2:
                    send(lb, t + sec(2.2), GB_PG["pg-2"], "5432", False)
                t += sec(10)
        for t in poisson(r, hang, hang + sec(22), 1.2):
            handle_err(
                lb,
                t,
                "0.0.0.0:5432",
                "dial tcp %s: i/o timeout",
                f"dial tcp {GB_PG['pg-2']}:5432: i/o timeout",
            )
        promoted = hang + sec(r.uniform(38, 45))
        for t in poisson(r, hang + sec(23), promoted, 0.9):
            no_backend(lb, t, "0.0.0.0:5432")
        send(lb, promoted, GB_PG["pg-3"], "5432", True)
        send(lb, promoted + sec(r.uniform(4, 8)), GB_PG["pg-3"], "5432", False)  # replicas
        send(lb, back + sec(r.uniform(5, 12)), GB_PG["pg-2"], "5432", True)  # replicas

        # 10:40-10:46 the JSON discovery endpoint (a consul-template sidecar) is away
        t = at(10, 40, 3) + sec(r.uniform(0, 5))
        while t < at(10, 46, 10):
            L(
                lb,
                t,
                "%s error Get %s: dial tcp %s: connect: connection refused retrying in %s",
                "ERROR",
                "discovery",
                'json error Get "http://10.20.0.5:8080/web-backends.json": dial tcp 10.20.0.5:8080: connect: connection refused retrying in 10s',
            )
            L(lb, t, "Applying failpolicy %s", "INFO", "discovery", "Applying failpolicy keeplast")
            t += sec(10 + r.uniform(0, 0.05))
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ fabio

FB_VERSION = "1.5.10"
FB_GO = "go1.11.5"
FB_SERVICES = [
    # name, prefix, instances
    ("web-frontend", "shop.example.com/", 3),
    ("orders-api", "/api/orders", 3),
    ("catalog-api", "/api/catalog", 3),
    ("search-api", "/api/search", 2),
    ("auth-svc", "/auth", 2),
    ("admin-ui", "admin.example.com/", 1),
]
FB_CLIENT_HOSTS = ["10.30.1.21", "10.30.1.22", "10.30.1.23", "10.30.1.24"]


def fb_runtime_config(edge_ip: str) -> list[str]:
    """json.MarshalIndent of fabio 1.5.10's config.Config (durations in nanoseconds)."""
    return """{
    "Proxy": {
        "Strategy": "rnd",
        "Matcher": "prefix",
        "NoRouteStatus": 404,
        "MaxConn": 10000,
        "ShutdownWait": 0,
        "DialTimeout": 30000000000,
        "ResponseHeaderTimeout": 30000000000,
        "KeepAliveTimeout": 0,
        "FlushInterval": 1000000000,
        "GlobalFlushInterval": 0,
        "LocalIP": "EDGEIP",
        "ClientIPHeader": "",
        "TLSHeader": "",
        "TLSHeaderValue": "",
        "GZIPContentTypes": null,
        "RequestID": "",
        "STSHeader": {
            "MaxAge": 0,
            "Subdomains": false,
            "Preload": false
        },
        "AuthSchemes": {}
    },
    "Registry": {
        "Backend": "consul",
        "Static": {
            "NoRouteHTML": "",
            "Routes": ""
        },
        "File": {
            "NoRouteHTMLPath": "",
            "RoutesPath": ""
        },
        "Consul": {
            "Addr": "127.0.0.1:8500",
            "Scheme": "http",
            "Token": "",
            "KVPath": "/fabio/config",
            "NoRouteHTMLPath": "/fabio/noroute.html",
            "TagPrefix": "urlprefix-",
            "Register": true,
            "ServiceAddr": ":9998",
            "ServiceName": "fabio",
            "ServiceTags": null,
            "ServiceStatus": [
                "passing"
            ],
            "CheckInterval": 1000000000,
            "CheckTimeout": 3000000000,
            "CheckScheme": "http",
            "CheckTLSSkipVerify": false,
            "ChecksRequired": "one",
            "ServiceMonitors": 1
        },
        "Timeout": 10000000000,
        "Retry": 500000000
    },
    "Listen": [
        {
            "Addr": ":9999",
            "Proto": "http",
            "ReadTimeout": 0,
            "WriteTimeout": 0,
            "IdleTimeout": 0,
            "CertSource": {
                "Name": "",
                "Type": "",
                "CertPath": "",
                "KeyPath": "",
                "ClientCAPath": "",
                "CAUpgradeCN": "",
                "Refresh": 0,
                "Header": null,
                "VaultFetchToken": ""
            },
            "StrictMatch": false,
            "TLSMinVersion": 0,
            "TLSMaxVersion": 0,
            "TLSCiphers": null,
            "ProxyProto": false,
            "ProxyHeaderTimeout": 0
        }
    ],
    "Log": {
        "AccessFormat": "common",
        "AccessTarget": "",
        "RoutesFormat": "delta",
        "Level": "INFO"
    },
    "Metrics": {
        "Target": "",
        "Prefix": "{{clean .Hostname}}.{{clean .Exec}}",
        "Names": "{{clean .Service}}.{{clean .Host}}.{{clean .Path}}.{{clean .TargetURL.Host}}",
        "Interval": 30000000000,
        "Timeout": 10000000000,
        "Retry": 500000000,
        "GraphiteAddr": "",
        "StatsDAddr": "",
        "Circonus": {
            "APIKey": "",
            "APIApp": "fabio",
            "APIURL": "",
            "CheckID": "",
            "BrokerID": ""
        }
    },
    "UI": {
        "Listen": {
            "Addr": ":9998",
            "Proto": "http",
            "ReadTimeout": 0,
            "WriteTimeout": 0,
            "IdleTimeout": 0,
            "CertSource": {
                "Name": "",
                "Type": "",
                "CertPath": "",
                "KeyPath": "",
                "ClientCAPath": "",
                "CAUpgradeCN": "",
                "Refresh": 0,
                "Header": null,
                "VaultFetchToken": ""
            },
            "StrictMatch": false,
            "TLSMinVersion": 0,
            "TLSMaxVersion": 0,
            "TLSCiphers": null,
            "ProxyProto": false,
            "ProxyHeaderTimeout": 0
        },
        "Color": "light-green",
        "Title": "",
        "Access": "rw"
    },
    "Runtime": {
        "GOGC": 800,
        "GOMAXPROCS": 4
    },
    "ProfileMode": "",
    "ProfilePath": "",
    "Insecure": false,
    "GlobMatchingDisabled": false,
    "Tracing": {
        "TracingEnabled": false,
        "CollectorType": "http",
        "ConnectString": "http://localhost:9411/api/v1/spans",
        "ServiceName": "Fabiolb",
        "Topic": "Fabiolb-Kafka-Topic",
        "SamplerRate": -1,
        "SpanHost": "localhost:9998"
    }
}""".replace("EDGEIP", edge_ip).split("\n")


def fabio(r: random.Random) -> list[Log]:
    """Two fabio 1.5.10 edges of a Nomad cluster (see the module docstring)."""
    fs = Files()
    edges = {"edge-1": "10.30.0.11", "edge-2": "10.30.0.12"}

    def F(
        edge: str,
        t: datetime,
        label: str | None,
        level: str | None,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        head = (f"[{level[:-1]}]: " if level.endswith(":") else f"[{level}] ") if level else ""

        def text(x: datetime) -> list[str]:
            return [f"{x:%Y/%m/%d %H:%M:%S} {head}{msg}", *(more or [])]

        return fs.add(f"{edge}-fabio.stderr.log", t, label, text, (edge, "fabio"), SEC)

    # the routing table: service -> list of (ip, port)
    table: dict[str, list[tuple[str, int]]] = {}
    for name, _prefix, n in FB_SERVICES:
        table[name] = [(r.choice(FB_CLIENT_HOSTS), r.randint(20000, 32000)) for _ in range(n)]
    prefix = {name: p for name, p, _n in FB_SERVICES}

    def route_lines(tb: dict[str, list[tuple[str, int]]]) -> list[str]:
        out = []
        for name, insts in tb.items():
            for ip, port in insts:
                out.append(
                    f'route add {name} {prefix[name]} http://{ip}:{port}/ tags "urlprefix-{prefix[name]}"'
                )
        return sorted(out, reverse=True)

    manual = ['route weight catalog-api /api/catalog weight 0.1 tags "canary"']

    def delta(old: list[str], new: list[str]) -> list[str]:
        gone = [x for x in old if x not in new]
        came = [x for x in new if x not in old]
        out = []
        for i, x in enumerate(gone):
            # diffmatchpatch cuts a common prefix off the first deleted line now and then
            if i == 0 and came and r.random() < 0.3:
                x = x[len("route add ") :]
            out.append("- " + x)
        out.extend("+ " + x for x in came)
        return out

    index = 48211345
    kv_index = 48200190

    # shared consul events (both edges watch the same cluster)
    events: list[tuple[datetime, str, object]] = []
    for t in poisson(r, T0, T_END, 34):
        events.append((t, "health", None))
    # catalog-api instance 2 failing its check now and then 07:30-07:50
    t = at(7, 30, 14)
    while t < at(7, 50):
        events.append((t, "drop", ("catalog-api", 1)))
        t += sec(r.uniform(50, 150))
        events.append((t, "restore", ("catalog-api", 1)))
        t += sec(r.uniform(60, 240))
    # 07:45 the operator's canary weight in the KV store
    events.append(
        (at(7, 45, 40), "manual", 'route weight catalog-api /api/catalog weight 0.2 tags "canary"')
    )
    # 08:30 orders-api rolled: each allocation replaced
    for i in range(3):
        events.append((at(8, 30, 20) + sec(95 * i), "replace", ("orders-api", i)))
    # 09:40 a job registers a service with a broken tag; fixed at 10:05
    events.append((at(9, 40, 12), "badtag", True))
    events.append((at(9, 52, 30), "replace", ("search-api", 0)))
    events.append((at(10, 5, 7), "badtag", False))
    events.sort(key=lambda e: e[0])

    bad_tag = False
    applied = route_lines(table)  # what the edges' routing tables hold
    timeline: list[tuple[datetime, str, object]] = []
    snaps: list[tuple[datetime, list[str], list[str], int, int]] = [
        (T0, applied, manual, index, kv_index)
    ]
    for t, kind, arg in events:
        if kind == "health":
            index += r.randint(1, 6)
            timeline.append((t, "health", (index, None)))
        elif kind in ("drop", "restore", "replace"):
            name, i = arg  # type: ignore[misc]
            if kind == "drop":
                table[name] = [x for j, x in enumerate(table[name]) if j != i] + [("-", 0)]
            elif kind == "restore":
                table[name] = [x for x in table[name] if x[0] != "-"]
                table[name].insert(
                    i, (r.choice(FB_CLIENT_HOSTS), table[name][0][1] + r.randint(1, 40))
                )
            else:
                table[name][i] = (r.choice(FB_CLIENT_HOSTS), r.randint(20000, 32000))
            index += r.randint(2, 9)
            cur = route_lines({k: [x for x in v if x[0] != "-"] for k, v in table.items()})
            if bad_tag:
                timeline.append((t, "health", (index, None)))
                continue
            timeline.append((t, "health", (index, delta(applied + manual, cur + manual))))
            applied = cur
        elif kind == "manual":
            kv_index += r.randint(5, 60)
            new = [str(arg)]
            timeline.append((t, "manual", (kv_index, delta(manual, new))))
            manual = new
        elif kind == "badtag":
            bad_tag = bool(arg)
            index += r.randint(2, 5)
            if bad_tag:
                timeline.append((t, "health", (index, None)))
            else:
                cur = route_lines({k: [x for x in v if x[0] != "-"] for k, v in table.items()})
                timeline.append((t, "health", (index, delta(applied + manual, cur + manual))))
                applied = cur
        snaps.append((t, applied, manual, index, kv_index))
    bad_span = (at(9, 40, 12), at(10, 5, 7))
    agent_down = {
        "edge-1": (at(10, 30, 4), at(10, 30, 22)),
        "edge-2": (at(10, 34, 40), at(10, 34, 57)),
    }
    restarts = {"edge-1": at(6, 40, 30), "edge-2": at(11, 30, 9)}

    def startup(edge: str, ip: str, t: datetime) -> datetime:
        t = F(edge, t, "Setting log level to %s", "INFO", "Setting log level to INFO")
        t = F(edge, t, "Runtime config", "INFO", "Runtime config", fb_runtime_config(ip))
        t = F(edge, t, "Version %s starting", "INFO", f"Version {FB_VERSION} starting")
        t = F(edge, t, "Go runtime is %s", "INFO", f"Go runtime is {FB_GO}")
        t = F(edge, t, "Metrics disabled", "INFO", "Metrics disabled")
        t = F(edge, t, "Setting GOGC=%s", "INFO", "Setting GOGC=800")
        t = F(edge, t, "Setting GOMAXPROCS=%s", "INFO", "Setting GOMAXPROCS=4")
        t = F(
            edge,
            t + sec(0.02),
            "consul: Connecting to %q in datacenter %q",
            "INFO",
            'consul: Connecting to "127.0.0.1:8500" in datacenter "eu-west-1"',
        )
        t = F(edge, t, "Admin server access mode %q", "INFO", 'Admin server access mode "rw"')
        t = F(edge, t, "Admin server listening on %q", "INFO", 'Admin server listening on ":9998"')
        F(
            edge,
            t + sec(0.01),
            "consul: Registered fabio with id %q",
            "INFO",
            f'consul: Registered fabio with id "fabio-{edge}-9998"',
        )
        F(
            edge,
            t + sec(0.01),
            "consul: Registered fabio with address %q",
            "INFO",
            f'consul: Registered fabio with address "{ip}"',
        )
        F(
            edge,
            t + sec(0.01),
            "consul: Registered fabio with tags %q",
            "INFO",
            'consul: Registered fabio with tags ""',
        )
        F(
            edge,
            t + sec(0.01),
            "consul: Registered fabio with health check to %q",
            "INFO",
            f'consul: Registered fabio with health check to "http://[{ip}]:9998/health"',
        )
        t = F(
            edge,
            t,
            "consul: Watching KV path %q",
            "INFO",
            'consul: Watching KV path "/fabio/noroute.html"',
        )
        t = F(edge, t, "consul: Using dynamic routes", "INFO", "consul: Using dynamic routes")
        t = F(
            edge, t, "consul: Using tag prefix %q", "INFO", 'consul: Using tag prefix "urlprefix-"'
        )
        t = F(
            edge,
            t,
            "consul: Watching KV path %q",
            "INFO",
            'consul: Watching KV path "/fabio/config"',
        )
        t = F(edge, t, "Waiting for first routing table", "INFO", "Waiting for first routing table")
        routes, man, idx, kvi = snapshot(t)
        t = F(
            edge,
            t,
            "consul: Manual config changed to #%d",
            "INFO",
            f"consul: Manual config changed to #{kvi}",
        )
        t = F(edge, t, "consul: Health changed to #%d", "INFO", f"consul: Health changed to #{idx}")
        t = F(edge, t, "Config updates", "INFO", "Config updates", ["+ " + x for x in routes + man])
        t = F(edge, t, "%s proxy listening on %s", "INFO", "HTTP proxy listening on :9999")
        t = F(edge, t, "Access logging disabled", "INFO", "Access logging disabled")
        t = F(edge, t, "Using routing strategy %q", "INFO", 'Using routing strategy "rnd"')
        return F(edge, t, "Using route matching %q", "INFO", 'Using route matching "prefix"')

    def snapshot(t: datetime) -> tuple[list[str], list[str], int, int]:
        """The routes, manual routes and indexes the edges hold at `t`."""
        best = snaps[0]
        for s in snaps:
            if s[0] <= t:
                best = s
        return best[1], best[2], best[3], best[4]

    for edge, ip in edges.items():
        down = agent_down[edge]
        # each shared consul change, seen by this edge's watch a moment later
        for t, kind, arg in timeline:
            if in_any(t, [down]):
                continue
            if in_any(t, [(restarts[edge], restarts[edge] + sec(4))]):
                continue
            tt = t + sec(r.uniform(0.0, 0.6))
            idx, d = arg  # type: ignore[misc]
            if kind == "manual":
                tt = F(
                    edge,
                    tt,
                    "consul: Manual config changed to #%d",
                    "INFO",
                    f"consul: Manual config changed to #{idx}",
                )
            else:
                tt = F(
                    edge,
                    tt,
                    "consul: Health changed to #%d",
                    "INFO",
                    f"consul: Health changed to #{idx}",
                )
            if in_any(t, [bad_span]) and kind == "health":
                tt = F(
                    edge,
                    tt,
                    "line %d: syntax error: 'route add' invalid",
                    "WARN:",
                    "line 19: syntax error: 'route add' invalid",
                )
                F(
                    edge,
                    tt,
                    "line %d: syntax error: 'route add' invalid",
                    "WARN",
                    "line 19: syntax error: 'route add' invalid",
                )
                continue
            if d:
                F(edge, tt, "Config updates", "INFO", "Config updates", d)

        # the local consul agent restarted
        t = down[0]
        while t < down[1]:
            F(
                edge,
                t,
                "consul: Error fetching health state. Get %s: dial tcp %s: connect: connection refused",
                "WARN",
                f"consul: Error fetching health state. Get http://127.0.0.1:8500/v1/health/state/any?consistent=&index={snapshot(t)[2]}: dial tcp 127.0.0.1:8500: connect: connection refused",
            )
            for path, key in [
                ("/fabio/config", "fabio/config"),
                ("/fabio/noroute.html", "fabio/noroute.html"),
            ]:
                F(
                    edge,
                    t + sec(r.uniform(0, 0.5)),
                    "consul: Error fetching config from %s. Get %s: dial tcp %s: connect: connection refused",
                    "WARN",
                    f"consul: Error fetching config from {path}. Get http://127.0.0.1:8500/v1/kv/{key}?consistent=&index={snapshot(t)[3] if key == 'fabio/config' else 48199921}&recurse=: dial tcp 127.0.0.1:8500: connect: connection refused",
                )
            t += sec(1.0 + r.uniform(0, 0.01))
        F(
            edge,
            down[1] + sec(0.4),
            "consul: Health changed to #%d",
            "INFO",
            f"consul: Health changed to #{snapshot(down[1])[2]}",
        )

        # clients that go away while fabio waits for the upstream
        for t in poisson(r, T0, T_END, 140):
            F(
                edge,
                t,
                "http: proxy error: context canceled",
                None,
                "http: proxy error: context canceled",
            )
        # requests for hosts and paths no service claims
        for t in poisson(r, T0, T_END, 230):
            host = r.choice([ip, ip, "203.0.113.40", "www.example.com", "shop.example.net"])
            path = r.choice(
                [
                    "/.env",
                    "/wp-login.php",
                    "/",
                    "/favicon.ico",
                    "/actuator/health",
                    "/.git/config",
                    "/api/v1/status",
                    "/robots.txt",
                ]
            )
            F(edge, t, "No route for %s%s", "WARN", f"No route for {host}{path}")
        # the orders-api roll: old allocations gone before consul knows
        for i in range(3):
            for t in poisson(r, at(8, 30, 18) + sec(95 * i), at(8, 30, 21) + sec(95 * i), 0.8):
                F(
                    edge,
                    t,
                    "http: proxy error: dial tcp %s: connect: connection refused",
                    None,
                    f"http: proxy error: dial tcp {r.choice(FB_CLIENT_HOSTS)}:{r.randint(20000, 32000)}: connect: connection refused",
                )
        # search-api slow 11:00-11:10
        for t in poisson(r, at(11, 0), at(11, 10), 36):
            F(
                edge,
                t,
                "http: proxy error: net/http: timeout awaiting response headers",
                None,
                "http: proxy error: net/http: timeout awaiting response headers",
            )
        # the job update restarting the edge
        tr = restarts[edge]
        F(edge, tr, "consul: Deregistering %q", "INFO", 'consul: Deregistering "fabio"')
        F(edge, tr + sec(0.3), "Down", "INFO", "Down")
        startup(edge, ip, tr + sec(r.uniform(2, 4)))
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- ocelot

OC_REASONS = {
    200: "OK",
    201: "Created",
    204: "No Content",
    400: "Bad Request",
    404: "Not Found",
    409: "Conflict",
    500: "Internal Server Error",
    503: "Service Unavailable",
}
OC_CONN_STACK = [
    " ---> System.Net.Sockets.SocketException (111): Connection refused",
    "   at System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.ThrowException(SocketError error, CancellationToken cancellationToken)",
    "   at System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.System.Threading.Tasks.Sources.IValueTaskSource.GetResult(Int16 token)",
    "   at System.Net.Sockets.Socket.<ConnectAsync>g__WaitForConnectWithCancellation|285_0(AwaitableSocketAsyncEventArgs saea, ValueTask connectTask, CancellationToken cancellationToken)",
    "   at System.Net.Http.HttpConnectionPool.ConnectToTcpHostAsync(String host, Int32 port, HttpRequestMessage initialRequest, Boolean async, CancellationToken cancellationToken)",
    "   --- End of inner exception stack trace ---",
    "   at System.Net.Http.HttpConnectionPool.ConnectToTcpHostAsync(String host, Int32 port, HttpRequestMessage initialRequest, Boolean async, CancellationToken cancellationToken)",
    "   at System.Net.Http.HttpConnectionPool.ConnectAsync(HttpRequestMessage request, Boolean async, CancellationToken cancellationToken)",
    "   at System.Net.Http.HttpConnectionPool.CreateHttp11ConnectionAsync(HttpRequestMessage request, Boolean async, CancellationToken cancellationToken)",
    "   at System.Net.Http.HttpConnectionPool.AddHttp11ConnectionAsync(QueueItem queueItem)",
    "   at System.Threading.Tasks.TaskCompletionSourceWithCancellation`1.WaitWithCancellationAsync(CancellationToken cancellationToken)",
    "   at System.Net.Http.HttpConnectionPool.SendWithVersionDetectionAndRetryAsync(HttpRequestMessage request, Boolean async, Boolean doRequestAuthentication, CancellationToken cancellationToken)",
    "   at System.Net.Http.DiagnosticsHandler.SendAsyncCore(HttpRequestMessage request, Boolean async, CancellationToken cancellationToken)",
    "   at Ocelot.Requester.TimeoutDelegatingHandler.SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)",
    "   at System.Net.Http.HttpClient.<SendAsync>g__Core|83_0(HttpRequestMessage request, HttpCompletionOption completionOption, CancellationTokenSource cts, Boolean disposeCts, CancellationTokenSource pendingRequestsCts, CancellationToken originalCancellationToken)",
    "   at Ocelot.Requester.MessageInvokerHttpRequester.GetResponse(HttpContext httpContext)",
]
OC_TIMEOUT_STACK = [
    " ---> System.Threading.Tasks.TaskCanceledException: The operation was canceled.",
    " ---> System.IO.IOException: Unable to read data from the transport connection: Operation canceled.",
    " ---> System.Net.Sockets.SocketException (125): Operation canceled",
    "   --- End of inner exception stack trace ---",
    "   at System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.ThrowException(SocketError error, CancellationToken cancellationToken)",
    "   at System.Net.Http.HttpConnection.SendAsync(HttpRequestMessage request, Boolean async, CancellationToken cancellationToken)",
    "   --- End of inner exception stack trace ---",
    "   at System.Net.Http.HttpConnection.SendAsync(HttpRequestMessage request, Boolean async, CancellationToken cancellationToken)",
    "   at System.Net.Http.HttpConnectionPool.SendWithVersionDetectionAndRetryAsync(HttpRequestMessage request, Boolean async, Boolean doRequestAuthentication, CancellationToken cancellationToken)",
    "   at Ocelot.Provider.Polly.PollyResiliencePipelineDelegatingHandler.<>c__DisplayClass5_0.<<SendAsync>b__0>d.MoveNext()",
    "   --- End of inner exception stack trace ---",
    "   at Polly.Timeout.TimeoutResilienceStrategy.ExecuteCore[TResult,TState](Func`3 callback, ResilienceContext context, TState state)",
    "   at Polly.Outcome`1.GetResultOrRethrow()",
    "   at Polly.ResiliencePipeline.ExecuteAsync[TResult](Func`2 callback, CancellationToken cancellationToken)",
    "   at Ocelot.Provider.Polly.PollyResiliencePipelineDelegatingHandler.SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)",
    "   at System.Net.Http.HttpClient.<SendAsync>g__Core|83_0(HttpRequestMessage request, HttpCompletionOption completionOption, CancellationTokenSource cts, Boolean disposeCts, CancellationTokenSource pendingRequestsCts, CancellationToken originalCancellationToken)",
    "   at Ocelot.Requester.MessageInvokerHttpRequester.GetResponse(HttpContext httpContext)",
]
OC_BROKEN_STACK = [
    "   at Polly.CircuitBreaker.CircuitStateController`1.OnActionPreExecuteAsync(ResilienceContext context)",
    "   at Polly.CircuitBreaker.CircuitBreakerResilienceStrategy`1.ExecuteCore[TState](Func`3 callback, ResilienceContext context, TState state)",
    "   at Polly.Outcome`1.GetResultOrRethrow()",
    "   at Polly.ResiliencePipeline.ExecuteAsync[TResult](Func`2 callback, CancellationToken cancellationToken)",
    "   at Ocelot.Provider.Polly.PollyResiliencePipelineDelegatingHandler.SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)",
    "   at System.Net.Http.HttpClient.<SendAsync>g__Core|83_0(HttpRequestMessage request, HttpCompletionOption completionOption, CancellationTokenSource cts, Boolean disposeCts, CancellationTokenSource pendingRequestsCts, CancellationToken originalCancellationToken)",
    "   at Ocelot.Requester.MessageInvokerHttpRequester.GetResponse(HttpContext httpContext)",
]
OC_SCAN = [
    "/.env",
    "/wp-login.php",
    "/actuator/health",
    "/api/v1/status",
    "/swagger/index.html",
    "/.git/config",
    "/favicon.ico",
    "/graphql",
]
B32 = "0123456789ABCDEFGHIJKLMNOPQRSTUV"


def ocelot(r: random.Random) -> list[Log]:
    """Two Ocelot 23.2 gateways of a back-office API (see the module docstring)."""
    fs = Files()
    gws = ["gateway-a", "gateway-b"]
    conns: dict[str, list[list[object]]] = {g: [] for g in gws}

    def rid(g: str) -> str:
        pool = conns[g]
        if not pool or r.random() < 0.25:
            cid = "0HN4" + "".join(r.choice(B32) for _ in range(9))
            pool.append([cid, 0])
            if len(pool) > 12:
                pool.pop(0)
        c = r.choice(pool)
        c[1] = int(c[1]) + 1  # type: ignore[call-overload]
        return f"{c[0]}:{int(c[1]):08X}"  # type: ignore[call-overload]

    def SL(
        g: str, t: datetime, label: str, lvl: str, text: str, exc: list[str] | None = None
    ) -> datetime:
        def lines(x: datetime) -> list[str]:
            first, *rest = text.split("\n")
            out = [f"{x:%Y-%m-%d %H:%M:%S}.{ms3(x)} +00:00 [{lvl}] {first}", *rest]
            return out + (exc or [])

        return fs.add(f"{g}-20240607.log", t, label, lines, (g, "gateway"), MS)

    def OL(g: str, t: datetime, label: str, lvl: str, msg: str, req: str | None = None) -> datetime:
        req = req or "No RequestId"
        return SL(
            g,
            t,
            label,
            lvl,
            f"requestId: {req}, previousRequestId: No PreviousRequestId, message: '{msg}'",
        )

    def status(g: str, t: datetime, code: int, uri: str, req: str | None = None) -> datetime:
        return OL(
            g,
            t,
            "%s (%s) status code of request URI: %s.",
            "INF" if code < 400 else "WRN",
            f"{code} ({OC_REASONS[code]}) status code of request URI: {uri}.",
            req or rid(g),
        )

    inv_down = (at(7, 40, 5), at(7, 52, 30))
    route = "/inventory/{everything}"

    def inventory(g: str, t: datetime, cb: dict[str, object]) -> None:
        """An inventory request through the route's Polly circuit breaker."""
        sku = f"SKU-{r.randint(10000, 99999)}"
        path = f"/inventory/items/{sku}"
        req = rid(g)
        down = in_any(t, [inv_down])

        def refused(t: datetime) -> datetime:
            err = (
                "Error Code: ConnectionToDownstreamServiceError Message: Error connecting to downstream service, exception: "
                "System.Net.Http.HttpRequestException: Connection refused (inventory-api:8080)\n"
                + "\n".join(OC_CONN_STACK)
            )
            return responder(
                g,
                t + sec(r.uniform(0.003, 0.02)),
                "Error Code: ConnectionToDownstreamServiceError Message: Error connecting to downstream service, exception: %s: Connection refused (%s)",
                err,
                path,
                "GET",
                req,
            )

        def breaks(t: datetime) -> datetime:
            cb["open"], cb["fails"], cb["until"] = True, 0, t + sec(30)
            return SL(
                g,
                t + sec(0.002),
                "Circuit Breaker for Route: %s: Breaking the circuit for %sms!",
                "ERR",
                f"requestId: {req}, previousRequestId: No PreviousRequestId, message: 'Circuit Breaker for Route: {route}: Breaking the circuit for 30000ms!'",
                [
                    "System.Net.Http.HttpRequestException: Connection refused (inventory-api:8080)",
                    *OC_CONN_STACK,
                ],
            )

        if cb["open"]:
            if t < cb["until"]:  # type: ignore[operator]
                err = (
                    "Error Code: RequestTimedOutError Message: Timeout making http request, exception: "
                    "Polly.CircuitBreaker.BrokenCircuitException: The circuit is now open and is not allowing calls.\n"
                    + "\n".join(OC_BROKEN_STACK)
                )
                responder(
                    g,
                    t + sec(r.uniform(0.001, 0.004)),
                    "Error Code: RequestTimedOutError Message: Timeout making http request, exception: %s: The circuit is now open and is not allowing calls.",
                    err,
                    path,
                    "GET",
                    req,
                )
                return
            t = OL(
                g,
                t,
                "Circuit Breaker for Route: %s: Half-open; Next call is a trial.",
                "INF",
                f"Circuit Breaker for Route: {route}: Half-open; Next call is a trial.",
                req,
            )
            if down:
                refused(breaks(t))
                return
            cb["open"], cb["fails"] = False, 0
            t = OL(
                g,
                t + sec(0.01),
                "Circuit Breaker for Route: %s: Closed the circuit again.",
                "INF",
                f"Circuit Breaker for Route: {route}: Closed the circuit again.",
                req,
            )
            status(g, t, 200, f"http://inventory-api:8080/api/items/{sku}", req)
            return
        if down:
            cb["fails"] = int(cb["fails"]) + 1  # type: ignore[call-overload]
            if int(cb["fails"]) >= 3:  # type: ignore[call-overload]
                t = breaks(t)
            refused(t)
            return
        status(
            g,
            t,
            200 if r.random() < 0.95 else 404,
            f"http://inventory-api:8080/api/items/{sku}",
            req,
        )

    def responder(
        g: str, t: datetime, label: str, err: str, path: str, method: str, req: str | None
    ) -> datetime:
        return OL(
            g,
            t,
            label,
            "WRN",
            f"{err} errors found in ResponderMiddleware. Setting error response for request path:{path}, request method: {method}",
            req,
        )

    def startup(g: str, t: datetime) -> datetime:
        t = SL(
            g,
            t,
            "Overriding address(es) '%s'. Binding to endpoints defined via IConfiguration and/or UseKestrel() instead.",
            "WRN",
            "Overriding address(es) 'http://+:8080'. Binding to endpoints defined via IConfiguration and/or UseKestrel() instead.",
        )
        t = SL(g, t, "Now listening on: %s", "INF", "Now listening on: http://[::]:8080")
        t = SL(
            g,
            t,
            "Application started. Press Ctrl+C to shut down.",
            "INF",
            "Application started. Press Ctrl+C to shut down.",
        )
        t = SL(g, t, "Hosting environment: %s", "INF", "Hosting environment: Production")
        return SL(g, t, "Content root path: %s", "INF", "Content root path: /app")

    restarts = {"gateway-a": at(6, 20, 41), "gateway-b": at(11, 0, 17)}
    rep_slow = (at(9, 30, 0), at(9, 50, 0))
    rate_span = (at(10, 0, 0), at(10, 20, 0))
    for g in gws:
        tr = restarts[g]
        SL(g, tr, "Application is shutting down...", "INF", "Application is shutting down...")
        startup(g, tr + sec(r.uniform(3, 6)))
        gap = (tr, tr + sec(8))
        reqs = [
            (
                t,
                r.choices(
                    ["orders", "orders_post", "inventory", "customers", "reports"],
                    weights=[34, 9, 30, 20, 7],
                )[0],
            )
            for t in poisson(r, T0, T_END, 30)
        ]
        # the warehouse's stock sync polls the inventory 07:30-08:00
        reqs += [(t, "inventory") for t in poisson(r, at(7, 30), at(8, 0), 9)]
        # the BI dashboard refreshing its daily report 09:25-10:25
        reqs += [(t, "reports") for t in poisson(r, at(9, 25), at(10, 25), 40)]
        reqs.sort(key=lambda x: x[0])
        cb: dict[str, object] = {"open": False, "fails": 0, "until": T0}
        for t, kind in reqs:
            if in_any(t, [gap]):
                continue
            if kind == "orders":
                oid = r.randint(100000, 199999)
                status(
                    g,
                    t,
                    200 if r.random() < 0.97 else 404,
                    f"http://orders-api:8080/api/orders/{oid}",
                )
            elif kind == "orders_post":
                code = 201 if r.random() < 0.88 else r.choice([400, 409, 500, 500])
                status(g, t, code, "http://orders-api:8080/api/orders")
            elif kind == "inventory":
                inventory(g, t, cb)
            elif kind == "customers":
                cid = r.randint(1000, 99999)
                path = f"/customers/{cid}"
                if r.random() < 0.12:
                    req = rid(g)
                    t2 = OL(
                        g,
                        t,
                        "Client has NOT been authenticated for %s and pipeline error set. Request for authenticated route %s by %s was unauthenticated",
                        "WRN",
                        f"Client has NOT been authenticated for {path} and pipeline error set. Request for authenticated route {path} by  was unauthenticated",
                        req,
                    )
                    responder(
                        g,
                        t2,
                        "Error Code: UnauthenticatedError Message: Request for authenticated route %s by %s was unauthenticated errors found in %s. Setting error response for request path:%s, request method: %s",
                        f"Error Code: UnauthenticatedError Message: Request for authenticated route {path} by  was unauthenticated",
                        path,
                        "GET",
                        req,
                    )
                else:
                    status(
                        g,
                        t,
                        200 if r.random() < 0.93 else 404,
                        f"http://customers-api:8080/api/customers/{cid}",
                    )
            else:
                day = r.choice(["2024-06-06", "2024-06-05", "2024-06-07"])
                if in_any(t, [rate_span]) and r.random() < 0.5:
                    req = rid(g)
                    OL(
                        g,
                        t,
                        "Request %s from ClientId %s has been blocked, quota %s/%s exceeded by %s. Blocked by rule %s, TraceIdentifier %s.",
                        "INF",
                        f"Request /reports/daily from ClientId bi-dashboard has been blocked, quota 30/1m exceeded by {r.randint(1, 12)}. Blocked by rule /reports/{{everything}}, TraceIdentifier {req}.",
                        req,
                    )
                    continue
                if in_any(t, [rep_slow]) and r.random() < 0.7:
                    req = rid(g)
                    err = (
                        "Error Code: RequestTimedOutError Message: Timeout making http request, exception: "
                        "Polly.Timeout.TimeoutRejectedException: The operation didn't complete within the allowed timeout of '00:00:10'.\n"
                        + "\n".join(OC_TIMEOUT_STACK)
                    )
                    responder(
                        g,
                        t + sec(10 + r.uniform(0.001, 0.05)),
                        "Error Code: RequestTimedOutError Message: Timeout making http request, exception: %s: The operation didn't complete within the allowed timeout of '%s'.",
                        err,
                        "/reports/daily",
                        "GET",
                        req,
                    )
                else:
                    status(
                        g,
                        t + sec(r.uniform(0.2, 4)),
                        200,
                        f"http://reports-api:8080/api/reports/daily?date={day}",
                    )
        # probes and scanners: no route matches, before any request id is set
        for t in poisson(r, T0, T_END, 260):
            if in_any(t, [gap]):
                continue
            path = r.choice(OC_SCAN)
            verb = r.choice(["GET", "GET", "GET", "POST"])
            err = f"Error Code: UnableToFindDownstreamRouteError Message: Failed to match Route configuration for upstream path: {path}, verb: {verb}."
            t = OL(
                g,
                t,
                "%s setting pipeline errors. IDownstreamRouteFinder returned Error Code: UnableToFindDownstreamRouteError Message: Failed to match Route configuration for upstream path: %s, verb: %s.",
                "WRN",
                f"DownstreamRouteFinderMiddleware setting pipeline errors. IDownstreamRouteFinder returned {err}",
            )
            responder(
                g,
                t,
                "Error Code: UnableToFindDownstreamRouteError Message: Failed to match Route configuration for upstream path: %s, verb: %s. errors found in %s. Setting error response for request path:%s, request method: %s",
                err,
                path,
                verb,
                None,
            )
    return fs.logs(T0)


# ------------------------------------------------------------------------------------- yarp

YP_PODS = ["edge-gateway-6b7f9d4c8-2xkqp", "edge-gateway-6b7f9d4c8-h7m4z"]
YP_DEST = {
    "catalog-1": ("catalog", "http://10.42.1.15:8080/"),
    "catalog-2": ("catalog", "http://10.42.2.31:8080/"),
    "checkout-1": ("checkout", "http://checkout.shop.svc.cluster.local:8080/"),
    "images-1": ("images", "http://imgproxy.media.svc.cluster.local:8080/"),
    "search-1": ("search", "http://10.42.3.40:8080/"),
}
YP_FWD = "Yarp.ReverseProxy.Forwarder.HttpForwarder"
YP_HEALTH = "Yarp.ReverseProxy.Health.DestinationHealthUpdater"
YP_ACTIVE = "Yarp.ReverseProxy.Health.ActiveHealthCheckMonitor"
YP_REFUSED = (
    "System.Net.Http.HttpRequestException: Connection refused ({hp})\n"
    " ---> System.Net.Sockets.SocketException (111): Connection refused\n"
    "   at System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.ThrowException(SocketError error, CancellationToken cancellationToken)\n"
    "   at System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.System.Threading.Tasks.Sources.IValueTaskSource.GetResult(Int16 token)\n"
    "   at System.Net.Sockets.Socket.<ConnectAsync>g__WaitForConnectWithCancellation|285_0(AwaitableSocketAsyncEventArgs saea, ValueTask connectTask, CancellationToken cancellationToken)\n"
    "   at System.Net.Http.HttpConnectionPool.ConnectToTcpHostAsync(String host, Int32 port, HttpRequestMessage initialRequest, Boolean async, CancellationToken cancellationToken)\n"
    "   --- End of inner exception stack trace ---\n"
    "   at System.Net.Http.HttpConnectionPool.ConnectToTcpHostAsync(String host, Int32 port, HttpRequestMessage initialRequest, Boolean async, CancellationToken cancellationToken)\n"
    "   at System.Net.Http.HttpConnectionPool.ConnectAsync(HttpRequestMessage request, Boolean async, CancellationToken cancellationToken)\n"
    "   at System.Net.Http.HttpConnectionPool.CreateHttp11ConnectionAsync(HttpRequestMessage request, Boolean async, CancellationToken cancellationToken)\n"
    "   at System.Net.Http.HttpConnectionPool.AddHttp11ConnectionAsync(QueueItem queueItem)\n"
    "   at System.Threading.Tasks.TaskCompletionSourceWithCancellation`1.WaitWithCancellationAsync(CancellationToken cancellationToken)\n"
    "   at System.Net.Http.HttpConnectionPool.SendWithVersionDetectionAndRetryAsync(HttpRequestMessage request, Boolean async, Boolean doRequestAuthentication, CancellationToken cancellationToken)\n"
    "   at System.Net.Http.SocketsHttpHandler.SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)\n"
    "   at Yarp.ReverseProxy.Forwarder.HttpForwarder.SendAsync(HttpContext context, String destinationPrefix, HttpMessageInvoker httpClient, ForwarderRequestConfig requestConfig, HttpTransformer transformer, CancellationToken cancellationToken)"
)
YP_PROBE_REFUSED = YP_REFUSED.replace(
    "   at Yarp.ReverseProxy.Forwarder.HttpForwarder.SendAsync(HttpContext context, String destinationPrefix, HttpMessageInvoker httpClient, ForwarderRequestConfig requestConfig, HttpTransformer transformer, CancellationToken cancellationToken)",
    "   at System.Net.Http.HttpMessageInvoker.SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)\n"
    "   at Yarp.ReverseProxy.Health.ActiveHealthCheckMonitor.ProbeDestinationAsync(ClusterState cluster, DestinationState destination, TimeSpan timeout, CancellationToken cancellationToken)",
)
YP_TIMEOUT = (
    "System.Threading.Tasks.TaskCanceledException: The operation was canceled.\n"
    " ---> System.TimeoutException: The operation was canceled.\n"
    "   --- End of inner exception stack trace ---\n"
    "   at System.Net.Http.HttpConnection.SendAsync(HttpRequestMessage request, Boolean async, CancellationToken cancellationToken)\n"
    "   at System.Net.Http.HttpConnectionPool.SendWithVersionDetectionAndRetryAsync(HttpRequestMessage request, Boolean async, Boolean doRequestAuthentication, CancellationToken cancellationToken)\n"
    "   at System.Net.Http.SocketsHttpHandler.SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)\n"
    "   at Yarp.ReverseProxy.Forwarder.HttpForwarder.SendAsync(HttpContext context, String destinationPrefix, HttpMessageInvoker httpClient, ForwarderRequestConfig requestConfig, HttpTransformer transformer, CancellationToken cancellationToken)"
)
YP_CANCELED = (
    "System.Threading.Tasks.TaskCanceledException: The operation was canceled.\n"
    " ---> System.IO.IOException: Unable to read data from the transport connection: Operation canceled.\n"
    " ---> System.Net.Sockets.SocketException (125): Operation canceled\n"
    "   --- End of inner exception stack trace ---\n"
    "   at System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.ThrowException(SocketError error, CancellationToken cancellationToken)\n"
    "   at System.Net.Http.HttpConnection.SendAsync(HttpRequestMessage request, Boolean async, CancellationToken cancellationToken)\n"
    "   --- End of inner exception stack trace ---\n"
    "   at System.Net.Http.HttpConnection.SendAsync(HttpRequestMessage request, Boolean async, CancellationToken cancellationToken)\n"
    "   at System.Net.Http.SocketsHttpHandler.SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)\n"
    "   at Yarp.ReverseProxy.Forwarder.HttpForwarder.SendAsync(HttpContext context, String destinationPrefix, HttpMessageInvoker httpClient, ForwarderRequestConfig requestConfig, HttpTransformer transformer, CancellationToken cancellationToken)"
)
YP_RESET = (
    "Microsoft.AspNetCore.Connections.ConnectionResetException: Connection reset by peer\n"
    " ---> System.Net.Sockets.SocketException (104): Connection reset by peer\n"
    "   --- End of inner exception stack trace ---\n"
    "   at Microsoft.AspNetCore.Server.Kestrel.Core.Internal.Http.Http1OutputProducer.WriteDataToPipeAsync(ReadOnlySpan`1 buffer, CancellationToken cancellationToken)\n"
    "   at Yarp.ReverseProxy.Utilities.StreamCopier.CopyAsync(Boolean isRequest, Stream input, Stream output, Int64 promisedContentLength, IClock clock, ActivityCancellationTokenSource activityToken, Boolean autoFlush, CancellationToken cancellation)"
)


def yarp(r: random.Random) -> list[Log]:
    """Two pods of a YARP 2.1 edge gateway (see the module docstring)."""
    fs = Files()

    def Y(
        pod: str,
        t: datetime,
        label: str,
        lvl: str,
        cat: str,
        eid: int,
        msg: str,
        exc: str | None = None,
    ) -> datetime:
        tail = (" " + exc.replace("\n", " ")) if exc else ""
        return fs.add(
            f"{pod}.log",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%dT%H:%M:%S}.{ms3(x)}Z {lvl}: {cat}[{eid}] {msg}{tail}"],
            (pod, "yarp"),
            MS,
        )

    def hp(dest: str) -> str:
        return YP_DEST[dest][1].split("//")[1].rstrip("/")

    catalog_down = (at(8, 20, 3), at(8, 24, 10))
    search_down = (at(11, 10, 20), at(11, 17, 45))
    checkout_slow = (at(10, 5, 0), at(10, 15, 0))

    for pi, pod in enumerate(YP_PODS):
        t = T0 + sec(14 + 9 * pi + r.uniform(0, 2))
        t = Y(
            pod,
            t,
            "Loading proxy data from config.",
            "info",
            "Yarp.ReverseProxy.Configuration.ConfigProvider.ConfigurationConfigProvider",
            1,
            "Loading proxy data from config.",
        )
        t = Y(
            pod,
            t + sec(0.3),
            "Now listening on: %s",
            "info",
            "Microsoft.Hosting.Lifetime",
            14,
            "Now listening on: http://[::]:8080",
        )
        t = Y(
            pod,
            t,
            "Application started. Press Ctrl+C to shut down.",
            "info",
            "Microsoft.Hosting.Lifetime",
            0,
            "Application started. Press Ctrl+C to shut down.",
        )
        t = Y(
            pod,
            t,
            "Hosting environment: %s",
            "info",
            "Microsoft.Hosting.Lifetime",
            0,
            "Hosting environment: Production",
        )
        t = Y(
            pod,
            t,
            "Content root path: %s",
            "info",
            "Microsoft.Hosting.Lifetime",
            0,
            "Content root path: /app",
        )
        started = t
        # the ConfigMap change at 09:45 (a new route for the images cluster)
        Y(
            pod,
            at(9, 45, 31) + sec(r.uniform(0, 20)),
            "Loading proxy data from config.",
            "info",
            "Yarp.ReverseProxy.Configuration.ConfigProvider.ConfigurationConfigProvider",
            1,
            "Loading proxy data from config.",
        )

        # passive health: catalog-2 refusing connections
        marked_until = started
        cat_rr = 0
        for t in poisson(r, started + sec(20), T_END, 44):
            kind = r.choices(
                ["product", "list", "checkout", "image", "search"], weights=[36, 18, 10, 22, 14]
            )[0]
            if kind in ("product", "list"):
                cat_rr += 1
                dest = "catalog-1" if cat_rr % 2 else "catalog-2"
                if dest == "catalog-2" and (in_any(t, [catalog_down]) and t < marked_until):
                    dest = "catalog-1"
                path = (
                    f"api/products/{r.randint(1000, 48000)}"
                    if kind == "product"
                    else f"api/products?category={r.choice(['shoes', 'bags', 'outdoor', 'kids', 'sale'])}&page={r.randint(1, 9)}"
                )
                url = YP_DEST[dest][1] + path
                t2 = Y(
                    pod,
                    t,
                    "Proxying to %s %s %s no-streaming",
                    "info",
                    YP_FWD,
                    9,
                    f"Proxying to {url} HTTP/2 RequestVersionOrLower no-streaming",
                )
                if dest == "catalog-2" and in_any(t, [catalog_down]):
                    t3 = Y(
                        pod,
                        t2 + sec(0.002),
                        "%s: An error was encountered before receiving a response.",
                        "info",
                        YP_FWD,
                        48,
                        "Request: An error was encountered before receiving a response.",
                        YP_REFUSED.format(hp=hp(dest)),
                    )
                    if t >= marked_until:
                        Y(
                            pod,
                            t3,
                            "Destination `%s` marked as 'Unhealthy` by the passive health check is scheduled for a reactivation in `%s`.",
                            "warn",
                            YP_HEALTH,
                            19,
                            "Destination `catalog-2` marked as 'Unhealthy` by the passive health check is scheduled for a reactivation in `00:02:00`.",
                        )
                        marked_until = t3 + sec(120)
                        Y(
                            pod,
                            marked_until,
                            "Passive health state of the destination `%s` is reset to 'Unknown`.",
                            "info",
                            YP_HEALTH,
                            20,
                            "Passive health state of the destination `catalog-2` is reset to 'Unknown`.",
                        )
                    continue
                code = 200 if r.random() < 0.97 else 404
                Y(
                    pod,
                    t2 + sec(r.uniform(0.008, 0.09)),
                    "Received HTTP/%s response %s.",
                    "info",
                    YP_FWD,
                    56,
                    f"Received HTTP/1.1 response {code}.",
                )
            elif kind == "checkout":
                url = YP_DEST["checkout-1"][1] + f"api/checkout/{hexid(r, 24)}"
                t2 = Y(
                    pod,
                    t,
                    "Proxying to %s %s %s streaming",
                    "info",
                    YP_FWD,
                    9,
                    f"Proxying to {url} HTTP/2 RequestVersionOrLower streaming",
                )
                if in_any(t, [checkout_slow]) and r.random() < 0.6:
                    Y(
                        pod,
                        t2 + sec(30 + r.uniform(0.0, 0.1)),
                        "%s: The request timed out before receiving a response.",
                        "info",
                        YP_FWD,
                        48,
                        "RequestTimedOut: The request timed out before receiving a response.",
                        YP_TIMEOUT,
                    )
                    continue
                code = 200 if r.random() < 0.94 else r.choice([400, 409, 422])
                Y(
                    pod,
                    t2 + sec(r.uniform(0.1, 1.4)),
                    "Received HTTP/%s response %s.",
                    "info",
                    YP_FWD,
                    56,
                    f"Received HTTP/1.1 response {code}.",
                )
            elif kind == "image":
                url = (
                    YP_DEST["images-1"][1]
                    + f"insecure/rs:fit:{r.choice([320, 640, 1280])}/plain/{hexid(r, 16)}.webp"
                )
                t2 = Y(
                    pod,
                    t,
                    "Proxying to %s %s %s no-streaming",
                    "info",
                    YP_FWD,
                    9,
                    f"Proxying to {url} HTTP/2 RequestVersionOrLower no-streaming",
                )
                t3 = Y(
                    pod,
                    t2 + sec(r.uniform(0.02, 0.3)),
                    "Received HTTP/%s response %s.",
                    "info",
                    YP_FWD,
                    56,
                    f"Received HTTP/1.1 response {200 if r.random() < 0.98 else 404}.",
                )
                if r.random() < 0.05:
                    Y(
                        pod,
                        t3 + sec(r.uniform(0.05, 2)),
                        "%s: The client reported an error when copying the response body.",
                        "info",
                        YP_FWD,
                        48,
                        "ResponseBodyClient: The client reported an error when copying the response body.",
                        YP_RESET,
                    )
            else:
                if in_any(t, [(search_down[0] + sec(20), search_down[1] + sec(3))]):
                    Y(
                        pod,
                        t,
                        "No available destinations after load balancing for cluster `%s`.",
                        "warn",
                        "Yarp.ReverseProxy.Forwarder.ForwarderMiddleware",
                        4,
                        "No available destinations after load balancing for cluster `search`.",
                    )
                    continue
                q = r.choice(
                    ["sneakers", "rain+jacket", "backpack", "sandals", "wool+socks", "tent"]
                )
                url = YP_DEST["search-1"][1] + f"api/search?q={q}&limit=24"
                t2 = Y(
                    pod,
                    t,
                    "Proxying to %s %s %s no-streaming",
                    "info",
                    YP_FWD,
                    9,
                    f"Proxying to {url} HTTP/2 RequestVersionOrLower no-streaming",
                )
                if r.random() < 0.03:
                    Y(
                        pod,
                        t2 + sec(r.uniform(0.5, 3)),
                        "%s: The request was canceled before receiving a response.",
                        "info",
                        YP_FWD,
                        48,
                        "RequestCanceled: The request was canceled before receiving a response.",
                        YP_CANCELED,
                    )
                    continue
                Y(
                    pod,
                    t2 + sec(r.uniform(0.02, 0.2)),
                    "Received HTTP/%s response %s.",
                    "info",
                    YP_FWD,
                    56,
                    "Received HTTP/1.1 response 200.",
                )

        # the storefront's search box retrying while the search cluster has no destination
        for t in poisson(r, search_down[0] + sec(24), search_down[1] + sec(3), 9):
            Y(
                pod,
                t,
                "No available destinations after load balancing for cluster `%s`.",
                "warn",
                "Yarp.ReverseProxy.Forwarder.ForwarderMiddleware",
                4,
                "No available destinations after load balancing for cluster `search`.",
            )

        # active health probes (every 15 s, two failures in a row make a destination unhealthy)
        for dest, (a, b) in [("catalog-2", catalog_down), ("search-1", search_down)]:
            cluster = YP_DEST[dest][0]
            t = a + sec(r.uniform(0, 15))
            n = 0
            while t < b:
                Y(
                    pod,
                    t + sec(0.004),
                    "Probing destination `%s` on cluster `%s` failed.",
                    "warn",
                    YP_ACTIVE,
                    18,
                    f"Probing destination `{dest}` on cluster `{cluster}` failed.",
                    YP_PROBE_REFUSED.format(hp=hp(dest)),
                )
                n += 1
                if n == 2:
                    Y(
                        pod,
                        t + sec(0.006),
                        "Active health state of destination `%s` on cluster `%s` is set to 'unhealthy'.",
                        "warn",
                        YP_HEALTH,
                        21,
                        f"Active health state of destination `{dest}` on cluster `{cluster}` is set to 'unhealthy'.",
                    )
                t += sec(15)
            Y(
                pod,
                t + sec(0.01),
                "Active health state of destination `%s` on cluster `%s` is set to '%s'.",
                "info",
                YP_HEALTH,
                22,
                f"Active health state of destination `{dest}` on cluster `{cluster}` is set to 'Healthy'.",
            )
    return fs.logs(T0)


SYSTEMS = {
    "cherokee": cherokee,
    "ocelot": ocelot,
    "yarp": yarp,
    "fabio": fabio,
    "gobetween": gobetween,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
