#!/usr/bin/env python3
# ruff: noqa: E501, B023  (the log lines it writes are data, one per call; closures run in their loop)
"""Writes the held-out logs of round 48 (payara, htcondor, krb5kdc, gerrit, victoriametrics) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its source's format strings over a seeded
run, and every line that starts an event is labelled with the format string that wrote it as it
is written. Five log shapes not yet covered: Payara Server 6's server.log in the uniform (ODL)
layout (`[2024-06-11T06:00:02.123+0000] [Payara 6.2024.6] [SEVERE] [AS-WEB-CORE-00037]
[jakarta.enterprise.web.core] [tid: _ThreadID=93 _ThreadName=...] [timeMillis: ...] [levelValue:
1000] [[` with the message on the next lines and `]]` after it, a Java stack inside the
brackets, message ids or `[]`, MessageFormat's `{0}`), HTCondor 23's daemon logs (the SchedLog
and NegotiatorLog with `(pid:1234) (D_ALWAYS)` after the time, the StartLog, ShadowLog and
MasterLog without them; a slot's `slot1_3: ` and a shadow's `(4512.0) (23456): ` before the
message, the start-up banner, a schedd crash's raw stack dump), MIT Kerberos 1.20's own file
logs (`Jun 11 06:00:02 kdc1 krb5kdc[1234](info): AS_REQ (4 etypes {...}) 10.0.0.5: ISSUE: ...`:
a status word picked by the code, the etype list as one value with blanks and commas, kadmind's
`Request: kadm5_get_principal, ...` with the outcome's message), Gerrit 3.9's error_log (`[ts]
[thread] LEVEL logger : msg`, thread names with blanks, Java stacks with `Caused by:`), httpd_log
(an access record, labelled by route and status as errctl names them by design) and sshd_log
(`[ts] session [thread] user a/id message`: the user and account are the logger's context), and
VictoriaMetrics 1.10x (`2024-06-11T06:00:02.123Z\tinfo\tVictoriaMetrics/lib/...go:123\tmsg`:
tab-separated, the caller's file and line, errors wrapped in errors, the rate limiter's
`suppressing log message with rate limit=N: ` before a message, a Go panic's goroutine dump).
Run it only to change the data on purpose: `python bench/heldout/generate_round48.py [SYSTEM
...]`.
"""

from __future__ import annotations

import heapq
import itertools
import random
import re
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, ip4, pick

# printf's, Go's (%q %v), MessageFormat's {0} and SLF4J's {}
SPEC = re.compile(r"%%|%[-+ 0-9.#]*(?:ll|l|z)?[sdifuxXqvgc]|\{\d+\}|\{\}")
_END = object()


def goq(v: object) -> str:
    """Go's %q of a string."""
    s = str(v)
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def fill(fmt: str, *vals: object) -> str:
    """The format `fmt` with its conversions replaced by `vals` (`{N}` by index, the others in
    order; `%%` a percent sign, MessageFormat's `''` a quote): the line's label is `fmt` itself."""
    indexed = re.search(r"\{\d+\}", fmt) is not None
    if indexed:
        fmt = fmt.replace("''", "\x00")
    it = iter(vals)

    def one(m: re.Match) -> str:
        spec = m.group()
        if spec == "%%":
            return "%"
        if spec.startswith("{") and spec != "{}":
            return str(vals[int(spec[1:-1])])
        v = next(it)
        if spec.endswith("q"):
            return goq(v)
        if re.fullmatch(r"%[-+ 0-9.#]*[dfiuxX]", spec) and not isinstance(v, str):
            return spec.replace("u", "d") % v
        return str(v)

    out = SPEC.sub(one, fmt)
    if indexed:
        out = out.replace("\x00", "'")
    else:
        assert next(it, _END) is _END, (fmt, vals)
    return out


def grouped(n: int) -> str:
    """A number as Java's MessageFormat writes a Long: `3,214`."""
    return f"{n:,}"


USERS = [
    "alice",
    "bob",
    "carol",
    "dmitri",
    "erin",
    "farah",
    "gustavo",
    "hana",
    "ivan",
    "jonas",
    "keiko",
    "liam",
    "mei",
    "nikolai",
    "olga",
    "pablo",
    "quinn",
    "rahul",
    "sofia",
    "tomasz",
    "ursula",
    "viktor",
    "wen",
    "xavier",
    "yusuf",
    "zoe",
]

# --------------------------------------------------------------------------------- payara

PAYARA_PRODUCT = "Payara 6.2024.6"
PAYARA_VERSION = "Payara Server  6.2024.6 #badassfish (build 1105)"
PAYARA_LEVELS = {"SEVERE": 1000, "WARNING": 900, "INFO": 800}
HZ_VERSION = "5.3.6"
ORDERS_PU = "/file:/opt/payara/appserver/glassfish/domains/domain1/applications/orders-api/WEB-INF/classes/_ordersPU"
BILLING_PU = "/file:/opt/payara/appserver/glassfish/domains/domain1/applications/billing-batch/WEB-INF/classes/_billingPU"
SKUS = [
    "SKU-10442",
    "SKU-20017",
    "SKU-31008",
    "SKU-40125",
    "SKU-52210",
    "SKU-60781",
    "SKU-77310",
    "SKU-81904",
    "SKU-90066",
]
ORDER_PATHS = [
    "/orders-api/api/orders",
    "/orders-api/api/orders/{id}",
    "/orders-api/api/customers/{c}/orders",
    "/orders-api/api/cart/{c}",
    "/billing-batch/api/invoices",
]
JSF_RESOURCES = [
    ("logo-dark.svg", "images"),
    ("jquery/jquery.js", "primefaces"),
    ("admin-theme.css", "css"),
    ("chart.min.js", "js"),
    ("favicon-32.png", "images"),
]
SERVLET_FRAMES = [
    "org.glassfish.jersey.servlet.WebComponent.serviceImpl(WebComponent.java:410)",
    "org.glassfish.jersey.servlet.ServletContainer.serviceImpl(ServletContainer.java:395)",
    "org.glassfish.jersey.servlet.ServletContainer.doFilter(ServletContainer.java:584)",
    "org.apache.catalina.core.StandardWrapper.service(StandardWrapper.java:1554)",
    "org.apache.catalina.core.StandardWrapperValve.invoke(StandardWrapperValve.java:258)",
    "org.apache.catalina.core.StandardContextValve.invoke(StandardContextValve.java:160)",
    "org.apache.catalina.core.StandardPipeline.doInvoke(StandardPipeline.java:654)",
    "org.apache.catalina.core.StandardPipeline.invoke(StandardPipeline.java:593)",
    "com.sun.enterprise.web.WebPipeline.invoke(WebPipeline.java:99)",
    "org.apache.catalina.core.StandardHostValve.invoke(StandardHostValve.java:159)",
    "org.apache.catalina.connector.CoyoteAdapter.doService(CoyoteAdapter.java:372)",
    "org.apache.catalina.connector.CoyoteAdapter.service(CoyoteAdapter.java:239)",
    "com.sun.enterprise.v3.services.impl.ContainerMapper$HttpHandlerCallable.call(ContainerMapper.java:520)",
    "com.sun.enterprise.v3.services.impl.ContainerMapper.service(ContainerMapper.java:217)",
    "org.glassfish.grizzly.http.server.HttpHandler.runService(HttpHandler.java:174)",
    "org.glassfish.grizzly.http.server.HttpHandler.doHandle(HttpHandler.java:153)",
    "org.glassfish.grizzly.http.server.HttpServerFilter.handleRead(HttpServerFilter.java:196)",
    "org.glassfish.grizzly.filterchain.ExecutorResolver$9.execute(ExecutorResolver.java:88)",
    "org.glassfish.grizzly.filterchain.DefaultFilterChain.executeFilter(DefaultFilterChain.java:246)",
    "org.glassfish.grizzly.strategies.WorkerThreadIOStrategy$WorkerThreadRunnable.run(WorkerThreadIOStrategy.java:88)",
    "org.glassfish.grizzly.threadpool.AbstractThreadPool$Worker.doWork(AbstractThreadPool.java:535)",
    "org.glassfish.grizzly.threadpool.AbstractThreadPool$Worker.run(AbstractThreadPool.java:515)",
    "java.base/java.lang.Thread.run(Thread.java:1583)",
]


