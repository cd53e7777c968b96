#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 266 (nuxeo, sap-commerce, magnolia, dotcms, bonita) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five Java content and process platforms of one
company's digital team, 06:00 to 12:00 on 2024-06-07.

- Nuxeo LTS 2021 (`nuxeo-0-server.log`, `nuxeo-1-server.log`: server.log of two cluster nodes,
  log4j2's `%d{ISO8601} %-5p [%t] [%c] %m%n`, `2024-06-07T06:00:01,123 WARN  [Nuxeo-Work-pictureViewsGeneration:...]
  [com.amazonaws.services.s3.internal.S3AbortableInputStream] Not all bytes were read ...`;
  MongoDB, Kafka, Elasticsearch and S3 behind it): the AWS SDK's abort warning on ranged blob
  reads, the Elasticsearch client's deprecation warning on every indexing request, the MongoDB
  driver's `Opened connection [%s] to %s`; a scanner's bulk import 07:00-07:40 failing picture
  conversions (`Exception during work: %s` with an ImageMagick stack) and a custom listener's NPE
  (`Exception during %s sync listener execution, continuing to run other listeners`); a MongoDB
  primary election at 08:15 (`Exception in monitor thread while connecting to server %s`, Geronimo's
  `Unexpected exception committing %s; continuing to commit other RMs`); a Kafka broker restarted
  09:50-09:58 (`[Consumer clientId=..., groupId=...] Connection to node %d (%s) could not be
  established. Broker may not be available.`, the client's prefix being context); REST errors
  (`Exception in JAX-RS processing`); node 1 restarted at 10:30 (Tomcat's stop and start lines, the
  multi-line `Component Loading Status` banner, Quartz's `Scheduler %s started.`).
- SAP Commerce 2205 (`app01-console-20240607.log`, `bg01-console-20240607.log`: the Tanuki wrapper's
  console log of a storefront node and a background-processing node, `INFO   | jvm 1    | main    |
  2024/06/07 06:00:01.123 | INFO  [update-electronicsIndex-CronJob::de.hybris.platform.servicelayer.internal.jalo.ServicelayerJob]
  (update-electronicsIndex-CronJob) [SolrIndexerJob] Started indexer cronjob.`; every stack line
  carries the wrapper's head too): the update-index cron jobs every five minutes (`Started` /
  `Finished indexer cronjob.`), the order process actions (`Process: %s in step %s` from a logger
  per action), Solr down 08:40-09:05, the bg node's JVM hung at 09:20 and restarted by the
  wrapper as `jvm 2` (`JVM appears hung: Timed out waiting for signal from JVM.`, `JVM did not exit
  on request, terminated`, `Launching a JVM...`, `WrapperManager: Initializing...`), the SMTP relay
  down 10:10-10:40 (`Could not send e-mail pk [%s] subject [%s]`), a credential-stuffing burst on
  the storefront 07:30-07:50, the storefront node restarted at 11:00 (`TERM trapped.  Shutting
  down.`, `<-- Wrapper Stopped`, `--> Wrapper Started as Daemon`, the Spring context and Tomcat lines).
- Magnolia 6.2 (`author-catalina.out`, `public1-catalina.out`, `public2-catalina.out`: Tomcat's
  catalina.out, where Tomcat's JUL lines, `07-Jun-2024 06:00:01.123 INFO [main]
  org.apache.catalina.startup.Catalina.start Server startup in [84210] milliseconds`, and
  Magnolia's log4j console appender, `%-5p  %c %d{dd.MM.yyyy HH:mm:ss} -- %m%n`, share the
  stream): the author's scheduler jobs every five minutes (`Starting job [%s]...`, `Job executed
  successfully [%s]`), FreeMarker's `Error executing FreeMarker template` on the public instances
  after a page without its teaser image is published at 09:55 (the exception's multi-line message
  with blank lines and the FTL stack), Jackrabbit's `Failed to execute SQL (stacktrace on DEBUG log
  level): %s` during a PostgreSQL failover at 08:30 (one label per JDBC error), public2 restarted at 11:15 (Tomcat's stop
  lines, the thread-leak warning, start-up, `Starting repository...`, `Index initialized: %s
  Version: %s`, `Repository started (%dms)`, the TLD scan note).
- dotCMS 23.10 LTS (`dotcms-node1.log`, `dotcms-node2.log`: two cluster nodes' dotcms.log, log4j2's
  `[%d{dd/MM/yy HH:mm:ss:SSS z}] %5p %c{2}: %m%n`, `[07/06/24 06:00:01:123 UTC]  INFO
  reindex.ReindexThread: Total Indexed        : 1234`): the reindex thread's four-line report on
  each bulk request (`-----------`, `Total Indexed        : %d`, `ReindexEntries found : %d`,
  `BulkRequests created : %d`), its banners between `------------------------` lines, the index
  cluster unreachable 08:50-09:05 (`ReindexThread Exception` with a stack, `ReindexThread
  BulkProcessor needs to be Rebuilt`), node2 restarted at 10:20 (the reindex thread stopping and
  starting, Tomcat's lines through log4j, Hazelcast's multi-line member list with its
  `[ip]:5701 [dotCMSHazelcast] [4.2.8] ` prefix as context).
- Bonita 7.11 (`bonita-2024-06-07.log`: the Tomcat bundle's JUL file,
  `%1$tY-%1$tm-%1$td %1$tH:%1$tM:%1$tS.%1$tL %1$tz %4$s: %3$s %5$s%6$s%n`, the technical logger's
  `THREAD_ID=%d | HOSTNAME=%s | TENANT_ID=%d | ` prefix being context): connector failures (`The
  work [ExecuteConnectorOfActivity: flowNodeInstanceId = %d, connectorDefinitionName = %s] failed.
  The failure will be handled.` followed by the SConnectorException's context line, one label per
  cause: the SMTP relay down 10:10-10:40, the CRM's REST API timing out 07:20-07:50, an unknown
  host after a DNS change 11:20-11:40), the portal's CSRF filter (`Token Validation failed,
  expected: %s, received: %s`) while a stale front end is cached 06:30-07:30, Tomcat's lines and
  the engine's start (`Platform is already initialized.`, `Starting node...`, `Node started
  successfully.`, `Initialization of Bonita Engine done! ( took %dms)`) at the 10:45 restart.

Label notes. The heads are context: Nuxeo's date, level, thread and logger; the wrapper's level,
source, thread and time with the log4j level, thread, MDC (`[10.1.2.3] `, `(cronjob) `) and logger
inside; Tomcat's JUL date, level, thread and source method; Magnolia's level, logger and date;
dotCMS's date, level and logger; Bonita's date, zone, level, logger and the technical logger's
THREAD_ID / HOSTNAME / TENANT_ID prefix; Kafka's `[Consumer clientId=..., groupId=...] ` and
Hazelcast's `[addr]:port [cluster] [version] ` prefixes. A value that is an error contributes
its format (Bonita's connector causes). The later lines of one event have no row: Java stacks,
FreeMarker's message, the Component Loading Status banner, Hazelcast's member list.

Checked against sources (the search tool): Nuxeo's log4j2 pattern, `Exception during %s sync
listener execution, ` and the Component Loading Status line; SAP Commerce's wrapper line layout
and `Started indexer cronjob.` / `Finished indexer cronjob.` (from a published console log and
SolrIndexerJob); dotCMS's MESSAGE_PATTERN and ReindexThread's messages; Bonita's technical logger
layout, `The work [%s] failed. The failure will be handled.` and EngineInitializer's lines;
FreeMarker's `Error executing FreeMarker template`; the Magnolia-era `%-5p  %c %d{dd.MM.yyyy
HH:mm:ss} -- %m%n` pattern. Least sure (from memory): Nuxeo's `Exception during work: %s` and
`Exception in JAX-RS processing`; all of SAP Commerce's other messages (`Process: %s in step %s`,
the Spring context line, the e-mail and brute-force lines, the Solr failure line); Magnolia's
scheduler job lines and Jackrabbit's `Index initialized` / `Repository started` /
`Failed to execute SQL` wording; dotCMS's Hazelcast member list as dotCMS logs it; Bonita 7.11's
SConnectorException context line, its CSRF filter line and whether 7.11 writes `( took`.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round55 import poisson
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any

MS = 1_000
SEC = 1_000_000


def every(
    r: random.Random, t0: datetime, t1: datetime, period: float, jitter: float
) -> list[datetime]:
    """Instants from t0 to t1 about `period` seconds apart (each moved by up to `jitter`)."""
    out, t = [], t0
    while t < t1:
        out.append(t + sec(r.uniform(0, jitter)))
        t += sec(period)
    return out


def frames(*fs: str) -> list[str]:
    return [f"\tat {f}" for f in fs]


TOMCAT = "Apache Tomcat/9.0.75"
TLD = "At least one JAR was scanned for TLDs yet contained no TLDs. Enable debug logging for this logger for a complete list of JARs that were scanned but no TLDs were found in them. Skipping unneeded JARs during scanning can improve startup time and JSP compilation time."
LEAK = "The web application [%s] appears to have started a thread named [%s] but has failed to stop it. This is very likely to create a memory leak. Stack trace of thread:"


# ------------------------------------------------------------------------------------ nuxeo

NX_S3 = "Not all bytes were read from the S3ObjectInputStream, aborting HTTP connection. This is likely an error and may result in sub-optimal behavior. Request only the bytes you need via a ranged GET or drain the input stream after use."
NX_ESW = '[299 Elasticsearch-7.10.2 "[types removal] Specifying types in document index requests is deprecated, use the typeless endpoints instead (/{index}/_doc/{id}, /{index}/_doc, or /{index}/_create/{id})."]'
NX_ESW_L = 'request [%s %s] returned %d warnings: [299 Elasticsearch-%s "[types removal] Specifying types in document index requests is deprecated, use the typeless endpoints instead (/{index}/_doc/{id}, /{index}/_doc, or /{index}/_create/{id})."]'
NX_BANNER = "=" * 70
NX_CLS = f"\\n{NX_BANNER}\\n= Component Loading Status: Pending: %d / Missing: %d / Unstarted: %d / Total: %d\\n{NX_BANNER}"
NX_MONGO = ["mongo-0.mongo:27017", "mongo-1.mongo:27017", "mongo-2.mongo:27017"]
NX_KAFKA = ["kafka-0.kafka:9092", "kafka-1.kafka:9092", "kafka-2.kafka:9092"]


def nuxeo(r: random.Random) -> list[Log]:
    fs = Files()
    nodes = ["nuxeo-0", "nuxeo-1"]
    gen = {"nuxeo-0": 0, "nuxeo-1": 0}
    conn = {"nuxeo-0": [4, 900], "nuxeo-1": [4, 1400]}

    def L(
        n: str,
        t: datetime,
        level: str,
        thread: str,
        logger: str,
        label: str,
        msg: str,
        cont: list[str] | None = None,
    ) -> datetime:
        c = cont or []
        return fs.add(
            f"{n}-server.log",
            t,
            label,
            lambda x: (
                [
                    f"{x:%Y-%m-%dT%H:%M:%S},{x.microsecond // 1000:03d} {level:<5} [{thread}] [{logger}] {msg}",
                    *c,
                ]
            ),
            (n, gen[n]),
            MS,
        )

    def docid() -> str:
        return uuid4(r)

    def http() -> str:
        return f"https-jsse-nio-8443-exec-{r.randint(1, 40)}"

    def opened(n: str, t: datetime, host: str) -> datetime:
        conn[n][0] += 1
        conn[n][1] += r.randint(1, 9)
        return L(
            n,
            t,
            "INFO",
            r.choice(["main", http(), "Nuxeo-Work-default-1:1", "bulk/index:2"]),
            "org.mongodb.driver.connection",
            "Opened connection [%s] to %s",
            f"Opened connection [connectionId{{localValue:{conn[n][0]}, serverValue:{conn[n][1]}}}] to {host}",
        )

    def start(n: str, t: datetime) -> datetime:
        t = L(
            n,
            t,
            "INFO",
            "main",
            "org.apache.catalina.core.StandardService",
            "Starting service [%s]",
            "Starting service [Catalina]",
        )
        t = L(
            n,
            t + sec(0.01),
            "INFO",
            "main",
            "org.apache.catalina.core.StandardEngine",
            "Starting Servlet engine: [%s]",
            f"Starting Servlet engine: [{TOMCAT}]",
        )
        t += sec(r.uniform(6, 9))
        for h in NX_MONGO:
            t = opened(n, t + sec(r.uniform(0.01, 0.2)), h)
        t += sec(r.uniform(20, 30))
        t = L(
            n,
            t,
            "INFO",
            "main",
            "org.quartz.core.QuartzScheduler",
            "Scheduler %s started.",
            f"Scheduler Quartz_$_{n}-{r.randint(1000, 9999)} started.",
        )
        t += sec(r.uniform(3, 6))
        tot = 672
        t = L(
            n,
            t,
            "INFO",
            "main",
            "org.nuxeo.runtime.osgi.OSGiRuntimeService",
            NX_CLS,
            "",
            [
                NX_BANNER,
                f"= Component Loading Status: Pending: 0 / Missing: 0 / Unstarted: 0 / Total: {tot}",
                NX_BANNER,
            ],
        )
        t = L(
            n,
            t + sec(0.2),
            "INFO",
            "main",
            "org.apache.coyote.http11.Http11NioProtocol",
            "Starting ProtocolHandler [%s]",
            'Starting ProtocolHandler ["https-jsse-nio-8443"]',
        )
        return L(
            n,
            t + sec(0.05),
            "INFO",
            "main",
            "org.apache.catalina.startup.Catalina",
            "Server startup in [%d] milliseconds",
            f"Server startup in [{r.randint(48000, 61000)}] milliseconds",
        )

    def stop(n: str, t: datetime) -> datetime:
        t = L(
            n,
            t,
            "INFO",
            "main",
            "org.apache.coyote.http11.Http11NioProtocol",
            "Pausing ProtocolHandler [%s]",
            'Pausing ProtocolHandler ["https-jsse-nio-8443"]',
        )
        t = L(
            n,
            t + sec(0.1),
            "INFO",
            "main",
            "org.apache.catalina.core.StandardService",
            "Stopping service [%s]",
            "Stopping service [Catalina]",
        )
        t = L(
            n,
            t + sec(1.5),
            "INFO",
            "main",
            "org.quartz.core.QuartzScheduler",
            "Scheduler %s shutting down.",
            f"Scheduler Quartz_$_{n}-{r.randint(1000, 9999)} shutting down.",
        )
        return t

    election = (at(8, 15, 3), at(8, 15, 41))
    kafka_down = (at(9, 50), at(9, 58, 20))
    restart = at(10, 30, 12)
    down = (restart, restart + sec(100))
    imp = (at(7, 0), at(7, 40))

    for n in nodes:
        # S3 reads (thumbnails and renditions)
        for t in poisson(r, T0, T_END, 46 if n == "nuxeo-0" else 52):
            if in_any(t, [down]) and n == "nuxeo-1":
                continue
            L(
                n,
                t,
                "WARN",
                r.choice([http(), "Nuxeo-Work-pictureViewsGeneration:1", "Nuxeo-Work-default-2:3"]),
                "com.amazonaws.services.s3.internal.S3AbortableInputStream",
                NX_S3,
                NX_S3,
            )
        # ES indexing deprecation warnings
        for t in poisson(r, T0, T_END, 64 if n == "nuxeo-0" else 80):
            if in_any(t, [down]) and n == "nuxeo-1":
                continue
            doc = docid()
            L(
                n,
                t,
                "WARN",
                f"bulk/index:{r.randint(1, 4)}",
                "org.elasticsearch.client.RestClient",
                NX_ESW_L,
                f"request [PUT http://es-nuxeo:9200/nuxeo/_doc/{doc}] returned 1 warnings: {NX_ESW}",
            )
        # mongo pool growth
        for t in poisson(r, T0, T_END, 520):
            opened(n, t, r.choice(NX_MONGO))
        # REST errors
        for t in poisson(r, T0, T_END, 900):
            L(
                n,
                t,
                "ERROR",
                http(),
                "org.nuxeo.ecm.webengine.app.WebEngineExceptionMapper",
                "Exception in JAX-RS processing",
                "Exception in JAX-RS processing",
                [
                    f"org.nuxeo.ecm.core.api.NuxeoException: Failed to execute query: SELECT * FROM Document WHERE ecm:path STARTSWITH '/default-domain/workspaces/{r.choice(['Marketing', 'Legal', 'HR'])}' AND dc:title ILIKE '%{r.choice(['brief', 'contract', 'q2'])}%', NXQL query is too complex",
                    *frames(
                        "org.nuxeo.ecm.core.storage.dbs.DBSSession.queryAndFetch(DBSSession.java:1421)",
                        "org.nuxeo.ecm.core.api.AbstractSession.query(AbstractSession.java:1312)",
                        "org.nuxeo.ecm.restapi.server.jaxrs.QueryObject.doQuery(QueryObject.java:226)",
                    ),
                ],
            )
    # scanner bulk import: picture conversions failing and the listener's NPE
    for t in poisson(r, imp[0], imp[1], 48):
        n = r.choice(nodes)
        doc = docid()
        L(
            n,
            t,
            "ERROR",
            f"Nuxeo-Work-pictureViewsGeneration:{r.randint(1, 4)}",
            "org.nuxeo.ecm.core.work.AbstractWork",
            "Exception during work: %s",
            f"Exception during work: PictureViewsGenerationWork(default:{doc}:file:content, Progress(?%, ?/0), null)",
            [
                "org.nuxeo.ecm.platform.commandline.executor.api.CommandException: Error code 1 returning from command: identify -ping -format '%m %w %h %z' /opt/nuxeo/server/tmp/nxblob-"
                + str(r.randint(10**17, 10**18))
                + ".tmp[0]",
                f"Caused by: identify: improper image header `/opt/nuxeo/server/tmp/nxblob-{r.randint(10**17, 10**18)}.tmp' @ error/tiff.c/TIFFErrors/606.",
                *frames(
                    "org.nuxeo.ecm.platform.picture.magick.utils.ImageIdentifier.getInfo(ImageIdentifier.java:61)",
                    "org.nuxeo.ecm.platform.picture.PictureViewsGenerationWork.work(PictureViewsGenerationWork.java:117)",
                    "org.nuxeo.ecm.core.work.AbstractWork.runWorkWithTransaction(AbstractWork.java:542)",
                ),
            ],
        )
    for t in poisson(r, imp[0], at(9, 10), 75):
        n = r.choice(nodes)
        L(
            n,
            t,
            "ERROR",
            r.choice([http(), "Nuxeo-Work-default-1:2"]),
            "org.nuxeo.ecm.core.event.impl.EventServiceImpl",
            "Exception during %s sync listener execution, continuing to run other listeners",
            f"Exception during {r.choice(['contractMetadataSyncListener', 'contractMetadataSyncListener', 'retentionTagListener'])} sync listener execution, continuing to run other listeners",
            [
                "java.lang.NullPointerException: null",
                *frames(
                    "com.acme.nuxeo.listeners.ContractMetadataSyncListener.handleEvent(ContractMetadataSyncListener.java:58)",
                    "org.nuxeo.ecm.core.event.impl.EventListenerDescriptor.handleEvent(EventListenerDescriptor.java:146)",
                    "org.nuxeo.ecm.core.event.impl.EventServiceImpl.fireEvent(EventServiceImpl.java:286)",
                ),
            ],
        )
    # mongo primary election
    for n in nodes:
        t = election[0] + sec(r.uniform(0, 2))
        while t < election[1]:
            h = r.choice(NX_MONGO[:1] * 3 + NX_MONGO[1:])
            L(
                n,
                t,
                "INFO",
                f"cluster-ClusterId{{value='{hexid(r, 24)}', description='null'}}-{h}",
                "org.mongodb.driver.cluster",
                "Exception in monitor thread while connecting to server %s",
                f"Exception in monitor thread while connecting to server {h}",
                [
                    "com.mongodb.MongoSocketOpenException: Exception opening socket",
                    *frames(
                        "com.mongodb.internal.connection.SocketStream.open(SocketStream.java:70)",
                        "com.mongodb.internal.connection.InternalStreamConnection.open(InternalStreamConnection.java:143)",
                        "com.mongodb.internal.connection.DefaultServerMonitor$ServerMonitorRunnable.run(DefaultServerMonitor.java:188)",
                    ),
                    "Caused by: java.net.ConnectException: Connection refused (Connection refused)",
                ],
            )
            t += sec(r.uniform(1.5, 4))
        for _ in range(r.randint(3, 5)):
            L(
                n,
                election[0] + sec(r.uniform(1, 30)),
                "ERROR",
                http(),
                "org.apache.geronimo.transaction.manager.TransactionImpl",
                "Unexpected exception committing %s; continuing to commit other RMs",
                f"Unexpected exception committing org.apache.geronimo.transaction.manager.WrapperNamedXAResource@{hexid(r, 8)}; continuing to commit other RMs",
                [
                    "javax.transaction.xa.XAException: com.mongodb.MongoNotPrimaryException: Command failed with error 10107 (NotWritablePrimary): 'not master' on server mongo-0.mongo:27017.",
                    *frames(
                        "org.nuxeo.ecm.core.storage.dbs.DBSTransactionState.commit(DBSTransactionState.java:1052)",
                        "org.apache.geronimo.transaction.manager.TransactionImpl.commitResource(TransactionImpl.java:628)",
                    ),
                ],
            )
        t = election[1]
        for _ in range(r.randint(14, 22)):
            t = opened(n, t + sec(r.uniform(0.05, 3)), r.choice(NX_MONGO[1:]))
    # kafka broker restart
    for n in nodes:
        for t in poisson(r, kafka_down[0], kafka_down[1], 4.5):
            grp = r.choice(["audit", "bulk-index", "bulk-setProperties", "work-default"])
            L(
                n,
                t,
                "WARN",
                f"{grp}-{r.randint(0, 3)}",
                "org.apache.kafka.clients.NetworkClient",
                "Connection to node %d (%s) could not be established. Broker may not be available.",
                f"[Consumer clientId={n}-nuxeo-{grp}-{r.randint(0, 3)}, groupId=nuxeo-{grp}] Connection to node 1 (kafka-1.kafka/10.42.3.{r.choice([17, 17, 18])}:9092) could not be established. Broker may not be available.",
            )
        for _ in range(r.randint(5, 8)):
            grp = r.choice(["audit", "bulk-index", "work-default"])
            L(
                n,
                kafka_down[0] + sec(r.uniform(-3, 1)),
                "INFO",
                f"{grp}-{r.randint(0, 3)}",
                "org.apache.kafka.clients.NetworkClient",
                "Node %d disconnected.",
                f"[Consumer clientId={n}-nuxeo-{grp}-{r.randint(0, 3)}, groupId=nuxeo-{grp}] Node {r.choice([1, 2147483646])} disconnected.",
            )
    # node 1 restarted
    stop("nuxeo-1", restart)
    gen["nuxeo-1"] += 1
    start("nuxeo-1", restart + sec(14))
    return fs.logs(T0)


