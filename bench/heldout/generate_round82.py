#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 82 (ktor, vertx, akka, play, micronaut) into bench/heldout/,
the same way and under the same label rules as generate.py (bench/README.md, "heldout.py"): each
program's log is simulated from its format strings over a seeded run, and every line that starts
an event is labelled with the format string that wrote it as it is written; the lines that
continue an event (a Java stack trace, the second line of a java.util.logging record, the lines
of a multi-line message) have no label. Distinct calls of one process never share a timestamp at
the log's resolution (round 53's Clock). Five JVM web and actor frameworks' default logs:

- Ktor 2.3 (`api-1.log`, `api-2.log`: an orders API on two hosts, Netty engine, the Ktor project
  generator's logback.xml pattern `%d{YYYY-MM-dd HH:mm:ss.SSS} [%thread] %-5level %logger{36} -
  %msg%n` into a file): `Autoreload is disabled because the development mode is off.`,
  `Application started in %s seconds.`, `Responding at %s`, HikariCP's pool lines, CallLogging's
  default lines with colours disabled (`200 OK: GET - /api/orders/1841 in 12ms`, the `Unhandled:
  GET - /api/orders/%s` error of a failed call with its stack), the app's orders and payments,
  Ktor client timeouts (`Request timeout has expired [url=..., request_timeout=3000 ms]`) and
  refused connections to the payment service (07:20-07:35), Exposed's `Transaction attempt #%d
  failed: ...` on deadlocks, the database failing over at 08:40 (Hikari's validation and broken
  connection warnings, 500s), a redeploy of api-2 at 09:10.
- Eclipse Vert.x 4.5 (`catalog-1.log`, `catalog-2.log`: a catalog service on two hosts, the
  JDK's java.util.logging with SimpleFormatter's default two-line format, `Jun 04, 2024 6:00:02
  AM io.vertx.ext.web.handler.impl.LoggerHandlerImpl` then `INFO: message`, the levels SEVERE,
  WARNING, INFO; seconds only): `Succeeded in deploying verticle`, vertx-web's LoggerHandler in
  its DEFAULT format (`10.0.2.15 - - [Tue, 04 Jun 2024 06:00:03 GMT] "GET /catalog/items/1841
  HTTP/1.1" 200 512 "-" "okhttp/4.12.0"`, WARNING for 4xx, SEVERE for 5xx), the
  BlockedThreadChecker (`Thread Thread[#31,vert.x-eventloop-thread-1,5,main] has been blocked
  for 2417 ms, time limit is 2000 ms`, with `io.vertx.core.VertxException: Thread blocked` and
  its frames past five seconds), `Unhandled exception in router`, Netty's `An exceptionCaught()
  event was fired ...`, the pricing service timing out (WebClient's `The timeout period of
  2000ms has been exceeded while executing GET /prices/%s for server pricing:8080`) and a
  circuit breaker opening, the database connection lost (`Failed to read any response from the
  server, the underlying connection may have been lost unexpectedly.`), a redeploy.
- Akka 2.6.21 classic cluster (`inventory-1.log` ... `inventory-3.log`: three nodes' stdout with
  the default StdOutLogger, `[INFO] [06/04/2024 06:00:02.345] [Inventory-akka.actor.default-dispatcher-5]
  [akka.cluster.Cluster(akka://Inventory)] Cluster Node [akka://Inventory@10.0.1.11:25520] -
  Starting up, Akka version [2.6.21] ...`, a log marker written before the date as
  `[WARN] [akkaUnreachable][06/04/2024 ...]`): Artery's remoting start, the cluster forming
  (JOINING, Welcome, leader moving nodes to Up), SBR's start, the stock actors' reservations
  (sharded entities' paths as sources), low stock warnings, dead letters, akka-http's `Illegal
  request, responding with status ...`, `Illegal header: ...` and `Error during processing of
  request: 'Ask timed out on [...] after [5000 ms]. ...'` with its stack, a supervised actor's
  failure (`Negative stock for %s: %d` and its stack), the journal's database failing (`Failed
  to persist event type [%s] with sequence number [%d] for persistenceId [%s].`); node 3 paused
  by a long GC at 08:12 (heartbeat delayed, UNREACHABLE, the leader unable to perform its
  duties, REACHABLE again); node 2 leaving and rejoining at 09:00 (CoordinatedShutdown, Leaving,
  Exiting, removal, the restart and the JOINING).
- Play Framework 2.9 (`web1-application.log`, `web2-application.log`: a Scala storefront on two
  hosts, the default logback.xml's file appender `%date [%level] from %logger in %thread -
  %message%n%xException`): `Slf4jLogger started`, the database pool, `Application started (Prod)
  (no global state)`, `Listening for HTTP on /0.0.0.0:9000`, the Play documentation's
  LoggingFilter (`GET /products/1841 took 23ms and returned 200`), carts, searches and orders,
  `Host not allowed: %s` for scanners, CSRF rejections, the payment service timing out
  (AsyncHttpClient's `Request timeout to %s after %d ms`), the database pool exhausted at 08:40
  (Play's `\\n\\n! @%s - Internal server error, for (%s) [%s] ->\\n ` whose first line is the head with
  an empty message, then `play.api.UnexpectedException: Unexpected exception[...]` and its
  stack), a restart of web2 (CoordinatedShutdown, `Shutting down connection pool.`).
- Micronaut 4.4 (`stock-api-1.log`, `stock-api-2.log`: a stock service's pods, the generated
  logback.xml's console pattern `%cyan(%d{HH:mm:ss.SSS}) %gray([%thread]) %highlight(%-5level)
  %magenta(%logger{36}) - %msg%n` with the colour codes stripped, so the time has no date):
  start-up (`Established active environments: %s`, HikariCP, Flyway's version, database,
  validation and `Schema "%s" is up to date. No migration necessary.`, `Startup completed in %dms.
  Server Running: %s`), the HTTP access logger in its common format (`10.0.1.7 - -
  [04/Jun/2024:06:00:03 +0000] "GET /stock/SKU-1841 HTTP/1.1" 200 87`), reservations, scheduled
  warehouse syncs and their read timeouts (`Error invoking scheduled task for bean [%s] Read
  Timeout`), Redis going away (Lettuce's `Reconnecting, last destination was %s`, `Cannot
  reconnect to [%s]: Connection refused: %s`, `Reconnected to %s`), the database pool timing
  out at 08:40 (`Unexpected error occurred: %s - Connection is not available, request timed
  out after %dms (total=%d, active=%d, idle=%d, waiting=%d)` with its stack), a pod rescheduled.

Label notes. The rules of rounds 51 to 77 hold. Logback's time, thread, level and logger (Ktor,
Micronaut, Play's `[LEVEL] from %logger in %thread - `), java.util.logging's first line (date,
time, logger) and level, and Akka's level, marker, date, thread and log source are context: the
message is the label. Akka's `Cluster Node [%s] - ` is written by the cluster's own log calls
(`"Cluster Node [{}] - " + template`), so it is part of every cluster message's label. Request
records are labelled by method, route and status (round 54): Ktor's CallLogging lines (`200 OK:
GET - /api/orders/%s in %dms`; a failed call's `Unhandled: GET - /api/orders/%s` is labelled by
its method and route), vertx-web's LoggerHandler lines, Play's LoggingFilter lines and
Micronaut's access log. An error's text inside a message contributes its format (`Payment
request for order %s failed: Request timeout has expired [url=%s, request_timeout=%s ms]`,
akka-http's `Error during processing of request: 'Ask timed out on [%s] ...'`, Micronaut's
`Unexpected error occurred: %s - Connection is not available, ...`); an actor failure's line
is the exception's message, so its label is that message's format. Play's server error message
starts with two newlines: its event's first line is the head with an empty message, and the
label is the whole format with `\\n` (`\\n\\n! @%s - Internal server error, for (%s) [%s] ->\\n `); the
exception Play's `%xException` writes under it, a stack trace, and the second line of a
java.util.logging record belong to their event.

Sources: written from the helper's knowledge of each framework's source and of real logs; a few
texts were checked against copies of the sources (Ktor's `logFailure` writing `"$status:
$logString"` with the cause, Play's `logServerError` format). Least sure: whether Ktor 2.3's
CallLogging writes ` in %dms` after the path (taken as yes) and the app's own messages (invented,
as any app's are); the JUL logger names vertx-web and vertx-core use (`LoggerHandlerImpl`,
`io.vertx.ext.web.RoutingContext`, `io.vertx.core.impl.BlockedThreadChecker`), whether the
JULLogDelegate leaves the source method empty (taken as yes: the logger's name only on the
first line), the circuit breaker's lines (invented); Akka's marker layout in the StdOutLogger
(`[WARN] [akkaUnreachable][date]`), SBR's start and decision wordings, Artery's handshake
wording, which cluster messages carry a marker and at which level, the `Illegal request`
details; Play 2.9's shutdown lines (`Stopping Akka HTTP server...` is not written here;
`Running CoordinatedShutdown with reason [%s]`, `Shutting down connection pool.`) and the CSRF
filter's wording; Micronaut 4's logger of `Established active environments`, the task
exception handler's logger and wording, Flyway 9's logger names. Java's stack frames and line
numbers are plausible, not copied. Run it only to change the data on purpose: `python
bench/heldout/generate_round82.py [SYSTEM ...]`.
"""

from __future__ import annotations

import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round52 import secs
from generate_round55 import at, poisson
from generate_round65 import Out


def jframes(*frames: str) -> list[str]:
    """A Java stack trace's frame lines as `printStackTrace` writes them."""
    return [f"\tat {f}" for f in frames]


def ms3(t: datetime) -> str:
    return f"{t.microsecond // 1000:03d}"


def abbrev(name: str, width: int = 36) -> str:
    """Logback's `%logger{36}`: leading package names cut to their first letter, left to
    right, until the name fits (the class name is never cut)."""
    parts = name.split(".")
    i = 0
    while len(".".join(parts)) > width and i < len(parts) - 1:
        parts[i] = parts[i][0]
        i += 1
    return ".".join(parts)


def window(t: datetime, a: datetime, b: datetime) -> bool:
    return a <= t < b


def sku(r: random.Random) -> str:
    return f"SKU-{r.randrange(1000, 9999)}"


# ------------------------------------------------------------------------------------ ktor

KT_PG = "org.postgresql.jdbc.PgConnection@"
KT_UA = "okhttp/4.12.0"


def ktor(r: random.Random) -> list[Log]:
    """An orders API (Ktor 2.3.11, Netty, Exposed with HikariCP on PostgreSQL) on two hosts,
    06:00-10:00; CallLogging on `/api` paths with colours disabled."""

    def head(t: datetime, lvl: str, ctx: str) -> str:
        thread, logger = ctx.split("|")
        return f"{t:%Y-%m-%d %H:%M:%S}.{ms3(t)} [{thread}] {lvl:<5} {abbrev(logger)} - "

    o = Out(1000, ["api-1", "api-2"], head)
    t0 = at(6, 0)
    end = at(10, 0)
    APP = "ktor.application"
    HDS = "com.zaxxer.hikari.HikariDataSource"
    HP = "com.zaxxer.hikari.pool.HikariPool"
    PB = "com.zaxxer.hikari.pool.PoolBase"
    pay_to = (at(7, 20), at(7, 35))
    pay_refused = (at(7, 27), at(7, 30))
    db_down = (at(8, 40), at(8, 43, 30))
    restart2 = at(9, 10)
    order_seq = [184100]

    def ev(n: int) -> str:
        return f"eventLoopGroupProxy-4-{n}"

    def worker() -> str:
        return f"DefaultDispatcher-worker-{r.randint(1, 16)}"

    def boot(f: str, t: datetime) -> datetime:
        t = o.e(
            f, t, "Autoreload is disabled because the development mode is off.", ctx=f"main|{APP}"
        )
        t = o.e(f, t + secs(r, 0.05, 0.2), "%s - Starting...", "HikariPool-1", ctx=f"main|{HDS}")
        t = o.e(
            f,
            t + secs(r, 0.2, 0.5),
            "%s - Added connection %s",
            "HikariPool-1",
            KT_PG + hexid(r, 8),
            ctx=f"main|{HP}",
        )
        t = o.e(
            f, t + secs(r, 0.001, 0.01), "%s - Start completed.", "HikariPool-1", ctx=f"main|{HDS}"
        )
        took = f"{r.uniform(0.9, 1.6):.3f}"
        t = o.e(
            f, t + secs(r, 0.1, 0.3), "Application started in %s seconds.", took, ctx=f"main|{APP}"
        )
        t = o.e(
            f,
            t + secs(r, 0.05, 0.2),
            "Responding at %s",
            "http://0.0.0.0:8080",
            ctx=f"{ev(1)}|{APP}",
        )
        return t

    def call(
        f: str, t: datetime, status: str, method: str, route: str, path: str, ms: int
    ) -> datetime:
        return o.e(
            f,
            t + timedelta(milliseconds=ms),
            f"{status}: {method} - {route} in %dms",
            msg=f"{status}: {method} - {path} in {ms}ms",
            ctx=f"{ev(r.randint(1, 8))}|{APP}",
        )

    def stack_exposed(cause: str) -> list[str]:
        return [
            f"org.jetbrains.exposed.exceptions.ExposedSQLException: {cause}",
            *jframes(
                "org.jetbrains.exposed.sql.statements.Statement.executeIn$exposed_core(Statement.kt:49)",
                "org.jetbrains.exposed.sql.Transaction.exec(Transaction.kt:141)",
                "org.jetbrains.exposed.sql.Query.iterator(Query.kt:309)",
                "com.example.orders.OrderRepository$find$2.invokeSuspend(OrderRepository.kt:41)",
                "kotlin.coroutines.jvm.internal.BaseContinuationImpl.resumeWith(ContinuationImpl.kt:33)",
                "kotlinx.coroutines.DispatchedTask.run(DispatchedTask.kt:108)",
                "kotlinx.coroutines.scheduling.CoroutineScheduler$Worker.run(CoroutineScheduler.kt:749)",
            ),
            f"Caused by: {cause}",
            *jframes(
                "org.postgresql.core.v3.QueryExecutorImpl.execute(QueryExecutorImpl.java:373)",
                "org.postgresql.jdbc.PgStatement.executeInternal(PgStatement.java:502)",
                "com.zaxxer.hikari.pool.HikariProxyPreparedStatement.executeQuery(HikariProxyPreparedStatement.java)",
            ),
            "\t... 12 common frames omitted",
        ]

    for f in ("api-1", "api-2"):
        up = boot(f, t0 + secs(r, 1, 4))
        if f == "api-2":
            # the redeploy: SIGTERM, the pool closed, a new process
            x = o.e(
                f, restart2, "%s - Shutdown initiated...", "HikariPool-1", ctx=f"Thread-0|{HDS}"
            )
            x = o.e(
                f,
                x + secs(r, 0.02, 0.08),
                "%s - Shutdown completed.",
                "HikariPool-1",
                ctx=f"Thread-0|{HDS}",
            )
            back = boot(f, x + secs(r, 6, 9))
        else:
            back = restart2
        # the expiry job every 5 minutes
        t = up + secs(r, 280, 300)
        while t < end:
            if not (f == "api-2" and window(t, restart2, back)):
                n = r.choice([0, 0, 1, 1, 2, 3, 4, 6])
                o.e(
                    f,
                    t,
                    "Expired %d unpaid orders",
                    n,
                    ctx=f"{worker()}|com.example.orders.ExpiryJob",
                )
            t += timedelta(seconds=300)
        for t in poisson(r, up, end, 17.0):
            if f == "api-2" and window(t, restart2 - timedelta(seconds=2), back):
                continue
            w = r.random()
            ms = r.randint(3, 40)
            if window(t, *db_down) and w < 0.8:
                oid = r.randrange(150000, order_seq[0])
                route, path = "/api/orders/%s", f"/api/orders/{oid}"
                method = "GET" if w < 0.6 else "POST"
                if method == "POST":
                    route = path = "/api/orders"
                wait = r.randint(4000, 9000)
                x = o.e(
                    f,
                    t + timedelta(milliseconds=wait),
                    f"Unhandled: {method} - {route}",
                    msg=f"Unhandled: {method} - {path}",
                    lvl="ERROR",
                    ctx=f"{ev(r.randint(1, 8))}|{APP}",
                    cont=stack_exposed(
                        "org.postgresql.util.PSQLException: This connection has been closed."
                        if r.random() < 0.6
                        else "org.postgresql.util.PSQLException: An I/O error occurred while sending to the backend."
                    ),
                )
                call(f, x, "500 Internal Server Error", method, route, path, wait + r.randint(1, 5))
                continue
            if w < 0.38:
                oid = r.randrange(150000, order_seq[0])
                call(f, t, "200 OK", "GET", "/api/orders/%s", f"/api/orders/{oid}", ms)
            elif w < 0.42:
                call(
                    f,
                    t,
                    "404 Not Found",
                    "GET",
                    "/api/orders/%s",
                    f"/api/orders/{r.randrange(900000, 999999)}",
                    ms,
                )
            elif w < 0.56:
                call(f, t, "200 OK", "GET", "/api/orders", "/api/orders", ms + 10)
            elif w < 0.70:
                call(f, t, "200 OK", "GET", "/api/products/%s", f"/api/products/{sku(r)}", ms)
            elif w < 0.81:
                order_seq[0] += 1
                oid = order_seq[0]
                x = o.e(
                    f,
                    t,
                    "Order %d created for customer %s (%d items)",
                    oid,
                    f"C{r.randrange(10000, 99999)}",
                    r.randint(1, 6),
                    ctx=f"{worker()}|com.example.orders.OrderService",
                )
                call(f, x, "201 Created", "POST", "/api/orders", "/api/orders", ms + 15)
            elif w < 0.83:
                if r.random() < 0.6:
                    x = o.e(
                        f,
                        t,
                        "Rejected order from customer %s: quantity must be between 1 and %d",
                        f"C{r.randrange(10000, 99999)}",
                        99,
                        lvl="WARN",
                        ctx=f"{worker()}|com.example.orders.OrderService",
                    )
                else:
                    x = o.e(
                        f,
                        t,
                        "Rejected order from customer %s: unknown product %s",
                        f"C{r.randrange(10000, 99999)}",
                        sku(r),
                        lvl="WARN",
                        ctx=f"{worker()}|com.example.orders.OrderService",
                    )
                call(f, x, "400 Bad Request", "POST", "/api/orders", "/api/orders", ms)
            elif w < 0.85:
                call(
                    f,
                    t,
                    "401 Unauthorized",
                    "GET",
                    "/api/orders/%s",
                    f"/api/orders/{r.randrange(150000, order_seq[0])}",
                    r.randint(0, 2),
                )
            elif w < 0.86:
                oid = r.randrange(150000, order_seq[0])
                x = o.e(
                    f,
                    t,
                    "Order %d cancelled",
                    oid,
                    ctx=f"{worker()}|com.example.orders.OrderService",
                )
                call(f, x, "204 No Content", "DELETE", "/api/orders/%s", f"/api/orders/{oid}", ms)
            else:
                oid = r.randrange(order_seq[0] - 50, order_seq[0] + 1)
                path = f"/api/orders/{oid}/pay"
                route = "/api/orders/%s/pay"
                if window(t, *pay_to):
                    x = t
                    for attempt in (1, 2, 3):
                        if window(t, *pay_refused):
                            x = o.e(
                                f,
                                x + timedelta(milliseconds=r.randint(2, 9)),
                                "Payment request for order %d failed: Connection refused",
                                oid,
                                lvl="WARN",
                                ctx=f"{worker()}|com.example.orders.PaymentClient",
                            )
                        else:
                            x = o.e(
                                f,
                                x + timedelta(milliseconds=3000 + r.randint(1, 40)),
                                "Payment request for order %d failed: Request timeout has expired [url=%s, request_timeout=%s ms]",
                                oid,
                                "http://payments:8080/v1/charges",
                                3000,
                                lvl="WARN",
                                ctx=f"{worker()}|com.example.orders.PaymentClient",
                            )
                        if attempt < 3:
                            x = o.e(
                                f,
                                x + timedelta(milliseconds=1),
                                "Retrying payment for order %d in %d ms (attempt %d of %d)",
                                oid,
                                500 * attempt,
                                attempt + 1,
                                3,
                                ctx=f"{worker()}|com.example.orders.PaymentClient",
                            )
                            x += timedelta(milliseconds=500 * attempt)
                    call(
                        f,
                        x,
                        "502 Bad Gateway",
                        "POST",
                        route,
                        path,
                        int((x - t).total_seconds() * 1000) + 2,
                    )
                else:
                    x = o.e(
                        f,
                        t + timedelta(milliseconds=r.randint(80, 400)),
                        "Payment %s captured for order %d",
                        "ch_" + hexid(r, 24),
                        oid,
                        ctx=f"{worker()}|com.example.orders.PaymentClient",
                    )
                    call(
                        f, x, "200 OK", "POST", route, path, int((x - t).total_seconds() * 1000) + 3
                    )
            # deadlocks on stock updates, a few in the busiest hour
            if window(t, at(7, 40), at(8, 20)) and r.random() < 0.03:
                o.e(
                    f,
                    t + secs(r, 0.01, 0.2),
                    'Transaction attempt #%d failed: ERROR: deadlock detected\\n  Detail: Process %d waits for ShareLock on transaction %d; blocked by process %d.\\nProcess %d waits for ShareLock on transaction %d; blocked by process %d.\\n  Hint: See server log for query details.\\n  Where: while updating tuple (%d,%d) in relation "%s". Statement(s): %s',
                    msg='Transaction attempt #{a} failed: ERROR: deadlock detected\n  Detail: Process {p1} waits for ShareLock on transaction {x1}; blocked by process {p2}.\nProcess {p2} waits for ShareLock on transaction {x2}; blocked by process {p1}.\n  Hint: See server log for query details.\n  Where: while updating tuple (0,{tu}) in relation "stock". Statement(s): UPDATE stock SET reserved=(stock.reserved + ?) WHERE stock.sku = ?'.format(
                        a=r.randint(0, 1),
                        p1=r.randint(20000, 30000),
                        p2=r.randint(20000, 30000),
                        x1=r.randint(900000, 999999),
                        x2=r.randint(900000, 999999),
                        tu=r.randint(1, 90),
                    ),
                    lvl="WARN",
                    ctx=f"{worker()}|Exposed",
                    cont=stack_exposed(
                        "org.postgresql.util.PSQLException: ERROR: deadlock detected"
                    )[:6],
                )
        # the database failover: validation failures and broken connections
        for _ in range(r.randint(3, 5)):
            o.e(
                f,
                db_down[0] + secs(r, 0, 60),
                "%s - Failed to validate connection %s (%s). Possibly consider using a shorter maxLifetime value.",
                "HikariPool-1",
                KT_PG + hexid(r, 8),
                "This connection has been closed.",
                lvl="WARN",
                ctx=f"{worker()}|{PB}",
            )
        for _ in range(r.randint(2, 4)):
            o.e(
                f,
                db_down[0] + secs(r, 5, 120),
                "%s - Connection %s marked as broken because of SQLSTATE(%s), ErrorCode(%d)",
                "HikariPool-1",
                KT_PG + hexid(r, 8),
                "08006",
                0,
                lvl="WARN",
                ctx=f"{worker()}|{PB}",
                cont=[
                    "org.postgresql.util.PSQLException: An I/O error occurred while sending to the backend.",
                    *jframes(
                        "org.postgresql.core.v3.QueryExecutorImpl.execute(QueryExecutorImpl.java:395)",
                        "org.postgresql.jdbc.PgStatement.executeInternal(PgStatement.java:502)",
                    ),
                    "Caused by: java.net.SocketException: Connection reset",
                    *jframes("java.base/sun.nio.ch.NioSocketImpl.implRead(NioSocketImpl.java:328)"),
                    "\t... 24 common frames omitted",
                ],
            )
    o.e(
        "api-1",
        at(8, 5, 12),
        "%s - Thread starvation or clock leap detected (housekeeper delta=%s).",
        "HikariPool-1",
        "1m4s",
        lvl="WARN",
        ctx=f"HikariPool-1 housekeeper|{HP}",
    )
    return o.logs(t0, {"api-1": "api-1.log", "api-2": "api-2.log"})


# ------------------------------------------------------------------------------------ vertx

VX_UAS = [
    "okhttp/4.12.0",
    "Vert.x-WebClient/4.5.7",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
    "python-requests/2.31.0",
]
VX_QUERIES = [
    "backpack",
    "trail+shoes",
    "rain+jacket",
    "headlamp",
    "tent",
    "water+bottle",
    "gloves",
]


def vertx(r: random.Random) -> list[Log]:
    """A catalog service (Vert.x 4.5.7, vertx-web, the reactive PostgreSQL client, a WebClient
    to a pricing service) on two hosts, 06:00-10:00, logging through java.util.logging."""
    LEVELS = {"ERROR": "SEVERE", "WARN": "WARNING", "INFO": "INFO"}

    def head(t: datetime, lvl: str, ctx: str) -> str:
        h = t.hour % 12 or 12
        ampm = "AM" if t.hour < 12 else "PM"
        return f"{t:%b %d, %Y} {h}:{t:%M:%S} {ampm} {ctx}\n{LEVELS[lvl]}: "

    o = Out(1_000_000, ["c1", "c2"], head)
    t0 = at(6, 0)
    end = at(10, 0)
    LH = "io.vertx.ext.web.handler.impl.LoggerHandlerImpl"
    APP = "com.example.catalog.CatalogVerticle"
    pricing_bad = (at(7, 5), at(7, 22))
    db_lost = (at(8, 30), at(8, 31, 30))
    redeploy = at(9, 15)

    def boot(f: str, t: datetime) -> datetime:
        t = o.e(
            f,
            t,
            "Connected to PostgreSQL at %s:%d/%s (pool size %d)",
            "db.internal",
            5432,
            "catalog",
            8,
            ctx=APP,
        )
        t = o.e(f, t + secs(r, 0.1, 0.4), "HTTP server started on port %d", 8888, ctx=APP)
        return o.e(
            f,
            t + secs(r, 0.01, 0.1),
            "Succeeded in deploying verticle",
            ctx="io.vertx.core.impl.launcher.commands.VertxIsolatedDeployer",
        )

    def access(
        f: str, t: datetime, method: str, route: str, path: str, status: int, size: int
    ) -> datetime:
        lvl = "ERROR" if status >= 500 else "WARN" if status >= 400 else "INFO"
        ip = f"10.0.{r.choice([2, 2, 3])}.{r.randint(10, 60)}"
        date = f"{t:%a, %d %b %Y %H:%M:%S} GMT"
        ua = r.choice(VX_UAS)
        return o.e(
            f,
            t,
            f'%s - - [%s] "{method} {route} HTTP/1.1" {status} %d "-" "%s"',
            msg=f'{ip} - - [{date}] "{method} {path} HTTP/1.1" {status} {size} "-" "{ua}"',
            lvl=lvl,
            ctx=LH,
        )

    def blocked(f: str, t: datetime) -> None:
        held = r.randint(2050, 7400)
        thread = f"Thread[#{r.choice([31, 33, 35, 37])},vert.x-eventloop-thread-{r.randint(0, 3)},5,main]"
        cont = []
        if held > 5000:
            cont = [
                "io.vertx.core.VertxException: Thread blocked",
                *jframes(
                    "java.base@21.0.3/java.util.regex.Pattern$GroupHead.match(Pattern.java:4810)",
                    "java.base@21.0.3/java.util.regex.Matcher.find(Matcher.java:767)",
                    "com.example.catalog.SearchHandler.highlight(SearchHandler.java:118)",
                    "com.example.catalog.SearchHandler.handle(SearchHandler.java:64)",
                    "io.vertx.ext.web.impl.RouteState.handleContext(RouteState.java:1285)",
                ),
            ]
        o.e(
            f,
            t,
            "Thread %s has been blocked for %d ms, time limit is %d ms",
            thread,
            held,
            2000,
            lvl="WARN",
            ctx="io.vertx.core.impl.BlockedThreadChecker",
            cont=cont,
        )

    for f in ("c1", "c2"):
        up = boot(f, t0 + secs(r, 2, 6))
        back = redeploy
        if f == "c1":
            x = o.e(f, redeploy, "Shutting down catalog service", ctx=APP)
            x = o.e(f, x + secs(r, 1, 2), "Closed PostgreSQL pool", ctx=APP)
            back = boot(f, x + secs(r, 5, 8))
        # cache refresh every 10 minutes
        t = up + secs(r, 590, 600)
        while t < end:
            if not (f == "c1" and window(t, redeploy, back)):
                o.e(
                    f,
                    t,
                    "Cache refresh completed: %d items in %d ms",
                    r.randint(4180, 4230),
                    r.randint(300, 900),
                    ctx="com.example.catalog.CacheRefresher",
                )
            t += timedelta(seconds=600)
        # price updates on the event bus
        for t in poisson(r, up, end, 240):
            o.e(
                f,
                t,
                "Price update received for %d items",
                r.randint(1, 40),
                ctx="com.example.catalog.PriceConsumer",
            )
        breaker = "closed"
        fails = 0
        for t in poisson(r, up, end, 13.0):
            if f == "c1" and window(t, redeploy - timedelta(seconds=2), back):
                continue
            w = r.random()
            if window(t, *db_lost) and w < 0.7:
                item = r.randrange(1000, 9999)
                x = o.e(
                    f,
                    t,
                    "Failed to query item %d: %s",
                    item,
                    "Failed to read any response from the server, the underlying connection may have been lost unexpectedly.",
                    lvl="ERROR",
                    ctx=APP,
                )
                access(
                    f,
                    x + secs(r, 0, 1),
                    "GET",
                    "/catalog/items/%s",
                    f"/catalog/items/{item}",
                    500,
                    0,
                )
                continue
            if w < 0.45:
                item = r.randrange(1000, 9999)
                if window(t, *pricing_bad) and r.random() < 0.5:
                    if breaker == "open":
                        o.e(
                            f,
                            t,
                            "Pricing for item %d served from cache: circuit %s is open",
                            item,
                            "pricing",
                            lvl="WARN",
                            ctx="com.example.catalog.PricingClient",
                        )
                        access(
                            f,
                            t + secs(r, 0, 1),
                            "GET",
                            "/catalog/items/%s",
                            f"/catalog/items/{item}",
                            200,
                            r.randint(400, 900),
                        )
                        if r.random() < 0.15:
                            breaker = "half-open"
                            o.e(
                                f,
                                t + secs(r, 1, 2),
                                "Circuit %s half-open, trying a call",
                                "pricing",
                                ctx="com.example.catalog.PricingClient",
                            )
                        continue
                    x = o.e(
                        f,
                        t + secs(r, 2, 3),
                        "Pricing call for item %d failed: The timeout period of %dms has been exceeded while executing %s %s for server %s",
                        item,
                        2000,
                        "GET",
                        f"/prices/{item}",
                        "pricing:8080",
                        lvl="WARN",
                        ctx="com.example.catalog.PricingClient",
                    )
                    fails += 1
                    if fails >= 5 and breaker != "open":
                        breaker = "open"
                        fails = 0
                        x = o.e(
                            f,
                            x + secs(r, 0, 1),
                            "Circuit %s opened after %d failures",
                            "pricing",
                            5,
                            lvl="WARN",
                            ctx="com.example.catalog.PricingClient",
                        )
                    access(
                        f,
                        x + secs(r, 0, 1),
                        "GET",
                        "/catalog/items/%s",
                        f"/catalog/items/{item}",
                        503,
                        45,
                    )
                    continue
                if breaker == "half-open" and not window(t, *pricing_bad):
                    breaker = "closed"
                    o.e(
                        f,
                        t,
                        "Circuit %s closed",
                        "pricing",
                        ctx="com.example.catalog.PricingClient",
                    )
                access(
                    f,
                    t,
                    "GET",
                    "/catalog/items/%s",
                    f"/catalog/items/{item}",
                    200,
                    r.randint(400, 900),
                )
            elif w < 0.49:
                access(
                    f,
                    t,
                    "GET",
                    "/catalog/items/%s",
                    f"/catalog/items/{r.randrange(10000, 99999)}",
                    404,
                    0,
                )
            elif w < 0.75:
                q = r.choice(VX_QUERIES)
                access(
                    f,
                    t,
                    "GET",
                    "/catalog/search?q=%s&page=%s",
                    f"/catalog/search?q={q}&page={r.randint(1, 4)}",
                    200,
                    r.randint(2000, 9000),
                )
                if r.random() < 0.012:
                    blocked(f, t + secs(r, 1, 3))
            elif w < 0.85:
                access(
                    f,
                    t,
                    "GET",
                    "/catalog/categories/%s",
                    f"/catalog/categories/{r.choice(['camping', 'hiking', 'climbing', 'running'])}",
                    200,
                    r.randint(1500, 5000),
                )
            elif w < 0.92:
                item = r.randrange(1000, 9999)
                o.e(
                    f,
                    t,
                    "Review %s added to item %d",
                    "rv-" + hexid(r, 10),
                    item,
                    ctx="com.example.catalog.ReviewHandler",
                )
                access(
                    f,
                    t + secs(r, 0, 1),
                    "POST",
                    "/catalog/items/%s/reviews",
                    f"/catalog/items/{item}/reviews",
                    201,
                    64,
                )
            elif w < 0.95:
                item = r.randrange(1000, 9999)
                o.e(
                    f,
                    t,
                    "Invalid review for item %d: %s",
                    item,
                    "rating must be between 1 and 5",
                    lvl="WARN",
                    ctx="com.example.catalog.ReviewHandler",
                )
                access(
                    f,
                    t + secs(r, 0, 1),
                    "POST",
                    "/catalog/items/%s/reviews",
                    f"/catalog/items/{item}/reviews",
                    400,
                    38,
                )
            elif w < 0.985:
                item = r.randrange(1000, 9999)
                access(
                    f, t, "PUT", "/catalog/items/%s/stock", f"/catalog/items/{item}/stock", 204, 0
                )
            else:
                # a malformed JSON body the handler does not catch
                item = r.randrange(1000, 9999)
                x = o.e(
                    f,
                    t,
                    "Unhandled exception in router",
                    lvl="ERROR",
                    ctx="io.vertx.ext.web.RoutingContext",
                    cont=[
                        'io.vertx.core.json.DecodeException: Failed to decode:Unexpected end-of-input: expected close marker for Object (start marker at [Source: (String)"{"rating": 4, "text": "Great""; line: 1, column: 1])',
                        ' at [Source: (String)"{"rating": 4, "text": "Great""; line: 1, column: 30]',
                        *jframes(
                            "io.vertx.core.json.jackson.DatabindCodec.fromParser(DatabindCodec.java:143)",
                            "io.vertx.core.json.JsonObject.<init>(JsonObject.java:67)",
                            "io.vertx.ext.web.impl.RoutingContextImpl.body(RoutingContextImpl.java:290)",
                            "com.example.catalog.ReviewHandler.handle(ReviewHandler.java:39)",
                        ),
                    ],
                )
                access(
                    f,
                    x + secs(r, 0, 1),
                    "POST",
                    "/catalog/items/%s/reviews",
                    f"/catalog/items/{item}/reviews",
                    500,
                    21,
                )
        # clients going away mid-response
        for t in poisson(r, up, end, 1500):
            o.e(
                f,
                t,
                "An exceptionCaught() event was fired, and it reached at the tail of the pipeline. It usually means the last handler in the pipeline did not handle the exception.",
                lvl="WARN",
                ctx="io.netty.channel.DefaultChannelPipeline",
                cont=[
                    "java.net.SocketException: Connection reset",
                    *jframes(
                        "java.base/sun.nio.ch.SocketChannelImpl.throwConnectionReset(SocketChannelImpl.java:401)",
                        "java.base/sun.nio.ch.SocketChannelImpl.read(SocketChannelImpl.java:434)",
                        "io.netty.buffer.PooledByteBuf.setBytes(PooledByteBuf.java:254)",
                        "io.netty.channel.nio.NioEventLoop.run(NioEventLoop.java:569)",
                    ),
                ],
            )
        # GC pauses blocking the event loop
        for _ in range(r.randint(2, 3)):
            blocked(f, at(8, 0) + secs(r, 0, 3000))
        # the pool reconnecting after the failover
        o.e(
            f,
            db_lost[1] + secs(r, 2, 8),
            "Reconnected to PostgreSQL at %s:%d/%s",
            "db.internal",
            5432,
            "catalog",
            ctx=APP,
        )
    return o.logs(t0, {"c1": "catalog-1.log", "c2": "catalog-2.log"})


# ------------------------------------------------------------------------------------ akka

AK_NODES = {"n1": "10.0.1.11", "n2": "10.0.1.12", "n3": "10.0.1.13"}
AK_VER = "2.6.21"


def akka(r: random.Random) -> list[Log]:
    """An inventory service on a three-node Akka 2.6.21 classic cluster (Artery, cluster
    sharding of stock entities, akka-http in front, persistence on a JDBC journal),
    06:00-10:00, the default StdOutLogger."""

    def head(t: datetime, lvl: str, ctx: str) -> str:
        thread, source, marker = ctx.split("|")
        date = f"{t:%m/%d/%Y %H:%M:%S}.{ms3(t)}"
        if marker:
            return f"[{lvl}] [{marker}][{date}] [{thread}] [{source}] "
        return f"[{lvl}] [{date}] [{thread}] [{source}] "

    o = Out(1000, list(AK_NODES), head)
    t0 = at(6, 0)
    end = at(10, 0)
    SYS = "akka://Inventory"

    def addr(n: str) -> str:
        return f"akka://Inventory@{AK_NODES[n]}:25520"

    def disp() -> str:
        return f"Inventory-akka.actor.default-dispatcher-{r.randint(4, 24)}"

    def internal() -> str:
        return f"Inventory-akka.actor.internal-dispatcher-{r.randint(2, 9)}"

    CL = f"akka.cluster.Cluster({SYS})"

    def cl(
        n: str,
        t: datetime,
        tmpl: str,
        *args: object,
        lvl: str = "INFO",
        marker: str = "",
        cont: list[str] | None = None,
    ) -> datetime:
        return o.e(
            n,
            t,
            "Cluster Node [%s] - " + tmpl,
            addr(n),
            *args,
            lvl=lvl,
            ctx=f"{internal()}|{CL}|{marker}",
            cont=cont or [],
        )

    def boot(n: str, t: datetime, first: bool) -> datetime:
        uid = str(r.randint(-9_000_000_000_000_000_000, 9_000_000_000_000_000_000))
        t = o.e(
            n,
            t,
            "Remoting started with transport [Artery tcp]; listening on address [%s] with UID [%s]",
            addr(n),
            uid,
            ctx=f"{internal()}|akka.remote.artery.tcp.ArteryTcpTransport({SYS})|",
        )
        t = cl(n, t + secs(r, 0.01, 0.05), "Starting up, Akka version [%s] ...", AK_VER)
        t = cl(n, t + secs(r, 0.05, 0.1), "Registered cluster JMX MBean [%s]", "akka:type=Cluster")
        t = cl(n, t + secs(r, 0.001, 0.01), "Started up successfully")
        t = o.e(
            n,
            t + secs(r, 0.01, 0.05),
            "SBR started. Config: strategy [%s], stable-after [%s], down-all-when-unstable [%s], selfUniqueAddress [%s], selfDc [%s].",
            "KeepMajority",
            "20 seconds",
            "15 seconds",
            f"{addr(n)}#{uid}",
            "default",
            ctx=f"{internal()}|akka.cluster.sbr.SplitBrainResolver({SYS})|",
        )
        return t

    def bind(n: str, t: datetime) -> datetime:
        return o.e(
            n,
            t,
            "Server online at http://%s:%d/",
            "0.0.0.0",
            8080,
            ctx=f"{disp()}|akka.actor.ActorSystemImpl(Inventory)|",
        )

    # formation
    ups: dict[str, datetime] = {}
    t = boot("n1", t0 + secs(r, 2, 3), True)
    t = cl(
        "n1",
        t + secs(r, 0.2, 0.5),
        "Node [%s] is JOINING itself (with roles [%s], version [%s]) and forming new cluster",
        addr("n1"),
        "dc-default, inventory",
        "1.4.2",
    )
    t = cl(
        "n1",
        t + secs(r, 0.01, 0.02),
        "is the new leader among reachable nodes (more leaders may exist)",
    )
    t = cl("n1", t + secs(r, 0.01, 0.02), "Leader is moving node [%s] to [Up]", addr("n1"))
    ups["n1"] = bind("n1", t + secs(r, 0.2, 0.4))
    for n, d in (("n2", 6), ("n3", 9)):
        x = boot(n, t0 + secs(r, d, d + 1), False)
        x = cl(
            n,
            x + secs(r, 0.1, 0.3),
            "Received InitJoinAck message from [%s] to [%s]",
            f"Actor[{addr('n1')}/system/cluster/core/daemon#{r.randint(-(2**31), 2**31)}]",
            addr(n),
        )
        cl(
            "n1",
            x + secs(r, 0.01, 0.05),
            "Node [%s] is JOINING, roles [%s], version [%s]",
            addr(n),
            "dc-default, inventory",
            "1.4.2",
        )
        x = cl(n, x + secs(r, 0.06, 0.1), "Welcome from [%s]", addr("n1"))
        cl("n1", x + secs(r, 0.5, 1.0), "Leader is moving node [%s] to [Up]", addr(n))
        ups[n] = bind(n, x + secs(r, 0.2, 0.4))

    gc_pause = at(8, 12, 3)
    leave = at(9, 0, 0)
    journal_down = (at(7, 44), at(7, 47))
    n2_back = [leave]

    # node 2 leaves (a redeploy) and comes back
    x = o.e(
        "n2",
        leave,
        "Running CoordinatedShutdown with reason [%s]",
        "JvmExitReason",
        ctx=f"Thread-3|akka.actor.CoordinatedShutdown({SYS})|",
    )
    x = cl("n2", x + secs(r, 0.01, 0.03), "Marked address [%s] as [%s]", addr("n2"), "Leaving")
    cl("n1", x + secs(r, 0.8, 1.2), "Leader is moving node [%s] to [%s]", addr("n2"), "Exiting")
    x = cl("n2", x + secs(r, 1.5, 2.0), "Exiting completed")
    x = cl("n2", x + secs(r, 0.01, 0.02), "Shutting down...")
    x = cl("n2", x + secs(r, 0.01, 0.02), "Successfully shut down")
    cl("n1", x + secs(r, 0.5, 1.0), "Exiting confirmed [%s]", addr("n2"))
    cl("n1", x + secs(r, 1.5, 2.5), "Leader is removing confirmed Exiting node [%s]", addr("n2"))
    for n in ("n1", "n3"):
        o.e(
            n,
            x + secs(r, 2.0, 3.0),
            "Association to [%s] having UID [%s] has been stopped. All messages to this UID will be delivered to dead letters. Reason: %s",
            addr("n2"),
            str(r.randint(-9 * 10**18, 9 * 10**18)),
            "ActorSystem terminated",
            ctx=f"{internal()}|akka.remote.artery.Association({SYS})|",
        )
    y = boot("n2", x + secs(r, 14, 18), False)
    y = cl(
        "n2",
        y + secs(r, 0.1, 0.3),
        "Received InitJoinAck message from [%s] to [%s]",
        f"Actor[{addr('n1')}/system/cluster/core/daemon#{r.randint(-(2**31), 2**31)}]",
        addr("n2"),
    )
    cl(
        "n1",
        y + secs(r, 0.01, 0.05),
        "Node [%s] is JOINING, roles [%s], version [%s]",
        addr("n2"),
        "dc-default, inventory",
        "1.4.3",
    )
    y = cl("n2", y + secs(r, 0.06, 0.1), "Welcome from [%s]", addr("n1"))
    cl("n1", y + secs(r, 0.5, 1.0), "Leader is moving node [%s] to [Up]", addr("n2"))
    n2_back[0] = bind("n2", y + secs(r, 0.2, 0.4))

    # node 3's long GC pause: heartbeats late, unreachable, back
    x = cl(
        "n3",
        gc_pause + secs(r, 0, 0.1),
        "Scheduled sending of heartbeat was delayed. Previous heartbeat was sent [%d] ms ago, expected interval is [%d] ms. This may cause failure detection to mark members as unreachable. The reason can be thread starvation, CPU overload, or GC.",
        r.randint(6800, 7400),
        1000,
        lvl="WARN",
        marker="akkaHeartbeatStarvation",
    )
    for n in ("n1", "n2"):
        u = cl(
            n,
            gc_pause - secs(r, 1.0, 2.0),
            "Marking node as UNREACHABLE [%s].",
            f"Member({addr('n3')}, Up)",
            lvl="WARN",
            marker="akkaUnreachable",
        )
        o.e(
            n,
            u + secs(r, 0.5, 1.0),
            "SBR found unreachable members, waiting for stable-after = %d ms before taking downing decision. Now %d unreachable members found. Downing decision: %s.",
            20000,
            1,
            "DownUnreachable",
            ctx=f"{internal()}|akka.cluster.sbr.SplitBrainResolver({SYS})|",
        )
        if n == "n1":
            for k in range(3):
                cl(
                    n,
                    u + secs(r, 1.0 + k, 1.5 + k),
                    "Leader can currently not perform its duties, reachability status: [%s], member status: [%s]",
                    f"{addr('n1')} -> {addr('n3')}: Unreachable [Unreachable] (1), {addr('n2')} -> {addr('n3')}: Unreachable [Unreachable] (1)",
                    f"{addr('n1')} Up seen=true, {addr('n2')} Up seen=true, {addr('n3')} Up seen=false",
                )
        cl(
            n,
            x + secs(r, 1.0, 2.0),
            "Marking node as REACHABLE [%s].",
            f"Member({addr('n3')}, Up)",
            marker="akkaReachable",
        )
        o.e(
            n,
            x + secs(r, 2.0, 2.5),
            "SBR found all unreachable members healed during stable-after period, no downing decision necessary for now.",
            ctx=f"{internal()}|akka.cluster.sbr.SplitBrainResolver({SYS})|",
        )

    stock_low = {}
    for n in AK_NODES:
        start = ups[n]
        for t in poisson(r, start, end, 19.0):
            if n == "n2" and window(t, leave - timedelta(seconds=3), n2_back[0]):
                continue
            if n == "n3" and window(t, gc_pause - timedelta(seconds=7), gc_pause):
                continue
            w = r.random()
            s = sku(r)
            shard = int(s[4:]) % 30
            src = f"{SYS}/system/sharding/Stock/{shard}/{s}"
            if window(t, *journal_down) and w < 0.5:
                o.e(
                    n,
                    t + secs(r, 1, 3),
                    "Failed to persist event type [%s] with sequence number [%d] for persistenceId [%s].",
                    "com.example.inventory.Stock$Reserved",
                    r.randint(100, 9000),
                    f"Stock|{s}",
                    lvl="ERROR",
                    ctx=f"{disp()}|{src}|",
                    cont=[
                        "java.sql.SQLTransientConnectionException: slick.db - Connection is not available, request timed out after 1002ms.",
                        *jframes(
                            "com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:696)",
                            "com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:181)",
                            "slick.jdbc.hikaricp.HikariCPJdbcDataSource.createConnection(HikariCPJdbcDataSource.scala:14)",
                            "akka.persistence.jdbc.journal.dao.DefaultJournalDao.writeJournalRows(DefaultJournalDao.scala:71)",
                        ),
                    ],
                )
                x = o.e(
                    n,
                    t + secs(r, 5.0, 5.1),
                    "Error during processing of request: 'Ask timed out on [%s] after [%d ms]. Message of type [%s]. A typical reason for `AskTimeoutException` is that the recipient actor didn't send a reply.'. Completing with 500 Internal Server Error response. To change default exception handling behavior, provide a custom ExceptionHandler.",
                    msg=f"Error during processing of request: 'Ask timed out on [Actor[{SYS}/system/sharding/Stock#{r.randint(-(2**31), 2**31)}]] after [5000 ms]. Message of type [com.example.inventory.Stock$Reserve]. A typical reason for `AskTimeoutException` is that the recipient actor didn't send a reply.'. Completing with 500 Internal Server Error response. To change default exception handling behavior, provide a custom ExceptionHandler.",
                    lvl="ERROR",
                    ctx=f"{disp()}|akka.actor.ActorSystemImpl(Inventory)|",
                    cont=[
                        "akka.pattern.AskTimeoutException: Ask timed out on [Actor[akka://Inventory/system/sharding/Stock#-1730952331]] after [5000 ms]. Message of type [com.example.inventory.Stock$Reserve]. A typical reason for `AskTimeoutException` is that the recipient actor didn't send a reply.",
                        *jframes(
                            "akka.pattern.PromiseActorRef$.$anonfun$defaultOnTimeout$1(AskSupport.scala:730)",
                            "akka.actor.Scheduler$$anon$7.run(Scheduler.scala:479)",
                            "akka.actor.LightArrayRevolverScheduler$TaskHolder.run(LightArrayRevolverScheduler.scala:367)",
                        ),
                    ],
                )
                continue
            if w < 0.62:
                q = r.randint(1, 5)
                left = r.randint(0, 400)
                o.e(
                    n,
                    t,
                    "Reserved %d units of %s for order %s",
                    q,
                    s,
                    f"ord-{r.randrange(180000, 190000)}",
                    ctx=f"{disp()}|{src}|",
                )
                if left < 12 and stock_low.get(s, 0) < 2:
                    stock_low[s] = stock_low.get(s, 0) + 1
                    o.e(
                        n,
                        t + secs(r, 0.001, 0.005),
                        "Stock of %s low: %d units left",
                        s,
                        left,
                        lvl="WARN",
                        ctx=f"{disp()}|{src}|",
                    )
            elif w < 0.80:
                o.e(
                    n,
                    t,
                    "Released reservation of %d units of %s for order %s",
                    r.randint(1, 5),
                    s,
                    f"ord-{r.randrange(180000, 190000)}",
                    ctx=f"{disp()}|{src}|",
                )
            elif w < 0.88:
                o.e(n, t, "Restocked %s: +%d units", s, r.randint(20, 500), ctx=f"{disp()}|{src}|")
            elif w < 0.91:
                o.e(
                    n,
                    t,
                    "Reservation of %d units of %s for order %s rejected: only %d available",
                    r.randint(3, 9),
                    s,
                    f"ord-{r.randrange(180000, 190000)}",
                    r.randint(0, 2),
                    lvl="WARN",
                    ctx=f"{disp()}|{src}|",
                )
            elif w < 0.925:
                v = -r.randint(1, 3)
                o.e(
                    n,
                    t,
                    "Negative stock for %s: %d",
                    s,
                    v,
                    lvl="ERROR",
                    ctx=f"{disp()}|{src}|",
                    cont=[
                        f"java.lang.IllegalStateException: Negative stock for {s}: {v}",
                        *jframes(
                            "com.example.inventory.Stock.applyEvent(Stock.scala:88)",
                            "com.example.inventory.Stock$$anonfun$receiveCommand$1.applyOrElse(Stock.scala:54)",
                            "akka.actor.Actor.aroundReceive(Actor.scala:537)",
                            "akka.persistence.Eventsourced.akka$persistence$Eventsourced$$super$aroundReceive(Eventsourced.scala:265)",
                            "akka.actor.ActorCell.invoke(ActorCell.scala:547)",
                        ),
                    ],
                )
            elif w < 0.95:
                path = f"{SYS}/system/sharding/Stock/{shard}/{s}"
                o.e(
                    n,
                    t,
                    "Message [%s] from %s to %s was not delivered. [%d] dead letters encountered. If this is not an expected behavior then %s may have terminated unexpectedly. This logging can be turned off or adjusted with configuration settings 'akka.log-dead-letters' and 'akka.log-dead-letters-during-shutdown'.",
                    "com.example.inventory.Stock$Passivated$",
                    f"Actor[{SYS}/system/sharding/Stock/{shard}#{r.randint(-(2**31), 2**31)}]",
                    f"Actor[{path}#{r.randint(-(2**31), 2**31)}]",
                    r.randint(1, 9),
                    f"Actor[{path}#{r.randint(-(2**31), 2**31)}]",
                    ctx=f"{disp()}|{path}|",
                )
            elif w < 0.97:
                kind = r.random()
                src2 = "akka.actor.ActorSystemImpl(Inventory)"
                if kind < 0.5:
                    o.e(
                        n,
                        t,
                        "Illegal request, responding with status '501 Not Implemented': Unsupported HTTP method: %s",
                        msg=f"Illegal request, responding with status '501 Not Implemented': Unsupported HTTP method: {r.choice(['PROPFIND', 'SEARCH', 'PRI', 'DEBUG'])}",
                        lvl="WARN",
                        ctx=f"{disp()}|{src2}|",
                    )
                else:
                    o.e(
                        n,
                        t,
                        "Illegal header: Illegal '%s' header: Invalid input '%s', expected %s (line 1, column %d): %s",
                        msg=f"Illegal header: Illegal 'user-agent' header: Invalid input '{r.choice(['(', ';', '/'])}', expected OWS or comment (line 1, column {r.randint(12, 40)}): {r.choice(['Mozlila/5.0 (compatible; scanner)', 'zgrab/0.x;(+probe)', 'curl/8.5.0 (;x86_64)'])}",
                        lvl="WARN",
                        ctx=f"{disp()}|{src2}|",
                    )
            else:
                o.e(
                    n,
                    t,
                    "Stock snapshot saved for %s at sequence number %d",
                    s,
                    r.randint(100, 9000),
                    ctx=f"{disp()}|{src}|",
                )
        # Artery's handshake to node 3 during the pause
        if n != "n3":
            o.e(
                n,
                gc_pause - secs(r, 0.2, 0.5),
                "Outbound control stream to [%s] failed. Restarting it. Handshake with [%s] did not complete within %d ms",
                addr("n3"),
                addr("n3"),
                20000,
                lvl="WARN",
                ctx=f"{internal()}|akka.remote.artery.Association({SYS})|",
            )
        # stats every minute
        t = start + secs(r, 295, 300)
        while t < end:
            if not (n == "n2" and window(t, leave - timedelta(seconds=3), n2_back[0])):
                o.e(
                    n,
                    t,
                    "Inventory stats: %d entities active in %d shards, %d reservations in the last 5 minutes",
                    r.randint(300, 900),
                    r.randint(8, 12),
                    r.randint(2, 9),
                    ctx=f"{disp()}|{SYS}/user/stats|",
                )
            t += timedelta(seconds=300)
    return o.logs(t0, {n: f"inventory-{n[1]}.log" for n in AK_NODES})


# ------------------------------------------------------------------------------------ play

PL_QUERIES = ["linen shirt", "espresso cup", "wool scarf", "desk lamp", "notebook", "sneakers"]


def play(r: random.Random) -> list[Log]:
    """A Scala storefront (Play 2.9.3, Akka HTTP server, HikariCP on PostgreSQL, Play WS to a
    payment service) on two hosts, 06:00-10:00; the Play docs' LoggingFilter logs each request."""

    def head(t: datetime, lvl: str, ctx: str) -> str:
        thread, logger = ctx.split("|")
        return f"{t:%Y-%m-%d %H:%M:%S},{ms3(t)} [{lvl}] from {logger} in {thread} - "

    o = Out(1000, ["w1", "w2"], head)
    t0 = at(6, 0)
    end = at(10, 0)
    LF = "filters.LoggingFilter"
    HDS = "com.zaxxer.hikari.HikariDataSource"
    pay_slow = (at(7, 10), at(7, 24))
    pool_out = (at(8, 40), at(8, 44))
    restart = at(9, 20)

    def disp() -> str:
        return f"application-akka.actor.default-dispatcher-{r.randint(4, 20)}"

    def boot(f: str, t: datetime) -> datetime:
        t = o.e(
            f,
            t,
            "Slf4jLogger started",
            ctx="application-akka.actor.default-dispatcher-5|akka.event.slf4j.Slf4jLogger",
        )
        t = o.e(
            f,
            t + secs(r, 0.3, 0.6),
            "Creating Pool for datasource '%s'",
            "default",
            ctx="main|play.api.db.HikariCPConnectionPool",
        )
        t = o.e(f, t + secs(r, 0.01, 0.03), "%s - Starting...", "db", ctx=f"main|{HDS}")
        t = o.e(f, t + secs(r, 0.1, 0.3), "%s - Start completed.", "db", ctx=f"main|{HDS}")
        t = o.e(
            f,
            t + secs(r, 0.01, 0.03),
            "Database [%s] initialized at %s",
            "default",
            "jdbc:postgresql://db.internal:5432/storefront",
            ctx="main|play.api.db.DefaultDBApi",
        )
        t = o.e(
            f,
            t + secs(r, 0.5, 1.0),
            "Application started (Prod) (no global state)",
            ctx="main|play.api.Play",
        )
        return o.e(
            f,
            t + secs(r, 0.1, 0.3),
            "Listening for HTTP on %s",
            "/0.0.0.0:9000",
            ctx="main|play.core.server.AkkaHttpServer",
        )

    def req(
        f: str, t: datetime, method: str, route: str, uri: str, status: int, took: int
    ) -> datetime:
        return o.e(
            f,
            t + timedelta(milliseconds=took),
            f"{method} {route} took %dms and returned {status}",
            msg=f"{method} {uri} took {took}ms and returned {status}",
            ctx=f"{disp()}|{LF}",
        )

    def server_error(f: str, t: datetime, method: str, uri: str, cause: list[str]) -> datetime:
        eid = "".join(r.choice("0123456789abcdefghijklmnopqrstuv") for _ in range(9))
        return o.e(
            f,
            t,
            "\\n\\n! @%s - Internal server error, for (%s) [%s] ->\\n ",
            msg=f"\n\n! @{eid} - Internal server error, for ({method}) [{uri}] ->\n ",
            lvl="ERROR",
            ctx=f"{disp()}|play.api.http.DefaultHttpErrorHandler",
            cont=cause,
        )

    POOL_CAUSE = [
        "play.api.UnexpectedException: Unexpected exception[SQLTransientConnectionException: db - Connection is not available, request timed out after 30000ms.]",
        *jframes(
            "play.api.http.HttpErrorHandlerExceptions$.throwableToUsefulException(HttpErrorHandler.scala:358)",
            "play.api.http.DefaultHttpErrorHandler.onServerError(HttpErrorHandler.scala:264)",
            "play.core.server.AkkaHttpServer$$anonfun$1.applyOrElse(AkkaHttpServer.scala:450)",
        ),
        "Caused by: java.sql.SQLTransientConnectionException: db - Connection is not available, request timed out after 30000ms.",
        *jframes(
            "com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:696)",
            "com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:181)",
            "play.api.db.DefaultDatabase.getConnection(Databases.scala:123)",
            "repositories.OrderRepository.$anonfun$create$1(OrderRepository.scala:47)",
        ),
    ]

    for f in ("w1", "w2"):
        up = boot(f, t0 + secs(r, 3, 6))
        back = restart
        if f == "w2":
            x = o.e(
                f,
                restart,
                "Running CoordinatedShutdown with reason [%s]",
                "ServerStoppedReason",
                ctx="application-shutdown-hook-1|akka.actor.CoordinatedShutdown",
            )
            x = o.e(
                f,
                x + secs(r, 0.2, 0.5),
                "Shutting down connection pool.",
                ctx=f"{disp()}|play.api.db.HikariCPConnectionPool",
            )
            x = o.e(
                f,
                x + secs(r, 0.001, 0.005),
                "%s - Shutdown initiated...",
                "db",
                ctx=f"{disp()}|{HDS}",
            )
            x = o.e(
                f, x + secs(r, 0.01, 0.03), "%s - Shutdown completed.", "db", ctx=f"{disp()}|{HDS}"
            )
            back = boot(f, x + secs(r, 8, 12))
        for t in poisson(r, up, end, 15.5):
            if f == "w2" and window(t, restart - timedelta(seconds=2), back):
                continue
            w = r.random()
            ms = r.randint(4, 60)
            if w < 0.20:
                pid = r.randrange(1000, 4000)
                req(f, t, "GET", "/products/%s", f"/products/{pid}", 200, ms)
            elif w < 0.23:
                pid = r.randrange(9000, 9999)
                x = o.e(
                    f,
                    t,
                    "Product %d not found",
                    pid,
                    lvl="WARN",
                    ctx=f"{disp()}|controllers.ProductController",
                )
                req(f, x, "GET", "/products/%s", f"/products/{pid}", 404, ms)
            elif w < 0.36:
                req(f, t, "GET", "/", "/", 200, ms + 20)
            elif w < 0.48:
                q = r.choice(PL_QUERIES)
                n = r.randint(0, 60)
                x = o.e(
                    f,
                    t + timedelta(milliseconds=ms),
                    'Search for "%s" returned %d results in %d ms',
                    q,
                    n,
                    ms,
                    ctx=f"{disp()}|services.SearchService",
                )
                req(f, x, "GET", "/search?q=%s", "/search?q=" + q.replace(" ", "+"), 200, 2)
            elif w < 0.62:
                cart = "c-" + hexid(r, 8)
                x = o.e(
                    f,
                    t,
                    "Added %d x %s to cart %s",
                    r.randint(1, 3),
                    f"P{r.randrange(1000, 4000)}",
                    cart,
                    ctx=f"{disp()}|controllers.CartController",
                )
                req(f, x, "POST", "/cart/add", "/cart/add", 303, ms)
            elif w < 0.70:
                req(f, t, "GET", "/cart", "/cart", 200, ms)
            elif w < 0.715:
                x = o.e(
                    f,
                    t,
                    "[CSRF] Check failed because no or invalid token found in body for %s",
                    "/cart/add",
                    lvl="WARN",
                    ctx=f"{disp()}|play.filters.CSRF",
                )
                req(f, x, "POST", "/cart/add", "/cart/add", 403, 1)
            elif w < 0.80:
                oid = f"O-{r.randrange(500000, 599999)}"
                if window(t, *pool_out):
                    x = server_error(
                        f,
                        t + timedelta(milliseconds=30000 + r.randint(1, 30)),
                        "POST",
                        "/checkout",
                        POOL_CAUSE,
                    )
                    req(
                        f,
                        x - timedelta(milliseconds=30020),
                        "POST",
                        "/checkout",
                        "/checkout",
                        500,
                        30021,
                    )
                elif window(t, *pay_slow):
                    x = o.e(
                        f,
                        t + timedelta(milliseconds=5000 + r.randint(1, 30)),
                        "Payment authorization for order %s failed: Request timeout to %s after %d ms",
                        oid,
                        "payments.internal/10.0.3.4:443",
                        5000,
                        lvl="WARN",
                        ctx=f"{disp()}|services.PaymentService",
                    )
                    req(
                        f,
                        x - timedelta(milliseconds=5040),
                        "POST",
                        "/checkout",
                        "/checkout",
                        502,
                        5040,
                    )
                else:
                    x = o.e(
                        f,
                        t + timedelta(milliseconds=r.randint(200, 600)),
                        "Order %s placed by %s: %d items, total %s",
                        oid,
                        f"user-{r.randrange(10000, 99999)}",
                        r.randint(1, 6),
                        f"{r.uniform(12, 400):.2f}",
                        ctx=f"{disp()}|services.CheckoutService",
                    )
                    x = o.e(
                        f,
                        x + secs(r, 0.005, 0.02),
                        "Confirmation e-mail for order %s queued",
                        oid,
                        ctx=f"{disp()}|services.MailService",
                    )
                    req(
                        f,
                        x - timedelta(milliseconds=300),
                        "POST",
                        "/checkout",
                        "/checkout",
                        303,
                        310,
                    )
            elif w < 0.86:
                req(f, t, "GET", "/orders/%s", f"/orders/O-{r.randrange(500000, 599999)}", 200, ms)
            elif w < 0.87:
                x = o.e(
                    f,
                    t,
                    "Host not allowed: %s",
                    f"{r.choice(['203.0.113.', '198.51.100.'])}{r.randint(2, 250)}",
                    lvl="WARN",
                    ctx=f"{disp()}|play.filters.hosts.AllowedHostsFilter",
                )
            elif w < 0.95:
                req(f, t, "GET", "/account", "/account", 200, ms)
            else:
                if window(t, *pool_out):
                    oid = f"O-{r.randrange(500000, 599999)}"
                    x = server_error(
                        f,
                        t + timedelta(milliseconds=30000 + r.randint(1, 30)),
                        "GET",
                        f"/orders/{oid}",
                        POOL_CAUSE,
                    )
                    req(
                        f,
                        x - timedelta(milliseconds=30020),
                        "GET",
                        "/orders/%s",
                        f"/orders/{oid}",
                        500,
                        30021,
                    )
                else:
                    req(f, t, "GET", "/login", "/login", 200, ms)
        # the pool's housekeeper during the outage
        o.e(
            f,
            pool_out[0] + secs(r, 20, 60),
            "%s - Thread starvation or clock leap detected (housekeeper delta=%s).",
            "db",
            "58s",
            lvl="WARN",
            ctx="db housekeeper|com.zaxxer.hikari.pool.HikariPool",
        )
        for _ in range(r.randint(2, 3)):
            o.e(
                f,
                pool_out[1] + secs(r, 1, 40),
                "%s - Failed to validate connection %s (%s). Possibly consider using a shorter maxLifetime value.",
                "db",
                "org.postgresql.jdbc.PgConnection@" + hexid(r, 8),
                "This connection has been closed.",
                lvl="WARN",
                ctx=f"{disp()}|com.zaxxer.hikari.pool.PoolBase",
            )
    return o.logs(t0, {"w1": "web1-application.log", "w2": "web2-application.log"})


# ------------------------------------------------------------------------------------ micronaut

MN_WAREHOUSES = ["berlin", "lyon", "gdansk"]


def micronaut(r: random.Random) -> list[Log]:
    """A stock service (Micronaut 4.4.2 on Netty, Micronaut Data JDBC with HikariCP and Flyway on
    PostgreSQL, Redis through Lettuce, a declarative HTTP client to the warehouses) in two pods,
    06:00-10:00; the access logger on, probes excluded."""

    def head(t: datetime, lvl: str, ctx: str) -> str:
        thread, logger = ctx.split("|")
        return f"{t:%H:%M:%S}.{ms3(t)} [{thread}] {lvl:<5} {abbrev(logger)} - "

    o = Out(1000, ["p1", "p2"], head)
    t0 = at(6, 0)
    end = at(10, 0)
    HDS = "com.zaxxer.hikari.HikariDataSource"
    ACC = "HTTP_ACCESS_LOGGER"
    RES = "com.example.stock.ReservationService"
    redis_down = (at(7, 30), at(7, 33, 40))
    db_timeout = (at(8, 40), at(8, 42, 30))
    wh_slow = (at(9, 5), at(9, 35))
    resched = at(9, 45)

    def nio() -> str:
        return f"default-nioEventLoopGroup-1-{r.randint(1, 4)}"

    def io() -> str:
        return f"io-executor-thread-{r.randint(1, 24)}"

    def boot(f: str, t: datetime) -> datetime:
        t = o.e(
            f,
            t,
            "Established active environments: %s",
            "[k8s, cloud]",
            ctx="main|io.micronaut.context.env.DefaultEnvironment",
        )
        t = o.e(f, t + secs(r, 0.2, 0.4), "%s - Starting...", "HikariPool-1", ctx=f"main|{HDS}")
        t = o.e(
            f,
            t + secs(r, 0.1, 0.3),
            "%s - Added connection %s",
            "HikariPool-1",
            "org.postgresql.jdbc.PgConnection@" + hexid(r, 8),
            ctx="main|com.zaxxer.hikari.pool.HikariPool",
        )
        t = o.e(
            f, t + secs(r, 0.001, 0.01), "%s - Start completed.", "HikariPool-1", ctx=f"main|{HDS}"
        )
        t = o.e(
            f,
            t + secs(r, 0.05, 0.1),
            "Flyway Community Edition %s by Redgate",
            "9.22.3",
            ctx="main|org.flywaydb.core.internal.license.VersionPrinter",
        )
        t = o.e(
            f,
            t + secs(r, 0.01, 0.03),
            "Database: %s (%s)",
            "jdbc:postgresql://db.internal:5432/stock",
            "PostgreSQL 15.6",
            ctx="main|org.flywaydb.core.internal.database.base.BaseDatabaseType",
        )
        t = o.e(
            f,
            t + secs(r, 0.02, 0.06),
            "Successfully validated %d migrations (execution time %s)",
            14,
            f"00:00.0{r.randint(20, 60)}s",
            ctx="main|org.flywaydb.core.internal.command.DbValidate",
        )
        t = o.e(
            f,
            t + secs(r, 0.01, 0.03),
            'Current version of schema "%s": %s',
            "public",
            "14",
            ctx="main|org.flywaydb.core.internal.command.DbMigrate",
        )
        t = o.e(
            f,
            t + secs(r, 0.001, 0.01),
            'Schema "%s" is up to date. No migration necessary.',
            "public",
            ctx="main|org.flywaydb.core.internal.command.DbMigrate",
        )
        return o.e(
            f,
            t + secs(r, 0.1, 0.3),
            "Startup completed in %dms. Server Running: %s",
            r.randint(1100, 1900),
            "http://stock-api:8080",
            ctx="main|io.micronaut.runtime.Micronaut",
        )

    def access(
        f: str, t: datetime, method: str, route: str, path: str, status: int, size: int
    ) -> datetime:
        ip = f"10.244.{r.randint(1, 3)}.{r.randint(2, 250)}"
        date = f"{t:%d/%b/%Y:%H:%M:%S} +0000"
        return o.e(
            f,
            t,
            f'%s - - [%s] "{method} {route} HTTP/1.1" {status} %d',
            msg=f'{ip} - - [{date}] "{method} {path} HTTP/1.1" {status} {size}',
            ctx=f"{nio()}|{ACC}",
        )

    POOL_STACK = [
        "java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 3001ms (total=10, active=10, idle=0, waiting=31)",
        *jframes(
            "com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:686)",
            "com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:179)",
            "io.micronaut.data.connection.jdbc.operations.DefaultDataSourceConnectionOperations.openConnection(DefaultDataSourceConnectionOperations.java:63)",
            "com.example.stock.StockRepository$Intercepted.findBySku(Unknown Source)",
            "com.example.stock.StockController.get(StockController.java:41)",
            "io.micronaut.http.server.RouteExecutor.lambda$executeRoute$14(RouteExecutor.java:677)",
        ),
    ]

    for f in ("p1", "p2"):
        up = boot(f, t0 + secs(r, 4, 9))
        back = resched
        if f == "p2":
            x = o.e(
                f,
                resched,
                "%s - Shutdown initiated...",
                "HikariPool-1",
                ctx=f"shutdown-hook-0|{HDS}",
            )
            x = o.e(
                f,
                x + secs(r, 0.01, 0.05),
                "%s - Shutdown completed.",
                "HikariPool-1",
                ctx=f"shutdown-hook-0|{HDS}",
            )
            back = boot(f, x + secs(r, 20, 30))
        # warehouse sync every 2 minutes, one warehouse at a time
        t = up + secs(r, 100, 120)
        k = 0
        while t < end:
            if not (f == "p2" and window(t, resched, back)):
                wh = MN_WAREHOUSES[k % 3]
                k += 1
                th = f"scheduled-executor-thread-{r.randint(1, 2)}"
                if window(t, *wh_slow) and wh == "gdansk":
                    o.e(
                        f,
                        t + timedelta(seconds=10),
                        "Error invoking scheduled task for bean [%s] Read Timeout",
                        msg=f"Error invoking scheduled task for bean [com.example.stock.WarehouseSyncJob@{hexid(r, 8)}] Read Timeout",
                        lvl="ERROR",
                        ctx=f"{th}|io.micronaut.scheduling.exceptions.DefaultTaskExceptionHandler",
                        cont=[
                            "io.micronaut.http.client.exceptions.ReadTimeoutException: Read Timeout",
                            *jframes(
                                "io.micronaut.http.client.exceptions.ReadTimeoutException.<clinit>(ReadTimeoutException.java:26)",
                                "io.micronaut.http.client.netty.DefaultHttpClient.lambda$exchangeImpl$47(DefaultHttpClient.java:1116)",
                                "reactor.core.publisher.FluxOnErrorResume$ResumeSubscriber.onError(FluxOnErrorResume.java:94)",
                            ),
                        ],
                    )
                else:
                    o.e(
                        f,
                        t + secs(r, 0.2, 1.5),
                        "Synced %d stock levels from warehouse %s in %dms",
                        r.randint(800, 2400),
                        wh,
                        r.randint(180, 1400),
                        ctx=f"{th}|com.example.stock.WarehouseSyncJob",
                    )
            t += timedelta(seconds=120)
        # expired reservations every 5 minutes
        t = up + secs(r, 290, 300)
        while t < end:
            if not (f == "p2" and window(t, resched, back)):
                o.e(
                    f,
                    t,
                    "Released %d expired reservations",
                    r.randint(0, 7),
                    ctx=f"scheduled-executor-thread-{r.randint(1, 2)}|{RES}",
                )
            t += timedelta(seconds=300)
        for t in poisson(r, up, end, 16.0):
            if f == "p2" and window(t, resched - timedelta(seconds=2), back):
                continue
            w = r.random()
            s = sku(r)
            if window(t, *db_timeout) and w < 0.85:
                x = o.e(
                    f,
                    t + timedelta(milliseconds=3001),
                    "Unexpected error occurred: %s - Connection is not available, request timed out after %dms (total=%d, active=%d, idle=%d, waiting=%d)",
                    "HikariPool-1",
                    3001,
                    10,
                    10,
                    0,
                    r.randint(20, 40),
                    lvl="ERROR",
                    ctx=f"{io()}|io.micronaut.http.server.RouteExecutor",
                    cont=POOL_STACK,
                )
                access(f, x, "GET", "/stock/%s", f"/stock/{s}", 500, 61)
                continue
            if w < 0.45:
                access(f, t, "GET", "/stock/%s", f"/stock/{s}", 200, r.randint(80, 120))
            elif w < 0.48:
                access(f, t, "GET", "/stock/%s", f"/stock/SKU-{r.randrange(10000, 99999)}", 404, 0)
            elif w < 0.74:
                oid = f"ord-{r.randrange(180000, 190000)}"
                x = o.e(
                    f,
                    t,
                    "Reserved %d of %s for order %s",
                    r.randint(1, 5),
                    s,
                    oid,
                    ctx=f"{io()}|{RES}",
                )
                access(
                    f,
                    x + secs(r, 0.002, 0.02),
                    "PUT",
                    "/stock/%s/reservations",
                    f"/stock/{s}/reservations",
                    200,
                    74,
                )
            elif w < 0.78:
                oid = f"ord-{r.randrange(180000, 190000)}"
                x = o.e(
                    f,
                    t,
                    "Reservation for order %s rejected: only %d of %s available",
                    oid,
                    r.randint(0, 2),
                    s,
                    lvl="WARN",
                    ctx=f"{io()}|{RES}",
                )
                access(
                    f,
                    x + secs(r, 0.002, 0.02),
                    "PUT",
                    "/stock/%s/reservations",
                    f"/stock/{s}/reservations",
                    409,
                    96,
                )
            elif w < 0.88:
                wh = r.choice(MN_WAREHOUSES)
                access(
                    f,
                    t,
                    "GET",
                    "/stock?warehouse=%s",
                    f"/stock?warehouse={wh}",
                    200,
                    r.randint(20000, 60000),
                )
            elif w < 0.97:
                x = o.e(
                    f,
                    t,
                    "Adjusted %s by %d (%s)",
                    s,
                    r.choice([-3, -2, -1, 1, 2, 5, 10]),
                    r.choice(["damaged", "recount", "returned"]),
                    ctx=f"{io()}|com.example.stock.AdjustmentService",
                )
                access(
                    f,
                    x + secs(r, 0.002, 0.02),
                    "POST",
                    "/stock/%s/adjustments",
                    f"/stock/{s}/adjustments",
                    201,
                    52,
                )
            else:
                access(f, t, "POST", "/stock/%s/adjustments", f"/stock/{s}/adjustments", 400, 140)
        # Redis restarted: Lettuce reconnecting
        x = o.e(
            f,
            redis_down[0] + secs(r, 0, 2),
            "Reconnecting, last destination was %s",
            "redis.internal/10.0.5.2:6379",
            ctx="lettuce-eventExecutorLoop-1-3|io.lettuce.core.protocol.ConnectionWatchdog",
        )
        while x < redis_down[1]:
            x = o.e(
                f,
                x + secs(r, 0.05, 0.2),
                "Cannot reconnect to [%s]: Connection refused: %s",
                "redis.internal/<unresolved>:6379",
                "redis.internal/10.0.5.2:6379",
                lvl="WARN",
                ctx=f"lettuce-nioEventLoop-4-{r.randint(1, 2)}|io.lettuce.core.protocol.ConnectionWatchdog",
                cont=[
                    "io.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: redis.internal/10.0.5.2:6379",
                    "Caused by: java.net.ConnectException: Connection refused",
                    *jframes(
                        "java.base/sun.nio.ch.Net.pollConnect(Native Method)",
                        "io.netty.channel.socket.nio.NioSocketChannel.doFinishConnect(NioSocketChannel.java:337)",
                    ),
                ],
            )
            x = o.e(
                f,
                x + secs(r, 0.01, 0.05),
                "Reconnecting, last destination was %s",
                "redis.internal/10.0.5.2:6379",
                ctx="lettuce-eventExecutorLoop-1-3|io.lettuce.core.protocol.ConnectionWatchdog",
            )
            x += timedelta(seconds=30)
        o.e(
            f,
            x + secs(r, 0.05, 0.2),
            "Reconnected to %s",
            "redis.internal/<unresolved>:6379",
            ctx=f"lettuce-nioEventLoop-4-{r.randint(1, 2)}|io.lettuce.core.protocol.ReconnectionHandler",
        )
        for _ in range(r.randint(2, 4)):
            o.e(
                f,
                db_timeout[1] + secs(r, 1, 30),
                "%s - Failed to validate connection %s (%s). Possibly consider using a shorter maxLifetime value.",
                "HikariPool-1",
                "org.postgresql.jdbc.PgConnection@" + hexid(r, 8),
                "This connection has been closed.",
                lvl="WARN",
                ctx=f"{io()}|com.zaxxer.hikari.pool.PoolBase",
            )
    return o.logs(t0, {"p1": "stock-api-1.log", "p2": "stock-api-2.log"})


SYSTEMS = {
    "ktor": ktor,
    "vertx": vertx,
    "akka": akka,
    "play": play,
    "micronaut": micronaut,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
