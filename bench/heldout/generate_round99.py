#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 99 (galera, kudu, impala, accumulo, riak) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, through round 97's Files). Five clustered data stores, 06:00 to 12:00 on
2024-06-04:

- A MariaDB 10.11 Galera cluster (Galera 4, 26.4.16) of three nodes (`db1-error.log`,
  `db2-error.log`, `db3-error.log`: `2024-06-04  6:00:03 0 [Note] WSREP: ...`, the hour
  padded with a blank): db1 bootstrapping the cluster at 06:00 and db2 and db3 joining by IST
  (views over several lines, `New COMPONENT`, `Quorum results:` with its tab-indented rows,
  `Shifting %s -> %s (TO: %lld)`, `Member %d.%d (%s) requested state transfer ...`), db3's
  flapping link all morning (gmcast's `connection to peer ... timed out`, `turning message
  relay requesting on` / `off`, `reconnecting to`, evs's `last inactive check more than`),
  db3 restarted for maintenance at 08:00, partitioned at 09:30 (a non-primary view) and
  killed by the OOM killer at 10:40 (back by SST with mariabackup from db1), and the
  `Aborted connection` warnings of pooled clients all day.
- Apache Kudu 1.17 (`kudu-master.m1...log.INFO...`, three `kudu-tserver.tsN...log.INFO...`:
  glog's five-line file header, then `I0604 06:00:03.123456  2211 file.cc:123] msg`):
  start-up (`Tablet server non-default flags:` with one flag a line, tablets bootstrapped,
  `Becoming Follower/Learner`, pre-elections and leaders), the maintenance manager's flushes
  and compactions (`Scheduling %s: perf score=%f`, `%s complete. Timing: real ...`), WAL
  segment rolls, the master's port refused for four minutes (`Failed to heartbeat to ...`), ts2
  out of memory (`Rejecting Write request: Soft memory limit exceeded ...`), ts3's WAL disk
  full at 10:05 (a FATAL `Check failed:` with `*** Check failure stack trace: ***` and its
  frames, the file ends), the leaders' `Couldn't send request to peer ...` until they evict
  it, elections for ts3's tablets.
- Apache Impala 4.3 (`impalad.coord1...`, `impalad.exec1...`, `impalad.exec2...`: glog with
  the query id after the `]`): start-up (`Flags (see also /varz are on debug webserver):`
  with its flag lines, `Impala has started.`), each query's life on the coordinator and the
  executors (registered, analysed, admitted or queued, executed, instances, backends,
  unregistered), catalog topic updates, a memory-limit failure (`ExecState: ... status=Memory
  limit exceeded: ...` over several lines), the statestore lost for three minutes,
  client connections closed.