def payara(r: random.Random) -> list[Log]:
    """Two Payara Server 6 instances (app1, app2) behind a load balancer, each running an order
    REST API (JAX-RS, JPA on a PostgreSQL pool), a JSF admin console and a billing batch with EJB
    timers: start-up (security realms, the Hazelcast data grid with its member-address prefix,
    listeners, Grizzly, virtual servers, each application's Weld, Soteria, Jersey or Mojarra and
    EclipseLink lines, `Loading application ... done in`, JMX, the startup-time summary), then
    the applications' own lines (orders, payments authorised or declined, stock, shipping quotes
    failing with two exception texts, rejected tokens for two reasons), Mojarra's missing
    resources with and without a library, idle Grizzly threads interrupted, a servlet throwing a
    NullPointerException with its stack, the JDBC pool failing while the database is down
    (RAR5038, RAR5117 and RAR5114 with the connection refused, then with the pool exhausted) and
    the request's exception with its `Caused by:` chain, a redeploy of the order API on app2
    (leak warnings, logout, `was successfully deployed in`) and a restart of app1."""
    logs: list[Log] = []
    for host, ip, seed_tid in (("app1", "10.0.1.11", 93), ("app2", "10.0.1.12", 91)):
        log = Log(f"{host}-server.log", datetime(2024, 6, 11, 6, 0, 2, 118000, tzinfo=UTC))
        logs.append(log)
        tids: dict[str, int] = {"main": 1}
        next_tid = [seed_tid]
        hz = f"[{ip}]:4900 [dev] [{HZ_VERSION}] "

        def tid_of(thread: str) -> int:
            if thread not in tids:
                tids[thread] = next_tid[0]
                next_tid[0] += r.randrange(1, 4)
            return tids[thread]

        def rec(
            level: str,
            msgid: str,
            logger: str,
            thread: str,
            fmt: str,
            *vals,
            stack: list[str] | None = None,
            prefix: str = "",
            label: str = "",
            lo: float = 0.0,
            hi: float = 0.4,
        ) -> None:
            t = log.tick(r, lo, hi)
            ms = int(t.timestamp() * 1000)
            ts = f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond // 1000:03d}+0000"
            log.add(
                f"[{ts}] [{PAYARA_PRODUCT}] [{level}] [{msgid}] [{logger}] "
                f"[tid: _ThreadID={tid_of(thread)} _ThreadName={thread}] [timeMillis: {ms}] "
                f"[levelValue: {PAYARA_LEVELS[level]}] [[",
                label or fmt,
            )
            body = ("  " + prefix + fill(fmt, *vals)).split("\n")
            if stack:
                body += [*stack, "]]"]
            else:
                body[-1] += "]]"
            for line in body:
                log.add(line, None)
            log.add("", None)

        def http_thread() -> str:
            return f"http-thread-pool::http-listener-1({r.randrange(1, 17)})"

        def startup() -> None:
            rlc = f"RunLevelControllerThread-{int(log.t.timestamp() * 1000)}"
            core = "jakarta.enterprise.system.core"
            sec = "jakarta.enterprise.system.core.security"
            web = "jakarta.enterprise.web"
            rec(
                "INFO",
                "NCLS-LOGGING-00009",
                "jakarta.enterprise.logging",
                rlc,
                "Running Payara Version: {0}",
                PAYARA_VERSION,
                lo=0,
                hi=0.01,
            )
            rec(
                "INFO",
                "NCLS-LOGGING-00010",
                "jakarta.enterprise.logging",
                rlc,
                "Server log file is using Formatter class: {0}",
                "com.sun.enterprise.server.logging.ODLLogFormatter",
                lo=0,
                hi=0.01,
            )
            rec(
                "INFO",
                "NCLS-SECURITY-01002",
                sec,
                rlc,
                "Java security manager is disabled.",
                lo=0.1,
                hi=0.4,
            )
            rec(
                "INFO",
                "NCLS-SECURITY-01010",
                sec,
                rlc,
                "Entering Security Startup Service.",
                lo=0,
                hi=0.02,
            )
            rec(
                "INFO",
                "NCLS-SECURITY-01143",
                sec,
                rlc,
                "Loading policy provider {0}.",
                "com.sun.enterprise.security.provider.PolicyWrapper",
                lo=0,
                hi=0.05,
            )
            for realm, cls in (
                ("admin-realm", "com.sun.enterprise.security.auth.realm.file.FileRealm"),
                ("file", "com.sun.enterprise.security.auth.realm.file.FileRealm"),
                (
                    "certificate",
                    "com.sun.enterprise.security.auth.realm.certificate.CertificateRealm",
                ),
            ):
                rec(
                    "INFO",
                    "NCLS-SECURITY-01115",
                    sec,
                    rlc,
                    "Realm [{0}] of classtype [{1}] successfully created.",
                    realm,
                    cls,
                    lo=0,
                    hi=0.03,
                )
            rec(
                "INFO",
                "NCLS-SECURITY-01011",
                sec,
                rlc,
                "Security Service(s) started successfully.",
                lo=0,
                hi=0.02,
            )
            rec(
                "INFO",
                "",
                "com.hazelcast.instance.impl.Node",
                rlc,
                "Hazelcast Platform {0} ({1}) starting at {2}",
                HZ_VERSION,
                "20231109 - 9903dc9",
                f"[{ip}]:4900",
                prefix=hz,
                lo=0.1,
                hi=0.3,
            )
            rec(
                "INFO",
                "",
                "com.hazelcast.system.security",
                rlc,
                "Enable DEBUG/FINE log level for log category com.hazelcast.system.security  or use -Dhazelcast.security.recommendations system property to see security recommendations and the status of current config.",
                prefix=hz,
                lo=0,
                hi=0.05,
            )
            rec(
                "INFO",
                "",
                "com.hazelcast.core.LifecycleService",
                rlc,
                "{0} is {1}",
                f"[{ip}]:4900",
                "STARTING",
                prefix=hz,
                lo=0.2,
                hi=0.6,
            )
            rec(
                "INFO",
                "",
                "com.hazelcast.internal.cluster.ClusterService",
                rlc,
                "Cluster version set to {0}",
                "5.3",
                prefix=hz,
                lo=1.5,
                hi=3.5,
            )
            rec(
                "INFO",
                "",
                "com.hazelcast.core.LifecycleService",
                rlc,
                "{0} is {1}",
                f"[{ip}]:4900",
                "STARTED",
                prefix=hz,
                lo=0,
                hi=0.1,
            )
            for fmt, jndi in (
                ("Hazelcast Instance Bound to JNDI at {0}", "payara/Hazelcast"),
                ("JSR107 Caching Provider Bound to JNDI at {0}", "payara/CachingProvider"),
                ("JSR107 Default Cache Manager Bound to JNDI at {0}", "payara/CacheManager"),
            ):
                rec(
                    "INFO",
                    "",
                    "fish.payara.nucleus.hazelcast.HazelcastCore",
                    rlc,
                    fmt,
                    jndi,
                    lo=0,
                    hi=0.05,
                )
            listeners = [
                ("http-listener-1", 8080),
                ("http-listener-2", 8181),
                ("admin-listener", 4848),
            ]
            for name, port in listeners:
                rec(
                    "INFO",
                    "AS-WEB-GLUE-00328",
                    web,
                    rlc,
                    "Created HTTP listener {0} on host/port {1}:{2}",
                    name,
                    "0.0.0.0",
                    port,
                    lo=0,
                    hi=0.05,
                )
            for _name, port in listeners:
                rec(
                    "INFO",
                    "NCLS-CORE-00087",
                    core,
                    rlc,
                    "Grizzly {0} started in: {1}ms - bound to [{2}]",
                    "4.0.2",
                    r.randrange(4, 60),
                    f"/0.0.0.0:{port}",
                    lo=0,
                    hi=0.08,
                )
            for vs in ("server", "__asadmin"):
                rec(
                    "INFO",
                    "AS-WEB-GLUE-00329",
                    web,
                    rlc,
                    "Created virtual server {0}",
                    vs,
                    lo=0,
                    hi=0.03,
                )
            rec(
                "INFO",
                "AS-WEB-GLUE-00331",
                web,
                rlc,
                "Setting JAAS app name {0}",
                "glassfish-web",
                lo=0,
                hi=0.03,
            )
            rec(
                "INFO",
                "AS-WEB-GLUE-00332",
                web,
                rlc,
                "Virtual server {0} loaded default web module {1}",
                "server",
                "",
                lo=0,
                hi=0.03,
            )
            first = True
            for app, ctx, kind in (
                ("orders-api", "/orders-api", "rest"),
                ("admin-ui", "/admin-ui", "jsf"),
                ("billing-batch", "/billing-batch", "rest"),
            ):
                load_app(app, ctx, kind, rlc, first)
                first = False
                rec(
                    "INFO",
                    "NCLS-CORE-00022",
                    core,
                    rlc,
                    "Loading application {0} done in {1} ms",
                    app,
                    grouped(r.randrange(900, 6200)),
                    lo=0,
                    hi=0.05,
                )
            rec(
                "INFO",
                "NCLS-REST-00010",
                "jakarta.enterprise.admin.rest",
                rlc,
                "Listening to REST requests at context: {0}.",
                "/management/domain",
                lo=0.1,
                hi=0.5,
            )
            rec(
                "INFO",
                "NCLS-JMX-00005",
                "jakarta.enterprise.system.jmx",
                "Thread-9",
                "JMXStartupService has started JMXConnector on JMXService URL {0}",
                f"service:jmx:rmi://{host}.example.com:8686/jndi/rmi://{host}.example.com:8686/jmxrmi",
                lo=0,
                hi=0.2,
            )
            felix = r.randrange(1800, 3400)
            services = r.randrange(5200, 11800)
            rec(
                "INFO",
                "NCLS-CORE-00017",
                core,
                "main",
                "{0} startup time : {1} ({2}ms), startup services({3}ms), total({4}ms)",
                PAYARA_VERSION,
                "Felix",
                grouped(felix),
                grouped(services),
                grouped(felix + services),
                lo=0,
                hi=0.1,
            )

        def load_app(
            app: str, ctx: str, kind: str, thread: str, first: bool, deploy: bool = False
        ) -> None:
            rec(
                "INFO",
                "AS-WEB-GLUE-00172",
                "jakarta.enterprise.web",
                thread,
                "Loading application [{0}] at [{1}]",
                app,
                ctx,
                lo=0.1,
                hi=0.6,
            )
            if first:
                rec(
                    "INFO",
                    "",
                    "org.jboss.weld.Version",
                    thread,
                    "WELD-000900: {0}",
                    "5.1.2 (Final)",
                    lo=0,
                    hi=0.2,
                )
            rec(
                "INFO",
                "",
                "org.glassfish.soteria.servlet.SamRegistrationInstaller",
                thread,
                "Initializing Soteria {0} for context ''{1}''",
                "3.0.3",
                ctx,
                lo=0.1,
                hi=0.8,
            )
            if kind == "jsf":
                rec(
                    "INFO",
                    "",
                    "jakarta.enterprise.resource.webcontainer.faces.config",
                    thread,
                    "Initializing Mojarra {0} for context ''{1}''",
                    "4.0.7",
                    ctx,
                    lo=0.2,
                    hi=1.2,
                )
                return
            cls = (
                "com.example.orders.api.RestApplication"
                if app == "orders-api"
                else "com.example.billing.api.BillingApplication"
            )
            rec(
                "INFO",
                "",
                "org.glassfish.jersey.servlet.init.JerseyServletContainerInitializer",
                thread,
                "Registering the Jersey servlet application, named {0}, at the servlet mapping {1}, with the Application class of the same name.",
                cls,
                "/api/*",
                lo=0.1,
                hi=0.5,
            )
            pu = ORDERS_PU if app == "orders-api" else BILLING_PU
            if first or deploy:
                rec(
                    "INFO",
                    "",
                    f"org.eclipse.persistence.session.{pu}",
                    thread,
                    "EclipseLink, version: {0}",
                    "Eclipse Persistence Services - 4.0.2.v202306161219",
                    lo=0.1,
                    hi=0.6,
                )
            rec(
                "INFO",
                "",
                f"org.eclipse.persistence.session.{pu}",
                thread,
                "{0} login successful",
                pu,
                lo=0.1,
                hi=0.9,
            )

        def unload_app(app: str, thread: str) -> None:
            if app in ("orders-api", "billing-batch"):
                pu = ORDERS_PU if app == "orders-api" else BILLING_PU
                rec(
                    "INFO",
                    "",
                    f"org.eclipse.persistence.session.{pu}",
                    thread,
                    "{0} logout successful",
                    pu,
                    lo=0.05,
                    hi=0.3,
                )
            if app == "orders-api":
                rec(
                    "WARNING",
                    "AS-WEB-CORE-00493",
                    "jakarta.enterprise.web.core",
                    thread,
                    "The web application [{0}] registered the JDBC driver [{1}] but failed to unregister it when the web application was stopped. To prevent a memory leak, the JDBC Driver has been forcibly unregistered.",
                    f"/{app}",
                    "org.postgresql.Driver",
                    lo=0,
                    hi=0.1,
                )
                rec(
                    "WARNING",
                    "AS-WEB-CORE-00494",
                    "jakarta.enterprise.web.core",
                    thread,
                    "The web application [{0}] appears to have started a thread named [{1}] but has failed to stop it. This is very likely to create a memory leak.",
                    f"/{app}",
                    f"pool-{r.randrange(3, 30)}-thread-1",
                    lo=0,
                    hi=0.1,
                )

        def shutdown() -> None:
            th = "admin-thread-pool::admin-listener(2)"
            rec(
                "INFO",
                "NCLS-CORE-00041",
                "jakarta.enterprise.system.core",
                th,
                "Server shutdown initiated",
                lo=1,
                hi=5,
            )
            for app in ("orders-api", "admin-ui", "billing-batch"):
                unload_app(app, th)
            rec(
                "INFO",
                "",
                "com.hazelcast.core.LifecycleService",
                th,
                "{0} is {1}",
                f"[{ip}]:4900",
                "SHUTTING_DOWN",
                prefix=hz,
                lo=0.1,
                hi=0.3,
            )
            rec(
                "INFO",
                "",
                "com.hazelcast.instance.impl.Node",
                th,
                "Shutting down connection manager...",
                prefix=hz,
                lo=0,
                hi=0.05,
            )
            rec(
                "INFO",
                "",
                "com.hazelcast.instance.impl.Node",
                th,
                "Shutting down node engine...",
                prefix=hz,
                lo=0,
                hi=0.1,
            )
            rec(
                "INFO",
                "",
                "com.hazelcast.instance.impl.Node",
                th,
                "Hazelcast Shutdown is completed in {0} ms.",
                r.randrange(12, 90),
                prefix=hz,
                lo=0,
                hi=0.1,
            )
            rec(
                "INFO",
                "",
                "com.hazelcast.core.LifecycleService",
                th,
                "{0} is {1}",
                f"[{ip}]:4900",
                "SHUTDOWN",
                prefix=hz,
                lo=0,
                hi=0.02,
            )
            jmx = f"service:jmx:rmi://{host}.example.com:8686/jndi/rmi://{host}.example.com:8686/jmxrmi"
            rec(
                "INFO",
                "NCLS-JMX-00007",
                "jakarta.enterprise.system.jmx",
                th,
                "JMXStartupService: Stopped JMXConnectorServer: {0}",
                jmx,
                lo=0,
                hi=0.1,
            )
            rec(
                "INFO",
                "NCLS-JMX-00008",
                "jakarta.enterprise.system.jmx",
                th,
                "JMXStartupService and JMXConnectors have been shut down.",
                lo=0,
                hi=0.05,
            )
            rec(
                "INFO",
                "NCLS-CORE-00032",
                "jakarta.enterprise.system.core",
                th,
                "Shutdown procedure finished",
                lo=0,
                hi=0.2,
            )

        order_seq = itertools.count(r.randrange(4000, 9000))

        def order_id() -> str:
            return f"ORD-240611-{next(order_seq):06d}"

        def customer() -> str:
            return f"C{r.randrange(10000, 99999)}"

        def orders() -> None:
            oid = order_id()
            n = r.choice([1, 1, 1, 2, 2, 3, 4, 6])
            total = f"{r.uniform(9, 900):.2f} EUR"
            th = http_thread()
            rec(
                "INFO",
                "",
                "com.example.orders.api.OrderResource",
                th,
                "Order {0} created for customer {1}: {2} items, total {3}",
                oid,
                customer(),
                n,
                total,
            )
            for _ in range(r.choice([0, 1, 1, 1, 2])):
                rec(
                    "INFO",
                    "",
                    "com.example.orders.inventory.InventoryService",
                    th,
                    "Reserved {0} x {1} for order {2}",
                    r.randrange(1, 5),
                    r.choice(SKUS),
                    oid,
                    lo=0,
                    hi=0.2,
                )
            if r.random() < 0.88:
                rec(
                    "INFO",
                    "",
                    "com.example.orders.payment.PaymentService",
                    th,
                    "Payment {0} authorised for order {1}",
                    f"pi_{hexid(r, 24)}",
                    oid,
                    lo=0.2,
                    hi=1.5,
                )
            else:
                rec(
                    "WARNING",
                    "",
                    "com.example.orders.payment.PaymentService",
                    th,
                    "Payment {0} declined for order {1}: {2}",
                    f"pi_{hexid(r, 24)}",
                    oid,
                    r.choice(
                        [
                            "insufficient_funds",
                            "card_declined",
                            "expired_card",
                            "do_not_honor",
                            "incorrect_cvc",
                        ]
                    ),
                    lo=0.2,
                    hi=1.5,
                )

        def stock() -> None:
            req = r.randrange(2, 12)
            rec(
                "WARNING",
                "",
                "com.example.orders.inventory.InventoryService",
                http_thread(),
                "Insufficient stock for {0}: requested {1}, available {2}",
                r.choice(SKUS),
                req,
                r.randrange(0, req),
            )

        def shipping() -> None:
            fmt = r.choice(
                [
                    "Shipping quote failed for order {0} (attempt {1} of {2}): Read timed out",
                    "Shipping quote failed for order {0} (attempt {1} of {2}): Connect timed out",
                ]
            )
            rec(
                "WARNING",
                "",
                "com.example.orders.shipping.ShippingClient",
                f"__ejb-thread-pool{r.randrange(1, 17)}",
                fmt,
                order_id(),
                r.randrange(1, 4),
                3,
            )

        def token() -> None:
            fmt = r.choice(
                [
                    "Rejected request to {0} from {1}: token expired",
                    "Rejected request to {0} from {1}: token expired",
                    "Rejected request to {0} from {1}: invalid signature",
                ]
            )
            path = r.choice(ORDER_PATHS).replace("{id}", order_id()).replace("{c}", customer())
            rec(
                "WARNING",
                "",
                "com.example.orders.security.JwtFilter",
                http_thread(),
                fmt,
                path,
                ip4(r, "10.40"),
            )

        def jsf() -> None:
            res, lib = r.choice(JSF_RESOURCES)
            th = f"http-thread-pool::http-listener-1({r.randrange(1, 17)})"
            if r.random() < 0.5:
                rec(
                    "WARNING",
                    "",
                    "jakarta.enterprise.resource.webcontainer.faces.application",
                    th,
                    "JSF1064: Unable to find or serve resource, {0}, from library, {1}.",
                    res,
                    lib,
                )
            else:
                rec(
                    "WARNING",
                    "",
                    "jakarta.enterprise.resource.webcontainer.faces.application",
                    th,
                    "JSF1064: Unable to find or serve resource, {0}.",
                    res,
                )

        def idle() -> None:
            rec(
                "WARNING",
                "",
                "org.glassfish.grizzly.threadpool.AbstractThreadPool",
                "http-thread-pool::http-listener-1-kernel(1) SelectorRunner",
                "GRIZZLY0023: Interrupting idle Thread: {0}.",
                http_thread(),
            )

        def npe() -> None:
            exc = 'java.lang.NullPointerException: Cannot invoke "com.example.orders.model.Address.getCountry()" because the return value of "com.example.orders.model.Customer.getShippingAddress()" is null'
            stack = [f"jakarta.servlet.ServletException: {exc}"]
            stack += [f"\tat {f}" for f in SERVLET_FRAMES]
            stack += [
                f"Caused by: {exc}",
                "\tat com.example.orders.shipping.ShippingQuoteService.quote(ShippingQuoteService.java:88)",
                "\tat com.example.orders.api.OrderResource.quote(OrderResource.java:142)",
                "\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)",
                "\tat java.base/java.lang.reflect.Method.invoke(Method.java:580)",
                "\tat org.glassfish.jersey.server.model.internal.ResourceMethodInvocationHandlerFactory.lambda$static$0(ResourceMethodInvocationHandlerFactory.java:52)",
                "\tat org.glassfish.jersey.server.model.internal.AbstractJavaResourceMethodDispatcher$1.run(AbstractJavaResourceMethodDispatcher.java:146)",
                "\tat org.glassfish.jersey.server.ServerRuntime$1.run(ServerRuntime.java:265)",
                f"\t... {r.randrange(40, 60)} more",
            ]
            servlet = r.choice(
                [
                    "com.example.orders.api.RestApplication",
                    "com.example.orders.api.RestApplication",
                    "Faces Servlet",
                ]
            )
            rec(
                "SEVERE",
                "AS-WEB-CORE-00037",
                "jakarta.enterprise.web.core",
                http_thread(),
                "StandardWrapperValve[{0}]: Servlet.service() for servlet {0} threw exception",
                servlet,
                stack=stack,
            )

        def invoice_run(n: int) -> None:
            th = f"__ejb-thread-pool{r.randrange(1, 17)}"
            run = f"INV-{n:04d}"
            rec(
                "INFO",
                "",
                "com.example.billing.InvoiceScheduler",
                th,
                "Invoice run {0} started for period {1}",
                run,
                "2024-06",
                lo=1,
                hi=5,
            )
            rec(
                "INFO",
                "",
                "com.example.billing.InvoiceScheduler",
                th,
                "Invoice run {0} finished: {1} invoices created, {2} skipped in {3} ms",
                run,
                r.randrange(0, 340),
                r.randrange(0, 12),
                grouped(r.randrange(300, 48000)),
                lo=0.3,
                hi=48,
            )

        DB = "db-primary.example.com:5432"
        REFUSED = f"Connection to {DB} refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections."
        REFUSED_FMT = "Connection to {1} refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections."
        EXHAUSTED = "In-use connections equal max-pool-size and expired max-wait-time. Cannot allocate more connections."

        def pool_failure(exhausted: bool) -> None:
            th = http_thread()
            pool = "orders-pool"
            alloc = (
                "jakarta.enterprise.resource.resourceadapter.com.sun.enterprise.resource.allocator"
            )
            poolp = "jakarta.enterprise.resource.resourceadapter.com.sun.enterprise.resource.pool"
            if not exhausted:
                rec(
                    "WARNING",
                    "",
                    alloc,
                    th,
                    "RAR5038:Unexpected exception while creating resource for pool {0}. Exception : jakarta.resource.spi.ResourceAllocationException: Connection could not be allocated because: "
                    + REFUSED_FMT,
                    pool,
                    DB,
                    lo=0,
                    hi=0.3,
                )
                reason = "Connection could not be allocated because: " + REFUSED
                reason_fmt = "Connection could not be allocated because: " + REFUSED_FMT
            else:
                reason = reason_fmt = EXHAUSTED
            rec(
                "WARNING",
                "",
                poolp,
                th,
                "RAR5117 : Failed to obtain/create connection from connection pool [ {0} ]. Reason : com.sun.appserv.connectors.internal.api.PoolingException: "
                + reason_fmt,
                pool,
                DB,
                lo=0,
                hi=30.2 if exhausted else 0.2,
            )
            rec(
                "WARNING",
                "",
                "jakarta.enterprise.resource.resourceadapter.com.sun.gjc.spi",
                th,
                "RAR5114 : Error allocating connection : [Error in allocating a connection. Cause: "
                + reason_fmt
                + "]",
                *(() if exhausted else (pool, DB)),
                lo=0,
                hi=0.05,
            )
            cause = f"java.sql.SQLException: Error in allocating a connection. Cause: {reason}"
            stack = [
                "jakarta.servlet.ServletException: jakarta.persistence.PersistenceException: Exception [EclipseLink-4002] (Eclipse Persistence Services - 4.0.2.v202306161219): org.eclipse.persistence.exceptions.DatabaseException",
                f"Internal Exception: {cause}",
                "Error Code: 0",
            ]
            stack += [f"\tat {f}" for f in SERVLET_FRAMES[:5]]
            stack += [
                "Caused by: jakarta.persistence.PersistenceException: Exception [EclipseLink-4002] (Eclipse Persistence Services - 4.0.2.v202306161219): org.eclipse.persistence.exceptions.DatabaseException",
                f"Internal Exception: {cause}",
                "Error Code: 0",
                "\tat org.eclipse.persistence.internal.jpa.EntityManagerSetupImpl.deploy(EntityManagerSetupImpl.java:862)",
                "\tat org.eclipse.persistence.internal.jpa.EntityManagerFactoryDelegate.getAbstractSession(EntityManagerFactoryDelegate.java:222)",
                "\tat org.eclipse.persistence.internal.jpa.EntityManagerImpl.createQuery(EntityManagerImpl.java:1800)",
                "\tat com.example.orders.repository.OrderRepository.findByCustomer(OrderRepository.java:61)",
                "\tat com.example.orders.api.OrderResource.list(OrderResource.java:77)",
                f"\t... {r.randrange(50, 70)} more",
                f"Caused by: {cause}",
                "\tat com.sun.gjc.spi.base.AbstractDataSource.getConnection(AbstractDataSource.java:119)",
                "\tat org.eclipse.persistence.sessions.JNDIConnector.connect(JNDIConnector.java:135)",
                "\tat org.eclipse.persistence.sessions.DatasourceLogin.connectToDatasource(DatasourceLogin.java:172)",
                f"\t... {r.randrange(70, 90)} more",
            ]
            rec(
                "SEVERE",
                "AS-WEB-CORE-00037",
                "jakarta.enterprise.web.core",
                th,
                "StandardWrapperValve[{0}]: Servlet.service() for servlet {0} threw exception",
                "com.example.orders.api.RestApplication",
                stack=stack,
                lo=0,
                hi=0.1,
            )

        startup()
        invoices = itertools.count(1)
        last_invoice = log.t
        outage = datetime(2024, 6, 11, 14, 5, tzinfo=UTC)
        restarted = redeployed = False
        while log.t < datetime(2024, 6, 11, 19, 30, tzinfo=UTC):
            if log.t - last_invoice > timedelta(hours=1):
                last_invoice = log.t
                invoice_run(next(invoices))
            if (
                host == "app1"
                and not restarted
                and log.t > datetime(2024, 6, 11, 12, 40, tzinfo=UTC)
            ):
                restarted = True
                shutdown()
                log.tick(r, 20, 45)
                startup()
                continue
            if (
                host == "app2"
                and not redeployed
                and log.t > datetime(2024, 6, 11, 11, 30, tzinfo=UTC)
            ):
                redeployed = True
                th = "admin-thread-pool::admin-listener(4)"
                unload_app("orders-api", th)
                load_app("orders-api", "/orders-api", "rest", th, False, deploy=True)
                rec(
                    "INFO",
                    "NCLS-DEPLOYMENT-02035",
                    "jakarta.enterprise.system.tools.deployment.common",
                    th,
                    "{0} was successfully deployed in {1} milliseconds.",
                    "orders-api",
                    grouped(r.randrange(2100, 7800)),
                    lo=0,
                    hi=0.2,
                )
                continue
            if outage <= log.t < outage + timedelta(minutes=9):
                log.tick(r, 4, 30)
                pool_failure(False)
                continue
            if outage + timedelta(minutes=9) <= log.t < outage + timedelta(minutes=13):
                log.tick(r, 4, 30)
                pool_failure(True)
                continue
            log.tick(r, 30, 230)
            pick(
                r,
                [
                    (30, orders),
                    (2.5, stock),
                    (2.2, shipping),
                    (3.0, token),
                    (2.0, jsf),
                    (0.7, idle),
                    (0.5, npe),
                ],
            )
    return logs


# --------------------------------------------------------------------------------- htcondor

