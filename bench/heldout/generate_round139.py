#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 139 (openresty, passenger, hypercorn, sanic, actix-web) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five web servers and application servers, 06:00 to
12:00 on 2024-06-07. None of the five is in the set by name; OpenResty's error.log is the layout
Kong's and APISIX's logs already use (both are OpenResty applications), so OpenResty is written as
a plain OpenResty gateway of its own (lua-resty-jwt, lua-resty-redis,
lua-resty-upstream-healthcheck), not a Kong or APISIX.

- OpenResty 1.25.3.1 (`edge1-error.log`, `edge2-error.log`: nginx's error log at `notice`,
  `2024/06/07 06:05:10 [warn] 1026#1026: *1808484 [lua] auth.lua:52: verify(): jwt verification
  failed: ... , client: ..., server: api.example.com, request: "GET /v1/orders?page=9 HTTP/1.1",
  host: "api.example.com"`): two edge hosts with four workers each; `limiting requests, excess:
  %d.%03d by zone "%s"` from credential stuffing on the login route (06:40-07:05, 10:10-10:35)
  and a scraper (08:40-08:55); lua-resty-jwt's `'exp' claim expired at %s` all day and
  `signature mismatch: %s` after a key rotation at 08:00; `an upstream response is buffered to a
  temporary file %s while reading upstream` for exports; `upstream timed out (110: Connection
  timed out) while reading response header from upstream` while the database is slow
  (07:30-07:50); Redis lost 08:10-08:22 (the cosocket's `connect() failed (111: Connection
  refused)` and the gateway's `failed to connect to redis: connection refused`, then `lua tcp
  socket connect timed out, when connecting to %s` and `failed to connect to redis: timeout`);
  the reports backend down 09:36-09:44 (the health checker's timer: `connect() failed (111:
  Connection refused), context: ngx.timer`, `healthcheck: failed to connect to %s: connection
  refused`, `healthcheck: peer %s is turned down after %d failure(s)` and `turned up after %d
  success(es)`; requests: `connect() failed (111: Connection refused) while connecting to
  upstream`, then `no live upstreams while connecting to upstream`); config pushes (08:58 refused
  with `[emerg] unknown directive "%s" in %s:%d`, 09:02 and 09:21 applied: `signal %d (%s)
  received from %d, reconfiguring`, `reconfiguring`, `using the "%s" event method`, `start worker
  processes`, `start worker process %d`, the new workers' `loaded %d routes from %s` in
  init_worker, the old workers' `gracefully shutting down`, `exiting`, `exit`, the master's
  `signal 17 (SIGCHLD) received from %d` and `%s %d exited with code %d`); the 09:02 push's
  router bug (`lua entry thread aborted: runtime error: %s:%d: attempt to index local '%s' (a nil
  value)` and `... attempt to concatenate field '%s' (a nil value)`, each with its `stack
  traceback:` lines, the request context after the last frame); the cache's shared dict full
  after 11:05 (`[crit] ngx_slab_alloc() failed: no memory in lua_shared_dict zone "%s"`).
- Phusion Passenger 6.0 with Nginx (`web1-passenger.log`, `web2-passenger.log`: Passenger's
  `[ N 2024-06-07 08:30:06.0007 1209/Tb age/Cor/CoreMain.cpp:1147 ]: ` lines and, because the
  Rails 7.1 shop logs to stdout, every line of the app's output as `App %d output: ` followed by
  Rails' `I, [2024-06-07T06:00:24.525558 #2442]  INFO -- : [request id] Started GET ...`):
  the shop's requests (`Started %s "%s" for %s at %s`, `Processing by %s#%s as %s`, `
  Parameters: %s`, `Redirected to %s`, `Completed %d %s in %dms (...)` with and without
  `Views:`), the load balancer's `/up` every 5 minutes; the database pool exhausted 07:40-07:55
  (`Completed 500 Internal Server Error` and Rails' FATAL dump: `  ` then
  `ActiveRecord::ConnectionTimeoutError (could not obtain a connection from the pool within %.3f
  seconds (waited %.3f seconds); all pooled connections were in use):` and the backtrace, one
  logger call whose later lines Passenger writes each under its own `App %d output: ` prefix);
  `ActiveRecord::RecordNotFound (Couldn't find %s with '%s'=%s):` for missing products; a
  deploy at 08:30 (`Checking whether to disconnect long-running connections for process %d,
  application %s` per old process); a release with a broken bundle on web2 at 09:10 (`Could not
  spawn process for application %s: The application encountered the following error: Could not
  find %s in locally installed gems (Bundler::GemNotFound)` with its `Error ID:` and `Error
  details saved to:` lines, twice, and 164 `[Client %d-%d] Cannot checkout session because a
  spawning error occurred. The identifier of the error is %s. ...` until the rollback at 09:24);
  a traffic spike 10:30-10:41 (`Returning HTTP %d due to: Request queue full (configured max.
  size: %d)`); an app process killed by the OOM killer on web1 at 11:15 (`Sending 502 response:
  application did not send a complete response`, `Process (pid=%d, group=%s) no longer exists!
  Detaching it from the pool.`); web1's Nginx restarted at 11:40 (`Signal received. Gracefully
  shutting down... (send signal %d more time(s) to force shutdown)`, `Received command to
  shutdown gracefully. ...`, `[ApiServer]` / `[ServerThr.%d]` `Freed %d spare client objects`
  and `Shutdown finished`, `Passenger core shutdown finished`, `Starting Passenger watchdog...`,
  `Starting Passenger core...`, `Passenger core running in multi-application mode.`, `Passenger
  core online, PID %d`, `Security update check: no update found (next check in %d hours)`).
- Hypercorn 0.17 serving a Quart 0.19 catalogue API (`api-1.log`, `api-2.log`: two containers'
  output as docker's journald driver keeps it, `journalctl CONTAINER_NAME=api-1 -o cat`; one
  worker each, `--access-logfile -`): Hypercorn's `[2024-06-07 06:00:05 +0000] [1] [INFO] `
  lines, its access records (`172.18.0.2:47071 - - [07/Jun/2024:06:00:05 +0000] "GET
  /api/v1/search 1.1" 200 5067 "..." "..."`, the path without its query string, as `%(r)s`
  writes it), Quart's own handler for the app's logger (`[2024-06-07 07:21:26,213] ERROR in app:
  Exception on request GET /api/v1/products/25190` and its traceback); the docker health check
  every minute (`GET /healthz 200`, 503 while the database refuses connections); Postgres out of
  connection slots 07:20-07:34 (97 `Exception on request %s %s` with asyncpg's
  TooManyConnectionsError, 500s); an order payload bug (`KeyError: 'shipping_address'`); the
  payment provider answering 503 08:40-08:55 (`WARNING in payments: Payment provider returned %d
  for order %s, retrying in %ds`); `WARNING in cart: Cart %s references missing product %s`; a
  release at 09:00 whose CSV export breaks the declared length (`Error in ASGI Framework` with
  h11's `LocalProtocolError: Too much data for declared Content-Length`) and whose new api-2
  container has no database settings (a crash loop 09:01-09:12: Python's bare `Traceback (most
  recent call last):` ending in `hypercorn.utils.LifespanFailureError: Lifespan failure in
  startup. '...'`, no timestamp); `Running on http://%s (CTRL + C to quit)` at each start, and
  both containers recreated at 11:20.
- Sanic 23.12 LTS (`notify-1.log`, `notify-2.log`: a notification service under Sanic's worker
  manager, four workers per host, access logs on, `journalctl -u notify -o cat`): the generic
  format `[2024-06-07 08:05:23 +0000] [831] [ERROR] ` and the access format `[2024-06-07
  06:00:05 +0000] - (sanic.access)[INFO][10.0.4.5:37540]: GET
  http://notify.example.com/api/v1/notifications/unread  200 13`; web clients polling the unread
  count, other services posting events, the load balancer's health check, marking read, device
  registration; Redis refusing connections 08:05-08:17 (`Exception occurred while handling uri:
  %s` with redis-py's chained traceback, 500s); expired tokens (`Rejected request from %s:
  Signature has expired`, 401s); the push provider failing 09:30-09:50 (`FCM send to device %s
  failed: HTTP %d, retry %d/%d in %ds`, `Dropping push for device %s after %d attempts`); a
  deploy at 10:40 (`Received signal %s. Shutting down.`, `Stopping worker [%s]`, `Server
  Stopped`, the non-TTY MOTD `Sanic v%s`, `Goin' Fast @ %s`, `app: %s`, `mode: %s, w/ %d
  workers`, `server: %s, %s`, `python: %s`, `platform: %s`, `packages: %s`, `Starting worker
  [%s]`).
- actix-web 4 (`inventory-1.log`, `inventory-2.log`: an inventory API with actix-server 2.3,
  sqlx 0.7 and reqwest, env_logger's default format on stderr, `journalctl -u inventory-api -o
  cat`: `[2024-06-07T06:00:41Z INFO  actix_web::middleware::logger] 10.0.6.2 "GET /health
  HTTP/1.1" 200 2 "-" "ELB-HealthChecker/2.0" 0.000101`): the Logger middleware's default
  `%a "%r" %s %b "%{Referer}i" "%{User-Agent}i" %T` records (stock lookups, reservations,
  releases, the warehouse's pushes, refreshes, the low-stock report, the balancer's health
  check); lock contention 07:20-07:35 (sqlx's `slow statement: execution time exceeded alert
  threshold` with its fields, `failed to reserve stock for order %s: error returned from
  database: deadlock detected` and `...: pool timed out while waiting for an open connection`,
  500s); the warehouse API timing out 08:45-09:00 (`warehouse refresh for %s failed (attempt
  %d/%d): error sending request for url (%s): operation timed out`, `giving up on warehouse
  refresh for %s: ...`, 502s); the low-stock report panicking its worker 09:40-10:05 (Rust's
  `thread '%s' panicked at %s:%d:%d:` with the message and the backtrace note on their own
  lines, then actix-server's `worker %d has died; restarting`); inventory-2 out of file
  descriptors at 10:20 (`error accepting connection: Too many open files (os error %d)` each
  second) and restarted (`SIGTERM received; starting graceful shutdown`, `graceful worker
  shutdown; finishing %d connections` / `shutting down idle worker`, `accept thread stopped`,
  then `database pool ready (max_connections=%d)`, `starting HTTP server at %s`, `starting %d
  workers`, `Actix runtime found; starting in Actix runtime`, `starting service: "%s", workers:
  %d, listening on: %s`), and a deploy of both at 11:30.

Label notes. The log heads are context: nginx's time, level, `pid#tid: ` and `*connection `,
the `, client: ..., server: ..., request: ..., upstream: ..., host: ..., referrer: ...` tail and
a timer's or init_worker's `, context: ...` (both added by nginx's log handler, not the call),
ngx.log's `[lua] file:line: function(): `; Passenger's `[ L date pid/thread file:line ]: `, its
`[Client %d-%d] ` and `[ServerThr.%d] ` prefixes and the `App %d output: ` prefix before each
line of an app's output; Rails' Logger head and request-id tag; Hypercorn's and Sanic's time,
pid and level, Sanic's `- (sanic.access)[INFO][%s]: `, Quart's `[time] LEVEL in module: `;
env_logger's time, level and target. An error inside a message contributes its format (nginx's
`(111: Connection refused)`, the cosocket's `connection refused` / `timeout`, lua-resty-jwt's
reason, a Lua runtime error, Bundler's GemNotFound, sqlx's and reqwest's Display texts, the
panic's message); a request record is labelled by method, route and status (query values and
ids as variables), a Hypercorn record by the path `%(r)s` shows, a Sanic record by its URL with
the host a variable. Rails' lines are their own formats (the rails set's labels), a FATAL dump is
labelled by its exception's format and its later lines continue it; the `stack traceback:`
lines, the spawn error's `Error ID:` lines, Python tracebacks and the panic's two lines continue
their events. Words a branch picks are wording (`Running on http://`, `failure(s)`,
`w/ %d workers`); the HTTP status inside `FCM send ... failed: HTTP %d` and Passenger's
configurable `Returning HTTP %d` are variables.

Least sure (written from the helper's knowledge; Passenger's CheckoutSession, Controller and
CoreMain messages, Sanic's MOTDBasic, worker manager and error handler, Hypercorn's `Running on`
and `Error in ASGI Framework`, Quart's `Exception on request`, actix-server's server, accept and
worker messages, sqlx's slow-statement line, lua-resty-upstream-healthcheck's and
lua-resty-jwt's texts and OpenResty's cosocket timeout were checked against copies of their
sources or real logs quoted in issues): the Passenger source line numbers (CheckoutSession.cpp
and InternalUtils.cpp especially), whether Passenger 6 writes anything when an app spawns, the
blank line after a spawn error's details; the OpenResty gateway's own Lua messages and its
`init.lua` line; Hypercorn 0.17's single-worker traceback frames and line numbers, Quart's and
asyncpg's frames; whether Sanic 23.12's `Starting worker` comes from `sanic.server` or
`sanic.root` (the same layout either way), the MOTD's `app:` row, the redis-py frames; the exact
actix-server version in which the messages went lower-case, the sqlx fields' order through
tracing's `log` bridge, whether actix-server logs anything when it restarts a worker after
`has died`. Run it only to change the data on purpose: `python
bench/heldout/generate_round139.py [SYSTEM ...]`.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round55 import poisson
from generate_round97 import Files, sec


def at(h: int, m: int, s: float = 0) -> datetime:
    """An instant of 2024-06-07 (UTC), the day every system of the round runs."""
    return datetime(2024, 6, 7, h, m, 0, tzinfo=UTC) + sec(s)


T0, T_END = at(6, 0), at(12, 0)
B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


def b64url(r: random.Random, n: int) -> str:
    return "".join(r.choice(B64URL) for _ in range(n))


def pick_w(r: random.Random, table: list[tuple[float, object]]) -> object:
    x = r.uniform(0, sum(w for w, _ in table))
    for w, v in table:
        x -= w
        if x <= 0:
            return v
    return table[-1][1]


def in_any(t: datetime, spans: list[tuple[datetime, datetime]]) -> bool:
    return any(a <= t < b for a, b in spans)


UA = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.147 Mobile Safari/537.36",
]


# ------------------------------------------------------------------------------- openresty

OR_LUA = "/usr/local/openresty/site/lualib/gateway"
OR_APP1 = ["10.0.3.11:8080", "10.0.3.12:8080", "10.0.3.13:8080"]
OR_APP2 = ["10.0.3.21:8080", "10.0.3.22:8080"]
OR_REDIS = "10.0.2.7:6379"
OR_BOTS = [
    "185.220.101.34",
    "185.220.101.77",
    "45.142.120.19",
    "45.142.120.201",
    "193.32.162.70",
    "91.240.118.5",
    "91.240.118.222",
    "179.43.180.12",
    "5.188.206.14",
    "103.151.122.9",
]
OR_CLIENTS = [
    f"{a}.{b}.{c}.{d}"
    for a, b, c, d in [
        (81, 2, 69, 142),
        (86, 14, 203, 77),
        (93, 184, 216, 34),
        (109, 190, 4, 211),
        (141, 101, 90, 6),
        (151, 30, 12, 88),
        (176, 9, 41, 153),
        (178, 62, 5, 19),
        (188, 114, 97, 3),
        (194, 44, 87, 160),
        (212, 58, 120, 45),
        (213, 55, 241, 9),
        (217, 160, 0, 231),
        (31, 13, 84, 52),
        (37, 120, 160, 14),
        (46, 101, 17, 240),
        (62, 210, 33, 121),
        (77, 68, 9, 200),
        (82, 132, 226, 64),
        (90, 152, 11, 37),
    ]
]
OR_API = [
    # weight, method, uri, upstream group
    (8, "GET", "/v1/me", "app1"),
    (6, "GET", "/v1/orders?page={p}", "app1"),
    (7, "GET", "/v1/orders/{n}", "app1"),
    (3, "POST", "/v1/orders", "app1"),
    (6, "GET", "/v1/cart", "app1"),
    (4, "POST", "/v1/cart/items", "app1"),
    (9, "GET", "/v1/catalog/products?page={p}", "app1"),
    (9, "GET", "/v1/catalog/products/{n}", "app1"),
    (3, "GET", "/v1/tenants/{t}/invoices", "app1"),
]
OR_TENANTS = ["acme", "globex", "initech", "umbrella", "hooli", "stark", "wayne", "tyrell"]
OR_REPORTS = [
    "/v1/reports/sales?from=2024-05-01&to=2024-05-31",
    "/v1/reports/export?format=csv&month=2024-05",
    "/v1/reports/export?format=xlsx&month=2024-05",
    "/v1/reports/export?format=csv&month=2024-04",
    "/v1/reports/stock?warehouse={w}",
]


def openresty(r: random.Random) -> list[Log]:
    """Two OpenResty 1.25.3.1 edge hosts in front of an API (a Lua gateway: JWT checks with
    lua-resty-jwt, token revocation in Redis with lua-resty-redis, routes from a JSON file,
    lua-resty-upstream-healthcheck on the reports backend), 06:00 to 12:00: credential stuffing
    on the login route 06:40-07:05 and 10:10-10:35, a slow database 07:30-07:50, a signing key
    rotated at 08:00, Redis lost 08:10-08:22, a scraper 08:40-08:55, a config push that fails
    at 08:58 and one that brings a router bug 09:02-09:21, the reports backend down
    09:36-09:44, the cache's shared dict full after 11:05."""
    fs = Files()
    master = {"edge1": 1021, "edge2": 988}
    gens = {
        "edge1": [[1024, 1025, 1026, 1027], [5210, 5211, 5212, 5213], [6034, 6035, 6036, 6037]],
        "edge2": [[991, 992, 993, 994], [4873, 4874, 4875, 4876], [5702, 5703, 5704, 5705]],
    }
    reloads = [at(9, 2, 31), at(9, 21, 5)]
    cbase = {"edge1": 1_804_221, "edge2": 1_711_930}
    server = "api.example.com"

    def workers(h: str, t: datetime) -> list[int]:
        g = sum(1 for x in reloads if t >= x + sec(1))
        return gens[h][g]

    def conn(h: str, t: datetime) -> int:
        return int(cbase[h] + (t - T0).total_seconds() * 13.7) + r.randint(0, 12)

    def ctx(client: str, method: str, uri: str, upstream: str = "", referrer: str = "") -> str:
        s = f', client: {client}, server: {server}, request: "{method} {uri} HTTP/1.1"'
        if upstream:
            s += f', upstream: "{upstream}"'
        s += f', host: "{server}"'
        if referrer:
            s += f', referrer: "{referrer}"'
        return s

    def N(
        h: str,
        t: datetime,
        level: str,
        pid: int,
        c: int | None,
        label: str,
        msg: str,
        tail: str = "",
        cont: list[str] | None = None,
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            head = f"{x:%Y/%m/%d %H:%M:%S} [{level}] {pid}#{pid}: " + (f"*{c} " if c else "")
            if cont:
                return [head + msg, *cont[:-1], cont[-1] + tail]
            return [head + msg + tail]

        return fs.add(f"{h}-error.log", t, label, text, (h, pid), 1_000_000)

    def lua(file: str, line: int, fn: str) -> str:
        return f"[lua] {file}:{line}: {fn}(): "

    def api(t: datetime) -> tuple[str, str, str]:
        _w, m, u, _g = pick_w(r, [(x[0], x) for x in OR_API])  # type: ignore[misc]
        u = u.format(p=r.randint(1, 12), n=r.randint(100000, 999999), t=r.choice(OR_TENANTS))
        return m, u, "app1"

    def report_uri() -> str:
        return r.choice(OR_REPORTS).format(w=r.choice(["ber1", "ham2", "muc1"]))

    def temp_path() -> str:
        n = r.randint(1000, 99999)
        s = f"{n:010d}"
        return f"/usr/local/openresty/nginx/proxy_temp/{s[-1]}/{s[-3:-1]}/{s}"

    hosts = ["edge1", "edge2"]
    for h in hosts:
        # credential stuffing on the login route
        for a, b in [(at(6, 40, 12), at(7, 5, 40)), (at(10, 10, 3), at(10, 35, 51))]:
            bots = r.sample(OR_BOTS, 6)
            for t in poisson(r, a, b, 10.0):
                excess = r.uniform(10.05, 31.0)
                N(
                    h,
                    t,
                    "error",
                    r.choice(workers(h, t)),
                    conn(h, t),
                    'limiting requests, excess: %d.%03d by zone "%s"',
                    f'limiting requests, excess: {excess:.3f} by zone "login"',
                    ctx(r.choice(bots), "POST", "/v1/auth/login"),
                )
        # a scraper walking the catalogue
        scraper = r.choice(["116.203.45.12", "159.69.201.88"])
        page = 40
        for t in poisson(r, at(8, 40, 2), at(8, 55, 30), 22.0):
            page += r.randint(1, 6)
            N(
                h,
                t,
                "error",
                r.choice(workers(h, t)),
                conn(h, t),
                'limiting requests, excess: %d.%03d by zone "%s"',
                f'limiting requests, excess: {r.uniform(20.01, 24.9):.3f} by zone "api_per_ip"',
                ctx(scraper, "GET", f"/v1/catalog/products?page={page}"),
            )
        # expired tokens all day, a signing key rotated at 08:00
        for t in poisson(r, T0, T_END, 95.0):
            m, u, _g = api(t)
            exp = t - sec(r.uniform(20, 6 * 3600))
            N(
                h,
                t,
                "warn",
                r.choice(workers(h, t)),
                conn(h, t),
                "jwt verification failed: 'exp' claim expired at %s",
                lua("auth.lua", 52, "verify")
                + f"jwt verification failed: 'exp' claim expired at {exp:%a, %d %b %Y %H:%M:%S} GMT",
                ctx(r.choice(OR_CLIENTS), m, u),
            )
        for t in poisson(r, at(8, 0, 4), at(8, 21, 0), 60.0):
            m, u, _g = api(t)
            N(
                h,
                t,
                "warn",
                r.choice(workers(h, t)),
                conn(h, t),
                "jwt verification failed: signature mismatch: %s",
                lua("auth.lua", 52, "verify")
                + f"jwt verification failed: signature mismatch: {b64url(r, 43)}",
                ctx(r.choice(OR_CLIENTS), m, u),
            )
        # large exports buffered to disk
        down = (at(9, 36, 10), at(9, 44, 30))
        for t in poisson(r, T0, T_END, 190.0):
            if down[0] <= t < down[1] + sec(20):
                continue
            u = r.choice(OR_REPORTS[1:4])
            N(
                h,
                t,
                "warn",
                r.choice(workers(h, t)),
                conn(h, t),
                "an upstream response is buffered to a temporary file %s while reading upstream",
                f"an upstream response is buffered to a temporary file {temp_path()} while reading upstream",
                ctx(
                    r.choice(OR_CLIENTS),
                    "GET",
                    u,
                    f"http://{r.choice(OR_APP2)}{u}",
                    "https://app.example.com/reports",
                ),
            )
        # the database slow 07:30-07:50, and a few slow requests all day
        slow = poisson(r, at(7, 30, 5), at(7, 50, 20), 16.0) + poisson(r, T0, T_END, 1800.0)
        for t in slow:
            m, u, _g = api(t)
            N(
                h,
                t,
                "error",
                r.choice(workers(h, t)),
                conn(h, t),
                "upstream timed out (110: Connection timed out) while reading response header from upstream",
                "upstream timed out (110: Connection timed out) while reading response header from upstream",
                ctx(r.choice(OR_CLIENTS), m, u, f"http://{r.choice(OR_APP1)}{u}"),
            )
        # Redis lost: refused, then unreachable while its host reboots
        for t in poisson(r, at(8, 10, 20), at(8, 22, 40), 9.0):
            m, u, _g = api(t)
            w, c, cl = r.choice(workers(h, t)), conn(h, t), r.choice(OR_CLIENTS)
            if t < at(8, 19, 50):
                t2 = N(
                    h,
                    t,
                    "error",
                    w,
                    c,
                    "connect() failed (111: Connection refused)",
                    "connect() failed (111: Connection refused)",
                    ctx(cl, m, u),
                )
                N(
                    h,
                    t2,
                    "error",
                    w,
                    c,
                    "failed to connect to redis: connection refused",
                    lua("auth.lua", 71, "is_revoked")
                    + "failed to connect to redis: connection refused",
                    ctx(cl, m, u),
                )
            else:
                t2 = N(
                    h,
                    t + sec(1),
                    "error",
                    w,
                    c,
                    "lua tcp socket connect timed out, when connecting to %s",
                    f"lua tcp socket connect timed out, when connecting to {OR_REDIS}",
                    ctx(cl, m, u),
                )
                N(
                    h,
                    t2,
                    "error",
                    w,
                    c,
                    "failed to connect to redis: timeout",
                    lua("auth.lua", 71, "is_revoked") + "failed to connect to redis: timeout",
                    ctx(cl, m, u),
                )
        # the reports backend down 09:36:10-09:44:30: the health checker's timer
        fails = {p: 0 for p in OR_APP2}
        tc = at(9, 36, 10) + sec(r.uniform(0, 10))
        while tc < at(9, 44, 30):
            w = r.choice(workers(h, tc))
            timer_conn = conn(h, tc)
            for p in OR_APP2:
                tt = N(
                    h,
                    tc + sec(r.uniform(0, 0.01)),
                    "error",
                    w,
                    timer_conn,
                    "connect() failed (111: Connection refused)",
                    "connect() failed (111: Connection refused)",
                    ", context: ngx.timer",
                )
                fails[p] += 1
                if fails[p] <= 3:
                    tt = N(
                        h,
                        tt,
                        "error",
                        w,
                        timer_conn,
                        "healthcheck: failed to connect to %s: connection refused",
                        lua("healthcheck.lua", 53, "errlog")
                        + f"healthcheck: failed to connect to {p}: connection refused",
                        ", context: ngx.timer",
                    )
                if fails[p] == 3:
                    N(
                        h,
                        tt,
                        "warn",
                        w,
                        timer_conn,
                        "healthcheck: peer %s is turned down after %d failure(s)",
                        lua("healthcheck.lua", 58, "warn")
                        + f"healthcheck: peer {p} is turned down after 3 failure(s)",
                        ", context: ngx.timer",
                    )
            tc += sec(10)
        back = tc + sec(10)
        w = r.choice(workers(h, back))
        timer_conn = conn(h, back)
        for p in OR_APP2:
            N(
                h,
                back + sec(r.uniform(0, 0.5)),
                "warn",
                w,
                timer_conn,
                "healthcheck: peer %s is turned up after %d success(es)",
                lua("healthcheck.lua", 58, "warn")
                + f"healthcheck: peer {p} is turned up after 2 success(es)",
                ", context: ngx.timer",
            )
        marked = at(9, 36, 10) + sec(31)
        for t in poisson(r, at(9, 36, 11), marked, 5.0):
            u = report_uri()
            w, c, cl = r.choice(workers(h, t)), conn(h, t), r.choice(OR_CLIENTS)
            tt = t
            for p in r.sample(OR_APP2, 2):
                tt = N(
                    h,
                    tt,
                    "error",
                    w,
                    c,
                    "connect() failed (111: Connection refused) while connecting to upstream",
                    "connect() failed (111: Connection refused) while connecting to upstream",
                    ctx(cl, "GET", u, f"http://{p}{u}", "https://app.example.com/reports"),
                )
        for t in poisson(r, marked, back, 11.0):
            u = report_uri()
            N(
                h,
                t,
                "error",
                r.choice(workers(h, t)),
                conn(h, t),
                "no live upstreams while connecting to upstream",
                "no live upstreams while connecting to upstream",
                ctx(
                    r.choice(OR_CLIENTS),
                    "GET",
                    u,
                    f"http://reports_backend{u}",
                    "https://app.example.com/reports",
                ),
            )
        # config pushes: one refused at 08:58, two applied
        mp = master[h]
        senders = {"edge1": [4121, 4188, 4377], "edge2": [3987, 4040, 4261]}[h]
        tf = at(8, 58, 14) + sec(r.uniform(0, 0.8))
        tf = N(
            h,
            tf,
            "notice",
            mp,
            None,
            "signal %d (%s) received from %d, reconfiguring",
            f"signal 1 (SIGHUP) received from {senders[0]}, reconfiguring",
        )
        tf = N(h, tf, "notice", mp, None, "reconfiguring", "reconfiguring")
        N(
            h,
            tf,
            "emerg",
            mp,
            None,
            'unknown directive "%s" in %s:%d',
            'unknown directive "lua_shared_dic" in /usr/local/openresty/nginx/conf/conf.d/gateway.conf:7',
        )
        for i, tr in enumerate(reloads):
            tr = tr + sec(r.uniform(0, 0.8))
            old, new = gens[h][i], gens[h][i + 1]
            tm = N(
                h,
                tr,
                "notice",
                mp,
                None,
                "signal %d (%s) received from %d, reconfiguring",
                f"signal 1 (SIGHUP) received from {senders[i + 1]}, reconfiguring",
            )
            tm = N(h, tm, "notice", mp, None, "reconfiguring", "reconfiguring")
            tm = N(
                h,
                tm,
                "notice",
                mp,
                None,
                'using the "%s" event method',
                'using the "epoll" event method',
            )
            tm = N(h, tm, "notice", mp, None, "start worker processes", "start worker processes")
            for p in new:
                tm = N(
                    h,
                    tm,
                    "notice",
                    mp,
                    None,
                    "start worker process %d",
                    f"start worker process {p}",
                )
            for p in new:
                N(
                    h,
                    tm + sec(r.uniform(0.05, 0.3)),
                    "notice",
                    p,
                    r.randint(1, 40),
                    "loaded %d routes from %s",
                    lua("init.lua", 34, "init_worker")
                    + f"loaded {212 if i == 0 else 214} routes from /etc/openresty/gateway/routes.json",
                    ", context: init_worker_by_lua*",
                )
            for p in old:
                tw = tm + sec(r.uniform(0.1, 0.4))
                tw = N(
                    h, tw, "notice", p, None, "gracefully shutting down", "gracefully shutting down"
                )
                tw = N(h, tw + sec(r.uniform(0, 2.5)), "notice", p, None, "exiting", "exiting")
                tw = N(h, tw, "notice", p, None, "exit", "exit")
                tw = N(
                    h,
                    tw,
                    "notice",
                    mp,
                    None,
                    "signal %d (%s) received from %d",
                    f"signal 17 (SIGCHLD) received from {p}",
                )
                N(
                    h,
                    tw,
                    "notice",
                    mp,
                    None,
                    "%s %d exited with code %d",
                    f"worker process {p} exited with code 0",
                )
        # the router bug of the 09:02 push: routes without a tenant
        for t in poisson(r, reloads[0] + sec(2), reloads[1], 30.0):
            tn = r.choice(OR_TENANTS)
            u = r.choice([f"/v1/tenants/{tn}/invoices", f"/v1/tenants/{tn}/invoices?status=open"])
            cl = r.choice(OR_CLIENTS)
            if r.random() < 0.72:
                N(
                    h,
                    t,
                    "error",
                    r.choice(workers(h, t)),
                    conn(h, t),
                    "lua entry thread aborted: runtime error: %s:%d: attempt to index local '%s' (a nil value)",
                    f"lua entry thread aborted: runtime error: {OR_LUA}/router.lua:88: attempt to index local 'route' (a nil value)",
                    ctx(cl, "GET", u),
                    [
                        "stack traceback:",
                        "coroutine 0:",
                        f"\t{OR_LUA}/router.lua: in function 'match'",
                        f"\t{OR_LUA}/access.lua:31: in function 'run'",
                        "\taccess_by_lua(gateway.conf:42):2: in main chunk",
                    ],
                )
            else:
                N(
                    h,
                    t,
                    "error",
                    r.choice(workers(h, t)),
                    conn(h, t),
                    "lua entry thread aborted: runtime error: %s:%d: attempt to concatenate field '%s' (a nil value)",
                    f"lua entry thread aborted: runtime error: {OR_LUA}/audit.lua:57: attempt to concatenate field 'tenant' (a nil value)",
                    ctx(cl, "GET", u),
                    [
                        "stack traceback:",
                        "coroutine 0:",
                        f"\t{OR_LUA}/audit.lua: in function 'record'",
                        f"\t{OR_LUA}/access.lua:36: in function 'run'",
                        "\taccess_by_lua(gateway.conf:42):2: in main chunk",
                    ],
                )
        # the cache's shared dict full
        for t in poisson(r, at(11, 5, 0), T_END, 200.0):
            u = f"/v1/catalog/products/{r.randint(100000, 999999)}"
            N(
                h,
                t,
                "crit",
                r.choice(workers(h, t)),
                conn(h, t),
                'ngx_slab_alloc() failed: no memory in lua_shared_dict zone "%s"',
                'ngx_slab_alloc() failed: no memory in lua_shared_dict zone "cache"',
                ctx(r.choice(OR_CLIENTS), "GET", u),
            )
    return fs.logs(T0)


# ------------------------------------------------------------------------------- passenger

PS_APP = "/var/www/shop/current"
PS_GROUP = f"{PS_APP} (production)"
PS_CLIENTS = [*OR_CLIENTS, "10.0.1.5", "10.0.1.6"]
PS_QUERIES = [
    "linen shirt",
    "sneakers",
    "rain jacket",
    "wool socks",
    "backpack",
    "sale",
    "gift card",
]
PS_ROUTES = [
    # weight, method, path, controller#action, format, kind
    (14, "GET", "/", "HomeController#index", "HTML", "page"),
    (16, "GET", "/products", "ProductsController#index", "HTML", "page"),
    (22, "GET", "/products/{id}", "ProductsController#show", "HTML", "show"),
    (8, "POST", "/cart/items", "CartItemsController#create", "TURBO_STREAM", "cart"),
    (7, "GET", "/cart", "CartsController#show", "HTML", "page"),
    (3, "POST", "/checkout", "CheckoutsController#create", "HTML", "checkout"),
    (4, "GET", "/orders/{n}", "OrdersController#show", "HTML", "order"),
    (5, "GET", "/search?q={q}", "SearchController#index", "HTML", "search"),
]


def passenger(r: random.Random) -> list[Log]:
    """Phusion Passenger 6.0 (with Nginx) on two web hosts serving one Rails 7.1 shop whose
    log goes to stdout (RAILS_LOG_TO_STDOUT), so Passenger writes it as `App %d output: ` lines
    into its log file, 06:00 to 12:00: the database pool exhausted 07:40-07:55, a deploy at
    08:30 (restart-app), a release with a broken bundle on web2 at 09:10 (spawn errors, requests
    refused) rolled back at 09:24, a traffic spike 10:30-10:41 (request queue full), an app
    process killed by the OOM killer on web1 at 11:15, web1's Nginx restarted at 11:40."""
    fs = Files()
    core = {"web1": 1209, "web2": 1193}
    wd = {"web1": 1203, "web2": 1187}
    gens: dict[str, list[tuple[datetime, list[int]]]] = {
        "web1": [(T0 - sec(86400), [2411, 2417, 2423, 2430, 2436, 2442])],
        "web2": [(T0 - sec(86400), [2388, 2394, 2401, 2407, 2413, 2420])],
    }
    client_seq = {"web1": [0, 1841, 1790, 1822, 1803], "web2": [0, 1612, 1655, 1598, 1630]}
    thr = {1: "T8", 2: "T9", 3: "Ta", 4: "Tb"}

    def P(
        h: str, t: datetime, lvl: str, pid: int, tid: str, src: str, label: str, lines: list[str]
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            return [
                f"[ {lvl} {x:%Y-%m-%d %H:%M:%S}.{x.microsecond // 100:04d} {pid}/{tid} {src} ]: {lines[0]}",
                *lines[1:],
            ]

        return fs.add(f"{h}-passenger.log", t, label, text, (h, pid), 100)

    def client(h: str) -> str:
        n = r.randint(1, 4)
        client_seq[h][n] += r.randint(1, 3)
        return f"[Client {n}-{client_seq[h][n]}] "

    def procs(h: str, t: datetime) -> list[int]:
        cur: list[int] = []
        for since, ps in gens[h]:
            if since <= t:
                cur = ps
        return cur

    def A(
        h: str, t: datetime, pid: int, sev: str, tag: str, label: str | None, msgs: list[str]
    ) -> datetime:
        """A line (or a multi-line write) of the Rails logger, each line under Passenger's
        `App %d output: ` prefix."""

        def text(x: datetime) -> list[str]:
            head = f"{sev[0]}, [{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond:06d} #{pid}] {sev:>5} -- : [{tag}] "
            out = [f"App {pid} output: {head}{msgs[0]}"]
            out += [f"App {pid} output: [{tag}] {m}" for m in msgs[1:]]
            return out

        return fs.add(f"{h}-passenger.log", t, label, text, (h, pid), 1)

    def restart_app(h: str, t: datetime, new: list[int] | None) -> datetime:
        old = procs(h, t)
        for pid in old:
            t = P(
                h,
                t + sec(r.uniform(0.0005, 0.004)),
                "N",
                core[h],
                r.choice(list(thr.values())),
                "age/Cor/CoreMain.cpp:1147",
                "Checking whether to disconnect long-running connections for process %d, application %s",
                [
                    f"Checking whether to disconnect long-running connections for process {pid}, application {PS_GROUP}"
                ],
            )
        gens[h].append((t + sec(1), new or []))
        return t

    def request(h: str, t: datetime, pool_out: bool) -> None:
        ps = procs(h, t)
        if not ps:
            return
        pid = r.choice(ps)
        tag = uuid4(r)
        _w, meth, path, ca, fmt, kind = pick_w(r, [(x[0], x) for x in PS_ROUTES])  # type: ignore[misc]
        pid_ = r.randint(1000, 48000)
        n = r.randint(310000, 329000)
        q = r.choice(PS_QUERIES)
        path = path.format(id=pid_, n=n, q=q.replace(" ", "+"))
        ip = r.choice(PS_CLIENTS[:-2])
        tt = A(
            h,
            t,
            pid,
            "INFO",
            tag,
            'Started %s "%s" for %s at %s',
            [f'Started {meth} "{path}" for {ip} at {t:%Y-%m-%d %H:%M:%S} +0000'],
        )
        tt = A(
            h,
            tt + sec(r.uniform(0.0004, 0.002)),
            pid,
            "INFO",
            tag,
            "Processing by %s#%s as %s",
            [f"Processing by {ca} as {fmt}"],
        )
        params = {
            "show": f'{{"id"=>"{pid_}"}}',
            "cart": f'{{"authenticity_token"=>"[FILTERED]", "product_id"=>"{pid_}", "quantity"=>"{r.choice([1, 1, 1, 2, 3])}"}}',
            "checkout": '{"authenticity_token"=>"[FILTERED]", "order"=>{"shipping_method"=>"'
            + r.choice(["standard", "express"])
            + '", "payment_method"=>"card"}}',
            "order": f'{{"id"=>"{n}"}}',
            "search": f'{{"q"=>"{q}"}}',
        }.get(kind)
        if params:
            tt = A(
                h,
                tt + sec(0.0001),
                pid,
                "INFO",
                tag,
                "  Parameters: %s",
                [f"  Parameters: {params}"],
            )
        if pool_out and r.random() < 0.5:
            waited = r.uniform(5.0005, 5.09)
            tt = A(
                h,
                tt + sec(waited + 0.002),
                pid,
                "INFO",
                tag,
                "Completed %d %s in %dms (ActiveRecord: %.1fms | Allocations: %d)",
                [
                    f"Completed 500 Internal Server Error in {int(waited * 1000) + r.randint(2, 9)}ms (ActiveRecord: 0.0ms | Allocations: {r.randint(2900, 4400)})"
                ],
            )
            A(
                h,
                tt + sec(0.004),
                pid,
                "FATAL",
                tag,
                "%s (could not obtain a connection from the pool within %.3f seconds (waited %.3f seconds); all pooled connections were in use):",
                [
                    "  ",
                    f"ActiveRecord::ConnectionTimeoutError (could not obtain a connection from the pool within 5.000 seconds (waited {waited:.3f} seconds); all pooled connections were in use):",
                    "  ",
                    "activerecord (7.1.3.4) lib/active_record/connection_adapters/abstract/connection_pool/queue.rb:128:in `block in wait_poll'",
                    "app/controllers/application_controller.rb:19:in `set_current_cart'",
                ],
            )
            return
        if kind == "show" and r.random() < 0.07:
            tt = A(
                h,
                tt + sec(r.uniform(0.004, 0.012)),
                pid,
                "INFO",
                tag,
                "Completed %d %s in %dms (ActiveRecord: %.1fms | Allocations: %d)",
                [
                    f"Completed 404 Not Found in {r.randint(4, 12)}ms (ActiveRecord: {r.uniform(0.6, 2.4):.1f}ms | Allocations: {r.randint(800, 1300)})"
                ],
            )
            A(
                h,
                tt + sec(0.003),
                pid,
                "FATAL",
                tag,
                "%s (Couldn't find %s with '%s'=%s):",
                [
                    "  ",
                    f"ActiveRecord::RecordNotFound (Couldn't find Product with 'id'={pid_}):",
                    "  ",
                    "app/controllers/products_controller.rb:41:in `set_product'",
                ],
            )
            return
        if kind == "checkout":
            dur = r.uniform(0.12, 0.6)
            tt = A(
                h,
                tt + sec(dur - 0.002),
                pid,
                "INFO",
                tag,
                "Redirected to %s",
                [f"Redirected to https://shop.example.com/orders/{n}"],
            )
            A(
                h,
                tt + sec(0.001),
                pid,
                "INFO",
                tag,
                "Completed %d %s in %dms (ActiveRecord: %.1fms | Allocations: %d)",
                [
                    f"Completed 302 Found in {int(dur * 1000)}ms (ActiveRecord: {dur * 1000 * r.uniform(0.2, 0.5):.1f}ms | Allocations: {r.randint(9000, 16000)})"
                ],
            )
            return
        dur = r.uniform(0.018, 0.24)
        views = dur * 1000 * r.uniform(0.4, 0.7)
        A(
            h,
            tt + sec(dur),
            pid,
            "INFO",
            tag,
            "Completed %d %s in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)",
            [
                f"Completed 200 OK in {int(dur * 1000)}ms (Views: {views:.1f}ms | ActiveRecord: {dur * 1000 * r.uniform(0.08, 0.3):.1f}ms | Allocations: {r.randint(4000, 42000)})"
            ],
        )

    def health(h: str, t: datetime) -> None:
        ps = procs(h, t)
        if not ps:
            return
        pid, tag = r.choice(ps), uuid4(r)
        lb = PS_CLIENTS[-2] if h == "web1" else PS_CLIENTS[-1]
        tt = A(
            h,
            t,
            pid,
            "INFO",
            tag,
            'Started %s "%s" for %s at %s',
            [f'Started GET "/up" for {lb} at {t:%Y-%m-%d %H:%M:%S} +0000'],
        )
        tt = A(
            h,
            tt + sec(0.0003),
            pid,
            "INFO",
            tag,
            "Processing by %s#%s as %s",
            ["Processing by Rails::HealthController#show as HTML"],
        )
        A(
            h,
            tt + sec(r.uniform(0.0008, 0.002)),
            pid,
            "INFO",
            tag,
            "Completed %d %s in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)",
            [
                f"Completed 200 OK in {r.randint(0, 1)}ms (Views: {r.uniform(0.2, 0.6):.1f}ms | ActiveRecord: 0.0ms | Allocations: {r.randint(180, 260)})"
            ],
        )

    # deploys, rollbacks and the broken release
    deploy = at(8, 30, 6)
    restart_app("web1", deploy, [3120, 3126, 3133, 3139, 3145, 3152])
    restart_app("web2", deploy + sec(41), [3088, 3094, 3101, 3107, 3113, 3120])
    bad = (at(9, 10, 22), at(9, 24, 10))
    restart_app("web2", bad[0] - sec(1.5), None)
    err_ids = [hexid(r, 8), hexid(r, 8)]
    spawn_fail = [bad[0] + sec(3.2), at(9, 17, 40)]
    for i, ts in enumerate(spawn_fail):
        P(
            "web2",
            ts,
            "E",
            core["web2"],
            "T2f" if i == 0 else "T3a",
            "age/Cor/App/Implementation.cpp:221",
            "Could not spawn process for application %s: The application encountered the following error: Could not find %s in locally installed gems (Bundler::GemNotFound)",
            [
                f"Could not spawn process for application {PS_APP}: The application encountered the following error: Could not find nokogiri-1.16.5-x86_64-linux in locally installed gems (Bundler::GemNotFound)",
                f"  Error ID: {err_ids[i]}",
                f"  Error details saved to: /tmp/passenger-error-{''.join(r.choice('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') for _ in range(6))}.html",
                "",
            ],
        )
    for t in poisson(r, spawn_fail[0] + sec(0.2), bad[1], 5.0):
        eid = err_ids[0] if t < spawn_fail[1] else err_ids[1]
        n = r.randint(1, 4)
        P(
            "web2",
            t,
            "E",
            core["web2"],
            thr[n],
            "age/Cor/Con/CheckoutSession.cpp:283",
            "Cannot checkout session because a spawning error occurred. The identifier of the error is %s. Please see earlier logs for details about the error.",
            [
                client("web2")
                + f"Cannot checkout session because a spawning error occurred. The identifier of the error is {eid}. Please see earlier logs for details about the error."
            ],
        )
    restart_app("web2", bad[1], [4417, 4423, 4430, 4436, 4442, 4449])
    # the OOM killer on web1
    oom_t = at(11, 15, 33)
    victim = procs("web1", oom_t)[2]
    for _ in range(2):
        P(
            "web1",
            oom_t + sec(r.uniform(0, 0.05)),
            "W",
            core["web1"],
            r.choice(list(thr.values())),
            "age/Cor/Con/InternalUtils.cpp:81",
            "Sending 502 response: application did not send a complete response",
            [client("web1") + "Sending 502 response: application did not send a complete response"],
        )
    P(
        "web1",
        oom_t + sec(r.uniform(1.5, 4.0)),
        "W",
        core["web1"],
        "T4",
        "age/Cor/App/Poo/AnalyticsCollection.cpp:102",
        "Process (pid=%d, group=%s) no longer exists! Detaching it from the pool.",
        [f"Process (pid={victim}, group={PS_GROUP}) no longer exists! Detaching it from the pool."],
    )
    cur = procs("web1", oom_t)
    gens["web1"].append((oom_t + sec(5), [p for p in cur if p != victim] + [5873]))
    # web1's Nginx restarted at 11:40
    rs = at(11, 40, 2)
    c = core["web1"]
    t = P(
        "web1",
        rs,
        "N",
        c,
        "T3",
        "age/Cor/CoreMain.cpp:671",
        "Signal received. Gracefully shutting down... (send signal %d more time(s) to force shutdown)",
        [
            "Signal received. Gracefully shutting down... (send signal 2 more time(s) to force shutdown)"
        ],
    )
    t = P(
        "web1",
        t + sec(0.0002),
        "N",
        c,
        "T1",
        "age/Cor/CoreMain.cpp:1246",
        "Received command to shutdown gracefully. Waiting until all clients have disconnected...",
        ["Received command to shutdown gracefully. Waiting until all clients have disconnected..."],
    )
    for name, tid in [
        ("ApiServer", "Tc"),
        ("ServerThr.1", "T8"),
        ("ServerThr.2", "T9"),
        ("ServerThr.3", "Ta"),
        ("ServerThr.4", "Tb"),
    ]:
        t = P(
            "web1",
            t + sec(r.uniform(0.0001, 0.002)),
            "N",
            c,
            tid,
            "Ser/Server.h:902",
            "Freed %d spare client objects",
            [f"[{name}] Freed {r.choice([0, 0, 11, 64, 128])} spare client objects"],
        )
        t = P(
            "web1",
            t + sec(0.0001),
            "N",
            c,
            tid,
            "Ser/Server.h:558",
            "Shutdown finished",
            [f"[{name}] Shutdown finished"],
        )
    t = P(
        "web1",
        t + sec(r.uniform(0.3, 1.2)),
        "N",
        c,
        "T1",
        "age/Cor/CoreMain.cpp:1325",
        "Passenger core shutdown finished",
        ["Passenger core shutdown finished"],
    )
    gens["web1"].append((rs, []))
    core["web1"], wd["web1"] = 27717, 27711
    t = P(
        "web1",
        t + sec(0.9),
        "N",
        wd["web1"],
        "T1",
        "age/Wat/WatchdogMain.cpp:1377",
        "Starting Passenger watchdog...",
        ["Starting Passenger watchdog..."],
    )
    t = P(
        "web1",
        t + sec(0.03),
        "N",
        27717,
        "T1",
        "age/Cor/CoreMain.cpp:1340",
        "Starting Passenger core...",
        ["Starting Passenger core..."],
    )
    t = P(
        "web1",
        t + sec(0.0002),
        "N",
        27717,
        "T1",
        "age/Cor/CoreMain.cpp:256",
        "Passenger core running in multi-application mode.",
        ["Passenger core running in multi-application mode."],
    )
    t = P(
        "web1",
        t + sec(0.011),
        "N",
        27717,
        "T1",
        "age/Cor/CoreMain.cpp:1015",
        "Passenger core online, PID %d",
        ["Passenger core online, PID 27717"],
    )
    P(
        "web1",
        t + sec(2.3),
        "N",
        27717,
        "T5",
        "age/Cor/SecurityUpdateChecker.h:519",
        "Security update check: no update found (next check in %d hours)",
        ["Security update check: no update found (next check in 24 hours)"],
    )
    gens["web1"].append((t + sec(8), [27790, 27796, 27803, 27809, 27815, 27822]))
    # the traffic spike: the request queue full
    for h in ["web1", "web2"]:
        for t in poisson(r, at(10, 30, 12), at(10, 41, 5), 4.5):
            n = r.randint(1, 4)
            P(
                h,
                t,
                "W",
                1209 if h == "web1" else core[h],
                thr[n],
                "age/Cor/Con/CheckoutSession.cpp:269",
                "Returning HTTP %d due to: Request queue full (configured max. size: %d)",
                [
                    client(h)
                    + "Returning HTTP 503 due to: Request queue full (configured max. size: 100)"
                ],
            )
    # the shop's own requests
    pool = (at(7, 40, 15), at(7, 55, 40))
    for h in ["web1", "web2"]:
        for t in poisson(r, T0, T_END, 120.0):
            if at(10, 30) <= t < at(10, 41):
                continue
            request(h, t, pool[0] <= t < pool[1])
        for t in poisson(r, at(10, 30, 0), at(10, 41, 0), 30.0):
            request(h, t, False)
        for t in poisson(r, pool[0], pool[1], 45.0):
            request(h, t, True)
        t = T0 + sec(r.uniform(5, 60))
        while t < T_END:
            health(h, t)
            t += sec(300)
    return fs.logs(T0)


# ------------------------------------------------------------------------------- hypercorn

HC_PY = "/usr/local/lib/python3.12/site-packages"
HC_ROUTES = [
    # weight, method, path, module of the handler, needs the database
    (18, "GET", "/api/v1/products", "products", True),
    (22, "GET", "/api/v1/products/{id}", "products", True),
    (10, "GET", "/api/v1/search", "search", True),
    (9, "POST", "/api/v1/cart/{cart}/items", "cart", True),
    (8, "GET", "/api/v1/cart/{cart}", "cart", True),
    (4, "POST", "/api/v1/orders", "orders", True),
    (4, "GET", "/api/v1/orders/{n}", "orders", True),
    (1, "GET", "/api/v1/exports/{n}.csv", "exports", True),
]
HC_HANDLER = {
    "products": ("get_product", 58, "async with db.pool.acquire() as conn:"),
    "search": ("search", 31, "async with db.pool.acquire() as conn:"),
    "cart": ("add_item", 44, "async with db.pool.acquire() as conn:"),
    "orders": ("create_order", 71, "async with db.pool.acquire() as conn:"),
    "exports": ("export_csv", 22, "async with db.pool.acquire() as conn:"),
}


def quart_frames() -> list[str]:
    return [
        f'  File "{HC_PY}/quart/app.py", line 1400, in handle_request',
        "    return await self.full_dispatch_request(request_context)",
        "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
        f'  File "{HC_PY}/quart/app.py", line 1438, in full_dispatch_request',
        "    result = await self.handle_user_exception(error)",
        "             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
        f'  File "{HC_PY}/quart/app.py", line 1031, in handle_user_exception',
        "    raise error",
        f'  File "{HC_PY}/quart/app.py", line 1436, in full_dispatch_request',
        "    result = await self.dispatch_request(request_context)",
        "             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
        f'  File "{HC_PY}/quart/app.py", line 1532, in dispatch_request',
        "    return await self.ensure_async(handler)(**request_.view_args)  # type: ignore",
        "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
    ]


def hypercorn(r: random.Random) -> list[Log]:
    """Hypercorn 0.17 serving a Quart 0.19 catalogue API in two containers (api-1, api-2, one
    worker each, behind Nginx, access log on stdout), 06:00 to 12:00: Postgres out of
    connection slots 07:20-07:34, an order payload bug all day, the payment provider answering
    503 08:40-08:55, a release at 09:00 (api-2's new container missing its database settings,
    crash-looping until 09:12; the release's CSV export breaking the declared length), both
    containers recreated for a config change at 11:20."""
    fs = Files()
    pool_out = (at(7, 20, 10), at(7, 34, 30))
    pay_down = (at(8, 40, 5), at(8, 55, 20))
    crash = (at(9, 1, 10), at(9, 12, 40))
    release = at(9, 0, 20)
    starts = {"api-1": [release, at(11, 20, 4)], "api-2": [crash[1], at(11, 21, 0)]}
    down = {
        "api-1": [(release - sec(3), release + sec(1)), (at(11, 20, 0), at(11, 20, 5))],
        "api-2": [(crash[0] - sec(1), crash[1] + sec(1)), (at(11, 20, 56), at(11, 21, 1))],
    }

    def H(c: str, t: datetime, level: str, label: str, lines: list[str]) -> datetime:
        def text(x: datetime) -> list[str]:
            return [f"[{x:%Y-%m-%d %H:%M:%S} +0000] [1] [{level}] {lines[0]}", *lines[1:]]

        return fs.add(f"{c}.log", t, label, text, (c, 1), 1_000_000)

    def Q(c: str, t: datetime, level: str, module: str, label: str, lines: list[str]) -> datetime:
        def text(x: datetime) -> list[str]:
            return [
                f"[{x:%Y-%m-%d %H:%M:%S},{x.microsecond // 1000:03d}] {level} in {module}: {lines[0]}",
                *lines[1:],
            ]

        return fs.add(f"{c}.log", t, label, text, (c, 1, "quart"), 1000)

    def access(
        c: str,
        t: datetime,
        ip: str,
        method: str,
        path: str,
        label_path: str,
        status: int,
        size: str,
        ref: str,
        ua: str,
    ) -> datetime:
        port = r.randint(32768, 60999)
        return fs.add(
            f"{c}.log",
            t,
            f"{method} {label_path} {status}",
            lambda x: [
                f'[{x:%Y-%m-%d %H:%M:%S} +0000] [1] [INFO] {ip}:{port} - - [{x:%d/%b/%Y:%H:%M:%S} +0000] "{method} {path} 1.1" {status} {size} "{ref}" "{ua}"'
            ],
            (c, 1),
            1_000_000,
        )

    def pool_tb(module: str) -> list[str]:
        fn, line, src = HC_HANDLER[module]
        return [
            "Traceback (most recent call last):",
            *quart_frames(),
            f'  File "/app/catalog/{module}.py", line {line}, in {fn}',
            f"    {src}",
            f'  File "{HC_PY}/asyncpg/pool.py", line 1024, in __aenter__',
            "    self.connection = await self.pool._acquire(self.timeout)",
            "                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
            f'  File "{HC_PY}/asyncpg/pool.py", line 864, in _acquire',
            "    return await _acquire_impl()",
            "           ^^^^^^^^^^^^^^^^^^^^^",
            f'  File "{HC_PY}/asyncpg/pool.py", line 849, in _acquire_impl',
            "    proxy = await ch.acquire()  # type: PoolConnectionProxy",
            "            ^^^^^^^^^^^^^^^^^^",
            f'  File "{HC_PY}/asyncpg/pool.py", line 140, in acquire',
            "    await self.connect()",
            f'  File "{HC_PY}/asyncpg/pool.py", line 132, in connect',
            "    self._con = await self._pool._get_new_connection()",
            "                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
            f'  File "{HC_PY}/asyncpg/connect_utils.py", line 1049, in _connect',
            "    raise last_error or exceptions.TargetServerAttributeNotMatched(",
            f'  File "{HC_PY}/asyncpg/connect_utils.py", line 1024, in _connect',
            "    conn = await _connect_addr(",
            "           ^^^^^^^^^^^^^^^^^^^",
            f'  File "{HC_PY}/asyncpg/connect_utils.py", line 870, in __connect_addr',
            "    await connected",
            "asyncpg.exceptions.TooManyConnectionsError: sorry, too many clients already",
        ]

    key_tb = [
        "Traceback (most recent call last):",
        *quart_frames(),
        '  File "/app/catalog/orders.py", line 77, in create_order',
        '    address = payload["shipping_address"]',
        "              ~~~~~~~^^^^^^^^^^^^^^^^^^^^",
        "KeyError: 'shipping_address'",
    ]
    asgi_tb = [
        "Traceback (most recent call last):",
        f'  File "{HC_PY}/hypercorn/asyncio/task_group.py", line 27, in _handle',
        "    await app(scope, receive, send, sync_spawn, call_soon)",
        f'  File "{HC_PY}/hypercorn/app_wrappers.py", line 34, in __call__',
        "    await self.app(scope, receive, send)",
        f'  File "{HC_PY}/quart/app.py", line 1644, in __call__',
        "    await self.asgi_app(scope, receive, send)",
        f'  File "{HC_PY}/quart/app.py", line 1670, in asgi_app',
        "    await asgi_handler(receive, send)",
        f'  File "{HC_PY}/quart/asgi.py", line 55, in __call__',
        "    raise_task_exceptions(done)",
        f'  File "{HC_PY}/quart/utils.py", line 186, in raise_task_exceptions',
        "    raise task.exception()",
        f'  File "{HC_PY}/quart/asgi.py", line 98, in handle_request',
        "    await self._send_response(send, response)",
        f'  File "{HC_PY}/quart/asgi.py", line 120, in _send_response',
        "    await send(",
        f'  File "{HC_PY}/hypercorn/protocol/http_stream.py", line 196, in app_send',
        '    await self.send(Body(stream_id=self.stream_id, data=bytes(message.get("body", b""))))',
        f'  File "{HC_PY}/hypercorn/protocol/h11.py", line 140, in stream_send',
        "    await self._send_h11_event(h11.Data(data=event.data))",
        f'  File "{HC_PY}/hypercorn/protocol/h11.py", line 240, in _send_h11_event',
        "    data = self.connection.send(event)",
        "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^",
        f'  File "{HC_PY}/h11/_connection.py", line 512, in send',
        "    data_list = self.send_with_data_passthrough(event)",
        "                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
        f'  File "{HC_PY}/h11/_connection.py", line 545, in send_with_data_passthrough',
        "    writer(event, data_list.append)",
        f'  File "{HC_PY}/h11/_writers.py", line 65, in __call__',
        "    self.send_data(event.data, write)",
        f'  File "{HC_PY}/h11/_writers.py", line 91, in send_data',
        '    raise LocalProtocolError("Too much data for declared Content-Length")',
        "h11._util.LocalProtocolError: Too much data for declared Content-Length",
    ]
    crash_tb = [
        "Traceback (most recent call last):",
        '  File "/usr/local/bin/hypercorn", line 8, in <module>',
        "    sys.exit(main())",
        "             ^^^^^^",
        f'  File "{HC_PY}/hypercorn/__main__.py", line 304, in main',
        "    return run(config)",
        "           ^^^^^^^^^^^",
        f'  File "{HC_PY}/hypercorn/run.py", line 47, in run',
        "    worker_func(config, sockets)",
        f'  File "{HC_PY}/hypercorn/asyncio/run.py", line 197, in asyncio_worker',
        "    _run(",
        f'  File "{HC_PY}/hypercorn/asyncio/run.py", line 236, in _run',
        "    loop.run_until_complete(main(shutdown_trigger=shutdown_trigger))",
        '  File "/usr/local/lib/python3.12/asyncio/base_events.py", line 687, in run_until_complete',
        "    return future.result()",
        "           ^^^^^^^^^^^^^^^",
        f'  File "{HC_PY}/hypercorn/asyncio/run.py", line 94, in worker_serve',
        "    raise exception",
        f'  File "{HC_PY}/hypercorn/asyncio/lifespan.py", line 56, in handle_lifespan',
        "    await self.app(",
        f'  File "{HC_PY}/hypercorn/app_wrappers.py", line 34, in __call__',
        "    await self.app(scope, receive, send)",
        f'  File "{HC_PY}/quart/app.py", line 1644, in __call__',
        "    await self.asgi_app(scope, receive, send)",
        f'  File "{HC_PY}/quart/app.py", line 1670, in asgi_app',
        "    await asgi_handler(receive, send)",
        f'  File "{HC_PY}/quart/asgi.py", line 353, in __call__',
        "    await send(",
        f'  File "{HC_PY}/hypercorn/asyncio/lifespan.py", line 111, in asgi_send',
        '    raise LifespanFailureError("startup", message.get("message", ""))',
        "hypercorn.utils.LifespanFailureError: Lifespan failure in startup. 'Multiple exceptions: [Errno 111] Connect call failed ('127.0.0.1', 5432), [Errno 99] Cannot assign requested address'",
    ]

    # start-ups, and api-2's crash loop
    for c, ts in starts.items():
        for t in ts:
            H(
                c,
                t + sec(r.uniform(1.2, 2.0)),
                "INFO",
                "Running on http://%s (CTRL + C to quit)",
                ["Running on http://0.0.0.0:8000 (CTRL + C to quit)"],
            )
    t, back = crash[0], 1.0
    while t < crash[1] - sec(20):
        fs.add(
            "api-2.log",
            t + sec(r.uniform(1.0, 1.6)),
            "Traceback (most recent call last):",
            lambda _x: list(crash_tb),
            ("api-2", "stderr"),
            1,
        )
        t += sec(back + r.uniform(1.5, 2.2))
        back = min(back * 2, 120)

    def up(c: str, t: datetime) -> bool:
        return not in_any(t, down[c])

    # the docker health check, every 60 s in each container
    for c in ["api-1", "api-2"]:
        t = T0 + sec(r.uniform(0, 60))
        while t < T_END:
            if up(c, t):
                bad = pool_out[0] <= t < pool_out[1] and r.random() < 0.4
                access(
                    c,
                    t,
                    "127.0.0.1",
                    "GET",
                    "/healthz",
                    "/healthz",
                    503 if bad else 200,
                    "31" if bad else "15",
                    "-",
                    "Python-urllib/3.12",
                )
            t += sec(60)

    # the shop's requests, through Nginx
    def request(t: datetime, orders: bool = False) -> None:
        cs = [c for c in ["api-1", "api-2"] if up(c, t)]
        if not cs:
            return
        c = r.choice(cs)
        _w, m, p, module, _db = (
            HC_ROUTES[5] if orders else pick_w(r, [(x[0], x) for x in HC_ROUTES])
        )  # type: ignore[misc]
        lp = p.replace("{id}", "%s").replace("{cart}", "%s").replace("{n}", "%s")
        path = p.format(id=r.randint(1000, 48000), cart=uuid4(r), n=r.randint(410000, 429999))
        ip, ua = "172.18.0.2", r.choice(UA)
        ref = r.choice(
            [
                "-",
                "https://shop.example.com/",
                f"https://shop.example.com/products/{r.randint(1000, 48000)}",
            ]
        )
        if pool_out[0] <= t < pool_out[1] and r.random() < 0.55:
            tt = Q(
                c,
                t + sec(r.uniform(0.01, 0.2)),
                "ERROR",
                "app",
                "Exception on request %s %s",
                [f"Exception on request {m} {path}", *pool_tb(module)],
            )
            access(c, tt, ip, m, path, lp, 500, "265", ref, ua)
            return
        if module == "orders" and m == "POST" and r.random() < 0.09:
            tt = Q(
                c,
                t + sec(r.uniform(0.005, 0.02)),
                "ERROR",
                "app",
                "Exception on request %s %s",
                [f"Exception on request {m} {path}", *key_tb],
            )
            access(c, tt, ip, m, path, lp, 500, "265", ref, ua)
            return
        if module == "exports" and t >= release:
            H(
                c,
                t + sec(r.uniform(0.2, 1.5)),
                "ERROR",
                "Error in ASGI Framework",
                ["Error in ASGI Framework", *asgi_tb],
            )
            return
        status, size = 200, str(r.randint(300, 9000))
        if m == "POST" and module == "cart":
            status, size = 201, str(r.randint(180, 700))
        if m == "POST" and module == "orders":
            status, size = 201, str(r.randint(400, 900))
            if pay_down[0] <= t < pay_down[1]:
                n = f"ord_{r.randint(410000, 429999)}"
                tt = t
                for _ in range(r.choice([1, 1, 2])):
                    tt = Q(
                        c,
                        tt + sec(r.uniform(0.2, 0.6)),
                        "WARNING",
                        "payments",
                        "Payment provider returned %d for order %s, retrying in %ds",
                        [f"Payment provider returned 503 for order {n}, retrying in 2s"],
                    )
                    tt += sec(2)
                t = tt
        if module == "products" and "{id}" in p and r.random() < 0.05:
            status, size = 404, "22"
        if module == "cart" and m == "GET" and r.random() < 0.06:
            Q(
                c,
                t + sec(r.uniform(0.005, 0.05)),
                "WARNING",
                "cart",
                "Cart %s references missing product %s",
                [
                    f"Cart {path.rsplit('/', 1)[1]} references missing product {r.randint(1000, 48000)}"
                ],
            )
        access(c, t + sec(r.uniform(0.01, 0.3)), ip, m, path, lp, status, size, ref, ua)

    # the hypercorn access log uses the path without the query string
    for t in poisson(r, T0, T_END, 15.5):
        request(t)
    for t in poisson(r, pool_out[0], pool_out[1], 8.0):
        request(t)
    for t in poisson(r, pay_down[0], pay_down[1], 40.0):
        request(t, orders=True)
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- sanic

SN_PY = "/usr/local/lib/python3.11/site-packages"
SN_REDIS_TB = [
    "Traceback (most recent call last):",
    f'  File "{SN_PY}/redis/asyncio/connection.py", line 275, in connect',
    "    await self.retry.call_with_retry(",
    f'  File "{SN_PY}/redis/asyncio/retry.py", line 59, in call_with_retry',
    "    return await do()",
    "           ^^^^^^^^^^",
    f'  File "{SN_PY}/redis/asyncio/connection.py", line 681, in _connect',
    "    reader, writer = await asyncio.open_connection(",
    "                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
    '  File "/usr/local/lib/python3.11/asyncio/streams.py", line 48, in open_connection',
    "    transport, _ = await loop.create_connection(",
    "                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
    '  File "uvloop/loop.pyx", line 2043, in create_connection',
    '  File "uvloop/loop.pyx", line 2020, in uvloop.loop.Loop.create_connection',
    "ConnectionRefusedError: [Errno 111] Connection refused",
    "",
    "During handling of the above exception, another exception occurred:",
    "",
    "Traceback (most recent call last):",
    '  File "handle_request", line 97, in handle_request',
]
SN_VIEWS = {
    "unread": ("unread_count", 41, 'count = await redis.get(f"unread:{user_id}")', "get"),
    "read": ("mark_read", 63, 'await redis.decr(f"unread:{user_id}")', "decr"),
    "events": (
        "ingest_event",
        88,
        'await redis.publish(f"user:{event.user_id}", event.json())',
        "publish",
    ),
}


def sanic(r: random.Random) -> list[Log]:
    """Sanic 23.12 (LTS) running a notification service on two hosts (notify-1, notify-2), four
    workers each under Sanic's worker manager, access logs on, 06:00 to 12:00: web clients
    polling the unread count, other services posting events, long polls that clients drop,
    Redis refusing connections 08:05-08:17, the push provider failing 09:30-09:50, and a deploy
    at 10:40 (both services restarted)."""
    fs = Files()
    mains = {"notify-1": 812, "notify-2": 796}
    gens = {
        "notify-1": [[829, 830, 831, 832], [20417, 20418, 20419, 20420]],
        "notify-2": [[811, 812, 814, 815], [19873, 19874, 19876, 19877]],
    }
    new_main = {"notify-1": 20398, "notify-2": 19851}
    deploy = {"notify-1": at(10, 40, 7), "notify-2": at(10, 41, 36)}
    redis_down = (at(8, 5, 12), at(8, 17, 30))
    push_down = (at(9, 30, 0), at(9, 50, 40))
    lbs = {"notify-1": "10.0.4.5", "notify-2": "10.0.4.6"}

    def S(h: str, t: datetime, pid: int, level: str, label: str, lines: list[str]) -> datetime:
        def text(x: datetime) -> list[str]:
            return [f"[{x:%Y-%m-%d %H:%M:%S} +0000] [{pid}] [{level}] {lines[0]}", *lines[1:]]

        return fs.add(f"{h}.log", t, label, text, (h, pid), 1_000_000)

    def workers(h: str, t: datetime) -> list[int]:
        return gens[h][1 if t >= deploy[h] + sec(2) else 0]

    def up(h: str, t: datetime) -> bool:
        return not (deploy[h] - sec(1) <= t < deploy[h] + sec(3))

    def access(
        h: str, t: datetime, ip: str, method: str, url: str, label: str, status: int, size: int
    ) -> datetime:
        pid, port = r.choice(workers(h, t)), r.randint(32768, 60999)
        return fs.add(
            f"{h}.log",
            t,
            label,
            lambda x: [
                f"[{x:%Y-%m-%d %H:%M:%S} +0000] - (sanic.access)[INFO][{ip}:{port}]: {method} {url}  {status} {size}"
            ],
            (h, pid),
            1_000_000,
        )

    def start(h: str, t: datetime, main: int, ws: list[int]) -> None:
        motd = [
            ("Sanic v%s", "Sanic v23.12.1"),
            ("Goin' Fast @ %s", "Goin' Fast @ http://0.0.0.0:8000"),
            ("app: %s", "app: notify"),
            ("mode: %s, w/ %d workers", "mode: production, w/ 4 workers"),
            ("server: %s, %s", "server: sanic, HTTP/1.1"),
            ("python: %s", "python: 3.11.9"),
            ("platform: %s", "platform: Linux-6.1.0-21-cloud-amd64-x86_64-with-glibc2.36"),
            ("packages: %s", "packages: sanic-routing==23.12.0"),
        ]
        for label, line in motd:
            t = S(h, t + sec(0.0005), main, "INFO", label, [line])
        for w in ws:
            S(
                h,
                t + sec(r.uniform(0.3, 0.9)),
                w,
                "INFO",
                "Starting worker [%s]",
                [f"Starting worker [{w}]"],
            )

    def stop(h: str, t: datetime, main: int, ws: list[int]) -> None:
        t = S(
            h,
            t,
            main,
            "INFO",
            "Received signal %s. Shutting down.",
            ["Received signal SIGTERM. Shutting down."],
        )
        for w in ws:
            S(
                h,
                t + sec(r.uniform(0.05, 0.6)),
                w,
                "INFO",
                "Stopping worker [%s]",
                [f"Stopping worker [{w}]"],
            )
        S(h, t + sec(r.uniform(0.9, 1.4)), main, "INFO", "Server Stopped", ["Server Stopped"])

    for h in ["notify-1", "notify-2"]:
        stop(h, deploy[h], mains[h], gens[h][0])
        start(h, deploy[h] + sec(1.6), new_main[h], gens[h][1])

    def crash(h: str, t: datetime, url: str, view: str) -> datetime:
        fn, line, src, _cmd = SN_VIEWS[view]
        return S(
            h,
            t,
            r.choice(workers(h, t)),
            "ERROR",
            "Exception occurred while handling uri: %s",
            [
                f"Exception occurred while handling uri: {url!r}",
                *SN_REDIS_TB,
                f'  File "/srv/notify/notify/views.py", line {line}, in {fn}',
                f"    {src}",
                f'  File "{SN_PY}/redis/asyncio/client.py", line 601, in execute_command',
                "    conn = self.connection or await pool.get_connection(command_name, **options)",
                "                              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
                f'  File "{SN_PY}/redis/asyncio/connection.py", line 1108, in get_connection',
                "    await connection.connect()",
                f'  File "{SN_PY}/redis/asyncio/connection.py", line 283, in connect',
                "    raise ConnectionError(self._error_message(e))",
                "redis.exceptions.ConnectionError: Error 111 connecting to 10.0.2.9:6379. Connection refused.",
            ],
        )

    host = "notify.example.com"
    for h in ["notify-1", "notify-2"]:
        lb = lbs[h]
        # the load balancer's health check
        t = T0 + sec(r.uniform(0, 120))
        while t < T_END:
            if up(h, t):
                me = "10.0.4.21:8000" if h == "notify-1" else "10.0.4.22:8000"
                access(
                    h, t, lb, "GET", f"http://{me}/healthz", "GET http://%s/healthz 200", 200, 15
                )
            t += sec(120)
        # web clients polling the unread count
        for t in poisson(r, T0, T_END, 45.0):
            if not up(h, t):
                continue
            url = f"http://{host}/api/v1/notifications/unread"
            if redis_down[0] <= t < redis_down[1]:
                tt = crash(h, t, url, "unread")
                access(
                    h, tt, lb, "GET", url, "GET http://%s/api/v1/notifications/unread 500", 500, 144
                )
            else:
                access(
                    h,
                    t,
                    lb,
                    "GET",
                    url,
                    "GET http://%s/api/v1/notifications/unread 200",
                    200,
                    r.randint(11, 14),
                )
        # the notification list, marking read, device registration
        for t in poisson(r, T0, T_END, 160.0):
            if not up(h, t):
                continue
            lim = r.choice([20, 20, 20, 50])
            access(
                h,
                t,
                lb,
                "GET",
                f"http://{host}/api/v1/notifications?limit={lim}",
                "GET http://%s/api/v1/notifications?limit=%s 200",
                200,
                r.randint(900, 14000),
            )
        for t in poisson(r, T0, T_END, 200.0):
            if not up(h, t):
                continue
            url = f"http://{host}/api/v1/notifications/{r.randint(7_100_000, 7_400_000)}/read"
            if redis_down[0] <= t < redis_down[1]:
                tt = crash(h, t, url, "read")
                access(
                    h,
                    tt,
                    lb,
                    "POST",
                    url,
                    "POST http://%s/api/v1/notifications/%s/read 500",
                    500,
                    144,
                )
            else:
                access(
                    h, t, lb, "POST", url, "POST http://%s/api/v1/notifications/%s/read 204", 204, 0
                )
        for t in poisson(r, T0, T_END, 700.0):
            if up(h, t):
                access(
                    h,
                    t,
                    lb,
                    "POST",
                    f"http://{host}/api/v1/devices",
                    "POST http://%s/api/v1/devices 201",
                    201,
                    r.randint(70, 80),
                )
        # other services' events
        for t in poisson(r, T0, T_END, 90.0):
            if not up(h, t):
                continue
            src = r.choice(["10.0.5.11", "10.0.5.12", "10.0.5.31"])
            url = "http://notify.internal:8000/internal/v1/events"
            if redis_down[0] <= t < redis_down[1]:
                tt = crash(h, t, url, "events")
                access(h, tt, src, "POST", url, "POST http://%s/internal/v1/events 500", 500, 144)
                continue
            tt = access(h, t, src, "POST", url, "POST http://%s/internal/v1/events 202", 202, 16)
            if push_down[0] <= t < push_down[1] and r.random() < 0.7:
                w = r.choice(workers(h, tt))
                dev = b64url(r, 22)
                tries = r.choice([2, 3, 3])
                for i in range(1, tries + 1):
                    tt = S(
                        h,
                        tt + sec(r.uniform(0.2, 1.5) + (2 ** (i - 1) if i > 1 else 0)),
                        w,
                        "WARNING",
                        "FCM send to device %s failed: HTTP %d, retry %d/%d in %ds",
                        [
                            f"FCM send to device {dev} failed: HTTP {r.choice([503, 503, 500])}, retry {i}/3 in {2**i}s"
                        ],
                    )
                if tries == 3:
                    S(
                        h,
                        tt + sec(8.3),
                        w,
                        "ERROR",
                        "Dropping push for device %s after %d attempts",
                        [f"Dropping push for device {dev} after 4 attempts"],
                    )
        # web clients whose token expired
        for t in poisson(r, T0, T_END, 900.0):
            if up(h, t):
                tt = S(
                    h,
                    t,
                    r.choice(workers(h, t)),
                    "WARNING",
                    "Rejected request from %s: Signature has expired",
                    [f"Rejected request from {lb}: Signature has expired"],
                )
                access(
                    h,
                    tt,
                    lb,
                    "GET",
                    f"http://{host}/api/v1/notifications/unread",
                    "GET http://%s/api/v1/notifications/unread 401",
                    401,
                    42,
                )
    return fs.logs(T0)


# ------------------------------------------------------------------------------- actix-web

AX_SKUS = [
    f"SKU-{n}"
    for n in (
        10442,
        10457,
        11803,
        12001,
        12017,
        13350,
        14002,
        14877,
        15110,
        15561,
        16023,
        17740,
        18002,
        19315,
        20871,
    )
]
AX_CLIENTS = [
    ("10.0.6.21", "storefront/1.14.2"),
    ("10.0.6.22", "storefront/1.14.2"),
    ("10.0.6.40", "checkout-svc/3.2.0"),
    ("10.0.6.41", "checkout-svc/3.2.0"),
    ("10.0.7.15", "Go-http-client/1.1"),
]
AX_RESERVE_SQL = "\\n\\nUPDATE\\n  stock_levels\\nSET\\n  reserved = reserved + $1,\\n  updated_at = now()\\nWHERE\\n  sku = $2\\n  AND on_hand - reserved >= $1\\nRETURNING\\n  on_hand,\\n  reserved"
AX_REPORT_SQL = "\\n\\nSELECT\\n  s.sku,\\n  s.on_hand,\\n  s.reserved,\\n  p.category_id\\nFROM\\n  stock_levels s\\n  LEFT JOIN products p ON p.sku = s.sku\\nWHERE\\n  s.on_hand - s.reserved < s.reorder_point\\nORDER BY\\n  s.sku"


def actix_web(r: random.Random) -> list[Log]:
    """An inventory API on actix-web 4 (actix-server 2.3, sqlx 0.7 on Postgres, reqwest to the
    warehouse system), env_logger's default format on stderr, two hosts (inventory-1,
    inventory-2) as `journalctl -u inventory-api -o cat` prints them, 06:00 to 12:00: lock
    contention on stock rows 07:20-07:35 (slow statements, deadlocks, the pool timing out),
    the warehouse API timing out 08:45-09:00, a low-stock report panicking its worker
    09:40-10:05, inventory-2 out of file descriptors 10:20 and restarted, a deploy at 11:30."""
    fs = Files()

    def dbg(s: float) -> str:
        return f"{s:.9f}".rstrip("0").rstrip(".")

    locks = (at(7, 20, 5), at(7, 35, 40))
    wh_down = (at(8, 45, 10), at(9, 0, 30))
    panics = (at(9, 40, 0), at(10, 5, 0))
    fd = (at(10, 20, 14), at(10, 21, 52))
    restarts = {"inventory-1": [at(11, 30, 8)], "inventory-2": [at(10, 22, 30), at(11, 31, 40)]}

    def E(h: str, t: datetime, level: str, target: str, label: str, lines: list[str]) -> datetime:
        def text(x: datetime) -> list[str]:
            return [f"[{x:%Y-%m-%dT%H:%M:%S}Z {level:<5} {target}] {lines[0]}", *lines[1:]]

        return fs.add(f"{h}.log", t, label, text, h, 1_000_000)

    def up(h: str, t: datetime) -> bool:
        if h == "inventory-2" and fd[0] <= t < restarts[h][0] + sec(3):
            return False
        return not any(x - sec(1) <= t < x + sec(3) for x in restarts[h])

    def access(
        h: str,
        t: datetime,
        method: str,
        path: str,
        label: str,
        status: int,
        size: int,
        client: tuple[str, str],
        dur: float,
    ) -> datetime:
        ip, ua = client
        return E(
            h,
            t,
            "INFO",
            "actix_web::middleware::logger",
            label,
            [f'{ip} "{method} {path} HTTP/1.1" {status} {size} "-" "{ua}" {dur:.6f}'],
        )

    def start(h: str, t: datetime) -> None:
        t = E(
            h,
            t,
            "INFO",
            "inventory_api::db",
            "database pool ready (max_connections=%d)",
            ["database pool ready (max_connections=20)"],
        )
        t = E(
            h,
            t + sec(0.01),
            "INFO",
            "inventory_api",
            "starting HTTP server at %s",
            ["starting HTTP server at http://0.0.0.0:8080"],
        )
        t = E(
            h,
            t + sec(0.001),
            "INFO",
            "actix_server::builder",
            "starting %d workers",
            ["starting 4 workers"],
        )
        t = E(
            h,
            t + sec(0.001),
            "INFO",
            "actix_server::server",
            "Actix runtime found; starting in Actix runtime",
            ["Actix runtime found; starting in Actix runtime"],
        )
        E(
            h,
            t + sec(0.001),
            "INFO",
            "actix_server::server",
            'starting service: "%s", workers: %d, listening on: %s',
            [
                'starting service: "actix-web-service-0.0.0.0:8080", workers: 4, listening on: 0.0.0.0:8080'
            ],
        )

    def stop(h: str, t: datetime, busy: int) -> datetime:
        t = E(
            h,
            t,
            "INFO",
            "actix_server::server",
            "SIGTERM received; starting graceful shutdown",
            ["SIGTERM received; starting graceful shutdown"],
        )
        for i in range(4):
            if i < busy:
                E(
                    h,
                    t + sec(0.001),
                    "INFO",
                    "actix_server::worker",
                    "graceful worker shutdown; finishing %d connections",
                    [f"graceful worker shutdown; finishing {r.randint(1, 3)} connections"],
                )
            else:
                E(
                    h,
                    t + sec(0.001),
                    "INFO",
                    "actix_server::worker",
                    "shutting down idle worker",
                    ["shutting down idle worker"],
                )
        return E(
            h,
            t + sec(0.002),
            "INFO",
            "actix_server::accept",
            "accept thread stopped",
            ["accept thread stopped"],
        )

    for h, ts in restarts.items():
        for i, t in enumerate(ts):
            busy = 4 if (h == "inventory-2" and i == 0) else r.choice([0, 0, 1])
            tt = stop(h, t, busy)
            start(h, tt + sec(r.uniform(1.2, 2.0)))
    # inventory-2 out of file descriptors
    t = fd[0]
    while t < restarts["inventory-2"][0] - sec(1):
        E(
            "inventory-2",
            t,
            "ERROR",
            "actix_server::accept",
            "error accepting connection: Too many open files (os error %d)",
            ["error accepting connection: Too many open files (os error 24)"],
        )
        t += sec(1.0)

    hosts = ["inventory-1", "inventory-2"]
    for h in hosts:
        t = T0 + sec(r.uniform(0, 60))
        while t < T_END:
            if up(h, t):
                access(
                    h,
                    t,
                    "GET",
                    "/health",
                    "GET /health 200",
                    200,
                    2,
                    ("10.0.6.2", "ELB-HealthChecker/2.0"),
                    r.uniform(0.00005, 0.0002),
                )
            t += sec(60)
        # stock lookups
        for t in poisson(r, T0, T_END, 82.0):
            if not up(h, t):
                continue
            sku = r.choice(AX_SKUS) if r.random() > 0.04 else f"SKU-{r.randint(90000, 99999)}"
            ok = sku in AX_SKUS
            access(
                h,
                t,
                "GET",
                f"/api/v1/stock/{sku}",
                "GET /api/v1/stock/%s 200" if ok else "GET /api/v1/stock/%s 404",
                200 if ok else 404,
                r.randint(150, 210) if ok else 58,
                r.choice(AX_CLIENTS[:2]),
                r.uniform(0.0008, 0.006),
            )
        # reservations from checkout
        for t in poisson(r, T0, T_END, 150.0) + poisson(r, locks[0], locks[1], 25.0):
            if not up(h, t):
                continue
            order = f"ord_{r.randint(410000, 429999)}"
            cl = r.choice(AX_CLIENTS[2:4])
            dur = r.uniform(0.004, 0.03)
            if locks[0] <= t < locks[1]:
                dur = r.uniform(1.02, 4.8)
                E(
                    h,
                    t + sec(dur),
                    "WARN",
                    "sqlx::query",
                    "slow statement: execution time exceeded alert threshold",
                    [
                        f'slow statement: execution time exceeded alert threshold summary="UPDATE stock_levels SET reserved …" db.statement="{AX_RESERVE_SQL}" rows_affected=1 rows_returned=1 elapsed={dbg(dur)}s elapsed_secs={dbg(dur)} slow_threshold=1s'
                    ],
                )
                x = r.random()
                if x < 0.22:
                    tt = E(
                        h,
                        t + sec(dur + 0.001),
                        "ERROR",
                        "inventory_api::handlers::reservations",
                        "failed to reserve stock for order %s: error returned from database: deadlock detected",
                        [
                            f"failed to reserve stock for order {order}: error returned from database: deadlock detected"
                        ],
                    )
                    access(
                        h,
                        tt,
                        "POST",
                        "/api/v1/reservations",
                        "POST /api/v1/reservations 500",
                        500,
                        21,
                        cl,
                        dur + 0.001,
                    )
                    continue
                if x < 0.42:
                    tt = E(
                        h,
                        t + sec(30.0),
                        "ERROR",
                        "inventory_api::handlers::reservations",
                        "failed to reserve stock for order %s: pool timed out while waiting for an open connection",
                        [
                            f"failed to reserve stock for order {order}: pool timed out while waiting for an open connection"
                        ],
                    )
                    access(
                        h,
                        tt,
                        "POST",
                        "/api/v1/reservations",
                        "POST /api/v1/reservations 500",
                        500,
                        21,
                        cl,
                        30.0 + r.uniform(0.0001, 0.002),
                    )
                    continue
            if r.random() < 0.08:
                access(
                    h,
                    t + sec(dur),
                    "POST",
                    "/api/v1/reservations",
                    "POST /api/v1/reservations 409",
                    409,
                    64,
                    cl,
                    dur,
                )
                continue
            tt = access(
                h,
                t + sec(dur),
                "POST",
                "/api/v1/reservations",
                "POST /api/v1/reservations 201",
                201,
                r.randint(96, 104),
                cl,
                dur,
            )
            td = tt + sec(r.uniform(60, 900))
            if r.random() < 0.2 and td < T_END and up(h, td):
                access(
                    h,
                    td,
                    "DELETE",
                    f"/api/v1/reservations/{uuid4(r)}",
                    "DELETE /api/v1/reservations/%s 204",
                    204,
                    0,
                    cl,
                    r.uniform(0.002, 0.01),
                )
        # the warehouse system pushes stock, the storefront asks for refreshes
        for t in poisson(r, T0, T_END, 220.0):
            if up(h, t):
                sku = r.choice(AX_SKUS)
                access(
                    h,
                    t,
                    "PUT",
                    f"/api/v1/stock/{sku}",
                    "PUT /api/v1/stock/%s 200",
                    200,
                    r.randint(150, 210),
                    AX_CLIENTS[4],
                    r.uniform(0.003, 0.02),
                )
        for t in poisson(r, T0, T_END, 420.0) + poisson(r, wh_down[0], wh_down[1], 40.0):
            if not up(h, t):
                continue
            sku = r.choice(AX_SKUS)
            url = f"http://warehouse.internal:9000/v2/stock/{sku}"
            cl = r.choice(AX_CLIENTS[:2])
            if wh_down[0] <= t < wh_down[1]:
                tt = t
                for i in (1, 2):
                    tt = E(
                        h,
                        tt + sec(10.0),
                        "WARN",
                        "inventory_api::clients::warehouse",
                        "warehouse refresh for %s failed (attempt %d/%d): error sending request for url (%s): operation timed out",
                        [
                            f"warehouse refresh for {sku} failed (attempt {i}/3): error sending request for url ({url}): operation timed out"
                        ],
                    )
                tt = E(
                    h,
                    tt + sec(10.0),
                    "ERROR",
                    "inventory_api::clients::warehouse",
                    "giving up on warehouse refresh for %s: error sending request for url (%s): operation timed out",
                    [
                        f"giving up on warehouse refresh for {sku}: error sending request for url ({url}): operation timed out"
                    ],
                )
                access(
                    h,
                    tt,
                    "POST",
                    f"/api/v1/stock/{sku}/refresh",
                    "POST /api/v1/stock/%s/refresh 502",
                    502,
                    45,
                    cl,
                    (tt - t).total_seconds(),
                )
                continue
            access(
                h,
                t,
                "POST",
                f"/api/v1/stock/{sku}/refresh",
                "POST /api/v1/stock/%s/refresh 200",
                200,
                r.randint(150, 210),
                cl,
                r.uniform(0.05, 0.4),
            )
        # the low-stock report: fine until a product without a category arrives
        for t in poisson(r, T0, T_END, 900.0) + poisson(r, panics[0], panics[1], 240.0):
            if not up(h, t):
                continue
            cl = (
                "10.0.6.77",
                "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0",
            )
            if panics[0] <= t < panics[1]:
                w = r.randint(0, 3)
                tt = fs.add(
                    f"{h}.log",
                    t + sec(r.uniform(0.01, 0.05)),
                    "thread '%s' panicked at %s:%d:%d:\\ncalled `Option::unwrap()` on a `None` value",
                    lambda _x, w=w: [
                        f"thread 'actix-server worker {w}' panicked at src/handlers/reports.rs:88:41:",
                        "called `Option::unwrap()` on a `None` value",
                        "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace",
                    ],
                    (h, "stderr"),
                    1,
                )
                E(
                    h,
                    tt + sec(0.0005),
                    "ERROR",
                    "actix_server::server",
                    "worker %d has died; restarting",
                    [f"worker {w} has died; restarting"],
                )
                continue
            if at(7, 0) < t < at(8, 0) and r.random() < 0.5:
                dur = r.uniform(1.1, 1.9)
                E(
                    h,
                    t + sec(dur),
                    "WARN",
                    "sqlx::query",
                    "slow statement: execution time exceeded alert threshold",
                    [
                        f'slow statement: execution time exceeded alert threshold summary="SELECT s.sku, s.on_hand, s.reserved, …" db.statement="{AX_REPORT_SQL}" rows_affected=0 rows_returned={r.randint(20, 60)} elapsed={dbg(dur)}s elapsed_secs={dbg(dur)} slow_threshold=1s'
                    ],
                )
            access(
                h,
                t + sec(0.3),
                "GET",
                "/api/v1/reports/low-stock",
                "GET /api/v1/reports/low-stock 200",
                200,
                r.randint(3000, 9000),
                cl,
                r.uniform(0.2, 1.9),
            )
    return fs.logs(T0)


SYSTEMS: dict[str, Callable[[random.Random], list[Log]]] = {
    "openresty": openresty,
    "passenger": passenger,
    "hypercorn": hypercorn,
    "sanic": sanic,
    "actix-web": actix_web,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
