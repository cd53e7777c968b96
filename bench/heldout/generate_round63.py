#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 63 (artemis, redpanda, kafka-connect, puma, nextjs) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock). Five log shapes not yet covered:

- ActiveMQ Artemis 2.33 (`artemis-broker1.log`, `artemis-broker2.log`: log4j2's `%d %-5level
  [%logger] %msg%n`, the AMQ code in front of each message): a replicated primary and backup
  starting (protocol modules, addresses and queues deployed, acceptors, the console), the load
  balancer's probes timing out the handshake, clients' connections failing and their sessions
  cleared, poison messages sent to the DLQ, a slow consumer whose address pages until the disk
  fills (`max-disk-usage`, `Disk Full! Blocking message production`), a `Critical IO Error`
  with its stack, the backup becoming active, the primary back as a backup and the failback.
- Redpanda 24.1 (`redpanda-0.log` .. `redpanda-2.log`, seastar's `LEVEL  %Y-%m-%d %H:%M:%S,%03d
  [shard N:group] logger - file.cc:line - msg`, raft's `[group_id:%d, {ntp}] ` before the file,
  seastar's own lines without a file): start-up (raft groups started), segments rolled,
  elections and leadership transfers, clients' resets and SASL failures, a node's disk stalling
  (`Reactor stalled for`, RPC timeouts, heartbeats, health reports, its leaders stepping down)
  and its restart.
- Kafka Connect 3.6 with Debezium 2.5 and the Confluent JDBC sink (`connect-1.log`,
  `connect-2.log`, log4j's `[%d] %p %X{connector.context}%m (%c:%L)%n`: `[connector|task-0] `
  before connectors' lines, Kafka's LogContext `[Worker clientId=..., groupId=...] ` before the
  herder's, the class and line after each message, Java stacks under it): the source's `records
  sent during previous` and offset commits, the sink's batches, the REST API's request lines, a
  database failover killing the source task (`Producer failure`, `Task threw an uncaught and
  unrecoverable exception` with `Caused by:`), its restart with the configuration printed key by
  key, a worker redeployed (rebalances), a schema change failing the sink's batches
  (`BatchUpdateException`) until its config is fixed.
- Puma 6.4 in cluster mode before a Rails app (`puma.stdout.log`, `puma.stderr.log`, no
  timestamps but the `=== puma startup: ===` markers and the error handler's: PidFormatter's
  `[pid] ` on Puma's lines, Puma::CommonLogger's request lines): the boot banner, workers booted,
  phased restarts, puma_worker_killer's memory checks and its TERMs, a worker timed out, workers
  failing to boot while Redis is down (`! Unable to start worker`, the error, its backtrace as
  one message), `Rack app (...)` errors, `HTTP parse error` from TLS scanners, a full restart.
- Next.js 14.2 (`build.log`: `npm run build` for six deploys, no timestamps, a type error and a
  prerender failure; `server-web-1.log`, `server-web-2.log`: two pods' `next start` output,
  no timestamps): `  ▲ Next.js`, ` ✓ Ready in`, the build's steps and route table, the app's own
  `console.log` lines, ` ⨯ ` errors with their stacks and `{ digest: '...' }`, `TypeError: fetch
  failed` with an undici `[cause]`, `Failed to find Server Action` after each deploy.

Label notes. The rules of rounds 51 to 59 hold. Artemis's AMQ code is part of the message
(`AMQ222210: Free storage space is at %s of %s total. ...`: each code its own label), the level
and logger are context, the routing type, the acceptor's protocol list, `Primary`/`Backup` and
a MessageReference's toString are values, an exception's stack belongs to its line. Redpanda's
level, shard and scheduling group, logger, `file.cc:line - ` and raft's `[group_id:%d, {%s}] `
(and `[heartbeats_majority] ` / `[follower: ...] ` where the format has it) are context except
where the format writes them; seastar's `Reactor stalled` backtrace is a value. Kafka Connect's
MDC context, LogContext prefix and `(class:line)` are context; `%s` stands for a task's
toString (`WorkerSourceTask{id=pg-inventory-0}`); Debezium's `   %s = %s` config line is one
label; the REST request lines are labelled by method, route and status as round 54's access
records (`GET /connectors/%s/status 200`); a Java stack with `Caused by:` belongs to its line.
Puma's `[pid] ` is context; a request line is labelled by method, route and status (`GET
/products/%s 200`); the error handler's time is context and the exception's message
contributes its format (`Rack app ("%s %s" - (%s)): #<Redis::CannotConnectError: Error
connecting to Redis on %s (%s)>`); `! Unable to start worker`, the error's message and the
joined backtrace are three calls (the backtrace `%s`). Next.js's ` ✓ `, ` ⚠ `, ` ⨯ `, `  ▲ ` and
`   ` prefixes are Next's log levels (context); an error's stack, its `{ digest: ... }` object
and an undici `[cause]` belong to its event; the route table is one write (labelled by its
header line); the app's `console.log` formats are template literals, written with `%s`/`%d`.

Sources. The helper checked against public copies: Artemis's ActiveMQServerLogger.java (the
2.3x SLF4J bundle: every AMQ22xxxx/AMQ224xxx text used here: 221000, 221001, 221002, 221003,
221007, 221008, 221010, 221012, 221024, 221025, 221031 to 221039, 221043, 221048, 221049,
221057, 221080, 222010, 222013, 222038, 222061, 222107, 222146, 222149, 222210, 222212, 222216,
224088, 224108, 224127) and real 2.x start-up logs (AMQ101000, the log4j2 layout); Redpanda's
line layout with `[shard 0]` and `[shard 0:main]`, raft's `started raft, log offsets:`, `starting
pre-vote leader election`, `becoming the leader term:`, `became the leader term:`, `vote reply
from`, `Creating new segment` (real logs in issues); Puma's `[pid] - Worker %d (PID: %d) booted
in %ss, phase: %d`, `- Starting phased worker restart, phase:`, `+ Changing to`, `- Stopping %d
for phased upgrade...`, `- TERM sent to %d...`, `! Terminating timed out worker` and
puma_worker_killer's `Consuming` / `Out of memory` lines (issues); Debezium's `%d records sent
during previous %s, last recorded offset of %s partition is %s` (BaseSourceTask, DBZ-4472);
Next.js's production Server Components digest behaviour. The rest is from the helper's knowledge,
not checked (least sure: Artemis's AMQ212037 client texts, AMQ241001 to 241004, the audit-free
failback sequence; Redpanda's file line numbers, `Reactor stalled` wording, the RPC timeout,
heartbeat, health monitor, node status, leader balancer, SASL, `Disconnected` and recovery texts;
Kafka Connect's and Debezium's start-up, herder and rebalance texts, the JDBC sink's `Received %d
records` and `Write of %d records failed` lines, the REST request log layout; Puma 6's banner
spacing, `Unable to start worker` with the error and backtrace as separate calls, the error
handler's `Rack app (...)` and `HTTP parse error` layout, CommonLogger's layout without a pid;
Next.js's exact prefixes and spacing, the build's step texts and route table, `Failed to find
Server Action` wording, ` ⨯ uncaughtException:`, the undici `[cause]` layout). Run it only to
change the data on purpose: `python bench/heldout/generate_round63.py [SYSTEM ...]`.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round43 import java_stack
from generate_round52 import Records, secs
from generate_round53 import Clock, ms3
from generate_round55 import at, poisson

Emit = Callable[..., datetime]


def java_log(
    clock: Clock, files: dict[str, Records], head: Callable[[datetime, str, str], str]
) -> Emit:
    """The emitter of a log4j-style Java log whose files are `files`: `L(file, t, level, fmt,
    msg, ctx, stack)` writes `head(t, level, ctx) + msg` and the stack's lines under it, at the
    file's next free millisecond."""

    def L(
        name: str,
        t: datetime,
        level: str,
        fmt: str,
        msg: str,
        ctx: str = "",
        stack: list[str] | None = None,
    ) -> datetime:
        t = clock.at(name, t)
        files[name].add(t, [*lines_of(head(t, level, ctx) + msg), *(stack or [])], fmt)
        return t

    return L


def lines_of(text: str) -> list[str]:
    return text.split("\n")


# --------------------------------------------------------------------------------- artemis

AMQ_VERSION = "2.33.0"
AMQ_ADDRESSES = [
    # (address, routing type, queues)
    ("DLQ", "ANYCAST", ["DLQ"]),
    ("ExpiryQueue", "ANYCAST", ["ExpiryQueue"]),
    ("orders.created", "MULTICAST", ["orders.created.billing", "orders.created.shipping"]),
    ("orders.payment", "ANYCAST", ["orders.payment"]),
    ("inventory.updates", "ANYCAST", ["inventory.updates"]),
    ("notifications.email", "ANYCAST", ["notifications.email"]),
    ("audit.events", "MULTICAST", ["audit.events.archive"]),
]
AMQ_CLIENTS = {
    # client: (address, user, addresses it produces to, queue it consumes)
    "order-service": ("10.42.1.17", "orders", "orders.created", None),
    "payment-gw": ("10.42.1.23", "payments", "orders.payment", "orders.payment"),
    "billing-worker": ("10.42.2.8", "billing", None, "orders.created.billing"),
    "shipping-worker": ("10.42.2.14", "shipping", None, "orders.created.shipping"),
    "inventory-sync": ("10.42.3.5", "inventory", "inventory.updates", "inventory.updates"),
    "mailer": ("10.42.3.31", "mailer", None, "notifications.email"),
}
AMQ_PROTOCOLS = [
    ("artemis-server", "CORE"),
    ("artemis-amqp-protocol", "AMQP"),
    ("artemis-hornetq-protocol", "HORNETQ"),
    ("artemis-mqtt-protocol", "MQTT"),
    ("artemis-openwire-protocol", "OPENWIRE"),
    ("artemis-stomp-protocol", "STOMP"),
]
AMQ_JOURNAL_FRAMES = [
    "org.apache.activemq.artemis.core.io.aio.AIOSequentialFile.writeDirect(AIOSequentialFile.java:262)",
    "org.apache.activemq.artemis.core.io.buffer.TimedBuffer.flushBatch(TimedBuffer.java:368)",
    "org.apache.activemq.artemis.core.io.buffer.TimedBuffer.checkSize(TimedBuffer.java:262)",
    "org.apache.activemq.artemis.core.journal.impl.JournalFilesRepository.openFile(JournalFilesRepository.java:470)",
    "org.apache.activemq.artemis.core.journal.impl.JournalImpl.appendRecord(JournalImpl.java:3120)",
    "org.apache.activemq.artemis.core.journal.impl.JournalImpl.lambda$appendAddRecord$0(JournalImpl.java:936)",
    "org.apache.activemq.artemis.utils.actors.OrderedExecutor.doTask(OrderedExecutor.java:57)",
    "org.apache.activemq.artemis.utils.actors.ProcessorBase.executePendingTasks(ProcessorBase.java:68)",
    "java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)",
    "org.apache.activemq.artemis.utils.ActiveMQThreadFactory$1.run(ActiveMQThreadFactory.java:118)",
]
AMQ_LIBAIO_FRAMES = [
    "org.apache.activemq.artemis.nativo.jlibaio.LibaioContext.submitWrite(Native Method)",
    "org.apache.activemq.artemis.nativo.jlibaio.LibaioFile.write(LibaioFile.java:80)",
    "org.apache.activemq.artemis.core.io.aio.AIOSequentialFile.writeDirect(AIOSequentialFile.java:257)",
]


def artemis(r: random.Random) -> list[Log]:
    """An ActiveMQ Artemis 2.33 replicated pair behind an order system, 06:00 to 12:00: `artemis-
    broker1.log` (the primary) and `artemis-broker2.log` (its replicating backup), log4j2's
    `%d %-5level [%logger] %msg%n` with the AMQ code in front of each message. The primary
    starts at 06:00 (protocols, addresses and queues deployed, acceptors, the console), the backup
    synchronises with it; all morning the load balancer's TCP probes time out the handshake,
    clients drop and their sessions are cleared, poison messages go to the DLQ and expired ones
    are dropped; from 08:40 the shipping worker stops consuming (a slow consumer), its queue
    pages, the disk fills (`max-disk-usage` beyond 90%), production is blocked, and at 09:52 the
    journal cannot write (`Critical IO Error` with its stack): the primary stops, the backup
    becomes active and the clients reconnect to it; the primary is restarted at 10:30 with a
    cleaned disk as the new backup, and the operator's failback at 11:20 hands it back."""
    clock = Clock(1000)
    files = {"b1": Records(), "b2": Records()}

    def head(t: datetime, level: str, logger: str) -> str:
        return f"{t:%Y-%m-%d %H:%M:%S},{ms3(t)} {level:<5} [{logger}] "

    L = java_log(clock, files, head)
    SRV = "org.apache.activemq.artemis.core.server"
    t0, t_end = at(6, 0, 0) + secs(r, 1, 4), at(12, 0, 0)
    slow = at(8, 40, 12)
    crash = at(9, 52, 37)
    b1_back = at(10, 30, 5)
    failback = at(11, 20, 40)
    node_id = uuid4(r)
    active: list[tuple[datetime, datetime, str]] = [
        (t0, crash, "b1"),
        (crash, failback, "b2"),
        (failback, t_end, "b1"),
    ]

    def active_at(t: datetime) -> str:
        return next(b for a, z, b in active if a <= t < z)

    def start(b: str, t: datetime, backup: bool) -> datetime:
        t = L(
            b,
            t,
            "INFO",
            "AMQ101000: Starting ActiveMQ Artemis Server version %s",
            f"AMQ101000: Starting ActiveMQ Artemis Server version {AMQ_VERSION}",
            "org.apache.activemq.artemis.integration.bootstrap",
        )
        kind = "Backup" if backup else "Primary"
        cfg = "Broker Configuration (clustered=true,journalDirectory=data/journal,bindingsDirectory=data/bindings,largeMessagesDirectory=data/large-messages,pagingDirectory=data/paging)"
        t = L(
            b,
            t + secs(r, 0.05, 0.2),
            "INFO",
            "AMQ221000: %s message broker is starting with configuration %s",
            f"AMQ221000: {kind} message broker is starting with configuration {cfg}",
            SRV,
        )
        t = L(
            b,
            t + secs(r, 0.01, 0.05),
            "INFO",
            "AMQ221012: Using AIO Journal",
            "AMQ221012: Using AIO Journal",
            SRV,
        )
        t = L(
            b,
            t + secs(r, 0.02, 0.08),
            "INFO",
            "AMQ221057: Global Max Size is being adjusted to 1/2 of the JVM max size (-Xmx). being defined as %d",
            "AMQ221057: Global Max Size is being adjusted to 1/2 of the JVM max size (-Xmx). being defined as 2147483648",
            SRV,
        )
        for mod, proto in AMQ_PROTOCOLS:
            t = L(
                b,
                t + secs(r, 0.001, 0.01),
                "INFO",
                "AMQ221043: Protocol module found: [%s]. Adding protocol support for: %s",
                f"AMQ221043: Protocol module found: [{mod}]. Adding protocol support for: {proto}",
                SRV,
            )
        return t

    def deploy(b: str, t: datetime) -> datetime:
        for addr, rt, queues in AMQ_ADDRESSES:
            t = L(
                b,
                t + secs(r, 0.001, 0.02),
                "INFO",
                "AMQ221080: Deploying address %s supporting %s",
                f"AMQ221080: Deploying address {addr} supporting [{rt}]",
                SRV,
            )
            for q in queues:
                t = L(
                    b,
                    t + secs(r, 0.001, 0.01),
                    "INFO",
                    "AMQ221003: Deploying %s queue %s on address %s",
                    f"AMQ221003: Deploying {rt} queue {q} on address {addr}",
                    SRV,
                )
        return t

    def acceptors(b: str, t: datetime) -> datetime:
        for _acc, port, protos in [
            ("artemis", 61616, "CORE,MQTT,AMQP,STOMP,HORNETQ,OPENWIRE"),
            ("amqp", 5672, "AMQP"),
            ("stomp", 61613, "STOMP"),
        ]:
            t = L(
                b,
                t + secs(r, 0.005, 0.03),
                "INFO",
                "AMQ221020: Started %s Acceptor at %s:%d for protocols [%s]",
                f"AMQ221020: Started EPOLL Acceptor at 0.0.0.0:{port} for protocols [{protos}]",
                SRV,
            )
        return t

    def console(b: str, t: datetime) -> datetime:
        t = L(
            b,
            t + secs(r, 0.5, 1.5),
            "INFO",
            "AMQ241001: HTTP Server started at %s",
            "AMQ241001: HTTP Server started at http://0.0.0.0:8161",
            "org.apache.activemq.artemis",
        )
        t = L(
            b,
            t + secs(r, 0.001, 0.01),
            "INFO",
            "AMQ241002: Artemis Jolokia REST API available at %s",
            "AMQ241002: Artemis Jolokia REST API available at http://0.0.0.0:8161/console/jolokia",
            "org.apache.activemq.artemis",
        )
        return L(
            b,
            t + secs(r, 0.001, 0.01),
            "INFO",
            "AMQ241004: Artemis Console available at %s",
            "AMQ241004: Artemis Console available at http://0.0.0.0:8161/console",
            "org.apache.activemq.artemis",
        )

    def go_primary(b: str, t: datetime) -> datetime:
        t = L(
            b,
            t + secs(r, 0.05, 0.2),
            "INFO",
            "AMQ221034: Waiting %s to obtain primary lock",
            "AMQ221034: Waiting indefinitely to obtain primary lock",
            SRV,
        )
        t = L(
            b,
            t + secs(r, 0.01, 0.05),
            "INFO",
            "AMQ221035: Primary Server Obtained primary lock",
            "AMQ221035: Primary Server Obtained primary lock",
            SRV,
        )
        t = deploy(b, t)
        t = acceptors(b, t)
        t = L(
            b,
            t + secs(r, 0.01, 0.05),
            "INFO",
            "AMQ221007: Server is now active",
            "AMQ221007: Server is now active",
            SRV,
        )
        t = L(
            b,
            t + secs(r, 0.005, 0.02),
            "INFO",
            "AMQ221001: Apache ActiveMQ Artemis Message Broker version %s [%s, nodeID=%s] %s",
            f"AMQ221001: Apache ActiveMQ Artemis Message Broker version {AMQ_VERSION} [{b.replace('b', 'broker')}, nodeID={node_id}] ",
            SRV,
        )
        return console(b, t)

    def go_backup(b: str, t: datetime) -> datetime:
        t = L(
            b,
            t + secs(r, 0.1, 0.3),
            "INFO",
            "AMQ221109: Apache ActiveMQ Artemis Backup Server version %s [%s] started; waiting for primary to fail before activating",
            f"AMQ221109: Apache ActiveMQ Artemis Backup Server version {AMQ_VERSION} [null] started; waiting for primary to fail before activating",
            SRV,
        )
        t = console(b, t)
        t = L(
            b,
            t + secs(r, 0.2, 0.8),
            "INFO",
            "AMQ221024: Backup server %s is synchronized with primary server, nodeID=%s.",
            f"AMQ221024: Backup server ActiveMQServerImpl::name={b.replace('b', 'broker')} is synchronized with primary server, nodeID={node_id}.",
            SRV,
        )
        return L(
            b,
            t + secs(r, 0.01, 0.1),
            "INFO",
            "AMQ221031: backup announced",
            "AMQ221031: backup announced",
            SRV,
        )

    t = start("b1", t0, False)
    go_primary("b1", t)
    t = start("b2", t0 + secs(r, 20, 40), True)
    t = L(
        "b2",
        t + secs(r, 0.05, 0.2),
        "INFO",
        "AMQ221049: Activating Replica for node: %s",
        f"AMQ221049: Activating Replica for node: {node_id}",
        SRV,
    )
    go_backup("b2", t)

    # the load balancer's TCP probes: each opens and closes without a protocol handshake
    for x in poisson(r, t0 + timedelta(seconds=60), t_end, 70):
        b = active_at(x)
        probe = r.choice(["10.42.0.2", "10.42.0.3"])
        L(
            b,
            x,
            "ERROR",
            'AMQ224088: Timeout (%d seconds) on acceptor "%s" during protocol handshake with %s has occurred.',
            f'AMQ224088: Timeout (10 seconds) on acceptor "artemis" during protocol handshake with /{probe}:{r.randrange(30000, 60999)} has occurred.',
            SRV,
        )

    def dropped(b: str, x: datetime, who: str) -> None:
        ip = AMQ_CLIENTS[who][0]
        port = r.randrange(32768, 60999)
        sess = uuid4(r)
        kind = r.random()
        if kind < 0.6:
            x = L(
                b,
                x,
                "WARN",
                "AMQ212037: Connection failure to %s has been detected: AMQ229014: Did not receive data from %s within the %dms connection TTL. The connection will now be closed. [code=%s]",
                f"AMQ212037: Connection failure to /{ip}:{port} has been detected: AMQ229014: Did not receive data from /{ip}:{port} within the 60000ms connection TTL. The connection will now be closed. [code=CONNECTION_TIMEDOUT]",
                "org.apache.activemq.artemis.core.client",
            )
        else:
            x = L(
                b,
                x,
                "WARN",
                "AMQ212037: Connection failure to %s has been detected: AMQ219014: Connection reset by peer [code=%s]",
                f"AMQ212037: Connection failure to /{ip}:{port} has been detected: AMQ219014: Connection reset by peer [code=REMOTE_DISCONNECT]",
                "org.apache.activemq.artemis.core.client",
            )
        for _ in range(r.choice([1, 1, 2])):
            sess = uuid4(r)
            x = L(
                b,
                x + secs(r, 0.001, 0.01),
                "WARN",
                "AMQ222061: Client connection failed, clearing up resources for session %s",
                f"AMQ222061: Client connection failed, clearing up resources for session {sess}",
                SRV,
            )
            x = L(
                b,
                x + secs(r, 0.001, 0.02),
                "WARN",
                "AMQ222107: Cleared up resources for session %s",
                f"AMQ222107: Cleared up resources for session {sess}",
                SRV,
            )

    for x in poisson(r, t0 + timedelta(seconds=300), t_end, 95):
        dropped(active_at(x), x, r.choice(list(AMQ_CLIENTS)))

    # poison messages and expired notifications
    mid = 4_831_200
    for x in poisson(r, t0 + timedelta(seconds=200), t_end, 150):
        b = active_at(x)
        mid += r.randrange(500, 9000)
        q = r.choice(
            ["orders.payment", "orders.payment", "inventory.updates", "orders.created.billing"]
        )
        addr = "orders.created" if q.startswith("orders.created") else q
        ref = f"Reference[{mid}]:RELIABLE:CoreMessage[messageID={mid},durable=true,userID={uuid4(r)},priority=4, timestamp=Tue Jun 04 {x:%H:%M:%S} UTC 2024,expiration=0, durable=true, address={addr},size={r.randrange(900, 4800)},properties=TypedProperties[__AMQ_CID={uuid4(r)},_AMQ_ROUTING_TYPE=1]]@{r.randrange(100000000, 2000000000)}"
        L(
            b,
            x,
            "WARN",
            "AMQ222149: Sending message %s to Dead Letter Address %s from %s",
            f"AMQ222149: Sending message {ref} to Dead Letter Address DLQ from {q}",
            SRV,
        )
    for x in poisson(r, t0 + timedelta(seconds=600), t_end, 700):
        L(
            active_at(x),
            x,
            "WARN",
            "AMQ222146: Message has expired. No bindings for Expiry Address %s so dropping it",
            "AMQ222146: Message has expired. No bindings for Expiry Address notifications.expired so dropping it",
            SRV,
        )

    # a client with a wrong password retrying every minute between 07:10 and 07:48
    for x in poisson(r, at(7, 10, 3), at(7, 48, 0), 58):
        L(
            "b1",
            x,
            "WARN",
            "AMQ222216: Security problem while authenticating: AMQ229031: Unable to validate user from %s. Username: %s; SSL certificate subject DN: %s",
            f"AMQ222216: Security problem while authenticating: AMQ229031: Unable to validate user from /10.42.4.{r.choice([51, 52])}:{r.randrange(32768, 60999)}. Username: reporting; SSL certificate subject DN: unavailable",
            SRV,
        )

    # the shipping worker stalls: slow consumer, paging, the disk filling, production blocked
    sess = uuid4(r)
    for x in poisson(r, slow, crash - timedelta(minutes=5), 300):
        rate = r.uniform(0.0, 0.4)
        L(
            "b1",
            x,
            "INFO",
            "AMQ221048: Consumer %s:%d attached to queue '%s' from %s identified as 'slow.' Expected consumption rate: %s msgs/second; actual consumption rate: %s msgs/second.",
            f"AMQ221048: Consumer {sess}:0 attached to queue 'orders.created.shipping' from /10.42.2.14:{r.randrange(40000, 41000)} identified as 'slow.' Expected consumption rate: 5.0 msgs/second; actual consumption rate: {rate:.2f} msgs/second.",
            SRV,
        )
    size, msgs = 10_485_760, 2_014
    t = slow + timedelta(minutes=7)
    t = L(
        "b1",
        t,
        "INFO",
        "AMQ222038: Starting paging on address '%s'; %s",
        f"AMQ222038: Starting paging on address 'orders.created'; size={size} bytes ({msgs} messages); maxSize=10485760 bytes (-1 messages); globalSize=12120843 bytes ({msgs + 812} messages); globalMaxSize=2147483648 bytes (-1 messages);",
        SRV,
    )
    for x in poisson(r, t + timedelta(minutes=10), crash - timedelta(minutes=2), 240):
        pending = r.randrange(2000, 9000)
        L(
            "b1",
            x,
            "WARN",
            "AMQ224127: Message dispatch from paging is blocked. Address %s/Queue %s will not read any more messages from paging until pending messages are acknowledged. There are currently %d messages pending (%d bytes) with max reads at maxPageReadMessages(%d) and maxPageReadBytes(%d). Either increase reading attributes at the address-settings or change your consumers to acknowledge more often.",
            f"AMQ224127: Message dispatch from paging is blocked. Address orders.created/Queue orders.created.shipping will not read any more messages from paging until pending messages are acknowledged. There are currently {pending} messages pending ({pending * r.randrange(1900, 2300)} bytes) with max reads at maxPageReadMessages(-1) and maxPageReadBytes(20971520). Either increase reading attributes at the address-settings or change your consumers to acknowledge more often.",
            "org.apache.activemq.artemis.core.server.Queue",
        )
    total = 49.1
    t = at(9, 31, 44)
    free = 4.9
    while t < crash:
        t = L(
            "b1",
            t,
            "WARN",
            "AMQ222210: Free storage space is at %s of %s total. Usage rate is %s which is beyond the configured <max-disk-usage>. System will start blocking producers.",
            f"AMQ222210: Free storage space is at {free:.1f}GB of {total}GB total. Usage rate is {100 * (1 - free / total):.2f}% which is beyond the configured <max-disk-usage>. System will start blocking producers.",
            SRV,
        )
        for addr in ["orders.created", "orders.payment", "inventory.updates", "audit.events"]:
            if r.random() < 0.6:
                L(
                    "b1",
                    t + secs(r, 0.001, 0.5),
                    "WARN",
                    "AMQ222212: Disk Full! Blocking message production on address '%s'. Clients will report blocked.",
                    f"AMQ222212: Disk Full! Blocking message production on address '{addr}'. Clients will report blocked.",
                    SRV,
                )
        t += secs(r, 55, 70)
        free = max(0.3, free - r.uniform(0.1, 0.4))
    exc = java_stack(
        r,
        "java.io.IOException: No space left on device",
        AMQ_LIBAIO_FRAMES + AMQ_JOURNAL_FRAMES,
    )
    jfile = f"activemq-data-{r.randrange(2100, 2300)}.amq"
    t = L(
        "b1",
        crash,
        "ERROR",
        "AMQ222010: Critical IO Error, shutting down the server. file=%s, message=%s",
        f"AMQ222010: Critical IO Error, shutting down the server. file=AIOSequentialFile:/var/lib/artemis/data/journal/{jfile}, message=No space left on device",
        SRV,
        exc,
    )
    t = L(
        "b1",
        t + secs(r, 0.01, 0.05),
        "WARN",
        "AMQ222013: Error when trying to start replication",
        "AMQ222013: Error when trying to start replication",
        SRV,
        java_stack(
            r,
            "ActiveMQIOErrorException[errorType=IO_ERROR message=AMQ229133: Critical IO Error: No space left on device]",
            [
                "org.apache.activemq.artemis.core.replication.ReplicationManager.sendReplicatePacket(ReplicationManager.java:452)",
                "org.apache.activemq.artemis.core.replication.ReplicationManager.appendAddRecord(ReplicationManager.java:196)",
                "org.apache.activemq.artemis.core.journal.impl.JournalImpl.appendRecord(JournalImpl.java:3120)",
            ],
        ),
    )
    t = L(
        "b1",
        t + secs(r, 0.5, 2),
        "INFO",
        "AMQ221002: Apache ActiveMQ Artemis Message Broker version %s [%s] stopped, uptime %s",
        f"AMQ221002: Apache ActiveMQ Artemis Message Broker version {AMQ_VERSION} [{node_id}] stopped, uptime 3 hours 52 minutes",
        SRV,
    )
    # the backup takes over
    t = L(
        "b2",
        crash + secs(r, 1, 3),
        "INFO",
        "AMQ221037: %s to become 'active'",
        "AMQ221037: ActiveMQServerImpl::name=broker2 to become 'active'",
        SRV,
    )
    t = deploy("b2", t)
    t = acceptors("b2", t)
    t = L(
        "b2",
        t + secs(r, 0.01, 0.05),
        "INFO",
        "AMQ221010: Backup Server is now active",
        "AMQ221010: Backup Server is now active",
        SRV,
    )
    # broker1 back as a backup, then the failback
    t = start("b1", b1_back, False)
    t = L(
        "b1",
        t + secs(r, 0.1, 0.3),
        "INFO",
        "AMQ221032: Waiting to become backup node",
        "AMQ221032: Waiting to become backup node",
        SRV,
    )
    t = L(
        "b1",
        t + secs(r, 0.01, 0.1),
        "INFO",
        "AMQ221033: ** got backup lock",
        "AMQ221033: ** got backup lock",
        SRV,
    )
    for _ in range(3):
        t = L(
            "b1",
            t + secs(r, 3, 12),
            "INFO",
            "AMQ221025: Replication: sending %s (size=%d) to replica.",
            f"AMQ221025: Replication: sending AIOSequentialFile:/var/lib/artemis/data/journal/activemq-data-{r.randrange(2300, 2400)}.amq (size={r.randrange(2, 10485760)}) to replica.",
            SRV,
        )
    t = go_backup("b1", t)
    t = L(
        "b2",
        failback - secs(r, 0.5, 1),
        "INFO",
        "AMQ221008: primary server wants to restart, restarting server in backup",
        "AMQ221008: primary server wants to restart, restarting server in backup",
        SRV,
    )
    t = L(
        "b2",
        t + secs(r, 0.5, 1.5),
        "INFO",
        "AMQ221002: Apache ActiveMQ Artemis Message Broker version %s [%s] stopped, uptime %s",
        f"AMQ221002: Apache ActiveMQ Artemis Message Broker version {AMQ_VERSION} [{node_id}] stopped, uptime 1 hour 28 minutes",
        SRV,
    )
    t = L(
        "b2",
        t + secs(r, 0.2, 0.5),
        "INFO",
        "AMQ221039: Restarting as replicating backup server after primary restart",
        "AMQ221039: Restarting as replicating backup server after primary restart",
        SRV,
    )
    go_backup("b2", t + secs(r, 2, 5))
    go_primary("b1", failback)
    t = L(
        "b1",
        failback + secs(r, 3, 6),
        "INFO",
        "AMQ224108: Stopped paging on address '%s'; %s",
        "AMQ224108: Stopped paging on address 'orders.created'; size=2088960 bytes (412 messages); maxSize=10485760 bytes (-1 messages); globalSize=3020881 bytes (780 messages); globalMaxSize=2147483648 bytes (-1 messages);",
        SRV,
    )
    t0b = Log("artemis-broker1.log", t0)
    return [files["b1"].into(t0b), files["b2"].into(Log("artemis-broker2.log", t0))]


# --------------------------------------------------------------------------------- redpanda

RP_VERSION = "v24.1.7 - 36a1d5fb1dbaed1eecd3f2d5ff7a9cbbafbe3a1b"
RP_NODES = {0: "10.0.3.11", 1: "10.0.3.12", 2: "10.0.3.13"}
RP_TOPICS = [("orders", 6), ("payments", 3), ("clickstream", 12), ("__consumer_offsets", 3)]
RP_CLIENTS = ["10.0.5.21", "10.0.5.22", "10.0.5.37", "10.0.6.4", "10.0.6.9"]


def redpanda(r: random.Random) -> list[Log]:
    """A three-node Redpanda 24.1 cluster's stderr as the service's journal stores it
    (`redpanda-0.log`, `redpanda-1.log`, `redpanda-2.log`; seastar's `LEVEL  %Y-%m-%d
    %H:%M:%S,%03d [shard N:group] logger - file.cc:line - msg`, raft's `[group_id:%d, {%s}] `
    before the file, seastar's own lines without one), 06:00 to 12:00: segments rolled as the
    topics grow, the leader balancer moving leaders, clients' connections reset, SASL failures
    from a misconfigured consumer; from 09:10 node 2's disk stalls (`Reactor stalled for`,
    heartbeats time out, its leaders step down and the others win elections, RPC timeouts to it,
    the health monitor and the node status backend failing), the operator restarts node 2 at
    09:41 (the shutdown, the start-up banner, raft groups started, recovery), and the leader
    balancer moves its leaders back."""
    clock = Clock(1000)
    files = {n: Records() for n in RP_NODES}
    t0, t_end = at(6, 0, 0), at(12, 0, 0)
    stall = (at(9, 10, 22), at(9, 41, 5))
    back = at(9, 44, 30)

    def L(
        n: int,
        t: datetime,
        level: str,
        shard: int,
        logger: str,
        src: str,
        fmt: str,
        msg: str,
        ctx: str = "",
        sg: str = "main",
    ) -> datetime:
        t = clock.at(n, t)
        where = f"{src} - " if src else ""
        files[n].add(
            t,
            [
                f"{level:<5} {t:%Y-%m-%d %H:%M:%S},{ms3(t)} [shard {shard}:{sg}] {logger} - {ctx}{where}{msg}"
            ],
            fmt,
        )
        return t

    groups: list[tuple[int, str, int]] = []  # (group id, ntp, shard)
    gid = 1
    for topic, parts in RP_TOPICS:
        for p in range(parts):
            groups.append((gid, f"kafka/{topic}/{p}", p % 4))
            gid += 1
    leader = {g: g % 3 for g, _, _ in groups}
    term = {g: r.randrange(3, 9) for g, _, _ in groups}
    offset = {g: r.randrange(10_000, 900_000) for g, _, _ in groups}

    def rctx(g: int, ntp: str) -> str:
        return f"[group_id:{g}, {{{ntp}}}] "

    def boot(n: int, t: datetime) -> datetime:
        t = L(
            n, t, "INFO", 0, "main", "application.cc:379", "Redpanda %s", f"Redpanda {RP_VERSION}"
        )
        t = L(
            n,
            t + secs(r, 0.001, 0.01),
            "INFO",
            0,
            "main",
            "application.cc:387",
            "kernel=%s, nodename=%s, machine=%s",
            f"kernel=6.1.0-21-cloud-amd64, nodename=redpanda-{n}, machine=x86_64",
        )
        t = L(
            n,
            t + secs(r, 0.01, 0.05),
            "INFO",
            0,
            "main",
            "application.cc:436",
            "System resources: { cpus: %d, available memory: %s, reserved memory: %s}",
            "System resources: { cpus: 4, available memory: 14.500GiB, reserved memory: 1.500GiB}",
        )
        t = L(
            n,
            t + secs(r, 0.01, 0.05),
            "INFO",
            0,
            "syschecks",
            "",
            'Writing pid file "%s"',
            'Writing pid file "/var/lib/redpanda/data/pid.lock"',
        )
        t = L(
            n,
            t + secs(r, 0.05, 0.2),
            "INFO",
            0,
            "storage",
            "directories.h:33",
            "Checking `%s` for supported filesystems",
            "Checking `/var/lib/redpanda/data` for supported filesystems",
        )
        t = L(
            n,
            t + secs(r, 0.2, 0.8),
            "INFO",
            0,
            "cluster",
            "members_manager.cc:160",
            "starting members manager with founding brokers: %s",
            "starting members manager with founding brokers: {}",
        )
        for g, ntp, sh in groups:
            t = L(
                n,
                t + secs(r, 0.001, 0.02),
                "INFO",
                sh,
                "raft",
                "consensus.cc:1589",
                "started raft, log offsets: {start_offset:%d, committed_offset:%d, committed_offset_term:%d, dirty_offset:%d, dirty_offset_term:%d}, term: %d, configuration: %s",
                f"started raft, log offsets: {{start_offset:{offset[g] // 3}, committed_offset:{offset[g]}, committed_offset_term:{term[g]}, dirty_offset:{offset[g]}, dirty_offset_term:{term[g]}}}, term: {term[g]}, configuration: {{current: {{voters: {{{{id: 0, revision: 18}}, {{id: 1, revision: 18}}, {{id: 2, revision: 18}}}}, learners: {{}}}}, old:{{nullopt}}, revision: 18, update: {{nullopt}}, version: 6}}}}",
                rctx(g, ntp),
                "raft",
            )
        t = L(
            n,
            t + secs(r, 0.1, 0.5),
            "INFO",
            0,
            "main",
            "application.cc:2211",
            "Started Kafka API server listening at %s",
            "Started Kafka API server listening at {dnslistener{internal, 0.0.0.0:9092}}",
        )
        return L(
            n,
            t + secs(r, 0.01, 0.1),
            "INFO",
            0,
            "main",
            "application.cc:2240",
            "Successfully started Redpanda!",
            "Successfully started Redpanda!",
        )

    def segment(n: int, t: datetime, g: int, ntp: str, sh: int) -> None:
        offset[g] += r.randrange(20_000, 120_000)
        L(
            n,
            t,
            "INFO",
            sh,
            "storage",
            "segment.cc:771",
            "Creating new segment %s",
            f"Creating new segment /var/lib/redpanda/data/{ntp}_{17 + g}/{offset[g]}-{term[g]}-v1.log",
        )

    def elect(winner: int, t: datetime, g: int, ntp: str, sh: int, transfer: bool) -> datetime:
        c = rctx(g, ntp)
        t = L(
            winner,
            t,
            "INFO",
            sh,
            "raft",
            "consensus.cc:940",
            "starting pre-vote leader election, current term: %d, leadership transfer: %s",
            f"starting pre-vote leader election, current term: {term[g]}, leadership transfer: {str(transfer).lower()}",
            c,
            "raft",
        )
        term[g] += 1
        for peer in RP_NODES:
            if peer != winner and not (peer == 2 and stall[0] <= t < back):
                t = L(
                    winner,
                    t + secs(r, 0.001, 0.01),
                    "INFO",
                    sh,
                    "raft",
                    "vote_stm.cc:77",
                    "vote reply from %s - %s",
                    f"vote reply from {{id: {peer}, revision: 18}} - {{term:{term[g]}, target_node_id{{id: {winner}, revision: 18}}, vote_granted: 1, log_ok:1}}",
                    c,
                    "raft",
                )
        t = L(
            winner,
            t + secs(r, 0.001, 0.01),
            "INFO",
            sh,
            "raft",
            "vote_stm.cc:421",
            "becoming the leader term:%d",
            f"becoming the leader term:{term[g]}",
            c,
            "raft",
        )
        segment(winner, t + secs(r, 0.001, 0.005), g, ntp, sh)
        t = L(
            winner,
            t + secs(r, 0.02, 0.1),
            "INFO",
            sh,
            "raft",
            "vote_stm.cc:436",
            "became the leader term: %d",
            f"became the leader term: {term[g]}",
            c,
            "raft",
        )
        leader[g] = winner
        return t

    for n in RP_NODES:
        boot(n, t0 + secs(r, 0, 2))
    # steady state: segments roll on the leaders, consumer groups, clients
    for x in poisson(r, t0 + timedelta(seconds=30), t_end, 55):
        g, ntp, sh = r.choice(groups)
        n = leader[g]
        if n == 2 and stall[0] <= x < back:
            continue
        segment(n, x, g, ntp, sh)
        for f in RP_NODES:
            if f != n and not (f == 2 and stall[0] <= x < back):
                segment(f, x + secs(r, 0.001, 0.05), g, ntp, sh)
    for x in poisson(r, t0 + timedelta(seconds=60), t_end, 75):
        n = r.choice([0, 1]) if stall[0] <= x < back else r.choice(list(RP_NODES))
        cl = f"{r.choice(RP_CLIENTS)}:{r.randrange(32768, 60999)}"
        pick = r.random()
        if pick < 0.55:
            L(
                n,
                x,
                "INFO",
                r.randrange(4),
                "kafka",
                "server.cc:263",
                "Disconnected %s (%s, %s)",
                f"Disconnected {cl} (applying protocol, Connection reset by peer)",
            )
        elif pick < 0.85:
            L(
                n,
                x,
                "WARN",
                r.randrange(4),
                "kafka",
                "connection_context.cc:603",
                "Error processing request: %s",
                "Error processing request: std::__1::system_error (error system:32, sendmsg: Broken pipe)",
            )
        else:
            L(
                n,
                x,
                "INFO",
                r.randrange(4),
                "kafka",
                "connection_context.cc:443",
                "[%s] Detected error processing request: %s",
                f"[{cl}] Detected error processing request: std::runtime_error (Unexpected request during authentication: 3)",
            )
    # a consumer with a wrong SASL password, 07:20 to 08:05
    for x in poisson(r, at(7, 20, 11), at(8, 5, 0), 31):
        n = r.choice(list(RP_NODES))
        L(
            n,
            x,
            "WARN",
            r.randrange(4),
            "kafka",
            "sasl_authenticate.cc:45",
            "[%s] Error authenticating user %s: %s",
            f"[10.0.6.9:{r.randrange(32768, 60999)}] Error authenticating user analytics-etl: security::errc::invalid_credentials",
        )
    # the leader balancer every five minutes
    for x in poisson(r, t0 + timedelta(minutes=5), t_end, 420):
        ctl = 0
        moves = r.randrange(0, 3)
        if moves == 0:
            L(
                ctl,
                x,
                "INFO",
                0,
                "cluster",
                "leader_balancer.cc:585",
                "No leadership balance improvements found with total delta %s, number of muted groups %d",
                f"No leadership balance improvements found with total delta {r.uniform(0, 2):.3f}, number of muted groups {r.randrange(0, 4)}",
            )
            continue
        for _ in range(moves):
            g, ntp, sh = r.choice(groups)
            to = r.choice(
                [
                    n
                    for n in RP_NODES
                    if n != leader[g]
                    and not (n == 2 and stall[0] <= x < back + timedelta(minutes=5))
                ]
                or [leader[g]]
            )
            if to == leader[g]:
                continue
            x = L(
                ctl,
                x + secs(r, 0.01, 0.2),
                "INFO",
                0,
                "cluster",
                "leader_balancer.cc:896",
                "dispatch transfer of group %d: %s -> %s",
                f"dispatch transfer of group {g}: {{node_id: {leader[g]}, shard: {sh}}} -> {{node_id: {to}, shard: {sh}}}",
            )
            L(
                leader[g],
                x,
                "INFO",
                sh,
                "raft",
                "consensus.cc:3383",
                "transfer leadership: starting to %s",
                f"transfer leadership: starting to {to}",
                rctx(g, ntp),
                "raft",
            )
            elect(to, x + secs(r, 0.01, 0.1), g, ntp, sh, True)
    # node 2's disk stalls
    for x in poisson(r, stall[0], stall[1], 14):
        sh = r.randrange(4)
        ms = r.choice([25, 28, 35, 51, 70, 130, 260, 510])
        bt = " ".join(f"0x{r.randrange(0x5000000, 0x6000000):x}" for _ in range(r.randrange(9, 15)))
        L(
            2,
            x,
            "WARN",
            sh,
            "seastar",
            "",
            "Reactor stalled for %d ms on shard %d. Backtrace: %s",
            f"Reactor stalled for {ms} ms on shard {sh}. Backtrace: {bt}",
        )
    for x in poisson(r, stall[0] + timedelta(seconds=40), stall[1], 14):
        n = r.choice([0, 1])
        meth = r.choice(
            [
                "node_status_rpc::node_status",
                "raft::raftgen::heartbeat_v2",
                "cluster::controller::collect_node_health_report",
            ]
        )
        L(
            n,
            x,
            "WARN",
            0,
            "rpc",
            "transport.cc:202",
            "RPC timeout (%d ms) to %s, method: %s, correlation id: %d, %d in flight, time since: %s, flushed: %s",
            f"RPC timeout ({r.choice([100, 1500, 5000])} ms) to {{host: 10.0.3.13, port: 33145}}, method: {meth}, correlation id: {r.randrange(100000, 9999999)}, {r.randrange(1, 40)} in flight, time since: {{init: {r.randrange(100, 5100)} ms, enqueue: {r.randrange(100, 5100)} ms, dispatch: {r.randrange(100, 5100)} ms, written: {r.randrange(100, 5100)} ms}}, flushed: true",
        )
    for x in poisson(r, stall[0] + timedelta(seconds=60), stall[1], 30):
        n = r.choice([0, 1])
        if r.random() < 0.5:
            L(
                n,
                x,
                "INFO",
                0,
                "r/heartbeat",
                "heartbeat_manager.cc:531",
                "Closed unresponsive connection to %d",
                "Closed unresponsive connection to 2",
            )
        else:
            L(
                n,
                x,
                "WARN",
                0,
                "cluster",
                "health_monitor_backend.cc:342",
                "unable to get node health report from %d - %s",
                f"unable to get node health report from 2 - {r.choice(['rpc::errc::client_request_timeout', 'rpc::errc::exponential_backoff'])}",
            )
    for x in poisson(r, stall[0] + timedelta(seconds=90), stall[1], 60):
        L(
            r.choice([0, 1]),
            x,
            "WARN",
            0,
            "cluster",
            "node_status_backend.cc:216",
            "Error during node status RPC: %s",
            f"Error during node status RPC: {r.choice(['rpc::errc::client_request_timeout', 'rpc::errc::exponential_backoff'])}",
        )
    # its leaders lose the heartbeat majority and step down; the others win
    for g, ntp, sh in groups:
        if leader[g] != 2:
            continue
        x = stall[0] + secs(r, 30, 600)
        L(
            2,
            x,
            "WARN",
            sh,
            "raft",
            "consensus.cc:221",
            "[%s] Stepping down as leader in term %d, dirty offset %d",
            f"[heartbeats_majority] Stepping down as leader in term {term[g]}, dirty offset {offset[g]}",
            rctx(g, ntp),
            "raft",
        )
        elect(r.choice([0, 1]), x + secs(r, 1.5, 3), g, ntp, sh, False)
    # the restart
    t = stall[1] + secs(r, 1, 5)
    t = L(2, t, "INFO", 0, "main", "application.cc:1090", "Stopping...", "Stopping...")
    t = L(
        2,
        t + secs(r, 1, 4),
        "INFO",
        0,
        "main",
        "application.cc:1098",
        "Shutdown complete.",
        "Shutdown complete.",
    )
    for n in (0, 1):
        L(
            n,
            t + secs(r, 0.2, 1),
            "INFO",
            0,
            "rpc",
            "transport.cc:153",
            "Disconnected from server %s: %s",
            "Disconnected from server {host: 10.0.3.13, port: 33145}: std::__1::system_error (error system:104, read: Connection reset by peer)",
        )
    t = boot(2, back)
    for g, ntp, sh in groups:
        if r.random() < 0.3:
            L(
                2,
                t + secs(r, 0.5, 8),
                "INFO",
                sh,
                "raft",
                "consensus.cc:2113",
                "Received vote request with larger term from node %s, received %d, current %d",
                f"Received vote request with larger term from node {{id: {leader[g]}, revision: 18}}, received {term[g]}, current {term[g] - 1}",
                rctx(g, ntp),
                "raft",
            )
    for n in (0, 1):
        for g, ntp, sh in groups:
            if leader[g] == n and r.random() < 0.8:
                L(
                    n,
                    t + secs(r, 1, 20),
                    "INFO",
                    sh,
                    "raft",
                    "recovery_stm.cc:531",
                    "[follower: %s] recovery completed, dirty offset: %d",
                    f"[follower: {{id: 2, revision: 18}}] recovery completed, dirty offset: {offset[g]}",
                    rctx(g, ntp),
                    "raft",
                )
    return [files[n].into(Log(f"redpanda-{n}.log", t0)) for n in RP_NODES]


# --------------------------------------------------------------------------------- kafka-connect

KC_WORKERS = {"w1": "10.0.4.21", "w2": "10.0.4.22"}
KC_PG_CONFIG = [
    ("connector.class", "io.debezium.connector.postgresql.PostgresConnector"),
    ("database.dbname", "inventory"),
    ("database.hostname", "pg-inventory.db.internal"),
    ("database.password", "********"),
    ("database.port", "5432"),
    ("database.user", "debezium"),
    ("errors.log.enable", "true"),
    ("heartbeat.interval.ms", "30000"),
    ("key.converter", "io.confluent.connect.avro.AvroConverter"),
    ("key.converter.schema.registry.url", "http://schema-registry:8081"),
    ("name", "pg-inventory"),
    ("plugin.name", "pgoutput"),
    ("publication.autocreate.mode", "filtered"),
    ("publication.name", "dbz_inventory"),
    ("schema.include.list", "public"),
    ("slot.name", "debezium_inventory"),
    ("snapshot.mode", "initial"),
    ("table.include.list", "public.orders,public.order_lines,public.customers,public.products"),
    ("task.class", "io.debezium.connector.postgresql.PostgresConnectorTask"),
    ("tasks.max", "1"),
    ("tombstones.on.delete", "false"),
    ("topic.prefix", "inventory"),
    ("value.converter", "io.confluent.connect.avro.AvroConverter"),
    ("value.converter.schema.registry.url", "http://schema-registry:8081"),
]
KC_TABLES = ["orders", "order_lines", "customers", "products"]
KC_PG_FRAMES = [
    "org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2713)",
    "org.postgresql.core.v3.QueryExecutorImpl.processCopyResults(QueryExecutorImpl.java:1341)",
    "org.postgresql.core.v3.QueryExecutorImpl.readFromCopy(QueryExecutorImpl.java:1241)",
    "org.postgresql.core.v3.CopyDualImpl.readFromCopy(CopyDualImpl.java:44)",
    "org.postgresql.core.v3.replication.V3PGReplicationStream.receiveNextData(V3PGReplicationStream.java:160)",
    "org.postgresql.core.v3.replication.V3PGReplicationStream.readInternal(V3PGReplicationStream.java:125)",
    "org.postgresql.core.v3.replication.V3PGReplicationStream.readPending(V3PGReplicationStream.java:82)",
    "io.debezium.connector.postgresql.connection.PostgresReplicationConnection$1.readPending(PostgresReplicationConnection.java:620)",
    "io.debezium.connector.postgresql.PostgresStreamingChangeEventSource.processMessages(PostgresStreamingChangeEventSource.java:214)",
    "io.debezium.connector.postgresql.PostgresStreamingChangeEventSource.execute(PostgresStreamingChangeEventSource.java:176)",
    "io.debezium.pipeline.ChangeEventSourceCoordinator.streamEvents(ChangeEventSourceCoordinator.java:272)",
    "io.debezium.pipeline.ChangeEventSourceCoordinator.executeChangeEventSources(ChangeEventSourceCoordinator.java:197)",
    "io.debezium.pipeline.ChangeEventSourceCoordinator.lambda$start$0(ChangeEventSourceCoordinator.java:137)",
    "java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
    "java.base/java.lang.Thread.run(Thread.java:840)",
]
KC_TASK_FRAMES = [
    "io.debezium.pipeline.ErrorHandler.setProducerThrowable(ErrorHandler.java:67)",
    "io.debezium.connector.postgresql.PostgresStreamingChangeEventSource.execute(PostgresStreamingChangeEventSource.java:181)",
    "io.debezium.pipeline.ChangeEventSourceCoordinator.streamEvents(ChangeEventSourceCoordinator.java:272)",
    "io.debezium.pipeline.ChangeEventSourceCoordinator.lambda$start$0(ChangeEventSourceCoordinator.java:137)",
    "java.base/java.lang.Thread.run(Thread.java:840)",
]
KC_SINK_FRAMES = [
    "io.confluent.connect.jdbc.sink.JdbcSinkTask.put(JdbcSinkTask.java:122)",
    "org.apache.kafka.connect.runtime.WorkerSinkTask.deliverMessages(WorkerSinkTask.java:601)",
    "org.apache.kafka.connect.runtime.WorkerSinkTask.poll(WorkerSinkTask.java:350)",
    "org.apache.kafka.connect.runtime.WorkerSinkTask.iteration(WorkerSinkTask.java:250)",
    "org.apache.kafka.connect.runtime.WorkerSinkTask.execute(WorkerSinkTask.java:219)",
    "org.apache.kafka.connect.runtime.WorkerTask.doRun(WorkerTask.java:204)",
    "org.apache.kafka.connect.runtime.WorkerTask.run(WorkerTask.java:259)",
    "java.base/java.lang.Thread.run(Thread.java:840)",
]
KC_BATCH_FRAMES = [
    "org.postgresql.jdbc.BatchResultHandler.handleError(BatchResultHandler.java:165)",
    "org.postgresql.core.v3.QueryExecutorImpl.processResults(QueryExecutorImpl.java:2402)",
    "org.postgresql.jdbc.PgStatement.internalExecuteBatch(PgStatement.java:898)",
    "org.postgresql.jdbc.PgStatement.executeBatch(PgStatement.java:922)",
    "io.confluent.connect.jdbc.sink.BufferedRecords.executeUpdates(BufferedRecords.java:196)",
    "io.confluent.connect.jdbc.sink.BufferedRecords.flush(BufferedRecords.java:186)",
    "io.confluent.connect.jdbc.sink.JdbcDbWriter.write(JdbcDbWriter.java:80)",
    "io.confluent.connect.jdbc.sink.JdbcSinkTask.put(JdbcSinkTask.java:90)",
]


def kafka_connect(r: random.Random) -> list[Log]:
    """A two-worker Kafka Connect 3.6 cluster (Confluent Platform 7.6's `connect-distributed`,
    log4j's `[%d] %p %X{connector.context}%m (%c:%L)%n`) running Debezium 2.5's Postgres
    source `pg-inventory` and the JDBC sink `jdbc-sink-orders` (two tasks) into a reporting
    database, `connect-1.log` and `connect-2.log`, 06:00 to 12:00: the source's `records sent
    during previous` and offset commits, the sink's batches, the REST API polled by monitoring;
    at 07:31 the inventory database fails over (`Producer failure` with the PSQLException's
    stack, the task killed with a `ConnectException` and its cause, the operator restarting it
    through the REST API: the task's configuration printed key by key, the replication slot
    found, streaming resumed); at 09:05 worker 2 is redeployed (its shutdown and start, the group
    rebalancing on both, tasks stopped and started); at 10:22 a column added upstream makes the
    sink's batches fail (`Write of %d records failed, remainingRetries=%d` with
    BatchUpdateException's stack, the task killed) until its config enables `auto.evolve` at
    10:58."""
    clock = Clock(1000)
    files = {w: Records() for w in KC_WORKERS}

    def head(t: datetime, level: str, ctx: str) -> str:
        return f"[{t:%Y-%m-%d %H:%M:%S},{ms3(t)}] {level} {ctx}"

    L0 = java_log(clock, files, head)

    def L(
        w: str,
        t: datetime,
        level: str,
        fmt: str,
        msg: str,
        where: str,
        ctx: str = "",
        stack: list[str] | None = None,
    ) -> datetime:
        """A line with log4j's `(%c:%L)` after the message (context): the stack goes under the
        line, as log4j writes it."""
        return L0(w, t, level, fmt, f"{msg} ({where})", ctx, stack)

    t0, t_end = at(6, 0, 0), at(12, 0, 0)
    pg_down, pg_restart = at(7, 31, 7), at(7, 44, 52)
    w2_down, w2_up = at(9, 5, 3), at(9, 6, 40)
    sink_bad, sink_fix = at(10, 22, 18), at(10, 58, 31)
    SRC = "[pg-inventory|task-0] "
    coord = {
        w: f"[Worker clientId=connect-{ip}:8083, groupId=connect-cluster] "
        for w, ip in KC_WORKERS.items()
    }
    lsn = [0x1A, 0x3B000000]
    gen = [41]

    def lsn_s() -> str:
        lsn[1] += r.randrange(0x2000, 0x400000)
        return f"{lsn[0]:X}/{lsn[1]:X}"

    # source task: on w1 all day
    src_up = [(t0, pg_down), (pg_restart, t_end)]
    for x in poisson(r, t0 + timedelta(seconds=20), t_end, 62):
        if not any(a <= x < z for a, z in src_up):
            continue
        n = r.randrange(40, 2400)
        lsn_now = lsn_s()
        L(
            "w1",
            x,
            "INFO",
            "%d records sent during previous %s, last recorded offset of %s partition is %s",
            f"{n} records sent during previous 00:01:{r.randrange(0, 9):02d}.{r.randrange(0, 999):03d}, last recorded offset of {{server=inventory}} partition is {{transaction_id=null, lsn_proc={int(lsn_now.replace('/', ''), 16)}, messageType=UPDATE, lsn_commit={int(lsn_now.replace('/', ''), 16) - r.randrange(100, 9000)}, lsn={int(lsn_now.replace('/', ''), 16)}, txId={r.randrange(8_000_000, 9_000_000)}, ts_usec={int(x.timestamp() * 1e6)}}}",
            "io.debezium.connector.common.BaseSourceTask:213",
            SRC,
        )
    for x in poisson(r, t0 + timedelta(seconds=30), t_end, 60):
        if any(a <= x < z for a, z in src_up):
            L(
                "w1",
                x,
                "INFO",
                "%s Committing offsets for %d acknowledged messages",
                f"WorkerSourceTask{{id=pg-inventory-0}} Committing offsets for {r.randrange(40, 2400)} acknowledged messages",
                "org.apache.kafka.connect.runtime.WorkerSourceTask:233",
                SRC,
            )
    # sink tasks: task 0 on w1, task 1 on w2 (on w1 while w2 is down)
    sink_up = {0: [(t0, t_end)], 1: [(t0, sink_bad), (sink_fix + timedelta(seconds=20), t_end)]}
    for task in (0, 1):
        ctx = f"[jdbc-sink-orders|task-{task}] "
        for x in poisson(r, t0 + timedelta(seconds=10), t_end, 75):
            if not any(a <= x < z for a, z in sink_up[task]):
                continue
            w = "w1" if task == 0 or w2_down <= x < w2_up + timedelta(seconds=30) else "w2"
            topic = f"inventory.public.{r.choice(KC_TABLES)}"
            L(
                w,
                x,
                "INFO",
                "Received %d records. First record kafka coordinates:(%s-%d-%d). Writing them to the database...",
                f"Received {r.randrange(1, 500)} records. First record kafka coordinates:({topic}-{r.randrange(0, 3)}-{r.randrange(100000, 9000000)}). Writing them to the database...",
                "io.confluent.connect.jdbc.sink.JdbcSinkTask:93",
                ctx,
            )
    # monitoring polls the REST API
    routes = [
        "/connectors",
        "/connectors/pg-inventory/status",
        "/connectors/jdbc-sink-orders/status",
    ]
    for x in poisson(r, t0, t_end, 50):
        w = "w1" if w2_down <= x < w2_up else r.choice(list(KC_WORKERS))
        route = r.choice(routes)
        tstamp = f"{x:%d/%b/%Y:%H:%M:%S} +0000"
        L(
            w,
            x,
            "INFO",
            f"GET {route.replace('pg-inventory', '%s').replace('jdbc-sink-orders', '%s')} 200",
            f'10.0.9.{r.choice([14, 15])} - - [{tstamp}] "GET {route} HTTP/1.1" 200 {r.randrange(60, 420)} "-" "Prometheus/2.51.2" {r.randrange(1, 40)}',
            "org.apache.kafka.connect.runtime.rest.RestServer:62",
        )

    def rest(
        w: str,
        x: datetime,
        method: str,
        route: str,
        label_route: str,
        status: int,
        agent: str = "curl/8.5.0",
    ) -> datetime:
        tstamp = f"{x:%d/%b/%Y:%H:%M:%S} +0000"
        return L(
            w,
            x,
            "INFO",
            f"{method} {label_route} {status}",
            f'10.0.9.30 - - [{tstamp}] "{method} {route} HTTP/1.1" {status} {r.randrange(0, 900) if status != 204 else 0} "-" "{agent}" {r.randrange(5, 900)}',
            "org.apache.kafka.connect.runtime.rest.RestServer:62",
        )

    def start_source(x: datetime) -> datetime:
        x = L(
            "w1",
            x,
            "INFO",
            "Starting PostgresConnectorTask with configuration:",
            "Starting PostgresConnectorTask with configuration:",
            "io.debezium.connector.common.BaseSourceTask:135",
            SRC,
        )
        for k, v in KC_PG_CONFIG:
            x = L(
                "w1",
                x,
                "INFO",
                "   %s = %s",
                f"   {k} = {v}",
                "io.debezium.connector.common.BaseSourceTask:137",
                SRC,
            )
        x = L(
            "w1",
            x + secs(r, 0.05, 0.2),
            "INFO",
            "Loading the custom source info struct maker plugin: %s",
            "Loading the custom source info struct maker plugin: io.debezium.connector.postgresql.PostgresSourceInfoStructMaker",
            "io.debezium.config.CommonConnectorConfig:1683",
            SRC,
        )
        x = L(
            "w1",
            x + secs(r, 0.1, 0.6),
            "INFO",
            "Connection gracefully closed",
            "Connection gracefully closed",
            "io.debezium.jdbc.JdbcConnection:988",
            SRC,
        )
        lsn_now = lsn_s()
        x = L(
            "w1",
            x + secs(r, 0.05, 0.3),
            "INFO",
            "Found previous partition offset %s: %s",
            f"Found previous partition offset PostgresPartition [sourcePartition={{server=inventory}}]: {{lsn_proc={int(lsn_now.replace('/', ''), 16)}, lsn={int(lsn_now.replace('/', ''), 16)}, txId={r.randrange(8_000_000, 9_000_000)}, ts_usec={int(x.timestamp() * 1e6) - 900_000_000}}}",
            "io.debezium.connector.common.BaseSourceTask:370",
            SRC,
        )
        x = L(
            "w1",
            x + secs(r, 0.1, 0.4),
            "INFO",
            "Obtained valid replication slot %s",
            f"Obtained valid replication slot ReplicationSlot [active=false, latestFlushedLsn=LSN{{{lsn_now}}}, catalogXmin={r.randrange(800_000, 900_000)}]",
            "io.debezium.connector.postgresql.PostgresConnectorTask:146",
            SRC,
        )
        x = L(
            "w1",
            x + secs(r, 0.01, 0.1),
            "INFO",
            "Requested thread factory for connector %s, id = %s named = %s",
            "Requested thread factory for connector PostgresConnector, id = inventory named = SignalProcessor",
            "io.debezium.util.Threads:271",
            SRC,
        )
        x = L(
            "w1",
            x + secs(r, 0.01, 0.1),
            "INFO",
            "Creating thread %s",
            "Creating thread debezium-postgresconnector-inventory-change-event-source-coordinator",
            "io.debezium.util.Threads:288",
            SRC,
        )
        x = L(
            "w1",
            x + secs(r, 0.01, 0.05),
            "INFO",
            "WorkerSourceTask{id=%s} Source task finished initialization and start",
            "WorkerSourceTask{id=pg-inventory-0} Source task finished initialization and start",
            "org.apache.kafka.connect.runtime.AbstractWorkerSourceTask:280",
            SRC,
        )
        x = L(
            "w1",
            x + secs(r, 0.01, 0.05),
            "INFO",
            "Previous snapshot has completed successfully, streaming logical changes from last known position",
            "Previous snapshot has completed successfully, streaming logical changes from last known position",
            "io.debezium.connector.postgresql.snapshot.InitialSnapshotter:34",
            SRC,
        )
        for tb in KC_TABLES:
            x = L(
                "w1",
                x + secs(r, 0.01, 0.05),
                "INFO",
                "REPLICA IDENTITY for '%s' is '%s'; UPDATE and DELETE events will contain previous values only for PK columns",
                f"REPLICA IDENTITY for 'public.{tb}' is 'DEFAULT'; UPDATE and DELETE events will contain previous values only for PK columns",
                "io.debezium.connector.postgresql.PostgresSchema:100",
                SRC,
            )
        x = L(
            "w1",
            x + secs(r, 0.05, 0.2),
            "INFO",
            "Retrieved latest position from stored offset '%s'",
            f"Retrieved latest position from stored offset 'LSN{{{lsn_now}}}'",
            "io.debezium.connector.postgresql.PostgresStreamingChangeEventSource:136",
            SRC,
        )
        x = L(
            "w1",
            x + secs(r, 0.01, 0.05),
            "INFO",
            "Looking for WAL restart position for last commit LSN '%s' and last change LSN '%s'",
            f"Looking for WAL restart position for last commit LSN 'LSN{{{lsn_now}}}' and last change LSN 'LSN{{{lsn_now}}}'",
            "io.debezium.connector.postgresql.connection.WalPositionLocator:48",
            SRC,
        )
        x = L(
            "w1",
            x + secs(r, 0.05, 0.2),
            "INFO",
            "Initializing PgOutput logical decoder publication",
            "Initializing PgOutput logical decoder publication",
            "io.debezium.connector.postgresql.connection.PostgresReplicationConnection:150",
            SRC,
        )
        x = L(
            "w1",
            x + secs(r, 0.1, 0.5),
            "INFO",
            "Processing messages",
            "Processing messages",
            "io.debezium.connector.postgresql.PostgresStreamingChangeEventSource:216",
            SRC,
        )
        return L(
            "w1",
            x + secs(r, 0.1, 2),
            "INFO",
            "Message with LSN '%s' arrived, switching off the filtering",
            f"Message with LSN 'LSN{{{lsn_s()}}}' arrived, switching off the filtering",
            "io.debezium.connector.postgresql.connection.WalPositionLocator:145",
            SRC,
        )

    # the database fails over
    cause = "org.postgresql.util.PSQLException: FATAL: terminating connection due to administrator command"
    x = L(
        "w1",
        pg_down,
        "ERROR",
        "Producer failure",
        "Producer failure",
        "io.debezium.pipeline.ErrorHandler:52",
        SRC,
        java_stack(r, cause, KC_PG_FRAMES),
    )
    x = L(
        "w1",
        x + secs(r, 0.01, 0.1),
        "INFO",
        "Finished streaming",
        "Finished streaming",
        "io.debezium.pipeline.ChangeEventSourceCoordinator:281",
        SRC,
    )
    x = L(
        "w1",
        x + secs(r, 0.01, 0.1),
        "INFO",
        "Connected metrics set to '%s'",
        "Connected metrics set to 'false'",
        "io.debezium.pipeline.ChangeEventSourceCoordinator:492",
        SRC,
    )
    ce = "org.apache.kafka.connect.errors.ConnectException: An exception occurred in the change event producer. This connector will be stopped."
    x = L(
        "w1",
        x + secs(r, 0.3, 1),
        "ERROR",
        "%s Task threw an uncaught and unrecoverable exception. Task is being killed and will not recover until manually restarted",
        "WorkerSourceTask{id=pg-inventory-0} Task threw an uncaught and unrecoverable exception. Task is being killed and will not recover until manually restarted",
        "org.apache.kafka.connect.runtime.WorkerTask:212",
        SRC,
        java_stack(r, ce, KC_TASK_FRAMES, (cause, KC_PG_FRAMES[:9])),
    )
    x = L(
        "w1",
        x + secs(r, 0.01, 0.05),
        "INFO",
        "Stopping down connector",
        "Stopping down connector",
        "io.debezium.connector.common.BaseSourceTask:287",
        SRC,
    )
    x = L(
        "w1",
        x + secs(r, 0.1, 0.4),
        "INFO",
        "Connection gracefully closed",
        "Connection gracefully closed",
        "io.debezium.jdbc.JdbcConnection:988",
        SRC,
    )
    for x in poisson(r, pg_down + timedelta(seconds=40), pg_restart, 60):
        rest("w1", x, "GET", "/connectors/pg-inventory/status", "/connectors/%s/status", 200)
    x = rest(
        "w1",
        pg_restart - timedelta(seconds=2),
        "POST",
        "/connectors/pg-inventory/tasks/0/restart",
        "/connectors/%s/tasks/%d/restart",
        204,
    )
    x = L(
        "w1",
        x + secs(r, 0.01, 0.05),
        "INFO",
        "Task %s requested to restart",
        "Task pg-inventory-0 requested to restart",
        "org.apache.kafka.connect.runtime.distributed.DistributedHerder:1456",
        coord["w1"],
    )
    x = L(
        "w1",
        x + secs(r, 0.01, 0.05),
        "INFO",
        "Starting task %s",
        "Starting task pg-inventory-0",
        "org.apache.kafka.connect.runtime.distributed.DistributedHerder:1870",
        coord["w1"],
    )
    x = L(
        "w1",
        x + secs(r, 0.01, 0.05),
        "INFO",
        "Creating task %s",
        "Creating task pg-inventory-0",
        "org.apache.kafka.connect.runtime.Worker:626",
        SRC,
    )
    start_source(x + secs(r, 0.1, 0.5))

    def rebalance(w: str, x: datetime, tasks: list[str]) -> datetime:
        """The herder's lines on worker `w` for one rebalance that assigns it `tasks`."""
        gen[0] += 1
        member = f"connect-{KC_WORKERS[w]}:8083-{uuid4(random.Random(w + str(gen[0] // 4)))}"
        g = f"Generation{{generationId={gen[0]}, memberId='{member}', protocol='sessioned'}}"
        assign = f"Assignment{{error=0, leader='connect-10.0.4.21:8083-{uuid4(random.Random('w1'))}', leaderUrl='http://10.0.4.21:8083/', offset={gen[0] + 118}, connectorIds=[{'pg-inventory, jdbc-sink-orders' if w == 'w1' else ''}], taskIds=[{', '.join(tasks)}], revokedConnectorIds=[], revokedTaskIds=[], delay=0}}"
        coordinator = "org.apache.kafka.clients.consumer.internals.AbstractCoordinator"
        herder = "org.apache.kafka.connect.runtime.distributed.DistributedHerder"
        steps = [
            (
                0.0,
                0.0,
                "Rebalance started",
                "Rebalance started",
                "org.apache.kafka.connect.runtime.distributed.WorkerCoordinator:231",
            ),
            (0.001, 0.01, "(Re-)joining group", "(Re-)joining group", f"{coordinator}:604"),
            (
                0.01,
                3,
                "Successfully joined group with generation %s",
                f"Successfully joined group with generation {g}",
                f"{coordinator}:665",
            ),
            (
                0.001,
                0.05,
                "Successfully synced group in generation %s",
                f"Successfully synced group in generation {g}",
                f"{coordinator}:842",
            ),
            (
                0.001,
                0.01,
                "Joined group at generation %d with protocol version %d and got assignment: %s with rebalance delay: %d",
                f"Joined group at generation {gen[0]} with protocol version 2 and got assignment: {assign} with rebalance delay: 0",
                f"{herder}:2388",
            ),
            (
                0.001,
                0.01,
                "Starting connectors and tasks using config offset %d",
                f"Starting connectors and tasks using config offset {gen[0] + 118}",
                f"{herder}:1842",
            ),
        ]
        steps += [
            (0.001, 0.01, "Starting task %s", f"Starting task {tk}", f"{herder}:1870")
            for tk in tasks
        ]
        steps.append(
            (
                0.01,
                0.2,
                "Finished starting connectors and tasks",
                "Finished starting connectors and tasks",
                f"{herder}:1871",
            )
        )
        for lo, hi, fmt, msg, where in steps:
            x = L(w, x + secs(r, lo, hi), "INFO", fmt, msg, where, coord[w])
        return x

    # worker 2 redeployed
    x = L(
        "w2",
        w2_down,
        "INFO",
        "Kafka Connect stopping",
        "Kafka Connect stopping",
        "org.apache.kafka.connect.runtime.Connect:67",
    )
    x = L(
        "w2",
        x + secs(r, 0.01, 0.05),
        "INFO",
        "Stopping REST server",
        "Stopping REST server",
        "org.apache.kafka.connect.runtime.rest.RestServer:335",
    )
    x = L(
        "w2",
        x + secs(r, 0.01, 0.05),
        "INFO",
        "Stopping task %s",
        "Stopping task jdbc-sink-orders-1",
        "org.apache.kafka.connect.runtime.Worker:1038",
        "[jdbc-sink-orders|task-1] ",
    )
    x = L(
        "w2",
        x + secs(r, 0.1, 0.5),
        "INFO",
        "Member %s sending LeaveGroup request to coordinator %s due to %s",
        f"Member connect-10.0.4.22:8083-{uuid4(random.Random('w20'))} sending LeaveGroup request to coordinator 10.0.3.11:9092 (id: 2147483647 rack: null) due to the consumer is being closed",
        "org.apache.kafka.clients.consumer.internals.AbstractCoordinator:1133",
        coord["w2"],
    )
    x = L(
        "w2",
        x + secs(r, 0.1, 0.4),
        "INFO",
        "Kafka Connect stopped",
        "Kafka Connect stopped",
        "org.apache.kafka.connect.runtime.Connect:72",
    )
    rebalance(
        "w1",
        w2_down + secs(r, 0.5, 2),
        ["pg-inventory-0", "jdbc-sink-orders-0", "jdbc-sink-orders-1"],
    )
    x = L(
        "w2",
        w2_up,
        "INFO",
        "Kafka Connect worker initializing ...",
        "Kafka Connect worker initializing ...",
        "org.apache.kafka.connect.cli.AbstractConnectCli:114",
    )
    x = L(
        "w2",
        x + secs(r, 0.01, 0.05),
        "INFO",
        "WorkerInfo values: %s",
        "WorkerInfo values: \n\tjvm.args = -Xms1G, -Xmx2G, -XX:+UseG1GC, -XX:MaxGCPauseMillis=20\n\tjvm.spec = Eclipse Adoptium, OpenJDK 64-Bit Server VM, 17.0.11, 17.0.11+9\n\tjvm.classpath = /usr/share/java/kafka/*:/usr/share/java/confluent-common/*\n\tos.spec = Linux, amd64, 6.1.0-21-cloud-amd64\n\tos.vcpus = 4",
        "org.apache.kafka.connect.runtime.WorkerInfo:72",
    )
    x = L(
        "w2",
        x + secs(r, 2, 6),
        "INFO",
        "Loading plugin from: %s",
        "Loading plugin from: /usr/share/confluent-hub-components/debezium-debezium-connector-postgresql",
        "org.apache.kafka.connect.runtime.isolation.DelegatingClassLoader:277",
    )
    x = L(
        "w2",
        x + secs(r, 1, 3),
        "INFO",
        "Loading plugin from: %s",
        "Loading plugin from: /usr/share/confluent-hub-components/confluentinc-kafka-connect-jdbc",
        "org.apache.kafka.connect.runtime.isolation.DelegatingClassLoader:277",
    )
    x = L(
        "w2",
        x + secs(r, 2, 5),
        "INFO",
        "REST server listening at %s, advertising URL %s",
        "REST server listening at http://10.0.4.22:8083/, advertising URL http://10.0.4.22:8083/",
        "org.apache.kafka.connect.runtime.rest.RestServer:221",
    )
    x = L(
        "w2",
        x + secs(r, 0.5, 2),
        "INFO",
        "Kafka Connect started",
        "Kafka Connect started",
        "org.apache.kafka.connect.runtime.Connect:57",
    )
    rebalance("w1", x + secs(r, 0.5, 2), ["pg-inventory-0", "jdbc-sink-orders-0"])
    rebalance("w2", x + secs(r, 0.5, 2), ["jdbc-sink-orders-1"])

    # the sink's batches fail after an upstream schema change
    ctx = "[jdbc-sink-orders|task-1] "
    bue = 'java.sql.BatchUpdateException: Batch entry 0 INSERT INTO "orders" ("id","customer_id","status","total_cents","currency","loyalty_tier") VALUES (%d,%d,\'PAID\',%d,\'EUR\',\'gold\') ON CONFLICT ("id") DO UPDATE SET "customer_id"=EXCLUDED."customer_id","status"=EXCLUDED."status","total_cents"=EXCLUDED."total_cents","currency"=EXCLUDED."currency","loyalty_tier"=EXCLUDED."loyalty_tier" was aborted: ERROR: column "loyalty_tier" of relation "orders" does not exist'
    psql = 'org.postgresql.util.PSQLException: ERROR: column "loyalty_tier" of relation "orders" does not exist'
    x = sink_bad
    for attempt in range(4):
        n = r.randrange(20, 400)
        ex = bue % (r.randrange(900000, 999999), r.randrange(10000, 99999), r.randrange(500, 90000))
        x = L(
            "w2",
            x,
            "INFO",
            "Received %d records. First record kafka coordinates:(%s-%d-%d). Writing them to the database...",
            f"Received {n} records. First record kafka coordinates:(inventory.public.orders-{r.randrange(0, 3)}-{r.randrange(100000, 9000000)}). Writing them to the database...",
            "io.confluent.connect.jdbc.sink.JdbcSinkTask:93",
            ctx,
        )
        if attempt < 3:
            x = L(
                "w2",
                x + secs(r, 0.05, 0.3),
                "WARN",
                "Write of %d records failed, remainingRetries=%d",
                f"Write of {n} records failed, remainingRetries={3 - attempt}",
                "io.confluent.connect.jdbc.sink.JdbcSinkTask:101",
                ctx,
                java_stack(r, ex, KC_BATCH_FRAMES, (psql, KC_BATCH_FRAMES[1:3])),
            )
            x += secs(r, 9.5, 10.5)
    err = f'java.sql.SQLException: Exception chain:\n{bue.split(" was aborted")[0] % (r.randrange(900000, 999999), r.randrange(10000, 99999), r.randrange(500, 90000))} was aborted: ERROR: column "loyalty_tier" of relation "orders" does not exist  Call getNextException to see other errors in the batch.\n{psql}\n'
    x = L(
        "w2",
        x + secs(r, 0.05, 0.3),
        "ERROR",
        "%s Task threw an uncaught and unrecoverable exception. Task is being killed and will not recover until manually restarted. Error: %s",
        f"WorkerSinkTask{{id=jdbc-sink-orders-1}} Task threw an uncaught and unrecoverable exception. Task is being killed and will not recover until manually restarted. Error: {err}",
        "org.apache.kafka.connect.runtime.WorkerSinkTask:633",
        ctx,
        java_stack(
            r,
            "org.apache.kafka.connect.errors.ConnectException: " + err.split("\n")[0],
            KC_SINK_FRAMES,
        ),
    )
    x = L(
        "w2",
        x + secs(r, 0.001, 0.01),
        "ERROR",
        "%s Task threw an uncaught and unrecoverable exception. Task is being killed and will not recover until manually restarted",
        "WorkerSinkTask{id=jdbc-sink-orders-1} Task threw an uncaught and unrecoverable exception. Task is being killed and will not recover until manually restarted",
        "org.apache.kafka.connect.runtime.WorkerTask:212",
        ctx,
        java_stack(
            r,
            "org.apache.kafka.connect.errors.ConnectException: Exiting WorkerSinkTask due to unrecoverable exception.",
            [
                "org.apache.kafka.connect.runtime.WorkerSinkTask.deliverMessages(WorkerSinkTask.java:635)",
                *KC_SINK_FRAMES[2:],
            ],
            (
                "org.apache.kafka.connect.errors.ConnectException: " + err.split("\n")[0],
                KC_SINK_FRAMES[:2],
            ),
        ),
    )
    for x in poisson(r, sink_bad + timedelta(seconds=60), sink_fix, 45):
        rest(
            "w2",
            x,
            "GET",
            "/connectors/jdbc-sink-orders/status",
            "/connectors/%s/status",
            200,
            "curl/8.5.0",
        )
    x = rest(
        "w2",
        sink_fix - timedelta(seconds=5),
        "PUT",
        "/connectors/jdbc-sink-orders/config",
        "/connectors/%s/config",
        200,
    )
    for w in KC_WORKERS:
        L(
            w,
            x + secs(r, 0.2, 1),
            "INFO",
            "Tasks %s configs updated",
            "Tasks [jdbc-sink-orders-0, jdbc-sink-orders-1] configs updated",
            "org.apache.kafka.connect.runtime.distributed.DistributedHerder:2374",
            coord[w],
        )
    rebalance("w1", x + secs(r, 1, 2), ["pg-inventory-0", "jdbc-sink-orders-0"])
    rebalance("w2", x + secs(r, 1, 2), ["jdbc-sink-orders-1"])
    return [files[w].into(Log(f"connect-{w[1]}.log", t0)) for w in KC_WORKERS]


# --------------------------------------------------------------------------------- puma

PU_ROUTES = [
    # (method, path pattern, label path, status, share)
    ("GET", "/", "/", 200, 0.12),
    ("GET", "/products/{id}", "/products/%s", 200, 0.3),
    ("GET", "/products", "/products", 200, 0.1),
    ("GET", "/cart", "/cart", 200, 0.08),
    ("POST", "/cart/items", "/cart/items", 302, 0.07),
    ("GET", "/checkout", "/checkout", 200, 0.04),
    ("POST", "/checkout", "/checkout", 302, 0.03),
    ("GET", "/orders/{id}", "/orders/%s", 200, 0.04),
    ("GET", "/up", "/up", 200, 0.14),
    ("GET", "/products/{id}", "/products/%s", 404, 0.02),
    ("POST", "/users/sign_in", "/users/sign_in", 302, 0.03),
    ("POST", "/users/sign_in", "/users/sign_in", 422, 0.01),
    ("GET", "/wp-login.php", "/wp-login.php", 404, 0.02),
]
PU_BANNER = [
    # the master's start-up lines: (format, text with the master's pid as {m})
    ("Puma starting in cluster mode...", "Puma starting in cluster mode..."),
    (
        '* Puma version: %s (ruby %s) ("%s")',
        '* Puma version: 6.4.2 (ruby 3.3.1-p55) ("The Eagle of Durango")',
    ),
    ("*  Min threads: %d", "*  Min threads: 5"),
    ("*  Max threads: %d", "*  Max threads: 5"),
    ("*  Environment: %s", "*  Environment: production"),
    ("*   Master PID: %d", "*   Master PID: {m}"),
    ("*      Workers: %d", "*      Workers: 4"),
    ("*     Restarts: (%s) hot (%s) phased", "*     Restarts: (✔) hot (✔) phased"),
    ("* Listening on %s", "* Listening on unix:///var/www/shop/shared/tmp/sockets/puma.sock"),
    ("Use Ctrl-C to stop", "Use Ctrl-C to stop"),
    (
        "* Starting control server on %s",
        "* Starting control server on unix:///var/www/shop/shared/tmp/sockets/pumactl.sock",
    ),
]
PU_CLIENTS = [
    "203.0.113.7",
    "198.51.100.23",
    "192.0.2.141",
    "203.0.113.88",
    "198.51.100.4",
    "10.0.0.5",
]
PU_BT = [
    "/var/www/shop/shared/bundle/ruby/3.3.0/gems/redis-client-0.22.1/lib/redis_client/ruby_connection.rb:136:in `rescue in connect'",
    "/var/www/shop/shared/bundle/ruby/3.3.0/gems/redis-client-0.22.1/lib/redis_client/ruby_connection.rb:132:in `connect'",
    "/var/www/shop/shared/bundle/ruby/3.3.0/gems/redis-client-0.22.1/lib/redis_client/ruby_connection.rb:50:in `initialize'",
    "/var/www/shop/shared/bundle/ruby/3.3.0/gems/redis-client-0.22.1/lib/redis_client.rb:747:in `new'",
    "/var/www/shop/shared/bundle/ruby/3.3.0/gems/redis-client-0.22.1/lib/redis_client.rb:747:in `block in connect'",
    "/var/www/shop/shared/bundle/ruby/3.3.0/gems/redis-5.2.0/lib/redis.rb:48:in `ping'",
    "/var/www/shop/releases/20240604103512/config/initializers/sidekiq.rb:9:in `<main>'",
    "/var/www/shop/shared/bundle/ruby/3.3.0/gems/railties-7.1.3.4/lib/rails/engine.rb:689:in `load'",
    "/var/www/shop/shared/bundle/ruby/3.3.0/gems/railties-7.1.3.4/lib/rails/application.rb:436:in `initialize!'",
    "/var/www/shop/releases/20240604103512/config/environment.rb:5:in `<main>'",
    "config.ru:3:in `require_relative'",
    "/var/www/shop/shared/bundle/ruby/3.3.0/gems/puma-6.4.2/lib/puma/configuration.rb:370:in `load_rackup'",
    "/var/www/shop/shared/bundle/ruby/3.3.0/gems/puma-6.4.2/lib/puma/runner.rb:175:in `load_and_bind'",
    "/var/www/shop/shared/bundle/ruby/3.3.0/gems/puma-6.4.2/lib/puma/cluster/worker.rb:57:in `run'",
]