CONDOR_VERSION = "$CondorVersion: 23.0.10 2024-05-21 BuildID: 729580 PackageID: 23.0.10-1 $"
CONDOR_PLATFORM = "$CondorPlatform: x86_64_AlmaLinux9 $"
CONDOR_USERS = [
    "alice@example.com",
    "bob@example.com",
    "carol@example.com",
    "dmitri@example.com",
    "cmsprod@example.com",
]
SCHEDD_FRAMES = [
    "/usr/lib64/libcondor_utils_23_0_10.so(dprintf_dump_stack+0x137)[0x7f2c8a4c1d67]",
    "/usr/lib64/libcondor_utils_23_0_10.so(_ZL18linux_sig_coredumpi+0x40)[0x7f2c8a6a0d60]",
    "/lib64/libc.so.6(+0x3e6f0)[0x7f2c89c3e6f0]",
    "/usr/sbin/condor_schedd(_ZN9Scheduler13delete_shadow_recEP10shadow_rec+0x2c)[0x55d0a3f1c91c]",
    "/usr/sbin/condor_schedd(_ZN9Scheduler11child_exitEii+0x4b1)[0x55d0a3f4e0b1]",
    "/usr/lib64/libcondor_utils_23_0_10.so(_ZN10DaemonCore19CallReaperWithLaterEiii+0x1e7)[0x7f2c8a6e3f47]",
    "/usr/lib64/libcondor_utils_23_0_10.so(_ZN10DaemonCore6DriverEv+0x14a9)[0x7f2c8a6f0c59]",
    "/usr/lib64/libcondor_utils_23_0_10.so(_Z7dc_mainiPPc+0x1c9d)[0x7f2c8a70b4ad]",
    "/lib64/libc.so.6(+0x29590)[0x7f2c89c29590]",
    "/lib64/libc.so.6(__libc_start_main+0x80)[0x7f2c89c29640]",
    "/usr/sbin/condor_schedd(_start+0x25)[0x55d0a3ec2a85]",
]


class DLog:
    """One HTCondor daemon log: `MM/DD/YY HH:MM:SS ` and, when the daemon is configured with
    D_PID and D_CAT, `(pid:N) (D_CAT) ` before the message."""

    def __init__(self, log: Log, now: list[datetime], pid: int | None):
        self.log, self.now, self.pid = log, now, pid

    def __call__(
        self, fmt: str, *vals, cat: str = "D_ALWAYS", prefix: str = "", label: str = ""
    ) -> None:
        t = self.now[0]
        head = f"{t:%m/%d/%y %H:%M:%S} "
        if self.pid is not None:
            head += f"(pid:{self.pid}) ({cat}) "
        self.log.add(head + prefix + fill(fmt, *vals), label or fmt)

    def raw(self, text: str) -> None:
        self.log.add(text, None)


def htcondor(r: random.Random) -> list[Log]:
    """An HTCondor 23 pool seen from its access point (submit1: SchedLog with D_PID and D_CAT,
    ShadowLog and MasterLog without), one execute node (wn07: StartLog) and the central manager
    (cm1: NegotiatorLog with D_PID and D_CAT): the start-up banner and configuration lines every
    daemon writes, negotiation cycles with their phases, per-submitter requests, matches and
    rejections (two reasons), the schedd's side of each cycle, claims and shadows started, a
    partitionable slot carved into dynamic slots with their state and activity changes and the
    `State change:` reasons, jobs exiting, killed by a signal, evicted, held (a memory limit, a
    missing input file: each hold reason a message of its own), disconnected and reconnected
    or lost with the shadow's EXCEPT, claims that fail, submitter ads, transfer-queue stats, a
    socket closing under the schedd, preen, and a schedd crash with its raw stack dump, the
    master's obituary and the restart."""
    t0 = datetime(2024, 6, 11, 6, 0, 1, tzinfo=UTC)
    now = [t0]
    schedlog, shadowlog, masterlog, startlog, neglog = (
        Log(n, t0) for n in ("SchedLog", "ShadowLog", "MasterLog", "StartLog", "NegotiatorLog")
    )
    schedd_pid = [2311]
    S = DLog(schedlog, now, schedd_pid[0])
    SH = DLog(shadowlog, now, None)
    M = DLog(masterlog, now, None)
    ST = DLog(startlog, now, None)
    N = DLog(neglog, now, 1877)
    heap: list = []
    seq = itertools.count()

    def at(delay: float, fn: Callable[[], None]) -> None:
        heapq.heappush(heap, (now[0] + timedelta(seconds=delay), next(seq), fn))

    def adv(lo: float, hi: float) -> None:
        now[0] += timedelta(seconds=r.uniform(lo, hi))

    def sinful(ip: str, host: str, daemon: str, pid: int, tag: str) -> str:
        return (
            f"<{ip}:9618?addrs={ip}-9618&alias={host}.example.com&noUDP&sock={daemon}_{pid}_{tag}>"
        )

    tags = {"schedd": hexid(r, 4), "startd": hexid(r, 4), "negotiator": hexid(r, 4)}
    schedd_addr = [sinful("10.0.0.5", "submit1", "schedd", schedd_pid[0], tags["schedd"])]
    neg_addr = sinful("10.0.0.2", "cm1", "negotiator", 1877, tags["negotiator"])
    wn07_addr = sinful("10.0.1.7", "wn07", "startd", 1520, tags["startd"])
    nodes = {
        f"wn{i:02d}": (
            f"10.0.1.{i}",
            sinful(f"10.0.1.{i}", f"wn{i:02d}", "startd", r.randrange(1400, 1700), hexid(r, 4)),
        )
        for i in range(1, 25)
    }
    nodes["wn07"] = ("10.0.1.7", wn07_addr)

    def banner(
        d: DLog,
        daemon: str,
        exe: str,
        subsys: str,
        typ: str,
        typnum: int,
        pid: int,
        sock: str,
        addr: str,
        touched: str,
    ) -> None:
        stars = "*" * 54
        d(stars)
        d("** %s (%s) STARTING UP", daemon, f"CONDOR_{subsys}")
        d("** %s", exe)
        d("** SubsystemInfo: name=%s type=%s(%d) class=%s(%d)", subsys, typ, typnum, "DAEMON", 1)
        d("** %s", CONDOR_VERSION)
        d("** %s", CONDOR_PLATFORM)
        d("** PID = %d", pid)
        d("** Log last touched %s", touched)
        d(stars)
        d("Using config source: %s", "/etc/condor/condor_config")
        d("Daemon Log is logging: %s", "D_ALWAYS D_ERROR D_STATUS")
        if sock:
            d("SharedPortEndpoint: waiting for connections to named socket %s", sock)
        d("DaemonCore: command socket at %s", addr)

    def touched() -> str:
        t = now[0] - timedelta(seconds=r.randrange(3, 40))
        return f"{t.month}/{t.day} {t:%H:%M:%S}"

    def master_start() -> None:
        banner(
            M,
            "condor_master",
            "/usr/sbin/condor_master",
            "MASTER",
            "MASTER",
            2,
            1180,
            "",
            sinful("10.0.0.5", "submit1", "master", 1180, hexid(r, 4)),
            touched(),
        )
        M(
            "Adding SHARED_PORT to DAEMON_LIST, because USE_SHARED_PORT=true (to disable this, set AUTO_INCLUDE_SHARED_PORT_IN_DAEMON_LIST=False)"
        )
        M(
            'Started DaemonCore process "%s", pid and pgroup = %d',
            "/usr/libexec/condor/condor_shared_port",
            1202,
        )
        M(
            'Started DaemonCore process "%s", pid and pgroup = %d',
            "/usr/sbin/condor_schedd",
            schedd_pid[0],
        )
        M("Daemons::StartAllDaemons all daemons were started")

    def schedd_start() -> None:
        banner(
            S,
            "condor_schedd",
            "/usr/sbin/condor_schedd",
            "SCHEDD",
            "SCHEDD",
            5,
            schedd_pid[0],
            f"schedd_{schedd_pid[0]}_{tags['schedd']}",
            schedd_addr[0],
            touched(),
        )
        S("History file rotation is enabled.")

    def startd_start() -> None:
        banner(
            ST,
            "condor_startd",
            "/usr/sbin/condor_startd",
            "STARTD",
            "STARTD",
            7,
            1520,
            f"startd_1520_{tags['startd']}",
            wn07_addr,
            touched(),
        )
        ST("History file rotation is enabled.")
        ST(
            "slot type %d: Cpus: %f, Memory: %d, Swap: %.2f%%, Disk: %.2f%%",
            1,
            32.0,
            257413,
            100.0,
            100.0,
        )
        ST("New machine resource of type %d allocated", 1)
        adv(1, 3)
        ST("State change: IS_OWNER is false", prefix="slot1: ")
        ST("Changing state: %s -> %s", "Owner", "Unclaimed", prefix="slot1: ")

    # ---- jobs
    cluster = itertools.count(4512)
    idle: dict[str, list[tuple[int, int]]] = {u: [] for u in CONDOR_USERS}
    running: dict[tuple[int, int], dict] = {}
    shadow_pid = [23410]
    starter_pid = [34120]
    dslot = itertools.count(1)

    def submit(user: str) -> None:
        c = next(cluster)
        for p in range(r.choice([1, 1, 1, 2, 3, 4, 6, 10])):
            idle[user].append((c, p))
        at(r.uniform(2400, 7800), lambda: submit(user))

    def jid(j: tuple[int, int]) -> str:
        return f"{j[0]}.{j[1]}"

    def negotiate() -> None:
        N("---------- Started Negotiation Cycle ----------")
        N("Phase 1:  Obtaining ads from collector ...")
        N("  Getting startd private ads ...")
        public = r.randrange(430, 520)
        subs = [u for u in CONDOR_USERS if idle[u]]
        N("Got ads: %d public and %d private", public, public - len(subs) - r.randrange(3, 9))
        N(
            "Public ads include %d submitter, %d startd",
            len(subs),
            public - len(subs) - r.randrange(3, 9),
        )
        N("Phase 2:  Performing accounting ...")
        N("Phase 3:  Sorting submitter ads by priority ...")
        N("Phase 4.1:  Negotiating with schedds ...")
        free = max(0, 190 - len(running))
        r.shuffle(subs)
        for u in subs:
            N("  Negotiating with %s at %s", u, schedd_addr[0])
            N("%d seconds so far for this submitter", 0)
            N("%d seconds so far for this cycle", r.randrange(0, 3))
            S("Activity on stashed negotiator socket: %s", neg_addr)
            S("Using negotiation protocol: %s", "NEGOTIATE")
            S("Negotiating for owner: %s", u)
            matched = rejected = 0
            todo = idle[u][: r.randrange(1, 4)]
            wanted = len(idle[u])
            for k, j in enumerate(todo):
                N(
                    "    Request %05d.%05d: autocluster %d (request count %d of %d)",
                    j[0],
                    j[1],
                    10 + j[0] % 17,
                    k + 1,
                    wanted,
                )
                if free > 0 and r.random() < 0.8:
                    host = (
                        "wn07" if r.random() < 0.3 else r.choice([h for h in nodes if h != "wn07"])
                    )
                    N(
                        "      Matched %d.%d %s %s preempting %s %s %s",
                        j[0],
                        j[1],
                        u,
                        schedd_addr[0],
                        "none",
                        nodes[host][1],
                        f"slot1@{host}.example.com",
                    )
                    N("      Successfully matched with %s", f"slot1@{host}.example.com")
                    idle[u].remove(j)
                    free -= 1
                    matched += 1
                    at(r.uniform(0.5, 3), lambda j=j, u=u, host=host: claim(j, u, host))
                else:
                    reason = "insufficient priority" if r.random() < 0.5 else "no match found"
                    N("      Rejected %d.%d %s %s: " + reason, j[0], j[1], u, schedd_addr[0])
                    rejected += 1
                    break
            if idle[u] and rejected:
                N("  Got NO_MORE_JOBS;  schedd has no more requests")
            elif not idle[u]:
                N("  Submitter %s got all it wants; removing it.", u)
            else:
                N("  Got NO_MORE_JOBS;  schedd has no more requests")
            S(
                "Finished negotiating for %s in local pool: %d matched, %d rejected",
                u,
                matched,
                rejected,
            )
        N("---------- Finished Negotiation Cycle ----------")
        at(r.uniform(240, 420), negotiate)

    def claim(j: tuple[int, int], u: str, host: str) -> None:
        _ip, addr = nodes[host]
        if r.random() < 0.03 and host != "wn07":
            S(
                "Failed to send REQUEST_CLAIM to startd %s %s for %s: SECMAN:2003:TCP connection to startd %s %s failed.",
                f"slot1@{host}.example.com",
                addr,
                u,
                f"slot1@{host}.example.com",
                addr,
                cat="D_ERROR",
            )
            S(
                "Match record (%s %s for %s, %d.%d) deleted",
                f"slot1@{host}.example.com",
                addr,
                u,
                j[0],
                j[1],
            )
            idle[u].insert(0, j)
            return
        slot = f"slot1_{next(dslot)}" if host == "wn07" else f"slot1_{r.randrange(1, 33)}"
        if host == "wn07":
            p = f"{slot}: "
            ST("Request accepted.", prefix="slot1: ")
            ST("New machine resource of type %d allocated", -1)
            ST("Request accepted.", prefix=p)
            ST("Remote owner is %s", u, prefix=p)
            ST("State change: claiming protocol successful", prefix=p)
            ST("Changing state: %s -> %s", "Owner", "Claimed", prefix=p)
        S("Completed REQUEST_CLAIM to startd %s %s for %s", f"slot1@{host}.example.com", addr, u)
        adv(0, 1)
        S("Starting add_shadow_birthdate(%d.%d)", j[0], j[1])
        shadow_pid[0] += r.randrange(2, 40)
        spid = shadow_pid[0]
        S(
            "Started shadow for job %d.%d on %s %s for %s, (shadow pid = %d)",
            j[0],
            j[1],
            f"{slot}@{host}.example.com",
            addr,
            u,
            spid,
        )
        job = {"user": u, "host": host, "slot": slot, "spid": spid, "addr": addr}
        running[j] = job
        adv(0, 1)
        SH("Initializing a %s shadow for job %d.%d", "VANILLA", j[0], j[1])
        sp = f"({jid(j)}) ({spid}): "
        SH("Request to run on %s %s was ACCEPTED", f"{slot}@{host}.example.com", addr, prefix=sp)
        if host == "wn07":
            adv(0, 1)
            p = f"{slot}: "
            ST("Got activate_claim request from shadow (%s)", "10.0.0.5", prefix=p)
            ST("Remote job ID is %d.%d", j[0], j[1], prefix=p)
            ST('Got universe "%s" (%d) from request classad', "VANILLA", 5, prefix=p)
            ST("State change: claim-activation protocol successful", prefix=p)
            ST("Changing activity: %s -> %s", "Idle", "Busy", prefix=p)
            starter_pid[0] += r.randrange(3, 60)
            job["starter"] = starter_pid[0]
        x = r.random()
        if x < 0.02:
            at(r.uniform(3, 20), lambda: hold_transfer(j))
        elif x < 0.05:
            at(r.uniform(600, 3600), lambda: hold_memory(j))
        elif x < 0.08:
            at(r.uniform(300, 3000), lambda: evict(j))
        elif x < 0.105:
            at(r.uniform(300, 3000), lambda: disconnect(j, r.random() < 0.6))
        else:
            at(r.uniform(300, 5400), lambda: finish(j, r.random() < 0.04))

    def release_slot(job: dict, killed_sig: int = 0) -> None:
        """The startd's side of a job's end on wn07, from the starter's exit to the slot's deletion."""
        if job["host"] != "wn07":
            return
        p = f"{job['slot']}: "
        if killed_sig:
            ST("Starter pid %d died on signal %d (%s)", job["starter"], killed_sig, "Killed")
        else:
            ST("Starter pid %d exited with status %d", job["starter"], 0)
        ST("State change: starter exited", prefix=p)
        ST("Changing activity: %s -> %s", "Busy", "Idle", prefix=p)
        adv(0, 1)
        ST("State change: received RELEASE_CLAIM command", prefix=p)
        ST(
            "Changing state and activity: %s/%s -> %s/%s",
            "Claimed",
            "Idle",
            "Preempting",
            "Vacating",
            prefix=p,
        )
        ST("State change: No preempting claim, returning to owner", prefix=p)
        ST(
            "Changing state and activity: %s/%s -> %s/%s",
            "Preempting",
            "Vacating",
            "Owner",
            "Idle",
            prefix=p,
        )
        ST("State change: IS_OWNER is false", prefix=p)
        ST("Changing state: %s -> %s", "Owner", "Unclaimed", prefix=p)
        ST("Changing state: %s -> %s", "Unclaimed", "Delete", prefix=p)
        ST("Resource no longer needed, deleting", prefix=p)

    def shadow_exit(j: tuple[int, int], status: int, requeue: bool = False) -> None:
        job = running.pop(j)
        sp = f"({jid(j)}) ({job['spid']}): "
        SH(
            "**** %s (%s) pid %d EXITING WITH STATUS %d",
            "condor_shadow",
            "condor_SHADOW",
            job["spid"],
            status,
            prefix=sp,
        )
        adv(0, 1)
        S("Shadow pid %d for job %d.%d exited with status %d", job["spid"], j[0], j[1], status)
        S(
            "Match record (%s %s for %s, %d.%d) deleted",
            f"{job['slot']}@{job['host']}.example.com",
            job["addr"],
            job["user"],
            j[0],
            j[1],
        )
        if requeue:
            idle[job["user"]].append(j)

    def finish(j: tuple[int, int], signal: bool) -> None:
        job = running[j]
        sp = f"({jid(j)}) ({job['spid']}): "
        release_slot(job)
        if signal:
            SH(
                "Job %d.%d terminated: killed by signal %d",
                j[0],
                j[1],
                r.choice([6, 9, 11]),
                prefix=sp,
            )
        else:
            SH(
                "Job %d.%d terminated: exited with status %d",
                j[0],
                j[1],
                r.choice([0] * 12 + [1, 2, 127]),
                prefix=sp,
            )
        SH("Reporting job exit reason %d and attempting to fetch new job.", 100, prefix=sp)
        shadow_exit(j, 100)

    def hold_memory(j: tuple[int, int]) -> None:
        job = running[j]
        sp = f"({jid(j)}) ({job['spid']}): "
        limit = r.choice([2048, 4096, 8192])
        release_slot(job)
        SH(
            "Job %d.%d going into Hold state (code %d,%d): Error from %s: Job has gone over cgroup memory limit of %d megabytes. Last measured usage: %d megabytes.  Consider resubmitting with a higher request_memory.",
            j[0],
            j[1],
            34,
            0,
            f"{job['slot']}@{job['host']}.example.com",
            limit,
            limit + r.randrange(1, 60),
            prefix=sp,
        )
        shadow_exit(j, 112)

    def hold_transfer(j: tuple[int, int]) -> None:
        job = running[j]
        sp = f"({jid(j)}) ({job['spid']}): "
        user = job["user"].split("@")[0]
        release_slot(job)
        SH(
            "Job %d.%d going into Hold state (code %d,%d): Transfer input files failure at access point %s while sending files to the execution point. Details: reading from file %s: (errno %d) %s",
            j[0],
            j[1],
            13,
            2,
            "submit1",
            f"/home/{user}/run{r.randrange(1, 60)}/input_{r.randrange(0, 400):03d}.dat",
            2,
            "No such file or directory",
            prefix=sp,
        )
        shadow_exit(j, 112)

    def evict(j: tuple[int, int]) -> None:
        job = running[j]
        sp = f"({jid(j)}) ({job['spid']}): "
        if job["host"] == "wn07":
            p = f"{job['slot']}: "
            ST("State change: PREEMPT is TRUE", prefix=p)
            ST("Changing activity: %s -> %s", "Busy", "Retiring", prefix=p)
            adv(0, 2)
            ST("State change: retirement ended/expired", prefix=p)
            ST(
                "Changing state and activity: %s/%s -> %s/%s",
                "Claimed",
                "Retiring",
                "Preempting",
                "Vacating",
                prefix=p,
            )
            adv(1, 10)
            ST("Starter pid %d exited with status %d", job["starter"], 0)
            ST("State change: starter exited", prefix=p)
            ST("State change: No preempting claim, returning to owner", prefix=p)
            ST(
                "Changing state and activity: %s/%s -> %s/%s",
                "Preempting",
                "Vacating",
                "Owner",
                "Idle",
                prefix=p,
            )
            ST("State change: IS_OWNER is false", prefix=p)
            ST("Changing state: %s -> %s", "Owner", "Unclaimed", prefix=p)
            ST("Changing state: %s -> %s", "Unclaimed", "Delete", prefix=p)
            ST("Resource no longer needed, deleting", prefix=p)
        SH(
            "Job %d.%d is being evicted from %s",
            j[0],
            j[1],
            f"{job['slot']}@{job['host']}.example.com",
            prefix=sp,
        )
        shadow_exit(j, 107, requeue=True)

    def disconnect(j: tuple[int, int], recovers: bool) -> None:
        job = running[j]
        sp = f"({jid(j)}) ({job['spid']}): "
        starter = f"<{job['addr'][1:].split('?')[0]}>"
        SH("Can no longer talk to condor_starter %s", starter, prefix=sp)
        if r.random() < 0.25:
            SH(
                'ERROR "Can no longer talk to condor_starter %s" at line %d in file %s',
                starter,
                1208,
                "/var/lib/condor/execute/dir_3291/userdir/src/condor_shadow.V6.1/remoteresource.cpp",
                prefix=sp,
            )
            shadow_exit(j, 4, requeue=True)
            release_slot(job, 9)
            return
        SH("Trying to reconnect to disconnected job", prefix=sp)
        lease = now[0] - timedelta(seconds=r.randrange(10, 300))
        SH(
            "LastJobLeaseRenewal: %d %s",
            int(lease.timestamp()),
            f"{lease:%a %b %d %H:%M:%S %Y}",
            prefix=sp,
        )
        SH("JobLeaseDuration: %d seconds", 2400, prefix=sp)
        SH("Attempting to locate disconnected starter", prefix=sp)
        if recovers:
            adv(2, 8)
            SH("Attempting to reconnect to starter %s", starter, prefix=sp)
            SH("Reconnect SUCCESS: connection re-established", prefix=sp)
            at(r.uniform(300, 3000), lambda: finish(j, False))
        else:
            at(2400, lambda: lost(j))

    def lost(j: tuple[int, int]) -> None:
        job = running[j]
        sp = f"({jid(j)}) ({job['spid']}): "
        SH(
            "Reconnect FAILED: Job disconnected too long: JobLeaseDuration (%d seconds) expired",
            2400,
            prefix=sp,
        )
        release_slot(job, 9)
        shadow_exit(j, 107, requeue=True)

    def ads() -> None:
        for u in CONDOR_USERS:
            if idle[u] or any(job["user"] == u for job in running.values()):
                S("Sent ad to %d collectors for %s", 1, u)
        at(r.uniform(290, 310) * 2, ads)

    def tqstats() -> None:
        S(
            "TransferQueueManager stats: active up=%d/%d down=%d/%d; waiting up=%d down=%d; wait time up=%ds down=%ds",
            r.randrange(0, 6),
            100,
            r.randrange(0, 12),
            100,
            0,
            0,
            0,
            0,
        )
        at(r.uniform(800, 1000), tqstats)

    def sockerr() -> None:
        ip = nodes[r.choice(list(nodes))][0]
        S(
            "condor_write(): Socket closed when trying to write %d bytes to %s, fd is %d",
            r.choice([1024, 2896, 4096, 65536]),
            f"<{ip}:9618>",
            r.randrange(9, 40),
        )
        at(r.uniform(1200, 5400), sockerr)

    def preen() -> None:
        pid = r.randrange(40000, 60000)
        M("Preen pid is %d", pid)
        adv(2, 20)
        M("DefaultReaper unexpectedly called on pid %d, status %d.", pid, 0)
        at(r.uniform(6 * 3600, 8 * 3600), preen)

    def crash() -> None:
        S(
            "Stack dump for process %d at timestamp %d (%d frames)",
            schedd_pid[0],
            int(now[0].timestamp()),
            len(SCHEDD_FRAMES),
        )
        for f in SCHEDD_FRAMES:
            S.raw(f)
        adv(0, 1)
        M(
            "The %s (pid %d) died due to signal %d (%s)",
            "SCHEDD",
            schedd_pid[0],
            11,
            "Segmentation fault",
        )
        M('Sending obituary for "%s"', "/usr/sbin/condor_schedd")
        M("restarting %s in %d seconds", "/usr/sbin/condor_schedd", 10)
        adv(10, 11)
        schedd_pid[0] = 41877
        S.pid = schedd_pid[0]
        tags["schedd"] = hexid(r, 4)
        schedd_addr[0] = sinful("10.0.0.5", "submit1", "schedd", schedd_pid[0], tags["schedd"])
        M(
            'Started DaemonCore process "%s", pid and pgroup = %d',
            "/usr/sbin/condor_schedd",
            schedd_pid[0],
        )
        adv(0.2, 1)
        schedd_start()

    master_start()
    adv(0.5, 2)
    schedd_start()
    startd_start()
    for u in CONDOR_USERS:
        at(r.uniform(0, 3600), lambda u=u: submit(u))
    at(r.uniform(20, 60), negotiate)
    at(r.uniform(30, 60), ads)
    at(r.uniform(300, 600), tqstats)
    at(r.uniform(600, 1800), sockerr)
    at(r.uniform(400, 900), preen)
    at((datetime(2024, 6, 11, 13, 21, 7, tzinfo=UTC) - t0).total_seconds(), crash)
    end = datetime(2024, 6, 11, 14, 30, tzinfo=UTC)
    while heap:
        t, _, fn = heapq.heappop(heap)
        if t > end:
            break
        now[0] = max(now[0], t)
        fn()
    return [masterlog, neglog, schedlog, shadowlog, startlog]


