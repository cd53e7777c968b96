#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 173 (glassfish, apache-james, apereo-cas, openam,
jasperreports-server) into bench/heldout/, the same way and under the same label rules as
generate.py (bench/README.md, "heldout.py"): each program's log is simulated from its format
strings over a seeded run, and every line that starts an event is labelled with the format
string that wrote it as it is written. Distinct calls of one process never share a timestamp
at the log's resolution (round 53's Clock, kept per process and per file). Five Java servers,
06:00 to 12:00 on 2024-06-07. Payara, GlassFish's fork, is in the set (`payara`, Payara 6's
ODL layout), so GlassFish here is 3.1.2.2 and writes its own default, the Uniform Log Format.

- GlassFish Server Open Source Edition 3.1.2.2 (`app1-server.log`, `app2-server.log`: two
  instances' server.log in ULF, `[#|2024-06-07T06:00:01.123+0000|INFO|glassfish3.1.2|logger|
  _ThreadID=95;_ThreadName=http-thread-pool-8080(3);|message|#]` and a blank line after each
  record; a record with an exception ends with the stack and `|#]` on a line of its own):
  start-up (`Running GlassFish Version: %s`, `Grizzly Framework %s started in: %sms - bound to
  [%s]`, the startup time line, JMX005, SEC1143, SEC1115 per realm, WEB0169, WEB0171, EclipseLink's
  `EclipseLink, version: %s` and `%s login successful`, WEB0671, CORE10010) for app1 at 05:59
  and app2 twice, app2's shutdown at 09:03 (`Server shutdown initiated`, `%s logout
  successful`, `Shutdown procedure finished`, `[%s] exiting`); the shop application's own JUL
  lines (`Order %s placed by %s: %s item(s), total %s EUR`, `Abandoned cart sweep removed %s
  carts` from an EJB timer on app1) and a singleton's System.out (`StockCache refreshed: %s
  SKUs in %s ms`, logger `javax.enterprise.system.std...`); a legacy form's PWC4011 (the
  encoding set too late) every 100 s or so; JSF views expired (`StandardWrapperValve[%s]:
  PWC1406: Servlet.service() for servlet %s threw exception` with the ViewExpiredException's
  stack); WEB9102 failed logins; MySQL failing over 07:42-07:49 (RAR5038 every 30 s, and per
  failed request RAR5117, RAR5114 and EclipseLink's `Local Exception Stack: ` with
  `Exception [EclipseLink-4002]`, all carrying Connector/J's two-line `Communications link
  failure` text); app2 running out of heap 08:48-09:03 (PWC1406 with OutOfMemoryError); a
  promotion's load 10:30-10:50 (`GRIZZLY0023: Interrupting idle Thread: %s.`).
- Apache James 3.8.1 (`james.log`: the Guice JPA server on PostgreSQL, the sample logback.xml's
  file pattern `%d{HH:mm:ss.SSS} [%-5level] %logger{15} - %msg%n%rEx`: no date, the logger cut
  to `o.a.j.s.SendMailHandler`, exceptions root cause first with `Wrapped by:`): inbound mail
  relayed by two filtering gateways (`Connection established from %s`, `Successfully spooled
  mail %s from %s on %s for %s`, `Connection closed for %s`, `Local delivered mail %s
  successfully from %s to %s in folder %s with composedMessageId %s` per recipient), IMAP
  clients (the same two connection lines from ImapChannelUpstreamHandler, `Socket exception
  encountered: Connection reset`), outbound mail (`Mail (%s) with messageId %s sent
  successfully to %s at %s from %s for %s`); a partner's MX unreachable 07:10-08:05
  (MailDelivrer logging JavaMail's `Couldn't connect to host, port: %s, %d; timeout %d`),
  `No mail server found for: %s` for two mistyped domains, SMTP AUTH guessing in three
  bursts (`AUTH method %s failed`, `Channel closed before we could send in flight messages to
  the users (ClosedChannelException): %s`), an IMAP client with a stale password (`Too many
  authentication failures. Closing connection.`), the mailbox database failing over
  09:18-09:27 (JamesMailSpooler's `Failed %s processing %s consecutive times. Mail is requeued
  with increased failure count.` five times and `... Abort. Mail is saved in %s`, IMAP's
  `Error encountered while login`, each with a `%rEx` trace), and a restart at 10:45 (the
  spooler's `start dispose() ...` to `Thread shutdown completed. Turning off mail queue.`,
  `init...`, `Concurrency level is %s`, `Spooler started`, `JAMES server started`).
- Apereo CAS 6.6 (`cas1-cas.log`, `cas2-cas.log`: CAS's log4j2 `%d %p [%c] - <%m>%n`, tickets
  in a Hazelcast registry both nodes share, users in Active Directory): every login's and
  single sign-on's records (`Authenticated principal [%s] with attributes [%s] via
  credentials [%s].` and inspektr's multi-line `Audit trail record BEGIN` ... `=====` records
  for AUTHENTICATION_EVENT_TRIGGERED, AUTHENTICATION_SUCCESS, TICKET_GRANTING_TICKET_CREATED,
  SERVICE_TICKET_CREATED and SERVICE_TICKET_VALIDATED, the closing `>` on a line of its own);
  the registry cleaner's `[%s] expired tickets removed.` and the service registry's `Loaded
  [%s] service(s) from [%s].` every two minutes on each node; wrong passwords (`[%s]
  exception details: [Invalid credentials].`, AUTHENTICATION_FAILED); logouts (`Performing
  logout operations for [%s]`, `[%s] logout requests were processed`, TICKET_DESTROYED); the
  domain controllers unreachable 08:20-08:32 (`Authentication has failed. Credentials may be
  incorrect or CAS cannot find authentication handler that supports [%s] of type [%s]. ...`
  and `[%s]: [org.ldaptive.LdapException: ...]`), GitLab validating against a changed
  callback 08:40-09:02 (`Service ticket [%s] with service [%s] does not match supplied service
  [%s]`, SERVICE_TICKET_VALIDATE_FAILED), a wiki asking for tickets before it is registered
  09:10-09:45 (`Service [%s] is not found in service registry.`, SERVICE_TICKET_NOT_CREATED),
  and cas2 restarted at 10:05 (Spring Boot's Tomcat lines, `Started CasWebApplication in %s
  seconds (JVM running for %s)`, `Ready to process requests @ [%s]`, and Hazelcast's
  multi-line `Members {size:%s, ver:%s} [` list on both nodes behind its `[ip]:5701 [cas]
  [5.1.7] ` prefix).
- ForgeRock AM 6.5 / OpenAM (`am1-debug.out`, `am2-debug.out`: the debug logging merged into
  one file per server, `com.sun.services.debug.mergeall=on`, in the classic DebugImpl layout:
  a head line `amAuthLDAP:06/07/2024 08:16:10:478 AM UTC: Thread[http-nio-8080-exec-10,5,main]:
  TransactionId[...]`, then the message on the next line, `WARNING: ` or `ERROR: ` before it
  at those levels and nothing at message level, then a stack and a blank line when there is
  one): the level is `warning`, and am1's amAuth and amAuthLDAP are raised to `message`
  08:15-10:20, so am1 writes each login's trace: the LDAP module's eighteen-line
  configuration dump (`bindDN-> %s\nrequiredPasswordLength-> %s\n...`), `No controls
  returned`, AMLoginContext's `user authentication successful`, `searchUserProfile for
  Subject :`, `authContext is : %s` and `loginSTate is : %s` (objects' default toString),
  `login success`, `Came to before if Failed loop`, `AMLoginContext.runLogin:calling
  incSsoServerAuthenticationSuccessCount` and the two-line `finished...login notify all
  threads\nAMLoginContext:LoginStatus: %s`; wrong passwords (`Failed auth due to invalid
  credentials`, `Invalid password.`, `Invalid Password : `, `Exception ` with the
  InvalidPasswordException, `Invalid Password Exception %s`) and unknown users (`Cannot find
  entries for %s`, `LOGINFAILED Error....`, `Exception : `). The module's bind account's
  password expires 08:02-08:41 (both servers at warning: `Search for User error: ` with the
  OpenDJ AuthenticationException, `resultCode: %s`, `Cannot authenticate `) and dc2 is
  rebooted 11:05-11:12 (`... resultCode: Connect Error`, `Cannot connect to %s` with the
  ConnectionException).
- JasperReports Server 8.2 Community Edition (`jasperserver.log`: log4j2's `%d{ISO8601} %5p
  %c{1},%t:%L - %m%n`, `2024-06-07T06:00:01,123  WARN LoggerListener,http-nio-8080-exec-4:60 -
  ...`, at the shipped WARN level; repository and Quartz store on PostgreSQL): Spring
  Security's LoggerListener for every authentication event (`Authentication event %s: %s;
  details: %s` for a portal's REST client every 15 s, and twice for each UI login: the
  AuthenticationSuccessEvent and the InteractiveAuthenticationSuccessEvent; `...; exception:
  Bad credentials`, `...; exception: User account is locked`); the repository database
  failing over 08:31-08:36 (Hibernate's `SQL Error: %d, SQLState: %s` and pgJDBC's `An I/O
  error occurred while sending to the backend.`, `This connection has been closed.`,
  `Connection to %s refused. ...`, the LoggerListener's `...; exception: Could not open
  Hibernate Session for transaction; nested exception is ...`, Quartz's `An error occurred
  while scanning for the next triggers to fire.` and `MisfireHandler: Error handling
  misfires: ...` every 15 s) and an operator restarting JRS in the middle of it (Tomcat JDBC
  pool's `Unable to create initial connections of pool.`, Ehcache's three-line
  `diskStorePath '%s' is already used by an existing CacheManager ...` twice); a warehouse
  migration at 09:00 renaming a column two reports read (`Error during report execution` from
  AsyncJasperPrintAccessor and the scheduled jobs' `Error executing SQL statement for : %s`,
  with the JRException and PostgreSQL's `ERROR: column ... does not exist` and its `Hint:` and
  `Position:` lines); a vulnerability scanner 10:12-10:19 (`No mapping found for HTTP request
  with URI [%s] in DispatcherServlet with name '%s'`, bad credentials).

Label notes. The heads are context: ULF's time, level, product, logger and thread fields;
James's time, level and logger; CAS's time, level, `[logger]` and the `<`/`>` around the
message; the AM debug head line (debug name, time, thread, transaction id) and the
`WARNING: `/`ERROR: ` level prefix on the message line; JRS's time, level, `class,thread:line`.
Hazelcast's `[ip]:port [cluster] [version] ` prefix is its logger's context. A message's
message id is wording (`WEB0169: `, `RAR5117 : `). A value that is a message of its own
contributes its format: Connector/J's `Communications link failure` text inside RAR5038,
RAR5117 and RAR5114, JavaMail's `Couldn't connect to host, port: %s, %d; timeout %d` that
MailDelivrer logs as its message, CAS's `[%s]: [...]` failure and `[Invalid credentials]`,
the LoggerListener's exception messages (`Bad credentials`, `User account is locked`,
Spring's `Could not open Hibernate Session ...`), pgJDBC's texts that SqlExceptionHelper logs,
the SQLException inside Quartz's MisfireHandler line. Computed values are variables: user
names, mail names, addresses, ticket ids, the LoggerListener's event class name (the
event's getShortName), SQLStates, ResultCode names, inspektr's WHO, WHAT and ACTION. The
same format string written by two classes is one template (James's `Connection established
from %s` from the SMTP and the IMAP handler). inspektr's audit record is one string built by
Slf4jLoggingAuditTrailManager, one template whatever its ACTION. A message written over
several lines (ULF's multi-line messages and `|#]`, the audit record, the LDAP module's
configuration dump, `finished...login notify all threads`, Ehcache's warning, PostgreSQL's
Hint and Position lines) is one event whose later lines have no row, as is a stack.

Least sure (written from the helper's knowledge; James's SMTP and IMAP handlers, SendMailHandler,
SimpleMailStore, MailDelivrer(ToHost), AuthCmdHandler, AbstractAuthProcessor and
JamesMailSpooler, CAS's DefaultAuthenticationManager, AbstractServicesManager and the
inspektr record, OpenAM's DebugImpl and DebugFileImpl, LDAP, LDAPAuthUtils and
AMLoginContext, and JasperReports' AsyncJasperPrintAccessor were checked against copies of
their sources; James's logback pattern against its sample configuration; CAS's, GlassFish's
and JRS's layouts against logs quoted in documentation and issues): GlassFish's Grizzly
version (1.9.50), the logger names of PWC4011, RAR5114 and GRIZZLY0023, and whether
EclipseLink's `Local Exception Stack: ` is the record's message; James 3.8.1's exact wording of
the spooled and sent lines (later versions add a message id and a delay), MaybeSender's
rendering `<>`, and the composedMessageId's toString; CAS 6.6's logger for `Service [%s] is
not found in service registry.`, the SERVICE_TICKET_NOT_CREATED record's WHAT, the LDAP
failure's exception text, the registry reload's two-minute period, and Hazelcast's version;
AM's debug file name and its `resultCode` rendering; JRS's shipped root level (WARN) and
whether LoggerListener is wired in, the %L line numbers, and the DispatcherServlet's name.
"""

from __future__ import annotations

import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round52 import label
from generate_round55 import poisson
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any
from generate_round170 import logback


def jtrace(head: str, frames: list[str], *causes: tuple[str, list[str], int]) -> list[str]:
    """A Java exception as printStackTrace writes it: the exception's line, its frames, and
    each `Caused by:` with its own frames and the `... N more` elision."""
    out = [head, *[f"\tat {f}" for f in frames]]
    for line, cframes, more in causes:
        out.append(f"Caused by: {line}")
        out += [f"\tat {f}" for f in cframes]
        out.append(f"\t... {more} more")
    return out


def ms3(t: datetime) -> str:
    return f"{t.microsecond // 1000:03d}"


def comma(n: int) -> str:
    """A number as Java's MessageFormat writes it in an English locale (`6,204`)."""
    return f"{n:,}"


# -------------------------------------------------------------------------------- glassfish

GF_VERSION = "GlassFish Server Open Source Edition 3.1.2.2 (build 5)"
GF_PU = "org.eclipse.persistence.session.file:/opt/glassfish3/glassfish/domains/domain1/applications/shop/WEB-INF/lib/shop-core-2.14.jar_shopPU"
GF_PU_NAME = "file:/opt/glassfish3/glassfish/domains/domain1/applications/shop/WEB-INF/lib/shop-core-2.14.jar_shopPU"
GF_LINK = "Communications link failure\n\nThe last packet sent successfully to the server was 0 milliseconds ago. The driver has not received any packets from the server."
GF_GRIZZLY = [
    "com.sun.enterprise.v3.services.impl.ContainerMapper$AdapterCallable.call(ContainerMapper.java:317)",
    "com.sun.enterprise.v3.services.impl.ContainerMapper.service(ContainerMapper.java:195)",
    "com.sun.grizzly.http.ProcessorTask.invokeAdapter(ProcessorTask.java:860)",
    "com.sun.grizzly.http.ProcessorTask.doProcess(ProcessorTask.java:757)",
    "com.sun.grizzly.http.ProcessorTask.process(ProcessorTask.java:1056)",
    "com.sun.grizzly.http.DefaultProtocolFilter.execute(DefaultProtocolFilter.java:229)",
    "com.sun.grizzly.DefaultProtocolChain.executeProtocolFilter(DefaultProtocolChain.java:137)",
    "com.sun.grizzly.DefaultProtocolChain.execute(DefaultProtocolChain.java:104)",
    "com.sun.grizzly.DefaultProtocolChain.execute(DefaultProtocolChain.java:90)",
    "com.sun.grizzly.http.HttpProtocolChain.execute(HttpProtocolChain.java:79)",
    "com.sun.grizzly.ProtocolChainContextTask.doCall(ProtocolChainContextTask.java:54)",
    "com.sun.grizzly.SelectionKeyContextTask.call(SelectionKeyContextTask.java:59)",
    "com.sun.grizzly.ContextTask.run(ContextTask.java:71)",
    "com.sun.grizzly.util.AbstractThreadPool$Worker.doWork(AbstractThreadPool.java:532)",
    "com.sun.grizzly.util.AbstractThreadPool$Worker.run(AbstractThreadPool.java:513)",
    "java.lang.Thread.run(Thread.java:745)",
]
GF_WEB = [
    "org.apache.catalina.core.StandardWrapper.service(StandardWrapper.java:1550)",
    "org.apache.catalina.core.StandardWrapperValve.invoke(StandardWrapperValve.java:281)",
    "org.apache.catalina.core.StandardContextValve.invoke(StandardContextValve.java:175)",
    "org.apache.catalina.core.StandardPipeline.doInvoke(StandardPipeline.java:655)",
    "org.apache.catalina.core.StandardPipeline.invoke(StandardPipeline.java:595)",
    "com.sun.enterprise.web.WebPipeline.invoke(WebPipeline.java:98)",
    "com.sun.enterprise.web.PESessionLockingStandardPipeline.invoke(PESessionLockingStandardPipeline.java:91)",
    "org.apache.catalina.core.StandardHostValve.invoke(StandardHostValve.java:162)",
    "org.apache.catalina.connector.CoyoteAdapter.doService(CoyoteAdapter.java:330)",
    "org.apache.catalina.connector.CoyoteAdapter.service(CoyoteAdapter.java:231)",
    *GF_GRIZZLY,
]
GF_JSF = [
    "com.sun.faces.lifecycle.Phase.doPhase(Phase.java:101)",
    "com.sun.faces.lifecycle.RestoreViewPhase.doPhase(RestoreViewPhase.java:116)",
    "com.sun.faces.lifecycle.LifecycleImpl.execute(LifecycleImpl.java:118)",
    "javax.faces.webapp.FacesServlet.service(FacesServlet.java:593)",
    *GF_WEB,
]
GF_EL_STACK = [
    "org.eclipse.persistence.exceptions.DatabaseException.sqlException(DatabaseException.java:324)",
    "org.eclipse.persistence.sessions.JNDIConnector.connect(JNDIConnector.java:150)",
    "org.eclipse.persistence.sessions.DatasourceLogin.connectToDatasource(DatasourceLogin.java:162)",
    "org.eclipse.persistence.internal.databaseaccess.DatasourceAccessor.connectInternal(DatasourceAccessor.java:330)",
    "org.eclipse.persistence.internal.databaseaccess.DatabaseAccessor.connectInternal(DatabaseAccessor.java:293)",
    "org.eclipse.persistence.internal.databaseaccess.DatasourceAccessor.reconnect(DatasourceAccessor.java:570)",
    "org.eclipse.persistence.internal.databaseaccess.DatabaseAccessor.reconnect(DatabaseAccessor.java:1595)",
    "org.eclipse.persistence.internal.databaseaccess.DatasourceAccessor.incrementCallCount(DatasourceAccessor.java:309)",
    "org.eclipse.persistence.internal.databaseaccess.DatabaseAccessor.basicExecuteCall(DatabaseAccessor.java:578)",
    "org.eclipse.persistence.internal.databaseaccess.DatabaseAccessor.executeCall(DatabaseAccessor.java:526)",
    "org.eclipse.persistence.internal.sessions.AbstractSession.basicExecuteCall(AbstractSession.java:1729)",
    "org.eclipse.persistence.sessions.server.ServerSession.executeCall(ServerSession.java:566)",
    "org.eclipse.persistence.internal.queries.DatasourceCallQueryMechanism.executeCall(DatasourceCallQueryMechanism.java:207)",
    "org.eclipse.persistence.internal.queries.ExpressionQueryMechanism.selectAllRows(ExpressionQueryMechanism.java:2718)",
    "org.eclipse.persistence.queries.ReadAllQuery.executeObjectLevelReadQuery(ReadAllQuery.java:466)",
    "org.eclipse.persistence.queries.DatabaseQuery.execute(DatabaseQuery.java:844)",
    "org.eclipse.persistence.internal.sessions.AbstractSession.executeQuery(AbstractSession.java:1516)",
    "org.eclipse.persistence.internal.jpa.QueryImpl.executeReadQuery(QueryImpl.java:460)",
    "org.eclipse.persistence.internal.jpa.QueryImpl.getResultList(QueryImpl.java:741)",
]
GF_USERS = [
    "anna.berg@example.com",
    "j.okafor@example.net",
    "mlopez@example.org",
    "t.nakamura@example.com",
    "sven.holm@example.se",
    "priya.r@example.in",
    "claire.dubois@example.fr",
    "k.mueller@example.de",
    "o.petrov@example.com",
    "lee.s@example.kr",
]
GF_PAGES = ["/checkout.xhtml", "/cart.xhtml", "/account/orders.xhtml", "/product.xhtml"]


def glassfish(r: random.Random) -> list[Log]:
    """Two GlassFish 3.1.2.2 instances (app1, app2) behind a balancer running the `shop`
    web application (JSF, EJB, JPA on MySQL through the `mysqlPool` JDBC pool), 06:00 to
    12:00: app1 started at 05:59, MySQL failing over 07:42-07:49, app2 running out of heap
    08:48-09:03 and restarted, a promotion's load 10:30-10:50 (Grizzly interrupting idle
    worker threads), and the routine: orders, stock refreshes, JSF views expired, a legacy
    form setting the encoding too late, failed logins."""
    fs = Files()
    tid_of: dict[tuple[str, str], int] = {}
    next_tid = {"app1": 17, "app2": 17}

    def G(
        host: str,
        t: datetime,
        level: str,
        logger: str,
        thread: str,
        lab: str,
        msg: list[str],
        exc: list[str] | None = None,
    ) -> datetime:
        if (host, thread) not in tid_of:
            next_tid[host] += r.randint(1, 4)
            tid_of[host, thread] = next_tid[host]
        tid = tid_of[host, thread]

        def text(x: datetime) -> list[str]:
            head = f"[#|{x:%Y-%m-%dT%H:%M:%S}.{ms3(x)}+0000|{level}|glassfish3.1.2|{logger}|_ThreadID={tid};_ThreadName={thread};|"
            lines = [head + msg[0], *msg[1:]]
            if exc:
                lines += [*exc, "|#]"]
            else:
                lines[-1] += "|#]"
            return [*lines, ""]

        return fs.add(f"{host}-server.log", t, lab, text, host, 1000)

    def startup(host: str, t: datetime) -> datetime:
        th = "main"
        t = G(
            host,
            t,
            "INFO",
            "javax.enterprise.system.core.com.sun.enterprise.server.logging",
            th,
            "Running GlassFish Version: %s",
            [f"Running GlassFish Version: {GF_VERSION}"],
        )
        t += sec(r.uniform(0.4, 0.7))
        for port in (8080, 8181, 4848):
            t = G(
                host,
                t + sec(r.uniform(0.001, 0.02)),
                "INFO",
                "javax.enterprise.system.core.com.sun.enterprise.v3.services.impl",
                f"Thread-{r.randint(2, 9)}",
                "Grizzly Framework %s started in: %sms - bound to [%s]",
                [
                    f"Grizzly Framework 1.9.50 started in: {r.randint(14, 48)}ms - bound to [0.0.0.0:{port}]"
                ],
            )
        felix, svc = r.randint(1500, 2200), r.randint(900, 1400)
        t = G(
            host,
            t + sec(r.uniform(0.1, 0.3)),
            "INFO",
            "javax.enterprise.system.core.com.sun.enterprise.v3.server",
            "main",
            "%s (%s) startup time : %s (%sms), startup services(%sms), total(%sms)",
            [
                f"GlassFish Server Open Source Edition 3.1.2.2 (5) startup time : Felix ({comma(felix)}ms), startup services({comma(svc)}ms), total({comma(felix + svc)}ms)"
            ],
        )
        t = G(
            host,
            t + sec(r.uniform(0.2, 0.5)),
            "INFO",
            "javax.enterprise.system.tools.admin.org.glassfish.server",
            "Thread-2",
            "JMX005: JMXStartupService had Started JMXConnector on JMXService URL %s",
            [
                f"JMX005: JMXStartupService had Started JMXConnector on JMXService URL service:jmx:rmi://{host}.shop.internal:8686/jndi/rmi://{host}.shop.internal:8686/jmxrmi"
            ],
        )
        sec_log = "javax.enterprise.system.core.security"
        t = G(
            host,
            t + sec(0.01),
            "INFO",
            sec_log,
            "Thread-2",
            "SEC1143: Loading policy provider %s.",
            [
                "SEC1143: Loading policy provider com.sun.enterprise.security.provider.PolicyWrapper."
            ],
        )
        for realm, cls in [
            ("admin-realm", "com.sun.enterprise.security.auth.realm.file.FileRealm"),
            ("file", "com.sun.enterprise.security.auth.realm.file.FileRealm"),
            ("certificate", "com.sun.enterprise.security.auth.realm.certificate.CertificateRealm"),
            ("shopRealm", "com.sun.enterprise.security.auth.realm.jdbc.JDBCRealm"),
        ]:
            t = G(
                host,
                t + sec(r.uniform(0.005, 0.04)),
                "INFO",
                sec_log,
                "Thread-2",
                "SEC1115: Realm [%s] of classtype [%s] successfully created.",
                [f"SEC1115: Realm [{realm}] of classtype [{cls}] successfully created."],
            )
        web = "javax.enterprise.system.container.web.com.sun.enterprise.web"
        for name, port in [
            ("http-listener-1", 8080),
            ("http-listener-2", 8181),
            ("admin-listener", 4848),
        ]:
            t = G(
                host,
                t + sec(r.uniform(0.01, 0.06)),
                "INFO",
                web,
                "Thread-2",
                "WEB0169: Created HTTP listener [%s] on host/port [%s:%s]",
                [f"WEB0169: Created HTTP listener [{name}] on host/port [0.0.0.0:{port}]"],
            )
        for vs in ["server", "__asadmin"]:
            t = G(
                host,
                t + sec(r.uniform(0.01, 0.05)),
                "INFO",
                web,
                "Thread-2",
                "WEB0171: Created virtual server [%s]",
                [f"WEB0171: Created virtual server [{vs}]"],
            )
        t0 = t
        t = G(
            host,
            t + sec(r.uniform(1.2, 2.0)),
            "INFO",
            GF_PU,
            "Thread-2",
            "EclipseLink, version: %s",
            ["EclipseLink, version: Eclipse Persistence Services - 2.3.2.v20111125-r10461"],
        )
        t = G(
            host,
            t + sec(r.uniform(0.3, 0.8)),
            "INFO",
            GF_PU,
            "Thread-2",
            "%s login successful",
            [f"{GF_PU_NAME} login successful"],
        )
        t = G(
            host,
            t + sec(r.uniform(1.5, 2.5)),
            "INFO",
            web,
            "Thread-2",
            "WEB0671: Loading application [%s] at [%s]",
            ["WEB0671: Loading application [shop] at [/shop]"],
        )
        done = int((t - t0).total_seconds() * 1000) + r.randint(200, 600)
        t = G(
            host,
            t + sec(r.uniform(0.2, 0.5)),
            "INFO",
            "javax.enterprise.system.core.com.sun.enterprise.v3.server",
            "Thread-2",
            "CORE10010: Loading application %s done in %s ms",
            [f"CORE10010: Loading application shop done in {comma(done)} ms"],
        )
        return t

    def shutdown(host: str, t: datetime) -> datetime:
        th = "admin-thread-pool-4848(1)"
        t = G(
            host,
            t,
            "INFO",
            "javax.enterprise.system.core.com.sun.enterprise.v3.server",
            th,
            "Server shutdown initiated",
            ["Server shutdown initiated"],
        )
        t = G(
            host,
            t + sec(r.uniform(0.3, 0.9)),
            "INFO",
            GF_PU,
            th,
            "%s logout successful",
            [f"{GF_PU_NAME} logout successful"],
        )
        t = G(
            host,
            t + sec(r.uniform(0.05, 0.2)),
            "INFO",
            "javax.enterprise.system.core.com.sun.enterprise.v3.server",
            th,
            "Shutdown procedure finished",
            ["Shutdown procedure finished"],
        )
        return G(
            host,
            t + sec(0.01),
            "INFO",
            "javax.enterprise.system.core.com.sun.enterprise.v3.server",
            th,
            "[%s] exiting",
            ["[Thread[GlassFish Kernel Main Thread,5,main]] exiting"],
        )

    def worker(port: int = 8080) -> str:
        return f"http-thread-pool-{port}({r.randint(1, 5)})"

    def pwc1406(host: str, t: datetime, exc: list[str]) -> datetime:
        return G(
            host,
            t,
            "SEVERE",
            "javax.enterprise.system.container.web.org.apache.catalina.core",
            worker(),
            "StandardWrapperValve[%s]: PWC1406: Servlet.service() for servlet %s threw exception",
            [
                "StandardWrapperValve[Faces Servlet]: PWC1406: Servlet.service() for servlet Faces Servlet threw exception"
            ],
            exc,
        )

    pool = "javax.enterprise.resource.resourceadapter.com.sun.enterprise.resource.pool"
    db_down = (at(7, 42, 11), at(7, 49, 3))
    oom = (at(8, 48, 30), at(9, 3, 0))
    app2_down = (at(9, 3, 20), at(9, 5, 40))
    load = (at(10, 30), at(10, 50))

    startup("app1", at(5, 59, 8.4))
    startup("app2", at(5, 59, 21.7))
    shutdown("app2", app2_down[0])
    startup("app2", app2_down[1])

    for host in ["app1", "app2"]:
        order = 100_000 + (0 if host == "app1" else 50_000) + r.randint(0, 999)
        # orders: every 45 s on average, twice as often under the promotion
        for t in poisson(r, T0, T_END, 45):
            if host == "app2" and (
                in_any(t, [app2_down]) or (in_any(t, [oom]) and r.random() < 0.6)
            ):
                continue
            if in_any(t, [db_down]):
                continue
            for _ in range(2 if in_any(t, [load]) else 1):
                order += r.randint(1, 3)
                items = r.choice([1, 1, 1, 2, 2, 3, 4, 6])
                total = sum(
                    r.choice([9.9, 14.5, 19.9, 24.0, 39.9, 59.0, 129.0]) for _ in range(items)
                )
                G(
                    host,
                    t + sec(r.uniform(0, 20)),
                    "INFO",
                    "com.example.shop.checkout.CheckoutBean",
                    worker(),
                    "Order %s placed by %s: %s item(s), total %s EUR",
                    [
                        f"Order {order} placed by {r.choice(GF_USERS)}: {items} item(s), total {total:.2f} EUR"
                    ],
                )
        # the stock cache, a singleton EJB's timer, printing to System.out
        t = at(6, 2, r.uniform(0, 50))
        while t < T_END:
            if not (host == "app2" and in_any(t, [app2_down])):
                n = r.randint(1820, 1860)
                if in_any(t, [db_down]):
                    pass
                else:
                    G(
                        host,
                        t,
                        "INFO",
                        "javax.enterprise.system.std.com.sun.enterprise.server.logging",
                        "__ejb-thread-pool2",
                        "StockCache refreshed: %s SKUs in %s ms",
                        [
                            f"StockCache refreshed: {n} SKUs in {r.randint(280, 520) if not in_any(t, [oom]) or host == 'app1' else r.randint(2400, 9800)} ms"
                        ],
                    )
            t += sec(300 + r.uniform(-0.5, 0.5))
        # the legacy address form: the encoding set after the parameters were read
        for t in poisson(r, T0, T_END, 100):
            if host == "app2" and in_any(t, [app2_down]):
                continue
            G(
                host,
                t,
                "WARNING",
                "javax.enterprise.system.container.web.org.apache.catalina.connector",
                worker(),
                "PWC4011: Unable to set request character encoding to %s from context %s, because request parameters have already been read, or ServletRequest.getReader() has already been called",
                [
                    "PWC4011: Unable to set request character encoding to UTF-8 from context /shop, because request parameters have already been read, or ServletRequest.getReader() has already been called"
                ],
            )
        # expired views: a form posted after the session timed out
        for t in poisson(r, T0, T_END, 900):
            if host == "app2" and in_any(t, [app2_down]):
                continue
            page = r.choice(GF_PAGES)
            pwc1406(
                host,
                t,
                [
                    f"javax.faces.application.ViewExpiredException: viewId:{page} - View {page} could not be restored.",
                    "\tat com.sun.faces.lifecycle.RestoreViewPhase.execute(RestoreViewPhase.java:205)",
                    *[f"\tat {f}" for f in GF_JSF],
                ],
            )
        # failed logins on the JDBC realm
        for t in poisson(r, T0, T_END, 1400):
            G(
                host,
                t,
                "WARNING",
                "javax.enterprise.system.container.web.com.sun.web.security",
                worker(8181),
                "WEB9102: Web Login Failed: com.sun.enterprise.security.auth.login.common.LoginException: Login failed: Security Exception",
                [
                    "WEB9102: Web Login Failed: com.sun.enterprise.security.auth.login.common.LoginException: Login failed: Security Exception"
                ],
            )
        # MySQL failing over: the pool cannot create connections
        t = db_down[0] + sec(r.uniform(0, 3))
        last_5038 = t - sec(60)
        while t < db_down[1]:
            th = worker()
            if (t - last_5038).total_seconds() > 30:
                last_5038 = t
                t = G(
                    host,
                    t,
                    "WARNING",
                    pool,
                    th,
                    label(
                        "RAR5038:Unexpected exception while creating resource for pool %s. Exception : javax.resource.spi.ResourceAllocationException: Connection could not be allocated because: Communications link failure\n\nThe last packet sent successfully to the server was %d milliseconds ago. The driver has not received any packets from the server."
                    ),
                    f"RAR5038:Unexpected exception while creating resource for pool mysqlPool. Exception : javax.resource.spi.ResourceAllocationException: Connection could not be allocated because: {GF_LINK}".split(
                        "\n"
                    ),
                )
            t = G(
                host,
                t + sec(r.uniform(0.001, 0.01)),
                "WARNING",
                pool,
                th,
                label(
                    "RAR5117 : Failed to obtain/create connection from connection pool [ %s ]. Reason : com.sun.appserv.connectors.internal.api.PoolingException: Connection could not be allocated because: Communications link failure\n\nThe last packet sent successfully to the server was %d milliseconds ago. The driver has not received any packets from the server."
                ),
                f"RAR5117 : Failed to obtain/create connection from connection pool [ mysqlPool ]. Reason : com.sun.appserv.connectors.internal.api.PoolingException: Connection could not be allocated because: {GF_LINK}".split(
                    "\n"
                ),
            )
            t = G(
                host,
                t + sec(r.uniform(0.0005, 0.003)),
                "WARNING",
                "javax.enterprise.resource.resourceadapter.com.sun.enterprise.connectors",
                th,
                label(
                    "RAR5114 : Error allocating connection : [Error in allocating a connection. Cause: Connection could not be allocated because: Communications link failure\n\nThe last packet sent successfully to the server was %d milliseconds ago. The driver has not received any packets from the server.]"
                ),
                f"RAR5114 : Error allocating connection : [Error in allocating a connection. Cause: Connection could not be allocated because: {GF_LINK}]".split(
                    "\n"
                ),
            )
            t = G(
                host,
                t + sec(r.uniform(0.001, 0.004)),
                "WARNING",
                GF_PU,
                th,
                "Local Exception Stack: ",
                ["Local Exception Stack: "],
                [
                    "Exception [EclipseLink-4002] (Eclipse Persistence Services - 2.3.2.v20111125-r10461): org.eclipse.persistence.exceptions.DatabaseException",
                    *f"Internal Exception: java.sql.SQLException: Error in allocating a connection. Cause: Connection could not be allocated because: {GF_LINK}".split(
                        "\n"
                    ),
                    "Error Code: 0",
                    *[f"\tat {f}" for f in GF_EL_STACK],
                    f"\tat com.example.shop.catalog.{r.choice(['ProductFacade.findByCategory(ProductFacade.java:88)', 'CartService.load(CartService.java:141)', 'OrderFacade.findOpen(OrderFacade.java:63)'])}",
                ],
            )
            t += sec(r.expovariate(1 / 6))
        # app2's heap running out under the month-end report export
        if host == "app2":
            for t in poisson(r, oom[0], oom[1], 55):
                pwc1406(
                    host,
                    t,
                    [
                        f"java.lang.OutOfMemoryError: {r.choice(['GC overhead limit exceeded', 'GC overhead limit exceeded', 'Java heap space'])}",
                        "\tat java.util.Arrays.copyOf(Arrays.java:2367)",
                        "\tat java.lang.AbstractStringBuilder.expandCapacity(AbstractStringBuilder.java:130)",
                        "\tat java.lang.AbstractStringBuilder.ensureCapacityInternal(AbstractStringBuilder.java:114)",
                        "\tat java.lang.StringBuilder.append(StringBuilder.java:132)",
                        "\tat com.example.shop.reports.OrderExportBean.toCsv(OrderExportBean.java:212)",
                        "\tat com.example.shop.reports.OrderExportBean.export(OrderExportBean.java:97)",
                    ],
                )
        # the promotion: keep-alive worker threads interrupted
        for t in poisson(r, load[0], load[1], 22):
            G(
                host,
                t,
                "WARNING",
                "grizzly",
                "Thread-18",
                "GRIZZLY0023: Interrupting idle Thread: %s.",
                [f"GRIZZLY0023: Interrupting idle Thread: {worker()}."],
            )
    # the abandoned-cart sweep, an EJB timer that runs on app1
    t = at(6, 0, 0.4)
    while t < T_END:
        if not in_any(t, [db_down]):
            G(
                "app1",
                t + sec(r.uniform(0.01, 0.9)),
                "INFO",
                "com.example.shop.jobs.CartSweeper",
                "__ejb-thread-pool1",
                "Abandoned cart sweep removed %s carts",
                [f"Abandoned cart sweep removed {r.randint(3, 41)} carts"],
            )
        t += sec(600)
    return fs.logs(T0)


# ----------------------------------------------------------------------------- apache-james

JM_LOCAL = [
    "anna@corp.example.org",
    "bjorn@corp.example.org",
    "chen@corp.example.org",
    "dmitri@corp.example.org",
    "eva@corp.example.org",
    "farid@corp.example.org",
    "gita@corp.example.org",
    "hugo@corp.example.org",
    "support@corp.example.org",
    "billing@corp.example.org",
]
JM_SENDERS = [
    "noreply@github.com",
    "notifications@atlassian.net",
    "invoices@supplier-one.de",
    "orders@partner-shop.example.com",
    "news@mailer.vendor.io",
    "j.smith@customer-a.example.net",
    "alerts@monitoring.example.net",
    "<>",
]
JM_MX_IN = ["10.20.0.11", "10.20.0.12"]  # the spam-filtering gateways that relay inbound mail
JM_CLIENTS = [
    "10.30.4.17",
    "10.30.4.22",
    "10.30.4.31",
    "10.30.5.8",
    "10.30.5.40",
    "10.30.6.3",
    "192.168.88.24",
]
JM_REMOTE = [
    ("customer-a.example.net", "mx1.customer-a.example.net.", "198.51.100.25"),
    ("supplier-one.de", "mail.supplier-one.de.", "203.0.113.80"),
    ("gmail.com", "gmail-smtp-in.l.google.com.", "142.250.102.27"),
    ("outlook.com", "outlook-com.olc.protection.outlook.com.", "52.101.42.9"),
    ("partner-shop.example.com", "mx.partner-shop.example.com.", "192.0.2.45"),
]
JM_SCANNERS = ["45.155.205.233", "141.98.11.27", "80.94.95.112", "193.32.162.81"]
JM_NETTY = [
    "io.netty.channel.AbstractChannelHandlerContext.invokeChannelRead(AbstractChannelHandlerContext.java:444)",
    "io.netty.channel.AbstractChannelHandlerContext.invokeChannelRead(AbstractChannelHandlerContext.java:420)",
    "io.netty.channel.AbstractChannelHandlerContext.fireChannelRead(AbstractChannelHandlerContext.java:412)",
    "io.netty.handler.codec.ByteToMessageDecoder.fireChannelRead(ByteToMessageDecoder.java:346)",
    "io.netty.handler.codec.ByteToMessageDecoder.channelRead(ByteToMessageDecoder.java:318)",
    "io.netty.channel.nio.NioEventLoop.processSelectedKey(NioEventLoop.java:788)",
    "io.netty.channel.nio.NioEventLoop.run(NioEventLoop.java:566)",
    "io.netty.util.concurrent.SingleThreadEventExecutor$4.run(SingleThreadEventExecutor.java:997)",
    "java.base/java.lang.Thread.run(Unknown Source)",
]


def pg_refused_rex(wrappers: list[tuple[str, list[str]]]) -> list[str]:
    """logback's `%rEx` of a refused PostgreSQL connection: the root cause first, each
    wrapping exception after it as `Wrapped by: ...` with its own frames."""
    out = [
        "java.net.ConnectException: Connection refused",
        "\tat java.base/sun.nio.ch.Net.pollConnect(Native Method)",
        "\tat java.base/sun.nio.ch.Net.pollConnectNow(Unknown Source)",
        "\tat java.base/sun.nio.ch.NioSocketImpl.timedFinishConnect(Unknown Source)",
        "\tat java.base/sun.nio.ch.NioSocketImpl.connect(Unknown Source)",
        "\tat java.base/java.net.Socket.connect(Unknown Source)",
        "\tat org.postgresql.core.PGStream.createSocket(PGStream.java:241)",
        "\tat org.postgresql.core.PGStream.<init>(PGStream.java:98)",
        "\tat org.postgresql.core.v3.ConnectionFactoryImpl.tryConnect(ConnectionFactoryImpl.java:109)",
        "\tat org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:235)",
        "\t... 31 common frames omitted",
        "Wrapped by: org.postgresql.util.PSQLException: Connection to pg1.mail.internal:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.",
        "\tat org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:331)",
        "\tat org.postgresql.core.ConnectionFactory.openConnection(ConnectionFactory.java:49)",
        "\tat org.postgresql.jdbc.PgConnection.<init>(PgConnection.java:247)",
        "\tat org.postgresql.Driver.makeConnection(Driver.java:434)",
        "\tat org.postgresql.Driver.connect(Driver.java:291)",
        "\tat org.apache.commons.dbcp2.DriverConnectionFactory.createConnection(DriverConnectionFactory.java:52)",
        "\tat org.apache.commons.dbcp2.PoolableConnectionFactory.makeObject(PoolableConnectionFactory.java:374)",
        "\tat org.apache.commons.pool2.impl.GenericObjectPool.create(GenericObjectPool.java:571)",
        "\tat org.apache.commons.pool2.impl.GenericObjectPool.borrowObject(GenericObjectPool.java:298)",
        "\tat org.apache.commons.dbcp2.PoolingDataSource.getConnection(PoolingDataSource.java:141)",
        "\tat org.apache.openjpa.lib.jdbc.DelegatingDataSource.getConnection(DelegatingDataSource.java:115)",
        "\tat org.apache.openjpa.jdbc.kernel.JDBCStoreManager.connectInternal(JDBCStoreManager.java:1006)",
        "\t... 24 common frames omitted",
    ]
    for head, frames in wrappers:
        out.append(f"Wrapped by: {head}")
        out += [f"\tat {f}" for f in frames]
    return out


def james(r: random.Random) -> list[Log]:
    """Apache James 3.8.1 (the Guice JPA server on PostgreSQL) for one company domain, its
    `james.log` (the sample logback.xml's `%d{HH:mm:ss.SSS} [%-5level] %logger{15} - %msg%n%rEx`:
    no date), 06:00 to 12:00: inbound mail relayed by two filtering gateways and delivered to
    mailboxes, IMAP clients connecting, outbound mail from authenticated clients sent by
    RemoteDelivery; a partner's MX unreachable 07:10-08:05, a domain with no MX record, SMTP
    AUTH password guessing from the internet, the mailbox database failing over 09:20-09:26
    (the spooler requeueing and finally giving up on mails, IMAP logins failing), and James
    restarted at 10:45."""
    fs = Files()

    def J(t: datetime, level: str, logger: str, lab: str, msg: list[str]) -> datetime:
        return fs.add(
            "james.log",
            t,
            lab,
            lambda x: [
                f"{x:%H:%M:%S}.{ms3(x)} [{level:<5}] {logback(logger, 15)} - {msg[0]}",
                *msg[1:],
            ],
            "james",
            1000,
        )

    SMTP_H = "org.apache.james.protocols.netty.BasicChannelInboundHandler"
    IMAP_H = "org.apache.james.imapserver.netty.ImapChannelUpstreamHandler"
    SPOOL = "org.apache.james.mailetcontainer.impl.JamesMailSpooler"
    db_down = (at(9, 18, 14), at(9, 27, 32))
    mx_down = (at(7, 10), at(8, 5))
    restart = at(10, 45, 3)
    down = (restart, restart + sec(41))

    def mail_name(t: datetime) -> str:
        """JamesMailetContext's name for a new mail: the time in milliseconds and a UUID."""
        return f"Mail{int(t.timestamp() * 1000) - r.randint(2, 60)}-{uuid4(r)}"

    def conn(t: datetime, handler: str, ip: str, port: int) -> datetime:
        return J(
            t,
            "INFO",
            handler,
            "Connection established from %s",
            [f"Connection established from {ip}"],
        )

    def close(t: datetime, handler: str, ip: str, port: int) -> datetime:
        return J(
            t, "INFO", handler, "Connection closed for %s", [f"Connection closed for /{ip}:{port}"]
        )

    def spool_fail(t: datetime, name: str, n: int) -> datetime:
        if n > 5:
            return J(
                t,
                "ERROR",
                SPOOL,
                "Failed %s processing %s consecutive times. Abort. Mail is saved in %s",
                [
                    f"Failed {name} processing {n} consecutive times. Abort. Mail is saved in postgres://var/mail/error/"
                ],
            )
        return J(
            t,
            "ERROR",
            SPOOL,
            "Failed %s processing %s consecutive times. Mail is requeued with increased failure count.",
            [
                f"Failed {name} processing {n} consecutive times. Mail is requeued with increased failure count.",
                *pg_refused_rex(
                    [
                        (
                            "org.apache.openjpa.persistence.PersistenceException: Connection to pg1.mail.internal:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.",
                            [
                                "org.apache.openjpa.jdbc.sql.DBDictionary.narrow(DBDictionary.java:5024)",
                                "org.apache.openjpa.jdbc.sql.DBDictionary.newStoreException(DBDictionary.java:4984)",
                                "org.apache.openjpa.jdbc.sql.SQLExceptions.getStore(SQLExceptions.java:137)",
                                "org.apache.openjpa.jdbc.kernel.JDBCStoreManager.connect(JDBCStoreManager.java:964)",
                                "org.apache.openjpa.kernel.BrokerImpl.beginStoreManagerTransaction(BrokerImpl.java:1438)",
                                "org.apache.openjpa.persistence.EntityManagerImpl.begin(EntityManagerImpl.java:568)",
                                "org.apache.james.mailbox.jpa.JPATransactionalMapper.begin(JPATransactionalMapper.java:56)",
                                "org.apache.james.mailbox.store.transaction.TransactionalMapper.execute(TransactionalMapper.java:36)",
                                "org.apache.james.mailbox.store.StoreMessageManager.appendMessage(StoreMessageManager.java:431)",
                                "org.apache.james.transport.mailets.delivery.MailboxAppenderImpl.appendMessageToMailbox(MailboxAppenderImpl.java:96)",
                                "org.apache.james.transport.mailets.delivery.SimpleMailStore.storeMail(SimpleMailStore.java:84)",
                                "org.apache.james.transport.mailets.delivery.MailDispatcher.dispatch(MailDispatcher.java:109)",
                                "org.apache.james.transport.mailets.LocalDelivery.service(LocalDelivery.java:92)",
                                "org.apache.james.mailetcontainer.impl.ProcessorImpl.service(ProcessorImpl.java:79)",
                                "org.apache.james.mailetcontainer.impl.JamesMailSpooler$Runner.performProcessMail(JamesMailSpooler.java:141)",
                            ],
                        ),
                        (
                            "org.apache.james.mailbox.exception.MailboxException: Commit of transaction failed",
                            [
                                "org.apache.james.mailbox.jpa.JPATransactionalMapper.begin(JPATransactionalMapper.java:59)",
                                "org.apache.james.transport.mailets.delivery.MailDispatcher.dispatch(MailDispatcher.java:109)",
                                "org.apache.james.transport.mailets.LocalDelivery.service(LocalDelivery.java:92)",
                            ],
                        ),
                        (
                            "javax.mail.MessagingException: Exception calling LocalDelivery: Commit of transaction failed",
                            [
                                "org.apache.james.mailetcontainer.impl.ProcessorImpl.service(ProcessorImpl.java:91)",
                                "org.apache.james.mailetcontainer.impl.JamesMailSpooler$Runner.performProcessMail(JamesMailSpooler.java:141)",
                                "reactor.core.publisher.MonoRunnable.call(MonoRunnable.java:73)",
                                "java.base/java.lang.Thread.run(Unknown Source)",
                            ],
                        ),
                    ]
                ),
            ],
        )

    # James itself: started before the window, restarted at 10:45
    def starting(t: datetime) -> datetime:
        t = J(t, "INFO", SPOOL, "init...", ["init..."])
        t = J(t + sec(0.002), "INFO", SPOOL, "Concurrency level is %s", ["Concurrency level is 20"])
        t = J(t + sec(r.uniform(0.05, 0.2)), "INFO", SPOOL, "Spooler started", ["Spooler started"])
        return J(
            t + sec(r.uniform(1.5, 3.0)),
            "INFO",
            "org.apache.james.GuiceJamesServer",
            "JAMES server started",
            ["JAMES server started"],
        )

    t = J(restart, "INFO", SPOOL, "start dispose() ...", ["start dispose() ..."])
    t = J(
        t + sec(0.001),
        "INFO",
        SPOOL,
        "Cancel queue consumption...",
        ["Cancel queue consumption..."],
    )
    t = J(
        t + sec(0.003),
        "INFO",
        SPOOL,
        "Queue consumption canceled, shutting down processor threads...",
        ["Queue consumption canceled, shutting down processor threads..."],
    )
    t = J(
        t + sec(r.uniform(0.2, 1.2)),
        "INFO",
        SPOOL,
        "Thread shutdown completed. Turning off mail queue.",
        ["Thread shutdown completed. Turning off mail queue."],
    )
    starting(down[1] - sec(7.3))

    # inbound: the gateways relay mail for local users
    for t in poisson(r, T0, T_END, 100):
        if in_any(t, [down]):
            continue
        gw = r.choice(JM_MX_IN)
        port = r.randint(32768, 60999)
        t = conn(t, SMTP_H, gw, port)
        rcpts = r.sample(JM_LOCAL, r.choice([1, 1, 1, 1, 2, 3]))
        name = mail_name(t)
        sender = r.choice(JM_SENDERS)
        t = J(
            t + sec(r.uniform(0.08, 0.6)),
            "INFO",
            "org.apache.james.smtpserver.SendMailHandler",
            "Successfully spooled mail %s from %s on %s for %s",
            [f"Successfully spooled mail {name} from {sender} on /{gw} for [{', '.join(rcpts)}]"],
        )
        close(t + sec(r.uniform(0.01, 0.05)), SMTP_H, gw, port)
        tt = t + sec(r.uniform(0.02, 0.15))
        if in_any(tt, [db_down]):
            n = 1
            while in_any(tt, [db_down]) and n <= 6:
                tt = spool_fail(tt, name, n)
                n += 1
                tt += sec(r.uniform(0.05, 0.4))
            if n > 6:
                continue
        for rc in rcpts:
            tt = J(
                tt + sec(r.uniform(0.005, 0.05)),
                "INFO",
                "org.apache.james.transport.mailets.delivery.SimpleMailStore",
                "Local delivered mail %s successfully from %s to %s in folder %s with composedMessageId %s",
                [
                    f"Local delivered mail {name} successfully from {sender} to {rc} in folder {r.choice(['INBOX', 'INBOX', 'INBOX', 'INBOX', 'Notifications', 'Invoices'])} with composedMessageId [MailboxId = {r.randint(1, 40)}, messageId = {r.randint(10000, 99999)}, uid = {r.randint(1000, 30000)}]"
                ],
            )

    # IMAP clients: a connection, the session, the close
    for t in poisson(r, T0, T_END, 110):
        if in_any(t, [down]):
            continue
        ip = r.choice(JM_CLIENTS)
        port = r.randint(49152, 65535)
        t = conn(t, IMAP_H, ip, port)
        if in_any(t, [db_down]):
            t = J(
                t + sec(r.uniform(0.05, 0.3)),
                "ERROR",
                "org.apache.james.imap.processor.AbstractAuthProcessor",
                "Error encountered while login",
                [
                    "Error encountered while login",
                    *pg_refused_rex(
                        [
                            (
                                "org.apache.openjpa.persistence.PersistenceException: Connection to pg1.mail.internal:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.",
                                [
                                    "org.apache.openjpa.jdbc.sql.DBDictionary.narrow(DBDictionary.java:5024)",
                                    "org.apache.openjpa.jdbc.kernel.JDBCStoreManager.connect(JDBCStoreManager.java:964)",
                                    "org.apache.openjpa.persistence.EntityManagerImpl.begin(EntityManagerImpl.java:568)",
                                    "org.apache.james.user.jpa.JPAUsersDAO.getUserByName(JPAUsersDAO.java:118)",
                                    "org.apache.james.user.lib.UsersRepositoryImpl.test(UsersRepositoryImpl.java:164)",
                                ],
                            ),
                            (
                                "org.apache.james.mailbox.exception.MailboxException: Unable to access usersRepository",
                                [
                                    "org.apache.james.adapter.mailbox.UserRepositoryAuthenticator.isAuthentic(UserRepositoryAuthenticator.java:52)",
                                    "org.apache.james.mailbox.store.SessionProviderImpl.authenticate(SessionProviderImpl.java:74)",
                                    "org.apache.james.mailbox.store.StoreMailboxManager.login(StoreMailboxManager.java:262)",
                                    "org.apache.james.imap.processor.AbstractAuthProcessor.doAuth(AbstractAuthProcessor.java:74)",
                                    "org.apache.james.imap.processor.LoginProcessor.processRequest(LoginProcessor.java:63)",
                                ],
                            ),
                        ]
                    ),
                ],
            )
            close(t + sec(r.uniform(0.01, 0.2)), IMAP_H, ip, port)
            continue
        end = t + sec(r.choice([r.uniform(2, 30), r.uniform(60, 1800)]))
        if in_any(end, [down]):
            end = down[0] - sec(r.uniform(0.05, 0.5))
        if r.random() < 0.12:
            J(
                end,
                "INFO",
                IMAP_H,
                "Socket exception encountered: Connection reset",
                ["Socket exception encountered: Connection reset"],
            )
            end += sec(0.001)
        close(end, IMAP_H, ip, port)

    # outbound: users' clients submit, RemoteDelivery sends
    for t in poisson(r, T0, T_END, 170):
        if in_any(t, [down, db_down]):
            continue
        ip = r.choice(JM_CLIENTS)
        port = r.randint(49152, 65535)
        t = conn(t, SMTP_H, ip, port)
        sender = r.choice(JM_LOCAL[:8])
        domain, mx, mxip = r.choices(JM_REMOTE, weights=[3, 2, 5, 4, 2])[0]
        rcpt = f"{r.choice(['j.smith', 'info', 'orders', 'a.kowalski', 'buchhaltung', 'team'])}@{domain}"
        name = mail_name(t)
        t = J(
            t + sec(r.uniform(0.2, 1.5)),
            "INFO",
            "org.apache.james.smtpserver.SendMailHandler",
            "Successfully spooled mail %s from %s on %s for %s",
            [f"Successfully spooled mail {name} from {sender} on /{ip} for [{rcpt}]"],
        )
        close(t + sec(r.uniform(0.01, 0.08)), SMTP_H, ip, port)
        t += sec(r.uniform(0.3, 2.5))
        if domain == "partner-shop.example.com" and in_any(t, [mx_down]):
            # tried now and again after each delay, until the MX answers
            while in_any(t, [mx_down]) and t < T_END:
                t = J(
                    t + sec(r.uniform(30.0, 30.2)),
                    "INFO",
                    "org.apache.james.transport.mailets.remote.delivery.MailDelivrer",
                    "Couldn't connect to host, port: %s, %d; timeout %d",
                    [f"Couldn't connect to host, port: {mx.rstrip('.')}, 25; timeout 30000"],
                )
                t += sec(r.choice([300, 600, 900]))
        mid = f"<{hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}@corp.example.org>"
        J(
            t + sec(r.uniform(0.4, 2.2)),
            "INFO",
            "org.apache.james.transport.mailets.remote.delivery.MailDelivrerToHost",
            "Mail (%s) with messageId %s sent successfully to %s at %s from %s for %s",
            [
                f"Mail ({name}) with messageId {mid} sent successfully to {mx} at {mxip} from {sender} for [{rcpt}]"
            ],
        )
    # a typo'd domain with no MX record, retried until it bounces
    for t0 in [at(8, 31, 12), at(11, 2, 40)]:
        t = t0
        for _ in range(4):
            J(
                t,
                "INFO",
                "org.apache.james.transport.mailets.remote.delivery.MailDelivrer",
                "No mail server found for: %s",
                [
                    f"No mail server found for: {'gmial.com' if t0.hour == 8 else 'corp-example.org'}"
                ],
            )
            t += sec(r.uniform(5.0, 5.1) if _ == 0 else r.uniform(100, 101) if _ == 1 else 500)

    # password guessing on the submission port
    for a, b, ip in [
        (at(6, 40), at(6, 47), JM_SCANNERS[0]),
        (at(8, 52), at(9, 1), JM_SCANNERS[1]),
        (at(11, 15), at(11, 22), JM_SCANNERS[2]),
    ]:
        t = a
        while t < b:
            port = r.randint(30000, 65000)
            t = conn(t, SMTP_H, ip, port)
            for _ in range(r.choice([1, 1, 2, 3])):
                t = J(
                    t + sec(r.uniform(0.3, 1.2)),
                    "INFO",
                    "org.apache.james.smtpserver.AuthCmdHandler",
                    "AUTH method %s failed",
                    [f"AUTH method {r.choice(['LOGIN', 'LOGIN', 'PLAIN'])} failed"],
                )
            if r.random() < 0.3:
                t = J(
                    t + sec(r.uniform(0.001, 0.01)),
                    "INFO",
                    SMTP_H,
                    "Channel closed before we could send in flight messages to the users (ClosedChannelException): %s",
                    [
                        "Channel closed before we could send in flight messages to the users (ClosedChannelException): null"
                    ],
                )
            t = close(t + sec(r.uniform(0.01, 0.3)), SMTP_H, ip, port)
            t += sec(r.uniform(4, 20))
    # an IMAP client with a stale password
    t = at(7, 30, 5)
    while t < at(10, 44):
        ip, port = "10.30.5.40", r.randint(49152, 65535)
        t = conn(t, IMAP_H, ip, port)
        if not in_any(t, [db_down]):
            t = J(
                t + sec(r.uniform(1.0, 3.0)),
                "INFO",
                "org.apache.james.imap.processor.AbstractAuthProcessor",
                "Too many authentication failures. Closing connection.",
                ["Too many authentication failures. Closing connection."],
            )
        close(t + sec(r.uniform(0.01, 0.05)), IMAP_H, ip, port)
        t += sec(r.uniform(290, 310))
    return fs.logs(T0)


# ------------------------------------------------------------------------------ apereo-cas

CAS_NODES = {"cas1": "10.0.2.11", "cas2": "10.0.2.12"}
CAS_SERVICES = [
    ("https://moodle.example.edu/login/index.php", 5),
    ("https://gitlab.example.edu/users/auth/cas3/callback?url", 3),
    ("https://cloud.example.edu/index.php/apps/user_cas/login", 3),
    ("https://hr.example.edu/portal/j_spring_cas_security_check", 1),
    ("https://library.example.edu/cgi-bin/koha/opac-user.pl", 1),
]
CAS_APP_IPS = {
    "https://moodle.example.edu/login/index.php": "10.0.3.21",
    "https://gitlab.example.edu/users/auth/cas3/callback?url": "10.0.3.35",
    "https://cloud.example.edu/index.php/apps/user_cas/login": "10.0.3.40",
    "https://hr.example.edu/portal/j_spring_cas_security_check": "10.0.3.52",
    "https://library.example.edu/cgi-bin/koha/opac-user.pl": "10.0.3.60",
}
CAS_FIRST = [
    "John",
    "Marco",
    "Ana",
    "Linh",
    "Paul",
    "Emma",
    "Ola",
    "Hana",
    "Rosa",
    "Tomasz",
    "Nina",
    "Ben",
    "Sara",
    "Omar",
    "Lucia",
    "Kenji",
    "Ines",
    "Piotr",
    "Maya",
    "David",
    "Aisha",
    "Jonas",
    "Chloe",
    "Ravi",
    "Elif",
]
CAS_LAST = [
    "Doe",
    "Rossi",
    "Kim",
    "Nguyen",
    "Schmidt",
    "Brown",
    "Adeyemi",
    "Sato",
    "Garcia",
    "Kowalski",
    "Fischer",
    "Okafor",
    "Haddad",
    "Silva",
    "Novak",
    "Ito",
    "Moreau",
    "Larsen",
    "Patel",
    "Weber",
]
CAS_GROUPS = ["students"] * 6 + ["staff"] * 2 + ["faculty"] * 2
CAS_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
CAS_AUDIT = label(
    "Audit trail record BEGIN\n=============================================================\nWHO: %s\nWHAT: %s\nACTION: %s\nAPPLICATION: %s\nWHEN: %s\nCLIENT IP ADDRESS: %s\nSERVER IP ADDRESS: %s\n=============================================================\n\n"
)


def cas(r: random.Random) -> list[Log]:
    """Apereo CAS 6.6 on two nodes (cas1, cas2) behind a balancer, tickets in a Hazelcast
    registry shared by both, users in Active Directory, five applications registered in the
    JSON service registry, 06:00 to 12:00 (`cas.log`, CAS's log4j2 `%d %p [%c] - <%m>%n`):
    logins and single sign-on to the applications, each with its audit records; the ticket
    registry cleaner and the service registry reload every two minutes; the domain
    controllers unreachable 08:20-08:32 (every login failing), GitLab validating tickets
    against a changed callback URL 08:40-09:02, a new wiki asking for tickets before it was
    registered 09:10-09:45, and cas2 restarted at 10:05."""
    fs = Files()
    counters = {
        "cas1": [r.randint(400, 900), r.randint(2000, 4000)],
        "cas2": [r.randint(400, 900), r.randint(2000, 4000)],
    }

    def C(node: str, t: datetime, level: str, logger: str, lab: str, msg: list[str]) -> datetime:
        def text(x: datetime) -> list[str]:
            head = f"{x:%Y-%m-%d %H:%M:%S},{ms3(x)} {level} [{logger}] - <"
            if len(msg) == 1:
                return [head + msg[0] + ">"]
            return [head + msg[0], *msg[1:-1], msg[-1] + ">"]

        return fs.add(f"{node}-cas.log", t, lab, text, node, 1000)

    def audit(node: str, t: datetime, who: str, what: str, action: str, client: str) -> datetime:
        bar = "=" * 61
        return C(
            node,
            t,
            "INFO",
            "org.apereo.inspektr.audit.support.Slf4jLoggingAuditTrailManager",
            CAS_AUDIT,
            [
                "Audit trail record BEGIN",
                bar,
                f"WHO: {who}",
                f"WHAT: {what}",
                f"ACTION: {action}",
                "APPLICATION: CAS",
                f"WHEN: {t:%a %b %d %H:%M:%S} UTC {t:%Y}",
                f"CLIENT IP ADDRESS: {client}",
                f"SERVER IP ADDRESS: {CAS_NODES[node]}",
                bar,
                "",
                "",
            ],
        )

    def cred(uid: str) -> str:
        return f"UsernamePasswordCredential(username={uid}, source=null, customFields={{}})"

    def tgt(node: str) -> str:
        counters[node][0] += 1
        tail = "".join(r.choice(CAS_ALNUM + "-") for _ in range(10))
        return f"TGT-{counters[node][0]}-*****{tail}-{node}"

    def st(node: str) -> str:
        counters[node][1] += 1
        return f"ST-{counters[node][1]}-{''.join(r.choice(CAS_ALNUM) for _ in range(20))}-{node}"

    def attrs(uid: str, name: str, group: str) -> str:
        return f"{{cn=[{name}], displayName=[{name}], mail=[{uid}@example.edu], memberOf=[CN={group},OU=Groups,DC=example,DC=edu], uid=[{uid}]}}"

    def members(node: str, t: datetime, ver: int, present: list[str]) -> datetime:
        lines = [
            f"[{CAS_NODES[node]}]:5701 [cas] [5.1.7] ",
            "",
            f"Members {{size:{len(present)}, ver:{ver}}} [",
        ]
        for n in present:
            lines.append(
                f"\tMember [{CAS_NODES[n]}]:5701 - {huuid[n]}{' this' if n == node else ''}"
            )
        lines.append("]")
        lines.append("")
        return C(
            node,
            t,
            "INFO",
            "com.hazelcast.internal.cluster.ClusterService",
            label("\n\nMembers {size:%s, ver:%s} [\n") + "\\tMember [%s]:%s - %s this\\n]\\n",
            lines,
        )

    huuid = {n: uuid4(r) for n in CAS_NODES}
    people = []
    for _ in range(140):
        first, last = r.choice(CAS_FIRST), r.choice(CAS_LAST)
        uid = f"{first[0].lower()}{last.lower()}{r.choice(['', '', '', str(r.randint(2, 9))])}"
        people.append((uid, f"{first} {last}", r.choice(CAS_GROUPS)))
    ldap_down = (at(8, 20, 31), at(8, 32, 7))
    gitlab_bad = (at(8, 40, 12), at(9, 2, 40))
    wiki = (at(9, 10), at(9, 45, 30))
    restart = (at(10, 5, 2), at(10, 6, 19))
    tgts: dict[str, tuple[str, str, datetime]] = {}

    def alive(node: str, t: datetime) -> bool:
        return not (node == "cas2" and restart[0] <= t < restart[1] + sec(2))

    # the schedulers, on both nodes
    for node in CAS_NODES:
        for start, step, kind in [(at(6, 0, 39.2), 120, "clean"), (at(6, 1, 14.6), 120, "load")]:
            t = start + sec(r.uniform(0, 2) if node == "cas2" else 0)
            while t < T_END:
                if alive(node, t):
                    if kind == "clean":
                        n = r.choice([0, 0, 1, 2, 3, 4, 6, 9, 14])
                        C(
                            node,
                            t + sec(r.uniform(0, 0.05)),
                            "INFO",
                            "org.apereo.cas.ticket.registry.DefaultTicketRegistryCleaner",
                            "[%s] expired tickets removed.",
                            [f"[{n}] expired tickets removed."],
                        )
                    else:
                        C(
                            node,
                            t + sec(r.uniform(0, 0.05)),
                            "INFO",
                            "org.apereo.cas.services.AbstractServicesManager",
                            "Loaded [%s] service(s) from [%s].",
                            [
                                f"Loaded [{len(CAS_SERVICES) + (1 if t >= wiki[1] else 0)}] service(s) from [JsonServiceRegistry]."
                            ],
                        )
                t += sec(step + r.uniform(-0.02, 0.02))

    # cas2 restarted at 10:05
    members("cas1", restart[0] + sec(0.9), 5, ["cas1"])
    huuid["cas2"] = uuid4(r)
    t = restart[1] - sec(38.5)
    t = C(
        "cas2",
        t,
        "INFO",
        "org.springframework.boot.web.embedded.tomcat.TomcatWebServer",
        "Tomcat initialized with port(s): %s (%s)",
        ["Tomcat initialized with port(s): 8443 (https)"],
    )
    t = members("cas2", t + sec(r.uniform(14, 19)), 6, ["cas1", "cas2"])
    members("cas1", t + sec(0.004), 6, ["cas1", "cas2"])
    t = C(
        "cas2",
        t + sec(r.uniform(15, 19)),
        "INFO",
        "org.springframework.boot.web.embedded.tomcat.TomcatWebServer",
        "Tomcat started on port(s): %s (%s) with context path '%s'",
        ["Tomcat started on port(s): 8443 (https) with context path '/cas'"],
    )
    up = t + sec(0.03)
    C(
        "cas2",
        up,
        "INFO",
        "org.apereo.cas.web.CasWebApplication",
        "Started CasWebApplication in %s seconds (JVM running for %s)",
        [
            f"Started CasWebApplication in {38.5 + r.uniform(0, 1):.3f} seconds (JVM running for {40.1 + r.uniform(0, 1):.3f})"
        ],
    )
    C(
        "cas2",
        up + sec(0.2),
        "INFO",
        "org.apereo.cas.web.CasWebApplication",
        "Ready to process requests @ [%s]",
        [f"Ready to process requests @ [{up:%Y-%m-%dT%H:%M:%S}.{ms3(up)}Z]"],
    )
    C(
        "cas2",
        up + sec(1.4),
        "INFO",
        "org.apereo.cas.services.AbstractServicesManager",
        "Loaded [%s] service(s) from [%s].",
        [f"Loaded [{len(CAS_SERVICES) + 1}] service(s) from [JsonServiceRegistry]."],
    )

    services = [s for s, _ in CAS_SERVICES]
    weights = [w for _, w in CAS_SERVICES]
    for t in poisson(r, T0, T_END, 52):
        node = r.choice(["cas1", "cas2"]) if alive("cas2", t) else "cas1"
        uid, name, group = r.choice(people)
        client = f"10.{r.choice([40, 41, 42, 50])}.{r.randint(0, 255)}.{r.randint(2, 254)}"
        svc = r.choices(services, weights)[0]
        if in_any(t, [wiki]) and r.random() < 0.25:
            svc_url = f"https://wiki.example.edu/login?redirect={r.choice(['%2Fdisplay%2FIT', '%2Fdashboard.action', '%2Fdisplay%2FHR%2FHolidays'])}"
            t = C(
                node,
                t,
                "WARN",
                "org.apereo.cas.DefaultCentralAuthenticationService",
                "Service [%s] is not found in service registry.",
                [f"Service [{svc_url}] is not found in service registry."],
            )
            audit(
                node,
                t + sec(0.002),
                uid if uid in tgts else "audit:unknown",
                f"Service [{svc_url}] is not found in service registry.",
                "SERVICE_TICKET_NOT_CREATED",
                client,
            )
            continue
        if uid not in tgts or tgts[uid][2] < t:
            # a login
            t = audit(
                node,
                t,
                "audit:unknown",
                f"{{source=RankedMultifactorAuthenticationProviderWebflowEventResolver, event=success, timestamp={t:%a %b %d %H:%M:%S} UTC {t:%Y}}}",
                "AUTHENTICATION_EVENT_TRIGGERED",
                client,
            )
            t += sec(r.uniform(3, 25))
            if in_any(t, [ldap_down]):
                t = C(
                    node,
                    t,
                    "ERROR",
                    "org.apereo.cas.authentication.DefaultAuthenticationManager",
                    "Authentication has failed. Credentials may be incorrect or CAS cannot find authentication handler that supports [%s] of type [%s]. Examine the configuration to ensure a method of authentication is defined and analyze CAS logs at DEBUG level to trace the authentication event.",
                    [
                        f"Authentication has failed. Credentials may be incorrect or CAS cannot find authentication handler that supports [{cred(uid)}] of type [UsernamePasswordCredential]. Examine the configuration to ensure a method of authentication is defined and analyze CAS logs at DEBUG level to trace the authentication event."
                    ],
                )
                t = C(
                    node,
                    t + sec(0.001),
                    "ERROR",
                    "org.apereo.cas.authentication.DefaultAuthenticationManager",
                    "[%s]: [org.ldaptive.LdapException: java.net.ConnectException: Connection timed out / java.net.ConnectException: Connection timed out]",
                    [
                        "[AD]: [org.ldaptive.LdapException: java.net.ConnectException: Connection timed out / java.net.ConnectException: Connection timed out]"
                    ],
                )
                audit(
                    node,
                    t + sec(0.01),
                    uid,
                    f"Supplied credentials: [{cred(uid)}]",
                    "AUTHENTICATION_FAILED",
                    client,
                )
                continue
            if r.random() < 0.07:
                t = C(
                    node,
                    t,
                    "INFO",
                    "org.apereo.cas.authentication.DefaultAuthenticationManager",
                    "[%s] exception details: [Invalid credentials].",
                    ["[AD] exception details: [Invalid credentials]."],
                )
                t = audit(
                    node,
                    t + sec(0.01),
                    uid,
                    f"Supplied credentials: [{cred(uid)}]",
                    "AUTHENTICATION_FAILED",
                    client,
                )
                t += sec(r.uniform(4, 15))
            t = C(
                node,
                t + sec(r.uniform(0.05, 0.3)),
                "INFO",
                "org.apereo.cas.authentication.DefaultAuthenticationManager",
                "Authenticated principal [%s] with attributes [%s] via credentials [%s].",
                [
                    f"Authenticated principal [{uid}] with attributes [{attrs(uid, name, group)}] via credentials [[{cred(uid)}]]."
                ],
            )
            t = audit(node, t + sec(0.001), uid, f"[{cred(uid)}]", "AUTHENTICATION_SUCCESS", client)
            tid = tgt(node)
            tgts[uid] = (tid, node, t + sec(8 * 3600 if r.random() < 0.4 else r.uniform(600, 5400)))
            t = audit(node, t + sec(0.02), uid, tid, "TICKET_GRANTING_TICKET_CREATED", client)
        sid = st(node)
        t = audit(
            node,
            t + sec(r.uniform(0.005, 0.05)),
            uid,
            f"{sid} for {svc}",
            "SERVICE_TICKET_CREATED",
            client,
        )
        vnode = r.choice(["cas1", "cas2"]) if alive("cas2", t) else "cas1"
        t += sec(r.uniform(0.15, 0.9))
        app_ip = CAS_APP_IPS[svc]
        if svc.startswith("https://gitlab") and in_any(t, [gitlab_bad]):
            given = "https://gitlab.example.edu/users/auth/cas3/callback"
            t = C(
                vnode,
                t,
                "ERROR",
                "org.apereo.cas.DefaultCentralAuthenticationService",
                "Service ticket [%s] with service [%s] does not match supplied service [%s]",
                [
                    f"Service ticket [{sid}] with service [{svc}] does not match supplied service [{given}]"
                ],
            )
            audit(
                vnode,
                t + sec(0.002),
                "audit:unknown",
                sid,
                "SERVICE_TICKET_VALIDATE_FAILED",
                app_ip,
            )
            continue
        audit(vnode, t, "audit:unknown", sid, "SERVICE_TICKET_VALIDATED", app_ip)
        if r.random() < 0.09 and uid in tgts:
            # the user logs out
            tid, _tnode, _ = tgts.pop(uid)
            lt = t + sec(r.uniform(60, 1500))
            lnode = r.choice(["cas1", "cas2"]) if alive("cas2", lt) else "cas1"
            lt = C(
                lnode,
                lt,
                "INFO",
                "org.apereo.cas.logout.DefaultLogoutManager",
                "Performing logout operations for [%s]",
                [f"Performing logout operations for [{tid}]"],
            )
            lt = C(
                lnode,
                lt + sec(r.uniform(0.05, 0.6)),
                "INFO",
                "org.apereo.cas.logout.DefaultLogoutManager",
                "[%s] logout requests were processed",
                [f"[{r.choice([1, 1, 1, 2, 3])}] logout requests were processed"],
            )
            audit(lnode, lt + sec(0.002), uid, tid, "TICKET_DESTROYED", client)
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- openam

AM_SERVERS = ["dc1.corp.example.com:636", "dc2.corp.example.com:636"]
AM_LDAP_DUMP = label(
    "bindDN-> %s\nrequiredPasswordLength-> %s\nbaseDN-> %s\nuserNamingAttr-> %s\nuserSearchAttr(s)-> %s\nuserCreationAttrs-> %s\nsearchFilter-> %s\nsearchScope-> %s\nssl-> %s\ntrustAll-> %s\nauthLevel-> %s\nbeheraEnabled->%s\nprimaryServers-> %s\nsecondaryServers-> %s\nheartBeatInterval-> %s\nheartBeatTimeUnit-> %s\noperationTimeout-> %s\nPattern : %s"
)
AM_LDAP_FRAMES = [
    "org.forgerock.opendj.ldap.ErrorResultException.newErrorResult(ErrorResultException.java:137)",
    "org.forgerock.opendj.ldap.ErrorResultException.newErrorResult(ErrorResultException.java:105)",
    "org.forgerock.opendj.ldap.AbstractLoadBalancingAlgorithm.getMonitoredConnectionFactory(AbstractLoadBalancingAlgorithm.java:351)",
    "org.forgerock.opendj.ldap.AbstractLoadBalancingAlgorithm.getConnectionFactory(AbstractLoadBalancingAlgorithm.java:317)",
    "org.forgerock.opendj.ldap.LoadBalancer.getConnection(LoadBalancer.java:62)",
    "com.sun.identity.authentication.modules.ldap.LDAPAuthUtils.getAdminConnection(LDAPAuthUtils.java:471)",
    "com.sun.identity.authentication.modules.ldap.LDAPAuthUtils.searchForUser(LDAPAuthUtils.java:1185)",
    "com.sun.identity.authentication.modules.ldap.LDAPAuthUtils.authenticateUser(LDAPAuthUtils.java:399)",
    "com.sun.identity.authentication.modules.ldap.LDAP.process(LDAP.java:328)",
    "com.sun.identity.authentication.spi.AMLoginModule.wrapProcess(AMLoginModule.java:1055)",
    "com.sun.identity.authentication.spi.AMLoginModule.login(AMLoginModule.java:1253)",
    "com.sun.identity.authentication.jaas.LoginContext.invoke(LoginContext.java:208)",
    "com.sun.identity.authentication.jaas.LoginContext.login(LoginContext.java:130)",
    "com.sun.identity.authentication.service.AMLoginContext.runLogin(AMLoginContext.java:638)",
    "com.sun.identity.authentication.server.AuthContextLocal.submitRequirements(AuthContextLocal.java:641)",
    "org.forgerock.openam.core.rest.authn.core.wrappers.AuthContextLocalWrapper.submitRequirements(AuthContextLocalWrapper.java:202)",
    "org.forgerock.openam.core.rest.authn.RestAuthenticationHandler.processAuthentication(RestAuthenticationHandler.java:321)",
    "org.forgerock.openam.core.rest.authn.RestAuthenticationHandler.authenticate(RestAuthenticationHandler.java:234)",
    "org.forgerock.openam.core.rest.authn.http.AuthenticationServiceV1.authenticate(AuthenticationServiceV1.java:157)",
    "org.forgerock.openam.core.rest.authn.http.AuthenticationServiceV2.authenticate(AuthenticationServiceV2.java:89)",
]
AM_LOGIN_FRAMES = [
    "com.sun.identity.authentication.spi.AMLoginModule.wrapProcess(AMLoginModule.java:1055)",
    "com.sun.identity.authentication.spi.AMLoginModule.login(AMLoginModule.java:1253)",
    "sun.reflect.GeneratedMethodAccessor412.invoke(Unknown Source)",
    "sun.reflect.DelegatingMethodAccessorImpl.invoke(DelegatingMethodAccessorImpl.java:43)",
    "java.lang.reflect.Method.invoke(Method.java:498)",
    "javax.security.auth.login.LoginContext.invoke(LoginContext.java:755)",
    "javax.security.auth.login.LoginContext.access$000(LoginContext.java:195)",
    "javax.security.auth.login.LoginContext$4.run(LoginContext.java:682)",
    "javax.security.auth.login.LoginContext$4.run(LoginContext.java:680)",
    "java.security.AccessController.doPrivileged(Native Method)",
    "javax.security.auth.login.LoginContext.invokePriv(LoginContext.java:680)",
    "javax.security.auth.login.LoginContext.login(LoginContext.java:587)",
    "com.sun.identity.authentication.service.AMLoginContext.runLogin(AMLoginContext.java:638)",
    "com.sun.identity.authentication.server.AuthContextLocal.submitRequirements(AuthContextLocal.java:641)",
    "org.forgerock.openam.core.rest.authn.core.wrappers.AuthContextLocalWrapper.submitRequirements(AuthContextLocalWrapper.java:202)",
    "org.forgerock.openam.core.rest.authn.RestAuthenticationHandler.processAuthentication(RestAuthenticationHandler.java:321)",
]


def openam(r: random.Random) -> list[Log]:
    """ForgeRock AM 6.5 (OpenAM) on two servers (am1, am2) under Tomcat, authenticating
    against Active Directory with the LDAP module, its debug logging merged into one file
    (`com.sun.services.debug.mergeall=on`: `debug.out` in each server's debug directory),
    06:00 to 12:00. The debug level is `warning`; at 08:15 an administrator raises amAuth and
    amAuthLDAP to `message` on am1 through Debug.jsp to chase login failures and leaves it
    there until 10:20, so am1 writes every login's trace for two hours. The module's bind
    account's password expires at 08:02 and is reset at 08:41 (every search failing with
    `Invalid Credentials`), and dc2 is patched and rebooted 11:05-11:12 while dc1 is slow
    (searches failing with `Connect Error`)."""
    fs = Files()
    txn = {"am1": uuid4(r), "am2": uuid4(r)}
    txn_n = {"am1": r.randint(1000, 5000), "am2": r.randint(1000, 5000)}

    def D(
        host: str,
        t: datetime,
        name: str,
        level: str,
        thread: str,
        tx: str,
        lab: str,
        msg: list[str],
        exc: list[str] | None = None,
    ) -> datetime:
        prefix = {"message": "", "warning": "WARNING: ", "error": "ERROR: "}[level]

        def text(x: datetime) -> list[str]:
            h12 = x.hour % 12 or 12
            head = f"{name}:{x:%m/%d/%Y} {h12:02d}:{x:%M:%S}:{ms3(x)} {'AM' if x.hour < 12 else 'PM'} UTC: Thread[{thread},5,main]: TransactionId[{tx}]"
            lines = [head, prefix + msg[0], *msg[1:]]
            if exc:
                lines += [*exc, ""]
            return lines

        return fs.add(f"{host}-debug.out", t, lab, text, host, 1000)

    msg_window = (at(8, 15, 21), at(10, 20, 44))
    bind_expired = (at(8, 2, 0), at(8, 41, 30))
    dc_down = (at(11, 5, 10), at(11, 12, 40))
    users = [
        f"{a}{b}"
        for a in ["j", "m", "s", "a", "k", "p", "t", "l", "d", "r"]
        for b in ["miller", "chen", "garcia", "novak", "singh", "berg", "tanaka", "okoro"]
    ]

    def login(host: str, t: datetime) -> None:
        txn_n[host] += 1
        tx = f"{txn[host]}-{txn_n[host]}"
        thread = f"http-nio-8080-exec-{r.randint(1, 25)}"
        verbose = host == "am1" and in_any(t, [msg_window])
        user = r.choice(users)
        filt = f"(&(sAMAccountName={user})(objectclass=user))"
        if r.random() < 0.04:
            user = r.choice(["jmiler", "admin", "test", "sgarica", "administrator"])
            filt = f"(&(sAMAccountName={user})(objectclass=user))"
        if verbose:
            t = D(
                host,
                t,
                "amAuthLDAP",
                "message",
                thread,
                tx,
                AM_LDAP_DUMP,
                [
                    "bindDN-> CN=svc-openam,OU=Service Accounts,DC=corp,DC=example,DC=com",
                    "requiredPasswordLength-> 8",
                    "baseDN-> [OU=Staff,DC=corp,DC=example,DC=com]",
                    "userNamingAttr-> sAMAccountName",
                    "userSearchAttr(s)-> [sAMAccountName]",
                    "userCreationAttrs-> {}",
                    "searchFilter-> (objectclass=user)",
                    "searchScope-> WHOLE_SUBTREE",
                    "ssl-> true",
                    "trustAll-> false",
                    "authLevel-> 0",
                    "beheraEnabled->false",
                    f"primaryServers-> [{AM_SERVERS[0]}]",
                    f"secondaryServers-> [{AM_SERVERS[1]}]",
                    "heartBeatInterval-> 10",
                    "heartBeatTimeUnit-> SECONDS",
                    "operationTimeout-> 0",
                    "Pattern : null",
                ],
            )
        t += sec(r.uniform(0.002, 0.03))
        ldap_exc = None
        if in_any(t, [bind_expired]):
            ldap_exc = (
                "Invalid Credentials",
                "org.forgerock.opendj.ldap.AuthenticationException: Invalid Credentials: 80090308: LdapErr: DSID-0C090439, comment: AcceptSecurityContext error, data 532, v4563",
            )
        elif in_any(t, [dc_down]) and r.random() < 0.55:
            ldap_exc = (
                "Connect Error",
                "org.forgerock.opendj.ldap.ConnectionException: Connect Error: No operational connection factories available",
            )
        if ldap_exc:
            code, head = ldap_exc
            t = D(
                host,
                t,
                "amAuthLDAP",
                "warning",
                thread,
                tx,
                "Search for User error: ",
                ["Search for User error: "],
                [head, *[f"\tat {f}" for f in AM_LDAP_FRAMES]],
            )
            t = D(
                host,
                t + sec(0.001),
                "amAuthLDAP",
                "warning",
                thread,
                tx,
                "resultCode: %s",
                [f"resultCode: {code}"],
            )
            if code == "Connect Error":
                D(
                    host,
                    t + sec(0.001),
                    "amAuthLDAP",
                    "warning",
                    thread,
                    tx,
                    "Cannot connect to %s",
                    [f"Cannot connect to [{', '.join(AM_SERVERS)}]"],
                    [head, *[f"\tat {f}" for f in AM_LDAP_FRAMES]],
                )
                outcome = "down"
            else:
                D(
                    host,
                    t + sec(0.001),
                    "amAuthLDAP",
                    "warning",
                    thread,
                    tx,
                    "Cannot authenticate ",
                    ["Cannot authenticate "],
                )
                outcome = "badpw"
        elif user in ["jmiler", "admin", "test", "sgarica", "administrator"]:
            outcome = "nouser"
        elif r.random() < 0.09:
            outcome = "badpw"
        else:
            outcome = "ok"
        if not verbose:
            return

        def M(
            name: str, lab: str, msg: list[str], exc: list[str] | None = None, dt: float = 0.001
        ) -> None:
            nonlocal t
            t = D(host, t + sec(dt), name, "message", thread, tx, lab, msg, exc)

        if outcome == "ok":
            M(
                "amAuthLDAP",
                "No controls returned",
                ["No controls returned"],
                dt=r.uniform(0.005, 0.04),
            )
            M("amAuth", "user authentication successful", ["user authentication successful"])
            M("amAuth", "searchUserProfile for Subject :", ["searchUserProfile for Subject :"])
            M(
                "amAuth",
                "authContext is : %s",
                [
                    f"authContext is : com.sun.identity.authentication.server.AuthContextLocal@{hexid(r, 7).lstrip('0')}"
                ],
                dt=r.uniform(0.01, 0.06),
            )
            M(
                "amAuth",
                "loginSTate is : %s",
                [
                    f"loginSTate is : com.sun.identity.authentication.service.LoginState@{hexid(r, 7).lstrip('0')}"
                ],
            )
            M("amAuth", "login success", ["login success"], dt=r.uniform(0.005, 0.05))
            M("amAuth", "Came to before if Failed loop", ["Came to before if Failed loop"])
            M(
                "amAuth",
                "AMLoginContext.runLogin:calling incSsoServerAuthenticationSuccessCount",
                ["AMLoginContext.runLogin:calling incSsoServerAuthenticationSuccessCount"],
            )
            status = "success"
        elif outcome == "badpw":
            if not ldap_exc:
                M(
                    "amAuthLDAP",
                    "Failed auth due to invalid credentials",
                    ["Failed auth due to invalid credentials"],
                    dt=r.uniform(0.005, 0.04),
                )
            M("amAuthLDAP", "Invalid password.", ["Invalid password."])
            M("amAuth", "Invalid Password : ", ["Invalid Password : "])
            M(
                "amAuth",
                "Exception ",
                ["Exception "],
                [
                    "com.sun.identity.authentication.spi.InvalidPasswordException: Invalid Password",
                    "\tat com.sun.identity.authentication.modules.ldap.LDAP.process(LDAP.java:426)",
                    *[f"\tat {f}" for f in AM_LOGIN_FRAMES],
                ],
            )
            M("amAuth", "Invalid Password Exception %s", [f"Invalid Password Exception {user}"])
            M("amAuth", "Came to before if Failed loop", ["Came to before if Failed loop"])
            status = "failed"
        else:
            if outcome == "nouser":
                M(
                    "amAuthLDAP",
                    "Cannot find entries for %s",
                    [f"Cannot find entries for {filt}"],
                    dt=r.uniform(0.005, 0.04),
                )
            M("amAuth", "LOGINFAILED Error....", ["LOGINFAILED Error...."])
            M(
                "amAuth",
                "Exception : ",
                ["Exception : "],
                [
                    "com.sun.identity.authentication.spi.AuthLoginException: Authentication failed",
                    "\tat com.sun.identity.authentication.modules.ldap.LDAP.processLoginScreen(LDAP.java:588)",
                    "\tat com.sun.identity.authentication.modules.ldap.LDAP.process(LDAP.java:352)",
                    *[f"\tat {f}" for f in AM_LOGIN_FRAMES],
                ],
            )
            M("amAuth", "Came to before if Failed loop", ["Came to before if Failed loop"])
            status = "failed"
        M(
            "amAuth",
            label("finished...login notify all threads\nAMLoginContext:LoginStatus: %s"),
            ["finished...login notify all threads", f"AMLoginContext:LoginStatus: {status}"],
        )

    for host, mean in [("am1", 34), ("am2", 34)]:
        for t in poisson(r, T0, T_END, mean):
            login(host, t)
    return fs.logs(T0)


# --------------------------------------------------------------------- jasperreports-server

JRS_USERS = [
    "jasperadmin",
    "mgarcia",
    "tlee",
    "kbauer",
    "dsmith",
    "awong",
    "rpatel",
    "lmartin",
    "cjohansson",
]
JRS_PG_REFUSED = "Connection to pgrepo.bi.internal:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections."
JRS_TOMCAT = [
    "org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:193)",
    "org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:166)",
    "org.apache.catalina.core.StandardWrapperValve.invoke(StandardWrapperValve.java:202)",
    "org.apache.catalina.core.StandardContextValve.invoke(StandardContextValve.java:97)",
    "org.apache.catalina.authenticator.AuthenticatorBase.invoke(AuthenticatorBase.java:542)",
    "org.apache.catalina.core.StandardHostValve.invoke(StandardHostValve.java:143)",
    "org.apache.catalina.valves.ErrorReportValve.invoke(ErrorReportValve.java:92)",
    "org.apache.catalina.core.StandardEngineValve.invoke(StandardEngineValve.java:78)",
    "org.apache.catalina.connector.CoyoteAdapter.service(CoyoteAdapter.java:357)",
    "org.apache.coyote.http11.Http11Processor.service(Http11Processor.java:382)",
    "org.apache.coyote.AbstractProcessorLight.process(AbstractProcessorLight.java:65)",
    "org.apache.coyote.AbstractProtocol$ConnectionHandler.process(AbstractProtocol.java:895)",
    "org.apache.tomcat.util.net.NioEndpoint$SocketProcessor.doRun(NioEndpoint.java:1722)",
    "org.apache.tomcat.util.net.SocketProcessorBase.run(SocketProcessorBase.java:49)",
    "org.apache.tomcat.util.threads.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1191)",
    "org.apache.tomcat.util.threads.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:659)",
    "org.apache.tomcat.util.threads.TaskThread$WrappingRunnable.run(TaskThread.java:61)",
    "java.base/java.lang.Thread.run(Thread.java:829)",
]
JRS_FILL = [
    "net.sf.jasperreports.engine.query.JRJdbcQueryExecuter.createDatasource(JRJdbcQueryExecuter.java:320)",
    "net.sf.jasperreports.engine.fill.JRFillDataset.createQueryDatasource(JRFillDataset.java:1257)",
    "net.sf.jasperreports.engine.fill.JRFillDataset.initDatasource(JRFillDataset.java:727)",
    "net.sf.jasperreports.engine.fill.BaseReportFiller.setParameters(BaseReportFiller.java:497)",
    "net.sf.jasperreports.engine.fill.JRBaseFiller.fill(JRBaseFiller.java:597)",
    "net.sf.jasperreports.engine.fill.BaseFillHandle$ReportFill.run(BaseFillHandle.java:135)",
    "java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1128)",
    "java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:628)",
    "java.base/java.lang.Thread.run(Thread.java:829)",
]
JRS_PG_QUERY = [
    "org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2675)",
    "org.postgresql.core.v3.QueryExecutorImpl.processResults(QueryExecutorImpl.java:2365)",
    "org.postgresql.core.v3.QueryExecutorImpl.execute(QueryExecutorImpl.java:355)",
    "org.postgresql.jdbc.PgStatement.executeInternal(PgStatement.java:490)",
    "org.postgresql.jdbc.PgStatement.execute(PgStatement.java:408)",
    "org.postgresql.jdbc.PgPreparedStatement.executeWithFlags(PgPreparedStatement.java:166)",
    "org.postgresql.jdbc.PgPreparedStatement.executeQuery(PgPreparedStatement.java:118)",
    "org.apache.commons.dbcp2.DelegatingPreparedStatement.executeQuery(DelegatingPreparedStatement.java:122)",
    "net.sf.jasperreports.engine.query.JRJdbcQueryExecuter.createDatasource(JRJdbcQueryExecuter.java:310)",
]


def jasperserver(r: random.Random) -> list[Log]:
    """JasperReports Server 8.2 Community Edition on Tomcat 9 (`jasperserver.log`, its
    log4j2 `%d{ISO8601} %5p %c{1},%t:%L - %m%n` at the shipped WARN level), its repository
    and the Quartz job store on PostgreSQL, the reports reading a PostgreSQL warehouse,
    06:00 to 12:00: Spring Security's LoggerListener writing every authentication event (a
    portal's REST client authenticating every 15 seconds, people logging in to the UI, wrong
    passwords, an account locked), the repository database failing over 08:31-08:36 (an
    operator restarting JRS in the middle of it), a warehouse migration at 09:00 renaming a
    column two reports read (interactive runs and the hourly scheduled jobs failing), and a
    vulnerability scanner 10:12-10:19."""
    fs = Files()

    def L(
        t: datetime,
        level: str,
        cls: str,
        thread: str,
        line: int,
        lab: str,
        msg: list[str],
        exc: list[str] | None = None,
    ) -> datetime:
        return fs.add(
            "jasperserver.log",
            t,
            lab,
            lambda x: [
                f"{x:%Y-%m-%dT%H:%M:%S},{ms3(x)} {level:>5} {cls},{thread}:{line} - {msg[0]}",
                *msg[1:],
                *(exc or []),
            ],
            "jrs",
            1000,
        )

    details_hash: dict[tuple[str, str], str] = {}

    def details(ip: str, session: str) -> str:
        if (ip, session) not in details_hash:
            details_hash[ip, session] = hexid(r, r.choice([4, 5, 7, 8])).lstrip("0") or "1"
        return f"org.springframework.security.web.authentication.WebAuthenticationDetails@{details_hash[ip, session]}: RemoteIpAddress: {ip}; SessionId: {session}"

    def event(t: datetime, thread: str, kind: str, user: str, det: str, exc: str = "") -> datetime:
        if exc:
            lab = "Authentication event %s: %s; details: %s; exception: " + exc
            msg = f"Authentication event {kind}: {user}; details: {det}; exception: {exc}"
        else:
            lab = "Authentication event %s: %s; details: %s"
            msg = f"Authentication event {kind}: {user}; details: {det}"
        return L(t, "WARN", "LoggerListener", thread, 60, lab, [msg])

    def exec_thread() -> str:
        return f"http-nio-8080-exec-{r.randint(1, 40)}"

    repo_down = (at(8, 31, 4), at(8, 36, 22))
    restart = (at(8, 33, 40), at(8, 34, 55))
    migrated = at(9, 0, 3)
    scan = (at(10, 12, 5), at(10, 19, 40))
    HIB = "Could not open Hibernate Session for transaction; nested exception is org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection"

    def sql_error(t: datetime, thread: str, state: str, text: str) -> datetime:
        t = L(
            t,
            "WARN",
            "SqlExceptionHelper",
            thread,
            137,
            "SQL Error: %d, SQLState: %s",
            [f"SQL Error: 0, SQLState: {state}"],
        )
        return L(
            t + sec(0.0005),
            "ERROR",
            "SqlExceptionHelper",
            thread,
            142,
            text.replace("pgrepo.bi.internal:5432", "%s"),
            [text],
        )

    def repo_failure(t: datetime, thread: str) -> datetime:
        if t < repo_down[0] + sec(2.5):
            return sql_error(
                t, thread, "08006", "An I/O error occurred while sending to the backend."
            )
        if t < repo_down[0] + sec(9):
            return sql_error(t, thread, "08003", "This connection has been closed.")
        return sql_error(t, thread, "08001", JRS_PG_REFUSED)

    # the portal's REST client: basic authentication on every call
    portal = "10.0.9.31"
    for t in poisson(r, T0, T_END, 15):
        if in_any(t, [restart]):
            continue
        th = exec_thread()
        if in_any(t, [repo_down]):
            t = repo_failure(t, th)
            event(
                t + sec(0.002),
                th,
                "AuthenticationFailureServiceExceptionEvent",
                "svc_portal",
                details(portal, "null"),
                HIB,
            )
            continue
        event(t, th, "AuthenticationSuccessEvent", "svc_portal", details(portal, "null"))

    # requests in flight when the primary went away
    for dt in (0.6, 1.9, 4.4, 7.2):
        th = exec_thread()
        t = repo_failure(repo_down[0] + sec(dt + r.uniform(0, 0.3)), th)
        event(
            t + sec(0.002),
            th,
            "AuthenticationFailureServiceExceptionEvent",
            r.choice(["svc_portal", "mgarcia", "tlee"]),
            details(portal, "null"),
            HIB,
        )

    # people logging in to the UI
    clients = [
        f"10.{r.choice([40, 41, 42])}.{r.randint(0, 255)}.{r.randint(2, 254)}" for _ in range(25)
    ]
    locked_user = "dsmith"
    for t in poisson(r, T0, T_END, 95):
        if in_any(t, [restart]):
            continue
        ip = r.choice(clients)
        user = r.choice(JRS_USERS)
        session = hexid(r, 32).upper()
        th = exec_thread()
        if in_any(t, [repo_down]):
            t = repo_failure(t, th)
            event(
                t + sec(0.002),
                th,
                "AuthenticationFailureServiceExceptionEvent",
                user,
                details(ip, session),
                HIB,
            )
            continue
        if user == locked_user and at(9, 40) <= t:
            event(
                t,
                th,
                "AuthenticationFailureLockedEvent",
                user,
                details(ip, session),
                "User account is locked",
            )
            continue
        if r.random() < 0.08:
            t = event(
                t,
                th,
                "AuthenticationFailureBadCredentialsEvent",
                user,
                details(ip, session),
                "Bad credentials",
            )
            t += sec(r.uniform(4, 20))
            session = hexid(r, 32).upper()
        t = event(t, th, "AuthenticationSuccessEvent", user, details(ip, session))
        event(
            t + sec(0.003), th, "InteractiveAuthenticationSuccessEvent", user, details(ip, session)
        )
    # dsmith's password guessed wrong until the account locks
    t = at(9, 38, 12)
    for _ in range(3):
        session = hexid(r, 32).upper()
        t = event(
            t,
            exec_thread(),
            "AuthenticationFailureBadCredentialsEvent",
            locked_user,
            details(clients[3], session),
            "Bad credentials",
        )
        t += sec(r.uniform(6, 20))
    # the vulnerability scanner
    scanner = "172.16.250.9"
    paths = [
        "/jasperserver/admin.html",
        "/jasperserver/console.html",
        "/jasperserver/phpinfo.html",
        "/jasperserver/web-console.html",
        "/jasperserver/manager/html",
        "/jasperserver/server-status.html",
        "/jasperserver/test.html",
        "/jasperserver/backup.html",
        "/jasperserver/debug.html",
        "/jasperserver/wp-admin/index.html",
    ]
    for t in poisson(r, scan[0], scan[1], 4.5):
        th = exec_thread()
        if r.random() < 0.55:
            L(
                t,
                "WARN",
                "PageNotFound",
                th,
                1278,
                "No mapping found for HTTP request with URI [%s] in DispatcherServlet with name '%s'",
                [
                    f"No mapping found for HTTP request with URI [{r.choice(paths)}] in DispatcherServlet with name 'jasperserver'"
                ],
            )
        else:
            event(
                t,
                th,
                "AuthenticationFailureBadCredentialsEvent",
                r.choice(["admin", "jasperadmin", "superuser", "root", "administrator", "joeuser"]),
                details(scanner, hexid(r, 32).upper()),
                "Bad credentials",
            )

    # Quartz's store in the repository database
    L(
        repo_down[0] + sec(r.uniform(1, 5)),
        "ERROR",
        "ErrorLogger",
        "quartzScheduler_QuartzSchedulerThread",
        2425,
        "An error occurred while scanning for the next triggers to fire.",
        ["An error occurred while scanning for the next triggers to fire."],
        [
            "org.quartz.JobPersistenceException: Failed to obtain DB connection from data source 'springNonTxDataSource.quartzScheduler': org.postgresql.util.PSQLException: "
            + JRS_PG_REFUSED
            + " [See nested exception: org.postgresql.util.PSQLException: "
            + JRS_PG_REFUSED
            + "]",
            "\tat org.quartz.impl.jdbcjobstore.JobStoreSupport.getNonManagedTXConnection(JobStoreSupport.java:3764)",
            "\tat org.quartz.impl.jdbcjobstore.JobStoreSupport.executeInNonManagedTXLock(JobStoreSupport.java:3861)",
            "\tat org.quartz.impl.jdbcjobstore.JobStoreSupport.acquireNextTriggers(JobStoreSupport.java:2753)",
            "\tat org.quartz.core.QuartzSchedulerThread.run(QuartzSchedulerThread.java:272)",
        ],
    )
    t = repo_down[0] + sec(r.uniform(5, 14))
    while t < repo_down[1]:
        if not in_any(t, [restart]):
            L(
                t,
                "ERROR",
                "JobStoreTX",
                "quartzScheduler_MisfireHandler",
                3993,
                "MisfireHandler: Error handling misfires: Failed to obtain DB connection from data source '%s': org.postgresql.util.PSQLException: Connection to %s refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.",
                [
                    f"MisfireHandler: Error handling misfires: Failed to obtain DB connection from data source 'springNonTxDataSource.quartzScheduler': org.postgresql.util.PSQLException: {JRS_PG_REFUSED}"
                ],
                [
                    "org.quartz.JobPersistenceException: Failed to obtain DB connection from data source 'springNonTxDataSource.quartzScheduler': org.postgresql.util.PSQLException: "
                    + JRS_PG_REFUSED
                    + " [See nested exception: org.postgresql.util.PSQLException: "
                    + JRS_PG_REFUSED
                    + "]",
                    "\tat org.quartz.impl.jdbcjobstore.JobStoreSupport.getNonManagedTXConnection(JobStoreSupport.java:3764)",
                    "\tat org.quartz.impl.jdbcjobstore.JobStoreSupport.doRecoverMisfires(JobStoreSupport.java:3183)",
                    "\tat org.quartz.impl.jdbcjobstore.JobStoreSupport$MisfireHandler.manage(JobStoreSupport.java:3935)",
                    "\tat org.quartz.impl.jdbcjobstore.JobStoreSupport$MisfireHandler.run(JobStoreSupport.java:3956)",
                    "Caused by: org.postgresql.util.PSQLException: " + JRS_PG_REFUSED,
                    "\tat org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:319)",
                    "\tat org.postgresql.core.ConnectionFactory.openConnection(ConnectionFactory.java:49)",
                    "\tat org.postgresql.jdbc.PgConnection.<init>(PgConnection.java:247)",
                    "\tat org.postgresql.Driver.makeConnection(Driver.java:434)",
                    "\tat org.postgresql.Driver.connect(Driver.java:291)",
                    "\tat org.apache.tomcat.jdbc.pool.PooledConnection.connectUsingDriver(PooledConnection.java:346)",
                    "\tat org.apache.tomcat.jdbc.pool.PooledConnection.connect(PooledConnection.java:227)",
                    "\tat org.apache.tomcat.jdbc.pool.ConnectionPool.createConnection(ConnectionPool.java:768)",
                    "\tat org.apache.tomcat.jdbc.pool.ConnectionPool.borrowConnection(ConnectionPool.java:696)",
                    "\tat org.apache.tomcat.jdbc.pool.ConnectionPool.getConnection(ConnectionPool.java:198)",
                    "\tat org.apache.tomcat.jdbc.pool.DataSourceProxy.getConnection(DataSourceProxy.java:132)",
                    "\tat org.springframework.scheduling.quartz.LocalDataSourceJobStore$2.getConnection(LocalDataSourceJobStore.java:147)",
                    "\t... 4 more",
                ],
            )
        t += sec(15 + r.uniform(0, 0.4))

    # the restart in the middle of it
    t = restart[1] - sec(34.2)
    t = L(
        t,
        "ERROR",
        "ConnectionPool",
        "main",
        181,
        "Unable to create initial connections of pool.",
        ["Unable to create initial connections of pool."],
        [
            "org.postgresql.util.PSQLException: " + JRS_PG_REFUSED,
            "\tat org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:319)",
            "\tat org.postgresql.core.ConnectionFactory.openConnection(ConnectionFactory.java:49)",
            "\tat org.postgresql.jdbc.PgConnection.<init>(PgConnection.java:247)",
            "\tat org.postgresql.Driver.makeConnection(Driver.java:434)",
            "\tat org.postgresql.Driver.connect(Driver.java:291)",
            "\tat org.apache.tomcat.jdbc.pool.PooledConnection.connectUsingDriver(PooledConnection.java:346)",
            "\tat org.apache.tomcat.jdbc.pool.PooledConnection.connect(PooledConnection.java:227)",
            "\tat org.apache.tomcat.jdbc.pool.ConnectionPool.createConnection(ConnectionPool.java:768)",
            "\tat org.apache.tomcat.jdbc.pool.ConnectionPool.borrowConnection(ConnectionPool.java:696)",
            "\tat org.apache.tomcat.jdbc.pool.ConnectionPool.init(ConnectionPool.java:495)",
            "\tat org.apache.tomcat.jdbc.pool.ConnectionPool.<init>(ConnectionPool.java:153)",
            "\tat org.apache.tomcat.jdbc.pool.DataSourceProxy.pCreatePool(DataSourceProxy.java:118)",
            "\tat org.apache.tomcat.jdbc.pool.DataSourceProxy.createPool(DataSourceProxy.java:107)",
            "\tat org.apache.tomcat.jdbc.pool.DataSourceFactory.createDataSource(DataSourceFactory.java:560)",
            "\tat org.apache.tomcat.jdbc.pool.DataSourceFactory.getObjectInstance(DataSourceFactory.java:244)",
            "\tat org.apache.naming.factory.FactoryBase.getObjectInstance(FactoryBase.java:96)",
            "\tat javax.naming.spi.NamingManager.getObjectInstance(NamingManager.java:341)",
            "\tat org.apache.naming.NamingContext.lookup(NamingContext.java:864)",
            "\tat org.apache.catalina.core.NamingContextListener.addResource(NamingContextListener.java:1133)",
            "\tat org.apache.catalina.core.StandardContext.startInternal(StandardContext.java:5136)",
            "\tat org.apache.catalina.util.LifecycleBase.start(LifecycleBase.java:183)",
            "\tat org.apache.catalina.startup.HostConfig.deployDirectory(HostConfig.java:1187)",
            "\tat org.apache.catalina.startup.HostConfig$DeployDirectory.run(HostConfig.java:1918)",
            "\tat java.base/java.lang.Thread.run(Thread.java:829)",
            "Caused by: java.net.ConnectException: Connection refused (Connection refused)",
            "\tat java.base/java.net.PlainSocketImpl.socketConnect(Native Method)",
            "\tat java.base/java.net.AbstractPlainSocketImpl.doConnect(AbstractPlainSocketImpl.java:412)",
            "\tat java.base/java.net.AbstractPlainSocketImpl.connectToAddress(AbstractPlainSocketImpl.java:255)",
            "\tat java.base/java.net.AbstractPlainSocketImpl.connect(AbstractPlainSocketImpl.java:237)",
            "\tat java.base/java.net.Socket.connect(Socket.java:609)",
            "\tat org.postgresql.core.PGStream.createSocket(PGStream.java:241)",
            "\tat org.postgresql.core.PGStream.<init>(PGStream.java:98)",
            "\tat org.postgresql.core.v3.ConnectionFactoryImpl.tryConnect(ConnectionFactoryImpl.java:109)",
            "\tat org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:235)",
            "\t... 37 more",
        ],
    )
    for _ in range(2):
        stamp = int(t.timestamp() * 1000) + r.randint(4000, 9000)
        t = L(
            t + sec(r.uniform(4, 9)),
            "WARN",
            "DiskStorePathManager",
            "main",
            162,
            label(
                "diskStorePath '%s' is already used by an existing CacheManager either in the same VM or in a different process.\nThe diskStore path for this CacheManager will be set to %s.\nTo avoid this warning consider using the CacheManager factory methods to create a singleton CacheManager or specifying a separate ehcache configuration (ehcache.xml) for each CacheManager instance."
            ),
            [
                "diskStorePath '/opt/tomcat/temp' is already used by an existing CacheManager either in the same VM or in a different process.",
                f"The diskStore path for this CacheManager will be set to /opt/tomcat/temp/ehcache_auto_created_{stamp}.",
                "To avoid this warning consider using the CacheManager factory methods to create a singleton CacheManager or specifying a separate ehcache configuration (ehcache.xml) for each CacheManager instance.",
            ],
        )

    # the warehouse migration: two reports read a renamed column
    def missing_column(report: str) -> list[str]:
        return [
            f"net.sf.jasperreports.engine.JRException: Error executing SQL statement for : {report}",
            *[f"\tat {f}" for f in JRS_FILL],
            "Caused by: org.postgresql.util.PSQLException: ERROR: column s.region_code does not exist",
            '  Hint: Perhaps you meant to reference the column "s.region_id".',
            f"  Position: {r.choice([214, 188])}",
            *[f"\tat {f}" for f in JRS_PG_QUERY],
            "\t... 8 more",
        ]

    for t in poisson(r, migrated + sec(200), T_END, 640):
        report = r.choice(["SalesByRegion", "RegionalMargin"])
        L(
            t,
            "ERROR",
            "AsyncJasperPrintAccessor",
            f"pool-{r.choice([4, 4, 5])}-thread-{r.randint(1, 12)}",
            321,
            "Error during report execution",
            ["Error during report execution"],
            missing_column(report),
        )
    for hour in [9, 10, 11]:
        for report in ["SalesByRegion", "RegionalMargin"]:
            t = at(hour, 0, r.uniform(1, 40))
            L(
                t,
                "ERROR",
                "ReportExecutionJob",
                f"quartzScheduler_Worker-{r.randint(1, 3)}",
                785,
                "Error executing SQL statement for : %s",
                [f"Error executing SQL statement for : {report}"],
                [
                    *missing_column(report)[:1],
                    "\tat net.sf.jasperreports.engine.query.JRJdbcQueryExecuter.createDatasource(JRJdbcQueryExecuter.java:320)",
                    "\tat net.sf.jasperreports.engine.fill.JRFillDataset.createQueryDatasource(JRFillDataset.java:1257)",
                    "\tat net.sf.jasperreports.engine.fill.JRFillDataset.initDatasource(JRFillDataset.java:727)",
                    "\tat net.sf.jasperreports.engine.fill.BaseReportFiller.setParameters(BaseReportFiller.java:497)",
                    "\tat net.sf.jasperreports.engine.fill.JRBaseFiller.fill(JRBaseFiller.java:597)",
                    "\tat net.sf.jasperreports.engine.fill.BaseFillHandle$ReportFill.run(BaseFillHandle.java:135)",
                    "\tat com.jaspersoft.jasperserver.api.engine.jasperreports.service.impl.EngineServiceImpl.fillReport(EngineServiceImpl.java:1742)",
                    "\tat com.jaspersoft.jasperserver.api.engine.scheduling.quartz.ReportExecutionJob.executeAndSendReport(ReportExecutionJob.java:652)",
                    "\tat com.jaspersoft.jasperserver.api.engine.scheduling.quartz.ReportExecutionJob.execute(ReportExecutionJob.java:288)",
                    "\tat org.quartz.core.JobRunShell.run(JobRunShell.java:202)",
                    "\tat org.quartz.simpl.SimpleThreadPool$WorkerThread.run(SimpleThreadPool.java:573)",
                    *missing_column(report)[len(JRS_FILL) + 1 :],
                ],
            )
    return fs.logs(T0)


SYSTEMS = {
    "glassfish": glassfish,
    "apache-james": james,
    "apereo-cas": cas,
    "openam": openam,
    "jasperreports-server": jasperserver,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
