#!/usr/bin/env python3
# ruff: noqa: E501, B023  (the log lines it writes are data, one per call; closures run in their loop)
"""Writes the held-out logs of round 39 (jvm-gc, mysql, systemd, vector, vsftpd) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its source's format strings over a seeded run,
and every line that starts an event is labelled with the format string that wrote it as it is
written. Five log shapes not yet covered: HotSpot's unified GC log (`-Xlog:gc*:file=gc.log:time,
uptime,level,tags`: `[2024-06-11T06:00:02.118+0000][0.012s][info][gc,heap     ] GC(5) msg`, every
decoration in brackets and padded to the widest seen so far, the collection's `GC(N)` before its
messages, phase starts and their ends with a duration), MySQL 8's error log (`2024-06-11T06:00:
02.118118Z 0 [System] [MY-010116] [Server] msg`: the thread, the label, an error code that several
messages can share, the subsystem, InnoDB's multi-line deadlock dumps), systemd's own messages in
syslog (`systemd[1]: nginx.service: Main process exited, code=exited, status=1/FAILURE`: the unit
before a unit's message, `Started UNIT - Description.` with free-text descriptions; one host in
RFC 3339 and one in the traditional format), Vector's log (Rust `tracing`: `2024-06-11T06:00:02.
118118Z  WARN sink{component_kind="sink" component_id=es_out component_type=elasticsearch}:
request{request_id=12}: vector::sinks::util::retries: Retrying after error. error=...`: span
context before the module path, fields after the message) and vsftpd's log (`Tue Jun 11 06:00:02
2024 [pid 2212] [alice] OK DOWNLOAD: Client "::ffff:198.51.100.7", "/pub/a.iso", 1024 bytes,
812.33Kbyte/sec`: a ctime date, the pid and user in brackets, `OK`/`FAIL` before the action). Run it
only to change the data on purpose: `python bench/heldout/generate_round39.py [SYSTEM ...]`.
"""

from __future__ import annotations

import random
import sys
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, ip4, syslog_ts

# --------------------------------------------------------------------------------- HotSpot GC


class GcLog:
    """A HotSpot unified-logging file output: each decoration is written `[%-*s]` with the
    widest value seen so far as its width (LogFileStreamOutput::write_decorations), so the tags
    column widens the first time a longer tag set is logged."""

    def __init__(self, log: Log, start_uptime: float):
        self.log = log
        self.uptime = start_uptime
        self.pad = {"uptime": 0, "level": 0, "tags": 0}

    def deco(self, key: str, value: str) -> str:
        text = f"[{value:<{self.pad[key]}}]"
        self.pad[key] = max(self.pad[key], len(value))
        return text

    def add(
        self, r: random.Random, tags: str, msg: str, label: str, level="info", lo=0.0, hi=0.002
    ):
        before = self.log.t
        self.uptime += (self.log.tick(r, lo, hi) - before).total_seconds()
        stamp = f"{self.log.t:%Y-%m-%dT%H:%M:%S}.{self.log.t.microsecond // 1000:03d}+0000"
        line = f"[{stamp}]{self.deco('uptime', f'{self.uptime:.3f}s')}{self.deco('level', level)}{self.deco('tags', tags)} {msg}"
        self.log.add(line, label)


GC_YOUNG_CAUSES = ["G1 Evacuation Pause"] * 8 + ["G1 Humongous Allocation", "Metadata GC Threshold"]


