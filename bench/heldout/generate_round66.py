#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 66 (spring-boot, quarkus, nestjs, rust-tracing, serilog) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written; the lines that continue an event (stack traces, a message's later lines, a banner)
have no label. Distinct calls of one process never share a timestamp at the log's resolution
(round 53's Clock: at NestJS's one second a start-up burst spreads over seconds, and its `+Nms`
diffs follow the times written). Five application frameworks' default console output:

- Spring Boot 3.3 (`orders-1.log`, `orders-2.log`: `java -jar` under systemd, the console
  appended): the banner, Logback's default `%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %5p PID ---
  [app] [%15.15t] %-40.40logger{39} : %m%n%wEx` (a logger name cut by
  TargetLengthBasedClassNameAbbreviator, the thread cut from the left, packaging data
  `~[jar!/:version]` after each frame, a blank line before and after a trace), Tomcat,
  Hibernate's `HHH` lines, HikariCP, `Resolved [...]` warnings, a database failover, payments
  timing out, an OutOfMemoryError and `Terminating due to ...`.
- Quarkus 3.11 (`inventory-1.log`, `inventory-2.log`, pods' logs): `run-java.sh`'s lines,
  the banner, `%d{yyyy-MM-dd HH:mm:ss,SSS} %-5p [%c{3.}] (%t) %s%e%n` (the exception after
  `: ` on the message's line, its frames and `Caused by:` / `... N more` under it), Kafka
  clients' `[Consumer clientId=..., groupId=...]` lines, SmallRye's `SRMSG` lines, Agroal,
  Hibernate, QuarkusErrorHandler's error ids, SmallRye Health, Vert.x's blocked-thread check.
- NestJS 10 on Node 20 (`api.log`, `worker.log`: `npm run start:prod`, stdout and stderr in
  one file): npm's header, ConsoleLogger without colours, `[Nest] 19  - 06/04/2024, 6:00:01
  AM     LOG [Context] message +3ms` (Intl's en-US time with a narrow no-break space before
  AM/PM, as Node 18.13+ writes it; the level padded to 7; the diff only for Nest's own
  loggers made with `timestamp: true`), ExceptionsHandler's message with the error's stack on
  the lines after it, TypeORM's retries, Terminus, ioredis' `Unhandled error event` on stderr.
- Rust with tracing-subscriber 0.3's default `fmt()` layer, ANSI off (`search-api.log`,
  `indexer.log`): `2024-06-04T06:00:01.123456Z  INFO span{a=1}:span{b="x"}: target: message
  key=value`, tower-http's TraceLayer at INFO, sqlx's slow-statement warning and Postgres
  notices, `#[instrument(err)]` events with no message, anyhow's multi-line `Caused by:` in
  a field, panics through the default hook (unstamped, on stderr).
- .NET 8 with Serilog's file sink and the template `{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz}
  [{Level:u3}] {Message:lj}{NewLine}{Exception}` (`api-20240604.log`, `worker-20240604.log`):
  the hosting lifetime, Data Protection's warnings, `UseSerilogRequestLogging`'s `HTTP GET
  /path responded 200 in 12.3456 ms`, EF Core's errors (the exception inside the message and
  again under it, `Failed executing DbCommand` with its SQL), the exception handler, health
  checks, Kestrel's heartbeat warning, MassTransit's endpoints, `Bus started`, `R-FAULT` and
  `Connection Failed`.

Label notes. The rules of rounds 51 to 65 hold. Context, not in the label: Spring's level, PID,
`---`, `[app]`, thread and logger; Quarkus' level, category and thread; Kafka's
`[Consumer clientId=..., groupId=...] ` prefix (a logger's context, as a connection's prefix);
Nest's `[Nest] pid  - time`, level, `[Context]` and `+Nms`; tracing's time, level, spans and
target and an event's fields other than `error=`; Serilog's time and level. An error or
exception text inside the message contributes its format (Spring's `Servlet.service() ...
threw exception [Request processing failed: ...CannotCreateTransactionException: Could not
open JPA EntityManager for transaction] with root cause`, `Resolved [...]`, Quarkus'
`HTTP Request to %s failed, error id: %s: org.hibernate.exception.JDBCConnectionException:
...` (the exception's first line is written on the message's line), Agroal's `Datasource '%s':
...`, Nest's ExceptionsHandler message, EF Core's `{exception}` in the message), and so does a
tracing `error=` field (as consul's `error=`: `search failed error=pool timed out while waiting
for an open connection`; an event with only `error=` is labelled by it). A trace, an exception
written after its message, a stack and a multi-line field belong to their event. A request's
record is labelled by method, route and status (round 54): tower-http's `finished processing
request` by its span's method and URI and its status field (`finished processing request GET
/v1/search?q=%s&limit=%s 200`), `response failed` the same way, Serilog's request line by its
method, path and status (`HTTP GET /api/shipments/{id} responded 200`), the Nest app's HTTP
middleware line likewise. Serilog's labels keep the message template's `{Name}` holes as the
aspnetcore set does. A banner (Spring's, Quarkus'), npm's header and a panic are one write each,
labelled at their first non-blank line; the blank line before Spring's banner and npm's header
has no label.

Sources: written from the helper's knowledge of each program's source and of real logs, not
checked against copies in this session (least sure: Spring's packaging data for the app's own
classes under Boot 3.3's nested-jar loader (`~[classes!/:1.4.2]`) and Hibernate 6.5's `JDBC
exception executing SQL [...] [...]` message; whether Quarkus' Kafka extension silences the
clients' `ConsumerConfig values:` dump (left out), the `SRMSG` numbers, Agroal's `Datasource
'%s': %s` warning; Nest's TypeORM retry stack and the HTTP middleware's layout (an app's own);
tracing's field order in tower-http's events and sqlx 0.7's slow-statement fields; MassTransit's
`Connection Failed` level and wording, EF Core's `{elapsed}` formatting, Serilog rendering a null
`HealthCheckDescription` as `null`). Run it only to change the data on purpose: `python
bench/heldout/generate_round66.py [SYSTEM ...]`.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round52 import secs
from generate_round55 import at, poisson
from generate_round65 import Out


def weighted(r: random.Random, table: list[tuple[float, object]]) -> object:
    x = r.uniform(0, sum(w for w, _ in table))
    for w, v in table:
        x -= w
        if x <= 0:
            return v
    return table[-1][1]


def ms(t: datetime) -> str:
    return f"{t.microsecond // 1000:03d}"


# --------------------------------------------------------------------------------- java

JDK = None  # a frame of the JDK: logback's packaging data `~[na:na]`


def jtrace(
    frames: list[tuple[str, str, str | None]], jars: dict[str, str] | None = None
) -> list[str]:
    """A Java stack's frame lines: (class.method, File.java:N, jar key); with `jars`
    (logback's packaging data, Spring Boot's `%wEx`) each frame ends with `~[jar:version]`."""
    out = []
    for where, src, jar in frames:
        line = f"\tat {where}({src})"
        if jars is not None:
            line += " ~[na:na]" if jar is None else f" ~[{jars[jar]}]"
        out.append(line)
    return out


# --------------------------------------------------------------------------------- spring

SB_JARS = {
    "webmvc": "spring-webmvc-6.1.8.jar!/:6.1.8",
    "web": "spring-web-6.1.8.jar!/:6.1.8",
    "tx": "spring-tx-6.1.8.jar!/:6.1.8",
    "orm": "spring-orm-6.1.8.jar!/:6.1.8",
    "aop": "spring-aop-6.1.8.jar!/:6.1.8",
    "tomcat": "tomcat-embed-core-10.1.24.jar!/:na",
    "hikari": "HikariCP-5.1.0.jar!/:na",
    "pg": "postgresql-42.7.3.jar!/:42.7.3",
    "hib": "hibernate-core-6.5.2.Final.jar!/:6.5.2.Final",
    "data": "spring-data-jpa-3.3.0.jar!/:3.3.0",
    "app": "classes!/:1.4.2",
}


def sb_logger(name: str) -> str:
    """Logback's `%-40.40logger{39}` (TargetLengthBasedClassNameAbbreviator): a name of 39
    characters or more has its packages cut to their first letter from the left, checked at
    each dot against the trim still needed; then the whole cut from the left to 40 and
    padded."""
    if len(name) >= 39 and "." in name:
        last = len(name) - name.rindex(".")
        max_trim = (len(name) - last) - max(39 - last, 0)
        cut = len(name) - last
        out, trimmed, at_dot, stop = [], 0, True, cut
        for n, c in enumerate(name[:cut]):
            if c == ".":
                if trimmed >= max_trim:
                    stop = n
                    break
                out.append(c)
                at_dot = True
            elif at_dot:
                out.append(c)
                at_dot = False
            else:
                trimmed += 1
        name = "".join(out) + name[stop:]
    return f"{name[-40:]:<40}"


SB_BANNER = [
    "",
    "  .   ____          _            __ _ _",
    " /\\\\ / ___'_ __ _ _(_)_ __  __ _ \\ \\ \\ \\",
    "( ( )\\___ | '_ | '_| | '_ \\/ _` | \\ \\ \\ \\",
    " \\\\/  ___)| |_)| | | | | || (_| |  ) ) ) )",
    "  '  |____| .__|_| |_|_| |_\\__, | / / / /",
    " =========|_|==============|___/=/_/_/_/",
    "",
    " :: Spring Boot ::                (v3.3.0)",
    "",
]

SB_TOMCAT_TAIL = [
    (
        "org.springframework.web.servlet.FrameworkServlet.service",
        "FrameworkServlet.java:885",
        "webmvc",
    ),
    ("jakarta.servlet.http.HttpServlet.service", "HttpServlet.java:658", "tomcat"),
    (
        "org.apache.catalina.core.ApplicationFilterChain.internalDoFilter",
        "ApplicationFilterChain.java:195",
        "tomcat",
    ),
    (
        "org.apache.catalina.core.ApplicationFilterChain.doFilter",
        "ApplicationFilterChain.java:140",
        "tomcat",
    ),
    ("org.apache.tomcat.websocket.server.WsFilter.doFilter", "WsFilter.java:51", "tomcat"),
    (
        "org.apache.catalina.core.ApplicationFilterChain.internalDoFilter",
        "ApplicationFilterChain.java:164",
        "tomcat",
    ),
    (
        "org.apache.catalina.core.ApplicationFilterChain.doFilter",
        "ApplicationFilterChain.java:140",
        "tomcat",
    ),
    (
        "org.springframework.web.filter.RequestContextFilter.doFilterInternal",
        "RequestContextFilter.java:100",
        "web",
    ),
    (
        "org.springframework.web.filter.OncePerRequestFilter.doFilter",
        "OncePerRequestFilter.java:116",
        "web",
    ),
    (
        "org.apache.catalina.core.ApplicationFilterChain.internalDoFilter",
        "ApplicationFilterChain.java:164",
        "tomcat",
    ),
    (
        "org.apache.catalina.core.ApplicationFilterChain.doFilter",
        "ApplicationFilterChain.java:140",
        "tomcat",
    ),
    (
        "org.springframework.web.filter.CharacterEncodingFilter.doFilterInternal",
        "CharacterEncodingFilter.java:201",
        "web",
    ),
    (
        "org.springframework.web.filter.OncePerRequestFilter.doFilter",
        "OncePerRequestFilter.java:116",
        "web",
    ),
    (
        "org.apache.catalina.core.ApplicationFilterChain.internalDoFilter",
        "ApplicationFilterChain.java:164",
        "tomcat",
    ),
    (
        "org.apache.catalina.core.ApplicationFilterChain.doFilter",
        "ApplicationFilterChain.java:140",
        "tomcat",
    ),
    (
        "org.apache.catalina.core.StandardWrapperValve.invoke",
        "StandardWrapperValve.java:167",
        "tomcat",
    ),
    (
        "org.apache.catalina.core.StandardContextValve.invoke",
        "StandardContextValve.java:90",
        "tomcat",
    ),
    (
        "org.apache.catalina.authenticator.AuthenticatorBase.invoke",
        "AuthenticatorBase.java:483",
        "tomcat",
    ),
    ("org.apache.catalina.core.StandardHostValve.invoke", "StandardHostValve.java:115", "tomcat"),
    ("org.apache.catalina.valves.ErrorReportValve.invoke", "ErrorReportValve.java:93", "tomcat"),
    (
        "org.apache.catalina.core.StandardEngineValve.invoke",
        "StandardEngineValve.java:74",
        "tomcat",
    ),
    ("org.apache.catalina.connector.CoyoteAdapter.service", "CoyoteAdapter.java:344", "tomcat"),
    ("org.apache.coyote.http11.Http11Processor.service", "Http11Processor.java:391", "tomcat"),
    (
        "org.apache.coyote.AbstractProcessorLight.process",
        "AbstractProcessorLight.java:63",
        "tomcat",
    ),
    (
        "org.apache.coyote.AbstractProtocol$ConnectionHandler.process",
        "AbstractProtocol.java:896",
        "tomcat",
    ),
    (
        "org.apache.tomcat.util.net.NioEndpoint$SocketProcessor.doRun",
        "NioEndpoint.java:1744",
        "tomcat",
    ),
    ("org.apache.tomcat.util.net.SocketProcessorBase.run", "SocketProcessorBase.java:52", "tomcat"),
    (
        "org.apache.tomcat.util.threads.ThreadPoolExecutor.runWorker",
        "ThreadPoolExecutor.java:1191",
        "tomcat",
    ),
    (
        "org.apache.tomcat.util.threads.ThreadPoolExecutor$Worker.run",
        "ThreadPoolExecutor.java:659",
        "tomcat",
    ),
    (
        "org.apache.tomcat.util.threads.TaskThread$WrappingRunnable.run",
        "TaskThread.java:63",
        "tomcat",
    ),
    ("java.base/java.lang.Thread.run", "Thread.java:1583", JDK),
]

SB_MVC = [
    (
        "org.springframework.web.method.support.InvocableHandlerMethod.doInvoke",
        "InvocableHandlerMethod.java:255",
        "web",
    ),
    (
        "org.springframework.web.method.support.InvocableHandlerMethod.invokeForRequest",
        "InvocableHandlerMethod.java:188",
        "web",
    ),
    (
        "org.springframework.web.servlet.mvc.method.annotation.ServletInvocableHandlerMethod.invokeAndHandle",
        "ServletInvocableHandlerMethod.java:118",
        "webmvc",
    ),
    (
        "org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter.invokeHandlerMethod",
        "RequestMappingHandlerAdapter.java:926",
        "webmvc",
    ),
    (
        "org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter.handleInternal",
        "RequestMappingHandlerAdapter.java:831",
        "webmvc",
    ),
    (
        "org.springframework.web.servlet.mvc.method.AbstractHandlerMethodAdapter.handle",
        "AbstractHandlerMethodAdapter.java:87",
        "webmvc",
    ),
    (
        "org.springframework.web.servlet.DispatcherServlet.doDispatch",
        "DispatcherServlet.java:1089",
        "webmvc",
    ),
    (
        "org.springframework.web.servlet.DispatcherServlet.doService",
        "DispatcherServlet.java:979",
        "webmvc",
    ),
    (
        "org.springframework.web.servlet.FrameworkServlet.processRequest",
        "FrameworkServlet.java:1014",
        "webmvc",
    ),
]


def sb_mvc_tail(method: str) -> list[tuple[str, str, str | None]]:
    do = {"GET": ("doGet", 903), "POST": ("doPost", 914)}[method]
    return [
        *SB_MVC,
        (
            f"org.springframework.web.servlet.FrameworkServlet.{do[0]}",
            f"FrameworkServlet.java:{do[1]}",
            "webmvc",
        ),
        (
            "jakarta.servlet.http.HttpServlet.service",
            "HttpServlet.java:564" if method == "GET" else "HttpServlet.java:590",
            "tomcat",
        ),
        *SB_TOMCAT_TAIL,
    ]


def sb_controller(method: str) -> list[tuple[str, str, str | None]]:
    name, line = {"GET": ("getOrder", 41), "POST": ("create", 58)}[method]
    return [
        (f"com.example.orders.web.OrderController.{name}", f"OrderController.java:{line}", "app"),
        (
            "java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke",
            "DirectMethodHandleAccessor.java:103",
            JDK,
        ),
        ("java.base/java.lang.reflect.Method.invoke", "Method.java:580", JDK),
    ]


def sb_tx_begin() -> list[tuple[str, str, str | None]]:
    return [
        (
            "org.springframework.orm.jpa.JpaTransactionManager.doBegin",
            "JpaTransactionManager.java:466",
            "orm",
        ),
        (
            "org.springframework.transaction.support.AbstractPlatformTransactionManager.startTransaction",
            "AbstractPlatformTransactionManager.java:531",
            "tx",
        ),
        (
            "org.springframework.transaction.support.AbstractPlatformTransactionManager.getTransaction",
            "AbstractPlatformTransactionManager.java:405",
            "tx",
        ),
        (
            "org.springframework.transaction.interceptor.TransactionAspectSupport.createTransactionIfNecessary",
            "TransactionAspectSupport.java:610",
            "tx",
        ),
        (
            "org.springframework.transaction.interceptor.TransactionAspectSupport.invokeWithinTransaction",
            "TransactionAspectSupport.java:373",
            "tx",
        ),
        (
            "org.springframework.transaction.interceptor.TransactionInterceptor.invoke",
            "TransactionInterceptor.java:119",
            "tx",
        ),
        (
            "org.springframework.aop.framework.ReflectiveMethodInvocation.proceed",
            "ReflectiveMethodInvocation.java:184",
            "aop",
        ),
        (
            "org.springframework.aop.framework.CglibAopProxy$CglibMethodInvocation.proceed",
            "CglibAopProxy.java:765",
            "aop",
        ),
        (
            "org.springframework.aop.framework.CglibAopProxy$DynamicAdvisedInterceptor.intercept",
            "CglibAopProxy.java:717",
            "aop",
        ),
    ]


