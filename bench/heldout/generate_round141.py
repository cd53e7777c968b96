#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 141 (rqlite, immudb, ferretdb, keydb, tigerbeetle) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five replicated or embedded databases, 06:00 to 12:00
on 2024-06-07; none of the five was in the set (`redis` is, KeyDB's fork of it is not).

- rqlite 8.24 (`rq1.log`, `rq2.log`, `rq3.log`: rqlited's stderr, `journalctl -u rqlited -o
  cat`, three voters): the store's standard-library logger (`[store] 2024/06/07 06:00:01
  incremental snapshot created in 18.572609ms on node ID 1`, whole seconds) between Hashicorp
  Raft's hclog lines (`2024-06-07T06:00:01.123Z [INFO]  raft: starting snapshot up to:
  index=48213377`); every node snapshots when 8,192 entries have been applied since its last
  snapshot (checked every 10-20 s): `%s snapshot created in %s on node ID %s`, `starting snapshot
  up to`, `persisted snapshot %s in %s`, `compacting logs`, `snapshot complete up to`; rq3's WAL
  checkpoint blocked by a reporting job's long reads 08:20-08:38 (`failed to take snapshot:
  error="failed to start snapshot: failed to completely checkpoint WAL (1 ok, %d pages, %d
  moved)"` at every attempt, then a full snapshot); the leader rq1 cut off by a switch fault
  09:12-09:14 (it steps down and runs an election a second or two with `Election timeout
  reached, restarting election` and `failed to make requestVote RPC` ten seconds later, rq2
  wins term 813 and cannot heartbeat rq1, the healed rq1's higher term unseats rq2 and rq2 wins
  again; `rejecting vote request since our last index is greater`, `failed to get previous
  log`).
- immudb 1.9.3 (`immudb-a.log`, the primary, `immudb-b.log`, an asynchronous replica of the
  `ledger` database: `docker logs` of each container, stdout and stderr): the simple logger's
  `immudb  2024/06/07 06:00:01 INFO: ...`; the B-tree index's flush cycles (`Flushing index '%s'
  {ts=%d, cleanup_percentage=%.2f/%.2f, since_cleanup=%d} requested via
  SnapshotMustIncludeTsWithRenewalPeriod...`, `... successfully flushed`, `... successfully
  synced`, `Discarding older snapshots ...`, `Flushing index '%s' {ts=%d} finished with: %d inner
  nodes, %d leaf nodes, %d entries`) on the primary's ledger and systemdb and the replica's
  ledger; the primary restarted at 09:40 (`Stopping immudb:\\n%v` with the configuration block,
  every index closed through a flush `requested via Close`, the logo, version and configuration
  printed to stdout, `Opening database '%s' {replica = %v}...`, the SQL engine, pgsql, web
  console and web API lines); the replica's replicator losing the primary (`Replication error
  on database '%s' from '%s' (%d consecutive failures). Reason: ...` with gRPC's EOF, connection
  refused and connection reset texts, `Connecting to '%s':'%d' for database '%s'...`,
  `Disconnecting ...`, `Disconnected ...`, backing off 1 s to 2 min) and, after a dropped
  connection at 11:10, failing to log in again with a password rotated at 10:55 (`... Reason:
  rpc error: code = PermissionDenied desc = invalid user name or password`) until 11:31.
- FerretDB 1.21 (`ferretdb-1.log`, `ferretdb-2.log`: two instances on one PostgreSQL, `docker
  logs`): the slog console layout `2024-06-07T06:00:01.123Z\\tINFO\\tclientconn/listener.go:239\\t
  Connection started\\t{"conn":"10.50.2.11:51834 -> 10.50.0.21:27017","name":"listener"}`;
  connections of an uptime monitor (every minute), three Node.js app pods' pools (idle
  connections closed and reopened) and a PHP cron worker (every two minutes); failed commands
  logged at WARN as `Response header: length: %5d, id: %4d, response_to: %4d, opcode: %s` and
  `Response message:` with the whole OP_MSG document on the lines after it (a reporting service
  with a wrong password 08:05-08:35, AuthenticationFailed; an app endpoint using `$graphLookup`;
  PostgreSQL failing over 09:20, InternalError with pgx's `failed to connect to ...`), the app
  pods killed in a rolling deploy at 10:15 (`Connection stopped` at WARN with the reset), and
  ferretdb-1 restarted at 11:05 (`Waiting for all connections to close`, `%s stopped`, `Starting
  FerretDB %s...` with its build fields, the debug handler lines).
- KeyDB 6.3.4 (`keydb-1.log`, `keydb-2.log`: each node's logfile; two nodes in active-replica
  mode, each the other's replica, so both write `S`): the `pid:tid:role date level message`
  header KeyDB adds the thread id to; the RDB saves (`%d changes in %d seconds. Saving...`,
  `Background saving started by pid %ld`, `Background saving started`, the child's `DB saved on
  disk` and `RDB: %zu MB of memory used by copy-on-write` under its own pid, `Background saving
  terminated with success`) by the `300 100` rule before 08:00 and the `60 10000` rule after;
  keydb-2's bonded NIC failing over 09:05 (both nodes lose master and replica, then each second
  `Connecting to MASTER %s:%d`, `MASTER <-> REPLICA sync started`, `Error condition on socket
  for SYNC: No route to host`, then partial resyncs on both sides), a slow pub/sub consumer cut
  off for its output buffer 10:20-10:50 and a load balancer health check sent to the KeyDB port
  11:02-11:25 (`Possible SECURITY ATTACK detected...`).
- TigerBeetle 0.15.3 (`tb-0.log`, `tb-1.log`, `tb-2.log`: `journalctl -u tigerbeetle` on each
  replica's host, the syslog-like short format, systemd's unit lines among TigerBeetle's
  `level(scope): message` lines): a settlement batch job connecting about every 65 seconds and
  exiting (`%d: on_recv: from=%s orderly shutdown` on each replica), tb-2's chronyd broken by a config
  push 07:08-07:41 (`system time is %s ahead, clamping system time to cluster time`), tb-1's host
  rebooted for a kernel update at 08:20 (systemd's stop lines, tb-0's `on_connect: error to=1
  error.ConnectionRefused` then `error.NetworkUnreachable` every second or few, journalctl's `--
  Boot ... --` separator, `opening`, `listening on`, `on_connect: connected to=%d`, the RTC's
  `system time is %s behind`), tb-0's host reset at 09:30 (the backups' `on_recv ...
  error.ConnectionTimedOut`, a view change, `transition_to_normal_from_view_change_status:
  view=%d..%d primary` / `backup`) and a firewall rule cutting tb-2 off 10:45-10:51 (`on_connect:
  error to=2 error.ConnectionRefused` from both peers, tb-2's `no agreement on cluster time`).

Label notes. The heads are context: rqlite's `[store] date time` and hclog's time, level and
`raft:` name, immudb's `immudb  date time LEVEL:`, FerretDB's time, level, caller and the
trailing attributes, KeyDB's `pid:tid:role date level`, journald's head and TigerBeetle's
`level(scope): `. Hclog's keys are wording and their values variables (consul's rule, round 21);
an error value contributes its own format (`error="dial tcp %s: i/o timeout"`, `error="log not
found"`). rqlite's `full` / `incremental` is a word the code picks by branch (two labels).
immudb's flush source (`requested via Close...`) and the action word (`Flushing index` /
`Dumping index`) are literals the call sites pass, so wording; a replication error's reason is a
gRPC error of its own format (one label each). FerretDB's `Response header: ` carries the wire
header's String() (its format is the label) and `Response message:\\n%s\\n` the response document
(a value: the continuation lines are the document and the attributes); `Connection stopped` is
one label at INFO and at WARN. KeyDB's `Error condition on socket for SYNC: %s` holds
strerror's text (its own label, round 97's rule); the client description in `Client %s closed
...` is a value. TigerBeetle's leading `%d: ` (the replica index) is in the format string, so it
is part of the template; a Zig error name (`error.ConnectionRefused`) is a value; `primary` /
`backup` and `ahead` / `behind` are picked by branch. systemd's `tigerbeetle.service: ` prefix
is context (round 39's rule). Lines no call writes as an event (rqlite has none in this run,
immudb's stdout logo, version and configuration and its coloured call to action, journalctl's
`-- Boot ... --`) have no label.