def jvm_gc(r: random.Random) -> list[Log]:
    """Two JDK 17 services with G1 (`-Xlog:gc*:file=...:time,uptime,level,tags`, the second also
    with `safepoint`): the gc,init banner, young pauses with their phases, region counts and
    metaspace, concurrent mark cycles (each phase logged when it starts and again with its
    duration when it ends), a few full collections, a JVM exit with its heap summary and a
    restart."""
    logs = []
    for name, heap_max, safepoints in (
        ("orders-gc.log", 4096, False),
        ("search-gc.log", 8192, True),
    ):
        log = Log(name, datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC))
        g = GcLog(log, 0.009)
        gcid = [0]
        heap = [0]

        def init(g=g, heap_max=heap_max) -> None:
            g.add(r, "gc", "Using G1", "Using G1")
            g.add(
                r,
                "gc,init",
                "Version: 17.0.11+9-Ubuntu-1ubuntu222.04 (release)",
                "Version: %s (%s)",
            )
            g.add(r, "gc,init", "CPUs: 4 total, 4 available", "CPUs: %u total, %u available")
            g.add(r, "gc,init", "Memory: 15885M", "Memory: %s%s")
            g.add(r, "gc,init", "Large Page Support: Disabled", "Large Page Support: Disabled")
            g.add(r, "gc,init", "NUMA Support: Disabled", "NUMA Support: Disabled")
            g.add(
                r,
                "gc,init",
                "Compressed Oops: Enabled (Zero based)",
                "Compressed Oops: Enabled (%s)",
            )
            g.add(
                r,
                "gc,init",
                f"Heap Region Size: {2 if heap_max < 8192 else 4}M",
                "Heap Region Size: %s%s",
            )
            g.add(r, "gc,init", "Heap Min Capacity: 256M", "Heap Min Capacity: %s%s")
            g.add(r, "gc,init", "Heap Initial Capacity: 256M", "Heap Initial Capacity: %s%s")
            g.add(
                r, "gc,init", f"Heap Max Capacity: {heap_max // 1024}G", "Heap Max Capacity: %s%s"
            )
            g.add(r, "gc,init", "Pre-touch: Disabled", "Pre-touch: Disabled")
            g.add(r, "gc,init", "Parallel Workers: 4", "Parallel Workers: %u")
            g.add(r, "gc,init", "Concurrent Workers: 1", "Concurrent Workers: %u")
            g.add(
                r,
                "gc,init",
                "Concurrent Refinement Workers: 4",
                "Concurrent Refinement Workers: %u",
            )
            g.add(r, "gc,init", "Periodic GC: Disabled", "Periodic GC: Disabled")
            g.add(
                r,
                "gc,metaspace",
                "CDS archive(s) mapped at: [0x00007f2c3f000000-0x00007f2c3fbc8000-0x00007f2c3fbc8000), size 12353536, SharedBaseAddress: 0x00007f2c3f000000, ArchiveRelocationMode: 1.",
                "CDS archive(s) mapped at: [%p-%p-%p), size %zu, SharedBaseAddress: %p, ArchiveRelocationMode: %d.",
            )
            g.add(
                r,
                "gc,metaspace",
                "Compressed class space mapped at: 0x00007f2c40000000-0x00007f2c80000000, reserved size: 1073741824",
                "Compressed class space mapped at: %p-%p, reserved size: %zu",
            )
            g.add(
                r,
                "gc,metaspace",
                "Narrow klass base: 0x00007f2c3f000000, Narrow klass shift: 0, Narrow klass range: 0x100000000",
                "Narrow klass base: %p, Narrow klass shift: %d, Narrow klass range: %p",
            )
            heap[0] = r.randrange(20, 40)

        def gc_line(tags: str, msg: str, label: str, lo=0.0, hi=0.002, g=g) -> None:
            g.add(r, tags, f"GC({gcid[0]}) {msg}", label, lo=lo, hi=hi)

        def regions(young: int, g=g) -> None:
            old = r.randrange(10, 120)
            gc_line(
                "gc,heap",
                f"Eden regions: {young}->0({young + r.randrange(0, 8)})",
                "Eden regions: %u->%u(%u)",
            )
            s = r.randrange(1, 5)
            gc_line(
                "gc,heap",
                f"Survivor regions: {s}->{r.randrange(1, 5)}({r.randrange(4, 9)})",
                "Survivor regions: %u->%u(%u)",
            )
            gc_line(
                "gc,heap", f"Old regions: {old}->{old + r.randrange(0, 3)}", "Old regions: %u->%u"
            )
            gc_line("gc,heap", "Archive regions: 2->2", "Archive regions: %u->%u")
            h = r.choice([0, 0, 0, 2, 5])
            gc_line(
                "gc,heap",
                f"Humongous regions: {h}->{max(0, h - r.randrange(0, 3))}",
                "Humongous regions: %u->%u",
            )
            m = r.randrange(60000, 90000)
            c = r.randrange(8000, 11000)
            gc_line(
                "gc,metaspace",
                f"Metaspace: {m}K({m + 512}K)->{m}K({m + 512}K) NonClass: {m - c}K({m - c + 256}K)->{m - c}K({m - c + 256}K) Class: {c}K({c + 256}K)->{c}K({c + 256}K)",
                "Metaspace: %zuK(%zuK)->%zuK(%zuK) NonClass: %zuK(%zuK)->%zuK(%zuK) Class: %zuK(%zuK)->%zuK(%zuK)",
            )

        def cpu() -> None:
            real = r.uniform(0, 0.02)
            gc_line(
                "gc,cpu",
                f"User={real * 3.5:.2f}s Sys={real * 0.3:.2f}s Real={real:.2f}s",
                "User=%3.2fs Sys=%3.2fs Real=%3.2fs",
            )

        def heap_change(lo: int, hi: int) -> str:
            before = heap[0]
            heap[0] = max(16, before - r.randrange(lo, hi))
            return f"{before}M->{heap[0]}M({r.choice([256, 512, 1024])}M)"

        def safepoint(op: str, g=g, safepoints=safepoints) -> None:
            if safepoints:
                reach = r.randrange(20000, 400000)
                at = r.randrange(300000, 9000000)
                g.add(
                    r,
                    "safepoint",
                    f'Safepoint "{op}", Time since last: {r.randrange(10**8, 10**10)} ns, Reaching safepoint: {reach} ns, At safepoint: {at} ns, Total: {reach + at} ns',
                    'Safepoint "%s", Time since last: %s ns, Reaching safepoint: %s ns, At safepoint: %s ns, Total: %s ns',
                )

        def young(kind: str = "Normal", cause: str = "") -> None:
            cause = cause or r.choice(GC_YOUNG_CAUSES)
            heap[0] += r.randrange(40, 160)
            gc_line(
                "gc,start",
                f"Pause Young ({kind}) ({cause})",
                "Pause Young (%s) (%s)",
                lo=0.5,
                hi=40,
            )
            gc_line(
                "gc,task",
                "Using 4 workers of 4 for evacuation",
                "Using %u workers of %u for evacuation",
            )
            for phase in (
                "Pre Evacuate Collection Set",
                "Merge Heap Roots",
                "Evacuate Collection Set",
                "Post Evacuate Collection Set",
                "Other",
            ):
                gc_line("gc,phases", f"  {phase}: {r.uniform(0, 6):.1f}ms", f"  {phase}: %.1lfms")
            regions(r.randrange(10, 90))
            gc_line(
                "gc",
                f"Pause Young ({kind}) ({cause}) {heap_change(30, 150)} {r.uniform(1, 25):.3f}ms",
                "Pause Young (%s) (%s) %zuM->%zuM(%zuM) %.3fms",
            )
            cpu()
            safepoint(
                "G1CollectForAllocation"
                if cause != "Metadata GC Threshold"
                else "CollectForMetadataAllocation"
            )
            gcid[0] += 1

        def phase(title: str, tags: str = "gc,marking") -> None:
            gc_line(tags, title, title, hi=0.01)
            gc_line(tags, f"{title} {r.uniform(0.01, 40):.3f}ms", f"{title} %.3fms", hi=0.05)

        def concurrent_cycle() -> None:
            young("Concurrent Start", r.choice(["G1 Humongous Allocation", "G1 Evacuation Pause"]))
            gc_line("gc", "Concurrent Mark Cycle", "Concurrent Mark Cycle")
            phase("Concurrent Clear Claimed Marks")
            phase("Concurrent Scan Root Regions")
            gc_line("gc,marking", "Concurrent Mark", "Concurrent Mark")
            gc_line("gc,marking", "Concurrent Mark From Roots", "Concurrent Mark From Roots")
            gc_line(
                "gc,task", "Using 1 workers of 1 for marking", "Using %u workers of %u for marking"
            )
            gc_line(
                "gc,marking",
                f"Concurrent Mark From Roots {r.uniform(5, 300):.3f}ms",
                "Concurrent Mark From Roots %.3fms",
                hi=0.3,
            )
            phase("Concurrent Preclean")
            gc_line("gc,start", "Pause Remark", "Pause Remark")
            gc_line(
                "gc",
                f"Pause Remark {heap_change(0, 5)} {r.uniform(0.5, 9):.3f}ms",
                "Pause Remark %zuM->%zuM(%zuM) %.3fms",
            )
            cpu()
            safepoint("G1Concurrent")
            gc_line(
                "gc,marking", f"Concurrent Mark {r.uniform(5, 320):.3f}ms", "Concurrent Mark %.3fms"
            )
            phase("Concurrent Rebuild Remembered Sets")
            gc_line("gc,start", "Pause Cleanup", "Pause Cleanup")
            gc_line(
                "gc",
                f"Pause Cleanup {heap_change(0, 2)} {r.uniform(0.05, 0.9):.3f}ms",
                "Pause Cleanup %zuM->%zuM(%zuM) %.3fms",
            )
            cpu()
            safepoint("G1Concurrent")
            phase("Concurrent Cleanup for Next Mark")
            gc_line(
                "gc",
                f"Concurrent Mark Cycle {r.uniform(20, 400):.3f}ms",
                "Concurrent Mark Cycle %.3fms",
            )
            gcid[0] += 1
            for _ in range(r.randrange(1, 4)):
                young("Prepare Mixed" if _ == 0 else "Mixed", "G1 Evacuation Pause")

        def full() -> None:
            gc_line("gc,start", "Pause Full (G1 Compaction Pause)", "Pause Full (%s)", lo=1, hi=30)
            gc_line(
                "gc,task",
                "Using 4 workers of 4 for full compaction",
                "Using %u workers of %u for full compaction",
            )
            for p in (
                "Phase 1: Mark live objects",
                "Phase 2: Prepare for compaction",
                "Phase 3: Adjust pointers",
                "Phase 4: Compact heap",
            ):
                gc_line("gc,phases,start", p, p)
                gc_line("gc,phases", f"{p} {r.uniform(2, 90):.3f}ms", f"{p} %.3fms", hi=0.1)
            regions(0)
            gc_line(
                "gc",
                f"Pause Full (G1 Compaction Pause) {heap_change(50, 200)} {r.uniform(40, 900):.3f}ms",
                "Pause Full (%s) %zuM->%zuM(%zuM) %.3fms",
            )
            cpu()
            safepoint("G1CollectFull")
            gcid[0] += 1

        def exit_summary(g=g) -> None:
            g.add(r, "gc,heap,exit", "Heap", "Heap", lo=5, hi=60)
            g.add(
                r,
                "gc,heap,exit",
                f" garbage-first heap   total {heap_max * 256}K, used {heap[0] * 1024 + r.randrange(0, 1024)}K [0x0000000700000000, 0x0000000800000000)",
                " garbage-first heap   total %zuK, used %zuK [%p, %p)",
            )
            g.add(
                r,
                "gc,heap,exit",
                f"  region size 2048K, {r.randrange(3, 40)} young ({r.randrange(6000, 80000)}K), {r.randrange(1, 4)} survivors ({r.randrange(2048, 8192)}K)",
                "  region size %zuK, %u young (%zuK), %u survivors (%zuK)",
            )
            g.add(
                r,
                "gc,heap,exit",
                f" Metaspace       used {r.randrange(60000, 90000)}K, committed {r.randrange(90000, 95000)}K, reserved 1114112K",
                " Metaspace       used %zuK, committed %zuK, reserved %zuK",
            )
            g.add(
                r,
                "gc,heap,exit",
                f"  class space    used {r.randrange(8000, 11000)}K, committed {r.randrange(11000, 12000)}K, reserved 1048576K",
                "  class space    used %zuK, committed %zuK, reserved %zuK",
            )

        init()
        restart_at = 60 if name.startswith("orders") else -1
        for step in range(100):
            if step == restart_at:
                exit_summary()
                log.tick(r, 5, 30)
                g.uptime = 0.008
                g.pad = {"uptime": 0, "level": 0, "tags": 0}
                gcid[0] = 0
                init()
            x = r.random()
            if x < 0.86:
                young()
            elif x < 0.97:
                concurrent_cycle()
            else:
                full()
        logs.append(log)
    return logs


# --------------------------------------------------------------------------------- MySQL 8

MYSQL_VERSION = "8.0.36-0ubuntu0.22.04.1"
MYSQL_APP_HOSTS = ["10.0.0.21", "10.0.0.22", "10.0.0.23", "10.0.0.24"]
MYSQL_USERS = {"shop": "app", "billing": "billing", "reporting": "metabase"}
MYSQL_SOURCE = "10.0.0.11"