def puma(r: random.Random) -> list[Log]:
    """Puma 6.4 in cluster mode (four workers, `prune_bundler`, `log_requests`,
    `stdout_redirect`) serving a Rails 7.1 shop, 06:00 to 12:00: `puma.stdout.log` (the
    master's and workers' lines with PidFormatter's `[pid] `, Puma::CommonLogger's request lines,
    puma_worker_killer's memory lines) and `puma.stderr.log` (the `=== puma startup: ===` and
    shutdown markers, the low-level error handler's `Rack app (...)` and `HTTP parse error`
    lines, Ruby's deprecation warnings at each worker's boot). The boot at 06:00; a phased
    restart for a deploy at 08:15; from 09:20 a memory leak makes puma_worker_killer send TERM
    to the largest worker (each replaced); a worker stuck in a request is terminated at 09:47
    (`failed to check in`); a deploy at 10:35 while Redis is down: the new workers cannot boot
    (`! Unable to start worker`, the exception and its backtrace, respawned until Redis is
    back at 10:44) and requests on the old workers raise `Redis::CannotConnectError`; a full
    restart at 11:30 (the shutdown and startup markers, the banner)."""
    clock = Clock(1)
    out, err = Records(), Records()
    t0, t_end = at(6, 0, 0) + secs(r, 1, 3), at(12, 0, 0)
    leak = at(9, 20, 0)
    stuck = at(9, 47, 12)
    redis_down = (at(10, 33, 40), at(10, 44, 5))
    deploy1, deploy2, restart = at(8, 15, 31), at(10, 35, 12), at(11, 30, 44)
    pid = {"master": 1187}
    next_pid = [1190]
    workers: dict[int, int] = {}
    phase = [0]

    def Out(t: datetime, who: int, fmt: str, msg: str) -> datetime:
        t = clock.at("out", t)
        out.add(t, lines_of(f"[{who}] {msg}"), fmt)
        return t

    def E(t: datetime, fmt: str, msg: str) -> datetime:
        t = clock.at("err", t)
        err.add(t, lines_of(msg), fmt)
        return t

    def new_pid() -> int:
        next_pid[0] += r.randrange(3, 40)
        return next_pid[0]

    def boot_worker(t: datetime, i: int) -> datetime:
        p = new_pid()
        t = Out(
            t, p, "+ Gemfile in context: %s", "+ Gemfile in context: /var/www/shop/current/Gemfile"
        )
        E(
            t + secs(r, 0.5, 1.5),
            "%s:%d: warning: %s",
            "/var/www/shop/shared/bundle/ruby/3.3.0/gems/mail-2.8.1/lib/mail/parsers/address_lists_parser.rb:33201: warning: mismatched indentations at 'end' with 'def' at 31248",
        )
        dt = r.uniform(2.1, 4.8)
        workers[i] = p
        return Out(
            t + timedelta(seconds=dt),
            pid["master"],
            "- Worker %d (PID: %d) booted in %ss, phase: %d",
            f"- Worker {i} (PID: {p}) booted in {dt:.2f}s, phase: {phase[0]}",
        )

    def fail_boot(t: datetime) -> datetime:
        p = new_pid()
        t = Out(
            t, p, "+ Gemfile in context: %s", "+ Gemfile in context: /var/www/shop/current/Gemfile"
        )
        t = Out(t + secs(r, 1, 2.5), p, "! Unable to start worker", "! Unable to start worker")
        t = Out(
            t,
            p,
            "Error connecting to Redis on %s (%s)",
            "Error connecting to Redis on redis.internal:6379 (Errno::ECONNREFUSED)",
        )
        return Out(t, p, "%s", "\n    ".join(PU_BT))

    def boot(t: datetime) -> datetime:
        pid["master"] = new_pid() if t > t0 else 1187
        m = pid["master"]
        phase[0] = 0
        E(t, "=== puma startup: %s ===", f"=== puma startup: {t:%Y-%m-%d %H:%M:%S} +0000 ===")
        for fmt, msg in PU_BANNER:
            t = Out(t + secs(r, 0.0005, 0.002), m, fmt, msg.format(m=m))
        for i in range(4):
            boot_worker(t + secs(r, 0.01, 0.3), i)
        return t

    boot(t0)
    # requests, on any worker, written by Puma::CommonLogger
    for x in poisson(r, t0 + timedelta(seconds=8), t_end, 19):
        m, path, label, status, _ = r.choices(PU_ROUTES, [x[4] for x in PU_ROUTES])[0]
        real = path.replace("{id}", str(r.choice([r.randrange(1, 900), r.randrange(1000, 99999)])))
        ip = "10.0.0.5" if path == "/up" else r.choice(PU_CLIENTS[:-1])
        if redis_down[0] <= x < redis_down[1] and path != "/up" and r.random() < 0.6:
            E(
                x,
                'Rack app ("%s %s" - (%s)): #<Redis::CannotConnectError: Error connecting to Redis on %s (%s)>',
                f'{x:%Y-%m-%d %H:%M:%S} +0000 Rack app ("{m} {real}" - ({ip})): #<Redis::CannotConnectError: Error connecting to Redis on redis.internal:6379 (Errno::ECONNREFUSED)>',
            )
            status = 500
        size = "-" if status in (302, 500) else str(r.randrange(400, 90000))
        dur = r.uniform(0.002, 0.9) if status != 500 else r.uniform(1.0, 1.1)
        t = clock.at("out", x)
        out.add(
            t,
            [
                f'{ip} - - [{t:%d/%b/%Y:%H:%M:%S} +0000] "{m} {real} HTTP/1.1" {status} {size} {dur:.4f}'
            ],
            f"{m} {label} {status}",
        )
    # scanners speaking TLS to the plain socket (through the proxy's TCP passthrough)
    for x in poisson(r, t0, t_end, 900):
        E(
            x,
            "HTTP parse error, malformed request: #<Puma::HttpParserError: Invalid HTTP format, parsing fails. Are you trying to open an SSL connection to a non-SSL Puma?>",
            f"{x:%Y-%m-%d %H:%M:%S} +0000 HTTP parse error, malformed request: #<Puma::HttpParserError: Invalid HTTP format, parsing fails. Are you trying to open an SSL connection to a non-SSL Puma?>",
        )
    # puma_worker_killer's check every minute
    mem = 1480.0
    x = t0 + timedelta(seconds=60)
    while x < t_end:
        if x >= leak:
            mem += r.uniform(5, 30)
        else:
            mem = 1480 + r.uniform(-60, 60)
        if mem > 2150 and not (redis_down[0] <= x < redis_down[1] + timedelta(minutes=2)):
            victim = r.randrange(4)
            Out(
                x,
                pid["master"],
                "PumaWorkerKiller: Out of memory. %d workers consuming total: %s mb out of max: %s mb. Sending TERM to pid %d consuming %s mb.",
                f"PumaWorkerKiller: Out of memory. 4 workers consuming total: {mem} mb out of max: 2150.4 mb. Sending TERM to pid {workers[victim]} consuming {mem / 3.2} mb.",
            )
            boot_worker(x + secs(r, 1, 3), victim)
            mem -= r.uniform(300, 420)
        else:
            Out(
                x,
                pid["master"],
                "PumaWorkerKiller: Consuming %s mb with master and %d workers.",
                f"PumaWorkerKiller: Consuming {mem} mb with master and 4 workers.",
            )
        x += secs(r, 59.9, 60.1)

    def phased(t: datetime) -> datetime:
        phase[0] += 1
        m = pid["master"]
        t = Out(
            t,
            m,
            "- Starting phased worker restart, phase: %d",
            f"- Starting phased worker restart, phase: {phase[0]}",
        )
        t = Out(t, m, "+ Changing to %s", "+ Changing to /var/www/shop/current")
        for i in range(4):
            t = Out(
                t + secs(r, 0.01, 0.1),
                m,
                "- Stopping %d for phased upgrade...",
                f"- Stopping {workers[i]} for phased upgrade...",
            )
            t = Out(
                t + secs(r, 0.001, 0.01),
                m,
                "- TERM sent to %d...",
                f"- TERM sent to {workers[i]}...",
            )
            if redis_down[0] <= t < redis_down[1]:
                while t < redis_down[1]:
                    t = fail_boot(t + secs(r, 0.5, 1.5)) + secs(r, 12, 20)
            t = boot_worker(t + secs(r, 0.3, 1), i)
        return t

    phased(deploy1)
    Out(
        stuck,
        pid["master"],
        "! Terminating timed out worker (Worker %d failed to check in within %d seconds): %d",
        f"! Terminating timed out worker (Worker 2 failed to check in within 60 seconds): {workers[2]}",
    )
    boot_worker(stuck + secs(r, 1, 2), 2)
    phased(deploy2)
    # the full restart
    m = pid["master"]
    t = Out(
        restart, m, "- Gracefully shutting down workers...", "- Gracefully shutting down workers..."
    )
    t = E(
        t + secs(r, 1, 3),
        "=== puma shutdown: %s ===",
        f"=== puma shutdown: {t:%Y-%m-%d %H:%M:%S} +0000 ===",
    )
    t = Out(t, m, "- Goodbye!", "- Goodbye!")
    boot(t + secs(r, 1.5, 3))
    return [out.into(Log("puma.stdout.log", t0)), err.into(Log("puma.stderr.log", t0))]