def spring(r: random.Random) -> list[Log]:
    """Two instances of a Spring Boot 3.3 order service (`java -jar orders.jar` under systemd,
    its console appended to `orders-1.log` / `orders-2.log`; `spring.application.name=orders`,
    the default Logback console pattern with colours off, Tomcat 10.1, Hibernate 6.5 on
    PostgreSQL through HikariCP 5.1), 06:00 to 12:00. Customers place, read and cancel orders
    (the inventory and payments services called on each), the outbox publisher and the
    reservation-expiry job run on schedule, scanners and broken clients earn `Resolved [...]`
    warnings. A rolling deploy at 07:30. The database fails over at 08:41:10: in-flight queries
    lose their connections (`marked as broken`, `An I/O error occurred while sending to the
    backend.`), then new connections are refused for two and a half minutes (30-second pool
    timeouts, `Servlet.service() ... with root cause` and the root cause's stack), idle
    connections found closed on the way back. From 10:12 to 10:31 the payments service times
    out (retries, orders failed). At 11:05 an export runs orders-2 out of heap (the error, the
    housekeeper's clock-leap warning, `Terminating due to java.lang.OutOfMemoryError`), and
    systemd restarts it."""
    pids = {"o1": [48213], "o2": [51877]}

    def head(t: datetime, lvl: str, ctx: str) -> str:
        if ctx == "":
            return ""
        pid, thread, logger = ctx.split("|")
        return f"{t:%Y-%m-%dT%H:%M:%S}.{ms(t)}Z {lvl:>5} {pid} --- [orders] [{thread[-15:]:>15}] {sb_logger(logger)} : "

    o = Out(1000, ["o1", "o2"], head)
    t0, t_end = at(6, 0, 4), at(12, 0, 0)
    deploy = {"o1": at(7, 30, 12), "o2": at(7, 32, 47)}
    fo_broken, fo_refused, fo_back = at(8, 41, 10), at(8, 41, 16), at(8, 43, 48)
    pay_slow, pay_ok = at(10, 12, 5), at(10, 31, 20)
    oom = at(11, 5, 2)
    down: dict[str, list[tuple[datetime, datetime]]] = {"o1": [], "o2": []}
    conn_ids: dict[str, list[str]] = {"o1": [], "o2": []}
    pool = "HikariPool-1"

    def pid(f: str, t: datetime) -> int:
        return pids[f][sum(1 for a, _ in down[f] if a <= t)]

    def L(
        f: str,
        t: datetime,
        lvl: str,
        thread: str,
        logger: str,
        fmt: str,
        *args: object,
        msg: str | None = None,
        exc: list[str] | None = None,
    ) -> datetime:
        cont = ["", *exc, ""] if exc else []
        return o.e(
            f,
            t,
            fmt,
            *args,
            lvl=lvl,
            ctx=f"{pid(f, t)}|{thread}|{logger}",
            msg=msg,
            cont=cont,
            proc=(f, "jvm"),
        )

    def up(f: str, t: datetime) -> bool:
        return not any(a <= t < z for a, z in down[f])

    def exec_thread() -> str:
        return f"http-nio-8080-exec-{r.randrange(1, 11)}"

    def conn() -> str:
        return f"org.postgresql.jdbc.PgConnection@{r.randrange(0x10000000, 0x7FFFFFFF):x}"

    def boot(f: str, t: datetime, first: bool) -> datetime:
        p = pid(f, t)
        t = o.clock.at((f, "jvm"), t)
        o.files[f].add(t, SB_BANNER[:1], None)  # type: ignore[arg-type]  (no label: a blank line)
        o.files[f].add(
            t,
            SB_BANNER[1:],
            "  .   ____          _            __ _ _ (Spring Boot banner) :: Spring Boot ::                (v%s)",
        )
        t0_ = t
        m, app = "main", "com.example.orders.OrdersApplication"
        t = L(
            f,
            t + secs(r, 0.3, 0.6),
            "INFO",
            m,
            app,
            "Starting %s v%s using Java %s with PID %d (%s started by %s in %s)",
            "OrdersApplication",
            "1.4.2",
            "21.0.3",
            p,
            "/opt/orders/orders.jar",
            "orders",
            "/opt/orders",
        )
        t = L(f, t, "INFO", m, app, "The following %d profile is active: %s", 1, '"prod"')
        rc = "org.springframework.data.repository.config.RepositoryConfigurationDelegate"
        t = L(
            f,
            t + secs(r, 1, 2),
            "INFO",
            m,
            rc,
            "Bootstrapping Spring Data JPA repositories in DEFAULT mode.",
        )
        t = L(
            f,
            t + secs(r, 0.1, 0.2),
            "INFO",
            m,
            rc,
            "Finished Spring Data repository scanning in %d ms. Found %d JPA repository interfaces.",
            r.randrange(90, 160),
            5,
        )
        tw = "org.springframework.boot.web.embedded.tomcat.TomcatWebServer"
        t = L(
            f,
            t + secs(r, 0.6, 1.0),
            "INFO",
            m,
            tw,
            "Tomcat initialized with port %d (%s)",
            8080,
            "http",
        )
        t = L(
            f,
            t,
            "INFO",
            m,
            "org.apache.catalina.core.StandardService",
            "Starting service [%s]",
            "Tomcat",
        )
        t = L(
            f,
            t,
            "INFO",
            m,
            "org.apache.catalina.core.StandardEngine",
            "Starting Servlet engine: [%s]",
            "Apache Tomcat/10.1.24",
        )
        ctxlog = "org.apache.catalina.core.ContainerBase.[Tomcat].[localhost].[/]"
        t = L(
            f,
            t + secs(r, 0.05, 0.1),
            "INFO",
            m,
            ctxlog,
            "Initializing Spring embedded WebApplicationContext",
        )
        t = L(
            f,
            t,
            "INFO",
            m,
            "org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext",
            "Root WebApplicationContext: initialization completed in %d ms",
            int((t - t0_).total_seconds() * 1000) - r.randrange(300, 500),
        )
        t = L(
            f,
            t + secs(r, 0.2, 0.4),
            "INFO",
            m,
            "org.hibernate.jpa.internal.util.LogHelper",
            "HHH000204: Processing PersistenceUnitInfo [name: %s]",
            "default",
        )
        t = L(
            f,
            t,
            "INFO",
            m,
            "org.hibernate.Version",
            "HHH000412: Hibernate ORM core version %s",
            "6.5.2.Final",
        )
        t = L(
            f,
            t,
            "INFO",
            m,
            "org.hibernate.cache.internal.RegionFactoryInitiator",
            "HHH000026: Second-level cache disabled",
        )
        t = L(
            f,
            t + secs(r, 0.2, 0.4),
            "INFO",
            m,
            "org.springframework.orm.jpa.persistenceunit.SpringPersistenceUnitInfo",
            "No LoadTimeWeaver setup: ignoring JPA class transformer",
        )
        hds = "com.zaxxer.hikari.HikariDataSource"
        t = L(f, t, "INFO", m, hds, "%s - Starting...", pool)
        c = conn()
        conn_ids[f] = [c] + [conn() for _ in range(9)]
        t = L(
            f,
            t + secs(r, 0.2, 0.4),
            "INFO",
            m,
            "com.zaxxer.hikari.pool.HikariPool",
            "%s - Added connection %s",
            pool,
            c,
        )
        t = L(f, t, "INFO", m, hds, "%s - Start completed.", pool)
        t = L(
            f,
            t + secs(r, 0.02, 0.05),
            "WARN",
            m,
            "org.hibernate.orm.deprecation",
            "HHH90000025: PostgreSQLDialect does not need to be specified explicitly using 'hibernate.dialect' (remove the property setting and it will be selected by default)",
        )
        t = L(
            f,
            t + secs(r, 0.4, 0.8),
            "INFO",
            m,
            "org.hibernate.engine.transaction.jta.platform.internal.JtaPlatformInitiator",
            "HHH000489: No JTA platform available (set 'hibernate.transaction.jta.platform' to enable JTA platform integration)",
        )
        t = L(
            f,
            t + secs(r, 0.05, 0.1),
            "INFO",
            m,
            "org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean",
            "Initialized JPA EntityManagerFactory for persistence unit '%s'",
            "default",
        )
        t = L(
            f,
            t + secs(r, 0.1, 0.3),
            "INFO",
            m,
            "org.springframework.data.jpa.repository.query.QueryEnhancerFactory",
            "Hibernate is in classpath; If applicable, HQL parser will be used.",
        )
        t = L(
            f,
            t + secs(r, 0.4, 0.9),
            "WARN",
            m,
            "org.springframework.boot.autoconfigure.orm.jpa.JpaBaseConfiguration$JpaWebConfiguration",
            "spring.jpa.open-in-view is enabled by default. Therefore, database queries may be performed during view rendering. Explicitly configure spring.jpa.open-in-view to disable this warning",
        )
        t = L(
            f,
            t + secs(r, 0.3, 0.6),
            "INFO",
            m,
            "org.springframework.boot.actuate.endpoint.web.EndpointLinksResolver",
            "Exposing %d endpoint(s) beneath base path '%s'",
            3,
            "/actuator",
        )
        t = L(
            f,
            t + secs(r, 0.1, 0.3),
            "INFO",
            m,
            tw,
            "Tomcat started on port %d (%s) with context path '%s'",
            8080,
            "http",
            "/",
        )
        took = (t - t0_).total_seconds() + 0.35
        t = L(
            f,
            t + secs(r, 0.01, 0.03),
            "INFO",
            m,
            app,
            "Started %s in %s seconds (process running for %s)",
            "OrdersApplication",
            f"{took:.3f}",
            f"{took + r.uniform(0.4, 0.7):.3f}",
        )
        # the first request initialises the DispatcherServlet
        th = exec_thread()
        t1 = t + secs(r, 2, 9)
        t1 = L(
            f,
            t1,
            "INFO",
            th,
            ctxlog,
            "Initializing Spring DispatcherServlet '%s'",
            "dispatcherServlet",
        )
        ds = "org.springframework.web.servlet.DispatcherServlet"
        t1 = L(f, t1, "INFO", th, ds, "Initializing Servlet '%s'", "dispatcherServlet")
        L(
            f,
            t1 + secs(r, 0.001, 0.003),
            "INFO",
            th,
            ds,
            "Completed initialization in %d ms",
            r.randrange(1, 3),
        )
        return t

    def shutdown(f: str, t: datetime) -> datetime:
        gs = "org.springframework.boot.web.embedded.tomcat.GracefulShutdown"
        t = L(
            f,
            t,
            "INFO",
            "SpringApplicationShutdownHook",
            gs,
            "Commencing graceful shutdown. Waiting for active requests to complete",
        )
        t = L(
            f, t + secs(r, 0.05, 0.4), "INFO", "tomcat-shutdown", gs, "Graceful shutdown complete"
        )
        t = L(
            f,
            t + secs(r, 0.02, 0.05),
            "INFO",
            "SpringApplicationShutdownHook",
            "org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean",
            "Closing JPA EntityManagerFactory for persistence unit '%s'",
            "default",
        )
        hds = "com.zaxxer.hikari.HikariDataSource"
        t = L(
            f, t, "INFO", "SpringApplicationShutdownHook", hds, "%s - Shutdown initiated...", pool
        )
        return L(
            f,
            t + secs(r, 0.01, 0.05),
            "INFO",
            "SpringApplicationShutdownHook",
            hds,
            "%s - Shutdown completed.",
            pool,
        )

    # start-up, the deploy
    for f, t in [("o1", t0), ("o2", t0 + secs(r, 15, 25))]:
        boot(f, t, True)
    for f, t in deploy.items():
        t = shutdown(f, t)
        down[f].append((t, t + timedelta(seconds=9)))
        pids[f].append(pids[f][-1] + r.randrange(200, 900))
        boot(f, t + secs(r, 8, 9), False)

    def pick_pod(t: datetime) -> str | None:
        live = [f for f in ("o1", "o2") if up(f, t)]
        return r.choice(live) if live else None

    # --- the database failover: per pod, its requests while the database is away
    def db_state(t: datetime) -> str | None:
        if fo_broken <= t < fo_refused:
            return "broken"
        if fo_refused <= t < fo_back:
            return "refused"
        return None

    root_reset = [
        "java.net.SocketException: Connection reset",
        *jtrace(
            [
                ("java.base/sun.nio.ch.NioSocketImpl.implRead", "NioSocketImpl.java:318", JDK),
                ("java.base/sun.nio.ch.NioSocketImpl.read", "NioSocketImpl.java:346", JDK),
                ("java.base/sun.nio.ch.NioSocketImpl$1.read", "NioSocketImpl.java:796", JDK),
                ("java.base/java.net.Socket$SocketInputStream.read", "Socket.java:1099", JDK),
                (
                    "org.postgresql.core.VisibleBufferedInputStream.readMore",
                    "VisibleBufferedInputStream.java:192",
                    "pg",
                ),
                (
                    "org.postgresql.core.VisibleBufferedInputStream.ensureBytes",
                    "VisibleBufferedInputStream.java:159",
                    "pg",
                ),
                (
                    "org.postgresql.core.VisibleBufferedInputStream.ensureBytes",
                    "VisibleBufferedInputStream.java:144",
                    "pg",
                ),
                (
                    "org.postgresql.core.VisibleBufferedInputStream.read",
                    "VisibleBufferedInputStream.java:76",
                    "pg",
                ),
                ("org.postgresql.core.PGStream.receiveChar", "PGStream.java:476", "pg"),
                (
                    "org.postgresql.core.v3.QueryExecutorImpl.processResults",
                    "QueryExecutorImpl.java:2155",
                    "pg",
                ),
                (
                    "org.postgresql.core.v3.QueryExecutorImpl.execute",
                    "QueryExecutorImpl.java:372",
                    "pg",
                ),
            ],
            SB_JARS,
        ),
    ]

    def query_frames(method: str) -> list[tuple[str, str, str | None]]:
        return [
            (
                "org.postgresql.core.v3.QueryExecutorImpl.execute",
                "QueryExecutorImpl.java:399",
                "pg",
            ),
            ("org.postgresql.jdbc.PgStatement.executeInternal", "PgStatement.java:517", "pg"),
            ("org.postgresql.jdbc.PgStatement.execute", "PgStatement.java:434", "pg"),
            (
                "org.postgresql.jdbc.PgPreparedStatement.executeWithFlags",
                "PgPreparedStatement.java:194",
                "pg",
            ),
            (
                "org.postgresql.jdbc.PgPreparedStatement.executeQuery",
                "PgPreparedStatement.java:137",
                "pg",
            ),
            (
                "com.zaxxer.hikari.pool.ProxyPreparedStatement.executeQuery",
                "ProxyPreparedStatement.java:52",
                "hikari",
            ),
            (
                "com.zaxxer.hikari.pool.HikariProxyPreparedStatement.executeQuery",
                "HikariProxyPreparedStatement.java",
                "hikari",
            ),
            (
                "org.hibernate.sql.results.jdbc.internal.DeferredResultSetAccess.executeQuery",
                "DeferredResultSetAccess.java:246",
                "hib",
            ),
            (
                "org.hibernate.sql.results.jdbc.internal.DeferredResultSetAccess.getResultSet",
                "DeferredResultSetAccess.java:167",
                "hib",
            ),
            (
                "org.hibernate.sql.results.jdbc.internal.JdbcValuesResultSetImpl.<init>",
                "JdbcValuesResultSetImpl.java:74",
                "hib",
            ),
            (
                "org.hibernate.sql.exec.internal.JdbcSelectExecutorStandardImpl.resolveJdbcValuesSource",
                "JdbcSelectExecutorStandardImpl.java:355",
                "hib",
            ),
            (
                "org.hibernate.sql.exec.internal.JdbcSelectExecutorStandardImpl.doExecuteQuery",
                "JdbcSelectExecutorStandardImpl.java:137",
                "hib",
            ),
            (
                "org.hibernate.sql.exec.internal.JdbcSelectExecutorStandardImpl.executeQuery",
                "JdbcSelectExecutorStandardImpl.java:102",
                "hib",
            ),
            (
                "org.hibernate.loader.ast.internal.SingleIdLoadPlan.load",
                "SingleIdLoadPlan.java:138",
                "hib",
            ),
            ("org.hibernate.internal.SessionImpl.find", "SessionImpl.java:2414", "hib"),
            (
                "org.springframework.data.jpa.repository.support.SimpleJpaRepository.findById",
                "SimpleJpaRepository.java:320",
                "data",
            ),
            (
                "com.example.orders.service.OrderService.getOrder"
                if method == "GET"
                else "com.example.orders.service.OrderService.place",
                "OrderService.java:88" if method == "GET" else "OrderService.java:54",
                "app",
            ),
        ]

    def fail_request(f: str, t: datetime, state: str, method: str) -> None:
        th = exec_thread()
        seh = "org.hibernate.engine.jdbc.spi.SqlExceptionHelper"
        disp = "org.apache.catalina.core.ContainerBase.[Tomcat].[localhost].[/].[dispatcherServlet]"
        if state == "broken":
            c = conn_ids[f].pop() if conn_ids[f] else conn()
            frames = [*query_frames(method), *sb_controller(method), *sb_mvc_tail(method)]
            trace = [
                "org.postgresql.util.PSQLException: An I/O error occurred while sending to the backend.",
                *jtrace(frames, SB_JARS),
                "Caused by: " + root_reset[0],
                *root_reset[1:],
                f"\t... {len(frames) - 1} common frames omitted",
            ]
            t = L(
                f,
                t,
                "WARN",
                th,
                "com.zaxxer.hikari.pool.ProxyConnection",
                "%s - Connection %s marked as broken because of SQLSTATE(%s), ErrorCode(%d)",
                pool,
                c,
                "08006",
                0,
                exc=trace,
            )
            t = L(
                f,
                t + secs(r, 0.001, 0.003),
                "WARN",
                th,
                seh,
                "SQL Error: %d, SQLState: %s",
                0,
                "08006",
            )
            t = L(f, t, "ERROR", th, seh, "An I/O error occurred while sending to the backend.")
            sql = (
                "select o1_0.id,o1_0.created_at,o1_0.customer_id,o1_0.currency,o1_0.status,o1_0.total from orders o1_0 where o1_0.id=?"
                if method == "GET"
                else "select c1_0.id,c1_0.email,c1_0.name,c1_0.tier from customers c1_0 where c1_0.id=?"
            )
            L(
                f,
                t + secs(r, 0.002, 0.01),
                "ERROR",
                th,
                disp,
                "Servlet.service() for servlet [%s] in context with path [%s] threw exception [Request processing failed: org.springframework.dao.DataAccessResourceFailureException: JDBC exception executing SQL [%s] [An I/O error occurred while sending to the backend.]; SQL [%s]] with root cause",
                msg=f"Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: org.springframework.dao.DataAccessResourceFailureException: JDBC exception executing SQL [{sql}] [An I/O error occurred while sending to the backend.]; SQL [{sql}]] with root cause",
                exc=root_reset + jtrace(frames[1:], SB_JARS),
            )
            return
        # refused: the request waits for the pool's 30 seconds
        t += timedelta(seconds=30, milliseconds=r.randrange(0, 9))
        waiting = r.randrange(1, 7)
        L(f, t, "WARN", th, seh, "SQL Error: %d, SQLState: %s", 0, "08001")
        t = L(
            f,
            t + secs(r, 0.0005, 0.002),
            "ERROR",
            th,
            seh,
            "%s - Connection is not available, request timed out after %dms (total=%d, active=%d, idle=%d, waiting=%d)",
            pool,
            30000 + r.randrange(0, 9),
            0,
            0,
            0,
            waiting,
        )
        root = [
            "java.net.ConnectException: Connection refused",
            *jtrace(
                [
                    ("java.base/sun.nio.ch.Net.pollConnect", "Native Method", JDK),
                    ("java.base/sun.nio.ch.Net.pollConnectNow", "Net.java:682", JDK),
                    (
                        "java.base/sun.nio.ch.NioSocketImpl.timedFinishConnect",
                        "NioSocketImpl.java:542",
                        JDK,
                    ),
                    ("java.base/sun.nio.ch.NioSocketImpl.connect", "NioSocketImpl.java:592", JDK),
                    ("java.base/java.net.SocksSocketImpl.connect", "SocksSocketImpl.java:327", JDK),
                    ("java.base/java.net.Socket.connect", "Socket.java:751", JDK),
                    ("org.postgresql.core.PGStream.createSocket", "PGStream.java:243", "pg"),
                    ("org.postgresql.core.PGStream.<init>", "PGStream.java:98", "pg"),
                    (
                        "org.postgresql.core.v3.ConnectionFactoryImpl.tryConnect",
                        "ConnectionFactoryImpl.java:136",
                        "pg",
                    ),
                    (
                        "org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl",
                        "ConnectionFactoryImpl.java:262",
                        "pg",
                    ),
                    (
                        "org.postgresql.core.ConnectionFactory.openConnection",
                        "ConnectionFactory.java:54",
                        "pg",
                    ),
                    ("org.postgresql.jdbc.PgConnection.<init>", "PgConnection.java:273", "pg"),
                    ("org.postgresql.Driver.makeConnection", "Driver.java:446", "pg"),
                    ("org.postgresql.Driver.connect", "Driver.java:298", "pg"),
                    (
                        "com.zaxxer.hikari.util.DriverDataSource.getConnection",
                        "DriverDataSource.java:137",
                        "hikari",
                    ),
                    (
                        "com.zaxxer.hikari.pool.PoolBase.newConnection",
                        "PoolBase.java:360",
                        "hikari",
                    ),
                    ("com.zaxxer.hikari.pool.PoolBase.newPoolEntry", "PoolBase.java:202", "hikari"),
                    (
                        "com.zaxxer.hikari.pool.HikariPool.createPoolEntry",
                        "HikariPool.java:461",
                        "hikari",
                    ),
                    (
                        "com.zaxxer.hikari.pool.HikariPool$PoolEntryCreator.call",
                        "HikariPool.java:724",
                        "hikari",
                    ),
                    (
                        "com.zaxxer.hikari.pool.HikariPool$PoolEntryCreator.call",
                        "HikariPool.java:703",
                        "hikari",
                    ),
                    ("java.base/java.util.concurrent.FutureTask.run", "FutureTask.java:317", JDK),
                    (
                        "java.base/java.util.concurrent.ThreadPoolExecutor.runWorker",
                        "ThreadPoolExecutor.java:1144",
                        JDK,
                    ),
                    (
                        "java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run",
                        "ThreadPoolExecutor.java:642",
                        JDK,
                    ),
                    ("java.base/java.lang.Thread.run", "Thread.java:1583", JDK),
                ],
                SB_JARS,
            ),
        ]
        L(
            f,
            t + secs(r, 0.002, 0.01),
            "ERROR",
            th,
            disp,
            "Servlet.service() for servlet [%s] in context with path [%s] threw exception [Request processing failed: org.springframework.transaction.CannotCreateTransactionException: Could not open JPA EntityManager for transaction] with root cause",
            msg="Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: org.springframework.transaction.CannotCreateTransactionException: Could not open JPA EntityManager for transaction] with root cause",
            exc=root,
        )

    for f in ["o1", "o2"]:
        n_broken = r.randrange(3, 6)
        for _ in range(n_broken):
            fail_request(f, fo_broken + secs(r, 0, 5), "broken", r.choice(["GET", "GET", "POST"]))
        for x in poisson(
            r, fo_refused - timedelta(seconds=29), fo_back - timedelta(seconds=30), 3.2
        ):
            fail_request(f, x, "refused", r.choice(["GET", "GET", "POST"]))
        for _ in range(r.randrange(2, 5)):
            L(
                f,
                fo_back + secs(r, 1, 40),
                "WARN",
                exec_thread(),
                "com.zaxxer.hikari.pool.PoolBase",
                "%s - Failed to validate connection %s (%s). Possibly consider using a shorter maxLifetime value.",
                pool,
                conn(),
                "This connection has been closed.",
                msg=None,
            )
        conn_ids[f] = [conn() for _ in range(10)]

    # --- the OOM of orders-2 during an export
    f = "o2"
    t = oom
    th = exec_thread()
    oom_trace = [
        "java.lang.OutOfMemoryError: Java heap space",
        *jtrace(
            [
                ("java.base/java.util.Arrays.copyOf", "Arrays.java:3541", JDK),
                (
                    "java.base/java.lang.AbstractStringBuilder.ensureCapacityInternal",
                    "AbstractStringBuilder.java:242",
                    JDK,
                ),
                (
                    "java.base/java.lang.AbstractStringBuilder.append",
                    "AbstractStringBuilder.java:587",
                    JDK,
                ),
                ("java.base/java.lang.StringBuilder.append", "StringBuilder.java:179", JDK),
                ("com.example.orders.export.CsvExporter.writeRow", "CsvExporter.java:47", "app"),
                ("com.example.orders.export.CsvExporter.export", "CsvExporter.java:31", "app"),
                (
                    "com.example.orders.web.ExportController.exportOrders",
                    "ExportController.java:29",
                    "app",
                ),
                (
                    "java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke",
                    "DirectMethodHandleAccessor.java:103",
                    JDK,
                ),
                ("java.base/java.lang.reflect.Method.invoke", "Method.java:580", JDK),
                *sb_mvc_tail("GET"),
            ],
            SB_JARS,
        ),
    ]
    L(
        f,
        t + secs(r, 20, 30),
        "WARN",
        "HikariPool-1 housekeeper",
        "com.zaxxer.hikari.pool.HikariPool",
        "%s - Thread starvation or clock leap detected (housekeeper delta=%s).",
        pool,
        f"{r.randrange(48, 59)}s{r.randrange(100, 999)}ms",
    )
    for _ in range(2):
        t = L(
            f,
            t + secs(r, 12, 20),
            "ERROR",
            th,
            "org.apache.catalina.core.ContainerBase.[Tomcat].[localhost].[/].[dispatcherServlet]",
            "Servlet.service() for servlet [%s] in context with path [%s] threw exception [Handler dispatch failed: java.lang.OutOfMemoryError: Java heap space] with root cause",
            msg="Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Handler dispatch failed: java.lang.OutOfMemoryError: Java heap space] with root cause",
            exc=oom_trace,
        )
        th = exec_thread()
    L(
        f,
        t + secs(r, 5, 9),
        "WARN",
        "HikariPool-1 housekeeper",
        "com.zaxxer.hikari.pool.HikariPool",
        "%s - Thread starvation or clock leap detected (housekeeper delta=%s).",
        pool,
        f"1m{r.randrange(2, 19)}s{r.randrange(100, 999)}ms",
    )
    t = o.clock.at((f, "jvm"), t + secs(r, 10, 14))
    o.files[f].add(
        t,
        ["Terminating due to java.lang.OutOfMemoryError: Java heap space"],
        "Terminating due to java.lang.OutOfMemoryError: Java heap space",
    )
    down[f].append((t, t + timedelta(seconds=14)))
    pids[f].append(pids[f][-1] + r.randrange(1000, 3000))
    boot(f, t + secs(r, 5.5, 6.5), False)

    # --- traffic
    customers = [str(r.randrange(10000, 99999)) for _ in range(400)]
    next_order = [310455]
    outbox: dict[str, int] = {"o1": 0, "o2": 0}

    def order(t: datetime) -> None:
        f = pick_pod(t)
        if (
            f is None
            or db_state(t) is not None
            or (f == "o2" and oom <= t < oom + timedelta(seconds=80))
        ):
            return
        th = exec_thread()
        oid = f"ORD-{next_order[0]}"
        next_order[0] += r.randrange(1, 3)
        cust = r.choice(customers)
        n = r.randrange(1, 6)
        t = L(
            f,
            t,
            "INFO",
            th,
            "com.example.orders.inventory.InventoryClient",
            "Reserved %d items for order %s",
            n,
            oid,
        )
        pc = "com.example.orders.payment.PaymentClient"
        if pay_slow <= t < pay_ok:
            ok_at = r.choice([2, 3, None, None, None])
            for attempt in range(1, 4):
                t += timedelta(seconds=5, milliseconds=r.randrange(1, 30))
                if attempt == ok_at:
                    break
                L(
                    f,
                    t,
                    "WARN",
                    th,
                    pc,
                    'Payment for order %s failed (attempt %d/%d): I/O error on POST request for "%s": Read timed out',
                    oid,
                    attempt,
                    3,
                    "http://payments.internal:8080/api/v1/charges",
                )
                t += timedelta(milliseconds=200 * attempt)
            if ok_at is None:
                L(
                    f,
                    t + secs(r, 0.001, 0.01),
                    "ERROR",
                    th,
                    "com.example.orders.service.OrderService",
                    "Order %s failed: payment service unavailable, stock released",
                    oid,
                )
                return
        elif r.random() < 0.06:
            L(
                f,
                t + secs(r, 0.2, 0.9),
                "WARN",
                th,
                pc,
                "Payment declined for order %s: %s",
                oid,
                r.choice(["card_declined", "insufficient_funds", "expired_card", "card_declined"]),
            )
            L(
                f,
                t + secs(r, 0.9, 1.0),
                "INFO",
                th,
                "com.example.orders.service.OrderService",
                "Order %s rejected: payment declined",
                oid,
            )
            return
        t = L(
            f,
            t + secs(r, 0.2, 0.9),
            "INFO",
            th,
            pc,
            "Payment %s authorized for order %s",
            f"pi_{hexid(r, 24)}",
            oid,
        )
        cur = r.choice(["EUR", "EUR", "EUR", "GBP", "CHF"])
        L(
            f,
            t + secs(r, 0.005, 0.05),
            "INFO",
            th,
            "com.example.orders.service.OrderService",
            "Order %s created for customer %s (%d items, total %s %s)",
            oid,
            cust,
            n,
            f"{r.uniform(9, 480):.2f}",
            cur,
        )
        outbox[f] += 1

    for x in poisson(r, t0 + timedelta(seconds=40), t_end, 38):
        order(x)

    for x in poisson(r, t0 + timedelta(minutes=3), t_end, 300):
        f = pick_pod(x)
        if f and db_state(x) is None:
            L(
                f,
                x,
                "INFO",
                exec_thread(),
                "com.example.orders.service.OrderService",
                "Order %s cancelled by customer %s",
                f"ORD-{r.randrange(300000, next_order[0])}",
                r.choice(customers),
            )
            outbox[f] += 1

    # schedules: the outbox every 10 s (logs when it sent), reservations every 5 min
    for f in ["o1", "o2"]:
        t = t0 + secs(r, 20, 30)
        pending = 0
        while t < t_end:
            if up(f, t) and db_state(t) is None:
                pending += r.random() < 0.12
                if pending:
                    L(
                        f,
                        t,
                        "INFO",
                        "scheduling-1",
                        "com.example.orders.outbox.OutboxPublisher",
                        "Published %d outbox events to %s",
                        pending,
                        "orders.events",
                    )
                    pending = 0
            t += secs(r, 9.99, 10.01) * 5
        t = t0 + secs(r, 60, 200)
        while t < t_end:
            if up(f, t) and db_state(t) is None:
                L(
                    f,
                    t,
                    "INFO",
                    "scheduling-1",
                    "com.example.orders.service.ReservationExpiryJob",
                    "Released %d expired reservations",
                    r.choice([0, 0, 0, 1, 1, 2, 3]),
                )
            t += secs(r, 299.9, 300.1)

    # requests Spring's DefaultHandlerExceptionResolver answers
    dher = "org.springframework.web.servlet.mvc.support.DefaultHandlerExceptionResolver"
    scans = [
        "favicon.ico",
        "wp-login.php",
        ".env",
        "actuator/env",
        "api/v1/.git/config",
        "phpmyadmin/index.php",
        "owa/auth/logon.aspx",
        "vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php",
        "cgi-bin/luci/;stok=/locale",
        ".aws/credentials",
    ]
    for x in poisson(r, t0 + timedelta(minutes=1), t_end, 95):
        f = pick_pod(x)
        if not f:
            continue
        kind = weighted(
            r,
            [(60, "static"), (10, "method"), (8, "notempty"), (5, "min"), (7, "json"), (6, "type")],
        )
        th = exec_thread()
        if kind == "static":
            scan_t = x
            for s in r.sample(scans, r.randrange(1, 4)):
                scan_t = L(
                    f,
                    scan_t + secs(r, 0.05, 2),
                    "WARN",
                    th,
                    dher,
                    "Resolved [org.springframework.web.servlet.resource.NoResourceFoundException: No static resource %s.]",
                    s,
                )
        elif kind == "method":
            L(
                f,
                x,
                "WARN",
                th,
                dher,
                "Resolved [org.springframework.web.HttpRequestMethodNotSupportedException: Request method '%s' is not supported]",
                r.choice(["GET", "PUT", "DELETE", "PATCH"]),
            )
        elif kind in ("notempty", "min"):
            field, rej, dm, code = (
                ("items", "[]", "must not be empty", "NotEmpty")
                if kind == "notempty"
                else (
                    f"items[{r.randrange(0, 3)}].quantity",
                    str(r.choice([0, -1])),
                    "must be greater than or equal to 1",
                    "Min",
                )
            )
            args = (
                f"org.springframework.context.support.DefaultMessageSourceResolvable: codes [createOrderRequest.{field},{field}]; arguments []; default message [{field}]"
                + (",1" if code == "Min" else "")
            )
            codes = f"{code}.createOrderRequest.{field},{code}.{field},{code}.{'java.util.List' if code == 'NotEmpty' else 'int'},{code}"
            msg = f"Resolved [org.springframework.web.bind.MethodArgumentNotValidException: Validation failed for argument [0] in public org.springframework.http.ResponseEntity<com.example.orders.web.OrderResponse> com.example.orders.web.OrderController.create(com.example.orders.web.CreateOrderRequest): [Field error in object 'createOrderRequest' on field '{field}': rejected value [{rej}]; codes [{codes}]; arguments [{args}]; default message [{dm}]] ]"
            fmt = (
                "Resolved [org.springframework.web.bind.MethodArgumentNotValidException: Validation failed for argument [%d] in %s: [Field error in object '%s' on field '%s': rejected value [%s]; codes [%s]; arguments [%s]; default message ["
                + (
                    "must not be empty"
                    if code == "NotEmpty"
                    else "must be greater than or equal to %d"
                )
                + "]] ]"
            )
            L(f, x, "WARN", th, dher, fmt, msg=msg)
        elif kind == "json":
            ch = r.choice(["}", "'", "<"])
            L(
                f,
                x,
                "WARN",
                th,
                dher,
                "Resolved [org.springframework.http.converter.HttpMessageNotReadableException: JSON parse error: Unexpected character (%s (code %d)): was expecting double-quote to start field name]",
                f"'{ch}'",
                ord(ch),
            )
        else:
            L(
                f,
                x,
                "WARN",
                th,
                dher,
                "Resolved [org.springframework.web.method.annotation.MethodArgumentTypeMismatchException: Method parameter '%s': Failed to convert value of type '%s' to required type '%s'; For input string: \"%s\"]",
                "id",
                "java.lang.String",
                "java.lang.Long",
                r.choice(["undefined", "null", "ORD-310877", "%7Bid%7D", "latest"]),
            )
    return o.logs(t0, {"o1": "orders-1.log", "o2": "orders-2.log"})