- Apache Accumulo 2.1 (`tserver_ts1.log`, `tserver_ts2.log`, `manager_mgr1.log`,
  `gc_mgr1.log`: log4j2's `%d{ISO8601} [%-8c{2}] %-5p: %m%n`): start-up (`Version`,
  `Instance`, `Data Version`, ZooKeeper then HDFS), tablets loaded and assigned, the
  tablet servers' DEBUG session lines (`ScanSess tid ...`, `MultiScanSess ...`, `UpSess
  ...`), `gc G1 Young Generation=...` lines, minor and major compactions, ZooKeeper's client
  losing its server (`Unable to read additional data from server sessionid ...`, `Opening
  socket connection`, `Session establishment complete`) and ZooCache's warning with its
  `KeeperException` stack, ts2 losing its lock at 09:20 and restarting, the manager's
  `Lost servers` and reassignments, the garbage collector's cycles.
- Riak KV 2.9 (`riak1-console.log` ... `riak4-console.log`: lager's `2024-06-04
  06:00:01.123 [info] <0.1234.0>@module:function:line msg`): a node's start-up
  (applications started, services waited for, capabilities), sysmon's `monitor long_gc` /
  `large_heap` lines all day, riak4 joining at 08:00 (gossip's node changes, ownership
  transfers sent and received), riak3 cut off at 10:00 (`** Node %s not responding **` with
  net_kernel's second line, get FSMs crashing with their CRASH REPORTs, lager dropping
  messages), hinted handoffs and AAE repairs after it is back, AAE throttle changes,
  riak2's restart at 11:00.

Label notes. MariaDB's date, thread id and level are context; `WSREP: ` (written by the
WSREP_* macros, as `InnoDB: ` by ib::logger) is part of the label. Galera's gmcast prefix
`(uuid, 'tcp://0.0.0.0:4567') ` names the object logging (its `self_string()`), as a
connection's prefix does: context. A view and a `Quorum results:` report are one write over
several lines (one event). glog's letter, date, thread and `file.cc:N] ` are context, and so
are Kudu's `T %s P %s: `, `T %s P %s [term %d %s]: `, `P %s: ` and `T %s P %s -> Peer %s
(%s:%d): ` log prefixes and Impala's `queryid] `; the five header lines are each a statement
(`Log line format: ...` literal); flag lists under their line and a FATAL's stack belong to
their line. A maintenance op's name (`FlushMRSOp(<tablet>)`) is a value; a `Status` inside a
message contributes its format. Accumulo's date, logger and level are context, a stack trace
belongs to its line. Lager's date, level and `<pid>@module:function:line ` are context; the
sysmon event type (`long_gc`, `large_heap`) and a handoff's type (`ownership`, `hinted`) are
values; an Erlang crash reason contributes lager's formatting of it (`no match of right hand
value %s in %s line %d`).

Least sure (written from the helper's knowledge, nothing checked against a copy of the
source here): Galera's `connection to peer ... timed out ...` socket-stats field list and
`last inactive check more than ...`, the SST `Running:` command line; Kudu's `Attempting to
remove follower ...` reason text, the `Rejecting Write request` wording, the heartbeater's
failure line and the `complete. Timing:` Metrics JSON; Impala's statestore recovery lines,
`Queuing, query id=...` reason text, `Instance completed.` fields and the `ExecState:` layout;
Accumulo 2.1's loggers (`tablet.MinorCompactor`, `compaction.FileCompactor`), the `MinC` lines
and the `Loading tablet` / `Assigning` wordings; Riak's sysmon line layout, the handoff
receiver's lines and `Changing AAE throttle` wording.
"""

from __future__ import annotations

import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate
from generate_round55 import at, poisson
from generate_round97 import Files, ms, sec


def us(t: datetime) -> str:
    return f"{t.microsecond:06d}"


def h16(r: random.Random, n: int) -> str:
    return f"{r.getrandbits(4 * n):0{n}x}"


# ----------------------------------------------------------------------------------- galera

GA_NODES = {"db1": "10.0.1.11", "db2": "10.0.1.12", "db3": "10.0.1.13"}
GA_GROUP = "7c1e4a52-2a3f-11ef-9b1d-6f2e8d41c0a7"
GA_CLUSTER = "prod_galera"
GA_VERSION = "10.11.6-MariaDB-log"
GA_REV = "fecd78b83785d5ae96f2c6ff340375be803cd299"
GA_ABORT_TIMEOUT = "Aborted connection %lld to db: '%s' user: '%s' host: '%s' (Got timeout reading communication packets)"
GA_ABORT_ERROR = "Aborted connection %lld to db: '%s' user: '%s' host: '%s' (Got an error reading communication packets)"
GA_PEER_TIMEOUT = "WSREP: connection to peer %s with addr %s timed out, no messages seen in %s, socket stats: rtt: %u rttvar: %u rto: %u lost: %u last_data_recv: %u cwnd: %u last_queued_since: %lld last_delivered_since: %lld send_queue_length: %zu send_queue_bytes: %zu"
GA_QUORUM = "WSREP: Quorum results: version = %d, component = %s, conf_id = %d, members = %d/%d (primary/total), act_id = %lld, last_appl. = %lld, protocols = %d/%d/%d (gcs/repl/appl), vote policy= %d, group UUID = %s"


def galera(r: random.Random) -> list[Log]:
    """Three nodes, 06:00 to 12:00: db1 bootstraps at 06:00, db2 and db3 join by IST; db3's
    link flaps for a few seconds every quarter of an hour or so; db3 restarted at 08:00,
    partitioned 09:30:00-09:30:40 (non-primary), OOM-killed at 10:40 and back by SST at
    10:42; pooled clients' aborted connections on every node all day."""
    fs = Files()
    t0, t_end = at(6, 0), at(12, 0)
    uid = {n: f"{h16(r, 8)}-{h16(r, 4)}" for n in GA_NODES}
    pid = {"db1": 812, "db2": 790, "db3": 803}
    conf = [0]
    conn = {n: 8 for n in GA_NODES}

    def W(n: str, t: datetime, tid: int, level: str, label: str, lines: list[str]) -> datetime:
        def text(x: datetime) -> list[str]:
            return [f"{x:%Y-%m-%d} {x.hour:2d}:{x:%M:%S} {tid} [{level}] {lines[0]}", *lines[1:]]

        return fs.add(f"{n}-error.log", t, label, text, n, 1000)

    def seqno(t: datetime) -> int:
        return 1_482_211 + int((t - t0).total_seconds() * 2.3)

    def addr(n: str) -> str:
        return f"tcp://{GA_NODES[n]}:4567"

    def view(
        n: str,
        t: datetime,
        memb: list[str],
        joined: list[str],
        left: list[str],
        part: list[str],
        prim: bool = True,
    ) -> datetime:
        owner = min(memb, key=lambda m: uid[m])
        kind = "PRIM" if prim else "NON_PRIM"
        lines = [f"WSREP: view(view_id({kind},{uid[owner]},{conf[0]}) memb {{"]
        lines += [f"\t{uid[m]},0" for m in sorted(memb, key=lambda m: uid[m])]
        lines.append("} joined {")
        lines += [f"\t{uid[m]},0" for m in joined]
        lines.append("} left {")
        lines += [f"\t{uid[m]},0" for m in left]
        lines.append("} partitioned {")
        lines += [f"\t{uid[m]},0" for m in part]
        lines.append("})")
        t = W(
            n,
            t,
            0,
            "Note",
            "WSREP: view(%s memb {%s} joined {%s} left {%s} partitioned {%s})",
            lines,
        )
        order = sorted(memb, key=lambda m: uid[m])
        t = W(
            n,
            t + sec(0.001),
            0,
            "Note",
            "WSREP: New COMPONENT: primary = %s, bootstrap = %s, my_idx = %d, memb_num = %d",
            [
                f"WSREP: New COMPONENT: primary = {'yes' if prim else 'no'}, bootstrap = no, my_idx = {order.index(n)}, memb_num = {len(memb)}"
            ],
        )
        if prim:
            s = seqno(t)
            t = W(
                n,
                t + sec(0.002),
                0,
                "Note",
                GA_QUORUM,
                [
                    "WSREP: Quorum results:",
                    "\tversion    = 6,",
                    "\tcomponent  = PRIMARY,",
                    f"\tconf_id    = {conf[0] - 1},",
                    f"\tmembers    = {len(memb)}/{len(memb)} (primary/total),",
                    f"\tact_id     = {s},",
                    f"\tlast_appl. = {s - r.randint(5, 40)},",
                    "\tprotocols  = 2/10/4 (gcs/repl/appl),",
                    "\tvote policy= 0,",
                    f"\tgroup UUID = {GA_GROUP}",
                ],
            )
        return t

    def shift(n: str, t: datetime, a: str, b: str) -> datetime:
        return W(
            n,
            t,
            0,
            "Note",
            "WSREP: Shifting %s -> %s (TO: %lld)",
            [f"WSREP: Shifting {a} -> {b} (TO: {seqno(t)})"],
        )

    def status(n: str, t: datetime, a: str, b: str) -> datetime:
        return W(
            n,
            t,
            0,
            "Note",
            "WSREP: Server status change %s -> %s",
            [f"WSREP: Server status change {a} -> {b}"],
        )

    def synced(n: str, t: datetime, idx: int) -> datetime:
        for m in GA_NODES:
            if m in up:
                W(
                    m,
                    t + sec(0.001),
                    0,
                    "Note",
                    "WSREP: Member %d.%d (%s) synced with group.",
                    [f"WSREP: Member {idx}.0 ({n}) synced with group."],
                )
        t = shift(n, t + sec(0.002), "JOINED", "SYNCED")
        t = status(n, t, "joined", "synced")
        t = W(
            n,
            t,
            0,
            "Note",
            "WSREP: Synchronized with group, ready for connections",
            ["WSREP: Synchronized with group, ready for connections"],
        )
        return t

    def boot(n: str, t: datetime, saved: str) -> datetime:
        t = W(
            n,
            t,
            0,
            "Note",
            "Starting MariaDB %s source revision %s as process %lu",
            [f"Starting MariaDB {GA_VERSION} source revision {GA_REV} as process {pid[n]}"],
        )
        t = W(
            n,
            t,
            0,
            "Note",
            "WSREP: wsrep_load(): loading provider library '%s'",
            ["WSREP: wsrep_load(): loading provider library '/usr/lib/galera/libgalera_smm.so'"],
        )
        t = W(
            n,
            t + sec(0.3),
            0,
            "Note",
            "WSREP: Found saved state: %s, safe_to_bootstrap: %d",
            [
                f"WSREP: Found saved state: {saved}, safe_to_bootstrap: {1 if n == 'db1' and not up else 0}"
            ],
        )
        peers = "" if not up else ",".join(f"{a}:" for a in GA_NODES.values())
        t = W(
            n,
            t + sec(1),
            0,
            "Note",
            "WSREP: gcomm: connecting to group '%s', peer '%s'",
            [f"WSREP: gcomm: connecting to group '{GA_CLUSTER}', peer '{peers}'"],
        )
        return t

    def ready(n: str, t: datetime) -> datetime:
        return W(
            n,
            t + sec(0.5),
            0,
            "Note",
            "%s: ready for connections.",
            [
                "/usr/sbin/mariadbd: ready for connections.",
                f"Version: '{GA_VERSION}'  socket: '/run/mysqld/mysqld.sock'  port: 3306  MariaDB Server",
            ],
        )

    def join(n: str, t: datetime, donor: str, sst: bool, restarted: bool = True) -> datetime:
        """n (booted) joins the members in `up`; `donor` serves IST or SST."""
        for m in sorted(up):
            W(
                m,
                t,
                0,
                "Note",
                "WSREP: connection established to %s %s",
                [
                    f"WSREP: (%s, 'tcp://0.0.0.0:4567') connection established to {uid[n]} {addr(n)}"
                    % uid[m]
                ],
            )
            W(
                n,
                t,
                0,
                "Note",
                "WSREP: connection established to %s %s",
                [
                    f"WSREP: ({uid[n]}, 'tcp://0.0.0.0:4567') connection established to {uid[m]} {addr(m)}"
                ],
            )
        t += sec(1.2)
        for m in sorted(up):
            W(
                n,
                t,
                0,
                "Note",
                "WSREP: declaring %s at %s stable",
                [f"WSREP: declaring {uid[m]} at {addr(m)} stable"],
            )
            W(
                m,
                t,
                0,
                "Note",
                "WSREP: declaring %s at %s stable",
                [f"WSREP: declaring {uid[n]} at {addr(n)} stable"],
            )
        conf[0] += 1
        memb = sorted(up | {n})
        t += sec(0.3)
        for m in memb:
            view(m, t, memb, [n] if m != n else [], [], [])
        order = sorted(memb, key=lambda m: uid[m])
        ji, di = order.index(n), order.index(donor)
        t += sec(0.05)
        for m in memb:
            W(
                m,
                t,
                0,
                "Note",
                "WSREP: Member %d.%d (%s) requested state transfer from '%s'. Selected %d.%d (%s)(%s) as donor.",
                [
                    f"WSREP: Member {ji}.0 ({n}) requested state transfer from '*any*'. Selected {di}.0 ({donor})(SYNCED) as donor."
                ],
            )
        shift(donor, t + sec(0.001), "SYNCED", "DONOR/DESYNCED")
        shift(n, t + sec(0.001), "PRIMARY", "JOINER")
        status(n, t + sec(0.001), "connected", "joiner")
        s = seqno(t)
        if sst:
            W(
                donor,
                t + sec(0.01),
                0,
                "Note",
                "WSREP: Running: '%s'",
                [
                    f"WSREP: Running: 'wsrep_sst_mariabackup --role 'donor' --address '{GA_NODES[n]}:4444/xtrabackup_sst//1' --local-port '3306' --socket '/run/mysqld/mysqld.sock' --datadir '/var/lib/mysql/' --gtid '{GA_GROUP}:{s}' --gtid-domain-id '0' --mysqld-args --wsrep-new-cluster'"
                ],
            )
            W(
                n,
                t + sec(0.01),
                0,
                "Note",
                "WSREP: Running: '%s'",
                [
                    f"WSREP: Running: 'wsrep_sst_mariabackup --role 'joiner' --address '{GA_NODES[n]}' --datadir '/var/lib/mysql/' --parent {pid[n]} --progress 0 --mysqld-args --basedir=/usr --datadir=/var/lib/mysql --plugin-dir=/usr/lib/mysql/plugin'"
                ],
            )
            t += sec(r.uniform(90, 140))
        else:
            lo = s - r.randint(200, 3000)
            W(
                donor,
                t + sec(0.02),
                0,
                "Note",
                "WSREP: async IST sender starting to serve %s sending %lld-%lld, preload starting from %lld",
                [
                    f"WSREP: async IST sender starting to serve tcp://{GA_NODES[n]}:4568 sending {lo}-{s}, preload starting from {lo}"
                ],
            )
            W(
                n,
                t + sec(0.03),
                0,
                "Note",
                "WSREP: Receiving IST: %lld writesets, seqnos %lld-%lld",
                [f"WSREP: Receiving IST: {s - lo + 1} writesets, seqnos {lo}-{s}"],
            )
            t += sec(r.uniform(2, 6))
        for m in memb:
            W(
                m,
                t,
                0,
                "Note",
                "WSREP: %d.%d (%s): State transfer to %d.%d (%s) complete.",
                [f"WSREP: {di}.0 ({donor}): State transfer to {ji}.0 ({n}) complete."],
            )
        shift(donor, t + sec(0.001), "DONOR/DESYNCED", "JOINED")
        shift(n, t + sec(0.002), "JOINER", "JOINED")
        status(n, t + sec(0.002), "joiner", "joined")
        up.add(n)
        synced(donor, t + sec(0.01), di)
        t = synced(n, t + sec(0.3), ji)
        return ready(n, t) if restarted else t

    def leave(n: str, t: datetime, killed: bool, partition: bool = False) -> datetime:
        """n leaves the members in `up` (shut down, killed or cut off)."""
        up.discard(n)
        rest = sorted(up)
        if killed or partition:
            for m in rest:
                t1 = t + sec(r.uniform(3, 3.5))
                W(m, t1, 0, "Note", GA_PEER_TIMEOUT, [peer_timeout(m, n)])
                W(
                    m,
                    t1 + sec(0.001),
                    0,
                    "Note",
                    "WSREP: turning message relay requesting on, nonlive peers: %s",
                    [
                        f"WSREP: ({uid[m]}, 'tcp://0.0.0.0:4567') turning message relay requesting on, nonlive peers: {addr(n)}"
                    ],
                )
                if partition:
                    W(
                        n,
                        t1 + sec(r.uniform(0, 0.3)),
                        0,
                        "Note",
                        GA_PEER_TIMEOUT,
                        [peer_timeout(n, m)],
                    )
            t += sec(r.uniform(6, 7))
        conf[0] += 1
        for m in rest:
            view(
                m,
                t,
                rest,
                [],
                [n] if not (killed or partition) else [],
                [n] if (killed or partition) else [],
            )
        if partition:
            view(n, t + sec(0.5), [n], [], [], [m for m in rest], prim=False)
            shift(n, t + sec(0.6), "SYNCED", "OPEN")
            status(n, t + sec(0.6), "synced", "connected")
        if not partition:
            for m in rest:
                W(
                    m,
                    t + sec(r.uniform(60, 62) if killed else r.uniform(5, 6)),
                    0,
                    "Note",
                    "WSREP: forgetting %s (%s)",
                    [f"WSREP: forgetting {uid[n]} ({addr(n)})"],
                )
        return t

    def peer_timeout(m: str, n: str) -> str:
        return f"WSREP: ({uid[m]}, 'tcp://0.0.0.0:4567') connection to peer {uid[n]} with addr {addr(n)} timed out, no messages seen in PT3S, socket stats: rtt: {r.randint(180, 900)} rttvar: {r.randint(50, 400)} rto: 201000 lost: {r.choice([0, 0, 1, 2])} last_data_recv: {r.randint(3000, 3300)} cwnd: 10 last_queued_since: {r.randint(100000, 900000)} last_delivered_since: {r.randint(3000000000, 3300000000)} send_queue_length: {r.randint(0, 12)} send_queue_bytes: {r.randint(0, 9000)}"

    def shutdown(n: str, t: datetime) -> datetime:
        t = W(
            n,
            t,
            0,
            "Note",
            "%s (initiated by: %s): Normal shutdown",
            ["/usr/sbin/mariadbd (initiated by: unknown): Normal shutdown"],
        )
        t = W(n, t, 0, "Note", "WSREP: Shutdown replication", ["WSREP: Shutdown replication"])
        t = status(n, t, "synced", "disconnecting")
        t = shift(n, t + sec(0.4), "SYNCED", "CLOSED")
        t = status(n, t, "disconnecting", "disconnected")
        return W(
            n,
            t + sec(1.5),
            0,
            "Note",
            "%s: Shutdown complete",
            ["/usr/sbin/mariadbd: Shutdown complete"],
        )

    # the cluster's start: db1 bootstraps, db2 and db3 join
    up: set[str] = set()
    t = boot("db1", at(6, 0, 3), f"{GA_GROUP}:{seqno(t0)}")
    conf[0] += 1
    t = view("db1", t + sec(0.5), ["db1"], [], [], [])
    t = shift("db1", t, "OPEN", "PRIMARY")
    t = shift("db1", t, "PRIMARY", "JOINED")
    t = status("db1", t, "connected", "joined")
    up.add("db1")
    t = synced("db1", t, 0)
    ready("db1", t)
    t = boot("db2", at(6, 1, 10), f"{GA_GROUP}:{seqno(t0) - 812}")
    join("db2", t, "db1", False)
    t = boot("db3", at(6, 2, 31), f"{GA_GROUP}:{seqno(t0) - 1440}")
    join("db3", t, "db2", False)

    # db3's link flapping
    def flap(t: datetime) -> None:
        if "db3" not in up:
            return
        for m in ["db1", "db2"]:
            t1 = t + sec(r.uniform(3, 3.6))
            W(m, t1, 0, "Note", GA_PEER_TIMEOUT, [peer_timeout(m, "db3")])
            W(
                m,
                t1 + sec(0.001),
                0,
                "Note",
                "WSREP: turning message relay requesting on, nonlive peers: %s",
                [
                    f"WSREP: ({uid[m]}, 'tcp://0.0.0.0:4567') turning message relay requesting on, nonlive peers: {addr('db3')}"
                ],
            )
            W(
                m,
                t1 + sec(1.002),
                0,
                "Note",
                "WSREP: reconnecting to %s (%s), attempt %d",
                [
                    f"WSREP: ({uid[m]}, 'tcp://0.0.0.0:4567') reconnecting to {uid['db3']} ({addr('db3')}), attempt 0"
                ],
            )
            W(
                "db3",
                t1 + sec(r.uniform(0, 0.3)),
                0,
                "Note",
                GA_PEER_TIMEOUT,
                [peer_timeout("db3", m)],
            )
        nl = " ".join(addr(m) for m in ["db1", "db2"])
        W(
            "db3",
            t + sec(3.7),
            0,
            "Note",
            "WSREP: turning message relay requesting on, nonlive peers: %s",
            [
                f"WSREP: ({uid['db3']}, 'tcp://0.0.0.0:4567') turning message relay requesting on, nonlive peers: {nl}"
            ],
        )
        if r.random() < 0.6:
            W(
                "db3",
                t + sec(r.uniform(4, 5)),
                0,
                "Warning",
                "WSREP: last inactive check more than %s (3*evs.inactive_check_period) ago (%s), skipping check",
                [
                    f"WSREP: last inactive check more than PT1.5S (3*evs.inactive_check_period) ago (PT{r.uniform(3.2, 4.8):.5f}S), skipping check"
                ],
            )
        back = t + sec(r.uniform(4.5, 6.5))
        for m in ["db1", "db2"]:
            W(
                m,
                back,
                0,
                "Note",
                "WSREP: connection established to %s %s",
                [
                    f"WSREP: ({uid[m]}, 'tcp://0.0.0.0:4567') connection established to {uid['db3']} {addr('db3')}"
                ],
            )
            W(
                "db3",
                back + sec(0.01),
                0,
                "Note",
                "WSREP: connection established to %s %s",
                [
                    f"WSREP: ({uid['db3']}, 'tcp://0.0.0.0:4567') connection established to {uid[m]} {addr(m)}"
                ],
            )
        for m in GA_NODES:
            W(
                m,
                back + sec(r.uniform(1.4, 1.6)),
                0,
                "Note",
                "WSREP: turning message relay requesting off",
                [f"WSREP: ({uid[m]}, 'tcp://0.0.0.0:4567') turning message relay requesting off"],
            )

    flaps = [
        x
        for x in poisson(r, at(6, 10), t_end, 660)
        if not (
            at(7, 58) <= x < at(8, 8) or at(9, 28) <= x < at(9, 33) or at(10, 38) <= x < at(10, 48)
        )
    ]
    # db3 restarted for maintenance at 08:00
    events: list[tuple[datetime, str]] = [(x, "flap") for x in flaps]
    events += [(at(8, 0, 5), "restart"), (at(9, 30), "partition"), (at(10, 40, 12), "oom")]
    for x, what in sorted(events):
        if what == "flap":
            flap(x)
        elif what == "restart":
            t = shutdown("db3", x)
            leave("db3", x + sec(0.2), False)
            t = boot("db3", t + sec(r.uniform(70, 90)), f"{GA_GROUP}:{seqno(t)}")
            join("db3", t, "db1", False)
        elif what == "partition":
            t = leave("db3", x, False, partition=True)
            t = x + sec(40)
            for m in ["db1", "db2"]:
                W(
                    m,
                    t,
                    0,
                    "Note",
                    "WSREP: connection established to %s %s",
                    [
                        f"WSREP: ({uid[m]}, 'tcp://0.0.0.0:4567') connection established to {uid['db3']} {addr('db3')}"
                    ],
                )
            shift("db3", t + sec(1.3), "OPEN", "PRIMARY")
            join("db3", t + sec(1), "db2", False, restarted=False)
        else:
            leave("db3", x, True)
            pid["db3"] = 21877
            t = boot("db3", x + sec(r.uniform(100, 115)), f"{GA_GROUP}:-1")
            join("db3", t, "db1", True)

    # pooled clients' aborted connections
    users = [
        ("shop", "app", "10.0.2.21"),
        ("shop", "app", "10.0.2.22"),
        ("reports", "reporting", "10.0.2.40"),
        ("shop", "worker", "10.0.2.31"),
    ]
    for n in GA_NODES:
        for x in poisson(r, at(6, 5), t_end, 38):
            if n == "db3" and (
                at(8, 0) <= x < at(8, 4)
                or at(9, 30) <= x < at(9, 32)
                or at(10, 40) <= x < at(10, 45)
            ):
                continue
            db, user, host = r.choice(users)
            conn[n] += r.randint(1, 60)
            tmpl = GA_ABORT_TIMEOUT if r.random() < 0.72 else GA_ABORT_ERROR
            reason = tmpl.rsplit("(", 1)[1].rstrip(")")
            W(
                n,
                x,
                conn[n],
                "Warning",
                tmpl,
                [
                    f"Aborted connection {conn[n]} to db: '{db}' user: '{user}' host: '{host}' ({reason})"
                ],
            )
    return fs.logs(t0)


# ------------------------------------------------------------------------------------- glog

GLOG_FORMAT = "Log line format: [IWEF]mmdd hh:mm:ss.uuuuuu threadid file:line] msg"


def glog_line(x: datetime, level: str, thread: int, src: str, msg: str) -> str:
    return f"{level}{x:%m%d %H:%M:%S}.{us(x)} {thread:5d} {src}] {msg}"


def glog_header(x: datetime, host: str, fingerprint: str) -> list[tuple[str, str]]:
    return [
        ("Log file created at: %s", f"Log file created at: {x:%Y/%m/%d %H:%M:%S}"),
        ("Running on machine: %s", f"Running on machine: {host}"),
        ("Application fingerprint: %s", f"Application fingerprint: {fingerprint}"),
        ("Running duration (h:mm:ss): %s", "Running duration (h:mm:ss): 0:00:00"),
        (GLOG_FORMAT, GLOG_FORMAT),
    ]


# ------------------------------------------------------------------------------------- kudu

KU_VERSION = "version 1.17.0 revision 9e7e2f5b9a3c58a0d2b1c4e6f8a0b2c4d6e8f0a1 build type RELEASE built by jenkins at 07 Aug 2023 18:02:11 UTC on kudu-build-1 build id 812"
KU_HOSTS = {"ts1": "10.0.3.11", "ts2": "10.0.3.12", "ts3": "10.0.3.13"}
KU_FLUSH_DONE = "%s complete. Timing: real %.3fs user %.3fs sys %.3fs Metrics: %s"
KU_HB_FAIL = "Failed to heartbeat to %s (%d consecutive failures): Network error: Failed to ping master at %s: Client connection negotiation failed: client connection to %s: connect: Connection refused (error 111)"
KU_PEER_FAIL = "Couldn't send request to peer %s. Status: Network error: Client connection negotiation failed: client connection to %s: connect: Connection refused (error 111). This is attempt %d: this message will repeat every %dth time."
KU_SOFT = "Rejecting Write request: Soft memory limit exceeded (at %.2f%% of capacity). See %s"
KU_BOOT_REPLAYED = "Bootstrap replayed %d/%d log segments. Stats: ops{read=%d overwritten=%d applied=%d ignored=%d} inserts{seen=%d ignored=%d} mutations{seen=%d ignored=%d} orphaned_commits=%d. Pending: %d replicates"
KU_EVICT = "Attempting to remove follower %s from the Raft config. Reason: Leader has been unable to successfully communicate with peer %s for more than %d seconds (%s)"


def kudu(r: random.Random) -> list[Log]:
    """A master (m1) and three tablet servers holding 12 tablets of three replicas, 06:00 to
    12:00: start-up at 06:00, the maintenance manager's flushes and compactions and WAL rolls
    all day, m1's port 7051 refused 07:10-07:14 (a firewall rule; the heartbeats failing), ts2 over
    its soft memory limit 08:30-08:38 (writes rejected), ts3's WAL disk full at 10:05 (FATAL),
    its followers failing on the leaders until they evict it at 10:10, ts3's leaderships
    re-elected."""
    fs = Files()
    t0, t_end = at(6, 0), at(12, 0)
    uuid = {n: h16(r, 32) for n in ["m1", *KU_HOSTS]}
    tpid = {"m1": 1480, "ts1": 2211, "ts2": 2207, "ts3": 2230}
    fname = {
        "m1": "kudu-master.m1.kudu.log.INFO.20240604-060001.1480",
        "ts1": "kudu-tserver.ts1.kudu.log.INFO.20240604-060003.2211",
        "ts2": "kudu-tserver.ts2.kudu.log.INFO.20240604-060003.2207",
        "ts3": "kudu-tserver.ts3.kudu.log.INFO.20240604-060004.2230",
    }
    tablets = [h16(r, 32) for _ in range(12)]
    tservers = list(KU_HOSTS)
    # each tablet: replicas on all three servers; the leader and its term
    leader = {tb: tservers[i % 3] for i, tb in enumerate(tablets)}
    term = dict.fromkeys(tablets, 1)
    dead: set[str] = set()
    threads = {n: [tpid[n] + d for d in (41, 43, 57, 58, 60, 61, 72)] for n in tpid}

    def G(
        n: str,
        t: datetime,
        level: str,
        src: str,
        label: str | None,
        lines: list[str],
        thread: int | None = None,
    ) -> datetime:
        th = thread if thread is not None else r.choice(threads[n])

        def text(x: datetime) -> list[str]:
            return [glog_line(x, level, th, src, lines[0]), *lines[1:]]

        return fs.add(fname[n], t, label, text, n, 1)

    def tp(tb: str, n: str) -> str:
        return f"T {tb} P {uuid[n]}"

    def role(tb: str, n: str) -> str:
        return "LEADER" if leader[tb] == n else "FOLLOWER"

    def header(n: str, t: datetime) -> datetime:
        for label, text in glog_header(t, f"{n}.kudu", KU_VERSION):
            fs.add(fname[n], t, label, lambda x, text=text: [text], n, 1)
            t += sec(0.000001)
        return t

    def start_master(t: datetime) -> None:
        n = "m1"
        t = header(n, t)
        flags = [
            "--master_addresses=m1.kudu:7051",
            "--fs_data_dirs=/data/1/kudu-master",
            "--fs_wal_dir=/data/0/kudu-master",
            "--log_dir=/var/log/kudu",
            "--rpc_bind_addresses=0.0.0.0:7051",
            "--webserver_port=8051",
            "--max_log_size=256",
            "--unlock_experimental_flags=true",
        ]
        t = G(
            n,
            t,
            "I",
            "master_main.cc:92",
            "Master server non-default flags:",
            ["Master server non-default flags:", *flags],
            tpid[n],
        )
        t = G(
            n,
            t + sec(0.0001),
            "I",
            "master_main.cc:95",
            "Initializing master server...",
            ["Initializing master server..."],
            tpid[n],
        )

    def start_ts(n: str, t: datetime) -> None:
        t = header(n, t)
        flags = [
            "--tserver_master_addrs=m1.kudu:7051",
            "--fs_data_dirs=/data/1/kudu-tserver,/data/2/kudu-tserver",
            "--fs_wal_dir=/data/0/kudu-tserver",
            "--log_dir=/var/log/kudu",
            "--memory_limit_hard_bytes=17179869184",
            "--block_cache_capacity_mb=2048",
            "--maintenance_manager_num_threads=2",
            f"--rpc_advertised_addresses={n}.kudu:7050",
            "--webserver_port=8050",
        ]
        t = G(
            n,
            t,
            "I",
            "tablet_server_main.cc:84",
            "Tablet server non-default flags:",
            ["Tablet server non-default flags:", *flags],
            tpid[n],
        )
        t = G(
            n,
            t + sec(0.0002),
            "I",
            "tablet_server_main.cc:94",
            "Initializing tablet server...",
            ["Initializing tablet server..."],
            tpid[n],
        )
        t = G(
            n,
            t + sec(r.uniform(0.3, 0.8)),
            "I",
            "ts_tablet_manager.cc:548",
            "Loaded tablet metadata (%d total tablets, %d live tablets)",
            [f"Loaded tablet metadata ({len(tablets)} total tablets, {len(tablets)} live tablets)"],
            tpid[n],
        )
        for tb in tablets:
            th = r.choice(threads[n])
            t1 = G(
                n,
                t + sec(r.uniform(0.01, 0.2)),
                "I",
                "tablet_bootstrap.cc:492",
                "Bootstrap starting.",
                [f"{tp(tb, n)}: Bootstrap starting."],
                th,
            )
            ops = r.randint(40, 900)
            ins = ops * r.randint(20, 60)
            t1 = G(
                n,
                t1 + sec(r.uniform(0.2, 1.5)),
                "I",
                "tablet_bootstrap.cc:1221",
                KU_BOOT_REPLAYED,
                [
                    f"{tp(tb, n)}: Bootstrap replayed 1/1 log segments. Stats: ops{{read={ops} overwritten=0 applied={ops} ignored=0}} inserts{{seen={ins} ignored=0}} mutations{{seen={r.randint(0, 400)} ignored=0}} orphaned_commits=0. Pending: 0 replicates"
                ],
                th,
            )
            t1 = G(
                n,
                t1 + sec(0.002),
                "I",
                "tablet_bootstrap.cc:506",
                "Bootstrap complete.",
                [f"{tp(tb, n)}: Bootstrap complete."],
                th,
            )
            state = f"Replica: {uuid[n]}, State: Running, Role: FOLLOWER"
            G(
                n,
                t1 + sec(0.004),
                "I",
                "raft_consensus.cc:2916",
                "Becoming Follower/Learner. State: Replica: %s, State: %s, Role: %s",
                [f"{tp(tb, n)} [term 1 FOLLOWER]: Becoming Follower/Learner. State: {state}"],
                th,
            )

    def elect(tb: str, n: str, t: datetime, why: str, old: str | None) -> None:
        th = r.choice(threads[n])
        if old is None:
            t = G(
                n,
                t,
                "I",
                "raft_consensus.cc:488",
                "Starting pre-election (no leader contacted us within the election timeout)",
                [
                    f"{tp(tb, n)} [term {term[tb]} FOLLOWER]: Starting pre-election (no leader contacted us within the election timeout)"
                ],
                th,
            )
        else:
            t = G(
                n,
                t,
                "I",
                "raft_consensus.cc:488",
                "Starting pre-election (detected failure of leader %s)",
                [
                    f"{tp(tb, n)} [term {term[tb]} FOLLOWER]: Starting pre-election (detected failure of leader {uuid[old]})"
                ],
                th,
            )
        t = G(
            n,
            t + sec(r.uniform(0.002, 0.05)),
            "I",
            "leader_election.cc:304",
            "Term %d pre-election: Election decided. Result: candidate won.",
            [
                f"{tp(tb, n)} [CANDIDATE]: Term {term[tb] + 1} pre-election: Election decided. Result: candidate won."
            ],
            th,
        )
        t = G(
            n,
            t + sec(0.0003),
            "I",
            "raft_consensus.cc:2905",
            "Leader pre-election won for term %d",
            [
                f"{tp(tb, n)} [term {term[tb]} FOLLOWER]: Leader pre-election won for term {term[tb] + 1}"
            ],
            th,
        )
        term[tb] += 1
        leader[tb] = n
        G(
            n,
            t + sec(r.uniform(0.003, 0.06)),
            "I",
            "raft_consensus.cc:2916",
            "Becoming Leader. State: Replica: %s, State: %s, Role: %s",
            [
                f"{tp(tb, n)} [term {term[tb]} LEADER]: Becoming Leader. State: Replica: {uuid[n]}, State: Running, Role: LEADER"
            ],
            th,
        )

    start_master(at(6, 0, 1) + sec(r.uniform(0, 0.5)))
    for i, n in enumerate(tservers):
        start_ts(n, at(6, 0, 3 + i // 2) + sec(r.uniform(0, 0.9)))
    for tb in tablets:
        elect(tb, leader[tb], at(6, 0, 8) + sec(r.uniform(0, 2.5)), "start", None)
    for n in tservers:
        t = at(6, 0, 9) + sec(r.uniform(0, 1))
        G(
            n,
            t,
            "I",
            "heartbeater.cc:346",
            "Connected to a master server at %s",
            ["Connected to a master server at m1.kudu:7051"],
        )
        G(
            "m1",
            t + sec(0.002),
            "I",
            "ts_manager.cc:194",
            "Registered new tserver with Master: %s",
            [f"Registered new tserver with Master: {uuid[n]} ({n}.kudu:7050)"],
        )

    # the maintenance manager and the WAL rolls
    ops = [
        "FlushMRSOp",
        "FlushDeltaMemStoresOp",
        "CompactRowSetsOp",
        "LogGCOp",
        "MajorDeltaCompactionOp",
        "UndoDeltaBlockGCOp",
    ]
    weights = [30, 12, 18, 14, 4, 6]
    for n in tservers:
        for x in poisson(r, at(6, 2), t_end, 100):
            if n == "ts3" and x >= at(10, 5):
                break
            tb = r.choice(tablets)
            op = f"{r.choices(ops, weights)[0]}({tb})"
            th = r.choice([tpid[n] + 90, tpid[n] + 91])
            t = G(
                n,
                x,
                "I",
                "maintenance_manager.cc:419",
                "Scheduling %s: perf score=%f",
                [f"P {uuid[n]}: Scheduling {op}: perf score={r.uniform(0.01, 1.2):.6f}"],
                th,
            )
            real = r.uniform(0.004, 2.5)
            metrics = f'{{"bytes_written":{r.randint(4000, 9000000)},"cfile_init":{r.randint(1, 40)},"dirs.queue_time_us":{r.randint(50, 3000)},"dirs.run_cpu_time_us":{r.randint(100, 900)},"dirs.run_wall_time_us":{r.randint(200, 9000)},"drs_written":1,"lbm_read_time_us":{r.randint(50, 2000)},"lbm_reads_lt_1ms":{r.randint(10, 300)},"lbm_write_time_us":{r.randint(100, 9000)},"lbm_writes_lt_1ms":{r.randint(10, 200)},"rows_written":{r.randint(10, 90000)},"thread_start_us":{r.randint(20, 300)},"threads_started":1}}'
            G(
                n,
                t + sec(real),
                "I",
                "maintenance_manager.cc:643",
                KU_FLUSH_DONE,
                [
                    f"P {uuid[n]}: {op} complete. Timing: real {real:.3f}s\tuser {real * 0.3:.3f}s\tsys {real * 0.05:.3f}s Metrics: {metrics}"
                ],
                th,
            )
        for x in poisson(r, at(6, 10), t_end, 850):
            if n == "ts3" and x >= at(10, 5):
                break
            tb = r.choice(tablets)
            G(
                n,
                x,
                "I",
                "log.cc:1099",
                "Max segment size reached. Starting new segment allocation",
                [f"{tp(tb, n)}: Max segment size reached. Starting new segment allocation"],
            )

    # m1 unreachable 07:10-07:14
    for n in tservers:
        x, k = at(7, 10, 2) + sec(r.uniform(0, 1)), 0
        while x < at(7, 14):
            k += 1
            G(
                n,
                x,
                "W",
                "heartbeater.cc:644",
                KU_HB_FAIL,
                [
                    f"Failed to heartbeat to m1.kudu:7051 ({k} consecutive failures): Network error: Failed to ping master at m1.kudu:7051: Client connection negotiation failed: client connection to 10.0.3.1:7051: connect: Connection refused (error 111)"
                ],
                tpid[n] + 30,
            )
            x += sec(min(1.0 * 1.25**k, 20) + r.uniform(0, 0.3))
        G(
            n,
            at(7, 14, 3) + sec(r.uniform(0, 1)),
            "I",
            "heartbeater.cc:346",
            "Connected to a master server at %s",
            ["Connected to a master server at m1.kudu:7051"],
            tpid[n] + 30,
        )

    # ts2 over its soft memory limit
    pct = 80.0
    for x in poisson(r, at(8, 30), at(8, 38), 1.6):
        pct = min(max(pct + r.uniform(-0.6, 0.8), 80.2), 99.5)
        G(
            "ts2",
            x,
            "W",
            "tablet_service.cc:1713",
            KU_SOFT,
            [
                f"Rejecting Write request: Soft memory limit exceeded (at {pct:.2f}% of capacity). See https://kudu.apache.org/releases/1.17.0/docs/troubleshooting.html"
            ],
            r.choice([2207 + 101, 2207 + 102, 2207 + 103]),
        )

    # ts3's WAL disk full
    tb = next(tb for tb in tablets if leader[tb] == "ts3")
    t = at(10, 5, 17) + sec(0.4)
    stack = [
        "*** Check failure stack trace: ***",
        "    @     0x7f0a8c2b1e1d  google::LogMessage::Fail()",
        "    @     0x7f0a8c2b4a6b  google::LogMessage::SendToLog()",
        "    @     0x7f0a8c2b1a00  google::LogMessage::Flush()",
        "    @     0x7f0a8c2b52f9  google::LogMessageFatal::~LogMessageFatal()",
        "    @           0xf3a1c2  kudu::log::Log::AppendThread::DoWork()",
        "    @          0x24b8e7d  kudu::ThreadPool::DispatchThread()",
        "    @          0x24ae3a4  kudu::Thread::SuperviseThread()",
        "    @     0x7f0a8bd6d6db  start_thread",
        "    @     0x7f0a8aa6e61f  clone",
    ]
    G(
        "ts3",
        t,
        "F",
        "log.cc:489",
        "Check failed: _s.ok() Bad status: IO error: %s: No space left on device (error 28)",
        [
            f"Check failed: _s.ok() Bad status: IO error: pwritev error: expected to write 524288 bytes, wrote 69632 instead: /data/0/kudu-tserver/wals/{tb}/wal-000000031: No space left on device (error 28)",
            *stack,
        ],
        2230 + 77,
    )
    dead.add("ts3")
    # the leaders' peers failing, then eviction; ts3's tablets elected elsewhere
    for tb in tablets:
        if leader[tb] == "ts3":
            n = r.choice(["ts1", "ts2"])
            elect(tb, n, at(10, 5, 18) + sec(r.uniform(1.5, 3.2)), "fail", "ts3")
    for tb in tablets:
        n = leader[tb]
        k = 0
        x = at(10, 5, 17) + sec(r.uniform(0.5, 3.5))
        while x < at(10, 10, 17):
            k += 5
            G(
                n,
                x,
                "W",
                "consensus_peers.cc:487",
                KU_PEER_FAIL,
                [
                    f"{tp(tb, n)} -> Peer {uuid['ts3']} (ts3.kudu:7050): Couldn't send request to peer {uuid['ts3']}. Status: Network error: Client connection negotiation failed: client connection to 10.0.3.13:7050: connect: Connection refused (error 111). This is attempt {k}: this message will repeat every 5th time."
                ],
            )
            x += sec(min(2.5 * 1.25 ** (k // 5), 12) + r.uniform(0, 0.3))
        G(
            n,
            x + sec(r.uniform(0, 1)),
            "I",
            "consensus_queue.cc:1330",
            KU_EVICT,
            [
                f"{tp(tb, n)} [LEADER]: Attempting to remove follower {uuid['ts3']} from the Raft config. Reason: Leader has been unable to successfully communicate with peer {uuid['ts3']} for more than 300 seconds (300.1s)"
            ],
        )
    return fs.logs(t0)


# ----------------------------------------------------------------------------------- impala

IM_VERSION = (
    "impalad version 4.3.0-RELEASE RELEASE (build 4ab3fa6a4c38cd8e6a68a6b7b1a0e5b2c9d5e7f0)"
)
IM_HOSTS = {"coord1": "10.0.4.10", "exec1": "10.0.4.11", "exec2": "10.0.4.12"}
IM_ADMIT = "Trying to admit id=%s in pool_name=%s executor_group_name=%s per_host_mem_estimate=%s dedicated_coord_mem_estimate=%s max_requests=%d max_queued=%d max_mem=%s is_trivial_query=%s"
IM_INSTANCE = "Executing instance. instance_id=%s fragment_idx=%d per_fragment_instance_idx=%d coord_state_idx=%d #in-flight=%d"
IM_QUEUE = "Queuing, query id=%s reason: number of running queries %d is at or over limit %d."
IM_MEMLIMIT = "ExecState: query id=%s finstance=%s on host=%s (%s -> %s) status=Memory limit exceeded: Failed to allocate row batch"
IM_QUERIES = [
    ("sales", "SELECT region, sum(amount) FROM orders WHERE order_date >= '{d}' GROUP BY region"),
    (
        "sales",
        "SELECT count(*) FROM orders o JOIN customers c ON o.customer_id = c.id WHERE c.country = 'DE'",
    ),
    ("sales", "SELECT * FROM orders WHERE id = {n}"),
    (
        "web",
        "SELECT page, count(*) AS hits FROM clicks WHERE day = '{d}' GROUP BY page ORDER BY hits DESC LIMIT 20",
    ),
    ("web", "SELECT user_id, max(ts) FROM sessions GROUP BY user_id"),
    ("default", "SHOW TABLES"),
    ("finance", "SELECT account, sum(debit) - sum(credit) FROM ledger GROUP BY account"),
    (
        "web",
        "INSERT INTO clicks_daily SELECT day, page, count(*) FROM clicks WHERE day = '{d}' GROUP BY day, page",
    ),
]


def impala(r: random.Random) -> list[Log]:
    """A coordinator and two executors, 06:00 to 12:00: start-up at 06:00, a query every few
    minutes from BI tools and an ETL job (registered, analysed, admitted or queued at the
    07:30 burst, executed on all three, unregistered), catalog topic updates, three queries
    over the memory limit on exec1, the statestore lost 09:40-09:43, clients' connections
    closed."""
    fs = Files()
    t0, t_end = at(6, 0), at(12, 0)
    pid = {"coord1": 3401, "exec1": 3377, "exec2": 3390}
    fname = {n: f"impalad.{n}.impala.log.INFO.20240604-060002.{p}" for n, p in pid.items()}

    def G(
        n: str,
        t: datetime,
        level: str,
        src: str,
        label: str,
        lines: list[str],
        qid: str = "",
        thread: int | None = None,
    ) -> datetime:
        th = thread if thread is not None else pid[n] + r.randint(20, 900)
        prefix = f"{qid}] " if qid else ""

        def text(x: datetime) -> list[str]:
            return [glog_line(x, level, th, src, prefix + lines[0]), *lines[1:]]

        return fs.add(fname[n], t, label, text, n, 1)

    def start(n: str, t: datetime) -> None:
        for label, text in glog_header(t, f"{n}.impala", IM_VERSION):
            fs.add(fname[n], t, label, lambda x, text=text: [text], n, 1)
            t += sec(0.000001)
        t = G(
            n,
            t,
            "I",
            "init.cc:424",
            "%s version %s",
            [IM_VERSION, "Built on Tue Sep 19 18:12:34 UTC 2023"],
            thread=pid[n],
        )
        t = G(
            n,
            t,
            "I",
            "init.cc:430",
            "Using hostname: %s",
            [f"Using hostname: {n}.impala"],
            thread=pid[n],
        )
        flags = [
            "--abort_on_config_error=true",
            f"--hostname={n}.impala",
            "--state_store_host=statestore.impala",
            "--catalog_service_host=catalogd.impala",
            "--mem_limit=48GB",
            f"--is_coordinator={'true' if n == 'coord1' else 'false'}",
            f"--is_executor={'false' if n == 'coord1' else 'true'}",
            "--log_dir=/var/log/impalad",
            "--max_log_files=10",
        ]
        t = G(
            n,
            t + sec(0.0003),
            "I",
            "init.cc:431",
            "Flags (see also /varz are on debug webserver):",
            ["Flags (see also /varz are on debug webserver):", *flags],
            thread=pid[n],
        )
        G(
            n,
            t + sec(r.uniform(3, 6)),
            "I",
            "impalad-main.cc:103",
            "Impala has started.",
            ["Impala has started."],
            thread=pid[n],
        )

    for n in IM_HOSTS:
        start(n, at(6, 0, 2) + sec(r.uniform(0, 1)))

    lost = (at(9, 40, 11), at(9, 43, 5))
    for n in IM_HOSTS:
        G(
            n,
            lost[0] + sec(r.uniform(0, 2)),
            "W",
            "statestore-subscriber.cc:536",
            "Connection with statestore lost, entering recovery mode",
            ["Connection with statestore lost, entering recovery mode"],
            thread=pid[n] + 12,
        )
        G(
            n,
            lost[1] + sec(r.uniform(0, 3)),
            "I",
            "statestore-subscriber.cc:578",
            "Reconnected to statestore. Exiting recovery mode",
            ["Reconnected to statestore. Exiting recovery mode"],
            thread=pid[n] + 12,
        )
        ver = 48_112
        for x in poisson(r, at(6, 1), t_end, 240):
            if lost[0] <= x < lost[1]:
                continue
            ver += r.randint(1, 9)
            G(
                n,
                x,
                "I",
                "impala-server.cc:2230",
                "Catalog topic update applied with version: %d new min catalog object version: %d",
                [
                    f"Catalog topic update applied with version: {ver} new min catalog object version: {ver - r.randint(200, 900)}"
                ],
                thread=pid[n] + 14,
            )

    def qid() -> tuple[str, str]:
        return h16(r, 16), h16(r, 8)

    def run(t: datetime, fail: bool, queued: bool) -> None:
        hi, lo = qid()
        q = f"{hi}:{lo}00000000"
        sess = f"{h16(r, 16)}:{h16(r, 16)}"
        db, sql = r.choice(IM_QUERIES)
        sql = sql.replace("{d}", f"2024-06-0{r.randint(1, 3)}").replace(
            "{n}", str(r.randint(10000, 999999))
        )
        th = pid["coord1"] + r.randint(200, 900)

        def C(
            t: datetime, src: str, label: str, msg: str, lines: list[str] | None = None
        ) -> datetime:
            return G("coord1", t, "I", src, label, [msg, *(lines or [])], q, th)

        t = C(
            t,
            "impala-server.cc:1339",
            "Registered query query_id=%s session_id=%s",
            f"Registered query query_id={q} session_id={sess}",
        )
        t = C(
            t + sec(0.0004),
            "Frontend.java:2044",
            "Analyzing query: %s db: %s",
            f"Analyzing query: {sql} db: {db}",
        )
        t = C(
            t + sec(r.uniform(0.01, 0.4)),
            "Frontend.java:2187",
            "Analysis and authorization finished.",
            "Analysis and authorization finished.",
        )
        mem = r.choice(["52.00 MB", "180.25 MB", "1.02 GB", "2.31 GB", "96.00 MB"])
        t = C(
            t + sec(0.002),
            "admission-controller.cc:1696",
            IM_ADMIT,
            f"Trying to admit id={q} in pool_name=root.default executor_group_name=root.default-group-000 per_host_mem_estimate={mem} dedicated_coord_mem_estimate={r.choice(['100.00 MB', '120.50 MB'])} max_requests=10 max_queued=200 max_mem=-1.00 B is_trivial_query=false",
        )
        if queued:
            t = C(
                t + sec(0.0002),
                "admission-controller.cc:1705",
                IM_QUEUE,
                f"Queuing, query id={q} reason: number of running queries 10 is at or over limit 10.",
            )
            t += sec(r.uniform(5, 60))
        t = C(
            t + sec(0.0002),
            "admission-controller.cc:1167",
            "Admitting query id=%s",
            f"Admitting query id={q}",
        )
        t = C(
            t + sec(0.001),
            "coordinator.cc:150",
            "Exec() query_id=%s stmt=%s",
            f"Exec() query_id={q} stmt={sql}",
        )
        t = C(
            t + sec(0.003),
            "coordinator.cc:543",
            "starting execution on %d backends for query_id=%s",
            f"starting execution on 3 backends for query_id={q}",
        )
        k = 0
        ends: list[tuple[str, datetime]] = []
        for n in ["coord1", "exec1", "exec2"]:
            frags = [0] if n == "coord1" else [1, 2] if r.random() < 0.5 else [1]
            for f in frags:
                inst = f"{hi}:{lo}{k:08x}"
                k += 1
                ti = t + sec(r.uniform(0.002, 0.02))
                ti = G(
                    n,
                    ti,
                    "I",
                    "query-state.cc:897",
                    IM_INSTANCE,
                    [
                        f"Executing instance. instance_id={inst} fragment_idx={f} per_fragment_instance_idx={k - 1} coord_state_idx={['coord1', 'exec1', 'exec2'].index(n)} #in-flight={r.randint(1, 6)}"
                    ],
                    q,
                )
                dur = r.uniform(0.2, 40)
                if fail and n == "exec1":
                    te = ti + sec(dur / 3)
                    G(
                        "coord1",
                        te + sec(0.01),
                        "I",
                        "coordinator.cc:961",
                        IM_MEMLIMIT,
                        [
                            f"ExecState: query id={q} finstance={inst} on host=exec1.impala:27000 (EXECUTING -> ERROR) status=Memory limit exceeded: Failed to allocate row batch",
                            "EXCHANGE_NODE (id=4) could not allocate 8.00 KB without exceeding limit.",
                            "Error occurred on backend exec1.impala:27000 by fragment " + inst,
                            f"Memory left in process limit: {r.uniform(0.1, 1.5):.2f} GB",
                            f"Query({q}) Limit: Limit=4.00 GB Reservation={r.uniform(2, 3.9):.2f} GB ReservationLimit=3.20 GB OtherMemory={r.uniform(100, 800):.2f} MB Total=4.00 GB Peak=4.00 GB",
                        ],
                        q,
                        th,
                    )
                    ends.append((n, te))
                elif fail:
                    te = ti + sec(dur / 3 + 0.05)
                    G(
                        n,
                        te,
                        "I",
                        "query-state.cc:1012",
                        "Cancelling fragment instances as directed by the coordinator. Returned status: Cancelled",
                        [
                            "Cancelling fragment instances as directed by the coordinator. Returned status: Cancelled"
                        ],
                        q,
                    )
                    ends.append((n, te))
                else:
                    te = G(
                        n,
                        ti + sec(dur),
                        "I",
                        "query-state.cc:906",
                        "Instance completed. instance_id=%s #in-flight=%d status=OK",
                        [
                            f"Instance completed. instance_id={inst} #in-flight={r.randint(0, 5)} status=OK"
                        ],
                        q,
                    )
                    ends.append((n, te))
        done: dict[str, datetime] = {}
        for n, te in ends:
            done[n] = max(done.get(n, te), te)
        left = 3
        t = max(done.values())
        for n, te in sorted(done.items(), key=lambda x: x[1]):
            left -= 1
            C(
                te + sec(0.002),
                "coordinator.cc:1011",
                "Backend completed: host=%s remaining=%d query_id=%s",
                f"Backend completed: host={n}.impala:27000 remaining={left} query_id={q}",
            )
        t = C(
            t + sec(0.01),
            "admission-controller.cc:1341",
            "Release admission control resources for query_id=%s",
            f"Release admission control resources for query_id={q}",
        )
        C(
            t + sec(r.uniform(0.5, 20)),
            "impala-server.cc:1400",
            "UnregisterQuery(): query_id=%s",
            f"UnregisterQuery(): query_id={q}",
        )

    starts = poisson(r, at(6, 3), t_end, 175)
    starts += poisson(r, at(7, 30), at(7, 34), 7)
    fails = {at(8, 12, 4), at(10, 51, 40), at(11, 7, 12)}
    for x in sorted(starts + list(fails)):
        if lost[0] <= x < lost[1]:
            continue
        run(x, x in fails, at(7, 31) <= x < at(7, 34) and r.random() < 0.7)
    for x in poisson(r, at(6, 10), t_end, 420):
        G(
            "coord1",
            x,
            "I",
            "impala-server.cc:2906",
            "Connection %s from client %s to server %s closed. The connection had %d associated session(s).",
            [
                f"Connection {h16(r, 16)}:{h16(r, 16)} from client 10.0.2.{r.randint(20, 60)}:{r.randint(32768, 60999)} to server {r.choice(['hiveserver2-frontend', 'hiveserver2-http-frontend', 'beeswax-frontend'])} closed. The connection had 1 associated session(s)."
            ],
            thread=pid["coord1"] + r.randint(1000, 2000),
        )
    return fs.logs(t0)


# --------------------------------------------------------------------------------- accumulo

AC_INSTANCE = "8e3f1c2a-5b7d-4e90-a1c4-2f6b8d0e3a71"
AC_COMPACTION = "Compaction %s %,d read | %,d written | %,6d entries/sec | %,6.3f secs | %,12d bytes | %9.3f byte/sec"
AC_GC = "gc%s freemem=%,d(%+,d) totalmem=%,d"
AC_SCAN = "ScanSess tid %s %s %,d entries in %.2f secs, nbTimes = [%s] "
AC_MSCAN = (
    "MultiScanSess %s %,d entries in %.2f secs (lookup_time:%.2f secs tablets:%,d ranges:%,d) "
)
AC_UP = "UpSess %s %,d in %.3fs, at=[%s] ft=%.3fs(pt=%.3fs lt=%.3fs ct=%.3fs)"
AC_ZK_LOST = "Unable to read additional data from server sessionid 0x%s, likely server has closed socket, closing socket connection and attempting reconnect"
AC_JAR = "~[zookeeper-3.8.3.jar:3.8.3]"
AC_ACC = "~[accumulo-core-2.1.2.jar:2.1.2]"


def accumulo(r: random.Random) -> list[Log]:
    """Two tablet servers, the manager and the garbage collector, 06:00 to 12:00: start-up at
    06:00, scans and writes logged per session at DEBUG, JVM gc lines, minor and major
    compactions, zk2 restarted at 07:40 (clients reconnecting, ZooCache's warnings with their
    stack), ts2 losing its lock at 09:20 after a long pause and restarting, the manager
    reassigning its tablets, the GC's cycle every ten minutes."""
    fs = Files()
    t0, t_end = at(6, 0), at(12, 0)
    splits = {
        "2": ["o2000", "o4000", "o6000", None],
        "3": ["e20240601", "e20240603", None],
        "4": ["u5000", None],
    }
    extents = []
    for tid, ends in splits.items():
        prev = None
        for e in ends:
            extents.append(f"{tid};{e}<{prev or ''}" if e else f"{tid}<{prev or ''}")
            prev = e
    own = {"ts1": extents[0::2], "ts2": extents[1::2]}
    fname = {
        "ts1": "tserver_ts1.log",
        "ts2": "tserver_ts2.log",
        "mgr": "manager_mgr1.log",
        "gc": "gc_mgr1.log",
    }
    sess = {
        "ts1": "1000a2b3c4d0003",
        "ts2": "1000a2b3c4d0004",
        "mgr": "1000a2b3c4d0001",
        "gc": "1000a2b3c4d0002",
    }
    clients = [f"10.0.2.{x}" for x in (21, 22, 31, 40)]
    zk = {"zk1": "10.0.1.51", "zk2": "10.0.1.52", "zk3": "10.0.1.53"}
    down: set[str] = set()

    def L(n: str, t: datetime, logger: str, level: str, label: str, lines: list[str]) -> datetime:
        def text(x: datetime) -> list[str]:
            return [
                f"{x:%Y-%m-%dT%H:%M:%S},{ms(x)} [{logger:<8s}] {level:<5s}: {lines[0]}",
                *lines[1:],
            ]

        return fs.add(fname[n], t, label, text, n, 1000)

    def boot(n: str, t: datetime) -> datetime:
        for label, msg in [
            ("Version %s", "Version 2.1.2"),
            ("Instance %s", f"Instance {AC_INSTANCE}"),
            ("Data Version %d", "Data Version 10"),
            ("Attempting to talk to zookeeper", "Attempting to talk to zookeeper"),
            (
                "ZooKeeper connected and initialized, attempting to talk to HDFS",
                "ZooKeeper connected and initialized, attempting to talk to HDFS",
            ),
            ("Connected to HDFS", "Connected to HDFS"),
        ]:
            t = L(n, t + sec(r.uniform(0.002, 0.2)), "server.ServerContext", "INFO", label, [msg])
        return t

    def load(n: str, t: datetime, exts: list[str]) -> datetime:
        for e in exts:
            t = L(
                n,
                t + sec(r.uniform(0.01, 0.3)),
                "tserver.AssignmentHandler",
                "INFO",
                "Loading tablet %s",
                [f"Loading tablet {e}"],
            )
        return t

    t = boot("mgr", at(6, 0, 2) + sec(r.uniform(0, 0.5)))
    boot("gc", at(6, 0, 3) + sec(r.uniform(0, 0.5)))
    for i, n in enumerate(["ts1", "ts2"]):
        tt = boot(n, at(6, 0, 4 + i) + sec(r.uniform(0, 0.5)))
        L(
            "mgr",
            tt + sec(0.5),
            "manager.Manager",
            "INFO",
            "New servers: %s",
            [f"New servers: [{n}:9997[{sess[n]}]]"],
        )
        L(
            "mgr",
            tt + sec(1),
            "manager.Manager",
            "INFO",
            "Assigning %d tablets",
            [f"Assigning {len(own[n])} tablets"],
        )
        load(n, tt + sec(1.1), own[n])

    # tablet servers' session lines, gc lines, compactions
    ts2_gone = (at(9, 20, 14), at(9, 21, 40))
    for n in ["ts1", "ts2"]:

        def alive(x: datetime, n: str = n) -> bool:
            return not (n == "ts2" and ts2_gone[0] <= x < ts2_gone[1] + sec(20))

        for x in poisson(r, at(6, 2), t_end, 50):
            if not alive(x):
                continue
            e = r.choice(own[n])
            k = r.choice([0, 1, 1, 5, 20, 150, 1000, 1000, 4200, 27000])
            nb = r.randint(1, 30)
            L(
                n,
                x,
                "tserver.ThriftClientHandler",
                "DEBUG",
                AC_SCAN,
                [
                    f"ScanSess tid {r.choice(clients)}:{r.randint(32768, 60999)} {e.split(';')[0].split('<')[0]} {k:,d} entries in {r.uniform(0.001, 3) if k else 0.0:.2f} secs, nbTimes = [{nb} {nb + r.randint(0, 40)} {nb + r.uniform(0, 20):.2f} {r.randint(1, 9)}] "
                ],
            )
        for x in poisson(r, at(6, 3), t_end, 200):
            if not alive(x):
                continue
            k = r.randint(0, 20000)
            L(
                n,
                x,
                "tserver.ThriftClientHandler",
                "DEBUG",
                AC_MSCAN,
                [
                    f"MultiScanSess {r.choice(clients)}:{r.randint(32768, 60999)} {k:,d} entries in {r.uniform(0.01, 4):.2f} secs (lookup_time:{r.uniform(0.005, 3):.2f} secs tablets:{r.randint(1, 5):,d} ranges:{r.randint(1, 3000):,d}) "
                ],
            )
        for x in poisson(r, at(6, 3), t_end, 120):
            if not alive(x):
                continue
            k = r.choice([1, 10, 100, 1000, 1000, 5000, 25000])
            ft = r.uniform(0.001, 1.5)
            L(
                n,
                x,
                "tserver.ThriftClientHandler",
                "DEBUG",
                AC_UP,
                [
                    f"UpSess {r.choice(clients)}:{r.randint(32768, 60999)} {k:,d} in {ft + r.uniform(0.001, 0.4):.3f}s, at=[0 0 0.00 1] ft={ft:.3f}s(pt={ft * 0.1:.3f}s lt={ft * 0.6:.3f}s ct={ft * 0.3:.3f}s)"
                ],
            )
        young, old = r.uniform(2, 10), 0.0
        free = 2_400_000_000
        for x in poisson(r, at(6, 2), t_end, 150):
            if not alive(x):
                continue
            dy = r.uniform(0.01, 0.3)
            young += dy
            dold = r.uniform(0.2, 1.5) if r.random() < 0.05 else 0.0
            old += dold
            df = r.randint(-400_000_000, 400_000_000)
            free = min(max(free + df, 300_000_000), 3_900_000_000)
            L(
                n,
                x,
                "mem.LowMemoryDetector",
                "DEBUG",
                AC_GC,
                [
                    f"gc G1 Young Generation={young:,.2f}(+{dy:,.2f}) secs G1 Old Generation={old:,.2f}(+{dold:,.2f}) secs freemem={free:,d}({df:+,d}) totalmem={4_294_967_296:,d}"
                ],
            )
        for x in poisson(r, at(6, 10), t_end, 420):
            if not alive(x):
                continue
            e = r.choice(own[n])
            path = f"hdfs://nn1:8020/accumulo/tables/{e.split(';')[0].split('<')[0]}/t-{r.randint(1, 999):07d}/F{h16(r, 7)}.rf_tmp"
            tt = L(
                n,
                x,
                "tablet.MinorCompactor",
                "DEBUG",
                "Begin minor compaction %s %s",
                [f"Begin minor compaction {path} {e}"],
            )
            L(
                n,
                tt + sec(r.uniform(0.2, 4)),
                "tablet.Tablet",
                "DEBUG",
                "MinC finish lock %.2f secs %s",
                [f"MinC finish lock {r.uniform(0, 0.05):.2f} secs {e}"],
            )
            if r.random() < 0.5:
                rd = r.randint(10_000, 9_000_000)
                secs = r.uniform(0.2, 40)
                nbytes = rd * r.randint(40, 120)
                L(
                    n,
                    tt + sec(r.uniform(5, 30)),
                    "compaction.FileCompactor",
                    "DEBUG",
                    AC_COMPACTION,
                    [
                        f"Compaction {e} {rd:,d} read | {rd:,d} written | {int(rd / secs):6,d} entries/sec | {secs:6,.3f} secs | {nbytes:12,d} bytes | {nbytes / secs:9.3f} byte/sec"
                    ],
                )

    # the manager's status sweeps
    for x in poisson(r, at(6, 1), t_end, 90):
        k = 1 if ts2_gone[0] + sec(5) <= x < ts2_gone[1] + sec(3) else 2
        L(
            "mgr",
            x,
            "manager.Manager",
            "DEBUG",
            "Finished gathering information from %d of %d servers in %.2f seconds",
            [
                f"Finished gathering information from {k} of {k} servers in {r.uniform(0.005, 0.09):.2f} seconds"
            ],
        )

    # the garbage collector
    for x in poisson(r, at(6, 5), t_end, 600):
        cand = r.randint(0, 60)
        inuse = r.randint(0, cand)
        tt = L(
            "gc",
            x,
            "gc.GCRun",
            "INFO",
            "Number of data file candidates for deletion: %d",
            [f"Number of data file candidates for deletion: {cand}"],
        )
        tt = L(
            "gc",
            tt + sec(r.uniform(0.01, 0.2)),
            "gc.GCRun",
            "INFO",
            "Number of data file candidates still in use: %d",
            [f"Number of data file candidates still in use: {inuse}"],
        )
        tt = L(
            "gc",
            tt + sec(r.uniform(0.05, 2)),
            "gc.GCRun",
            "INFO",
            "Number of successfully deleted data files: %d",
            [f"Number of successfully deleted data files: {cand - inuse}"],
        )
        L(
            "gc",
            tt + sec(r.uniform(0.01, 0.5)),
            "gc.SimpleGarbageCollector",
            "INFO",
            "Collect cycle took %.2f seconds",
            [f"Collect cycle took {r.uniform(0.3, 4.5):.2f} seconds"],
        )

    # zk2 restarted at 07:40
    def zk_stack(n: str, path: str) -> list[str]:
        return [
            f"org.apache.zookeeper.KeeperException$ConnectionLossException: KeeperErrorCode = ConnectionLoss for /accumulo/{AC_INSTANCE}{path}",
            f"\tat org.apache.zookeeper.KeeperException.create(KeeperException.java:102) {AC_JAR}",
            f"\tat org.apache.zookeeper.KeeperException.create(KeeperException.java:54) {AC_JAR}",
            f"\tat org.apache.zookeeper.ZooKeeper.getData(ZooKeeper.java:2061) {AC_JAR}",
            f"\tat org.apache.accumulo.core.fate.zookeeper.ZooCache$2.run(ZooCache.java:461) {AC_ACC}",
            f"\tat org.apache.accumulo.core.fate.zookeeper.ZooCache$2.run(ZooCache.java:437) {AC_ACC}",
            f"\tat org.apache.accumulo.core.fate.zookeeper.ZooCache$ZooRunnable.retry(ZooCache.java:246) {AC_ACC}",
            f"\tat org.apache.accumulo.core.fate.zookeeper.ZooCache.get(ZooCache.java:484) {AC_ACC}",
            f"\tat org.apache.accumulo.core.fate.zookeeper.ZooCache.get(ZooCache.java:415) {AC_ACC}",
            f"\tat org.apache.accumulo.core.clientImpl.ClientContext.getTableState(ClientContext.java:{r.choice([913, 927])}) {AC_ACC}",
            "\tat java.lang.Thread.run(Thread.java:829) ~[?:?]",
        ]

    def zk_reconnect(n: str, t: datetime, to: str) -> None:
        t = L(
            n,
            t,
            "zookeeper.ClientCnxn",
            "INFO",
            AC_ZK_LOST,
            [
                f"Unable to read additional data from server sessionid 0x{sess[n]}, likely server has closed socket, closing socket connection and attempting reconnect"
            ],
        )
        for _ in range(r.randint(0, 3)):
            t = L(
                n,
                t + sec(r.uniform(0.2, 2)),
                "zookeeper.ZooCache",
                "WARN",
                "Saw (possibly) transient exception communicating with ZooKeeper",
                [
                    "Saw (possibly) transient exception communicating with ZooKeeper",
                    *zk_stack(n, r.choice(["/tables/2/state", "/tables/3/state", "/config"])),
                ],
            )
        t = L(
            n,
            t + sec(r.uniform(0.5, 1.5)),
            "zookeeper.ClientCnxn",
            "INFO",
            "Opening socket connection to server %s.",
            [f"Opening socket connection to server {to}.example.com/{zk[to]}:2181."],
        )
        t = L(
            n,
            t + sec(0.002),
            "zookeeper.ClientCnxn",
            "INFO",
            "Socket connection established, initiating session, client: %s, server: %s",
            [
                f"Socket connection established, initiating session, client: /10.0.1.{ {'ts1': 31, 'ts2': 32, 'mgr': 21, 'gc': 21}[n] }:{r.randint(40000, 60000)}, server: {to}.example.com/{zk[to]}:2181"
            ],
        )
        L(
            n,
            t + sec(r.uniform(0.003, 0.03)),
            "zookeeper.ClientCnxn",
            "INFO",
            "Session establishment complete on server %s, session id = 0x%s, negotiated timeout = %d",
            [
                f"Session establishment complete on server {to}.example.com/{zk[to]}:2181, session id = 0x{sess[n]}, negotiated timeout = 30000"
            ],
        )

    for n in ["ts1", "ts2", "gc"]:
        zk_reconnect(n, at(7, 40, 6) + sec(r.uniform(0, 0.2)), r.choice(["zk1", "zk3"]))
    # zk's session timeouts ahead of the restart: ts2 loses its lock
    for x in poisson(r, at(9, 19, 30), at(9, 20, 14), 9):
        L(
            "ts2",
            x,
            "zookeeper.ClientCnxn",
            "WARN",
            "Client session timed out, have not heard from server in %dms for session id 0x%s",
            [
                f"Client session timed out, have not heard from server in {r.randint(20001, 29000)}ms for session id 0x{sess['ts2']}"
            ],
        )
    L(
        "ts2",
        ts2_gone[0],
        "tserver.TabletServer",
        "ERROR",
        "Lost tablet server lock (reason = %s), exiting.",
        ["Lost tablet server lock (reason = SESSION_EXPIRED), exiting."],
    )
    down.add("ts2")
    t = L(
        "mgr",
        ts2_gone[0] + sec(4.2),
        "manager.Manager",
        "WARN",
        "Lost servers %s",
        [f"Lost servers [ts2:9997[{sess['ts2']}]]"],
    )
    L(
        "mgr",
        t + sec(1.1),
        "manager.Manager",
        "INFO",
        "Assigning %d tablets",
        [f"Assigning {len(own['ts2'])} tablets"],
    )
    load("ts1", t + sec(1.3), own["ts2"])
    sess["ts2"] = "1000a2b3c4d0011"
    t = boot("ts2", ts2_gone[1])
    L(
        "mgr",
        t + sec(0.8),
        "manager.Manager",
        "INFO",
        "New servers: %s",
        [f"New servers: [ts2:9997[{sess['ts2']}]]"],
    )
    L(
        "mgr",
        at(9, 22, 31),
        "manager.Manager",
        "INFO",
        "Assigning %d tablets",
        [f"Assigning {len(own['ts2'])} tablets"],
    )
    load(
        "ts2",
        at(
            9,
            22,
            31,
        )
        + sec(0.4),
        own["ts2"],
    )
    return fs.logs(t0)


# ------------------------------------------------------------------------------------- riak

RK_NODES = {"riak1": "10.0.1.41", "riak2": "10.0.1.42", "riak3": "10.0.1.43", "riak4": "10.0.1.44"}
RK_STEP = 2**160 // 64
RK_APPS = [
    "lager",
    "sasl",
    "crypto",
    "asn1",
    "public_key",
    "ssl",
    "os_mon",
    "eleveldb",
    "riak_sysmon",
    "riak_core",
    "riak_pipe",
    "riak_kv",
    "riak_api",
    "riak_control",
]
RK_CAPS = [
    ("{riak_core,vnode_routing}", "proxy"),
    ("{riak_core,staged_joins}", "true"),
    ("{riak_core,resizable_ring}", "true"),
    ("{riak_pipe,trace_format}", "ordsets"),
    ("{riak_kv,anti_entropy}", "enabled_v1"),
    ("{riak_kv,handoff_data_encoding}", "encode_raw"),
    ("{riak_kv,object_format}", "v1"),
    ("{riak_kv,put_fsm_ack_execute}", "enabled"),
]
RK_DONE = "%s transfer of %s from %s %s to %s %s completed: sent %s bytes in %p of %p objects in %.2f seconds (%s/second)"
RK_REPAIRED = "Repaired %d keys during active anti-entropy exchange of %s between %s and %s"
RK_THROTTLE = (
    "Changing AAE throttle from %d -> %d msec/key, based on maximum vnode mailbox size %d from %s"
)
RK_GENFSM = (
    "gen_fsm %s in state %s terminated with reason: no match of right hand value %s in %s line %d"
)
RK_CRASH = "CRASH REPORT Process %s with %d neighbours exited with reason: no match of right hand value %s in %s line %d in %s line %d"


def riak(r: random.Random) -> list[Log]:
    """Four nodes (riak1 to riak4, a ring of 64), 06:00 to 12:00: sysmon's long GCs and large
    heaps all day, AAE exchanges and throttle changes; riak4 started at 07:58 and joined at
    08:00 (ownership transfers of 16 partitions), riak3 cut off 10:00-10:12 (net_kernel's
    `not responding`, put FSMs crashing on riak1 and riak2, lager dropping messages),
    hinted handoffs back to riak3 and AAE repairs, riak2 restarted at 11:00."""
    fs = Files()
    t0, t_end = at(6, 0), at(12, 0)
    node = {n: f"'riak@{ip}'" for n, ip in RK_NODES.items()}
    part = [i * RK_STEP for i in range(64)]
    owner = {p: ["riak1", "riak2", "riak3"][i % 3] for i, p in enumerate(part)}
    pidn = [3000]

    def P() -> str:
        pidn[0] += r.randint(1, 400)
        return f"<0.{pidn[0]}.0>"

    def L(
        n: str,
        t: datetime,
        level: str,
        where: str | None,
        label: str,
        lines: list[str],
        pid: str | None = None,
    ) -> datetime:
        p = pid or P()
        head = f"{p}@{where}" if where else p

        def text(x: datetime) -> list[str]:
            return [f"{x:%Y-%m-%d %H:%M:%S}.{ms(x)} [{level}] {head} {lines[0]}", *lines[1:]]

        return fs.add(f"{n}-console.log", t, label, text, n, 1000)

    def size(b: float) -> str:
        return f"{b / 1048576:.2f} MB" if b >= 1048576 else f"{b / 1024:.2f} KB"

    def start(n: str, t: datetime) -> datetime:
        for a in RK_APPS:
            t = L(
                n,
                t + sec(r.uniform(0.005, 0.3)),
                "info",
                None,
                "Application %s started on node %s",
                [f"Application {a} started on node {node[n]}"],
                "<0.7.0>",
            )
            if a == "riak_kv":
                t = L(
                    n,
                    t + sec(0.01),
                    "info",
                    "riak_core:wait_for_application:486",
                    "Wait complete for application %s (%d seconds)",
                    ["Wait complete for application riak_pipe (0 seconds)"],
                )
            if a == "riak_core":
                for c, v in RK_CAPS:
                    t = L(
                        n,
                        t + sec(r.uniform(0.001, 0.02)),
                        "info",
                        "riak_core_capability:process_capability_changes:555",
                        "New capability: %s = %s",
                        [f"New capability: {c} = {v}"],
                        "<0.382.0>",
                    )
        t = L(
            n,
            t + sec(0.02),
            "info",
            "riak_core:wait_for_service:504",
            "Waiting for service %s to start (%d seconds)",
            ["Waiting for service riak_kv to start (0 seconds)"],
        )
        return L(
            n,
            t + sec(r.uniform(3, 6)),
            "info",
            "riak_core:wait_for_service:498",
            "Wait complete for service %s (%d seconds)",
            [f"Wait complete for service riak_kv ({r.randint(3, 6)} seconds)"],
        )

    def handoff(kind: str, src: str, dst: str, p: int, t: datetime) -> datetime:
        sp = P()
        t = L(
            src,
            t,
            "info",
            "riak_core_handoff_sender:start_fold:155",
            "Starting %s transfer of %s from %s %s to %s %s",
            [f"Starting {kind} transfer of riak_kv_vnode from {node[src]} {p} to {node[dst]} {p}"],
            sp,
        )
        rp = P()
        L(
            dst,
            t + sec(0.01),
            "info",
            "riak_core_handoff_receiver:process_message:99",
            "Receiving handoff data for partition %s:%s from %s",
            [
                f'Receiving handoff data for partition riak_kv_vnode:{p} from {{"{RK_NODES[src]}",{r.randint(40000, 60000)}}}'
            ],
            rp,
        )
        objs = r.randint(2000, 90000) if kind == "ownership" else r.randint(5, 900)
        nbytes = objs * r.randint(600, 4000)
        secs = objs / r.uniform(800, 4000) + r.uniform(0.05, 1)
        te = t + sec(secs)
        L(
            dst,
            te + sec(0.02),
            "info",
            "riak_core_handoff_receiver:handle_info:73",
            "Handoff receiver for partition %s exited after processing %d objects from %s",
            [
                f'Handoff receiver for partition {p} exited after processing {objs} objects from {{"{RK_NODES[src]}",{r.randint(40000, 60000)}}}'
            ],
            rp,
        )
        return L(
            src,
            te,
            "info",
            "riak_core_handoff_sender:start_fold:240",
            RK_DONE,
            [
                f"{kind} transfer of riak_kv_vnode from {node[src]} {p} to {node[dst]} {p} completed: sent {size(nbytes)} bytes in {objs} of {objs} objects in {secs:.2f} seconds ({size(nbytes / secs)}/second)"
            ],
            sp,
        )

    def members(t: datetime) -> list[str]:
        out = ["riak1", "riak2", "riak3"]
        if t >= at(8, 0):
            out.append("riak4")
        return out

    # riak4 joins
    start("riak4", at(7, 58, 11))
    for n in RK_NODES:
        L(
            n,
            at(8, 0, 23) + sec(r.uniform(0, 2)),
            "info",
            "riak_core_gossip:log_node_added:356",
            "'%s' joined cluster with status '%s'",
            [f"'riak@{RK_NODES['riak4']}' joined cluster with status 'joining'"],
            "<0.217.0>",
        )
        L(
            n,
            at(8, 0, 41) + sec(r.uniform(0, 2)),
            "info",
            "riak_core_gossip:log_node_changed:351",
            "'%s' changed from '%s' to '%s'",
            [f"'riak@{RK_NODES['riak4']}' changed from 'joining' to 'valid'"],
            "<0.217.0>",
        )
    t = at(8, 1, 5)
    for p in part[3::4]:
        src = owner[p]
        t = handoff("ownership", src, "riak4", p, t + sec(r.uniform(0.5, 4)))
        owner[p] = "riak4"

    # sysmon, AAE
    for n in RK_NODES:
        for x in poisson(r, at(6, 0, 30), t_end, 52):
            if n == "riak4" and x < at(7, 58, 20):
                continue
            if n == "riak2" and at(11, 0) <= x < at(11, 1, 30):
                continue
            kind = r.choices(["long_gc", "large_heap", "busy_dist_port"], [70, 25, 5])[0]
            pid = P()
            mod = r.choice(
                [
                    "{riak_core_vnode,init,1}",
                    "{riak_kv_get_fsm,init,1}",
                    "{riak_api_pb_server,init,1}",
                    "{proc_lib,init_p,5}",
                ]
            )
            if kind == "long_gc":
                info = f"[{{timeout,{r.randint(100, 900)}}},{{old_heap_block_size,{r.choice([0, 2586, 6772])}}},{{heap_block_size,{r.randint(600, 90000)}}},{{mbuf_size,0}},{{stack_size,{r.randint(20, 80)}}},{{old_heap_size,0}},{{heap_size,{r.randint(300, 40000)}}}]"
            elif kind == "large_heap":
                info = f"[{{old_heap_block_size,0}},{{heap_block_size,{r.randint(10_000_000, 60_000_000)}}},{{mbuf_size,0}},{{stack_size,{r.randint(20, 80)}}},{{old_heap_size,0}},{{heap_size,{r.randint(5_000_000, 30_000_000)}}}]"
            else:
                pid = f"#Port<0.{r.randint(5000, 9000)}>"
                info = node[r.choice([m for m in RK_NODES if m != n])]
            pinfo = f"[{{initial_call,{mod}}},{{almost_current_function,{{gen_fsm,loop,7}}}},{{message_queue_len,{r.choice([0, 0, 0, 1, 3])}}}]"
            L(
                n,
                x,
                "info",
                "riak_core_sysmon_handler:handle_event:92",
                "monitor %w %w %w %w",
                [f"monitor {kind} {pid} {pinfo} {info}"],
                "<0.96.0>",
            )
        for x in poisson(r, at(6, 3), t_end, 300):
            ms_ = [m for m in members(x) if m != n]
            if n == "riak4" and x < at(8, 0):
                continue
            if at(10, 0) <= x < at(10, 12) and "riak3" in (n,):
                continue
            m = r.choice(ms_)
            p = r.choice(part)
            k = r.choice([1, 1, 1, 2, 3, 7])
            L(
                n,
                x,
                "info",
                "riak_kv_exchange_fsm:key_exchange:263",
                RK_REPAIRED,
                [
                    f"Repaired {k} keys during active anti-entropy exchange of {{{p},3}} between {{{p},{node[n][1:-1]}}} and {{{p + RK_STEP},{node[m][1:-1]}}}"
                ],
            )
        old = 0
        for x in poisson(r, at(6, 5), t_end, 900):
            if n == "riak4" and x < at(8, 0):
                continue
            new = r.choice([v for v in [0, 10, 50, 100, 250] if v != old])
            L(
                n,
                x,
                "info",
                "riak_kv_entropy_manager:perhaps_log_throttle_change:853",
                RK_THROTTLE,
                [
                    f"Changing AAE throttle from {old} -> {new} msec/key, based on maximum vnode mailbox size {r.randint(0, 5000) if new else r.randint(0, 150)} from {node[n]}"
                ],
                "<0.501.0>",
            )
            old = new

    # riak3 cut off
    cut = (at(10, 0, 7), at(10, 12, 30))
    for n in ["riak1", "riak2", "riak4"]:
        L(
            n,
            cut[0] + sec(r.uniform(45, 60)),
            "error",
            None,
            "** Node %s not responding **",
            [f"** Node {node['riak3']} not responding **", "** Removing (timedout) connection **"],
            "<0.83.0>",
        )
        L(
            "riak3",
            cut[0] + sec(r.uniform(45, 60)),
            "error",
            None,
            "** Node %s not responding **",
            [f"** Node {node[n]} not responding **", "** Removing (timedout) connection **"],
            "<0.83.0>",
        )
    for n in ["riak1", "riak2"]:
        burst = 0
        last = cut[0]
        for x in poisson(r, cut[0] + sec(60), cut[1], 4.5):
            p = P()
            state = r.choice(["validate", "validate", "precommit"])
            where = {
                "validate": ("riak_kv_put_fsm:validate/2", 381),
                "precommit": ("riak_kv_put_fsm:precommit/2", 428),
            }[state]
            val = r.choice(
                ["{error,{n_val_violation,3}}", "{error,{insufficient_vnodes,1,need,2}}"]
            )
            t = L(
                n,
                x,
                "error",
                None,
                RK_GENFSM,
                [
                    f"gen_fsm {p} in state {state} terminated with reason: no match of right hand value {val} in {where[0]} line {where[1]}"
                ],
                p,
            )
            L(
                n,
                t + sec(0.001),
                "error",
                None,
                RK_CRASH,
                [
                    f"CRASH REPORT Process {p} with 0 neighbours exited with reason: no match of right hand value {val} in {where[0]} line {where[1]} in gen_fsm:terminate/7 line 600"
                ],
                p,
            )
            if (x - last).total_seconds() < 2:
                burst += 1
                if burst >= 3:
                    L(
                        n,
                        x + sec(0.5),
                        "warning",
                        None,
                        "lager_error_logger_h dropped %d messages in the last second that exceeded the limit of %d messages/sec",
                        [
                            f"lager_error_logger_h dropped {r.randint(5, 120)} messages in the last second that exceeded the limit of 50 messages/sec"
                        ],
                        "<0.94.0>",
                    )
                    burst = 0
            last = x
    # hinted handoffs back to riak3
    t = cut[1] + sec(40)
    for n in ["riak1", "riak2", "riak4"]:
        tt = t + sec(r.uniform(0, 10))
        for p in [p for p in part if owner[p] == "riak3"][: r.randint(5, 9)]:
            tt = handoff("hinted", n, "riak3", p, tt + sec(r.uniform(0.1, 2)))
    for x in poisson(r, cut[1] + sec(120), cut[1] + sec(1500), 15):
        n = r.choice(["riak1", "riak2", "riak3", "riak4"])
        m = (
            r.choice([m for m in RK_NODES if m != n])
            if n != "riak3"
            else r.choice(["riak1", "riak2", "riak4"])
        )
        if "riak3" not in (n, m):
            m = "riak3"
        p = r.choice(part)
        L(
            n,
            x,
            "info",
            "riak_kv_exchange_fsm:key_exchange:263",
            RK_REPAIRED,
            [
                f"Repaired {r.randint(1, 400)} keys during active anti-entropy exchange of {{{p},3}} between {{{p},{node[n][1:-1]}}} and {{{p + RK_STEP},{node[m][1:-1]}}}"
            ],
        )

    # riak2 restarted
    n = "riak2"
    t = L(
        n,
        at(11, 0, 2),
        "info",
        "riak_kv_app:prep_stop:228",
        "Stopping application riak_kv - marked service down.",
        ["Stopping application riak_kv - marked service down."],
        "<0.4419.0>",
    )
    t = L(
        n,
        t + sec(0.003),
        "info",
        "riak_kv_app:prep_stop:232",
        "Unregistered pb services",
        ["Unregistered pb services"],
        "<0.4419.0>",
    )
    t = L(
        n,
        t + sec(0.003),
        "info",
        "riak_kv_app:prep_stop:237",
        "unregistered webmachine routes",
        ["unregistered webmachine routes"],
        "<0.4419.0>",
    )
    t = L(
        n,
        t + sec(2),
        "info",
        "riak_kv_app:stop:250",
        "Stopping application %s.",
        ["Stopping application riak_kv."],
        "<0.4419.0>",
    )
    for a in ["riak_kv", "riak_pipe", "riak_core"]:
        if a != "riak_kv":
            t = L(
                n,
                t + sec(0.2),
                "info",
                f"{a}_app:stop:{r.randint(60, 120)}",
                "Stopping application %s.",
                [f"Stopping application {a}."],
                P(),
            )
        t = L(
            n,
            t + sec(0.1),
            "info",
            None,
            "Application %s exited with reason: %s",
            [f"Application {a} exited with reason: stopped"],
            "<0.7.0>",
        )
    pidn[0] = 3000
    start(n, at(11, 0, 31))
    return fs.logs(t0)


SYSTEMS = {
    "galera": galera,
    "kudu": kudu,
    "impala": impala,
    "accumulo": accumulo,
    "riak": riak,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