# --------------------------------------------------------------------------------- nextjs

NX_VERSION = "14.2.3"
NX_SLUGS = [
    "blue-mug",
    "oak-desk-lamp",
    "linen-apron",
    "steel-bottle",
    "wool-throw",
    "ceramic-bowl-set",
    "canvas-tote",
    "walnut-board",
]
NX_USERS = [
    "anna@example.org",
    "li.wei@example.com",
    "marco.r@example.net",
    "sara.k@example.org",
    "tom@example.com",
    "n.okafor@example.net",
]
NX_ROUTES = [
    ("┌ ○", "/", "5.21 kB", "98.3 kB"),
    ("├ ○", "/_not-found", "871 B", "87.9 kB"),
    ("├ ƒ", "/api/cart", "0 B", "0 B"),
    ("├ ƒ", "/api/revalidate", "0 B", "0 B"),
    ("├ ƒ", "/api/webhooks/stripe", "0 B", "0 B"),
    ("├ ƒ", "/cart", "3.02 kB", "101 kB"),
    ("├ ƒ", "/checkout", "6.8 kB", "112 kB"),
    ("├ ●", "/products/[slug]", "2.9 kB", "103 kB"),
    ("└ ○", "/search", "1.4 kB", "95.2 kB"),
]
NX_SRV = "/app/.next/server"


