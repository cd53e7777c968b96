#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 23 (rabbitmq, cassandra, haproxy, coredns, airflow) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its source's format strings over a seeded run,
and every line that starts an event is labelled with the format string that wrote it as it is
written. Run it only to change the data on purpose:
`python bench/heldout/generate_round23.py [SYSTEM ...]`.
"""

from __future__ import annotations

import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, syslog_ts, uuid4


def uuid1(r: random.Random, t: datetime) -> str:
    h = hexid(r, 32)
    return f"{h[:8]}-{h[8:12]}-11ee-{r.choice('89ab')}{h[17:20]}-{h[20:]}"


def pick(r: random.Random, table: list[tuple[float, str]]) -> str:
    return r.choices([x for _, x in table], weights=[w for w, _ in table])[0]


# -------------------------------------------------------------------------------- rabbitmq

RMQ_APPS = [
    ("orders-api", "10.0.2."),
    ("billing-worker", "10.0.2."),
    ("notifier", "10.0.6."),
    ("search-indexer", "10.0.6."),
]
RMQ_BOOT_STEPS = [
    ("pre_boot", "rabbit"),
    ("rabbit_global_counters", "rabbit"),
    ("rabbit_osiris_metrics", "rabbit"),
    ("rabbit_core_metrics", "rabbit"),
    ("rabbit_alarm", "rabbit"),
    ("code_server_cache", "rabbit"),
    ("file_handle_cache", "rabbit"),
    ("worker_pool", "rabbit"),
    ("database", "rabbit"),
    ("rabbit_registry", "rabbit"),
    ("rabbit_auth_mechanism_amqplain", "rabbit"),
    ("rabbit_exchange_type_direct", "rabbit"),
    ("rabbit_exchange_type_fanout", "rabbit"),
    ("rabbit_exchange_type_topic", "rabbit"),
    ("rabbit_priority_queue", "rabbit"),
    ("kernel_ready", "rabbit"),
    ("rabbit_sysmon_minder", "rabbit"),
    ("rabbit_epmd_monitor", "rabbit"),
    ("guid_generator", "rabbit"),
    ("rabbit_node_monitor", "rabbit"),
    ("rabbit_quorum_queue_periodic_membership_reconciliation", "rabbit"),
    ("core_initialized", "rabbit"),
    ("rabbit_channel_tracking_handler", "rabbit"),
    ("rabbit_mgmt_db_handler", "rabbitmq_management_agent"),
    ("rabbit_mgmt_reset_handler", "rabbitmq_management"),
    ("rabbit_prometheus_collector", "rabbitmq_prometheus"),
    ("empty_db_check", "rabbit"),
    ("rabbit_looking_glass", "rabbit"),
    ("rabbit_core_metrics_gc", "rabbit"),
    ("background_gc", "rabbit"),
    ("routing_ready", "rabbit"),
    ("pre_flight", "rabbit"),
    ("notify_cluster", "rabbit"),
    ("networking", "rabbit"),
    ("definition_import_worker_pool", "rabbit"),
    ("cluster_name", "rabbit"),
    ("direct_client", "rabbit"),
]
RMQ_QUEUES = [
    "orders",
    "orders.retry",
    "billing.invoices",
    "notify.email",
    "notify.sms",
    "search.reindex",
]


def rabbitmq(r: random.Random) -> list[Log]:
    """RabbitMQ 3.12 on two nodes (rabbit@rmq-1's and rabbit@rmq-2's log files): the standard
    logger's `yyyy-mm-dd hh:mm:ss.uuuuuu+00:00 [level] <pid> msg`; a multi-line message repeats
    the header on each of its lines (those continue the event: no label). Boot steps, client
    connections with and without a client-provided name, channel exceptions, missed heartbeats,
    quorum queue elections when the other node restarts, a memory alarm."""
    start = datetime(2024, 3, 11, 6, 25, 2, 118421, tzinfo=UTC)
    nodes = ["rmq-1", "rmq-2"]
    logs = [Log(f"rabbit@{n}.log", start) for n in nodes]
    addr = ["10.0.3.11", "10.0.3.12"]
    pidc = [r.randrange(800, 1500), r.randrange(800, 1500)]
    open_conns: list[list[tuple[str, str, str, str, str]]] = [[], []]
    term = {q: r.randrange(3, 9) for q in RMQ_QUEUES}

    def pid(i: int) -> str:
        pidc[i] += r.randrange(3, 90)
        return f"<0.{pidc[i]}.0>"

    # Each call has an instant of its own, to the microsecond: the lines of one message share
    # its header (`more`), two calls never do (as a real RabbitMQ 3.10 run's log shows; until
    # session 35, every call between two ticks took the same microsecond). A clock of its own,
    # so that every other value drawn stays what it was.
    clock = random.Random("heldout-rabbitmq-clock")

    def emit(
        i: int, level: str, proc: str, tid: str | None, msg: str, more: list[str] = ()
    ) -> None:
        logs[i].t += timedelta(microseconds=clock.randrange(20, 900))
        t = logs[i].t
        head = f"{t:%Y-%m-%d %H:%M:%S}.{t.microsecond:06d}+00:00 [{level}] {proc} "
        logs[i].add(head + msg, tid)
        for line in more:
            logs[i].add(head + line, None)

    def const(i: int, level: str, proc: str, msg: str) -> None:
        emit(i, level, proc, msg, msg)

    def tick(i: int, lo: float, hi: float) -> None:
        logs[i].tick(r, lo, hi)

    def boot(i: int) -> None:
        node = f"rabbit@{nodes[i]}"
        p = pid(i)
        emit(
            i,
            "notice",
            "<0.44.0>",
            "Application %s exited with reason: %s",
            "Application syslog exited with reason: stopped",
        )
        emit(
            i,
            "notice",
            "<0.44.0>",
            "Logging: switching to configured handler(s); following messages may not be visible in this log output",
            "Logging: switching to configured handler(s); following messages may not be visible in this log output",
        )
        emit(
            i,
            "notice",
            "<0.44.0>",
            "Logging: configured log handlers are now ACTIVE",
            "Logging: configured log handlers are now ACTIVE",
        )
        const(i, "info", p, "ra: starting system quorum_queues")
        emit(
            i,
            "info",
            p,
            "starting Ra system: %s in directory: %s",
            f"starting Ra system: quorum_queues in directory: /var/lib/rabbitmq/mnesia/{node}/quorum/{node}",
        )
        emit(
            i,
            "info",
            p,
            "wal: ra_log_wal init, open tbls: %s, closed tbls: %s",
            "wal: ra_log_wal init, open tbls: ra_log_open_mem_tables, closed tbls: ra_log_closed_mem_tables",
        )
        emit(
            i,
            "info",
            p,
            "wal: recovering %s",
            f"wal: recovering 000000{r.randrange(10, 99)}.wal",
        )
        emit(
            i,
            "info",
            p,
            "Starting RabbitMQ %s on Erlang %s [%s]",
            "",
            [
                " Starting RabbitMQ 3.12.13 on Erlang 26.2.2 [jit]",
                " Copyright (c) 2007-2024 Broadcom Inc and/or its subsidiaries",
                " Licensed under the MPL 2.0. Website: https://rabbitmq.com",
            ],
        )
        emit(
            i,
            "info",
            p,
            "node           : %ts",
            "",
            [
                f" node           : {node}",
                " home dir       : /var/lib/rabbitmq",
                " config file(s) : /etc/rabbitmq/rabbitmq.conf",
                " cookie hash    : " + hexid(r, 22) + "==",
                " log(s)         : /var/log/rabbitmq/" + node + ".log",
                f" data dir       : /var/lib/rabbitmq/mnesia/{node}",
            ],
        )
        emit(
            i,
            "info",
            p,
            "Running boot step %s defined by app %s",
            "Running boot step pre_boot defined by app rabbit",
        )
        for step, app in RMQ_BOOT_STEPS[1:9]:
            emit(
                i,
                "info",
                p,
                "Running boot step %s defined by app %s",
                f"Running boot step {step} defined by app {app}",
            )
        emit(
            i,
            "info",
            p,
            "Will try to lock with peer discovery backend %s",
            "Will try to lock with peer discovery backend rabbit_peer_discovery_classic_config",
        )
        emit(
            i,
            "info",
            p,
            "All discovered existing cluster peers: %s",
            f"All discovered existing cluster peers: rabbit@{nodes[1 - i]}",
        )
        emit(
            i,
            "info",
            p,
            "Peer nodes we can cluster with: %s",
            f"Peer nodes we can cluster with: rabbit@{nodes[1 - i]}",
        )
        retries = 9
        for _ in range(r.choice([0, 0, 1, 2])):
            emit(
                i,
                "info",
                p,
                "Waiting for Mnesia tables for %p ms, %p retries left",
                f"Waiting for Mnesia tables for 30000 ms, {retries} retries left",
            )
            retries -= 1
            tick(i, 1, 30)
        const(i, "info", p, "Successfully synced tables from a peer")
        for step, app in RMQ_BOOT_STEPS[9:]:
            emit(
                i,
                "info",
                p,
                "Running boot step %s defined by app %s",
                f"Running boot step {step} defined by app {app}",
            )
            if step == "rabbit_node_monitor":
                const(i, "info", pid(i), "Starting rabbit_node_monitor (in classic mode)")
            if step == "routing_ready":
                emit(
                    i,
                    "info",
                    p,
                    "Priority queues enabled, real BQ is %s",
                    "Priority queues enabled, real BQ is rabbit_variable_queue",
                )
                for q in RMQ_QUEUES:
                    emit(
                        i,
                        "info",
                        pid(i),
                        "queue '%s' in vhost '%s': ra_log:init recovered last_index_term {%d,%d} first index %d",
                        f"queue '{q}' in vhost '/': ra_log:init recovered last_index_term {{{r.randrange(1000, 90000)},{term[q]}}} first index {r.randrange(0, 900)}",
                    )
            if step == "networking":
                const(i, "info", p, "Ready to start client connection listeners")
                emit(
                    i,
                    "info",
                    pid(i),
                    "started TCP listener on %s:%p",
                    "started TCP listener on [::]:5672",
                )
        emit(
            i,
            "info",
            pid(i),
            "Management plugin: HTTP (non-TLS) listener started on port %w",
            "Management plugin: HTTP (non-TLS) listener started on port 15672",
        )
        const(i, "info", pid(i), "Statistics database started.")
        emit(
            i,
            "info",
            pid(i),
            "Prometheus metrics: HTTP (non-TLS) listener started on port %w",
            "Prometheus metrics: HTTP (non-TLS) listener started on port 15692",
        )
        tick(i, 0.1, 1)
        emit(
            i,
            "info",
            p,
            "Server startup complete; %b plugins started.",
            "Server startup complete; 3 plugins started.",
            [
                " * rabbitmq_prometheus",
                " * rabbitmq_management",
                " * rabbitmq_management_agent",
                " * rabbitmq_web_dispatch",
            ],
        )
        emit(
            i,
            "info",
            p,
            "Time to start RabbitMQ: %p ms",
            f"Time to start RabbitMQ: {r.randrange(3800, 9200)} ms",
        )

    def peer_up(i: int) -> None:
        other = f"rabbit@{nodes[1 - i]}"
        emit(i, "info", pid(i), "node %tp up", f"node '{other}' up")
        emit(i, "info", pid(i), "rabbit on node %tp up", f"rabbit on node '{other}' up")
        emit(
            i,
            "info",
            pid(i),
            "Keeping %ts listeners: the node is already back",
            f"Keeping {other} listeners: the node is already back",
        )

    def peer_down(i: int, reason: str) -> None:
        other = f"rabbit@{nodes[1 - i]}"
        emit(i, "info", pid(i), "rabbit on node %tp down", f"rabbit on node '{other}' down")
        emit(
            i,
            "info",
            pid(i),
            "Keeping %ts listeners: the node is already back",
            f"Keeping {other} listeners: the node is already back",
        )
        emit(i, "info", pid(i), "node %tp down: %tp", f"node '{other}' down: {reason}")
        for q in r.sample(RMQ_QUEUES, 3):
            emit(
                i,
                "info",
                pid(i),
                "queue '%s' in vhost '%s': Leader monitor down with %W, setting election timeout",
                f"queue '{q}' in vhost '/': Leader monitor down with noconnection, setting election timeout",
            )
            term[q] += 1
            emit(
                i,
                "info",
                pid(i),
                "queue '%s' in vhost '%s': election called for in term %b",
                f"queue '{q}' in vhost '/': election called for in term {term[q]}",
            )
            emit(
                i,
                "info",
                pid(i),
                "queue '%s' in vhost '%s': detected a new leader %w in term %b",
                f"queue '{q}' in vhost '/': detected a new leader {{'%2F_{q}',rabbit@{nodes[i]}}} in term {term[q]}",
            )

    def connect(i: int) -> None:
        app, net = r.choice(RMQ_APPS)
        client = f"{net}{r.randrange(10, 80)}:{r.randrange(32768, 61000)}"
        p = pid(i)
        where = f"{client} -> {addr[i]}:5672"
        emit(
            i,
            "info",
            p,
            "accepting AMQP connection %tp (%ts)",
            f"accepting AMQP connection {p} ({where})",
        )
        named = r.random() < 0.7
        if named:
            name = f"{app}:{r.randrange(1, 9)}:{uuid4(r)}" if r.random() < 0.5 else app
            emit(
                i,
                "info",
                p,
                "Connection %tp (%ts) has a client-provided name: %ts",
                f"Connection {p} ({where}) has a client-provided name: {name}",
            )
            where = f"{where} - {name}"
        user = app.split("-")[0]
        emit(
            i,
            "info",
            p,
            "connection %tp (%ts): user '%ts' authenticated and granted access to vhost '%ts'",
            f"connection {p} ({where}): user '{user}' authenticated and granted access to vhost '/'",
        )
        open_conns[i].append((p, where, user, app, client))

    def close(i: int) -> None:
        if not open_conns[i]:
            return
        p, where, user, _, _ = open_conns[i].pop(r.randrange(len(open_conns[i])))
        roll = r.random()
        if roll < 0.6:
            emit(
                i,
                "info",
                p,
                "closing AMQP connection %tp (%ts, vhost: '%ts', user: '%ts')",
                f"closing AMQP connection {p} ({where}, vhost: '/', user: '{user}')",
            )
        elif roll < 0.85:
            emit(
                i,
                "warning",
                p,
                "closing AMQP connection %tp (%ts, vhost: '%ts', user: '%ts'):",
                f"closing AMQP connection {p} ({where}, vhost: '/', user: '{user}'):",
                ["client unexpectedly closed TCP connection"],
            )
        else:
            emit(
                i,
                "error",
                p,
                "closing AMQP connection %tp (%ts):",
                f"closing AMQP connection {p} ({where}):",
                ["missed heartbeats from client, timeout: 60s"],
            )

    def channel_error(i: int) -> None:
        if not open_conns[i]:
            return
        p, where, user, _, _ = r.choice(open_conns[i])
        q = r.choice(RMQ_QUEUES)
        ch = r.randrange(1, 12)
        kind = r.random()
        if kind < 0.4:
            detail = f"operation basic.ack caused a channel exception precondition_failed: unknown delivery tag {r.randrange(1, 4000)}"
        elif kind < 0.6:
            detail = f"operation queue.declare caused a channel exception precondition_failed: inequivalent arg 'x-queue-type' for queue '{q}' in vhost '/': received the value 'classic' of type 'longstr' but current is the value 'quorum' of type 'longstr'"
        elif kind < 0.8:
            detail = f"operation basic.consume caused a channel exception not_found: no queue '{q}.tmp' in vhost '/'"
        else:
            detail = f"Consumer {r.choice(['None', 'ctag1.' + hexid(r, 32)])} on channel {ch} has timed out waiting for delivery acknowledgement. Timeout used: 1800000 ms. This timeout value can be configured, see consumers doc guide to learn more"
        emit(
            i,
            "error",
            p,
            "Channel error on connection %tp (%ts, vhost: '%ts', user: '%ts'), channel %tp:",
            f"Channel error on connection {p} ({where}, vhost: '/', user: '{user}'), channel {ch}:",
            [detail],
        )

    def memory_alarm(i: int) -> None:
        node = f"rabbit@{nodes[i]}"
        limit = 1717986918
        emit(
            i,
            "info",
            "<0.481.0>",
            "vm_memory_high_watermark set. Memory used:%p allowed:%p",
            f"vm_memory_high_watermark set. Memory used:{limit + r.randrange(1, 90000000)} allowed:{limit}",
        )
        emit(
            i,
            "warning",
            "<0.479.0>",
            "memory resource limit alarm set on node '%ts'.",
            f"memory resource limit alarm set on node '{node}'.",
            [
                "",
                "**********************************************************",
                "*** Publishers will be blocked until this alarm clears ***",
                "**********************************************************",
            ],
        )
        for _ in range(r.randrange(2, 6)):
            if open_conns[i]:
                p, where, *_ = r.choice(open_conns[i])
                emit(
                    i,
                    "info",
                    p,
                    "Connection %tp (%ts) is blocked by a resource alarm",
                    f"Connection {p} ({where}) is blocked by a resource alarm",
                )
        tick(i, 20, 90)
        emit(
            i,
            "info",
            "<0.481.0>",
            "vm_memory_high_watermark clear. Memory used:%p allowed:%p",
            f"vm_memory_high_watermark clear. Memory used:{limit - r.randrange(1, 90000000)} allowed:{limit}",
        )
        emit(
            i,
            "warning",
            "<0.479.0>",
            "memory resource limit alarm cleared on node '%ts'",
            f"memory resource limit alarm cleared on node '{node}'",
        )
        const(i, "warning", "<0.479.0>", "memory resource limit alarm cleared across the cluster")

    def stop(i: int) -> None:
        const(i, "info", "<0.2851.0>", "RabbitMQ is asked to stop...")
        emit(
            i,
            "info",
            "<0.2851.0>",
            "Stopping RabbitMQ applications and their dependencies in the following order:",
            "Stopping RabbitMQ applications and their dependencies in the following order:",
            [
                "    rabbitmq_prometheus",
                "    rabbitmq_management",
                "    rabbitmq_web_dispatch",
                "    rabbit",
                "    mnesia",
                "    ra",
            ],
        )
        for name, port in (("AMQP", 5672),):
            emit(
                i,
                "info",
                "<0.2851.0>",
                "stopped TCP listener on %s:%p",
                f"stopped TCP listener on [::]:{port}",
            )
            _ = name
        emit(
            i,
            "info",
            "<0.2851.0>",
            "Closing all connections in vhost '%ts' on node '%ts' because the vhost is stopping",
            f"Closing all connections in vhost '/' on node 'rabbit@{nodes[i]}' because the vhost is stopping",
        )
        open_conns[i].clear()
        for q in RMQ_QUEUES:
            emit(
                i,
                "info",
                pid(i),
                "queue '%s' in vhost '%s': terminating with %w in state %w",
                f"queue '{q}' in vhost '/': terminating with shutdown in state {r.choice(['leader', 'follower'])}",
            )
        const(i, "info", "<0.2851.0>", "Successfully stopped RabbitMQ and its dependencies")
        emit(
            i,
            "info",
            "<0.2851.0>",
            "Halting Erlang VM with the following applications:",
            "Halting Erlang VM with the following applications:",
            [
                "    ranch",
                "    ssl",
                "    public_key",
                "    inets",
                "    crypto",
                "    asn1",
                "    sasl",
            ],
        )

    # both boot, rmq-2 a little later; they see each other
    boot(0)
    logs[1].t = logs[0].t + timedelta(seconds=r.uniform(2, 6))
    boot(1)
    peer_up(0)
    peer_up(1)
    restarted = False
    while min(len(x.lines) for x in logs) < 1250:
        i = 0 if r.random() < 0.55 else 1
        tick(i, 0.5, 40)
        other = logs[1 - i]
        if other.t < logs[i].t - timedelta(seconds=300):
            other.t = logs[i].t - timedelta(seconds=r.uniform(0, 30))
        roll = r.random()
        if len(open_conns[i]) < 4 or roll < 0.38:
            connect(i)
        elif roll < 0.76:
            close(i)
        elif roll < 0.9:
            channel_error(i)
        elif roll < 0.95:
            emit(
                i,
                "info",
                pid(i),
                "Setting up a table for connection tracking on this node: %tp",
                f"Setting up a table for connection tracking on this node: 'tracked_connection_on_node_rabbit@{nodes[i]}'",
            )
        elif roll < 0.97 and not restarted and len(logs[1].lines) > 700:
            restarted = True
            stop(1)
            peer_down(0, "connection_closed")
            tick(1, 15, 60)
            logs[0].t = max(logs[0].t, logs[1].t)
            boot(1)
            peer_up(0)
            peer_up(1)
        elif roll < 0.975:
            memory_alarm(i)
        else:
            q = r.choice(RMQ_QUEUES)
            emit(
                i,
                "info",
                pid(i),
                "queue '%s' in vhost '%s': segment_writer: deleting segments %w",
                f"queue '{q}' in vhost '/': segment_writer: deleting segments [\"{r.randrange(1, 90):08d}.segment\"]",
            )
    return logs


# ------------------------------------------------------------------------------- cassandra

CASS_TABLES = [
    ("shop", "orders"),
    ("shop", "order_items"),
    ("shop", "carts"),
    ("shop", "events_by_user"),
    ("auth", "sessions"),
    ("system", "local"),
    ("system", "peers_v2"),
    ("system_schema", "tables"),
]
CASS_POOLS = [
    "ReadStage",
    "CompactionExecutor",
    "MutationStage",
    "MemtableReclaimMemory",
    "PendingRangeCalculator",
    "GossipStage",
    "SecondaryIndexManagement",
    "HintsDispatcher",
    "Native-Transport-Requests",
    "MigrationStage",
    "MemtablePostFlush",
    "PerDiskMemtableFlushWriter_0",
    "ValidationExecutor",
    "Sampler",
    "ViewBuildExecutor",
    "MemtableFlushWriter",
    "CacheCleanupExecutor",
]


def cassandra(r: random.Random) -> list[Log]:
    """Cassandra 4.1's system.log on one node of three (logback
    `%-5level [%thread] %date{ISO8601} %F:%L - %msg%n`): startup, flushes and compactions,
    GCInspector pauses with the StatusLogger's table after a long one (one statement per row),
    gossip seeing a peer go down and come back, hints replayed, dropped messages, slow and
    tombstone-heavy reads, unlogged batches, and exceptions with their stack traces."""
    log = Log("system.log", datetime(2024, 3, 11, 6, 25, 2, 118000, tzinfo=UTC))
    me = "10.0.4.11"
    peers = ["10.0.4.12", "10.0.4.13"]
    table_ids = {t: hexid(r, 32) for t in CASS_TABLES}
    gen = [r.randrange(100, 2000)]
    host_ids = {p: uuid4(r) for p in peers}

    def emit(
        level: str, thread: str, where: str, tid: str | None, msg: str, more: list[str] = ()
    ) -> None:
        t = log.t
        log.add(
            f"{level:<5} [{thread}] {t:%Y-%m-%d %H:%M:%S},{t.microsecond // 1000:03d} {where} - {msg}",
            tid,
        )
        for line in more:
            log.add(line, None)

    def const(level: str, thread: str, where: str, msg: str) -> None:
        emit(level, thread, where, msg, msg)

    def sst(ks: str, tb: str) -> str:
        gen[0] += r.randrange(1, 4)
        return f"/var/lib/cassandra/data/{ks}/{tb}-{table_ids[(ks, tb)]}/nb-{gen[0]}-big"

    def mib(lo: float, hi: float) -> str:
        return f"{r.uniform(lo, hi):.3f}MiB"

    def startup() -> None:
        const(
            "INFO",
            "main",
            "YamlConfigurationLoader.java:103",
            "Configuration location: file:/etc/cassandra/cassandra.yaml",
        )
        emit(
            "INFO",
            "main",
            "DatabaseDescriptor.java:418",
            "DiskAccessMode is %s, indexAccessMode is %s",
            "DiskAccessMode is mmap, indexAccessMode is mmap",
        )
        emit(
            "INFO",
            "main",
            "DatabaseDescriptor.java:475",
            "Global memtable on-heap threshold is enabled at %s",
            "Global memtable on-heap threshold is enabled at 2008MiB",
        )
        emit(
            "INFO",
            "main",
            "CassandraDaemon.java:600",
            "Hostname: %s",
            "Hostname: cass-1.db.internal:7000:7001",
        )
        emit(
            "INFO",
            "main",
            "CassandraDaemon.java:607",
            "JVM vendor/version: %s/%s",
            "JVM vendor/version: OpenJDK 64-Bit Server VM/11.0.22",
        )
        emit(
            "INFO",
            "main",
            "CassandraDaemon.java:608",
            "Heap size: %s/%s",
            "Heap size: 7.805GiB/7.805GiB",
        )
        for pool, size in (
            ("Code Cache", "240.000MiB"),
            ("Metaspace", "-1"),
            ("G1 Eden Space", "-1"),
            ("G1 Old Gen", "7.805GiB"),
            ("G1 Survivor Space", "-1"),
        ):
            emit(
                "INFO",
                "main",
                "CassandraDaemon.java:613",
                "%s %s: %s",
                f"{pool} Heap memory: init = {r.randrange(2, 400) * 1048576}(-) used = {r.randrange(2, 90) * 1048576}(-) committed = {r.randrange(2, 400) * 1048576}(-) max = {size}",
            )
        emit(
            "INFO",
            "main",
            "CassandraDaemon.java:615",
            "Classpath: %s",
            "Classpath: /etc/cassandra:/usr/share/cassandra/lib/HdrHistogram-2.1.9.jar:/usr/share/cassandra/lib/ST4-4.0.8.jar:/usr/share/cassandra/apache-cassandra-4.1.4.jar",
        )
        emit(
            "INFO",
            "main",
            "CassandraDaemon.java:617",
            "JVM Arguments: %s",
            "JVM Arguments: [-Xloggc:/var/log/cassandra/gc.log, -ea, -XX:+UseG1GC, -XX:MaxGCPauseMillis=300, -Xms8G, -Xmx8G, -Dcassandra.config.loader=org.apache.cassandra.config.YamlConfigurationLoader]",
        )
        emit(
            "WARN",
            "main",
            "StartupChecks.java:179",
            "JMX is not enabled to receive remote connections. Please see cassandra-env.sh for more info.",
            "JMX is not enabled to receive remote connections. Please see cassandra-env.sh for more info.",
        )
        emit(
            "WARN",
            "main",
            "StartupChecks.java:381",
            "Maximum number of memory map areas per process (vm.max_map_count) %s is too low, recommended value: %s, you can change it with sysctl.",
            "Maximum number of memory map areas per process (vm.max_map_count) 65530 is too low, recommended value: 1048575, you can change it with sysctl.",
        )
        for ks, tb in CASS_TABLES:
            emit(
                "INFO",
                "main",
                "ColumnFamilyStore.java:500",
                "Initializing %s.%s",
                f"Initializing {ks}.{tb}",
            )
        emit(
            "INFO",
            "main",
            "CommitLog.java:195",
            "Replaying %s",
            "Replaying "
            + ", ".join(
                f"/var/lib/cassandra/commitlog/CommitLog-7-{1710138000000 + r.randrange(10**6)}.log"
                for _ in range(r.randrange(1, 4))
            ),
        )
        emit(
            "INFO",
            "main",
            "CommitLogReader.java:257",
            "Finished reading %s",
            f"Finished reading /var/lib/cassandra/commitlog/CommitLog-7-{1710138000000 + r.randrange(10**6)}.log",
        )
        emit(
            "INFO",
            "main",
            "CommitLog.java:203",
            "Log replay complete, %d replayed mutations",
            f"Log replay complete, {r.randrange(100, 90000)} replayed mutations",
        )
        emit(
            "INFO",
            "main",
            "StorageService.java:842",
            "Cassandra version: %s",
            "Cassandra version: 4.1.4",
        )
        emit("INFO", "main", "StorageService.java:843", "CQL version: %s", "CQL version: 3.4.6")
        emit(
            "INFO",
            "main",
            "StorageService.java:844",
            "Native protocol supported versions: %s (default: %s)",
            "Native protocol supported versions: 3/v3, 4/v4, 5/v5, 6/v6-beta (default: 5/v5)",
        )
        const("INFO", "main", "StorageService.java:1063", "Loading persisted ring state")
        const("INFO", "main", "StorageService.java:1151", "Starting up server gossip")
        for p in peers:
            emit(
                "INFO",
                "Messaging-EventLoop-3-1",
                "InboundConnectionInitiator.java:529",
                "%s(%s)->%s-%s messaging connection established, version = %d, framing = %s, encryption = %s",
                f"/{p}:7000(/{p}:{r.randrange(32768, 61000)})->/{me}:7000-URGENT_MESSAGES-{hexid(r, 8)} messaging connection established, version = 12, framing = CRC, encryption = unencrypted",
            )
        emit(
            "INFO",
            "main",
            "StorageService.java:2922",
            "Node %s state jump to %s",
            f"Node /{me}:7000 state jump to NORMAL",
        )
        const("INFO", "main", "Gossiper.java:2223", "Waiting for gossip to settle...")
        log.tick(r, 8, 12)
        emit(
            "INFO",
            "main",
            "Gossiper.java:2254",
            "No gossip backlog; proceeding",
            "No gossip backlog; proceeding",
        )
        emit(
            "INFO",
            "main",
            "NativeTransportService.java:67",
            "Netty using native Epoll event loop",
            "Netty using native Epoll event loop",
        )
        emit(
            "INFO",
            "main",
            "PipelineConfigurator.java:125",
            "Using Netty Version: %s",
            "Using Netty Version: [netty-buffer=netty-buffer-4.1.96.Final.2d83b4d]",
        )
        emit(
            "INFO",
            "main",
            "PipelineConfigurator.java:126",
            "Starting listening for CQL clients on %s (%s)...",
            "Starting listening for CQL clients on /10.0.4.11:9042 (unencrypted)...",
        )
        emit("INFO", "main", "CassandraDaemon.java:778", "Startup complete", "Startup complete")

    def flush() -> None:
        ks, tb = r.choice(CASS_TABLES[:5])
        thread = (
            "NativePoolCleaner" if r.random() < 0.7 else f"MemtableFlushWriter:{r.randrange(1, 4)}"
        )
        emit(
            "INFO",
            thread,
            "ColumnFamilyStore.java:1016",
            "Enqueuing flush of %s.%s, Reason: %s, Usage: %s",
            f"Enqueuing flush of {ks}.{tb}, Reason: {r.choice(['MEMTABLE_LIMIT', 'MEMTABLE_LIMIT', 'COMMITLOG_DIRTY'])}, Usage: {mib(1, 200)} ({r.randrange(0, 9)}%) on-heap, 0.000KiB (0%) off-heap",
        )
        log.tick(r, 0.1, 2)
        emit(
            "INFO",
            f"PerDiskMemtableFlushWriter_0:{r.randrange(1, 90)}",
            "Flushing.java:145",
            "Writing %s, flushed range = [%s, %s)",
            f"Writing Memtable-{tb}@{r.randrange(10**8, 10**10)}({mib(1, 200)} serialized bytes, {r.randrange(100, 90000)} ops, {r.randrange(0, 9)}%/0% of on/off-heap limit), flushed range = [null, null)",
        )
        emit(
            "INFO",
            f"PerDiskMemtableFlushWriter_0:{r.randrange(1, 90)}",
            "Flushing.java:174",
            "Completed flushing %s (%s) for commitlog position %s",
            f"Completed flushing {sst(ks, tb)}-Data.db ({mib(0.5, 60)}) for commitlog position CommitLogPosition(segmentId={1710138302118 + r.randrange(10**6)}, position={r.randrange(10**6, 3 * 10**7)})",
        )

    def compaction() -> None:
        ks, tb = r.choice(CASS_TABLES[:5])
        n = r.randrange(2, 6)
        cid = uuid1(r, log.t)
        thread = f"CompactionExecutor:{r.randrange(1, 16)}"
        inputs = "".join(f"{sst(ks, tb)}-Data.db:level=0, " for _ in range(n))
        emit(
            "INFO",
            thread,
            "CompactionTask.java:164",
            "Compacting (%s) %s",
            f"Compacting ({cid}) [{inputs}]",
        )
        log.tick(r, 0.5, 30)
        a = r.uniform(1, 400)
        b = a * r.uniform(0.6, 0.99)
        parts = r.randrange(1000, 200000)
        emit(
            "INFO",
            thread,
            "CompactionTask.java:258",
            "Compacted (%s) %d sstables to [%s] to level=%d.  %s to %s (~%d%% of original) in %,dms.  Read Throughput = %s, Write Throughput = %s, Row Throughput = ~%,d/s.  %,d total partitions merged to %,d.  Partition merge counts were {%s}. Time spent writing keys = %,dms",
            f"Compacted ({cid}) {n} sstables to [{sst(ks, tb)},] to level=0.  {a:.3f}MiB to {b:.3f}MiB (~{int(b / a * 100)}% of original) in {r.randrange(200, 30000):,}ms.  Read Throughput = {r.uniform(2, 90):.3f}MiB/s, Write Throughput = {r.uniform(2, 90):.3f}MiB/s, Row Throughput = ~{r.randrange(1000, 90000):,}/s.  {parts:,} total partitions merged to {int(parts * 0.95):,}.  Partition merge counts were {{1:{int(parts * 0.9):,}, 2:{int(parts * 0.05):,}, }}. Time spent writing keys = {r.randrange(100, 20000):,}ms",
        )

    def gc(long: bool = False) -> None:
        if long:
            ms = r.randrange(1001, 4200)
            emit(
                "WARN",
                "ScheduledTasks:1",
                "GCInspector.java:292",
                "%s GC in %sms.  %s",
                f"G1 Old Generation GC in {ms}ms.  G1 Old Gen: {r.randrange(4, 8) * 1073741824} -> {r.randrange(1, 4) * 1073741824}; G1 Survivor Space: 67108864 -> 0;",
            )
            status()
        else:
            ms = r.randrange(201, 900)
            emit(
                "INFO",
                "ScheduledTasks:1",
                "GCInspector.java:294",
                "%s GC in %sms.  %s",
                f"G1 Young Generation GC in {ms}ms.  G1 Eden Space: {r.randrange(300, 1200) * 1048576} -> 0; G1 Old Gen: {r.randrange(1000, 4000) * 1048576} -> {r.randrange(1000, 4000) * 1048576}; G1 Survivor Space: {r.randrange(16, 80) * 1048576} -> {r.randrange(16, 80) * 1048576};",
            )

    def status() -> None:
        w = "StatusLogger.java:65"
        emit(
            "INFO",
            "ScheduledTasks:1",
            w,
            "Pool Name%sActive%sPending%sCompleted%sBlocked%sAll Time Blocked",
            f"{'Pool Name':<28}{'Active':>10}{'Pending':>10}{'Completed':>15}{'Blocked':>10}{'All Time Blocked':>18}",
        )
        for pool in CASS_POOLS:
            active = r.choice([0, 0, 0, 1, 2])
            emit(
                "INFO",
                "ScheduledTasks:1",
                "StatusLogger.java:69",
                "%-28s%10s%10s%15s%10s%18s",
                f"{pool:<28}{active:>10}{r.choice([0, 0, r.randrange(0, 300)]):>10}{r.randrange(0, 10**7):>15}{0:>10}{r.choice([0, 0, r.randrange(0, 90)]):>18}",
            )
        emit(
            "INFO",
            "ScheduledTasks:1",
            "StatusLogger.java:80",
            "CompactionManager%10s%10s",
            f"{'CompactionManager':<25}{r.randrange(0, 4):>10}{r.randrange(0, 30):>10}",
        )
        emit(
            "INFO",
            "ScheduledTasks:1",
            "StatusLogger.java:92",
            "MessagingService%10s%10s",
            f"{'MessagingService':<25}{'n/a':>10}{f'{r.randrange(0, 9)}/{r.randrange(0, 9)}':>10}",
        )
        emit(
            "INFO",
            "ScheduledTasks:1",
            "StatusLogger.java:102",
            "Cache Type%sSize%sCapacity%sKeysToSave",
            f"{'Cache Type':<25}{'Size':>20}{'Capacity':>20}{'KeysToSave':>25}",
        )
        for cache in ("KeyCache", "RowCache", "CounterCache"):
            emit(
                "INFO",
                "ScheduledTasks:1",
                "StatusLogger.java:108",
                "%-25s%20s%20s%25s",
                f"{cache:<25}{r.randrange(0, 10**8):>20}{104857600:>20}{'all':>25}",
            )

    def dropped() -> None:
        verb = r.choice(["MUTATION_REQ", "MUTATION_REQ", "READ_REQ", "HINT_REQ", "RANGE_REQ"])
        emit(
            "INFO",
            "ScheduledTasks:1",
            "MessagingMetrics.java:206",
            "%s messages were dropped in last %d ms: %d internal and %d cross node. Mean internal dropped latency: %d ms and Mean cross-node dropped latency: %d ms",
            f"{verb} messages were dropped in last 5000 ms: {r.randrange(0, 40)} internal and {r.randrange(0, 400)} cross node. Mean internal dropped latency: {r.randrange(0, 9000)} ms and Mean cross-node dropped latency: {r.randrange(0, 9000)} ms",
        )

    def slow() -> None:
        emit(
            "INFO",
            "ScheduledTasks:1",
            "NoSpamLogger.java:105",
            "Some operations were slow, details available at debug level (debug.log)",
            "Some operations were slow, details available at debug level (debug.log)",
        )

    def tombstones() -> None:
        user = f"user-{r.randrange(1000, 99999)}"
        emit(
            "WARN",
            f"ReadStage-{r.randrange(1, 9)}",
            "ReadCommand.java:578",
            "Read %d live rows and %d tombstone cells for query %s; token %s (see tombstone_warn_threshold)",
            f"Read {r.randrange(0, 500)} live rows and {r.randrange(1001, 90000)} tombstone cells for query SELECT * FROM shop.events_by_user WHERE user_id = '{user}' LIMIT 5000 ALLOW FILTERING; token {r.randrange(-(2**63), 2**63)} (see tombstone_warn_threshold)",
        )

    def batch() -> None:
        ks, tb = r.choice(CASS_TABLES[:4])
        emit(
            "WARN",
            f"Native-Transport-Requests-{r.randrange(1, 32)}",
            "NoSpamLogger.java:108",
            "Unlogged batch covering %d partitions detected against %s %s. You should use a logged batch for atomicity, or asynchronous writes for performance.",
            f"Unlogged batch covering {r.randrange(6, 80)} partitions detected against table [{ks}.{tb}]. You should use a logged batch for atomicity, or asynchronous writes for performance.",
        )

    def large_partition() -> None:
        user = f"user-{r.randrange(1000, 99999)}"
        emit(
            "WARN",
            f"CompactionExecutor:{r.randrange(1, 16)}",
            "BigTableWriter.java:274",
            "Writing large partition %s/%s:%s (%s) to sstable %s",
            f"Writing large partition shop/events_by_user:{user} ({mib(100, 900)}) to sstable {sst('shop', 'events_by_user')}-Data.db",
        )

    def peer_down() -> None:
        p = r.choice(peers)
        emit(
            "INFO",
            "GossipStage:1",
            "Gossiper.java:1386",
            "InetAddress %s is now DOWN",
            f"InetAddress /{p}:7000 is now DOWN",
        )
        for kind in ("SMALL_MESSAGES", "LARGE_MESSAGES", "URGENT_MESSAGES"):
            emit(
                "INFO",
                f"Messaging-EventLoop-3-{r.randrange(1, 5)}",
                "OutboundConnection.java:1153",
                "%s channel closed by provider",
                f"/{me}:7000->/{p}:7000-{kind}-{hexid(r, 8)} channel closed by provider",
            )
        for _ in range(r.randrange(2, 8)):
            log.tick(r, 5, 40)
            emit(
                "INFO",
                f"Messaging-EventLoop-3-{r.randrange(1, 5)}",
                "NoSpamLogger.java:105",
                "%s failed to connect",
                f"/{me}:7000->/{p}:7000-URGENT_MESSAGES-[no-channel] failed to connect",
            )
            if r.random() < 0.5:
                dropped()
        emit(
            "INFO",
            "GossipStage:1",
            "Gossiper.java:1370",
            "Node %s has restarted, now UP",
            f"Node /{p}:7000 has restarted, now UP",
        )
        emit(
            "INFO",
            "GossipStage:1",
            "StorageService.java:2922",
            "Node %s state jump to %s",
            f"Node /{p}:7000 state jump to NORMAL",
        )
        emit(
            "INFO",
            "GossipStage:1",
            "Gossiper.java:1333",
            "InetAddress %s is now UP",
            f"InetAddress /{p}:7000 is now UP",
        )
        emit(
            "INFO",
            "GossipStage:1",
            "TokenMetadata.java:539",
            "Updating topology for %s",
            f"Updating topology for /{p}:7000",
        )
        log.tick(r, 5, 15)
        files = r.randrange(1, 4)
        for _n in range(files):
            name = f"{host_ids[p]}-{1710138000000 + r.randrange(10**7)}-2.hints"
            emit(
                "INFO",
                f"HintsDispatcher:{r.randrange(1, 9)}",
                "HintsDispatchExecutor.java:296",
                "Finished hinted handoff of file %s to endpoint %s: %s",
                f"Finished hinted handoff of file {name} to endpoint /{p}:7000: {host_ids[p]}",
            )
            emit(
                "INFO",
                f"HintsDispatcher:{r.randrange(1, 9)}",
                "HintsStore.java:133",
                "Deleted hint file %s",
                f"Deleted hint file {name}",
            )

    def exception() -> None:
        roll = r.random()
        if roll < 0.5:
            thread = f"Native-Transport-Requests-{r.randrange(1, 32)}"
            emit(
                "ERROR",
                thread,
                "ErrorMessage.java:457",
                "Unexpected exception during request",
                "Unexpected exception during request",
                [
                    "java.lang.IllegalStateException: Request is too large: 268435457 > 268435456",
                    "\tat org.apache.cassandra.transport.CQLMessageHandler.processOneContainedMessage(CQLMessageHandler.java:213)",
                    "\tat org.apache.cassandra.net.AbstractMessageHandler.process(AbstractMessageHandler.java:217)",
                    "\tat org.apache.cassandra.net.FrameDecoder.deliver(FrameDecoder.java:321)",
                    "\tat io.netty.channel.AbstractChannelHandlerContext.invokeChannelRead(AbstractChannelHandlerContext.java:444)",
                    "\tat java.base/java.lang.Thread.run(Thread.java:829)",
                ],
            )
        elif roll < 0.8:
            thread = f"ReadStage-{r.randrange(1, 9)}"
            emit(
                "ERROR",
                thread,
                "JVMStabilityInspector.java:68",
                "Exception in thread %s",
                f"Exception in thread Thread[{thread},5,SharedPool]",
                [
                    "org.apache.cassandra.db.filter.TombstoneOverwhelmingException: null",
                    "\tat org.apache.cassandra.db.ReadCommand$1MetricRecording.onRow(ReadCommand.java:593)",
                    "\tat org.apache.cassandra.db.transform.BaseRows.applyOne(BaseRows.java:97)",
                    "\tat org.apache.cassandra.db.ReadCommand.executeLocally(ReadCommand.java:445)",
                    "\tat org.apache.cassandra.concurrent.SEPWorker.run(SEPWorker.java:120)",
                    "\tat java.base/java.lang.Thread.run(Thread.java:829)",
                ],
            )
        else:
            thread = f"CompactionExecutor:{r.randrange(1, 16)}"
            emit(
                "ERROR",
                thread,
                "CassandraDaemon.java:581",
                "Exception in thread %s",
                f"Exception in thread Thread[{thread},1,main]",
                [
                    f"org.apache.cassandra.io.FSWriteError: java.nio.file.FileSystemException: {sst('shop', 'orders')}-Index.db: No space left on device",
                    "\tat org.apache.cassandra.io.util.SequentialWriter.flushData(SequentialWriter.java:247)",
                    "\tat org.apache.cassandra.io.sstable.format.big.BigTableWriter.append(BigTableWriter.java:198)",
                    "\tat org.apache.cassandra.db.compaction.CompactionTask.runMayThrow(CompactionTask.java:219)",
                    "Caused by: java.nio.file.FileSystemException: No space left on device",
                    "\tat java.base/sun.nio.ch.FileDispatcherImpl.write0(Native Method)",
                    "\t... 12 common frames omitted",
                ],
            )

    startup()
    n = 0
    while len(log.lines) < 2300:
        log.tick(r, 0.5, 45)
        n += 1
        roll = r.random()
        if roll < 0.3:
            flush()
        elif roll < 0.48:
            compaction()
        elif roll < 0.7:
            gc()
        elif roll < 0.73:
            gc(long=True)
        elif roll < 0.78:
            dropped()
        elif roll < 0.84:
            slow()
        elif roll < 0.88:
            tombstones()
        elif roll < 0.92:
            batch()
        elif roll < 0.94:
            large_partition()
        elif roll < 0.965:
            peer_down()
        elif roll < 0.98:
            exception()
        else:
            emit(
                "INFO",
                "IndexSummaryManager:1",
                "IndexSummaryRedistribution.java:78",
                "Redistributing index summaries",
                "Redistributing index summaries",
            )
    return [log]


# --------------------------------------------------------------------------------- haproxy

HA_PATHS = [
    ("GET", "/api/v1/orders?page={n}", "/api/v1/orders?page=%d"),
    ("GET", "/api/v1/orders/{id}", "/api/v1/orders/%d"),
    ("POST", "/api/v1/orders", "/api/v1/orders"),
    ("GET", "/api/v1/products?category={w}", "/api/v1/products?category=%s"),
    ("GET", "/static/js/app.{h}.js", "/static/js/app.%s.js"),
    ("GET", "/healthz", "/healthz"),
    ("PUT", "/api/v1/carts/{id}", "/api/v1/carts/%d"),
    ("GET", "/", "/"),
    ("POST", "/api/v1/login", "/api/v1/login"),
]
HA_CLIENTS = (
    [f"203.0.113.{n}" for n in (4, 17, 22, 58, 91)]
    + [f"198.51.100.{n}" for n in (3, 8, 140)]
    + [f"10.0.9.{n}" for n in (12, 13)]
)


def haproxy(r: random.Random) -> list[Log]:
    """HAProxy 2.8 on Debian through rsyslog (`/var/log/haproxy.log`, two load balancers): its
    own messages (proxies starting and stopping on reloads, health checks failing and
    succeeding, servers going DOWN and UP with the check's reason, `backend %s has no server
    available!`, DNS-resolved server addresses changing) among the HTTP log of `option httplog`
    frontends, the TCP log of a `mode tcp` one and the connection errors (`SSL handshake
    failure`)."""
    start = datetime(2024, 3, 11, 6, 25, 2, tzinfo=UTC)
    hosts = ["lb1", "lb2"]
    logs = [Log(f"haproxy-{h}.log", start) for h in hosts]
    pids = [r.randrange(1000, 9000), r.randrange(1000, 9000)]
    backends = {
        "be_app": ["web1", "web2", "web3"],
        "be_static": ["static1", "static2"],
        "be_pg": ["pg1", "pg2"],
    }
    up = [{(b, s): True for b, ss in backends.items() for s in ss} for _ in hosts]
    k8s_ip = {f"srv{n}": f"10.244.{r.randrange(1, 4)}.{r.randrange(2, 250)}" for n in (1, 2, 3)}

    def emit(i: int, tid: str, msg: str) -> None:
        logs[i].add(f"{syslog_ts(logs[i].t)} {hosts[i]} haproxy[{pids[i]}]: {msg}", tid)

    def counts(i: int, b: str) -> tuple[int, int]:
        return sum(1 for s in backends[b] if up[i][(b, s)]), 0

    def http(i: int) -> None:
        method, path, route = r.choice(HA_PATHS)
        path = path.format(
            n=r.randrange(1, 40),
            id=r.randrange(1000, 99999),
            w=r.choice(["shoes", "books", "garden"]),
            h=hexid(r, 8),
        )
        static = path.startswith("/static")
        be = "be_static" if static else "be_app"
        live = [s for s in backends[be] if up[i][(be, s)]]
        t = logs[i].t - timedelta(milliseconds=r.randrange(1, 900))
        client = f"{r.choice(HA_CLIENTS)}:{r.randrange(1024, 65535)}"
        ts = f"{t:%d/%b/%Y:%H:%M:%S}.{t.microsecond // 1000:03d}"
        fe = r.choice(["fe_https~", "fe_https~", "fe_http"])
        ac = r.randrange(1, 80)
        if not live:
            tr = f"{r.randrange(0, 5)}/-1/-1/-1/{r.randrange(0, 5)}"
            msg = f'{client} [{ts}] {fe} {be}/<NOSRV> {tr} 503 217 - - SC-- {ac}/{ac}/0/0/0 0/0 "{method} {path} HTTP/1.1"'
            status, term = "503", "SC--"
        else:
            srv = r.choice(live)
            tq, tw, tc = r.randrange(0, 3), 0, r.randrange(0, 3)
            trr = r.randrange(1, 40) if static else r.randrange(3, 900)
            status = pick(
                r,
                [
                    (80, "200"),
                    (6, "304"),
                    (4, "404"),
                    (3, "201"),
                    (2, "302"),
                    (1.5, "500"),
                    (1, "502"),
                    (0.5, "401"),
                ],
            )
            term = "----" if status != "502" else "SH--"
            size = r.randrange(120, 90000)
            msg = f'{client} [{ts}] {fe} {be}/{srv} {tq}/{tw}/{tc}/{trr}/{tq + tw + tc + trr} {status} {size} - - {term} {ac}/{ac}/{r.randrange(0, ac)}/{r.randrange(0, 12)}/0 0/0 "{method} {path} HTTP/1.1"'
        # A traffic record is labelled as errctl groups access records by design
        # (docs/fingerprints.md): its route, status, termination state and backend.
        emit(i, f"{method} {route} HTTP/1.1 {status} {term} via {be}", msg)

    def tcp(i: int) -> None:
        live = [s for s in backends["be_pg"] if up[i][("be_pg", s)]]
        t = logs[i].t - timedelta(seconds=r.uniform(1, 600))
        client = f"10.0.{r.choice([2, 6])}.{r.randrange(10, 80)}:{r.randrange(32768, 61000)}"
        ts = f"{t:%d/%b/%Y:%H:%M:%S}.{t.microsecond // 1000:03d}"
        srv = r.choice(live) if live else "<NOSRV>"
        term = r.choice(["--", "--", "--", "cD", "sD", "CD"])
        msg = f"{client} [{ts}] fe_pg be_pg/{srv} {r.randrange(0, 3)}/{r.randrange(0, 3)}/{r.randrange(1000, 900000)} {r.randrange(300, 10**7)} {term} {r.randrange(1, 40)}/{r.randrange(1, 20)}/{r.randrange(1, 20)}/{r.randrange(1, 20)}/0 0/0"
        emit(i, f"fe_pg -> be_pg/%s {term}", msg)

    def ssl_fail(i: int) -> None:
        t = logs[i].t
        client = f"{r.choice([*HA_CLIENTS, '45.148.10.' + str(r.randrange(2, 250))])}:{r.randrange(1024, 65535)}"
        ts = f"{t:%d/%b/%Y:%H:%M:%S}.{t.microsecond // 1000:03d}"
        why = pick(
            r,
            [
                (5, "SSL handshake failure"),
                (2, "Connection closed during SSL handshake"),
                (1, "Timeout during SSL handshake"),
            ],
        )
        emit(i, f"%ci:%cp [%tr] %ft/%fc: {why}", f"{client} [{ts}] fe_https/1: {why}")

    def check_fail(i: int, b: str, s: str, final: bool) -> None:
        kind = r.random()
        if b == "be_pg":
            reason, info, dur = "Layer4 connection problem", ', info: "Connection refused"', 0
        elif kind < 0.5:
            code = r.choice(["500", "503", "502"])
            text = {
                "500": "Internal Server Error",
                "503": "Service Unavailable",
                "502": "Bad Gateway",
            }[code]
            reason, info, dur = (
                "Layer7 wrong status",
                f', code: {code}, info: "{text}"',
                r.randrange(1, 30),
            )
        elif kind < 0.8:
            reason, info, dur = "Layer4 timeout", "", 2001 + r.randrange(0, 3)
        else:
            reason, info, dur = "Layer4 connection problem", ', info: "Connection refused"', 0
        if not final:
            rise = r.randrange(1, 3)
            emit(
                i,
                "Health check for server %s/%s failed, reason: %s[, code: %d][, info: %s], check duration: %ldms, status: %d/%d %s.",
                f"Health check for server {b}/{s} failed, reason: {reason}{info}, check duration: {dur}ms, status: {rise}/3 UP.",
            )
            return
        up[i][(b, s)] = False
        left, backup = counts(i, b)
        emit(
            i,
            "Server %s/%s is DOWN, reason: %s[, code: %d][, info: %s], check duration: %ldms. %d active and %d backup servers left. %d sessions active, %d requeued, %d remaining in queue.",
            f"Server {b}/{s} is DOWN, reason: {reason}{info}, check duration: {dur}ms. {left} active and {backup} backup servers left. {r.randrange(0, 30)} sessions active, 0 requeued, 0 remaining in queue.",
        )
        if left == 0:
            emit(i, "backend %s has no server available!", f"backend {b} has no server available!")

    def check_ok(i: int, b: str, s: str) -> None:
        dur = r.randrange(0, 12)
        if b == "be_pg":
            text = "reason: Layer4 check passed"
        else:
            text = "reason: Layer7 check passed, code: 200"
        up[i][(b, s)] = True
        online, backup = counts(i, b)
        emit(
            i,
            "Server %s/%s is UP, reason: %s[, code: %d], check duration: %ldms. %d active and %d backup servers online. %d sessions requeued, %d total in queue.",
            f"Server {b}/{s} is UP, {text}, check duration: {dur}ms. {online} active and {backup} backup servers online. 0 sessions requeued, 0 total in queue.",
        )

    def reload(i: int) -> None:
        proxies = [
            "fe_http",
            "fe_https",
            "fe_pg",
            "be_app",
            "be_static",
            "be_pg",
            "be_k8s",
            "stats",
        ]
        for p in proxies:
            if p.startswith("fe") or p == "stats":
                emit(i, "Stopping frontend %s in %d ms.", f"Stopping frontend {p} in 0 ms.")
            else:
                emit(i, "Stopping backend %s in %d ms.", f"Stopping backend {p} in 0 ms.")
        old = pids[i]
        pids[i] = r.randrange(1000, 30000)
        for p in proxies:
            logs[i].t += timedelta(milliseconds=r.randrange(0, 200))
            pid_save = pids[i]
            pids[i] = old
            emit(
                i,
                "Proxy %s stopped (cumulated conns: FE: %lld, BE: %lld).",
                f"Proxy {p} stopped (cumulated conns: FE: {r.randrange(0, 90000) if not p.startswith('be') else 0}, BE: {r.randrange(0, 90000) if not p.startswith('fe') else 0}).",
            )
            pids[i] = pid_save
        for p in proxies:
            emit(i, "Proxy %s started.", f"Proxy {p} started.")

    def dns_change(i: int) -> None:
        srv = r.choice(sorted(k8s_ip))
        new = f"10.244.{r.randrange(1, 4)}.{r.randrange(2, 250)}"
        emit(
            i,
            "%s/%s changed its IP from %s to %s by %s.",
            f"be_k8s/{srv} changed its IP from {k8s_ip[srv]} to {new} by DNS cache.",
        )
        k8s_ip[srv] = new

    for i in range(2):
        for p in [
            "fe_http",
            "fe_https",
            "fe_pg",
            "be_app",
            "be_static",
            "be_pg",
            "be_k8s",
            "stats",
        ]:
            emit(i, "Proxy %s started.", f"Proxy {p} started.")
    failing: list[tuple[int, str, str, int]] = []
    reloaded = False
    while min(len(x.lines) for x in logs) < 1150:
        i = r.randrange(2)
        logs[i].tick(r, 0.05, 6)
        other = logs[1 - i]
        if other.t < logs[i].t - timedelta(seconds=120):
            other.t = logs[i].t - timedelta(seconds=r.uniform(0, 10))
        roll = r.random()
        if failing and r.random() < 0.25:
            j, b, s, step = failing.pop(0)
            if j == i:
                if up[i][(b, s)]:
                    if step < 1:
                        check_fail(i, b, s, False)
                        failing.append((i, b, s, step + 1))
                    else:
                        check_fail(i, b, s, True)
                        failing.append((i, b, s, 2))
                else:
                    if r.random() < 0.6:
                        check_ok(i, b, s)
                    else:
                        failing.append((i, b, s, step))
            else:
                failing.append((j, b, s, step))
            continue
        if roll < 0.72:
            http(i)
        elif roll < 0.8:
            tcp(i)
        elif roll < 0.87:
            ssl_fail(i)
        elif roll < 0.91:
            b = r.choice(["be_app", "be_app", "be_static", "be_pg"])
            s = r.choice(backends[b])
            if up[i][(b, s)] and not any(f[1:3] == (b, s) and f[0] == i for f in failing):
                failing.append((i, b, s, 0))
        elif roll < 0.93:
            b = r.choice(["be_app", "be_static"])
            s = r.choice(backends[b])
            if up[i][(b, s)]:
                check_fail(i, b, s, False)
                emit(
                    i,
                    "Health check for server %s/%s succeeded, reason: %s[, code: %d][, info: %s], check duration: %ldms, status: %d/%d %s.",
                    f"Health check for server {b}/{s} succeeded, reason: Layer7 check passed, code: 200, check duration: {r.randrange(0, 9)}ms, status: 3/3 UP.",
                )
        elif roll < 0.95:
            dns_change(i)
        elif roll < 0.96 and not reloaded and len(logs[i].lines) > 600:
            reloaded = True
            reload(i)
        else:
            http(i)
    return logs


# --------------------------------------------------------------------------------- coredns

CORE_EXT = [
    "api.github.com.",
    "www.google.com.",
    "registry-1.docker.io.",
    "auth.docker.io.",
    "pypi.org.",
    "s3.eu-central-1.amazonaws.com.",
    "hooks.slack.com.",
    "api.stripe.com.",
    "sentry.io.",
]
CORE_SVC = [
    "orders",
    "billing",
    "postgres",
    "redis-master",
    "kafka-0.kafka-headless",
    "search",
    "notifier",
]
CORE_NS = ["shop", "shop", "data", "monitoring", "default"]


def coredns(r: random.Random) -> list[Log]:
    """CoreDNS 1.11 in Kubernetes, read from the node's container logs (CRI: `time stdout F
    line`) of two replicas: the startup banner printed without a level (`.:53`,
    `CoreDNS-1.11.1`), the `log` plugin's query lines (`{remote}:{port} - {>id} "{type}
    {class} {name} {proto} {size} {>do} {>bufsize}" {rcode} {>rflags} {rsize} {duration}`;
    one format, whatever the rcode and flags), search-path NXDOMAINs, upstream errors through
    `plugin/errors`, the API server going away (`plugin/kubernetes` reflector messages), reloads
    and the health plugin's lameduck on shutdown."""
    start = datetime(2024, 3, 11, 6, 25, 2, 118421, tzinfo=UTC)
    pods = ["coredns-5d78c9869d-4xk2p", "coredns-5d78c9869d-q8wzt"]
    logs = [Log(f"{p}.log", start) for p in pods]
    pod_ip = ["10.244.0.3", "10.244.1.4"]
    clients = [f"10.244.{r.randrange(0, 3)}.{r.randrange(2, 250)}" for _ in range(14)]
    upstream = ["10.0.0.2:53", "1.1.1.1:53"]
    sha = [hexid(r, 128)]

    def emit(i: int, tid: str | None, msg: str) -> None:
        logs[i].t += timedelta(microseconds=r.randrange(3, 400))  # the runtime's clock moves on
        t = logs[i].t
        logs[i].add(
            f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond * 1000 + r.randrange(1000):09d}Z stdout F {msg}",
            tid,
        )

    def boot(i: int) -> None:
        emit(i, "%s:%s", ".:53")
        emit(
            i,
            "plugin/reload: Running configuration SHA512 = %x",
            f"[INFO] plugin/reload: Running configuration SHA512 = {sha[0]}",
        )
        emit(i, "%s-%s", "CoreDNS-1.11.1")
        emit(i, "%s/%s, %s, %s", "linux/amd64, go1.20.7, ae2bbc2")

    def query(i: int) -> None:
        client = f"{r.choice(clients)}:{r.randrange(32768, 61000)}"
        qid = r.randrange(1, 65536)
        roll = r.random()
        proto = "udp" if r.random() < 0.93 else "tcp"
        if roll < 0.55:
            svc = r.choice(CORE_SVC)
            ns = r.choice(CORE_NS)
            suffix = r.choice([f"{ns}.svc.cluster.local.", "svc.cluster.local.", "cluster.local."])
            name = f"{r.choice([*CORE_EXT, svc + '.' + ns])}.{suffix}"
            qtype = r.choice(["A", "AAAA"])
            rcode, flags, rsize = "NXDOMAIN", "qr,aa,rd", 140 + r.randrange(0, 40)
        elif roll < 0.8:
            svc, ns = r.choice(CORE_SVC), r.choice(CORE_NS)
            name = f"{svc}.{ns}.svc.cluster.local."
            qtype = r.choice(["A", "A", "AAAA", "SRV"])
            rcode, flags, rsize = "NOERROR", "qr,aa,rd", r.randrange(90, 260)
        elif roll < 0.96:
            name = r.choice(CORE_EXT)
            qtype = r.choice(["A", "A", "AAAA", "HTTPS"])
            rcode, flags, rsize = "NOERROR", "qr,rd,ra", r.randrange(60, 500)
        else:
            name = r.choice(CORE_EXT)
            qtype = "A"
            rcode, flags, rsize = "SERVFAIL", "qr,rd", len(name) + 17
        size = len(name) + r.choice([17, 28, 40])
        dur = r.uniform(0.00002, 0.0009) if flags == "qr,aa,rd" else r.uniform(0.001, 0.09)
        emit(
            i,
            '%s:%s - %d "%s %s %s %s %d %t %d" %s %s %d %s',
            f'[INFO] {client} - {qid} "{qtype} IN {name} {proto} {size} false {r.choice([512, 1232, 4096])}" {rcode} {flags} {rsize} {dur:.9f}s'.replace(
                f"{dur:.9f}s", f"{dur:.9f}".rstrip("0") + "s"
            ),
        )
        if rcode == "SERVFAIL":
            up = r.choice(upstream)
            src = f"{pod_ip[i]}:{r.randrange(32768, 61000)}"
            kind = r.random()
            if kind < 0.7:
                emit(
                    i,
                    "plugin/errors: %d %s %s: read udp %s->%s: i/o timeout",
                    f"[ERROR] plugin/errors: 2 {name} {qtype}: read udp {src}->{up}: i/o timeout",
                )
            else:
                emit(
                    i,
                    "plugin/errors: %d %s %s: dial udp %s: connect: network is unreachable",
                    f"[ERROR] plugin/errors: 2 {name} {qtype}: dial udp {up}: connect: network is unreachable",
                )

    def hinfo(i: int) -> None:
        a, b = r.randrange(10**18, 10**19), r.randrange(10**18, 10**19)
        emit(
            i,
            '%s:%s - %d "%s %s %s %s %d %t %d" %s %s %d %s',
            f'[INFO] 127.0.0.1:{r.randrange(32768, 61000)} - {r.randrange(1, 65536)} "HINFO IN {a}.{b}. udp 57 false 512" NXDOMAIN qr,rd,ra 57 {r.uniform(0.0005, 0.03):.9f}'.rstrip(
                "0"
            )
            + "s",
        )

    def api_down(i: int) -> None:
        for _ in range(r.randrange(2, 5)):
            kind = r.choice(["Namespace", "Service", "EndpointSlice"])
            rv = r.randrange(10**6, 10**7)
            emit(
                i,
                "plugin/kubernetes: %s: failed to list %s: %s",
                f'[INFO] plugin/kubernetes: pkg/mod/k8s.io/client-go@v0.27.4/tools/cache/reflector.go:231: failed to list *v1.{kind}: Get "https://10.96.0.1:443/api/v1/{kind.lower()}s?resourceVersion={rv}": dial tcp 10.96.0.1:443: connect: connection refused',
            )
            emit(
                i,
                "plugin/kubernetes: %s: Failed to watch %s: failed to list %s: %s",
                f'[ERROR] plugin/kubernetes: pkg/mod/k8s.io/client-go@v0.27.4/tools/cache/reflector.go:231: Failed to watch *v1.{kind}: failed to list *v1.{kind}: Get "https://10.96.0.1:443/api/v1/{kind.lower()}s?resourceVersion={rv}": dial tcp 10.96.0.1:443: connect: connection refused',
            )
            logs[i].tick(r, 1, 15)
        for _ in range(r.randrange(0, 3)):
            emit(
                i,
                "plugin/ready: Still waiting on: %q",
                '[INFO] plugin/ready: Still waiting on: "kubernetes"',
            )
            logs[i].tick(r, 1, 5)

    def reload(i: int) -> None:
        emit(i, "Reloading", "[INFO] Reloading")
        sha[0] = hexid(r, 128)
        emit(
            i,
            "plugin/health: Going into lameduck mode for %s",
            "[INFO] plugin/health: Going into lameduck mode for 5s",
        )
        emit(
            i,
            "plugin/reload: Running configuration SHA512 = %x",
            f"[INFO] plugin/reload: Running configuration SHA512 = {sha[0]}",
        )
        emit(i, "Reloading complete", "[INFO] Reloading complete")

    def shutdown(i: int) -> None:
        emit(
            i,
            "SIGTERM: Shutting down servers then terminating",
            "[INFO] SIGTERM: Shutting down servers then terminating",
        )
        emit(
            i,
            "plugin/health: Going into lameduck mode for %s",
            "[INFO] plugin/health: Going into lameduck mode for 5s",
        )

    for i in range(2):
        emit(
            i,
            "No files matching import glob pattern: %s",
            "[WARNING] No files matching import glob pattern: custom/*.override",
        )
        emit(
            i,
            "No files matching import glob pattern: %s",
            "[WARNING] No files matching import glob pattern: custom/*.server",
        )
        boot(i)
    restarted = reloaded = False
    while min(len(x.lines) for x in logs) < 1150:
        i = r.randrange(2)
        logs[i].tick(r, 0.01, 4)
        other = logs[1 - i]
        if other.t < logs[i].t - timedelta(seconds=60):
            other.t = logs[i].t - timedelta(seconds=r.uniform(0, 5))
        roll = r.random()
        if roll < 0.9:
            query(i)
        elif roll < 0.95:
            hinfo(i)
        elif roll < 0.965:
            emit(
                i,
                "plugin/kubernetes: Kubernetes API connection failure: %s",
                '[WARNING] plugin/kubernetes: Kubernetes API connection failure: Get "https://10.96.0.1:443/version": dial tcp 10.96.0.1:443: i/o timeout',
            )
        elif roll < 0.975:
            api_down(i)
        elif roll < 0.98 and not reloaded and len(logs[i].lines) > 400:
            reloaded = True
            for j in range(2):
                reload(j)
        elif roll < 0.985 and not restarted and len(logs[1].lines) > 800:
            restarted = True
            shutdown(1)
            logs[1].tick(r, 20, 60)
            emit(
                1,
                "No files matching import glob pattern: %s",
                "[WARNING] No files matching import glob pattern: custom/*.override",
            )
            emit(
                1,
                "No files matching import glob pattern: %s",
                "[WARNING] No files matching import glob pattern: custom/*.server",
            )
            boot(1)
            api_down(1)
        else:
            query(i)
    return logs


