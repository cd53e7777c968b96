#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 242 (livy, geode, nutch, tez, sling) into bench/heldout/,
the same way and under the same label rules as generate.py (bench/README.md, "heldout.py"):
each program's log is simulated from its format strings over a seeded run, and every line that
starts an event is labelled with the format string that wrote it as it is written. Distinct calls
of one process never share a timestamp at the log's resolution (round 53's Clock, kept per
process and per file). Five Apache JVM services of one company's data and web platform, 06:00 to
12:00 on 2024-06-07.

- Apache Livy 0.8.0-incubating (`livy-livy-server.out`: `bin/livy-server start` redirects the
  server's stderr there; conf/log4j.properties from the template, `%d{yy/MM/dd HH:mm:ss} %p
  %c{1}: %m%n`, `24/06/07 06:10:02 INFO InteractiveSessionManager: Registering new session 12`,
  Scala objects' loggers ending in `$`). Jupyter notebooks through sparkmagic open pyspark
  sessions (`Creating Interactive session %d: [owner: %s, request: [kind: pyspark, ...]]`,
  `Registering new session %d`, the RSC's ping `Received result for %s`, `Interactive session %d
  created [appid: ..., info: {...}]`) and Airflow submits batches (`Creating batch session %d:
  [owner: %s, request: [proxyUser: Some(etl), file: ...]]`, `Batch session %d created [...]`);
  each spark-submit's output in cluster mode is relayed line by line by LineBufferedStream
  (`INFO LineBufferedStream: stdout: 24/06/07 06:10:03 INFO Client: Submitting application
  application_... to ResourceManager`, the application report's nine tab-indented lines each
  relayed on their own), the session GC deletes idle and finished sessions after an hour
  (`Deleting InteractiveSession 12 because it was inactive for more than 3600000.0 ms.`). The
  ResourceManager is restarted 08:20-08:26 (spark-submit's `Retrying connect to server: ...`,
  `spark-submit exited with code 1`, `Error whiling refreshing YARN state: java.lang.Exception:
  spark-submit exited with code 1}.` with the process output in the message); a DAG in Airflow
  points at a file not yet uploaded 09:10-09:40 (`Exception in thread "main"
  java.io.FileNotFoundException: File does not exist: %s` relayed with its stack); a notebook's
  driver is killed for memory at 11:12 (`Client RPC channel closed unexpectedly.`); the server
  is restarted at 10:30 with ZooKeeper recovery (`Using spark-submit version %s`, `Recovered %d
  %s sessions. Next session id: %d`, Jetty's `!RequestLog`, `Starting server on %s`).
- Apache Geode 1.15.1 (`locator1.log`, `server1.log`, `server2.log`: each member's log-file,
  log4j2's `[%level{lowerCase=true} %date{yyyy/MM/dd HH:mm:ss.SSS z} %memberName <%thread>
  tid=%hexTid] %message%n%throwable%n`, so every record ends with an empty line): a session and
  cart cache for the shop's pods. Short-lived client caches of the pricing cron job every minute
  (`Server connection from [identity(...); port=...]: connection disconnect detected by EOF.`);
  pods rolled at 07:30 and 11:00 (`ClientHealthMonitor: Unregistering client with member id %s due to:
  Connection reset by peer`, `... due to: Broken pipe`) and a node drained at 08:40 (`Monitoring
  client with member id %s. It had been %d ms since the latest heartbeat. Max interval is %d.
  Terminated client.`); server2's heap under a cart import 09:30-10:05 (`Statistics sampling
  thread detected a wakeup delay of %d ms, ...`, `Member: %s above heap eviction threshold`,
  `Member: %s above heap critical threshold`, `%d seconds have elapsed while waiting for replies:
  ...` on server1) until it is kicked out at 10:05 (its own `Membership service failure: %s`; GMSHealthMonitor's `Performing availability
  check for suspect member %s reason=%s`, `Availability check failed for member %s`, `Member at
  %s unexpectedly left the distributed cache: %s`, `received new view: %s\\nold view is: %s`,
  `Redundancy has dropped below %d configured copies to %d actual copies for %s`) and restarted
  at 10:12 (`Startup Configuration:` with its properties, disk-store recovery `Recovering oplog#%d
  %s for disk store %s.`, `Initializing region %s`, `Region %s requesting initial image from %s`,
  `%s is done getting image from %s. isDeltaGII is %s`, `Initialization of region %s completed`,
  `Cache server connection listener bound to address %s with backlog %d.`, the locator's
  `Admitting member <%s>. Now there are %d non-admin member(s).`, server1's `Configured
  redundancy of %d copies has been restored to %s`).
- Apache Nutch 1.19 (`hadoop.log`: bin/crawl every 45 minutes in local mode, conf/log4j2.xml's `%d %p
  %c{1.} [%t] %m%n`, `2024-06-07 06:05:31,204 INFO o.a.n.f.FetcherThread [FetcherThread]
  FetcherThread 57 fetching https://... (queue crawl delay=5000ms)`, Hadoop at WARN but
  mapreduce.Job at INFO): per round the Generator (`Generator: starting at %s`, `Generator:
  Selecting best-scoring urls due for fetch.`, `Generator: segment: %s`), the Fetcher with 10
  threads (`FetcherThread %d fetching %s (queue crawl delay=%dms)`, the status line every second
  `-activeThreads=%d, spinWaiting=%d, fetchQueues.totalSize=%d, fetchQueues.getQueueCount=%d`,
  `Thread %s has no more work available`, `-finishing thread %s, activeThreads=%d`), the CrawlDb
  update and the Solr indexer (`Indexing %d/%d documents`, `Indexer: %6d  indexed (add/update)`),
  each job's `Running job: %s`, ` map %d%% reduce %d%%`, `Job %s completed successfully` and
  `Counters: %d` with its counter groups on the lines under it. A partner's docs site times out
  07:00-08:30 (`fetch of %s failed with: java.net.SocketTimeoutException: Read timed out`), a
  retired wiki is gone from DNS (`... java.net.UnknownHostException: %s`), the intranet is in
  maintenance at 10:35 (`... java.net.ConnectException: Connection refused (Connection
  refused)`), Solr is down for the 09:05 round (`Indexer: java.io.IOException: Job failed!` with
  its stack), and the 11:20 round finds nothing due (`Generator: 0 records selected for fetching,
  exiting ...`).