# ----------------------------------------------------------------------------- sap-commerce

SC_JOBS = ["update-electronicsIndex-CronJob", "update-backofficeIndex-CronJob"]
SC_ACTIONS = [
    ("CheckOrderAction", "checkOrder"),
    ("CheckAuthorizeOrderPaymentAction", "checkAuthorizeOrderPayment"),
    ("ReserveOrderAmountAction", "reserveAmount"),
    ("SendOrderPlacedNotificationAction", "sendOrderPlacedNotification"),
    ("SplitOrderAction", "splitOrder"),
]
SC_WAIT = "JVM appears hung: Timed out waiting for signal from JVM."


def sap_commerce(r: random.Random) -> list[Log]:
    fs = Files()
    jvm = {"app01": 1, "bg01": 1}

    def W(
        h: str,
        t: datetime,
        level: str,
        src: str,
        label: str,
        msg: str,
        cont: list[str] | None = None,
    ) -> datetime:
        """A line of the wrapper's log file; `cont` lines come from the same JVM write."""
        c = cont or []

        def text(x: datetime) -> list[str]:
            head = f"{level:<6} | {src:<8} | {'main':<7} | {x:%Y/%m/%d %H:%M:%S}.{x.microsecond // 1000:03d} | "
            return [head + msg] + [head + s for s in c]

        return fs.add(f"{h}-console-20240607.log", t, label, text, (h, jvm[h]), MS)

    def J(
        h: str,
        t: datetime,
        level: str,
        thread: str,
        mdc: str,
        logger: str,
        label: str,
        msg: str,
        cont: list[str] | None = None,
    ) -> datetime:
        return W(
            h,
            t,
            "INFO",
            f"jvm {jvm[h]}",
            label,
            f"{level:<5} [{thread}] {mdc}[{logger}] {msg}",
            cont,
        )

    def http() -> str:
        return f"hybrisHTTP{r.randint(1, 48)}"

    def client() -> str:
        return f"[10.20.{r.randint(1, 6)}.{r.randint(2, 250)}] "

    def boot(h: str, t: datetime, daemon: bool) -> datetime:
        if daemon:
            t = W(
                h,
                t,
                "STATUS",
                "wrapper",
                "--> Wrapper Started as Daemon",
                "--> Wrapper Started as Daemon",
            )
        t = W(h, t + sec(0.4), "STATUS", "wrapper", "Launching a JVM...", "Launching a JVM...")
        t = W(
            h,
            t + sec(0.5),
            "INFO",
            f"jvm {jvm[h]}",
            "WrapperManager: Initializing...",
            "WrapperManager: Initializing...",
        )
        t += sec(r.uniform(40, 60))
        t = J(
            h,
            t,
            "INFO",
            "main",
            "",
            "HybrisContextFactory",
            "Loading <<application>> spring config <<%s>> took: (%s)",
            f"Loading <<application>> spring config <<master>> took: ({r.uniform(50, 80):.2f} s)",
        )
        t = J(
            h,
            t + sec(r.uniform(5, 9)),
            "INFO",
            "main",
            "",
            "Http11NioProtocol",
            "Starting ProtocolHandler [%s]",
            'Starting ProtocolHandler ["https-jsse-nio-9002"]',
        )
        return J(
            h,
            t + sec(0.2),
            "INFO",
            "main",
            "",
            "Catalina",
            "Server startup in [%d] milliseconds",
            f"Server startup in [{r.randint(142000, 189000)}] milliseconds",
        )

    solr_down = (at(8, 40), at(9, 5, 30))
    hung = at(9, 20, 14)
    back = hung + sec(32 + 10 + 90)
    smtp_down = (at(10, 10), at(10, 40))
    app_restart = at(11, 0, 5)

    # index cron jobs on bg01
    for job in SC_JOBS:
        for t in every(r, T0 + sec(r.uniform(0, 40)), T_END, 300, 2):
            if hung - sec(5) <= t < back:
                continue
            thread = f"{job}::de.hybris.platform.servicelayer.internal.jalo.ServicelayerJob"
            mdc = f"({job}) "
            t = J(
                "bg01",
                t,
                "INFO",
                thread,
                mdc,
                "SolrIndexerJob",
                "Started indexer cronjob.",
                "Started indexer cronjob.",
            )
            if in_any(t, [solr_down]):
                core = (
                    "master_electronics_Product_default"
                    if "electronics" in job
                    else "master_backoffice_backoffice_product_default"
                )
                J(
                    "bg01",
                    t + sec(r.uniform(2, 4)),
                    "ERROR",
                    thread,
                    mdc,
                    "SolrIndexerJob",
                    "Error during indexer job: de.hybris.platform.solrfacetsearch.solr.exceptions.SolrServiceException: Server refused connection at: %s",
                    f"Error during indexer job: de.hybris.platform.solrfacetsearch.solr.exceptions.SolrServiceException: Server refused connection at: http://solr-master:8983/solr/{core}",
                    [
                        "de.hybris.platform.solrfacetsearch.indexer.exceptions.IndexerException: de.hybris.platform.solrfacetsearch.solr.exceptions.SolrServiceException: Server refused connection",
                        *frames(
                            "de.hybris.platform.solrfacetsearch.indexer.strategies.impl.AbstractIndexerStrategy.execute(AbstractIndexerStrategy.java:120)",
                            "de.hybris.platform.solrfacetsearch.indexer.cron.SolrIndexerJob.performIndexingJob(SolrIndexerJob.java:57)",
                        ),
                    ],
                )
            else:
                J(
                    "bg01",
                    t + sec(r.uniform(1, 25)),
                    "INFO",
                    thread,
                    mdc,
                    "SolrIndexerJob",
                    "Finished indexer cronjob.",
                    "Finished indexer cronjob.",
                )
    # order processes on bg01
    code = 3_100_000
    for t in poisson(r, T0, T_END, 70):
        if hung - sec(30) <= t < back:
            continue
        code += r.randint(1, 4)
        proc = f"order-process-{code:08d}-{int(t.timestamp() * 1000)}"
        thread = f"TaskExecutor-master-{r.randint(100, 140)}-ProcessTask [{hexid(r, 13)}]"
        steps = SC_ACTIONS if r.random() < 0.8 else SC_ACTIONS[:2]
        for cls, step in steps:
            t += sec(r.uniform(0.3, 4))
            J(
                "bg01",
                t,
                "INFO",
                thread,
                "",
                cls,
                "Process: %s in step %s",
                f"Process: {proc} in step {step}",
            )
        if in_any(t, [smtp_down]) and steps is SC_ACTIONS:
            J(
                "bg01",
                t + sec(r.uniform(10, 20)),
                "ERROR",
                thread,
                "",
                "DefaultEmailService",
                "Could not send e-mail pk [%s] subject [%s]",
                f"Could not send e-mail pk [{r.randint(8796093022208, 8796999999999)}] subject [Thank you for your order #{code:08d}]",
                [
                    "org.apache.commons.mail.EmailException: Sending the email to the following server failed : smtp-relay.corp.example:25",
                    *frames(
                        "org.apache.commons.mail.Email.sendMimeMessage(Email.java:1469)",
                        "de.hybris.platform.acceleratorservices.email.impl.DefaultEmailService.send(DefaultEmailService.java:164)",
                    ),
                    "Caused by: javax.mail.MessagingException: Could not connect to SMTP host: smtp-relay.corp.example, port: 25;",
                ],
            )
    # bg01's JVM hangs
    W("bg01", hung, "ERROR", "wrapper", SC_WAIT, SC_WAIT)
    W(
        "bg01",
        hung + sec(32),
        "ERROR",
        "wrapper",
        "JVM did not exit on request, terminated",
        "JVM did not exit on request, terminated",
    )
    jvm["bg01"] = 2
    boot("bg01", hung + sec(42), False)
    # storefront: credential stuffing
    users = [
        f"{n}@{d}"
        for n in ["anna.k", "j.doe", "mike77", "s.meyer", "lucas.b", "c.wong", "p.ng", "t.rossi"]
        for d in ["gmail.com", "web.de", "yahoo.com"]
    ]
    for t in poisson(r, at(7, 30), at(7, 50), 4.5):
        J(
            "app01",
            t,
            "WARN",
            http(),
            client(),
            "AcceleratorAuthenticationProvider",
            "Brute force attack attempt for [%s] detected.",
            f"Brute force attack attempt for [{r.choice(users)}] detected.",
        )
    # storefront restart
    W(
        "app01",
        app_restart,
        "STATUS",
        "wrapper",
        "TERM trapped.  Shutting down.",
        "TERM trapped.  Shutting down.",
    )
    W(
        "app01",
        app_restart + sec(18),
        "STATUS",
        "wrapper",
        "<-- Wrapper Stopped",
        "<-- Wrapper Stopped",
    )
    jvm["app01"] = 1
    boot("app01", app_restart + sec(40), True)
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ magnolia