# --------------------------------------------------------------------------------- quarkus

QK_BANNER = [
    "__  ____  __  _____   ___  __ ____  ______ ",
    " --/ __ \\/ / / / _ | / _ \\/ //_/ / / / __/ ",
    " -/ /_/ / /_/ / __ |/ , _/ ,< / /_/ /\\ \\   ",
    "--\\___\\_\\____/_/ |_/_/|_/_/|_|\\____/___/   ",
]
QK_FEATURES = "[agroal, cdi, hibernate-orm, hibernate-orm-panache, jdbc-postgresql, kafka-client, micrometer, narayana-jta, rest, rest-jackson, scheduler, smallrye-context-propagation, smallrye-health, smallrye-reactive-messaging, smallrye-reactive-messaging-kafka, vertx]"
QK_JAVA_OPTS = "-Dquarkus.http.host=0.0.0.0 -Djava.util.logging.manager=org.jboss.logmanager.LogManager -XX:MaxRAMPercentage=80.0 -XX:+UseParallelGC -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20 -XX:GCTimeRatio=4 -XX:AdaptiveSizePolicyWeight=90 -XX:+ExitOnOutOfMemoryError"
QK_BROKERS = "kafka-0.kafka:9092,kafka-1.kafka:9092,kafka-2.kafka:9092"


def qk_cat(name: str) -> str:
    """JBoss LogManager's `%c{3.}`: every segment but the last cut to three characters."""
    parts = name.split(".")
    return ".".join([p[:3] for p in parts[:-1]] + [parts[-1]])