# --------------------------------------------------------------------------------- airflow

AF_DAGS = {
    "etl_orders": [
        ("extract", "PythonOperator"),
        ("load_warehouse", "SQLExecuteQueryOperator"),
        ("dbt_run", "BashOperator"),
        ("notify", "PythonOperator"),
    ],
    "sync_crm": [
        ("wait_for_export", "S3KeySensor"),
        ("import_contacts", "PythonOperator"),
        ("dedupe", "SQLExecuteQueryOperator"),
    ],
    "ml_features": [("build_features", "PythonOperator"), ("train", "BashOperator")],
}
AF_HOSTS = [
    "airflow-worker-0.airflow-worker.airflow.svc.cluster.local",
    "airflow-worker-1.airflow-worker.airflow.svc.cluster.local",
]


def airflow(r: random.Random) -> list[Log]:
    """Airflow 2.8 task logs (one file per task try, as the file task handler writes them):
    `[yyyy-mm-ddThh:mm:ss.mmm+0000] {file.py:line} LEVEL - msg`. The task runner's own lines
    (dependencies met, the attempt, the `airflow tasks run` command, exported variables, the
    final state), the operators' lines (SQL, a Bash command's output logged line by line, a
    sensor poking), the DAG's own log calls, and failures with Python tracebacks (no label on
    their lines) followed by UP_FOR_RETRY or FAILED."""
    logs: list[Log] = []
    job = [r.randrange(3000, 9000)]
    pid = [r.randrange(1000, 90000)]
    t0 = datetime(2024, 3, 11, 6, 0, 0, tzinfo=UTC)

    def emit(
        log: Log, where: str, level: str, tid: str | None, msg: str, more: list[str] = ()
    ) -> None:
        t = log.t
        log.add(
            f"[{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond // 1000:03d}+0000] {{{where}}} {level} - {msg}",
            tid,
        )
        for line in more:
            log.add(line, None)

    def tick(log: Log, lo: float, hi: float) -> None:
        log.tick(r, lo, hi)

    def traceback(kind: str, host: str) -> tuple[str, str, list[str]]:
        head = [
            "Traceback (most recent call last):",
            '  File "/home/airflow/.local/lib/python3.11/site-packages/airflow/models/taskinstance.py", line 433, in _execute_task',
            "    result = execute_callable(context=context, **execute_callable_kwargs)",
            "             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
        ]
        if kind == "pg":
            tail = [
                '  File "/home/airflow/.local/lib/python3.11/site-packages/airflow/providers/common/sql/operators/sql.py", line 276, in execute',
                "    output = hook.run(",
                "             ^^^^^^^^^",
                '  File "/home/airflow/.local/lib/python3.11/site-packages/airflow/providers/postgres/hooks/postgres.py", line 158, in get_conn',
                "    self.conn = psycopg2.connect(**conn_args)",
                "                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
                '  File "/home/airflow/.local/lib/python3.11/site-packages/psycopg2/__init__.py", line 122, in connect',
                "    conn = _connect(dsn, connection_factory=connection_factory, **kwasync)",
                "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
                f'psycopg2.OperationalError: connection to server at "{host}" (10.0.3.20), port 5432 failed: timeout expired',
            ]
            summary = (
                f'connection to server at "{host}" (10.0.3.20), port 5432 failed: timeout expired'
            )
            form = 'connection to server at "%s" (%s), port %s failed: timeout expired'
        elif kind == "http":
            code = r.choice([500, 502, 503])
            tail = [
                '  File "/home/airflow/.local/lib/python3.11/site-packages/airflow/operators/python.py", line 199, in execute',
                "    return_value = self.execute_callable()",
                "                   ^^^^^^^^^^^^^^^^^^^^^^^",
                '  File "/opt/airflow/dags/etl_orders.py", line 58, in extract_orders',
                "    resp.raise_for_status()",
                '  File "/home/airflow/.local/lib/python3.11/site-packages/requests/models.py", line 1021, in raise_for_status',
                "    raise HTTPError(http_error_msg, response=self)",
                f"requests.exceptions.HTTPError: {code} Server Error: {'Service Unavailable' if code == 503 else 'Bad Gateway' if code == 502 else 'Internal Server Error'} for url: https://shop-api.internal/api/v1/orders?since=2024-03-11T05%3A00%3A00",
            ]
            summary = tail[-1].split(": ", 1)[1]
            form = "%s Server Error: %s for url: %s"
        elif kind == "key":
            col = r.choice(["email", "customer_id", "created_at"])
            tail = [
                '  File "/home/airflow/.local/lib/python3.11/site-packages/airflow/operators/python.py", line 199, in execute',
                "    return_value = self.execute_callable()",
                "                   ^^^^^^^^^^^^^^^^^^^^^^^",
                '  File "/opt/airflow/dags/sync_crm.py", line 41, in import_contacts',
                "    rows = [normalize(c) for c in payload['contacts']]",
                '  File "/opt/airflow/dags/sync_crm.py", line 23, in normalize',
                f"    return {{'id': c['id'], '{col}': c['{col}']}}",
                f"KeyError: '{col}'",
            ]
            summary = f"'{col}'"
            form = "%r"
        else:
            code = r.choice([1, 2, 137])
            tail = [
                '  File "/home/airflow/.local/lib/python3.11/site-packages/airflow/operators/bash.py", line 243, in execute',
                "    raise AirflowException(",
                f"airflow.exceptions.AirflowException: Bash command failed. The command returned a non-zero exit code {code}.",
            ]
            summary = f"Bash command failed. The command returned a non-zero exit code {code}."
            form = "Bash command failed. The command returned a non-zero exit code %s."
        # The exception's text is a message of its own: its format is the label's.
        return summary, form, head + tail

    def run_try(
        dag: str, task: str, op: str, run_t: datetime, attempt: int, start: datetime
    ) -> bool:
        run_id = f"scheduled__{run_t:%Y-%m-%dT%H:%M:%S}+00:00"
        log = Log(
            f"dag_id={dag}.run_id={run_id.replace(':', '')}.task_id={task}.attempt={attempt}.log",
            start,
        )
        logs.append(log)
        host = r.choice(AF_HOSTS)
        job[0] += r.randrange(1, 40)
        pid[0] += r.randrange(10, 900)
        ti = f"<TaskInstance: {dag}.{task} {run_id} [queued]>"
        for deps in ("non-requeueable", "requeueable"):
            emit(
                log,
                "taskinstance.py:1956",
                "INFO",
                "Dependencies all met for dep_context=%s ti=%s",
                f"Dependencies all met for dep_context={deps} deps ti={ti}",
            )
        emit(
            log,
            "taskinstance.py:2170",
            "INFO",
            "Starting attempt %s of %s",
            f"Starting attempt {attempt} of 3",
        )
        emit(
            log,
            "taskinstance.py:2191",
            "INFO",
            "Executing %s on %s",
            f"Executing <Task({op}): {task}> on {run_t:%Y-%m-%d %H:%M:%S}+00:00",
        )
        emit(
            log,
            "standard_task_runner.py:60",
            "INFO",
            "Started process %d to run task",
            f"Started process {pid[0]} to run task",
        )
        emit(
            log,
            "standard_task_runner.py:87",
            "INFO",
            "Running: %s",
            f"Running: ['airflow', 'tasks', 'run', '{dag}', '{task}', '{run_id}', '--job-id', '{job[0]}', '--raw', '--subdir', 'DAGS_FOLDER/{dag}.py', '--cfg-path', '/tmp/tmp{hexid(r, 8)}']",
        )
        emit(
            log,
            "standard_task_runner.py:88",
            "INFO",
            "Job %s: Subtask %s",
            f"Job {job[0]}: Subtask {task}",
        )
        tick(log, 0.2, 2)
        emit(
            log,
            "task_command.py:423",
            "INFO",
            "Running %s on host %s",
            f"Running <TaskInstance: {dag}.{task} {run_id} [running]> on host {host}",
        )
        emit(
            log,
            "taskinstance.py:2480",
            "INFO",
            "Exporting env vars: %s",
            f"Exporting env vars: AIRFLOW_CTX_DAG_OWNER='data-eng' AIRFLOW_CTX_DAG_ID='{dag}' AIRFLOW_CTX_TASK_ID='{task}' AIRFLOW_CTX_EXECUTION_DATE='{run_t:%Y-%m-%dT%H:%M:%S}+00:00' AIRFLOW_CTX_TRY_NUMBER='{attempt}' AIRFLOW_CTX_DAG_RUN_ID='{run_id}'",
        )
        fail_kind = None
        roll = r.random()
        result = "None"
        if op == "PythonOperator":
            if task == "extract":
                since = run_t - timedelta(hours=1)
                emit(
                    log,
                    "etl_orders.py:47",
                    "INFO",
                    "Fetching orders since %s (page size %d)",
                    f"Fetching orders since {since:%Y-%m-%d %H:%M:%S}+00:00 (page size 500)",
                )
                pages = r.randrange(1, 6)
                for p in range(1, pages + 1):
                    tick(log, 0.2, 3)
                    if roll < 0.12 and p == pages:
                        fail_kind = "http"
                        break
                    emit(
                        log,
                        "etl_orders.py:55",
                        "INFO",
                        "Fetched page %d: %d orders",
                        f"Fetched page {p}: {r.randrange(1, 500)} orders",
                    )
                    if r.random() < 0.15:
                        emit(
                            log,
                            "logging_mixin.py:188",
                            "WARNING",
                            "%s:%s: InsecureRequestWarning: Unverified HTTPS request is being made to host '%s'. Adding certificate verification is strongly advised. See: %s",
                            "/home/airflow/.local/lib/python3.11/site-packages/urllib3/connectionpool.py:1103: InsecureRequestWarning: Unverified HTTPS request is being made to host 'shop-api.internal'. Adding certificate verification is strongly advised. See: https://urllib3.readthedocs.io/en/latest/advanced-usage.html#tls-warnings",
                        )
                if not fail_kind:
                    key = f"raw/orders/{run_t:%Y/%m/%d/%H}/orders.parquet"
                    emit(
                        log,
                        "etl_orders.py:66",
                        "INFO",
                        "Wrote %d rows to s3://%s/%s",
                        f"Wrote {r.randrange(10, 2400)} rows to s3://acme-datalake/{key}",
                    )
                    result = f"'s3://acme-datalake/{key}'"
            elif task == "notify":
                emit(
                    log,
                    "base.py:83",
                    "INFO",
                    "Using connection ID '%s' for task execution.",
                    "Using connection ID 'slack_default' for task execution.",
                )
                emit(
                    log,
                    "logging_mixin.py:188",
                    "INFO",
                    "Posting summary for %s to %s",
                    f"Posting summary for {run_id} to #data-alerts",
                )
            elif task == "import_contacts":
                n = r.randrange(50, 5000)
                emit(
                    log,
                    "sync_crm.py:36",
                    "INFO",
                    "Loaded %d contacts from %s",
                    f"Loaded {n} contacts from s3://acme-crm-exports/contacts-{run_t:%Y%m%d%H}.json",
                )
                if roll < 0.15:
                    fail_kind = "key"
                else:
                    emit(
                        log,
                        "sync_crm.py:44",
                        "INFO",
                        "Upserted %d contacts (%d new, %d updated)",
                        f"Upserted {n} contacts ({r.randrange(0, n)} new, {r.randrange(0, n)} updated)",
                    )
                    result = str(n)
            else:
                emit(
                    log,
                    "ml_features.py:88",
                    "INFO",
                    "Building features for %d customers over %d days",
                    f"Building features for {r.randrange(1000, 90000)} customers over {r.choice([7, 30, 90])} days",
                )
                emit(
                    log,
                    "logging_mixin.py:188",
                    "WARNING",
                    "%s:%s: FutureWarning: DataFrame.fillna with 'method' is deprecated and will raise in a future version. Use obj.ffill() or obj.bfill() instead.",
                    "/opt/airflow/dags/ml_features.py:97: FutureWarning: DataFrame.fillna with 'method' is deprecated and will raise in a future version. Use obj.ffill() or obj.bfill() instead.",
                )
                tick(log, 10, 120)
                emit(
                    log,
                    "ml_features.py:112",
                    "INFO",
                    "Wrote feature table %s (%d rows, %d columns)",
                    f"Wrote feature table features.customer_daily_{run_t:%Y%m%d} ({r.randrange(1000, 90000)} rows, {r.randrange(20, 80)} columns)",
                )
        elif op == "SQLExecuteQueryOperator":
            sql = {
                "load_warehouse": f"INSERT INTO analytics.orders SELECT * FROM staging.orders WHERE loaded_at >= '{run_t:%Y-%m-%d %H:%M:%S}'",
                "dedupe": "DELETE FROM crm.contacts a USING crm.contacts b WHERE a.id < b.id AND a.email = b.email",
            }[task]
            emit(log, "sql.py:276", "INFO", "Executing: %s", f"Executing: {sql}")
            emit(
                log,
                "base.py:83",
                "INFO",
                "Using connection ID '%s' for task execution.",
                "Using connection ID 'warehouse' for task execution.",
            )
            if roll < 0.12:
                fail_kind = "pg"
            else:
                emit(
                    log,
                    "sql.py:457",
                    "INFO",
                    "Running statement: %s, parameters: %s",
                    f"Running statement: {sql}, parameters: None",
                )
                tick(log, 0.5, 40)
                emit(
                    log,
                    "sql.py:466",
                    "INFO",
                    "Rows affected: %s",
                    f"Rows affected: {r.randrange(0, 90000)}",
                )
        elif op == "BashOperator":
            cmd = {
                "dbt_run": "dbt run --profiles-dir /opt/dbt --select orders+",
                "train": "python /opt/ml/train.py --model churn --date " + f"{run_t:%Y-%m-%d}",
            }[task]
            emit(
                log,
                "subprocess.py:63",
                "INFO",
                "Tmp dir root location: %s",
                "Tmp dir root location: /tmp",
            )
            emit(
                log,
                "subprocess.py:75",
                "INFO",
                "Running command: %s",
                f"Running command: ['/usr/bin/bash', '-c', '{cmd}']",
            )
            emit(log, "subprocess.py:86", "INFO", "Output:", "Output:")
            code = 0
            if task == "dbt_run":

                def out(tid: str, line: str) -> None:
                    tick(log, 0.05, 3)
                    emit(log, "subprocess.py:93", "INFO", tid, f"{log.t:%H:%M:%S}  {line}")

                out("%s  Running with dbt=%s", "Running with dbt=1.7.4")
                out("%s  Registered adapter: %s", "Registered adapter: postgres=1.7.4")
                models = [
                    "stg_orders",
                    "stg_order_items",
                    "orders",
                    "order_items_enriched",
                    "daily_revenue",
                ]
                out(
                    "%s  Found %d models, %d tests, %d sources, %d exposures, %d metrics, %d macros, %d groups, %d semantic models",
                    "Found 23 models, 41 tests, 6 sources, 0 exposures, 0 metrics, 498 macros, 0 groups, 0 semantic models",
                )
                out(
                    "%s  Concurrency: %d threads (target='%s')",
                    "Concurrency: 4 threads (target='prod')",
                )
                failed = roll < 0.12
                for n, m in enumerate(models, 1):
                    out(
                        "%s  %d of %d START sql %s model %s %s [RUN]",
                        f"{n} of {len(models)} START sql {'incremental' if n % 2 else 'table'} model analytics.{m} {'.' * (40 - len(m))} [RUN]",
                    )
                for n, m in enumerate(models, 1):
                    if failed and n == 4:
                        out(
                            "%s  %d of %d ERROR creating sql %s model %s %s [ERROR in %ss]",
                            f"{n} of {len(models)} ERROR creating sql table model analytics.{m} {'.' * (29 - len(m))} [ERROR in {r.uniform(0.1, 9):.2f}s]",
                        )
                    else:
                        out(
                            "%s  %d of %d OK created sql %s model %s %s [%s in %ss]",
                            f"{n} of {len(models)} OK created sql {'incremental' if n % 2 else 'table'} model analytics.{m} {'.' * (30 - len(m))} [{'INSERT 0 ' + str(r.randrange(0, 90000)) if n % 2 else 'SELECT ' + str(r.randrange(0, 90000))} in {r.uniform(0.1, 60):.2f}s]",
                        )
                out(
                    "%s  Finished running %d %s in %d hours %d minutes and %.2f seconds (%.2fs).",
                    f"Finished running 3 incremental models, 2 table models in 0 hours 0 minutes and {r.uniform(5, 59):.2f} seconds ({r.uniform(5, 59):.2f}s).",
                )
                if failed:
                    out(
                        "%s  Completed with %d error and %d warnings:",
                        "Completed with 1 error and 0 warnings:",
                    )
                    out(
                        "%s    Database Error in model %s (%s)",
                        f"  Database Error in model {models[3]} (models/marts/{models[3]}.sql)",
                    )
                    out("%s    %s", '    relation "staging.order_items" does not exist')
                    out(
                        "%s  Done. PASS=%d WARN=%d ERROR=%d SKIP=%d TOTAL=%d",
                        f"Done. PASS={len(models) - 2} WARN=0 ERROR=1 SKIP=1 TOTAL={len(models)}",
                    )
                    code = 1
                else:
                    out("%s  Completed successfully", "Completed successfully")
                    out(
                        "%s  Done. PASS=%d WARN=%d ERROR=%d SKIP=%d TOTAL=%d",
                        f"Done. PASS={len(models)} WARN=0 ERROR=0 SKIP=0 TOTAL={len(models)}",
                    )
            else:
                for epoch in range(1, r.randrange(3, 8)):
                    tick(log, 5, 60)
                    emit(
                        log,
                        "subprocess.py:93",
                        "INFO",
                        "epoch %d/%d loss=%.4f val_auc=%.4f",
                        f"epoch {epoch}/10 loss={r.uniform(0.1, 0.7):.4f} val_auc={r.uniform(0.7, 0.93):.4f}",
                    )
                if roll < 0.1:
                    emit(log, "subprocess.py:93", "INFO", "Killed", "Killed")
                    code = 137
                else:
                    emit(
                        log,
                        "subprocess.py:93",
                        "INFO",
                        "saved model to %s",
                        f"saved model to s3://acme-ml/models/churn/{run_t:%Y%m%d}/model.pkl",
                    )
            emit(
                log,
                "subprocess.py:97",
                "INFO",
                "Command exited with return code %s",
                f"Command exited with return code {code}",
            )
            if code:
                fail_kind = "bash"
                _ = code
        else:  # sensor
            key = f"s3://acme-crm-exports/contacts-{run_t:%Y%m%d%H}.json"
            pokes = r.randrange(1, 9)
            for p in range(pokes):
                emit(log, "s3.py:106", "INFO", "Poking for key : %s", f"Poking for key : {key}")
                if p < pokes - 1:
                    tick(log, 60, 61)
            emit(
                log,
                "base.py:293",
                "INFO",
                "Success criteria met. Exiting.",
                "Success criteria met. Exiting.",
            )
        tick(log, 0.1, 1)
        end = log.t
        state = "SUCCESS"
        if fail_kind:
            if fail_kind == "bash":
                summary, form, tb = traceback("bash", "")
            else:
                summary, form, tb = traceback(fail_kind, "pg-warehouse.internal")
            if fail_kind == "bash":
                code_txt = summary.rsplit(" ", 1)[1].rstrip(".")
                _ = code_txt
            emit(
                log,
                "taskinstance.py:2698",
                "ERROR",
                "Task failed with exception",
                "Task failed with exception",
                tb,
            )
            state = "UP_FOR_RETRY" if attempt < 3 else "FAILED"
        else:
            emit(
                log,
                "python.py:201" if op == "PythonOperator" else "base.py:296",
                "INFO",
                "Done. Returned value was: %s",
                f"Done. Returned value was: {result}",
            ) if op == "PythonOperator" else None
        emit(
            log,
            "taskinstance.py:1138",
            "INFO",
            "Marking task as %s. dag_id=%s, task_id=%s, execution_date=%s, start_date=%s, end_date=%s",
            f"Marking task as {state}. dag_id={dag}, task_id={task}, execution_date={run_t:%Y%m%dT%H%M%S}, start_date={start:%Y%m%dT%H%M%S}, end_date={end:%Y%m%dT%H%M%S}",
        )
        if fail_kind:
            emit(
                log,
                "standard_task_runner.py:107",
                "ERROR",
                f"Failed to execute job %s for task %s ({form}; %r)",
                f"Failed to execute job {job[0]} for task {task} ({summary}; {pid[0]})",
            )
        tick(log, 0.5, 5)
        emit(
            log,
            "local_task_job_runner.py:234",
            "INFO",
            "Task exited with return code %s",
            f"Task exited with return code {1 if fail_kind else 0}",
        )
        emit(
            log,
            "taskinstance.py:3281",
            "INFO",
            "%d downstream tasks scheduled from follow-on schedule check",
            f"{0 if fail_kind else 1} downstream tasks scheduled from follow-on schedule check",
        )
        return not fail_kind

    total = 0
    for hour in range(0, 24):
        run_t = t0 + timedelta(hours=hour)
        for dag, tasks in AF_DAGS.items():
            if dag == "ml_features" and hour % 6:
                continue
            if dag == "sync_crm" and hour % 2:
                continue
            t = run_t + timedelta(hours=1, seconds=r.uniform(3, 40))
            for task, op in tasks:
                attempt = 1
                while True:
                    ok = run_try(dag, task, op, run_t, attempt, t)
                    t = logs[-1].t + timedelta(seconds=r.uniform(2, 10))
                    if ok:
                        break
                    if attempt == 3:
                        break
                    attempt += 1
                    t += timedelta(minutes=5)
                if not ok:
                    break
        total = sum(len(x.lines) for x in logs)
        if total > 2600:
            break
    return logs


SYSTEMS = {
    "rabbitmq": rabbitmq,
    "cassandra": cassandra,
    "haproxy": haproxy,
    "coredns": coredns,
    "airflow": airflow,
}


if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
