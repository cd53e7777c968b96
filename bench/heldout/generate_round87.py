#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 87 (weblogic, websphere-liberty, camel, mule, karaf) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it; the lines
that continue an event (a Java stack trace, WebLogic's closing `> `, Camel's message history,
Mule's splash and error boxes, Liberty's header block after its first line) have no label.
Distinct calls of one process never share a timestamp at the log's resolution (round 53's
Clock). Five Java middleware logs:

- Oracle WebLogic Server 14.1.1 on JDK 11 (`AdminServer.log`, `ms1.log`, `ms2.log`): the
  server log's `####<Jun 4, 2024, 6:00:42,283 AM Coordinated Universal Time> <Info> <Security>
  <host> <server> <thread> <<WLS Kernel>> <> <ecid> <raw ms> <[severity-value: 64] [rid: 0]
  [partition-id: 0] [partition-name: DOMAIN] > <BEA-090905> <message> ` records; boots,
  deployment transitions, the shop's java.util.logging records (BEA-000000, the logger as the
  subsystem), idle sockets (BEA-000449), the memory monitor, the database down, stuck threads
  with their stack inside the message, a brute-forced console, a restart.
- Open Liberty 24.0.0.5's messages.log (`messages_24.06.04_10.00.43.0.log`, `messages.log`):
  the header block, `[6/4/24, 6:00:01:123 UTC] 00000033 <logger padded to 60> I CWWKZ0001I:
  ...`; JCA and DSRA errors in a failover, FFDC incidents, configuration updates, CWWKS1100A
  audits, the app's JUL lines, a restart into a new file.
- Apache Camel 4.4 in Spring Boot 3.2 (`orders-router-0.log`, `orders-router-1.log`): Spring
  Boot's console layout; the Log EIP's simple expressions, the log component's `Exchange[...]`,
  throughput lines, Kafka consumer lines with their `[Consumer clientId=..., groupId=...] `
  prefix, `Failed delivery for ...` with its Message History and stack.
- Mule 4.6 (`mule_ee.log`, `orders-api.log`): `%-5p %d [%t] [processor: ...; event: ...] %c:
  %m`; splash boxes, the Logger's `#[...]` expressions, batch engine lines, the default error
  handler's box (`Message : ...`).
- Apache Karaf 4.4.6 (`karaf.log`): `%d{ISO8601} | %-5.5p | %-16.16t | %-32.32c{1} |
  %X{bundle.id} - %X{bundle.name} - %X{bundle.version} | %m`; blueprint containers, Jetty,
  the feature service's plan one line a call, fileinstall, HikariCP, Paho reconnects.

