#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 73 (nexus, argo-workflows, concourse, gitaly, drone) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written; the lines that continue an event (stack traces, a banner, a message's later lines) have
no label. Distinct calls of one process never share a timestamp at the log's resolution
(round 53's Clock). Five CI/CD and artifact tools:

- Sonatype Nexus Repository 3.68 (`nexus.log`: logback's `2024-06-04 06:00:01,123+0000 INFO
  [qtp1234567890-89] admin org.sonatype.nexus.repository.httpbridge.internal.ViewServlet - ...`,
  the thread and the user, `*SYSTEM` by default, before the logger): start-up and shutdown
  (lifecycle phases, repositories restored, Jetty, the banner over five lines), CI clients
  dropping downloads (`Failure servicing: GET ...` with Jetty's `EofException` stack), Docker
  tags that do not exist, tasks (`Task '%s' [%s] state change WAITING -> RUNNING`, `Task log:`,
  `... RUNNING -> WAITING (OK)`), the cleanup service, a blob store compaction and assets left
  pointing at deleted blobs, a soft quota, Shiro's session validation, Maven Central's and
  Docker Hub's timeouts (`Exception ... checking remote for update, proxy repo ...`, `Repository
  status for %s changed from Online to Auto-blocked - reason ...`), the heap filling up
  (HikariCP's thread starvation, `OutOfMemoryError` in requests and a task, H2 closing the
  database, MyBatis' multi-line exception), the restart.
- Argo Workflows 3.5.8 workflow-controller (`workflow-controller-0.log`,
  `workflow-controller-1.log`: the container before and after a restart, logrus text with
  sorted fields and client-go's klog lines among them): start-up (the configuration as one
  escaped line, persistence, leader election), CI workflows of four step groups reconciled
  (`Processing workflow`, `Task-result reconciliation`, `%s node %v initialized %s%s`, `Created
  pod: %s (%s)`, `node changed`, `Workflow update successful`, `node %s phase %s -> %s`, `node %s
  finished: %s`, the Kubernetes requests' `Create pods 201`), failed unit tests and OOM-killed
  builds, a drained node's missing pods, postponements by the parallelism limit, the archive
  database away, TTL deletions, memory statistics every minute, the lease lost.
- Concourse 7.11.2 web node (`web.log`: lager's JSON lines, `{"timestamp":"...","level":"info",
  "source":"atc","message":"atc.scanner.tick.scanning","data":{...}}`, data keys sorted): the
  lidar scanner every minute, the TSA's worker heartbeats every 30 s, builds created and
  tracked, a stalled worker, a check failing after its key was revoked, Postgres restarted.
- Gitaly 16.11.2 (`current`: Omnibus' runit log, logrus JSON with its keys sorted): gRPC calls'
  access lines (`finished unary call with code OK`, `finished streaming call with code OK`,
  with `grpc.*` fields and an `error` field when the code is not OK), the pack-objects cache,
  repository optimisations, a restart, and nine error kinds.
- Drone 2.24 server (`drone.log`: logrus JSON with its keys sorted, debug on): the runners' long
  polls, each request's empty-message debug line, webhooks (`trigger: received`, skips, YAML
  errors, `trigger: build created`), stages run (`manager: accept stage`, `manager: updating
  step status` ...), races and optimistic locks, a renamed repository's webhook, GitHub's rate
  limit, Postgres restarted.

Label notes. The rules of rounds 51 to 71 hold. Nexus' time, level, thread, user and logger;
logrus' time, level and fields (Argo's `namespace=`, `workflow=`, ...); klog's header; lager's
timestamp, level, source and data keys; Gitaly's and Drone's JSON keys other than `msg` are
context, and the message is the label. An `error` field made from a format of its own
contributes that format after the message (`Mark error node error=pod deleted`, as rounds 66
and 69); the same for lager's `data.error`. A gRPC code, a node type, a Kubernetes verb and
resource, a phase, a task's result and the listener's scheme are values (the program computes
them: `"finished unary call with code " + code.String()`); round 44's argocd labelled the code
as wording. An exception's text inside a message contributes its format (Nexus' `Exception
java.net.SocketTimeoutException: Read timed out checking remote ...`, `(ID %s) Unexpected
exception: java.lang.OutOfMemoryError: Java heap space`); a stack trace, the banner's lines and
MyBatis' `###` lines belong to their event. Drone's request line, whose message is empty, is
labelled `(the request's line, no message)`. Drone's and Gitaly's keys are written sorted as
logrus' JSONFormatter writes a map (`level` and `msg` among the others).

Sources: written from the helper's knowledge, with two texts checked against Concourse's source
(the scanner's `start` / `end` / `failed-to-get-resources` / `failed-to-create-check` and the
interval runner's `failed-to-find-component` / `failed-to-run` / `failed-to-update-last-ran`);
least sure, many invented where the text was not at hand: Nexus' start-up order, `Restoring
repository: %s`, the task state line's `(OK)` suffix, the quota, compaction, Docker GC and
V2Handlers lines and the cleanup service's wording; Argo's start-up lines, `Failed to get pod`,
`Failed to archive workflow`, `Zero old offloads, nothing to do` and whether the Kubernetes
request lines are logged at info; most of Concourse's lager message names (`atc.listening`,
`tsa.listening`, the TSA heartbeat and register names, `atc.scheduler.schedule-job.created-build`,
`atc.tracker.track.*`, `atc.worker-lifecycle.marked-workers-as-stalled`, the API handlers'
names) and its errors' texts; Gitaly's start-up, shutdown, cache and housekeeping lines
(`generated bytes`, `served bytes`, `optimized repository`) and its errors' descriptions;
Drone's `trigger: build created`, `manager: cannot request queue item`, `manager: cannot update
step` / `stage`, `api: cannot parse webhook`, `api: cannot synchronize account` and the cron
lines. Run it only to change the data on purpose: `python bench/heldout/generate_round73.py
[SYSTEM ...]`.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round52 import iso_ms, secs
from generate_round55 import at, poisson
from generate_round65 import Out
from generate_round68 import jframes
from generate_round69 import lq


def ms(t: datetime) -> str:
    return f"{t.microsecond // 1000:03d}"


def jdump(obj: dict[str, object]) -> str:
    """One JSON object as Go's encoding/json writes it: no blanks, `<`, `>` and `&` escaped."""
    s = json.dumps(obj, separators=(",", ":"), ensure_ascii=False)
    return s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def sorted_json(obj: dict[str, object]) -> str:
    """A Go map (logrus' JSONFormatter, lager's data) written with its keys sorted."""
    return jdump(dict(sorted(obj.items())))


# --------------------------------------------------------------------------------- nexus

NX_VERSION = "3.68.1-02"
NX_VS = "org.sonatype.nexus.repository.httpbridge.internal.ViewServlet"
NX_QTI = "org.sonatype.nexus.quartz.internal.task.QuartzTaskInfo"
NX_PROXY = "org.sonatype.nexus.repository.proxy.ProxyFacetSupport"
NX_HTTP = "org.sonatype.nexus.repository.httpclient.internal.HttpClientFacetImpl"
NX_FBS = "org.sonatype.nexus.blobstore.file.FileBlobStore"
NX_HIKARI = "com.zaxxer.hikari.pool.HikariPool"
NX_MAVEN = [
    "org/springframework/boot/spring-boot-dependencies/3.2.5/spring-boot-dependencies-3.2.5.pom",
    "org/springframework/spring-core/6.1.6/spring-core-6.1.6.jar",
    "com/fasterxml/jackson/core/jackson-databind/2.17.1/jackson-databind-2.17.1.pom",
    "io/micrometer/micrometer-core/maven-metadata.xml",
    "org/apache/maven/plugins/maven-surefire-plugin/maven-metadata.xml",
    "org/projectlombok/lombok/1.18.32/lombok-1.18.32.jar",
    "com/google/guava/guava/33.2.0-jre/guava-33.2.0-jre.pom",
    "org/postgresql/postgresql/42.7.3/postgresql-42.7.3.jar",
    "io/netty/netty-bom/4.1.109.Final/netty-bom-4.1.109.Final.pom",
    "org/junit/junit-bom/5.10.2/junit-bom-5.10.2.pom",
]
NX_NPM = [
    "react",
    "@babel%2fcore",
    "typescript",
    "lodash",
    "@types%2fnode",
    "vite",
    "eslint",
    "express",
    "@nestjs%2fcore",
    "axios",
]
NX_DOCKER_MISSING = [
    ("shop/api", "pr-1412"),
    ("shop/api", "sha-3f9c2e1"),
    ("shop/web", "pr-877"),
    ("library/node", "20.11-alpine3.21"),
    ("shop/worker", "latest"),
    ("library/postgres", "16.3-bookworm-slim"),
]
NX_TASKS = {
    "storage": ("Storage facet cleanup", "repository.storage-facet-cleanup"),
    "cleanup": ("Cleanup service", "repository.cleanup"),
    "compact": ("Compact blob store", "blobstore.compact"),
    "docker": ("Docker - Delete unused manifests and images", "repository.docker.gc"),
    "index": ("Rebuild repository search", "repository.rebuild-index"),
}
NX_EOF = [
    "org.eclipse.jetty.io.EofException: null",
    *jframes(
        "org.eclipse.jetty.io.ChannelEndPoint.flush(ChannelEndPoint.java:286)",
        "org.eclipse.jetty.io.WriteFlusher.flush(WriteFlusher.java:422)",
        "org.eclipse.jetty.io.WriteFlusher.write(WriteFlusher.java:277)",
        "org.eclipse.jetty.io.AbstractEndPoint.write(AbstractEndPoint.java:381)",
        "org.eclipse.jetty.server.HttpConnection$SendCallback.process(HttpConnection.java:831)",
        "org.eclipse.jetty.util.IteratingCallback.processing(IteratingCallback.java:243)",
        "org.eclipse.jetty.server.HttpOutput.write(HttpOutput.java:820)",
        "org.sonatype.nexus.repository.view.payloads.StreamPayload.copy(StreamPayload.java:56)",
        "org.sonatype.nexus.repository.httpbridge.internal.HttpResponseSenderImpl.send(HttpResponseSenderImpl.java:77)",
        "org.sonatype.nexus.repository.httpbridge.internal.ViewServlet.dispatchAndSend(ViewServlet.java:215)",
        "org.sonatype.nexus.repository.httpbridge.internal.ViewServlet.doService(ViewServlet.java:177)",
        "org.sonatype.nexus.repository.httpbridge.internal.ViewServlet.service(ViewServlet.java:126)",
        "javax.servlet.http.HttpServlet.service(HttpServlet.java:750)",
    ),
    "Caused by: java.io.IOException: Broken pipe",
    *jframes(
        "java.base/sun.nio.ch.FileDispatcherImpl.write0(Native Method)",
        "java.base/sun.nio.ch.SocketDispatcher.write(SocketDispatcher.java:62)",
        "java.base/sun.nio.ch.IOUtil.writeFromNativeBuffer(IOUtil.java:132)",
        "java.base/sun.nio.ch.SocketChannelImpl.write(SocketChannelImpl.java:527)",
        "org.eclipse.jetty.io.ChannelEndPoint.flush(ChannelEndPoint.java:264)",
    ),
    "\t... 86 common frames omitted",
]


def nx_oom_frames(top: str) -> list[str]:
    return [
        "java.lang.OutOfMemoryError: Java heap space",
        *jframes(
            "java.base/java.util.Arrays.copyOf(Arrays.java:3537)",
            "java.base/java.io.ByteArrayOutputStream.ensureCapacity(ByteArrayOutputStream.java:100)",
            "java.base/java.io.ByteArrayOutputStream.write(ByteArrayOutputStream.java:132)",
            "com.fasterxml.jackson.core.json.UTF8JsonGenerator._flushBuffer(UTF8JsonGenerator.java:2203)",
            top,
            "org.sonatype.nexus.repository.npm.internal.NpmMetadataUtils.merge(NpmMetadataUtils.java:161)",
            "org.sonatype.nexus.repository.npm.internal.NpmGroupFacet.buildMergedPackageRoot(NpmGroupFacet.java:247)",
        ),
    ]


NX_H2_CLOSED = "The database has been closed [90098-224]"
NX_MYBATIS = (
    "org.apache.ibatis.exceptions.PersistenceException: \n"
    "### Error querying database.  Cause: org.h2.jdbc.JdbcSQLNonTransientConnectionException: The database has been closed [90098-224]\n"
    "### The error may exist in org/sonatype/nexus/repository/content/store/AssetDAO.xml\n"
    "### The error may involve org.sonatype.nexus.repository.content.store.AssetDAO.readPathTest\n"
    "### The error occurred while executing a query\n"
    "### Cause: org.h2.jdbc.JdbcSQLNonTransientConnectionException: The database has been closed [90098-224]"
)
NX_MYBATIS_FMT = "org.apache.ibatis.exceptions.PersistenceException: ### Error querying database.  Cause: org.h2.jdbc.JdbcSQLNonTransientConnectionException: The database has been closed [%d-%d] ..."


def nexus(r: random.Random) -> list[Log]:
    """Sonatype Nexus Repository 3.68.1 (H2 database, one file blob store `default` and one
    `docker`), `nexus.log` 06:00 to 12:00. CI agents pull Maven, npm and Docker content all
    day through proxies and groups; builds drop connections mid-download (`Failure servicing`
    with Jetty's `EofException` and its stack); CI pulls Docker tags that do not exist. The
    storage facet cleanup runs every 10 minutes, the cleanup service at 07:00, the blob store
    compaction at 08:00 (after which a few assets point to blobs that are gone), the Docker GC
    at 09:00. Maven Central times out from 07:12 (read timeouts, the proxy auto-blocked and
    back several times) and Docker Hub's connection times out from 08:30. From 10:05 an npm
    group's merged metadata fills the heap (HikariCP's thread-starvation warnings, then
    `OutOfMemoryError` in requests and the search rebuild, H2 closing the database, requests
    failing with MyBatis' multi-line exception); the admin restarts Nexus at 10:31."""

    def head(t: datetime, lvl: str, ctx: str) -> str:
        thread, user, logger = ctx.split("|")
        return f"{t:%Y-%m-%d %H:%M:%S},{ms(t)}+0000 {lvl:<5} [{thread}] {user} {logger} - "

    o = Out(1000, ["n"], head)
    t0, t_end = at(6, 0, 2), at(12, 0, 0)
    maven_bad = [(at(7, 12), at(7, 58)), (at(9, 40), at(9, 52))]
    docker_bad = (at(8, 30), at(8, 54))
    heap_tight, oom, down, up = at(10, 5), at(10, 16), at(10, 31, 5), at(10, 32, 10)
    qtp = "qtp" + str(r.randrange(10**9, 2 * 10**9))
    missing_blobs = [f"{uuid4(r)}" for _ in range(7)]

    def N(
        t: datetime,
        lvl: str,
        thread: str,
        user: str,
        logger: str,
        fmt: str,
        msg: str,
        cont: list[str] | None = None,
    ) -> datetime:
        return o.e("n", t, fmt, lvl=lvl, ctx=f"{thread}|{user}|{logger}", msg=msg, cont=cont or [])

    def worker() -> str:
        return f"{qtp}-{r.randrange(60, 420)}"

    def quartz() -> str:
        return f"quartz-{r.choice([5, 6, 7])}-thread-{r.randrange(1, 21)}"

    def alive(t: datetime) -> bool:
        return not (down <= t < up)

    def startup(t: datetime) -> datetime:
        F = "FelixStartLevel"
        t = N(
            t,
            "INFO",
            "FelixStartLevel",
            "*SYSTEM",
            "org.sonatype.nexus.pax.logging.NexusLogActivator",
            "start",
            "start",
        )
        t = N(
            t + secs(r, 0.2, 0.6),
            "INFO",
            F,
            "*SYSTEM",
            "org.sonatype.nexus.features.internal.FeaturesWrapper",
            "Fast FeaturesService starting",
            "Fast FeaturesService starting",
        )
        t = N(
            t + secs(r, 2, 4),
            "INFO",
            F,
            "*SYSTEM",
            "org.sonatype.nexus.bootstrap.jetty.JettyServer",
            "Running",
            "Running",
        )
        t = N(
            t + secs(r, 0.01, 0.05),
            "INFO",
            F,
            "*SYSTEM",
            "org.sonatype.nexus.bootstrap.jetty.JettyServer",
            "Initializing",
            "Initializing",
        )
        t = N(
            t + secs(r, 0.1, 0.4),
            "INFO",
            F,
            "*SYSTEM",
            "org.eclipse.jetty.server.Server",
            "jetty-%s; built: %s; git: %s; jvm %s",
            "jetty-9.4.54.v20240208; built: 2024-02-08T19:42:39.027Z; git: cef3fbd6d736a21e7d541a5db490381d95a2047d; jvm 17.0.11+9",
        )
        for phase in (
            "KERNEL",
            "STORAGE",
            "RESTORE",
            "UPGRADE",
            "SCHEMAS",
            "EVENTS",
            "SECURITY",
            "SERVICES",
            "REPOSITORIES",
            "TASKS",
            "CAPABILITIES",
        ):
            t = N(
                t + secs(r, 0.2, 3),
                "INFO",
                F,
                "*SYSTEM",
                "org.sonatype.nexus.extender.NexusLifecycleManager",
                "Start %s",
                f"Start {phase}",
            )
            if phase == "STORAGE":
                t = N(
                    t + secs(r, 0.1, 0.3),
                    "INFO",
                    F,
                    "*SYSTEM",
                    NX_HIKARI.replace(".pool.HikariPool", ".HikariDataSource"),
                    "%s - Starting...",
                    "nexus - Starting...",
                )
                t = N(
                    t + secs(r, 0.1, 0.4),
                    "INFO",
                    F,
                    "*SYSTEM",
                    NX_HIKARI.replace(".pool.HikariPool", ".HikariDataSource"),
                    "%s - Start completed.",
                    "nexus - Start completed.",
                )
            if phase == "REPOSITORIES":
                for repo in (
                    "maven-central",
                    "maven-releases",
                    "maven-snapshots",
                    "maven-public",
                    "npm-proxy",
                    "npm-hosted",
                    "npm-group",
                    "docker-hub",
                    "docker-hosted",
                    "docker-group",
                ):
                    t = N(
                        t + secs(r, 0.02, 0.2),
                        "INFO",
                        F,
                        "*SYSTEM",
                        "org.sonatype.nexus.repository.manager.internal.RepositoryManagerImpl",
                        "Restoring repository: %s",
                        f"Restoring repository: {repo}",
                    )
        t = N(
            t + secs(r, 1, 3),
            "INFO",
            "jetty-main-1",
            "*SYSTEM",
            "org.eclipse.jetty.server.AbstractConnector",
            "Started %s",
            f"Started ServerConnector@{hexid(r, 8)}{{HTTP/1.1, (http/1.1)}}{{0.0.0.0:8081}}",
        )
        t = N(
            t + secs(r, 0.01, 0.05),
            "INFO",
            "jetty-main-1",
            "*SYSTEM",
            "org.eclipse.jetty.server.Server",
            "Started @%dms",
            f"Started @{r.randrange(58000, 74000)}ms",
        )
        banner = f"\n-------------------------------------------------\n\nStarted Sonatype Nexus COMMUNITY {NX_VERSION}\n\n-------------------------------------------------"
        return N(
            t + secs(r, 0.01, 0.05),
            "INFO",
            "jetty-main-1",
            "*SYSTEM",
            "org.sonatype.nexus.bootstrap.jetty.JettyServer",
            "\\n---\\n\\nStarted Sonatype Nexus %s %s\\n\\n---",
            banner,
        )

    def shutdown(t: datetime) -> datetime:
        S = "FelixShutdown"
        t = N(
            t,
            "INFO",
            S,
            "*SYSTEM",
            "org.sonatype.nexus.pax.logging.NexusLogActivator",
            "stop",
            "stop",
        )
        t = N(
            t + secs(r, 0.01, 0.1),
            "INFO",
            S,
            "*SYSTEM",
            "org.sonatype.nexus.bootstrap.jetty.JettyServer",
            "Stopping",
            "Stopping",
        )
        t = N(
            t + secs(r, 0.1, 0.4),
            "INFO",
            S,
            "*SYSTEM",
            "org.eclipse.jetty.server.AbstractConnector",
            "Stopped %s",
            f"Stopped ServerConnector@{hexid(r, 8)}{{HTTP/1.1, (http/1.1)}}{{0.0.0.0:8081}}",
        )
        for phase in (
            "CAPABILITIES",
            "TASKS",
            "REPOSITORIES",
            "SERVICES",
            "SECURITY",
            "EVENTS",
            "SCHEMAS",
            "UPGRADE",
            "RESTORE",
            "STORAGE",
            "KERNEL",
        ):
            t = N(
                t + secs(r, 0.05, 1.5),
                "INFO",
                S,
                "*SYSTEM",
                "org.sonatype.nexus.extender.NexusLifecycleManager",
                "Stop %s",
                f"Stop {phase}",
            )
            if phase == "STORAGE":
                t = N(
                    t + secs(r, 0.1, 0.3),
                    "INFO",
                    S,
                    "*SYSTEM",
                    NX_HIKARI.replace(".pool.HikariPool", ".HikariDataSource"),
                    "%s - Shutdown initiated...",
                    "nexus - Shutdown initiated...",
                )
                t = N(
                    t + secs(r, 0.1, 0.3),
                    "INFO",
                    S,
                    "*SYSTEM",
                    NX_HIKARI.replace(".pool.HikariPool", ".HikariDataSource"),
                    "%s - Shutdown completed.",
                    "nexus - Shutdown completed.",
                )
        return t

    def task(t: datetime, key: str, body=None, fail: list[str] | None = None) -> datetime:
        name, kind = NX_TASKS[key]
        th = quartz()
        t = N(
            t,
            "INFO",
            th,
            "*SYSTEM",
            NX_QTI,
            "Task '%s' [%s] state change %s -> %s",
            f"Task '{name}' [{kind}] state change WAITING -> RUNNING",
        )
        if key != "storage":
            t = N(
                t + secs(r, 0.005, 0.03),
                "INFO",
                th,
                "*SYSTEM",
                f"org.sonatype.nexus.{'cleanup.internal.task.CleanupTask' if key == 'cleanup' else 'blobstore.compact.internal.CompactBlobStoreTask' if key == 'compact' else 'repository.docker.tasks.DockerGCTask' if key == 'docker' else 'repository.search.index.RebuildIndexTask'}",
                "Task log: %s",
                f"Task log: /nexus-data/log/tasks/{kind}-{t:%Y%m%d%H%M%S}{ms(t)}.log",
            )
        if body is not None:
            t = body(t + secs(r, 0.05, 0.5), th)
        if fail is not None:
            t = N(
                t + secs(r, 0.01, 0.2),
                "ERROR",
                th,
                "*SYSTEM",
                "org.sonatype.nexus.quartz.internal.task.QuartzTaskJob",
                "Task '%s' [%s] execution failure",
                f"Task '{name}' [{kind}] execution failure",
                fail,
            )
            return N(
                t + secs(r, 0.005, 0.02),
                "INFO",
                th,
                "*SYSTEM",
                NX_QTI,
                "Task '%s' [%s] state change %s -> %s (%s)",
                f"Task '{name}' [{kind}] state change RUNNING -> WAITING (FAILED)",
            )
        return N(
            t + secs(r, 0.05, 2 if key == "storage" else 20),
            "INFO",
            th,
            "*SYSTEM",
            NX_QTI,
            "Task '%s' [%s] state change %s -> %s (%s)",
            f"Task '{name}' [{kind}] state change RUNNING -> WAITING (OK)",
        )

    def cleanup_body(t: datetime, th: str) -> datetime:
        L = "org.sonatype.nexus.cleanup.internal.service.CleanupServiceImpl"
        for repo, pol in (
            ("maven-snapshots", "snapshots-30d"),
            ("npm-hosted", "prerelease-14d"),
            ("docker-hosted", "pr-images-7d"),
            ("maven-central", "unused-180d"),
        ):
            t = N(
                t + secs(r, 0.1, 2),
                "INFO",
                th,
                "*SYSTEM",
                L,
                "Deleting components in repository %s using policy %s",
                f"Deleting components in repository {repo} using policy {pol}",
            )
            t = N(
                t + secs(r, 3, 40),
                "INFO",
                th,
                "*SYSTEM",
                L,
                "%d components cleaned up for repository %s",
                f"{r.randrange(0, 900)} components cleaned up for repository {repo}",
            )
        return t

    def compact_body(t: datetime, th: str) -> datetime:
        total = r.randrange(18000, 26000)
        for store in ("default", "docker"):
            t = N(
                t,
                "INFO",
                th,
                "*SYSTEM",
                NX_FBS,
                "Begin deleted blobs processing",
                "Begin deleted blobs processing",
            )
            done = 0
            while done < total:
                done = min(total, done + r.randrange(1500, 4000))
                t = N(
                    t + secs(r, 40, 70),
                    "INFO",
                    th,
                    "*SYSTEM",
                    NX_FBS,
                    "Elapsed time: %s, processed: %d/%d",
                    f"Elapsed time: {r.randrange(1, 9)}.{r.randrange(100, 999)} min, processed: {done}/{total}",
                )
            t = N(
                t + secs(r, 0.1, 1),
                "INFO",
                th,
                "*SYSTEM",
                NX_FBS,
                "Deleted blobs processing ended: %d blobs deleted from blob store %s",
                f"Deleted blobs processing ended: {r.randrange(200, 2400)} blobs deleted from blob store {store}",
            )
            total = r.randrange(6000, 9000)
        return t

    def docker_body(t: datetime, th: str) -> datetime:
        L = "org.sonatype.nexus.repository.docker.internal.orient.DockerGCFacetImpl"
        for repo in ("docker-hub", "docker-hosted"):
            t = N(
                t + secs(r, 1, 30),
                "INFO",
                th,
                "*SYSTEM",
                L,
                "Deleted %d unused manifests and %d unused blobs from repository %s",
                f"Deleted {r.randrange(0, 300)} unused manifests and {r.randrange(0, 1200)} unused blobs from repository {repo}",
            )
        return t

    # one-off and periodic work
    startup(t0)
    tk = t0 + timedelta(minutes=10)
    while tk < t_end:
        if alive(tk) and not (oom <= tk < down):
            task(tk + secs(r, 0, 1), "storage")
        tk += timedelta(minutes=10)
    task(at(7, 0, 0) + secs(r, 0, 1), "cleanup", cleanup_body)
    task(at(8, 0, 0) + secs(r, 0, 1), "compact", compact_body)
    task(at(9, 0, 0) + secs(r, 0, 1), "docker", docker_body)

    # Shiro's session validation every hour
    for h in range(6, 12):
        tt = at(h, 41, 17) + secs(r, 0, 1)
        if not alive(tt):
            continue
        th = f"SessionValidationThread-{1 if tt < down else 2}"
        tt = N(
            tt,
            "INFO",
            th,
            "*SYSTEM",
            "org.apache.shiro.session.mgt.AbstractValidatingSessionManager",
            "Validating all active sessions...",
            "Validating all active sessions...",
        )
        n = r.choice([0, 0, 1, 2])
        if n:
            N(
                tt + secs(r, 0.01, 0.05),
                "INFO",
                th,
                "*SYSTEM",
                "org.apache.shiro.session.mgt.AbstractValidatingSessionManager",
                "Finished session validation.  [%s] sessions were stopped.",
                f"Finished session validation.  [{n}] sessions were stopped.",
            )
        else:
            N(
                tt + secs(r, 0.01, 0.05),
                "INFO",
                th,
                "*SYSTEM",
                "org.apache.shiro.session.mgt.AbstractValidatingSessionManager",
                "Finished session validation.  No sessions were stopped.",
                "Finished session validation.  No sessions were stopped.",
            )

    # the soft quota of the default blob store, checked every five minutes from 06:40
    tq = at(6, 40, 30)
    while tq < t_end:
        if alive(tq) and tq < at(9, 1):
            used = 45.0 + (tq - t0).total_seconds() / 3600 * 0.9 + r.uniform(0, 0.1)
            N(
                tq + secs(r, 0, 1),
                "WARN",
                quartz(),
                "*SYSTEM",
                "org.sonatype.nexus.blobstore.quota.internal.BlobStoreQuotaHealthCheckImpl",
                "Blob store %s is violating its quota: %s",
                f"Blob store default is violating its quota: Blob store default is using {used:.2f} GB space and has a limit of 45.00 GB",
            )
        tq += timedelta(minutes=5)

    # clients dropping connections mid-download
    for tt in poisson(r, t0 + timedelta(minutes=3), t_end, 26):
        if not alive(tt) or (oom <= tt < down):
            continue
        kind = r.choice(["maven", "maven", "npm", "docker"])
        if kind == "maven":
            uri = f"/repository/maven-public/{r.choice(NX_MAVEN)}"
        elif kind == "npm":
            p = r.choice(NX_NPM)
            uri = f"/repository/npm-group/{p}/-/{p.split('%2f')[-1]}-{r.randrange(1, 20)}.{r.randrange(0, 30)}.{r.randrange(0, 9)}.tgz"
        else:
            uri = f"/repository/docker-group/v2/shop/api/blobs/sha256:{hexid(r, 64)}"
        N(
            tt,
            "WARN",
            worker(),
            r.choice(["anonymous", "anonymous", "ci-deployer"]),
            NX_VS,
            "Failure servicing: %s %s",
            f"Failure servicing: GET {uri}",
            NX_EOF,
        )

    # CI pulling Docker tags that do not exist
    for tt in poisson(r, t0 + timedelta(minutes=1), t_end, 30):
        if not alive(tt) or (oom <= tt < down):
            continue
        img, tag = r.choice(NX_DOCKER_MISSING)
        N(
            tt,
            "WARN",
            worker(),
            "ci-deployer",
            "org.sonatype.nexus.repository.docker.internal.V2Handlers",
            "Error: %s %s: %s - %s",
            f"Error: GET /v2/{img}/manifests/{tag}: 404 - org.sonatype.nexus.repository.docker.internal.V2Exception: manifest unknown to registry",
        )

    # assets whose blobs the compaction removed
    for tt in poisson(r, at(8, 24), t_end, 60):
        if not alive(tt) or (oom <= tt < down):
            continue
        i = r.randrange(len(missing_blobs))
        N(
            tt,
            "WARN",
            worker(),
            "anonymous",
            NX_FBS,
            "Attempt to access non-existent blob %s (%s)",
            f"Attempt to access non-existent blob {missing_blobs[i]} (/nexus-data/blobs/default/content/vol-{r.randrange(1, 43):02d}/chap-{r.randrange(1, 47):02d}/{missing_blobs[i]}.properties)",
        )

    # Maven Central timing out, the proxy auto-blocked and back
    for b0, b1 in maven_bad:
        tt = b0
        online = True
        while tt < b1:
            if online:
                for _ in range(r.randrange(4, 14)):
                    tt += secs(r, 2, 25)
                    path = r.choice(NX_MAVEN)
                    if r.random() < 0.55 and not path.endswith("maven-metadata.xml"):
                        N(
                            tt,
                            "WARN",
                            worker(),
                            "anonymous",
                            NX_PROXY,
                            "Exception java.net.SocketTimeoutException: Read timed out checking remote for update, proxy repo %s failed to fetch %s, content not in cache.",
                            f"Exception java.net.SocketTimeoutException: Read timed out checking remote for update, proxy repo maven-central failed to fetch {path}, content not in cache.",
                        )
                    else:
                        N(
                            tt,
                            "WARN",
                            worker(),
                            "anonymous",
                            NX_PROXY,
                            "Exception java.net.SocketTimeoutException: Read timed out checking remote for update, proxy repo %s failed to fetch %s, using cached content",
                            f"Exception java.net.SocketTimeoutException: Read timed out checking remote for update, proxy repo maven-central failed to fetch {path}, using cached content",
                        )
                tt = N(
                    tt + secs(r, 0.01, 0.2),
                    "INFO",
                    worker(),
                    "anonymous",
                    NX_HTTP,
                    "Repository status for %s changed from %s to %s - reason %s for %s",
                    "Repository status for maven-central changed from Online to Auto-blocked - reason Read timed out for https://repo1.maven.org/maven2/",
                )
                online = False
                tt += secs(r, 90, 300)
            else:
                tt = N(
                    tt,
                    "INFO",
                    quartz(),
                    "*SYSTEM",
                    NX_HTTP,
                    "Repository status for %s changed from %s to %s",
                    "Repository status for maven-central changed from Auto-blocked to Online",
                )
                online = True
        if not online:
            N(
                b1 + secs(r, 5, 60),
                "INFO",
                quartz(),
                "*SYSTEM",
                NX_HTTP,
                "Repository status for %s changed from %s to %s",
                "Repository status for maven-central changed from Auto-blocked to Online",
            )

    # Docker Hub's connection timing out
    tt = docker_bad[0]
    dh_ip = ["54.236.113.205", "54.198.86.24", "3.219.239.5"]
    while tt < docker_bad[1]:
        for _ in range(r.randrange(3, 9)):
            tt += secs(r, 3, 30)
            img = r.choice(
                [
                    "library/node",
                    "library/postgres",
                    "library/redis",
                    "library/nginx",
                    "bitnami/kubectl",
                ]
            )
            N(
                tt,
                "WARN",
                worker(),
                "ci-deployer",
                NX_PROXY,
                "Exception org.apache.http.conn.ConnectTimeoutException: Connect to %s [%s] failed: Connect timed out checking remote for update, proxy repo %s failed to fetch %s, content not in cache.",
                f"Exception org.apache.http.conn.ConnectTimeoutException: Connect to registry-1.docker.io:443 [registry-1.docker.io/{r.choice(dh_ip)}] failed: Connect timed out checking remote for update, proxy repo docker-hub failed to fetch /v2/{img}/manifests/{r.choice(['latest', '20-alpine', '16', '7.2', '1.27'])}, content not in cache.",
            )
        tt = N(
            tt + secs(r, 0.01, 0.2),
            "INFO",
            worker(),
            "ci-deployer",
            NX_HTTP,
            "Repository status for %s changed from %s to %s - reason %s for %s",
            f"Repository status for docker-hub changed from Online to Auto-blocked - reason Connect to registry-1.docker.io:443 [registry-1.docker.io/{r.choice(dh_ip)}] failed: Connect timed out for https://registry-1.docker.io",
        )
        tt += secs(r, 120, 360)
        tt = N(
            tt,
            "INFO",
            quartz(),
            "*SYSTEM",
            NX_HTTP,
            "Repository status for %s changed from %s to %s",
            "Repository status for docker-hub changed from Auto-blocked to Online",
        )

    # the heap filling up, the database closed, the restart
    tt = heap_tight
    while tt < oom:
        tt += secs(r, 40, 120)
        N(
            tt,
            "WARN",
            "nexus housekeeper",
            "*SYSTEM",
            NX_HIKARI,
            "%s - Thread starvation or clock leap detected (housekeeper delta=%s).",
            f"nexus - Thread starvation or clock leap detected (housekeeper delta={r.randrange(1, 3)}m{r.randrange(1, 59)}s{r.randrange(1, 999)}ms{r.randrange(100, 999)}\u00b5s{r.randrange(100, 999)}ns).",
        )
    tt = oom
    for i in range(3):
        p = r.choice(["@types%2fnode", "typescript", "@babel%2fcore"])
        tt = N(
            tt + secs(r, 1, 20),
            "WARN",
            worker(),
            "anonymous",
            "org.eclipse.jetty.server.HttpChannel",
            "%s",
            f"/repository/npm-group/{p}",
            nx_oom_frames(
                "com.fasterxml.jackson.core.json.UTF8JsonGenerator.writeString(UTF8JsonGenerator.java:522)"
            ),
        )
        if i == 1:
            tt = N(
                tt + secs(r, 0.5, 3),
                "ERROR",
                quartz(),
                "*SYSTEM",
                "org.sonatype.nexus.quartz.internal.task.QuartzTaskJob",
                "Task '%s' [%s] execution failure",
                "Task 'Rebuild repository search' [repository.rebuild-index] execution failure",
                nx_oom_frames(
                    "com.fasterxml.jackson.databind.ObjectMapper.writeValueAsBytes(ObjectMapper.java:3918)"
                ),
            )
            tt = N(
                tt + secs(r, 0.005, 0.02),
                "INFO",
                quartz(),
                "*SYSTEM",
                NX_QTI,
                "Task '%s' [%s] state change %s -> %s (%s)",
                "Task 'Rebuild repository search' [repository.rebuild-index] state change RUNNING -> WAITING (FAILED)",
            )
    tt = N(
        tt + secs(r, 2, 6),
        "ERROR",
        worker(),
        "admin",
        "org.sonatype.nexus.siesta.internal.UnexpectedExceptionMapper",
        "(ID %s) Unexpected exception: java.lang.OutOfMemoryError: Java heap space",
        f"(ID {uuid4(r)}) Unexpected exception: java.lang.OutOfMemoryError: Java heap space",
        nx_oom_frames(
            "org.sonatype.nexus.repository.search.query.SearchUtils.toJson(SearchUtils.java:212)"
        ),
    )
    for _ in range(r.randrange(4, 7)):
        tt = N(
            tt + secs(r, 5, 30),
            "WARN",
            "nexus housekeeper",
            "*SYSTEM",
            NX_HIKARI,
            "%s - Failed to validate connection %s (%s). Possibly consider using a shorter maxLifetime value.",
            f"nexus - Failed to validate connection conn{r.randrange(10, 40)}: url=jdbc:h2:file:/nexus-data/db/nexus user=SA ({NX_H2_CLOSED}). Possibly consider using a shorter maxLifetime value.",
        )
    db_frames = [
        *jframes(
            "org.apache.ibatis.exceptions.ExceptionFactory.wrapException(ExceptionFactory.java:30)",
            "org.apache.ibatis.session.defaults.DefaultSqlSession.selectList(DefaultSqlSession.java:156)",
            "org.apache.ibatis.binding.MapperMethod.execute(MapperMethod.java:142)",
            "org.sonatype.nexus.repository.content.store.AssetStore.findByPath(AssetStore.java:162)",
            "org.sonatype.nexus.repository.content.facet.ContentFacetSupport.assets(ContentFacetSupport.java:238)",
        ),
        "Caused by: org.h2.jdbc.JdbcSQLNonTransientConnectionException: The database has been closed [90098-224]",
        *jframes(
            "org.h2.message.DbException.getJdbcSQLException(DbException.java:690)",
            "org.h2.engine.SessionLocal.getTransaction(SessionLocal.java:1589)",
            "org.h2.jdbc.JdbcConnection.prepareStatement(JdbcConnection.java:1102)",
        ),
        "\t... 112 common frames omitted",
        "Caused by: java.lang.OutOfMemoryError: Java heap space",
        "\t... 3 common frames omitted",
    ]
    for t1 in poisson(r, tt, down - timedelta(seconds=5), 9):
        if r.random() < 0.75:
            repo = r.choice(["maven-public", "npm-group", "docker-group"])
            N(
                t1,
                "WARN",
                worker(),
                r.choice(["anonymous", "ci-deployer"]),
                NX_VS,
                "Failure servicing: %s %s",
                f"Failure servicing: GET /repository/{repo}/{r.choice(NX_MAVEN) if repo == 'maven-public' else r.choice(NX_NPM)}",
                NX_MYBATIS.split("\n") + db_frames,
            )
        else:
            N(
                t1,
                "ERROR",
                worker(),
                "admin",
                "org.sonatype.nexus.siesta.internal.UnexpectedExceptionMapper",
                "(ID %s) Unexpected exception: " + NX_MYBATIS_FMT,
                f"(ID {uuid4(r)}) Unexpected exception: {NX_MYBATIS}",
                db_frames,
            )
    tt = shutdown(down)
    startup(up)
    return o.logs(t0, {"n": "nexus.log"})


# --------------------------------------------------------------------------------- argo-workflows

AR_VERSION = "v3.5.8"
AR_CONFIG = (
    "Configuration:\\nartifactRepository:\\n  archiveLogs: true\\n  s3:\\n    accessKeySecret:\\n      key: accesskey\\n      name: argo-artifacts\\n"
    "    bucket: ci-artifacts\\n    endpoint: minio.argo.svc:9000\\n    insecure: true\\n    secretKeySecret:\\n      key: secretkey\\n      name: argo-artifacts\\n"
    "executor:\\n  resources:\\n    limits:\\n      cpu: 500m\\n      memory: 256Mi\\n    requests:\\n      cpu: 100m\\n      memory: 64Mi\\n"
    "initialDelay: 0s\\nmetricsConfig: {}\\nnodeEvents: {}\\nparallelism: 3\\npersistence:\\n  archive: true\\n  connectionPool:\\n    maxIdleConns: 100\\n"
    "    maxOpenConns: 0\\n  nodeStatusOffLoad: true\\n  postgresql:\\n    database: argo\\n    host: argo-postgres.argo.svc\\n    passwordSecret:\\n      key: password\\n"
    "      name: argo-postgres-config\\n    port: 5432\\n    tableName: argo_workflows\\n    userNameSecret:\\n      key: username\\n      name: argo-postgres-config\\n"
    'podSpecLogStrategy: {}\\nsso:\\n  clientId:\\n    key: \\"\\"\\n  clientSecret:\\n    key: \\"\\"\\n  issuer: \\"\\"\\n  redirectUrl: \\"\\"\\n  sessionExpiry: 0s\\n'
    "telemetryConfig: {}\\n"
)
# the CI workflow template's step groups: (step names, seconds each takes)
AR_STEPS = [
    [("checkout", (8, 20))],
    [("unit-test", (60, 240)), ("lint", (25, 70))],
    [("build-image", (90, 300))],
    [("push-image", (10, 40))],
]
AR_KLOG = "leaderelection.go"


def argo_workflows(r: random.Random) -> list[Log]:
    """Argo Workflows 3.5.8's workflow-controller, CI for a shop (namespace `ci`, a
    WorkflowTemplate of four step groups: checkout, unit tests and lint in parallel, the image
    built with kaniko and pushed), the container's output before a restart
    (`workflow-controller-0.log`, 06:00 to 09:41) and after (`workflow-controller-1.log`, to
    12:00). Pushes start a workflow every few minutes (more at 08:00-09:00, when the
    controller's parallelism of 3 postpones some); each reconciliation logs `Processing
    workflow`, the task results, node initialisation, pod creation, `node changed` and
    `Workflow update successful`; a tenth of the unit tests fail (`Pod failed: Error (exit code
    1)`, the step group and the workflow failed) and two image builds are OOM-killed. At 07:35
    a node is drained (`Workflow pod is missing`, `Mark error node error="pod deleted"`). The
    archive database is away from 10:40 to 10:52 (`Failed to archive workflow`). Go's memory
    stats every minute; completed workflows queued for deletion by their TTL and deleted. At
    09:40 the API server is slow: client-go's leader election cannot renew its lease (klog's
    own lines), `stopped leading`, the container exits and starts again."""

    def head(t: datetime, lvl: str, ctx: str) -> str:
        if ctx == "klog":
            return f"{lvl}{t:%m%d %H:%M:%S}.{t.microsecond:06d}       1 "
        return f'time="{iso_ms(t)}" level={lvl} '

    o = Out(1000, ["a", "b"], head)
    t0, t_end = at(6, 0, 4), at(12, 0, 0)
    restart = at(9, 40, 20)
    drain = at(7, 35, 10)
    db_down, db_up = at(10, 40, 0), at(10, 52, 30)
    leader = f"workflow-controller-6c7b9f8d4-{''.join(r.choice('bcdfghjklmnpqrstvwxz2456789') for _ in range(5))}"
    state = {"rv": 48213377}
    spans: list[datetime] = []

    def A(f: str, t: datetime, lvl: str, label: str, msg: str, **fields: object) -> datetime:
        text = f"msg={lq(msg)}"
        if fields:
            text += " " + " ".join(f"{k}={lq(v)}" for k, v in sorted(fields.items()))
        return o.e(f, t, label, lvl=lvl, msg=text)

    def K(f: str, t: datetime, lvl: str, caller: str, label: str, msg: str) -> datetime:
        return o.e(f, t, label, lvl=lvl, ctx="klog", msg=f"{caller}] {msg}")

    def req(f: str, t: datetime, verb: str, kind: str, code: int) -> datetime:
        return A(f, t, "info", "%s %s %d", f"{verb} {kind} {code}")

    def rv() -> int:
        state["rv"] += r.randrange(3, 60)
        return state["rv"]

    def fname(t: datetime) -> str:
        return "a" if t < restart else "b"

    def startup(f: str, t: datetime) -> datetime:
        t = A(f, t, "info", "index config", "index config", indexWorkflowSemaphoreKeys=True)
        t = A(
            f, t + secs(r, 0.001, 0.01), "info", "cron config", "cron config", cronSyncPeriod="10s"
        )
        t = A(
            f,
            t + secs(r, 0.001, 0.01),
            "info",
            "Memoization caches will be garbage-collected if they have not been hit after",
            "Memoization caches will be garbage-collected if they have not been hit after",
            gcAfterNotHitDuration="30s",
        )
        t = A(
            f,
            t + secs(r, 0.001, 0.01),
            "info",
            "not enabling pprof debug endpoints",
            "not enabling pprof debug endpoints",
        )
        t = A(
            f,
            t + secs(r, 0.01, 0.05),
            "info",
            "config map",
            "config map",
            name="workflow-controller-configmap",
        )
        t = req(f, t + secs(r, 0.01, 0.05), "Get", "configmaps", 200)
        t = o.e(
            f, t + secs(r, 0.001, 0.01), "Configuration:\\n%s", lvl="info", msg=f'msg="{AR_CONFIG}"'
        )
        t = A(
            f,
            t + secs(r, 0.01, 0.05),
            "info",
            "Persistence configuration enabled",
            "Persistence configuration enabled",
        )
        t = A(
            f,
            t + secs(r, 0.05, 0.2),
            "info",
            "Persistence Session created successfully",
            "Persistence Session created successfully",
        )
        t = A(
            f,
            t + secs(r, 0.01, 0.05),
            "info",
            "Migrating database schema",
            "Migrating database schema",
            dbType="postgres",
        )
        t = A(
            f,
            t + secs(r, 0.05, 0.3),
            "info",
            "Node status offloading is enabled",
            "Node status offloading is enabled",
        )
        t = A(
            f,
            t + secs(r, 0.001, 0.01),
            "info",
            "Workflow archiving is enabled",
            "Workflow archiving is enabled",
        )
        t = A(
            f,
            t + secs(r, 0.01, 0.05),
            "info",
            "Starting Workflow Controller",
            "Starting Workflow Controller",
            defaultRequeueTime="10s",
            version=AR_VERSION,
        )
        t = A(
            f,
            t + secs(r, 0.001, 0.01),
            "info",
            "Current Worker Numbers",
            "Current Worker Numbers",
            podCleanup=4,
            workflow=32,
            workflowArchive=8,
            workflowTtlWorker=4,
        )
        t = A(f, t + secs(r, 0.001, 0.01), "info", "Watching task results", "Watching task results")
        t = A(
            f,
            t + secs(r, 0.001, 0.01),
            "info",
            "Starting prometheus metrics server at %s",
            "Starting prometheus metrics server at localhost:9090/metrics",
        )
        t = A(
            f,
            t + secs(r, 0.01, 0.05),
            "info",
            "Manager initialized successfully",
            "Manager initialized successfully",
        )
        t = K(
            f,
            t + secs(r, 0.01, 0.05),
            "I",
            f"{AR_KLOG}:250",
            "attempting to acquire leader lease %v...",
            "attempting to acquire leader lease argo/workflow-controller...",
        )
        if f == "b":
            t = A(f, t + secs(r, 0.01, 0.05), "info", "new leader", "new leader", leader=leader)
            t += secs(r, 14, 17)
        t = K(
            f,
            t + secs(r, 0.01, 0.2),
            "I",
            f"{AR_KLOG}:260",
            "successfully acquired lease %v",
            "successfully acquired lease argo/workflow-controller",
        )
        t = A(f, t + secs(r, 0.001, 0.01), "info", "started leading", "started leading", id=leader)
        t = A(
            f,
            t + secs(r, 0.01, 0.05),
            "info",
            "Starting workflow TTL controller (resync %v, workers %d)",
            "Starting workflow TTL controller (resync 20m0s, workers 4)",
        )
        t = A(
            f,
            t + secs(r, 0.001, 0.01),
            "info",
            "Started workflow TTL worker",
            "Started workflow TTL worker",
        )
        t = A(
            f,
            t + secs(r, 0.001, 0.01),
            "info",
            "Starting workflow garbage collector controller (retentionWorkers %d)",
            "Starting workflow garbage collector controller (retentionWorkers 4)",
        )
        t = A(
            f,
            t + secs(r, 0.001, 0.01),
            "info",
            "Started workflow garbage collection",
            "Started workflow garbage collection",
        )
        return A(
            f,
            t + secs(r, 0.001, 0.01),
            "info",
            "Performing periodic GC every %s",
            "Performing periodic GC every 5m0s",
        )

    startup("a", t0)
    leader = f"workflow-controller-6c7b9f8d4-{''.join(r.choice('bcdfghjklmnpqrstvwxz2456789') for _ in range(5))}"
    startup("b", restart + secs(r, 20, 30))
    b_ready = restart + timedelta(seconds=50)

    # the API server slow: the lease not renewed, the container exits
    t = restart - timedelta(seconds=11)
    lease = "https://10.96.0.1:443/apis/coordination.k8s.io/v1/namespaces/argo/leases/workflow-controller?timeout=5s"
    t = K(
        "a",
        t,
        "E",
        f"{AR_KLOG}:332",
        "error retrieving resource lock %v: Get %q: context deadline exceeded",
        f'error retrieving resource lock argo/workflow-controller: Get "{lease}": context deadline exceeded',
    )
    t = K(
        "a",
        t + secs(r, 4.9, 5.1),
        "E",
        f"{AR_KLOG}:369",
        "Failed to update lock: Put %q: context deadline exceeded",
        f'Failed to update lock: Put "{lease}": context deadline exceeded',
    )
    t = K(
        "a",
        t + secs(r, 0.1, 0.3),
        "I",
        f"{AR_KLOG}:285",
        "failed to renew lease %v: timed out waiting for the condition",
        "failed to renew lease argo/workflow-controller: timed out waiting for the condition",
    )
    t = A("a", t + secs(r, 0.001, 0.01), "info", "stopped leading", "stopped leading", id=leader)

    # Go's memory statistics every minute
    for f, a0, a1 in (("a", t0, restart), ("b", b_ready, t_end)):
        tm = a0 + timedelta(seconds=60)
        while tm < a1:
            A(
                f,
                tm + secs(r, 0, 0.01),
                "info",
                "Alloc=%d TotalAlloc=%d Sys=%d NumGC=%d Goroutines=%d",
                f"Alloc={r.randrange(9000, 60000)} TotalAlloc={r.randrange(10**6, 9 * 10**6)} Sys={r.randrange(60000, 120000)} NumGC={r.randrange(40, 900)} Goroutines={r.randrange(160, 260)}",
            )
            tm += timedelta(minutes=1)
        tg = a0 + timedelta(minutes=5)
        while tg < a1:
            A(
                f,
                tg + secs(r, 0, 0.01),
                "info",
                "Zero old offloads, nothing to do",
                "Zero old offloads, nothing to do",
            )
            tg += timedelta(minutes=5)

    def name() -> str:
        return "build-" + "".join(r.choice("bcdfghjklmnpqrstvwxz2456789") for _ in range(5))

    def nid() -> str:
        return str(r.randrange(10**9, 4 * 10**9))

    def update(f: str, t: datetime, wf: str, phase: str) -> datetime:
        return A(
            f,
            t + secs(r, 0.003, 0.02),
            "info",
            "Workflow update successful",
            "Workflow update successful",
            namespace="ci",
            phase=phase,
            resourceVersion=rv(),
            workflow=wf,
        )

    def process(f: str, t: datetime, wf: str, phase: str, results: int) -> datetime:
        t = A(
            f,
            t,
            "info",
            "Processing workflow",
            "Processing workflow",
            Phase=phase,
            ResourceVersion=rv(),
            namespace="ci",
            workflow=wf,
        )
        return A(
            f,
            t + secs(r, 0.001, 0.004),
            "info",
            "Task-result reconciliation",
            "Task-result reconciliation",
            namespace="ci",
            numObjs=results,
            workflow=wf,
        )

    def nchanged(
        f: str,
        t: datetime,
        wf: str,
        node: str,
        old: tuple[str, str, str],
        new: tuple[str, str, str],
    ) -> datetime:
        return A(
            f,
            t + secs(r, 0.001, 0.004),
            "info",
            "node changed",
            "node changed",
            namespace="ci",
            **{
                "new.message": new[0],
                "new.phase": new[1],
                "new.progress": new[2],
                "nodeID": node,
                "old.message": old[0],
                "old.phase": old[1],
                "old.progress": old[2],
                "workflow": wf,
            },
        )

    def finished(f: str, t: datetime, node: str, ft: datetime) -> datetime:
        return A(
            f,
            t + secs(r, 0.0005, 0.002),
            "info",
            "node %s finished: %s",
            f"node {node} finished: {ft:%Y-%m-%d %H:%M:%S}.{ft.microsecond // 1000:03d} +0000 UTC",
        )

    ttl_queue: list[tuple[datetime, str]] = []

    def complete(f: str, t: datetime, wf: str, uid: str, phase: str, msg: str | None) -> datetime:
        t = A(
            f,
            t + secs(r, 0.001, 0.003),
            "info",
            "Updated phase %s -> %s",
            f"Updated phase Running -> {phase}",
        )
        if msg is not None:
            t = A(
                f,
                t + secs(r, 0.001, 0.003),
                "info",
                "Updated message %s -> child '%s' failed",
                f"Updated message  -> {msg}",
            )
        t = A(
            f,
            t + secs(r, 0.001, 0.003),
            "info",
            "Marking workflow completed",
            "Marking workflow completed",
            namespace="ci",
            workflow=wf,
        )
        t = A(
            f,
            t + secs(r, 0.001, 0.003),
            "info",
            "Checking daemoned children of %s",
            f"Checking daemoned children of {wf}",
            namespace="ci",
            workflow=wf,
        )
        t = req(f, t + secs(r, 0.002, 0.01), "Create", "events", 201)
        t = update(f, t, wf, phase)
        if db_down <= t < db_up:
            t = A(
                f,
                t + secs(r, 0.01, 0.05),
                "info",
                "archiving workflow",
                "archiving workflow",
                namespace="ci",
                uid=uid,
                workflow=wf,
            )
            t = A(
                f,
                t + secs(r, 1, 3),
                "error",
                "Failed to archive workflow error=dial tcp %s: connect: connection refused",
                "Failed to archive workflow",
                error="dial tcp 10.104.7.19:5432: connect: connection refused",
                namespace="ci",
                workflow=wf,
            )
        else:
            t = A(
                f,
                t + secs(r, 0.01, 0.05),
                "info",
                "archiving workflow",
                "archiving workflow",
                namespace="ci",
                uid=uid,
                workflow=wf,
            )
        ttl = timedelta(minutes=30) if phase == "Succeeded" else timedelta(hours=2)
        t = A(
            f,
            t + secs(r, 0.01, 0.1),
            "info",
            "Queueing %v workflow %s for delete in %v due to TTL",
            f"Queueing {phase} workflow ci/{wf} for delete in {int(ttl.total_seconds() // 60) - 1}m59s due to TTL",
        )
        ttl_queue.append((t + ttl, wf))
        return t

    def run_workflow(ts: datetime, fail: str | None) -> None:
        f = fname(ts)
        if f == "b" and ts < b_ready:
            ts = b_ready + secs(r, 0, 5)
        wf, uid = name(), uuid4(r)
        while sum(1 for e in spans if e > ts) >= 3:
            A(
                f,
                ts,
                "info",
                "Workflow processing has been postponed due to max parallelism limit",
                "Workflow processing has been postponed due to max parallelism limit",
                key=f"ci/{wf}",
            )
            ts = min(e for e in spans if e > ts) + secs(r, 0.2, 2)
        t = process(f, ts, wf, "", 0)
        t = A(
            f,
            t + secs(r, 0.001, 0.003),
            "info",
            "Updated phase %s -> %s",
            "Updated phase  -> Running",
        )
        root_groups = [f"{wf}-{nid()}" for _ in AR_STEPS]
        t = A(
            f,
            t + secs(r, 0.001, 0.003),
            "info",
            "%s node %v initialized %s%s",
            f"Steps node {wf} initialized Running",
        )
        failed_child = None
        done_pods = 0
        for gi, group in enumerate(AR_STEPS):
            gid = root_groups[gi]
            t = A(
                f,
                t + secs(r, 0.001, 0.003),
                "info",
                "%s node %v initialized %s%s",
                f"StepGroup node {gid} initialized Running",
            )
            pods = []
            for step, dur in group:
                pid = f"{wf}-{nid()}"
                pod = f"{wf}-{step}-{pid.rsplit('-', 1)[1]}"
                t = A(
                    f,
                    t + secs(r, 0.001, 0.003),
                    "info",
                    "%s node %v initialized %s%s",
                    f"Pod node {pid} initialized Pending",
                )
                t = req(f, t + secs(r, 0.005, 0.03), "Create", "pods", 201)
                t = A(
                    f,
                    t + secs(r, 0.001, 0.003),
                    "info",
                    "Created pod: %s (%s)",
                    f"Created pod: {wf}[{gi}].{step} ({pod})",
                    namespace="ci",
                    workflow=wf,
                )
                pods.append((step, pid, pod, dur))
            t = A(
                f,
                t + secs(r, 0.001, 0.003),
                "info",
                "Workflow step group node %s not yet completed",
                f"Workflow step group node {gid} not yet completed",
                namespace="ci",
                workflow=wf,
            )
            t = update(f, t, wf, "Running")
            # the pods start
            t += secs(r, 2, 6)
            f = fname(t)
            t = process(f, t, wf, "Running", done_pods)
            for _step, pid, _pod, _dur in pods:
                t = nchanged(f, t, wf, pid, ("", "Pending", "0/1"), ("", "Running", "0/1"))
            t = A(
                f,
                t + secs(r, 0.001, 0.003),
                "info",
                "Workflow step group node %s not yet completed",
                f"Workflow step group node {gid} not yet completed",
                namespace="ci",
                workflow=wf,
            )
            t = update(f, t, wf, "Running")
            # the pods end, one reconciliation each
            ends = sorted(
                (t + secs(r, *dur), step, pid, pod)
                for step, _pid_, pod, dur in pods
                for pid in [_pid_]
            )
            group_failed = None
            for i, (te, step, pid, pod) in enumerate(ends):
                f = fname(te)
                if f == "b" and te < b_ready:
                    te = b_ready + secs(r, 1, 8)
                t = process(f, te, wf, "Running", done_pods + 1)
                if (
                    drain <= te < drain + timedelta(minutes=6)
                    and step in ("build-image", "unit-test")
                    and failed_child is None
                    and fail is None
                ):
                    A(
                        f,
                        t + secs(r, 0.001, 0.003),
                        "warning",
                        "Failed to get pod error=pods %q not found",
                        "Failed to get pod",
                        error=f'pods "{pod}" not found',
                        namespace="ci",
                        podName=pod,
                    )
                    t = A(
                        f,
                        t + secs(r, 0.004, 0.01),
                        "info",
                        "Workflow pod is missing",
                        "Workflow pod is missing",
                        namespace="ci",
                        nodeName=f"{wf}[{gi}].{step}",
                        nodePhase="Running",
                        recentlyStarted=False,
                        workflow=wf,
                    )
                    t = A(
                        f,
                        t + secs(r, 0.001, 0.003),
                        "info",
                        "Mark error node error=pod deleted",
                        "Mark error node",
                        error="pod deleted",
                        namespace="ci",
                        nodeName=f"{wf}[{gi}].{step}",
                        workflow=wf,
                    )
                    t = nchanged(
                        f, t, wf, pid, ("", "Running", "0/1"), ("pod deleted", "Error", "0/1")
                    )
                    t = A(
                        f,
                        t + secs(r, 0.001, 0.003),
                        "info",
                        "node %s phase %s -> %s",
                        f"node {pid} phase Running -> Error",
                    )
                    t = A(
                        f,
                        t + secs(r, 0.001, 0.003),
                        "info",
                        "node %s message: pod deleted",
                        f"node {pid} message: pod deleted",
                    )
                    t = finished(f, t, pid, t)
                    group_failed = group_failed or pid
                    continue
                pf = None
                if step == "unit-test" and fail == "test":
                    pf = (
                        "Error (exit code 1)",
                        "Pod failed: Error (exit code %d)",
                        "node %s message: Error (exit code %d)",
                    )
                elif step == "build-image" and fail == "oom":
                    pf = (
                        "OOMKilled (exit code 137)",
                        "Pod failed: OOMKilled (exit code %d)",
                        "node %s message: OOMKilled (exit code %d)",
                    )
                if pf is not None:
                    t = A(
                        f,
                        t + secs(r, 0.001, 0.003),
                        "info",
                        pf[1],
                        f"Pod failed: {pf[0]}",
                        displayName=step,
                        namespace="ci",
                        pod=pod,
                        templateName=step,
                        workflow=wf,
                    )
                    t = nchanged(f, t, wf, pid, ("", "Running", "0/1"), (pf[0], "Failed", "0/1"))
                    t = A(
                        f,
                        t + secs(r, 0.001, 0.003),
                        "info",
                        "node %s phase %s -> %s",
                        f"node {pid} phase Running -> Failed",
                    )
                    t = A(
                        f, t + secs(r, 0.001, 0.003), "info", pf[2], f"node {pid} message: {pf[0]}"
                    )
                    t = finished(f, t, pid, te - secs(r, 0.5, 2))
                    group_failed = group_failed or pid
                else:
                    t = nchanged(f, t, wf, pid, ("", "Running", "0/1"), ("", "Succeeded", "1/1"))
                    t = A(
                        f,
                        t + secs(r, 0.001, 0.003),
                        "info",
                        "node %s phase %s -> %s",
                        f"node {pid} phase Running -> Succeeded",
                    )
                    t = finished(f, t, pid, te - secs(r, 0.5, 2))
                done_pods += 1
                if i < len(ends) - 1:
                    t = A(
                        f,
                        t + secs(r, 0.001, 0.003),
                        "info",
                        "Workflow step group node %s not yet completed",
                        f"Workflow step group node {gid} not yet completed",
                        namespace="ci",
                        workflow=wf,
                    )
                t = update(f, t, wf, "Running")
                t = A(
                    f,
                    t + secs(r, 0.05, 0.4),
                    "info",
                    "cleaning up pod",
                    "cleaning up pod",
                    action="labelPodCompleted",
                    key=f"ci/{pod}/labelPodCompleted",
                )
                t = req(f, t + secs(r, 0.005, 0.03), "Patch", "pods", 200)
            t = process(f, t + secs(r, 0.05, 0.3), wf, "Running", done_pods)
            if group_failed is not None:
                t = A(
                    f,
                    t + secs(r, 0.001, 0.003),
                    "info",
                    "Step group node %s deemed failed: child '%s' failed",
                    f"Step group node {gid} deemed failed: child '{group_failed}' failed",
                    namespace="ci",
                    workflow=wf,
                )
                t = A(
                    f,
                    t + secs(r, 0.001, 0.003),
                    "info",
                    "node %s phase %s -> %s",
                    f"node {gid} phase Running -> Failed",
                )
                t = A(
                    f,
                    t + secs(r, 0.001, 0.003),
                    "info",
                    "node %s message: child '%s' failed",
                    f"node {gid} message: child '{group_failed}' failed",
                )
                t = finished(f, t, gid, t)
                t = A(
                    f,
                    t + secs(r, 0.001, 0.003),
                    "info",
                    "node %s phase %s -> %s",
                    f"node {wf} phase Running -> Failed",
                )
                t = A(
                    f,
                    t + secs(r, 0.001, 0.003),
                    "info",
                    "node %s message: child '%s' failed",
                    f"node {wf} message: child '{gid}' failed",
                )
                t = finished(f, t, wf, t)
                spans.append(complete(f, t, wf, uid, "Failed", f"child '{gid}' failed"))
                return
            t = A(
                f,
                t + secs(r, 0.001, 0.003),
                "info",
                "Step group node %s successful",
                f"Step group node {gid} successful",
                namespace="ci",
                workflow=wf,
            )
            t = A(
                f,
                t + secs(r, 0.001, 0.003),
                "info",
                "node %s phase %s -> %s",
                f"node {gid} phase Running -> Succeeded",
            )
            t = finished(f, t, gid, t)
        last = f"{wf}-{nid()}"
        t = A(
            f,
            t + secs(r, 0.001, 0.003),
            "info",
            "Outbound nodes of %s set to %s",
            f"Outbound nodes of {wf} set to [{last}]",
            namespace="ci",
            workflow=wf,
        )
        t = A(
            f,
            t + secs(r, 0.001, 0.003),
            "info",
            "node %s phase %s -> %s",
            f"node {wf} phase Running -> Succeeded",
        )
        t = finished(f, t, wf, t)
        spans.append(complete(f, t, wf, uid, "Succeeded", None))

    starts = (
        poisson(r, t0 + timedelta(minutes=2), at(8, 0), 1800)
        + poisson(r, at(8, 0), at(8, 40), 200)
        + poisson(r, at(9, 0), at(11, 35), 2000)
    )
    starts = sorted(
        [*starts, at(7, 29, 40), at(7, 31, 5), at(10, 33, 20), at(10, 38, 50), at(10, 43, 10)]
    )
    fails = {}
    for i in range(len(starts)):
        if r.random() < 0.12:
            fails[i] = "test"
    for i in r.sample(range(len(starts)), 2):
        fails.setdefault(i, "oom")
    for i, ts in enumerate(starts):
        if restart - timedelta(minutes=8) <= ts < b_ready:
            continue
        run_workflow(ts, fails.get(i))

    # the TTL controller deleting completed workflows
    for tt, wf in sorted(ttl_queue):
        if tt >= t_end or (restart <= tt < b_ready):
            continue
        f = fname(tt)
        tt = A(
            f,
            tt + secs(r, 0.1, 1),
            "info",
            "Deleting TTL expired workflow '%s'",
            f"Deleting TTL expired workflow 'ci/{wf}'",
        )
        req(f, tt + secs(r, 0.005, 0.03), "Delete", "workflows", 200)
    return o.logs(t0, {"a": "workflow-controller-0.log", "b": "workflow-controller-1.log"})


# --------------------------------------------------------------------------------- concourse

CC_PIPELINES = {
    "shop-api": ["repo", "version", "node-image", "release-bucket"],
    "shop-web": ["repo", "node-image"],
    "infra": ["terraform-repo"],
}
CC_JOBS = {
    "shop-api": ["unit", "build", "deploy-staging"],
    "shop-web": ["test", "bundle"],
    "infra": ["plan"],
}
CC_WORKERS = {"worker-1": "10.0.8.21", "worker-2": "10.0.8.22", "worker-3": "10.0.8.23"}
CC_DB = "10.0.8.15:5432"


def ns_iso(t: datetime, r: random.Random) -> str:
    return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}{r.randrange(1000):03d}Z"


def concourse(r: random.Random) -> list[Log]:
    """The web node of Concourse 7.11.2 (`web.log`: `concourse web` with its ATC and TSA,
    lager's JSON lines, `--log-level info`), 06:00 to 08:00, three pipelines of a shop team
    and three workers. The lidar scanner runs every minute and logs each resource it
    scans; the TSA relays each worker's heartbeat every 30 seconds; new versions of a repo
    create builds, each tracked to its end. worker-2 hangs at 06:52 (its heartbeats fail, it is
    marked stalled, the builds and checks placed on it error with `worker worker-2
    disappeared while trying to reach it`) and registers again at 07:14. A git resource
    whose deploy key was revoked fails its checks from 07:05. Postgres restarts at 07:40:
    the first errors are `pq: terminating connection due to administrator command`, then
    `connection refused` for three minutes from every component (the scanner, the interval
    runners of the scheduler, build tracker and collector, the TSA's heartbeats)."""

    o = Out(1000, ["c"], lambda t, lvl, ctx: "")
    t0, t_end = at(6, 0, 1), at(8, 0, 0)
    stall0, stall1 = at(6, 52, 20), at(7, 14, 40)
    revoked = at(7, 5, 0)
    db0, db1 = at(7, 40, 12), at(7, 43, 20)
    sess = {"n": 20}

    def C(
        t: datetime,
        lvl: str,
        source: str,
        message: str,
        data: dict[str, object],
        label: str | None = None,
    ) -> datetime:
        t = o.clock.at("c", t)
        obj = {
            "timestamp": ns_iso(t, r),
            "level": lvl,
            "source": source,
            "message": message,
            "data": dict(sorted(data.items())),
        }
        o.files["c"].add(t, [jdump(obj)], label or message)
        return t

    def session(prefix: str) -> str:
        sess["n"] += 1
        return f"{prefix}.{sess['n']}"

    def db_err(t: datetime) -> str:
        if t < db0 + timedelta(seconds=3):
            return "pq: terminating connection due to administrator command"
        return f"dial tcp {CC_DB}: connect: connection refused"

    def db_label(message: str, t: datetime) -> str:
        if t < db0 + timedelta(seconds=3):
            return f"{message} error=pq: terminating connection due to administrator command"
        return f"{message} error=dial tcp %s: connect: connection refused"

    def db_down(t: datetime) -> bool:
        return db0 <= t < db1

    # start-up: the listeners and the workers registering
    t = C(t0, "info", "atc", "atc.listening", {"debug": "127.0.0.1:8079", "http": "0.0.0.0:8080"})
    t = C(t + secs(r, 0.001, 0.01), "info", "tsa", "tsa.listening", {"addr": "0.0.0.0:2222"})

    # the web UI and fly while Postgres is away
    for ts in poisson(r, db0 + timedelta(seconds=4), db1, 9):
        msg, _lbl = r.choice(
            [
                ("atc.list-all-pipelines.failed-to-get-all-visible-pipelines", None),
                ("atc.list-builds.failed-to-get-builds", None),
                ("atc.get-build.failed-to-get-build", None),
                ("atc.list-workers.failed-to-get-workers", None),
            ]
        )
        C(
            ts,
            "error",
            "atc",
            msg,
            {"error": db_err(ts), "session": session("3")},
            db_label(msg, ts),
        )
    # the scanner's first run into the restart
    C(
        db0 + secs(r, 0.2, 1.5),
        "error",
        "atc",
        "atc.scanner.tick.failed-to-create-check",
        {"error": "pq: terminating connection due to administrator command", "session": "18.0"},
        db_label("atc.scanner.tick.failed-to-create-check", db0),
    )
    C(
        db0 + secs(r, 1.6, 2.5),
        "error",
        "atc",
        "atc.scanner.failed-to-update-last-ran",
        {"error": "pq: terminating connection due to administrator command", "session": "18"},
        db_label("atc.scanner.failed-to-update-last-ran", db0),
    )

    # the lidar scanner, every minute
    tick = t0 + secs(r, 5, 10)
    n = 0
    while tick < t_end:
        n += 1
        s = f"18.{n}"
        if db_down(tick):
            tt = C(tick, "info", "atc", "atc.scanner.tick.start", {"session": s})
            C(
                tt + secs(r, 0.001, 0.01),
                "error",
                "atc",
                "atc.scanner.tick.failed-to-get-resources",
                {"error": db_err(tt), "session": s},
                db_label("atc.scanner.tick.failed-to-get-resources", tt),
            )
            C(tt + secs(r, 0.01, 0.02), "info", "atc", "atc.scanner.tick.end", {"session": s})
            C(
                tt + secs(r, 0.02, 0.03),
                "error",
                "atc",
                "atc.scanner.failed-to-run",
                {"error": db_err(tt), "session": "18"},
                db_label("atc.scanner.failed-to-run", tt),
            )
        else:
            tt = C(tick, "info", "atc", "atc.scanner.tick.start", {"session": s})
            k = 0
            for pipe, resources in CC_PIPELINES.items():
                for res in resources:
                    k += 1
                    tt = C(
                        tt + secs(r, 0.0005, 0.004),
                        "info",
                        "atc",
                        "atc.scanner.tick.scanning",
                        {"pipeline": pipe, "resource": res, "session": f"{s}.{k}", "team": "main"},
                    )
                    if pipe == "infra" and tick >= revoked:
                        C(
                            tt + secs(r, 0.4, 3),
                            "error",
                            "atc",
                            "atc.tracker.track.errored",
                            {
                                "build": r.randrange(90000, 99999),
                                "error": "run check: exit status 128",
                                "pipeline": pipe,
                                "resource": res,
                                "session": session("19"),
                                "team": "main",
                            },
                            "atc.tracker.track.errored error=run check: exit status %d",
                        )
                    elif stall0 + timedelta(seconds=30) <= tick < stall1 and r.random() < 0.15:
                        C(
                            tt + secs(r, 0.4, 3),
                            "error",
                            "atc",
                            "atc.tracker.track.errored",
                            {
                                "build": r.randrange(90000, 99999),
                                "error": "worker worker-2 disappeared while trying to reach it",
                                "pipeline": pipe,
                                "resource": res,
                                "session": session("19"),
                                "team": "main",
                            },
                            "atc.tracker.track.errored error=worker %s disappeared while trying to reach it",
                        )
            C(tt + secs(r, 0.01, 0.05), "info", "atc", "atc.scanner.tick.end", {"session": s})
        tick += timedelta(seconds=60) + secs(r, 0, 0.05)

    # the interval runners while Postgres is away
    for comp, every in (("scheduler", 10), ("build-tracker", 10), ("collector", 30)):
        tt = db0 + secs(r, 0, every)
        while tt < db1:
            C(
                tt,
                "error",
                "atc",
                f"atc.{comp}.failed-to-find-component",
                {
                    "error": db_err(tt),
                    "session": {"scheduler": "15", "build-tracker": "16", "collector": "17"}[comp],
                },
                db_label(f"atc.{comp}.failed-to-find-component", tt),
            )
            tt += timedelta(seconds=every) + secs(r, 0, 0.01)

    # worker heartbeats through the TSA
    def register(t: datetime, w: str) -> datetime:
        s = session("9")
        t = C(
            t,
            "info",
            "tsa",
            "tsa.connection.channel.forward-worker.register.start",
            {
                "remote": f"{CC_WORKERS[w]}:{r.randrange(30000, 60000)}",
                "session": s,
                "worker-address": f"127.0.0.1:{r.randrange(35000, 45000)}",
                "worker-platform": "linux",
                "worker-tags": "",
            },
        )
        return C(
            t + secs(r, 0.01, 0.05),
            "info",
            "tsa",
            "tsa.connection.channel.forward-worker.register.done",
            {
                "remote": f"{CC_WORKERS[w]}:{r.randrange(30000, 60000)}",
                "session": s,
                "worker-address": f"127.0.0.1:{r.randrange(35000, 45000)}",
                "worker-platform": "linux",
                "worker-tags": "",
            },
        )

    for w, wip in CC_WORKERS.items():
        port, addr = r.randrange(30000, 60000), f"127.0.0.1:{r.randrange(35000, 45000)}"
        base = session("9")
        register(t0 + secs(r, 1, 6), w)
        hb = t0 + secs(r, 10, 30)
        stalled_marked = False
        while hb < t_end:
            data = {
                "remote": f"{wip}:{port}",
                "session": f"{base}.1",
                "worker-address": addr,
                "worker-platform": "linux",
                "worker-tags": "",
            }
            if w == "worker-2" and stall0 <= hb < stall1:
                tt = C(
                    hb, "info", "tsa", "tsa.connection.channel.forward-worker.heartbeat.start", data
                )
                if hb < stall0 + timedelta(seconds=100):
                    C(
                        tt + secs(r, 5, 10),
                        "error",
                        "tsa",
                        "tsa.connection.channel.forward-worker.heartbeat.failed-to-heartbeat",
                        {**data, "error": f'Get "http://{addr}/containers": EOF'},
                        "tsa.connection.channel.forward-worker.heartbeat.failed-to-heartbeat error=Get %q: EOF",
                    )
                elif not stalled_marked:
                    C(
                        tt + secs(r, 0, 20),
                        "info",
                        "atc",
                        "atc.worker-lifecycle.marked-workers-as-stalled",
                        {"count": 1, "session": "24", "workers": ["worker-2"]},
                    )
                    stalled_marked = True
                    hb = stall1
                    continue
            elif w == "worker-2" and stall1 <= hb and stalled_marked:
                port, addr = r.randrange(30000, 60000), f"127.0.0.1:{r.randrange(35000, 45000)}"
                base = session("9")
                register(hb, w)
                stalled_marked = False
            elif db_down(hb):
                tt = C(
                    hb, "info", "tsa", "tsa.connection.channel.forward-worker.heartbeat.start", data
                )
                C(
                    tt + secs(r, 0.01, 0.05),
                    "error",
                    "tsa",
                    "tsa.connection.channel.forward-worker.heartbeat.failed-to-heartbeat",
                    {**data, "error": "bad response: 500 Internal Server Error"},
                    "tsa.connection.channel.forward-worker.heartbeat.failed-to-heartbeat error=bad response: %d %s",
                )
            else:
                tt = C(
                    hb, "info", "tsa", "tsa.connection.channel.forward-worker.heartbeat.start", data
                )
                C(
                    tt + secs(r, 0.01, 0.08),
                    "info",
                    "tsa",
                    "tsa.connection.channel.forward-worker.heartbeat.done",
                    data,
                )
            hb += timedelta(seconds=30) + secs(r, 0, 0.02)

    # builds from new versions
    builds = {"shop-api": 412, "shop-web": 188, "infra": 57}
    bid = 96100
    for ts in poisson(r, t0 + timedelta(minutes=3), t_end, 240):
        if db_down(ts):
            continue
        pipe = r.choice(["shop-api", "shop-api", "shop-web", "infra"])
        if pipe == "infra" and ts >= revoked:
            continue
        job = r.choice(CC_JOBS[pipe])
        builds[pipe] += 1
        bid += r.randrange(5, 40)
        s = session("15")
        data = {"build": builds[pipe], "job": job, "pipeline": pipe, "session": s, "team": "main"}
        tt = C(ts, "info", "atc", "atc.scheduler.schedule-job.created-build", data)
        s2 = session("16")
        tdata = {"build": bid, "job": job, "pipeline": pipe, "session": s2, "team": "main"}
        tt = C(tt + secs(r, 1, 10), "info", "atc", "atc.tracker.track.start", tdata)
        end = tt + secs(r, 40, 600)
        if stall0 <= end < stall1 and r.random() < 0.5:
            C(
                stall0 + secs(r, 10, 200),
                "error",
                "atc",
                "atc.tracker.track.errored",
                {**tdata, "error": "worker worker-2 disappeared while trying to reach it"},
                "atc.tracker.track.errored error=worker %s disappeared while trying to reach it",
            )
        elif db_down(end):
            C(
                end,
                "error",
                "atc",
                "atc.tracker.track.errored",
                {**tdata, "error": db_err(end)},
                db_label("atc.tracker.track.errored", end),
            )
        C(end + secs(r, 0.01, 0.1), "info", "atc", "atc.tracker.track.done", tdata)
    return o.logs(t0, {"c": "web.log"})


# --------------------------------------------------------------------------------- gitaly

GY_PROJECTS = {
    "shop/api": 42,
    "shop/web": 43,
    "shop/worker": 57,
    "platform/infra": 12,
    "platform/charts": 19,
    "docs/handbook": 7,
    "shop/mobile-app": 88,
    "team/sandbox": 131,
}
# (service, method, kind, operation, clients, weight)
GY_CALLS = [
    (
        "gitaly.CommitService",
        "FindCommit",
        "unary",
        "accessor",
        ["gitlab-web", "gitlab-sidekiq"],
        20,
    ),
    ("gitaly.CommitService", "TreeEntry", "unary", "accessor", ["gitlab-web"], 9),
    ("gitaly.CommitService", "CommitIsAncestor", "unary", "accessor", ["gitlab-sidekiq"], 5),
    ("gitaly.CommitService", "ListCommitsByOid", "server_stream", "accessor", ["gitlab-web"], 6),
    ("gitaly.CommitService", "GetTreeEntries", "server_stream", "accessor", ["gitlab-web"], 8),
    (
        "gitaly.CommitService",
        "ListLastCommitsForTree",
        "server_stream",
        "accessor",
        ["gitlab-web"],
        5,
    ),
    (
        "gitaly.RefService",
        "FindDefaultBranchName",
        "unary",
        "accessor",
        ["gitlab-web", "gitlab-sidekiq"],
        10,
    ),
    ("gitaly.RefService", "RefExists", "unary", "accessor", ["gitlab-web", "gitlab-sidekiq"], 8),
    ("gitaly.RefService", "FindBranch", "unary", "accessor", ["gitlab-web"], 5),
    (
        "gitaly.RepositoryService",
        "RepositoryExists",
        "unary",
        "accessor",
        ["gitlab-web", "gitlab-sidekiq"],
        8,
    ),
    ("gitaly.RepositoryService", "HasLocalBranches", "unary", "accessor", ["gitlab-web"], 4),
    (
        "gitaly.BlobService",
        "GetBlobs",
        "server_stream",
        "accessor",
        ["gitlab-web", "gitlab-sidekiq"],
        6,
    ),
    (
        "gitaly.SmartHTTPService",
        "PostUploadPackWithSidechannel",
        "unary",
        "accessor",
        ["gitlab-workhorse"],
        7,
    ),
    ("gitaly.SSHService", "SSHUploadPackWithSidechannel", "unary", "accessor", ["gitlab-shell"], 3),
    (
        "gitaly.SmartHTTPService",
        "PostReceivePack",
        "bidi_stream",
        "mutator",
        ["gitlab-workhorse"],
        2,
    ),
    ("gitaly.DiffService", "FindChangedPaths", "server_stream", "accessor", ["gitlab-sidekiq"], 3),
    (
        "gitaly.RepositoryService",
        "GetArchive",
        "server_stream",
        "accessor",
        ["gitlab-workhorse"],
        1,
    ),
]
GY_CORRUPT = "platform/charts"
GY_GONE = "@hashed/6b/86/6b86b273ff34fce19d6b804eff5a3f5747ada4eaa22f1d49c01e52ddb7875b4b.git"


def gitaly(r: random.Random) -> list[Log]:
    """Gitaly 16.11.2 on a GitLab instance's Gitaly node (`gitaly.log`: the current log as
    Omnibus's runit keeps it, JSON lines with logrus' keys sorted), 06:00 to 09:00 after a
    start at 05:59:50. GitLab's web, Sidekiq, Workhorse and Shell clients call it all the
    while (`finished unary call with code OK` and `finished streaming call with code OK` with
    the request's fields); Workhorse's clones go through the pack-objects cache (`generated
    bytes` / `served bytes`). Clients cancel clones and archives (`Canceled`); a stale link
    keeps asking for a deleted project (`NotFound`, `GetRepoPath: not a git repository`); a
    large tree's last commits time out (`DeadlineExceeded`); the CI fleet's clone storm at
    07:30 fills the concurrency queue (`ResourceExhausted`, `maximum time in concurrency queue
    reached`); a repository with a corrupt pack fails its commit listings and its housekeeping
    (`exit status 128` with git's stderr); Sidekiq's housekeeping jobs optimise repositories
    after pushes (`optimized repository`)."""

    o = Out(1000, ["g"], lambda t, lvl, ctx: "")
    t0, t_end = at(5, 59, 50), at(9, 0, 0)
    storm0, storm1 = at(7, 30, 0), at(7, 35, 0)
    stop0, up1 = at(8, 15, 0), at(8, 15, 9)
    pid = 1193
    repo = {
        p: f"@hashed/{h[:2]}/{h[2:4]}/{h}.git" for p, h in ((p, hexid(r, 64)) for p in GY_PROJECTS)
    }

    def G(t: datetime, label: str, fields: dict[str, object]) -> datetime:
        t = o.clock.at("g", t)
        fields = {**fields, "pid": pid, "time": iso_ms(t)}
        o.files["g"].add(t, [sorted_json(fields)], label)
        return t

    def corr() -> str:
        return "01HZ" + "".join(r.choice("0123456789ABCDEFGHJKMNPQRSTVWXYZ") for _ in range(22))

    def startup(t: datetime) -> datetime:
        t = G(
            t, "Starting Gitaly", {"level": "info", "msg": "Starting Gitaly", "version": "16.11.2"}
        )
        t = G(
            t + secs(r, 0.01, 0.05),
            "clearing disk cache object folder",
            {
                "level": "info",
                "msg": "clearing disk cache object folder",
                "path": "/var/opt/gitlab/git-data/repositories/+gitaly/cache",
                "storage": "default",
            },
        )
        t = G(
            t + secs(r, 0.01, 0.05),
            "finished initializing cgroups",
            {"level": "info", "msg": "finished initializing cgroups", "count": 1000},
        )
        t = G(
            t + secs(r, 0.01, 0.05),
            "using Git version %s",
            {"level": "info", "msg": "using Git version 2.44.1.gl1", "version": "2.44.1.gl1"},
        )
        for scheme, addr in (
            ("unix", "/var/opt/gitlab/gitaly/gitaly.socket"),
            ("tcp", "0.0.0.0:8075"),
            ("prometheus", "localhost:9236"),
        ):
            t = G(
                t + secs(r, 0.005, 0.02),
                "listening at %s address",
                {"address": addr, "level": "info", "msg": f"listening at {scheme} address"},
            )
        t = G(
            t + secs(r, 0.05, 0.2),
            "maintenance: daily scheduled",
            {
                "duration": "10m0s",
                "level": "info",
                "msg": "maintenance: daily scheduled",
                "start_hh": 23,
                "start_mm": 0,
            },
        )
        return G(
            t + secs(r, 0.01, 0.05), "Gitaly is ready", {"level": "info", "msg": "Gitaly is ready"}
        )

    startup(t0)
    # the upgrade's restart
    t = G(
        stop0,
        "received signal, shutting down",
        {"level": "warning", "msg": "received signal, shutting down", "signal": "terminated"},
    )
    t = G(
        t + secs(r, 0.01, 0.05),
        "starting graceful stop",
        {"level": "info", "msg": "starting graceful stop", "timeout": "1m0s"},
    )
    t = G(
        t + secs(r, 1.5, 3),
        "graceful stop completed",
        {"level": "info", "msg": "graceful stop completed"},
    )
    startup(t + secs(r, 3, 5))

    def call(
        t: datetime,
        svc: str,
        method: str,
        kind: str,
        op: str,
        client: str,
        project: str,
        code: str,
        err: str | None = None,
        label: str | None = None,
        ms_range: tuple[float, float] = (0.4, 25),
    ) -> datetime:
        rp = GY_GONE if code == "NotFound" else repo[project]
        dur = r.uniform(*ms_range)
        f: dict[str, object] = {
            "correlation_id": corr(),
            "grpc.code": code,
            "grpc.meta.auth_version": "v2",
            "grpc.meta.client_name": client,
            "grpc.meta.deadline_type": "regular"
            if client in ("gitlab-web", "gitlab-sidekiq")
            else "none",
            "grpc.meta.method_operation": op,
            "grpc.meta.method_scope": "repository",
            "grpc.meta.method_type": kind,
            "grpc.method": method,
            "grpc.request.fullMethod": f"/{svc}/{method}",
            "grpc.request.glProjectPath": project,
            "grpc.request.glRepository": f"project-{GY_PROJECTS[project]}",
            "grpc.request.repoPath": rp,
            "grpc.request.repoStorage": "default",
            "grpc.service": svc,
            "grpc.start_time": iso_ms(t),
            "grpc.time_ms": round(dur, 3),
            "level": {
                "OK": "info",
                "Canceled": "info",
                "NotFound": "info",
                "Internal": "error",
            }.get(code, "warning"),
            "msg": f"finished {'unary' if kind == 'unary' else 'streaming'} call with code {code}",
            "peer.address": "@"
            if client != "gitlab-workhorse"
            else f"10.0.4.{r.randrange(10, 14)}:{r.randrange(30000, 60000)}",
            "remote_ip": f"10.{r.choice([20, 20, 31])}.{r.randrange(0, 8)}.{r.randrange(2, 250)}",
            "span.kind": "server",
            "system": "grpc",
        }
        if client in ("gitlab-web", "gitlab-workhorse", "gitlab-shell"):
            f["username"] = r.choice(["anna", "marco", "ci-bot", "lena", "tom"])
            f["user_id"] = r.randrange(2, 200)
        if client in ("gitlab-web", "gitlab-sidekiq"):
            f["grpc.request.deadline"] = iso_ms(t + timedelta(seconds=r.choice([10, 55])))
        if method in (
            "PostUploadPackWithSidechannel",
            "SSHUploadPackWithSidechannel",
            "PostReceivePack",
            "GetArchive",
        ):
            f["command.count"] = r.randrange(1, 4)
            f["command.real_time_ms"] = r.randrange(20, 9000)
            f["command.cpu_time_ms"] = r.randrange(5, 4000)
        if err is not None:
            f["error"] = err
        base = f"finished {'unary' if kind == 'unary' else 'streaming'} call with code %s"
        return G(
            t + timedelta(milliseconds=dur),
            label or (base if err is None else f"{base} error=(see code)"),
            f,
        )

    pick_w = [c[5] for c in GY_CALLS]
    for ts in poisson(r, t0 + timedelta(seconds=20), t_end, 6.5):
        if stop0 <= ts < up1:
            continue
        svc, method, kind, op, clients, _ = r.choices(GY_CALLS, pick_w)[0]
        client = r.choice(clients)
        project = r.choice(list(GY_PROJECTS))
        label_u = f"finished {'unary' if kind == 'unary' else 'streaming'} call with code %s"
        if method == "PostUploadPackWithSidechannel":
            key = hexid(r, 64)
            hit = r.random() < 0.6
            if not hit:
                G(
                    ts + secs(r, 0.05, 0.6),
                    "generated bytes",
                    {
                        "bytes": r.randrange(2000, 9 * 10**7),
                        "cache_key": key,
                        "correlation_id": corr(),
                        "level": "info",
                        "msg": "generated bytes",
                    },
                )
            G(
                ts + secs(r, 0.6, 1.2),
                "served bytes",
                {
                    "bytes": r.randrange(2000, 9 * 10**7),
                    "cache_key": key,
                    "correlation_id": corr(),
                    "level": "info",
                    "msg": "served bytes",
                },
            )
        if (
            method
            in ("PostUploadPackWithSidechannel", "SSHUploadPackWithSidechannel", "GetArchive")
            and r.random() < 0.08
        ):
            call(
                ts,
                svc,
                method,
                kind,
                op,
                client,
                project,
                "Canceled",
                "rpc error: code = Canceled desc = context canceled",
                f"{label_u} error=rpc error: code = Canceled desc = context canceled",
                (300, 40000),
            )
            continue
        if method == "ListLastCommitsForTree" and project == "shop/mobile-app" and r.random() < 0.5:
            call(
                ts,
                svc,
                method,
                kind,
                op,
                client,
                project,
                "DeadlineExceeded",
                "rpc error: code = DeadlineExceeded desc = context deadline exceeded",
                f"{label_u} error=rpc error: code = DeadlineExceeded desc = context deadline exceeded",
                (10000, 10050),
            )
            continue
        if (
            project == GY_CORRUPT
            and method in ("ListCommitsByOid", "GetTreeEntries", "FindChangedPaths")
            and ts > at(6, 40)
        ):
            obj = "3f9c2e1d7b8a64c05e2f91d3a7b6c4e8f0a1d2c3"
            call(
                ts,
                svc,
                method,
                kind,
                op,
                client,
                project,
                "Internal",
                f'rpc error: code = Internal desc = exit status 128, stderr: "fatal: bad object {obj}\\n"',
                f'{label_u} error=rpc error: code = Internal desc = exit status %d, stderr: "fatal: bad object %s\\n"',
            )
            continue
        call(
            ts,
            svc,
            method,
            kind,
            op,
            client,
            project,
            "OK",
            ms_range=(20, 8000) if "Pack" in method or method == "GetArchive" else (0.3, 40),
        )

    # a web page asking for revisions that look like options, new projects whose names exist
    for ts in poisson(r, t0 + timedelta(minutes=4), t_end, 420):
        call(
            ts,
            "gitaly.RefService",
            "RefExists",
            "unary",
            "accessor",
            "gitlab-web",
            r.choice(list(GY_PROJECTS)),
            "InvalidArgument",
            "rpc error: code = InvalidArgument desc = revision can't start with '-'",
            "finished unary call with code %s error=rpc error: code = InvalidArgument desc = revision can't start with '-'",
        )
    for ts in poisson(r, at(6, 30), t_end, 1500):
        call(
            ts,
            "gitaly.RepositoryService",
            "CreateRepository",
            "unary",
            "mutator",
            "gitlab-sidekiq",
            r.choice(list(GY_PROJECTS)),
            "AlreadyExists",
            "rpc error: code = AlreadyExists desc = creating repository: repository exists already",
            "finished unary call with code %s error=rpc error: code = AlreadyExists desc = creating repository: repository exists already",
        )
    for ts in poisson(r, t0 + timedelta(minutes=6), t_end, 700):
        call(
            ts,
            "gitaly.RefService",
            "FindDefaultBranchName",
            "unary",
            "accessor",
            "gitlab-web",
            "shop/mobile-app",
            "FailedPrecondition",
            "rpc error: code = FailedPrecondition desc = repository is empty",
            "finished unary call with code %s error=rpc error: code = FailedPrecondition desc = repository is empty",
        )
    # the calls in flight at the restart
    for _ in range(4):
        method = r.choice(["PostUploadPackWithSidechannel", "GetArchive"])
        call(
            stop0 + secs(r, 0.05, 1.5),
            "gitaly.SmartHTTPService" if "Pack" in method else "gitaly.RepositoryService",
            method,
            "unary" if "Pack" in method else "server_stream",
            "accessor",
            "gitlab-workhorse",
            r.choice(list(GY_PROJECTS)),
            "Unavailable",
            "rpc error: code = Unavailable desc = transport is closing",
            f"finished {'unary' if 'Pack' in method else 'streaming'} call with code %s error=rpc error: code = Unavailable desc = transport is closing",
            (100, 200),
        )

    # the stale link to a deleted project
    for ts in poisson(r, at(6, 10), t_end, 95):
        call(
            ts,
            "gitaly.CommitService",
            "FindCommit",
            "unary",
            "accessor",
            "gitlab-web",
            "team/sandbox",
            "NotFound",
            f'rpc error: code = NotFound desc = GetRepoPath: not a git repository: "/var/opt/gitlab/git-data/repositories/{GY_GONE}"',
            "finished unary call with code %s error=rpc error: code = NotFound desc = GetRepoPath: not a git repository: %q",
        )

    # the CI fleet's clone storm
    for ts in poisson(r, storm0, storm1, 1.1):
        project = r.choice(["shop/api", "shop/api", "shop/web", "shop/worker"])
        if r.random() < 0.55:
            call(
                ts,
                "gitaly.SmartHTTPService",
                "PostUploadPackWithSidechannel",
                "unary",
                "accessor",
                "gitlab-workhorse",
                project,
                "ResourceExhausted",
                "rpc error: code = ResourceExhausted desc = maximum time in concurrency queue reached",
                "finished unary call with code %s error=rpc error: code = ResourceExhausted desc = maximum time in concurrency queue reached",
                (10000, 10010),
            )
        else:
            G(
                ts + secs(r, 0.05, 0.6),
                "served bytes",
                {
                    "bytes": r.randrange(2 * 10**6, 9 * 10**6),
                    "cache_key": hexid(r, 64),
                    "correlation_id": corr(),
                    "level": "info",
                    "msg": "served bytes",
                },
            )
            call(
                ts,
                "gitaly.SmartHTTPService",
                "PostUploadPackWithSidechannel",
                "unary",
                "accessor",
                "gitlab-workhorse",
                project,
                "OK",
                ms_range=(800, 9000),
            )

    # housekeeping after pushes
    for ts in poisson(r, t0 + timedelta(minutes=5), t_end, 150):
        project = r.choice(list(GY_PROJECTS))
        if project == GY_CORRUPT and ts > at(6, 40):
            call(
                ts,
                "gitaly.RepositoryService",
                "OptimizeRepository",
                "unary",
                "maintenance",
                "gitlab-sidekiq",
                project,
                "Internal",
                "rpc error: code = Internal desc = could not repack: repack failed: exit status 128",
                "finished unary call with code %s error=rpc error: code = Internal desc = could not repack: repack failed: exit status %d",
                (200, 3000),
            )
            continue
        opts = {
            "optimizations.packed_objects_incremental": "success",
            "optimizations.pruned_objects": "success" if r.random() < 0.2 else None,
            "optimizations.written_commit_graph_incremental": "success",
            "optimizations.packed_refs": "success" if r.random() < 0.3 else None,
        }
        G(
            ts + secs(r, 0.2, 3),
            "optimized repository",
            {
                "correlation_id": corr(),
                "grpc.request.glProjectPath": project,
                "grpc.request.repoPath": repo[project],
                "grpc.request.repoStorage": "default",
                "level": "info",
                "msg": "optimized repository",
                **{k: v for k, v in opts.items() if v},
                "time_ms": r.randrange(40, 4000),
            },
        )
        call(
            ts + secs(r, 3, 4),
            "gitaly.RepositoryService",
            "OptimizeRepository",
            "unary",
            "maintenance",
            "gitlab-sidekiq",
            project,
            "OK",
            ms_range=(200, 3000),
        )
    return o.logs(t0, {"g": "current"})


# --------------------------------------------------------------------------------- drone

DR_REPOS = {
    "shop/api": 3,
    "shop/web": 4,
    "shop/worker": 9,
    "platform/charts": 12,
    "docs/handbook": 15,
}
DR_RUNNERS = {"runner-docker-1": "10.0.9.31", "runner-docker-2": "10.0.9.32"}
DR_STEPS = ["clone", "restore-cache", "test", "build", "publish", "rebuild-cache", "notify"]
DR_UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36"


def drone(r: random.Random) -> list[Log]:
    """Drone 2.24 server (`drone.log`: the container's output, logrus' JSON with its keys
    sorted, `DRONE_LOGS_DEBUG=true`), 06:00 to 09:00, GitHub as the forge, two Docker runners.
    The runners long-poll for work (`manager: request queue item`, each request's own debug
    line with an empty message); GitHub's webhooks are parsed and builds created (`trigger:
    received`, skip directives, `no matching pipelines`, a `.drone.yml` that does not parse,
    one repository without one) and run stage by stage (`manager: accept stage`, `manager:
    updating step status` for each step, `manager: updating stage status`, `manager: build is
    finished, teardown`), a tenth failing in `test`; both runners race for a stage
    (`manager: stage already assigned. abort.`) and build updates lose optimistic locks; a
    webhook of a repository renamed on GitHub keeps arriving (`api: cannot find repository`);
    a user's repository sync hits GitHub's rate limit; Postgres restarts at 08:40 for two
    minutes (`dial tcp ...: connect: connection refused` from the hook, the manager and the
    queue)."""

    o = Out(1000, ["d"], lambda t, lvl, ctx: "")
    t0, t_end = at(6, 0, 1), at(9, 0, 0)
    db0, db1 = at(8, 40, 5), at(8, 42, 20)
    state = {
        "stage": 30120,
        "step": 181400,
        "build": {k: 300 + v * 37 for k, v in DR_REPOS.items()},
        "bid": 21400,
    }

    def D(
        t: datetime, lvl: str, msg: str, fields: dict[str, object], label: str | None = None
    ) -> datetime:
        t = o.clock.at("d", t)
        obj = {**fields, "level": lvl, "msg": msg, "time": f"{t:%Y-%m-%dT%H:%M:%SZ}"}
        o.files["d"].add(t, [sorted_json(obj)], label or msg)
        return t

    def reqid() -> str:
        return "".join(
            r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
            for _ in range(27)
        )

    def access(t: datetime, method: str, path: str, remote: str) -> datetime:
        return D(
            t,
            "debug",
            "",
            {
                "latency": r.randrange(200_000, 90_000_000),
                "method": method,
                "remote": remote,
                "request": path,
                "request-id": reqid(),
            },
            "(the request's line, no message)",
        )

    def db_down(t: datetime) -> bool:
        return db0 <= t < db1

    DBERR = "dial tcp 10.0.6.4:5432: connect: connection refused"
    DBLBL = " error=dial tcp %s: connect: connection refused"

    # start-up
    t = D(t0, "info", "main: internal scheduler enabled", {})
    t = D(
        t + secs(r, 0.001, 0.01), "info", "main: starting the cron scheduler", {"interval": "30m0s"}
    )
    t = D(
        t + secs(r, 0.001, 0.01),
        "info",
        "main: starting the zombie build reaper",
        {"interval": "24h0m0s"},
    )
    t = D(
        t + secs(r, 0.001, 0.01),
        "info",
        "main: starting the http server",
        {
            "acme": False,
            "host": "drone.example.com",
            "port": ":80",
            "proto": "https",
            "url": "https://drone.example.com",
        },
    )

    # the runners' long polls
    for _name, ip in DR_RUNNERS.items():
        tp = t0 + secs(r, 3, 10)
        while tp < t_end:
            if db_down(tp):
                tp = D(
                    tp,
                    "error",
                    "manager: cannot request queue item",
                    {
                        "arch": "amd64",
                        "error": DBERR,
                        "kernel": "",
                        "kind": "pipeline",
                        "os": "linux",
                        "type": "docker",
                        "variant": "",
                    },
                    "manager: cannot request queue item" + DBLBL,
                )
                tp += secs(r, 10, 15)
                continue
            tp = D(
                tp,
                "debug",
                "manager: request queue item",
                {
                    "arch": "amd64",
                    "kernel": "",
                    "kind": "pipeline",
                    "os": "linux",
                    "type": "docker",
                    "variant": "",
                },
            )
            tp += secs(r, 29.9, 30.1)
            access(tp, "POST", "/rpc/v2/stage", f"{ip}:{r.randrange(30000, 60000)}")
            tp += secs(r, 0.01, 0.2)

    def stage_run(ts: datetime, repo: str, num: int, bid: int, event: str, fail: bool) -> None:
        state["stage"] += 1
        sid = state["stage"]
        runner = r.choice(list(DR_RUNNERS))
        t = D(ts, "debug", "manager: accept stage", {"machine": runner, "stage-id": sid})
        if r.random() < 0.06:
            other = next(x for x in DR_RUNNERS if x != runner)
            D(
                t + secs(r, 0.002, 0.02),
                "debug",
                "manager: accept stage",
                {"machine": other, "stage-id": sid},
            )
            D(
                t + secs(r, 0.02, 0.05),
                "debug",
                "manager: stage already assigned. abort.",
                {"machine": other, "stage-id": sid},
                "manager: stage already assigned. abort.",
            )
        t = D(
            t + secs(r, 0.01, 0.04),
            "debug",
            "manager: stage accepted",
            {"machine": runner, "stage-id": sid},
        )
        t = D(
            t + secs(r, 0.05, 0.3),
            "debug",
            "manager: fetching stage details",
            {"step-id": 0, "stage-id": sid},
        )
        t = D(
            t + secs(r, 0.5, 2),
            "debug",
            "manager: updating stage status",
            {"stage.id": sid, "stage.status": "running"},
        )
        status = "success"
        for name in DR_STEPS:
            state["step"] += 1
            stp = state["step"]
            t += secs(r, 0.5, 3)
            if db_down(t):
                t = D(
                    t,
                    "warning",
                    "manager: cannot update step",
                    {"error": DBERR, "step.id": stp, "step.name": name},
                    "manager: cannot update step" + DBLBL,
                )
                t += secs(r, 1, 3)
            t = D(
                t,
                "debug",
                "manager: updating step status",
                {"step.id": stp, "step.name": name, "step.status": "running"},
            )
            if status != "success" and name not in ("notify",):
                t = D(
                    t + secs(r, 0.01, 0.1),
                    "debug",
                    "manager: updating step status",
                    {"step.id": stp, "step.name": name, "step.status": "skipped"},
                )
                continue
            t += secs(r, 2, 200 if name in ("test", "build") else 20)
            st = "failure" if fail and name == "test" else "success"
            t = D(
                t,
                "debug",
                "manager: updating step status",
                {"step.id": stp, "step.name": name, "step.status": st},
            )
            if st == "failure":
                status = "failure"
        if db_down(t):
            t = D(
                t,
                "warning",
                "manager: cannot update stage",
                {"error": DBERR, "stage.id": sid},
                "manager: cannot update stage" + DBLBL,
            )
            t = db1 + secs(r, 1, 5)
        t = D(
            t + secs(r, 0.1, 0.5),
            "debug",
            "manager: updating stage status",
            {"stage.id": sid, "stage.status": status},
        )
        if r.random() < 0.05:
            t = D(
                t + secs(r, 0.01, 0.05),
                "warning",
                "manager: cannot update build",
                {
                    "build.id": bid,
                    "build.number": num,
                    "error": "Optimistic Lock Error",
                    "repo.id": DR_REPOS[repo],
                },
                "manager: cannot update build error=Optimistic Lock Error",
            )
        t = D(
            t + secs(r, 0.01, 0.1),
            "debug",
            "manager: stage is complete. teardown",
            {"stage.id": sid},
        )
        D(
            t + secs(r, 0.01, 0.1),
            "debug",
            "manager: build is finished, teardown",
            {"build.id": bid, "build.number": num, "repo.id": DR_REPOS[repo], "stage.id": sid},
        )

    gh = [f"140.82.115.{x}" for x in (3, 5, 7, 10)]
    # a second webhook on one repository, with another secret
    for ts in poisson(r, at(6, 20), t_end, 900):
        D(
            ts,
            "debug",
            "api: cannot parse webhook",
            {"error": "Invalid webhook signature"},
            "api: cannot parse webhook error=Invalid webhook signature",
        )
        access(
            ts + secs(r, 0.002, 0.01),
            "POST",
            "/hook",
            f"{r.choice(gh)}:{r.randrange(30000, 60000)}",
        )
    hooks = poisson(r, t0 + timedelta(minutes=1), t_end, 130) + [
        db0 + secs(r, 5, 120) for _ in range(4)
    ]
    for ts in sorted(hooks):
        remote = f"{r.choice(gh)}:{r.randrange(30000, 60000)}"
        repo = r.choice(list(DR_REPOS))
        if r.random() < 0.1:
            # the renamed repository's webhook
            if db_down(ts):
                D(
                    ts,
                    "debug",
                    "api: cannot find repository",
                    {"error": DBERR, "name": "storefront", "namespace": "shop"},
                    "api: cannot find repository" + DBLBL,
                )
            else:
                D(
                    ts,
                    "debug",
                    "api: cannot find repository",
                    {
                        "error": "sql: no rows in result set",
                        "name": "storefront",
                        "namespace": "shop",
                    },
                    "api: cannot find repository error=sql: no rows in result set",
                )
            access(ts + secs(r, 0.005, 0.03), "POST", "/hook", remote)
            continue
        if db_down(ts):
            if r.random() < 0.5:
                D(
                    ts,
                    "debug",
                    "api: cannot find repository",
                    {"error": DBERR, "name": repo.split("/")[1], "namespace": repo.split("/")[0]},
                    "api: cannot find repository" + DBLBL,
                )
            else:
                commit = hexid(r, 40)
                t = D(
                    ts,
                    "debug",
                    "trigger: received",
                    {"commit": commit, "event": "push", "ref": "refs/heads/main", "repo": repo},
                )
                D(
                    t + secs(r, 0.2, 0.6),
                    "warning",
                    "trigger: cannot create build",
                    {
                        "commit": commit,
                        "error": DBERR,
                        "event": "push",
                        "ref": "refs/heads/main",
                        "repo": repo,
                    },
                    "trigger: cannot create build" + DBLBL,
                )
            access(ts + secs(r, 0.005, 0.03), "POST", "/hook", remote)
            continue
        event = r.choice(["push", "push", "push", "pull_request", "tag"])
        ref = {
            "push": f"refs/heads/{r.choice(['main', 'main', 'feature/checkout-v2', 'fix/cart-total'])}",
            "pull_request": f"refs/pull/{r.randrange(300, 900)}/head",
            "tag": f"refs/tags/v1.{r.randrange(2, 9)}.{r.randrange(0, 20)}",
        }[event]
        commit = hexid(r, 40)
        t = D(
            ts,
            "debug",
            "trigger: received",
            {"commit": commit, "event": event, "ref": ref, "repo": repo},
        )
        roll = r.random()
        if roll < 0.06:
            D(
                t + secs(r, 0.001, 0.01),
                "info",
                "trigger: skipping hook. found skip directive",
                {"commit": commit, "event": event, "ref": ref, "repo": repo},
            )
        elif roll < 0.14 and event != "push":
            D(
                t + secs(r, 0.05, 0.3),
                "info",
                "trigger: skipping build, no matching pipelines",
                {
                    "commit": commit,
                    "event": event,
                    "pipelines": "default",
                    "ref": ref,
                    "repo": repo,
                },
            )
        elif repo == "docs/handbook" and roll < 0.5:
            D(
                t + secs(r, 0.2, 0.8),
                "warning",
                "trigger: cannot find yaml",
                {"commit": commit, "error": "Not Found", "event": event, "ref": ref, "repo": repo},
                "trigger: cannot find yaml error=Not Found",
            )
        elif repo == "platform/charts" and ts < at(7, 20) and roll < 0.7:
            D(
                t + secs(r, 0.2, 0.8),
                "warning",
                "trigger: cannot parse yaml",
                {
                    "commit": commit,
                    "error": f"yaml: line {r.choice([14, 14, 22])}: mapping values are not allowed in this context",
                    "event": event,
                    "ref": ref,
                    "repo": repo,
                },
                "trigger: cannot parse yaml error=yaml: line %d: mapping values are not allowed in this context",
            )
        else:
            state["build"][repo] += 1
            state["bid"] += r.randrange(1, 9)
            num, bid = state["build"][repo], state["bid"]
            t = D(
                t + secs(r, 0.1, 0.6),
                "debug",
                "trigger: build created",
                {
                    "build": bid,
                    "build.number": num,
                    "commit": commit,
                    "event": event,
                    "ref": ref,
                    "repo": repo,
                },
            )
            stage_run(t + secs(r, 0.5, 25), repo, num, bid, event, r.random() < 0.1)
        access(t + secs(r, 0.005, 0.03), "POST", "/hook", remote)

    for _k in range(3):
        state["build"]["shop/api"] += 1
        state["bid"] += 3
        stage_run(
            db0 - secs(r, 30, 200),
            "shop/api",
            state["build"]["shop/api"],
            state["bid"],
            "push",
            False,
        )

    # people using the UI
    for ts in poisson(r, t0 + timedelta(minutes=2), t_end, 220):
        ip = f"10.20.{r.randrange(0, 4)}.{r.randrange(2, 250)}:{r.randrange(30000, 60000)}"
        repo = r.choice(list(DR_REPOS))
        path = r.choice(
            [
                "/api/user",
                "/api/user/repos?latest=true",
                f"/api/repos/{repo}",
                f"/api/repos/{repo}/builds?page=1",
                f"/api/repos/{repo}/builds/{r.randrange(300, 700)}",
                f"/api/repos/{repo}/builds/{r.randrange(300, 700)}/logs/1/{r.randrange(1, 8)}",
                "/api/stream",
            ]
        )
        access(ts, "GET", path, ip)

    # a user's repository sync against GitHub's rate limit
    for ts in poisson(r, at(7, 10), at(7, 50), 140):
        D(
            ts,
            "warning",
            "api: cannot synchronize account",
            {
                "error": f"GET https://api.github.com/user/repos?per_page=100&page={r.randrange(2, 5)}: 403 API rate limit exceeded for user ID 1844217. [rate reset in {r.randrange(1, 40)}m{r.randrange(0, 59)}s]",
                "user": "marco",
            },
            "api: cannot synchronize account error=GET %s: 403 API rate limit exceeded for user ID %d. [rate reset in %s]",
        )
    # the cron scheduler
    tc = at(6, 30)
    while tc < t_end:
        if not db_down(tc):
            tc2 = D(tc + secs(r, 0, 0.05), "debug", "cron: begin process pending jobs", {})
            D(tc2 + secs(r, 0.005, 0.05), "debug", "cron: process pending jobs complete", {})
        tc += timedelta(minutes=30)
    return o.logs(t0, {"d": "drone.log"})


SYSTEMS = {
    "nexus": nexus,
    "argo-workflows": argo_workflows,
    "concourse": concourse,
    "gitaly": gitaly,
    "drone": drone,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
