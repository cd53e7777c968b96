#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 119 (jetty, tomee, coherence, qdrouterd, qpid-broker-j) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and file). Five pieces of Java enterprise middleware and AMQP
messaging, 06:00 to 12:00 on 2024-06-04 (the brief's JBoss EAP, Apache Geronimo and Apache
ActiveMQ Artemis were replaced, as `wildfly`, `artemis` and an unmaintained server are or would
be too close to systems the set has: Eclipse Jetty, Oracle Coherence and Qpid Broker-J instead):

- Eclipse Jetty 12.0 standalone (`2024_06_04.jetty.log`, the console-capture module's stderr/out
  file, `2024-06-04 06:00:01.234:INFO :oejs.Server:main: ...`: jetty-slf4j-impl's StdErrAppender
  with the logger condensed; `2024_06_04.request.log`, the requestlog module's extended NCSA
  lines): the start-up (`jetty-%s; built: %s; git: %s; jvm %s`, the deployment monitor, the
  session id manager and house keeper, the TLS certificate's `x509=%s for %s`, `Started %s`
  from ContextHandler, ServletContextHandler and the connectors, `Started %s @%dms`), the shop
  web application's Spring lines through its context logger (`oejshC.shop`), a hot redeploy at
  09:00 (`Stopped %s`, `Started %s`), the database gone 08:10-08:24 (ServletChannel's warning
  whose message is the request URI, with the ServletException's stack), report exports timing
  out (`handleException %s java.io.IOException: ...`), a scraper throttled by the DoSFilter
  (`DOS ALERT: Request delayed=...` / `rejected ...`), a restart at 11:00; the request log's
  routes with their statuses (200, 201, 404, 429, 500).
- Apache TomEE 9.1 (`catalina.out`: JULI's OneLineFormatter, `04-Jun-2024 06:00:01.234 INFO
  [main] org.apache.openejb.util.OptionsLog.info Using '...'`; the VersionLoggerListener taken
  out of server.xml, round 25's tomcat having it): the OpenEJB banner (one call a line),
  `openejb.home = %s`, the services configured and created, the system apps' and the shop's
  EJBs assembled (`Jndi(name=%s) --> Ejb(deployment-id=%s)`, `Started Ejb(...)`, `Deployed
  Application(path=%s)`), the connectors, `Server startup in [%s] milliseconds`; the shop's
  own JUL lines (`Order %d placed for customer %s (%d items, total %s)`); CXF's `No operation
  matching request path ...` for scanners and stale clients; the database's pool exhausted
  08:10-08:24 (`EjbTransactionUtil.handleSystemException: <openjpa-...> ... Timeout: Pool
  empty. ...` and CXF's `Application %s has thrown exception, unwinding now`, each with a stack
  and `Caused by:`), a redeploy of the shop at 09:40 (`Undeploying context [%s]`, `Undeploying
  app: %s`, its deployment again).
- Oracle Coherence 14.1.1 (`coh1.log`, `coh2.log`, `coh3.log`, three cache servers, `2024-06-04
  06:00:01.234/1.912 Oracle Coherence GE 14.1.1.0.16 <Info> (thread=main, member=n/a): ...`,
  coherence.log.level=6 for the proxy's connection lines): the operational and cache
  configuration loaded, the edition banner (a message that begins with two blank lines), the
  cluster formed (`Started cluster Name=%s, ClusterPort=%d` with the member set dumped under
  it, `Created a new cluster "%s" with %s`, `This %s joined cluster "%s" with senior %s`),
  members and services joining, partitions transferred (`Transferring %d out of %d primary
  partitions to member %d requesting %d`), `Started DefaultCacheServer...` with its service
  list; 1,186 Extend connections `Opened: %s` / `Closed: %s` on coh1's and coh2's proxies; coh3's
  long GCs 08:30-08:40 (`Experienced a %d ms communication delay (probable remote GC) with %s;
  ...`), coh3 killed at 09:40 (`Timeout while delivering a packet; ...`, `TcpRing disconnected
  from %s due to a peer departure; removing the member.`, `Member %d left service %s with senior
  member %d`, `Restored from backup %d partitions: %s`) and restarted at 09:52, a stuck entry
  processor 10:30-10:40, a client sending bad POF at 11:10 (`An exception occurred while
  processing a %s for Service=%s: %s` with a stack).
- Apache Qpid Dispatch Router 1.19 / Red Hat AMQ Interconnect (`router-a.log`,
  `router-b.log`, two interior routers, `2024-06-04 06:00:01.234567 +0000 SERVER (info) ...`):
  the start-up (`Container Name: %s`, `Router started in %s mode, area=%s id=%s`, `Version: %s`,
  core modules, `Router Core thread running. %s/%s`, `In-process subscription %s`, the policy,
  listeners and connectors, `Operational, %d Threads Running (process ID %ld)`, `Process VmSize
  %s (%s available memory)`, `Listening on %s`), the inter-router link and link state
  (`Computed next hops: %s`, `Computed costs: %s`, `Computed valid origins: %s`), the link
  routes to the broker (`Link Route Activated '%s' on connection %s` / `Deactivated`); clients'
  connections (`[C%d] Accepted connection to %s from %s`, `[C%d] Connection Opened: dir=%s
  host=%s ...`, `[C%d][L%d] Link attached: dir=%s source=%s target=%s`, `[C%d][L%d] Link lost:
  del=%d ...`), clients gone without closing (`[C%d] Connection from %s (to %s) failed:
  amqp:connection:framing-error connection aborted`), bad passwords (`... failed:
  amqp:unauthorized-access Authentication failed [mech=%s]`), the broker restarted 10:00-10:03
  (`[C%d] Connection to %s failed: proton:io Connection refused - disconnected %s`), router-b
  restarted at 08:45 (router-a's `Router Link Lost - link_id=%d` and recomputed routes).
- Apache Qpid Broker-J 9.2 (`qpid.log`: its logback layout `%d %-5p [%t] (%c{2}) - %m`,
  operational messages behind their subject: `[Broker] BRK-1001 : Startup : Version: %s Build:
  %s`, `[con:12(orders@/10.0.5.12:51234/default)] CON-1001 : Open : ...`): start-up (BRK-1006,
  BRK-1001, BRK-1010, BRK-1011, BRK-1017, the virtual host's VHT-1001, MST-1001/1004/1005/1006,
  BRK-1002 for each port, MNG-1001/1002/1004, BRK-1004), 594 short producer connections and
  the consumers' (`CON-1001 : Open : Destination : %s(%s) : Protocol Version : %s : Client ID
  : %s : Client Version : %s : Client Product : %s`, `CHN-1001 : Create`, `CHN-1003 : Close`,
  `CON-1002 : Close`), a consumer stalled 07:30-08:05 (`QUE-1003 : Overfull : ...` /
  `QUE-1004 : Underfull : ...`, `CHN-1005 : Flow Control Enforced (Queue %s)` / `CHN-1006 :
  Flow Control Removed`, BRK-1014 / BRK-1015 flow to disk), a service with a rotated password
  (`ATH-1010 : Authentication Failed`), clients dropping (`WARN ... Exception performing I/O for
  connection '%s'` with its stack), the broker restarted at 10:00 (BRK-1003, VHT-1002, BRK-1005).

Label notes. Jetty's date, level, condensed logger and thread, JULI's date, level, thread and
`class.method`, Coherence's date/uptime, product, version, level and `(thread=%s, member=%s)`,
the router's date, zone, module and level, and Broker-J's date, level, thread, logger and the
operational message's subject (`[Broker]`, `[con:...]`, `[con:.../ch:1]`, `[vh(/default)/...]`)
are context: the message is the label. The operational message's id (`CON-1001 : `) is written
by the message's own format and is wording; the router's `[C%d]` / `[C%d][L%d]` are in its
format strings and stay in the labels as variables. Jetty's `LOG.warn(uri, failure)` logs the
request URI as its whole message: its label is `%s`, the ServletException's stack (with its
message and `Caused by:`) belonging to it. An exception's text logged inside a message
contributes its own format (`handleException %s java.io.IOException:
java.util.concurrent.TimeoutException: Idle timeout expired: %d/%d ms`, the pool's `Timeout:
Pool empty. Unable to fetch a connection in %d seconds, none available[size:%d; ...]`). A
toString of an object (`oeje10w.WebAppContext@3724b43e{shop,/shop,...}`, Coherence's
`Member(Id=2, Timestamp=..., ...)`, a `TcpConnection(...)`, a `PartitionSet{...}`, the router's
`{'router-b': 1}` dicts and `{orders expire:sess}` terminus) is a value. A multi-line message
(Coherence's banner, its member set under `Started cluster`, the service list under `Started
DefaultCacheServer...`) is one event whose later lines have no row; the banner's event is
labelled by its first line of text (`Oracle Coherence Version %s Build %s`) on the header line,
whose message is empty. An access record in the request log is labelled as the set's access
logs are: method, route (ids and hashes variables) and status.

Least sure (written from the helper's knowledge; nothing was checked against a copy of the
sources): Jetty 12's `oejes.ServletChannel` logger and its `handleException` wording for an idle
timeout, the DoSFilter's `DOS ALERT` field lists and its 429, the x509 line's fields; TomEE's
`Configuring Service(...)` / `Creating %s(id=%s)` wordings, the OpenJPA version string in the
wrapped exception and CXF's `Application %s has thrown exception, unwinding now` naming for a
JAX-RS resource; Coherence's `Partition ownership has stabilized`, `Restored from backup`,
`Assigned %d orphaned primary partitions` levels and wordings, the stuck worker line, the
Extend proxy's `An exception occurred while processing a %s for Service=%s: %s` and the
member set's layout; the router's `Router Core thread running. %s/%s`, the policy line, `Router
Link Lost - link_id=%d`, the `Link lost:` counters and that a clean close logs no line of its
own; Broker-J's BRK-1010 / BRK-1011 / BRK-1014 / BRK-1015 / QUE-1003 / QUE-1004 texts,
`ATH-1010 : Authentication Failed` and the NonBlockingConnection warning.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate
from generate_round55 import at, poisson
from generate_round97 import Files, ms, sec

UA = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
]
CLIENTS = [
    "10.0.5.12",
    "10.0.5.31",
    "10.0.5.77",
    "10.0.6.9",
    "10.0.6.140",
    "10.0.7.21",
    "10.0.7.88",
]
SCANNERS = ["203.0.113.45", "198.51.100.77", "192.0.2.191"]


def jframes(*frames: str) -> list[str]:
    return [f"\tat {f}" for f in frames]


def hexa(r: random.Random, n: int = 8) -> str:
    return f"{r.getrandbits(4 * n):0{n}x}"


# ------------------------------------------------------------------------------------ jetty

JT_VERSION = "12.0.9"
JT_BUILT = "2024-05-03T01:54:21.116Z"
JT_GIT = "20b7be47bd9c58d75ea6386e8d3e3a3b4e4e0a5b"
JT_JVM = "17.0.11+9"
JT_SERVLET_STACK = jframes(
    "org.springframework.web.servlet.FrameworkServlet.processRequest(FrameworkServlet.java:1022)",
    "org.springframework.web.servlet.FrameworkServlet.doGet(FrameworkServlet.java:903)",
    "jakarta.servlet.http.HttpServlet.service(HttpServlet.java:527)",
    "org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:885)",
    "jakarta.servlet.http.HttpServlet.service(HttpServlet.java:614)",
    "org.eclipse.jetty.ee10.servlet.ServletHolder.handle(ServletHolder.java:736)",
    "org.eclipse.jetty.ee10.servlet.ServletHandler$ChainEnd.doFilter(ServletHandler.java:1614)",
    "org.eclipse.jetty.ee10.servlets.DoSFilter.doFilterChain(DoSFilter.java:475)",
    "org.eclipse.jetty.ee10.servlets.DoSFilter.doFilter(DoSFilter.java:318)",
    "org.eclipse.jetty.ee10.servlet.FilterHolder.doFilter(FilterHolder.java:205)",
    "org.eclipse.jetty.ee10.servlet.ServletHandler$Chain.doFilter(ServletHandler.java:1586)",
    "org.eclipse.jetty.ee10.servlet.ServletHandler.handle(ServletHandler.java:552)",
    "org.eclipse.jetty.ee10.servlet.ServletChannel.dispatch(ServletChannel.java:805)",
    "org.eclipse.jetty.ee10.servlet.ServletChannel.handle(ServletChannel.java:436)",
    "org.eclipse.jetty.util.thread.QueuedThreadPool.runJob(QueuedThreadPool.java:979)",
    "org.eclipse.jetty.util.thread.QueuedThreadPool$Runner.run(QueuedThreadPool.java:1209)",
    "java.base/java.lang.Thread.run(Thread.java:840)",
)
JT_CAUSE_STACK = [
    "Caused by: org.springframework.dao.DataAccessResourceFailureException: Unable to acquire JDBC Connection [HikariPool-1 - Connection is not available, request timed out after 30000ms.] [n/a]",
    *jframes(
        "org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:254)",
        "org.springframework.orm.jpa.vendor.HibernateJpaDialect.translateExceptionIfPossible(HibernateJpaDialect.java:232)",
        "com.example.shop.orders.OrderRepository.findById(OrderRepository.java:41)",
        "com.example.shop.orders.OrderController.get(OrderController.java:58)",
    ),
    "\t... 27 more",
]


def jetty(r: random.Random) -> list[Log]:
    """Jetty 12 on one host serving the shop web application (`/shop`, ee10) behind a load
    balancer, 06:00 to 12:00: the database gone 08:10-08:24, report exports timing out, a
    scraper throttled by the DoSFilter 10:05-10:25, a hot redeploy of shop.war at 09:00, a
    restart at 11:00."""
    fs = Files()
    LOG = "2024_06_04.jetty.log"
    REQ = "2024_06_04.request.log"
    pid = [0]

    def J(
        t: datetime,
        level: str,
        logger: str,
        thread: str,
        label: str,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        return fs.add(
            LOG,
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%d %H:%M:%S}.{ms(x)}:{level:<5}:{logger}:{thread}: {msg}",
                *(more or []),
            ],
            ("log", pid[0]),
            1000,
        )

    def worker(t: datetime) -> str:
        pool = "qtp270095066" if t < at(11, 0, 1) else "qtp1525037790"
        return f"{pool}-{r.randint(30, 61)}"

    def A(
        t: datetime, ip: str, method: str, path: str, route: str, status: int, size: int, ua: str
    ) -> None:
        fs.add(
            REQ,
            t,
            f"{method} {route} {status}",
            lambda x: [
                f'{ip} - - [{x:%d/%b/%Y:%H:%M:%S} +0000] "{method} {path} HTTP/1.1" {status} {size} "-" "{ua}"'
            ],
            ("req", ip, t),
            1_000_000,
        )

    ctx_ids: dict[str, str] = {}
    bases: dict[str, str] = {}
    sess: dict[str, str] = {}

    def webapp(ctx: str) -> str:
        war = "root" if ctx == "root" else "shop.war"
        path = "/" if ctx == "root" else "/shop"
        ctx_ids.setdefault(ctx, hexa(r))
        key = ctx_ids[ctx]
        bases.setdefault(
            key,
            f"file:///var/lib/jetty/webapps/{ctx}/"
            if ctx == "root"
            else f"file:///tmp/jetty-0_0_0_0-8080-shop_war-_shop-any-{r.randint(10**17, 10**18)}/webapp/",
        )
        sess.setdefault(key, hexa(r))
        base = bases[key]
        return f"oeje10w.WebAppContext@{ctx_ids[ctx]}{{{ctx},{path},b={base},a=AVAILABLE,h=oeje10s.SessionHandler@{sess[key]}{{STARTED}}}}{{/var/lib/jetty/webapps/{war}}}"

    def start_ctx(t: datetime, ctx: str) -> datetime:
        if ctx == "shop":
            t = J(
                t + sec(0.9),
                "INFO",
                "oejshC.shop",
                "main",
                "Initializing Spring root WebApplicationContext",
                "Initializing Spring root WebApplicationContext",
            )
            t = J(
                t + sec(r.uniform(2, 4)),
                "INFO",
                "oejshC.shop",
                "main",
                "Initializing Spring DispatcherServlet '%s'",
                "Initializing Spring DispatcherServlet 'dispatcher'",
            )
        w = webapp(ctx)
        t = J(t + sec(0.02), "INFO", "oejsh.ContextHandler", "main", "Started %s", f"Started {w}")
        return J(
            t + sec(0.001),
            "INFO",
            "oejes.ServletContextHandler",
            "main",
            "Started %s",
            f"Started {w}",
        )

    conn = {"http": hexa(r), "ssl": hexa(r), "srv": hexa(r)}

    def start(t: datetime) -> None:
        pid[0] += 1
        up = r.randint(380, 520)
        t = J(
            t,
            "INFO",
            "oejs.Server",
            "main",
            "jetty-%s; built: %s; git: %s; jvm %s",
            f"jetty-{JT_VERSION}; built: {JT_BUILT}; git: {JT_GIT}; jvm {JT_JVM}",
        )
        t = J(
            t + sec(0.02),
            "INFO",
            "oejdp.ScanningAppProvider",
            "main",
            "Deployment monitor %s in %s at intervals %ds",
            "Deployment monitor ee10 in [file:///var/lib/jetty/webapps/] at intervals 0s",
        )
        t = J(
            t + sec(0.05),
            "INFO",
            "oejs.DefaultSessionIdManager",
            "main",
            "Session workerName=%s",
            "Session workerName=node0",
        )
        t = J(
            t + sec(0.01),
            "INFO",
            "oejs.HouseKeeper",
            "main",
            "%s Scavenging every %dms",
            "node0 Scavenging every 600000ms",
        )
        t = start_ctx(t + sec(0.3), "root")
        t = start_ctx(t + sec(0.2), "shop")
        t = J(
            t + sec(0.05),
            "INFO",
            "oejs.AbstractConnector",
            "main",
            "Started %s",
            f"Started ServerConnector@{conn['http']}{{HTTP/1.1, (http/1.1)}}{{0.0.0.0:8080}}",
        )
        t = J(
            t + sec(0.08),
            "INFO",
            "oejus.SslContextFactory",
            "main",
            "x509=%s for %s",
            f"x509=X509@{hexa(r)}(jetty,h=[shop.example.com, www.shop.example.com],a=[],w=[]) for Server@{hexa(r)}[provider=null,keyStore=file:///var/lib/jetty/etc/keystore.p12,trustStore=null]",
        )
        t = J(
            t + sec(0.03),
            "INFO",
            "oejs.AbstractConnector",
            "main",
            "Started %s",
            f"Started ServerConnector@{conn['ssl']}{{SSL, (ssl, http/1.1)}}{{0.0.0.0:8443}}",
        )
        J(
            t + sec(0.01),
            "INFO",
            "oejs.Server",
            "main",
            "Started %s @%dms",
            f"Started oejs.Server@{conn['srv']}{{STARTING}}[{JT_VERSION},sto=5000] @{up * 10 + r.randint(0, 9)}ms",
        )

    def stop(t: datetime) -> None:
        th = "JettyShutdownThread"
        t = J(
            t,
            "INFO",
            "oejs.Server",
            th,
            "Stopped %s",
            f"Stopped oejs.Server@{conn['srv']}{{STOPPING}}[{JT_VERSION},sto=5000]",
        )
        t = J(
            t + sec(0.01),
            "INFO",
            "oejs.AbstractConnector",
            th,
            "Stopped %s",
            f"Stopped ServerConnector@{conn['http']}{{HTTP/1.1, (http/1.1)}}{{0.0.0.0:8080}}",
        )
        t = J(
            t + sec(0.01),
            "INFO",
            "oejs.AbstractConnector",
            th,
            "Stopped %s",
            f"Stopped ServerConnector@{conn['ssl']}{{SSL, (ssl, http/1.1)}}{{0.0.0.0:8443}}",
        )
        for ctx in ["shop", "root"]:
            w = (
                webapp(ctx)
                .replace("a=AVAILABLE", "a=UNAVAILABLE")
                .replace("{STARTED}", "{STOPPED}")
            )
            t = J(t + sec(0.2), "INFO", "oejsh.ContextHandler", th, "Stopped %s", f"Stopped {w}")
        J(
            t + sec(0.01),
            "INFO",
            "oejs.HouseKeeper",
            th,
            "%s Stopped scavenging",
            "node0 Stopped scavenging",
        )

    t0, t_end = at(6, 0), at(12, 0)
    start(t0 + sec(1.2))
    # hot redeploy at 09:00: the war replaced
    t = at(9, 0, 3)
    w = webapp("shop").replace("a=AVAILABLE", "a=UNAVAILABLE").replace("{STARTED}", "{STOPPED}")
    t = J(t, "INFO", "oejsh.ContextHandler", "Scanner-0", "Stopped %s", f"Stopped {w}")
    ctx_ids["shop"] = hexa(r)
    t += sec(1.5)
    t = J(
        t,
        "INFO",
        "oejshC.shop",
        "Scanner-0",
        "Initializing Spring root WebApplicationContext",
        "Initializing Spring root WebApplicationContext",
    )
    t = J(
        t + sec(3.1),
        "INFO",
        "oejshC.shop",
        "Scanner-0",
        "Initializing Spring DispatcherServlet '%s'",
        "Initializing Spring DispatcherServlet 'dispatcher'",
    )
    w = webapp("shop")
    t = J(t + sec(0.02), "INFO", "oejsh.ContextHandler", "Scanner-0", "Started %s", f"Started {w}")
    J(
        t + sec(0.001),
        "INFO",
        "oejes.ServletContextHandler",
        "Scanner-0",
        "Started %s",
        f"Started {w}",
    )
    # restart at 11:00
    stop(at(11, 0, 1))
    for k in conn:
        conn[k] = hexa(r)
    ctx_ids.clear()
    start(at(11, 0, 9))

    def down(t: datetime) -> bool:
        return at(11, 0, 1) <= t < at(11, 0, 16) or at(9, 0, 3) <= t < at(9, 0, 9)

    # traffic
    for t in poisson(r, t0 + sec(20), t_end, 15):
        if down(t):
            continue
        ip, ua = r.choice(CLIENTS), r.choice(UA)
        x = r.random()
        db_down = at(8, 10) <= t < at(8, 24)
        if x < 0.12:
            A(t, ip, "GET", "/shop/", "/shop/", 200, r.randint(5200, 5400), ua)
        elif x < 0.27:
            h = hexa(r)
            A(
                t,
                ip,
                "GET",
                f"/shop/static/app.{h}.js",
                "/shop/static/app.%s.js",
                200,
                r.randint(180000, 190000),
                ua,
            )
        elif x < 0.47:
            q = f"?page={r.randint(1, 9)}"
            if db_down:
                A(
                    t + sec(30),
                    ip,
                    "GET",
                    f"/shop/api/items{q}",
                    "/shop/api/items?page=%s",
                    500,
                    0,
                    ua,
                )
                J(
                    t + sec(30),
                    "WARN",
                    "oejes.ServletChannel",
                    worker(t),
                    "%s",
                    "/shop/api/items",
                    [
                        "jakarta.servlet.ServletException: Request processing failed: org.springframework.dao.DataAccessResourceFailureException: Unable to acquire JDBC Connection [HikariPool-1 - Connection is not available, request timed out after 30000ms.] [n/a]",
                        *JT_SERVLET_STACK,
                        *JT_CAUSE_STACK,
                    ],
                )
            else:
                A(
                    t,
                    ip,
                    "GET",
                    f"/shop/api/items{q}",
                    "/shop/api/items?page=%s",
                    200,
                    r.randint(2000, 9000),
                    ua,
                )
        elif x < 0.67:
            n = r.randint(1000, 9999)
            if r.random() < 0.08:
                A(t, ip, "GET", f"/shop/api/items/{n}", "/shop/api/items/%s", 404, 0, ua)
            else:
                A(
                    t,
                    ip,
                    "GET",
                    f"/shop/api/items/{n}",
                    "/shop/api/items/%s",
                    200,
                    r.randint(600, 1400),
                    ua,
                )
        elif x < 0.80:
            n = r.randint(10000, 99999)
            if db_down:
                A(
                    t + sec(30),
                    ip,
                    "GET",
                    f"/shop/api/orders/{n}",
                    "/shop/api/orders/%s",
                    500,
                    0,
                    ua,
                )
                J(
                    t + sec(30),
                    "WARN",
                    "oejes.ServletChannel",
                    worker(t),
                    "%s",
                    f"/shop/api/orders/{n}",
                    [
                        "jakarta.servlet.ServletException: Request processing failed: org.springframework.dao.DataAccessResourceFailureException: Unable to acquire JDBC Connection [HikariPool-1 - Connection is not available, request timed out after 30000ms.] [n/a]",
                        *JT_SERVLET_STACK,
                        *JT_CAUSE_STACK,
                    ],
                )
            else:
                A(
                    t,
                    ip,
                    "GET",
                    f"/shop/api/orders/{n}",
                    "/shop/api/orders/%s",
                    200,
                    r.randint(700, 3000),
                    ua,
                )
        elif x < 0.93:
            if db_down:
                A(t + sec(30), ip, "POST", "/shop/api/orders", "/shop/api/orders", 500, 0, ua)
                J(
                    t + sec(30),
                    "WARN",
                    "oejes.ServletChannel",
                    worker(t),
                    "%s",
                    "/shop/api/orders",
                    [
                        "jakarta.servlet.ServletException: Request processing failed: org.springframework.dao.DataAccessResourceFailureException: Unable to acquire JDBC Connection [HikariPool-1 - Connection is not available, request timed out after 30000ms.] [n/a]",
                        *JT_SERVLET_STACK,
                        *JT_CAUSE_STACK,
                    ],
                )
            else:
                A(
                    t,
                    ip,
                    "POST",
                    "/shop/api/orders",
                    "/shop/api/orders",
                    201,
                    r.randint(300, 420),
                    ua,
                )
        else:
            if r.random() < 0.2:
                J(
                    t + sec(30),
                    "WARN",
                    "oejes.ServletChannel",
                    worker(t),
                    "handleException %s java.io.IOException: java.util.concurrent.TimeoutException: Idle timeout expired: %d/%d ms",
                    "handleException /shop/api/reports/export java.io.IOException: java.util.concurrent.TimeoutException: Idle timeout expired: 30000/30000 ms",
                )
                A(
                    t + sec(30),
                    ip,
                    "GET",
                    "/shop/api/reports/export?month=2024-05",
                    "/shop/api/reports/export?month=%s",
                    500,
                    0,
                    ua,
                )
            else:
                A(
                    t + sec(r.uniform(2, 20)),
                    ip,
                    "GET",
                    "/shop/api/reports/export?month=2024-05",
                    "/shop/api/reports/export?month=%s",
                    200,
                    r.randint(10**5, 10**6),
                    ua,
                )
    # scanners
    for t in poisson(r, t0 + sec(60), t_end, 240):
        if down(t):
            continue
        p = r.choice(["/wp-login.php", "/.env"])
        A(t, r.choice(SCANNERS), "GET", p, p, 404, 0, "Mozilla/5.0 zgrab/0.x")
    # the scraper, throttled
    scr = "198.51.100.23"
    bot = "python-requests/2.31.0"
    for t in poisson(r, at(10, 5), at(10, 25), 3.2):
        n = r.randint(1000, 9999)
        if r.random() < 0.55:
            J(
                t,
                "WARN",
                "oejes.DoSFilter",
                worker(t),
                "DOS ALERT: Request delayed=%dms, ip=%s, overlimit=%s, user=%s",
                f"DOS ALERT: Request delayed=100ms, ip={scr}, overlimit=OVER_LIMIT, user=null",
            )
            A(
                t + sec(0.1),
                scr,
                "GET",
                f"/shop/api/items/{n}",
                "/shop/api/items/%s",
                200,
                r.randint(600, 1400),
                bot,
            )
        else:
            J(
                t,
                "WARN",
                "oejes.DoSFilter",
                worker(t),
                "DOS ALERT: Request rejected ip=%s, overlimit=%s, user=%s",
                f"DOS ALERT: Request rejected ip={scr}, overlimit=OVER_LIMIT, user=null",
            )
            A(t, scr, "GET", f"/shop/api/items/{n}", "/shop/api/items/%s", 429, 0, bot)
    return fs.logs(t0)


# ------------------------------------------------------------------------------------ tomee

TE_SYSTEM_EJBS = [
    ("openejb/Deployer", "openejb/DeployerBusinessRemote", "org.apache.openejb.assembler.Deployer"),
    (
        "openejb/ConfigurationInfo",
        "openejb/ConfigurationInfoBusinessRemote",
        "org.apache.openejb.assembler.classic.cmd.ConfigurationInfo",
    ),
    ("MEJB", "MEJB", "jakarta.management.j2ee.ManagementHome"),
]
TE_SHOP_EJBS = [
    ("shop/OrderService", "OrderServiceLocalBean", "com.example.shop.OrderService"),
    ("shop/CatalogService", "CatalogServiceLocalBean", "com.example.shop.CatalogService"),
    ("shop/PaymentGateway", "PaymentGatewayLocalBean", "com.example.shop.PaymentGateway"),
    ("shop/CartExpiry", "CartExpiryLocalBean", "com.example.shop.CartExpiry"),
]
TE_POOL_STACK = [
    *jframes(
        "org.apache.openjpa.jdbc.sql.DBDictionary.narrow(DBDictionary.java:5250)",
        "org.apache.openjpa.jdbc.sql.DBDictionary.newStoreException(DBDictionary.java:5210)",
        "org.apache.openjpa.jdbc.sql.SQLExceptions.getStore(SQLExceptions.java:136)",
        "org.apache.openjpa.jdbc.kernel.JDBCStoreManager.connect(JDBCStoreManager.java:1013)",
        "org.apache.openjpa.kernel.BrokerImpl.find(BrokerImpl.java:1023)",
        "org.apache.openjpa.persistence.EntityManagerImpl.find(EntityManagerImpl.java:486)",
        "org.apache.openejb.persistence.JtaEntityManager.find(JtaEntityManager.java:190)",
        "com.example.shop.OrderService.find(OrderService.java:64)",
        "java.base/jdk.internal.reflect.NativeMethodAccessorImpl.invoke0(Native Method)",
        "org.apache.openejb.core.interceptor.ReflectionInvocationContext$Invocation.invoke(ReflectionInvocationContext.java:205)",
        "org.apache.openejb.core.stateless.StatelessContainer._invoke(StatelessContainer.java:253)",
        "org.apache.openejb.core.stateless.StatelessContainer.invoke(StatelessContainer.java:212)",
        "org.apache.openejb.core.ivm.EjbObjectProxyHandler.synchronizedBusinessMethod(EjbObjectProxyHandler.java:265)",
        "org.apache.openejb.core.ivm.EjbObjectProxyHandler.businessMethod(EjbObjectProxyHandler.java:260)",
    ),
    "Caused by: org.apache.tomcat.jdbc.pool.PoolExhaustedException: [{th}] Timeout: Pool empty. Unable to fetch a connection in 30 seconds, none available[size:20; busy:20; idle:0; lastwait:30000].",
    *jframes(
        "org.apache.tomcat.jdbc.pool.ConnectionPool.borrowConnection(ConnectionPool.java:723)",
        "org.apache.tomcat.jdbc.pool.ConnectionPool.getConnection(ConnectionPool.java:198)",
        "org.apache.tomcat.jdbc.pool.DataSourceProxy.getConnection(DataSourceProxy.java:132)",
        "org.apache.openejb.resource.jdbc.managed.local.ManagedConnection.invoke(ManagedConnection.java:155)",
    ),
    "\t... 61 more",
]


def tomee(r: random.Random) -> list[Log]:
    """TomEE 9.1 (plume) with the shop application (`/shop`: EJBs, JPA over OpenJPA, JAX-RS by
    CXF), 06:00 to 12:00: start-up, orders all day, scanners and a stale mobile client asking
    for paths that do not exist, the database's pool exhausted 08:10-08:24, the shop redeployed
    at 09:40."""
    fs = Files()
    F = "catalina.out"

    def L(
        t: datetime,
        level: str,
        thread: str,
        src: str,
        label: str,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        return fs.add(
            F,
            t,
            label,
            lambda x: [
                f"{x:%d-%b-%Y %H:%M:%S}.{ms(x)} {level} [{thread}] {src} {msg}",
                *(more or []),
            ],
            "catalina",
            1000,
        )

    ASM = "org.apache.openejb.assembler.classic.Assembler"
    CF = "org.apache.openejb.config.ConfigurationFactory"

    def deploy_app(t: datetime, th: str, path: str, ejbs: list[tuple[str, str, str]]) -> datetime:
        t = L(
            t + sec(0.01),
            "INFO",
            th,
            f"{CF}.configureApplication",
            "Configuring enterprise application: %s",
            f"Configuring enterprise application: {path}",
        )
        t = L(
            t + sec(0.2),
            "INFO",
            th,
            f"{ASM}.createApplication",
            "Assembling app: %s",
            f"Assembling app: {path}",
        )
        for dep, name, iface in ejbs:
            for jn in [name, f"global/{path.rsplit('/', 1)[-1]}/{dep.rsplit('/', 1)[-1]}!{iface}"]:
                t = L(
                    t + sec(r.uniform(0.001, 0.01)),
                    "INFO",
                    th,
                    "org.apache.openejb.assembler.classic.JndiBuilder.bind",
                    "Jndi(name=%s) --> Ejb(deployment-id=%s)",
                    f"Jndi(name={jn}) --> Ejb(deployment-id={dep})",
                )
        for dep, _, _ in ejbs:
            ctr = (
                "Default Singleton Container"
                if dep.endswith("CartExpiry")
                else "Default Stateless Container"
            )
            t = L(
                t + sec(r.uniform(0.001, 0.02)),
                "INFO",
                th,
                f"{ASM}.startEjbs",
                "Started Ejb(deployment-id=%s, ejb-name=%s, container=%s)",
                f"Started Ejb(deployment-id={dep}, ejb-name={dep.rsplit('/', 1)[-1]}, container={ctr})",
            )
        return L(
            t + sec(0.05),
            "INFO",
            th,
            f"{ASM}.createApplication",
            "Deployed Application(path=%s)",
            f"Deployed Application(path={path})",
        )

    def deploy_shop(t: datetime, th: str) -> datetime:
        war = "/opt/tomee/webapps/shop.war"
        t = L(
            t,
            "INFO",
            th,
            "org.apache.catalina.startup.HostConfig.deployWAR",
            "Deploying web application archive [%s]",
            f"Deploying web application archive [{war}]",
        )
        t0 = t
        t = deploy_app(t + sec(r.uniform(1.5, 2.5)), th, "/opt/tomee/webapps/shop", TE_SHOP_EJBS)
        t += sec(r.uniform(1.2, 2.4))
        dur = int((t - t0).total_seconds() * 1000)
        return L(
            t,
            "INFO",
            th,
            "org.apache.catalina.startup.HostConfig.deployWAR",
            "Deployment of web application archive [%s] has finished in [%s] ms",
            f"Deployment of web application archive [{war}] has finished in [{dur:,}] ms",
        )

    def start(t: datetime) -> None:
        m = "main"
        t0 = t
        for opt in [
            "tomee.remote.support=true",
            "openejb.system.apps=true",
            "openejb.jdbc.datasource-creator=tomcat",
        ]:
            t = L(
                t + sec(0.004),
                "INFO",
                m,
                "org.apache.openejb.util.OptionsLog.info",
                "Using '%s'",
                f"Using '{opt}'",
            )
        t = L(
            t + sec(0.01),
            "INFO",
            m,
            "org.apache.coyote.AbstractProtocol.init",
            "Initializing ProtocolHandler [%s]",
            'Initializing ProtocolHandler ["http-nio-8080"]',
        )
        inst = "org.apache.openejb.OpenEJB$Instance.<init>"
        stars = "*" * 80
        banner = [
            (stars, stars),
            ("OpenEJB http://tomee.apache.org/", "OpenEJB http://tomee.apache.org/"),
            ("Startup: %s", f"Startup: {t:%a %b %d %H:%M:%S} UTC 2024"),
            (
                "Copyright 1999-2024 (C) Apache OpenEJB/TomEE Project, All Rights Reserved.",
                "Copyright 1999-2024 (C) Apache OpenEJB/TomEE Project, All Rights Reserved.",
            ),
            ("Version: %s", "Version: 9.1.3"),
            ("Build date: %s", "Build date: 20240403"),
            ("Build time: %s", "Build time: 07:41"),
            (stars, stars),
            ("openejb.home = %s", "openejb.home = /opt/tomee"),
            ("openejb.base = %s", "openejb.base = /opt/tomee"),
        ]
        for label, msg in banner:
            t = L(t + sec(0.001), "INFO", m, inst, label, msg)
        services = [
            ("Tomcat Security Service", "SecurityService", "Tomcat Security Service"),
            ("Default Transaction Manager", "TransactionManager", "Default Transaction Manager"),
            ("jdbc/shopDS", "Resource", "Default JDBC Database"),
            ("Default Stateless Container", "Container", "Default Stateless Container"),
            ("Default Singleton Container", "Container", "Default Singleton Container"),
        ]
        for sid, typ, prov in services:
            t = L(
                t + sec(r.uniform(0.005, 0.05)),
                "INFO",
                m,
                f"{CF}.configureService",
                "Configuring Service(id=%s, type=%s, provider-id=%s)",
                f"Configuring Service(id={sid}, type={typ}, provider-id={prov})",
            )
        for sid, typ, _ in services:
            t = L(
                t + sec(r.uniform(0.005, 0.08)),
                "INFO",
                m,
                f"{ASM}.createRecipe",
                "Creating %s(id=%s)",
                f"Creating {typ}(id={sid})",
            )
        t = deploy_app(t + sec(0.3), m, "openejb", TE_SYSTEM_EJBS)
        t = L(
            t + sec(0.2),
            "INFO",
            m,
            "org.apache.catalina.core.StandardService.startInternal",
            "Starting service [%s]",
            "Starting service [Catalina]",
        )
        t = L(
            t + sec(0.001),
            "INFO",
            m,
            "org.apache.catalina.core.StandardEngine.startInternal",
            "Starting Servlet engine: [%s]",
            "Starting Servlet engine: [Apache Tomcat (TomEE)/9.0.88 (9.1.3)]",
        )
        t = deploy_shop(t + sec(0.05), m)
        t = L(
            t + sec(0.01),
            "INFO",
            m,
            "org.apache.coyote.AbstractProtocol.start",
            "Starting ProtocolHandler [%s]",
            'Starting ProtocolHandler ["http-nio-8080"]',
        )
        dur = int((t - t0).total_seconds() * 1000) + r.randint(600, 900)
        L(
            t + sec(0.01),
            "INFO",
            m,
            "org.apache.catalina.startup.Catalina.start",
            "Server startup in [%s] milliseconds",
            f"Server startup in [{dur}] milliseconds",
        )

    t0, t_end = at(6, 0), at(12, 0)
    start(t0 + sec(2.3))
    # redeploy at 09:40
    th = "Catalina-utility-1"
    t = L(
        at(9, 40, 12),
        "INFO",
        th,
        "org.apache.catalina.startup.HostConfig.undeploy",
        "Undeploying context [%s]",
        "Undeploying context [/shop]",
    )
    t = L(
        t + sec(0.3),
        "INFO",
        th,
        f"{ASM}.destroyApplication",
        "Undeploying app: %s",
        "Undeploying app: /opt/tomee/webapps/shop",
    )
    deploy_shop(t + sec(1.1), th)

    def worker() -> str:
        return f"http-nio-8080-exec-{r.randint(1, 40)}"

    customers = [f"C{r.randint(100000, 999999)}" for _ in range(150)]
    oid = [48211]
    for t in poisson(r, t0 + sec(40), t_end, 9.5):
        if at(9, 40, 12) <= t < at(9, 40, 20):
            continue
        th = worker()
        if at(8, 10) <= t < at(8, 24):
            t += sec(30)
            L(
                t,
                "SEVERE",
                th,
                "org.apache.openejb.core.transaction.EjbTransactionUtil.handleSystemException",
                "EjbTransactionUtil.handleSystemException: <openjpa-%s fatal general error> org.apache.openjpa.persistence.PersistenceException: [%s] Timeout: Pool empty. Unable to fetch a connection in %d seconds, none available[size:%d; busy:%d; idle:%d; lastwait:%d].",
                f"EjbTransactionUtil.handleSystemException: <openjpa-3.2.2-r422266:1897436 fatal general error> org.apache.openjpa.persistence.PersistenceException: [{th}] Timeout: Pool empty. Unable to fetch a connection in 30 seconds, none available[size:20; busy:20; idle:0; lastwait:30000].",
                [
                    f"<openjpa-3.2.2-r422266:1897436 fatal general error> org.apache.openjpa.persistence.PersistenceException: [{th}] Timeout: Pool empty. Unable to fetch a connection in 30 seconds, none available[size:20; busy:20; idle:0; lastwait:30000].",
                    *[x.replace("{th}", th) for x in TE_POOL_STACK],
                ],
            )
            res = r.choice(["OrderResource", "CatalogResource"])
            L(
                t + sec(0.004),
                "WARNING",
                th,
                "org.apache.cxf.phase.PhaseInterceptorChain.doDefaultLogging",
                "Application %s has thrown exception, unwinding now",
                f"Application {{http://rest.shop.example.com/}}{res} has thrown exception, unwinding now",
                [
                    "jakarta.ejb.EJBException: The bean encountered a non-application exception; nested exception is: ",
                    f"\t<openjpa-3.2.2-r422266:1897436 fatal general error> org.apache.openjpa.persistence.PersistenceException: [{th}] Timeout: Pool empty. Unable to fetch a connection in 30 seconds, none available[size:20; busy:20; idle:0; lastwait:30000].",
                    *jframes(
                        "org.apache.openejb.core.ivm.BaseEjbProxyHandler.convertException(BaseEjbProxyHandler.java:447)",
                        "org.apache.openejb.core.ivm.BaseEjbProxyHandler.invoke(BaseEjbProxyHandler.java:351)",
                        f"com.example.shop.rest.{res}.get({res}.java:47)",
                        "org.apache.cxf.service.invoker.AbstractInvoker.performInvocation(AbstractInvoker.java:179)",
                        "org.apache.cxf.jaxrs.JAXRSInvoker.invoke(JAXRSInvoker.java:201)",
                        "org.apache.cxf.interceptor.ServiceInvokerInterceptor$1.run(ServiceInvokerInterceptor.java:59)",
                        "org.apache.cxf.phase.PhaseInterceptorChain.doIntercept(PhaseInterceptorChain.java:307)",
                        "org.apache.openejb.server.cxf.rs.CxfRsHttpListener.doInvoke(CxfRsHttpListener.java:253)",
                        "org.apache.tomee.webservices.CXFJAXRSFilter.doFilter(CXFJAXRSFilter.java:94)",
                        "org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:178)",
                        "org.apache.catalina.core.StandardWrapperValve.invoke(StandardWrapperValve.java:168)",
                        "org.apache.tomcat.util.net.NioEndpoint$SocketProcessor.doRun(NioEndpoint.java:1744)",
                        "java.base/java.lang.Thread.run(Thread.java:840)",
                    ),
                ],
            )
            continue
        if r.random() < 0.78:
            oid[0] += r.randint(1, 3)
            n = r.randint(1, 9)
            L(
                t,
                "INFO",
                th,
                "com.example.shop.OrderService.place",
                "Order %d placed for customer %s (%d items, total %s)",
                f"Order {oid[0]} placed for customer {r.choice(customers)} ({n} items, total {r.randint(9, 400) * n}.{r.randint(0, 99):02d} EUR)",
            )
    # CXF: paths with no operation
    for t in poisson(r, t0 + sec(60), t_end, 36):
        th = worker()
        if r.random() < 0.5:
            p, rel, meth, ct, acc = (
                "/shop/api/v1/orders",
                "/v1/orders",
                "GET",
                "*/*",
                "application/json",
            )
        else:
            p = r.choice(
                [
                    "/shop/api/actuator/health",
                    "/shop/api/.env",
                    "/shop/api/swagger.json",
                    "/shop/api/orders/latest/../../admin",
                ]
            )
            rel, meth, ct, acc = p[len("/shop/api") :], "GET", "*/*", "*/*"
        L(
            t,
            "WARNING",
            th,
            "org.apache.cxf.jaxrs.utils.JAXRSUtils.findTargetMethod",
            'No operation matching request path "%s" is found, Relative Path: %s, HTTP Method: %s, ContentType: %s, Accept: %s,. Please enable FINE/TRACE log level for more details.',
            f'No operation matching request path "{p}" is found, Relative Path: {rel}, HTTP Method: {meth}, ContentType: {ct}, Accept: {acc},. Please enable FINE/TRACE log level for more details.',
        )
    return fs.logs(t0)


# ------------------------------------------------------------------------------- coherence

CO_VERSION = "14.1.1.0.16"
CO_HOSTS = {"coh1": "10.0.3.11", "coh2": "10.0.3.12", "coh3": "10.0.3.13"}


def coherence(r: random.Random) -> list[Log]:
    """Three Coherence cache servers (coh1, coh2, coh3; coh1 and coh2 run the Extend proxy),
    06:00 to 12:00: the cluster formed, the application servers' Extend connections, coh3's
    long GCs 08:30-08:40, coh3 killed at 09:40 and restarted at 09:52, a stuck entry processor
    10:30-10:40, a client sending bad POF at 11:10."""
    fs = Files()
    boot: dict[str, datetime] = {}
    mid: dict[str, int | None] = {"coh1": None, "coh2": None, "coh3": None}
    stamp: dict[str, str] = {}
    mach = {h: r.randint(10000, 60000) for h in CO_HOSTS}
    pids = {h: r.randint(1000, 9000) for h in CO_HOSTS}
    last = [1]

    def C(
        h: str,
        t: datetime,
        level: str,
        thread: str,
        label: str | None,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            up = (x - boot[h]).total_seconds()
            m = "n/a" if mid[h] is None else str(mid[h])
            return [
                f"{x:%Y-%m-%d %H:%M:%S}.{ms(x)}/{up:.3f} Oracle Coherence GE {CO_VERSION} <{level}> (thread={thread}, member={m}): {msg}",
                *(more or []),
            ]

        return fs.add(f"{h}.log", t, label, text, h, 1000)

    def member(h: str, full: bool = True) -> str:
        i = mid[h]
        base = f"Member(Id={i}, Timestamp={stamp[h]}, Address={CO_HOSTS[h]}:7575, MachineId={mach[h]}, Location=site:dc1,machine:{h},process:{pids[h]},member:{h}, Role=CoherenceServer"
        return base + (
            ", Edition=Grid Edition, Mode=Development, CpuCount=8, SocketCount=1)" if full else ")"
        )

    def pset(n: int) -> str:
        a = r.randint(0, 200)
        return f"PartitionSet{{{a}..{a + n // 2}, {a + n // 2 + 3}..{a + n + 2}}}"

    def start(h: str, t: datetime, senior: str | None) -> datetime:
        boot[h] = t - sec(r.uniform(0.7, 1.1))
        mid[h] = None
        m = "main"
        t = C(
            h,
            t,
            "Info",
            m,
            'Loaded operational configuration from "%s"',
            'Loaded operational configuration from "jar:file:/u01/oracle/coherence/lib/coherence.jar!/tangosol-coherence.xml"',
        )
        t = C(
            h,
            t + sec(0.03),
            "Info",
            m,
            'Loaded operational overrides from "%s"',
            'Loaded operational overrides from "jar:file:/u01/oracle/coherence/lib/coherence.jar!/tangosol-coherence-override-dev.xml"',
        )
        t = C(
            h,
            t + sec(0.01),
            "Info",
            m,
            'Loaded operational overrides from "%s"',
            'Loaded operational overrides from "file:/u01/app/config/tangosol-coherence-override.xml"',
        )
        t = C(
            h,
            t + sec(0.002),
            "D5",
            m,
            'Optional configuration override "%s" is not specified',
            'Optional configuration override "cache-factory-config.xml" is not specified',
        )
        t = C(
            h,
            t + sec(0.001),
            "D5",
            m,
            'Optional configuration override "%s" is not specified',
            'Optional configuration override "cache-factory-builder-config.xml" is not specified',
        )
        t = C(
            h,
            t + sec(0.001),
            "D5",
            m,
            'Optional configuration override "%s" is not specified',
            'Optional configuration override "/custom-mbeans.xml" is not specified',
        )
        t = C(
            h,
            t + sec(0.02),
            "Info",
            m,
            "Oracle Coherence Version %s Build %s",
            "",
            [
                "",
                f"Oracle Coherence Version {CO_VERSION} Build 102477",
                " Grid Edition: Development mode",
                "Copyright (c) 2000, 2024, Oracle and/or its affiliates. All rights reserved.",
                "",
            ],
        )
        t = C(
            h,
            t + sec(0.2),
            "Info",
            m,
            'Loaded cache configuration from "%s"',
            'Loaded cache configuration from "file:/u01/app/config/shop-cache-config.xml"',
        )
        stamp[h] = f"{t + sec(0.4):%Y-%m-%d %H:%M:%S}.{ms(t + sec(0.4))}"
        if senior is None:
            mid[h] = 1
            t = C(
                h,
                t + sec(0.4),
                "D5",
                "Cluster",
                "Started cluster Name=%s, ClusterPort=%d",
                "Started cluster Name=shop-cluster, ClusterPort=7574",
                [
                    "",
                    "WellKnownAddressList(",
                    "  10.0.3.11",
                    "  10.0.3.12",
                    "  10.0.3.13",
                    "  )",
                    "",
                    "MasterMemberSet(",
                    f"  ThisMember={member(h, False)}",
                    f"  OldestMember={member(h, False)}",
                    "  ActualMemberSet=MemberSet(Size=1",
                    f"    {member(h, False)}",
                    "    )",
                    "  MemberId|ServiceJoined|MemberState|Version|Edition",
                    f"    1|{stamp[h]}|JOINED|{CO_VERSION}|GE",
                    "  RecycleMillis=1200000",
                    "  RecycleSet=MemberSet(Size=0",
                    "    )",
                    "  )",
                    "",
                    "TcpRing{Connections=[]}",
                    "IpMonitor{Addresses=0, Timeout=15s}",
                    "",
                ],
            )
            t = C(
                h,
                t + sec(0.01),
                "Info",
                m,
                'Created a new cluster "%s" with %s',
                f'Created a new cluster "shop-cluster" with {member(h)}',
            )
        else:
            last[0] += 1
            mid[h] = last[0]
            sen = member(senior)
            t = C(
                h,
                t + sec(0.9),
                "Info",
                m,
                'This %s joined cluster "%s" with senior %s',
                f'This {member(h)} joined cluster "shop-cluster" with senior {sen}',
            )
            for o in CO_HOSTS:
                if o != h and mid[o] is not None:
                    C(
                        o,
                        t + sec(0.002),
                        "D5",
                        "Cluster",
                        "%s joined Cluster with senior member %d",
                        f"{member(h, False)} joined Cluster with senior member {mid[senior]}",
                    )
        services = ["Management", "PartitionedCache", "PartitionedTopic"] + (
            ["ProxyService"] if h != "coh3" else []
        )
        thread_of = {
            "Management": "Invocation:Management",
            "PartitionedCache": "DistributedCache:PartitionedCache",
            "PartitionedTopic": "DistributedCache:PartitionedTopic",
            "ProxyService": "Proxy:ProxyService",
        }
        for s in services:
            sm = mid[senior] if senior else mid[h]
            t = C(
                h,
                t + sec(r.uniform(0.02, 0.2)),
                "D5",
                thread_of[s],
                "Service %s joined the cluster with senior service member %d",
                f"Service {s} joined the cluster with senior service member {sm}",
            )
            if senior:
                for o in CO_HOSTS:
                    if o != h and mid[o] is not None and (s != "ProxyService" or o != "coh3"):
                        C(
                            o,
                            t + sec(0.003),
                            "D5",
                            "Cluster",
                            "Member %d joined Service %s with senior member %d",
                            f"Member {mid[h]} joined Service {s} with senior member {sm}",
                        )
        if senior:
            n_members = sum(1 for v in mid.values() if v is not None)
            for o in CO_HOSTS:
                if o != h and mid[o] is not None:
                    give = 257 // n_members + r.choice([0, 1])
                    own = 257 // (n_members - 1)
                    C(
                        o,
                        t + sec(r.uniform(0.1, 0.4)),
                        "D4",
                        "DistributedCache:PartitionedCache",
                        "Transferring %d out of %d primary partitions to member %d requesting %d",
                        f"Transferring {give} out of {own} primary partitions to member {mid[h]} requesting {257 // n_members}",
                    )
            C(
                senior,
                t + sec(r.uniform(1.5, 2.5)),
                "Info",
                "DistributedCache:PartitionedCache",
                "Partition ownership has stabilized with %d nodes",
                f"Partition ownership has stabilized with {n_members} nodes",
            )
        svc = [
            "",
            "Services",
            "  (",
            f"  ClusterService{{Name=Cluster, State=(SERVICE_STARTED, STATE_JOINED), Id=0, OldestMemberId={mid[senior] if senior else mid[h]}}}",
            "  TransportService{Name=TransportService, State=(SERVICE_STARTED), Id=1, OldestMemberId=1}",
            "  InvocationService{Name=Management, State=(SERVICE_STARTED), Id=2, OldestMemberId=1}",
            f"  PartitionedCache{{Name=PartitionedCache, State=(SERVICE_STARTED), LocalStorage=enabled, PartitionCount=257, BackupCount=1, AssignedPartitions={257 // 3}, BackupPartitions={257 // 3}, CoordinatorId=1}}",
            "  PartitionedCache{Name=PartitionedTopic, State=(SERVICE_STARTED), LocalStorage=enabled, PartitionCount=257, BackupCount=1, AssignedPartitions=0, BackupPartitions=0, CoordinatorId=1}",
        ]
        if h != "coh3":
            svc.append(
                "  ProxyService{Name=ProxyService, State=(SERVICE_STARTED), Id=5, OldestMemberId=1}"
            )
        svc += ["  )", "", f"Started DefaultCacheServer...{''}"]
        return C(
            h,
            t + sec(r.uniform(0.5, 1.2)),
            "Info",
            m,
            "Started DefaultCacheServer...",
            "Started DefaultCacheServer...",
            svc[:-1],
        )

    t0, t_end = at(6, 0), at(12, 0)
    start("coh1", t0 + sec(3.1), None)
    start("coh2", t0 + sec(14.6), "coh1")
    start("coh3", t0 + sec(26.2), "coh1")

    # Extend connections on the two proxies
    apps = [f"10.0.2.{n}" for n in (21, 22, 23, 24)]
    cid = {"coh1": 0x1000, "coh2": 0x2000}
    for h in ["coh1", "coh2"]:
        for t in poisson(r, t0 + sec(60), t_end, 36):
            ip = apps[r.randrange(4)]
            port = r.randint(40000, 60999)
            cid[h] += r.randint(1, 5)
            c = f"TcpConnection(Id=0x{r.getrandbits(64):016X}{r.getrandbits(64):016X}, Open=true, Member(Id=0, Timestamp={t:%Y-%m-%d %H:%M:%S}.{ms(t)}, Address={ip}:0, MachineId=0, Location=process:{r.randint(100, 9999)}, Role=ShopWebApp), LocalAddress={CO_HOSTS[h]}:9099, RemoteAddress={ip}:{port})"
            th = "Proxy:ProxyService:TcpAcceptor"
            t = C(h, t, "D6", th, "Opened: %s", f"Opened: {c}")
            if at(11, 10) <= t < at(11, 25) and ip == "10.0.2.24" and r.random() < 0.8:
                req = r.choice(["PutRequest", "PutAllRequest"])
                C(
                    h,
                    t + sec(r.uniform(0.05, 0.5)),
                    "Error",
                    f"Proxy:ProxyService:TcpAcceptorWorker:{r.randint(0, 7)}",
                    "An exception occurred while processing a %s for Service=%s: %s",
                    f"An exception occurred while processing a {req} for Service=Proxy:ProxyService:TcpAcceptor: (Wrapped: Failed request execution for PartitionedCache service on {member('coh1', False)}) java.io.IOException: unknown user type: 1017",
                    [
                        f"\tat com.tangosol.util.Base.ensureRuntimeException(Base.java:{r.choice([292, 292])})",
                        *jframes(
                            "com.tangosol.coherence.component.util.daemon.queueProcessor.service.Grid.tagException(Grid.CDB:70)",
                            "com.tangosol.coherence.component.util.daemon.queueProcessor.service.grid.partitionedService.PartitionedCache.onPutRequest(PartitionedCache.CDB:41)",
                            "com.tangosol.coherence.component.util.daemon.queueProcessor.service.grid.partitionedService.PartitionedCache$PutRequest.run(PartitionedCache.CDB:1)",
                            "com.tangosol.coherence.component.util.DaemonPool$WrapperTask.run(DaemonPool.CDB:1)",
                            "java.base/java.lang.Thread.run(Thread.java:840)",
                        ),
                        "Caused by: java.io.IOException: unknown user type: 1017",
                        *jframes(
                            "com.tangosol.io.pof.ConfigurablePofContext.getPofSerializer(ConfigurablePofContext.java:437)",
                            "com.tangosol.io.pof.PofBufferReader.readAsObject(PofBufferReader.java:3383)",
                            "com.tangosol.io.pof.PofBufferReader.readObject(PofBufferReader.java:2778)",
                        ),
                        "\t... 9 more",
                    ],
                )
            C(
                h,
                t + sec(r.expovariate(1 / 40) + 0.2),
                "D6",
                th,
                "Closed: %s",
                f"Closed: {c.replace('Open=true', 'Open=false')}",
            )

    # coh3's long GCs
    for t in poisson(r, at(8, 30), at(8, 40), 14):
        for o in ["coh1", "coh2"]:
            d = r.randint(1600, 9000)
            C(
                o,
                t + sec(r.uniform(0, 0.3)),
                "Warning",
                "PacketPublisher",
                "Experienced a %d ms communication delay (probable remote GC) with %s; %d packets rescheduled, PauseRate=%s, Threshold=%d",
                f"Experienced a {d} ms communication delay (probable remote GC) with {member('coh3', False)}; {r.randint(2, 60)} packets rescheduled, PauseRate={r.uniform(0.001, 0.09):.4f}, Threshold={r.randint(1400, 2100)}",
            )

    # coh3 killed at 09:40
    t = at(9, 40, 7)
    gone = member("coh3", False)
    old3 = mid["coh3"]
    t = C(
        "coh1",
        t,
        "Warning",
        "PacketPublisher",
        "Timeout while delivering a packet; requesting the departure confirmation for %s by %s",
        f"Timeout while delivering a packet; requesting the departure confirmation for {gone} by MemberSet(Size=1, ids=[{mid['coh2']}])",
    )
    for o in ["coh1", "coh2"]:
        tt = C(
            o,
            t + sec(r.uniform(0.3, 1)),
            "Info",
            "Cluster",
            "TcpRing disconnected from %s due to a peer departure; removing the member.",
            f"TcpRing disconnected from {gone} due to a peer departure; removing the member.",
        )
        for s in ["Management", "PartitionedCache", "PartitionedTopic"]:
            tt = C(
                o,
                tt + sec(0.002),
                "D5",
                "Cluster",
                "Member %d left service %s with senior member %d",
                f"Member {old3} left service {s} with senior member 1",
            )
        tt = C(
            o,
            tt + sec(0.002),
            "D5",
            "Cluster",
            "%s left Cluster with senior member %d",
            f"{gone} left Cluster with senior member 1",
        )
        C(
            o,
            tt + sec(0.05),
            "Warning",
            "DistributedCache:PartitionedCache",
            "Restored from backup %d partitions: %s",
            f"Restored from backup {r.randint(40, 46)} partitions: {pset(43)}",
        )
    C(
        "coh1",
        t + sec(2),
        "Warning",
        "DistributedCache:PartitionedTopic",
        "Assigned %d orphaned primary partitions",
        f"Assigned {r.randint(80, 90)} orphaned primary partitions",
    )
    mid["coh3"] = None
    pids["coh3"] = r.randint(1000, 9000)
    start("coh3", at(9, 52, 31), "coh1")

    # the stuck entry processor
    for t in poisson(r, at(10, 30), at(10, 40), 25):
        h = r.choice(list(CO_HOSTS))
        C(
            h,
            t,
            "Warning",
            f"PartitionedCacheWorker:0x0000:{r.randint(1, 8)}",
            "A worker thread has been executing task: %s for %dms and appears to be stuck; attempting to interrupt: %s",
            f'A worker thread has been executing task: Message "InvokeRequest"{{FromMember={member(r.choice(list(CO_HOSTS)), False)}, ToMemberSet=null, ServiceId=3, MessageType=31, ...}} for {r.randint(30001, 61000)}ms and appears to be stuck; attempting to interrupt: PartitionedCacheWorker:0x0000:{r.randint(1, 8)}',
        )
    return fs.logs(t0)


# ------------------------------------------------------------------------------- qdrouterd

QD_MODULES_ON = [
    "streaming_link_scrubber",
    "mobile_sync",
    "edge_addr_tracking",
    "core_test_hooks",
    "edge_router",
    "address_lookup_server",
    "heartbeat_server",
    "heartbeat_edge",
]
QD_MODULES_OFF = [
    "core_test_hooks",
    "edge_addr_tracking",
    "heartbeat_edge",
    "edge_router",
    "address_lookup_client",
]


def qdrouterd(r: random.Random) -> list[Log]:
    """Two interior routers (router-a, router-b) in front of a broker (link routes for
    `queue.*`), 06:00 to 12:00: services' connections and links all day, some dropped without
    a close, a client with a rotated password, router-b restarted at 08:45, the broker
    restarted 10:00-10:03."""
    fs = Files()
    pid = {"router-a": 1412, "router-b": 1397}
    conn = {"router-a": [0], "router-b": [0]}
    link = {"router-a": [0], "router-b": [0]}

    def Q(h: str, t: datetime, mod: str, level: str, label: str, msg: str) -> datetime:
        return fs.add(
            f"{h}.log",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%d %H:%M:%S}.{x.microsecond:06d} +0000 {mod} ({level}) {msg}"],
            h,
            1,
        )

    def nc(h: str) -> int:
        conn[h][0] += 1
        return conn[h][0]

    def nl(h: str) -> int:
        link[h][0] += 1
        return link[h][0]

    def topo(h: str, t: datetime, other: str | None) -> datetime:
        if other:
            hops, costs, orig = (
                f"{{'{other}': '{other}'}}",
                f"{{'{other}': 1}}",
                f"{{'{other}': []}}",
            )
        else:
            hops, costs, orig = "{}", "{}", "{}"
        t = Q(h, t, "ROUTER_LS", "info", "Computed next hops: %s", f"Computed next hops: {hops}")
        t = Q(
            h,
            t + sec(0.0001),
            "ROUTER_LS",
            "info",
            "Computed costs: %s",
            f"Computed costs: {costs}",
        )
        return Q(
            h,
            t + sec(0.0001),
            "ROUTER_LS",
            "info",
            "Computed valid origins: %s",
            f"Computed valid origins: {orig}",
        )

    broker_conn: dict[str, int] = {}

    def broker_up(h: str, t: datetime) -> datetime:
        c = nc(h)
        broker_conn[h] = c
        t = Q(
            h,
            t,
            "ROUTER",
            "info",
            "[C%d] Connection Opened: dir=%s host=%s vhost=%s encrypted=%s auth=%s user=%s container_id=%s props=%s",
            f'[C{c}] Connection Opened: dir=out host=broker1.example.com:5672 vhost= encrypted=no auth=PLAIN user=router container_id=broker1 props={{:product="qpid-broker-j", :version="9.2.0"}}',
        )
        for lr in ["queue.in", "queue.out"]:
            t = Q(
                h,
                t + sec(0.0003),
                "ROUTER_CORE",
                "info",
                "Link Route Activated '%s' on connection %s",
                f"Link Route Activated '{lr}' on connection broker",
            )
        return t

    def start(h: str, t: datetime) -> datetime:
        conn[h][0] = 0
        link[h][0] = 0
        name = h
        t = Q(h, t, "SERVER", "info", "Container Name: %s", f"Container Name: {name}")
        t = Q(
            h,
            t + sec(0.0001),
            "ROUTER",
            "info",
            "Router started in %s mode, area=%s id=%s",
            f"Router started in Interior mode, area=0 id={name}",
        )
        t = Q(h, t + sec(0.00002), "ROUTER", "info", "Version: %s", "Version: 1.19.0")
        for m in QD_MODULES_ON:
            if m in QD_MODULES_OFF:
                t = Q(
                    h,
                    t + sec(0.00004),
                    "ROUTER_CORE",
                    "info",
                    "Core module present but disabled: %s",
                    f"Core module present but disabled: {m}",
                )
            else:
                t = Q(
                    h,
                    t + sec(0.00004),
                    "ROUTER_CORE",
                    "info",
                    "Core module enabled: %s",
                    f"Core module enabled: {m}",
                )
        t = Q(
            h,
            t + sec(0.0003),
            "ROUTER_CORE",
            "info",
            "Router Core thread running. %s/%s",
            f"Router Core thread running. 0/{name}",
        )
        for sub in [
            "M/$management",
            "L/$management",
            "L/qdrouter",
            "L/qdhello",
            "L/qdrouter.ma",
            "T/qdrouter",
            "T/qdrouter.ma",
        ]:
            t = Q(
                h,
                t + sec(0.00002),
                "ROUTER_CORE",
                "info",
                "In-process subscription %s",
                f"In-process subscription {sub}",
            )
        t = Q(
            h,
            t + sec(0.008),
            "AGENT",
            "info",
            "Activating management agent on %s",
            "Activating management agent on $_management_internal",
        )
        t = Q(
            h,
            t + sec(0.012),
            "POLICY",
            "info",
            "Policy configured maxConnections: %d, policyDir: '%s',access rules enabled: '%s', use hostname patterns: '%s'",
            "Policy configured maxConnections: 65535, policyDir: '',access rules enabled: 'false', use hostname patterns: 'false'",
        )
        listeners = [
            ("0.0.0.0", "amqp", "any", "normal"),
            ("0.0.0.0", "amqps", "any", "normal"),
            ("0.0.0.0", "55672", "any", "inter-router"),
        ]
        for host, port, proto, role in listeners:
            t = Q(
                h,
                t + sec(0.001),
                "CONN_MGR",
                "info",
                "Configured Listener: %s:%s proto=%s, role=%s",
                f"Configured Listener: {host}:{port} proto={proto}, role={role}",
            )
        connectors = [("broker1.example.com", "5672", "any", "route-container")]
        if h == "router-b":
            connectors.append(("router-a.example.com", "55672", "any", "inter-router"))
        for host, port, proto, role in connectors:
            t = Q(
                h,
                t + sec(0.001),
                "CONN_MGR",
                "info",
                "Configured Connector: %s:%s proto=%s, role=%s",
                f"Configured Connector: {host}:{port} proto={proto}, role={role}",
            )
        t = Q(
            h,
            t + sec(0.0012),
            "SERVER",
            "notice",
            "Operational, %d Threads Running (process ID %ld)",
            f"Operational, 4 Threads Running (process ID {pid[h]})",
        )
        t = Q(
            h,
            t + sec(0.0003),
            "SERVER",
            "notice",
            "Process VmSize %s (%s available memory)",
            f"Process VmSize {r.uniform(380, 420):.2f} MiB ({r.uniform(12, 14):.2f} GiB available memory)",
        )
        for _, port, _, _ in listeners:
            t = Q(
                h,
                t + sec(0.0002),
                "SERVER",
                "notice",
                "Listening on %s",
                f"Listening on 0.0.0.0:{port}",
            )
        t = broker_up(h, t + sec(r.uniform(0.004, 0.02)))
        return t

    t0, t_end = at(6, 0), at(12, 0)
    tdown, tup = at(8, 45, 2), at(8, 45, 11)

    def inter(t: datetime) -> None:
        cb, ca = nc("router-b"), nc("router-a")
        pp = r.randint(40000, 60999)
        Q(
            "router-a",
            t,
            "SERVER",
            "info",
            "[C%d] Accepted connection to %s from %s",
            f"[C{ca}] Accepted connection to 0.0.0.0:55672 from 10.0.4.12:{pp}",
        )
        Q(
            "router-a",
            t + sec(0.0008),
            "ROUTER",
            "info",
            "[C%d] Connection Opened: dir=%s host=%s vhost=%s encrypted=%s auth=%s user=%s container_id=%s props=%s",
            f'[C{ca}] Connection Opened: dir=in host=10.0.4.12:{pp} vhost= encrypted=no auth=ANONYMOUS user=anonymous container_id=router-b props={{:product="qpid-dispatch-router", :version="1.19.0"}}',
        )
        Q(
            "router-b",
            t + sec(0.0006),
            "ROUTER",
            "info",
            "[C%d] Connection Opened: dir=%s host=%s vhost=%s encrypted=%s auth=%s user=%s container_id=%s props=%s",
            f'[C{cb}] Connection Opened: dir=out host=router-a.example.com:55672 vhost= encrypted=no auth=ANONYMOUS user=anonymous container_id=router-a props={{:product="qpid-dispatch-router", :version="1.19.0"}}',
        )
        topo("router-a", t + sec(r.uniform(1, 2)), "router-b")
        topo("router-b", t + sec(r.uniform(1, 2)), "router-a")

    # clients
    services = [
        (
            "orders-api",
            "10.0.2.21",
            "PLAIN",
            "orders",
            [("in", "{<none> expire:sess}", "{queue.orders expire:sess}")],
        ),
        (
            "billing-worker",
            "10.0.2.31",
            "PLAIN",
            "billing",
            [
                ("out", "{queue.orders expire:sess}", "{<none> expire:sess}"),
                ("in", "{<none> expire:sess}", "{queue.invoices expire:sess}"),
            ],
        ),
        (
            "notifier",
            "10.0.2.41",
            "PLAIN",
            "notifier",
            [("out", "{queue.invoices expire:sess}", "{<none> expire:sess}")],
        ),
        (
            "metrics-agent",
            "10.0.2.51",
            "ANONYMOUS",
            "anonymous",
            [
                ("out", "{$management expire:sess}", "{<none> expire:sess}"),
                ("in", "{<dynamic> expire:link}", "{$management expire:sess}"),
            ],
        ),
    ]

    def client(h: str, t: datetime) -> None:
        name, ip, mech, user, links = r.choice(services)
        port = r.randint(32768, 60999)
        c = nc(h)
        lport = "amqps" if mech == "PLAIN" else "amqp"
        t = Q(
            h,
            t,
            "SERVER",
            "info",
            "[C%d] Accepted connection to %s from %s",
            f"[C{c}] Accepted connection to 0.0.0.0:{lport} from {ip}:{port}",
        )
        if name == "notifier" and at(7, 15) <= t < at(7, 50):
            Q(
                h,
                t + sec(r.uniform(0.002, 0.01)),
                "SERVER",
                "info",
                "[C%d] Connection from %s (to %s) failed: amqp:unauthorized-access Authentication failed [mech=%s]",
                f"[C{c}] Connection from {ip}:{port} (to 0.0.0.0:{lport}) failed: amqp:unauthorized-access Authentication failed [mech={mech}]",
            )
            return
        enc = "yes(TLSv1.3:TLS_AES_256_GCM_SHA384)" if mech == "PLAIN" else "no"
        cont = f"{name}-{hexa(r, 8)}"
        t = Q(
            h,
            t + sec(r.uniform(0.002, 0.02)),
            "ROUTER",
            "info",
            "[C%d] Connection Opened: dir=%s host=%s vhost=%s encrypted=%s auth=%s user=%s container_id=%s props=%s",
            f'[C{c}] Connection Opened: dir=in host={ip}:{port} vhost= encrypted={enc} auth={mech} user={user} container_id={cont} props={{:product="qpid-proton-python", :version="0.39.0", :platform="CPython 3.11.9"}}',
        )
        ls = []
        for d, src, tgt in links:
            lk = nl(h)
            ls.append(lk)
            t = Q(
                h,
                t + sec(r.uniform(0.0005, 0.003)),
                "ROUTER",
                "info",
                "[C%d][L%d] Link attached: dir=%s source=%s target=%s",
                f"[C{c}][L{lk}] Link attached: dir={d} source={src} target={tgt}",
            )
        t += sec(r.expovariate(1 / 25) + 0.1)
        aborted = r.random() < 0.12
        for lk in ls:
            n = r.randint(0, 40)
            t = Q(
                h,
                t + sec(r.uniform(0.0002, 0.001)),
                "ROUTER",
                "info",
                "[C%d][L%d] Link lost: del=%d presett=%d psdrop=%d acc=%d rej=%d rel=%d mod=%d delay1=%d delay10=%d blocked=%s",
                f"[C{c}][L{lk}] Link lost: del={n} presett=0 psdrop=0 acc={n} rej=0 rel=0 mod=0 delay1=0 delay10=0 blocked=no",
            )
        if aborted:
            Q(
                h,
                t + sec(0.0003),
                "SERVER",
                "info",
                "[C%d] Connection from %s (to %s) failed: amqp:connection:framing-error connection aborted",
                f"[C{c}] Connection from {ip}:{port} (to 0.0.0.0:{lport}) failed: amqp:connection:framing-error connection aborted",
            )

    def broker_restart(h: str, t: datetime) -> None:
        c = broker_conn[h]
        for lr in ["queue.in", "queue.out"]:
            t = Q(
                h,
                t + sec(0.0003),
                "ROUTER_CORE",
                "info",
                "Link Route Deactivated '%s' on connection %s",
                f"Link Route Deactivated '{lr}' on connection broker",
            )
        Q(
            h,
            t + sec(0.0002),
            "SERVER",
            "info",
            "[C%d] Connection to %s failed: amqp:connection:forced Broker is shutting down",
            f"[C{c}] Connection to broker1.example.com:5672 failed: amqp:connection:forced Broker is shutting down",
        )
        t = at(10, 0, 3) + sec(r.uniform(0, 1))
        while t < at(10, 3, 5):
            Q(
                h,
                t,
                "SERVER",
                "info",
                "[C%d] Connection to %s failed: proton:io Connection refused - disconnected %s",
                f"[C{nc(h)}] Connection to broker1.example.com:5672 failed: proton:io Connection refused - disconnected broker1.example.com:5672",
            )
            t += sec(2 + r.uniform(0, 0.01))
        broker_up(h, t)

    def restart_b(t: datetime) -> None:
        Q(
            "router-a",
            t + sec(0.002),
            "ROUTER_LS",
            "info",
            "Router Link Lost - link_id=%d",
            "Router Link Lost - link_id=0",
        )
        topo("router-a", t + sec(0.003), None)
        inter(start("router-b", tup) + sec(0.01))

    ta = start("router-a", t0 + sec(1.3))
    tb = start("router-b", t0 + sec(2.8))
    inter(max(ta, tb) + sec(0.01))
    acts: list[tuple[datetime, int, Callable[[], None]]] = []
    n = 0
    for h in ["router-a", "router-b"]:
        for t in poisson(r, t0 + sec(30), t_end, 92):
            if h == "router-b" and tdown <= t < tup + sec(1):
                continue
            acts.append((t, n, lambda h=h, t=t: client(h, t)))
            n += 1
        tb0 = at(10, 0, 1) + sec(r.uniform(0, 0.5))
        acts.append((tb0, n, lambda h=h, t=tb0: broker_restart(h, t)))
        n += 1
    acts.append((tdown, n, lambda: restart_b(tdown)))
    for _, _, fn in sorted(acts, key=lambda x: (x[0], x[1])):
        fn()
    return fs.logs(t0)


# --------------------------------------------------------------------------- qpid-broker-j

QB_VERSION = "9.2.0"


def qpid_broker_j(r: random.Random) -> list[Log]:
    """One Broker-J broker (virtual host `default`, a BDB store), 06:00 to 12:00: short-lived
    producer connections all day and long consumers, the invoices consumer stalled 07:30-08:05
    (its queue overfull, producers flow-controlled, messages flowed to disk), a service whose
    password was rotated 09:10-09:25, clients dropping connections, the broker restarted at
    10:00."""
    fs = Files()
    F = "qpid.log"

    def B(
        t: datetime,
        level: str,
        thread: str,
        logger: str,
        subject: str | None,
        label: str,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        head = f"[{subject}] " if subject else ""
        return fs.add(
            F,
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%d %H:%M:%S},{ms(x)} {level:<5} [{thread}] ({logger}) - {head}{msg}",
                *(more or []),
            ],
            thread,
            1000,
        )

    cid = [0]
    ms_subj = "vh(/default)/ms(BDBMessageStore)"

    def start(t: datetime) -> datetime:
        cid[0] = 0
        m = "main"
        t = B(
            t,
            "INFO",
            m,
            "q.m.b.config",
            "Broker",
            "BRK-1006 : Using configuration : %s",
            "BRK-1006 : Using configuration : /var/lib/qpid/config.json",
        )
        t = B(
            t + sec(0.05),
            "INFO",
            m,
            "q.m.b.startup",
            "Broker",
            "BRK-1001 : Startup : Version: %s Build: %s",
            f"BRK-1001 : Startup : Version: {QB_VERSION} Build: 7e2a0b9d41",
        )
        t = B(
            t + sec(0.002),
            "INFO",
            m,
            "q.m.b.platform",
            "Broker",
            "BRK-1010 : Platform : JVM : %s version: %s OS : %s version: %s arch: %s cores: %s",
            "BRK-1010 : Platform : JVM : Eclipse Adoptium version: 17.0.11+9 OS : Linux version: 6.1.0-21-amd64 arch: amd64 cores: 8",
        )
        t = B(
            t + sec(0.001),
            "INFO",
            m,
            "q.m.b.max_memory",
            "Broker",
            "BRK-1011 : Maximum Memory : Heap : %s bytes Direct : %s bytes",
            "BRK-1011 : Maximum Memory : Heap : 2,147,483,648 bytes Direct : 3,221,225,472 bytes",
        )
        t = B(
            t + sec(0.001),
            "INFO",
            m,
            "q.m.b.process",
            "Broker",
            "BRK-1017 : Process : PID : %s",
            f"BRK-1017 : Process : PID : {r.randint(900, 30000)}",
        )
        vhn = "VirtualHostNode-default-Config"
        t = B(
            t + sec(r.uniform(0.8, 1.3)),
            "INFO",
            vhn,
            "q.m.v.created",
            "vh(/default)",
            "VHT-1001 : Created : %s",
            "VHT-1001 : Created : default",
        )
        t = B(
            t + sec(0.05),
            "INFO",
            vhn,
            "q.m.m.created",
            ms_subj,
            "MST-1001 : Created",
            "MST-1001 : Created",
        )
        t = B(
            t + sec(0.3),
            "INFO",
            vhn,
            "q.m.m.recovery_start",
            ms_subj,
            "MST-1004 : Recovery Start",
            "MST-1004 : Recovery Start",
        )
        t = B(
            t + sec(r.uniform(0.4, 2)),
            "INFO",
            vhn,
            "q.m.m.recovered",
            ms_subj,
            "MST-1005 : Recovered %s messages",
            f"MST-1005 : Recovered {r.randint(0, 4000):,} messages",
        )
        t = B(
            t + sec(0.01),
            "INFO",
            vhn,
            "q.m.m.recovery_complete",
            ms_subj,
            "MST-1006 : Recovery Complete",
            "MST-1006 : Recovery Complete",
        )
        for tr, port in [("TCP", 5672), ("SSL", 5671)]:
            t = B(
                t + sec(0.02),
                "INFO",
                "Broker-Config",
                "q.m.b.listening",
                "Broker",
                "BRK-1002 : Starting : Listening on %s port %s",
                f"BRK-1002 : Starting : Listening on {tr} port {port}",
            )
        t = B(
            t + sec(0.1),
            "INFO",
            "Broker-Config",
            "q.m.m.startup",
            "Broker",
            "MNG-1001 : Web Management Startup",
            "MNG-1001 : Web Management Startup",
        )
        t = B(
            t + sec(0.4),
            "INFO",
            "Broker-Config",
            "q.m.m.listening",
            "Broker",
            "MNG-1002 : Starting : %s : Listening on port %d",
            "MNG-1002 : Starting : HTTP : Listening on port 8080",
        )
        t = B(
            t + sec(0.01),
            "INFO",
            "Broker-Config",
            "q.m.m.ready",
            "Broker",
            "MNG-1004 : Web Management Ready",
            "MNG-1004 : Web Management Ready",
        )
        return B(
            t + sec(0.01),
            "INFO",
            "Broker-Config",
            "q.m.b.ready",
            "Broker",
            "BRK-1004 : Qpid Broker Ready",
            "BRK-1004 : Qpid Broker Ready",
        )

    t0, t_end = at(6, 0), at(12, 0)
    tdown, tup = at(10, 0, 4), at(10, 0, 31)

    def nconn() -> int:
        cid[0] += 1
        return cid[0]

    def open_(
        t: datetime, user: str, ip: str, port: int, client: str, ver: str, prod: str, proto: str
    ) -> tuple[int, str, datetime]:
        c = nconn()
        subj = f"con:{c}({user}@/{ip}:{port}/default)"
        th = f"IO-/{ip}:{port}"
        t = B(
            t,
            "INFO",
            th,
            "q.m.c.open",
            subj,
            "CON-1001 : Open : Destination : %s(%s) : Protocol Version : %s : Client ID : %s : Client Version : %s : Client Product : %s",
            f"CON-1001 : Open : Destination : AMQP(10.0.1.5:5672) : Protocol Version : {proto} : Client ID : {client} : Client Version : {ver} : Client Product : {prod}",
        )
        return c, subj, t

    def stop(t: datetime) -> None:
        t = B(
            t,
            "INFO",
            "Thread-1",
            "q.m.b.shutting_down",
            "Broker",
            "BRK-1003 : Shutting down : %s port %s",
            "BRK-1003 : Shutting down : TCP port 5672",
        )
        t = B(
            t + sec(0.01),
            "INFO",
            "Thread-1",
            "q.m.b.shutting_down",
            "Broker",
            "BRK-1003 : Shutting down : %s port %s",
            "BRK-1003 : Shutting down : SSL port 5671",
        )
        for subj in consumers:
            t = B(
                t + sec(0.005),
                "INFO",
                "Thread-1",
                "q.m.s.close",
                f"{subj}/ch:0",
                "CHN-1003 : Close",
                "CHN-1003 : Close",
            )
            t = B(
                t + sec(0.001),
                "INFO",
                "Thread-1",
                "q.m.c.close",
                subj,
                "CON-1002 : Close",
                "CON-1002 : Close",
            )
        consumers.clear()
        t = B(
            t + sec(0.5),
            "INFO",
            "Thread-1",
            "q.m.v.closed",
            "vh(/default)",
            "VHT-1002 : Closed",
            "VHT-1002 : Closed",
        )
        B(
            t + sec(0.2),
            "INFO",
            "Thread-1",
            "q.m.b.stopped",
            "Broker",
            "BRK-1005 : Stopped",
            "BRK-1005 : Stopped",
        )
        start(tup)

    consumers: list[str] = []

    def consumer(t: datetime, svc: str, ip: str) -> None:
        port = r.randint(32768, 60999)
        _c, subj, tt = open_(t, svc, ip, port, f"ID:{svc}-{hexa(r, 12)}", "2.5.0", "QpidJMS", "1.0")
        consumers.append(subj)
        B(
            tt + sec(0.01),
            "INFO",
            f"IO-/{ip}:{port}",
            "q.m.s.create",
            f"{subj}/ch:0",
            "CHN-1001 : Create",
            "CHN-1001 : Create",
        )

    # short producers
    stall = (at(7, 30), at(8, 5))

    def producer(t: datetime) -> None:
        svc, ip = r.choice(
            [("orders", "10.0.2.21"), ("orders", "10.0.2.22"), ("webhooks", "10.0.2.61")]
        )
        if svc == "webhooks" and at(9, 10) <= t < at(9, 25):
            port = r.randint(32768, 60999)
            B(
                t,
                "INFO",
                f"IO-/{ip}:{port}",
                "q.m.c.auth_failure",
                f"con:{nconn()}(/{ip}:{port})",
                "ATH-1010 : Authentication Failed",
                "ATH-1010 : Authentication Failed",
            )
            return
        port = r.randint(32768, 60999)
        _c, subj, t = open_(
            t,
            svc,
            ip,
            port,
            f"ID:{svc}-{hexa(r, 12)}",
            "0.39.0" if svc == "webhooks" else "2.5.0",
            "qpid-proton-python" if svc == "webhooks" else "QpidJMS",
            "1.0",
        )
        th = f"IO-/{ip}:{port}"
        t = B(
            t + sec(r.uniform(0.005, 0.05)),
            "INFO",
            th,
            "q.m.s.create",
            f"{subj}/ch:0",
            "CHN-1001 : Create",
            "CHN-1001 : Create",
        )
        if stall[0] + sec(120) <= t < stall[1] and r.random() < 0.6:
            t = B(
                t + sec(0.02),
                "INFO",
                th,
                "q.m.s.flow_enforced",
                f"{subj}/ch:0",
                "CHN-1005 : Flow Control Enforced (Queue %s)",
                "CHN-1005 : Flow Control Enforced (Queue invoices)",
            )
            t = B(
                t + sec(r.uniform(3, 20)),
                "INFO",
                th,
                "q.m.s.flow_removed",
                f"{subj}/ch:0",
                "CHN-1006 : Flow Control Removed",
                "CHN-1006 : Flow Control Removed",
            )
        if r.random() < 0.07:
            t += sec(r.uniform(0.5, 5))
            B(
                t,
                "WARN",
                th,
                "o.a.q.s.t.NonBlockingConnection",
                None,
                "Exception performing I/O for connection '%s'",
                f"Exception performing I/O for connection '/{ip}:{port}'",
                [
                    "java.io.IOException: Connection reset by peer",
                    *jframes(
                        "java.base/sun.nio.ch.SocketDispatcher.read0(Native Method)",
                        "java.base/sun.nio.ch.SocketDispatcher.read(SocketDispatcher.java:47)",
                        "java.base/sun.nio.ch.IOUtil.readIntoNativeBuffer(IOUtil.java:330)",
                        "java.base/sun.nio.ch.IOUtil.read(IOUtil.java:284)",
                        "java.base/sun.nio.ch.SocketChannelImpl.read(SocketChannelImpl.java:356)",
                        "org.apache.qpid.server.transport.NonBlockingConnectionPlainDelegate.readyForRead(NonBlockingConnectionPlainDelegate.java:95)",
                        "org.apache.qpid.server.transport.NonBlockingConnection.readFromNetwork(NonBlockingConnection.java:548)",
                        "org.apache.qpid.server.transport.NonBlockingConnection.doRead(NonBlockingConnection.java:505)",
                        "org.apache.qpid.server.transport.NonBlockingConnection.doWork(NonBlockingConnection.java:270)",
                        "org.apache.qpid.server.transport.NetworkConnectionScheduler.processConnection(NetworkConnectionScheduler.java:134)",
                        "org.apache.qpid.server.transport.SelectorThread$ConnectionProcessor.processConnection(SelectorThread.java:575)",
                        "java.base/java.lang.Thread.run(Thread.java:840)",
                    ),
                ],
            )
            t = B(
                t + sec(0.002),
                "INFO",
                th,
                "q.m.s.close",
                f"{subj}/ch:0",
                "CHN-1003 : Close",
                "CHN-1003 : Close",
            )
            B(
                t + sec(0.001),
                "INFO",
                th,
                "q.m.c.close",
                subj,
                "CON-1002 : Close",
                "CON-1002 : Close",
            )
            return
        t = B(
            t + sec(r.uniform(0.01, 0.3)),
            "INFO",
            th,
            "q.m.s.close",
            f"{subj}/ch:0",
            "CHN-1003 : Close",
            "CHN-1003 : Close",
        )
        B(t + sec(0.002), "INFO", th, "q.m.c.close", subj, "CON-1002 : Close", "CON-1002 : Close")

    start(t0 + sec(2.2))
    acts: list[tuple[datetime, int, Callable[[], None]]] = []
    for i, t in enumerate(poisson(r, t0 + sec(40), t_end, 36)):
        if not tdown <= t < tup + sec(2):
            acts.append((t, i, lambda t=t: producer(t)))
    for t in [t0 + sec(30), tup + sec(5)]:
        for j, (svc, ip) in enumerate([("billing-worker", "10.0.2.31"), ("notifier", "10.0.2.41")]):
            tc = t + sec(r.uniform(0, 3))
            acts.append((tc, -1 - j, lambda tc=tc, svc=svc, ip=ip: consumer(tc, svc, ip)))
    acts.append((tdown, -9, lambda: stop(tdown)))
    for _, _, fn in sorted(acts, key=lambda x: (x[0], x[1])):
        fn()

    # the stall: the queue overfull, flow to disk
    q = "vh(/default)/qu(invoices)"
    hk = "Housekeeping[default]"
    t = stall[0] + sec(118)
    B(
        t,
        "INFO",
        hk,
        "q.m.q.overfull",
        q,
        "QUE-1003 : Overfull : Size : %s bytes, %s messages : Maximum Size : %s bytes, %s messages",
        "QUE-1003 : Overfull : Size : 104,862,311 bytes, 51,204 messages : Maximum Size : 104,857,600 bytes, 100,000 messages",
    )
    B(
        t + sec(40),
        "INFO",
        hk,
        "q.m.b.flow_to_disk_active",
        "Broker",
        "BRK-1014 : Message flow to disk active : Message memory use %s kB (%s%%) exceeds threshold %s kB (%s%%)",
        "BRK-1014 : Message flow to disk active : Message memory use 1,258,912 kB (40%) exceeds threshold 1,258,291 kB (40%)",
    )
    for tt in poisson(r, stall[0] + sec(200), stall[1] - sec(60), 140):
        B(
            tt,
            "INFO",
            hk,
            "q.m.q.underfull",
            q,
            "QUE-1004 : Underfull : Size : %s bytes, %s messages : Resume Size : %s bytes, %s messages",
            f"QUE-1004 : Underfull : Size : {r.randint(83_000_000, 83_886_000):,} bytes, {r.randint(40000, 41000):,} messages : Resume Size : 83,886,080 bytes, 80,000 messages",
        )
        B(
            tt + sec(r.uniform(10, 60)),
            "INFO",
            hk,
            "q.m.q.overfull",
            q,
            "QUE-1003 : Overfull : Size : %s bytes, %s messages : Maximum Size : %s bytes, %s messages",
            f"QUE-1003 : Overfull : Size : {r.randint(104_857_700, 104_900_000):,} bytes, {r.randint(51000, 52000):,} messages : Maximum Size : 104,857,600 bytes, 100,000 messages",
        )
    t = stall[1] + sec(20)
    B(
        t,
        "INFO",
        hk,
        "q.m.q.underfull",
        q,
        "QUE-1004 : Underfull : Size : %s bytes, %s messages : Resume Size : %s bytes, %s messages",
        "QUE-1004 : Underfull : Size : 12,118,207 bytes, 5,911 messages : Resume Size : 83,886,080 bytes, 80,000 messages",
    )
    B(
        t + sec(30),
        "INFO",
        hk,
        "q.m.b.flow_to_disk_inactive",
        "Broker",
        "BRK-1015 : Message flow to disk inactive : Message memory use %s kB (%s%%) within threshold %s kB (%s%%)",
        "BRK-1015 : Message flow to disk inactive : Message memory use 211,074 kB (6%) within threshold 1,258,291 kB (40%)",
    )
    return fs.logs(t0)


SYSTEMS = {
    "jetty": jetty,
    "tomee": tomee,
    "coherence": coherence,
    "qdrouterd": qdrouterd,
    "qpid-broker-j": qpid_broker_j,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