# --------------------------------------------------------------------------------- krb5kdc

REALM = "EXAMPLE.COM"
KRBTGT = f"krbtgt/{REALM}@{REALM}"
KTYPES = {
    "mit": "4 etypes {aes256-cts-hmac-sha1-96(18), aes128-cts-hmac-sha1-96(17), aes256-cts-hmac-sha384-192(20), aes128-cts-hmac-sha256-128(19)}",
    "mit-old": "6 etypes {aes256-cts-hmac-sha1-96(18), aes128-cts-hmac-sha1-96(17), aes256-cts-hmac-sha384-192(20), aes128-cts-hmac-sha256-128(19), DEPRECATED:des3-cbc-sha1(16), DEPRECATED:arcfour-hmac(23)}",
    "win": "5 etypes {aes256-cts-hmac-sha1-96(18), aes128-cts-hmac-sha1-96(17), DEPRECATED:arcfour-hmac(23), UNSUPPORTED:(-135), DEPRECATED:des-cbc-md5(3)}",
    "java": "3 etypes {aes256-cts-hmac-sha1-96(18), aes128-cts-hmac-sha1-96(17), aes256-cts-hmac-sha384-192(20)}",
    "mac": "7 etypes {aes256-cts-hmac-sha1-96(18), aes128-cts-hmac-sha1-96(17), aes256-cts-hmac-sha384-192(20), aes128-cts-hmac-sha256-128(19), camellia256-cts-cmac(26), camellia128-cts-cmac(25), DEPRECATED:arcfour-hmac(23)}",
}
REP_ETYPES = "etypes {rep=aes256-cts-hmac-sha1-96(18), tkt=aes256-cts-hmac-sha1-96(18), ses=aes256-cts-hmac-sha1-96(18)}"
REP_ETYPES_SHA2 = "etypes {rep=aes256-cts-hmac-sha384-192(20), tkt=aes256-cts-hmac-sha1-96(18), ses=aes256-cts-hmac-sha384-192(20)}"
KRB_SERVICES = [
    "HTTP/intranet.example.com",
    "HTTP/wiki.example.com",
    "HTTP/jenkins.example.com",
    "imap/mail.example.com",
    "smtp/mail.example.com",
    "ldap/ldap1.example.com",
    "ldap/ldap2.example.com",
    "nfs/files1.example.com",
    "cifs/files1.example.com",
    "host/build01.example.com",
    "host/build02.example.com",
    "host/bastion.example.com",
    "postgres/db1.example.com",
]
KRB_UNKNOWN = [
    "HTTP/wiki-old.example.com",
    "host/10.0.3.44",
    "cifs/FILES2",
    "HTTP/grafana.example.com",
]
KRB_PROBES = [
    "administrator",
    "admin",
    "root",
    "test",
    "guest",
    "oracle",
    "postgres",
    "backup",
    "svc_sql",
    "webmaster",
    "support",
    "user1",
    "scanner",
    "ftp",
]
KRB_HOSTS = [
    f"{n}.example.com"
    for n in (
        "build01",
        "build02",
        "bastion",
        "db1",
        "files1",
        "mail",
        "ldap1",
        "ldap2",
        "jenkins",
        "intranet",
        "wiki",
        "app1",
        "app2",
        "mon1",
    )
]


