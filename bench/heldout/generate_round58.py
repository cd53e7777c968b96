#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 58 (yugabytedb, hbase, alertmanager, tailscaled, mastodon)
into bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock). Five log shapes not yet covered:

- YugabyteDB 2.20, a yb-master's and five yb-tservers' glog INFO files (the glog header, then
  `I0604 06:00:01.123456 4321 file.cc:123] T <tablet> P <peer> [term N ROLE]: msg`, W/E/F
  levels): RocksDB flushes and compactions, WAL segment rolls, leader moves by the load
  balancer, two tablet splits, a slow disk (RPC timeouts, `UpdateReplica running for` with
  its stack), a tserver's WAL disk failing (a FATAL `Check failed:` with `*** Check failure
  stack trace: ***`), its tablets' elections, and re-replication by remote bootstrap.
- HBase 2.5.8, a master's and three RegionServers' logs (log4j2 `%d{ISO8601} %-5p [%t]
  %c{2}: %m%n`): flushes, compactions, WAL rolls, the balancer, two splits, a RegionServer's
  41 s GC pause, its ZooKeeper session expiring, the master's ServerCrashProcedure, the
  RegionServer aborting on `YouAreDeadException` (a Java stack with `Caused by:`), its restart.
- Prometheus Alertmanager 0.27, a cluster of three (go-kit logfmt, one at debug): alerts,
  flushes and notifications, a webhook receiver down (`Notify attempt failed, will retry
  later`, `Notify for alerts failed`), config reloads (one failing), maintenance, muted
  alerts, memberlist's own lines through a standard logger, a peer restarted.
- tailscaled 1.66 on two hosts (journald's short format): netcheck reports, WireGuard
  handshakes, a DERP region down, a laptop moving behind a hard NAT, a node key expiring.
- Mastodon 4.2: Puma with lograge and `[request-id]` tags (`web.log`), Sidekiq 7
  (`sidekiq.log`), the streaming server's npmlog (`streaming.log`): a remote instance down
  (deliveries failing and retried), Redis slow, a video's transcoding failing.

Label notes. The rules of rounds 51 to 57 hold. glog's header and YugabyteDB's `T %s P %s
[term %d %s]: ` prefix (LOG_WITH_PREFIX) and RocksDB's `[R]: ` are context; each glog header
line is a statement of its own; a `Status` text inside a message contributes its format
(`Status: Timed out (%s): UpdateConsensus RPC (request call id %d) to %s timed out after %s`);
`Time spent` is labelled with blanks where the program writes tabs (labels hold no tab). HBase's
thread and logger are context; a stack and its `Caused by:` chain belong to their line; a
procedure's toString contributes its format; `openSeqNum=` is an optional part of one
statement. Alertmanager's go-kit records are labelled by `msg` (its `err` and other keys are
attributes, as round 54's Loki), a record with no `msg` by its fixed keys and the literal
`received=` value; memberlist's line is labelled by memberlist's format. tailscaled's `[v1] `
and `[v2] ` are in the format strings (wording); a health warnable's text is its own label,
the warnable's name a value. Mastodon's lograge line is labelled by its key set (`location=`
and `error=` lines apart), the request-id tag is context; Sidekiq's lines as round 18's
(`start`, `done`, `fail`, the context JSON, the exception's `Class: message` format, the
backtrace part of it); an exception raised with `Delivery failed for %s: %s` contributes the
inner error's format; npmlog's level and prefix (the request id) are context.

Sources. Checked against public copies: Alertmanager's `Notify for alerts failed` (and its
debug level on a cancelled context) and the `%s/%s: notify retry canceled after %d attempts:
%s` error text from real logs; Kudu's and YugabyteDB's `Leader election won for term %d` and
the `T .. P .. [term N FOLLOWER]:` prefix in a real YugabyteDB log; HBase's `Finished memstore
flush` lineage (`..., compaction requested=%s`), `ABORTING region server` with
`YouAreDeadException`, `JvmPauseMonitor` and `Sleeper` lines and ZooKeeper's session timeout
from a real log; tailscaled's `magicsock: home is now derp-%v (%v)`, `derp-%d connected;
connGen=%d`, `adding connection to derp-%d for %v`, `endpoints changed`, `control: NetInfo:`,
`health(warnable=%s): ok` / `error: ...` (login-state, no-derp-connection texts), `Switching
ipn state`, `RegisterReq`, `disco: node [%s] ... now using`, `disco key changed`, netcheck's
`[v1] report:` from real journals; Mastodon's DeliveryWorker (`Delivery failed for #{inbox_url}:
#{e.message}`, Stoplight). The rest is from the helper's knowledge, not checked (least sure:
YugabyteDB's pre-election, split, master and remote bootstrap texts and source line numbers;
HBase 2.5's procedure, WAL splitting, compaction and balancer texts; Alertmanager's caller line
numbers, `Failed to create silence`, memberlist through `stdlib.go`; tailscaled's
open-conn-track, RATELIMIT, logtail and `derp does not know about peer` texts; Mastodon's
streaming texts in 4.2, `Unable to verify signature`, Paperclip's transcoder error). Run it only
to change the data on purpose: `python bench/heldout/generate_round58.py [SYSTEM ...]`.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round52 import Records, secs
from generate_round53 import Clock, ms3
from generate_round55 import at, poisson

# --------------------------------------------------------------------------------- yugabytedb

YB_VERSION = "version 2.20.4.0 build 29 revision 9d1a2c3e4f build_type RELEASE built at 10 May 2024 02:41:17 UTC"
YB_NODES = {
    "ts1": ("yb-node-1", "10.0.1.21", 4301),
    "ts2": ("yb-node-2", "10.0.1.22", 4288),
    "ts3": ("yb-node-3", "10.0.1.23", 4317),
    "ts4": ("yb-node-4", "10.0.1.24", 4295),
    "ts5": ("yb-node-5", "10.0.1.25", 4290),
}
YB_HEAD = "Log line format: [IWEF]mmdd hh:mm:ss.uuuuuu threadid file:line] msg"
YB_STACK = [
    "    @     0x7f3b2c4d1e2a  google::LogMessage::Fail()",
    "    @     0x7f3b2c4d5b11  google::LogMessage::SendToLog()",
    "    @     0x7f3b2c4d0d47  google::LogMessage::Flush()",
    "    @     0x7f3b2c4d2f8f  google::LogMessageFatal::~LogMessageFatal()",
    "    @     0x7f3b31a2c6f0  yb::log::Log::DoAppend()",
    "    @     0x7f3b31a2f1e4  yb::log::Log::AppendThread::DoWork()",
    "    @     0x7f3b2e18a3c9  yb::ThreadPool::DispatchThread()",
    "    @     0x7f3b2e17c4d2  yb::Thread::SuperviseThread()",
    "    @     0x7f3b2b6a1ea5  start_thread",
    "    @     0x7f3b2b3c6b0d  __clone",
]
YB_LONG_STACK = [
    "    @     0x7f3b2b6a8a35  __pthread_cond_timedwait",
    "    @     0x7f3b2e0f1c12  yb::ConditionVariable::WaitUntil()",
    "    @     0x7f3b31a2b8e1  yb::log::Log::WaitUntilAllFlushed()",
    "    @     0x7f3b31c4e3a0  yb::consensus::RaftConsensus::UpdateReplica()",
    "    @     0x7f3b31c51f77  yb::consensus::RaftConsensus::Update()",
    "    @     0x7f3b32a0c8d2  yb::tserver::ConsensusServiceImpl::UpdateConsensus()",
]


