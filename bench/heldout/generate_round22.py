#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 22 (redis, prometheus, kubelet, squid, mongodb) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its source's format strings over a seeded run,
and every line that starts an event is labelled with the format string that wrote it as it is
written. Run it only to change the data on purpose:
`python bench/heldout/generate_round22.py [SYSTEM ...]`.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, alnum, generate, hexid, uuid4


def weighted(r: random.Random, table: list[tuple[float, object]]) -> object:
    return r.choices([x for _, x in table], weights=[w for w, _ in table])[0]


# ----------------------------------------------------------------------------------- redis

REDIS_ERRNO = ["No space left on device", "Read-only file system", "Permission denied"]


def redis(r: random.Random) -> list[Log]:
    """Redis 7.2, a primary and its replica (`logfile`), loglevel notice: serverLog's
    `pid:role dd Mon yyyy hh:mm:ss.mmm <level-char> msg`, where the role is M (primary),
    S (replica) or C (a forked child: RDB saves, AOF rewrites). Snapshots every few minutes,
    replication handshakes, a full disk, output-buffer overruns, a restart of each."""
    start = datetime(2024, 3, 11, 6, 25, 2, 118000, tzinfo=UTC)
    logs = [Log("redis-primary.log", start), Log("redis-replica.log", start)]
    pids = [r.randrange(800, 1200), r.randrange(800, 1200)]
    role = ["M", "S"]
    addr = ["10.0.3.11", "10.0.3.12"]
    clients = [f"10.0.2.{n}" for n in (15, 16, 17, 31, 44)]
    keys = [r.randrange(180000, 220000)]
    replid = [hexid(r, 40)]
    offset = [r.randrange(10**6, 10**7)]
    aof_seq = [r.randrange(3, 9)]

    def emit(
        i: int, lvl: str, tid: str, msg: str, pid: int | None = None, who: str | None = None
    ) -> None:
        log = logs[i]
        t = log.t
        p = pids[i] if pid is None else pid
        w = role[i] if who is None else who
        log.add(
            f"{p}:{w} {t.day:02d} {t:%b %Y %H:%M:%S}.{t.microsecond // 1000:03d} {lvl} {msg}", tid
        )

    def tick(i: int, lo: float, hi: float) -> None:
        logs[i].tick(r, lo, hi)
        other = logs[1 - i]
        if other.t < logs[i].t - timedelta(seconds=600):
            other.t = logs[i].t - timedelta(seconds=r.uniform(0, 30))

    def boot(i: int) -> None:
        emit(
            i,
            "*",
            "oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo",
            "oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo",
            who="C",
        )
        emit(
            i,
            "*",
            "Redis version=%s, bits=%d, commit=%s, modified=%d, pid=%d, just started",
            f"Redis version=7.2.4, bits=64, commit=00000000, modified=0, pid={pids[i]}, just started",
            who="C",
        )
        emit(i, "*", "Configuration loaded", "Configuration loaded", who="C")
        emit(i, "*", "Running mode=%s, port=%d.", "Running mode=standalone, port=6379.")
        emit(
            i,
            "#",
            "WARNING: The TCP backlog setting of %d cannot be enforced because /proc/sys/net/core/somaxconn is set to the lower value of %d.",
            "WARNING: The TCP backlog setting of 511 cannot be enforced because /proc/sys/net/core/somaxconn is set to the lower value of 128.",
        )
        emit(i, "*", "Server initialized", "Server initialized")
        emit(
            i,
            "#",
            "WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition. Being disabled, it can also cause failures without low memory condition, see https://github.com/jemalloc/jemalloc/issues/1328. To fix this issue add 'vm.overcommit_memory = 1' to /etc/sysctl.conf and then reboot or run the command 'sysctl vm.overcommit_memory=1' for this to take effect.",
            "WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition. Being disabled, it can also cause failures without low memory condition, see https://github.com/jemalloc/jemalloc/issues/1328. To fix this issue add 'vm.overcommit_memory = 1' to /etc/sysctl.conf and then reboot or run the command 'sysctl vm.overcommit_memory=1' for this to take effect.",
        )
        load_rdb(i, r.randrange(2, 400))
        emit(
            i,
            "*",
            "DB loaded from disk: %.3f seconds",
            f"DB loaded from disk: {r.uniform(0.4, 3.5):.3f} seconds",
        )
        emit(i, "*", "Ready to accept connections %s", "Ready to accept connections tcp")

    def load_rdb(i: int, age: int) -> None:
        emit(i, "*", "Loading RDB produced by version %s", "Loading RDB produced by version 7.2.4")
        emit(i, "*", "RDB age %ld seconds", f"RDB age {age} seconds")
        emit(
            i,
            "*",
            "RDB memory usage when created %.2f Mb",
            f"RDB memory usage when created {r.uniform(60, 140):.2f} Mb",
        )
        emit(
            i,
            "*",
            "Done loading RDB, keys loaded: %lld, keys expired: %lld.",
            f"Done loading RDB, keys loaded: {keys[0]}, keys expired: {r.choice([0, 0, r.randrange(1, 900)])}.",
        )

    def cow(i: int, child: int, what: str) -> None:
        cur = r.randrange(0, 12)
        emit(
            i,
            "*",
            f"Fork CoW for {what}: current %zu MB, peak %zu MB, average %llu MB",
            f"Fork CoW for {what}: current {cur} MB, peak {cur + r.randrange(0, 6)} MB, average {max(cur - 1, 0)} MB",
            pid=child,
            who="C",
        )

    def bgsave(i: int, changes: int | None = None) -> None:
        if changes is not None:
            secs, least = r.choice([(3600, 1), (300, 100), (60, 10000)])
            emit(
                i,
                "*",
                "%d changes in %d seconds. Saving...",
                f"{max(changes, least)} changes in {secs} seconds. Saving...",
            )
        child = pids[i] + r.randrange(10, 90000)
        emit(
            i,
            "*",
            "Background saving started by pid %ld",
            f"Background saving started by pid {child}",
        )
        tick(i, 0.3, 4)
        if disk_full[0] and i == 0:
            emit(
                i,
                "#",
                "Failed opening the temp RDB file %s (in server root dir %s) for saving: %s",
                f"Failed opening the temp RDB file temp-{child}.rdb (in server root dir /var/lib/redis) for saving: {r.choice(REDIS_ERRNO[:1])}",
                pid=child,
                who="C",
            )
            emit(i, "#", "Background saving error", "Background saving error")
            return
        emit(i, "*", "DB saved on disk", "DB saved on disk", pid=child, who="C")
        cow(i, child, "RDB")
        emit(
            i,
            "*",
            "Background saving terminated with success",
            "Background saving terminated with success",
        )

    def aof_rewrite(i: int) -> None:
        emit(
            i,
            "*",
            "Starting automatic rewriting of AOF on %lld%% growth",
            f"Starting automatic rewriting of AOF on {r.choice([100, 101, 103, 117])}% growth",
        )
        aof_seq[0] += 1
        n = aof_seq[0]
        child = pids[i] + r.randrange(10, 90000)
        emit(
            i,
            "*",
            "Background append only file rewriting started by pid %ld",
            f"Background append only file rewriting started by pid {child}",
        )
        tick(i, 1, 9)
        cow(i, child, "AOF rewrite")
        emit(
            i,
            "*",
            "Background AOF rewrite terminated with success",
            "Background AOF rewrite terminated with success",
        )
        emit(
            i,
            "*",
            "Successfully renamed the temporary AOF base file %s into %s",
            f"Successfully renamed the temporary AOF base file temp-rewriteaof-bg-{child}.aof into appendonly.aof.{n}.base.rdb",
        )
        emit(
            i,
            "*",
            "Removing the history file %s in the background",
            f"Removing the history file appendonly.aof.{n}.incr.aof in the background",
        )
        emit(
            i,
            "*",
            "Removing the history file %s in the background",
            f"Removing the history file appendonly.aof.{n - 1}.base.rdb in the background",
        )
        emit(
            i,
            "*",
            "Background AOF rewrite finished successfully",
            "Background AOF rewrite finished successfully",
        )

    def client_info(ip: str) -> str:
        cid = r.randrange(1000, 99999)
        return (
            f"id={cid} addr={ip}:{r.randrange(32768, 61000)} laddr={addr[0]}:6379 fd={r.randrange(9, 400)} name= age={r.randrange(1, 90000)} idle=0 flags=P db=0 sub=0 psub=1 ssub=0 multi=-1 "
            f"qbuf=0 qbuf-free=0 argv-mem=0 multi-mem=0 rbs=1024 rbp=0 obl=0 oll={r.randrange(100, 4000)} omem={r.randrange(8, 40) * 1048576} tot-mem={r.randrange(8, 40) * 1048576 + 22000} events=rw cmd=psubscribe user=default redir=-1 resp=2 lib-name= lib-ver="
        )

    def full_sync() -> None:
        rep = f"{addr[1]}:6379"
        emit(
            0, "*", "Replica %s asks for synchronization", f"Replica {rep} asks for synchronization"
        )
        emit(
            0, "*", "Full resync requested by replica %s", f"Full resync requested by replica {rep}"
        )
        emit(
            0,
            "*",
            "Starting BGSAVE for SYNC with target: %s",
            "Starting BGSAVE for SYNC with target: disk",
        )
        bgsave(0)
        emit(
            1,
            "*",
            "Full resync from master: %s:%lld",
            f"Full resync from master: {replid[0]}:{offset[0]}",
        )
        size = r.randrange(20_000_000, 90_000_000)
        emit(
            1,
            "*",
            "MASTER <-> REPLICA sync: receiving %lld bytes from master to disk",
            f"MASTER <-> REPLICA sync: receiving {size} bytes from master to disk",
        )
        tick(1, 0.5, 3)
        emit(
            1,
            "*",
            "MASTER <-> REPLICA sync: Flushing old data",
            "MASTER <-> REPLICA sync: Flushing old data",
        )
        emit(
            1,
            "*",
            "MASTER <-> REPLICA sync: Loading DB in memory",
            "MASTER <-> REPLICA sync: Loading DB in memory",
        )
        load_rdb(1, 0)
        emit(
            1,
            "*",
            "MASTER <-> REPLICA sync: Finished with success",
            "MASTER <-> REPLICA sync: Finished with success",
        )
        emit(
            0,
            "*",
            "Synchronization with replica %s succeeded",
            f"Synchronization with replica {rep} succeeded",
        )

    def connect_master(partial: bool) -> None:
        emit(1, "*", "Connecting to MASTER %s:%d", f"Connecting to MASTER {addr[0]}:6379")
        emit(1, "*", "MASTER <-> REPLICA sync started", "MASTER <-> REPLICA sync started")
        emit(
            1,
            "*",
            "Non blocking connect for SYNC fired the event.",
            "Non blocking connect for SYNC fired the event.",
        )
        emit(
            1,
            "*",
            "Master replied to PING, replication can continue...",
            "Master replied to PING, replication can continue...",
        )
        if partial:
            emit(
                1,
                "*",
                "Trying a partial resynchronization (request %s:%s).",
                f"Trying a partial resynchronization (request {replid[0]}:{offset[0] + 1}).",
            )
            rep = f"{addr[1]}:6379"
            emit(
                0,
                "*",
                "Replica %s asks for synchronization",
                f"Replica {rep} asks for synchronization",
            )
            emit(
                0,
                "*",
                "Partial resynchronization request from %s accepted. Sending %lld bytes of backlog starting from offset %lld.",
                f"Partial resynchronization request from {rep} accepted. Sending {r.randrange(0, 90000)} bytes of backlog starting from offset {offset[0] + 1}.",
            )
            emit(
                1,
                "*",
                "Successful partial resynchronization with master.",
                "Successful partial resynchronization with master.",
            )
            emit(
                1,
                "*",
                "MASTER <-> REPLICA sync: Master accepted a Partial Resynchronization.",
                "MASTER <-> REPLICA sync: Master accepted a Partial Resynchronization.",
            )
        else:
            emit(
                1,
                "*",
                "Partial resynchronization not possible (no cached master)",
                "Partial resynchronization not possible (no cached master)",
            )
            full_sync()

    def shutdown(i: int) -> None:
        # The signal handler writes its own header: `pid:signal-handler (epoch seconds) msg`.
        logs[i].add(
            f"{pids[i]}:signal-handler ({int(logs[i].t.timestamp())}) Received SIGTERM scheduling shutdown...",
            "Received SIGTERM scheduling shutdown...",
        )
        emit(i, "#", "User requested shutdown...", "User requested shutdown...")
        emit(
            i,
            "*",
            "Saving the final RDB snapshot before exiting.",
            "Saving the final RDB snapshot before exiting.",
        )
        emit(i, "*", "DB saved on disk", "DB saved on disk")
        emit(i, "*", "Removing the pid file.", "Removing the pid file.")
        emit(
            i,
            "#",
            "Redis is now ready to exit, bye bye...",
            "Redis is now ready to exit, bye bye...",
        )

    disk_full = [False]
    boot(0)
    tick(1, 0.1, 2)
    boot(1)
    connect_master(partial=True)

    steps = 0
    restarted = [False, False]
    while sum(len(x.lines) for x in logs) < 2300:
        steps += 1
        tick(0, 20, 140)
        offset[0] += r.randrange(10**5, 10**7)
        keys[0] += r.randrange(-300, 500)
        if 260 <= steps < 275:
            disk_full[0] = True
        elif steps == 275:
            disk_full[0] = False
        roll = r.random()
        if roll < 0.48:
            bgsave(0, r.randrange(1, 90000))
        elif roll < 0.56:
            tick(1, 20, 140)
            bgsave(1, r.randrange(1, 90000))
        elif roll < 0.62:
            aof_rewrite(0)
        elif roll < 0.67:
            emit(
                0,
                "*",
                "Asynchronous AOF fsync is taking too long (disk is busy?). Writing the AOF buffer without waiting for fsync to complete, this may slow down Redis.",
                "Asynchronous AOF fsync is taking too long (disk is busy?). Writing the AOF buffer without waiting for fsync to complete, this may slow down Redis.",
            )
        elif roll < 0.72:
            emit(
                0,
                "#",
                "Client %s scheduled to be closed ASAP for overcoming of output buffer limits.",
                f"Client {client_info(r.choice(clients))} scheduled to be closed ASAP for overcoming of output buffer limits.",
            )
        elif roll < 0.745:
            emit(
                0,
                "#",
                "Possible SECURITY ATTACK detected. It looks like somebody is sending POST or Host: commands to Redis. This is likely due to an attacker attempting to use Cross Protocol Scripting to compromise your Redis instance. Connection from %s aborted.",
                f"Possible SECURITY ATTACK detected. It looks like somebody is sending POST or Host: commands to Redis. This is likely due to an attacker attempting to use Cross Protocol Scripting to compromise your Redis instance. Connection from {r.choice(['10.0.9.201', '10.0.9.14', '172.16.40.3'])}:{r.randrange(32768, 61000)} aborted.",
            )
        elif roll < 0.80:
            # The link breaks: the primary notices first, the replica reconnects.
            emit(
                0,
                "#",
                "Connection with replica %s lost.",
                f"Connection with replica {addr[1]}:6379 lost.",
            )
            tick(1, 0, 1)
            emit(1, "#", "Connection with master lost.", "Connection with master lost.")
            emit(
                1,
                "*",
                "Caching the disconnected master state.",
                "Caching the disconnected master state.",
            )
            emit(
                1,
                "*",
                "Reconnecting to MASTER %s:%d after failure",
                f"Reconnecting to MASTER {addr[0]}:6379 after failure",
            )
            for _ in range(r.choice([0, 0, 1, 2, 4])):
                emit(1, "*", "Connecting to MASTER %s:%d", f"Connecting to MASTER {addr[0]}:6379")
                emit(1, "*", "MASTER <-> REPLICA sync started", "MASTER <-> REPLICA sync started")
                emit(
                    1,
                    "#",
                    "Error condition on socket for SYNC: %s",
                    f"Error condition on socket for SYNC: {r.choice(['Connection refused', 'No route to host', 'Connection reset by peer'])}",
                )
                tick(1, 1, 3)
            connect_master(partial=r.random() < 0.7)
        elif roll < 0.83:
            emit(
                0,
                "#",
                "Fail to fsync the AOF file: %s.",
                f"Fail to fsync the AOF file: {r.choice(REDIS_ERRNO)}.",
            )
        elif roll < 0.86:
            emit(
                1,
                "#",
                "MASTER timeout: no data nor PING received...",
                "MASTER timeout: no data nor PING received...",
            )
            emit(1, "#", "Connection with master lost.", "Connection with master lost.")
            emit(
                1,
                "*",
                "Caching the disconnected master state.",
                "Caching the disconnected master state.",
            )
            emit(
                1,
                "*",
                "Reconnecting to MASTER %s:%d after failure",
                f"Reconnecting to MASTER {addr[0]}:6379 after failure",
            )
            connect_master(partial=True)
        elif roll < 0.88 and disk_full[0]:
            emit(
                0,
                "#",
                "Write error saving DB on disk: %s",
                f"Write error saving DB on disk: {REDIS_ERRNO[0]}",
            )
        else:
            bgsave(0, r.randrange(1, 90000))
        for i in (0, 1):
            if not restarted[i] and sum(len(x.lines) for x in logs) > (1400 if i == 1 else 1800):
                restarted[i] = True
                shutdown(i)
                tick(i, 2, 9)
                pids[i] = r.randrange(800, 1200)
                boot(i)
                if i == 1:
                    connect_master(partial=False)
                else:
                    emit(1, "#", "Connection with master lost.", "Connection with master lost.")
                    emit(
                        1,
                        "*",
                        "Caching the disconnected master state.",
                        "Caching the disconnected master state.",
                    )
                    emit(
                        1,
                        "*",
                        "Reconnecting to MASTER %s:%d after failure",
                        f"Reconnecting to MASTER {addr[0]}:6379 after failure",
                    )
                    connect_master(partial=True)
    return logs


