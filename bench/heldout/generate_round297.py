#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 297 (sqoop, gobblin, windmill, argo-events, data-prepper)
into bench/heldout/, the same way and under the same label rules as generate.py
(bench/README.md, "heldout.py"): each program's log is simulated from its format strings over a
seeded run, and every line that starts an event is labelled with the format string that wrote it
as it is written. Distinct calls of one process never share a timestamp at the log's resolution
(round 53's Clock, kept per process and per file). Five programs of one company's data
platform, 06:00 to 12:00 UTC on 2024-06-07. Cribl Stream, the fifth system asked for, is closed
source and its messages could not be checked, so OpenSearch Data Prepper, an observability
pipeline of the same kind, replaces it.

- Apache Sqoop 1.4.6 (CDH 5.16.2) on the edge node `etl-edge01`: cron's three wrappers append
  each run's console output (log4j's `yy/MM/dd HH:mm:ss LEVEL logger{2}: message`, with the
  shell's and javac's headerless lines on stderr) to `sqoop-erp.log` (three saved incremental
  jobs, `sqoop job --exec erp_<table>`, every 30 minutes against the ERP's MySQL, append mode,
  the state saved in the metastore), `sqoop-crm.log` (two `--incremental lastmodified --append`
  imports from the CRM's PostgreSQL every hour, `--password` on the command line) and
  `sqoop-reporting.log` (an hourly `sqoop export` of the hourly sales aggregate into the
  reporting MySQL). Each run: configure-sqoop's `Warning: %s does not exist! Accumulo imports will
  fail.`, `Running Sqoop version: %s`, code generation (`Executing SQL statement: %s`,
  `HADOOP_MAPRED_HOME is %s`, javac's two `Note:` lines, `Writing jar file: %s`), the incremental
  bounds, MySQLManager's three-line `--direct` advice, the MapReduce job (`Connecting to
  ResourceManager at %s`, `BoundingValsQuery: %s`, `number of splits:%d`, `Submitted application
  %s`, ` map %s reduce %s`, `Counters: %d` with its tab-indented counter dump as continuation
  lines), `Transferred %s in %s seconds (%s)` and `Retrieved %d records.` / `Exported %d
  records.`. Incidents: YARN's queue full 07:30-07:50 (jobs wait at 0%); the ERP MySQL failing
  over 08:00-08:12 (`Error executing statement: ...CommunicationsException: Communications link
  failure` with the driver's wrapped text and trace, `Encountered IOException running import job:
  java.io.IOException: No columns to generate for ClassWriter`); the CRM database out of
  connections at 09:05 (`FATAL: sorry, too many clients already`); a map attempt killed by a
  statement timeout at 10:06 (`Task Id : %s, Status : FAILED`, then the attempt's diagnostics
  printed to stderr without a header, each entry its own statement: `Error: %s` with the
  exception's text and trace, `Container killed by the ApplicationMaster.` with two more lines); the 10:15 export failing on a duplicate hour (four failed attempts, `Job %s
  failed with state FAILED due to: Task failed %s`, `Export job failed!`, `Error during export:
  Export job failed!`); a stuck import killed by the operator at 10:42 (`... due to: Application killed by
  user.`, `Error during import: Import job failed!`); empty increments (`No new rows detected
  since last import.`).
- Apache Gobblin 0.17 standalone on two hosts (`gobblin-ingest01.log`, `gobblin-ingest02.log`:
  the daemon's log4j file, `%d{yyyy-MM-dd HH:mm:ss z} %-5p [%t] %c  %L - %m%n`), pulling Kafka to
  HDFS: `KafkaEventsToHdfs` every 15 minutes on ingest01 (page_views, add_to_cart, from 09:00
  also checkout_events), `KafkaAuditToHdfs` every 20 minutes on ingest02 (audit_log). Each run:
  `Creating a job specific {}. Objects will only be shared at the job level.`, `Discovered topic
  %s`, ExecutorsUtils' `Attempting to shutdown ExecutorService: %s` / `Successfully shutdown
  ExecutorService: %s` with the executor's toString, one `Created workunit for partition %s:
  lowWatermark=%d, highWatermark=%d, range=%d` per partition from the pool threads, `Created
  workunits for %d topics in %d seconds`, the size estimator's and packer's lines, `Starting job
  %s`, each task's `Pulling topic %s`, `Pulling partition %s from offset %d to %d, range=%d`,
  `Finished pulling partition %s`, `Finished pulling topic %s`, `%d more tasks of job %s have
  completed`, `Task %s completed in %dms with state %s`, the commit (`Persisting dataset urns.`,
  `Committing dataset %s of job %s with commit policy %s and state %s` with an empty urn, `Moving
  %s to %s`). Incidents: broker kafka-2 down 08:00-08:16 (`Caught error in creating work unit for
  {}` with Kafka's trace-less TimeoutException, `Failed to retrieve earliest and/or latest offset
  for partition %s. This partition will be skipped.`, `Failed to fetch next message buffer for
  partition %s. Will skip this partition.`); checkout_events added at 09:00 (`Previous offset for
  partition %s does not exist. This partition will start from the earliest offset: %d`); a
  producer writing broken JSON 10:20-10:40 (`A record from partition %s cannot be decoded.` with
  Gson's trace, at most five a partition a run); add_to_cart recreated at 10:50 (seen at 11:00) (`Start offset for
  partition %s is out of range. Start offset = %d, earliest offset = %d, latest offset = %d.This
  partition will start from the earliest offset: %d`, no blank before `This` as the source
  concatenates); the NameNode in safe mode 11:10-11:24 (`Failed to launch and run job %s: %s` with
  the RemoteException's two-line text and trace).
- Windmill 1.350 workers under docker compose on one host (`windmill-worker-1.log` to
  `windmill-worker-3.log`: `docker logs`, tracing-subscriber's full format, `2024-06-07T06:00:01.123456Z
  INFO worker{worker=wk-default-... hostname=...}: windmill_worker::worker: fetched job
  018fed.., root job: none workspace_id=ops job_id=018fed.. root_id=none`). The worker span and
  the target are context; the event's own fields (`workspace_id=`, `job_id=`, `root_id=`) are in
  the label. Scheduled scripts and flows of three workspaces all day (each job and flow step
  fetched by one worker: `fetched job {}, root job: {}`), the database's backup slowing the pulls
  07:30-07:45 (`pull took more than 0.1s (...) this is a sign that the database is undersized
  for this load. empty: {empty}, err: {err_pull}` and the `VERY undersized` one above 0.5 s),
  Postgres failing over 08:50 (`Failed to pull jobs: {}` with sqlx's `error communicating with
  database: Connection refused (os error 111)`, `pool timed out while waiting for an open
  connection` and `error returned from database: terminating connection due to administrator
  command`; `Could not update parent job started_at flow_status: {}`), a rolling restart at
  09:00 for a new init script (`received killpill for worker {}, ...`, `there may be same_worker
  jobs to process later, ...` every 200 ms while a flow drains, `all running jobs have completed
  ...`, `worker {} exiting`, `worker {} exited`, `number of jobs executed: {}`, `Creating initial
  job {uuid} from initial script script: {content}` with the script's lines as continuation
  lines; worker-3's first script fails: `init script job failed, exiting`).
- Argo Events v1.9.2 in namespace argo-events (`kubectl logs` of the GitLab webhook event source
  and of three sensor pods: `gitlab-eventsource-...log`, `ci-sensor-...log`, the deploy sensor's
  pod before and after its node was drained at 09:12), zap's production JSON (`level`, epoch `ts`,
  `logger`, `caller`, `msg`, the fields); the label is `msg`. GitLab's push and merge-request
  hooks all day (`a request received, processing it...`, `dispatching event on route's dispatch
  channel...`, `new event received, dispatching it...`, `Succeeded to publish an event`,
  `successfully dispatched the request to the event bus`), the sensors' Kubernetes triggers
  creating Workflows (`creating the object...`, `Successfully processed trigger '%s'`); start-up
  (`Eventing server started.`, the routes' `validating the route...`, `listening to payloads for
  the route...`, `activating the route...`, `route is activated`, `running operations post route
  activation...`; `Dependency expression for trigger %s: %s`, `Sensor started.`, `started
  subscribing to events for trigger %s with client connection %s`, `starting eventbus connection
  daemon for client %s...`); an uptime checker GETting the push endpoint every minute from 09:40 (`http
  method does not match`); the JetStream event bus restarted 08:30 (`Failed to publish an event`, `failed
  to send event`, `failed to dispatch the request to the event bus`; the sensors' `EventBus
  connection lost, reconnecting...`, `failed to reconnect to eventbus`, `reconnected to
  EventBus.`); the CI namespace's Workflow quota full 10:05-10:15 (`Failed to execute a trigger`,
  twice per event as the sensor logs it); the deploy sensor's drain (`exiting eventbus connection
  daemon for client %s...`, `Shutting down...`, the new pod's start). `Connected to NATS
  server.` at each trigger's start is taken from a quoted log, not from the source.
- OpenSearch Data Prepper 2.8 on three docker hosts (`dp-01.log`, `dp-02.log`, `dp-03.log`:
  `docker logs data-prepper`, log4j2's `%d{ISO8601} [%t] %-5p %c - %m%n`, the launcher script's
  headerless lines before each start) with trace analytics and log pipelines (entry-pipeline,
  raw-trace-pipeline, service-map-pipeline, log-pipeline). Each start: `Command line args: %s`,
  PipelineTransformer's `Building pipeline [{}] from provided configuration` and friends, the
  sources' and server's `... This is not secure.` warnings with their `In order to set up ...`
  links, `Pipeline [{}] - Initiating pipeline execution`, `Pipeline [{}] - sink is not ready for
  execution, retrying` (the entry pipeline's once a second until the two pipelines it feeds
  are up), `Initializing OpenSearch sink`, the connection's `Using the username provided in the
  config.` / `Using the trust all strategy`, `Initialized OpenSearch sink`, once `Index template
  {} does not exist and should be created`, `Pipeline [{}] Sink is ready,
  starting source...`, `Pipeline [{}] - Submitting request to initiate the pipeline processing`,
  `Started otel_trace_source on port {}...`, `Started http source on port {}...`. Incidents:
  OpenSearch's indexing pressure 07:40-08:10 (`Bulk Operation Failed. Number of retries {}.
  Retrying... ` every fifth retry, each followed by `index = {} operation = {}, error = {}` per
  rejected document, the reason `rejected execution of coordinating operation [...]`); dp-02's JVM out of
  heap at 09:15 (`-XX:+ExitOnOutOfMemoryError`'s headerless `Terminating due to
  java.lang.OutOfMemoryError: Java heap space`) and restarted by docker; OpenSearch's upgrade 10:30-10:38 (`Bulk
  Operation Failed ...` with `java.net.ConnectException: Connection refused` and its trace); a
  `docker restart` of all three at 11:20 for a new pipeline config, the sinks slow to initialise.

Label notes. Log4j's date, level, thread and logger (and Gobblin's line number), zap's level, ts,
logger and caller and its fields, tracing's span and target, and docker's nothing are context.
Java statements built by concatenation are labelled with `%s` for the concatenated value,
`String.format` and slf4j ones keep their `%d` / `{}`; Rust's `{}` and named `{x}` stay as
written; Go's keep their verbs. An exception's or error's text contributes its own format where
it is in the message (Sqoop's `Error executing statement: %s` and the attempts' `Error: %s`, Gobblin's
`Failed to launch and run job %s: %s`, YARN's diagnostics after `due to:`, sqlx's errors in Windmill's `Failed to pull jobs:
{}`, OpenSearch's rejection reason); where it is a field (zap's `error`) it is not in the label.
Multi-line events (Hadoop's counter dumps, stack traces, the MySQL driver's wrapped text, YARN's
two-line diagnostics, a diagnostics entry's trace, Windmill's init script) have no label on their continuation lines. Headerless lines that a program writes
on its own (configure-sqoop's warnings, javac's notes, Data Prepper's launcher) are labelled as
their own statements. Second-resolution logs (Sqoop, Gobblin) keep one process's lines a second
apart (the Clock).
"""

from __future__ import annotations

import json
import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at

US = 1
MS = 1000
SEC = 1_000_000


def jitter_times(
    r: random.Random, t0: datetime, t1: datetime, mean_gap: float, min_gap: float = 0.0
) -> list[datetime]:
    """Instants from t0 to t1 with exponential gaps of `mean_gap` seconds (at least `min_gap`)."""
    out, t = [], t0
    while True:
        t += sec(min_gap + r.expovariate(1 / mean_gap))
        if t >= t1:
            return out
        out.append(t)


def in_span(t: datetime, a: datetime, b: datetime) -> bool:
    return a <= t < b


def uuid4s(r: random.Random) -> str:
    h = hexid(r, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def uuid7(r: random.Random, t: datetime) -> str:
    ms_ = int(t.timestamp() * 1000)
    h = f"{ms_:012x}" + "7" + hexid(r, 3) + r.choice("89ab") + hexid(r, 15)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


# ------------------------------------------------------------------------------------ sqoop

SQ_VERSION = "1.4.6-cdh5.16.2"
SQ_MR_HOME = "/usr/lib/hadoop-mapreduce"
SQ_RM = "rm01.dc1.example.net/10.20.0.11:8032"
SQ_RM_WEB = "http://rm01.dc1.example.net:8088"
SQ_CLUSTER = "1717484215307"
SQ_ERP = [  # table, split column, rows per half hour (mean), empty-run chance
    ("orders", "id", 140, 0.0),
    ("order_items", "id", 380, 0.0),
    ("inventory_moves", "move_id", 25, 0.45),
]
SQ_CRM = [("customers", "customer_id", 90), ("contacts", "contact_id", 210)]

SQ_SQLEXC_FRAMES = [
    "\tat sun.reflect.NativeConstructorAccessorImpl.newInstance0(Native Method)",
    "\tat sun.reflect.NativeConstructorAccessorImpl.newInstance(NativeConstructorAccessorImpl.java:62)",
    "\tat sun.reflect.DelegatingConstructorAccessorImpl.newInstance(DelegatingConstructorAccessorImpl.java:45)",
    "\tat java.lang.reflect.Constructor.newInstance(Constructor.java:423)",
]
SQ_CODEGEN_FRAMES = [
    "\tat org.apache.sqoop.manager.SqlManager.execute(SqlManager.java:763)",
    "\tat org.apache.sqoop.manager.SqlManager.execute(SqlManager.java:786)",
    "\tat org.apache.sqoop.manager.SqlManager.getColumnInfoForRawQuery(SqlManager.java:289)",
    "\tat org.apache.sqoop.manager.SqlManager.getColumnTypesForRawQuery(SqlManager.java:260)",
    "\tat org.apache.sqoop.manager.SqlManager.getColumnTypes(SqlManager.java:246)",
    "\tat org.apache.sqoop.manager.ConnManager.getColumnTypes(ConnManager.java:327)",
    "\tat org.apache.sqoop.orm.ClassWriter.getColumnTypes(ClassWriter.java:1858)",
    "\tat org.apache.sqoop.orm.ClassWriter.generate(ClassWriter.java:1657)",
    "\tat org.apache.sqoop.tool.CodeGenTool.generateORM(CodeGenTool.java:106)",
    "\tat org.apache.sqoop.tool.ImportTool.importTable(ImportTool.java:494)",
    "\tat org.apache.sqoop.tool.ImportTool.run(ImportTool.java:621)",
    "\tat org.apache.sqoop.Sqoop.run(Sqoop.java:147)",
    "\tat org.apache.hadoop.util.ToolRunner.run(ToolRunner.java:70)",
    "\tat org.apache.sqoop.Sqoop.runSqoop(Sqoop.java:183)",
    "\tat org.apache.sqoop.Sqoop.runTool(Sqoop.java:234)",
    "\tat org.apache.sqoop.Sqoop.runTool(Sqoop.java:243)",
    "\tat org.apache.sqoop.Sqoop.main(Sqoop.java:252)",
]
SQ_NOCOLS_FRAMES = [
    "\tat org.apache.sqoop.orm.ClassWriter.generate(ClassWriter.java:1663)",
    "\tat org.apache.sqoop.tool.CodeGenTool.generateORM(CodeGenTool.java:106)",
    "\tat org.apache.sqoop.tool.ImportTool.importTable(ImportTool.java:494)",
    "\tat org.apache.sqoop.tool.ImportTool.run(ImportTool.java:621)",
    "\tat org.apache.sqoop.Sqoop.run(Sqoop.java:147)",
    "\tat org.apache.hadoop.util.ToolRunner.run(ToolRunner.java:70)",
    "\tat org.apache.sqoop.Sqoop.runSqoop(Sqoop.java:183)",
    "\tat org.apache.sqoop.Sqoop.runTool(Sqoop.java:234)",
    "\tat org.apache.sqoop.Sqoop.runTool(Sqoop.java:243)",
    "\tat org.apache.sqoop.Sqoop.main(Sqoop.java:252)",
]
SQ_CHILD_FRAMES = [
    "\tat org.apache.hadoop.mapred.MapTask.runNewMapper(MapTask.java:799)",
    "\tat org.apache.hadoop.mapred.MapTask.run(MapTask.java:347)",
    "\tat org.apache.hadoop.mapred.YarnChild$2.run(YarnChild.java:174)",
    "\tat java.security.AccessController.doPrivileged(Native Method)",
    "\tat javax.security.auth.Subject.doAs(Subject.java:422)",
    "\tat org.apache.hadoop.security.UserGroupInformation.doAs(UserGroupInformation.java:1924)",
    "\tat org.apache.hadoop.mapred.YarnChild.main(YarnChild.java:168)",
]


def sq_size(b: float) -> str:
    """PerfCounters' byte count: whole bytes below a KB, else four decimals and a unit."""
    if b < 1024:
        return f"{int(b)} bytes"
    for unit in ("KB", "MB", "GB"):
        b /= 1024
        if b < 1024:
            return f"{b:.4f} {unit}"
    return f"{b:.4f} TB"


def sq_speed(b: float) -> str:
    if b < 1024:
        return f"{b:.4f} bytes/sec" if b else "0 bytes/sec"
    return f"{sq_size(b)}/sec"


def sq_counters(
    r: random.Random,
    maps: int,
    records: int,
    hdfs_read: int,
    hdfs_written: int,
    export: bool = False,
    failed_maps: int = 0,
) -> list[str]:
    """Hadoop 2.6's job counter dump after `Counters: %d` (the first line is the header)."""
    ms_ = maps * r.randint(4200, 9800)
    groups: list[tuple[str, list[str]]] = [
        (
            "File System Counters",
            [
                "FILE: Number of bytes read=0",
                f"FILE: Number of bytes written={maps * 143251 + r.randint(0, 4000)}",
                "FILE: Number of read operations=0",
                "FILE: Number of large read operations=0",
                "FILE: Number of write operations=0",
                f"HDFS: Number of bytes read={hdfs_read}",
                f"HDFS: Number of bytes written={hdfs_written}",
                f"HDFS: Number of read operations={maps * (4 if not export else 19)}",
                "HDFS: Number of large read operations=0",
                f"HDFS: Number of write operations={maps * 2 if not export else 0}",
            ],
        ),
        (
            "Job Counters ",
            [
                *([f"Failed map tasks={failed_maps}"] if failed_maps else []),
                f"Launched map tasks={maps + failed_maps}",
                f"{'Data-local' if export else 'Other local'} map tasks={maps + failed_maps}",
                f"Total time spent by all maps in occupied slots (ms)={ms_}",
                "Total time spent by all reduces in occupied slots (ms)=0",
                f"Total time spent by all map tasks (ms)={ms_}",
                f"Total vcore-milliseconds taken by all map tasks={ms_}",
                f"Total megabyte-milliseconds taken by all map tasks={ms_ * 1024}",
            ],
        ),
        (
            "Map-Reduce Framework",
            [
                f"Map input records={records}",
                f"Map output records={records}",
                f"Input split bytes={maps * (116 if not export else 652)}",
                "Spilled Records=0",
                "Failed Shuffles=0",
                "Merged Map outputs=0",
                f"GC time elapsed (ms)={r.randint(90, 900)}",
                f"CPU time spent (ms)={maps * r.randint(1400, 4200)}",
                f"Physical memory (bytes) snapshot={maps * r.randint(250, 330) * 1048576}",
                f"Virtual memory (bytes) snapshot={maps * 2845368320 + r.randint(0, 9) * 4096}",
                f"Total committed heap usage (bytes)={maps * 201326592}",
            ],
        ),
        ("File Input Format Counters ", ["Bytes Read=0"]),
        ("File Output Format Counters ", [f"Bytes Written={hdfs_written if not export else 0}"]),
    ]
    n = sum(len(v) for _, v in groups)
    out = [str(n)]
    for g, items in groups:
        out.append(f"\t{g}")
        out.extend(f"\t\t{x}" for x in items)
    return out


def sqoop(r: random.Random) -> list[Log]:
    """Three cron wrappers' Sqoop runs on etl-edge01, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    yarn_busy = (at(7, 30), at(7, 50))
    erp_down = (at(7, 59), at(8, 12))
    app_no = [411]
    last = {t: r.randint(4_800_000, 9_000_000) for t, _, _, _ in SQ_ERP}
    crm_last = {t: "2024-06-07 05:00:02.118" for t, _, _ in SQ_CRM}
    run_no = [0]

    class Run:
        def __init__(self, f: str) -> None:
            run_no[0] += 1
            self.f = f
            self.proc = (f, run_no[0])

        def L(
            self,
            t: datetime,
            level: str,
            logger: str,
            label: str,
            msg: str,
            cont: list[str] | None = None,
        ) -> datetime:
            return fs.add(
                self.f,
                t,
                label,
                lambda x: [f"{x:%y/%m/%d %H:%M:%S} {level} {logger}: {msg}", *(cont or [])],
                self.proc,
                SEC,
            )

        def raw(self, t: datetime, label: str, text: str) -> datetime:
            return fs.add(self.f, t, label, lambda x: [text], self.proc, SEC)

        def diagnostics(self, t: datetime, entries: list[tuple[str, list[str]]]) -> datetime:
            """A failed attempt's diagnostics, each entry printed to stderr on its own."""
            for label, lines in entries:
                t = fs.add(self.f, t, label, lambda x, ls=lines: ls, self.proc, SEC)
            return t

    def start(run: Run, t: datetime, password_warning: bool) -> datetime:
        t = run.raw(
            t,
            "Warning: %s does not exist! Accumulo imports will fail.",
            "Warning: /usr/lib/sqoop/../accumulo does not exist! Accumulo imports will fail.",
        )
        t = run.raw(
            t,
            "Please set $ACCUMULO_HOME to the root of your Accumulo installation.",
            "Please set $ACCUMULO_HOME to the root of your Accumulo installation.",
        )
        t = run.L(
            t + sec(r.uniform(1.5, 2.5)),
            "INFO",
            "sqoop.Sqoop",
            "Running Sqoop version: %s",
            f"Running Sqoop version: {SQ_VERSION}",
        )
        if password_warning:
            t = run.L(
                t,
                "WARN",
                "tool.BaseSqoopTool",
                "Setting your password on the command-line is insecure. Consider using -P instead.",
                "Setting your password on the command-line is insecure. Consider using -P instead.",
            )
        return t

    def codegen(
        run: Run, t: datetime, table: str, select: str, fail: tuple[str, list[str]] | None
    ) -> datetime | None:
        t = run.L(
            t + sec(0.4),
            "INFO",
            "tool.CodeGenTool",
            "Beginning code generation",
            "Beginning code generation",
        )
        if fail is not None:
            exc, wrapped = fail
            t = run.L(
                t + sec(r.uniform(10, 30) if "Communications" in exc else r.uniform(0.2, 1)),
                "ERROR",
                "manager.SqlManager",
                f"Error executing statement: {exc}",
                f"Error executing statement: {exc}",
                [*wrapped, *SQ_SQLEXC_FRAMES, *SQ_CODEGEN_FRAMES],
            )
            run.L(
                t,
                "ERROR",
                "tool.ImportTool",
                "Encountered IOException running import job: java.io.IOException: No columns to generate for ClassWriter",
                "Encountered IOException running import job: java.io.IOException: No columns to generate for ClassWriter",
                SQ_NOCOLS_FRAMES,
            )
            return None
        for _ in range(2):
            t = run.L(
                t + sec(0.3),
                "INFO",
                "manager.SqlManager",
                "Executing SQL statement: %s",
                f"Executing SQL statement: {select}",
            )
        t = run.L(
            t,
            "INFO",
            "orm.CompilationManager",
            "HADOOP_MAPRED_HOME is %s",
            f"HADOOP_MAPRED_HOME is {SQ_MR_HOME}",
        )
        d = f"/tmp/sqoop-etl/compile/{hexid(r, 32)}"
        t = run.raw(
            t + sec(r.uniform(1.5, 3)),
            "Note: %s uses or overrides a deprecated API.",
            f"Note: {d}/{table}.java uses or overrides a deprecated API.",
        )
        t = run.raw(
            t,
            "Note: Recompile with -Xlint:deprecation for details.",
            "Note: Recompile with -Xlint:deprecation for details.",
        )
        return run.L(
            t + sec(0.5),
            "INFO",
            "orm.CompilationManager",
            "Writing jar file: %s",
            f"Writing jar file: {d}/{table}.jar",
        )

    def mr_job(
        run: Run,
        t: datetime,
        maps: int,
        export: bool,
        task_fail: list[tuple[str, list[str]]] | None = None,
        fail_all: list[tuple[str, list[str]]] | None = None,
        kill: bool = False,
    ) -> tuple[datetime, str, bool]:
        """Submit and follow a map-only job; returns (time, job id, success)."""
        app_no[0] += r.randint(1, 3)
        app = f"{SQ_CLUSTER}_{app_no[0]:04d}"
        job = f"job_{app}"
        t = run.L(
            t + sec(0.3),
            "INFO",
            "mapreduce.JobSubmitter",
            "number of splits:%s",
            f"number of splits:{maps}",
        )
        t = run.L(
            t,
            "INFO",
            "mapreduce.JobSubmitter",
            "Submitting tokens for job: %s",
            f"Submitting tokens for job: {job}",
        )
        t = run.L(
            t + sec(0.4),
            "INFO",
            "impl.YarnClientImpl",
            "Submitted application %s",
            f"Submitted application application_{app}",
        )
        t = run.L(
            t,
            "INFO",
            "mapreduce.Job",
            "The url to track the job: %s",
            f"The url to track the job: {SQ_RM_WEB}/proxy/application_{app}/",
        )
        t = run.L(t, "INFO", "mapreduce.Job", "Running job: %s", f"Running job: {job}")
        wait = r.uniform(6, 11)
        if in_span(t, *yarn_busy) or kill:
            wait += r.uniform(120, 260)
        t = run.L(
            t + sec(wait),
            "INFO",
            "mapreduce.Job",
            "Job %s running in uber mode : %s",
            f"Job {job} running in uber mode : false",
        )
        t = run.L(t, "INFO", "mapreduce.Job", " map %s reduce %s", " map 0% reduce 0%")
        if kill:
            t = run.L(
                t + sec(r.uniform(300, 420)),
                "INFO",
                "mapreduce.Job",
                "Job %s failed with state %s due to: Application killed by user.",
                f"Job {job} failed with state KILLED due to: Application killed by user.",
            )
            return t, job, False
        steps = sorted({int(100 * k / maps) for k in range(1, maps + 1)})
        if r.random() < 0.5:
            steps = [s for s in steps if s == 100 or r.random() < 0.6]
        failed_attempts = 0
        for i, pct in enumerate(steps):
            if task_fail is not None and i == 0:
                t = run.L(
                    t + sec(r.uniform(5, 9)),
                    "INFO",
                    "mapreduce.Job",
                    "Task Id : %s, Status : %s",
                    f"Task Id : attempt_{app}_m_000001_0, Status : FAILED",
                )
                t = run.diagnostics(t, task_fail)
                failed_attempts += 1
            if fail_all is not None and pct == 100:
                for a in range(4):
                    t = run.L(
                        t + sec(r.uniform(4, 8)),
                        "INFO",
                        "mapreduce.Job",
                        "Task Id : %s, Status : %s",
                        f"Task Id : attempt_{app}_m_000002_{a}, Status : FAILED",
                    )
                    t = run.diagnostics(t, fail_all)
                t = run.L(
                    t + sec(1),
                    "INFO",
                    "mapreduce.Job",
                    " map %s reduce %s",
                    f" map {100 if maps > 1 else 0}% reduce 0%",
                )
                t = run.L(
                    t + sec(1),
                    "INFO",
                    "mapreduce.Job",
                    "Job %s failed with state %s due to: Task failed %s",
                    f"Job {job} failed with state FAILED due to: Task failed task_{app}_m_000002",
                    ["Job failed as tasks failed. failedMaps:1 failedReduces:0", ""],
                )
                return t, job, False
            t = run.L(
                t + sec(r.uniform(4, 12)),
                "INFO",
                "mapreduce.Job",
                " map %s reduce %s",
                f" map {pct}% reduce 0%",
            )
        t = run.L(
            t + sec(1),
            "INFO",
            "mapreduce.Job",
            "Job %s completed successfully",
            f"Job {job} completed successfully",
        )
        return t, job, True

    def deprecations(run: Run, t: datetime, export: bool) -> datetime:
        pairs = [("mapred.jar", "mapreduce.job.jar")]
        if export:
            pairs += [
                (
                    "mapred.reduce.tasks.speculative.execution",
                    "mapreduce.reduce.speculative",
                ),
                ("mapred.map.tasks.speculative.execution", "mapreduce.map.speculative"),
            ]
        pairs.append(("mapred.map.tasks", "mapreduce.job.maps"))
        for old, new in pairs:
            t = run.L(
                t,
                "INFO",
                "Configuration.deprecation",
                "%s is deprecated. Instead, use %s",
                f"{old} is deprecated. Instead, use {new}",
            )
        return run.L(
            t + sec(0.3),
            "INFO",
            "client.RMProxy",
            "Connecting to ResourceManager at %s",
            f"Connecting to ResourceManager at {SQ_RM}",
        )

    def perf(run: Run, t: datetime, logger: str, nbytes: int, secs_: float) -> datetime:
        return run.L(
            t,
            "INFO",
            logger,
            "Transferred %s in %s seconds (%s)",
            f"Transferred {sq_size(nbytes)} in {secs_:.4f} seconds ({sq_speed(nbytes / secs_)})",
        )

    def import_job(
        run: Run,
        t: datetime,
        table: str,
        col: str,
        quote: str,
        where: str,
        rows: int,
        task_fail: list[tuple[str, list[str]]] | None = None,
        kill: bool = False,
    ) -> tuple[datetime, bool]:
        t0 = t
        t = run.L(
            t + sec(0.2),
            "INFO",
            "mapreduce.ImportJobBase",
            "Beginning import of %s",
            f"Beginning import of {table}",
        )
        t = deprecations(run, t, False)
        t = run.L(
            t + sec(r.uniform(2, 4)),
            "INFO",
            "db.DBInputFormat",
            "Using read commited transaction isolation",
            "Using read commited transaction isolation",
        )
        q = f"{quote}{col}{quote}"
        tq = f"{quote}{table}{quote}"
        t = run.L(
            t,
            "INFO",
            "db.DataDrivenDBInputFormat",
            "BoundingValsQuery: %s",
            f"BoundingValsQuery: SELECT MIN({q}), MAX({q}) FROM {tq} WHERE ( {where} )",
        )
        maps = 4 if rows >= 8 else max(1, rows)
        t, _job, ok = mr_job(run, t, maps, False, task_fail=task_fail, kill=kill)
        nbytes = rows * r.randint(70, 190) if ok else 0
        counters = (
            sq_counters(r, maps, rows, maps * 116, nbytes, failed_maps=1 if task_fail else 0)
            if ok
            else [
                "6",
                "\tJob Counters ",
                f"\t\tKilled map tasks={maps}",
                f"\t\tLaunched map tasks={maps}",
                f"\t\tOther local map tasks={maps}",
                f"\t\tTotal time spent by all maps in occupied slots (ms)={maps * r.randint(200000, 390000)}",
                "\t\tTotal time spent by all reduces in occupied slots (ms)=0",
                f"\t\tTotal time spent by all map tasks (ms)={maps * r.randint(200000, 390000)}",
            ]
        )
        t = run.L(
            t, "INFO", "mapreduce.Job", "Counters: %s", f"Counters: {counters[0]}", counters[1:]
        )
        t = perf(run, t, "mapreduce.ImportJobBase", nbytes, (t - t0).total_seconds() + 0.3)
        t = run.L(
            t,
            "INFO",
            "mapreduce.ImportJobBase",
            "Retrieved %s records.",
            f"Retrieved {rows if ok else 0} records.",
        )
        if not ok:
            run.L(
                t,
                "ERROR",
                "tool.ImportTool",
                "Error during import: Import job failed!",
                "Error during import: Import job failed!",
            )
            return t, False
        return t, True

    mysql_fail = (
        "com.mysql.jdbc.exceptions.jdbc4.CommunicationsException: Communications link failure",
        [
            "",
            "The last packet sent successfully to the server was 0 milliseconds ago. The driver has not received any packets from the server.",
        ],
    )

    def erp_run(t: datetime, table: str, col: str, mean: int, empty: float) -> datetime:
        run = Run("sqoop-erp.log")
        t = start(run, t, False)
        t = run.L(
            t + sec(0.5),
            "INFO",
            "manager.MySQLManager",
            "Preparing to use a MySQL streaming resultset.",
            "Preparing to use a MySQL streaming resultset.",
        )
        down = in_span(t, *erp_down)
        tt = codegen(
            run,
            t,
            table,
            f"SELECT t.* FROM `{table}` AS t LIMIT 1",
            mysql_fail if down else None,
        )
        if tt is None:
            return t + sec(40)
        t = tt
        t = run.L(
            t + sec(0.3),
            "INFO",
            "tool.ImportTool",
            "Maximal id query for free form incremental import: %s",
            f"Maximal id query for free form incremental import: SELECT MAX(`{col}`) FROM `{table}`",
        )
        t = run.L(
            t,
            "INFO",
            "tool.ImportTool",
            "Incremental import based on column %s",
            f"Incremental import based on column `{col}`",
        )
        rows = 0 if r.random() < empty else max(1, int(r.gauss(mean, mean / 4)))
        if rows == 0:
            return run.L(
                t,
                "INFO",
                "tool.ImportTool",
                "No new rows detected since last import.",
                "No new rows detected since last import.",
            )
        lo, hi = last[table], last[table] + rows + r.randint(0, rows // 10 + 1)
        t = run.L(t, "INFO", "tool.ImportTool", "Lower bound value: %s", f"Lower bound value: {lo}")
        t = run.L(t, "INFO", "tool.ImportTool", "Upper bound value: %s", f"Upper bound value: {hi}")
        for msg in (
            "It looks like you are importing from mysql.",
            "This transfer can be faster! Use the --direct",
            "option to exercise a MySQL-specific fast path.",
        ):
            t = run.L(t, "WARN", "manager.MySQLManager", msg, msg)
        t = run.L(
            t,
            "INFO",
            "manager.MySQLManager",
            "Setting zero DATETIME behavior to convertToNull (mysql)",
            "Setting zero DATETIME behavior to convertToNull (mysql)",
        )
        kill = table == "order_items" and in_span(t, at(10, 30), at(10, 40))
        t, ok = import_job(
            run,
            t,
            table,
            col,
            "`",
            f"`{col}` > {lo} AND `{col}` <= {hi}",
            rows,
            kill=kill,
        )
        if not ok:
            return t
        last[table] = hi
        t = run.L(
            t,
            "INFO",
            "tool.ImportTool",
            "Saving incremental import state to the metastore",
            "Saving incremental import state to the metastore",
        )
        return run.L(
            t + sec(0.2),
            "INFO",
            "tool.ImportTool",
            "Updated data for job: %s",
            f"Updated data for job: erp_{table}",
        )

    pg_timeout = [
        (
            "Error: java.lang.RuntimeException: java.lang.RuntimeException: org.postgresql.util.PSQLException: ERROR: canceling statement due to statement timeout",
            [
                "Error: java.lang.RuntimeException: java.lang.RuntimeException: org.postgresql.util.PSQLException: ERROR: canceling statement due to statement timeout",
                "\tat org.apache.sqoop.mapreduce.db.DBInputFormat.setConf(DBInputFormat.java:167)",
                "\tat org.apache.hadoop.util.ReflectionUtils.setConf(ReflectionUtils.java:76)",
                "\tat org.apache.hadoop.util.ReflectionUtils.newInstance(ReflectionUtils.java:136)",
                "\tat org.apache.hadoop.mapred.MapTask.runNewMapper(MapTask.java:755)",
                *SQ_CHILD_FRAMES[1:],
                "Caused by: java.lang.RuntimeException: org.postgresql.util.PSQLException: ERROR: canceling statement due to statement timeout",
                "\tat org.apache.sqoop.mapreduce.db.DBInputFormat.getConnection(DBInputFormat.java:220)",
                "\tat org.apache.sqoop.mapreduce.db.DBInputFormat.setConf(DBInputFormat.java:165)",
                "\t... 9 more",
                "",
            ],
        ),
        (
            "Container killed by the ApplicationMaster.",
            [
                "Container killed by the ApplicationMaster.",
                "Container killed on request. Exit code is 143",
                "Container exited with a non-zero exit code 143",
                "",
            ],
        ),
    ]

    def crm_run(t: datetime, table: str, col: str, mean: int) -> datetime:
        run = Run("sqoop-crm.log")
        t = start(run, t, True)
        t = run.L(
            t + sec(0.4),
            "INFO",
            "manager.SqlManager",
            "Using default fetchSize of %s",
            "Using default fetchSize of 1000",
        )
        fail = None
        if in_span(t, at(9, 4), at(9, 20)):
            fail = (
                "org.postgresql.util.PSQLException: FATAL: sorry, too many clients already",
                [
                    "\tat org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:524)",
                    "\tat org.postgresql.core.v3.ConnectionFactoryImpl.tryConnect(ConnectionFactoryImpl.java:145)",
                    "\tat org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:196)",
                    "\tat org.postgresql.Driver.connect(Driver.java:252)",
                    "\tat java.sql.DriverManager.getConnection(DriverManager.java:664)",
                    "\tat java.sql.DriverManager.getConnection(DriverManager.java:247)",
                    "\tat org.apache.sqoop.manager.SqlManager.makeConnection(SqlManager.java:904)",
                    "\tat org.apache.sqoop.manager.GenericJdbcManager.getConnection(GenericJdbcManager.java:52)",
                ],
            )
        tt = codegen(run, t, table, f'SELECT t.* FROM "{table}" AS t LIMIT 1', fail)
        if tt is None:
            return t + sec(20)
        t = tt
        t = run.L(
            t + sec(0.3),
            "INFO",
            "tool.ImportTool",
            "Incremental import based on column %s",
            'Incremental import based on column "updated_at"',
        )
        lo = crm_last[table]
        hi = f"{t:%Y-%m-%d %H:%M:%S}.{r.randint(0, 999):03d}"
        t = run.L(
            t, "INFO", "tool.ImportTool", "Lower bound value: %s", f"Lower bound value: '{lo}'"
        )
        t = run.L(
            t, "INFO", "tool.ImportTool", "Upper bound value: %s", f"Upper bound value: '{hi}'"
        )
        rows = max(3, int(r.gauss(mean, mean / 3)))
        fail_task = (
            pg_timeout if (table == "contacts" and in_span(t, at(10, 0), at(10, 10))) else None
        )
        t, ok = import_job(
            run,
            t,
            table,
            col,
            '"',
            f"\"updated_at\" >= '{lo}' AND \"updated_at\" < '{hi}'",
            rows,
            task_fail=fail_task,
        )
        if not ok:
            return t
        crm_last[table] = hi
        t = run.L(
            t,
            "INFO",
            "tool.ImportTool",
            "Incremental import complete! To run another incremental import of all data following this import, supply the following arguments:",
            "Incremental import complete! To run another incremental import of all data following this import, supply the following arguments:",
        )
        t = run.L(
            t,
            "INFO",
            "tool.ImportTool",
            " --incremental lastmodified",
            " --incremental lastmodified",
        )
        t = run.L(
            t, "INFO", "tool.ImportTool", "  --check-column %s", "  --check-column updated_at"
        )
        t = run.L(t, "INFO", "tool.ImportTool", "  --last-value %s", f"  --last-value {hi}")
        return run.L(
            t,
            "INFO",
            "tool.ImportTool",
            "(Consider saving this with 'sqoop job --create')",
            "(Consider saving this with 'sqoop job --create')",
        )

    dup_diag = [
        (
            "Error: java.io.IOException: com.mysql.jdbc.exceptions.jdbc4.MySQLIntegrityConstraintViolationException: Duplicate entry '%s' for key '%s'",
            [
                "Error: java.io.IOException: com.mysql.jdbc.exceptions.jdbc4.MySQLIntegrityConstraintViolationException: Duplicate entry '2024-06-07 09:00:00-114' for key 'PRIMARY'",
                "\tat org.apache.sqoop.mapreduce.AsyncSqlRecordWriter.close(AsyncSqlRecordWriter.java:197)",
                "\tat org.apache.hadoop.mapred.MapTask$NewDirectOutputCollector.close(MapTask.java:679)",
                *SQ_CHILD_FRAMES,
                "Caused by: com.mysql.jdbc.exceptions.jdbc4.MySQLIntegrityConstraintViolationException: Duplicate entry '2024-06-07 09:00:00-114' for key 'PRIMARY'",
                *SQ_SQLEXC_FRAMES,
                "\tat com.mysql.jdbc.Util.handleNewInstance(Util.java:425)",
                "\tat com.mysql.jdbc.SQLError.createSQLException(SQLError.java:989)",
                "\tat com.mysql.jdbc.PreparedStatement.executeInternal(PreparedStatement.java:1983)",
                "\tat org.apache.sqoop.mapreduce.AsyncSqlOutputFormat$AsyncSqlExecThread.run(AsyncSqlOutputFormat.java:233)",
                "",
            ],
        )
    ]

    def export_run(t: datetime, hour: int) -> datetime:
        run = Run("sqoop-reporting.log")
        t = start(run, t, True)
        t = run.L(
            t + sec(0.5),
            "INFO",
            "manager.MySQLManager",
            "Preparing to use a MySQL streaming resultset.",
            "Preparing to use a MySQL streaming resultset.",
        )
        tt = codegen(run, t, "hourly_sales", "SELECT t.* FROM `hourly_sales` AS t LIMIT 1", None)
        assert tt is not None
        t = tt
        t0 = t
        t = run.L(
            t + sec(0.2),
            "INFO",
            "mapreduce.ExportJobBase",
            "Beginning export of %s",
            "Beginning export of hourly_sales",
        )
        t = deprecations(run, t, True)
        for _ in range(2):
            t = run.L(
                t + sec(0.6),
                "INFO",
                "input.FileInputFormat",
                "Total input paths to process : %s",
                "Total input paths to process : 1",
            )
        rows = r.randint(380, 460)
        fail = hour == 9
        t, _job, ok = mr_job(run, t, 4, True, fail_all=dup_diag if fail else None)
        done = rows - (rows // 4 if not ok else 0)
        nbytes = rows * 58
        counters = sq_counters(r, 4 if ok else 3, done, nbytes, 0, export=True)
        t = run.L(
            t, "INFO", "mapreduce.Job", "Counters: %s", f"Counters: {counters[0]}", counters[1:]
        )
        t = perf(run, t, "mapreduce.ExportJobBase", nbytes, (t - t0).total_seconds() + 0.4)
        t = run.L(
            t,
            "INFO",
            "mapreduce.ExportJobBase",
            "Exported %s records.",
            f"Exported {done} records.",
        )
        if not ok:
            t = run.L(
                t,
                "ERROR",
                "mapreduce.ExportJobBase",
                "Export job failed!",
                "Export job failed!",
            )
            t = run.L(
                t,
                "ERROR",
                "tool.ExportTool",
                "Error during export: Export job failed!",
                "Error during export: Export job failed!",
            )
        return t

    # the ERP wrapper: the three tables one after another every 30 minutes
    for k in range(12):
        t = at(6, 30 * k % 60 + 0, 0) + timedelta(hours=(30 * k) // 60) + sec(r.uniform(1, 3))
        for table, col, mean, empty in SQ_ERP:
            t = erp_run(t, table, col, mean, empty) + sec(r.uniform(1, 2))
    # the CRM wrapper at 05 past each hour, the export at 15 past
    for h in range(6, 12):
        t = at(h, 5, r.uniform(1, 3))
        for table, col, mean in SQ_CRM:
            t = crm_run(t, table, col, mean) + sec(r.uniform(1, 2))
        export_run(at(h, 15, r.uniform(1, 3)), h - 1)
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- gobblin

GB_PKG = "org.apache.gobblin"
GB_LOGGERS = {  # logger: line number of the statement (log4j's %L, context)
    "broker": (f"{GB_PKG}.runtime.AbstractJobLauncher", 243),
    "start": (f"{GB_PKG}.runtime.AbstractJobLauncher", 463),
    "failed": (f"{GB_PKG}.runtime.AbstractJobLauncher", 527),
    "source": (f"{GB_PKG}.source.extractor.extract.kafka.KafkaSource", 0),
    "exec": (f"{GB_PKG}.util.ExecutorsUtils", 0),
    "estimator": (
        f"{GB_PKG}.source.extractor.extract.kafka.workunit.packer.KafkaAvgRecordTimeBasedWorkUnitSizeEstimator",
        0,
    ),
    "packer": (f"{GB_PKG}.source.extractor.extract.kafka.workunit.packer.KafkaWorkUnitPacker", 0),
    "extractor": (f"{GB_PKG}.source.extractor.extract.kafka.KafkaExtractor", 0),
    "tracker": (f"{GB_PKG}.runtime.local.LocalTaskStateTracker", 117),
    "context": (f"{GB_PKG}.runtime.JobContext", 0),
    "commit": (f"{GB_PKG}.runtime.SafeDatasetCommit", 185),
    "publisher": (f"{GB_PKG}.publisher.BaseDataPublisher", 442),
}
GB_LINES = {  # label: (logger key, line)
    "Discovered topic %s": ("source", 247),
    "Created workunit for partition %s: lowWatermark=%d, highWatermark=%d, range=%d": (
        "source",
        612,
    ),
    "Created workunits for %d topics in %d seconds": ("source", 228),
    "Caught error in creating work unit for {}": ("source", 401),
    "Failed to retrieve earliest and/or latest offset for partition %s. This partition will be skipped.": (
        "source",
        434,
    ),
    "Previous offset for partition %s does not exist. This partition will start from the earliest offset: %s": (
        "source",
        450,
    ),
    "Start offset for partition %s is out of range. Start offset = %d, earliest offset = %d, latest offset = %d.This partition will start from the earliest offset: %s": (
        "source",
        510,
    ),
    "Attempting to shutdown ExecutorService: %s": ("exec", 125),
    "Successfully shutdown ExecutorService: %s": ("exec", 144),
    "Estimated avg time to pull a record for topic %s is %f milliseconds": ("estimator", 135),
    "For all topics not pulled in the previous run, estimated avg time to pull a record is %s milliseconds": (
        "estimator",
        145,
    ),
    "MultiWorkUnit %d: estimated load=%f, partitions=%s": ("packer", 293),
    "Min load of multiWorkUnit = %f; Max load of multiWorkUnit = %f; Diff = %f%%": (
        "packer",
        279,
    ),
    "Pulling topic %s": ("extractor", 264),
    "Pulling partition %s from offset %d to %d, range=%d": ("extractor", 270),
    "Finished pulling partition %s": ("extractor", 247),
    "Finished pulling topic %s": ("extractor", 211),
    "Failed to fetch next message buffer for partition %s. Will skip this partition.": (
        "extractor",
        163,
    ),
    "A record from partition %s cannot be decoded.": ("extractor", 200),
    "%d more tasks of job %s have completed": ("context", 324),
    "Persisting dataset urns.": ("context", 445),
}

GB_TOPICS = {
    "page_views": (6, 950),
    "add_to_cart": (3, 180),
    "checkout_events": (3, 60),
    "audit_log": (4, 420),
}
GB_BROKERS = [
    "kafka-1.dc1.example.net:9092",
    "kafka-2.dc1.example.net:9092",
    "kafka-3.dc1.example.net:9092",
]

GB_GSON = [
    "com.google.gson.JsonSyntaxException: com.google.gson.stream.MalformedJsonException: Use JsonReader.setLenient(true) to accept malformed JSON at line 1 column 7 path $",
    "\tat com.google.gson.Gson.assertFullConsumption(Gson.java:904)",
    "\tat com.google.gson.Gson.fromJson(Gson.java:894)",
    "\tat com.google.gson.Gson.fromJson(Gson.java:859)",
    "\tat com.google.gson.Gson.fromJson(Gson.java:808)",
    f"\tat {GB_PKG}.source.extractor.extract.kafka.KafkaSimpleJsonExtractor.decodeRecord(KafkaSimpleJsonExtractor.java:66)",
    f"\tat {GB_PKG}.source.extractor.extract.kafka.KafkaExtractor.decodeKafkaMessage(KafkaExtractor.java:225)",
    f"\tat {GB_PKG}.source.extractor.extract.kafka.KafkaExtractor.readRecordImpl(KafkaExtractor.java:189)",
    f"\tat {GB_PKG}.source.extractor.extract.EventBasedExtractor.readRecordEnvelopeImpl(EventBasedExtractor.java:62)",
    f"\tat {GB_PKG}.source.extractor.extract.InstrumentedExtractorBase.readRecordEnvelope(InstrumentedExtractorBase.java:166)",
    f"\tat {GB_PKG}.runtime.StreamModelTaskRunner.run(StreamModelTaskRunner.java:104)",
    f"\tat {GB_PKG}.runtime.Task.run(Task.java:510)",
    f"\tat {GB_PKG}.runtime.TaskExecutor$TrackingTask.run(TaskExecutor.java:467)",
    "\tat java.util.concurrent.Executors$RunnableAdapter.call(Executors.java:511)",
    "\tat java.util.concurrent.FutureTask.run(FutureTask.java:266)",
    "\tat java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1149)",
    "\tat java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:624)",
    "\tat java.lang.Thread.run(Thread.java:750)",
    "Caused by: com.google.gson.stream.MalformedJsonException: Use JsonReader.setLenient(true) to accept malformed JSON at line 1 column 7 path $",
    "\tat com.google.gson.stream.JsonReader.syntaxError(JsonReader.java:1568)",
    "\tat com.google.gson.stream.JsonReader.checkLenient(JsonReader.java:1409)",
    "\tat com.google.gson.stream.JsonReader.doPeek(JsonReader.java:542)",
    "\tat com.google.gson.stream.JsonReader.peek(JsonReader.java:425)",
    "\tat com.google.gson.Gson.assertFullConsumption(Gson.java:900)",
    "\t... 17 more",
]
GB_SAFEMODE_TRACE = [
    "The reported blocks 0 needs additional 48213 blocks to reach the threshold 0.9990 of total blocks 48262.",
    "The number of live datanodes 6 has reached the minimum number 0. Safe mode will be turned off automatically once the thresholds have been reached. NamenodeHostName:nn01.dc1.example.net",
    "\tat org.apache.hadoop.ipc.Client.getRpcResponse(Client.java:1562)",
    "\tat org.apache.hadoop.ipc.Client.call(Client.java:1508)",
    "\tat org.apache.hadoop.ipc.Client.call(Client.java:1405)",
    "\tat org.apache.hadoop.ipc.ProtobufRpcEngine2$Invoker.invoke(ProtobufRpcEngine2.java:233)",
    "\tat com.sun.proxy.$Proxy19.mkdirs(Unknown Source)",
    "\tat org.apache.hadoop.hdfs.protocolPB.ClientNamenodeProtocolTranslatorPB.mkdirs(ClientNamenodeProtocolTranslatorPB.java:674)",
    "\tat org.apache.hadoop.hdfs.DFSClient.primitiveMkdir(DFSClient.java:2507)",
    "\tat org.apache.hadoop.hdfs.DistributedFileSystem.mkdirs(DistributedFileSystem.java:1500)",
    f"\tat {GB_PKG}.util.HadoopUtils.ensureDirectoryExists(HadoopUtils.java:912)",
    f"\tat {GB_PKG}.runtime.AbstractJobLauncher.cleanLeftoverStagingData(AbstractJobLauncher.java:1003)",
    f"\tat {GB_PKG}.runtime.AbstractJobLauncher.launchJob(AbstractJobLauncher.java:452)",
    f"\tat {GB_PKG}.scheduler.JobScheduler.runJob(JobScheduler.java:475)",
    f"\tat {GB_PKG}.scheduler.JobScheduler$NonScheduledJobRunner.run(JobScheduler.java:640)",
    "\tat java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1149)",
    "\tat java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:624)",
    "\tat java.lang.Thread.run(Thread.java:750)",
]


def gobblin(r: random.Random) -> list[Log]:
    """Two standalone Gobblin daemons pulling Kafka to HDFS, 06:00 to 12:00 (module docstring)."""
    fs = Files()
    broker_down = (at(8, 0, 25), at(8, 16))
    bad_json = (at(10, 20), at(10, 40))
    recreated = at(10, 50)
    safemode = (at(11, 10), at(11, 24))
    leader = {}
    offsets: dict[str, int] = {}
    for topic, (n, _) in GB_TOPICS.items():
        for p in range(n):
            leader[f"{topic}:{p}"] = (p + len(topic)) % 3
            offsets[f"{topic}:{p}"] = r.randint(2_000_000, 90_000_000)
    avg_ms = {t: r.uniform(0.4, 2.4) for t in GB_TOPICS}
    pool_no = {"gobblin-ingest01.log": 40, "gobblin-ingest02.log": 17}

    def L(
        f: str,
        t: datetime,
        level: str,
        thread: str,
        key: str,
        line: int,
        label: str,
        msg: str,
        cont: list[str] | None = None,
    ) -> datetime:
        logger, _ = GB_LOGGERS[key]
        return fs.add(
            f,
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%d %H:%M:%S} UTC {level:<5} [{thread}] {logger}  {line} - {msg}",
                *(cont or []),
            ],
            f,
            SEC,
        )

    def S(
        f: str, t: datetime, level: str, thread: str, label: str, msg: str, cont=None
    ) -> datetime:
        key, line = GB_LINES[label]
        return L(f, t, level, thread, key, line, label, msg, cont)

    def executor_desc(h: str, state: str, size: int, done: int, listening: bool) -> str:
        if listening:
            return f"com.google.common.util.concurrent.MoreExecutors$ListeningDecorator@{h}"
        if state == "Terminated":
            return f"java.util.concurrent.ThreadPoolExecutor@{h}[Terminated, pool size = 0, active threads = 0, queued tasks = 0, completed tasks = {done}]"
        return f"java.util.concurrent.ThreadPoolExecutor@{h}[Shutting down, pool size = {size}, active threads = {size}, queued tasks = 0, completed tasks = 0]"

    def run(f: str, job: str, t: datetime, topics: list[str], new_topic: str | None) -> None:
        jid_ms = int(t.timestamp() * 1000)
        job_id = f"job_{job}_{jid_ms}"
        sched = "JobScheduler-0"
        t = L(
            f,
            t,
            "WARN",
            sched,
            "broker",
            GB_LOGGERS["broker"][1],
            "Creating a job specific {}. Objects will only be shared at the job level.",
            "Creating a job specific SharedResourcesBroker. Objects will only be shared at the job level.",
        )
        for topic in topics:
            t = S(
                f, t + sec(0.2), "INFO", sched, "Discovered topic %s", f"Discovered topic {topic}"
            )
        h = hexid(r, 8).lstrip("0")
        t = S(
            f,
            t,
            "INFO",
            sched,
            "Attempting to shutdown ExecutorService: %s",
            "Attempting to shutdown ExecutorService: "
            + executor_desc(h, "Shutting down", len(topics), 0, False),
        )
        pool_no[f] += 1
        down = in_span(t, *broker_down)
        slow = 0.0
        lows: dict[str, tuple[int, int]] = {}
        for i, topic in enumerate(topics):
            thread = f"pool-{pool_no[f]}-thread-{i + 1}"
            n, rate = GB_TOPICS[topic]
            for p in range(n):
                part = f"{topic}:{p}"
                if down and leader[part] == 1:
                    slow = 60.0
                    t = S(
                        f,
                        t + sec(60),
                        "ERROR",
                        thread,
                        "Caught error in creating work unit for {}",
                        f"Caught error in creating work unit for {part}",
                        [
                            "org.apache.kafka.common.errors.TimeoutException: Failed to get offsets by times in 60000ms"
                        ],
                    )
                    t = S(
                        f,
                        t,
                        "WARN",
                        thread,
                        "Failed to retrieve earliest and/or latest offset for partition %s. This partition will be skipped.",
                        f"Failed to retrieve earliest and/or latest offset for partition {part}. This partition will be skipped.",
                    )
                    lo = hi = offsets[part]
                elif topic == new_topic:
                    lo = 0
                    hi = r.randint(2000, 9000)
                    t = S(
                        f,
                        t,
                        "WARN",
                        thread,
                        "Previous offset for partition %s does not exist. This partition will start from the earliest offset: %s",
                        f"Previous offset for partition {part} does not exist. This partition will start from the earliest offset: 0",
                    )
                elif topic == "add_to_cart" and t >= recreated and offsets[part] > 100_000:
                    hi = r.randint(200, 900)
                    t = S(
                        f,
                        t,
                        "WARN",
                        thread,
                        "Start offset for partition %s is out of range. Start offset = %d, earliest offset = %d, latest offset = %d.This partition will start from the earliest offset: %s",
                        f"Start offset for partition {part} is out of range. Start offset = {offsets[part]}, earliest offset = 0, latest offset = {hi}.This partition will start from the earliest offset: 0",
                    )
                    lo = 0
                else:
                    lo = offsets[part]
                    hi = lo + max(0, int(r.gauss(rate, rate / 5)))
                t = S(
                    f,
                    t,
                    "INFO",
                    thread,
                    "Created workunit for partition %s: lowWatermark=%d, highWatermark=%d, range=%d",
                    f"Created workunit for partition {part}: lowWatermark={lo}, highWatermark={hi}, range={hi - lo}",
                )
                lows[part] = (lo, hi)
        t = S(
            f,
            t,
            "INFO",
            sched,
            "Successfully shutdown ExecutorService: %s",
            "Successfully shutdown ExecutorService: "
            + executor_desc(h, "Terminated", 0, len(topics), False),
        )
        t = S(
            f,
            t,
            "INFO",
            sched,
            "Created workunits for %d topics in %d seconds",
            f"Created workunits for {len(topics)} topics in {int(slow + r.uniform(0, 1.4))} seconds",
        )
        for topic in topics:
            if topic == new_topic:
                continue
            t = S(
                f,
                t,
                "INFO",
                sched,
                "Estimated avg time to pull a record for topic %s is %f milliseconds",
                f"Estimated avg time to pull a record for topic {topic} is {avg_ms[topic]:.6f} milliseconds",
            )
        overall = sum(avg_ms[x] for x in topics if x != new_topic) / max(
            1, len([x for x in topics if x != new_topic])
        )
        t = S(
            f,
            t,
            "INFO",
            sched,
            "For all topics not pulled in the previous run, estimated avg time to pull a record is %s milliseconds",
            f"For all topics not pulled in the previous run, estimated avg time to pull a record is {overall!r} milliseconds",
        )
        # one multi-work-unit per topic (the packer squeezes a topic's partitions)
        loads = []
        for i, topic in enumerate(topics):
            parts = [f"{topic}:{p}" for p in range(GB_TOPICS[topic][0])]
            load = sum(lows[x][1] - lows[x][0] for x in parts) * avg_ms[topic] / 10 + 1
            loads.append(load)
            t = S(
                f,
                t,
                "INFO",
                sched,
                "MultiWorkUnit %d: estimated load=%f, partitions=%s",
                f"MultiWorkUnit {i}: estimated load={load:.6f}, partitions=[[{', '.join(parts)}]]",
            )
        lo_, hi_ = min(loads), max(loads)
        t = S(
            f,
            t,
            "INFO",
            sched,
            "Min load of multiWorkUnit = %f; Max load of multiWorkUnit = %f; Diff = %f%%",
            f"Min load of multiWorkUnit = {lo_:.6f}; Max load of multiWorkUnit = {hi_:.6f}; Diff = {(hi_ - lo_) / hi_ * 100:.6f}%",
        )
        if in_span(t, *safemode):
            L(
                f,
                t + sec(0.5),
                "ERROR",
                sched,
                "failed",
                GB_LOGGERS["failed"][1],
                "Failed to launch and run job %s: org.apache.hadoop.ipc.RemoteException(org.apache.hadoop.hdfs.server.namenode.SafeModeException): Cannot create directory %s. Name node is in safe mode.",
                f"Failed to launch and run job {job_id}: org.apache.hadoop.ipc.RemoteException(org.apache.hadoop.hdfs.server.namenode.SafeModeException): Cannot create directory /gobblin/{job}/task-staging. Name node is in safe mode.",
                GB_SAFEMODE_TRACE,
            )
            return
        t = L(
            f,
            t + sec(0.3),
            "INFO",
            sched,
            "start",
            GB_LOGGERS["start"][1],
            "Starting job %s",
            f"Starting job {job_id}",
        )
        # the tasks run in parallel, one TaskExecutor thread each
        t_start = t
        ends = []
        for i, topic in enumerate(topics):
            th = f"TaskExecutor-{i}"
            tt = t_start + sec(r.uniform(0.2, 1.5))
            tt = S(f, tt, "INFO", th, "Pulling topic %s", f"Pulling topic {topic}")
            for p in range(GB_TOPICS[topic][0]):
                part = f"{topic}:{p}"
                lo, hi = lows[part]
                tt = S(
                    f,
                    tt,
                    "INFO",
                    th,
                    "Pulling partition %s from offset %d to %d, range=%d",
                    f"Pulling partition {part} from offset {lo} to {hi}, range={hi - lo}",
                )
                if in_span(tt, *broker_down) and leader[part] == 1 and hi > lo:
                    tt = S(
                        f,
                        tt + sec(30),
                        "ERROR",
                        th,
                        "Failed to fetch next message buffer for partition %s. Will skip this partition.",
                        f"Failed to fetch next message buffer for partition {part}. Will skip this partition.",
                        [
                            "org.apache.kafka.common.errors.TimeoutException: Timeout of 60000ms expired before the position for partition "
                            + part.replace(":", "-")
                            + " could be determined"
                        ],
                    )
                    continue
                if topic == "page_views" and in_span(tt, *bad_json) and hi > lo:
                    for _ in range(r.randint(1, 5)):
                        tt = S(
                            f,
                            tt + sec(r.uniform(0.1, 2)),
                            "ERROR",
                            th,
                            "A record from partition %s cannot be decoded.",
                            f"A record from partition {part} cannot be decoded.",
                            GB_GSON,
                        )
                tt = S(
                    f,
                    tt + sec((hi - lo) * avg_ms[topic] / 1000),
                    "INFO",
                    th,
                    "Finished pulling partition %s",
                    f"Finished pulling partition {part}",
                )
                offsets[part] = hi
            tt = S(
                f, tt, "INFO", th, "Finished pulling topic %s", f"Finished pulling topic {topic}"
            )
            ends.append((tt, i, th))
        for tt, i, th in sorted(ends):
            task = f"task_{job}_{jid_ms}_{i}"
            tt = S(
                f,
                tt + sec(0.4),
                "INFO",
                th,
                "%d more tasks of job %s have completed",
                f"1 more tasks of job {job_id} have completed",
            )
            L(
                f,
                tt,
                "INFO",
                th,
                "tracker",
                GB_LOGGERS["tracker"][1],
                "Task %s completed in %dms with state %s",
                f"Task {task} completed in {int((tt - t_start).total_seconds() * 1000)}ms with state SUCCESSFUL",
            )
            t = max(t, tt)
        t = S(f, t + sec(1), "INFO", sched, "Persisting dataset urns.", "Persisting dataset urns.")
        ct = "Commit-thread-0"
        t = L(
            f,
            t + sec(0.2),
            "INFO",
            ct,
            "commit",
            GB_LOGGERS["commit"][1],
            "Committing dataset %s of job %s with commit policy %s and state %s",
            f"Committing dataset  of job {job_id} with commit policy COMMIT_ON_FULL_SUCCESS and state SUCCESSFUL",
        )
        for i, topic in enumerate(topics):
            name = f"part.task_{job}_{jid_ms}_{i}.json"
            t = L(
                f,
                t,
                "INFO",
                ct,
                "publisher",
                GB_LOGGERS["publisher"][1],
                "Moving %s to %s",
                f"Moving hdfs://nameservice1/gobblin/{job}/task-output/{topic}/{name} to /data/raw/kafka/{topic}/hourly/{t:%Y/%m/%d/%H}/{name}",
            )
        h2 = hexid(r, 8).lstrip("0")
        t = S(
            f,
            t,
            "INFO",
            ct,
            "Attempting to shutdown ExecutorService: %s",
            "Attempting to shutdown ExecutorService: " + executor_desc(h2, "", 0, 0, True),
        )
        S(
            f,
            t,
            "INFO",
            ct,
            "Successfully shutdown ExecutorService: %s",
            "Successfully shutdown ExecutorService: " + executor_desc(h2, "", 0, 0, True),
        )

    t = at(6, 0)
    while t < T_END:
        topics = ["page_views", "add_to_cart"]
        new = None
        if t >= at(9, 0):
            topics.append("checkout_events")
            if t < at(9, 10):
                new = "checkout_events"
        run(
            "gobblin-ingest01.log", "KafkaEventsToHdfs", t + sec(r.uniform(0.001, 0.3)), topics, new
        )
        t += timedelta(minutes=15)
    t = at(6, 0)
    while t < T_END:
        run(
            "gobblin-ingest02.log",
            "KafkaAuditToHdfs",
            t + sec(r.uniform(0.001, 0.3)),
            ["audit_log"],
            None,
        )
        t += timedelta(minutes=20)
    return fs.logs(T0)