MG_JOBS = ["activateNews", "flushCacheNightly", "syncDam", "cleanupVersions", "sitemapGenerator"]
MG_TIP = "Tip: If the failing expression is known to legally refer to something that's sometimes null or missing, either specify a default value like myOptionalVar!myDefault, or use <#if myOptionalVar??>when-present<#else>when-missing</#if>. (These only cover the last step of the expression; to cover the whole expression, use parenthesis: (myOptionalVar.foo)!myDefault, (myOptionalVar.foo)??"


def magnolia(r: random.Random) -> list[Log]:
    fs = Files()
    gen = {"author": 0, "public1": 0, "public2": 0}

    def M(
        h: str,
        t: datetime,
        level: str,
        logger: str,
        label: str,
        msg: str,
        cont: list[str] | None = None,
    ) -> datetime:
        c = cont or []
        return fs.add(
            f"{h}-catalina.out",
            t,
            label,
            lambda x: [f"{level:<5}  {logger} {x:%d.%m.%Y %H:%M:%S} -- {msg}", *c],
            (h, gen[h], "l4j"),
            SEC,
        )

    def T(
        h: str,
        t: datetime,
        level: str,
        thread: str,
        src: str,
        label: str,
        msg: str,
        cont: list[str] | None = None,
    ) -> datetime:
        c = cont or []
        return fs.add(
            f"{h}-catalina.out",
            t,
            label,
            lambda x: (
                [
                    f"{x:%d-%b-%Y %H:%M:%S}.{x.microsecond // 1000:03d} {level} [{thread}] {src} {msg}",
                    *c,
                ]
            ),
            (h, gen[h], "jul"),
            MS,
        )

    pg_fail = (at(8, 30, 5), at(8, 31, 40))
    broken = (at(9, 55, 20), at(11, 2))
    restart = at(11, 15, 30)

    # the author's scheduler
    for job in MG_JOBS:
        period = 180 if job != "flushCacheNightly" else 360
        for t in every(r, T0 + sec(r.uniform(0, 60)), T_END, period, 1):
            t = M(
                "author",
                t,
                "INFO",
                "info.magnolia.module.scheduler.CommandJob",
                "Starting job [%s]...",
                f"Starting job [{job}]...",
            )
            M(
                "author",
                t + sec(r.uniform(0.2, 20)),
                "INFO",
                "info.magnolia.module.scheduler.CommandJob",
                "Job executed successfully [%s]",
                f"Job executed successfully [{job}]",
            )
    # PostgreSQL failover: Jackrabbit's SQL failures on every instance
    for h in gen:
        for t in poisson(r, pg_fail[0], pg_fail[1], 2.8):
            pg = r.choice(
                [
                    "An I/O error occurred while sending to the backend.",
                    "This connection has been closed.",
                ]
            )
            M(
                h,
                t,
                "ERROR",
                "org.apache.jackrabbit.core.util.db.ConnectionHelper",
                f"Failed to execute SQL (stacktrace on DEBUG log level): org.postgresql.util.PSQLException: {pg}",
                f"Failed to execute SQL (stacktrace on DEBUG log level): org.postgresql.util.PSQLException: {pg}",
            )
    # the broken teaser on the public instances
    pages = [
        "/travel/about/careers",
        "/travel/tour-type/active",
        "/travel/tour-type/offPath",
        "/travel",
        "/travel/destination/asia",
    ]
    for h in ("public1", "public2"):
        for t in poisson(r, broken[0], broken[1], 9.5):
            if h == "public2" and restart - sec(5) <= t < restart + sec(140):
                continue
            page = r.choice(pages)
            line, col = 14, r.choice([21, 21, 33])
            cont = [
                "freemarker.core.InvalidReferenceException: The following has evaluated to null or missing:",
                f'==> content.teaserImage  [in template "travel-demo:components/teaser.ftl" at line {line}, column {col}]',
                "",
                "----",
                MG_TIP,
                "----",
                "",
                "----",
                'FTL stack trace ("~" means nesting-related):',
                f'\t- Failed at: ${{damfn.getAssetLink(content.teaserImage)}}  [in template "travel-demo:components/teaser.ftl" at line {line}, column {col - 2}]',
                f'\t~ Reached through: #include "/travel-demo/pages/main.ftl"  [in template "{page}"]',
                "----",
                *frames(
                    "freemarker.core.InvalidReferenceException.getInstance(InvalidReferenceException.java:134)",
                    "freemarker.core.EvalUtil.coerceModelToTextualCommon(EvalUtil.java:479)",
                    "info.magnolia.freemarker.FreemarkerHelper.render(FreemarkerHelper.java:151)",
                ),
            ]
            M(
                h,
                t,
                "ERROR",
                "freemarker.runtime",
                "Error executing FreeMarker template",
                "Error executing FreeMarker template",
                cont,
            )
    # public2 restarted
    t = T(
        "public2",
        restart,
        "INFO",
        "main",
        "org.apache.coyote.AbstractProtocol.pause",
        "Pausing ProtocolHandler [%s]",
        'Pausing ProtocolHandler ["http-nio-8080"]',
    )
    t = T(
        "public2",
        t + sec(0.05),
        "INFO",
        "main",
        "org.apache.catalina.core.StandardService.stopInternal",
        "Stopping service [%s]",
        "Stopping service [Catalina]",
    )
    for th in [
        "Timer-0",
        "pool-3-thread-1",
        "MultiThreadedHttpConnectionManager cleanup",
        "Abandoned connection cleanup thread",
    ]:
        t = T(
            "public2",
            t + sec(r.uniform(0.5, 2)),
            "WARNING",
            "main",
            "org.apache.catalina.loader.WebappClassLoaderBase.clearReferencesThreads",
            LEAK,
            LEAK.replace("[%s]", "[ROOT]", 1).replace("[%s]", f"[{th}]", 1),
            [
                " java.base@11.0.22/java.lang.Object.wait(Native Method)",
                " java.base@11.0.22/java.util.TimerThread.mainLoop(Timer.java:553)",
            ],
        )
    gen["public2"] += 1
    t = restart + sec(20)
    t = T(
        "public2",
        t,
        "INFO",
        "main",
        "org.apache.catalina.core.StandardService.startInternal",
        "Starting service [%s]",
        "Starting service [Catalina]",
    )
    t = T(
        "public2",
        t + sec(0.01),
        "INFO",
        "main",
        "org.apache.catalina.core.StandardEngine.startInternal",
        "Starting Servlet engine: [%s]",
        f"Starting Servlet engine: [{TOMCAT}]",
    )
    t = T(
        "public2",
        t + sec(0.05),
        "INFO",
        "main",
        "org.apache.catalina.startup.HostConfig.deployWAR",
        "Deploying web application archive [%s]",
        "Deploying web application archive [/opt/tomcat/webapps/ROOT.war]",
    )
    t = T(
        "public2",
        t + sec(r.uniform(6, 9)),
        "INFO",
        "main",
        "org.apache.jasper.servlet.TldScanner.scanJars",
        TLD,
        TLD,
    )
    t = M(
        "public2",
        t + sec(r.uniform(3, 5)),
        "INFO",
        "org.apache.jackrabbit.core.RepositoryImpl",
        "Starting repository...",
        "Starting repository...",
    )
    for ws in ["magnolia-system", "config", "website", "dam", "users", "userroles", "usergroups"]:
        t = M(
            "public2",
            t + sec(r.uniform(0.3, 1.5)),
            "INFO",
            "org.apache.jackrabbit.core.query.lucene.SearchIndex",
            "Index initialized: %s Version: %s",
            f"Index initialized: /opt/magnolia/repositories/magnolia/workspaces/{ws}/index Version: 3",
        )
    t = M(
        "public2",
        t + sec(0.8),
        "INFO",
        "org.apache.jackrabbit.core.RepositoryImpl",
        "Repository started (%dms)",
        f"Repository started ({r.randint(9000, 14000)}ms)",
    )
    t = T(
        "public2",
        t + sec(r.uniform(30, 50)),
        "INFO",
        "main",
        "org.apache.catalina.startup.HostConfig.deployWAR",
        "Deployment of web application archive [%s] has finished in [%d] ms",
        f"Deployment of web application archive [/opt/tomcat/webapps/ROOT.war] has finished in [{r.randint(60000, 90000)}] ms",
    )
    t = T(
        "public2",
        t + sec(0.01),
        "INFO",
        "main",
        "org.apache.coyote.AbstractProtocol.start",
        "Starting ProtocolHandler [%s]",
        'Starting ProtocolHandler ["http-nio-8080"]',
    )
    T(
        "public2",
        t + sec(0.02),
        "INFO",
        "main",
        "org.apache.catalina.startup.Catalina.start",
        "Server startup in [%d] milliseconds",
        f"Server startup in [{r.randint(70000, 95000)}] milliseconds",
    )
    return fs.logs(T0)


