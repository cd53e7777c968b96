#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 246 (maxwell, fluvio, arroyo, faust, beam) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five change-data-capture and stream-processing
systems of one data platform team, 06:00 to 12:00 on 2024-06-07. The brief's Bytewax is
replaced by Faust (faust-streaming), the other Python stream-processing library: Bytewax's own
logging is Rust `tracing` filtered to ERROR by default (`bytewax.tracing`'s `get_log_level`
falls back to `LevelFilter::ERROR`), so a Bytewax worker's log is the dataflow's own prints and
Python tracebacks, with almost nothing of Bytewax's.

- Maxwell's daemon v1.41.2 (`cdc01-maxwell.log`, `cdc02-maxwell.log`: `docker logs` of the
  `zendesk/maxwell` container on two CDC hosts, one for the `shop` MySQL cluster and one for
  `billing`, both producing to one Kafka cluster with kafka-clients 2.7.0). log4j2's
  `%d{yyyy-MM-dd HH:mm:ss} %-5level %logger{1} - %msg%n` on stderr (whole seconds: `2024-06-07
  06:00:03 INFO  Maxwell - Starting Maxwell. maxMemory: 1908932608 bufferMemoryUsage: 0.25`),
  `bin/maxwell`'s bare `Using kafka version: 2.7.0` before it, Kafka's `ProducerConfig values: `
  dump (tab-indented lines that continue it) and AppInfoParser lines at start-up, the banner
  (`Maxwell v%s is booting (%s), starting at %s`), schema restore (`Restoring schema id %d (last
  modified at %s)`, `beginning to play deltas...`, `played %d deltas in %dms`), the binlog
  connect (`Setting initial binlog pos to: %s:%d`, BinaryLogClient's `Connected to %s:%d at %s/%d
  (sid:%d, cid:%d)`, `Binlog connected.`). Broker kafka-2 down 07:42-07:51 during a rolling
  restart: the producer's NetworkClient `Connection to node %d (%s) could not be established.
  Broker may not be available.` every second or so, `Error while fetching metadata with
  correlation id %d : %s`, and every record of the partitions it led expiring after 120 s as
  KafkaCallback's two ERROR lines (`TimeoutException @ Position[...] -- {"database":...}` and
  `Expiring %d record(s) for %s:%d ms has passed since batch creation`). A bulk product import on
  `shop` at 10:15 (`RecordTooLargeException @ ...`, `The message is %d bytes when serialized which
  is larger than %d, which is the value of the max.request.size configuration.`, `Considering
  raising max.request.size broker-side.`). `billing`'s primary failed over at 09:30: the binlog
  stream breaks (`communications failure in binlog:` with a java.io.EOFException stack, `Binlog
  disconnected.`, `replicator stopped at position: %s -- restarting`, `Reconnection attempt: %s of
  %s`), the new primary has another server id, so the replicator throws `Master id changed from
  %d to %d while using binlog coordinate positioning. ...`, the TaskManager stops (`Stopping %d
  tasks`, `cause: ` with the stack, `Stopping: %s` per task, `Stopped all tasks`), main's
  printStackTrace writes the exception bare, and docker restarts the container, which captures a
  new schema (`Maxwell is capturing initial schema`). Both containers are restarted at 11:30 for
  a config change (`Sending final heartbeat: %d`, `Storing final position: %s`).
- Fluvio 0.11.9 on Kubernetes (`fluvio-sc-6f8d9c7b5-q4wzx.log`, `fluvio-spg-main-0.log`,
  `fluvio-spg-main-1.log`, `fluvio-spg-main-2.log`: `kubectl logs` of the SC and the three SPU
  pods, tracing-subscriber's default format `2024-06-07T06:00:04.512331Z  INFO
  accept_incoming{self=FluvioApiServer("0.0.0.0:9003")}: fluvio_service::server: Received
  connection, spawning request handler`, spans and fields being context). Each client connection
  logs `Received connection, spawning request handler` and, when it ends, `Response sent
  successfully, closing connection` with `host` and `peer_addr` fields (the monitoring probe's
  `fluvio topic list` against the SC every minute, producers and consumers on the SPUs), or
  `Error handling stream: %s` when the peer goes away; the SPU pod `fluvio-spg-main-2`
  evicted 08:20 and back 08:27 (SC: `Terminating connection to SPU`, `update health status`,
  `changing to new leader`, `setting partition to offline`, the followers' `lost connection to
  leader, sleeping 5 seconds and will retry it`, `error connecting to leader at: <%s> err: %s`,
  `sleeping seconds to connect to leader` with an exponential back-off, then the SPU's start-up:
  bare `starting spu server (id:%d)`, `Platform`, `Git`, six `System` lines with one field each,
  `Uptime in secs`, `trying to create socket to sc`, `connected to sc for spu`, `established
  connection to sc for spu: %d`, `spu '%d' registration successful`, `Opened TcpListener,
  waiting for connections`, bare `SPU Version: %s started successfully`, `connected to leader
  with spu %d as replica`, SC's `SPU connected`, `setting partition to online`); the SC upgraded
  at 10:05 (its bare `CLI Option: ScOpt {` pretty-printed over 14 lines, `Starting SC, platform:
  %s`, `Running with K8`, `starting k8 main loop`, `starting spu controller`,
  `started`, bare `Streaming Controller started successfully`, `init => health status change`)
  while the SPUs retry (`trying to create socket to sc`, `error connecting to sc: %s`, `sleeping
  ms`).
- Arroyo 0.11.1 on Kubernetes (`arroyo-controller-7b9f6d5c8-m2kqt.log`, and the workers of the
  fraud-scoring pipeline, `arroyo-worker-job-r3k8xq2mzp-1.log` before its recovery and
  `arroyo-worker-job-r3k8xq2mzp-2.log` after: `kubectl logs`, tracing's default format,
  structured `message = ...` events whose fields are context). Three pipelines checkpoint every
  30 or 60 s (`Starting checkpointing` / `Finished checkpointing` with `job_id`, `epoch`,
  `then_stop`, `duration`); Kafka down 08:10-08:17: the worker's librdkafka lines through the
  rdkafka crate (`librdkafka: FAIL [thrd:...]: ...: Connect to %s failed: %s (after %dms in
  state %s)`, `librdkafka: Global error: BrokerTransportFailure (Local: Broker transport
  failure): ...`), a task failure, the controller's `error while running`, `state transition`s
  Running -> Recovering -> Compiling -> Scheduling -> Running, `failed to clean cluster prior to
  scheduling`, `not enough slots for job` while the new pod waits for a node, `connecting to
  worker`, `restoring checkpoint`; a pipeline created at 09:00 and one stopped at 11:40
  (`Stopping` -> `Stopped`); a worker heartbeat timeout at 10:42 (`Received heartbeat for unknown
  worker`); the second worker's start-up (`Starting worker HTTP admin server on %s`, `Loading
  UDF %s`, `Worker moving to running phase`, `Initialization completed successfully`).
- Faust (faust-streaming 0.11.0, mode-streaming 0.4.1, aiokafka 0.10.0) replacing Bytewax
  (`orders-enricher-0.log`, `orders-enricher-1.log`: `kubectl logs` of the two workers of an
  order-enrichment app, `faust -A enricher worker -l info`; stdout is no terminal, so mode's
  colour formatter writes `[2024-06-07 06:00:02,114] [1] [INFO] [^Worker]: Starting... ` with
  no colours and a trailing space for the empty `%(extra)s`; the service beacon `[^--Consumer]:`
  is context): the start-up banner table (bare), `Starting...` for every service, the rebalance
  (aiokafka's `Revoking previously assigned partitions %s for group %s`, `Elected group leader --
  performing partition assignments using %s`, `Joined group '%s' (generation %s) with member_id
  %s`, `Successfully synced group %s with generation %s`, `Setting newly assigned partitions %s
  for group %s`, faust's `Waiting for lock to pause partitions` / `Acquired lock to pause
  partitions` / `Released pause partitions lock`, `Highwater for %s changelog partitions:` and
  `%s offsets at start of reading:` tables, `Resuming flow...`, `Recovery complete`, `Restore
  complete!`, `Seek stream partitions to committed offsets.`, `Worker ready`, `Ready`), the app's
  own `processed %d orders in the last %d seconds (lag %d)` every minute and `customer %s not in
  table, enriching with defaults`, mode's `Timer commit woke up too late, with a drift of +%r
  runtime=%r sleeptime=%r`; a broker restart 08:40 (aiokafka's `Unable connect to node with id
  %s: %s`, `Heartbeat failed for group %s because it is rebalancing`, `OffsetCommit failed for
  group %s due to group error (%s), will rejoin`); the enrich agent crashing on a malformed
  order at 09:50 (`Crashed reason=%r` with its traceback) and the pod restarted; a deploy at
  11:00 (`Stopping...` per service).
- Apache Beam 2.56.0 (`beam-flink-jobserver.log`: `docker logs` of the
  `apache/beam_flink1.17_job_server` container, java.util.logging's two-line SimpleFormatter
  records `Jun 07, 2024 6:00:05 AM org.apache.beam.runners.jobsubmission.JobServerDriver
  createArtifactStagingService` / `INFO: ArtifactStagingService started on 0.0.0.0:8098`, the
  second line continuing the first; `etl-launcher.log`: the cron jobs that submit the team's
  Python pipelines with `--runner=PortableRunner --job_endpoint=beam-jobserver:8099`, stdout and
  stderr appended, Python logging's `basicConfig` default `INFO:apache_beam...:message` without
  time). Per submission (six pipelines, every 15, 30 or 60 minutes) the launcher's
  `==================== %s ====================` translation phases and `Job state changed to
  %s`; the job server's artifact staging (`Staging artifacts for %s.`, `Resolving artifacts for
  %s.%s.`, `Getting %d artifacts for %s.%s.`, `Artifacts fully staged for %s.`), `Invoking job %s
  with pipeline runner %s`, `Starting job invocation %s`, `Translating pipeline to Flink
  program.`, `Creating a Batch Execution Environment.`, `Using Flink Master URL %s.`, Flink's
  `The job has %d registered types and %d default Kryo serializers`, `Submitting job '%s' (%s).`,
  `Successfully submitted job '%s' (%s) to '%s'.`, `Execution finished in %d msecs`, `Final
  accumulator values:` and `%s : %s` with the metrics JSON over many lines. The Flink
  JobManager restarted 08:30-08:42 (`SEVERE: Error during job invocation %s.` with a
  `java.util.concurrent.ExecutionException` stack; the launcher's `ERROR:...:%s` root cause,
  `Job state changed to FAILED` and a bare Python traceback ending `RuntimeError: Pipeline %s
  failed in state FAILED: %s`), `returns_audit`'s 11:00 run failing on a row loaded at 10:20 (`Error during job
  invocation %s.` again, `Job failed (JobID: %s)` and the SDK harness's traceback in its stack;
  the launcher's `java.lang.RuntimeException: Error received from SDK harness for instruction
  %s: Traceback (most recent call last):`), the job server restarted at 11:05 (`Job server now running, terminate with Ctrl+C`, and
  the launcher's `WARNING:root:Waiting for grpc channel to be ready at %s.`).

Label notes. The heads are context: log4j2's date, level and logger, kafka-clients' `[Producer
clientId=producer-1] ` prefix, tracing's time, level, spans and target with the event's fields,
mode's date, pid, level and service beacon, JUL's date line and level word, Python logging's
`LEVEL:logger:`. A value that is an error contributes its format (Kafka's TimeoutException and
RecordTooLargeException texts, the io errors inside Fluvio's messages, librdkafka's lines,
aiokafka's connect error, the root causes the Beam launcher logs). Lines a program prints
without a head are events of their own labelled as their literals (`Using kafka version: %s`,
Maxwell's printStackTrace, Fluvio's println lines and the SC's `CLI Option:` dump, Faust's banner,
the launcher's traceback); the later lines of one write have no row (stacks, the ProducerConfig
dump, the CLI option dump, Faust's tables, the metrics JSON, JUL's message line).

Least sure (written from the helper's knowledge; checked against copies of the sources: Maxwell's
log4j2.xml, Maxwell.java, BinlogConnectorReplicator, KafkaCallback, MysqlSavedSchema,
MysqlSchemaCompactor, MaxwellContext and TaskManager; Fluvio's SPU and SC start-up, the SPU's SC
dispatcher, the follower controller, fluvio-service's server, the SC's private server, SPU
controller and partition reducer, fluvio-future's subscriber; Arroyo's logging set-up, states,
job controller, running and scheduling states, worker start-up; mode's logging formats and
Timer; Faust's recovery messages; Beam's JobServerDriver, JobInvocation, FlinkPipelineRunner, and
a real job server log for the artifact and Flink client lines): Maxwell's `Storing final position:
%s` (from an older PositionStoreThread) and whether 1.41.2 defaults to kafka-clients 2.7.0 with
`Broker may not be available.`; Fluvio's span renderings (`respond{socket=fd(17) ...}`), the
SpuStatus Display, the SocketError texts and the `CLI Option:` contents; Arroyo's
librdkafka lines and task-failure text, the worker's admin server name and the 0.11 field sets;
Faust's banner, the consumer lock messages, aiokafka's group and connection messages, the crash
and restart messages; the Beam launcher's translation phase lines under PortableRunner, the
metrics JSON and the Flink client exception chain.
"""

from __future__ import annotations

import itertools
import json
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
US = 1


def every(
    r: random.Random, t0: datetime, t1: datetime, period: float, jitter: float
) -> list[datetime]:
    """Instants from t0 to t1 about `period` seconds apart (each moved by up to `jitter`)."""
    out, t = [], t0
    while t < t1:
        out.append(t + sec(r.uniform(0, jitter)))
        t += sec(period)
    return out


def iso6(t: datetime) -> str:
    return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}Z"


def tracing(t: datetime, level: str, spans: str, target: str, msg: str) -> str:
    """tracing-subscriber's default (full) format, no ANSI: time, level padded to 5, the span
    path with its fields, the target, the message and the event's fields."""
    return f"{iso6(t)} {level:>5} {spans}{target}: {msg}"


# ---------------------------------------------------------------------------------- maxwell

MX_VERSION = "1.41.2"
MX_KAFKA = "2.7.0"
MX_PRODUCER_CONFIG = [
    "acks = 1",
    "batch.size = 16384",
    "bootstrap.servers = [kafka-0.kafka.svc.cluster.local:9092, kafka-1.kafka.svc.cluster.local:9092, kafka-2.kafka.svc.cluster.local:9092]",
    "buffer.memory = 33554432",
    "client.dns.lookup = use_all_dns_ips",
    "client.id = producer-1",
    "compression.type = snappy",
    "connections.max.idle.ms = 540000",
    "delivery.timeout.ms = 120000",
    "enable.idempotence = false",
    "interceptor.classes = []",
    "internal.auto.downgrade.txn.commit = false",
    "key.serializer = class org.apache.kafka.common.serialization.StringSerializer",
    "linger.ms = 0",
    "max.block.ms = 60000",
    "max.in.flight.requests.per.connection = 5",
    "max.request.size = 1048576",
    "metadata.max.age.ms = 300000",
    "metadata.max.idle.ms = 300000",
    "metric.reporters = []",
    "partitioner.class = class org.apache.kafka.clients.producer.internals.DefaultPartitioner",
    "receive.buffer.bytes = 32768",
    "reconnect.backoff.max.ms = 1000",
    "reconnect.backoff.ms = 50",
    "request.timeout.ms = 30000",
    "retries = 2147483647",
    "retry.backoff.ms = 100",
    "security.protocol = PLAINTEXT",
    "send.buffer.bytes = 131072",
    "transaction.timeout.ms = 60000",
    "transactional.id = null",
    "value.serializer = class org.apache.kafka.common.serialization.StringSerializer",
]
MX_TABLES = {
    "cdc01": [
        ("shop", "orders", 30),
        ("shop", "order_items", 34),
        ("shop", "payments", 10),
        ("shop", "carts", 16),
        ("shop", "inventory", 8),
        ("shop", "shipments", 5),
    ],
    "cdc02": [
        ("billing", "invoices", 12),
        ("billing", "invoice_lines", 18),
        ("billing", "ledger_entries", 10),
        ("billing", "subscriptions", 4),
    ],
}
MX_DB_HOST = {"cdc01": "10.20.1.15", "cdc02": "10.20.2.21"}
MX_TASKS = [
    "com.zendesk.maxwell.schema.PositionStoreThread@{h}",
    "com.zendesk.maxwell.producer.MaxwellKafkaProducerWorker@{h}",
    "com.zendesk.maxwell.schema.MysqlSchemaCompactor@{h}",
    "com.zendesk.maxwell.replication.BinlogConnectorReplicator@{h}",
]
MX_EOF_STACK = [
    "java.io.EOFException: null",
    "\tat com.github.shyiko.mysql.binlog.io.ByteArrayInputStream.read(ByteArrayInputStream.java:209) ~[mysql-binlog-connector-java-0.29.2.jar:0.29.2]",
    "\tat com.github.shyiko.mysql.binlog.io.ByteArrayInputStream.readInteger(ByteArrayInputStream.java:51) ~[mysql-binlog-connector-java-0.29.2.jar:0.29.2]",
    "\tat com.github.shyiko.mysql.binlog.network.protocol.PacketChannel.read(PacketChannel.java:59) ~[mysql-binlog-connector-java-0.29.2.jar:0.29.2]",
    "\tat com.github.shyiko.mysql.binlog.BinaryLogClient.listenForEventPackets(BinaryLogClient.java:1043) [mysql-binlog-connector-java-0.29.2.jar:0.29.2]",
    "\tat com.github.shyiko.mysql.binlog.BinaryLogClient.connect(BinaryLogClient.java:631) [mysql-binlog-connector-java-0.29.2.jar:0.29.2]",
    "\tat com.github.shyiko.mysql.binlog.BinaryLogClient$7.run(BinaryLogClient.java:932) [mysql-binlog-connector-java-0.29.2.jar:0.29.2]",
    "\tat java.lang.Thread.run(Thread.java:829) [?:?]",
]
MX_MASTER = "Master id changed from %d to %d while using binlog coordinate positioning. Cannot continue with the info that we have"
MX_MASTER_FRAMES = [
    "\tat com.zendesk.maxwell.replication.BinlogConnectorReplicator.ensureReplicatorThread(BinlogConnectorReplicator.java:419)",
    "\tat com.zendesk.maxwell.replication.BinlogConnectorReplicator.getRow(BinlogConnectorReplicator.java:628)",
    "\tat com.zendesk.maxwell.replication.BinlogConnectorReplicator.work(BinlogConnectorReplicator.java:220)",
    "\tat com.zendesk.maxwell.util.RunLoopProcess.runLoop(RunLoopProcess.java:48)",
    "\tat com.zendesk.maxwell.Maxwell.startInner(Maxwell.java:283)",
    "\tat com.zendesk.maxwell.Maxwell.start(Maxwell.java:209)",
    "\tat com.zendesk.maxwell.Maxwell.main(Maxwell.java:330)",
]


def mx_pos(f: int, off: int, hb: int) -> str:
    return f"Position[BinlogPosition[mysql-bin.{f:06d}:{off}], lastHeartbeat={hb}]"


def maxwell(r: random.Random) -> list[Log]:
    """Two Maxwell containers, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    gen = {"cdc01": 0, "cdc02": 0}
    st = {
        "cdc01": {"file": 412, "off": 88123, "schema": 7, "server": 101, "hb": 1717743544117},
        "cdc02": {"file": 233, "off": 4410, "schema": 3, "server": 201, "hb": 1717743551402},
    }

    def ms_epoch(t: datetime) -> int:
        return int(t.timestamp() * 1000) + r.randint(0, 999)

    def L(
        h: str,
        t: datetime,
        level: str,
        logger: str,
        label: str,
        msg: str,
        cont: list[str] | None = None,
    ) -> datetime:
        lines = [msg] + (cont or [])
        return fs.add(
            f"{h}-maxwell.log",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%d %H:%M:%S} {level:<5} {logger} - {lines[0]}", *lines[1:]],
            (h, gen[h]),
            SEC,
        )

    def bare(h: str, t: datetime, label: str, lines: list[str]) -> datetime:
        return fs.add(f"{h}-maxwell.log", t, label, lambda x: lines, (h, gen[h]), SEC)

    def pos(h: str) -> str:
        s = st[h]
        return mx_pos(s["file"], s["off"], s["hb"])

    def advance(h: str, t: datetime) -> None:
        s = st[h]
        s["off"] += r.randint(2000, 90000)
        if s["off"] > 1_073_000_000 // 8:
            s["file"] += 1
            s["off"] = 4 + r.randint(150, 900)
        s["hb"] = ms_epoch(t)

    def startup(h: str, t: datetime, fresh_schema: bool = False) -> datetime:
        gen[h] += 1
        s = st[h]
        t = bare(h, t, "Using kafka version: %s", [f"Using kafka version: {MX_KAFKA}"])
        t = L(
            h,
            t + sec(r.uniform(0.6, 1.4)),
            "INFO",
            "Maxwell",
            "Starting Maxwell. maxMemory: %d bufferMemoryUsage: %s",
            "Starting Maxwell. maxMemory: 1908932608 bufferMemoryUsage: 0.25",
        )
        t = L(
            h,
            t + sec(r.uniform(0.3, 0.9)),
            "INFO",
            "ProducerConfig",
            "%s values: ",
            "ProducerConfig values: ",
            ["\t" + c for c in MX_PRODUCER_CONFIG] + [""],
        )
        t = L(
            h,
            t + sec(0.2),
            "INFO",
            "AppInfoParser",
            "Kafka version: %s",
            f"Kafka version: {MX_KAFKA}",
        )
        t = L(
            h,
            t + sec(0.01),
            "INFO",
            "AppInfoParser",
            "Kafka commitId: %s",
            "Kafka commitId: 448719dc99a19793",
        )
        t = L(
            h,
            t + sec(0.01),
            "INFO",
            "AppInfoParser",
            "Kafka startTimeMs: %d",
            f"Kafka startTimeMs: {ms_epoch(t)}",
        )
        if fresh_schema:
            s["server"] += 1
            s["file"] = r.randint(40, 90)
            s["off"] = r.randint(1000, 90000)
            s["hb"] = 0
        t = L(
            h,
            t + sec(r.uniform(0.2, 0.8)),
            "INFO",
            "Maxwell",
            "Maxwell v%s is booting (%s), starting at %s",
            f"Maxwell v{MX_VERSION} is booting (MaxwellKafkaProducer), starting at {pos(h)}",
        )
        if fresh_schema:
            t = L(
                h,
                t + sec(0.1),
                "INFO",
                "AbstractSchemaStore",
                "Maxwell is capturing initial schema",
                "Maxwell is capturing initial schema",
            )
            s["schema"] += 1
        else:
            t = L(
                h,
                t + sec(0.2),
                "INFO",
                "MysqlSavedSchema",
                "Restoring schema id %d (last modified at %s)",
                f"Restoring schema id {s['schema']} (last modified at {mx_pos(s['file'] - r.randint(1, 9), r.randint(4000, 900000), s['hb'] - r.randint(10_000_000, 90_000_000))})",
            )
            t = L(
                h,
                t + sec(0.05),
                "INFO",
                "MysqlSavedSchema",
                "beginning to play deltas...",
                "beginning to play deltas...",
            )
            t = L(
                h,
                t + sec(0.05),
                "INFO",
                "MysqlSavedSchema",
                "played %d deltas in %dms",
                f"played {r.randint(3, 41)} deltas in {r.randint(12, 240)}ms",
            )
        t = L(
            h,
            t + sec(r.uniform(0.1, 0.6)),
            "INFO",
            "BinlogConnectorReplicator",
            "Setting initial binlog pos to: %s:%d",
            f"Setting initial binlog pos to: mysql-bin.{s['file']:06d}:{s['off']}",
        )
        t = L(
            h,
            t + sec(0.1),
            "INFO",
            "BinaryLogClient",
            "Connected to %s:%d at %s/%d (sid:%d, cid:%d)",
            f"Connected to {MX_DB_HOST[h]}:3306 at mysql-bin.{s['file']:06d}/{s['off']} (sid:6379, cid:{r.randint(1200, 98000)})",
        )
        t = L(
            h,
            t + sec(0.01),
            "INFO",
            "BinlogConnectorReplicator",
            "Binlog connected.",
            "Binlog connected.",
        )
        t = L(
            h,
            t + sec(r.uniform(0.2, 0.6)),
            "INFO",
            "Metadata",
            "Cluster ID: %s",
            "[Producer clientId=producer-1] Cluster ID: 4kQf2vXQTgqZJ6bHa3mP8w",
        )
        return t

    def shutdown(h: str, t: datetime, error: bool) -> datetime:
        if not error:
            t = L(
                h,
                t,
                "INFO",
                "MaxwellContext",
                "Sending final heartbeat: %d",
                f"Sending final heartbeat: {ms_epoch(t)}",
            )
        t = L(
            h,
            t + sec(0.2),
            "INFO",
            "TaskManager",
            "Stopping %d tasks",
            f"Stopping {len(MX_TASKS)} tasks",
        )
        if error:
            a, b = st[h]["server"], st[h]["server"] + 1
            t = L(
                h,
                t,
                "ERROR",
                "TaskManager",
                "cause: ",
                "cause: ",
                ["java.lang.Exception: " + MX_MASTER % (a, b), *MX_MASTER_FRAMES],
            )
        for task in MX_TASKS:
            t = L(
                h,
                t,
                "INFO",
                "TaskManager",
                "Stopping: %s",
                "Stopping: " + task.format(h=hexid(r, 8).lstrip("0") or "1"),
            )
            if "PositionStore" in task and not error:
                t = L(
                    h,
                    t,
                    "INFO",
                    "PositionStoreThread",
                    "Storing final position: %s",
                    f"Storing final position: {pos(h)}",
                )
        return L(
            h,
            t + sec(r.uniform(0.5, 1.2)),
            "INFO",
            "TaskManager",
            "Stopped all tasks",
            "Stopped all tasks",
        )

    def kafka_outage(h: str, t0: datetime, t1: datetime, records: int) -> None:
        t = t0
        L(
            h,
            t,
            "INFO",
            "NetworkClient",
            "Node %d disconnected.",
            "[Producer clientId=producer-1] Node 2 disconnected.",
        )
        while t < t1:
            t += sec(r.uniform(0.9, 1.15))
            L(
                h,
                t,
                "WARN",
                "NetworkClient",
                "Connection to node %d (%s) could not be established. Broker may not be available.",
                "[Producer clientId=producer-1] Connection to node 2 (kafka-2.kafka.svc.cluster.local/10.20.4.12:9092) could not be established. Broker may not be available.",
            )
            if r.random() < 0.06:
                L(
                    h,
                    t + sec(0.3),
                    "WARN",
                    "NetworkClient",
                    "Error while fetching metadata with correlation id %d : %s",
                    f"[Producer clientId=producer-1] Error while fetching metadata with correlation id {r.randint(3000, 9000)} : {{maxwell.{MX_TABLES[h][0][0]}=LEADER_NOT_AVAILABLE}}",
                )
        # the records the partitions on node 2 held expire 120 s after their batch was made
        tables = MX_TABLES[h]
        weights = [w for *_, w in tables]
        te = t0 + sec(120)
        for _ in range(records):
            te += sec((t1 - t0).total_seconds() / records * r.uniform(0.6, 1.4))
            db, table, _w = r.choices(tables, weights)[0]
            advance(h, te)
            key = json.dumps(
                {"database": db, "table": table, "pk.id": r.randint(10_000, 9_999_999)},
                separators=(",", ":"),
            )
            L(
                h,
                te,
                "ERROR",
                "MaxwellKafkaProducer",
                "%s @ %s -- %s",
                f"TimeoutException @ {pos(h)} -- {key}",
            )
            n = r.choice([1, 1, 1, 2, 3, 4, 7, 12])
            L(
                h,
                te,
                "ERROR",
                "MaxwellKafkaProducer",
                "Expiring %d record(s) for %s:%d ms has passed since batch creation",
                f"Expiring {n} record(s) for maxwell.{db}-{r.choice([1, 4, 7])}:{120000 + r.randint(1, 900)} ms has passed since batch creation",
            )

    # cdc01 (shop)
    h = "cdc01"
    t = startup(h, T0 + sec(2.4))
    kafka_outage(h, at(7, 42, 5), at(7, 48, 30), 470)
    for i in range(6):
        tt = at(10, 15, 10) + sec(i * r.uniform(40, 95))
        advance(h, tt)
        key = json.dumps(
            {"database": "shop", "table": "product_media", "pk.id": r.randint(5000, 9000)},
            separators=(",", ":"),
        )
        L(
            h,
            tt,
            "ERROR",
            "MaxwellKafkaProducer",
            "%s @ %s -- %s",
            f"RecordTooLargeException @ {pos(h)} -- {key}",
        )
        L(
            h,
            tt,
            "ERROR",
            "MaxwellKafkaProducer",
            "The message is %d bytes when serialized which is larger than %d, which is the value of the max.request.size configuration.",
            f"The message is {r.randint(1_100_000, 2_900_000)} bytes when serialized which is larger than 1048576, which is the value of the max.request.size configuration.",
        )
        L(
            h,
            tt,
            "ERROR",
            "MaxwellKafkaProducer",
            "Considering raising max.request.size broker-side.",
            "Considering raising max.request.size broker-side.",
        )
    L(
        h,
        at(8, 31, 12),
        "INFO",
        "MysqlSchemaCompactor",
        "compacting schemas before %d",
        f"compacting schemas before {st[h]['schema'] + 1}",
    )
    st[h]["schema"] += 1
    shutdown(h, at(11, 30, 4), False)
    startup(h, at(11, 30, 21))

    # cdc02 (billing)
    h = "cdc02"
    startup(h, T0 + sec(3.1))
    kafka_outage(h, at(7, 42, 6), at(7, 48, 30), 190)
    L(
        h,
        at(7, 5, 40),
        "WARN",
        "MysqlSchemaCompactor",
        "Not compacting schema %s, client '%s' @ %s has not reached that position yet",
        f"Not compacting schema {st[h]['schema'] + 1}, client 'maxwell-billing-replay' @ {mx_pos(st[h]['file'] - 3, 1204, 1717720000123)} has not reached that position yet",
    )
    # primary failover at 09:30
    t = at(9, 30, 11)
    advance(h, t)
    t = L(
        h,
        t,
        "WARN",
        "BinlogConnectorReplicator",
        "communications failure in binlog:",
        "communications failure in binlog:",
        MX_EOF_STACK,
    )
    t = L(h, t, "INFO", "BinlogConnectorReplicator", "Binlog disconnected.", "Binlog disconnected.")
    t = L(
        h,
        t + sec(0.2),
        "WARN",
        "BinlogConnectorReplicator",
        "replicator stopped at position: %s -- restarting",
        f"replicator stopped at position: mysql-bin.{st[h]['file']:06d}:{st[h]['off']} -- restarting",
    )
    for n in range(1, 7):
        t = L(
            h,
            t + sec(5.0 if n > 1 else 0.01),
            "INFO",
            "BinlogConnectorReplicator",
            "Reconnection attempt: %s of %s",
            f"Reconnection attempt: {n} of unlimited",
        )
    t = L(
        h,
        t + sec(1.3),
        "INFO",
        "BinaryLogClient",
        "Connected to %s:%d at %s/%d (sid:%d, cid:%d)",
        f"Connected to {MX_DB_HOST[h]}:3306 at mysql-bin.{st[h]['file']:06d}/{st[h]['off']} (sid:6379, cid:{r.randint(20, 90)})",
    )
    t = L(h, t, "INFO", "BinlogConnectorReplicator", "Binlog connected.", "Binlog connected.")
    t = shutdown(h, t + sec(0.1), True)
    a, b = st[h]["server"], st[h]["server"] + 1
    t = bare(
        h,
        t + sec(0.2),
        "java.lang.Exception: " + MX_MASTER,
        ["java.lang.Exception: " + MX_MASTER % (a, b), *MX_MASTER_FRAMES],
    )
    t = startup(h, t + sec(r.uniform(6, 9)), fresh_schema=True)
    shutdown(h, at(11, 30, 9), False)
    startup(h, at(11, 30, 26))
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- fluvio

FL_VERSION = "0.11.9"
FL_GIT = "5a3d9b2f1c8e4d7a6b0c9e8f7d6c5b4a3e2d1f0a"
FL_SC_POD = "fluvio-sc-6f8d9c7b5-q4wzx"
FL_TOPICS = [("orders", 6), ("payments", 3), ("clickstream", 6), ("inventory-events", 3)]
FL_SRV = "fluvio_service::server"
FL_DISP = "fluvio_spu::control_plane::dispatcher"
FL_FOLLOW = "fluvio_spu::replication::follower::controller"


def fluvio(r: random.Random) -> list[Log]:
    """The SC and three SPUs, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    inc = {"sc": 0, 0: 0, 1: 0, 2: 0}
    fd = {"sc": 14, 0: 12, 1: 12, 2: 12}

    def fname(who: object) -> str:
        return f"{FL_SC_POD}.log" if who == "sc" else f"fluvio-spg-main-{who}.log"

    def E(
        who: object,
        t: datetime,
        level: str,
        spans: str,
        target: str,
        label: str,
        msg: str,
        cont: list[str] | None = None,
    ) -> datetime:
        lines = cont or []
        return fs.add(
            fname(who),
            t,
            label,
            lambda x: [tracing(x, level, spans, target, msg), *lines],
            (who, inc[who]),
            US,
        )

    def bare(who: object, t: datetime, label: str, lines: list[str]) -> datetime:
        return fs.add(fname(who), t, label, lambda x: lines, (who, inc[who]), US)

    def nextfd(who: object) -> int:
        fd[who] += r.randint(1, 3)
        if fd[who] > 60:
            fd[who] = 12 + r.randint(0, 5)
        return fd[who]

    # partitions: (topic, idx) -> leader, replicas
    parts = {}
    for topic, n in FL_TOPICS:
        for i in range(n):
            parts[(topic, i)] = i % 3
    down: list[tuple[datetime, datetime, object]] = []

    def system_lines(who: object, t: datetime) -> datetime:
        t = E(
            who,
            t,
            "INFO",
            "",
            "fluvio_sc::start" if who == "sc" else "fluvio_spu::start",
            "Platform",
            f'Platform version="{FL_VERSION}"',
        )
        t = E(
            who,
            t + sec(0.00004),
            "INFO",
            "",
            "fluvio_sc::start" if who == "sc" else "fluvio_spu::start",
            "Git",
            f'Git commit="{FL_GIT}"',
        )
        tgt = "fluvio_sc::start" if who == "sc" else "fluvio_spu::start"
        for field in [
            'name=Some("Debian GNU/Linux")',
            'kernel=Some("6.1.0-21-cloud-amd64")',
            'os_version=Some("Linux 12 Debian GNU/Linux")',
            "core_count=Some(4)",
            f"total_memory={16_768_401_408}",
            f"available_memory={r.randint(9_000_000_000, 12_500_000_000)}",
        ]:
            t = E(who, t + sec(0.00002), "INFO", "", tgt, "System", f"System {field}")
        return E(
            who,
            t + sec(0.00002),
            "INFO",
            "",
            tgt,
            "Uptime in secs",
            f"Uptime in secs uptime={r.randint(86_400, 2_600_000)}",
        )

    def listener(who: object, t: datetime, port: int) -> datetime:
        return E(
            who,
            t,
            "INFO",
            f'accept_incoming{{self=FluvioApiServer("0.0.0.0:{port}")}}: ',
            FL_SRV,
            "Opened TcpListener, waiting for connections",
            "Opened TcpListener, waiting for connections",
        )

    def connection(
        who: object, t: datetime, port: int, peer: str, dur: float, err: str = ""
    ) -> None:
        E(
            who,
            t,
            "INFO",
            f'accept_incoming{{self=FluvioApiServer("0.0.0.0:{port}")}}: ',
            FL_SRV,
            "Received connection, spawning request handler",
            "Received connection, spawning request handler",
        )
        sp = f'handle_request{{host="0.0.0.0:{port}"}}: '
        if err:
            label = "Error handling stream: " + err.replace("(os error 104)", "(os error %d)")
            E(
                who,
                t + sec(dur),
                "ERROR",
                sp,
                FL_SRV,
                label,
                f"Error handling stream: {err} host=0.0.0.0:{port} peer_addr={peer}",
            )
        else:
            E(
                who,
                t + sec(dur),
                "INFO",
                sp,
                FL_SRV,
                "Response sent successfully, closing connection",
                f"Response sent successfully, closing connection host=0.0.0.0:{port} peer_addr={peer}",
            )

    def spu_to_sc(spu: int, t: datetime, attempts: int) -> datetime:
        for _ in range(attempts):
            t = E(
                spu,
                t,
                "INFO",
                "",
                FL_DISP,
                "trying to create socket to sc",
                f"trying to create socket to sc sc_endpoint=fluvio-sc-internal:9004 spu_id={spu}",
            )
            t = E(
                spu,
                t + sec(r.uniform(0.001, 0.004)),
                "WARN",
                "",
                FL_DISP,
                "error connecting to sc: Socket io Connection refused (os error %d)",
                "error connecting to sc: Socket io Connection refused (os error 111)",
            )
            t = E(
                spu,
                t + sec(0.00003),
                "INFO",
                "",
                FL_DISP,
                "sleeping ms",
                f"sleeping ms wait_interval=3000 spu_id={spu}",
            )
            t += sec(3.0)
        t = E(
            spu,
            t,
            "INFO",
            "",
            FL_DISP,
            "trying to create socket to sc",
            f"trying to create socket to sc sc_endpoint=fluvio-sc-internal:9004 spu_id={spu}",
        )
        t = E(
            spu,
            t + sec(r.uniform(0.001, 0.003)),
            "INFO",
            "",
            FL_DISP,
            "connected to sc for spu",
            f"connected to sc for spu spu_id={spu}",
        )
        t = E(
            spu,
            t + sec(0.0002),
            "INFO",
            "",
            FL_DISP,
            "established connection to sc for spu: %d",
            f"established connection to sc for spu: {spu}",
        )
        return E(
            spu,
            t + sec(r.uniform(0.001, 0.003)),
            "INFO",
            f"send_spu_registration{{socket={nextfd(spu)}}}: ",
            FL_DISP,
            "spu '%d' registration successful",
            f"spu '{spu}' registration successful",
        )

    def sc_sees_spu(t: datetime, spu: int, init: bool) -> datetime:
        peer = f"10.42.{spu + 1}.{r.randint(10, 250)}:{r.randint(32768, 60999)}"
        E(
            "sc",
            t,
            "INFO",
            'accept_incoming{self=FluvioApiServer("0.0.0.0:9004")}: ',
            FL_SRV,
            "Received connection, spawning request handler",
            "Received connection, spawning request handler",
        )
        t = E(
            "sc",
            t + sec(0.0011),
            "INFO",
            f'respond{{socket=fd({nextfd("sc")}) _connection=peer("{peer}")}}: ',
            "fluvio_sc::services::private_api::private_server",
            "SPU connected",
            f"SPU connected spu_id={spu}",
        )
        label = "init => health status change" if init else "update health status"
        return E(
            "sc",
            t + sec(0.0004),
            "INFO",
            "SpuControllerLoop:sync_store{counter=0}: ",
            "fluvio_sc::controllers::spus::controller",
            label,
            f"{label} id={spu} status=Online",
        )

    def spu_start(spu: int, t: datetime) -> datetime:
        inc[spu] += 1
        t = bare(spu, t, "starting spu server (id:%d)", [f"starting spu server (id:{spu})"])
        t = system_lines(spu, t + sec(0.0003))
        t = listener(spu, t + sec(0.0005), 9006)
        t = listener(spu, t + sec(0.00002), 9005)
        t = bare(
            spu,
            t + sec(0.0001),
            "SPU Version: %s started successfully",
            [f"SPU Version: {FL_VERSION} started successfully"],
        )
        return spu_to_sc(spu, t + sec(0.0002), 0)

    def follower_links(spu: int, t: datetime) -> None:
        for leader in (0, 1, 2):
            if leader == spu:
                continue
            E(
                spu,
                t + sec(r.uniform(0.01, 0.2)),
                "INFO",
                f"FollowerGroupController{{leader={leader}}}: ",
                FL_FOLLOW,
                "connected to leader with spu %d as replica",
                f"connected to leader with spu {leader} as replica",
            )

    def sc_start(t: datetime) -> datetime:
        inc["sc"] += 1
        opt = [
            "CLI Option: ScOpt {",
            '    bind_public: Some("0.0.0.0:9003"),',
            '    bind_private: Some("0.0.0.0:9004"),',
            "    namespace: Some(",
            '        "fluvio",',
            "    ),",
            "    k8: true,",
            "    local: None,",
            "    read_only: None,",
            "    tls: TlsConfig {",
            "        tls: false,",
            "        ..",
            "    },",
            "}",
        ]
        t = bare("sc", t, "CLI Option: %s", opt)
        t = system_lines("sc", t + sec(0.0004))
        t = bare(
            "sc",
            t + sec(0.0001),
            "Starting SC, platform: %s",
            [f"Starting SC, platform: {FL_VERSION}"],
        )
        t = E(
            "sc",
            t + sec(0.00003),
            "INFO",
            "",
            "fluvio_sc::start",
            "Running with K8",
            "Running with K8",
        )
        t = E(
            "sc",
            t + sec(0.002),
            "INFO",
            "",
            "fluvio_sc::start",
            "starting k8 main loop",
            "starting k8 main loop",
        )
        t = E(
            "sc",
            t + sec(0.01),
            "INFO",
            "",
            "fluvio_sc::controllers::spus::controller",
            "starting spu controller",
            "starting spu controller",
        )
        t = E(
            "sc",
            t + sec(0.0002),
            "INFO",
            "SpuControllerLoop: ",
            "fluvio_sc::controllers::spus::controller",
            "started",
            "started",
        )
        t = listener("sc", t + sec(0.0003), 9004)
        t = listener("sc", t + sec(0.00002), 9003)
        return bare(
            "sc",
            t + sec(0.05),
            "Streaming Controller started successfully",
            ["Streaming Controller started successfully"],
        )

    # 06:00 state: everything running since yesterday; the log starts with the kubectl window
    # probes against the SC, every minute, from the monitoring pod
    for t in every(r, T0 + sec(14), T_END, 60, 2.0):
        if at(10, 5, 0) <= t < at(10, 5, 50):
            continue
        if r.random() < 0.015:
            connection(
                "sc",
                t,
                9003,
                f"10.42.0.{r.randint(30, 40)}:{r.randint(32768, 60999)}",
                r.uniform(0.002, 0.02),
                "Socket closed",
            )
        else:
            connection(
                "sc",
                t,
                9003,
                f"10.42.0.{r.randint(30, 40)}:{r.randint(32768, 60999)}",
                r.uniform(0.003, 0.03),
            )
    # producers and consumers on the SPUs
    evict = (at(8, 20, 3), at(8, 27, 20))
    for spu in (0, 1, 2):
        for t in every(r, T0 + sec(r.uniform(5, 60)), T_END, 100, 60):
            if spu == 2 and evict[0] - sec(5) <= t < evict[1] + sec(10):
                continue
            peer = f"10.42.{r.choice([3, 4, 5])}.{r.randint(10, 250)}:{r.randint(32768, 60999)}"
            dur = r.uniform(0.05, 4.0) if r.random() < 0.7 else r.uniform(20, 110)
            err = ""
            if spu != 2 and evict[0] <= t < evict[1] and r.random() < 0.5:
                err = "Socket closed"
            elif r.random() < 0.02:
                err = "Socket io Connection reset by peer (os error 104)"
            connection(spu, t, 9005, peer, dur, err)
    down.append((evict[0], evict[1], 2))
    # spu 2 evicted
    t = evict[0]
    E(
        "sc",
        t + sec(0.4),
        "INFO",
        f'respond{{socket=fd({nextfd("sc")}) _connection=peer("10.42.3.77:51122")}}: ',
        "fluvio_sc::services::private_api::private_server",
        "Terminating connection to SPU",
        "Terminating connection to SPU spu_id=2",
    )
    E(
        "sc",
        t + sec(0.4006),
        "INFO",
        "SpuControllerLoop:sync_store{counter=0}: ",
        "fluvio_sc::controllers::spus::controller",
        "update health status",
        "update health status id=2 status=Offline",
    )
    tt = t + sec(0.401)
    for (topic, i), leader in sorted(parts.items()):
        if leader != 2:
            continue
        tt += sec(0.00005)
        if topic in ("clickstream",):
            E(
                "sc",
                tt,
                "INFO",
                "PartitionController:update_election_from_spu_changes:force_election_spu_off: ",
                "fluvio_sc::controllers::partitions::reducer",
                "setting partition to offline",
                f"setting partition to offline partition={topic}-{i} old_leader=2",
            )
        else:
            cand = r.choice([0, 1])
            E(
                "sc",
                tt,
                "INFO",
                "PartitionController:update_election_from_spu_changes:force_election_spu_off: ",
                "fluvio_sc::controllers::partitions::reducer",
                "changing to new leader",
                f"changing to new leader partition={topic}-{i} candidate_leader={cand}",
            )
    for spu in (0, 1):
        sp = "FollowerGroupController{leader=2}: "
        tt = t + sec(r.uniform(0.001, 0.05))
        tt = E(
            spu,
            tt,
            "WARN",
            sp,
            FL_FOLLOW,
            "lost connection to leader, sleeping 5 seconds and will retry it",
            "lost connection to leader, sleeping 5 seconds and will retry it",
        )
        tt += sec(5)
        wait = 1
        while tt < evict[1]:
            tt = E(
                spu,
                tt,
                "ERROR",
                sp,
                FL_FOLLOW,
                "error connecting to leader at: <%s> err: Socket io failed to lookup address information: Name or service not known",
                "error connecting to leader at: <fluvio-spg-main-2.fluvio-spg-main:9006> err: Socket io failed to lookup address information: Name or service not known",
            )
            tt = E(
                spu,
                tt + sec(0.00002),
                "INFO",
                sp,
                FL_FOLLOW,
                "sleeping seconds to connect to leader",
                f"sleeping seconds to connect to leader seconds={wait}",
            )
            tt += sec(wait)
            wait = min(wait * 2, 300)
    t = spu_start(2, evict[1])
    t = sc_sees_spu(t - sec(0.0008), 2, False)
    for (topic, i), leader in sorted(parts.items()):
        if leader == 2 and topic == "clickstream":
            t = E(
                "sc",
                t + sec(0.00005),
                "INFO",
                "PartitionController:update_election_from_spu_changes:force_election_spu_on: ",
                "fluvio_sc::controllers::partitions::reducer",
                "setting partition to online",
                f"setting partition to online partition={topic}-{i} online_leader_spu_id=2",
            )
    follower_links(2, t)
    for spu in (0, 1):
        E(
            spu,
            evict[1] + sec(r.uniform(20, 60)),
            "INFO",
            "FollowerGroupController{leader=2}: ",
            FL_FOLLOW,
            "connected to leader with spu %d as replica",
            "connected to leader with spu 2 as replica",
        )
    # the SC upgraded at 10:05
    up = at(10, 5, 2)
    for spu in (0, 1, 2):
        spu_to_sc(spu, up + sec(r.uniform(0.001, 0.01)), 7 + r.randint(0, 1))
    t = sc_start(up + sec(22.5))
    for spu in (0, 1, 2):
        t = sc_sees_spu(t + sec(r.uniform(0.5, 3.0)), spu, True)
    # a few more SPU/SC retries from short network blips
    for spu in (0, 1):
        t = at(11, 14, 30) + sec(r.uniform(0, 1))
        E(
            spu,
            t,
            "WARN",
            "",
            FL_DISP,
            "error connecting to sc: Socket io Connection refused (os error %d)",
            "error connecting to sc: Socket io Connection refused (os error 111)",
        )
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- arroyo

AR_JOBS = {
    "job_M4qzT8cWxb": ("orders_enriched", 60, 4),
    "job_r3k8xq2mzp": ("fraud_scores", 30, 8),
    "job_Hd7LpV2nYs": ("clickstream_sessions", 60, 2),
}
AR_CTRL = "arroyo-controller-7b9f6d5c8-m2kqt.log"
AR_STATES = "arroyo_controller::states"
AR_JC = "arroyo_controller::job_controller"


def arroyo(r: random.Random) -> list[Log]:
    """The controller and the fraud pipeline's workers, 06:00 to 12:00 (see the docstring)."""
    fs = Files()
    ctrl = ("controller", 1)

    def C(t: datetime, level: str, target: str, label: str, msg: str) -> datetime:
        return fs.add(AR_CTRL, t, label, lambda x: [tracing(x, level, "", target, msg)], ctrl, US)

    def W(f: str, t: datetime, level: str, target: str, label: str, msg: str) -> datetime:
        return fs.add(
            f, t, label, lambda x: [tracing(x, level, "", target, msg)], ("worker", f), US
        )

    epochs = {j: r.randint(1200, 3400) for j in AR_JOBS}
    epochs["job_Hd7LpV2nYs"] = 0

    def transition(t: datetime, job: str, a: str, b: str, ms: int) -> datetime:
        return C(
            t,
            "INFO",
            AR_STATES,
            "state transition",
            f'state transition job_id="{job}" from="{a}" to="{b}" duration_ms={ms}',
        )

    def checkpoints(
        job: str, t0: datetime, t1: datetime, gaps: list[tuple[datetime, datetime]]
    ) -> None:
        _name, period, _p = AR_JOBS[job]
        for t in every(r, t0, t1, period, 0.4):
            if in_any(t, gaps):
                continue
            epochs[job] += 1
            t = C(
                t,
                "INFO",
                AR_JC,
                "Starting checkpointing",
                f'Starting checkpointing job_id="{job}" epoch={epochs[job]} then_stop=false',
            )
            d = r.uniform(0.3, 2.4) if r.random() < 0.95 else r.uniform(5, 19)
            C(
                t + sec(d),
                "INFO",
                AR_JC,
                "Finished checkpointing",
                f'Finished checkpointing job_id="{job}" epoch={epochs[job]} duration={d:.7g}',
            )

    def start_chain(
        t: datetime, job: str, first: str, workers: int, restore: bool, waits: int = 0
    ) -> datetime:
        rs = job.lower().replace("_", "-")
        seq = (
            [first, "Compiling", "Scheduling"]
            if first != "Compiling"
            else ["Compiling", "Scheduling"]
        )
        for a, b in itertools.pairwise(seq):
            t = transition(t + sec(r.uniform(0.05, 0.4)), job, a, b, r.randint(20, 900))
        t = (
            C(
                t + sec(0.3),
                "WARN",
                f"{AR_STATES}::scheduling",
                "failed to clean cluster prior to scheduling",
                f'failed to clean cluster prior to scheduling job_id="{job}" error="NotFound: replicasets.apps \\"arroyo-worker-{rs}\\" not found"',
            )
            if restore
            else t
        )
        for _ in range(waits):
            t = C(
                t + sec(1.0),
                "WARN",
                f"{AR_STATES}::scheduling",
                "not enough slots for job",
                f'not enough slots for job job_id="{job}" slots_for_job={AR_JOBS[job][2]} slots_needed={AR_JOBS[job][2]}',
            )
        t += sec(r.uniform(8, 20))
        for _ in range(workers):
            t = C(
                t + sec(r.uniform(0.2, 2)),
                "INFO",
                f"{AR_STATES}::scheduling",
                "connecting to worker",
                f'connecting to worker job_id="{job}" worker_id={r.randint(10**17, 10**18)} rpc_address="http://10.244.{r.randint(1, 9)}.{r.randint(2, 250)}:{r.randint(40000, 60000)}"',
            )
        if restore:
            t = C(
                t + sec(0.2),
                "INFO",
                f"{AR_STATES}::scheduling",
                "restoring checkpoint",
                f'restoring checkpoint job_id="{job}" epoch={epochs[job]} min_epoch={epochs[job] - r.randint(3, 6)}',
            )
        return transition(
            t + sec(r.uniform(1, 4)), job, "Scheduling", "Running", r.randint(9000, 40000)
        )

    # steady checkpointing
    outage = (at(8, 10, 12), at(8, 17, 40))
    fraud_gap = [(outage[0], at(8, 19, 30))]
    checkpoints("job_M4qzT8cWxb", T0 + sec(7), T_END, [])
    checkpoints("job_r3k8xq2mzp", T0 + sec(3), T_END, fraud_gap)
    created = at(9, 0, 41)
    stopped = at(11, 40, 12)
    checkpoints("job_Hd7LpV2nYs", created + sec(60), stopped, [])
    # the fraud pipeline loses Kafka: its worker logs librdkafka's errors and a task fails
    w1 = "arroyo-worker-job-r3k8xq2mzp-1.log"
    w2 = "arroyo-worker-job-r3k8xq2mzp-2.log"
    W(
        w1,
        T0 + sec(0.8),
        "INFO",
        "arroyo_server_common",
        "Starting %s HTTP admin server on %s",
        "Starting worker HTTP admin server on 0.0.0.0:8001",
    )
    t = outage[0]
    n = 0
    while t < outage[0] + sec(95):
        broker = r.choice([0, 1, 2])
        W(
            w1,
            t,
            "ERROR",
            "librdkafka",
            "librdkafka: FAIL [thrd:%s]: %s: Connect to %s failed: %s (after %dms in state %s)",
            f"librdkafka: FAIL [thrd:kafka-{broker}.kafka:9092/bootstrap]: kafka-{broker}.kafka:9092/{broker}: Connect to ipv4#10.20.4.{10 + broker}:9092 failed: Connection refused (after {r.randint(0, 3)}ms in state CONNECT)",
        )
        if n % 3 == 0:
            W(
                w1,
                t + sec(0.0003),
                "ERROR",
                "rdkafka::client",
                "librdkafka: Global error: BrokerTransportFailure (Local: Broker transport failure): %s",
                f"librdkafka: Global error: BrokerTransportFailure (Local: Broker transport failure): kafka-{broker}.kafka:9092/{broker}: Connect to ipv4#10.20.4.{10 + broker}:9092 failed: Connection refused (after 0ms in state CONNECT)",
            )
        if n % 5 == 4:
            W(
                w1,
                t + sec(0.0005),
                "ERROR",
                "librdkafka",
                "librdkafka: FAIL [thrd:%s]: %s: %d/%d brokers are down",
                "librdkafka: FAIL [thrd:kafka-0.kafka:9092/bootstrap]: 3/3 brokers are down",
            )
        n += 1
        t += sec(r.uniform(1.0, 3.5))
    t = W(
        w1,
        t,
        "ERROR",
        "arroyo_worker::engine",
        "task failed",
        f'task failed job_id="job_r3k8xq2mzp" operator_id="source_kafka_1" subtask_idx={r.randint(0, 3)} error="Kafka error: Message consumption error: BrokerTransportFailure (Local: Broker transport failure)"',
    )
    t = C(
        t + sec(0.4),
        "ERROR",
        f"{AR_STATES}::running",
        "error while running",
        'error while running error="Task source_kafka_1-2 failed: Kafka error: Message consumption error: BrokerTransportFailure (Local: Broker transport failure)" job_id="job_r3k8xq2mzp"',
    )
    t = transition(
        t + sec(0.01), "job_r3k8xq2mzp", "Running", "Recovering", r.randint(3_000_000, 9_000_000)
    )
    t = transition(
        t + sec(r.uniform(4, 12)),
        "job_r3k8xq2mzp",
        "Recovering",
        "Compiling",
        r.randint(4000, 12000),
    )
    start_chain(t + sec(0.3), "job_r3k8xq2mzp", "Compiling", 2, True, waits=37)
    W(
        w2,
        at(8, 19, 2),
        "INFO",
        "arroyo_server_common",
        "Starting %s HTTP admin server on %s",
        "Starting worker HTTP admin server on 0.0.0.0:8001",
    )
    W(w2, at(8, 19, 9), "INFO", "arroyo_worker", "Loading UDF %s", "Loading UDF risk_bucket")
    W(
        w2,
        at(8, 19, 9.4),
        "INFO",
        "arroyo_worker",
        "Loading UDF %s",
        "Loading UDF geo_distance_km",
    )
    W(
        w2,
        at(8, 19, 11),
        "INFO",
        "arroyo_worker",
        "Worker moving to running phase",
        "Worker moving to running phase",
    )
    W(
        w2,
        at(8, 19, 11.002),
        "INFO",
        "arroyo_worker",
        "Initialization completed successfully",
        "Initialization completed successfully",
    )
    # the sessions pipeline created at 09:00
    start_chain(created, "job_Hd7LpV2nYs", "Created", 1, False)
    # heartbeats from a worker the controller forgot after the 10:42 timeout
    t = at(10, 42, 7)
    t = C(
        t,
        "ERROR",
        f"{AR_STATES}::running",
        "error while running",
        'error while running error="worker 8 heartbeat timeout" job_id="job_M4qzT8cWxb"',
    )
    t = transition(
        t + sec(0.01), "job_M4qzT8cWxb", "Running", "Recovering", r.randint(3_000_000, 9_000_000)
    )
    for _ in range(14):
        t = C(
            t + sec(r.uniform(4.5, 5.5)),
            "WARN",
            AR_JC,
            "Received heartbeat for unknown worker",
            f'Received heartbeat for unknown worker job_id="job_M4qzT8cWxb" worker_id={r.choice([8, 9])}',
        )
    t = transition(
        t + sec(0.5), "job_M4qzT8cWxb", "Recovering", "Compiling", r.randint(60000, 80000)
    )
    start_chain(t + sec(0.3), "job_M4qzT8cWxb", "Compiling", 2, True)
    # a wrong-epoch event during the fraud recovery
    for _ in range(3):
        C(
            at(8, 19, 44) + sec(r.uniform(0, 3)),
            "WARN",
            AR_JC,
            "Received checkpoint event for wrong epoch",
            f'Received checkpoint event for wrong epoch epoch={epochs["job_r3k8xq2mzp"] - 1} expected={epochs["job_r3k8xq2mzp"]} job_id="job_r3k8xq2mzp"',
        )
    # the sessions pipeline stopped at 11:40
    t = transition(
        stopped, "job_Hd7LpV2nYs", "Running", "CheckpointStopping", r.randint(9_000_000, 9_700_000)
    )
    t = transition(
        t + sec(r.uniform(3, 6)),
        "job_Hd7LpV2nYs",
        "CheckpointStopping",
        "Stopping",
        r.randint(2000, 6000),
    )
    t = transition(
        t + sec(r.uniform(2, 4)), "job_Hd7LpV2nYs", "Stopping", "Stopped", r.randint(1500, 4000)
    )
    C(
        t + sec(0.2),
        "WARN",
        AR_STATES,
        "Failed to clean up cluster",
        'Failed to clean up cluster error="NotFound: replicasets.apps \\"arroyo-worker-job-hd7lpv2nys\\" not found" job_id="job_Hd7LpV2nYs"',
    )
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ faust

FA_VERSION = "0.11.0"
FA_GROUP = "orders-enricher"
FA_TOPICS = ["orders", "orders-enricher-customers-changelog", "orders-enriched"]
FA_SERVICES = [
    "[^Worker]",
    "[^-App]",
    "[^--Monitor]",
    "[^--Producer]",
    "[^---ProducerBuffer]",
    "[^--CacheBackend]",
    "[^--Web]",
    "[^-Server]",
    "[^--Consumer]",
    "[^---AIOKafkaConsumerThread]",
    "[^--LeaderAssignor]",
    "[^--ReplyConsumer]",
    "[^--AgentManager]",
    "[^---Agent: enricher.agents.enrich]",
    "[^----OneForOneSupervisor: (1@0x7f3a2c1b9d50)]",
    "[^---Agent: enricher.agents.customer_updates]",
    "[^----OneForOneSupervisor: (1@0x7f3a2c1bb410)]",
    "[^--Conductor]",
    "[^--TableManager]",
    "[^---Recovery]",
    "[^--Table: customers]",
    "[^---Store: rocksdb:customers]",
]
FA_CRASH_TB = [
    "Traceback (most recent call last):",
    '  File "/usr/local/lib/python3.11/site-packages/faust/agents/agent.py", line 674, in _execute_actor',
    "    await coro",
    '  File "/app/enricher/agents.py", line 41, in enrich',
    "    total = sum(Decimal(line['price']) * line['qty'] for line in order.lines)",
    "            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
    '  File "/app/enricher/agents.py", line 41, in <genexpr>',
    "    total = sum(Decimal(line['price']) * line['qty'] for line in order.lines)",
    "                ^^^^^^^^^^^^^^^^^^^^^^",
    "decimal.InvalidOperation: [<class 'decimal.ConversionSyntax'>]",
]


def faust(r: random.Random) -> list[Log]:
    """Two Faust workers, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    inc = {0: 0, 1: 0}
    gen = [r.randint(180, 240)]

    def fname(w: int) -> str:
        return f"orders-enricher-{w}.log"

    def F(
        w: int,
        t: datetime,
        level: str,
        beacon: str,
        label: str,
        msg: str,
        cont: list[str] | None = None,
        exc: list[str] | None = None,
    ) -> datetime:
        """mode's formatter: `%(message)s %(extra)s` (a message over several lines ends with the
        space of the empty extra; a traceback follows the formatted record)."""
        head = f"{beacon}: " if beacon else ""
        lines = [f"{head}{msg}", *(cont or [])]
        lines[-1] += " "
        lines += exc or []
        return fs.add(
            fname(w),
            t,
            label,
            lambda x: [
                f"[{x:%Y-%m-%d %H:%M:%S},{x.microsecond // 1000:03d}] [1] [{level}] {lines[0]}",
                *lines[1:],
            ],
            (w, inc[w]),
            MS,
        )

    def bare(w: int, t: datetime, label: str, lines: list[str]) -> datetime:
        return fs.add(fname(w), t, label, lambda x: lines, (w, inc[w]), MS)

    def banner(w: int, t: datetime) -> datetime:
        rows = [
            ("id", FA_GROUP),
            ("transport", "[URL('kafka://kafka-0.kafka:9092'), URL('kafka://kafka-1.kafka:9092')]"),
            ("store", "rocksdb:"),
            ("web", f"http://orders-enricher-{w}:6066/"),
            ("log", "-stderr- (info)"),
            ("pid", "1"),
            ("hostname", f"orders-enricher-{w}"),
            ("platform", "CPython 3.11.9 (Linux x86_64)"),
            ("        + ", "Cython (GCC 12.2.0)"),
            ("drivers", ""),
            ("  transport", "aiokafka=0.10.0"),
            ("  web", "aiohttp=3.9.5"),
            ("datadir", "/app/orders-enricher-data"),
            ("appdir", "/app/orders-enricher-data/v1"),
        ]
        head = f"┌ƒaµS† v{FA_VERSION}┬" + "─" * 73 + "┐"
        lines = (
            [head]
            + [f"│ {k:<12}│ {v:<72}│" for k, v in rows]
            + ["└" + "─" * 13 + "┴" + "─" * 73 + "┘"]
        )
        return bare(w, t, "┌ƒaµS† v%s┬%s┐", lines)

    def hw_table(title: str, rows: list[tuple[str, int, int]], head3: str) -> list[str]:
        out = [
            f"┌{title}" + "─" * 10 + "┐",
            f"│ topic                               │ partition │ {head3:<9} │",
            "├" + "─" * 37 + "┼" + "─" * 11 + "┼" + "─" * 11 + "┤",
        ]
        prev = ""
        for topic, p, v in rows:
            out.append(f"│ {topic if topic != prev else '〃':<35} │ {p:<9} │ {v:<9} │")
            prev = topic
        out.append("└" + "─" * 37 + "┴" + "─" * 11 + "┴" + "─" * 11 + "┘")
        return out

    def rebalance(w: int, t: datetime, leader: bool, first: bool) -> datetime:
        if not first:
            t = F(
                w,
                t,
                "INFO",
                "",
                "Revoking previously assigned partitions %s for group %s",
                f"Revoking previously assigned partitions {{TopicPartition(topic='orders', partition={w * 3}), TopicPartition(topic='orders', partition={w * 3 + 1}), TopicPartition(topic='orders', partition={w * 3 + 2})}} for group {FA_GROUP}",
            )
        t = F(
            w,
            t + sec(0.01),
            "INFO",
            "[^--Consumer]",
            "Waiting for lock to pause partitions",
            "Waiting for lock to pause partitions",
        )
        t = F(
            w,
            t + sec(0.001),
            "INFO",
            "[^--Consumer]",
            "Acquired lock to pause partitions",
            "Acquired lock to pause partitions",
        )
        t = F(
            w,
            t + sec(0.001),
            "INFO",
            "[^--Consumer]",
            "Released pause partitions lock",
            "Released pause partitions lock",
        )
        t += sec(r.uniform(0.3, 3.5))
        if leader:
            t = F(
                w,
                t,
                "INFO",
                "",
                "Elected group leader -- performing partition assignments using %s",
                "Elected group leader -- performing partition assignments using faust",
            )
        t = F(
            w,
            t + sec(0.05),
            "INFO",
            "",
            "Joined group '%s' (generation %s) with member_id %s",
            f"Joined group '{FA_GROUP}' (generation {gen[0]}) with member_id faust-{FA_VERSION}-{uuid4(r)}",
        )
        t = F(
            w,
            t + sec(0.02),
            "INFO",
            "",
            "Successfully synced group %s with generation %s",
            f"Successfully synced group {FA_GROUP} with generation {gen[0]}",
        )
        tps = ", ".join(
            f"TopicPartition(topic='{tp}', partition={p})"
            for tp in ("orders", "orders-enricher-customers-changelog")
            for p in range(w * 3, w * 3 + 3)
        )
        t = F(
            w,
            t + sec(0.001),
            "INFO",
            "",
            "Setting newly assigned partitions %s for group %s",
            f"Setting newly assigned partitions {{{tps}}} for group {FA_GROUP}",
        )
        hw = [
            ("orders-enricher-customers-changelog", p, r.randint(40_000, 90_000))
            for p in range(w * 3, w * 3 + 3)
        ]
        t = F(
            w,
            t + sec(0.2),
            "INFO",
            "[^---Recovery]",
            "Highwater for %s changelog partitions:",
            "Highwater for active changelog partitions:",
            hw_table("Highwater - Active", hw, "highwater"),
        )
        off = [
            (tp, p, v - r.randint(0, 400) if not first else v - r.randint(2000, 30000))
            for tp, p, v in hw
        ]
        t = F(
            w,
            t + sec(0.4),
            "INFO",
            "[^---Recovery]",
            "%s offsets at start of reading:",
            "Active offsets at start of reading:",
            hw_table("Reading Starts At - Active", off, "offset"),
        )
        t = F(w, t + sec(0.01), "INFO", "[^---Recovery]", "Resuming flow...", "Resuming flow...")
        t = F(
            w,
            t + sec(r.uniform(0.5, 9 if first else 2)),
            "INFO",
            "[^---Recovery]",
            "Recovery complete",
            "Recovery complete",
        )
        t = F(w, t + sec(0.1), "INFO", "[^---Recovery]", "Restore complete!", "Restore complete!")
        t = F(
            w,
            t + sec(0.001),
            "INFO",
            "[^---Recovery]",
            "Seek stream partitions to committed offsets.",
            "Seek stream partitions to committed offsets.",
        )
        if first:
            t = F(w, t + sec(0.9), "INFO", "[^--Fetcher]", "Starting...", "Starting...")
        t = F(w, t + sec(0.002), "INFO", "[^---Recovery]", "Worker ready", "Worker ready")
        if first:
            t = F(w, t + sec(0.001), "INFO", "[^Worker]", "Ready", "Ready")
        return t

    def start(w: int, t: datetime, leader: bool) -> datetime:
        inc[w] += 1
        t = banner(w, t)
        for b in FA_SERVICES:
            t = F(w, t + sec(r.uniform(0.001, 0.09)), "INFO", b, "Starting...", "Starting...")
        t = F(
            w,
            t + sec(0.02),
            "INFO",
            "",
            "Updating subscribed topics to:",
            "Updating subscribed topics to:",
            ["┌Requested Subscription" + "─" * 16 + "┐", "│ topic name" + " " * 27 + "│"]
            + [f"│ {tp:<37}│" for tp in FA_TOPICS]
            + ["└" + "─" * 38 + "┘"],
        )
        t = F(
            w,
            t + sec(0.01),
            "INFO",
            "",
            "Subscribed to topic(s): %s",
            f"Subscribed to topic(s): {{{', '.join(repr(x) for x in FA_TOPICS)}}}",
        )
        return rebalance(w, t + sec(0.5), leader, True)

    def stop(w: int, t: datetime) -> datetime:
        t = F(
            w,
            t,
            "INFO",
            "[^Worker]",
            "Signal received: %s (%s)",
            "Signal received: Signals.SIGTERM (15)",
        )
        t = F(w, t + sec(0.001), "INFO", "[^Worker]", "Stopping...", "Stopping...")
        for b in reversed(FA_SERVICES[6:]):
            t = F(w, t + sec(r.uniform(0.001, 0.05)), "INFO", b, "Stopping...", "Stopping...")
        t = F(
            w,
            t + sec(0.2),
            "INFO",
            "",
            "LeaveGroup request succeeded",
            "LeaveGroup request succeeded",
        )
        t = F(
            w,
            t + sec(0.1),
            "INFO",
            "[^Worker]",
            "Gathering service tasks...",
            "Gathering service tasks...",
        )
        t = F(
            w,
            t + sec(0.05),
            "INFO",
            "[^Worker]",
            "Gathering all futures...",
            "Gathering all futures...",
        )
        return F(w, t + sec(1.0), "INFO", "[^Worker]", "Closing event loop", "Closing event loop")

    # both workers start at 06:00 after a deploy
    t0 = start(0, T0 + sec(4.2), True)
    t1 = start(1, T0 + sec(6.9), False)
    crash = at(9, 50, 31)
    deploy = at(11, 0, 12)
    broker = (at(8, 40, 3), at(8, 42, 50))
    # the app's own stats every minute and its warnings
    for w in (0, 1):
        for t in every(r, (t0 if w == 0 else t1) + sec(60), T_END, 60, 0.05):
            if (w == 0 and crash - sec(1) <= t < crash + sec(75)) or deploy - sec(
                2
            ) <= t < deploy + sec(70):
                continue
            n = r.randint(700, 1900) if not (at(7, 0) <= t < at(9, 0)) else r.randint(1500, 3800)
            F(
                w,
                t,
                "INFO",
                "",
                "processed %d orders in the last %d seconds (lag %d)",
                f"processed {n} orders in the last 60 seconds (lag {r.randint(0, 40) if not in_any(t, [broker]) else r.randint(900, 5000)})",
            )
        for t in every(r, at(6, 3), T_END, 150, 140):
            if deploy - sec(2) <= t < deploy + sec(70):
                continue
            F(
                w,
                t,
                "WARNING",
                "",
                "customer %s not in table, enriching with defaults",
                f"customer C{r.randint(100000, 999999)} not in table, enriching with defaults",
            )
        for t in every(r, at(6, 1), T_END, 75, 130):
            if deploy - sec(2) <= t < deploy + sec(70):
                continue
            drift = r.uniform(0.25, 1.6) if r.random() < 0.9 else r.uniform(2.5, 9.0)
            F(
                w,
                t,
                "INFO",
                "",
                "Timer commit woke up too late, with a drift of +%r runtime=%r sleeptime=%r",
                f"Timer commit woke up too late, with a drift of +{drift!r} runtime={r.uniform(1e-05, 0.004)!r} sleeptime={2.8 + drift!r}",
            )
    # a broker restart
    for w in (0, 1):
        t = broker[0] + sec(r.uniform(0, 1))
        while t < broker[1]:
            F(
                w,
                t,
                "WARNING",
                "",
                "Unable connect to node with id %s: [Errno %d] Connect call failed (%s)",
                "Unable connect to node with id 1: [Errno 111] Connect call failed ('10.20.4.11', 9092)",
            )
            t += sec(r.uniform(2.0, 4.5))
        F(
            w,
            broker[1] + sec(1.2),
            "WARNING",
            "",
            "Heartbeat failed for group %s because it is rebalancing",
            f"Heartbeat failed for group {FA_GROUP} because it is rebalancing",
        )
        F(
            w,
            broker[1] + sec(1.3),
            "WARNING",
            "",
            "OffsetCommit failed for group %s due to group error (%s), will rejoin",
            f"OffsetCommit failed for group {FA_GROUP} due to group error ([Error 27] RebalanceInProgressError: {FA_GROUP}), will rejoin",
        )
    gen[0] += 1
    rebalance(0, broker[1] + sec(3.0), True, False)
    rebalance(1, broker[1] + sec(3.4), False, False)
    # the enrich agent crashes on a malformed order; the pod's liveness probe fails and
    # Kubernetes restarts it (the log of the same pod goes on)
    F(
        0,
        crash,
        "ERROR",
        "[^---Agent: enricher.agents.enrich]",
        "Crashed reason=%r",
        "Crashed reason=InvalidOperation([<class 'decimal.ConversionSyntax'>])",
        exc=FA_CRASH_TB,
    )
    F(
        0,
        crash + sec(0.01),
        "INFO",
        "[^----OneForOneSupervisor: (1@0x7f3a2c1b9d50)]",
        "Restarting dead %r! Last crash reason: %r",
        "Restarting dead <Agent*: enricher.agents.enrich>! Last crash reason: InvalidOperation([<class 'decimal.ConversionSyntax'>])",
    )
    F(
        0,
        crash + sec(0.02),
        "INFO",
        "[^---Agent: enricher.agents.enrich]",
        "Starting...",
        "Starting...",
    )
    for k in range(4):
        tt = crash + sec(2 + k * 7.5)
        F(
            0,
            tt,
            "ERROR",
            "[^---Agent: enricher.agents.enrich]",
            "Crashed reason=%r",
            "Crashed reason=InvalidOperation([<class 'decimal.ConversionSyntax'>])",
            exc=FA_CRASH_TB,
        )
        F(
            0,
            tt + sec(0.01),
            "INFO",
            "[^----OneForOneSupervisor: (1@0x7f3a2c1b9d50)]",
            "Restarting dead %r! Last crash reason: %r",
            "Restarting dead <Agent*: enricher.agents.enrich>! Last crash reason: InvalidOperation([<class 'decimal.ConversionSyntax'>])",
        )
    gen[0] += 1
    t = start(0, crash + sec(64), False)
    rebalance(1, crash + sec(66), True, False)
    # deploy at 11:00: both stop and start
    stop(0, deploy)
    stop(1, deploy + sec(1.5))
    gen[0] += 1
    start(0, deploy + sec(31), True)
    start(1, deploy + sec(33.5), False)
    return fs.logs(T0)


# ------------------------------------------------------------------------------------- beam

BE_VERSION = "2.56.0"
BE_PIPELINES = [
    ("orders_hourly_rollup", 15, 3),
    ("payments_reconcile", 15, 2),
    ("inventory_snapshot", 30, 4),
    ("marketing_attribution", 60, 5),
    ("customer_ltv", 60, 9),
    ("returns_audit", 60, 1),
]
BE_PHASES = [
    "pack_combiners",
    "lift_combiners",
    "expand_sdf",
    "expand_gbk",
    "sink_flattens",
    "greedily_fuse",
    "read_to_impulse",
    "impulse_to_input",
    "sort_stages",
    "setup_timer_mapping",
    "populate_data_channel_coders",
]
BE_EXEC_FRAMES = [
    "\tat java.base/java.util.concurrent.CompletableFuture.reportGet(CompletableFuture.java:395)",
    "\tat java.base/java.util.concurrent.CompletableFuture.get(CompletableFuture.java:1999)",
    "\tat org.apache.flink.client.program.StreamContextEnvironment.getJobExecutionResult(StreamContextEnvironment.java:171)",
    "\tat org.apache.flink.api.java.ExecutionEnvironment.execute(ExecutionEnvironment.java:1010)",
    "\tat org.apache.beam.runners.flink.FlinkBatchPortablePipelineTranslator$BatchTranslationContext.execute(FlinkBatchPortablePipelineTranslator.java:195)",
    "\tat org.apache.beam.runners.flink.FlinkPipelineRunner.runPipelineWithTranslator(FlinkPipelineRunner.java:118)",
    "\tat org.apache.beam.runners.flink.FlinkPipelineRunner.run(FlinkPipelineRunner.java:85)",
    "\tat org.apache.beam.runners.jobsubmission.JobInvocation.runPipeline(JobInvocation.java:86)",
    "\tat org.apache.beam.vendor.guava.v32_1_2_jre.com.google.common.util.concurrent.TrustedListenableFutureTask$TrustedFutureInterruptibleTask.runInterruptibly(TrustedListenableFutureTask.java:131)",
    "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
    "\tat java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:635)",
    "\tat java.base/java.lang.Thread.run(Thread.java:840)",
]


def jul_time(t: datetime) -> str:
    h12 = t.hour % 12 or 12
    return f"{t:%b} {t:%d}, {t.year} {h12}:{t:%M:%S} {'AM' if t.hour < 12 else 'PM'}"


def beam(r: random.Random) -> list[Log]:
    """The job server and the launcher's cron output, 06:00 to 12:00 (see the docstring)."""
    fs = Files()
    js = ["js", 1]
    JS = "beam-flink-jobserver.log"
    LA = "etl-launcher.log"

    def J(
        t: datetime,
        cls: str,
        method: str,
        level: str,
        label: str,
        msg: str,
        cont: list[str] | None = None,
    ) -> datetime:
        lines = cont or []
        return fs.add(
            JS,
            t,
            label,
            lambda x: [f"{jul_time(x)} {cls} {method}", f"{level}: {msg}", *lines],
            tuple(js),
            SEC,
        )

    def P(
        run: object,
        t: datetime,
        level: str,
        logger: str,
        label: str,
        msg: str,
        cont: list[str] | None = None,
    ) -> datetime:
        lines = cont or []
        return fs.add(LA, t, label, lambda x: [f"{level}:{logger}:{msg}", *lines], run, US)

    def bare(run: object, t: datetime, label: str, lines: list[str]) -> datetime:
        return fs.add(LA, t, label, lambda x: lines, run, US)

    def server_start(t: datetime) -> datetime:
        D = "org.apache.beam.runners.jobsubmission.JobServerDriver"
        t = J(
            t,
            D,
            "createArtifactStagingService",
            "INFO",
            "ArtifactStagingService started on %s",
            "ArtifactStagingService started on 0.0.0.0:8098",
        )
        t = J(
            t + sec(0.4),
            D,
            "createExpansionService",
            "INFO",
            "Java ExpansionService started on %s",
            "Java ExpansionService started on 0.0.0.0:8097",
        )
        t = J(
            t + sec(0.1),
            D,
            "createJobServer",
            "INFO",
            "JobService started on %s",
            "JobService started on 0.0.0.0:8099",
        )
        return J(
            t + sec(0.01),
            D,
            "run",
            "INFO",
            "Job server now running, terminate with Ctrl+C",
            "Job server now running, terminate with Ctrl+C",
        )

    jm_down = (at(8, 30, 10), at(8, 42, 30))
    js_restart = (at(11, 5, 2), at(11, 5, 58))
    bad_row = at(10, 20)
    server_start(T0 + sec(0.5))
    runs = []
    for name, period, envs in BE_PIPELINES:
        for t in every(r, T0 + sec(r.uniform(20, 40)), T_END, period * 60, 6):
            runs.append((t, name, envs))
    runs.sort()
    seq = 0
    restarted = False
    for t, name, envs in runs:
        seq += 1
        run = ("run", seq)
        if not restarted and t >= js_restart[0]:
            J(
                js_restart[0],
                "org.apache.beam.runners.jobsubmission.JobServerDriver",
                "stop",
                "INFO",
                "JobServer stopped on %s",
                "JobServer stopped on 0.0.0.0:8099",
            )
            J(
                js_restart[0] + sec(0.2),
                "org.apache.beam.runners.jobsubmission.JobServerDriver",
                "stop",
                "INFO",
                "ArtifactStagingServer stopped on %s",
                "ArtifactStagingServer stopped on 0.0.0.0:8098",
            )
            js[1] += 1
            server_start(js_restart[1] - sec(4))
            restarted = True
        stamp = f"{t:%m%d%H%M%S}"
        job = f"BeamApp-etl-{stamp}-{hexid(r, 8)}_{uuid4(r)}"
        token = f"job_{uuid4(r)}"
        tp = t + sec(r.uniform(1.5, 4))
        if js_restart[0] <= t < js_restart[1]:
            wt = t + sec(1)
            while wt < js_restart[1]:
                P(
                    run,
                    wt,
                    "WARNING",
                    "root",
                    "Waiting for grpc channel to be ready at %s.",
                    "Waiting for grpc channel to be ready at beam-jobserver:8099.",
                )
                wt += sec(r.uniform(5, 7))
            tp = js_restart[1] + sec(r.uniform(0.5, 3))
        for ph in BE_PHASES[: r.choice([4, 6, 11])]:
            tp = P(
                run,
                tp + sec(r.uniform(0.001, 0.02)),
                "INFO",
                "apache_beam.runners.portability.fn_api_runner.translations",
                "==================== %s ====================",
                f"==================== <function {ph} at 0x7f{hexid(r, 10)}> ====================",
            )
        # staging
        AS = "org.apache.beam.runners.fnexecution.artifact.ArtifactStagingService$2"
        tj = tp + sec(r.uniform(0.2, 0.8))
        tj = J(
            tj, AS, "onNext", "INFO", "Staging artifacts for %s.", f"Staging artifacts for {token}."
        )
        for e in range(min(envs, 2)):
            env = f"{e}:ref_Environment_default_environment_{e + 1}"
            tj = J(
                tj + sec(0.01),
                AS,
                "resolveNextEnvironment",
                "INFO",
                "Resolving artifacts for %s.%s.",
                f"Resolving artifacts for {token}.{env}.",
            )
            tj = J(
                tj + sec(r.uniform(0.05, 1.5)),
                AS,
                "onNext",
                "INFO",
                "Getting %d artifacts for %s.%s.",
                f"Getting {envs if e == 0 else 1} artifacts for {token}.{env}.",
            )
        tj = J(
            tj + sec(0.01),
            AS,
            "onNext",
            "INFO",
            "Getting %d artifacts for %s.%s.",
            f"Getting 0 artifacts for {token}.null.",
        )
        tj = J(
            tj + sec(r.uniform(0.2, 3)),
            AS,
            "finishStaging",
            "INFO",
            "Artifacts fully staged for %s.",
            f"Artifacts fully staged for {token}.",
        )
        tj = J(
            tj + sec(r.uniform(0.5, 2)),
            "org.apache.beam.runners.flink.FlinkJobInvoker",
            "invokeWithExecutor",
            "INFO",
            "Invoking job %s with pipeline runner %s",
            f"Invoking job {job} with pipeline runner org.apache.beam.runners.flink.FlinkPipelineRunner@{hexid(r, 8).lstrip('0')}",
        )
        tj = J(
            tj + sec(0.2),
            "org.apache.beam.runners.jobsubmission.JobInvocation",
            "start",
            "INFO",
            "Starting job invocation %s",
            f"Starting job invocation {job}",
        )
        tl = tj + sec(0.3)
        for s in ("STOPPED", "STARTING", "RUNNING"):
            tl = P(
                run,
                tl + sec(r.uniform(0.001, 0.05)),
                "INFO",
                "apache_beam.runners.portability.portable_runner",
                "Job state changed to %s",
                f"Job state changed to {s}",
            )
        F = "org.apache.beam.runners.flink"
        tj = J(
            tj + sec(0.3),
            f"{F}.FlinkPipelineRunner",
            "runPipelineWithTranslator",
            "INFO",
            "Translating pipeline to Flink program.",
            "Translating pipeline to Flink program.",
        )
        tj = J(
            tj + sec(0.1),
            f"{F}.FlinkExecutionEnvironments",
            "createBatchExecutionEnvironment",
            "INFO",
            "Creating a Batch Execution Environment.",
            "Creating a Batch Execution Environment.",
        )
        tj = J(
            tj + sec(0.3),
            f"{F}.FlinkExecutionEnvironments",
            "createBatchExecutionEnvironment",
            "INFO",
            "Using Flink Master URL %s.",
            "Using Flink Master URL flink-jobmanager:8081.",
        )
        tj = J(
            tj + sec(r.uniform(1, 5)),
            "org.apache.flink.api.java.utils.PlanGenerator",
            "logTypeRegistrationDetails",
            "INFO",
            "The job has %d registered types and %d default Kryo serializers",
            "The job has 0 registered types and 0 default Kryo serializers",
        )
        flink_id = hexid(r, 32)
        short = job.split("_")[0]
        if in_any(tj, [jm_down]):
            tj = J(
                tj + sec(r.uniform(30, 60)),
                "org.apache.beam.runners.jobsubmission.JobInvocation$1",
                "onFailure",
                "SEVERE",
                "Error during job invocation %s.",
                f"Error during job invocation {job}.",
                [
                    "java.util.concurrent.ExecutionException: org.apache.flink.runtime.client.JobSubmissionException: Failed to submit JobGraph.",
                    *BE_EXEC_FRAMES,
                    "Caused by: org.apache.flink.runtime.client.JobSubmissionException: Failed to submit JobGraph.",
                    "\tat org.apache.flink.client.program.rest.RestClusterClient.lambda$submitJob$12(RestClusterClient.java:543)",
                    "\t... 21 more",
                    "Caused by: org.apache.flink.util.concurrent.FutureUtils$RetryException: Could not complete the operation. Number of retries has been exhausted.",
                    "\tat org.apache.flink.util.concurrent.FutureUtils.lambda$retryOperationWithDelay$6(FutureUtils.java:293)",
                    "\t... 19 more",
                    "Caused by: java.util.concurrent.CompletionException: org.apache.flink.shaded.netty4.io.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: flink-jobmanager/10.20.6.14:8081",
                    "\t... 17 more",
                ],
            )
            cause = "org.apache.flink.shaded.netty4.io.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: flink-jobmanager/10.20.6.14:8081"
            tl = P(
                run,
                tj + sec(0.2),
                "ERROR",
                "apache_beam.runners.portability.portable_runner",
                "org.apache.flink.shaded.netty4.io.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: %s",
                cause,
            )
            tl = P(
                run,
                tl + sec(0.01),
                "INFO",
                "apache_beam.runners.portability.portable_runner",
                "Job state changed to %s",
                "Job state changed to FAILED",
            )
            bare(
                run,
                tl + sec(0.05),
                "Traceback (most recent call last):",
                [
                    "Traceback (most recent call last):",
                    '  File "<frozen runpy>", line 198, in _run_module_as_main',
                    '  File "<frozen runpy>", line 88, in _run_code',
                    f'  File "/opt/etl/pipelines/{name}.py", line 112, in <module>',
                    "    run()",
                    f'  File "/opt/etl/pipelines/{name}.py", line 104, in run',
                    "    with beam.Pipeline(options=options) as p:",
                    '  File "/opt/etl/venv/lib/python3.11/site-packages/apache_beam/pipeline.py", line 613, in __exit__',
                    "    self.result.wait_until_finish()",
                    '  File "/opt/etl/venv/lib/python3.11/site-packages/apache_beam/runners/portability/portable_runner.py", line 578, in wait_until_finish',
                    "    raise self._runtime_exception",
                    f"RuntimeError: Pipeline {job} failed in state FAILED: {cause}",
                ],
            )
            continue
        tj = J(
            tj + sec(r.uniform(0.5, 3)),
            "org.apache.flink.client.program.rest.RestClusterClient",
            "lambda$submitJob$7",
            "INFO",
            "Submitting job '%s' (%s).",
            f"Submitting job '{short}' ({flink_id}).",
        )
        tj = J(
            tj + sec(r.uniform(1, 6)),
            "org.apache.flink.client.program.rest.RestClusterClient",
            "lambda$null$6",
            "INFO",
            "Successfully submitted job '%s' (%s) to '%s'.",
            f"Successfully submitted job '{short}' ({flink_id}) to 'http://flink-jobmanager:8081'.",
        )
        if name == "returns_audit" and bad_row <= t < bad_row + sec(3600):
            tj = J(
                tj + sec(r.uniform(20, 50)),
                "org.apache.beam.runners.jobsubmission.JobInvocation$1",
                "onFailure",
                "SEVERE",
                "Error during job invocation %s.",
                f"Error during job invocation {job}.",
                [
                    f"org.apache.flink.client.program.ProgramInvocationException: Job failed (JobID: {flink_id})",
                    "\tat org.apache.flink.client.deployment.ClusterClientJobClientAdapter.lambda$null$6(ClusterClientJobClientAdapter.java:130)",
                    "\tat java.base/java.util.concurrent.CompletableFuture$UniApply.tryFire(CompletableFuture.java:646)",
                    "\tat java.base/java.util.concurrent.CompletableFuture.postComplete(CompletableFuture.java:510)",
                    "Caused by: org.apache.flink.runtime.client.JobExecutionException: Job execution failed.",
                    "\tat org.apache.flink.runtime.jobmaster.JobResult.toJobExecutionResult(JobResult.java:144)",
                    "\t... 23 more",
                    "Caused by: java.lang.RuntimeException: Error received from SDK harness for instruction 7: Traceback (most recent call last):",
                    '  File "apache_beam/runners/common.py", line 1435, in apache_beam.runners.common.DoFnRunner.process',
                    '  File "/opt/etl/pipelines/returns_audit.py", line 58, in parse_return',
                    "ValueError: invalid literal for int() with base 10: 'N/A' [while running 'ParseReturns']",
                    "\t... 30 more",
                ],
            )
            tl = P(
                run,
                tj + sec(0.2),
                "ERROR",
                "apache_beam.runners.portability.portable_runner",
                "java.lang.RuntimeException: Error received from SDK harness for instruction %s: Traceback (most recent call last):",
                "java.lang.RuntimeException: Error received from SDK harness for instruction 7: Traceback (most recent call last):",
                [
                    '  File "apache_beam/runners/common.py", line 1435, in apache_beam.runners.common.DoFnRunner.process',
                    '  File "/opt/etl/pipelines/returns_audit.py", line 58, in parse_return',
                    "ValueError: invalid literal for int() with base 10: 'N/A' [while running 'ParseReturns']",
                ],
            )
            tl = P(
                run,
                tl + sec(0.01),
                "INFO",
                "apache_beam.runners.portability.portable_runner",
                "Job state changed to %s",
                "Job state changed to FAILED",
            )
            bare(
                run,
                tl + sec(0.05),
                "Traceback (most recent call last):",
                [
                    "Traceback (most recent call last):",
                    '  File "<frozen runpy>", line 198, in _run_module_as_main',
                    '  File "<frozen runpy>", line 88, in _run_code',
                    '  File "/opt/etl/pipelines/returns_audit.py", line 121, in <module>',
                    "    run()",
                    '  File "/opt/etl/venv/lib/python3.11/site-packages/apache_beam/runners/portability/portable_runner.py", line 578, in wait_until_finish',
                    "    raise self._runtime_exception",
                    f"RuntimeError: Pipeline {job} failed in state FAILED: java.lang.RuntimeException: Error received from SDK harness for instruction 7: Traceback (most recent call last):",
                ],
            )
            continue
        dur = (
            r.randint(14_000, 240_000) if name != "customer_ltv" else r.randint(600_000, 1_500_000)
        )
        tj = J(
            tj + sec(dur / 1000),
            f"{F}.FlinkPipelineRunner",
            "createPortablePipelineResult",
            "INFO",
            "Execution finished in %d msecs",
            f"Execution finished in {dur} msecs",
        )
        tj = J(
            tj + sec(0.01),
            f"{F}.FlinkPipelineRunner",
            "createPortablePipelineResult",
            "INFO",
            "Final accumulator values:",
            "Final accumulator values:",
        )
        metrics = [
            "{",
            '  "metrics": {',
            '    "attempted": [{',
            '      "urn": "beam:metric:element_count:v1",',
            '      "type": "beam:metrics:sum_int64:v1",',
            f'      "payload": "{hexid(r, 6)}",',
            '      "labels": {',
            f'        "PCOLLECTION": "ref_PCollection_PCollection_{r.randint(1, 40)}"',
            "      }",
            "    }, {",
            '      "urn": "beam:metric:ptransform_execution_time:total_msecs:v1",',
            '      "type": "beam:metrics:sum_int64:v1",',
            f'      "payload": "{hexid(r, 4)}",',
            '      "labels": {',
            f'        "PTRANSFORM": "ref_AppliedPTransform_{name}_{r.randint(3, 30)}"',
            "      }",
            "    }]",
            "  }",
            "}",
        ]
        tj = J(
            tj + sec(0.01),
            f"{F}.FlinkPipelineRunner",
            "createPortablePipelineResult",
            "INFO",
            "%s : %s",
            "__metricscontainers : " + metrics[0],
            metrics[1:],
        )
        P(
            run,
            tj + sec(0.3),
            "INFO",
            "apache_beam.runners.portability.portable_runner",
            "Job state changed to %s",
            "Job state changed to DONE",
        )
    return fs.logs(T0)


SYSTEMS = {
    "maxwell": maxwell,
    "fluvio": fluvio,
    "arroyo": arroyo,
    "faust": faust,
    "beam": beam,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