def krb5kdc(r: random.Random) -> list[Log]:
    """Two MIT krb5 1.20 KDCs (kdc1, kdc2) and kdc1's kadmind, each logging to its own file with
    the KDC's file header (`Jun 11 06:00:02 kdc1 krb5kdc[1093](info): `): users signing on in the
    morning (NEEDED_PREAUTH then ISSUE, a mistyped password's `preauth (...) verify failure` and
    PREAUTH_FAILED), service tickets all day (TGS_REQ ISSUE, unknown service principals, an
    expired ticket), hosts renewing their keytab tickets, a web service's constrained delegation
    with its `... CONSTRAINED-DELEGATION` line, clients of five kinds with their etype lists,
    IPv6 clients, UDP retransmissions, TCP connections closing, a password that has expired and
    is changed through kpasswd (`chpw request ...` refused twice for quality, then accepted), a
    username probe from one address (CLIENT_NOT_FOUND), a script locking an account out, the
    helpdesk and a provisioning job at kadmin (`Request: kadm5_... , <outcome>, client=...`, one
    refused as unauthorized), GSS-API authentication failures written over four lines, and kdc2
    restarted at noon."""
    t0 = datetime(2024, 6, 11, 6, 0, 1, tzinfo=UTC)
    now = [t0]
    kdc1, kdc2, kadm = (
        Log("krb5kdc-kdc1.log", t0),
        Log("krb5kdc-kdc2.log", t0),
        Log("kadmind.log", t0),
    )
    pids = {"kdc1": 1093, "kdc2": 1101, "kadmind": 1107}
    heap: list = []
    seq = itertools.count()

    def at(delay: float, fn: Callable[[], None]) -> None:
        heapq.heappush(heap, (now[0] + timedelta(seconds=delay), next(seq), fn))

    def adv(lo: float, hi: float) -> None:
        now[0] += timedelta(seconds=r.uniform(lo, hi))

    def kline(log: Log, host: str, prog: str, pid: int, sev: str, text: str, label: str) -> None:
        log.add(f"{now[0]:%b %d %H:%M:%S} {host} {prog}[{pid}]({sev}): {text}", label)

    def kdc(which: str, fmt: str, *vals, sev: str = "info", label: str = "") -> None:
        log = kdc1 if which == "kdc1" else kdc2
        kline(log, which, "krb5kdc", pids[which], sev, fill(fmt, *vals), label or fmt)

    def kad(fmt: str, *vals, sev: str = "Notice", label: str = "", text: str = "") -> None:
        kline(kadm, "kdc1", "kadmind", pids["kadmind"], sev, text or fill(fmt, *vals), label or fmt)

    def net_start(log_fn: Callable, sockets: int) -> None:
        log_fn("setting up network...", sev="info")
        for fd in (r.randrange(8, 11), r.randrange(11, 14)):
            log_fn("setsockopt(%d,IPV6_V6ONLY,1) worked", fd, sev="info")
        log_fn("set up %d sockets", sockets, sev="info")

    def kdc_start(which: str) -> None:
        net_start(lambda fmt, *v, sev: kdc(which, fmt, *v, sev=sev), 6)
        kdc(which, "commencing operation")

    def kadmind_start() -> None:
        net_start(lambda fmt, *v, sev: kad(fmt, *v, sev=sev), 4)
        kad("Seeding random number generator", sev="info")
        kad("No dictionary file specified, continuing without one.", sev="info")
        kad("starting", sev="info")

    users = {
        u: {
            "ip": ip4(r, "10.20"),
            "kind": r.choice(["mit", "mit", "mit", "win", "win", "mac", "mit-old"]),
        }
        for u in USERS
        + [f"{a}{b}" for a in ("j", "m", "s", "k") for b in ("smith", "lee", "garcia", "novak")]
    }
    for u in r.sample(list(users), 4):
        users[u]["ip"] = f"2001:db8:20::{r.randrange(16, 4000):x}"
    authtime: dict[str, int] = {}

    def which_kdc() -> str:
        return "kdc1" if r.random() < 0.6 or (now[0].hour == 12 and now[0].minute < 20) else "kdc2"

    def after_request(which: str, kind: str) -> None:
        if (kind == "win" and r.random() < 0.5) or r.random() < 0.06:
            adv(0, 0.2)
            kdc(which, "closing down fd %d", r.randrange(14, 40))
        if r.random() < 0.015:
            adv(0.5, 1.5)
            kdc(
                which,
                "DISPATCH: repeated (retransmitted?) request from %s, resending previous response",
                users_ip(which),
            )

    last_ip = {"kdc1": "10.20.0.1", "kdc2": "10.20.0.1"}

    def users_ip(which: str) -> str:
        return last_ip[which]

    def as_req(
        which: str,
        ip: str,
        kind: str,
        client: str,
        server: str,
        status: str,
        fmt: str | None = None,
        *vals,
    ) -> None:
        last_ip[which] = ip
        kt = KTYPES[kind]
        if status == "ISSUE":
            authtime[client] = int(now[0].timestamp())
            rep = REP_ETYPES_SHA2 if kind in ("mit", "mac") and r.random() < 0.3 else REP_ETYPES
            kdc(
                which,
                "AS_REQ (%s) %s: ISSUE: authtime %u, %s, %s for %s",
                kt,
                ip,
                authtime[client],
                rep,
                client,
                server,
            )
        else:
            emsg = {
                "NEEDED_PREAUTH": "Additional pre-authentication required",
                "PREAUTH_FAILED": "Preauthentication failed",
                "CLIENT_NOT_FOUND": "Client not found in Kerberos database",
                "LOCKED_OUT": "Client's credentials have been revoked",
                "CLIENT KEY EXPIRED": "Password has expired",
            }[status]
            kdc(
                which,
                "AS_REQ (%s) %s: %s: %s for %s%s%s",
                kt,
                ip,
                status,
                client,
                server,
                ", ",
                emsg,
                label=f"AS_REQ (%s) %s: {status}: %s for %s, {emsg}",
            )
        after_request(which, kind)

    def tgs_req(
        which: str, ip: str, kind: str, client: str, server: str, status: str = "ISSUE"
    ) -> None:
        last_ip[which] = ip
        kt = KTYPES[kind]
        if status == "ISSUE":
            at_ = authtime.get(client, int(now[0].timestamp()) - r.randrange(600, 30000))
            kdc(
                which,
                "TGS_REQ (%s) %s: %s: authtime %u, %s%s %s for %s%s%s",
                kt,
                ip,
                "ISSUE",
                at_,
                REP_ETYPES,
                ",",
                client,
                server,
                "",
                "",
                label="TGS_REQ (%s) %s: ISSUE: authtime %u, %s, %s for %s",
            )
        else:
            emsg = {
                "LOOKING_UP_SERVER": "Server not found in Kerberos database",
                "PROCESS_TGS": "Ticket expired",
            }[status]
            kdc(
                which,
                "TGS_REQ (%s) %s: %s: authtime %u, %s%s %s for %s%s%s",
                kt,
                ip,
                status,
                0,
                "",
                "",
                client,
                server,
                ", ",
                emsg,
                label=f"TGS_REQ (%s) %s: {status}: authtime 0,  %s for %s, {emsg}",
            )
        after_request(which, kind)

    def signon(u: str, typo: bool = False) -> None:
        d = users[u]
        w = which_kdc()
        p = f"{u}@{REALM}"
        as_req(w, d["ip"], d["kind"], p, KRBTGT, "NEEDED_PREAUTH")
        adv(0.2, 4)
        if typo:
            pa = "encrypted_challenge" if d["kind"] == "win" else "encrypted_timestamp"
            emsg = (
                "Preauthentication failed"
                if pa == "encrypted_challenge"
                else "Decrypt integrity check failed"
            )
            kdc(
                w,
                "preauth (%s) verify failure: %s",
                pa,
                emsg,
                label=f"preauth (%s) verify failure: {emsg}",
            )
            as_req(w, d["ip"], d["kind"], p, KRBTGT, "PREAUTH_FAILED")
            at(r.uniform(3, 15), lambda: signon(u))
            return
        as_req(w, d["ip"], d["kind"], p, KRBTGT, "ISSUE")
        at(r.uniform(30, 900), lambda: service(u))

    def service(u: str) -> None:
        d = users[u]
        if now[0].hour >= 18 and r.random() < 0.5:
            return
        w = which_kdc()
        p = f"{u}@{REALM}"
        x = r.random()
        if x < 0.035:
            tgs_req(
                w, d["ip"], d["kind"], p, f"{r.choice(KRB_UNKNOWN)}@{REALM}", "LOOKING_UP_SERVER"
            )
        elif x < 0.045:
            tgs_req(
                w,
                d["ip"],
                d["kind"],
                "<unknown client>",
                f"{r.choice(KRB_SERVICES)}@{REALM}",
                "PROCESS_TGS",
            )
        else:
            for svc in r.sample(KRB_SERVICES, r.choice([1, 1, 1, 2])):
                tgs_req(w, d["ip"], d["kind"], p, f"{svc}@{REALM}")
                adv(0, 0.5)
        at(r.uniform(600, 3600), lambda: service(u))

    def host_renew(h: str, ip: str) -> None:
        w = which_kdc()
        p = f"host/{h}@{REALM}"
        as_req(w, ip, "mit", p, KRBTGT, "NEEDED_PREAUTH")
        adv(0, 0.1)
        as_req(w, ip, "mit", p, KRBTGT, "ISSUE")
        if r.random() < 0.5:
            adv(0, 0.3)
            tgs_req(w, ip, "mit", p, f"ldap/{r.choice(['ldap1', 'ldap2'])}.example.com@{REALM}")
        at(r.uniform(1800, 5400), lambda: host_renew(h, ip))

    def delegation() -> None:
        w = which_kdc()
        u = r.choice(list(users))
        svc = "HTTP/intranet.example.com@EXAMPLE.COM"
        tgs_req(w, "10.0.2.40", "java", svc, f"ldap/ldap1.example.com@{REALM}")
        kdc(w, "... CONSTRAINED-DELEGATION s4u-client=%s", f"{u}@{REALM}")
        at(r.uniform(200, 1500), delegation)

    def probe() -> None:
        ip = "10.99.3.17"
        w = "kdc1"
        for name in r.sample(KRB_PROBES, len(KRB_PROBES)):
            as_req(w, ip, "win", f"{name}@{REALM}", KRBTGT, "CLIENT_NOT_FOUND")
            adv(0.1, 2)

    def typo_user() -> None:
        u = r.choice(list(users))
        bad = u[:-1] if len(u) > 3 else u + "x"
        as_req(
            which_kdc(),
            users[u]["ip"],
            users[u]["kind"],
            f"{bad}@{REALM}",
            KRBTGT,
            "CLIENT_NOT_FOUND",
        )
        at(r.uniform(1200, 4000), typo_user)

    def lockout(i: int = 0) -> None:
        u, ip = "tomasz", "10.0.7.88"
        p = f"tomasz@{REALM}"
        w = "kdc2"
        if i < 5:
            as_req(w, ip, "java", p, KRBTGT, "NEEDED_PREAUTH")
            adv(0, 0.2)
            kdc(
                w,
                "preauth (%s) verify failure: %s",
                "encrypted_timestamp",
                "Decrypt integrity check failed",
                label="preauth (%s) verify failure: Decrypt integrity check failed",
            )
            as_req(w, ip, "java", p, KRBTGT, "PREAUTH_FAILED")
        else:
            as_req(w, ip, "java", p, KRBTGT, "LOCKED_OUT")
        if i < 8:
            at(r.uniform(20, 70), lambda: lockout(i + 1))
        else:
            at(r.uniform(600, 1200), lambda: admin_session(["unlock", u]))

    def expired() -> None:
        u = "carol"
        d = users[u]
        p = f"{u}@{REALM}"
        w = "kdc1"
        as_req(w, d["ip"], d["kind"], p, KRBTGT, "CLIENT KEY EXPIRED")
        adv(1, 3)
        as_req(w, d["ip"], d["kind"], p, f"kadmin/changepw@{REALM}", "NEEDED_PREAUTH")
        adv(2, 8)
        as_req(w, d["ip"], d["kind"], p, f"kadmin/changepw@{REALM}", "ISSUE")

        def attempt(outcomes: list[str]) -> None:
            kad(
                "chpw request from %s for %.*s%s: %s",
                text=f"chpw request from {d['ip']} for {p}: {outcomes[0]}",
                label=f"chpw request from %s for %.*s%s: {outcomes[0]}",
            )
            if len(outcomes) > 1:
                at(r.uniform(8, 40), lambda: attempt(outcomes[1:]))
            else:
                at(r.uniform(2, 10), lambda: signon(u))

        at(
            r.uniform(8, 40),
            lambda: attempt(
                [
                    "Password is too short",
                    "Password does not contain enough character classes",
                    "success",
                ]
            ),
        )

    def chpw() -> None:
        u = r.choice(list(users))
        d = users[u]
        outcome = r.choice(
            [
                "success",
                "success",
                "success",
                "Password is too short",
                "Password does not contain enough character classes",
            ]
        )
        kad(
            "chpw request from %s for %.*s%s: %s",
            text=f"chpw request from {d['ip']} for {u}@{REALM}: {outcome}",
            label=f"chpw request from %s for %.*s%s: {outcome}",
        )
        at(r.uniform(1800, 5400), chpw)

    def kadm_req(op: str, target: str, outcome: str, client: str, service: str, addr: str) -> None:
        kad(
            "",
            text=f"Request: {op}, {target}, {outcome}, client={client}, service={service}, addr={addr}",
            label=f"Request: {op}, %.*s%s, {outcome}, client=%.*s%s, service=%.*s%s, addr=%s",
        )

    def kadm_init(client: str, service: str, addr: str) -> None:
        kad(
            "",
            text=f"Request: kadm5_init, {client}, success, client={client}, service={service}, addr={addr}, vers=4, flavor=6",
            label="Request: kadm5_init, %.*s%s, success, client=%.*s%s, service=%.*s%s, addr=%s, vers=%d, flavor=%d",
        )

    hires = itertools.count(1)

    def admin_session(task: list[str] | None = None) -> None:
        client, svc, addr = "helpdesk/admin@EXAMPLE.COM", "kadmin/admin@EXAMPLE.COM", "10.0.5.20"
        kadm_init(client, svc, addr)
        adv(1, 6)
        if task and task[0] == "unlock":
            p = f"{task[1]}@{REALM}"
            kadm_req("kadm5_get_principal", p, "success", client, svc, addr)
            adv(3, 20)
            kadm_req("kadm5_modify_principal", p, "success", client, svc, addr)
            return
        for _ in range(r.randrange(1, 4)):
            x = r.random()
            u = r.choice(list(users))
            if x < 0.35:
                kadm_req("kadm5_get_principal", f"{u}@{REALM}", "success", client, svc, addr)
            elif x < 0.45:
                kadm_req("kadm5_get_principals", "*", "success", client, svc, addr)
            elif x < 0.55:
                kadm_req("kadm5_get_policy", "default", "success", client, svc, addr)
            elif x < 0.7:
                kadm_req("kadm5_chpass_principal", f"{u}@{REALM}", "success", client, svc, addr)
            elif x < 0.85:
                n = next(hires)
                kadm_req(
                    "kadm5_create_principal",
                    f"newhire{n:02d}@{REALM}",
                    "success",
                    client,
                    svc,
                    addr,
                )
            else:
                kadm_req(
                    "kadm5_get_principal",
                    f"{u}.{r.choice(['old', 'ext', 'test'])}@{REALM}",
                    "Principal does not exist",
                    client,
                    svc,
                    addr,
                )
            adv(2, 40)
        at(r.uniform(1800, 7200), admin_session)

    def provision() -> None:
        client, svc, addr = (
            "provision/idm1.example.com@EXAMPLE.COM",
            "kadmin/kdc1.example.com@EXAMPLE.COM",
            "10.0.5.31",
        )
        kadm_init(client, svc, addr)
        for _ in range(r.randrange(2, 6)):
            adv(0, 0.3)
            if r.random() < 0.8:
                kadm_req(
                    "kadm5_get_principal",
                    f"{r.choice(list(users))}@{REALM}",
                    "success",
                    client,
                    svc,
                    addr,
                )
            else:
                n = r.randrange(1, 40)
                kadm_req(
                    "kadm5_get_principal",
                    f"contractor{n:02d}@{REALM}",
                    "Principal does not exist",
                    client,
                    svc,
                    addr,
                )
                adv(0, 0.3)
                outcome = "Principal or policy already exists" if r.random() < 0.3 else "success"
                kadm_req(
                    "kadm5_create_principal",
                    f"contractor{n:02d}@{REALM}",
                    outcome,
                    client,
                    svc,
                    addr,
                )
                if outcome == "success":
                    adv(0, 0.3)
                    kadm_req(
                        "kadm5_randkey_principal",
                        f"contractor{n:02d}@{REALM}",
                        "success",
                        client,
                        svc,
                        addr,
                    )
        at(r.uniform(1500, 2100), provision)

    def unauthorized() -> None:
        client, svc, addr = "jdoe/admin@EXAMPLE.COM", "kadmin/admin@EXAMPLE.COM", "10.0.5.44"
        kadm_init(client, svc, addr)
        adv(5, 30)
        target = f"{r.choice(list(users))}@{REALM}"
        kad(
            "",
            text=f"Unauthorized request: kadm5_delete_principal, {target}, client={client}, service={svc}, addr={addr}",
            label="Unauthorized request: kadm5_delete_principal, %.*s%s, client=%.*s%s, service=%.*s%s, addr=%s",
        )
        adv(20, 90)
        kadm_req("kadm5_get_principal", target, "success", client, svc, addr)

    def badauth() -> None:
        ip = r.choice(["10.0.5.20", "10.0.5.44", "10.20.14.9"])
        kad("Authentication attempt failed: %s, GSS-API error strings are:", ip)
        minor = r.choice(
            ["Request is a replay", "Clock skew too great", "Decrypt integrity check failed"]
        )
        kad(
            "%s %s",
            text="    Unspecified GSS failure.  Minor code may provide more information",
            label="Unspecified GSS failure.  Minor code may provide more information",
        )
        kad("%s %s", text="    " + minor, label=minor)
        kad("   GSS-API error strings complete.")
        at(r.uniform(3600, 9000), badauth)

    def restart_kdc2() -> None:
        kdc("kdc2", "shutting down")
        adv(2, 6)
        pids["kdc2"] = 48213
        kdc_start("kdc2")

    kdc_start("kdc1")
    adv(0, 1)
    kadmind_start()
    kdc_start("kdc2")
    for u in users:
        at(
            (datetime(2024, 6, 11, 7, 20, tzinfo=UTC) - now[0]).total_seconds()
            + r.uniform(0, 7200),
            lambda u=u: signon(u, r.random() < 0.08),
        )
    for h in KRB_HOSTS:
        at(r.uniform(0, 3600), lambda h=h: host_renew(h, ip4(r, "10.0.2")))
    at(r.uniform(3600, 5400), delegation)
    at(r.uniform(900, 2400), typo_user)
    at((datetime(2024, 6, 11, 11, 4, 12, tzinfo=UTC) - now[0]).total_seconds(), probe)
    at((datetime(2024, 6, 11, 14, 31, 40, tzinfo=UTC) - now[0]).total_seconds(), lockout)
    at((datetime(2024, 6, 11, 8, 2, 5, tzinfo=UTC) - now[0]).total_seconds(), expired)
    at((datetime(2024, 6, 11, 12, 9, 31, tzinfo=UTC) - now[0]).total_seconds(), restart_kdc2)
    at((datetime(2024, 6, 11, 16, 12, 3, tzinfo=UTC) - now[0]).total_seconds(), unauthorized)
    at(r.uniform(1800, 3600), admin_session)
    at(r.uniform(300, 900), provision)
    at(r.uniform(2400, 4800), chpw)
    at(r.uniform(2400, 6000), badauth)
    end = datetime(2024, 6, 11, 19, 0, tzinfo=UTC)
    while heap:
        t, _, fn = heapq.heappop(heap)
        if t > end:
            break
        now[0] = max(now[0], t)
        fn()
    return [kadm, kdc1, kdc2]


# --------------------------------------------------------------------------------- gerrit

GERRIT_PROJECTS = [
    "platform/core",
    "platform/ui",
    "tools/ci-scripts",
    "services/billing",
    "services/auth",
    "docs/handbook",
    "android/app",
]
GERRIT_PLUGINS = [
    ("replication", "v3.9.5"),
    ("download-commands", "v3.9.5"),
    ("webhooks", "v3.9.5"),
    ("delete-project", "v3.9.5"),
    ("codemirror-editor", "v3.9.5"),
    ("gitiles", "v3.9.5"),
    ("reviewnotes", "v3.9.5"),
    ("hooks", "v3.9.5"),
    ("commit-message-length-validator", "v3.9.5"),
    ("singleusergroup", "v3.9.5"),
]
GERRIT_QUEUES = [
    "SshCommandStart",
    "SSH-Stream-Worker",
    "SSH-Interactive-Worker",
    "SSH-Batch-Worker",
    "ReceiveCommits",
    "SendEmail",
    "Index-Interactive",
    "Index-Batch",
]
BROWSERS = [
    "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
]
GERRIT_QUERIES = [
    "is%3Aopen+owner%3Aself",
    "is%3Aopen+reviewer%3Aself+-owner%3Aself",
    "is%3Aclosed+owner%3Aself+-age%3A4w",
    "status%3Aopen+project%3Aplatform%2Fcore",
    "is%3Aopen+-is%3Awip+label%3ACode-Review%3D0",
]
JGIT_FRAMES = [
    "org.eclipse.jgit.transport.sshd.SshdSessionFactory.getSession(SshdSessionFactory.java:268)",
    "org.eclipse.jgit.transport.sshd.SshdSessionFactory.getSession(SshdSessionFactory.java:1)",
    "org.eclipse.jgit.transport.SshTransport.getSession(SshTransport.java:107)",
    "org.eclipse.jgit.transport.TransportGitSsh$SshPushConnection.<init>(TransportGitSsh.java:348)",
    "org.eclipse.jgit.transport.TransportGitSsh.openPush(TransportGitSsh.java:185)",
    "org.eclipse.jgit.transport.PushProcess.execute(PushProcess.java:129)",
    "org.eclipse.jgit.transport.Transport.push(Transport.java:1384)",
    "com.googlesource.gerrit.plugins.replication.PushOne.pushVia(PushOne.java:612)",
    "com.googlesource.gerrit.plugins.replication.PushOne.runImpl(PushOne.java:581)",
    "com.googlesource.gerrit.plugins.replication.PushOne.runPushOperation(PushOne.java:461)",
    "com.googlesource.gerrit.plugins.replication.PushOne.run(PushOne.java:398)",
    "com.google.gerrit.server.util.RequestScopePropagator.lambda$cleanup$1(RequestScopePropagator.java:182)",
    "java.base/java.util.concurrent.FutureTask.run(FutureTask.java:317)",
    "java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)",
    "java.base/java.lang.Thread.run(Thread.java:1583)",
]