def mysql(r: random.Random) -> list[Log]:
    """MySQL 8.0.36 on a source and a replica (`log_error_verbosity = 3`, the error log as
    `host.err`): `%s %u [%s] [MY-%06u] [%s] %s` (the thread, the label, the error code, the
    subsystem); the start and shutdown banners, aborted connections, denied logins, unresolved
    client addresses, a page cleaner falling behind, deadlock dumps (innodb_print_all_deadlocks,
    each section's header logged and its body written raw after it), the replica's threads and
    the source going away for a while."""
    logs = []
    for host, replica in (("db1", False), ("db2", True)):
        log = Log(f"{host}.err", datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC))
        conn = [8]
        binlog = [12, 157]

        def emit(
            thread: int,
            label: str,
            code: int,
            sub: str,
            msg: str,
            tid: str,
            lo=0.0,
            hi=0.05,
            log=log,
        ) -> None:
            log.tick(r, lo, hi)
            log.add(
                f"{log.t:%Y-%m-%dT%H:%M:%S}.{log.t.microsecond:06d}Z {thread} [{label}] [MY-{code:06d}] [{sub}] {msg}",
                tid,
            )

        def start(host=host, replica=replica) -> None:
            emit(
                0,
                "System",
                10116,
                "Server",
                f"/usr/sbin/mysqld (mysqld {MYSQL_VERSION}) starting as process {r.randrange(900, 3000)}",
                "%s (mysqld %s) starting as process %lu",
            )
            emit(0, "Note", 10949, "Server", "Basedir set to /usr/.", "Basedir set to %s.")
            emit(
                0,
                "Warning",
                11068,
                "Server",
                "The syntax 'expire-logs-days' is deprecated and will be removed in a future release. Please use binlog_expire_logs_seconds instead.",
                "The syntax '%s' is deprecated and will be removed in a future release. Please use %s instead.",
            )
            emit(
                1,
                "System",
                13576,
                "InnoDB",
                "InnoDB initialization has started.",
                "InnoDB initialization has started.",
            )
            emit(1, "Note", 12944, "InnoDB", "Using Linux native AIO", "Using Linux native AIO")
            emit(
                1,
                "Note",
                12203,
                "InnoDB",
                "Completed initialization of buffer pool",
                "Completed initialization of buffer pool",
            )
            emit(
                1,
                "Note",
                13883,
                "InnoDB",
                f"The latest found checkpoint is at lsn = {r.randrange(10**8, 10**10)} in redo log file ./#innodb_redo/#ib_redo{r.randrange(5, 40)}.",
                "The latest found checkpoint is at lsn = %llu in redo log file %s.",
            )
            emit(
                1,
                "Note",
                12922,
                "InnoDB",
                "Waiting for purge to start",
                "Waiting for purge to start",
            )
            emit(
                1,
                "System",
                13577,
                "InnoDB",
                "InnoDB initialization has ended.",
                "InnoDB initialization has ended.",
                hi=0.8,
            )
            for plugin in (
                "FEDERATED",
                "ndbcluster",
                "ndbinfo",
                "ndb_transid_mysql_connection_map",
            ):
                emit(
                    0,
                    "Note",
                    10733 if plugin == "FEDERATED" else 10736,
                    "Server",
                    f"Plugin '{plugin}' is disabled.",
                    "Plugin '%s' is disabled.",
                )
            emit(
                0,
                "Note",
                10182,
                "Server",
                "Found ca.pem, server-cert.pem and server-key.pem in data directory. Trying to enable SSL support using them.",
                "Found %s, %s and %s in data directory. Trying to enable SSL support using them.",
            )
            emit(
                0,
                "Note",
                10304,
                "Server",
                "Skipping generation of SSL certificates as certificate files are present in data directory.",
                "Skipping generation of SSL certificates as certificate files are present in data directory.",
            )
            emit(
                0,
                "Warning",
                10068,
                "Server",
                "CA certificate ca.pem is self signed.",
                "CA certificate %s is self signed.",
            )
            emit(
                0,
                "System",
                13602,
                "Server",
                "Channel mysql_main configured to support TLS. Encrypted connections are now supported for this channel.",
                "Channel %s configured to support TLS. Encrypted connections are now supported for this channel.",
            )
            emit(
                0,
                "Note",
                10308,
                "Server",
                "Skipping generation of RSA key pair through --sha256_password_auto_generate_rsa_keys as key files are present in data directory.",
                "Skipping generation of RSA key pair through %s as key files are present in data directory.",
            )
            emit(
                0,
                "Note",
                10252,
                "Server",
                "Server hostname (bind-address): '0.0.0.0'; port: 3306",
                "Server hostname (bind-address): '%s'; port: %d",
            )
            emit(
                0,
                "Note",
                10264,
                "Server",
                "  - '0.0.0.0' resolves to '0.0.0.0';",
                "  - '%s' resolves to '%s';",
            )
            emit(
                0,
                "Note",
                10251,
                "Server",
                "Server socket created on IP: '0.0.0.0'.",
                "Server socket created on IP: '%s'.",
            )
            emit(
                0,
                "Warning",
                11810,
                "Server",
                "Insecure configuration for --pid-file: Location '/var/run/mysqld' in the path is accessible to all OS users. Consider choosing a different directory.",
                "Insecure configuration for --pid-file: Location '%s' in the path is accessible to all OS users. Consider choosing a different directory.",
            )
            emit(
                2,
                "Note",
                11946,
                "InnoDB",
                "Loading buffer pool(s) from /var/lib/mysql/ib_buffer_pool",
                "Loading buffer pool(s) from %s",
            )
            emit(
                0,
                "Note",
                10051,
                "Server",
                "Event Scheduler: scheduler thread started with id 5",
                "Event Scheduler: scheduler thread started with id %u",
            )
            emit(
                0,
                "System",
                11323,
                "Server",
                "X Plugin ready for connections. Bind-address: '::' port: 33060, socket: /var/run/mysqld/mysqlx.sock",
                "X Plugin ready for connections. %s",
            )
            emit(
                0,
                "System",
                10931,
                "Server",
                f"/usr/sbin/mysqld: ready for connections. Version: '{MYSQL_VERSION}'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  (Ubuntu).",
                "%s: ready for connections. Version: '%s'  socket: '%s'  port: %d  %s.",
            )
            d = log.t
            emit(
                2,
                "Note",
                11946,
                "InnoDB",
                f"Buffer pool(s) load completed at {d:%y%m%d} {d.hour:2d}:{d:%M:%S}",
                "Buffer pool(s) load completed at %s",
                lo=0.5,
                hi=4,
            )
            if replica:
                emit(
                    0,
                    "Warning",
                    10897,
                    "Repl",
                    "Storing MySQL user name or password information in the connection metadata repository is not secure and is therefore not recommended. Please consider using the USER and PASSWORD connection options for START REPLICA; see the 'START REPLICA Syntax' in the MySQL Manual for more information.",
                    "Storing MySQL user name or password information in the connection metadata repository is not secure and is therefore not recommended. Please consider using the USER and PASSWORD connection options for START REPLICA; see the 'START REPLICA Syntax' in the MySQL Manual for more information.",
                )
                io_connected()
                emit(
                    conn[0] + 1,
                    "Note",
                    10581,
                    "Repl",
                    f"Replica SQL thread for channel '' initialized, starting replication in log 'binlog.{binlog[0]:06d}' at position {binlog[1]}, relay log './{host}-relay-bin.{r.randrange(2, 9):06d}' position: 4",
                    "Replica SQL thread for channel '%s' initialized, starting replication in log '%s' at position %s, relay log '%s' position: %s",
                )
                conn[0] += 2

        def io_connected() -> None:
            emit(
                conn[0],
                "System",
                10562,
                "Repl",
                f"Replica I/O thread for channel '': connected to source 'repl@{MYSQL_SOURCE}:3306',replication started in log 'binlog.{binlog[0]:06d}' at position {binlog[1]}",
                "Replica I/O thread for channel '%s': connected to source '%s@%s:%d',replication started in log '%s' at position %s",
            )

        def shutdown() -> None:
            emit(
                0,
                "System",
                13172,
                "Server",
                f"Received SHUTDOWN from user <via user signal>. Shutting down mysqld (Version: {MYSQL_VERSION}).",
                "Received SHUTDOWN from user %s. Shutting down mysqld (Version: %s).",
                lo=30,
                hi=600,
            )
            emit(
                0,
                "Note",
                10067,
                "Server",
                "Giving 12 client threads a chance to die gracefully",
                "Giving %d client threads a chance to die gracefully",
            )
            emit(
                0,
                "Note",
                10117,
                "Server",
                "Shutting down replica threads",
                "Shutting down replica threads",
            )
            emit(
                0,
                "Note",
                10118,
                "Server",
                "Forcefully disconnecting 0 remaining clients",
                "Forcefully disconnecting %d remaining clients",
            )
            emit(
                0,
                "Note",
                10043,
                "Server",
                "Event Scheduler: Purging the queue. 0 events",
                "Event Scheduler: Purging the queue. %u events",
            )
            emit(
                0,
                "Note",
                12330,
                "InnoDB",
                "FTS optimize thread exiting.",
                "FTS optimize thread exiting.",
            )
            emit(
                0,
                "Note",
                11944,
                "InnoDB",
                "Dumping buffer pool(s) to /var/lib/mysql/ib_buffer_pool",
                "Dumping buffer pool(s) to %s",
            )
            d = log.t
            emit(
                0,
                "Note",
                11944,
                "InnoDB",
                f"Buffer pool(s) dump completed at {d:%y%m%d} {d.hour:2d}:{d:%M:%S}",
                "Buffer pool(s) dump completed at %s",
            )
            emit(0, "Note", 13072, "InnoDB", "Starting shutdown...", "Starting shutdown...")
            emit(
                0,
                "Note",
                13084,
                "InnoDB",
                "Log background threads are being closed...",
                "Log background threads are being closed...",
            )
            emit(
                0,
                "Note",
                12980,
                "InnoDB",
                f"Shutdown completed; log sequence number {r.randrange(10**8, 10**10)}",
                "Shutdown completed; log sequence number %llu",
                hi=2,
            )
            emit(
                0,
                "System",
                10910,
                "Server",
                f"/usr/sbin/mysqld: Shutdown complete (mysqld {MYSQL_VERSION})  (Ubuntu).",
                "%s: Shutdown complete (mysqld %s)  %s.",
            )

        def aborted() -> None:
            conn[0] += r.randrange(1, 40)
            db = r.choice(list(MYSQL_USERS))
            why = r.choice(
                [
                    "Got an error reading communication packets",
                    "Got an error reading communication packets",
                    "Got timeout reading communication packets",
                ]
            )
            emit(
                conn[0],
                "Note",
                10914,
                "Server",
                f"Aborted connection {conn[0]} to db: '{db}' user: '{MYSQL_USERS[db]}' host: '{r.choice(MYSQL_APP_HOSTS)}' ({why}).",
                f"Aborted connection %u to db: '%s' user: '%s' host: '%s' ({why}).",
                lo=2,
                hi=300,
            )

        def denied() -> None:
            conn[0] += r.randrange(1, 10)
            if r.random() < 0.6:
                user, where, pw = r.choice(["root", "admin", "test", "mysql"]), ip4(r), "YES"
                emit(
                    0,
                    "Warning",
                    10055,
                    "Server",
                    f"IP address '{where}' could not be resolved: Name or service not known",
                    "IP address '%s' could not be resolved: %s",
                    lo=2,
                    hi=200,
                )
            else:
                user, where, pw = (
                    r.choice(list(MYSQL_USERS.values())),
                    r.choice(MYSQL_APP_HOSTS),
                    r.choice(["YES", "YES", "NO"]),
                )
            emit(
                conn[0],
                "Note",
                10926,
                "Server",
                f"Access denied for user '{user}'@'{where}' (using password: {pw})",
                f"Access denied for user '%s'@'%s' (using password: {pw})",
                hi=0.3,
            )

        def page_cleaner() -> None:
            emit(
                0,
                "Note",
                11953,
                "InnoDB",
                f"Page cleaner took {r.randrange(4001, 19000)}ms to flush {r.randrange(100, 4000)} and evict 0 pages",
                "Page cleaner took %zums to flush %zu and evict %zu pages",
                lo=30,
                hi=900,
            )

        def native_password() -> None:
            conn[0] += r.randrange(1, 20)
            emit(
                conn[0],
                "Warning",
                13360,
                "Server",
                "Plugin mysql_native_password reported: ''mysql_native_password' is deprecated and will be removed in a future release. Please use caching_sha2_password instead'",
                "Plugin %s reported: ''mysql_native_password' is deprecated and will be removed in a future release. Please use caching_sha2_password instead'",
                lo=2,
                hi=300,
            )

        def deadlock() -> None:
            t = conn[0] + r.randrange(1, 30)
            tables = r.choice(
                [("orders", "order_items"), ("accounts", "ledger"), ("stock", "reservations")]
            )
            emit(
                t,
                "Note",
                12468,
                "InnoDB",
                "Transactions deadlock detected, dumping detailed information. (lock0lock.cc:6482)",
                "Transactions deadlock detected, dumping detailed information. (%s)",
                lo=30,
                hi=900,
            )
            trx = [r.randrange(10**6, 10**7) for _ in range(2)]
            for n in (1, 2):
                emit(t, "Note", 12469, "InnoDB", f"*** ({n}) TRANSACTION:", "*** (%u) TRANSACTION:")
                tb = tables[n - 1]
                for raw in (
                    f"TRANSACTION {trx[n - 1]}, ACTIVE {r.randrange(0, 3)} sec starting index read",
                    "mysql tables in use 1, locked 1",
                    "LOCK WAIT 3 lock struct(s), heap size 1128, 2 row lock(s)",
                    f"MySQL thread id {t + n}, OS thread handle {r.randrange(10**14, 10**15)}, query id {r.randrange(10**5, 10**7)} {r.choice(MYSQL_APP_HOSTS)} app updating",
                    f"UPDATE {tb} SET qty = qty - 1 WHERE id = {r.randrange(1, 99999)}",
                ):
                    log.add(raw, None)
                emit(
                    t,
                    "Note",
                    12469,
                    "InnoDB",
                    f"*** ({n}) HOLDS THE LOCK(S):",
                    "*** (%u) HOLDS THE LOCK(S):",
                )
                log.add(
                    f"RECORD LOCKS space id {r.randrange(2, 90)} page no {r.randrange(4, 900)} n bits 80 index PRIMARY of table `shop`.`{tb}` trx id {trx[n - 1]} lock_mode X locks rec but not gap",
                    None,
                )
                emit(
                    t,
                    "Note",
                    12469,
                    "InnoDB",
                    f"*** ({n}) WAITING FOR THIS LOCK TO BE GRANTED:",
                    "*** (%u) WAITING FOR THIS LOCK TO BE GRANTED:",
                )
                log.add(
                    f"RECORD LOCKS space id {r.randrange(2, 90)} page no {r.randrange(4, 900)} n bits 80 index PRIMARY of table `shop`.`{tables[2 - n]}` trx id {trx[n - 1]} lock_mode X locks rec but not gap waiting",
                    None,
                )
            emit(
                t,
                "Note",
                12469,
                "InnoDB",
                f"*** WE ROLL BACK TRANSACTION ({r.choice([1, 2])})",
                "*** WE ROLL BACK TRANSACTION (%u)",
            )

        def source_gone() -> None:
            emit(
                conn[0],
                "ERROR",
                10557,
                "Repl",
                "Error reading packet from server for channel '': Lost connection to MySQL server during query (server_errno=2013)",
                "Error reading packet from server for channel '%s': %s (server_errno=%d)",
                lo=60,
                hi=900,
            )
            emit(
                conn[0],
                "Note",
                10563,
                "Repl",
                f"Replica I/O thread for channel '': Failed reading log event, reconnecting to retry, log 'binlog.{binlog[0]:06d}' at position {binlog[1]}",
                "Replica I/O thread for channel '%s': Failed reading log event, reconnecting to retry, log '%s' at position %s",
            )
            for attempt in range(1, r.randrange(2, 7)):
                emit(
                    conn[0],
                    "ERROR",
                    10584,
                    "Repl",
                    f"Replica I/O for channel '': Error reconnecting to source 'repl@{MYSQL_SOURCE}:3306'. This was attempt {attempt}/86400, with a delay of 60 seconds between attempts. Message: Can't connect to MySQL server on '{MYSQL_SOURCE}:3306' (111), Error_code: MY-002003",
                    "Replica I/O for channel '%s': Error reconnecting to source '%s@%s:%d'. This was attempt %lu/%lu, with a delay of %d seconds between attempts. Message: Can't connect to MySQL server on '%s' (%d), Error_code: MY-%06d",
                    lo=60,
                    hi=61,
                )
            binlog[0] += 1
            binlog[1] = 4
            io_connected()

        start()
        for step in range(520):
            if step == 300 and not replica:
                shutdown()
                log.tick(r, 3, 20)
                conn[0] = 8
                start()
            x = r.random()
            if x < 0.42:
                aborted()
            elif x < 0.62:
                denied()
            elif x < 0.74:
                page_cleaner()
            elif x < 0.84:
                native_password()
            elif x < 0.92 and not replica:
                deadlock()
            elif replica and x < 0.95:
                source_gone()
            binlog[1] += r.randrange(100, 90000)
        logs.append(log)
    return logs