def yugabytedb(r: random.Random) -> list[Log]:
    """YugabyteDB 2.20 on five nodes (one master file, the leader's, and five tservers), 06:00 to
    12:10: RocksDB flushes and compactions and WAL segment rolls all along; the load balancer
    moving leaders; two tablet splits (08:05, 10:55); ts2's disk slow 09:00 to 09:12 (RPC
    timeouts to it, `UpdateReplica running for`, `Time spent`); ts3's WAL disk failing at
    10:20 (a FATAL with its stack, the file ends), its tablets' elections, the master marking
    it dead, the leaders removing it after 15 minutes and the master re-replicating onto the fifth
    by remote bootstrap."""
    clock = Clock(1)
    t0 = at(5, 59, 59)
    recs = {k: Records() for k in ["master", *YB_NODES]}
    uuid = {k: hexid(r, 32) for k in ["master", *YB_NODES]}
    tids = {k: r.randrange(4000, 9000) for k in recs}
    dead: dict[str, datetime] = {"ts3": at(10, 20, 4)}

    def gl(
        k: str,
        t: datetime,
        lvl: str,
        src: str,
        fmt: str,
        msg: str,
        pre: str = "",
        more: list[str] | None = None,
        tid: int | None = None,
    ) -> datetime:
        if k in dead and t >= dead[k]:
            return t
        t = clock.at(k, t)
        th = tid or tids[k] + r.randrange(0, 40)
        recs[k].add(
            t,
            [f"{lvl}{t:%m%d %H:%M:%S}.{t.microsecond:06d} {th} {src}] {pre}{msg}", *(more or [])],
            fmt,
        )
        return t

    servers = list(YB_NODES)
    tablets = []
    for i in range(15):
        reps = [servers[(i + j) % 5] for j in range(3)]
        tablets.append(
            {
                "id": hexid(r, 32),
                "reps": reps,
                "leader": reps[0],
                "term": r.randrange(2, 6),
                "job": 0,
            }
        )

    def tp(tb: dict, k: str, role: str | None = None) -> str:
        if role is None:
            return f"T {tb['id']} P {uuid[k]}: "
        return f"T {tb['id']} P {uuid[k]} [term {tb['term']} {role}]: "

    def flush(tb: dict, k: str, t: datetime) -> datetime:
        tb["job"] += 1
        job, table = tb["job"], r.randrange(10, 400)
        t = gl(
            k,
            t,
            "I",
            "flush_job.cc:301",
            "[%s] [JOB %d] Level-0 flush table #%lu: started",
            f"[default] [JOB {job}] Level-0 flush table #{table}: started",
            f"T {tb['id']} P {uuid[k]} [R]: ",
        )
        return gl(
            k,
            t + secs(r, 0.05, 0.8),
            "I",
            "flush_job.cc:330",
            "[%s] [JOB %d] Level-0 flush table #%lu: %lu bytes %s",
            f"[default] [JOB {job}] Level-0 flush table #{table}: {r.randrange(200_000, 9_000_000)} bytes OK",
            f"T {tb['id']} P {uuid[k]} [R]: ",
        )

    def compact(tb: dict, k: str, t: datetime) -> None:
        tb["job"] += 1
        job, n = tb["job"], r.randrange(3, 6)
        pre = f"T {tb['id']} P {uuid[k]} [R]: "
        t = gl(
            k,
            t,
            "I",
            "compaction_job.cc:1141",
            "[%s] [JOB %d] Compacting %d@%d files to L%d, score %.2f",
            f"[default] [JOB {job}] Compacting {n}@0 files to L0, score {r.uniform(1, 2):.2f}",
            pre,
        )
        out = r.randrange(4_000_000, 40_000_000)
        t = gl(
            k,
            t + secs(r, 0.5, 6),
            "I",
            "compaction_job.cc:955",
            "[%s] [JOB %d] Generated table #%lu: %lu keys, %lu bytes",
            f"[default] [JOB {job}] Generated table #{r.randrange(400, 900)}: {r.randrange(20000, 400000)} keys, {out} bytes",
            pre,
        )
        mb = out / 1e6
        gl(
            k,
            t + secs(r, 0.001, 0.01),
            "I",
            "compaction_job.cc:583",
            "[%s] compacted to: %s, MB/sec: %.1f rd, %.1f wr, level %d, files in(%d, %d) out(%d) MB in(%.1f, %.1f) out(%.1f), read-write-amplify(%.1f) write-amplify(%.1f) %s, records in: %d, records dropped: %d",
            f"[default] compacted to: files[1] max score 0.25, MB/sec: {r.uniform(20, 90):.1f} rd, {r.uniform(20, 90):.1f} wr, level 0, files in({n}, 0) out(1) MB in({mb * 1.3:.1f}, 0.0) out({mb:.1f}), read-write-amplify({r.uniform(1.8, 2.4):.1f}) write-amplify({r.uniform(0.7, 1.0):.1f}) OK, records in: {r.randrange(400000, 900000)}, records dropped: {r.randrange(1000, 90000)}",
            pre,
        )

    def roll(tb: dict, k: str, t: datetime, seg: int) -> None:
        pre = tp(tb, k)
        t = gl(
            k,
            t,
            "I",
            "log.cc:1214",
            "Max segment size reached. Starting new segment allocation",
            "Max segment size reached. Starting new segment allocation",
            pre,
        )
        gl(
            k,
            t + secs(r, 0.01, 0.2),
            "I",
            "log.cc:1085",
            "Rolled over to a new log segment at %s",
            f"Rolled over to a new log segment at /mnt/d0/yb-data/tserver/wals/table-000033e8000030008000000000004000/tablet-{tb['id']}/wal-{seg:09d}",
            pre,
        )

    # the glog header of each file (the files rotated at 05:59:59)
    for k in recs:
        host = YB_NODES[k][0] if k != "master" else "yb-node-1"
        for fmt, msg in (
            ("Log file created at: %s", f"Log file created at: {t0:%Y/%m/%d %H:%M:%S}"),
            ("Running on machine: %s", f"Running on machine: {host}.yugabyte.internal"),
            ("Application fingerprint: %s", f"Application fingerprint: {YB_VERSION}"),
            (
                "Running duration (h:mm:ss): %s",
                f"Running duration (h:mm:ss): {r.randrange(90, 300)}:{r.randrange(0, 60):02d}:{r.randrange(0, 60):02d}",
            ),
            (YB_HEAD, YB_HEAD),
        ):
            recs[k].add(t0, [msg], fmt)

    end = at(12, 10)
    # steady state: flushes, compactions, log rolls
    for tb in tablets:
        seg = r.randrange(20, 90)
        for k in tb["reps"]:
            for n, t in enumerate(poisson(r, t0 + secs(r, 10, 600), end, 1900), 1):
                flush(tb, k, t)
                if n % 4 == 0:
                    compact(tb, k, t + secs(r, 1, 20))
        for t in poisson(r, t0 + secs(r, 10, 600), end, 1500):
            seg += 1
            roll(
                tb,
                tb["leader"] if tb["leader"] != "ts3" or t < dead["ts3"] else tb["reps"][1],
                t,
                seg,
            )

    def election(tb: dict, t: datetime, cand: str, why: str, old: str | None) -> datetime:
        voters = [k for k in tb["reps"] if k != cand and (k not in dead or t < dead[k])]
        if why == "failure":
            t = gl(
                cand,
                t,
                "I",
                "raft_consensus.cc:613",
                "Fail of leader %s detected. Triggering leader pre-election, mode=%s",
                f"Fail of leader {uuid[old]} detected. Triggering leader pre-election, mode=NORMAL_ELECTION",
                tp(tb, cand, "FOLLOWER"),
            )
        else:
            t = gl(
                cand,
                t,
                "I",
                "raft_consensus.cc:1041",
                "Received RunLeaderElection RPC for tablet %s from %s",
                f"Received RunLeaderElection RPC for tablet {tb['id']} from {uuid[old]}",
                tp(tb, cand, "FOLLOWER"),
            )
        for v in voters:
            gl(
                v,
                t + secs(r, 0.002, 0.02),
                "I",
                "raft_consensus.cc:3157",
                "Pre-election. Granting vote for candidate %s in term %d",
                f"Pre-election. Granting vote for candidate {uuid[cand]} in term {tb['term'] + 1}",
                tp(tb, v, "FOLLOWER"),
            )
        t += secs(r, 0.01, 0.05)
        t = gl(
            cand,
            t,
            "I",
            "leader_election.cc:244",
            "Term %d pre-election: Election decided. Result: candidate won.",
            f"Term {tb['term'] + 1} pre-election: Election decided. Result: candidate won.",
            f"T {tb['id']} P {uuid[cand]} [CANDIDATE]: ",
        )
        t = gl(
            cand,
            t,
            "I",
            "raft_consensus.cc:3367",
            "Leader pre-election won for term %d",
            f"Leader pre-election won for term {tb['term'] + 1}",
            tp(tb, cand, "FOLLOWER"),
        )
        tb["term"] += 1
        t = gl(
            cand,
            t,
            "I",
            "raft_consensus.cc:687",
            "Advancing to term %d",
            f"Advancing to term {tb['term']}",
            tp(tb, cand, "CANDIDATE"),
        )
        for v in voters:
            gl(
                v,
                t + secs(r, 0.002, 0.02),
                "I",
                "raft_consensus.cc:3196",
                "Leader election vote request: Granting yes vote for candidate %s in term %d.",
                f"Leader election vote request: Granting yes vote for candidate {uuid[cand]} in term {tb['term']}.",
                tp(tb, v, "FOLLOWER"),
            )
        t += secs(r, 0.01, 0.05)
        t = gl(
            cand,
            t,
            "I",
            "leader_election.cc:244",
            "Term %d election: Election decided. Result: candidate won.",
            f"Term {tb['term']} election: Election decided. Result: candidate won.",
            f"T {tb['id']} P {uuid[cand]} [CANDIDATE]: ",
        )
        t = gl(
            cand,
            t,
            "I",
            "raft_consensus.cc:3388",
            "Leader election won for term %d",
            f"Leader election won for term {tb['term']}",
            tp(tb, cand, "CANDIDATE"),
        )
        t = gl(
            cand,
            t,
            "I",
            "raft_consensus.cc:743",
            "Becoming Leader. State: %s",
            f"Becoming Leader. State: Replica: {uuid[cand]}, State: Running, Role: LEADER",
            tp(tb, cand, "LEADER"),
        )
        tb["leader"] = cand
        gl(
            "master",
            t + secs(r, 0.3, 1.2),
            "I",
            "catalog_manager.cc:6248",
            "Tablet %s reported consensus state change. New leader %s in term %d",
            f"Tablet {tb['id']} reported consensus state change. New leader {uuid[cand]} in term {tb['term']}",
            "",
        )
        return t

    # the load balancer moving leaders
    for t in poisson(r, at(6, 20), at(10, 0), 1500):
        tb = r.choice([x for x in tablets if x["leader"] != "ts3"])
        new = r.choice([k for k in tb["reps"] if k != tb["leader"]])
        old = tb["leader"]
        t = gl(
            "master",
            t,
            "I",
            "cluster_balance.cc:1437",
            "Moving leader of %s from TS %s to %s",
            f"Moving leader of {tb['id']} from TS {uuid[old]} to {uuid[new]}",
            "",
        )
        t = gl(
            old,
            t + secs(r, 0.01, 0.1),
            "I",
            "raft_consensus.cc:981",
            "Transferring leadership to %s",
            f"Transferring leadership to {uuid[new]}",
            tp(tb, old, "LEADER"),
        )
        election(tb, t + secs(r, 0.01, 0.1), new, "stepdown", old)

    # tablet splits
    for ts in (at(8, 5, 12), at(10, 55, 40)):
        tb = tablets[r.randrange(0, 15)] if ts.hour == 8 else tablets[5]
        size = r.randrange(10_800_000_000, 12_000_000_000)
        t = gl(
            "master",
            ts,
            "I",
            "tablet_split_manager.cc:401",
            "Scheduling split for tablet %s of table %s: size %d bytes exceeds threshold %d",
            f"Scheduling split for tablet {tb['id']} of table yugabyte.orders: size {size} bytes exceeds threshold 10737418240",
            "",
        )
        kids = [hexid(r, 32), hexid(r, 32)]
        key = f"0x{r.randrange(0x1000, 0xFFFF):04X}"
        t = gl(
            "master",
            t + secs(r, 0.1, 0.5),
            "I",
            "catalog_manager.cc:3012",
            "Starting tablet split: %s by partition key: %s",
            f"Starting tablet split: {tb['id']} by partition key: {key}",
            "",
        )
        for k in tb["reps"]:
            if k in dead and t >= dead[k]:
                continue
            tk = gl(
                k,
                t + secs(r, 0.3, 1.5),
                "I",
                "tablet.cc:3801",
                "Split operation: creating child tablets %s and %s at partition key %s",
                f"Split operation: creating child tablets {kids[0]} and {kids[1]} at partition key {key}",
                tp(tb, k),
            )
            for kid in kids:
                tk = gl(
                    k,
                    tk + secs(r, 0.01, 0.2),
                    "I",
                    "ts_tablet_manager.cc:1620",
                    "Registered tablet %s",
                    f"Registered tablet {kid}",
                    "",
                )
                ktb = {"id": kid}
                tk = gl(
                    k,
                    tk + secs(r, 0.01, 0.1),
                    "I",
                    "tablet_bootstrap.cc:432",
                    "Bootstrap starting.",
                    "Bootstrap starting.",
                    tp(ktb, k),
                )
                tk = gl(
                    k,
                    tk + secs(r, 0.05, 0.4),
                    "I",
                    "tablet_bootstrap.cc:601",
                    "Bootstrap complete.",
                    "Bootstrap complete.",
                    tp(ktb, k),
                )
                gl(
                    k,
                    tk + secs(r, 0.01, 0.1),
                    "I",
                    "raft_consensus.cc:358",
                    "Replica starting. Triggering %d pending operations. Active config: %s",
                    f"Replica starting. Triggering 0 pending operations. Active config: opid_index: -1 peers {{ {', '.join(uuid[x] for x in tb['reps'])} }}",
                    f"T {kid} P {uuid[k]} [term 0 FOLLOWER]: ",
                )
        t += secs(r, 2, 4)
        gl(
            "master",
            t + secs(r, 1, 3),
            "I",
            "catalog_manager.cc:3190",
            "Tablet %s split into %s and %s",
            f"Tablet {tb['id']} split into {kids[0]} and {kids[1]}",
            "",
        )
        for k in tb["reps"]:
            if k not in dead or t < dead[k]:
                gl(
                    k,
                    t + secs(r, 5, 12),
                    "I",
                    "ts_tablet_manager.cc:1921",
                    "Deleting tablet data with delete state %s",
                    "Deleting tablet data with delete state TABLET_DATA_DELETED",
                    tp(tb, k),
                )

    # ts2's disk slow 09:00 to 09:12: RPC timeouts to it
    call = iter(range(880213, 990000))
    for t in poisson(r, at(9, 0, 14), at(9, 12), 9):
        tb = r.choice([x for x in tablets if "ts2" in x["reps"] and x["leader"] != "ts2"])
        gl(
            tb["leader"],
            t,
            "W",
            "consensus_peers.cc:545",
            "Couldn't send request to peer %s. Status: Timed out (%s): UpdateConsensus RPC (request call id %d) to %s timed out after %s. Retrying in the next heartbeat period. Already tried %d times.",
            f"Couldn't send request to peer {uuid['ts2']}. Status: Timed out (yb/rpc/outbound_call.cc:615): UpdateConsensus RPC (request call id {next(call)}) to 10.0.1.22:9100 timed out after 3.000s. Retrying in the next heartbeat period. Already tried {r.randrange(1, 9)} times.",
            tp(tb, tb["leader"], "LEADER"),
        )
    for t in poisson(r, at(9, 0, 30), at(9, 12), 40):
        tb = r.choice([x for x in tablets if "ts2" in x["reps"]])
        th = r.randrange(4100, 4400)
        gl(
            "ts2",
            t,
            "W",
            "long_operation_tracker.cc:114",
            "UpdateReplica running for %s in thread %d:",
            f"UpdateReplica running for {r.uniform(1, 9):.3f}s in thread {th}:",
            "",
            YB_LONG_STACK,
            th,
        )
        gl(
            "ts2",
            t + secs(r, 0.5, 3),
            "W",
            "log.cc:1478",
            "Time spent Append to log: real %.3fs user %.3fs sys %.3fs",
            f"Time spent Append to log: real {r.uniform(1, 8):.3f}s\tuser {r.uniform(0, 0.01):.3f}s\tsys {r.uniform(0, 0.01):.3f}s",
            tp(tb, "ts2"),
        )
    for t in poisson(r, at(9, 1), at(9, 11), 35):
        gl(
            "master",
            t,
            "W",
            "master_rpc.cc:112",
            "Call to %s timed out: %s",
            f"Call to 10.0.1.22:9100 timed out: Timed out (yb/rpc/outbound_call.cc:615): GetTabletStatus RPC (request call id {next(call)}) to 10.0.1.22:9100 timed out after 10.000s",
            "",
        )

    # ts3's WAL disk fails at 10:20
    t = at(10, 20, 3)
    tb3 = [x for x in tablets if "ts3" in x["reps"]]
    gl(
        "ts3",
        t - secs(r, 0.1, 0.5),
        "E",
        "log.cc:1391",
        "Error appending to the log: %s",
        f"Error appending to the log: IO error (yb/util/env_posix.cc:352): /mnt/d1/yb-data/tserver/wals/table-000033e8000030008000000000004000/tablet-{tb3[0]['id']}/wal-000000131: Input/output error (system error 5)",
        tp(tb3[0], "ts3"),
    )
    gl(
        "ts3",
        t,
        "F",
        "log.cc:1396",
        "Check failed: _s.ok() Bad status: IO error (%s): %s: Input/output error (system error 5)",
        f"Check failed: _s.ok() Bad status: IO error (yb/util/env_posix.cc:352): /mnt/d1/yb-data/tserver/wals/table-000033e8000030008000000000004000/tablet-{tb3[0]['id']}/wal-000000131: Input/output error (system error 5)",
        "",
        ["*** Check failure stack trace: ***", *YB_STACK],
    )
    for tb in tb3:
        if tb["leader"] == "ts3":
            cand = [k for k in tb["reps"] if k != "ts3"][r.randrange(0, 2)]
            election(tb, t + secs(r, 2.5, 6), cand, "failure", "ts3")
    for tb in tb3:
        for tt in poisson(r, t + secs(r, 1, 3), at(10, 35, 30), 60):
            gl(
                tb["leader"],
                tt,
                "W",
                "consensus_peers.cc:545",
                "Couldn't send request to peer %s. Status: Network error (%s): connect error: Connection refused (system error 111). Retrying in the next heartbeat period. Already tried %d times.",
                f"Couldn't send request to peer {uuid['ts3']}. Status: Network error (yb/util/net/socket.cc:540): connect error: Connection refused (system error 111). Retrying in the next heartbeat period. Already tried {r.randrange(10, 4000)} times.",
                tp(tb, tb["leader"], "LEADER"),
            )
    gl(
        "master",
        t + timedelta(seconds=61),
        "W",
        "ts_manager.cc:258",
        "Marking tablet server %s (%s) as dead: no heartbeat for %s",
        f"Marking tablet server {uuid['ts3']} (10.0.1.23:9100) as dead: no heartbeat for 60.412s",
        "",
    )
    for tt in poisson(r, t + timedelta(seconds=70), at(10, 36), 90):
        tb = r.choice(tb3)
        live = len([k for k in tb["reps"] if k != "ts3"])
        gl(
            "master",
            tt,
            "W",
            "catalog_manager.cc:10811",
            "Tablet %s is under-replicated: %d of %d replicas live",
            f"Tablet {tb['id']} is under-replicated: {live} of 3 replicas live",
            "",
        )
    t = at(10, 35, 5)
    for tb in tb3:
        ld = tb["leader"]
        tt = gl(
            ld,
            t + secs(r, 0, 20),
            "W",
            "consensus_queue.cc:1307",
            "Leader has been unable to successfully communicate with peer %s for more than %d seconds (%s)",
            f"Leader has been unable to successfully communicate with peer {uuid['ts3']} for more than 900 seconds ({r.uniform(900, 915):.3f}s)",
            tp(tb, ld, "LEADER"),
        )
        tt = gl(
            ld,
            tt + secs(r, 0.01, 0.1),
            "I",
            "raft_consensus.cc:1713",
            "Attempting to remove follower %s from the Raft config. Reason: %s",
            f"Attempting to remove follower {uuid['ts3']} from the Raft config. Reason: Leader has been unable to successfully communicate with peer {uuid['ts3']} for more than 900 seconds",
            tp(tb, ld, "LEADER"),
        )
        tt = gl(
            ld,
            tt + secs(r, 0.05, 0.3),
            "I",
            "raft_consensus.cc:2719",
            "Committing config change with OpId %s: %s",
            f"Committing config change with OpId {tb['term']}.{r.randrange(10000, 90000)}: REMOVE_SERVER {uuid['ts3']}",
            tp(tb, ld, "LEADER"),
        )
        tb["reps"] = [k for k in tb["reps"] if k != "ts3"]
        new = next(k for k in servers if k != "ts3" and k not in tb["reps"])
        tb["new"] = new
        tt = gl(
            "master",
            tt + secs(r, 2, 10),
            "I",
            "async_rpc_tasks.cc:1128",
            "Sending ADD_SERVER ChangeConfig for tablet %s to leader %s: adding %s",
            f"Sending ADD_SERVER ChangeConfig for tablet {tb['id']} to leader {uuid[ld]}: adding {uuid[new]}",
            "",
        )
        tt = gl(
            new,
            tt + secs(r, 0.3, 2),
            "I",
            "remote_bootstrap_client.cc:288",
            "Beginning remote bootstrap session from remote peer at address %s",
            f"Beginning remote bootstrap session from remote peer at address {YB_NODES[ld][1]}:9100",
            f"T {tb['id']} P {uuid[new]}: ",
        )
        n = r.randrange(6, 20)
        tt = gl(
            new,
            tt + secs(r, 0.1, 1),
            "I",
            "remote_bootstrap_client.cc:580",
            "Downloading %d RocksDB files from remote peer",
            f"Downloading {n} RocksDB files from remote peer",
            f"T {tb['id']} P {uuid[new]}: ",
        )
        tt = gl(
            new,
            tt + secs(r, 20, 90),
            "I",
            "remote_bootstrap_client.cc:411",
            "Remote bootstrap complete. Replacing tablet superblock.",
            "Remote bootstrap complete. Replacing tablet superblock.",
            f"T {tb['id']} P {uuid[new]}: ",
        )
        tt = gl(
            new,
            tt + secs(r, 0.05, 0.2),
            "I",
            "tablet_bootstrap.cc:432",
            "Bootstrap starting.",
            "Bootstrap starting.",
            f"T {tb['id']} P {uuid[new]}: ",
        )
        tt = gl(
            new,
            tt + secs(r, 0.3, 2),
            "I",
            "tablet_bootstrap.cc:601",
            "Bootstrap complete.",
            "Bootstrap complete.",
            f"T {tb['id']} P {uuid[new]}: ",
        )
        tb["reps"].append(new)
        gl(
            "master",
            tt + secs(r, 1, 3),
            "I",
            "async_rpc_tasks.cc:1163",
            "ChangeConfig for tablet %s completed: %s added as %s",
            f"ChangeConfig for tablet {tb['id']} completed: {uuid[new]} added as PRE_VOTER",
            "",
        )
        t += secs(r, 5, 40)
    for tb in tb3:
        for tt in poisson(r, at(10, 40), end, 1900):
            flush(tb, tb["new"], tt)

    names = {
        k: f"yb-tserver.{YB_NODES[k][0]}.yugabyte.log.INFO.20240604-055959.{YB_NODES[k][2]}"
        for k in YB_NODES
    }
    names["master"] = "yb-master.yb-node-1.yugabyte.log.INFO.20240604-055959.4112"
    return [recs[k].into(Log(names[k], t0)) for k in recs]


# --------------------------------------------------------------------------------- hbase

HB_RS = {
    "rs1": "hb-rs1.example.internal",
    "rs2": "hb-rs2.example.internal",
    "rs3": "hb-rs3.example.internal",
}
HB_START = {"rs1": 1717312201123, "rs2": 1717312203456, "rs3": 1717312202789}
HB_MASTER = "hb-master1.example.internal,16000,1717312190011"
HB_DEAD_FRAMES = [
    "\tat sun.reflect.NativeConstructorAccessorImpl.newInstance0(Native Method)",
    "\tat sun.reflect.NativeConstructorAccessorImpl.newInstance(NativeConstructorAccessorImpl.java:62)",
    "\tat sun.reflect.DelegatingConstructorAccessorImpl.newInstance(DelegatingConstructorAccessorImpl.java:45)",
    "\tat java.lang.reflect.Constructor.newInstance(Constructor.java:423)",
    "\tat org.apache.hadoop.hbase.ipc.RemoteWithExtrasException.instantiateException(RemoteWithExtrasException.java:97)",
    "\tat org.apache.hadoop.hbase.ipc.RemoteWithExtrasException.unwrapRemoteException(RemoteWithExtrasException.java:87)",
    "\tat org.apache.hadoop.hbase.shaded.protobuf.ProtobufUtil.makeIOExceptionOfException(ProtobufUtil.java:375)",
    "\tat org.apache.hadoop.hbase.shaded.protobuf.ProtobufUtil.handleRemoteException(ProtobufUtil.java:363)",
    "\tat org.apache.hadoop.hbase.regionserver.HRegionServer.tryRegionServerReport(HRegionServer.java:1232)",
    "\tat org.apache.hadoop.hbase.regionserver.HRegionServer.run(HRegionServer.java:1049)",
    "\tat java.lang.Thread.run(Thread.java:750)",
]
HB_CAUSED_FRAMES = [
    "\tat org.apache.hadoop.hbase.master.ServerManager.checkIsDead(ServerManager.java:401)",
    "\tat org.apache.hadoop.hbase.master.ServerManager.regionServerReport(ServerManager.java:299)",
    "\tat org.apache.hadoop.hbase.master.MasterRpcServices.regionServerReport(MasterRpcServices.java:614)",
    "\tat org.apache.hadoop.hbase.shaded.protobuf.generated.RegionServerStatusProtos$RegionServerStatusService$2.callBlockingMethod(RegionServerStatusProtos.java:17335)",
    "\tat org.apache.hadoop.hbase.ipc.RpcServer.call(RpcServer.java:415)",
    "\tat org.apache.hadoop.hbase.ipc.CallRunner.run(CallRunner.java:124)",
    "\tat org.apache.hadoop.hbase.ipc.RpcHandler.run(RpcHandler.java:102)",
    "\tat org.apache.hadoop.hbase.ipc.RpcHandler.run(RpcHandler.java:82)",
]
HB_WAL_FRAMES = [
    "\tat org.apache.hadoop.hbase.regionserver.wal.AsyncFSWAL.sync(AsyncFSWAL.java:650)",
    "\tat org.apache.hadoop.hbase.regionserver.wal.AbstractFSWAL.blockOnSync(AbstractFSWAL.java:869)",
    "\tat org.apache.hadoop.hbase.regionserver.HRegion.sync(HRegion.java:8958)",
    "\tat org.apache.hadoop.hbase.regionserver.HRegion.doMiniBatchMutate(HRegion.java:4435)",
    "\tat org.apache.hadoop.hbase.regionserver.HRegion.batchMutate(HRegion.java:4336)",
    "\tat org.apache.hadoop.hbase.regionserver.RSRpcServices.doBatchOp(RSRpcServices.java:1039)",
    "\tat org.apache.hadoop.hbase.ipc.RpcServer.call(RpcServer.java:415)",
    "\tat org.apache.hadoop.hbase.ipc.CallRunner.run(CallRunner.java:124)",
]