# ------------------------------------------------------------------------------ prometheus

PROM_TARGETS = {
    "kubernetes-pods": [
        f"http://10.244.{a}.{b}:{p}/metrics"
        for a, b, p in [
            (1, 23, 8080),
            (1, 57, 9102),
            (2, 14, 8080),
            (2, 88, 9113),
            (3, 9, 8000),
            (3, 41, 9187),
        ]
    ],
    "node-exporter": [f"http://10.0.16.{n}:9100/metrics" for n in (11, 12, 13, 21)],
    "kube-state-metrics": ["http://10.244.2.3:8080/metrics"],
    "blackbox-http": [
        "http://blackbox-exporter.monitoring.svc:9115/probe?module=http_2xx&target=https%3A%2F%2Fshop.example.com"
    ],
}
PROM_RULES = [
    ("/etc/prometheus/rules/node.yml", "node.rules", "instance:node_cpu_utilisation:rate5m"),
    ("/etc/prometheus/rules/kube.yml", "kube-apiserver.rules", "apiserver_request:burnrate1h"),
    ("/etc/prometheus/rules/app.yml", "shop-slo", "slo:http_errors:ratio_rate5m"),
]


def ulid(r: random.Random) -> str:
    return "01H" + "".join(r.choice("0123456789ABCDEFGHJKMNPQRSTVWXYZ") for _ in range(23))


