#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 79 (foundationdb, firebird, xtrabackup, pgpool, barman)
into bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written; the lines that continue an event (a firebird.log entry's message lines and blank lines,
pgpool's DETAIL and HINT lines, a crash report's lines, a Python message's later lines) have no
label. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock; XtraBackup's second-resolution times come from a microsecond clock, so a burst
shares a second as a real one does). Five database-side tools:

- FoundationDB 7.1.57's trace files (`trace.10.0.4.11.4500.1717480804.zQLudN.0.1.json` ...:
  three fdbserver processes, one per host, `--trace_format json`, one file per process start, so
  fdb-3 has two): one JSON object a line, `{  "Severity": "10", "Time": "1717480834.014532",
  "DateTime": "2024-06-04T06:00:34Z", "Type": "ProcessMetrics", "ID": "0000000000000000", ...,
  "ThreadID": ..., "Machine": "10.0.4.11:4500", "LogGroup": "default", "Roles": "CC,CD,DD,MS,RK,TL" }`,
  every value a string, counters as `rate roughness total`. A rolling restart at 06:00
  (`ProgramStart`, `Role` begins, `MasterRecoveryState` through `fully_recovered`), peers
  connecting (`ConnectingTo`, `ConnectionExchangingConnectPacket`, `ConnectedOutgoing`,
  `ConnectionEstablished`, `IncomingConnection`), metrics every 30 s (`ProcessMetrics`,
  `StorageMetrics`, `TLogMetrics`, the ratekeeper's `RkUpdate`, the data distributor's
  `MovingData` and `TotalDataInFlight`), app servers and a monitor's fdbcli connecting and
  closing (`ConnectionClosed` and `PeerDestroy` with `connection_failed`), an old 6.3 client
  refused (`ConnectionRejected`, `IncomingConnectionError` with `incompatible_protocol_version`),
  fdb-2's disk stalling (`SlowTask`, `RkUpdate` limiting on `storage_server_write_queue_size`),
  fdb-3 rebooted (`ConnectionTimeout`, `ConnectionTimedOut`, `TooManyConnectionsClosed`, its new
  file, data movement).