def hb_size(n: int) -> str:
    for unit, div in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if n >= div:
            return f"{n / div:.2f} {unit}"
    return f"{n} B"


def hbase(r: random.Random) -> list[Log]:
    """HBase 2.5.8 on a master and three RegionServers, 06:00 to 12:00 (log4j2's `%d{ISO8601}
    %-5p [%t] %c{2}: %m%n`): memstore flushes with their store files, minor compactions, WAL
    rolls and archiving, the balancer every five minutes; two region splits (a master
    procedure); rs2's JVM paused 41 s by a full GC at 09:40 (`JvmPauseMonitor`, `Sleeper`), its
    ZooKeeper session expired, the master's ServerCrashProcedure splitting its WALs and
    reassigning its regions, rs2's next report rejected (`YouAreDeadException` with its
    `Caused by:` chain) and rs2 aborting; rs2 restarted at 09:52 and regions balanced back."""
    clock = Clock(1000)
    t0, end = at(6, 0), at(12, 0)
    recs = {k: Records() for k in ["master", *HB_RS]}
    dead: dict[str, tuple[datetime, datetime]] = {"rs2": (at(9, 40, 31), at(9, 52, 10))}

    def alive(k: str, t: datetime) -> bool:
        return k not in dead or not (dead[k][0] <= t < dead[k][1])

    def lg(
        k: str,
        t: datetime,
        lvl: str,
        thread: str,
        logger: str,
        fmt: str,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        if not alive(k, t):
            return t
        t = clock.at((k, thread), t)
        recs[k].add(
            t,
            [f"{t:%Y-%m-%d %H:%M:%S},{ms3(t)} {lvl:<5} [{thread}] {logger}: {msg}", *(more or [])],
            fmt,
        )
        return t

    def sname(k: str) -> str:
        return f"{HB_RS[k]},16020,{HB_START[k]}"

    regions = []
    for i in range(18):
        start = "" if i == 0 else f"user{i * 555:04d}"
        regions.append(
            {
                "enc": hexid(r, 32),
                "start": start,
                "ts": 1717312100000 + r.randrange(0, 99999),
                "rs": ["rs1", "rs2", "rs3"][i % 3],
                "seq": r.randrange(100000, 900000),
                "files": r.randrange(2, 4),
            }
        )

    def rname(rg: dict) -> str:
        return f"usertable,{rg['start']},{rg['ts']}.{rg['enc']}."

    pids = iter(range(4321, 9999))

    def flush(rg: dict, t: datetime) -> None:
        k = rg["rs"]
        if not alive(k, t):
            return
        th = f"MemStoreFlusher.{r.randrange(0, 2)}"
        size = r.randrange(40 << 20, 128 << 20)
        heap = int(size * 1.08)
        t = lg(
            k,
            t,
            "INFO",
            th,
            "regionserver.HRegion",
            "Flushing %s %d/%d column families, dataSize=%s heapSize=%s",
            f"Flushing {rg['enc']} 1/1 column families, dataSize={hb_size(size)} heapSize={hb_size(heap)}",
        )
        rg["seq"] += r.randrange(20000, 90000)
        f = hexid(r, 32)
        tmp = f"hdfs://hb-nn1:8020/hbase/data/default/usertable/{rg['enc']}/.tmp/cf/{f}"
        took = r.randrange(300, 2500)
        t = lg(
            k,
            t + timedelta(milliseconds=took * 0.9),
            "INFO",
            th,
            "regionserver.DefaultStoreFlusher",
            "Flushed memstore data size=%s at sequenceid=%d (bloomFilter=%s), to=%s",
            f"Flushed memstore data size={hb_size(size)} at sequenceid={rg['seq']} (bloomFilter=true), to={tmp}",
        )
        fs = int(size * r.uniform(0.3, 0.5))
        t = lg(
            k,
            t + secs(r, 0.01, 0.05),
            "INFO",
            th,
            "regionserver.HStore",
            "Added %s, entries=%d, sequenceid=%d, filesize=%s",
            f"Added hdfs://hb-nn1:8020/hbase/data/default/usertable/{rg['enc']}/cf/{f}, entries={r.randrange(100000, 900000)}, sequenceid={rg['seq']}, filesize={hb_size(fs)}",
        )
        rg["files"] += 1
        creq = rg["files"] >= 3
        lg(
            k,
            t + secs(r, 0.001, 0.01),
            "INFO",
            th,
            "regionserver.HRegion",
            "Finished flush of dataSize ~%s/%d, heapSize ~%s/%d, currentSize=%s/%d for %s in %dms, sequenceid=%d, compaction requested=%s",
            f"Finished flush of dataSize ~{hb_size(size)}/{size}, heapSize ~{hb_size(heap)}/{heap}, currentSize={hb_size(size // 40)}/{size // 40} for {rg['enc']} in {took}ms, sequenceid={rg['seq']}, compaction requested={str(creq).lower()}",
        )
        if creq:
            compact(rg, t + secs(r, 0.05, 2))

    def compact(rg: dict, t: datetime) -> None:
        k, n = rg["rs"], rg["files"]
        th = f"regionserver/{HB_RS[k]}:16020-shortCompactions-{r.randrange(0, 3)}"
        total = r.randrange(60 << 20, 300 << 20)
        t = lg(
            k,
            t,
            "INFO",
            th,
            "regionserver.HRegion",
            "Starting compaction of %s in %s",
            f"Starting compaction of cf in {rname(rg)}",
        )
        t = lg(
            k,
            t + secs(r, 0.001, 0.01),
            "INFO",
            th,
            "regionserver.HStore",
            "Starting compaction of %d files in %s of %s into tmpdir=%s, totalSize=%s",
            f"Starting compaction of {n} files in cf of {rname(rg)} into tmpdir=hdfs://hb-nn1:8020/hbase/data/default/usertable/{rg['enc']}/.tmp, totalSize={hb_size(total)}",
        )
        took = r.uniform(1.5, 25)
        out = int(total * r.uniform(0.8, 0.97))
        t = lg(
            k,
            t + timedelta(seconds=took),
            "INFO",
            th,
            "regionserver.HStore",
            "Completed compaction of %d file(s) in %s of %s into %s(size=%s), total size for store is %s. This selection was in queue for %s, and took %s to execute.",
            f"Completed compaction of {n} file(s) in cf of {rname(rg)} into {hexid(r, 32)}(size={hb_size(out)}), total size for store is {hb_size(out + r.randrange(1 << 30, 3 << 30))}. This selection was in queue for 0sec, and took {took:.0f}sec to execute.",
        )
        lg(
            k,
            t + secs(r, 0.001, 0.01),
            "INFO",
            th,
            "regionserver.CompactSplit",
            "Completed compaction %s; duration=%s",
            f"Completed compaction region={rname(rg)}, storeName={rg['enc']}/cf, priority={r.randrange(3, 12)}, startTime={int(t.timestamp() * 1000) - int(took * 1000)}; duration={took:.0f}sec",
        )
        rg["files"] = 1

    # the RegionServers' steady work
    for rg in regions:
        for t in poisson(r, t0, end, 1500):
            flush(rg, t)
    wal_seq = {k: 1717477000000 + r.randrange(0, 999999) for k in HB_RS}
    for k in HB_RS:
        for t in poisson(r, t0 + secs(r, 60, 900), end, 2400):
            if not alive(k, t):
                continue
            old = f"hdfs://hb-nn1:8020/hbase/WALs/{sname(k)}/{HB_RS[k]}%2C16020%2C{HB_START[k]}.{wal_seq[k]}"
            wal_seq[k] = int(t.timestamp() * 1000)
            new = f"hdfs://hb-nn1:8020/hbase/WALs/{sname(k)}/{HB_RS[k]}%2C16020%2C{HB_START[k]}.{wal_seq[k]}"
            th = f"regionserver/{HB_RS[k]}:16020.logRoller"
            tt = lg(
                k,
                t,
                "INFO",
                th,
                "wal.AbstractFSWAL",
                "Rolled WAL %s with entries=%d, filesize=%s; new WAL %s",
                f"Rolled WAL {old} with entries={r.randrange(50000, 400000)}, filesize={hb_size(r.randrange(100 << 20, 256 << 20))}; new WAL {new}",
            )
            if r.random() < 0.6:
                lg(
                    k,
                    tt + secs(r, 0.1, 2),
                    "INFO",
                    f"AsyncFSWAL-0-hdfs://hb-nn1:8020/hbase-prefix:{sname(k)}",
                    "wal.AbstractFSWAL",
                    "Archiving %s to %s",
                    f"Archiving {old} to hdfs://hb-nn1:8020/hbase/oldWALs/{old.rsplit('/', 1)[1]}",
                )
    crash = at(9, 40, 31)
    bal = t0 + secs(r, 30, 200)
    while bal < end:
        th = "master/hb-master1:16000.Chore.1"
        if crash + timedelta(seconds=40) < bal < crash + timedelta(minutes=4):
            lg(
                "master",
                bal,
                "INFO",
                th,
                "master.HMaster",
                "Not running balancer because %d region(s) in transition: %s",
                f"Not running balancer because {r.randrange(2, 6)} region(s) in transition: [{{{regions[1]['enc']} state=OPENING, ts={int(bal.timestamp() * 1000)}, server={sname('rs1')}}}]",
            )
        elif not (at(9, 52, 20) < bal < at(9, 58)):
            lg(
                "master",
                bal,
                "INFO",
                th,
                "balancer.StochasticLoadBalancer",
                "Skipping load balancing because weighted average imbalance=%f <= threshold(%f). If you want more balanced cluster, setting 'hbase.master.balancer.stochastic.minCostNeedBalance' a lower value",
                f"Skipping load balancing because weighted average imbalance={r.uniform(0.0001, 0.02):.6f} <= threshold(0.025000). If you want more balanced cluster, setting 'hbase.master.balancer.stochastic.minCostNeedBalance' a lower value",
            )
        bal += timedelta(minutes=5) + secs(r, 0, 0.05)

    def assign(rg: dict, t: datetime, to: str, ppid: int) -> datetime:
        pid = next(pids)
        th = f"PEWorker-{r.randrange(1, 17)}"
        t = lg(
            "master",
            t,
            "INFO",
            th,
            "procedure2.ProcedureExecutor",
            "Initialized subprocedures=[{pid=%d, ppid=%d, state=RUNNABLE:REGION_STATE_TRANSITION_GET_ASSIGN_CANDIDATE; TransitRegionStateProcedure table=%s, region=%s, ASSIGN}]",
            f"Initialized subprocedures=[{{pid={pid}, ppid={ppid}, state=RUNNABLE:REGION_STATE_TRANSITION_GET_ASSIGN_CANDIDATE; TransitRegionStateProcedure table=usertable, region={rg['enc']}, ASSIGN}}]",
        )
        t = lg(
            "master",
            t + secs(r, 0.01, 0.2),
            "INFO",
            th,
            "assignment.RegionStateStore",
            "pid=%d updating hbase:meta row=%s, regionState=%s, regionLocation=%s",
            f"pid={pid} updating hbase:meta row={rg['enc']}, regionState=OPENING, regionLocation={sname(to)}",
        )
        tk = lg(
            to,
            t + secs(r, 0.05, 0.3),
            "INFO",
            f"RS_OPEN_REGION-regionserver/{HB_RS[to]}:16020-{r.randrange(0, 3)}",
            "handler.AssignRegionHandler",
            "Open %s",
            f"Open {rname(rg)}",
        )
        rg["seq"] += r.randrange(10, 400)
        tk = lg(
            to,
            tk + secs(r, 0.3, 3),
            "INFO",
            f"RS_OPEN_REGION-regionserver/{HB_RS[to]}:16020-{r.randrange(0, 3)}",
            "regionserver.HRegion",
            "Opened %s; next sequenceid=%d",
            f"Opened {rg['enc']}; next sequenceid={rg['seq']}",
        )
        rg["rs"] = to
        t = lg(
            "master",
            tk + secs(r, 0.01, 0.1),
            "INFO",
            f"RpcServer.priority.RWQ.Fifo.read.handler={r.randrange(0, 20)},queue=1,port=16000",
            "assignment.RegionStateStore",
            "pid=%d updating hbase:meta row=%s, regionState=%s, regionLocation=%s",
            f"pid={pid} updating hbase:meta row={rg['enc']}, regionState=OPEN, openSeqNum={rg['seq']}, regionLocation={sname(to)}",
        )
        return lg(
            "master",
            t + secs(r, 0.05, 0.3),
            "INFO",
            th,
            "procedure2.ProcedureExecutor",
            "Finished pid=%d, ppid=%d, state=SUCCESS; TransitRegionStateProcedure table=%s, region=%s, ASSIGN in %s",
            f"Finished pid={pid}, ppid={ppid}, state=SUCCESS; TransitRegionStateProcedure table=usertable, region={rg['enc']}, ASSIGN in {r.uniform(0.5, 4):.4f} sec",
        )

    def unassign(rg: dict, t: datetime, ppid: int) -> datetime:
        k = rg["rs"]
        th = f"RS_CLOSE_REGION-regionserver/{HB_RS[k]}:16020-{r.randrange(0, 3)}"
        t = lg(k, t, "INFO", th, "handler.UnassignRegionHandler", "Close %s", f"Close {rg['enc']}")
        t = lg(
            k,
            t + secs(r, 0.01, 0.1),
            "INFO",
            th,
            "regionserver.HRegion",
            "Closing region %s",
            f"Closing region {rname(rg)}",
        )
        return lg(
            k,
            t + secs(r, 0.2, 2),
            "INFO",
            th,
            "regionserver.HRegion",
            "Closed %s",
            f"Closed {rname(rg)}",
        )

    # two splits
    for ts in (at(7, 31, 12), at(11, 2, 40)):
        rg = regions[4] if ts.hour == 7 else regions[13]
        if not alive(rg["rs"], ts):
            continue
        pid = next(pids)
        k = rg["rs"]
        mid = f"user{int(rg['start'][4:] or '0') + 277:04d}"
        lg(
            k,
            ts,
            "INFO",
            f"regionserver/{HB_RS[k]}:16020-splits-{r.randrange(0, 3)}",
            "regionserver.CompactSplit",
            "Split requested for %s.  compactionQueue=(longCompactions=%d:shortCompactions=%d), splitQueue=%d",
            f"Split requested for {rname(rg)}.  compactionQueue=(longCompactions=0:shortCompactions={r.randrange(0, 3)}), splitQueue=1",
        )
        t = lg(
            "master",
            ts + secs(r, 0.1, 0.5),
            "INFO",
            f"RpcServer.default.FPBQ.Fifo.handler={r.randrange(0, 30)},queue=0,port=16000",
            "procedure2.ProcedureExecutor",
            "Stored pid=%d, state=RUNNABLE:SPLIT_TABLE_REGION_PREPARE; SplitTableRegionProcedure table=%s, parent=%s, daughterA=%s, daughterB=%s",
            f"Stored pid={pid}, state=RUNNABLE:SPLIT_TABLE_REGION_PREPARE; SplitTableRegionProcedure table=usertable, parent={rg['enc']}, daughterA={hexid(r, 32)}, daughterB={hexid(r, 32)}",
        )
        t = unassign(rg, t + secs(r, 0.3, 1), pid)
        t = lg(
            "master",
            t + secs(r, 0.1, 0.5),
            "INFO",
            f"PEWorker-{r.randrange(1, 17)}",
            "assignment.SplitTableRegionProcedure",
            "pid=%d splitting %d storefiles, region=%s, threads=%d",
            f"pid={pid} splitting {rg['files']} storefiles, region={rg['enc']}, threads={rg['files']}",
        )
        kids = []
        for s0 in (rg["start"], mid):
            kid = {
                "enc": hexid(r, 32),
                "start": s0,
                "ts": int(t.timestamp() * 1000),
                "rs": k,
                "seq": rg["seq"] + 2,
                "files": rg["files"],
            }
            kids.append(kid)
            regions.append(kid)
        for kid in kids:
            t = assign(kid, t + secs(r, 0.2, 1), k, pid)
        regions.remove(rg)
        lg(
            "master",
            t + secs(r, 0.1, 0.4),
            "INFO",
            f"PEWorker-{r.randrange(1, 17)}",
            "procedure2.ProcedureExecutor",
            "Finished pid=%d, state=SUCCESS; SplitTableRegionProcedure table=%s, parent=%s, daughterA=%s, daughterB=%s in %s",
            f"Finished pid={pid}, state=SUCCESS; SplitTableRegionProcedure table=usertable, parent={rg['enc']}, daughterA={kids[0]['enc']}, daughterB={kids[1]['enc']} in {r.uniform(2, 5):.4f} sec",
        )

    # rs2's long GC pause, 09:39:50 to 09:40:31; its session expires
    k = "rs2"
    sess = "0x" + hexid(r, 15)
    tp = at(9, 39, 50)
    for tt in poisson(r, at(9, 39, 20), tp, 3):
        lg(
            k,
            tt,
            "WARN",
            f"RpcServer.default.FPBQ.Fifo.handler={r.randrange(0, 30)},queue=2,port=16020",
            "ipc.RpcServer",
            "(responseTooSlow): %s",
            f'(responseTooSlow): {{"call":"Multi(org.apache.hadoop.hbase.shaded.protobuf.generated.ClientProtos$MultiRequest)","multi.gets":0,"starttimems":"{int(tt.timestamp() * 1000) - 12000}","responsesize":"{r.randrange(10, 900)}","method":"Multi","param":"region= {rname(r.choice(regions))}, for {r.randrange(10, 200)} action(s) and 1st row key=user{r.randrange(1000, 9999)}","processingtimems":{r.randrange(10000, 14000)},"client":"10.0.3.{r.randrange(10, 60)}:{r.randrange(30000, 60000)}","queuetimems":{r.randrange(0, 3000)},"class":"HRegionServer","multi.servicecalls":0,"multi.mutations":{r.randrange(10, 200)}}}',
        )
    dead[k] = (crash, at(9, 52, 10))
    # the master sees the session expire while rs2 is paused
    t = at(9, 40, 12)
    t = lg(
        "master",
        t,
        "INFO",
        "main-EventThread",
        "zookeeper.RegionServerTracker",
        "RegionServer ephemeral node deleted, processing expiration [%s]",
        f"RegionServer ephemeral node deleted, processing expiration [{sname(k)}]",
    )
    scp = next(pids)
    t = lg(
        "master",
        t + secs(r, 0.01, 0.05),
        "INFO",
        "RegionServerTracker-0",
        "master.ServerManager",
        "Processing expiration of %s on %s",
        f"Processing expiration of {sname(k)} on {HB_MASTER}",
    )
    t = lg(
        "master",
        t + secs(r, 0.01, 0.05),
        "INFO",
        "RegionServerTracker-0",
        "procedure2.ProcedureExecutor",
        "Stored pid=%d, state=RUNNABLE:SERVER_CRASH_START; ServerCrashProcedure %s, splitWal=%s, meta=%s",
        f"Stored pid={scp}, state=RUNNABLE:SERVER_CRASH_START; ServerCrashProcedure {sname(k)}, splitWal=true, meta=false",
    )
    t = lg(
        "master",
        t + secs(r, 0.05, 0.2),
        "INFO",
        "PEWorker-3",
        "procedure.ServerCrashProcedure",
        "Splitting WALs pid=%d, state=RUNNABLE:SERVER_CRASH_SPLIT_LOGS, locked=true; ServerCrashProcedure %s, splitWal=%s, meta=%s",
        f"Splitting WALs pid={scp}, state=RUNNABLE:SERVER_CRASH_SPLIT_LOGS, locked=true; ServerCrashProcedure {sname(k)}, splitWal=true, meta=false",
    )
    nwal = 3
    t = lg(
        "master",
        t + secs(r, 0.05, 0.2),
        "INFO",
        "PEWorker-3",
        "master.SplitWALManager",
        "%s WAL count=%d, meta=%s",
        f"{sname(k)} WAL count={nwal}, meta=false",
    )
    for i in range(nwal):
        w = r.choice(["rs1", "rs3"])
        wal = f"hdfs://hb-nn1:8020/hbase/WALs/{sname(k)}-splitting/{HB_RS[k]}%2C16020%2C{HB_START[k]}.{wal_seq[k] - i * 3600000}"
        th = f"RS_LOG_REPLAY_OPS-regionserver/{HB_RS[w]}:16020-{i}"
        tw = lg(
            w,
            t + secs(r, 0.2, 1),
            "INFO",
            th,
            "wal.WALSplitter",
            "Splitting %s, size=%s (%d bytes)",
            f"Splitting {wal}, size={hb_size(z := r.randrange(20 << 20, 200 << 20))} ({z} bytes)",
        )
        tw = lg(
            w,
            tw + secs(r, 0.01, 0.1),
            "INFO",
            th,
            "util.RecoverLeaseFSUtils",
            "Recover lease on dfs file %s",
            f"Recover lease on dfs file {wal}",
        )
        tw = lg(
            w,
            tw + secs(r, 0.5, 4),
            "INFO",
            th,
            "util.RecoverLeaseFSUtils",
            "Recovered lease, attempt=%d on file=%s after %dms",
            f"Recovered lease, attempt=1 on file={wal} after {r.randrange(1000, 4100)}ms",
        )
        lg(
            w,
            tw + secs(r, 2, 9),
            "INFO",
            th,
            "wal.WALSplitter",
            "Processed %d edits across %d Regions in %d ms; skipped=%d; WAL=%s, size=%s, length=%d, corrupted=%s, cancelled=%s",
            f"Processed {r.randrange(20000, 300000)} edits across 6 Regions in {r.randrange(2000, 9000)} ms; skipped={r.randrange(0, 40)}; WAL={wal}, size={hb_size(z)}, length={z}, corrupted=false, cancelled=false",
        )
    t += secs(r, 12, 20)
    t = lg(
        "master",
        t,
        "INFO",
        "PEWorker-5",
        "procedure.ServerCrashProcedure",
        "Done splitting WALs pid=%d, state=RUNNABLE:SERVER_CRASH_SPLIT_LOGS, locked=true; ServerCrashProcedure %s, splitWal=%s, meta=%s",
        f"Done splitting WALs pid={scp}, state=RUNNABLE:SERVER_CRASH_SPLIT_LOGS, locked=true; ServerCrashProcedure {sname(k)}, splitWal=true, meta=false",
    )
    moved = [rg for rg in regions if rg["rs"] == k]
    for i, rg in enumerate(moved):
        assign(rg, t + secs(r, 0.1, 3), ["rs1", "rs3"][i % 2], scp)
    lg(
        "master",
        t + secs(r, 6, 9),
        "INFO",
        "PEWorker-5",
        "procedure2.ProcedureExecutor",
        "Finished pid=%d, state=SUCCESS; ServerCrashProcedure %s, splitWal=%s, meta=%s in %s",
        f"Finished pid={scp}, state=SUCCESS; ServerCrashProcedure {sname(k)}, splitWal=true, meta=false in {r.uniform(25, 40):.4f} sec",
    )
    # rs2 wakes up: its log continues at 09:40:31
    dead[k] = (crash + timedelta(seconds=5), at(9, 52, 10))
    t = crash
    t = lg(
        k,
        t,
        "WARN",
        "JvmPauseMonitor",
        "util.JvmPauseMonitor",
        "Detected pause in JVM or host machine (eg GC): pause of approximately %dms",
        "Detected pause in JVM or host machine (eg GC): pause of approximately 40712ms",
        ["GC pool 'G1 Old Generation' had collection(s): count=1 time=40531ms"],
    )
    t = lg(
        k,
        t + secs(r, 0.001, 0.01),
        "WARN",
        f"regionserver/{HB_RS[k]}:16020",
        "util.Sleeper",
        "We slept %dms instead of %dms, this is likely due to a long garbage collecting pause and it's usually bad, see %s",
        "We slept 41377ms instead of 3000ms, this is likely due to a long garbage collecting pause and it's usually bad, see https://hbase.apache.org/book.html#trouble.rs.runtime.zkexpired",
    )
    t = lg(
        k,
        t + secs(r, 0.001, 0.01),
        "WARN",
        "main-SendThread(hb-zk1.example.internal:2181)",
        "zookeeper.ClientCnxn",
        "Client session timed out, have not heard from server in %dms for session id %s",
        f"Client session timed out, have not heard from server in 41021ms for session id {sess}",
    )
    t = lg(
        k,
        t + secs(r, 0.01, 0.1),
        "INFO",
        "main-SendThread(hb-zk2.example.internal:2181)",
        "zookeeper.ClientCnxn",
        "Opening socket connection to server %s.",
        "Opening socket connection to server hb-zk2.example.internal/10.0.2.12:2181.",
    )
    t = lg(
        k,
        t + secs(r, 0.001, 0.01),
        "INFO",
        "main-SendThread(hb-zk2.example.internal:2181)",
        "zookeeper.ClientCnxn",
        "Socket connection established, initiating session, client: %s, server: %s",
        f"Socket connection established, initiating session, client: /10.0.2.32:{r.randrange(40000, 60000)}, server: hb-zk2.example.internal/10.0.2.12:2181",
    )
    t = lg(
        k,
        t + secs(r, 0.001, 0.01),
        "WARN",
        "main-SendThread(hb-zk2.example.internal:2181)",
        "zookeeper.ClientCnxn",
        "Unable to reconnect to ZooKeeper service, session %s has expired",
        f"Unable to reconnect to ZooKeeper service, session {sess} has expired",
    )
    for _ in range(3):
        lg(
            k,
            t + secs(r, 0.001, 0.05),
            "WARN",
            f"RpcServer.default.FPBQ.Fifo.handler={r.randrange(0, 30)},queue=1,port=16020",
            "regionserver.HRegion",
            "Failed getting lock, row=%s, in region %s",
            f"Failed getting lock, row=user{r.randrange(1000, 9999)}, in region {rname(r.choice(moved))}",
            [
                "java.io.IOException: Timed out waiting for lock for row: user"
                + str(r.randrange(1000, 9999))
                + f" in region {r.choice(moved)['enc']}",
                "\tat org.apache.hadoop.hbase.regionserver.HRegion.getRowLockInternal(HRegion.java:6782)",
                *HB_WAL_FRAMES[3:],
            ],
        )
    t = lg(
        k,
        t + secs(r, 0.05, 0.2),
        "ERROR",
        f"regionserver/{HB_RS[k]}:16020",
        "regionserver.HRegionServer",
        "***** ABORTING region server %s: org.apache.hadoop.hbase.YouAreDeadException: Server REPORT rejected; currently processing %s as dead server *****",
        f"***** ABORTING region server {sname(k)}: org.apache.hadoop.hbase.YouAreDeadException: Server REPORT rejected; currently processing {sname(k)} as dead server *****",
        [
            f"org.apache.hadoop.hbase.YouAreDeadException: org.apache.hadoop.hbase.YouAreDeadException: Server REPORT rejected; currently processing {sname(k)} as dead server",
            *HB_DEAD_FRAMES,
            f"Caused by: org.apache.hadoop.hbase.ipc.RemoteWithExtrasException(org.apache.hadoop.hbase.YouAreDeadException): org.apache.hadoop.hbase.YouAreDeadException: Server REPORT rejected; currently processing {sname(k)} as dead server",
            *HB_CAUSED_FRAMES,
            "\tat org.apache.hadoop.hbase.ipc.AbstractRpcClient.onCallFinished(AbstractRpcClient.java:388)",
            "\t... 3 more",
        ],
    )
    t = lg(
        k,
        t + secs(r, 0.001, 0.01),
        "ERROR",
        f"regionserver/{HB_RS[k]}:16020",
        "regionserver.HRegionServer",
        "RegionServer abort: loaded coprocessors are: [%s]",
        "RegionServer abort: loaded coprocessors are: [org.apache.hadoop.hbase.security.access.AccessController, org.apache.hadoop.hbase.security.token.TokenProvider]",
    )
    t = lg(
        k,
        t + secs(r, 0.01, 0.05),
        "INFO",
        f"regionserver/{HB_RS[k]}:16020",
        "regionserver.HRegionServer",
        "Dump of metrics as JSON on abort: %s",
        f'Dump of metrics as JSON on abort: {{"beans": [{{"name": "java.lang:type=Memory", "modelerType": "sun.management.MemoryImpl", "HeapMemoryUsage": {{"committed": 17179869184, "init": 17179869184, "max": 17179869184, "used": {r.randrange(9_000_000_000, 16_000_000_000)}}}, "Verbose": false}}]}}',
    )
    t = lg(
        k,
        t + secs(r, 0.01, 0.05),
        "INFO",
        f"regionserver/{HB_RS[k]}:16020",
        "regionserver.HRegionServer",
        "***** STOPPING region server '%s' *****",
        f"***** STOPPING region server '{sname(k)}' *****",
    )
    t = lg(
        k,
        t + secs(r, 0.001, 0.01),
        "INFO",
        f"regionserver/{HB_RS[k]}:16020",
        "regionserver.HRegionServer",
        "STOPPED: %s",
        f"STOPPED: org.apache.hadoop.hbase.YouAreDeadException: Server REPORT rejected; currently processing {sname(k)} as dead server",
    )
    for rg in moved:
        t = lg(
            k,
            t + secs(r, 0.01, 0.2),
            "INFO",
            f"RS_CLOSE_REGION-regionserver/{HB_RS[k]}:16020-{r.randrange(0, 3)}",
            "regionserver.HRegion",
            "Closed %s",
            f"Closed {rname(rg)}",
        )
    t = lg(
        k,
        t + secs(r, 0.3, 1),
        "INFO",
        f"regionserver/{HB_RS[k]}:16020",
        "regionserver.HRegionServer",
        "Exiting; stopping=%s; zookeeper connection closed.",
        f"Exiting; stopping={sname(k)}; zookeeper connection closed.",
    )
    # restarted by systemd at 09:52
    dead[k] = (t + timedelta(seconds=1), at(9, 52, 10))
    HB_START[k] = 1717494730411
    t = at(9, 52, 10)
    th = "main"
    for fmt, msg in (
        ("STARTING executorService %s", "STARTING executorService HRegionServer"),
        ("HBase %s", "HBase 2.5.8-hadoop3"),
        (
            "Source code repository %s revision=%s",
            "Source code repository git://buildhost/home/hbase/hbase-rel revision=37444de6531b1bdabf2e445c83d0268ab1a6f919",
        ),
        ("Compiled by %s on %s", "Compiled by stack on Thu Mar 28 12:07:48 PDT 2024"),
        (
            "vmName=%s, vmVendor=%s, vmVersion=%s",
            "vmName=OpenJDK 64-Bit Server VM, vmVendor=Private Build, vmVersion=25.392-b08",
        ),
    ):
        lg(
            k,
            t,
            "INFO",
            th,
            "regionserver.HRegionServer"
            if fmt.startswith("STARTING") or fmt.startswith("vm")
            else "util.VersionInfo",
            fmt,
            msg,
        )
        t += secs(r, 0.001, 0.05)
    t += secs(r, 3, 5)
    t = lg(
        k,
        t,
        "INFO",
        f"regionserver/{HB_RS[k]}:16020",
        "regionserver.HRegionServer",
        "reportForDuty to master=%s with port=%d, startcode=%d",
        f"reportForDuty to master={HB_MASTER} with port=16020, startcode={HB_START[k]}",
    )
    t = lg(
        "master",
        t + secs(r, 0.05, 0.2),
        "INFO",
        f"RpcServer.priority.RWQ.Fifo.read.handler={r.randrange(0, 20)},queue=1,port=16000",
        "master.ServerManager",
        "Registering regionserver=%s",
        f"Registering regionserver={sname(k)}",
    )
    t = lg(
        k,
        t + secs(r, 0.2, 1),
        "INFO",
        f"regionserver/{HB_RS[k]}:16020",
        "regionserver.HRegionServer",
        "Serving as %s, RpcServer on %s, sessionid=%s",
        f"Serving as {sname(k)}, RpcServer on {HB_RS[k]}/10.0.2.32:16020, sessionid=0x{hexid(r, 15)}",
    )
    # the balancer moves six regions back at 09:55
    t = at(9, 55, 1)
    lg(
        "master",
        t,
        "INFO",
        "master/hb-master1:16000.Chore.1",
        "balancer.StochasticLoadBalancer",
        "Finished computing new moving plan. Computation took %d ms to try %d different iterations.  Found a solution that moves %d regions; Going from a computed imbalance of %f to a new imbalance of %f. funtionCost=%s",
        f"Finished computing new moving plan. Computation took {r.randrange(200, 900)} ms to try {r.randrange(20000, 90000)} different iterations.  Found a solution that moves 6 regions; Going from a computed imbalance of {r.uniform(0.2, 0.4):.6f} to a new imbalance of {r.uniform(0.001, 0.01):.6f}. funtionCost=RegionCountSkewCostFunction : (multiplier=500.0, imbalance=0.0); MoveCostFunction : (multiplier=7.0, imbalance=0.3333333333333333, need balance)",
    )
    for rg in moved:
        pid = next(pids)
        t = lg(
            "master",
            t + secs(r, 0.1, 1),
            "INFO",
            f"PEWorker-{r.randrange(1, 17)}",
            "procedure2.ProcedureExecutor",
            "Initialized subprocedures=[{pid=%d, ppid=%d, state=RUNNABLE:REGION_STATE_TRANSITION_CLOSE; CloseRegionProcedure %s, server=%s}]",
            f"Initialized subprocedures=[{{pid={pid + 1}, ppid={pid}, state=RUNNABLE:REGION_STATE_TRANSITION_CLOSE; CloseRegionProcedure {rg['enc']}, server={sname(rg['rs'])}}}]",
        )
        tu = unassign(rg, t + secs(r, 0.1, 0.4), pid)
        assign(rg, tu + secs(r, 0.1, 0.5), k, pid)
    # the client-facing errors while the regions moved
    for tt in poisson(r, crash, crash + timedelta(seconds=50), 4):
        w = r.choice(["rs1", "rs3"])
        rg = r.choice(moved)
        lg(
            w,
            tt,
            "WARN",
            f"RpcServer.default.FPBQ.Fifo.handler={r.randrange(0, 30)},queue=0,port=16020",
            "regionserver.RSRpcServices",
            "Failed to get region location for %s",
            f"Failed to get region location for {rg['enc']}",
            [
                f"org.apache.hadoop.hbase.NotServingRegionException: {rname(rg)} is not online on {sname(w)}",
                "\tat org.apache.hadoop.hbase.regionserver.HRegionServer.getRegionByEncodedName(HRegionServer.java:3356)",
                "\tat org.apache.hadoop.hbase.regionserver.RSRpcServices.getRegion(RSRpcServices.java:1448)",
                *HB_WAL_FRAMES[5:],
            ],
        )
    return [
        recs["master"].into(Log("hbase-hbase-master-hb-master1.log", t0)),
        *[
            recs[x].into(Log(f"hbase-hbase-regionserver-{HB_RS[x].split('.')[0]}.log", t0))
            for x in HB_RS
        ],
    ]


# --------------------------------------------------------------------------------- alertmanager

AM_PEERS = {
    "alertmanager-0": "10.0.4.10",
    "alertmanager-1": "10.0.4.11",
    "alertmanager-2": "10.0.4.12",
}
AM_ALERTS = [
    ("HighRequestLatency", 'severity="warning"', "team-web", "web"),
    ("KubePodCrashLooping", 'severity="warning"', "team-platform", "platform"),
    ("NodeFilesystemAlmostFull", 'severity="critical"', "team-platform", "platform"),
    ("PostgresReplicationLag", 'severity="critical"', "team-db", "db"),
    ("TargetDown", 'severity="warning"', "team-platform", "platform"),
    ("HighErrorRate", 'severity="critical"', "team-web", "web"),
    ("InstanceDown", 'severity="critical"', "team-platform", "platform"),
]
AM_RECEIVERS = {
    "team-web": ["webhook[0]", "slack[0]"],
    "team-platform": ["slack[0]"],
    "team-db": ["pagerduty[0]", "webhook[0]"],
}


def logfmt_q(v: str) -> str:
    if v == "" or any(c in v for c in ' "=\\\n\r'):
        return (
            '"'
            + v.replace("\\", "\\\\")
            .replace('"', '\\"')
            .replace("\n", "\\n")
            .replace("\r", "\\r")
            .replace("\t", "\\t")
            + '"'
        )
    return v


def alertmanager(r: random.Random) -> list[Log]:
    """Prometheus Alertmanager 0.27 as a cluster of three (go-kit logfmt; alertmanager-0 at
    --log.level=debug, the others at info), 06:00 to 12:00: alerts received from two
    Prometheus servers, aggregation groups flushed, notifications sent; the web team's webhook
    receiver down 08:10 to 09:22 (`Notify attempt failed, will retry later`, `Notify for alerts
    failed` with `notify retry canceled after %d attempts`, its error by the endpoint's state:
    refused, timed out, 502); three config reloads (one with a YAML error, fixed a minute
    later); silences' and the notification log's maintenance; alerts muted by an inhibition and
    a silence; alertmanager-2 restarted for an upgrade at 10:31 (gossip settling, the peers'
    `failed to reconnect`)."""
    clock = Clock(1000)
    t0, end = at(6, 0), at(12, 0)
    recs = {k: Records() for k in AM_PEERS}
    debug = {"alertmanager-0"}
    callers = {
        "Received alert": "dispatch.go:164",
        "flushing": "dispatch.go:516",
        "Notify success": "notify.go:876",
        "Notify attempt failed, will retry later": "notify.go:869",
        "Notify for alerts failed": "dispatch.go:353",
        "Notifications will not be sent for muted alerts": "notify.go:585",
    }
    down = (at(10, 31, 2), at(10, 31, 40))

    def am(
        k: str, t: datetime, lvl: str, fmt: str, kv: list[tuple[str, str]], caller: str = ""
    ) -> datetime:
        if lvl == "debug" and k not in debug:
            return t
        if k == "alertmanager-2" and down[0] < t < down[1]:
            return t
        t = clock.at(k, t)
        pre = []
        rest = []
        msg_seen = False
        for key, v in kv:
            if key == "msg":
                msg_seen = True
            (rest if msg_seen else pre).append(f"{key}={logfmt_q(v)}")
        c = caller or callers.get(fmt, "main.go:181")
        line = " ".join(
            [f"ts={t:%Y-%m-%dT%H:%M:%S}.{ms3(t)}Z", f"caller={c}", f"level={lvl}", *pre, *rest]
        )
        recs[k].add(t, [line], fmt)
        return t

    def startup(k: str, t: datetime) -> datetime:
        t = am(
            k,
            t,
            "info",
            "Starting Alertmanager",
            [
                ("msg", "Starting Alertmanager"),
                (
                    "version",
                    "(version=0.27.0, branch=HEAD, revision=0aa3c2aad14cff039931923ab16b26b7481783b5)",
                ),
            ],
            "main.go:181",
        )
        t = am(
            k,
            t + secs(r, 0.001, 0.003),
            "info",
            "Build context",
            [
                (
                    "build_context",
                    "(go=go1.21.7, platform=linux/amd64, user=root@22cd11f671e9, date=20240228-11:51:20, tags=netgo)",
                )
            ],
            "main.go:182",
        )
        t = am(
            k,
            t + secs(r, 0.01, 0.05),
            "debug",
            "setting advertise address explicitly",
            [
                ("component", "cluster"),
                ("msg", "setting advertise address explicitly"),
                ("addr", AM_PEERS[k]),
                ("port", "9094"),
            ],
            "cluster.go:186",
        )
        t = am(
            k,
            t + secs(r, 0.01, 0.05),
            "info",
            "setting advertise address explicitly",
            [
                ("component", "cluster"),
                ("msg", "setting advertise address explicitly"),
                ("addr", AM_PEERS[k]),
                ("port", "9094"),
            ],
            "cluster.go:186",
        )
        others = [p for p in AM_PEERS if p != k]
        t = am(
            k,
            t + secs(r, 0.05, 0.3),
            "debug",
            "joined cluster",
            [("component", "cluster"), ("msg", "joined cluster"), ("peers", "2")],
            "cluster.go:280",
        )
        t = am(
            k,
            t + secs(r, 0.01, 0.05),
            "info",
            "Waiting for gossip to settle...",
            [
                ("component", "cluster"),
                ("msg", "Waiting for gossip to settle..."),
                ("interval", "2s"),
            ],
            "cluster.go:680",
        )
        t = am(
            k,
            t + secs(r, 0.01, 0.05),
            "info",
            "Loading configuration file",
            [
                ("component", "configuration"),
                ("msg", "Loading configuration file"),
                ("file", "/etc/alertmanager/config_out/alertmanager.env.yaml"),
            ],
            "coordinator.go:113",
        )
        t = am(
            k,
            t + secs(r, 0.002, 0.01),
            "info",
            "Completed loading of configuration file",
            [
                ("component", "configuration"),
                ("msg", "Completed loading of configuration file"),
                ("file", "/etc/alertmanager/config_out/alertmanager.env.yaml"),
            ],
            "coordinator.go:126",
        )
        t = am(
            k,
            t + secs(r, 0.005, 0.02),
            "info",
            "Listening on",
            [("msg", "Listening on"), ("address", "[::]:9093")],
            "tls_config.go:313",
        )
        t = am(
            k,
            t + secs(r, 0.001, 0.003),
            "info",
            "TLS is disabled.",
            [("msg", "TLS is disabled."), ("http2", "false"), ("address", "[::]:9093")],
            "tls_config.go:316",
        )
        for o in others:
            am(
                k,
                t + secs(r, 0.001, 0.5),
                "debug",
                "received=NotifyJoin node=%s addr=%s",
                [
                    ("component", "cluster"),
                    ("received", "NotifyJoin"),
                    ("node", peer_id[o]),
                    ("addr", f"{AM_PEERS[o]}:9094"),
                ],
                "delegate.go:230",
            )
        t += timedelta(seconds=2)
        t = am(
            k,
            t,
            "info",
            "gossip not settled",
            [
                ("component", "cluster"),
                ("msg", "gossip not settled"),
                ("polls", "0"),
                ("before", "0"),
                ("now", "2"),
                ("elapsed", f"{2 + r.uniform(0, 0.01):.9f}s"),
            ],
            "cluster.go:705",
        )
        t += timedelta(seconds=8)
        return am(
            k,
            t,
            "info",
            "gossip settled; proceeding",
            [
                ("component", "cluster"),
                ("msg", "gossip settled; proceeding"),
                ("elapsed", f"{10 + r.uniform(0, 0.01):.9f}s"),
            ],
            "cluster.go:697",
        )

    peer_id = {
        k: "01HZ" + "".join(r.choice("0123456789ABCDEFGHJKMNPQRSTVWXYZ") for _ in range(22))
        for k in AM_PEERS
    }
    for k in AM_PEERS:
        startup(k, at(5, 59, 40) + secs(r, 0, 3))

    # alert life: which alerts fire when
    fires = []
    for name, sev, recv, team in AM_ALERTS:
        t = t0 + secs(r, 60, 3000)
        while t < end:
            dur = timedelta(seconds=r.uniform(300, 2400))
            fires.append(
                (
                    name,
                    sev,
                    recv,
                    team,
                    t,
                    min(t + dur, end),
                    f"{r.randrange(16**7):07x}",
                    f"10.0.{r.randrange(1, 9)}.{r.randrange(2, 250)}:9100",
                )
            )
            t += dur + timedelta(seconds=r.uniform(600, 7200))
    # the web team's webhook is down 08:10 to 09:22; errors by its state
    wh0, wh1 = at(8, 10), at(9, 22)
    muted = ("TargetDown", "InstanceDown")

    def werr(t: datetime) -> str:
        if t < at(8, 31):
            return 'Post "<redacted>": dial tcp 10.0.6.21:8080: connect: connection refused'
        if t < at(8, 58):
            return 'Post "<redacted>": context deadline exceeded'
        return "unexpected status code 502: http://alert-relay.web.svc:8080/hooks/alertmanager: <html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n"

    for name, sev, recv, team, f0, f1, fp, _inst in fires:
        ag = f'{{}}/{{{sev}}}:{{alertname="{name}", team="{team}"}}'
        a = f"{name}[{fp}]"
        # Prometheus resends every minute (two servers)
        t = f0
        while t < f1 + timedelta(minutes=4):
            st = "active" if t < f1 else "resolved"
            for k in AM_PEERS:
                am(
                    k,
                    t + secs(r, 0, 0.3),
                    "debug",
                    "Received alert",
                    [
                        ("component", "dispatcher"),
                        ("msg", "Received alert"),
                        ("alert", f"{a}[{st}]"),
                    ],
                )
            t += timedelta(seconds=60) + secs(r, -0.5, 0.5)
        # group flushes: group_wait 30s, group_interval 5m
        t = f0 + timedelta(seconds=30)
        while t < f1 + timedelta(minutes=6):
            st = "active" if t < f1 else "resolved"
            for pos, k in enumerate(AM_PEERS):
                tk = am(
                    k,
                    t + timedelta(seconds=15 * pos) + secs(r, 0, 0.2),
                    "debug",
                    "flushing",
                    [
                        ("component", "dispatcher"),
                        ("aggrGroup", ag),
                        ("msg", "flushing"),
                        ("alerts", f"[{a}[{st}]]"),
                    ],
                )
                if name in muted and at(9, 30) < t < at(10, 40):
                    am(
                        k,
                        tk + secs(r, 0.001, 0.01),
                        "debug",
                        "Notifications will not be sent for muted alerts",
                        [
                            ("component", "dispatcher"),
                            ("aggrGroup", ag),
                            ("msg", "Notifications will not be sent for muted alerts"),
                            ("alerts", f"[{a}[{st}]]"),
                            ("reason", "inhibition" if name == "TargetDown" else "silence"),
                        ],
                    )
                    continue
                if pos > 0:
                    continue  # the first peer's notification is in the log; the others see it gossiped
                for integ in AM_RECEIVERS[recv]:
                    if integ == "webhook[0]" and recv == "team-web" and wh0 <= tk < wh1:
                        tt = tk
                        n = 0
                        while True:
                            n += 1
                            tt = am(
                                k,
                                tt + secs(r, 0.3, 1 if "refused" in werr(tt) else 10.5),
                                "warn",
                                "Notify attempt failed, will retry later",
                                [
                                    ("component", "dispatcher"),
                                    ("receiver", recv),
                                    ("integration", integ),
                                    ("aggrGroup", ag),
                                    ("msg", "Notify attempt failed, will retry later"),
                                    ("attempts", str(n)),
                                    ("err", werr(tt)),
                                ],
                            )
                            if n >= 6 or tt > tk + timedelta(seconds=60):
                                break
                            tt += secs(r, 1, 9)
                        for kk in AM_PEERS:
                            am(
                                kk,
                                tt
                                + secs(r, 0.001, 0.01)
                                + timedelta(
                                    seconds=15 * list(AM_PEERS).index(kk) + (0 if kk == k else 60)
                                ),
                                "error",
                                "Notify for alerts failed",
                                [
                                    ("component", "dispatcher"),
                                    ("msg", "Notify for alerts failed"),
                                    ("num_alerts", "1"),
                                    (
                                        "err",
                                        f"{recv}/{integ}: notify retry canceled after {n} attempts: {werr(tt)}",
                                    ),
                                ],
                            )
                    else:
                        am(
                            k,
                            tk + secs(r, 0.1, 0.9),
                            "debug",
                            "Notify success",
                            [
                                ("component", "dispatcher"),
                                ("receiver", recv),
                                ("integration", integ),
                                ("aggrGroup", ag),
                                ("msg", "Notify success"),
                                ("attempts", "1"),
                                ("duration", f"{r.uniform(40, 900):.6f}ms"),
                            ],
                        )
            t += timedelta(minutes=5) + secs(r, 0, 0.01)

    # maintenance every 15 minutes
    for k in AM_PEERS:
        t = t0 + secs(r, 0, 900)
        while t < end:
            for comp in ("nflog", "silences"):
                tt = am(
                    k,
                    t + secs(r, 0, 0.01),
                    "debug",
                    "Running maintenance",
                    [("component", comp), ("msg", "Running maintenance")],
                    "nflog.go:353" if comp == "nflog" else "silence.go:395",
                )
                am(
                    k,
                    tt + secs(r, 0.001, 0.01),
                    "debug",
                    "Maintenance done",
                    [
                        ("component", comp),
                        ("msg", "Maintenance done"),
                        ("duration", f"{r.uniform(10, 900):.3f}µs"),
                        ("size", str(r.randrange(200, 9000))),
                    ],
                    "nflog.go:355" if comp == "nflog" else "silence.go:397",
                )
            t += timedelta(minutes=15)
    # config reloads (the operator's sidecar POSTs /-/reload on each peer)
    for tr, bad in (
        (at(7, 2, 11), False),
        (at(9, 21, 40), True),
        (at(9, 22, 51), False),
        (at(11, 15, 3), False),
    ):
        for k in AM_PEERS:
            t = am(
                k,
                tr + secs(r, 0, 1.5),
                "info",
                "Loading configuration file",
                [
                    ("component", "configuration"),
                    ("msg", "Loading configuration file"),
                    ("file", "/etc/alertmanager/config_out/alertmanager.env.yaml"),
                ],
                "coordinator.go:113",
            )
            if bad:
                am(
                    k,
                    t + secs(r, 0.001, 0.01),
                    "error",
                    "Loading configuration file failed",
                    [
                        ("component", "configuration"),
                        ("msg", "Loading configuration file failed"),
                        ("file", "/etc/alertmanager/config_out/alertmanager.env.yaml"),
                        (
                            "err",
                            "yaml: unmarshal errors:\n  line 48: field recievers not found in type config.plain",
                        ),
                    ],
                    "coordinator.go:118",
                )
            else:
                am(
                    k,
                    t + secs(r, 0.001, 0.01),
                    "info",
                    "Completed loading of configuration file",
                    [
                        ("component", "configuration"),
                        ("msg", "Completed loading of configuration file"),
                        ("file", "/etc/alertmanager/config_out/alertmanager.env.yaml"),
                    ],
                    "coordinator.go:126",
                )
    # a silence posted with an empty matcher, then a good one
    am(
        "alertmanager-1",
        at(9, 29, 12),
        "error",
        "Failed to create silence",
        [
            ("component", "api"),
            ("version", "v2"),
            ("msg", "Failed to create silence"),
            ("err", 'invalid label matcher 0: invalid label name ""'),
        ],
        "api.go:622",
    )
    # alertmanager-2 restarted
    k = "alertmanager-2"
    am(
        k,
        down[0] - secs(r, 0.1, 0.3),
        "info",
        "Received SIGTERM, exiting gracefully...",
        [("msg", "Received SIGTERM, exiting gracefully...")],
        "main.go:546",
    )
    for o in ("alertmanager-0", "alertmanager-1"):
        t = am(
            o,
            down[0] + secs(r, 0.5, 2),
            "debug",
            "received=NotifyLeave node=%s addr=%s",
            [
                ("component", "cluster"),
                ("received", "NotifyLeave"),
                ("node", peer_id[k]),
                ("addr", f"{AM_PEERS[k]}:9094"),
            ],
            "delegate.go:236",
        )
        t = am(
            o,
            t + secs(r, 0.001, 0.01),
            "info",
            "peer left",
            [("component", "cluster"), ("msg", "peer left"), ("peer", peer_id[k])],
            "cluster.go:482",
        )
        tt = t + timedelta(seconds=10)
        while tt < down[1] + timedelta(seconds=5):
            am(
                o,
                tt,
                "warn",
                "failed to reconnect",
                [
                    ("component", "cluster"),
                    ("msg", "failed to reconnect"),
                    ("peer", peer_id[k]),
                    ("addr", f"{AM_PEERS[k]}:9094"),
                    (
                        "err",
                        f"1 error occurred:\n\t* Failed to join {AM_PEERS[k]}:9094: dial tcp {AM_PEERS[k]}:9094: connect: connection refused\n\n",
                    ),
                ],
                "cluster.go:519",
            )
            tt += timedelta(seconds=10) + secs(r, 0, 0.01)
        am(
            o,
            down[1] + secs(r, 2, 8),
            "info",
            "peer rejoined",
            [("component", "cluster"), ("msg", "peer rejoined"), ("peer", peer_id[k])],
            "cluster.go:464",
        )
    peer_id[k] = "01HZ" + "".join(r.choice("0123456789ABCDEFGHJKMNPQRSTVWXYZ") for _ in range(22))
    startup(k, down[1] + secs(r, 0, 1))
    # memberlist, through a standard logger at debug: push/pull syncs, a blip of alertmanager-1
    ml = "alertmanager-0"
    t = t0 + secs(r, 0, 60)
    while t < end:
        o = r.choice(["alertmanager-1", "alertmanager-2"])
        if not (down[0] < t < down[1] + timedelta(seconds=20)):
            am(
                ml,
                t,
                "debug",
                "[DEBUG] memberlist: Initiating push/pull sync with: %s %s",
                [
                    ("component", "memberlist"),
                    (
                        "msg",
                        f"[DEBUG] memberlist: Initiating push/pull sync with: {peer_id[o]} {AM_PEERS[o]}:9094",
                    ),
                ],
                "stdlib.go:105",
            )
        if r.random() < 0.5:
            o = r.choice(["alertmanager-1", "alertmanager-2"])
            am(
                ml,
                t + secs(r, 1, 50),
                "debug",
                "[DEBUG] memberlist: Stream connection %s",
                [
                    ("component", "memberlist"),
                    (
                        "msg",
                        f"[DEBUG] memberlist: Stream connection from={AM_PEERS[o]}:{r.randrange(32768, 60999)}",
                    ),
                ],
                "stdlib.go:105",
            )
        t += timedelta(seconds=60) + secs(r, 0, 0.5)
    tb = at(7, 41, 12)
    am(
        ml,
        tb,
        "debug",
        "[INFO] memberlist: Suspect %s has failed, no acks received",
        [
            ("component", "memberlist"),
            (
                "msg",
                f"[INFO] memberlist: Suspect {peer_id['alertmanager-1']} has failed, no acks received",
            ),
        ],
        "stdlib.go:105",
    )
    am(
        ml,
        tb + secs(r, 4, 6),
        "debug",
        "[WARN] memberlist: Was able to connect to %s over TCP but UDP probes failed, network may be misconfigured",
        [
            ("component", "memberlist"),
            (
                "msg",
                f"[WARN] memberlist: Was able to connect to {peer_id['alertmanager-1']} over TCP but UDP probes failed, network may be misconfigured",
            ),
        ],
        "stdlib.go:105",
    )
    am(
        ml,
        tb + secs(r, 6, 8),
        "debug",
        "[INFO] memberlist: Marking %s as failed, suspect timeout reached (%d peer confirmations)",
        [
            ("component", "memberlist"),
            (
                "msg",
                f"[INFO] memberlist: Marking {peer_id['alertmanager-1']} as failed, suspect timeout reached (1 peer confirmations)",
            ),
        ],
        "stdlib.go:105",
    )
    am(
        ml,
        tb + secs(r, 6, 8),
        "debug",
        "received=NotifyLeave node=%s addr=%s",
        [
            ("component", "cluster"),
            ("received", "NotifyLeave"),
            ("node", peer_id["alertmanager-1"]),
            ("addr", "10.0.4.11:9094"),
        ],
        "delegate.go:236",
    )
    am(
        ml,
        tb + secs(r, 8, 9),
        "info",
        "peer left",
        [("component", "cluster"), ("msg", "peer left"), ("peer", peer_id["alertmanager-1"])],
        "cluster.go:482",
    )
    am(
        ml,
        tb + secs(r, 19, 25),
        "debug",
        "received=NotifyJoin node=%s addr=%s",
        [
            ("component", "cluster"),
            ("received", "NotifyJoin"),
            ("node", peer_id["alertmanager-1"]),
            ("addr", "10.0.4.11:9094"),
        ],
        "delegate.go:230",
    )
    am(
        ml,
        tb + secs(r, 26, 28),
        "info",
        "peer rejoined",
        [("component", "cluster"), ("msg", "peer rejoined"), ("peer", peer_id["alertmanager-1"])],
        "cluster.go:464",
    )
    # gossip: too many messages queued during the webhook outage (its nflog entries)
    for t in poisson(r, at(8, 40), at(9, 20), 200):
        am(
            r.choice(list(AM_PEERS)),
            t,
            "warn",
            "dropping messages because too many are queued",
            [
                ("component", "cluster"),
                ("msg", "dropping messages because too many are queued"),
                ("current", str(r.randrange(4097, 4400))),
                ("limit", "4096"),
            ],
            "channel.go:142",
        )
    return [recs[k].into(Log(f"{k}.log", at(5, 59, 40))) for k in AM_PEERS]


# --------------------------------------------------------------------------------- tailscaled

TS_DERP = {1: "nyc", 2: "sfo", 4: "fra", 9: "dfw", 14: "ams", 16: "mia"}
TS_HOSTS = {"nas": ("192.168.1.20", 1043, 14, 4), "laptop": ("192.168.1.35", 917, 4, 14)}


def tailscaled(r: random.Random) -> list[Log]:
    """tailscaled 1.66 on a NAS and a laptop of one tailnet (journald as `journalctl -o short`
    prints it: `Jun 04 06:00:01 nas tailscaled[1043]: msg`), 08:00 to 12:00: netcheck reports
    every 20 to 30 s ([v1]), WireGuard keepalives and handshakes ([v2]) with peers shown as
    `[abcde]`; DERP region 4 (Frankfurt) down 09:05 to 09:40 (the laptop's home: `derp.Recv`
    errors, reconnects with backoff, `health(warnable=no-derp-connection)`, the home moved to
    ams and back); the laptop moving from the office LAN to a phone hotspot at 10:12 (link
    change, rebinding, endpoints and NetInfo changed, `varies=true`: peers relayed by DERP, the
    disco path changes); the NAS's node key expiring at 11:00 (`NeedsLogin`, `health(warnable=
    login-state)`, peers' `open-conn-track` timeouts) and re-authenticated at 11:31."""
    clock = Clock(1_000_000)
    t0, end = at(8, 0), at(12, 0)
    recs = {h: Records() for h in TS_HOSTS}
    peers = [
        "".join(
            r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
            for _ in range(5)
        )
        for _ in range(7)
    ]
    me = {"nas": peers[0], "laptop": peers[1]}
    state = {
        h: {"home": TS_HOSTS[h][2], "gen": 1, "ep": f"203.0.113.{40 + i}:41641"}
        for i, h in enumerate(TS_HOSTS)
    }

    def ts(h: str, t: datetime, fmt: str, msg: str) -> datetime:
        t = clock.at(h, t)
        recs[h].add(t, [f"{t:%b %d %H:%M:%S} {h} tailscaled[{TS_HOSTS[h][1]}]: {msg}"], fmt)
        return t

    derp_down = (at(9, 5, 14), at(9, 40, 2))
    move = at(10, 12, 30)
    expired = (at(11, 0, 0), at(11, 31, 20))

    def derpdist(h: str, t: datetime) -> str:
        parts = []
        for n in sorted(TS_DERP):
            if n == 4 and derp_down[0] <= t < derp_down[1]:
                continue
            base = {1: 88, 2: 150, 4: 14, 9: 120, 14: 9, 16: 110}[n]
            if h == "laptop" and move <= t:
                base += 30
            parts.append(f"{n}v4:{base + r.uniform(0, 6):.0f}ms")
        return ",".join(parts)

    # netcheck reports
    for h in TS_HOSTS:
        t = t0 + secs(r, 0, 20)
        while t < end:
            if h == "nas" and expired[0] <= t < expired[1]:
                t += secs(r, 20, 30)
                continue
            lap_hot = h == "laptop" and t >= move
            v4a = (
                f"100.{r.randrange(64, 127)}.{r.randrange(0, 255)}.{r.randrange(1, 254)}:{r.randrange(1024, 65535)}"
                if lap_hot
                else state[h]["ep"]
            )
            home = state[h]["home"]
            ts(
                h,
                t,
                "netcheck: [v1] report: udp=%v v6=%v mapvarydest=%v portmap=%v v4a=%v derp=%v derpdist=%v",
                f"netcheck: [v1] report: udp=true v6=false mapvarydest={'true' if lap_hot else 'false'} portmap={'' if lap_hot else 'UM'} v4a={v4a} derp={home} derpdist={derpdist(h, t)}",
            )
            t += secs(r, 24, 36)
    # keepalives and handshakes with peers
    for h in TS_HOSTS:
        for p in [*peers[2:5], me["laptop" if h == "nas" else "nas"]]:
            t = t0 + secs(r, 0, 120)
            while t < end:
                if not (h == "nas" and expired[0] <= t < expired[1]):
                    t = ts(
                        h,
                        t,
                        "wg: [v2] [%v] - Sending handshake initiation",
                        f"wg: [v2] [{p}] - Sending handshake initiation",
                    )
                    ts(
                        h,
                        t + secs(r, 0.01, 0.2),
                        "wg: [v2] [%v] - Received handshake response",
                        f"wg: [v2] [{p}] - Received handshake response",
                    )
                t += timedelta(seconds=120) + secs(r, 0, 240)
    # start of the files: the state at 08:00
    for h in TS_HOSTS:
        home = state[h]["home"]
        ts(
            h,
            t0 + secs(r, 0, 2),
            "control: [v1] sendStatus: %s: %v",
            "control: [v1] sendStatus: mapRoutine-got-netmap: state:synchronized",
        )

    def derp_recv_err(h: str, t: datetime, region: int, err: str) -> datetime:
        return ts(
            h,
            t,
            "magicsock: [%p] derp.Recv(derp-%d): %v",
            f"magicsock: [0xc000{r.randrange(0x100000, 0xFFFFFF):06x}] derp.Recv(derp-{region}): {err}",
        )

    # DERP 4 (fra) down: the laptop's home, and the NAS's link to it for peers homed there
    t = derp_down[0]
    for h in TS_HOSTS:
        region = 4
        tt = derp_recv_err(
            h,
            t + secs(r, 0, 2),
            region,
            "derp.Recv: EOF"
            if h == "laptop"
            else "derp.Recv: read tcp 192.168.1.20:51822->185.40.234.219:443: read: connection reset by peer",
        )
        tt = ts(
            h,
            tt + secs(r, 0.001, 0.01),
            "magicsock: closing connection to derp-%d (%v), age %v",
            f"magicsock: closing connection to derp-{region} (derp-recv-error), age {r.randrange(10, 300)}m{r.randrange(0, 60)}s",
        )
        back = 2.0
        while tt < derp_down[1]:
            tt = ts(
                h,
                tt + timedelta(seconds=back),
                "derphttp.Client.Connect: connecting to derp-%d (%v)",
                f"derphttp.Client.Connect: connecting to derp-{region} (fra)",
            )
            tt = derp_recv_err(
                h,
                tt + secs(r, 4, 10),
                region,
                f"derphttp.Client.Recv connect to region {region} (fra): dial tcp 185.40.234.219:443: i/o timeout",
            )
            back = min(back * 2, 30)
            if h == "laptop" and tt > derp_down[0] + timedelta(minutes=4):
                break
        if h == "laptop":
            state[h]["home"] = 14
            ts(
                h,
                derp_down[0] + secs(r, 25, 40),
                "health(warnable=%s): error: Tailscale could not connect to any relay server. Check your Internet connection.",
                "health(warnable=no-derp-home): error: Tailscale could not connect to any relay server. Check your Internet connection.",
            )
            ts(
                h,
                derp_down[0] + secs(r, 50, 70),
                "health(warnable=%s): error: Tailscale could not connect to the '%s' relay server. Your Internet connection might be down, or the server might be temporarily unavailable.",
                "health(warnable=no-derp-connection): error: Tailscale could not connect to the 'Frankfurt' relay server. Your Internet connection might be down, or the server might be temporarily unavailable.",
            )
            t2 = derp_down[0] + timedelta(minutes=4, seconds=20)
            t2 = ts(
                h, t2, "magicsock: home is now derp-%v (%v)", "magicsock: home is now derp-14 (ams)"
            )
            t2 = ts(
                h,
                t2 + secs(r, 0.001, 0.01),
                "magicsock: adding connection to derp-%d for %v",
                "magicsock: adding connection to derp-14 for home-keep-alive",
            )
            t2 = ts(
                h,
                t2 + secs(r, 0.001, 0.01),
                "control: NetInfo: %v",
                'control: NetInfo: NetInfo{varies=false hairpin=false ipv6=false udp=true icmpv4=false derp=#14 portmap=UM link=""}',
            )
            t2 = ts(
                h,
                t2 + secs(r, 0.05, 0.4),
                "magicsock: derp-%d connected; connGen=%d",
                f"magicsock: derp-14 connected; connGen={state[h]['gen']}",
            )
            ts(
                h,
                t2 + secs(r, 0.01, 0.1),
                "health(warnable=%s): ok",
                "health(warnable=no-derp-home): ok",
            )
            ts(
                h,
                t2 + secs(r, 0.01, 0.1),
                "health(warnable=%s): ok",
                "health(warnable=no-derp-connection): ok",
            )
            # back home at 09:41
            t2 = derp_down[1] + secs(r, 30, 60)
            state[h]["home"] = 4
            t2 = ts(
                h, t2, "magicsock: home is now derp-%v (%v)", "magicsock: home is now derp-4 (fra)"
            )
            t2 = ts(
                h,
                t2 + secs(r, 0.001, 0.01),
                "magicsock: adding connection to derp-%d for %v",
                "magicsock: adding connection to derp-4 for home-keep-alive",
            )
            t2 = ts(
                h,
                t2 + secs(r, 0.001, 0.01),
                "control: NetInfo: %v",
                'control: NetInfo: NetInfo{varies=false hairpin=false ipv6=false udp=true icmpv4=false derp=#4 portmap=UM link=""}',
            )
            t2 = ts(
                h,
                t2 + secs(r, 0.05, 0.4),
                "magicsock: derp-%d connected; connGen=%d",
                f"magicsock: derp-4 connected; connGen={state[h]['gen']}",
            )
            ts(
                h,
                t2 + secs(r, 60, 70),
                "magicsock: closing connection to derp-%d (%v), age %v",
                "magicsock: closing connection to derp-14 (idle), age 1m0s",
            )
        else:
            tt = ts(
                h,
                derp_down[1] + secs(r, 5, 30),
                "derphttp.Client.Connect: connecting to derp-%d (%v)",
                f"derphttp.Client.Connect: connecting to derp-{region} (fra)",
            )
            ts(
                h,
                tt + secs(r, 0.05, 0.3),
                "magicsock: derp-%d connected; connGen=%d",
                f"magicsock: derp-{region} connected; connGen=1",
            )
    # peers that lost their DERP route during the outage
    for tt in poisson(r, derp_down[0], derp_down[1], 60):
        h = r.choice(list(TS_HOSTS))
        ts(
            h,
            tt,
            "magicsock: derp-%d does not know about peer %s, removing route",
            f"magicsock: derp-{r.choice([14, 1, 4])} does not know about peer [{r.choice(peers[2:])}], removing route",
        )
    # the laptop moves to a phone hotspot
    h = "laptop"
    t = ts(
        h,
        move,
        "LinkChange: major, rebinding. New state: %v",
        "LinkChange: major, rebinding. New state: interfaces.State{defaultRoute=wlp0s20f3 ifs={wlp0s20f3:[172.20.10.4/28 llu6]} v4=true v6=false}",
    )
    t = ts(
        h,
        t + secs(r, 0.001, 0.01),
        "magicsock: closing connection to derp-%d (%v), age %v",
        f"magicsock: closing connection to derp-4 (rebind), age {r.randrange(25, 35)}m{r.randrange(0, 60)}s",
    )
    t = ts(
        h,
        t + secs(r, 0.3, 1),
        "magicsock: endpoints changed: %s",
        "magicsock: endpoints changed: 100.88.12.201:61204 (stun), 172.20.10.4:41641 (local)",
    )
    t = ts(
        h,
        t + secs(r, 0.001, 0.01),
        "control: NetInfo: %v",
        'control: NetInfo: NetInfo{varies=true hairpin=false ipv6=false udp=true icmpv4=false derp=#4 portmap= link=""}',
    )
    t = ts(
        h,
        t + secs(r, 0.05, 0.4),
        "magicsock: derp-%d connected; connGen=%d",
        "magicsock: derp-4 connected; connGen=2",
    )
    t = ts(
        h, t + secs(r, 0.1, 0.5), "health(warnable=%s): ok", "health(warnable=network-status): ok"
    )
    t = ts(
        h,
        t + secs(r, 0.1, 0.5),
        "dns: Set: %v",
        "dns: Set: {DefaultResolvers:[] Routes:{} SearchDomains:[tail4ca2.ts.net] Hosts:9}",
    )
    # the disco paths: direct before the move, DERP after it for hard NAT
    for p in [*peers[2:6], me["nas"]]:
        tt = t + secs(r, 2, 40)
        ts(
            h,
            tt,
            "magicsock: disco: node [%v] d:%v now using %v mtu=%v tx=%x",
            f"magicsock: disco: node [{p}] d:{hexid(r, 16)} now using 127.3.3.40:4 mtu=1280 tx={hexid(r, 12)}",
        )
    for h2 in TS_HOSTS:
        for p in peers[2:6]:
            tt = t0 + secs(r, 30, 600)
            ts(
                h2,
                tt,
                "magicsock: disco: node [%v] d:%v now using %v mtu=%v tx=%x",
                f"magicsock: disco: node [{p}] d:{hexid(r, 16)} now using 198.51.100.{r.randrange(2, 250)}:41641 mtu=1360 tx={hexid(r, 12)}",
            )
    # wgengine: idle peers waking; reconfigs
    for h2 in TS_HOSTS:
        for tt in poisson(r, t0, end, 420):
            if h2 == "nas" and expired[0] <= tt < expired[1]:
                continue
            p = r.choice(peers[2:])
            tt = ts(
                h2,
                tt,
                "wgengine: idle peer [%v] now active, reconfiguring WireGuard",
                f"wgengine: idle peer [{p}] now active, reconfiguring WireGuard",
            )
            ts(
                h2,
                tt + secs(r, 0.001, 0.01),
                "wgengine: Reconfig: configuring userspace WireGuard config (with %d/%d peers)",
                f"wgengine: Reconfig: configuring userspace WireGuard config (with {r.randrange(2, 6)}/{len(peers) - 1} peers)",
            )
    # the NAS's key expiry
    h = "nas"
    t = ts(
        h,
        expired[0],
        "control: [v1] sendStatus: %s: %v",
        "control: [v1] sendStatus: mapRoutine-got-netmap: state:synchronized",
    )
    t = ts(
        h,
        t + secs(r, 0.01, 0.1),
        "Switching ipn state %v -> %v (WantRunning=%v, nm=%v)",
        "Switching ipn state Running -> NeedsLogin (WantRunning=true, nm=true)",
    )
    t = ts(
        h,
        t + secs(r, 0.001, 0.01),
        "health(warnable=%s): error: You are logged out.",
        "health(warnable=login-state): error: You are logged out.",
    )
    t = ts(
        h,
        t + secs(r, 0.01, 0.05),
        "wgengine: Reconfig: configuring userspace WireGuard config (with %d/%d peers)",
        f"wgengine: Reconfig: configuring userspace WireGuard config (with 0/{len(peers) - 1} peers)",
    )
    t = ts(
        h,
        t + secs(r, 0.001, 0.01),
        "wgengine: Reconfig: configuring router",
        "wgengine: Reconfig: configuring router",
    )
    t = ts(
        h,
        t + secs(r, 0.001, 0.01),
        "dns: Set: %v",
        "dns: Set: {DefaultResolvers:[] Routes:{} SearchDomains:[] Hosts:0}",
    )
    for tt in poisson(r, expired[0] + timedelta(seconds=30), expired[1], 50):
        ts(
            "laptop",
            tt,
            "open-conn-track: timeout opening %v to node %v; online=%v, lastRecv=%v",
            f"open-conn-track: timeout opening (TCP 100.101.7.12:{r.randrange(40000, 60000)} => 100.92.41.20:{r.choice([445, 22, 8096, 5000])}) to node [{me['nas']}]; online=no, lastRecv={r.randrange(1, 32)}m{r.randrange(0, 60)}s",
        )
    for tt in poisson(r, expired[0] + timedelta(seconds=20), expired[1], 180):
        ts(
            h,
            tt,
            "dns: resolver: forward: no upstream resolvers set, returning SERVFAIL",
            "dns: resolver: forward: no upstream resolvers set, returning SERVFAIL",
        )
    t = expired[1]
    t = ts(h, t, "StartLoginInteractive: url=%v", "StartLoginInteractive: url=false")
    t = ts(h, t + secs(r, 0.001, 0.01), "control: client.Login(%d)", "control: client.Login(10)")
    t = ts(
        h,
        t + secs(r, 0.01, 0.05),
        "control: Generating a new nodekey.",
        "control: Generating a new nodekey.",
    )
    t = ts(
        h,
        t + secs(r, 0.01, 0.05),
        "control: RegisterReq: onode=%v node=%v fup=%v nks=%v",
        f"control: RegisterReq: onode=[{me['nas']}] node=[{''.join(r.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz') for _ in range(5))}] fup=false nks=false",
    )
    t = ts(
        h,
        t + secs(r, 0.2, 0.5),
        "control: RegisterReq: got response; nodeKeyExpired=%v, machineAuthorized=%v; authURL=%v",
        "control: RegisterReq: got response; nodeKeyExpired=false, machineAuthorized=true; authURL=true",
    )
    t = ts(
        h,
        t + secs(r, 0.001, 0.01),
        "control: AuthURL is %v",
        "control: AuthURL is https://login.tailscale.com/a/1a2b3c4d5e6f7",
    )
    t += secs(r, 40, 80)
    t = ts(
        h,
        t,
        "control: RegisterReq: got response; nodeKeyExpired=%v, machineAuthorized=%v; authURL=%v",
        "control: RegisterReq: got response; nodeKeyExpired=false, machineAuthorized=true; authURL=false",
    )
    t = ts(
        h, t + secs(r, 0.001, 0.01), "health(warnable=%s): ok", "health(warnable=login-state): ok"
    )
    t = ts(
        h,
        t + secs(r, 0.01, 0.05),
        "Switching ipn state %v -> %v (WantRunning=%v, nm=%v)",
        "Switching ipn state NeedsLogin -> Starting (WantRunning=true, nm=true)",
    )
    t = ts(
        h,
        t + secs(r, 0.2, 0.6),
        "wgengine: Reconfig: configuring userspace WireGuard config (with %d/%d peers)",
        f"wgengine: Reconfig: configuring userspace WireGuard config (with 1/{len(peers) - 1} peers)",
    )
    t = ts(
        h,
        t + secs(r, 0.001, 0.01),
        "wgengine: Reconfig: configuring router",
        "wgengine: Reconfig: configuring router",
    )
    t = ts(
        h,
        t + secs(r, 0.001, 0.01),
        "dns: Set: %v",
        "dns: Set: {DefaultResolvers:[] Routes:{} SearchDomains:[tail4ca2.ts.net] Hosts:9}",
    )
    t = ts(
        h,
        t + secs(r, 0.01, 0.1),
        "peerapi: serving on %s",
        "peerapi: serving on http://100.92.41.20:39214",
    )
    t = ts(
        h,
        t + secs(r, 0.1, 0.5),
        "Switching ipn state %v -> %v (WantRunning=%v, nm=%v)",
        "Switching ipn state Starting -> Running (WantRunning=true, nm=true)",
    )
    # the laptop sees the NAS's new disco key
    ts(
        "laptop",
        t + secs(r, 1, 3),
        "nodeBackend: peer [%v] disco key changed from %q to %q",
        f'nodeBackend: peer [{me["nas"]}] disco key changed from "discokey:{hexid(r, 8)}…" to "discokey:{hexid(r, 8)}…"',
    )
    # the logger's rate limit: the DERP errors and the open-conn-track lines
    for h2, tt, fmt_ in (
        (
            "nas",
            derp_down[0] + timedelta(minutes=3),
            "derphttp.Client.Connect: connecting to derp-%d (%v)",
        ),
        (
            "laptop",
            expired[0] + timedelta(minutes=4),
            "open-conn-track: timeout opening %v to node %v; online=%v, lastRecv=%v",
        ),
    ):
        tt = ts(h2, tt, "[RATELIMIT] format(%q)", f"[RATELIMIT] format({json.dumps(fmt_)})")
        ts(
            h2,
            tt + timedelta(minutes=r.randrange(4, 9)),
            "[RATELIMIT] format(%q) (%d dropped)",
            f"[RATELIMIT] format({json.dumps(fmt_)}) ({r.randrange(3, 40)} dropped)",
        )
    # the logtail uploader during the hotspot's first minute
    ts(
        "laptop",
        move + secs(r, 1, 3),
        "logtail: dial %q failed: %v (in %v), trying bootstrap...",
        'logtail: dial "log.tailscale.io:443" failed: dial tcp: lookup log.tailscale.io: no such host (in 12ms), trying bootstrap...',
    )
    ts(
        "laptop",
        move + secs(r, 4, 9),
        "logtail: upload: log upload of %d bytes compressed failed: %v",
        f'logtail: upload: log upload of {r.randrange(2000, 90000)} bytes compressed failed: Post "https://log.tailscale.io/c/tailnode.log.tailscale.io/{hexid(r, 64)}": context deadline exceeded',
    )
    return [recs[h2].into(Log(f"{h2}-tailscaled.log", t0)) for h2 in TS_HOSTS]


# --------------------------------------------------------------------------------- mastodon

MD_ROUTES = [
    (
        40,
        "GET",
        "/api/v1/timelines/home",
        "json",
        "Api::V1::Timelines::HomeController",
        "show",
        200,
    ),
    (14, "GET", "/api/v1/notifications", "json", "Api::V1::NotificationsController", "index", 200),
    (
        10,
        "GET",
        "/api/v1/timelines/public",
        "json",
        "Api::V1::Timelines::PublicController",
        "show",
        200,
    ),
    (8, "POST", "/inbox", "*/*", "ActivityPub::InboxesController", "create", 202),
    (8, "POST", "/users/{user}/inbox", "*/*", "ActivityPub::InboxesController", "create", 202),
    (6, "GET", "/@{user}", "html", "AccountsController", "show", 200),
    (5, "GET", "/users/{user}", "json", "AccountsController", "show", 200),
    (4, "POST", "/api/v1/statuses", "json", "Api::V1::StatusesController", "create", 200),
    (
        4,
        "GET",
        "/api/v1/accounts/verify_credentials",
        "json",
        "Api::V1::Accounts::CredentialsController",
        "show",
        200,
    ),
    (
        3,
        "POST",
        "/api/v1/statuses/{id}/favourite",
        "json",
        "Api::V1::Statuses::FavouritesController",
        "create",
        200,
    ),
    (3, "GET", "/.well-known/webfinger", "json", "WellKnown::WebfingerController", "show", 200),
    (2, "GET", "/api/v2/instance", "json", "Api::V2::InstancesController", "show", 200),
    (
        2,
        "GET",
        "/api/v1/statuses/{id}/context",
        "json",
        "Api::V1::StatusesController",
        "context",
        200,
    ),
]
MD_USERS = ["alice", "bob", "carol", "dmitri", "eve", "fatima", "gus", "hana"]
MD_REMOTES = ["mastodon.social", "fosstodon.org", "hachyderm.io", "infosec.exchange", "mas.to"]
MD_DOWN = "social.example-down.net"
MD_BT_MEDIA = [
    "/opt/mastodon/vendor/bundle/ruby/3.2.0/gems/kt-paperclip-7.2.2/lib/paperclip/processor.rb:49:in `convert'",
    "/opt/mastodon/lib/paperclip/transcoder.rb:63:in `make'",
    "/opt/mastodon/vendor/bundle/ruby/3.2.0/gems/kt-paperclip-7.2.2/lib/paperclip/processor_helpers.rb:11:in `make'",
    "/opt/mastodon/vendor/bundle/ruby/3.2.0/gems/kt-paperclip-7.2.2/lib/paperclip/style.rb:26:in `block in processors'",
    "/opt/mastodon/vendor/bundle/ruby/3.2.0/gems/kt-paperclip-7.2.2/lib/paperclip/attachment.rb:591:in `post_process_style'",
    "/opt/mastodon/vendor/bundle/ruby/3.2.0/gems/kt-paperclip-7.2.2/lib/paperclip/attachment.rb:561:in `post_process_styles'",
    "/opt/mastodon/vendor/bundle/ruby/3.2.0/gems/kt-paperclip-7.2.2/lib/paperclip/attachment.rb:518:in `post_process'",
    "/opt/mastodon/app/workers/post_process_media_worker.rb:31:in `perform'",
    "/opt/mastodon/vendor/bundle/ruby/3.2.0/gems/sidekiq-7.2.4/lib/sidekiq/processor.rb:202:in `execute_job'",
]
MD_BT_DELIVERY = [
    "/opt/mastodon/app/workers/activitypub/delivery_worker.rb:42:in `perform_request'",
    "/opt/mastodon/app/workers/activitypub/delivery_worker.rb:21:in `perform'",
    "/opt/mastodon/vendor/bundle/ruby/3.2.0/gems/sidekiq-7.2.4/lib/sidekiq/processor.rb:202:in `execute_job'",
    "/opt/mastodon/vendor/bundle/ruby/3.2.0/gems/sidekiq-7.2.4/lib/sidekiq/processor.rb:170:in `block (2 levels) in process'",
]


def lograge(method: str, path: str, status: int | str, tail: str) -> str:
    """lograge's line labelled by method, route and status, as the set's request records are
    (round 54's rule): a number in the path a variable, a user's name kept; the format,
    controller and action follow from the route."""
    route = "/".join("<*>" if part.isdigit() else part for part in path.split("/"))
    return f"method={method} path={route} format=%s controller=%s action=%s status={status}{tail}"


def mastodon(r: random.Random) -> list[Log]:
    """Mastodon 4.2.9 on one host, 10:00 to 12:00: Puma's log (`web.log`: Rails with lograge,
    `[request-id]` tags on a request's lines), Sidekiq 7's (`sidekiq.log`) and the streaming
    server's (`streaming.log`, npmlog: `verb`, `info`, `WARN`, `ERR!` and the request id as
    the prefix). The remote instance social.example-down.net down from 10:20 (deliveries to
    its inboxes failing: connection refused, then 503, then the Stoplight circuit open, each
    failure retried by Sidekiq); Redis slow 11:05 to 11:12 (Sidekiq's and the streaming
    server's warnings, slow requests, `Redis::TimeoutError` in the web log); a video upload
    whose transcoding fails (`Paperclip::Error` with its Ruby backtrace in Sidekiq and the
    API answering 422)."""
    clock = Clock(1000)
    t0, end = at(10, 0), at(12, 0)
    web, sk, st = Records(), Records(), Records()
    reqs: list[str] = []

    def rid() -> str:
        return uuid4(r)

    def wl(
        t: datetime, fmt: str, msg: str, tag: str | None = None, more: list[str] | None = None
    ) -> datetime:
        t = clock.at(("web", tag), t)
        pre = f"[{tag}] " if tag else ""
        web.add(t, [pre + msg, *[pre + m for m in more or []]], fmt)
        return t

    def skl(
        t: datetime,
        tid: str,
        cls: str,
        jid: str,
        lvl: str,
        fmt: str,
        msg: str,
        elapsed: float | None = None,
        more: list[str] | None = None,
    ) -> datetime:
        t = clock.at(("sk", tid), t)
        el = f" elapsed={elapsed:.3f}" if elapsed is not None else ""
        ctx = f" class={cls} jid={jid}" if cls else ""
        sk.add(
            t,
            [
                f"{t:%Y-%m-%dT%H:%M:%S}.{ms3(t)}Z pid=52 tid={tid}{ctx}{el} {lvl}: {msg}",
                *(more or []),
            ],
            fmt,
        )
        return t

    def stl(t: datetime, lvl: str, prefix: str, fmt: str, msg: str) -> datetime:
        t = clock.at("st", t)
        st.add(t, [f"{lvl} {prefix} {msg}" if prefix else f"{lvl} {msg}"], fmt)
        return t

    def tid() -> str:
        return "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(4))

    redis_slow = (at(11, 5, 10), at(11, 12, 40))
    # start-up lines of each process (restarted at 10:00 after a deploy)
    wl(t0, "Puma starting in %s mode...", "Puma starting in cluster mode...")
    for fmt, msg in (
        (
            '* Puma version: %s (%s) ("%s")',
            '* Puma version: 6.4.2 (ruby 3.2.3-p157) ("The Eagle of Durango")',
        ),
        ("*  Min threads: %d", "*  Min threads: 5"),
        ("*  Max threads: %d", "*  Max threads: 5"),
        ("*  Environment: %s", "*  Environment: production"),
        ("*   Master PID: %d", "*   Master PID: 41"),
        ("*      Workers: %d", "*      Workers: 2"),
        ("*     Restarts: (✔) hot (✖) phased", "*     Restarts: (✔) hot (✖) phased"),
        ("* Preloading application", "* Preloading application"),
        ("* Listening on %s", "* Listening on http://0.0.0.0:3000"),
        ("Use Ctrl-C to stop", "Use Ctrl-C to stop"),
    ):
        wl(t0 + secs(r, 0.01, 3), fmt, msg)
    for n in range(2):
        wl(
            t0 + secs(r, 4, 6),
            "- Worker %d (PID: %d) booted in %ss, phase: %d",
            f"- Worker {n} (PID: {60 + n * 7}) booted in {r.uniform(0.1, 0.6):.2f}s, phase: 0",
        )
    skl(
        t0 + secs(r, 0, 2),
        tid(),
        "",
        "",
        "INFO",
        "Booted Rails %s application in %s environment",
        "Booted Rails 7.1.3.4 application in production environment",
    )
    skl(
        t0 + secs(r, 2, 3),
        tid(),
        "",
        "",
        "INFO",
        "Running in %s",
        "Running in ruby 3.2.3 (2024-01-18 revision 52bb2ac0a6) [x86_64-linux]",
    )
    skl(
        t0 + secs(r, 3, 4),
        tid(),
        "",
        "",
        "INFO",
        "Sidekiq %s connecting to Redis with options %s",
        'Sidekiq 7.2.4 connecting to Redis with options {:size=>30, :pool_name=>"internal", :url=>"redis://redis:6379/0", :driver=>:hiredis}',
    )
    skl(
        t0 + secs(r, 4, 5),
        tid(),
        "",
        "",
        "INFO",
        "Starting processing, hit Ctrl-C to stop",
        "Starting processing, hit Ctrl-C to stop",
    )
    stl(
        t0 + secs(r, 1, 2),
        "info",
        "",
        "Starting streaming API server master with %d workers",
        "Starting streaming API server master with 2 workers",
    )
    for n in range(2):
        stl(t0 + secs(r, 2, 3), "info", "", "Starting worker %d", f"Starting worker {n + 1}")
        stl(
            t0 + secs(r, 3, 4),
            "info",
            "",
            "Worker %d now listening on %s:%d",
            f"Worker {n + 1} now listening on 0.0.0.0:4000",
        )

    # web requests
    total = sum(w for w, *_ in MD_ROUTES)
    for t in poisson(r, t0 + timedelta(seconds=8), end, 13):
        x = r.uniform(0, total)
        route = MD_ROUTES[-1]
        for cand in MD_ROUTES:
            x -= cand[0]
            if x <= 0:
                route = cand
                break
        _w, method, path, fmt, ctrl, action, status = route
        path = path.replace("{user}", r.choice(MD_USERS)).replace(
            "{id}", str(112_500_000_000_000_000 + r.randrange(10**15))
        )
        q = rid()
        slow = redis_slow[0] <= t < redis_slow[1]
        dur = r.uniform(8, 140) * (r.uniform(8, 40) if slow else 1)
        db = dur * r.uniform(0.1, 0.5)
        view = dur * r.uniform(0.05, 0.3)
        if slow and r.random() < 0.12 and ctrl.startswith("Api::V1::Timelines"):
            wl(
                t,
                "Redis::TimeoutError (Connection timed out):",
                "Redis::TimeoutError (Connection timed out):",
                q,
                [
                    "  ",
                    "app/lib/feed_manager.rb:61:in `get'",
                    "app/controllers/api/v1/timelines/home_controller.rb:31:in `cached_home_statuses'",
                    "app/controllers/api/v1/timelines/home_controller.rb:11:in `show'",
                ],
            )
            wl(
                t + secs(r, 0.001, 0.01),
                lograge(method, path, 500, " error=%s duration=%s view=%s db=%s"),
                f"method={method} path={path} format={fmt} controller={ctrl} action={action} status=500 error='Redis::TimeoutError: Connection timed out' duration={dur:.2f} view=0.00 db={db:.2f}",
                q,
            )
            continue
        if path == "/@" + path[2:] and r.random() < 0.08:
            wl(
                t,
                lograge("GET", path, 302, " duration=%s view=%s db=%s location=%s"),
                f"method=GET path={path} format=html controller=AccountsController action=show status=302 duration={dur:.2f} view=0.00 db={db:.2f} location=https://social.example.org/deck{path}",
                q,
            )
            continue
        if method == "POST" and "inbox" in path and r.random() < 0.05:
            wl(
                t,
                "Unable to verify signature for %s: %s",
                f"Unable to verify signature for https://{r.choice(MD_REMOTES)}/users/{r.choice(['jb', 'kyo', 'lena'])}: Verification failed for {r.choice(['jb', 'kyo', 'lena'])}@{r.choice(MD_REMOTES)} https://{r.choice(MD_REMOTES)}/users/x using rsa-sha256 (RSASSA-PKCS1-v1_5 with SHA-256)",
                q,
            )
            status = 401
        wl(
            t + secs(r, 0.001, 0.01),
            lograge(method, path, status, " duration=%s view=%s db=%s"),
            f"method={method} path={path} format={fmt} controller={ctrl} action={action} status={status} duration={dur:.2f} view={view:.2f} db={db:.2f}",
            q,
        )
        reqs.append(q)
    # scanners
    for t in poisson(r, t0, end, 400):
        q = rid()
        p = r.choice(["/wp-login.php", "/.env", "/xmlrpc.php", "/admin/.git/config"])
        wl(
            t,
            'ActionController::RoutingError (No route matches [%s] "%s"):',
            f'ActionController::RoutingError (No route matches [GET] "{p}"):',
            q,
            ["  "],
        )
        wl(
            t + secs(r, 0.001, 0.01),
            lograge("GET", p, 404, " duration=%s view=%s db=%s"),
            f"method=GET path={p} format=html controller=Api::BaseController action=not_found status=404 duration={r.uniform(1, 5):.2f} view=0.00 db=0.00",
            q,
        )

    # sidekiq: deliveries, pushes, link crawls, the media job
    def job(
        t: datetime,
        cls: str,
        took: float,
        ok: bool = True,
        exc: tuple[str, str, str, list[str]] | None = None,
        retry: int = 0,
    ) -> None:
        th, jid = tid(), hexid(r, 24)
        t = skl(t, th, cls, jid, "INFO", "start", "start")
        t += timedelta(seconds=took)
        if ok:
            skl(t, th, cls, jid, "INFO", "done", "done", took)
            return
        skl(t, th, cls, jid, "INFO", "fail", "fail", took)
        assert exc is not None
        fmt, excfmt, excmsg, bt = exc
        args = (
            json.dumps(
                [
                    f'{{"@context":"https://www.w3.org/ns/activitystreams","id":"https://social.example.org/users/{r.choice(MD_USERS)}/statuses/{r.randrange(10**17, 10**18)}/activity","type":"Create"}}',
                    r.randrange(100000, 999999),
                    f"https://{MD_DOWN}/inbox",
                ]
            )
            if "Delivery" in cls
            else json.dumps([r.randrange(10**17, 10**18)])
        )
        ctx = {
            "context": "Job raised exception",
            "job": {
                "retry": 16 if "Delivery" in cls else 3,
                "queue": "push" if "Delivery" in cls else "default",
                "dead": False,
                "args": json.loads(args),
                "class": cls,
                "jid": jid,
                "created_at": t.timestamp() - 30,
                "enqueued_at": t.timestamp() - 1,
                "error_message": excmsg,
                "error_class": excfmt.split(":")[0],
                "failed_at": t.timestamp() - 200,
                "retry_count": retry,
            },
        }
        skl(
            t,
            th,
            cls,
            jid,
            "WARN",
            '{"context":"Job raised exception","job":%s}',
            json.dumps(ctx, separators=(",", ":")),
        )
        skl(t, th, cls, jid, "WARN", fmt, excmsg)
        # the backtrace: a record of its own, part of the exception's event (no label)
        tb = clock.at(("sk", th), t)
        sk.add(
            tb,
            [
                f"{tb:%Y-%m-%dT%H:%M:%S}.{ms3(tb)}Z pid=52 tid={th} class={cls} jid={jid} WARN: {bt[0]}",
                *bt[1:],
            ],
            None,
        )  # type: ignore[arg-type]

    down0 = at(10, 20, 5)
    for t in poisson(r, t0 + timedelta(seconds=10), end, 12):
        x = r.random()
        if x < 0.6:
            if t >= down0 and r.random() < 0.3:
                inbox = f"https://{MD_DOWN}/inbox"
                if t < at(10, 41):
                    e = (
                        "HTTP::ConnectionError: Delivery failed for %s: failed to connect: Connection refused - connect(2) for %s port %d",
                        "HTTP::ConnectionError",
                        f"Delivery failed for {inbox}: failed to connect: Connection refused - connect(2) for 198.51.100.44 port 443",
                        MD_BT_DELIVERY,
                    )
                    took = r.uniform(0.05, 0.3)
                elif t < at(11, 20):
                    e = (
                        "Mastodon::UnexpectedResponseError: Delivery failed for %s: %s returned code %d",
                        "Mastodon::UnexpectedResponseError",
                        f"Delivery failed for {inbox}: {inbox} returned code 503",
                        MD_BT_DELIVERY,
                    )
                    took = r.uniform(0.2, 2)
                else:
                    e = (
                        "Stoplight::Error::RedLight: Delivery failed for %s: %s",
                        "Stoplight::Error::RedLight",
                        f"Delivery failed for {inbox}: {inbox}",
                        MD_BT_DELIVERY[1:],
                    )
                    took = r.uniform(0.001, 0.01)
                job(t, "ActivityPub::DeliveryWorker", took, False, e, r.randrange(0, 9))
            else:
                job(
                    t,
                    "ActivityPub::DeliveryWorker",
                    r.uniform(0.05, 0.9) * (20 if redis_slow[0] <= t < redis_slow[1] else 1),
                )
        elif x < 0.7:
            job(t, "PushUpdateWorker", r.uniform(0.002, 0.03))
        elif x < 0.8:
            job(t, "ActivityPub::ProcessingWorker", r.uniform(0.05, 0.6))
        elif x < 0.88:
            job(t, "LocalNotificationWorker", r.uniform(0.01, 0.08))
        elif x < 0.94:
            job(t, "LinkCrawlWorker", r.uniform(0.3, 3))
        else:
            job(t, "DistributionWorker", r.uniform(0.01, 0.2))
    # scheduler
    for t in poisson(r, t0, end, 300):
        job(
            t,
            r.choice(
                [
                    "Scheduler::ScheduledStatusesScheduler",
                    "Scheduler::SuspendedUserCleanupScheduler",
                    "Scheduler::IpCleanupScheduler",
                    "Scheduler::Trends::RefreshScheduler",
                ]
            ),
            r.uniform(0.01, 2),
        )
    # Redis slow: Sidekiq's heartbeat and the streaming server
    for t in poisson(r, redis_slow[0], redis_slow[1], 40):
        skl(t, tid(), "", "", "ERROR", "heartbeat: %s", "heartbeat: Connection timed out")
    skl(
        redis_slow[0] + secs(r, 0, 20),
        tid(),
        "",
        "",
        "WARN",
        "Your Redis network connection is performing extremely poorly.",
        "Your Redis network connection is performing extremely poorly.",
        None,
        [
            "Last RTT readings were [109831, 121004, 142197, 101236, 98810], ideally these should be < 1000.",
            "Ensure Redis is running in the same AZ or datacenter as Sidekiq.",
            "If these values are close to 100,000, that means your Sidekiq process may be",
            "CPU-saturated; reduce your concurrency and/or see https://github.com/sidekiq/sidekiq/discussions/5039",
        ],
    )
    for t in poisson(r, redis_slow[0], redis_slow[1], 25):
        stl(t, "ERR!", "", "Redis error: %s", "Redis error: Error: connect ETIMEDOUT")
    # the media job failing
    tm = at(11, 31, 7)
    q = rid()
    wl(
        tm,
        "[paperclip] Trying to link %s to %s",
        f"[paperclip] Trying to link /tmp/RackMultipart20240604-60-{alnum6(r)}.mp4 to /tmp/{hexid(r, 32)}20240604-60-{alnum6(r)}.mp4",
        q,
    )
    wl(
        tm + secs(r, 0.01, 0.05),
        "Command :: %s",
        f"Command :: file -b --mime '/tmp/{hexid(r, 32)}20240604-60-{alnum6(r)}.mp4'",
        q,
    )
    wl(
        tm + secs(r, 0.3, 0.6),
        lograge("POST", "/api/v2/media", 202, " duration=%s view=%s db=%s"),
        f"method=POST path=/api/v2/media format=json controller=Api::V2::MediaController action=create status=202 duration={r.uniform(400, 900):.2f} view=0.41 db=12.31",
        q,
    )
    for n in range(4):
        tt = tm + timedelta(seconds=[2, 35, 120, 510][n])
        job(
            tt,
            "PostProcessMediaWorker",
            r.uniform(3, 8),
            False,
            (
                "Paperclip::Error: error while processing video for %s: %s",
                "Paperclip::Error",
                f"error while processing video for {hexid(r, 32)}: Paperclip::Errors::NotIdentifiedByImageMagickError",
                MD_BT_MEDIA,
            ),
            n,
        )
    for n in range(3):
        q2 = rid()
        tt = tm + timedelta(seconds=[6, 12, 40][n])
        wl(
            tt,
            lograge("GET", "/api/v1/media/0", 206, " duration=%s view=%s db=%s"),
            f"method=GET path=/api/v1/media/{r.randrange(10**17, 10**18)} format=json controller=Api::V1::MediaController action=show status=206 duration={r.uniform(5, 20):.2f} view=0.30 db=1.10",
            q2,
        )
    tt = tm + timedelta(seconds=600)
    wl(
        tt,
        lograge("POST", "/api/v1/statuses", 422, " duration=%s view=%s db=%s"),
        f"method=POST path=/api/v1/statuses format=json controller=Api::V1::StatusesController action=create status=422 duration={r.uniform(20, 60):.2f} view=0.40 db=5.20",
        rid(),
    )
    # streaming: connections
    conns = []
    for t in poisson(r, t0 + timedelta(seconds=5), end, 50):
        q = rid()
        acct = r.randrange(100000, 109999)
        chans = r.choice(
            [
                f"timeline:{acct}, timeline:access_token:{r.randrange(10000, 99999)}, system:{acct}",
                "timeline:public:local",
                "timeline:public",
            ]
        )
        t = stl(
            t,
            "info",
            q,
            "Starting stream from %s for %s",
            f"Starting stream from {chans} for {acct}",
        )
        for c in chans.split(", "):
            stl(t + secs(r, 0.001, 0.01), "verb", q, "Subscribe %s", f"Subscribe {c}")
        dur = timedelta(seconds=r.uniform(20, 3000))
        te = t + dur
        if te < end:
            stl(te, "verb", q, "Ending stream for %s", f"Ending stream for {acct}")
            for c in chans.split(", "):
                stl(te + secs(r, 0.001, 0.01), "verb", q, "Unsubscribe %s", f"Unsubscribe {c}")
        conns.append(q)
    for t in poisson(r, t0, end, 240):
        q = rid()
        e = (
            "Error: Invalid access token"
            if r.random() < 0.7
            else "Error: Access token does not cover required scopes"
        )
        stl(t, "ERR!", q, e, e)
    return [
        web.into(Log("web.log", t0)),
        sk.into(Log("sidekiq.log", t0)),
        st.into(Log("streaming.log", t0)),
    ]


def alnum6(r: random.Random) -> str:
    return "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(6))


SYSTEMS = {
    "yugabytedb": yugabytedb,
    "hbase": hbase,
    "alertmanager": alertmanager,
    "tailscaled": tailscaled,
    "mastodon": mastodon,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