def prometheus(r: random.Random) -> list[Log]:
    """Prometheus 2.48 in Kubernetes (its stderr to prometheus.log): go-kit's logfmt with
    `ts= caller= level=` first, the component's keys, then `msg=` and the call's own keys.
    Scrape failures, rule evaluation errors, an unreachable Alertmanager, remote-write
    backpressure, two-hourly head compactions, and a restart with its WAL replay."""
    log = Log("prometheus.log", datetime(2024, 3, 11, 6, 0, 0, 118000, tzinfo=UTC))
    remote = ("7f3a1b", "https://mimir.example.com/api/v1/push")

    def q(v: object) -> str:
        s = str(v)
        if s == "" or any(c in s for c in ' "=\\') or "\n" in s:
            return json.dumps(s)
        return s

    def emit(
        level: str,
        caller: str,
        tid: str,
        msg: str,
        ctx: dict[str, object] | None = None,
        **fields: object,
    ) -> None:
        t = log.t
        parts = [
            f"ts={t:%Y-%m-%dT%H:%M:%S}.{t.microsecond // 1000:03d}Z",
            f"caller={caller}",
            f"level={level}",
        ]
        parts += [f"{k}={q(v)}" for k, v in (ctx or {}).items()]
        parts.append(f"msg={q(msg)}")
        parts += [f"{k}={q(v)}" for k, v in fields.items()]
        log.add(" ".join(parts), tid)

    def const(
        level: str, caller: str, msg: str, ctx: dict[str, object] | None = None, **fields: object
    ) -> None:
        emit(level, caller, msg, msg, ctx, **fields)

    def dur(lo: float, hi: float) -> str:
        v = r.uniform(lo, hi)
        if v < 1:
            return f"{v * 1000:.6f}ms".rstrip("0").rstrip(".").replace(".ms", "ms")
        return f"{v:.9f}s"

    tsdb = {"component": "tsdb"}
    rmt = {"component": "remote", "remote_name": remote[0], "url": remote[1]}
    rules = {"component": "rule manager"}

    def boot() -> None:
        const(
            "info",
            "main.go:583",
            "No time or size retention was set so using the default time retention",
            duration="15d",
        )
        const(
            "info",
            "main.go:627",
            "Starting Prometheus Server",
            mode="server",
            version="(version=2.48.1, branch=HEAD, revision=63894216648f0d6be310c9d16fb48293c45c9310)",
        )
        const(
            "info",
            "main.go:632",
            "operational information",
            build_context="(go=go1.21.5, platform=linux/amd64, user=root@71f108ff5632, date=20231208-23:33:22, tags=netgo,builtinassets,stringlabels)",
            host_details="(Linux 5.15.0-1053-aws #58-Ubuntu SMP Mon Jan 22 17:15:01 UTC 2024 x86_64 prometheus-k8s-0 (none))",
            fd_limits="(soft=1048576, hard=1048576)",
            vm_limits="(soft=unlimited, hard=unlimited)",
        )
        emit(
            "info",
            "main.go:1130",
            "Leaving GOMAXPROCS=%d: CPU quota undefined",
            "Leaving GOMAXPROCS=4: CPU quota undefined",
            {"component": "automaxprocs"},
        )
        const(
            "info",
            "web.go:566",
            "Start listening for connections",
            {"component": "web"},
            address="0.0.0.0:9090",
        )
        const("info", "main.go:1165", "Starting TSDB ...")
        const(
            "info", "tls_config.go:274", "Listening on", {"component": "web"}, address="[::]:9090"
        )
        const(
            "info",
            "tls_config.go:277",
            "TLS is disabled.",
            {"component": "web"},
            http2="false",
            address="[::]:9090",
        )
        now_ms = int(log.t.timestamp() * 1000)
        for k in range(r.randrange(4, 8)):
            mint = now_ms - (k + 1) * 7_200_000 * r.choice([1, 3, 9])
            const(
                "info",
                "repair.go:56",
                "Found healthy block",
                tsdb,
                mint=mint,
                maxt=mint + 7_200_000,
                ulid=ulid(r),
            )
        const("info", "head.go:601", "Replaying on-disk memory mappable chunks if any", tsdb)
        const(
            "info",
            "head.go:682",
            "On-disk memory mappable chunks replay completed",
            tsdb,
            duration=dur(0.001, 0.9),
        )
        const("info", "head.go:690", "Replaying WAL, this may take a while", tsdb)
        const("info", "head.go:726", "WAL checkpoint loaded", tsdb)
        last = r.randrange(20, 60)
        first = last - r.randrange(4, 9)
        for seg in range(first, last + 1):
            const("info", "head.go:761", "WAL segment loaded", tsdb, segment=seg, maxSegment=last)
        const(
            "info",
            "head.go:798",
            "WAL replay completed",
            tsdb,
            checkpoint_replay_duration=dur(0.01, 0.9),
            wal_replay_duration=dur(2, 40),
            wbl_replay_duration="190ns",
            chunk_snapshot_load_duration="0s",
            mmap_chunk_replay_duration=dur(0.001, 0.5),
            total_replay_duration=dur(3, 41),
        )
        const("info", "main.go:1186", "filesystem information", fs_type="EXT4_SUPER_MAGIC")
        const("info", "main.go:1189", "TSDB started")
        const(
            "info",
            "main.go:1371",
            "Loading configuration file",
            filename="/etc/prometheus/config_out/prometheus.env.yaml",
        )
        for job in ("kubernetes-pods", "kubernetes-service-endpoints", "kubernetes-nodes"):
            const(
                "info",
                "kubernetes.go:329",
                "Using pod service account via in-cluster config",
                {"component": "discovery manager scrape", "discovery": "kubernetes", "config": job},
            )
        const(
            "info",
            "kubernetes.go:329",
            "Using pod service account via in-cluster config",
            {
                "component": "discovery manager notify",
                "discovery": "kubernetes",
                "config": "config-0",
            },
        )
        const("info", "watcher.go:245", "Starting WAL watcher", rmt, queue=remote[0])
        const("info", "metadata_watcher.go:90", "Starting scraped metadata watcher", rmt)
        const("info", "watcher.go:291", "Replaying WAL", rmt, queue=remote[0])
        const(
            "info",
            "main.go:1408",
            "Completed loading of configuration file",
            filename="/etc/prometheus/config_out/prometheus.env.yaml",
            totalDuration=dur(0.02, 0.2),
            db_storage="1.31µs",
            remote_storage=dur(0.0001, 0.001),
            web_handler="520ns",
            query_engine="860ns",
            scrape=dur(0.0001, 0.001),
            scrape_sd=dur(0.001, 0.01),
            notify="31.2µs",
            notify_sd=dur(0.0001, 0.001),
            rules=dur(0.001, 0.05),
            tracing="6.1µs",
        )
        const("info", "main.go:1143", "Server is ready to receive web requests.")
        const("info", "manager.go:1003", "Starting rule manager...", rules)
        log.tick(r, 5, 30)
        const("info", "watcher.go:552", "Done replaying WAL", rmt, duration=dur(5, 35))

    def shutdown() -> None:
        const("warn", "main.go:819", "Received SIGTERM, exiting gracefully...")
        const("info", "main.go:843", "Stopping scrape discovery manager...")
        const("info", "main.go:857", "Stopping notify discovery manager...")
        const("info", "manager.go:1027", "Stopping rule manager...", rules)
        const("info", "manager.go:1037", "Rule manager stopped", rules)
        const("info", "main.go:894", "Stopping scrape manager...")
        const("info", "main.go:853", "Notify discovery manager stopped")
        const("info", "main.go:839", "Scrape discovery manager stopped")
        const("info", "main.go:886", "Scrape manager stopped")
        const(
            "info", "notifier.go:604", "Stopping notification manager...", {"component": "notifier"}
        )
        const("info", "main.go:1096", "Notifier manager stopped")
        const("info", "main.go:1108", "See you next time!")

    def compaction() -> None:
        maxt = int(log.t.timestamp() * 1000) // 7_200_000 * 7_200_000 - 3_600_000
        u = ulid(r)
        const(
            "info",
            "compact.go:523",
            "write block",
            tsdb,
            mint=maxt - 7_200_000,
            maxt=maxt,
            ulid=u,
            duration=dur(0.4, 4),
        )
        const(
            "info",
            "head.go:1293",
            "Head GC completed",
            {"component": "tsdb", "caller": "truncateMemory"},
            duration=dur(0.01, 0.3),
        )
        seg = r.randrange(40, 900)
        const(
            "info",
            "checkpoint.go:100",
            "Creating checkpoint",
            tsdb,
            from_segment=seg,
            to_segment=seg + r.randrange(2, 5),
            mint=maxt,
        )
        const(
            "info",
            "head.go:1261",
            "WAL checkpoint complete",
            tsdb,
            first=seg,
            last=seg + 3,
            duration=dur(0.4, 3),
        )
        if r.random() < 0.4:
            sources = [ulid(r) for _ in range(3)]
            const(
                "info",
                "compact.go:464",
                "compact blocks",
                tsdb,
                count=3,
                mint=maxt - 21_600_000,
                maxt=maxt,
                ulid=ulid(r),
                sources="[" + " ".join(sources) + "]",
                duration=dur(1, 9),
            )
            for s in sources:
                const("info", "db.go:1619", "Deleting obsolete block", tsdb, block=s)

    def scrape_problem() -> None:
        pool = r.choices(list(PROM_TARGETS), weights=[6, 3, 1, 2])[0]
        target = r.choice(PROM_TARGETS[pool])
        ctx = {"component": "scrape manager", "scrape_pool": pool, "target": target}
        kind = r.random()
        if kind < 0.45:
            const(
                "warn",
                "scrape.go:1754",
                "Error on ingesting samples that are too old or are too far into the future",
                ctx,
                num_dropped=r.randrange(1, 400),
            )
        elif kind < 0.7:
            const(
                "warn",
                "scrape.go:1750",
                "Error on ingesting out-of-order samples",
                ctx,
                num_dropped=r.randrange(1, 90),
            )
        elif kind < 0.85:
            const(
                "warn",
                "scrape.go:1417",
                "Append failed",
                ctx,
                err=r.choice(["out of bounds", "label set is empty", "too old sample"]),
            )
        else:
            const(
                "warn",
                "scrape.go:1717",
                "Error on ingesting samples with different value but same timestamp",
                ctx,
                num_dropped=r.randrange(1, 12),
            )

    def rule_failed() -> None:
        f, g, name = r.choice(PROM_RULES)
        rule = f'record: {name}\nexpr: sum by (instance) (rate(node_cpu_seconds_total{{mode!="idle"}}[5m]))\n'
        const(
            "warn",
            "manager.go:686",
            "Evaluating rule failed",
            {
                "component": "rule manager",
                "file": f,
                "group": g,
                "name": name,
                "index": r.randrange(0, 12),
            },
            rule=rule,
            err=r.choice(
                [
                    'found duplicate series for the match group {instance="10.0.16.11:9100"} on the right hand side of the operation: [{__name__="up", instance="10.0.16.11:9100", job="node"}, {__name__="up", instance="10.0.16.11:9100", job="node-exporter"}];many-to-many matching not allowed: matching labels must be unique on one side',
                    "query timed out in expression evaluation",
                    "query processing would load too many samples into memory in query execution",
                ]
            ),
        )

    def alert_send() -> None:
        am = r.choice(
            ["http://10.244.3.17:9093/api/v2/alerts", "http://10.244.1.40:9093/api/v2/alerts"]
        )
        err = r.choice(
            [
                f'Post "{am}": context deadline exceeded',
                f'Post "{am}": dial tcp {am[7:18]}: connect: connection refused',
            ]
        )
        const(
            "error",
            "notifier.go:530",
            "Error sending alert",
            {"component": "notifier", "alertmanager": am, "count": r.randrange(1, 30)},
            err=err,
        )

    def remote_write() -> None:
        kind = r.random()
        if kind < 0.5:
            const(
                "warn",
                "queue_manager.go:1545",
                "Failed to send batch, retrying",
                rmt,
                err=r.choice(
                    [
                        "server returned HTTP status 429 Too Many Requests: the request has been rejected because the tenant exceeded the ingestion rate limit",
                        'Post "https://mimir.example.com/api/v1/push": context deadline exceeded',
                        "server returned HTTP status 500 Internal Server Error: failed pushing to ingester: DeadlineExceeded",
                    ]
                ),
            )
        elif kind < 0.8:
            a = r.randrange(1, 20)
            const(
                "info",
                "queue_manager.go:1023",
                "Remote storage resharding",
                rmt,
                **{"from": a, "to": a + r.choice([-3, -1, 1, 2, 5, 9])},
            )
        else:
            const("info", "queue_manager.go:1003", "Currently resharding, skipping.", rmt)

    def web_error() -> None:
        client = f"10.244.{r.randrange(1, 4)}.{r.randrange(2, 250)}:{r.randrange(32768, 61000)}"
        const(
            "error",
            "api.go:1654",
            "error writing response",
            {"component": "web"},
            bytesWritten=0,
            err=f"write tcp 10.244.2.31:9090->{client}: write: broken pipe",
        )

    def k8s_sd() -> None:
        kind = r.choice(["pods", "endpoints", "services"])
        emit(
            "error",
            "klog.go:116",
            "%s: Failed to watch %v: failed to list %v: Get %q: dial tcp %s: connect: connection refused",
            f'pkg/mod/k8s.io/client-go@v0.28.3/tools/cache/reflector.go:229: Failed to watch *v1.{kind.capitalize()[:-1]}: failed to list *v1.{kind.capitalize()[:-1]}: Get "https://10.96.0.1:443/api/v1/{kind}?limit=500&resourceVersion=0": dial tcp 10.96.0.1:443: connect: connection refused',
            {"component": "k8s_client_runtime", "func": "ErrorDepth"},
        )

    boot()
    restarted = False
    last_compact = log.t
    while len(log.lines) < 2400:
        log.tick(r, 2, 50)
        if log.t - last_compact > timedelta(hours=2):
            last_compact = log.t
            compaction()
        roll = r.random()
        if roll < 0.42:
            scrape_problem()
        elif roll < 0.60:
            remote_write()
        elif roll < 0.72:
            rule_failed()
        elif roll < 0.82:
            alert_send()
        elif roll < 0.88:
            web_error()
        elif roll < 0.91:
            const(
                "info",
                "head.go:1293",
                "Head GC completed",
                {"component": "tsdb", "caller": "truncateMemory"},
                duration=dur(0.01, 0.3),
            )
        elif roll < 0.935:
            k8s_sd()
        elif roll < 0.95:
            const(
                "info",
                "main.go:1371",
                "Loading configuration file",
                filename="/etc/prometheus/config_out/prometheus.env.yaml",
            )
            const(
                "info",
                "main.go:1408",
                "Completed loading of configuration file",
                filename="/etc/prometheus/config_out/prometheus.env.yaml",
                totalDuration=dur(0.02, 0.2),
                db_storage="1.5µs",
                remote_storage=dur(0.0001, 0.001),
                web_handler="640ns",
                query_engine="1.02µs",
                scrape=dur(0.0001, 0.001),
                scrape_sd=dur(0.001, 0.01),
                notify="29.7µs",
                notify_sd=dur(0.0001, 0.001),
                rules=dur(0.001, 0.05),
                tracing="5.3µs",
            )
        elif roll < 0.97:
            const(
                "warn",
                "scrape.go:1397",
                "Appending scrape report failed",
                {
                    "component": "scrape manager",
                    "scrape_pool": "node-exporter",
                    "target": r.choice(PROM_TARGETS["node-exporter"]),
                },
                err="out of bounds",
            )
        else:
            const("info", "db.go:1619", "Deleting obsolete block", tsdb, block=ulid(r))
        if not restarted and len(log.lines) > 1500:
            restarted = True
            shutdown()
            log.tick(r, 20, 60)
            boot()
    return [log]


# --------------------------------------------------------------------------------- kubelet

KUBE_APPS = [
    ("default", "web", 3, ["nginx", "app"]),
    ("default", "checkout", 2, ["checkout"]),
    ("shop", "cart-api", 2, ["cart-api", "envoy"]),
    ("shop", "worker", 1, ["worker"]),
    ("monitoring", "node-exporter", 1, ["node-exporter"]),
    ("kube-system", "coredns", 1, ["coredns"]),
    ("batch", "report-nightly", 1, ["report"]),
]


