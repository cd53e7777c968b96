#!/usr/bin/env python3
# ruff: noqa: E501, UP031  (the log lines it writes are data, one per call; printf as the programs do)
"""Writes the held-out logs of round 24 (elasticsearch, traefik, jenkins, celery, sssd) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its source's format strings over a seeded run,
and every line that starts an event is labelled with the format string that wrote it as it is
written. Vault and Nomad were asked for too, but both write HashiCorp's hclog layout, which
consul already covers; celery and sssd stand in for them. Run it only to change the data on
purpose: `python bench/heldout/generate_round24.py [SYSTEM ...]`.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, alnum, generate, hexid, uuid4


def run(r: random.Random, table: Sequence[tuple[float, Callable[[], None]]], n: int) -> None:
    """Calls `n` events drawn from `table`'s weighted event makers."""
    fns = [f for _, f in table]
    weights = [w for w, _ in table]
    for _ in range(n):
        r.choices(fns, weights=weights)[0]()


# --------------------------------------------------------------------------- elasticsearch

ES_INDICES = [
    "logs-app-2024.03.11",
    "logs-app-2024.03.10",
    "orders",
    "products",
    "audit-000004",
    ".kibana_8.12.2_001",
]
ES_MODULES = [
    "aggregations",
    "analysis-common",
    "apm",
    "data-streams",
    "ingest-common",
    "ingest-geoip",
    "lang-painless",
    "mapper-extras",
    "parent-join",
    "percolator",
    "rank-eval",
    "reindex",
    "repository-s3",
    "transport-netty4",
    "x-pack-core",
    "x-pack-security",
    "x-pack-ilm",
    "x-pack-monitoring",
    "x-pack-ml",
    "x-pack-watcher",
]


def java_trace(
    r: random.Random, exc: str, frames: list[str], cause: tuple[str, list[str]] | None = None
) -> list[str]:
    out = exc.split("\n")
    out += [f"\tat {f}" for f in frames]
    if cause:
        out.append(f"Caused by: {cause[0]}")
        out += [f"\tat {f}" for f in cause[1][:4]]
        out.append(f"\t... {r.randrange(8, 30)} more")
    return out


