#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 271 (helidon, dropwizard, roadrunner, frankenphp, tornado)
into bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file: Helidon's JUL format, Tornado's LogFormatter and the
journal show whole seconds, where Clock keeps one process's lines a second apart). Five
application servers of one shop's platform team, 06:00 to 12:00 on 2024-06-07. None of the five
was in the set.

- Helidon MP 4.0.9 (`inventory-7d9c6b5f4-h2xkq.log`, `inventory-7d9c6b5f4-q8wzn.previous.log`,
  `inventory-7d9c6b5f4-q8wzn.log`: `kubectl logs` of the two pods of an inventory service, JUL
  through HelidonConsoleHandler with the quickstart's logging.properties, `%1$tY.%1$tm.%1$td
  %1$tH:%1$tM:%1$tS %4$s %3$s !thread!: %5$s%6$s%n`: `2024.06.07 06:00:07 INFO
  io.helidon.webserver.LoomServer Thread[#1,main,5,main]: Started all channels in 14
  milliseconds. ...`, the thread a platform thread's or a virtual thread's `toString()`, a
  throwable printed after the message and followed by an empty line). The rollout at 06:00
  (start-up: JulProvider's logging line, Hibernate's HHH000412, Hikari's `Starting...`
  / `Start completed.`, the OpenAPI and WADL warnings, `Registering JAX-RS Application: %s`,
  ServerListener's `[0x...] http://0.0.0.0:8080 bound for socket '@default'` and the `admin`
  socket, LoomServer's `Started all channels in ...`, `Server started on ...`, the feature list);
  the access log (AccessLogFeature through JUL: `10.244.3.41 - [07/Jun/2024:06:00:12 +0000] "GET
  /inventory/items/SKU-100234 HTTP/1.1" 200 231 1843`); the application's reservations
  (`Reserved %d x %s for order %s (warehouse %s)`, `Insufficient stock for %s: requested %d,
  available %d`, `Released reservation %s (%s)`, `Stock level for %s below reorder point: %d <
  %d`), the scheduler's `Expired %d reservations older than %d minutes` and `Synchronized %d
  prices from pricing-service in %d ms`; the PostgreSQL primary failing over 08:41-08:46 (Hikari's
  `Failed to validate connection ...`, Hibernate's `SQL Error: 0, SQLState: 08001` and the pool
  timeout, the application's `Unhandled exception for %s %s` with the stack, 500s), the
  liveness probe killing the q8wzn pod at 08:46 (`Helidon WebServer stopped all channels.`,
  `Server stopped in %d milliseconds.`, Hikari's shutdown) and its new container; the pricing
  service down 10:15-10:25 and slow 10:25-10:40 (`Pricing service call failed, using cached
  prices: jakarta.ws.rs.ProcessingException: ...`); a flash sale 11:00-11:20 (reservations six
  times as often, 409s, low-stock warnings).
- Dropwizard 2.1.12 on Jetty 9.4 (`orders-1-journal.log`, `orders-2-journal.log`: an orders
  service under systemd on two VMs, `journalctl -u orders-service -o short-iso`, every line of
  stdout its own journal entry: `2024-06-07T06:00:04+00:00 orders-1 orders-service[1187]: INFO
  [2024-06-07 06:00:04,211] com.acme.orders.resources.OrderResource: Created order ...`, the
  console appender's `%-5p [%d{ISO8601,UTC}] %c: %m%n%rEx` with Dropwizard's root-cause-first
  `! ` stack lines, and the request log's `%h %l %u [%t{dd/MMM/yyyy:HH:mm:ss Z,UTC}] "%r" %s %b
  "%i{Referer}" "%i{User-Agent}" %D` on the same stdout): order traffic from the storefront's
  BFF and the mobile app (`Created order %s for customer %s (%d items, total %s)`, `Payment
  declined for order %s: %s`, `Cancelled order %s at customer request`, `Order %s cannot be
  cancelled in state %s`), the outbox relay (`Published %d outbox events`), the blackbox
  exporter's `/healthcheck` every five minutes; Graphite down 07:30-07:50 (`Unable to report to
  Graphite` with a `! java.net.ConnectException` stack every minute); the payment provider slow
  08:55-09:20 (LoggingExceptionMapper's `Error handling a request: %016x` with `! Causing:`
  chains, Apache HttpClient's `I/O exception (java.net.SocketException) caught when processing
  request to %s: Connection reset` / `Retrying request to %s`); the orders database failing over
  09:40-09:43 (JDBI's ConnectionException, `/healthcheck` answering 500); a rolling deploy at
  10:30 and 10:34 (Jetty's `Stopped %s`, `%s Stopped scavenging`, then Dropwizard's start-up:
  `Registering jersey handler with root path prefix: %s`, `Starting %s` with the banner,
  SetUIDListener's `Opened %s`, `jetty-%s; built: %s; git: %s; jvm %s`, the session lines, the
  resource and task listings over several entries, `Started %s`, `Started @%dms`).
- RoadRunner 2024.1.2 (`api.log`: `docker compose logs --no-color api` of two replicas of a
  Symfony 7 catalogue API served by `rr serve`, every line under compose's `api-1  | ` /
  `api-2  | ` prefix; `logs: {mode: production, level: info}`: zap JSON,
  `{"level":"info","ts":1717740005.1234567,"logger":"http","msg":"http log","status":200,...}`,
  and the bare lines `rr serve` prints on stdout): `http log` for every request (labelled by
  method, route and status, the set's rule for access records), the PHP workers' stderr relayed
  by the `server` logger, each chunk one record whose `msg` is Monolog's line with its newline
  (`[2024-06-07T06:00:05.123456+00:00] app.INFO: Added 2 x SKU-100234 to cart ... [] []\\n`):
  cart and order lines, `Search index unavailable, falling back to database query: ...` while
  Meilisearch restarts 07:20-07:35, request.ERROR's `Uncaught PHP Exception %s: "No route found
  for "%s %s"" at %s line %s` for scanners, request.CRITICAL's Doctrine `ConnectionException`
  while MySQL fails over 08:50-08:58 (the context's `[previous exception]` after an escaped
  newline inside the context's JSON), `Payment gateway returned %d for order %s, retrying (%d/%d)` 09:40-09:55,
  php.WARNING's `Warning: Undefined array key "%s"` from an old mobile app; a redeploy at 10:00
  (`stop signal received, grace timeout is: 30 seconds`, `worker doesn't respond on stop
  command, killing process`, `[INFO] RoadRunner server started; version: %s, buildtime: %s`,
  `[INFO] sdnotify: not notified`); a catalogue export running the workers' memory out at 11:10
  and 11:40 (PHP CLI's `PHP Fatal error:  Allowed memory size of %d bytes exhausted (tried to
  allocate %d bytes) in %s on line %d` on stderr, then the http plugin's `execute` error).
- FrankenPHP 1.2.5 (`shop-php-1.log`, `shop-php-2.log`: `docker logs` of two containers of a
  Symfony 7 storefront built from symfony-docker, worker mode with FRANKENPHP_LOOP_MAX=60;
  Caddy 2.8's zap JSON, `{"level":"info","ts":1717740004.0412345,"msg":"FrankenPHP started
  🐘","php_version":"8.3.7","num_threads":16}`, and the application's Monolog JSON written by
  PHP straight to the container's stderr, `{"message":"Matched route
  \\"app_product_show\\".","context":{...},"level":200,"level_name":"INFO","channel":"request",
  "datetime":"2024-06-07T06:00:12.345678+00:00","extra":{}}`): the start-up at 06:00 (`using
  config from file`, `adapted config to JSON`, `admin endpoint started`, `server is listening
  only on the HTTP port, so no automatic HTTPS will be applied to this server`, `HTTP/2 skipped
  because it requires TLS`, `server running`, `FrankenPHP started 🐘`, `serving initial
  configuration`), `Matched route "%s".` for every routed request, security's `Authenticator
  successful!` / `Authenticator failed.`, `Order %s confirmed: %d items, total %s EUR`,
  `Deprecated: %s(): Passing null to parameter #%d ($%s) of type %s is deprecated`, 404s as
  `Uncaught PHP Exception ...: "No route found for ..."`, workers recycled by the loop maximum
  (`restarting`), Stripe timing out 09:10-09:25 (`Payment intent creation failed for order %s
  (attempt %d)`, `Uncaught PHP Exception %s: "Idle timeout reached for "%s"." at %s line %s`),
  PostgreSQL restarted 10:20-10:26 (Doctrine's ConnectionException with libpq's two-line
  message), the product feed export hitting max_execution_time at 11:05 and 11:35 (Symfony's
  FatalError, PHP's `PHP Fatal error:  Maximum execution time of %d seconds exceeded in %s on
  line %d` through FrankenPHP's go_log at error with `syslog_level`, and `unexpected
  termination, restarting` with `exit_status` 255), shop-php-1 restarted at 10:45 (`shutting down
  apps, then terminating`, `exiting; byeee!! 👋`, `servers shutting down with eternal grace
  period`, `shutdown complete`, then the start-up again).
- Tornado 6.4 (`push-1-pushgw.log`, `push-2-pushgw.log`: a WebSocket notification gateway on two
  hosts, `tornado.process.fork_processes(4)` under supervisord with `--log_file_prefix`, every
  process appending to the file through tornado.log's LogFormatter, `[I 240607 06:00:01
  web:2348] 101 GET /ws?token=... (10.30.0.7) 1.92ms`, continuation lines indented four spaces):
  connections (`101 GET /ws?token=%s (%s) %.2fms`, the application's `user %s subscribed to %d
  channels (%d open on this worker)` and `websocket closed for user %s: code=%s reason=%s after
  %ds`), the backends' `200 POST /api/v1/publish (%s) %.2fms`, expired tokens (`401 GET
  /ws?token=%s (%s): token expired` before the request line), cross-origin pages (403), bad
  payloads (`400 POST /api/v1/publish (%s): invalid payload: '%s' is a required property`),
  scanners (404s, `Malformed HTTP message from %s: Malformed HTTP request line`), clients
  sending broken frames (`Uncaught exception in %s` with a JSONDecodeError traceback), writes to
  closed sockets (asyncio's `Future exception was never retrieved`); Redis failing over
  08:15-08:21 (`redis pubsub connection lost (Error 111 connecting to ...), reconnecting in
  %ds`, `Uncaught exception %s\\n%r` with the traceback and 500s, `redis pubsub reconnected,
  resubscribed to %d channels`); a deploy at 09:30 and 09:34 (`received signal %d, closing %d
  websockets`, `Starting %d processes`, `pushgw %s worker %d listening on port %d`); a worker
  killed by the OOM killer on push-2 at 10:52 (`child %d (pid %d) killed by signal %d,
  restarting`).

Label notes. The heads are context: JUL's date, level, logger and thread; the journal's time,
host and ident, Dropwizard's level, time and logger; compose's `api-1  | ` prefix; zap's and
Caddy's `level`, `ts`, `logger` and fields (the message is the label); Monolog's time, channel,
level, context and extra (in its line and in its JSON); Tornado's `[L yymmdd hh:mm:ss
module:line]`. Access records (Helidon's and Dropwizard's request lines, RoadRunner's `http log`
records) are labelled by method, route and status (ids, SKUs and query values variables, query
keys kept), as Tornado's request lines are (`%d %s %.2fms` with the route). A value that is an
error contributes its format (the pricing client's ProcessingException, Hikari's validation
reason, HttpClient's `Connection reset`, the Doctrine and HttpClient exceptions in Symfony's
`Uncaught PHP Exception %s: "%s" at %s line %s`, the exception class a variable as the set's
Symfony systems have it, Redis's connection error). The later lines of one write have no
row: JUL's stack and the empty line after it, Dropwizard's `! ` lines, banner and listings
(each its own journal entry), Tornado's request repr and tracebacks.

Checked against copies of the sources: Helidon's LoomServer (`Started all channels in ...`,
`Helidon WebServer stopped all channels.`) and sample outputs of 4.0.5/4.0.6 (the
ServerListener line, `Server started on ...`, `Registering JAX-RS Application: %s`, the WADL and
OpenAPI warnings, the features line and the thread names); Dropwizard's request-log layout and
LoggingExceptionMapper's `Error handling a request: %016x`; RoadRunner's `rr serve` stdout lines,
the logger plugin's production zap config (JSON, `ts` as epoch seconds, lower-case levels), the
http handler's `http log` / `execute` records and the worker's stderr relayed as `Info(string(p))`
(a whole chunk, newline included), `worker doesn't respond on stop command, killing process`;
FrankenPHP's `FrankenPHP started 🐘`, go_log's levels and `syslog_level`, the worker's
`restarting` / `unexpected termination, restarting` of 1.2; Tornado's fork_processes messages.
Least sure (from the helper's knowledge): Helidon's `Server stopped in %d milliseconds.`, the
shutdown thread's name, the access log's field layout, the scheduler's thread name and
Hibernate's startup codes; Dropwizard's session lines on 2.1, the banner's and listings'
layout, HttpClient's route rendering; whether RoadRunner 2024.1 prints `[INFO] sdnotify: not
notified` and the `execute` error's text; the Symfony messages' exact wording (`Authenticator
successful!`, the route message) and Monolog's exception rendering; Caddy 2.8's start-up wording;
Tornado's line numbers, the 101 line at handshake and the HTTPError warning's layout.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any

US = 1
MS = 1_000
SEC = 1_000_000


def arrivals(
    r: random.Random, t0: datetime, t1: datetime, mean: float, rate: Callable[[datetime], float]
) -> list[datetime]:
    """Instants between t0 and t1: a Poisson stream `mean` seconds apart, thinned by `rate(t)`
    (at most 1; a burst's extra factor is drawn as further streams by the caller)."""
    out, t = [], t0
    while True:
        t += sec(r.expovariate(1 / mean))
        if t >= t1:
            return out
        if r.random() < min(1.0, rate(t)):
            out.append(t)


def every(
    r: random.Random, t0: datetime, t1: datetime, period: float, jitter: float
) -> list[datetime]:
    out, t = [], t0
    while t < t1:
        out.append(t + sec(r.uniform(0, jitter)))
        t += sec(period)
    return out


def day_load(t: datetime) -> float:
    """The shop's traffic: half at 06:00, full from 09:00, a little more over lunch."""
    h = (t - T0).total_seconds() / 3600
    v = 0.45 + 0.55 * min(1.0, h / 3)
    return v * (1.15 if h >= 5.5 else 1.0)


def clf(t: datetime) -> str:
    return f"{t:%d/%b/%Y:%H:%M:%S} +0000"


def zap_ts(r: random.Random, t: datetime) -> str:
    """zap's EpochTimeEncoder: seconds as a float (shortest representation of the nanoseconds)."""
    s = f"{int(t.timestamp())}.{t.microsecond:06d}{r.randrange(10)}".rstrip("0")
    return s.rstrip(".")


def jdump(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def zrec(level: str, ts: str, msg: str, logger: str = "", extra: str = "") -> str:
    """A zap JSON record: level, ts, logger (when named), msg, then the fields in `extra`."""
    lg = f',"logger":"{logger}"' if logger else ""
    return '{"level":"' + level + '","ts":' + ts + lg + ',"msg":' + jdump(msg) + extra + "}"


SKUS = [
    f"SKU-{n}"
    for n in (
        100234,
        100871,
        101455,
        102090,
        102377,
        103512,
        104008,
        104761,
        105230,
        106644,
        107019,
        108352,
        109470,
        110093,
        111286,
    )
]
CATEGORIES = ["shoes", "outdoor", "kitchen", "garden", "kids", "sale"]


def order_id(r: random.Random) -> str:
    return f"o-{r.randint(2_460_000, 2_489_999)}"


# ---------------------------------------------------------------------------------- helidon

HE_VERSION = "4.0.9"
HE_JAVA = "21.0.3+9-LTS"
HE_FEATURES = "[CDI, Config, Fault Tolerance, Health, JAX-RS, JPA, Metrics, Open API, REST Client, Scheduling, Server, Tracing]"
HE_CLIENTS = ["10.244.3.41", "10.244.3.57", "10.244.1.88", "10.244.2.102", "10.244.0.19"]
HE_WAREHOUSES = ["FRA1", "AMS2", "WAW1"]
HE_PG = "org.postgresql.jdbc.PgConnection"
HE_CONNECT = "jakarta.ws.rs.ProcessingException: java.net.ConnectException: Connection refused"
HE_TIMEOUT = "jakarta.ws.rs.ProcessingException: java.net.SocketTimeoutException: Read timed out"
HE_POOL_TIMEOUT = "%s - Connection is not available, request timed out after %dms (total=%d, active=%d, idle=%d, waiting=%d)"


def he_pool_stack(msg: str) -> list[str]:
    return [
        f"jakarta.persistence.PersistenceException: Converting `org.hibernate.exception.JDBCConnectionException` to JPA `PersistenceException` : Unable to acquire JDBC Connection [{msg}] [n/a]",
        "\tat org.hibernate.internal.ExceptionConverterImpl.convert(ExceptionConverterImpl.java:165)",
        "\tat org.hibernate.internal.ExceptionConverterImpl.convert(ExceptionConverterImpl.java:175)",
        "\tat org.hibernate.query.spi.AbstractSelectionQuery.list(AbstractSelectionQuery.java:388)",
        "\tat org.hibernate.query.sqm.internal.QuerySqmImpl.list(QuerySqmImpl.java:1)",
        "\tat com.acme.inventory.StockRepository.findBySku(StockRepository.java:58)",
        "\tat com.acme.inventory.StockRepository$Proxy$_$$_WeldClientProxy.findBySku(Unknown Source)",
        "\tat com.acme.inventory.ItemResource.item(ItemResource.java:47)",
        "\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)",
        "\tat java.base/java.lang.reflect.Method.invoke(Method.java:580)",
        "\tat org.glassfish.jersey.server.model.internal.ResourceMethodInvocationHandlerFactory.lambda$static$0(ResourceMethodInvocationHandlerFactory.java:52)",
        "\tat org.glassfish.jersey.server.ServerRuntime$1.run(ServerRuntime.java:266)",
        "\tat io.helidon.microprofile.server.JaxRsService.doHandle(JaxRsService.java:229)",
        "\tat io.helidon.webserver.http1.Http1Connection.route(Http1Connection.java:445)",
        "\tat io.helidon.webserver.http1.Http1Connection.handle(Http1Connection.java:193)",
        "\tat io.helidon.webserver.ConnectionHandler.run(ConnectionHandler.java:169)",
        "\tat java.base/java.lang.VirtualThread.run(VirtualThread.java:309)",
        f"Caused by: org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection [{msg}] [n/a]",
        "\tat org.hibernate.exception.internal.SQLStateConversionDelegate.convert(SQLStateConversionDelegate.java:100)",
        "\tat org.hibernate.engine.jdbc.connections.internal.LogicalConnectionManagedImpl.acquireConnectionIfNeeded(LogicalConnectionManagedImpl.java:113)",
        "\t... 31 more",
        f"Caused by: java.sql.SQLTransientConnectionException: {msg}",
        "\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:686)",
        "\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:179)",
        "\tat com.zaxxer.hikari.HikariDataSource.getConnection(HikariDataSource.java:128)",
        "\t... 36 more",
    ]


def helidon(r: random.Random) -> list[Log]:
    """Two pods of the inventory service, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    db_down = (at(8, 41, 10), at(8, 46, 0))
    pricing_down = (at(10, 15), at(10, 25))
    pricing_slow = (at(10, 25), at(10, 40))
    sale = (at(11, 0), at(11, 20))
    stock = {s: r.randint(40, 400) for s in SKUS}

    class Proc:
        def __init__(self, pod: str, f: str, gen: int) -> None:
            self.pod, self.f, self.gen = pod, f, gen
            self.chan = hexid(r, 8)
            self.admin = hexid(r, 8)
            self.tid = 60
            self.conns = [hexid(r, 8) for _ in range(6)]

        def vthread(self) -> str:
            self.tid += r.randint(1, 7)
            if r.random() < 0.05:
                self.conns[r.randrange(len(self.conns))] = hexid(r, 8)
            return f"VirtualThread[#{self.tid},[0x{self.chan} 0x{r.choice(self.conns)}] WebServer socket]/runnable@ForkJoinPool-1-worker-{r.randint(1, 4)}"

    def J(
        p: Proc,
        t: datetime,
        level: str,
        logger: str,
        thread: str,
        label: str,
        msg: str,
        stack: list[str] | None = None,
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            lines = [f"{x:%Y.%m.%d %H:%M:%S} {level} {logger} {thread}: {msg}"]
            if stack:
                lines += [*stack, ""]
            return lines

        return fs.add(p.f, t, label, text, p, SEC)

    MAIN = "Thread[#1,main,5,main]"

    def startup(p: Proc, t: datetime) -> datetime:
        t = first = J(
            p,
            t,
            "INFO",
            "io.helidon.logging.jul.JulProvider",
            MAIN,
            "Logging at initialization configured using classpath: %s",
            "Logging at initialization configured using classpath: /logging.properties",
        )
        t = J(
            p,
            t + sec(1.5),
            "INFO",
            "org.hibernate.Version",
            MAIN,
            "HHH000412: Hibernate ORM core version %s",
            "HHH000412: Hibernate ORM core version 6.4.4.Final",
        )
        t = J(
            p,
            t + sec(0.4),
            "INFO",
            "com.zaxxer.hikari.HikariDataSource",
            MAIN,
            "%s - Starting...",
            "HikariPool-1 - Starting...",
        )
        t = J(
            p,
            t + sec(0.1),
            "INFO",
            "com.zaxxer.hikari.HikariDataSource",
            MAIN,
            "%s - Start completed.",
            "HikariPool-1 - Start completed.",
        )
        t = J(
            p,
            t + sec(0.9),
            "WARNING",
            "io.helidon.microprofile.openapi.MpOpenApiFeature",
            MAIN,
            "Static OpenAPI file not found, checked: %s",
            "Static OpenAPI file not found, checked: [META-INF/openapi.yml, META-INF/openapi.yaml, META-INF/openapi.json]",
        )
        t = J(
            p,
            t + sec(0.2),
            "INFO",
            "io.helidon.microprofile.server.ServerCdiExtension",
            MAIN,
            "Registering JAX-RS Application: %s",
            "Registering JAX-RS Application: InventoryApplication",
        )
        t = J(
            p,
            t + sec(0.3),
            "WARNING",
            "org.glassfish.jersey.server.wadl.WadlFeature",
            MAIN,
            "JAX-B API not found . WADL feature is disabled.",
            "JAX-B API not found . WADL feature is disabled.",
        )
        t0 = t
        for name, port, cid, n in (("@default", 8080, p.chan, 26), ("admin", 9080, p.admin, 28)):
            th = f"VirtualThread[#{n},start {name} (/0.0.0.0:{port})]/runnable@ForkJoinPool-1-worker-{r.randint(1, 3)}"
            t = J(
                p,
                t0 + sec(0.1),
                "INFO",
                "io.helidon.webserver.ServerListener",
                th,
                "[%s] http://%s:%d bound for socket '%s'",
                f"[0x{cid}] http://0.0.0.0:{port} bound for socket '{name}'",
            )
        up = int((t - first).total_seconds() * 1000) + r.randint(900, 1400)
        t = J(
            p,
            t + sec(0.05),
            "INFO",
            "io.helidon.webserver.LoomServer",
            MAIN,
            "Started all channels in %d milliseconds. %d milliseconds since JVM startup. Java %s",
            f"Started all channels in {r.randint(9, 21)} milliseconds. {up} milliseconds since JVM startup. Java {HE_JAVA}",
        )
        t = J(
            p,
            t + sec(0.01),
            "INFO",
            "io.helidon.microprofile.server.ServerCdiExtension",
            MAIN,
            "Server started on http://%s:%d (and all other host addresses) in %d milliseconds (since JVM startup).",
            f"Server started on http://localhost:8080 (and all other host addresses) in {up + r.randint(3, 9)} milliseconds (since JVM startup).",
        )
        return J(
            p,
            t + sec(0.4),
            "INFO",
            "io.helidon.common.features.HelidonFeatures",
            "Thread[#31,features-thread,5,main]",
            "Helidon %s %s features: %s",
            f"Helidon MP {HE_VERSION} features: {HE_FEATURES}",
        )

    def shutdown(p: Proc, t: datetime) -> datetime:
        th = "Thread[#88,helidon-shutdown-thread,5,main]"
        t = J(
            p,
            t,
            "INFO",
            "io.helidon.webserver.LoomServer",
            th,
            "Helidon WebServer stopped all channels.",
            "Helidon WebServer stopped all channels.",
        )
        t = J(
            p,
            t + sec(0.01),
            "INFO",
            "io.helidon.microprofile.server.ServerCdiExtension",
            th,
            "Server stopped in %d milliseconds.",
            f"Server stopped in {r.randint(8, 40)} milliseconds.",
        )
        t = J(
            p,
            t + sec(0.1),
            "INFO",
            "com.zaxxer.hikari.HikariDataSource",
            th,
            "%s - Shutdown initiated...",
            "HikariPool-1 - Shutdown initiated...",
        )
        return J(
            p,
            t + sec(0.05),
            "INFO",
            "com.zaxxer.hikari.HikariDataSource",
            th,
            "%s - Shutdown completed.",
            "HikariPool-1 - Shutdown completed.",
        )

    def access(
        p: Proc,
        t: datetime,
        th: str,
        method: str,
        path: str,
        status: int,
        size: int,
        label: str,
        dur: float,
    ) -> datetime:
        ip = r.choice(HE_CLIENTS)
        start = t - sec(dur)
        msg = f'{ip} - [{clf(start)}] "{method} {path} HTTP/1.1" {status} {size} {int(dur * 1_000_000)}'
        return J(p, t, "INFO", "io.helidon.webserver.AccessLog", th, label, msg)

    def db_failure(p: Proc, t: datetime, th: str, method: str, path: str) -> datetime:
        waiting = r.randint(1, 9)
        pm = f"HikariPool-1 - Connection is not available, request timed out after {30000 + r.randint(0, 12)}ms (total=0, active=0, idle=0, waiting={waiting})"
        t = J(
            p,
            t,
            "WARNING",
            "org.hibernate.engine.jdbc.spi.SqlExceptionHelper",
            th,
            "SQL Error: %d, SQLState: %s",
            "SQL Error: 0, SQLState: 08001",
        )
        t = J(
            p,
            t + sec(0.002),
            "SEVERE",
            "org.hibernate.engine.jdbc.spi.SqlExceptionHelper",
            th,
            HE_POOL_TIMEOUT,
            pm,
        )
        return J(
            p,
            t + sec(0.01),
            "SEVERE",
            "com.acme.inventory.web.UnhandledExceptionMapper",
            th,
            "Unhandled exception for %s %s",
            f"Unhandled exception for {method} {path}",
            he_pool_stack(pm),
        )

    def pricing(p: Proc, t: datetime, th: str) -> datetime:
        if in_any(t, [pricing_down]):
            return J(
                p,
                t,
                "WARNING",
                "com.acme.inventory.pricing.PriceLookup",
                th,
                "Pricing service call failed, using cached prices: " + HE_CONNECT,
                "Pricing service call failed, using cached prices: " + HE_CONNECT,
            )
        if in_any(t, [pricing_slow]):
            return J(
                p,
                t,
                "WARNING",
                "com.acme.inventory.pricing.PriceLookup",
                th,
                "Pricing service call failed, using cached prices: " + HE_TIMEOUT,
                "Pricing service call failed, using cached prices: " + HE_TIMEOUT,
            )
        return t

    def request(p: Proc, t: datetime) -> None:
        th = p.vthread()
        x = r.random()
        dbdown = in_any(t, [db_down])
        if x < 0.55:
            sku = r.choice(SKUS) if r.random() < 0.93 else f"SKU-{r.randint(200000, 299999)}"
            path = f"/inventory/items/{sku}"
            if dbdown:
                t = db_failure(p, t + sec(30), th, "GET", path)
                access(
                    p, t + sec(0.01), th, "GET", path, 500, 0, "GET /inventory/items/%s 500", 30.02
                )
                return
            t = pricing(p, t, th)
            if sku in stock:
                access(
                    p,
                    t + sec(0.005),
                    th,
                    "GET",
                    path,
                    200,
                    r.randint(210, 260),
                    "GET /inventory/items/%s 200",
                    r.uniform(0.002, 0.03),
                )
            else:
                access(
                    p,
                    t + sec(0.005),
                    th,
                    "GET",
                    path,
                    404,
                    0,
                    "GET /inventory/items/%s 404",
                    r.uniform(0.001, 0.01),
                )
        elif x < 0.67:
            path = f"/inventory/items?category={r.choice(CATEGORIES)}&page={r.choice([1, 1, 1, 2, 2, 3, 4])}"
            if dbdown:
                return  # the storefront's category pages are served from its cache meanwhile
            access(
                p,
                t,
                th,
                "GET",
                path,
                200,
                r.randint(2400, 9800),
                "GET /inventory/items?category=%s&page=%s 200",
                r.uniform(0.01, 0.09),
            )
        elif x < 0.93:
            reserve(p, t, th)
        else:
            rid = uuid4(r)
            path = f"/inventory/reservations/{rid}"
            if dbdown:
                return  # the order service retries releases later
            t = J(
                p,
                t,
                "INFO",
                "com.acme.inventory.ReservationService",
                th,
                "Released reservation %s (%s)",
                f"Released reservation {rid} ({r.choice(['order-cancelled', 'order-cancelled', 'payment-failed'])})",
            )
            access(
                p,
                t + sec(0.004),
                th,
                "DELETE",
                path,
                204,
                0,
                "DELETE /inventory/reservations/%s 204",
                r.uniform(0.004, 0.02),
            )

    def reserve(p: Proc, t: datetime, th: str) -> None:
        path = "/inventory/reservations"
        if in_any(t, [db_down]):
            t = db_failure(p, t + sec(30), th, "POST", path)
            access(
                p,
                t + sec(0.01),
                th,
                "POST",
                path,
                500,
                0,
                "POST /inventory/reservations 500",
                30.02,
            )
            return
        sku = r.choice(SKUS[:6]) if in_any(t, [sale]) else r.choice(SKUS)
        qty = r.choice([1, 1, 1, 1, 2, 2, 3, 5])
        if stock[sku] < qty or r.random() < 0.03:
            t = J(
                p,
                t,
                "WARNING",
                "com.acme.inventory.ReservationService",
                th,
                "Insufficient stock for %s: requested %d, available %d",
                f"Insufficient stock for {sku}: requested {qty}, available {min(stock[sku], qty - 1)}",
            )
            access(
                p,
                t + sec(0.003),
                th,
                "POST",
                path,
                409,
                97,
                "POST /inventory/reservations 409",
                r.uniform(0.005, 0.03),
            )
            if stock[sku] < qty and r.random() < 0.3:
                stock[sku] += r.randint(60, 200)  # restocked by the warehouse sync
            return
        stock[sku] -= qty
        t = J(
            p,
            t,
            "INFO",
            "com.acme.inventory.ReservationService",
            th,
            "Reserved %d x %s for order %s (warehouse %s)",
            f"Reserved {qty} x {sku} for order {order_id(r)} (warehouse {r.choice(HE_WAREHOUSES)})",
        )
        if stock[sku] < 25:
            t = J(
                p,
                t + sec(0.001),
                "WARNING",
                "com.acme.inventory.ReservationService",
                th,
                "Stock level for %s below reorder point: %d < %d",
                f"Stock level for {sku} below reorder point: {stock[sku]} < 25",
            )
        access(
            p,
            t + sec(0.003),
            th,
            "POST",
            path,
            201,
            r.randint(150, 170),
            "POST /inventory/reservations 201",
            r.uniform(0.008, 0.05),
        )

    def run(p: Proc, t0: datetime, t1: datetime) -> None:
        for t in arrivals(r, t0, t1, 30.0, day_load):
            request(p, t)
        for t in arrivals(r, max(t0, sale[0]), min(t1, sale[1]), 9.0, lambda _t: 1.0):
            th = p.vthread()
            reserve(p, t, th)
        sched = "Thread[#64,scheduled-1,5,main]"
        for t in every(r, t0 + sec(120), t1, 300, 20):
            if in_any(t, [db_down]):
                continue
            J(
                p,
                t,
                "INFO",
                "com.acme.inventory.ReservationExpiry",
                sched,
                "Expired %d reservations older than %d minutes",
                f"Expired {r.choice([0, 0, 1, 1, 2, 3, 4, 7])} reservations older than 30 minutes",
            )
        for t in every(r, t0 + sec(400), t1, 900, 30):
            if in_any(t, [pricing_down, pricing_slow]):
                pricing(p, t + sec(10 if in_any(t, [pricing_slow]) else 0), sched)
            elif not in_any(t, [db_down]):
                J(
                    p,
                    t + sec(r.uniform(1, 4)),
                    "INFO",
                    "com.acme.inventory.pricing.PriceSync",
                    sched,
                    "Synchronized %d prices from pricing-service in %d ms",
                    f"Synchronized {r.randint(1180, 1260)} prices from pricing-service in {r.randint(900, 3400)} ms",
                )
        if t0 < db_down[0] < t1:
            hk = "Thread[#47,HikariPool-1 housekeeper,5,main]"
            t = db_down[0] + sec(r.uniform(1, 25))
            for _ in range(r.randint(4, 7)):
                t = J(
                    p,
                    t,
                    "WARNING",
                    "com.zaxxer.hikari.pool.PoolBase",
                    hk,
                    "%s - Failed to validate connection %s (This connection has been closed.). Possibly consider using a shorter maxLifetime value.",
                    f"HikariPool-1 - Failed to validate connection {HE_PG}@{hexid(r, 8).lstrip('0')} (This connection has been closed.). Possibly consider using a shorter maxLifetime value.",
                )

    names = ["inventory-7d9c6b5f4-h2xkq", "inventory-7d9c6b5f4-q8wzn"]
    a = Proc(names[0], f"{names[0]}.log", 1)
    t = startup(a, at(6, 0, 4.2))
    run(a, t + sec(2), T_END)
    b = Proc(names[1], f"{names[1]}.previous.log", 1)
    t = startup(b, at(6, 0, 6.8))
    killed = at(8, 46, 31)
    run(b, t + sec(2), killed - sec(40))
    shutdown(b, killed)
    c = Proc(names[1], f"{names[1]}.log", 2)
    t = startup(c, at(8, 46, 49))
    run(c, t + sec(2), T_END)
    return fs.logs(T0)


# ------------------------------------------------------------------------------- dropwizard

DW_HOSTS = {"orders-1": 1187, "orders-2": 1203}
DW_CLIENTS = [
    ("10.20.4.11", "okhttp/4.12.0"),
    ("10.20.4.12", "okhttp/4.12.0"),
    ("10.20.6.30", "Apache-HttpClient/4.5.14 (Java/17.0.11)"),
    ("10.20.6.31", "Apache-HttpClient/4.5.14 (Java/17.0.11)"),
]
DW_PAY = "{}->http://payments.internal:8080"
DW_BANNER = [
    "                _                ",
    "  ___  _ __ __| | ___ _ __ ___  ",
    " / _ \\| '__/ _` |/ _ \\ '__/ __| ",
    "| (_) | | | (_| |  __/ |  \\__ \\ ",
    " \\___/|_|  \\__,_|\\___|_|  |___/ ",
    "",
]
DW_RESOURCES = [
    "",
    "    GET     /customers/{customerId}/orders (com.acme.orders.resources.CustomerOrdersResource)",
    "    POST    /orders (com.acme.orders.resources.OrderResource)",
    "    GET     /orders/{orderId} (com.acme.orders.resources.OrderResource)",
    "    POST    /orders/{orderId}/cancel (com.acme.orders.resources.OrderResource)",
    "",
]
DW_TASKS = [
    "",
    "    POST    /tasks/log-level (io.dropwizard.servlets.tasks.LogConfigurationTask)",
    "    POST    /tasks/gc (io.dropwizard.servlets.tasks.GarbageCollectionTask)",
    "",
]


def dw_stack_graphite() -> list[str]:
    return [
        "! java.net.ConnectException: Connection refused",
        "! at java.base/sun.nio.ch.Net.connect0(Native Method)",
        "! at java.base/sun.nio.ch.Net.connect(Net.java:579)",
        "! at java.base/sun.nio.ch.Net.connect(Net.java:568)",
        "! at java.base/sun.nio.ch.NioSocketImpl.connect(NioSocketImpl.java:593)",
        "! at java.base/java.net.SocksSocketImpl.connect(SocksSocketImpl.java:327)",
        "! at java.base/java.net.Socket.connect(Socket.java:633)",
        "! at java.base/java.net.Socket.connect(Socket.java:583)",
        "! at com.codahale.metrics.graphite.Graphite.connect(Graphite.java:161)",
        "! at com.codahale.metrics.graphite.GraphiteReporter.report(GraphiteReporter.java:313)",
        "! at com.codahale.metrics.ScheduledReporter.report(ScheduledReporter.java:290)",
        "! at com.codahale.metrics.ScheduledReporter.lambda$start$0(ScheduledReporter.java:204)",
        "! at java.base/java.util.concurrent.Executors$RunnableAdapter.call(Executors.java:539)",
        "! at java.base/java.util.concurrent.FutureTask.runAndReset(FutureTask.java:305)",
        "! at java.base/java.util.concurrent.ScheduledThreadPoolExecutor$ScheduledFutureTask.run(ScheduledThreadPoolExecutor.java:305)",
        "! at java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
        "! at java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:635)",
        "! at java.base/java.lang.Thread.run(Thread.java:840)",
    ]


def dw_stack_timeout() -> list[str]:
    return [
        "! java.net.SocketTimeoutException: Read timed out",
        "! at java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)",
        "! at java.base/sun.nio.ch.NioSocketImpl.implRead(NioSocketImpl.java:314)",
        "! at java.base/sun.nio.ch.NioSocketImpl.read(NioSocketImpl.java:355)",
        "! at java.base/java.net.Socket$SocketInputStream.read(Socket.java:966)",
        "! at org.apache.http.impl.io.SessionInputBufferImpl.streamRead(SessionInputBufferImpl.java:137)",
        "! at org.apache.http.impl.io.SessionInputBufferImpl.fillBuffer(SessionInputBufferImpl.java:153)",
        "! at org.apache.http.impl.conn.DefaultHttpResponseParser.parseHead(DefaultHttpResponseParser.java:101)",
        "! at org.apache.http.impl.execchain.MainClientExec.execute(MainClientExec.java:272)",
        "! at org.apache.http.impl.execchain.RetryExec.execute(RetryExec.java:89)",
        "! at org.apache.http.impl.client.InternalHttpClient.doExecute(InternalHttpClient.java:185)",
        "! at org.glassfish.jersey.apache.connector.ApacheConnector.apply(ApacheConnector.java:489)",
        "! ... 76 common frames omitted",
        "! Causing: javax.ws.rs.ProcessingException: java.net.SocketTimeoutException: Read timed out",
        "! at org.glassfish.jersey.apache.connector.ApacheConnector.apply(ApacheConnector.java:546)",
        "! at org.glassfish.jersey.client.ClientRuntime.invoke(ClientRuntime.java:297)",
        "! at org.glassfish.jersey.client.JerseyInvocation.invoke(JerseyInvocation.java:706)",
        "! at com.acme.orders.payment.PaymentClient.authorize(PaymentClient.java:64)",
        "! at com.acme.orders.OrderService.place(OrderService.java:91)",
        "! at com.acme.orders.resources.OrderResource.create(OrderResource.java:58)",
        "! at java.base/jdk.internal.reflect.NativeMethodAccessorImpl.invoke0(Native Method)",
        "! at org.glassfish.jersey.server.ServerRuntime$1.run(ServerRuntime.java:255)",
        "! at org.eclipse.jetty.server.HttpChannel.handle(HttpChannel.java:487)",
        "! at org.eclipse.jetty.util.thread.QueuedThreadPool$Runner.run(QueuedThreadPool.java:1034)",
        "! at java.base/java.lang.Thread.run(Thread.java:840)",
    ]


def dw_stack_db() -> list[str]:
    pg = "Connection to orders-db.internal:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections."
    return [
        "! java.net.ConnectException: Connection refused",
        "! at java.base/sun.nio.ch.Net.pollConnect(Native Method)",
        "! at java.base/sun.nio.ch.NioSocketImpl.connect(NioSocketImpl.java:592)",
        "! at org.postgresql.core.PGStream.createSocket(PGStream.java:243)",
        "! at org.postgresql.core.v3.ConnectionFactoryImpl.tryConnect(ConnectionFactoryImpl.java:144)",
        "! ... 70 common frames omitted",
        f"! Causing: org.postgresql.util.PSQLException: {pg}",
        "! at org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:352)",
        "! at org.postgresql.jdbc.PgConnection.<init>(PgConnection.java:273)",
        "! at org.apache.tomcat.jdbc.pool.PooledConnection.connectUsingDriver(PooledConnection.java:346)",
        "! at org.apache.tomcat.jdbc.pool.ConnectionPool.borrowConnection(ConnectionPool.java:725)",
        "! at io.dropwizard.db.ManagedPooledDataSource.getConnection(ManagedPooledDataSource.java:1)",
        "! ... 58 common frames omitted",
        f"! Causing: org.jdbi.v3.core.ConnectionException: org.postgresql.util.PSQLException: {pg}",
        "! at org.jdbi.v3.core.Jdbi.open(Jdbi.java:345)",
        "! at org.jdbi.v3.sqlobject.SqlObjectFactory.lambda$attach$1(SqlObjectFactory.java:88)",
        "! at com.acme.orders.db.OrderDao$$Impl.findById(Unknown Source)",
        "! at com.acme.orders.resources.OrderResource.get(OrderResource.java:44)",
        "! at org.glassfish.jersey.server.ServerRuntime$1.run(ServerRuntime.java:255)",
        "! at org.eclipse.jetty.server.HttpChannel.handle(HttpChannel.java:487)",
        "! at org.eclipse.jetty.util.thread.QueuedThreadPool$Runner.run(QueuedThreadPool.java:1034)",
        "! at java.base/java.lang.Thread.run(Thread.java:840)",
    ]


def dropwizard(r: random.Random) -> list[Log]:
    """Two VMs of the orders service, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    graphite_down = (at(7, 30), at(7, 50))
    pay_slow = (at(8, 55), at(9, 20))
    db_down = (at(9, 40, 5), at(9, 43, 30))
    deploys = {"orders-1": at(10, 30, 2), "orders-2": at(10, 34, 11)}
    customers = [f"c-{r.randint(100000, 999999)}" for _ in range(60)]

    def W(
        host: str,
        pid: int,
        t: datetime,
        level: str,
        logger: str,
        label: str | None,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            head = f"{x:%Y-%m-%dT%H:%M:%S}+00:00 {host} orders-service[{pid}]: "
            lines = [
                f"{level:<5} [{x:%Y-%m-%d %H:%M:%S},{x.microsecond // 1000:03d}] {logger}: {msg}",
                *(more or []),
            ]
            return [head + ln for ln in lines]

        return fs.add(f"{host}-journal.log", t, label, text, (host, pid), SEC)

    def R(
        host: str,
        pid: int,
        t: datetime,
        method: str,
        path: str,
        status: int,
        size: int,
        dur_ms: int,
        label: str,
        client: tuple[str, str] | None = None,
    ) -> datetime:
        ip, ua = client or r.choice(DW_CLIENTS)

        def text(x: datetime) -> list[str]:
            start = x - sec(dur_ms / 1000)
            return [
                f'{x:%Y-%m-%dT%H:%M:%S}+00:00 {host} orders-service[{pid}]: {ip} - - [{clf(start)}] "{method} {path} HTTP/1.1" {status} {size} "-" "{ua}" {dur_ms}'
            ]

        return fs.add(f"{host}-journal.log", t, label, text, (host, pid), SEC)

    def err(host: str, pid: int, t: datetime, stack: list[str]) -> datetime:
        return W(
            host,
            pid,
            t,
            "ERROR",
            "io.dropwizard.jersey.errors.LoggingExceptionMapper",
            "Error handling a request: %016x",
            f"Error handling a request: {hexid(r, 16)}",
            stack,
        )

    def request(host: str, pid: int, t: datetime) -> None:
        x = r.random()
        dbdown = in_any(t, [db_down])
        if x < 0.45:
            oid = order_id(r)
            path = f"/orders/{oid}"
            if dbdown:
                t = err(host, pid, t + sec(r.uniform(0.01, 0.05)), dw_stack_db())
                R(
                    host,
                    pid,
                    t + sec(0.002),
                    "GET",
                    path,
                    500,
                    110,
                    r.randint(9, 60),
                    "GET /orders/%s 500",
                )
            elif r.random() < 0.05:
                R(host, pid, t, "GET", path, 404, 43, r.randint(2, 9), "GET /orders/%s 404")
            else:
                R(
                    host,
                    pid,
                    t,
                    "GET",
                    path,
                    200,
                    r.randint(520, 1900),
                    r.randint(3, 28),
                    "GET /orders/%s 200",
                )
        elif x < 0.65:
            if dbdown:
                return
            path = f"/customers/{r.choice(customers)}/orders?limit={r.choice([10, 20, 20, 50])}"
            R(
                host,
                pid,
                t,
                "GET",
                path,
                200,
                r.randint(900, 14000),
                r.randint(8, 60),
                "GET /customers/%s/orders?limit=%s 200",
            )
        elif x < 0.89:
            create(host, pid, t)
        else:
            oid = order_id(r)
            path = f"/orders/{oid}/cancel"
            if dbdown:
                return
            if r.random() < 0.16:
                t = W(
                    host,
                    pid,
                    t,
                    "WARN",
                    "com.acme.orders.resources.OrderResource",
                    "Order %s cannot be cancelled in state %s",
                    f"Order {oid} cannot be cancelled in state {r.choice(['SHIPPED', 'SHIPPED', 'DELIVERED'])}",
                )
                R(
                    host,
                    pid,
                    t + sec(0.003),
                    "POST",
                    path,
                    409,
                    71,
                    r.randint(4, 15),
                    "POST /orders/%s/cancel 409",
                )
            else:
                t = W(
                    host,
                    pid,
                    t,
                    "INFO",
                    "com.acme.orders.resources.OrderResource",
                    "Cancelled order %s at customer request",
                    f"Cancelled order {oid} at customer request",
                )
                R(
                    host,
                    pid,
                    t + sec(0.003),
                    "POST",
                    path,
                    200,
                    r.randint(500, 900),
                    r.randint(12, 60),
                    "POST /orders/%s/cancel 200",
                )

    def create(host: str, pid: int, t: datetime) -> None:
        if in_any(t, [db_down]):
            return
        if r.random() < 0.04:
            R(
                host,
                pid,
                t,
                "POST",
                "/orders",
                422,
                r.randint(90, 180),
                r.randint(2, 8),
                "POST /orders 422",
            )
            return
        if in_any(t, [pay_slow]):
            if r.random() < 0.45:
                t = err(host, pid, t + sec(5.0 + r.uniform(0.01, 0.3)), dw_stack_timeout())
                R(
                    host,
                    pid,
                    t + sec(0.002),
                    "POST",
                    "/orders",
                    500,
                    110,
                    r.randint(5020, 5300),
                    "POST /orders 500",
                )
                return
            if r.random() < 0.4:
                t = W(
                    host,
                    pid,
                    t + sec(r.uniform(0.2, 2.0)),
                    "INFO",
                    "org.apache.http.impl.execchain.RetryExec",
                    "I/O exception (java.net.SocketException) caught when processing request to %s: Connection reset",
                    f"I/O exception (java.net.SocketException) caught when processing request to {DW_PAY}: Connection reset",
                )
                t = W(
                    host,
                    pid,
                    t + sec(0.001),
                    "INFO",
                    "org.apache.http.impl.execchain.RetryExec",
                    "Retrying request to %s",
                    f"Retrying request to {DW_PAY}",
                )
        oid = order_id(r)
        items = r.choice([1, 1, 1, 2, 2, 3, 4, 6])
        total = f"{r.randint(9, 340)}.{r.randint(0, 99):02d} EUR"
        t = W(
            host,
            pid,
            t + sec(r.uniform(0.08, 0.5)),
            "INFO",
            "com.acme.orders.resources.OrderResource",
            "Created order %s for customer %s (%d items, total %s)",
            f"Created order {oid} for customer {r.choice(customers)} ({items} items, total {total})",
        )
        if r.random() < 0.05:
            t = W(
                host,
                pid,
                t + sec(0.002),
                "WARN",
                "com.acme.orders.payment.PaymentClient",
                "Payment declined for order %s: %s",
                f"Payment declined for order {oid}: {r.choice(['insufficient_funds', 'card_expired', 'do_not_honor', 'do_not_honor'])}",
            )
        R(
            host,
            pid,
            t + sec(0.002),
            "POST",
            "/orders",
            201,
            r.randint(600, 1400),
            r.randint(120, 600),
            "POST /orders 201",
        )

    def startup(host: str, pid: int, t: datetime) -> datetime:
        app, adm, ctx1, ctx2 = (hexid(r, 8).lstrip("0") for _ in range(4))
        t = W(
            host,
            pid,
            t,
            "INFO",
            "io.dropwizard.server.DefaultServerFactory",
            "Registering jersey handler with root path prefix: %s",
            "Registering jersey handler with root path prefix: /",
        )
        t = W(
            host,
            pid,
            t + sec(0.002),
            "INFO",
            "io.dropwizard.server.DefaultServerFactory",
            "Registering admin handler with root path prefix: %s",
            "Registering admin handler with root path prefix: /",
        )
        t = W(
            host,
            pid,
            t + sec(0.05),
            "INFO",
            "io.dropwizard.server.ServerFactory",
            "Starting %s\\n%s",
            "Starting orders-service",
            DW_BANNER,
        )
        t = W(
            host,
            pid,
            t + sec(0.04),
            "INFO",
            "org.eclipse.jetty.setuid.SetUIDListener",
            "Opened %s",
            f"Opened application@{app}{{HTTP/1.1, (http/1.1)}}{{0.0.0.0:8080}}",
        )
        t = W(
            host,
            pid,
            t + sec(0.001),
            "INFO",
            "org.eclipse.jetty.setuid.SetUIDListener",
            "Opened %s",
            f"Opened admin@{adm}{{HTTP/1.1, (http/1.1)}}{{0.0.0.0:8081}}",
        )
        t = W(
            host,
            pid,
            t + sec(0.01),
            "INFO",
            "org.eclipse.jetty.server.Server",
            "jetty-%s; built: %s; git: %s; jvm %s",
            "jetty-9.4.54.v20240208; built: 2024-02-08T19:42:39.027Z; git: cef3fbd6d736a21e7d541a5db490381d95a2047d; jvm 17.0.11+9",
        )
        t = W(
            host,
            pid,
            t + sec(0.6),
            "INFO",
            "io.dropwizard.jersey.DropwizardResourceConfig",
            "The following paths were found for the configured resources:\\n\\n%s",
            "The following paths were found for the configured resources:",
            DW_RESOURCES,
        )
        t = W(
            host,
            pid,
            t + sec(0.2),
            "INFO",
            "org.eclipse.jetty.server.session.DefaultSessionIdManager",
            "DefaultSessionIdManager workerName=%s",
            "DefaultSessionIdManager workerName=node0",
        )
        t = W(
            host,
            pid,
            t + sec(0.001),
            "INFO",
            "org.eclipse.jetty.server.session.DefaultSessionIdManager",
            "No SessionScavenger set, using defaults",
            "No SessionScavenger set, using defaults",
        )
        t = W(
            host,
            pid,
            t + sec(0.001),
            "INFO",
            "org.eclipse.jetty.server.session.HouseKeeper",
            "%s Scavenging every %dms",
            "node0 Scavenging every 660000ms",
        )
        t = W(
            host,
            pid,
            t + sec(0.3),
            "INFO",
            "org.eclipse.jetty.server.handler.ContextHandler",
            "Started %s",
            f"Started i.d.j.MutableServletContextHandler@{ctx1}{{/,null,AVAILABLE}}",
        )
        t = W(
            host,
            pid,
            t + sec(0.02),
            "INFO",
            "io.dropwizard.setup.AdminEnvironment",
            "tasks = \\n\\n%s",
            "tasks = ",
            DW_TASKS,
        )
        t = W(
            host,
            pid,
            t + sec(0.05),
            "INFO",
            "org.eclipse.jetty.server.handler.ContextHandler",
            "Started %s",
            f"Started i.d.j.MutableServletContextHandler@{ctx2}{{/,null,AVAILABLE}}",
        )
        t = W(
            host,
            pid,
            t + sec(0.01),
            "INFO",
            "org.eclipse.jetty.server.AbstractConnector",
            "Started %s",
            f"Started application@{app}{{HTTP/1.1, (http/1.1)}}{{0.0.0.0:8080}}",
        )
        t = W(
            host,
            pid,
            t + sec(0.001),
            "INFO",
            "org.eclipse.jetty.server.AbstractConnector",
            "Started %s",
            f"Started admin@{adm}{{HTTP/1.1, (http/1.1)}}{{0.0.0.0:8081}}",
        )
        return W(
            host,
            pid,
            t + sec(0.001),
            "INFO",
            "org.eclipse.jetty.server.Server",
            "Started @%dms",
            f"Started @{r.randint(4100, 5600)}ms",
        )

    def shutdown(host: str, pid: int, t: datetime) -> datetime:
        app, adm, ctx1, ctx2 = (hexid(r, 8).lstrip("0") for _ in range(4))
        t = W(
            host,
            pid,
            t,
            "INFO",
            "org.eclipse.jetty.server.AbstractConnector",
            "Stopped %s",
            f"Stopped application@{app}{{HTTP/1.1, (http/1.1)}}{{0.0.0.0:8080}}",
        )
        t = W(
            host,
            pid,
            t + sec(0.002),
            "INFO",
            "org.eclipse.jetty.server.AbstractConnector",
            "Stopped %s",
            f"Stopped admin@{adm}{{HTTP/1.1, (http/1.1)}}{{0.0.0.0:8081}}",
        )
        t = W(
            host,
            pid,
            t + sec(0.01),
            "INFO",
            "org.eclipse.jetty.server.session",
            "%s Stopped scavenging",
            "node0 Stopped scavenging",
        )
        t = W(
            host,
            pid,
            t + sec(0.01),
            "INFO",
            "org.eclipse.jetty.server.handler.ContextHandler",
            "Stopped %s",
            f"Stopped i.d.j.MutableServletContextHandler@{ctx2}{{/,null,STOPPED}}",
        )
        return W(
            host,
            pid,
            t + sec(0.004),
            "INFO",
            "org.eclipse.jetty.server.handler.ContextHandler",
            "Stopped %s",
            f"Stopped i.d.j.MutableServletContextHandler@{ctx1}{{/,null,STOPPED}}",
        )

    def run(host: str, pid: int, t0: datetime, t1: datetime) -> None:
        for t in arrivals(r, t0, t1, 29.0, day_load):
            request(host, pid, t)
        for t in every(r, t0 + sec(r.uniform(0, 280)), t1, 300, 3):
            bad = in_any(t, [db_down])
            R(
                host,
                pid,
                t,
                "GET",
                "/healthcheck",
                500 if bad else 200,
                512 if bad else 378,
                r.randint(2, 30),
                "GET /healthcheck 500" if bad else "GET /healthcheck 200",
                ("10.20.0.5", "Go-http-client/1.1"),
            )
        for t in every(r, t0 + sec(r.uniform(0, 170)), t1, 180, 2):
            n = r.choice([0, 0, 0, 1, 1, 2, 3, 5, 8])
            if n and not in_any(t, [db_down]):
                W(
                    host,
                    pid,
                    t,
                    "INFO",
                    "com.acme.orders.outbox.OutboxRelay",
                    "Published %d outbox events",
                    f"Published {n} outbox events",
                )
        for t in every(
            r, max(t0, graphite_down[0]) + sec(r.uniform(0, 59)), min(t1, graphite_down[1]), 60, 0.2
        ):
            W(
                host,
                pid,
                t,
                "WARN",
                "com.codahale.metrics.graphite.GraphiteReporter",
                "Unable to report to Graphite",
                "Unable to report to Graphite",
                dw_stack_graphite(),
            )

    for host, pid in DW_HOSTS.items():
        d = deploys[host]
        run(host, pid, T0, d - sec(1))
        shutdown(host, pid, d)
        pid2 = pid + r.randint(3000, 9000)
        t = startup(host, pid2, d + sec(r.uniform(5, 9)))
        run(host, pid2, t + sec(1), T_END)
    return fs.logs(T0)


# ------------------------------------------------------------------------------- roadrunner

RR_VERSION = "2024.1.2"
RR_BUILD = "2024-05-16T19:01:55+0000"
RR_HOST = "catalog-api.internal"
RR_CLIENTS = ["172.20.0.9", "172.20.0.11"]
RR_SEARCH_ERR = (
    'Failed to connect to search port 7700 after %d ms: Couldn\'t connect to server for "%s".'
)
RR_DB_MSG = "An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused"


def roadrunner(r: random.Random) -> list[Log]:
    """Two replicas of the catalogue API under `docker compose logs`, 06:00 to 12:00."""
    fs = Files()
    search_down = (at(7, 20), at(7, 35))
    db_down = (at(8, 50, 20), at(8, 58, 0))
    pay_flaky = (at(9, 40), at(9, 55))
    deploy = at(10, 0, 5)
    carts = [uuid4(r) for _ in range(40)]
    f = "api.log"

    def put(
        rep: str, gen: int, t: datetime, label: str | None, lines: Callable[[datetime], list[str]]
    ) -> datetime:
        return fs.add(f, t, label, lambda x: [f"{rep}  | {ln}" for ln in lines(x)], (rep, gen), US)

    def Z(
        rep: str,
        gen: int,
        t: datetime,
        level: str,
        logger: str,
        label: str,
        msg: str,
        fields: list[tuple[str, object]] | None = None,
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            extra = "".join(
                f',"{k}":{v if k in ("start", "elapsed") else jdump(v)}' for k, v in fields or []
            )
            return [zrec(level, zap_ts(r, x), msg, logger, extra)]

        return put(rep, gen, t, label, text)

    def httplog(
        rep: str, gen: int, t: datetime, method: str, path: str, status: int, label: str, dur: float
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            start = x - sec(dur)
            uri = jdump(f"http://{RR_HOST}{path}")
            el = f"{dur:.7f}".rstrip("0")
            extra = f',"status":{status},"method":"{method}","URI":{uri},"remote_address":"{r.choice(RR_CLIENTS)}","start":{zap_ts(r, start)},"elapsed":{el}'
            return [zrec("info", zap_ts(r, x), "http log", "http", extra)]

        return put(rep, gen, t, label, text)

    def mono(
        rep: str,
        gen: int,
        t: datetime,
        channel: str,
        level: str,
        label: str,
        message: str,
        context: str = "[]",
    ) -> datetime:
        """A Monolog LineFormatter record written to stderr and relayed by the `server` logger."""

        def text(x: datetime) -> list[str]:
            line = f"[{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond:06d}+00:00] {channel}.{level}: {message} {context} []\n"
            return [zrec("info", zap_ts(r, x + sec(0.0002)), line, "server")]

        return put(rep, gen, t, label, text)

    def exc_ctx(cls: str, code: int, msg: str, where: str, prev: str = "") -> str:
        s = f"[object] ({cls}(code: {code}): {msg} at {where})"
        if prev:
            s += "\n[previous exception] " + prev
        return jdump({"exception": s})

    def request(rep: str, gen: int, t: datetime) -> None:
        x = r.random()
        if x < 0.36:
            pid = r.randint(1000, 48000)
            path = f"/api/products/{pid}"
            if in_any(t, [db_down]):
                db_error(rep, gen, t, "GET", path, "GET /api/products/%s 500")
            elif r.random() < 0.06:
                httplog(
                    rep,
                    gen,
                    t,
                    "GET",
                    path,
                    404,
                    "GET /api/products/%s 404",
                    r.uniform(0.004, 0.02),
                )
            else:
                httplog(
                    rep,
                    gen,
                    t,
                    "GET",
                    path,
                    200,
                    "GET /api/products/%s 200",
                    r.uniform(0.006, 0.06),
                )
        elif x < 0.55:
            q = r.choice(
                ["sneaker", "tent", "kettle", "rain+jacket", "lego", "garden+hose", "headlamp"]
            )
            path = f"/api/products?q={q}&page={r.choice([1, 1, 1, 2, 3])}"
            if in_any(t, [db_down]):
                db_error(rep, gen, t, "GET", path, "GET /api/products?q=%s&page=%s 500")
                return
            if in_any(t, [search_down]):
                ms = r.randint(0, 3)
                t = mono(
                    rep,
                    gen,
                    t,
                    "app",
                    "WARNING",
                    "Search index unavailable, falling back to database query: " + RR_SEARCH_ERR,
                    "Search index unavailable, falling back to database query: "
                    + RR_SEARCH_ERR % (ms, "http://search:7700/indexes/products/search"),
                )
                httplog(
                    rep,
                    gen,
                    t + sec(r.uniform(0.2, 0.9)),
                    "GET",
                    path,
                    200,
                    "GET /api/products?q=%s&page=%s 200",
                    r.uniform(0.25, 0.95),
                )
                return
            httplog(
                rep,
                gen,
                t,
                "GET",
                path,
                200,
                "GET /api/products?q=%s&page=%s 200",
                r.uniform(0.015, 0.08),
            )
        elif x < 0.70:
            cart = r.choice(carts)
            httplog(
                rep,
                gen,
                t,
                "GET",
                f"/api/cart/{cart}",
                200,
                "GET /api/cart/%s 200",
                r.uniform(0.004, 0.02),
            )
        elif x < 0.86:
            cart = r.choice(carts)
            path = f"/api/cart/{cart}/items"
            if in_any(t, [db_down]):
                db_error(rep, gen, t, "POST", path, "POST /api/cart/%s/items 500")
                return
            t = mono(
                rep,
                gen,
                t,
                "app",
                "INFO",
                "Added %d x %s to cart %s",
                f"Added {r.choice([1, 1, 1, 2, 3])} x {r.choice(SKUS)} to cart {cart}",
            )
            httplog(
                rep,
                gen,
                t + sec(0.003),
                "POST",
                path,
                201,
                "POST /api/cart/%s/items 201",
                r.uniform(0.01, 0.05),
            )
        elif x < 0.95:
            checkout(rep, gen, t)
        else:
            path = r.choice(
                ["/.env", "/wp-login.php", "/.git/config", "/api/v1/products", "/phpinfo.php"]
            )
            label = f"GET {path} 404"
            t = mono(
                rep,
                gen,
                t,
                "request",
                "ERROR",
                'Uncaught PHP Exception %s: "No route found for "%s %s"" at %s line %s',
                f'Uncaught PHP Exception Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException: "No route found for "GET http://{RR_HOST}{path}"" at RouterListener.php line 149',
                exc_ctx(
                    "Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException",
                    0,
                    f'No route found for "GET http://{RR_HOST}{path}"',
                    "/app/vendor/symfony/http-kernel/EventListener/RouterListener.php:149",
                    f'[object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for "{path}". at /app/vendor/symfony/routing/Matcher/Dumped/CompiledUrlMatcherTrait.php:70)',
                ),
            )
            httplog(rep, gen, t + sec(0.002), "GET", path, 404, label, r.uniform(0.003, 0.012))

    def db_error(rep: str, gen: int, t: datetime, method: str, path: str, label: str) -> None:
        t = mono(
            rep,
            gen,
            t + sec(r.uniform(0.002, 0.02)),
            "request",
            "CRITICAL",
            'Uncaught PHP Exception %s: "' + RR_DB_MSG + '" at %s line %s',
            f'Uncaught PHP Exception Doctrine\\DBAL\\Exception\\ConnectionException: "{RR_DB_MSG}" at ExceptionConverter.php line 101',
            exc_ctx(
                "Doctrine\\DBAL\\Exception\\ConnectionException",
                2002,
                RR_DB_MSG,
                "/app/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php:101",
                "[object] (Doctrine\\DBAL\\Driver\\PDO\\Exception(code: 2002): SQLSTATE[HY000] [2002] Connection refused at /app/vendor/doctrine/dbal/src/Driver/PDO/Exception.php:28)",
            ),
        )
        httplog(rep, gen, t + sec(0.003), method, path, 500, label, r.uniform(0.01, 0.04))

    def checkout(rep: str, gen: int, t: datetime) -> None:
        cart = r.choice(carts)
        if in_any(t, [db_down]):
            db_error(rep, gen, t, "POST", "/api/checkout", "POST /api/checkout 500")
            return
        if r.random() < 0.07:
            t = mono(
                rep,
                gen,
                t,
                "php",
                "WARNING",
                'Warning: Undefined array key "%s"',
                'Warning: Undefined array key "shipping_method"',
                exc_ctx(
                    "ErrorException",
                    0,
                    'Warning: Undefined array key "shipping_method"',
                    "/app/src/Checkout/ShippingResolver.php:41",
                ),
            )
        oid = f"{r.randint(310000, 329999)}"
        if in_any(t, [pay_flaky]) and r.random() < 0.6:
            for i in range(1, r.choice([2, 2, 3]) + 1):
                t = mono(
                    rep,
                    gen,
                    t + sec(r.uniform(0.3, 1.5)),
                    "app",
                    "WARNING",
                    "Payment gateway returned %d for order %s, retrying (%d/%d)",
                    f"Payment gateway returned {r.choice([502, 503, 503, 504])} for order {oid}, retrying ({i}/3)",
                )
        t = mono(
            rep,
            gen,
            t + sec(r.uniform(0.15, 0.6)),
            "app",
            "INFO",
            "Order %s placed from cart %s (%d items, total %s EUR)",
            f"Order {oid} placed from cart {cart} ({r.randint(1, 7)} items, total {r.randint(12, 480)}.{r.randint(0, 99):02d} EUR)",
        )
        httplog(
            rep,
            gen,
            t + sec(0.004),
            "POST",
            "/api/checkout",
            201,
            "POST /api/checkout 201",
            r.uniform(0.2, 1.2),
        )

    def oom(rep: str, gen: int, t: datetime) -> None:
        def text(x: datetime) -> list[str]:
            msg = f"PHP Fatal error:  Allowed memory size of 268435456 bytes exhausted (tried to allocate {r.choice([20480, 65536, 4096, 262144])} bytes) in /app/vendor/doctrine/orm/src/Internal/Hydration/AbstractHydrator.php on line {r.choice([279, 356])}\n"
            return [zrec("info", zap_ts(r, x), msg, "server")]

        t = put(
            rep,
            gen,
            t,
            "PHP Fatal error:  Allowed memory size of %d bytes exhausted (tried to allocate %d bytes) in %s on line %d",
            text,
        )
        el = r.uniform(8.0, 14.0)
        Z(
            rep,
            gen,
            t + sec(0.004),
            "error",
            "http",
            "execute",
            "execute",
            [
                ("start", zap_ts(r, t - sec(el))),
                ("elapsed", f"{el:.7f}".rstrip("0")),
                ("error", "sync_worker_receive_frame: Network:\n\tgoridge_frame_receive: EOF"),
            ],
        )

    def started(rep: str, gen: int, t: datetime) -> datetime:
        t = put(
            rep,
            gen,
            t,
            "[INFO] RoadRunner server started; version: %s, buildtime: %s",
            lambda x: [
                f"[INFO] RoadRunner server started; version: {RR_VERSION}, buildtime: {RR_BUILD}"
            ],
        )
        return put(
            rep,
            gen,
            t + sec(0.0001),
            "[INFO] sdnotify: not notified",
            lambda x: ["[INFO] sdnotify: not notified"],
        )

    def run(rep: str, gen: int, t0: datetime, t1: datetime) -> None:
        for t in arrivals(r, t0, t1, 21.0, day_load):
            request(rep, gen, t)

    for i, rep in enumerate(("api-1", "api-2")):
        stop = deploy + sec(i * 14)
        run(rep, 1, T0, stop - sec(2))
        t = put(
            rep,
            1,
            stop,
            "stop signal received, grace timeout is: %0.f seconds",
            lambda x: ["stop signal received, grace timeout is: 30 seconds"],
        )
        for _ in range(r.choice([1, 2])):
            t = Z(
                rep,
                1,
                t + sec(10 + r.uniform(0.0, 0.01)),
                "warn",
                "http",
                "worker doesn't respond on stop command, killing process",
                "worker doesn't respond on stop command, killing process",
                [("PID", r.randint(30, 90))],
            )
        t = started(rep, 2, stop + sec(r.uniform(13, 16)))
        run(rep, 2, t + sec(0.5), T_END)
    for t in (at(11, 10, 12), at(11, 10, 47), at(11, 40, 3)):
        oom(r.choice(["api-1", "api-2"]), 2, t)
    return fs.logs(T0)


# ------------------------------------------------------------------------------- frankenphp

FP_HOST = "shop.example.com"
FP_PHP = "8.3.7"
FP_ROUTES = [
    # route, path template, weight
    ("app_home", "/", 10),
    ("app_category", "/c/{slug}", 18),
    ("app_product_show", "/p/{slug}", 34),
    ("app_search", "/search", 8),
    ("app_cart", "/cart", 12),
    ("app_cart_add", "/cart/add/{id}", 8),
]
FP_SLUGS = [
    "trail-runner-gtx",
    "merino-crew-socks",
    "camp-kettle-1l",
    "ultralight-tent-2p",
    "kids-rain-boots",
    "garden-hose-25m",
    "headlamp-400",
    "cast-iron-pan-28",
]
FP_CATS = ["running", "camping", "kitchen", "garden", "kids", "sale"]
FP_PG = 'An exception occurred in the driver: SQLSTATE[08006] [7] connection to server at "database" (172.19.0.4), port 5432 failed: Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?'


def frankenphp(r: random.Random) -> list[Log]:
    """Two FrankenPHP containers of the storefront, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    stripe_slow = (at(9, 10), at(9, 25))
    db_down = (at(10, 20, 10), at(10, 26, 0))
    restart = at(10, 45, 3)
    users = [
        f"{n}@{d}"
        for n, d in (
            ("anna.k", "gmail.com"),
            ("m.weber", "web.de"),
            ("lucas", "outlook.com"),
            ("j.novak", "seznam.cz"),
            ("sofia.r", "gmail.com"),
            ("pieter", "ziggo.nl"),
            ("emma.l", "icloud.com"),
        )
    ]

    class Box:
        def __init__(self, name: str) -> None:
            self.name = name
            self.f = f"{name}.log"
            self.gen = 0
            self.served = [0] * 8

    def Z(
        b: Box, t: datetime, level: str, label: str, msg: str, fields: str = "", logger: str = ""
    ) -> datetime:
        return fs.add(
            b.f,
            t,
            label,
            lambda x: [zrec(level, zap_ts(r, x), msg, logger, fields)],
            (b.name, b.gen),
            US,
        )

    def M(
        b: Box,
        t: datetime,
        channel: str,
        level: str,
        label: str,
        message: str,
        context: dict | list | None = None,
    ) -> datetime:
        num = {
            "DEBUG": 100,
            "INFO": 200,
            "NOTICE": 250,
            "WARNING": 300,
            "ERROR": 400,
            "CRITICAL": 500,
        }[level]

        def text(x: datetime) -> list[str]:
            rec = {
                "message": message,
                "context": context if context is not None else {},
                "level": num,
                "level_name": level,
                "channel": channel,
                "datetime": f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond:06d}+00:00",
                "extra": {},
            }
            return [jdump(rec)]

        return fs.add(b.f, t, label, text, (b.name, b.gen), US)

    def exc(cls: str, msg: str, code: int, file: str) -> dict:
        return {"exception": {"class": cls, "message": msg, "code": code, "file": file}}

    def startup(b: Box, t: datetime) -> datetime:
        b.gen += 1
        b.served = [0] * 8
        t = Z(
            b,
            t,
            "info",
            "using config from file",
            "using config from file",
            ',"file":"/etc/caddy/Caddyfile"',
        )
        t = Z(
            b,
            t + sec(0.002),
            "info",
            "adapted config to JSON",
            "adapted config to JSON",
            ',"adapter":"caddyfile"',
        )
        t = Z(
            b,
            t + sec(0.004),
            "info",
            "admin endpoint started",
            "admin endpoint started",
            ',"address":"localhost:2019","enforce_origin":false,"origins":["//localhost:2019","//[::1]:2019","//127.0.0.1:2019"]',
            "admin",
        )
        t = Z(
            b,
            t + sec(0.001),
            "info",
            "server is listening only on the HTTP port, so no automatic HTTPS will be applied to this server",
            "server is listening only on the HTTP port, so no automatic HTTPS will be applied to this server",
            ',"server_name":"srv0","http_port":80',
            "http.auto_https",
        )
        t = Z(
            b,
            t + sec(0.0008),
            "info",
            "started background certificate maintenance",
            "started background certificate maintenance",
            f',"cache":"0xc000{hexid(r, 6)}"',
            "tls.cache.maintenance",
        )
        t = Z(
            b,
            t + sec(0.4),
            "warn",
            "HTTP/2 skipped because it requires TLS",
            "HTTP/2 skipped because it requires TLS",
            ',"network":"tcp","addr":":80"',
            "http",
        )
        t = Z(
            b,
            t + sec(0.0001),
            "warn",
            "HTTP/3 skipped because it requires TLS",
            "HTTP/3 skipped because it requires TLS",
            ',"network":"tcp","addr":":80"',
            "http",
        )
        t = Z(
            b,
            t + sec(0.0002),
            "info",
            "server running",
            "server running",
            ',"name":"srv0","protocols":["h1","h2","h3"]',
            "http.log",
        )
        t = Z(
            b,
            t + sec(0.9),
            "info",
            "FrankenPHP started 🐘",
            "FrankenPHP started 🐘",
            f',"php_version":"{FP_PHP}","num_threads":16',
        )
        t = Z(
            b,
            t + sec(0.002),
            "info",
            "autosaved config (load with --resume flag)",
            "autosaved config (load with --resume flag)",
            ',"file":"/config/caddy/autosave.json"',
        )
        return Z(
            b,
            t + sec(0.0001),
            "info",
            "serving initial configuration",
            "serving initial configuration",
        )

    def shutdown(b: Box, t: datetime) -> datetime:
        t = Z(
            b,
            t,
            "info",
            "shutting down apps, then terminating",
            "shutting down apps, then terminating",
            ',"signal":"SIGTERM"',
        )
        t = Z(
            b,
            t + sec(0.0001),
            "warn",
            "exiting; byeee!! 👋",
            "exiting; byeee!! 👋",
            ',"signal":"SIGTERM"',
        )
        t = Z(
            b,
            t + sec(0.0003),
            "info",
            "servers shutting down with eternal grace period",
            "servers shutting down with eternal grace period",
            "",
            "http",
        )
        return Z(
            b,
            t + sec(1.8),
            "info",
            "shutdown complete",
            "shutdown complete",
            ',"signal":"SIGTERM","exit_code":0',
        )

    def recycle(b: Box, t: datetime) -> datetime:
        w = r.randrange(8)
        b.served[w] += 1
        if b.served[w] >= 60:
            b.served[w] = 0
            t = Z(
                b,
                t + sec(r.uniform(0.001, 0.01)),
                "info",
                "restarting",
                "restarting",
                ',"worker":"/app/public/index.php"',
            )
        return t

    def matched(
        b: Box, t: datetime, route: str, params: dict, path: str, method: str = "GET"
    ) -> datetime:
        ctx = {
            "route": route,
            "route_parameters": {"_route": route, **params},
            "request_uri": f"https://{FP_HOST}{path}",
            "method": method,
        }
        return M(b, t, "request", "INFO", 'Matched route "%s".', f'Matched route "{route}".', ctx)

    def db_fail(b: Box, t: datetime) -> datetime:
        return M(
            b,
            t + sec(r.uniform(0.002, 0.03)),
            "request",
            "CRITICAL",
            'Uncaught PHP Exception %s: "An exception occurred in the driver: SQLSTATE[08006] [7] connection to server at "%s" (%s), port %d failed: Connection refused\\n\\tIs the server running on that host and accepting TCP/IP connections?" at %s line %s',
            f'Uncaught PHP Exception Doctrine\\DBAL\\Exception\\ConnectionException: "{FP_PG}" at ExceptionConverter.php line 72',
            exc(
                "Doctrine\\DBAL\\Exception\\ConnectionException",
                FP_PG,
                7,
                "/app/vendor/doctrine/dbal/src/Driver/API/PostgreSQL/ExceptionConverter.php:72",
            ),
        )

    def request(b: Box, t: datetime) -> None:
        if r.random() < 0.06:
            path = r.choice(
                [
                    "/wp-login.php",
                    "/.env",
                    "/xmlrpc.php",
                    "/p/old-summer-tent",
                    "/favicon.png",
                    "/apple-touch-icon.png",
                ]
            )
            msg = f'No route found for "GET https://{FP_HOST}{path}"'
            M(
                b,
                t,
                "request",
                "ERROR",
                'Uncaught PHP Exception %s: "No route found for "%s %s"" at %s line %s',
                f'Uncaught PHP Exception Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException: "{msg}" at RouterListener.php line 149',
                exc(
                    "Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException",
                    msg,
                    0,
                    "/app/vendor/symfony/http-kernel/EventListener/RouterListener.php:149",
                ),
            )
            return
        x = r.random()
        if x < 0.06:
            login(b, t)
            return
        if x < 0.11:
            checkout(b, t)
            return
        route, tpl, _ = r.choices(FP_ROUTES, [w for *_, w in FP_ROUTES])[0]
        params: dict = {}
        if "{slug}" in tpl:
            slug = r.choice(FP_CATS) if route == "app_category" else r.choice(FP_SLUGS)
            params = {"slug": slug}
            path = tpl.replace("{slug}", slug)
        elif "{id}" in tpl:
            pid = str(r.randint(1000, 9999))
            params = {"id": pid}
            path = tpl.replace("{id}", pid)
        elif route == "app_search":
            path = f"/search?q={r.choice(['tent', 'socks', 'kettle', 'boots'])}"
        else:
            path = tpl
        method = "POST" if route == "app_cart_add" else "GET"
        t = matched(b, t, route, params, path, method)
        if in_any(t, [db_down]):
            db_fail(b, t)
        elif (
            route == "app_product_show"
            and params["slug"] in ("camp-kettle-1l", "kids-rain-boots")
            and r.random() < 0.5
        ):
            M(
                b,
                t + sec(r.uniform(0.005, 0.03)),
                "php",
                "INFO",
                "Deprecated: %s(): Passing null to parameter #%d ($%s) of type %s is deprecated",
                "Deprecated: strlen(): Passing null to parameter #1 ($string) of type string is deprecated",
                exc(
                    "ErrorException",
                    "Deprecated: strlen(): Passing null to parameter #1 ($string) of type string is deprecated",
                    0,
                    "/app/vendor/twig/twig/src/Extension/CoreExtension.php:1234",
                ),
            )
        recycle(b, t)

    def login(b: Box, t: datetime) -> None:
        t = matched(b, t, "app_login", {}, "/login", "POST")
        if in_any(t, [db_down]):
            db_fail(b, t)
            return
        u = r.choice(users)
        if r.random() < 0.18:
            M(
                b,
                t + sec(r.uniform(0.05, 0.2)),
                "security",
                "INFO",
                "Authenticator failed.",
                "Authenticator failed.",
                {
                    "exception": {
                        "class": "Symfony\\Component\\Security\\Core\\Exception\\BadCredentialsException",
                        "message": "The presented password is invalid.",
                        "code": 0,
                        "file": "/app/vendor/symfony/security-http/EventListener/CheckCredentialsListener.php:74",
                    },
                    "authenticator": "Symfony\\Component\\Security\\Http\\Authenticator\\FormLoginAuthenticator",
                },
            )
        else:
            M(
                b,
                t + sec(r.uniform(0.05, 0.2)),
                "security",
                "INFO",
                "Authenticator successful!",
                "Authenticator successful!",
                {
                    "token": {
                        "Symfony\\Component\\Security\\Http\\Authenticator\\Token\\PostAuthenticationToken": f'PostAuthenticationToken(user="{u}", authenticated=true, roles="ROLE_USER")'
                    },
                    "authenticator": "Symfony\\Component\\Security\\Http\\Authenticator\\FormLoginAuthenticator",
                },
            )
        recycle(b, t)

    def checkout(b: Box, t: datetime) -> None:
        t = matched(b, t, "app_checkout_confirm", {}, "/checkout/confirm", "POST")
        if in_any(t, [db_down]):
            db_fail(b, t)
            return
        oid = f"SH-{r.randint(88000, 89999)}"
        if in_any(t, [stripe_slow]) and r.random() < 0.55:
            for attempt in (1, 2):
                t = M(
                    b,
                    t + sec(10 + r.uniform(0.0, 0.05)),
                    "app",
                    "WARNING",
                    "Payment intent creation failed for order %s (attempt %d)",
                    f"Payment intent creation failed for order {oid} (attempt {attempt})",
                    {"order": oid},
                )
            if r.random() < 0.6:
                m = 'Idle timeout reached for "https://api.stripe.com/v1/payment_intents".'
                M(
                    b,
                    t + sec(0.002),
                    "request",
                    "CRITICAL",
                    'Uncaught PHP Exception %s: "Idle timeout reached for "%s"." at %s line %s',
                    f'Uncaught PHP Exception Symfony\\Component\\HttpClient\\Exception\\TransportException: "{m}" at CurlResponse.php line 315',
                    exc(
                        "Symfony\\Component\\HttpClient\\Exception\\TransportException",
                        m,
                        0,
                        "/app/vendor/symfony/http-client/Response/CurlResponse.php:315",
                    ),
                )
                recycle(b, t)
                return
        M(
            b,
            t + sec(r.uniform(0.4, 1.6)),
            "app",
            "INFO",
            "Order %s confirmed: %d items, total %s EUR",
            f"Order {oid} confirmed: {r.randint(1, 6)} items, total {r.randint(15, 420)}.{r.randint(0, 99):02d} EUR",
            {"order": oid},
        )
        recycle(b, t)

    def feed_timeout(b: Box, t: datetime) -> None:
        t = matched(b, t, "app_feed_google", {}, "/feeds/google-shopping.xml")
        t += sec(30 + r.uniform(0.0, 0.02))
        t = M(
            b,
            t,
            "request",
            "CRITICAL",
            'Uncaught PHP Exception %s: "Error: Maximum execution time of %d seconds exceeded" at %s line %s',
            'Uncaught PHP Exception Symfony\\Component\\ErrorHandler\\Error\\FatalError: "Error: Maximum execution time of 30 seconds exceeded" at UnitOfWork.php line 2973',
            exc(
                "Symfony\\Component\\ErrorHandler\\Error\\FatalError",
                "Error: Maximum execution time of 30 seconds exceeded",
                0,
                "/app/vendor/doctrine/orm/src/UnitOfWork.php:2973",
            ),
        )
        t = Z(
            b,
            t + sec(0.0004),
            "error",
            "PHP Fatal error:  Maximum execution time of %d seconds exceeded in %s on line %d",
            "PHP Fatal error:  Maximum execution time of 30 seconds exceeded in /app/vendor/doctrine/orm/src/UnitOfWork.php on line 2973",
            ',"syslog_level":"err"',
        )
        Z(
            b,
            t + sec(0.051),
            "error",
            "unexpected termination, restarting",
            "unexpected termination, restarting",
            ',"worker":"/app/public/index.php","exit_status":255',
        )

    def run(b: Box, t0: datetime, t1: datetime) -> None:
        for t in arrivals(r, t0, t1, 21.0, day_load):
            request(b, t)

    b1, b2 = Box("shop-php-1"), Box("shop-php-2")
    t = startup(b1, at(6, 0, 2.3))
    run(b1, t + sec(1), restart - sec(1))
    shutdown(b1, restart)
    t = startup(b1, restart + sec(2.6))
    run(b1, t + sec(1), T_END)
    t = startup(b2, at(6, 0, 3.1))
    run(b2, t + sec(1), T_END)
    feed_timeout(b2, at(11, 5, 0))
    feed_timeout(b1, at(11, 35, 0))
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- tornado

TO_VERSION = "2.14.1"
TO_PY = "/opt/pushgw/venv/lib/python3.11/site-packages"
TO_BACKENDS = ["10.30.2.14", "10.30.2.15", "10.30.4.21"]
TO_REDIS_ERR = "Error 111 connecting to redis-push.internal:6379. Connection refused."


def to_redis_tb() -> list[str]:
    return [
        "Traceback (most recent call last):",
        f'  File "{TO_PY}/redis/asyncio/connection.py", line 275, in connect',
        "    await self.retry.call_with_retry(",
        f'  File "{TO_PY}/redis/asyncio/retry.py", line 59, in call_with_retry',
        "    return await do()",
        f'  File "{TO_PY}/redis/asyncio/connection.py", line 692, in _connect',
        "    reader, writer = await asyncio.open_connection(",
        '  File "/usr/lib/python3.11/asyncio/streams.py", line 48, in open_connection',
        "    transport, _ = await loop.create_connection(",
        '  File "/usr/lib/python3.11/asyncio/base_events.py", line 1085, in create_connection',
        "    raise exceptions[0]",
        "ConnectionRefusedError: [Errno 111] Connect call failed ('10.30.8.5', 6379)",
        "",
        "During handling of the above exception, another exception occurred:",
        "",
        "Traceback (most recent call last):",
        f'  File "{TO_PY}/tornado/web.py", line 1790, in _execute',
        "    result = await result",
        '  File "/opt/pushgw/pushgw/publish.py", line 52, in post',
        "    n = await self.application.bus.publish(channel, payload)",
        '  File "/opt/pushgw/pushgw/bus.py", line 77, in publish',
        '    return await self.redis.publish(f"ch:{channel}", data)',
        f'  File "{TO_PY}/redis/asyncio/client.py", line 606, in execute_command',
        "    conn = self.connection or await pool.get_connection(command_name, **options)",
        f'  File "{TO_PY}/redis/asyncio/connection.py", line 1077, in get_connection',
        "    await self.ensure_connection(connection)",
        f'  File "{TO_PY}/redis/asyncio/connection.py", line 283, in connect',
        "    raise ConnectionError(self._error_message(e))",
        f"redis.exceptions.ConnectionError: {TO_REDIS_ERR}",
    ]


def tornado(r: random.Random) -> list[Log]:
    """Two hosts of the push gateway, four Tornado processes each (see the module docstring)."""
    fs = Files()
    redis_down = (at(8, 15, 12), at(8, 21, 40))
    deploys = {"push-1": at(9, 30, 4), "push-2": at(9, 34, 40)}
    oom = ("push-2", 2, at(10, 52, 17))
    users = [f"u{r.randint(100000, 999999)}" for _ in range(300)]

    class P:
        def __init__(self, host: str, task: int | None, pid: int) -> None:
            self.host, self.task, self.pid = host, task, pid
            self.f = f"{host}-pushgw.log"
            self.conns: list[tuple[datetime, datetime]] = []
            self.dies = T_END

        def open_at(self, t: datetime) -> int:
            return sum(1 for a, b in self.conns if a <= t < b)

    def L(
        p: P, t: datetime, lvl: str, where: str, label: str, msg: str, more: list[str] | None = None
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            return [
                f"[{lvl} {x:%y%m%d %H:%M:%S} {where}] {msg}",
                *("    " + m for m in (more or [])),
            ]

        return fs.add(p.f, t, label, text, p, SEC)

    def ws_conn(p: P, t: datetime, end_cap: datetime) -> None:
        end_cap = min(end_cap, p.dies)
        ip = f"10.30.0.{r.choice([7, 8, 9])}"
        token = hexid(r, 32)
        path = f"/ws?token={token}"
        x = r.random()
        if x < 0.05:
            t = L(
                p,
                t,
                "W",
                "web:1868",
                "401 GET /ws?token=%s (%s): token expired",
                f"401 GET {path} ({ip}): token expired",
            )
            L(
                p,
                t,
                "W",
                "web:2348",
                "401 GET /ws?token=%s (%s) %.2fms",
                f"401 GET {path} ({ip}) {r.uniform(0.4, 1.6):.2f}ms",
            )
            return
        if x < 0.08:
            L(
                p,
                t,
                "W",
                "web:2348",
                "403 GET /ws?token=%s (%s) %.2fms",
                f"403 GET {path} ({ip}) {r.uniform(0.3, 0.9):.2f}ms",
            )
            return
        user = r.choice(users)
        t = L(
            p,
            t,
            "I",
            "web:2348",
            "101 GET /ws?token=%s (%s) %.2fms",
            f"101 GET {path} ({ip}) {r.uniform(0.6, 3.2):.2f}ms",
        )
        life = r.expovariate(1 / 900)
        end = t + sec(life)
        p.conns.append((t, min(end, end_cap)))
        t = L(
            p,
            t + sec(r.uniform(0.05, 0.6)),
            "I",
            "ws:71",
            "user %s subscribed to %d channels (%d open on this worker)",
            f"user {user} subscribed to {r.choice([1, 2, 2, 3, 4])} channels ({p.open_at(t)} open on this worker)",
        )
        if r.random() < 0.03:
            bad = t + sec(r.uniform(1, min(life, 300) + 1))
            if bad < end_cap:
                L(
                    p,
                    bad,
                    "E",
                    "websocket:650",
                    "Uncaught exception in %s",
                    "Uncaught exception in /ws",
                    [
                        "Traceback (most recent call last):",
                        f'  File "{TO_PY}/tornado/websocket.py", line 647, in _run_callback',
                        "    result = callback(*args, **kwargs)",
                        '  File "/opt/pushgw/pushgw/ws.py", line 96, in on_message',
                        "    msg = json.loads(message)",
                        '  File "/usr/lib/python3.11/json/__init__.py", line 346, in loads',
                        "    return _default_decoder.decode(s)",
                        '  File "/usr/lib/python3.11/json/decoder.py", line 337, in decode',
                        "    obj, end = self.raw_decode(s, idx=_w(s, 0).end())",
                        '  File "/usr/lib/python3.11/json/decoder.py", line 355, in raw_decode',
                        '    raise JSONDecodeError("Expecting value", s, err.value) from None',
                        f"json.decoder.JSONDecodeError: Expecting value: line 1 column {r.randint(1, 3)} (char {r.randint(0, 2)})",
                    ],
                )
                end = bad + sec(0.01)
                p.conns[-1] = (p.conns[-1][0], min(end, end_cap))
        if end >= end_cap:
            return
        code, reason = r.choice(
            [
                ("1001", "''"),
                ("1001", "''"),
                ("1000", "'bye'"),
                ("None", "None"),
                ("None", "None"),
                ("1006", "None"),
            ]
        )
        if code == "None" and r.random() < 0.08:
            L(
                p,
                end,
                "E",
                "base_events:1785",
                "Future exception was never retrieved",
                "Future exception was never retrieved",
                [
                    "future: <Future finished exception=WebSocketClosedError()>",
                    "Traceback (most recent call last):",
                    f'  File "{TO_PY}/tornado/websocket.py", line 1090, in wrapper',
                    "    await fut",
                    "tornado.iostream.StreamClosedError: Stream is closed",
                    "",
                    "During handling of the above exception, another exception occurred:",
                    "",
                    "Traceback (most recent call last):",
                    f'  File "{TO_PY}/tornado/websocket.py", line 1092, in wrapper',
                    "    raise WebSocketClosedError()",
                    "tornado.websocket.WebSocketClosedError",
                ],
            )
        L(
            p,
            end + sec(0.01),
            "I",
            "ws:118",
            "websocket closed for user %s: code=%s reason=%s after %ds",
            f"websocket closed for user {user}: code={code} reason={reason} after {int((end - t).total_seconds())}s",
        )

    def publish(p: P, t: datetime) -> None:
        ip = r.choice(TO_BACKENDS)
        if in_any(t, [redis_down]):
            req = f"HTTPServerRequest(protocol='http', host='pushgw.internal:8888', method='POST', uri='/api/v1/publish', version='HTTP/1.1', remote_ip='{ip}')"
            t = L(
                p,
                t + sec(r.uniform(0.001, 0.01)),
                "E",
                "web:1875",
                "Uncaught exception %s\\n%r",
                f"Uncaught exception POST /api/v1/publish ({ip})",
                [req, *to_redis_tb()],
            )
            L(
                p,
                t,
                "E",
                "web:2348",
                "500 POST /api/v1/publish (%s) %.2fms",
                f"500 POST /api/v1/publish ({ip}) {r.uniform(1.0, 4.0):.2f}ms",
            )
            return
        if r.random() < 0.025:
            prop = r.choice(["channel", "channel", "payload", "ttl"])
            t = L(
                p,
                t,
                "W",
                "web:1868",
                "400 POST /api/v1/publish (%s): invalid payload: '%s' is a required property",
                f"400 POST /api/v1/publish ({ip}): invalid payload: '{prop}' is a required property",
            )
            L(
                p,
                t,
                "W",
                "web:2348",
                "400 POST /api/v1/publish (%s) %.2fms",
                f"400 POST /api/v1/publish ({ip}) {r.uniform(0.5, 1.5):.2f}ms",
            )
            return
        L(
            p,
            t,
            "I",
            "web:2348",
            "200 POST /api/v1/publish (%s) %.2fms",
            f"200 POST /api/v1/publish ({ip}) {r.uniform(0.9, 6.5):.2f}ms",
        )

    def noise(p: P, t: datetime) -> None:
        ip = r.choice(
            ["45.148.10.84", "185.224.128.17", "167.94.138.35", "194.165.16.72", "80.82.77.139"]
        )
        x = r.random()
        if x < 0.45:
            L(
                p,
                t,
                "I",
                "http1connection:286",
                "Malformed HTTP message from %s: Malformed HTTP request line",
                f"Malformed HTTP message from {ip}: Malformed HTTP request line",
            )
        else:
            path = r.choice(["/", "/.env", "/wp-login.php"])
            L(
                p,
                t,
                "W",
                "web:2348",
                f"404 GET {path} (%s) %.2fms",
                f"404 GET {path} ({ip}) {r.uniform(0.3, 1.1):.2f}ms",
            )

    def children_start(host: str, t: datetime, master_pid: int) -> tuple[P, list[P], datetime]:
        m = P(host, None, master_pid)
        t = L(m, t, "I", "process:126", "Starting %d processes", "Starting 4 processes")
        kids = []
        for i in range(4):
            c = P(host, i, master_pid + 1 + i)
            L(
                c,
                t + sec(r.uniform(0.2, 0.6)),
                "I",
                "server:64",
                "pushgw %s worker %d listening on port %d",
                f"pushgw {TO_VERSION} worker {i} listening on port 8888",
            )
            kids.append(c)
        return m, kids, t + sec(1)

    def serve(
        kids: list[P],
        t0: datetime,
        t1: datetime,
        dead: dict[int, tuple[datetime, P]],
        reconnect: int = 0,
    ) -> None:
        def pick(t: datetime) -> P:
            i = r.randrange(len(kids))
            if i in dead and t >= dead[i][0]:
                return dead[i][1]
            return kids[i]

        for t in arrivals(r, t0, t1, 60.0, day_load):
            ws_conn(pick(t), t, t1)
        for _ in range(reconnect):
            t = t0 + sec(r.uniform(1, 150))
            ws_conn(pick(t), t, t1)
        for t in arrivals(r, t0, t1, 74.0, day_load):
            publish(pick(t), t)
        for t in arrivals(r, t0, t1, 950.0, lambda _t: 1.0):
            noise(pick(t), t)
        if t0 < redis_down[0] < t1:
            for k in kids:
                t = redis_down[0] + sec(r.uniform(0.0, 2.0))
                L(
                    k,
                    t,
                    "W",
                    "pubsub:88",
                    "redis pubsub connection lost (Error %d connecting to %s. Connection refused.), reconnecting in %ds",
                    f"redis pubsub connection lost ({TO_REDIS_ERR}), reconnecting in 1s",
                )
                delay = 1
                while t < redis_down[1]:
                    t += sec(delay + r.uniform(0.0, 0.05))
                    delay = min(delay * 2, 30)
                    if t >= redis_down[1]:
                        break
                    L(
                        k,
                        t,
                        "W",
                        "pubsub:88",
                        "redis pubsub connection lost (Error %d connecting to %s. Connection refused.), reconnecting in %ds",
                        f"redis pubsub connection lost ({TO_REDIS_ERR}), reconnecting in {delay}s",
                    )
                L(
                    k,
                    t + sec(0.02),
                    "I",
                    "pubsub:97",
                    "redis pubsub reconnected, resubscribed to %d channels",
                    f"redis pubsub reconnected, resubscribed to {r.randint(40, 160)} channels",
                )

    for hi, host in enumerate(("push-1", "push-2")):
        base = 20411 + hi * 37
        m, kids, t = children_start(host, at(6, 0, 1 + hi * 2), base)
        d = deploys[host]
        dead: dict[int, tuple[datetime, P]] = {}
        serve(kids, t, d - sec(1), dead)
        was_open = 0
        for k in kids:
            n = k.open_at(d - sec(1.5))
            L(
                k,
                d + sec(r.uniform(0.0, 0.3)),
                "I",
                "server:101",
                "received signal %d, closing %d websockets",
                f"received signal 15, closing {n} websockets",
            )
            was_open += n
        base2 = base + 3000 + r.randint(0, 500)
        m, kids, t = children_start(host, d + sec(r.uniform(3.0, 4.0)), base2)
        if host == oom[0]:
            task, when = oom[1], oom[2]
            new = P(host, task, base2 + 40 + r.randint(0, 400))
            L(
                m,
                when,
                "W",
                "process:162",
                "child %d (pid %d) killed by signal %d, restarting",
                f"child {task} (pid {kids[task].pid}) killed by signal 9, restarting",
            )
            L(
                new,
                when + sec(r.uniform(0.3, 0.7)),
                "I",
                "server:64",
                "pushgw %s worker %d listening on port %d",
                f"pushgw {TO_VERSION} worker {task} listening on port 8888",
            )
            dead[task] = (when, new)
            kids[task].dies = when
        serve(kids, t, T_END, dead, was_open)
    return fs.logs(T0)


SYSTEMS = {
    "helidon": helidon,
    "dropwizard": dropwizard,
    "roadrunner": roadrunner,
    "frankenphp": frankenphp,
    "tornado": tornado,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