# --------------------------------------------------------------------------------- systemd

SYSTEMD_SERVICES = {
    "nginx.service": "A high performance web server and a reverse proxy server",
    "php8.2-fpm.service": "The PHP 8.2 FastCGI Process Manager",
    "redis-server.service": "Advanced key-value store",
    "postgresql@15-main.service": "PostgreSQL Cluster 15-main",
    "node-exporter.service": "Prometheus exporter for machine metrics",
    "app-worker.service": "Shop background worker",
}
SYSTEMD_ONESHOTS = {
    "logrotate.service": ("logrotate.timer", "Rotate log files", "Daily rotation of log files"),
    "apt-daily.service": (
        "apt-daily.timer",
        "Daily apt download activities",
        "Daily apt download activities",
    ),
    "man-db.service": ("man-db.timer", "Daily man-db regeneration", "Daily man-db regeneration"),
    "phpsessionclean.service": (
        "phpsessionclean.timer",
        "Clean php session files",
        "Clean PHP session files every 30 mins",
    ),
    "certbot.service": ("certbot.timer", "Certbot", "Run certbot twice daily"),
    "systemd-tmpfiles-clean.service": (
        "systemd-tmpfiles-clean.timer",
        "Cleanup of Temporary Directories",
        "Daily Cleanup of Temporary Directories",
    ),
}
SYSTEMD_USERS = {"deploy": 1001, "alice": 1002, "root": 0}