def elasticsearch(r: random.Random) -> list[Log]:
    """Elasticsearch 8.12 on three nodes, each its `logs/<cluster>.log` (log4j's
    `[%d{ISO8601}][%-5p][%-25c{1.}] [%node_name]%marker %m%n`): node start-up, modules loading,
    cluster state changes as nodes join and leave, index creation, ILM moves, health changes, GC
    overhead warnings, disk watermarks, failed authentications, search failures with their
    exception and stack trace (a multi-line event), transport exceptions."""
    start = datetime(2024, 3, 11, 6, 25, 2, 118000, tzinfo=UTC)
    nodes = ["es-data-1", "es-data-2", "es-master-1"]
    ips = ["10.0.4.11", "10.0.4.12", "10.0.4.21"]
    ids = [alnum(r, 22) for _ in nodes]
    logs = [Log(f"{n}.log", start) for n in nodes]
    term = [r.randrange(3, 9)]
    version = [r.randrange(300, 900)]
    health = ["green"]

    def emit(
        i: int,
        level: str,
        comp: str,
        tmpl: str,
        args: tuple = (),
        more: Sequence[str] = (),
        label: str | None = None,
    ) -> None:
        t = logs[i].t
        msg = tmpl % args if args else tmpl
        logs[i].add(
            f"[{t:%Y-%m-%dT%H:%M:%S},{t.microsecond // 1000:03d}][{level:<5}][{comp:<25}] [{nodes[i]}] {msg}",
            label or tmpl,
        )
        for line in more:
            logs[i].add(line, None)

    def tick(i: int, lo: float, hi: float) -> None:
        logs[i].tick(r, lo, hi)

    def node_desc(j: int) -> str:
        roles = "m" if "master" in nodes[j] else "cdfhilrstw"
        return f"{{{nodes[j]}}}{{{ids[j]}}}{{{alnum(r, 22)}}}{{{nodes[j]}}}{{{ips[j]}}}{{{ips[j]}:9300}}{{{roles}}}{{8.12.2}}{{7000099-8500010}}"

    def boot(i: int) -> None:
        emit(
            i,
            "INFO",
            "o.e.n.Node",
            "version[%s], pid[%s], build[%s/%s/%s], OS[%s/%s/%s], JVM[%s/%s/%s/%s]",
            (
                "8.12.2",
                r.randrange(7, 90),
                "docker",
                "48a287ab9497e852de30327444b0809e55d46466",
                "2024-02-19T10:04:32.774273190Z",
                "Linux",
                "5.15.0-1053-aws",
                "amd64",
                "Oracle Corporation",
                "OpenJDK 64-Bit Server VM",
                "21.0.2",
                "21.0.2+13-58",
            ),
        )
        emit(
            i,
            "INFO",
            "o.e.n.Node",
            "JVM home [%s], using bundled JDK [%s]",
            ("/usr/share/elasticsearch/jdk", "true"),
        )
        emit(
            i,
            "INFO",
            "o.e.n.Node",
            "JVM arguments %s",
            (
                f"[-Des.networkaddress.cache.ttl=60, -Des.networkaddress.cache.negative.ttl=10, -Xms{r.choice([4, 8])}g, -Xmx{r.choice([4, 8])}g, -XX:+UseG1GC, -Djava.io.tmpdir=/tmp/elasticsearch-{r.randrange(10**17, 10**18)}, --module-path=/usr/share/elasticsearch/lib]",
            ),
        )
        emit(i, "INFO", "o.e.n.Node", "Default Locale [%s]", ("en_US",))
        for m in ES_MODULES:
            emit(i, "INFO", "o.e.p.PluginsService", "loaded module [%s]", (m,))
        emit(
            i,
            "INFO",
            "o.e.e.NodeEnvironment",
            "using [%s] data paths, mounts [%s], net usable_space [%s], net total_space [%s], types [%s]",
            (
                1,
                "[/usr/share/elasticsearch/data (/dev/nvme1n1)]",
                f"{r.randrange(200, 480)}.{r.randrange(10)}gb",
                "492gb",
                "ext4",
            ),
        )
        emit(
            i,
            "INFO",
            "o.e.e.NodeEnvironment",
            "heap size [%s], compressed ordinary object pointers [%s]",
            (f"{r.choice([4, 8])}gb", "true"),
        )
        emit(
            i,
            "INFO",
            "o.e.n.Node",
            "node name [%s], node ID [%s], cluster name [%s], roles [%s]",
            (
                nodes[i],
                ids[i],
                "prod-logs",
                "[master]"
                if "master" in nodes[i]
                else "[data_content, data_hot, ingest, ml, remote_cluster_client, transform]",
            ),
        )
        tick(i, 2, 5)
        emit(i, "INFO", "o.e.n.Node", "initialized")
        emit(i, "INFO", "o.e.n.Node", "starting ...")
        emit(
            i,
            "INFO",
            "o.e.t.TransportService",
            "publish_address {%s}, bound_addresses {%s}",
            (f"{ips[i]}:9300", "[::]:9300"),
        )
        emit(
            i,
            "INFO",
            "o.e.b.BootstrapChecks",
            "bound or publishing to a non-loopback address, enforcing bootstrap checks",
        )
        tick(i, 0.5, 2)
        emit(
            i,
            "INFO",
            "o.e.c.s.ClusterApplierService",
            "master node changed {previous [%s], current [%s]}, added {%s}, term: %d, version: %d, reason: %s",
            (
                "",
                node_desc(2),
                node_desc((i + 1) % 3),
                term[0],
                version[0],
                f"ApplyCommitRequest{{term={term[0]}, version={version[0]}, sourceNode={node_desc(2)}}}",
            ),
        )
        emit(
            i,
            "INFO",
            "o.e.h.AbstractHttpServerTransport",
            "publish_address {%s}, bound_addresses {%s}",
            (f"{ips[i]}:9200", "[::]:9200"),
        )
        emit(i, "INFO", "o.e.n.Node", "started %s", (node_desc(i),))
        emit(
            i,
            "INFO",
            "o.e.l.ClusterStateLicenseService",
            "license [%s] mode [%s] - valid",
            (uuid4(r), "basic"),
        )

    for i in range(3):
        boot(i)
        tick(i, 1, 3)

    def any_node() -> int:
        return r.choice([0, 0, 1, 1, 2])

    def create_index() -> None:
        i = 2
        idx = f"logs-app-2024.03.{r.randrange(11, 28)}"
        emit(
            i,
            "INFO",
            "o.e.c.m.MetadataCreateIndexService",
            "[%s] creating index, cause [%s], templates [%s], shards [%d]/[%d]",
            (
                idx,
                r.choice(["auto(bulk api)", "api", "rollover_data_stream"]),
                r.choice(["[logs-app]", "[]"]),
                r.choice([1, 3]),
                1,
            ),
        )
        version[0] += 1
        if r.random() < 0.6:
            emit(
                i,
                "INFO",
                "o.e.c.m.MetadataMappingService",
                "[%s/%s] update_mapping [%s]",
                (idx, alnum(r, 22), "_doc"),
            )

    def health_change() -> None:
        old = health[0]
        new = r.choice([h for h in ("green", "yellow", "red") if h != old])
        health[0] = new
        reason = r.choice(
            [
                "shards started [[%s][%d]]" % (r.choice(ES_INDICES), r.randrange(3)),
                "index created",
                "reroute after starting shards",
                "node-left",
            ]
        )
        emit(
            2,
            "INFO",
            "o.e.c.r.a.AllocationService",
            "Cluster health status changed from [%s] to [%s] (reason: [%s]).",
            (old.upper(), new.upper(), reason),
        )

    def gc() -> None:
        i = any_node()
        spent = r.choice([f"{r.randrange(300, 990)}ms", f"{r.randrange(1, 9)}.{r.randrange(10)}s"])
        level = r.choice(["INFO", "WARN"])
        emit(
            i,
            level,
            "o.e.m.j.JvmGcMonitorService",
            "[gc][%d] overhead, spent [%s] collecting in the last [%s]",
            (r.randrange(1000, 90000), spent, f"{r.randrange(1, 3)}.{r.randrange(10)}s"),
        )

    def young_gc() -> None:
        i = any_node()
        emit(
            i,
            "WARN",
            "o.e.m.j.JvmGcMonitorService",
            "[gc][%s][%d][%d] duration [%s], collections [%d]/[%s], total [%s]/[%s], memory [%s]->[%s]/[%s], all_pools {[young] [%s]->[%s]/[%s]}{[old] [%s]->[%s]/[%s]}{[survivor] [%s]->[%s]/[%s]}",
            (
                "young",
                r.randrange(1000, 90000),
                r.randrange(100, 9000),
                f"{r.randrange(1, 9)}.{r.randrange(10)}s",
                1,
                f"{r.randrange(2, 9)}.{r.randrange(10)}s",
                f"{r.randrange(1, 9)}.{r.randrange(10)}s",
                f"{r.randrange(1, 9)}.{r.randrange(10)}m",
                f"{r.randrange(2, 7)}.{r.randrange(10)}gb",
                f"{r.randrange(1, 3)}.{r.randrange(10)}gb",
                "8gb",
                f"{r.randrange(100, 900)}mb",
                "0b",
                "0b",
                f"{r.randrange(1, 6)}.{r.randrange(10)}gb",
                f"{r.randrange(1, 6)}.{r.randrange(10)}gb",
                "8gb",
                f"{r.randrange(10, 90)}mb",
                f"{r.randrange(10, 90)}mb",
                "0b",
            ),
        )

    def watermark() -> None:
        j = r.choice([0, 1])
        free = r.randrange(10, 15)
        if r.random() < 0.7:
            emit(
                2,
                "INFO",
                "o.e.c.r.a.DiskThresholdMonitor",
                "low disk watermark [%s] exceeded on [%s][%s][%s] free: %s[%s], replicas will not be assigned to this node",
                (
                    "85%",
                    ids[j],
                    nodes[j],
                    "/usr/share/elasticsearch/data",
                    f"{r.randrange(50, 70)}.{r.randrange(10)}gb",
                    f"{free}.{r.randrange(10)}%",
                ),
            )
        else:
            emit(
                2,
                "WARN",
                "o.e.c.r.a.DiskThresholdMonitor",
                "high disk watermark [%s] exceeded on [%s][%s][%s] free: %s[%s], shards will be relocated away from this node; currently relocating away shards totalling [%s] bytes; the node is expected to continue to exceed the high disk watermark when these relocations are complete",
                (
                    "90%",
                    ids[j],
                    nodes[j],
                    "/usr/share/elasticsearch/data",
                    f"{r.randrange(30, 48)}.{r.randrange(10)}gb",
                    f"{r.randrange(6, 10)}.{r.randrange(10)}%",
                    r.randrange(0, 10**10),
                ),
            )

    def auth_fail() -> None:
        i = r.choice([0, 1])
        user = r.choice(
            ["kibana_system", "logstash_writer", "elastic", "beats_system", "svc-grafana", "alice"]
        )
        if r.random() < 0.7:
            emit(
                i,
                "WARN",
                "o.e.x.s.a.AuthenticationService",
                "Authentication to realm %s failed - %s",
                (
                    "reserved"
                    if user in ("elastic", "kibana_system", "beats_system")
                    else "native1",
                    f"failed to authenticate user [{user}]",
                ),
                label="Authentication to realm %s failed - failed to authenticate user [%s]",
            )
        else:
            emit(
                i,
                "INFO",
                "o.e.x.s.a.AuthenticationService",
                "Authentication of [%s] was terminated by realm [%s] - %s",
                (user, "reserved", "failed to authenticate user [" + user + "]"),
                label="Authentication of [%s] was terminated by realm [%s] - failed to authenticate user [%s]",
            )

    def tls_plain() -> None:
        i = r.choice([0, 1])
        emit(
            i,
            "WARN",
            "o.e.x.s.t.n.SecurityNetty4HttpServerTransport",
            "received plaintext http traffic on an https channel, closing connection %s",
            (
                f"Netty4HttpChannel{{localAddress=/{ips[i]}:9200, remoteAddress=/10.0.7.{r.randrange(2, 250)}:{r.randrange(30000, 65000)}}}",
            ),
        )

    def search_fail() -> None:
        i = r.choice([0, 1])
        idx = r.choice(ES_INDICES[:4])
        kind = r.random()
        if kind < 0.5:
            field = r.choice(["@timestamp", "status", "customer.id", "message"])
            exc = "org.elasticsearch.action.search.SearchPhaseExecutionException: all shards failed"
            cause = (
                f"java.lang.IllegalArgumentException: Text fields are not optimised for operations that require per-document field data like aggregations and sorting, so these operations are disabled by default. Please use a keyword field instead. Alternatively, set fielddata=true on [{field}] in order to load field data by uninverting the inverted index. Note that this can use significant memory.",
                [
                    "org.elasticsearch.index.mapper.TextFieldMapper$TextFieldType.fielddataBuilder(TextFieldMapper.java:891)",
                    "org.elasticsearch.index.query.SearchExecutionContext.getForField(SearchExecutionContext.java:468)",
                    "org.elasticsearch.search.aggregations.support.ValuesSourceConfig.resolve(ValuesSourceConfig.java:144)",
                    "org.elasticsearch.search.aggregations.AggregatorFactories$Builder.build(AggregatorFactories.java:458)",
                ],
            )
            status = 400
        else:
            exc = "org.elasticsearch.tasks.TaskCancelledException: parent task was cancelled [channel closed]"
            cause = None
            status = 499
        frames = [
            "org.elasticsearch.action.search.AbstractSearchAsyncAction.onPhaseFailure(AbstractSearchAsyncAction.java:712)",
            "org.elasticsearch.action.search.AbstractSearchAsyncAction.executeNextPhase(AbstractSearchAsyncAction.java:404)",
            "org.elasticsearch.action.search.AbstractSearchAsyncAction.onPhaseDone(AbstractSearchAsyncAction.java:744)",
            "org.elasticsearch.action.search.AbstractSearchAsyncAction.onShardFailure(AbstractSearchAsyncAction.java:497)",
            "org.elasticsearch.action.ActionListener$2.onFailure(ActionListener.java:178)",
            "org.elasticsearch.common.util.concurrent.AbstractRunnable.run(AbstractRunnable.java:26)",
            "java.lang.Thread.run(Thread.java:1583)",
        ]
        emit(
            i,
            "DEBUG" if status == 499 else "WARN",
            "r.suppressed",
            "path: %s, params: %s, status: %d",
            (f"/{idx}/_search", f"{{index={idx}}}", status),
            java_trace(r, exc, frames, cause),
        )

    def transport() -> None:
        i = r.choice([0, 1, 2])
        j = (i + 1) % 3
        emit(
            i,
            "WARN",
            "o.e.t.TcpTransport",
            "exception caught on transport layer [%s], closing connection",
            (
                f"Netty4TcpChannel{{localAddress=/{ips[i]}:9300, remoteAddress=/{ips[j]}:{r.randrange(30000, 65000)}, profile=default}}",
            ),
            java_trace(
                r,
                "java.net.SocketException: Connection reset",
                [
                    "java.base/sun.nio.ch.SocketChannelImpl.throwConnectionReset(SocketChannelImpl.java:401)",
                    "java.base/sun.nio.ch.SocketChannelImpl.read(SocketChannelImpl.java:434)",
                    "org.elasticsearch.transport.netty4.CopyBytesSocketChannel.readFromSocketChannel(CopyBytesSocketChannel.java:131)",
                    "io.netty.channel.nio.NioEventLoop.run(NioEventLoop.java:562)",
                    "java.base/java.lang.Thread.run(Thread.java:1583)",
                ],
            ),
        )

    def node_leave() -> None:
        j = r.choice([0, 1])
        term[0] += 0
        version[0] += r.randrange(1, 5)
        emit(
            2,
            "INFO",
            "o.e.c.s.MasterService",
            "node-left[%s reason: %s], term: %d, version: %d, delta: removed {%s}",
            (
                node_desc(j),
                r.choice(
                    [
                        "disconnected",
                        "followers check retry count exceeded [timeouts=3, failures=0]",
                        "health check failed",
                    ]
                ),
                term[0],
                version[0],
                node_desc(j),
            ),
        )
        emit(
            1 - j,
            "INFO",
            "o.e.c.s.ClusterApplierService",
            "removed {%s}, term: %d, version: %d, reason: %s",
            (
                node_desc(j),
                term[0],
                version[0],
                f"ApplyCommitRequest{{term={term[0]}, version={version[0]}, sourceNode={node_desc(2)}}}",
            ),
        )
        tick(2, 5, 40)
        emit(
            2,
            "WARN",
            "o.e.c.NodeConnectionsService",
            "failed to connect to %s (tried [%d] times)",
            (node_desc(j), r.randrange(1, 6)),
            java_trace(
                r,
                f"org.elasticsearch.transport.ConnectTransportException: [{nodes[j]}][{ips[j]}:9300] connect_exception",
                [
                    "org.elasticsearch.transport.TcpTransport$ChannelsConnectedListener.onFailure(TcpTransport.java:1124)",
                    "org.elasticsearch.action.ActionListener.lambda$toBiConsumer$0(ActionListener.java:294)",
                    "java.base/java.lang.Thread.run(Thread.java:1583)",
                ],
                (
                    f"io.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: {ips[j]}/{ips[j]}:9300",
                    [
                        "java.base/sun.nio.ch.Net.pollConnect(Native Method)",
                        "java.base/sun.nio.ch.Net.pollConnectNow(Net.java:682)",
                        "io.netty.channel.socket.nio.NioSocketChannel.doFinishConnect(NioSocketChannel.java:337)",
                    ],
                ),
            ),
        )
        version[0] += 1
        emit(
            2,
            "INFO",
            "o.e.c.s.MasterService",
            "node-join[%s %s], term: %d, version: %d, delta: added {%s}",
            (
                node_desc(j),
                "joining after restart, removed ["
                + str(r.randrange(10, 90))
                + "s] ago with reason [disconnected]",
                term[0],
                version[0],
                node_desc(j),
            ),
        )
        emit(
            1 - j,
            "INFO",
            "o.e.c.s.ClusterApplierService",
            "added {%s}, term: %d, version: %d, reason: %s",
            (
                node_desc(j),
                term[0],
                version[0],
                f"ApplyCommitRequest{{term={term[0]}, version={version[0]}, sourceNode={node_desc(2)}}}",
            ),
        )

    def ilm() -> None:
        idx = r.choice(
            [
                "logs-app-2024.03.0%d" % r.randrange(1, 9),
                ".ds-logs-nginx-default-2024.03.%02d-%06d"
                % (r.randrange(1, 11), r.randrange(1, 40)),
            ]
        )
        a, b = r.choice([("hot", "warm"), ("warm", "delete"), ("new", "hot")])
        emit(
            2,
            "INFO",
            "o.e.x.i.IndexLifecycleTransition",
            "moving index [%s] from [%s] to [%s] in policy [%s]",
            (
                idx,
                f'{{"phase":"{a}","action":"complete","name":"complete"}}',
                f'{{"phase":"{b}","action":"unfollow","name":"branch-check-unfollow-prerequisites"}}',
                r.choice(["logs", "logs-app-30d"]),
            ),
        )
        if b == "delete":
            emit(
                2,
                "INFO",
                "o.e.c.m.MetadataDeleteIndexService",
                "[%s/%s] deleting index",
                (idx, alnum(r, 22)),
            )

    def slow_shard() -> None:
        i = r.choice([0, 1])
        emit(
            i,
            "WARN",
            "o.e.i.e.Engine",
            "[%s][%d] failed engine [%s]",
            (r.choice(ES_INDICES[:3]), r.randrange(3), "merge failed"),
            more=java_trace(
                r,
                "org.apache.lucene.index.MergePolicy$MergeException: java.io.IOException: No space left on device",
                [
                    "org.elasticsearch.index.engine.InternalEngine$EngineMergeScheduler$2.doRun(InternalEngine.java:2733)",
                    "org.elasticsearch.common.util.concurrent.AbstractRunnable.run(AbstractRunnable.java:26)",
                    "java.base/java.lang.Thread.run(Thread.java:1583)",
                ],
            ),
            label="[%s][%d] failed engine [merge failed]",
        )

    def ticks() -> None:
        for i in range(3):
            tick(i, 1, 30)

    table = [
        (10, create_index),
        (5, health_change),
        (14, gc),
        (4, young_gc),
        (8, watermark),
        (14, auth_fail),
        (5, tls_plain),
        (10, search_fail),
        (5, transport),
        (2, node_leave),
        (8, ilm),
        (1, slow_shard),
        (30, ticks),
    ]
    run(r, table, 1300)
    return logs