def quarkus(r: random.Random) -> list[Log]:
    """Two replicas of a Quarkus 3.11 inventory service in JVM mode (the UBI OpenJDK 21
    image's `run-java.sh`, the banner, then the default console format `%d{yyyy-MM-dd
    HH:mm:ss,SSS} %-5p [%c{3.}] (%t) %s%e%n`; `inventory-1.log`, `inventory-2.log` as the
    pods' logs), 06:00 to 12:00: RESTEasy Reactive, Hibernate ORM with Panache on PostgreSQL
    through Agroal, SmallRye Reactive Messaging on Kafka (order events in, stock events out),
    a scheduled reorder check. Order events reserve stock, the warehouse's scanners adjust it,
    low stock is warned about, purchase orders are raised. At 07:50 the Kafka broker kafka-1
    restarts (disconnects, the lost coordinator, produce retries with NOT_LEADER_OR_FOLLOWER,
    the consumer group rebalancing). From 09:31:20 to 09:34:05 PostgreSQL restarts: in-flight
    statements are terminated, then acquisitions time out after 5 s (Hibernate's `SQL Error`
    pair, QuarkusErrorHandler's `HTTP Request to ... failed, error id: ...: ` with the
    exception and its causes, Agroal's refused connections, the readiness check reporting
    DOWN, reservations retried). At 10:45 and 10:52 a pathological SKU pattern blocks an event
    loop of inventory-1 (Vert.x's blocked-thread warnings, with the stack after 5 s). At 11:30
    a rolling deploy (the Kafka clients closing, `stopped in`, a new start)."""
    pods = ["i1", "i2"]

    def head(t: datetime, lvl: str, ctx: str) -> str:
        if ctx == "":
            return ""
        cat, _, thread = ctx.partition("|")
        return f"{t:%Y-%m-%d %H:%M:%S},{ms(t)} {lvl:<5} [{qk_cat(cat)}] ({thread}) "

    o = Out(1000, pods, head)
    t0, t_end = at(6, 0, 2), at(12, 0, 0)
    kafka_down, kafka_up = at(7, 50, 14), at(7, 51, 2)
    db_kill, db_up = at(9, 31, 20), at(9, 34, 5)
    blocked = [at(10, 45, 31), at(10, 52, 8)]
    deploy = {"i1": at(11, 30, 6), "i2": at(11, 31, 40)}
    down: dict[str, list[tuple[datetime, datetime]]] = {f: [] for f in pods}
    gen = [41]
    members: dict[str, str] = {}
    cons = "[Consumer clientId=kafka-consumer-orders-in, groupId=inventory] "
    prod = "[Producer clientId=kafka-producer-stock-events] "
    cthread = "smallrye-kafka-consumer-thread-0"
    pthread = "kafka-producer-network-thread | kafka-producer-stock-events"
    coord = "org.apache.kafka.clients.consumer.internals.ConsumerCoordinator"
    partitions = {
        "i1": ["orders-0", "orders-1", "orders-2"],
        "i2": ["orders-3", "orders-4", "orders-5"],
    }

    def L(
        f: str,
        t: datetime,
        lvl: str,
        cat: str,
        thread: str,
        fmt: str,
        *args: object,
        msg: str | None = None,
        pre: str = "",
        exc: list[str] | None = None,
    ) -> datetime:
        text = pre + (msg if msg is not None else fmt % args)
        if exc:
            text += ": " + exc[0]
        return o.e(
            f,
            t,
            fmt,
            lvl=lvl,
            ctx=f"{cat}|{thread}",
            msg=text,
            cont=exc[1:] if exc else [],
            proc=(f, "jvm"),
        )

    def up(f: str, t: datetime) -> bool:
        return not any(a <= t < z for a, z in down[f])

    def raw(f: str, t: datetime, lines: list[str], fmt: str) -> datetime:
        t = o.clock.at((f, "jvm"), t)
        o.files[f].add(t, lines, fmt)
        return t

    def assign(f: str, t: datetime, leader: bool, coordinator: str, first: bool = True) -> datetime:
        g = gen[0]
        mid = members[f]
        t = L(
            f,
            t,
            "INFO",
            coord,
            cthread,
            "Discovered group coordinator %s (id: %d rack: null)",
            coordinator,
            2147483647 - int(coordinator[6]),
            pre=cons,
        )
        t = L(f, t + secs(r, 0.002, 0.01), "INFO", coord, cthread, "(Re-)joining group", pre=cons)
        if first:
            t = L(
                f,
                t + secs(r, 0.01, 0.05),
                "INFO",
                coord,
                cthread,
                "Request joining group due to: need to re-join with the given member-id: %s",
                mid,
                pre=cons,
            )
            t = L(
                f, t + secs(r, 0.002, 0.01), "INFO", coord, cthread, "(Re-)joining group", pre=cons
            )
        t = L(
            f,
            t + secs(r, 2.9, 3.2),
            "INFO",
            coord,
            cthread,
            "Successfully joined group with generation %s",
            f"Generation{{generationId={g}, memberId='{mid}', protocol='range'}}",
            pre=cons,
        )
        if leader:
            plan = ", ".join(
                f"{members[p]}=Assignment(partitions=[{', '.join(partitions[p])}])"
                for p in pods
                if p in members
            )
            t = L(
                f,
                t + secs(r, 0.002, 0.01),
                "INFO",
                coord,
                cthread,
                "Finished assignment for group at generation %d: %s",
                g,
                f"{{{plan}}}",
                pre=cons,
            )
        t = L(
            f,
            t + secs(r, 0.01, 0.05),
            "INFO",
            coord,
            cthread,
            "Successfully synced group in generation %s",
            f"Generation{{generationId={g}, memberId='{mid}', protocol='range'}}",
            pre=cons,
        )
        parts = ", ".join(partitions[f])
        t = L(
            f,
            t + secs(r, 0.001, 0.004),
            "INFO",
            coord,
            cthread,
            "Notifying assignor about the new %s",
            f"Assignment(partitions=[{parts}])",
            pre=cons,
        )
        t = L(
            f,
            t + secs(r, 0.001, 0.004),
            "INFO",
            coord,
            cthread,
            "Adding newly assigned partitions: %s",
            parts,
            pre=cons,
        )
        for p in partitions[f]:
            leader_node = r.choice([0, 2])
            t = L(
                f,
                t + secs(r, 0.002, 0.01),
                "INFO",
                coord,
                cthread,
                "Setting offset for partition %s to the committed offset %s",
                p,
                f"FetchPosition{{offset={r.randrange(80000, 99000)}, offsetEpoch=Optional[{r.randrange(10, 14)}], currentLeader=LeaderAndEpoch{{leader=Optional[kafka-{leader_node}.kafka:9092 (id: {leader_node} rack: null)], epoch={r.randrange(14, 18)}}}}}",
                pre=cons,
            )
        return t

    def boot(f: str, t: datetime) -> datetime:
        t = raw(
            f,
            t,
            ["Starting the Java application using /opt/jboss/container/java/run/run-java.sh ..."],
            "Starting the Java application using %s ...",
        )
        t = raw(
            f,
            t + secs(r, 0.01, 0.05),
            [f'INFO exec -a "java" java {QK_JAVA_OPTS} -cp "." -jar /deployments/quarkus-run.jar '],
            'exec -a "java" java %s -cp "." -jar %s ',
        )
        t = raw(f, t + secs(r, 0.001, 0.01), ["INFO running in /deployments"], "running in %s")
        t = raw(f, t + secs(r, 1.2, 1.8), QK_BANNER, "(Quarkus banner)")
        t0_ = t
        ai = "org.apache.kafka.common.utils.AppInfoParser"
        for _ in ("producer", "consumer"):
            t = L(f, t + secs(r, 0.05, 0.2), "INFO", ai, "main", "Kafka version: %s", "3.7.0")
            t = L(f, t, "INFO", ai, "main", "Kafka commitId: %s", "2ae524ed625438c5")
            t = L(f, t, "INFO", ai, "main", "Kafka startTimeMs: %d", int(t.timestamp() * 1000))
        sr = "io.smallrye.reactive.messaging.kafka"
        t = L(
            f,
            t + secs(r, 0.02, 0.08),
            "INFO",
            sr,
            "main",
            "SRMSG18229: Configured topics for channel '%s': %s",
            "orders-in",
            "[orders]",
        )
        t = L(
            f,
            t,
            "INFO",
            sr,
            "main",
            "SRMSG18214: Key deserializer omitted, using String as default",
        )
        t = L(
            f,
            t + secs(r, 0.01, 0.05),
            "INFO",
            sr,
            "smallrye-kafka-producer-thread-0",
            "SRMSG18258: Kafka producer %s, connected to Kafka brokers '%s', is configured to write records to '%s'",
            "kafka-producer-stock-events",
            QK_BROKERS,
            "stock-events",
        )
        t = L(
            f,
            t + secs(r, 0.01, 0.05),
            "INFO",
            sr,
            cthread,
            "SRMSG18257: Kafka consumer %s, connected to Kafka brokers '%s', belongs to the '%s' consumer group and is configured to poll records from %s",
            "kafka-consumer-orders-in",
            QK_BROKERS,
            "inventory",
            "[orders]",
        )
        took = (t - t0_).total_seconds() + r.uniform(1.6, 2.2)
        t = L(
            f,
            t + secs(r, 0.05, 0.2),
            "INFO",
            "io.quarkus",
            "main",
            "%s %s on JVM (powered by Quarkus %s) started in %ss. Listening on: %s",
            "inventory",
            "2.3.1",
            "3.11.0",
            f"{took:.3f}",
            "http://0.0.0.0:8080",
        )
        t = L(f, t, "INFO", "io.quarkus", "main", "Profile %s activated. ", "prod")
        t = L(f, t, "INFO", "io.quarkus", "main", "Installed features: %s", QK_FEATURES)
        ct = L(
            f,
            t + secs(r, 0.1, 0.3),
            "INFO",
            "org.apache.kafka.clients.Metadata",
            cthread,
            "Cluster ID: %s",
            "tq3R8Xh5QK-2cXvV7M3vYw",
            pre=cons,
        )
        L(
            f,
            t + secs(r, 0.1, 0.3),
            "INFO",
            "org.apache.kafka.clients.Metadata",
            pthread,
            "Cluster ID: %s",
            "tq3R8Xh5QK-2cXvV7M3vYw",
            pre=prod,
        )
        members[f] = f"kafka-consumer-orders-in-{uuid4(r)}"
        gen[0] += 1
        return assign(f, ct + secs(r, 0.05, 0.2), f == "i1", "kafka-0.kafka:9092")

    def shutdown(f: str, t: datetime) -> datetime:
        parts = ", ".join(partitions[f])
        t = L(
            f,
            t,
            "INFO",
            coord,
            cthread,
            "Revoke previously assigned partitions %s",
            parts,
            pre=cons,
        )
        t = L(
            f,
            t + secs(r, 0.005, 0.02),
            "INFO",
            coord,
            cthread,
            "Member %s sending LeaveGroup request to coordinator %s due to the consumer is being closed",
            members[f],
            "kafka-0.kafka:9092 (id: 2147483647 rack: null)",
            pre=cons,
        )
        t = L(
            f,
            t + secs(r, 0.002, 0.01),
            "INFO",
            coord,
            cthread,
            "Resetting generation and member id due to: consumer pro-actively leaving the group",
            pre=cons,
        )
        t = L(
            f,
            t + secs(r, 0.001, 0.005),
            "INFO",
            coord,
            cthread,
            "Request joining group due to: consumer pro-actively leaving the group",
            pre=cons,
        )
        mt = "org.apache.kafka.common.metrics.Metrics"
        for who, th, pre_ in [("consumer", cthread, cons), ("producer", "main", prod)]:
            if who == "producer":
                t = L(
                    f,
                    t + secs(r, 0.01, 0.05),
                    "INFO",
                    "org.apache.kafka.clients.producer.KafkaProducer",
                    "Shutdown thread",
                    "Closing the Kafka producer with timeoutMillis = %d ms.",
                    9223372036854775807,
                    pre=pre_,
                )
                th = "Shutdown thread"
            t = L(f, t + secs(r, 0.01, 0.05), "INFO", mt, th, "Metrics scheduler closed")
            t = L(
                f,
                t,
                "INFO",
                mt,
                th,
                "Closing reporter %s",
                "org.apache.kafka.common.metrics.JmxReporter",
            )
            t = L(f, t, "INFO", mt, th, "Metrics reporters closed")
            t = L(
                f,
                t,
                "INFO",
                "org.apache.kafka.common.utils.AppInfoParser",
                th,
                "App info %s for %s unregistered",
                f"kafka.{who}",
                f"kafka-{who}-{'orders-in' if who == 'consumer' else 'stock-events'}",
            )
        return L(
            f,
            t + secs(r, 0.02, 0.1),
            "INFO",
            "io.quarkus",
            "Shutdown thread",
            "%s stopped in %ss",
            "inventory",
            f"{r.uniform(0.09, 0.3):.3f}",
        )

    boot("i1", t0)
    boot("i2", t0 + secs(r, 6, 12))
    for f, t in deploy.items():
        t = shutdown(f, t)
        down[f].append((t, t + timedelta(seconds=10)))
        boot(f, t + secs(r, 6, 8))

    # --- Kafka's kafka-1 restarts
    nc = "org.apache.kafka.clients.NetworkClient"
    addr1 = "kafka-1.kafka.svc.cluster.local/10.42.3.17:9092"
    for f in pods:
        t = kafka_down + secs(r, 0.01, 0.3)
        L(f, t, "INFO", nc, pthread, "Node %d disconnected.", 1, pre=prod)
        L(f, t + secs(r, 0.01, 0.2), "INFO", nc, cthread, "Node %d disconnected.", 1, pre=cons)
        x = t + secs(r, 0.05, 0.4)
        while x < kafka_up:
            L(
                f,
                x,
                "WARN",
                nc,
                pthread,
                "Connection to node %d (%s) could not be established. Broker may not be available.",
                1,
                addr1,
                pre=prod,
            )
            if r.random() < 0.6:
                L(
                    f,
                    x + secs(r, 0.05, 0.5),
                    "WARN",
                    "org.apache.kafka.clients.producer.internals.Sender",
                    pthread,
                    "Got error produce response with correlation id %d on topic-partition %s, retrying (%d attempts left). Error: %s",
                    r.randrange(20000, 90000),
                    f"stock-events-{r.choice([1, 4])}",
                    2147483646 - r.randrange(0, 3),
                    "NOT_LEADER_OR_FOLLOWER",
                )
                L(
                    f,
                    x + secs(r, 0.5, 0.6),
                    "WARN",
                    "org.apache.kafka.clients.producer.internals.Sender",
                    pthread,
                    "Received invalid metadata error in produce request on partition %s due to %s. Going to request metadata update now",
                    msg=f"Received invalid metadata error in produce request on partition stock-events-{r.choice([1, 4])} due to org.apache.kafka.common.errors.NotLeaderOrFollowerException: For requests intended only for the leader, this error indicates that the broker is not the current leader. For requests intended for any replica, this error indicates that the broker is not a replica of the topic partition.. Going to request metadata update now",
                    pre=prod,
                )
            x += timedelta(milliseconds=r.randrange(1000, 1100) * 8)
    # the group loses and re-finds its coordinator (kafka-1 held it), then rebalances
    t = kafka_down + secs(r, 0.3, 0.8)
    for f in pods:
        L(
            f,
            t + secs(r, 0, 0.2),
            "INFO",
            coord,
            cthread,
            "Group coordinator %s is unavailable or invalid due to cause: coordinator unavailable. isDisconnected: %s. Rediscovery will be attempted.",
            "kafka-1.kafka:9092 (id: 2147483646 rack: null)",
            "true",
            pre=cons,
        )
        L(
            f,
            t + secs(r, 0.2, 0.3),
            "INFO",
            coord,
            cthread,
            "Requesting disconnect from last known coordinator %s",
            "kafka-1.kafka:9092 (id: 2147483646 rack: null)",
            pre=cons,
        )
    gen[0] += 1
    for f in pods:
        x = t + secs(r, 1.5, 2.5)
        x = L(
            f,
            x,
            "INFO",
            coord,
            cthread,
            "Revoke previously assigned partitions %s",
            ", ".join(partitions[f]),
            pre=cons,
        )
        assign(f, x + secs(r, 0.01, 0.05), f == "i1", "kafka-0.kafka:9092", False)

    # --- PostgreSQL restarts
    seh = "org.hibernate.engine.jdbc.spi.SqlExceptionHelper"
    agroal = "io.agroal.pool"

    def req_frames() -> list[str]:
        return [
            "\tat org.hibernate.exception.internal.SQLStateConversionDelegate.convert(SQLStateConversionDelegate.java:100)",
            "\tat org.hibernate.exception.internal.StandardSQLExceptionConverter.convert(StandardSQLExceptionConverter.java:58)",
            "\tat org.hibernate.engine.jdbc.spi.SqlExceptionHelper.convert(SqlExceptionHelper.java:108)",
            "\tat org.hibernate.engine.jdbc.spi.SqlExceptionHelper.convert(SqlExceptionHelper.java:94)",
            "\tat org.hibernate.resource.jdbc.internal.LogicalConnectionManagedImpl.acquireConnectionIfNeeded(LogicalConnectionManagedImpl.java:116)",
            "\tat org.hibernate.resource.jdbc.internal.LogicalConnectionManagedImpl.getPhysicalConnection(LogicalConnectionManagedImpl.java:143)",
            "\tat org.hibernate.sql.exec.internal.JdbcSelectExecutorStandardImpl.executeQuery(JdbcSelectExecutorStandardImpl.java:102)",
            "\tat org.hibernate.loader.ast.internal.SingleIdLoadPlan.load(SingleIdLoadPlan.java:138)",
            "\tat org.hibernate.internal.SessionImpl.find(SessionImpl.java:2414)",
            "\tat io.quarkus.hibernate.orm.runtime.session.TransactionScopedSession.find(TransactionScopedSession.java:180)",
            "\tat io.quarkus.hibernate.orm.panache.common.runtime.AbstractJpaOperations.findById(AbstractJpaOperations.java:184)",
            "\tat com.example.inventory.StockItem.findById(StockItem.java)",
            "\tat com.example.inventory.StockResource.get(StockResource.java:38)",
            "\tat com.example.inventory.StockResource_Subclass.get$$superforward(Unknown Source)",
            "\tat io.quarkus.narayana.jta.runtime.interceptor.TransactionalInterceptorBase.invokeInOurTx(TransactionalInterceptorBase.java:136)",
            "\tat io.quarkus.narayana.jta.runtime.interceptor.TransactionalInterceptorRequired.intercept(TransactionalInterceptorRequired.java:32)",
            "\tat com.example.inventory.StockResource_Subclass.get(Unknown Source)",
            "\tat com.example.inventory.StockResource$quarkusrestinvoker$get_2b7b4a1d4c3e.invoke(Unknown Source)",
            "\tat org.jboss.resteasy.reactive.server.handlers.InvocationHandler.handle(InvocationHandler.java:29)",
            "\tat io.quarkus.resteasy.reactive.server.runtime.QuarkusResteasyReactiveRequestContext.invokeHandler(QuarkusResteasyReactiveRequestContext.java:141)",
            "\tat org.jboss.resteasy.reactive.common.core.AbstractResteasyReactiveContext.run(AbstractResteasyReactiveContext.java:147)",
            "\tat io.quarkus.vertx.core.runtime.VertxCoreRecorder$14.runWith(VertxCoreRecorder.java:635)",
            "\tat org.jboss.threads.EnhancedQueueExecutor$Task.doRunWith(EnhancedQueueExecutor.java:2516)",
            "\tat org.jboss.threads.EnhancedQueueExecutor$Task.run(EnhancedQueueExecutor.java:2495)",
            "\tat org.jboss.threads.EnhancedQueueExecutor$ThreadBody.run(EnhancedQueueExecutor.java:1521)",
            "\tat org.jboss.threads.DelegatingRunnable.run(DelegatingRunnable.java:11)",
            "\tat org.jboss.threads.ThreadLocalResettingRunnable.run(ThreadLocalResettingRunnable.java:11)",
            "\tat io.netty.util.concurrent.FastThreadLocalRunnable.run(FastThreadLocalRunnable.java:30)",
            "\tat java.base/java.lang.Thread.run(Thread.java:1583)",
        ]

    acq_exc = [
        "org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection [Acquisition timeout while waiting for new connection] [n/a]",
        *req_frames(),
        "Caused by: java.sql.SQLException: Acquisition timeout while waiting for new connection",
        "\tat io.agroal.pool.ConnectionPool.handlerFromSharedCache(ConnectionPool.java:347)",
        "\tat io.agroal.pool.ConnectionPool.getConnection(ConnectionPool.java:293)",
        "\tat io.agroal.pool.DataSource.getConnection(DataSource.java:86)",
        "\tat io.quarkus.hibernate.orm.runtime.customized.QuarkusConnectionProvider.getConnection(QuarkusConnectionProvider.java:23)",
        "\tat org.hibernate.internal.NonContextualJdbcConnectionAccess.obtainConnection(NonContextualJdbcConnectionAccess.java:46)",
        "\tat org.hibernate.resource.jdbc.internal.LogicalConnectionManagedImpl.acquireConnectionIfNeeded(LogicalConnectionManagedImpl.java:113)",
        "\t... 24 more",
        "Caused by: java.util.concurrent.TimeoutException",
        "\tat java.base/java.util.concurrent.FutureTask.get(FutureTask.java:204)",
        "\tat io.agroal.pool.ConnectionPool.handlerFromSharedCache(ConnectionPool.java:320)",
        "\t... 29 more",
    ]
    term_exc = [
        "org.hibernate.exception.JDBCConnectionException: JDBC exception executing SQL [select si1_0.sku,si1_0.available,si1_0.reorder_point,si1_0.reserved,si1_0.version,si1_0.warehouse from stock_item si1_0 where si1_0.sku=?] [FATAL: terminating connection due to administrator command] [n/a]",
        *req_frames()[:4],
        "\tat org.hibernate.sql.results.jdbc.internal.DeferredResultSetAccess.executeQuery(DeferredResultSetAccess.java:258)",
        *req_frames()[6:],
        "Caused by: org.postgresql.util.PSQLException: FATAL: terminating connection due to administrator command",
        "\tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2725)",
        "\tat org.postgresql.core.v3.QueryExecutorImpl.processResults(QueryExecutorImpl.java:2412)",
        "\tat org.postgresql.core.v3.QueryExecutorImpl.execute(QueryExecutorImpl.java:371)",
        "\tat org.postgresql.jdbc.PgStatement.executeInternal(PgStatement.java:502)",
        "\tat org.postgresql.jdbc.PgStatement.execute(PgStatement.java:419)",
        "\tat org.postgresql.jdbc.PgPreparedStatement.executeWithFlags(PgPreparedStatement.java:194)",
        "\tat org.postgresql.jdbc.PgPreparedStatement.executeQuery(PgPreparedStatement.java:137)",
        "\tat io.agroal.pool.wrapper.PreparedStatementWrapper.executeQuery(PreparedStatementWrapper.java:78)",
        "\tat org.hibernate.sql.results.jdbc.internal.DeferredResultSetAccess.executeQuery(DeferredResultSetAccess.java:246)",
        "\t... 24 more",
    ]
    skus = [f"SKU-{r.randrange(10000, 99999)}" for _ in range(300)]

    def error_id() -> str:
        return f"{uuid4(r)}-{r.randrange(1, 40)}"

    for f in pods:
        # in-flight statements terminated
        for _ in range(r.randrange(2, 4)):
            x = db_kill + secs(r, 0, 1.5)
            th = f"executor-thread-{r.randrange(1, 9)}"
            x = L(
                f,
                x,
                "WARN",
                agroal,
                th,
                "Datasource '%s': FATAL: terminating connection due to administrator command",
                "<default>",
            )
            x = L(
                f,
                x + secs(r, 0.001, 0.003),
                "WARN",
                seh,
                th,
                "SQL Error: %d, SQLState: %s",
                0,
                "57P01",
            )
            x = L(
                f, x, "ERROR", seh, th, "FATAL: terminating connection due to administrator command"
            )
            sku = r.choice(skus)
            L(
                f,
                x + secs(r, 0.002, 0.01),
                "ERROR",
                "io.quarkus.vertx.http.runtime.QuarkusErrorHandler",
                th,
                "HTTP Request to %s failed, error id: %s: org.hibernate.exception.JDBCConnectionException: JDBC exception executing SQL [%s] [FATAL: terminating connection due to administrator command] [n/a]",
                msg=f"HTTP Request to /api/stock/{sku} failed, error id: {error_id()}",
                exc=term_exc,
            )
        # the pool's background fill refused
        x = db_kill + secs(r, 1, 3)
        while x < db_up:
            L(
                f,
                x,
                "WARN",
                agroal,
                f"agroal-{r.randrange(11, 14)}",
                "Datasource '%s': Connection to %s refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.",
                msg="Datasource '<default>': Connection to inventory-db:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.",
            )
            x += secs(r, 4, 9)
        # requests waiting 5 s for a connection
        for x in poisson(r, db_kill + timedelta(seconds=2), db_up, 6):
            th = f"executor-thread-{r.randrange(1, 9)}"
            x += timedelta(seconds=5, milliseconds=r.randrange(0, 5))
            x = L(f, x, "WARN", seh, th, "SQL Error: %d, SQLState: %s", 0, "null")
            x = L(f, x, "ERROR", seh, th, "Acquisition timeout while waiting for new connection")
            L(
                f,
                x + secs(r, 0.002, 0.01),
                "ERROR",
                "io.quarkus.vertx.http.runtime.QuarkusErrorHandler",
                th,
                "HTTP Request to %s failed, error id: %s: org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection [Acquisition timeout while waiting for new connection] [n/a]",
                msg=f"HTTP Request to /api/stock/{r.choice(skus)} failed, error id: {error_id()}",
                exc=acq_exc,
            )
        # the readiness probe every 10 s
        x = db_kill + secs(r, 1, 10)
        while x < db_up + timedelta(seconds=2):
            L(
                f,
                x + timedelta(seconds=5),
                "WARN",
                "io.smallrye.health",
                f"vert.x-eventloop-thread-{r.randrange(0, 4)}",
                "SRHCK01001: Reporting health down status: %s",
                json.dumps(
                    {
                        "status": "DOWN",
                        "checks": [
                            {
                                "name": "SmallRye Reactive Messaging - readiness check",
                                "status": "UP",
                                "data": {"orders-in": "[OK]", "stock-events": "[OK]"},
                            },
                            {
                                "name": "Database connections health check",
                                "status": "DOWN",
                                "data": {
                                    "<default>": "Unable to execute the validation check for the default DataSource: Acquisition timeout while waiting for new connection"
                                },
                            },
                        ],
                    },
                    separators=(",", ":"),
                ),
            )
            x += secs(r, 9.99, 10.01)

    # --- the event loop blocked on inventory-1
    for b in blocked:
        f = "i1"
        n = r.randrange(7, 11)
        tid = (
            f"Thread[#{r.choice([47, 48, 49])},vert.x-eventloop-thread-{r.randrange(0, 4)},5,main]"
        )
        for k in range(n):
            ms_ = 2000 + k * 1000 + r.randrange(50, 200)
            x = b + timedelta(milliseconds=k * 1000 + r.randrange(0, 5))
            if ms_ < 5000:
                L(
                    f,
                    x,
                    "WARN",
                    "io.vertx.core.impl.BlockedThreadChecker",
                    "vertx-blocked-thread-checker",
                    "Thread %s has been blocked for %d ms, time limit is %d ms",
                    tid,
                    ms_,
                    2000,
                )
            else:
                L(
                    f,
                    x,
                    "WARN",
                    "io.vertx.core.impl.BlockedThreadChecker",
                    "vertx-blocked-thread-checker",
                    "Thread %s has been blocked for %d ms, time limit is %d ms: io.vertx.core.VertxException: Thread blocked",
                    msg=f"Thread {tid} has been blocked for {ms_} ms, time limit is 2000 ms",
                    exc=[
                        "io.vertx.core.VertxException: Thread blocked",
                        "\tat java.base/java.util.regex.Pattern$CharPropertyGreedy.match(Pattern.java:4423)",
                        "\tat java.base/java.util.regex.Pattern$GroupHead.match(Pattern.java:4807)",
                        "\tat java.base/java.util.regex.Pattern$Loop.match(Pattern.java:4948)",
                        "\tat java.base/java.util.regex.Pattern$GroupTail.match(Pattern.java:4866)",
                        "\tat java.base/java.util.regex.Pattern$BmpCharPropertyGreedy.match(Pattern.java:4401)",
                        "\tat java.base/java.util.regex.Pattern$GroupHead.match(Pattern.java:4807)",
                        "\tat java.base/java.util.regex.Pattern$Loop.match(Pattern.java:4948)",
                        "\tat java.base/java.util.regex.Pattern$Start.match(Pattern.java:3787)",
                        "\tat java.base/java.util.regex.Matcher.search(Matcher.java:1767)",
                        "\tat java.base/java.util.regex.Matcher.find(Matcher.java:782)",
                        "\tat com.example.inventory.SkuFilter.matches(SkuFilter.java:27)",
                        "\tat com.example.inventory.StockSearchResource.search(StockSearchResource.java:44)",
                        "\tat com.example.inventory.StockSearchResource$quarkusrestinvoker$search_6f1d2e8b0a9c.invoke(Unknown Source)",
                        "\tat org.jboss.resteasy.reactive.server.handlers.InvocationHandler.handle(InvocationHandler.java:29)",
                        "\tat io.quarkus.resteasy.reactive.server.runtime.QuarkusResteasyReactiveRequestContext.invokeHandler(QuarkusResteasyReactiveRequestContext.java:141)",
                        "\tat org.jboss.resteasy.reactive.common.core.AbstractResteasyReactiveContext.run(AbstractResteasyReactiveContext.java:147)",
                        "\tat org.jboss.resteasy.reactive.server.handlers.RestInitialHandler.beginProcessing(RestInitialHandler.java:48)",
                        "\tat org.jboss.resteasy.reactive.server.vertx.ResteasyReactiveVertxHandler.handle(ResteasyReactiveVertxHandler.java:23)",
                        "\tat io.vertx.ext.web.impl.RouteState.handleContext(RouteState.java:1285)",
                        "\tat io.vertx.ext.web.impl.RoutingContextImplBase.iterateNext(RoutingContextImplBase.java:177)",
                        "\tat io.vertx.ext.web.impl.RoutingContextImpl.next(RoutingContextImpl.java:141)",
                        "\tat io.vertx.ext.web.impl.RouterImpl.handle(RouterImpl.java:68)",
                        "\tat io.vertx.core.http.impl.Http1xServerRequestHandler.handle(Http1xServerRequestHandler.java:67)",
                        "\tat io.vertx.core.impl.ContextImpl.emit(ContextImpl.java:335)",
                        "\tat io.netty.channel.nio.NioEventLoop.run(NioEventLoop.java:566)",
                        "\tat io.netty.util.concurrent.SingleThreadEventExecutor$4.run(SingleThreadEventExecutor.java:997)",
                        "\tat io.netty.util.internal.ThreadExecutorMap$2.run(ThreadExecutorMap.java:74)",
                        "\tat io.netty.util.concurrent.FastThreadLocalRunnable.run(FastThreadLocalRunnable.java:30)",
                        "\tat java.base/java.lang.Thread.run(Thread.java:1583)",
                    ],
                )

    # --- traffic: order events, scanner adjustments, the reorder check
    stock = {s: r.randrange(5, 400) for s in skus}
    oc = "com.example.inventory.OrderEventsConsumer"
    ss = "com.example.inventory.StockService"

    def live(t: datetime) -> list[str]:
        return [f for f in pods if up(f, t)]

    for x in poisson(r, t0 + timedelta(seconds=30), t_end, 17):
        fs = live(x)
        if not fs:
            continue
        f = r.choice(fs)
        th = f"vert.x-worker-thread-{r.randrange(0, 8)}"
        oid = f"ORD-{r.randrange(300000, 340000)}"
        lines = r.randrange(1, 5)
        if db_kill <= x < db_up:
            L(
                f,
                x + timedelta(seconds=5),
                "WARN",
                oc,
                th,
                "Reservation for order %s failed, will retry in %ds: Acquisition timeout while waiting for new connection",
                oid,
                10,
            )
            continue
        x = L(f, x, "INFO", oc, th, "Reserved stock for order %s (%d lines)", oid, lines)
        for _ in range(lines):
            s_ = r.choice(skus)
            stock[s_] -= r.randrange(1, 4)
            if stock[s_] <= 0:
                L(
                    f,
                    x + secs(r, 0.001, 0.01),
                    "WARN",
                    ss,
                    th,
                    "Out of stock: %s (order %s backordered)",
                    s_,
                    oid,
                )
                stock[s_] = r.randrange(40, 300)
            elif stock[s_] < 12 and r.random() < 0.5:
                L(
                    f,
                    x + secs(r, 0.001, 0.01),
                    "WARN",
                    ss,
                    th,
                    "Stock for %s below reorder point: %d left",
                    s_,
                    stock[s_],
                )
    for x in poisson(r, t0 + timedelta(minutes=2), t_end, 26):
        fs = live(x)
        if not fs or db_kill <= x < db_up:
            continue
        f = r.choice(fs)
        s_ = r.choice(skus)
        d = r.choice([-3, -2, -1, -1, 1, 2, 5, 10, 12, 24, 48])
        stock[s_] = max(stock[s_] + d, 0)
        L(
            f,
            x,
            "INFO",
            "com.example.inventory.StockResource",
            f"executor-thread-{r.randrange(1, 9)}",
            "Stock of %s adjusted by %s (%+d), now %d",
            s_,
            r.choice(["scanner-01", "scanner-02", "scanner-07", "wms-sync"]),
            d,
            stock[s_],
        )
    for f in pods:
        x = t0 + secs(r, 300, 600)
        while x < t_end:
            if up(f, x) and not db_kill <= x < db_up:
                low = r.randrange(0, 4)
                x2 = L(
                    f,
                    x,
                    "INFO",
                    "com.example.inventory.ReorderJob",
                    "vert.x-worker-thread-7",
                    "Reorder check: %d SKUs below reorder point",
                    low,
                )
                for _ in range(low):
                    x2 = L(
                        f,
                        x2 + secs(r, 0.01, 0.2),
                        "INFO",
                        "com.example.inventory.ReorderJob",
                        "vert.x-worker-thread-7",
                        "Purchase order %s raised for %s: %d units from %s",
                        f"PO-{r.randrange(7000, 9999)}",
                        r.choice(skus),
                        r.choice([50, 100, 200, 250]),
                        r.choice(["acme-supply", "nordic-parts", "brightline"]),
                    )
            x += secs(r, 599.9, 600.1)
    return o.logs(t0, {"i1": "inventory-1.log", "i2": "inventory-2.log"})