- Apache Tez 0.10.2 (`syslog` and one `syslog_dag_<application>_<n>` per DAG: a Hive 3.1 Tez
  session AM's container log directory on the NodeManager, tez-container-log4j.properties'
  `%d{ISO8601} [%p] [%t] |%c{2}|: %m%n`, `2024-06-07 06:14:03,512 [INFO] [Dispatcher thread
  {Central}] |impl.TaskAttemptImpl|: attempt_..._1_00_000003_0 TaskAttempt Transitioned from
  START_WAIT to RUNNING due to event TA_STARTED_REMOTELY`): the AM's start-up and `In Session
  mode. Waiting for DAG over RPC`; per Hive query a DAG (`Running DAG: %s, callerContext: {
  context=HIVE, callerType=HIVE_QUERY_ID, callerId=%s }`, DAG and vertex transitions `%s
  transitioned from %s to %s due to event %s`, per task `%s Task Transitioned from ...` and
  attempts' `%s TaskAttempt Transitioned from ...`, the scheduler's `Assigning container to task:
  containerId=%s, task=%s, ...`, HistoryEventHandler's `[HISTORY][DAG:%s][Event:%s]: ...` lines of
  seven event kinds, `DAG completed, dagId=%s, dagState=%s`); a NodeManager with a failing disk
  10:00-10:40 fails attempts (`TASK_ATTEMPT_FINISHED ... status=FAILED, ... diagnostics=Error:
  Error while running task ( failure ) : ...`) that are retried, one query is cancelled from
  Beeline (`DAG_TERMINATE`, `KILLED`) and the session times out an hour after its last DAG (`Session timed out,
  lastDAGCompletionTime=%d ms, sessionTimeoutInterval=%d ms`).
- Apache Sling (Sling CMS 1.1 on the Sling Starter 12 with Oak's segment store; `publish1-error.log`,
  `publish2-error.log`: each instance's logs/error.log, logback's `%d{dd.MM.yyyy HH:mm:ss.SSS}
  *%level* [%thread] %logger %msg%n`, `07.06.2024 08:31:02.114 *INFO* [FelixDispatchQueue]
  com.example.site.core BundleEvent STARTED`): two deployments of the site's bundles at 08:30 and
  10:40 (the OSGi events Sling logs under each bundle's symbolic name: `BundleEvent STOPPING`,
  `STOPPED`, `UNRESOLVED`, `UPDATED`, `RESOLVED`, `STARTING`, `STARTED`, `FrameworkEvent
  PACKAGES REFRESHED`, `Service [%s,%d, [%s]] ServiceEvent REGISTERED` / `UNREGISTERING`; Oak's
  `[async] Reindexing will be performed for following indexes: [%s]` and `[async] Reindexing
  completed for indexes: [%s] in %s (%d ms)`); the 08:30 release's search component traversing
  (`Traversed %d nodes with filter %s; consider creating an index or changing the query`) until
  10:40; a credential-stuffing run on publish1 09:12-09:40 (`handleLoginFailure: Unable to
  authenticate %s: UserId/Password mismatch.`), scanners on /bin and /system (`getAnonymousResolver:
  Anonymous access not allowed by configuration - requesting credentials`); a sitemap servlet
  leaking resource resolvers (`Closed unclosed ResourceResolver. The creation stacktrace is
  available on info log level.` and `Unclosed ResourceResolver was created here: ` with the
  stack) and an HTL template failing on pages without a teaser image (`service: Uncaught
  SlingException` with the ScriptEvaluationException's stack).

Label notes. The heads are context: log4j's and logback's time, level, thread and logger,
Geode's `[level date zone member <thread> tid=0x..]`, Tez's `[LEVEL] [thread] |logger|: `. A
line relayed by Livy's LineBufferedStream (`stdout: ` and spark-submit's own log4j head) is
labelled by the spark-submit line's format (as round 234's of-watchdog); a relayed line that
continues a write (the application report's tab-indented lines, a stack's `at` lines) has no
row, nor have Geode's empty line after each record, Java stacks, the Counters' groups and
Geode's startup configuration lines. A word the call site writes is wording (Sling's
`BundleEvent STARTED` beside `BundleEvent STOPPED`, chosen by a switch over the event type;
Tez's `TASK_ATTEMPT_FINISHED` history line, whose keys are that event class's toString);
states and event types passed as values (`SCHEDULED`, `T_ATTEMPT_LAUNCHED`), ids, hosts, users,
URLs, durations and counts are values. A value that is an exception's text contributes its
format (Nutch's `fetch of %s failed with: java.net.SocketTimeoutException: Read timed out`,
Geode's `due to: Connection reset by peer`).

Checked against copies of the sources: Livy's SessionManager, InteractiveSession,
BatchSession, their request classes' toString, LineBufferedStream, SparkYarnApp (the
`whiling` and the stray `}`), RSCClient and LivySparkUtils; Geode's log4j2.xml, the reply
processor's wait warning, HostStatSampler's wakeup delay, ClusterDistributionManager's member
departure and ClientHealthMonitor; Nutch's conf/log4j2.xml, FetcherThread's fetching line and
Fetcher's status and finish lines; Tez's task-attempt transition line and container log4j
pattern; Sling's SlingAuthenticator login failure, Oak's traversal warning and the
resource resolver factory's unclosed-resolver lines. Least sure (written from memory): Livy's
WebServer and `!RequestLog` lines at start-up and the spark-submit 3.3 Client lines' wording;
Geode's connection-EOF line, the availability-check lines, the view layout, the redundancy
lines, the oplog and GII lines and the eviction-threshold wording; Nutch 1.19's Generator and
CrawlDb lines, `Thread %s has no more work available`, the indexer's summary lines and the
Counters groups; Tez's `Running DAG` caller context, the scheduler's assignment line, the
history events' key lists, `DAG completed` and the session time-out line; Sling's OSGi event
formatting, the Oak reindexing lines and the HTL exception's text.
"""

from __future__ import annotations

import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
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


def poisson(r: random.Random, t0: datetime, t1: datetime, mean: float) -> list[datetime]:
    out, t = [], t0
    while True:
        t += sec(r.expovariate(1 / mean))
        if t >= t1:
            return out
        out.append(t)


def ms3(t: datetime) -> str:
    return f"{t.microsecond // 1000:03d}"


def epoch_ms(t: datetime) -> int:
    return int(t.timestamp() * 1000)


# ------------------------------------------------------------------------------------- livy

LV_HOST = "livy01.dp.example.com"
LV_RM = "rm01.dp.example.com/10.20.0.11:8032"
LV_NOTEBOOK_USERS = ["amira", "jkowalski", "tnguyen", "lberg", "rpatel", "sofia", "mchen"]
# Airflow's batch jobs: (name, file, queue, args, weight)
LV_BATCHES = [
    ("daily_orders", "hdfs:///jobs/etl/daily_orders.py", "etl", "--date,2024-06-06", 5),
    (
        "clickstream_sessionize",
        "hdfs:///jobs/etl/clickstream_sessionize.py",
        "etl",
        "--hour,{h}",
        9,
    ),
    ("inventory_snapshot", "hdfs:///jobs/etl/inventory_snapshot.py", "etl", "--full", 3),
    ("customer_dedup", "hdfs:///jobs/etl/customer_dedup_v2.py", "etl", "--since,2024-06-01", 3),
    ("ml_features_daily", "hdfs:///jobs/ml/build_features.py", "ml", "--model,churn", 3),
    ("report_finance", "hdfs:///jobs/reports/finance_rollup.jar", "reports", "", 2),
]
LV_JARS = [
    "file:/opt/livy/rsc-jars/livy-api-0.8.0-incubating.jar",
    "file:/opt/livy/rsc-jars/livy-rsc-0.8.0-incubating.jar",
    "file:/opt/livy/rsc-jars/netty-all-4.1.94.Final.jar",
    "file:/opt/livy/repl_2.12-jars/livy-repl_2.12-0.8.0-incubating.jar",
    "file:/opt/livy/repl_2.12-jars/livy-core_2.12-0.8.0-incubating.jar",
    "file:/opt/spark/python/lib/pyspark.zip",
    "file:/opt/spark/python/lib/py4j-0.10.9.5-src.zip",
]
LV_NM = 12
LV_CLUSTER_TS = 1717650342137
LV_FNF = 'Exception in thread "main" java.io.FileNotFoundException: File does not exist: %s'
LV_CONNREF = 'Exception in thread "main" java.net.ConnectException: Call From %s to %s failed on connection exception: java.net.ConnectException: Connection refused; For more details see:  http://wiki.apache.org/hadoop/ConnectionRefused'
LV_FNF_STACK = [
    "\tat org.apache.hadoop.hdfs.DistributedFileSystem$29.doCall(DistributedFileSystem.java:1757)",
    "\tat org.apache.hadoop.hdfs.DistributedFileSystem$29.doCall(DistributedFileSystem.java:1750)",
    "\tat org.apache.hadoop.fs.FileSystemLinkResolver.resolve(FileSystemLinkResolver.java:81)",
    "\tat org.apache.hadoop.hdfs.DistributedFileSystem.getFileStatus(DistributedFileSystem.java:1765)",
    "\tat org.apache.spark.deploy.yarn.Client.copyFileToRemote(Client.scala:407)",
    "\tat org.apache.spark.deploy.yarn.Client.prepareLocalResources(Client.scala:594)",
    "\tat org.apache.spark.deploy.yarn.Client.submitApplication(Client.scala:220)",
    "\tat org.apache.spark.deploy.SparkSubmit.doSubmit(SparkSubmit.scala:1046)",
    "\tat org.apache.spark.deploy.SparkSubmit.main(SparkSubmit.scala)",
]
LV_CONN_STACK = [
    "\tat org.apache.hadoop.net.NetUtils.wrapException(NetUtils.java:913)",
    "\tat org.apache.hadoop.ipc.Client.call(Client.java:1513)",
    "\tat org.apache.hadoop.yarn.client.api.impl.YarnClientImpl.getNewApplication(YarnClientImpl.java:274)",
    "\tat org.apache.spark.deploy.yarn.Client.submitApplication(Client.scala:196)",
    "\tat org.apache.spark.deploy.SparkSubmit.main(SparkSubmit.scala)",
]


def livy(r: random.Random) -> list[Log]:
    """One Livy server, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    f = "livy-livy-server.out"
    proc = ["livy-1"]
    rm_down = (at(8, 20, 5), at(8, 26, 40))
    missing_file = (at(9, 10), at(9, 40))
    stop_at, start_at = at(10, 29, 52), at(10, 30, 31)
    oom_t = at(11, 12, 7)
    app_n = [412]

    def L(
        t: datetime, level: str, logger: str, label: str, msg: str, more: list[str] = ()
    ) -> datetime:  # type: ignore[assignment]
        def text(x: datetime) -> list[str]:
            return [f"{x:%y/%m/%d %H:%M:%S} {level} {logger}: {msg}", *more]

        return fs.add(f, t, label, text, proc[0], SEC)

    out: list[str] = []  # the running spark-submit's output (what the exception quotes)

    def relay(
        t: datetime, label: str, level: str, logger: str, msg: str, conts: list[str] = ()
    ) -> datetime:  # type: ignore[assignment]
        """A spark-submit line through LineBufferedStream, its own head inside Livy's; the lines
        that continue the write are relayed each on its own."""

        def text(x: datetime) -> list[str]:
            head = f"{x:%y/%m/%d %H:%M:%S}"
            inner = f"{head} {level} {logger}: {msg}" if logger else msg
            out.append(inner)
            out.extend(conts)
            return [
                f"{head} INFO LineBufferedStream: stdout: {inner}",
                *[f"{head} INFO LineBufferedStream: stdout: {c}" for c in conts],
            ]

        return fs.add(f, t, label, text, proc[0], SEC)

    def submit(t: datetime, user: str, queue: str, fail: str) -> tuple[datetime, str]:
        """spark-submit in cluster mode as relayed by Livy; returns (time, application id), the
        id empty when spark-submit failed."""
        out.clear()
        t = relay(
            t + sec(r.uniform(2, 4)),
            "Unable to load native-hadoop library for your platform... using builtin-java classes where applicable",
            "WARN",
            "NativeCodeLoader",
            "Unable to load native-hadoop library for your platform... using builtin-java classes where applicable",
        )
        t = relay(
            t + sec(r.uniform(0.5, 1.5)),
            "Connecting to ResourceManager at %s",
            "INFO",
            "DefaultNoHARMFailoverProxyProvider",
            f"Connecting to ResourceManager at {LV_RM}",
        )
        if fail == "rm":
            for i in range(10):
                t = relay(
                    t + sec(1),
                    "Retrying connect to server: %s. Already tried %d time(s); retry policy is %s",
                    "INFO",
                    "Client",
                    f"Retrying connect to server: {LV_RM}. Already tried {i} time(s); retry policy is RetryUpToMaximumCountWithFixedSleep(maxRetries=10, sleepTime=1000 MILLISECONDS)",
                )
            t = relay(
                t + sec(1),
                LV_CONNREF,
                "",
                "",
                LV_CONNREF.replace("%s", "livy01.dp.example.com/10.20.0.30", 1).replace(
                    "%s", "rm01.dp.example.com:8032", 1
                ),
                LV_CONN_STACK,
            )
            return t, ""
        nm = LV_NM if t < at(9, 50) else LV_NM - 1
        t = relay(
            t + sec(r.uniform(0, 1)),
            "Requesting a new application from cluster with %d NodeManagers",
            "INFO",
            "Client",
            f"Requesting a new application from cluster with {nm} NodeManagers",
        )
        t = relay(
            t,
            "resource-types.xml not found",
            "INFO",
            "Configuration",
            "resource-types.xml not found",
        )
        t = relay(
            t,
            "Unable to find '%s'.",
            "INFO",
            "ResourceUtils",
            "Unable to find 'resource-types.xml'.",
        )
        t = relay(
            t,
            "Verifying our application has not requested more than the maximum memory capability of the cluster (%d MB per container)",
            "INFO",
            "Client",
            "Verifying our application has not requested more than the maximum memory capability of the cluster (24576 MB per container)",
        )
        mem = r.choice([2048, 4096, 4096, 8192])
        t = relay(
            t,
            "Will allocate AM container, with %d MB memory including %d MB overhead",
            "INFO",
            "Client",
            f"Will allocate AM container, with {mem + 384} MB memory including 384 MB overhead",
        )
        t = relay(
            t,
            "Setting up container launch context for our AM",
            "INFO",
            "Client",
            "Setting up container launch context for our AM",
        )
        t = relay(
            t,
            "Setting up the launch environment for our AM container",
            "INFO",
            "Client",
            "Setting up the launch environment for our AM container",
        )
        t = relay(
            t,
            "Preparing resources for our AM container",
            "INFO",
            "Client",
            "Preparing resources for our AM container",
        )
        if fail.startswith("hdfs:"):
            t = relay(t + sec(1), LV_FNF, "", "", LV_FNF % fail, LV_FNF_STACK)
            return t, ""
        app_n[0] += 1
        app = f"application_{LV_CLUSTER_TS}_{app_n[0]:04d}"
        for jar in r.sample(LV_JARS, r.randint(2, 4)):
            name = jar.rsplit("/", 1)[1]
            t = relay(
                t + sec(r.uniform(0, 1.5)),
                "Uploading resource %s -> %s",
                "INFO",
                "Client",
                f"Uploading resource {jar} -> hdfs://dpcluster/user/{user}/.sparkStaging/{app}/{name}",
            )
        t = relay(
            t + sec(r.uniform(0.5, 2)),
            "Submitting application %s to ResourceManager",
            "INFO",
            "Client",
            f"Submitting application {app} to ResourceManager",
        )
        t = relay(
            t, "Submitted application %s", "INFO", "YarnClientImpl", f"Submitted application {app}"
        )
        t = relay(
            t + sec(1),
            "Application report for %s (state: %s)",
            "INFO",
            "Client",
            f"Application report for {app} (state: ACCEPTED)",
            [
                "\t client token: N/A",
                f"\t diagnostics: [{t:%a %b %d %H:%M:%S} +0000 2024] Scheduler has assigned a container for AM, waiting for AM container to be launched",
                "\t ApplicationMaster host: N/A",
                "\t ApplicationMaster RPC port: -1",
                f"\t queue: {queue}",
                f"\t start time: {epoch_ms(t)}",
                "\t final status: UNDEFINED",
                f"\t tracking URL: http://rm01.dp.example.com:8088/proxy/{app}/",
                f"\t user: {user}",
            ],
        )
        t = relay(t, "Shutdown hook called", "INFO", "ShutdownHookManager", "Shutdown hook called")
        for _ in range(2):
            t = relay(
                t,
                "Deleting directory %s",
                "INFO",
                "ShutdownHookManager",
                f"Deleting directory /tmp/spark-{uuid4(r)}",
            )
        return t, app

    def failed(t: datetime, batch: bool) -> datetime:
        if batch:
            t = L(
                t + sec(0.2),
                "WARN",
                "BatchSession$",
                "spark-submit exited with code %d",
                "spark-submit exited with code 1",
            )
        lines = list(out)
        return L(
            t + sec(0.2),
            "ERROR",
            "SparkYarnApp",
            "Error whiling refreshing YARN state: java.lang.Exception: spark-submit exited with code %d}.\\n%s",
            "Error whiling refreshing YARN state: java.lang.Exception: spark-submit exited with code 1}.",
            lines,
        )

    def app_info(app: str, user: str) -> str:
        cont = f"container_e07_{LV_CLUSTER_TS}_{app.rsplit('_', 1)[1]}_01_000001"
        node = f"worker{r.randint(1, LV_NM):02d}.dp.example.com"
        return f"{{driverLogUrl=http://{node}:8042/node/containerlogs/{cont}/{user}, sparkUiUrl=http://rm01.dp.example.com:8088/proxy/{app}/}}"

    sid = [31]
    gc: list[tuple[datetime, str, int]] = []  # (when the session GC deletes it, class, id)
    live: list[tuple[str, int]] = []

    def interactive(t: datetime, user: str) -> None:
        n = sid[0]
        sid[0] += 1
        req = f"[kind: pyspark, proxyUser: None, driverMemory: {r.choice(['2g', '4g'])}, executorMemory: {r.choice(['4g', '8g'])}, numExecutors: {r.choice([2, 4, 6])}, queue: analytics, name: {user}-notebook-{hexid(r, 6)}, heartbeatTimeoutInSecond: 0]"
        t = L(
            t,
            "INFO",
            "InteractiveSession$",
            "Creating Interactive session %d: [owner: %s, request: %s]",
            f"Creating Interactive session {n}: [owner: {user}, request: {req}]",
        )
        t = L(
            t,
            "INFO",
            "InteractiveSessionManager",
            "Registering new session %d",
            f"Registering new session {n}",
        )
        t, app = submit(t, user, "analytics", "rm" if in_any(t, [rm_down]) else "")
        if not app:
            t = failed(t, False)
            gc.append((t + sec(600 + r.uniform(0, 60)), "InteractiveSession", n))
            return
        t = L(
            t + sec(r.uniform(18, 40)),
            "INFO",
            "RSCClient",
            "Received result for %s",
            f"Received result for {uuid4(r)}",
        )
        t = L(
            t + sec(r.uniform(0, 1)),
            "INFO",
            "InteractiveSession",
            "Interactive session %d created [appid: %s, owner: %s, proxyUser: %s, state: %s, kind: %s, info: %s]",
            f"Interactive session {n} created [appid: {app}, owner: {user}, proxyUser: None, state: idle, kind: pyspark, info: {app_info(app, user)}]",
        )
        if r.random() < 0.7:
            gc.append((t + sec(r.uniform(900, 5400) + 3600), "InteractiveSession", n))
        live.append(("InteractiveSession", n))

    def batch(t: datetime, name: str, file: str, queue: str, args: str) -> None:
        n = sid[0]
        sid[0] += 1
        user = "mlops" if queue == "ml" else "etl"
        a = args.replace("{h}", f"{(t.hour - 1) % 24:02d}")
        req = (
            f"[proxyUser: Some({user}), file: {file}, "
            + (f"args: {a}, " if a else "")
            + f"driverMemory: 2g, executorMemory: {r.choice(['4g', '6g'])}, numExecutors: {r.choice([4, 6, 8])}, queue: {queue}, name: {name}, conf: spark.yarn.maxAppAttempts -> 1]"
        )
        t = L(
            t,
            "INFO",
            "BatchSession$",
            "Creating batch session %d: [owner: %s, request: %s]",
            f"Creating batch session {n}: [owner: airflow, request: {req}]",
        )
        t = L(
            t,
            "INFO",
            "BatchSessionManager",
            "Registering new session %d",
            f"Registering new session {n}",
        )
        fail = (
            "rm"
            if in_any(t, [rm_down])
            else (
                file.replace("hdfs://", "hdfs://dpcluster")
                if name == "customer_dedup" and in_any(t, [missing_file])
                else ""
            )
        )
        t, app = submit(t, user, queue, fail)
        if not app:
            t = failed(t, True)
            gc.append((t + sec(600 + r.uniform(0, 60)), "BatchSession", n))
            return
        t = L(
            t + sec(r.uniform(8, 25)),
            "INFO",
            "BatchSession",
            "Batch session %d created [appid: %s, state: %s, info: %s]",
            f"Batch session {n} created [appid: {app}, state: running, info: {app_info(app, user)}]",
        )
        gc.append((t + sec(r.uniform(200, 2400) + 600), "BatchSession", n))

    def start(t: datetime, recovered: tuple[int, int]) -> datetime:
        t = L(
            t,
            "INFO",
            "LivySparkUtils$",
            "Using spark-submit version %s",
            "Using spark-submit version 3.3.2",
        )
        t = L(
            t + sec(2),
            "INFO",
            "BatchSessionManager",
            "Recovered %d %s sessions. Next session id: %d",
            f"Recovered {recovered[0]} batch sessions. Next session id: {sid[0]}",
        )
        t = L(
            t + sec(1),
            "INFO",
            "InteractiveSessionManager",
            "Recovered %d %s sessions. Next session id: %d",
            f"Recovered {recovered[1]} interactive sessions. Next session id: {sid[0]}",
        )
        t = L(t + sec(1), "WARN", "RequestLogHandler", "!RequestLog", "!RequestLog")
        return L(
            t,
            "INFO",
            "WebServer",
            "Starting server on %s",
            f"Starting server on http://{LV_HOST}:8998",
        )

    start(T0 + sec(3), (0, 0))
    # the sessions, run in the order they are asked for (session ids rise with time)
    plan: list[tuple[datetime, int, tuple]] = []
    for t in poisson(r, T0 + sec(600), T_END - sec(300), 420):
        if not (stop_at - sec(60) <= t < start_at + sec(30)) and r.random() < (
            1 if t >= at(8, 30) else 0.5
        ):
            plan.append((t, 0, (r.choice(LV_NOTEBOOK_USERS),)))
    # Airflow's batches: hourly DAGs at :05 and a few retried by hand
    weights = [w for *_, w in LV_BATCHES]
    for h in range(6, 12):
        for k in range(r.randint(6, 9)):
            t = at(h, 5, 10) + sec(k * r.uniform(20, 70))
            if stop_at - sec(60) <= t < start_at + sec(30):
                t = start_at + sec(40 + k * 25)
            plan.append((t, 1, tuple(r.choices(LV_BATCHES, weights)[0][:4])))
    for tf in [at(9, 12, 40), at(9, 21, 3), at(9, 33, 48)]:
        plan.append((tf, 1, tuple(LV_BATCHES[3][:4])))
    for tf in [at(8, 21, 30), at(8, 23, 55)]:
        plan.append((tf, 1, tuple(LV_BATCHES[1][:4])))
    for t, kind, args in sorted(plan, key=lambda x: x[0]):
        if kind == 0:
            interactive(t, *args)
        else:
            batch(t, *args)
    # the restart at 10:30 (the GC's deletions before it, recovery after it)
    start(start_at, (r.randint(3, 6), r.randint(4, 8)))
    proc[0] = "livy-1"
    # the notebook whose driver is killed for memory
    L(
        oom_t,
        "WARN",
        "RSCClient",
        "Client RPC channel closed unexpectedly.",
        "Client RPC channel closed unexpectedly.",
    )
    # the session GC, once a minute
    for when, cls, n in gc:
        if when >= T_END:
            continue
        gct = when.replace(second=47, microsecond=0)
        if stop_at <= gct < start_at:
            continue
        mgr = "InteractiveSessionManager" if cls == "InteractiveSession" else "BatchSessionManager"
        L(
            gct,
            "INFO",
            mgr,
            "Deleting %s because it was inactive for more than %s ms.",
            f"Deleting {cls} {n} because it was inactive for more than 3600000.0 ms.",
        )
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ geode

GE_LOC = "10.30.0.11(locator1:2201:locator)<ec><v0>:41000"
GE_S1 = "10.30.0.21(server1:3142)<v1>:41000"
GE_S2 = "10.30.0.22(server2:3170)<v2>:41000"
GE_S2B = "10.30.0.22(server2:9214)<v9>:41000"
GE_REGIONS = ["/sessions", "/carts", "/products"]
GE_WEB = [
    f"10.40.{a}.{b}"
    for a, b in [
        (2, 31),
        (2, 47),
        (2, 58),
        (3, 12),
        (3, 26),
        (3, 40),
        (4, 9),
        (4, 22),
        (4, 35),
        (5, 14),
        (5, 27),
        (5, 51),
    ]
]
GE_STACK_FD = [
    "org.apache.geode.ForcedDisconnectException: Member isn't responding to heartbeat requests",
    "\tat org.apache.geode.distributed.internal.membership.gms.GMSMembership$ManagerImpl.forceDisconnect(GMSMembership.java:2004)",
    "\tat org.apache.geode.distributed.internal.membership.gms.membership.GMSJoinLeave.forceDisconnect(GMSJoinLeave.java:1093)",
    "\tat org.apache.geode.distributed.internal.membership.gms.membership.GMSJoinLeave.processRemoveMemberMessage(GMSJoinLeave.java:704)",
    "\tat org.apache.geode.distributed.internal.membership.gms.messenger.JGroupsMessenger$JGroupsReceiver.receive(JGroupsMessenger.java:1343)",
    "\tat org.jgroups.JChannel.up(JChannel.java:784)",
    "\tat org.jgroups.stack.Protocol.up(Protocol.java:308)",
    "\tat java.base/java.lang.Thread.run(Thread.java:829)",
]
GE_STARTUP = [
    "---------------------------------------------------------------------------",
    "",
    "  Licensed to the Apache Software Foundation (ASF) under one or more",
    "  contributor license agreements.  See the NOTICE file distributed with this",
    "  work for additional information regarding copyright ownership.",
    "",
    "---------------------------------------------------------------------------",
    "Build-Date: 2023-01-23 10:12:55 +0000",
    "Product-Name: Apache Geode",
    "Product-Version: 1.15.1",
    "Running on: /10.30.0.22, 8 cpu(s), amd64 Linux 5.15.0-105-generic",
    "Process ID: 9214",
    "User: geode",
    "Current dir: /opt/geode/server2",
    "Home dir: /home/geode",
    "Class Path:",
    "  /opt/apache-geode-1.15.1/lib/geode-core-1.15.1.jar",
    "  /opt/apache-geode-1.15.1/lib/geode-dependencies.jar",
    "Library Path:",
    "  /usr/java/packages/lib",
    "  /usr/lib64",
    "System Properties:",
    "    gemfire.enable-cluster-configuration = true",
    "    java.version = 11.0.22",
    "    java.vm.name = OpenJDK 64-Bit Server VM",
    "Log4J 2 Configuration:",
    "    jar:file:/opt/apache-geode-1.15.1/lib/geode-log4j-1.15.1.jar!/log4j2.xml",
    "---------------------------------------------------------------------------",
]
GE_CONFIG = [
    "### GemFire Properties defined with api ###",
    "disable-auto-reconnect=false",
    "locators=locator1[10334]",
    "log-file=/opt/geode/server2/server2.log",
    "name=server2",
    "statistic-sampling-enabled=true",
    "### GemFire Properties using default values ###",
    "ack-severe-alert-threshold=0",
    "ack-wait-threshold=15",
    "member-timeout=5000",
]


def geode(r: random.Random) -> list[Log]:
    """A locator and two cache servers, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    names = {"locator1": "locator1.log", "server1": "server1.log", "server2": "server2.log"}
    tids: dict[tuple[str, str], int] = {}
    nexttid = {"locator1": 0x40, "server1": 0x52, "server2": 0x52}
    pid = {"locator1": "loc-2201", "server1": "s1-3142", "server2": "s2-3170"}
    sc_thread = {"server1": 0, "server2": 0}

    def G(
        member: str,
        t: datetime,
        level: str,
        thread: str,
        label: str,
        msg: str,
        more: list[str] = (),
    ) -> datetime:  # type: ignore[assignment]
        key = (pid[member], thread)
        if key not in tids:
            tids[key] = nexttid[member]
            nexttid[member] += r.randint(1, 9)
        tid = tids[key]

        def text(x: datetime) -> list[str]:
            return [
                f"[{level} {x:%Y/%m/%d %H:%M:%S}.{ms3(x)} UTC {member} <{thread}> tid=0x{tid:x}] {msg}",
                *more,
                "",
            ]

        return fs.add(names[member], t, label, text, pid[member], MS)

    def sc(member: str) -> str:
        sc_thread[member] = sc_thread[member] % 48 + 1
        return f"ServerConnection on port 40404 Thread {sc_thread[member]}"

    def client_id(ip: str, name: str, pid_: int) -> str:
        return f"identity({ip}({name}:{pid_}:loner):{r.randint(33000, 60999)}:{hexid(r, 8)},connection={r.choice([1, 1, 2])})"

    heap_bad = (at(9, 30), at(10, 5, 12))
    s2_down = (at(10, 5, 12), at(10, 12, 40))

    def s2_up(t: datetime) -> bool:
        return not in_any(t, [s2_down])

    # the pricing cron job (every minute) and the inventory sync (every five minutes): short-lived
    # client caches whose connections end with the pod
    for period, app, ip in [
        (60, "pricing-cron", "10.40.6.{}"),
        (300, "inventory-sync", "10.40.7.{}"),
    ]:
        for t in every(r, T0 + sec(12), T_END, period, 8):
            dur = r.uniform(3, 40) if app == "pricing-cron" else r.uniform(40, 180)
            cip = ip.format(r.randint(10, 250))
            pid_ = r.randint(7, 40)
            cid = f"identity({cip}({app}-{r.randint(28570000, 28579999)}-{alnum5(r)}:{pid_}:loner):{r.randint(33000, 60999)}:{hexid(r, 8)}"
            for member in ["server1", "server2"]:
                if member == "server2" and not s2_up(t + sec(dur)):
                    continue
                for c in range(r.choice([1, 1, 2, 2])):
                    G(
                        member,
                        t + sec(dur + r.uniform(0, 0.4)),
                        "info",
                        sc(member),
                        "%s: connection disconnect detected by EOF.",
                        f"Server connection from [{cid},connection={c + 1}; port={r.randint(33000, 60999)}]: connection disconnect detected by EOF.",
                    )
    # the disk stores' oplogs roll under the session writes, and the compactor follows
    for member in ["server1", "server2"]:
        for ds, period in [("sessionsStore", 900), ("DEFAULT", 2400)]:
            n = 3 if member == "server1" else 4
            for t in every(r, T0 + sec(r.uniform(100, 600)), T_END, period, 300):
                if member == "server2" and not (t < heap_bad[0] or t > s2_down[1] + sec(120)):
                    continue
                thr = "Oplog Delete Task"
                t = G(
                    member,
                    t,
                    "info",
                    f"ServerConnection on port 40404 Thread {r.randint(1, 48)}",
                    "Created oplog#%d %s for disk store %s.",
                    f"Created oplog#{n + 1} drf for disk store {ds}.",
                )
                t = G(
                    member,
                    t + sec(r.uniform(0.001, 0.01)),
                    "info",
                    f"ServerConnection on port 40404 Thread {r.randint(1, 48)}",
                    "Created oplog#%d %s for disk store %s.",
                    f"Created oplog#{n + 1} crf for disk store {ds}.",
                )
                t = G(
                    member,
                    t + sec(r.uniform(0.2, 2)),
                    "info",
                    "Idle OplogCompactor",
                    "OplogCompactor for %s compaction oplog id(s): %s",
                    f"OplogCompactor for {ds} compaction oplog id(s): oplog#{n}",
                )
                t = G(
                    member,
                    t + sec(r.uniform(0.1, 4)),
                    "info",
                    "Idle OplogCompactor",
                    "compaction did %d creates and updates in %d ms",
                    f"compaction did {r.randint(800, 42000):,} creates and updates in {r.randint(40, 2600)} ms",
                )
                for kind in ["crf", "drf"]:
                    t = G(
                        member,
                        t + sec(r.uniform(0.001, 0.02)),
                        "info",
                        thr,
                        "Deleted oplog#%d %s for disk store %s.",
                        f"Deleted oplog#{n} {kind} for disk store {ds}.",
                    )
                n += 1
    # the shop's pods rolled at 07:30 and at 11:00
    for i, ip in enumerate(GE_WEB + GE_WEB):
        t = (at(7, 30, 20) if i < len(GE_WEB) else at(11, 0, 40) - sec(len(GE_WEB) * 22)) + sec(
            i * r.uniform(18, 26)
        )
        name = f"shop-web-7d9c5b{hexid(r, 3)}-{alnum5(r)}"
        for member in ["server1", "server2"]:
            reason = r.choice(
                ["Connection reset by peer", "Connection reset by peer", "Broken pipe"]
            )
            lab = (
                "ClientHealthMonitor: Unregistering client with member id %s due to: Connection reset by peer"
                if reason.startswith("Connection")
                else "ClientHealthMonitor: Unregistering client with member id %s due to: Broken pipe"
            )
            G(
                member,
                t + sec(r.uniform(0, 1.5)),
                "warn",
                sc(member),
                lab,
                f"ClientHealthMonitor: Unregistering client with member id {client_id(ip, name, 1)} due to: {reason}",
            )
    # a node drained at 08:40: its pods vanish without closing their sockets
    for ip in r.sample(GE_WEB, 4):
        name = f"shop-web-5f8b7c{hexid(r, 3)}-{alnum5(r)}"
        lat = r.uniform(60, 70) * 1000
        for member in ["server1", "server2"]:
            G(
                member,
                at(8, 41, 30) + sec(r.uniform(0, 20)),
                "warn",
                "ClientHealthMonitor Thread",
                "Monitoring client with member id %s. It had been %d ms since the latest heartbeat. Max interval is %d. Terminated client.",
                f"Monitoring client with member id {client_id(ip, name, 1)}. It had been {int(lat + r.uniform(0, 900))} ms since the latest heartbeat. Max interval is 60000. Terminated client.",
            )
    # server2's heap under the cart import
    t = heap_bad[0]
    while t < heap_bad[1] - sec(20):
        frac = (t - heap_bad[0]) / (heap_bad[1] - heap_bad[0])
        delay = int(1100 + frac * 9000 * r.uniform(0.5, 1.3))
        G(
            "server2",
            t,
            "warn",
            "StatSampler",
            "Statistics sampling thread detected a wakeup delay of %d ms, indicating a possible resource issue. Check the GC, memory, and CPU statistics.",
            f"Statistics sampling thread detected a wakeup delay of {delay} ms, indicating a possible resource issue. Check the GC, memory, and CPU statistics.",
        )
        t += sec(r.uniform(25, 90) * (1.2 - frac))
    for when, lvl, what in [
        (at(9, 41, 12), "info", "eviction"),
        (at(9, 47, 40), "info", "eviction"),
        (at(9, 55, 3), "error", "critical"),
    ]:
        for member in ["server2", "server1"]:
            thr = (
                "Notification Handler"
                if member == "server2"
                else "P2P message reader for 10.30.0.22(server2:3170)<v2>:41000 shared unordered uid=6 port=50318"
            )
            G(
                member,
                when + sec(r.uniform(0, 0.3)),
                lvl,
                thr,
                f"Member: %s above heap {what} threshold",
                f"Member: {GE_S2} above heap {what} threshold",
            )
        if what == "eviction" and when < at(9, 45):
            for member in ["server2", "server1"]:
                G(
                    member,
                    when + sec(r.uniform(100, 160)),
                    "info",
                    "Notification Handler",
                    "Member: %s below heap eviction threshold",
                    f"Member: {GE_S2} below heap eviction threshold",
                )
    membership = f"[{GE_LOC}, {GE_S1}, {GE_S2}]"
    procs = [
        "PutAllPRMessage$PutAllResponse",
        "PutMessage$PutResponse",
        "PRUpdateEntryVersionMessage$UpdateEntryVersionResponse",
        "InvalidateMessage$InvalidateResponse",
    ]
    for t in poisson(r, at(9, 58), at(10, 5, 5), 28):
        p = r.choice(procs)
        G(
            "server1",
            t,
            "warn",
            f"ServerConnection on port 40404 Thread {r.randint(1, 48)}",
            "%d seconds have elapsed while waiting for replies: %s on %s whose current membership list is: [%s]",
            f"15 seconds have elapsed while waiting for replies: <{p} {r.randint(4100, 9900)} waiting for 1 replies from [{GE_S2}]> on {GE_S1} whose current membership list is: [{membership}]",
        )
    # server2 kicked out at 10:05
    k = at(10, 5, 2)
    for member in ["locator1", "server1"]:
        tt = G(
            member,
            k + sec(r.uniform(0, 0.5)),
            "info",
            "Geode Failure Detection thread 3",
            "Performing availability check for suspect member %s reason=%s",
            f"Performing availability check for suspect member {GE_S2} reason=Member isn't responding to heartbeat requests",
        )
        G(
            member,
            tt + sec(r.uniform(5, 5.3)),
            "info",
            "Geode Failure Detection thread 3",
            "Availability check failed for member %s",
            f"Availability check failed for member {GE_S2}",
        )
    old = f"View[{GE_LOC}|7] members: [{GE_LOC}, {GE_S1}{{lead}}, {GE_S2}]"
    new = f"View[{GE_LOC}|8] members: [{GE_LOC}, {GE_S1}{{lead}}]  crashed: [{GE_S2}]"
    for member, thr in [
        ("locator1", "Geode Membership View Creator"),
        ("server1", "unicast receiver,server1-33185"),
    ]:
        tt = G(
            member,
            k + sec(r.uniform(10.2, 10.6)),
            "info",
            thr,
            "received new view: %s\\nold view is: %s",
            f"received new view: {new}",
            [f"old view is: {old}"],
        )
        G(
            member,
            tt + sec(r.uniform(0.01, 0.05)),
            "warn",
            "View Message Processor1",
            "Member at %s unexpectedly left the distributed cache: %s",
            f"Member at {GE_S2} unexpectedly left the distributed cache: departed membership view",
        )
    for reg in ["/sessions", "/carts"]:
        G(
            "server1",
            k + sec(r.uniform(11, 12)),
            "warn",
            "Pooled Waiting Message Processor 4",
            "Redundancy has dropped below %d configured copies to %d actual copies for %s",
            f"Redundancy has dropped below 1 configured copies to 0 actual copies for {reg}",
        )
    G(
        "server2",
        k + sec(10.9),
        "fatal",
        "unicast receiver,server2-40211",
        "Membership service failure: %s",
        "Membership service failure: Member isn't responding to heartbeat requests",
        GE_STACK_FD,
    )
    # the restart at 10:12
    pid["server2"] = "s2-9214"
    nexttid["server2"] = 0x1
    t = G(
        "server2",
        s2_down[1],
        "info",
        "main",
        "---------------------------------------------------------------------------\\n%s",
        GE_STARTUP[0],
        GE_STARTUP[1:],
    )
    t = G(
        "server2",
        t + sec(0.3),
        "info",
        "main",
        "Startup Configuration: \\n%s",
        "Startup Configuration: ",
        GE_CONFIG,
    )
    for oplog, ds in [(3, "DEFAULT"), (4, "DEFAULT"), (2, "sessionsStore")]:
        for kind in ["crf", "drf"]:
            t = G(
                "server2",
                t + sec(r.uniform(0.05, 0.4)),
                "info",
                "main",
                "Recovering oplog#%d %s for disk store %s.",
                f"Recovering oplog#{oplog} /opt/geode/server2/{ds.lower()}/BACKUP{ds}_{oplog}.{kind} for disk store {ds}.",
            )
    t = G(
        "server2",
        t + sec(2.1),
        "info",
        "main",
        "Initializing region %s",
        "Initializing region _monitoringRegion_10.30.0.22<v9>41000",
    )
    t = G(
        "server2",
        t + sec(0.1),
        "info",
        "main",
        "Initialization of region %s completed",
        "Initialization of region _monitoringRegion_10.30.0.22<v9>41000 completed",
    )
    for member, thr in [("locator1", "Geode Membership View Creator")]:
        G(
            member,
            s2_down[1] + sec(2.4),
            "info",
            thr,
            "Admitting member <%s>. Now there are %d non-admin member(s).",
            f"Admitting member <{GE_S2B}>. Now there are 3 non-admin member(s).",
        )
        G(
            member,
            s2_down[1] + sec(2.6),
            "info",
            thr,
            "received new view: %s\\nold view is: %s",
            f"received new view: View[{GE_LOC}|9] members: [{GE_LOC}, {GE_S1}{{lead}}, {GE_S2B}]",
            [f"old view is: {new}"],
        )
    G(
        "server1",
        s2_down[1] + sec(2.7),
        "info",
        "unicast receiver,server1-33185",
        "received new view: %s\\nold view is: %s",
        f"received new view: View[{GE_LOC}|9] members: [{GE_LOC}, {GE_S1}{{lead}}, {GE_S2B}]",
        [f"old view is: {new}"],
    )
    for reg in GE_REGIONS:
        t = G(
            "server2",
            t + sec(r.uniform(0.1, 0.5)),
            "info",
            "main",
            "Initializing region %s",
            f"Initializing region {reg.strip('/')}",
        )
        buckets = 113 if reg != "/products" else 1
        for _ in range(min(buckets, r.randint(4, 9))):
            br = f"/__PR/_B_{reg.strip('/')}_{r.randint(0, 112)}" if buckets > 1 else reg
            t = G(
                "server2",
                t + sec(r.uniform(0.02, 0.3)),
                "info",
                "Pooled Waiting Message Processor 2",
                "Region %s requesting initial image from %s",
                f"Region {br} requesting initial image from {GE_S1}",
            )
            t = G(
                "server2",
                t + sec(r.uniform(0.05, 0.9)),
                "info",
                "Pooled Waiting Message Processor 2",
                "%s is done getting image from %s. isDeltaGII is %s",
                f"{br} is done getting image from {GE_S1}. isDeltaGII is {r.choice(['true', 'false'])}",
            )
        t = G(
            "server2",
            t + sec(r.uniform(0.1, 0.5)),
            "info",
            "main",
            "Initialization of region %s completed",
            f"Initialization of region {reg.strip('/')} completed",
        )
    t = G(
        "server2",
        t + sec(0.8),
        "info",
        "main",
        "Cache server connection listener bound to address %s with backlog %d.",
        "Cache server connection listener bound to address 0.0.0.0/0.0.0.0:40404 with backlog 1,280.",
    )
    G(
        "server2",
        t + sec(0.1),
        "info",
        "main",
        "CacheServer Configuration:  %s",
        "CacheServer Configuration:  port=40404 max-connections=800 max-threads=0 notify-by-subscription=true socket-buffer-size=32768 maximum-time-between-pings=60000 maximum-message-count=230000 message-time-to-live=180 eviction-policy=none capacity=1 overflow directory=. groups=[] loadProbe=ConnectionCountProbe loadPollInterval=5000 tcpNoDelay=true",
    )
    for reg in ["/sessions", "/carts"]:
        G(
            "server1",
            t + sec(r.uniform(20, 90)),
            "info",
            "Pooled Waiting Message Processor 7",
            "Configured redundancy of %d copies has been restored to %s",
            f"Configured redundancy of 1 copies has been restored to {reg}",
        )
    return fs.logs(T0)


def alnum5(r: random.Random) -> str:
    return "".join(r.choice("bcdfghjklmnpqrstvwxz2456789") for _ in range(5))


# ------------------------------------------------------------------------------------ nutch

# host, paths, weight (share of the URLs due in a round)
NU_HOSTS = [
    (
        "https://intranet.corp.example",
        ["/news/{n}", "/teams/{w}/", "/policies/{w}.html", "/events/2024/06/{n}"],
        5,
    ),
    (
        "https://docs.partner-a.example",
        ["/api/v2/{w}.html", "/guides/{w}/", "/release-notes/{n}"],
        4,
    ),
    ("https://www.example.com", ["/products/{w}", "/blog/2024/06/{w}", "/", "/support/{w}"], 5),
    ("https://support.example.com", ["/kb/{n}", "/kb/{n}-{w}", "/status"], 3),
    ("http://wiki-old.corp.example", ["/display/OPS/{w}", "/pages/viewpage.action?pageId={n}"], 1),
    ("https://careers.example.com", ["/jobs/{n}", "/teams/{w}"], 1),
]
NU_WORDS = [
    "checkout",
    "billing",
    "onboarding",
    "security",
    "platform",
    "search",
    "travel",
    "pricing",
    "returns",
    "shipping",
    "mobile",
    "analytics",
    "payroll",
    "benefits",
]
NU_COUNTERS = [
    "\tFile System Counters",
    "\t\tFILE: Number of bytes read={a}",
    "\t\tFILE: Number of bytes written={b}",
    "\t\tFILE: Number of read operations=0",
    "\t\tFILE: Number of large read operations=0",
    "\t\tFILE: Number of write operations=0",
    "\tMap-Reduce Framework",
    "\t\tMap input records={n}",
    "\t\tMap output records={n}",
    "\t\tSpilled Records={n2}",
    "\t\tGC time elapsed (ms)={gc}",
    "\t\tTotal committed heap usage (bytes)={heap}",
]
NU_INDEX_STACK = [
    "java.io.IOException: Job failed!",
    "\tat org.apache.nutch.indexer.IndexingJob.index(IndexingJob.java:155)",
    "\tat org.apache.nutch.indexer.IndexingJob.run(IndexingJob.java:312)",
    "\tat org.apache.hadoop.util.ToolRunner.run(ToolRunner.java:82)",
    "\tat org.apache.nutch.indexer.IndexingJob.main(IndexingJob.java:321)",
]


def nutch(r: random.Random) -> list[Log]:
    """bin/crawl every 45 minutes in local mode, 06:05 to 12:00 (see the module docstring)."""
    fs = Files()
    f = "hadoop.log"
    proc = ["inject"]
    job_n = [0]
    jvm: dict[str, int] = {}
    partner_slow = (at(7, 0), at(8, 30))
    intranet_down = (at(10, 30), at(10, 50))
    solr_down = (at(9, 0), at(9, 40))

    def N(
        t: datetime,
        level: str,
        logger: str,
        thread: str,
        label: str,
        msg: str,
        more: list[str] = (),
    ) -> datetime:  # type: ignore[assignment]
        if proc[0] not in jvm:
            jvm[proc[0]] = r.randint(100000000, 2147483647)
            job_n[0] = 0

        def text(x: datetime) -> list[str]:
            return [f"{x:%Y-%m-%d %H:%M:%S},{ms3(x)} {level} {logger} [{thread}] {msg}", *more]

        return fs.add(f, t, label, text, proc[0], MS)

    def stamp(t: datetime) -> str:
        return f"{t:%Y-%m-%d %H:%M:%S}"

    def elapsed(a: datetime, b: datetime) -> str:
        s = int((b - a).total_seconds())
        return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"

    def job(t: datetime, seconds: float, n: int, fail: bool = False) -> datetime:
        job_n[0] += 1
        jid = f"job_local{jvm[proc[0]]}_{job_n[0]:04d}"
        t = N(
            t + sec(r.uniform(0.3, 1)),
            "INFO",
            "o.a.h.m.Job",
            "main",
            "Running job: %s",
            f"Running job: {jid}",
        )
        t = N(
            t + sec(1), "INFO", "o.a.h.m.Job", "main", " map %d%% reduce %d%%", " map 0% reduce 0%"
        )
        t = N(
            t + sec(seconds * 0.7),
            "INFO",
            "o.a.h.m.Job",
            "main",
            " map %d%% reduce %d%%",
            " map 100% reduce 0%",
        )
        if fail:
            return N(
                t + sec(seconds * 0.3),
                "INFO",
                "o.a.h.m.Job",
                "main",
                "Job %s failed with state %s due to: %s",
                f"Job {jid} failed with state FAILED due to: NA",
            )
        t = N(
            t + sec(seconds * 0.3),
            "INFO",
            "o.a.h.m.Job",
            "main",
            " map %d%% reduce %d%%",
            " map 100% reduce 100%",
        )
        t = N(
            t + sec(0.2),
            "INFO",
            "o.a.h.m.Job",
            "main",
            "Job %s completed successfully",
            f"Job {jid} completed successfully",
        )
        vals = {
            "a": r.randint(10**6, 9 * 10**7),
            "b": r.randint(10**6, 9 * 10**7),
            "n": n,
            "n2": 2 * n,
            "gc": r.randint(8, 400),
            "heap": r.randint(2, 9) * 268435456,
        }
        return N(
            t + sec(0.01),
            "INFO",
            "o.a.h.m.Job",
            "main",
            "Counters: %d",
            f"Counters: {r.choice([24, 30, 34])}",
            [c.format(**vals) for c in NU_COUNTERS],
        )

    def url(host: str, paths: list[str]) -> str:
        p = (
            r.choice(paths)
            .replace("{n}", str(r.randint(100, 99999)))
            .replace("{w}", r.choice(NU_WORDS))
        )
        return host + p

    for k, start in enumerate(
        [at(6 + m // 60, 5 + m % 60, r.uniform(0, 20)) for m in range(0, 360, 45)]
    ):
        # inject
        proc[0] = f"inject-{k}"
        t = N(
            start,
            "INFO",
            "o.a.n.c.Injector",
            "main",
            "Injector: starting at %s",
            f"Injector: starting at {stamp(start)}",
        )
        t2 = job(t, r.uniform(4, 9), 42)
        t2 = N(
            t2 + sec(0.1),
            "INFO",
            "o.a.n.c.Injector",
            "main",
            "Injector: Total new urls injected: %d",
            f"Injector: Total new urls injected: {r.choice([0, 0, 0, 1, 2])}",
        )
        t = N(
            t2 + sec(0.2),
            "INFO",
            "o.a.n.c.Injector",
            "main",
            "Injector: finished at %s, elapsed: %s",
            f"Injector: finished at {stamp(t2)}, elapsed: {elapsed(start, t2)}",
        )
        # generate
        proc[0] = f"generate-{k}"
        g0 = t + sec(r.uniform(2, 4))
        t = N(
            g0,
            "INFO",
            "o.a.n.c.Generator",
            "main",
            "Generator: starting at %s",
            f"Generator: starting at {stamp(g0)}",
        )
        t = N(
            t + sec(0.05),
            "INFO",
            "o.a.n.c.Generator",
            "main",
            "Generator: Selecting best-scoring urls due for fetch.",
            "Generator: Selecting best-scoring urls due for fetch.",
        )
        last = k == 7
        t = job(t, r.uniform(5, 12), 0 if last else r.randint(1800, 2600))
        if last:
            N(
                t + sec(0.1),
                "WARN",
                "o.a.n.c.Generator",
                "main",
                "Generator: 0 records selected for fetching, exiting ...",
                "Generator: 0 records selected for fetching, exiting ...",
            )
            continue
        seg = f"crawl/segments/{t:%Y%m%d%H%M%S}"
        t = N(
            t + sec(0.5),
            "INFO",
            "o.a.n.c.Generator",
            "main",
            "Generator: segment: %s",
            f"Generator: segment: {seg}",
        )
        t = job(t, r.uniform(3, 6), r.randint(180, 260))
        t = N(
            t + sec(0.2),
            "INFO",
            "o.a.n.c.Generator",
            "main",
            "Generator: finished at %s, elapsed: %s",
            f"Generator: finished at {stamp(t)}, elapsed: {elapsed(g0, t)}",
        )
        # fetch
        proc[0] = f"fetch-{k}"
        f0 = t + sec(r.uniform(2, 4))
        t = N(
            f0,
            "INFO",
            "o.a.n.f.Fetcher",
            "main",
            "Fetcher: starting at %s",
            f"Fetcher: starting at {stamp(f0)}",
        )
        t = N(
            t + sec(0.02),
            "INFO",
            "o.a.n.f.Fetcher",
            "main",
            "Fetcher: segment: %s",
            f"Fetcher: segment: {seg}",
        )
        t = N(
            t + sec(1.2),
            "INFO",
            "o.a.h.m.Job",
            "main",
            "Running job: %s",
            f"Running job: job_local{jvm[proc[0]]}_{job_n[0] + 1:04d}",
        )
        job_n[0] += 1
        fetch_start = t + sec(1)
        n_urls = r.randint(70, 95)
        weights = [w for *_, w in NU_HOSTS]
        per_host: dict[str, list[str]] = {}
        for _ in range(n_urls):
            host, paths, _ = r.choices(NU_HOSTS, weights)[0]
            per_host.setdefault(host, []).append(url(host, paths))
        threads = list(range(51, 61))
        done_at = fetch_start
        queue_end: dict[str, datetime] = {}
        for host, urls in per_host.items():
            tt = fetch_start + sec(r.uniform(0, 1))
            for u in urls:
                tid = r.choice(threads)
                tt = N(
                    tt,
                    "INFO",
                    "o.a.n.f.FetcherThread",
                    "FetcherThread",
                    "%s %s fetching %s (queue crawl delay=%sms)",
                    f"FetcherThread {tid} fetching {u} (queue crawl delay=3000ms)",
                )
                took = r.uniform(0.05, 1.2)
                fail = ""
                if "wiki-old" in host:
                    fail, took = "java.net.UnknownHostException: wiki-old.corp.example", 0.02
                elif "partner-a" in host and in_any(tt, [partner_slow]):
                    fail, took = "java.net.SocketTimeoutException: Read timed out", 10.0
                elif "intranet" in host and in_any(tt, [intranet_down]):
                    fail, took = (
                        "java.net.ConnectException: Connection refused (Connection refused)",
                        0.01,
                    )
                if fail:
                    N(
                        tt + sec(took),
                        "INFO",
                        "o.a.n.f.FetcherThread",
                        "FetcherThread",
                        f"%s %s fetch of %s failed with: {fail.split(':')[0]}: "
                        + ("%s" if "Unknown" in fail else fail.split(": ", 1)[1]),
                        f"FetcherThread {tid} fetch of {u} failed with: {fail}",
                    )
                tt += sec(took + 3.0 + r.uniform(0, 0.05))
            queue_end[host] = tt
            done_at = max(done_at, tt)
        # the status line every second while the queues drain
        tt = fetch_start + sec(1)
        while tt < done_at + sec(2):
            left = sum(1 for h, urls in per_host.items() for _ in urls) * max(
                0.0, (done_at - tt) / (done_at - fetch_start)
            )
            queues = sum(1 for h in queue_end if queue_end[h] > tt)
            spin = max(0, 10 - queues - r.randint(0, 1))
            N(
                tt,
                "INFO",
                "o.a.n.f.Fetcher",
                "LocalJobRunner Map Task Executor #0",
                "-activeThreads=%s, spinWaiting=%s, fetchQueues.totalSize=%s, fetchQueues.getQueueCount=%s",
                f"-activeThreads=10, spinWaiting={spin}, fetchQueues.totalSize={int(left)}, fetchQueues.getQueueCount={queues}",
            )
            tt += sec(1 + r.uniform(0, 0.004))
        active = 10
        for _ in threads:
            tt = N(
                tt + sec(r.uniform(0.0, 0.05)),
                "INFO",
                "o.a.n.f.FetcherThread",
                "FetcherThread",
                "Thread %s has no more work available",
                "Thread FetcherThread has no more work available",
            )
            active -= 1
            tt = N(
                tt + sec(0.001),
                "INFO",
                "o.a.n.f.FetcherThread",
                "FetcherThread",
                "-finishing thread %s, activeThreads=%s",
                f"-finishing thread FetcherThread, activeThreads={active}",
            )
        t = N(
            tt + sec(1),
            "INFO",
            "o.a.h.m.Job",
            "main",
            " map %d%% reduce %d%%",
            " map 100% reduce 0%",
        )
        t = N(
            t + sec(r.uniform(2, 5)),
            "INFO",
            "o.a.h.m.Job",
            "main",
            " map %d%% reduce %d%%",
            " map 100% reduce 100%",
        )
        t = N(
            t + sec(0.2),
            "INFO",
            "o.a.h.m.Job",
            "main",
            "Job %s completed successfully",
            f"Job job_local{jvm[proc[0]]}_{job_n[0]:04d} completed successfully",
        )
        vals = {
            "a": r.randint(10**6, 9 * 10**7),
            "b": r.randint(10**6, 9 * 10**7),
            "n": n_urls,
            "n2": 2 * n_urls,
            "gc": r.randint(8, 400),
            "heap": r.randint(2, 9) * 268435456,
        }
        t = N(
            t + sec(0.01),
            "INFO",
            "o.a.h.m.Job",
            "main",
            "Counters: %d",
            f"Counters: {r.choice([30, 34])}",
            [c.format(**vals) for c in NU_COUNTERS],
        )
        t = N(
            t + sec(0.1),
            "INFO",
            "o.a.n.f.Fetcher",
            "main",
            "Fetcher: finished at %s, elapsed: %s",
            f"Fetcher: finished at {stamp(t)}, elapsed: {elapsed(f0, t)}",
        )
        # updatedb
        proc[0] = f"updatedb-{k}"
        u0 = t + sec(r.uniform(2, 4))
        t = N(
            u0,
            "INFO",
            "o.a.n.c.CrawlDb",
            "main",
            "CrawlDb update: starting at %s",
            f"CrawlDb update: starting at {stamp(u0)}",
        )
        t = N(
            t + sec(0.01),
            "INFO",
            "o.a.n.c.CrawlDb",
            "main",
            "CrawlDb update: segments: %s",
            f"CrawlDb update: segments: [{seg}]",
        )
        t = N(
            t + sec(0.3),
            "INFO",
            "o.a.n.c.CrawlDb",
            "main",
            "CrawlDb update: Merging segment data into db.",
            "CrawlDb update: Merging segment data into db.",
        )
        t = job(t, r.uniform(6, 14), r.randint(2000, 2800))
        t = N(
            t + sec(0.3),
            "INFO",
            "o.a.n.c.CrawlDb",
            "main",
            "CrawlDb update: finished at %s, elapsed: %s",
            f"CrawlDb update: finished at {stamp(t)}, elapsed: {elapsed(u0, t)}",
        )
        # index
        proc[0] = f"index-{k}"
        i0 = t + sec(r.uniform(2, 4))
        t = N(
            i0,
            "INFO",
            "o.a.n.i.IndexingJob",
            "main",
            "Indexer: starting at %s",
            f"Indexer: starting at {stamp(i0)}",
        )
        if in_any(i0, [solr_down]):
            t = job(t, r.uniform(3, 6), 0, fail=True)
            N(
                t + sec(0.05),
                "ERROR",
                "o.a.n.i.IndexingJob",
                "main",
                "Indexer: java.io.IOException: Job failed!",
                "Indexer: java.io.IOException: Job failed!",
                NU_INDEX_STACK[1:],
            )
            continue
        docs = n_urls - r.randint(8, 30)
        t = N(
            t + sec(r.uniform(4, 9)),
            "INFO",
            "o.a.n.i.s.SolrIndexWriter",
            "pool-7-thread-1",
            "Indexing %d/%d documents",
            f"Indexing {docs}/{docs} documents",
        )
        t = job(t, r.uniform(2, 5), docs)
        t = N(
            t + sec(0.05),
            "INFO",
            "o.a.n.i.IndexingJob",
            "main",
            "Indexer: number of documents indexed, deleted, or skipped:",
            "Indexer: number of documents indexed, deleted, or skipped:",
        )
        t = N(
            t + sec(0.001),
            "INFO",
            "o.a.n.i.IndexingJob",
            "main",
            "Indexer: %6d  indexed (add/update)",
            f"Indexer: {docs:6d}  indexed (add/update)",
        )
        N(
            t + sec(0.05),
            "INFO",
            "o.a.n.i.IndexingJob",
            "main",
            "Indexer: finished at %s, elapsed: %s",
            f"Indexer: finished at {stamp(t)}, elapsed: {elapsed(i0, t)}",
        )
    return fs.logs(T0)


# -------------------------------------------------------------------------------------- tez

TZ_APP = "1717650342137_0419"
TZ_NODES = [f"worker{i:02d}.dp.example.com" for i in range(1, 13)]
TZ_BAD_NODE = "worker07.dp.example.com"
# Hive queries of the BI dashboards and analysts: (text, vertices as (name, tasks low, high))
TZ_QUERIES = [
    (
        "select order_date, sum(total) from sales.orders where order_date >= '2024-06-01' group by order_date(Stage-1)",
        [("Map 1", 3, 9), ("Reducer 2", 1, 3)],
    ),
    (
        "select c.segment, count(*) from sales.orders o join crm.customers c on o.customer_id = c.id group by c.segment(Stage-1)",
        [("Map 1", 4, 10), ("Map 3", 1, 2), ("Reducer 2", 1, 4)],
    ),
    (
        "insert overwrite table mart.daily_revenue partition (dt='2024-06-06') select ...(Stage-1)",
        [("Map 1", 5, 12), ("Reducer 2", 2, 4)],
    ),
    (
        "select count(distinct session_id) from web.clickstream where dt = '2024-06-06'(Stage-1)",
        [("Map 1", 6, 12), ("Reducer 2", 1, 1)],
    ),
    (
        "select sku, stock from ops.inventory_snapshot where stock < 10 order by stock(Stage-1)",
        [("Map 1", 2, 4), ("Reducer 2", 1, 1)],
    ),
]
TZ_BLOCK_ERR = "Error: Error while running task ( failure ) : %s:java.lang.RuntimeException: java.io.IOException: Cannot obtain block length for %s"


def tez_counters(r: random.Random) -> str:
    return f"Counters: 8, org.apache.tez.common.counters.TaskCounter, GC_TIME_MILLIS={r.randint(20, 900)}, CPU_MILLISECONDS={r.randint(900, 40000)}, PHYSICAL_MEMORY_BYTES={r.randint(4, 16) * 268435456}, INPUT_RECORDS_PROCESSED={r.randint(1000, 900000)}, OUTPUT_RECORDS={r.randint(10, 90000)}, HDFS, HDFS_BYTES_READ={r.randint(10**6, 10**9)}, HDFS_READ_OPS={r.randint(2, 40)}"


def tez(r: random.Random) -> list[Log]:
    """One Hive session's Tez AM, 06:01 to 11:23 (see the module docstring)."""
    fs = Files()
    am = "tez-am"
    bad = (at(9, 40), at(10, 50))
    threads = {
        "dispatch": "Dispatcher thread {Central}",
        "sched": "TaskSchedulerEventHandlerThread",
        "hist": "HistoryEventHandlingThread",
    }

    def T(
        f: str, t: datetime, level: str, thread: str, logger: str, label: str, msg: str
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            return [f"{x:%Y-%m-%d %H:%M:%S},{ms3(x)} [{level}] [{thread}] |{logger}|: {msg}"]

        return fs.add(f, t, label, text, am, MS)

    def H(f: str, t: datetime, dag: str, event: str, label: str, body: str) -> datetime:
        return T(
            f,
            t,
            "INFO",
            threads["hist"],
            "history.HistoryEventHandler",
            f"[HISTORY][DAG:%s][Event:%s]: {label}",
            f"[HISTORY][DAG:{dag}][Event:{event}]: {body}",
        )

    def tr(f: str, t: datetime, logger: str, what: str, a: str, b: str, ev: str) -> datetime:
        label = {
            "impl.TaskImpl": "%s Task Transitioned from %s to %s due to event %s",
            "impl.TaskAttemptImpl": "%s TaskAttempt Transitioned from %s to %s due to event %s",
        }.get(logger, "%s transitioned from %s to %s due to event %s")
        word = {
            "impl.TaskImpl": "Task Transitioned",
            "impl.TaskAttemptImpl": "TaskAttempt Transitioned",
        }.get(logger, "transitioned")
        return T(
            f,
            t,
            "INFO",
            threads["dispatch"],
            logger,
            label,
            f"{what} {word} from {a} to {b} due to event {ev}",
        )

    # the AM starts when HiveServer2 opens the session
    t = T(
        "syslog",
        at(6, 1, 12.4),
        "INFO",
        "main",
        "app.DAGAppMaster",
        "Created DAGAppMaster for application %s, versionInfo=[ component=%s, version=%s, revision=%s, SCM-URL=%s, buildTime=%s, buildUser=%s ]",
        f"Created DAGAppMaster for application appattempt_{TZ_APP}_000001, versionInfo=[ component=tez-dag, version=0.10.2, revision=22fec6c0ecc7ebe6f6f28800935cc2f69794dad5, SCM-URL=scm:git:https://gitbox.apache.org/repos/asf/tez.git, buildTime=2022-07-16T03:25:37Z, buildUser=jenkins ]",
    )
    t = T(
        "syslog",
        t + sec(3.2),
        "INFO",
        "main",
        "app.DAGAppMaster",
        "In Session mode. Waiting for DAG over RPC",
        "In Session mode. Waiting for DAG over RPC",
    )
    cont_n = [1]
    starts = sorted(r.uniform(400, 6 * 3600 - 4800) for _ in range(19))
    last_end = t
    for dn, off in enumerate(starts, 1):
        t0 = max(at(6, 1, 30) + sec(off), last_end + sec(r.uniform(5, 40)))
        q, vertices = r.choice(TZ_QUERIES)
        dag = f"dag_{TZ_APP}_{dn}"
        f = f"syslog_dag_{TZ_APP}_{dn}"
        qid = f"hive_2024060{t0:%d%H%M%S}_{uuid4(r)}"
        t = T(
            "syslog",
            t0,
            "INFO",
            "IPC Server handler 0 on 41297",
            "app.DAGAppMaster",
            "Running DAG: %s, callerContext: { context=%s, callerType=%s, callerId=%s }",
            f"Running DAG: {q}, callerContext: {{ context=HIVE, callerType=HIVE_QUERY_ID, callerId={qid} }}",
        )
        t = H(
            f,
            t + sec(0.05),
            dag,
            "DAG_SUBMITTED",
            "dagID=%s, submitTime=%s, queueName=%s",
            f"dagID={dag}, submitTime={epoch_ms(t0)}, queueName=analytics",
        )
        t = tr(f, t + sec(0.01), "impl.DAGImpl", dag, "NEW", "INITED", "DAG_INIT")
        vids = [f"vertex_{TZ_APP}_{dn}_{i:02d}" for i in range(len(vertices))]
        for (vname, _, _), vid in zip(vertices, vids, strict=True):
            t = tr(
                f, t + sec(0.01), "impl.VertexImpl", f"{vid} [{vname}]", "NEW", "INITED", "V_INIT"
            )
        t = tr(f, t + sec(0.01), "impl.DAGImpl", dag, "INITED", "RUNNING", "DAG_START")
        dag_start = t
        t = H(
            f,
            t,
            dag,
            "DAG_STARTED",
            "dagID=%s, startTime=%s",
            f"dagID={dag}, startTime={epoch_ms(t)}",
        )
        killed = dn == 17
        for vi, ((vname, lo, hi), vid) in enumerate(zip(vertices, vids, strict=True)):
            t = tr(
                f,
                t + sec(0.02),
                "impl.VertexImpl",
                f"{vid} [{vname}]",
                "INITED",
                "RUNNING",
                "V_START",
            )
            vstart = t
            t = H(
                f,
                t,
                dag,
                "VERTEX_STARTED",
                "vertexName=%s, vertexId=%s, startRequestedTime=%s, startedTime=%s",
                f"vertexName={vname}, vertexId={vid}, startRequestedTime={epoch_ms(t) - r.randint(1, 9)}, startedTime={epoch_ms(t)}",
            )
            n_tasks = r.randint(lo, hi)
            ends = []
            for ti in range(n_tasks):
                task = f"task_{TZ_APP}_{dn}_{vi:02d}_{ti:06d}"
                tt = tr(
                    f,
                    t + sec(r.uniform(0.001, 0.05)),
                    "impl.TaskImpl",
                    task,
                    "NEW",
                    "SCHEDULED",
                    "T_SCHEDULE",
                )
                attempt = 0
                while True:
                    ta = f"attempt_{TZ_APP}_{dn}_{vi:02d}_{ti:06d}_{attempt}"
                    tt = tr(
                        f,
                        tt + sec(0.001),
                        "impl.TaskAttemptImpl",
                        ta,
                        "NEW",
                        "START_WAIT",
                        "TA_SCHEDULE",
                    )
                    node = (
                        TZ_BAD_NODE
                        if in_any(tt, [bad]) and r.random() < 0.25
                        else r.choice(TZ_NODES)
                    )
                    if attempt:
                        node = r.choice([n for n in TZ_NODES if n != TZ_BAD_NODE])
                    cont_n[0] += 1
                    cid = f"container_e07_{TZ_APP}_01_{cont_n[0]:06d}"
                    reused = r.random() < 0.4
                    tt = T(
                        f,
                        tt + sec(r.uniform(0.05, 2.5)),
                        "INFO",
                        threads["sched"],
                        "rm.YarnTaskSchedulerService",
                        "Assigning container to task: containerId=%s, task=%s, containerHost=%s, containerPriority=%s, containerResources=%s, localityMatchType=%s, matchedLocation=%s, honorLocalityFlags=%s, reusedContainer=%s, delayedContainers=%s, containerResourceMemory=%s, containerResourceVCores=%s",
                        f"Assigning container to task: containerId={cid}, task={ta}, containerHost={node}:45454, containerPriority={5 + vi * 3}, containerResources=<memory:4096, vCores:1>, localityMatchType={r.choice(['NodeLocal', 'NodeLocal', 'RackLocal', 'NonLocal'])}, matchedLocation={node}, honorLocalityFlags=true, reusedContainer={str(reused).lower()}, delayedContainers={r.randint(0, 3)}, containerResourceMemory=4096, containerResourceVCores=1",
                    )
                    created = epoch_ms(tt) - r.randint(200, 2600)
                    tt = tr(
                        f,
                        tt + sec(r.uniform(0.3, 3) if not reused else r.uniform(0.02, 0.2)),
                        "impl.TaskAttemptImpl",
                        ta,
                        "START_WAIT",
                        "RUNNING",
                        "TA_STARTED_REMOTELY",
                    )
                    if attempt == 0:
                        tt = tr(
                            f,
                            tt + sec(0.001),
                            "impl.TaskImpl",
                            task,
                            "SCHEDULED",
                            "RUNNING",
                            "T_ATTEMPT_LAUNCHED",
                        )
                    started = epoch_ms(tt)
                    tt = H(
                        f,
                        tt + sec(0.001),
                        dag,
                        "TASK_ATTEMPT_STARTED",
                        "vertexName=%s, taskAttemptId=%s, startTime=%s, containerId=%s, nodeId=%s",
                        f"vertexName={vname}, taskAttemptId={ta}, startTime={started}, containerId={cid}, nodeId={node}:45454",
                    )
                    run = r.uniform(3, 60) if vi == 0 else r.uniform(2, 25)
                    if killed and vi == 0:
                        break
                    if node == TZ_BAD_NODE and in_any(tt, [bad]):
                        tt = tr(
                            f,
                            tt + sec(run * 0.3),
                            "impl.TaskAttemptImpl",
                            ta,
                            "RUNNING",
                            "FAIL_IN_PROGRESS",
                            "TA_FAILED",
                        )
                        tt = tr(
                            f,
                            tt + sec(r.uniform(0.05, 0.6)),
                            "impl.TaskAttemptImpl",
                            ta,
                            "FAIL_IN_PROGRESS",
                            "FAILED",
                            "TA_CONTAINER_TERMINATED",
                        )
                        block = f"LocatedBlock{{BP-1183025473-10.20.0.5-1699960000000:blk_{r.randint(1073741824, 1073999999)}_{r.randint(100000, 999999)}; getBlockSize()={r.randint(10**7, 134217728)}; corrupt=false; offset=0; locs=[DatanodeInfoWithStorage[10.20.1.17:9866,DS-{uuid4(r)},DISK]]}}"
                        fin = epoch_ms(tt)
                        tt = H(
                            f,
                            tt + sec(0.001),
                            dag,
                            "TASK_ATTEMPT_FINISHED",
                            "vertexName=%s, taskAttemptId=%s, creationTime=%s, allocationTime=%s, startTime=%s, finishTime=%s, timeTaken=%s, status=%s, taskFailureType=%s, errorEnum=%s, diagnostics="
                            + TZ_BLOCK_ERR
                            + ", containerId=%s, nodeId=%s, lastDataEventSourceTA=%s, lastDataEventTime=%s, counters=%s",
                            f"vertexName={vname}, taskAttemptId={ta}, creationTime={created}, allocationTime={created + 40}, startTime={started}, finishTime={fin}, timeTaken={fin - started}, status=FAILED, taskFailureType=NON_FATAL, errorEnum=FRAMEWORK_ERROR, diagnostics=Error: Error while running task ( failure ) : {ta}:java.lang.RuntimeException: java.io.IOException: Cannot obtain block length for {block}, containerId={cid}, nodeId={node}:45454, lastDataEventSourceTA=null, lastDataEventTime=0, counters=Counters: 0",
                        )
                        attempt += 1
                        continue
                    tt = tr(
                        f,
                        tt + sec(run),
                        "impl.TaskAttemptImpl",
                        ta,
                        "RUNNING",
                        "SUCCEEDED",
                        "TA_DONE",
                    )
                    fin = epoch_ms(tt)
                    tt = H(
                        f,
                        tt + sec(0.001),
                        dag,
                        "TASK_ATTEMPT_FINISHED",
                        "vertexName=%s, taskAttemptId=%s, creationTime=%s, allocationTime=%s, startTime=%s, finishTime=%s, timeTaken=%s, status=%s, taskFailureType=%s, errorEnum=%s, diagnostics=%s, containerId=%s, nodeId=%s, lastDataEventSourceTA=%s, lastDataEventTime=%s, counters=%s",
                        f"vertexName={vname}, taskAttemptId={ta}, creationTime={created}, allocationTime={created + 40}, startTime={started}, finishTime={fin}, timeTaken={fin - started}, status=SUCCEEDED, taskFailureType=, errorEnum=, diagnostics=, containerId={cid}, nodeId={node}:45454, lastDataEventSourceTA=null, lastDataEventTime=0, counters={tez_counters(r)}",
                    )
                    tt = tr(
                        f,
                        tt + sec(0.001),
                        "impl.TaskImpl",
                        task,
                        "RUNNING",
                        "SUCCEEDED",
                        "T_ATTEMPT_SUCCEEDED",
                    )
                    tt = H(
                        f,
                        tt + sec(0.001),
                        dag,
                        "TASK_FINISHED",
                        "vertexName=%s, taskId=%s, startTime=%s, finishTime=%s, timeTaken=%s, status=%s, successfulAttemptID=%s, diagnostics=%s, counters=%s",
                        f"vertexName={vname}, taskId={task}, startTime={started}, finishTime={fin}, timeTaken={fin - started}, status=SUCCEEDED, successfulAttemptID={ta}, diagnostics=, counters={tez_counters(r)}",
                    )
                    break
                ends.append(tt)
            if killed:
                t = max(ends) + sec(r.uniform(20, 40))
                break
            t = max(ends) + sec(r.uniform(0.01, 0.1))
            t = tr(
                f, t, "impl.VertexImpl", f"{vid} [{vname}]", "RUNNING", "SUCCEEDED", "V_COMPLETED"
            )
            t = H(
                f,
                t + sec(0.002),
                dag,
                "VERTEX_FINISHED",
                "vertexName=%s, vertexId=%s, startedTime=%s, finishTime=%s, timeTaken=%s, status=%s, diagnostics=%s, counters=%s",
                f"vertexName={vname}, vertexId={vid}, startedTime={epoch_ms(vstart)}, finishTime={epoch_ms(t)}, timeTaken={epoch_ms(t) - epoch_ms(vstart)}, status=SUCCEEDED, diagnostics=, counters={tez_counters(r)}",
            )
        if killed:
            t = tr(f, t, "impl.DAGImpl", dag, "RUNNING", "TERMINATING", "DAG_TERMINATE")
            for (vname, _, _), vid in zip(vertices, vids, strict=True):
                t = tr(
                    f,
                    t + sec(r.uniform(0.01, 0.3)),
                    "impl.VertexImpl",
                    f"{vid} [{vname}]",
                    "RUNNING" if vid == vids[0] else "INITED",
                    "KILLED",
                    "V_TERMINATE",
                )
            t = tr(
                f,
                t + sec(0.05),
                "impl.DAGImpl",
                dag,
                "TERMINATING",
                "KILLED",
                "DAG_VERTEX_COMPLETED",
            )
            state, diag = "KILLED", "Dag received [DAG_TERMINATE, DAG_KILL] in RUNNING state."
            dlabel = "dagId=%s, startTime=%s, finishTime=%s, timeTaken=%s, status=%s, diagnostics=Dag received [DAG_TERMINATE, DAG_KILL] in RUNNING state., counters=%s"
        else:
            t = tr(
                f,
                t + sec(0.01),
                "impl.DAGImpl",
                dag,
                "RUNNING",
                "SUCCEEDED",
                "DAG_VERTEX_COMPLETED",
            )
            state, diag = "SUCCEEDED", ""
            dlabel = "dagId=%s, startTime=%s, finishTime=%s, timeTaken=%s, status=%s, diagnostics=%s, counters=%s"
        t = H(
            f,
            t + sec(0.003),
            dag,
            "DAG_FINISHED",
            dlabel,
            f"dagId={dag}, startTime={epoch_ms(dag_start)}, finishTime={epoch_ms(t)}, timeTaken={epoch_ms(t) - epoch_ms(dag_start)}, status={state}, diagnostics={diag}, counters={tez_counters(r)}",
        )
        t = T(
            f,
            t + sec(0.01),
            "INFO",
            threads["dispatch"],
            "app.DAGAppMaster",
            "DAG completed, dagId=%s, dagState=%s",
            f"DAG completed, dagId={dag}, dagState={state}",
        )
        last_end = T(
            "syslog",
            t + sec(0.2),
            "INFO",
            threads["dispatch"],
            "app.DAGAppMaster",
            "Waiting for next DAG to be submitted.",
            "Waiting for next DAG to be submitted.",
        )
    end = last_end + sec(3600)
    T(
        "syslog",
        end,
        "INFO",
        "Timer-1",
        "app.DAGAppMaster",
        "Session timed out, lastDAGCompletionTime=%s ms, sessionTimeoutInterval=%s ms",
        f"Session timed out, lastDAGCompletionTime={epoch_ms(last_end) - 200} ms, sessionTimeoutInterval=3600000 ms",
    )
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ sling

SL_SITE_BUNDLES = [
    (
        "com.example.site.core",
        [
            "com.example.site.core.servlets.SearchServlet",
            "com.example.site.core.servlets.SitemapServlet",
            "com.example.site.core.models.impl.TeaserModelImpl",
            "com.example.site.core.filters.CacheHeaderFilter",
            "com.example.site.core.schedulers.FeedImportJob",
        ],
    ),
    ("com.example.site.ui.apps", []),
    ("com.example.site.config", []),
]
SL_DEPENDENT = [
    (
        "org.apache.sling.cms.core",
        [
            "org.apache.sling.cms.core.internal.filters.CMSSecurityFilter",
            "org.apache.sling.cms.core.internal.models.PageImpl",
            "org.apache.sling.cms.core.internal.SiteManagerImpl",
        ],
    ),
    ("org.apache.sling.models.impl", ["org.apache.sling.models.impl.ModelAdapterFactory"]),
    (
        "org.apache.sling.scripting.sightly",
        ["org.apache.sling.scripting.sightly.impl.engine.SightlyScriptEngineFactory"],
    ),
]
SL_IFACES = {
    "Servlet": "[javax.servlet.Servlet]",
    "Filter": "[javax.servlet.Filter]",
    "Model": "[org.apache.sling.models.spi.ImplementationPicker]",
    "Job": "[java.lang.Runnable]",
    "Other": "[org.apache.sling.api.adapter.AdapterFactory]",
}
SL_USERS = [
    "admin",
    "author",
    "editor",
    "test",
    "webmaster",
    "root",
    "sling",
    "administrator",
    "j.doe",
    "m.schmidt",
    "info",
    "support",
]
SL_PAGES = [
    "/content/example/en/products",
    "/content/example/en/blog",
    "/content/example/de/produkte",
    "/content/example/en/support",
    "/content/example/en/about",
    "/content/example/fr/produits",
]
SL_RR_STACK = [
    "java.lang.Exception: Opening Stacktrace",
    "\tat org.apache.sling.resourceresolver.impl.CommonResourceResolverFactoryImpl$ResolverReference.<init>(CommonResourceResolverFactoryImpl.java:583)",
    "\tat org.apache.sling.resourceresolver.impl.CommonResourceResolverFactoryImpl.register(CommonResourceResolverFactoryImpl.java:371)",
    "\tat org.apache.sling.resourceresolver.impl.ResourceResolverImpl.<init>(ResourceResolverImpl.java:120)",
    "\tat org.apache.sling.resourceresolver.impl.CommonResourceResolverFactoryImpl.getServiceResourceResolver(CommonResourceResolverFactoryImpl.java:226)",
    "\tat org.apache.sling.serviceusermapping.impl.ServiceUserMapperImpl$ResourceResolverFactoryWrapper.getServiceResourceResolver(ServiceUserMapperImpl.java:488)",
    "\tat com.example.site.core.servlets.SitemapServlet.doGet(SitemapServlet.java:71)",
    "\tat org.apache.sling.api.servlets.SlingSafeMethodsServlet.mayService(SlingSafeMethodsServlet.java:266)",
    "\tat org.apache.sling.engine.impl.SlingRequestProcessorImpl.processComponent(SlingRequestProcessorImpl.java:282)",
    "\tat org.eclipse.jetty.util.thread.QueuedThreadPool$Runner.run(QueuedThreadPool.java:1034)",
    "\tat java.base/java.lang.Thread.run(Thread.java:829)",
]
SL_HTL_STACK = [
    "org.apache.sling.api.scripting.ScriptEvaluationException: ",
    "\tat org.apache.sling.scripting.core.impl.DefaultSlingScript.call(DefaultSlingScript.java:416)",
    "\tat org.apache.sling.scripting.core.impl.DefaultSlingScript.eval(DefaultSlingScript.java:184)",
    "\tat org.apache.sling.scripting.core.impl.DefaultSlingScript.service(DefaultSlingScript.java:491)",
    "\tat org.apache.sling.engine.impl.request.RequestData.service(RequestData.java:552)",
    "\tat org.apache.sling.engine.impl.SlingRequestProcessorImpl.processComponent(SlingRequestProcessorImpl.java:320)",
    "\tat org.eclipse.jetty.util.thread.QueuedThreadPool$Runner.run(QueuedThreadPool.java:1034)",
    "\tat java.base/java.lang.Thread.run(Thread.java:829)",
    "Caused by: java.lang.NullPointerException: null",
    "\tat com.example.site.core.models.impl.TeaserModelImpl.getImageSrc(TeaserModelImpl.java:88)",
    "\tat org.apache.sling.scripting.sightly.render.RenderUnit.callUnit(RenderUnit.java:134)",
    "\t... 61 common frames omitted",
]


def sling(r: random.Random) -> list[Log]:
    """Two Sling CMS publish instances, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    sid = {"publish1": 3120, "publish2": 3098}
    qtp = {"publish1": "qtp1413356429", "publish2": "qtp879583678"}
    deploys = [at(8, 30, 12), at(10, 40, 33)]
    traversing = (deploys[0] + sec(60), deploys[1] + sec(60))
    stuffing = (at(9, 12), at(9, 40))

    def S(
        inst: str,
        t: datetime,
        level: str,
        thread: str,
        logger: str,
        label: str,
        msg: str,
        more: list[str] = (),
    ) -> datetime:  # type: ignore[assignment]
        def text(x: datetime) -> list[str]:
            return [f"{x:%d.%m.%Y %H:%M:%S}.{ms3(x)} *{level}* [{thread}] {logger} {msg}", *more]

        return fs.add(f"{inst}-error.log", t, label, text, inst, MS)

    def req(inst: str) -> str:
        return f"{qtp[inst]}-{r.randint(40, 260)}"

    def svc_event(inst: str, t: datetime, bundle: str, cls: str, kind: str) -> datetime:
        sid[inst] += 1 if kind == "REGISTERED" else 0
        iface = (
            SL_IFACES["Servlet"]
            if "Servlet" in cls
            else SL_IFACES["Filter"]
            if "Filter" in cls
            else SL_IFACES["Model"]
            if "Model" in cls
            else SL_IFACES["Job"]
            if "Job" in cls
            else SL_IFACES["Other"]
        )
        return S(
            inst,
            t,
            "INFO",
            "FelixDispatchQueue",
            bundle,
            f"Service [%s,%d, [%s]] ServiceEvent {kind}",
            f"Service [{cls},{sid[inst] if kind == 'REGISTERED' else sid[inst] - r.randint(1, 400)}, {iface}] ServiceEvent {kind}",
        )

    def bundle_event(inst: str, t: datetime, bundle: str, kind: str) -> datetime:
        return S(
            inst,
            t,
            "INFO",
            "FelixDispatchQueue",
            bundle,
            f"BundleEvent {kind}",
            f"BundleEvent {kind}",
        )

    def deploy(inst: str, t: datetime, with_index: bool) -> None:
        # the installer stops and updates the site bundles, refreshes packages, restarts the dependents
        for b, svcs in SL_SITE_BUNDLES:
            t = bundle_event(inst, t + sec(r.uniform(0.05, 0.3)), b, "STOPPING")
            for cls in svcs:
                t = svc_event(inst, t + sec(r.uniform(0.001, 0.02)), b, cls, "UNREGISTERING")
            t = bundle_event(inst, t + sec(r.uniform(0.01, 0.1)), b, "STOPPED")
            t = bundle_event(inst, t + sec(r.uniform(0.2, 1.5)), b, "UPDATED")
        t = S(
            inst,
            t + sec(r.uniform(0.3, 1)),
            "INFO",
            "FelixDispatchQueue",
            "org.apache.felix.framework",
            "FrameworkEvent PACKAGES REFRESHED",
            "FrameworkEvent PACKAGES REFRESHED",
        )
        for b, svcs in SL_DEPENDENT:
            t = bundle_event(inst, t + sec(r.uniform(0.01, 0.1)), b, "STOPPING")
            for cls in svcs:
                t = svc_event(inst, t + sec(r.uniform(0.001, 0.02)), b, cls, "UNREGISTERING")
            t = bundle_event(inst, t + sec(r.uniform(0.01, 0.1)), b, "STOPPED")
            t = bundle_event(inst, t + sec(r.uniform(0.01, 0.05)), b, "UNRESOLVED")
        for b, _ in SL_SITE_BUNDLES + SL_DEPENDENT:
            t = bundle_event(inst, t + sec(r.uniform(0.05, 0.4)), b, "RESOLVED")
        for b, svcs in SL_DEPENDENT + SL_SITE_BUNDLES:
            t = bundle_event(inst, t + sec(r.uniform(0.01, 0.1)), b, "STARTING")
            for cls in svcs:
                t = svc_event(inst, t + sec(r.uniform(0.005, 0.08)), b, cls, "REGISTERED")
            t = bundle_event(inst, t + sec(r.uniform(0.01, 0.1)), b, "STARTED")
        if with_index:
            idx = "/oak:index/exampleLucene"
            t = S(
                inst,
                t + sec(r.uniform(3, 6)),
                "INFO",
                "async-index-update-async",
                "org.apache.jackrabbit.oak.plugins.index.IndexUpdate",
                "[async] Reindexing will be performed for following indexes: [%s]",
                f"[async] Reindexing will be performed for following indexes: [{idx}]",
            )
            took = r.uniform(40, 140)
            S(
                inst,
                t + sec(took),
                "INFO",
                "async-index-update-async",
                "org.apache.jackrabbit.oak.plugins.index.IndexUpdate",
                "[async] Reindexing completed for indexes: [%s] in %s (%d ms)",
                f"[async] Reindexing completed for indexes: [{idx}] in {took:.1f} s ({int(took * 1000)} ms)",
            )

    for inst in ["publish1", "publish2"]:
        for i, d in enumerate(deploys):
            deploy(inst, d + sec(0 if inst == "publish1" else r.uniform(240, 300)), i == 1)
        # the 08:30 release's search component: a query without an index, on every search
        for t in poisson(r, traversing[0], traversing[1], 20):
            if in_any(t, [(deploys[1], deploys[1] + sec(400))]):
                continue
            n = r.choice([10000, 20000, 30000, 40000, 50000])
            term = r.choice(
                ["returns", "shipping", "warranty", "size", "gift card", "invoice", "delivery"]
            )
            S(
                inst,
                t,
                "WARN",
                req(inst),
                "org.apache.jackrabbit.oak.plugins.index.Cursors$TraversingCursor",
                "Traversed %d nodes with filter %s; consider creating an index or changing the query",
                f"Traversed {n} nodes with filter Filter(query=select [jcr:path], [jcr:score], * from [nt:unstructured] as a where contains([text], '{term}') and isdescendantnode(a, '/content/example') /* xpath: /jcr:root/content/example//element(*, nt:unstructured)[jcr:contains(@text, '{term}')] */, path=/content/example//*, fullText=text:\"{term}\"); consider creating an index or changing the query",
            )
        # the sitemap servlet's leaked resolvers, found by the factory's reference queue
        for t in poisson(r, T0, T_END, 300):
            t = S(
                inst,
                t,
                "WARN",
                "Apache Sling Resource Resolver Finalizer Thread",
                "org.apache.sling.resourceresolver.impl.CommonResourceResolverFactoryImpl",
                "Closed unclosed ResourceResolver. The creation stacktrace is available on info log level.",
                "Closed unclosed ResourceResolver. The creation stacktrace is available on info log level.",
            )
            S(
                inst,
                t + sec(0.001),
                "INFO",
                "Apache Sling Resource Resolver Finalizer Thread",
                "org.apache.sling.resourceresolver.impl.CommonResourceResolverFactoryImpl",
                "Unclosed ResourceResolver was created here: ",
                "Unclosed ResourceResolver was created here: ",
                SL_RR_STACK,
            )
        # teasers without an image: the HTL template fails
        for t in poisson(r, T0, T_END, 220 if inst == "publish1" else 260):
            page = r.choice(SL_PAGES)
            S(
                inst,
                t,
                "ERROR",
                f"{req(inst)} GET {page}.html HTTP/1.1",
                "org.apache.sling.engine.impl.SlingRequestProcessorImpl",
                "service: Uncaught SlingException",
                "service: Uncaught SlingException",
                SL_HTL_STACK,
            )
        # scanners on /bin and /system
        for t in poisson(r, T0, T_END, 150):
            path = r.choice(
                [
                    "/bin/querybuilder.json",
                    "/system/console",
                    "/bin/wcm/search/gql.json",
                    "/system/sling/cqform/defaultlogin.html",
                    "/crx/de/index.jsp",
                ]
            )
            S(
                inst,
                t,
                "INFO",
                f"{req(inst)} GET {path} HTTP/1.1",
                "org.apache.sling.auth.core.impl.SlingAuthenticator",
                "getAnonymousResolver: Anonymous access not allowed by configuration - requesting credentials",
                "getAnonymousResolver: Anonymous access not allowed by configuration - requesting credentials",
            )
        # login failures: a few all day, the stuffing run on publish1
        rate = [(T0, stuffing[0], 900), (stuffing[1], T_END, 900)]
        if inst == "publish1":
            rate.append((stuffing[0], stuffing[1], 3.2))
        for a, b, mean in rate:
            for t in poisson(r, a, b, mean):
                user = (
                    r.choice(SL_USERS) if mean < 10 else r.choice(["editor", "j.doe", "m.schmidt"])
                )
                S(
                    inst,
                    t,
                    "INFO",
                    f"{req(inst)} POST /j_security_check HTTP/1.1",
                    "org.apache.sling.auth.core.impl.SlingAuthenticator",
                    "handleLoginFailure: Unable to authenticate %s: UserId/Password mismatch.",
                    f"handleLoginFailure: Unable to authenticate {user}: UserId/Password mismatch.",
                )
    return fs.logs(T0)


SYSTEMS = {
    "livy": livy,
    "geode": geode,
    "nutch": nutch,
    "tez": tez,
    "sling": sling,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