- Firebird 4.0.4's firebird.log on two servers (`fbsrv1-firebird.log`, `fbsrv2-firebird.log`,
  Sunday June 2 00:00 to Tuesday 18:00): gds__log's `\nHOST\tctime()` header, the message's
  lines each after a tab, `\n\n` after it (entries two blank lines apart, the file opening with
  one); `INET/inet_error: read errno = 104, client host = %s, address = %s, user = %s` and its
  `send` twins from clients dropping their connections, automatic sweeps, SRP-less and
  wire-crypt clients failing authentication, trace sessions started by a monitoring tool, the
  OOM kill on Monday 14:12 (fbguard's `terminated abnormally`, `guardian starting`), the ERP
  database's corrupt index (consistency checks, `database file appears corrupt`), the shutdown,
  validation with its errors and warnings, a manual sweep; /tmp full during a sort on fbsrv2
  (`I/O error during "write" operation ...`) and its open files limit (`accept errno = 24`).
- Percona XtraBackup 2.4.29's backup logs (`xtrabackup-2024-06-04_01-00-01.log` ...: a cron
  script's full backup at 01:00, incrementals at 07:00 and 13:00, the 13:00 one aborted by an
  online index build, and the retry at 13:22, each run's stderr a file): untimed `xtrabackup:`
  and `InnoDB:` lines, `msg_ts`'s `240604 01:00:01 ` before the others, `[01]` the copying
  thread; `InnoDB: Allocated tablespace ID %d for %s, old maximum was %d`, `[%02u] Copying %s to
  %s` and `[%02u]        ...done` for every data file on four threads and every .frm, .MYD, .MYI,
  .CSM, .CSV and db.opt on one, `>> log scanned up to (%s)` each second, the lock / unlock
  lines, `MySQL binlog position: ...`, `completed OK!`; the abort's `[FATAL] InnoDB: An
  optimized(without redo logging) DDLoperation has been performed. ...` over two lines, the
  assertion with its `InnoDB:` lines, and the signal handler's crash report with its backtrace.
- Pgpool-II 4.4.7 (`pgpool.log`, 06:00 to 12:00, `log_line_prefix = '%m: %a pid %p: '`, so
  `2024-06-04 06:00:08.399: child pid 2131: LOG:  new connection received` with its `DETAIL:`
  line under it): the start-up, connections and disconnections of the shop's API, a worker,
  Metabase and a DBA, children replaced after child_max_connections, backend errors through
  `pool_send_and_wait`, a batch import putting the standby behind (`Replication of node: %d is
  behind %.0f bytes from the primary server (node: %d)`), the standby rebooted (health check
  retries, degeneration, failover lines, the PCP child restarted) and attached again (failback),
  frontends dropping, a user missing from pool_passwd (`failed to authenticate with backend using
  SCRAM`), a host without a pool_hba.conf entry.
- Barman 3.10.0's barman.log (00:00 to 12:00, `%(asctime)s [%(process)s] %(name)s
  %(levelname)s: %(message)s`): `barman cron` every minute (`No xlog segments found from %s for
  %s.`, `Found %s xlog segments ...`, `Archiving segment %s of %s from %s: %s/%s`), pg_receivewal's
  stderr line by line behind the server's name (`pg-shop: pg_receivewal: finished segment at
  %X/%X (timeline %u)`), two nightly backups with the retention policy and check-backup; pg-crm
  unreachable 01:52-02:21 (the stream broken, receive-wal restarted and failing each minute with
  libpq's two-line error logged as two records, `ArchiverFailure:%s terminated with error code:
  %s`, the monitoring's `Check '%s' failed for server '%s'`, the 02:00 backup failing with a
  `DETAILS:` line), its backup rerun at 02:40; pg-shop restarted at 09:30; an operator's typo.

Label notes. The rules of rounds 51 to 77 hold. FoundationDB's trace event is labelled with its
Type (the event's name, a constant in each TraceEvent call: `ProcessMetrics`, `ConnectionClosed`),
every other field (Severity, Time, the details, Machine, Roles, the error fields) being context
or values, as round 75's Teleport audit events. A firebird.log entry is labelled at its header
line (host and time are context) with the message's lines joined by `\n`; `Database: %s`, which
gds__log_status writes before a status vector, is context; a status vector's messages are its
format (`database file appears corrupt (%s)\nwrong page type\npage %d is of wrong type
(expected %s, found %d)`); `read` / `send` / `accept` in INET errors are passed literally and are
wording, the errno a value; a consistency check's number and text come from the literal
`BUGCHECK(n)` and are wording. XtraBackup's `[nn]` is the thread number, a value in the format
(`[%02u] Copying %s to %s`); each `xtrabackup:   innodb_... = %s` line is a format of its own; a
crash report's lines after its first belong to it. Pgpool's and Barman's time, app name or
logger, pid and level are context; pgpool's DETAIL and HINT lines continue their report (as
PostgreSQL's in round 21); the backend's error text inside `pool_send_and_wait: ... message:
"%s"` contributes its format (`duplicate key value violates unique constraint "%s"`), the
statement is a value. Barman's `%s: ` before pg_receivewal's lines is context its command
wrapper adds; libpq's second line (`\tIs the server running ...`), logged as a record of its
own, is labelled without its tab; the check's name in `Check '%s' failed` is passed literally
(wording); strerror texts are values, a server's or libpq's message contributes its format
(`could not receive data from WAL stream: SSL SYSCALL error: %s`).

Sources: written from the helper's knowledge of each program and of real logs; FoundationDB's
connection events (`ConnectingTo`, `ConnectionTimedOut`, `ConnectionTimeout`, `ConnectionClosed`,
`PeerDestroy`, `ConnectionRejected`, `IncomingConnectionError`, `IncomingConnection`,
`ConnectionEstablished`, `ConnectedOutgoing`, `TooManyConnectionsClosed`) and their fields were
checked against a copy of FlowTransport.actor.cpp; nothing else was checked against copies in
this session. Least sure: FoundationDB's metrics knobs (30 s here; the default is 5 s), the
exact fields of ProcessMetrics, StorageMetrics, TLogMetrics, RkUpdate and MovingData (subsets),
the order of the trailing ThreadID / Machine / LogGroup / Roles fields, `Restored` on a restarted
storage server's Role; Firebird 4's sweep wording (`1 workers, time %.3f sec`), whether `Trace
session ID %d started` is logged, fbguard's messages, the validation messages' wording and the
wire-crypt authentication message; XtraBackup 2.4's `[FATAL]` text and crash report, how often
the log copying thread prints, whether `incremental backup from %s is enabled.` comes before the
InnoDB configuration; pgpool's `%a` for children before the startup packet (`child` taken),
the health check processes' names (`health_check0`, `health_check1`), `Backend status file %s
discarded`, the failover and failback lines' order; Barman's logger for each message (taken from
the calling module), `Starting check-backup for backup %s of server %s`, the `Backup failed %s.`
wording and whether pg_receivewal's `finished segment` lines are logged at INFO. FoundationDB
writes CRLF; the files here end lines with LF only. Run it only to change the data on purpose:
`python bench/heldout/generate_round79.py [SYSTEM ...]`.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round52 import secs
from generate_round55 import at, poisson
from generate_round77 import Files


def day(d: int, h: int, m: int, s: int = 0) -> datetime:
    """An instant of June 2024 (UTC)."""
    return datetime(2024, 6, d, h, m, s, tzinfo=UTC)


def nl(*parts: str) -> str:
    """A label of a message written over several lines (its later lines continue the event)."""
    return "\\n".join(parts)


# --------------------------------------------------------------------------------- foundationdb

FDB_HOSTS = {
    "fdb-1": ("10.0.4.11", "CC,CD,DD,MS,RK,TL"),
    "fdb-2": ("10.0.4.12", "CD,CP,GP,SS,TL"),
    "fdb-3": ("10.0.4.13", "CD,RV,SS"),
}
FDB_CONN = "shop:Xk29fQpLm3@10.0.4.11:4500,10.0.4.12:4500,10.0.4.13:4500"
FDB_CLIENTS = ["10.0.5.21", "10.0.5.22", "10.0.5.23", "10.0.5.24"]
FDB_MONITOR = "10.0.6.5"
FDB_OLD = "10.0.5.40"


def foundationdb(r: random.Random) -> list[Log]:
    """A three-process FoundationDB 7.1.57 cluster (fdb-1, fdb-2, fdb-3, one fdbserver each on
    :4500, all coordinators), `--trace_format json`, the metrics knobs raised to 30 s. A
    rolling upgrade restarts the three at 06:00 (each a new trace file; the cluster recovers);
    four app servers connect, and a monitor runs `fdbcli --exec 'status json'` every minute;
    an old 6.3 batch client keeps trying from 06:35 to 07:20 (rejected); fdb-2's disk stalls
    06:50-06:56 (slow tasks, ratekeeper limiting on it); fdb-3 reboots at 07:12 for a kernel
    update (its peers time out and reconnect; a new trace file)."""
    fs = Files(1)
    t0, t_end = at(6, 0), at(7, 45)
    ids = {h: hexid(r, 16) for h in FDB_HOSTS}
    tids = {h: str(r.randrange(10**18, 10**19)) for h in FDB_HOSTS}
    role_ids = {k: hexid(r, 16) for k in ("SS2", "SS3", "TL1", "TL2", "MS", "RK", "DD", "CC")}
    zero = "0000000000000000"
    down3 = (at(7, 12, 20), at(7, 13, 52))
    up = {"fdb-1": at(6, 0, 4), "fdb-2": at(6, 0, 9), "fdb-3": at(6, 0, 14)}

    tags = {
        (h, s): "".join(
            r.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
            for _ in range(6)
        )
        for h in FDB_HOSTS
        for s in (0, 1)
    }

    def fname(h: str, t: datetime) -> str:
        return f"trace.{FDB_HOSTS[h][0]}.4500.{int(t.timestamp())}.{tags[h, int(t > at(7, 0))]}.0.1.json"

    def E(
        h: str, t: datetime, sev: int, typ: str, id_: str, details: list[tuple[str, object]]
    ) -> datetime:
        ip, roles = FDB_HOSTS[h]

        def text(t: datetime) -> list[str]:
            fields: list[tuple[str, object]] = [
                ("Severity", sev),
                ("Time", f"{t.timestamp():.6f}"),
                ("DateTime", f"{t:%Y-%m-%dT%H:%M:%SZ}"),
                ("Type", typ),
                ("ID", id_),
                *details,
                ("ThreadID", tids[h]),
                ("Machine", f"{ip}:4500"),
                ("LogGroup", "default"),
                ("Roles", roles),
            ]
            return [
                "{  "
                + ", ".join(f"{json.dumps(k)}: {json.dumps(str(v))}" for k, v in fields)
                + " }"
            ]

        f = fname(h, down3[1] if h == "fdb-3" and t >= down3[1] else up[h])
        return fs.add(f, t, typ, text, proc=h)

    def counter(rate: float, total: int) -> str:
        return f"{rate:g} {r.uniform(0.3, 2.5):.6g} {total}"

    def start(h: str, t: datetime) -> datetime:
        t = E(
            h,
            t,
            10,
            "ProgramStart",
            zero,
            [
                ("RandomSeed", r.randrange(10**9, 4 * 10**9)),
                ("SourceVersion", "d0b4a2e1c7f35f49c4d33b1cf0c8a7e2a1b3c5d7"),
                ("Version", "7.1.57"),
                ("PackageName", "7.1"),
                ("FileSystem", ""),
                ("DataFolder", "/var/lib/foundationdb/data/4500"),
                ("WorkingDirectory", "/"),
                ("ClusterFile", "/etc/foundationdb/fdb.cluster"),
                ("ConnectionString", FDB_CONN),
                ("ActualTime", int(t.timestamp())),
                (
                    "CommandLine",
                    "/usr/sbin/fdbserver --cluster-file /etc/foundationdb/fdb.cluster --datadir /var/lib/foundationdb/data/4500 --listen-address public --logdir /var/log/foundationdb --public-address auto:4500 --trace-format json --knob_system_monitor_interval 30 --knob_worker_logging_interval 30",
                ),
                ("BuildFlags", "Release"),
                ("MemoryLimit", 8589934592),
                ("VirtualMemoryLimit", 0),
                ("ProtocolVersion", "fdb00b071010000"),
            ],
        )
        t = E(
            h,
            t + secs(r, 0.01, 0.05),
            10,
            "Role",
            ids[h],
            [("As", "Worker"), ("Transition", "Begin")],
        )
        return t

    def role(h: str, t: datetime, as_: str, rid: str, tr: str = "Begin") -> datetime:
        d: list[tuple[str, object]] = [("As", as_), ("Transition", tr)]
        if as_ == "StorageServer" and tr == "Begin":
            d += [("Restored", "true")] if h == "fdb-3" and t > at(7, 0) else []
        return E(h, t, 10, "Role", rid, d)

    def outgoing(h: str, t: datetime, peer: str, failed: bool = False) -> datetime:
        cid = hexid(r, 16)
        t = E(
            h,
            t,
            10,
            "ConnectingTo",
            zero,
            [
                ("SuppressedEventCount", 0),
                ("PeerAddr", peer),
                ("PeerAddress", peer),
                ("PeerReferences", r.randint(1, 4)),
                ("FailureStatus", "FAILED" if failed else "OK"),
            ],
        )
        if failed:
            return t
        t = E(
            h,
            t + secs(r, 0.0005, 0.003),
            10,
            "ConnectionExchangingConnectPacket",
            cid,
            [("SuppressedEventCount", 0), ("PeerAddr", peer), ("PeerAddress", peer)],
        )
        return E(
            h,
            t + secs(r, 0.0005, 0.003),
            10,
            "ConnectedOutgoing",
            zero,
            [("SuppressedEventCount", 0), ("PeerAddr", peer), ("PeerAddress", peer)],
        )

    def incoming(h: str, t: datetime, frm: str, public: bool) -> tuple[datetime, str]:
        cid = hexid(r, 16)
        t = E(
            h,
            t,
            10,
            "ConnectionEstablished",
            cid,
            [
                ("SuppressedEventCount", 0),
                ("Peer", frm),
                ("PeerAddress", frm),
                ("ConnectionId", 1 if public else r.randrange(10**17, 10**19)),
            ],
        )
        canon = frm
        t = E(
            h,
            t + secs(r, 0.0002, 0.002),
            10,
            "IncomingConnection",
            cid,
            [
                ("SuppressedEventCount", 0),
                ("FromAddr", frm),
                ("CanonicalAddr", canon),
                ("IsPublic", int(public)),
                ("Trusted", 1),
            ],
        )
        return t, cid

    def closed(h: str, t: datetime, peer: str, cid: str, destroy: bool = True) -> datetime:
        t = E(
            h,
            t,
            10,
            "ConnectionClosed",
            cid,
            [
                ("Error", "connection_failed"),
                ("ErrorDescription", "Network connection failed"),
                ("ErrorCode", 1026),
                ("SuppressedEventCount", 0),
                ("PeerAddr", peer),
                ("PeerAddress", peer),
            ],
        )
        if destroy:
            t = E(
                h,
                t + secs(r, 0.0001, 0.001),
                10,
                "PeerDestroy",
                zero,
                [
                    ("Error", "connection_failed"),
                    ("ErrorDescription", "Network connection failed"),
                    ("ErrorCode", 1026),
                    ("SuppressedEventCount", 0),
                    ("PeerAddr", peer),
                    ("PeerAddress", peer),
                ],
            )
        return t

    # the rolling restart at 06:00 and the recovery
    for h, t in up.items():
        start(h, t)
    ta = at(6, 0, 16)
    for a in FDB_HOSTS:
        for b in FDB_HOSTS:
            if a < b:
                x = outgoing(a, ta + secs(r, 0, 0.5), f"{FDB_HOSTS[b][0]}:4500")
                incoming(b, x + secs(r, 0.0005, 0.002), f"{FDB_HOSTS[a][0]}:4500", True)
    x = role("fdb-1", at(6, 0, 17) + secs(r, 0, 0.3), "ClusterController", role_ids["CC"])
    x = role("fdb-1", x + secs(r, 0.2, 0.6), "Master", role_ids["MS"])
    for code, st in enumerate(
        [
            "reading_coordinated_state",
            "locking_coordinated_state",
            "reading_transaction_system_state",
            "recruiting_transaction_servers",
            "initializing_transaction_servers",
            "recovery_transaction",
            "writing_coordinated_state",
            "accepting_commits",
            "all_logs_recruited",
            "storage_recovered",
            "fully_recovered",
        ]
    ):
        extra: list[tuple[str, object]] = []
        if st == "recruiting_transaction_servers":
            extra = [
                ("RequiredCommitProxies", 1),
                ("RequiredGrvProxies", 1),
                ("RequiredResolvers", 1),
                ("RequiredTLogs", 2),
                ("DesiredTLogs", 2),
            ]
        elif st == "accepting_commits":
            extra = [
                ("StoreType", "ssd-redwood-1-experimental"),
                ("RecoveryDuration", f"{r.uniform(1.2, 2.4):.6f}"),
            ]
        x = E(
            "fdb-1",
            x + secs(r, 0.05, 0.4),
            10,
            "MasterRecoveryState",
            role_ids["MS"],
            [("StatusCode", code), ("Status", st), *extra],
        )
        if st == "initializing_transaction_servers":
            role("fdb-1", x + secs(r, 0.01, 0.05), "TLog", role_ids["TL1"])
            role("fdb-2", x + secs(r, 0.01, 0.05), "TLog", role_ids["TL2"])
            role("fdb-2", x + secs(r, 0.01, 0.05), "CommitProxy", hexid(r, 16))
            role("fdb-2", x + secs(r, 0.01, 0.05), "GrvProxy", hexid(r, 16))
            role("fdb-3", x + secs(r, 0.01, 0.05), "Resolver", hexid(r, 16))
        if st == "storage_recovered":
            role("fdb-2", x + secs(r, 0.01, 0.05), "StorageServer", role_ids["SS2"])
            role("fdb-3", x + secs(r, 0.01, 0.05), "StorageServer", role_ids["SS3"])
    role("fdb-1", x + secs(r, 0.5, 1.5), "DataDistributor", role_ids["DD"])
    role("fdb-1", x + secs(r, 0.5, 1.5), "Ratekeeper", role_ids["RK"])

    # periodic metrics
    stall = (at(6, 50), at(6, 56, 30))
    totals: dict[str, int] = {
        k: r.randrange(10**8, 10**9) for k in ("q2", "q3", "m2", "m3", "tl1", "tl2")
    }
    for h, first in (("fdb-1", at(6, 0, 34)), ("fdb-2", at(6, 0, 39)), ("fdb-3", at(6, 0, 44))):
        t = first + secs(r, 0, 0.3)
        while t < t_end:
            if h == "fdb-3" and down3[0] - timedelta(seconds=2) <= t < down3[1] + timedelta(
                seconds=25
            ):
                t += timedelta(seconds=30)
                continue
            stalled = h == "fdb-2" and stall[0] <= t < stall[1]
            E(
                h,
                t,
                10,
                "ProcessMetrics",
                zero,
                [
                    ("Elapsed", f"{30 + r.uniform(-0.002, 0.004):.6g}"),
                    ("CPUSeconds", f"{r.uniform(2, 9):.6f}"),
                    ("MainThreadCPUSeconds", f"{r.uniform(1.5, 7):.6f}"),
                    (
                        "UptimeSeconds",
                        f"{(t - (down3[1] if h == 'fdb-3' and t >= down3[1] else up[h])).total_seconds():.4f}",
                    ),
                    ("Memory", r.randrange(1_600_000_000, 2_400_000_000)),
                    ("ResidentMemory", r.randrange(1_200_000_000, 2_000_000_000)),
                    ("UnusedAllocatedMemory", r.randrange(10_000_000, 90_000_000)),
                    ("MbpsSent", f"{r.uniform(0.5, 9):.6g}"),
                    ("MbpsReceived", f"{r.uniform(0.5, 9):.6g}"),
                    ("DiskTotalBytes", 536870912000),
                    ("DiskFreeBytes", r.randrange(300_000_000_000, 320_000_000_000)),
                    ("DiskQueueDepth", r.randint(40, 180) if stalled else r.randint(0, 3)),
                    (
                        "DiskIdleSeconds",
                        f"{r.uniform(0.1, 2) if stalled else r.uniform(18, 28):.6g}",
                    ),
                    ("DiskReads", r.randint(200, 9000)),
                    ("DiskWrites", r.randint(500, 12000)),
                    ("DiskReadsCount", r.randrange(10**6, 10**7)),
                    ("DiskWritesCount", r.randrange(10**6, 10**7)),
                    ("DiskWriteSectors", r.randint(10000, 900000)),
                    ("DiskReadSectors", r.randint(1000, 90000)),
                    ("FileWrites", r.randint(100, 9000)),
                    ("FileReads", r.randint(10, 900)),
                    ("CacheReadBytes", r.randint(0, 10**8)),
                    ("CacheFinds", r.randint(0, 10**5)),
                    ("CacheHits", r.randint(0, 10**5)),
                    ("CacheMisses", r.randint(0, 10**3)),
                    ("CacheEvictions", r.randint(0, 10**3)),
                    ("ZoneID", ids[h] + ids[h]),
                    ("MachineID", ids[h] + ids[h]),
                    ("AIOSubmitCount", r.randint(100, 9000)),
                    ("AIOCollectCount", r.randint(100, 9000)),
                    ("AIOSubmitLag", f"{r.uniform(0, 0.02):.6g}"),
                    ("AIODiskStall", f"{r.uniform(2, 9) if stalled else r.uniform(0, 0.05):.6g}"),
                    ("CurrentConnections", r.randint(8, 16)),
                    ("ConnectionsEstablished", f"{r.uniform(0, 0.3):.6g}"),
                    ("ConnectionsClosed", f"{r.uniform(0, 0.3):.6g}"),
                    ("ConnectionErrors", 0),
                ],
            )
            if h in ("fdb-2", "fdb-3"):
                k = "2" if h == "fdb-2" else "3"
                totals["q" + k] += r.randint(80000, 200000)
                totals["m" + k] += r.randint(20000, 60000)
                ver = int((t - at(6, 0)).total_seconds() * 1e6) + 88_214_000_000_000
                lag = (
                    r.randint(6_000_000, 9_000_000) if stalled else r.randint(4_900_000, 5_400_000)
                )
                E(
                    h,
                    t + secs(r, 0.001, 0.02),
                    10,
                    "StorageMetrics",
                    role_ids["SS" + k],
                    [
                        ("Elapsed", f"{30 + r.uniform(-0.003, 0.003):.6g}"),
                        ("QueryQueue", counter(r.uniform(2000, 6000), totals["q" + k])),
                        ("GetKeyQueries", counter(r.uniform(0, 20), r.randrange(10**4, 10**5))),
                        ("GetValueQueries", counter(r.uniform(1500, 5000), totals["q" + k] // 2)),
                        ("GetRangeQueries", counter(r.uniform(300, 900), totals["q" + k] // 6)),
                        ("FinishedQueries", counter(r.uniform(2000, 6000), totals["q" + k] - 3)),
                        ("RowsQueried", counter(r.uniform(9000, 40000), totals["q" + k] * 5)),
                        ("BytesQueried", counter(r.uniform(1e6, 9e6), totals["q" + k] * 900)),
                        ("BytesInput", counter(r.uniform(1e5, 9e5), totals["m" + k] * 120)),
                        ("BytesDurable", counter(r.uniform(1e5, 9e5), totals["m" + k] * 119)),
                        ("Mutations", counter(r.uniform(600, 2000), totals["m" + k])),
                        ("SetMutations", counter(r.uniform(500, 1800), totals["m" + k] - 9000)),
                        (
                            "ClearRangeMutations",
                            counter(r.uniform(0, 40), r.randrange(10**4, 10**5)),
                        ),
                        ("UpdateBatches", counter(r.uniform(90, 110), r.randrange(10**5, 10**6))),
                        ("FetchWaitingMS", counter(0, 0)),
                        ("ReadsRejected", counter(0, 0)),
                        ("Version", ver),
                        ("StorageVersion", ver - lag),
                        ("DurableVersion", ver - lag),
                        ("DesiredOldestVersion", ver - 5_000_000),
                        (
                            "VersionLag",
                            r.randint(100_000, 2_000_000) if stalled else r.randint(20_000, 90_000),
                        ),
                        ("LocalRate", 100 if not stalled else r.randint(40, 90)),
                        ("BytesStored", r.randrange(180_000_000_000, 190_000_000_000)),
                        ("KvstoreBytesUsed", r.randrange(200_000_000_000, 210_000_000_000)),
                        ("KvstoreBytesFree", r.randrange(300_000_000_000, 320_000_000_000)),
                        ("KvstoreBytesTotal", 536870912000),
                    ],
                )
            if h in ("fdb-1", "fdb-2"):
                k = "tl1" if h == "fdb-1" else "tl2"
                totals[k] += r.randint(5_000_000, 30_000_000)
                ver = int((t - at(6, 0)).total_seconds() * 1e6) + 88_214_000_000_000
                E(
                    h,
                    t + secs(r, 0.001, 0.02),
                    10,
                    "TLogMetrics",
                    role_ids["TL1" if h == "fdb-1" else "TL2"],
                    [
                        ("Elapsed", f"{30 + r.uniform(-0.003, 0.003):.6g}"),
                        ("BytesInput", counter(r.uniform(2e5, 9e5), totals[k])),
                        (
                            "BytesDurable",
                            counter(r.uniform(2e5, 9e5), totals[k] - r.randint(1000, 90000)),
                        ),
                        ("BlockingPeeks", counter(r.uniform(5, 40), r.randrange(10**5, 10**6))),
                        ("BlockingPeekTimeouts", counter(0, r.randint(0, 40))),
                        ("EmptyPeeks", counter(r.uniform(50, 400), r.randrange(10**6, 10**7))),
                        ("NonEmptyPeeks", counter(r.uniform(50, 400), r.randrange(10**6, 10**7))),
                        ("Version", ver),
                        ("QueueCommittedVersion", ver),
                        ("PersistentDataVersion", ver - r.randint(4_000_000, 6_000_000)),
                        ("PersistentDataDurableVersion", ver - r.randint(6_000_000, 8_000_000)),
                        ("KnownCommittedVersion", ver - r.randint(1000, 9000)),
                        ("QueuePoppedVersion", ver - r.randint(5_000_000, 9_000_000)),
                        ("SharedBytesInput", counter(r.uniform(2e5, 9e5), totals[k])),
                        ("SharedBytesDurable", counter(r.uniform(2e5, 9e5), totals[k] - 7)),
                        ("KvstoreBytesUsed", r.randrange(10**8, 10**9)),
                        ("QueueDiskBytesUsed", r.randrange(10**8, 10**9)),
                    ],
                )
            if h == "fdb-1":
                limited = stall[0] + timedelta(seconds=40) <= t < stall[1] + timedelta(seconds=30)
                E(
                    h,
                    t + secs(r, 0.02, 0.08),
                    10,
                    "RkUpdate",
                    role_ids["RK"],
                    [
                        ("TPSLimit", f"{r.uniform(800, 4000):.6g}" if limited else "1e+06"),
                        ("Reason", "storage_server_write_queue_size" if limited else "workload"),
                        ("ReasonServerID", role_ids["SS2"] if limited else zero),
                        ("ReleasedTPS", f"{r.uniform(900, 4500):.6g}"),
                        ("ReleasedBatchTPS", f"{r.uniform(0, 40):.6g}"),
                        ("TPSBasis", f"{r.uniform(900, 4500):.6g}"),
                        (
                            "StorageServers",
                            1 if down3[0] <= t < down3[1] + timedelta(seconds=60) else 2,
                        ),
                        ("GrvProxies", 1),
                        ("TLogs", 2),
                        (
                            "WorstFreeSpaceStorageServer",
                            r.randrange(300_000_000_000, 320_000_000_000),
                        ),
                        ("WorstFreeSpaceTLog", r.randrange(300_000_000_000, 320_000_000_000)),
                        (
                            "WorstStorageServerQueue",
                            r.randrange(900_000_000, 1_800_000_000)
                            if limited
                            else r.randrange(10_000_000, 90_000_000),
                        ),
                        (
                            "LimitingStorageServerQueue",
                            r.randrange(900_000_000, 1_800_000_000)
                            if limited
                            else r.randrange(10_000_000, 90_000_000),
                        ),
                        ("WorstTLogQueue", r.randrange(10_000_000, 200_000_000)),
                        ("TotalDiskUsageBytes", r.randrange(400_000_000_000, 420_000_000_000)),
                        ("WorstStorageServerVersionLag", r.randint(4_000_000, 9_000_000)),
                        ("LimitingStorageServerVersionLag", r.randint(4_000_000, 9_000_000)),
                        ("WorstStorageServerDurabilityLag", r.randint(5_000_000, 9_000_000)),
                        ("LimitingStorageServerDurabilityLag", r.randint(5_000_000, 9_000_000)),
                        ("TagsAutoThrottled", 0),
                        ("TagsManuallyThrottled", 0),
                        ("AutoThrottlingEnabled", 1),
                    ],
                )
                if int((t - first).total_seconds()) % 60 < 30:
                    moving = down3[1] <= t < down3[1] + timedelta(minutes=14)
                    inflight = r.randrange(10**8, 2 * 10**9) if moving else 0
                    E(
                        h,
                        t + secs(r, 0.1, 0.4),
                        10,
                        "MovingData",
                        role_ids["DD"],
                        [
                            ("InFlight", r.randint(3, 40) if moving else 0),
                            ("InQueue", r.randint(0, 60) if moving else 0),
                            ("AverageShardSize", r.randrange(100_000_000, 130_000_000)),
                            ("UnhealthyRelocations", r.randint(1, 40) if moving else 0),
                            ("HighestPriority", 700 if moving else 0),
                            ("BytesWritten", r.randrange(10**9, 10**11)),
                            ("PriorityRecoverMove", 0),
                            ("PriorityRebalanceUnderutilizedTeam", 0),
                            ("PriorityRebalanceOverutilizedTeam", 0),
                            ("PriorityTeamHealthy", 0),
                            ("PriorityTeamContainsUndesiredServer", 0),
                            ("PriorityTeamRedundant", 0),
                            ("PriorityMergeShard", r.randint(0, 2)),
                            ("PriorityPopulateRegion", 0),
                            ("PriorityTeamUnhealthy", r.randint(1, 40) if moving else 0),
                            ("PriorityTeam2Left", 0),
                            ("PriorityTeam1Left", r.randint(1, 40) if moving else 0),
                            ("PriorityTeam0Left", 0),
                            ("PrioritySplitShard", 0),
                        ],
                    )
                    E(
                        h,
                        t + secs(r, 0.1, 0.4),
                        10,
                        "TotalDataInFlight",
                        role_ids["DD"],
                        [
                            ("Primary", 1),
                            ("TotalBytes", inflight),
                            ("UnhealthyServers", 1 if moving else 0),
                            ("HighestPriority", 700 if moving else 0),
                        ],
                    )
            t += timedelta(seconds=30) + secs(r, -0.004, 0.006)

    # the app servers' clients connect after the restart and stay; a pod restart now and then
    client_conns: list[tuple[str, str, datetime]] = []
    for c in FDB_CLIENTS:
        for h in ("fdb-1", "fdb-2", "fdb-3"):
            frm = f"{c}:{r.randint(32768, 60999)}"
            x, cid = incoming(h, at(6, 0, 40) + secs(r, 0, 20), frm, False)
            client_conns.append((h, frm, x))
    for t in poisson(r, at(6, 10), t_end, 1200):
        c = r.choice(FDB_CLIENTS)
        for h in ("fdb-1", "fdb-2", "fdb-3"):
            if h == "fdb-3" and down3[0] <= t <= down3[1]:
                continue
            frm = f"{c}:{r.randint(32768, 60999)}"
            x, cid = incoming(h, t + secs(r, 5, 9), frm, False)
            closed(h, t + secs(r, 0, 0.5), f"{c}:{r.randint(32768, 60999)}", hexid(r, 16))
    # the monitor's fdbcli every minute: the coordinators, then the cluster controller
    t = at(6, 1, 2)
    while t < t_end:
        for h in ("fdb-1", r.choice(["fdb-2", "fdb-3"])):
            if h == "fdb-3" and down3[0] - timedelta(seconds=30) <= t <= down3[1]:
                h = "fdb-2"
            frm = f"{FDB_MONITOR}:{r.randint(32768, 60999)}"
            x, cid = incoming(h, t + secs(r, 0, 0.2), frm, False)
            if r.random() < 0.75:
                closed(h, x + secs(r, 0.3, 1.2), frm, cid)
        t += timedelta(seconds=60) + secs(r, -0.5, 0.5)
    # the old 6.3 batch client, refused
    t = at(6, 35, 12)
    while t < at(7, 20):
        h = r.choice(["fdb-1", "fdb-2", "fdb-3"])
        if not (down3[0] <= t <= down3[1] and h == "fdb-3"):
            frm = f"{FDB_OLD}:{r.randint(32768, 60999)}"
            cid = hexid(r, 16)
            x = E(
                h,
                t,
                20,
                "ConnectionRejected",
                cid,
                [
                    ("Reason", "IncompatibleProtocolVersion"),
                    ("LocalVersion", "fdb00b071010000"),
                    ("RejectedVersion", "fdb00b063010001"),
                    ("Peer", frm),
                    ("PeerAddress", frm),
                    ("ConnectionId", 0),
                ],
            )
            E(
                h,
                x + secs(r, 0.0002, 0.002),
                10,
                "IncomingConnectionError",
                cid,
                [
                    ("Error", "incompatible_protocol_version"),
                    ("ErrorDescription", "Incompatible protocol version"),
                    ("ErrorCode", 1040),
                    ("SuppressedEventCount", 0),
                    ("FromAddress", frm),
                ],
            )
        t += secs(r, 50, 130)
    # fdb-2's disk stalls
    for t in poisson(r, stall[0], stall[1], 9):
        E(
            "fdb-2",
            t,
            30,
            "SlowTask",
            zero,
            [
                ("TaskID", r.choice([8010, 8500, 7500, 8900])),
                ("MClocks", r.randint(250, 2400)),
                ("Duration", f"{r.uniform(0.11, 1.1):.6f}"),
                ("SampleRate", 1),
                ("NumYields", 0),
            ],
        )
    # fdb-3 reboots
    for h in ("fdb-1", "fdb-2"):
        peer = f"{FDB_HOSTS['fdb-3'][0]}:4500"
        x = E(
            h,
            down3[0] + secs(r, 1, 2.5),
            10,
            "ConnectionTimeout",
            zero,
            [("SuppressedEventCount", 0), ("WithAddr", peer)],
        )
        x = closed(h, x + secs(r, 0.0005, 0.002), peer, hexid(r, 16), destroy=False)
        while x < down3[1] - timedelta(seconds=3):
            x = outgoing(h, x + secs(r, 1.0, 2.6), peer, failed=True)
            x = E(
                h,
                x + secs(r, 1.5, 2.1),
                10,
                "ConnectionTimedOut",
                zero,
                [
                    ("SuppressedEventCount", r.randint(0, 2)),
                    ("PeerAddr", peer),
                    ("PeerAddress", peer),
                ],
            )
            x = closed(h, x + secs(r, 0.0002, 0.001), peer, zero, destroy=False)
        if h == "fdb-1":
            E(
                h,
                down3[0] + secs(r, 15, 25),
                30,
                "TooManyConnectionsClosed",
                zero,
                [("SuppressedEventCount", 0), ("PeerAddr", peer), ("PeerAddress", peer)],
            )
        x = outgoing(h, down3[1] + secs(r, 8, 12), peer)
    x = start("fdb-3", down3[1])
    for h in ("fdb-1", "fdb-2"):
        incoming("fdb-3", down3[1] + secs(r, 8.1, 12.5), f"{FDB_HOSTS[h][0]}:4500", True)
    role("fdb-3", down3[1] + secs(r, 14, 16), "StorageServer", role_ids["SS3"])
    role("fdb-3", down3[1] + secs(r, 16, 18), "Resolver", hexid(r, 16))
    for c in FDB_CLIENTS:
        incoming("fdb-3", down3[1] + secs(r, 15, 40), f"{c}:{r.randint(32768, 60999)}", False)
    return fs.logs(t0)


# --------------------------------------------------------------------------------- firebird

FB_BIN = "/opt/firebird/bin"
FB_DBS = {
    "fbsrv1": ["/data/erp/erp.fdb", "/data/erp/docs.fdb"],
    "fbsrv2": ["/data/reports/dwh.fdb", "/data/reports/archive_2023.fdb"],
}
FB_CLIENTS = {
    "fbsrv1": [
        (f"WS-{n:03d}", f"10.20.1.{n}", u)
        for n, u in [
            (14, "ANNA"),
            (22, "BORIS"),
            (31, "CLERK1"),
            (37, "CLERK2"),
            (45, "STOCK"),
            (52, "ANNA"),
            (58, "DISPATCH"),
            (63, "CLERK3"),
            (71, "BOSS"),
            (88, "CLERK4"),
        ]
    ]
    + [("app-erp-1", "10.20.0.21", "ERP_APP"), ("app-erp-2", "10.20.0.22", "ERP_APP")],
    "fbsrv2": [
        ("rep-01", "10.20.0.31", "REPORTER"),
        ("etl-01", "10.20.0.35", "ETL"),
        ("WS-022", "10.20.1.22", "BORIS"),
        ("WS-071", "10.20.1.71", "BOSS"),
    ],
}


def firebird(r: random.Random) -> list[Log]:
    """Two Firebird 4.0.4 SuperServers under fbguard (fbsrv1: the ERP's databases, used by
    ten workstations and two app servers; fbsrv2: reporting and an ETL job), firebird.log
    from Sunday 00:00 to Tuesday 18:00. gds__log writes `\\nHOST\\tctime()` then a tab and
    the message (a multi-line message's later lines tab-indented, `gds__log_status` opening
    with `Database: %s`) and `\\n\\n`, so entries are two blank lines apart. Clients that drop
    their connection (workstations switched off, VPN users, app pods killed) give `INET/
    inet_error: read errno = 104` or `send errno = 32` with the client's host, address and
    user; the automatic sweep runs when the gap passes 20,000; an old reporting tool without
    SRP and a client asking for wire encryption fail authentication; on Monday 14:12 fbsrv1's
    server is OOM-killed (`terminated abnormally`), restarted by fbguard, and the ERP
    database's index on DOCUMENTS is then found corrupt (consistency checks, `database file
    appears corrupt`), validated and fixed at 18:30 after a shutdown; on Tuesday 09:40 fbsrv2's
    /tmp fills up during a report's sort; a monitoring tool starts trace sessions; fbsrv2 hits
    its open files limit at 11:05."""
    fs = Files(1_000_000)
    files = {h: f"{h}-firebird.log" for h in FB_DBS}
    t0, t_end = day(2, 0, 0), day(4, 18, 0)

    def E(h: str, t: datetime, label: str, lines: list[str], db: str | None = None) -> datetime:
        def text(t: datetime) -> list[str]:
            head = f"{h}\t{t:%a %b} {t.day:2d} {t:%H:%M:%S %Y}"
            body = ([f"Database: {db}"] if db else []) + lines
            return [head, *(f"\t{x}" for x in body), "", ""]

        return fs.add(files[h], t, label, text, proc=h)

    def inet(h: str, t: datetime, op: str, errno: int) -> datetime:
        host, ip, user = r.choice(FB_CLIENTS[h])
        return E(
            h,
            t,
            f"INET/inet_error: {op} errno = %d, client host = %s, address = %s, user = %s",
            [
                f"INET/inet_error: {op} errno = {errno}, client host = {host}, address = {ip}/{r.randint(49152, 65535)}, user = {user}"
            ],
        )

    oit = {db: r.randint(100_000, 900_000) for dbs in FB_DBS.values() for db in dbs}

    def sweep(h: str, t: datetime, db: str, by: str) -> datetime:
        n = oit[db] + r.randint(20_001, 24_000)
        t = E(
            h,
            t,
            nl("Sweep is started by %s", 'Database "%s" ', "OIT %d, OAT %d, OST %d, Next %d"),
            [
                f"Sweep is started by {by}",
                f'Database "{db}" ',
                f"OIT {oit[db]}, OAT {n - r.randint(1, 30)}, OST {n - r.randint(1, 30)}, Next {n}",
            ],
        )
        oit[db] = n - r.randint(1, 30)
        return E(
            h,
            t + secs(r, 20, 400),
            nl(
                "Sweep is finished",
                'Database "%s" ',
                "%d workers, time %.3f sec ",
                "OIT %d, OAT %d, OST %d, Next %d",
            ),
            [
                "Sweep is finished",
                f'Database "{db}" ',
                f"1 workers, time {r.uniform(20, 400):.3f} sec ",
                f"OIT {oit[db]}, OAT {oit[db] + 1}, OST {oit[db] + 1}, Next {oit[db] + r.randint(2, 40)}",
            ],
        )

    def guard_start(h: str, t: datetime) -> datetime:
        return E(
            h,
            t,
            "%s: guardian starting %s",
            [f"{FB_BIN}/fbguard: guardian starting {FB_BIN}/firebird"],
        )

    # clients dropping their connections: office hours busier; Sunday quiet
    for h, rate in (("fbsrv1", 1.0), ("fbsrv2", 0.45)):
        t = t0
        while t < t_end:
            hour = t.hour + t.minute / 60
            weekday = t.day != 2
            busy = weekday and 7 <= hour < 18.5
            mean = (68 if busy else 600 if weekday else 1200) / rate
            t += timedelta(seconds=r.expovariate(1 / mean))
            if t >= t_end:
                break
            if h == "fbsrv1" and day(3, 14, 12) <= t < day(3, 14, 14):
                continue
            u = r.random()
            if u < 0.80:
                inet(h, t, "read", 104)
            elif u < 0.93:
                inet(h, t, "send", 32)
            elif u < 0.98:
                inet(h, t, "send", 104)
            else:
                inet(h, t, "read", 110)
    # automatic sweeps (the gap reaches 20,000 every day or so on the busy databases)
    for h, db, times in (
        ("fbsrv1", "/data/erp/erp.fdb", [day(2, 3, 14), day(3, 11, 2), day(4, 10, 41)]),
        ("fbsrv1", "/data/erp/docs.fdb", [day(3, 16, 27)]),
        ("fbsrv2", "/data/reports/dwh.fdb", [day(2, 4, 5), day(3, 4, 9), day(4, 4, 7)]),
    ):
        for t in times:
            sweep(h, t + secs(r, 0, 59), db, "SWEEPER")
    # the old reporting tool (a Firebird 2.5 client library) on fbsrv2, every workday hour
    t = day(3, 7, 5)
    while t < t_end:
        if 7 <= t.hour < 18:
            for _ in range(r.choice([1, 1, 2, 3])):
                t = E(
                    "fbsrv2",
                    t + secs(r, 1, 4),
                    nl("Authentication error", "No matching plugins on server"),
                    ["Authentication error", "No matching plugins on server"],
                )
        t += secs(r, 3300, 3900)
    # a laptop asking for wire encryption fbsrv1 has disabled
    for t in poisson(r, day(3, 8, 30), day(3, 9, 10), 240) + poisson(
        r, day(4, 8, 20), day(4, 8, 45), 300
    ):
        E(
            "fbsrv1",
            t,
            nl(
                "Authentication error",
                "Incompatible wire encryption levels requested on client and server",
            ),
            [
                "Authentication error",
                "Incompatible wire encryption levels requested on client and server",
            ],
        )
    # the monitoring tool's trace sessions
    sid = {"fbsrv1": 3, "fbsrv2": 11}
    for h in FB_DBS:
        for t in poisson(r, t0, t_end, 4 * 3600):
            sid[h] += 1
            E(h, t, "Trace session ID %d started", [f"Trace session ID {sid[h]} started"])
    # fbsrv1: the OOM kill and the corrupt index
    kill = day(3, 14, 12, 7)
    x = E(
        "fbsrv1",
        kill,
        "%s: %s terminated abnormally (%d)",
        [f"{FB_BIN}/fbguard: {FB_BIN}/firebird terminated abnormally (-1)"],
    )
    x = guard_start("fbsrv1", x + secs(r, 1, 2))
    erp = "/data/erp/erp.fdb"
    for t in sorted(poisson(r, kill + timedelta(minutes=3), day(3, 18, 20), 420)):
        if r.random() < 0.6:
            why, code, line = r.choice(
                [("cannot find record back version", 291, 4086), ("wrong record length", 183, 1522)]
            )
            E(
                "fbsrv1",
                t,
                f"internal Firebird consistency check ({why} ({code}), file: %s line: %d)",
                [
                    f"internal Firebird consistency check ({why} ({code}), file: vio.cpp line: {line})"
                ],
                db=erp,
            )
        else:
            E(
                "fbsrv1",
                t,
                nl(
                    "database file appears corrupt (%s)",
                    "wrong page type",
                    "page %d is of wrong type (expected %s, found %d)",
                ),
                [
                    f"database file appears corrupt ({erp})",
                    "wrong page type",
                    f"page {r.choice([918273, 918274, 1022431])} is of wrong type (expected b-tree, found 0)",
                ],
                db=erp,
            )
    x = E(
        "fbsrv1",
        day(3, 18, 25, 3),
        "Shutting down the server with %d active connection(s) to %d database(s), %d active service(s)",
        [
            "Shutting down the server with 0 active connection(s) to 0 database(s), 0 active service(s)"
        ],
    )
    x = E(
        "fbsrv1",
        x + secs(r, 0.5, 1),
        "%s: %s normal shutdown.",
        [f"{FB_BIN}/fbguard: {FB_BIN}/firebird normal shutdown."],
    )
    x = guard_start("fbsrv1", day(3, 18, 27, 40))
    x = E("fbsrv1", day(3, 18, 30, 12), "Validation started", ["Validation started"], db=erp)
    vx = x
    for pg in (918273, 918274, 1022431):
        vx = E(
            "fbsrv1",
            vx + secs(r, 20, 90),
            nl("Error: Page %d wrong type (expected %s encountered %s)", "in table %s (%d)"),
            [
                f"Error: Page {pg} wrong type (expected index B-tree 7 encountered unknown 0)",
                "in table DOCUMENTS (142)",
            ],
            db=erp,
        )
    for rec in (r.randint(10**5, 10**6) for _ in range(4)):
        vx = E(
            "fbsrv1",
            vx + secs(r, 1, 9),
            "Error: Index %d is corrupt (missing entries for record %d) in table %s (%d)",
            [
                f"Error: Index 3 is corrupt (missing entries for record {rec}) in table DOCUMENTS (142)"
            ],
            db=erp,
        )
    vx = E(
        "fbsrv1",
        vx + secs(r, 5, 30),
        "Warning: Relation has %d orphan backversions {%d in use} in table %s (%d)",
        [
            f"Warning: Relation has {r.randint(20, 400)} orphan backversions {{0 in use}} in table DOCUMENTS (142)"
        ],
        db=erp,
    )
    for pg in (r.randint(10**5, 10**6) for _ in range(2)):
        vx = E(
            "fbsrv1",
            vx + secs(r, 5, 30),
            "Warning: Page %d is an orphan",
            [f"Warning: Page {pg} is an orphan"],
            db=erp,
        )
    vx = E(
        "fbsrv1",
        vx + secs(r, 30, 120),
        "Validation finished: %d errors, %d warnings, %d fixed",
        ["Validation finished: 7 errors, 3 warnings, 7 fixed"],
        db=erp,
    )
    vx = E("fbsrv1", vx + secs(r, 200, 400), "Validation started", ["Validation started"], db=erp)
    vx = E(
        "fbsrv1",
        vx + secs(r, 300, 500),
        "Validation finished: %d errors, %d warnings, %d fixed",
        ["Validation finished: 0 errors, 0 warnings, 0 fixed"],
        db=erp,
    )
    sweep("fbsrv1", vx + secs(r, 60, 120), erp, "SYSDBA")
    # fbsrv2: /tmp full during a report's sort
    for t in poisson(r, day(4, 9, 40), day(4, 10, 5), 110):
        E(
            "fbsrv2",
            t,
            nl(
                'I/O error during "write" operation for file "%s"',
                "Error while trying to write to file",
                "%s",
            ),
            [
                f'I/O error during "write" operation for file "/tmp/firebird/fb_sort_{"".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(6))}"',
                "Error while trying to write to file",
                "No space left on device",
            ],
            db="/data/reports/dwh.fdb",
        )
    # fbsrv2: out of file descriptors (the ETL leaking attachments), then restarted with a higher limit
    for t in poisson(r, day(4, 11, 5), day(4, 11, 19), 25):
        E("fbsrv2", t, "INET/inet_error: accept errno = %d", ["INET/inet_error: accept errno = 24"])
    x = E(
        "fbsrv2",
        day(4, 11, 21, 30),
        "Shutting down the server with %d active connection(s) to %d database(s), %d active service(s)",
        [
            "Shutting down the server with 1012 active connection(s) to 2 database(s), 0 active service(s)"
        ],
    )
    x = E(
        "fbsrv2",
        x + secs(r, 2, 4),
        "%s: %s normal shutdown.",
        [f"{FB_BIN}/fbguard: {FB_BIN}/firebird normal shutdown."],
    )
    guard_start("fbsrv2", x + secs(r, 5, 9))
    out = fs.logs(t0)
    for log in out:
        log.lines.insert(0, ("", None))
        log.lines.pop()
    return out


# --------------------------------------------------------------------------------- xtrabackup

XB_SHOP = [
    ("orders", 2600),
    ("order_items", 5200),
    ("customers", 900),
    ("addresses", 700),
    ("products", 300),
    ("product_images", 120),
    ("product_prices", 260),
    ("categories", 2),
    ("product_categories", 40),
    ("stock_levels", 90),
    ("stock_movements", 3100),
    ("carts", 800),
    ("cart_items", 1100),
    ("payments", 1400),
    ("refunds", 60),
    ("invoices", 1500),
    ("invoice_lines", 2900),
    ("shipments", 1200),
    ("shipment_events", 2400),
    ("coupons", 6),
    ("coupon_redemptions", 80),
    ("reviews", 340),
    ("wishlists", 70),
    ("sessions", 1900),
    ("audit_log", 4200),
    ("email_outbox", 640),
    ("webhooks", 3),
    ("webhook_deliveries", 880),
    ("users", 4),
    ("roles", 1),
    ("user_roles", 1),
    ("settings", 1),
    ("tax_rates", 1),
    ("currencies", 1),
    ("warehouses", 1),
    ("suppliers", 8),
    ("purchase_orders", 110),
    ("purchase_order_lines", 260),
    ("returns", 90),
    ("search_terms", 150),
]
XB_MYSQL_INNODB = [
    "engine_cost",
    "gtid_executed",
    "help_category",
    "help_keyword",
    "help_relation",
    "help_topic",
    "innodb_index_stats",
    "innodb_table_stats",
    "plugin",
    "server_cost",
    "servers",
    "slave_master_info",
    "slave_relay_log_info",
    "slave_worker_info",
    "time_zone",
    "time_zone_leap_second",
    "time_zone_name",
    "time_zone_transition",
    "time_zone_transition_type",
]
XB_MYSQL_MYISAM = [
    "columns_priv",
    "db",
    "event",
    "func",
    "ndb_binlog_index",
    "proc",
    "procs_priv",
    "proxies_priv",
    "tables_priv",
    "user",
]
XB_PS = [
    "accounts",
    "cond_instances",
    "events_stages_current",
    "events_stages_history",
    "events_stages_history_long",
    "events_stages_summary_by_account_by_event_name",
    "events_stages_summary_by_host_by_event_name",
    "events_stages_summary_by_thread_by_event_name",
    "events_stages_summary_by_user_by_event_name",
    "events_stages_summary_global_by_event_name",
    "events_statements_current",
    "events_statements_history",
    "events_statements_history_long",
    "events_statements_summary_by_account_by_event_name",
    "events_statements_summary_by_digest",
    "events_statements_summary_by_host_by_event_name",
    "events_statements_summary_by_program",
    "events_statements_summary_by_thread_by_event_name",
    "events_statements_summary_by_user_by_event_name",
    "events_statements_summary_global_by_event_name",
    "events_transactions_current",
    "events_transactions_history",
    "events_transactions_history_long",
    "events_waits_current",
    "events_waits_history",
    "events_waits_history_long",
    "events_waits_summary_by_instance",
    "events_waits_summary_global_by_event_name",
    "file_instances",
    "file_summary_by_event_name",
    "file_summary_by_instance",
    "global_status",
    "global_variables",
    "host_cache",
    "hosts",
    "memory_summary_by_account_by_event_name",
    "memory_summary_global_by_event_name",
    "metadata_locks",
    "mutex_instances",
    "objects_summary_global_by_type",
    "performance_timers",
    "prepared_statements_instances",
    "replication_applier_configuration",
    "replication_applier_status",
    "replication_connection_status",
    "rwlock_instances",
    "session_account_connect_attrs",
    "session_connect_attrs",
    "session_status",
    "session_variables",
    "setup_actors",
    "setup_consumers",
    "setup_instruments",
    "setup_objects",
    "setup_timers",
    "socket_instances",
    "socket_summary_by_event_name",
    "socket_summary_by_instance",
    "status_by_thread",
    "table_handles",
    "table_io_waits_summary_by_index_usage",
    "table_io_waits_summary_by_table",
    "table_lock_waits_summary_by_table",
    "threads",
    "user_variables_by_thread",
    "users",
    "variables_by_thread",
]
XB_SYS = [
    "host_summary",
    "host_summary_by_file_io",
    "host_summary_by_statement_latency",
    "innodb_buffer_stats_by_schema",
    "innodb_buffer_stats_by_table",
    "innodb_lock_waits",
    "io_by_thread_by_latency",
    "io_global_by_file_by_bytes",
    "io_global_by_wait_by_latency",
    "latest_file_io",
    "memory_by_host_by_current_bytes",
    "memory_global_total",
    "metrics",
    "processlist",
    "ps_check_lost_instrumentation",
    "schema_auto_increment_columns",
    "schema_index_statistics",
    "schema_object_overview",
    "schema_redundant_indexes",
    "schema_table_lock_waits",
    "schema_table_statistics",
    "schema_tables_with_full_table_scans",
    "schema_unused_indexes",
    "session",
    "session_ssl_status",
    "statement_analysis",
    "statements_with_errors_or_warnings",
    "statements_with_full_table_scans",
    "statements_with_runtimes_in_95th_percentile",
    "statements_with_sorting",
    "statements_with_temp_tables",
    "sys_config",
    "user_summary",
    "user_summary_by_file_io",
    "version",
    "wait_classes_global_by_avg_latency",
    "waits_by_host_by_latency",
    "waits_global_by_latency",
    "x$host_summary",
    "x$innodb_buffer_stats_by_table",
    "x$io_global_by_file_by_bytes",
    "x$latest_file_io",
    "x$memory_global_total",
    "x$processlist",
    "x$schema_index_statistics",
    "x$schema_table_statistics",
    "x$statement_analysis",
    "x$user_summary",
    "x$wait_classes_global_by_avg_latency",
    "x$waits_global_by_latency",
]


def xtrabackup(r: random.Random) -> list[Log]:
    """Percona XtraBackup 2.4.29 on db-1 (Percona Server 5.7.44, the shop's database), run by
    a cron script with `--backup --parallel=4 --no-version-check`, each run's stderr kept as
    its own file: the full backup at 01:00, an incremental at 07:00, the 13:00 incremental
    aborted by an online ALTER TABLE (an optimized, redo-less index build: the `[FATAL]`
    message, the assertion and the signal handler's crash report), and the operator's retry at
    13:22. `msg_ts` writes `yymmdd hh:mm:ss` before a line; the `xtrabackup:` and `InnoDB:`
    lines and the version line have no time; `[nn]` is the copying thread's number."""
    fs = Files(1)
    target_root = "/backups/db-1"
    lsn = [2_594_201_234_556]

    def run(name: str, start: datetime, inc_base: str | None, fail_after: int | None) -> None:
        f = f"xtrabackup-{name}.log"
        tgt = f"{target_root}/{name}"
        clock = [start]

        def L(
            label: str,
            msg: str,
            ts: bool,
            gap: tuple[float, float] = (0.0005, 0.004),
            extra: list[str] | None = None,
        ) -> datetime:
            t = clock[0] + secs(r, *gap)

            def text(t: datetime) -> list[str]:
                return [(f"{t:%y%m%d %H:%M:%S} " if ts else "") + msg, *(extra or [])]

            clock[0] = fs.add(f, t, label, text, proc=f)
            return clock[0]

        L(
            "xtrabackup: recognized server arguments: %s",
            "xtrabackup: recognized server arguments: --datadir=/var/lib/mysql --tmpdir=/tmp --server-id=1 --log_bin=/var/log/mysql/mysql-bin --innodb_buffer_pool_size=24G --innodb_log_file_size=512M --innodb_flush_method=O_DIRECT",
            False,
        )
        client = (
            f"--backup=1 --user=xtrabackup --password=* --target-dir={tgt} --parallel=4 --no-version-check=1"
            + (f" --incremental-basedir={target_root}/{inc_base}" if inc_base else "")
        )
        L(
            "xtrabackup: recognized client arguments: %s",
            f"xtrabackup: recognized client arguments: {client}",
            False,
        )
        L(
            "%s version %s based on MySQL server %s %s (%s) (revision id: %s)",
            "xtrabackup version 2.4.29 based on MySQL server 5.7.44 Linux (x86_64) (revision id: 2e6c0951)",
            False,
        )
        L(
            "Connecting to MySQL server host: %s, user: %s, password: %s, port: %s, socket: %s",
            "Connecting to MySQL server host: localhost, user: xtrabackup, password: set, port: not set, socket: /var/run/mysqld/mysqld.sock",
            True,
        )
        L("Using server version %s", "Using server version 5.7.44-48-log", False)
        if inc_base:
            L(
                "incremental backup from %s is enabled.",
                f"incremental backup from {lsn[0] - r.randint(10**8, 10**9)} is enabled.",
                False,
            )
        L("xtrabackup: uses posix_fadvise().", "xtrabackup: uses posix_fadvise().", False)
        L("xtrabackup: cd to %s", "xtrabackup: cd to /var/lib/mysql", False)
        L(
            "xtrabackup: open files limit requested %u, set to %lu",
            "xtrabackup: open files limit requested 0, set to 1048576",
            False,
        )
        L(
            "xtrabackup: using the following InnoDB configuration:",
            "xtrabackup: using the following InnoDB configuration:",
            False,
        )
        for k, v in (
            ("innodb_data_home_dir", "."),
            ("innodb_data_file_path", "ibdata1:12M:autoextend"),
            ("innodb_log_group_home_dir", "./"),
            ("innodb_log_files_in_group", "2"),
            ("innodb_log_file_size", "536870912"),
        ):
            L(f"xtrabackup:   {k} = %s", f"xtrabackup:   {k} = {v}", False)
        L("InnoDB: Number of pools: %d", "InnoDB: Number of pools: 1", False)
        if inc_base:
            L(
                "xtrabackup: using the full scan for incremental backup",
                "xtrabackup: using the full scan for incremental backup",
                False,
            )

        # the log copying thread: one line a second while the copy lasts
        def scanned(until: datetime, t: datetime) -> None:
            while t < until:
                lsn[0] += r.randint(40_000, 900_000)
                tt = fs.add(
                    f,
                    t,
                    ">> log scanned up to (%s)",
                    lambda t, v=lsn[0]: [f"{t:%y%m%d %H:%M:%S} >> log scanned up to ({v})"],
                    proc=(f, "log"),
                )
                t = tt + timedelta(seconds=1) + secs(r, 0.001, 0.01)

        log_from = clock[0] + secs(r, 0.01, 0.05)
        L(
            "xtrabackup: Generating a list of tablespaces",
            "xtrabackup: Generating a list of tablespaces",
            False,
        )
        spaces = (
            [f"mysql/{t}" for t in XB_MYSQL_INNODB]
            + ["sys/sys_config"]
            + [f"shop/{t}" for t, _ in XB_SHOP]
        )
        for n, s in enumerate(spaces, 2):
            L(
                "InnoDB: Allocated tablespace ID %d for %s, old maximum was %d",
                f"InnoDB: Allocated tablespace ID {n} for {s}, old maximum was {0 if n == 2 else n - 1}",
                False,
                (0.0001, 0.001),
            )
        # data files on four threads
        sizes = (
            {"ibdata1": 60}
            | {f"mysql/{t}": 1 for t in XB_MYSQL_INNODB}
            | {"sys/sys_config": 1}
            | {f"shop/{t}": mb for t, mb in XB_SHOP}
        )
        order = ["ibdata1", *sorted(sizes.keys() - {"ibdata1"}, key=lambda k: -sizes[k])]
        free = {n: clock[0] + secs(r, 0.01, 0.05) for n in (1, 2, 3, 4)}
        for copied, s in enumerate(order, 1):
            n = min(free, key=lambda k: free[k])
            src = f"./{s}.ibd" if s != "ibdata1" else "./ibdata1"
            dst = f"{tgt}/{s}.ibd" if s != "ibdata1" else f"{tgt}/ibdata1"
            if inc_base:
                src, dst = src, dst + ".delta"
            t1 = fs.add(
                f,
                free[n],
                "[%02u] Copying %s to %s",
                lambda t, n=n, src=src, dst=dst: [
                    f"{t:%y%m%d %H:%M:%S} [{n:02d}] Copying {src} to {dst}"
                ],
                proc=(f, n),
            )
            mb = sizes[s] * (0.25 if inc_base else 1)
            t2 = t1 + timedelta(seconds=mb / 95) + secs(r, 0.001, 0.05)
            if fail_after is not None and copied >= fail_after:
                scanned(t1, log_from)
                fail = t1 + secs(r, 0.4, 1.2)
                lf = lsn[0] + r.randint(10**5, 10**6)
                x = fs.add(
                    f,
                    fail,
                    "InnoDB: Last flushed lsn: %s load_index lsn %s",
                    lambda t, lf=lf: [f"InnoDB: Last flushed lsn: {lsn[0]} load_index lsn {lf}"],
                    proc=(f, "log"),
                )
                x = fs.add(
                    f,
                    x + secs(r, 0.0001, 0.001),
                    nl(
                        "[FATAL] InnoDB: An optimized(without redo logging) DDLoperation has been performed. All modified pages may not have been flushed to the disk yet. ",
                        "    PXB will not be able take a consistent backup. Retry the backup operation",
                    ),
                    lambda t: [
                        "[FATAL] InnoDB: An optimized(without redo logging) DDLoperation has been performed. All modified pages may not have been flushed to the disk yet. ",
                        "    PXB will not be able take a consistent backup. Retry the backup operation",
                    ],
                    proc=(f, "log"),
                )
                x = fs.add(
                    f,
                    x + secs(r, 0.0001, 0.001),
                    "%s  InnoDB: Assertion failure in thread %lu in file %s line %lu",
                    lambda t: [
                        f"{t:%Y-%m-%d %H:%M:%S} 0x7f3a1effd700  InnoDB: Assertion failure in thread 139887611664128 in file ut0ut.cc line 916",
                        "InnoDB: We intentionally generate a memory trap.",
                        "InnoDB: Submit a detailed bug report to http://bugs.mysql.com.",
                        "InnoDB: If you get repeated assertion failures or crashes, even",
                        "InnoDB: immediately after the mysqld startup, there may be",
                        "InnoDB: corruption in the InnoDB tablespace. Please refer to",
                        "InnoDB: http://dev.mysql.com/doc/refman/5.7/en/forcing-innodb-recovery.html",
                        "InnoDB: about forcing recovery.",
                    ],
                    proc=(f, "log"),
                )
                fs.add(
                    f,
                    x + secs(r, 0.0001, 0.001),
                    "%s UTC - xtrabackup got signal %d ;",
                    lambda t: [
                        f"{t:%H:%M:%S} UTC - xtrabackup got signal 6 ;",
                        "This could be because you hit a bug or data is corrupted.",
                        "This error can also be caused by malfunctioning hardware.",
                        "Attempting to collect some information that could help diagnose the problem.",
                        "As this is a crash and something is definitely wrong, the information",
                        "collection process might fail.",
                        "",
                        "Thread pointer: 0x0",
                        "Attempting backtrace. You can use the following information to find out",
                        "where mysqld died. If you see no messages after this, something went",
                        "terribly wrong...",
                        "stack_bottom = 0 thread_stack 0x10000",
                        "xtrabackup(my_print_stacktrace+0x3b)[0xf1b2db]",
                        "xtrabackup(handle_fatal_signal+0x281)[0xd0e5b1]",
                        "/lib/x86_64-linux-gnu/libpthread.so.0(+0x12980)[0x7f3a3c1c8980]",
                        "/lib/x86_64-linux-gnu/libc.so.6(gsignal+0xc7)[0x7f3a3a5bbe87]",
                        "/lib/x86_64-linux-gnu/libc.so.6(abort+0x141)[0x7f3a3a5bd7f1]",
                        "xtrabackup(ib::fatal::~fatal()+0x12e)[0x7a6d2e]",
                        "xtrabackup[0x75a3e1]",
                        "xtrabackup(_Z22xtrabackup_copy_logfilemb+0x1d1)[0x75c7a1]",
                        "xtrabackup[0x75d0b2]",
                        "/lib/x86_64-linux-gnu/libpthread.so.0(+0x76db)[0x7f3a3c1bd6db]",
                        "/lib/x86_64-linux-gnu/libc.so.6(clone+0x3f)[0x7f3a3a69e88f]",
                        "",
                        "Please report a bug at https://jira.percona.com/projects/PXB",
                    ],
                    proc=(f, "log"),
                )
                return
            free[n] = fs.add(
                f,
                t2,
                "[%02u]        ...done",
                lambda t, n=n: [f"{t:%y%m%d %H:%M:%S} [{n:02d}]        ...done"],
                proc=(f, n),
            ) + secs(r, 0.0005, 0.003)
        clock[0] = max(free.values())
        L(
            "Executing FLUSH NO_WRITE_TO_BINLOG TABLES...",
            "Executing FLUSH NO_WRITE_TO_BINLOG TABLES...",
            True,
            (0.01, 0.05),
        )
        L(
            "Executing FLUSH TABLES WITH READ LOCK...",
            "Executing FLUSH TABLES WITH READ LOCK...",
            True,
            (0.05, 0.4),
        )
        L(
            "Starting to backup non-InnoDB tables and files",
            "Starting to backup non-InnoDB tables and files",
            True,
        )
        other: list[str] = []
        for db, tabs in (
            ("mysql", XB_MYSQL_INNODB + XB_MYSQL_MYISAM + ["general_log", "slow_log"]),
            ("performance_schema", XB_PS),
            ("shop", [t for t, _ in XB_SHOP]),
            ("sys", XB_SYS),
        ):
            other.append(f"{db}/db.opt")
            for tb in sorted(tabs):
                other.append(f"{db}/{tb}.frm")
                if tb in XB_MYSQL_MYISAM:
                    other += [f"{db}/{tb}.MYD", f"{db}/{tb}.MYI"]
                if tb in ("general_log", "slow_log"):
                    other += [f"{db}/{tb}.CSM", f"{db}/{tb}.CSV"]
        for o in other:
            L("[%02u] Copying %s to %s", f"[01] Copying ./{o} to {tgt}/{o}", True, (0.0005, 0.003))
            L("[%02u]        ...done", "[01]        ...done", True, (0.0002, 0.004))
        L(
            "Finished backing up non-InnoDB tables and files",
            "Finished backing up non-InnoDB tables and files",
            True,
        )
        for wf in ("xtrabackup_binlog_info",):
            L("[%02u] Writing %s", f"[00] Writing {tgt}/{wf}", True)
            L("[%02u]        ...done", "[00]        ...done", True)
        L(
            "Executing FLUSH NO_WRITE_TO_BINLOG ENGINE LOGS...",
            "Executing FLUSH NO_WRITE_TO_BINLOG ENGINE LOGS...",
            True,
        )
        L(
            "xtrabackup: The latest check point (for incremental): '%s'",
            f"xtrabackup: The latest check point (for incremental): '{lsn[0]}'",
            False,
        )
        L(
            "xtrabackup: Stopping log copying thread.",
            "xtrabackup: Stopping log copying thread.",
            False,
        )
        scanned(clock[0], log_from)
        lsn[0] += r.randint(1000, 9000)
        L(">> log scanned up to (%s)", f">> log scanned up to ({lsn[0]})", True, (0.05, 0.3))
        L("Executing UNLOCK TABLES", "Executing UNLOCK TABLES", True, (0.05, 0.3))
        L("All tables unlocked", "All tables unlocked", True)
        L("[%02u] Copying %s to %s", f"[00] Copying ib_buffer_pool to {tgt}/ib_buffer_pool", True)
        L("[%02u]        ...done", "[00]        ...done", True)
        L("Backup created in directory '%s'", f"Backup created in directory '{tgt}/'", True)
        binlog = f"mysql-bin.{r.randint(1200, 1300):06d}"
        L(
            "MySQL binlog position: filename '%s', position '%s', GTID of the last change '%s'",
            f"MySQL binlog position: filename '{binlog}', position '{r.randint(10**5, 10**8)}', GTID of the last change '6f1a2c3e-8b1d-11ee-9c3f-0242ac120002:1-{r.randint(10**7, 10**8)}'",
            False,
        )
        for wf in ("backup-my.cnf", "xtrabackup_info"):
            L("[%02u] Writing %s", f"[00] Writing {tgt}/{wf}", True)
            L("[%02u]        ...done", "[00]        ...done", True)
        L(
            "xtrabackup: Transaction log of lsn (%s) to (%s) was copied.",
            f"xtrabackup: Transaction log of lsn ({lsn[0] - r.randint(10**8, 10**9)}) to ({lsn[0]}) was copied.",
            False,
        )
        L("completed OK!", "completed OK!", True, (0.01, 0.05))

    run("2024-06-04_01-00-01", at(1, 0, 1), None, None)
    run("2024-06-04_07-00-01", at(7, 0, 1), "2024-06-04_01-00-01", None)
    run("2024-06-04_13-00-02", at(13, 0, 2), "2024-06-04_07-00-01", 47)
    run("2024-06-04_13-22-41", at(13, 22, 41), "2024-06-04_07-00-01", None)
    return fs.logs(at(1, 0))


# --------------------------------------------------------------------------------- pgpool

PGP_APPS = [
    ("shop-api", "shop", "shop", 0.62),
    ("metabase", "metabase", "shop", 0.12),
    ("psql", "dba", "shop", 0.03),
    ("orders-worker", "shop", "shop", 0.23),
]
PGP_HOSTS = {
    "shop-api": ["10.0.2.31", "10.0.2.32", "10.0.2.33"],
    "metabase": ["10.0.2.50"],
    "psql": ["10.0.9.14"],
    "orders-worker": ["10.0.2.41", "10.0.2.42"],
}
PGP_ERRORS = [
    (
        "INSERT INTO carts (id, customer_id, created_at) VALUES ($1, $2, now())",
        'duplicate key value violates unique constraint "carts_pkey"',
        'duplicate key value violates unique constraint "%s"',
    ),
    (
        "UPDATE stock_levels SET qty = qty - $1 WHERE sku = $2",
        'new row for relation "stock_levels" violates check constraint "stock_levels_qty_check"',
        'new row for relation "%s" violates check constraint "%s"',
    ),
    (
        "SELECT * FROM order_summary_v2 WHERE day = $1",
        'relation "order_summary_v2" does not exist',
        'relation "%s" does not exist',
    ),
    (
        "UPDATE orders SET status = $1 WHERE id = $2",
        "canceling statement due to statement timeout",
        "canceling statement due to statement timeout",
    ),
]


def pgpool(r: random.Random) -> list[Log]:
    """Pgpool-II 4.4.7 on pgpool-1 in front of pg-1 (primary) and pg-2 (streaming standby),
    06:00 to 12:00, `log_line_prefix = '%m: %a pid %p: '`, log_connections and
    log_disconnections on, `log_min_messages = warning` but LOG always written, logged to
    pgpool.log by the logging collector. Pgpool is restarted at 06:00 after a config change;
    the shop's API, an orders worker, Metabase and a DBA connect (a child re-used up to
    child_max_connections (20), then replaced); the app's SQL errors come back through
    pool_send_and_wait; a batch import at 07:10 puts the standby behind; pg-2 is rebooted for
    patching at 08:40 (health checks fail, retries, degeneration of node 1, the PCP child and
    the worker restarted), and attached again with pcp_attach_node at 08:53 (failback);
    clients drop connections; a new reporting user missing from pool_passwd fails SCRAM at
    10:15; a host without a pool_hba.conf entry is refused."""
    fs = Files(1000)
    f = "pgpool.log"
    t0, t_end = at(6, 0), at(12, 0)
    main = 2114

    def E(
        t: datetime,
        app: str,
        pid: int,
        lvl: str,
        label: str,
        msg: str,
        more: list[tuple[str, str]] | None = None,
    ) -> datetime:
        def text(t: datetime) -> list[str]:
            pre = f"{t:%Y-%m-%d %H:%M:%S}.{t.microsecond // 1000:03d}: {app} pid {pid}: "
            return [f"{pre}{lvl}:  {msg}", *(f"{pre}{k}:  {v}" for k, v in more or [])]

        return fs.add(f, t, label, text, proc=pid)

    # start-up
    x = E(
        at(6, 0, 2) + secs(r, 0, 0.5),
        "main",
        main,
        "LOG",
        "Backend status file %s discarded",
        "Backend status file /var/log/pgpool/pgpool_status discarded",
    )
    x = E(
        x + secs(r, 0.001, 0.004),
        "main",
        main,
        "LOG",
        "allocating (%zu) bytes of shared memory segment",
        "allocating (136555320) bytes of shared memory segment",
    )
    for a in ("0.0.0.0:9999", ":::9999"):
        x = E(
            x + secs(r, 0.001, 0.01),
            "main",
            main,
            "LOG",
            "Setting up socket for %s:%s",
            f"Setting up socket for {a}",
        )
    x = E(
        x + secs(r, 0.01, 0.05),
        "main",
        main,
        "LOG",
        "find_primary_node_repeatedly: waiting for finding a primary node",
        "find_primary_node_repeatedly: waiting for finding a primary node",
    )
    x = E(
        x + secs(r, 0.01, 0.05),
        "main",
        main,
        "LOG",
        "find_primary_node: primary node is %d",
        "find_primary_node: primary node is 0",
    )
    x = E(
        x + secs(r, 0.001, 0.004),
        "main",
        main,
        "LOG",
        "find_primary_node: standby node is %d",
        "find_primary_node: standby node is 1",
    )
    hc = [main + 36, main + 37]
    for i, p in enumerate(hc):
        E(
            x + secs(r, 0.001, 0.02),
            f"health_check{i}",
            p,
            "LOG",
            "process started",
            "process started",
        )
    x = E(
        x + secs(r, 0.02, 0.05),
        "main",
        main,
        "LOG",
        "pgpool-II successfully started. version %s (%s)",
        "pgpool-II successfully started. version 4.4.7 (nurikoboshi)",
    )
    x = E(
        x + secs(r, 0.001, 0.004), "main", main, "LOG", "node status[%d]: %d", "node status[0]: 1"
    )
    x = E(
        x + secs(r, 0.001, 0.004), "main", main, "LOG", "node status[%d]: %d", "node status[1]: 2"
    )
    pcp = main + 34
    E(
        x + secs(r, 0.001, 0.01),
        "pcp_main",
        pcp,
        "LOG",
        "PCP process: %d started",
        f"PCP process: {pcp} started",
    )
    E(
        x + secs(r, 0.001, 0.01),
        "sr_check_worker",
        main + 35,
        "LOG",
        "process started",
        "process started",
    )

    # 32 children, each serving up to child_max_connections (50) sessions, then replaced
    nextpid = [main + 200]
    children: dict[int, int] = {}
    for _ in range(32):
        children[main + 2 + _] = 0
    pg2_down = (at(8, 40, 12), at(8, 53, 30))
    for t in poisson(r, at(6, 0, 5), t_end, 21):
        app, user, db, _ = r.choices(PGP_APPS, weights=[a[3] for a in PGP_APPS])[0]
        pid = r.choice(list(children))
        host = r.choice(PGP_HOSTS[app])
        port = r.randint(32768, 60999)
        x = E(
            t,
            "child",
            pid,
            "LOG",
            "new connection received",
            "new connection received",
            [("DETAIL", f"connecting host={host} port={port}")],
        )
        dur = r.expovariate(
            1 / (600 if app in ("metabase", "psql") else 40 if app == "orders-worker" else 8)
        )
        end = x + timedelta(seconds=dur) + secs(r, 0.01, 0.2)
        if r.random() < 0.035 and app != "psql":
            sql, err, fmt = r.choice(PGP_ERRORS)
            E(
                x + secs(r, 0.05, dur + 0.1),
                app,
                pid,
                "LOG",
                f'pool_send_and_wait: Error or notice message from backend: : DB node id: %d backend pid: %d statement: "%s" message: "{fmt}"',
                f'pool_send_and_wait: Error or notice message from backend: : DB node id: 0 backend pid: {r.randint(30000, 90000)} statement: "{sql}" message: "{err}"',
            )
        if r.random() < 0.03:
            E(
                end,
                app,
                pid,
                "ERROR",
                "unable to read data from frontend",
                "unable to read data from frontend",
                [
                    (
                        "DETAIL",
                        r.choice(
                            [
                                'socket read failed with error "Connection reset by peer"',
                                "EOF encountered with frontend",
                            ]
                        ),
                    )
                ],
            )
            children[pid] = 19
        else:
            s = timedelta(seconds=dur)
            E(
                end,
                app,
                pid,
                "LOG",
                "frontend disconnection: session time: %d:%02d:%02d.%03d user=%s database=%s host=%s%s%s",
                f"frontend disconnection: session time: {int(dur // 3600)}:{int(dur % 3600 // 60):02d}:{int(dur % 60):02d}.{s.microseconds // 1000:03d} user={user} database={db} host={host} port={port}",
            )
        children[pid] += 1
        if children[pid] >= 20:
            del children[pid]
            x = E(
                end + secs(r, 0.002, 0.05),
                "main",
                main,
                "LOG",
                "child process with pid: %d exits with status %d",
                f"child process with pid: {pid} exits with status 256",
            )
            nextpid[0] += r.randint(1, 40)
            E(
                x + secs(r, 0.001, 0.01),
                "main",
                main,
                "LOG",
                "fork a new child process with pid: %d",
                f"fork a new child process with pid: {nextpid[0]}",
            )
            children[nextpid[0]] = 0
    # the batch import: the standby falls behind
    for t in poisson(r, at(7, 10), at(7, 34), 20):
        E(
            t,
            "sr_check_worker",
            main + 35,
            "LOG",
            "Replication of node: %d is behind %.0f bytes from the primary server (node: %d)",
            f"Replication of node: 1 is behind {r.randint(9_000_000, 480_000_000)} bytes from the primary server (node: 0)",
        )
    # pg-2 rebooted
    x = pg2_down[0]
    hcp = hc[1]
    for rnd in range(1, 4):
        x = E(
            x + secs(r, 0.01, 0.05),
            "health_check1",
            hcp,
            "LOG",
            'failed to connect to PostgreSQL server on "%s:%d", getsockopt() failed',
            'failed to connect to PostgreSQL server on "pg-2:5432", getsockopt() failed',
            [("DETAIL", "Connection refused")],
        )
        x = E(
            x + secs(r, 0.001, 0.004),
            "health_check1",
            hcp,
            "ERROR",
            "failed to make persistent db connection",
            "failed to make persistent db connection",
            [("DETAIL", 'connection to host:"pg-2:5432" failed')],
        )
        x = E(
            x + secs(r, 0.001, 0.004),
            "health_check1",
            hcp,
            "LOG",
            "health check retrying on DB node: %d (round:%d)",
            f"health check retrying on DB node: 1 (round:{rnd})",
        )
        x += timedelta(seconds=10)
    x = E(
        x + secs(r, 0.01, 0.05),
        "health_check1",
        hcp,
        "LOG",
        'failed to connect to PostgreSQL server on "%s:%d", getsockopt() failed',
        'failed to connect to PostgreSQL server on "pg-2:5432", getsockopt() failed',
        [("DETAIL", "Connection refused")],
    )
    x = E(
        x + secs(r, 0.001, 0.004),
        "health_check1",
        hcp,
        "ERROR",
        "failed to make persistent db connection",
        "failed to make persistent db connection",
        [("DETAIL", 'connection to host:"pg-2:5432" failed')],
    )
    x = E(
        x + secs(r, 0.001, 0.004),
        "health_check1",
        hcp,
        "LOG",
        "health check failed on node %d (timeout:%d)",
        "health check failed on node 1 (timeout:0)",
    )
    x = E(
        x + secs(r, 0.001, 0.004),
        "health_check1",
        hcp,
        "LOG",
        "received degenerate backend request for node_id: %d from pid [%d]",
        f"received degenerate backend request for node_id: 1 from pid [{hcp}]",
    )
    x = E(
        x + secs(r, 0.001, 0.004),
        "main",
        main,
        "LOG",
        "Pgpool-II parent process has received failover request",
        "Pgpool-II parent process has received failover request",
    )
    x = E(
        x + secs(r, 0.001, 0.004),
        "main",
        main,
        "LOG",
        "starting degeneration. shutdown host %s(%d)",
        "starting degeneration. shutdown host pg-2(5432)",
    )
    x = E(
        x + secs(r, 0.001, 0.004),
        "main",
        main,
        "LOG",
        "Do not restart children because we are switching over node id %d host: %s port: %d and we are in streaming replication mode",
        "Do not restart children because we are switching over node id 1 host: pg-2 port: 5432 and we are in streaming replication mode",
    )
    x = E(
        x + secs(r, 0.001, 0.004),
        "main",
        main,
        "LOG",
        "execute command: %s",
        "execute command: /etc/pgpool-II/failover.sh 1 pg-2 5432 /var/lib/postgresql/16/main 0 0 pg-1 0 0 5432 /var/lib/postgresql/16/main pg-1 5432",
    )
    x = E(
        x + secs(r, 0.2, 0.5),
        "main",
        main,
        "LOG",
        "failover: set new primary node: %d",
        "failover: set new primary node: 0",
    )
    x = E(
        x + secs(r, 0.001, 0.004),
        "main",
        main,
        "LOG",
        "failover: set new main node: %d",
        "failover: set new main node: 0",
    )
    x = E(
        x + secs(r, 0.001, 0.004),
        "main",
        main,
        "LOG",
        "failover done. shutdown host %s(%d)",
        "failover done. shutdown host pg-2(5432)",
    )
    x = E(
        x + secs(r, 0.5, 1),
        "pcp_child",
        pcp + 1,
        "LOG",
        "restart request received in pcp child process",
        "restart request received in pcp child process",
    )
    x = E(
        x + secs(r, 0.01, 0.05),
        "main",
        main,
        "LOG",
        "PCP child %d exits with status %d in failover()",
        f"PCP child {pcp + 1} exits with status 0 in failover()",
    )
    x = E(
        x + secs(r, 0.001, 0.004),
        "main",
        main,
        "LOG",
        "fork a new PCP child pid %d in failover()",
        f"fork a new PCP child pid {main + 901} in failover()",
    )
    x = E(
        x + secs(r, 0.01, 0.05),
        "main",
        main,
        "LOG",
        "child process with pid: %d exits with status %d",
        f"child process with pid: {main + 35} exits with status 256",
    )
    # attached again
    x = E(
        pg2_down[1],
        "pcp_child",
        main + 901,
        "LOG",
        "received failback request for node_id: %d from pid [%d]",
        f"received failback request for node_id: 1 from pid [{main + 901}]",
    )
    x = E(
        x + secs(r, 0.001, 0.004),
        "main",
        main,
        "LOG",
        "Pgpool-II parent process has received failover request",
        "Pgpool-II parent process has received failover request",
    )
    x = E(
        x + secs(r, 0.001, 0.004),
        "main",
        main,
        "LOG",
        "starting fail back. reconnect host %s(%d)",
        "starting fail back. reconnect host pg-2(5432)",
    )
    x = E(
        x + secs(r, 0.01, 0.05),
        "main",
        main,
        "LOG",
        "find_primary_node_repeatedly: waiting for finding a primary node",
        "find_primary_node_repeatedly: waiting for finding a primary node",
    )
    x = E(
        x + secs(r, 0.01, 0.05),
        "main",
        main,
        "LOG",
        "find_primary_node: primary node is %d",
        "find_primary_node: primary node is 0",
    )
    x = E(
        x + secs(r, 0.001, 0.004),
        "main",
        main,
        "LOG",
        "find_primary_node: standby node is %d",
        "find_primary_node: standby node is 1",
    )
    x = E(
        x + secs(r, 0.001, 0.004),
        "main",
        main,
        "LOG",
        "failover: set new primary node: %d",
        "failover: set new primary node: 0",
    )
    x = E(
        x + secs(r, 0.001, 0.004),
        "main",
        main,
        "LOG",
        "failover: set new main node: %d",
        "failover: set new main node: 0",
    )
    x = E(
        x + secs(r, 0.001, 0.004),
        "main",
        main,
        "LOG",
        "failback done. reconnect host %s(%d)",
        "failback done. reconnect host pg-2(5432)",
    )
    # the reporting user missing from pool_passwd; a host without a pool_hba.conf entry
    for t in poisson(r, at(10, 15), at(10, 48), 70):
        pid = r.choice(list(children))
        x = E(
            t,
            "child",
            pid,
            "LOG",
            "new connection received",
            "new connection received",
            [("DETAIL", f"connecting host=10.0.2.60 port={r.randint(32768, 60999)}")],
        )
        E(
            x + secs(r, 0.002, 0.02),
            "superset",
            pid,
            "ERROR",
            "failed to authenticate with backend using SCRAM",
            "failed to authenticate with backend using SCRAM",
            [("DETAIL", "valid password not found")],
        )
    for t in poisson(r, at(9, 20), at(11, 50), 900):
        pid = r.choice(list(children))
        port = r.randint(32768, 60999)
        x = E(
            t,
            "child",
            pid,
            "LOG",
            "new connection received",
            "new connection received",
            [("DETAIL", f"connecting host=10.0.7.23 port={port}")],
        )
        E(
            x + secs(r, 0.002, 0.02),
            "[unknown]",
            pid,
            "FATAL",
            "client authentication failed",
            "client authentication failed",
            [
                (
                    "DETAIL",
                    'no pool_hba.conf entry for host "10.0.7.23", user "postgres", database "postgres", SSL off',
                ),
                ("HINT", "see pgpool log for details"),
            ],
        )
    return fs.logs(t0)


# --------------------------------------------------------------------------------- barman


def walname(tl: int, n: int) -> str:
    return f"{tl:08X}{n // 256:08X}{n % 256:08X}"


def lsn_of(n: int, off: int = 0) -> str:
    v = n * 16 * 1024 * 1024 + off
    return f"{v >> 32:X}/{v & 0xFFFFFFFF:X}"


def barman(r: random.Random) -> list[Log]:
    """Barman 3.10.0 on backup-1 backing up two PostgreSQL 16 servers over streaming
    (`backup_method = postgres`, `streaming_archiver = on`, a replication slot each):
    barman.log from 00:00 to 12:00, `%(asctime)s [%(process)s] %(name)s %(levelname)s:
    %(message)s`. `barman cron` runs every minute: each server's archive-wal process finds no
    segment or archives the ones pg_receivewal finished (its stderr logged line by line with
    the server's name before it by command_wrappers). Nightly backups at 01:00 (pg-shop) and
    02:00 (pg-crm) with the retention policy; pg-crm's network is down 01:52-02:21 for
    switch maintenance (receive-wal restarted and failing every minute, the monitoring's
    `barman check` failing, the 02:00 backup failing), its backup rerun by hand at 02:40;
    pg-shop restarted for a minor upgrade at 09:30 (the stream cut and resumed); an operator's
    typo at 10:12."""
    fs = Files(1000)
    f = "barman.log"
    t0, t_end = at(0, 0), at(12, 0)
    pids = iter(range(418_233, 10**7, 7))

    def E(t: datetime, pid: int, name: str, lvl: str, label: str, msg: str) -> datetime:
        lines = msg.split("\n")

        def text(t: datetime) -> list[str]:
            return [
                f"{t:%Y-%m-%d %H:%M:%S},{t.microsecond // 1000:03d} [{pid}] {name} {lvl}: {lines[0]}",
                *lines[1:],
            ]

        return fs.add(f, t, label, text, proc=pid)

    seg = {"pg-shop": 0x3A2_41, "pg-crm": 0x1C_07}
    done = {"pg-shop": seg["pg-shop"], "pg-crm": seg["pg-crm"]}  # finished by pg_receivewal
    rate = {"pg-shop": 150.0, "pg-crm": 600.0}
    crm_down = (at(1, 52, 10), at(2, 21, 40))
    shop_restart = at(9, 30, 5)
    rw_pid = {"pg-shop": next(pids), "pg-crm": next(pids)}
    # pg_receivewal's finished segments
    finished: dict[str, list[datetime]] = {}
    for srv in seg:
        finished[srv] = []
        for t in poisson(r, t0, t_end, rate[srv]):
            if srv == "pg-crm" and crm_down[0] <= t < crm_down[1] + timedelta(seconds=70):
                continue
            if srv == "pg-shop" and shop_restart <= t < shop_restart + timedelta(seconds=65):
                continue
            finished[srv].append(t)
        # the segments made while pg-crm was unreachable arrive at once when it is back
        if srv == "pg-crm":
            burst = crm_down[1] + timedelta(seconds=68)
            finished[srv] += [
                burst + timedelta(milliseconds=40 * i) + secs(r, 0, 0.03)
                for i in range(int((crm_down[1] - crm_down[0]).total_seconds() / rate[srv]) + 3)
            ]
            finished[srv].sort()
    for srv, times in finished.items():
        for t in times:
            n = done[srv]
            done[srv] += 1
            E(
                t,
                rw_pid[srv],
                "barman.command_wrappers",
                "INFO",
                "pg_receivewal: finished segment at %X/%X (timeline %u)",
                f"{srv}: pg_receivewal: finished segment at {lsn_of(n + 1)} (timeline 1)",
            )
    # cron: archive-wal for each server every minute
    archived = {srv: seg[srv] for srv in seg}
    t = at(0, 0, 1)
    while t < t_end:
        for i, srv in enumerate(seg):
            pid = next(pids)
            ta = t + secs(r, 0.8, 1.6) + timedelta(seconds=0.4 * i)
            ready = sum(1 for x in finished[srv] if x < ta) + seg[srv] - archived[srv]
            if ready <= 0:
                E(
                    ta,
                    pid,
                    "barman.wal_archiver",
                    "INFO",
                    "No xlog segments found from %s for %s.",
                    f"No xlog segments found from streaming for {srv}.",
                )
                continue
            x = E(
                ta,
                pid,
                "barman.wal_archiver",
                "INFO",
                "Found %s xlog segments from %s for %s. Archive all segments in one run.",
                f"Found {ready} xlog segments from streaming for {srv}. Archive all segments in one run.",
            )
            for k in range(ready):
                x = E(
                    x + secs(r, 0.01, 0.09),
                    pid,
                    "barman.wal_archiver",
                    "INFO",
                    "Archiving segment %s of %s from %s: %s/%s",
                    f"Archiving segment {k + 1} of {ready} from streaming: {srv}/{walname(1, archived[srv])}",
                )
                archived[srv] += 1
        t += timedelta(seconds=60) + secs(r, -0.2, 0.3)

    def receive_wal_start(srv: str, t: datetime) -> tuple[datetime, int]:
        pid = next(pids)
        x = E(
            t,
            pid,
            "barman.server",
            "INFO",
            "Starting receive-wal for server %s",
            f"Starting receive-wal for server {srv}",
        )
        return x, pid

    # pg-crm's outage: the stream breaks, receive-wal is restarted by cron and fails each minute
    x = E(
        crm_down[0] + secs(r, 10, 20),
        rw_pid["pg-crm"],
        "barman.command_wrappers",
        "INFO",
        "pg_receivewal: error: could not receive data from WAL stream: SSL SYSCALL error: %s",
        "pg-crm: pg_receivewal: error: could not receive data from WAL stream: SSL SYSCALL error: Connection timed out",
    )
    x = E(
        x + secs(r, 0.001, 0.01),
        rw_pid["pg-crm"],
        "barman.server",
        "ERROR",
        "ArchiverFailure:%s terminated with error code: %s",
        "ArchiverFailure:pg_receivewal terminated with error code: 1",
    )
    t = x.replace(second=0, microsecond=0) + timedelta(minutes=1, seconds=2)
    while t < crm_down[1]:
        x, pid = receive_wal_start("pg-crm", t + secs(r, 0.5, 1.5))
        x = E(
            x + secs(r, 0.05, 0.2),
            pid,
            "barman.command_wrappers",
            "INFO",
            'pg_receivewal: error: connection to server at "%s" (%s), port %s failed: %s',
            'pg-crm: pg_receivewal: error: connection to server at "pg-crm.db.internal" (10.0.3.21), port 5432 failed: '
            + ("Connection timed out" if r.random() < 0.8 else "No route to host"),
        )
        x = E(
            x + secs(r, 0.001, 0.004),
            pid,
            "barman.command_wrappers",
            "INFO",
            "Is the server running on that host and accepting TCP/IP connections?",
            "pg-crm: \tIs the server running on that host and accepting TCP/IP connections?",
        )
        x = E(
            x + secs(r, 0.001, 0.01),
            pid,
            "barman.server",
            "ERROR",
            "ArchiverFailure:%s terminated with error code: %s",
            "ArchiverFailure:pg_receivewal terminated with error code: 1",
        )
        t += timedelta(minutes=1) + secs(r, -0.2, 0.3)
    x, pid = receive_wal_start("pg-crm", t + secs(r, 0.5, 1.5))
    rw_pid["pg-crm"] = pid
    E(
        x + secs(r, 0.05, 0.3),
        pid,
        "barman.command_wrappers",
        "INFO",
        "pg_receivewal: starting log streaming at %X/%X (timeline %u)",
        f"pg-crm: pg_receivewal: starting log streaming at {lsn_of(seg['pg-crm'] + 80)} (timeline 1)",
    )
    # the monitoring's checks every five minutes while pg-crm is unreachable
    t = at(1, 55, 30)
    while t < crm_down[1]:
        pid = next(pids)
        x = t + secs(r, 5, 15)
        for chk in ("PostgreSQL", "replication slot", "receive-wal running"):
            x = E(
                x + secs(r, 0.01, 0.2),
                pid,
                "barman.server",
                "ERROR",
                f"Check '{chk}' failed for server '%s'",
                f"Check '{chk}' failed for server 'pg-crm'",
            )
        t += timedelta(minutes=5)
    # pg-shop's restart
    x = E(
        shop_restart + secs(r, 0.1, 0.6),
        rw_pid["pg-shop"],
        "barman.command_wrappers",
        "INFO",
        "pg_receivewal: error: could not receive data from WAL stream: FATAL:  terminating connection due to administrator command",
        "pg-shop: pg_receivewal: error: could not receive data from WAL stream: FATAL:  terminating connection due to administrator command",
    )
    x = E(
        x + secs(r, 0.001, 0.01),
        rw_pid["pg-shop"],
        "barman.server",
        "ERROR",
        "ArchiverFailure:%s terminated with error code: %s",
        "ArchiverFailure:pg_receivewal terminated with error code: 1",
    )
    x, pid = receive_wal_start(
        "pg-shop", shop_restart.replace(second=0, microsecond=0) + timedelta(minutes=1, seconds=1)
    )
    E(
        x + secs(r, 0.05, 0.3),
        pid,
        "barman.command_wrappers",
        "INFO",
        "pg_receivewal: starting log streaming at %X/%X (timeline %u)",
        f"pg-shop: pg_receivewal: starting log streaming at {lsn_of(seg['pg-shop'] + 300)} (timeline 1)",
    )

    # backups
    def backup(
        srv: str, t: datetime, bid: str, fail: bool, size: str, copy: str, old: str | None
    ) -> datetime:
        pid = next(pids)
        d = f"/var/lib/barman/{srv}/base/{bid}"
        x = E(
            t,
            pid,
            "barman.backup",
            "INFO",
            "Starting backup using %s method for server %s in %s",
            f"Starting backup using postgres method for server {srv} in {d}",
        )
        if fail:
            return E(
                x + secs(r, 20, 31),
                pid,
                "barman.backup",
                "ERROR",
                nl("Backup failed connecting to the server.", "DETAILS: %s"),
                'Backup failed connecting to the server.\nDETAILS: connection to server at "pg-crm.db.internal" (10.0.3.21), port 5432 failed: Connection timed out\n\tIs the server running on that host and accepting TCP/IP connections?',
            )
        n = sum(1 for x2 in finished[srv] if x2 < t) + seg[srv]
        x = E(
            x + secs(r, 0.1, 0.4),
            pid,
            "barman.backup",
            "INFO",
            "Backup start at LSN: %s (%s, %08X)",
            f"Backup start at LSN: {lsn_of(n, 0x28)} ({walname(1, n)}, 00000028)",
        )
        x = E(
            x + secs(r, 0.01, 0.05),
            pid,
            "barman.backup_executor",
            "INFO",
            "Starting backup copy via pg_basebackup for %s",
            f"Starting backup copy via pg_basebackup for {bid}",
        )
        secs_copy = int(copy.split()[0]) * 60 + int(copy.split()[2])
        x = E(
            x + timedelta(seconds=secs_copy) + secs(r, 0.1, 0.9),
            pid,
            "barman.backup_executor",
            "INFO",
            "Copy done (time: %s)",
            f"Copy done (time: {copy})",
        )
        x = E(
            x + secs(r, 0.01, 0.05),
            pid,
            "barman.backup",
            "INFO",
            "Finalising the backup.",
            "Finalising the backup.",
        )
        x = E(
            x + secs(r, 0.2, 0.9),
            pid,
            "barman.backup",
            "INFO",
            "Backup size: %s",
            f"Backup size: {size}",
        )
        x = E(
            x + secs(r, 0.01, 0.05),
            pid,
            "barman.backup",
            "INFO",
            "Backup end at LSN: %s (%s, %08X)",
            f"Backup end at LSN: {lsn_of(n + 2, 0x138)} ({walname(1, n + 2)}, 00000138)",
        )
        el = (x - t).total_seconds()
        x = E(
            x + secs(r, 0.01, 0.05),
            pid,
            "barman.backup",
            "INFO",
            "Backup completed (start time: %s, elapsed time: %s)",
            f"Backup completed (start time: {t:%Y-%m-%d %H:%M:%S}.{t.microsecond:06d}+00:00, elapsed time: {int(el // 60)} minutes, {int(el % 60)} seconds)",
        )
        if old:
            x = E(
                x + secs(r, 0.05, 0.2),
                pid,
                "barman.backup",
                "INFO",
                "Enforcing retention policy: removing backup %s for server %s",
                f"Enforcing retention policy: removing backup {old} for server {srv}",
            )
            x = E(
                x + secs(r, 0.01, 0.05),
                pid,
                "barman.backup",
                "INFO",
                "Deleting backup %s for server %s",
                f"Deleting backup {old} for server {srv}",
            )
            x = E(
                x + secs(r, 2, 9),
                pid,
                "barman.backup",
                "INFO",
                "Deleted backup %s (start time: %s, elapsed time: %s)",
                f"Deleted backup {old} (start time: {t - timedelta(days=8):%a %b %d %H:%M:%S %Y}, elapsed time: {r.randint(3, 12)} seconds)",
            )
        # check-backup from the next cron runs until the backup's WALs are archived
        tc = x.replace(second=0, microsecond=0) + timedelta(minutes=1, seconds=2)
        for _ in range(r.randint(1, 3)):
            E(
                tc + secs(r, 0.2, 0.6),
                next(pids),
                "barman.server",
                "INFO",
                "Starting check-backup for backup %s of server %s",
                f"Starting check-backup for backup {bid} of server {srv}",
            )
            tc += timedelta(minutes=1)
        return x

    backup(
        "pg-shop",
        at(1, 0, 2) + secs(r, 0, 0.4),
        "20240604T010002",
        False,
        "38.2 GiB",
        "14 minutes, 51 seconds",
        "20240527T010003",
    )
    backup("pg-crm", at(2, 0, 2) + secs(r, 0, 0.4), "20240604T020002", True, "", "", None)
    backup(
        "pg-crm",
        at(2, 40, 31) + secs(r, 0, 0.4),
        "20240604T024031",
        False,
        "9.7 GiB",
        "4 minutes, 12 seconds",
        "20240527T020002",
    )
    # the operator's typo, then the command they meant
    pid = next(pids)
    E(
        at(10, 12, 44) + secs(r, 0, 0.9),
        pid,
        "barman.cli",
        "ERROR",
        "Unknown server '%s'",
        "Unknown server 'pg-shpo'",
    )
    pid = next(pids)
    x = at(10, 13, 2) + secs(r, 0, 0.9)
    E(
        x,
        pid,
        "barman.server",
        "INFO",
        "Starting check-backup for backup %s of server %s",
        "Starting check-backup for backup 20240604T010002 of server pg-shop",
    )
    return fs.logs(t0)


SYSTEMS: dict[str, Callable[[random.Random], list[Log]]] = {
    "foundationdb": foundationdb,
    "firebird": firebird,
    "xtrabackup": xtrabackup,
    "pgpool": pgpool,
    "barman": barman,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