# --------------------------------------------------------------------------------- nestjs

NN_UA = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
    "ShopApp/4.12.0 (Android 14; Pixel 8)",
    "ShopApp/4.12.0 (iOS 17.5; iPhone15,2)",
]


def nest_time(t: datetime) -> str:
    """`Intl.DateTimeFormat(undefined, {year, month: '2-digit', day: '2-digit', hour, minute,
    second})` in en-US under Node 20 (ICU 74): a narrow no-break space before AM/PM."""
    h = t.hour % 12 or 12
    return f"{t:%m/%d/%Y}, {h}:{t:%M:%S}\u202f{'AM' if t.hour < 12 else 'PM'}"


def js(head: str, *frames: str) -> list[str]:
    return [head, *(f"    at {f}" for f in frames)]


def nestjs(r: random.Random) -> list[Log]:
    """A NestJS 10 shop on Node 20 (`npm run start:prod` in a container, stdout and stderr to
    one file, the default ConsoleLogger with colours off): `api.log`, the HTTP API (TypeORM on
    PostgreSQL, a request-logging middleware under the `HTTP` context, Terminus health checks),
    and `worker.log`, a standalone Nest context running BullMQ processors (mail, invoices) and
    cron tasks on Redis, 06:00 to 12:00. The api starts before the database is up (TypeORM's
    `Unable to connect to the database. Retrying (%d)...` with the error's stack). Shoppers
    browse, log in, fill carts and order; every request is logged; failed logins warned about;
    a bug in the gift-card path throws `Cannot read properties of undefined (reading
    'amount')`; the shipping-rates API answers 503 for a while (AxiosError). From 09:20:10 to
    09:22:40 PostgreSQL restarts (in-flight queries terminated, connections refused, 500s with
    ExceptionsHandler's message and stack, Terminus' `Health Check has failed!`). From 10:40 to
    10:41:50 Redis restarts under the worker (ioredis' `[ioredis] Unhandled error event:` on
    stderr with its stack, each reconnection attempt, mail jobs failing and retried). At
    11:15 the api is redeployed (npm's header, Nest's start-up with its `+Nms` diffs)."""
    o = Out(1_000_000, ["api", "wk"], lambda t, lvl, ctx: "")
    t0, t_end = at(6, 0, 1), at(12, 0, 0)
    db_kill, db_up = at(9, 20, 10), at(9, 22, 40)
    redis_down, redis_up = at(10, 40, 5), at(10, 41, 50)
    ship_bad, ship_ok = at(7, 48, 0), at(8, 6, 30)
    deploy = at(11, 15, 20)
    pids = {"api": [19, 19], "wk": [19]}
    down: dict[str, list[tuple[datetime, datetime]]] = {"api": [], "wk": []}
    last: dict[str, datetime | None] = {"api": None, "wk": None}
    restarts: dict[str, list[datetime]] = {"api": [deploy], "wk": []}

    def pid(f: str, t: datetime) -> int:
        return pids[f][sum(1 for a in restarts[f] if a <= t)]

    def N(
        f: str,
        t: datetime,
        lvl: str,
        context: str,
        fmt: str,
        *args: object,
        msg: str | None = None,
        stamp: bool = False,
        stack: list[str] | None = None,
    ) -> datetime:
        """One ConsoleLogger line; `stamp`: a logger made with `{ timestamp: true }`, the
        milliseconds since the process's previous line after the message."""
        t = o.clock.at((f, "node"), t)
        text = msg if msg is not None else fmt % args
        diff = ""
        if stamp and last[f] is not None:
            diff = f" +{int((t - last[f]).total_seconds() * 1000)}ms"
        last[f] = t
        ctx = f"[{context}] " if context else ""
        line = f"[Nest] {pid(f, t)}  - {nest_time(t)} {lvl:>7} {ctx}{text}{diff}"
        o.files[f].add(t, [line, *(stack or [])], fmt)
        return t

    def raw(f: str, t: datetime, lines: list[str], fmt: str) -> datetime:
        t = o.clock.at((f, "node"), t)
        o.files[f].add(t, lines, fmt)
        return t

    def up(f: str, t: datetime) -> bool:
        return not any(a <= t < z for a, z in down[f])

    def npm(f: str, t: datetime, name: str) -> datetime:
        last[f] = None
        t = o.clock.at((f, "node"), t)
        o.files[f].add(t, [""], None)  # type: ignore[arg-type]  (no label: a blank line)
        o.files[f].add(
            t, [f"> {name}@2.7.0 start:prod", "> node dist/main", ""], "> %s@%s start:prod"
        )
        return t

    api_modules = [
        "TypeOrmModule",
        "ConfigHostModule",
        "ConfigModule",
        "HttpModule",
        "TerminusModule",
        "AppModule",
        "HealthModule",
        "TypeOrmCoreModule",
        "TypeOrmModule",
        "TypeOrmModule",
        "TypeOrmModule",
        "AuthModule",
        "CatalogModule",
        "CartModule",
        "ShippingModule",
        "OrdersModule",
    ]
    api_routes = [
        ("HealthController", "/api/health", [("/api/health", "GET")]),
        (
            "AuthController",
            "/api/auth",
            [
                ("/api/auth/login", "POST"),
                ("/api/auth/refresh", "POST"),
                ("/api/auth/logout", "POST"),
            ],
        ),
        (
            "CatalogController",
            "/api/products",
            [
                ("/api/products", "GET"),
                ("/api/products/:slug", "GET"),
                ("/api/products/:slug/reviews", "GET"),
            ],
        ),
        (
            "CartController",
            "/api/cart",
            [("/api/cart", "GET"), ("/api/cart/items", "POST"), ("/api/cart/items/:id", "DELETE")],
        ),
        ("ShippingController", "/api/shipping", [("/api/shipping/quote", "POST")]),
        (
            "OrdersController",
            "/api/orders",
            [("/api/orders", "POST"), ("/api/orders", "GET"), ("/api/orders/:id", "GET")],
        ),
    ]
    refused = js(
        "Error: connect ECONNREFUSED 10.20.0.15:5432",
        "TCPConnectWrap.afterConnect [as oncomplete] (node:net:1605:16)",
    )

    def boot_api(t: datetime, db_wait: int) -> datetime:
        t = npm("api", t, "shop-api")
        t = N(
            "api",
            t + secs(r, 0.6, 0.9),
            "LOG",
            "NestFactory",
            "Starting Nest application...",
            stamp=True,
        )
        t = N(
            "api",
            t + secs(r, 0.02, 0.06),
            "LOG",
            "InstanceLoader",
            "%s dependencies initialized",
            api_modules[0],
            stamp=True,
        )
        for k in range(1, db_wait + 1):
            t = N(
                "api",
                t + secs(r, 0.01, 0.05),
                "ERROR",
                "TypeOrmModule",
                "Unable to connect to the database. Retrying (%d)...",
                k,
                stack=refused,
            )
            t += timedelta(seconds=3)
        for m in api_modules[1:]:
            t = N(
                "api",
                t + secs(r, 0.001, 0.02),
                "LOG",
                "InstanceLoader",
                "%s dependencies initialized",
                m,
                stamp=True,
            )
        for ctrl, base, routes in api_routes:
            t = N(
                "api",
                t + secs(r, 0.001, 0.01),
                "LOG",
                "RoutesResolver",
                "%s {%s}:",
                ctrl,
                base,
                stamp=True,
            )
            for path, method in routes:
                t = N(
                    "api",
                    t + secs(r, 0.001, 0.005),
                    "LOG",
                    "RouterExplorer",
                    "Mapped {%s, %s} route",
                    path,
                    method,
                    stamp=True,
                )
        t = N(
            "api",
            t + secs(r, 0.005, 0.02),
            "LOG",
            "NestApplication",
            "Nest application successfully started",
            stamp=True,
        )
        return N(
            "api",
            t + secs(r, 0.001, 0.005),
            "LOG",
            "Bootstrap",
            "Application is running on: %s",
            "http://[::1]:3000",
        )

    wk_modules = [
        "BullModule",
        "ConfigHostModule",
        "DiscoveryModule",
        "ConfigModule",
        "ScheduleModule",
        "TypeOrmModule",
        "BullModule",
        "AppModule",
        "TypeOrmCoreModule",
        "TypeOrmModule",
        "BullModule",
        "BullModule",
        "MailModule",
        "InvoicesModule",
        "TasksModule",
    ]

    def boot_wk(t: datetime) -> datetime:
        t = npm("wk", t, "shop-worker")
        t = N(
            "wk",
            t + secs(r, 0.6, 0.9),
            "LOG",
            "NestFactory",
            "Starting Nest application...",
            stamp=True,
        )
        for m in wk_modules:
            t = N(
                "wk",
                t + secs(r, 0.001, 0.03),
                "LOG",
                "InstanceLoader",
                "%s dependencies initialized",
                m,
                stamp=True,
            )
        return N(
            "wk",
            t + secs(r, 0.05, 0.2),
            "LOG",
            "Bootstrap",
            "Worker started, processing queues: %s",
            "mail, invoices",
        )

    t = boot_api(t0, 3)
    down["api"].append((t0 - timedelta(seconds=1), t))
    boot_wk(t0 + secs(r, 20, 30))
    # the redeploy
    down["api"].append((deploy, deploy + timedelta(seconds=12)))
    boot_api(deploy + secs(r, 9, 10), 0)

    # --- traffic
    cats = ["shoes", "jackets", "bags", "accessories", "kids", "sale"]
    slugs = [
        f"{a}-{b}"
        for a in ["trail", "city", "alpine", "coastal", "urban", "classic"]
        for b in ["runner", "parka", "tote", "beanie", "boot", "shell"]
    ]
    users = [str(r.randrange(1000, 60000)) for _ in range(300)]
    emails = [
        f"{n}@{d}"
        for n in ["anna.k", "j.smith", "m.rossi", "lee", "p.novak", "sara", "tom.b", "yuki"]
        for d in ["gmail.com", "outlook.com", "example.org"]
    ]
    ips = [f"::ffff:10.244.{r.randrange(0, 4)}.{r.randrange(2, 250)}" for _ in range(40)]

    def db_state(t: datetime) -> str | None:
        if db_kill <= t < db_kill + timedelta(seconds=5):
            return "term"
        if db_kill + timedelta(seconds=5) <= t < db_up:
            return "refused"
        return None

    def http(
        t: datetime, method: str, route: str, path: str, status: int, size: int, ua: str
    ) -> datetime:
        return N(
            "api",
            t,
            "LOG",
            "HTTP",
            f"{method} {route} {status}",
            msg=f"{method} {path} {status} {size} - {ua} {r.choice(ips)}",
        )

    def db_error(t: datetime, method: str, route: str, path: str, ua: str, where: str) -> None:
        st = db_state(t)
        if st == "term":
            stack = js(
                "QueryFailedError: terminating connection due to administrator command",
                "PostgresQueryRunner.query (/app/node_modules/typeorm/driver/src/driver/postgres/PostgresQueryRunner.ts:219:19)",
                "process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
                "async SelectQueryBuilder.loadRawResults (/app/node_modules/typeorm/query-builder/src/query-builder/SelectQueryBuilder.ts:3805:25)",
                "async SelectQueryBuilder.executeEntitiesAndRawResults (/app/node_modules/typeorm/query-builder/src/query-builder/SelectQueryBuilder.ts:3551:26)",
                "async SelectQueryBuilder.getRawAndEntities (/app/node_modules/typeorm/query-builder/src/query-builder/SelectQueryBuilder.ts:1670:29)",
                "async SelectQueryBuilder.getMany (/app/node_modules/typeorm/query-builder/src/query-builder/SelectQueryBuilder.ts:1760:25)",
                f"async {where}",
            )
            t = N(
                "api",
                t,
                "ERROR",
                "ExceptionsHandler",
                "terminating connection due to administrator command",
                stack=stack,
            )
        else:
            stack = js(
                "Error: connect ECONNREFUSED 10.20.0.15:5432",
                "TCPConnectWrap.afterConnect [as oncomplete] (node:net:1605:16)",
            )
            t = N(
                "api",
                t + secs(r, 0.01, 0.05),
                "ERROR",
                "ExceptionsHandler",
                "connect ECONNREFUSED %s",
                "10.20.0.15:5432",
                stack=stack,
            )
        http(t + secs(r, 0.001, 0.01), method, route, path, 500, 52, ua)

    def visit(t: datetime) -> None:
        if not up("api", t):
            return
        ua = r.choice(NN_UA)
        user = r.choice(users)
        for _ in range(r.randrange(1, 5)):
            cat = r.choice(cats)
            path = f"/api/products?category={cat}&page={r.randrange(1, 4)}"
            if db_state(t):
                db_error(
                    t,
                    "GET",
                    "/api/products?category=%s&page=%s",
                    path,
                    ua,
                    "CatalogService.list (/app/dist/catalog/catalog.service.js:38:23)",
                )
                return
            http(
                t,
                "GET",
                "/api/products?category=%s&page=%s",
                path,
                200,
                r.randrange(8000, 40000),
                ua,
            )
            t += secs(r, 3, 40)
            if r.random() < 0.7:
                slug = r.choice(slugs)
                if r.random() < 0.04:
                    http(
                        t,
                        "GET",
                        "/api/products/%s",
                        f"/api/products/{slug}-{r.randrange(2, 9)}",
                        404,
                        86,
                        ua,
                    )
                else:
                    http(
                        t,
                        "GET",
                        "/api/products/%s",
                        f"/api/products/{slug}",
                        200,
                        r.randrange(3000, 9000),
                        ua,
                    )
                t += secs(r, 5, 60)
        if r.random() < 0.55:
            return
        # log in
        if r.random() < 0.12:
            em = r.choice(emails)
            N("api", t, "WARN", "AuthService", "Failed login for %s from %s", em, r.choice(ips))
            http(t + secs(r, 0.01, 0.1), "POST", "/api/auth/login", "/api/auth/login", 401, 76, ua)
            t += secs(r, 5, 20)
        http(t, "POST", "/api/auth/login", "/api/auth/login", 201, 612, ua)
        t += secs(r, 5, 30)
        for _ in range(r.randrange(1, 4)):
            if db_state(t):
                db_error(
                    t,
                    "POST",
                    "/api/cart/items",
                    "/api/cart/items",
                    ua,
                    "CartService.addItem (/app/dist/cart/cart.service.js:44:22)",
                )
                return
            http(t, "POST", "/api/cart/items", "/api/cart/items", 201, r.randrange(400, 2400), ua)
            t += secs(r, 10, 90)
        http(t, "GET", "/api/cart", "/api/cart", 200, r.randrange(900, 4000), ua)
        t += secs(r, 5, 30)
        if r.random() < 0.3:
            return
        if ship_bad <= t < ship_ok and r.random() < 0.8:
            stack = js(
                "AxiosError: Request failed with status code 503",
                "settle (/app/node_modules/axios/dist/node/axios.cjs:1983:12)",
                "IncomingMessage.handleStreamEnd (/app/node_modules/axios/dist/node/axios.cjs:3085:11)",
                "IncomingMessage.emit (node:events:531:35)",
                "endReadableNT (node:internal/streams/readable:1696:12)",
                "process.processTicksAndRejections (node:internal/process/task_queues:82:21)",
                "Axios.request (/app/node_modules/axios/dist/node/axios.cjs:4224:41)",
                "async ShippingService.quote (/app/dist/shipping/shipping.service.js:31:26)",
                "async ShippingController.quote (/app/dist/shipping/shipping.controller.js:24:16)",
            )
            t = N(
                "api",
                t,
                "ERROR",
                "ExceptionsHandler",
                "Request failed with status code %d",
                503,
                stack=stack,
            )
            http(
                t + secs(r, 0.001, 0.01),
                "POST",
                "/api/shipping/quote",
                "/api/shipping/quote",
                500,
                52,
                ua,
            )
            return
        http(
            t, "POST", "/api/shipping/quote", "/api/shipping/quote", 201, r.randrange(300, 700), ua
        )
        t += secs(r, 10, 60)
        if db_state(t):
            db_error(
                t,
                "POST",
                "/api/orders",
                "/api/orders",
                ua,
                "OrdersService.place (/app/dist/orders/orders.service.js:61:27)",
            )
            return
        if r.random() < 0.05:
            stack = js(
                "TypeError: Cannot read properties of undefined (reading 'amount')",
                "OrdersService.applyGiftCard (/app/dist/orders/orders.service.js:142:47)",
                "OrdersService.place (/app/dist/orders/orders.service.js:74:18)",
                "process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
                "async /app/node_modules/@nestjs/core/router/router-execution-context.js:46:28",
                "async /app/node_modules/@nestjs/core/router/router-proxy.js:9:17",
            )
            t = N(
                "api",
                t,
                "ERROR",
                "ExceptionsHandler",
                "Cannot read properties of undefined (reading '%s')",
                "amount",
                stack=stack,
            )
            http(t + secs(r, 0.001, 0.01), "POST", "/api/orders", "/api/orders", 500, 52, ua)
            return
        oid = f"SO-{r.randrange(100000, 999999)}"
        n = r.randrange(1, 6)
        t = N(
            "api",
            t,
            "LOG",
            "OrdersService",
            "Order %s placed by user %s: %d items, total %s",
            oid,
            user,
            n,
            f"{r.uniform(19, 640):.2f}",
        )
        t = N(
            "api",
            t + secs(r, 0.2, 0.9),
            "LOG",
            "PaymentsService",
            "Payment intent %s created for order %s",
            f"pi_{alnum_(r, 24)}",
            oid,
        )
        http(
            t + secs(r, 0.01, 0.05),
            "POST",
            "/api/orders",
            "/api/orders",
            201,
            r.randrange(900, 2000),
            ua,
        )
        if r.random() < 0.4:
            http(
                t + secs(r, 5, 40),
                "GET",
                "/api/orders/%s",
                f"/api/orders/{oid}",
                200,
                r.randrange(900, 2000),
                ua,
            )

    for x in poisson(r, t0 + timedelta(minutes=1), t_end, 88):
        visit(x)
    for _ in range(4):
        visit(db_kill + secs(r, -40, 4))
    # the health probe (not logged by the middleware): Terminus logs a failed check
    x = db_kill + secs(r, 1, 10)
    while x < db_up:
        N(
            "api",
            x,
            "ERROR",
            "HealthCheckService",
            "Health Check has failed! %s",
            msg='Health Check has failed! {"database":{"status":"down","message":"connect ECONNREFUSED 10.20.0.15:5432"}}',
        )
        x += secs(r, 9.9, 10.1)

    # --- the worker: mail and invoice jobs, cron tasks, Redis restarting
    smtp_errors = [
        ("Greeting never received", "Greeting never received"),
        ("Connection timeout", "Connection timeout"),
        (
            "Invalid login: 454 4.7.0 Too many login attempts, please try again later.",
            "Invalid login: 454 4.7.0 Too many login attempts, please try again later.",
        ),
    ]
    for x in poisson(r, t0 + timedelta(minutes=2), t_end, 58):
        if redis_down <= x < redis_up + timedelta(seconds=3):
            continue
        job = str(r.randrange(40000, 99999))
        kind = weighted(
            r,
            [
                (5, "order-confirmation"),
                (2, "shipping-update"),
                (1, "password-reset"),
                (1, "welcome"),
            ],
        )
        em = r.choice(emails)
        x = N("wk", x, "LOG", "MailProcessor", "Sending %s email to %s (job %s)", kind, em, job)
        if r.random() < 0.04:
            err, _ = r.choice(smtp_errors)
            N(
                "wk",
                x + secs(r, 10, 30),
                "WARN",
                "MailProcessor",
                f"Job %s failed (attempt %d/%d): {err}",
                job,
                1,
                5,
            )
        if kind == "order-confirmation" and r.random() < 0.8:
            N(
                "wk",
                x + secs(r, 1, 4),
                "LOG",
                "InvoiceProcessor",
                "Generated invoice %s for order %s (%d pages)",
                f"INV-2024-{r.randrange(10000, 99999)}",
                f"SO-{r.randrange(100000, 999999)}",
                r.choice([1, 1, 1, 2]),
            )
    x = t0 + secs(r, 60, 200)
    while x < t_end:
        if not redis_down <= x < redis_up:
            N(
                "wk",
                x,
                "LOG",
                "SearchIndexerTask",
                "Reindexed %d products in %dms",
                r.randrange(1180, 1220),
                r.randrange(900, 2600),
            )
        x += timedelta(minutes=5)
    x = at(6, 15, 0)
    while x < t_end:
        N("wk", x, "LOG", "CleanupTask", "Removed %d expired carts", r.randrange(0, 60))
        x += timedelta(minutes=15)
    # Redis goes away: every connection of ioredis reports each attempt (no error listener)
    conns = 3
    for c in range(conns):
        x = redis_down + secs(r, 0, 0.3)
        raw(
            "wk",
            x,
            [
                "[ioredis] Unhandled error event: Error: read ECONNRESET",
                "    at TCP.onStreamRead (node:internal/stream_base_commons:218:20)",
            ],
            "[ioredis] Unhandled error event: Error: read ECONNRESET",
        )
        k = 0
        while True:
            k += 1
            x += timedelta(milliseconds=min(k * 50, 2000) + r.randrange(1, 20))
            if x >= redis_up:
                break
            t_ = raw(
                "wk",
                x,
                [
                    "[ioredis] Unhandled error event: Error: connect ECONNREFUSED 10.20.0.31:6379",
                    "    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1605:16)",
                ],
                "[ioredis] Unhandled error event: Error: connect ECONNREFUSED %s",
            )
            x = max(x, t_)
            if k > 4 and c:
                x += timedelta(seconds=2)
    for _ in range(r.randrange(4, 7)):
        N(
            "wk",
            redis_up + secs(r, 1, 20),
            "WARN",
            "MailProcessor",
            "Job %s failed (attempt %d/%d): Connection is closed.",
            str(r.randrange(40000, 99999)),
            1,
            5,
        )
    return o.logs(t0, {"api": "api.log", "wk": "worker.log"})