def systemd(r: random.Random) -> list[Log]:
    """systemd 252 (PID 1) as it reaches syslog on two hosts, web1 written by Debian 12's rsyslog
    (RFC 3339 stamps) and web2 by Ubuntu 22.04's (traditional stamps); unit messages carry the
    unit's id before the message (log_unit_*, context, not in the labels), job messages the unit
    and its description (`Started %s.`); timers running oneshot services, login sessions with their
    user slices and user managers, a crashing worker restarted until the start limit, a service
    that times out stopping, the OOM killer, a config typo and a reboot on each host."""
    logs = []
    for host, rfc in (("web1", True), ("web2", False)):
        log = Log(f"{host}-syslog", datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC))
        session = [r.randrange(1, 9)]
        pid = [900]
        restarts = [0]

        def emit(msg: str, label: str, lo=0.0, hi=0.05, log=log, host=host, rfc=rfc) -> None:
            log.tick(r, lo, hi)
            stamp = (
                f"{log.t:%Y-%m-%dT%H:%M:%S}.{log.t.microsecond:06d}+00:00"
                if rfc
                else syslog_ts(log.t)
            )
            log.add(f"{stamp} {host} systemd[1]: {msg}", label)

        def unit(u: str, msg: str, label: str, lo=0.0, hi=0.05) -> None:
            emit(f"{u}: {msg}", label, lo, hi)

        def ident(u: str) -> str:
            desc = SYSTEMD_SERVICES.get(u) or next(
                (v[1] for k, v in SYSTEMD_ONESHOTS.items() if k == u), None
            )
            return f"{u} - {desc}" if desc else u

        def new_pid() -> int:
            pid[0] += r.randrange(3, 400)
            return pid[0]

        def cpu() -> str:
            s = r.uniform(0.01, 90)
            return f"{s:.3f}s" if s < 60 else f"1min {s - 60:.3f}s"

        def boot() -> None:
            emit(
                "systemd 252.26-1~deb12u2 running in system mode (+PAM +AUDIT +SELINUX +APPARMOR +IMA +SMACK +SECCOMP +GCRYPT -GNUTLS +OPENSSL +ACL +BLKID +CURL +ELFUTILS +FIDO2 +IDN2 -IDN +IPTC +KMOD +LIBCRYPTSETUP +LIBFDISK +PCRE2 -PWQUALITY +P11KIT +QRENCODE +TPM2 +BZIP2 +LZ4 +XZ +ZLIB +ZSTD -BPF_FRAMEWORK -XKBCOMMON +UTMP +SYSVINIT default-hierarchy=unified)",
                "systemd %s running in %s mode (%s)",
                lo=5,
                hi=20,
            )
            emit("Detected virtualization kvm.", "Detected virtualization %s.")
            emit("Detected architecture x86-64.", "Detected architecture %s.")
            emit(f"Hostname set to <{log.name.split('-')[0]}>.", "Hostname set to <%s>.")
            emit(
                "Queued start job for default target multi-user.target - Multi-User System.",
                "Queued start job for default target %s.",
            )
            if r.random() < 0.7:
                emit(
                    "/etc/systemd/system/app-worker.service:14: Unknown key name 'RestartSecs' in section 'Service', ignoring.",
                    "Unknown key name '%s' in section '%s', ignoring.",
                )
            for s, d in (
                ("system-getty.slice", "Slice /system/getty"),
                ("system-modprobe.slice", "Slice /system/modprobe"),
                ("user.slice", "User and Session Slice"),
            ):
                emit(f"Created slice {s} - {d}.", "Created slice %s.")
            for t, d in (
                ("local-fs.target", "Local File Systems"),
                ("network.target", "Network"),
                ("network-online.target", "Network is Online"),
            ):
                emit(f"Reached target {t} - {d}.", "Reached target %s.")
            for s, d in (
                ("dbus.socket", "D-Bus System Message Bus Socket"),
                ("systemd-journald.socket", "Journal Socket"),
            ):
                emit(f"Listening on {s} - {d}.", "Listening on %s.")
            emit("Mounting sys-kernel-debug.mount - Kernel Debug File System...", "Mounting %s...")
            emit("Mounted sys-kernel-debug.mount - Kernel Debug File System.", "Mounted %s.")
            for u in SYSTEMD_SERVICES:
                emit(f"Starting {ident(u)}...", "Starting %s...")
            for u in SYSTEMD_SERVICES:
                emit(f"Started {ident(u)}.", "Started %s.", hi=0.8)
            for tm, (_, _, d) in ((v[0], v) for v in SYSTEMD_ONESHOTS.values()):
                emit(f"Started {tm} - {d}.", "Started %s.")
            emit("Reached target timers.target - Timer Units.", "Reached target %s.")
            emit("Reached target multi-user.target - Multi-User System.", "Reached target %s.")
            k, u = r.uniform(1.5, 4), r.uniform(5, 40)
            emit(
                f"Startup finished in {k:.3f}s (kernel) + {u:.3f}s (userspace) = {k + u:.3f}s.",
                "Startup finished in %s (kernel) + %s (userspace) = %s.",
            )

        def shutdown() -> None:
            emit(
                "Stopping user@1001.service - User Manager for UID 1001...",
                "Stopping %s...",
                lo=60,
                hi=900,
            )
            for u in SYSTEMD_SERVICES:
                emit(f"Stopping {ident(u)}...", "Stopping %s...")
            for u in SYSTEMD_SERVICES:
                unit(u, "Deactivated successfully.", "Deactivated successfully.", hi=1)
                emit(f"Stopped {ident(u)}.", "Stopped %s.")
                if r.random() < 0.6:
                    unit(u, f"Consumed {cpu()} CPU time.", "Consumed %s CPU time.")
            emit("Stopped target network.target - Network.", "Stopped target %s.")
            emit("Removed slice user.slice - User and Session Slice.", "Removed slice %s.")
            emit("Reached target shutdown.target - System Shutdown.", "Reached target %s.")
            emit("Shutting down.", "Shutting down.")

        def oneshot() -> None:
            u = r.choice(list(SYSTEMD_ONESHOTS))
            emit(f"Starting {ident(u)}...", "Starting %s...", lo=20, hi=1200)
            if u == "certbot.service" and r.random() < 0.3:
                unit(
                    u,
                    "Main process exited, code=exited, status=1/FAILURE",
                    "Main process exited, code=%s, status=%i/%s",
                    hi=9,
                )
                unit(u, "Failed with result 'exit-code'.", "Failed with result '%s'.")
                emit(f"Failed to start {ident(u)}.", "Failed to start %s.")
            else:
                unit(u, "Deactivated successfully.", "Deactivated successfully.", hi=9)
                emit(f"Finished {ident(u)}.", "Finished %s.")
            if r.random() < 0.5:
                unit(u, f"Consumed {cpu()} CPU time.", "Consumed %s CPU time.")

        def login() -> None:
            user = r.choice(list(SYSTEMD_USERS))
            uid = SYSTEMD_USERS[user]
            session[0] += 1
            first = r.random() < 0.5
            if first:
                emit(
                    f"Created slice user-{uid}.slice - User Slice of UID {uid}.",
                    "Created slice %s.",
                    lo=30,
                    hi=1500,
                )
                emit(
                    f"Starting user-runtime-dir@{uid}.service - User Runtime Directory /run/user/{uid}...",
                    "Starting %s...",
                )
                emit(
                    f"Finished user-runtime-dir@{uid}.service - User Runtime Directory /run/user/{uid}.",
                    "Finished %s.",
                )
                emit(
                    f"Starting user@{uid}.service - User Manager for UID {uid}...", "Starting %s..."
                )
                emit(
                    f"Started user@{uid}.service - User Manager for UID {uid}.",
                    "Started %s.",
                    hi=0.4,
                )
            emit(
                f"Started session-{session[0]}.scope - Session {session[0]} of User {user}.",
                "Started %s.",
                lo=0 if first else 30,
                hi=0.1 if first else 1500,
            )
            unit(
                f"session-{session[0]}.scope",
                "Deactivated successfully.",
                "Deactivated successfully.",
                lo=5,
                hi=900,
            )
            if r.random() < 0.4:
                unit(
                    f"session-{session[0]}.scope",
                    f"Consumed {cpu()} CPU time.",
                    "Consumed %s CPU time.",
                )
            if first:
                emit(
                    f"Stopping user@{uid}.service - User Manager for UID {uid}...",
                    "Stopping %s...",
                    lo=10,
                    hi=12,
                )
                unit(
                    f"user@{uid}.service", "Deactivated successfully.", "Deactivated successfully."
                )
                emit(f"Stopped user@{uid}.service - User Manager for UID {uid}.", "Stopped %s.")
                emit(
                    f"Stopping user-runtime-dir@{uid}.service - User Runtime Directory /run/user/{uid}...",
                    "Stopping %s...",
                )
                unit(
                    f"run-user-{uid}.mount",
                    "Deactivated successfully.",
                    "Deactivated successfully.",
                )
                unit(
                    f"user-runtime-dir@{uid}.service",
                    "Deactivated successfully.",
                    "Deactivated successfully.",
                )
                emit(
                    f"Stopped user-runtime-dir@{uid}.service - User Runtime Directory /run/user/{uid}.",
                    "Stopped %s.",
                )
                emit(
                    f"Removed slice user-{uid}.slice - User Slice of UID {uid}.",
                    "Removed slice %s.",
                )

        def crash() -> None:
            u = "app-worker.service"
            p = new_pid()
            if r.random() < 0.3:
                unit(
                    u,
                    "A process of this unit has been killed by the OOM killer.",
                    "A process of this unit has been killed by the OOM killer.",
                    lo=60,
                    hi=2000,
                )
                unit(
                    u,
                    "Main process exited, code=killed, status=9/KILL",
                    "Main process exited, code=%s, status=%i/%s",
                )
                unit(u, "Failed with result 'oom-kill'.", "Failed with result '%s'.")
            else:
                code = r.choice([(1, "FAILURE"), (1, "FAILURE"), (2, "INVALIDARGUMENT")])
                unit(
                    u,
                    f"Main process exited, code=exited, status={code[0]}/{code[1]}",
                    "Main process exited, code=%s, status=%i/%s",
                    lo=60,
                    hi=2000,
                )
                unit(u, "Failed with result 'exit-code'.", "Failed with result '%s'.")
            unit(u, f"Consumed {cpu()} CPU time.", "Consumed %s CPU time.")
            restarts[0] += 1
            unit(
                u,
                f"Scheduled restart job, restart counter is at {restarts[0]}.",
                "Scheduled restart job, restart counter is at %u.",
                lo=5,
                hi=5.1,
            )
            emit(f"Stopped {ident(u)}.", "Stopped %s.")
            if restarts[0] >= 5 and r.random() < 0.5:
                unit(
                    u, "Start request repeated too quickly.", "Start request repeated too quickly."
                )
                unit(u, "Failed with result 'exit-code'.", "Failed with result '%s'.")
                emit(f"Failed to start {ident(u)}.", "Failed to start %s.")
                restarts[0] = 0
                emit(f"Started {ident(u)}.", "Started %s.", lo=60, hi=600)
                return
            emit(f"Started {ident(u)}.", "Started %s.")
            del p

        def slow_stop() -> None:
            u = r.choice(["php8.2-fpm.service", "redis-server.service", "nginx.service"])
            emit(f"Reloading {ident(u)}...", "Reloading %s...", lo=60, hi=3000)
            if r.random() < 0.7:
                emit(f"Reloaded {ident(u)}.", "Reloaded %s.")
                return
            unit(
                u,
                "Control process exited, code=exited, status=1/FAILURE",
                "Control process exited, code=%s, status=%i/%s",
            )
            emit(f"Reload failed for {ident(u)}.", "Reload failed for %s.")
            emit(f"Stopping {ident(u)}...", "Stopping %s...", lo=1, hi=30)
            unit(
                u,
                "State 'stop-sigterm' timed out. Killing.",
                "State '%s' timed out. Killing.",
                lo=90,
                hi=90.1,
            )
            unit(
                u,
                f"Killing process {new_pid()} ({u.split('.')[0].split('-')[0]}) with signal SIGKILL.",
                "Killing process %d (%s) with signal SIG%s.",
            )
            unit(
                u,
                "Main process exited, code=killed, status=9/KILL",
                "Main process exited, code=%s, status=%i/%s",
            )
            unit(u, "Failed with result 'timeout'.", "Failed with result '%s'.")
            emit(f"Stopped {ident(u)}.", "Stopped %s.")
            emit(f"Starting {ident(u)}...", "Starting %s...")
            emit(f"Started {ident(u)}.", "Started %s.")

        boot()
        for step in range(220):
            if step == 120:
                shutdown()
                log.tick(r, 20, 60)
                boot()
            x = r.random()
            if x < 0.38:
                oneshot()
            elif x < 0.8:
                login()
            elif x < 0.92:
                crash()
            else:
                slow_stop()
        logs.append(log)
    return logs