# --------------------------------------------------------------------------------- traefik

TR_SERVICES = [
    "api@internal",
    "orders-svc@docker",
    "web-frontend@docker",
    "billing@kubernetescrd",
    "grafana@file",
    "auth-forward@kubernetescrd",
]
TR_DOMAINS = [
    "shop.example.com",
    "api.example.com",
    "grafana.internal.example.com",
    "auth.example.com",
    "status.example.org",
]


def traefik(r: random.Random) -> list[Log]:
    """Traefik 3.0's own log (zerolog's console writer, no colour, `--log.level=DEBUG` on one
    instance): `time LVL caller > message key=value...`, the message then the context fields.
    Start-up, providers starting, configurations received and skipped, routers and middlewares
    created, ACME certificate failures, health checks failing and recovering, TLS handshake
    errors from the standard logger, 499 and 502 upstream errors."""
    start = datetime(2024, 5, 2, 9, 12, 11, tzinfo=UTC)
    log = Log("traefik.log", start)
    src = "github.com/traefik/traefik/v3/"

    def emit(
        level: str,
        caller: str,
        tmpl: str,
        args: tuple = (),
        fields: str = "",
        label: str | None = None,
    ) -> None:
        msg = tmpl % args if args else tmpl
        log.add(
            f"{log.t:%Y-%m-%dT%H:%M:%SZ} {level} {src}{caller} > {msg}"
            + (f" {fields}" if fields else ""),
            label or tmpl,
        )

    def tick(lo: float, hi: float) -> None:
        log.tick(r, lo, hi)

    def boot() -> None:
        emit(
            "INF",
            "cmd/traefik/traefik.go:100",
            "Traefik version %s built on %s",
            ("3.0.0", "2024-04-29T14:25:59Z"),
            "version=3.0.0",
        )
        emit(
            "DBG",
            "cmd/traefik/traefik.go:107",
            "Static configuration loaded [json] %s",
            (
                '{"global":{"checkNewVersion":true},"serversTransport":{"maxIdleConnsPerHost":200},"entryPoints":{"web":{"address":":80"},"websecure":{"address":":443"}},"providers":{"providersThrottleDuration":"2s","docker":{"watch":true,"endpoint":"unix:///var/run/docker.sock"},"file":{"directory":"/etc/traefik/dynamic","watch":true}},"api":{"dashboard":true},"log":{"level":"DEBUG"}}',
            ),
        )
        emit("INF", "cmd/traefik/traefik.go:127", "Stats collection is disabled.")
        emit(
            "INF",
            "cmd/traefik/traefik.go:128",
            "Help us improve Traefik by turning this feature on :) More details on: https://doc.traefik.io/traefik/contributing/data-collection/",
        )
        for p in (
            "*file.Provider",
            "*docker.Provider",
            "*acme.ChallengeTLSALPN",
            "*traefik.Provider",
            "*crd.Provider",
        ):
            emit("INF", "pkg/server/configurationwatcher.go:73", "Starting provider %s", (p,))
            emit(
                "DBG",
                "pkg/server/configurationwatcher.go:74",
                "%s provider configuration",
                (p,),
                "config="
                + r.choice(
                    [
                        '{"watch":true,"endpoint":"unix:///var/run/docker.sock","defaultRule":"Host(`{{ normalize .Name }}`)"}',
                        '{"directory":"/etc/traefik/dynamic","watch":true}',
                        "{}",
                    ]
                ),
            )
        emit(
            "INF",
            "pkg/server/configurationwatcher.go:73",
            "Starting provider aggregator %s",
            ("aggregator.ProviderAggregator",),
        )
        emit(
            "DBG",
            "pkg/server/server_entrypoint_tcp.go:190",
            "Starting TCP Server",
            fields="entryPointName=web",
        )
        emit(
            "DBG",
            "pkg/server/server_entrypoint_tcp.go:190",
            "Starting TCP Server",
            fields="entryPointName=websecure",
        )
        emit(
            "DBG",
            "pkg/provider/acme/provider.go:221",
            'Attempt to renew certificates "720h0m0s" before expiry and check every "24h0m0s"',
            fields="ACME CA=https://acme-v02.api.letsencrypt.org/directory acmeCA=https://acme-v02.api.letsencrypt.org/directory providerName=letsencrypt.acme",
        )
        emit(
            "INF",
            "pkg/provider/acme/provider.go:864",
            "Testing certificate renew...",
            fields="ACME CA=https://acme-v02.api.letsencrypt.org/directory acmeCA=https://acme-v02.api.letsencrypt.org/directory providerName=letsencrypt.acme",
        )

    boot()
    svc_ip = {s: f"172.18.0.{r.randrange(2, 40)}" for s in TR_SERVICES}

    def config_received() -> None:
        prov = r.choice(["docker", "file", "kubernetescrd"])
        if r.random() < 0.6:
            emit(
                "DBG",
                "pkg/server/configurationwatcher.go:227",
                "Configuration received",
                fields=f'config={{"http":{{"routers":{{"{r.choice(TR_SERVICES).split("@")[0]}":{{"service":"{r.choice(TR_SERVICES).split("@")[0]}","rule":"Host(`{r.choice(TR_DOMAINS)}`)"}}}}}}}} providerName={prov}',
            )
        else:
            emit(
                "DBG",
                "pkg/server/configurationwatcher.go:163",
                "Skipping unchanged configuration",
                fields=f"providerName={prov}",
            )

    def routers() -> None:
        name = r.choice(TR_SERVICES).split("@")[0]
        ep = r.choice(["web", "websecure"])
        emit(
            "DBG",
            "pkg/server/middleware/middlewares.go:52",
            "Creating middleware",
            fields=f"entryPointName={ep} middlewareName={r.choice(['redirect-https@file', 'compress@file', 'auth@kubernetescrd', 'ratelimit@docker'])} middlewareType={r.choice(['RedirectScheme', 'Compress', 'ForwardAuth', 'RateLimiter'])} routerName={name}@docker",
        )
        emit(
            "DBG",
            "pkg/server/service/service.go:256",
            "Creating load-balancer",
            fields=f"entryPointName={ep} routerName={name}@docker serviceName={name}@docker",
        )
        emit(
            "DBG",
            "pkg/server/service/service.go:296",
            "Creating server",
            fields=f"entryPointName={ep} routerName={name}@docker serverName={r.randrange(0, 3)} serviceName={name}@docker target=http://{svc_ip[r.choice(TR_SERVICES)]}:{r.choice([80, 8080, 3000])}",
        )
        if r.random() < 0.3:
            emit(
                "DBG",
                "pkg/server/router/tcp/manager.go:236",
                "Adding route for %s with TLS options %s",
                (r.choice(TR_DOMAINS), "default"),
                "entryPointName=websecure",
            )

    def acme_fail() -> None:
        dom = r.choice(TR_DOMAINS)
        err = r.choice(
            [
                f"unable to generate a certificate for the domains [{dom}]: error: one or more domains had a problem:\\n[{dom}] acme: error: 400 :: urn:ietf:params:acme:error:connection :: {r.choice(['203.0.113.9', '198.51.100.4'])}: Fetching http://{dom}/.well-known/acme-challenge/{alnum(r, 43)}: Timeout during connect (likely firewall problem)\\n",
                f"unable to generate a certificate for the domains [{dom}]: error: one or more domains had a problem:\\n[{dom}] acme: error: 429 :: urn:ietf:params:acme:error:rateLimited :: too many failed authorizations recently\\n",
            ]
        )
        emit(
            "ERR",
            "pkg/provider/acme/provider.go:500",
            "Unable to obtain ACME certificate for domains",
            fields=f'error="{err}" ACME CA=https://acme-v02.api.letsencrypt.org/directory acmeCA=https://acme-v02.api.letsencrypt.org/directory domains=["{dom}"] providerName=letsencrypt.acme routerName={r.choice(TR_SERVICES).split("@")[0]}@docker rule=Host(`{dom}`)',
        )

    down: set[str] = set()

    def health() -> None:
        s = r.choice(TR_SERVICES[1:4])
        target = f"http://{svc_ip[s]}:8080"
        if s in down and r.random() < 0.5:
            down.discard(s)
            emit(
                "INF",
                "pkg/healthcheck/healthcheck.go:122",
                "Health check up: returning to server list. Weight 1",
                fields=f"targetURL={target}",
            )
            emit(
                "DBG",
                "pkg/server/service/loadbalancer/wrr/wrr.go:163",
                "Service status changed",
                fields=f"parent={s} serviceName={s} status=UP",
            )
            return
        down.add(s)
        err = r.choice(
            [
                f'HTTP request failed: Get \\"{target}/health\\": dial tcp {svc_ip[s]}:8080: connect: connection refused',
                f"received error status code: {r.choice([500, 503])}",
                f'HTTP request failed: Get \\"{target}/health\\": context deadline exceeded',
            ]
        )
        emit(
            "WRN",
            "pkg/healthcheck/healthcheck.go:100",
            "Health check failed.",
            fields=f'error="{err}" targetURL={target}',
        )

    def tls_err() -> None:
        peer = f"{r.choice(['203.0.113', '198.51.100', '192.0.2'])}.{r.randrange(2, 250)}:{r.randrange(30000, 65000)}"
        err, form = r.choice(
            [
                ("EOF", "EOF"),
                ("remote error: tls: unknown certificate", "remote error: tls: %s"),
                (
                    "tls: client offered only unsupported versions: [302 301]",
                    "tls: client offered only unsupported versions: %x",
                ),
                (
                    f"read tcp 172.18.0.2:443->{peer}: read: connection reset by peer",
                    "read %s %s->%s: read: connection reset by peer",
                ),
            ]
        )
        emit(
            "DBG",
            "log/log.go:245",
            "http: TLS handshake error from %s: %s",
            (peer, err),
            label=f"http: TLS handshake error from %s: {form}",
        )

    def upstream() -> None:
        s = r.choice(TR_SERVICES[1:4])
        if r.random() < 0.55:
            emit(
                "DBG",
                "pkg/proxy/httputil/proxy.go:113",
                "%d %s",
                (499, "Client Closed Request"),
                'error="context canceled"',
            )
        else:
            code = r.choice([502, 504])
            e = (
                "dial tcp %s:8080: connect: connection refused" % svc_ip[s]
                if code == 502
                else "net/http: timeout awaiting response headers"
            )
            emit(
                "DBG",
                "pkg/proxy/httputil/proxy.go:113",
                "%d %s",
                (code, "Bad Gateway" if code == 502 else "Gateway Timeout"),
                f'error="{e}"',
            )

    def peek() -> None:
        emit(
            "DBG",
            "pkg/server/server_entrypoint_tcp.go:294",
            "Error while handling TCP connection",
            fields=f'error="readfrom tcp 172.18.0.2:{r.randrange(40000, 60000)}->{svc_ip[r.choice(TR_SERVICES)]}:5432: read tcp 172.18.0.2:443->203.0.113.{r.randrange(2, 250)}:{r.randrange(30000, 65000)}: read: connection reset by peer"',
        )

    def docker_err() -> None:
        emit(
            "ERR",
            "pkg/provider/docker/pdocker.go:96",
            "Failed to retrieve information of the docker client and server host",
            fields='error="Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?" providerName=docker',
        )
        emit(
            "ERR",
            "pkg/provider/docker/pdocker.go:128",
            "Provider error, retrying in %s",
            (f"{r.randrange(300, 9000)}.{r.randrange(10**5, 10**6)}ms",),
            'error="Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?" providerName=docker',
        )

    def event() -> None:
        emit(
            "DBG",
            "pkg/provider/docker/pdocker.go:201",
            "Provider event received %s",
            (
                f"{{Status:{r.choice(['start', 'die', 'health_status: healthy'])} ID:{hexid(r, 64)} From:{r.choice(['ghcr.io/acme/orders:1.14.2', 'nginx:1.25-alpine', 'grafana/grafana:10.4.1'])} Type:container Action:start}}",
            ),
            "providerName=docker",
        )
        if r.random() < 0.3:
            emit(
                "DBG",
                "pkg/provider/docker/config.go:155",
                "Filtering disabled container",
                fields=f"container={r.choice(['postgres', 'redis', 'watchtower'])}-{hexid(r, 64)} providerName=docker",
            )

    def ticks() -> None:
        tick(0.5, 20)

    table = [
        (14, config_received),
        (6, routers),
        (3, acme_fail),
        (8, health),
        (16, tls_err),
        (18, upstream),
        (4, peek),
        (1, docker_err),
        (9, event),
        (40, ticks),
    ]
    run(r, table, 2200)
    return [log]


