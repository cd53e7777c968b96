#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 114 (thingsboard, hivemq, balena-supervisor, chirpstack,
greengrass) into bench/heldout/, the same way and under the same label rules as generate.py
(bench/README.md, "heldout.py"): each program's log is simulated from its format strings over a
seeded run, and every line that starts an event is labelled with the format string that wrote
it as it is written. Distinct calls of one process (or thread) never share a timestamp at the
log's resolution (round 53's Clock: the journal shows whole seconds, the Java logs
milliseconds, ChirpStack microseconds). Five IoT platforms and gateway agents, 06:00 to 12:00
on 2024-06-04:

- ThingsBoard CE 3.6.4 (`thingsboard.log`, logback `%d{ISO8601} [%thread] %-5level
  %logger{36} - %msg%n`): Spring Boot's start-up (`Starting ThingsboardServerApplication v...
  using Java ... with PID ...`, Tomcat, HikariCP), the MQTT transport's start and stop, the rule
  engine's `[Main] Stats: totalMsgs = [...] ...` and the SQL queues' `Queue-0 [TS] queueSize
  [...] ...` every minute, cellular devices' `IOException: Connection reset`, a device firmware
  sending broken JSON (`[%s] Failed to process publish msg [%s][%d]` with the Gson stack and
  `Caused by:`), a scanner's junk on 1883 (`Message decoding failed`), PostgreSQL restarted
  08:20-08:27 (HikariCP's `Failed to validate connection`, Hibernate's `SQL Error: 0, SQLState:
  08001` and `Connection is not available`, `[TS] Failed to save %d entities` with its three
  `Caused by:`), and a restart at 09:05.
- HiveMQ Community Edition 2024.3, upgraded to 2024.5 at 10:30 (`hivemq.log`, `%-30(%d %level)-
  %msg`, and `event.log`, `%-24(%d)- %msg`): start-up and shutdown, battery sensors connecting
  and disconnecting every 20 minutes, cellular gateways dropping (`disconnected ungracefully.`,
  keep-alive timeouts) and taking over their own sessions, a meter with a wrong password
  (`Authentication failed`), a sensor sending too large a message, messages dropped for a slow
  consumer, expired sessions.
- balena supervisor v14.11 on three gateways (`gw-a1f3c9e.log`, `gw-7b20d4f.log`,
  `gw-c94e1a8.log`: `journalctl -u balena-supervisor`, `Jun 04 06:00:01 a1f3c9e
  balena-supervisor[1893]: [info]    ...`, the level padded to 7): start-up, the supervisor API's
  request log, state reports, container log flushes, a crash-looping `sensor-reader` service
  (`Event: Service exit {...}`), one gateway's cellular link down 07:40-08:10 (`Target state poll
  failed RequestError: getaddrinfo EAI_AGAIN ...` and its stack, one `[error]` line per frame;
  `Event: Device state report failure {...}`, `Retrying current state report in %s seconds`,
  the VPN), a release pushed at 09:30 (image downloads, services killed and started, `Updates are
  locked, retrying in %s...`).
- ChirpStack v4.8 (`chirpstack.log`, tracing's default format with spans:
  `2024-06-04T06:00:01.123456Z  INFO up{deduplication_id=...}: chirpstack::uplink: Uplink
  received m_type=UnconfirmedDataUp`): start-up, gateways' uplinks and stats (`Message received
  from gateway`), uplinks of its own devices (`Uplink received`, `Publishing event`), a
  neighbour network's devices (`No device-session exists for dev_addr`, `None of the
  device-sessions for dev_addr resulted in valid MIC`), confirmed uplinks and joins answered
  (`Sending downlink frame`), Redis restarted 08:40-08:46 (`Deduplication error`), Mosquitto
  restarted at 10:20 (`MQTT error` every second, `Subscribing to gateway event topic` again).
- AWS IoT Greengrass nucleus 2.12 (`greengrass.log` and the components'
  `com.acme.SensorPublisher.log` and `com.acme.StoreForward.log`: `2024-06-04T06:00:01.123Z
  [INFO] (pool-2-thread-3) com.aws.greengrass.deployment.DeploymentService: service-set-state.
  {serviceName=...}`): the
  services coming up (`service-set-state`, `shell-runner-start`), the MQTT connection
  interrupted and resumed on a cellular link, TES credentials, the component's stdout (`Published
  %d readings to %s` every 10 s, StoreForward's `Compacted %d rows into %s` and `Uploaded %s
  (%d bytes) to %s`) and Python logging on stderr, the PLC network down 07:30-07:52 (Modbus
  timeouts, the component exiting, `Run script exited`, `service-report-state`, ERRORED three
  times, BROKEN), a deployment of 1.4.3 at 09:00 (`prepare-package-start`, an artifact download
  retried, `Shutdown initiated`, `Current deployment finished`, `Stored deployment status`).

Label notes. The logback and HiveMQ heads (date, thread, level, logger), the journal head and
the supervisor's `[level]` column, tracing's time, level, spans and target and its fields
(`m_type=`, `topic=`, `error=`), and Greengrass's date, level, thread, logger and `{...}`
context map are context: the message is the label. A Greengrass line with an event type is
labelled by the event type and the message as the call site writes them (`download-artifact.
task failed and will be retried`), one with only an event type by the event type
(`service-set-state`). A component's stdout and stderr lines in its Greengrass log are labelled
by the component's own format: the nucleus's `stdout. ` / `stderr. ` and Python logging's
`LEVEL:name:` are context added around it, as a logger adds its name. The supervisor's
`Event: %s %s` lines carry the event's name as wording (written literally at each call site)
and the JSON properties as one value; its API lines are request records labelled by method,
route and status. A message or exception text inside a message contributes its wording (Hikari's
`Connection is not available, request timed out after %dms.`, HiveMQ's disconnect reasons,
`getaddrinfo EAI_AGAIN %s`, Java's `Connection reset`); ThingsBoard's `[%s]` session and
HiveMQ's `Client ID: %s, IP: %s` are in their format strings and stay in the labels. Stack
frames and `Caused by:` lines continue their event (no label), and so do the supervisor's
stack lines, which it prints one `[error]` line per frame.

Least sure (written from the helper's knowledge; checked against copies of the sources where
noted): ThingsBoard's `[%s][%s][%s] IOException: Connection reset`, `Message decoding failed`,
the stats lines' field lists and thread names, `Queue-%d [%s] queueSize ...` and `[%s] Failed to
save %d entities`; HiveMQ's start-up lines, `Shutting down HiveMQ. ...` and the dropped
message's reason (the event.log formats, the pattern layouts and the reason strings checked
against EventLog.java, logback.xml and ReasonStrings.java); the supervisor's start-up lines,
`Firewall mode applied`, the VPN lines, the log flush lines, the API paths and the event names
of image downloads (the console layout, `Reported current state to the cloud`, `Retrying
current state report in %s seconds`, `Target state poll failed`, `Device state apply success`
and `Event: %s %s` checked against supervisor-console.ts, report.ts, poll.ts, device-state and
event-tracker.ts); ChirpStack's start-up messages, `Publishing event`, `MQTT error` and the
error texts (`Uplink received`, `No device-session exists for dev_addr`, `None of the
device-sessions ...`, `Deduplication error` and `Message received from gateway` checked against
uplink/mod.rs, uplink/data.rs and the MQTT backend); Greengrass's `effective-config-dump-
complete`, `Connecting to AWS IoT Core`, `Successfully connected to AWS IoT Core`, `Connection
resumed` and the context keys (`Run script exited`, `Shutdown initiated`,
`generic-service-shutdown`, `Connection interrupted`, `Received IAM credentials that will be
cached until %s` and `Current deployment finished` checked against copies of the nucleus).
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round52 import Records
from generate_round53 import Clock, logback_name
from generate_round55 import at, poisson

Text = Callable[[datetime], list[str]]


class Files:
    """The files of one system (each a Records), with a Clock per resolution: `add(file, t,
    label, text, proc, res)` writes `text(t)` at the process's next free instant at `res`
    microseconds and returns that instant."""

    def __init__(self) -> None:
        self.clocks: dict[int, Clock] = {}
        self.files: dict[str, Records] = {}

    def add(
        self, f: str, t: datetime, label: str | None, text: Text, proc: object, res: int
    ) -> datetime:
        t = self.clocks.setdefault(res, Clock(res)).at(proc, t)
        self.files.setdefault(f, Records()).add(t, text(t), label)  # type: ignore[arg-type]
        return t

    def logs(self, t0: datetime) -> list[Log]:
        return [self.files[k].into(Log(k, t0)) for k in sorted(self.files)]


def ms(t: datetime) -> str:
    return f"{t.microsecond // 1000:03d}"


def sec(x: float) -> timedelta:
    return timedelta(seconds=x)


# ------------------------------------------------------------------------------ thingsboard

TB_APP = "org.thingsboard.server.ThingsboardServerApplication"
TB_TOMCAT = "org.springframework.boot.web.embedded.tomcat.TomcatWebServer"
TB_HDS = "com.zaxxer.hikari.HikariDataSource"
TB_HPOOL = "com.zaxxer.hikari.pool.HikariPool"
TB_POOLBASE = "com.zaxxer.hikari.pool.PoolBase"
TB_MQTT_SVC = "org.thingsboard.server.transport.mqtt.MqttTransportService"
TB_MQTT_H = "org.thingsboard.server.transport.mqtt.MqttTransportHandler"
TB_RE_STATS = "org.thingsboard.server.service.queue.TbRuleEngineConsumerStats"
TB_SQLQ = "org.thingsboard.server.dao.sql.TbSqlBlockingQueue"
TB_SQLEX = "org.hibernate.engine.jdbc.spi.SqlExceptionHelper"

TB_JSON_STACK = [
    "org.thingsboard.server.common.transport.adaptor.AdaptorException: com.google.gson.JsonSyntaxException: com.google.gson.stream.MalformedJsonException: Unterminated object at line 1 column {col} path $.{key}",
    "\tat org.thingsboard.server.transport.mqtt.adaptors.JsonMqttAdaptor.convertToPostTelemetry(JsonMqttAdaptor.java:79)",
    "\tat org.thingsboard.server.transport.mqtt.MqttTransportHandler.processDevicePublish(MqttTransportHandler.java:486)",
    "\tat org.thingsboard.server.transport.mqtt.MqttTransportHandler.processPublish(MqttTransportHandler.java:396)",
    "\tat org.thingsboard.server.transport.mqtt.MqttTransportHandler.processRegularSessionMsg(MqttTransportHandler.java:348)",
    "\tat org.thingsboard.server.transport.mqtt.MqttTransportHandler.processMqttMsg(MqttTransportHandler.java:219)",
    "\tat org.thingsboard.server.transport.mqtt.MqttTransportHandler.channelRead(MqttTransportHandler.java:189)",
    "\tat io.netty.channel.AbstractChannelHandlerContext.invokeChannelRead(AbstractChannelHandlerContext.java:444)",
    "Caused by: com.google.gson.JsonSyntaxException: com.google.gson.stream.MalformedJsonException: Unterminated object at line 1 column {col} path $.{key}",
    "\tat com.google.gson.JsonParser.parseReader(JsonParser.java:79)",
    "\tat org.thingsboard.server.common.transport.adaptor.JsonConverter.convertToTelemetryProto(JsonConverter.java:102)",
    "\tat org.thingsboard.server.transport.mqtt.adaptors.JsonMqttAdaptor.convertToPostTelemetry(JsonMqttAdaptor.java:76)",
    "\t... 27 common frames omitted",
]
TB_PG_REFUSED = "Connection to postgres:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections."
TB_SAVE_STACK = [
    "org.springframework.transaction.CannotCreateTransactionException: Could not open JPA EntityManager for transaction",
    "\tat org.springframework.orm.jpa.JpaTransactionManager.doBegin(JpaTransactionManager.java:466)",
    "\tat org.springframework.transaction.support.AbstractPlatformTransactionManager.startTransaction(AbstractPlatformTransactionManager.java:400)",
    "\tat org.springframework.transaction.support.AbstractPlatformTransactionManager.getTransaction(AbstractPlatformTransactionManager.java:373)",
    "\tat org.springframework.transaction.support.TransactionTemplate.execute(TransactionTemplate.java:137)",
    "\tat org.thingsboard.server.dao.sqlts.insert.sql.SqlPartitioningTimeseriesInsertRepository.saveOrUpdate(SqlPartitioningTimeseriesInsertRepository.java:48)",
    "\tat org.thingsboard.server.dao.sql.TbSqlBlockingQueue.lambda$init$0(TbSqlBlockingQueue.java:79)",
    "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
    "\tat java.base/java.lang.Thread.run(Thread.java:840)",
    "Caused by: org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection [HikariPool-1 - Connection is not available, request timed out after {w}ms.] [n/a]",
    "\tat org.hibernate.exception.internal.SQLStateConversionDelegate.convert(SQLStateConversionDelegate.java:100)",
    "\tat org.hibernate.engine.jdbc.connections.internal.LogicalConnectionManagedImpl.acquireConnectionIfNeeded(LogicalConnectionManagedImpl.java:111)",
    "\t... 12 common frames omitted",
    "Caused by: java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after {w}ms.",
    "\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:696)",
    "\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:181)",
    "\tat com.zaxxer.hikari.HikariDataSource.getConnection(HikariDataSource.java:100)",
    "\t... 15 common frames omitted",
    f"Caused by: org.postgresql.util.PSQLException: {TB_PG_REFUSED}",
    "\tat org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:342)",
    "\tat org.postgresql.core.ConnectionFactory.openConnection(ConnectionFactory.java:54)",
    "\tat org.postgresql.jdbc.PgConnection.<init>(PgConnection.java:263)",
    "\t... 8 common frames omitted",
]
TB_DEVICES = [
    ("Boiler-07", "boiler"),
    ("Boiler-12", "boiler"),
    ("Chiller-03", "chiller"),
    ("AHU-North-2", "ahu"),
    ("AHU-South-1", "ahu"),
    ("Pump-Station-4", "pump"),
    ("Meter-Main-01", "meter"),
    ("Cold-Room-6", "cold"),
    ("Tracker-Van-22", "tracker"),
    ("Tracker-Van-31", "tracker"),
]


def thingsboard(r: random.Random) -> list[Log]:
    """One ThingsBoard CE node (Docker, PostgreSQL, in-memory queue), 06:00 to 12:00: started at
    06:00, cellular devices resetting their connections all morning, Boiler-07's new firmware
    sending truncated JSON from 07:00, PostgreSQL restarted for an upgrade 08:20-08:27, the
    node restarted at 09:05, a scanner on port 1883 10:00-10:30."""
    fs = Files()
    dev_ids = {name: uuid4(r) for name, _ in TB_DEVICES}

    def L(
        t: datetime,
        thread: str,
        level: str,
        logger: str,
        label: str,
        msg: str,
        extra: list[str] | None = None,
    ) -> datetime:
        name = logback_name(logger, 36)
        return fs.add(
            "thingsboard.log",
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%d %H:%M:%S},{ms(x)} [{thread}] {level:<5} {name} - {msg}",
                *(extra or []),
            ],
            thread,
            1000,
        )

    def start(t: datetime, pid: int) -> datetime:
        m = "main"
        t = L(
            t,
            m,
            "INFO",
            TB_APP,
            "Starting %s v%s using Java %s with PID %d (%s started by %s in %s)",
            f"Starting ThingsboardServerApplication v3.6.4 using Java 17.0.11 with PID {pid} (/usr/share/thingsboard/bin/thingsboard.jar started by thingsboard in /usr/share/thingsboard/bin)",
        )
        t = L(
            t + sec(0.004),
            m,
            "INFO",
            TB_APP,
            "No active profile set, falling back to %d default profile: %s",
            'No active profile set, falling back to 1 default profile: "default"',
        )
        t = L(
            t + sec(r.uniform(6, 9)),
            m,
            "INFO",
            TB_TOMCAT,
            "Tomcat initialized with port(s): %s",
            "Tomcat initialized with port(s): 8080 (http)",
        )
        t = L(
            t + sec(r.uniform(1, 2)),
            m,
            "INFO",
            TB_HDS,
            "%s - Starting...",
            "HikariPool-1 - Starting...",
        )
        t = L(
            t + sec(r.uniform(0.1, 0.3)),
            m,
            "INFO",
            TB_HPOOL,
            "%s - Added connection %s",
            f"HikariPool-1 - Added connection org.postgresql.jdbc.PgConnection@{r.getrandbits(28):x}",
        )
        t = L(
            t + sec(0.002),
            m,
            "INFO",
            TB_HDS,
            "%s - Start completed.",
            "HikariPool-1 - Start completed.",
        )
        t = L(
            t + sec(r.uniform(15, 22)),
            m,
            "INFO",
            TB_MQTT_SVC,
            "Setting resource leak detector level to %s",
            "Setting resource leak detector level to DISABLED",
        )
        t = L(
            t + sec(0.001),
            m,
            "INFO",
            TB_MQTT_SVC,
            "Starting MQTT transport...",
            "Starting MQTT transport...",
        )
        t = L(
            t + sec(0.02),
            m,
            "INFO",
            TB_MQTT_SVC,
            "Starting MQTT transport server",
            "Starting MQTT transport server",
        )
        t = L(
            t + sec(0.08),
            m,
            "INFO",
            TB_MQTT_SVC,
            "Mqtt transport started!",
            "Mqtt transport started!",
        )
        t = L(
            t + sec(r.uniform(2, 4)),
            m,
            "INFO",
            TB_TOMCAT,
            "Tomcat started on port(s): %s with context path '%s'",
            "Tomcat started on port(s): 8080 (http) with context path ''",
        )
        up = r.uniform(36, 44)
        return L(
            t + sec(0.01),
            m,
            "INFO",
            TB_APP,
            "Started %s in %s seconds (process running for %s)",
            f"Started ThingsboardServerApplication in {up:.3f} seconds (process running for {up + r.uniform(2, 3):.3f})",
        )

    t0, t_end = at(6, 0), at(12, 0)
    down = (at(9, 5, 0), at(9, 5, 50))
    start(t0 + sec(1.3), 7)

    def running(t: datetime) -> bool:
        return not (down[0] <= t < down[1] + sec(45))

    # the node restarted
    h = "SpringApplicationShutdownHook"
    t = L(down[0], h, "INFO", TB_MQTT_SVC, "Stopping MQTT transport!", "Stopping MQTT transport!")
    t = L(
        t + sec(0.3), h, "INFO", TB_MQTT_SVC, "MQTT transport stopped!", "MQTT transport stopped!"
    )
    t = L(
        t + sec(1.1),
        h,
        "INFO",
        TB_HDS,
        "%s - Shutdown initiated...",
        "HikariPool-1 - Shutdown initiated...",
    )
    L(
        t + sec(0.04),
        h,
        "INFO",
        TB_HDS,
        "%s - Shutdown completed.",
        "HikariPool-1 - Shutdown completed.",
    )
    start(down[1], 7)

    pg_down = (at(8, 20, 10), at(8, 26, 40))

    # the rule engine's and the SQL queues' statistics, every minute
    added = {"TS": 0, "TS Latest": 0}
    saved = dict(added)
    failed = dict(added)
    restarted: list[datetime] = []
    for i in range(1, 360):
        t = t0 + sec(60 * i + r.uniform(0, 0.05))
        if not running(t):
            continue
        if t > down[1] and not restarted:
            restarted.append(t)
            for k in added:
                added[k] = saved[k] = failed[k] = 0
        pgd = pg_down[0] <= t < pg_down[1] + sec(30)
        n = r.randint(180, 320)
        tout = r.randint(5, 40) if pgd else 0
        fl = r.randint(0, 2) if not pgd else r.randint(10, 60)
        L(
            t,
            "tb-rule-engine-consumer-stats",
            "INFO",
            TB_RE_STATS,
            "[%s] Stats: totalMsgs = [%d] successfulMsgs = [%d] tmpTimeoutMsgs = [%d] tmpFailedMsgs = [%d] timeoutMsgs = [%d] failedMsgs = [%d] successfulIterations = [%d] failedIterations = [%d]",
            f"[Main] Stats: totalMsgs = [{n}] successfulMsgs = [{n - tout - fl}] tmpTimeoutMsgs = [{tout}] tmpFailedMsgs = [0] timeoutMsgs = [{tout}] failedMsgs = [{fl}] successfulIterations = [{r.randint(40, 60) - (3 if pgd else 0)}] failedIterations = [{3 if pgd else 0}]",
        )
        if r.random() < 0.25:
            k = r.randint(1, 12)
            L(
                t + sec(0.001),
                "tb-rule-engine-consumer-stats",
                "INFO",
                TB_RE_STATS,
                "[%s] Stats: totalMsgs = [%d] successfulMsgs = [%d] tmpTimeoutMsgs = [%d] tmpFailedMsgs = [%d] timeoutMsgs = [%d] failedMsgs = [%d] successfulIterations = [%d] failedIterations = [%d]",
                f"[HighPriority] Stats: totalMsgs = [{k}] successfulMsgs = [{k}] tmpTimeoutMsgs = [0] tmpFailedMsgs = [0] timeoutMsgs = [0] failedMsgs = [0] successfulIterations = [{k}] failedIterations = [0]",
            )
        for j, q in enumerate(["TS", "TS Latest"]):
            a = r.randint(900, 1500) if q == "TS" else r.randint(200, 400)
            added[q] += a
            if pg_down[0] <= t < pg_down[1]:
                failed[q] += a
                size = r.randint(2000, 9000)
            else:
                saved[q] += a
                size = r.randint(0, 40)
            L(
                t + sec(0.3 + j * 0.001),
                f"sql-queue-0-{'ts' if q == 'TS' else 'ts-latest'}-stats",
                "INFO",
                TB_SQLQ,
                "Queue-%d [%s] queueSize [%d] totalAdded [%d] totalSaved [%d] totalFailed [%d]",
                f"Queue-0 [{q}] queueSize [{size}] totalAdded [{added[q]}] totalSaved [{saved[q]}] totalFailed [{failed[q]}]",
            )

    # cellular devices resetting their connections
    loops = [f"nioEventLoopGroup-5-{i}" for i in range(1, 9)]
    for t in poisson(r, t0 + sec(120), t_end, 46):
        if not running(t):
            continue
        name = r.choice(
            ["Tracker-Van-22", "Tracker-Van-31", "Pump-Station-4", "Cold-Room-6", "Meter-Main-01"]
        )
        L(
            t,
            r.choice(loops),
            "INFO",
            TB_MQTT_H,
            "[%s][%s][%s] IOException: Connection reset",
            f"[{uuid4(r)}][{dev_ids[name]}][{name}] IOException: Connection reset",
        )
    # Boiler-07's new firmware
    for t in poisson(r, at(7, 0), t_end, 260):
        if not running(t):
            continue
        col, key = r.choice([(27, "temperature"), (41, "pressure"), (58, "flow")])
        L(
            t,
            r.choice(loops),
            "WARN",
            TB_MQTT_H,
            "[%s] Failed to process publish msg [%s][%d]",
            f"[{uuid4(r)}] Failed to process publish msg [v1/devices/me/telemetry][{r.randint(1, 65535)}]",
            [x.replace("{col}", str(col)).replace("{key}", key) for x in TB_JSON_STACK],
        )
    # a scanner on 1883
    for t in poisson(r, at(10, 0), at(10, 30), 38):
        if r.random() < 0.6:
            L(
                t,
                r.choice(loops),
                "ERROR",
                TB_MQTT_H,
                "[%s] Message decoding failed: invalid QoS: %d",
                f"[{uuid4(r)}] Message decoding failed: invalid QoS: 3",
            )
        else:
            L(
                t,
                r.choice(loops),
                "ERROR",
                TB_MQTT_H,
                "[%s] Message decoding failed: too large message: %d bytes",
                f"[{uuid4(r)}] Message decoding failed: too large message: {r.randint(70000, 2_000_000)} bytes",
            )
    # PostgreSQL restarted
    for _ in range(10):
        L(
            pg_down[0] + sec(r.uniform(0, 25)),
            f"http-nio-8080-exec-{r.randint(1, 10)}",
            "WARN",
            TB_POOLBASE,
            "%s - Failed to validate connection %s (This connection has been closed.). Possibly consider using a shorter maxLifetime value.",
            f"HikariPool-1 - Failed to validate connection org.postgresql.jdbc.PgConnection@{r.getrandbits(28):x} (This connection has been closed.). Possibly consider using a shorter maxLifetime value.",
        )
    threads = [f"http-nio-8080-exec-{i}" for i in range(1, 11)] + [
        f"sql-queue-0-ts-{i}" for i in range(4)
    ]
    for t in poisson(r, pg_down[0] + sec(30), pg_down[1] + sec(20), 2.2):
        th = r.choice(threads)
        w = 30000 + r.randint(0, 12)
        t = L(
            t, th, "WARN", TB_SQLEX, "SQL Error: %s, SQLState: %s", "SQL Error: 0, SQLState: 08001"
        )
        L(
            t + sec(0.001),
            th,
            "ERROR",
            TB_SQLEX,
            "%s - Connection is not available, request timed out after %dms.",
            f"HikariPool-1 - Connection is not available, request timed out after {w}ms.",
        )
    for q, th in [("TS", "sql-queue-0-ts-0"), ("TS Latest", "sql-queue-0-ts-latest-0")]:
        for t in poisson(r, pg_down[0] + sec(30), pg_down[1] + sec(20), 12):
            w = 30000 + r.randint(0, 12)
            L(
                t,
                th,
                "ERROR",
                TB_SQLQ,
                "[%s] Failed to save %d entities",
                f"[{q}] Failed to save {r.randint(200, 1000)} entities",
                [x.replace("{w}", str(w)) for x in TB_SAVE_STACK],
            )
    return fs.logs(t0)


# ----------------------------------------------------------------------------------- hivemq

HM_EXTS = [
    ("File Role Based Access Control Extension", "4.6.0"),
    ("HiveMQ Prometheus Monitoring Extension", "4.0.11"),
]


def hivemq(r: random.Random) -> list[Log]:
    """One HiveMQ CE broker for a campus's sensors, 06:00 to 12:00: battery sensors connecting
    every 20 minutes, cellular gateways with persistent sessions dropping and coming back,
    back-end subscribers, a meter with a wrong password from 06:40, a sensor sending an
    oversized message, the influx writer falling behind 09:40-09:50, the broker upgraded
    (stopped and started) at 10:30."""
    fs = Files()

    def H(t: datetime, level: str, label: str, msg: str) -> datetime:
        return fs.add(
            "hivemq.log",
            t,
            label,
            lambda x: [f"{f'{x:%Y-%m-%d %H:%M:%S},{ms(x)} {level}':<30}- {msg}"],
            "hivemq",
            1000,
        )

    def E(t: datetime, label: str, msg: str) -> datetime:
        return fs.add(
            "event.log",
            t,
            label,
            lambda x: [f"{f'{x:%Y-%m-%d %H:%M:%S},{ms(x)}':<24}- {msg}"],
            "event",
            1000,
        )

    def start(t: datetime, version: str, hid: str) -> datetime:
        t = H(
            t,
            "INFO",
            "Starting HiveMQ Community Edition Server",
            "Starting HiveMQ Community Edition Server",
        )
        t = H(t + sec(0.002), "INFO", "HiveMQ version: %s", f"HiveMQ version: {version}")
        t = H(
            t + sec(0.001),
            "INFO",
            "HiveMQ home directory: %s",
            "HiveMQ home directory: /opt/hivemq",
        )
        t = H(
            t + sec(0.2),
            "INFO",
            "Log Configuration was overridden by %s",
            "Log Configuration was overridden by /opt/hivemq/conf/logback.xml",
        )
        t = H(t + sec(0.3), "INFO", "This HiveMQ ID is %s", f"This HiveMQ ID is {hid}")
        t = H(
            t + sec(0.4),
            "INFO",
            "Starting HiveMQ extension system.",
            "Starting HiveMQ extension system.",
        )
        for name, ver in HM_EXTS:
            t = H(
                t + sec(r.uniform(0.05, 0.3)),
                "INFO",
                'Extension "%s" version %s started successfully.',
                f'Extension "{name}" version {ver} started successfully.',
            )
        t = H(
            t + sec(0.05),
            "INFO",
            "Starting TCP listener on address %s and port %d",
            "Starting TCP listener on address 0.0.0.0 and port 1883",
        )
        t = H(
            t + sec(0.01),
            "INFO",
            "Starting Websocket listener on address %s and port %d",
            "Starting Websocket listener on address 0.0.0.0 and port 8000",
        )
        t = H(
            t + sec(0.06),
            "INFO",
            "Started TCP Listener on address %s and on port %d",
            "Started TCP Listener on address 0.0.0.0 and on port 1883",
        )
        t = H(
            t + sec(0.004),
            "INFO",
            "Started Websocket Listener on address %s and on port %d",
            "Started Websocket Listener on address 0.0.0.0 and on port 8000",
        )
        return H(
            t + sec(0.002),
            "INFO",
            "Started HiveMQ in %dms",
            f"Started HiveMQ in {r.randint(1400, 2600)}ms",
        )

    t0, t_end = at(6, 0), at(12, 0)
    stop = at(10, 30, 0)
    restart = at(10, 30, 40)

    def up(t: datetime) -> bool:
        return not (stop <= t < restart + sec(3))

    start(t0 + sec(0.8), "2024.3", "PwSTo")
    t = H(
        stop,
        "INFO",
        "Shutting down HiveMQ. Please wait, this could take a while...",
        "Shutting down HiveMQ. Please wait, this could take a while...",
    )
    for name, ver in HM_EXTS:
        t = H(
            t + sec(r.uniform(0.05, 0.4)),
            "INFO",
            'Extension "%s" version %s stopped successfully.',
            f'Extension "{name}" version {ver} stopped successfully.',
        )
    start(restart, "2024.5", "u9L3k")

    def connected(t: datetime, cid: str, ip: str, clean: bool, expiry: int) -> datetime:
        return E(
            t,
            "Client ID: %s, IP: %s, Clean Start: %s, Session Expiry: %s connected.",
            f"Client ID: {cid}, IP: {ip}, Clean Start: {'true' if clean else 'false'}, Session Expiry: {expiry} connected.",
        )

    def was_disc(t: datetime, cid: str, ip: str, reason: str) -> datetime:
        return E(
            t,
            f"Client ID: %s, IP: %s was disconnected. reason: {reason}.",
            f"Client ID: {cid}, IP: {ip} was disconnected. reason: {reason}.",
        )

    # back-end subscribers
    backends = [
        ("thingsboard-integration", "10.10.0.21"),
        ("influx-writer", "10.10.0.22"),
        ("nodered-01", "10.10.0.23"),
    ]
    for t in [t0 + sec(5), restart + sec(4)]:
        for cid, ip in backends:
            connected(t + sec(r.uniform(0, 6)), cid, ip, False, 4294967295)
    # battery sensors
    for n in range(1, 56):
        cid = f"env-sensor-{n:03d}"
        ip = f"10.30.{n // 20}.{10 + n}"
        v5 = n % 4 == 0
        t = t0 + sec(r.uniform(0, 1200))
        while t < t_end:
            if up(t):
                t2 = connected(t, cid, ip, True, 0)
                t3 = t2 + sec(r.uniform(0.3, 2.5))
                if n == 17 and at(8, 0) <= t < at(8, 30):
                    was_disc(t3, cid, ip, "Size of the message sent was too large.")
                elif r.random() < 0.02:
                    E(
                        t3 + sec(60),
                        "Client ID: %s, IP: %s disconnected ungracefully.",
                        f"Client ID: {cid}, IP: {ip} disconnected ungracefully.",
                    )
                elif v5:
                    E(
                        t3,
                        "Client ID: %s, IP: %s disconnected gracefully. Reason given by client: %s",
                        f"Client ID: {cid}, IP: {ip} disconnected gracefully. Reason given by client: {r.choice(['deep sleep', 'deep sleep', 'battery low, sleeping'])}",
                    )
                else:
                    E(
                        t3,
                        "Client ID: %s, IP: %s disconnected gracefully.",
                        f"Client ID: {cid}, IP: {ip} disconnected gracefully.",
                    )
            t += sec(1200 + r.uniform(-40, 40))
    # cellular gateways
    for g in [
        "gw-boiler-house",
        "gw-lab-2",
        "gw-library",
        "gw-dorm-a",
        "gw-dorm-b",
        "gw-sports",
        "gw-parking",
        "gw-farm",
    ]:
        ip = f"100.{r.randint(64, 127)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        connected(t0 + sec(r.uniform(3, 20)), g, ip, False, 4294967295)
        connected(restart + sec(r.uniform(5, 30)), g, ip, False, 4294967295)
        for t in poisson(r, t0 + sec(300), t_end, 2400):
            if not up(t) or not up(t + sec(200)):
                continue
            x = r.random()
            if x < 0.45:
                t = E(
                    t,
                    "Client ID: %s, IP: %s disconnected ungracefully.",
                    f"Client ID: {g}, IP: {ip} disconnected ungracefully.",
                )
            elif x < 0.8:
                t = was_disc(
                    t,
                    g,
                    ip,
                    "The client was idle for too long without sending an MQTT control packet.",
                )
            else:
                # the gateway reconnects before the broker noticed: a take-over
                new_ip = f"100.{r.randint(64, 127)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
                t = was_disc(t, g, ip, "Another client connected with the same client id.")
                connected(t + sec(0.002), g, new_ip, False, 4294967295)
                ip = new_ip
                continue
            ip = f"100.{r.randint(64, 127)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
            connected(t + sec(r.uniform(5, 120)), g, ip, False, 4294967295)
    # a meter with a wrong password
    for t in poisson(r, at(6, 40), t_end, 180):
        if up(t):
            was_disc(t, "meter-hall-17", "10.30.7.88", "Authentication failed")
    # the influx writer falls behind
    for t in poisson(r, at(9, 40), at(9, 50), 8):
        E(
            t,
            "Outgoing publish message was dropped. Receiving client: %s, topic: %s, qos: %d, reason: The client message queue is full.",
            f"Outgoing publish message was dropped. Receiving client: influx-writer, topic: campus/{r.choice(['env', 'energy', 'water'])}/{r.choice(['env-sensor-0', 'gw-dorm-a', 'gw-lab-2'])}{r.randint(1, 55)}/state, qos: {r.choice([0, 1])}, reason: The client message queue is full.",
        )
    # sessions of decommissioned gateways expiring
    for i, g in enumerate(["gw-old-annex", "gw-test-01", "gw-test-02", "gw-cafeteria"]):
        te = at(6, 12) + sec(37 * 60 * i + r.uniform(0, 59))
        E(
            te + sec(r.uniform(0, 2)),
            "Client ID: %s session has expired at %s. All persistent data for this client has been removed.",
            f"Client ID: {g} session has expired at {te:%Y-%m-%d %H:%M:%S}. All persistent data for this client has been removed.",
        )
    return fs.logs(t0)


# -------------------------------------------------------------------------- balena-supervisor

BS_LEVELW = 7


def bs_head(level: str) -> str:
    return f"[{level}]" + " " * (BS_LEVELW - len(level) + 1)


BS_STACK = [
    "    at ClientRequest.<anonymous> (/usr/src/app/dist/app.js:2:1094337)",
    "    at Object.onceWrapper (node:events:634:26)",
    "    at ClientRequest.emit (node:events:531:35)",
    "    at ClientRequest.origin.emit (/usr/src/app/dist/app.js:2:1271508)",
    "    at TLSSocket.socketErrorListener (node:_http_client:500:9)",
    "    at TLSSocket.emit (node:events:519:28)",
    "    at emitErrorNT (node:internal/streams/destroy:169:8)",
    "    at emitErrorCloseNT (node:internal/streams/destroy:128:3)",
    "    at process.processTicksAndRejections (node:internal/process/task_queues:82:21)",
    "    at GetAddrInfoReqWrap.onlookup [as oncomplete] (node:dns:107:26)",
]


def balena_supervisor(r: random.Random) -> list[Log]:
    """Three balenaOS gateways of one fleet (`a1f3c9e`, `7b20d4f`, `c94e1a8`), the journal of
    their supervisor from the 06:00 power-on: the device API polled by the gateway app and by
    the health check, state reports every five minutes, `sensor-reader` crash-looping on
    7b20d4f (its USB dongle gone) until the release of 09:30 fixes it, a1f3c9e's cellular link
    down 07:40-08:10, the new release downloaded and started on all three (c94e1a8's app holding
    the update lock for a while)."""
    fs = Files()
    devs = {"a1f3c9e": 1893, "7b20d4f": 1902, "c94e1a8": 1877}
    app_id = 2051234
    commits = ["9c1b2e7f04d3a6b58e21f0c7d4a9b3e2", "4f7a0d91c2b6e8a35d10f9e2c7b4a681"]
    svcs = [("sensor-reader", 1873451), ("uplink-agent", 1873452), ("nginx", 1873453)]
    rel = [2914433]

    def S(d: str, t: datetime, level: str, label: str | None, lines: list[str]) -> datetime:
        pid = devs[d]
        return fs.add(
            f"gw-{d}.log",
            t,
            label,
            lambda x: [
                f"{x:%b %d %H:%M:%S} {d} balena-supervisor[{pid}]: {bs_head(level)}{ln}"
                for ln in lines
            ],
            d,
            1_000_000,
        )

    def svc_json(name: str, sid: int, commit: str) -> str:
        return json.dumps(
            {
                "service": {
                    "appId": app_id,
                    "serviceId": sid,
                    "serviceName": name,
                    "commit": commit,
                    "releaseId": rel[0] if commit == commits[0] else rel[0] + 1127,
                }
            },
            separators=(",", ":"),
        )

    def event(d: str, t: datetime, name: str, props: str) -> datetime:
        return S(d, t, "event", f"Event: {name} %s", [f"Event: {name} {props}"])

    def start(d: str, t: datetime) -> datetime:
        t = S(d, t, "info", "Supervisor v%s starting up...", ["Supervisor v14.11.3 starting up..."])
        t = S(
            d, t + sec(1), "info", "Setting host to discoverable", ["Setting host to discoverable"]
        )
        t = S(d, t, "debug", "Starting event tracker", ["Starting event tracker"])
        t = S(d, t, "debug", "Starting api binder", ["Starting api binder"])
        t = S(d, t + sec(1), "info", "Starting firewall", ["Starting firewall"])
        t = S(d, t, "success", "Firewall mode applied", ["Firewall mode applied"])
        t = S(
            d,
            t + sec(1),
            "info",
            "Supervisor API successfully started on port %d",
            ["Supervisor API successfully started on port 48484"],
        )
        t = S(d, t + sec(2), "info", "VPN connection is active.", ["VPN connection is active."])
        t = S(d, t + sec(1), "info", "Applying target state", ["Applying target state"])
        t = S(
            d, t + sec(3), "success", "Device state apply success", ["Device state apply success"]
        )
        return S(
            d,
            t + sec(1),
            "info",
            "Reported current state to the cloud",
            ["Reported current state to the cloud"],
        )

    t0 = at(6, 0)
    offline = (at(7, 40, 12), at(8, 10, 30))

    def online(d: str, t: datetime) -> bool:
        return d != "a1f3c9e" or not (offline[0] <= t < offline[1])

    for d in devs:
        start(d, t0 + sec(r.uniform(20, 40)))
    release = at(9, 30, 0)
    for d in devs:
        # the device API: the gateway app every minute, the health check every five
        for i in range(1, 360):
            t = t0 + sec(60 * i + r.uniform(0, 3))
            S(
                d,
                t,
                "api",
                "GET /v1/device 200 - %s ms",
                [f"GET /v1/device 200 - {r.uniform(2, 40):.3f} ms"],
            )
            if i % 5 == 2:
                S(
                    d,
                    t + sec(r.uniform(5, 20)),
                    "api",
                    "GET /v1/healthy 200 - %s ms",
                    [f"GET /v1/healthy 200 - {r.uniform(1, 6):.3f} ms"],
                )
            if i % 5 == 4 and online(d, t) and online(d, t + sec(30)):
                S(
                    d,
                    t + sec(r.uniform(20, 40)),
                    "info",
                    "Reported current state to the cloud",
                    ["Reported current state to the cloud"],
                )
            if i % 10 == 7:
                t = S(
                    d,
                    t + sec(r.uniform(25, 45)),
                    "debug",
                    "Attempting container log timestamp flush...",
                    ["Attempting container log timestamp flush..."],
                )
                S(
                    d,
                    t + sec(r.uniform(0, 1)),
                    "debug",
                    "Container log timestamp flush complete",
                    ["Container log timestamp flush complete"],
                )
    # sensor-reader crash-looping on 7b20d4f
    d = "7b20d4f"
    t = at(6, 2, 10)
    while t < release + sec(60):
        event(d, t, "Service exit", svc_json("sensor-reader", svcs[0][1], commits[0]))
        S(
            d,
            t + sec(r.uniform(2, 8)),
            "info",
            "Reported current state to the cloud",
            ["Reported current state to the cloud"],
        )
        t += sec(r.uniform(60, 110))
    # a1f3c9e's cellular link down
    d = "a1f3c9e"
    S(
        d,
        offline[0] + sec(20),
        "info",
        "VPN connection is not active.",
        ["VPN connection is not active."],
    )
    t, back = offline[0] + sec(r.uniform(30, 90)), 15
    while t < offline[1]:
        S(
            d,
            t,
            "error",
            "Target state poll failed RequestError: getaddrinfo EAI_AGAIN %s",
            [
                "Target state poll failed RequestError: getaddrinfo EAI_AGAIN api.balena-cloud.com",
                "  " + BS_STACK[0],
                *BS_STACK[1:],
            ],
        )
        t += sec(back)
        back = min(back * 2, 900)
    t, back = offline[0] + sec(r.uniform(100, 200)), 15
    while t < offline[1]:
        stack = "RequestError: getaddrinfo EAI_AGAIN api.balena-cloud.com\\n" + "\\n".join(BS_STACK)
        t = event(
            d,
            t,
            "Device state report failure",
            '{"error":{"message":"getaddrinfo EAI_AGAIN api.balena-cloud.com","stack":"'
            + stack
            + '"}}',
        )
        S(
            d,
            t,
            "info",
            "Retrying current state report in %s seconds",
            [f"Retrying current state report in {back} seconds"],
        )
        t += sec(back)
        back = min(back * 2, 600)
    S(d, offline[1] + sec(14), "info", "VPN connection is active.", ["VPN connection is active."])
    S(
        d,
        offline[1] + sec(40),
        "info",
        "Reported current state to the cloud",
        ["Reported current state to the cloud"],
    )
    # the release of 09:30
    for d in devs:
        t = release + sec(r.uniform(2, 20))
        t = S(d, t, "info", "Applying target state", ["Applying target state"])
        for name, _sid in svcs[:2]:
            img = f'{{"image":{{"name":"registry2.balena-cloud.com/v2/{hexid(r, 32)}@sha256:{hexid(r, 64)}","appId":{app_id},"serviceName":"{name}"}}}}'
            t = event(d, t + sec(1), "Docker image download", img)
            t = event(d, t + sec(r.uniform(20, 90)), "Image downloaded", img)
        if d == "c94e1a8":
            for _ in range(r.randint(14, 22)):
                t = S(
                    d,
                    t + sec(1),
                    "info",
                    "Updates are locked, retrying in %s...",
                    ["Updates are locked, retrying in 30s..."],
                )
                t += sec(29)
        for name, sid in svcs[:2]:
            t = event(d, t + sec(1), "Service kill", svc_json(name, sid, commits[0]))
            t = event(d, t + sec(r.uniform(1, 10)), "Service stop", svc_json(name, sid, commits[0]))
            t = event(d, t + sec(1), "Service install", svc_json(name, sid, commits[1]))
            t = event(d, t + sec(1), "Service installed", svc_json(name, sid, commits[1]))
            t = event(d, t + sec(1), "Service start", svc_json(name, sid, commits[1]))
            t = event(d, t + sec(1), "Service started", svc_json(name, sid, commits[1]))
        t = S(
            d, t + sec(2), "success", "Device state apply success", ["Device state apply success"]
        )
        S(
            d,
            t + sec(1),
            "info",
            "Reported current state to the cloud",
            ["Reported current state to the cloud"],
        )
    return fs.logs(t0)


# ------------------------------------------------------------------------------- chirpstack

CS_GWS = ["0016c001ff10a235", "0016c001ff1b7e02", "0016c001ff1c9d44"]
CS_APP = "6c5b7a2e-1f0d-4a8b-9e3c-5d2f1a0b7c64"


def chirpstack(r: random.Random) -> list[Log]:
    """One ChirpStack v4 network server (EU868, three gateways through Mosquitto), 06:00 to
    12:00: 20 sensors sending every 20 minutes (every tenth uplink confirmed), a neighbour
    network's devices heard by our gateways, a device rejoining now and then, Redis restarted
    08:40-08:42, Mosquitto restarted at 10:20."""
    fs = Files()
    devices = [(f"0018b2000000{1100 + i:04x}", f"01{r.getrandbits(24):06x}") for i in range(20)]
    foreign = [f"26{r.getrandbits(24):06x}" for _ in range(9)] + [
        f"fc00{r.getrandbits(16):04x}" for _ in range(3)
    ]
    ours_bad = [devices[3][1], devices[11][1]]

    def C(
        t: datetime,
        level: str,
        spans: str,
        target: str,
        label: str,
        msg: str,
        fields: str = "",
    ) -> datetime:
        sp = f"{spans}: " if spans else ""
        return fs.add(
            "chirpstack.log",
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond:06d}Z {level:>5} {sp}{target}: {msg}{' ' + fields if fields else ''}"
            ],
            "cs",
            1,
        )

    MQ = "chirpstack::gateway::backend::mqtt"

    def received(t: datetime, gw: str, ev: str) -> datetime:
        return C(
            t,
            "INFO",
            "",
            MQ,
            "Message received from gateway",
            "Message received from gateway",
            f"region_id=eu868 topic=eu868/gateway/{gw}/event/{ev} qos=AtMostOnce json=false",
        )

    def subscribe(t: datetime) -> datetime:
        return C(
            t,
            "INFO",
            "",
            MQ,
            "Subscribing to gateway event topic",
            "Subscribing to gateway event topic",
            "region_id=eu868 event_topic=$share/chirpstack/eu868/gateway/+/event/+",
        )

    def start(t: datetime) -> datetime:
        t = C(
            t,
            "INFO",
            "",
            "chirpstack::cmd::root",
            "Starting ChirpStack LoRaWAN Network Server",
            "Starting ChirpStack LoRaWAN Network Server",
            'version="4.8.1" docs="https://www.chirpstack.io/"',
        )
        t = C(
            t + sec(0.0001),
            "INFO",
            "",
            "chirpstack::storage",
            "Setting up PostgreSQL connection pool",
            "Setting up PostgreSQL connection pool",
        )
        t = C(
            t + sec(0.09),
            "INFO",
            "",
            "chirpstack::storage::postgres",
            "Applying schema migrations",
            "Applying schema migrations",
        )
        t = C(
            t + sec(0.012),
            "INFO",
            "",
            "chirpstack::storage",
            "Setting up Redis client",
            "Setting up Redis client",
        )
        t = C(
            t + sec(0.001),
            "INFO",
            "",
            "chirpstack::region",
            "Configuring region",
            "Configuring region",
            "region_id=eu868 region_common_name=EU868",
        )
        t = C(
            t + sec(0.006),
            "INFO",
            "",
            MQ,
            "Connecting to MQTT broker",
            "Connecting to MQTT broker",
            f"region_id=eu868 server_uri=tcp://mosquitto:1883 clean_session=false client_id={hexid(r, 16)}",
        )
        t = subscribe(t + sec(0.003))
        return C(
            t + sec(0.004),
            "INFO",
            "",
            "chirpstack::api",
            "Setting up API interface",
            "Setting up API interface",
            "bind=[::]:8080",
        )

    t0, t_end = at(6, 0), at(12, 0)
    start(t0 + sec(0.7))
    redis_down = (at(8, 40, 5), at(8, 46, 30))
    mq_down = (at(10, 20, 0), at(10, 20, 34))

    def mq_up(t: datetime) -> bool:
        return not (mq_down[0] <= t < mq_down[1] + sec(1))

    # gateway stats every five minutes
    for gw in CS_GWS:
        for t in [t0 + sec(r.uniform(5, 300) + 300 * i) for i in range(72)]:
            if mq_up(t):
                received(t, gw, "stats")

    def uplink(t: datetime, dev: tuple[str, str] | None, addr: str, mtype: str) -> None:
        gws = r.sample(CS_GWS, r.choice([1, 1, 2, 2, 3]))
        for gw in gws:
            t = received(t + sec(r.uniform(0.001, 0.02)), gw, "up")
        t += sec(0.2)  # the deduplication delay
        if redis_down[0] <= t < redis_down[1]:
            C(
                t,
                "ERROR",
                "",
                "chirpstack::uplink",
                "Deduplication error",
                "Deduplication error",
                "error=Deduplication put and get lock: Connection refused (os error 111)",
            )
            return
        span = f"up{{deduplication_id={uuid4(r)}}}"
        t = C(
            t + sec(0.0005),
            "INFO",
            span,
            "chirpstack::uplink",
            "Uplink received",
            "Uplink received",
            f"m_type={mtype}",
        )
        if mtype == "JoinRequest":
            assert dev is not None
            t = C(
                t + sec(r.uniform(0.01, 0.05)),
                "INFO",
                span,
                MQ,
                "Sending downlink frame",
                "Sending downlink frame",
                f"region_id=eu868 gateway_id={gws[0]} topic=eu868/gateway/{gws[0]}/command/down json=false",
            )
            received(t + sec(r.uniform(0.05, 0.2)), gws[0], "ack")
            return
        dspan = f'{span}:data_up{{dev_eui="{dev[0]}"}}' if dev else f"{span}:data_up"
        if dev is None:
            C(
                t + sec(0.001),
                "INFO",
                dspan,
                "chirpstack::uplink::data",
                "No device-session exists for dev_addr",
                "No device-session exists for dev_addr",
                f"dev_addr={addr}",
            )
            return
        if addr in ours_bad and r.random() < 0.3:
            C(
                t + sec(0.001),
                "INFO",
                f"{span}:data_up",
                "chirpstack::uplink::data",
                "None of the device-sessions for dev_addr resulted in valid MIC",
                "None of the device-sessions for dev_addr resulted in valid MIC",
                f"dev_addr={addr}",
            )
            return
        t = C(
            t + sec(r.uniform(0.005, 0.02)),
            "INFO",
            dspan,
            "chirpstack::integration::mqtt",
            "Publishing event",
            "Publishing event",
            f"topic=application/{CS_APP}/device/{dev[0]}/event/up",
        )
        if mtype == "ConfirmedDataUp":
            t = C(
                t + sec(r.uniform(0.01, 0.05)),
                "INFO",
                "",
                MQ,
                "Sending downlink frame",
                "Sending downlink frame",
                f"region_id=eu868 gateway_id={gws[0]} topic=eu868/gateway/{gws[0]}/command/down json=false",
            )
            received(t + sec(r.uniform(0.05, 0.2)), gws[0], "ack")

    for dev in devices:
        t = t0 + sec(r.uniform(0, 1200))
        k = 0
        while t < t_end:
            if mq_up(t):
                k += 1
                mt = "ConfirmedDataUp" if k % 10 == 0 else "UnconfirmedDataUp"
                if r.random() < 0.01:
                    mt = "JoinRequest"
                uplink(t, dev, dev[1], mt)
            t += sec(1200 + r.uniform(-5, 5))
    for t in poisson(r, t0 + sec(30), t_end, 150):
        if mq_up(t):
            uplink(t, None, r.choice(foreign), "UnconfirmedDataUp")
    # Mosquitto restarted
    t = mq_down[0] + sec(0.4)
    while t < mq_down[1]:
        t = C(
            t,
            "ERROR",
            "",
            MQ,
            "MQTT error",
            "MQTT error",
            "region_id=eu868 error=I/O: Connection refused (os error 111)",
        )
        t += sec(1.0)
    subscribe(mq_down[1] + sec(0.02))
    return fs.logs(t0)


# ------------------------------------------------------------------------------- greengrass

GG_COMP = "com.acme.SensorPublisher"
GG_SF = "com.acme.StoreForward"
GG_THING = "acme-line1-core"
GG_ROLE = "/role-aliases/GreengrassV2TokenExchangeRoleAlias/credentials"
GG_LOGGERS = {
    "main": "com.aws.greengrass.lifecyclemanager.GenericExternalService",
    "DeploymentService": "com.aws.greengrass.deployment.DeploymentService",
    "FleetStatusService": "com.aws.greengrass.status.FleetStatusService",
    "TelemetryAgent": "com.aws.greengrass.telemetry.TelemetryAgent",
    "UpdateSystemPolicyService": "com.aws.greengrass.lifecyclemanager.UpdateSystemPolicyService",
    "aws.greengrass.Nucleus": "com.aws.greengrass.lifecyclemanager.GreengrassService",
    "aws.greengrass.TokenExchangeService": "com.aws.greengrass.tes.TokenExchangeService",
}


def greengrass(r: random.Random) -> list[Log]:
    """One Greengrass core device on a production line (cellular uplink), 06:00 to 12:00: the
    nucleus starting at 06:00, SensorPublisher reading the PLC over Modbus and publishing every
    10 seconds, StoreForward compacting every minute and uploading to S3 every five, the MQTT
    connection interrupted and resumed now and then, the cellular link down 10:40-10:55 (the
    uploads failing), the PLC network down
    07:30-07:52 (the component exits three times and is BROKEN), a deployment of 1.4.3 at
    09:00."""
    fs = Files()
    state = {"nucleus": "", GG_COMP: "NEW"}
    version = ["1.4.2"]
    pool = [f"pool-2-thread-{i}" for i in range(1, 30)]

    def ctx(d: dict[str, object]) -> str:
        return "{" + ", ".join(f"{k}={v}" for k, v in d.items()) + "}"

    def G(
        f: str,
        t: datetime,
        level: str,
        thread: str,
        logger: str,
        label: str | None,
        parts: list[str],
        contexts: dict[str, object],
        extra: list[str] | None = None,
    ) -> datetime:
        body = ". ".join([p for p in parts if p] + [ctx(contexts)])
        return fs.add(
            f,
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%dT%H:%M:%S}.{ms(x)}Z [{level}] ({thread}) {logger}: {body}",
                *(extra or []),
            ],
            (f, thread),
            1000,
        )

    def N(
        t: datetime,
        level: str,
        thread: str,
        logger: str,
        label: str,
        parts: list[str],
        c: dict[str, object],
    ) -> datetime:
        return G("greengrass.log", t, level, thread, logger, label, parts, c)

    def set_state(t: datetime, svc: str, new: str, cur: str) -> datetime:
        logger = GG_LOGGERS.get(svc, svc)
        return N(
            t,
            "INFO",
            r.choice(pool),
            logger,
            "service-set-state",
            ["service-set-state"],
            {"serviceName": svc, "currentState": cur, "newState": new},
        )

    def comp(
        t: datetime,
        level: str,
        label: str | None,
        parts: list[str],
        c: dict[str, object],
        name: str = GG_COMP,
    ) -> datetime:
        return G(f"{name}.log", t, level, "Copier", name, label, parts, c)

    def run_script() -> str:
        return f"services.{GG_COMP}.lifecycle.Run"

    def start_comp(t: datetime) -> datetime:
        t = set_state(
            t, GG_COMP, "STARTING", "INSTALLED" if state[GG_COMP] != "ERRORED" else "ERRORED"
        )
        cmd = f'["python3 -u /greengrass/v2/packages/artifacts/{GG_COMP}/{version[0]}/publisher.py --config /greengrass/v2/work/{GG_COMP}/config.json"]'
        c = {
            "scriptName": run_script(),
            "serviceName": GG_COMP,
            "currentState": "STARTING",
            "command": cmd,
        }
        th = r.choice(pool)
        t = N(t + sec(0.01), "INFO", th, GG_COMP, "shell-runner-start", ["shell-runner-start"], c)
        G(f"{GG_COMP}.log", t, "INFO", th, GG_COMP, "shell-runner-start", ["shell-runner-start"], c)
        t = set_state(t + sec(0.02), GG_COMP, "RUNNING", "STARTING")
        state[GG_COMP] = "RUNNING"
        t = comp(
            t + sec(r.uniform(0.8, 1.6)),
            "INFO",
            "Connected to Modbus gateway %s:%d",
            ["stdout", "Connected to Modbus gateway 192.168.10.21:502"],
            {"scriptName": run_script(), "serviceName": GG_COMP, "currentState": "RUNNING"},
        )
        return t

    t0, t_end = at(6, 0), at(12, 0)
    # the nucleus starting
    t = t0 + sec(3.2)
    t = N(
        t,
        "INFO",
        "main",
        "com.aws.greengrass.lifecyclemanager.KernelLifecycle",
        "effective-config-dump-complete",
        ["effective-config-dump-complete"],
        {"file": "/greengrass/v2/config/effectiveConfig.yaml"},
    )
    builtins = [
        "main",
        "DeploymentService",
        "FleetStatusService",
        "TelemetryAgent",
        "UpdateSystemPolicyService",
        "aws.greengrass.Nucleus",
        "aws.greengrass.TokenExchangeService",
    ]
    for new, cur in [("INSTALLED", "NEW"), ("STARTING", "INSTALLED"), ("RUNNING", "STARTING")]:
        for svc in builtins:
            t = set_state(t + sec(r.uniform(0.005, 0.05)), svc, new, cur)
    t = N(
        t + sec(0.3),
        "INFO",
        "pool-2-thread-4",
        "com.aws.greengrass.mqttclient.AwsIotMqttClient",
        "Connecting to AWS IoT Core",
        ["Connecting to AWS IoT Core"],
        {"clientId": GG_THING},
    )
    t = N(
        t + sec(r.uniform(1.5, 3)),
        "INFO",
        "Thread-4",
        "com.aws.greengrass.mqttclient.AwsIotMqttClient",
        "Successfully connected to AWS IoT Core",
        ["Successfully connected to AWS IoT Core"],
        {"clientId": GG_THING, "sessionPresent": "false"},
    )
    t = set_state(t + sec(0.1), GG_COMP, "INSTALLED", "NEW")
    state[GG_COMP] = "INSTALLED"
    t = start_comp(t + sec(0.5))
    # StoreForward: spools the line's data to parquet and uploads it to S3
    sf_run = f"services.{GG_SF}.lifecycle.Run"
    t = set_state(t + sec(0.05), GG_SF, "INSTALLED", "NEW")
    t = set_state(t + sec(0.3), GG_SF, "STARTING", "INSTALLED")
    c = {
        "scriptName": sf_run,
        "serviceName": GG_SF,
        "currentState": "STARTING",
        "command": f'["python3 -u /greengrass/v2/packages/artifacts/{GG_SF}/2.0.1/storeforward.py"]',
    }
    th = r.choice(pool)
    t = N(t + sec(0.01), "INFO", th, GG_SF, "shell-runner-start", ["shell-runner-start"], c)
    G(f"{GG_SF}.log", t, "INFO", th, GG_SF, "shell-runner-start", ["shell-runner-start"], c)
    t = set_state(t + sec(0.02), GG_SF, "RUNNING", "STARTING")
    sf_ctx = {"scriptName": sf_run, "serviceName": GG_SF, "currentState": "RUNNING"}
    cell_down = (at(10, 40, 7), at(10, 55, 40))
    n_file = 0
    for i in range(1, 360):
        tc = at(6, 0, 45) + sec(60 * i + r.uniform(0, 0.5))
        n_file += 1
        comp(
            tc,
            "INFO",
            "Compacted %d rows into %s",
            [
                "stdout",
                f"Compacted {r.randint(700, 860)} rows into /greengrass/v2/work/{GG_SF}/spool/line1-{tc:%Y%m%dT%H%M}.parquet",
            ],
            sf_ctx,
            GG_SF,
        )
        if i % 5 == 0:
            key = f"line1/{tc:%Y/%m/%d}/line1-{tc:%Y%m%dT%H%M}.tar.zst"
            tu = tc + sec(r.uniform(1, 3))
            if cell_down[0] <= tu < cell_down[1]:
                for k in range(1, 4):
                    comp(
                        tu + sec(20 * k),
                        "WARN",
                        'Upload of %s failed (attempt %d/3): Could not connect to the endpoint URL: "%s"',
                        [
                            "stderr",
                            f'WARNING:storeforward:Upload of {key} failed (attempt {k}/3): Could not connect to the endpoint URL: "https://acme-gg-spool.s3.eu-west-1.amazonaws.com/{key}"',
                        ],
                        sf_ctx,
                        GG_SF,
                    )
                comp(
                    tu + sec(61),
                    "WARN",
                    "Keeping %s in the spool, %d files pending",
                    [
                        "stderr",
                        f"ERROR:storeforward:Keeping {key} in the spool, {1 + (tu - cell_down[0]).seconds // 300} files pending",
                    ],
                    sf_ctx,
                    GG_SF,
                )
                continue
            comp(
                tu,
                "INFO",
                "Uploaded %s (%d bytes) to %s",
                [
                    "stdout",
                    f"Uploaded {key} ({r.randint(180_000, 260_000)} bytes) to s3://acme-gg-spool",
                ],
                sf_ctx,
                GG_SF,
            )

    cred_at = [t + sec(4)]

    def creds(t: datetime) -> None:
        N(
            t,
            "INFO",
            r.choice(pool),
            "com.aws.greengrass.tes.CredentialRequestHandler",
            "Received IAM credentials that will be cached until %s",
            [
                f"Received IAM credentials that will be cached until {(t + sec(3300)):%Y-%m-%dT%H:%M:%S}Z"
            ],
            {"iotCredentialsPath": GG_ROLE},
        )

    creds(cred_at[0])
    t = cred_at[0] + sec(3300)
    while t < t_end:
        creds(t + sec(r.uniform(1, 20)))
        t += sec(3300)

    plc_down = (at(7, 30, 4), at(7, 52, 30))
    deploy = at(9, 0, 12)
    broken_from: list[datetime] = []

    # the component's loop: a batch every 15 s, its failures
    t = at(6, 0, 30)
    errors = 0
    while t < t_end:
        if broken_from and broken_from[0] <= t < deploy + sec(160):
            # BROKEN until the deployment below starts 1.4.3
            t = deploy + sec(160)
            state[GG_COMP] = "RUNNING"
            continue
        if state[GG_COMP] == "RUNNING" and plc_down[0] <= t < plc_down[1]:
            base = {"scriptName": run_script(), "serviceName": GG_COMP, "currentState": "RUNNING"}
            for _ in range(r.randint(3, 6)):
                t = comp(
                    t,
                    "WARN",
                    "Modbus read timeout on unit %d, retrying",
                    [
                        "stderr",
                        f"WARNING:publisher:Modbus read timeout on unit {r.choice([1, 2, 3])}, retrying",
                    ],
                    base,
                )
                t += sec(r.uniform(3, 6))
            t = comp(
                t,
                "WARN",
                "Modbus connection lost: [Errno 113] No route to host",
                ["stderr", "ERROR:publisher:Modbus connection lost: [Errno 113] No route to host"],
                base,
            )
            t = comp(
                t + sec(r.uniform(20, 40)),
                "WARN",
                "Giving up after %d reconnect attempts",
                ["stderr", "CRITICAL:publisher:Giving up after 5 reconnect attempts"],
                base,
            )
            # the process exits
            for f in ["greengrass.log", f"{GG_COMP}.log"]:
                G(
                    f,
                    t + sec(0.05),
                    "INFO",
                    "Copier",
                    GG_COMP,
                    "Run script exited",
                    ["Run script exited"],
                    {"exitCode": 1, "serviceName": GG_COMP, "currentState": "RUNNING"},
                )
            t = N(
                t + sec(0.06),
                "INFO",
                "Copier",
                GG_COMP,
                "service-report-state",
                ["service-report-state"],
                {"serviceName": GG_COMP, "currentState": "RUNNING", "newState": "ERRORED"},
            )
            t = set_state(t + sec(0.01), GG_COMP, "ERRORED", "RUNNING")
            state[GG_COMP] = "ERRORED"
            errors += 1
            if errors >= 3:
                t = set_state(t + sec(0.02), GG_COMP, "BROKEN", "ERRORED")
                state[GG_COMP] = "BROKEN"
                broken_from.append(t)
                continue
            t = start_comp(t + sec(r.uniform(1, 3)))
            t += sec(15)
            continue
        if state[GG_COMP] == "RUNNING":
            comp(
                t,
                "INFO",
                "Published %d readings to %s",
                ["stdout", f"Published {r.randint(10, 14)} readings to dt/acme/line1/telemetry"],
                {"scriptName": run_script(), "serviceName": GG_COMP, "currentState": "RUNNING"},
            )
        t += sec(10 + r.uniform(-0.05, 0.05))

    # the MQTT connection interrupted on the cellular link (and down 10:40-10:55)
    outage = cell_down[0] + sec(2)
    for ti in [*poisson(r, t0 + sec(600), t_end, 1500), outage]:
        if deploy - sec(60) <= ti < deploy + sec(300):
            continue
        if cell_down[0] - sec(120) <= ti < cell_down[1] + sec(60) and ti != outage:
            continue
        err = r.choice(
            [
                "AWS_ERROR_MQTT_UNEXPECTED_HANGUP: The connection was closed unexpectedly.",
                "AWS_ERROR_MQTT_TIMEOUT: Time limit between request and response has been exceeded.",
                "AWS_IO_SOCKET_CLOSED: socket is closed.",
            ]
        )
        th = f"Thread-{r.randint(3, 9)}"
        t = N(
            ti,
            "WARN",
            th,
            "com.aws.greengrass.mqttclient.AwsIotMqttClient",
            "Connection interrupted",
            ["Connection interrupted"],
            {"clientId": GG_THING, "error": err},
        )
        N(
            t + sec(0.002),
            "WARN",
            th,
            "com.aws.greengrass.deployment.IotJobsHelper",
            "Connection interrupted",
            ["Connection interrupted"],
            {"error": err},
        )
        N(
            cell_down[1] + sec(4) if ti == outage else t + sec(r.uniform(8, 120)),
            "INFO",
            th,
            "com.aws.greengrass.mqttclient.AwsIotMqttClient",
            "Connection resumed",
            ["Connection resumed"],
            {"clientId": GG_THING, "sessionPresent": "true"},
        )

    # the deployment of 1.4.3
    dep_id = uuid4(r)
    th = "pool-2-thread-12"
    t = N(
        deploy,
        "INFO",
        th,
        "com.aws.greengrass.componentmanager.ComponentManager",
        "prepare-package-start",
        ["prepare-package-start"],
        {"packageIdentifier": f"{GG_COMP}-v1.4.3"},
    )
    t = N(
        t + sec(r.uniform(3, 6)),
        "INFO",
        th,
        "com.aws.greengrass.componentmanager.builtins.S3Downloader",
        "download-artifact. task failed and will be retried",
        ["download-artifact", "task failed and will be retried"],
        {
            "task-attempt": 1,
            "componentIdentifier": GG_COMP,
            "artifactUri": f"s3://acme-gg-artifacts/{GG_COMP}/1.4.3/publisher.zip",
        },
    )
    t = N(
        t + sec(r.uniform(20, 40)),
        "INFO",
        th,
        "com.aws.greengrass.componentmanager.ComponentManager",
        "prepare-package-start",
        ["prepare-package-start"],
        {"packageIdentifier": "aws.greengrass.Nucleus-v2.12.6"},
    )
    t = N(
        t + sec(2),
        "INFO",
        r.choice(pool),
        GG_COMP,
        "Shutdown initiated",
        ["Shutdown initiated"],
        {"serviceName": GG_COMP, "currentState": "BROKEN"},
    )
    t = N(
        t + sec(0.2),
        "INFO",
        r.choice(pool),
        GG_COMP,
        "generic-service-shutdown",
        ["generic-service-shutdown"],
        {"serviceName": GG_COMP, "currentState": "BROKEN"},
    )
    version[0] = "1.4.3"
    t = set_state(t + sec(0.5), GG_COMP, "NEW", "BROKEN")
    t = set_state(t + sec(0.3), GG_COMP, "INSTALLED", "NEW")
    state[GG_COMP] = "INSTALLED"
    t = start_comp(t + sec(0.3))
    t = N(
        t + sec(r.uniform(5, 10)),
        "INFO",
        th,
        "com.aws.greengrass.deployment.DeploymentService",
        "Current deployment finished",
        ["Current deployment finished"],
        {"DeploymentId": dep_id, "serviceName": "DeploymentService", "currentState": "RUNNING"},
    )
    N(
        t + sec(0.04),
        "INFO",
        th,
        "com.aws.greengrass.deployment.DeploymentStatusKeeper",
        "Stored deployment status",
        ["Stored deployment status"],
        {"DeploymentId": dep_id, "DeploymentStatus": "SUCCEEDED"},
    )
    return fs.logs(t0)


SYSTEMS = {
    "thingsboard": thingsboard,
    "hivemq": hivemq,
    "balena-supervisor": balena_supervisor,
    "chirpstack": chirpstack,
    "greengrass": greengrass,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