# --------------------------------------------------------------------------------- Vector

VECTOR_SPANS = {
    "app_logs": 'source{component_kind="source" component_id=app_logs component_type=file}',
    "parse_nginx": 'transform{component_kind="transform" component_id=parse_nginx component_type=remap}',
    "parse_app": 'transform{component_kind="transform" component_id=parse_app component_type=remap}',
    "es_out": 'sink{component_kind="sink" component_id=es_out component_type=elasticsearch}',
    "s3_archive": 'sink{component_kind="sink" component_id=s3_archive component_type=aws_s3}',
    "loki_out": 'sink{component_kind="sink" component_id=loki_out component_type=loki}',
}
VECTOR_FILES = [
    "/var/log/nginx/access.log",
    "/var/log/nginx/error.log",
    "/var/log/app/api.log",
    "/var/log/app/worker.log",
    "/var/log/app/scheduler.log",
]
# (error text, its label): errors whose text a format of its own wrote.
VECTOR_SINK_ERRORS = {
    "es_out": [
        (
            "Failed to make HTTP(S) request: error trying to connect: tcp connect error: Connection refused (os error 111)",
            "Failed to make HTTP(S) request: error trying to connect: tcp connect error: Connection refused (os error 111)",
        ),
        (
            "Failed to make HTTP(S) request: error trying to connect: dns error: failed to lookup address information: Temporary failure in name resolution",
            "Failed to make HTTP(S) request: error trying to connect: dns error: failed to lookup address information: Temporary failure in name resolution",
        ),
    ],
    "loki_out": [
        ("Server responded with an error: 502 Bad Gateway", "Server responded with an error: %s")
    ],
    "s3_archive": [("dispatch failure", "dispatch failure")],
}


