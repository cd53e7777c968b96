#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 52 (trino, otelcol, cilium, vitess, nodered) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Five log shapes not yet covered:

- Trino 448's server.log on the coordinator and one worker (airlift's tab-separated
  `time<TAB>LEVEL<TAB>thread<TAB>logger<TAB>msg`): plugins and catalogs loading, Jetty,
  `SERVER STARTED`, a query's `TIMELINE:` line with the error code in parentheses only when it
  failed, `Query %s failed` at debug with its exception and stack (log.properties sets
  `io.trino.execution.QueryStateMachine=DEBUG`), major GCs, the worker killed: the
  RequestErrorTracker's warnings, queries failing with TOO_MANY_REQUESTS_FAILED, the node
  missing, the worker's start-up again.
- OpenTelemetry Collector contrib 0.98 (zap's console encoder: time, level, caller, message,
  then a JSON object of fields): start-up (own telemetry, the memory limiter per pipeline,
  extensions, receivers, health check), files watched, exporter retries with their `error` and
  `interval` fields, the sending queue full, data dropped after the retries, not-retryable
  errors with a stacktrace over the following lines, the memory limiter forcing GCs and refusing
  data, a dead scrape target, gRPC's own `[core] [Channel #1 SubChannel #2]` warnings, a
  shutdown and start-up.
- Cilium 1.15's agent on two nodes (logrus text as `kubectl logs --timestamps` prints it): the
  banner, the flag dump (`  --%s='%s'`), the hive's start hooks, restored endpoints, endpoint
  creation and deletion, identities, policy imports, conntrack GC, `k8sError` during an API
  server blip, ipcache conflicts, a failed regeneration, the other agent restarting.
- Vitess 19's vttablet (primary and replica) and vtgate (glog with `--logtostderr`:
  `I0604 06:00:02.123456       1 file.go:123] msg`): TabletServer's query errors over three
  lines (`Code: RESOURCE_EXHAUSTED`, the error with its CallerID, `: Sql: ..., BindVars: ...`),
  the transaction killer, replication lag going unhealthy and healthy, a planned reparent
  (unserveCommon's steps, transitions, vtgate's health-check updates and buffering), vstreams
  ending and retrying, a MySQL outage, and vtgate dying on a nil pointer with its goroutine's
  stack.
- Node-RED 3.1's log (`4 Jun 06:00:02 - [info] [type:name] msg`): the start-up banner (the
  welcome text and the credential-key warning are one message each over several lines),
  versions and paths, flows starting, MQTT brokers connecting, disconnecting and failing, a
  function node's TypeErrors and a ReferenceError with its line and column, HTTP request
  errors and the msg-override warning, a user function's warnings, a file node refused, deploys
  of modified flows and nodes, an uncaught exception with its JS stack and a restart.