# -------------------------------------------------------------------------------------- dotcms

DC_SEP = "------------------------"


def dotcms(r: random.Random) -> list[Log]:
    fs = Files()
    gen = {"node1": 0, "node2": 0}
    total = {"node1": 0, "node2": 0}
    ip = {"node1": "10.0.4.21", "node2": "10.0.4.22"}

    def D(
        h: str,
        t: datetime,
        level: str,
        logger: str,
        label: str,
        msg: str,
        cont: list[str] | None = None,
    ) -> datetime:
        c = cont or []
        return fs.add(
            f"dotcms-{h}.log",
            t,
            label,
            lambda x: (
                [
                    f"[{x:%d/%m/%y %H:%M:%S}:{x.microsecond // 1000:03d} UTC] {level:>5} {logger}: {msg}",
                    *c,
                ]
            ),
            (h, gen[h]),
            MS,
        )

    RT = "reindex.ReindexThread"

    def banner(h: str, t: datetime, level: str, label: str) -> datetime:
        t = D(h, t, level, RT, DC_SEP, DC_SEP)
        t = D(h, t, level, RT, label, label)
        return D(h, t, level, RT, DC_SEP, DC_SEP)

    def members(h: str, t: datetime, n: int, ver: int) -> datetime:
        ms = ["node1", "node2"][:n] if n == 2 else [h]
        lines = ["", f"Members {{size:{n}, ver:{ver}}} ["]
        for m in ms:
            lines.append(f"\tMember [{ip[m]}]:5701 - {uuid4(r)}{' this' if m == h else ''}")
        lines += ["]", ""]
        return D(
            h,
            t,
            "INFO",
            "internal.cluster.ClusterService",
            "\\n\\nMembers {size:%d, ver:%d} [\\n\\tMember %s - %s this\\n]\\n",
            f"[{ip[h]}]:5701 [dotCMSHazelcast] [4.2.8] ",
            lines,
        )

    es_down = (at(8, 50, 12), at(9, 5, 40))
    restart = at(10, 20, 8)

    for h in gen:
        busy = [(at(7, 0), at(8, 0)), (at(9, 30), at(10, 0))]
        t = T0 + sec(r.uniform(1, 20))
        while t < T_END:
            t += sec(r.expovariate(1 / (45 if in_any(t, busy) else 105)))
            if t >= T_END:
                break
            if h == "node2" and restart - sec(5) <= t < restart + sec(150):
                continue
            if in_any(t, [es_down]):
                D(
                    h,
                    t,
                    "ERROR",
                    RT,
                    "ReindexThread Exception",
                    "ReindexThread Exception",
                    [
                        "java.net.ConnectException: Connection refused",
                        *frames(
                            "org.elasticsearch.client.RestClient.extractAndWrapCause(RestClient.java:849)",
                            "org.elasticsearch.client.RestHighLevelClient.bulk(RestHighLevelClient.java:493)",
                            "com.dotcms.content.elasticsearch.business.ContentletIndexAPIImpl.putToIndex(ContentletIndexAPIImpl.java:735)",
                            "com.dotmarketing.common.reindex.ReindexThread.reindexWithBulkRequest(ReindexThread.java:233)",
                        ),
                    ],
                )
                t += sec(r.uniform(3, 12))
                continue
            n = (
                r.choice([1, 1, 1, 2, 3, 5, 8, 14, 40])
                if in_any(t, busy)
                else r.choice([1, 1, 1, 2, 3])
            )
            total[h] += n
            t = D(h, t, "INFO", RT, "-----------", "-----------")
            t = D(
                h, t, "INFO", RT, "Total Indexed        : %d", f"Total Indexed        : {total[h]}"
            )
            t = D(h, t, "INFO", RT, "ReindexEntries found : %d", f"ReindexEntries found : {n}")
            t = D(h, t, "INFO", RT, "BulkRequests created : %d", f"BulkRequests created : {n}")
        # the bulk processor rebuilt once the index cluster is back
        t = es_down[1] + sec(r.uniform(1, 5))
        for level, msg in [
            ("WARN", DC_SEP),
            ("WARN", "ReindexThread BulkProcessor needs to be Rebuilt"),
            ("WARN", DC_SEP),
        ]:
            t = D(h, t, level, RT, msg, msg)
    # node2 restarted
    h = "node2"
    t = banner(
        h, restart, "WARN", "Reindex Thread is stopping, background indexing will not take place"
    )
    t = D(
        h,
        t + sec(0.3),
        "INFO",
        "http11.Http11NioProtocol",
        "Pausing ProtocolHandler [%s]",
        'Pausing ProtocolHandler ["http-nio-8082"]',
    )
    t = D(
        h,
        t + sec(0.1),
        "INFO",
        "core.StandardService",
        "Stopping service [%s]",
        "Stopping service [Catalina]",
    )
    t = D(
        h,
        t + sec(1.2),
        "WARN",
        "loader.WebappClassLoaderBase",
        LEAK,
        LEAK.replace("[%s]", "[ROOT]", 1).replace(
            "[%s]", "[hz.dotCMSHazelcast.cached.thread-3]", 1
        ),
        [
            " java.base@11.0.22/jdk.internal.misc.Unsafe.park(Native Method)",
            " java.base@11.0.22/java.util.concurrent.locks.LockSupport.parkNanos(LockSupport.java:234)",
        ],
    )
    members("node1", t + sec(r.uniform(2, 4)), 1, 3)
    gen[h] += 1
    t = restart + sec(30)
    t = D(
        h, t, "INFO", "core.StandardService", "Starting service [%s]", "Starting service [Catalina]"
    )
    t = D(
        h,
        t + sec(0.02),
        "INFO",
        "core.StandardEngine",
        "Starting Servlet engine: [%s]",
        f"Starting Servlet engine: [{TOMCAT}]",
    )
    t = D(h, t + sec(r.uniform(5, 8)), "INFO", "scan.StandardJarScanner", TLD, TLD)
    t = members(h, t + sec(r.uniform(20, 30)), 2, 4)
    members("node1", t + sec(0.2), 2, 4)
    t = banner(
        h,
        t + sec(r.uniform(30, 50)),
        "INFO",
        "Reindex Thread is starting, background indexing will begin",
    )
    t = D(
        h,
        t + sec(r.uniform(5, 9)),
        "INFO",
        "http11.Http11NioProtocol",
        "Starting ProtocolHandler [%s]",
        'Starting ProtocolHandler ["http-nio-8082"]',
    )
    D(
        h,
        t + sec(0.05),
        "INFO",
        "startup.Catalina",
        "Server startup in [%d] milliseconds",
        f"Server startup in [{r.randint(95000, 130000)}] milliseconds",
    )
    return fs.logs(T0)


