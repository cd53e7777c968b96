#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 165 (debezium-server, talend, knime, pentaho-server,
streamsets) into bench/heldout/, the same way and under the same label rules as generate.py
(bench/README.md, "heldout.py"): each program's log is simulated from its format strings over a
seeded run, and every line that starts an event is labelled with the format string that wrote it
as it is written. Distinct calls of one process never share a timestamp at the log's resolution
(round 53's Clock, kept per process and per file). Five data-integration programs, 06:00 to
12:00 on 2024-06-07 (UTC), each with its own logging layout.

- Debezium Server 2.6 (`dbz-inventory.log`, `dbz-billing.log`, `dbz-crm.log`,
  `dbz-shipping.log`: four deployments, each streaming one PostgreSQL database to Kafka; Quarkus' console layout
  `%d{yyyy-MM-dd HH:mm:ss,SSS} %-5p [%c{3.}] (%t) %s%e%n`, `2024-06-07 06:00:05,123 INFO
  [io.deb.con.com.BaseSourceTask] (pool-7-thread-1) ...`): each start's Kafka client lines
  (`ProducerConfig values: ` and `JsonConverterConfig values: ` with their tab-indented
  settings, `Kafka version: %s`, `Kafka commitId: %s`, `Kafka startTimeMs: %s`), Quarkus'
  `%s %s on JVM (powered by Quarkus %s) started in %ss. Listening on: %s`, the connector's
  `Starting %s with configuration:` and one `   %s = %s` line per setting, the server's roles
  (`user '%s' connected to database '%s' on %s with roles:` and a tab-indented role per line),
  `Obtained valid replication slot %s`, `Found previous partition offset %s: %s`, `Processing
  messages`, the producer's `Cluster ID: %s` and a `Resetting the last seen epoch of partition %s
  to %d since the associated topicId changed from null to %s` per partition; `%d records sent
  during previous %s, last recorded offset of %s partition is %s` on BaseSourceTask's
  exponential schedule. A rolling restart of the three Kafka brokers 07:10-07:25 (`Node %d
  disconnected.`, `Connection to node %d (%s) could not be established. Broker may not be
  available.`, `Received invalid metadata error in produce request on partition %s due to
  ...NotLeaderOrFollowerException: .... Going to request metadata update now`); a firewall change
  cutting billing off Kafka 08:05-08:56, the server failing on its handler (`Stopping connector
  after error in the application's handler method: ...`: batches expiring, then, after each
  restart, `Topic %s not present in metadata after %d ms.`), `Connector completed: success =
  '%s', message = '%s', error = '%s'`, `Received request to stop the engine`, the producer closed,
  `%s stopped in %ss`, and Kubernetes restarting it with a growing back-off; inventory's database
  restarted twice (`Producer failure: org.postgresql.util.PSQLException: ...` with its stack,
  `Going to restart connector after %d sec. after a retriable exception`, `Awaiting end of
  restart backoff period after a retriable error`, `Attempting to restart task.`, `Successfully
  restarted task`); billing restarted for a configuration change at 10:30 and the other three at
  11:00 (a node drained); shipping, with heartbeats off and a busy table outside its filter,
  warning `Received %d events which were all filtered out, so no offset could be committed. ...`.