def kubelet(r: random.Random) -> list[Log]:
    """The kubelet of Kubernetes 1.28 on a worker node (`--log-file`, klog's
    `Lmmdd hh:mm:ss.uuuuuu threadid file:line] msg`): mostly structured calls (a quoted message
    and key="value" pairs), the volume manager's messages with the volume and pod written into
    the message, probes failing, a crash-looping container, pods coming and going, image GC and
    an eviction, a restart of the kubelet."""
    log = Log("kubelet.log", datetime(2024, 3, 11, 6, 25, 2, 118000, tzinfo=UTC))
    node = "ip-10-0-16-21.eu-west-1.compute.internal"
    tid = [r.randrange(1000, 4000)]
    pods: dict[
        str, tuple[str, str, str, list[str], str]
    ] = {}  # ns/name -> (ns, name, uid, containers, ip)

    def q(v: object) -> str:
        if isinstance(v, (int, float)):
            return str(v)
        if isinstance(v, (list, dict)):
            return json.dumps(v, separators=(",", ":"))
        return json.dumps(str(v))

    def emit(level: str, caller: str, template: str, msg: str, **fields: object) -> None:
        t = log.t
        thread = tid[0] if r.random() < 0.8 else tid[0] + r.randrange(1, 40)
        kv = "".join(f" {k}={q(v)}" for k, v in fields.items())
        log.add(
            f"{level}{t:%m%d %H:%M:%S}.{t.microsecond:06d} {thread:7d} {caller}] {json.dumps(msg)}{kv}",
            template,
        )

    def const(level: str, caller: str, msg: str, **fields: object) -> None:
        emit(level, caller, msg, msg, **fields)

    def plain(level: str, caller: str, template: str, msg: str) -> None:
        t = log.t
        log.add(
            f"{level}{t:%m%d %H:%M:%S}.{t.microsecond:06d} {tid[0]:7d} {caller}] {msg}", template
        )

    def cid() -> str:
        return hexid(r, 64)

    def new_pod() -> str:
        ns, app, _, containers = r.choices(KUBE_APPS, weights=[5, 3, 3, 2, 1, 1, 2])[0]
        name = f"{app}-{hexid(r, 10) if app != 'report-nightly' else str(r.randrange(28000000, 28999999))}-{alnum(r, 5).lower()}"
        uid = uuid4(r)
        ip = f"10.244.3.{r.randrange(2, 250)}"
        key = f"{ns}/{name}"
        pods[key] = (ns, name, uid, containers, ip)
        return key

    def vol_names(key: str) -> list[tuple[str, str]]:
        _ns, name, _uid, _containers, _ = pods[key]
        out = [(f"kube-api-access-{alnum(r, 5).lower()}", "kubernetes.io/projected")]
        if name.startswith(("web", "checkout", "cart-api")):
            out.append(("config", "kubernetes.io/configmap"))
        if name.startswith(("checkout", "worker")):
            out.append(("tls-certs", "kubernetes.io/secret"))
        return out

    def add_pod() -> None:
        key = new_pod()
        _ns, name, uid, containers, _ip = pods[key]
        const("I", "kubelet.go:2414", "SyncLoop ADD", source="api", pods=[key])
        vols = vol_cache[key] = vol_names(key)
        for v, plugin in vols:
            uniq = f"{plugin}/{uid}-{v}"
            emit(
                "I",
                "reconciler_common.go:258",
                "operationExecutor.VerifyControllerAttachedVolume started for volume %q (UniqueName: %q) pod %q (UID: %q) ",
                f'operationExecutor.VerifyControllerAttachedVolume started for volume "{v}" (UniqueName: "{uniq}") pod "{name}" (UID: "{uid}") ',
                pod=key,
            )
        for v, plugin in vols:
            uniq = f"{plugin}/{uid}-{v}"
            emit(
                "I",
                "reconciler_common.go:231",
                "operationExecutor.MountVolume started for volume %q (UniqueName: %q) pod %q (UID: %q) ",
                f'operationExecutor.MountVolume started for volume "{v}" (UniqueName: "{uniq}") pod "{name}" (UID: "{uid}") ',
                pod=key,
            )
            emit(
                "I",
                "operation_generator.go:721",
                "MountVolume.SetUp succeeded for volume %q (UniqueName: %q) pod %q (UID: %q) ",
                f'MountVolume.SetUp succeeded for volume "{v}" (UniqueName: "{uniq}") pod "{name}" (UID: "{uid}") ',
                pod=key,
            )
        const(
            "I", "util.go:30", "No sandbox for pod can be found. Need to start a new one", pod=key
        )
        log.tick(r, 0.5, 4)
        for kind in ["ContainerStarted"] * (1 + len(containers)):
            const(
                "I",
                "kubelet.go:2446",
                "SyncLoop (PLEG): event for pod",
                pod=key,
                event={"ID": uid, "Type": kind, "Data": cid()},
            )
        started = log.t - timedelta(seconds=r.uniform(2, 9))
        const(
            "I",
            "pod_startup_latency_tracker.go:102",
            "Observed pod startup duration",
            pod=key,
            podStartSLOduration=round(r.uniform(1, 9), 9),
            podStartE2EDuration=f"{r.uniform(1, 30):.9f}s",
            podCreationTimestamp=f"{started:%Y-%m-%d %H:%M:%S} +0000 UTC",
            firstStartedPulling="0001-01-01 00:00:00 +0000 UTC",
            lastFinishedPulling="0001-01-01 00:00:00 +0000 UTC",
            observedRunningTime=f"{log.t:%Y-%m-%d %H:%M:%S}.{r.randrange(10**8, 10**9)} +0000 UTC m=+{r.uniform(100, 90000):.9f}",
            watchObservedRunningTime=f"{log.t:%Y-%m-%d %H:%M:%S}.{r.randrange(10**8, 10**9)} +0000 UTC m=+{r.uniform(100, 90000):.9f}",
        )
        if r.random() < 0.5:
            const(
                "I",
                "kubelet.go:2513",
                "SyncLoop (probe)",
                probe="readiness",
                status="ready",
                pod=key,
            )

    def remove_pod(key: str) -> None:
        _ns, name, uid, containers, _ip = pods.pop(key)
        const("I", "kubelet.go:2430", "SyncLoop DELETE", source="api", pods=[key])
        for c in containers:
            const(
                "I",
                "kuberuntime_container.go:745",
                "Killing container with a grace period",
                pod=key,
                podUID=uid,
                containerName=c,
                containerID=f"containerd://{cid()}",
                gracePeriod=30,
            )
        log.tick(r, 1, 30)
        for _ in containers:
            const(
                "I",
                "kubelet.go:2446",
                "SyncLoop (PLEG): event for pod",
                pod=key,
                event={"ID": uid, "Type": "ContainerDied", "Data": cid()},
            )
        for v, plugin in vol_names_for(key, name, uid):
            uniq = f"{plugin}/{uid}-{v}"
            emit(
                "I",
                "reconciler_common.go:172",
                "operationExecutor.UnmountVolume started for volume %q (UniqueName: %q) pod %q (UID: %q) ",
                f'operationExecutor.UnmountVolume started for volume "{v}" (UniqueName: "{uniq}") pod "{uid}" (UID: "{uid}") ',
            )
            emit(
                "I",
                "operation_generator.go:888",
                "UnmountVolume.TearDown succeeded for volume %q (OuterVolumeSpecName: %q) pod %q (UID: %q). InnerVolumeSpecName %q. PluginName %q, VolumeGidValue %q",
                f'UnmountVolume.TearDown succeeded for volume "{uniq}" (OuterVolumeSpecName: "{v}") pod "{uid}" (UID: "{uid}"). InnerVolumeSpecName "{v}". PluginName "{plugin}", VolumeGidValue ""',
            )
            emit(
                "I",
                "reconciler_common.go:300",
                "Volume detached for volume %q (UniqueName: %q) on node %q DevicePath %q",
                f'Volume detached for volume "{v}" (UniqueName: "{uniq}") on node "{node}" DevicePath ""',
            )
        const("I", "kubelet.go:2424", "SyncLoop REMOVE", source="api", pods=[key])
        for _ in containers:
            const("I", "scope.go:117", "RemoveContainer", containerID=cid())
        if r.random() < 0.3:
            c = cid()
            const(
                "E",
                "remote_runtime.go:432",
                "ContainerStatus from runtime service failed",
                err=f'rpc error: code = NotFound desc = an error occurred when try to find container "{c}": not found',
                containerID=c,
            )
            const(
                "I",
                "pod_container_deletor.go:53",
                "DeleteContainer returned error",
                containerID={"Type": "containerd", "ID": c},
                err=f'failed to get container status "{c}": rpc error: code = NotFound desc = an error occurred when try to find container "{c}": not found',
            )
        if r.random() < 0.4:
            const(
                "I",
                "kubelet_volumes.go:161",
                "Cleaned up orphaned pod volumes dir",
                podUID=uid,
                path=f"/var/lib/kubelet/pods/{uid}/volumes",
            )

    vol_cache: dict[str, list[tuple[str, str]]] = {}

    def vol_names_for(key: str, name: str, uid: str) -> list[tuple[str, str]]:
        return vol_cache.pop(key, None) or [
            (f"kube-api-access-{alnum(r, 5).lower()}", "kubernetes.io/projected")
        ]

    def probe_fail() -> None:
        key = r.choice(sorted(pods))
        _ns, _name, uid, containers, ip = pods[key]
        kind = r.choice(["Readiness", "Readiness", "Liveness"])
        port = r.choice([8080, 8080, 9102, 8000])
        out = r.choice(
            [
                f'Get "http://{ip}:{port}/healthz": dial tcp {ip}:{port}: connect: connection refused',
                f'Get "http://{ip}:{port}/ready": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
                "HTTP probe failed with statuscode: 503",
            ]
        )
        const(
            "I",
            "prober.go:107",
            "Probe failed",
            probeType=kind,
            pod=key,
            podUID=uid,
            containerName=containers[0],
            probeResult="failure",
            output=out,
        )
        if r.random() < 0.4:
            const(
                "I",
                "kubelet.go:2513",
                "SyncLoop (probe)",
                probe=kind.lower(),
                status="unhealthy" if kind == "Liveness" else "not ready",
                pod=key,
            )
            if kind == "Liveness" and r.random() < 0.6:
                const(
                    "I",
                    "kuberuntime_manager.go:1029",
                    "Message for Container of pod",
                    containerName=containers[0],
                    containerStatusID={"Type": "containerd", "ID": cid()},
                    pod=key,
                    containerMessage=f"Container {containers[0]} failed liveness probe, will be restarted",
                )
                const(
                    "I",
                    "kuberuntime_container.go:745",
                    "Killing container with a grace period",
                    pod=key,
                    podUID=uid,
                    containerName=containers[0],
                    containerID=f"containerd://{cid()}",
                    gracePeriod=30,
                )

    def crashloop() -> None:
        key = r.choice(sorted(pods))
        ns, name, uid, containers, _ip = pods[key]
        c = containers[-1]
        back = r.choice(["10s", "20s", "40s", "1m20s", "2m40s", "5m0s", "5m0s", "5m0s"])
        const("I", "scope.go:117", "RemoveContainer", containerID=cid())
        const(
            "E",
            "pod_workers.go:1300",
            "Error syncing pod, skipping",
            err=f'failed to "StartContainer" for "{c}" with CrashLoopBackOff: "back-off {back} restarting failed container={c} pod={name}_{ns}({uid})"',
            pod=key,
            podUID=uid,
        )

    def pull_fail() -> None:
        key = r.choice(sorted(pods))
        _ns, _name, uid, containers, _ip = pods[key]
        img = (
            f"registry.example.com/shop/{containers[0]}:1.{r.randrange(2, 9)}.{r.randrange(0, 20)}"
        )
        const(
            "E",
            "pod_workers.go:1300",
            "Error syncing pod, skipping",
            err=f'failed to "StartContainer" for "{containers[0]}" with ImagePullBackOff: "Back-off pulling image \\"{img}\\""',
            pod=key,
            podUID=uid,
        )

    def boot() -> None:
        plain(
            "I",
            "server.go:203",
            "--pod-infra-container-image will not be pruned by the image garbage collector in kubelet and should also be set in the remote runtime",
            "--pod-infra-container-image will not be pruned by the image garbage collector in kubelet and should also be set in the remote runtime",
        )
        const("I", "server.go:467", "Kubelet version", kubeletVersion="v1.28.6-eks-5e0fdde")
        const("I", "server.go:469", "Golang settings", GOGC="", GOMAXPROCS="", GOTRACEBACK="")
        const(
            "I",
            "dynamic_cafile_content.go:157",
            "Starting controller",
            name="client-ca-bundle::/etc/kubernetes/pki/ca.crt",
        )
        const(
            "I",
            "server.go:725",
            "--cgroups-per-qos enabled, but --cgroup-root was not specified.  defaulting to /",
        )
        const(
            "I",
            "container_manager_linux.go:265",
            "Container manager verified user specified cgroup-root exists",
            cgroupRoot=[],
        )
        const("I", "kubelet.go:393", "Attempting to sync node with API server")
        const("I", "kubelet.go:298", "Adding static pod path", path="/etc/kubernetes/manifests")
        const("I", "kubelet.go:309", "Adding apiserver pod source")
        const(
            "I",
            "kuberuntime_manager.go:258",
            "Container runtime initialized",
            containerRuntime="containerd",
            version="1.7.11",
            apiVersion="v1",
        )
        const("I", "server.go:1232", "Started kubelet")
        const("I", "volume_manager.go:291", "Starting Kubelet Volume Manager")
        const("I", "kubelet_node_status.go:70", "Attempting to register node", node=node)
        const("I", "kubelet_network_linux.go:50", "Initialized iptables rules.", protocol="IPv4")
        const("I", "kubelet_network_linux.go:50", "Initialized iptables rules.", protocol="IPv6")
        const("I", "status_manager.go:217", "Starting to sync pod status with apiserver")
        const("I", "kubelet.go:2303", "Starting kubelet main sync loop")
        const("I", "kubelet_node_status.go:108", "Node was previously registered", node=node)
        const("I", "kubelet_node_status.go:73", "Successfully registered node", node=node)
        const("I", "cpu_manager.go:214", "Starting CPU manager", policy="none")
        const("I", "state_mem.go:36", "Initialized new in-memory state store")
        const(
            "I",
            "kubelet.go:2406",
            "SyncLoop ADD",
            source="api",
            pods=sorted(pods) or ["kube-system/aws-node-8x7qz", "kube-system/kube-proxy-2mhd9"],
        )

    for _ in range(9):
        key = new_pod()
        vol_cache[key] = vol_names(key)
    boot()
    restarted = False
    while len(log.lines) < 2700:
        log.tick(r, 3, 60)
        roll = r.random()
        if roll < 0.24:
            probe_fail()
        elif roll < 0.40:
            crashloop()
        elif roll < 0.46:
            pull_fail()
        elif roll < 0.56:
            add_pod()
        elif roll < 0.64 and len(pods) > 6:
            remove_pod(r.choice(sorted(pods)))
        elif roll < 0.72:
            key = r.choice(sorted(pods))
            const("I", "kubelet.go:2421", "SyncLoop UPDATE", source="api", pods=[key])
        elif roll < 0.78:
            const(
                "E",
                "dns.go:153",
                "Nameserver limits exceeded",
                err="Nameserver limits were exceeded, some nameservers have been omitted, the applied nameserver line is: 10.0.0.2 169.254.169.253 1.1.1.1",
            )
        elif roll < 0.81:
            usage = r.randrange(86, 93)
            const(
                "I",
                "image_gc_manager.go:365",
                "Disk usage on image filesystem is over the high threshold, trying to free bytes down to the low threshold",
                usage=usage,
                highThreshold=85,
                amountToFree=r.randrange(10**9, 6 * 10**9),
                lowThreshold=80,
            )
            for _ in range(r.randrange(1, 4)):
                const(
                    "I",
                    "image_gc_manager.go:453",
                    "Removing image to free bytes",
                    imageID=f"sha256:{hexid(r, 64)}",
                    size=r.randrange(10**7, 9 * 10**8),
                    runtimeHandler="",
                )
        elif roll < 0.83:
            const(
                "I",
                "eviction_manager.go:366",
                "Eviction manager: attempting to reclaim",
                resourceName="ephemeral-storage",
            )
            const("I", "container_gc.go:88", "Attempting to delete unused containers")
            const("I", "image_gc_manager.go:404", "Attempting to delete unused images")
            const(
                "I",
                "eviction_manager.go:377",
                "Eviction manager: must evict pod(s) to reclaim",
                resourceName="ephemeral-storage",
            )
            ranked = sorted(pods)[:4]
            const(
                "I",
                "eviction_manager.go:395",
                "Eviction manager: pods ranked for eviction",
                pods=ranked,
            )
            if r.random() < 0.5:
                const(
                    "I",
                    "eviction_manager.go:612",
                    "Eviction manager: cannot evict a critical pod",
                    pod="kube-system/coredns-5d78c9869d-9qx2v",
                )
            else:
                const(
                    "I",
                    "eviction_manager.go:596",
                    "Eviction manager: pod is evicted successfully",
                    pod=ranked[0],
                )
        elif roll < 0.86:
            key = r.choice(sorted(pods))
            const(
                "E",
                "kubelet_pods.go:1027",
                "Failed to get status for pod",
                podUID=pods[key][2],
                pod=key,
                err=f'Get "https://10.0.16.5:443/api/v1/namespaces/{pods[key][0]}/pods/{pods[key][1]}": net/http: request canceled (Client.Timeout exceeded while awaiting headers)',
            )
        elif roll < 0.88:
            const(
                "E",
                "kubelet_node_status.go:540",
                "Error updating node status, will retry",
                err=f'error getting node "{node}": Get "https://10.0.16.5:443/api/v1/nodes/{node}?resourceVersion=0&timeout=10s": context deadline exceeded',
            )
        elif roll < 0.90:
            plain(
                "W",
                "reflector.go:535",
                "%s: failed to list %v: Get %q: http2: client connection lost",
                f'object-"{r.choice(["default", "shop"])}"/"{r.choice(["app-config", "cart-api-env", "kube-root-ca.crt"])}": failed to list *v1.ConfigMap: Get "https://10.0.16.5:443/api/v1/namespaces/default/configmaps?limit=500&resourceVersion=0": http2: client connection lost',
            )
        else:
            const(
                "I",
                "kubelet_getters.go:187",
                "Pod status updated",
                pod=r.choice(sorted(pods)),
                status="Running",
            )
        if not restarted and len(log.lines) > 1900:
            restarted = True
            const(
                "I",
                "dynamic_cafile_content.go:171",
                "Shutting down controller",
                name="client-ca-bundle::/etc/kubernetes/pki/ca.crt",
            )
            log.tick(r, 5, 20)
            tid[0] = r.randrange(1000, 4000)
            boot()
    return [log]