def alnum_(r: random.Random, n: int) -> str:
    return "".join(
        r.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(n)
    )


# --------------------------------------------------------------------------------- tracing

RS_SLOW_SQL = "\\n\\nSELECT\\n  d.id,\\n  d.title,\\n  d.url,\\n  ts_rank_cd(d.tsv, q) AS rank,\\n  1 - (c.embedding <=> $1) AS similarity\\nFROM\\n  documents d\\n  JOIN chunks c ON c.document_id = d.id,\\n  websearch_to_tsquery('english', $2) q\\nWHERE\\n  d.tsv @@ q\\n  OR c.embedding <=> $1 < $3\\nORDER BY\\n  rank DESC,\\n  similarity DESC\\nLIMIT\\n  $4\\n"
RS_QUERIES = [
    "winter+boots",
    "return+policy",
    "gift+card+balance",
    "waterproof+jacket",
    "size+guide",
    "track+my+order",
    "vegan+leather",
    "student+discount",
    "r%C3%A9sum%C3%A9+template",
    "caf%C3%A9+chairs",
]


def rust_tracing(r: random.Random) -> list[Log]:
    """Two Rust binaries of a search service (tokio, axum 0.7 with tower-http's TraceLayer at
    INFO, sqlx 0.7 on PostgreSQL with pgvector, reqwest to an embedding service), each logging
    through `tracing_subscriber::fmt()` with ANSI off to a file (`search-api.log`,
    `indexer.log`), 06:00 to 12:00: the default Full format, `2024-06-04T06:00:01.123456Z  INFO
    span{fields}:span{fields}: target: message key=value`. The API answers searches (cache
    misses logged with their hits and time), document reads, upserts and deletes, every
    response logged by tower-http's `finished processing request latency=.. status=..` inside
    its `request{method uri version}` span; sqlx warns about slow statements with the SQL in
    a field. The indexer embeds and writes batches of documents under `batch{id size}` and
    `embed{model}` spans. From 08:15 to 08:31 the embedding service times out (retries, 503s,
    `response failed`, `#[instrument(err)]` events with no message, a batch dropped with
    anyhow's multi-line `Caused by:` chain). At 09:50:10 PostgreSQL fails over (connections
    reset, the pool timing out, writes refused by a read-only standby). Three requests panic
    on a snippet cut inside a multi-byte character (the default hook's unstamped lines on
    stderr; the `RUST_BACKTRACE` note once). At 11:20 the API is redeployed."""
    o = Out(1, ["api", "idx"], lambda t, lvl, ctx: "")
    t0, t_end = at(6, 0, 1), at(12, 0, 0)
    emb_bad, emb_ok = at(8, 15, 3), at(8, 31, 40)
    pg_fail, pg_ok = at(9, 50, 10), at(9, 51, 55)
    deploy = at(11, 20, 4)
    panics = [at(10, 31, 12), at(10, 58, 47), at(11, 44, 5)]
    down: list[tuple[datetime, datetime]] = []

    def T(
        f: str,
        t: datetime,
        lvl: str,
        spans: str,
        target: str,
        fmt: str,
        message: str,
        fields: str = "",
        extra: list[str] | None = None,
    ) -> datetime:
        """One event: `spans` already formatted (`name{fields}:name{fields}:`)."""
        t = o.clock.at((f, "proc"), t)
        sp = spans + " " if spans else ""
        body = message + (" " if message and fields else "") + fields
        line = f"{t:%Y-%m-%dT%H:%M:%S.%f}Z {lvl:>5} {sp}{target}: {body}"
        o.files[f].add(t, [*line.split("\n"), *(extra or [])], fmt)
        return t

    def up(t: datetime) -> bool:
        return not any(a <= t < z for a, z in down)

    def boot(t: datetime) -> datetime:
        t = T(
            "api",
            t,
            "INFO",
            "",
            "search_api",
            "starting search-api",
            "starting search-api",
            'version="1.8.2" git_sha="a41c9e7"',
        )
        t = T(
            "api",
            t + secs(r, 0.0005, 0.002),
            "INFO",
            "",
            "search_api::config",
            "loaded configuration from %s",
            "loaded configuration from /etc/search-api/config.toml",
        )
        t = T(
            "api",
            t + secs(r, 0.02, 0.08),
            "INFO",
            "",
            "sqlx::postgres::notice",
            'relation "%s" already exists, skipping',
            'relation "_sqlx_migrations" already exists, skipping',
        )
        t = T(
            "api",
            t + secs(r, 0.01, 0.04),
            "INFO",
            "",
            "search_api::db",
            "database ready",
            "database ready",
            "pool_size=20 migrations=14",
        )
        t = T(
            "api",
            t + secs(r, 0.005, 0.02),
            "INFO",
            "",
            "search_api::cache",
            "connected to redis",
            "connected to redis",
            "url=redis://redis:6379/0",
        )
        t = T(
            "api",
            t + secs(r, 0.001, 0.004),
            "INFO",
            "",
            "search_api::embeddings",
            "embedding client ready",
            "embedding client ready",
            'endpoint=http://embedder:8000 model="bge-small-en-v1.5" timeout_ms=2000',
        )
        return T(
            "api",
            t + secs(r, 0.0005, 0.002),
            "INFO",
            "",
            "search_api",
            "listening on %s",
            "listening on 0.0.0.0:8080",
        )

    boot(t0)
    t = T(
        "api",
        deploy,
        "INFO",
        "",
        "search_api",
        "shutdown signal received, draining connections",
        "shutdown signal received, draining connections",
    )
    t = T(
        "api", t + secs(r, 0.2, 1.5), "INFO", "", "search_api", "server stopped", "server stopped"
    )
    down.append((deploy, t + timedelta(seconds=6)))
    boot(t + secs(r, 5, 6))

    def span(method: str, uri: str) -> str:
        return f"request{{method={method} uri={uri} version=HTTP/1.1}}:"

    def respond(
        t: datetime, method: str, route: str, uri: str, status: str, latency: int
    ) -> datetime:
        sp = span(method, uri)
        code = int(status.split()[0])
        t = T(
            "api",
            t,
            "INFO",
            sp,
            "tower_http::trace::on_response",
            f"finished processing request {method} {route} {code}",
            "finished processing request",
            f"latency={latency} ms status={code}",
        )
        if code >= 500:
            t = T(
                "api",
                t + secs(r, 0.000005, 0.00003),
                "ERROR",
                sp,
                "tower_http::trace::on_failure",
                f"response failed {method} {route} {code}",
                "response failed",
                f"classification=Status code: {status} latency={latency} ms",
            )
        return t

    def pg_state(t: datetime) -> str | None:
        if pg_fail <= t < pg_fail + timedelta(seconds=3):
            return "reset"
        if pg_fail + timedelta(seconds=3) <= t < pg_ok:
            return "timeout"
        return None

    first_panic = [True]

    def search(t: datetime) -> None:
        if not up(t):
            return
        q = r.choice(RS_QUERIES)
        limit = r.choice([10, 20, 20, 50])
        uri = f"/v1/search?q={q}&limit={limit}"
        route = "/v1/search?q=%s&limit=%s"
        sp = span("GET", uri)
        if r.random() < 0.55:  # served from the cache: only the response
            respond(
                t + timedelta(milliseconds=r.randrange(1, 4)),
                "GET",
                route,
                uri,
                "200 OK",
                r.randrange(1, 4),
            )
            return
        lat = r.randrange(9, 60)
        if emb_bad <= t < emb_ok and r.random() < 0.7:
            x = t
            for attempt in (1, 2, 3):
                x += timedelta(milliseconds=2000 + r.randrange(1, 9))
                if attempt == 3 or r.random() < 0.5:
                    T(
                        "api",
                        x,
                        "WARN",
                        sp,
                        "search_api::embeddings",
                        "embedding request failed, retrying error=error sending request for url (%s): operation timed out",
                        "embedding request failed, retrying",
                        f"attempt={attempt} error=error sending request for url (http://embedder:8000/embed): operation timed out",
                    )
                else:
                    break
            else:
                x = T(
                    "api",
                    x + timedelta(microseconds=r.randrange(50, 400)),
                    "ERROR",
                    sp,
                    "search_api::routes::search",
                    "search failed error=embedding service unavailable after %d attempts",
                    "search failed",
                    "error=embedding service unavailable after 3 attempts",
                )
                respond(
                    x + timedelta(microseconds=r.randrange(50, 300)),
                    "GET",
                    route,
                    uri,
                    "503 Service Unavailable",
                    int((x - t).total_seconds() * 1000),
                )
                return
            lat += int((x - t).total_seconds() * 1000)
        st = pg_state(t)
        if st:
            err, efmt = (
                (
                    "error communicating with database: Connection reset by peer (os error 104)",
                    "error communicating with database: Connection reset by peer (os error %d)",
                )
                if st == "reset"
                else (
                    "pool timed out while waiting for an open connection",
                    "pool timed out while waiting for an open connection",
                )
            )
            x = t + (
                timedelta(seconds=5, microseconds=r.randrange(100, 900))
                if st == "timeout"
                else secs(r, 0.002, 0.02)
            )
            x = T(
                "api",
                x,
                "ERROR",
                sp,
                "search_api::routes::search",
                f"search failed error={efmt}",
                "search failed",
                f"error={err}",
            )
            respond(
                x + timedelta(microseconds=r.randrange(50, 300)),
                "GET",
                route,
                uri,
                "500 Internal Server Error",
                int((x - t).total_seconds() * 1000),
            )
            return
        if r.random() < 0.025:
            el = r.uniform(1.0, 2.4)
            T(
                "api",
                t + timedelta(seconds=el),
                "WARN",
                sp,
                "sqlx::query",
                "slow statement: execution time exceeded alert threshold",
                "slow statement: execution time exceeded alert threshold",
                f'summary="select d.id, d.title, …" db.statement="{RS_SLOW_SQL}" rows_affected=0 rows_returned={limit} elapsed={el:.6f}s elapsed_secs={el:.6f} slow_threshold=1s',
            )
            lat += int(el * 1000)
        x = T(
            "api",
            t + timedelta(milliseconds=lat - 1),
            "INFO",
            sp,
            "search_api::search",
            "query executed",
            "query executed",
            f'hits={r.randrange(0, 400)} took_ms={lat - 2} cache="miss"',
        )
        respond(x + timedelta(microseconds=r.randrange(100, 900)), "GET", route, uri, "200 OK", lat)

    for x in poisson(r, t0 + timedelta(seconds=20), t_end, 29):
        search(x)
    for x in poisson(r, pg_fail, pg_ok, 4):
        search(x)

    docs = [uuid4(r) for _ in range(400)]
    for x in poisson(r, t0 + timedelta(seconds=40), t_end, 60):
        if not up(x):
            continue
        kind = weighted(r, [(6, "get"), (1, "missing"), (3, "put"), (1, "delete")])
        st = pg_state(x)
        if kind in ("get", "missing"):
            d = r.choice(docs) if kind == "get" else uuid4(r)
            uri = f"/v1/documents/{d}"
            if st:
                err = "pool timed out while waiting for an open connection"
                y = T(
                    "api",
                    x + timedelta(seconds=5),
                    "ERROR",
                    span("GET", uri),
                    "search_api::routes::documents",
                    f"failed to load document error={err}",
                    "failed to load document",
                    f"id={d} error={err}",
                )
                respond(
                    y + timedelta(microseconds=90),
                    "GET",
                    "/v1/documents/%s",
                    uri,
                    "500 Internal Server Error",
                    5001,
                )
                continue
            respond(
                x + timedelta(milliseconds=r.randrange(2, 9)),
                "GET",
                "/v1/documents/%s",
                uri,
                "200 OK" if kind == "get" else "404 Not Found",
                r.randrange(2, 9),
            )
        elif kind == "put":
            d = r.choice(docs)
            sp = span("POST", "/v1/documents")
            if st:
                y = T(
                    "api",
                    x + timedelta(seconds=5),
                    "ERROR",
                    sp,
                    "search_api::routes::documents",
                    "failed to upsert document error=pool timed out while waiting for an open connection",
                    "failed to upsert document",
                    "error=pool timed out while waiting for an open connection",
                )
                respond(
                    y + timedelta(microseconds=90),
                    "POST",
                    "/v1/documents",
                    "/v1/documents",
                    "500 Internal Server Error",
                    5002,
                )
                continue
            y = T(
                "api",
                x + timedelta(milliseconds=r.randrange(20, 90)),
                "INFO",
                sp,
                "search_api::routes::documents",
                "document upserted",
                "document upserted",
                f"id={d} chunks={r.randrange(1, 40)} queued=true",
            )
            respond(
                y + timedelta(microseconds=300),
                "POST",
                "/v1/documents",
                "/v1/documents",
                "201 Created",
                r.randrange(20, 95),
            )
        else:
            d = r.choice(docs)
            uri = f"/v1/documents/{d}"
            y = T(
                "api",
                x + timedelta(milliseconds=r.randrange(3, 12)),
                "INFO",
                span("DELETE", uri),
                "search_api::routes::documents",
                "document deleted",
                "document deleted",
                f"id={d}",
            )
            respond(
                y + timedelta(microseconds=200),
                "DELETE",
                "/v1/documents/%s",
                uri,
                "204 No Content",
                r.randrange(3, 13),
            )

    # the panics: a snippet cut at a byte inside a multi-byte character
    for p in panics:
        p = o.clock.at(("api", "proc"), p)
        word, k = r.choice([("résumé", 1), ("café", 3), ("naïve", 2)])
        title = (
            f"The complete {word} guide for small teams – templates, examples and common mistakes"
        )
        start = len(title[: title.index(word)].encode()) + k
        idx, ch = start + 1, word[k]
        lines = [
            "thread 'tokio-runtime-worker' panicked at src/routes/snippet.rs:57:31:",
            f"byte index {idx} is not a char boundary; it is inside '{ch}' (bytes {start}..{start + 2}) of `{title}`",
        ]
        if first_panic[0]:
            lines.append(
                "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace"
            )
            first_panic[0] = False
        o.files["api"].add(
            p,
            lines,
            "thread '%s' panicked at %s:%d:%d:\\nbyte index %d is not a char boundary; it is inside %s (bytes %s) of `%s`",
        )

    # --- the indexer
    t = T(
        "idx",
        t0 + secs(r, 2, 4),
        "INFO",
        "",
        "indexer",
        "starting indexer",
        "starting indexer",
        'version="1.8.2" workers=4',
    )
    t = T(
        "idx",
        t + secs(r, 0.01, 0.05),
        "INFO",
        "",
        "sqlx::postgres::notice",
        'relation "%s" already exists, skipping',
        'relation "_sqlx_migrations" already exists, skipping',
    )
    t = T(
        "idx",
        t + secs(r, 0.005, 0.02),
        "INFO",
        "",
        "indexer::queue",
        "subscribed to stream",
        "subscribed to stream",
        'stream="documents" group="indexer" consumer="indexer-0"',
    )
    batch = 8811
    x = t0 + secs(r, 20, 40)
    while x < t_end:
        batch += 1
        size = r.choice([50, 50, 50, 50, 32, 17])
        sb = f"batch{{id={batch} size={size}}}:"
        se = sb + 'embed{model="bge-small-en-v1.5"}:'
        y = T(
            "idx",
            x,
            "INFO",
            sb,
            "indexer::pipeline",
            "fetched documents",
            "fetched documents",
            f"count={size}",
        )
        if emb_bad <= y < emb_ok:
            ok = False
            for attempt in range(1, 6):
                y += timedelta(seconds=10, microseconds=r.randrange(100, 900))
                if attempt >= 3 and y > emb_ok - timedelta(minutes=3) and r.random() < 0.5:
                    ok = True
                    break
                if r.random() < 0.35:
                    efmt, emsg = (
                        "error=error sending request for url (%s): operation timed out",
                        "error=error sending request for url (http://embedder:8000/embed): operation timed out",
                    )
                else:
                    efmt, emsg = (
                        "error=embedding service returned %s",
                        "error=embedding service returned 503 Service Unavailable",
                    )
                y = T("idx", y, "ERROR", se, "indexer::embed", efmt, "", emsg)
                if attempt < 5:
                    y = T(
                        "idx",
                        y + timedelta(microseconds=r.randrange(50, 300)),
                        "WARN",
                        sb,
                        "indexer::pipeline",
                        "batch failed, will retry",
                        "batch failed, will retry",
                        f"attempt={attempt} delay_ms={2000 * 2 ** (attempt - 1)}",
                    )
                    y += timedelta(milliseconds=2000 * 2 ** (attempt - 1))
            if not ok:
                T(
                    "idx",
                    y + timedelta(microseconds=r.randrange(50, 300)),
                    "ERROR",
                    sb,
                    "indexer::pipeline",
                    "batch dropped after %d attempts error=failed to embed batch %d",
                    "batch dropped after 5 attempts",
                    f"error=failed to embed batch {batch}\n\nCaused by:\n    0: embedding request failed\n    1: embedding service returned 503 Service Unavailable",
                )
                if r.random() < 0.5:
                    T(
                        "idx",
                        y + secs(r, 0.01, 0.2),
                        "WARN",
                        "",
                        "indexer::queue",
                        "consumer lag high",
                        "consumer lag high",
                        f"lag={r.randrange(600, 2400)} threshold=500",
                    )
                x = y + secs(r, 5, 15)
                continue
        took = r.randrange(500, 1400)
        y = T(
            "idx",
            y + timedelta(milliseconds=took),
            "INFO",
            se,
            "indexer::embed",
            "embeddings computed",
            "embeddings computed",
            f"count={size * r.randrange(3, 9)} took_ms={took}",
        )
        if pg_state(y):
            y = T(
                "idx",
                y + secs(r, 0.005, 0.05),
                "ERROR",
                sb,
                "indexer::pipeline",
                "failed to persist batch, will retry error=error returned from database: cannot execute %s in a read-only transaction",
                "failed to persist batch, will retry",
                "error=error returned from database: cannot execute INSERT in a read-only transaction",
            )
            y += timedelta(seconds=4)
        w = r.randrange(40, 300)
        T(
            "idx",
            y + timedelta(milliseconds=w),
            "INFO",
            sb,
            "indexer::pipeline",
            "batch indexed",
            "batch indexed",
            f"count={size} took_ms={took + w + r.randrange(5, 40)}",
        )
        x += secs(r, 45, 90)
    return o.logs(t0, {"api": "search-api.log", "idx": "indexer.log"})