# -------------------------------------------------------------------------------------- bonita

BN_HOST = "bpm-prod-01"
BN_ACT = "ExecuteConnectorOfActivity: flowNodeInstanceId = %d, connectorDefinitionName = %s"
BN_PROC = "ExecuteConnectorOfProcess: processInstanceId = %d, connectorDefinitionName = %s"
BN_SCE = '"PROCESS_DEFINITION_ID=%d | PROCESS_NAME=%s | PROCESS_VERSION=%s | PROCESS_INSTANCE_ID=%d | ROOT_PROCESS_INSTANCE_ID=%d | FLOW_NODE_DEFINITION_ID=%d | FLOW_NODE_INSTANCE_ID=%d | FLOW_NODE_NAME=%s | CONNECTOR_DEFINITION_IMPLEMENTATION_CLASS_NAME=%s | CONNECTOR_INSTANCE_ID=%d | org.bonitasoft.engine.connector.exception.SConnectorException: '
BN_CAUSES = {
    "smtp": (
        "javax.mail.MessagingException: Could not connect to SMTP host: %s, port: %d",
        "javax.mail.MessagingException: Could not connect to SMTP host: smtp-relay.corp.example, port: 25",
        ("email", "EmailConnector"),
    ),
    "crm": (
        "java.util.concurrent.TimeoutException: Connector execution timeout",
        "java.util.concurrent.TimeoutException: Connector execution timeout",
        ("rest-get", "GetConnectorImpl"),
    ),
    "dns": (
        "java.net.UnknownHostException: %s",
        "java.net.UnknownHostException: erp-api.corp.example",
        ("rest-post", "PostConnectorImpl"),
    ),
}
BN_PROCS = [
    (
        "Purchase Request",
        "2.3",
        [
            ("Notify requester", "email"),
            ("Fetch supplier", "rest-get"),
            ("Create PO in ERP", "rest-post"),
        ],
    ),
    ("Leave Request", "1.8", [("Notify manager", "email"), ("Notify requester", "email")]),
    (
        "Customer Onboarding",
        "4.1",
        [
            ("Load CRM account", "rest-get"),
            ("Send welcome mail", "email"),
            ("Register in ERP", "rest-post"),
        ],
    ),
    ("Expense Report", "3.0", [("Notify approver", "email"), ("Post to ERP", "rest-post")]),
]