Least sure (written from the helper's knowledge; rqlite's store and Raft snapshot lines and the
8.x layout checked against real logs quoted in rqlite issues and against a copy of store.go,
immudb's flush, open, stop and replicator messages against copies of tbtree.go, database.go,
server.go and replicator.go and a real 1.3 start-up log, FerretDB's slog layout against real
1.24 logs in issues and its listener and response logging against copies of listener.go and
conn.go, KeyDB's header and save lines against a real 6.3.4 log in an issue, TigerBeetle's
message bus lines against a copy of message_bus.zig): whether hclog in rqlite 8.24 still writes
its own timestamp (later versions route Raft through the standard logger); Raft's `Election
timeout reached, restarting election` level; immudb's `pgsql server is running at port %d` (some
versions say `pgsl`), `Webconsole enabled: %s` in 1.9, the configuration block's fields, where
a 1.9 index lives (`/var/lib/immudb/ledger/index`) and the replicator's delays; FerretDB 1.21's
caller line numbers, whether 1.21 already wrote the slog layout with `name` in the attributes,
the debug handler descriptions, `Capped collections cleanup enabled.` in 1.21 and the wording of
the `$graphLookup` and pgx errors inside the documents; KeyDB's `Background saving started`
beside `... by pid %ld` (seen in the real log, source not checked) and its `SECURITY ATTACK`
wording with KeyDB for Redis; TigerBeetle 0.15's log prefix without a timestamp of its own, the
clock lines' wording and level, `transition_to_normal_from_view_change_status`'s view pair,
Zig's rendering of a connection's peer (`message_bus.MessageBusType(.replica).Connection.Peer{
.client = ... }`) and the error names a refused, unreachable and timed-out connect gives.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round55 import poisson
from generate_round97 import Files, ms, sec
from generate_round121 import go_dur


def at(h: int, m: int, s: float = 0) -> datetime:
    """An instant of 2024-06-07 (UTC), the day every system of the round runs."""
    return datetime(2024, 6, 7, h, m, 0, tzinfo=UTC) + sec(s)


# ----------------------------------------------------------------------------------- rqlite

RQ_NODES = {"rq1": ("1", "10.20.1.11"), "rq2": ("2", "10.20.1.12"), "rq3": ("3", "10.20.1.13")}
RQ_THRESHOLD = 8192
RQ_TRAILING = 10240


def rqlite(r: random.Random) -> list[Log]:
    """Three rqlite voters (rq1 leads), 06:00 to 12:00: snapshots on every node as the writes
    come in (32 entries a second before 07:25, 55 after), rq3's WAL checkpoint blocked
    08:20-08:38, rq1 cut off 09:12:07-09:14:42 (rq2 leads after it)."""
    fs = Files()

    def S(n: str, t: datetime, label: str, msg: str, prefix: str = "store") -> datetime:
        return fs.add(
            f"{n}.log",
            t,
            label,
            lambda x: [f"[{prefix}] {x:%Y/%m/%d %H:%M:%S} {msg}"],
            (n, "log"),
            1_000_000,
        )

    def H(n: str, t: datetime, level: str, label: str, msg: str) -> datetime:
        lv = f"[{level}]".ljust(7)
        return fs.add(
            f"{n}.log",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%dT%H:%M:%S}.{ms(x)}Z {lv} raft: {msg}"],
            (n, "hclog"),
            1000,
        )

    t0, t_end = at(6, 0), at(12, 0)
    ramp = at(7, 25)
    r0 = (ramp - t0).total_seconds()

    def idx(t: datetime) -> int:
        s = (t - t0).total_seconds()
        return 48_213_377 + int(32.0 * min(s, r0) + 55.0 * max(0.0, s - r0))

    def nid(n: str) -> str:
        return RQ_NODES[n][0]

    def addr(n: str) -> str:
        return f"{RQ_NODES[n][1]}:4002"

    def node(n: str, role: str) -> str:
        return f'"Node at {addr(n)} [{role}]"'

    def peer(n: str) -> str:
        return f'"{{Voter {nid(n)} {addr(n)}}}"'

    P0, H0 = at(9, 12, 7.314), at(9, 14, 41.802)
    wal = (at(8, 20, 3), at(8, 38, 26))

    # ---- the partition: rq1 steps down, rq2 wins term 813
    t1 = P0 + sec(0.5 + r.uniform(0.001, 0.01))
    for p in ("rq2", "rq3"):
        t1 = H(
            "rq1",
            t1,
            "WARN",
            "failed to contact: server-id=%s time=%s",
            f"failed to contact: server-id={nid(p)} time={go_dur(0.5 + r.uniform(0.0002, 0.003))}",
        )
    t1 = H(
        "rq1",
        t1,
        "WARN",
        "failed to contact quorum of nodes, stepping down",
        "failed to contact quorum of nodes, stepping down",
    )
    t1 = H(
        "rq1",
        t1 + sec(0.0004),
        "INFO",
        "entering follower state: follower=%s leader-address=%s leader-id=%s",
        f"entering follower state: follower={node('rq1', 'Follower')} leader-address= leader-id=",
    )
    for p in ("rq2", "rq3"):
        t1 = H(
            "rq1",
            t1 + sec(r.uniform(0.0002, 0.002)),
            "INFO",
            "aborting pipeline replication: peer=%s",
            f"aborting pipeline replication: peer={peer(p)}",
        )
    e = P0 + sec(1.0 + r.uniform(0.55, 0.8))
    e = H(
        "rq2",
        e,
        "WARN",
        "heartbeat timeout reached, starting election: last-leader-addr=%s last-leader-id=%s",
        f"heartbeat timeout reached, starting election: last-leader-addr={addr('rq1')} last-leader-id=1",
    )
    e = H(
        "rq2",
        e + sec(0.0002),
        "INFO",
        "entering candidate state: node=%s term=%s",
        f"entering candidate state: node={node('rq2', 'Candidate')} term=813",
    )
    lead = e

    def win(t: datetime, term: int, peers: list[str]) -> datetime:
        t = H(
            "rq2",
            t + sec(r.uniform(0.002, 0.004)),
            "INFO",
            "election won: term=%s tally=%s",
            f"election won: term={term} tally=2",
        )
        t = H(
            "rq2",
            t + sec(0.0001),
            "INFO",
            "entering leader state: leader=%s",
            f"entering leader state: leader={node('rq2', 'Leader')}",
        )
        for p in ("rq1", "rq3"):
            t = H(
                "rq2",
                t + sec(0.0001),
                "INFO",
                "added peer, starting replication: peer=%s",
                f"added peer, starting replication: peer={nid(p)}",
            )
        for p in peers:
            t = H(
                "rq2",
                t + sec(r.uniform(0.002, 0.3)),
                "INFO",
                "pipelining replication: peer=%s",
                f"pipelining replication: peer={peer(p)}",
            )
        return t

    lead = win(lead, 813, ["rq3"])
    for k in (1, 2):
        H(
            "rq2",
            lead + sec(0.5 * k + r.uniform(0.0, 0.004)),
            "WARN",
            "failed to contact: server-id=%s time=%s",
            f"failed to contact: server-id=1 time={go_dur(0.5 * k + 0.42 + r.uniform(0.0, 0.05))}",
        )
    # rq2's heartbeat and replication to rq1: each dial times out after 10 s, then backs off
    for label, kind in (
        (
            'failed to heartbeat to: peer=%s backoff time=%s error="dial tcp %s: i/o timeout"',
            "hb",
        ),
        ('failed to appendEntries to: peer=%s error="dial tcp %s: i/o timeout"', "ae"),
    ):
        th, failures = lead + sec(r.uniform(0.001, 0.05)), 0
        while th + sec(10) < H0:
            th += sec(10.0 + r.uniform(0.0001, 0.002))
            failures += 1
            back = 0.01 * 2 ** max(0, min(failures, 12) - 2)
            if kind == "hb":
                msg = f'failed to heartbeat to: peer={addr("rq1")} backoff time={go_dur(back)} error="dial tcp {addr("rq1")}: i/o timeout"'
            else:
                msg = f'failed to appendEntries to: peer={peer("rq1")} error="dial tcp {addr("rq1")}: i/o timeout"'
            th = H("rq2", th, "ERROR", label, msg)
            th += sec(back)
    # rq1 alone: an election every second or two
    c = P0 + sec(1.5 + r.uniform(1.0, 1.9))
    H(
        "rq1",
        c,
        "WARN",
        "heartbeat timeout reached, starting election: last-leader-addr=%s last-leader-id=%s",
        "heartbeat timeout reached, starting election: last-leader-addr= last-leader-id=",
    )
    term1 = 813
    while True:
        H(
            "rq1",
            c + sec(0.0002),
            "INFO",
            "entering candidate state: node=%s term=%s",
            f"entering candidate state: node={node('rq1', 'Candidate')} term={term1}",
        )
        if c < H0 - sec(10):
            for p in ("rq2", "rq3"):
                H(
                    "rq1",
                    c + sec(10.0 + r.uniform(0.0005, 0.003)),
                    "ERROR",
                    'failed to make requestVote RPC: target=%s error="dial tcp %s: i/o timeout" term=%s',
                    f'failed to make requestVote RPC: target={peer(p)} error="dial tcp {addr(p)}: i/o timeout" term={term1}',
                )
        nc = c + sec(r.uniform(1.0, 2.0))
        H(
            "rq1",
            nc,
            "WARN",
            "Election timeout reached, restarting election",
            "Election timeout reached, restarting election",
        )
        term1 += 1
        c = nc
        if c > H0:
            break
    # the healed rq1's vote request (term1) reaches rq2 and rq3
    H(
        "rq1",
        c + sec(0.0002),
        "INFO",
        "entering candidate state: node=%s term=%s",
        f"entering candidate state: node={node('rq1', 'Candidate')} term={term1}",
    )
    hv = c + sec(r.uniform(0.001, 0.003))
    tr = H(
        "rq2",
        hv,
        "INFO",
        "entering follower state: follower=%s leader-address=%s leader-id=%s",
        f"entering follower state: follower={node('rq2', 'Follower')} leader-address= leader-id=",
    )
    H(
        "rq2",
        tr + sec(0.0003),
        "INFO",
        "aborting pipeline replication: peer=%s",
        f"aborting pipeline replication: peer={peer('rq3')}",
    )
    for n in ("rq2", "rq3"):
        H(
            n,
            hv + sec(r.uniform(0.0005, 0.002)),
            "WARN",
            "rejecting vote request since our last index is greater: candidate=%s last-index=%s last-candidate-index=%s",
            f"rejecting vote request since our last index is greater: candidate={addr('rq1')} last-index={idx(hv)} last-candidate-index={idx(P0)}",
        )
    e2 = H(
        "rq2",
        hv + sec(r.uniform(1.0, 1.5)),
        "WARN",
        "heartbeat timeout reached, starting election: last-leader-addr=%s last-leader-id=%s",
        "heartbeat timeout reached, starting election: last-leader-addr= last-leader-id=",
    )
    final_term = term1 + 1
    e2 = H(
        "rq2",
        e2 + sec(0.0002),
        "INFO",
        "entering candidate state: node=%s term=%s",
        f"entering candidate state: node={node('rq2', 'Candidate')} term={final_term}",
    )
    H(
        "rq1",
        e2 + sec(0.0012),
        "INFO",
        "entering follower state: follower=%s leader-address=%s leader-id=%s",
        f"entering follower state: follower={node('rq1', 'Follower')} leader-address= leader-id=",
    )
    e3 = win(e2, final_term, ["rq3"])
    H(
        "rq1",
        e3 + sec(r.uniform(0.002, 0.01)),
        "WARN",
        'failed to get previous log: previous-index=%s last-index=%s error="log not found"',
        f'failed to get previous log: previous-index={idx(e3)} last-index={idx(P0)} error="log not found"',
    )
    H(
        "rq2",
        e3 + sec(r.uniform(0.3, 0.6)),
        "INFO",
        "pipelining replication: peer=%s",
        f"pipelining replication: peer={peer('rq1')}",
    )
    healed = e3

    def term_at(t: datetime) -> int:
        if t < lead:
            return 812
        return 813 if t < healed else final_term

    # ---- snapshots: each node checks every 10-20 s whether 8,192 entries were applied
    for n in RQ_NODES:
        last_snap = idx(t0) - r.randint(1500, 7000)
        last_to = last_snap - RQ_TRAILING - r.randint(300, 4000)
        t = t0 + sec(r.uniform(0.5, 20))
        full_next = False
        while t < t_end:
            applied = idx(t)
            if n == "rq1" and P0 <= t < healed + sec(1):
                applied = idx(P0)
            if applied - last_snap < RQ_THRESHOLD:
                t += sec(r.uniform(10, 20))
                continue
            if n == "rq3" and wal[0] <= t < wal[1]:
                pages = 1045 + int((t - wal[0]).total_seconds() * 2.9) + r.randint(0, 9)
                H(
                    n,
                    t,
                    "ERROR",
                    'failed to take snapshot: error="failed to start snapshot: failed to completely checkpoint WAL (%d ok, %d pages, %d moved)"',
                    f'failed to take snapshot: error="failed to start snapshot: failed to completely checkpoint WAL (1 ok, {pages} pages, {pages - r.choice([0, 0, 0, 1, 2])} moved)"',
                )
                full_next = True
                t += sec(r.uniform(10, 20))
                continue
            kind = "full" if full_next else "incremental"
            d = r.uniform(0.9, 1.7) if full_next else r.uniform(0.008, 0.045)
            ts = S(
                n,
                t,
                f"{kind} snapshot created in %s on node ID %s",
                f"{kind} snapshot created in {go_dur(d)} on node ID {nid(n)}",
            )
            ts = H(
                n,
                ts + sec(r.uniform(0.0002, 0.001)),
                "INFO",
                "starting snapshot up to: index=%s",
                f"starting snapshot up to: index={applied}",
            )
            p = r.uniform(2.2, 4.1) if full_next else r.uniform(0.0008, 0.0031)
            tp = ts + sec(max(p, r.uniform(1.0, 1.3)))
            tp = S(
                n,
                tp,
                "persisted snapshot %s in %s",
                f"persisted snapshot {term_at(ts)}-{applied}-{int(ts.timestamp() * 1000)} in {go_dur(p)}",
            )
            to = applied - RQ_TRAILING
            if to > last_to:
                tp = H(
                    n,
                    tp + sec(r.uniform(0.004, 0.02)),
                    "INFO",
                    "compacting logs: from=%s to=%s",
                    f"compacting logs: from={last_to + 1} to={to}",
                )
                last_to = to
            H(
                n,
                tp + sec(r.uniform(0.002, 0.004)),
                "INFO",
                "snapshot complete up to: index=%s",
                f"snapshot complete up to: index={applied}",
            )
            last_snap = applied
            full_next = False
            t = tp + sec(r.uniform(10, 20))
    return fs.logs(t0)


# ----------------------------------------------------------------------------------- immudb

IM_DIR = "/var/lib/immudb"
IM_HOSTS = {"immudb-a": "10.30.0.11", "immudb-b": "10.30.0.12"}
IM_LOGO = [
    " _                               _ _     ",
    "(_)                             | | |    ",
    " _ _ __ ___  _ __ ___  _   _  __| | |__  ",
    "| | '_ ` _ \\| '_ ` _ \\| | | |/ _` | '_ \\ ",
    "| | | | | | | | | | | | |_| | (_| | |_) |",
    "|_|_| |_| |_|_| |_| |_|\\__,_|\\__,_|_.__/ ",
]
IM_CONFIG = [
    "================ Config ================",
    "Data dir         : /var/lib/immudb",
    "Address          : 0.0.0.0:3322",
    "Metrics address  : 0.0.0.0:9497/metrics",
    "Config file      : /etc/immudb/immudb.toml",
    "Max recv msg size: 67108864",
    "Auth enabled     : true",
    "Dev mode         : false",
    "Default database : defaultdb",
    "Maintenance mode : false",
    "Synced mode      : true",
    "----------------------------------------",
    "========================================",
]

