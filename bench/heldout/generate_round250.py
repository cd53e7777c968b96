#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 250 (memphis, liftbridge, nats-streaming, eventmesh,
inlong) into bench/heldout/, the same way and under the same label rules as generate.py
(bench/README.md, "heldout.py"): each program's log is simulated from its format strings over a
seeded run, and every line that starts an event is labelled with the format string that wrote it
as it is written. Distinct calls of one process never share a timestamp at the log's resolution
(round 53's Clock, kept per process and per file). Five messaging systems of one platform team,
06:00 to 12:00 on 2024-06-07. The brief's KubeMQ is replaced by NATS Streaming (STAN), the broker
KubeMQ Community embeds (its `kubemq-io/broker` is a fork of nats-streaming-server): KubeMQ's
server is not open source beyond the Community edition, no copy of its source could be read
here, and the helper does not know its messages, so a KubeMQ log could not be written
faithfully.

- Memphis 1.4.3 (`memphis-0.log`, `memphis-1.log`, `memphis-2.log`: `kubectl logs --since-time`
  of a three-broker StatefulSet). Memphis is a fork of nats-server and keeps its logger:
  `[1] 2024/06/07 06:00:06.805333 [WRN] ...` (the pid prefix, microseconds, `[INF]`/`[WRN]`/
  `[ERR]`, no colours as stderr is no terminal). Memphis's own statements carry
  `[tenant: %v][user: %v]` in their format strings, glued to the function name
  (`[tenant: $memphis][user: svc-orders]createProducerDirectCommon at GetStationByName: ...`);
  statements through a client's logger get NATS's `ip:port - cid:N - "lang:version:name" - `
  prefix. The story: two producers on a v0 SDK retrying stations that were never created until
  08:21 (`[tenant: %v]createProducerDirectCommon : Producer %v at station %v : this station does
  not exist, ...`, the station name a struct printed with %v: `{invoices-v2 invoices-v2}`); a
  new service's producer with a display name crash-looping 07:10-07:26 (`... at
  validateProducerName: ... Only alphanumeric and the '_', '-', '.' characters are allowed in
  Producer`); stations created by SDK producers and deleted in the UI; the analytics consumer
  stalling 08:40-09:05 (`Slow Consumer Detected: ...`); a BI tool connecting with a management
  user 09:00-09:30; memphis-2's node cut off 09:47:10-09:48:31 (routes closed as `Stale
  Connection`, `Error trying to connect to route (attempt %v): %v`, the metadata leader moving
  to memphis-0, new stream and consumer leaders, `RAFT [...] Falling behind in health check`,
  `Catchup for stream '%s > %s' complete`); the metadata PostgreSQL's failover 10:05-10:16 (every
  producer, consumer and UI lookup failing with pgx's `failed to connect to `host=... user=...
  database=...`: dial error (dial tcp ...: connect: connection refused)`); a decommissioned
  user's cron job 11:00-11:40 (`handleConnectMessage user does not exist`).
- Liftbridge v1.9.0 (`liftbridge-0.log`, `liftbridge-1.log`, `liftbridge-2.log`: `kubectl logs`
  of three servers on an external NATS cluster, log level info). Its logger is logrus's
  TextFormatter with `FullTimestamp` and `2006-01-02 15:04:05`; stderr is no terminal, so the
  lines are logfmt: `time="2024-06-07 06:00:03" level=error msg="api: Failed to publish async
  message: no such stream: payments-v1"` (the message %q-quoted, inner quotes escaped). The story:
  a producer still publishing to the stream renamed the night before until 07:04; an analytics
  job subscribing to a fourth partition of a three-partition stream 08:00-09:00; liftbridge-2's
  disk stalling 07:40-07:47 (`Replica %s for partition %s exceeded max lag time ...`, the two
  replication-factor-2 streams' ISR below the minimum of 2 and `Unable to commit messages for
  partition %s, ISR size (%d) below minimum (%d)` at every commit check, `Dropped replication
  request ...`, `caught back up with leader, rejoining ISR`); the NATS cluster restarted node
  by node 09:20-09:25 (each of a server's five connections `Connection %q has been
  disconnected from NATS` and `reconnected to NATS at %q`, replication requests timing out);
  liftbridge-1, the metadata leader, rescheduled at 10:30 (`Shutting down...`, liftbridge-0
  `Server became metadata leader, ...`, followers' `Error sending replication request ...:
  nats: timeout` and `Leader %s for partition %s exceeded max leader timeout ...`, the start-up
  banner at 10:31:41, consumers with stale metadata subscribing at the wrong server until 10:43:
  `api: Failed to subscribe to partition %s: server not stream leader`); consumer group members
  timing out.
- NATS Streaming 0.25.6 (`stan-0.log`, `stan-1.log`, `stan-2.log`: `kubectl logs --since-time`
  of a clustered three-node StatefulSet on an external NATS, with `-SD` left on since an
  incident). NATS's logger with the streaming server's `STREAM: ` before every message: `[1]
  2024/06/07 06:00:03.412508 [DBG] STREAM: [Client:metrics-snapshot-...] Connected (Inbox=...)`;
  hashicorp raft's (pre-hclog) lines through its log adapter as `STREAM: raft: ...`, the raft
  level as the line's. Only the leader serves clients, so the client lines are stan-0's until
  10:15 and stan-1's after: cron jobs connecting every one, two and three minutes, rolling
  deploys, a node drain at 08:30 whose killed pods `Timed out on heartbeats`, a crash-looping
  consumer, the api-gateway scaled out 10:40-11:30, a service started twice with one durable
  name (`Duplicate durable subscription registration`, 11:00-11:45). stan-0's node cut off
  10:15:02-10:16:11: `Failed to contact %v in %v`, `Failed to contact quorum of nodes, stepping
  down`, leader stepdown, twenty rounds of `Election timeout reached, restarting election` /
  `Failed to make RequestVote RPC to %v: %v`; stan-1's election, leader promotion and
  `Failed to AppendEntries to %v: %v` / `Failed to heartbeat to %v: %v` until the node is back;
  clients replaced under their IDs.
- Apache EventMesh 1.10.0 (`eventmesh-runtime-0.log`, `eventmesh-runtime-1-previous.log`,
  `eventmesh-runtime-1.log`: `kubectl logs` and, for the runtime restarted after running out of
  heap at 09:04, `kubectl logs --previous`). log4j2's console pattern `%d{yyyy-MM-dd
  HH:mm:ss.SSS} %-5p [%t] %c{1}(%F:%L) - %m%n`, the `cmd` and `message` loggers' pipe-separated
  records: `cmd=MSG_SEND_ASYNC|http|client2eventMesh|from=...|to=...` for every HTTP request
  (publishes, subscribers' heartbeats every two minutes),
  `message|eventMesh2mq|REQ|ASYNC|send2MQCost=3ms|topic=...|seqNum=...|uniqueId=...` per publish,
  `message|eventMesh2client|OK|url=...` per webhook push; a webhook down 08:20-08:45 (`...
  exception=Connect to %s [%s] failed: Connection refused (Connection refused) |emitter|...`,
  three tries each); the RocketMQ broker unreachable 10:40-10:52 (the send record at ERROR with
  its `RemotingConnectException` stack); TCP SDK clients' sessions (`client|tcp|channel|
  connected|...`, `createSession client[%s]`, `closeSession|user=UserAgent{...}`); the JVM's
  bare `Exception in thread "..." java.lang.OutOfMemoryError: Java heap space` ending the
  previous container's log and the restarted runtime's start-up lines.
- Apache InLong 1.12.0 (`manager-web.log`: the Manager's Spring Boot log; `agent-01.log`,
  `agent-02.log`: two Agents collecting nginx, payment and audit logs). log4j2's
  `%d{yyyy-MM-dd HH:mm:ss.SSS} -%5p ${PID:-} [%15.15t] %-30.30C{1.} : %m%n`: the thread cut
  from the left to 15 characters, the class abbreviated and cut to 30, and `${PID:-}` empty in
  the Agents (two blanks). The Manager logs each Agent's task request every 30 s (a Lombok
  `TaskRequest(...)`), each Agent's proxy-list refresh every 5 minutes, four groups created in
  the dashboard (`success to save inlong group ...`, `begin to startup inlong group ...`, Pulsar
  topics, Flink jobs), Pulsar down 09:10-09:31 (`failed to create pulsar topic={}` with the
  admin client's stack, retried), a Sort job failing to submit, agent-02's heartbeat evicted in
  its upgrade. The Agents: `taskManager coreThread running! ...` every minute, an instance per
  hourly rotation, the DataProxy down 08:00-08:12 (`send data to dataproxy error {}` at every
  batch, the SDK's `exception caught` with a `ConnectException` stack every minute), agent-02
  upgraded at 11:00.

Label notes. The heads are context: NATS's pid, time and level (Memphis, NATS Streaming) and
its client and route prefixes (`ip:port - cid:N - "..." - `, `ip:port - rid:N - `), NATS
Streaming's `STREAM: `, logrus's `time` and `level`, log4j2's time, level, thread, logger and
location, and InLong's PID. Memphis's `[tenant: %v][user: %v]` is in the call sites' format
strings: wording with its values. A value that is an error or a message contributes its format
(pgx's connect error, Memphis's validation error, the station-created message built by
concatenation, NATS's dial error, HttpClient's connect error, nats.go's `nats: timeout`).
NATS Streaming's raft lines are labelled with raft's format (`raft: ...`) without the level
the adapter takes off. The stacks' lines have no row.

Checked against copies of the sources: Liftbridge's logger, start-up banner, API, partition,
replicator, raft, server and consumer-group messages; Memphis's logger (the NATS logger with its
pid prefix and labels) and its producer handler's messages (the station-does-not-exist warning,
the GetStationByName error, the station-created notice, the validateProducerName warning), the
GetStation error and the management-user warning. Written from the helper's knowledge (least
sure): Memphis's `handleConnectMessage user does not exist` wording, the consumer handler's
error, the station-deleted notice and validateName's error text; NATS Streaming's client
messages (whether they are debug, `Replaced old client`, the subscription lines, `Duplicate
durable subscription registration`) and the raft adapter; every EventMesh message and its
log4j2 pattern; every InLong message and the shared log4j2 pattern.
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
from generate_round147 import T0, T_END, at, go_quote

SEC = 1_000_000
MS = 1_000


def every(
    r: random.Random, t0: datetime, t1: datetime, period: float, jitter: float
) -> list[datetime]:
    """Instants from t0 to t1 about `period` seconds apart (each moved by up to `jitter`)."""
    out, t = [], t0
    while t < t1:
        out.append(t + sec(r.uniform(0, jitter)))
        t += sec(period)
    return out


def nats_head(t: datetime, level: str) -> str:
    """The NATS server logger's `[pid] date time.micro [LVL] ` head (pid 1 in a container)."""
    return f"[1] {t:%Y/%m/%d %H:%M:%S}.{t.microsecond:06d} [{level}] "


def b62(r: random.Random, n: int) -> str:
    chars = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    return "".join(r.choice(chars) for _ in range(n))


# ---------------------------------------------------------------------------------- memphis

MEM_PODS = ["memphis-0", "memphis-1", "memphis-2"]
MEM_IPS = {"memphis-0": "10.0.1.21", "memphis-1": "10.0.2.17", "memphis-2": "10.0.3.9"}
MEM_PG = "failed to connect to `host=memphis-metadata-coordinator user=memphis database=memphis`: dial error (dial tcp 10.96.41.17:5432: connect: connection refused)"
MEM_PG_LABEL = "failed to connect to `host=%s user=%s database=%s`: dial error (dial tcp %s: connect: connection refused)"
MEM_LEGACY = "this station does not exist, a default station can not be created automatically, please upgrade your SDK version"
# (station, partitions, consumer groups)
MEM_STATIONS = [
    ("orders", 3, ["fulfillment", "billing"]),
    ("payments", 2, ["ledger"]),
    ("user-events", 2, ["analytics", "crm-sync"]),
    ("notifications", 1, ["mailer"]),
    ("inventory", 2, ["warehouse-sync"]),
]
MEM_CLIENTS = [
    ("v1.3.2", "go", "svc-orders"),
    ("v1.3.2", "go", "svc-fulfillment"),
    ("v1.1.7", "python3", "svc-analytics"),
    ("v1.2.1", "nats.js", "svc-notify"),
]


def memphis(r: random.Random) -> list[Log]:
    """A three-broker Memphis 1.4.3 cluster, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    cid = {p: r.randrange(3000, 9000) for p in MEM_PODS}
    rid = {p: 40 + i * 3 for i, p in enumerate(MEM_PODS)}

    def L(pod: str, t: datetime, level: str, label: str, msg: str) -> datetime:
        return fs.add(f"{pod}.log", t, label, lambda x: [nats_head(x, level) + msg], pod, 1)

    def client_prefix(pod: str, name: str) -> str:
        cid[pod] += r.randrange(1, 9)
        ip = f"10.0.{r.choice([4, 5, 6, 7])}.{r.randrange(10, 250)}"
        return f'{ip}:{r.randrange(32768, 60999)} - cid:{cid[pod]} - "{name}" - '

    # the legacy producers (SDK v0 requests) retrying a station that was never created
    for prod, station, period in (
        ("billing-legacy", "invoices-v2", 12.0),
        ("refunds-legacy", "credit-notes", 25.0),
    ):
        for t in every(r, at(6, 0, r.uniform(1, 9)), at(8, 21, 30), period, 2.5):
            L(
                r.choice(MEM_PODS),
                t,
                "WRN",
                "[tenant: %v]createProducerDirectCommon : Producer %v at station %v : "
                + MEM_LEGACY,
                f"[tenant: $memphis]createProducerDirectCommon : Producer {prod} at station {{{station} {station}}} : {MEM_LEGACY}",
            )
    # a new service's producer with a display name, crash-looping 07:10-07:26
    for t in every(r, at(7, 10, 14), at(7, 26, 2), 20.5, 4):
        station = r.choice(["orders", "orders", "inventory"])
        L(
            r.choice(MEM_PODS),
            t,
            "WRN",
            "createProducerDirectCommon at validateProducerName: Producer %v at station %v: Only alphanumeric and the '_', '-', '.' characters are allowed in Producer",
            f"createProducerDirectCommon at validateProducerName: Producer Stock Sync at station {station}: Only alphanumeric and the '_', '-', '.' characters are allowed in Producer",
        )
    # stations created by SDK producers (and by hand in the UI), a few removed
    created = [
        ("svc-orders", "order-events"),
        ("svc-orders", "order-returns"),
        ("svc-analytics", "clickstream"),
        ("svc-analytics", "clickstream-dlq"),
        ("svc-notify", "sms-outbox"),
        ("svc-notify", "push-outbox"),
        ("root", "load-test"),
        ("root", "load-test-2"),
        ("svc-fulfillment", "shipments"),
        ("svc-fulfillment", "shipment-labels"),
        ("svc-analytics", "sessions"),
        ("root", "canary"),
        ("svc-orders", "order-audit"),
        ("svc-notify", "email-bounces"),
    ]
    times = sorted(at(6, 0) + sec(r.uniform(600, 21000)) for _ in created)
    for (user, station), t in zip(created, times, strict=True):
        L(
            r.choice(MEM_PODS),
            t,
            "INF",
            "[tenant: %v][user: %v]: Station %s has been created by user %s",
            f"[tenant: $memphis][user: {user}]: Station {station} has been created by user {user}",
        )
    for station, t in (
        ("load-test", at(9, 31, 7)),
        ("load-test-2", at(9, 31, 52)),
        ("canary", at(11, 44, 3)),
    ):
        L(
            r.choice(MEM_PODS),
            t,
            "INF",
            "[tenant: %v][user: %v]: Station %s has been deleted by user %s",
            f"[tenant: $memphis][user: root]: Station {station} has been deleted by user root",
        )
    # the metadata PostgreSQL's failover 10:05:12-10:16:40: every lookup fails
    pg0, pg1 = at(10, 5, 12), at(10, 16, 40)
    prods = [
        ("svc-orders", "order-writer", "orders"),
        ("svc-orders", "returns-writer", "order-returns"),
        ("svc-analytics", "click-collector", "clickstream"),
        ("svc-notify", "sms-dispatcher", "sms-outbox"),
        ("svc-fulfillment", "label-printer", "shipment-labels"),
        ("svc-fulfillment", "shipment-writer", "shipments"),
    ]
    for t in poisson(r, pg0, pg1, 4.0):
        user, name, station = r.choice(prods)
        L(
            r.choice(MEM_PODS),
            t,
            "ERR",
            "[tenant: %v][user: %v]createProducerDirectCommon at GetStationByName: Producer %v at station %v: "
            + MEM_PG_LABEL,
            f"[tenant: $memphis][user: {user}]createProducerDirectCommon at GetStationByName: Producer {name} at station {station}: {MEM_PG}",
        )
    conss = [
        ("svc-fulfillment", "fulfillment", "orders"),
        ("svc-orders", "billing", "orders"),
        ("svc-analytics", "analytics", "user-events"),
        ("svc-notify", "mailer", "notifications"),
    ]
    for t in poisson(r, pg0, pg1, 6.0):
        user, name, station = r.choice(conss)
        L(
            r.choice(MEM_PODS),
            t,
            "ERR",
            "[tenant: %v][user: %v]createConsumerDirectCommon at GetStationByName: Consumer %v at station %v: "
            + MEM_PG_LABEL,
            f"[tenant: $memphis][user: {user}]createConsumerDirectCommon at GetStationByName: Consumer {name} at station {station}: {MEM_PG}",
        )
    # the UI's station page polled every 5 s by an open tab
    ui_station = "orders"
    for t in every(r, pg0 + sec(3), pg1, 5.0, 0.4):
        L(
            "memphis-0",
            t,
            "ERR",
            "[tenant: %v][user: %v]GetStation at GetStationByName: Station %v: " + MEM_PG_LABEL,
            f"[tenant: $memphis][user: root]GetStation at GetStationByName: Station {ui_station}: {MEM_PG}",
        )
    # a BI tool connecting with a management user, 09:00-09:30
    for t in every(r, at(9, 0, 20), at(9, 31), 60.0, 3):
        pod = r.choice(MEM_PODS)
        L(
            pod,
            t,
            "WRN",
            "[tenant: %v][user: %v] handleConnectMessage: Please use a user of type Root/Application and not Management",
            client_prefix(pod, "v2.10.7:python3:bi-exporter")
            + "[tenant: $memphis][user: bi-reader] handleConnectMessage: Please use a user of type Root/Application and not Management",
        )
    # a decommissioned user's cron job, 11:00-11:40
    for t in every(r, at(11, 0, 5), at(11, 40), 20.0, 2):
        pod = r.choice(MEM_PODS)
        L(
            pod,
            t,
            "WRN",
            "[tenant: %v][user: %v] handleConnectMessage user does not exist",
            client_prefix(pod, "v1.1.7:python3:etl-nightly")
            + "[tenant: $memphis][user: svc-legacy-etl] handleConnectMessage user does not exist",
        )
    # the analytics consumer stalls 08:40-09:05 on memphis-0
    slow_cids = [cid["memphis-0"] + 7, cid["memphis-0"] + 19]
    for t in poisson(r, at(8, 40), at(9, 5), 20.0):
        c = r.choice(slow_cids)
        L(
            "memphis-0",
            t,
            "WRN",
            "Slow Consumer Detected: WriteDeadline of %v exceeded with %d chunks of %d total bytes.",
            f'10.0.5.{40 + c % 7}:{51000 + c} - cid:{c} - "v1.1.7:python3:svc-analytics" - Slow Consumer Detected: WriteDeadline of 10s exceeded with {r.randrange(3, 40)} chunks of {r.randrange(200_000, 4_000_000)} total bytes.',
        )
    # memphis-2's node loses its network 09:47:10-09:48:31
    cut, heal = at(9, 47, 10), at(9, 48, 31)
    for pod in ("memphis-0", "memphis-1"):
        L(
            pod,
            cut + sec(r.uniform(4, 6)),
            "INF",
            "%s connection closed: %s",
            f"{MEM_IPS['memphis-2']}:6222 - rid:{rid[pod]} - Router connection closed: Stale Connection",
        )
    for i, peer in enumerate(("memphis-0", "memphis-1")):
        L(
            "memphis-2",
            cut + sec(r.uniform(4, 6)),
            "INF",
            "%s connection closed: %s",
            f"{MEM_IPS[peer]}:6222 - rid:{rid['memphis-2'] + i} - Router connection closed: Stale Connection",
        )
    attempt = 0
    t = cut + sec(7)
    while t < heal:
        attempt += 1
        peer = "memphis-0" if attempt % 2 else "memphis-1"
        L(
            "memphis-2",
            t,
            "ERR",
            "Error trying to connect to route (attempt %v): %v",
            f"{MEM_IPS[peer]}:6222 - rid:{rid['memphis-2'] + 2 + attempt} - Error trying to connect to route (attempt {attempt}): dial tcp {MEM_IPS[peer]}:6222: i/o timeout",
        )
        t += sec(r.uniform(4.5, 6))
    # memphis-2 led the metadata group: memphis-0 takes over
    t = cut + sec(r.uniform(8, 10))
    L(
        "memphis-0",
        t,
        "INF",
        "Self is new JetStream cluster metadata leader",
        "Self is new JetStream cluster metadata leader",
    )
    L(
        "memphis-1",
        t + sec(0.004),
        "INF",
        "JetStream cluster new metadata leader: %s/%s",
        "JetStream cluster new metadata leader: memphis-0/memphis",
    )
    led = []
    for station, parts, groups in MEM_STATIONS:
        for p in range(1, parts + 1):
            if r.random() < 0.4:
                led.append((station, p, groups))
    t = cut + sec(r.uniform(9, 11))
    for station, p, groups in led:
        pod = r.choice(("memphis-0", "memphis-1"))
        t = L(
            pod,
            t + sec(r.uniform(0.01, 0.4)),
            "INF",
            "JetStream cluster new stream leader for '%s > %s'",
            f"JetStream cluster new stream leader for '$memphis > {station}${p}'",
        )
        for g in groups:
            t = L(
                r.choice(("memphis-0", "memphis-1")),
                t + sec(r.uniform(0.01, 0.3)),
                "INF",
                "JetStream cluster new consumer leader for '%s > %s > %s'",
                f"JetStream cluster new consumer leader for '$memphis > {station}${p} > {g}'",
            )
    t = heal + sec(r.uniform(0.2, 1))
    for i, peer in enumerate(("memphis-0", "memphis-1")):
        t = L(
            "memphis-2",
            t + sec(r.uniform(0.01, 0.2)),
            "INF",
            "Route connection created",
            f"{MEM_IPS[peer]}:6222 - rid:{rid['memphis-2'] + 40 + i} - Route connection created",
        )
        L(
            peer,
            t + sec(r.uniform(0.001, 0.01)),
            "INF",
            "Route connection created",
            f"{MEM_IPS['memphis-2']}:6222 - rid:{rid[peer] + 1} - Route connection created",
        )
    t += sec(r.uniform(1, 2))
    for station, parts, _ in MEM_STATIONS:
        for p in range(1, parts + 1):
            if r.random() < 0.5:
                t = L(
                    "memphis-2",
                    t + sec(r.uniform(0.1, 1.5)),
                    "WRN",
                    "RAFT [%s - %s] Falling behind in health check, commit %d != applied %d",
                    f"RAFT [{b62(r, 8)} - S-R3F-{b62(r, 8)}] Falling behind in health check, commit {r.randrange(90000, 400000)} != applied {r.randrange(1000, 89999)}",
                )
            t = L(
                "memphis-2",
                t + sec(r.uniform(0.1, 2.5)),
                "INF",
                "Catchup for stream '%s > %s' complete",
                f"Catchup for stream '$memphis > {station}${p}' complete",
            )
    return fs.logs(T0)


# --------------------------------------------------------------------------------- liftbridge

LB_SERVERS = ["liftbridge-0", "liftbridge-1", "liftbridge-2"]
LB_NS = "liftbridge-default"
LB_CONNS = ["streams", "raft", "replication", "acks", "publishes"]
LB_NATS = [f"nats://nats-{i}.nats.messaging.svc.cluster.local:4222" for i in range(3)]


def lq(v: str) -> str:
    """logrus's TextFormatter: bare for letters, digits and `-._/@^+`, else %q."""
    if v and all(c.isascii() and (c.isalnum() or c in "-._/@^+") for c in v):
        return v
    return go_quote(v)


def go_dur_s(x: float) -> str:
    """A time.Duration of seconds as Go prints it (`15.214830271s`, `1m2.5s`)."""
    if x >= 60:
        m = int(x // 60)
        rest = f"{x - 60 * m:.9f}".rstrip("0").rstrip(".")
        return f"{m}m{rest}s"
    return f"{x:.9f}".rstrip("0").rstrip(".") + "s"


def liftbridge(r: random.Random) -> list[Log]:
    """A three-server Liftbridge v1.9.0 cluster, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()

    def L(srv: str, t: datetime, level: str, label: str, msg: str) -> datetime:
        line = f"level={level} msg={lq(msg)}"
        return fs.add(
            f"{srv}.log",
            t,
            label,
            lambda x: [f'time="{x:%Y-%m-%d %H:%M:%S}" {line}'],
            srv,
            SEC,
        )

    # streams: name -> (partitions, replication factor)
    streams = {
        "orders": (3, 3),
        "payments": (3, 3),
        "shipments": (2, 3),
        "audit-log": (2, 2),
        "clickstream": (2, 2),
    }
    leader: dict[tuple[str, int], str] = {}
    replicas: dict[tuple[str, int], list[str]] = {}
    for s, (n, rf) in streams.items():
        for p in range(n):
            reps = r.sample(LB_SERVERS, rf) if rf < 3 else list(LB_SERVERS)
            if rf == 2 and "liftbridge-2" not in reps:
                reps[1] = "liftbridge-2"
            replicas[(s, p)] = reps
            leader[(s, p)] = r.choice([x for x in reps if x != "liftbridge-2"] or reps)

    def pstr(s: str, p: int) -> str:
        return f"[subject={s}, stream={s}, partition={p}]"

    # A. a producer still publishing to the stream renamed last night, 06:00-07:04
    for t in every(r, at(6, 0, 2), at(7, 4, 40), 4.5, 2):
        L(
            "liftbridge-1",
            t,
            "error",
            "api: Failed to publish async message: no such stream: %s",
            "api: Failed to publish async message: no such stream: payments-v1",
        )
    # E. an analytics job asking for a fourth partition of `orders`, 08:00-09:00
    for t in every(r, at(8, 0, 11), at(9, 0, 5), 30.0, 1.5):
        L(
            "liftbridge-0",
            t,
            "error",
            "api: Failed to subscribe to partition [stream=%s, partition=%d]: no such partition",
            "api: Failed to subscribe to partition [stream=orders, partition=3]: no such partition",
        )
    # B. liftbridge-2's disk stalls 07:40:02-07:47:20
    stall0, stall1 = at(7, 40, 2), at(7, 47, 20)
    lagging = [
        k for k, reps in replicas.items() if "liftbridge-2" in reps and leader[k] != "liftbridge-2"
    ]
    below = []
    for k in lagging:
        t = stall0 + sec(r.uniform(15, 29))
        seen = (t - stall0).total_seconds() + r.uniform(0, 0.4)
        L(
            leader[k],
            t,
            "error",
            "Replica %s for partition %s exceeded max lag time (last seen: %s, last caught up: %s), removing from ISR",
            f"Replica liftbridge-2 for partition {pstr(*k)} exceeded max lag time (last seen: {go_dur_s(seen)}, last caught up: {go_dur_s(seen + r.uniform(0.01, 1.5))}), removing from ISR",
        )
        if streams[k[0]][1] == 2:
            below.append(k)
            L(
                leader[k],
                t + sec(1),
                "error",
                "ISR for partition %s has shrunk below minimum size %d, currently %d",
                f"ISR for partition {pstr(*k)} has shrunk below minimum size 2, currently 1",
            )
    for k in below:
        for t in poisson(r, stall0 + sec(31), stall1, 3.2):
            L(
                leader[k],
                t,
                "error",
                "Unable to commit messages for partition %s, ISR size (%d) below minimum (%d)",
                f"Unable to commit messages for partition {pstr(*k)}, ISR size (1) below minimum (2)",
            )
    for k in lagging:
        t = stall1 + sec(r.uniform(2, 15))
        if r.random() < 0.7:
            for _ in range(r.randrange(1, 3)):
                L(
                    leader[k],
                    t - sec(r.uniform(0.5, 1.9)),
                    "warning",
                    "Dropped replication request for partition %s from replica %s",
                    f"Dropped replication request for partition {pstr(*k)} from replica liftbridge-2",
                )
        L(
            leader[k],
            t,
            "info",
            "Replica %s for partition %s caught back up with leader, rejoining ISR",
            f"Replica liftbridge-2 for partition {pstr(*k)} caught back up with leader, rejoining ISR",
        )
        if k in below:
            L(
                leader[k],
                t + sec(1),
                "info",
                "ISR for partition %s has recovered from being below minimum size %d, currently %d",
                f"ISR for partition {pstr(*k)} has recovered from being below minimum size 2, currently 2",
            )
    # C. the NATS cluster restarted node by node 09:20-09:25
    conn_node = {(s, c): r.randrange(3) for s in LB_SERVERS for c in LB_CONNS}
    for node, down in ((0, at(9, 20, 14)), (1, at(9, 22, 3)), (2, at(9, 23, 51))):
        for s in LB_SERVERS:
            for c in LB_CONNS:
                if conn_node[(s, c)] != node:
                    continue
                name = f"LIFT.{LB_NS}.{s}.{c}"
                t = L(
                    s,
                    down + sec(r.uniform(0, 0.2)),
                    "error",
                    "Connection %q has been disconnected from NATS",
                    f'Connection "{name}" has been disconnected from NATS',
                )
                new = r.choice([x for x in range(3) if x != node])
                conn_node[(s, c)] = new
                L(
                    s,
                    t + sec(r.uniform(0.3, 1.6)),
                    "info",
                    "Connection %q reconnected to NATS at %q",
                    f'Connection "{name}" reconnected to NATS at "{LB_NATS[new]}"',
                )
        for k, reps in replicas.items():
            for f in reps:
                if f != leader[k] and r.random() < 0.35:
                    L(
                        f,
                        down + sec(r.uniform(2.5, 3.5)),
                        "error",
                        "Error sending replication request for partition %s: nats: timeout",
                        f"Error sending replication request for partition {pstr(*k)}: nats: timeout",
                    )
    # D. liftbridge-1 rescheduled at 10:30 (node drain); it led the metadata group
    gone, back = at(10, 30, 5), at(10, 31, 41)
    L("liftbridge-1", gone, "info", "Shutting down...", "Shutting down...")
    t = gone + sec(r.uniform(1, 3))
    L(
        "liftbridge-0",
        t,
        "info",
        "Server became metadata leader, performing leader promotion actions",
        "Server became metadata leader, performing leader promotion actions",
    )
    moved = [k for k in leader if leader[k] == "liftbridge-1"]
    for k in moved:
        followers = [x for x in replicas[k] if x != "liftbridge-1"]
        tt = gone + sec(r.uniform(0.5, 3))
        while tt < gone + sec(16):
            for f in followers:
                L(
                    f,
                    tt + sec(r.uniform(0, 0.3)),
                    "error",
                    "Error sending replication request for partition %s: nats: timeout",
                    f"Error sending replication request for partition {pstr(*k)}: nats: timeout",
                )
            tt += sec(3)
        for f in followers:
            L(
                f,
                tt + sec(r.uniform(0, 1)),
                "error",
                "Leader %s for partition %s exceeded max leader timeout (last seen: %s), reporting leader to controller",
                f"Leader liftbridge-1 for partition {pstr(*k)} exceeded max leader timeout (last seen: {go_dur_s((tt - gone).total_seconds() + r.uniform(0, 0.9))}), reporting leader to controller",
            )
        leader[k] = r.choice(followers)
    # the fulfillment consumers keep the old metadata and subscribe at the wrong server
    subs = [k for k in moved if k[0] in ("orders", "payments", "shipments")][:4] or moved[:2]
    for k in subs:
        wrong = r.choice(
            [x for x in LB_SERVERS if x not in (leader[k], "liftbridge-1")] or [leader[k]]
        )
        if wrong == leader[k]:
            wrong = "liftbridge-2" if leader[k] != "liftbridge-2" else "liftbridge-0"
        for t in every(r, gone + sec(r.uniform(20, 40)), at(10, 43, 30), 7.0, 2):
            L(
                wrong,
                t,
                "error",
                "api: Failed to subscribe to partition %s: server not stream leader",
                f"api: Failed to subscribe to partition {pstr(*k)}: server not stream leader",
            )
    # liftbridge-1 starts again on another node
    t = back
    for label, msg in (
        ("Liftbridge Version:        %s", "Liftbridge Version:        v1.9.0"),
        ("Server ID:                 %s", "Server ID:                 liftbridge-1"),
        ("Namespace:                 %s", f"Namespace:                 {LB_NS}"),
        ("NATS Servers:              %s", f"NATS Servers:              [{' '.join(LB_NATS)}]"),
        (
            "Default Retention Policy:  %s",
            "Default Retention Policy:  [Age: 3 days, Compact: false]",
        ),
        ("Default Partition Pausing: %s", "Default Partition Pausing: disabled"),
    ):
        t = L("liftbridge-1", t, "info", label, msg)
    L(
        "liftbridge-1",
        t + sec(0.2),
        "info",
        "Starting Liftbridge server on %s...",
        "Starting Liftbridge server on 0.0.0.0:9292...",
    )
    # consumer group members that died with their pods
    groups = ["fulfillment", "billing-export", "search-indexer"]
    for t in sorted(at(6, 0) + sec(r.uniform(900, 21000)) for _ in range(9)) + [
        gone + sec(r.uniform(40, 60)) for _ in range(3)
    ]:
        g = r.choice(groups)
        L(
            r.choice(["liftbridge-0", "liftbridge-2"]),
            t,
            "error",
            "Consumer %s timed out for consumer group %s, removing from group",
            f"Consumer {g}-{hexid(r, 10)}-{r.choice(['x', 'q', 'm', 'z'])}{hexid(r, 4)} timed out for consumer group {g}, removing from group",
        )
    return fs.logs(T0)


# --------------------------------------------------------------------------- nats-streaming

STAN_PODS = ["stan-0", "stan-1", "stan-2"]


def stan_inbox(r: random.Random) -> str:
    return "_INBOX." + b62(r, 22)


def nats_streaming(r: random.Random) -> list[Log]:
    """A three-node NATS Streaming 0.25.6 cluster, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    cut, heal = at(10, 15, 2.318407), at(10, 16, 11.604213)
    won = cut + sec(3.412706)
    subid = [r.randrange(40000, 60000)]

    def leader_at(t: datetime) -> str | None:
        if t < cut:
            return "stan-0"
        if t < won + sec(0.05):
            return None
        return "stan-1"

    def L(pod: str, t: datetime, level: str, label: str, msg: str) -> datetime:
        return fs.add(
            f"{pod}.log", t, label, lambda x: [nats_head(x, level) + "STREAM: " + msg], pod, 1
        )

    def C(t: datetime, label: str, msg: str, level: str = "DBG") -> datetime | None:
        """A client event, logged (at debug, -SD) by the leader of the moment."""
        pod = leader_at(t)
        if pod is None:
            return None
        return L(pod, t, level, label, msg)

    def connect(t: datetime, cid: str) -> tuple[datetime, str]:
        inbox = stan_inbox(r)
        t2 = C(t, "[Client:%s] Connected (Inbox=%v)", f"[Client:{cid}] Connected (Inbox={inbox})")
        return (t2 or t), inbox

    def close(t: datetime, cid: str, inbox: str) -> None:
        C(t, "[Client:%s] Closed (Inbox=%v)", f"[Client:{cid}] Closed (Inbox={inbox})")

    def sub_durable(t: datetime, cid: str, subject: str, durable: str) -> datetime:
        subid[0] += r.randrange(1, 4)
        t2 = C(
            t,
            "[Client:%s] Started new durable subscription, subject=%s, inbox=%s, durable=%s, subid=%d",
            f"[Client:{cid}] Started new durable subscription, subject={subject}, inbox={stan_inbox(r)}, durable={durable}, subid={subid[0]}",
        )
        return t2 or t

    def sub_queue(t: datetime, cid: str, subject: str, queue: str) -> datetime:
        subid[0] += r.randrange(1, 4)
        t2 = C(
            t,
            "[Client:%s] Started new queue subscription, subject=%s, inbox=%s, queue=%s, subid=%d",
            f"[Client:{cid}] Started new queue subscription, subject={subject}, inbox={stan_inbox(r)}, queue={queue}, subid={subid[0]}",
        )
        return t2 or t

    def pod_name(app: str) -> str:
        rs = "".join(r.choice("bcdfghjklmnpqrstvwxz2456789") for _ in range(10))
        return f"{app}-{rs[:9]}-{rs[5:10]}"

    # long-running deployments: (app, replicas, subscriptions)
    apps = [
        ("orders-worker", 4, [("q", "orders.created", "orders-workers")]),
        ("payments-consumer", 2, [("d", "payments.settled", "ledger")]),
        (
            "notifier",
            2,
            [("q", "notifications.email", "mailers"), ("q", "notifications.sms", "sms")],
        ),
        ("api-gateway", 3, []),
        ("checkout", 2, []),
        ("audit-writer", 1, [("d", "audit.events", "audit-writer")]),
    ]

    def start_pod(app: str, subs: list[tuple[str, str, str]], t: datetime) -> tuple[str, str]:
        cid = pod_name(app)
        t, inbox = connect(t, cid)
        for kind, subject, name in subs:
            t += sec(r.uniform(0.002, 0.05))
            if kind == "q":
                t = sub_queue(t, cid, subject, name)
            else:
                t = sub_durable(t, cid, subject, name)
        return cid, inbox

    running: dict[str, list[tuple[str, str]]] = {a: [] for a, _, _ in apps}
    spec = {a: (n, subs) for a, n, subs in apps}
    # the deployments started before 06:00 (their connects are not in the files)
    for a, n, _ in apps:
        running[a] = [(pod_name(a), stan_inbox(r)) for _ in range(n)]

    def roll(app: str, t: datetime) -> None:
        _n, subs = spec[app]
        old = running[app]
        new = []
        for cid, inbox in old:
            new.append(start_pod(app, subs, t))
            t += sec(r.uniform(8, 25))
            close(t, cid, inbox)
            t += sec(r.uniform(1, 4))
        running[app] = new

    roll("orders-worker", at(7, 30, 12))
    roll("payments-consumer", at(9, 0, 41))
    roll("checkout", at(11, 12, 3))
    # the 08:30 node drain: evicted pods close, three are killed before they can
    t = at(8, 31, 4)
    for app, i, clean in (
        ("notifier", 0, True),
        ("api-gateway", 1, False),
        ("orders-worker", 2, True),
        ("audit-writer", 0, False),
        ("api-gateway", 2, False),
    ):
        n, subs = spec[app]
        cid, inbox = running[app][i]
        if clean:
            close(t, cid, inbox)
        else:
            C(
                t + sec(r.uniform(31, 42)),
                "[Client:%s] Timed out on heartbeats",
                f"[Client:{cid}] Timed out on heartbeats",
            )
        running[app][i] = start_pod(app, subs, t + sec(r.uniform(9, 30)))
        t += sec(r.uniform(60, 150))
    # the api-gateway scaled out 10:40-11:30
    extra = []
    for _ in range(3):
        extra.append(start_pod("api-gateway", [], at(10, 40) + sec(r.uniform(0, 50))))
    for cid, inbox in extra:
        close(at(11, 30) + sec(r.uniform(0, 90)), cid, inbox)
    # a fraud-scorer crash-looping 07:50-08:40 (killed by its liveness probe, never closing)
    t = at(7, 50, 20)
    backoff = 10.0
    while t < at(8, 40):
        cid = pod_name("fraud-scorer")
        t, _ = connect(t, cid)
        t = sub_durable(t + sec(0.01), cid, "orders.created", "fraud-scorer")
        C(
            t + sec(r.uniform(31, 40)),
            "[Client:%s] Timed out on heartbeats",
            f"[Client:{cid}] Timed out on heartbeats",
        )
        t += sec(r.uniform(25, 35) + backoff)
        backoff = min(backoff * 2, 300)
    # cron jobs: metrics-snapshot every minute, cache-warmer every 2 minutes, report-exporter
    # every 3 minutes
    for t in every(r, at(6, 0, 3), T_END, 60.0, 2):
        cid = f"metrics-snapshot-{int(t.timestamp()) // 60}-{b62(r, 5).lower()}"
        t2, inbox = connect(t, cid)
        close(t2 + sec(r.uniform(0.3, 2.5)), cid, inbox)
    for t in every(r, at(6, 1, 10), T_END, 120.0, 3):
        cid = f"cache-warmer-{int(t.timestamp()) // 60}-{b62(r, 5).lower()}"
        t2, inbox = connect(t, cid)
        close(t2 + sec(r.uniform(2, 9)), cid, inbox)
    for t in every(r, at(6, 2, 30), T_END, 180.0, 4):
        cid = f"report-exporter-{int(t.timestamp()) // 60}-{b62(r, 5).lower()}"
        t2, inbox = connect(t, cid)
        t2 = sub_durable(t2 + sec(0.02), cid, "orders.created", "report-exporter")
        close(t2 + sec(r.uniform(15, 50)), cid, inbox)
    # ledger-sync started twice with the same durable name, 11:00-11:45
    for t in every(r, at(11, 0, 40), at(11, 45), 15.0, 1):
        C(
            t,
            "[Client:%s] Duplicate durable subscription registration",
            "[Client:ledger-sync-7f8c9d6b5-q2mzt] Duplicate durable subscription registration",
            "ERR",
        )
    # stan-0's node is cut off 10:15:02-10:16:11; stan-1 wins the election
    peers = {p: f"{{Voter {p} {p}}}" for p in STAN_PODS}
    t = cut + sec(0.5)
    while t < cut + sec(1.9):
        for p in ("stan-1", "stan-2"):
            L(
                "stan-0",
                t + sec(r.uniform(0, 0.05)),
                "WRN",
                "raft: Failed to contact %v in %v",
                f"raft: Failed to contact {p} in {go_dur_s(r.uniform(1.0, 1.9))}",
            )
        t += sec(r.uniform(0.2, 0.35))
    t = L(
        "stan-0",
        cut + sec(2.0),
        "WRN",
        "raft: Failed to contact quorum of nodes, stepping down",
        "raft: Failed to contact quorum of nodes, stepping down",
    )
    t = L(
        "stan-0",
        t + sec(0.0002),
        "INF",
        "raft: Node at %v [Follower] entering Follower state (Leader: %q)",
        'raft: Node at stan-0 [Follower] entering Follower state (Leader: "")',
    )
    for p in ("stan-1", "stan-2"):
        t = L(
            "stan-0",
            t + sec(0.0003),
            "INF",
            "raft: aborting pipeline replication to peer %v",
            f"raft: aborting pipeline replication to peer {peers[p]}",
        )
    t = L(
        "stan-0",
        t + sec(0.0005),
        "INF",
        "server lost leadership, performing leader stepdown actions",
        "server lost leadership, performing leader stepdown actions",
    )
    L(
        "stan-0",
        t + sec(0.003),
        "INF",
        "finished leader stepdown actions",
        "finished leader stepdown actions",
    )
    term = 41
    t = cut + sec(r.uniform(3.5, 4.5))
    L(
        "stan-0",
        t,
        "WRN",
        "raft: Heartbeat timeout from %q reached, starting election",
        'raft: Heartbeat timeout from "" reached, starting election',
    )
    first = True
    while t < heal:
        term += 1
        t = L(
            "stan-0",
            t + sec(0.0001),
            "INF",
            "raft: Node at %v [Candidate] entering Candidate state in term %v",
            f"raft: Node at stan-0 [Candidate] entering Candidate state in term {term + 1}",
        )
        for p in ("stan-1", "stan-2"):
            L(
                "stan-0",
                t + sec(2.0 + r.uniform(0, 0.01)),
                "ERR",
                "raft: Failed to make RequestVote RPC to %v: %v",
                f"raft: Failed to make RequestVote RPC to {peers[p]}: nats: timeout",
            )
        t += sec(r.uniform(2.1, 4.0))
        if t < heal:
            L(
                "stan-0",
                t,
                "WRN",
                "raft: Election timeout reached, restarting election",
                "raft: Election timeout reached, restarting election",
            )
        first = False
    assert not first
    L(
        "stan-0",
        heal + sec(r.uniform(0.05, 0.3)),
        "INF",
        "raft: Node at %v [Follower] entering Follower state (Leader: %q)",
        'raft: Node at stan-0 [Follower] entering Follower state (Leader: "stan-1")',
    )
    t = L(
        "stan-1",
        cut + sec(2.9),
        "WRN",
        "raft: Heartbeat timeout from %q reached, starting election",
        'raft: Heartbeat timeout from "stan-0" reached, starting election',
    )
    t = L(
        "stan-1",
        t + sec(0.0001),
        "INF",
        "raft: Node at %v [Candidate] entering Candidate state in term %v",
        "raft: Node at stan-1 [Candidate] entering Candidate state in term 42",
    )
    t = L("stan-1", won, "INF", "raft: Election won. Tally: %v", "raft: Election won. Tally: 2")
    t = L(
        "stan-1",
        t + sec(0.0001),
        "INF",
        "raft: Node at %v [Leader] entering Leader state",
        "raft: Node at stan-1 [Leader] entering Leader state",
    )
    for p in ("stan-0", "stan-2"):
        t = L(
            "stan-1",
            t + sec(0.0002),
            "INF",
            "raft: Added peer %v, starting replication",
            f"raft: Added peer {p}, starting replication",
        )
    t = L(
        "stan-1",
        t + sec(0.0004),
        "INF",
        "server became leader, performing leader promotion actions",
        "server became leader, performing leader promotion actions",
    )
    L(
        "stan-1",
        t + sec(0.004),
        "INF",
        "raft: pipelining replication to peer %v",
        f"raft: pipelining replication to peer {peers['stan-2']}",
    )
    L(
        "stan-1",
        t + sec(0.03),
        "INF",
        "finished leader promotion actions",
        "finished leader promotion actions",
    )
    L(
        "stan-2",
        cut + sec(3.2),
        "INF",
        "raft: Node at %v [Follower] entering Follower state (Leader: %q)",
        'raft: Node at stan-2 [Follower] entering Follower state (Leader: "")',
    )
    tt = won + sec(2.0)
    backoff = 0.01
    while tt < heal:
        L(
            "stan-1",
            tt,
            "ERR",
            "raft: Failed to AppendEntries to %v: %v",
            f"raft: Failed to AppendEntries to {peers['stan-0']}: nats: timeout",
        )
        L(
            "stan-1",
            tt + sec(r.uniform(0.1, 0.9)),
            "ERR",
            "raft: Failed to heartbeat to %v: %v",
            "raft: Failed to heartbeat to stan-0: nats: timeout",
        )
        backoff = min(backoff * 2, 6)
        tt += sec(2.0 + backoff)
    L(
        "stan-1",
        heal + sec(r.uniform(0.3, 0.6)),
        "INF",
        "raft: pipelining replication to peer %v",
        f"raft: pipelining replication to peer {peers['stan-0']}",
    )
    # the clients whose pings failed in the gap reconnect under their IDs
    t = won + sec(r.uniform(4, 8))
    for a in ("orders-worker", "notifier", "api-gateway", "checkout"):
        for cid, _ in running[a][:2]:
            t = (
                C(
                    t + sec(r.uniform(0.05, 1.5)),
                    "[Client:%s] Replaced old client (Inbox=%v)",
                    f"[Client:{cid}] Replaced old client (Inbox={stan_inbox(r)})",
                )
                or t
            )
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- eventmesh

EM_EXC_CONNECT = "Connect to {ip}:8088 [/{ip}] failed: Connection refused (Connection refused)"


def eventmesh(r: random.Random) -> list[Log]:
    """Two EventMesh 1.10.0 runtimes, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    pods = {"eventmesh-runtime-0": "10.0.1.33", "eventmesh-runtime-1": "10.0.2.41"}
    oom = at(9, 4, 37)
    back = at(9, 5, 31)
    threads = {"http": 0, "push": 0, "tcp": 0}

    def fname(pod: str, t: datetime) -> str:
        if pod == "eventmesh-runtime-1" and t < back:
            return "eventmesh-runtime-1-previous.log"
        return f"{pod}.log"

    def thread(kind: str) -> str:
        threads[kind] += 1
        n = r.randrange(1, 9) if kind != "tcp" else r.randrange(1, 5)
        return {
            "http": f"eventMesh-http-worker-{n}",
            "push": f"eventMesh-pushMsg-{n}",
            "tcp": f"eventMesh-tcp-worker-{n}",
        }[kind]

    def L(
        pod: str,
        t: datetime,
        level: str,
        th: str,
        where: str,
        label: str | None,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime | None:
        if pod == "eventmesh-runtime-1" and oom <= t < back + sec(8):
            return None
        f = fname(pod, t)

        def text(x: datetime) -> list[str]:
            ms = f"{x.microsecond // 1000:03d}"
            return [f"{x:%Y-%m-%d %H:%M:%S}.{ms} {level:<5} [{th}] {where} - {msg}"] + (more or [])

        return fs.add(f, t, label, text, (pod, f), MS)

    subs = [
        ("notification-svc", "http://10.0.6.21:8088/eventmesh/callback", "10.0.6.21"),
        ("audit-svc", "http://10.0.6.58:8080/events", "10.0.6.58"),
    ]
    topics = {
        "order-created": [0],
        "order-paid": [0, 1],
        "user-registered": [0],
        "invoice-issued": [1],
    }
    producers = [("order-api", "10.0.5.12"), ("order-api", "10.0.5.47"), ("billing", "10.0.5.90")]
    hook_down = (at(8, 20, 5), at(8, 45, 40))
    mq_down = (at(10, 40, 12), at(10, 52, 3))

    def cmd(pod: str, t: datetime, code: str, src: str) -> datetime | None:
        return L(
            pod,
            t,
            "INFO",
            thread("http"),
            f"cmd({'SendAsyncMessageProcessor' if code == 'MSG_SEND_ASYNC' else 'HeartBeatProcessor' if code == 'HEARTBEAT' else 'SubscribeProcessor' if code == 'SUBSCRIBE' else 'UnSubscribeProcessor'}.java:{ {'MSG_SEND_ASYNC': 104, 'HEARTBEAT': 88, 'SUBSCRIBE': 97}.get(code, 91) })",
            "cmd={}|{}|client2eventMesh|from={}|to={}",
            f"cmd={code}|http|client2eventMesh|from={src}:{r.randrange(32768, 60999)}|to={pods[pod]}",
        )

    # publishes over HTTP, spread by the service over both runtimes
    for t in poisson(r, T0, T_END, 44.0):
        app, ip = r.choice(producers)
        topic = r.choice(list(topics))
        pod = r.choice(list(pods))
        t2 = cmd(pod, t, "MSG_SEND_ASYNC", ip)
        if t2 is None:
            continue
        seq = f"{r.randrange(10**15, 10**16)}"
        uid = f"{r.randrange(10**15, 10**16)}"
        if mq_down[0] <= t < mq_down[1]:
            L(
                pod,
                t2 + sec(3.0 + r.uniform(0, 0.05)),
                "ERROR",
                "eventMesh-sendMsg-" + str(r.randrange(1, 5)),
                "message(SendAsyncMessageProcessor.java:241)",
                "message|eventMesh2mq|REQ|ASYNC|send2MQCost={}ms|topic={}|bizSeqNo={}|uniqueId={}",
                f"message|eventMesh2mq|REQ|ASYNC|send2MQCost={r.randrange(3000, 3060)}ms|topic={topic}|bizSeqNo={seq}|uniqueId={uid}",
                [
                    "org.apache.rocketmq.remoting.exception.RemotingConnectException: connect to 10.0.8.5:10911 failed",
                    "\tat org.apache.rocketmq.remoting.netty.NettyRemotingClient.invokeAsync(NettyRemotingClient.java:556)",
                    "\tat org.apache.rocketmq.client.impl.MQClientAPIImpl.sendMessageAsync(MQClientAPIImpl.java:658)",
                    "\tat org.apache.rocketmq.client.impl.MQClientAPIImpl.sendMessage(MQClientAPIImpl.java:532)",
                    "\tat org.apache.rocketmq.client.impl.producer.DefaultMQProducerImpl.sendKernelImpl(DefaultMQProducerImpl.java:1013)",
                    "\tat org.apache.rocketmq.client.impl.producer.DefaultMQProducerImpl.sendDefaultImpl(DefaultMQProducerImpl.java:701)",
                    "\tat org.apache.rocketmq.client.impl.producer.DefaultMQProducerImpl$4.run(DefaultMQProducerImpl.java:1225)",
                    "\tat java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1149)",
                    "\tat java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:624)",
                    "\tat java.lang.Thread.run(Thread.java:750)",
                ],
            )
            continue
        cost = r.choice([2, 3, 3, 4, 5, 6, 8, 11, 17, 40])
        t3 = L(
            pod,
            t2 + sec(cost / 1000),
            "INFO",
            "eventMesh-sendMsg-" + str(r.randrange(1, 5)),
            "message(SendAsyncMessageProcessor.java:215)",
            "message|eventMesh2mq|REQ|ASYNC|send2MQCost={}ms|topic={}|seqNum={}|uniqueId={}",
            f"message|eventMesh2mq|REQ|ASYNC|send2MQCost={cost}ms|topic={topic}|seqNum={seq}|uniqueId={uid}",
        )
        if t3 is None:
            continue
        # pushed to each subscriber by one runtime (the consumer group's)
        for si in topics[topic]:
            name, url, hip = subs[si]
            tp = t3 + sec(r.uniform(0.01, 0.4))
            ppod = r.choice(list(pods))
            tries = 3 if (si == 0 and hook_down[0] <= tp < hook_down[1]) else 1
            for k in range(tries):
                if tries == 3:
                    L(
                        ppod,
                        tp,
                        "INFO",
                        thread("push"),
                        "message(AsyncHTTPPushRequest.java:203)",
                        "message|eventMesh2client|exception=Connect to %s [%s] failed: Connection refused (Connection refused) |emitter|topic={}|bizSeqNo={}|uniqueId={}|cost={}",
                        f"message|eventMesh2client|exception={EM_EXC_CONNECT.format(ip=hip)} |emitter|topic={topic}|bizSeqNo={seq}|uniqueId={uid}|cost={r.randrange(1, 4)}",
                    )
                    tp += sec(r.choice([10, 30, 60]) * (k + 1))
                else:
                    L(
                        ppod,
                        tp,
                        "INFO",
                        thread("push"),
                        "message(AsyncHTTPPushRequest.java:159)",
                        "message|eventMesh2client|{}|url={}|topic={}|bizSeqNo={}|uniqueId={}|cost={}",
                        f"message|eventMesh2client|OK|url={url}|topic={topic}|bizSeqNo={seq}|uniqueId={uid}|cost={r.choice([4, 6, 7, 9, 12, 15, 23, 31, 58, 140])}",
                    )
    # heartbeats of the two webhook subscribers, every 2 minutes, to their runtime
    for name, _url, hip in subs:
        pod = "eventmesh-runtime-0" if name == "notification-svc" else "eventmesh-runtime-1"
        for t in every(r, at(6, 0, r.uniform(1, 100)), T_END, 120.0, 1):
            if pod == "eventmesh-runtime-1" and oom <= t < back + sec(8):
                pod2 = "eventmesh-runtime-0"
            else:
                pod2 = pod
            cmd(pod2, t, "HEARTBEAT", hip)
    # TCP SDK clients (inventory-svc, pricing-svc) reconnecting now and then
    tcp_clients = [
        ("inventory-svc", "10.0.7.14"),
        ("inventory-svc", "10.0.7.52"),
        ("pricing-svc", "10.0.7.83"),
    ]
    for t in poisson(r, T0, T_END, 540.0):
        app, ip = r.choice(tcp_clients)
        pod = r.choice(list(pods))
        port = r.randrange(32768, 60999)
        addr = f"{ip}:{port}"
        t2 = L(
            pod,
            t,
            "INFO",
            thread("tcp"),
            "EventMeshTcpConnectionHandler(EventMeshTcpConnectionHandler.java:64)",
            "client|tcp|channel|connected|remoteAddress={}|msg={}",
            f"client|tcp|channel|connected|remoteAddress={addr}|msg=",
        )
        if t2 is None:
            continue
        L(
            pod,
            t2 + sec(r.uniform(0.005, 0.05)),
            "INFO",
            thread("tcp"),
            "ClientSessionGroupMapping(ClientSessionGroupMapping.java:118)",
            "createSession client[{}]",
            f"createSession client[{addr}]",
        )
        end = t2 + sec(r.uniform(300, 5000))
        if pod == "eventmesh-runtime-1" and t2 < oom < end:
            continue
        L(
            pod,
            end,
            "INFO",
            thread("tcp"),
            "ClientSessionGroupMapping(ClientSessionGroupMapping.java:203)",
            "closeSession|user={}",
            f"closeSession|user=UserAgent{{env=prod, subsystem={app}, pid={r.randrange(1, 200)}, host={ip}, port={port}, version=1.10.0, purpose=sub}}",
        )
        L(
            pod,
            end + sec(r.uniform(0.002, 0.02)),
            "INFO",
            thread("tcp"),
            "EventMeshTcpConnectionHandler(EventMeshTcpConnectionHandler.java:79)",
            "client|tcp|channel|disconnected|remoteAddress={}|msg={}",
            f"client|tcp|channel|disconnected|remoteAddress={addr}|msg=",
        )
    # runtime-1 runs out of heap at 09:04:37; the container restarts
    fs.add(
        "eventmesh-runtime-1-previous.log",
        oom - sec(0.4),
        'Exception in thread "%s" java.lang.OutOfMemoryError: Java heap space',
        lambda x: [
            'Exception in thread "eventMesh-pushMsg-6" java.lang.OutOfMemoryError: Java heap space'
        ],
        ("eventmesh-runtime-1", "eventmesh-runtime-1-previous.log"),
        MS,
    )
    t = back
    pod = "eventmesh-runtime-1"
    f = "eventmesh-runtime-1.log"

    def S(t: datetime, where: str, label: str, msg: str) -> datetime:
        def text(x: datetime) -> list[str]:
            return [
                f"{x:%Y-%m-%d %H:%M:%S}.{x.microsecond // 1000:03d} INFO  [main] {where} - {msg}"
            ]

        return fs.add(f, t, label, text, (pod, f), MS)

    t = S(
        t,
        "EventMeshStartup(EventMeshStartup.java:40)",
        "EventMesh server starting...",
        "EventMesh server starting...",
    )
    t += sec(1.8)
    t = S(
        t,
        "EventMeshTCPServer(EventMeshTCPServer.java:218)",
        "==================EventMeshTCPServer Initialing==================",
        "==================EventMeshTCPServer Initialing==================",
    )
    t = S(
        t + sec(0.31),
        "EventMeshTCPServer(EventMeshTCPServer.java:262)",
        "--------------------------EventMeshTCPServer Inited",
        "--------------------------EventMeshTCPServer Inited",
    )
    t = S(
        t + sec(0.02),
        "EventMeshHTTPServer(EventMeshHTTPServer.java:129)",
        "==================EventMeshHTTPServer Initialing==================",
        "==================EventMeshHTTPServer Initialing==================",
    )
    t = S(
        t + sec(0.44),
        "EventMeshHTTPServer(EventMeshHTTPServer.java:170)",
        "--------------------------EventMeshHTTPServer inited",
        "--------------------------EventMeshHTTPServer inited",
    )
    t = S(
        t + sec(0.9),
        "EventMeshTCPServer(EventMeshTCPServer.java:196)",
        "EventMeshTCPServer[port={}] started.....",
        "EventMeshTCPServer[port=10000] started.....",
    )
    t = S(
        t + sec(0.05),
        "EventMeshTCPServer(EventMeshTCPServer.java:288)",
        "--------------------------EventMeshTCPServer Started",
        "--------------------------EventMeshTCPServer Started",
    )
    t = S(
        t + sec(0.07),
        "AbstractHTTPServer(AbstractHTTPServer.java:244)",
        "HTTPServer[port={}] started......",
        "HTTPServer[port=10105] started......",
    )
    t = S(
        t + sec(0.01),
        "EventMeshHTTPServer(EventMeshHTTPServer.java:196)",
        "--------------------------EventMeshHTTPServer started",
        "--------------------------EventMeshHTTPServer started",
    )
    S(
        t + sec(0.4),
        "EventMeshStartup(EventMeshStartup.java:52)",
        "EventMesh server started.",
        "EventMesh server started.",
    )
    return fs.logs(T0)


# ------------------------------------------------------------------------------------- inlong

IL_AGENTS = {"agent-01": "10.0.4.21", "agent-02": "10.0.4.22"}


def l4j_thread(name: str) -> str:
    """log4j2's %15.15t: right-aligned to 15, cut from the left."""
    return name[-15:].rjust(15)


def l4j_class(fqcn: str) -> str:
    """log4j2's %-30.30C{1.}: packages to their first letter, left-aligned to 30, cut from the left."""
    parts = fqcn.split(".")
    short = ".".join([p[0] for p in parts[:-1]] + [parts[-1]])
    return short[-30:].ljust(30)


def inlong(r: random.Random) -> list[Log]:
    """InLong 1.12.0's Manager and two Agents, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()

    def L(
        f: str,
        t: datetime,
        level: str,
        th: str,
        cls: str,
        label: str | None,
        msg: str,
        more: list[str] | None = None,
        pid: str = "1",
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            return [
                f"{x:%Y-%m-%d %H:%M:%S}.{x.microsecond // 1000:03d} -{level:>5} {pid} [{l4j_thread(th)}] {l4j_class(cls)} : {msg}"
            ] + (more or [])

        return fs.add(f, t, label, text, f, MS)

    M = "manager-web.log"
    AGENT_SVC = "org.apache.inlong.manager.service.core.impl.AgentServiceImpl"
    HB = "org.apache.inlong.manager.service.heartbeat.HeartbeatManager"
    GROUP = "org.apache.inlong.manager.service.group.InlongGroupServiceImpl"
    PULSAR = "org.apache.inlong.manager.service.resource.queue.pulsar.PulsarOperator"
    FLINK = "org.apache.inlong.manager.plugin.flink.FlinkService"
    CLUSTER = "org.apache.inlong.manager.service.cluster.InlongClusterServiceImpl"
    down02 = (at(11, 0, 4), at(11, 2, 51))
    proxy_down = (at(8, 0, 20), at(8, 12, 40))
    pulsar_down = (at(9, 10, 5), at(9, 31, 30))
    # every agent asks for its tasks every 30 s; the manager logs the request
    for agent, ip in IL_AGENTS.items():
        for t in every(r, at(6, 0, r.uniform(0, 30)), T_END, 30.0, 0.5):
            if agent == "agent-02" and down02[0] <= t < down02[1] + sec(20):
                continue
            L(
                M,
                t,
                "INFO",
                f"http-nio-8083-exec-{r.randrange(1, 11)}",
                AGENT_SVC,
                "begin to get agent task: {}",
                f"begin to get agent task: TaskRequest(agentIp={ip}, clusterName=default_agent, clusterTag=default_cluster, pullJobType=null, commandInfo=[])",
            )
    # the dataproxy SDK in each agent refreshes the proxy list every 5 minutes
    for agent, ip in IL_AGENTS.items():
        for t in every(r, at(6, 0, r.uniform(0, 300)), T_END, 300.0, 2):
            if agent == "agent-02" and down02[0] <= t < down02[1] + sec(20):
                continue
            L(
                M,
                t,
                "INFO",
                f"http-nio-8083-exec-{r.randrange(1, 11)}",
                CLUSTER,
                "begin to get data proxy nodes for request={}",
                f"begin to get data proxy nodes for request=DataProxyNodeRequest(clusterTag=default_cluster, protocolType=TCP, inlongGroupId=null, ip={ip})",
            )
    # group changes made in the dashboard
    groups = [
        ("test_group_nginx_access", "admin"),
        ("test_group_app_audit", "jzhou"),
        ("ods_pay_order_log", "lmartin"),
        ("ods_user_click", "jzhou"),
    ]
    gt = [at(7, 12, 40), at(9, 14, 3), at(9, 25, 48), at(10, 38, 15)]
    for (g, user), t in zip(groups, gt, strict=True):
        th = f"http-nio-8083-exec-{r.randrange(1, 11)}"
        t = L(
            M,
            t,
            "INFO",
            th,
            GROUP,
            "success to save inlong group for groupId={} by user={}",
            f"success to save inlong group for groupId={g} by user={user}",
        )
        t = L(
            M,
            t + sec(r.uniform(20, 90)),
            "INFO",
            th,
            GROUP,
            "begin to startup inlong group for groupId={}",
            f"begin to startup inlong group for groupId={g}",
        )
        tries = 1
        while in_span(t, pulsar_down) and tries < 12:
            t = L(
                M,
                t + sec(r.uniform(0.2, 0.6)),
                "ERROR",
                "pool-8-thread-" + str(r.randrange(1, 5)),
                PULSAR,
                "failed to create pulsar topic={}",
                f"failed to create pulsar topic=public/{g.split('_')[0]}/{g}",
                [
                    "org.apache.pulsar.client.admin.PulsarAdminException: java.util.concurrent.CompletionException: org.apache.pulsar.client.admin.internal.http.AsyncHttpConnector$RetryException: Could not complete the operation. Number of retries has been exhausted. Failed reason: Connection refused: pulsar-broker.pulsar.svc/10.96.77.4:8080",
                    "\tat org.apache.pulsar.client.admin.internal.BaseResource.getApiException(BaseResource.java:248)",
                    "\tat org.apache.pulsar.client.admin.internal.TopicsImpl.createPartitionedTopic(TopicsImpl.java:362)",
                    "\tat org.apache.inlong.manager.service.resource.queue.pulsar.PulsarOperator.createTopic(PulsarOperator.java:169)",
                    "\tat org.apache.inlong.manager.service.resource.queue.pulsar.PulsarResourceOperator.createTopic(PulsarResourceOperator.java:231)",
                    "\tat org.apache.inlong.manager.service.resource.queue.pulsar.PulsarQueueResourceListener.listen(PulsarQueueResourceListener.java:98)",
                    "\tat org.apache.inlong.manager.workflow.event.task.TaskEventNotifier.notify(TaskEventNotifier.java:66)",
                    "\tat java.lang.Thread.run(Thread.java:750)",
                ],
            )
            t += sec(110)
            tries += 1
        if in_span(t, pulsar_down):
            continue
        t = L(
            M,
            t + sec(r.uniform(0.3, 2)),
            "INFO",
            "pool-8-thread-" + str(r.randrange(1, 5)),
            PULSAR,
            "success to create pulsar topic={}",
            f"success to create pulsar topic=public/{g.split('_')[0]}/{g}",
        )
        if g == "ods_user_click":
            L(
                M,
                t + sec(r.uniform(5, 9)),
                "ERROR",
                "pool-8-thread-" + str(r.randrange(1, 5)),
                FLINK,
                "submit job from info {} failed: ",
                f"submit job from info FlinkInfo(jobName=InLong-Sort-{g}, endpoint=http://flink-jobmanager:8081, jobId=null) failed: ",
                [
                    "org.apache.flink.client.program.ProgramInvocationException: The main method caused an error: Unable to create a sink for writing table 'default_catalog.default_database.ods_user_click_sink'.",
                    "\tat org.apache.flink.client.program.PackagedProgram.callMainMethod(PackagedProgram.java:372)",
                    "\tat org.apache.flink.client.program.PackagedProgram.invokeInteractiveModeForExecution(PackagedProgram.java:222)",
                    "\tat org.apache.flink.client.ClientUtils.executeProgram(ClientUtils.java:105)",
                    "\tat org.apache.inlong.manager.plugin.flink.FlinkService.submitJobBySavepoint(FlinkService.java:231)",
                    "\tat org.apache.inlong.manager.plugin.flink.FlinkService.submit(FlinkService.java:186)",
                    "\tat org.apache.inlong.manager.plugin.flink.IntegrationTaskRunner.run(IntegrationTaskRunner.java:72)",
                    "\tat java.lang.Thread.run(Thread.java:750)",
                    "Caused by: org.apache.flink.table.api.ValidationException: Unable to create a sink for writing table 'default_catalog.default_database.ods_user_click_sink'.",
                    "\t... 7 more",
                ],
            )
        else:
            L(
                M,
                t + sec(r.uniform(6, 14)),
                "INFO",
                "pool-8-thread-" + str(r.randrange(1, 5)),
                FLINK,
                "submit flink job success for groupId={}, jobId={}",
                f"submit flink job success for groupId={g}, jobId={hexid(r, 32)}",
            )
    # agent-02 stops heartbeating during its upgrade
    L(
        M,
        down02[0] + sec(62),
        "WARN",
        "heartbeat-evict-1",
        HB,
        "evict heartbeat for component={}, cluster={}, ip={}",
        f"evict heartbeat for component=AGENT, cluster=default_agent, ip={IL_AGENTS['agent-02']}",
    )
    # the agents: a report every minute, file instances, the dataproxy outage
    files = {
        "agent-01": [("test_group_nginx_access", "/data/log/nginx/access.log")],
        "agent-02": [
            ("ods_pay_order_log", "/data/log/pay/order.log"),
            ("test_group_app_audit", "/data/log/app/audit.log"),
        ],
    }
    for agent in IL_AGENTS:
        A = f"{agent}.log"
        for t in every(r, at(6, 0, r.uniform(0, 60)), T_END, 60.0, 0.2):
            if agent == "agent-02" and down02[0] <= t < down02[1] + sec(10):
                continue
            L(
                A,
                t,
                "INFO",
                "task-manager-core",
                "org.apache.inlong.agent.core.task.TaskManager",
                "taskManager coreThread running! taskNum {} runningTask {}",
                f"taskManager coreThread running! taskNum {len(files[agent])} runningTask {len(files[agent])}",
                pid="",
            )
        # the hourly rotation of each file makes a new instance
        for g, path in files[agent]:
            for h in range(6, 12):
                t = at(h, 0, r.uniform(0.5, 3))
                if agent == "agent-02" and h == 11:
                    continue
                stamp = f"{t:%Y%m%d}{h - 1:02d}"
                L(
                    A,
                    t,
                    "INFO",
                    "instance-manager-core",
                    "org.apache.inlong.agent.core.instance.InstanceManager",
                    "instance {} add to memory, file {}",
                    f"instance {g}_{hexid(r, 8)} add to memory, file {path}",
                    pid="",
                )
                L(
                    A,
                    t + sec(r.uniform(20, 40)),
                    "INFO",
                    "instance-manager-core",
                    "org.apache.inlong.agent.core.instance.InstanceManager",
                    "instance {} finished, file {}",
                    f"instance {g}_{hexid(r, 8)} finished, file {path}.{stamp}",
                    pid="",
                )
        # the dataproxy down 08:00-08:12: every batch fails and is resent
        for t in poisson(r, proxy_down[0], proxy_down[1], 6.5):
            g, _ = r.choice(files[agent])
            L(
                A,
                t,
                "WARN",
                f"sender-{g[-10:]}-{r.randrange(0, 3)}",
                "org.apache.inlong.agent.plugin.sinks.filecollect.SenderManager",
                "send data to dataproxy error {}",
                "send data to dataproxy error SEND_FAILED",
                pid="",
            )
        for t in every(r, proxy_down[0] + sec(30), proxy_down[1], 60.0, 3):
            L(
                A,
                t,
                "ERROR",
                "proxy-config-manager",
                "org.apache.inlong.sdk.dataproxy.config.ProxyConfigManager",
                "exception caught",
                "exception caught",
                [
                    "java.net.ConnectException: Connection refused (Connection refused)",
                    "\tat java.net.PlainSocketImpl.socketConnect(Native Method)",
                    "\tat java.net.AbstractPlainSocketImpl.doConnect(AbstractPlainSocketImpl.java:350)",
                    "\tat java.net.Socket.connect(Socket.java:607)",
                    "\tat org.apache.inlong.sdk.dataproxy.network.ClientMgr.initConnection(ClientMgr.java:389)",
                    "\tat org.apache.inlong.sdk.dataproxy.config.ProxyConfigManager.run(ProxyConfigManager.java:168)",
                ],
                pid="",
            )
    # agent-02's upgrade at 11:00
    A = "agent-02.log"
    t = L(
        A,
        down02[0],
        "INFO",
        "Thread-3",
        "org.apache.inlong.agent.core.AgentMain",
        "stopping agent gracefully",
        "stopping agent gracefully",
        pid="",
    )
    L(
        A,
        t + sec(1.2),
        "INFO",
        "Thread-3",
        "org.apache.inlong.agent.core.AgentManager",
        "agent manager stopped",
        "agent manager stopped",
        pid="",
    )
    t = down02[1]
    t = L(
        A,
        t,
        "INFO",
        "main",
        "org.apache.inlong.agent.core.AgentMain",
        "agent version {}",
        "agent version 1.12.0",
        pid="",
    )
    t = L(
        A,
        t + sec(0.8),
        "INFO",
        "main",
        "org.apache.inlong.agent.core.AgentManager",
        "starting agent manager",
        "starting agent manager",
        pid="",
    )
    L(
        A,
        t + sec(2.3),
        "INFO",
        "main",
        "org.apache.inlong.agent.core.AgentMain",
        "agent started, listening on port {}",
        "agent started, listening on port 8008",
        pid="",
    )
    return fs.logs(T0)


def in_span(t: datetime, span: tuple[datetime, datetime]) -> bool:
    return span[0] <= t < span[1]


SYSTEMS = {
    "memphis": memphis,
    "liftbridge": liftbridge,
    "nats-streaming": nats_streaming,
    "eventmesh": eventmesh,
    "inlong": inlong,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