def bonita(r: random.Random) -> list[Log]:
    fs = Files()
    gen = [0]
    f = "bonita-2024-06-07.log"

    def B(
        t: datetime,
        level: str,
        logger: str,
        label: str,
        msg: str,
        cont: list[str] | None = None,
        tech: bool = True,
    ) -> datetime:
        c = cont or []
        pre = (
            f"THREAD_ID={r.randint(60, 140)} | HOSTNAME={BN_HOST} | TENANT_ID=1 | " if tech else ""
        )
        return fs.add(
            f,
            t,
            label,
            lambda x: (
                [
                    f"{x:%Y-%m-%d %H:%M:%S}.{x.microsecond // 1000:03d} +0000 {level}: {logger} {pre}{msg}",
                    *c,
                ]
            ),
            gen[0],
            MS,
        )

    smtp_down = (at(10, 10), at(10, 40))
    crm_slow = (at(7, 20), at(7, 50))
    dns_bad = (at(11, 20), at(11, 40))
    restart = at(10, 45, 3)
    pdids = {p[0]: r.randint(5 * 10**18, 9 * 10**18) for p in BN_PROCS}
    fn = [400000]
    pi = [90000]

    def failure(t: datetime, cause: str) -> None:
        proc, ver, conns = r.choice(BN_PROCS)
        choices = [c for c in conns if c[1] == BN_CAUSES[cause][2][0]]
        if not choices:
            return
        node, _ = r.choice(choices)
        fn[0] += r.randint(3, 30)
        pi[0] += r.randint(1, 6)
        label_c, text_c, (cdef, impl) = BN_CAUSES[cause]
        on_proc = r.random() < 0.15
        desc_l = BN_PROC if on_proc else BN_ACT
        desc = (
            f"ExecuteConnectorOfProcess: processInstanceId = {pi[0]}, connectorDefinitionName = {cdef}"
            if on_proc
            else f"ExecuteConnectorOfActivity: flowNodeInstanceId = {fn[0]}, connectorDefinitionName = {cdef}"
        )
        t = B(
            t,
            "SEVERE",
            "org.bonitasoft.engine.execution.work.FailureHandlingBonitaWork",
            f"The work [{desc_l}] failed. The failure will be handled.",
            f"The work [{desc}] failed. The failure will be handled.",
        )
        ctx = f'"PROCESS_DEFINITION_ID={pdids[proc]} | PROCESS_NAME={proc} | PROCESS_VERSION={ver} | PROCESS_INSTANCE_ID={pi[0]} | ROOT_PROCESS_INSTANCE_ID={pi[0]} | FLOW_NODE_DEFINITION_ID={r.randint(10**18, 9 * 10**18)} | FLOW_NODE_INSTANCE_ID={fn[0]} | FLOW_NODE_NAME={node} | CONNECTOR_DEFINITION_IMPLEMENTATION_CLASS_NAME={impl} | CONNECTOR_INSTANCE_ID={fn[0] + r.randint(1, 9)} | org.bonitasoft.engine.connector.exception.SConnectorException: {text_c}"'
        B(
            t + sec(0.002),
            "SEVERE",
            "org.bonitasoft.engine.execution.work.FailureHandlingBonitaWork",
            "org.bonitasoft.engine.core.connector.exception.SConnectorException : "
            + BN_SCE
            + label_c
            + '"',
            "org.bonitasoft.engine.core.connector.exception.SConnectorException : " + ctx,
            [
                "org.bonitasoft.engine.core.connector.exception.SConnectorException: org.bonitasoft.engine.connector.exception.SConnectorException: "
                + text_c,
                *frames(
                    "org.bonitasoft.engine.core.connector.impl.ConnectorServiceImpl.executeConnectorInClassloader(ConnectorServiceImpl.java:332)",
                    "org.bonitasoft.engine.core.connector.impl.ConnectorServiceImpl.executeConnector(ConnectorServiceImpl.java:147)",
                    "org.bonitasoft.engine.connector.ConnectorExecutionWork.work(ConnectorExecutionWork.java:121)",
                ),
            ],
        )

    for t in poisson(r, smtp_down[0], smtp_down[1], 4.5):
        if restart - sec(5) <= t < restart + sec(120):
            continue
        failure(t, "smtp")
    for t in poisson(r, crm_slow[0], crm_slow[1], 7):
        failure(t, "crm")
    for t in poisson(r, dns_bad[0], dns_bad[1], 8):
        failure(t, "dns")
    # the portal's CSRF filter while a stale front end is cached
    for t in poisson(r, at(6, 30), at(7, 30), 6.5):
        B(
            t,
            "WARNING",
            "org.bonitasoft.console.common.server.filter.TokenValidatorFilter",
            "Token Validation failed, expected: %s, received: %s",
            f"Token Validation failed, expected: {hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 12)}, received: {r.choice(['null', 'undefined', hexid(r, 8) + '-' + hexid(r, 4) + '-' + hexid(r, 4) + '-' + hexid(r, 4) + '-' + hexid(r, 12)])}",
        )
    # restart
    t = B(
        restart,
        "INFO",
        "org.apache.coyote.http11.Http11NioProtocol",
        "Pausing ProtocolHandler [%s]",
        'Pausing ProtocolHandler ["http-nio-8080"]',
        tech=False,
    )
    t = B(
        t + sec(0.05),
        "INFO",
        "org.apache.catalina.core.StandardService",
        "Stopping service [%s]",
        "Stopping service [Catalina]",
        tech=False,
    )
    gen[0] += 1
    t = restart + sec(25)
    t = B(
        t,
        "INFO",
        "org.apache.catalina.core.StandardService",
        "Starting service [%s]",
        "Starting service [Catalina]",
        tech=False,
    )
    t = B(
        t + sec(0.02),
        "INFO",
        "org.apache.catalina.core.StandardEngine",
        "Starting Servlet engine: [%s]",
        "Starting Servlet engine: [Apache Tomcat/8.5.69]",
        tech=False,
    )
    t = B(
        t + sec(r.uniform(8, 14)),
        "INFO",
        "org.bonitasoft.engine.EngineInitializer",
        "Platform is already initialized.",
        "Platform is already initialized.",
        tech=False,
    )
    t = B(
        t + sec(0.01),
        "INFO",
        "org.bonitasoft.engine.EngineInitializer",
        "Starting node...",
        "Starting node...",
        tech=False,
    )
    t = B(
        t + sec(r.uniform(10, 20)),
        "INFO",
        "org.bonitasoft.engine.EngineInitializer",
        "Node started successfully.",
        "Node started successfully.",
        tech=False,
    )
    t = B(
        t + sec(0.01),
        "INFO",
        "org.bonitasoft.engine.EngineInitializer",
        "Initialization of Bonita Engine done! ( took %dms)",
        f"Initialization of Bonita Engine done! ( took {r.randint(21000, 34000)}ms)",
        tech=False,
    )
    t = B(
        t + sec(r.uniform(4, 8)),
        "INFO",
        "org.apache.coyote.http11.Http11NioProtocol",
        "Starting ProtocolHandler [%s]",
        'Starting ProtocolHandler ["http-nio-8080"]',
        tech=False,
    )
    B(
        t + sec(0.01),
        "INFO",
        "org.apache.catalina.startup.Catalina",
        "Server startup in [%d] milliseconds",
        f"Server startup in [{r.randint(40000, 60000)}] milliseconds",
        tech=False,
    )
    return fs.logs(T0)


SYSTEMS: dict[str, Callable[[random.Random], list[Log]]] = {
    "nuxeo": nuxeo,
    "sap-commerce": sap_commerce,
    "magnolia": magnolia,
    "dotcms": dotcms,
    "bonita": bonita,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