def gerrit(r: random.Random) -> list[Log]:
    """A Gerrit 3.9 server's review_site/logs over a working day: error_log (start-up: JGit,
    caches, work-queue metrics, plugins loaded, gitweb missing, SSHD and Jetty started; a mirror
    unreachable for half an hour, each replication attempt's `Cannot replicate to` with a JGit
    TransportException and its `Caused by:`, a REST handler failing, a push losing a ref lock,
    an SSH command's internal error, MINA's `exceptionCaught`, HTTP basic auth refused for two
    reasons, LDAP timing out, SMTP refusing the change e-mails (new change and new patch set),
    a receive timeout, a plugin reload, and a restart for an upgrade), httpd_log (the web UI's
    REST calls and CI's git and REST traffic, access records with the user, latency, referer and
    agent; 304s, 404s, 409s, a 500 and 401s) and sshd_log (logins, logouts, commands with their
    wait and exec times and status, authentication failures for two reasons)."""
    t0 = datetime(2024, 6, 11, 5, 58, 41, 207000, tzinfo=UTC)
    now = [t0]
    err, httpd, sshd = Log("error_log", t0), Log("httpd_log", t0), Log("sshd_log", t0)
    heap: list = []
    seq = itertools.count()
    version = ["3.9.4"]

    def at(delay: float, fn: Callable[[], None]) -> None:
        heapq.heappush(heap, (now[0] + timedelta(seconds=delay), next(seq), fn))

    def adv(lo: float, hi: float) -> None:
        now[0] += timedelta(seconds=r.uniform(lo, hi))

    def ts() -> str:
        t = now[0]
        return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond // 1000:03d}Z"

    def E(
        level: str,
        thread: str,
        logger: str,
        fmt: str,
        *vals,
        stack: list[str] | None = None,
        label: str = "",
    ) -> None:
        err.add(f"[{ts()}] [{thread}] {level:<5} {logger} : {fill(fmt, *vals)}", label or fmt)
        for line in stack or []:
            err.add(line, None)

    accounts = {
        u: 1000000 + i * 7 + r.randrange(0, 7)
        for i, u in enumerate([*USERS, "jenkins", "zuul", "admin"])
    }
    ips = {u: ip4(r, "10.0.2") for u in accounts}
    ips["jenkins"], ips["zuul"] = "10.0.4.10", "10.0.4.11"
    changes = list(range(48211, 48950))
    sshd_tid = "sshd-SshServer[1d8c2e4b](port=29418)-nio2-thread-%d"

    def startup() -> None:
        m = "main"
        E(
            "INFO",
            m,
            "com.google.gerrit.server.git.SystemReaderInstaller",
            "Set JGit's SystemReader to read system config from %s",
            "/var/gerrit/etc/jgit.config",
        )
        adv(0.5, 2)
        E(
            "INFO",
            m,
            "com.google.gerrit.server.git.LocalDiskRepositoryManager",
            "Defaulting core.streamFileThreshold to %s",
            "2047m",
        )
        adv(0.2, 1)
        E(
            "INFO",
            m,
            "com.google.gerrit.server.cache.h2.H2CacheFactory",
            "Enabling disk cache %s",
            "/var/gerrit/cache",
        )
        for q in GERRIT_QUEUES:
            adv(0, 0.05)
            E(
                "INFO",
                m,
                "com.google.gerrit.server.git.WorkQueue",
                "Adding metrics for '%s' queue",
                q,
            )
        adv(1, 4)
        E(
            "INFO",
            m,
            "com.google.gerrit.server.plugins.PluginLoader",
            "Loading plugins from %s",
            "/var/gerrit/plugins",
        )
        for name, ver in GERRIT_PLUGINS:
            adv(0.05, 0.8)
            E(
                "INFO",
                m,
                "com.google.gerrit.server.plugins.PluginLoader",
                "Loaded plugin %s, version %s",
                name,
                ver,
            )
        adv(0.2, 1)
        E(
            "WARN",
            m,
            "com.google.gerrit.server.config.GitwebCgiConfig",
            "gitweb not installed (no %s found)",
            "/usr/lib/cgi-bin/gitweb.cgi",
        )
        adv(0.5, 2)
        E(
            "INFO",
            m,
            "com.google.gerrit.sshd.SshDaemon",
            "Started Gerrit %s on %s",
            "SSHD-CORE-2.12.1",
            "*:29418",
        )
        adv(0.1, 0.5)
        E(
            "INFO",
            m,
            "org.eclipse.jetty.server.Server",
            "jetty-%s; built: %s; git: %s; jvm %s",
            "9.4.54.v20240208",
            "2024-02-08T19:42:39.027Z",
            "cef3fbd6d736a21e7d541a5db490381d95a2047d",
            "17.0.11+9-LTS",
        )
        adv(1, 3)
        E("INFO", m, "org.eclipse.jetty.server.Server", "Started @%sms", r.randrange(14000, 26000))
        adv(0, 0.2)
        E("INFO", m, "com.google.gerrit.pgm.Daemon", "Gerrit Code Review %s ready", version[0])

    def shutdown() -> None:
        th = "ShutdownCallback"
        E("INFO", th, "com.google.gerrit.pgm.Daemon", "caught shutdown, cleaning up")
        adv(0.2, 1)
        E("INFO", th, "com.google.gerrit.sshd.SshDaemon", "Stopped Gerrit SSHD")
        for name, ver in GERRIT_PLUGINS:
            adv(0, 0.2)
            E(
                "INFO",
                th,
                "com.google.gerrit.server.plugins.PluginLoader",
                "Unloading plugin %s, version %s",
                name,
                ver,
            )

    def sess() -> str:
        return hexid(r, 8)

    def S(sid: str, thread: str, user: str, acct: str, msg: str, label: str) -> None:
        sshd.add(f"[{ts()}] {sid} [{thread}] {user} {acct} {msg}", label)

    def ssh_cmd(
        user: str, cmd: str, args: str, label: str, wait: int, exe: int, status: int, thread: str
    ) -> None:
        sid = sess()
        acct = f"a/{accounts[user]}"
        S(sid, sshd_tid % r.randrange(1, 9), user, acct, f"LOGIN FROM {ips[user]}", "LOGIN FROM %s")
        adv(0.05, 0.4)
        adv(min(exe, 3000) / 1000, min(exe, 3000) / 1000)
        S(sid, thread, user, acct, f"{cmd}{args} {wait}ms {exe}ms {status}", label)
        adv(0, 0.1)
        S(sid, sshd_tid % r.randrange(1, 9), user, acct, "LOGOUT", "LOGOUT")

    def fetch(user: str | None = None) -> None:
        user = user or r.choice(USERS)
        proj = r.choice(GERRIT_PROJECTS)
        exe = r.randrange(8, 2400)
        ssh_cmd(
            user,
            "git-upload-pack",
            f"./{proj}",
            "git-upload-pack.%s %dms %dms 0",
            r.randrange(0, 6),
            exe,
            0,
            f"SSH git-upload-pack /{proj} ({user})",
        )
        if r.random() < 0.01:
            E(
                "ERROR",
                f"SSH git-upload-pack /{proj} ({user})",
                "com.google.gerrit.sshd.BaseCommand",
                "Internal server error (user %s account %s) during %s",
                user,
                accounts[user],
                f"git-upload-pack '/{proj}'",
                stack=[
                    f"org.apache.sshd.common.channel.exception.SshChannelClosedException: flush(ChannelOutputStream[ChannelSession[id=0, recipient=0]-ServerSessionImpl[{user}@/{ips[user]}:{r.randrange(40000, 65000)}]] SSH_MSG_CHANNEL_DATA) length=0 - stream is already closed",
                    "\tat org.apache.sshd.common.channel.ChannelOutputStream.flush(ChannelOutputStream.java:215)",
                    "\tat org.eclipse.jgit.transport.UploadPack.sendPack(UploadPack.java:2347)",
                    "\tat org.eclipse.jgit.transport.UploadPack.upload(UploadPack.java:815)",
                    "\tat com.google.gerrit.sshd.commands.Upload.runImpl(Upload.java:112)",
                    "\tat com.google.gerrit.sshd.AbstractGitCommand.service(AbstractGitCommand.java:109)",
                    "\tat com.google.gerrit.sshd.AbstractGitCommand$1.run(AbstractGitCommand.java:74)",
                    "\tat com.google.gerrit.sshd.BaseCommand$TaskThunk.run(BaseCommand.java:519)",
                    "\tat java.base/java.lang.Thread.run(Thread.java:1583)",
                ],
            )

    pending = {"github": 0}

    def push() -> None:
        user = r.choice(USERS)
        proj = r.choice(GERRIT_PROJECTS)
        th = f"SSH git-receive-pack /{proj} ({user})"
        if r.random() < 0.02:
            E(
                "ERROR",
                th,
                "com.google.gerrit.server.git.receive.ReceiveCommits",
                "Can't insert change/patch set for %s",
                proj,
                stack=[
                    f"com.google.gerrit.git.LockFailureException: Update aborted with one or more lock failures: ReceiveCommand[refs/changes/{r.randrange(10, 99)}/{r.choice(changes)}/2, 0000000000000000000000000000000000000000 -> {hexid(r, 40)}, LOCK_FAILURE]",
                    "\tat com.google.gerrit.git.RefUpdateUtil.checkResults(RefUpdateUtil.java:94)",
                    "\tat com.google.gerrit.server.update.RetryableAction.call(RetryableAction.java:172)",
                    "\tat com.google.gerrit.server.git.receive.ReceiveCommits.insertChangesAndPatchSets(ReceiveCommits.java:1021)",
                    "\tat com.google.gerrit.server.git.receive.ReceiveCommits.processCommandsUnsafe(ReceiveCommits.java:728)",
                    "\tat com.google.gerrit.server.git.receive.ReceiveCommits.processCommands(ReceiveCommits.java:652)",
                    "\tat com.google.gerrit.server.git.receive.AsyncReceiveCommits.preReceive(AsyncReceiveCommits.java:434)",
                    "\tat java.base/java.lang.Thread.run(Thread.java:1583)",
                ],
            )
        ssh_cmd(
            user,
            "git-receive-pack",
            f"./{proj}",
            "git-receive-pack.%s %dms %dms 0",
            r.randrange(0, 4),
            r.randrange(600, 9000),
            0,
            th,
        )
        if email_down(now[0]):
            change = f"{r.choice(changes)},{r.randrange(1, 9)}"
            adv(0.2, 2)
            if r.random() < 0.4:
                E(
                    "ERROR",
                    f"SendEmail-{r.randrange(1, 4)}",
                    "com.google.gerrit.server.change.EmailNewChangeAndReviewers",
                    "Cannot send email for new change %s",
                    change.split(",")[0],
                    stack=email_stack(),
                )
            else:
                E(
                    "ERROR",
                    f"SendEmail-{r.randrange(1, 4)}",
                    "com.google.gerrit.server.change.EmailNewPatchSet",
                    "Cannot send email for new patch set %s",
                    change,
                    stack=email_stack(),
                )
        if mirror_down(now[0]):
            pending["github"] += 1
        elif r.random() < 0.02:
            E(
                "WARN",
                f"SSH git-receive-pack /{proj} ({user})",
                "com.google.gerrit.server.git.MultiProgressMonitor",
                "MultiProgressMonitor worker killed after %sms: (timeout %sms, cancelled)",
                r.randrange(240000, 250000),
                240000,
            )

    def email_stack() -> list[str]:
        return [
            "com.google.gerrit.exceptions.EmailException: Cannot open SMTP connection: Connection refused (Connection refused)",
            "\tat com.google.gerrit.server.mail.send.SmtpEmailSender.connect(SmtpEmailSender.java:351)",
            "\tat com.google.gerrit.server.mail.send.SmtpEmailSender.send(SmtpEmailSender.java:230)",
            "\tat com.google.gerrit.server.mail.send.OutgoingEmail.send(OutgoingEmail.java:221)",
            "\tat com.google.gerrit.server.change.EmailNewPatchSet$AsyncSender.run(EmailNewPatchSet.java:180)",
            "Caused by: java.net.ConnectException: Connection refused (Connection refused)",
            "\tat java.base/sun.nio.ch.Net.connect0(Native Method)",
            "\tat java.base/java.net.Socket.connect(Socket.java:751)",
            "\tat org.apache.commons.net.SocketClient.connect(SocketClient.java:304)",
            f"\t... {r.randrange(9, 14)} more",
        ]

    def mirror_down(t: datetime) -> bool:
        return (
            datetime(2024, 6, 11, 10, 20, tzinfo=UTC)
            <= t
            < datetime(2024, 6, 11, 10, 52, tzinfo=UTC)
        )

    def email_down(t: datetime) -> bool:
        return (
            datetime(2024, 6, 11, 14, 2, tzinfo=UTC)
            <= t
            < datetime(2024, 6, 11, 14, 40, tzinfo=UTC)
        )

    def ldap_down(t: datetime) -> bool:
        return (
            datetime(2024, 6, 11, 15, 11, tzinfo=UTC)
            <= t
            < datetime(2024, 6, 11, 15, 16, tzinfo=UTC)
        )

    def replicate() -> None:
        if mirror_down(now[0]) and pending["github"]:
            for _ in range(min(pending["github"], 3)):
                proj = r.choice(GERRIT_PROJECTS)
                uri = f"git@github.com:acme-mirror/{proj.replace('/', '-')}.git"
                E(
                    "ERROR",
                    f"ReplicateTo-github-{r.randrange(1, 4)}",
                    "com.googlesource.gerrit.plugins.replication.PushOne",
                    "Cannot replicate to %s",
                    uri,
                    stack=[
                        f"org.eclipse.jgit.errors.TransportException: {uri}: Connection timed out"
                    ]
                    + [f"\tat {f}" for f in JGIT_FRAMES]
                    + [
                        "Caused by: java.net.ConnectException: Connection timed out",
                        "\tat java.base/sun.nio.ch.UnixAsynchronousSocketChannelImpl.checkConnect(Native Method)",
                        "\tat java.base/sun.nio.ch.UnixAsynchronousSocketChannelImpl.finishConnect(UnixAsynchronousSocketChannelImpl.java:256)",
                        "\tat org.apache.sshd.common.io.nio2.Nio2Connector$ConnectionCompletionHandler.onCompleted(Nio2Connector.java:146)",
                        f"\t... {r.randrange(5, 9)} more",
                    ],
                )
                adv(0, 2)
        elif not mirror_down(now[0]):
            pending["github"] = 0
        at(r.uniform(50, 70), replicate)

    def ci_cycle() -> None:
        """Jenkins and Zuul: a query, a fetch over HTTP, a vote."""
        bot = r.choice(["jenkins", "zuul"])
        change = r.choice(changes)
        ps = r.randrange(1, 9)
        if r.random() < 0.5:
            ssh_cmd(
                bot,
                "gerrit.query",
                f".--format=JSON.--current-patch-set.change:{change}",
                "gerrit.query.%s %dms %dms 0",
                r.randrange(0, 3),
                r.randrange(20, 400),
                0,
                f"SSH gerrit query --format=JSON --current-patch-set change:{change} ({bot})",
            )
        else:
            http(
                bot,
                "GET",
                "/a/changes/?q=%s&o=CURRENT_REVISION",
                [f"change%3A{change}"],
                200,
                agent="Apache-HttpClient/4.5.14 (Java/17.0.11)",
            )
        proj = r.choice(GERRIT_PROJECTS)
        adv(0.5, 5)
        http(bot, "GET", "/a/%s/info/refs?service=git-upload-pack", [proj], 200, agent="git/2.43.0")
        adv(0.1, 1)
        http(bot, "POST", "/a/%s/git-upload-pack", [proj], 200, agent="git/2.43.0")
        at(r.uniform(30, 900), lambda: vote(bot, change, ps))
        at(r.uniform(300, 1300), ci_cycle)

    def vote(bot: str, change: int, ps: int) -> None:
        v = r.choice(["+1", "+1", "+1", "-1"])
        if r.random() < 0.03:
            ssh_cmd(
                bot,
                "gerrit.review",
                f".--label.Code-Review=+2.{change},{ps}",
                "gerrit.review.%s %dms %dms 1",
                0,
                r.randrange(20, 90),
                1,
                f"SSH gerrit review --label Code-Review=+2 {change},{ps} ({bot})",
            )
        else:
            ssh_cmd(
                bot,
                "gerrit.review",
                f".--label.Verified={v}.{change},{ps}",
                "gerrit.review.%s %dms %dms 0",
                0,
                r.randrange(80, 900),
                0,
                f"SSH gerrit review --label Verified={v} {change},{ps} ({bot})",
            )

    def http(
        user: str,
        method: str,
        route: str,
        vals: list,
        status: int,
        agent: str = "",
        referer: str = "-",
    ) -> None:
        adv(0.004, 0.25)
        t = now[0]
        uri = route % tuple(vals)
        size = "-" if status in (204, 304) else str(r.randrange(40, 60000))
        lat = r.randrange(2, 400) if status != 500 else r.randrange(800, 4000)
        shown = user if status != 401 else "-"
        httpd.add(
            f'{ips.get(user, "10.0.9.9")} - {shown} [{t:%d/%b/%Y:%H:%M:%S}.{t.microsecond // 1000:03d} +0000] "{method} {uri} HTTP/1.1" {status} {size} {lat} "{referer}" "{agent or r.choice(BROWSERS)}"',
            f'"{method} {route} HTTP/1.1" {status}',
        )

    def browse() -> None:
        user = r.choice(USERS)
        ref = "https://gerrit.example.com/dashboard/self"
        agent = r.choice(BROWSERS)
        if r.random() < 0.2:
            http(user, "GET", "/config/server/info", [], 200, agent, ref)
            http(user, "GET", "/accounts/self/detail", [], 200, agent, ref)
        http(
            user,
            "GET",
            "/changes/?O=%s&S=%s&n=%s&q=%s",
            ["81", "0", "25", r.choice(GERRIT_QUERIES)],
            200,
            agent,
            ref,
        )
        for _ in range(r.randrange(1, 3)):
            adv(1, 6)
            proj = r.choice(GERRIT_PROJECTS).replace("/", "%2F")
            cid = f"{proj}~{r.choice(changes)}"
            cref = f"https://gerrit.example.com/c/{proj.replace('%2F', '/')}/+/{cid.split('~')[1]}"
            x = r.random()
            if x < 0.04:
                http(user, "GET", "/changes/%s/detail?O=%s", [cid, "1916314"], 404, agent, ref)
                continue
            http(
                user,
                "GET",
                "/changes/%s/detail?O=%s",
                [cid, "1916314"],
                304 if x < 0.2 else 200,
                agent,
                ref,
            )
            http(user, "GET", "/changes/%s/comments", [cid], 200, agent, cref)
            http(
                user,
                "GET",
                "/changes/%s/revisions/%s/files?parent=%s",
                [cid, r.randrange(1, 9), 1],
                200,
                agent,
                cref,
            )
            y = r.random()
            if y < 0.3:
                adv(2, 9)
                if r.random() < 0.015:
                    path = f"/changes/{cid}/revisions/current/review"
                    http(
                        user,
                        "POST",
                        "/changes/%s/revisions/current/review",
                        [cid],
                        500,
                        agent,
                        cref,
                    )
                    E(
                        "ERROR",
                        f"HTTP-{r.randrange(60, 400)}",
                        "com.google.gerrit.httpd.restapi.RestApiServlet",
                        "Error in %s %s",
                        "POST",
                        path,
                        stack=[
                            f"com.google.gerrit.exceptions.StorageException: Failed to update change {cid.split('~')[1]}",
                            "\tat com.google.gerrit.server.update.BatchUpdate.execute(BatchUpdate.java:158)",
                            "\tat com.google.gerrit.server.restapi.change.PostReview.apply(PostReview.java:362)",
                            "\tat com.google.gerrit.httpd.restapi.RestApiServlet.service(RestApiServlet.java:512)",
                            "\tat javax.servlet.http.HttpServlet.service(HttpServlet.java:790)",
                            "Caused by: org.eclipse.jgit.errors.LockFailedException: Cannot lock /var/gerrit/git/"
                            + proj.replace("%2F", "/")
                            + ".git/refs/meta/config.lock",
                            "\tat org.eclipse.jgit.internal.storage.file.RefDirectory.lockPackedRefsOrThrow(RefDirectory.java:1064)",
                            f"\t... {r.randrange(40, 60)} more",
                        ],
                    )
                else:
                    http(
                        user,
                        "POST",
                        "/changes/%s/revisions/current/review",
                        [cid],
                        200,
                        agent,
                        cref,
                    )
            elif y < 0.38:
                adv(2, 9)
                http(
                    user,
                    "POST",
                    "/changes/%s/submit",
                    [cid],
                    409 if r.random() < 0.2 else 200,
                    agent,
                    cref,
                )
        at(r.uniform(60, 420), browse)

    def bad_basic() -> None:
        bot = r.choice(["jenkins", "zuul", "admin"])
        proj = r.choice(GERRIT_PROJECTS)
        http(bot, "GET", "/a/%s/info/refs?service=git-upload-pack", [proj], 401, agent="git/2.43.0")
        reason = (
            "account inactive or not provisioned in Gerrit"
            if bot == "admin"
            else "password does not match"
        )
        E(
            "WARN",
            f"HTTP-{r.randrange(60, 400)}",
            "com.google.gerrit.httpd.ProjectBasicAuthFilter",
            "Authentication from %s failed for %s: " + reason,
            ips[bot],
            bot,
        )
        at(r.uniform(600, 4000), bad_basic)

    def ssh_fail() -> None:
        sid = sess()
        if r.random() < 0.5:
            user, ip, reason = (
                r.choice(["root", "admin", "git", "ubuntu", "test"]),
                ip4(r, "10.0.9"),
                "user-not-found",
            )
        else:
            user, reason = r.choice(USERS), "no-matching-key"
            ip = ips[user]
        S(
            sid,
            sshd_tid % r.randrange(1, 9),
            user,
            "-",
            f"AUTH FAILURE FROM {ip} {reason}",
            f"AUTH FAILURE FROM %s {reason}",
        )
        at(r.uniform(200, 1500), ssh_fail)

    def mina() -> None:
        user = r.choice(USERS)
        E(
            "WARN",
            sshd_tid % r.randrange(1, 9),
            "org.apache.sshd.server.session.ServerSessionImpl",
            "exceptionCaught(%s)[state=%s] %s: %s",
            f"ServerSessionImpl[{user}@/{ips[user]}:{r.randrange(40000, 65000)}]",
            "Opened",
            "IOException",
            "Connection reset by peer",
        )
        at(r.uniform(900, 4000), mina)

    def ldap() -> None:
        if ldap_down(now[0]):
            E(
                "ERROR",
                f"HTTP-{r.randrange(60, 400)}",
                "com.google.gerrit.server.auth.ldap.LdapRealm",
                "Cannot query LDAP to authenticate user",
                stack=[
                    "javax.naming.CommunicationException: ldap.example.com:636 [Root exception is java.net.SocketTimeoutException: connect timed out]",
                    "\tat java.naming/com.sun.jndi.ldap.Connection.<init>(Connection.java:252)",
                    "\tat java.naming/com.sun.jndi.ldap.LdapClient.<init>(LdapClient.java:141)",
                    "\tat java.naming/com.sun.jndi.ldap.LdapCtxFactory.getInitialContext(LdapCtxFactory.java:64)",
                    "\tat com.google.gerrit.server.auth.ldap.Helper.open(Helper.java:124)",
                    "\tat com.google.gerrit.server.auth.ldap.LdapRealm.authenticate(LdapRealm.java:246)",
                    "Caused by: java.net.SocketTimeoutException: connect timed out",
                    "\tat java.base/sun.nio.ch.NioSocketImpl.timedFinishConnect(NioSocketImpl.java:551)",
                    f"\t... {r.randrange(60, 80)} more",
                ],
            )
            at(r.uniform(10, 60), ldap)
        else:
            at(
                (datetime(2024, 6, 11, 15, 11, 20, tzinfo=UTC) - now[0]).total_seconds()
                if now[0] < datetime(2024, 6, 11, 15, 11, tzinfo=UTC)
                else 10**7,
                ldap,
            )

    def monitor() -> None:
        ssh_cmd(
            "admin",
            "gerrit.version",
            "",
            "gerrit.version %dms %dms 0",
            0,
            r.randrange(1, 5),
            0,
            "SSH gerrit version (admin)",
        )
        at(r.uniform(880, 920), monitor)

    def reload_plugin() -> None:
        name, ver = "webhooks", "v3.9.5"
        ssh_cmd(
            "admin",
            "gerrit.plugin.reload",
            f".{name}",
            "gerrit.plugin.reload.%s %dms %dms 0",
            1,
            r.randrange(200, 900),
            0,
            f"SSH gerrit plugin reload {name} (admin)",
        )
        E(
            "INFO",
            f"SSH gerrit plugin reload {name} (admin)",
            "com.google.gerrit.server.plugins.PluginLoader",
            "Reloaded plugin %s, version %s",
            name,
            ver,
        )

    def restart() -> None:
        shutdown()
        adv(20, 50)
        version[0] = "3.9.5"
        startup()

    startup()
    at(r.uniform(5, 30), browse)
    at(r.uniform(10, 60), ci_cycle)
    at(r.uniform(30, 120), replicate)
    at(r.uniform(300, 900), bad_basic)
    at(r.uniform(60, 600), ssh_fail)
    at(r.uniform(600, 1800), mina)
    at(0, ldap)
    at(r.uniform(10, 100), monitor)
    at((datetime(2024, 6, 11, 13, 2, 11, tzinfo=UTC) - now[0]).total_seconds(), reload_plugin)
    at((datetime(2024, 6, 11, 17, 31, 5, tzinfo=UTC) - now[0]).total_seconds(), restart)

    def devs() -> None:
        pick(r, [(5, fetch), (2, push)])
        at(r.uniform(100, 700), devs)

    at(r.uniform(5, 60), devs)
    end = datetime(2024, 6, 11, 19, 0, tzinfo=UTC)
    while heap:
        t, _, fn = heapq.heappop(heap)
        if t > end:
            break
        now[0] = max(now[0], t)
        fn()
    return [err, httpd, sshd]