# --------------------------------------------------------------------------------- serilog

SL_CTX = "Fulfillment.Api.Data.FulfillmentDbContext"


def sl_npgsql_refused(ip: str, tail: list[str]) -> list[str]:
    """Npgsql's connection-refused exception as `Exception.ToString()` writes it."""
    return [
        f"Npgsql.NpgsqlException (0x80004005): Failed to connect to {ip}:5432",
        " ---> System.Net.Sockets.SocketException (111): Connection refused",
        "   at System.Net.Sockets.Socket.DoConnect(EndPoint endPointSnapshot, SocketAddress socketAddress)",
        "   at System.Net.Sockets.Socket.Connect(EndPoint remoteEP)",
        "   at Npgsql.Internal.NpgsqlConnector.Connect(NpgsqlTimeout timeout)",
        "   --- End of inner exception stack trace ---",
        "   at Npgsql.Internal.NpgsqlConnector.Connect(NpgsqlTimeout timeout)",
        "   at Npgsql.Internal.NpgsqlConnector.Connect(NpgsqlTimeout timeout)",
        "   at Npgsql.Internal.NpgsqlConnector.RawOpen(SslMode sslMode, NpgsqlTimeout timeout, Boolean async, CancellationToken cancellationToken)",
        "   at Npgsql.Internal.NpgsqlConnector.<Open>g__OpenCore|214_1(NpgsqlConnector conn, SslMode sslMode, NpgsqlTimeout timeout, Boolean async, CancellationToken cancellationToken, Boolean isFirstAttempt)",
        "   at Npgsql.Internal.NpgsqlConnector.Open(NpgsqlTimeout timeout, Boolean async, CancellationToken cancellationToken)",
        "   at Npgsql.PoolingDataSource.OpenNewConnector(NpgsqlConnection conn, NpgsqlTimeout timeout, Boolean async, CancellationToken cancellationToken)",
        "   at Npgsql.PoolingDataSource.<Get>g__RentAsync|34_0(NpgsqlConnection conn, NpgsqlTimeout timeout, Boolean async, CancellationToken cancellationToken)",
        "   at Npgsql.NpgsqlConnection.<Open>g__OpenAsync|42_0(Boolean async, CancellationToken cancellationToken)",
        *tail,
    ]


SL_EF_QUERY_TAIL = [
    "   at Microsoft.EntityFrameworkCore.Storage.RelationalConnection.OpenInternalAsync(Boolean errorsExpected, CancellationToken cancellationToken)",
    "   at Microsoft.EntityFrameworkCore.Storage.RelationalConnection.OpenInternalAsync(Boolean errorsExpected, CancellationToken cancellationToken)",
    "   at Microsoft.EntityFrameworkCore.Storage.RelationalConnection.OpenAsync(CancellationToken cancellationToken, Boolean errorsExpected)",
    "   at Microsoft.EntityFrameworkCore.Storage.RelationalCommand.ExecuteReaderAsync(RelationalCommandParameterObject parameterObject, CancellationToken cancellationToken)",
    "   at Microsoft.EntityFrameworkCore.Query.Internal.SingleQueryingEnumerable`1.AsyncEnumerator.InitializeReaderAsync(AsyncEnumerator enumerator, CancellationToken cancellationToken)",
    "   at Npgsql.EntityFrameworkCore.PostgreSQL.Storage.Internal.NpgsqlExecutionStrategy.ExecuteAsync[TState,TResult](TState state, Func`4 operation, Func`4 verifySucceeded, CancellationToken cancellationToken)",
    "   at Microsoft.EntityFrameworkCore.Query.Internal.SingleQueryingEnumerable`1.AsyncEnumerator.MoveNextAsync()",
]
SL_REQUEST_TAIL = [
    "   at Microsoft.EntityFrameworkCore.Query.ShapedQueryCompilingExpressionVisitor.SingleOrDefaultAsync[TSource](IAsyncEnumerable`1 asyncEnumerable, CancellationToken cancellationToken)",
    "   at Microsoft.EntityFrameworkCore.Query.ShapedQueryCompilingExpressionVisitor.SingleOrDefaultAsync[TSource](IAsyncEnumerable`1 asyncEnumerable, CancellationToken cancellationToken)",
    "   at Fulfillment.Api.Shipments.ShipmentService.GetAsync(Int64 id, CancellationToken ct) in /src/Fulfillment.Api/Shipments/ShipmentService.cs:line 48",
    "   at Fulfillment.Api.Shipments.ShipmentsController.Get(Int64 id, CancellationToken ct) in /src/Fulfillment.Api/Shipments/ShipmentsController.cs:line 31",
    "   at Microsoft.AspNetCore.Mvc.Infrastructure.ActionMethodExecutor.TaskOfIActionResultExecutor.Execute(ActionContext actionContext, IActionResultTypeMapper mapper, ObjectMethodExecutor executor, Object controller, Object[] arguments)",
    "   at Microsoft.AspNetCore.Mvc.Infrastructure.ControllerActionInvoker.<InvokeActionMethodAsync>g__Awaited|12_0(ControllerActionInvoker invoker, ValueTask`1 actionResultValueTask)",
    "   at Microsoft.AspNetCore.Mvc.Infrastructure.ControllerActionInvoker.<InvokeNextActionFilterAsync>g__Awaited|10_0(ControllerActionInvoker invoker, Task lastTask, State next, Scope scope, Object state, Boolean isCompleted)",
    "   at Microsoft.AspNetCore.Mvc.Infrastructure.ControllerActionInvoker.Rethrow(ActionExecutedContextSealed context)",
    "   at Microsoft.AspNetCore.Mvc.Infrastructure.ControllerActionInvoker.Next(State& next, Scope& scope, Object& state, Boolean& isCompleted)",
    "   at Microsoft.AspNetCore.Mvc.Infrastructure.ControllerActionInvoker.<InvokeInnerFilterAsync>g__Awaited|13_0(ControllerActionInvoker invoker, Task lastTask, State next, Scope scope, Object state, Boolean isCompleted)",
    "   at Microsoft.AspNetCore.Mvc.Infrastructure.ResourceInvoker.<InvokeFilterPipelineAsync>g__Awaited|20_0(ResourceInvoker invoker, Task lastTask, State next, Scope scope, Object state, Boolean isCompleted)",
    "   at Microsoft.AspNetCore.Mvc.Infrastructure.ResourceInvoker.<InvokeAsync>g__Awaited|17_0(ResourceInvoker invoker, Task task, IDisposable scope)",
    "   at Microsoft.AspNetCore.Mvc.Infrastructure.ResourceInvoker.<InvokeAsync>g__Awaited|17_0(ResourceInvoker invoker, Task task, IDisposable scope)",
    "   at Microsoft.AspNetCore.Authorization.AuthorizationMiddleware.Invoke(HttpContext context)",
    "   at Microsoft.AspNetCore.Authentication.AuthenticationMiddleware.Invoke(HttpContext context)",
    "   at Serilog.AspNetCore.RequestLoggingMiddleware.Invoke(HttpContext httpContext)",
    "   at Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddlewareImpl.<Invoke>g__Awaited|10_0(ExceptionHandlerMiddlewareImpl middleware, HttpContext context, Task task)",
]