# --------------------------------------------------------------------------------- jenkins

JK_JOBS = [
    "api-service/main",
    "api-service/PR-412",
    "web-frontend/main",
    "nightly-build",
    "infra/terraform-plan",
    "release-pipeline",
    "docs-site",
]
JK_AGENTS = ["agent-linux-1", "agent-linux-2", "agent-arm64-1", "docker-agent-7f3k2"]


def jenkins(r: random.Random) -> list[Log]:
    """Jenkins 2.440 LTS (`/var/log/jenkins/jenkins.log`, its SupportLogFormatter:
    `yyyy-mm-dd hh:mm:ss.SSS+0000 [id=N]<TAB>LEVEL<TAB>logger#method: message`, long logger
    names abbreviated to their package initials), exceptions' stack traces on the following
    lines: start-up reactor milestones, periodic work, builds completing, agents connecting and
    disconnecting, invalid crumbs, a plugin failing to load, remoting channel errors."""
    start = datetime(2024, 3, 11, 6, 25, 2, 118000, tzinfo=UTC)
    log = Log("jenkins.log", start)

    def abbrev(logger: str) -> str:
        if len(logger) <= 30:
            return logger
        parts = logger.split(".")
        return ".".join([p[0] for p in parts[:-1]] + [parts[-1]])

    def emit(
        level: str,
        where: str,
        tmpl: str,
        args: tuple = (),
        more: Sequence[str] = (),
        thread: int | None = None,
    ) -> None:
        t = log.t
        msg = tmpl % args if args else tmpl
        logger, method = where.split("#")
        log.add(
            f"{t:%Y-%m-%d %H:%M:%S}.{t.microsecond // 1000:03d}+0000 [id={thread or r.randrange(20, 400)}]\t{level}\t{abbrev(logger)}#{method}: {msg}",
            tmpl,
        )
        for line in more:
            log.add(line, None)

    def tick(lo: float, hi: float) -> None:
        log.tick(r, lo, hi)

    def boot() -> None:
        emit("INFO", "winstone.Logger#logInternal", "Beginning extraction from war file", thread=1)
        emit(
            "WARNING",
            "o.e.j.s.handler.ContextHandler#setContextPath",
            "Empty contextPath",
            thread=1,
        )
        emit(
            "INFO",
            "org.eclipse.jetty.server.Server#doStart",
            "jetty-%s; built: %s; git: %s; jvm %s",
            (
                "10.0.20",
                "2024-01-29T20:46:45.278Z",
                "3f14b4de3cb7ecb9b6cdd5b13326d1b61e2ab4c0",
                "17.0.10+7",
            ),
            thread=1,
        )
        emit(
            "INFO",
            "o.e.j.w.StandardDescriptorProcessor#visitServlet",
            "NO JSP Support for /, did not find org.eclipse.jetty.jsp.JettyJspServlet",
            thread=1,
        )
        emit(
            "INFO",
            "o.e.j.s.s.DefaultSessionIdManager#doStart",
            "Session workerName=%s",
            ("node0",),
            thread=1,
        )
        emit(
            "INFO",
            "hudson.WebAppMain#contextInitialized",
            "Jenkins home directory: %s found at: %s",
            ("/var/lib/jenkins", 'EnvVars.masterEnvVars.get("JENKINS_HOME")'),
            thread=1,
        )
        emit(
            "INFO",
            "o.e.j.s.handler.ContextHandler#doStart",
            "Started %s",
            (
                f"w.@{hexid(r, 8)}{{Jenkins v2.440.1,/,file:///var/cache/jenkins/war/,AVAILABLE}}{{/var/cache/jenkins/war}}",
            ),
            thread=1,
        )
        emit(
            "INFO",
            "o.e.j.server.AbstractConnector#doStart",
            "Started %s",
            (f"ServerConnector@{hexid(r, 8)}{{HTTP/1.1, (http/1.1)}}{{0.0.0.0:8080}}",),
            thread=1,
        )
        emit(
            "INFO",
            "org.eclipse.jetty.server.Server#doStart",
            "Started %s @%dms",
            (f"Server@{hexid(r, 8)}{{STARTING}}[10.0.20,sto=0]", r.randrange(2000, 6000)),
            thread=1,
        )
        th = r.randrange(24, 40)
        for m in ("Started initialization", "Listed all plugins"):
            emit("INFO", "jenkins.InitReactorRunner$1#onAttained", m, thread=th)
            tick(0.1, 2)
        emit(
            "SEVERE",
            "jenkins.InitReactorRunner$1#onTaskFailed",
            "Failed %s",
            ("Loading plugin Kubernetes plugin v4186.v1d804571d5d4 (kubernetes)",),
            java_trace(
                r,
                "java.io.IOException: Failed to load: Kubernetes plugin (kubernetes 4186.v1d804571d5d4)\n - Update required: Kubernetes Client API Plugin (kubernetes-client-api 6.8.1-224.vd388fca_4db_3b_) to be updated to 6.10.0-240.v57880ce8b_0b_2 or higher",
                [
                    "hudson.PluginWrapper.resolvePluginDependencies(PluginWrapper.java:1019)",
                    "hudson.PluginManager$2$1$1.run(PluginManager.java:552)",
                    "org.jvnet.hudson.reactor.TaskGraphBuilder$TaskImpl.run(TaskGraphBuilder.java:177)",
                    "java.base/java.lang.Thread.run(Thread.java:840)",
                ],
            ),
            thread=th,
        )
        for m in (
            "Prepared all plugins",
            "Started all plugins",
            "Augmented all extensions",
            "System config loaded",
            "System config adapted",
            "Loaded all jobs",
            "Configuration for all jobs updated",
        ):
            emit("INFO", "jenkins.InitReactorRunner$1#onAttained", m, thread=th)
            tick(0.1, 2)
        emit(
            "INFO", "jenkins.InitReactorRunner$1#onAttained", "Completed initialization", thread=th
        )
        emit(
            "INFO",
            "hudson.lifecycle.Lifecycle#onReady",
            "Jenkins is fully up and running",
            thread=23,
        )

    boot()
    build_no = {j: r.randrange(40, 900) for j in JK_JOBS}
    online = {a: True for a in JK_AGENTS}

    def periodic() -> None:
        name, cls = r.choice(
            [
                ("Download metadata", "hudson.model.DownloadService$Downloadable#load"),
                ("Periodic background build discarder", ""),
                ("Fingerprint cleanup", ""),
                ("Workspace clean-up", ""),
                ("telemetry collection", ""),
            ]
        )
        th = r.randrange(100, 400)
        emit(
            "INFO",
            "hudson.model.AsyncPeriodicWork#lambda$doRun$0",
            "Started %s",
            (name,),
            thread=th,
        )
        tick(0.5, 30)
        if cls:
            for tool in r.sample(
                [
                    "hudson.tasks.Maven.MavenInstaller",
                    "hudson.tools.JDKInstaller",
                    "hudson.plugins.gradle.GradleInstaller",
                    "hudson.tasks.Ant.AntInstaller",
                ],
                r.randrange(1, 4),
            ):
                emit("INFO", cls, "Obtained the updated data file for %s", (tool,), thread=th)
            emit(
                "INFO",
                "hudson.util.Retrier#start",
                "Performed the action %s successfully at the attempt #%d",
                ("check updates server", 1),
                thread=th,
            )
        ms = r.randrange(2, 30000)
        emit(
            "INFO",
            "hudson.model.AsyncPeriodicWork#lambda$doRun$0",
            "Finished %s. %s ms",
            (name, f"{ms:,}"),
            thread=th,
        )

    def build() -> None:
        job = r.choice(JK_JOBS)
        build_no[job] += 1
        res = r.choices(["SUCCESS", "FAILURE", "UNSTABLE", "ABORTED"], [70, 15, 8, 7])[0]
        if "/" in job or job == "release-pipeline":
            emit(
                "INFO",
                "org.jenkinsci.plugins.workflow.job.WorkflowRun#finish",
                "%s #%d completed: %s",
                (job, build_no[job], res),
            )
        else:
            emit(
                "INFO",
                "hudson.model.Run#execute",
                "%s #%d main build action completed: %s",
                (job, build_no[job], res),
            )

    def agent() -> None:
        a = r.choice(JK_AGENTS)
        if online[a]:
            if r.random() < 0.5:
                return
            online[a] = False
            th = r.randrange(100, 400)
            emit(
                "WARNING",
                "hudson.slaves.ChannelPinger$1#onDead",
                "Ping failed. Terminating the channel %s.",
                (a,),
                java_trace(
                    r,
                    f"java.util.concurrent.TimeoutException: Ping started at {r.randrange(1710000000000, 1719999999999)} hasn't completed by {r.randrange(1710000000000, 1719999999999)}",
                    [
                        "hudson.remoting.PingThread.ping(PingThread.java:135)",
                        "hudson.remoting.PingThread.run(PingThread.java:87)",
                    ],
                ),
                thread=th,
            )
            emit(
                "WARNING",
                "jenkins.slaves.DefaultJnlpSlaveReceiver#channelClosed",
                "%s for %s terminated: %s",
                (
                    f"Computer.threadPoolForRemoting [#{r.randrange(10, 4000)}]",
                    a,
                    "java.nio.channels.ClosedChannelException",
                ),
                java_trace(
                    r,
                    "java.nio.channels.ClosedChannelException",
                    [
                        "org.jenkinsci.remoting.protocol.NetworkLayer.onRecvClosed(NetworkLayer.java:155)",
                        "org.jenkinsci.remoting.protocol.impl.NIONetworkLayer.ready(NIONetworkLayer.java:143)",
                        "org.jenkinsci.remoting.protocol.IOHub$OnReady.run(IOHub.java:789)",
                        "java.base/java.lang.Thread.run(Thread.java:840)",
                    ],
                ),
                thread=th,
            )
        else:
            online[a] = True
            cid = r.randrange(5, 900)
            emit(
                "INFO",
                "hudson.TcpSlaveAgentListener$ConnectionHandler#run",
                "Accepted %s connection #%d from %s",
                (
                    "JNLP4-connect",
                    cid,
                    f"/10.0.8.{r.randrange(2, 250)}:{r.randrange(30000, 65000)}",
                ),
            )
            tick(0.2, 2)
            emit(
                "INFO",
                "hudson.slaves.SlaveComputer#setChannel",
                "Remoting version: %s",
                ("3206.vb_15dcf73f6a_9",),
            )
            emit(
                "INFO",
                "hudson.slaves.SlaveComputer#setChannel",
                "Launcher: %s",
                (r.choice(["JNLPLauncher", "SSHLauncher"]),),
            )
            emit(
                "INFO",
                "hudson.slaves.SlaveComputer#setChannel",
                "Communication Protocol: %s",
                ("JNLP4-connect",),
            )
            emit("INFO", "hudson.slaves.SlaveComputer#setChannel", "This is a %s agent", ("Unix",))
            emit(
                "INFO",
                "hudson.slaves.SlaveComputer#setChannel",
                "Agent successfully connected and online",
            )

    def crumb() -> None:
        emit(
            "WARNING",
            "hudson.security.csrf.CrumbFilter#doFilter",
            "Found invalid crumb %s. If you are calling this URL with a script, please use the API Token instead. More information: https://www.jenkins.io/redirect/crumb-cannot-be-used-for-script",
            (hexid(r, 64),),
        )
        emit(
            "WARNING",
            "hudson.security.csrf.CrumbFilter#doFilter",
            "No valid crumb was included in request for %s by %s. Returning 403.",
            (
                r.choice(
                    [
                        "/job/nightly-build/build",
                        "/job/api-service/job/main/build",
                        "/queue/cancelItem",
                    ]
                ),
                r.choice(["alice", "deploy-bot", "anonymous"]),
            ),
        )

    def login_fail() -> None:
        emit(
            "WARNING",
            "jenkins.security.BasicHeaderProcessor#fail",
            "Authentication of BASIC header failed",
        )
        if r.random() < 0.5:
            emit(
                "INFO",
                "hudson.security.AuthenticationProcessingFilter2#unsuccessfulAuthentication",
                "Login attempt failed",
                more=java_trace(
                    r,
                    "org.springframework.security.authentication.BadCredentialsException: Bad credentials",
                    [
                        "hudson.security.HudsonPrivateSecurityRealm$UserDetailsServiceImpl.loadUserByUsername(HudsonPrivateSecurityRealm.java:1034)",
                        "org.springframework.security.authentication.dao.DaoAuthenticationProvider.retrieveUser(DaoAuthenticationProvider.java:94)",
                    ],
                ),
            )

    def git_err() -> None:
        job = r.choice(JK_JOBS[:3])
        emit(
            "WARNING",
            "jenkins.branch.MultiBranchProject$BranchIndexing#run",
            "%s #%d did not succeed",
            (job.split("/")[0], r.randrange(100, 3000)),
        )
        emit(
            "SEVERE",
            "hudson.triggers.SCMTrigger$Runner#run",
            "Failed to record SCM polling for %s",
            (
                f"hudson.model.FreeStyleProject@{hexid(r, 8)}[{r.choice(['nightly-build', 'docs-site'])}]",
            ),
            java_trace(
                r,
                'java.lang.NullPointerException: Cannot invoke "hudson.model.Node.createLauncher(hudson.model.TaskListener)" because "node" is null',
                [
                    "hudson.plugins.git.GitSCM.compareRemoteRevisionWithImpl(GitSCM.java:760)",
                    "hudson.plugins.git.GitSCM.compareRemoteRevisionWith(GitSCM.java:692)",
                    "hudson.scm.SCM.compareRemoteRevisionWith(SCM.java:429)",
                    "hudson.triggers.SCMTrigger$Runner.runPolling(SCMTrigger.java:632)",
                    "java.base/java.util.concurrent.FutureTask.run(FutureTask.java:264)",
                ],
            ),
        )

    def queue() -> None:
        if r.random() < 0.5:
            emit(
                "INFO",
                "hudson.model.Queue$WaitingItem#enter",
                "Scheduling %s",
                (r.choice(JK_JOBS),),
            )
        else:
            emit(
                "WARNING",
                "hudson.node_monitors.DiskSpaceMonitorDescriptor#markNodeOfflineOrOnline",
                "Making %s offline temporarily due to the lack of disk space",
                (r.choice(JK_AGENTS),),
            )

    def ticks() -> None:
        tick(1, 90)

    table = [
        (14, periodic),
        (30, build),
        (8, agent),
        (3, crumb),
        (4, login_fail),
        (2, git_err),
        (3, queue),
        (40, ticks),
    ]
    run(r, table, 1500)
    return [log]