# ------------------------------------------------------------------------------ argo-events

AE_CALLERS = {
    "a request received, processing it...": "webhook/start.go:94",
    "endpoint is not active, wont't process the request": "webhook/start.go:97",
    "http method does not match": "webhook/start.go:103",
    "dispatching event on route's dispatch channel...": "webhook/webhook.go:80",
    "successfully dispatched the request to the event bus": "webhook/webhook.go:84",
    "failed to dispatch the request to the event bus": "webhook/webhook.go:87",
    "new event received, dispatching it...": "webhook/webhook.go:245",
    "failed to send event": "webhook/webhook.go:247",
    "validating the route...": "webhook/webhook.go:275",
    "listening to payloads for the route...": "webhook/webhook.go:281",
    "activating the route...": "webhook/webhook.go:288",
    "route is activated": "webhook/webhook.go:238",
    "running operations post route activation...": "webhook/webhook.go:291",
    "Eventing server started.": "eventsources/eventing.go:457",
    "Succeeded to publish an event": "eventsources/eventing.go:542",
    "Failed to publish an event": "eventsources/eventing.go:537",
    "Dependency expression for trigger %s: %s": "sensors/listener.go:446",
    "Sensor started.": "sensors/listener.go:344",
    "Shutting down...": "sensors/listener.go:346",
    "started subscribing to events for trigger %s with client connection %s": "sensors/listener.go:299",
    "starting eventbus connection daemon for client %s...": "sensors/listener.go:311",
    "exiting eventbus connection daemon for client %s...": "sensors/listener.go:317",
    "EventBus connection lost, reconnecting...": "sensors/listener.go:322",
    "failed to reconnect to eventbus": "sensors/listener.go:325",
    "reconnected to EventBus.": "sensors/listener.go:328",
    "creating the object...": "standard-k8s/standard-k8s.go:178",
    "Successfully processed trigger '%s'": "sensors/listener.go:401",
    "Failed to execute a trigger": "sensors/listener.go:363",
    "Connected to NATS server.": "jetstream/jetstream.go:110",
}
AE_ROUTES = {"push": "/push", "merge-request": "/merge-request"}