# ----------------------------------------------------------------------------------- squid

SQUID_SITES = [
    "api.github.com",
    "registry.npmjs.org",
    "pypi.org",
    "deb.debian.org",
    "login.microsoftonline.com",
    "s3.eu-west-1.amazonaws.com",
    "update.googleapis.com",
    "hooks.slack.com",
]
SQUID_CLIENTS = [f"10.0.9.{n}" for n in (14, 23, 44, 57, 101, 130, 201)]


def squid(r: random.Random) -> list[Log]:
    """Squid 6.6 on Debian (cache.log): `yyyy/mm/dd hh:mm:ss kidN| msg` for the worker and
    `yyyy/mm/dd hh:mm:ss| msg` for the parent process and the pinger. A report's extra details
    (Debug::Extra: `current master transaction:`, store rebuild counts, a looping request's
    headers) go on over indented or bare lines of the same event (no label). TLS interception
    failures, helpers running out, a parent cache going down, log rotation, a reconfigure and a
    shutdown."""
    log = Log("cache.log", datetime(2024, 3, 11, 6, 25, 2, tzinfo=UTC))
    master = [r.randrange(1000, 90000)]
    conn = [r.randrange(3, 40)]
    requests = [0]
    entries = [r.randrange(30000, 200000)]

    def emit(tid: str, msg: str, kid: bool = True, extra: list[str] | None = None) -> None:
        who = " kid1" if kid else ""
        log.add(f"{log.t:%Y/%m/%d %H:%M:%S}{who}| {msg}", tid)
        for line in extra or []:
            log.add(line, None)

    def mt() -> str:
        master[0] += r.randrange(1, 400)
        return f"    current master transaction: master{master[0]}"

    def c() -> str:
        conn[0] += r.randrange(1, 900)
        return f"conn{conn[0]}"

    def client() -> str:
        return f"{r.choice(SQUID_CLIENTS)}:{r.randrange(32768, 61000)}"

    def startup(reconf: bool) -> None:
        if not reconf:
            emit(
                "Set Current Directory to %s",
                "Set Current Directory to /var/spool/squid",
                kid=False,
            )
            emit(
                "Starting Squid Cache version %s for %s...",
                "Starting Squid Cache version 6.6 for x86_64-pc-linux-gnu...",
            )
            emit("Process ID %d", f"Process ID {r.randrange(1000, 9000)}")
            emit("With %d file descriptors available", "With 65535 file descriptors available")
            emit("Initializing IP Cache...", "Initializing IP Cache...")
            emit("DNS IPv4 socket created at %s, FD %d", "DNS IPv4 socket created at 0.0.0.0, FD 9")
        else:
            emit(
                "Reconfiguring Squid Cache (version %s)...",
                "Reconfiguring Squid Cache (version 6.6)...",
            )
            emit("Logfile: closing log %s", "Logfile: closing log daemon:/var/log/squid/access.log")
            emit(
                "Processing Configuration File: %s (depth %d)",
                "Processing Configuration File: /etc/squid/squid.conf (depth 0)",
            )
            emit(
                "Processing Configuration File: %s (depth %d)",
                "Processing Configuration File: /etc/squid/conf.d/debian.conf (depth 1)",
            )
        for ns in ("10.0.0.2", "10.0.0.3"):
            emit("Adding nameserver %s from %s", f"Adding nameserver {ns} from /etc/resolv.conf")
        emit(
            "Adding domain %s from %s",
            "Adding domain eu-west-1.compute.internal from /etc/resolv.conf",
        )
        emit(
            "helperOpenServers: Starting %d/%d '%s' processes",
            "helperOpenServers: Starting 5/32 'security_file_certgen' processes",
        )
        emit(
            "helperOpenServers: Starting %d/%d '%s' processes",
            "helperOpenServers: Starting 0/20 'basic_ldap_auth' processes",
        )
        emit("Logfile: opening log %s", "Logfile: opening log daemon:/var/log/squid/access.log")
        if reconf:
            emit("HTCP Disabled.", "HTCP Disabled.")
            emit("Squid plugin modules loaded: %d", "Squid plugin modules loaded: 0")
            emit("Adaptation support is off.", "Adaptation support is off.")
            accepting()
            return
        emit(
            "Swap maxSize %d + %d KB, estimated %d objects",
            "Swap maxSize 10240000 + 262144 KB, estimated 807876 objects",
        )
        emit("Max Mem  size: %d KB", "Max Mem  size: 262144 KB")
        how = r.choice(["clean log", "dirty log"])  # picked by branch: wording
        emit(f"Rebuilding storage in %s ({how})", f"Rebuilding storage in /var/spool/squid ({how})")
        emit("Set Current Directory to %s", "Set Current Directory to /var/spool/squid")
        emit("Finished loading MIME types and icons.", "Finished loading MIME types and icons.")
        emit("HTCP Disabled.", "HTCP Disabled.")
        emit("Pinger socket opened on FD %d", "Pinger socket opened on FD 14")
        emit("Squid plugin modules loaded: %d", "Squid plugin modules loaded: 0")
        emit("Adaptation support is off.", "Adaptation support is off.")
        accepting()
        emit(
            "pinger: Initialising ICMP pinger ...",
            "pinger: Initialising ICMP pinger ...",
            kid=False,
        )
        emit("pinger: ICMP socket opened.", "pinger: ICMP socket opened.", kid=False)
        emit("pinger: ICMPv6 socket opened", "pinger: ICMPv6 socket opened", kid=False)
        n = entries[0]
        emit(
            "Done reading %s swaplog (%d entries)",
            f"Done reading /var/spool/squid swaplog ({n} entries)",
        )
        log.tick(r, 0.5, 3)
        expired = r.randrange(0, 40)
        emit(
            "Finished rebuilding storage from disk.",
            "Finished rebuilding storage from disk.",
            extra=[
                f"{n:9d} Entries scanned",
                f"{0:9d} Invalid entries",
                f"{0:9d} With invalid flags",
                f"{n - expired:9d} Objects loaded",
                f"{expired:9d} Objects expired",
                f"{0:9d} Objects canceled",
                f"{0:9d} Duplicate URLs purged",
                f"{0:9d} Swapfile clashes avoided",
                f"  Took {r.uniform(0.2, 3):.2f} seconds ({r.uniform(40000, 300000):.2f} objects/sec).",
            ],
        )
        log.tick(r, 0.5, 2)
        emit(
            "storeLateRelease: released %d objects",
            f"storeLateRelease: released {r.randrange(0, 30)} objects",
        )

    def accepting() -> None:
        emit(
            "Accepting HTTP Socket connections at %s",
            f"Accepting HTTP Socket connections at {c()} local=[::]:3128 remote=[::] FD 12 flags=9",
            extra=["    listening port: 3128"],
        )
        emit(
            "Accepting SSL bumped HTTP Socket connections at %s",
            f"Accepting SSL bumped HTTP Socket connections at {c()} local=[::]:3129 remote=[::] FD 13 flags=9",
            extra=["    listening port: 3129"],
        )

    def tls_accept() -> None:
        emit(
            "ERROR: failure while accepting a TLS connection on %s: %s",
            f"ERROR: failure while accepting a TLS connection on {c()} local=10.0.5.10:3129 remote={client()} FD {r.randrange(20, 900)} flags=1: {r.choice(['SQUID_TLS_ERR_ACCEPT+TLS_LIB_ERR=A000417+TLS_IO_ERR=1', 'SQUID_TLS_ERR_ACCEPT+TLS_LIB_ERR=A000418+TLS_IO_ERR=1', 'SQUID_TLS_ERR_ACCEPT+TLS_IO_ERR=5+errno=104'])}",
            extra=[mt()],
        )

    def tls_negotiate() -> None:
        err = r.choice(
            [
                "error:0A000086:SSL routines::certificate verify failed (1/-1/0)",
                "error:0A000126:SSL routines::unexpected eof while reading (1/-1/0)",
                "error:0A00010B:SSL routines::wrong version number (1/-1/0)",
            ]
        )
        emit(
            "ERROR: negotiating TLS on FD %d: %s (%d/%d/%d)",
            f"ERROR: negotiating TLS on FD {r.randrange(20, 900)}: {err}",
            extra=[mt()],
        )

    def forgery() -> None:
        emit(
            "SECURITY ALERT: Host header forgery detected on %s (%s)",
            f"SECURITY ALERT: Host header forgery detected on {c()} local=10.0.5.10:3129 remote={client()} FD {r.randrange(20, 900)} flags=33 (local IP does not match any domain IP)",
            extra=[mt()],
        )
        emit(
            "SECURITY ALERT: on URL: %s",
            f"SECURITY ALERT: on URL: {r.choice(SQUID_SITES)}:443",
            extra=[mt()],
        )

    def helpers_busy() -> None:
        name = r.choice(["security_file_certgen", "security_file_certgen", "basic_ldap_auth"])
        n = 32 if name == "security_file_certgen" else 20
        emit(
            "WARNING: All %d/%d %s processes are busy.",
            f"WARNING: All {n}/{n} {name} processes are busy.",
        )
        emit(
            "WARNING: %d pending requests queued",
            f"WARNING: {r.randrange(1, 90)} pending requests queued",
        )
        emit(
            "WARNING: Consider increasing the number of %s processes in your config file.",
            f"WARNING: Consider increasing the number of {name} processes in your config file.",
        )

    def loop() -> None:
        host = "10.0.5.10:3128"
        emit(
            "WARNING: Forwarding loop detected for:",
            "WARNING: Forwarding loop detected for:",
            extra=[
                f"GET /{r.choice(['', 'favicon.ico', 'wpad.dat'])} HTTP/1.1",
                f"Host: {host}",
                "User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
                "Accept: */*",
                "Via: 1.1 proxy-1 (squid/6.6)",
                f"X-Forwarded-For: {r.choice(SQUID_CLIENTS)}",
                "Cache-Control: max-age=259200",
                "Connection: keep-alive",
                "",
                mt(),
            ],
        )

    def rotate() -> None:
        emit("storeDirWriteCleanLogs: Starting...", "storeDirWriteCleanLogs: Starting...")
        entries[0] += r.randrange(-2000, 9000)
        emit("  Finished.  Wrote %d entries.", f"  Finished.  Wrote {entries[0]} entries.")
        emit(
            "  Took %.2f seconds (%6.1f entries/sec).",
            f"  Took {r.uniform(0.05, 2):.2f} seconds ({r.uniform(40000, 400000):6.1f} entries/sec).",
        )
        emit("logfileRotate: %s", "logfileRotate: daemon:/var/log/squid/access.log")
        emit("Rotate log file %s", "Rotate log file daemon:/var/log/squid/access.log")

    def shutdown() -> None:
        emit(
            "Preparing for shutdown after %d requests",
            f"Preparing for shutdown after {requests[0]} requests",
        )
        emit(
            "Waiting %d seconds for active connections to finish",
            "Waiting 30 seconds for active connections to finish",
        )
        emit("Closing HTTP(S) port %s", "Closing HTTP(S) port [::]:3128")
        emit("Closing HTTP(S) port %s", "Closing HTTP(S) port [::]:3129")
        log.tick(r, 5, 30)
        emit("Shutting down...", "Shutting down...")
        emit("storeDirWriteCleanLogs: Starting...", "storeDirWriteCleanLogs: Starting...")
        emit("  Finished.  Wrote %d entries.", f"  Finished.  Wrote {entries[0]} entries.")
        emit(
            "  Took %.2f seconds (%6.1f entries/sec).",
            f"  Took {r.uniform(0.05, 2):.2f} seconds ({r.uniform(40000, 400000):6.1f} entries/sec).",
        )
        emit("Logfile: closing log %s", "Logfile: closing log daemon:/var/log/squid/access.log")
        emit(
            "Squid Cache (Version %s): Exiting normally.",
            "Squid Cache (Version 6.6): Exiting normally.",
        )
        emit(
            "Squid Parent: %s process %d exited with status %d",
            f"Squid Parent: squid-1 process {r.randrange(1000, 9000)} exited with status 0",
            kid=False,
        )

    emit("Squid Parent: will start %d kids", "Squid Parent: will start 1 kids", kid=False)
    emit(
        "Squid Parent: (%s) process %d started",
        f"Squid Parent: (squid-1) process {r.randrange(1000, 9000)} started",
        kid=False,
    )
    startup(False)
    day = log.t.date()
    reconf = restarted = False
    while len(log.lines) < 3700:
        log.tick(r, 5, 90)
        requests[0] += r.randrange(50, 4000)
        if log.t.date() != day:
            day = log.t.date()
            rotate()
        roll = r.random()
        if roll < 0.30:
            tls_accept()
        elif roll < 0.48:
            tls_negotiate()
        elif roll < 0.56:
            forgery()
        elif roll < 0.62:
            helpers_busy()
        elif roll < 0.66:
            loop()
        elif roll < 0.74:
            emit(
                "WARNING: Closing client connection due to lifetime timeout",
                "WARNING: Closing client connection due to lifetime timeout",
                extra=[
                    f"    connection: {c()} local=10.0.5.10:3128 remote={client()} FD {r.randrange(20, 900)} flags=1",
                    mt(),
                ],
            )
        elif roll < 0.80:
            site = r.choice(SQUID_SITES)
            path = r.choice(
                ["/v2/", "/simple/requests/", "/debian/dists/bookworm/InRelease", "/services/T0/B0"]
            )
            # The reason is a literal at each call site: wording.
            why = r.choice(["No object data received", "Bad header encountered"])
            emit(
                f"WARNING: HTTP: Invalid Response: {why} from %s AKA %s",
                f"WARNING: HTTP: Invalid Response: {why} from https://{site}{path} AKA {site}{path}",
                extra=[mt()],
            )
        elif roll < 0.84:
            peer = r.choice(["10.0.5.20", "10.0.5.21"])
            emit(
                "TCP connection to %s/%d failed",
                f"TCP connection to {peer}/3128 failed",
                extra=[mt()],
            )
            if r.random() < 0.3:
                emit("Detected DEAD Parent: %s", f"Detected DEAD Parent: {peer}")
                log.tick(r, 20, 200)
                emit("Detected REVIVED Parent: %s", f"Detected REVIVED Parent: {peer}")
        elif roll < 0.88:
            emit(
                "ERROR: Cannot connect to %s",
                f"ERROR: Cannot connect to {r.choice(['10.0.5.20', '10.0.5.21'])}:3128",
                extra=[mt()],
            )
        elif roll < 0.91:
            emit(
                "WARNING: Disk space over limit: %.2f KB > %d KB",
                f"WARNING: Disk space over limit: {10240000 + r.randrange(100, 90000)}.00 KB > 10240000 KB",
            )
        elif roll < 0.94:
            emit(
                "urlParse: Illegal character in hostname '%s'",
                f"urlParse: Illegal character in hostname '{r.choice(['wpad_lan', 'my_host.internal', 'print server'])}'",
                extra=[mt()],
            )
        elif roll < 0.97:
            emit(
                "ipcacheParse: No Address records in response to '%s'",
                f"ipcacheParse: No Address records in response to '{r.choice(['ipv6.test-ipv6.com', 'metadata.internal', 'vault.service.consul'])}'",
            )
        else:
            tls_accept()
        if not reconf and len(log.lines) > 1300:
            reconf = True
            startup(True)
        if not restarted and len(log.lines) > 2700:
            restarted = True
            shutdown()
            log.tick(r, 3, 20)
            emit("Squid Parent: will start %d kids", "Squid Parent: will start 1 kids", kid=False)
            emit(
                "Squid Parent: (%s) process %d started",
                f"Squid Parent: (squid-1) process {r.randrange(1000, 9000)} started",
                kid=False,
            )
            startup(False)
    return [log]