def vector(r: random.Random) -> list[Log]:
    """Vector 0.38 (`vector.service`, its stderr as `journalctl -o cat` writes it to a file):
    tracing-subscriber's fmt layer without ANSI, `TIME LEVEL span{fields}:span{fields}: target:
    message key=value...`, the level padded to five; a file source finding and losing files as
    they rotate, remap transforms failing on lines they cannot parse, three sinks (one down for a
    while, one rate limited, one archiving to S3), the rate limiter's suppression notices, a
    SIGHUP reload and a restart."""
    log = Log("vector.log", datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC))
    request = [0]

    def emit(level: str, spans: str, target: str, msg: str, label: str, lo=0.0, hi=0.05) -> None:
        log.tick(r, lo, hi)
        where = f"{spans}: " if spans else ""
        log.add(
            f"{log.t:%Y-%m-%dT%H:%M:%S}.{log.t.microsecond:06d}Z {level:>5} {where}{target}: {msg}",
            label,
        )

    def healthchecks() -> None:
        emit(
            "INFO",
            "",
            "vector::topology::running",
            "Running healthchecks.",
            "Running healthchecks.",
        )
        for s in ("es_out", "loki_out", "s3_archive"):
            if s == "loki_out" and r.random() < 0.3:
                emit(
                    "ERROR",
                    VECTOR_SPANS[s],
                    "vector::topology::builder",
                    "Healthcheck failed. error=Unexpected status: 502 Bad Gateway",
                    "Healthcheck failed. error=Unexpected status: %s",
                    hi=0.5,
                )
            else:
                emit(
                    "INFO",
                    VECTOR_SPANS[s],
                    "vector::topology::builder",
                    "Healthcheck passed.",
                    "Healthcheck passed.",
                    hi=0.5,
                )

    def start() -> None:
        emit(
            "INFO",
            "",
            "vector::app",
            'Log level is enabled. level="info"',
            "Log level is enabled. level=%s",
            lo=1,
            hi=4,
        )
        emit(
            "INFO",
            "",
            "vector::app",
            'Loading configs. paths=["/etc/vector/vector.yaml"]',
            "Loading configs. paths=%s",
        )
        emit(
            "INFO",
            "",
            "vector::topology::running",
            "Running healthchecks.",
            "Running healthchecks.",
        )
        emit(
            "INFO",
            "",
            "vector",
            'Vector has started. debug="false" version="0.38.0" arch="x86_64" revision="ea0ec6f 2024-05-07 14:34:39.794027186"',
            "Vector has started. debug=%s version=%s arch=%s revision=%s",
        )
        emit(
            "INFO",
            "",
            "vector::app",
            "API is disabled, enable by setting `api.enabled` to `true` and use commands like `vector top`.",
            "API is disabled, enable by setting `api.enabled` to `true` and use commands like `vector top`.",
        )
        for s in ("es_out", "loki_out", "s3_archive"):
            emit(
                "INFO",
                VECTOR_SPANS[s],
                "vector::topology::builder",
                "Healthcheck passed.",
                "Healthcheck passed.",
                hi=0.5,
            )
        src = VECTOR_SPANS["app_logs"]
        emit(
            "INFO",
            src,
            "vector::sources::file",
            'Starting file server. include=["/var/log/nginx/*.log", "/var/log/app/*.log"] exclude=["/var/log/app/*.gz"]',
            "Starting file server. include=%s exclude=%s",
        )
        emit(
            "INFO",
            src + ":file_server",
            "file_source::checkpointer",
            "Loaded checkpoint data.",
            "Loaded checkpoint data.",
        )
        for f in VECTOR_FILES:
            emit(
                "INFO",
                src + ":file_server",
                "vector::internal_events::file::source",
                f"Resuming to watch file. file={f} file_position={r.randrange(0, 9 * 10**7)}",
                "Resuming to watch file. file=%s file_position=%s",
            )

    def rotate() -> None:
        f = r.choice(VECTOR_FILES)
        src = VECTOR_SPANS["app_logs"] + ":file_server"
        emit(
            "INFO",
            src,
            "vector::internal_events::file::source",
            f"Found new file to watch. file={f}",
            "Found new file to watch. file=%s",
            lo=30,
            hi=900,
        )
        emit(
            "INFO",
            src,
            "vector::internal_events::file::source",
            f"Stopped watching file. file={f}.1",
            "Stopped watching file. file=%s",
            lo=1,
            hi=60,
        )

    def sink_trouble() -> None:
        s = r.choice(["es_out", "es_out", "loki_out", "s3_archive"])
        span = VECTOR_SPANS[s]
        text, fmt = r.choice(VECTOR_SINK_ERRORS[s])
        n = r.randrange(2, 9)
        for i in range(n):
            request[0] += 1
            where = f"{span}:request{{request_id={request[0]}}}"
            if i == 0:
                emit(
                    "WARN",
                    where,
                    "vector::sinks::util::retries",
                    f"Retrying after error. error={text} internal_log_rate_limit=true",
                    f"Retrying after error. error={fmt}",
                    lo=30,
                    hi=900,
                )
                emit(
                    "INFO",
                    where,
                    "vector::sinks::util::retries",
                    "Internal log [Retrying after error.] is being suppressed to avoid flooding.",
                    "Internal log [Retrying after error.] is being suppressed to avoid flooding.",
                )
            elif i == n - 1 and r.random() < 0.5:
                emit(
                    "ERROR",
                    where,
                    "vector_common::internal_event::service",
                    f'Service call failed. No retries or retries exhausted. error=Some("{text}") request_id={request[0]} error_type="request_failed" stage="sending" internal_log_rate_limit=true',
                    "Service call failed. No retries or retries exhausted. error=%s request_id=%s error_type=%s stage=%s internal_log_rate_limit=%s",
                    lo=10,
                    hi=120,
                )
                emit(
                    "ERROR",
                    where,
                    "vector_common::internal_event::component_events_dropped",
                    f'Events dropped intentional=false count={r.randrange(1, 2000)} reason="Service call failed. No retries or retries exhausted." internal_log_rate_limit=true',
                    "Events dropped intentional=%s count=%s reason=%s internal_log_rate_limit=%s",
                )
                return
            else:
                log.tick(r, 1, 60)
        emit(
            "INFO",
            f"{span}:request{{request_id={request[0] + 1}}}",
            "vector::sinks::util::retries",
            f"Internal log [Retrying after error.] has been suppressed {n - 1} times.",
            "Internal log [Retrying after error.] has been suppressed %s times.",
            lo=1,
            hi=30,
        )

    def throttled() -> None:
        request[0] += 1
        span = f"{VECTOR_SPANS['es_out']}:request{{request_id={request[0]}}}"
        emit(
            "WARN",
            span,
            "vector::sinks::util::retries",
            "Retrying after response. reason=too many requests internal_log_rate_limit=true",
            "Retrying after response. reason=%s internal_log_rate_limit=%s",
            lo=30,
            hi=900,
        )
        emit(
            "WARN",
            span,
            "vector::sinks::elasticsearch::service",
            f'Response contained errors. error_code="http_response_200" response=Response {{ status: 200, version: HTTP/1.1, headers: {{"content-type": "application/json"}}, body: b"{{\\"took\\":{r.randrange(1, 90)},\\"errors\\":true}}" }} internal_log_rate_limit=true',
            "Response contained errors. error_code=%s response=%s internal_log_rate_limit=%s",
        )

    def remap_failure() -> None:
        t = r.choice(["parse_nginx", "parse_app"])
        if t == "parse_nginx":
            err = f'function call error for \\"parse_regex\\" at ({r.randrange(1, 30)}:{r.randrange(10, 90)}): could not find any pattern matches'
            fmt = 'function call error for \\"%s\\" at (%s): could not find any pattern matches'
        else:
            c = r.randrange(1, 400)
            err = f'function call error for \\"parse_json\\" at (12:31): unable to parse json: expected value at line 1 column {c}'
            fmt = 'function call error for \\"%s\\" at (%s): unable to parse json: expected value at line %s column %s'
        emit(
            "ERROR",
            VECTOR_SPANS[t],
            "vector::internal_events::remap",
            f'Mapping failed with event. error="{err}" error_type="conversion_failed" stage="processing" internal_log_rate_limit=true',
            f'Mapping failed with event. error="{fmt}" error_type=%s stage=%s internal_log_rate_limit=%s',
            lo=10,
            hi=600,
        )
        if r.random() < 0.5:
            emit(
                "ERROR",
                VECTOR_SPANS[t],
                "vector::internal_events::remap",
                "Internal log [Mapping failed with event.] is being suppressed to avoid flooding.",
                "Internal log [Mapping failed with event.] is being suppressed to avoid flooding.",
            )
            emit(
                "ERROR",
                VECTOR_SPANS[t],
                "vector::internal_events::remap",
                f"Internal log [Mapping failed with event.] has been suppressed {r.randrange(1, 300)} times.",
                "Internal log [Mapping failed with event.] has been suppressed %s times.",
                lo=10,
                hi=60,
            )

    def reload() -> None:
        emit(
            "INFO",
            "",
            "vector",
            'Signal received. signal="SIGHUP"',
            "Signal received. signal=%s",
            lo=300,
            hi=3000,
        )
        emit(
            "INFO",
            "",
            "vector::topology::running",
            "Reloading running topology with new configuration.",
            "Reloading running topology with new configuration.",
        )
        healthchecks()
        emit(
            "INFO",
            "",
            "vector::topology::running",
            "New configuration loaded successfully.",
            "New configuration loaded successfully.",
        )
        emit(
            "INFO",
            "",
            "vector",
            'Vector has reloaded. path=[File("/etc/vector/vector.yaml", None)]',
            "Vector has reloaded. path=%s",
        )

    def stop() -> None:
        emit(
            "INFO",
            "",
            "vector",
            'Signal received. signal="SIGTERM"',
            "Signal received. signal=%s",
            lo=300,
            hi=3000,
        )
        emit("INFO", "", "vector", "Vector has stopped.", "Vector has stopped.")
        emit(
            "INFO",
            "",
            "vector::topology::running",
            'Shutting down... Waiting on running components. remaining_components="es_out, s3_archive" time_remaining="59 seconds left"',
            "Shutting down... Waiting on running components. remaining_components=%s time_remaining=%s",
            lo=1,
            hi=1.1,
        )
        emit(
            "INFO",
            "",
            "vector::topology::running",
            'Shutting down... Waiting on running components. remaining_components="s3_archive" time_remaining="58 seconds left"',
            "Shutting down... Waiting on running components. remaining_components=%s time_remaining=%s",
            lo=1,
            hi=1.1,
        )

    start()
    for step in range(700):
        if step == 380:
            stop()
            start()
        x = r.random()
        if x < 0.35:
            rotate()
        elif x < 0.6:
            sink_trouble()
        elif x < 0.72:
            throttled()
        elif x < 0.96:
            remap_failure()
        else:
            reload()
    return [log]