def nx_frames(*frames: str) -> list[str]:
    return [f"    at {f}" for f in frames]


def nextjs(r: random.Random) -> list[Log]:
    """A Next.js 14.2 App Router shop: `build.log` (the CI job's `npm run build` output for
    each deploy of the day, no timestamps: npm's `> ...` lines, Next's `  ▲ Next.js`, ` ✓
    Compiled successfully`, the static pages' progress, the route table as one write, a type
    error failing one build, a product API outage failing another's prerendering with `Export
    encountered errors`) and `server-web-1.log`, `server-web-2.log` (two pods' `next start`
    output as `kubectl logs` prints it, no timestamps: the start-up lines, the app's own
    `console.log` lines, ` ⨯ ` errors with their stacks and `{ digest: '...' }` objects, fetch
    failures with an undici `[cause]`, `Failed to find Server Action` after each deploy). The
    product API is down from 09:12 to 09:40 (render errors, then the 10:05 build fails on it),
    the inventory service times out from 10:50 to 11:05."""
    clock = Clock(1000)
    build = Records()
    pods = {1: Records(), 2: Records()}
    t0, t_end = at(6, 0, 0), at(12, 0, 0)
    api_down = (at(9, 12, 4), at(9, 40, 30))
    inv_down = (at(10, 50, 12), at(11, 5, 40))

    def S(pod: int, t: datetime, fmt: str, text: str) -> datetime:
        t = clock.at(pod, t)
        pods[pod].add(t, lines_of(text), fmt)
        return t

    def B(t: datetime, fmt: str, text: str) -> datetime:
        t = clock.at("build", t)
        build.add(t, lines_of(text), fmt)
        return t

    def digest() -> str:
        return str(r.randrange(10_000_000, 4_294_967_295))

    def server_start(pod: int, t: datetime) -> datetime:
        t = S(pod, t, "Next.js %s", f"  ▲ Next.js {NX_VERSION}")
        t = S(
            pod,
            t + secs(r, 0.001, 0.01),
            "- Local:        %s",
            "  - Local:        http://localhost:3000\n",
        )
        t = S(pod, t + secs(r, 0.001, 0.01), "Starting...", " ✓ Starting...")
        return S(
            pod, t + secs(r, 0.2, 0.6), "Ready in %s", f" ✓ Ready in {r.randrange(180, 700)}ms"
        )

    def do_build(t: datetime, version: str, fail: str | None) -> datetime:
        t = B(t, "> %s build", f"> shop-web@{version} build")
        t = B(t, "> next build", "> next build\n")
        t = B(t + secs(r, 0.5, 1), "Next.js %s", f"  ▲ Next.js {NX_VERSION}")
        t = B(t, "- Environments: %s", "  - Environments: .env.production\n")
        t = B(
            t + secs(r, 0.1, 0.3),
            "Creating an optimized production build ...",
            "   Creating an optimized production build ...",
        )
        t = B(t + secs(r, 20, 45), "Compiled successfully", " ✓ Compiled successfully")
        t = B(
            t + secs(r, 0.1, 0.3),
            "Linting and checking validity of types ...",
            "   Linting and checking validity of types ...",
        )
        if fail == "type":
            t = B(t + secs(r, 8, 15), "Failed to compile.", "Failed to compile.\n")
            t = B(
                t,
                "%s:%d:%d",
                "./app/checkout/page.tsx:42:27\nType error: Property 'totalCents' does not exist on type 'Cart'. Did you mean 'total'?\n\n  40 |   const cart = await getCart(cookies().get('cart')?.value);\n  41 |   return (\n> 42 |     <OrderSummary total={cart.totalCents} currency={cart.currency} />\n     |                           ^\n  43 |   );\n  44 | }\n  45 |",
            )
            return B(
                t + secs(r, 0.1, 0.5),
                "Next.js build worker exited with code: %d and signal: %s",
                "Next.js build worker exited with code: 1 and signal: null",
            )
        t = B(
            t + secs(r, 8, 15),
            "metadata.metadataBase is not set for resolving social open graph or twitter images, using %s. See %s",
            ' ⚠ metadata.metadataBase is not set for resolving social open graph or twitter images, using "http://localhost:3000". See https://nextjs.org/docs/app/api-reference/functions/generate-metadata#metadatabase',
        )
        t = B(t + secs(r, 0.1, 0.3), "Collecting page data ...", "   Collecting page data ...")
        n = 4 + len(NX_SLUGS) * 2
        t = B(
            t + secs(r, 1, 3),
            "Generating static pages (%d/%d) ...",
            f"   Generating static pages (0/{n}) ...",
        )
        failed = []
        for k in range(1, 4):
            if fail == "prerender" and k == 2:
                for slug in NX_SLUGS[:3]:
                    t = B(
                        t + secs(r, 0.1, 0.5),
                        'Error occurred prerendering page "%s". Read more: %s',
                        f'Error occurred prerendering page "/products/{slug}". Read more: https://nextjs.org/docs/messages/prerender-error\n',
                    )
                    t = B(
                        t,
                        "Error: Failed to fetch product %s: %d %s",
                        "\n".join(
                            [
                                f"Error: Failed to fetch product {slug}: 503 Service Unavailable",
                                *nx_frames(
                                    "getProduct (/builds/shop/web/.next/server/chunks/812.js:1:4321)",
                                    "async ProductPage (/builds/shop/web/.next/server/app/products/[slug]/page.js:1:2345)",
                                ),
                            ]
                        ),
                    )
                    failed.append(slug)
            t = B(
                t + secs(r, 0.5, 2),
                "Generating static pages (%d/%d) ",
                f"   Generating static pages ({n * k // 4}/{n}) ",
            )
        t = B(
            t + secs(r, 0.5, 2),
            "Generating static pages (%d/%d)",
            f" ✓ Generating static pages ({n}/{n})",
        )
        if failed:
            t = B(
                t + secs(r, 0.1, 0.3),
                "> Export encountered errors on following paths:",
                "> Export encountered errors on following paths:",
            )
            for slug in failed:
                t = B(t, "%s: %s", f"\t/products/[slug]/page: /products/{slug}")
            return t
        t = B(
            t + secs(r, 0.1, 0.3),
            "Finalizing page optimization ...",
            "   Finalizing page optimization ...",
        )
        t = B(t + secs(r, 1, 3), "Collecting build traces ...", "   Collecting build traces ...\n")
        table = ["Route (app)                              Size     First Load JS"]
        for mark, route, size, first in NX_ROUTES:
            table.append(f"{mark} {route:<37}{size:<9}{first:>9}")
            if route == "/products/[slug]":
                table += [f"├   ├ /products/{s}" for s in NX_SLUGS[:3]] + [
                    f"├   └ [+{len(NX_SLUGS) - 3} more paths]"
                ]
        table += [
            "+ First Load JS shared by all            87.1 kB",
            "  ├ chunks/23-0627c91053ca9399.js        31.6 kB",
            "  ├ chunks/fd9d1056-2821b0f0cabcd8bd.js  53.6 kB",
            "  └ other shared chunks (total)          1.86 kB",
            "",
            "",
            "○  (Static)   prerendered as static content",
            "●  (SSG)      prerendered as static HTML (uses getStaticProps)",
            "ƒ  (Dynamic)  server-rendered on demand",
            "",
        ]
        return B(t + secs(r, 0.5, 1), table[0], "\n".join(table))

    builds = [
        (at(6, 40, 10), "1.8.3", None),
        (at(8, 2, 55), "1.8.4", "type"),
        (at(8, 21, 30), "1.8.4", None),
        (at(10, 5, 12), "1.8.5", None),
        (at(9, 25, 40), "1.8.5", "prerender"),
        (at(11, 31, 2), "1.8.6", None),
    ]
    deploys = []
    for bt, version, fail in builds:
        done = do_build(bt, version, fail)
        if fail is None:
            deploys.append(done + timedelta(minutes=3))
    for pod in pods:
        server_start(pod, t0 + secs(r, 0, 5))
        for d in deploys:
            server_start(pod, d + secs(r, 0, 90) + timedelta(seconds=120 * (pod - 1)))

    # the app's own lines and its errors
    for x in poisson(r, t0 + timedelta(seconds=30), t_end, 17):
        pod = r.choice([1, 2])
        slug = r.choice(NX_SLUGS)
        if api_down[0] <= x < api_down[1] and r.random() < 0.7:
            S(
                pod,
                x,
                "Error: Failed to fetch product %s: %d %s",
                " ⨯ "
                + "\n".join(
                    [
                        f"Error: Failed to fetch product {slug}: 503 Service Unavailable",
                        *nx_frames(
                            f"getProduct ({NX_SRV}/chunks/812.js:1:4321)",
                            f"async ProductPage ({NX_SRV}/app/products/[slug]/page.js:1:2345)",
                        ),
                    ]
                )
                + f" {{\n  digest: '{digest()}'\n}}",
            )
            continue
        if inv_down[0] <= x < inv_down[1] and r.random() < 0.6:
            S(
                pod,
                x,
                "TypeError: fetch failed",
                " ⨯ "
                + "\n".join(
                    [
                        "TypeError: fetch failed",
                        *nx_frames(
                            "node:internal/deps/undici/undici:13185:13",
                            f"async getStock ({NX_SRV}/chunks/655.js:1:1220)",
                            f"async StockBadge ({NX_SRV}/app/products/[slug]/page.js:1:4410)",
                        ),
                    ]
                )
                + f" {{\n  digest: '{digest()}',\n  [cause]: ConnectTimeoutError: Connect Timeout Error (attempted address: inventory.internal:8080, timeout: 10000ms)\n"
                + "\n".join(
                    "  " + f
                    for f in nx_frames(
                        "onConnectTimeout (node:internal/deps/undici/undici:2602:28)",
                        "node:internal/deps/undici/undici:2554:50",
                        "Immediate._onImmediate (node:internal/deps/undici/undici:2586:13)",
                        "process.processImmediate (node:internal/timers:483:21)",
                    )
                )
                + " {\n    code: 'UND_ERR_CONNECT_TIMEOUT'\n  }\n}",
            )
            continue
        k = r.random()
        if k < 0.35:
            S(
                pod,
                x,
                "[cart] %s: added %s x%d",
                f"[cart] {hexid(r, 12)}: added {slug} x{r.choice([1, 1, 1, 2, 3])}",
            )
        elif k < 0.5:
            S(
                pod,
                x,
                "[checkout] order %s created for %s (%d items, %s %s)",
                f"[checkout] order ord_{hexid(r, 10)} created for {r.choice(NX_USERS)} ({r.randrange(1, 6)} items, {r.randrange(900, 24000) / 100:.2f} EUR)",
            )
        elif k < 0.7:
            ev = r.choice(
                [
                    "payment_intent.succeeded",
                    "charge.succeeded",
                    "checkout.session.completed",
                    "payment_intent.created",
                ]
            )
            S(
                pod,
                x,
                "[stripe] webhook %s %s handled in %dms",
                f"[stripe] webhook {ev} evt_{hexid(r, 24)} handled in {r.randrange(8, 400)}ms",
            )
        elif k < 0.8:
            S(
                pod,
                x,
                "[revalidate] tag %s revalidated by %s",
                f"[revalidate] tag product:{slug} revalidated by cms-webhook",
            )
        elif k < 0.92:
            S(pod, x, "[auth] login ok for %s", f"[auth] login ok for {r.choice(NX_USERS)}")
        else:
            S(
                pod,
                x,
                "[auth] login failed for %s: %s",
                f"[auth] login failed for {r.choice([*NX_USERS, 'admin@example.com'])}: {r.choice(['invalid password', 'unknown user', 'account locked'])}",
            )
    # clients of the previous deployment calling actions the new one does not have
    for d in deploys:
        for x in poisson(r, d + timedelta(minutes=2), d + timedelta(minutes=25), 40):
            S(
                r.choice([1, 2]),
                x,
                'Error: Failed to find Server Action "%s". This request might be from an older or newer deployment. Original error: %s',
                " ⨯ "
                + "\n".join(
                    [
                        f"Error: Failed to find Server Action \"{hexid(r, 40)}\". This request might be from an older or newer deployment. Original error: Cannot read properties of undefined (reading 'workers')",
                        *nx_frames(
                            "rK (/app/node_modules/next/dist/compiled/next-server/app-page.runtime.prod.js:12:8412)",
                            "/app/node_modules/next/dist/compiled/next-server/app-page.runtime.prod.js:12:13150",
                        ),
                    ]
                ),
            )
    # clients going away mid-response
    for x in poisson(r, t0, t_end, 600):
        S(
            r.choice([1, 2]),
            x,
            "uncaughtException: Error: %s",
            " ⨯ "
            + "\n".join(
                [
                    "uncaughtException: Error: aborted",
                    *nx_frames(
                        "abortIncoming (node:_http_server:806:17)",
                        "socketOnClose (node:_http_server:800:3)",
                        "Socket.emit (node:events:531:35)",
                        "TCP.<anonymous> (node:net:338:12)",
                    ),
                ]
            )
            + " {\n  code: 'ECONNRESET'\n}",
        )
    return [
        build.into(Log("build.log", t0)),
        pods[1].into(Log("server-web-1.log", t0)),
        pods[2].into(Log("server-web-2.log", t0)),
    ]


SYSTEMS = {
    "artemis": artemis,
    "redpanda": redpanda,
    "kafka-connect": kafka_connect,
    "puma": puma,
    "nextjs": nextjs,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