def serilog(r: random.Random) -> list[Log]:
    """A .NET 8 fulfilment system logging through Serilog's rolling file sink with the common
    template `{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz} [{Level:u3}] {Message:lj}{NewLine}{Exception}`
    (`api-20240604.log`, `worker-20240604.log`; `MinimumLevel` Information with `Microsoft`
    and `System` at Warning and `Microsoft.Hosting.Lifetime` at Information), 06:00 to 12:00.
    The API (ASP.NET Core controllers, EF Core 8 on PostgreSQL through Npgsql,
    `UseSerilogRequestLogging`, `UseExceptionHandler`, health checks) creates and reads
    shipments, prints labels and answers the warehouses; the worker (a generic host with
    MassTransit 8 on RabbitMQ) consumes paid orders and allocates shipments, syncs carrier
    tracking every five minutes. Start-up: the hosting lifetime's lines, Data Protection's two
    container warnings, MassTransit's endpoints and `Bus started`. From 09:05:30 to 09:08:10
    PostgreSQL is down: EF Core's connection error and query failure (the exception inside
    the message and again under it), the exception handler's `An unhandled exception has
    occurred while executing the request.`, 500s, the readiness check `Unhealthy` with its
    exception. From 10:05 to 10:06:40 RabbitMQ restarts (MassTransit's `Connection Failed`
    with BrokerUnreachableException). A carrier rate-limits label requests for a while
    (`R-FAULT` with the consumer's exception). The API is redeployed at 11:10, the worker at
    11:40 (`Application is shutting down...`)."""

    def head(t: datetime, lvl: str, ctx: str) -> str:
        return f"{t:%Y-%m-%d %H:%M:%S}.{ms(t)} +00:00 [{lvl}] "

    o = Out(1000, ["api", "wk"], head)
    t0, t_end = at(6, 0, 3), at(12, 0, 0)
    db_down, db_up = at(9, 5, 30), at(9, 8, 10)
    mq_down, mq_up = at(10, 5, 0), at(10, 6, 40)
    carrier_bad, carrier_ok = at(7, 40, 0), at(7, 52, 30)
    deploys = {"api": at(11, 10, 15), "wk": at(11, 40, 2)}
    down: dict[str, list[tuple[datetime, datetime]]] = {"api": [], "wk": []}

    def S(
        f: str,
        t: datetime,
        lvl: str,
        template: str,
        msg: str,
        exc: list[str] | None = None,
    ) -> datetime:
        return o.e(f, t, template, lvl=lvl, msg=msg, cont=exc or [], proc=(f, "dotnet"))

    def up(f: str, t: datetime) -> bool:
        return not any(a <= t < z for a, z in down[f])

    def lifetime(f: str, t: datetime) -> datetime:
        if f == "api":
            t = S(f, t, "INF", "Now listening on: {address}", "Now listening on: http://[::]:8080")
        t = S(
            f,
            t + secs(r, 0.001, 0.005),
            "INF",
            "Application started. Press Ctrl+C to shut down.",
            "Application started. Press Ctrl+C to shut down.",
        )
        t = S(f, t, "INF", "Hosting environment: {EnvName}", "Hosting environment: Production")
        return S(f, t, "INF", "Content root path: {ContentRoot}", "Content root path: /app")

    def boot_api(t: datetime) -> datetime:
        t = S(
            "api",
            t,
            "INF",
            "Starting {Application} {Version}",
            "Starting Fulfillment.Api 3.14.2+8c1f2d7",
        )
        t = S(
            "api",
            t + secs(r, 0.3, 0.6),
            "WRN",
            "Storing keys in a directory '{path}' that may not be persisted outside of the container. Protected data will be unavailable when container is destroyed. For more information go to https://aka.ms/aspnet/dataprotectionwarning",
            "Storing keys in a directory '/home/app/.aspnet/DataProtection-Keys' that may not be persisted outside of the container. Protected data will be unavailable when container is destroyed. For more information go to https://aka.ms/aspnet/dataprotectionwarning",
        )
        t = S(
            "api",
            t + secs(r, 0.01, 0.05),
            "WRN",
            "No XML encryptor configured. Key {KeyId:B} may be persisted to storage in unencrypted form.",
            f"No XML encryptor configured. Key {{{uuid4(r)}}} may be persisted to storage in unencrypted form.",
        )
        return lifetime("api", t + secs(r, 0.1, 0.3))

    def boot_wk(t: datetime) -> datetime:
        t = S(
            "wk",
            t,
            "INF",
            "Starting {Application} {Version}",
            "Starting Fulfillment.Worker 3.14.2+8c1f2d7",
        )
        for ep, consumer in [
            ("order-paid", "OrderPaidConsumer"),
            ("shipment-allocated", "ShipmentAllocatedConsumer"),
            ("label-requested", "LabelRequestedConsumer"),
        ]:
            t = S(
                "wk",
                t + secs(r, 0.01, 0.05),
                "INF",
                "Configured endpoint {Endpoint}, Consumer: {ConsumerType}",
                f"Configured endpoint {ep}, Consumer: Fulfillment.Worker.Consumers.{consumer}",
            )
        t = S(
            "wk",
            t + secs(r, 0.2, 0.6),
            "INF",
            "Bus started: {HostAddress}",
            "Bus started: rabbitmq://rabbitmq/",
        )
        return lifetime("wk", t + secs(r, 0.01, 0.03))

    boot_api(t0)
    boot_wk(t0 + secs(r, 2, 5))
    for f, t in deploys.items():
        t = S(f, t, "INF", "Application is shutting down...", "Application is shutting down...")
        if f == "wk":
            t = S(
                f,
                t + secs(r, 0.2, 0.8),
                "INF",
                "Bus stopped: {HostAddress}",
                "Bus stopped: rabbitmq://rabbitmq/",
            )
        down[f].append((t, t + timedelta(seconds=8)))
        (boot_api if f == "api" else boot_wk)(t + secs(r, 7, 8))

    def request(
        t: datetime, method: str, route: str, path: str, status: int, ms_: float
    ) -> datetime:
        lvl = "ERR" if status >= 500 else "INF"
        return S(
            "api",
            t,
            lvl,
            f"HTTP {method} {route} responded {status}",
            f"HTTP {method} {path} responded {status} in {ms_:.4f} ms",
        )

    def db_fail(t: datetime, method: str, route: str, path: str) -> None:
        x = t + timedelta(seconds=r.choice([0.02, 0.03, 15.0]))
        tail = [*SL_EF_QUERY_TAIL, *SL_REQUEST_TAIL]
        ex_full = sl_npgsql_refused("10.0.4.21", tail[:7])
        x = S(
            "api",
            x,
            "ERR",
            "An error occurred using the connection to database '{database}' on server '{server}'.",
            "An error occurred using the connection to database 'fulfillment' on server 'tcp://fulfillment-db:5432'.",
        )
        x = S(
            "api",
            x + secs(r, 0.001, 0.003),
            "ERR",
            "An exception occurred while iterating over the results of a query for context type '{contextType}'.{newline}Npgsql.NpgsqlException (0x80004005): Failed to connect to %s",
            f"An exception occurred while iterating over the results of a query for context type '{SL_CTX}'.\n"
            + "\n".join(ex_full),
            exc=ex_full,
        )
        ex_req = [*ex_full, *SL_REQUEST_TAIL]
        x = S(
            "api",
            x + secs(r, 0.001, 0.004),
            "ERR",
            "An unhandled exception has occurred while executing the request.",
            "An unhandled exception has occurred while executing the request.",
            exc=ex_req,
        )
        request(
            x + secs(r, 0.001, 0.004),
            method,
            route,
            path,
            500,
            (x - t).total_seconds() * 1000 + r.uniform(1, 4),
        )

    # --- the API's traffic
    carriers = ["DHL", "DPD", "UPS", "GLS"]
    printers = ["ZD621-DOCK-01", "ZD621-DOCK-02", "ZT411-PACK-03"]
    warehouses = ["AMS1", "RTM2", "DUS1"]
    next_ship = [1882004]
    for x in poisson(r, t0 + timedelta(seconds=30), t_end, 27):
        if not up("api", x):
            continue
        kind = weighted(
            r,
            [(9, "get"), (1, "missing"), (3, "create"), (2, "status"), (2, "capacity"), (1, "bad")],
        )
        if db_down <= x < db_up and kind in ("get", "missing", "create", "status"):
            sid = r.randrange(1800000, next_ship[0])
            db_fail(x, "GET", "/api/shipments/{id}", f"/api/shipments/{sid}")
            continue
        if kind == "get":
            request(
                x,
                "GET",
                "/api/shipments/{id}",
                f"/api/shipments/{r.randrange(1800000, next_ship[0])}",
                200,
                r.uniform(3, 40),
            )
        elif kind == "missing":
            request(
                x,
                "GET",
                "/api/shipments/{id}",
                f"/api/shipments/{r.randrange(100000, 999999)}",
                404,
                r.uniform(2, 15),
            )
        elif kind == "create":
            sid = next_ship[0]
            next_ship[0] += r.randrange(1, 4)
            y = S(
                "api",
                x + timedelta(milliseconds=r.randrange(20, 90)),
                "INF",
                "Shipment {ShipmentId} created for order {OrderId} ({Parcels} parcels, carrier {Carrier})",
                f"Shipment {sid} created for order SO-{r.randrange(100000, 999999)} ({r.choice([1, 1, 1, 2, 3])} parcels, carrier {r.choice(carriers)})",
            )
            request(
                y + secs(r, 0.001, 0.01),
                "POST",
                "/api/shipments",
                "/api/shipments",
                201,
                r.uniform(25, 120),
            )
            if r.random() < 0.7:
                y = S(
                    "api",
                    y + secs(r, 2, 20),
                    "INF",
                    "Label {LabelId} printed for shipment {ShipmentId} on {Printer}",
                    f"Label LBL-{hexid(r, 10).upper()} printed for shipment {sid} on {r.choice(printers)}",
                )
                request(
                    y + secs(r, 0.001, 0.01),
                    "POST",
                    "/api/shipments/{id}/label",
                    f"/api/shipments/{sid}/label",
                    201,
                    r.uniform(300, 1800),
                )
        elif kind == "status":
            sid = r.randrange(1800000, next_ship[0])
            request(
                x,
                "PUT",
                "/api/shipments/{id}/status",
                f"/api/shipments/{sid}/status",
                204,
                r.uniform(8, 40),
            )
        elif kind == "capacity":
            request(
                x,
                "GET",
                "/api/warehouses/{code}/capacity",
                f"/api/warehouses/{r.choice(warehouses)}/capacity",
                200,
                r.uniform(2, 9),
            )
        else:
            # a validator's message (FluentValidation's, each a format of its own)
            err = r.choice(
                ["PostalCode is required", "Weight must be greater than 0", "Unknown carrier code"]
            )
            y = S(
                "api",
                x,
                "WRN",
                "Rejected shipment request for order {OrderId}: " + err,
                f"Rejected shipment request for order SO-{r.randrange(100000, 999999)}: {err}",
            )
            request(
                y + secs(r, 0.001, 0.005),
                "POST",
                "/api/shipments",
                "/api/shipments",
                400,
                r.uniform(2, 10),
            )
    # a vacuum on the capacity table: commands time out, the thread pool starves
    slow = at(10, 41, 3)
    for _ in range(r.randrange(5, 8)):
        x = slow + secs(r, 0, 90)
        sql = 'SELECT w."Code", w."Name", sum(s."Reserved") AS "Reserved", w."Capacity"\nFROM "Warehouses" AS w\nLEFT JOIN "Slots" AS s ON w."Id" = s."WarehouseId"\nWHERE w."Code" = @__code_0\nGROUP BY w."Code", w."Name", w."Capacity"'
        y = x + timedelta(seconds=30, milliseconds=r.randrange(5, 40))
        ex = [
            "Npgsql.NpgsqlException (0x80004005): Exception while reading from stream",
            " ---> System.TimeoutException: Timeout during reading attempt",
            "   at Npgsql.Internal.NpgsqlReadBuffer.<Ensure>g__EnsureLong|55_0(NpgsqlReadBuffer buffer, Int32 count, Boolean async, Boolean readingNotifications)",
            "   at Npgsql.Internal.NpgsqlConnector.ReadMessageLong(Boolean async, DataRowLoadingMode dataRowLoadingMode, Boolean readingNotifications, Boolean isReadingPrependedMessage)",
            "   --- End of inner exception stack trace ---",
            "   at Npgsql.Internal.NpgsqlConnector.ReadMessageLong(Boolean async, DataRowLoadingMode dataRowLoadingMode, Boolean readingNotifications, Boolean isReadingPrependedMessage)",
            "   at Npgsql.NpgsqlDataReader.NextResult(Boolean async, Boolean isConsuming, CancellationToken cancellationToken)",
            "   at Npgsql.NpgsqlCommand.ExecuteReader(Boolean async, CommandBehavior behavior, CancellationToken cancellationToken)",
            "   at Microsoft.EntityFrameworkCore.Storage.RelationalCommand.ExecuteReaderAsync(RelationalCommandParameterObject parameterObject, CancellationToken cancellationToken)",
            "   at Microsoft.EntityFrameworkCore.Query.Internal.SingleQueryingEnumerable`1.AsyncEnumerator.InitializeReaderAsync(AsyncEnumerator enumerator, CancellationToken cancellationToken)",
            "   at Microsoft.EntityFrameworkCore.Query.Internal.SingleQueryingEnumerable`1.AsyncEnumerator.MoveNextAsync()",
        ]
        y = S(
            "api",
            y,
            "ERR",
            "Failed executing DbCommand ({elapsed}ms) [Parameters=[{parameters}], CommandType='{commandType}', CommandTimeout='{commandTimeout}']{newLine}{commandText}",
            f"Failed executing DbCommand ({30000 + r.randrange(5, 40):,}ms) [Parameters=[@__code_0='?'], CommandType='Text', CommandTimeout='30']\n{sql}",
        )
        y = S(
            "api",
            y + secs(r, 0.001, 0.004),
            "ERR",
            "An exception occurred while iterating over the results of a query for context type '{contextType}'.{newline}Npgsql.NpgsqlException (0x80004005): Exception while reading from stream",
            f"An exception occurred while iterating over the results of a query for context type '{SL_CTX}'.\n"
            + "\n".join(ex),
            exc=ex,
        )
        y = S(
            "api",
            y + secs(r, 0.001, 0.004),
            "ERR",
            "An unhandled exception has occurred while executing the request.",
            "An unhandled exception has occurred while executing the request.",
            exc=ex + SL_REQUEST_TAIL[2:],
        )
        code = r.choice(warehouses)
        request(
            y + secs(r, 0.001, 0.004),
            "GET",
            "/api/warehouses/{code}/capacity",
            f"/api/warehouses/{code}/capacity",
            500,
            (y - x).total_seconds() * 1000,
        )
    for k in range(3):
        x = slow + timedelta(seconds=20 + 25 * k, milliseconds=r.randrange(0, 900))
        S(
            "api",
            x,
            "WRN",
            'As of "{now}", the heartbeat has been running for "{heartbeatDuration}" which is longer than "{interval}". This could be caused by thread pool starvation.',
            f'As of "{x:%m/%d/%Y %H:%M:%S} +00:00", the heartbeat has been running for "00:00:0{r.randrange(1, 4)}.{r.randrange(1000000, 9999999)}" which is longer than "00:00:01". This could be caused by thread pool starvation.',
        )
    # the readiness probe every 10 s while the database is down
    x = db_down + secs(r, 2, 9)
    while x < db_up:
        S(
            "api",
            x + timedelta(seconds=5),
            "ERR",
            "Health check {HealthCheckName} with status {HealthStatus} completed after {ElapsedMilliseconds}ms with message '{HealthCheckDescription}'",
            f"Health check npgsql with status Unhealthy completed after {5000 + r.uniform(0.5, 9):.4f}ms with message 'null'",
            exc=sl_npgsql_refused(
                "10.0.4.21",
                [
                    "   at HealthChecks.NpgSql.NpgSqlHealthCheck.CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken)",
                ],
            ),
        )
        x += secs(r, 9.99, 10.01)

    # --- the worker
    for x in poisson(r, t0 + timedelta(seconds=40), t_end, 47):
        if not up("wk", x) or mq_down <= x < mq_up + timedelta(seconds=5):
            continue
        oid = f"SO-{r.randrange(100000, 999999)}"
        y = S(
            "wk",
            x,
            "INF",
            "Processing OrderPaid {OrderId} ({Lines} lines)",
            f"Processing OrderPaid {oid} ({r.randrange(1, 7)} lines)",
        )
        if db_down <= y < db_up:
            ex = [
                "Microsoft.EntityFrameworkCore.DbUpdateException: An error occurred while saving the entity changes. See the inner exception for details.",
                *sl_npgsql_refused(
                    "10.0.4.21",
                    [
                        "   at Microsoft.EntityFrameworkCore.Storage.RelationalConnection.OpenInternalAsync(Boolean errorsExpected, CancellationToken cancellationToken)",
                        "   at Microsoft.EntityFrameworkCore.Storage.RelationalConnection.OpenAsync(CancellationToken cancellationToken, Boolean errorsExpected)",
                        "   at Microsoft.EntityFrameworkCore.Update.ReaderModificationCommandBatch.ExecuteAsync(IRelationalConnection connection, CancellationToken cancellationToken)",
                    ],
                ),
            ]
            ex[1] = " ---> " + ex[1]
            ex += [
                "   --- End of inner exception stack trace ---",
                "   at Microsoft.EntityFrameworkCore.Update.ReaderModificationCommandBatch.ExecuteAsync(IRelationalConnection connection, CancellationToken cancellationToken)",
                "   at Microsoft.EntityFrameworkCore.Update.Internal.BatchExecutor.ExecuteAsync(IEnumerable`1 commandBatches, IRelationalConnection connection, CancellationToken cancellationToken)",
                "   at Microsoft.EntityFrameworkCore.ChangeTracking.Internal.StateManager.SaveChangesAsync(IList`1 entriesToSave, CancellationToken cancellationToken)",
                "   at Microsoft.EntityFrameworkCore.DbContext.SaveChangesAsync(Boolean acceptAllChangesOnSuccess, CancellationToken cancellationToken)",
                "   at Fulfillment.Worker.Consumers.OrderPaidConsumer.Consume(ConsumeContext`1 context) in /src/Fulfillment.Worker/Consumers/OrderPaidConsumer.cs:line 52",
            ]
            y = S(
                "wk",
                y + secs(r, 0.05, 0.2),
                "ERR",
                "An exception occurred in the database while saving changes for context type '{contextType}'.{newline}Microsoft.EntityFrameworkCore.DbUpdateException: An error occurred while saving the entity changes. See the inner exception for details.",
                "An exception occurred in the database while saving changes for context type 'Fulfillment.Worker.Data.WorkerDbContext'.\n"
                + "\n".join(ex),
                exc=ex,
            )
            S(
                "wk",
                y + secs(r, 0.002, 0.01),
                "ERR",
                "R-FAULT {InputAddress} {MessageId} {MessageType} {ConsumerType}({Duration})",
                f"R-FAULT rabbitmq://rabbitmq/order-paid {uuid4(r)} Fulfillment.Contracts.OrderPaid Fulfillment.Worker.Consumers.OrderPaidConsumer(00:00:00.{r.randrange(1000000, 9999999)})",
                exc=ex,
            )
            continue
        if r.random() < 0.03:
            S(
                "wk",
                y + secs(r, 0.05, 0.3),
                "WRN",
                "Order {OrderId} could not be allocated: no warehouse has stock for {Sku}",
                f"Order {oid} could not be allocated: no warehouse has stock for {r.choice(['TNT-2P-GRN', 'BOOT-W-38', 'JKT-RAIN-XL', 'PACK-35L-BLK'])}",
            )
            continue
        y = S(
            "wk",
            y + secs(r, 0.05, 0.4),
            "INF",
            "Shipment {ShipmentId} allocated to warehouse {Warehouse}",
            f"Shipment {r.randrange(1800000, 1900000)} allocated to warehouse {r.choice(warehouses)}",
        )
        if carrier_bad <= y < carrier_ok and r.random() < 0.6:
            mid = uuid4(r)
            carrier = "DHL"
            S(
                "wk",
                y + secs(r, 0.3, 1.2),
                "ERR",
                "R-FAULT {InputAddress} {MessageId} {MessageType} {ConsumerType}({Duration})",
                f"R-FAULT rabbitmq://rabbitmq/label-requested {mid} Fulfillment.Contracts.LabelRequested Fulfillment.Worker.Consumers.LabelRequestedConsumer(00:00:00.{r.randrange(1000000, 9999999)})",
                exc=[
                    f"Fulfillment.Worker.Carriers.CarrierApiException: {carrier} label API returned 429 (Too Many Requests): rate limit exceeded, retry after 60 seconds",
                    "   at Fulfillment.Worker.Carriers.DhlClient.CreateLabelAsync(LabelRequest request, CancellationToken ct) in /src/Fulfillment.Worker/Carriers/DhlClient.cs:line 87",
                    "   at Fulfillment.Worker.Consumers.LabelRequestedConsumer.Consume(ConsumeContext`1 context) in /src/Fulfillment.Worker/Consumers/LabelRequestedConsumer.cs:line 34",
                    "   at MassTransit.DependencyInjection.ScopeConsumerFactory`1.Send[TMessage](ConsumeContext`1 context, IPipe`1 next) in /_/src/MassTransit/DependencyInjection/DependencyInjection/ScopeConsumerFactory.cs:line 22",
                    "   at MassTransit.Middleware.ConsumerMessageFilter`2.MassTransit.IFilter<MassTransit.ConsumeContext<TMessage>>.Send(ConsumeContext`1 context, IPipe`1 next) in /_/src/MassTransit/Middleware/ConsumerMessageFilter.cs:line 48",
                ],
            )
            S(
                "wk",
                y + secs(r, 1.3, 1.5),
                "WRN",
                "Carrier {Carrier} is rate limiting label requests, pausing endpoint for {Delay}",
                f"Carrier {carrier} is rate limiting label requests, pausing endpoint for 00:01:00",
            )
        elif r.random() < 0.5:
            S(
                "wk",
                y + secs(r, 0.3, 1.2),
                "INF",
                "Label requested from {Carrier} for shipment {ShipmentId}",
                f"Label requested from {r.choice(carriers)} for shipment {r.randrange(1800000, 1900000)}",
            )
    x = t0 + secs(r, 60, 240)
    while x < t_end:
        if up("wk", x) and r.random() < 0.06:
            S(
                "wk",
                x,
                "ERR",
                "Tracking sync failed for carrier {Carrier}",
                f"Tracking sync failed for carrier {r.choice(['DPD', 'GLS'])}",
                exc=[
                    "System.Net.Http.HttpRequestException: Response status code does not indicate success: 502 (Bad Gateway).",
                    "   at System.Net.Http.HttpResponseMessage.EnsureSuccessStatusCode()",
                    "   at Fulfillment.Worker.Carriers.TrackingClient.GetUpdatesAsync(String carrier, DateTimeOffset since, CancellationToken ct) in /src/Fulfillment.Worker/Carriers/TrackingClient.cs:line 41",
                    "   at Fulfillment.Worker.Tracking.TrackingSyncService.ExecuteAsync(CancellationToken stoppingToken) in /src/Fulfillment.Worker/Tracking/TrackingSyncService.cs:line 36",
                ],
            )
        elif up("wk", x):
            S(
                "wk",
                x,
                "INF",
                "Carrier tracking sync: {Updated} shipments updated, {Delivered} delivered",
                f"Carrier tracking sync: {r.randrange(20, 180)} shipments updated, {r.randrange(0, 40)} delivered",
            )
        x += secs(r, 299.9, 300.1)
    # RabbitMQ restarts
    x = mq_down + secs(r, 0.1, 0.5)
    while x < mq_up:
        S(
            "wk",
            x,
            "WRN",
            "Connection Failed: {InputAddress}",
            "Connection Failed: rabbitmq://rabbitmq/",
            exc=[
                "RabbitMQ.Client.Exceptions.BrokerUnreachableException: None of the specified endpoints were reachable",
                " ---> System.AggregateException: One or more errors occurred. (Connection failed)",
                " ---> RabbitMQ.Client.Exceptions.ConnectFailureException: Connection failed",
                " ---> System.Net.Sockets.SocketException (111): Connection refused",
                "   at System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.ThrowException(SocketError error, CancellationToken cancellationToken)",
                "   at System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.System.Threading.Tasks.Sources.IValueTaskSource.GetResult(Int16 token)",
                "   at System.Threading.Tasks.ValueTask.ValueTaskSourceAsTask.<>c.<.cctor>b__4_0(Object state)",
                "--- End of stack trace from previous location ---",
                "   at RabbitMQ.Client.TcpClientAdapter.ConnectAsync(String host, Int32 port)",
                "   at RabbitMQ.Client.Impl.TaskExtensions.TimeoutAfter(Task task, TimeSpan timeout)",
                "   at RabbitMQ.Client.Impl.SocketFrameHandler.ConnectOrFail(ITcpClient socket, AmqpTcpEndpoint endpoint, TimeSpan timeout)",
                "   --- End of inner exception stack trace ---",
                "   at RabbitMQ.Client.Impl.SocketFrameHandler.ConnectUsingIPv4(AmqpTcpEndpoint endpoint, Func`2 socketFactory, TimeSpan timeout, AddressFamily family)",
                "   at RabbitMQ.Client.Impl.SocketFrameHandler..ctor(AmqpTcpEndpoint endpoint, Func`2 socketFactory, TimeSpan connectionTimeout, TimeSpan readTimeout, TimeSpan writeTimeout)",
                "   at RabbitMQ.Client.ConnectionFactory.CreateFrameHandler(AmqpTcpEndpoint endpoint)",
                "   at RabbitMQ.Client.EndpointResolverExtensions.SelectOne[T](IEndpointResolver resolver, Func`2 selector)",
                "   --- End of inner exception stack trace ---",
                "   at RabbitMQ.Client.EndpointResolverExtensions.SelectOne[T](IEndpointResolver resolver, Func`2 selector)",
                "   at RabbitMQ.Client.ConnectionFactory.CreateConnection(IEndpointResolver endpointResolver, String clientProvidedName)",
                "   --- End of inner exception stack trace ---",
                "   at RabbitMQ.Client.ConnectionFactory.CreateConnection(IEndpointResolver endpointResolver, String clientProvidedName)",
                "   at MassTransit.RabbitMqTransport.ConnectionContextFactory.CreateConnection(ISupervisor supervisor) in /_/src/Transports/MassTransit.RabbitMqTransport/RabbitMqTransport/ConnectionContextFactory.cs:line 86",
            ],
        )
        x += secs(r, 5, 6)
    return o.logs(t0, {"api": "api-20240604.log", "wk": "worker-20240604.log"})


SYSTEMS = {
    "spring-boot": spring,
    "quarkus": quarkus,
    "nestjs": nestjs,
    "rust-tracing": rust_tracing,
    "serilog": serilog,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