Label notes. zap's and logrus's labels are the message alone (their fields are attributes), as
for etcd and containerd; a Node-RED catalog text is labelled as the catalog writes it, with its
`__name__` placeholders, and a text the call site composes (`Stopping modified %s` with
`nodes` / `flows`, `Node.js  version:`, Trino's `"Error " + jobDescription + " %s: %s: %s"`,
`"Registering " + kind`) is wording where the call site picks it; a value that is a message of
its own contributes its format (V8's `Cannot read properties of %s (reading '%s')`, the
vttablet errors' MySQL texts, the vstream errors, Trino's `java.net.ConnectException:
Connection refused`); the node's `[type:name]`, gRPC's `[core] [Channel #N SubChannel #M]`
and glog's header are context, not the statement's; attached stacks (Java, zap's stacktrace,
Go's goroutine dump, a JS stack) belong to their event. TIMELINE's error code is an optional
part of one statement (`%s%s`). The function node's TypeError and the uncaught exception's
TypeError share V8's format and so one label.

Sources. Checked against the programs' sources (public copies): Trino's TIMELINE format,
`Query %s failed` / `Failure after query %s finished` at debug, `Previously active node is
missing: %s (last seen at %s)` and the RequestErrorTracker's warning; the collector's
`Exporting failed. Will retry the request after interval.` and `Dropping data because
sending_queue is full. Try increasing queue_size.` (with its `dropped_items` field); Cilium's
`Rewrote endpoint BPF program` and its field layout; Vitess's state manager (`Starting
transition to %v %v, timestamp: %v`, unserveCommon's steps, `TabletServer transition`, `Tablet
Init took %d ms`, lameduck, replication health, CheckMySQL), `HealthCheckUpdate(Serving
State)`, vtgate's buffering start, `resource pool timed out`, the tracker's and replication
watcher's `VStream ended` lines (`ReplicatinWatcher` as the source spells it), `vstream for
%s/%s error: %v`; Node-RED's runtime catalog (welcome, versions, paths, flows, credential
warning, uncaught exception). The rest is from the helper's knowledge of the programs' logs,
not checked here (least sure: Trino's plugin, catalog and access-control lines and the GC
monitor's text; the collector's callers and line numbers, `no more retries left:`, the memory
limiter's texts, `Failed to scrape Prometheus endpoint`, start-up extension lines; Cilium's
start-up lines, `Policy Add Request` and its field, `Unable to update ipcache map entry on pod
add`, the regeneration failure's fields; Vitess's three-line query-error layout, `killing
transaction (exceeded timeout: %v): %s`, `Changing Tablet Type`, `Stopping buffering for
shard`, `Adding tablet to healthcheck`; Node-RED's MQTT catalog texts, `No response from
server`, the override warning, the Dashboard line). Run it only to change the data on purpose:
`python bench/heldout/generate_round52.py [SYSTEM ...]`.
"""

from __future__ import annotations

import itertools
import json
import random
import re
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4

# printf's and Go's (%v, %q, %t, %+v too), SLF4J's {}
SPEC = re.compile(r"%%|%[-+ 0-9.#]*(?:ll|l|z)?[sdifuxXrcvqt]|\{\}")
_END = object()


def fill(fmt: str, *vals: object) -> str:
    """The format `fmt` with its conversions replaced by `vals` in order (`%%` a percent sign);
    Go's `%v`, `%t` print the value's text, `%q` quotes it."""
    it = iter(vals)

    def one(m: re.Match) -> str:
        spec = m.group()
        if spec == "%%":
            return "%"
        v = next(it)
        if spec in ("{}", "%v", "%+v", "%t", "%s"):
            return str(v)
        if spec == "%q":
            return json.dumps(str(v), ensure_ascii=False)
        spec = re.sub(r"(ll|l|z)(?=[a-zA-Z]$)", "", spec)
        if spec[-1] in "diufxX" and isinstance(v, str):
            return v
        if spec[-1] == "u":
            spec = spec[:-1] + "d"
        return spec % (v,)

    out = SPEC.sub(one, fmt)
    assert next(it, _END) is _END, (fmt, vals)
    return out


def label(fmt: str) -> str:
    """The label of a format: the format itself, a newline in it written `\\n`."""
    return fmt.replace("\n", "\\n")


class Records:
    """Records of one log file collected out of order (each a time, its lines and the first
    line's label), written in time order: several simulated actors log into one file."""

    def __init__(self) -> None:
        self.items: list[tuple[datetime, int, list[str], str]] = []
        self.seq = itertools.count()

    def add(self, t: datetime, lines: list[str], tid: str) -> None:
        self.items.append((t, next(self.seq), lines, tid))

    def into(self, log: Log) -> Log:
        for _, _, lines, tid in sorted(self.items, key=lambda x: (x[0], x[1])):
            log.add(lines[0], tid)
            for cont in lines[1:]:
                log.add(cont, None)
        return log


def ms(t: datetime) -> int:
    return t.microsecond // 1000


def iso_ms(t: datetime) -> str:
    return f"{t:%Y-%m-%dT%H:%M:%S}.{ms(t):03d}Z"


def lower_alnum(r: random.Random, n: int) -> str:
    return "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def secs(r: random.Random, lo: float, hi: float) -> timedelta:
    return timedelta(seconds=r.uniform(lo, hi))


# --------------------------------------------------------------------------------- trino

TR_VERSION = "448"
TR_PLUGINS = [
    ("hive", "io.trino.plugin.hive.HivePlugin", [("connector", "hive")]),
    ("iceberg", "io.trino.plugin.iceberg.IcebergPlugin", [("connector", "iceberg")]),
    ("postgresql", "io.trino.plugin.postgresql.PostgreSqlPlugin", [("connector", "postgresql")]),
    ("tpch", "io.trino.plugin.tpch.TpchPlugin", [("connector", "tpch")]),
    ("memory", "io.trino.plugin.memory.MemoryPlugin", [("connector", "memory")]),
    ("jmx", "io.trino.plugin.jmx.JmxPlugin", [("connector", "jmx")]),
    (
        "resource-group-managers",
        "io.trino.plugin.resourcegroups.ResourceGroupManagerPlugin",
        [
            ("resource group configuration manager", "file"),
            ("resource group configuration manager", "db"),
        ],
    ),
    (
        "exchange-filesystem",
        "io.trino.plugin.exchange.filesystem.FileSystemExchangePlugin",
        [("exchange manager", "filesystem")],
    ),
]
TR_CATALOGS = [
    ("hive", "hive"),
    ("lake", "iceberg"),
    ("crm", "postgresql"),
    ("tpch", "tpch"),
    ("jmx", "jmx"),
]
TR_TABLES = [
    "hive.sales.orders",
    "hive.sales.order_items",
    "hive.web.page_views",
    "hive.web.sessions",
    "lake.finance.invoices",
    "lake.finance.payments",
    "crm.public.customers",
    "crm.public.accounts",
    "tpch.sf1.lineitem",
]
TR_COLS = ["cust_id", "order_ts", "amount_eur", "region_code", "sessionid", "utm_campaing"]
TR_FRAMES_ANALYZE = [
    "\tat io.trino.sql.analyzer.SemanticExceptions.semanticException(SemanticExceptions.java:59)",
    "\tat io.trino.sql.analyzer.StatementAnalyzer$Visitor.visitTable(StatementAnalyzer.java:2241)",
    "\tat io.trino.sql.analyzer.StatementAnalyzer$Visitor.visitTable(StatementAnalyzer.java:518)",
    "\tat io.trino.sql.tree.Table.accept(Table.java:60)",
    "\tat io.trino.sql.tree.AstVisitor.process(AstVisitor.java:27)",
    "\tat io.trino.sql.analyzer.StatementAnalyzer$Visitor.process(StatementAnalyzer.java:537)",
    "\tat io.trino.sql.analyzer.StatementAnalyzer.analyze(StatementAnalyzer.java:497)",
    "\tat io.trino.sql.analyzer.Analyzer.analyze(Analyzer.java:98)",
    "\tat io.trino.execution.SqlQueryExecution.analyze(SqlQueryExecution.java:285)",
    "\tat io.trino.execution.SqlQueryExecution.<init>(SqlQueryExecution.java:218)",
    "\tat io.trino.dispatcher.LocalDispatchQueryFactory.lambda$createDispatchQuery$0(LocalDispatchQueryFactory.java:159)",
    "\tat com.google.common.util.concurrent.TrustedListenableFutureTask$TrustedFutureInterruptibleTask.runInterruptibly(TrustedListenableFutureTask.java:131)",
    "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)",
    "\tat java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:642)",
    "\tat java.base/java.lang.Thread.run(Thread.java:1570)",
]
TR_FRAMES_PARSE = [
    "\tat io.trino.sql.parser.ErrorHandler.syntaxError(ErrorHandler.java:109)",
    "\tat org.antlr.v4.runtime.ProxyErrorListener.syntaxError(ProxyErrorListener.java:41)",
    "\tat org.antlr.v4.runtime.Parser.notifyErrorListeners(Parser.java:544)",
    "\tat io.trino.sql.parser.SqlParser.invokeParser(SqlParser.java:194)",
    "\tat io.trino.sql.parser.SqlParser.createStatement(SqlParser.java:95)",
    "\tat io.trino.execution.QueryPreparer.prepareQuery(QueryPreparer.java:56)",
    "\tat io.trino.dispatcher.DispatchManager.createQueryInternal(DispatchManager.java:246)",
    "\tat io.trino.dispatcher.DispatchManager.lambda$createQuery$0(DispatchManager.java:179)",
    "\tat io.trino.$gen.Trino_448____20240604_060011_2.call(Unknown Source)",
    "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)",
    "\tat java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:642)",
    "\tat java.base/java.lang.Thread.run(Thread.java:1570)",
]
TR_FRAMES_MEMORY = [
    "\tat io.trino.ExceededMemoryLimitException.exceededLocalUserMemoryLimit(ExceededMemoryLimitException.java:40)",
    "\tat io.trino.memory.QueryContext.enforceUserMemoryLimit(QueryContext.java:343)",
    "\tat io.trino.memory.QueryContext.updateUserMemory(QueryContext.java:172)",
    "\tat io.trino.memory.context.SimpleLocalMemoryContext.setBytes(SimpleLocalMemoryContext.java:66)",
    "\tat io.trino.operator.HashBuilderOperator.updateIndex(HashBuilderOperator.java:398)",
    "\tat io.trino.operator.HashBuilderOperator.addInput(HashBuilderOperator.java:386)",
    "\tat io.trino.operator.Driver.processInternal(Driver.java:403)",
    "\tat io.trino.operator.Driver.lambda$process$8(Driver.java:306)",
    "\tat io.trino.operator.Driver.tryWithLock(Driver.java:709)",
    "\tat io.trino.operator.Driver.process(Driver.java:298)",
    "\tat io.trino.execution.SqlTaskExecution$DriverSplitRunner.processFor(SqlTaskExecution.java:890)",
    "\tat io.trino.execution.executor.timesharing.PrioritizedSplitRunner.process(PrioritizedSplitRunner.java:187)",
    "\tat io.trino.execution.executor.timesharing.TimeSharingTaskExecutor$TaskRunner.run(TimeSharingTaskExecutor.java:565)",
    "\tat io.trino.$gen.Trino_448____20240604_060011_2.run(Unknown Source)",
    "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)",
    "\tat java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:642)",
    "\tat java.base/java.lang.Thread.run(Thread.java:1570)",
]
TR_FRAMES_REMOTE = [
    "\tat io.trino.server.remotetask.RequestErrorTracker.requestFailed(RequestErrorTracker.java:121)",
    "\tat io.trino.server.remotetask.HttpRemoteTask$2.failed(HttpRemoteTask.java:1034)",
    "\tat io.trino.server.remotetask.SimpleHttpResponseHandler.onFailure(SimpleHttpResponseHandler.java:84)",
    "\tat com.google.common.util.concurrent.Futures$CallbackListener.run(Futures.java:1130)",
    "\tat io.airlift.concurrent.BoundedExecutor.drainQueue(BoundedExecutor.java:79)",
    "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)",
    "\tat java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:642)",
    "\tat java.base/java.lang.Thread.run(Thread.java:1570)",
    "\tSuppressed: java.lang.Exception: java.net.ConnectException: Connection refused",
    "\t\tat io.trino.server.remotetask.RequestErrorTracker.requestFailed(RequestErrorTracker.java:99)",
    "\t\t... 7 more",
]


def trino(r: random.Random) -> list[Log]:
    """A Trino 448 cluster (a coordinator and one worker) over four hours: both nodes starting
    (plugins, catalogs, access control, Jetty, `SERVER STARTED`), a few hundred queries from
    dashboards, ETL and analysts each closing with its TIMELINE line, failing ones (missing
    tables and columns, syntax errors, a per-node memory limit, the cluster out of memory, user
    cancels) with `Query %s failed` at debug (log.properties sets
    `io.trino.execution.QueryStateMachine=DEBUG`) and its exception stack, major GCs, and the
    worker killed and restarted: the coordinator's remote-task errors, its queries failing with
    TOO_MANY_REQUESTS_FAILED and the node missing, then the worker's start-up again."""
    t0 = datetime(2024, 6, 4, 6, 0, 1, 412000, tzinfo=UTC)
    end = datetime(2024, 6, 4, 10, 0, tzinfo=UTC)
    coord, work = Records(), Records()
    worker_uri = "http://10.0.1.12:8080"
    worker_id = "ffffffff-2c1b-4f0e-9a77-5e1f3b0c9d21"

    def emit(
        rec: Records,
        t: datetime,
        level: str,
        thread: str,
        logger: str,
        fmt: str,
        *vals,
        stack: list[str] | None = None,
    ) -> None:
        text = fill(fmt, *vals)
        first, *more = text.split("\n")
        rec.add(
            t,
            [f"{iso_ms(t)}\t{level}\t{thread}\t{logger}\t{first}"] + more + (stack or []),
            label(fmt),
        )

    def startup(rec: Records, t: datetime, coordinator: bool) -> datetime:
        emit(rec, t, "INFO", "main", "io.airlift.log.Logging", "Disabling stderr output")
        t += secs(r, 1.5, 2.5)
        for path, cls, regs in TR_PLUGINS:
            if not coordinator and path == "resource-group-managers":
                continue
            emit(
                rec,
                t,
                "INFO",
                "main",
                "io.trino.server.PluginManager",
                "-- Loading plugin %s --",
                f"/usr/lib/trino/plugin/{path}",
            )
            t += secs(r, 0.05, 0.4)
            emit(rec, t, "INFO", "main", "io.trino.server.PluginManager", "Installing %s", cls)
            for kind, name in regs:
                t += secs(r, 0.001, 0.01)
                emit(
                    rec,
                    t,
                    "INFO",
                    "main",
                    "io.trino.server.PluginManager",
                    "Registering " + kind + " %s",
                    name,
                )
            t += secs(r, 0.001, 0.01)
            emit(
                rec,
                t,
                "INFO",
                "main",
                "io.trino.server.PluginManager",
                "-- Finished loading plugin %s --",
                f"/usr/lib/trino/plugin/{path}",
            )
        for cat, conn in TR_CATALOGS:
            t += secs(r, 0.01, 0.05)
            emit(
                rec,
                t,
                "INFO",
                "main",
                "io.trino.connector.StaticCatalogManager",
                "-- Loading catalog %s --",
                cat,
            )
            t += secs(r, 0.2, 1.6)
            emit(
                rec,
                t,
                "INFO",
                "main",
                "io.trino.connector.StaticCatalogManager",
                "-- Added catalog %s using connector %s --",
                cat,
                conn,
            )
        if coordinator:
            t += secs(r, 0.01, 0.05)
            emit(
                rec,
                t,
                "INFO",
                "main",
                "io.trino.security.AccessControlManager",
                "-- Loading system access control %s --",
                "file",
            )
            t += secs(r, 0.01, 0.05)
            emit(
                rec,
                t,
                "INFO",
                "main",
                "io.trino.security.AccessControlManager",
                "-- Loaded system access control %s --",
                "file",
            )
        t += secs(r, 0.2, 0.6)
        emit(
            rec,
            t,
            "INFO",
            "main",
            "org.eclipse.jetty.server.Server",
            "jetty-{}; built: {}; git: {}; jvm {}",
            "12.0.8",
            "2024-03-29T16:04:03.148Z",
            "7a0a8b2b5ab2ba2e3ac2bb29b8a84e4d2e63a1c4",
            "22.0.1+8-LTS",
        )
        t += secs(r, 0.05, 0.2)
        emit(
            rec,
            t,
            "INFO",
            "main",
            "org.eclipse.jetty.server.AbstractConnector",
            "Started {}",
            f"http@{hexid(r, 8)}{{HTTP/1.1, (http/1.1, h2c)}}{{0.0.0.0:8080}}",
        )
        t += secs(r, 0.001, 0.01)
        emit(
            rec,
            t,
            "INFO",
            "main",
            "org.eclipse.jetty.server.Server",
            "Started {} @{}ms",
            f"oejs.Server@{hexid(r, 8)}{{STARTING}}[12.0.8,sto=0]",
            r.randrange(9000, 14000),
        )
        t += secs(r, 0.5, 1.5)
        emit(rec, t, "INFO", "main", "io.trino.server.Server", "======== SERVER STARTED ========")
        return t

    coord_id = [lower_alnum(r, 5)]
    startup(coord, t0, True)
    wt = startup(work, t0 + secs(r, 3, 6), False)

    # the worker is killed at `kill` and back at `back`
    kill = datetime(2024, 6, 4, 8, 17, 42, 310000, tzinfo=UTC)
    back = kill + timedelta(seconds=74)

    # GCs
    for rec, node in ((coord, "coordinator"), (work, "worker")):
        tg = t0 + timedelta(minutes=r.uniform(5, 15))
        while tg < end:
            if node == "worker" and kill <= tg < back + timedelta(minutes=5):
                tg = back + timedelta(minutes=r.uniform(5, 9))
                continue
            before = r.uniform(9, 14) if node == "worker" else r.uniform(3, 5.5)
            emit(
                rec,
                tg,
                "INFO",
                "Notification Thread",
                "io.airlift.stats.JmxGcMonitor",
                "Major GC: application %sms, stopped %sms: %s -> %s",
                r.randrange(40000, 900000),
                r.randrange(120, 2400),
                f"{before:.2f}GB",
                f"{before * r.uniform(0.25, 0.5):.2f}GB",
            )
            tg += timedelta(minutes=r.uniform(4, 22) if node == "worker" else r.uniform(15, 50))

    seq = [0]
    failures = [
        (30, "TABLE_NOT_FOUND"),
        (14, "COLUMN_NOT_FOUND"),
        (12, "SYNTAX_ERROR"),
        (10, "USER_CANCELED"),
        (6, "EXCEEDED_LOCAL_MEMORY_LIMIT"),
        (2, "CLUSTER_OUT_OF_MEMORY"),
        (2, "EXCEEDED_TIME_LIMIT"),
    ]

    def qid(t: datetime) -> str:
        seq[0] += 1
        return f"{t:%Y%m%d_%H%M%S}_{seq[0]:05d}_{coord_id[0]}"

    def failure_stack(code: str, q: str) -> list[str]:
        if code == "TABLE_NOT_FOUND":
            return [
                f"io.trino.spi.TrinoException: line {r.randrange(1, 9)}:{r.randrange(6, 40)}: Table '{r.choice(TR_TABLES)}z' does not exist",
                *TR_FRAMES_ANALYZE,
            ]
        if code == "COLUMN_NOT_FOUND":
            return [
                f"io.trino.spi.TrinoException: line {r.randrange(1, 9)}:{r.randrange(6, 40)}: Column '{r.choice(TR_COLS)}' cannot be resolved",
                *TR_FRAMES_ANALYZE[:1],
                "\tat io.trino.sql.analyzer.ExpressionAnalyzer$Visitor.visitIdentifier(ExpressionAnalyzer.java:647)",
                *TR_FRAMES_ANALYZE[4:],
            ]
        if code == "SYNTAX_ERROR":
            word = r.choice(["form", "grup", "limt", "wher"])
            return [
                f"io.trino.sql.parser.ParsingException: line 1:{r.randrange(20, 90)}: mismatched input '{word}'. Expecting: ',', 'EXCEPT', 'FETCH', 'FROM', 'GROUP', 'HAVING', 'INTERSECT', 'LIMIT', 'OFFSET', 'ORDER', 'UNION', 'WHERE', 'WINDOW', <EOF>",
                *TR_FRAMES_PARSE,
            ]
        if code == "USER_CANCELED":
            return [
                "io.trino.spi.TrinoException: Query was canceled",
                "\tat io.trino.execution.QueryStateMachine.transitionToCanceled(QueryStateMachine.java:1215)",
                "\tat io.trino.execution.SqlQueryManager.cancelQuery(SqlQueryManager.java:224)",
                "\tat io.trino.dispatcher.DispatchManager.cancelQuery(DispatchManager.java:431)",
                "\tat io.trino.server.protocol.ExecutingStatementResource.cancelQuery(ExecutingStatementResource.java:306)",
                "\tat java.base/java.lang.Thread.run(Thread.java:1570)",
            ]
        if code == "EXCEEDED_LOCAL_MEMORY_LIMIT":
            alloc = r.uniform(5.95, 6.0)
            return [
                f"io.trino.ExceededMemoryLimitException: Query exceeded per-node memory limit of 6GB [Allocated: {alloc:.2f}GB, Delta: {r.choice([8, 16, 32])}.00MB, Top Consumers: {{HashBuilderOperator={alloc * 0.9:.2f}GB, ScanFilterAndProjectOperator={r.randrange(90, 400)}.{r.randrange(10, 99)}MB, ExchangeOperator={r.randrange(10, 80)}.{r.randrange(10, 99)}MB}}, Details: [ {r.randrange(2, 9)}.{r.randrange(0, 20)}.0.0 ]]",
                *TR_FRAMES_MEMORY,
            ]
        if code == "CLUSTER_OUT_OF_MEMORY":
            return [
                "io.trino.ExceededMemoryLimitException: Query killed because the cluster is out of memory. Please try again in a few minutes.",
                "\tat io.trino.memory.ClusterMemoryManager.callOomKiller(ClusterMemoryManager.java:254)",
                "\tat io.trino.memory.ClusterMemoryManager.process(ClusterMemoryManager.java:203)",
                "\tat io.trino.execution.SqlQueryManager.enforceMemoryLimits(SqlQueryManager.java:355)",
                "\tat io.trino.execution.SqlQueryManager.lambda$start$0(SqlQueryManager.java:170)",
                "\tat java.base/java.lang.Thread.run(Thread.java:1570)",
            ]
        if code == "EXCEEDED_TIME_LIMIT":
            return [
                "io.trino.spi.TrinoException: Query exceeded the maximum execution time limit of 15.00m",
                "\tat io.trino.execution.SqlQueryManager.enforceTimeLimits(SqlQueryManager.java:335)",
                "\tat io.trino.execution.SqlQueryManager.lambda$start$0(SqlQueryManager.java:164)",
                "\tat java.base/java.lang.Thread.run(Thread.java:1570)",
            ]
        assert code == "TOO_MANY_REQUESTS_FAILED"
        return [
            f"io.trino.spi.TrinoTransportException: Encountered too many errors talking to a worker node. The node may have crashed or be under too much load. This is probably a transient issue, so please retry your query in a few minutes. (updating task {worker_uri}/v1/task/{q}.1.0.0 - {r.randrange(10, 30)} failures, failure duration {r.uniform(30.0, 31.0):.2f}s, total failed request time {r.uniform(31.0, 33.0):.2f}s)",
            *TR_FRAMES_REMOTE,
        ]

    def timeline(tq: datetime, te: datetime, q: str, state: str, code: str | None) -> None:
        el = int((te - tq).total_seconds() * 1000)
        plan = min(el, r.randrange(20, 400))
        wait = r.randrange(0, 30)
        sched = r.randrange(1, 40)
        run = max(el - plan - wait - sched, 0)
        emit(
            coord,
            te + timedelta(milliseconds=r.randrange(0, 4)),
            "INFO",
            f"dispatcher-query-{r.randrange(1, 60)}",
            "io.trino.event.QueryMonitor",
            "TIMELINE: Query %s :: %s%s :: elapsed %sms :: planning %sms :: waiting %sms :: scheduling %sms :: running %sms :: finishing %sms :: begin %s :: end %s",
            q,
            state,
            f" ({code})" if code else "",
            el,
            plan,
            wait,
            sched,
            run,
            r.randrange(0, 12),
            iso_ms(tq),
            iso_ms(te),
        )

    t = wt + timedelta(seconds=20)
    in_flight_at_kill: list[tuple[datetime, str]] = []
    while t < end:
        hour = t.hour
        rate = 1 / 25 if hour in (6, 7) else 1 / 14
        t += timedelta(seconds=r.expovariate(rate))
        if t >= end:
            break
        if kill <= t < back:
            continue
        q = qid(t)
        dur = r.lognormvariate(0.4, 1.3)
        te = t + timedelta(seconds=dur)
        if t < kill < te:
            in_flight_at_kill.append((t, q))
            continue
        if r.random() < 0.13:
            code = r.choices([c for _, c in failures], [w for w, _ in failures])[0]
            if code in ("TABLE_NOT_FOUND", "COLUMN_NOT_FOUND", "SYNTAX_ERROR"):
                te = t + timedelta(milliseconds=r.randrange(8, 160))
            elif code == "EXCEEDED_TIME_LIMIT":
                te = t + timedelta(minutes=15, milliseconds=r.randrange(0, 900))
            emit(
                coord,
                te,
                "DEBUG",
                f"query-execution-{r.randrange(0, 40)}"
                if code not in ("SYNTAX_ERROR",)
                else f"dispatcher-query-{r.randrange(1, 60)}",
                "io.trino.execution.QueryStateMachine",
                "Query %s failed",
                q,
                stack=failure_stack(code, q),
            )
            timeline(t, te, q, "FAILED", code)
            if code == "USER_CANCELED" and r.random() < 0.4:
                emit(
                    coord,
                    te + timedelta(milliseconds=r.randrange(5, 60)),
                    "DEBUG",
                    f"query-execution-{r.randrange(0, 40)}",
                    "io.trino.execution.QueryStateMachine",
                    "Failure after query %s finished",
                    q,
                    stack=failure_stack(code, q),
                )
        else:
            timeline(t, te, q, "FINISHED", None)

    # the worker's death, seen from the coordinator
    tk = kill + timedelta(milliseconds=r.randrange(200, 900))
    errs_until = kill + timedelta(seconds=31)
    while tk < errs_until:
        for _, q in in_flight_at_kill:
            what = r.choice(["updating task", "getting task status", "getting info for task"])
            emit(
                coord,
                tk,
                "WARN",
                f"http-client-exchange-{r.randrange(0, 20)}",
                "io.trino.server.remotetask.RequestErrorTracker",
                "Error " + what + " %s: java.net.ConnectException: Connection refused: %s",
                f"{q}.1.0.0",
                f"{worker_uri}/v1/task/{q}.1.0.0",
            )
            tk += timedelta(milliseconds=r.randrange(5, 80))
        tk += timedelta(seconds=r.uniform(1.5, 6))
    for tq, q in in_flight_at_kill:
        te = errs_until + timedelta(milliseconds=r.randrange(10, 900))
        emit(
            coord,
            te,
            "DEBUG",
            f"remote-task-callback-{r.randrange(1, 30)}",
            "io.trino.execution.QueryStateMachine",
            "Query %s failed",
            q,
            stack=failure_stack("TOO_MANY_REQUESTS_FAILED", q),
        )
        timeline(tq, te, q, "FAILED", "TOO_MANY_REQUESTS_FAILED")
    emit(
        coord,
        kill + timedelta(seconds=r.uniform(35, 45)),
        "INFO",
        "node-state-poller-0",
        "io.trino.metadata.DiscoveryNodeManager",
        "Previously active node is missing: %s (last seen at %s)",
        worker_id,
        "10.0.1.12",
    )
    startup(work, back, False)
    return [
        coord.into(Log("coordinator-server.log", t0)),
        work.into(Log("worker-1-server.log", t0)),
    ]


# --------------------------------------------------------------------------------- otelcol

OC_VER = "0.98.0"
OC_STACK_RETRY = [
    "go.opentelemetry.io/collector/exporter/exporterhelper.(*retrySender).send",
    "\tgo.opentelemetry.io/collector/exporter@v0.98.0/exporterhelper/retry_sender.go:118",
    "go.opentelemetry.io/collector/exporter/exporterhelper.(*tracesExporterWithObservability).send",
    "\tgo.opentelemetry.io/collector/exporter@v0.98.0/exporterhelper/traces.go:170",
    "go.opentelemetry.io/collector/exporter/exporterhelper.(*queueSender).consume",
    "\tgo.opentelemetry.io/collector/exporter@v0.98.0/exporterhelper/queue_sender.go:101",
    "go.opentelemetry.io/collector/exporter/internal/queue.(*boundedMemoryQueue[...]).Consume",
    "\tgo.opentelemetry.io/collector/exporter@v0.98.0/internal/queue/bounded_memory_queue.go:57",
    "go.opentelemetry.io/collector/exporter/internal/queue.(*Consumers[...]).Start.func1",
    "\tgo.opentelemetry.io/collector/exporter@v0.98.0/internal/queue/consumers.go:43",
]
OC_STACK_QUEUE = [
    "go.opentelemetry.io/collector/exporter/exporterhelper.(*queueSender).send",
    "\tgo.opentelemetry.io/collector/exporter@v0.98.0/exporterhelper/queue_sender.go:230",
    "go.opentelemetry.io/collector/exporter/exporterhelper.(*baseExporter).send",
    "\tgo.opentelemetry.io/collector/exporter@v0.98.0/exporterhelper/common.go:196",
    "go.opentelemetry.io/collector/exporter/exporterhelper.NewTracesExporter.func1",
    "\tgo.opentelemetry.io/collector/exporter@v0.98.0/exporterhelper/traces.go:99",
    "go.opentelemetry.io/collector/consumer.ConsumeTracesFunc.ConsumeTraces",
    "\tgo.opentelemetry.io/collector/consumer@v0.98.0/traces.go:25",
    "go.opentelemetry.io/collector/processor/batchprocessor.(*batchTraces).export",
    "\tgo.opentelemetry.io/collector/processor/batchprocessor@v0.98.0/batch_processor.go:414",
    "go.opentelemetry.io/collector/processor/batchprocessor.(*shard).sendItems",
    "\tgo.opentelemetry.io/collector/processor/batchprocessor@v0.98.0/batch_processor.go:261",
    "go.opentelemetry.io/collector/processor/batchprocessor.(*shard).start",
    "\tgo.opentelemetry.io/collector/processor/batchprocessor@v0.98.0/batch_processor.go:223",
]
OC_STACK_PERM = [
    "go.opentelemetry.io/collector/exporter/exporterhelper.(*retrySender).send",
    "\tgo.opentelemetry.io/collector/exporter@v0.98.0/exporterhelper/retry_sender.go:95",
    "go.opentelemetry.io/collector/exporter/exporterhelper.(*logsExporterWithObservability).send",
    "\tgo.opentelemetry.io/collector/exporter@v0.98.0/exporterhelper/logs.go:170",
    "go.opentelemetry.io/collector/exporter/exporterhelper.(*queueSender).consume",
    "\tgo.opentelemetry.io/collector/exporter@v0.98.0/exporterhelper/queue_sender.go:101",
    "go.opentelemetry.io/collector/exporter/internal/queue.(*boundedMemoryQueue[...]).Consume",
    "\tgo.opentelemetry.io/collector/exporter@v0.98.0/internal/queue/bounded_memory_queue.go:57",
    "go.opentelemetry.io/collector/exporter/internal/queue.(*Consumers[...]).Start.func1",
    "\tgo.opentelemetry.io/collector/exporter@v0.98.0/internal/queue/consumers.go:43",
]
OC_NS_PODS = [
    ("shop", "checkout-7d4f9c8b6d"),
    ("shop", "cart-5b9c7f6d8"),
    ("shop", "catalog-6c8d9b7f5"),
    ("shop", "payments-84f6b9c7d"),
    ("platform", "ingress-nginx-controller-6f7c9d8b5"),
    ("platform", "cert-manager-7b8c6d9f4"),
    ("batch", "invoice-export-28621440"),
    ("batch", "report-builder-28621455"),
]


def otelcol(r: random.Random) -> list[Log]:
    """An OpenTelemetry Collector contrib 0.98 deployment over three hours: two agents (a
    DaemonSet: filelog and OTLP receivers, exporting OTLP to the gateway) and a gateway (OTLP and
    Prometheus receivers; OTLP to Tempo, OTLP/HTTP to Loki, Prometheus remote write to Mimir).
    Start-up of each (own telemetry, the memory limiter, extensions, receivers, health check,
    `Everything is ready`); agents watching new pods' log files; Tempo down for twelve minutes
    (the gateway's retries, its sending queue full and data dropped after the retries ran out,
    its memory limiter forcing GCs and refusing data, the agents' exports refused and retried);
    Loki rejecting some batches (not retryable), remote write rejecting out-of-order samples, a
    dead scrape target, and the gateway rolled out (shutdown, start-up again, the agents' gRPC
    connections refused meanwhile)."""
    t0 = datetime(2024, 6, 4, 6, 0, 2, 118000, tzinfo=UTC)
    end = datetime(2024, 6, 4, 9, 0, tzinfo=UTC)
    gw, ag = Records(), [Records(), Records()]
    nodes = [
        "ip-10-0-1-23.eu-central-1.compute.internal",
        "ip-10-0-2-41.eu-central-1.compute.internal",
    ]

    def emit(
        rec: Records,
        t: datetime,
        level: str,
        caller: str,
        msg: str,
        fields: dict | None = None,
        stack: list[str] | None = None,
        fmt: str | None = None,
    ) -> None:
        line = f"{iso_ms(t)}\t{level}\t{caller}\t{msg}"
        if fields:
            line += "\t" + json.dumps(fields, ensure_ascii=False)
        rec.add(t, [line] + (stack or []), label(fmt or msg))

    def comp(
        kind: str, name: str, data_type: str | None = None, pipeline: str | None = None
    ) -> dict:
        d: dict = {"kind": kind}
        if data_type:
            d["data_type"] = data_type
        if pipeline:
            d["pipeline"] = pipeline
        d["name"] = name
        return d

    def startup(rec: Records, t: datetime, gateway: bool) -> datetime:
        def nx(lo: float = 0.0002, hi: float = 0.004) -> datetime:
            nonlocal t
            t += secs(r, lo, hi)
            return t

        emit(rec, t, "info", f"service@v{OC_VER}/telemetry.go:55", "Setting up own telemetry...")
        emit(
            rec,
            nx(),
            "info",
            f"service@v{OC_VER}/telemetry.go:97",
            "Serving metrics",
            {"address": ":8888", "level": "Normal"},
        )
        emit(
            rec,
            nx(),
            "warn",
            "localhostgate/featuregate.go:63",
            "The default endpoints for all servers in components will change to use localhost instead of 0.0.0.0 in a future version. Use the feature gate to preserve the previous behavior.",
            {"feature gate ID": "component.UseLocalHostAsDefaultHost"},
        )
        for pl in ["traces", "metrics", "logs"] if gateway else ["traces", "logs"]:
            emit(
                rec,
                nx(),
                "info",
                "memorylimiter/memorylimiter.go:160",
                "Using percentage memory limiter",
                {
                    **comp("processor", "memory_limiter", pipeline=pl),
                    "total_memory_mib": 4096 if gateway else 512,
                    "limit_percentage": 80,
                    "spike_limit_percentage": 25,
                },
            )
            emit(
                rec,
                nx(),
                "info",
                "memorylimiter/memorylimiter.go:125",
                "Memory limiter configured",
                {
                    **comp("processor", "memory_limiter", pipeline=pl),
                    "limit_mib": 3276 if gateway else 409,
                    "spike_limit_mib": 1024 if gateway else 128,
                    "check_interval": 1,
                },
            )
        if not gateway:
            emit(
                rec,
                nx(),
                "info",
                "kube/client.go:113",
                "k8s filtering",
                {
                    **comp("processor", "k8sattributes", pipeline="logs"),
                    "labelSelector": "",
                    "fieldSelector": f"spec.nodeName={nodes[0] if rec is ag[0] else nodes[1]}",
                },
            )
        emit(
            rec,
            nx(),
            "info",
            f"service@v{OC_VER}/service.go:143",
            "Starting otelcol-contrib...",
            {"Version": OC_VER, "NumCPU": 4 if gateway else 2},
        )
        emit(rec, nx(), "info", "extensions/extensions.go:34", "Starting extensions...")
        for ext in (
            ["health_check", "pprof", "zpages"] if gateway else ["health_check", "file_storage"]
        ):
            emit(
                rec,
                nx(),
                "info",
                "extensions/extensions.go:37",
                "Extension is starting...",
                comp("extension", ext),
            )
            if ext == "health_check":
                emit(
                    rec,
                    nx(),
                    "info",
                    f"healthcheckextension@v{OC_VER}/healthcheckextension.go:35",
                    "Starting health_check extension",
                    {
                        **comp("extension", ext),
                        "config": {
                            "Endpoint": "0.0.0.0:13133",
                            "TLSSetting": None,
                            "CORS": None,
                            "Auth": None,
                            "MaxRequestBodySize": 0,
                            "IncludeMetadata": False,
                            "ResponseHeaders": None,
                            "Path": "/",
                            "ResponseBody": None,
                            "CheckCollectorPipeline": {
                                "Enabled": False,
                                "Interval": "5m",
                                "ExporterFailureThreshold": 5,
                            },
                        },
                    },
                )
            elif ext == "pprof":
                emit(
                    rec,
                    nx(),
                    "info",
                    f"pprofextension@v{OC_VER}/pprofextension.go:60",
                    "Starting net/http/pprof server",
                    {
                        **comp("extension", ext),
                        "config": {
                            "TCPAddr": {
                                "Endpoint": "localhost:1777",
                                "DialerConfig": {"Timeout": 0},
                            },
                            "BlockProfileFraction": 0,
                            "MutexProfileFraction": 0,
                            "SaveToFile": "",
                        },
                    },
                )
            elif ext == "zpages":
                emit(
                    rec,
                    nx(),
                    "info",
                    "zpagesextension@v0.98.0/zpagesextension.go:53",
                    "Registered zPages span processor on tracer provider",
                    comp("extension", ext),
                )
                emit(
                    rec,
                    nx(),
                    "info",
                    "zpagesextension@v0.98.0/zpagesextension.go:63",
                    "Registered Host's zPages",
                    comp("extension", ext),
                )
                emit(
                    rec,
                    nx(),
                    "info",
                    "zpagesextension@v0.98.0/zpagesextension.go:75",
                    "Starting zPages extension",
                    {
                        **comp("extension", ext),
                        "config": {
                            "TCPAddr": {
                                "Endpoint": "localhost:55679",
                                "DialerConfig": {"Timeout": 0},
                            }
                        },
                    },
                )
            emit(
                rec,
                nx(),
                "info",
                "extensions/extensions.go:52",
                "Extension started.",
                comp("extension", ext),
            )
        for dt in ["traces", "metrics", "logs"] if gateway else ["traces", "logs"]:
            emit(
                rec,
                nx(),
                "info",
                f"otlpreceiver@v{OC_VER}/otlp.go:102",
                "Starting GRPC server",
                {**comp("receiver", "otlp", dt), "endpoint": "0.0.0.0:4317"},
            )
            emit(
                rec,
                nx(),
                "info",
                f"otlpreceiver@v{OC_VER}/otlp.go:152",
                "Starting HTTP server",
                {**comp("receiver", "otlp", dt), "endpoint": "0.0.0.0:4318"},
            )
        if gateway:
            emit(
                rec,
                nx(),
                "info",
                f"prometheusreceiver@v{OC_VER}/metrics_receiver.go:279",
                "Starting discovery manager",
                comp("receiver", "prometheus", "metrics"),
            )
            for job in [
                "node-exporter",
                "kube-state-metrics",
                "postgres-exporter",
                "redis-exporter",
            ]:
                emit(
                    rec,
                    nx(),
                    "info",
                    f"prometheusreceiver@v{OC_VER}/metrics_receiver.go:240",
                    "Scrape job added",
                    {**comp("receiver", "prometheus", "metrics"), "jobName": job},
                )
            emit(
                rec,
                nx(),
                "info",
                f"prometheusreceiver@v{OC_VER}/metrics_receiver.go:340",
                "Starting scrape manager",
                comp("receiver", "prometheus", "metrics"),
            )
        else:
            emit(
                rec,
                nx(),
                "info",
                "adapter/receiver.go:46",
                "Starting stanza receiver",
                comp("receiver", "filelog", "logs"),
            )
        emit(
            rec,
            nx(),
            "info",
            "healthcheck/handler.go:132",
            "Health Check state change",
            {**comp("extension", "health_check"), "status": "ready"},
        )
        emit(
            rec,
            nx(),
            "info",
            f"service@v{OC_VER}/service.go:169",
            "Everything is ready. Begin running and processing data.",
        )
        return t

    def shutdown(rec: Records, t: datetime) -> datetime:
        emit(
            rec,
            t,
            "info",
            f"otelcol@v{OC_VER}/collector.go:281",
            "Received signal from OS",
            {"signal": "terminated"},
        )
        t += secs(r, 0.0002, 0.002)
        emit(rec, t, "info", f"service@v{OC_VER}/service.go:179", "Starting shutdown...")
        t += secs(r, 0.0002, 0.002)
        emit(
            rec,
            t,
            "info",
            "healthcheck/handler.go:132",
            "Health Check state change",
            {**comp("extension", "health_check"), "status": "unavailable"},
        )
        t += secs(r, 0.5, 3)
        emit(rec, t, "info", "extensions/extensions.go:59", "Stopping extensions...")
        t += secs(r, 0.0002, 0.002)
        emit(rec, t, "info", f"service@v{OC_VER}/service.go:193", "Shutdown complete.")
        return t

    startup(gw, t0, True)
    for i in range(2):
        startup(ag[i], t0 + secs(r, 1, 9), False)

    # agents: new pods' log files
    for i in range(2):
        t = t0 + secs(r, 0.05, 0.3)
        for _ in range(r.randrange(14, 20)):
            ns, pod = r.choice(OC_NS_PODS)
            emit(
                ag[i],
                t,
                "info",
                "fileconsumer/file.go:268",
                "Started watching file",
                {
                    **comp("receiver", "filelog", "logs"),
                    "component": "fileconsumer",
                    "path": f"/var/log/pods/{ns}_{pod}-{lower_alnum(r, 5)}_{uuid4(r)}/{pod.rsplit('-', 1)[0]}/0.log",
                },
            )
            t += timedelta(milliseconds=r.randrange(0, 3))
        t = t0 + timedelta(minutes=2)
        while t < end:
            t += timedelta(seconds=r.expovariate(1 / 240))
            ns, pod = r.choice(OC_NS_PODS)
            emit(
                ag[i],
                t,
                "info",
                "fileconsumer/file.go:268",
                "Started watching file",
                {
                    **comp("receiver", "filelog", "logs"),
                    "component": "fileconsumer",
                    "path": f"/var/log/pods/{ns}_{pod}-{lower_alnum(r, 5)}_{uuid4(r)}/{pod.rsplit('-', 1)[0]}/0.log",
                },
            )

    # Tempo down: 06:40 - 06:52
    down0 = datetime(2024, 6, 4, 6, 40, 11, 0, tzinfo=UTC)
    down1 = down0 + timedelta(minutes=12)
    tempo_err = [
        'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp 10.96.118.40:4317: connect: connection refused"',
        "rpc error: code = DeadlineExceeded desc = context deadline exceeded",
    ]
    t = down0
    batches: list[tuple[datetime, int]] = []
    while t < down1:
        t += timedelta(seconds=r.expovariate(1 / 7))
        batches.append((t, r.choice([512, 512, 512, 184, 377, 45])))
    ends: list[datetime] = []  # when each queued batch left the queue (sending_queue.queue_size 40)
    for tb, items in batches:
        if sum(1 for e in ends if e > tb) >= 40:
            emit(
                gw,
                tb,
                "error",
                "exporterhelper/queue_sender.go:229",
                "Dropping data because sending_queue is full. Try increasing queue_size.",
                {**comp("exporter", "otlp/tempo", "traces"), "dropped_items": items},
                stack=OC_STACK_QUEUE,
            )
            continue
        tr = tb
        iv = r.uniform(4, 6)
        while tr < down1:
            err = (
                tempo_err[0]
                if tr - down0 < timedelta(minutes=1) or r.random() < 0.6
                else tempo_err[1]
            )
            emit(
                gw,
                tr,
                "info",
                "exporterhelper/retry_sender.go:126",
                "Exporting failed. Will retry the request after interval.",
                {
                    **comp("exporter", "otlp/tempo", "traces"),
                    "error": err,
                    "interval": f"{iv:.9f}s".rstrip("0"),
                },
            )
            tr += timedelta(seconds=iv + r.uniform(5, 5.2))
            iv = min(iv * r.uniform(1.2, 1.8), 30)
            if tr - tb > timedelta(seconds=300):
                emit(
                    gw,
                    tr,
                    "error",
                    "exporterhelper/queue_sender.go:101",
                    "Exporting failed. Dropping data.",
                    {
                        **comp("exporter", "otlp/tempo", "traces"),
                        "error": "no more retries left: " + err,
                        "dropped_items": items,
                    },
                    stack=OC_STACK_RETRY,
                )
                break
        ends.append(tr)
    # memory limiter during the outage
    tm = down0 + timedelta(minutes=3, seconds=r.uniform(0, 20))
    while tm < down1 + timedelta(minutes=1):
        cur = r.randrange(2290, 2480)
        emit(
            gw,
            tm,
            "info",
            "memorylimiter/memorylimiter.go:222",
            "Memory usage is above soft limit. Forcing a GC.",
            {**comp("processor", "memory_limiter", pipeline="traces"), "cur_mem_mib": cur},
        )
        tm += timedelta(milliseconds=r.randrange(180, 700))
        after = cur - r.randrange(40, 600)
        emit(
            gw,
            tm,
            "info",
            "memorylimiter/memorylimiter.go:192",
            "Memory usage after GC.",
            {**comp("processor", "memory_limiter", pipeline="traces"), "cur_mem_mib": after},
        )
        if after > 2252:
            emit(
                gw,
                tm,
                "warn",
                "memorylimiter/memorylimiter.go:205",
                "Memory usage is above soft limit. Refusing data.",
                {**comp("processor", "memory_limiter", pipeline="traces"), "cur_mem_mib": after},
            )
            tr = tm + secs(r, 0.1, 0.8)
            for i in range(2):
                emit(
                    ag[i],
                    tr + secs(r, 0, 2),
                    "info",
                    "exporterhelper/retry_sender.go:126",
                    "Exporting failed. Will retry the request after interval.",
                    {
                        **comp("exporter", "otlp", "traces"),
                        "error": "rpc error: code = Unavailable desc = data refused due to high memory usage",
                        "interval": f"{r.uniform(3, 8):.9f}s",
                    },
                )
            tm += timedelta(seconds=r.uniform(8, 40))
            emit(
                gw,
                tm,
                "info",
                "memorylimiter/memorylimiter.go:218",
                "Memory usage back within limits. Resuming normal operation.",
                {
                    **comp("processor", "memory_limiter", pipeline="traces"),
                    "cur_mem_mib": r.randrange(1600, 2200),
                },
            )
        tm += timedelta(seconds=r.uniform(15, 70))

    # Loki rejects some batches; remote write rejects out-of-order samples
    t = t0 + timedelta(minutes=5)
    while t < end:
        t += timedelta(seconds=r.expovariate(1 / 420))
        reason = r.choice(
            [
                'entry for stream \'{k8s_namespace_name=\\"batch\\", service_name=\\"invoice-export\\"}\' has timestamp too old: 2024-06-03T21:14:07Z, oldest acceptable timestamp is: 2024-06-03T23:00:00Z',
                "Ingestion rate limit exceeded for user fake (limit: 4194304 bytes/sec) while attempting to ingest '2048' lines totaling '4718592' bytes, reduce log volume or contact your Loki administrator to see if the limit can be increased",
            ]
        )
        emit(
            gw,
            t,
            "error",
            "exporterhelper/retry_sender.go:95",
            "Exporting failed. The error is not retryable. Dropping data.",
            {
                **comp("exporter", "otlphttp/loki", "logs"),
                "error": f"Permanent error: error exporting items, request to http://loki-gateway.observability.svc:80/otlp/v1/logs responded with HTTP Status Code 400, Message={reason}, Details=[]",
                "dropped_items": r.randrange(40, 2048),
            },
            stack=OC_STACK_PERM,
        )
    t = t0 + timedelta(minutes=9)
    while t < end:
        t += timedelta(seconds=r.expovariate(1 / 900))
        emit(
            gw,
            t,
            "error",
            "exporterhelper/retry_sender.go:95",
            "Exporting failed. The error is not retryable. Dropping data.",
            {
                **comp("exporter", "prometheusremotewrite/mimir", "metrics"),
                "error": 'Permanent error: Permanent error: remote write returned HTTP status 400 Bad Request; err = %!w(<nil>): failed pushing to ingester mimir-ingester-1: user=anonymous: the sample has been rejected because another sample with a more recent timestamp has already been ingested and out-of-order samples are not allowed (err-mimir-sample-out-of-order). The affected sample has timestamp 2024-06-04T06:13:40.118Z and is from series {__name__="otelcol_process_uptime", instance="otelcol-gateway-0"}',
                "dropped_items": r.randrange(300, 900),
            },
            stack=[s.replace("logs", "metrics") for s in OC_STACK_PERM],
        )
    # a dead scrape target every 30 s for an hour
    t = datetime(2024, 6, 4, 7, 5, 3, 412000, tzinfo=UTC)
    while t < datetime(2024, 6, 4, 8, 5, tzinfo=UTC):
        emit(
            gw,
            t,
            "warn",
            "internal/transaction.go:125",
            "Failed to scrape Prometheus endpoint",
            {
                **comp("receiver", "prometheus", "metrics"),
                "scrape_timestamp": int(t.timestamp() * 1000),
                "target_labels": '{__name__="up", instance="10.0.3.77:9187", job="postgres-exporter"}',
            },
        )
        t += timedelta(seconds=30, milliseconds=r.randrange(-3, 4))

    # the gateway rolled out at 08:12
    tr = datetime(2024, 6, 4, 8, 12, 30, 77000, tzinfo=UTC)
    tr = shutdown(gw, tr)
    up = tr + secs(r, 14, 22)
    for i in range(2):
        tc = tr + secs(r, 0.1, 1.5)
        k = 1
        while tc < up:
            # grpc's component and channel prefixes are its logger's, not the statement's
            grpc_fmt = "grpc: addrConn.createTransport failed to connect to %s. Err: %v"
            text = fill(
                grpc_fmt,
                '{Addr: "otelcol-gateway.observability.svc.cluster.local:4317", ServerName: "otelcol-gateway.observability.svc.cluster.local:4317", }',
                'connection error: desc = "transport: Error while dialing: dial tcp 10.96.31.9:4317: connect: connection refused"',
            )
            emit(
                ag[i],
                tc,
                "warn",
                "grpc@v1.63.2/clientconn.go:1342",
                f"[core] [Channel #1 SubChannel #{k + 1}] {text}",
                {"grpc_log": True},
                fmt=grpc_fmt,
            )
            for dt in ("traces", "logs"):
                if r.random() < 0.7:
                    emit(
                        ag[i],
                        tc + secs(r, 0, 0.5),
                        "info",
                        "exporterhelper/retry_sender.go:126",
                        "Exporting failed. Will retry the request after interval.",
                        {
                            **comp("exporter", "otlp", dt),
                            "error": 'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp 10.96.31.9:4317: connect: connection refused"',
                            "interval": f"{r.uniform(3, 8):.9f}s",
                        },
                    )
            tc += secs(r, 1, 4)
            k += 1
    startup(gw, up, True)
    return [
        ag[0].into(Log("otelcol-agent-7d9fx.log", t0)),
        ag[1].into(Log("otelcol-agent-q2m4s.log", t0)),
        gw.into(Log("otelcol-gateway-0.log", t0)),
    ]


# --------------------------------------------------------------------------------- cilium

CI_VER = "1.15.5"
_LOGRUS_PLAIN = re.compile(r"^[A-Za-z0-9\-._/@^+]*$")


def logrus_value(v: object) -> str:
    """A field's value as logrus's text formatter writes it: quoted (Go's %q) when it holds
    anything but letters, digits and `-._/@^+`."""
    s = str(v)
    return s if _LOGRUS_PLAIN.match(s) else json.dumps(s, ensure_ascii=False)


CI_FLAGS = [
    ("agent-health-port", "9879"),
    ("agent-labels", ""),
    ("allocator-list-timeout", "3m0s"),
    ("api-rate-limit", ""),
    ("arping-refresh-period", "30s"),
    ("auto-direct-node-routes", "false"),
    ("bpf-ct-global-any-max", "262144"),
    ("bpf-ct-global-tcp-max", "524288"),
    ("bpf-lb-algorithm", "random"),
    ("bpf-lb-map-max", "65536"),
    ("bpf-map-dynamic-size-ratio", "0.0025"),
    ("bpf-policy-map-max", "16384"),
    ("cluster-id", "0"),
    ("cluster-name", "default"),
    ("cni-chaining-mode", "none"),
    ("config-dir", "/tmp/cilium/config-map"),
    ("datapath-mode", "veth"),
    ("debug", "false"),
    ("enable-bpf-masquerade", "false"),
    ("enable-endpoint-health-checking", "true"),
    ("enable-health-checking", "true"),
    ("enable-hubble", "true"),
    ("enable-ipv4", "true"),
    ("enable-ipv6", "false"),
    ("enable-l7-proxy", "true"),
    ("enable-policy", "default"),
    ("enable-remote-node-identity", "true"),
    ("hubble-listen-address", ":4244"),
    ("hubble-socket-path", "/var/run/cilium/hubble.sock"),
    ("identity-allocation-mode", "crd"),
    ("install-iptables-rules", "true"),
    ("ipam", "cluster-pool"),
    ("k8s-namespace", "kube-system"),
    ("kube-proxy-replacement", "false"),
    ("monitor-aggregation", "medium"),
    ("monitor-aggregation-interval", "5s"),
    ("operator-api-serve-addr", "127.0.0.1:9234"),
    ("policy-audit-mode", "false"),
    ("prometheus-serve-addr", ":9962"),
    ("routing-mode", "tunnel"),
    ("tunnel-protocol", "vxlan"),
    ("write-cni-conf-when-ready", "/host/etc/cni/net.d/05-cilium.conflist"),
]
CI_HOOKS = [
    "*resource.resource[*v1.Node].Start",
    "*resource.resource[*cilium.io/v2.CiliumNode].Start",
    "*resource.resource[*v1.Namespace].Start",
    "*resource.resource[*v1.Service].Start",
    "*resource.resource[*k8s.Endpoints].Start",
    "*resource.resource[*v1.Pod].Start",
    "*resource.resource[*cilium.io/v2.CiliumNetworkPolicy].Start",
    "*resource.resource[*cilium.io/v2.CiliumClusterwideNetworkPolicy].Start",
    "*resource.resource[*cilium.io/v2alpha1.CiliumCIDRGroup].Start",
    "*resource.resource[*cilium.io/v2.CiliumEndpoint].Start",
    "*gc.GC.Start",
    "*manager.manager.Start",
    "*cni.cniConfigManager.Start",
    "*job.group.Start",
    "*endpointmanager.endpointManager.Start",
    "*signal.signalManager.Start",
    "*l2respondermap.l2ResponderMap.Start",
    "*statedb.DB.Start",
    "*ipcache.IPCache.Start",
]
CI_APPS = [
    ("shop", "checkout", 18),
    ("shop", "cart", 12),
    ("shop", "catalog", 10),
    ("shop", "payments", 6),
    ("shop", "redis-cart", 2),
    ("platform", "ingress-nginx-controller", 3),
    ("platform", "cert-manager", 1),
    ("batch", "invoice-export", 8),
    ("monitoring", "node-exporter", 1),
]


def cilium(r: random.Random) -> list[Log]:
    """Two Cilium 1.15 agents (two nodes of one cluster) over four hours, as `kubectl logs
    --timestamps` prints them: the start-up banner, the flag dump, the hive's start hooks,
    restored endpoints regenerated, the health and Hubble servers; pods created and deleted
    (endpoint requests, identities resolved, BPF programs rewritten, keys released), new
    identities making every endpoint regenerate, network policies imported, conntrack GC
    intervals, an API server blip (`k8sError` and watchers failing), ipcache conflicts for a
    host-network pod, a regeneration failing and the other agent restarting."""
    t0 = datetime(2024, 6, 4, 6, 0, 1, 512000, tzinfo=UTC)
    end = datetime(2024, 6, 4, 10, 0, tzinfo=UTC)
    recs = [Records(), Records()]
    node_ips = ["10.0.1.23", "10.0.2.41"]
    node_names = [
        "ip-10-0-1-23.eu-central-1.compute.internal",
        "ip-10-0-2-41.eu-central-1.compute.internal",
    ]
    pod_cidr = ["10.244.1", "10.244.2"]
    policy_rev = [1, 1]
    identities: dict[str, int] = {}
    endpoints: list[dict] = [{}, {}]  # per node: container id -> endpoint

    def emit(n: int, t: datetime, level: str, msg: str, fields: dict, *vals) -> None:
        text = fill(msg, *vals) if vals else msg
        parts = [f"level={level}", f"msg={logrus_value(text)}"]
        parts += [f"{k}={logrus_value(v)}" for k, v in sorted(fields.items())]
        recs[n].add(
            t,
            [
                f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}{r.randrange(100, 999)}Z "
                + " ".join(parts)
            ],
            label(msg),
        )

    def ident(ns: str, app: str) -> int:
        key = f"k8s:app={app};k8s:io.cilium.k8s.namespace.labels.kubernetes.io/metadata.name={ns};k8s:io.cilium.k8s.policy.cluster=default;k8s:io.cilium.k8s.policy.serviceaccount={app};k8s:io.kubernetes.pod.namespace={ns};"
        if key not in identities:
            identities[key] = r.randrange(1000, 65000)
        return identities[key]

    def idkey(ns: str, app: str) -> str:
        return f"k8s:app={app};k8s:io.cilium.k8s.namespace.labels.kubernetes.io/metadata.name={ns};k8s:io.cilium.k8s.policy.cluster=default;k8s:io.cilium.k8s.policy.serviceaccount={app};k8s:io.kubernetes.pod.namespace={ns};"

    def ep_fields(ep: dict) -> dict:
        return {
            "containerID": ep["cid"][:10],
            "datapathPolicyRevision": ep["drev"],
            "desiredPolicyRevision": policy_rev[ep["n"]],
            "endpointID": ep["id"],
            "identity": ep["identity"],
            "ipv4": ep["ip"],
            "ipv6": "",
            "k8sPodName": f"{ep['ns']}/{ep['pod']}",
            "subsys": "endpoint",
        }

    def new_ep(n: int, ns: str, app: str) -> dict:
        pod = (
            f"{app}-{lower_alnum(r, 9)}-{lower_alnum(r, 5)}"
            if app not in ("invoice-export",)
            else f"{app}-{r.randrange(28621000, 28629999)}-{lower_alnum(r, 5)}"
        )
        ep = {
            "n": n,
            "cid": hexid(r, 64),
            "id": r.randrange(100, 4095),
            "ns": ns,
            "app": app,
            "pod": pod,
            "ip": f"{pod_cidr[n]}.{r.randrange(2, 254)}",
            "identity": ident(ns, app),
            "drev": 0,
        }
        endpoints[n][ep["cid"]] = ep
        return ep

    def startup(n: int, t: datetime, restore: int) -> datetime:
        def nx(lo: float = 0.0001, hi: float = 0.003) -> datetime:
            nonlocal t
            t += secs(r, lo, hi)
            return t

        d = {"subsys": "daemon"}
        emit(
            n,
            t,
            "info",
            "Memory available for map entries (%.3f%% of %dB): %dB",
            {"subsys": "config"},
            0.25,
            8167399424,
            20418498,
        )
        for opt, v in [
            ("bpf-ct-global-tcp-max", 143588),
            ("bpf-ct-global-any-max", 71794),
            ("bpf-nat-global-max", 143588),
            ("bpf-neigh-global-max", 143588),
            ("bpf-sock-rev-map-max", 71794),
        ]:
            emit(
                n,
                nx(),
                "info",
                "option %s set by dynamic sizing to %v",
                {"subsys": "config"},
                opt,
                v,
            )
        for k, v in CI_FLAGS:
            emit(n, nx(0, 0.0005), "info", "  --%s='%s'", d, k, v)
        for line in [
            "     _ _ _",
            " ___|_| |_|_ _ _____",
            "|  _| | | | | |     |",
            "|___|_|_|_|___|_|_|_|",
        ]:
            emit(n, nx(0, 0.0002), "info", line, d)
        emit(
            n,
            nx(0, 0.0002),
            "info",
            "Cilium %s",
            d,
            f"{CI_VER} 8c7e442c 2024-05-10T14:24:51+02:00 go version go1.21.10 linux/amd64",
        )
        emit(
            n,
            nx(0.001, 0.01),
            "info",
            "clang (%s) and kernel (%s) versions: OK!",
            {"subsys": "linux-datapath"},
            "10.0.0",
            "6.1.0",
        )
        emit(
            n,
            nx(),
            "info",
            "Detected mounted BPF filesystem at %s",
            {"subsys": "bpf"},
            "/sys/fs/bpf",
        )
        emit(
            n,
            nx(),
            "info",
            "Mounted cgroupv2 filesystem at %s",
            {"subsys": "cgroups"},
            "/run/cilium/cgroupv2",
        )
        emit(
            n,
            nx(0.01, 0.05),
            "info",
            "Establishing connection to apiserver",
            {"host": "https://10.96.0.1:443", "subsys": "k8s-client"},
        )
        emit(n, nx(0.005, 0.04), "info", "Connected to apiserver", {"subsys": "k8s-client"})
        for fn in CI_HOOKS:
            emit(
                n,
                nx(0.0001, 0.02),
                "info",
                "Start hook executed",
                {
                    "duration": f"{r.uniform(2, 900):.3f}µs"
                    if r.random() < 0.7
                    else f"{r.uniform(1, 40):.6f}ms",
                    "function": fn,
                    "subsys": "hive",
                },
            )
        emit(n, nx(0.01, 0.1), "info", "Initializing daemon", d)
        emit(
            n,
            nx(),
            "info",
            "Restored router address from node_config",
            {
                "file": "/var/run/cilium/state/globals/node_config.h",
                "ipv4": f"{pod_cidr[n]}.71",
                "ipv6": "<nil>",
                "subsys": "node",
            },
        )
        emit(n, nx(0.01, 0.2), "info", "Reading old endpoints...", d)
        for _ in range(restore):
            ns, app, _w = r.choices(CI_APPS, [w for _, _, w in CI_APPS])[0]
            ep = new_ep(n, ns, app)
            ep["drev"] = policy_rev[n]
            emit(
                n,
                nx(),
                "info",
                "Restored endpoint",
                {"endpointID": ep["id"], "ipAddr": f"[{ep['ip']} ]", "subsys": "endpoint"},
            )
        emit(
            n,
            nx(),
            "info",
            "Endpoints restored",
            {"failed": 0, "restored": restore, "subsys": "daemon"},
        )
        emit(
            n,
            nx(0.01, 0.1),
            "info",
            "Initializing identity allocator",
            {"subsys": "identity-cache"},
        )
        emit(
            n,
            nx(),
            "info",
            "Allocating identities between range",
            {"cluster-id": 0, "max": 65535, "min": 256, "subsys": "identity-cache"},
        )
        emit(
            n,
            nx(0.05, 0.5),
            "info",
            "Compiled new BPF template",
            {
                "BPFCompilationTime": f"{r.uniform(1.1, 2.6):.9f}s",
                "file-path": f"/var/run/cilium/state/templates/{hexid(r, 64)}/bpf_host.o",
                "subsys": "datapath-loader",
            },
        )
        for ep in list(endpoints[n].values()):
            emit(
                n,
                nx(0.001, 0.02),
                "info",
                "Successfully restored endpoint. Scheduling regeneration",
                {"endpointID": ep["id"], "subsys": "daemon"},
            )
        for ep in list(endpoints[n].values()):
            emit(n, nx(0.01, 0.3), "info", "Rewrote endpoint BPF program", ep_fields(ep))
        emit(n, nx(0.05, 0.3), "info", "Launching Cilium health daemon", d)
        emit(n, nx(), "info", "Launching Cilium health endpoint", d)
        emit(
            n,
            nx(0.01, 0.1),
            "info",
            "Serving cilium health API at %s",
            {"subsys": "health-server"},
            "unix:///var/run/cilium/health.sock",
        )
        emit(n, nx(), "info", "Initializing Cilium API", d)
        emit(
            n,
            nx(),
            "info",
            "Daemon initialization completed",
            {"bootstrapTime": f"{r.uniform(4, 9):.9f}s", "subsys": "daemon"},
        )
        emit(n, nx(), "info", "Serving cilium API at %s", d, "unix:///var/run/cilium/cilium.sock")
        emit(
            n,
            nx(),
            "info",
            "Starting Hubble server",
            {"address": ":4244", "subsys": "hubble", "tls": False},
        )
        emit(
            n,
            nx(0.001, 0.05),
            "info",
            "Beginning to read perf buffer",
            {
                "startTime": f"{t:%Y-%m-%d %H:%M:%S}.{t.microsecond:06d}{r.randrange(100, 999)} +0000 UTC m=+{r.uniform(6, 12):.9f}",
                "subsys": "monitor-agent",
            },
        )
        return t

    startup(0, t0, 11)
    startup(1, t0 + secs(r, 0.5, 3), 9)

    def create(n: int, t: datetime) -> None:
        ns, app, _w = r.choices(CI_APPS, [w for _, _, w in CI_APPS])[0]
        new_identity = idkey(ns, app) not in identities
        ep = new_ep(n, ns, app)
        iface = "lxc" + hexid(r, 12)
        emit(
            n,
            t,
            "info",
            "Create endpoint request",
            {
                "addressing": f"&{{{ep['ip']} {uuid4(r)} default   }}",
                "containerID": ep["cid"],
                "datapathConfiguration": "&{false false false false false <nil>}",
                "interface": iface,
                "k8sPodName": f"{ns}/{ep['pod']}",
                "labels": "[]",
                "subsys": "daemon",
                "sync-build": True,
            },
        )
        t += timedelta(milliseconds=r.randrange(1, 6))
        f = ep_fields(ep)
        f["identity"] = ""
        emit(n, t, "info", "New endpoint", {k: v for k, v in f.items() if k != "identity"})
        t += timedelta(milliseconds=r.randrange(1, 4))
        emit(
            n,
            t,
            "info",
            "Resolving identity labels (blocking)",
            {
                **{k: v for k, v in f.items() if k != "identity"},
                "identityLabels": idkey(ns, app).replace(";", ",").rstrip(","),
            },
        )
        t += timedelta(milliseconds=r.randrange(1, 30))
        if not new_identity:
            emit(
                n,
                t,
                "info",
                "Reusing existing global key",
                {"key": idkey(ns, app), "subsys": "allocator"},
            )
        emit(
            n,
            t + timedelta(milliseconds=1),
            "info",
            "Identity of endpoint changed",
            {
                **{k: v for k, v in f.items() if k != "identity"},
                "identity": ep["identity"],
                "identityLabels": idkey(ns, app).replace(";", ",").rstrip(","),
                "oldIdentity": "no identity",
            },
        )
        t += timedelta(milliseconds=r.randrange(2, 10))
        emit(n, t, "info", "Waiting for endpoint to be generated", {**ep_fields(ep)})
        if new_identity:
            for m in (0, 1):
                emit(
                    m,
                    t + timedelta(milliseconds=r.randrange(2, 400)),
                    "info",
                    "regenerating all endpoints",
                    {
                        "reason": "one or more identities created or deleted",
                        "subsys": "endpoint-manager",
                    },
                )
        t += timedelta(milliseconds=r.randrange(300, 2500))
        ep["drev"] = policy_rev[n]
        emit(n, t, "info", "Rewrote endpoint BPF program", ep_fields(ep))
        t += timedelta(milliseconds=r.randrange(1, 20))
        emit(
            n,
            t,
            "info",
            "Successful endpoint creation",
            {**{k: v for k, v in ep_fields(ep).items() if k != "subsys"}, "subsys": "daemon"},
        )

    def delete(n: int, t: datetime) -> None:
        if not endpoints[n]:
            return
        cid = r.choice(sorted(endpoints[n]))
        ep = endpoints[n].pop(cid)
        emit(
            n,
            t,
            "info",
            "Delete endpoint request",
            {
                "containerID": ep["cid"][:10],
                "endpointID": ep["id"],
                "k8sNamespace": ep["ns"],
                "k8sPodName": ep["pod"],
                "subsys": "daemon",
            },
        )
        t += timedelta(milliseconds=r.randrange(1, 10))
        emit(
            n,
            t,
            "info",
            "Releasing key",
            {
                "key": f"[{idkey(ep['ns'], ep['app']).replace(';', ' ').strip()}]",
                "subsys": "allocator",
            },
        )
        t += timedelta(milliseconds=r.randrange(10, 300))
        emit(n, t, "info", "Removed endpoint", ep_fields(ep))

    # pod churn on both nodes
    for n in (0, 1):
        t = t0 + timedelta(minutes=1)
        while t < end:
            t += timedelta(seconds=r.expovariate(1 / 75))
            if r.random() < 0.52 or len(endpoints[n]) < 6:
                create(n, t)
            else:
                delete(n, t)
        # conntrack GC
        t = t0 + timedelta(minutes=r.uniform(1, 3))
        while t < end:
            emit(
                n,
                t,
                "info",
                "Conntrack garbage collector interval recalculated",
                {
                    "deleteRatio": f"{r.uniform(0.001, 0.05):.16f}",
                    "newInterval": r.choice(["7m30s", "11m15s", "16m52.5s", "5m0s"]),
                    "subsys": "map-ct",
                },
            )
            t += timedelta(minutes=r.uniform(5, 17))
    # policies imported (both nodes)
    t = t0 + timedelta(minutes=20)
    while t < end:
        t += timedelta(minutes=r.expovariate(1 / 28))
        if t >= end:
            break
        req = uuid4(r)
        name = r.choice(
            [
                "shop/allow-checkout-to-payments",
                "shop/allow-ingress-nginx",
                "batch/egress-s3-only",
                "platform/deny-metadata-api",
            ]
        )
        for n in (0, 1):
            tn = t + timedelta(milliseconds=r.randrange(1, 200))
            policy_rev[n] += 1
            emit(
                n,
                tn,
                "info",
                "Policy Add Request",
                {
                    "ciliumNetworkPolicy": f'[&{{EndpointSelector:{{"matchLabels":{{"k8s:io.kubernetes.pod.namespace":"{name.split("/")[0]}"}}}} NodeSelector:{{}} Ingress:[] IngressDeny:[] Egress:[] EgressDeny:[] Labels:[k8s:io.cilium.k8s.policy.derived-from=CiliumNetworkPolicy k8s:io.cilium.k8s.policy.name={name.split("/")[1]} k8s:io.cilium.k8s.policy.namespace={name.split("/")[0]} k8s:io.cilium.k8s.policy.uid={uuid4(r)}] EnableDefaultDeny:{{Ingress:<nil> Egress:<nil>}} Description:}}]',
                    "policyAddRequest": req,
                    "subsys": "daemon",
                },
            )
            emit(
                n,
                tn + timedelta(milliseconds=r.randrange(1, 30)),
                "info",
                "Policy imported via API, recalculating...",
                {"policyAddRequest": req, "policyRevision": policy_rev[n], "subsys": "daemon"},
            )
            emit(
                n,
                tn + timedelta(milliseconds=r.randrange(30, 60)),
                "info",
                "Imported CiliumNetworkPolicy",
                {
                    "ciliumNetworkPolicyName": name.split("/")[1],
                    "k8sApiVersion": "",
                    "k8sNamespace": name.split("/")[0],
                    "subsys": "k8s-watcher",
                },
            )
    # an API server blip at 07:22
    tb = datetime(2024, 6, 4, 7, 22, 8, 0, tzinfo=UTC)
    for n in (0, 1):
        t = tb + secs(r, 0, 2)
        for res in [
            "*v1.Pod",
            "*v2.CiliumNode",
            "*v1.Service",
            "*k8s.Endpoints",
            "*v2.CiliumEndpoint",
            "*v1.Namespace",
        ]:
            emit(
                n,
                t,
                "error",
                "k8sError",
                {
                    "error": f'github.com/cilium/cilium/pkg/k8s/resource/resource.go:{r.choice([417, 432])}: watch of {res} ended with: an error on the server ("unable to decode an event from the watch stream: http2: client connection lost") has prevented the request from succeeding',
                    "subsys": "k8s",
                },
            )
            t += timedelta(milliseconds=r.randrange(0, 80))
        t += secs(r, 1, 3)
        for _ in range(r.randrange(3, 6)):
            emit(
                n,
                t,
                "error",
                "k8sError",
                {
                    "error": 'github.com/cilium/cilium/pkg/k8s/resource/resource.go:432: Failed to watch *v2.CiliumNode: failed to list *v2.CiliumNode: Get "https://10.96.0.1:443/apis/cilium.io/v2/ciliumnodes?resourceVersion=48213377": dial tcp 10.96.0.1:443: connect: connection refused',
                    "subsys": "k8s",
                },
            )
            t += secs(r, 0.8, 4)
        emit(
            n,
            t,
            "warning",
            "Unable to update CiliumNode resource, will retry",
            {
                "error": 'Put "https://10.96.0.1:443/apis/cilium.io/v2/ciliumnodes/'
                + node_names[n]
                + '": dial tcp 10.96.0.1:443: connect: connection refused',
                "subsys": "nodediscovery",
            },
        )
    # ipcache conflicts for a host-network pod (node 0)
    t = t0 + timedelta(minutes=40)
    while t < end:
        t += timedelta(minutes=r.expovariate(1 / 22))
        pod = r.choice(["node-exporter-x8d2k", "ingress-nginx-controller-6f7c9d8b5-2lqpz"])
        ns = "monitoring" if pod.startswith("node") else "platform"
        emit(
            0,
            t,
            "warning",
            "Unable to update ipcache map entry on pod add",
            {
                "error": "ipcache entry for podIP " + node_ips[0] + " owned by kvstore or agent",
                "hostIP": node_ips[0],
                "k8sNamespace": ns,
                "k8sPodName": pod,
                "podIP": node_ips[0],
                "podIPs": f"[{{{node_ips[0]}}}]",
                "subsys": "k8s-watcher",
            },
        )
    # identities deleted under the agent
    t = t0 + timedelta(minutes=30)
    while t < end:
        t += timedelta(minutes=r.expovariate(1 / 35))
        for n in (0, 1):
            emit(
                n,
                t + secs(r, 0, 1),
                "warning",
                "UpdateIdentities: Skipping Delete of a non-existing identity",
                {"identity": r.randrange(1000, 65000), "subsys": "policy"},
            )
    # a regeneration failing (node 0) and an unexpected program removal
    tf = datetime(2024, 6, 4, 8, 3, 51, 0, tzinfo=UTC)
    if endpoints[0]:
        ep = endpoints[0][sorted(endpoints[0])[0]]
        emit(
            0,
            tf,
            "warning",
            "Regeneration of endpoint failed",
            {
                **ep_fields(ep),
                "bpfCompilation": "0s",
                "bpfLoadProg": f"{r.uniform(10, 90):.6f}ms",
                "bpfWaitForELF": "5.331µs",
                "bpfWriteELF": "0s",
                "error": "error while loading datapath: Failed to load prog with tc: attaching program cil_from_container to interface lxc3f9a1c2d7e4b: link not found",
                "mapSync": "11.2µs",
                "policyCalculation": "30.921µs",
                "prepareBuild": "401.8µs",
                "proxyConfiguration": "10.48µs",
                "proxyPolicyCalculation": "14.105µs",
                "proxyWaitForAck": "0s",
                "reason": "retrying regeneration",
                "subsys": "endpoint",
                "waitingForCTClean": "0s",
                "waitingForLock": "1.17µs",
            },
        )
        emit(
            0,
            tf + secs(r, 0.001, 0.01),
            "error",
            "endpoint regeneration failed",
            {
                **ep_fields(ep),
                "error": "error while loading datapath: Failed to load prog with tc: attaching program cil_from_container to interface lxc3f9a1c2d7e4b: link not found",
            },
        )
    emit(
        1,
        tf + timedelta(minutes=7),
        "warning",
        "Detected unexpected endpoint BPF program removal. Consider investigating whether other software running on this machine is removing Cilium's endpoint BPF programs. If endpoint BPF programs are removed, the associated pods will lose connectivity and only reinstating the programs will restore connectivity.",
        {"count": 1, "subsys": "elf"},
    )
    # the other agent restarts (an upgrade of its config) at 09:10; agent 0 sees the node updated
    tr = datetime(2024, 6, 4, 9, 10, 4, 0, tzinfo=UTC)
    emit(
        1,
        tr,
        "info",
        "received signal that the agent should exit",
        {"signal": "terminated", "subsys": "daemon"},
    )
    keep = len(endpoints[1])
    endpoints[1].clear()
    startup(1, tr + secs(r, 6, 12), keep)
    emit(
        0,
        tr + secs(r, 15, 25),
        "info",
        "Node updated",
        {"clusterName": "default", "nodeName": node_names[1], "subsys": "nodemanager"},
    )
    return [recs[0].into(Log("cilium-7xk2p.log", t0)), recs[1].into(Log("cilium-m9qzt.log", t0))]


# --------------------------------------------------------------------------------- vitess

VT_SQL = [
    (
        "select id, customer_id, status, total from corder where customer_id = :vtg1 order by created_at desc limit :vtg2",
        '{vtg1: "type:INT64 value:\\"%d\\"" vtg2: "type:INT64 value:\\"20\\""}',
    ),
    (
        "select sku, qty, price from corder_item where order_id = :vtg1",
        '{vtg1: "type:INT64 value:\\"%d\\""}',
    ),
    (
        "update product set stock = stock - :vtg1 where sku = :vtg2",
        '{vtg1: "type:INT64 value:\\"1\\"" vtg2: "type:VARCHAR value:\\"SKU-%d\\""}',
    ),
]
VT_PANIC = [
    "panic: runtime error: invalid memory address or nil pointer dereference",
    "[signal SIGSEGV: segmentation violation code=0x1 addr=0x30 pc=0x1a4c2f1]",
    "",
    "goroutine 48211 [running]:",
    "vitess.io/vitess/go/vt/discovery.(*HealthCheckImpl).updateHealth(0xc000412a80, 0xc00e1f2b40, 0x0, {0x0, 0x0}, 0x1, 0x0)",
    "\t/vt/src/vitess.io/vitess/go/vt/discovery/healthcheck.go:533 +0x311",
    "vitess.io/vitess/go/vt/discovery.(*tabletHealthCheck).processResponse(0xc0015a2d80, 0xc000412a80, 0xc00c7e5b00)",
    "\t/vt/src/vitess.io/vitess/go/vt/discovery/tablet_health_check.go:263 +0x4f8",
    "vitess.io/vitess/go/vt/discovery.(*tabletHealthCheck).stream.func1(0xc00c7e5b00)",
    "\t/vt/src/vitess.io/vitess/go/vt/discovery/tablet_health_check.go:200 +0x2b",
    "vitess.io/vitess/go/vt/vttablet/grpctabletconn.(*gRPCQueryClient).StreamHealth(0xc0006e9c00, {0x2b4c1a8, 0xc00e1f2b40}, 0xc00d8f2f30)",
    "\t/vt/src/vitess.io/vitess/go/vt/vttablet/grpctabletconn/conn.go:760 +0x1c5",
    "vitess.io/vitess/go/vt/discovery.(*tabletHealthCheck).stream(0xc0015a2d80, {0x2b4c1a8, 0xc00e1f2b40}, 0xc00d8f2f70)",
    "\t/vt/src/vitess.io/vitess/go/vt/discovery/tablet_health_check.go:195 +0x145",
    "vitess.io/vitess/go/vt/discovery.(*tabletHealthCheck).checkConn(0xc0015a2d80, 0xc000412a80)",
    "\t/vt/src/vitess.io/vitess/go/vt/discovery/tablet_health_check.go:287 +0x2f0",
    "created by vitess.io/vitess/go/vt/discovery.(*HealthCheckImpl).AddTablet in goroutine 112",
    "\t/vt/src/vitess.io/vitess/go/vt/discovery/healthcheck.go:376 +0x6f7",
]


def vitess(r: random.Random) -> list[Log]:
    """A Vitess 19 unsharded keyspace `commerce` over four hours: the primary and a replica
    vttablet and a vtgate, each as its container's stderr (glog with `--logtostderr`). Query
    errors logged by the tablets' TabletServer (`Code: RESOURCE_EXHAUSTED` and the pool timeout,
    duplicate keys, deadlocks, statement timeouts, each with its SQL on a third line), the
    transaction killer, the replica's lag going unhealthy and healthy again, a planned reparent
    (the old primary demoted through unserveCommon's steps, the replica promoted, vtgate's health
    check updates and its buffering start and stop), the schema tracker's and replication
    watcher's vstreams ending and retrying, a MySQL outage on the replica, and vtgate crashing on
    a nil pointer with its goroutine's stack and starting again."""
    t0 = datetime(2024, 6, 4, 6, 0, 2, 118000, tzinfo=UTC)
    end = datetime(2024, 6, 4, 10, 0, tzinfo=UTC)
    recs = [Records(), Records(), Records()]  # tablet 101, tablet 102, vtgate
    hosts = ["vttablet-zone1-101", "vttablet-zone1-102", "vtgate-zone1-6d8f7b9c4-lk2qd"]
    names = ["zone1-0000000101", "zone1-0000000102"]
    primary = [0]

    def emit(
        f: int,
        t: datetime,
        lvl: str,
        where: str,
        fmt: str,
        *vals,
        cont: list[str] | None = None,
        pid: int = 1,
    ) -> None:
        text = fill(fmt, *vals)
        first, *more = text.split("\n")
        recs[f].add(
            t,
            [f"{lvl}{t:%m%d %H:%M:%S}.{t.microsecond:06d} {pid:7d} {where}] {first}"]
            + more
            + (cont or []),
            label(fmt),
        )

    def state_str(tt: str, st: str, ter: datetime | None) -> str:
        return (
            f"{tt}: {st}"
            if tt != "PRIMARY"
            else f"{tt}: {st}, {ter:%b} {ter.day}, {ter:%Y at %H:%M:%S} (UTC)"
        )

    def transition(
        f: int, t: datetime, old: tuple[str, str], new: tuple[str, str], ter: datetime
    ) -> datetime:
        emit(
            f,
            t,
            "I",
            "state_manager.go:222",
            "Starting transition to %v %v, timestamp: %v",
            new[0],
            new[1],
            f"{ter:%Y-%m-%d %H:%M:%S}.{ter.microsecond:06d}000 +0000 UTC"
            if new[0] == "PRIMARY"
            else "0001-01-01 00:00:00 +0000 UTC",
        )
        t += timedelta(milliseconds=r.randrange(2, 40))
        if old[1] == "Serving" and (new[1] != "Serving" or old[0] == "PRIMARY"):
            for fmt in [
                "Started execution of unserveCommon",
                "Finished execution of handleShutdownGracePeriod",
                "Started online ddl executor close",
                "Finished online ddl executor close. Started table garbage collector close",
                "Finished table garbage collector close. Started lag throttler close",
                "Finished lag throttler close. Started messager close",
                "Finished messager close. Started txEngine close",
                "Finished txEngine close. Killing all OLAP queries",
                "Finished Killing all OLAP queries. Started tracker close",
                "Finished tracker close. Started wait for requests",
                "Finished wait for requests. Finished execution of unserveCommon",
            ]:
                emit(
                    f,
                    t,
                    "I",
                    "state_manager.go:"
                    + str(r.choice([463, 465, 468, 470, 472, 474, 476, 478, 480, 482, 484])),
                    fmt,
                )
                t += timedelta(microseconds=r.randrange(50, 90000))
        emit(
            f,
            t,
            "I",
            "state_manager.go:636",
            "TabletServer transition: %v -> %v for tablet %s:%s/%s",
            state_str(*old, ter),
            state_str(*new, ter),
            "zone1",
            "commerce",
            "-",
        )
        emit(
            f,
            t + timedelta(microseconds=r.randrange(10, 300)),
            "I",
            "state_manager.go:620",
            "Tablet Init took %d ms",
            int((t - t0).total_seconds() * 1000) + r.randrange(9000, 15000),
        )
        emit(
            f,
            t + timedelta(microseconds=r.randrange(300, 900)),
            "I",
            "state_manager.go:773",
            "State: exiting lameduck",
        )
        return t

    # initial transitions
    ter0 = t0 - timedelta(days=3, hours=4, minutes=11)
    transition(0, t0 + secs(r, 3, 4), ("UNKNOWN", "NotConnected"), ("PRIMARY", "Serving"), ter0)
    transition(1, t0 + secs(r, 3, 4), ("UNKNOWN", "NotConnected"), ("REPLICA", "Serving"), ter0)
    for f in (0, 1):
        emit(
            f,
            t0 + secs(r, 4, 5),
            "I",
            "tm_state.go:189",
            "Changing Tablet Type: %v for %s",
            "PRIMARY" if f == 0 else "REPLICA",
            names[f],
        )
    tv = t0 + secs(r, 2, 4)
    for f in (0, 1):
        emit(
            2,
            tv + secs(r, 0, 0.2),
            "I",
            "healthcheck.go:348",
            "Adding tablet to healthcheck: %v",
            f'alias:{{cell:"zone1" uid:{101 + f}}} hostname:"{hosts[f]}.vitess" port_map:{{key:"grpc" value:15999}} port_map:{{key:"vt" value:15000}} keyspace:"commerce" shard:"-" type:{"PRIMARY" if f == 0 else "REPLICA"} db_name_override:"commerce" mysql_hostname:"{hosts[f]}.vitess" mysql_port:3306',
        )
        emit(
            2,
            tv + secs(r, 0.2, 0.6),
            "I",
            "tablet_health_check.go:334",
            "HealthCheckUpdate(Serving State): tablet: %v serving %v => %v for %v/%v (%v) reason: %s",
            f"{names[f]} ({hosts[f]}.vitess)",
            "false",
            "true",
            "commerce",
            "-",
            "PRIMARY" if f == 0 else "REPLICA",
            "healthCheck update",
        )

    reparent = datetime(2024, 6, 4, 7, 41, 12, 551000, tzinfo=UTC)
    crash = datetime(2024, 6, 4, 8, 52, 40, 3000, tzinfo=UTC)
    crash_back = crash + timedelta(seconds=9)
    mysql_down = (
        datetime(2024, 6, 4, 9, 20, 3, tzinfo=UTC),
        datetime(2024, 6, 4, 9, 23, 44, tzinfo=UTC),
    )

    def caller() -> str:
        return r.choice(["orders-api", "orders-api", "orders-api", "checkout-worker", "reporting"])

    # query errors on the primary (and reads on the replica)
    t = t0 + timedelta(seconds=30)
    while t < end:
        t += timedelta(seconds=r.expovariate(1 / 15))
        f = primary[0] if r.random() < 0.75 else 1 - primary[0]
        if f == 1 and mysql_down[0] <= t < mysql_down[1]:
            continue
        sql, bv = r.choice(VT_SQL)
        bv = bv % r.randrange(1000, 99999)
        kind = r.choices(["pool", "dup", "deadlock", "timeout"], [45, 25, 10, 20])[0]
        if f != primary[0]:
            kind = r.choice(["pool", "timeout"])
        where = "tabletserver.go:" + str(r.choice([1548, 1561]))
        if kind == "pool":
            emit(
                f,
                t,
                "E",
                where,
                "Code: %v\nresource pool timed out (CallerID: %s)\n: Sql: %q, BindVars: %v",
                "RESOURCE_EXHAUSTED",
                caller(),
                sql,
                bv,
            )
        elif kind == "dup":
            emit(
                f,
                t,
                "W",
                where,
                "Code: %v\nDuplicate entry '%s' for key '%s' (errno %d) (sqlstate %s) (CallerID: %s)\n: Sql: %q, BindVars: %v",
                "ALREADY_EXISTS",
                f"{r.randrange(1000, 99999)}-{r.randrange(1, 9)}",
                "corder_item.PRIMARY",
                1062,
                "23000",
                caller(),
                "insert into corder_item(order_id, line_no, sku, qty, price) values (:vtg1, :vtg2, :vtg3, :vtg4, :vtg5)",
                '{vtg1: "type:INT64 value:\\"'
                + str(r.randrange(1000, 99999))
                + '\\"" vtg2: "type:INT64 value:\\"2\\"" vtg3: "type:VARCHAR value:\\"SKU-1182\\"" vtg4: "type:INT64 value:\\"1\\"" vtg5: "type:DECIMAL value:\\"19.90\\""}',
            )
        elif kind == "deadlock":
            emit(
                f,
                t,
                "E",
                where,
                "Code: %v\nDeadlock found when trying to get lock; try restarting transaction (errno %d) (sqlstate %s) (CallerID: %s)\n: Sql: %q, BindVars: %v",
                "ABORTED",
                1213,
                "40001",
                caller(),
                sql,
                bv,
            )
        else:
            emit(
                f,
                t,
                "E",
                where,
                "Code: %v\nQuery execution was interrupted, maximum statement execution time exceeded (errno %d) (sqlstate %s) (CallerID: %s)\n: Sql: %q, BindVars: %v",
                "DEADLINE_EXCEEDED",
                3024,
                "HY000",
                "reporting",
                "select customer_id, sum(total) from corder where created_at > :vtg1 group by customer_id",
                '{vtg1: "type:DATETIME value:\\"2024-05-01 00:00:00\\""}',
            )
    # transaction killer on the primary
    t = t0 + timedelta(minutes=3)
    while t < end:
        t += timedelta(seconds=r.expovariate(1 / 600))
        emit(
            primary[0] if t < reparent else 1,
            t,
            "W",
            "tx_pool.go:140",
            "killing transaction (exceeded timeout: %v): %s",
            "30s",
            f"{r.randrange(1717400000000000000, 1717499999999999999)}\t'{caller()}'\t'vt_app'\t{t - timedelta(seconds=30):%Y-%m-%dT%H:%M:%S}.{r.randrange(0, 999999):06d}\t{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}\t30.{r.randrange(0, 999999):06d}\t\t\t\tupdate corder set status = 'PAID' where id = {r.randrange(1000, 99999)}",
        )
    # replica lag episodes
    t = t0 + timedelta(minutes=8)
    while t < end:
        t += timedelta(minutes=r.expovariate(1 / 25))
        f = 1 - primary[0] if t > reparent else 1
        if t >= end:
            break
        emit(
            f,
            t,
            "I",
            "state_manager.go:699",
            "Going unhealthy due to high replication lag: %v",
            f"{r.randrange(30, 240)}s",
        )
        emit(
            2,
            t + secs(r, 0.5, 2),
            "I",
            "tablet_health_check.go:334",
            "HealthCheckUpdate(Serving State): tablet: %v serving %v => %v for %v/%v (%v) reason: %s",
            f"{names[f]} ({hosts[f]}.vitess)",
            "true",
            "false",
            "commerce",
            "-",
            "REPLICA",
            f"health.ReplicationLagSeconds exceeds threshold (lag={r.randrange(30, 240)}s)",
        )
        t2 = t + timedelta(seconds=r.uniform(40, 400))
        emit(f, t2, "I", "state_manager.go:706", "Replication is healthy")
        emit(
            2,
            t2 + secs(r, 0.5, 2),
            "I",
            "tablet_health_check.go:334",
            "HealthCheckUpdate(Serving State): tablet: %v serving %v => %v for %v/%v (%v) reason: %s",
            f"{names[f]} ({hosts[f]}.vitess)",
            "false",
            "true",
            "commerce",
            "-",
            "REPLICA",
            "healthCheck update",
        )
        t = t2
    # the planned reparent: 101 -> 102
    ter1 = reparent + timedelta(seconds=2)
    emit(
        2,
        reparent + timedelta(milliseconds=r.randrange(10, 80)),
        "I",
        "buffer.go:266",
        "Starting buffering for shard: %s (window: %v, size: %v, max failover duration: %v) (A failover was detected by this seen error: %v.)",
        "commerce/-",
        "10s",
        1000,
        "20s",
        "vttablet: rpc error: code = FailedPrecondition desc = operation not allowed in state NOT_SERVING (errno 1105) (sqlstate HY000) (CallerID: orders-api)",
    )
    transition(0, reparent, ("PRIMARY", "Serving"), ("PRIMARY", "NotServing"), ter0)
    emit(
        2,
        reparent + secs(r, 0.3, 0.6),
        "I",
        "tablet_health_check.go:334",
        "HealthCheckUpdate(Serving State): tablet: %v serving %v => %v for %v/%v (%v) reason: %s",
        f"{names[0]} ({hosts[0]}.vitess)",
        "true",
        "false",
        "commerce",
        "-",
        "PRIMARY",
        "healthCheck update",
    )
    transition(
        1, reparent + secs(r, 1.2, 1.8), ("REPLICA", "Serving"), ("PRIMARY", "Serving"), ter1
    )
    emit(
        1,
        reparent + secs(r, 1.9, 2.1),
        "I",
        "tm_state.go:189",
        "Changing Tablet Type: %v for %s",
        "PRIMARY",
        names[1],
    )
    emit(
        2,
        reparent + secs(r, 2.2, 2.5),
        "I",
        "tablet_health_check.go:334",
        "HealthCheckUpdate(Serving State): tablet: %v serving %v => %v for %v/%v (%v) reason: %s",
        f"{names[1]} ({hosts[1]}.vitess)",
        "false",
        "true",
        "commerce",
        "-",
        "PRIMARY",
        "healthCheck update",
    )
    emit(
        2,
        reparent + secs(r, 2.6, 2.9),
        "I",
        "buffer.go:434",
        "Stopping buffering for shard: %s after: %.1f seconds due to: %v. Draining %d buffered requests now.",
        "commerce/-",
        r.uniform(2.5, 2.9),
        "a primary promotion has been detected",
        r.randrange(40, 160),
    )
    transition(0, reparent + secs(r, 3, 4), ("PRIMARY", "NotServing"), ("REPLICA", "Serving"), ter1)
    emit(
        0,
        reparent + secs(r, 4, 4.5),
        "I",
        "tm_state.go:189",
        "Changing Tablet Type: %v for %s",
        "REPLICA",
        names[0],
    )
    emit(
        0,
        reparent + secs(r, 4.5, 5),
        "I",
        "replmanager.go:116",
        "Replication is stopped, reconnecting to primary.",
    )
    primary[0] = 1
    # vstreams ending around the reparent and the MySQL outage
    for f in (0, 1):
        for what in (
            "Tracker's vStream ended: %v, retrying in 5 seconds",
            "ReplicatinWatcher VStream ended: %v, retrying in 5 seconds",
        ):
            if what.startswith("Tracker") and f == 0:
                continue
            err = (
                "vttablet: rpc error: code = Canceled desc = context canceled"
                if f == 0
                else "stream (at source tablet) error @ 5ae7b2a8-1f4c-11ef-9b7c-0a58ac1e0311:1-4812277: unexpected server EOF"
            )
            emit(
                f,
                reparent + secs(r, 0.5, 3),
                "I",
                "tracker.go:98" if what.startswith("Tracker") else "replication_watcher.go:81",
                what.replace("%v", err),
            )
    emit(
        1,
        mysql_down[0],
        "E",
        "state_manager.go:523",
        "Cannot connect to MySQL, shutting down query service: %v",
        "net.Dial(/vt/socket/mysql.sock) to local server failed: dial unix /vt/socket/mysql.sock: connect: no such file or directory (errno 2002) (sqlstate HY000)",
    )
    emit(
        1,
        mysql_down[0] - timedelta(milliseconds=3),
        "I",
        "state_manager.go:497",
        "CheckMySQL started",
    )
    emit(
        1,
        mysql_down[0] + timedelta(seconds=1, milliseconds=r.randrange(1, 20)),
        "I",
        "state_manager.go:503",
        "CheckMySQL finished",
    )
    emit(
        2,
        mysql_down[0] + secs(r, 0.5, 2),
        "I",
        "tablet_health_check.go:334",
        "HealthCheckUpdate(Serving State): tablet: %v serving %v => %v for %v/%v (%v) reason: %s",
        f"{names[1]} ({hosts[1]}.vitess)",
        "true",
        "false",
        "commerce",
        "-",
        "PRIMARY",
        "healthCheck update error: vttablet error: MySQL is not reachable",
    )
    emit(
        2,
        mysql_down[0] + secs(r, 0.1, 0.4),
        "E",
        "vstream_manager.go:603",
        "vstream for %s/%s error: %v",
        "commerce",
        "-",
        "vttablet: rpc error: code = Unavailable desc = operation not allowed in state NOT_SERVING",
    )
    tm = mysql_down[0] + secs(r, 4, 6)
    while tm < mysql_down[1]:
        emit(
            1,
            tm,
            "I",
            "replication_watcher.go:81",
            "ReplicatinWatcher VStream ended: vttablet: rpc error: code = Unavailable desc = operation not allowed in state NOT_SERVING, retrying in 5 seconds",
        )
        tm += timedelta(seconds=10, milliseconds=r.randrange(0, 30))
    transition(1, mysql_down[1], ("UNKNOWN", "NotConnected"), ("PRIMARY", "Serving"), ter1)
    emit(
        2,
        mysql_down[1] + secs(r, 0.5, 2),
        "I",
        "tablet_health_check.go:334",
        "HealthCheckUpdate(Serving State): tablet: %v serving %v => %v for %v/%v (%v) reason: %s",
        f"{names[1]} ({hosts[1]}.vitess)",
        "false",
        "true",
        "commerce",
        "-",
        "PRIMARY",
        "healthCheck update",
    )
    # vtgate panics and comes back
    recs[2].add(
        crash, VT_PANIC, "panic: runtime error: invalid memory address or nil pointer dereference"
    )
    for f in (0, 1):
        emit(
            2,
            crash_back + secs(r, 0.1, 0.3),
            "I",
            "healthcheck.go:348",
            "Adding tablet to healthcheck: %v",
            f'alias:{{cell:"zone1" uid:{101 + f}}} hostname:"{hosts[f]}.vitess" port_map:{{key:"grpc" value:15999}} port_map:{{key:"vt" value:15000}} keyspace:"commerce" shard:"-" type:{"PRIMARY" if f == 1 else "REPLICA"} db_name_override:"commerce" mysql_hostname:"{hosts[f]}.vitess" mysql_port:3306',
            pid=1,
        )
        emit(
            2,
            crash_back + secs(r, 0.4, 0.8),
            "I",
            "tablet_health_check.go:334",
            "HealthCheckUpdate(Serving State): tablet: %v serving %v => %v for %v/%v (%v) reason: %s",
            f"{names[f]} ({hosts[f]}.vitess)",
            "false",
            "true",
            "commerce",
            "-",
            "PRIMARY" if f == 1 else "REPLICA",
            "healthCheck update",
        )
    return [
        recs[0].into(Log("vttablet-zone1-101.log", t0)),
        recs[1].into(Log("vttablet-zone1-102.log", t0)),
        recs[2].into(Log("vtgate.log", t0)),
    ]


# --------------------------------------------------------------------------------- nodered

NR_CRED_WARNING = "\n\n---------------------------------------------------------------------\nYour flow credentials file is encrypted using a system-generated key.\n\nIf the system-generated key is lost for any reason, your credentials\nfile will not be recoverable, you will have to delete it and re-enter\nyour credentials.\n\nYou should set your own key using the 'credentialSecret' option in\nyour settings file. Node-RED will then re-encrypt your credentials\nfile using your chosen key the next time you deploy a change.\n---------------------------------------------------------------------\n"
NR_FLOWS = ["Heating", "Garden irrigation", "Energy meter", "Alarms", "Weather"]
NR_CRASH_STACK = [
    "    at MqttClient.<anonymous> (/data/node_modules/node-red-contrib-zigbee2mqtt/nodes/bridge.js:211:37)",
    "    at MqttClient.emit (node:events:529:35)",
    "    at MqttClient._handlePublish (/usr/src/node-red/node_modules/mqtt/build/lib/client.js:1290:12)",
    "    at MqttClient._handlePacket (/usr/src/node-red/node_modules/mqtt/build/lib/client.js:1228:22)",
    "    at work (/usr/src/node-red/node_modules/mqtt/build/lib/client.js:354:20)",
    "    at Writable.writable._write (/usr/src/node-red/node_modules/mqtt/build/lib/client.js:368:13)",
    "    at doWrite (/usr/src/node-red/node_modules/readable-stream/lib/internal/streams/writable.js:409:139)",
    "    at writeOrBuffer (/usr/src/node-red/node_modules/readable-stream/lib/internal/streams/writable.js:398:5)",
    "    at Writable.write (/usr/src/node-red/node_modules/readable-stream/lib/internal/streams/writable.js:307:11)",
    "    at TransformStream.ondata (node:internal/streams/readable:809:22)",
]


def nr_tr(fmt: str, **kw: object) -> str:
    """An i18n catalog text with its `__name__` placeholders filled."""
    return re.sub(r"__(\w+)__", lambda m: str(kw[m.group(1)]), fmt)


def nodered(r: random.Random) -> list[Log]:
    """A home-automation Node-RED 3.1 over six hours (its stdout log): start-ups with the welcome
    banner, versions, settings and paths, the credential-key warning, flows starting and the MQTT
    brokers connecting; a function node failing on malformed sensor payloads (TypeError) and
    another on a typo (ReferenceError with its line and column), HTTP requests to a weather API
    timing out or failing to resolve, the msg-override warning, a user function's own warnings,
    a file node refused, the Mosquitto broker restarted (disconnected, connection failed,
    connected again), deploys of modified flows and nodes, and an uncaught exception from a
    contributed node with its JS stack, after which Node-RED is started again."""
    t0 = datetime(2024, 6, 4, 6, 0, 2, 0, tzinfo=UTC)
    end = datetime(2024, 6, 4, 12, 0, tzinfo=UTC)
    recs = Records()
    mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    brokers = [
        ("Local Broker", "nodered_5f3c2a1e@mqtt://mosquitto:1883"),
        ("Zigbee", "mqtt://zigbee2mqtt-broker:1883"),
    ]

    def emit(
        t: datetime, level: str, fmt: str, text: str, ctx: str = "", stack: list[str] | None = None
    ) -> None:
        head = f"{t.day} {mon[t.month - 1]} {t:%H:%M:%S} - [{level}] "
        if ctx:
            head += f"[{ctx}] "
        first, *more = text.split("\n")
        recs.add(t, [head + first] + more + (stack or []), label(fmt))

    def startup(t: datetime) -> datetime:
        w = "\n\nWelcome to Node-RED\n===================\n"
        emit(t, "info", w, w)
        t += secs(r, 0.001, 0.01)
        emit(
            t,
            "info",
            "Node-RED version: __version__",
            nr_tr("Node-RED version: __version__", version="v3.1.9"),
        )
        emit(
            t,
            "info",
            "Node.js  version: __version__",
            nr_tr("Node.js  version: __version__", version="v18.20.2"),
        )
        emit(t, "info", "%s %s %s %s", "Linux 6.1.0-21-amd64 x64 LE")
        emit(t, "info", "Loading palette nodes", "Loading palette nodes")
        t += secs(r, 1.2, 2.4)
        emit(
            t,
            "info",
            "Dashboard version %s started at %s",
            "Dashboard version 3.6.5 started at /ui",
        )
        emit(
            t,
            "info",
            "Settings file  : __path__",
            nr_tr("Settings file  : __path__", path="/data/settings.js"),
        )
        emit(
            t,
            "info",
            "Context store  : '__name__' [__info__]",
            nr_tr("Context store  : '__name__' [__info__]", name="default", info="module=memory"),
        )
        emit(
            t, "info", "User directory : __path__", nr_tr("User directory : __path__", path="/data")
        )
        emit(
            t,
            "warn",
            "Projects disabled : editorTheme.projects.enabled=false",
            "Projects disabled : editorTheme.projects.enabled=false",
        )
        emit(
            t,
            "info",
            "Flows file     : __path__",
            nr_tr("Flows file     : __path__", path="/data/flows.json"),
        )
        t += secs(r, 0.01, 0.2)
        emit(
            t,
            "info",
            "Server now running at __listenpath__",
            nr_tr("Server now running at __listenpath__", listenpath="http://127.0.0.1:1880/"),
        )
        emit(t, "warn", NR_CRED_WARNING, NR_CRED_WARNING)
        emit(t, "info", "Starting flows", "Starting flows")
        t += secs(r, 0.05, 0.4)
        emit(t, "info", "Started flows", "Started flows")
        for name, url in brokers:
            emit(
                t + secs(r, 0.05, 0.6),
                "info",
                "Connected to broker: __broker__",
                nr_tr("Connected to broker: __broker__", broker=url),
                f"mqtt-broker:{name}",
            )
        return t

    crash = datetime(2024, 6, 4, 9, 47, 13, 0, tzinfo=UTC)
    crash_back = crash + timedelta(seconds=11)
    startup(t0)
    startup(crash_back)
    broker_down = (
        datetime(2024, 6, 4, 7, 58, 40, tzinfo=UTC),
        datetime(2024, 6, 4, 8, 0, 12, tzinfo=UTC),
    )

    def up(t: datetime) -> bool:
        return not (crash <= t < crash_back + timedelta(seconds=3))

    # a sensor sending malformed payloads for stretches
    t = t0 + timedelta(minutes=3)
    while t < end:
        t += timedelta(seconds=r.expovariate(1 / 45))
        if not up(t):
            continue
        burst = r.random() < 0.08
        for _ in range(r.randrange(5, 30) if burst else 1):
            prop = r.choice(["temperature", "temperature", "humidity", "battery", "linkquality"])
            what = "undefined" if r.random() < 0.8 else "null"
            emit(
                t,
                "error",
                "TypeError: Cannot read properties of %s (reading '%s')",
                f"TypeError: Cannot read properties of {what} (reading '{prop}')",
                r.choice(
                    [
                        "function:Parse payload",
                        "function:Parse payload",
                        "function:Normalize zigbee",
                    ]
                ),
            )
            t += timedelta(seconds=r.uniform(0.5, 15))
    # a typo in the alarm flow, between 06:40 and a deploy at 07:12
    t = datetime(2024, 6, 4, 6, 40, 5, tzinfo=UTC)
    fix = datetime(2024, 6, 4, 7, 12, 31, tzinfo=UTC)
    while t < fix:
        emit(
            t,
            "error",
            "ReferenceError: %s is not defined (line %d, col %d)",
            f"ReferenceError: alarmStae is not defined (line {14}, col {9})",
            "function:Alarm logic",
        )
        t += timedelta(seconds=r.expovariate(1 / 60))
    # weather API every 10 minutes
    t = t0 + timedelta(minutes=1)
    while t < end:
        t += timedelta(minutes=10, seconds=r.uniform(-1, 1))
        if not up(t):
            continue
        x = r.random()
        if x < 0.1:
            emit(
                t + timedelta(seconds=120),
                "error",
                "No response from server",
                "No response from server",
                "http request:Weather API",
            )
        elif x < 0.14:
            emit(
                t,
                "error",
                "RequestError: getaddrinfo ENOTFOUND %s",
                "RequestError: getaddrinfo ENOTFOUND api.openweathermap.org",
                "http request:Weather API",
            )
        elif x < 0.17:
            emit(
                t,
                "error",
                "RequestError: connect ECONNREFUSED %s",
                "RequestError: connect ECONNREFUSED 192.168.178.40:8080",
                "http request:Shelly plug",
            )
        if r.random() < 0.5:
            emit(
                t,
                "warn",
                "Warning: msg properties can no longer override set node properties. See bit.ly/nr-override-msg-props",
                "Warning: msg properties can no longer override set node properties. See bit.ly/nr-override-msg-props",
                "http request:Shelly plug",
            )
    # user warnings and a file node refused
    t = t0 + timedelta(minutes=5)
    while t < end:
        t += timedelta(seconds=r.expovariate(1 / 300))
        if not up(t):
            continue
        room = r.choice(["kitchen", "bath", "kids room", "cellar"])
        emit(
            t,
            "warn",
            "Temperature sensor %s silent for %s minutes",
            f"Temperature sensor {room} silent for {r.choice([15, 30, 45, 60])} minutes",
            "function:Watchdog",
        )
    t = datetime(2024, 6, 4, 10, 30, 0, tzinfo=UTC)
    while t < datetime(2024, 6, 4, 11, 5, tzinfo=UTC):
        emit(
            t,
            "error",
            "Error: EACCES: permission denied, open '%s'",
            "Error: EACCES: permission denied, open '/data/logs/energy-2024-06.csv'",
            "file:Append CSV",
        )
        t += timedelta(minutes=1, seconds=r.uniform(-0.2, 0.2))
    # the broker restarts
    b = brokers[0]
    emit(
        broker_down[0],
        "info",
        "Disconnected from broker: __broker__",
        nr_tr("Disconnected from broker: __broker__", broker=b[1]),
        f"mqtt-broker:{b[0]}",
    )
    t = broker_down[0] + timedelta(seconds=15)
    while t < broker_down[1]:
        emit(
            t,
            "info",
            "Connection failed to broker: __broker__",
            nr_tr("Connection failed to broker: __broker__", broker=b[1]),
            f"mqtt-broker:{b[0]}",
        )
        t += timedelta(seconds=15, milliseconds=r.randrange(0, 40))
    emit(
        broker_down[1],
        "info",
        "Connected to broker: __broker__",
        nr_tr("Connected to broker: __broker__", broker=b[1]),
        f"mqtt-broker:{b[0]}",
    )
    # deploys
    for td, kind in [
        (fix, "nodes"),
        (datetime(2024, 6, 4, 8, 25, 3, tzinfo=UTC), "flows"),
        (datetime(2024, 6, 4, 11, 2, 44, tzinfo=UTC), "flows"),
        (datetime(2024, 6, 4, 11, 6, 10, tzinfo=UTC), "nodes"),
    ]:
        emit(td, "info", f"Stopping modified {kind}", f"Stopping modified {kind}")
        td += secs(r, 0.001, 0.05)
        emit(td, "info", f"Stopped modified {kind}", f"Stopped modified {kind}")
        if kind == "flows":
            fl = r.choice(NR_FLOWS)
            emit(td, "info", "Updated flow: __label__", nr_tr("Updated flow: __label__", label=fl))
        td += secs(r, 0.001, 0.05)
        emit(td, "info", f"Starting modified {kind}", f"Starting modified {kind}")
        emit(
            td + secs(r, 0.001, 0.05),
            "info",
            f"Started modified {kind}",
            f"Started modified {kind}",
        )
    # the crash
    emit(crash, "error", "Uncaught Exception:", "Uncaught Exception:")
    emit(
        crash,
        "error",
        "TypeError: Cannot read properties of %s (reading '%s')",
        "TypeError: Cannot read properties of null (reading 'friendly_name')",
        stack=NR_CRASH_STACK,
    )
    return [recs.into(Log("node-red.log", t0))]


SYSTEMS = {
    "trino": trino,
    "otelcol": otelcol,
    "cilium": cilium,
    "vitess": vitess,
    "nodered": nodered,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