# --------------------------------------------------------------------------------- mongodb

MONGO_APPS = [
    ("10.0.2.15", "nodejs", "6.3.0", "orders-api"),
    ("10.0.2.16", "nodejs", "6.3.0", "orders-api"),
    ("10.0.2.31", "PyMongo", "4.6.1", "reporting"),
    ("10.0.4.9", "mongo-java-driver|sync", "4.11.1", "billing"),
]
MONGO_NS = [
    "shop.orders",
    "shop.customers",
    "shop.carts",
    "shop.inventory",
    "billing.invoices",
    "shop.sessions",
]


def mongodb(r: random.Random) -> list[Log]:
    """MongoDB 7.0, the primary of a three-member replica set (mongod.log, the structured JSON
    of 4.4 on: `t`, `s`, `c`, `id`, `ctx`, `msg`, `attr`, each written in that order with
    mongod's padding after `s`, `c` and `id`). The message is a constant and the variables are
    in `attr`: connections opening and closing with their client metadata, authentication,
    slow queries, WiredTiger checkpoints, TTL deletes, index builds, an election after a
    restart."""
    log = Log("mongod.log", datetime(2024, 3, 11, 6, 25, 2, 118000, tzinfo=UTC))
    conn = [r.randrange(1000, 9000)]
    open_conns: dict[int, tuple[str, str]] = {}
    members = [
        "mongo-0.mongo.db.svc:27017",
        "mongo-1.mongo.db.svc:27017",
        "mongo-2.mongo.db.svc:27017",
    ]

    def emit(
        sev: str,
        comp: str,
        ident: int,
        ctx: str,
        msg: str,
        attr: dict[str, object] | None = None,
        tags: list[str] | None = None,
    ) -> None:
        t = log.t
        head = (
            '{"t":{"$date":"'
            + f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond // 1000:03d}+00:00"
            + '"},'
            + f'"s":"{sev}",'.ljust(8)
            + f'"c":"{comp}",'.ljust(15)
            + f'"id":{ident},'.ljust(12)
            + f'"ctx":{json.dumps(ctx)},"msg":{json.dumps(msg)}'
        )
        rest = ""
        if attr is not None:
            rest += ',"attr":' + json.dumps(attr, separators=(",", ":"))
        if tags:
            rest += ',"tags":' + json.dumps(tags)
        log.add(head + rest + "}", msg)

    def uuid_attr() -> dict[str, object]:
        return {"uuid": {"$uuid": uuid4(r)}}

    def connect() -> int:
        ip, driver, ver, app = r.choices(MONGO_APPS, weights=[4, 4, 1, 2])[0]
        conn[0] += 1
        cid = conn[0]
        remote = f"{ip}:{r.randrange(32768, 61000)}"
        open_conns[cid] = (remote, app)
        emit(
            "I",
            "NETWORK",
            22943,
            "listener",
            "Connection accepted",
            {
                "remote": remote,
                "isLoadBalanced": False,
                "uuid": uuid_attr(),
                "connectionId": cid,
                "connectionCount": len(open_conns),
            },
        )
        emit(
            "I",
            "NETWORK",
            51800,
            f"conn{cid}",
            "client metadata",
            {
                "remote": remote,
                "client": f"conn{cid}",
                "negotiatedCompressors": [],
                "doc": {
                    "driver": {"name": driver, "version": ver},
                    "os": {"type": "Linux", "name": "linux", "architecture": "x64"},
                    "platform": "Node.js v20.11.1, LE"
                    if driver == "nodejs"
                    else "CPython 3.11.8.final.0",
                    "application": {"name": app},
                },
            },
        )
        if r.random() < 0.9:
            emit(
                "I",
                "ACCESS",
                5286306,
                f"conn{cid}",
                "Successfully authenticated",
                {
                    "client": remote,
                    "isSpeculative": True,
                    "isClusterMember": False,
                    "mechanism": "SCRAM-SHA-256",
                    "user": app,
                    "db": "admin",
                    "result": 0,
                    "metrics": {
                        "conversation_duration": {
                            "micros": r.randrange(2000, 90000),
                            "summary": {
                                "0": {
                                    "step": 1,
                                    "step_total": 2,
                                    "duration_micros": r.randrange(50, 300),
                                },
                                "1": {
                                    "step": 2,
                                    "step_total": 2,
                                    "duration_micros": r.randrange(20, 90),
                                },
                            },
                        }
                    },
                    "extraInfo": {},
                },
            )
            emit(
                "I",
                "NETWORK",
                6788700,
                f"conn{cid}",
                "Received first command on ingress connection since session start or auth handshake",
                {"elapsedMillis": r.randrange(0, 30)},
            )
        else:
            emit(
                "I",
                "ACCESS",
                5286307,
                f"conn{cid}",
                "Failed to authenticate",
                {
                    "client": remote,
                    "isSpeculative": True,
                    "isClusterMember": False,
                    "mechanism": "SCRAM-SHA-256",
                    "user": app,
                    "db": "admin",
                    "error": "AuthenticationFailed: SCRAM authentication failed, storedKey mismatch",
                    "result": 18,
                    "metrics": {"conversation_duration": {"micros": r.randrange(2000, 90000)}},
                    "extraInfo": {},
                },
            )
        return cid

    def disconnect(cid: int) -> None:
        remote, _ = open_conns.pop(cid)
        emit(
            "I",
            "NETWORK",
            22944,
            f"conn{cid}",
            "Connection ended",
            {
                "remote": remote,
                "isLoadBalanced": False,
                "uuid": uuid_attr(),
                "connectionId": cid,
                "connectionCount": len(open_conns),
            },
        )

    def slow() -> None:
        cid = r.choice(sorted(open_conns))
        ns = r.choice(MONGO_NS)
        coll = ns.split(".")[1]
        kind = r.choice(["find", "find", "aggregate", "update", "getMore"])
        dur = r.randrange(100, 9000)
        if kind == "update":
            emit(
                "I",
                "WRITE",
                51803,
                f"conn{cid}",
                "Slow query",
                {
                    "type": "update",
                    "ns": ns,
                    "command": {
                        "q": {
                            "status": "pending",
                            "updatedAt": {"$lt": {"$date": "2024-03-10T00:00:00.000Z"}},
                        },
                        "u": {"$set": {"status": "expired"}},
                        "multi": True,
                        "upsert": False,
                    },
                    "planSummary": "COLLSCAN",
                    "keysExamined": 0,
                    "docsExamined": r.randrange(10**4, 10**6),
                    "nMatched": r.randrange(0, 900),
                    "nModified": r.randrange(0, 900),
                    "numYields": r.randrange(10, 900),
                    "locks": {},
                    "durationMillis": dur,
                },
            )
        else:
            emit(
                "I",
                "COMMAND",
                51803,
                f"conn{cid}",
                "Slow query",
                {
                    "type": "command",
                    "ns": ns,
                    "appName": open_conns[cid][1],
                    "command": {
                        kind: coll,
                        "filter": {"customerId": r.randrange(10**5, 10**6)},
                        "lsid": {"id": uuid_attr()},
                        "$db": ns.split(".")[0],
                    },
                    "planSummary": r.choice(
                        ["COLLSCAN", "IXSCAN { customerId: 1, createdAt: -1 }"]
                    ),
                    "keysExamined": r.randrange(0, 10**5),
                    "docsExamined": r.randrange(0, 10**6),
                    "nreturned": r.randrange(0, 200),
                    "queryHash": hexid(r, 8).upper(),
                    "planCacheKey": hexid(r, 8).upper(),
                    "numYields": r.randrange(0, 400),
                    "reslen": r.randrange(200, 90000),
                    "locks": {},
                    "protocol": "op_msg",
                    "durationMillis": dur,
                },
            )

    def checkpoint() -> None:
        ts = int(log.t.timestamp())
        emit(
            "I",
            "STORAGE",
            22430,
            "Checkpointer",
            "WiredTiger message",
            {
                "message": {
                    "ts_sec": ts,
                    "ts_usec": r.randrange(10**6),
                    "thread": f"{r.randrange(1, 99)}:0x7f{hexid(r, 10)}",
                    "session_dhandle_name": "file:WiredTiger.wt",
                    "session_name": "WT_SESSION.checkpoint",
                    "category": "WT_VERB_CHECKPOINT_PROGRESS",
                    "category_id": 6,
                    "verbose_level": "DEBUG_1",
                    "verbose_level_id": 1,
                    "msg": f"saving checkpoint snapshot min: {r.randrange(10**5, 10**6)}, snapshot max: {r.randrange(10**5, 10**6)} snapshot count: 0, oldest timestamp: ({ts - 300}, 1) , meta checkpoint timestamp: ({ts}, 1) base write gen: {r.randrange(10**4, 10**5)}",
                }
            },
        )

    def ttl() -> None:
        emit(
            "I",
            "INDEX",
            5479200,
            "TTLMonitor",
            "Deleted expired documents using index",
            {
                "namespace": r.choice(["shop.sessions", "config.system.sessions", "shop.carts"]),
                "index": r.choice(["expiresAt_1", "lastUse_1", "updatedAt_1"]),
                "numDeleted": r.randrange(1, 900),
                "durationMillis": r.randrange(0, 90),
            },
        )

    def index_build() -> None:
        ns = r.choice(MONGO_NS)
        build = uuid4(r)
        cid = r.choice(sorted(open_conns))
        name = r.choice(["customerId_1_createdAt_-1", "status_1", "sku_1", "email_1"])
        emit(
            "I",
            "INDEX",
            20438,
            f"conn{cid}",
            "Index build: registering",
            {
                "buildUUID": {"uuid": {"$uuid": build}},
                "namespace": ns,
                "collectionUUID": uuid_attr(),
                "indexes": 1,
                "firstIndex": {"name": name},
                "command": {
                    "createIndexes": ns.split(".")[1],
                    "indexes": [{"key": {name.split("_")[0]: 1}, "name": name}],
                    "commitQuorum": "votingMembers",
                },
            },
        )
        emit(
            "I",
            "STORAGE",
            20384,
            "IndexBuildsCoordinatorMongod-1",
            "Index build: starting",
            {
                "buildUUID": {"uuid": {"$uuid": build}},
                "collectionUUID": uuid_attr(),
                "namespace": ns,
                "properties": {"v": 2, "key": {name.split("_")[0]: 1}, "name": name},
                "specIndex": 0,
                "numSpecs": 1,
                "method": "Hybrid",
                "maxTemporaryMemoryUsageMB": 200,
            },
        )
        emit(
            "I",
            "INDEX",
            20440,
            f"conn{cid}",
            "Index build: waiting for index build to complete",
            {
                "buildUUID": {"uuid": {"$uuid": build}},
                "deadline": {"$date": {"$numberLong": "9223372036854775807"}},
            },
        )
        log.tick(r, 1, 20)
        emit(
            "I",
            "INDEX",
            20391,
            "IndexBuildsCoordinatorMongod-1",
            "Index build: collection scan done",
            {
                "buildUUID": {"uuid": {"$uuid": build}},
                "collectionUUID": uuid_attr(),
                "namespace": ns,
                "totalRecords": r.randrange(10**4, 10**6),
                "readSource": "kNoTimestamp",
                "durationMillis": r.randrange(100, 20000),
            },
        )
        emit(
            "I",
            "INDEX",
            20685,
            "IndexBuildsCoordinatorMongod-1",
            "Index build: inserted keys from external sorter into index",
            {
                "namespace": ns,
                "index": name,
                "keysInserted": r.randrange(10**4, 10**6),
                "durationMillis": r.randrange(100, 9000),
            },
        )
        emit(
            "I",
            "STORAGE",
            3856203,
            "IndexBuildsCoordinatorMongod-1",
            "Index build: waiting for next action before completing final phase",
            {"buildUUID": {"uuid": {"$uuid": build}}},
        )
        emit(
            "I",
            "STORAGE",
            3856204,
            "IndexBuildsCoordinatorMongod-1",
            "Index build: received signal",
            {"buildUUID": {"uuid": {"$uuid": build}}, "action": "Single-phase commit"},
        )
        emit(
            "I",
            "INDEX",
            20345,
            "IndexBuildsCoordinatorMongod-1",
            "Index build: done building",
            {
                "buildUUID": None,
                "collectionUUID": uuid_attr(),
                "namespace": ns,
                "index": name,
                "ident": f"index-{r.randrange(10, 400)}-{r.randrange(10**18, 10**19)}",
                "collectionIdent": f"collection-{r.randrange(10, 400)}-{r.randrange(10**18, 10**19)}",
                "commitTimestamp": {
                    "$timestamp": {"t": int(log.t.timestamp()), "i": r.randrange(1, 30)}
                },
            },
        )
        emit(
            "I",
            "STORAGE",
            20663,
            "IndexBuildsCoordinatorMongod-1",
            "Index build: completed successfully",
            {
                "buildUUID": {"uuid": {"$uuid": build}},
                "collectionUUID": uuid_attr(),
                "namespace": ns,
                "indexesBuilt": [name],
                "numIndexesBefore": r.randrange(1, 6),
                "numIndexesAfter": r.randrange(2, 7),
            },
        )

    def boot() -> None:
        pid = r.randrange(1, 40)
        emit(
            "I",
            "CONTROL",
            23285,
            "-",
            "Automatically disabling TLS 1.0, to force-enable TLS 1.0 specify --sslDisabledProtocols 'none'",
        )
        emit(
            "I",
            "NETWORK",
            4915701,
            "-",
            "Initialized wire specification",
            {
                "spec": {
                    "incomingExternalClient": {"minWireVersion": 0, "maxWireVersion": 21},
                    "incomingInternalClient": {"minWireVersion": 0, "maxWireVersion": 21},
                    "outgoing": {"minWireVersion": 6, "maxWireVersion": 21},
                    "isInternalClient": True,
                }
            },
        )
        emit(
            "I",
            "CONTROL",
            4615611,
            "initandlisten",
            "MongoDB starting",
            {
                "pid": pid,
                "port": 27017,
                "dbPath": "/data/db",
                "architecture": "64-bit",
                "host": members[0].split(".")[0],
            },
        )
        emit(
            "I",
            "CONTROL",
            23403,
            "initandlisten",
            "Build Info",
            {
                "buildInfo": {
                    "version": "7.0.6",
                    "gitVersion": "66cdc1f28172cb33ff68263050d73d4ade73b9a4",
                    "openSSLVersion": "OpenSSL 3.0.2 15 Mar 2022",
                    "modules": [],
                    "allocator": "tcmalloc",
                    "environment": {
                        "distmod": "ubuntu2204",
                        "distarch": "x86_64",
                        "target_arch": "x86_64",
                    },
                }
            },
        )
        emit(
            "I",
            "CONTROL",
            51765,
            "initandlisten",
            "Operating System",
            {"os": {"name": "Ubuntu", "version": "22.04"}},
        )
        emit(
            "I",
            "CONTROL",
            21951,
            "initandlisten",
            "Options set by command line",
            {
                "options": {
                    "net": {"bindIpAll": True},
                    "replication": {"replSet": "rs0"},
                    "security": {"keyFile": "/etc/mongo/keyfile"},
                }
            },
        )
        emit(
            "I",
            "STORAGE",
            22297,
            "initandlisten",
            "Using the XFS filesystem is strongly recommended with the WiredTiger storage engine. See http://dochub.mongodb.org/core/prodnotes-filesystem",
            tags=["startupWarnings"],
        )
        emit(
            "I",
            "STORAGE",
            22315,
            "initandlisten",
            "Opening WiredTiger",
            {
                "config": "create,cache_size=3584M,session_max=33000,eviction=(threads_min=4,threads_max=4),config_base=false,statistics=(fast),log=(enabled=true,remove=true,path=journal,compressor=snappy),"
            },
        )
        emit(
            "I",
            "STORAGE",
            4795906,
            "initandlisten",
            "WiredTiger opened",
            {"durationMillis": r.randrange(300, 3000)},
        )
        emit(
            "I",
            "RECOVERY",
            23987,
            "initandlisten",
            "WiredTiger recoveryTimestamp",
            {"recoveryTimestamp": {"$timestamp": {"t": int(log.t.timestamp()) - 40, "i": 1}}},
        )
        emit(
            "W",
            "CONTROL",
            22178,
            "initandlisten",
            "/sys/kernel/mm/transparent_hugepage/enabled is 'always'. We suggest setting it to 'never' in this binary version",
            tags=["startupWarnings"],
        )
        emit("I", "REPL", 6005300, "initandlisten", "Starting up replica set aware services")
        emit(
            "I",
            "FTDC",
            20625,
            "initandlisten",
            "Initializing full-time diagnostic data capture",
            {"dataDirectory": "/data/db/diagnostic.data"},
        )
        emit(
            "I",
            "REPL",
            4280500,
            "initandlisten",
            "Attempting to create internal replication collections",
        )
        emit(
            "I",
            "NETWORK",
            23015,
            "listener",
            "Listening on",
            {"address": "/tmp/mongodb-27017.sock"},
        )
        emit("I", "NETWORK", 23015, "listener", "Listening on", {"address": "0.0.0.0"})
        emit(
            "I",
            "NETWORK",
            23016,
            "listener",
            "Waiting for connections",
            {"port": 27017, "ssl": "off"},
        )
        emit(
            "I",
            "CONTROL",
            8423403,
            "initandlisten",
            "mongod startup complete",
            {"Summary of time elapsed": {"Startup from clean shutdown?": True, "Statistics": {}}},
        )
        emit(
            "I",
            "REPL",
            21392,
            "ReplCoord-0",
            "New replica set config in use",
            {
                "config": {
                    "_id": "rs0",
                    "version": 5,
                    "term": 12,
                    "members": [{"_id": i, "host": m} for i, m in enumerate(members)],
                }
            },
        )
        emit(
            "I",
            "REPL",
            21358,
            "ReplCoord-0",
            "Replica set state transition",
            {"newState": "SECONDARY", "oldState": "STARTUP2"},
        )
        for m in members[1:]:
            emit(
                "I",
                "REPL",
                21215,
                "ReplCoord-1",
                "Member is in new state",
                {"hostAndPort": m, "newState": r.choice(["SECONDARY", "PRIMARY"])},
            )
        if restarts[0]:
            emit(
                "I",
                "ELECTION",
                4615652,
                "ReplCoord-0",
                "Starting an election, since we've seen no PRIMARY in election timeout period",
                {"electionTimeoutPeriodMillis": 10000},
            )
            emit(
                "I",
                "ELECTION",
                21438,
                "ReplCoord-0",
                "Conducting a dry run election to see if we could be elected",
                {"currentTerm": 12},
            )
            emit(
                "I",
                "ELECTION",
                21444,
                "ReplCoord-0",
                "Dry election run succeeded, running for election",
                {"newTerm": 13},
            )
            emit(
                "I",
                "ELECTION",
                21450,
                "ReplCoord-0",
                "Election succeeded, assuming primary role",
                {"term": 13},
            )
            emit(
                "I",
                "REPL",
                21358,
                "ReplCoord-0",
                "Replica set state transition",
                {"newState": "PRIMARY", "oldState": "SECONDARY"},
            )
            emit(
                "I",
                "REPL",
                21331,
                "OplogApplier-0",
                "Transition to primary complete; database writes are now permitted",
            )

    def shutdown() -> None:
        emit(
            "I",
            "CONTROL",
            23377,
            "SignalHandler",
            "Received signal",
            {"signal": 15, "error": "Terminated"},
        )
        emit(
            "I",
            "CONTROL",
            23378,
            "SignalHandler",
            "Signal was sent by kill(2)",
            {"pid": 1, "uid": 0},
        )
        emit("I", "CONTROL", 23381, "SignalHandler", "will terminate after current cmd ends")
        emit(
            "I",
            "REPL",
            4784900,
            "SignalHandler",
            "Stepping down the ReplicationCoordinator for shutdown",
            {"waitTimeMillis": 15000},
        )
        emit(
            "I",
            "REPL",
            21358,
            "SignalHandler",
            "Replica set state transition",
            {"newState": "SECONDARY", "oldState": "PRIMARY"},
        )
        for cid in sorted(open_conns)[:]:
            disconnect(cid)
        emit(
            "I",
            "STORAGE",
            4784915,
            "SignalHandler",
            "Shutting down the FullTimeDiagnosticDataCapture",
        )
        emit("I", "STORAGE", 22317, "SignalHandler", "WiredTigerKVEngine shutting down")
        emit(
            "I",
            "STORAGE",
            4795902,
            "SignalHandler",
            "Closing WiredTiger",
            {"closeConfig": "leak_memory=true,use_timestamp=false,"},
        )
        emit(
            "I",
            "STORAGE",
            4795901,
            "SignalHandler",
            "WiredTiger closed",
            {"durationMillis": r.randrange(100, 3000)},
        )
        emit("I", "CONTROL", 20565, "SignalHandler", "Now exiting")
        emit("I", "CONTROL", 23138, "SignalHandler", "Shutting down", {"exitCode": 0})

    restarts = [0]
    boot()
    for _ in range(6):
        connect()
    last_ckpt = log.t
    while len(log.lines) < 2800:
        log.tick(r, 0.5, 25)
        if log.t - last_ckpt > timedelta(seconds=60):
            last_ckpt = log.t
            checkpoint()
        roll = r.random()
        if roll < 0.28:
            connect()
        elif roll < 0.54 and len(open_conns) > 4:
            disconnect(r.choice(sorted(open_conns)))
        elif roll < 0.74:
            slow()
        elif roll < 0.82:
            ttl()
        elif roll < 0.84:
            index_build()
        elif roll < 0.88:
            m = r.choice(members[1:])
            emit(
                "I",
                "REPL_HB",
                23974,
                "ReplCoord-2",
                "Heartbeat failed after max retries",
                {
                    "target": m,
                    "maxHeartbeatRetries": 2,
                    "error": {
                        "code": 6,
                        "codeName": "HostUnreachable",
                        "errmsg": f"Error connecting to {m} (10.0.7.{r.randrange(2, 90)}:27017) :: caused by :: Connection refused",
                    },
                },
            )
            emit(
                "I",
                "REPL",
                21216,
                "ReplCoord-2",
                "Member is in new state",
                {"hostAndPort": m, "newState": "(not reachable/healthy)"},
            )
        elif roll < 0.91:
            emit(
                "W",
                "COMMAND",
                20525,
                f"conn{r.choice(sorted(open_conns))}",
                "Failed to gather storage statistics for slow operation",
                {"opId": r.randrange(10**5, 10**7), "error": "lock acquire timeout"},
            )
        elif roll < 0.94:
            emit(
                "I",
                "ACCESS",
                20436,
                f"conn{r.choice(sorted(open_conns))}",
                "Checking authorization failed",
                {
                    "error": {
                        "code": 13,
                        "codeName": "Unauthorized",
                        "errmsg": f"not authorized on {r.choice(['admin', 'shop'])} to execute command {{ {r.choice(['listDatabases', 'dropDatabase', 'replSetGetStatus'])}: 1 }}",
                    }
                },
            )
        elif roll < 0.96:
            emit(
                "I",
                "CONTROL",
                20710,
                "LogicalSessionCacheRefresh",
                "Failed to refresh session cache, will try again at the next refresh interval",
                {
                    "error": 'WriteConcernFailed: waiting for replication timed out; Error details: { wtimeout: true, writeConcern: { w: "majority", wtimeout: 15000, provenance: "clientSupplied" } }'
                },
            )
        elif roll < 0.98:
            emit(
                "I",
                "NETWORK",
                22988,
                f"conn{r.choice(sorted(open_conns))}",
                "Error receiving request from client. Ending connection from remote",
                {
                    "error": {
                        "code": 141,
                        "codeName": "SSLHandshakeFailed",
                        "errmsg": "SSL handshake received but server is started without SSL support",
                    },
                    "remote": f"10.0.9.{r.randrange(2, 250)}:{r.randrange(32768, 61000)}",
                    "connectionId": conn[0],
                },
            )
        else:
            emit(
                "W",
                "REPL",
                21405,
                "ReplCoord-3",
                "Flow control is engaged and the sustainer point is not moving. Please check the health of all secondaries.",
            )
        if not restarts[0] and len(log.lines) > 1600:
            shutdown()
            restarts[0] = 1
            log.tick(r, 5, 30)
            boot()
            for _ in range(6):
                connect()
    return [log]


SYSTEMS = {
    "redis": redis,
    "prometheus": prometheus,
    "kubelet": kubelet,
    "squid": squid,
    "mongodb": mongodb,
}


if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