# --------------------------------------------------------------------------------- vsftpd

FTP_USERS = ["alice", "bob", "deploy", "partner-acme", "scanner"]
FTP_BOTS = ["root", "admin", "ftp", "test", "user", "administrator", "oracle", "www-data"]
FTP_FILES = [
    "/pub/releases/app-2.4.1.tar.gz",
    "/pub/releases/app-2.4.2.tar.gz",
    "/pub/docs/manual.pdf",
    "/incoming/invoices/INV-{n}.pdf",
    "/incoming/orders/orders-{n}.csv",
    "/scans/scan_{n}.jpg",
    "/backup/db-{n}.sql.gz",
]


def vsftpd(r: random.Random) -> list[Log]:
    """vsftpd 3.0.5 (Debian's `listen_ipv6=YES`, `xferlog_enable=YES`, the vsftpd-format log in
    /var/log/vsftpd.log, log_ftp_protocol off): vsf_log_do_log_vsftpd_format's `%s [pid %lu] `,
    `[user] ` once the session has one, `OK `/`FAIL `, the action, `: Client "%s"` and the file,
    the size and the rate; clients logging in (the login is logged by the session's privileged
    parent, its transfers by the unprivileged child, so pids differ), anonymous downloads with their
    password, uploads and downloads (some cut off), directory and file operations, and password
    guessing from bots."""
    log = Log("vsftpd.log", datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC))
    pid = [1700]

    def emit(p: int, user: str, msg: str, label: str, lo=0.0, hi=2.0) -> None:
        log.tick(r, lo, hi)
        who = f"[{user}] " if user else ""
        log.add(f"{log.t:%a %b} {log.t.day:2d} {log.t:%H:%M:%S %Y} [pid {p}] {who}{msg}", label)

    def client() -> str:
        return f"::ffff:{ip4(r, r.choice(['198.51.100', '203.0.113', '192.0.2', '']).strip('.')) if r.random() < 0.8 else ip4(r)}"

    def fname() -> str:
        return r.choice(FTP_FILES).format(n=r.randrange(1000, 99999))

    def rate(size: int) -> str:
        return f"{size / 1024 / max(0.01, r.uniform(0.05, 30)):.2f}"

    def connect(addr: str, lo=5.0, hi=600.0) -> int:
        pid[0] += r.randrange(2, 60)
        emit(pid[0], "", f'CONNECT: Client "{addr}"', 'CONNECT: Client "%s"', lo, hi)
        return pid[0]

    def session() -> None:
        addr = client()
        p = connect(addr)
        user = r.choice(FTP_USERS)
        if r.random() < 0.12:
            emit(p - 1, user, f'FAIL LOGIN: Client "{addr}"', 'FAIL LOGIN: Client "%s"', 2, 8)
            if r.random() < 0.5:
                return
        emit(p - 1, user, f'OK LOGIN: Client "{addr}"', 'OK LOGIN: Client "%s"', 0.5, 10)
        child = p + 1
        for _ in range(r.randrange(1, 7)):
            x = r.random()
            f = fname()
            if x < 0.35:
                size = r.randrange(1000, 900 * 1024 * 1024)
                if r.random() < 0.08:
                    emit(
                        child,
                        user,
                        f'FAIL DOWNLOAD: Client "{addr}", "{f}", {size // 3} bytes, {rate(size // 3)}Kbyte/sec',
                        'FAIL DOWNLOAD: Client "%s", "%s", %s bytes, %.2fKbyte/sec',
                    )
                else:
                    emit(
                        child,
                        user,
                        f'OK DOWNLOAD: Client "{addr}", "{f}", {size} bytes, {rate(size)}Kbyte/sec',
                        'OK DOWNLOAD: Client "%s", "%s", %s bytes, %.2fKbyte/sec',
                    )
            elif x < 0.7:
                size = r.randrange(1000, 90 * 1024 * 1024)
                y = r.random()
                if y < 0.07:
                    emit(
                        child,
                        user,
                        f'FAIL UPLOAD: Client "{addr}", "{f}", 0.00Kbyte/sec',
                        'FAIL UPLOAD: Client "%s", "%s", %.2fKbyte/sec',
                    )
                elif y < 0.12:
                    emit(
                        child,
                        user,
                        f'FAIL UPLOAD: Client "{addr}", "{f}", {size // 2} bytes, {rate(size // 2)}Kbyte/sec',
                        'FAIL UPLOAD: Client "%s", "%s", %s bytes, %.2fKbyte/sec',
                    )
                else:
                    emit(
                        child,
                        user,
                        f'OK UPLOAD: Client "{addr}", "{f}", {size} bytes, {rate(size)}Kbyte/sec',
                        'OK UPLOAD: Client "%s", "%s", %s bytes, %.2fKbyte/sec',
                    )
            elif x < 0.78:
                d = f"/incoming/{r.choice(['invoices', 'orders', 'tmp'])}/{log.t:%Y-%m-%d}"
                if r.random() < 0.2:
                    emit(
                        child,
                        user,
                        f'FAIL MKDIR: Client "{addr}", "{d}"',
                        'FAIL MKDIR: Client "%s", "%s"',
                    )
                else:
                    emit(
                        child,
                        user,
                        f'OK MKDIR: Client "{addr}", "{d}"',
                        'OK MKDIR: Client "%s", "%s"',
                    )
            elif x < 0.86:
                if r.random() < 0.15:
                    emit(
                        child,
                        user,
                        f'FAIL DELETE: Client "{addr}", "{f}"',
                        'FAIL DELETE: Client "%s", "%s"',
                    )
                else:
                    emit(
                        child,
                        user,
                        f'OK DELETE: Client "{addr}", "{f}"',
                        'OK DELETE: Client "%s", "%s"',
                    )
            elif x < 0.93:
                emit(
                    child,
                    user,
                    f'OK RENAME: Client "{addr}", "{f}.part {f}"',
                    'OK RENAME: Client "%s", "%s %s"',
                )
            elif x < 0.97:
                emit(
                    child,
                    user,
                    f'OK CHMOD: Client "{addr}", "{r.choice(["644", "600", "755"])} {f}"',
                    'OK CHMOD: Client "%s", "%s %s"',
                )
            else:
                d = f"/incoming/tmp/{log.t:%Y-%m-%d}"
                emit(
                    child, user, f'OK RMDIR: Client "{addr}", "{d}"', 'OK RMDIR: Client "%s", "%s"'
                )

    def anonymous() -> None:
        addr = client()
        p = connect(addr)
        pw = r.choice(
            ["mozilla@example.com", "anonymous@", "?", "wget@", "guest@example.net", "IEUser@"]
        )
        emit(
            p - 1,
            "ftp",
            f'OK LOGIN: Client "{addr}", anon password "{pw}"',
            'OK LOGIN: Client "%s", anon password "%s"',
            0.2,
            3,
        )
        for _ in range(r.randrange(1, 4)):
            f = r.choice(FTP_FILES[:3])
            size = r.randrange(10**5, 300 * 1024 * 1024)
            emit(
                p + 1,
                "ftp",
                f'OK DOWNLOAD: Client "{addr}", "{f}", {size} bytes, {rate(size)}Kbyte/sec',
                'OK DOWNLOAD: Client "%s", "%s", %s bytes, %.2fKbyte/sec',
                1,
                120,
            )

    def bot() -> None:
        addr = "::ffff:" + ip4(r)
        for _ in range(r.randrange(1, 6)):
            p = connect(addr, 0.5, 400)
            for _ in range(r.randrange(1, 4)):
                emit(
                    p - 1,
                    r.choice(FTP_BOTS),
                    f'FAIL LOGIN: Client "{addr}"',
                    'FAIL LOGIN: Client "%s"',
                    1,
                    5,
                )

    for _ in range(520):
        x = r.random()
        if x < 0.55:
            session()
        elif x < 0.72:
            anonymous()
        else:
            bot()
    return [log]


SYSTEMS = {
    "jvm-gc": jvm_gc,
    "mysql": mysql,
    "systemd": systemd,
    "vector": vector,
    "vsftpd": vsftpd,
}


if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
