#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 118 (daphne, waitress, bokeh, flower, cherrypy) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock). Five Python web servers, 06:00 to 12:00 on 2024-06-04. Jupyter Server, named in the
round's brief, is already in the set (round 27's `jupyter` holds a single-user ServerApp log):
the Bokeh server, another Tornado-based Python server, stands in for it.

- Daphne 4.1 (Django Channels) in two pods (`daphne-0.log`, `daphne-1.log`: the container's
  stdout and stderr as `kubectl logs` keeps them, no time added): `daphne -v 1`'s logging
  (`%(asctime)-15s %(levelname)-8s %(message)s`) and its access log on stdout (`10.0.5.12:51234
  - - [04/Jun/2024:06:00:02] "GET /api/rooms/12/messages/" 200 1534`, `"WSCONNECTING
  /ws/chat/12/" - -`, `WSCONNECT`, `WSDISCONNECT`, `WSREJECT`); start-up (`Starting server at
  %s`, the HTTP/2 notice, `Configuring endpoint %s`, `Listening on TCP address %s:%s`),
  django.request's `Not Found:` / `Bad Request:` / `Internal Server Error:` (a traceback), the
  chat consumers' warnings, Redis (the channel layer) down 08:10-08:16 (`Exception inside
  application: %s` with the traceback, `Application instance %r for connection %s took too long
  to shut down and was killed.`), daphne-1 restarted at 09:00 (`Killed %i pending application
  instances`).
- Waitress 3.0 serving a Pyramid app on two hosts (`inventory-1.log`, `inventory-2.log`: the
  cookiecutter's `%(asctime)s %(levelname)-5.5s [%(name)s:%(lineno)s][%(threadName)s]
  %(message)s`, so `WARNI`; paste's translogger as logger `wsgi`; pserve's unstamped `Starting
  server in PID %s.`): start-up with alembic's lines and a migration at the 09:00 deploy,
  `Serving on http://%s:%s`, the load balancer's checks, PostgreSQL down 07:45-07:52 (`Exception
  while serving %s` with SQLAlchemy's chained traceback, then the pool's `Exception during reset
  or similar` on stale connections), a burst of CSV exports 10:00-10:06 (`Task queue depth is
  %d`, `Client disconnected while serving %s`), bad quantities posted.
- Bokeh 3.4 server on two hosts (`bokeh-1.log`, `bokeh-2.log`: `bokeh serve`'s default
  `%(asctime)s %(message)s`, no level) with two apps (`/sales`, `/ops`): start-up, tornado's
  access lines (`200 GET /sales?region=emea&days=30 (10.0.5.12) 245.12ms`, the static files,
  `101 GET /sales/ws ...`), `WebSocket connection opened`, `ServerConnection created`,
  `WebSocket connection closed: code=%s, reason=%r`, the sales app's bad query arguments (`Error
  running application handler %r: %s %s ` with its `File %r, line %d, in %s:` detail and the
  traceback over several lines, ending with a line of one blank), an intranet page refused
  (`Refusing websocket connection from Origin '%s'; <22 blanks> use ...`, the backslash
  continuation's blanks kept), the ops wall screens' periodic callback failing while the database
  is away 08:20-08:27 (`Error thrown from periodic callback:` and the traceback as a record of
  its own), `Failed sending message as connection was closed`, bokeh-2 restarted at 10:30 with
  the port still held (`Cannot start Bokeh server, port %s is already in use`).
- Flower 2.0 (`flower.log`: tornado's `[I 240604 06:00:01 command:168] msg`, a record's later
  lines indented by four blanks): the banner (`Visit me at http://%s:%s%s`, `Broker: %s`,
  `Registered tasks: \\n%s` with the pformat'd list), kombu's `Connected to %s`, Prometheus'
  scrapes, the docker health check, the UI behind basic auth (401s at WARNING), a script polling
  task results, Redis down 08:40-08:44 (`Failed to capture events: '%s', trying again in %s
  seconds.`, kombu's `Broker connection error, trying again in %s seconds: %r.` with the
  traceback, tornado's `Uncaught exception %s\\n%r` and the 500s), the only worker restarted
  at 10:15 (`Inspect method %s failed` for the eight methods), a restart at 11:00 (`SIGTERM
  detected, shutting down`).
- CherryPy 18.9 (`error.log`, `access.log`: `log.error_file` and `log.access_file`): the
  engine's `[04/Jun/2024:06:00:01] ENGINE Bus STARTING` lines at start, stop and a failed
  start (`Error in 'start' listener %r` and `Shutting down due to error in start listener:`
  with their tracebacks, `HTTP Server None already shut down`), the app's `cherrypy.log()`
  lines (context empty: two blanks after the date), the default tools' records on a 500 (`HTTP
  \\nRequest Headers:\\n  Remote-Addr: ...` and `HTTP \\nTraceback ...`: a payment gateway
  timing out 07:30-07:40, a KeyError on products without a price 10:45-11:05), bad JSON bodies;
  the access log's `%(h)s %(l)s %(u)s %(t)s "%(r)s" %(s)s %(b)s "%(f)s" "%(a)s"` (the date with
  no zone, `""` for no referrer).

Label notes. Each program's date, level, logger, line number and thread (Daphne's and
Bokeh's asctime and level, the cookiecutter's `[name:lineno][thread]`, tornado's `[I date
module:line]`, CherryPy's `[date]` and its `ENGINE` / `HTTP` context) are context: the message
is the label. Request lines are labelled by method, route and status (round 64's rule: a number
or id in the route and a query string's values are variables; tornado's `%d %s %.2fms` and
Daphne's and the translogger's lines alike); Daphne's websocket lines by their action word and
route (`WSCONNECT /ws/chat/%s/`, no status). A value that is an exception's text contributes its
format (`Exception inside application: Error %s connecting to %s:%s. Connection refused.`,
`Error running application handler %r: %r\\nFile ...` for a KeyError); a traceback passed as a
message of its own is `%s` (Bokeh's second record); a record whose message is empty and carries
only a traceback (CherryPy's `log_traceback`) is labelled `Traceback (most recent call last):`,
the interpreter's statement. A record's later lines (tracebacks, the pformat'd task list, the
request headers, Bokeh's detail and traceback) have no label. Words a branch picks are wording
(Flower's `http` without `s`, CherryPy's `Bus STARTING` / `STOPPING` / ... each its own call).

Least sure (written from the helper's knowledge of the sources, none checked against a copy):
Daphne's `Application instance %r for connection %s took too long to shut down and was
killed.` and `Killed %i pending application instances`, the access log's client as `ip:port`;
Waitress's line numbers and thread names, `Client disconnected while serving %s` (an f-string
in 3.0), the translogger's referrer default; Bokeh's `User authentication hooks NOT provided
(default user enabled)`, `Failed sending message as connection was closed`, the periodic
callback's two records and the handler error's trailing blank; Flower's `SIGTERM detected,
shutting down`, `Inspect method %s failed`, the module:line pairs, kombu's retry intervals;
CherryPy's order of the headers and traceback records, whether the traceback starts on the line
after `HTTP ` (exc_info) or on it, `Bus graceful` (not used), the failed start's sequence.
"""

from __future__ import annotations

import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate
from generate_round53 import pyframes
from generate_round55 import UA_BROWSERS, at, poisson
from generate_round97 import CLIENTS, SCANNERS, Files, sec


def pyts(t: datetime) -> str:
    return f"{t:%Y-%m-%d %H:%M:%S},{t.microsecond // 1000:03d}"


def clf(t: datetime) -> str:
    return f"{t:%d/%b/%Y:%H:%M:%S}"


def lines_of(msg: str | list[str]) -> list[str]:
    return msg if isinstance(msg, list) else [msg]


def hexaddr(r: random.Random) -> str:
    return f"0x7f{r.getrandbits(36):09x}0"


def uuid(r: random.Random) -> str:
    h = f"{r.getrandbits(128):032x}"
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


# ----------------------------------------------------------------------------------- daphne

DP = "/usr/local/lib/python3.12/site-packages"
DP_REDIS_TB = pyframes(
    (f"{DP}/redis/asyncio/connection.py", 274, "connect", "await self.retry.call_with_retry("),
    (f"{DP}/redis/asyncio/retry.py", 59, "call_with_retry", "return await do()"),
    (
        f"{DP}/redis/asyncio/connection.py",
        681,
        "_connect",
        "reader, writer = await asyncio.open_connection(",
    ),
    (
        "/usr/local/lib/python3.12/asyncio/streams.py",
        48,
        "open_connection",
        "transport, _ = await loop.create_connection(",
    ),
    (
        "/usr/local/lib/python3.12/asyncio/base_events.py",
        1128,
        "create_connection",
        "raise exceptions[0]",
    ),
    (
        "/usr/local/lib/python3.12/asyncio/base_events.py",
        1103,
        "create_connection",
        "sock = await self._connect_sock(",
    ),
    (
        "/usr/local/lib/python3.12/asyncio/selector_events.py",
        651,
        "sock_connect",
        "return await fut",
    ),
    (
        "/usr/local/lib/python3.12/asyncio/selector_events.py",
        691,
        "_sock_connect_cb",
        "raise OSError(err, f'Connect call failed {address}')",
    ),
)
DP_REDIS_ERR = [
    "Traceback (most recent call last):",
    *DP_REDIS_TB,
    "ConnectionRefusedError: [Errno 111] Connect call failed ('10.0.3.7', 6379)",
    "",
    "During handling of the above exception, another exception occurred:",
    "",
    "Traceback (most recent call last):",
]
DP_REDIS_TAIL = [
    *pyframes(
        (
            f"{DP}/redis/asyncio/client.py",
            606,
            "execute_command",
            "conn = self.connection or await pool.get_connection(command_name, **options)",
        ),
        (f"{DP}/redis/asyncio/connection.py", 1058, "get_connection", "await connection.connect()"),
        (
            f"{DP}/redis/asyncio/connection.py",
            282,
            "connect",
            "raise ConnectionError(self._error_message(e))",
        ),
    ),
    "redis.exceptions.ConnectionError: Error 111 connecting to redis:6379. Connection refused.",
]


def daphne(r: random.Random) -> list[Log]:
    """A chat service's ASGI pods, 06:00 to 12:00: the readiness probe each minute, the REST
    API, websocket sessions of minutes to an hour, scanners, oversize and malformed messages,
    Redis down 08:10-08:16, daphne-1 restarted at 09:00."""
    fs = Files()
    pods = ["daphne-0", "daphne-1"]
    endpoint = "tcp:port=8000:interface=0.0.0.0"

    def L(pod: str, t: datetime, level: str, label: str, msg: str | list[str]) -> datetime:
        first, *rest = lines_of(msg)
        return fs.add(
            f"{pod}.log",
            t,
            label,
            lambda x: [f"{pyts(x)} {level:<8} {first}", *rest],
            (pod, "log"),
            1000,
        )

    def A(
        pod: str, t: datetime, client: str, req: str, status: object, size: object, label: str
    ) -> datetime:
        return fs.add(
            f"{pod}.log",
            t,
            label,
            lambda x: [f'{client} - - [{clf(x)}] "{req}" {status} {size}'],
            (pod, "acc"),
            1_000_000,
        )

    def start(pod: str, t: datetime) -> None:
        t = L(pod, t, "INFO", "Starting server at %s", f"Starting server at {endpoint}")
        t = L(
            pod,
            t + sec(0.001),
            "INFO",
            "HTTP/2 support not enabled (install the http2 and tls Twisted extras)",
            "HTTP/2 support not enabled (install the http2 and tls Twisted extras)",
        )
        t = L(
            pod,
            t + sec(0.001),
            "INFO",
            "Configuring endpoint %s",
            f"Configuring endpoint {endpoint}",
        )
        L(
            pod,
            t + sec(0.004),
            "INFO",
            "Listening on TCP address %s:%s",
            "Listening on TCP address 0.0.0.0:8000",
        )

    def client() -> str:
        return f"{r.choice(CLIENTS)}:{r.randint(32768, 60999)}"

    t0, t_end = at(6, 0), at(12, 0)
    down = (at(9, 0, 0), at(9, 0, 25))  # daphne-1's restart
    redis = (at(8, 10), at(8, 16))
    for p in pods:
        start(p, t0 + sec(r.uniform(1, 4)))
    start("daphne-1", down[1] + sec(r.uniform(0, 2)))

    def up(p: str, t: datetime) -> bool:
        return not (p == "daphne-1" and down[0] - sec(1) <= t < down[1] + sec(3))

    def internal_error(p: str, t: datetime, path: str, frames: list[str]) -> datetime:
        return L(
            p, t, "ERROR", "Internal Server Error: %s", [f"Internal Server Error: {path}", *frames]
        )

    for p in pods:
        probe = f"10.42.{pods.index(p) + 1}.1"
        for t in poisson(r, t0 + sec(20), t_end, 60):
            if up(p, t):
                A(
                    p,
                    t,
                    f"{probe}:{r.randint(40000, 60999)}",
                    "GET /healthz",
                    200,
                    2,
                    "GET /healthz 200",
                )
        for t in poisson(r, t0 + sec(30), t_end, 55):
            if not up(p, t):
                continue
            room = r.randint(1, 60)
            path = f"/api/rooms/{room}/messages/"
            x = r.random()
            if x < 0.66:
                A(
                    p,
                    t + sec(r.uniform(0.02, 0.3)),
                    client(),
                    f"GET {path}",
                    200,
                    r.randint(300, 9000),
                    "GET /api/rooms/%s/messages/ 200",
                )
            elif redis[0] <= t < redis[1]:
                tb = [
                    *DP_REDIS_ERR,
                    *pyframes(
                        (f"{DP}/asgiref/sync.py", 518, "thread_handler", "raise exc_info[1]"),
                        (
                            f"{DP}/django/core/handlers/exception.py",
                            42,
                            "inner",
                            "response = await get_response(request)",
                        ),
                        (
                            f"{DP}/django/core/handlers/base.py",
                            253,
                            "_get_response_async",
                            "response = await wrapped_callback(",
                        ),
                        (
                            "/app/chat/views.py",
                            58,
                            "post_message",
                            'await channel_layer.group_send(f"chat_{room_id}", event)',
                        ),
                        (
                            f"{DP}/channels_redis/core.py",
                            679,
                            "group_send",
                            "await connection.zremrangebyscore(",
                        ),
                    ),
                    *DP_REDIS_TAIL,
                ]
                tt = internal_error(p, t + sec(0.02), path, tb)
                A(
                    p,
                    tt + sec(0.001),
                    client(),
                    f"POST {path}",
                    500,
                    145,
                    "POST /api/rooms/%s/messages/ 500",
                )
            elif x < 0.97:
                A(
                    p,
                    t + sec(r.uniform(0.02, 0.2)),
                    client(),
                    f"POST {path}",
                    201,
                    r.randint(180, 400),
                    "POST /api/rooms/%s/messages/ 201",
                )
            else:
                tt = L(p, t + sec(0.01), "WARNING", "Bad Request: %s", f"Bad Request: {path}")
                A(
                    p,
                    tt + sec(0.001),
                    client(),
                    f"POST {path}",
                    400,
                    58,
                    "POST /api/rooms/%s/messages/ 400",
                )
        for t in poisson(r, t0 + sec(40), t_end, 900):
            if not up(p, t):
                continue
            path = r.choice(["/.env", "/wp-login.php"])
            c = f"{r.choice(SCANNERS)}:{r.randint(32768, 60999)}"
            tt = L(p, t, "WARNING", "Not Found: %s", f"Not Found: {path}")
            A(p, tt + sec(0.001), c, f"GET {path}", 404, 179, f"GET {path} 404")
        # websocket sessions
        open_at_restart = 0
        retries = [(t, True) for t in poisson(r, redis[0] + sec(5), redis[1], 9)]
        for t, retry in sorted(
            [(t, False) for t in poisson(r, t0 + sec(35), t_end, 120)] + retries
        ):
            if not up(p, t):
                continue
            c = client()
            room = r.randint(1, 60)
            ws = f"/ws/chat/{room}/"
            t = A(p, t, c, f"WSCONNECTING {ws}", "-", "-", "WSCONNECTING /ws/chat/%s/")
            if redis[0] <= t < redis[1] or retry:
                tb = [
                    *DP_REDIS_ERR,
                    *pyframes(
                        (
                            f"{DP}/django/contrib/staticfiles/handlers.py",
                            101,
                            "__call__",
                            "return await self.application(scope, receive, send)",
                        ),
                        (
                            f"{DP}/channels/routing.py",
                            62,
                            "__call__",
                            "return await application(scope, receive, send)",
                        ),
                        (
                            f"{DP}/channels/security/websocket.py",
                            37,
                            "__call__",
                            "return await self.application(scope, receive, send)",
                        ),
                        (
                            f"{DP}/channels/sessions.py",
                            47,
                            "__call__",
                            "return await self.inner(dict(scope, cookies=cookies), receive, send)",
                        ),
                        (
                            f"{DP}/channels/auth.py",
                            185,
                            "__call__",
                            "return await super().__call__(scope, receive, send)",
                        ),
                        (
                            f"{DP}/channels/consumer.py",
                            58,
                            "__call__",
                            "await await_many_dispatch(",
                        ),
                        (
                            f"{DP}/channels/utils.py",
                            50,
                            "await_many_dispatch",
                            "await dispatch(result)",
                        ),
                        (f"{DP}/channels/consumer.py", 73, "dispatch", "await handler(message)"),
                        (
                            f"{DP}/channels/generic/websocket.py",
                            173,
                            "websocket_connect",
                            "await self.connect()",
                        ),
                        (
                            "/app/chat/consumers.py",
                            21,
                            "connect",
                            "await self.channel_layer.group_add(self.room_group_name, self.channel_name)",
                        ),
                        (
                            f"{DP}/channels_redis/core.py",
                            504,
                            "group_add",
                            "await connection.zadd(group_key, {channel: time.time()})",
                        ),
                    ),
                    *DP_REDIS_TAIL,
                ]
                tt = L(
                    p,
                    t + sec(0.01),
                    "ERROR",
                    "Exception inside application: Error %s connecting to %s:%s. Connection refused.",
                    [
                        "Exception inside application: Error 111 connecting to redis:6379. Connection refused.",
                        *tb,
                    ],
                )
                A(p, tt + sec(0.001), c, f"WSREJECT {ws}", "-", "-", "WSREJECT /ws/chat/%s/")
                continue
            if r.random() < 0.07:
                A(
                    p,
                    t + sec(r.uniform(0.01, 0.05)),
                    c,
                    f"WSREJECT {ws}",
                    "-",
                    "-",
                    "WSREJECT /ws/chat/%s/",
                )
                continue
            t = A(
                p,
                t + sec(r.uniform(0.01, 0.05)),
                c,
                f"WSCONNECT {ws}",
                "-",
                "-",
                "WSCONNECT /ws/chat/%s/",
            )
            dur = r.expovariate(1 / 900)
            end = t + sec(dur)
            user = r.randint(1000, 4999)
            if r.random() < 0.08:
                for _ in range(r.randint(1, 4)):
                    L(
                        p,
                        t + sec(r.uniform(1, max(2, dur))),
                        "WARNING",
                        "Rate limit hit for user %d in room %d",
                        f"Rate limit hit for user {user} in room {room}",
                    )
            if r.random() < 0.04:
                L(
                    p,
                    t + sec(r.uniform(1, max(2, dur))),
                    "WARNING",
                    "Dropping message from user %d: body too long (%d chars)",
                    f"Dropping message from user {user}: body too long ({r.randint(4097, 60000)} chars)",
                )
            if p == "daphne-1" and t < down[0] <= end:
                open_at_restart += 1
                end = down[0] + sec(r.uniform(0.1, 0.9))
            end = min(end, t_end - sec(1))
            tt = A(p, end, c, f"WSDISCONNECT {ws}", "-", "-", "WSDISCONNECT /ws/chat/%s/")
            if redis[0] <= end < redis[1]:
                L(
                    p,
                    tt + sec(10 + r.uniform(0, 0.05)),
                    "WARNING",
                    "Application instance %r for connection %s took too long to shut down and was killed.",
                    f"Application instance <Task pending name='Task-{r.randint(2000, 90000)}' coro=<ProtocolTypeRouter.__call__() running at {DP}/channels/routing.py:62> wait_for=<Future pending cb=[Task.task_wakeup()]>> for connection <WebSocketProtocol client=['{c.split(':')[0]}', {c.split(':')[1]}] path=b'{ws}'> took too long to shut down and was killed.",
                )
        if p == "daphne-1":
            L(
                p,
                down[0] + sec(9.2),
                "INFO",
                "Killed %i pending application instances",
                f"Killed {open_at_restart} pending application instances",
            )
    return fs.logs(t0)


# --------------------------------------------------------------------------------- waitress

WT = "/usr/local/lib/python3.11/site-packages"
WT_DB = [
    'psycopg2.OperationalError: connection to server at "db" (10.0.3.5), port 5432 failed: Connection refused',
    "\tIs the server running on that host and accepting TCP/IP connections?",
    "",
]


def wt_traceback(view: str, line: int, src: str) -> list[str]:
    return [
        "Traceback (most recent call last):",
        *pyframes(
            (
                f"{WT}/sqlalchemy/engine/base.py",
                145,
                "__init__",
                "self._dbapi_connection = engine.raw_connection()",
            ),
            (
                f"{WT}/sqlalchemy/engine/base.py",
                3292,
                "raw_connection",
                "return self.pool.connect()",
            ),
            (
                f"{WT}/sqlalchemy/pool/base.py",
                452,
                "connect",
                "return _ConnectionFairy._checkout(self)",
            ),
            (
                f"{WT}/sqlalchemy/engine/default.py",
                629,
                "connect",
                "return self.loaded_dbapi.connect(*cargs, **cparams)",
            ),
            (
                f"{WT}/psycopg2/__init__.py",
                122,
                "connect",
                "conn = _connect(dsn, connection_factory=connection_factory, **kwasync)",
            ),
        ),
        *WT_DB,
        "The above exception was the direct cause of the following exception:",
        "",
        "Traceback (most recent call last):",
        *pyframes(
            (f"{WT}/waitress/channel.py", 428, "service", "task.service()"),
            (f"{WT}/waitress/task.py", 168, "service", "self.execute()"),
            (
                f"{WT}/waitress/task.py",
                434,
                "execute",
                "app_iter = self.channel.server.application(environ, start_response)",
            ),
            (
                f"{WT}/paste/translogger.py",
                69,
                "__call__",
                "return self.application(environ, replacement_start_response)",
            ),
            (
                f"{WT}/pyramid/router.py",
                270,
                "__call__",
                "response = self.execution_policy(environ, self)",
            ),
            (
                f"{WT}/pyramid/router.py",
                276,
                "default_execution_policy",
                "return request.invoke_exception_view(reraise=True)",
            ),
            (f"{WT}/pyramid/tweens.py", 41, "excview_tween", "response = handler(request)"),
            (f"{WT}/pyramid_tm/__init__.py", 178, "tm_tween", "reraise(*exc_info)"),
            (f"/app/inventory/views/{view}.py", line, view.split("/")[-1], src),
            (f"{WT}/sqlalchemy/orm/query.py", 2673, "all", "return self._iter().all()"),
            (
                f"{WT}/sqlalchemy/engine/base.py",
                147,
                "__init__",
                "Connection._handle_dbapi_exception_noconnection(",
            ),
        ),
        'sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "db" (10.0.3.5), port 5432 failed: Connection refused',
        "\tIs the server running on that host and accepting TCP/IP connections?",
        "",
        "(Background on this error at: https://sqlalche.me/e/20/e3q8)",
    ]


def waitress(r: random.Random) -> list[Log]:
    """An inventory API (Pyramid under pserve/Waitress) on two hosts behind HAProxy, 06:00 to
    12:00: HAProxy's check every 30 s, the warehouse app's reads and stock adjustments, PostgreSQL
    down 07:45-07:52, a deploy at 09:00 with a migration, a BI tool's burst of CSV exports
    10:00-10:06, bad quantities."""
    fs = Files()
    hosts = ["inventory-1", "inventory-2"]

    def L(
        h: str,
        t: datetime,
        level: str,
        logger: str,
        lineno: int,
        thread: str,
        label: str,
        msg: str | list[str],
    ) -> datetime:
        first, *rest = lines_of(msg)
        return fs.add(
            f"{h}.log",
            t,
            label,
            lambda x: [f"{pyts(x)} {level[:5]:<5} [{logger}:{lineno}][{thread}] {first}", *rest],
            (h, "log"),
            1000,
        )

    def P(h: str, t: datetime, label: str, msg: str) -> datetime:
        return fs.add(f"{h}.log", t, label, lambda x: [msg], (h, "print"), 1000)

    def acc(
        h: str,
        t: datetime,
        ip: str,
        method: str,
        uri: str,
        status: int,
        size: object,
        ua: str,
        label: str,
    ) -> datetime:
        th = f"waitress-{r.randint(0, 3)}"
        return L(
            h,
            t,
            "INFO",
            "wsgi",
            62,
            th,
            label,
            f'{ip} - - [{clf(t)} +0000] "{method} {uri} HTTP/1.1" {status} {size} "-" "{ua}"',
        )

    def start(h: str, t: datetime, migrate: bool) -> None:
        t = L(
            h,
            t,
            "INFO",
            "alembic.runtime.migration",
            207,
            "MainThread",
            "Context impl PostgresqlImpl.",
            "Context impl PostgresqlImpl.",
        )
        t = L(
            h,
            t + sec(0.001),
            "INFO",
            "alembic.runtime.migration",
            210,
            "MainThread",
            "Will assume transactional DDL.",
            "Will assume transactional DDL.",
        )
        if migrate:
            t = L(
                h,
                t + sec(0.05),
                "INFO",
                "alembic.runtime.migration",
                617,
                "MainThread",
                "Running upgrade %s -> %s, %s",
                "Running upgrade 3f2a1c9d8e7b -> 8c1d2e3f4a5b, add reorder_level to items",
            )
        t = P(
            h,
            t + sec(r.uniform(1.2, 1.8)),
            "Starting server in PID %s.",
            "Starting server in PID 1.",
        )
        L(
            h,
            t + sec(0.004),
            "INFO",
            "waitress",
            486,
            "MainThread",
            "Serving on http://%s:%s",
            "Serving on http://0.0.0.0:6543",
        )

    t0, t_end = at(6, 0), at(12, 0)
    db = (at(7, 45), at(7, 52))
    deploy = {"inventory-1": at(9, 0, 5), "inventory-2": at(9, 2, 40)}
    for h in hosts:
        start(h, t0 + sec(r.uniform(1, 3)), False)
        start(h, deploy[h] + sec(4), h == "inventory-1")

    def up(h: str, t: datetime) -> bool:
        return not (deploy[h] - sec(1) <= t < deploy[h] + sec(8))

    apps = ["10.0.4.21", "10.0.4.22", "10.0.4.35"]
    ua_app = ["python-requests/2.31.0", "WarehouseScanner/4.2 (Android 13)", "okhttp/4.12.0"]
    for h in hosts:
        for t in poisson(r, t0 + sec(10), t_end, 30):
            if up(h, t):
                acc(h, t, "10.0.1.10", "GET", "/health", 200, 2, "-", "GET /health 200")
        stale = 0
        for t in poisson(r, t0 + sec(20), t_end, 50):
            if not up(h, t):
                continue
            ip, ua = r.choice(apps), r.choice(ua_app)
            item = r.randint(1000, 9999)
            x = r.random()
            th = f"waitress-{r.randint(0, 3)}"
            if db[0] <= t < db[1]:
                if x < 0.6:
                    L(
                        h,
                        t + sec(0.01),
                        "ERROR",
                        "waitress",
                        430,
                        th,
                        "Exception while serving %s",
                        [
                            "Exception while serving /api/items",
                            *wt_traceback(
                                "items",
                                33,
                                "items = request.dbsession.query(Item).order_by(Item.sku).limit(limit).all()",
                            ),
                        ],
                    )
                else:
                    L(
                        h,
                        t + sec(0.01),
                        "ERROR",
                        "waitress",
                        430,
                        th,
                        "Exception while serving %s",
                        [
                            f"Exception while serving /api/items/{item}",
                            *wt_traceback(
                                "items", 51, "item = request.dbsession.get(Item, item_id)"
                            ),
                        ],
                    )
                stale = 3
                continue
            if stale and t >= db[1]:
                stale -= 1
                L(
                    h,
                    t,
                    "ERROR",
                    "sqlalchemy.pool.impl.QueuePool",
                    826,
                    th,
                    "Exception during reset or similar",
                    [
                        "Exception during reset or similar",
                        "Traceback (most recent call last):",
                        *pyframes(
                            (
                                f"{WT}/sqlalchemy/pool/base.py",
                                986,
                                "_finalize_fairy",
                                "fairy._reset(pool, transaction_was_reset)",
                            ),
                            (
                                f"{WT}/sqlalchemy/pool/base.py",
                                1432,
                                "_reset",
                                "pool._dialect.do_rollback(self)",
                            ),
                            (
                                f"{WT}/sqlalchemy/engine/default.py",
                                699,
                                "do_rollback",
                                "dbapi_connection.rollback()",
                            ),
                        ),
                        "psycopg2.OperationalError: server closed the connection unexpectedly",
                        "\tThis probably means the server terminated abnormally",
                        "\tbefore or while processing the request.",
                    ],
                )
            if x < 0.35:
                acc(
                    h,
                    t + sec(0.03),
                    ip,
                    "GET",
                    f"/api/items?limit=50&offset={r.choice([0, 50, 100, 150])}",
                    200,
                    r.randint(8000, 16000),
                    ua,
                    "GET /api/items?limit=%s&offset=%s 200",
                )
            elif x < 0.68:
                acc(
                    h,
                    t + sec(0.02),
                    ip,
                    "GET",
                    f"/api/items/{item}",
                    200,
                    r.randint(300, 900),
                    ua,
                    "GET /api/items/%s 200",
                )
            elif x < 0.74:
                acc(
                    h,
                    t + sec(0.02),
                    ip,
                    "GET",
                    f"/api/items/{item}",
                    404,
                    77,
                    ua,
                    "GET /api/items/%s 404",
                )
            elif x < 0.96:
                d = r.choice([-1, -2, -5, -10, 5, 10, 20, 48])
                now = r.randint(0, 400)
                tt = L(
                    h,
                    t + sec(0.02),
                    "INFO",
                    "inventory.views.stock",
                    88,
                    th,
                    "Stock for %s adjusted by %+d (now %d)",
                    f"Stock for SKU-{item} adjusted by {d:+d} (now {now})",
                )
                if now < 10 and d < 0:
                    tt = L(
                        h,
                        tt + sec(0.001),
                        "WARNING",
                        "inventory.views.stock",
                        95,
                        th,
                        "Low stock for %s: %d left (reorder level %d)",
                        f"Low stock for SKU-{item}: {now} left (reorder level {r.choice([10, 12, 20])})",
                    )
                acc(
                    h,
                    tt + sec(0.003),
                    ip,
                    "POST",
                    f"/api/items/{item}/stock",
                    200,
                    r.randint(120, 160),
                    ua,
                    "POST /api/items/%s/stock 200",
                )
            else:
                bad = r.choice(["'abc'", "''", "'1.5'", "'-'", "'12 pcs'", "None"])
                tt = L(
                    h,
                    t + sec(0.01),
                    "WARNING",
                    "inventory.views.stock",
                    71,
                    th,
                    "Invalid quantity %r for item %s",
                    f"Invalid quantity {bad} for item {item}",
                )
                acc(
                    h,
                    tt + sec(0.002),
                    ip,
                    "POST",
                    f"/api/items/{item}/stock",
                    400,
                    96,
                    ua,
                    "POST /api/items/%s/stock 400",
                )
        # the CSV reports: hourly by the ERP, a burst from the BI tool
        for hr in range(6, 12):
            t = at(hr, 30, 0) + sec(r.uniform(0, 20))
            acc(
                h,
                t + sec(r.uniform(4, 9)),
                "10.0.4.50",
                "GET",
                "/api/reports/stock.csv",
                200,
                "-",
                "python-requests/2.31.0",
                "GET /api/reports/stock.csv 200",
            )
        for t in poisson(r, at(10, 0), at(10, 6), 2.2):
            th = f"waitress-{r.randint(0, 3)}"
            x = r.random()
            if x < 0.35:
                L(
                    h,
                    t,
                    "WARNING",
                    "waitress.queue",
                    116,
                    "MainThread",
                    "Task queue depth is %d",
                    f"Task queue depth is {r.randint(1, 14)}",
                )
            elif x < 0.65:
                L(
                    h,
                    t + sec(r.uniform(5, 20)),
                    "INFO",
                    "waitress",
                    413,
                    th,
                    "Client disconnected while serving %s",
                    "Client disconnected while serving /api/reports/stock.csv",
                )
            else:
                acc(
                    h,
                    t + sec(r.uniform(4, 12)),
                    "10.0.4.61",
                    "GET",
                    "/api/reports/stock.csv",
                    200,
                    "-",
                    "Metabase/0.49.12",
                    "GET /api/reports/stock.csv 200",
                )
    return fs.logs(t0)


# ------------------------------------------------------------------------------------ bokeh

BK = "/opt/conda/lib/python3.11/site-packages"
BK_ORIGIN = "intranet-portal.example.com"


def bokeh(r: random.Random) -> list[Log]:
    """Two Bokeh servers (`bokeh serve sales ops`) behind nginx, 06:00 to 12:00: analysts'
    sessions of the sales app with its query arguments (some missing or bad), the ops app on
    two wall screens refreshing every 10 s, an intranet page whose origin is not allowed, the
    ops database away 08:20-08:27, bokeh-2 restarted at 10:30 while the old process holds the
    port."""
    fs = Files()
    hosts = ["bokeh-1", "bokeh-2"]
    pid = {"bokeh-1": 2211, "bokeh-2": 2198}
    vjs = "3e52a1b0c4d9f7e8a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3"[:64]

    def L(h: str, t: datetime, label: str, msg: str | list[str]) -> datetime:
        first, *rest = lines_of(msg)
        return fs.add(f"{h}.log", t, label, lambda x: [f"{pyts(x)} {first}", *rest], h, 1000)

    def acc(
        h: str, t: datetime, status: int, method: str, uri: str, ip: str, ms: float, label: str
    ) -> datetime:
        return L(h, t, label, f"{status} {method} {uri} ({ip}) {ms:.2f}ms")

    def start(h: str, t: datetime, fail: bool = False) -> datetime:
        t = L(
            h,
            t,
            "Starting Bokeh server version %s (running on Tornado %s)",
            "Starting Bokeh server version 3.4.1 (running on Tornado 6.4)",
        )
        if fail:
            return L(
                h,
                t + sec(0.02),
                "Cannot start Bokeh server, port %s is already in use",
                "Cannot start Bokeh server, port 5006 is already in use",
            )
        t = L(
            h,
            t + sec(0.05),
            "User authentication hooks NOT provided (default user enabled)",
            "User authentication hooks NOT provided (default user enabled)",
        )
        for app in ["ops", "sales"]:
            t = L(
                h,
                t + sec(0.001),
                "Bokeh app running at: %s",
                f"Bokeh app running at: http://0.0.0.0:5006/{app}",
            )
        return L(
            h,
            t + sec(0.001),
            "Starting Bokeh server with process id: %d",
            f"Starting Bokeh server with process id: {pid[h]}",
        )

    t0, t_end = at(6, 0), at(12, 0)
    db = (at(8, 20), at(8, 27))
    restart = (at(10, 30, 0), at(10, 30, 14))
    for h in hosts:
        start(h, t0 + sec(r.uniform(2, 5)))
    pid["bokeh-2"] = 30412
    start("bokeh-2", restart[0] + sec(3), fail=True)
    pid["bokeh-2"] = 30467
    start("bokeh-2", restart[1])

    def up(h: str, t: datetime) -> bool:
        return not (h == "bokeh-2" and restart[0] - sec(1) <= t < restart[1] + sec(1))

    def ws_open(h: str, t: datetime, app: str, ip: str) -> datetime:
        t = acc(h, t, 101, "GET", f"/{app}/ws", ip, r.uniform(0.5, 1.4), f"GET /{app}/ws 101")
        t = L(h, t + sec(0.001), "WebSocket connection opened", "WebSocket connection opened")
        return L(h, t + sec(0.001), "ServerConnection created", "ServerConnection created")

    def ws_close(h: str, t: datetime) -> datetime:
        if r.random() < 0.05:
            t = L(
                h,
                t,
                "Failed sending message as connection was closed",
                "Failed sending message as connection was closed",
            )
        return L(
            h,
            t + sec(0.002),
            "WebSocket connection closed: code=%s, reason=%r",
            f"WebSocket connection closed: code={r.choice([1001, 1001, 1001, 1006])}, reason=None",
        )

    def statics(h: str, t: datetime, ip: str) -> datetime:
        cached = r.random() < 0.7
        for js in ["bokeh", "bokeh-widgets"]:
            t += sec(r.uniform(0.02, 0.1))
            if cached:
                t = acc(
                    h,
                    t,
                    304,
                    "GET",
                    f"/static/js/{js}.min.js?v={vjs}",
                    ip,
                    r.uniform(0.4, 1.2),
                    f"GET /static/js/{js}.min.js?v=%s 304",
                )
            else:
                t = acc(
                    h,
                    t,
                    200,
                    "GET",
                    f"/static/js/{js}.min.js?v={vjs}",
                    ip,
                    r.uniform(2, 30),
                    f"GET /static/js/{js}.min.js?v=%s 200",
                )
        return t

    for h in hosts:
        for t in poisson(r, t0 + sec(60), t_end, 150):
            if not up(h, t):
                continue
            ip = r.choice(CLIENTS)
            region = r.choice(["emea", "amer", "apac", "latam"])
            days = r.choice([7, 30, 30, 90, 365])
            x = r.random()
            if x < 0.05:
                handler = f"<bokeh.application.handlers.directory.DirectoryHandler object at {hexaddr(r)}>"
                src = 'region = args["region"][0].decode()'
                tb = [
                    "File 'main.py', line 17, in <module>:",
                    f"{src} Traceback (most recent call last):",
                    *pyframes(
                        (
                            f"{BK}/bokeh/application/handlers/code_runner.py",
                            229,
                            "run",
                            "exec(self._code, module.__dict__)",
                        ),
                        ("/srv/dash/sales/main.py", 17, "<module>", src),
                    ),
                    "             ~~~~^^^^^^^^^^",
                    "KeyError: 'region'",
                    " ",
                ]
                tt = L(
                    h,
                    t,
                    "Error running application handler %r: %r\\nFile %r, line %d, in %s:\\n%s %s ",
                    [f"Error running application handler {handler}: 'region'", *tb],
                )
                tt = acc(
                    h,
                    tt + sec(0.002),
                    200,
                    "GET",
                    f"/sales?days={days}",
                    ip,
                    r.uniform(80, 200),
                    "GET /sales?days=%s 200",
                )
                tt = statics(h, tt, ip)
                tt = ws_open(h, tt + sec(r.uniform(0.1, 0.3)), "sales", ip)
                ws_close(h, tt + sec(r.uniform(5, 60)))
                continue
            if x < 0.08:
                handler = f"<bokeh.application.handlers.directory.DirectoryHandler object at {hexaddr(r)}>"
                bad = r.choice(["abc", "30d", "", "all"])
                src = 'days = int(args.get("days", [b"30"])[0])'
                tb = [
                    "File 'main.py', line 18, in <module>:",
                    f"{src} Traceback (most recent call last):",
                    *pyframes(
                        (
                            f"{BK}/bokeh/application/handlers/code_runner.py",
                            229,
                            "run",
                            "exec(self._code, module.__dict__)",
                        ),
                        ("/srv/dash/sales/main.py", 18, "<module>", src),
                    ),
                    f"ValueError: invalid literal for int() with base 10: b'{bad}'",
                    " ",
                ]
                tt = L(
                    h,
                    t,
                    "Error running application handler %r: invalid literal for int() with base %d: %r\\nFile %r, line %d, in %s:\\n%s %s ",
                    [
                        f"Error running application handler {handler}: invalid literal for int() with base 10: b'{bad}'",
                        *tb,
                    ],
                )
                tt = acc(
                    h,
                    tt + sec(0.002),
                    200,
                    "GET",
                    f"/sales?region={region}&days={bad}",
                    ip,
                    r.uniform(80, 200),
                    "GET /sales?region=%s&days=%s 200",
                )
                tt = statics(h, tt, ip)
                continue
            rows = r.randint(2000, 250000)
            took = rows / 90000 + r.uniform(0.05, 0.4)
            tt = L(
                h,
                t,
                "Loaded %d rows for region %s in %.2fs",
                f"Loaded {rows} rows for region {region} in {took:.2f}s",
            )
            tt = acc(
                h,
                tt + sec(0.01),
                200,
                "GET",
                f"/sales?region={region}&days={days}",
                ip,
                took * 1000 + r.uniform(40, 120),
                "GET /sales?region=%s&days=%s 200",
            )
            tt = statics(h, tt, ip)
            tt = ws_open(h, tt + sec(r.uniform(0.1, 0.4)), "sales", ip)
            end = tt + sec(r.expovariate(1 / 600))
            if h == "bokeh-2" and tt < restart[0] <= end:
                end = restart[0] - sec(0.5)
            ws_close(h, min(end, t_end - sec(2)))
        # the intranet portal embedding the sales app from an origin not allowed
        for t in poisson(r, t0 + sec(300), t_end, 1100):
            if not up(h, t):
                continue
            ip = r.choice(CLIENTS)
            tt = L(
                h,
                t,
                "Refusing websocket connection from Origin '%s';                       use --allow-websocket-origin=%s or set BOKEH_ALLOW_WS_ORIGIN=%s to permit this; currently we allow origins %r",
                f"Refusing websocket connection from Origin 'https://{BK_ORIGIN}';                       use --allow-websocket-origin={BK_ORIGIN} or set BOKEH_ALLOW_WS_ORIGIN={BK_ORIGIN} to permit this; currently we allow origins {{'dash.example.com'}}",
            )
            acc(
                h,
                tt + sec(0.001),
                403,
                "GET",
                "/sales/ws",
                ip,
                r.uniform(0.6, 1.5),
                "GET /sales/ws 403",
            )
    # the ops wall screens on bokeh-1: a session each, all morning, a refresh every 10 s
    for ip in ["10.0.7.201", "10.0.7.202"]:
        h = "bokeh-1"
        t = t0 + sec(r.uniform(30, 90))
        t = acc(h, t, 200, "GET", "/ops", ip, r.uniform(150, 300), "GET /ops 200")
        t = statics(h, t, ip)
        t = ws_open(h, t + sec(0.3), "ops", ip)
        while t < t_end - sec(15):
            t += sec(10 + r.uniform(-0.01, 0.01))
            if db[0] <= t < db[1]:
                tt = L(
                    h,
                    t,
                    "Error thrown from periodic callback:",
                    "Error thrown from periodic callback:",
                )
                L(
                    h,
                    tt + sec(0.001),
                    "%s",
                    [
                        "Traceback (most recent call last):",
                        *pyframes(
                            (
                                f"{BK}/tornado/gen.py",
                                233,
                                "wrapper",
                                "yielded = ctx_run(next, result)",
                            ),
                            (
                                f"{BK}/bokeh/server/callbacks.py",
                                129,
                                "invoke",
                                "return self._func()",
                            ),
                            (
                                "/srv/dash/ops/main.py",
                                64,
                                "refresh",
                                "df = pd.read_sql(JOBS_SQL, engine)",
                            ),
                            (
                                f"{BK}/pandas/io/sql.py",
                                706,
                                "read_sql",
                                "with pandasSQL_builder(con) as pandas_sql:",
                            ),
                            (
                                f"{BK}/sqlalchemy/engine/base.py",
                                145,
                                "__init__",
                                "self._dbapi_connection = engine.raw_connection()",
                            ),
                            (
                                f"{BK}/psycopg2/__init__.py",
                                122,
                                "connect",
                                "conn = _connect(dsn, connection_factory=connection_factory, **kwasync)",
                            ),
                        ),
                        'sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "opsdb" (10.0.3.9), port 5432 failed: Connection refused',
                        "\tIs the server running on that host and accepting TCP/IP connections?",
                        "",
                        "(Background on this error at: https://sqlalche.me/e/20/e3q8)",
                        "",
                    ],
                )
            elif r.random() < 0.01:
                L(
                    h,
                    t + sec(r.uniform(1.5, 4)),
                    "Slow refresh of %s: %.1fs",
                    f"Slow refresh of jobs: {r.uniform(1.5, 4):.1f}s",
                )
    return fs.logs(t0)


# ----------------------------------------------------------------------------------- flower

FL = "/usr/local/lib/python3.11/site-packages"
FL_TASKS = [
    "billing.tasks.charge_invoice",
    "billing.tasks.refund_payment",
    "celery.accumulate",
    "celery.backend_cleanup",
    "celery.chain",
    "celery.chord",
    "celery.chord_unlock",
    "celery.chunks",
    "celery.group",
    "celery.map",
    "celery.starmap",
    "mail.tasks.send_receipt",
    "mail.tasks.send_reminder",
    "reports.tasks.build_daily_report",
]
FL_METHODS = [
    "stats",
    "active_queues",
    "registered",
    "scheduled",
    "active",
    "reserved",
    "revoked",
    "conf",
]


def flower(r: random.Random) -> list[Log]:
    """Flower monitoring a Celery app on Redis, 06:00 to 12:00: Prometheus' scrape every 30 s,
    docker's health check every 30 s, the UI behind basic auth, a billing script polling task
    results, Redis down 08:40-08:44, the only worker restarted at 10:15, Flower restarted at
    11:00."""
    fs = Files()
    f = "flower.log"

    def L(t: datetime, lvl: str, where: str, label: str, msg: str | list[str]) -> datetime:
        text = "\n".join(lines_of(msg))

        def out(x: datetime) -> list[str]:
            return f"[{lvl} {x:%y%m%d %H:%M:%S} {where}] {text}".replace("\n", "\n    ").split("\n")

        return fs.add(f, t, label, out, "flower", 1_000_000)

    def acc(t: datetime, status: int, method: str, uri: str, ip: str, label: str) -> datetime:
        lvl = "I" if status < 400 else "W" if status < 500 else "E"
        ms = r.uniform(0.6, 4) if status != 200 or uri in ("/healthcheck",) else r.uniform(1.5, 40)
        return L(t, lvl, "web:2348", label, f"{status} {method} {uri} ({ip}) {ms:.2f}ms")

    def start(t: datetime) -> datetime:
        t = L(
            t, "I", "command:168", "Visit me at http://%s:%s%s", "Visit me at http://0.0.0.0:5555"
        )
        t = L(t + sec(0.001), "I", "command:176", "Broker: %s", "Broker: redis://redis:6379/0")
        lst = "[" + ",\n ".join(f"'{x}'" for x in FL_TASKS) + "]"
        t = L(
            t + sec(0.001),
            "I",
            "command:177",
            "Registered tasks: \\n%s",
            f"Registered tasks: \n{lst}",
        )
        return L(
            t + sec(r.uniform(0.01, 0.1)),
            "I",
            "mixins:228",
            "Connected to %s",
            "Connected to redis://redis:6379/0",
        )

    t0, t_end = at(6, 0), at(12, 0)
    redis = (at(8, 40, 0), at(8, 44, 10))
    worker_down = (at(10, 15, 0), at(10, 16, 30))
    restart = (at(11, 0, 0), at(11, 0, 6))
    start(t0 + sec(2))

    def up(t: datetime) -> bool:
        return not (restart[0] - sec(1) <= t < restart[1] + sec(2))

    L(
        restart[0],
        "I",
        "command:148",
        "SIGTERM detected, shutting down",
        "SIGTERM detected, shutting down",
    )
    start(restart[1])
    for t in poisson(r, t0 + sec(10), t_end, 30):
        if up(t):
            acc(t, 200, "GET", "/metrics", "10.0.9.5", "GET /metrics 200")
    for t in poisson(r, t0 + sec(15), t_end, 30):
        if up(t):
            acc(t, 200, "GET", "/healthcheck", "127.0.0.1", "GET /healthcheck 200")
    # the billing script polling results
    for t in poisson(r, t0 + sec(60), t_end, 55):
        if not up(t):
            continue
        tid = uuid(r)
        if redis[0] <= t < redis[1]:
            req = f"GET /api/task/result/{tid} (10.0.4.30)"
            tt = L(
                t,
                "E",
                "web:1875",
                "Uncaught exception %s\\n%r",
                [
                    f"Uncaught exception {req}",
                    f"HTTPServerRequest(protocol='http', host='flower:5555', method='GET', uri='/api/task/result/{tid}', version='HTTP/1.1', remote_ip='10.0.4.30')",
                    "Traceback (most recent call last):",
                    *pyframes(
                        (f"{FL}/tornado/web.py", 1790, "_execute", "result = await result"),
                        (
                            f"{FL}/flower/api/tasks.py",
                            227,
                            "get",
                            "response = {'task-id': taskid, 'state': result.state}",
                        ),
                        (
                            f"{FL}/celery/result.py",
                            493,
                            "state",
                            "return self._get_task_meta()['status']",
                        ),
                        (
                            f"{FL}/celery/backends/redis.py",
                            368,
                            "get",
                            "return self.client.get(key)",
                        ),
                        (
                            f"{FL}/redis/connection.py",
                            707,
                            "connect",
                            "raise ConnectionError(self._error_message(e))",
                        ),
                    ),
                    "redis.exceptions.ConnectionError: Error 111 connecting to redis:6379. Connection refused.",
                ],
            )
            acc(
                tt + sec(0.001),
                500,
                "GET",
                f"/api/task/result/{tid}",
                "10.0.4.30",
                "GET /api/task/result/%s 500",
            )
        else:
            acc(
                t, 200, "GET", f"/api/task/result/{tid}", "10.0.4.30", "GET /api/task/result/%s 200"
            )
    # people in the UI
    for t in poisson(r, t0 + sec(300), t_end, 420):
        if not up(t):
            continue
        ip = r.choice(CLIENTS)
        t = acc(t, 401, "GET", "/", ip, "GET / 401")
        t = acc(t + sec(r.uniform(3, 9)), 200, "GET", "/", ip, "GET / 200")
        if worker_down[0] <= t < worker_down[1]:
            for m in FL_METHODS:
                t = L(
                    t + sec(1),
                    "W",
                    "inspector:49",
                    "Inspect method %s failed",
                    f"Inspect method {m} failed",
                )
        for _ in range(r.randint(1, 5)):
            t += sec(r.uniform(5, 60))
            if not up(t):
                break
            x = r.random()
            if x < 0.3:
                t = acc(t, 200, "GET", "/tasks", ip, "GET /tasks 200")
                t = acc(
                    t + sec(0.3),
                    200,
                    "GET",
                    f"/tasks/datatable?draw=1&start={r.choice([0, 0, 15, 30])}&length=15&search%5Bvalue%5D={r.choice(['', '', 'charge', 'FAILURE'])}&order%5B0%5D%5Bcolumn%5D=5&order%5B0%5D%5Bdir%5D=desc",
                    ip,
                    "GET /tasks/datatable?draw=%s&start=%s&length=%s&search%5Bvalue%5D=%s&order%5B0%5D%5Bcolumn%5D=%s&order%5B0%5D%5Bdir%5D=%s 200",
                )
            elif x < 0.6:
                t = acc(t, 200, "GET", f"/task/{uuid(r)}", ip, "GET /task/%s 200")
            else:
                t = acc(t, 200, "GET", "/", ip, "GET / 200")
    # Redis away: the event capture loop and kombu's retries
    t = redis[0] + sec(0.3)
    t = L(
        t,
        "E",
        "events:175",
        "Failed to capture events: '%s', trying again in %s seconds.",
        "Failed to capture events: 'Connection closed by server.', trying again in 1 seconds.",
    )
    t += sec(1)
    interval = 2
    while t < redis[1]:
        L(
            t,
            "W",
            "mixins:236",
            "Broker connection error, trying again in %s seconds: ConnectionError('Error %s connecting to %s:%s. Connection refused.').",
            [
                f"Broker connection error, trying again in {interval} seconds: ConnectionError('Error 111 connecting to redis:6379. Connection refused.').",
                "Traceback (most recent call last):",
                *pyframes(
                    (
                        f"{FL}/redis/connection.py",
                        699,
                        "connect",
                        "sock = self.retry.call_with_retry(",
                    ),
                    (f"{FL}/redis/retry.py", 46, "call_with_retry", "return do()"),
                    (
                        f"{FL}/redis/connection.py",
                        700,
                        "<lambda>",
                        "lambda: self._connect(), lambda error: self.disconnect(error)",
                    ),
                    (f"{FL}/redis/connection.py", 1002, "_connect", "raise err"),
                    (f"{FL}/redis/connection.py", 990, "_connect", "sock.connect(socket_address)"),
                ),
                "ConnectionRefusedError: [Errno 111] Connection refused",
                "",
                "During handling of the above exception, another exception occurred:",
                "",
                "Traceback (most recent call last):",
                *pyframes(
                    (f"{FL}/kombu/connection.py", 472, "_reraise_as_library_errors", "yield"),
                    (
                        f"{FL}/kombu/connection.py",
                        459,
                        "_ensure_connection",
                        "return retry_over_time(",
                    ),
                    (
                        f"{FL}/kombu/utils/functional.py",
                        318,
                        "retry_over_time",
                        "return fun(*args, **kwargs)",
                    ),
                    (
                        f"{FL}/redis/connection.py",
                        707,
                        "connect",
                        "raise ConnectionError(self._error_message(e))",
                    ),
                ),
                "redis.exceptions.ConnectionError: Error 111 connecting to redis:6379. Connection refused.",
            ],
        )
        t += sec(interval + 0.01)
        interval = min(interval + 2, 30)
    L(t, "I", "mixins:228", "Connected to %s", "Connected to redis://redis:6379/0")
    # scheduled reports' result pages opened by the on-call during the worker restart
    for t in poisson(r, worker_down[0], worker_down[1], 30):
        tt = acc(t, 200, "GET", "/", "10.0.5.77", "GET / 200")
        for m in FL_METHODS:
            tt = L(
                tt + sec(1),
                "W",
                "inspector:49",
                "Inspect method %s failed",
                f"Inspect method {m} failed",
            )
    return fs.logs(t0)


# --------------------------------------------------------------------------------- cherrypy

CP = "/usr/lib/python3/dist-packages"
CP_SERVER = "cherrypy._cpwsgi_server.CPWSGIServer(('0.0.0.0', 8080))"
CP_PIDFILE = "'/run/shop/shop.pid'"
CP_PRODUCTS = list(range(100, 460))


def cherrypy(r: random.Random) -> list[Log]:
    """A small shop's CherryPy app under systemd, 06:00 to 12:00: the load balancer's check
    every 30 s, browsers on the catalogue and the cart, orders, the payment gateway timing out
    07:30-07:40, bad JSON from an old mobile app, a deploy at 09:30 whose first start finds
    the port still held, a KeyError on products without a price 10:45-11:05."""
    fs = Files()

    def E(t: datetime, ctx: str, label: str, msg: str | list[str]) -> datetime:
        first, *rest = lines_of(msg)
        return fs.add(
            "error.log", t, label, lambda x: [f"[{clf(x)}] {ctx} {first}", *rest], "err", 1_000_000
        )

    def A(
        t: datetime,
        ip: str,
        method: str,
        uri: str,
        status: int,
        size: object,
        ref: str,
        ua: str,
        label: str,
    ) -> datetime:
        return fs.add(
            "access.log",
            t,
            label,
            lambda x: [
                f'{ip} - - [{clf(x)}] "{method} {uri} HTTP/1.1" {status} {size} "{ref}" "{ua}"'
            ],
            "acc",
            1_000_000,
        )

    def start(t: datetime, pid: int, fail: bool = False) -> datetime:
        for s in ["SIGTERM", "SIGHUP", "SIGUSR1"]:
            t = E(t + sec(0.001), "ENGINE", "Listening for %s.", f"Listening for {s}.")
        t = E(t + sec(0.001), "ENGINE", "Bus STARTING", "Bus STARTING")
        t = E(
            t + sec(0.001), "ENGINE", "PID %r written to %r.", f"PID {pid} written to {CP_PIDFILE}."
        )
        if fail:
            srv = f"<cherrypy._cpserver.Server object at {hexaddr(r)}>"
            t = E(
                t + sec(5),
                "ENGINE",
                "Error in %r listener %r",
                [
                    f"Error in 'start' listener <bound method Server.start of {srv}>",
                    "Traceback (most recent call last):",
                    *pyframes(
                        (
                            f"{CP}/cherrypy/process/wspbus.py",
                            230,
                            "publish",
                            "output.append(listener(*args, **kwargs))",
                        ),
                        (
                            f"{CP}/cherrypy/_cpserver.py",
                            180,
                            "start",
                            "super(Server, self).start()",
                        ),
                        (
                            f"{CP}/cherrypy/process/servers.py",
                            184,
                            "start",
                            "portend.free(*self.bind_addr, timeout=Timeouts.free)",
                        ),
                        (
                            f"{CP}/portend.py",
                            156,
                            "free",
                            'raise Timeout("Port {port} not free on {host}.".format(**locals()))',
                        ),
                    ),
                    "portend.Timeout: Port 8080 not free on 0.0.0.0.",
                ],
            )
            t = E(
                t + sec(0.001),
                "ENGINE",
                "Shutting down due to error in start listener:",
                [
                    "Shutting down due to error in start listener:",
                    "Traceback (most recent call last):",
                    *pyframes(
                        (f"{CP}/cherrypy/process/wspbus.py", 268, "start", "self.publish('start')"),
                        (f"{CP}/cherrypy/process/wspbus.py", 248, "publish", "raise exc"),
                    ),
                    "cherrypy.process.wspbus.ChannelFailures: Timeout('Port 8080 not free on 0.0.0.0.')",
                ],
            )
            t = E(t + sec(0.001), "ENGINE", "Bus STOPPING", "Bus STOPPING")
            t = E(
                t + sec(0.001),
                "ENGINE",
                "HTTP Server %s already shut down",
                "HTTP Server None already shut down",
            )
            t = E(t + sec(0.001), "ENGINE", "Bus STOPPED", "Bus STOPPED")
            t = E(t + sec(0.001), "ENGINE", "Bus EXITING", "Bus EXITING")
            t = E(
                t + sec(0.001),
                "ENGINE",
                "PID file removed: %r.",
                f"PID file removed: {CP_PIDFILE}.",
            )
            return E(t + sec(0.001), "ENGINE", "Bus EXITED", "Bus EXITED")
        t = E(t + sec(0.1), "ENGINE", "Serving on %s", "Serving on http://0.0.0.0:8080")
        return E(t + sec(0.001), "ENGINE", "Bus STARTED", "Bus STARTED")

    def stop(t: datetime) -> datetime:
        t = E(t, "ENGINE", "Caught signal %s.", "Caught signal SIGTERM.")
        t = E(t + sec(0.001), "ENGINE", "Bus STOPPING", "Bus STOPPING")
        t = E(
            t + sec(0.4), "ENGINE", "HTTP Server %s shut down", f"HTTP Server {CP_SERVER} shut down"
        )
        t = E(t + sec(0.001), "ENGINE", "Bus STOPPED", "Bus STOPPED")
        t = E(t + sec(0.001), "ENGINE", "Bus EXITING", "Bus EXITING")
        t = E(t + sec(0.001), "ENGINE", "PID file removed: %r.", f"PID file removed: {CP_PIDFILE}.")
        t = E(t + sec(0.001), "ENGINE", "Bus EXITED", "Bus EXITED")
        return E(
            t + sec(0.001),
            "ENGINE",
            "Waiting for child threads to terminate...",
            "Waiting for child threads to terminate...",
        )

    def http500(t: datetime, ip: str, method: str, path: str, ua: str, tb: list[str]) -> datetime:
        hdrs = [
            f"  Remote-Addr: {ip}",
            "  HOST: shop.example.com",
            f"  USER-AGENT: {ua}",
            "  ACCEPT: application/json",
            "  X-FORWARDED-PROTO: https",
            f"  X-FORWARDED-FOR: {ip}",
        ]
        if method == "POST":
            hdrs += ["  CONTENT-TYPE: application/json", f"  Content-Length: {r.randint(80, 400)}"]
        t = E(t, "HTTP", "\\nRequest Headers:\\n%s", ["", "Request Headers:", *hdrs])
        return E(
            t + sec(0.001),
            "HTTP",
            "Traceback (most recent call last):",
            ["", "Traceback (most recent call last):", *tb],
        )

    def cp_frames() -> list[str]:
        return pyframes(
            (f"{CP}/cherrypy/_cprequest.py", 659, "respond", "self._do_respond(path_info)"),
            (f"{CP}/cherrypy/_cprequest.py", 718, "_do_respond", "response.body = self.handler()"),
            (
                f"{CP}/cherrypy/lib/encoding.py",
                223,
                "__call__",
                "self.body = self.oldhandler(*args, **kwargs)",
            ),
            (f"{CP}/cherrypy/_cptools.py", 237, "wrap", "return f(*a, **kw)"),
            (
                f"{CP}/cherrypy/_cpdispatch.py",
                54,
                "__call__",
                "return self.callable(*self.args, **self.kwargs)",
            ),
        )

    t0, t_end = at(6, 0), at(12, 0)
    gateway = (at(7, 30), at(7, 40))
    deploy = at(9, 30, 0)
    back = at(9, 30, 31)
    bug = (at(10, 45), at(11, 5))
    start(t0 + sec(1.5), 812)
    stop(deploy)
    start(deploy + sec(3), 1203, fail=True)
    start(back - sec(0.2), 1251)

    def up(t: datetime) -> bool:
        return not (deploy - sec(1) <= t < back + sec(1))

    for t in poisson(r, t0 + sec(5), t_end, 30):
        if up(t):
            A(t, "10.0.1.10", "GET", "/health", 200, 2, "", "-", "GET /health 200")
    no_price = set(r.sample(CP_PRODUCTS, 90))
    for t in poisson(r, t0 + sec(20), t_end, 14):
        if not up(t):
            continue
        ip, ua = r.choice(CLIENTS), r.choice(UA_BROWSERS)
        ref = r.choice(["https://shop.example.com/", "https://shop.example.com/catalogue", ""])
        x = r.random()
        if x < 0.3:
            A(
                t,
                ip,
                "GET",
                "/api/products",
                200,
                r.randint(20000, 40000),
                ref,
                ua,
                "GET /api/products 200",
            )
        elif x < 0.72:
            pid = r.choice(CP_PRODUCTS) if r.random() < 0.95 else r.randint(900, 2000)
            if pid >= 900:
                A(
                    t,
                    ip,
                    "GET",
                    f"/api/products/{pid}",
                    404,
                    1432,
                    ref,
                    ua,
                    "GET /api/products/%s 404",
                )
            elif pid in no_price and bug[0] <= t < bug[1]:
                tb = [
                    *cp_frames(),
                    *pyframes(
                        (
                            "/srv/shop/shop/catalogue.py",
                            58,
                            "product",
                            'return {"id": p.id, "name": p.name, "price": p.attrs["price"]}',
                        )
                    ),
                    "KeyError: 'price'",
                ]
                tt = http500(t, ip, "GET", f"/api/products/{pid}", ua, tb)
                A(
                    tt + sec(0.001),
                    ip,
                    "GET",
                    f"/api/products/{pid}",
                    500,
                    1632,
                    ref,
                    ua,
                    "GET /api/products/%s 500",
                )
            else:
                A(
                    t,
                    ip,
                    "GET",
                    f"/api/products/{pid}",
                    200,
                    r.randint(600, 2000),
                    ref,
                    ua,
                    "GET /api/products/%s 200",
                )
        elif x < 0.86:
            A(
                t,
                ip,
                "GET",
                "/static/css/site.css",
                304,
                "-",
                "https://shop.example.com/",
                ua,
                "GET /static/css/site.css 304",
            )
        elif x < 0.96:
            order = f"A{r.randint(100000, 999999)}"
            if gateway[0] <= t < gateway[1]:
                tt = t
                for attempt in (1, 2, 3):
                    tt = E(
                        tt + sec(10.01),
                        "",
                        "Payment gateway timeout for order %s (attempt %d of %d)",
                        f"Payment gateway timeout for order {order} (attempt {attempt} of 3)",
                    )
                tb = [
                    *cp_frames(),
                    *pyframes(
                        (
                            "/srv/shop/shop/orders.py",
                            112,
                            "create",
                            'charge = self.gateway.charge(order, body["payment"])',
                        ),
                        (
                            "/srv/shop/shop/payments.py",
                            47,
                            "charge",
                            'resp = self.session.post(self.url + "/v2/charges", json=payload, timeout=10)',
                        ),
                        (
                            "/usr/lib/python3/dist-packages/requests/adapters.py",
                            532,
                            "send",
                            "raise ReadTimeout(e, request=request)",
                        ),
                    ),
                    "requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='api.pay.example', port=443): Read timed out. (read timeout=10)",
                ]
                tt = http500(tt + sec(0.01), ip, "POST", "/api/orders", ua, tb)
                A(
                    tt + sec(0.001),
                    ip,
                    "POST",
                    "/api/orders",
                    500,
                    1632,
                    "https://shop.example.com/cart",
                    ua,
                    "POST /api/orders 500",
                )
            else:
                tt = E(
                    t + sec(r.uniform(0.3, 1.2)),
                    "",
                    "Order %s placed: %d items, total %s EUR",
                    f"Order {order} placed: {r.randint(1, 6)} items, total {r.randint(900, 25000) / 100:.2f} EUR",
                )
                A(
                    tt + sec(0.001),
                    ip,
                    "POST",
                    "/api/orders",
                    200,
                    r.randint(60, 90),
                    "https://shop.example.com/cart",
                    ua,
                    "POST /api/orders 200",
                )
        else:
            mip = r.choice(["10.0.8.14", "10.0.8.33", "10.0.8.51"])
            col = r.choice([1, 1, 2])
            tt = E(
                t + sec(0.01),
                "",
                "Invalid JSON body from %s: Expecting value: line %d column %d (char %d)",
                f"Invalid JSON body from {mip}: Expecting value: line 1 column {col} (char {col - 1})",
            )
            A(
                tt + sec(0.001),
                mip,
                "POST",
                "/api/orders",
                400,
                1408,
                "",
                "ShopApp/2.3.1 CFNetwork/1404.0.5 Darwin/22.3.0",
                "POST /api/orders 400",
            )
    return fs.logs(t0)


SYSTEMS = {
    "daphne": daphne,
    "waitress": waitress,
    "bokeh": bokeh,
    "flower": flower,
    "cherrypy": cherrypy,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