- Talend (`sync_customers.log`, `load_orders.log`, `export_ledger.log`: three Talend 8 jobs built
  with log4j2 and run by cron on one ETL host (sync_customers every 3 minutes, the other two every
  15), each appending stdout and stderr to its file;
  Talend's default layout `[%-5level] %d{HH:mm:ss} %logger{36}- %msg%n`, `[INFO ] 06:00:03
  dwh_etl.sync_customers_0_1.sync_customers- TalendJob: 'sync_customers' - Start.`): every run's
  `TalendJob: '%s' - Start.` / `- Done.`, the database components' `%s - Connection attempt to
  '%s' with the username '%s'.`, `%s - Connection to '%s' has succeeded.`, `%s - Executing the
  query: '%s'.`, `%s - Retrieved records count: %d .`, `%s - Has inserted %d record(s).`, `%s -
  Has updated %d record(s).`, `%s - Closing the connection to the database.`, `%s - Connection to
  the database closed.`, the file input's `%s - Retrieving records from the datasource.`; the
  warehouse (MySQL) down 08:40-08:52 (`[FATAL] ... tDBOutput_1 Communications link failure` with
  the driver's second sentence after an empty line and log4j2's extended stack, then the
  `Exception in component %s (%s)` that TalendException prints on stderr with the stack again,
  and `TalendJob: '%s' - Failed with exit code: %d.`), a supplier's long city names truncated 09:00
  to 11:00 (`%s - Data truncation: Data too long for column '%s' at row %d`) and the 10:15 orders
  file missing (`[FATAL] ... tFileInputDelimited_1 %s (No such file or directory)`).
- KNIME Analytics Platform 5.2 (`exec1-knime.log`, `exec2-knime.log`: two executor hosts running
  workflows headless with the batch application every 30 and 20 minutes, knime.log at its default DEBUG;
  `%d{ISO8601} : %-5p : %t : %X{job} : %c{1} : %X{nodename} : %X{nodeid} : %m%n`): each run's
  `Successfully read node usage stats from file: %s`, `Loading workflow from "%s" (version "%s"
  with loader class "%s")`, per node `%s doBeforePreExecution`, `%s has new state: %s`
  (PREEXECUTE, EXECUTING, POSTEXECUTE, EXECUTED), `%s doBeforeExecution`, `%s Start execute`,
  `%s End execute (%s)`, `%s doBeforePostExecution`, `%s doAfterExecute - success` on threads
  named `KNIME-Worker-<n>-<node> <id>`, the Missing Value node's PMML warning every run, the Row
  Filter's `Node created an empty data table.`, the batch executor's `Workflow execution done
  Finished in %s (%dms)` and `Successfully wrote node usage stats to file: %s`; the warehouse
  refusing connections at 08:00 (`Execute failed: Connection to %s refused. ...`, `%s
  doAfterExecute - failure`, the rest of the workflow not run), a renamed column breaking the
  Python Script node 09:30-10:30 (`Execute failed: KeyError: %s` with Python's traceback) and
  exec2's disk full at 11:00 (`Execute failed: No space left on device`).
- Pentaho Server 9.4 (`pentaho.log`: the server's log4j2 `%d %-5p [%c] %m%n`, Kettle's own
  lines under `[org.pentaho.di]` with Kettle's `yyyy/MM/dd HH:mm:ss - subject - ` before every
  line of a message): three schedules (`/public/etl/sync_customers.kjb` every 3 minutes,
  `refresh_kpis.ktr` every 5, `load_orders.kjb` every 15): `Start of job execution`, `Starting
  entry [%s]`, `Finished job entry [%s] (result=[%s])` (nested, so the outer entries finish last),
  `Job execution finished`, `Dispatching started for transformation [%s]`, `Finished reading
  query, closing connection.`, `Finished processing (I=%d, O=%d, R=%d, W=%d, U=%d, E=%d)` per
  step, the VFS `cfgbuilder - Warning: The configuration parameter [%s] is not supported by the
  default configuration builder for scheme: %s` with each SFTP entry; the warehouse down
  08:40-08:52 (`An error occurred intialising this step: ` with the Kettle exception on lines of
  its own, each behind Kettle's prefix, `Step [%s] failed to initialize!`, `Unable to prepare for
  execution of the transformation`, `We failed to initialize at least one step.  Execution can
  not begin!`), a duplicate key at 09:17 (`Because of an error, this step can't continue:`, the
  KettleException with the rejected row and MySQL's message, `Transformation detected one or
  more steps with errors.`, `Transformation is killing the other steps!`), and a restart at
  10:30 (Quartz's `Scheduler %s_$_%s shutting down.` / `paused.` / `shutdown complete.` and
  `started.`, `Checking to see if org.pentaho.clean.karaf.cache is enabled`, the Karaf instance
  banner, Jackrabbit's DOCTYPE warning).
- StreamSets Data Collector 3.22 (`sdc1-sdc.log`, `sdc2-sdc.log`: two collectors; log4j's
  `%d{ISO8601} [user:%X{s-user}] [pipeline:%X{s-entity}] [runner:%X{s-runner}] [thread:%t]
  [stage:%X{s-stage}] %-5p %c{1} - %m%n`): sdc1 runs "Orders CDC to Kafka" (JDBC Multitable
  Consumer to Kafka Producer) and "Web logs to Elasticsearch", sdc2 "Clickstream Kafka to S3"
  with three runners. Each (re)start's `Preparing to start pipeline '%s::%s'`, `Starting
  pipeline %s %s`, HikariCP's `%s - Starting...` / `%s - Start completed.`, the Kafka clients'
  `ConsumerConfig values: ` / `ProducerConfig values: `, version lines, `Subscribed to
  topic(s): %s`, `Cluster ID: %s`, `Discovered group coordinator %s`, `(Re-)joining group`,
  `Successfully joined group with generation %s`, `Successfully synced group in generation %s`,
  `Notifying assignor about the new %s`, `Adding newly assigned partitions: %s`, `Setting offset
  for partition %s to the committed offset %s`; S3 throttling 07:30-08:30 and 10:40-11:00 (`An exception occurred
  while running the pipeline, com.streamsets.pipeline.api.StageException: S3_21 - ...` with its
  stack, the consumers closing: `Revoke previously assigned partitions %s`, `Member %s sending
  LeaveGroup request to coordinator %s due to the consumer is being closed`, then the retry),
  the orders database failing over 09:10-09:16 (`... PipelineRuntimeException: CONTAINER_0800 -
  Pipeline '%s' validation error : JDBC_06 - Failed to initialize connection pool: ...` on every
  retry), Elasticsearch refusing 10:20-10:32, and an operator stopping and starting the web-log
  pipeline at 11:20 (`Preparing to stop pipeline`, `Stopping pipeline %s %s`, `Changing state of
  pipeline '%s', '%s' to '%s'`, `Pipeline is in terminal state`).

Label notes. The heads are context: Quarkus' time, level, category and thread; log4j's time,
level, logger, thread and StreamSets' MDC brackets; Talend's level, time and job logger;
knime.log's time, level, thread, job id, logger, node name and id; Pentaho's time, level and
category and Kettle's `yyyy/MM/dd HH:mm:ss - subject - ` and `ERROR (version ..., build ... from
... by buildguy) : `. Kafka's `[Producer clientId=%s] ` and `[Consumer clientId=%s, groupId=%s] `
are LogContext prefixes (context). A Talend component id (`tDBOutput_1`) and job name are the
component template's variables; KNIME's `%s` before each lifecycle message is the node's name
with its id; node states and Kafka error codes are enum names (variables). An exception that a
layout writes on the message's line (Quarkus' `%e`) contributes its format to the label, as in
round 66; an error text inside a message contributes its format (`Stopping connector after error
in the application's handler method: ...TimeoutException: Expiring %d record(s) for %s:%d ms has
passed since batch creation` and `... Topic %s not present in metadata after %d ms.` are two
labels, and so are the `Connector completed` lines that repeat them). A message written as one
string over several lines (Kafka's config dumps, the PostgreSQL roles, a stack, Kettle's
multi-line messages whose later lines repeat Kettle's prefix, Python's traceback, MySQL's second
sentence) is one event whose later lines have no row; a line logged by a call of its own (each
`   %s = %s` of the connector's configuration, TalendException's stderr line) is a label of its
own.

Least sure (written from the helper's knowledge; Debezium's BaseSourceTask, the server's
ConnectorLifecycle and DebeziumServer, the PostgreSQL task, Kettle's job and log-layout code,
Karaf's banner, KNIME's BatchExecutor and node execution job and StreamSets' StandaloneRunner
and ProductionPipelineRunnable were checked against copies of their sources, Debezium Server's
and Kettle's layouts against logs quoted in documentation): whether Debezium Server 2.6 runs the
classic or the asynchronous engine (the engine's own lines are left out) and the `Stopping
connector after error ...` wording; Talend's exact INFO set (which component lines are DEBUG),
`Failed with exit code: %d.` and the data-truncation warning's wording; knime.log's logger names
for the lifecycle lines (`WorkflowManager`, `NodeContainer`, `NativeNodeContainer`), the
Missing Value warning and the Python Script node's error text; whether Pentaho Server 9.4 writes
Kettle's lines into pentaho.log with Kettle's own prefix (as older servers did) rather than
Slf4jLoggingEventListener's `[file]  message`; StreamSets' stage error codes (`S3_21`,
`JDBC_34`, `JDBC_06`, `ELASTICSEARCH_17`) and their texts, and the consumer threads' names.
"""

from __future__ import annotations

import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at

MS = 1000  # a millisecond: the resolution of the logs with milliseconds
S1 = 1_000_000  # a second: Talend's HH:mm:ss


def l4j(t: datetime) -> str:
    """log4j's default date (`yyyy-MM-dd HH:mm:ss,SSS`, ISO8601 in log4j 1)."""
    return f"{t:%Y-%m-%d %H:%M:%S},{t.microsecond // 1000:03d}"


def b64id(r: random.Random, n: int = 22) -> str:
    chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    return "".join(r.choice(chars) for _ in range(n))


def dur_hms(s: float) -> str:
    """Debezium's Strings.duration: `HH:MM:SS.mmm`."""
    ms_ = round(s * 1000)
    h, rest = divmod(ms_, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s_, ms_ = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s_:02d}.{ms_:03d}"


# --------------------------------------------------------------------------- debezium-server

DBZ_BROKERS = {
    1: "kafka-1.example.com/10.0.5.11:9092",
    2: "kafka-2.example.com/10.0.5.12:9092",
    3: "kafka-3.example.com/10.0.5.13:9092",
}
DBZ = {
    "inventory": {
        "host": "pg-inventory.example.com",
        "tables": [
            "public.orders",
            "public.order_lines",
            "public.customers",
            "public.products",
            "public.stock_moves",
        ],
        "rate": 14.0,
        "partitions": 6,
    },
    "billing": {
        "host": "pg-billing.example.com",
        "tables": ["public.invoices", "public.invoice_items", "public.payments"],
        "rate": 6.0,
        "partitions": 3,
    },
    "crm": {
        "host": "pg-crm.example.com",
        "tables": [
            "public.accounts",
            "public.contacts",
            "public.opportunities",
            "public.activities",
        ],
        "rate": 3.0,
        "partitions": 3,
    },
    "shipping": {
        "host": "pg-shipping.example.com",
        "tables": ["public.shipments", "public.parcels", "public.carriers"],
        "rate": 4.0,
        "partitions": 3,
    },
}
DBZ_ROLES = [
    ("pg_read_all_settings", False, False),
    ("pg_read_all_stats", False, False),
    ("pg_stat_scan_tables", False, False),
    ("pg_monitor", False, False),
    ("pg_read_all_data", False, False),
    ("debezium", True, True),
]
DBZ_PRODUCER_CONFIG = [
    "acks = -1",
    "auto.include.jmx.reporter = true",
    "batch.size = 16384",
    "bootstrap.servers = [kafka-1.example.com:9092, kafka-2.example.com:9092, kafka-3.example.com:9092]",
    "buffer.memory = 33554432",
    "client.dns.lookup = use_all_dns_ips",
    "client.id = producer-1",
    "compression.type = lz4",
    "connections.max.idle.ms = 540000",
    "delivery.timeout.ms = 120000",
    "enable.idempotence = true",
    "interceptor.classes = []",
    "key.serializer = class org.apache.kafka.common.serialization.StringSerializer",
    "linger.ms = 5",
    "max.block.ms = 60000",
    "max.in.flight.requests.per.connection = 5",
    "max.request.size = 1048576",
    "metadata.max.age.ms = 300000",
    "partitioner.class = null",
    "reconnect.backoff.max.ms = 1000",
    "reconnect.backoff.ms = 50",
    "request.timeout.ms = 30000",
    "retries = 2147483647",
    "retry.backoff.ms = 100",
    "security.protocol = PLAINTEXT",
    "transaction.timeout.ms = 60000",
    "transactional.id = null",
    "value.serializer = class org.apache.kafka.common.serialization.StringSerializer",
]
DBZ_PG_STACK = [
    "\tat org.postgresql.core.v3.QueryExecutorImpl.readFromCopy(QueryExecutorImpl.java:1166)",
    "\tat org.postgresql.core.v3.CopyDualImpl.readFromCopy(CopyDualImpl.java:44)",
    "\tat org.postgresql.core.v3.replication.V3PGReplicationStream.receiveNextData(V3PGReplicationStream.java:160)",
    "\tat org.postgresql.core.v3.replication.V3PGReplicationStream.readInternal(V3PGReplicationStream.java:125)",
    "\tat org.postgresql.core.v3.replication.V3PGReplicationStream.readPending(V3PGReplicationStream.java:82)",
    "\tat io.debezium.connector.postgresql.connection.PostgresReplicationConnection$1.readPending(PostgresReplicationConnection.java:625)",
    "\tat io.debezium.connector.postgresql.PostgresStreamingChangeEventSource.processMessages(PostgresStreamingChangeEventSource.java:226)",
    "\tat io.debezium.connector.postgresql.PostgresStreamingChangeEventSource.execute(PostgresStreamingChangeEventSource.java:188)",
    "\tat io.debezium.connector.postgresql.PostgresStreamingChangeEventSource.execute(PostgresStreamingChangeEventSource.java:43)",
    "\tat io.debezium.pipeline.ChangeEventSourceCoordinator.streamEvents(ChangeEventSourceCoordinator.java:280)",
    "\tat io.debezium.pipeline.ChangeEventSourceCoordinator.executeChangeEventSources(ChangeEventSourceCoordinator.java:197)",
    "\tat io.debezium.pipeline.ChangeEventSourceCoordinator.lambda$start$0(ChangeEventSourceCoordinator.java:140)",
    "\tat java.base/java.util.concurrent.Executors$RunnableAdapter.call(Executors.java:539)",
    "\tat java.base/java.util.concurrent.FutureTask.run(FutureTask.java:264)",
    "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
    "\tat java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:635)",
    "\tat java.base/java.lang.Thread.run(Thread.java:840)",
    "Caused by: java.io.EOFException",
    "\tat org.postgresql.core.PGStream.receiveChar(PGStream.java:467)",
    "\tat org.postgresql.core.v3.QueryExecutorImpl.processCopyResults(QueryExecutorImpl.java:1208)",
    "\tat org.postgresql.core.v3.QueryExecutorImpl.readFromCopy(QueryExecutorImpl.java:1164)",
    "\t... 16 more",
]
DBZ_HANDLER_STACK = [
    "\tat io.debezium.server.kafka.KafkaChangeConsumer.handleBatch(KafkaChangeConsumer.java:120)",
    "\tat io.debezium.embedded.ConvertingEngineBuilder.lambda$notifying$2(ConvertingEngineBuilder.java:101)",
    "\tat io.debezium.embedded.EmbeddedEngine.pollRecords(EmbeddedEngine.java:1016)",
    "\tat io.debezium.embedded.EmbeddedEngine.run(EmbeddedEngine.java:794)",
    "\tat io.debezium.embedded.ConvertingEngineBuilder$1.run(ConvertingEngineBuilder.java:233)",
    "\tat io.debezium.server.DebeziumServer.lambda$start$1(DebeziumServer.java:171)",
    "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
    "\tat java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:635)",
    "\tat java.base/java.lang.Thread.run(Thread.java:840)",
    "Caused by: java.util.concurrent.ExecutionException: {exc}",
    "\tat org.apache.kafka.clients.producer.internals.FutureRecordMetadata.valueOrError(FutureRecordMetadata.java:97)",
    "\tat org.apache.kafka.clients.producer.internals.FutureRecordMetadata.get(FutureRecordMetadata.java:65)",
    "\tat org.apache.kafka.clients.producer.internals.FutureRecordMetadata.get(FutureRecordMetadata.java:30)",
    "\tat io.debezium.server.kafka.KafkaChangeConsumer.handleBatch(KafkaChangeConsumer.java:112)",
    "\t... 8 more",
    "Caused by: {exc}",
]


def debezium_server(r: random.Random) -> list[Log]:
    """Four Debezium Server deployments (inventory, billing, crm, shipping), 06:00 to 12:00:
    Kafka's brokers restarted one by one 07:10-07:25, a firewall change cutting billing off Kafka
    08:05-08:56 (the server failing on its handler and Kubernetes restarting it with a growing
    back-off), inventory's database restarted at 09:40 and 09:52, billing restarted for a new
    table at 10:30, the other three restarted at 11:00 (their node drained)."""
    fs = Files()
    pids = {n: 1 for n in DBZ}
    lsn = {n: r.randint(0x1_0000_0000, 0x3_0000_0000) for n in DBZ}
    txid = {n: r.randint(800_000, 2_000_000) for n in DBZ}
    topic_ids = {
        f"{n}.{tb}": b64id(r) for n, d in DBZ.items() for tb in [*d["tables"], "heartbeat"]
    }
    epoch = {k: r.randint(3, 18) for k in topic_ids}
    cluster_id = b64id(r)

    def D(
        n: str, t: datetime, level: str, cat: str, thread: str, label: str, lines: list[str]
    ) -> datetime:
        return fs.add(
            f"dbz-{n}.log",
            t,
            label,
            lambda x: [f"{l4j(x)} {level:<5} [{cat}] ({thread}) {lines[0]}", *lines[1:]],
            (n, pids[n]),
            MS,
        )

    def topics(n: str) -> list[str]:
        ts = [f"{n}.{tb}" for tb in DBZ[n]["tables"]]
        return ts if n == "shipping" else [*ts, f"__debezium-heartbeat.{n}"]

    def leader(tp: str, p: int) -> int:
        return (sum(map(ord, tp)) + p) % 3 + 1

    def offset_map(n: str) -> str:
        lsn[n] += r.randint(2000, 900_000)
        txid[n] += r.randint(1, 400)
        ts_usec = int(datetime.timestamp(T0)) * 1_000_000 + r.randint(0, 10**12)
        return f"{{transaction_id=null, lsn_proc={lsn[n]}, messageType={r.choice(['INSERT', 'UPDATE', 'UPDATE', 'DELETE'])}, lsn_commit={lsn[n] - r.randint(40, 400)}, lsn={lsn[n]}, txId={txid[n]}, ts_usec={ts_usec}}}"

    def lsn_str(v: int) -> str:
        return f"LSN{{{v >> 32:X}/{v & 0xFFFFFFFF:X}}}"

    def start(n: str, t: datetime) -> datetime:
        """Quarkus starting the server; returns when the connector streams."""
        pids[n] += 1
        host = DBZ[n]["host"]
        t = D(
            n,
            t,
            "INFO",
            "org.apa.kaf.cli.pro.ProducerConfig",
            "main",
            "%s values:",
            ["ProducerConfig values: ", *[f"\t{c}" for c in DBZ_PRODUCER_CONFIG], ""],
        )
        t = D(
            n,
            t + sec(r.uniform(0.05, 0.15)),
            "INFO",
            "org.apa.kaf.com.uti.AppInfoParser",
            "main",
            "Kafka version: %s",
            ["Kafka version: 3.7.0"],
        )
        t = D(
            n,
            t + sec(0.001),
            "INFO",
            "org.apa.kaf.com.uti.AppInfoParser",
            "main",
            "Kafka commitId: %s",
            ["Kafka commitId: 2ae524ed625438c5"],
        )
        for kind in ("key", "value"):
            t = D(
                n,
                t + sec(r.uniform(0.005, 0.02)),
                "INFO",
                "org.apa.kaf.con.jso.JsonConverterConfig",
                "main",
                "%s values:",
                [
                    "JsonConverterConfig values: ",
                    f"\tconverter.type = {kind}",
                    "\tdecimal.format = BASE64",
                    "\treplace.null.with.default = true",
                    "\tschemas.cache.size = 1000",
                    "\tschemas.enable = false",
                    "",
                ],
            )
        ts = t + sec(r.uniform(0.01, 0.03))
        t = D(
            n,
            t + sec(r.uniform(0.2, 0.5)),
            "INFO",
            "io.quarkus",
            "main",
            "%s %s on JVM (powered by Quarkus %s) started in %ss. Listening on: %s",
            [
                f"debezium-server-dist 2.6.2.Final on JVM (powered by Quarkus 3.8.4) started in {r.uniform(2.6, 4.4):.3f}s. Listening on: http://0.0.0.0:8080"
            ],
        )
        # the connector task, on the engine's thread
        th = "pool-7-thread-1"
        B = "io.deb.con.com.BaseSourceTask"
        ts = D(
            n,
            ts,
            "INFO",
            B,
            th,
            "Starting %s with configuration:",
            ["Starting PostgresConnectorTask with configuration:"],
        )
        include = ",".join(DBZ[n]["tables"])
        if n == "billing" and ts > at(10, 30):
            include += ",public.refunds"
        conf = [
            "connector.class = io.debezium.connector.postgresql.PostgresConnector",
            "offset.storage.file.filename = /debezium/data/offsets.dat",
            f"database.dbname = {n}",
            "offset.flush.timeout.ms = 5000",
            "errors.retry.delay.max.ms = 10000",
            "database.user = debezium",
            f"database.hostname = {host}",
            "offset.flush.interval.ms = 10000",
            "errors.max.retries = -1",
            f"topic.prefix = {n}",
            "plugin.name = pgoutput",
            f"slot.name = debezium_{n}",
            f"publication.name = dbz_{n}",
            f"publication.autocreate.mode = {'all_tables' if n == 'shipping' else 'filtered'}",
            "database.port = 5432",
            "database.password = ********",
            "offset.storage = org.apache.kafka.connect.storage.FileOffsetBackingStore",
            "key.converter = org.apache.kafka.connect.json.JsonConverter",
            "value.converter = org.apache.kafka.connect.json.JsonConverter",
            "key.converter.schemas.enable = false",
            "value.converter.schemas.enable = false",
            f"table.include.list = {include}",
            "snapshot.mode = initial",
            *(["heartbeat.interval.ms = 30000"] if n != "shipping" else []),
            "tombstones.on.delete = false",
            "retriable.restart.connector.wait.ms = 10000",
            "name = kafka",
            "errors.retry.delay.initial.ms = 300",
            "internal.task.management.timeout.ms = 180000",
        ]
        for c in conf:
            ts = D(n, ts + sec(r.uniform(0.0005, 0.0015)), "INFO", B, th, "   %s = %s", [f"   {c}"])
        ts = connect(n, ts + sec(r.uniform(0.05, 0.2)), th)
        return ts

    def connect(n: str, t: datetime, th: str) -> datetime:
        """PostgresConnectorTask.start: the server's roles, the slot, the previous offset, the
        coordinator's thread, then streaming."""
        roles = [
            f"\trole '{name}' [superuser: false, replication: {str(rep).lower()}, inherit: true, create role: false, create db: false, can log in: {str(login).lower()}]"
            for name, rep, login in DBZ_ROLES
        ]
        t = D(
            n,
            t,
            "INFO",
            "io.deb.con.pos.PostgresConnectorTask",
            th,
            "user '%s' connected to database '%s' on %s with roles:",
            [
                f"user 'debezium' connected to database '{n}' on PostgreSQL 15.7 on x86_64-pc-linux-gnu, compiled by gcc (GCC) 8.5.0 20210514 (Red Hat 8.5.0-20), 64-bit with roles:",
                *roles,
            ],
        )
        t = D(
            n,
            t + sec(r.uniform(0.01, 0.04)),
            "INFO",
            "io.deb.con.pos.con.PostgresConnection",
            th,
            "Obtained valid replication slot %s",
            [
                f"Obtained valid replication slot ReplicationSlot [active=false, latestFlushedLsn={lsn_str(lsn[n])}, catalogXmin={txid[n] - r.randint(10, 900)}]"
            ],
        )
        t = D(
            n,
            t + sec(r.uniform(0.01, 0.03)),
            "INFO",
            "io.deb.con.pos.PostgresConnectorTask",
            th,
            "Found previous partition offset %s: %s",
            [
                f"Found previous partition offset PostgresPartition [sourcePartition={{server={n}}}]: {offset_map(n)}"
            ],
        )
        coord = f"debezium-postgresconnector-{n}-change-event-source-coordinator"
        return D(
            n,
            t + sec(r.uniform(0.05, 0.2)),
            "INFO",
            "io.deb.con.pos.PostgresStreamingChangeEventSource",
            coord,
            "Processing messages",
            ["Processing messages"],
        )

    def metadata(n: str, t: datetime) -> datetime:
        net = "kafka-producer-network-thread | producer-1"
        t = D(
            n,
            t,
            "INFO",
            "org.apa.kaf.cli.Metadata",
            net,
            "Cluster ID: %s",
            [f"[Producer clientId=producer-1] Cluster ID: {cluster_id}"],
        )
        for tp in topics(n):
            key = tp.replace("__debezium-heartbeat.", "") + (
                ".heartbeat" if tp.startswith("__") else ""
            )
            for p in range(DBZ[n]["partitions"]):
                t = D(
                    n,
                    t + sec(r.uniform(0.0002, 0.002)),
                    "INFO",
                    "org.apa.kaf.cli.Metadata",
                    net,
                    "Resetting the last seen epoch of partition %s to %d since the associated topicId changed from null to %s",
                    [
                        f"[Producer clientId=producer-1] Resetting the last seen epoch of partition {tp}-{p} to {epoch[key]} since the associated topicId changed from null to {topic_ids[key]}"
                    ],
                )
        return t

    def stats(n: str, t0: datetime, t1: datetime) -> None:
        """BaseSourceTask's statistics: 5 s after the start, then doubling up to an hour."""
        prev, gap = t0, 5.0
        t = t0 + sec(gap)
        while t < t1:
            t += sec(r.uniform(0.0, min(gap * 0.2, 20)))
            if t >= t1:
                return
            span = (t - prev).total_seconds()
            count = max(1, int(r.gauss(DBZ[n]["rate"] * span, DBZ[n]["rate"] * span * 0.15)))
            D(
                n,
                t,
                "INFO",
                "io.deb.con.com.BaseSourceTask",
                "pool-7-thread-1",
                "%d records sent during previous %s, last recorded offset of %s partition is %s",
                [
                    f"{count} records sent during previous {dur_hms(span)}, last recorded offset of {{server={n}}} partition is {offset_map(n)}"
                ],
            )
            prev = t
            gap = min(gap * 2, 3600)
            t = t + sec(gap)

    def stop(n: str, t: datetime, crash: tuple[str, str, str] | None = None) -> datetime:
        if crash:
            label, cl_label, exc = crash
            msg = f"Stopping connector after error in the application's handler method: java.util.concurrent.ExecutionException: {exc}"
            t = D(
                n,
                t,
                "ERROR",
                "io.deb.emb.EmbeddedEngine",
                "pool-7-thread-1",
                label,
                [
                    f"{msg}: io.debezium.DebeziumException: java.util.concurrent.ExecutionException: {exc}",
                    *[s.replace("{exc}", exc) for s in DBZ_HANDLER_STACK],
                ],
            )
            t = D(
                n,
                t + sec(r.uniform(0.05, 0.3)),
                "INFO",
                "io.deb.ser.ConnectorLifecycle",
                "pool-7-thread-1",
                cl_label,
                [
                    f"Connector completed: success = 'false', message = '{msg}', error = 'io.debezium.DebeziumException: java.util.concurrent.ExecutionException: {exc}'"
                ],
            )
        th = "Shutdown thread"
        t = D(
            n,
            t + sec(r.uniform(0.01, 0.05)),
            "INFO",
            "io.deb.ser.DebeziumServer",
            th,
            "Received request to stop the engine",
            ["Received request to stop the engine"],
        )
        if not crash:
            t = D(
                n,
                t + sec(r.uniform(0.2, 0.8)),
                "INFO",
                "io.deb.ser.ConnectorLifecycle",
                "pool-7-thread-1",
                "Connector completed: success = '%s', message = 'Connector '%s' completed normally.', error = '%s'",
                [
                    "Connector completed: success = 'true', message = 'Connector 'io.debezium.connector.postgresql.PostgresConnector' completed normally.', error = 'null'"
                ],
            )
        t = D(
            n,
            t + sec(r.uniform(0.01, 0.05)),
            "INFO",
            "org.apa.kaf.cli.pro.KafkaProducer",
            th,
            "Closing the Kafka producer with timeoutMillis = %d ms.",
            [
                "[Producer clientId=producer-1] Closing the Kafka producer with timeoutMillis = 9223372036854775807 ms."
            ],
        )
        return D(
            n,
            t + sec(r.uniform(0.05, 0.3)),
            "INFO",
            "io.quarkus",
            th,
            "%s stopped in %ss",
            [f"debezium-server-dist stopped in {r.uniform(0.08, 0.6):.3f}s"],
        )

    def unreachable(n: str, t0: datetime, t1: datetime, nodes: list[int]) -> None:
        """The producer retrying the brokers it cannot reach, about once a second."""
        t, i = t0, r.randint(0, 2)
        while t < t1:
            node = nodes[i % 3]
            D(
                n,
                t,
                "WARN",
                "org.apa.kaf.cli.NetworkClient",
                "kafka-producer-network-thread | producer-1",
                "Connection to node %d (%s) could not be established. Broker may not be available.",
                [
                    f"[Producer clientId=producer-1] Connection to node {node} ({DBZ_BROKERS[abs(node)]}) could not be established. Broker may not be available."
                ],
            )
            i += 1
            t += sec(r.uniform(0.85, 1.25))

    def broker_restart(n: str, t: datetime, node: int) -> None:
        net = "kafka-producer-network-thread | producer-1"
        t = D(
            n,
            t + sec(r.uniform(0.1, 1.5)),
            "INFO",
            "org.apa.kaf.cli.NetworkClient",
            net,
            "Node %d disconnected.",
            [f"[Producer clientId=producer-1] Node {node} disconnected."],
        )
        led = [
            (tp, p)
            for tp in topics(n)
            for p in range(DBZ[n]["partitions"])
            if leader(tp, p) == node
        ]
        for tp, p in r.sample(led, min(len(led), r.randint(2, 4))):
            D(
                n,
                t + sec(r.uniform(0.001, 0.05)),
                "WARN",
                "org.apa.kaf.cli.pro.int.Sender",
                net,
                "Received invalid metadata error in produce request on partition %s due to org.apache.kafka.common.errors.NotLeaderOrFollowerException: For requests intended only for the leader, this error indicates that the broker is not the current leader. For requests intended for any replica, this error indicates that the broker is not a replica of the topic partition.. Going to request metadata update now",
                [
                    f"[Producer clientId=producer-1] Received invalid metadata error in produce request on partition {tp}-{p} due to org.apache.kafka.common.errors.NotLeaderOrFollowerException: For requests intended only for the leader, this error indicates that the broker is not the current leader. For requests intended for any replica, this error indicates that the broker is not a replica of the topic partition.. Going to request metadata update now"
                ],
            )
        for _ in range(r.randint(2, 6)):
            t += sec(r.uniform(0.3, 1.1))
            D(
                n,
                t,
                "WARN",
                "org.apa.kaf.cli.NetworkClient",
                net,
                "Connection to node %d (%s) could not be established. Broker may not be available.",
                [
                    f"[Producer clientId=producer-1] Connection to node {node} ({DBZ_BROKERS[node]}) could not be established. Broker may not be available."
                ],
            )

    def pg_restart(n: str, t: datetime) -> datetime:
        coord = f"debezium-postgresconnector-{n}-change-event-source-coordinator"
        t = D(
            n,
            t,
            "ERROR",
            "io.deb.pip.ErrorHandler",
            coord,
            "Producer failure: org.postgresql.util.PSQLException: Database connection failed when reading from copy",
            [
                "Producer failure: org.postgresql.util.PSQLException: Database connection failed when reading from copy",
                *DBZ_PG_STACK,
            ],
        )
        th = "pool-7-thread-1"
        B = "io.deb.con.com.BaseSourceTask"
        t = D(
            n,
            t + sec(r.uniform(0.02, 0.2)),
            "WARN",
            B,
            th,
            "Going to restart connector after %d sec. after a retriable exception",
            ["Going to restart connector after 10 sec. after a retriable exception"],
        )
        t = D(
            n,
            t + sec(r.uniform(0.02, 0.1)),
            "INFO",
            B,
            th,
            "Awaiting end of restart backoff period after a retriable error",
            ["Awaiting end of restart backoff period after a retriable error"],
        )
        t = D(
            n,
            t + sec(10 + r.uniform(0.0, 0.05)),
            "INFO",
            B,
            th,
            "Attempting to restart task.",
            ["Attempting to restart task."],
        )
        t = connect(n, t + sec(r.uniform(0.05, 0.2)), th)
        return D(
            n,
            t + sec(r.uniform(0.005, 0.02)),
            "INFO",
            B,
            th,
            "Successfully restarted task",
            ["Successfully restarted task"],
        )

    EXPIRE = (
        "Stopping connector after error in the application's handler method: java.util.concurrent.ExecutionException: org.apache.kafka.common.errors.TimeoutException: Expiring %d record(s) for %s:%d ms has passed since batch creation",
        "Connector completed: success = '%s', message = 'Stopping connector after error in the application's handler method: java.util.concurrent.ExecutionException: org.apache.kafka.common.errors.TimeoutException: Expiring %d record(s) for %s:%d ms has passed since batch creation', error = '%s'",
    )
    NOMETA = (
        "Stopping connector after error in the application's handler method: java.util.concurrent.ExecutionException: org.apache.kafka.common.errors.TimeoutException: Topic %s not present in metadata after %d ms.",
        "Connector completed: success = '%s', message = 'Stopping connector after error in the application's handler method: java.util.concurrent.ExecutionException: org.apache.kafka.common.errors.TimeoutException: Topic %s not present in metadata after %d ms.', error = '%s'",
    )

    # every deployment started a minute before the window
    runs: dict[str, list[tuple[datetime, datetime]]] = {n: [] for n in DBZ}
    for n in DBZ:
        t = start(n, at(5, 59, 1) + sec(r.uniform(0, 40)))
        metadata(n, t + sec(r.uniform(0.2, 0.6)))
        runs[n].append((t, T_END))
    # Kafka's rolling restart
    for node, tb in [(1, at(7, 10, 4)), (2, at(7, 17, 31)), (3, at(7, 24, 12))]:
        for n in DBZ:
            broker_restart(n, tb, node)
    # billing cut off Kafka 08:05-08:56 and restarted by Kubernetes with a growing back-off
    cut, fixed = at(8, 5, 0), at(8, 56, 0)
    stats("billing", runs["billing"][0][0], cut)
    unreachable("billing", cut + sec(r.uniform(0.5, 2)), cut + sec(122.4), [1, 2, 3])
    t = stop(
        "billing",
        cut + sec(123.1),
        (
            EXPIRE[0],
            EXPIRE[1],
            f"org.apache.kafka.common.errors.TimeoutException: Expiring {r.randint(8, 30)} record(s) for billing.public.invoices-{r.randint(0, 2)}:{120000 + r.randint(1, 40)} ms has passed since batch creation",
        ),
    )
    backoff = 10.0
    while True:
        t0 = t + sec(backoff + r.uniform(0.5, 2.0))
        ts = start("billing", t0)
        if t0 >= fixed:
            metadata("billing", ts + sec(r.uniform(0.2, 0.6)))
            break
        # a new producer knows only its bootstrap servers (nodes -1, -2, -3)
        unreachable("billing", ts + sec(r.uniform(0.3, 1.0)), ts + sec(60.2), [-1, -2, -3])
        t = stop(
            "billing",
            ts + sec(60.4 + r.uniform(0, 0.3)),
            (
                NOMETA[0],
                NOMETA[1],
                f"org.apache.kafka.common.errors.TimeoutException: Topic billing.public.{r.choice(['invoices', 'invoice_items', 'payments'])} not present in metadata after 60000 ms.",
            ),
        )
        backoff = min(backoff * 2, 300)
    # billing's planned restart for a new table
    t = stop("billing", at(10, 30, 4))
    stats("billing", ts, at(10, 30, 4))
    ts = start("billing", t + sec(r.uniform(6, 9)))
    metadata("billing", ts + sec(r.uniform(0.2, 0.6)))
    stats("billing", ts, T_END)

    # shipping: heartbeats off and a busy table outside the filter (public.tracking_events)
    def wal_warnings(t0: datetime, t1: datetime) -> None:
        t = t0
        while True:
            t += sec(10001 / r.uniform(30, 48))
            if t >= t1:
                return
            D(
                "shipping",
                t,
                "WARN",
                "io.deb.con.pos.PostgresStreamingChangeEventSource",
                "debezium-postgresconnector-shipping-change-event-source-coordinator",
                "Received %d events which were all filtered out, so no offset could be committed. This prevents the replication slot from acknowledging the processed WAL offsets, causing a growing backlog of non-removeable WAL segments on the database server. Consider to either adjust your filter configuration or enable heartbeat events (via the %s option) to avoid this situation.",
                [
                    "Received 10001 events which were all filtered out, so no offset could be committed. This prevents the replication slot from acknowledging the processed WAL offsets, causing a growing backlog of non-removeable WAL segments on the database server. Consider to either adjust your filter configuration or enable heartbeat events (via the heartbeat.interval.ms option) to avoid this situation."
                ],
            )

    wal_warnings(runs["shipping"][0][0], at(11, 0, 3))
    # inventory's database restarted twice
    for tr in [at(9, 40, 2), at(9, 52, 31)]:
        pg_restart("inventory", tr + sec(r.uniform(0, 1)))
    # inventory and shipping restarted at 11:00 (their node drained)
    for n in ["inventory", "crm", "shipping"]:
        t = stop(n, at(11, 0, 3) + sec(r.uniform(0, 2)))
        stats(n, runs[n][0][0], at(11, 0, 3))
        ts = start(n, t + sec(r.uniform(14, 25)))
        metadata(n, ts + sec(r.uniform(0.2, 0.6)))
        stats(n, ts, T_END)
        if n == "shipping":
            wal_warnings(ts, T_END)
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- talend

TL_PG = "jdbc:postgresql://crm-db.example.com:5432/crm"
TL_MY = "jdbc:mysql://dwh-db.example.com:3306/dwh?noDatetimeStringSync=true&enabledTLSProtocols=TLSv1.2,TLSv1.3"
TL_MY_STACK = [
    "com.mysql.cj.jdbc.exceptions.CommunicationsException: Communications link failure",
    "",
    "The last packet sent successfully to the server was 0 milliseconds ago. The driver has not received any packets from the server.",
    "\tat com.mysql.cj.jdbc.exceptions.SQLError.createCommunicationsException(SQLError.java:175) ~[mysql-connector-j-8.0.33.jar:8.0.33]",
    "\tat com.mysql.cj.jdbc.exceptions.SQLExceptionsMapping.translateException(SQLExceptionsMapping.java:64) ~[mysql-connector-j-8.0.33.jar:8.0.33]",
    "\tat com.mysql.cj.jdbc.ConnectionImpl.createNewIO(ConnectionImpl.java:825) ~[mysql-connector-j-8.0.33.jar:8.0.33]",
    "\tat com.mysql.cj.jdbc.ConnectionImpl.<init>(ConnectionImpl.java:446) ~[mysql-connector-j-8.0.33.jar:8.0.33]",
    "\tat com.mysql.cj.jdbc.ConnectionImpl.getInstance(ConnectionImpl.java:239) ~[mysql-connector-j-8.0.33.jar:8.0.33]",
    "\tat com.mysql.cj.jdbc.NonRegisteringDriver.connect(NonRegisteringDriver.java:188) ~[mysql-connector-j-8.0.33.jar:8.0.33]",
    "\tat java.sql.DriverManager.getConnection(DriverManager.java:681) ~[java.sql:?]",
    "\tat java.sql.DriverManager.getConnection(DriverManager.java:229) ~[java.sql:?]",
    "\tat dwh_etl.{job}_0_1.{job}.{sub}Process({job}.java:{line}) [{job}_0_1.jar:?]",
    "\tat dwh_etl.{job}_0_1.{job}.runJobInTOS({job}.java:{line2}) [{job}_0_1.jar:?]",
    "\tat dwh_etl.{job}_0_1.{job}.main({job}.java:{line3}) [{job}_0_1.jar:?]",
    "Caused by: com.mysql.cj.exceptions.CJCommunicationsException: Communications link failure",
    "",
    "The last packet sent successfully to the server was 0 milliseconds ago. The driver has not received any packets from the server.",
    "\tat jdk.internal.reflect.NativeConstructorAccessorImpl.newInstance0(Native Method) ~[?:?]",
    "\tat java.lang.reflect.Constructor.newInstance(Constructor.java:490) ~[?:?]",
    "\tat com.mysql.cj.exceptions.ExceptionFactory.createException(ExceptionFactory.java:61) ~[mysql-connector-j-8.0.33.jar:8.0.33]",
    "\tat com.mysql.cj.protocol.a.NativeSocketConnection.connect(NativeSocketConnection.java:104) ~[mysql-connector-j-8.0.33.jar:8.0.33]",
    "\tat com.mysql.cj.NativeSession.connect(NativeSession.java:120) ~[mysql-connector-j-8.0.33.jar:8.0.33]",
    "\tat com.mysql.cj.jdbc.ConnectionImpl.createNewIO(ConnectionImpl.java:945) ~[mysql-connector-j-8.0.33.jar:8.0.33]",
    "\t... 8 more",
    "Caused by: java.net.ConnectException: Connection refused",
    "\tat sun.nio.ch.Net.pollConnect(Native Method) ~[?:?]",
    "\tat sun.nio.ch.Net.pollConnectNow(Net.java:672) ~[?:?]",
    "\tat sun.nio.ch.NioSocketImpl.timedFinishConnect(NioSocketImpl.java:542) ~[?:?]",
    "\tat java.net.Socket.connect(Socket.java:633) ~[?:?]",
    "\tat com.mysql.cj.protocol.StandardSocketFactory.connect(StandardSocketFactory.java:153) ~[mysql-connector-j-8.0.33.jar:8.0.33]",
    "\tat com.mysql.cj.protocol.a.NativeSocketConnection.connect(NativeSocketConnection.java:63) ~[mysql-connector-j-8.0.33.jar:8.0.33]",
    "\t... 11 more",
]
TL_FNF_STACK = [
    "java.io.FileNotFoundException: {path} (No such file or directory)",
    "\tat java.io.FileInputStream.open0(Native Method) ~[?:?]",
    "\tat java.io.FileInputStream.open(FileInputStream.java:216) ~[?:?]",
    "\tat java.io.FileInputStream.<init>(FileInputStream.java:157) ~[?:?]",
    "\tat org.talend.fileprocess.FileInputDelimited.<init>(FileInputDelimited.java:164) ~[talend_file_enhanced-1.3.jar:?]",
    "\tat dwh_etl.load_orders_0_1.load_orders.tFileList_1Process(load_orders.java:2315) [load_orders_0_1.jar:?]",
    "\tat dwh_etl.load_orders_0_1.load_orders.runJobInTOS(load_orders.java:4021) [load_orders_0_1.jar:?]",
    "\tat dwh_etl.load_orders_0_1.load_orders.main(load_orders.java:3756) [load_orders_0_1.jar:?]",
]
TL_CITIES = ["Llanfairpwllgwyngyll", "Saint-Remy-en-Bouzemont-Saint-Genest-et-Isson"]


def talend(r: random.Random) -> list[Log]:
    """Three Talend 8 jobs run by cron on one ETL host, 06:00 to 12:00: sync_customers every
    3 minutes (PostgreSQL CRM to the MySQL warehouse), load_orders every 15 (a delimited file per
    quarter hour), export_ledger every 15; the warehouse down 08:40-08:52, a supplier's long city
    names truncated 09:00-11:00, the 10:15 orders file missing."""
    fs = Files()
    dwh_down = (at(8, 40, 12), at(8, 52, 40))

    def T(job: str, t: datetime, level: str, label: str, lines: list[str]) -> datetime:
        lg = f"dwh_etl.{job}_0_1.{job}"
        return fs.add(
            f"{job}.log",
            t,
            label,
            lambda x: [f"[{level:<5}] {x:%H:%M:%S} {lg}- {lines[0]}", *lines[1:]],
            job,
            S1,
        )

    def raw(job: str, t: datetime, label: str, lines: list[str]) -> datetime:
        return fs.add(f"{job}.log", t, label, lambda x: lines, job, S1)

    def step() -> timedelta:
        return sec(r.uniform(0.05, 0.6))

    def connect(job: str, t: datetime, cid: str, url: str, user: str) -> datetime:
        t = T(
            job,
            t,
            "INFO",
            "%s - Connection attempt to '%s' with the username '%s'.",
            [f"{cid} - Connection attempt to '{url}' with the username '{user}'."],
        )
        return T(
            job,
            t + step(),
            "INFO",
            "%s - Connection to '%s' has succeeded.",
            [f"{cid} - Connection to '{url}' has succeeded."],
        )

    def close(job: str, t: datetime, cid: str) -> datetime:
        t = T(
            job,
            t,
            "INFO",
            "%s - Closing the connection to the database.",
            [f"{cid} - Closing the connection to the database."],
        )
        return T(
            job,
            t + step(),
            "INFO",
            "%s - Connection to the database closed.",
            [f"{cid} - Connection to the database closed."],
        )

    def begin(job: str, t: datetime) -> datetime:
        return T(job, t, "INFO", "TalendJob: '%s' - Start.", [f"TalendJob: '{job}' - Start."])

    def done(job: str, t: datetime) -> datetime:
        return T(job, t, "INFO", "TalendJob: '%s' - Done.", [f"TalendJob: '{job}' - Done."])

    def fail(
        job: str, t: datetime, cid: str, kind: str, stack: list[str], label: str, first: str
    ) -> datetime:
        if kind == "mysql":
            lines = [
                first,
                "",
                "The last packet sent successfully to the server was 0 milliseconds ago. The driver has not received any packets from the server.",
                *stack,
            ]
        else:
            lines = [first, *stack]
        t = T(job, t, "FATAL", label, lines)
        plain = [x.split(" ~[")[0].split(" [")[0] if x.startswith("\tat ") else x for x in stack]
        t = raw(
            job,
            t + sec(0.01),
            "Exception in component %s (%s)",
            [f"Exception in component {cid} ({job})", *plain],
        )
        return T(
            job,
            t + sec(r.uniform(0.05, 0.3)),
            "ERROR",
            "TalendJob: '%s' - Failed with exit code: %d.",
            [f"TalendJob: '{job}' - Failed with exit code: 1."],
        )

    def mysql_stack(job: str, sub: str) -> list[str]:
        return [
            x.replace("{job}", job)
            .replace("{sub}", sub)
            .replace("{line2}", str(r.choice([3982, 3990])))
            .replace("{line3}", str(r.choice([3741, 3748])))
            .replace("{line}", str(r.choice([1204, 1212, 1876])))
            for x in TL_MY_STACK
        ]

    # sync_customers: every 3 minutes
    job = "sync_customers"
    q = "SELECT c.id, c.name, c.email, c.country, c.segment, c.updated_at FROM public.customers c WHERE c.updated_at > (now() - interval '5 minutes')"
    for m in range(0, 360, 3):
        t = T0 + sec(60 * m + r.uniform(1.4, 2.6))
        if t >= T_END:
            break
        t = begin(job, t)
        t = connect(job, t + step(), "tDBInput_1", TL_PG, "etl_reader")
        t = T(
            job,
            t + step(),
            "INFO",
            "%s - Executing the query: '%s'.",
            [f"tDBInput_1 - Executing the query: '{q}'."],
        )
        if dwh_down[0] <= t < dwh_down[1]:
            t = T(
                job,
                t + step(),
                "INFO",
                "%s - Connection attempt to '%s' with the username '%s'.",
                [f"tDBOutput_1 - Connection attempt to '{TL_MY}' with the username 'etl_writer'."],
            )
            fail(
                job,
                t + sec(r.uniform(0.01, 0.2)),
                "tDBOutput_1",
                "mysql",
                mysql_stack(job, "tDBInput_1"),
                "%s Communications link failure",
                "tDBOutput_1 Communications link failure",
            )
            continue
        t = connect(job, t + step(), "tDBOutput_1", TL_MY, "etl_writer")
        n = max(0, int(r.gauss(38, 14)))
        t = T(
            job,
            t + sec(r.uniform(0.3, 1.5)),
            "INFO",
            "%s - Retrieved records count: %d .",
            [f"tDBInput_1 - Retrieved records count: {n} ."],
        )
        t = close(job, t + step(), "tDBInput_1")
        upd = r.randint(int(n * 0.6), n) if n else 0
        t = T(
            job,
            t + step(),
            "INFO",
            "%s - Has updated %d record(s).",
            [f"tDBOutput_1 - Has updated {upd} record(s)."],
        )
        t = T(
            job,
            t + step(),
            "INFO",
            "%s - Has inserted %d record(s).",
            [f"tDBOutput_1 - Has inserted {n - upd} record(s)."],
        )
        t = close(job, t + step(), "tDBOutput_1")
        done(job, t + step())

    # load_orders: every 15 minutes, one file per quarter hour
    job = "load_orders"
    for m in range(2, 360, 15):
        t = T0 + sec(60 * m + r.uniform(1.3, 2.4))
        slot = T0 + sec(60 * (m - 2))
        path = f"/data/inbound/orders/orders_{slot:%Y%m%d_%H%M}.csv"
        t = begin(job, t)
        t = T(
            job,
            t + step(),
            "INFO",
            "%s - Retrieving records from the datasource.",
            ["tFileInputDelimited_1 - Retrieving records from the datasource."],
        )
        if slot == at(10, 15):
            fail(
                job,
                t + sec(r.uniform(0.01, 0.1)),
                "tFileInputDelimited_1",
                "file",
                [x.replace("{path}", path) for x in TL_FNF_STACK],
                "%s %s (No such file or directory)",
                f"tFileInputDelimited_1 {path} (No such file or directory)",
            )
            continue
        if dwh_down[0] <= t < dwh_down[1]:
            t = T(
                job,
                t + step(),
                "INFO",
                "%s - Connection attempt to '%s' with the username '%s'.",
                [f"tDBOutput_1 - Connection attempt to '{TL_MY}' with the username 'etl_writer'."],
            )
            fail(
                job,
                t + sec(r.uniform(0.01, 0.2)),
                "tDBOutput_1",
                "mysql",
                mysql_stack(job, "tFileList_1"),
                "%s Communications link failure",
                "tDBOutput_1 Communications link failure",
            )
            continue
        t = connect(job, t + step(), "tDBOutput_1", TL_MY, "etl_writer")
        n = r.randint(180, 720)
        bad = 0
        if at(9, 0) <= t < at(11, 0):
            for _ in range(r.choice([1, 1, 2, 3])):
                bad += 1
                t = T(
                    job,
                    t + sec(r.uniform(0.1, 1.0)),
                    "WARN",
                    "%s - Data truncation: Data too long for column '%s' at row %d",
                    [
                        "tDBOutput_1 - Data truncation: Data too long for column 'ship_city' at row 1"
                    ],
                )
        t = T(
            job,
            t + sec(r.uniform(0.4, 2.5)),
            "INFO",
            "%s - Retrieved records count: %d .",
            [f"tFileInputDelimited_1 - Retrieved records count: {n} ."],
        )
        t = T(
            job,
            t + step(),
            "INFO",
            "%s - Has inserted %d record(s).",
            [f"tDBOutput_1 - Has inserted {n - bad} record(s)."],
        )
        t = close(job, t + step(), "tDBOutput_1")
        done(job, t + step())

    # export_ledger: every 15 minutes
    job = "export_ledger"
    q = "SELECT l.entry_id, l.account_no, l.amount, l.currency, l.booked_at FROM dwh.ledger_entries l WHERE l.booked_at >= DATE_SUB(NOW(), INTERVAL 15 MINUTE)"
    for m in range(7, 360, 15):
        t = T0 + sec(60 * m + r.uniform(1.3, 2.4))
        t = begin(job, t)
        if dwh_down[0] <= t < dwh_down[1]:
            t = T(
                job,
                t + step(),
                "INFO",
                "%s - Connection attempt to '%s' with the username '%s'.",
                [f"tDBInput_1 - Connection attempt to '{TL_MY}' with the username 'etl_reader'."],
            )
            fail(
                job,
                t + sec(r.uniform(0.01, 0.2)),
                "tDBInput_1",
                "mysql",
                mysql_stack(job, "tDBInput_1"),
                "%s Communications link failure",
                "tDBInput_1 Communications link failure",
            )
            continue
        t = connect(job, t + step(), "tDBInput_1", TL_MY, "etl_reader")
        t = T(
            job,
            t + step(),
            "INFO",
            "%s - Executing the query: '%s'.",
            [f"tDBInput_1 - Executing the query: '{q}'."],
        )
        t = T(
            job,
            t + sec(r.uniform(1, 4)),
            "INFO",
            "%s - Retrieved records count: %d .",
            [f"tDBInput_1 - Retrieved records count: {r.randint(300, 1400)} ."],
        )
        t = close(job, t + step(), "tDBInput_1")
        done(job, t + step())
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ knime

KN_FLOWS = {
    "exec1": (
        "/srv/knime/workflows/Sales/orders_etl",
        [
            ("DB Connector", 1, (0.4, 1.2)),
            ("DB Table Selector", 2, (0.05, 0.2)),
            ("DB Reader", 3, (4.0, 14.0)),
            ("Column Filter", 4, (0.02, 0.1)),
            ("Row Filter", 5, (0.1, 0.6)),
            ("GroupBy", 6, (0.5, 2.5)),
            ("Python Script", 7, (3.0, 9.0)),
            ("DB Writer", 8, (2.0, 8.0)),
        ],
    ),
    "exec2": (
        "/srv/knime/workflows/Marketing/lead_scoring",
        [
            ("CSV Reader", 1, (0.3, 1.5)),
            ("String Manipulation", 2, (0.1, 0.6)),
            ("Missing Value", 3, (0.1, 0.4)),
            ("Model Reader", 4, (0.4, 1.6)),
            ("Gradient Boosted Trees Predictor", 5, (2.0, 7.0)),
            ("Rule Engine", 6, (0.1, 0.5)),
            ("Row Filter", 7, (0.05, 0.3)),
            ("CSV Writer", 8, (0.2, 1.2)),
        ],
    ),
}
KN_PY_TRACE = [
    "Traceback (most recent call last):",
    '  File "<string>", line 11, in <module>',
    '  File "/opt/knime/knime_5.2.3/bundling/envs/org_knime_pythonscripting/lib/python3.11/site-packages/pandas/core/frame.py", line 3893, in __getitem__',
    "    indexer = self.columns.get_loc(key)",
    "              ^^^^^^^^^^^^^^^^^^^^^^^^^",
    '  File "/opt/knime/knime_5.2.3/bundling/envs/org_knime_pythonscripting/lib/python3.11/site-packages/pandas/core/indexes/base.py", line 3797, in get_loc',
    "    raise KeyError(key) from err",
    "KeyError: 'region_code'",
]


def knime_elapsed(s: float) -> str:
    """KNIME's StringFormat.formatElapsedTime."""
    secs = int(s)
    if secs < 60:
        return f"{secs} secs"
    return f"{secs // 60} min, {secs % 60} secs"


def knime(r: random.Random) -> list[Log]:
    """Two KNIME executors running a workflow each with the batch application (exec1 every 30
    minutes, exec2 every 20), 06:00 to 12:00: the warehouse refusing connections at 08:00 (exec1), a renamed
    column breaking the Python Script node 09:30-10:30 (exec1), exec2's disk full at 11:00."""
    fs = Files()
    pid = {"exec1": 0, "exec2": 0}

    def K(
        h: str,
        t: datetime,
        level: str,
        thread: str,
        logger: str,
        node: tuple[str, str],
        label: str,
        lines: list[str],
    ) -> datetime:
        name, nid = node
        return fs.add(
            f"{h}-knime.log",
            t,
            label,
            lambda x: [
                f"{l4j(x)} : {level:<5} : {thread} :  : {logger} : {name} : {nid} : {lines[0]}",
                *lines[1:],
            ],
            (h, pid[h]),
            MS,
        )

    MAIN = ("", "")

    def run(h: str, t: datetime) -> None:
        pid[h] += 1
        path, nodes = KN_FLOWS[h]
        ws = f"/home/knime/knime-workspace-{h}"
        t = K(
            h,
            t,
            "INFO",
            "main",
            "NodeTimer$GlobalNodeStats",
            MAIN,
            "Successfully read node usage stats from file: %s",
            [
                f"Successfully read node usage stats from file: {ws}/.metadata/knime/nodeusage_3.0.json"
            ],
        )
        start = t
        t = K(
            h,
            t + sec(r.uniform(0.4, 1.2)),
            "DEBUG",
            "main",
            "WorkflowManager",
            MAIN,
            'Loading workflow from "%s" (version "%s" with loader class "%s")',
            [
                f'Loading workflow from "{path}" (version "V5010" with loader class "FileWorkflowPersistor")'
            ],
        )
        t += sec(r.uniform(0.8, 2.0))
        for worker, (name, nid, (lo, hi)) in enumerate(nodes, 1):
            node = (name, f"0:{nid}")
            nw = f"{name} 0:{nid}"
            th = f"KNIME-Worker-{worker}-{nw}"
            t = K(
                h,
                t + sec(r.uniform(0.002, 0.02)),
                "DEBUG",
                th,
                "WorkflowManager",
                node,
                "%s doBeforePreExecution",
                [f"{nw} doBeforePreExecution"],
            )
            t = K(
                h,
                t + sec(0.001),
                "DEBUG",
                th,
                "NodeContainer",
                node,
                "%s has new state: %s",
                [f"{nw} has new state: PREEXECUTE"],
            )
            t = K(
                h,
                t + sec(0.001),
                "DEBUG",
                th,
                "WorkflowManager",
                node,
                "%s doBeforeExecution",
                [f"{nw} doBeforeExecution"],
            )
            t = K(
                h,
                t + sec(0.001),
                "DEBUG",
                th,
                "NodeContainer",
                node,
                "%s has new state: %s",
                [f"{nw} has new state: EXECUTING"],
            )
            t = K(
                h,
                t + sec(0.001),
                "DEBUG",
                th,
                "NativeNodeContainer",
                node,
                "%s Start execute",
                [f"{nw} Start execute"],
            )
            dur = r.uniform(lo, hi)
            err: tuple[str, list[str]] | None = None
            if h == "exec1" and name == "DB Connector" and at(8, 0) <= t < at(8, 20):
                err = (
                    "Execute failed: Connection to %s refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.",
                    [
                        "Execute failed: Connection to dwh-db.example.com:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections."
                    ],
                )
                dur = r.uniform(0.02, 0.08)
            elif h == "exec1" and name == "Python Script" and at(9, 30) <= t < at(10, 30):
                err = (
                    "Execute failed: KeyError: %s",
                    ["Execute failed: KeyError: 'region_code'", *KN_PY_TRACE],
                )
                dur = r.uniform(2.0, 4.0)
            elif h == "exec2" and name == "CSV Writer" and at(11, 0) <= t < at(11, 40):
                err = (
                    "Execute failed: No space left on device",
                    ["Execute failed: No space left on device"],
                )
            t += sec(dur)
            if name == "Missing Value":
                t = K(
                    h,
                    t,
                    "WARN",
                    th,
                    "Node",
                    node,
                    "The current settings use missing value handling methods that cannot be represented in PMML 4.2",
                    [
                        "The current settings use missing value handling methods that cannot be represented in PMML 4.2"
                    ],
                )
            if name == "Row Filter" and h == "exec2" and r.random() < 0.3:
                t = K(
                    h,
                    t,
                    "WARN",
                    th,
                    "Node",
                    node,
                    "Node created an empty data table.",
                    ["Node created an empty data table."],
                )
            if err:
                t = K(h, t, "ERROR", th, "Node", node, err[0], err[1])
            else:
                t = K(
                    h,
                    t + sec(0.001),
                    "INFO",
                    th,
                    "NativeNodeContainer",
                    node,
                    "%s End execute (%s)",
                    [f"{nw} End execute ({knime_elapsed(dur)})"],
                )
            t = K(
                h,
                t + sec(0.001),
                "DEBUG",
                th,
                "WorkflowManager",
                node,
                "%s doBeforePostExecution",
                [f"{nw} doBeforePostExecution"],
            )
            t = K(
                h,
                t + sec(0.001),
                "DEBUG",
                th,
                "NodeContainer",
                node,
                "%s has new state: %s",
                [f"{nw} has new state: POSTEXECUTE"],
            )
            if err:
                t = K(
                    h,
                    t + sec(0.001),
                    "DEBUG",
                    th,
                    "WorkflowManager",
                    node,
                    "%s doAfterExecute - failure",
                    [f"{nw} doAfterExecute - failure"],
                )
                t = K(
                    h,
                    t + sec(0.001),
                    "DEBUG",
                    th,
                    "NodeContainer",
                    node,
                    "%s has new state: %s",
                    [f"{nw} has new state: CONFIGURED"],
                )
                break
            t = K(
                h,
                t + sec(0.001),
                "DEBUG",
                th,
                "WorkflowManager",
                node,
                "%s doAfterExecute - success",
                [f"{nw} doAfterExecute - success"],
            )
            t = K(
                h,
                t + sec(0.001),
                "DEBUG",
                th,
                "NodeContainer",
                node,
                "%s has new state: %s",
                [f"{nw} has new state: EXECUTED"],
            )
        el = (t - start).total_seconds() + r.uniform(0.05, 0.3)
        t = K(
            h,
            t + sec(r.uniform(0.05, 0.3)),
            "DEBUG",
            "main",
            "BatchExecutor",
            MAIN,
            "Workflow execution done Finished in %s (%dms)",
            [f"Workflow execution done Finished in {knime_elapsed(el)} ({int(el * 1000)}ms)"],
        )
        K(
            h,
            t + sec(r.uniform(0.5, 1.5)),
            "INFO",
            "main",
            "NodeTimer$GlobalNodeStats",
            MAIN,
            "Successfully wrote node usage stats to file: %s",
            [
                f"Successfully wrote node usage stats to file: {ws}/.metadata/knime/nodeusage_3.0.json"
            ],
        )

    for h, off, every in [("exec1", 0, 30), ("exec2", 10, 20)]:
        for m in range(off, 360, every):
            run(h, T0 + sec(60 * m + r.uniform(8, 14)))
    return fs.logs(T0)


# --------------------------------------------------------------------------- pentaho-server

PT_VERSION = (
    "ERROR (version 9.4.0.0-343, build 9.4.0.0-343 from 2022-11-08 07.50.27 by buildguy) : "
)
PT_DB_STACK = [
    "org.pentaho.di.core.exception.KettleDatabaseException: ",
    "Error occurred while trying to connect to the database",
    "",
    "Error connecting to database: (using class com.mysql.cj.jdbc.Driver)",
    "Communications link failure",
    "",
    "The last packet sent successfully to the server was 0 milliseconds ago. The driver has not received any packets from the server.",
    "",
    "",
    "\tat org.pentaho.di.core.database.Database.normalConnect(Database.java:472)",
    "\tat org.pentaho.di.core.database.Database.connect(Database.java:370)",
    "\tat org.pentaho.di.core.database.Database.connect(Database.java:341)",
    "\tat org.pentaho.di.core.database.Database.connect(Database.java:331)",
    "\tat org.pentaho.di.trans.steps.{pkg}.{cls}.init({cls}.java:{line})",
    "\tat org.pentaho.di.trans.step.StepInitThread.run(StepInitThread.java:69)",
    "\tat java.base/java.lang.Thread.run(Thread.java:829)",
    "Caused by: org.pentaho.di.core.exception.KettleDatabaseException: ",
    "Error connecting to database: (using class com.mysql.cj.jdbc.Driver)",
    "Communications link failure",
    "",
    "The last packet sent successfully to the server was 0 milliseconds ago. The driver has not received any packets from the server.",
    "",
    "\tat org.pentaho.di.core.database.Database.connectUsingClass(Database.java:587)",
    "\tat org.pentaho.di.core.database.Database.normalConnect(Database.java:456)",
    "\t... 6 more",
]
PT_DUP_STACK = [
    "org.pentaho.di.core.exception.KettleException: ",
    "Error batch inserting rows into table [stg_orders].",
    "Errors encountered (first 10):",
    "Duplicate entry '{key}' for key 'stg_orders.PRIMARY'",
    "",
    "",
    "Error updating batch",
    "Duplicate entry '{key}' for key 'stg_orders.PRIMARY'",
    "",
    "",
    "\tat org.pentaho.di.trans.steps.tableoutput.TableOutput.writeToTable(TableOutput.java:342)",
    "\tat org.pentaho.di.trans.steps.tableoutput.TableOutput.processRow(TableOutput.java:118)",
    "\tat org.pentaho.di.trans.step.RunThread.run(RunThread.java:62)",
    "\tat java.base/java.lang.Thread.run(Thread.java:829)",
    "Caused by: org.pentaho.di.core.exception.KettleDatabaseBatchException: ",
    "Error updating batch",
    "Duplicate entry '{key}' for key 'stg_orders.PRIMARY'",
    "",
    "\tat org.pentaho.di.core.database.Database.createKettleDatabaseBatchException(Database.java:1385)",
    "\tat org.pentaho.di.trans.steps.tableoutput.TableOutput.writeToTable(TableOutput.java:289)",
    "\t... 3 more",
    "Caused by: java.sql.BatchUpdateException: Duplicate entry '{key}' for key 'stg_orders.PRIMARY'",
    "\tat com.mysql.cj.jdbc.exceptions.SQLError.createBatchUpdateException(SQLError.java:224)",
    "\tat com.mysql.cj.jdbc.ClientPreparedStatement.executeBatchSerially(ClientPreparedStatement.java:816)",
    "\tat com.mysql.cj.jdbc.ClientPreparedStatement.executeBatchInternal(ClientPreparedStatement.java:418)",
    "\tat com.mysql.cj.jdbc.StatementImpl.executeBatch(StatementImpl.java:795)",
    "\tat org.pentaho.di.trans.steps.tableoutput.TableOutput.writeToTable(TableOutput.java:282)",
    "\t... 3 more",
]


def pentaho_server(r: random.Random) -> list[Log]:
    """One Pentaho Server 9.4 running three schedules, 06:00 to 12:00: sync_customers.kjb every
    3 minutes, refresh_kpis.ktr every 5, load_orders.kjb every 15; the warehouse down
    08:40-08:52, a duplicate key in load_orders at 09:17, the server restarted at 10:30."""
    fs = Files()
    proc = [1]

    def P(t: datetime, level: str, cat: str, label: str, lines: list[str]) -> datetime:
        return fs.add(
            "pentaho.log",
            t,
            label,
            lambda x: [f"{l4j(x)} {level:<5} [{cat}] {lines[0]}", *lines[1:]],
            proc[0],
            MS,
        )

    def K(
        t: datetime, subject: str, label: str, msg: str | list[str], error: bool = False
    ) -> datetime:
        """A Kettle message: every line behind Kettle's date and subject, the first an error's
        version banner."""
        lines = [msg] if isinstance(msg, str) else msg

        def text(x: datetime) -> list[str]:
            kd = f"{x:%Y/%m/%d %H:%M:%S} - {subject} - "
            first = kd + (PT_VERSION if error else "") + lines[0]
            return [
                f"{l4j(x)} {'ERROR' if error else 'INFO ':<5} [org.pentaho.di] {first}",
                *[kd + ln for ln in lines[1:]],
            ]

        return fs.add("pentaho.log", t, label, text, proc[0], MS)

    def step() -> timedelta:
        return sec(r.uniform(0.002, 0.03))

    def finished(
        t: datetime, stp: str, i: int, o: int, rd: int, w: int, u: int, e: int = 0
    ) -> datetime:
        return K(
            t,
            f"{stp}.0",
            "Finished processing (I=%d, O=%d, R=%d, W=%d, U=%d, E=%d)",
            f"Finished processing (I={i}, O={o}, R={rd}, W={w}, U={u}, E={e})",
        )

    def dispatch(t: datetime, tr: str) -> datetime:
        return K(
            t,
            tr,
            "Dispatching started for transformation [%s]",
            f"Dispatching started for transformation [{tr}]",
        )

    def entry(t: datetime, job: str, name: str) -> datetime:
        return K(t, job, "Starting entry [%s]", f"Starting entry [{name}]")

    def fin_entry(t: datetime, job: str, name: str, ok: bool) -> datetime:
        return K(
            t,
            job,
            "Finished job entry [%s] (result=[%s])",
            f"Finished job entry [{name}] (result=[{str(ok).lower()}])",
        )

    def init_fail(t: datetime, tr: str, stp: str, pkg: str, cls: str, line: int) -> datetime:
        t = K(
            t,
            f"{stp}.0",
            "An error occurred intialising this step:",
            "An error occurred intialising this step: ",
            error=True,
        )
        t = K(
            t + sec(0.001),
            f"{stp}.0",
            "org.pentaho.di.core.exception.KettleDatabaseException: (Error occurred while trying to connect to the database)",
            [
                x.replace("{pkg}", pkg).replace("{cls}", cls).replace("{line}", str(line))
                for x in PT_DB_STACK
            ],
            error=True,
        )
        t = K(
            t + step(),
            tr,
            "Step [%s] failed to initialize!",
            f"Step [{stp}.0] failed to initialize!",
            error=True,
        )
        t = K(
            t + step(),
            tr,
            "Unable to prepare for execution of the transformation",
            "Unable to prepare for execution of the transformation",
            error=True,
        )
        return K(
            t + sec(0.001),
            tr,
            "org.pentaho.di.core.exception.KettleException: (We failed to initialize at least one step.  Execution can not begin!)",
            [
                "org.pentaho.di.core.exception.KettleException: ",
                "We failed to initialize at least one step.  Execution can not begin!",
                "",
                "",
                "\tat org.pentaho.di.trans.Trans.prepareExecution(Trans.java:1297)",
                "\tat org.pentaho.di.trans.Trans.execute(Trans.java:741)",
                "\tat org.pentaho.di.job.entries.trans.JobEntryTrans.execute(JobEntryTrans.java:1177)"
                if tr != "refresh_kpis"
                else "\tat org.pentaho.platform.plugin.kettle.PdiAction.executeTransformation(PdiAction.java:584)",
                "\tat org.pentaho.di.job.Job.execute(Job.java:693)"
                if tr != "refresh_kpis"
                else "\tat org.pentaho.platform.plugin.kettle.PdiAction.execute(PdiAction.java:339)",
            ],
            error=True,
        )

    def dwh_down(t: datetime) -> bool:
        return at(8, 40, 12) <= t < at(8, 52, 40)

    def sync_customers(t: datetime) -> None:
        job = "sync_customers"
        t = K(t, job, "Start of job execution", "Start of job execution")
        t = entry(t + step(), job, "Get customer files")
        t = K(
            t + sec(r.uniform(0.01, 0.05)),
            "cfgbuilder",
            "Warning: The configuration parameter [%s] is not supported by the default configuration builder for scheme: %s",
            "Warning: The configuration parameter [org] is not supported by the default configuration builder for scheme: sftp",
        )
        t = entry(t + sec(r.uniform(0.4, 1.6)), job, "stage_customers")
        t = dispatch(t + sec(r.uniform(0.05, 0.2)), "stage_customers")
        n = r.randint(0, 60)
        ok = True
        if dwh_down(t):
            t = init_fail(
                t + sec(r.uniform(0.05, 0.3)),
                "stage_customers",
                "Insert / update",
                "insertupdate",
                "InsertUpdate",
                702,
            )
            ok = False
        else:
            t = finished(t + sec(r.uniform(0.2, 1.2)), "CSV file input", 0, 0, 0, n, 0)
            t = finished(t + step(), "Select values", 0, 0, n, n, 0)
            upd = r.randint(0, n)
            t = finished(t + sec(r.uniform(0.2, 1.5)), "Insert / update", n, n - upd, n, n, upd)
        t = fin_entry(t + step(), job, "stage_customers", ok)
        t = fin_entry(t + sec(0.001), job, "Get customer files", ok)
        K(t + step(), job, "Job execution finished", "Job execution finished")

    def refresh_kpis(t: datetime) -> None:
        tr = "refresh_kpis"
        t = dispatch(t, tr)
        if dwh_down(t):
            init_fail(
                t + sec(r.uniform(0.05, 0.3)), tr, "Table input", "tableinput", "TableInput", 178
            )
            return
        n = r.randint(2000, 9000)
        g = r.randint(40, 80)
        t = K(
            t + sec(r.uniform(0.5, 3.0)),
            "Table input.0",
            "Finished reading query, closing connection.",
            "Finished reading query, closing connection.",
        )
        t = finished(t + step(), "Table input", n, 0, 0, n, 0)
        t = finished(t + sec(r.uniform(0.05, 0.5)), "Group by", 0, 0, n, g, 0)
        t = finished(t + step(), "Calculator", 0, 0, g, g, 0)
        finished(t + sec(r.uniform(0.05, 0.6)), "Insert / update", g, 0, g, g, g)

    def load_orders(t: datetime) -> None:
        job = "load_orders"
        t = K(t, job, "Start of job execution", "Start of job execution")
        t = entry(t + step(), job, "Check DB connections")
        t = entry(t + sec(r.uniform(0.05, 0.3)), job, "load_orders_stage")
        t = dispatch(t + sec(r.uniform(0.05, 0.2)), "load_orders_stage")
        ok = True
        if dwh_down(t):
            t = init_fail(
                t + sec(r.uniform(0.05, 0.3)),
                "load_orders_stage",
                "Table output",
                "tableoutput",
                "TableOutput",
                582,
            )
            ok = False
        elif at(9, 17) <= t < at(9, 18):
            n = r.randint(300, 900)
            t = K(
                t + sec(r.uniform(0.2, 1.0)),
                "Table input.0",
                "Finished reading query, closing connection.",
                "Finished reading query, closing connection.",
            )
            t = finished(t + step(), "Table input", n, 0, 0, n, 0)
            key = f"SO-{r.randint(2400000, 2499999)}"
            t = K(
                t + sec(r.uniform(0.1, 0.5)),
                "Table output.0",
                "Because of an error, this step can't continue:",
                "Because of an error, this step can't continue:",
                error=True,
            )
            t = K(
                t + sec(0.001),
                "Table output.0",
                "org.pentaho.di.core.exception.KettleException: (Error batch inserting rows into table [%s].)",
                [x.replace("{key}", key) for x in PT_DUP_STACK],
                error=True,
            )
            t = finished(t + step(), "Table output", 0, 1000, 1000, 0, 0, 1)
            t = K(
                t + step(),
                "load_orders_stage",
                "Transformation detected one or more steps with errors.",
                "Transformation detected one or more steps with errors.",
                error=True,
            )
            t = K(
                t + sec(0.001),
                "load_orders_stage",
                "Transformation is killing the other steps!",
                "Transformation is killing the other steps!",
                error=True,
            )
            ok = False
        else:
            n = r.randint(300, 900)
            t = K(
                t + sec(r.uniform(0.2, 1.0)),
                "Table input.0",
                "Finished reading query, closing connection.",
                "Finished reading query, closing connection.",
            )
            t = finished(t + step(), "Table input", n, 0, 0, n, 0)
            t = finished(t + step(), "Select values", 0, 0, n, n, 0)
            t = finished(t + sec(r.uniform(0.3, 2.0)), "Table output", 0, n, n, n, 0)
        t = fin_entry(t + step(), job, "load_orders_stage", ok)
        if ok:
            t = entry(t + step(), job, "merge_orders")
            t = fin_entry(t + sec(r.uniform(0.3, 2.5)), job, "merge_orders", True)
        t = fin_entry(t + sec(0.001), job, "Check DB connections", ok)
        K(t + step(), job, "Job execution finished", "Job execution finished")

    def quartz(t: datetime, what: str) -> datetime:
        return P(
            t,
            "INFO",
            "org.quartz.core.QuartzScheduler",
            f"Scheduler %s_$_%s {what}.",
            [f"Scheduler PentahoQuartzScheduler_$_NON_CLUSTERED {what}."],
        )

    def boot(t: datetime) -> datetime:
        t = P(
            t,
            "WARN",
            "org.apache.jackrabbit.core.config.ConfigurationErrorHandler",
            "warning parsing the configuration at line %d using system id %s: %s",
            [
                'warning parsing the configuration at line 5 using system id file:/opt/pentaho/server/pentaho-server/pentaho-solutions/system/jackrabbit/repository.xml: org.xml.sax.SAXParseException; systemId: file:/opt/pentaho/server/pentaho-server/pentaho-solutions/system/jackrabbit/repository.xml; lineNumber: 5; columnNumber: 69; Document root element "Repository", must match DOCTYPE root "null".'
            ],
        )
        t = P(
            t + sec(r.uniform(4, 8)),
            "INFO",
            "org.pentaho.platform.osgi.KarafBoot",
            "Checking to see if org.pentaho.clean.karaf.cache is enabled",
            ["Checking to see if org.pentaho.clean.karaf.cache is enabled"],
        )
        t = P(
            t + sec(r.uniform(0.05, 0.2)),
            "INFO",
            "org.pentaho.platform.osgi.KarafInstance",
            "(Karaf instance banner) Karaf Instance Number: %d at %s",
            [
                "",
                "*******************************************************************************",
                "*** Karaf Instance Number: 1 at /opt/pentaho/server/pentaho-server/./pentaho ***",
                "***   -solutions/system/karaf/caches/default/data-1                         ***",
                "*** FastBin Provider Port:52901                                             ***",
                "*** Karaf Port:8802                                                         ***",
                "*** OSGI Service Port:9051                                                  ***",
                "*******************************************************************************",
            ],
        )
        return quartz(t + sec(r.uniform(20, 35)), "started")

    restart = at(10, 30, 6)
    back = boot(restart + sec(r.uniform(9, 14)))
    quartz(restart, "shutting down")
    quartz(restart + sec(0.002), "paused")
    quartz(restart + sec(r.uniform(0.3, 0.9)), "shutdown complete")

    def up(t: datetime) -> bool:
        return not (restart - sec(1) <= t < back + sec(2))

    for m in range(0, 360, 3):
        t = T0 + sec(60 * m + r.uniform(0.005, 0.05))
        if up(t):
            sync_customers(t)
    for m in range(1, 360, 5):
        t = T0 + sec(60 * m + r.uniform(0.005, 0.05))
        if up(t):
            refresh_kpis(t)
    for m in range(2, 360, 15):
        t = T0 + sec(60 * m + r.uniform(0.005, 0.05))
        if up(t):
            load_orders(t)
    return fs.logs(T0)


# ------------------------------------------------------------------------------- streamsets

SDC_PIPES = {
    "orders": ("sdc1", "Orders CDC to Kafka", "OrdersCDCtoKafka"),
    "weblogs": ("sdc1", "Web logs to Elasticsearch", "WeblogstoElasticsearch"),
    "clicks": ("sdc2", "Clickstream Kafka to S3", "ClickstreamKafkatoS3"),
}
SDC_COORD = "kafka-2.example.com:9092 (id: 2147483645 rack: null)"
SDC_CONSUMER_CONFIG = [
    "allow.auto.create.topics = true",
    "auto.commit.interval.ms = 5000",
    "auto.offset.reset = earliest",
    "bootstrap.servers = [kafka-1.example.com:9092, kafka-2.example.com:9092, kafka-3.example.com:9092]",
    "client.dns.lookup = use_all_dns_ips",
    "client.id = {client}",
    "enable.auto.commit = false",
    "fetch.max.bytes = 52428800",
    "fetch.min.bytes = 1",
    "group.id = sdc-clickstream",
    "heartbeat.interval.ms = 3000",
    "isolation.level = read_uncommitted",
    "key.deserializer = class org.apache.kafka.common.serialization.StringDeserializer",
    "max.poll.interval.ms = 300000",
    "max.poll.records = 500",
    "partition.assignment.strategy = [class org.apache.kafka.clients.consumer.RangeAssignor]",
    "request.timeout.ms = 30000",
    "security.protocol = PLAINTEXT",
    "session.timeout.ms = 10000",
    "value.deserializer = class org.apache.kafka.common.serialization.ByteArrayDeserializer",
]
SDC_S3_STACK = [
    "\tat com.streamsets.pipeline.stage.destination.s3.AmazonS3Target.write(AmazonS3Target.java:196)",
    "\tat com.streamsets.pipeline.api.base.configurablestage.DTarget.write(DTarget.java:34)",
    "\tat com.streamsets.datacollector.runner.StageRuntime.lambda$execute$2(StageRuntime.java:303)",
    "\tat com.streamsets.datacollector.runner.StageRuntime.execute(StageRuntime.java:244)",
    "\tat com.streamsets.datacollector.runner.StageRuntime.execute(StageRuntime.java:311)",
    "\tat com.streamsets.datacollector.runner.StagePipe.process(StagePipe.java:221)",
    "\tat com.streamsets.datacollector.execution.runner.common.ProductionPipelineRunner.processPipe(ProductionPipelineRunner.java:864)",
    "\tat com.streamsets.datacollector.runner.PipeRunner.executeBatch(PipeRunner.java:136)",
    "\tat com.streamsets.datacollector.execution.runner.common.ProductionPipelineRunner.runSourceLessBatch(ProductionPipelineRunner.java:853)",
    "\tat com.streamsets.datacollector.runner.PushSourceContextDelegate.processBatch(PushSourceContextDelegate.java:62)",
    "\tat com.streamsets.pipeline.stage.origin.multikafka.MultiKafkaSource$MultiTopicCallable.call(MultiKafkaSource.java:263)",
    "\tat java.util.concurrent.FutureTask.run(FutureTask.java:266)",
    "\tat java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1149)",
    "\tat java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:624)",
    "\tat java.lang.Thread.run(Thread.java:748)",
    "Caused by: {cause}",
    "\tat com.amazonaws.http.AmazonHttpClient$RequestExecutor.handleErrorResponse(AmazonHttpClient.java:1799)",
    "\tat com.amazonaws.http.AmazonHttpClient$RequestExecutor.executeOneRequest(AmazonHttpClient.java:1383)",
    "\tat com.amazonaws.http.AmazonHttpClient.execute(AmazonHttpClient.java:530)",
    "\tat com.amazonaws.services.s3.AmazonS3Client.invoke(AmazonS3Client.java:5062)",
    "\tat com.amazonaws.services.s3.AmazonS3Client.putObject(AmazonS3Client.java:1843)",
    "\tat com.streamsets.pipeline.stage.destination.s3.AmazonS3Target.write(AmazonS3Target.java:177)",
    "\t... 14 more",
]
SDC_JDBC_STACK = [
    "\tat com.streamsets.datacollector.execution.runner.common.ProductionPipeline.run(ProductionPipeline.java:109)",
    "\tat com.streamsets.datacollector.execution.runner.common.ProductionPipelineRunnable.run(ProductionPipelineRunnable.java:75)",
    "\tat com.streamsets.datacollector.execution.runner.standalone.StandaloneRunner.start(StandaloneRunner.java:753)",
    "\tat com.streamsets.datacollector.execution.runner.RetryUtils.lambda$scheduleForRetries$0(RetryUtils.java:57)",
    "\tat java.util.concurrent.FutureTask.run(FutureTask.java:266)",
    "\tat java.util.concurrent.ScheduledThreadPoolExecutor$ScheduledFutureTask.run(ScheduledThreadPoolExecutor.java:293)",
    "\tat java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1149)",
    "\tat java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:624)",
    "\tat java.lang.Thread.run(Thread.java:748)",
]


def streamsets(r: random.Random) -> list[Log]:
    """Two Data Collectors, 06:00 to 12:00: sdc2's clickstream pipeline (four runners) failing on
    S3 throttling 07:30-08:30 and 10:40-11:00 and retried with a growing back-off, the orders
    database failing over 09:10-09:16 (sdc1's CDC pipeline retried until it is back),
    Elasticsearch refusing 10:20-10:32 (sdc1's web-log pipeline), an operator stopping and
    starting the web-log pipeline at 11:20."""
    fs = Files()
    uid = {k: f"{v[2]}{uuid4(r)}" for k, v in SDC_PIPES.items()}
    gen = [r.randint(40, 90)]
    hikari = [3]
    retry_thread = {"sdc1": 11, "sdc2": 4}
    cluster = b64id(r)
    offsets = {p: r.randint(40_000_000, 90_000_000) for p in range(16)}

    def S(
        p: str,
        t: datetime,
        level: str,
        logger: str,
        label: str,
        lines: list[str],
        runner: str = "",
        thread: str = "",
        stage: str = "",
        user: str = "*admin",
    ) -> datetime:
        h, title, _ = SDC_PIPES[p]
        th = thread or f"ProductionPipelineRunnable-{uid[p]}-{title}"
        return fs.add(
            f"{h}-sdc.log",
            t,
            label,
            lambda x: [
                f"{l4j(x)} [user:{user}] [pipeline:{title}/{uid[p]}] [runner:{runner}] [thread:{th}] [stage:{stage}] {level:<5} {logger} - {lines[0]}",
                *lines[1:],
            ],
            (h, th),
            MS,
        )

    def prepare(p: str, t: datetime, thread: str, user: str = "*admin") -> datetime:
        t = S(
            p,
            t,
            "INFO",
            "StandaloneRunner",
            "Preparing to start pipeline '%s::%s'",
            [f"Preparing to start pipeline '{uid[p]}::0'"],
            thread=thread,
            user=user,
        )
        return S(
            p,
            t + sec(r.uniform(0.005, 0.03)),
            "INFO",
            "StandaloneRunner",
            "Starting pipeline %s %s",
            [f"Starting pipeline {uid[p]} 0"],
            thread=thread,
            user=user,
        )

    def kafka_version(
        p: str, t: datetime, runner: str, thread: str, stage: str, version: tuple[str, str]
    ) -> datetime:
        t = S(
            p,
            t,
            "INFO",
            "AppInfoParser",
            "Kafka version: %s",
            [f"Kafka version: {version[0]}"],
            runner,
            thread,
            stage,
        )
        return S(
            p,
            t + sec(0.001),
            "INFO",
            "AppInfoParser",
            "Kafka commitId: %s",
            [f"Kafka commitId: {version[1]}"],
            runner,
            thread,
            stage,
        )

    def consumer_start(t: datetime, k: int, parts: list[int], leader: bool) -> datetime:
        p = "clicks"
        runner = str(k)
        th = f"kafka-multitopic-consumer-{k}"
        st = "KafkaMultitopicConsumer_01"
        cid = f"consumer-sdc-clickstream-{k + 1}"
        pre = f"[Consumer clientId={cid}, groupId=sdc-clickstream] "
        t = S(
            p,
            t,
            "INFO",
            "ConsumerConfig",
            "%s values:",
            [
                "ConsumerConfig values: ",
                *[f"\t{c.replace('{client}', cid)}" for c in SDC_CONSUMER_CONFIG],
                "",
            ],
            runner,
            th,
            st,
        )
        t = kafka_version(
            p, t + sec(r.uniform(0.02, 0.08)), runner, th, st, ("2.6.0", "62abe01bee039651")
        )
        t = S(
            p,
            t + sec(r.uniform(0.001, 0.01)),
            "INFO",
            "KafkaConsumer",
            "Subscribed to topic(s): %s",
            [pre + "Subscribed to topic(s): clickstream"],
            runner,
            th,
            st,
        )
        t = S(
            p,
            t + sec(r.uniform(0.05, 0.2)),
            "INFO",
            "Metadata",
            "Cluster ID: %s",
            [pre + f"Cluster ID: {cluster}"],
            runner,
            th,
            st,
        )
        t = S(
            p,
            t + sec(r.uniform(0.005, 0.05)),
            "INFO",
            "AbstractCoordinator",
            "Discovered group coordinator %s",
            [pre + f"Discovered group coordinator {SDC_COORD}"],
            runner,
            th,
            st,
        )
        t = S(
            p,
            t + sec(r.uniform(0.002, 0.02)),
            "INFO",
            "AbstractCoordinator",
            "(Re-)joining group",
            [pre + "(Re-)joining group"],
            runner,
            th,
            st,
        )
        t = S(
            p,
            t + sec(r.uniform(0.005, 0.03)),
            "INFO",
            "AbstractCoordinator",
            "Join group failed with org.apache.kafka.common.errors.MemberIdRequiredException: The group member needs to have a valid member id before actually entering a consumer group.",
            [
                pre
                + "Join group failed with org.apache.kafka.common.errors.MemberIdRequiredException: The group member needs to have a valid member id before actually entering a consumer group."
            ],
            runner,
            th,
            st,
        )
        t = S(
            p,
            t + sec(r.uniform(0.001, 0.01)),
            "INFO",
            "AbstractCoordinator",
            "(Re-)joining group",
            [pre + "(Re-)joining group"],
            runner,
            th,
            st,
        )
        member = f"{cid}-{hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 12)}"
        g = f"Generation{{generationId={gen[0]}, memberId='{member}', protocol='range'}}"
        t = S(
            p,
            t + sec(r.uniform(3.0, 3.3)),
            "INFO",
            "AbstractCoordinator",
            "Successfully joined group with generation %s",
            [pre + f"Successfully joined group with generation {g}"],
            runner,
            th,
            st,
        )
        t = S(
            p,
            t + sec(r.uniform(0.005, 0.03)),
            "INFO",
            "AbstractCoordinator",
            "Successfully synced group in generation %s",
            [pre + f"Successfully synced group in generation {g}"],
            runner,
            th,
            st,
        )
        tps = ", ".join(f"clickstream-{x}" for x in parts)
        t = S(
            p,
            t + sec(0.001),
            "INFO",
            "ConsumerCoordinator",
            "Notifying assignor about the new %s",
            [pre + f"Notifying assignor about the new Assignment(partitions=[{tps}])"],
            runner,
            th,
            st,
        )
        t = S(
            p,
            t + sec(0.001),
            "INFO",
            "ConsumerCoordinator",
            "Adding newly assigned partitions: %s",
            [pre + f"Adding newly assigned partitions: {tps}"],
            runner,
            th,
            st,
        )
        for x in parts:
            offsets[x] += r.randint(2000, 40000)
            ld = (x % 3) + 1
            t = S(
                p,
                t + sec(r.uniform(0.002, 0.02)),
                "INFO",
                "ConsumerCoordinator",
                "Setting offset for partition %s to the committed offset %s",
                [
                    pre
                    + f"Setting offset for partition clickstream-{x} to the committed offset FetchPosition{{offset={offsets[x]}, offsetEpoch=Optional[17], currentLeader=LeaderAndEpoch{{leader=Optional[kafka-{ld}.example.com:9092 (id: {ld} rack: null)], epoch=17}}}}"
                ],
                runner,
                th,
                st,
            )
        del leader
        return t

    def consumer_close(t: datetime, k: int, parts: list[int]) -> datetime:
        p = "clicks"
        runner = str(k)
        th = f"kafka-multitopic-consumer-{k}"
        st = "KafkaMultitopicConsumer_01"
        cid = f"consumer-sdc-clickstream-{k + 1}"
        pre = f"[Consumer clientId={cid}, groupId=sdc-clickstream] "
        tps = ", ".join(f"clickstream-{x}" for x in parts)
        t = S(
            p,
            t,
            "INFO",
            "ConsumerCoordinator",
            "Revoke previously assigned partitions %s",
            [pre + f"Revoke previously assigned partitions {tps}"],
            runner,
            th,
            st,
        )
        member = f"{cid}-{hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 12)}"
        return S(
            p,
            t + sec(r.uniform(0.001, 0.01)),
            "INFO",
            "AbstractCoordinator",
            "Member %s sending LeaveGroup request to coordinator %s due to the consumer is being closed",
            [
                pre
                + f"Member {member} sending LeaveGroup request to coordinator {SDC_COORD} due to the consumer is being closed"
            ],
            runner,
            th,
            st,
        )

    ASSIGN = [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11], [12, 13, 14, 15]]

    def clicks_start(t: datetime, thread: str) -> datetime:
        t = prepare("clicks", t, thread)
        gen[0] += 1
        end = t
        for k in range(4):
            end = max(end, consumer_start(t + sec(r.uniform(0.3, 0.9)), k, ASSIGN[k], k == 0))
        return end

    def clicks_fail(t: datetime) -> datetime:
        req = "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(16))
        ext = b64id(r, 76).replace("-", "+").replace("_", "/") + "="
        cause = f"com.amazonaws.services.s3.model.AmazonS3Exception: Slow Down (Service: Amazon S3; Status Code: 503; Error Code: SlowDown; Request ID: {req}; S3 Extended Request ID: {ext}; Proxy: null)"
        exc = f"com.streamsets.pipeline.api.StageException: S3_21 - Unable to write object to Amazon S3, reason : {cause}"
        t = S(
            "clicks",
            t,
            "ERROR",
            "ProductionPipelineRunnable",
            "An exception occurred while running the pipeline, com.streamsets.pipeline.api.StageException: S3_21 - Unable to write object to Amazon S3, reason : com.amazonaws.services.s3.model.AmazonS3Exception: Slow Down (Service: Amazon S3; Status Code: 503; Error Code: SlowDown; Request ID: %s; S3 Extended Request ID: %s; Proxy: null)",
            [
                f"An exception occurred while running the pipeline, {exc}",
                exc,
                *[x.replace("{cause}", cause) for x in SDC_S3_STACK],
            ],
        )
        end = t
        for k in range(4):
            end = max(end, consumer_close(t + sec(r.uniform(0.05, 0.4)), k, ASSIGN[k]))
        return end

    def throttle(t0: datetime, t1: datetime) -> None:
        """S3 slowing down: the pipeline fails after a while, SDC retries with a back-off."""
        t = t0 + sec(r.uniform(20, 90))
        backoff = 15.0
        while t < t1:
            te = clicks_fail(t)
            retry_thread["sdc2"] += 1
            ts = clicks_start(
                te + sec(backoff + r.uniform(0.0, 0.5)),
                f"runner-pool-2-thread-{retry_thread['sdc2']}",
            )
            backoff = min(backoff * 2, 120)
            t = ts + sec(r.uniform(20, 110))

    throttle(at(7, 30, 0), at(8, 30, 0))
    throttle(at(10, 40, 0), at(11, 0, 0))

    # sdc1: the orders database failing over
    def producer(p: str, t: datetime, stage: str) -> datetime:
        t = S(
            p,
            t,
            "INFO",
            "ProducerConfig",
            "%s values:",
            [
                "ProducerConfig values: ",
                "\tacks = 1",
                "\tbatch.size = 16384",
                "\tbootstrap.servers = [kafka-1.example.com:9092, kafka-2.example.com:9092, kafka-3.example.com:9092]",
                "\tbuffer.memory = 33554432",
                "\tclient.id = producer-" + str(r.randint(2, 40)),
                "\tcompression.type = snappy",
                "\tkey.serializer = class org.apache.kafka.common.serialization.StringSerializer",
                "\tlinger.ms = 0",
                "\tmax.request.size = 1048576",
                "\tretries = 0",
                "\tsecurity.protocol = PLAINTEXT",
                "\tvalue.serializer = class org.apache.kafka.common.serialization.ByteArraySerializer",
                "",
            ],
            stage=stage,
        )
        return kafka_version(
            p, t + sec(r.uniform(0.02, 0.06)), "", "", stage, ("2.6.0", "62abe01bee039651")
        )

    def hikari_start(p: str, t: datetime, stage: str, ok: bool) -> datetime:
        hikari[0] += 1
        name = f"HikariPool-{hikari[0]}"
        t = S(
            p,
            t,
            "INFO",
            "HikariDataSource",
            "%s - Starting...",
            [f"{name} - Starting..."],
            stage=stage,
        )
        if ok:
            t = S(
                p,
                t + sec(r.uniform(0.05, 0.3)),
                "INFO",
                "HikariDataSource",
                "%s - Start completed.",
                [f"{name} - Start completed."],
                stage=stage,
            )
        return t

    ST_JDBC = "JDBCMultitableConsumer_01"
    ST_KP = "KafkaProducer_01"
    fo0, fo1 = at(9, 10, 22), at(9, 16, 5)
    link = [
        "Communications link failure",
        "",
        "The last packet sent successfully to the server was 0 milliseconds ago. The driver has not received any packets from the server.",
    ]
    exc = f"com.streamsets.pipeline.api.StageException: JDBC_34 - Query failed to execute: 'SELECT * FROM `orders`.`order_events` WHERE (event_id > ?) ORDER BY event_id' Error: {link[0]}"
    t = S(
        "orders",
        fo0,
        "ERROR",
        "ProductionPipelineRunnable",
        "An exception occurred while running the pipeline, com.streamsets.pipeline.api.StageException: JDBC_34 - Query failed to execute: '%s' Error: Communications link failure",
        [
            f"An exception occurred while running the pipeline, {exc}",
            *link[1:],
            exc,
            *link[1:],
            "\tat com.streamsets.pipeline.lib.jdbc.multithread.TableJdbcRunnable.handleStageError(TableJdbcRunnable.java:415)",
            "\tat com.streamsets.pipeline.lib.jdbc.multithread.TableJdbcRunnable.run(TableJdbcRunnable.java:203)",
            *SDC_JDBC_STACK[4:],
        ],
        stage=ST_JDBC,
    )
    backoff = 15.0
    while True:
        retry_thread["sdc1"] += 1
        th = f"runner-pool-2-thread-{retry_thread['sdc1']}"
        t = prepare("orders", t + sec(backoff + r.uniform(0, 0.5)), th)
        ok = t >= fo1
        t = hikari_start("orders", t + sec(r.uniform(0.1, 0.4)), ST_JDBC, ok)
        if ok:
            producer("orders", t + sec(r.uniform(0.05, 0.2)), ST_KP)
            break
        err = f"com.streamsets.datacollector.runner.PipelineRuntimeException: CONTAINER_0800 - Pipeline '{uid['orders']}' validation error : JDBC_06 - Failed to initialize connection pool: com.zaxxer.hikari.pool.HikariPool$PoolInitializationException: Failed to initialize pool: {link[0]}"
        t = S(
            "orders",
            t + sec(r.uniform(30.0, 30.3)),
            "ERROR",
            "ProductionPipelineRunnable",
            "An exception occurred while running the pipeline, com.streamsets.datacollector.runner.PipelineRuntimeException: CONTAINER_0800 - Pipeline '%s' validation error : JDBC_06 - Failed to initialize connection pool: com.zaxxer.hikari.pool.HikariPool$PoolInitializationException: Failed to initialize pool: Communications link failure",
            [
                f"An exception occurred while running the pipeline, {err}",
                *link[1:],
                err,
                *link[1:],
                *SDC_JDBC_STACK,
            ],
        )
        backoff = min(backoff * 2, 300)

    # sdc1: Elasticsearch refusing
    es0, es1 = at(10, 20, 40), at(10, 32, 10)
    t = es0
    backoff = 15.0
    while True:
        exc = "com.streamsets.pipeline.api.StageException: ELASTICSEARCH_17 - Could not index '%d' records: %s"
        n = r.randint(180, 1000)
        msg = f"com.streamsets.pipeline.api.StageException: ELASTICSEARCH_17 - Could not index '{n}' records: java.net.ConnectException: Connection refused"
        t = S(
            "weblogs",
            t,
            "ERROR",
            "ProductionPipelineRunnable",
            "An exception occurred while running the pipeline, " + exc,
            [
                f"An exception occurred while running the pipeline, {msg}",
                msg,
                "\tat com.streamsets.pipeline.stage.destination.elasticsearch.ElasticsearchTarget.write(ElasticsearchTarget.java:331)",
                "\tat com.streamsets.pipeline.api.base.configurablestage.DTarget.write(DTarget.java:34)",
                "\tat com.streamsets.datacollector.runner.StageRuntime.lambda$execute$2(StageRuntime.java:303)",
                "\tat com.streamsets.datacollector.runner.StageRuntime.execute(StageRuntime.java:244)",
                "\tat com.streamsets.datacollector.runner.StagePipe.process(StagePipe.java:221)",
                "\tat com.streamsets.datacollector.execution.runner.common.ProductionPipelineRunner.processPipe(ProductionPipelineRunner.java:864)",
                "\tat com.streamsets.datacollector.runner.PipeRunner.executeBatch(PipeRunner.java:136)",
                "\tat com.streamsets.datacollector.execution.runner.common.ProductionPipelineRunner.runPollSource(ProductionPipelineRunner.java:565)",
                "\tat com.streamsets.datacollector.execution.runner.common.ProductionPipelineRunner.run(ProductionPipelineRunner.java:390)",
                "\tat com.streamsets.datacollector.runner.Pipeline.run(Pipeline.java:527)",
                *SDC_JDBC_STACK[:2],
                "\tat java.lang.Thread.run(Thread.java:748)",
                "Caused by: java.net.ConnectException: Connection refused",
                "\tat org.apache.http.nio.pool.RouteSpecificPool.timeout(RouteSpecificPool.java:168)",
                "\tat org.elasticsearch.client.RestClient.performRequest(RestClient.java:283)",
                "\tat com.streamsets.pipeline.stage.destination.elasticsearch.ElasticsearchTarget.write(ElasticsearchTarget.java:318)",
                "\t... 12 more",
            ],
            stage="Elasticsearch_01",
        )
        retry_thread["sdc1"] += 1
        t = prepare(
            "weblogs",
            t + sec(backoff + r.uniform(0, 0.5)),
            f"runner-pool-2-thread-{retry_thread['sdc1']}",
        )
        if t >= es1:
            break
        t += sec(r.uniform(2, 6))
        backoff = min(backoff * 2, 300)

    # an operator stopping and starting the web-log pipeline
    t = S(
        "weblogs",
        at(11, 20, 14),
        "INFO",
        "StandaloneRunner",
        "Preparing to stop pipeline",
        ["Preparing to stop pipeline"],
        thread="webserver-2231",
        user="jmeyer",
    )
    t = S(
        "weblogs",
        t + sec(0.004),
        "INFO",
        "StandaloneRunner",
        "Stopping pipeline %s %s",
        [f"Stopping pipeline {uid['weblogs']} 0"],
        thread="webserver-2231",
        user="jmeyer",
    )
    t = S(
        "weblogs",
        t + sec(r.uniform(0.4, 1.5)),
        "INFO",
        "ProductionPipelineRunnable",
        "Changing state of pipeline '%s', '%s' to '%s'",
        [f"Changing state of pipeline '{uid['weblogs']}', '0' to 'STOPPED'"],
    )
    t = S(
        "weblogs",
        t + sec(r.uniform(0.01, 0.05)),
        "INFO",
        "ProductionPipelineRunnable",
        "Pipeline is in terminal state",
        ["Pipeline is in terminal state"],
        thread="webserver-2231",
        user="jmeyer",
    )
    prepare("weblogs", t + sec(r.uniform(40, 70)), "webserver-2244", user="jmeyer")
    return fs.logs(T0)


SYSTEMS = {
    "debezium-server": debezium_server,
    "talend": talend,
    "knime": knime,
    "pentaho-server": pentaho_server,
    "streamsets": streamsets,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