def ae_ts(t: datetime) -> str:
    return repr(t.timestamp())


def argo_events(r: random.Random) -> list[Log]:
    """GitLab webhooks through Argo Events to Workflows, 06:00 to 12:00 (module docstring)."""
    fs = Files()
    es_file = "gitlab-eventsource-7c9d8b5f4-x2kqp.log"
    ci_file = "ci-sensor-5d8f7c6b9-mw4tz.log"
    dep_old = "deploy-sensor-6b7f9d4c8-p9rjk.log"
    dep_new = "deploy-sensor-6b7f9d4c8-hq5fn.log"
    bus_down = (at(8, 30, 4), at(8, 31, 41))
    quota = (at(10, 5), at(10, 15, 30))
    drain = at(9, 12, 8)
    probe_from = at(9, 40, 40)

    def J(
        f: str,
        t: datetime,
        level: str,
        logger: str,
        label: str,
        msg: str,
        fields: dict[str, object],
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            rec: dict[str, object] = {
                "level": level,
                "ts": 0,
                "logger": logger,
                "caller": AE_CALLERS[label],
                "msg": msg,
                **fields,
            }
            s = json.dumps(rec, separators=(",", ":"))
            return [s.replace('"ts":0', f'"ts":{ae_ts(x)}', 1)]

        return fs.add(f, t, label, text, f, US)

    es_base = {"eventSourceName": "gitlab"}

    def ES(
        t: datetime, level: str, label: str, extra: dict[str, object], msg: str | None = None
    ) -> datetime:
        return J(
            es_file, t, level, "argo-events.eventsource", label, msg or label, {**es_base, **extra}
        )

    def route_fields(ev: str) -> dict[str, object]:
        return {
            "eventSourceType": "webhook",
            "eventName": ev,
            "endpoint": AE_ROUTES[ev],
            "port": "12000",
            "http-method": "POST",
        }

    def ev_id(r: random.Random) -> str:
        return uuid4s(r).encode().hex()

    # ---- the sensors
    sensors = {
        "ci": {
            "file": ci_file,
            "triggers": [("build-workflow", "gitlab-push"), ("lint-workflow", "gitlab-push")],
        },
        "deploy": {"file": dep_old, "triggers": [("promote-staging", "gitlab-mr-merged")]},
    }

    def conn(sensor: str, trig: str, dep: str) -> str:
        return f"JetstreamTriggerConn{{ClientID:{sensor}-sensor-{hexid(r, 6)}, TriggerName:{trig}, Dependencies:[{dep}]}}"

    conns: dict[tuple[str, str], str] = {}

    def SN(
        sensor: str,
        t: datetime,
        level: str,
        label: str,
        msg: str,
        extra: dict[str, object],
        f: str | None = None,
    ) -> datetime:
        return J(
            f or sensors[sensor]["file"],  # type: ignore[arg-type]
            t,
            level,
            "argo-events.sensor",
            label,
            msg,
            {"sensorName": sensor, **extra},
        )

    def sensor_start(sensor: str, t: datetime, f: str) -> datetime:
        for trig, dep in sensors[sensor]["triggers"]:  # type: ignore[attr-defined]
            t = SN(
                sensor,
                t + sec(r.uniform(0.001, 0.01)),
                "info",
                "Dependency expression for trigger %s: %s",
                f"Dependency expression for trigger {trig}: {dep}",
                {"triggerName": trig},
                f,
            )
        t = SN(sensor, t + sec(0.002), "info", "Sensor started.", "Sensor started.", {}, f)
        for trig, dep in sensors[sensor]["triggers"]:  # type: ignore[attr-defined]
            t = SN(
                sensor,
                t + sec(r.uniform(0.01, 0.05)),
                "info",
                "Connected to NATS server.",
                "Connected to NATS server.",
                {"triggerName": trig},
                f,
            )
            c = conn(sensor, trig, dep)
            conns[(sensor, trig)] = c
            t = SN(
                sensor,
                t + sec(r.uniform(0.001, 0.004)),
                "info",
                "starting eventbus connection daemon for client %s...",
                f"starting eventbus connection daemon for client {c}...",
                {"triggerName": trig},
                f,
            )
            t = SN(
                sensor,
                t + sec(r.uniform(0.0001, 0.002)),
                "info",
                "started subscribing to events for trigger %s with client connection %s",
                f"started subscribing to events for trigger {trig} with client connection {c}",
                {"triggerName": trig},
                f,
            )
        return t

    def trigger(sensor: str, t: datetime, trig: str, dep: str, eid: str) -> None:
        f = sensors[sensor]["file"]  # type: ignore[index]
        if in_span(t, *quota) and sensor == "ci":
            err = (
                'failed to execute trigger, workflows.argoproj.io "'
                + ("ci-build-" if trig == "build-workflow" else "ci-lint-")
                + hexid(r, 5)
                + '" is forbidden: exceeded quota: ci-workflows, requested: count/workflows.argoproj.io=1, used: count/workflows.argoproj.io=40, limited: count/workflows.argoproj.io=40'
            )
            t = SN(
                sensor,
                t,
                "info",
                "creating the object...",
                "creating the object...",
                {"triggerName": trig, "triggerType": "Kubernetes"},
                f,
            )
            t = SN(
                sensor,
                t + sec(r.uniform(0.005, 0.03)),
                "error",
                "Failed to execute a trigger",
                "Failed to execute a trigger",
                {
                    "error": err,
                    "triggerName": trig,
                    "triggeredBy": [dep],
                    "triggeredByEvents": [eid],
                },
                f,
            )
            SN(
                sensor,
                t + sec(0.0001),
                "error",
                "Failed to execute a trigger",
                "Failed to execute a trigger",
                {"error": err, "triggerName": trig},
                f,
            )
            return
        t = SN(
            sensor,
            t,
            "info",
            "creating the object...",
            "creating the object...",
            {"triggerName": trig, "triggerType": "Kubernetes"},
            f,
        )
        SN(
            sensor,
            t + sec(r.uniform(0.008, 0.06)),
            "info",
            "Successfully processed trigger '%s'",
            f"Successfully processed trigger '{trig}'",
            {
                "triggerName": trig,
                "triggerType": "Kubernetes",
                "triggeredBy": [dep],
                "triggeredByEvents": [eid],
            },
            f,
        )

    # ---- start-up at 06:00 after the upgrade to v1.9.2
    t = at(6, 0, 2.31)
    t = ES(t, "info", "Eventing server started.", {})
    for ev in AE_ROUTES:
        rf = {"eventSourceType": "webhook", "eventName": ev}
        for label in (
            "validating the route...",
            "listening to payloads for the route...",
            "activating the route...",
        ):
            t = ES(t + sec(r.uniform(0.0001, 0.001)), "info", label, rf)
        t = ES(
            t + sec(r.uniform(0.001, 0.01)),
            "info",
            "route is activated",
            {**rf, "port": "12000", "endpoint": AE_ROUTES[ev]},
        )
        t = ES(t + sec(0.0003), "info", "running operations post route activation...", rf)
    sensor_start("ci", at(6, 0, 4.8), ci_file)
    sensor_start("deploy", at(6, 0, 5.3), dep_old)

    # ---- the deploy sensor's node drained at 09:12
    t = drain
    for trig, _ in sensors["deploy"]["triggers"]:  # type: ignore[attr-defined]
        t = SN(
            "deploy",
            t + sec(0.001),
            "info",
            "exiting eventbus connection daemon for client %s...",
            f"exiting eventbus connection daemon for client {conns[('deploy', trig)]}...",
            {"triggerName": trig},
            dep_old,
        )
    SN("deploy", t + sec(0.0005), "info", "Shutting down...", "Shutting down...", {}, dep_old)
    restarted = at(9, 12, 31.4)
    sensor_start("deploy", restarted, dep_new)

    # ---- the event bus restarted: the sensors' connection daemons
    for sensor in ("ci", "deploy"):
        for trig, dep in sensors[sensor]["triggers"]:  # type: ignore[attr-defined]
            f = sensors[sensor]["file"]  # type: ignore[index]
            t = bus_down[0] + sec(r.uniform(0.5, 5))
            while t < bus_down[1]:
                t = SN(
                    sensor,
                    t,
                    "info",
                    "EventBus connection lost, reconnecting...",
                    "EventBus connection lost, reconnecting...",
                    {"triggerName": trig},
                    f,
                )
                t = SN(
                    sensor,
                    t + sec(r.uniform(2.0, 2.1)),
                    "error",
                    "failed to reconnect to eventbus",
                    "failed to reconnect to eventbus",
                    {
                        "triggerName": trig,
                        "connection": None,
                        "error": "nats: no servers available for connection",
                    },
                    f,
                )
                t += sec(r.uniform(2.9, 3.0))
            t = SN(
                sensor,
                t,
                "info",
                "EventBus connection lost, reconnecting...",
                "EventBus connection lost, reconnecting...",
                {"triggerName": trig},
                f,
            )
            c = conn(sensor, trig, dep)
            conns[(sensor, trig)] = c
            t = SN(
                sensor,
                t + sec(r.uniform(0.01, 0.05)),
                "info",
                "reconnected to EventBus.",
                "reconnected to EventBus.",
                {"triggerName": trig, "connection": c},
                f,
            )
            SN(
                sensor,
                t + sec(r.uniform(2.0, 2.01)),
                "info",
                "started subscribing to events for trigger %s with client connection %s",
                f"started subscribing to events for trigger {trig} with client connection {c}",
                {"triggerName": trig},
                f,
            )

    # ---- GitLab's hooks
    def hook(t: datetime, ev: str) -> None:
        rf = route_fields(ev)
        t = ES(t, "info", "a request received, processing it...", rf)
        t = ES(
            t + sec(r.uniform(0.0001, 0.0008)),
            "info",
            "dispatching event on route's dispatch channel...",
            rf,
        )
        t = ES(
            t + sec(r.uniform(0.00002, 0.0002)),
            "info",
            "new event received, dispatching it...",
            {"eventSourceType": "webhook", "eventName": ev},
        )
        eid = ev_id(r)
        if in_span(t, *bus_down):
            err = r.choice(["nats: timeout", "nats: timeout", "nats: connection closed"])
            t = ES(
                t + sec(r.uniform(2, 5) if "timeout" in err else r.uniform(0.001, 0.01)),
                "error",
                "Failed to publish an event",
                {"error": err, "eventName": ev, "eventSourceType": "webhook"},
            )
            t = ES(
                t + sec(0.0002),
                "error",
                "failed to send event",
                {"eventSourceType": "webhook", "eventName": ev, "error": err},
            )
            ES(t + sec(0.0001), "error", "failed to dispatch the request to the event bus", rf)
            return
        t = ES(
            t + sec(r.uniform(0.001, 0.012)),
            "info",
            "Succeeded to publish an event",
            {"eventName": ev, "eventSourceType": "webhook", "eventID": eid},
        )
        ES(
            t + sec(r.uniform(0.00005, 0.0003)),
            "info",
            "successfully dispatched the request to the event bus",
            rf,
        )
        ts = t + sec(r.uniform(0.002, 0.02))
        if ev == "push":
            for trig, dep in sensors["ci"]["triggers"]:  # type: ignore[attr-defined]
                trigger("ci", ts + sec(r.uniform(0.0001, 0.004)), trig, dep, eid)
        elif r.random() < 0.3:
            if in_span(ts, drain, restarted):
                return
            sensors["deploy"]["file"] = dep_old if ts < drain else dep_new
            trigger("deploy", ts, "promote-staging", "gitlab-mr-merged", eid)

    for t in jitter_times(r, at(6, 1), T_END, 170):
        busy = 2.2 if in_span(t, at(9, 30), at(11, 30)) else 1.0
        hook(t, "push")
        if r.random() < 0.25 * busy:
            hook(t + sec(r.uniform(1, 50)), "push")
    for t in jitter_times(r, at(6, 2), T_END, 400):
        hook(t, "merge-request")
    # the uptime checker GETting the push route every minute
    t = probe_from
    while t < T_END:
        rf = {**route_fields("push")}
        t2 = ES(t, "info", "a request received, processing it...", rf)
        ES(t2 + sec(r.uniform(0.00002, 0.0001)), "info", "http method does not match", rf)
        t += sec(60 + r.uniform(-0.05, 0.05))
    return fs.logs(T0)


# --------------------------------------------------------------------------------- windmill

WM_TARGET = "windmill_worker::worker"
WM_INIT_OLD = [
    "set -e",
    "apt-get update -qq",
    "apt-get install -y -qq jq postgresql-client >/dev/null",
]
WM_INIT_NEW = [
    "set -e",
    "apt-get update -qq",
    "apt-get install -y -qq jq postgresql-client unixodbc >/dev/null",
    "pip install --quiet pyodbc==5.1.0",
]
WM_INIT_FIXED = [
    "set -e",
    "apt-get update -qq",
    "apt-get install -y -qq jq postgresql-client unixodbc-dev g++ >/dev/null",
    "pip install --quiet pyodbc==5.1.0",
]
WM_LABEL_FETCHED = "fetched job {}, root job: {} workspace_id={} job_id={} root_id={}"
WM_PULL_01 = "pull took more than 0.1s ({duration_pull_s}) this is a sign that the database is undersized for this load. empty: {empty}, err: {err_pull}"
WM_PULL_05 = "pull took more than 0.5s ({duration_pull_s}), this is a sign that the database is VERY undersized for this load. empty: {empty}, err: {err_pull}"


def wm_name(r: random.Random, host: str) -> str:
    """A worker's name: its group, the container's hostname and five random characters."""
    chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    return f"wk-default-{host}-{''.join(r.choice(chars) for _ in range(5))}"


def windmill(r: random.Random) -> list[Log]:
    """Three Windmill workers' docker logs, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    workers = []
    for i in range(1, 4):
        host = hexid(r, 12)
        workers.append(
            {
                "file": f"windmill-worker-{i}.log",
                "host": host,
                "names": [(T0 - timedelta(days=3), wm_name(r, host))],
                "jobs": r.randint(2000, 9000),
                "down": [],
            }
        )
    slow = (at(7, 30), at(7, 45, 20))
    failover = (at(8, 50, 2.4), at(8, 50, 47.9))
    restarts = [at(9, 0, 12.3), at(9, 2, 31.8), at(9, 4, 50.2)]
    fixed_at = at(9, 7, 40)

    def W(
        w: dict,
        t: datetime,
        level: str,
        label: str,
        msg: str,
        cont: list[str] | None = None,
        span: str = "",
    ) -> datetime:
        head = f"worker{{worker={name_at(w, t)} hostname={w['host']}}}"
        if span:
            head += f":{span}"
        return fs.add(
            w["file"],
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond:06d}Z {level:>5} {head}: {WM_TARGET}: {msg}",
                *(cont or []),
            ],
            w["file"],
            US,
        )

    def name_at(w: dict, t: datetime) -> str:
        return [n for since, n in w["names"] if since <= t][-1]

    def rename(w: dict, t: datetime) -> None:
        w["names"].append((t, wm_name(r, w["host"])))

    def alive(w: dict, t: datetime) -> bool:
        return not any(a <= t < b for a, b in w["down"]) and not in_span(t, *failover)

    def fetched(w: dict, t: datetime, ws: str, jid: str, root: str) -> datetime:
        w["jobs"] += 1
        return W(
            w,
            t,
            "INFO",
            WM_LABEL_FETCHED,
            f"fetched job {jid}, root job: {root} workspace_id={ws} job_id={jid} root_id={root}",
        )

    # ---- the rolling restart for the new init script (worker group config changed at 09:00)
    def init_job(w: dict, t: datetime, script: list[str]) -> tuple[datetime, str]:
        jid = uuid7(r, t)
        content = "\n".join(script)
        lines = content.split("\n")
        t = W(
            w,
            t,
            "INFO",
            "Creating initial job {uuid} from initial script script: {content}",
            f"Creating initial job {jid} from initial script script: {lines[0]}",
            lines[1:],
        )
        t = fetched(w, t + sec(r.uniform(0.001, 0.004)), "admins", jid, "none")
        return t, jid

    def shutdown(w: dict, t: datetime, draining: int, executed: int) -> datetime:
        t = W(
            w,
            t,
            "INFO",
            "received killpill for worker {}, jobs are not pulled anymore except same_worker jobs",
            "received killpill for worker 1, jobs are not pulled anymore except same_worker jobs",
        )
        for _ in range(draining):
            t = W(
                w,
                t + sec(0.2 + r.uniform(0.0001, 0.002)),
                "INFO",
                "there may be same_worker jobs to process later, waiting for job_completed_processor to finish progressing all remaining flows before exiting",
                "there may be same_worker jobs to process later, waiting for job_completed_processor to finish progressing all remaining flows before exiting",
            )
        t = W(
            w,
            t + sec(0.2),
            "INFO",
            "all running jobs have completed and all completed jobs have been fully processed, exiting",
            "all running jobs have completed and all completed jobs have been fully processed, exiting",
        )
        t = W(w, t + sec(0.0004), "INFO", "worker {} exiting", f"worker {name_at(w, t)} exiting")
        t = W(
            w,
            t + sec(r.uniform(0.01, 0.2)),
            "INFO",
            "worker {} exited",
            f"worker {name_at(w, t)} exited",
        )
        return W(
            w,
            t + sec(0.0001),
            "INFO",
            "number of jobs executed: {}",
            f"number of jobs executed: {executed}",
        )

    for k, (w, t) in enumerate(zip(workers, restarts, strict=True)):
        t = shutdown(w, t, r.randint(0, 6), w["jobs"])
        t += sec(r.uniform(2.5, 4.5))
        rename(w, t)
        if k == 2:
            # worker-3: the new script fails until the admin fixes it
            while t < fixed_at:
                t, _ = init_job(w, t, WM_INIT_NEW)
                t = W(
                    w,
                    t + sec(r.uniform(20, 40)),
                    "ERROR",
                    "init script job failed, exiting",
                    "init script job failed, exiting",
                )
                t = W(
                    w,
                    t + sec(0.0003),
                    "INFO",
                    "worker {} exiting",
                    f"worker {name_at(w, t)} exiting",
                )
                t = W(
                    w, t + sec(0.02), "INFO", "worker {} exited", f"worker {name_at(w, t)} exited"
                )
                t = W(
                    w,
                    t + sec(0.0001),
                    "INFO",
                    "number of jobs executed: {}",
                    "number of jobs executed: 1",
                )
                t += sec(r.uniform(1.5, 3))
                rename(w, t)
            t, _ = init_job(w, t, WM_INIT_FIXED)
        else:
            t, _ = init_job(w, t, WM_INIT_NEW)
        w["down"].append((restarts[k] - sec(0.5), t + sec(r.uniform(25, 45))))
        w["jobs"] = 0

    # ---- the jobs: scheduled scripts, webhooks, flows with their steps
    def pick_worker(t: datetime) -> dict | None:
        ok = [w for w in workers if alive(w, t)]
        return r.choice(ok) if ok else None

    def job(t: datetime, ws: str, root: str = "none") -> None:
        w = pick_worker(t)
        if w is None:
            return
        jid = uuid7(r, t)
        fetched(w, t + sec(r.uniform(0.01, 0.3)), ws, jid, root)

    t = at(6, 0, 7)
    while t < T_END:
        job(t, "ops")
        t += sec(30 + r.uniform(-0.02, 0.02))
    t = at(6, 2, 1)
    while t < T_END:
        job(t, "finance")
        t += sec(300 + r.uniform(-0.05, 0.05))
    for t in jitter_times(r, at(6, 0), T_END, 85):
        job(t, r.choice(["ops", "data", "data", "finance"]))
    t = at(6, 5, 0.5)
    while t < T_END:
        w = pick_worker(t)
        if w is not None:
            flow = uuid7(r, t)
            tt = fetched(w, t + sec(r.uniform(0.01, 0.2)), "data", flow, "none")
            for _ in range(4):
                tt += sec(r.uniform(1.5, 40))
                step = uuid7(r, tt)
                if in_span(tt, *failover):
                    fetched(w, failover[0] - sec(r.uniform(0.2, 0.6)), "data", step, flow)
                    W(
                        w,
                        failover[0] + sec(r.uniform(0.01, 0.1)),
                        "ERROR",
                        "Could not update parent job started_at flow_status: {}",
                        "Could not update parent job started_at flow_status: error communicating with database: Connection refused (os error 111)",
                        span=f"job{{job_id={step}}}",
                    )
                    break
                w2 = pick_worker(tt)
                if w2 is None:
                    break
                tt = fetched(w2, tt, "data", step, flow)
        t += sec(900 + r.uniform(-0.5, 0.5))

    # ---- the database's backup slowing the pulls
    for w in workers:
        for t in jitter_times(r, slow[0], slow[1], 7.5):
            d = r.uniform(0.1, 0.5) if r.random() < 0.88 else r.uniform(0.5, 1.9)
            empty = "true" if r.random() < 0.8 else "false"
            if d > 0.5:
                W(
                    w,
                    t,
                    "WARN",
                    WM_PULL_05,
                    f"pull took more than 0.5s ({d:.9f}), this is a sign that the database is VERY undersized for this load. empty: {empty}, err: true",
                )
            else:
                W(
                    w,
                    t,
                    "WARN",
                    WM_PULL_01,
                    f"pull took more than 0.1s ({d:.9f}) this is a sign that the database is undersized for this load. empty: {empty}, err: true",
                )

    # ---- the failover
    for w in workers:
        t = failover[0] + sec(r.uniform(0.01, 0.3))
        t = W(
            w,
            t,
            "ERROR",
            "Failed to pull jobs: error returned from database: {}",
            "Failed to pull jobs: error returned from database: terminating connection due to administrator command",
        )
        for _ in range(r.randint(2, 5)):
            t = W(
                w,
                t + sec(r.uniform(0.05, 0.4)),
                "ERROR",
                "Failed to pull jobs: error communicating with database: {}",
                "Failed to pull jobs: error communicating with database: Connection refused (os error 111)",
            )
        while t + sec(5) < failover[1]:
            t = W(
                w,
                t + sec(5 + r.uniform(0.0, 0.05)),
                "ERROR",
                "Failed to pull jobs: pool timed out while waiting for an open connection",
                "Failed to pull jobs: pool timed out while waiting for an open connection",
            )
    return fs.logs(T0)


# ----------------------------------------------------------------------------- data-prepper

DP = "org.opensearch.dataprepper"
DP_PT = f"{DP}.parser.PipelineTransformer"
DP_PIPE = f"{DP}.pipeline.Pipeline"
DP_SINK = f"{DP}.plugins.sink.opensearch.OpenSearchSink"
DP_CONN = f"{DP}.plugins.sink.opensearch.ConnectionConfiguration"
DP_BULK = f"{DP}.plugins.sink.opensearch.BulkRetryStrategy"
DP_OTEL = f"{DP}.plugins.source.oteltrace.OTelTraceSource"
DP_PIPELINES = [  # name, source, sinks, secondary buffers, sink worker number, has opensearch sink
    ("entry-pipeline", "otel_trace_source", ["pipeline", "pipeline"], 0, 2, False),
    ("raw-trace-pipeline", "pipeline", ["opensearch"], 1, 4, True),
    ("service-map-pipeline", "pipeline", ["opensearch"], 2, 6, True),
    ("log-pipeline", "http", ["opensearch"], 0, 8, True),
]
DP_INDEX = {
    "raw-trace-pipeline": "otel-v1-apm-span-{:06d}",
    "service-map-pipeline": "otel-v1-apm-service-map",
    "log-pipeline": "logs-app-{:%Y.%m.%d}",
}
DP_REJECT = "rejected execution of coordinating operation [coordinating_and_primary_bytes={}, replica_bytes={}, all_bytes={}, coordinating_operation_bytes={}, max_coordinating_and_primary_bytes={}]"
DP_REFUSED_TRACE = [
    "java.net.ConnectException: Connection refused",
    "\tat org.opensearch.client.RestClient.extractAndWrapCause(RestClient.java:1151) ~[opensearch-rest-client-2.13.0.jar:2.13.0]",
    "\tat org.opensearch.client.RestClient.performRequest(RestClient.java:364) ~[opensearch-rest-client-2.13.0.jar:2.13.0]",
    "\tat org.opensearch.client.RestClient.performRequest(RestClient.java:352) ~[opensearch-rest-client-2.13.0.jar:2.13.0]",
    "\tat org.opensearch.client.transport.rest_client.RestClientTransport.performRequest(RestClientTransport.java:145) ~[opensearch-java-2.8.1.jar:?]",
    "\tat org.opensearch.client.opensearch.OpenSearchClient.bulk(OpenSearchClient.java:216) ~[opensearch-java-2.8.1.jar:?]",
    f"\tat {DP}.plugins.sink.opensearch.bulk.OpenSearchDefaultBulkApiWrapper.bulk(OpenSearchDefaultBulkApiWrapper.java:19) ~[opensearch-2.8.0.jar:?]",
    f"\tat {DP}.plugins.sink.opensearch.OpenSearchSink.lambda$doInitializeInternal$1(OpenSearchSink.java:260) ~[opensearch-2.8.0.jar:?]",
    f"\tat {DP}.plugins.sink.opensearch.BulkRetryStrategy.handleRetry(BulkRetryStrategy.java:296) ~[opensearch-2.8.0.jar:?]",
    f"\tat {DP}.plugins.sink.opensearch.BulkRetryStrategy.execute(BulkRetryStrategy.java:208) ~[opensearch-2.8.0.jar:?]",
    f"\tat {DP}.plugins.sink.opensearch.OpenSearchSink.lambda$flushBatch$7(OpenSearchSink.java:469) ~[opensearch-2.8.0.jar:?]",
    "\tat io.micrometer.core.instrument.composite.CompositeTimer.record(CompositeTimer.java:141) ~[micrometer-core-1.12.5.jar:1.12.5]",
    f"\tat {DP}.plugins.sink.opensearch.OpenSearchSink.flushBatch(OpenSearchSink.java:466) ~[opensearch-2.8.0.jar:?]",
    f"\tat {DP}.plugins.sink.opensearch.OpenSearchSink.doOutput(OpenSearchSink.java:443) ~[opensearch-2.8.0.jar:?]",
    f"\tat {DP}.model.sink.AbstractSink.lambda$output$0(AbstractSink.java:68) ~[data-prepper-api-2.8.0.jar:?]",
    "\tat io.micrometer.core.instrument.composite.CompositeTimer.record(CompositeTimer.java:141) ~[micrometer-core-1.12.5.jar:1.12.5]",
    f"\tat {DP}.model.sink.AbstractSink.output(AbstractSink.java:68) ~[data-prepper-api-2.8.0.jar:?]",
    f"\tat {DP}.pipeline.Pipeline.lambda$publishToSinks$5(Pipeline.java:360) ~[data-prepper-core-2.8.0.jar:?]",
    "\tat java.util.concurrent.Executors$RunnableAdapter.call(Executors.java:539) ~[?:?]",
    "\tat java.util.concurrent.FutureTask.run(FutureTask.java:264) ~[?:?]",
    "\tat java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136) ~[?:?]",
    "\tat java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:635) ~[?:?]",
    "\tat java.lang.Thread.run(Thread.java:840) ~[?:?]",
    "Caused by: java.net.ConnectException: Connection refused",
    "\tat sun.nio.ch.Net.pollConnect(Native Method) ~[?:?]",
    "\tat sun.nio.ch.Net.pollConnectNow(Net.java:682) ~[?:?]",
    "\tat sun.nio.ch.SocketChannelImpl.finishConnect(SocketChannelImpl.java:973) ~[?:?]",
    "\tat org.apache.http.impl.nio.reactor.DefaultConnectingIOReactor.processEvent(DefaultConnectingIOReactor.java:174) ~[httpcore-nio-4.4.16.jar:4.4.16]",
    "\tat org.apache.http.impl.nio.reactor.DefaultConnectingIOReactor.processEvents(DefaultConnectingIOReactor.java:148) ~[httpcore-nio-4.4.16.jar:4.4.16]",
    "\tat org.apache.http.impl.nio.reactor.AbstractMultiworkerIOReactor.execute(AbstractMultiworkerIOReactor.java:351) ~[httpcore-nio-4.4.16.jar:4.4.16]",
    "\tat org.apache.http.impl.nio.conn.PoolingNHttpClientConnectionManager.execute(PoolingNHttpClientConnectionManager.java:221) ~[httpasyncclient-4.1.5.jar:4.1.5]",
    "\tat org.apache.http.impl.nio.client.CloseableHttpAsyncClientBase$1.run(CloseableHttpAsyncClientBase.java:64) ~[httpasyncclient-4.1.5.jar:4.1.5]",
    "\t... 1 more",
]


def data_prepper(r: random.Random) -> list[Log]:
    """Three Data Prepper containers' docker logs, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    hosts = ["dp-01", "dp-02", "dp-03"]
    pressure = (at(7, 40), at(8, 10, 30))
    oom = at(9, 15, 17.2)
    upgrade = (at(10, 30, 5), at(10, 38, 40))
    restart_all = at(11, 20, 3)
    span_no = {"raw-trace-pipeline": 87}
    gen = {h: 0 for h in hosts}

    def D(
        h: str,
        t: datetime,
        thread: str,
        level: str,
        logger: str,
        label: str,
        msg: str,
        cont: list[str] | None = None,
    ) -> datetime:
        return fs.add(
            f"{h}.log",
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%dT%H:%M:%S},{x.microsecond // 1000:03d} [{thread}] {level:<5} {logger} - {msg}",
                *(cont or []),
            ],
            (h, gen[h]),
            MS,
        )

    def raw(h: str, t: datetime, label: str, text: str) -> datetime:
        return fs.add(f"{h}.log", t, label, lambda x: [text], (h, gen[h]), MS)

    def start(h: str, t: datetime, sink_delay: float, new_template: bool) -> None:
        gen[h] += 1
        t = raw(
            h,
            t,
            "Reading pipelines and data-prepper configuration files from Data Prepper home directory.",
            "Reading pipelines and data-prepper configuration files from Data Prepper home directory.",
        )
        t = raw(h, t + sec(0.01), "%s", "/usr/bin/java")
        t = raw(h, t + sec(0.05), "Found %s version %s of %s", "Found openjdk version  of 17.0")
        m = "main"
        t = D(
            h,
            t + sec(r.uniform(1.2, 1.9)),
            m,
            "INFO",
            f"{DP}.DataPrepperArgumentConfiguration",
            "Command line args: {}",
            "Command line args: /usr/share/data-prepper/pipelines,/usr/share/data-prepper/config/data-prepper-config.yaml",
        )
        t += sec(r.uniform(0.5, 0.8))
        for name, source, sinks, secondary, _, _ in DP_PIPELINES:
            t = D(
                h,
                t + sec(0.002),
                m,
                "INFO",
                DP_PT,
                "Building pipeline [{}] from provided configuration",
                f"Building pipeline [{name}] from provided configuration",
            )
            t = D(
                h,
                t,
                m,
                "INFO",
                DP_PT,
                "Building [{}] as source component for the pipeline [{}]",
                f"Building [{source}] as source component for the pipeline [{name}]",
            )
            if source == "otel_trace_source":
                t = D(
                    h,
                    t + sec(0.09),
                    m,
                    "WARN",
                    DP_OTEL,
                    "Creating otel-trace-source without authentication. This is not secure.",
                    "Creating otel-trace-source without authentication. This is not secure.",
                )
                t = D(
                    h,
                    t,
                    m,
                    "WARN",
                    DP_OTEL,
                    "In order to set up Http Basic authentication for the otel-trace-source, go here: https://github.com/opensearch-project/data-prepper/tree/main/data-prepper-plugins/otel-trace-source#authentication-configurations",
                    "In order to set up Http Basic authentication for the otel-trace-source, go here: https://github.com/opensearch-project/data-prepper/tree/main/data-prepper-plugins/otel-trace-source#authentication-configurations",
                )
            t = D(
                h,
                t + sec(0.003),
                m,
                "INFO",
                DP_PT,
                "Building buffer for the pipeline [{}]",
                f"Building buffer for the pipeline [{name}]",
            )
            t = D(
                h,
                t + sec(0.002),
                m,
                "INFO",
                DP_PT,
                "Building processors for the pipeline [{}]",
                f"Building processors for the pipeline [{name}]",
            )
            if name == "raw-trace-pipeline":
                t = D(
                    h,
                    t + sec(0.02),
                    m,
                    "INFO",
                    f"{DP}.plugins.processor.oteltrace.OTelTraceRawProcessor",
                    "Configured Trace Raw Processor with a trace flush interval of {} ms.",
                    "Configured Trace Raw Processor with a trace flush interval of 180000 ms.",
                )
            if name == "service-map-pipeline":
                t = D(
                    h,
                    t + sec(0.001),
                    m,
                    "WARN",
                    f"{DP}.plugin.DefaultPluginFactory",
                    "Plugin name '{}' is deprecated and will be removed in the next major release. Consider using the updated plugin name '{}'.",
                    "Plugin name 'service_map_stateful' is deprecated and will be removed in the next major release. Consider using the updated plugin name 'service_map'.",
                )
            t = D(
                h,
                t + sec(0.004),
                m,
                "INFO",
                DP_PT,
                "Building sinks for the pipeline [{}]",
                f"Building sinks for the pipeline [{name}]",
            )
            for sink in sinks:
                t = D(
                    h,
                    t + sec(0.001),
                    m,
                    "INFO",
                    DP_PT,
                    "Building [{}] as sink component",
                    f"Building [{sink}] as sink component",
                )
            t = D(
                h,
                t + sec(0.01),
                m,
                "INFO",
                DP_PT,
                "Constructing MultiBufferDecorator with [{}] secondary buffers for pipeline [{}]",
                f"Constructing MultiBufferDecorator with [{secondary}] secondary buffers for pipeline [{name}]",
            )
        t = D(
            h,
            t + sec(0.05),
            m,
            "WARN",
            f"{DP}.pipeline.server.config.DataPrepperServerConfiguration",
            "Creating data prepper server without authentication. This is not secure.",
            "Creating data prepper server without authentication. This is not secure.",
        )
        t = D(
            h,
            t,
            m,
            "WARN",
            f"{DP}.pipeline.server.config.DataPrepperServerConfiguration",
            "In order to set up Http Basic authentication for the data prepper server, go here: https://github.com/opensearch-project/data-prepper/blob/main/docs/core_apis.md#authentication",
            "In order to set up Http Basic authentication for the data prepper server, go here: https://github.com/opensearch-project/data-prepper/blob/main/docs/core_apis.md#authentication",
        )
        t0 = t + sec(0.06)
        for i, (name, *_rest) in enumerate(DP_PIPELINES):
            D(
                h,
                t0 + sec(0.001 * i),
                m,
                "INFO",
                DP_PIPE,
                "Pipeline [{}] - Initiating pipeline execution",
                f"Pipeline [{name}] - Initiating pipeline execution",
            )
        D(
            h,
            t0 + sec(0.007),
            m,
            "WARN",
            f"{DP}.pipeline.server.HttpServerProvider",
            "Creating Data Prepper server without TLS. This is not secure.",
            "Creating Data Prepper server without TLS. This is not secure.",
        )
        D(
            h,
            t0 + sec(0.008),
            m,
            "WARN",
            f"{DP}.pipeline.server.HttpServerProvider",
            "In order to set up TLS for the Data Prepper server, go here: https://github.com/opensearch-project/data-prepper/blob/main/docs/configuration.md#server-configuration",
            "In order to set up TLS for the Data Prepper server, go here: https://github.com/opensearch-project/data-prepper/blob/main/docs/configuration.md#server-configuration",
        )
        D(
            h,
            t0 + sec(0.02),
            m,
            "INFO",
            f"{DP}.pipeline.server.DataPrepperServer",
            "Data Prepper server running at :{}",
            "Data Prepper server running at :4900",
        )
        ready: dict[str, datetime] = {}
        for name, source, _, _, worker, has_os in DP_PIPELINES:
            th = f"{name}-sink-worker-{worker}-thread-1"
            tt = D(
                h,
                t0 + sec(0.001),
                th,
                "INFO",
                DP_PIPE,
                "Pipeline [{}] - sink is not ready for execution, retrying",
                f"Pipeline [{name}] - sink is not ready for execution, retrying",
            )
            if not has_os:
                tt = D(
                    h,
                    tt + sec(0.001),
                    th,
                    "INFO",
                    DP_PIPE,
                    "Pipeline [{}] Waiting for Sink to be ready",
                    f"Pipeline [{name}] Waiting for Sink to be ready",
                )
                continue
            tt = D(
                h,
                tt + sec(0.001),
                th,
                "INFO",
                DP_SINK,
                "Initializing OpenSearch sink",
                "Initializing OpenSearch sink",
            )
            for _ in range(2):
                tt = D(
                    h,
                    tt + sec(r.uniform(0.008, 0.2)),
                    th,
                    "INFO",
                    DP_CONN,
                    "Using the username provided in the config.",
                    "Using the username provided in the config.",
                )
                tt = D(
                    h,
                    tt + sec(r.uniform(0.05, 0.12)),
                    th,
                    "INFO",
                    DP_CONN,
                    "Using the trust all strategy",
                    "Using the trust all strategy",
                )
            init_done = tt + sec(sink_delay * r.uniform(0.7, 1.3))
            if new_template and name == "log-pipeline":
                init_done = D(
                    h,
                    init_done - sec(0.4),
                    th,
                    "INFO",
                    f"{DP}.plugins.sink.opensearch.index.AbstractIndexManager",
                    "Index template {} does not exist and should be created",
                    "Index template logs-app-index-template does not exist and should be created",
                )
            tt = D(
                h,
                init_done,
                th,
                "INFO",
                DP_SINK,
                "Initialized OpenSearch sink",
                "Initialized OpenSearch sink",
            )
            tt = D(
                h,
                tt + sec(0.001),
                th,
                "INFO",
                DP_PIPE,
                "Pipeline [{}] Sink is ready, starting source...",
                f"Pipeline [{name}] Sink is ready, starting source...",
            )
            if source == "http":
                tt = D(
                    h,
                    tt + sec(r.uniform(0.05, 0.2)),
                    th,
                    "INFO",
                    f"{DP}.plugins.source.loghttp.HTTPSource",
                    "Started http source on port {}...",
                    "Started http source on port 2021...",
                )
            tt = D(
                h,
                tt + sec(0.002),
                th,
                "INFO",
                DP_PIPE,
                "Pipeline [{}] - Submitting request to initiate the pipeline processing",
                f"Pipeline [{name}] - Submitting request to initiate the pipeline processing",
            )
            ready[name] = tt
        # the entry pipeline's sinks are the other two pipelines
        name, _, _, _, worker, _ = DP_PIPELINES[0]
        th = f"{name}-sink-worker-{worker}-thread-1"
        up = max(ready["raw-trace-pipeline"], ready["service-map-pipeline"])
        k = 1
        while t0 + sec(k + 0.07) < up:
            D(
                h,
                t0 + sec(k + r.uniform(0.0, 0.07)),
                th,
                "INFO",
                DP_PIPE,
                "Pipeline [{}] - sink is not ready for execution, retrying",
                f"Pipeline [{name}] - sink is not ready for execution, retrying",
            )
            k += 1
        tt = D(
            h,
            t0 + sec(k + r.uniform(0.0, 0.07)),
            th,
            "INFO",
            DP_PIPE,
            "Pipeline [{}] Sink is ready, starting source...",
            f"Pipeline [{name}] Sink is ready, starting source...",
        )
        tt = D(
            h,
            tt + sec(r.uniform(0.8, 1.0)),
            th,
            "WARN",
            DP_OTEL,
            "Creating otel_trace_source without SSL/TLS. This is not secure.",
            "Creating otel_trace_source without SSL/TLS. This is not secure.",
        )
        tt = D(
            h,
            tt,
            th,
            "WARN",
            DP_OTEL,
            "In order to set up TLS for the otel_trace_source, go here: https://github.com/opensearch-project/data-prepper/tree/main/data-prepper-plugins/otel-trace-source#ssl",
            "In order to set up TLS for the otel_trace_source, go here: https://github.com/opensearch-project/data-prepper/tree/main/data-prepper-plugins/otel-trace-source#ssl",
        )
        tt = D(
            h,
            tt + sec(r.uniform(0.1, 0.15)),
            th,
            "INFO",
            DP_OTEL,
            "Started otel_trace_source on port {}...",
            "Started otel_trace_source on port 21890...",
        )
        D(
            h,
            tt,
            th,
            "INFO",
            DP_PIPE,
            "Pipeline [{}] - Submitting request to initiate the pipeline processing",
            f"Pipeline [{name}] - Submitting request to initiate the pipeline processing",
        )

    def alive(h: str, t: datetime) -> bool:
        if h == "dp-02" and in_span(t, oom, oom + sec(40)):
            return False
        return not in_span(t, restart_all - sec(1), restart_all + sec(60))

    def proc_thread(name: str) -> str:
        worker = {"raw-trace-pipeline": 3, "service-map-pipeline": 5, "log-pipeline": 7}[name]
        return f"{name}-processor-worker-{worker}-thread-{r.randint(1, 2)}"

    def index(name: str, t: datetime) -> str:
        if name == "raw-trace-pipeline":
            return DP_INDEX[name].format(span_no[name])
        return DP_INDEX[name].format(t)

    def rejected(h: str, t: datetime, name: str) -> None:
        th = proc_thread(name)
        retries = r.choice([5, 5, 5, 10, 10, 15])
        for n in range(5, retries + 1, 5):
            t = D(
                h,
                t + sec(r.uniform(2, 9)),
                th,
                "WARN",
                DP_BULK,
                "Bulk Operation Failed. Number of retries {}. Retrying... ",
                f"Bulk Operation Failed. Number of retries {n}. Retrying... ",
            )
            for _ in range(r.choice([1, 1, 2, 2, 3, 4, 6])):
                cap = 536870912
                b = cap + r.randint(10_000, 900_000)
                t = D(
                    h,
                    t + sec(r.uniform(0.0, 0.002)),
                    th,
                    "WARN",
                    DP_BULK,
                    "index = {} operation = {}, error = " + DP_REJECT.replace("{}", "%s"),
                    f"index = {index(name, t)} operation = Index, error = "
                    + DP_REJECT.format(b, 0, b, r.randint(40_000, 1_600_000), cap),
                )

    starts = {h: at(6, 0, 31.2 + 9.7 * i + r.uniform(0, 3)) for i, h in enumerate(hosts)}
    for h in hosts:
        start(h, starts[h], 1.8, False)
    for h in hosts:
        for name in ("raw-trace-pipeline", "log-pipeline", "service-map-pipeline"):
            mean = 70 if name != "service-map-pipeline" else 240
            for t in jitter_times(r, pressure[0], pressure[1], mean):
                if alive(h, t):
                    rejected(h, t, name)
            # the upgrade: every fifth retry of each pipeline's stuck bulk request
            t = upgrade[0] + sec(r.uniform(3, 20))
            n = 5
            while t < upgrade[1]:
                D(
                    h,
                    t,
                    proc_thread(name),
                    "WARN",
                    DP_BULK,
                    "Bulk Operation Failed. Number of retries {}. Retrying... ",
                    f"Bulk Operation Failed. Number of retries {n}. Retrying... ",
                    DP_REFUSED_TRACE,
                )
                n += 5
                t += sec(min(300.0, 5 * 2 ** (n // 5)) * r.uniform(0.9, 1.1))
    span_no["raw-trace-pipeline"] += 1
    # dp-02 killed by the JVM's heap limit, restarted by docker
    gen["dp-02"] += 0
    raw(
        "dp-02",
        oom,
        "Terminating due to java.lang.OutOfMemoryError: Java heap space",
        "Terminating due to java.lang.OutOfMemoryError: Java heap space",
    )
    start("dp-02", oom + sec(r.uniform(1.5, 2.5)), 2.1, False)
    for i, h in enumerate(hosts):
        start(h, restart_all + sec(r.uniform(4, 6) + 20 * i), 9.0, i == 0)
    return fs.logs(T0)


SYSTEMS = {
    "sqoop": sqoop,
    "gobblin": gobblin,
    "windmill": windmill,
    "argo-events": argo_events,
    "data-prepper": data_prepper,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