Label notes. The rules of rounds 51 to 77 hold. Each layout's header fields are context: the
label is the message's format with the program's own placeholders (`{0}` for WebLogic and
Liberty messages, `{}` for SLF4J, `${...}` for Camel's simple language, `#[...]` for Mule's
Logger). A WebLogic or Liberty message id belongs to its format (Liberty's id is written as
part of the message and kept in the label; WebLogic's `<BEA-...>` is a field of its own).
Kafka's `[Consumer clientId=..., groupId=...] ` prefix is context. An exception's message
inside a message contributes its format (`Inventory lookup for {0} failed: Read timed out`
beside `... Connection refused`, Camel's `caught: ...`); a stack trace written after the
message is part of the event. A splash box is one write labelled with its title's format
(`Started app '%s'`); Mule's error box is labelled with its `Message :` line's format. The
Liberty header block is one write labelled at its first line (a row of stars).

Sources: written from the helper's knowledge, not checked against copies in this session.
Least sure: WebLogic 14.1.1's date with `, ` after the year and the zone's long name, the
severity-value block, BEA-090082's and BEA-240003's wording (the console's `Invalid login
attempt for user ...` is invented), `due to PeerGone`; Liberty's header lines, the logger
column's width (60), CWWKE0055I's wording, DSRA0010E's logger; Camel 4.4's `Routes startup
(started:%d)` and `Routes stopped (stopped:%d)` summaries, the Message History table's columns,
Kafka's `Request joining group due to: ...`; Mule's splash texts (`Mule Container halted`, the
status table), the batch engine's wordings, the APIkit validation message and the DB
connectivity message; Karaf's `Karaf started in ...` and shutdown-socket lines in karaf.log,
the feature service's plan lines, fileinstall's `Installing bundle %s / %s`. Run it only to
change the data on purpose: `python bench/heldout/generate_round87.py [SYSTEM ...]`.
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round52 import Records, secs
from generate_round53 import Clock
from generate_round55 import at, poisson

Text = Callable[[datetime], list[str]]


class Files:
    """The files of one system (each a Records) and its Clock: `add(file, t, label, text)`
    writes `text(t)` (the event's lines, the first labelled `label`) at the process's next
    free instant (`proc`, the file by default) and returns that instant."""

    def __init__(self, res: int) -> None:
        self.clock = Clock(res)
        self.files: dict[str, Records] = {}

    def add(
        self, f: str, t: datetime, label: str | None, text: Text, proc: object = None
    ) -> datetime:
        t = self.clock.at(proc if proc is not None else f, t)
        self.files.setdefault(f, Records()).add(t, text(t), label)  # type: ignore[arg-type]
        return t

    def logs(self, t0: datetime) -> list[Log]:
        return [self.files[k].into(Log(k, t0)) for k in sorted(self.files)]


HOLE = re.compile(r"\{\d*\}|#\[[^\]]*\]|\$\{[^}]*\}")


def fill(tmpl: str, *vals: object) -> str:
    """A format string's holes (SLF4J's `{}`, MessageFormat's `{0}`, a Mule expression
    `#[...]`, a Camel simple expression `${...}`) filled in order."""
    it = iter(vals)
    used: set[int] = set()

    def one(m: re.Match) -> str:
        s = m.group()
        if s[1:-1].isdigit():
            used.add(int(s[1:-1]))
            return str(vals[int(s[1:-1])])
        return str(next(it))

    out = HOLE.sub(one, tmpl)
    assert used or next(it, None) is None, (tmpl, vals)
    assert not used or used == set(range(len(vals))), (tmpl, vals)
    return out


def jframes(*fs: str) -> list[str]:
    """A Java stack trace's frame lines as Throwable.printStackTrace() writes them."""
    return [f"\tat {f}" for f in fs]


def ms3(t: datetime) -> str:
    return f"{t.microsecond // 1000:03d}"


def between(r: random.Random, t0: datetime, t1: datetime) -> datetime:
    return t0 + timedelta(seconds=r.uniform(0, (t1 - t0).total_seconds()))


def in_windows(t: datetime, ws: list[tuple[datetime, datetime]]) -> bool:
    return any(a <= t < b for a, b in ws)


JDBC_STACK = jframes(
    "org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:346)",
    "org.postgresql.core.ConnectionFactory.openConnection(ConnectionFactory.java:54)",
    "org.postgresql.jdbc.PgConnection.<init>(PgConnection.java:273)",
    "org.postgresql.Driver.makeConnection(Driver.java:446)",
    "org.postgresql.Driver.connect(Driver.java:298)",
)


# --------------------------------------------------------------------------------- weblogic

WLS_SEV = {"Debug": 128, "Info": 64, "Notice": 32, "Warning": 16, "Error": 8, "Critical": 4}
WLS_KTHREAD = "[ACTIVE] ExecuteThread: '{}' for queue: 'weblogic.kernel.Default (self-tuning)'"
WLS_SERVERS = {
    "AdminServer": ("wls-admin.shop.example.com", "10.0.1.10", 7001),
    "ms1": ("wls1.shop.example.com", "10.0.1.11", 8001),
    "ms2": ("wls2.shop.example.com", "10.0.1.12", 8001),
}
WLS_ORA_DOWN = "IO Error: The Network Adapter could not establish the connection (CONNECTION_ID={})"
WLS_SQL_STACK = jframes(
    "oracle.jdbc.driver.T4CConnection.logon(T4CConnection.java:854)",
    "oracle.jdbc.driver.PhysicalConnection.connect(PhysicalConnection.java:793)",
    "oracle.jdbc.driver.T4CDriverExtension.getConnection(T4CDriverExtension.java:57)",
    "oracle.jdbc.driver.OracleDriver.connect(OracleDriver.java:747)",
    "weblogic.jdbc.common.internal.ConnectionEnvFactory.makeConnection(ConnectionEnvFactory.java:365)",
    "weblogic.jdbc.common.internal.ConnectionEnvFactory.createResource(ConnectionEnvFactory.java:238)",
    "weblogic.common.resourcepool.ResourcePoolImpl.makeResources(ResourcePoolImpl.java:1440)",
    "weblogic.common.resourcepool.ResourcePoolImpl.reserveResourceInternal(ResourcePoolImpl.java:476)",
    "weblogic.jdbc.common.internal.JDBCConnectionPool.reserve(JDBCConnectionPool.java:643)",
    "weblogic.jdbc.common.internal.RmiDataSource.getConnection(RmiDataSource.java:386)",
    "com.example.shop.order.OrderDao.insert(OrderDao.java:88)",
    "com.example.shop.checkout.CheckoutService.placeOrder(CheckoutService.java:141)",
    "com.example.shop.web.CheckoutServlet.doPost(CheckoutServlet.java:57)",
    "javax.servlet.http.HttpServlet.service(HttpServlet.java:665)",
    "weblogic.servlet.internal.StubSecurityHelper$ServletServiceAction.run(StubSecurityHelper.java:295)",
    "weblogic.servlet.internal.ServletStubImpl.execute(ServletStubImpl.java:353)",
    "weblogic.servlet.internal.WebAppServletContext.securedExecute(WebAppServletContext.java:2377)",
    "weblogic.work.ExecuteThread.run(ExecuteThread.java:363)",
)
WLS_STUCK_STACK = [
    "\tjava.base@11.0.23/java.net.SocketInputStream.socketRead0(Native Method)",
    "\tjava.base@11.0.23/java.net.SocketInputStream.socketRead(SocketInputStream.java:115)",
    "\tjava.base@11.0.23/java.net.SocketInputStream.read(SocketInputStream.java:168)",
    "\tjava.base@11.0.23/sun.security.ssl.SSLSocketInputRecord.read(SSLSocketInputRecord.java:478)",
    "\tjava.base@11.0.23/sun.security.ssl.SSLSocketImpl$AppInputStream.read(SSLSocketImpl.java:1072)",
    "\tweblogic.net.http.MessageHeader.isHTTP(MessageHeader.java:312)",
    "\tweblogic.net.http.HttpURLConnection.getInputStream(HttpURLConnection.java:717)",
    "\tcom.example.shop.payment.PspClient.authorize(PspClient.java:112)",
    "\tcom.example.shop.checkout.CheckoutService.placeOrder(CheckoutService.java:156)",
    "\tcom.example.shop.web.CheckoutServlet.doPost(CheckoutServlet.java:57)",
    "\tjavax.servlet.http.HttpServlet.service(HttpServlet.java:665)",
    "\tweblogic.servlet.internal.ServletStubImpl.execute(ServletStubImpl.java:353)",
    "\tweblogic.work.ExecuteThread.run(ExecuteThread.java:363)",
]


def wls_ts(t: datetime) -> str:
    h = t.hour % 12 or 12
    ampm = "AM" if t.hour < 12 else "PM"
    return f"{t:%b} {t.day}, {t.year}, {h}:{t:%M:%S},{ms3(t)} {ampm} Coordinated Universal Time"


def weblogic(r: random.Random) -> list[Log]:
    """The shop_domain of Oracle WebLogic Server 14.1.1 on JDK 11: an AdminServer and two
    managed servers (ms1, ms2) in shop_cluster, each writing its server log at Info, 06:00 to
    11:00. The shop web application logs through java.util.logging into the server log (its
    records carry BEA-000000 and the logger's name as the subsystem). Orders, carts and
    payments all day; the load balancer's health checks close idle sockets (BEA-000449); the
    memory monitor reports free heap. ShopDS's Oracle database is unreachable from 07:10 to
    07:18; the payment provider hangs from 08:30 on ms2 (stuck threads, then unstuck); an
    admin console login is brute-forced at 09:15; ms2 is restarted at 09:40 for a redeploy."""
    fs = Files(1000)
    t0, t_end = at(6, 0), at(11, 0)
    ecid_n = iter(range(10_000_000))
    ecid_base = {s: uuid4(r) for s in WLS_SERVERS}

    def E(
        srv: str,
        t: datetime,
        sev: str,
        subsys: str,
        msgid: str,
        tmpl: str,
        *vals: object,
        thread: str = "",
        user: str = "<WLS Kernel>",
        ecid: bool = False,
        more: list[str] | None = None,
        label: str | None = None,
    ) -> datetime:
        host = WLS_SERVERS[srv][0]
        th = thread or WLS_KTHREAD.format(r.randint(0, 24))
        eid = f"{ecid_base[srv]}-{next(ecid_n):08x}" if ecid else ""
        msg = fill(tmpl, *vals)

        def text(t: datetime) -> list[str]:
            raw = int(t.timestamp() * 1000)
            head = f"####<{wls_ts(t)}> <{sev}> <{subsys}> <{host}> <{srv}> <{th}> <{user}> <> <{eid}> <{raw}> <[severity-value: {WLS_SEV[sev]}] [rid: 0] [partition-id: 0] [partition-name: DOMAIN] > <{msgid}> <"
            lines = (head + msg).split("\n")
            if more is None:
                return [*lines[:-1], lines[-1] + "> "]
            return [*lines, *more, "> "]

        return fs.add(f"{srv}.log", t, label or tmpl, text, proc=srv)

    def state(srv: str, t: datetime, st: str) -> datetime:
        return E(
            srv,
            t,
            "Notice",
            "WebLogicServer",
            "BEA-000365",
            "Server state changed to {0}.",
            st,
            thread="main",
        )

    apps = {"AdminServer": [], "ms1": ["shop", "shop-api"], "ms2": ["shop", "shop-api"]}

    def transitions(srv: str, t: datetime, steps: list[tuple[str, str]]) -> datetime:
        for app in apps[srv]:
            for a, b in steps:
                mod = f"{app}.war"
                th = WLS_KTHREAD.format(r.randint(0, 8)) if srv != "AdminServer" else "main"
                t = E(
                    srv,
                    t + secs(r, 0.05, 0.3),
                    "Info",
                    "Deployer",
                    "BEA-149059",
                    "Module {0} of application {1} is transitioning from {2} to {3} on server {4}.",
                    mod,
                    app,
                    a,
                    b,
                    srv,
                    thread=th,
                )
                t = E(
                    srv,
                    t + secs(r, 0.2, 1.8),
                    "Info",
                    "Deployer",
                    "BEA-149060",
                    "Module {0} of application {1} successfully transitioned from {2} to {3} on server {4}.",
                    mod,
                    app,
                    a,
                    b,
                    srv,
                    thread=th,
                )
        return t

    def boot(srv: str, t: datetime) -> datetime:
        host, ip, port = WLS_SERVERS[srv]
        m = "main"
        t = E(
            srv,
            t,
            "Info",
            "Security",
            "BEA-090905",
            "Disabling the CryptoJ JCE Provider self-integrity check for better startup performance. To enable this check, specify -Dweblogic.security.allowCryptoJDefaultJCEVerification=true.",
            thread=m,
        )
        t = E(
            srv,
            t + secs(r, 0.01, 0.05),
            "Info",
            "Security",
            "BEA-090906",
            "Changing the default Random Number Generator in RSA CryptoJ from ECDRBG128 to HMACDRBG. To disable this change, specify -Dweblogic.security.allowCryptoJDefaultPRNG=true.",
            thread=m,
        )
        t = E(
            srv,
            t + secs(r, 0.1, 0.3),
            "Info",
            "WebLogicServer",
            "BEA-000377",
            "Starting WebLogic Server with {0} Version {1} from {2}.",
            "Java HotSpot(TM) 64-Bit Server VM",
            "11.0.23+7-LTS-222",
            "Oracle Corporation",
            thread=m,
        )
        t = E(
            srv,
            t + secs(r, 0.3, 0.8),
            "Info",
            "Management",
            "BEA-141107",
            "Version: {0}",
            "WebLogic Server 14.1.1.0.0  Thu Mar 26 03:15:09 GMT 2020 2000885",
            thread=m,
        )
        t = state(srv, t + secs(r, 0.5, 1.5), "STARTING")
        t = E(
            srv,
            t + secs(r, 0.05, 0.2),
            "Info",
            "WorkManager",
            "BEA-002900",
            "Initializing self-tuning thread pool.",
            thread=m,
        )
        t = E(
            srv,
            t + secs(r, 0.01, 0.05),
            "Info",
            "WorkManager",
            "BEA-002942",
            "CMM memory level becomes {0}. Setting standby thread pool size to {1}.",
            0,
            256,
            thread=m,
        )
        t = E(
            srv,
            t + secs(r, 0.1, 0.4),
            "Notice",
            "Log Management",
            "BEA-170019",
            "The server log file {0} is opened. All server side log events will be written to this file.",
            f"/u01/domains/shop_domain/servers/{srv}/logs/{srv}.log",
            thread=m,
        )
        t = E(
            srv,
            t + secs(r, 0.5, 1.5),
            "Notice",
            "Security",
            "BEA-090946",
            "Security pre-initializing using security realm: {0}",
            "myrealm",
            thread=m,
        )
        t = E(
            srv,
            t + secs(r, 0.8, 2.0),
            "Notice",
            "Security",
            "BEA-090947",
            "Security post-initializing using security realm: {0}",
            "myrealm",
            thread=m,
        )
        t = E(
            srv,
            t + secs(r, 0.2, 0.6),
            "Notice",
            "Security",
            "BEA-090082",
            "Security initialized using administrative security realm: {0}",
            "myrealm",
            thread=m,
        )
        t = E(
            srv,
            t + secs(r, 0.5, 1.2),
            "Notice",
            "JMX",
            "BEA-149512",
            "JMX Connector Server started at {0}.",
            f"service:jmx:iiop://{host}:{port}/jndi/weblogic.management.mbeanservers.runtime",
            thread=m,
        )
        t = state(srv, t + secs(r, 0.5, 1.5), "STANDBY")
        if srv != "AdminServer":
            for ds in ("ShopDS", "SessionDS"):
                t = E(
                    srv,
                    t + secs(r, 0.2, 0.6),
                    "Info",
                    "JDBC",
                    "BEA-001516",
                    'Data source connection pool "{0}" connected to Database: "{1}", Version: "{2}".',
                    ds,
                    "Oracle",
                    "Oracle Database 19c Enterprise Edition Release 19.0.0.0.0 - Production\nVersion 19.22.0.0.0",
                    thread=m,
                    label='Data source connection pool "{0}" connected to Database: "{1}", Version: "{2}".',
                )
                t = E(
                    srv,
                    t + secs(r, 0.01, 0.05),
                    "Info",
                    "JDBC",
                    "BEA-001517",
                    'Data source connection pool "{0}" using Driver: "{1}", Version: "{2}".',
                    ds,
                    "Oracle JDBC driver",
                    "19.22.0.0.0",
                    thread=m,
                )
                t = E(
                    srv,
                    t + secs(r, 0.1, 0.3),
                    "Info",
                    "Common",
                    "BEA-000628",
                    'Created "{0}" resources for pool "{1}", out of which "{2}" are available and "{3}" are unavailable.',
                    5,
                    ds,
                    5,
                    0,
                    thread=m,
                )
            t = E(
                srv,
                t + secs(r, 0.2, 0.5),
                "Info",
                "Cluster",
                "BEA-000197",
                "Listening for announcements from cluster using unicast cluster messaging",
                thread=m,
            )
        t = transitions(
            srv, t, [("STATE_NEW", "STATE_PREPARED"), ("STATE_PREPARED", "STATE_ADMIN")]
        )
        t = state(srv, t + secs(r, 0.2, 0.6), "ADMIN")
        t = state(srv, t + secs(r, 0.1, 0.3), "RESUMING")
        t = transitions(srv, t, [("STATE_ADMIN", "STATE_ACTIVE")])
        t = E(
            srv,
            t + secs(r, 0.1, 0.3),
            "Notice",
            "Server",
            "BEA-002613",
            'Channel "{0}" is now listening on {1}:{2} for protocols {3}.',
            "Default",
            ip,
            port,
            "iiop, t3, ldap, snmp, http",
            thread=m,
        )
        if srv == "AdminServer":
            t = E(
                srv,
                t + secs(r, 0.1, 0.3),
                "Notice",
                "WebLogicServer",
                "BEA-000329",
                'Started the WebLogic Server Administration Server "{0}" for domain "{1}" running in production mode.',
                srv,
                "shop_domain",
                thread=m,
            )
        else:
            t = E(
                srv,
                t + secs(r, 0.1, 0.3),
                "Notice",
                "WebLogicServer",
                "BEA-000330",
                'Started the WebLogic Server Managed Server "{0}" for domain "{1}" running in production mode.',
                srv,
                "shop_domain",
                thread=m,
            )
        t = E(
            srv,
            t + secs(r, 0.01, 0.1),
            "Notice",
            "WebLogicServer",
            "BEA-000360",
            "The server started in {0} mode.",
            "RUNNING",
            thread=m,
        )
        t = state(srv, t + secs(r, 0.01, 0.1), "RUNNING")
        return t

    def cluster_add(srv: str, other: str, t: datetime) -> datetime:
        host = WLS_SERVERS[other][0]
        jvm = f"-{r.randint(10**17, 10**18)}S:{host}:[8001,8001,-1,-1,-1,-1,-1]:shop_domain:{other}"
        return E(
            srv,
            t,
            "Info",
            "Cluster",
            "BEA-000111",
            "Adding {0} with ID {1} to cluster: {2} view.",
            other,
            jvm,
            "shop_cluster",
            thread=WLS_KTHREAD.format(r.randint(0, 8)),
        )

    # boots
    ta = boot("AdminServer", t0 + secs(r, 1, 3))
    t1 = boot("ms1", ta + secs(r, 20, 30))
    t2 = boot("ms2", ta + secs(r, 25, 40))
    cluster_add("ms1", "ms2", t2 + secs(r, 0.5, 2))
    cluster_add("ms2", "ms1", t2 + secs(r, 0.1, 1))

    db_down = (at(7, 10, 14), at(7, 18, 40))
    psp_hang = (at(8, 30, 5), at(8, 52, 0))
    restart = at(9, 40, 12)
    ms2_down = (restart, restart + timedelta(minutes=3))

    customers = [f"C{r.randint(10000, 99999)}" for _ in range(180)]
    order_no = iter(range(582_311, 10_000_000))

    def up(srv: str, t: datetime) -> bool:
        return not (
            srv == "ms2"
            and ms2_down[0] - timedelta(seconds=20) <= t < ms2_down[1] + timedelta(seconds=90)
        )

    # the shop's traffic on both managed servers
    for srv in ("ms1", "ms2"):
        start = (t1 if srv == "ms1" else t2) + secs(r, 5, 20)
        for t in poisson(r, start, t_end, 30.0):
            if not up(srv, t):
                continue
            x = r.random()
            th = WLS_KTHREAD.format(r.randint(0, 24))
            user = "<anonymous>"
            if x < 0.45:
                E(
                    srv,
                    t,
                    "Info",
                    "com.example.shop.cart.CartService",
                    "BEA-000000",
                    "Cart {0} updated: {1} items",
                    uuid4(r)[:8],
                    r.randint(1, 9),
                    thread=th,
                    user=user,
                    ecid=True,
                )
            elif x < 0.62:
                E(
                    srv,
                    t,
                    "Info",
                    "com.example.shop.catalog.SearchService",
                    "BEA-000000",
                    'Search for "{0}" returned {1} products in {2} ms',
                    r.choice(
                        [
                            "boots",
                            "rain jacket",
                            "socks",
                            "tent",
                            "headlamp",
                            "gloves",
                            "kids shoes",
                        ]
                    ),
                    r.randint(0, 240),
                    r.randint(8, 140),
                    thread=th,
                    user=user,
                    ecid=True,
                )
            else:
                o = next(order_no)
                c = r.choice(customers)
                if in_windows(t, [db_down]):
                    E(
                        srv,
                        t,
                        "Error",
                        "HTTP",
                        "BEA-101020",
                        "[{0}] Servlet failed with an Exception",
                        f"ServletContext@{r.randint(10**8, 10**9)}[app:shop module:shop.war path:/shop spec-version:4.0]",
                        thread=th,
                        user=user,
                        ecid=True,
                        more=[
                            f"java.sql.SQLException: {fill(WLS_ORA_DOWN, hexid(r, 22))}",
                            *WLS_SQL_STACK,
                        ],
                    )
                    continue
                if srv == "ms2" and in_windows(t, [psp_hang]):
                    continue
                tt = E(
                    srv,
                    t,
                    "Info",
                    "com.example.shop.checkout.CheckoutService",
                    "BEA-000000",
                    "Order {0} placed for customer {1}, total {2} EUR",
                    o,
                    c,
                    f"{r.uniform(9, 400):.2f}",
                    thread=th,
                    user=user,
                    ecid=True,
                )
                if r.random() < 0.06:
                    E(
                        srv,
                        tt + secs(r, 0.4, 2.5),
                        "Warning",
                        "com.example.shop.payment.PaymentService",
                        "BEA-000000",
                        "Payment for order {0} declined: {1}",
                        o,
                        r.choice(["insufficient_funds", "card_expired", "do_not_honor"]),
                        thread=th,
                        user=user,
                        ecid=True,
                    )
                else:
                    E(
                        srv,
                        tt + secs(r, 0.4, 2.5),
                        "Info",
                        "com.example.shop.payment.PaymentService",
                        "BEA-000000",
                        "Payment authorized for order {0} (ref {1})",
                        o,
                        f"PSP-{hexid(r, 12).upper()}",
                        thread=th,
                        user=user,
                        ecid=True,
                    )
        # the load balancer's health checks leaving idle sockets
        for t in poisson(r, start, t_end, 45.0):
            if up(srv, t):
                E(
                    srv,
                    t,
                    "Info",
                    "Socket",
                    "BEA-000449",
                    "Closing the socket, as no data read from it on {0}:{1} during the configured idle timeout of {2} seconds.",
                    f"10.0.1.{r.choice([5, 6])}",
                    r.randint(32768, 60999),
                    5,
                    thread=f"ExecuteThread: '{r.randint(0, 3)}' for queue: 'weblogic.socket.Muxer'",
                )
    # the memory monitor
    for srv in WLS_SERVERS:
        t = at(6, 10) + secs(r, 0, 60)
        while t < t_end:
            if up(srv, t):
                E(
                    srv,
                    t,
                    "Info",
                    "Health",
                    "BEA-310002",
                    "{0}% of the total memory in the server is free.",
                    r.randint(18, 71),
                    thread="Timer-2",
                )
            t += secs(r, 580, 620)

    # ShopDS's database unreachable
    for srv in ("ms1", "ms2"):
        for t in poisson(r, db_down[0], db_down[1], 25.0):
            E(
                srv,
                t,
                "Warning",
                "JDBC",
                "BEA-001129",
                'Received exception while creating connection for pool "{0}": {1}',
                "ShopDS",
                fill(WLS_ORA_DOWN, hexid(r, 22)),
                thread=WLS_KTHREAD.format(r.randint(0, 24)),
                label='Received exception while creating connection for pool "{0}": '
                + WLS_ORA_DOWN.replace("{}", "{0}"),
            )
        E(
            srv,
            db_down[1] + secs(r, 5, 30),
            "Info",
            "Common",
            "BEA-000628",
            'Created "{0}" resources for pool "{1}", out of which "{2}" are available and "{3}" are unavailable.',
            5,
            "ShopDS",
            5,
            0,
            thread=WLS_KTHREAD.format(r.randint(0, 24)),
        )

    # the payment provider hangs: stuck threads on ms2
    stuck = r.sample(range(5, 25), 9)
    for i, n in enumerate(stuck):
        t = psp_hang[0] + timedelta(seconds=600 + 20 * i) + secs(r, 0, 15)
        busy = int((t - psp_hang[0]).total_seconds()) - r.randint(0, 30)
        E(
            "ms2",
            t,
            "Error",
            "WebLogicServer",
            "BEA-000337",
            '[STUCK] ExecuteThread: \'{0}\' for queue: \'{1}\' has been busy for "{2}" seconds working on the request "{3}", which is more than the configured time (StuckThreadMaxTime) of "{4}" seconds in "{5}". Stack trace:',
            n,
            "weblogic.kernel.Default (self-tuning)",
            busy,
            f"Http Request Information: weblogic.servlet.internal.ServletRequestImpl@{hexid(r, 8)}[POST /shop/checkout]\n",
            600,
            "server-failure-trigger",
            thread="[STANDBY] ExecuteThread: '2' for queue: 'weblogic.kernel.Default (self-tuning)'",
            more=WLS_STUCK_STACK,
            label='[STUCK] ExecuteThread: \'{0}\' for queue: \'{1}\' has been busy for "{2}" seconds working on the request "{3}", which is more than the configured time (StuckThreadMaxTime) of "{4}" seconds in "{5}". Stack trace:',
        )
        E(
            "ms2",
            psp_hang[1] + secs(r, 5, 120),
            "Info",
            "WebLogicServer",
            "BEA-000339",
            "[STUCK] ExecuteThread: '{0}' for queue: '{1}' has become \"unstuck\".",
            n,
            "weblogic.kernel.Default (self-tuning)",
            thread=f"[ACTIVE] ExecuteThread: '{n}' for queue: 'weblogic.kernel.Default (self-tuning)'",
        )
    for t in poisson(r, psp_hang[0] + timedelta(seconds=60), psp_hang[1], 70.0):
        E(
            "ms2",
            t,
            "Error",
            "com.example.shop.payment.PspClient",
            "BEA-000000",
            "Payment provider call timed out after {0} ms for order {1}",
            30000,
            next(order_no),
            thread=WLS_KTHREAD.format(r.randint(0, 24)),
            user="<anonymous>",
            ecid=True,
        )

    # the admin console brute-forced
    for i, t in enumerate(poisson(r, at(9, 15), at(9, 19), 9.0)):
        u = r.choice(["weblogic", "admin", "system", "oracle"])
        if i % 5 == 4:
            E(
                "AdminServer",
                t,
                "Notice",
                "Security",
                "BEA-090078",
                "User {0} in security realm {1} has had {2} invalid login attempts, locking account for {3} minutes.",
                u,
                "myrealm",
                5,
                30,
                thread=WLS_KTHREAD.format(r.randint(0, 12)),
                user="<anonymous>",
            )
        else:
            E(
                "AdminServer",
                t,
                "Warning",
                "Console",
                "BEA-240003",
                "Administration Console encountered the following error: {0}",
                f"Invalid login attempt for user {u} from 198.51.100.{r.randint(2, 250)}",
                thread=WLS_KTHREAD.format(r.randint(0, 12)),
                user="<anonymous>",
                label="Administration Console encountered the following error: Invalid login attempt for user {0} from {1}",
            )

    # ms2 restarted for the redeploy
    t = state("ms2", restart, "SUSPENDING")
    t = state("ms2", t + secs(r, 1, 4), "ADMIN")
    t = transitions("ms2", t, [("STATE_ACTIVE", "STATE_ADMIN")])
    t = state("ms2", t + secs(r, 0.2, 0.5), "SHUTTING_DOWN")
    t = transitions("ms2", t, [("STATE_ADMIN", "STATE_PREPARED"), ("STATE_PREPARED", "STATE_NEW")])
    E(
        "ms1",
        t + secs(r, 0.5, 2),
        "Info",
        "Cluster",
        "BEA-000112",
        "Removing {0} from cluster view due to PeerGone.",
        "ms2",
        thread=WLS_KTHREAD.format(r.randint(0, 8)),
    )
    t = E(
        "ms2",
        t + secs(r, 1, 3),
        "Notice",
        "WebLogicServer",
        "BEA-000238",
        "Shutdown has completed.",
        thread="main",
    )
    t = boot("ms2", ms2_down[1] + secs(r, 5, 20))
    cluster_add("ms1", "ms2", t + secs(r, 0.5, 2))
    cluster_add("ms2", "ms1", t + secs(r, 0.1, 1))
    return fs.logs(t0)


# --------------------------------------------------------------------------------- websphere-liberty

LIB_HEADER = [
    "********************************************************************************",
    "product = Open Liberty 24.0.0.5 (wlp-1.0.89.cl240520240429-1100)",
    "wlp.install.dir = /opt/ol/wlp/",
    "server.config.dir = /opt/ol/wlp/usr/servers/defaultServer/",
    "java.home = /opt/java/openjdk",
    "java.version = 17.0.11",
    "java.runtime = IBM Semeru Runtime Open Edition (17.0.11+9)",
    "os = Linux (5.15.0-107-generic; amd64) (en_US)",
    "process = {}@orders-vm01",
    "Classpath = /opt/ol/wlp/bin/tools/ws-server.jar",
    "Java Library path = /opt/java/openjdk/lib/default:/opt/java/openjdk/lib:/usr/lib64:/usr/lib",
    "********************************************************************************",
]
LIB_FEATURES = "appSecurity-5.0, beanValidation-3.0, cdi-4.0, distributedMap-1.0, jdbc-4.3, jndi-1.0, json-1.0, jsonb-3.0, jsonp-2.1, mpConfig-3.1, mpHealth-4.0, mpMetrics-5.1, persistence-3.1, persistenceContainer-3.1, restfulWS-3.1, restfulWSClient-3.1, servlet-6.0, ssl-1.0, transportSecurity-1.0"
LIB_PSQL_IO = "An I/O error occurred while sending to the backend."
LIB_PSQL_REFUSED = "Connection to db01.internal:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections."
LIB_JPA_STACK = jframes(
    "org.eclipse.persistence.internal.jpa.EntityManagerImpl.flush(EntityManagerImpl.java:964)",
    "com.ibm.ws.jpa.management.JPATxEntityManager.flush(JPATxEntityManager.java:160)",
    "com.example.orders.OrderRepository.save(OrderRepository.java:44)",
    "com.example.orders.OrderResource.create(OrderResource.java:71)",
    "java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)",
    "java.base/java.lang.reflect.Method.invoke(Method.java:580)",
    "org.jboss.resteasy.core.MethodInjectorImpl.invoke(MethodInjectorImpl.java:154)",
    "org.jboss.resteasy.core.ResourceMethodInvoker.internalInvokeOnTarget(ResourceMethodInvoker.java:660)",
    "com.ibm.ws.webcontainer.servlet.ServletWrapper.service(ServletWrapper.java:1258)",
    "com.ibm.ws.threading.internal.ExecutorServiceImpl$RunnableWrapper.run(ExecutorServiceImpl.java:298)",
    "java.base/java.lang.Thread.run(Thread.java:1583)",
)


def lib_ts(t: datetime) -> str:
    return f"[{t.month}/{t.day}/{t:%y}, {t.hour}:{t:%M:%S}:{ms3(t)} UTC]"


def websphere_liberty(r: random.Random) -> list[Log]:
    """Open Liberty 24.0.0.5's messages.log on a VM running the orders REST service
    (defaultServer, Jakarta EE 10 features, PostgreSQL through jdbc/ordersDS), 06:00 to 11:00.
    The server starts at 06:00; orders are created, fetched and shipped, the app's JUL loggers
    writing at INFO; the inventory service is slow now and then. PostgreSQL fails over at 07:05
    (J2CA0056I, DSRA0010E, J2CA0045E, FFDC1015I and the app's errors); a configuration update
    and a dropins redeploy at 07:40; malformed order requests from a partner at 08:20; a
    password-spraying run on the admin realm at 08:50; the inventory service times out and then
    refuses from 09:30 to 09:45; the server is restarted at 10:00: the old messages.log is
    renamed `messages_24.06.04_10.00.43.0.log` and the new one starts with the header again."""
    fs = Files(1000)
    t0, t_end = at(6, 0), at(11, 0)
    restart = at(10, 0, 3)
    reboot = restart + timedelta(seconds=40)
    old = "messages_24.06.04_10.00.43.0.log"

    def fname(t: datetime) -> str:
        return old if t < reboot else "messages.log"

    threads = [f"{n:08x}" for n in range(0x30, 0x60)]

    def E(
        t: datetime,
        logger: str,
        lvl: str,
        tmpl: str,
        *vals: object,
        tid: str = "",
        more: list[str] | None = None,
        label: str | None = None,
    ) -> datetime:
        th = tid or r.choice(threads)
        msg = fill(tmpl, *vals)

        def text(t: datetime) -> list[str]:
            lines = f"{lib_ts(t)} {th} {logger:<60} {lvl} {msg}".split("\n")
            return [*lines, *(more or [])]

        return fs.add(fname(t), t, label or tmpl, text, proc="jvm")

    def header(t: datetime, pid: int) -> datetime:
        lines = [x.replace("{}", str(pid)) for x in LIB_HEADER]
        return fs.add(fname(t), t, LIB_HEADER[0], lambda t: lines, proc="jvm")

    def boot(t: datetime, pid: int) -> datetime:
        m = "00000001"
        t = header(t, pid)
        t = E(
            t + secs(r, 0.01, 0.05),
            "com.ibm.ws.kernel.launch.internal.FrameworkManager",
            "A",
            "CWWKE0001I: The server {0} has been launched.",
            "defaultServer",
            tid=m,
        )
        t = E(
            t + secs(r, 0.5, 1.2),
            "com.ibm.ws.kernel.launch.internal.FrameworkManager",
            "I",
            "CWWKE0002I: The kernel started after {0} seconds",
            f"{r.uniform(0.6, 1.2):.3f}",
            tid=m,
        )
        t = E(
            t + secs(r, 0.05, 0.2),
            "com.ibm.ws.kernel.feature.internal.FeatureManager",
            "I",
            "CWWKF0007I: Feature update started.",
            tid="00000025",
        )
        t = E(
            t + secs(r, 0.2, 0.5),
            "com.ibm.ws.config.xml.internal.XMLConfigParser",
            "A",
            "CWWKG0028A: Processing included configuration resource: {0}",
            "/opt/ol/wlp/usr/servers/defaultServer/configDropins/overrides/datasource.xml",
            tid="00000025",
        )
        t = E(
            t + secs(r, 0.5, 1.0),
            "com.ibm.ws.security.ready.internal.SecurityReadyServiceImpl",
            "I",
            "CWWKS0008I: The security service is ready.",
            tid="0000002b",
        )
        t = E(
            t + secs(r, 0.05, 0.2),
            "com.ibm.ws.security.token.ltpa.internal.LTPAKeyCreateTask",
            "I",
            "CWWKS4105I: LTPA configuration is ready after {0} seconds.",
            f"{r.uniform(0.2, 0.6):.3f}",
            tid="0000002c",
        )
        t = E(
            t + secs(r, 0.1, 0.4),
            "com.ibm.ws.app.manager.internal.monitor.DropinMonitor",
            "A",
            "CWWKZ0058I: Monitoring dropins for applications.",
            tid="00000030",
        )
        for host, port, name in (
            ("*", 9080, "defaultHttpEndpoint"),
            ("*", 9443, "defaultHttpEndpoint-ssl"),
        ):
            t = E(
                t + secs(r, 0.05, 0.3),
                "com.ibm.ws.tcpchannel.internal.TCPPort",
                "I",
                "CWWKO0219I: TCP Channel {0} has been started and is now listening for requests on host {1}  (IPv4: {2}) port {3}.",
                name,
                host,
                "0.0.0.0",
                port,
                tid="00000031",
            )
        t = E(
            t + secs(r, 0.3, 0.8),
            "com.ibm.ws.webcontainer.osgi.webapp.WebGroup",
            "I",
            "SRVE0169I: Loading Web Module: {0}.",
            "orders",
            tid="00000033",
        )
        t = E(
            t + secs(r, 0.01, 0.05),
            "com.ibm.ws.webcontainer",
            "I",
            "SRVE0250I: Web Module {0} has been bound to {1}.",
            "orders",
            "default_host",
            tid="00000033",
        )
        t = E(
            t + secs(r, 0.01, 0.05),
            "com.ibm.ws.http.internal.VirtualHostImpl",
            "A",
            "CWWKT0016I: Web application available ({0}): {1}",
            "default_host",
            "http://orders-vm01:9080/orders/",
            tid="00000033",
        )
        t = E(
            t + secs(r, 0.1, 0.3),
            "com.ibm.ws.app.manager.AppMessageHelper",
            "A",
            "CWWKZ0001I: Application {0} started in {1} seconds.",
            "orders",
            f"{r.uniform(2, 4):.3f}",
            tid="00000033",
        )
        t = E(
            t + secs(r, 0.05, 0.2),
            "com.ibm.ws.kernel.feature.internal.FeatureManager",
            "A",
            "CWWKF0012I: The server installed the following features: [{0}].",
            LIB_FEATURES,
            tid="00000025",
        )
        t = E(
            t + secs(r, 0.01, 0.05),
            "com.ibm.ws.kernel.feature.internal.FeatureManager",
            "I",
            "CWWKF0008I: Feature update completed in {0} seconds.",
            f"{r.uniform(4, 7):.3f}",
            tid="00000025",
        )
        t = E(
            t + secs(r, 0.01, 0.05),
            "com.ibm.ws.kernel.feature.internal.FeatureManager",
            "A",
            "CWWKF0011I: The {0} server is ready to run a smarter planet. The {0} server started in {1} seconds.",
            "defaultServer",
            f"{r.uniform(5, 8):.3f}",
            tid="00000025",
            label="CWWKF0011I: The {0} server is ready to run a smarter planet. The {0} server started in {1} seconds.",
        )
        return t

    def shutdown(t: datetime) -> datetime:
        t = E(
            t,
            "com.ibm.ws.kernel.boot.internal.ServerCommandListener",
            "A",
            "CWWKE0055I: Server shutdown requested on {0}. The server {1} is shutting down.",
            "Tuesday, June 4, 2024 at 10:00 AM Coordinated Universal Time",
            "defaultServer",
            tid="0000004f",
        )
        t = E(
            t + secs(r, 0.1, 0.3),
            "com.ibm.ws.http.internal.VirtualHostImpl",
            "A",
            "CWWKT0017I: Web application removed ({0}): {1}",
            "default_host",
            "http://orders-vm01:9080/orders/",
            tid="0000004f",
        )
        t = E(
            t + secs(r, 0.05, 0.2),
            "com.ibm.ws.app.manager.AppMessageHelper",
            "A",
            "CWWKZ0009I: The application {0} has stopped successfully.",
            "orders",
            tid="0000004f",
        )
        for name, port in (("defaultHttpEndpoint", 9080), ("defaultHttpEndpoint-ssl", 9443)):
            t = E(
                t + secs(r, 0.05, 0.2),
                "com.ibm.ws.tcpchannel.internal.TCPChannel",
                "I",
                "CWWKO0220I: TCP Channel {0} has stopped listening for requests on host {1}  (IPv4: {2}) port {3}.",
                name,
                "*",
                "0.0.0.0",
                port,
                tid="0000004f",
            )
        return E(
            t + secs(r, 0.2, 0.6),
            "com.ibm.ws.kernel.launch.internal.FrameworkManager",
            "A",
            "CWWKE0036I: The server {0} stopped after {1}.",
            "defaultServer",
            "3 hours, 59 minutes, 57.412 seconds",
            tid="0000004f",
        )

    ready = boot(t0 + secs(r, 0.5, 2), 2417)
    db_down = (at(7, 5, 22), at(7, 11, 40))
    inv_slow = (at(9, 30, 10), at(9, 38, 0))
    inv_refused = (at(9, 38, 0), at(9, 45, 30))
    down = (restart - timedelta(seconds=1), reboot)
    cust = [f"CU-{r.randint(1000, 9999)}" for _ in range(150)]
    oid = iter(range(310_442, 10_000_000))
    recent: list[int] = []
    R = "com.example.orders.OrderResource"
    for t in poisson(r, ready + secs(r, 10, 30), t_end, 7.5):
        if down[0] <= t < down[1] + timedelta(seconds=10):
            continue
        x = r.random()
        if x < 0.42:
            if in_windows(t, [db_down]):
                E(
                    t,
                    "com.ibm.ejs.j2c.ConnectionManager",
                    "E",
                    "J2CA0045E: Connection not available while invoking method {0} for resource {1}.",
                    "createOrWaitForConnection",
                    "jdbc/ordersDS",
                )
                E(
                    t + secs(r, 0.01, 0.05),
                    R,
                    "E",
                    "Failed to create order for customer {0}",
                    r.choice(cust),
                    more=[
                        "jakarta.persistence.PersistenceException: Exception [EclipseLink-4002] (Eclipse Persistence Services - 4.0.2.v202306161219): org.eclipse.persistence.exceptions.DatabaseException",
                        *LIB_JPA_STACK,
                    ],
                )
                continue
            o = next(oid)
            recent.append(o)
            n = r.randint(1, 6)
            tt = E(
                t, R, "I", "Created order {0} for customer {1} ({2} items)", o, r.choice(cust), n
            )
            if in_windows(t, [inv_slow]):
                E(
                    tt + secs(r, 10, 10.2),
                    "com.example.orders.InventoryClient",
                    "W",
                    "Inventory lookup for {0} failed: {1}",
                    o,
                    "Read timed out",
                    label="Inventory lookup for {0} failed: Read timed out",
                )
            elif in_windows(t, [inv_refused]):
                E(
                    tt + secs(r, 0.01, 0.05),
                    "com.example.orders.InventoryClient",
                    "W",
                    "Inventory lookup for {0} failed: {1}",
                    o,
                    "Connection refused",
                    label="Inventory lookup for {0} failed: Connection refused",
                )
            elif r.random() < 0.05:
                E(
                    tt + secs(r, 0.5, 3),
                    "com.example.orders.InventoryClient",
                    "W",
                    "Inventory lookup for {0} took {1} ms",
                    o,
                    r.randint(1500, 4800),
                )
        elif x < 0.80:
            if recent:
                E(
                    t,
                    R,
                    "I",
                    "Fetched order {0} in {1} ms",
                    r.choice(recent[-50:]),
                    r.randint(3, 60),
                )
        else:
            if recent and not in_windows(t, [db_down]):
                E(
                    t,
                    "com.example.orders.ShippingService",
                    "I",
                    "Order {0} shipped via {1}, tracking {2}",
                    r.choice(recent[-80:]),
                    r.choice(["DHL", "UPS", "GLS"]),
                    f"{r.randint(10**11, 10**12)}",
                )

    # PostgreSQL failing over
    t = E(
        db_down[0],
        "com.ibm.ejs.j2c.ConnectionEventListener",
        "I",
        "J2CA0056I: The Connection Manager received a fatal connection error from the Resource Adapter for resource {0}. The exception is: {1}",
        "jdbc/ordersDS",
        f"org.postgresql.util.PSQLException: {LIB_PSQL_IO}",
        label="J2CA0056I: The Connection Manager received a fatal connection error from the Resource Adapter for resource {0}. The exception is: org.postgresql.util.PSQLException: "
        + LIB_PSQL_IO,
    )
    E(
        t + secs(r, 0.01, 0.05),
        "com.ibm.ws.logging.internal.impl.IncidentImpl",
        "I",
        'FFDC1015I: An FFDC Incident has been created: "{0} {1} {2}" at {3}',
        f"org.postgresql.util.PSQLException: {LIB_PSQL_IO}",
        "com.ibm.ws.rsadapter.impl.WSRdbManagedConnectionImpl",
        1843,
        "ffdc_24.06.04_07.05.22.0.log",
    )
    for i, t in enumerate(poisson(r, db_down[0] + secs(r, 5, 10), db_down[1], 22.0)):
        t = E(
            t,
            "com.ibm.ws.rsadapter.impl.DatabaseHelper",
            "W",
            "DSRA0010E: SQL State = {0}, Error Code = {1}",
            "08001",
            0,
        )
        if i < 3:
            E(
                t + secs(r, 0.01, 0.05),
                "com.ibm.ws.logging.internal.impl.IncidentImpl",
                "I",
                'FFDC1015I: An FFDC Incident has been created: "{0} {1} {2}" at {3}',
                f"java.sql.SQLNonTransientConnectionException: {LIB_PSQL_REFUSED}",
                "com.ibm.ws.rsadapter.impl.WSManagedConnectionFactoryImpl",
                617,
                f"ffdc_24.06.04_07.0{5 + i}.{r.randint(10, 59)}.0.log",
            )

    # a configuration update and the app's redeploy
    t = E(
        at(7, 40, 2),
        "com.ibm.ws.config.xml.internal.ConfigRefresher",
        "A",
        "CWWKG0016I: Starting server configuration update.",
        tid="00000044",
    )
    t = E(
        t + secs(r, 0.05, 0.2),
        "com.ibm.ws.config.xml.internal.XMLConfigParser",
        "A",
        "CWWKG0028A: Processing included configuration resource: {0}",
        "/opt/ol/wlp/usr/servers/defaultServer/configDropins/overrides/datasource.xml",
        tid="00000044",
    )
    t = E(
        t + secs(r, 0.3, 0.8),
        "com.ibm.ws.config.xml.internal.ConfigRefresher",
        "A",
        "CWWKG0017I: The server configuration was successfully updated in {0} seconds.",
        f"{r.uniform(0.3, 0.9):.3f}",
        tid="00000044",
    )
    t = E(
        at(7, 44, 31),
        "com.ibm.ws.http.internal.VirtualHostImpl",
        "A",
        "CWWKT0017I: Web application removed ({0}): {1}",
        "default_host",
        "http://orders-vm01:9080/orders/",
        tid="00000046",
    )
    t = E(
        t + secs(r, 0.3, 0.8),
        "com.ibm.ws.http.internal.VirtualHostImpl",
        "A",
        "CWWKT0016I: Web application available ({0}): {1}",
        "default_host",
        "http://orders-vm01:9080/orders/",
        tid="00000046",
    )
    t = E(
        t + secs(r, 0.1, 0.3),
        "com.ibm.ws.app.manager.AppMessageHelper",
        "A",
        "CWWKZ0003I: The application {0} updated in {1} seconds.",
        "orders",
        f"{r.uniform(1, 2.5):.3f}",
        tid="00000046",
    )
    for t in poisson(r, at(8, 0), at(9, 59), 600.0):
        E(
            t,
            "com.ibm.ws.config.xml.internal.ConfigRefresher",
            "A",
            "CWWKG0016I: Starting server configuration update.",
            tid="00000044",
        )
        E(
            t + secs(r, 0.1, 0.3),
            "com.ibm.ws.config.xml.internal.ConfigRefresher",
            "A",
            "CWWKG0018I: The server configuration was not updated. No functional changes were detected.",
            tid="00000044",
        )

    # a partner's malformed requests
    for t in poisson(r, at(8, 20), at(8, 34), 14.0):
        E(
            t,
            "com.example.orders.OrderResource",
            "W",
            "Rejected order request from partner {0}: {1} constraint violation(s)",
            r.choice(["acme-b2b", "nordwind"]),
            r.randint(1, 3),
        )
    # password spraying on the admin realm
    for t in poisson(r, at(8, 50), at(8, 56), 6.0):
        E(
            t,
            "com.ibm.ws.security.authentication.internal.jaas.JAASServiceImpl",
            "A",
            "CWWKS1100A: Authentication did not succeed for user ID {0}. An invalid user ID or password was specified.",
            r.choice(["admin", "wsadmin", "root", "test", "orders", "operator"]),
        )

    t = shutdown(restart)
    boot(down[1], 3102)
    return fs.logs(t0)


# --------------------------------------------------------------------------------- camel


def abbrev(name: str, width: int = 39) -> str:
    """Logback's `%logger{39}`: package segments cut to their first letter from the left until
    the name fits."""
    parts = name.split(".")
    i = 0
    while len(".".join(parts)) > width and i < len(parts) - 1:
        parts[i] = parts[i][0]
        i += 1
    return ".".join(parts)


CAMEL_VER = "4.4.2"
CAMEL_ROUTES = [
    ("order-intake", "kafka://orders"),
    ("reserve-stock", "direct://reserve"),
    ("expire-reservations", "timer://expire"),
    ("invoice-files", "file:///data/invoices/in"),
]
CAMEL_HISTORY = [
    "",
    "Message History (source location and message history is disabled)",
    "---------------------------------------------------------------------------------------------------------------------------------------",
    "Source                                   ID                             Processor                                          Elapsed (ms)",
    "                                         order-intake/order-intake      from[kafka://orders]                                     {0}",
    "                                         order-intake/unmarshal1        unmarshal[org.apache.camel.model.dataformat.JsonD           {1}",
    "                                         reserve-stock/to3              http://inventory:8080/api/reservations                   {2}",
    "",
    "Stacktrace",
    "---------------------------------------------------------------------------------------------------------------------------------------",
]
CAMEL_HTTP_STACK = jframes(
    "org.apache.hc.client5.http.impl.classic.InternalExecRuntime.connectEndpoint(InternalExecRuntime.java:163)",
    "org.apache.hc.client5.http.impl.classic.ConnectExec.execute(ConnectExec.java:186)",
    "org.apache.hc.client5.http.impl.classic.ExecChainElement.execute(ExecChainElement.java:51)",
    "org.apache.hc.client5.http.impl.classic.InternalHttpClient.doExecute(InternalHttpClient.java:170)",
    "org.apache.camel.component.http.HttpProducer.executeMethod(HttpProducer.java:486)",
    "org.apache.camel.component.http.HttpProducer.process(HttpProducer.java:256)",
    "org.apache.camel.support.AsyncProcessorConverterHelper$ProcessorToAsyncProcessorBridge.process(AsyncProcessorConverterHelper.java:65)",
    "org.apache.camel.processor.SendProcessor.process(SendProcessor.java:208)",
    "org.apache.camel.processor.errorhandler.RedeliveryErrorHandler$RedeliveryTask.doRun(RedeliveryErrorHandler.java:827)",
    "org.apache.camel.processor.errorhandler.RedeliveryErrorHandler$RedeliveryTask.run(RedeliveryErrorHandler.java:733)",
    "org.apache.camel.impl.engine.DefaultReactiveExecutor$Worker.schedule(DefaultReactiveExecutor.java:148)",
    "org.apache.camel.component.kafka.consumer.support.KafkaRecordProcessor.processExchange(KafkaRecordProcessor.java:102)",
    "org.apache.camel.component.kafka.KafkaFetchRecords.run(KafkaFetchRecords.java:169)",
    "java.base/java.lang.Thread.run(Thread.java:1583)",
)
CAMEL_JSON_STACK = jframes(
    "com.fasterxml.jackson.core.JsonParser._constructError(JsonParser.java:2477)",
    "com.fasterxml.jackson.core.base.ParserMinimalBase._reportError(ParserMinimalBase.java:760)",
    "com.fasterxml.jackson.core.base.ParserMinimalBase._reportUnexpectedChar(ParserMinimalBase.java:684)",
    "com.fasterxml.jackson.core.json.ReaderBasedJsonParser._handleOddValue(ReaderBasedJsonParser.java:2079)",
    "com.fasterxml.jackson.core.json.ReaderBasedJsonParser.nextToken(ReaderBasedJsonParser.java:808)",
    "com.fasterxml.jackson.databind.ObjectMapper._readMapAndClose(ObjectMapper.java:4912)",
    "org.apache.camel.component.jackson.AbstractJacksonDataFormat.unmarshal(AbstractJacksonDataFormat.java:245)",
    "org.apache.camel.support.processor.UnmarshalProcessor.process(UnmarshalProcessor.java:79)",
    "org.apache.camel.processor.errorhandler.RedeliveryErrorHandler$SimpleTask.run(RedeliveryErrorHandler.java:477)",
    "java.base/java.lang.Thread.run(Thread.java:1583)",
)
CAMEL_FAILED = "Failed delivery for (MessageId: {} on ExchangeId: {}). Exhausted after delivery attempt: {} caught: {}"
CAMEL_ERRORS = {
    "refused": (
        "org.apache.hc.client5.http.HttpHostConnectException: Connect to {} [{}] failed: Connection refused",
        CAMEL_HTTP_STACK,
    ),
    "timeout": ("java.net.SocketTimeoutException: Read timed out", CAMEL_HTTP_STACK[2:]),
    "503": (
        "org.apache.camel.http.base.HttpOperationFailedException: HTTP operation failed invoking {} with statusCode: {}",
        CAMEL_HTTP_STACK[4:],
    ),
    "json": (
        "com.fasterxml.jackson.core.JsonParseException: Unexpected character ('{}' (code {})): expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
        CAMEL_JSON_STACK,
    ),
}


def camel(r: random.Random) -> list[Log]:
    """orders-router, a Spring Boot 3.2 application running Apache Camel 4.4 routes, two pods
    (`orders-router-0.log`, `orders-router-1.log`: each pod's stdout, Spring Boot's console
    layout `2024-06-04T06:00:01.123Z  INFO 1 --- [orders-router] [           main]
    o.a.c.impl.engine.AbstractCamelContext   : ...`), 06:00 to 11:00. order-intake consumes the
    orders topic (the Log EIP's `Received order ${header.orderId} from ${header.channel}`, the
    log component's `Exchange[...]` audit line), reserve-stock calls the inventory service,
    expire-reservations runs every two minutes, invoice-files picks up partners' files and a
    throughput logger reports every 100 orders. The inventory service refuses connections from
    07:20 to 07:28, then answers 503 and times out until 07:34 (`Failed delivery for ...` with the
    message history and the stack trace under it); a partner sends HTML instead of JSON at
    08:10; the Kafka cluster rolls at 09:00 (the consumers rebalance, NetworkClient's
    warnings); pod 1 is replaced at 10:00 (graceful shutdown, a new start)."""
    fs = Files(1000)
    t0, t_end = at(6, 0), at(11, 0)
    pods = ["orders-router-0", "orders-router-1"]

    def E(
        pod: str,
        t: datetime,
        lvl: str,
        thread: str,
        logger: str,
        tmpl: str,
        *vals: object,
        more: list[str] | None = None,
        label: str | None = None,
        prefix: str = "",
    ) -> datetime:
        msg = prefix + fill(tmpl, *vals)
        th = thread[-15:].rjust(15)
        lg = abbrev(logger)[:40].ljust(40)

        def text(t: datetime) -> list[str]:
            ts = f"{t:%Y-%m-%dT%H:%M:%S}.{ms3(t)}Z"
            lines = f"{ts} {lvl:>5} 1 --- [orders-router] [{th}] {lg} : {msg}".split("\n")
            return [*lines, *(more or [])]

        return fs.add(f"{pod}.log", t, label or tmpl, text, proc=pod)

    CTX = "org.apache.camel.impl.engine.AbstractCamelContext"
    KC = "Camel (orders-router) thread #1 - KafkaConsumer[orders]"

    def kc(pod: str) -> str:
        return f"[Consumer clientId=consumer-orders-router-{pods.index(pod) + 1}, groupId=orders-router] "

    def boot(pod: str, t: datetime) -> datetime:
        m = "main"
        t = E(
            pod,
            t,
            "INFO",
            m,
            "com.example.orders.OrdersRouterApplication",
            "Starting {} v{} using Java {} with PID {} ({} started by {} in {})",
            "OrdersRouterApplication",
            "2.3.1",
            "17.0.11",
            1,
            "/app/app.jar",
            "app",
            "/app",
        )
        t = E(
            pod,
            t + secs(r, 0.005, 0.02),
            "INFO",
            m,
            "com.example.orders.OrdersRouterApplication",
            "The following {} profile is active: {}",
            1,
            '"prod"',
        )
        t = E(
            pod,
            t + secs(r, 1.2, 2.0),
            "INFO",
            m,
            "org.springframework.boot.web.embedded.tomcat.TomcatWebServer",
            "Tomcat initialized with port {} ({})",
            8080,
            "http",
        )
        t = E(
            pod,
            t + secs(r, 0.01, 0.03),
            "INFO",
            m,
            "org.apache.catalina.core.StandardService",
            "Starting service [{}]",
            "Tomcat",
        )
        t = E(
            pod,
            t + secs(r, 0.001, 0.005),
            "INFO",
            m,
            "org.apache.catalina.core.StandardEngine",
            "Starting Servlet engine: [{}]",
            "Apache Tomcat/10.1.20",
        )
        t = E(
            pod,
            t + secs(r, 0.05, 0.1),
            "INFO",
            m,
            "org.apache.catalina.core.ContainerBase.[Tomcat].[localhost].[/]",
            "Initializing Spring embedded WebApplicationContext",
        )
        t = E(
            pod,
            t + secs(r, 0.001, 0.005),
            "INFO",
            m,
            "org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext",
            "Root WebApplicationContext: initialization completed in {} ms",
            r.randint(900, 1500),
        )
        t = E(
            pod,
            t + secs(r, 0.1, 0.3),
            "INFO",
            m,
            "org.springframework.boot.web.embedded.tomcat.TomcatWebServer",
            "Tomcat started on port {} ({}) with context path '{}'",
            8080,
            "http",
            "",
        )
        t = E(
            pod,
            t + secs(r, 0.2, 0.5),
            "INFO",
            m,
            CTX,
            "Apache Camel {} ({}) is starting",
            CAMEL_VER,
            "orders-router",
        )
        t = E(
            pod,
            t + secs(r, 0.01, 0.03),
            "INFO",
            m,
            "org.apache.kafka.common.utils.AppInfoParser",
            "Kafka version: {}",
            "3.6.1",
        )
        t = E(
            pod,
            t + secs(r, 0.1, 0.3),
            "INFO",
            m,
            CTX,
            "Routes startup (started:{})",
            len(CAMEL_ROUTES),
        )
        for rid, uri in CAMEL_ROUTES:
            t = E(pod, t + secs(r, 0.001, 0.003), "INFO", m, CTX, "    Started {} ({})", rid, uri)
        t = E(
            pod,
            t + secs(r, 0.001, 0.005),
            "INFO",
            m,
            CTX,
            "Apache Camel {} ({}) started in {} (build:{} init:{} start:{})",
            CAMEL_VER,
            "orders-router",
            f"{r.randint(300, 600)}ms",
            "0ms",
            "0ms",
            f"{r.randint(300, 600)}ms",
        )
        t = E(
            pod,
            t + secs(r, 0.02, 0.06),
            "INFO",
            m,
            "com.example.orders.OrdersRouterApplication",
            "Started {} in {} seconds (process running for {})",
            "OrdersRouterApplication",
            f"{r.uniform(5, 7):.3f}",
            f"{r.uniform(7, 8):.3f}",
        )
        t = join(pod, t + secs(r, 0.5, 2), [3, 4, 5][pods.index(pod)])
        return t

    def join(pod: str, t: datetime, gen: int) -> datetime:
        parts = ["orders-0, orders-1, orders-2", "orders-3, orders-4, orders-5"][pods.index(pod)]
        NC = "org.apache.kafka.clients.consumer.internals.ConsumerCoordinator"
        t = E(
            pod,
            t,
            "INFO",
            KC,
            NC,
            "Discovered group coordinator {} (id: {} rack: {})",
            "kafka-1.kafka:9092",
            2147483646,
            "null",
            prefix=kc(pod),
        )
        t = E(
            pod,
            t + secs(r, 0.2, 3.0),
            "INFO",
            KC,
            NC,
            "Successfully joined group with generation {}",
            f"Generation{{generationId={gen}, memberId='consumer-orders-router-{pods.index(pod) + 1}-{uuid4(r)}', protocol='range'}}",
            prefix=kc(pod),
        )
        t = E(
            pod,
            t + secs(r, 0.001, 0.005),
            "INFO",
            KC,
            NC,
            "Adding newly assigned partitions: {}",
            parts,
            prefix=kc(pod),
        )
        for p in parts.split(", "):
            t = E(
                pod,
                t + secs(r, 0.001, 0.01),
                "INFO",
                KC,
                NC,
                "Setting offset for partition {} to the committed offset {}",
                p,
                f"FetchPosition{{offset={r.randint(100000, 900000)}, offsetEpoch=Optional[12], currentLeader=LeaderAndEpoch{{leader=Optional[kafka-{r.randint(0, 2)}.kafka:9092 (id: {r.randint(0, 2)} rack: null)], epoch=12}}}}",
                prefix=kc(pod),
            )
        return t

    def shutdown(pod: str, t: datetime) -> datetime:
        th = "tomcat-shutdown"
        t = E(
            pod,
            t,
            "INFO",
            "SpringApplicationShutdownHook",
            "org.springframework.boot.web.embedded.tomcat.GracefulShutdown",
            "Commencing graceful shutdown. Waiting for active requests to complete",
        )
        t = E(
            pod,
            t + secs(r, 0.01, 0.1),
            "INFO",
            th,
            "org.springframework.boot.web.embedded.tomcat.GracefulShutdown",
            "Graceful shutdown complete",
        )
        sh = "SpringApplicationShutdownHook"
        t = E(
            pod,
            t + secs(r, 0.05, 0.2),
            "INFO",
            sh,
            CTX,
            "Apache Camel {} ({}) is shutting down (timeout:{})",
            CAMEL_VER,
            "orders-router",
            "45s",
        )
        t = E(
            pod,
            t + secs(r, 0.2, 0.6),
            "INFO",
            sh,
            CTX,
            "Routes stopped (stopped:{})",
            len(CAMEL_ROUTES),
        )
        for rid, uri in CAMEL_ROUTES:
            t = E(pod, t + secs(r, 0.001, 0.003), "INFO", sh, CTX, "    Stopped {} ({})", rid, uri)
        return E(
            pod,
            t + secs(r, 0.001, 0.005),
            "INFO",
            sh,
            CTX,
            "Apache Camel {} ({}) shutdown in {} (uptime:{})",
            CAMEL_VER,
            "orders-router",
            f"{r.randint(200, 800)}ms",
            "3h59m",
        )

    starts = {p: boot(p, t0 + secs(r, 2, 15)) for p in pods}
    replace = at(10, 0, 4)
    gone = (replace, replace + timedelta(seconds=35))
    refused = (at(7, 20, 10), at(7, 28, 30))
    flaky = (at(7, 28, 30), at(7, 34, 0))
    roll = (at(9, 0, 20), at(9, 9, 0))
    channels = ["web", "web", "web", "app", "app", "pos", "partner"]
    oid = iter(range(884_100, 10_000_000))
    count = {p: 0 for p in pods}
    lastgroup = {p: starts[p] for p in pods}
    skus = ["SKU-1001", "SKU-1044", "SKU-2310", "SKU-2388", "SKU-3001", "SKU-4120", "SKU-5077"]
    for pod in pods:
        for t in poisson(r, starts[pod] + secs(r, 3, 10), t_end, 60.0):
            if pod == pods[1] and gone[0] - timedelta(seconds=2) <= t < gone[1] + timedelta(
                seconds=12
            ):
                continue
            if in_windows(t, [roll]) and r.random() < 0.6:
                continue
            o = next(oid)
            ch = r.choice(channels)
            ex = f"{hexid(r, 15).upper()}-{hexid(r, 16).upper()}"
            th = KC
            t = E(
                pod,
                t,
                "INFO",
                th,
                "order-intake",
                "Received order ${header.orderId} from ${header.channel}",
                o,
                ch,
            )
            body = f'{{"orderId":{o},"channel":"{ch}","lines":[{{"sku":"{r.choice(skus)}","qty":{r.randint(1, 4)}}}]}}'
            t = E(
                pod,
                t + secs(r, 0.001, 0.004),
                "INFO",
                th,
                "orders-audit",
                "Exchange[ExchangePattern: {}, BodyType: {}, Body: {}]",
                "InOnly",
                "String",
                body,
            )
            if in_windows(t, [refused, flaky]):
                if in_windows(t, [refused]):
                    kind = "refused"
                    exc = fill(CAMEL_ERRORS[kind][0], "inventory:8080", "inventory/10.96.41.7")
                else:
                    kind = r.choice(["timeout", "503", "503"])
                    exc = (
                        CAMEL_ERRORS[kind][0]
                        if kind == "timeout"
                        else fill(
                            CAMEL_ERRORS[kind][0], "http://inventory:8080/api/reservations", 503
                        )
                    )
                t2 = t + (secs(r, 3.0, 3.2) if kind != "timeout" else secs(r, 40, 41))
                hist = [h.format(r.randint(3000, 3200), 1, r.randint(0, 10)) for h in CAMEL_HISTORY]
                E(
                    pod,
                    t2,
                    "ERROR",
                    th,
                    "org.apache.camel.processor.errorhandler.DefaultErrorHandler",
                    CAMEL_FAILED,
                    ex,
                    ex,
                    4,
                    exc,
                    more=[*hist, exc, *CAMEL_ERRORS[kind][1]],
                    label=CAMEL_FAILED.replace("caught: {}", "caught: " + CAMEL_ERRORS[kind][0]),
                )
                continue
            t = E(
                pod,
                t + secs(r, 0.02, 0.3),
                "INFO",
                th,
                "reserve-stock",
                "Reserved stock for order ${header.orderId} (${header.lineCount} lines) in ${header.elapsed} ms",
                o,
                r.randint(1, 4),
                r.randint(12, 180),
            )
            count[pod] += 1
            if count[pod] % 100 == 0:
                took = int((t - lastgroup[pod]).total_seconds() * 1000)
                lastgroup[pod] = t
                E(
                    pod,
                    t + secs(r, 0.001, 0.003),
                    "INFO",
                    th,
                    "orders-throughput",
                    "Received: {} new messages, with total {} so far. Last group took: {} millis which is: {} messages per second. average: {}",
                    100,
                    count[pod],
                    took,
                    f"{100000 / took:.3f}",
                    f"{count[pod] * 1000 / ((t - starts[pod]).total_seconds() * 1000):.3f}",
                )
    # expire-reservations every two minutes on each pod
    for pod in pods:
        t = starts[pod] + secs(r, 1, 5)
        while t < t_end:
            if not (
                pod == pods[1]
                and gone[0] - timedelta(seconds=2) <= t < gone[1] + timedelta(seconds=12)
            ):
                th = "Camel (orders-router) thread #2 - timer://expire"
                t1 = E(
                    pod,
                    t,
                    "INFO",
                    th,
                    "expire-reservations",
                    "Expiring reservations older than ${header.cutoff}",
                    f"{t - timedelta(minutes=30):%Y-%m-%dT%H:%M:%S}Z",
                )
                n = r.choice([0, 0, 0, 1, 1, 2, 3, 5])
                if n:
                    E(
                        pod,
                        t1 + secs(r, 0.02, 0.2),
                        "INFO",
                        th,
                        "expire-reservations",
                        "Expired ${body.size} reservations",
                        n,
                    )
            t += timedelta(seconds=120) + secs(r, 0, 0.01)
    # partners' invoice files, on pod 0
    for t in poisson(r, at(6, 5), t_end, 300.0):
        th = "Camel (orders-router) thread #3 - file:///data/invoices/in"
        f = f"INV-{r.choice(['ACME', 'NORDWIND', 'KRAFT'])}-{r.randint(20000, 29999)}.xml"
        t = E(
            pods[0],
            t,
            "INFO",
            th,
            "invoice-files",
            "Processing invoice file ${header.CamelFileName} (${header.CamelFileLength} bytes)",
            f,
            r.randint(2000, 90000),
        )
        E(
            pods[0],
            t + secs(r, 0.1, 0.9),
            "INFO",
            th,
            "invoice-files",
            "Invoice ${header.invoiceNo} booked for ${header.partner}",
            r.randint(100000, 999999),
            f.split("-")[1].lower(),
        )
    # a partner's HTML instead of JSON
    for t in poisson(r, at(8, 10), at(8, 16), 25.0):
        pod = r.choice(pods)
        ex = f"{hexid(r, 15).upper()}-{hexid(r, 16).upper()}"
        exc = fill(CAMEL_ERRORS["json"][0], "<", 60)
        hist = [h.format(r.randint(1, 4), 0, 0) for h in CAMEL_HISTORY[:6]] + CAMEL_HISTORY[7:]
        cont = ' at [Source: (String)"<html><head><title>502 Bad Gateway</title></head>"; line: 1, column: 2]'
        E(
            pod,
            t,
            "ERROR",
            KC,
            "org.apache.camel.processor.errorhandler.DefaultErrorHandler",
            CAMEL_FAILED,
            ex,
            ex,
            1,
            exc,
            more=[cont, *hist, exc, cont, *CAMEL_ERRORS["json"][1]],
            label=CAMEL_FAILED.replace("caught: {}", "caught: " + CAMEL_ERRORS["json"][0]),
        )
    # the Kafka cluster rolls
    NCL = "org.apache.kafka.clients.NetworkClient"
    for pod in pods:
        for i, t in enumerate(poisson(r, roll[0], roll[0] + timedelta(minutes=6), 14.0)):
            b = i % 3
            if i % 2 == 0:
                E(pod, t, "INFO", KC, NCL, "Node {} disconnected.", b, prefix=kc(pod))
            else:
                E(
                    pod,
                    t,
                    "WARN",
                    KC,
                    NCL,
                    "Connection to node {} ({}) could not be established. Broker may not be available.",
                    b,
                    f"kafka-{b}.kafka/10.96.7.{20 + b}:9092",
                    prefix=kc(pod),
                )
        t = E(
            pod,
            roll[0] + timedelta(minutes=6) + secs(r, 1, 10),
            "INFO",
            KC,
            "org.apache.kafka.clients.consumer.internals.ConsumerCoordinator",
            "Request joining group due to: {}",
            "group is already rebalancing",
            prefix=kc(pod),
        )
        t = E(
            pod,
            t + secs(r, 0.01, 0.05),
            "INFO",
            KC,
            "org.apache.kafka.clients.consumer.internals.ConsumerCoordinator",
            "Revoke previously assigned partitions {}",
            ["orders-0, orders-1, orders-2", "orders-3, orders-4, orders-5"][pods.index(pod)],
            prefix=kc(pod),
        )
        join(pod, t + secs(r, 0.5, 2), 9)
    # pod 1 replaced
    shutdown(pods[1], gone[0])
    boot(pods[1], gone[1])
    return fs.logs(t0)


# --------------------------------------------------------------------------------- mule


def box(lines: list[str], width: int = 70) -> list[str]:
    """Mule's splash box: a row of stars, each line as `* text *` padded, a row of stars."""
    stars = "*" * width
    return [stars, *[f"* {x}".ljust(width - 1) + "*" for x in lines], stars]


MULE_FLOW = "post:\\orders:application\\json:orders-api-config"
MULE_GET = "get:\\orders\\(orderId):orders-api-config"
MULE_ERR_BOX = [
    "********************************************************************************",
    "Message               : {msg}",
    "Element               : {flow}/processors/{n} @ orders-api:orders-api.xml:{line} ({doc})",
    "Element DSL           : {dsl}",
    "Error type            : {etype}",
    "FlowStack             : at {flow}({flow}/processors/{n} @ orders-api:orders-api.xml:{line} ({doc}))",
    "",
    "  (set debug level logging or '-Dmule.verbose.exceptions=true' for everything)",
    "********************************************************************************",
]
MULE_ERRORS = {
    "refused": ("HTTP POST on resource '{}' failed: Connection refused.", "HTTP:CONNECTIVITY"),
    "timeout": ("HTTP POST on resource '{}' failed: Timeout exceeded.", "HTTP:TIMEOUT"),
    "503": (
        "HTTP POST on resource '{}' failed: service unavailable (503).",
        "HTTP:SERVICE_UNAVAILABLE",
    ),
    "db": ("Cannot get connection for URL {} : Communications link failure", "DB:CONNECTIVITY"),
    "bad": ('Error validating JSON. Error: - Missing required field "{}"', "APIKIT:BAD_REQUEST"),
}


def mule(r: random.Random) -> list[Log]:
    """A Mule 4.6 runtime (standalone, one server) running orders-api, 06:00 to 11:00:
    `mule_ee.log` (the container: the boot splash, deployment boxes, the status table) and
    `orders-api.log` (the application's log), both in Mule's log4j2 layout `%-5p %d [%t]
    [processor: %X{processorPath}; event: %X{correlationId}] %c: %m%n`. Orders are posted
    (the Logger's `Received order #[payload.orderId] ...`, stock reserved over HTTP, the order
    stored in MySQL), fetched; a scheduler syncs shipments every minute; a batch job imports
    products every hour. The inventory service refuses connections from 07:15 to 07:22 and then
    times out and answers 503 until 07:30; MySQL is unreachable from 08:05 to 08:11; a
    partner posts orders without a customer at 08:40 (APIKIT:BAD_REQUEST); the app is
    redeployed at 09:30 and the runtime restarted at 10:15. Each error goes through the default
    error handler's box (`Message : ...` and the rest on the lines under the head)."""
    fs = Files(1000)
    t0, t_end = at(6, 0), at(11, 0)
    ee, app = "mule_ee.log", "orders-api.log"
    LU = "org.mule.runtime.core.internal.logging.LogUtil"
    LMP = "org.mule.runtime.core.internal.processor.LoggerMessageProcessor"

    def E(
        f: str,
        t: datetime,
        lvl: str,
        thread: str,
        logger: str,
        tmpl: str,
        *vals: object,
        proc_path: str = "",
        event: str = "",
        more: list[str] | None = None,
        label: str | None = None,
    ) -> datetime:
        msg = fill(tmpl, *vals)

        def text(t: datetime) -> list[str]:
            ts = f"{t:%Y-%m-%d %H:%M:%S},{ms3(t)}"
            lines = f"{lvl:<5} {ts} [{thread}] [processor: {proc_path}; event: {event}] {logger}: {msg}".split(
                "\n"
            )
            return [*lines, *(more or [])]

        return fs.add(f, t, label or tmpl, text, proc="mule")

    def splash(
        f: str,
        t: datetime,
        title: str,
        rest: list[str],
        thread: str = "WrapperListener_start_runner",
        label: str | None = None,
    ) -> datetime:
        return E(f, t, "INFO", thread, LU, "", more=box([title, *rest]), label=label)

    def cpu(flow: str) -> str:
        return f"[MuleRuntime].uber.{r.randint(1, 12):02d}: [orders-api].{flow}.CPU_LITE @{hexid(r, 8)}"

    def corr() -> str:
        return f"{hexid(r, 8)}-{r.randint(0x2200, 0x22FF):04x}-11ef-{hexid(r, 4)}-0242ac120007"

    def boot(t: datetime) -> datetime:
        w = "WrapperListener_start_runner"
        t = splash(
            ee,
            t,
            "Mule Runtime and Integration Platform",
            [
                "Version: 4.6.4 Build: 4f3c7e1a",
                "MuleSoft, Inc.",
                "Mule Enterprise Edition",
                "Running on server: mule01.corp.example.com",
                "JDK: 17.0.11 (mixed mode, sharing)",
                "OS: Linux (5.15.0-107-generic, amd64)",
                "Host: mule01 (10.20.0.15)",
            ],
            label="Mule Runtime and Integration Platform",
        )
        t = E(
            ee,
            t + secs(r, 0.2, 0.6),
            "INFO",
            w,
            "com.mulesoft.licm.impl.AbstractLicenseManager",
            "Valid license key --> Evaluation = {}, Expiration Date = {}, Contact Name = {}, Contact Email Address = {}, Contact Telephone = {}, Contact Company = {}, Contact Country = {}, Entitlements = {}",
            "false",
            "Fri Feb 28 00:00:00 UTC 2025",
            "Integration Team",
            "integration@example.com",
            "+49 30 1234567",
            "Example Retail GmbH",
            "DE",
            "clustering,gateway,batch",
        )
        t = E(
            ee,
            t + secs(r, 1, 3),
            "INFO",
            w,
            "org.mule.runtime.module.deployment.internal.DefaultArchiveDeployer",
            "Deploying artifact '{}'",
            "default",
        )
        t = splash(
            ee, t + secs(r, 0.5, 1.5), "Started domain 'default'", [], label="Started domain '%s'"
        )
        t = deploy(t + secs(r, 0.2, 0.5), "ArtifactDeployer.start")
        t = splash(
            ee,
            t + secs(r, 0.2, 0.6),
            "Mule is up and kicking (every 5000ms)",
            [],
            label="Mule is up and kicking (every %dms)",
        )
        return E(
            ee,
            t + secs(r, 0.01, 0.05),
            "INFO",
            w,
            "org.mule.runtime.module.deployment.internal.StartupSummaryDeploymentListener",
            "",
            more=[
                "**********************************************************************",
                "*              - - + DOMAIN + - -               * - - + STATUS + - - *",
                "**********************************************************************",
                "* default                                        * DEPLOYED           *",
                "**********************************************************************",
                "",
                "*******************************************************************************************************",
                "*            - - + APPLICATION + - -            *       - - + DOMAIN + - -       * - - + STATUS + - - *",
                "*******************************************************************************************************",
                "* orders-api                                    * default                        * DEPLOYED           *",
                "*******************************************************************************************************",
            ],
            label="DOMAIN + STATUS / APPLICATION + DOMAIN + STATUS table",
        )

    def deploy(t: datetime, w: str) -> datetime:
        t = splash(ee, t, "New app 'orders-api'", [], thread=w, label="New app '%s'")
        t = E(
            app,
            t + secs(r, 0.5, 1.5),
            "INFO",
            w,
            "org.mule.runtime.core.internal.config.ConfigurationProvider",
            "Loading configuration properties from {}",
            "config/prod.yaml",
        )
        t = splash(
            app,
            t + secs(r, 0.5, 1.0),
            "Initializing app 'orders-api'",
            [],
            thread=w,
            label="Initializing app '%s'",
        )
        t = E(
            app,
            t + secs(r, 0.5, 1.0),
            "INFO",
            w,
            "org.mule.extension.db.internal.domain.connection.DbConnectionProvider",
            "Creating data source for config '{}'",
            "MySQL_Config",
        )
        t = splash(
            app,
            t + secs(r, 0.5, 1.0),
            "Starting app 'orders-api'",
            [],
            thread=w,
            label="Starting app '%s'",
        )
        t = E(
            app,
            t + secs(r, 0.2, 0.5),
            "INFO",
            w,
            "org.mule.service.http.impl.service.server.grizzly.GrizzlyServerManager",
            "Listening for connections on '{}'",
            "http://0.0.0.0:8081",
        )
        t = E(
            app,
            t + secs(r, 0.1, 0.3),
            "INFO",
            w,
            "org.mule.runtime.core.privileged.processor.chain.AbstractMessageProcessorChain",
            "Flow '{}' started",
            "sync-shipments-flow",
        )
        t = E(
            app,
            t + secs(r, 0.01, 0.05),
            "INFO",
            w,
            "org.mule.module.apikit.Router",
            "APIKit Router '{}' started using Parser: {}",
            "orders-api-config",
            "AMF",
        )
        return splash(
            ee,
            t + secs(r, 0.1, 0.4),
            "Started app 'orders-api'",
            [
                "Application plugins:",
                " - Sockets : 1.2.4",
                " - HTTP : 1.9.1",
                " - Database : 1.14.9",
                " - APIKit : 1.10.4",
                " - Batch : 4.6.4",
                "Application libraries:",
                " - mysql-connector-j-8.3.0.jar",
            ],
            thread=w,
            label="Started app '%s'",
        )

    def undeploy(t: datetime, w: str) -> datetime:
        t = splash(ee, t, "Stopping app 'orders-api'", [], thread=w, label="Stopping app '%s'")
        t = E(
            app,
            t + secs(r, 0.1, 0.5),
            "INFO",
            w,
            "org.mule.service.http.impl.service.server.grizzly.GrizzlyServerManager",
            "Stopped listener on '{}'",
            "http://0.0.0.0:8081",
        )
        t = splash(
            ee,
            t + secs(r, 0.3, 1.0),
            "Stopped app 'orders-api'",
            [],
            thread=w,
            label="Stopped app '%s'",
        )
        return splash(
            ee,
            t + secs(r, 0.1, 0.3),
            "Undeploying app 'orders-api'",
            [],
            thread=w,
            label="Undeploying app '%s'",
        )

    def error_box(t: datetime, flow: str, kind: str, val: object, ev: str, th: str) -> datetime:
        tmpl, etype = MULE_ERRORS[kind]
        n, line, doc, dsl = {
            "db": (
                3,
                31,
                "Insert order",
                '<db:insert doc:name="Insert order" config-ref="MySQL_Config"></db:insert>',
            ),
            "bad": (
                0,
                12,
                "APIkit Router",
                '<apikit:router config-ref="orders-api-config" doc:name="APIkit Router"></apikit:router>',
            ),
        }.get(
            kind,
            (
                2,
                24,
                "Reserve stock",
                '<http:request method="POST" doc:name="Reserve stock" config-ref="Inventory_HTTP" path="/api/reserve"></http:request>',
            ),
        )
        f = "orders-api-main" if kind == "bad" else flow
        lines = [
            x.format(msg=fill(tmpl, val), flow=f, n=n, line=line, doc=doc, dsl=dsl, etype=etype)
            for x in MULE_ERR_BOX
        ]
        return E(
            app,
            t,
            "ERROR",
            th,
            "org.mule.runtime.core.internal.exception.OnErrorPropagateHandler",
            "",
            proc_path=f"{f}/processors/{n}",
            event=ev,
            more=lines,
            label=tmpl,
        )

    t = boot(t0 + secs(r, 3, 8))
    inv_refused = (at(7, 15, 5), at(7, 22, 40))
    inv_flaky = (at(7, 22, 40), at(7, 30, 10))
    db_down = (at(8, 5, 30), at(8, 11, 20))
    bad = (at(8, 40), at(8, 47))
    redeploy = at(9, 30, 12)
    rd_gap = (redeploy, redeploy + timedelta(seconds=25))
    restart = at(10, 15, 2)
    rs_gap = (restart, restart + timedelta(seconds=70))
    oid = iter(range(5_120_000, 10_000_000))
    recent: list[int] = []
    url = "http://inventory.internal:8081/api/reserve"
    start = t + secs(r, 5, 10)
    for t in poisson(r, start, t_end, 16.0):
        if in_windows(t, [rd_gap, rs_gap]):
            continue
        ev = corr()
        if r.random() < 0.3 and recent:
            o = r.choice(recent[-40:])
            E(
                app,
                t,
                "INFO",
                cpu(MULE_GET),
                LMP,
                "Fetching order #[attributes.uriParams.orderId]",
                o,
                proc_path=f"{MULE_GET}/processors/0",
                event=ev,
            )
            continue
        if in_windows(t, [bad]) and r.random() < 0.5:
            error_box(
                t + secs(r, 0.01, 0.05), MULE_FLOW, "bad", "customerId", ev, cpu("orders-api-main")
            )
            continue
        o = next(oid)
        th = cpu(MULE_FLOW)
        t = E(
            app,
            t,
            "INFO",
            th,
            LMP,
            "Received order #[payload.orderId] for customer #[payload.customerId] with #[sizeOf(payload.lines)] lines",
            o,
            f"C-{r.randint(1000, 9999)}",
            r.randint(1, 5),
            proc_path=f"{MULE_FLOW}/processors/0",
            event=ev,
        )
        if in_windows(t, [inv_refused]):
            error_box(t + secs(r, 0.01, 0.05), MULE_FLOW, "refused", url, ev, th)
            continue
        if in_windows(t, [inv_flaky]) and r.random() < 0.6:
            k = r.choice(["timeout", "503"])
            error_box(
                t + (secs(r, 10, 10.1) if k == "timeout" else secs(r, 0.1, 0.4)),
                MULE_FLOW,
                k,
                url,
                ev,
                th,
            )
            continue
        if in_windows(t, [db_down]):
            error_box(
                t + secs(r, 0.2, 0.6),
                MULE_FLOW,
                "db",
                "jdbc:mysql://mysql01.internal:3306/orders",
                ev,
                th,
            )
            continue
        recent.append(o)
        E(
            app,
            t + secs(r, 0.1, 0.5),
            "INFO",
            th,
            LMP,
            "Order #[vars.orderId] stored with status #[vars.status]",
            o,
            r.choice(["RESERVED", "RESERVED", "RESERVED", "BACKORDERED"]),
            proc_path=f"{MULE_FLOW}/processors/4",
            event=ev,
        )
    # the scheduler's shipment sync, every minute
    t = at(6, 1, 0)
    while t < t_end:
        if not in_windows(t, [rd_gap, rs_gap]):
            ev = corr()
            th = f"[MuleRuntime].uber.{r.randint(1, 12):02d}: [orders-api].sync-shipments-flow.CPU_LITE @{hexid(r, 8)}"
            n = r.choice([0, 0, 1, 2, 3, 4, 6])
            t1 = E(
                app,
                t + secs(r, 0, 0.05),
                "INFO",
                th,
                LMP,
                "Fetched #[sizeOf(payload)] shipment updates from carrier",
                n,
                proc_path="sync-shipments-flow/processors/1",
                event=ev,
            )
            if n:
                E(
                    app,
                    t1 + secs(r, 0.1, 0.6),
                    "INFO",
                    th,
                    LMP,
                    "Updated #[vars.updated] orders to SHIPPED",
                    n,
                    proc_path="sync-shipments-flow/processors/3",
                    event=ev,
                )
        t += timedelta(seconds=60)
    # the hourly product import batch
    BE = "com.mulesoft.mule.runtime.module.batch.internal.engine.DefaultBatchEngine"
    for h in range(6, 11):
        t = at(h, 30, 0) + secs(r, 0, 0.1)
        inst = uuid4(r)[:23]
        ev = corr()
        th = f"[MuleRuntime].uber.{r.randint(1, 12):02d}: [orders-api].import-products-flow.BLOCKING @{hexid(r, 8)}"
        n = r.randint(180, 320)
        t = E(
            app,
            t,
            "INFO",
            th,
            BE,
            "Created instance '{}' for batch job '{}'",
            inst,
            "import-products",
            event=ev,
        )
        t = E(
            app,
            t + secs(r, 0.5, 2),
            "INFO",
            th,
            BE,
            "Finished loading phase for instance {} of job {}. {} records were loaded",
            inst,
            "import-products",
            n,
            event=ev,
        )
        t = E(
            app,
            t + secs(r, 0.01, 0.1),
            "INFO",
            th,
            BE,
            "Started execution of instance '{}' of job '{}'",
            inst,
            "import-products",
            event=ev,
        )
        failed = r.choice([0, 0, 0, 2, 5])
        for step in ("upsert-products", "publish-prices"):
            t = E(
                app,
                t + secs(r, 5, 20),
                "INFO",
                th,
                BE,
                "Step {} finished processing all records for instance {} of job {}",
                step,
                inst,
                "import-products",
                event=ev,
            )
        t = E(
            app,
            t + secs(r, 0.01, 0.1),
            "INFO",
            th,
            BE,
            "Starting execution of onComplete for instance {} of job {}",
            inst,
            "import-products",
            event=ev,
        )
        t = E(
            app,
            t + secs(r, 0.05, 0.3),
            "INFO",
            th,
            LMP,
            "Product import finished: #[payload.successfulRecords] ok, #[payload.failedRecords] failed",
            n - failed,
            failed,
            event=ev,
        )
        t = E(
            app,
            t + secs(r, 0.01, 0.05),
            "INFO",
            th,
            BE,
            "Finished execution of onComplete for instance {} of job {}",
            inst,
            "import-products",
            event=ev,
        )
        E(
            app,
            t + secs(r, 0.01, 0.05),
            "INFO",
            th,
            BE,
            "Finished execution for instance '{}' of job '{}'. Total Records processed: {}. Successful records: {}. Failed Records: {}",
            inst,
            "import-products",
            n,
            n - failed,
            failed,
            event=ev,
        )
    # the redeploy and the restart
    t = E(
        ee,
        redeploy,
        "INFO",
        "Mule.app.deployer.monitor.1.thread.1",
        "org.mule.runtime.module.deployment.internal.DefaultArchiveDeployer",
        "Redeploying artifact '{}'",
        "orders-api",
    )
    t = undeploy(t + secs(r, 0.1, 0.3), "Mule.app.deployer.monitor.1.thread.1")
    deploy(t + secs(r, 2, 5), "Mule.app.deployer.monitor.1.thread.1")
    t = E(
        ee,
        restart,
        "INFO",
        "WrapperListener_stop_runner",
        "org.mule.runtime.module.launcher.MuleContainer",
        "Mule Container stopping...",
    )
    t = undeploy(t + secs(r, 0.1, 0.3), "WrapperListener_stop_runner")
    t = splash(
        ee,
        t + secs(r, 0.5, 1.5),
        "Mule Container halted",
        [],
        thread="WrapperListener_stop_runner",
        label="Mule Container halted",
    )
    boot(rs_gap[1] - secs(r, 20, 30))
    return fs.logs(t0)


# --------------------------------------------------------------------------------- karaf

KARAF_BUNDLES = {
    "FeaturesServiceImpl": (11, "org.apache.karaf.features.core", "4.4.6"),
    "BlueprintContainerImpl": (78, "org.apache.aries.blueprint.core", "1.10.3"),
    "BlueprintExtender": (78, "org.apache.aries.blueprint.core", "1.10.3"),
    "SecurityUtils": (16, "org.apache.sshd.osgi", "2.12.1"),
    "ServerSession": (16, "org.apache.sshd.osgi", "2.12.1"),
    "DirectoryWatcher": (9, "org.apache.felix.fileinstall", "3.7.4"),
    "Server": (182, "org.eclipse.jetty.server", "9.4.54.v20240208"),
    "AbstractConnector": (182, "org.eclipse.jetty.server", "9.4.54.v20240208"),
    "ServerImpl": (144, "org.apache.cxf.cxf-core", "3.6.3"),
    "HikariPool": (120, "com.zaxxer.HikariCP", "5.1.0"),
    "PoolBase": (120, "com.zaxxer.HikariCP", "5.1.0"),
    "Framework": (0, "org.apache.felix.framework", "7.0.5"),
    "Main": (0, "org.apache.felix.framework", "7.0.5"),
}
KARAF_APP = ["api", "mqtt", "ingest", "alarms", "rest"]
KARAF_PSQL = "Connection to db.plant.local:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections."


def karaf(r: random.Random) -> list[Log]:
    """Apache Karaf 4.4.6 as a plant's IoT gateway (`karaf.log`, the default pax-logging
    layout `%d{ISO8601} | %-5.5p | %-16.16t | %-32.32c{1} | %X{bundle.id} - %X{bundle.name} -
    %X{bundle.version} | %m%n`), 06:00 to 11:00. The gateway's bundles (com.example.gateway.*)
    take sensor readings over MQTT, store them in PostgreSQL through a HikariCP pool, raise
    alarms and answer a CXF REST API. Karaf starts at 06:00 (blueprint containers, Jetty, CXF);
    PostgreSQL is unreachable from 07:15 to 07:22; the MQTT broker restarts at 08:00; an admin
    upgrades the gateway feature over SSH at 08:40 (the feature service's plan, one line a
    call); a broken bundle is dropped into deploy/ at 09:20; Karaf is restarted at 10:00."""
    fs = Files(1000)
    t0, t_end = at(6, 0), at(11, 0)
    ver = {"v": "1.7.0"}

    def E(
        t: datetime,
        lvl: str,
        thread: str,
        cls: str,
        tmpl: str,
        *vals: object,
        bundle: tuple[int, str, str] | None = None,
        more: list[str] | None = None,
        label: str | None = None,
    ) -> datetime:
        b = bundle or KARAF_BUNDLES[cls]
        msg = fill(tmpl, *vals)

        def text(t: datetime) -> list[str]:
            ts = f"{t:%Y-%m-%dT%H:%M:%S},{ms3(t)}"
            lines = f"{ts} | {lvl:<5.5} | {thread[-16:]:<16} | {cls[-32:]:<32} | {b[0]} - {b[1]} - {b[2]} | {msg}".split(
                "\n"
            )
            return [*lines, *(more or [])]

        return fs.add("karaf.log", t, label or tmpl, text, proc="karaf")

    def gw(name: str) -> tuple[int, str, str]:
        return (210 + KARAF_APP.index(name), f"com.example.gateway.{name}", ver["v"])

    BLUEPRINTS = [
        ("org.apache.karaf.shell.core", "4.4.6"),
        ("org.apache.karaf.jaas.modules", "4.4.6"),
        ("org.apache.karaf.management.server", "4.4.6"),
        ("org.apache.aries.jmx.blueprint.core", "1.2.0"),
        ("org.apache.cxf.cxf-rt-transports-http", "3.6.3"),
        ("org.apache.karaf.jdbc.core", "4.4.6"),
    ]

    def boot(t: datetime) -> datetime:
        fsl = "FelixStartLevel"
        t = E(
            t,
            "INFO",
            fsl,
            "SecurityUtils",
            "BouncyCastle not registered, using the default JCE provider",
        )
        for sym, v in BLUEPRINTS:
            t = E(
                t + secs(r, 0.05, 0.4),
                "INFO",
                fsl,
                "BlueprintContainerImpl",
                "Blueprint bundle {}/{} has been started",
                sym,
                v,
            )
        t = E(
            t + secs(r, 0.1, 0.4),
            "INFO",
            "paxweb-config-1-thread-1",
            "Server",
            "jetty-{}; built: {}; git: {}; jvm {}",
            "9.4.54.v20240208",
            "2024-02-08T19:42:39.027Z",
            "cef3fbd6d736a21e7d541a5db490381d95a2047d",
            "17.0.11+9",
        )
        t = E(
            t + secs(r, 0.05, 0.2),
            "INFO",
            "paxweb-config-1-thread-1",
            "AbstractConnector",
            "Started {}",
            f"ServerConnector@{hexid(r, 8)}{{HTTP/1.1, (http/1.1)}}{{0.0.0.0:8181}}",
        )
        t = E(
            t + secs(r, 0.01, 0.05),
            "INFO",
            "paxweb-config-1-thread-1",
            "Server",
            "Started @{}ms",
            r.randint(3500, 6000),
        )
        for name in KARAF_APP:
            if name == "ingest":
                t = E(
                    t + secs(r, 0.01, 0.05),
                    "INFO",
                    fsl,
                    "BlueprintContainerImpl",
                    "Blueprint bundle {}/{} is waiting for dependencies {}",
                    f"com.example.gateway.{name}",
                    ver["v"],
                    "[(objectClass=javax.sql.DataSource)]",
                )
            t = E(
                t + secs(r, 0.05, 0.4),
                "INFO",
                fsl,
                "BlueprintContainerImpl",
                "Blueprint bundle {}/{} has been started",
                f"com.example.gateway.{name}",
                ver["v"],
            )
            if name == "rest":
                t = E(
                    t + secs(r, 0.01, 0.05),
                    "INFO",
                    fsl,
                    "ServerImpl",
                    "Setting the server's publish address to be {}",
                    "/gateway/v1",
                )
            if name == "mqtt":
                t = E(
                    t + secs(r, 0.2, 0.8),
                    "INFO",
                    "MQTT Call: gateway-01",
                    "MqttConnector",
                    "Connected to MQTT broker {} as {}",
                    "tcp://mqtt.plant.local:1883",
                    "gateway-01",
                    bundle=gw("mqtt"),
                )
        return E(
            t + secs(r, 0.2, 0.6),
            "INFO",
            "FelixStartLevel",
            "Main",
            "Karaf started in {}s. Bundle stats: {} active, {} total",
            r.randint(4, 7),
            214,
            214,
        )

    def stop(t: datetime) -> datetime:
        t = E(
            t,
            "INFO",
            "Karaf Shutdown Socket",
            "Main",
            "Karaf shutdown socket: received shutdown command. Stopping framework...",
        )
        for name in reversed(KARAF_APP):
            t = E(
                t + secs(r, 0.02, 0.1),
                "INFO",
                "FelixStartLevel",
                "BlueprintExtender",
                "Destroying container for blueprint bundle {}/{}",
                f"com.example.gateway.{name}",
                ver["v"],
            )
        t = E(
            t + secs(r, 0.05, 0.2),
            "INFO",
            "paxweb-config-1-thread-1",
            "AbstractConnector",
            "Stopped {}",
            f"ServerConnector@{hexid(r, 8)}{{HTTP/1.1, (http/1.1)}}{{0.0.0.0:8181}}",
        )
        for sym, v in reversed(BLUEPRINTS):
            t = E(
                t + secs(r, 0.02, 0.1),
                "INFO",
                "FelixStartLevel",
                "BlueprintExtender",
                "Destroying container for blueprint bundle {}/{}",
                sym,
                v,
            )
        return t

    t = boot(t0 + secs(r, 2, 5))
    db_down = (at(7, 15, 20), at(7, 22, 5))
    mqtt_down = (at(8, 0, 10), at(8, 3, 40))
    upgrade = at(8, 40, 15)
    restart = at(10, 0, 5)
    gap = (restart, restart + timedelta(seconds=40))
    up_gap = (upgrade + timedelta(seconds=3), upgrade + timedelta(seconds=12))
    devices = [f"plc-{a}-{n:02d}" for a in ("press", "oven", "pack") for n in range(1, 9)]
    start = t + secs(r, 2, 5)
    for t in poisson(r, start, t_end, 13.0):
        if in_windows(t, [gap, mqtt_down, up_gap]):
            continue
        E(
            t,
            "INFO",
            "MQTT Call: gateway-01",
            "TelemetryListener",
            "Received {} readings from device {}",
            r.randint(4, 24),
            r.choice(devices),
            bundle=gw("mqtt"),
        )
        if r.random() < 0.04:
            d = r.choice(devices)
            E(
                t + secs(r, 0.001, 0.01),
                "WARN",
                "alarm-dispatcher-1",
                "AlarmService",
                "Threshold exceeded on {} sensor {}: {} > {}",
                d,
                r.choice(["temp", "pressure", "vibration"]),
                f"{r.uniform(80, 99):.1f}",
                "80.0",
                bundle=gw("alarms"),
            )
    # the batch writer, every 30 s
    t = at(6, 0, 30)
    while t < t_end:
        if not in_windows(t, [gap, up_gap]):
            n = r.randint(40, 260)
            if in_windows(t, [db_down]):
                E(
                    t,
                    "ERROR",
                    "ingest-writer-1",
                    "ReadingRepository",
                    "Failed to store batch of {} readings",
                    n,
                    bundle=gw("ingest"),
                    more=[
                        f"org.postgresql.util.PSQLException: {KARAF_PSQL}",
                        *JDBC_STACK,
                        "\tat com.zaxxer.hikari.pool.PoolBase.newConnection(PoolBase.java:361)",
                        "\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:186)",
                        "\tat com.example.gateway.ingest.ReadingRepository.storeBatch(ReadingRepository.java:77)",
                        "Caused by: java.net.ConnectException: Connection refused",
                        "\tat java.base/sun.nio.ch.Net.pollConnect(Native Method)",
                        "\t... 14 more",
                    ],
                )
            else:
                E(
                    t,
                    "INFO",
                    "ingest-writer-1",
                    "ReadingRepository",
                    "Stored batch of {} readings in {} ms",
                    n,
                    r.randint(6, 90),
                    bundle=gw("ingest"),
                )
        t += timedelta(seconds=30) + secs(r, 0, 0.02)
    # REST lookups by the MES
    for t in poisson(r, at(6, 2), t_end, 40.0):
        if not in_windows(t, [gap, up_gap]):
            E(
                t,
                "INFO",
                f"qtp{r.randint(10**8, 10**9)}-{r.randint(60, 90)}",
                "DeviceResource",
                "Device {} looked up by {}",
                r.choice(devices),
                r.choice(["mes01", "mes02", "grafana"]),
                bundle=gw("rest"),
            )
    # devices going offline and back
    for t in poisson(r, at(6, 10), t_end, 900.0):
        d = r.choice(devices)
        E(
            t,
            "WARN",
            "device-watchdog",
            "DeviceRegistry",
            "Device {} went offline (last seen {} s ago)",
            d,
            r.randint(60, 180),
            bundle=gw("api"),
        )
        E(
            t + secs(r, 60, 400),
            "INFO",
            "MQTT Call: gateway-01",
            "DeviceRegistry",
            "Device {} is back online",
            d,
            bundle=gw("api"),
        )
    # PostgreSQL unreachable: Hikari's validation first
    for _ in range(3):
        E(
            db_down[0] + secs(r, 0.1, 3),
            "WARN",
            "ingest-writer-1",
            "PoolBase",
            "{} - Failed to validate connection {} ({}). Possibly consider using a shorter maxLifetime value.",
            "HikariPool-1",
            f"org.postgresql.jdbc.PgConnection@{hexid(r, 8)}",
            "This connection has been closed.",
        )
    # the MQTT broker restart
    t = E(
        mqtt_down[0],
        "WARN",
        "MQTT Rec: gateway-01",
        "MqttConnector",
        "Connection to MQTT broker lost: {}",
        "Connection lost",
        bundle=gw("mqtt"),
        more=[
            "org.eclipse.paho.client.mqttv3.MqttException: Connection lost",
            "\tat org.eclipse.paho.client.mqttv3.internal.CommsReceiver.run(CommsReceiver.java:197)",
            "\tat java.base/java.lang.Thread.run(Thread.java:1583)",
            "Caused by: java.io.EOFException",
            "\tat java.base/java.io.DataInputStream.readByte(DataInputStream.java:273)",
            "\t... 1 more",
        ],
        label="Connection to MQTT broker lost: Connection lost",
    )
    n = 0
    while t < mqtt_down[1]:
        n += 1
        t = E(
            t + timedelta(seconds=min(2**n, 30)) + secs(r, 0, 0.5),
            "INFO",
            "MQTT Ping: gateway-01",
            "MqttConnector",
            "Reconnecting to {} (attempt {})",
            "tcp://mqtt.plant.local:1883",
            n,
            bundle=gw("mqtt"),
        )
    E(
        t + secs(r, 0.1, 0.5),
        "INFO",
        "MQTT Call: gateway-01",
        "MqttConnector",
        "Connected to MQTT broker {} as {}",
        "tcp://mqtt.plant.local:1883",
        "gateway-01",
        bundle=gw("mqtt"),
    )
    # the upgrade over SSH
    th = "pipe-feature:install"
    t = E(
        upgrade - secs(r, 30, 60),
        "INFO",
        "sshd-SshServer[5f2e8a1c](port=8101)-nio2-thread-3",
        "ServerSession",
        "Session {}@{} authenticated",
        "admin",
        "/10.20.0.44:51872",
    )
    t = E(
        upgrade,
        "INFO",
        th,
        "FeaturesServiceImpl",
        "Adding features: {}",
        "gateway-core/[1.8.0,1.8.0]",
    )
    t = E(t + secs(r, 0.5, 1.5), "INFO", th, "FeaturesServiceImpl", "Changes to perform:")
    t = E(t + secs(r, 0.001, 0.003), "INFO", th, "FeaturesServiceImpl", "  Region: {}", "root")
    t = E(t + secs(r, 0.001, 0.003), "INFO", th, "FeaturesServiceImpl", "    Bundles to update:")
    for name in KARAF_APP:
        t = E(
            t + secs(r, 0.001, 0.003),
            "INFO",
            th,
            "FeaturesServiceImpl",
            "      {}/{} with {}",
            f"com.example.gateway.{name}",
            "1.7.0",
            f"mvn:com.example.gateway/gateway-{name}/1.8.0",
        )
    t = E(t + secs(r, 0.001, 0.003), "INFO", th, "FeaturesServiceImpl", "Stopping bundles:")
    for name in KARAF_APP:
        t = E(
            t + secs(r, 0.001, 0.01),
            "INFO",
            th,
            "FeaturesServiceImpl",
            "  {}/{}",
            f"com.example.gateway.{name}",
            "1.7.0",
        )
    for name in reversed(KARAF_APP):
        t = E(
            t + secs(r, 0.01, 0.05),
            "INFO",
            th,
            "BlueprintExtender",
            "Destroying container for blueprint bundle {}/{}",
            f"com.example.gateway.{name}",
            "1.7.0",
        )
    t = E(t + secs(r, 0.01, 0.05), "INFO", th, "FeaturesServiceImpl", "Updating bundles:")
    for name in KARAF_APP:
        t = E(
            t + secs(r, 0.05, 0.3),
            "INFO",
            th,
            "FeaturesServiceImpl",
            "  {}/{} with {}",
            f"com.example.gateway.{name}",
            "1.7.0",
            f"mvn:com.example.gateway/gateway-{name}/1.8.0",
        )
    ver["v"] = "1.8.0"
    t = E(t + secs(r, 0.01, 0.05), "INFO", th, "FeaturesServiceImpl", "Refreshing bundles:")
    for name in KARAF_APP:
        t = E(
            t + secs(r, 0.001, 0.01),
            "INFO",
            th,
            "FeaturesServiceImpl",
            "    {}/{} ({})",
            f"com.example.gateway.{name}",
            "1.8.0",
            "Wired to com.example.gateway.api/1.7.0 which is being refreshed",
        )
    t = E(t + secs(r, 0.1, 0.4), "INFO", th, "FeaturesServiceImpl", "Starting bundles:")
    for name in KARAF_APP:
        t = E(
            t + secs(r, 0.01, 0.05),
            "INFO",
            th,
            "FeaturesServiceImpl",
            "  {}/{}",
            f"com.example.gateway.{name}",
            "1.8.0",
        )
        t = E(
            t + secs(r, 0.05, 0.3),
            "INFO",
            th,
            "BlueprintContainerImpl",
            "Blueprint bundle {}/{} has been started",
            f"com.example.gateway.{name}",
            "1.8.0",
        )
    t = E(t + secs(r, 0.01, 0.05), "INFO", th, "FeaturesServiceImpl", "Done.")
    # a broken bundle dropped into deploy/
    fi = "fileinstall-/opt/karaf/deploy"
    t = E(
        at(9, 20, 7),
        "INFO",
        fi,
        "DirectoryWatcher",
        "Installing bundle {} / {}",
        "com.example.gateway.export",
        "1.0.0",
    )
    t = E(
        t + secs(r, 0.05, 0.2),
        "ERROR",
        "FelixDispatchQueue",
        "Framework",
        "FrameworkEvent ERROR",
        more=[
            "org.osgi.framework.BundleException: Unable to resolve com.example.gateway.export [231](R 231.0): missing requirement [com.example.gateway.export [231](R 231.0)] osgi.wiring.package; (&(osgi.wiring.package=org.apache.commons.csv)(version>=1.10.0)(!(version>=2.0.0))) Unresolved requirements: [[com.example.gateway.export [231](R 231.0)] osgi.wiring.package; (&(osgi.wiring.package=org.apache.commons.csv)(version>=1.10.0)(!(version>=2.0.0)))]",
            *jframes(
                "org.apache.felix.framework.Felix.resolveBundleRevision(Felix.java:4398)",
                "org.apache.felix.framework.Felix.startBundle(Felix.java:2308)",
                "org.apache.felix.framework.BundleImpl.start(BundleImpl.java:1006)",
                "org.apache.felix.fileinstall.internal.DirectoryWatcher.startBundle(DirectoryWatcher.java:1260)",
                "org.apache.felix.fileinstall.internal.DirectoryWatcher.run(DirectoryWatcher.java:316)",
            ),
        ],
    )
    t = E(
        t + secs(r, 0.01, 0.05),
        "WARN",
        fi,
        "DirectoryWatcher",
        "Error while starting bundle: {}",
        "file:/opt/karaf/deploy/gateway-export-1.0.0.jar",
        more=[
            "org.osgi.framework.BundleException: Unable to resolve com.example.gateway.export [231](R 231.0): missing requirement [com.example.gateway.export [231](R 231.0)] osgi.wiring.package; (&(osgi.wiring.package=org.apache.commons.csv)(version>=1.10.0)(!(version>=2.0.0)))",
            *jframes(
                "org.apache.felix.framework.Felix.resolveBundleRevision(Felix.java:4398)",
                "org.apache.felix.framework.Felix.startBundle(Felix.java:2308)",
                "org.apache.felix.fileinstall.internal.DirectoryWatcher.startBundle(DirectoryWatcher.java:1260)",
            ),
        ],
    )
    E(
        at(9, 31, 2),
        "INFO",
        fi,
        "DirectoryWatcher",
        "Updating configuration from {}",
        "com.example.gateway.ingest.cfg",
    )
    # the restart
    t = stop(restart)
    boot(gap[1])
    return fs.logs(t0)


SYSTEMS = {
    "weblogic": weblogic,
    "websphere-liberty": websphere_liberty,
    "camel": camel,
    "mule": mule,
    "karaf": karaf,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