IM_FLUSH = (
    "Flushing index '%s' {ts=%d, cleanup_percentage=%.2f/%.2f, since_cleanup=%d} requested via "
)


def immudb(r: random.Random) -> list[Log]:
    """An immudb primary (immudb-a: systemdb, defaultdb, ledger) and a replica of its ledger
    (immudb-b), 06:00 to 12:00: index flushes as reads ask for fresh snapshots, the primary
    restarted at 09:40:12, the replication connection dropped at 11:10:40 and the replicator's
    password, rotated on the primary at 10:55, not accepted until 11:31."""
    fs = Files()

    def IM(
        h: str, t: datetime, level: str, label: str, msg: str, more: list[str] | None = None
    ) -> datetime:
        return fs.add(
            f"{h}.log",
            t,
            label,
            lambda x: [f"immudb  {x:%Y/%m/%d %H:%M:%S} {level}: {msg}", *(more or [])],
            h,
            1_000_000,
        )

    def raw(h: str, t: datetime, lines: list[str]) -> None:
        fs.add(f"{h}.log", t, None, lambda x: lines, (h, "stdout"), 1000)  # type: ignore[arg-type]

    rate = {"ledger": 17.0, "systemdb": 0.004, "defaultdb": 0.0}
    t0, t_end = at(6, 0), at(12, 0)
    base = {"ledger": 41_822_317, "systemdb": 1_204, "defaultdb": 1}

    def ts_at(db: str, t: datetime) -> int:
        return base[db] + int(rate[db] * (t - t0).total_seconds())

    st: dict[tuple[str, str], dict[str, int]] = {}
    for h in IM_HOSTS:
        for db in ("systemdb", "defaultdb", "ledger"):
            st[(h, db)] = {
                "last": ts_at(db, t0) - r.randint(0, 400) if db == "ledger" else ts_at(db, t0),
                "since": r.randint(40_000, 90_000) if db == "ledger" else r.randint(3, 60),
                "sync": r.randint(0, 4),
                "snaps": r.randint(1, 3),
            }

    def flush(h: str, db: str, t: datetime, src: str) -> datetime:
        s = st[(h, db)]
        path = f"{IM_DIR}/{db}/index"
        if src == "Close":
            ts = ts_at(db, restart)
        elif h == "immudb-b" and stall[0] <= t < stall[1]:
            ts = s["last"]
        else:
            ts = ts_at(db, t)
        n = max(ts - s["last"], 0)
        s["since"] += n
        t = IM(
            h,
            t,
            "INFO",
            IM_FLUSH + src + "...",
            f"Flushing index '{path}' {{ts={ts}, cleanup_percentage=0.00/0.00, since_cleanup={s['since']}}} requested via {src}...",
        )
        t = IM(
            h,
            t + sec(r.uniform(0.01, 0.4)),
            "INFO",
            "Index '%s' {ts=%d, cleanup_percentage=%.2f/%.2f} successfully flushed",
            f"Index '{path}' {{ts={ts}, cleanup_percentage=0.00/0.00}} successfully flushed",
        )
        s["sync"] += 1
        if src == "Close" or s["sync"] >= 5:
            s["sync"] = 0
            t = IM(
                h,
                t + sec(r.uniform(0.005, 0.2)),
                "INFO",
                "Index '%s' {ts=%d, cleanup_percentage=%.2f/%.2f} successfully synced",
                f"Index '{path}' {{ts={ts}, cleanup_percentage=0.00/0.00}} successfully synced",
            )
            if db == "ledger" and src != "Close":
                k = r.randint(1, 3)
                t = IM(
                    h,
                    t + sec(0.001),
                    "INFO",
                    "Discarding older snapshots at index '%s' {ts=%d, opened_snapshots=%d}...",
                    f"Discarding older snapshots at index '{path}' {{ts={ts}, opened_snapshots={k}}}...",
                )
                t = IM(
                    h,
                    t + sec(0.002),
                    "INFO",
                    "Older snapshots at index '%s' {ts=%d, opened_snapshots=%d} successfully discarded",
                    f"Older snapshots at index '{path}' {{ts={ts}, opened_snapshots={k}}} successfully discarded",
                )
        inner = max(1, n // r.randint(40, 70))
        leaf = max(1, n // r.randint(6, 11))
        t = IM(
            h,
            t + sec(0.0005),
            "INFO",
            "Flushing index '%s' {ts=%d} finished with: %d inner nodes, %d leaf nodes, %d entries",
            f"Flushing index '{path}' {{ts={ts}}} finished with: {leaf} inner nodes, {inner} leaf nodes, {n} entries",
        )
        s["last"] = ts
        return t

    restart = at(9, 40, 12)
    back = at(9, 40, 44)
    drop = at(11, 10, 40)
    fixed = at(11, 31, 5)
    stall = (restart, at(9, 40, 46))
    plan: list[tuple[datetime, str, str, str]] = []
    for h in IM_HOSTS:
        # ledger flushes as reads ask for a snapshot; the replica's reads are the reports
        t = t0 + sec(r.uniform(1, 40))
        while t < t_end:
            if h == "immudb-a" and restart - sec(2) <= t < back + sec(20):
                t = back + sec(r.uniform(20, 40))
                continue
            plan.append((t, h, "ledger", "SnapshotMustIncludeTsWithRenewalPeriod"))
            t += sec(r.uniform(35, 75) if h == "immudb-a" else r.uniform(60, 125))
        if h == "immudb-b":
            # the replica's index also flushes when 100,000 entries were indexed
            for k in range(1, 5):
                plan.append((t0 + sec(5400 * k - r.uniform(600, 1500)), h, "ledger", "IncreaseTs"))
        t = t0 + sec(r.uniform(60, 500))
        while t < t_end and h == "immudb-a":
            if restart - sec(2) <= t < back + sec(20):
                t = back + sec(r.uniform(60, 300))
                continue
            plan.append((t, h, "systemdb", "SnapshotMustIncludeTsWithRenewalPeriod"))
            t += sec(r.uniform(300, 900))
    plan.sort(key=lambda x: x[0])
    for t, h, db, src in plan:
        if t < restart:
            flush(h, db, t, src)
    # the primary's restart
    a = "immudb-a"
    t = IM(a, restart, "INFO", "Stopping immudb:\\n%v", "Stopping immudb:", IM_CONFIG)
    for db in ("defaultdb", "ledger", "systemdb"):
        path = f"{IM_DIR}/{db}/index"
        t = IM(
            a,
            t + sec(r.uniform(0.001, 0.02)),
            "INFO",
            "Closing index '%s' {ts=%d}...",
            f"Closing index '{path}' {{ts={ts_at(db, restart)}}}...",
        )
        t = flush(a, db, t + sec(0.001), "Close")
        t = IM(
            a,
            t + sec(0.002),
            "INFO",
            "Index '%s' {ts=%d} successfully closed",
            f"Index '{path}' {{ts={st[(a, db)]['last']}}} successfully closed",
        )
    tb = back - sec(r.uniform(1.2, 1.6))
    raw(
        a,
        tb,
        [
            *IM_LOGO,
            "",
            "immudb 1.9.3",
            "Commit  : 9d2c0a87e1b1d6c4f0e52c3b8a1f7d93e6b4c210",
            "Built at: Thu, 16 May 2024 09:41:12 UTC",
            "Static  : true",
            *IM_CONFIG,
            "",
            "",
        ],
    )
    t = back
    for db in ("systemdb", "defaultdb", "ledger"):
        path = f"{IM_DIR}/{db}/index"
        t = IM(
            a,
            t + sec(r.uniform(0.001, 0.02)),
            "INFO",
            "Opening database '%s' {replica = %v}...",
            f"Opening database '{db}' {{replica = false}}...",
        )
        t = IM(
            a,
            t + sec(r.uniform(0.05, 0.6)),
            "INFO",
            "Index '%s' {ts=%d, discarded_snapshots=%d} successfully loaded",
            f"Index '{path}' {{ts={st[(a, db)]['last']}, discarded_snapshots=0}} successfully loaded",
        )
        t = IM(
            a,
            t + sec(0.002),
            "INFO",
            "Loading SQL Engine for database '%s' {replica = %v}...",
            f"Loading SQL Engine for database '{db}' {{replica = false}}...",
        )
        t = IM(
            a,
            t + sec(0.0005),
            "INFO",
            "Database '%s' {replica = %v} successfully opened",
            f"Database '{db}' {{replica = false}} successfully opened",
        )
        t = IM(
            a,
            t + sec(r.uniform(0.01, 0.2)),
            "INFO",
            "SQL Engine ready for database '%s' {replica = %v}",
            f"SQL Engine ready for database '{db}' {{replica = false}}",
        )
    t = IM(
        a,
        t + sec(0.003),
        "INFO",
        "pgsql server is running at port %d",
        "pgsql server is running at port 5432",
    )
    t = IM(a, t + sec(0.001), "INFO", "Webconsole enabled: %s", "Webconsole enabled: 0.0.0.0:8080")
    t = IM(
        a,
        t + sec(0.001),
        "INFO",
        "Web API server enabled on %s/api (http)",
        "Web API server enabled on 0.0.0.0:8080/api (http)",
    )
    raw(
        a,
        t + sec(0.2),
        [
            "\x1b[32mYou can now use \x1b[34mimmuadmin\x1b[32m and \x1b[34mimmuclient\x1b[32m CLIs to login with the \x1b[34mimmudb\x1b[32m superadmin user and start using immudb.\x1b[0m"
        ],
    )
    for t, h, db, src in plan:
        if t >= restart:
            flush(h, db, t, src)
    # the replica's replicator
    b = "immudb-b"
    prim = f"ledger@{IM_HOSTS[a]}:3322"
    pa = IM_HOSTS[a]
    R_ERR = "Replication error on database '%s' from '%s' (%d consecutive failures). Reason: "

    def rep_err(t: datetime, n: int, label_reason: str, reason: str) -> datetime:
        return IM(
            b,
            t,
            "INFO",
            R_ERR + label_reason,
            f"Replication error on database 'ledger' from '{prim}' ({n} consecutive failures). Reason: {reason}",
        )

    def disconnect(t: datetime) -> datetime:
        t = IM(
            b,
            t,
            "INFO",
            "Disconnecting from '%s':'%d' for database '%s'...",
            f"Disconnecting from '{pa}':'3322' for database 'ledger'...",
        )
        return IM(
            b,
            t + sec(0.003),
            "INFO",
            "Disconnected from '%s':'%d' for database '%s'",
            f"Disconnected from '{pa}':'3322' for database 'ledger'",
        )

    def connecting(t: datetime) -> datetime:
        return IM(
            b,
            t,
            "INFO",
            "Connecting to '%s':'%d' for database '%s'...",
            f"Connecting to '{pa}':'3322' for database 'ledger'...",
        )

    def established(t: datetime) -> datetime:
        return IM(
            b,
            t,
            "INFO",
            "Connection to '%s':'%d' for database '%s' successfully established",
            f"Connection to '{pa}':'3322' for database 'ledger' successfully established",
        )

    def outage(t: datetime, first: tuple[str, str], then: tuple[str, str], until: datetime) -> None:
        t = disconnect(t)
        n = 1
        t = rep_err(t + sec(0.001), n, *first)
        delay = 1.0
        while True:
            t += sec(delay * r.uniform(0.95, 1.1))
            if n >= 3:
                t = disconnect(t)
            t = connecting(t + sec(0.001))
            if t >= until:
                established(t + sec(r.uniform(0.02, 0.2)))
                return
            n += 1
            t = rep_err(t + sec(r.uniform(0.001, 0.01)), n, *then)
            delay = min(delay * 2, 120.0)

    refused = (
        'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %s: connect: connection refused"',
        f'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp {pa}:3322: connect: connection refused"',
    )
    outage(
        restart + sec(0.4),
        (
            "rpc error: code = Unavailable desc = error reading from server: EOF",
            "rpc error: code = Unavailable desc = error reading from server: EOF",
        ),
        refused,
        back + sec(2),
    )
    outage(
        drop,
        (
            "rpc error: code = Unavailable desc = error reading from server: read tcp %s->%s: read: connection reset by peer",
            f"rpc error: code = Unavailable desc = error reading from server: read tcp {IM_HOSTS[b]}:{r.randint(40000, 60000)}->{pa}:3322: read: connection reset by peer",
        ),
        (
            "rpc error: code = PermissionDenied desc = invalid user name or password",
            "rpc error: code = PermissionDenied desc = invalid user name or password",
        ),
        fixed,
    )
    return fs.logs(t0)


# --------------------------------------------------------------------------------- ferretdb

FD_HOSTS = {"ferretdb-1": "10.50.0.21", "ferretdb-2": "10.50.0.22"}
FD_PODS = ["10.50.2.11", "10.50.2.12", "10.50.2.13"]


def fd_doc(fields: list[tuple[str, str]]) -> list[str]:
    """An OP_MSG response as FerretDB's StringIndent writes it (one section of kind 0)."""
    return [
        "{",
        "  `FlagBits`: `[]`,",
        "  `Checksum`: int64(0),",
        "  `Sections`: [",
        "    {",
        "      `Kind`: 0,",
        "      `Document`: {",
        *[f"        `{k}`: {v}," for k, v in fields],
        "      },",
        "    },",
        "  ],",
        "}",
    ]


def ferretdb(r: random.Random) -> list[Log]:
    """Two FerretDB instances on one PostgreSQL, 06:00 to 12:00: an uptime monitor, three app
    pods' pools and a cron worker, a reporting service with a wrong password 08:05-08:35, an
    endpoint using $graphLookup, PostgreSQL failing over 09:20:31, a rolling deploy at 10:15,
    ferretdb-1 restarted at 11:05:03."""
    fs = Files()

    def F(
        h: str,
        t: datetime,
        level: str,
        caller: str,
        label: str,
        msg: str,
        attrs: dict,
        more: list[str] | None = None,
    ) -> datetime:
        a = json.dumps(attrs, separators=(",", ":"), sort_keys=True)

        def text(x: datetime) -> list[str]:
            head = f"{x:%Y-%m-%dT%H:%M:%S}.{ms(x)}Z\t{level}\t{caller}\t{msg}"
            if more is None:
                return [f"{head}\t{a}"]
            return [head, *more, f"\t{a}"]

        return fs.add(f"{h}.log", t, label, text, h, 1000)

    L = {"name": "listener"}

    def conn_id(h: str, client: str) -> str:
        return f"{client}:{r.randint(32768, 60999)} -> {FD_HOSTS[h]}:27017"

    def started(h: str, t: datetime, cid: str) -> datetime:
        return F(
            h,
            t,
            "INFO",
            "clientconn/listener.go:239",
            "Connection started",
            "Connection started",
            {"conn": cid, **L},
        )

    def stopped(h: str, t: datetime, cid: str, err: str | None = None) -> datetime:
        if err is None:
            return F(
                h,
                t,
                "INFO",
                "clientconn/listener.go:245",
                "Connection stopped",
                "Connection stopped",
                {"conn": cid, **L},
            )
        return F(
            h,
            t,
            "WARN",
            "clientconn/listener.go:247",
            "Connection stopped",
            "Connection stopped",
            {"conn": cid, "error": err, **L},
        )

    def failed(h: str, t: datetime, rid: int, rto: int, fields: list[tuple[str, str]]) -> datetime:
        body = fd_doc(fields)
        length = 16 + 5 + 21 + sum(len(k) + len(v) for k, v in fields)
        t = F(
            h,
            t,
            "WARN",
            "clientconn/conn.go:561",
            "Response header: length: %5d, id: %4d, response_to: %4d, opcode: %s",
            f"Response header: length: {length:5d}, id: {rid:4d}, response_to: {rto:4d}, opcode: OP_MSG",
            L,
        )
        return F(
            h,
            t + sec(0.0001),
            "WARN",
            "clientconn/conn.go:562",
            "Response message:\\n%s\\n",
            "Response message:",
            L,
            body,
        )

    def session(h: str, t: datetime, client: str, dur: float, err: str | None = None) -> datetime:
        cid = conn_id(h, client)
        t = started(h, t, cid)
        return stopped(h, t + sec(dur), cid, err)

    t0, t_end = at(6, 0), at(12, 0)
    rst = at(11, 5, 3)
    rst_back = at(11, 5, 11)
    hosts = list(FD_HOSTS)

    def up(h: str, t: datetime) -> bool:
        return not (h == "ferretdb-1" and rst - sec(1) <= t < rst_back + sec(1))

    def pick(t: datetime) -> str:
        c = [h for h in hosts if up(h, t)]
        return r.choice(c)

    # the uptime monitor every minute, the cron worker every two minutes
    for m in range(360):
        tm = t0 + sec(60 * m + 12 + r.uniform(0, 0.4))
        session(pick(tm), tm, "10.50.0.9", r.uniform(0.004, 0.03))
        if m % 2 == 1:
            tc = t0 + sec(60 * m + r.uniform(1.0, 2.5))
            session(pick(tc), tc, "10.50.3.21", r.uniform(0.4, 6.0))
    # the app pods' pools: idle connections closed after a minute and new ones opened
    deploy = {ip: at(10, 15, 10) + sec(90 * i + r.uniform(0, 8)) for i, ip in enumerate(FD_PODS)}
    for ip in FD_PODS:
        for h in hosts:
            t = t0 + sec(r.uniform(0, 300))
            while t < t_end:
                if not up(h, t) or deploy[ip] - sec(2) <= t < deploy[ip] + sec(25):
                    t += sec(r.uniform(180, 420))
                    continue
                session(h, t, ip, r.uniform(61, 75) + r.uniform(0, 120))
                t += sec(r.uniform(180, 420))
        # the pod killed in the deploy: its pooled connections reset, the new pod's opened
        for h in hosts:
            for _ in range(r.randint(3, 5)):
                cid = conn_id(h, ip)
                started(h, deploy[ip] - sec(r.uniform(1800, 9000)), cid)
                port = cid.split(":")[1].split(" ")[0]
                stopped(
                    h,
                    deploy[ip] + sec(r.uniform(0.001, 0.05)),
                    cid,
                    f"read tcp {FD_HOSTS[h]}:27017->{ip}:{port}: read: connection reset by peer",
                )
            for _ in range(r.randint(3, 5)):
                started(h, deploy[ip] + sec(r.uniform(8, 20)), conn_id(h, ip))
    # the reporting service with a wrong password
    for t in poisson(r, at(8, 5, 2), at(8, 35, 40), 30):
        h = pick(t)
        cid = conn_id(h, "10.50.4.31")
        t = started(h, t, cid)
        t = failed(
            h,
            t + sec(r.uniform(0.004, 0.012)),
            2,
            2,
            [
                ("ok", "0.0"),
                ("errmsg", "`Authentication failed`"),
                ("code", "18"),
                ("codeName", "`AuthenticationFailed`"),
            ],
        )
        stopped(h, t + sec(r.uniform(0.001, 0.004)), cid)
    # the endpoint using $graphLookup (on long-lived pool connections)
    seq = {h: r.randint(4000, 9000) for h in hosts}
    for t in poisson(r, t0, t_end, 420):
        h = pick(t)
        seq[h] += r.randint(200, 900)
        failed(
            h,
            t,
            seq[h],
            seq[h] - r.randint(0, 3),
            [
                ("ok", "0.0"),
                ("errmsg", "`Unrecognized pipeline stage name: '$graphLookup'`"),
                ("code", "40324"),
                ("codeName", "`Location40324`"),
            ],
        )
    # PostgreSQL failing over
    for t in poisson(r, at(9, 20, 31), at(9, 20, 58), 0.35):
        h = pick(t)
        seq[h] += r.randint(1, 30)
        failed(
            h,
            t,
            seq[h],
            seq[h] - r.randint(0, 2),
            [
                ("ok", "0.0"),
                (
                    "errmsg",
                    '"failed to connect to `host=10.50.1.10 user=ferretdb database=ferretdb`: dial error (dial tcp 10.50.1.10:5432: connect: connection refused)"',
                ),
                ("code", "1"),
                ("codeName", "`InternalError`"),
            ],
        )

    def start(h: str, t: datetime) -> datetime:
        build = {
            "-buildmode": "exe",
            "-compiler": "gc",
            "-trimpath": "true",
            "CGO_ENABLED": "0",
            "GOAMD64": "v1",
            "GOARCH": "amd64",
            "GOOS": "linux",
            "go.version": "go1.22.2",
            "vcs": "git",
            "vcs.time": "2024-04-02T11:30:18Z",
        }
        t = F(
            h,
            t,
            "INFO",
            "ferretdb/main.go:386",
            "Starting FerretDB %s...",
            "Starting FerretDB v1.21.0...",
            {
                "branch": "unknown",
                "buildEnvironment": build,
                "commit": "b1a8c4e2d2d0c6a23cfbd05df4b1b07df0e1c8f0",
                "debugBuild": False,
                "dirty": False,
                "package": "docker",
                "uuid": "6f1d3b0e-53a4-4c1c-9d2e-41f2b3c8e7a9"
                if h == "ferretdb-1"
                else "0c7e9a12-2d44-4f0b-8a13-b6e5d1f0c2a4",
                "version": "v1.21.0",
            },
        )
        t = F(
            h,
            t + sec(0.0011),
            "INFO",
            "handler/handler.go:256",
            "Capped collections cleanup enabled.",
            "Capped collections cleanup enabled.",
            {"interval": 60000000000, "name": "postgresql"},
        )
        t = F(
            h,
            t + sec(0.0004),
            "INFO",
            "clientconn/listener.go:107",
            "Listening on TCP %s...",
            "Listening on TCP [::]:27017...",
            L,
        )
        t = F(
            h,
            t + sec(0.0002),
            "INFO",
            "telemetry/reporter.go:152",
            "The telemetry state is undecided; the first report will be sent in %s. Read more about FerretDB telemetry and how to opt out at https://beacon.ferretdb.com.",
            "The telemetry state is undecided; the first report will be sent in 1h0m0s. Read more about FerretDB telemetry and how to opt out at https://beacon.ferretdb.com.",
            {"name": "telemetry"},
        )
        t = F(
            h,
            t + sec(0.0017),
            "INFO",
            "debug/debug.go:309",
            "Starting debug server on %s ...",
            "Starting debug server on http://[::]:8088/debug ...",
            {"name": "debug"},
        )
        for path, desc in [
            ("archive", "Zip archive with debugging information"),
            ("graphs", "Visualize metrics"),
            ("metrics", "Metrics in Prometheus format"),
            ("pprof", "Runtime profiling data for pprof"),
            ("vars", "Expvar package metrics"),
        ]:
            t = F(
                h,
                t + sec(0.0001),
                "INFO",
                "debug/debug.go:315",
                "%s - " + desc,
                f"http://[::]:8088/debug/{path} - {desc}",
                {"name": "debug"},
            )
        return t

    h = "ferretdb-1"
    t = F(
        h,
        rst,
        "INFO",
        "clientconn/listener.go:187",
        "Waiting for all connections to close",
        "Waiting for all connections to close",
        L,
    )
    for ip in FD_PODS:
        for _ in range(r.randint(1, 3)):
            cid = conn_id(h, ip)
            started(h, rst - sec(r.uniform(900, 7000)), cid)
            stopped(h, t + sec(r.uniform(3.0, 3.05)), cid, "context canceled")
    F(h, t + sec(3.06), "INFO", "clientconn/listener.go:140", "%s stopped", "[::]:27017 stopped", L)
    start(h, rst_back)
    for ip in FD_PODS:
        for _ in range(r.randint(1, 2)):
            started(h, rst_back + sec(r.uniform(0.5, 5)), conn_id(h, ip))
    return fs.logs(t0)


# ------------------------------------------------------------------------------------ keydb

KD_HOSTS = {"keydb-1": ("10.60.0.11", 1187, 1203), "keydb-2": ("10.60.0.12", 1192, 1210)}


def keydb(r: random.Random) -> list[Log]:
    """Two KeyDB nodes replicating each other (active replicas), 06:00 to 12:00: RDB saves
    every five minutes or so before 08:00 and every 90-110 s after, keydb-2's NIC failing over
    09:05:14-09:06:02, a slow pub/sub consumer 10:20-10:50, a load balancer's HTTP health check
    sent to keydb-2's port 11:02-11:25."""
    fs = Files()

    def K(
        h: str, t: datetime, level: str, label: str, msg: str, child: int | None = None
    ) -> datetime:
        _ip, pid, tid = KD_HOSTS[h]
        p, role = (child, "C") if child else (pid, "S")
        return fs.add(
            f"{h}.log",
            t,
            label,
            lambda x: [f"{p}:{tid}:{role} {x:%d %b %Y %H:%M:%S}.{ms(x)} {level} {msg}"],
            (h, p),
            1000,
        )

    t0, t_end = at(6, 0), at(12, 0)
    busy = at(8, 0)
    P0, P1 = at(9, 5, 14.2), at(9, 6, 1.7)
    cpid = {"keydb-1": 2_201_337, "keydb-2": 2_188_904}
    for h in KD_HOSTS:
        t = t0 + sec(r.uniform(5, 280))
        mem = 3600 if h == "keydb-1" else 3560
        while t < t_end:
            rule = "10000 changes in 60 seconds" if t >= busy else "100 changes in 300 seconds"
            t = K(h, t, "*", "%d changes in %d seconds. Saving...", f"{rule}. Saving...")
            cpid[h] += r.randint(20, 160)
            c = cpid[h]
            tf = K(
                h,
                t + sec(r.uniform(0.6, 1.3)),
                "*",
                "Background saving started by pid %ld",
                f"Background saving started by pid {c}",
            )
            K(h, tf, "*", "Background saving started", "Background saving started")
            dur = r.uniform(21, 44)
            td = K(h, tf + sec(dur), "*", "DB saved on disk", "DB saved on disk", c)
            cow = int(mem * r.uniform(0.02, 0.06) * (2.5 if t >= busy else 1.0))
            td = K(
                h,
                td + sec(r.uniform(1.5, 2.5)),
                "*",
                "RDB: %zu MB of memory used by copy-on-write",
                f"RDB: {cow} MB of memory used by copy-on-write",
                c,
            )
            te = K(
                h,
                td + sec(r.uniform(0.9, 1.3)),
                "*",
                "Background saving terminated with success",
                "Background saving terminated with success",
            )
            gap = 60.0 + r.uniform(0.01, 0.1) if te >= busy else 300.0 + r.uniform(0.0, 90.0)
            t = te + sec(gap)
            mem += r.randint(-15, 25)
    # keydb-2's NIC failing over: each node loses its master and its replica
    offs = {"keydb-1": 88_123_455_120, "keydb-2": 88_119_874_332}
    replid = {"keydb-1": hexid(r, 40), "keydb-2": hexid(r, 40)}
    for h in KD_HOSTS:
        other = "keydb-2" if h == "keydb-1" else "keydb-1"
        oip = KD_HOSTS[other][0]
        t = K(
            h,
            P0 + sec(r.uniform(0.1, 0.5)),
            "#",
            "Connection with master lost.",
            "Connection with master lost.",
        )
        t = K(
            h,
            t + sec(0.0002),
            "*",
            "Caching the disconnected master state.",
            "Caching the disconnected master state.",
        )
        K(
            h,
            t + sec(r.uniform(0.001, 0.2)),
            "*",
            "Connection with replica %s lost.",
            f"Connection with replica {oip}:6379 lost.",
        )
        t = P0 + sec(1 + r.uniform(0.0, 0.3))
        while True:
            t = K(h, t, "*", "Connecting to MASTER %s:%d", f"Connecting to MASTER {oip}:6379")
            t = K(
                h,
                t + sec(0.0001),
                "*",
                "MASTER <-> REPLICA sync started",
                "MASTER <-> REPLICA sync started",
            )
            if t >= P1:
                break
            K(
                h,
                t + sec(r.uniform(0.0005, 0.003)),
                "#",
                "Error condition on socket for SYNC: No route to host",
                "Error condition on socket for SYNC: No route to host",
            )
            t += sec(1.0 + r.uniform(-0.02, 0.03))
        t = K(
            h,
            t + sec(r.uniform(0.0005, 0.002)),
            "*",
            "Non blocking connect for SYNC fired the event.",
            "Non blocking connect for SYNC fired the event.",
        )
        t = K(
            h,
            t + sec(r.uniform(0.0005, 0.002)),
            "*",
            "Master replied to PING, replication can continue...",
            "Master replied to PING, replication can continue...",
        )
        t = K(
            h,
            t + sec(r.uniform(0.0005, 0.002)),
            "*",
            "Trying a partial resynchronization (request %s:%s).",
            f"Trying a partial resynchronization (request {replid[other]}:{offs[other] + 1}).",
        )
        backlog = r.randint(2_000_000, 4_000_000)
        K(
            other,
            t + sec(r.uniform(0.0003, 0.001)),
            "*",
            "Replica %s asks for synchronization",
            f"Replica {KD_HOSTS[h][0]}:6379 asks for synchronization",
        )
        K(
            other,
            t + sec(r.uniform(0.0012, 0.002)),
            "*",
            "Partial resynchronization request from %s accepted. Sending %lld bytes of backlog starting from offset %lld.",
            f"Partial resynchronization request from {KD_HOSTS[h][0]}:6379 accepted. Sending {backlog} bytes of backlog starting from offset {offs[other] + 1}.",
        )
        t = K(
            h,
            t + sec(r.uniform(0.003, 0.006)),
            "*",
            "Successful partial resynchronization with master.",
            "Successful partial resynchronization with master.",
        )
        K(
            h,
            t + sec(0.0001),
            "*",
            "MASTER <-> REPLICA sync: Master accepted a Partial Resynchronization.",
            "MASTER <-> REPLICA sync: Master accepted a Partial Resynchronization.",
        )
    # a slow pub/sub consumer on keydb-1
    cid = 41_830
    for t in poisson(r, at(10, 20, 4), at(10, 50, 30), 60):
        cid += r.randint(3, 40)
        age = r.randint(25, 90)
        K(
            "keydb-1",
            t,
            "#",
            "Client %s closed for overcoming of output buffer limits.",
            f"Client id={cid} addr=10.60.3.41:{r.randint(40000, 60000)} laddr=10.60.0.11:6379 fd={r.randint(30, 90)} name=notifier age={age} idle=0 flags=P db=0 sub=0 psub=3 multi=-1 qbuf=0 qbuf-free=0 argv-mem=0 obl=0 oll={r.randint(900, 1400)} omem={r.randint(33_554_500, 34_900_000)} tot-mem={r.randint(34_900_001, 35_100_000)} events=rw cmd=psubscribe user=notifier redir=-1 closed for overcoming of output buffer limits.",
        )
    # a load balancer health check sent to keydb-2's port
    t = at(11, 2, 20) + sec(r.uniform(0, 1))
    while t < at(11, 24, 50):
        K(
            "keydb-2",
            t,
            "#",
            "Possible SECURITY ATTACK detected. It looks like somebody is sending POST or Host: commands to KeyDB. This is likely due to an attacker attempting to use Cross Protocol Scripting to compromise your KeyDB instance. Connection aborted.",
            "Possible SECURITY ATTACK detected. It looks like somebody is sending POST or Host: commands to KeyDB. This is likely due to an attacker attempting to use Cross Protocol Scripting to compromise your KeyDB instance. Connection aborted.",
        )
        t += sec(10 + r.uniform(-0.05, 0.05))
    return fs.logs(t0)


# ------------------------------------------------------------------------------ tigerbeetle

TB_HOSTS = {"tb-0": ("10.40.0.11", 0), "tb-1": ("10.40.0.12", 1), "tb-2": ("10.40.0.13", 2)}
TB_CLUSTER = "146913288103711240087436262339115201147"
TB_UNIT = "tigerbeetle.service - TigerBeetle replica"
TB_PEER = "message_bus.MessageBusType(.replica).Connection.Peer"


def zig_dur(ns: float) -> str:
    """Zig's fmtDuration: the largest unit, at most three decimals."""
    for unit, size in (("s", 1e9), ("ms", 1e6), ("us", 1e3)):
        if ns >= size:
            v = f"{ns / size:.3f}".rstrip("0").rstrip(".")
            return v + unit
    return f"{int(ns)}ns"


def tigerbeetle(r: random.Random) -> list[Log]:
    """A three-replica TigerBeetle cluster (tb-0 primary in view 3), 06:00 to 12:00: a settlement
    batch every 65 s, tb-2's clock drifting 07:08-07:41, tb-1's host rebooted 08:20:05-08:23:31,
    tb-0's host reset 09:30:17 (tb-1 primary of view 4), tb-2 cut off by a firewall rule
    10:45:32-10:51:40."""
    fs = Files()
    pids = {"tb-0": 1187, "tb-1": 1193, "tb-2": 1181}

    def J(h: str, t: datetime, label: str | None, msg: str, ident: str = "tigerbeetle") -> datetime:
        pid = pids[h] if ident == "tigerbeetle" else 1
        return fs.add(
            f"{h}.log",
            t,
            label,  # type: ignore[arg-type]
            lambda x: [f"{x:%b %d %H:%M:%S} {h} {ident}[{pid}]: {msg}"],
            (h, ident, pid),
            1_000_000,
        )

    def sysd(h: str, t: datetime, label: str, msg: str) -> datetime:
        return J(h, t, label, msg, "systemd")

    def boot(h: str, t: datetime) -> None:
        fs.add(f"{h}.log", t, None, lambda x: [f"-- Boot {hexid(r, 32)} --"], (h, "boot"), 1000)  # type: ignore[arg-type]

    t0, t_end = at(6, 0), at(12, 0)
    reboot1 = (at(8, 20, 5), at(8, 23, 31))
    reset0 = (at(9, 30, 17), at(9, 33, 9))
    part2 = (at(10, 45, 32), at(10, 51, 40))
    drift = (at(7, 8, 40), at(7, 41, 10))

    def down(h: str, t: datetime) -> bool:
        if h == "tb-1" and reboot1[0] <= t < reboot1[1] + sec(3):
            return True
        return h == "tb-0" and reset0[0] <= t < reset0[1] + sec(3)

    def idx(h: str) -> int:
        return TB_HOSTS[h][1]

    def peer(kind: str, v: object) -> str:
        return f"{TB_PEER}{{ .{kind} = {v} }}"

    ORDERLY = "%d: on_recv: from=%s orderly shutdown"
    RECV_ERR = "%d: on_recv: from=%s %s"
    CONN_ERR = "%d: on_connect: error to=%d %s"
    CONNECTED = "%d: on_connect: connected to=%d"

    # the settlement batch: connects to every replica, exits 5-25 s later
    t = t0 + sec(r.uniform(5, 60))
    while t < t_end:
        cid = r.getrandbits(127) | (1 << 126)
        te = t + sec(r.uniform(5, 25))
        for h in TB_HOSTS:
            if down(h, t) or down(h, te):
                continue
            if h == "tb-2" and part2[0] <= te < part2[1]:
                continue
            J(
                h,
                te + sec(r.uniform(0.0005, 0.004)),
                ORDERLY,
                f"info(message_bus): {idx(h)}: on_recv: from={peer('client', cid)} orderly shutdown",
            )
        t += sec(65 + r.uniform(-2, 4))
    # tb-2's clock
    t = drift[0] + sec(r.uniform(0, 5))
    while t < drift[1]:
        off = 1.3e6 + (t - drift[0]).total_seconds() * 1.21e6 * r.uniform(0.97, 1.03)
        J(
            "tb-2",
            t,
            "%d: system time is %s ahead, clamping system time to cluster time",
            f"error(clock): 2: system time is {zig_dur(off)} ahead, clamping system time to cluster time",
        )
        t += sec(r.uniform(9, 12))

    def stop_unit(h: str, t: datetime, cpu: str) -> datetime:
        t = sysd(h, t, "Stopping %s...", f"Stopping {TB_UNIT}...")
        t = sysd(
            h,
            t + sec(0.05),
            "Deactivated successfully.",
            "tigerbeetle.service: Deactivated successfully.",
        )
        t = sysd(h, t + sec(0.001), "Stopped %s.", f"Stopped {TB_UNIT}.")
        return sysd(
            h,
            t + sec(0.001),
            "Consumed %s CPU time.",
            f"tigerbeetle.service: Consumed {cpu} CPU time.",
        )

    def start_unit(h: str, t: datetime, behind: float) -> datetime:
        t = sysd(h, t, "Started %s.", f"Started {TB_UNIT}.")
        t = J(
            h,
            t + sec(0.02),
            'opening "%s"...',
            f'info(io): opening "/var/lib/tigerbeetle/0_{idx(h)}.tigerbeetle"...',
        )
        t = J(
            h,
            t + sec(r.uniform(0.5, 1.5)),
            "%d: cluster=%s: listening on %s",
            f"info(main): {idx(h)}: cluster={TB_CLUSTER}: listening on {TB_HOSTS[h][0]}:3000",
        )
        ready = t
        for o in TB_HOSTS:
            if idx(o) > idx(h):
                J(
                    h,
                    ready + sec(r.uniform(0.05, 0.4)),
                    CONNECTED,
                    f"info(message_bus): {idx(h)}: on_connect: connected to={idx(o)}",
                )
        tc = ready + sec(r.uniform(8, 12))
        ns = behind
        while ns > 1e6:
            J(
                h,
                tc,
                "%d: system time is %s behind, clamping system time to cluster time",
                f"error(clock): {idx(h)}: system time is {zig_dur(ns)} behind, clamping system time to cluster time",
            )
            tc += sec(r.uniform(9, 12))
            ns = ns * 1.0002 if tc < ready + sec(40) else 0
        return ready

    def connect_errors(
        src: str, to: str, t: datetime, until: datetime, err: str, gap: tuple[float, float]
    ) -> datetime:
        while t < until:
            J(
                src,
                t,
                CONN_ERR,
                f"warning(message_bus): {idx(src)}: on_connect: error to={idx(to)} {err}",
            )
            t += sec(r.uniform(*gap))
        return t

    # tb-1's host rebooted
    a, b = reboot1
    stop_unit("tb-1", a, "3d 4h 11min 52.310s")
    for o in ("tb-0", "tb-2"):
        J(
            o,
            a + sec(r.uniform(0.06, 0.2)),
            ORDERLY,
            f"info(message_bus): {idx(o)}: on_recv: from={peer('replica', 1)} orderly shutdown",
        )
    t = connect_errors(
        "tb-0",
        "tb-1",
        a + sec(r.uniform(0.8, 1.2)),
        a + sec(34),
        "error.ConnectionRefused",
        (0.9, 1.1),
    )
    t = connect_errors("tb-0", "tb-1", t, b - sec(4), "error.NetworkUnreachable", (3.0, 3.4))
    t = connect_errors("tb-0", "tb-1", t, b + sec(1.5), "error.ConnectionRefused", (0.9, 1.1))
    boot("tb-1", b - sec(6.5))
    pids["tb-1"] = 611
    ready = start_unit("tb-1", b, 8.031e8)
    J(
        "tb-0",
        ready + sec(r.uniform(0.3, 0.9)),
        CONNECTED,
        "info(message_bus): 0: on_connect: connected to=1",
    )
    # tb-0's host reset: a view change, tb-1 primary of view 4
    a, b = reset0
    for o in ("tb-1", "tb-2"):
        J(
            o,
            a + sec(r.uniform(9, 14)),
            RECV_ERR,
            f"warning(message_bus): {idx(o)}: on_recv: from={peer('replica', 0)} error.ConnectionTimedOut",
        )
    tv = a + sec(r.uniform(2.5, 3.5))
    J(
        "tb-1",
        tv,
        "%d: transition_to_normal_from_view_change_status: view=%d..%d primary",
        "info(replica): 1: transition_to_normal_from_view_change_status: view=4..4 primary",
    )
    J(
        "tb-2",
        tv + sec(r.uniform(0.01, 0.05)),
        "%d: transition_to_normal_from_view_change_status: view=%d..%d backup",
        "info(replica): 2: transition_to_normal_from_view_change_status: view=4..4 backup",
    )
    boot("tb-0", b - sec(7.2))
    pids["tb-0"] = 598
    start_unit("tb-0", b, 1.2117e9)
    # tb-2 cut off: both peers' connections fail
    a, b = part2
    for o in ("tb-0", "tb-1"):
        J(
            o,
            a + sec(r.uniform(0.1, 0.4)),
            RECV_ERR,
            f"warning(message_bus): {idx(o)}: on_recv: from={peer('replica', 2)} error.ConnectionResetByPeer",
        )
        connect_errors(
            o, "tb-2", a + sec(r.uniform(0.9, 1.2)), b, "error.ConnectionRefused", (0.95, 1.1)
        )
        J(
            o,
            b + sec(r.uniform(0.2, 1.0)),
            CONNECTED,
            f"info(message_bus): {idx(o)}: on_connect: connected to=2",
        )
    t = a + sec(r.uniform(10, 20))
    while t < b:
        J(
            "tb-2",
            t,
            "%d: no agreement on cluster time (partition or too many clock faults)",
            "error(clock): 2: no agreement on cluster time (partition or too many clock faults)",
        )
        t += sec(r.uniform(9, 12))
    return fs.logs(t0)


SYSTEMS = {
    "rqlite": rqlite,
    "immudb": immudb,
    "ferretdb": ferretdb,
    "keydb": keydb,
    "tigerbeetle": tigerbeetle,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