# --------------------------------------------------------------------------------- victoriametrics

VM_DATA = "/var/lib/victoria-metrics"
VM_FLAGS = [
    ("dedup.minScrapeInterval", "30s"),
    ("httpListenAddr", ":8428"),
    ("loggerErrorsPerSecondLimit", "10"),
    ("loggerWarnsPerSecondLimit", "5"),
    ("memory.allowedPercent", "60"),
    ("retentionPeriod", "90d"),
    ("search.logSlowQueryDuration", "5s"),
    ("search.maxQueryDuration", "60s"),
    ("selfScrapeInterval", "30s"),
    ("storage.minFreeDiskSpaceBytes", "10GB"),
    ("storageDataPath", VM_DATA),
]
VMAGENT_FLAGS = [
    ("httpListenAddr", ":8429"),
    ("loggerErrorsPerSecondLimit", "10"),
    ("promscrape.config", "/etc/vmagent/prometheus.yml"),
    ("promscrape.suppressScrapeErrorsDelay", "1m0s"),
    ("remoteWrite.maxDiskUsagePerURL", "8GiB"),
    ("remoteWrite.tmpDataPath", "/var/lib/vmagent"),
    ("remoteWrite.url", "secret"),
]
VM_QUERIES = [
    'sum(rate(http_requests_total{job="api"}[5m])) by (status)',
    "histogram_quantile(0.99, sum(rate(http_request_duration_seconds_bucket[5m])) by (le, route))",
    "topk(10, sum(rate(container_cpu_usage_seconds_total[5m])) by (pod))",
    "node_filesystem_avail_bytes / node_filesystem_size_bytes",
    "sum(increase(nginx_http_requests_total[1h])) by (host)",
    "count(up == 0) by (job)",
]