# ---------------------------------------------------------------------------------- celery

CEL_TASKS = {
    "orders.tasks.send_confirmation": 0.3,
    "orders.tasks.charge_card": 1.2,
    "reports.tasks.build_daily_report": 40.0,
    "search.tasks.reindex_product": 0.8,
    "notifications.tasks.push_notification": 0.2,
}


def celery(r: random.Random) -> list[Log]:
    """Celery 5.3 workers on two hosts with `--logfile` (`[%(asctime)s: %(levelname)s/
    %(processName)s] %(message)s`, task loggers `... %(task_name)s[%(task_id)s]: %(message)s`):
    broker connection, mingle, tasks received and succeeded with their results, retries,
    failures with their Python traceback (a multi-line event), the tasks' own messages, time
    limits, a worker lost to SIGKILL, broker connection loss with its two-line message."""
    start = datetime(2024, 3, 11, 6, 25, 2, 118000, tzinfo=UTC)
    hosts = ["worker-1", "worker-2"]
    logs = [Log(f"celery-{h}.log", start) for h in hosts]

    def emit(
        i: int,
        level: str,
        proc: str,
        tmpl: str,
        args: tuple = (),
        more: Sequence[str] = (),
        task: tuple[str, str] | None = None,
        label: str | None = None,
    ) -> None:
        t = logs[i].t
        msg = tmpl % args if args else tmpl
        pre = f"{task[0]}[{task[1]}]: " if task else ""
        first, *rest = msg.split("\n")
        logs[i].add(
            f"[{t:%Y-%m-%d %H:%M:%S},{t.microsecond // 1000:03d}: {level}/{proc}] {pre}{first}",
            label or tmpl.split("\n")[0],
        )
        for line in [*rest, *more]:
            logs[i].add(line, None)

    def tick(i: int, lo: float, hi: float) -> None:
        logs[i].tick(r, lo, hi)

    def boot(i: int) -> None:
        emit(i, "INFO", "MainProcess", "Connected to %s", ("redis://redis-broker.internal:6379/0",))
        emit(i, "INFO", "MainProcess", "mingle: searching for neighbors")
        tick(i, 1, 1.2)
        if i == 0:
            emit(i, "INFO", "MainProcess", "mingle: all alone")
        else:
            emit(i, "INFO", "MainProcess", "mingle: sync with %s nodes", (1,))
            emit(i, "INFO", "MainProcess", "mingle: sync complete")
        emit(i, "INFO", "MainProcess", "%s ready.", (f"celery@{hosts[i]}",))
        if i == 1:
            emit(0, "INFO", "MainProcess", "sync with %s", (f"celery@{hosts[1]}",))

    for i in range(2):
        boot(i)

    def tb(exc: str, frames: list[tuple[str, int, str, str]]) -> list[str]:
        out = ["Traceback (most recent call last):"]
        for f, n, fn, code in frames:
            out += [f'  File "{f}", line {n}, in {fn}', f"    {code}"]
        out.append(exc)
        return out

    base = [
        (
            "/srv/app/.venv/lib/python3.11/site-packages/celery/app/trace.py",
            477,
            "trace_task",
            "R = retval = fun(*args, **kwargs)",
        ),
        (
            "/srv/app/.venv/lib/python3.11/site-packages/celery/app/trace.py",
            760,
            "__protected_call__",
            "return self.run(*args, **kwargs)",
        ),
    ]

    def task() -> None:
        i = r.choice([0, 1])
        name = r.choice(list(CEL_TASKS))
        tid = uuid4(r)
        worker = f"ForkPoolWorker-{r.randrange(1, 9)}"
        emit(i, "INFO", "MainProcess", "Task %s[%s] received", (name, tid))
        tick(i, 0.001, 0.05)
        if name == "orders.tasks.send_confirmation":
            emit(
                i,
                "INFO",
                worker,
                "Sending order confirmation for order %s to %s",
                (
                    r.randrange(100000, 999999),
                    f"{alnum(r, 6).lower()}@{r.choice(['gmail.com', 'example.org', 'outlook.com'])}",
                ),
                task=(name, tid),
            )
        elif name == "orders.tasks.charge_card":
            emit(
                i,
                "INFO",
                worker,
                "Charging %s %s for order %s",
                (
                    f"{r.randrange(5, 900)}.{r.randrange(100):02d}",
                    r.choice(["EUR", "USD", "GBP"]),
                    r.randrange(100000, 999999),
                ),
                task=(name, tid),
            )
        elif name == "reports.tasks.build_daily_report":
            emit(
                i,
                "INFO",
                worker,
                "Building report %s for %s",
                (r.choice(["sales", "inventory", "refunds"]), f"2024-03-{r.randrange(1, 11):02d}"),
                task=(name, tid),
            )
        dur = CEL_TASKS[name] * r.uniform(0.2, 3)
        tick(i, dur * 0.9, dur * 1.1)
        roll = r.random()
        if roll < 0.78:
            result = {
                "orders.tasks.send_confirmation": "None",
                "orders.tasks.charge_card": f"'ch_{alnum(r, 24)}'",
                "reports.tasks.build_daily_report": f"'s3://acme-reports/daily/{alnum(r, 8)}.csv'",
                "search.tasks.reindex_product": str(r.randrange(1, 40)),
                "notifications.tasks.push_notification": r.choice(["True", "False"]),
            }[name]
            emit(
                i,
                "INFO",
                worker,
                "Task %s[%s] succeeded in %ss: %s",
                (name, tid, repr(round(dur * r.uniform(0.9, 1.1), 9 if dur < 1 else 6)), result),
            )
        elif roll < 0.88:
            cnt = r.randrange(30, 300)
            exc, form = r.choice(
                [
                    (
                        "ConnectionError(ReadTimeoutError(\"HTTPSConnectionPool(host='api.stripe.com', port=443): Read timed out. (read timeout=10)\"))",
                        'ConnectionError(ReadTimeoutError("HTTPSConnectionPool(host=%r, port=%s): Read timed out. (read timeout=%s)"))',
                    ),
                    (
                        "OperationalError('server closed the connection unexpectedly\\n\\tThis probably means the server terminated abnormally\\n\\tbefore or while processing the request.\\n')",
                        "OperationalError('server closed the connection unexpectedly\\n\\tThis probably means the server terminated abnormally\\n\\tbefore or while processing the request.\\n')",
                    ),
                ]
            )
            emit(
                i,
                "INFO",
                worker,
                "Task %s[%s] retry: Retry in %ss: %s",
                (
                    name,
                    tid,
                    cnt,
                    exc,
                ),
                label=f"Task %s[%s] retry: Retry in %ss: {form}",
            )
        elif roll < 0.96:
            exc, frames = r.choice(
                [
                    (
                        f'psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint "orders_payment_order_id_key"\nDETAIL:  Key (order_id)=({r.randrange(100000, 999999)}) already exists.',
                        [
                            (
                                "/srv/app/orders/tasks.py",
                                88,
                                "charge_card",
                                "Payment.objects.create(order_id=order_id, charge=charge.id)",
                            )
                        ],
                    ),
                    (
                        f"KeyError: 'sku_{r.randrange(1000, 9999)}'",
                        [("/srv/app/search/tasks.py", 41, "reindex_product", "doc = catalog[sku]")],
                    ),
                    (
                        "smtplib.SMTPServerDisconnected: Connection unexpectedly closed",
                        [
                            (
                                "/srv/app/orders/tasks.py",
                                29,
                                "send_confirmation",
                                "mailer.send(msg)",
                            ),
                            (
                                "/usr/lib/python3.11/smtplib.py",
                                405,
                                "getreply",
                                'raise SMTPServerDisconnected("Connection unexpectedly closed")',
                            ),
                        ],
                    ),
                ]
            )
            short = exc.split("\n")[0]
            cls, _, text = short.partition(": ")
            cls = cls.rsplit(".", 1)[-1]
            form = {
                "UniqueViolation": "UniqueViolation('duplicate key value violates unique constraint %s')",
                "KeyError": "KeyError(%r)",
                "SMTPServerDisconnected": "SMTPServerDisconnected('Connection unexpectedly closed')",
            }[cls]
            if cls == "KeyError":
                text = text.strip("'")
            emit(
                i,
                "ERROR",
                worker,
                "Task %s[%s] raised unexpected: %s",
                (name, tid, f"{cls}({text!r})"),
                tb(exc.split("\n")[0], base + frames) + exc.split("\n")[1:],
                label=f"Task %s[%s] raised unexpected: {form}",
            )
        else:
            lim = 300
            emit(
                i,
                "WARNING",
                "MainProcess",
                "Soft time limit (%ss) exceeded for %s[%s]",
                (lim - 60, name, tid),
            )
            tick(i, 30, 60)
            emit(
                i,
                "ERROR",
                "MainProcess",
                "Hard time limit (%ss) exceeded for %s[%s]",
                (lim, name, tid),
            )
            pid = r.randrange(1000, 60000)
            emit(
                i,
                "ERROR",
                "MainProcess",
                "Process %r pid:%d exited with %r",
                (worker, pid, "signal 9 (SIGKILL)"),
            )

    def broker_lost() -> None:
        i = r.choice([0, 1])
        emit(
            i,
            "WARNING",
            "MainProcess",
            "consumer: Connection to broker lost. Trying to re-establish the connection...",
            more=tb(
                "redis.exceptions.ConnectionError: Connection closed by server.",
                [
                    (
                        "/srv/app/.venv/lib/python3.11/site-packages/celery/worker/consumer/consumer.py",
                        340,
                        "start",
                        "blueprint.start(self)",
                    ),
                    (
                        "/srv/app/.venv/lib/python3.11/site-packages/kombu/transport/redis.py",
                        1326,
                        "_brpop_read",
                        "dest__item = self.client.parse_response(self.client.connection,",
                    ),
                ],
            ),
        )
        for n in range(1, r.randrange(2, 5)):
            tick(i, 2, 4)
            emit(
                i,
                "ERROR",
                "MainProcess",
                "consumer: Cannot connect to %s: %s.\nTrying again in %s seconds... (%s/%s)\n",
                (
                    "redis://redis-broker.internal:6379/0",
                    "Error 111 connecting to redis-broker.internal:6379. Connection refused.",
                    f"{2 * n:.2f}",
                    n,
                    100,
                ),
            )
        emit(i, "INFO", "MainProcess", "Connected to %s", ("redis://redis-broker.internal:6379/0",))
        emit(i, "INFO", "MainProcess", "mingle: searching for neighbors")
        emit(i, "INFO", "MainProcess", "mingle: sync with %s nodes", (1,))
        emit(i, "INFO", "MainProcess", "mingle: sync complete")

    def heartbeat() -> None:
        i = r.choice([0, 1])
        emit(i, "INFO", "MainProcess", "missed heartbeat from %s", (f"celery@{hosts[1 - i]}",))

    def unregistered() -> None:
        i = r.choice([0, 1])
        emit(
            i,
            "ERROR",
            "MainProcess",
            "Received unregistered task of type %r.\nThe message has been ignored and discarded.\n\nDid you remember to import the module containing this task?\nOr maybe you're using relative imports?\n\nPlease see\nhttps://docs.celeryq.dev/en/latest/internals/protocol.html\nfor more information.\n\nThe full contents of the message body was:\n%s (%db)\n\nThe full contents of the message headers:\n%s\n\nThe delivery info for this task is:\n%s",
            (
                r.choice(["reports.tasks.legacy_export", "billing.tasks.sync_invoices"]),
                'b\'[[], {}, {"callbacks": null, "errbacks": null, "chain": null, "chord": null}]\'',
                77,
                f"{{'lang': 'py', 'task': 'reports.tasks.legacy_export', 'id': '{uuid4(r)}'}}",
                "{'exchange': '', 'routing_key': 'celery'}",
            ),
        )

    def scale() -> None:
        i = r.choice([0, 1])
        emit(
            i,
            "INFO",
            "MainProcess",
            "Scaling %s %s processes.",
            (r.choice(["up", "down"]), r.randrange(1, 5)),
        )

    def ticks() -> None:
        for i in range(2):
            tick(i, 0.5, 20)

    table = [
        (60, task),
        (1, broker_lost),
        (3, heartbeat),
        (1, unregistered),
        (3, scale),
        (30, ticks),
    ]
    run(r, table, 850)
    return logs


