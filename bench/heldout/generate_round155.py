#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 155 (liferay, alfresco, xwiki, bamboo, eureka) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five Java server applications, 06:00 to 12:00 on
2024-06-07 (UTC), each with its own logging layout.

- Liferay Portal 7.4 (`lr1-catalina.out`, `lr2-catalina.out`: two clustered nodes on the bundled
  Tomcat 9, each catalina.out holding Tomcat's JULI OneLineFormatter lines, `07-Jun-2024
  06:00:01.234 INFO [main] org.apache.catalina.startup.Catalina.start Server startup in [99,815]
  milliseconds`, and Liferay's log4j console lines, `%d{yyyy-MM-dd HH:mm:ss.SSS} %-5p
  [%t][%c{1}:%L] %m%n`): bots asking for pages that do not exist all morning (`Current URL %s
  generates exception: No Layout exists with the key {groupId=%d, privateLayout=%s,
  friendlyURL=%s}`), expired forms (`Reject process action for %s on %s`), guests at control
  panel URLs (`User %d is not allowed to access URL %s and portlet %s`); the remote
  Elasticsearch down 07:40-07:52 (the search writer's `java.net.ConnectException: Connection
  refused` with its stack, the search page's `Current URL %s generates exception: ...`); the
  MySQL primary failing over 09:10:20-09:11:50 (Hibernate's `SQL Error: %d, SQLState: %s` with
  Connector/J's multi-line `Communications link failure` or Hikari's `%s - Connection is not
  available, request timed out after %dms.`); three modules hot-deployed at 10:02 (`Processing
  %s`, `STOPPED %s [%d]`, `STARTED %s [%d]`, one `Unable to start bundle: %s` with its
  unresolved requirement); lr2 restarted at 10:30 (Tomcat's shutdown with thread-leak warnings
  and their stacks, its start-up, the dialect, JGroups' address and the cluster views on both
  nodes).
- Alfresco Content Services 7.4 Community (`alfresco.log`, the repository's rolling file,
  log4j2's `%d{yyyy-MM-dd} %d{ABSOLUTE} %-5p [%c] [%t] %replace{%m}{[\\r\\n]+}{}%n`, so a
  message's own newlines are gone and only a stack trace continues an event; `share.log`, Share
  in its own Tomcat, the same layout): a bulk import 07:00-07:50 filling the transactional caches
  (`Transactional update cache '%s' is full (%d).`, the cache's name in the logger), the LDAP
  differential sync every 15 minutes (`Synchronizing users and groups with user registry '%s'`,
  BatchProcessor's `%s: Commencing batch of %d entries`, `%s: Processed %d entries out of %d.
  %s complete. Rate: %d per second. %d failures detected.`, `%s: Completed batch of %d entries`,
  `Finished synchronizing ...`, `%d user(s) and %d group(s) processed`), the directory down at
  09:45 and 10:00 (`Synchronization aborted due to error` with its stack), ActiveMQ down
  07:55-08:35 (Spring's `Could not refresh JMS Connection for destination '%s' - retrying using
  FixedBackOff{...}. Cause: ...` every 5 seconds), a site template broken by a customisation
  (Surf's `Exception from executeScript - redirecting to status template error: ...` with
  FreeMarker's `Expression %s is undefined on line %d, column %d in %s.` inside, and the
  stack), the repository restarted at 11:00 for a new module (the subsystems' `Stopping` /
  `Stopped` / `Starting` / `Startup of ... complete` lines, the schema check, `Found %d
  module(s).`, `Installing module '%s' version %s.`, the JVM and version lines); Share's CSRF
  filter refusing posts after a proxy change at 10:15 (`Possible CSRF attack noted when
  asserting origin header '%s'. ...`) and `Unable to retrieve License information from
  Alfresco: %d` while the repository restarts.
- XWiki 15.10 (`xwiki.log`: `docker logs` of the xwiki:15.10-postgres-tomcat container, logback's
  `%d [%t] %-5p %-30.30c{2} - %m %n`, a request's thread named after its URL, `[http-nio-8080-exec-7
  - https://wiki.example.com/bin/view/Main/]`): old pages using deprecated Velocity methods on
  every view (`Deprecated usage of method [%s] in %s@%d,%d`, `Deprecated usage of getter [%s] in
  %s@%d,%d`), refactoring jobs (`Starting job of type [%s] with identifier [%s]`, `Finished job
  ...`), PostgreSQL restarted under it 08:20-08:24 (Hibernate's `SQL Error: %d, SQLState: %s`
  with PgJDBC's `An I/O error occurred while sending to the backend.`, `Connection to %s
  refused. ...`, `This connection has been closed.`, the Solr indexer's `Failed to process entry
  [%s]` with an XWikiException), PDF exports (FOP's `Font "%s" not found.
  Substituting with "%s".`, `Hyphenation pattern not found. URI: %s.`, `The contents of fo:block
  line %d exceed the available area in the inline-progression direction by %d millipoints. (See
  position %d:%d)`), an application installed at 10:05 (the install plan and install jobs,
  `Resolving extension [%s] on namespace [%s]`, `Installing extension [%s] on namespace [%s]`,
  `Successfully installed extension [%s] on namespace [%s]`) and the Solr index rebuilt at 11:10
  (`%d documents added, %d deleted and %d updated during the synchronization of the Solr index.`).
- Bamboo 9.6 (`atlassian-bamboo.log` on the server, `agent1-atlassian-bamboo-agent.log`,
  `agent2-atlassian-bamboo-agent.log` on two remote agents; log4j's `%d %p [%t] [%c{1}] %m%n`):
  AccessLogFilter's `%s %s %s %dkb` for every page and REST call, each build's `Change detection
  found %d change%s for plan %s`, `Sent ExecutableQueueUpdate: %s, agents known to be affected:
  %s` (addToQueue and removeFromQueue), and on the agent `Build %s started building on agent %s`
  and `Finished building %s.`; Bitbucket unreachable 08:30-08:45 (`Recording an error: Unable to
  detect changes : %s : Cannot determine head revision of '%s' on branch '%s'`); agent2's link
  dropping at 07:50 (the server's ActiveMQ `Transport Connection to: %s failed: ...` with the
  InactivityIOException's text, the agent's FailoverTransport `Transport (%s) failed, attempting to
  automatically reconnect: ...` with the exception's text, and
  `Successfully reconnected to %s`); agent2's host rebooted at 09:00 (RemoteAgent's `* Bamboo agent
  '%s' ready to receive builds.` banner lines); the server restarted at 10:00 (the embedded
  broker's `Apache ActiveMQ %s (%s, %s) is shutting down` ... `is shutdown`, `... is starting`,
  `Listening for connections at: %s`, `Connector %s started`, `... started`, `For help or more
  information please see: http://activemq.apache.org`, the agents' `Failed to connect to [%s]
  after: %d attempt(s) continuing to retry.`).
- Spring Cloud Netflix Eureka server 4.1 (`eureka-1.log`, `eureka-2.log`, `eureka-3.log`: three
  peers, Spring Boot 3.2's file layout `%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %5p ${PID} ---
  [eureka-server] [%t] %-40.40logger{39} : %m%n`): the evict task every minute on each peer
  (`Running the evict task with compensationTime %dms`), registrations and cancellations as
  received and as replicated (`Registered instance %s/%s with status %s (replication=%s)`,
  `Cancelled instance %s/%s (replication=%s)`) from a rolling deploy at 08:00, report workers
  scaled every 15 minutes and a notification service crash-looping 07:30-09:00, an inventory
  instance dying at 07:12 (`Evicting %d items (expired=%d, evictionLimit=%d)`, `DS: Registry:
  expired lease for %s/%s`), `Current renewal threshold is : %d` every 15 minutes; eureka-2
  restarted at 09:30 (the DiscoveryClient's shutdown lines, Spring Boot's and
  EurekaServerBootstrap's start-up, `Got %d instances from neighboring DS node`); eureka-3 cut
  off 10:20-10:30 (`Network level connection to peer %s; retrying after delay` with the stack
  every 10 seconds on each side, eureka-3's client `Request execution failed with message: ...`,
  `DiscoveryClient_%s/%s - was unable to send heartbeat!`, `... was unable to refresh its
  cache! ...` with its stack in the message, the peers evicting eureka-3's clients, then `Not
  Found (Renew): %s - %s`, `DS: Registry: lease doesn't exist, registering resource: %s - %s`
  and eureka-3's `%s: missing entry.` / `%s: cannot find instance id %s and hence replicating the
  instance with status %s` as the heartbeats come back).

Label notes. The heads are context: Tomcat's date, level, thread and class.method, Liferay's
date, level and `[thread][Class:line]`, Alfresco's date, level, logger and thread (a cache's
name in TransactionalCache's logger too), logback's date, thread, level and logger, Bamboo's
date, level, thread and class, Spring Boot's date, level, pid, application name, thread and
logger. A value that is itself a message contributes its format: an exception's text
(`java.net.ConnectException: Connection refused`, Liferay's `No Layout exists with the key
{...}`, FreeMarker's `Expression %s is undefined ...`, PgJDBC's texts, ActiveMQ's connect
failure inside Spring's refresh message, git's head-revision failure in Bamboo's error), and a
stack trace continues its event. Connector/J's `Communications link failure` is one message of
three lines (a blank line and `The last packet ...`), labelled on its first. Enum names
(`addToQueue`, `removeFromQueue`, `UP`), ids, keys, URLs, users, paths, counts and
durations are values; Bamboo's AccessLogFilter line is all values (`%s %s %s %dkb`: the user,
the method, the URL and the memory in use). Written from the helper's knowledge; Eureka's
registry, replication and client messages, Alfresco's TransactionalCache warning, its log4j2
layout and the subsystem lines, XWiki's logback layout, job and deprecation messages,
and Liferay's log4j layout and IncludeTag message were checked against copies of their sources
or documentation. Least sure: Liferay's line numbers, `User %d is not allowed to access URL %s
and portlet %s`, the ProxyMessageListener logger and the DirectoryWatcher line; Alfresco's
BatchProcessor wording and process names, `Synchronization aborted due to error` and the LDAP
exception, the Camel consumer's destination and thread, the CSRF filter's wording and
`Unable to retrieve License information from Alfresco: %d`; XWiki's job thread names, the
extension job messages, the indexer's `Failed to process entry [%s]` and its synchronization
summary; every Bamboo message but the ActiveMQ ones (`Change detection found ...`, `Build %s
started building on agent %s`, `Finished building %s.`, `Recording an error: ...`, the
RemoteAgent banner) and AccessLogFilter's exact columns; Eureka's start-up lines as Spring Cloud
2023 words them.
"""

from __future__ import annotations

import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round55 import poisson
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any

MS = 1000  # a millisecond, the resolution of every log of the round


def ms3(t: datetime) -> str:
    return f"{t.microsecond // 1000:03d}"


def juli(t: datetime) -> str:
    """Tomcat's OneLineFormatter date: `07-Jun-2024 06:00:01.234`."""
    return f"{t:%d-%b-%Y %H:%M:%S}.{ms3(t)}"


def uuid(r: random.Random) -> str:
    return (
        f"{hexid(r, 8)}-{hexid(r, 4)}-4{hexid(r, 3)}-{r.choice('89ab')}{hexid(r, 3)}-{hexid(r, 12)}"
    )


def logback_abbrev(name: str, target: int) -> str:
    """logback's %logger{target}: package segments shortened to their first letter, left to
    right, until the name fits (the class name is never shortened)."""
    if len(name) <= target:
        return name
    parts = name.split(".")
    for i in range(len(parts) - 1):
        parts[i] = parts[i][0]
        if len(".".join(parts)) <= target:
            break
    return ".".join(parts)


def pad_trunc(s: str, n: int) -> str:
    """logback's %-n.n: padded on the right to n, cut from the left beyond n."""
    return s[-n:] if len(s) > n else s.ljust(n)


# ---------------------------------------------------------------------------------- liferay

LR_IPS = {"lr1": "10.0.2.11", "lr2": "10.0.2.12"}
LR_JG = {"lr1": "lr1-41327", "lr2": "lr2-8820"}
LR_BOT_PATHS = [
    "/wp-login.php",
    "/xmlrpc.php",
    "/.env",
    "/wp-admin/setup-config.php",
    "/phpmyadmin",
    "/admin/config.php",
    "/old-home",
    "/careers-2019",
    "/news/press-release-2021-q3",
    "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php",
    "/cgi-bin/luci",
    "/contact-us.html",
    "/.git/config",
    "/sitemap_index.xml",
]
LR_PRIVATE_PATHS = [
    "/handbook-2022",
    "/it/old-vpn-guide",
    "/projects/apollo-archive",
    "/people/directory-v1",
]
LR_PORTLETS = [
    (6, "/web/guest/home", "com_liferay_login_web_portlet_LoginPortlet", "%2Flogin%2Flogin"),
    (
        2,
        "/web/guest/contact",
        "com_liferay_dynamic_data_mapping_form_web_portlet_DDMFormPortlet",
        "addFormInstanceRecord",
    ),
    (
        1,
        "/group/intranet/home",
        "com_liferay_comment_page_comments_web_portlet_PageCommentsPortlet",
        "invokeTaglibDiscussion",
    ),
]
LR_ADMIN = [
    (
        "/group/guest/~/control_panel/manage",
        "com_liferay_server_admin_web_portlet_ServerAdminPortlet",
    ),
    (
        "/group/guest/~/control_panel/manage",
        "com_liferay_users_admin_web_portlet_UsersAdminPortlet",
    ),
    (
        "/group/intranet/~/control_panel/manage",
        "com_liferay_document_library_web_portlet_DLAdminPortlet",
    ),
    ("/group/intranet/~/control_panel/manage", "com_liferay_journal_web_portlet_JournalPortlet"),
]
LR_SEARCH = [
    "annual+report",
    "holiday+calendar",
    "expense+policy",
    "vpn",
    "onboarding",
    "benefits+2024",
]

LR_ES_STACK = [
    "java.net.ConnectException: Connection refused",
    "\tat org.elasticsearch.client.RestClient.extractAndWrapCause(RestClient.java:932)",
    "\tat org.elasticsearch.client.RestClient.performRequest(RestClient.java:300)",
    "\tat org.elasticsearch.client.RestClient.performRequest(RestClient.java:288)",
    "\tat org.elasticsearch.client.RestHighLevelClient.internalPerformRequest(RestHighLevelClient.java:2699)",
    "\tat org.elasticsearch.client.RestHighLevelClient.performRequest(RestHighLevelClient.java:2171)",
    "\tat org.elasticsearch.client.RestHighLevelClient.bulk(RestHighLevelClient.java:620)",
    "\tat com.liferay.portal.search.elasticsearch7.internal.search.engine.adapter.document.BulkDocumentRequestExecutorImpl.execute(BulkDocumentRequestExecutorImpl.java:72)",
    "\tat com.liferay.portal.search.elasticsearch7.internal.search.engine.adapter.document.ElasticsearchDocumentRequestExecutor.executeBulkDocumentRequest(ElasticsearchDocumentRequestExecutor.java:74)",
    "\tat com.liferay.portal.search.elasticsearch7.internal.ElasticsearchIndexWriter.updateDocuments(ElasticsearchIndexWriter.java:402)",
    "\tat com.liferay.portal.kernel.messaging.proxy.ProxyRequest.execute(ProxyRequest.java:52)",
    "\tat com.liferay.portal.kernel.messaging.proxy.ProxyMessageListener.receive(ProxyMessageListener.java:59)",
    "\tat com.liferay.portal.messaging.internal.ParallelDestination$1.run(ParallelDestination.java:56)",
    "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
    "\tat java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:635)",
    "\tat java.base/java.lang.Thread.run(Thread.java:840)",
    "Caused by: java.net.ConnectException: Connection refused",
    "\tat java.base/sun.nio.ch.Net.pollConnect(Native Method)",
    "\tat java.base/sun.nio.ch.Net.pollConnectNow(Net.java:672)",
    "\tat java.base/sun.nio.ch.SocketChannelImpl.finishConnect(SocketChannelImpl.java:946)",
    "\tat org.apache.http.impl.nio.reactor.DefaultConnectingIOReactor.processEvent(DefaultConnectingIOReactor.java:174)",
    "\tat org.apache.http.impl.nio.reactor.DefaultConnectingIOReactor.processEvents(DefaultConnectingIOReactor.java:148)",
    "\tat org.apache.http.impl.nio.reactor.AbstractMultiworkerIOReactor.execute(AbstractMultiworkerIOReactor.java:351)",
    "\t... 1 more",
]
LR_LEAK = {
    "Timer-0": [
        " java.base@17.0.10/java.lang.Object.wait(Native Method)",
        " java.base@17.0.10/java.util.TimerThread.mainLoop(Timer.java:563)",
        " java.base@17.0.10/java.util.TimerThread.run(Timer.java:516)",
    ],
    "I/O dispatcher 1": [
        " java.base@17.0.10/sun.nio.ch.EPoll.wait(Native Method)",
        " java.base@17.0.10/sun.nio.ch.EPollSelectorImpl.doSelect(EPollSelectorImpl.java:118)",
        " java.base@17.0.10/sun.nio.ch.SelectorImpl.lockAndDoSelect(SelectorImpl.java:129)",
        " java.base@17.0.10/sun.nio.ch.SelectorImpl.select(SelectorImpl.java:141)",
        " org.apache.http.impl.nio.reactor.AbstractIOReactor.execute(AbstractIOReactor.java:255)",
        " org.apache.http.impl.nio.reactor.BaseIOReactor.execute(BaseIOReactor.java:104)",
        " org.apache.http.impl.nio.reactor.AbstractMultiworkerIOReactor$Worker.run(AbstractMultiworkerIOReactor.java:591)",
        " java.base@17.0.10/java.lang.Thread.run(Thread.java:840)",
    ],
}


def liferay(r: random.Random) -> list[Log]:
    """Two Liferay 7.4 nodes (lr1, lr2) behind a load balancer, 06:00 to 12:00: bots and stale
    forms all morning, Elasticsearch down 07:40-07:52, the MySQL primary failing over
    09:10:20-09:11:50, three modules hot-deployed at 10:02 (one not resolving), lr2 restarted at
    10:30."""
    fs = Files()

    def LF(
        h: str, t: datetime, level: str, thread: str, where: str, label: str, lines: list[str]
    ) -> datetime:
        return fs.add(
            f"{h}-catalina.out",
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%d %H:%M:%S}.{ms3(x)} {level:<5} [{thread}][{where}] {lines[0]}",
                *lines[1:],
            ],
            h,
            MS,
        )

    def TC(
        h: str, t: datetime, level: str, thread: str, where: str, label: str, lines: list[str]
    ) -> datetime:
        return fs.add(
            f"{h}-catalina.out",
            t,
            label,
            lambda x: [f"{juli(x)} {level} [{thread}] {where} {lines[0]}", *lines[1:]],
            h,
            MS,
        )

    def exec_thread() -> str:
        return f"http-nio-8080-exec-{r.randint(1, 48)}"

    es_down = (at(7, 40, 5), at(7, 52, 31))
    db_down = (at(9, 10, 20), at(9, 11, 50))
    lr2_down = (at(10, 30, 2), at(10, 32, 3))  # shutdown to "Server startup"

    def up(h: str, t: datetime) -> bool:
        return not (h == "lr2" and lr2_down[0] - sec(1) <= t < lr2_down[1] + sec(1))

    def node(t: datetime) -> str:
        return "lr1" if not up("lr2", t) else r.choice(["lr1", "lr2"])

    # bots and broken links: pages that do not exist
    for t in poisson(r, T0, T_END, 18.5):
        h = node(t)
        if in_any(t, [db_down]):
            continue
        if r.random() < 0.88:
            path = r.choice(LR_BOT_PATHS)
            cur, gid, priv = f"/web/guest{path}", 20121, "false"
        else:
            path = r.choice(LR_PRIVATE_PATHS)
            cur, gid, priv = f"/group/intranet{path}", 35101, "true"
        LF(
            h,
            t,
            "WARN",
            exec_thread(),
            "PortalImpl:7107",
            "Current URL %s generates exception: No Layout exists with the key {groupId=%d, privateLayout=%s, friendlyURL=%s}",
            [
                f"Current URL {cur} generates exception: No Layout exists with the key {{groupId={gid}, privateLayout={priv}, friendlyURL={path}}}"
            ],
        )
    # forms posted after their session expired
    for t in poisson(r, T0, T_END, 58.0):
        h = node(t)
        _w, page, portlet, action = LR_PORTLETS[
            0 if r.random() < 0.66 else (1 if r.random() < 0.7 else 2)
        ]
        url = f"https://portal.example.com{page}?p_p_id={portlet}&p_p_lifecycle=1&p_p_state=normal&p_p_mode=view&_{portlet}_javax.portlet.action={action}"
        LF(
            h,
            t,
            "WARN",
            exec_thread(),
            "SecurityPortletContainerWrapper:341",
            "Reject process action for %s on %s",
            [f"Reject process action for {url} on {portlet}"],
        )
    # guests and users at control panel URLs
    for t in poisson(r, T0, T_END, 95.0):
        h = node(t)
        page, portlet = r.choice(LR_ADMIN)
        user = 0 if r.random() < 0.7 else r.choice([40125, 40311, 41007, 52204])
        LF(
            h,
            t,
            "WARN",
            exec_thread(),
            "SecurityPortletContainerWrapper:287",
            "User %d is not allowed to access URL %s and portlet %s",
            [
                f"User {user} is not allowed to access URL https://portal.example.com{page}?p_p_id={portlet}&p_p_lifecycle=0&p_p_state=maximized and portlet {portlet}"
            ],
        )
    # Elasticsearch down: the search writer on each node, the search page
    for h in ["lr1", "lr2"]:
        for t in poisson(r, es_down[0], es_down[1], 9.5):
            LF(
                h,
                t,
                "ERROR",
                f"liferay/search_writer/SYSTEM_ENGINE-{r.randint(1, 4)}",
                "ProxyMessageListener:88",
                "java.net.ConnectException: Connection refused",
                ["java.net.ConnectException: Connection refused", *LR_ES_STACK],
            )
    for t in poisson(r, es_down[0], es_down[1], 24.0):
        q = r.choice(LR_SEARCH)
        LF(
            node(t),
            t,
            "ERROR",
            exec_thread(),
            "IncludeTag:157",
            "Current URL %s generates exception: java.net.ConnectException: Connection refused",
            [
                f"Current URL /web/guest/search?q={q} generates exception: java.net.ConnectException: Connection refused"
            ],
        )
    # the database failing over: broken connections first, then the pool timing out
    for h in ["lr1", "lr2"]:
        for i, t in enumerate(poisson(r, db_down[0], db_down[1], 2.6)):
            th = exec_thread()
            if i < 9:
                state, lines = (
                    "08S01",
                    [
                        "Communications link failure",
                        "",
                        f"The last packet successfully received from the server was {r.randint(1000, 9000):,} milliseconds ago. The last packet sent successfully to the server was {r.randint(1000, 9000):,} milliseconds ago.",
                    ],
                )
                label = "Communications link failure"
            else:
                state, lines = (
                    "08003",
                    [
                        "HikariPool-1 - Connection is not available, request timed out after 30000ms."
                    ],
                )
                label = "%s - Connection is not available, request timed out after %dms."
            t = LF(
                h,
                t,
                "WARN",
                th,
                "JDBCExceptionReporter:84",
                "SQL Error: %d, SQLState: %s",
                [f"SQL Error: 0, SQLState: {state}"],
            )
            LF(h, t + sec(0.001), "ERROR", th, "JDBCExceptionReporter:85", label, lines)
    # the 10:02 deploy
    mods = [
        ("com.example.portal.news.web", "2.3.0", "2.3.1", 1612),
        ("com.example.portal.theme.contributor", "1.8.4", "1.9.0", 1598),
    ]
    for h, t in [("lr1", at(10, 2, 11.3)), ("lr2", at(10, 2, 13.9))]:
        for name, _old, new, _bid in [*mods, ("com.example.portal.events.service", "", "1.0.0", 0)]:
            t = LF(
                h,
                t + sec(r.uniform(0.3, 1.2)),
                "INFO",
                "com.liferay.portal.kernel.deploy.auto.AutoDeployScanner",
                "AutoDeployDir:208",
                "Processing %s",
                [f"Processing {name}-{new}.jar"],
            )
        t += sec(r.uniform(2.5, 4.0))
        for name, old, new, bid in mods:
            t = LF(
                h,
                t + sec(r.uniform(0.05, 0.3)),
                "INFO",
                "fileinstall-directory-watcher",
                "BundleStartStopLogger:77",
                "STOPPED %s [%d]",
                [f"STOPPED {name}_{old} [{bid}]"],
            )
            t = LF(
                h,
                t + sec(r.uniform(0.4, 1.5)),
                "INFO",
                "fileinstall-directory-watcher",
                "BundleStartStopLogger:68",
                "STARTED %s [%d]",
                [f"STARTED {name}_{new} [{bid}]"],
            )
        LF(
            h,
            t + sec(0.2),
            "ERROR",
            "fileinstall-directory-watcher",
            "DirectoryWatcher:1173",
            "Unable to start bundle: %s",
            [
                "Unable to start bundle: file:/opt/liferay/osgi/modules/com.example.portal.events.service-1.0.0.jar",
                'com.liferay.portal.kernel.log.LogSanitizerException: org.osgi.framework.BundleException: Could not resolve module: com.example.portal.events.service [1630]_  Unresolved requirement: Import-Package: com.liferay.calendar.model; version="[5.0.0,6.0.0)"_ [Sanitized]',
                "\tat org.eclipse.osgi.container.Module.start(Module.java:444)",
                "\tat org.eclipse.osgi.internal.framework.EquinoxBundle.start(EquinoxBundle.java:428)",
                "\tat com.liferay.portal.file.install.internal.DirectoryWatcher._startBundle(DirectoryWatcher.java:1156)",
                "\tat com.liferay.portal.file.install.internal.DirectoryWatcher._startBundles(DirectoryWatcher.java:1189)",
                "\tat com.liferay.portal.file.install.internal.DirectoryWatcher._startAllBundles(DirectoryWatcher.java:1130)",
                "\tat com.liferay.portal.file.install.internal.DirectoryWatcher._process(DirectoryWatcher.java:1041)",
                "\tat com.liferay.portal.file.install.internal.DirectoryWatcher.run(DirectoryWatcher.java:247)",
            ],
        )
    # lr2 restarted at 10:30
    t = TC(
        "lr2",
        lr2_down[0],
        "INFO",
        "main",
        "org.apache.catalina.core.StandardServer.await",
        "A valid shutdown command was received via the shutdown port. Stopping the Server instance.",
        [
            "A valid shutdown command was received via the shutdown port. Stopping the Server instance."
        ],
    )
    t = TC(
        "lr2",
        t + sec(0.004),
        "INFO",
        "main",
        "org.apache.coyote.AbstractProtocol.pause",
        "Pausing ProtocolHandler [%s]",
        ['Pausing ProtocolHandler ["http-nio-8080"]'],
    )
    t = TC(
        "lr2",
        t + sec(0.3),
        "INFO",
        "main",
        "org.apache.catalina.core.StandardService.stopInternal",
        "Stopping service [%s]",
        ["Stopping service [Catalina]"],
    )
    t += sec(6.2)
    for name, frames in LR_LEAK.items():
        t = TC(
            "lr2",
            t + sec(0.002),
            "WARNING",
            "main",
            "org.apache.catalina.loader.WebappClassLoaderBase.clearReferencesThreads",
            "The web application [%s] appears to have started a thread named [%s] but has failed to stop it. This is very likely to create a memory leak. Stack trace of thread:",
            [
                f"The web application [ROOT] appears to have started a thread named [{name}] but has failed to stop it. This is very likely to create a memory leak. Stack trace of thread:",
                *frames,
            ],
        )
    t = TC(
        "lr2",
        t + sec(0.05),
        "INFO",
        "main",
        "org.apache.coyote.AbstractProtocol.stop",
        "Stopping ProtocolHandler [%s]",
        ['Stopping ProtocolHandler ["http-nio-8080"]'],
    )
    TC(
        "lr2",
        t + sec(0.01),
        "INFO",
        "main",
        "org.apache.coyote.AbstractProtocol.destroy",
        "Destroying ProtocolHandler [%s]",
        ['Destroying ProtocolHandler ["http-nio-8080"]'],
    )
    LF(
        "lr1",
        lr2_down[0] + sec(1.9),
        "INFO",
        f"jgroups-{r.randint(10, 30)},liferay-channel-control,{LR_JG['lr1']}",
        "JGroupsReceiver:91",
        "Accepted view %s",
        [f"Accepted view [{LR_JG['lr1']}|4] (1) [{LR_JG['lr1']}]"],
    )
    LF(
        "lr1",
        lr2_down[0] + sec(2.0),
        "INFO",
        f"jgroups-{r.randint(10, 30)},liferay-channel-transport-0,{LR_JG['lr1']}",
        "JGroupsReceiver:91",
        "Accepted view %s",
        [f"Accepted view [{LR_JG['lr1']}|4] (1) [{LR_JG['lr1']}]"],
    )
    LR_JG["lr2"] = "lr2-50116"
    t = at(10, 30, 19.4)
    t = TC(
        "lr2",
        t,
        "INFO",
        "main",
        "org.apache.coyote.AbstractProtocol.init",
        "Initializing ProtocolHandler [%s]",
        ['Initializing ProtocolHandler ["http-nio-8080"]'],
    )
    t = TC(
        "lr2",
        t + sec(0.35),
        "INFO",
        "main",
        "org.apache.catalina.startup.Catalina.load",
        "Server initialization in [%s] milliseconds",
        ["Server initialization in [612] milliseconds"],
    )
    t = TC(
        "lr2",
        t + sec(0.02),
        "INFO",
        "main",
        "org.apache.catalina.core.StandardService.startInternal",
        "Starting service [%s]",
        ["Starting service [Catalina]"],
    )
    t = TC(
        "lr2",
        t + sec(0.001),
        "INFO",
        "main",
        "org.apache.catalina.core.StandardEngine.startInternal",
        "Starting Servlet engine: [%s]",
        ["Starting Servlet engine: [Apache Tomcat/9.0.83]"],
    )
    t0 = t = TC(
        "lr2",
        t + sec(0.02),
        "INFO",
        "main",
        "org.apache.catalina.startup.HostConfig.deployDescriptor",
        "Deploying deployment descriptor [%s]",
        [
            "Deploying deployment descriptor [/opt/liferay/tomcat-9.0.83/conf/Catalina/localhost/ROOT.xml]"
        ],
    )
    t = LF(
        "lr2",
        t + sec(9.8),
        "INFO",
        "main",
        "DialectDetector:159",
        "Using dialect %s for %s %d.%d",
        ["Using dialect org.hibernate.dialect.MySQLDialect for MySQL 8.0"],
    )
    for ch in ["control", "transport-0"]:
        t = LF(
            "lr2",
            t + sec(r.uniform(4, 9)),
            "INFO",
            "main",
            "JGroupsClusterChannelFactory:178",
            "Setting JGroups outgoing IP address to %s and interface to %s",
            [f"Setting JGroups outgoing IP address to {LR_IPS['lr2']} and interface to eth0"],
        )
        view = f"[{LR_JG['lr1']}|5] (2) [{LR_JG['lr1']}, {LR_JG['lr2']}]"
        t = LF(
            "lr2",
            t + sec(r.uniform(1.5, 3)),
            "INFO",
            "main",
            "JGroupsReceiver:91",
            "Accepted view %s",
            [f"Accepted view {view}"],
        )
        LF(
            "lr1",
            t - sec(0.004),
            "INFO",
            f"jgroups-{r.randint(10, 30)},liferay-channel-{ch},{LR_JG['lr1']}",
            "JGroupsReceiver:91",
            "Accepted view %s",
            [f"Accepted view {view}"],
        )
    t = lr2_down[1] - sec(0.2)
    took = int((t - t0).total_seconds() * 1000)
    t = TC(
        "lr2",
        t,
        "INFO",
        "main",
        "org.apache.catalina.startup.HostConfig.deployDescriptor",
        "Deployment of deployment descriptor [%s] has finished in [%s] ms",
        [
            f"Deployment of deployment descriptor [/opt/liferay/tomcat-9.0.83/conf/Catalina/localhost/ROOT.xml] has finished in [{took:,}] ms"
        ],
    )
    t = TC(
        "lr2",
        t + sec(0.01),
        "INFO",
        "main",
        "org.apache.coyote.AbstractProtocol.start",
        "Starting ProtocolHandler [%s]",
        ['Starting ProtocolHandler ["http-nio-8080"]'],
    )
    TC(
        "lr2",
        t + sec(0.02),
        "INFO",
        "main",
        "org.apache.catalina.startup.Catalina.start",
        "Server startup in [%s] milliseconds",
        [f"Server startup in [{took + 700:,}] milliseconds"],
    )
    return fs.logs(T0)


# --------------------------------------------------------------------------------- alfresco

AL_CACHES = [
    ("org.alfresco.cache.node.nodesTransactionalCache", 125000, 5),
    ("org.alfresco.cache.node.aspectsTransactionalCache", 65000, 2),
    ("org.alfresco.cache.node.propertiesTransactionalCache", 65000, 3),
    ("org.alfresco.cache.immutableEntityTransactionalCache", 50000, 1),
]
AL_SUBSYSTEMS = [
    ("sysAdmin", "[sysAdmin, default]"),
    ("thirdparty", "[thirdparty, default]"),
    ("Authentication", "[Authentication, managed, alfrescoNtlm1]"),
    ("Authentication", "[Authentication, managed, ldap1]"),
    ("Synchronization", "[Synchronization, default]"),
    ("Search", "[Search, managed, solr6]"),
    ("email", "[email, outbound]"),
    ("email", "[email, inbound]"),
    ("imap", "[imap, default]"),
    ("Subscriptions", "[Subscriptions, default]"),
    ("ActivitiesFeed", "[ActivitiesFeed, default]"),
    ("Replication", "[Replication, default]"),
    ("Transformers", "[Transformers, default]"),
]
AL_FTL = [
    ("site.properties.siteManagers", 14, 23, "org/alfresco/repository/sites/site.lib.ftl"),
    (
        'item.node.properties["cm:title"]',
        41,
        37,
        "org/alfresco/slingshot/documentlibrary-v2/item.lib.ftl",
    ),
]
AL_STACK_TAIL = [
    "\tat org.springframework.extensions.webscripts.AbstractWebScript.createStatusException(AbstractWebScript.java:1139)",
    "\tat org.springframework.extensions.webscripts.DeclarativeWebScript.execute(DeclarativeWebScript.java:171)",
    "\tat org.alfresco.repo.web.scripts.RepositoryContainer$3.execute(RepositoryContainer.java:562)",
    "\tat org.alfresco.repo.transaction.RetryingTransactionHelper.doInTransaction(RetryingTransactionHelper.java:450)",
    "\tat org.alfresco.repo.web.scripts.RepositoryContainer.transactionedExecute(RepositoryContainer.java:631)",
    "\tat org.alfresco.repo.web.scripts.RepositoryContainer.transactionedExecuteAs(RepositoryContainer.java:669)",
    "\tat org.alfresco.repo.web.scripts.RepositoryContainer.executeScriptInternal(RepositoryContainer.java:428)",
    "\tat org.alfresco.repo.web.scripts.RepositoryContainer.executeScript(RepositoryContainer.java:310)",
    "\tat org.springframework.extensions.webscripts.AbstractRuntime.executeScript(AbstractRuntime.java:396)",
    "\tat org.springframework.extensions.webscripts.AbstractRuntime.executeScript(AbstractRuntime.java:188)",
    "\tat org.springframework.extensions.webscripts.servlet.WebScriptServlet.service(WebScriptServlet.java:132)",
    "\tat javax.servlet.http.HttpServlet.service(HttpServlet.java:764)",
    "\tat org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:227)",
    "\tat org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:162)",
]
AL_LDAP_STACK = [
    "org.alfresco.repo.security.authentication.AuthenticationException: {id} Unable to connect to LDAP Server; check LDAP configuration",
    "\tat org.alfresco.repo.security.authentication.ldap.LDAPInitialDirContextFactoryImpl.buildInitialDirContext(LDAPInitialDirContextFactoryImpl.java:213)",
    "\tat org.alfresco.repo.security.authentication.ldap.LDAPInitialDirContextFactoryImpl.getDefaultIntialDirContext(LDAPInitialDirContextFactoryImpl.java:133)",
    "\tat org.alfresco.repo.security.sync.ldap.LDAPUserRegistry.processQuery(LDAPUserRegistry.java:1418)",
    "\tat org.alfresco.repo.security.sync.ldap.LDAPUserRegistry.getGroupNames(LDAPUserRegistry.java:701)",
    "\tat org.alfresco.repo.security.sync.ChainingUserRegistrySynchronizer.syncWithPlugin(ChainingUserRegistrySynchronizer.java:1010)",
    "\tat org.alfresco.repo.security.sync.ChainingUserRegistrySynchronizer.synchronizeInternal(ChainingUserRegistrySynchronizer.java:731)",
    "\tat org.alfresco.repo.security.sync.ChainingUserRegistrySynchronizer.synchronize(ChainingUserRegistrySynchronizer.java:532)",
    "\tat org.alfresco.repo.security.sync.UserRegistrySynchronizerJob.execute(UserRegistrySynchronizerJob.java:67)",
    "\tat org.quartz.core.JobRunShell.run(JobRunShell.java:202)",
    "\tat org.quartz.simpl.SimpleThreadPool$WorkerThread.run(SimpleThreadPool.java:573)",
    "Caused by: javax.naming.CommunicationException: ldap.example.com:636 [Root exception is java.net.ConnectException: Connection refused]",
    "\tat java.naming/com.sun.jndi.ldap.Connection.<init>(Connection.java:244)",
    "\tat java.naming/com.sun.jndi.ldap.LdapClient.<init>(LdapClient.java:137)",
    "\tat java.naming/com.sun.jndi.ldap.LdapClient.getInstance(LdapClient.java:1616)",
    "\t... 19 more",
]


def alfresco(r: random.Random) -> list[Log]:
    """An Alfresco 7.4 repository and Share, 06:00 to 12:00: a bulk import 07:00-07:50, ActiveMQ
    down 07:55-08:35, the LDAP sync every 15 minutes (the directory down at 09:45 and 10:00), a
    broken site template all day, Share's CSRF filter after a proxy change 10:15-10:48, the
    repository restarted at 11:00."""
    fs = Files()
    idn = [1000]

    def aid() -> str:
        idn[0] += r.randint(1, 9)
        return f"0607{idn[0]:04d}"

    def A(
        f: str, t: datetime, level: str, logger: str, thread: str, label: str, lines: list[str]
    ) -> datetime:
        return fs.add(
            f,
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%d} {x:%H:%M:%S},{ms3(x)} {level:<5} [{logger}] [{thread}] {lines[0]}",
                *lines[1:],
            ],
            f,
            MS,
        )

    def R(
        t: datetime, level: str, logger: str, thread: str, label: str, lines: list[str]
    ) -> datetime:
        return A("alfresco.log", t, level, logger, thread, label, lines)

    def exec_thread() -> str:
        return f"http-nio-8080-exec-{r.randint(1, 40)}"

    amq_down = (at(7, 55, 12), at(8, 35, 40))
    restart = at(11, 0, 3)
    back = at(11, 3, 38)
    CSF = "org.alfresco.repo.management.subsystems.ChildApplicationContextFactory"
    SYNC = "org.alfresco.repo.security.sync.ChainingUserRegistrySynchronizer"

    # the bulk import fills the transactional caches: one warning per transaction and cache
    for t in poisson(r, at(7, 0, 40), at(7, 50, 10), 3.6):
        name, size, _w = r.choices(AL_CACHES, weights=[c[2] for c in AL_CACHES])[0]
        R(
            t,
            "WARN",
            f"org.alfresco.repo.cache.TransactionalCache.{name}",
            exec_thread(),
            "Transactional update cache '%s' is full (%d).",
            [f"Transactional update cache '{name}' is full ({size})."],
        )
    # ActiveMQ down: the Camel consumer refreshing its connection every 5 seconds
    t, n = amq_down[0] + sec(0.8), 1
    while t < amq_down[1]:
        R(
            t,
            "ERROR",
            "org.apache.camel.component.jms.DefaultJmsMessageListenerContainer",
            "Camel (alfrescoCamelContext) thread #2 - JmsConsumer[acs-repo-rendition-events]",
            "Could not refresh JMS Connection for destination '%s' - retrying using FixedBackOff{interval=%d, currentAttempts=%d, maxAttempts=unlimited}. Cause: Could not connect to broker URL: %s. Reason: java.net.ConnectException: Connection refused",
            [
                f"Could not refresh JMS Connection for destination 'acs-repo-rendition-events' - retrying using FixedBackOff{{interval=5000, currentAttempts={n}, maxAttempts=unlimited}}. Cause: Could not connect to broker URL: tcp://activemq:61616. Reason: java.net.ConnectException: Connection refused"
            ],
        )
        t += sec(5 + r.uniform(0.001, 0.03))
        n += 1
    # the broken site template: the dashlet asks every time someone opens the site
    for t in poisson(r, T0, T_END, 120.0):
        if restart - sec(5) <= t < back:
            continue
        expr, line, col, tpl = AL_FTL[0] if r.random() < 0.7 else AL_FTL[1]
        i2 = aid()
        i1 = aid()
        msg = f"{i1} Wrapped Exception (with status template): {i2} Error during processing of the template 'Expression {expr} is undefined on line {line}, column {col} in {tpl}.'. Please contact your system administrator."
        R(
            t,
            "ERROR",
            "org.springframework.extensions.webscripts.AbstractRuntime",
            exec_thread(),
            "Exception from executeScript - redirecting to status template error: %s Wrapped Exception (with status template): %s Error during processing of the template 'Expression %s is undefined on line %d, column %d in %s.'. Please contact your system administrator.",
            [
                f"Exception from executeScript - redirecting to status template error: {msg}",
                f"org.springframework.extensions.webscripts.WebScriptException: {msg}",
                *AL_STACK_TAIL,
                f"Caused by: org.alfresco.service.cmr.repository.TemplateException: {i2} Error during processing of the template 'Expression {expr} is undefined on line {line}, column {col} in {tpl}.'. Please contact your system administrator.",
                "\tat org.alfresco.repo.template.FreeMarkerProcessor.process(FreeMarkerProcessor.java:271)",
                "\tat org.alfresco.repo.web.scripts.RepositoryTemplateProcessor.process(RepositoryTemplateProcessor.java:142)",
                "\t... 58 more",
                f"Caused by: freemarker.core.InvalidReferenceException: Expression {expr} is undefined on line {line}, column {col} in {tpl}.",
                "\tat freemarker.core.InvalidReferenceException.getInstance(InvalidReferenceException.java:134)",
                "\tat freemarker.core.Expression.assertNonNull(Expression.java:254)",
                "\t... 61 more",
            ],
        )
    # the LDAP differential sync every 15 minutes
    worker = 0
    for q in range(1, 24):
        t = T0 + sec(900 * q + r.uniform(0.001, 0.05))
        if restart - sec(60) <= t < back:
            continue
        worker = worker % 10 + 1
        th = f"DefaultScheduler_Worker-{worker}"
        t = R(
            t,
            "INFO",
            SYNC,
            th,
            "Synchronizing users and groups with user registry '%s'",
            ["Synchronizing users and groups with user registry 'ldap1'"],
        )
        if (t.hour, t.minute) in ((9, 45), (10, 0)):
            R(
                t + sec(r.uniform(0.3, 0.5)),
                "ERROR",
                SYNC,
                th,
                "Synchronization aborted due to error",
                [
                    "Synchronization aborted due to error",
                    *[x.replace("{id}", aid()) for x in AL_LDAP_STACK],
                ],
            )
            continue
        groups = r.choice([0, 0, 0, 1, 2])
        users = r.choice([0, 0, 1, 1, 2, 3, 5])
        for proc, count in [
            ("ldap1 Group Analysis", groups),
            ("ldap1 User Creation and Association", users),
        ]:
            if not count:
                continue
            t = R(
                t + sec(r.uniform(0.05, 0.2)),
                "INFO",
                SYNC,
                th,
                "%s: Commencing batch of %d entries",
                [f"{proc}: Commencing batch of {count} entries"],
            )
            t = R(
                t + sec(r.uniform(0.1, 0.6)),
                "INFO",
                SYNC,
                th,
                "%s: Processed %d entries out of %d. %s complete. Rate: %d per second. %d failures detected.",
                [
                    f"{proc}: Processed {count} entries out of {count}. 100% complete. Rate: {r.randint(2, 30)} per second. 0 failures detected."
                ],
            )
            t = R(
                t + sec(0.002),
                "INFO",
                SYNC,
                th,
                "%s: Completed batch of %d entries",
                [f"{proc}: Completed batch of {count} entries"],
            )
        t = R(
            t + sec(r.uniform(0.05, 0.2)),
            "INFO",
            SYNC,
            th,
            "Finished synchronizing users and groups with user registry '%s'",
            ["Finished synchronizing users and groups with user registry 'ldap1'"],
        )
        R(
            t + sec(0.001),
            "INFO",
            SYNC,
            th,
            "%d user(s) and %d group(s) processed",
            [f"{users} user(s) and {groups} group(s) processed"],
        )
    # the restart at 11:00: the subsystems stop, the repository starts with a new module
    t = restart
    for name, ident in reversed(AL_SUBSYSTEMS):
        t = R(
            t + sec(r.uniform(0.002, 0.02)),
            "INFO",
            CSF,
            "main",
            "Stopping '%s' subsystem, ID: %s",
            [f"Stopping '{name}' subsystem, ID: {ident}"],
        )
        t = R(
            t + sec(r.uniform(0.01, 0.4)),
            "INFO",
            CSF,
            "main",
            "Stopped '%s' subsystem, ID: %s",
            [f"Stopped '{name}' subsystem, ID: {ident}"],
        )
    t = at(11, 1, 51.2)
    t = R(
        t,
        "INFO",
        "org.alfresco.repo.admin.ConfigurationChecker",
        "main",
        "The Alfresco root data directory ('dir.root') is: %s",
        ["The Alfresco root data directory ('dir.root') is: /usr/local/tomcat/alf_data"],
    )
    S = "org.alfresco.repo.domain.schema.SchemaBootstrap"
    t = R(
        t + sec(0.9),
        "INFO",
        S,
        "main",
        "Connecting to database: %s, UserName=%s, %s",
        [
            "Connecting to database: jdbc:postgresql://postgres:5432/alfresco, UserName=alfresco, PostgreSQL JDBC Driver"
        ],
    )
    t = R(
        t + sec(0.01),
        "INFO",
        S,
        "main",
        "Schema managed by database dialect %s.",
        ["Schema managed by database dialect org.alfresco.repo.domain.dialect.PostgreSQLDialect."],
    )
    t = R(
        t + sec(1.4),
        "INFO",
        S,
        "main",
        "No changes were made to the schema.",
        ["No changes were made to the schema."],
    )
    for name, ident in AL_SUBSYSTEMS[:2]:
        t = R(
            t + sec(r.uniform(0.05, 0.4)),
            "INFO",
            CSF,
            "main",
            "Starting '%s' subsystem, ID: %s",
            [f"Starting '{name}' subsystem, ID: {ident}"],
        )
        t = R(
            t + sec(r.uniform(0.1, 0.9)),
            "INFO",
            CSF,
            "main",
            "Startup of '%s' subsystem, ID: %s complete",
            [f"Startup of '{name}' subsystem, ID: {ident} complete"],
        )
    M = "org.alfresco.repo.module.ModuleServiceImpl"
    t = R(t + sec(2.1), "INFO", M, "main", "Found %d module(s).", ["Found 3 module(s)."])
    t = R(
        t + sec(0.05),
        "INFO",
        M,
        "main",
        "Installing module '%s' version %s.",
        ["Installing module 'acme-records-retention' version 2.4.0."],
    )
    for name, ident in AL_SUBSYSTEMS[2:]:
        t = R(
            t + sec(r.uniform(0.05, 0.4)),
            "INFO",
            CSF,
            "main",
            "Starting '%s' subsystem, ID: %s",
            [f"Starting '{name}' subsystem, ID: {ident}"],
        )
        t = R(
            t + sec(r.uniform(0.1, 2.5)),
            "INFO",
            CSF,
            "main",
            "Startup of '%s' subsystem, ID: %s complete",
            [f"Startup of '{name}' subsystem, ID: {ident} complete"],
        )
    D = "org.alfresco.service.descriptor.DescriptorService"
    t = R(
        t + sec(0.6),
        "INFO",
        D,
        "main",
        "Alfresco JVM - v%s; maximum heap size %sMB",
        ["Alfresco JVM - v17.0.11+9-LTS; maximum heap size 6144.000MB"],
    )
    R(
        back - sec(0.5),
        "INFO",
        D,
        "main",
        "Alfresco Content Services started (%s). Current version: %s schema %s. Originally installed version: %s schema %s.",
        [
            "Alfresco Content Services started (Community). Current version: 7.4.1 (8a5a7c1f-blocal) schema 19,200. Originally installed version: 7.2.0 (ra0cb9ba4-b80) schema 16,100."
        ],
    )
    # Share: its CSRF filter after the proxy stopped passing X-Forwarded-Proto, the license check
    for t in poisson(r, at(10, 15, 20), at(10, 48, 5), 7.5):
        node = uuid(r)
        path, rx = r.choice(
            [
                (
                    f"/share/proxy/alfresco/api/node/workspace/SpacesStore/{node}/formprocessor",
                    "/share/proxy/alfresco/.*",
                ),
                (
                    f"/share/proxy/alfresco/slingshot/doclib/action/files?alf_method=delete&nodeRef=workspace://SpacesStore/{node}",
                    "/share/proxy/alfresco/.*",
                ),
                ("/share/service/modules/create-site", "/share/service/.*"),
                (
                    f"/share/proxy/alfresco-api/-default-/public/alfresco/versions/1/nodes/{node}/children",
                    "/share/proxy/alfresco-api/.*",
                ),
            ]
        )
        A(
            "share.log",
            t,
            "WARN",
            "org.alfresco.web.site.servlet.CSRFFilter",
            exec_thread(),
            "Possible CSRF attack noted when asserting origin header '%s'. Request: %s %s, FAILED TEST: Assert origin %s %s :: origin: '%s' vs server & context: %s (string) or %s (regexp)",
            [
                f"Possible CSRF attack noted when asserting origin header 'https://docs.example.com'. Request: POST {path}, FAILED TEST: Assert origin POST {rx} :: origin: 'https://docs.example.com' vs server & context: http://docs.example.com (string) or  (regexp)"
            ],
        )
    for t in poisson(r, restart + sec(2), back, 14.0):
        A(
            "share.log",
            t,
            "ERROR",
            "org.alfresco.web.site.EditionInterceptor",
            exec_thread(),
            "Unable to retrieve License information from Alfresco: %d",
            [f"Unable to retrieve License information from Alfresco: {r.choice([503, 503, 500])}"],
        )
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ xwiki

XW_URL = "https://wiki.example.com"
# an old page, its deprecated calls: (getter?, method, line, column), views per hour
XW_PAGES = [
    (
        "xwiki:Main.WebHome",
        [
            (False, "com.xpn.xwiki.api.XWiki.search", 31, 18),
            (True, "com.xpn.xwiki.api.Document.getWeb", 44, 27),
        ],
        26,
    ),
    (
        "xwiki:Engineering.Dashboards.Releases",
        [
            (False, "com.xpn.xwiki.api.Document.getChildren", 12, 14),
            (False, "org.apache.velocity.tools.generic.MathTool.toInteger", 53, 26),
            (True, "com.xpn.xwiki.api.Document.getName", 58, 40),
        ],
        14,
    ),
    ("eng:Sandbox.OldDashboard", [(False, "com.xpn.xwiki.api.XWiki.parseContent", 7, 3)], 5),
    (
        "hr:Main.Directory",
        [
            (False, "org.apache.velocity.tools.generic.SortTool.sort", 22, 20),
            (True, "org.xwiki.velocity.tools.CollectionsTool.getSet", 25, 31),
        ],
        9,
    ),
    (
        "xwiki:Blog.BlogCode",
        [
            (True, "com.xpn.xwiki.api.Context.getDatabase", 118, 9),
            (False, "com.xpn.xwiki.api.Document.getChildren", 240, 22),
        ],
        11,
    ),
    ("xwiki:XWiki.TagCloudMacro", [(False, "com.xpn.xwiki.api.XWiki.search", 16, 12)], 7),
]
XW_SPACES = [
    "Engineering.Runbooks",
    "Engineering.Meetings",
    "Sandbox",
    "Projects.Apollo",
    "Team.Notes",
    "HR.Policies",
    "Marketing.Campaigns",
]
XW_PAGENAMES = [
    "Deploy",
    "Rollback",
    "Weekly 2024-05-31",
    "Draft",
    "Q2 Plan",
    "Old Notes",
    "Copy of Onboarding",
    "Retro 23",
    "Kickoff",
]
XW_EXPORTS = [
    "Engineering.Runbooks.Deploy",
    "HR.Policies.Travel",
    "Projects.Apollo.Architecture",
    "Engineering.Handbook.WebHome",
]


def xwiki(r: random.Random) -> list[Log]:
    """One XWiki 15.10 in docker (main wiki and two sub-wikis, eng and hr), 06:00 to 12:00: old
    pages warning on every view, refactoring jobs, PostgreSQL restarted 08:20:10-08:23:50, PDF
    exports, an application installed at 10:05, the Solr index rebuilt at 11:10."""
    fs = Files()

    def X(
        t: datetime, level: str, thread: str, logger: str, label: str, lines: list[str]
    ) -> datetime:
        lg = pad_trunc(logback_abbrev(logger, 2), 30)
        return fs.add(
            "xwiki.log",
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%d %H:%M:%S},{ms3(x)} [{thread}] {level:<5} {lg} - {lines[0]} ",
                *lines[1:],
            ],
            "xwiki",
            MS,
        )

    def req(path: str) -> str:
        return f"http-nio-8080-exec-{r.randint(1, 30)} - {XW_URL}{path}"

    def view_path(ref: str) -> str:
        wiki, rest = ref.split(":")
        parts = rest.split(".")
        base = "" if wiki == "xwiki" else f"/wiki/{wiki}"
        return f"{base}/bin/view/{'/'.join(parts[:-1])}/" + (
            "" if parts[-1] == "WebHome" else parts[-1]
        )

    db_down = (at(8, 20, 10), at(8, 23, 50))
    DCU = "org.xwiki.velocity.introspection.DeprecatedCheckUberspector"
    SQL = "org.hibernate.engine.jdbc.spi.SqlExceptionHelper"

    # page views: the deprecated calls each time
    for ref, calls, per_hour in XW_PAGES:
        for t in poisson(r, T0, T_END, 1900 / per_hour):
            if in_any(t, [db_down]):
                continue
            th = req(view_path(ref))
            for getter, method, line, col in calls:
                kind = "getter" if getter else "method"
                t = X(
                    t + sec(r.uniform(0.002, 0.04)),
                    "WARN",
                    th,
                    DCU,
                    f"Deprecated usage of {kind} [%s] in %s@%d,%d",
                    [f"Deprecated usage of {kind} [{method}] in {ref}@{line},{col}"],
                )
    # refactoring jobs started by users
    for t in poisson(r, T0, T_END, 420.0):
        if in_any(t, [db_down]):
            continue
        kind, cls = r.choice(
            [
                ("delete", "DeleteJob"),
                ("delete", "DeleteJob"),
                ("rename", "MoveJob"),
                ("move", "MoveJob"),
                ("copy", "CopyJob"),
            ]
        )
        jid = f"refactoring/{kind}/{int(t.timestamp() * 1000)}-{r.randint(100, 999)}"
        lg = f"org.xwiki.refactoring.internal.job.{cls}"
        th = f"XWiki Job Executor ({kind})"
        t = X(
            t,
            "INFO",
            th,
            lg,
            "Starting job of type [%s] with identifier [%s]",
            [f"Starting job of type [refactoring/{kind}] with identifier [{jid}]"],
        )
        X(
            t + sec(r.uniform(0.2, 6.0)),
            "INFO",
            th,
            lg,
            "Finished job of type [%s] with identifier [%s]",
            [f"Finished job of type [refactoring/{kind}] with identifier [{jid}]"],
        )
    # PostgreSQL restarted: in-flight requests, then refused connections, then stale ones
    for i, t in enumerate(poisson(r, db_down[0], db_down[1], 1.9)):
        ref, _c, _p = r.choice(XW_PAGES)
        th = req(view_path(ref)) if r.random() < 0.85 else "XWiki Solr index thread"
        if i < 7:
            state, label, msg = (
                "08006",
                "An I/O error occurred while sending to the backend.",
                "An I/O error occurred while sending to the backend.",
            )
        else:
            state, label, msg = (
                "08001",
                "Connection to %s refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.",
                "Connection to db:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.",
            )
        t = X(
            t, "WARN", th, SQL, "SQL Error: %d, SQLState: %s", [f"SQL Error: 0, SQLState: {state}"]
        )
        t = X(t + sec(0.001), "ERROR", th, SQL, label, [msg])
        if th == "XWiki Solr index thread":
            doc = f"{ref.split(':')[0]}:{r.choice(XW_SPACES)}.{r.choice(XW_PAGENAMES)}"
            X(
                t + sec(0.002),
                "ERROR",
                th,
                "org.xwiki.search.solr.internal.DefaultSolrIndexer",
                "Failed to process entry [%s]",
                [
                    f"Failed to process entry [{doc}]",
                    f"com.xpn.xwiki.XWikiException: Error number 3201 in 3: Exception while reading document [{doc}]",
                    "\tat com.xpn.xwiki.store.XWikiHibernateStore.loadXWikiDoc(XWikiHibernateStore.java:1096)",
                    "\tat com.xpn.xwiki.store.XWikiCacheStore.lambda$loadXWikiDoc$0(XWikiCacheStore.java:351)",
                    "\tat com.xpn.xwiki.store.XWikiCacheStore.loadXWikiDoc(XWikiCacheStore.java:339)",
                    "\tat com.xpn.xwiki.XWiki.getDocument(XWiki.java:2046)",
                    "\tat org.xwiki.search.solr.internal.reference.DocumentSolrReferenceResolver.getReferences(DocumentSolrReferenceResolver.java:82)",
                    "\tat org.xwiki.search.solr.internal.DefaultSolrIndexer.processBatch(DefaultSolrIndexer.java:531)",
                    "\tat org.xwiki.search.solr.internal.DefaultSolrIndexer.run(DefaultSolrIndexer.java:443)",
                    "\tat java.base/java.lang.Thread.run(Thread.java:840)",
                    "Caused by: org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection",
                    "\tat org.hibernate.exception.internal.SQLStateConversionDelegate.convert(SQLStateConversionDelegate.java:112)",
                    "\tat org.hibernate.exception.internal.StandardSQLExceptionConverter.convert(StandardSQLExceptionConverter.java:37)",
                    "\t... 12 common frames omitted",
                ],
            )
    for t in poisson(r, db_down[1], db_down[1] + sec(95), 6.0):
        ref, _c, _p = r.choice(XW_PAGES)
        th = req(view_path(ref))
        t = X(t, "WARN", th, SQL, "SQL Error: %d, SQLState: %s", ["SQL Error: 0, SQLState: 08003"])
        X(
            t + sec(0.001),
            "ERROR",
            th,
            SQL,
            "This connection has been closed.",
            ["This connection has been closed."],
        )
    # PDF exports through FOP
    FOP = "org.apache.fop.apps.FOUserAgent"
    for t in poisson(r, at(6, 30), T_END, 1500.0):
        page = r.choice(XW_EXPORTS)
        sp, nm = page.rsplit(".", 1)
        th = req(f"/bin/export/{sp.replace('.', '/')}/{nm}?format=pdf&pdftemplate=XWiki.PDFClass")
        t += sec(r.uniform(0.8, 2.5))
        t = X(
            t,
            "WARN",
            th,
            FOP,
            "Hyphenation pattern not found. URI: %s.",
            ["Hyphenation pattern not found. URI: en."],
        )
        for font in r.sample(
            [
                "Symbol,normal,700",
                "ZapfDingbats,normal,700",
                "Symbol,italic,400",
                "DejaVuSans,normal,700",
            ],
            r.randint(1, 3),
        ):
            fam, style, _w = font.split(",")
            t = X(
                t + sec(r.uniform(0.001, 0.02)),
                "WARN",
                th,
                FOP,
                'Font "%s" not found. Substituting with "%s".',
                [f'Font "{font}" not found. Substituting with "{fam},{style},400".'],
            )
        for _ in range(r.randint(0, 3)):
            t = X(
                t + sec(r.uniform(0.01, 0.2)),
                "WARN",
                th,
                FOP,
                "The contents of fo:block line %d exceed the available area in the inline-progression direction by %d millipoints. (See position %d:%d)",
                [
                    f"The contents of fo:block line {r.randint(1, 3)} exceed the available area in the inline-progression direction by {r.randint(2000, 90000)} millipoints. (See position {r.randint(1, 40)}:{r.randint(100, 60000)})"
                ],
            )
    # an application installed from the Extension Manager at 10:05
    ext = "org.xwiki.contrib.forum:application-forum-ui"
    deps = [
        "org.xwiki.contrib.forum:application-forum-api/2.6.1",
        "org.xwiki.contrib:application-likes-ui/1.4.3",
    ]
    t = at(10, 5, 12.4)
    plan = f"extension/plan/{ext}/wiki:xwiki"
    lg = "org.xwiki.extension.job.internal.InstallPlanJob"
    th = "XWiki Job Executor (installplan)"
    t = X(
        t,
        "INFO",
        th,
        lg,
        "Starting job of type [%s] with identifier [%s]",
        [f"Starting job of type [installplan] with identifier [{plan}]"],
    )
    for e in [f"{ext}/2.6.1", *deps]:
        t = X(
            t + sec(r.uniform(0.1, 1.2)),
            "INFO",
            th,
            lg,
            "Resolving extension [%s] on namespace [%s]",
            [f"Resolving extension [{e}] on namespace [wiki:xwiki]"],
        )
    t = X(
        t + sec(0.3),
        "INFO",
        th,
        lg,
        "Finished job of type [%s] with identifier [%s]",
        [f"Finished job of type [installplan] with identifier [{plan}]"],
    )
    job = f"extension/action/{ext}/wiki:xwiki"
    lg = "org.xwiki.extension.job.internal.InstallJob"
    th = "XWiki Job Executor (install)"
    t = X(
        t + sec(24.0),
        "INFO",
        th,
        lg,
        "Starting job of type [%s] with identifier [%s]",
        [f"Starting job of type [install] with identifier [{job}]"],
    )
    for e in [*reversed(deps), f"{ext}/2.6.1"]:
        t = X(
            t + sec(r.uniform(0.2, 1.0)),
            "INFO",
            th,
            lg,
            "Installing extension [%s] on namespace [%s]",
            [f"Installing extension [{e}] on namespace [wiki:xwiki]"],
        )
        t = X(
            t + sec(r.uniform(1.0, 9.0)),
            "INFO",
            th,
            lg,
            "Successfully installed extension [%s] on namespace [%s]",
            [f"Successfully installed extension [{e}] on namespace [wiki:xwiki]"],
        )
    X(
        t + sec(0.4),
        "INFO",
        th,
        lg,
        "Finished job of type [%s] with identifier [%s]",
        [f"Finished job of type [install] with identifier [{job}]"],
    )
    # the Solr index rebuilt from the admin UI at 11:10
    lg = "org.xwiki.search.solr.internal.job.IndexerJob"
    t = X(
        at(11, 10, 41.2),
        "INFO",
        "XWiki Solr index thread",
        lg,
        "Starting job of type [%s] with identifier [%s]",
        ["Starting job of type [solr.indexer] with identifier [solr/indexer]"],
    )
    t = X(
        t + sec(212.4),
        "INFO",
        "XWiki Solr index thread",
        lg,
        "%d documents added, %d deleted and %d updated during the synchronization of the Solr index.",
        [
            "3 documents added, 41 deleted and 1288 updated during the synchronization of the Solr index."
        ],
    )
    X(
        t + sec(0.05),
        "INFO",
        "XWiki Solr index thread",
        lg,
        "Finished job of type [%s] with identifier [%s]",
        ["Finished job of type [solr.indexer] with identifier [solr/indexer]"],
    )
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- bamboo

BB_URL = "https://bamboo.example.com"
# plan key, job keys, builds per hour, repository
BB_PLANS = [
    ("API-CORE", ["UT", "IT"], 7, "api/core"),
    ("WEB-FRONT", ["JOB1"], 6, "web/frontend"),
    ("MOB-AND", ["ASM"], 2, "mobile/android"),
    ("DATA-ETL", ["TEST"], 3, "data/etl"),
    ("INFRA-TF", ["PLAN"], 2, "infra/terraform"),
]
BB_AGENTS = {
    "agent1": ("build-agent-01", 131073, "10.0.5.21"),
    "agent2": ("build-agent-02", 131074, "10.0.5.22"),
}
BB_USERS = ["jdoe", "asmith", "mkovacs", "lnguyen", "ci-bot", "release-bot"]
BB_PAGES = [
    (5, "GET", "/allPlans.action"),
    (6, "GET", "/browse/{plan}"),
    (5, "GET", "/browse/{plan}-{n}"),
    (3, "GET", "/browse/{plan}-{job}-{n}/log"),
    (8, "GET", "/rest/api/latest/result/{plan}.json?max-results=25&expand=results.result"),
    (6, "GET", "/rest/api/latest/queue.json"),
    (3, "GET", "/build/admin/ajax/getDashboardSummary.action"),
    (2, "POST", "/rest/api/latest/queue/{plan}?executeAllStages=true"),
    (2, "GET", "/rest/api/latest/plan/{plan}/branch.json"),
    (1, "POST", "/build/admin/stopPlan.action?planResultKey={plan}-{n}"),
]
BB_AMQ = "Apache ActiveMQ 5.16.7 (bamboo, ID:bamboo-{n}-1717740000000-0:1)"


def bamboo(r: random.Random) -> list[Log]:
    """A Bamboo 9.6 server and two remote agents, 06:00 to 12:00: five plans built on commits,
    users and scripts on the UI and REST API, agent2's link dropping at 07:50, Bitbucket
    unreachable 08:30-08:45, agent2's host rebooted at 09:00, the server restarted at 10:00."""
    fs = Files()
    amq_id = ["39221"]

    def B(
        f: str, t: datetime, level: str, thread: str, cls: str, label: str, lines: list[str]
    ) -> datetime:
        return fs.add(
            f,
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%d %H:%M:%S},{ms3(x)} {level} [{thread}] [{cls}] {lines[0]}",
                *lines[1:],
            ],
            f,
            MS,
        )

    def S(t: datetime, level: str, thread: str, cls: str, label: str, lines: list[str]) -> datetime:
        return B("atlassian-bamboo.log", t, level, thread, cls, label, lines)

    def G(
        a: str, t: datetime, level: str, thread: str, cls: str, label: str, lines: list[str]
    ) -> datetime:
        return B(f"{a}-atlassian-bamboo-agent.log", t, level, thread, cls, label, lines)

    def ev() -> str:
        return f"AtlassianEvent::0-BAM::EVENTS:pool-1-thread-{r.randint(1, 12)}"

    srv_down = (at(10, 0, 4), at(10, 3, 31))
    bb_down = (at(8, 30, 12), at(8, 45, 40))
    a2_link = (at(7, 50, 33), at(7, 51, 20))
    a2_boot = (at(9, 0, 5), at(9, 3, 12))
    build_no = {p: r.randint(800, 2400) for p, *_ in BB_PLANS}
    busy = {a: T0 for a in BB_AGENTS}

    def srv_up(t: datetime) -> bool:
        return not (srv_down[0] - sec(1) <= t < srv_down[1] + sec(1))

    # users and scripts on the UI and the REST API
    mem = 612000
    for t in poisson(r, T0, T_END, 16.0):
        if not srv_up(t):
            continue
        _w, method, path = r.choices(BB_PAGES, weights=[p[0] for p in BB_PAGES])[0]
        plan, jobs, _h, _repo = r.choice(BB_PLANS)
        url = BB_URL + path.format(
            plan=plan, n=build_no[plan] - r.randint(0, 30), job=r.choice(jobs)
        )
        user = r.choice(BB_USERS) if r.random() < 0.92 else r.choice(["10.0.9.14", "10.0.9.31"])
        mem = max(380000, min(1480000, mem + r.randint(-40000, 45000)))
        S(
            t,
            "INFO",
            f"http-nio-8085-exec-{r.randint(1, 60)}",
            "AccessLogFilter",
            "%s %s %s %dkb",
            [f"{user} {method} {url} {mem}kb"],
        )
    # builds: change detection, the queue, the agent (in time order: the agents are shared)
    triggers = sorted(
        (t, plan, jobs, repo)
        for plan, jobs, per_hour, repo in BB_PLANS
        for t in poisson(r, T0, T_END, 3000 / per_hour)
    )
    for t, plan, jobs, repo in triggers:
        if not srv_up(t):
            continue
        th = f"scheduler_Worker-{r.randint(1, 10)}"
        if in_any(t, [bb_down]):
            S(
                t,
                "ERROR",
                th,
                "DefaultErrorHandler",
                "Recording an error: Unable to detect changes : %s : Cannot determine head revision of '%s' on branch '%s'",
                [
                    f"Recording an error: Unable to detect changes : {plan} : Cannot determine head revision of 'ssh://git@bitbucket.example.com:7999/{repo}.git' on branch 'main'"
                ],
            )
            continue
        n = r.choice([1, 1, 1, 2, 3])
        t = S(
            t,
            "INFO",
            th,
            "ChangeDetectionListenerAction",
            "Change detection found %d change%s for plan %s",
            [f"Change detection found {n} change{'s' if n != 1 else ''} for plan {plan}"],
        )
        build_no[plan] += 1
        for job in jobs:
            key = f"{plan}-{job}-{build_no[plan]}"
            cands = [a for a in BB_AGENTS if not (a == "agent2" and in_any(t, [a2_boot]))]
            a = min(cands, key=lambda x: busy[x])
            ids = ", ".join(str(BB_AGENTS[x][1]) for x in sorted(cands))
            t = S(
                t + sec(r.uniform(0.05, 0.4)),
                "INFO",
                ev(),
                "BuildQueueManagerImpl",
                "Sent ExecutableQueueUpdate: %s, agents known to be affected: %s",
                [f"Sent ExecutableQueueUpdate: addToQueue, agents known to be affected: [{ids}]"],
            )
            name, _aid, _ip = BB_AGENTS[a]
            st = max(t, busy[a]) + sec(r.uniform(0.5, 3.0))
            if st >= T_END:
                continue
            dur = r.uniform(40, 300) if plan != "MOB-AND" else r.uniform(300, 600)
            ath = f"0-BAM::{name}::Agent:pool-3-thread-1"
            G(
                a,
                st,
                "INFO",
                ath,
                "DefaultBuildAgent",
                "Build %s started building on agent %s",
                [f"Build {key} started building on agent {name}"],
            )
            S(
                st + sec(r.uniform(0.05, 0.3)),
                "INFO",
                ev(),
                "BuildQueueManagerImpl",
                "Sent ExecutableQueueUpdate: %s, agents known to be affected: %s",
                ["Sent ExecutableQueueUpdate: removeFromQueue, agents known to be affected: []"],
            )
            busy[a] = st + sec(dur)
            if busy[a] < T_END:
                G(
                    a,
                    busy[a],
                    "INFO",
                    ath,
                    "DefaultBuildAgent",
                    "Finished building %s.",
                    [f"Finished building {key}."],
                )
    # agent2's link drops for a minute
    name, _aid, ip = BB_AGENTS["agent2"]
    port = r.randint(40000, 60000)
    S(
        a2_link[0] + sec(31),
        "WARN",
        "ActiveMQ InactivityMonitor Worker",
        "TransportConnection",
        "Transport Connection to: %s failed: org.apache.activemq.transport.InactivityIOException: Channel was inactive (no connection attempt made) for too (>%d) long: %s",
        [
            f"Transport Connection to: tcp://{ip}:{port} failed: org.apache.activemq.transport.InactivityIOException: Channel was inactive (no connection attempt made) for too (>30000) long: tcp://{ip}:{port}"
        ],
    )
    broker = "ssl://bamboo.example.com:54663?wireFormat.maxInactivityDuration=300000"
    G(
        "agent2",
        a2_link[0],
        "WARN",
        "ActiveMQ Transport: ssl://bamboo.example.com/10.0.5.10:54663",
        "FailoverTransport",
        "Transport (%s) failed, attempting to automatically reconnect: java.io.IOException: Connection reset by peer",
        [
            "Transport (ssl://bamboo.example.com/10.0.5.10:54663) failed, attempting to automatically reconnect: java.io.IOException: Connection reset by peer"
        ],
    )
    G(
        "agent2",
        a2_link[1],
        "INFO",
        "ActiveMQ Task-1",
        "FailoverTransport",
        "Successfully reconnected to %s",
        [f"Successfully reconnected to {broker}"],
    )
    # agent2's host rebooted at 09:00
    G(
        "agent2",
        a2_boot[0],
        "WARN",
        "ActiveMQ Transport: ssl://bamboo.example.com/10.0.5.10:54663",
        "FailoverTransport",
        "Transport (%s) failed, attempting to automatically reconnect: java.io.EOFException",
        [
            "Transport (ssl://bamboo.example.com/10.0.5.10:54663) failed, attempting to automatically reconnect: java.io.EOFException"
        ],
    )
    S(
        a2_boot[0] + sec(0.02),
        "WARN",
        "ActiveMQ Transport: ssl:///10.0.5.22:50412",
        "TransportConnection",
        "Transport Connection to: %s failed: java.io.EOFException",
        [f"Transport Connection to: ssl://{ip}:50412 failed: java.io.EOFException"],
    )
    t = a2_boot[1]
    t = G(
        "agent2",
        t,
        "INFO",
        "main",
        "RemoteAgent",
        "* Remote Agent Home: %s",
        ["* Remote Agent Home: /home/bamboo/bamboo-agent-home"],
    )
    t = G(
        "agent2",
        t + sec(0.01),
        "INFO",
        "main",
        "RemoteAgent",
        "* Broker URL: %s",
        [f"* Broker URL: failover:({broker})?initialReconnectDelay=15000&maxReconnectAttempts=10"],
    )
    G(
        "agent2",
        t + sec(2.4),
        "INFO",
        "main",
        "RemoteAgent",
        "* Bamboo agent '%s' ready to receive builds.",
        [f"* Bamboo agent '{name}' ready to receive builds."],
    )
    # the server restarted at 10:00: the embedded broker stops and starts, the agents reconnect
    amq = BB_AMQ.format(n=amq_id[0])
    t = S(
        srv_down[0],
        "INFO",
        "localhost-startStop-2",
        "BrokerService",
        "Apache ActiveMQ %s (%s, %s) is shutting down",
        [f"{amq} is shutting down"],
    )
    t = S(
        t + sec(0.03),
        "INFO",
        "localhost-startStop-2",
        "TransportConnector",
        "Connector %s stopped",
        ["Connector ssl://0.0.0.0:54663?wireFormat.maxInactivityDuration=300000 stopped"],
    )
    t = S(
        t + sec(0.2),
        "INFO",
        "localhost-startStop-2",
        "BrokerService",
        "Apache ActiveMQ %s (%s, %s) uptime %s",
        [f"{amq} uptime 17 hours 22 minutes"],
    )
    S(
        t + sec(0.01),
        "INFO",
        "localhost-startStop-2",
        "BrokerService",
        "Apache ActiveMQ %s (%s, %s) is shutdown",
        [f"{amq} is shutdown"],
    )
    for a in BB_AGENTS:
        G(
            a,
            srv_down[0] + sec(r.uniform(0.05, 0.3)),
            "WARN",
            "ActiveMQ Transport: ssl://bamboo.example.com/10.0.5.10:54663",
            "FailoverTransport",
            "Transport (%s) failed, attempting to automatically reconnect: java.io.EOFException",
            [
                "Transport (ssl://bamboo.example.com/10.0.5.10:54663) failed, attempting to automatically reconnect: java.io.EOFException"
            ],
        )
        for k in (1, 2):
            G(
                a,
                srv_down[0] + sec(15 * 10 * k / 2 + r.uniform(0, 2)),
                "WARN",
                "ActiveMQ Task-1",
                "FailoverTransport",
                "Failed to connect to [%s] after: %d attempt(s) continuing to retry.",
                [
                    f"Failed to connect to [{broker}] after: {10 * k} attempt(s) continuing to retry."
                ],
            )
        G(
            a,
            srv_down[1] + sec(r.uniform(8, 14)),
            "INFO",
            "ActiveMQ Task-1",
            "FailoverTransport",
            "Successfully reconnected to %s",
            [f"Successfully reconnected to {broker}"],
        )
    amq_id[0] = "40517"
    amq = BB_AMQ.format(n=amq_id[0])
    t = S(
        srv_down[1] - sec(9.4),
        "INFO",
        "localhost-startStop-1",
        "BrokerService",
        "Apache ActiveMQ %s (%s, %s) is starting",
        [f"{amq} is starting"],
    )
    t = S(
        t + sec(0.4),
        "INFO",
        "localhost-startStop-1",
        "TransportServerThreadSupport",
        "Listening for connections at: %s",
        [
            "Listening for connections at: ssl://bamboo.example.com:54663?wireFormat.maxInactivityDuration=300000"
        ],
    )
    t = S(
        t + sec(0.002),
        "INFO",
        "localhost-startStop-1",
        "TransportConnector",
        "Connector %s started",
        ["Connector ssl://0.0.0.0:54663?wireFormat.maxInactivityDuration=300000 started"],
    )
    t = S(
        t + sec(0.01),
        "INFO",
        "localhost-startStop-1",
        "BrokerService",
        "Apache ActiveMQ %s (%s, %s) started",
        [f"{amq} started"],
    )
    S(
        t + sec(0.001),
        "INFO",
        "localhost-startStop-1",
        "BrokerService",
        "For help or more information please see: http://activemq.apache.org",
        ["For help or more information please see: http://activemq.apache.org"],
    )
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- eureka

EU_PEERS = {
    "eureka-1": ("10.0.0.11", 4121),
    "eureka-2": ("10.0.0.12", 3977),
    "eureka-3": ("10.0.0.13", 4310),
}
# application, port, instances
EU_APPS = [
    ("ORDER-SERVICE", 8080, 4),
    ("PAYMENT-SERVICE", 8080, 2),
    ("INVENTORY-SERVICE", 8080, 3),
    ("API-GATEWAY", 8080, 2),
    ("NOTIFICATION-SERVICE", 8080, 2),
    ("USER-SERVICE", 8080, 2),
]
EU_STACK_PEER = [
    'org.springframework.web.client.ResourceAccessException: I/O error on POST request for "http://{peer}:8761/eureka/peerreplication/batch": Connect to http://{peer}:8761 [{peer}/{ip}] failed: Connect timed out',
    "\tat org.springframework.web.client.RestTemplate.createResourceAccessException(RestTemplate.java:915)",
    "\tat org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:895)",
    "\tat org.springframework.web.client.RestTemplate.execute(RestTemplate.java:790)",
    "\tat org.springframework.web.client.RestTemplate.exchange(RestTemplate.java:672)",
    "\tat org.springframework.cloud.netflix.eureka.server.RestTemplateReplicationClient.submitBatchUpdates(RestTemplateReplicationClient.java:150)",
    "\tat com.netflix.eureka.cluster.ReplicationTaskProcessor.process(ReplicationTaskProcessor.java:80)",
    "\tat com.netflix.eureka.util.batcher.TaskExecutors$BatchWorkerRunnable.run(TaskExecutors.java:190)",
    "\tat java.base/java.lang.Thread.run(Thread.java:1583)",
    "Caused by: org.apache.hc.client5.http.ConnectTimeoutException: Connect to http://{peer}:8761 [{peer}/{ip}] failed: Connect timed out",
    "\tat java.base/sun.nio.ch.NioSocketImpl.timedFinishConnect(NioSocketImpl.java:551)",
    "\tat java.base/sun.nio.ch.NioSocketImpl.connect(NioSocketImpl.java:602)",
    "\tat java.base/java.net.SocksSocketImpl.connect(SocksSocketImpl.java:327)",
    "\tat java.base/java.net.Socket.connect(Socket.java:633)",
    "\tat org.apache.hc.client5.http.impl.io.DefaultHttpClientConnectionOperator.connect(DefaultHttpClientConnectionOperator.java:205)",
    "\tat org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager.connect(PoolingHttpClientConnectionManager.java:490)",
    "\t... 19 common frames omitted",
]
EU_STACK_TRANSPORT = [
    "com.netflix.discovery.shared.transport.TransportException: Cannot execute request on any known server",
    "\tat com.netflix.discovery.shared.transport.decorator.RetryableEurekaHttpClient.execute(RetryableEurekaHttpClient.java:112)",
    "\tat com.netflix.discovery.shared.transport.decorator.EurekaHttpClientDecorator.{call}(EurekaHttpClientDecorator.java:{line})",
    "\tat com.netflix.discovery.shared.transport.decorator.SessionedEurekaHttpClient.execute(SessionedEurekaHttpClient.java:77)",
    "\tat com.netflix.discovery.shared.transport.decorator.EurekaHttpClientDecorator.{call}(EurekaHttpClientDecorator.java:{line})",
    "\tat com.netflix.discovery.DiscoveryClient.{caller}(DiscoveryClient.java:{cline})",
    "\tat com.netflix.discovery.DiscoveryClient${task}.run(DiscoveryClient.java:{tline})",
    "\tat java.base/java.util.concurrent.Executors$RunnableAdapter.call(Executors.java:572)",
    "\tat java.base/java.util.concurrent.FutureTask.run(FutureTask.java:317)",
    "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)",
    "\tat java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:642)",
    "\tat java.base/java.lang.Thread.run(Thread.java:1583)",
]


def eureka(r: random.Random) -> list[Log]:
    """Three Eureka peers, 06:00 to 12:00: fifteen instances of six services plus report
    workers scaled every 15 minutes, an inventory instance dying at 07:12, a notification service
    crash-looping 07:30-09:00, order-service redeployed at 08:00, eureka-2 restarted at 09:30,
    eureka-3 cut off 10:20-10:30."""
    fs = Files()
    pids = {p: v[1] for p, v in EU_PEERS.items()}

    def E(
        p: str, t: datetime, level: str, thread: str, logger: str, label: str, lines: list[str]
    ) -> datetime:
        lg = pad_trunc(logback_abbrev(logger, 39), 40)
        return fs.add(
            f"{p}.log",
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%dT%H:%M:%S}.{ms3(x)}Z {level:>5} {pids[p]} --- [eureka-server] [{thread}] {lg} : {lines[0]}",
                *lines[1:],
            ],
            p,
            MS,
        )

    REG = "com.netflix.eureka.registry.AbstractInstanceRegistry"
    PEER = "com.netflix.eureka.registry.PeerAwareInstanceRegistryImpl"
    RES = "com.netflix.eureka.resources.InstanceResource"
    DC = "com.netflix.discovery.DiscoveryClient"
    peers = list(EU_PEERS)
    e2_down = (at(9, 30, 6), at(9, 31, 2))
    e3_cut = (at(10, 20, 14), at(10, 30, 40))

    def alive(p: str, t: datetime) -> bool:
        return not (p == "eureka-2" and e2_down[0] <= t < e2_down[1])

    def reachable(a: str, b: str, t: datetime) -> bool:
        if not (alive(a, t) and alive(b, t)):
            return False
        return not ("eureka-3" in (a, b) and a != b and in_any(t, [e3_cut]))

    def exec_thread() -> str:
        return f"http-nio-8761-exec-{r.randint(1, 10)}"

    def register(t: datetime, app: str, iid: str, home: str | None = None) -> str:
        home = home or r.choice([p for p in peers if alive(p, t)])
        t = E(
            home,
            t,
            "INFO",
            exec_thread(),
            REG,
            "Registered instance %s/%s with status %s (replication=%s)",
            [f"Registered instance {app}/{iid} with status UP (replication=false)"],
        )
        for p in peers:
            if p != home and reachable(home, p, t):
                E(
                    p,
                    t + sec(r.uniform(0.02, 0.6)),
                    "INFO",
                    exec_thread(),
                    REG,
                    "Registered instance %s/%s with status %s (replication=%s)",
                    [f"Registered instance {app}/{iid} with status UP (replication=true)"],
                )
        return home

    def cancel(t: datetime, app: str, iid: str, home: str) -> None:
        if not alive(home, t):
            home = r.choice([p for p in peers if alive(p, t)])
        t = E(
            home,
            t,
            "INFO",
            exec_thread(),
            REG,
            "Cancelled instance %s/%s (replication=%s)",
            [f"Cancelled instance {app}/{iid} (replication=false)"],
        )
        for p in peers:
            if p != home and reachable(home, p, t):
                E(
                    p,
                    t + sec(r.uniform(0.02, 0.6)),
                    "INFO",
                    exec_thread(),
                    REG,
                    "Cancelled instance %s/%s (replication=%s)",
                    [f"Cancelled instance {app}/{iid} (replication=true)"],
                )

    def pod(app: str) -> str:
        base = app.lower().replace("-service", "").replace("api-", "")
        return f"{base}-{hexid(r, 10)}-{hexid(r, 5)}"

    homes: dict[str, str] = {}
    insts: dict[str, list[str]] = {}
    for app, port, n in EU_APPS:
        insts[app] = []
        for _ in range(n):
            iid = f"{pod(app)}:{app.lower()}:{port}"
            insts[app].append(iid)
            homes[iid] = r.choice(peers)
    registry_size = sum(n for _, _, n in EU_APPS) + 3

    # the evict task every minute on each peer, the renewal threshold every 15 minutes
    for p in peers:
        off = r.uniform(2, 58)
        t = T0 + sec(off)
        while t < T_END:
            if alive(p, t):
                comp = 0 if r.random() < 0.8 else r.randint(1, 4)
                if p == "eureka-2" and e2_down[1] <= t < e2_down[1] + sec(60):
                    comp = r.randint(40, 60)
                E(
                    p,
                    t,
                    "INFO",
                    "Eureka-EvictionTimer",
                    REG,
                    "Running the evict task with compensationTime %dms",
                    [f"Running the evict task with compensationTime {comp}ms"],
                )
            t += sec(60 + r.uniform(0.0005, 0.004))
        t = T0 + sec(r.uniform(60, 890))
        while t < T_END:
            if alive(p, t):
                E(
                    p,
                    t,
                    "INFO",
                    "ReplicaAwareInstanceRegistry - RenewalThresholdUpdater",
                    PEER,
                    "Current renewal threshold is : %d",
                    [f"Current renewal threshold is : {int((registry_size + 2) * 2 * 0.85)}"],
                )
            t += sec(900 + r.uniform(0.001, 0.01))

    def evict_at(p: str, after: datetime) -> datetime:
        """The next run of p's evict task after `after` (the task runs about every minute)."""
        return after + sec(r.uniform(0.5, 60))

    def evict(p: str, t: datetime, leases: list[tuple[str, str]], limit: int) -> None:
        n = min(len(leases), limit)
        t = E(
            p,
            t + sec(0.003),
            "INFO",
            "Eureka-EvictionTimer",
            REG,
            "Evicting %d items (expired=%d, evictionLimit=%d)",
            [f"Evicting {n} items (expired={len(leases)}, evictionLimit={limit})"],
        )
        for app, iid in r.sample(leases, n):
            t = E(
                p,
                t + sec(0.001),
                "WARN",
                "Eureka-EvictionTimer",
                REG,
                "DS: Registry: expired lease for %s/%s",
                [f"DS: Registry: expired lease for {app}/{iid}"],
            )
            t = E(
                p,
                t + sec(0.001),
                "INFO",
                "Eureka-EvictionTimer",
                REG,
                "Cancelled instance %s/%s (replication=%s)",
                ["Cancelled instance " + f"{app}/{iid} (replication=false)"],
            )

    # an inventory instance dies at 07:12: each peer evicts it on its own
    dead = insts["INVENTORY-SERVICE"].pop(1)
    for p in peers:
        evict(p, evict_at(p, at(7, 12, 30) + sec(180)), [("INVENTORY-SERVICE", dead)], 3)
    new = f"{pod('INVENTORY-SERVICE')}:inventory-service:8080"
    homes[new] = register(at(7, 19, 2), "INVENTORY-SERVICE", new)
    insts["INVENTORY-SERVICE"].append(new)
    # the notification service crash-looping 07:30-09:00 (its shutdown hook cancels it)
    t = at(7, 30, 12)
    while t < at(9, 0):
        iid = insts["NOTIFICATION-SERVICE"].pop(0)
        cancel(t, "NOTIFICATION-SERVICE", iid, homes[iid])
        iid2 = f"{pod('NOTIFICATION-SERVICE')}:notification-service:8080"
        homes[iid2] = register(t + sec(r.uniform(38, 55)), "NOTIFICATION-SERVICE", iid2)
        insts["NOTIFICATION-SERVICE"].append(iid2)
        t += sec(r.uniform(300, 600))
    # order-service rolling deploy at 08:00
    t = at(8, 0, 40)
    for i in range(4):
        iid = insts["ORDER-SERVICE"][i]
        iid2 = f"{pod('ORDER-SERVICE')}:order-service:8080"
        homes[iid2] = register(t, "ORDER-SERVICE", iid2)
        cancel(t + sec(r.uniform(20, 35)), "ORDER-SERVICE", iid, homes[iid])
        insts["ORDER-SERVICE"][i] = iid2
        t += sec(r.uniform(70, 100))
    # report workers scaled up at each quarter hour and down ten minutes later
    for q in range(24):
        t = T0 + sec(900 * q + r.uniform(20, 60))
        ws = [
            f"report-worker-{hexid(r, 10)}-{hexid(r, 5)}:report-worker:8081"
            for _ in range(r.choice([1, 2, 2, 3, 3]))
        ]
        for w in ws:
            homes[w] = register(t + sec(r.uniform(0, 8)), "REPORT-WORKER", w)
        for w in ws:
            cancel(t + sec(r.uniform(540, 620)), "REPORT-WORKER", w, homes[w])
    # eureka-2 restarted at 09:30
    t = E(
        "eureka-2",
        e2_down[0],
        "INFO",
        "SpringApplicationShutdownHook",
        DC,
        "Shutting down DiscoveryClient ...",
        ["Shutting down DiscoveryClient ..."],
    )
    t = E(
        "eureka-2",
        t + sec(0.002),
        "INFO",
        "SpringApplicationShutdownHook",
        DC,
        "Unregistering ...",
        ["Unregistering ..."],
    )
    t = E(
        "eureka-2",
        t + sec(0.02),
        "INFO",
        "SpringApplicationShutdownHook",
        DC,
        "DiscoveryClient_%s/%s - deregister  status: %d",
        ["DiscoveryClient_EUREKA-SERVER/eureka-2:eureka-server:8761 - deregister  status: 200"],
    )
    E(
        "eureka-2",
        t + sec(0.01),
        "INFO",
        "SpringApplicationShutdownHook",
        DC,
        "Completed shut down of DiscoveryClient",
        ["Completed shut down of DiscoveryClient"],
    )
    for p in ["eureka-1", "eureka-3"]:
        E(
            p,
            e2_down[0] + sec(r.uniform(0.01, 0.02)),
            "INFO",
            exec_thread(),
            REG,
            "Cancelled instance %s/%s (replication=%s)",
            ["Cancelled instance EUREKA-SERVER/eureka-2:eureka-server:8761 (replication=false)"],
        )
    pids["eureka-2"] = 9260
    t = e2_down[1] - sec(14.5)
    BOOT = "org.springframework.cloud.netflix.eureka.server.EurekaServerBootstrap"
    t = E(
        "eureka-2",
        t,
        "INFO",
        "main",
        "com.example.registry.EurekaServerApplication",
        "Starting %s v%s using Java %s with PID %d (%s started by %s in %s)",
        [
            f"Starting EurekaServerApplication v1.4.2 using Java 21.0.3 with PID {pids['eureka-2']} (/opt/eureka/eureka-server.jar started by eureka in /opt/eureka)"
        ],
    )
    t = E(
        "eureka-2",
        t + sec(2.9),
        "INFO",
        "main",
        "org.springframework.boot.web.embedded.tomcat.TomcatWebServer",
        "Tomcat initialized with port %d (http)",
        ["Tomcat initialized with port 8761 (http)"],
    )
    t = E(
        "eureka-2",
        t + sec(4.1),
        "INFO",
        "Thread-9",
        BOOT,
        "Setting the eureka configuration..",
        ["Setting the eureka configuration.."],
    )
    t = E(
        "eureka-2",
        t + sec(0.001),
        "INFO",
        "Thread-9",
        BOOT,
        "Eureka data center value eureka.datacenter is not set, defaulting to default",
        ["Eureka data center value eureka.datacenter is not set, defaulting to default"],
    )
    t = E(
        "eureka-2",
        t + sec(0.001),
        "INFO",
        "Thread-9",
        BOOT,
        "Eureka environment value eureka.environment is not set, defaulting to test",
        ["Eureka environment value eureka.environment is not set, defaulting to test"],
    )
    t = E(
        "eureka-2",
        t + sec(0.03),
        "INFO",
        "Thread-9",
        BOOT,
        "Initialized server context",
        ["Initialized server context"],
    )
    t = E(
        "eureka-2",
        t + sec(0.3),
        "INFO",
        "Thread-9",
        PEER,
        "Got %d instances from neighboring DS node",
        [f"Got {registry_size + 1} instances from neighboring DS node"],
    )
    t = E(
        "eureka-2",
        t + sec(0.001),
        "INFO",
        "Thread-9",
        PEER,
        "Renew threshold is: %d",
        [f"Renew threshold is: {int((registry_size + 2) * 2 * 0.85)}"],
    )
    t = E(
        "eureka-2",
        t + sec(0.001),
        "INFO",
        "Thread-9",
        PEER,
        "Changing status to UP",
        ["Changing status to UP"],
    )
    t = E(
        "eureka-2",
        t + sec(0.01),
        "INFO",
        "Thread-9",
        "org.springframework.cloud.netflix.eureka.server.EurekaServerInitializerConfiguration",
        "Started Eureka Server",
        ["Started Eureka Server"],
    )
    t = E(
        "eureka-2",
        t + sec(0.2),
        "INFO",
        "main",
        "org.springframework.boot.web.embedded.tomcat.TomcatWebServer",
        "Tomcat started on port %d (http) with context path '%s'",
        ["Tomcat started on port 8761 (http) with context path ''"],
    )
    E(
        "eureka-2",
        t + sec(0.05),
        "INFO",
        "main",
        "com.example.registry.EurekaServerApplication",
        "Started %s in %s seconds (process running for %s)",
        ["Started EurekaServerApplication in 13.842 seconds (process running for 14.771)"],
    )
    register(e2_down[1] + sec(30.5), "EUREKA-SERVER", "eureka-2:eureka-server:8761", "eureka-1")
    # eureka-3 cut off 10:20-10:30: replication failures on every side, sampled every 10 seconds
    for p in peers:
        others = [o for o in peers if o != p] if p == "eureka-3" else ["eureka-3"]
        for o in others:
            t = e3_cut[0] + sec(r.uniform(8, 14))
            while t < e3_cut[1]:
                ip = EU_PEERS[o][0]
                E(
                    p,
                    t,
                    "ERROR",
                    f"TaskBatchingWorker-target_{o}-0",
                    "com.netflix.eureka.cluster.ReplicationTaskProcessor",
                    "Network level connection to peer %s; retrying after delay",
                    [
                        f"Network level connection to peer {o}; retrying after delay",
                        *[x.format(peer=o, ip=ip) for x in EU_STACK_PEER],
                    ],
                )
                t += sec(10 + r.uniform(0.1, 2.5))
    # eureka-3's own client cannot reach its peers
    t = e3_cut[0] + sec(r.uniform(5, 25))
    while t < e3_cut[1]:
        for kind in ("heartbeat", "refresh"):
            tt = t + sec(0 if kind == "heartbeat" else r.uniform(1, 12))
            for o in ["eureka-1", "eureka-2"]:
                verb, path = (
                    (
                        "PUT",
                        "apps/EUREKA-SERVER/eureka-3:eureka-server:8761?status=UP&lastDirtyTimestamp=1717739410433",
                    )
                    if kind == "heartbeat"
                    else ("GET", "apps/delta")
                )
                tt = E(
                    "eureka-3",
                    tt + sec(5.0),
                    "WARN",
                    f"DiscoveryClient-{'Heartbeat' if kind == 'heartbeat' else 'CacheRefresh'}Executor-%d"
                    % r.randint(0, 1),
                    "com.netflix.discovery.shared.transport.decorator.RetryableEurekaHttpClient",
                    'Request execution failed with message: I/O error on %s request for "%s": Connect to %s [%s] failed: Connect timed out',
                    [
                        f'Request execution failed with message: I/O error on {verb} request for "http://{o}:8761/eureka/{path}": Connect to http://{o}:8761 [{o}/{EU_PEERS[o][0]}] failed: Connect timed out'
                    ],
                )
            if kind == "heartbeat":
                st = [
                    x.format(
                        call="sendHeartBeat",
                        line=89,
                        caller="renew",
                        cline=837,
                        task="HeartbeatThread",
                        tline=1403,
                    )
                    for x in EU_STACK_TRANSPORT
                ]
                E(
                    "eureka-3",
                    tt + sec(0.001),
                    "ERROR",
                    "DiscoveryClient-HeartbeatExecutor-0",
                    DC,
                    "DiscoveryClient_%s/%s - was unable to send heartbeat!",
                    [
                        "DiscoveryClient_EUREKA-SERVER/eureka-3:eureka-server:8761 - was unable to send heartbeat!",
                        *st,
                    ],
                )
            else:
                st = [
                    x.format(
                        call="getDelta",
                        line=149,
                        caller="getAndUpdateDelta",
                        cline=1135,
                        task="CacheRefreshThread",
                        tline=1482,
                    )
                    for x in EU_STACK_TRANSPORT
                ]
                E(
                    "eureka-3",
                    tt + sec(0.001),
                    "INFO",
                    "DiscoveryClient-CacheRefreshExecutor-0",
                    DC,
                    "DiscoveryClient_%s/%s - was unable to refresh its cache! This periodic background refresh will be retried in %d seconds. status = Cannot execute request on any known server stacktrace = com.netflix.discovery.shared.transport.TransportException: Cannot execute request on any known server",
                    [
                        "DiscoveryClient_EUREKA-SERVER/eureka-3:eureka-server:8761 - was unable to refresh its cache! This periodic background refresh will be retried in 30 seconds. status = Cannot execute request on any known server stacktrace = "
                        + st[0],
                        *st[1:],
                    ],
                )
        t += sec(30 + r.uniform(0.01, 0.3))
    # the peers evict the instances homed on eureka-3 (limited), then they come back
    on3 = [(app, i) for app, _p, _n in EU_APPS for i in insts[app] if homes.get(i) == "eureka-3"]
    limit = registry_size - int(registry_size * 0.85)
    for p in ["eureka-1", "eureka-2"]:
        evict(
            p,
            e3_cut[0] + sec(180 + r.uniform(1, 60)),
            [*on3, ("EUREKA-SERVER", "eureka-3:eureka-server:8761")],
            limit,
        )
    t = e3_cut[1] + sec(r.uniform(2, 6))
    for app, iid in [*on3, ("EUREKA-SERVER", "eureka-3:eureka-server:8761")]:
        for p in ["eureka-1", "eureka-2"]:
            tt = E(
                p,
                t + sec(r.uniform(0, 0.3)),
                "WARN",
                exec_thread(),
                REG,
                "DS: Registry: lease doesn't exist, registering resource: %s - %s",
                [f"DS: Registry: lease doesn't exist, registering resource: {app} - {iid}"],
            )
            tt = E(
                p,
                tt + sec(0.001),
                "WARN",
                exec_thread(),
                RES,
                "Not Found (Renew): %s - %s",
                [f"Not Found (Renew): {app} - {iid}"],
            )
            task = f"{app}/{iid}:Heartbeat@{p}"
            te = E(
                "eureka-3",
                tt + sec(r.uniform(0.01, 0.05)),
                "WARN",
                f"TaskBatchingWorker-target_{p}-0",
                "com.netflix.eureka.cluster.PeerEurekaNode",
                "%s: missing entry.",
                [f"{task}: missing entry."],
            )
            te = E(
                "eureka-3",
                te + sec(0.001),
                "WARN",
                f"TaskBatchingWorker-target_{p}-0",
                "com.netflix.eureka.cluster.PeerEurekaNode",
                "%s: cannot find instance id %s and hence replicating the instance with status %s",
                [
                    f"{task}: cannot find instance id {iid} and hence replicating the instance with status UP"
                ],
            )
            E(
                p,
                te + sec(r.uniform(0.02, 0.2)),
                "INFO",
                exec_thread(),
                REG,
                "Registered instance %s/%s with status %s (replication=%s)",
                [f"Registered instance {app}/{iid} with status UP (replication=true)"],
            )
        t += sec(r.uniform(1, 12))
    return fs.logs(T0)


SYSTEMS = {
    "liferay": liferay,
    "alfresco": alfresco,
    "xwiki": xwiki,
    "bamboo": bamboo,
    "eureka": eureka,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