def victoriametrics(r: random.Random) -> list[Log]:
    """A single-node VictoriaMetrics 1.102 (victoria-metrics.log) and a vmagent scraping a fleet
    for it (vmagent.log), both in the default tab-separated format: start-up (the build, the
    command-line flags one per line, caches loaded by name, indexdb tables opened, the storage
    opened, the rollup cache, the HTTP server), long merges of rows and of index items, slow
    queries, queries failing for three reasons behind `remoteAddr: ...; requestURI: ...;`, a
    snapshot created and deleted, the disk filling up (read-only mode, inserts refused with the
    rate limiter's `suppressing log message with rate limit=5: ` before one of them, then
    writable again), an upgrade restart whose first start fails on the data directory's lock
    (`fatal`) while the old process exits; and on vmagent's side: service discovery adding
    targets by config section, scrape failures summarised per target for four reasons, the
    same target discovered twice, config reloads with and without changes, remote writes
    refused (connection refused, 503) while VictoriaMetrics is down or read-only, and a corrupt
    persistent-queue block that panics with the Go runtime's goroutine dump, then a restart."""
    t0 = datetime(2024, 6, 11, 6, 0, 2, 118000, tzinfo=UTC)
    now = [t0]
    vm, va = Log("victoria-metrics.log", t0), Log("vmagent.log", t0)
    heap: list = []
    seq = itertools.count()
    state = {"vm_up": True, "readonly": False, "version": "v1.101.0", "agent_up": True}

    def at(delay: float, fn: Callable[[], None]) -> None:
        heapq.heappush(heap, (now[0] + timedelta(seconds=delay), next(seq), fn))

    def adv(lo: float, hi: float) -> None:
        now[0] += timedelta(seconds=r.uniform(lo, hi))

    def line(
        log: Log, level: str, loc: str, fmt: str, *vals, label: str = "", prefix: str = ""
    ) -> None:
        t = now[0]
        log.add(
            f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond // 1000:03d}Z\t{level}\tVictoriaMetrics/{loc}\t{prefix}{fill(fmt, *vals)}",
            label or (prefix and f"suppressing log message with rate limit=%d: {fmt}") or fmt,
        )

    def V(level: str, loc: str, fmt: str, *vals, label: str = "", prefix: str = "") -> None:
        line(vm, level, loc, fmt, *vals, label=label, prefix=prefix)

    def A(level: str, loc: str, fmt: str, *vals, label: str = "", prefix: str = "") -> None:
        line(va, level, loc, fmt, *vals, label=label, prefix=prefix)

    def build(app: str) -> str:
        return (
            f"{app}-20240603-101234-tags-{state['version']}-0-g{hexid(r, 9)}"
            if app == "victoria-metrics"
            else f"{app}-20240524-192206-tags-v1.101.0-0-g55b1f5f0b"
        )

    def flags(w: Callable, app: str, fl: list[tuple[str, str]]) -> None:
        w("info", "lib/logger/flag.go:12", "build version: %s", build(app))
        w("info", "lib/logger/flag.go:13", "command-line flags")
        for k, v in fl:
            w("info", "lib/logger/flag.go:20", "  -%s=%q", k, v)

    def vm_start(lock_fails: bool = False) -> None:
        flags(V, "victoria-metrics", VM_FLAGS)
        V(
            "info",
            "app/victoria-metrics/main.go:72",
            "starting VictoriaMetrics at %s...",
            '[":8428"]',
            label="starting VictoriaMetrics at %q...",
        )
        V(
            "info",
            "lib/memory/memory.go:42",
            "limiting caches to %d bytes, leaving %d bytes to the OS according to -memory.allowedPercent=%v",
            20147374080,
            13431582720,
            60,
        )
        V(
            "info",
            "app/vmstorage/main.go:126",
            "opening storage at %q with -retentionPeriod=%s",
            VM_DATA,
            "90d",
        )
        if lock_fails:
            V(
                "fatal",
                "lib/fs/fs.go:392",
                "cannot create lock file in %q; make sure a single process has exclusive access to %q: %s",
                VM_DATA,
                VM_DATA,
                f'cannot acquire lock on file "{VM_DATA}/flock.lock": resource temporarily unavailable',
                label="cannot create lock file in %q; make sure a single process has exclusive access to %q: cannot acquire lock on file %q: resource temporarily unavailable",
            )
            return
        adv(0, 0.01)
        for info, name in (
            ("MetricName->TSID", "metricName_tsid"),
            ("MetricID->TSID", "metricID_tsid"),
            ("MetricID->MetricName", "metricID_metricName"),
        ):
            V(
                "info",
                "lib/storage/storage.go:998",
                "loading %s cache from %q...",
                info,
                f"{VM_DATA}/cache/{name}",
                label=f"loading {info} cache from %q...",
            )
            adv(0.05, 0.8)
            V(
                "info",
                "lib/storage/storage.go:1003",
                "loaded %s cache from %q in %.3f seconds; entriesCount: %d; sizeBytes: %d",
                info,
                f"{VM_DATA}/cache/{name}",
                r.uniform(0.05, 0.8),
                r.randrange(800000, 2400000),
                r.randrange(200_000_000, 900_000_000),
                label=f"loaded {info} cache from %q in %.3f seconds; entriesCount: %d; sizeBytes: %d",
            )
        for tbl in ("17D8A2C9E4F1B305", "17D8A2C9E4F1B306"):
            path = f"{VM_DATA}/indexdb/{tbl}"
            V("info", "lib/mergeset/table.go:259", "opening table %q...", path)
            adv(0.02, 0.4)
            V(
                "info",
                "lib/mergeset/table.go:294",
                "table %q has been opened in %.3f seconds; partsCount: %d; blocksCount: %d, itemsCount: %d; sizeBytes: %d",
                path,
                r.uniform(0.02, 0.4),
                r.randrange(8, 40),
                r.randrange(90000, 400000),
                r.randrange(40_000_000, 300_000_000),
                r.randrange(400_000_000, 2_000_000_000),
            )
        V(
            "info",
            "app/vmstorage/main.go:141",
            "successfully opened storage %q in %.3f seconds; partsCount: %d; blocksCount: %d; rowsCount: %d; sizeBytes: %d",
            VM_DATA,
            r.uniform(0.8, 3.5),
            r.randrange(60, 160),
            r.randrange(9_000_000, 14_000_000),
            r.randrange(30_000_000_000, 45_000_000_000),
            r.randrange(20_000_000_000, 32_000_000_000),
        )
        V(
            "info",
            "app/vmselect/promql/rollup_result_cache.go:127",
            "loading rollupResult cache from %q...",
            f"{VM_DATA}/cache/rollupResult",
        )
        adv(0.01, 0.2)
        V(
            "info",
            "app/vmselect/promql/rollup_result_cache.go:156",
            "loaded rollupResult cache from %q in %.3f seconds; entriesCount: %d, sizeBytes: %d",
            f"{VM_DATA}/cache/rollupResult",
            r.uniform(0.01, 0.2),
            r.randrange(2000, 9000),
            r.randrange(20_000_000, 90_000_000),
        )
        V(
            "info",
            "app/victoria-metrics/main.go:84",
            "started VictoriaMetrics in %.3f seconds",
            r.uniform(1, 4),
        )
        V(
            "info",
            "lib/httpserver/httpserver.go:121",
            "starting server at http://%s/",
            "127.0.0.1:8428",
        )
        V(
            "info",
            "lib/httpserver/httpserver.go:122",
            "pprof handlers are exposed at http://%s/debug/pprof/",
            "127.0.0.1:8428",
        )
        V(
            "info",
            "app/victoria-metrics/self_scraper.go:46",
            "started self-scraping `/metrics` page with interval %.3f seconds",
            30.0,
        )
        state["vm_up"] = True

    def vm_stop() -> None:
        V("info", "lib/procutil/signal.go:56", "received signal %s", "terminated")
        V(
            "info",
            "app/victoria-metrics/main.go:91",
            "gracefully shutting down webservice at %s",
            '[":8428"]',
            label="gracefully shutting down webservice at %q",
        )
        adv(0.01, 0.5)
        V(
            "info",
            "app/victoria-metrics/main.go:95",
            "successfully shut down the webservice in %.3f seconds",
            r.uniform(0.01, 0.5),
        )
        V("info", "app/vmstorage/main.go:160", "gracefully closing the storage at %s", VM_DATA)
        state["vm_up"] = False
        for tbl in ("17D8A2C9E4F1B305", "17D8A2C9E4F1B306"):
            path = f"{VM_DATA}/indexdb/{tbl}"
            V(
                "info",
                "lib/mergeset/table.go:412",
                "waiting for background workers to stop on %q...",
                path,
            )
            adv(0, 0.3)
            V(
                "info",
                "lib/mergeset/table.go:415",
                "background workers stopped in %.3f seconds on %q",
                r.uniform(0, 0.3),
                path,
            )
            V(
                "info",
                "lib/mergeset/table.go:417",
                "flushing inmemory parts to files on %q...",
                path,
            )
            adv(0, 0.2)
            V(
                "info",
                "lib/mergeset/table.go:420",
                "inmemory parts have been successfully flushed to files in %.3f seconds at %q",
                r.uniform(0, 0.2),
                path,
            )
        for info, name in (
            ("MetricName->TSID", "metricName_tsid"),
            ("MetricID->TSID", "metricID_tsid"),
            ("MetricID->MetricName", "metricID_metricName"),
        ):
            V(
                "info",
                "lib/storage/storage.go:1036",
                "saving %s cache to %q...",
                info,
                f"{VM_DATA}/cache/{name}",
                label=f"saving {info} cache to %q...",
            )
            adv(0.05, 0.9)
            V(
                "info",
                "lib/storage/storage.go:1047",
                "saved %s cache to %q in %.3f seconds; entriesCount: %d; sizeBytes: %d",
                info,
                f"{VM_DATA}/cache/{name}",
                r.uniform(0.05, 0.9),
                r.randrange(800000, 2400000),
                r.randrange(200_000_000, 900_000_000),
                label=f"saved {info} cache to %q in %.3f seconds; entriesCount: %d; sizeBytes: %d",
            )
        V(
            "info",
            "app/vmstorage/main.go:165",
            "successfully closed the storage in %.3f seconds",
            r.uniform(0.5, 3),
        )
        V(
            "info",
            "app/victoria-metrics/main.go:104",
            "the VictoriaMetrics has been stopped in %.3f seconds",
            r.uniform(1, 4),
        )

    def upgrade() -> None:
        vm_stop()
        state["version"] = "v1.102.0"
        adv(0.5, 1.5)
        vm_start(lock_fails=True)

        def again() -> None:
            vm_start(lock_fails=True)
            at(r.uniform(10, 11), vm_start)

        at(r.uniform(10, 11), again)

    client_ips = {"grafana": "10.0.3.21", "vmalert": "10.0.3.22", "adhoc": "10.0.3.90"}

    def merges() -> None:
        if state["vm_up"]:
            if r.random() < 0.7:
                parts = r.randrange(2, 16)
                rows = r.randrange(200_000_000, 3_000_000_000)
                secs = r.uniform(30.5, 420)
                V(
                    "info",
                    "lib/storage/partition.go:1357",
                    "merged (%d parts, %d rows, %d blocks, %d bytes) into (1 part, %d rows, %d blocks, %d bytes) in %.3f seconds at %d rows/sec to %q",
                    parts,
                    rows,
                    rows // r.randrange(900, 1400),
                    rows // r.randrange(3, 6),
                    rows - r.randrange(0, 90000),
                    rows // r.randrange(1500, 2200),
                    rows // r.randrange(5, 9),
                    secs,
                    int(rows / secs),
                    f"{VM_DATA}/data/big/2024_06/17D8{hexid(r, 12).upper()}",
                )
            else:
                items = r.randrange(20_000_000, 600_000_000)
                secs = r.uniform(30.5, 120)
                V(
                    "info",
                    "lib/mergeset/table.go:1012",
                    "merged (%d parts, %d items, %d blocks, %d bytes) into (1 part, %d items, %d blocks, %d bytes) in %.3f seconds at %d items/sec to %q",
                    r.randrange(2, 16),
                    items,
                    items // 2200,
                    items // 6,
                    items,
                    items // 2500,
                    items // 7,
                    secs,
                    int(items / secs),
                    f"{VM_DATA}/indexdb/17D8A2C9E4F1B306/17D8{hexid(r, 12).upper()}",
                )
        at(r.uniform(600, 2400), merges)

    def queries() -> None:
        if state["vm_up"]:
            who = r.choice(["grafana", "grafana", "grafana", "vmalert", "adhoc"])
            q = r.choice(VM_QUERIES)
            end = int(now[0].timestamp())
            start = end - r.choice([3600, 6 * 3600, 24 * 3600, 7 * 86400])
            step = r.choice([15, 30, 60, 300])
            uri = (
                f"/api/v1/query_range?query={quote(q, safe='')}&start={start}&end={end}&step={step}"
            )
            addr = goq(f"{client_ips[who]}:{r.randrange(30000, 65000)}")
            x = r.random()
            if x < 0.55:
                V(
                    "warn",
                    "app/vmselect/main.go:231",
                    "slow query according to -search.logSlowQueryDuration=%s: remoteAddr=%s, duration=%.3f seconds; requestURI: %q",
                    "5s",
                    addr,
                    r.uniform(5, 48),
                    uri,
                )
            elif x < 0.75:
                V(
                    "warn",
                    "app/vmselect/main.go:563",
                    "remoteAddr: %s; requestURI: %s; %s",
                    addr,
                    uri,
                    f"error when executing query={goq(q)} on the time range (start={start * 1000}, end={end * 1000}, step={step * 1000}): cannot execute query: the query took more than -search.maxQueryDuration=60s; either narrow down the query or increase -search.maxQueryDuration command-line flag value",
                    label="remoteAddr: %s; requestURI: %s; error when executing query=%q on the time range (start=%d, end=%d, step=%d): cannot execute query: the query took more than -search.maxQueryDuration=%s; either narrow down the query or increase -search.maxQueryDuration command-line flag value",
                )
            elif x < 0.9:
                n = r.randrange(300_000, 2_000_000)
                V(
                    "warn",
                    "app/vmselect/main.go:563",
                    "remoteAddr: %s; requestURI: %s; %s",
                    addr,
                    uri,
                    f"error when executing query={goq(q)} on the time range (start={start * 1000}, end={end * 1000}, step={step * 1000}): cannot fetch data: the number of matching timeseries exceeds {n}; either narrow down the search or increase -search.maxUniqueTimeseries command-line flag value",
                    label="remoteAddr: %s; requestURI: %s; error when executing query=%q on the time range (start=%d, end=%d, step=%d): cannot fetch data: the number of matching timeseries exceeds %d; either narrow down the search or increase -search.maxUniqueTimeseries command-line flag value",
                )
            else:
                bad = q[:-3]
                uri = f"/api/v1/query?query={quote(bad, safe='')}&time={end}"
                V(
                    "warn",
                    "app/vmselect/main.go:563",
                    "remoteAddr: %s; requestURI: %s; %s",
                    addr,
                    uri,
                    f"cannot parse query {goq(bad)}: unparsed data left: {goq(bad[-12:])}",
                    label="remoteAddr: %s; requestURI: %s; cannot parse query %q: unparsed data left: %q",
                )
        at(r.uniform(30, 200), queries)

    def snapshot() -> None:
        name = f"{now[0]:%Y%m%d%H%M%S}-17D8{hexid(r, 12).upper()}"
        V("info", "lib/storage/storage.go:345", "creating Storage snapshot for %q...", VM_DATA)
        adv(0.5, 4)
        V(
            "info",
            "lib/storage/storage.go:421",
            "created Storage snapshot for %q at %q in %.3f seconds",
            VM_DATA,
            f"{VM_DATA}/snapshots/{name}",
            r.uniform(0.5, 4),
        )

        def delete() -> None:
            path = f"{VM_DATA}/snapshots/{name}"
            V("info", "lib/storage/storage.go:470", "deleting snapshot %q...", path)
            adv(0.05, 1)
            V(
                "info",
                "lib/storage/storage.go:479",
                "deleted snapshot %q in %.3f seconds",
                path,
                r.uniform(0.05, 1),
            )

        at(r.uniform(900, 1800), delete)

    def readonly(on: bool) -> None:
        if on:
            state["readonly"] = True
            V(
                "warn",
                "lib/storage/storage.go:725",
                "switching the storage at %s to read-only mode, since it has less than -storage.minFreeDiskSpaceBytes=%d of free space: %d bytes left",
                VM_DATA,
                10_000_000_000,
                r.randrange(9_000_000_000, 9_990_000_000),
            )
        else:
            state["readonly"] = False
            V(
                "warn",
                "lib/storage/storage.go:732",
                "enabling writing to the storage at %s, since it has more than -storage.minFreeDiskSpaceBytes=%d of free space: %d bytes left",
                VM_DATA,
                10_000_000_000,
                r.randrange(60_000_000_000, 90_000_000_000),
            )

    def insert_refused() -> None:
        if not state["readonly"]:
            return
        fmt = "remoteAddr: %s; requestURI: %s; the storage is in read-only mode; check -storage.minFreeDiskSpaceBytes command-line flag value"
        n = r.randrange(2, 9)
        for i in range(min(n, 6)):
            adv(0, 0.15)
            V(
                "warn",
                "app/vminsert/main.go:268",
                fmt,
                goq(f"10.0.3.30:{r.randrange(30000, 65000)}"),
                "/api/v1/write",
                prefix=f"suppressing log message with rate limit={5}: " if i == 5 else "",
            )
        # vmagent's side of the refused block
        A(
            "warn",
            "app/vmagent/remotewrite/client.go:471",
            "unexpected status code received after sending a block with size %d bytes to %q during retry #%d: %d; response body=%q; re-sending the block in %.3f seconds",
            r.randrange(200_000, 4_000_000),
            "1:secret-url",
            r.randrange(1, 30),
            503,
            'remoteAddr: "10.0.3.30:51812"; requestURI: /api/v1/write; the storage is in read-only mode; check -storage.minFreeDiskSpaceBytes command-line flag value\n',
            r.uniform(1, 60),
        )
        at(r.uniform(3, 9), insert_refused)

    # ---- vmagent
    targets = {f"node{i:02d}": f"10.0.6.{10 + i}" for i in range(1, 41)}
    flaky = {"node07": "refused", "node19": "timeout", "node33": "status", "node26": "limit"}

    def agent_start() -> None:
        flags(A, "vmagent", VMAGENT_FLAGS)
        A(
            "info",
            "app/vmagent/main.go:108",
            "starting vmagent at %s...",
            '[":8429"]',
            label="starting vmagent at %q...",
        )
        A(
            "info",
            "lib/memory/memory.go:42",
            "limiting caches to %d bytes, leaving %d bytes to the OS according to -memory.allowedPercent=%v",
            2576980377,
            1717986918,
            60,
        )
        A(
            "info",
            "app/vmagent/remotewrite/client.go:185",
            "initialized client for -remoteWrite.url=%q",
            "1:secret-url",
        )
        A(
            "info",
            "lib/persistentqueue/fastqueue.go:61",
            "opened fast persistent queue at %q with maxInmemoryBlocks=%d, it contains %d pending bytes",
            "/var/lib/vmagent/persistent-queue/1_5C7B4E8A12F3D6B9",
            400,
            r.randrange(0, 30_000_000),
        )
        A(
            "info",
            "lib/promscrape/scraper.go:117",
            "reading scrape configs from %q",
            "/etc/vmagent/prometheus.yml",
        )
        A("info", "lib/promscrape/config.go:133", "starting service discovery routines...")
        adv(0, 0.3)
        A(
            "info",
            "lib/promscrape/config.go:139",
            "started service discovery routines in %.3f seconds",
            r.uniform(0, 0.3),
        )
        A(
            "info",
            "app/vmagent/main.go:139",
            "started vmagent in %.3f seconds",
            r.uniform(0.05, 0.6),
        )
        A(
            "info",
            "lib/httpserver/httpserver.go:121",
            "starting server at http://%s/",
            "127.0.0.1:8429",
        )
        A(
            "info",
            "lib/httpserver/httpserver.go:122",
            "pprof handlers are exposed at http://%s/debug/pprof/",
            "127.0.0.1:8429",
        )
        adv(0.5, 2)
        for sect, n in (("static_configs", 12), ("file_sd_configs", 28), ("consul_sd_configs", 17)):
            A(
                "info",
                "lib/promscrape/scraper.go:429",
                "%s: added targets: %d, removed targets: %d; total targets: %d",
                sect,
                n,
                0,
                n,
                label=f"{sect}: added targets: %d, removed targets: %d; total targets: %d",
            )
        state["agent_up"] = True

    def scrape_errors() -> None:
        if state["agent_up"]:
            hour = now[0].hour + now[0].minute / 60
            for name, kind in flaky.items():
                if kind == "refused":
                    p = 0.9 if 8.2 <= hour < 11.4 else 0.0
                elif kind == "timeout":
                    p = 0.3 if hour < 14 else 0.6 if hour < 15 else 0.15
                elif kind == "status":
                    p = 0.8 if 16.3 <= hour < 17.1 else 0.02
                else:
                    p = 0.35
                if r.random() < p:
                    ip = targets[name]
                    url = f"http://{ip}:9100/metrics"
                    labels = f'{{instance="{ip}:9100",job="node",host="{name}"}}'
                    total = r.randrange(2, 5)
                    fails = r.randrange(1, total + 1)
                    if kind == "refused":
                        inner, ilabel = (
                            f'cannot perform request to "{url}": Get "{url}": dial tcp4 {ip}:9100: connect: connection refused',
                            "cannot perform request to %q: Get %q: dial tcp4 %s: connect: connection refused",
                        )
                    elif kind == "timeout":
                        inner, ilabel = (
                            f'cannot perform request to "{url}": Get "{url}": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
                            "cannot perform request to %q: Get %q: context deadline exceeded (Client.Timeout exceeded while awaiting headers)",
                        )
                    elif kind == "status":
                        code = r.choice([500, 503])
                        inner, ilabel = (
                            f'unexpected status code returned when scraping "{url}": {code}; expecting 200; response body: "{"Service Unavailable" if code == 503 else "An error has occurred while serving metrics: collector failed"}\\n"',
                            "unexpected status code returned when scraping %q: %d; expecting %d; response body: %q",
                        )
                    else:
                        inner, ilabel = (
                            f'the response from "{url}" exceeds sample_limit=20000; either reduce the sample count for the target or increase sample_limit',
                            "the response from %q exceeds sample_limit=%d; either reduce the sample count for the target or increase sample_limit",
                        )
                    A(
                        "warn",
                        "lib/promscrape/scrapework.go:410",
                        "cannot scrape target %q (%s) %d out of %d times during -promscrape.suppressScrapeErrorsDelay=%s; the last error: %s",
                        url,
                        labels,
                        fails,
                        total,
                        "1m0s",
                        inner,
                        label="cannot scrape target %q (%s) %d out of %d times during -promscrape.suppressScrapeErrorsDelay=%s; the last error: "
                        + ilabel,
                    )
                    adv(0, 0.4)
        at(r.uniform(55, 65), scrape_errors)

    def duplicates() -> None:
        if state["agent_up"]:
            for pod, ip, ports in (
                ("kube-state-metrics-6d9f8", "10.42.3.17", ("8080", "8081")),
                ("ingress-nginx-controller-7c5b", "10.42.1.9", ("10254", "8443")),
            ):
                endpoint = f"http://{ip}:{ports[0]}/metrics"
                A(
                    "error",
                    "lib/promscrape/scraper.go:476",
                    "skipping duplicate scrape target with identical labels; endpoint=%s, labels=%s; make sure service discovery and relabeling is set up properly; see also https://docs.victoriametrics.com/vmagent/#troubleshooting; original labels for target1: %s; original labels for target2: %s",
                    endpoint,
                    f'{{instance="{ip}:{ports[0]}",job="kubernetes-pods",namespace="monitoring",pod="{pod}"}}',
                    f'{{__address__="{ip}:{ports[0]}",__meta_kubernetes_pod_container_port_number="{ports[0]}",__meta_kubernetes_pod_name="{pod}"}}',
                    f'{{__address__="{ip}:{ports[1]}",__meta_kubernetes_pod_container_port_number="{ports[1]}",__meta_kubernetes_pod_name="{pod}"}}',
                )
        at(r.uniform(900, 1500), duplicates)

    def reload() -> None:
        if state["agent_up"]:
            A(
                "info",
                "lib/promscrape/scraper.go:158",
                "SIGHUP received; reloading Prometheus configs from %q",
                "/etc/vmagent/prometheus.yml",
            )
            if r.random() < 0.4:
                A(
                    "info",
                    "lib/promscrape/scraper.go:172",
                    "nothing changed in %q",
                    "/etc/vmagent/prometheus.yml",
                )
            else:
                A(
                    "info",
                    "lib/promscrape/scraper.go:166",
                    "found changes in %q; applying these changes",
                    "/etc/vmagent/prometheus.yml",
                )
                adv(0.2, 2)
                added, removed = r.randrange(0, 4), r.randrange(0, 3)
                A(
                    "info",
                    "lib/promscrape/scraper.go:429",
                    "%s: added targets: %d, removed targets: %d; total targets: %d",
                    "file_sd_configs",
                    added,
                    removed,
                    28 + added - removed,
                    label="file_sd_configs: added targets: %d, removed targets: %d; total targets: %d",
                )
        at(r.uniform(3600, 9000), reload)

    def remote_write_down() -> None:
        if not state["vm_up"] and state["agent_up"]:
            A(
                "warn",
                "app/vmagent/remotewrite/client.go:445",
                "couldn't send a block with size %d bytes to %q: %s; re-sending the block in %.3f seconds",
                r.randrange(200_000, 4_000_000),
                "1:secret-url",
                'Post "http://10.0.3.30:8428/api/v1/write": dial tcp4 10.0.3.30:8428: connect: connection refused',
                r.uniform(1, 8),
                label="couldn't send a block with size %d bytes to %q: Post %q: dial tcp4 %s: connect: connection refused; re-sending the block in %.3f seconds",
            )
        at(r.uniform(1.5, 4), remote_write_down)

    PANIC_STACK = [
        "",
        "goroutine 187 [running]:",
        "github.com/VictoriaMetrics/VictoriaMetrics/lib/logger.logMessage({0x10e5a4b, 0x5}, {0xc0004a2000, 0xd1}, 0x4)",
        "\tgithub.com/VictoriaMetrics/VictoriaMetrics/lib/logger/logger.go:282 +0xb7d",
        "github.com/VictoriaMetrics/VictoriaMetrics/lib/logger.logLevelSkipframes(0x1, {0x10e5a4b, 0x5}, {0x1104c6d?, 0x0?}, {0xc000585dc8?, 0x0?, 0x0?})",
        "\tgithub.com/VictoriaMetrics/VictoriaMetrics/lib/logger/logger.go:138 +0x199",
        "github.com/VictoriaMetrics/VictoriaMetrics/lib/logger.logLevel(...)",
        "\tgithub.com/VictoriaMetrics/VictoriaMetrics/lib/logger/logger.go:130",
        "github.com/VictoriaMetrics/VictoriaMetrics/lib/logger.Panicf(...)",
        "\tgithub.com/VictoriaMetrics/VictoriaMetrics/lib/logger/logger.go:126",
        "github.com/VictoriaMetrics/VictoriaMetrics/lib/persistentqueue.(*queue).readBlockLocked(0xc0001b2000, {0xc000a00000, 0x0, 0x800000})",
        "\tgithub.com/VictoriaMetrics/VictoriaMetrics/lib/persistentqueue/persistentqueue.go:471 +0x5d5",
        "github.com/VictoriaMetrics/VictoriaMetrics/lib/persistentqueue.(*queue).MustReadBlockNonblocking(0xc0001b2000, {0xc000a00000, 0x0, 0x800000})",
        "\tgithub.com/VictoriaMetrics/VictoriaMetrics/lib/persistentqueue/persistentqueue.go:418 +0x1b4",
        "github.com/VictoriaMetrics/VictoriaMetrics/lib/persistentqueue.(*FastQueue).MustReadBlock(0xc0001ce0a0, {0xc000a00000, 0x0, 0x800000})",
        "\tgithub.com/VictoriaMetrics/VictoriaMetrics/lib/persistentqueue/fastqueue.go:310 +0x2a5",
        "github.com/VictoriaMetrics/VictoriaMetrics/app/vmagent/remotewrite.(*client).runWorker(0xc000290000)",
        "\tgithub.com/VictoriaMetrics/VictoriaMetrics/app/vmagent/remotewrite/client.go:317 +0x1a5",
        "github.com/VictoriaMetrics/VictoriaMetrics/app/vmagent/remotewrite.(*client).init.func1()",
        "\tgithub.com/VictoriaMetrics/VictoriaMetrics/app/vmagent/remotewrite/client.go:218 +0x65",
        "created by github.com/VictoriaMetrics/VictoriaMetrics/app/vmagent/remotewrite.(*client).init in goroutine 1",
        "\tgithub.com/VictoriaMetrics/VictoriaMetrics/app/vmagent/remotewrite/client.go:216 +0x3c5",
    ]

    def agent_panic() -> None:
        path = "/var/lib/vmagent/persistent-queue/1_5C7B4E8A12F3D6B9/0000000004000000"
        size = r.randrange(2_000_000_000, 4_000_000_000)
        msg = f"FATAL: too big block size read from {goq(path)}: {size} bytes; cannot exceed 33554432 bytes"
        A(
            "panic",
            "lib/persistentqueue/persistentqueue.go:471",
            "FATAL: too big block size read from %q: %d bytes; cannot exceed %d bytes",
            path,
            size,
            33554432,
        )
        va.add(f"panic: {msg}", None)
        for x in PANIC_STACK:
            va.add(x, None)
        state["agent_up"] = False
        at(r.uniform(8, 15), agent_start)

    vm_start()
    now[0] += timedelta(seconds=r.uniform(4, 9))
    agent_start()
    at(r.uniform(30, 90), scrape_errors)
    at(r.uniform(600, 900), duplicates)
    at(r.uniform(900, 3600), merges)
    at(r.uniform(60, 600), queries)
    at(r.uniform(1800, 3600), reload)
    at(1, remote_write_down)
    at((datetime(2024, 6, 11, 9, 30, 4, tzinfo=UTC) - now[0]).total_seconds(), snapshot)
    at((datetime(2024, 6, 11, 15, 30, 2, tzinfo=UTC) - now[0]).total_seconds(), snapshot)
    at(
        (datetime(2024, 6, 11, 11, 47, 15, tzinfo=UTC) - now[0]).total_seconds(),
        lambda: (readonly(True), insert_refused()),
    )
    at(
        (datetime(2024, 6, 11, 11, 49, 52, tzinfo=UTC) - now[0]).total_seconds(),
        lambda: readonly(False),
    )
    at((datetime(2024, 6, 11, 13, 10, 31, tzinfo=UTC) - now[0]).total_seconds(), upgrade)
    at((datetime(2024, 6, 11, 16, 41, 9, tzinfo=UTC) - now[0]).total_seconds(), agent_panic)
    end = datetime(2024, 6, 11, 19, 0, tzinfo=UTC)
    while heap:
        t, _, fn = heapq.heappop(heap)
        if t > end:
            break
        now[0] = max(now[0], t)
        fn()
    return [vm, va]


SYSTEMS = {
    "payara": payara,
    "htcondor": htcondor,
    "krb5kdc": krb5kdc,
    "gerrit": gerrit,
    "victoriametrics": victoriametrics,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