# ------------------------------------------------------------------------------------ sssd

SS_USERS = ["alice", "bob", "carol.nguyen", "dmitri", "svc-backup", "j.smith", "k.tanaka"]
SS_DCS = ["dc1.corp.example.com", "dc2.corp.example.com"]


def sssd(r: random.Random) -> list[Log]:
    """SSSD 2.9 against Active Directory (`debug_level = 3` on the domain, 6 on the PAM
    responder): `/var/log/sssd/sssd_corp.example.com.log` and `sssd_pam.log`, each line
    `(yyyy-mm-dd hh:mm:ss): [component] [function] (0xLEVEL): [RID#n] message`. Server
    resolution and status changes, going offline and back online, LDAP/TLS connection failures,
    kinit failures, account requests, GPO access decisions, PAM requests and their results."""
    start = datetime(2024, 3, 11, 6, 25, 2, tzinfo=UTC)
    be = Log("sssd_corp.example.com.log", start)
    pam = Log("sssd_pam.log", start)
    rid = [r.randrange(100, 900)]

    def emit(
        log: Log, comp: str, fn: str, lvl: int, tmpl: str, args: tuple = (), with_rid: bool = True
    ) -> None:
        msg = tmpl % args if args else tmpl
        pre = f"[RID#{rid[0]}] " if with_rid else ""
        log.add(f"({log.t:%Y-%m-%d %H:%M:%S}): [{comp}] [{fn}] (0x{lvl:04x}): {pre}{msg}", tmpl)

    B = "be[corp.example.com]"

    def tick(log: Log, lo: float, hi: float) -> None:
        log.tick(r, lo, hi)

    def startup() -> None:
        emit(
            be, B, "dp_target_init", 0x0400, "Target [%s] is explicitly disabled.", ("sudo",), False
        )
        emit(
            be,
            B,
            "dp_target_init",
            0x0400,
            "Target [%s] is explicitly disabled.",
            ("autofs",),
            False,
        )
        emit(
            be,
            B,
            "ad_failover_init",
            0x0100,
            "No primary servers defined, using service discovery",
            with_rid=False,
        )
        emit(
            be,
            B,
            "be_process_init",
            0x0080,
            "Backend %s is %s",
            ("corp.example.com", "online"),
            False,
        )
        emit(
            pam,
            "pam",
            "sss_process_init",
            0x0010,
            "Responder initialization complete (%s)",
            ("explicitly configured",),
            False,
        )

    startup()
    online = [True]

    def resolve() -> None:
        rid[0] += 1
        dc = r.choice(SS_DCS)
        emit(be, B, "fo_resolve_service_send", 0x0100, "Trying to resolve service '%s'", ("AD",))
        emit(
            be,
            B,
            "resolve_srv_send",
            0x0200,
            "The status of SRV lookup is %s",
            (r.choice(["neutral", "resolved"]),),
        )
        emit(
            be,
            B,
            "get_server_status",
            0x1000,
            "Status of server '%s' is '%s'",
            (dc, r.choice(["working", "name resolved", "not working"])),
        )
        emit(
            be,
            B,
            "be_resolve_server_process",
            0x0200,
            "Found address for server %s: [%s] TTL %d",
            (dc, f"10.0.0.{5 + SS_DCS.index(dc)}", r.choice([600, 3600, 7200])),
        )

    def go_offline() -> None:
        rid[0] += 1
        dc = r.choice(SS_DCS)
        if online[0]:
            kind = r.random()
            if kind < 0.4:
                emit(
                    be,
                    B,
                    "sss_ldap_init_sys_connect_done",
                    0x0020,
                    "ldap_install_tls failed: [%s] [%s]",
                    (
                        "Connect error",
                        "error:0A000086:SSL routines::certificate verify failed (self-signed certificate in certificate chain)",
                    ),
                )
            elif kind < 0.7:
                emit(
                    be, B, "sdap_async_sys_connect_timeout", 0x0020, "The LDAP connection timed out"
                )
            else:
                emit(
                    be,
                    B,
                    "sasl_bind_send",
                    0x0020,
                    "ldap_sasl_interactive_bind_s failed (%d)[%s]",
                    (-2, "Local error"),
                )
            emit(
                be,
                B,
                "sdap_cli_connect_recv",
                0x0040,
                "Unable to establish connection [%d]: %s",
                (1432158227, "Authentication Failed") if kind >= 0.7 else (5, "Input/output error"),
            )
            emit(
                be,
                B,
                "set_server_common_status",
                0x0100,
                "Marking server '%s' as '%s'",
                (dc, "not working"),
            )
            emit(be, B, "be_mark_offline", 0x0040, "Backend is offline")
            online[0] = False
        else:
            emit(be, B, "be_ptask_online_cb", 0x0400, "Back end is back online")
            emit(be, B, "be_run_online_cb", 0x0080, "Going online. Running callbacks.")
            emit(
                be,
                B,
                "set_server_common_status",
                0x0100,
                "Marking server '%s' as '%s'",
                (dc, "working"),
            )
            online[0] = True

    def kinit() -> None:
        rid[0] += 1
        if r.random() < 0.7:
            emit(
                be,
                B,
                "sdap_kinit_done",
                0x0100,
                "Could not get TGT: %d [%s]",
                (-1765328228, "Cannot contact any KDC for requested realm"),
            )
        else:
            emit(
                be,
                B,
                "ldap_child_get_tgt_sync",
                0x0010,
                "Failed to init credentials: %s",
                (
                    "Client 'host/ws-%02d.corp.example.com@CORP.EXAMPLE.COM' not found in Kerberos database"
                    % r.randrange(1, 40),
                ),
            )
        emit(
            be,
            B,
            "sdap_cli_kinit_done",
            0x0040,
            "Cannot get a TGT: ret [%d](%s)",
            (1432158212, "Authentication service could not create TGT"),
        )

    def account() -> None:
        rid[0] += 1
        u = r.choice(SS_USERS)
        if r.random() < 0.6:
            emit(
                be,
                B,
                "dp_get_account_info_handler",
                0x0200,
                "Got request for [%#x][%s][%s]",
                (1, "BE_REQ_USER", f"name={u}@corp.example.com"),
            )
        else:
            emit(
                be,
                B,
                "dp_get_account_info_handler",
                0x0200,
                "Got request for [%#x][%s][%s]",
                (
                    r.choice([3, 0x15]),
                    r.choice(["BE_REQ_INITGROUPS", "BE_REQ_GROUP"]),
                    f"name={r.choice(['domain users', 'linux-admins', u])}@corp.example.com",
                ),
            )
        if r.random() < 0.2:
            emit(
                be,
                B,
                "sdap_get_generic_op_finished",
                0x0040,
                "Unexpected result from ldap: %s(%d), %s",
                (
                    "Operations error",
                    1,
                    "000004DC: LdapErr: DSID-0C090A5C, comment: In order to perform this operation a successful bind must be completed on the connection., data 0, v4563",
                ),
            )
        elif r.random() < 0.3:
            emit(
                be,
                B,
                "sdap_save_user",
                0x0040,
                "Failed to save user [%s]",
                (f"{u}@corp.example.com",),
            )

    def pam_req() -> None:
        rid[0] += 1
        u = r.choice(SS_USERS)
        cmd = r.choice(
            [
                "SSS_PAM_AUTHENTICATE",
                "SSS_PAM_ACCT_MGMT",
                "SSS_PAM_OPEN_SESSION",
                "SSS_PAM_SETCRED",
                "SSS_PAM_CLOSE_SESSION",
            ]
        )
        emit(pam, "pam", "pam_print_data", 0x0100, "command: %s", (cmd,))
        emit(pam, "pam", "pam_print_data", 0x0100, "domain: %s", ("corp.example.com",))
        emit(pam, "pam", "pam_print_data", 0x0100, "user: %s", (f"{u}@corp.example.com",))
        emit(
            pam,
            "pam",
            "pam_print_data",
            0x0100,
            "service: %s",
            (r.choice(["sshd", "sudo", "login", "gdm-password"]),),
        )
        emit(
            pam,
            "pam",
            "pam_print_data",
            0x0100,
            "rhost: %s",
            (r.choice(["10.0.8.14", "10.0.8.77", "192.168.40.3", "not set"]),),
        )
        res = r.choices(
            [
                (0, "Success"),
                (7, "Authentication failure"),
                (9, "Authentication service cannot retrieve authentication info"),
                (6, "Permission denied"),
                (4, "System error"),
            ],
            [70, 12, 6, 8, 4],
        )[0]
        if cmd == "SSS_PAM_ACCT_MGMT" and res[0] == 6:
            emit(
                be,
                B,
                "ad_gpo_access_check",
                0x0040,
                "access denied for '%s' by GPO rule '%s'",
                (
                    f"{u}@corp.example.com",
                    r.choice(
                        ["SeDenyRemoteInteractiveLogonRight", "SeRemoteInteractiveLogonRight"]
                    ),
                ),
            )
        if cmd == "SSS_PAM_AUTHENTICATE" and res[0] == 7:
            emit(
                be,
                B,
                "krb5_auth_done",
                0x0040,
                "The krb5_child process returned an error. Please inspect the krb5_child.log file or the journal for more information",
            )
        if cmd == "SSS_PAM_AUTHENTICATE" and res[0] == 9 and not online[0]:
            emit(be, B, "krb5_auth_cache_creds", 0x0040, "Offline authentication failed")
        emit(pam, "pam", "pam_reply", 0x0200, "blen: %d", (r.randrange(24, 200),))
        emit(
            pam,
            "pam",
            "pam_reply",
            0x0200,
            "pam_reply initially called with result [%d]: %s. this result might be changed during processing",
            res,
        )
        if res[0]:
            emit(
                pam,
                "pam",
                "pam_dp_send_req_done",
                0x0040,
                "Backend returned: (%d, %d, %s) [%s]",
                (3, res[0], "<NULL>", res[1]),
            )

    def ticks() -> None:
        tick(be, 1, 60)
        pam.t = max(pam.t, be.t)
        tick(pam, 0, 5)

    table = [(8, resolve), (2, go_offline), (3, kinit), (16, account), (12, pam_req), (20, ticks)]
    run(r, table, 800)
    return [be, pam]


SYSTEMS = {
    "elasticsearch": elasticsearch,
    "traefik": traefik,
    "jenkins": jenkins,
    "celery": celery,
    "sssd": sssd,
}


if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
