#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 176 (typesense, manticore, infinispan, beanstalkd, zeebe) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five search, cache and queue servers, 06:00 to 12:00
on 2024-06-07. None of the five was in the set.

- Typesense 26.0 (`typesense.log`: glog's file under `--log-dir` on ts-2, a follower of a
  three-node cluster, `I20240607 06:00:04.123456   191 raft_server.cpp:637] msg`): the raft loop's
  `Term: %d, pending_queue: %d, last_index: %d, committed: %d, known_applied: %d, applying: %d,
  pending_writes: %d, queued_writes: %d, local_sequence: %d` every ten seconds and the batch
  indexer's `Running GC for aborted requests, req map size: %d` every minute; slow searches
  (`event=slow_request, time=%d ms, client_ip=%s, endpoint=%s, body=%s`, the query string in the
  std::map's order, a multi-search's body); a catalogue import 07:30-07:42 filling the follower's
  write queue (`%d queued writes > healthy write lag of %d`, `... read lag of %d`); the hourly
  timed snapshot (`Snapshot timer is active, ...`, `on_snapshot_save`, `save_snapshot called`,
  `Timed snapshot succeeded!`, `Dummy write to %s, status = %d, response = %s`, `save_snapshot
  done`); the leader ts-1 crashing at 08:42 (`Error, /status end-point returned bad status code
  %d`, `Node stops following { leader_id=..., status=Lost connection from leader ...}`, braft's
  `node default_group:%s term %d start pre_vote` and `request PreVote from %s error: [E112]...`,
  `Rejecting write: could not find a leader.`, `Multi-node with no leader: refusing to reset
  peers.`, `Node starts following {...}` and `Configuration of this group is %s` when ts-3
  wins term 5); the 10:00 backup's on-demand snapshot (`Triggering an on demand snapshot...`,
  `Copying system snapshot to external snapshot directory at %s`, `On demand snapshot
  succeeded!`).
- Manticore Search 6.3.2 (`searchd.log`: `[Fri Jun  7 06:00:01.123 2024] [1203] msg`, `WARNING: `
  after the thread; `query.log`: `query_log_format = sphinxql` with `query_log_min_msec = 200`,
  `/* Fri Jun  7 06:00:01.123 2024 conn 4411 (10.0.3.21:51234) real 0.412 wall 0.413 found 1532
  */ SELECT ...;`): the clickstream RT table's RAM chunk saved as a disk chunk every few minutes
  (`rt: table %s: diskchunk %d(%d), segments %d  saved in %d.%06d (%d.%06d) sec, RAM saved/new
  %u/%u ratio %f (soft limit %u, conf limit %u)`, and `forcibly saved` for the hourly `FLUSH
  RAMCHUNK products`), auto-optimize (`rt: table %s: optimized progressive chunk(s) %d ( left %d )
  in %s`), a client pool resetting connections 07:05-07:45 (`conn %s(%d), sock=%d: bailing on
  failed MySQL header, AsyncNetInputBuffer_c::AppendData: error %d (%s) return %d`), slow
  queries all day (more during that load), a crash at 09:14 in a ranker expression (the
  `------- FATAL: CRASH DUMP -------` block: the request dump, the backtrace, the active threads)
  and the watchdog's restart (`watchdog: main process %d crashed via CRASH_EXIT (exit code %d),
  will be restarted`, `watchdog: main process %d forked ok`, `starting daemon version '%s' ...`,
  the listeners, binlog replay, preread, `accepting connections`, Buddy's lines relayed as
  `[BUDDY] %s`), and a graceful restart at 11:30 (`caught SIGTERM, shutting down`, `shutdown
  daemon version '%s' ...`, `shutdown complete`, `watchdog: main process %d exited cleanly (exit
  code %d), shutting down`).
- Infinispan Server 15.0.4.Final (`ispn-1-server.log`, `ispn-2-server.log`, `ispn-3-server.log`:
  server/log/server.log, log4j2's `%d{yyyy-MM-dd HH:mm:ss,SSS} %-5p (%t) [%c] %m%throwable%n`):
  `ISPN000136: Error executing command %s on Cache '%s', writing keys %s` with the exception
  below it (lock timeouts on `sessions` 06:25-07:05 and 10:15-10:45, ISPN000299; remote
  timeouts while ispn-3 pauses in GC 08:10-08:25, ISPN000476; the `carts` JDBC store failing
  while PostgreSQL fails over 07:40-07:52, with Agroal's `Datasource '%s': Connection to %s
  refused. ...`); a report service with an outdated truststore after the certificate rotation
  10:05-11:20 (`ISPN005003: Exception reported` with Netty's SSLHandshakeException); ispn-3
  killed by the OOM killer at 08:58 and started again at 09:01 (JGroups' `JGRP000029: %s: failed
  sending message to %s (%d bytes): java.net.ConnectException: Connection refused, headers: %s` and `JGRP000011: %s: dropped message %d from
  non-member %s (view=%s)`, `ISPN000094: Received new cluster view for channel %s: %s`, the
  coordinator's `ISPN100001` / `ISPN100000` and, per cache with `[Context=cache] `, `ISPN100008:
  Updating cache members list %s, topology id %d`, `ISPN100002: Starting rebalance ...`,
  `ISPN100009: Advancing to rebalance phase %s, topology id %d`, `ISPN100010: Finished rebalance
  with members %s, topology id %d`; ispn-3's start-up from `ISPN080000` to `ISPN080001: Infinispan
  Server %s started in %dms`).
- beanstalkd 1.13 (`beanstalkd.log`: `journalctl -u beanstalkd -o short-precise` on queue1,
  beanstalkd run with `-V -V`, `Jun 07 06:00:01.123456 queue1 beanstalkd[812]: <7 command put `):
  the verbose protocol trace, `accept %d`, `<%d command %s` (the op name from `op_names`, with its
  trailing space: `put `, `use `, `reserve`, `delete `, ...), `>%d reply %.*s` (the reply line, a
  message of its own: `USING %s`, `INSERTED %llu`, `RESERVED %llu %u` written before the producer's
  INSERTED, `DELETED`, `WATCHING %zu`, `RELEASED`, `BURIED`, `TOUCHED`, `DEADLINE_SOON`, `NOT_FOUND`,
  `KICKED %u`, `OK %zu`, `UNKNOWN_COMMAND`, `DRAINING`) and `close %d`; a web app putting mail,
  thumbnail and webhook jobs, three workers, monitoring's `stats` every five minutes, a webhook
  endpoint down 07:40-08:05 (releases, then buries), worker-2 killed at 08:30 and restarted, a
  kick of the buried jobs at 09:10, a Redis health check pointed at port 11300 09:40-10:20
  (three `<unknown>` commands, then `prot.c:%d in check_err: read(): %s` from twarn), drain mode
  and a restart at 10:30 (systemd's `Stopping %s - %s...`, `%s: Deactivated successfully.`,
  `Stopped %s - %s.`, `%s: Consumed %s CPU time.`, `Started %s - %s.`, then `pid %d`, `bind %d
  %s:%s`).
- Zeebe 8.5 (`zeebe-0.log`, `zeebe-1.log`, `zeebe-2.log`: three brokers' console output, the
  8.x log4j2 pattern `%d{yyyy-MM-dd HH:mm:ss.SSS} [%X{actor-scheduler}] [%t] [%X{actor-name}]
  %-5level` + newline + six spaces + `%logger{36} - %msg%n`, so every event is a head line and a
  logger line): snapshots of each of the three partitions on every broker every ten minutes
  (`Taking temporary snapshot into %s.`, `Finished taking temporary snapshot, need to wait until
  last written event position %d is committed, current commit position is %d. After that snapshot
  will be committed.`, `Current commit position %d >= %d, committing snapshot %s.`, `Committed new
  snapshot %s`); Elasticsearch down 07:20-07:35 (the leaders' `Unexpected exception occurred on
  periodically flushing bulk, will retry later.` with its stack); zeebe-2 evicted at 09:05 (SWIM's
  `%s - Member unreachable %s` / `removed` / `added`, raft's `No heartbeat from a known leader
  since %dms`, `Sending poll requests to all active members: %s`, `Starting election`,
  `Transitioning to %s`, `Found leader %s`, the leader's `%s to %s failed: %s`, ZeebePartition's
  `Transition to %s on term %d requested.`, `... - transitioning %s`, `... completed`, the
  embedded gateway's `Expected to handle gRPC request, but an unexpected error occurred`, health's
  `Partition-%d recovered, marking it as healthy`; zeebe-2's start-up with `Starting broker %d
  with configuration {` and its JSON below, `Startup %s` per step, Spring Boot's `Started
  StandaloneBroker in %s seconds (process running for %s)`); zeebe-1's disk filling 11:15-11:24
  (`Out of disk space. Current available %d bytes. Minimum needed %d bytes.`, `Disk space
  available again. Current available %d bytes`).

Label notes. The heads are context: glog's level, date, thread and `file:line] `, searchd's time,
thread and `WARNING: ` banner, the query log's comment is the format's own, Infinispan's time,
level, thread and category and the event logger's `[Context=%s] `, journald's time, host and
ident, Zeebe's head line and its logger. A glog message built with `<<` is one format (the pieces
the code writes literally are wording); braft's prefix `node default_group:%s` is the format's.
A value that is a message of its own contributes its format: beanstalkd's reply lines,
Buddy's relayed lines, Agroal's PostgreSQL message; an exception text in an Infinispan or Zeebe
stack trace is continuation, not template. The reply word beanstalkd's call site passes
(`RESERVED`, `DELETED`) is wording, the op name looked up in `op_names` a variable (`<unknown>`
included); the RT save's `forcibly` is a branch's word. Manticore's query log line is one format
whose query is one value. The crash dump's banner line starts its event (it carries no time);
everything after it to the watchdog's line is its continuation. Zeebe's ContextualLogger prefix
(`RaftServer{raft-partition-partition-3}{role=FOLLOWER} - `) is context; SWIM's `%s - ` is the
call's format.

Least sure (written from the helper's knowledge; Typesense's raft_server.cpp and
typesense_server_utils.cpp, beanstalkd's prot.c (`<%d command %s`, `>%d reply %.*s`, `accept %d`,
`close %d`, twarn's `%s:%d in %s: ` prefix), Manticore's daemon log banner, dupe catcher and query
log, and Infinispan's log4j2.xml and message bundles (ISPN000078/79/94, 100002, 314, 476, 299) were
checked against copies of their sources): Typesense's file:line numbers, GC_INTERVAL_SECONDS
(60), braft's pre-vote lines and the LeaderChangeContext rendering; Manticore's optimize line,
the crash dump's exact lines, the watchdog and Buddy wordings and the binlog replay stats;
Infinispan's WrappedByteArray rendering, the thread names, whether Netty's handshake failures
reach ISPN005003 and Agroal's warning layout; beanstalkd's `bind %d %s:%s` and the systemd unit
description; Zeebe's 8.5 step names, whether the snapshot lines are INFO, the SWIM member
rendering, the exporter's exception text and the disk monitor's logger.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round55 import poisson
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any, weighted

# ---------------------------------------------------------------------------------- typesense

TS_SELF = "10.0.1.12:8107:8108"
TS_NODES = "10.0.1.11:8107:8108,10.0.1.12:8107:8108,10.0.1.13:8107:8108"
TS_QUERIES = [
    "trail running shoes",
    "wool socks",
    "rain jacket women",
    "headlamp",
    "tent 2 person",
    "merino base layer",
    "hiking boots waterproof",
    "sleeping bag -5",
    "water filter",
    "kids gloves",
    "carbon poles",
    "gore-tex",
]


def glog(t: datetime, lvl: str, tid: int, where: str, msg: str) -> str:
    return f"{lvl}{t:%Y%m%d %H:%M:%S}.{t.microsecond:06d} {tid:5d} {where}] {msg}"


def ts_endpoint(r: random.Random) -> tuple[str, str, str]:
    """(endpoint, body, kind): a search's endpoint as http_req logs it, the params in the std::map's
    (sorted) order with a trailing `&`, or a multi-search with its body."""
    q = r.choice(TS_QUERIES)
    if r.random() < 0.3:
        body = json.dumps(
            {
                "searches": [
                    {
                        "collection": "products",
                        "q": q,
                        "query_by": "name,brand,categories",
                        "facet_by": "brand,color,size",
                        "max_facet_values": 20,
                        "per_page": 24,
                    },
                    {"collection": "articles", "q": q, "query_by": "title,body", "per_page": 3},
                ]
            },
            separators=(",", ":"),
        )
        return "POST /multi_search?", body, "multi"
    params = {
        "q": q,
        "query_by": "name,brand,categories",
        "page": str(r.randint(1, 4)),
        "per_page": "24",
    }
    if r.random() < 0.6:
        params["filter_by"] = r.choice(
            ["in_stock:true", "in_stock:true && price:<100", "brand:=[Salomon,Hoka]", "size:=42"]
        )
    if r.random() < 0.5:
        params["sort_by"] = r.choice(["_text_match:desc,popularity:desc", "price:asc"])
    if r.random() < 0.4:
        params["facet_by"] = "brand,color"
    qs = "".join(f"{k}={v}&" for k, v in sorted(params.items()))
    return f"GET /collections/products/documents/search?{qs}", "", "search"


def typesense(r: random.Random) -> list[Log]:
    """ts-2, a follower of a three-node Typesense 26.0 cluster, 06:00 to 12:00: a catalogue import
    07:30-07:42 filling its write queue, the leader ts-1 crashing at 08:42 and ts-3 taking over,
    hourly snapshots and the 10:00 backup's on-demand snapshot."""
    fs = Files()

    def L(t: datetime, lvl: str, tid: int, where: str, label: str, msg: str) -> datetime:
        return fs.add(
            "typesense.log", t, label, lambda x: [glog(x, lvl, tid, where, msg)], "ts-2", 1
        )

    raft_tid, gc_tid, bth = 191, 192, [203, 204, 205, 206, 207, 208]
    http_tids = list(range(247, 256))
    imp = (at(7, 30, 4.2), at(7, 42, 31.0))
    crash, leaderless = at(8, 42, 10.4), (at(8, 42, 15.21), at(8, 42, 26.37))
    leader = "10.0.1.11:8107:8108"
    term, last, seq, queued = 4, 118_204, 9_412_877, 0
    last_snap = T0 - sec(1432)
    t = T0 + sec(r.uniform(2.0, 9.0))
    tick = 0
    samples: list[tuple[datetime, int]] = []
    while t < T_END:
        # raft entries since the last tick
        if in_any(t, [imp]):
            n = r.randint(48, 66)
            queued = max(0, queued + n - r.randint(34, 50))
        else:
            n = 0 if leaderless[0] - sec(10) <= t < leaderless[1] else r.randint(0, 4)
            queued = max(0, queued - r.randint(60, 90))
        for _ in range(n):
            last += 1
            seq += r.randint(3, 12)
        if t >= leaderless[1] and term == 4:
            term = 5
            last += 1
        pend = r.randint(0, 2) if in_any(t, [imp]) else 0
        applying = last - r.randint(0, 3) if queued > 0 and r.random() < 0.5 else 0
        L(
            t,
            "I",
            raft_tid,
            "raft_server.cpp:637",
            "Term: %d, pending_queue: %d, last_index: %d, committed: %d, known_applied: %d, applying: %d, pending_writes: %d, queued_writes: %d, local_sequence: %d",
            f"Term: {term}, pending_queue: 0, last_index: {last}, committed: {last}, known_applied: {last}, applying: {applying}, pending_writes: {pend}, queued_writes: {queued}, local_sequence: {seq}",
        )
        if in_any(t, [leaderless]):
            L(
                t + sec(0.000041),
                "W",
                raft_tid,
                "raft_server.cpp:671",
                "Multi-node with no leader: refusing to reset peers.",
                "Multi-node with no leader: refusing to reset peers.",
            )
        # hourly timed snapshot
        if tick % 6 == 0 and (t - last_snap).total_seconds() >= 3600 and not in_any(t, [imp]):
            cur = int(t.timestamp())
            s = L(
                t + sec(0.00012),
                "I",
                raft_tid,
                "raft_server.cpp:884",
                "Snapshot timer is active, current_ts: %d, last_snapshot_ts: %d",
                f"Snapshot timer is active, current_ts: {cur}, last_snapshot_ts: {int(last_snap.timestamp())}",
            )
            last_snap = t
            b = r.choice(bth)
            s = L(
                s + sec(0.0009),
                "I",
                b,
                "raft_server.cpp:433",
                "on_snapshot_save",
                "on_snapshot_save",
            )
            s = L(
                s + sec(r.uniform(0.02, 0.09)),
                "I",
                r.choice(bth),
                "raft_server.cpp:352",
                "save_snapshot called",
                "save_snapshot called",
            )
            s = L(
                s + sec(r.uniform(0.3, 1.6)),
                "I",
                r.choice(bth),
                "raft_server.cpp:1090",
                "Timed snapshot succeeded!",
                "Timed snapshot succeeded!",
            )
            lip = "10.0.1.13" if t > leaderless[1] else "10.0.1.11"
            s = L(
                s + sec(r.uniform(0.004, 0.02)),
                "I",
                b,
                "raft_server.cpp:968",
                "Dummy write to %s, status = %d, response = %s",
                f'Dummy write to http://{lip}:8108/health, status = 200, response = {{"ok": true}}',
            )
            L(
                s + sec(0.00008),
                "I",
                b,
                "raft_server.cpp:427",
                "save_snapshot done",
                "save_snapshot done",
            )
        if tick % 6 == 3:
            L(
                t + sec(r.uniform(0.2, 0.9)),
                "I",
                gc_tid,
                "batched_indexer.cpp:283",
                "Running GC for aborted requests, req map size: %d",
                f"Running GC for aborted requests, req map size: {r.randint(0, 3) if in_any(t, [imp]) else 0}",
            )
        samples.append((t, queued))
        tick += 1
        t += sec(10.0 + r.uniform(0.0003, 0.004))
    # the catch-up check runs every 3 s and logs every 9 s
    k = 0
    for ts in [T0 + sec(4.71 + 9.0006 * i) for i in range(int(21600 / 9))]:
        while k + 1 < len(samples) and samples[k + 1][0] <= ts:
            k += 1
        q = samples[k][1]
        if q > 500:
            L(
                ts,
                "E",
                raft_tid,
                "raft_server.cpp:711",
                "%d queued writes > healthy write lag of %d",
                f"{q} queued writes > healthy write lag of 500",
            )
        if q > 1000:
            L(
                ts + sec(0.00002),
                "E",
                raft_tid,
                "raft_server.cpp:699",
                "%d queued writes > healthy read lag of %d",
                f"{q} queued writes > healthy read lag of 1000",
            )
    # the leader's crash as ts-2 sees it
    L(
        crash + sec(5.003),
        "E",
        raft_tid,
        "raft_server.cpp:765",
        "Error, /status end-point returned bad status code %d",
        "Error, /status end-point returned bad status code 0",
    )
    for k, ts in enumerate([leaderless[0], leaderless[0] + sec(5.61)]):
        if k == 0:
            L(
                ts,
                "I",
                r.choice(bth),
                "raft_server.h:113",
                "Node stops following %s",
                f"Node stops following {{ leader_id={leader}, term=4, status=Lost connection from leader {leader}}}",
            )
        L(
            ts + sec(0.00031),
            "I",
            r.choice(bth),
            "node.cpp:1549",
            "node %s term %d start pre_vote",
            f"node default_group:{TS_SELF} term 4 start pre_vote",
        )
        L(
            ts + sec(0.0011),
            "W",
            r.choice(bth),
            "node.cpp:1505",
            "node %s request PreVote from %s error: %s",
            f"node default_group:{TS_SELF} request PreVote from {leader} error: [E112]Not connected to 10.0.1.11:8107 yet, server_id=8589934{r.randint(100, 999)}",
        )
    for ts in poisson(r, leaderless[0], leaderless[1], 1.3):
        L(
            ts,
            "E",
            r.choice(http_tids),
            "raft_server.cpp:226",
            "Rejecting write: could not find a leader.",
            "Rejecting write: could not find a leader.",
        )
    leader = "10.0.1.13:8107:8108"
    s = L(
        leaderless[1],
        "I",
        r.choice(bth),
        "raft_server.h:107",
        "Node starts following %s",
        f"Node starts following {{ leader_id={leader}, term=5, status=Follower receives message from new leader with the same term.}}",
    )
    L(
        s + sec(0.0042),
        "I",
        r.choice(bth),
        "raft_server.h:121",
        "Configuration of this group is %s",
        f"Configuration of this group is {TS_NODES}",
    )
    # the 10:00 backup's on-demand snapshot
    s = L(
        at(10, 0, 3.118),
        "I",
        r.choice(http_tids),
        "raft_server.cpp:818",
        "Triggering an on demand snapshot...",
        "Triggering an on demand snapshot...",
    )
    b = r.choice(bth)
    s = L(s + sec(0.0021), "I", b, "raft_server.cpp:433", "on_snapshot_save", "on_snapshot_save")
    s = L(
        s + sec(0.061),
        "I",
        r.choice(bth),
        "raft_server.cpp:352",
        "save_snapshot called",
        "save_snapshot called",
    )
    s = L(
        s + sec(1.406),
        "I",
        b,
        "raft_server.cpp:389",
        "Copying system snapshot to external snapshot directory at %s",
        "Copying system snapshot to external snapshot directory at /var/backups/typesense/20240607-1000",
    )
    s = L(
        s + sec(0.212),
        "I",
        r.choice(bth),
        "raft_server.cpp:1107",
        "On demand snapshot succeeded!",
        "On demand snapshot succeeded!",
    )
    s = L(
        s + sec(0.009),
        "I",
        b,
        "raft_server.cpp:968",
        "Dummy write to %s, status = %d, response = %s",
        'Dummy write to http://10.0.1.13:8108/health, status = 200, response = {"ok": true}',
    )
    L(s + sec(0.0001), "I", b, "raft_server.cpp:427", "save_snapshot done", "save_snapshot done")
    # slow requests: mostly while the import loads the node
    slow = poisson(r, T0, T_END, 1500.0) + poisson(r, imp[0], imp[1] + sec(240), 30.0)
    for ts in sorted(slow):
        ep, body, kind = ts_endpoint(r)
        ms_ = r.randint(1900, 6400) if in_any(ts, [imp]) else r.randint(1010, 2600)
        if kind == "multi":
            ms_ += r.randint(200, 900)
        L(
            ts,
            "I",
            r.choice(http_tids),
            "http_data.h:405",
            "event=slow_request, time=%d ms, client_ip=%s, endpoint=%s, body=%s",
            f"event=slow_request, time={ms_} ms, client_ip={r.choice(['10.0.2.21', '10.0.2.22', '10.0.2.23'])}, endpoint={ep}, body={body}",
        )
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- manticore

MC_VERSION = "6.3.2 421e3f925@240613 (columnar 2.3.0 88a01c3@240522) (secondary 2.3.0 88a01c3@240522) (knn 2.3.0 88a01c3@240522)"
MC_BUDDY = [
    ("[BUDDY] Loaded plugins:", "[BUDDY] Loaded plugins:"),
    (
        "[BUDDY]   core: %s",
        "[BUDDY]   core: empty-string, backup, emulate-elastic, fuzzy, create-table, drop, insert, alias, select, show, cli-table, plugin, test, alter-column, alter-distributed-table, alter-rename-table, modify-table, knn, replace, queue, sharding, update",
    ),
    ("[BUDDY]   local: %s", "[BUDDY]   local: "),
    ("[BUDDY]   extra: %s", "[BUDDY]   extra: "),
]
MC_TERMS = [
    "iphone 15",
    "running shoes",
    "wireless earbuds",
    "air fryer",
    "usb c cable",
    "lego technic",
    "standing desk",
    "gaming chair",
    "coffee grinder",
    "4k monitor",
    "robot vacuum",
    "winter jacket",
]


def sph_time(t: datetime) -> str:
    return f"{t:%a %b} {t.day:2d} {t:%H:%M:%S}.{t.microsecond // 1000:03d} {t:%Y}"


def mc_sql(r: random.Random) -> tuple[str, int]:
    """A slow SELECT as FormatSphinxql writes it, and how many rows it found."""
    q = r.choice(MC_TERMS)
    kind = weighted(r, [(50, "match"), (25, "facet"), (15, "events"), (10, "suggest")])
    if kind == "match":
        filt = r.choice(
            [
                "",
                " AND in_stock=1",
                " AND price BETWEEN 20.000000 AND 400.000000",
                " AND brand_id IN (12,44,71)",
            ]
        )
        order = r.choice(
            [" ORDER BY weight() desc", " ORDER BY price asc", " ORDER BY sold_30d desc"]
        )
        return (
            f"SELECT id, title, price, brand_id FROM products WHERE MATCH('{q}'){filt}{order} LIMIT {r.choice([0, 24, 48])},24 OPTION max_matches=1000",
            r.randint(12, 4800),
        )
    if kind == "facet":
        attr = r.choice(["brand_id", "category_id", "color"])
        return (
            f"SELECT * FROM products WHERE MATCH('{q}') GROUP BY {attr} ORDER BY count(*) desc LIMIT 0,20",
            r.randint(3, 120),
        )
    if kind == "events":
        day = r.randint(1, 6)
        return (
            f"SELECT page, COUNT(*) c FROM events WHERE ts BETWEEN {1717200000 + day * 86400} AND {1717286400 + day * 86400} AND site_id={r.choice([3, 7, 11])} GROUP BY page ORDER BY c desc LIMIT 0,50",
            r.randint(50, 50),
        )
    return (
        f"SELECT title FROM products WHERE MATCH('^{q[: r.randint(2, 5)]}*') LIMIT 0,8 OPTION ranker=none",
        r.randint(1, 8),
    )


def manticore(r: random.Random) -> list[Log]:
    """search-1's searchd.log and query.log (Manticore 6.3.2, a shop's catalogue and a clickstream
    table), 06:00 to 12:00: RT saves and auto-optimize all day, a client pool resetting its
    connections 07:05-07:45, a crash at 09:14 and the watchdog's restart, a graceful restart at
    11:30."""
    fs = Files()
    st = {"main": 1187, "wd": 1179}

    crash, crash_back = at(9, 14, 22.017), at(9, 14, 29.5)
    stop, stop_back = at(11, 30, 4.2), at(11, 30, 11.9)

    def worker_tids(t: datetime) -> list[int]:
        # the daemon's worker threads, as the process that runs then numbers them
        if t < crash:
            return list(range(1190, 1206))
        return list(range(2306, 2322)) if t < stop else list(range(30425, 30441))

    def S(
        t: datetime,
        label: str,
        msg: str,
        tid: int | None = None,
        warn: bool = False,
        more: tuple[str, ...] = (),
    ) -> datetime:
        tid = tid if tid is not None else r.choice(worker_tids(t))
        ban = "WARNING: " if warn else ""
        return fs.add(
            "searchd.log",
            t,
            label,
            lambda x: [f"[{sph_time(x)}] [{tid}] {ban}{msg}", *more],
            "searchd",
            1000,
        )

    def start(t: datetime, after_crash: bool) -> datetime:
        t = S(
            t,
            "watchdog: main process %d forked ok",
            f"watchdog: main process {st['main']} forked ok",
            st["wd"],
        )
        m = st["main"]
        t = S(
            t + sec(0.004),
            "starting daemon version '%s' ...",
            f"starting daemon version '{MC_VERSION}' ...",
            m,
        )
        t = S(
            t + sec(0.001),
            "listening on %s for %s",
            "listening on 10.0.4.11:9312 for sphinx and http(s)",
            m,
        )
        t = S(
            t + sec(0.0004),
            "listening on all interfaces for %s, port=%d",
            "listening on all interfaces for mysql, port=9306",
            m,
        )
        t = S(
            t + sec(0.0003),
            "listening on all interfaces for %s, port=%d",
            "listening on all interfaces for sphinx and http(s), port=9308",
            m,
        )
        t = S(
            t + sec(0.0002),
            "listening on %s for %s",
            "listening on 127.0.0.1:9307 for VIP mysql",
            m,
        )
        if after_crash:
            logs = ["/var/lib/manticore/binlog.000412", "/var/lib/manticore/binlog.000413"]
            total = 0.0
            for b in logs:
                t = S(
                    t + sec(0.011), "binlog: replaying log %s", f"binlog: replaying log {b}", m + 3
                )
                commits = r.randint(80, 2400)
                t = S(
                    t + sec(r.uniform(0.05, 0.6)),
                    "binlog: replay stats: %d commits; %d updates, %d reconfigure; %d pq-add; %d pq-delete; %d pq-add-delete, %d tables",
                    f"binlog: replay stats: {commits} commits; 0 updates, 0 reconfigure; 0 pq-add; 0 pq-delete; 0 pq-add-delete, 2 tables",
                    m + 3,
                )
                dt = r.uniform(0.05, 0.6)
                total += dt
                t = S(
                    t + sec(0.0003),
                    "binlog: finished replaying %s; %d.%d MB in %d.%03d sec",
                    f"binlog: finished replaying {b}; {r.randint(1, 40)}.{r.randint(0, 9)} MB in {dt:.3f} sec",
                    m + 3,
                )
            t = S(
                t + sec(0.0002),
                "binlog: finished replaying total %d in %d.%03d sec",
                f"binlog: finished replaying total {len(logs)} in {total + 0.004:.3f} sec",
                m + 3,
            )
        t = S(t + sec(0.02), "prereading %d tables", "prereading 4 tables", m + 5)
        t = S(
            t + sec(r.uniform(0.8, 3.2)),
            "preread %d tables in %0.3f sec",
            f"preread 4 tables in {r.uniform(0.8, 3.2):.3f} sec",
            m + 5,
        )
        t = S(t + sec(0.003), "accepting connections", "accepting connections", m)
        bt = m + 9
        port = r.randint(33000, 46000)
        t = S(
            t + sec(r.uniform(0.6, 1.4)),
            "[BUDDY] started %s '%s' at %s",
            f"[BUDDY] started v2.3.11 '/usr/share/manticore/modules/manticore-buddy/bin/manticore-buddy --listen=http://10.0.4.11:9308  --threads=16' at http://127.0.0.1:{port}",
            bt,
        )
        for lab, msg in MC_BUDDY:
            t = S(t + sec(0.0002), lab, msg, bt)
        return t

    # RT saves of the clickstream table, every few minutes, and auto-optimize after some
    chunks = 14
    t = T0 + sec(r.uniform(30, 200))
    while t < T_END:
        if in_any(
            t, [(crash - sec(5), crash_back + sec(20)), (stop - sec(5), stop_back + sec(20))]
        ):
            t += sec(60)
            continue
        chunks += 1
        d = r.uniform(0.9, 2.6)
        ram = r.randint(254_900_000, 255_200_000)
        S(
            t,
            "rt: table %s: diskchunk %d(%d), segments %d  saved in %d.%06d (%d.%06d) sec, RAM saved/new %u/%u ratio %f (soft limit %u, conf limit %u)",
            f"rt: table events: diskchunk {chunks - 1}({chunks}), segments {r.randint(24, 33)}  saved in {d:.6f} ({d + r.uniform(0.003, 0.03):.6f}) sec, RAM saved/new {ram}/{r.randint(400_000, 3_900_000)} ratio 0.950000 (soft limit 255013683, conf limit 268435456)",
        )
        if chunks > 16 and r.random() < 0.85:
            merged = r.randint(2, 3)
            chunks -= merged - 1
            S(
                t + sec(r.uniform(2, 40)),
                "rt: table %s: optimized progressive chunk(s) %d ( left %d ) in %s",
                f"rt: table events: optimized progressive chunk(s) {merged} ( left {chunks} ) in {r.uniform(3, 45):.3f}s",
            )
        busy = 2.2 if in_any(t, [(at(7, 5), at(7, 45))]) else 1.0
        t += sec(r.uniform(150, 290) / busy)
    # the hourly FLUSH RAMCHUNK products from cron
    pchunks = 6
    for h in range(6, 12):
        pchunks += 1
        d = r.uniform(0.2, 0.7)
        S(
            at(h, 0, r.uniform(1.0, 1.9)),
            "rt: table %s: diskchunk %d(%d), segments %d forcibly saved in %d.%06d (%d.%06d) sec, RAM saved/new %u/%u ratio %f (soft limit %u, conf limit %u)",
            f"rt: table products: diskchunk {pchunks - 1}({pchunks}), segments {r.randint(6, 19)} forcibly saved in {d:.6f} ({d + r.uniform(0.001, 0.01):.6f}) sec, RAM saved/new {r.randint(8_000_000, 31_000_000)}/0 ratio 0.950000 (soft limit 127506841, conf limit 134217728)",
        )
    # a client pool resetting connections
    conn = 41_872
    for ts in poisson(r, at(7, 5), at(7, 45), 7.5):
        conn += r.randint(3, 60)
        S(
            ts,
            "conn %s(%d), sock=%d: bailing on failed MySQL header, AsyncNetInputBuffer_c::AppendData: error %d (%s) return %d",
            f"conn 10.0.3.{r.choice([31, 32, 33])}:{r.randint(32768, 60999)}({conn}), sock={r.randint(40, 1400)}: bailing on failed MySQL header, AsyncNetInputBuffer_c::AppendData: error 104 (Connection reset by peer) return -1",
            warn=True,
        )
    # the crash
    ctid = 1197
    q = "SELECT id, title, price FROM products WHERE MATCH('@(title,brand) \"noise cancelling\"/2') ORDER BY weight() desc LIMIT 0,24 OPTION ranker=expr('sum((4*lcs+2*(min_hit_pos==1)+exact_hit)*user_weight)*1000+bm25a(1.2,0.75)'), field_weights=(title=10, brand=3)"
    dump = [
        f"[{sph_time(crash)}] [{ctid:5d}]",
        "",
        "--- crashed SphinxQL request dump ---",
        q,
        "--- request dump end ---",
        "--- local index:products",
        f"Manticore {MC_VERSION}",
        "Handling signal 11",
        "-------------- backtrace begins here ---------------",
        "Program compiled with Clang 16.0.6",
        "Configured with flags: Configured with these definitions: -DDISTR_BUILD=jammy -DUSE_SYSLOG=1 -DWITH_GALERA=1 -DWITH_RE2=1 -DWITH_RE2_FORCE_STATIC=1 -DWITH_STEMMER=1 -DWITH_STEMMER_FORCE_STATIC=1 -DWITH_NLJSON=1 -DWITH_UNICODE_NORMALIZE=1 -DWITH_ICU=1 -DWITH_ICU_FORCE_STATIC=1 -DWITH_SSL=1 -DWITH_ZLIB=1 -DWITH_ZSTD=1 -DDL_ZSTD=1 -DZSTD_LIB=libzstd.so.1 -DWITH_CURL=1 -DDL_CURL=1 -DCURL_LIB=libcurl.so.4 -DWITH_ODBC=1 -DDL_ODBC=1 -DODBC_LIB=libodbc.so.2 -DWITH_EXPAT=1 -DDL_EXPAT=1 -DEXPAT_LIB=libexpat.so.1 -DWITH_ICONV=1 -DWITH_MYSQL=1 -DDL_MYSQL=1 -DMYSQL_LIB=libmysqlclient.so.21 -DWITH_POSTGRESQL=1 -DDL_POSTGRESQL=1 -DPOSTGRESQL_LIB=libpq.so.5 -DLOCALDATADIR=/var/lib/manticore -DFULL_SHARE_DIR=/usr/share/manticore",
        "Built on Linux x86_64 (jammy) (cross-compiled)",
        "Stack bottom = 0x7f4c7a1fe2d0, thread stack size = 0x20000",
        "Trying manual backtrace:",
        "Something wrong with thread stack, manual backtrace may be incorrect (fp=0x7f4c7a1fdf10)",
        "Wrong stack limit or frame pointer, manual backtrace failed (fp=0x7f4c7a1fdf10, stack=0x7f4c7a1f0000, stacksize=0x20000)",
        "Trying system backtrace:",
        "begin of system symbols:",
        "searchd(_Z12sphBacktraceib+0x22a)[0x55e3b1f0c44a]",
        "searchd(_ZN11CrashLogger11HandleCrashEi+0x355)[0x55e3b1d7c415]",
        "/lib/x86_64-linux-gnu/libc.so.6(+0x42520)[0x7f4c8e442520]",
        "searchd(_ZN10ExprRankerIiLb0EE8GetMatchEv+0x1c4)[0x55e3b2413a94]",
        "searchd(_ZN12RankerState_c6UpdateEPK11ExtHit_t+0x91)[0x55e3b24103e1]",
        "searchd(_ZN16CSphIndex_VLN8RunFullTextSearchERK9CSphQueryRK16CSphQueryContext+0x4f2)[0x55e3b1ea9d02]",
        "searchd(_ZNK16CSphIndex_VLN10MultiQueryER15CSphQueryResultRK9CSphQueryRK11VecTraits_TIP13ISphMatchSorterERK17CSphMultiQueryArgs+0x1b3)[0x55e3b1eb0e23]",
        "searchd(_ZN15SearchHandler_c13RunLocalSearchEv+0x6d1)[0x55e3b1d4b7a1]",
        "searchd(_ZN15SearchHandler_c12RunSubsetQueriesEv+0x2a7)[0x55e3b1d4e2b7]",
        "searchd(_Z19HandleMysqlSelectR18RowBuffer_iR15SearchHandler_c+0x6e)[0x55e3b1d5c05e]",
        "searchd(_Z16ClientSessionMainR18RowBuffer_iR20AsyncNetBufferIn_c+0x1f9a)[0x55e3b1d69f8a]",
        "searchd(_ZN7Threads4Coro8Worker_c7DoWorkEv+0x68)[0x55e3b2c21e08]",
        "searchd(make_fcontext+0x37)[0x55e3b2c9bdb7]",
        "Trying boost backtrace:",
        " 0# sphBacktrace(int, bool) in searchd",
        " 1# CrashLogger::HandleCrash(int) in searchd",
        " 2# 0x00007F4C8E442520 in /lib/x86_64-linux-gnu/libc.so.6",
        " 3# ExprRanker_T<int, false>::GetMatch() in searchd",
        " 4# RankerState_c::Update(ExtHit_t const*) in searchd",
        " 5# CSphIndex_VLN::RunFullTextSearch(CSphQuery const&, CSphQueryContext const&) in searchd",
        " 6# SearchHandler_c::RunLocalSearch() in searchd",
        " 7# SearchHandler_c::RunSubsetQueries() in searchd",
        " 8# HandleMysqlSelect(RowBuffer_i&, SearchHandler_c&) in searchd",
        " 9# ClientSessionMain(RowBuffer_i&, AsyncNetBufferIn_c&) in searchd",
        "10# Threads::Coro::Worker_c::DoWork() in searchd",
        "11# make_fcontext in searchd",
        "-------------- backtrace ends here ---------------",
        "Please, create a bug report in our bug tracker (https://github.com/manticoresoftware/manticore/issues)",
        "and attach there:",
        "a) searchd log, b) searchd binary, c) searchd symbols.",
        "Look into the chapter 'Reporting bugs' in the manual",
        "(https://manual.manticoresearch.com/Reporting_bugs)",
        "Dump with GDB via watchdog",
        "--- active threads ---",
        "thd 0 (work_0), proto mysql, state query, command select",
        "thd 1 (work_3), proto mysql, state query, command select",
        "--- Totally 4 threads, and 2 client-working threads ---",
        "------- CRASH DUMP END -------",
    ]
    fs.add(
        "searchd.log",
        crash,
        "------- FATAL: CRASH DUMP -------",
        lambda x: ["------- FATAL: CRASH DUMP -------", *dump],
        "searchd",
        1000,
    )
    S(
        crash + sec(1.3),
        "watchdog: main process %d crashed via CRASH_EXIT (exit code %d), will be restarted",
        f"watchdog: main process {st['main']} crashed via CRASH_EXIT (exit code 2), will be restarted",
        st["wd"],
    )
    st["main"] = 2304
    start(crash_back, True)
    # the graceful restart
    s = S(stop, "caught SIGTERM, shutting down", "caught SIGTERM, shutting down", st["main"])
    s = S(
        s + sec(1.84),
        "shutdown daemon version '%s' ...",
        f"shutdown daemon version '{MC_VERSION}' ...",
        st["main"],
    )
    s = S(s + sec(0.002), "shutdown complete", "shutdown complete", st["main"])
    S(
        s + sec(0.21),
        "watchdog: main process %d exited cleanly (exit code %d), shutting down",
        f"watchdog: main process {st['main']} exited cleanly (exit code 0), shutting down",
        st["wd"],
    )
    st["wd"], st["main"] = 30415, 30422
    start(stop_back, False)
    # the query log: slow queries all day, more under the 07:05 load
    conns = 118_300
    ql = poisson(r, T0, T_END, 17.0) + poisson(r, at(7, 5), at(7, 45), 9.0)
    down = [(crash, crash_back + sec(4)), (stop, stop_back + sec(4))]
    for ts in sorted(ql):
        if in_any(ts, down):
            continue
        conns += r.randint(1, 40)
        sql, found = mc_sql(r)
        real = r.uniform(0.201, 0.9) if r.random() < 0.85 else r.uniform(0.9, 6.5)
        if in_any(ts, [(at(7, 5), at(7, 45))]):
            real *= r.uniform(1.0, 2.5)
        fs.add(
            "query.log",
            ts,
            "/* %s conn %d (%s) real %d.%03d wall %d.%03d found %d */ %s;",
            lambda x, c=conns, s_=sql, f_=found, rl=real: [
                f"/* {sph_time(x)} conn {c} ({r.choice(['10.0.3.21', '10.0.3.22', '10.0.3.31', '10.0.3.32'])}:{r.randint(32768, 60999)}) real {rl:.3f} wall {rl + r.uniform(0.0, 0.004):.3f} found {f_} */ {s_};"
            ],
            ("query", 0),
            1000,
        )
    return fs.logs(T0)


# --------------------------------------------------------------------------------- infinispan

ISPN_NODES = {"ispn-1": "ispn-1-23312", "ispn-2": "ispn-2-51209", "ispn-3": "ispn-3-8862"}
ISPN_IPS = {"ispn-1": "10.0.5.11", "ispn-2": "10.0.5.12", "ispn-3": "10.0.5.13"}
ISPN_CACHES = ["sessions", "carts", "product-catalog", "rate-limits"]
JAVA_POOL = [
    "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)",
    "\tat java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:642)",
    "\tat java.base/java.lang.Thread.run(Thread.java:1583)",
]


def ispn_key(r: random.Random, cache: str) -> str:
    if cache == "sessions":
        raw = "sess:" + hexid(r, 32)
    elif cache == "carts":
        raw = f"cart:{r.randint(100000, 999999)}"
    else:
        raw = f"rl:{r.randint(1, 9999)}"
    b = b"\x03\x3e" + bytes([len(raw)]) + raw.encode()
    h = b.hex().upper()
    if len(b) > 20:
        return f"WrappedByteArray[{h[:40]}... ({len(b)} bytes)]"
    return f"WrappedByteArray[{h} ({len(b)} bytes)]"


def ispn_lock_stack(r: random.Random, key: str, me: str, other: str) -> list[str]:
    return [
        f"org.infinispan.util.concurrent.TimeoutException: ISPN000299: Unable to acquire lock after 10 seconds for key {key} and requestor CommandInvocation:{me}:{r.randint(100000, 999999)}. Lock is held by CommandInvocation:{other}:{r.randint(100000, 999999)}",
        "\tat org.infinispan.util.concurrent.locks.impl.DefaultLockManager$KeyAwareExtendedLockPromise.get(DefaultLockManager.java:296)",
        "\tat org.infinispan.util.concurrent.locks.impl.DefaultLockManager$KeyAwareExtendedLockPromise.get(DefaultLockManager.java:227)",
        "\tat org.infinispan.util.concurrent.locks.impl.InfinispanLock$LockPlaceHolder.checkState(InfinispanLock.java:436)",
        "\tat org.infinispan.util.concurrent.locks.impl.InfinispanLock$LockPlaceHolder.lambda$toInvocationStage$3(InfinispanLock.java:412)",
        "\tat java.base/java.util.concurrent.CompletableFuture$UniApply.tryFire(CompletableFuture.java:646)",
        "\tat java.base/java.util.concurrent.CompletableFuture.postComplete(CompletableFuture.java:510)",
        "\tat java.base/java.util.concurrent.CompletableFuture.complete(CompletableFuture.java:2179)",
        "\tat org.infinispan.util.concurrent.locks.impl.InfinispanLock$LockPlaceHolder.notifyListeners(InfinispanLock.java:521)",
        "\tat org.infinispan.util.concurrent.locks.impl.InfinispanLock$LockPlaceHolder.cancel(InfinispanLock.java:386)",
        "\tat org.infinispan.util.concurrent.locks.impl.InfinispanLock$LockPlaceHolder.run(InfinispanLock.java:370)",
        "\tat java.base/java.util.concurrent.Executors$RunnableAdapter.call(Executors.java:572)",
        "\tat java.base/java.util.concurrent.FutureTask.run(FutureTask.java:317)",
        "\tat java.base/java.util.concurrent.ScheduledThreadPoolExecutor$ScheduledFutureTask.run(ScheduledThreadPoolExecutor.java:304)",
        *JAVA_POOL,
    ]


def ispn_remote_stack(r: random.Random, target: str) -> list[str]:
    return [
        f"org.infinispan.util.concurrent.TimeoutException: ISPN000476: Timed out waiting for responses for request {r.randint(400000, 990000)} from {target} after 15 seconds",
        "\tat org.infinispan.remoting.transport.impl.SingleTargetRequest.onTimeout(SingleTargetRequest.java:86)",
        "\tat org.infinispan.remoting.transport.AbstractRequest.call(AbstractRequest.java:88)",
        "\tat org.infinispan.remoting.transport.AbstractRequest.call(AbstractRequest.java:22)",
        "\tat java.base/java.util.concurrent.FutureTask.run(FutureTask.java:317)",
        "\tat java.base/java.util.concurrent.ScheduledThreadPoolExecutor$ScheduledFutureTask.run(ScheduledThreadPoolExecutor.java:304)",
        *JAVA_POOL,
    ]


ISPN_JDBC_STACK = [
    "org.infinispan.persistence.spi.PersistenceException: java.sql.SQLException: Acquisition timeout while waiting for new connection",
    "\tat org.infinispan.persistence.jdbc.common.impl.BaseJdbcStore.lambda$write$2(BaseJdbcStore.java:200)",
    "\tat org.infinispan.util.concurrent.BlockingManagerImpl.lambda$runBlocking$0(BlockingManagerImpl.java:110)",
    "\tat org.infinispan.util.concurrent.BlockingTaskAwareExecutorServiceImpl$RunnableWrapper.run(BlockingTaskAwareExecutorServiceImpl.java:230)",
    *JAVA_POOL,
    "Caused by: java.sql.SQLException: Acquisition timeout while waiting for new connection",
    "\tat io.agroal.pool.ConnectionPool.handlerFromSharedCache(ConnectionPool.java:361)",
    "\tat io.agroal.pool.ConnectionPool.getConnection(ConnectionPool.java:293)",
    "\tat io.agroal.pool.DataSource.getConnection(DataSource.java:86)",
    "\tat org.infinispan.persistence.jdbc.common.connectionfactory.PooledConnectionFactory.getConnection(PooledConnectionFactory.java:89)",
    "\tat org.infinispan.persistence.jdbc.common.impl.BaseJdbcStore.lambda$write$2(BaseJdbcStore.java:184)",
    "\t... 6 more",
    "Caused by: java.util.concurrent.TimeoutException",
    "\tat java.base/java.util.concurrent.FutureTask.get(FutureTask.java:204)",
    "\tat io.agroal.pool.ConnectionPool.handlerFromSharedCache(ConnectionPool.java:332)",
    "\t... 10 more",
]
ISPN_TLS_STACK = [
    "io.netty.handler.codec.DecoderException: javax.net.ssl.SSLHandshakeException: Received fatal alert: certificate_unknown",
    "\tat io.netty.handler.codec.ByteToMessageDecoder.callDecode(ByteToMessageDecoder.java:499)",
    "\tat io.netty.handler.codec.ByteToMessageDecoder.channelRead(ByteToMessageDecoder.java:290)",
    "\tat io.netty.channel.AbstractChannelHandlerContext.invokeChannelRead(AbstractChannelHandlerContext.java:444)",
    "\tat io.netty.channel.AbstractChannelHandlerContext.invokeChannelRead(AbstractChannelHandlerContext.java:420)",
    "\tat io.netty.channel.AbstractChannelHandlerContext.fireChannelRead(AbstractChannelHandlerContext.java:412)",
    "\tat io.netty.channel.DefaultChannelPipeline$HeadContext.channelRead(DefaultChannelPipeline.java:1410)",
    "\tat io.netty.channel.DefaultChannelPipeline.fireChannelRead(DefaultChannelPipeline.java:919)",
    "\tat io.netty.channel.epoll.AbstractEpollStreamChannel$EpollStreamUnsafe.epollInReady(AbstractEpollStreamChannel.java:801)",
    "\tat io.netty.channel.epoll.EpollEventLoop.processReady(EpollEventLoop.java:501)",
    "\tat io.netty.channel.epoll.EpollEventLoop.run(EpollEventLoop.java:399)",
    "\tat io.netty.util.concurrent.SingleThreadEventExecutor$4.run(SingleThreadEventExecutor.java:994)",
    "\tat io.netty.util.internal.ThreadExecutorMap$2.run(ThreadExecutorMap.java:74)",
    "\tat java.base/java.lang.Thread.run(Thread.java:1583)",
    "Caused by: javax.net.ssl.SSLHandshakeException: Received fatal alert: certificate_unknown",
    "\tat java.base/sun.security.ssl.Alert.createSSLException(Alert.java:130)",
    "\tat java.base/sun.security.ssl.Alert.createSSLException(Alert.java:117)",
    "\tat java.base/sun.security.ssl.TransportContext.fatal(TransportContext.java:365)",
    "\tat java.base/sun.security.ssl.Alert$AlertConsumer.consume(Alert.java:287)",
    "\tat java.base/sun.security.ssl.TransportContext.dispatch(TransportContext.java:204)",
    "\tat java.base/sun.security.ssl.SSLTransport.decode(SSLTransport.java:172)",
    "\tat java.base/sun.security.ssl.SSLEngineImpl.decode(SSLEngineImpl.java:736)",
    "\tat java.base/sun.security.ssl.SSLEngineImpl.readRecord(SSLEngineImpl.java:691)",
    "\tat java.base/sun.security.ssl.SSLEngineImpl.unwrap(SSLEngineImpl.java:506)",
    "\tat java.base/sun.security.ssl.SSLEngineImpl.unwrap(SSLEngineImpl.java:482)",
    "\tat java.base/javax.net.ssl.SSLEngine.unwrap(SSLEngine.java:679)",
    "\tat io.netty.handler.ssl.SslHandler$SslEngineType$3.unwrap(SslHandler.java:309)",
    "\tat io.netty.handler.ssl.SslHandler.unwrap(SslHandler.java:1441)",
    "\tat io.netty.handler.ssl.SslHandler.decodeJdkCompatible(SslHandler.java:1334)",
    "\tat io.netty.handler.ssl.SslHandler.decode(SslHandler.java:1383)",
    "\tat io.netty.handler.codec.ByteToMessageDecoder.decodeRemovalReentryProtection(ByteToMessageDecoder.java:529)",
    "\tat io.netty.handler.codec.ByteToMessageDecoder.callDecode(ByteToMessageDecoder.java:468)",
    "\t... 13 more",
]


def infinispan(r: random.Random) -> list[Log]:
    """Three Infinispan 15 servers (ispn-1 the coordinator), 06:00 to 12:00: lock contention on
    `sessions`, the carts JDBC store failing over, ispn-3 pausing in GC and then OOM-killed and
    restarted, a client with an outdated truststore after the certificate rotation."""
    fs = Files()
    ver = "15.0.4.Final"

    def L(
        h: str,
        t: datetime,
        lvl: str,
        thread: str,
        cat: str,
        label: str,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        return fs.add(
            f"{h}-server.log",
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%d %H:%M:%S},{x.microsecond // 1000:03d} {lvl:<5} ({thread}) [{cat}] {msg}",
                *(more or []),
            ],
            h,
            1000,
        )

    def nb() -> str:
        return f"non-blocking-thread--p2-t{r.randint(1, 16)}"

    oom, back = at(8, 58, 41.3), at(9, 1, 12.6)
    ispn3_alive = [(T0, oom), (back + sec(9), T_END)]

    def hosts_up(t: datetime) -> list[str]:
        return ["ispn-1", "ispn-2"] + (["ispn-3"] if in_any(t, ispn3_alive) else [])

    cmds = [
        (6, "PutKeyValueCommand"),
        (2, "ReplaceCommand"),
        (1, "RemoveCommand"),
        (1, "ComputeCommand"),
    ]

    def err136(h: str, t: datetime, cache: str, thread: str, stack: list[str], key: str) -> None:
        L(
            h,
            t,
            "ERROR",
            thread,
            "org.infinispan.interceptors.impl.InvocationContextInterceptor",
            "ISPN000136: Error executing command %s on Cache '%s', writing keys %s",
            f"ISPN000136: Error executing command {weighted(r, cmds)} on Cache '{cache}', writing keys [{key}]",
            stack,
        )

    # lock contention on sessions
    for a, b, mean in [(at(6, 25), at(7, 5), 6.5), (at(10, 15), at(10, 45), 5.0)]:
        for ts in poisson(r, a, b, mean):
            ups = hosts_up(ts)
            h = r.choice(ups)
            other = ISPN_NODES[r.choice(ups)]
            key = ispn_key(r, "sessions")
            err136(
                h,
                ts,
                "sessions",
                "timeout-thread--p4-t1",
                ispn_lock_stack(r, key, ISPN_NODES[h], other),
                key,
            )
    # ispn-3 pausing in GC: the others time out on it
    for ts in poisson(r, at(8, 10), at(8, 25), 4.0):
        h = r.choice(["ispn-1", "ispn-2"])
        cache = r.choice(["sessions", "sessions", "carts", "rate-limits"])
        err136(
            h,
            ts,
            cache,
            "timeout-thread--p4-t1",
            ispn_remote_stack(r, ISPN_NODES["ispn-3"]),
            ispn_key(r, cache),
        )
    # the carts store while PostgreSQL fails over
    for ts in poisson(r, at(7, 40, 12), at(7, 52, 30), 2.6):
        h = r.choice(hosts_up(ts))
        err136(
            h,
            ts,
            "carts",
            f"blocking-thread--p3-t{r.randint(1, 48)}",
            ISPN_JDBC_STACK,
            ispn_key(r, "carts"),
        )
    for ts in poisson(r, at(7, 40, 3), at(7, 52, 20), 7.0):
        L(
            r.choice(hosts_up(ts)),
            ts,
            "WARN",
            f"agroal-{r.randint(11, 13)}",
            "io.agroal.pool",
            "Datasource '%s': Connection to %s refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.",
            "Datasource 'carts-store': Connection to pg-primary.db.internal:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.",
        )
    # a client with an outdated truststore after the 10:00 certificate rotation
    for ts in poisson(r, at(10, 5, 20), at(11, 20), 7.0):
        h = r.choice(hosts_up(ts))
        L(
            h,
            ts,
            "ERROR",
            f"SinglePort-ServerIO-{r.randint(2, 4)}-{r.randint(1, 8)}",
            "org.infinispan.HOTROD",
            "ISPN005003: Exception reported",
            "ISPN005003: Exception reported",
            ISPN_TLS_STACK,
        )
    # ispn-3 killed by the OOM killer at 08:58:41
    n1, n2, n3 = ISPN_NODES["ispn-1"], ISPN_NODES["ispn-2"], ISPN_NODES["ispn-3"]
    for h in ["ispn-1", "ispn-2"]:
        me = ISPN_NODES[h]
        for ts in poisson(r, oom + sec(0.4), oom + sec(14), 1.1):
            L(
                h,
                ts,
                "WARN",
                f"jgroups-{r.randint(4, 90)},{me}",
                "org.jgroups.protocols.TCP",
                "JGRP000029: %s: failed sending message to %s (%d bytes): java.net.ConnectException: Connection refused, headers: %s",
                f"JGRP000029: {me}: failed sending message to {n3} ({r.choice([62, 88, 104, 1320])} bytes): java.net.ConnectException: Connection refused, headers: UNICAST3: DATA, seqno={r.randint(40000, 99000)}, conn_id={r.randint(2, 6)}, TP: [cluster=cluster]",
            )
    topo = {c: 41 + i * 7 for i, c in enumerate(ISPN_CACHES)}

    def rebalance(t: datetime, members: list[str], node_event: str) -> None:
        t = L(
            "ispn-1",
            t,
            "INFO",
            nb(),
            "org.infinispan.CLUSTER",
            node_event.split("|")[0],
            node_event.split("|")[1],
        )
        for c in ISPN_CACHES:
            topo[c] += 1
            t = L(
                "ispn-1",
                t + sec(r.uniform(0.002, 0.02)),
                "INFO",
                nb(),
                "org.infinispan.CLUSTER",
                "ISPN100008: Updating cache members list %s, topology id %d",
                f"[Context={c}] ISPN100008: Updating cache members list [{', '.join(members)}], topology id {topo[c]}",
            )
            topo[c] += 1
            t = L(
                "ispn-1",
                t + sec(r.uniform(0.005, 0.04)),
                "INFO",
                nb(),
                "org.infinispan.CLUSTER",
                "ISPN100002: Starting rebalance with members %s, phase %s, topology id %d",
                f"[Context={c}] ISPN100002: Starting rebalance with members [{', '.join(members)}], phase READ_OLD_WRITE_ALL, topology id {topo[c]}",
            )
            for ph in ["READ_ALL_WRITE_ALL", "READ_NEW_WRITE_ALL"]:
                topo[c] += 1
                t = L(
                    "ispn-1",
                    t + sec(r.uniform(0.05, 1.8)),
                    "INFO",
                    nb(),
                    "org.infinispan.CLUSTER",
                    "ISPN100009: Advancing to rebalance phase %s, topology id %d",
                    f"[Context={c}] ISPN100009: Advancing to rebalance phase {ph}, topology id {topo[c]}",
                )
            topo[c] += 1
            t = L(
                "ispn-1",
                t + sec(r.uniform(0.02, 0.4)),
                "INFO",
                nb(),
                "org.infinispan.CLUSTER",
                "ISPN100010: Finished rebalance with members %s, topology id %d",
                f"[Context={c}] ISPN100010: Finished rebalance with members [{', '.join(members)}], topology id {topo[c]}",
            )

    view = 11
    vt = oom + sec(14.6)
    view += 1
    for h in ["ispn-1", "ispn-2"]:
        L(
            h,
            vt + sec(r.uniform(0.001, 0.02)),
            "INFO",
            f"jgroups-{r.randint(4, 90)},{ISPN_NODES[h]}",
            "org.infinispan.CLUSTER",
            "ISPN000094: Received new cluster view for channel %s: %s",
            f"ISPN000094: Received new cluster view for channel cluster: [{n1}|{view}] (2) [{n1}, {n2}]",
        )
    rebalance(
        vt + sec(0.05),
        [n1, n2],
        f"ISPN100001: Node %s left the cluster|ISPN100001: Node {n3} left the cluster",
    )
    # ispn-3 starts again
    h, me, ip = "ispn-3", n3, ISPN_IPS["ispn-3"]
    t = L(
        h,
        back,
        "INFO",
        "main",
        "org.infinispan.SERVER",
        "ISPN080000: Infinispan Server %s starting",
        f"ISPN080000: Infinispan Server {ver} starting",
    )
    t = L(
        h,
        t + sec(0.003),
        "INFO",
        "main",
        "org.infinispan.SERVER",
        "ISPN080017: Server configuration: %s",
        "ISPN080017: Server configuration: infinispan.xml",
    )
    t = L(
        h,
        t + sec(0.001),
        "INFO",
        "main",
        "org.infinispan.SERVER",
        "ISPN080032: Logging configuration: %s",
        "ISPN080032: Logging configuration: /opt/infinispan/server/conf/log4j2.xml",
    )
    t = L(
        h,
        t + sec(0.61),
        "INFO",
        "main",
        "org.infinispan.CONTAINER",
        "ISPN000556: Starting user marshaller '%s'",
        "ISPN000556: Starting user marshaller 'org.infinispan.commons.marshall.ImmutableProtoStreamMarshaller'",
    )
    t = L(
        h,
        t + sec(0.21),
        "INFO",
        "main",
        "org.infinispan.CONTAINER",
        "ISPN000389: Loaded global state, version=%s timestamp=%s",
        f"ISPN000389: Loaded global state, version={ver} timestamp=2024-06-03T21:14:52.019Z",
    )
    t = L(
        h,
        t + sec(0.14),
        "INFO",
        "main",
        "org.infinispan.CLUSTER",
        "ISPN000078: Starting JGroups channel `%s` with stack `%s`",
        "ISPN000078: Starting JGroups channel `cluster` with stack `tcp`",
    )
    view += 1
    vj = t + sec(2.3)
    for hh in ["ispn-1", "ispn-2", "ispn-3"]:
        L(
            hh,
            vj + sec(r.uniform(0.001, 0.03)),
            "INFO",
            f"jgroups-{r.randint(4, 90)},{ISPN_NODES[hh]}" if hh != "ispn-3" else "main",
            "org.infinispan.CLUSTER",
            "ISPN000094: Received new cluster view for channel %s: %s",
            f"ISPN000094: Received new cluster view for channel cluster: [{n1}|{view}] (3) [{n1}, {n2}, {n3}]",
        )
    t = L(
        h,
        vj + sec(0.041),
        "INFO",
        "main",
        "org.infinispan.CLUSTER",
        "ISPN000079: Channel `%s` local address is `%s`, physical addresses are `%s`",
        f"ISPN000079: Channel `cluster` local address is `{me}`, physical addresses are `[{ip}:7800]`",
    )
    t = L(
        h,
        t + sec(0.017),
        "INFO",
        "main",
        "org.infinispan.CONTAINER",
        "ISPN000128: Infinispan version: %s",
        f"ISPN000128: Infinispan version: Infinispan 'Ximenez' {ver}",
    )
    for ts in poisson(r, vj + sec(0.1), vj + sec(3.0), 0.4):
        L(
            "ispn-3",
            ts,
            "WARN",
            f"jgroups-{r.randint(4, 30)},{me}",
            "org.jgroups.protocols.pbcast.NAKACK2",
            "JGRP000011: %s: dropped message %d from non-member %s (view=%s)",
            f"JGRP000011: {me}: dropped message {r.randint(20000, 90000)} from non-member {r.choice([n1, n2])} (view=[{n1}|{view - 2}] (1) [{me}])",
        )
    rebalance(
        vj + sec(0.35),
        [n1, n2, n3],
        f"ISPN100000: Node %s joined the cluster|ISPN100000: Node {n3} joined the cluster",
    )
    t = vj + sec(4.9)
    for conn in ["HotRod", "REST", "RESP", "Memcached"]:
        t = L(
            h,
            t + sec(r.uniform(0.01, 0.08)),
            "INFO",
            "main",
            "org.infinispan.SERVER",
            "ISPN080018: Started connector %s (internal)",
            f"ISPN080018: Started connector {conn} (internal)",
        )
    t = L(
        h,
        t + sec(0.03),
        "INFO",
        "main",
        "org.infinispan.SERVER",
        "ISPN080004: Connector SinglePort (%s) listening on %s:%d",
        f"ISPN080004: Connector SinglePort (default) listening on {ip}:11222",
    )
    t = L(
        h,
        t + sec(0.001),
        "INFO",
        "main",
        "org.infinispan.SERVER",
        "ISPN080034: Server '%s' listening on %s://%s:%d",
        f"ISPN080034: Server '{me}' listening on http://{ip}:11222",
    )
    L(
        h,
        t + sec(0.02),
        "INFO",
        "main",
        "org.infinispan.SERVER",
        "ISPN080001: Infinispan Server %s started in %dms",
        f"ISPN080001: Infinispan Server {ver} started in {int((t - back).total_seconds() * 1000) + 22}ms",
    )
    return fs.logs(T0)


# --------------------------------------------------------------------------------- beanstalkd


def beanstalkd(r: random.Random) -> list[Log]:
    """queue1's beanstalkd (`-V -V`) as journalctl shows it, 06:00 to 12:00: a small web app's mail,
    thumbnail and webhook jobs, three workers, monitoring's stats every five minutes, a webhook
    endpoint down 07:40-08:05, worker-2 killed at 08:30, a kick at 09:10, a Redis health check
    on the wrong port 09:40-10:20, drain mode and a restart at 10:30."""
    fs = Files()
    st = {"pid": 812, "job": 734_210}
    restart = at(10, 30, 41.2)
    back = restart + sec(2.9)

    def J(t: datetime, label: str, msg: str, ident: str | None = None) -> datetime:
        ident = ident or f"beanstalkd[{st['pid']}]"
        return fs.add(
            "beanstalkd.log",
            t,
            label,
            lambda x: [f"{x:%b %d %H:%M:%S}.{x.microsecond:06d} queue1 {ident}: {msg}"],
            ident,
            1,
        )

    def tick(t: datetime) -> datetime:
        return t + sec(r.uniform(0.00004, 0.0004))

    def cmd(t: datetime, fd: int, op: str) -> datetime:
        return J(t, "<%d command %s", f"<{fd} command {op}")

    def reply(t: datetime, fd: int, label: str, text: str) -> datetime:
        return J(t, f">%d reply {label}", f">{fd} reply {text}")

    # descriptors: 0-2 std, 3 and 4 the listeners, 5 epoll; workers hold theirs
    free = list(range(6, 60))

    def accept(t: datetime) -> tuple[datetime, int]:
        fd = free.pop(0)
        return J(t, "accept %d", f"accept {fd}"), fd

    def close(t: datetime, fd: int) -> datetime:
        free.append(fd)
        free.sort()
        return J(t, "close %d", f"close {fd}")

    workers = {"w1": ["mail"], "w2": ["thumbnails"], "w3": ["webhooks", "mail"]}
    wfd = {"w1": 7, "w2": 8, "w3": 10}
    for fd in wfd.values():
        free.remove(fd)
    busy_until = dict.fromkeys(workers, T0)
    ready: dict[str, list[tuple[datetime, int, int]]] = {
        "mail": [],
        "thumbnails": [],
        "webhooks": [],
    }
    buried = 0

    def worker_connect(t: datetime, w: str) -> datetime:
        t, fd = accept(t)
        wfd[w] = fd
        for i, _tube in enumerate(workers[w]):
            t = cmd(tick(t + sec(0.002)), fd, "watch ")
            t = reply(tick(t), fd, "WATCHING %zu", f"WATCHING {i + 2}")
        t = cmd(tick(t + sec(0.001)), fd, "ignore ")
        t = reply(tick(t), fd, "WATCHING %zu", f"WATCHING {len(workers[w])}")
        t = cmd(tick(t + sec(0.001)), fd, "reserve")
        busy_until[w] = t
        return t

    webhook_down = (at(7, 40), at(8, 5, 30))
    redis_check = (at(9, 40, 11), at(10, 20, 4))
    drain = (restart - sec(62), restart)
    w2_killed, w2_back = at(8, 30, 17.4), at(8, 30, 22.9)

    def work(t: datetime, w: str, tube: str, jid: int, size: int) -> None:
        nonlocal buried
        fd = wfd[w]
        attempt = 1
        while True:
            dur = {
                "mail": r.uniform(0.3, 2.5),
                "thumbnails": r.uniform(2.0, 48.0),
                "webhooks": r.uniform(0.1, 1.5),
            }[tube]
            if w == "w2" and w2_killed - sec(40) < t < w2_killed:
                dur = max(dur, 44.0)
            te = t + sec(dur)
            if (
                tube == "thumbnails"
                and dur > 25
                and not (w == "w2" and t < w2_killed < t + sec(dur * 0.5))
            ):
                tt = cmd(t + sec(dur * 0.5), fd, "touch ")
                reply(tick(tt), fd, "TOUCHED", "TOUCHED")
            if w == "w2" and t < w2_killed < te:
                # killed holding the job: the connection closes, the job goes back to ready
                J(w2_killed, "close %d", f"close {fd}")
                del wfd[w]
                busy_until[w] = T_END
                return
            if tube == "webhooks" and in_any(t, [webhook_down]):
                te = t + sec(r.uniform(10.0, 10.4))  # the HTTP client's timeout
                if attempt < 3:
                    te = cmd(te, fd, "release ")
                    te = reply(tick(te), fd, "RELEASED", "RELEASED")
                    te = cmd(tick(te + sec(0.0005)), fd, "reserve")
                    # the job is ready again after its delay (30 s, then 60 s)
                    t = te + sec(30 * attempt + r.uniform(0.0, 0.9))
                    t = reply(t, fd, "RESERVED %llu %u", f"RESERVED {jid} {size}")
                    attempt += 1
                    continue
                te = cmd(te, fd, "bury ")
                te = reply(tick(te), fd, "BURIED", "BURIED")
                buried += 1
            else:
                te = cmd(te, fd, "delete ")
                te = reply(tick(te), fd, "DELETED", "DELETED")
            te = cmd(tick(te + sec(0.0005)), fd, "reserve")
            busy_until[w] = te
            # a job that waited in its tube is reserved at once
            for tb in workers[w]:
                if ready[tb] and ready[tb][0][0] <= te:
                    _, jid, size = ready[tb].pop(0)
                    tube = tb
                    t = reply(tick(te), fd, "RESERVED %llu %u", f"RESERVED {jid} {size}")
                    attempt = 1
                    break
            else:
                return

    def produce(t: datetime, tube: str, size: int) -> None:
        t, fd = accept(t)
        t = cmd(tick(t + sec(0.0007)), fd, "use ")
        t = reply(tick(t), fd, "USING %s", f"USING {tube}")
        t = cmd(tick(t + sec(0.0006)), fd, "put ")
        if in_any(t, [drain]):
            t = reply(tick(t), fd, "DRAINING", "DRAINING")
            close(tick(t + sec(0.001)), fd)
            return
        st["job"] += 1
        jid = st["job"]
        # a worker blocked in reserve gets the job before the producer's INSERTED
        cands = [w for w in workers if tube in workers[w] and w in wfd and busy_until[w] <= t]
        if cands:
            w = r.choice(cands)
            t = reply(tick(t), wfd[w], "RESERVED %llu %u", f"RESERVED {jid} {size}")
            t2 = reply(tick(t), fd, "INSERTED %llu", f"INSERTED {jid}")
            close(tick(t2 + sec(0.0009)), fd)
            work(t, w, tube, jid, size)
        else:
            t = reply(tick(t), fd, "INSERTED %llu", f"INSERTED {jid}")
            close(tick(t + sec(0.0009)), fd)
            ready[tube].append((t, jid, size))

    def monitor(ts: datetime) -> None:
        t, fd = accept(ts)
        t = cmd(tick(t + sec(0.0011)), fd, "stats")
        t = reply(tick(t), fd, "OK %zu", f"OK {r.randint(1090, 1125)}")
        close(tick(t + sec(0.0014)), fd)

    def redis_probe(ts: datetime) -> None:
        # `*1`, `$4`, `PING`: three unknown commands, then the client resets
        t, fd = accept(ts)
        for _ in range(3):
            t = cmd(tick(t + sec(0.0001)), fd, "<unknown>")
            t = reply(tick(t), fd, "UNKNOWN_COMMAND", "UNKNOWN_COMMAND")
        t = J(
            tick(t + sec(0.0008)),
            "prot.c:1208 in check_err: read(): %s",
            "beanstalkd: prot.c:1208 in check_err: read(): Connection reset by peer",
        )
        close(tick(t), fd)

    def kick(ts: datetime) -> None:
        t, fd = accept(ts)
        t = cmd(t + sec(0.8), fd, "use ")
        t = reply(tick(t), fd, "USING %s", "USING webhooks")
        t = cmd(t + sec(3.1), fd, "kick ")
        t = reply(tick(t), fd, "KICKED %u", f"KICKED {buried}")
        close(t + sec(1.7), fd)

    def slow_mail(ts: datetime) -> None:
        # w1 stuck on a big mail: DEADLINE_SOON, then NOT_FOUND for the job whose TTR ran out
        t = reply(ts, wfd["w1"], "DEADLINE_SOON", "DEADLINE_SOON")
        t = cmd(t + sec(12.6), wfd["w1"], "delete ")
        t = reply(tick(t), wfd["w1"], "NOT_FOUND", "NOT_FOUND")
        busy_until["w1"] = cmd(tick(t + sec(0.0005)), wfd["w1"], "reserve")

    def do_restart(ts: datetime) -> None:
        t = J(
            ts,
            "Stopping %s - %s...",
            "Stopping beanstalkd.service - Simple, fast work queue...",
            "systemd[1]",
        )
        t = J(
            t + sec(0.0042),
            "%s: Deactivated successfully.",
            "beanstalkd.service: Deactivated successfully.",
            "systemd[1]",
        )
        t = J(
            t + sec(0.0001),
            "Stopped %s - %s.",
            "Stopped beanstalkd.service - Simple, fast work queue.",
            "systemd[1]",
        )
        J(
            t + sec(0.0001),
            "%s: Consumed %s CPU time.",
            "beanstalkd.service: Consumed 41.883s CPU time.",
            "systemd[1]",
        )
        st["pid"] = 30211
        free[:] = list(range(6, 60))
        wfd.clear()
        t = J(
            back,
            "Started %s - %s.",
            "Started beanstalkd.service - Simple, fast work queue.",
            "systemd[1]",
        )
        t = J(t + sec(0.0031), "pid %d", f"pid {st['pid']}")
        t = J(tick(t), "bind %d %s:%s", "bind 3 0.0.0.0:11300")
        t = J(tick(t), "bind %d %s:%s", "bind 4 [::]:11300")
        for tw, w in sorted((t + sec(r.uniform(1.0, 4.5)), w) for w in ["w1", "w2", "w3"]):
            worker_connect(tw, w)

    ev: list[tuple[datetime, int, str, object]] = []
    for ts in poisson(r, T0, T_END, 230.0):
        ev.append((ts, 0, "put", ("mail", r.randint(380, 2900))))
    for ts in poisson(r, T0, T_END, 460.0):
        ev.append((ts, 0, "put", ("thumbnails", r.randint(120, 260))))
    for ts in poisson(r, T0, T_END, 400.0):
        ev.append((ts, 0, "put", ("webhooks", r.randint(600, 4200))))
    for k in range(72):
        ev.append((T0 + sec(300 * k + 17 + r.uniform(0, 0.9)), 1, "stats", None))
    for ts in poisson(r, redis_check[0], redis_check[1], 45.0):
        ev.append((ts, 1, "redis", None))
    ev.append((at(9, 10, 33.8), 1, "kick", None))
    ev.append((at(7, 11, 52.31), 1, "slow", None))
    ev.append((w2_back, 2, "w2", None))
    ev.append((restart - sec(41.37), 0, "put", ("mail", 1211)))
    ev.append((w2_killed - sec(21.6), 0, "put", ("thumbnails", 243)))
    ev.append((restart - sec(17.92), 0, "put", ("thumbnails", 188)))
    ev.append((restart, 2, "restart", None))
    for ts, _, kind, arg in sorted(ev, key=lambda e: (e[0], e[1])):
        if restart - sec(0.5) <= ts < back + sec(5) and kind != "restart":
            continue
        if kind == "put":
            produce(ts, *arg)  # type: ignore[misc]
        elif kind == "stats":
            monitor(ts)
        elif kind == "redis":
            redis_probe(ts)
        elif kind == "kick":
            kick(ts)
        elif kind == "slow":
            slow_mail(ts)
        elif kind == "w2":
            free.append(8)
            free.sort()
            t = worker_connect(ts, "w2")
            if ready["thumbnails"]:
                _, jid, size = ready["thumbnails"].pop(0)
                work(
                    reply(tick(t), wfd["w2"], "RESERVED %llu %u", f"RESERVED {jid} {size}"),
                    "w2",
                    "thumbnails",
                    jid,
                    size,
                )
        else:
            do_restart(ts)
    return fs.logs(T0)


# -------------------------------------------------------------------------------------- zeebe

ZB_HOSTS = {b: f"camunda-zeebe-{b}.camunda-zeebe.camunda.svc:26502" for b in range(3)}
ZB_LEADERS = {1: 0, 2: 1, 3: 2}  # partition -> leading broker


def zb_member(b: int) -> str:
    return f"Member{{id={b}, address={ZB_HOSTS[b]}, properties={{brokerInfo=EADJAAAABQACAAAAAwAAAAMAAAAAAAAFAAAAAwAAAAMAAAADAAAACAAAAAUAAAAHAAAABwAAAAxjYW11bmRhLXplZWJlLX{b}...}}, version=8.5.3, timestamp={1717700000000 + b * 1733}, state=ALIVE, incarnationNumber={1717742000000 + b * 917}}}"


ZB_EXPORTER_STACK = [
    "io.camunda.zeebe.exporter.ElasticsearchExporterException: Failed to flush bulk request: [Failed to flush bulk request: java.net.ConnectException: Connection refused]",
    "\tat io.camunda.zeebe.exporter.ElasticsearchClient.exportBulk(ElasticsearchClient.java:142) ~[zeebe-elasticsearch-exporter-8.5.3.jar:8.5.3]",
    "\tat io.camunda.zeebe.exporter.ElasticsearchClient.flush(ElasticsearchClient.java:118) ~[zeebe-elasticsearch-exporter-8.5.3.jar:8.5.3]",
    "\tat io.camunda.zeebe.exporter.ElasticsearchExporter.flush(ElasticsearchExporter.java:243) ~[zeebe-elasticsearch-exporter-8.5.3.jar:8.5.3]",
    "\tat io.camunda.zeebe.exporter.ElasticsearchExporter.flushAndReschedule(ElasticsearchExporter.java:228) ~[zeebe-elasticsearch-exporter-8.5.3.jar:8.5.3]",
    "\tat io.camunda.zeebe.scheduler.ActorJob.invoke(ActorJob.java:85) ~[zeebe-scheduler-8.5.3.jar:8.5.3]",
    "\tat io.camunda.zeebe.scheduler.ActorJob.execute(ActorJob.java:42) ~[zeebe-scheduler-8.5.3.jar:8.5.3]",
    "\tat io.camunda.zeebe.scheduler.ActorTask.execute(ActorTask.java:125) ~[zeebe-scheduler-8.5.3.jar:8.5.3]",
    "\tat io.camunda.zeebe.scheduler.ActorThread.executeCurrentTask(ActorThread.java:125) ~[zeebe-scheduler-8.5.3.jar:8.5.3]",
    "\tat io.camunda.zeebe.scheduler.ActorThread.doWork(ActorThread.java:106) ~[zeebe-scheduler-8.5.3.jar:8.5.3]",
    "\tat io.camunda.zeebe.scheduler.ActorThread.run(ActorThread.java:224) ~[zeebe-scheduler-8.5.3.jar:8.5.3]",
    "Caused by: java.net.ConnectException: Connection refused",
    "\tat org.elasticsearch.client.RestClient.extractAndWrapCause(RestClient.java:932) ~[elasticsearch-rest-client-8.13.4.jar:8.13.4]",
    "\tat org.elasticsearch.client.RestClient.performRequest(RestClient.java:300) ~[elasticsearch-rest-client-8.13.4.jar:8.13.4]",
    "\tat org.elasticsearch.client.RestClient.performRequest(RestClient.java:288) ~[elasticsearch-rest-client-8.13.4.jar:8.13.4]",
    "\tat io.camunda.zeebe.exporter.ElasticsearchClient.exportBulk(ElasticsearchClient.java:136) ~[zeebe-elasticsearch-exporter-8.5.3.jar:8.5.3]",
    "\t... 9 more",
    "Caused by: java.net.ConnectException: Connection refused",
    "\tat java.base/sun.nio.ch.Net.pollConnect(Native Method) ~[?:?]",
    "\tat java.base/sun.nio.ch.Net.pollConnectNow(Unknown Source) ~[?:?]",
    "\tat java.base/sun.nio.ch.SocketChannelImpl.finishConnect(Unknown Source) ~[?:?]",
    "\tat org.apache.http.impl.nio.reactor.DefaultConnectingIOReactor.processEvent(DefaultConnectingIOReactor.java:174) ~[httpcore-nio-4.4.16.jar:4.4.16]",
    "\tat org.apache.http.impl.nio.reactor.DefaultConnectingIOReactor.processEvents(DefaultConnectingIOReactor.java:148) ~[httpcore-nio-4.4.16.jar:4.4.16]",
    "\tat org.apache.http.impl.nio.reactor.AbstractMultiworkerIOReactor.execute(AbstractMultiworkerIOReactor.java:351) ~[httpcore-nio-4.4.16.jar:4.4.16]",
    "\tat org.apache.http.impl.nio.conn.PoolingNHttpClientConnectionManager.execute(PoolingNHttpClientConnectionManager.java:221) ~[httpasyncclient-4.1.5.jar:4.1.5]",
    "\tat org.apache.http.impl.nio.client.CloseableHttpAsyncClientBase$1.run(CloseableHttpAsyncClientBase.java:64) ~[httpasyncclient-4.1.5.jar:4.1.5]",
    "\tat java.base/java.lang.Thread.run(Unknown Source) ~[?:?]",
]
ZB_GATEWAY_STACK = [
    "java.util.concurrent.CompletionException: io.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: camunda-zeebe-2.camunda-zeebe.camunda.svc/10.42.3.17:26501",
    "\tat java.base/java.util.concurrent.CompletableFuture.encodeRelay(Unknown Source) ~[?:?]",
    "\tat java.base/java.util.concurrent.CompletableFuture.completeRelay(Unknown Source) ~[?:?]",
    "\tat java.base/java.util.concurrent.CompletableFuture$UniRelay.tryFire(Unknown Source) ~[?:?]",
    "\tat java.base/java.util.concurrent.CompletableFuture.postComplete(Unknown Source) ~[?:?]",
    "\tat java.base/java.util.concurrent.CompletableFuture.completeExceptionally(Unknown Source) ~[?:?]",
    "\tat io.atomix.cluster.messaging.impl.NettyMessagingService.lambda$getOrCreateClientChannel$18(NettyMessagingService.java:711) ~[zeebe-atomix-cluster-8.5.3.jar:8.5.3]",
    "\tat io.netty.util.concurrent.DefaultPromise.notifyListener0(DefaultPromise.java:590) ~[netty-common-4.1.109.Final.jar:4.1.109.Final]",
    "\tat io.netty.util.concurrent.DefaultPromise.tryFailure(DefaultPromise.java:124) ~[netty-common-4.1.109.Final.jar:4.1.109.Final]",
    "\tat io.netty.channel.epoll.AbstractEpollChannel$AbstractEpollUnsafe.finishConnect(AbstractEpollChannel.java:674) ~[netty-transport-classes-epoll-4.1.109.Final.jar:4.1.109.Final]",
    "\tat io.netty.channel.epoll.EpollEventLoop.run(EpollEventLoop.java:407) ~[netty-transport-classes-epoll-4.1.109.Final.jar:4.1.109.Final]",
    "\tat java.base/java.lang.Thread.run(Unknown Source) [?:?]",
    "Caused by: io.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: camunda-zeebe-2.camunda-zeebe.camunda.svc/10.42.3.17:26501",
    "Caused by: java.net.ConnectException: Connection refused",
    "\tat io.netty.channel.unix.Errors.newConnectException0(Errors.java:166) ~[netty-transport-native-unix-common-4.1.109.Final.jar:4.1.109.Final]",
    "\tat io.netty.channel.unix.Errors.handleConnectErrno(Errors.java:131) ~[netty-transport-native-unix-common-4.1.109.Final.jar:4.1.109.Final]",
    "\tat io.netty.channel.unix.Socket.finishConnect(Socket.java:359) ~[netty-transport-native-unix-common-4.1.109.Final.jar:4.1.109.Final]",
    "\t... 4 more",
]
ZB_STEPS = [
    "Monitoring services",
    "Disk Space Usage Monitor",
    "Cluster Services",
    "Command API",
    "Subscription API",
    "Cluster Topology Manager",
    "Partition Manager",
    "Admin API",
    "Embedded Gateway",
    "Leader Management Request Handler",
]
ZB_TRANSITION_STEPS = [
    "LogStorage",
    "LogStream",
    "ZeebeDb",
    "QueryService",
    "StreamProcessor",
    "SnapshotDirector",
    "ExporterDirector",
    "BackupApiRequestHandler",
    "BackupStore",
    "InterPartitionCommandService",
]


def zb_config(b: int) -> list[str]:
    cfg = {
        "network": {
            "host": "0.0.0.0",
            "portOffset": 0,
            "maxMessageSize": "4MB",
            "advertisedHost": f"camunda-zeebe-{b}.camunda-zeebe.camunda.svc",
            "commandApi": {
                "host": "0.0.0.0",
                "port": 26501,
                "advertisedHost": f"camunda-zeebe-{b}.camunda-zeebe.camunda.svc",
                "advertisedPort": 26501,
            },
            "internalApi": {
                "host": "0.0.0.0",
                "port": 26502,
                "advertisedHost": f"camunda-zeebe-{b}.camunda-zeebe.camunda.svc",
                "advertisedPort": 26502,
            },
            "security": {"enabled": False, "certificateChainPath": None, "privateKeyPath": None},
        },
        "cluster": {
            "initialContactPoints": [ZB_HOSTS[i] for i in range(3)],
            "partitionIds": [1, 2, 3],
            "nodeId": b,
            "partitionsCount": 3,
            "replicationFactor": 3,
            "clusterSize": 3,
            "clusterName": "camunda-zeebe",
        },
        "data": {
            "directory": "/usr/local/zeebe/data",
            "logSegmentSize": "128MB",
            "snapshotPeriod": "PT10M",
            "disk": {
                "enableMonitoring": True,
                "monitoringInterval": "PT1S",
                "freeSpace": {"processing": "2GB", "replication": "1GB"},
            },
        },
        "exporters": {
            "elasticsearch": {
                "jarPath": None,
                "className": "io.camunda.zeebe.exporter.ElasticsearchExporter",
                "args": {
                    "url": "http://elasticsearch-master:9200",
                    "bulk": {"delay": 5, "size": 1000},
                    "index": {"prefix": "zeebe-record"},
                },
            }
        },
        "gateway": {
            "enable": True,
            "network": {"host": "0.0.0.0", "port": 26500},
            "threads": {"managementThreads": 1},
        },
        "executionMetricsExporterEnabled": False,
    }
    return json.dumps(cfg, indent=2).split("\n")[1:]


def zeebe(r: random.Random) -> list[Log]:
    """Three Zeebe 8.5 brokers (three partitions, replication factor 3), 06:00 to 12:00: snapshots
    every ten minutes, Elasticsearch down 07:20-07:35, zeebe-2 evicted at 09:05 and back, zeebe-1's
    disk filling 11:15-11:24."""
    fs = Files()

    def Z(
        b: int,
        t: datetime,
        lvl: str,
        thread: str,
        actor: str,
        logger: str,
        label: str,
        msg: str,
        more: list[str] | None = None,
        sched: str | None = None,
    ) -> datetime:
        sc = f"Broker-{b}" if sched is None else sched
        return fs.add(
            f"zeebe-{b}.log",
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%d %H:%M:%S}.{x.microsecond // 1000:03d} [{sc}] [{thread}] [{actor}] {lvl:<5}",
                f"      {logger} - {msg}",
                *(more or []),
            ],
            b,
            1000,
        )

    evict, back = at(9, 5, 12.4), at(9, 6, 48.0)
    started = back + sec(9.8)
    z2_down = (evict, started)
    es_down = (at(7, 20, 8), at(7, 35, 40))
    disk = (at(11, 15, 30), at(11, 24, 2))
    leaders = dict(ZB_LEADERS)
    term = {1: 7, 2: 6, 3: 8}
    pos = {p: 81_000_000 + p * 1_333_333 for p in (1, 2, 3)}
    idx = {p: 40_000_000 + p * 711_111 for p in (1, 2, 3)}

    def raft_ctx(p: int, role: str | None = None) -> str:
        return (
            f"RaftServer{{raft-partition-partition-{p}}}"
            + (f"{{role={role}}}" if role else "")
            + " - "
        )

    # snapshots every ten minutes on every replica
    for b in range(3):
        for p in (1, 2, 3):
            t = T0 + sec(r.uniform(5, 595))
            while t < T_END:
                if b == 2 and z2_down[0] - sec(2) <= t < z2_down[1]:
                    t += sec(600)
                    continue
                pos[p] += r.randint(15_000, 60_000)
                idx[p] += r.randint(9_000, 30_000)
                processed = pos[p]
                exported = (
                    processed - r.randint(0, 40)
                    if not in_any(t, [es_down])
                    else processed - r.randint(30_000, 90_000)
                )
                sid = f"{idx[p]}-{term[p]}-{processed}-{exported}"
                d = f"/usr/local/zeebe/data/raft-partition/partitions/{p}/pending/{sid}"
                fw = f"zb-fs-workers-{r.randint(0, 1)}"
                s = Z(
                    b,
                    t,
                    "INFO",
                    fw,
                    f"SnapshotDirector-{p}",
                    "io.camunda.zeebe.logstreams.snapshot",
                    "Taking temporary snapshot into %s.",
                    f"Taking temporary snapshot into {d}.",
                )
                written = processed + r.randint(1, 12)
                commit = written - r.randint(0, 6)
                s = Z(
                    b,
                    s + sec(r.uniform(0.08, 0.9)),
                    "INFO",
                    f"zb-actors-{r.randint(0, 3)}",
                    f"SnapshotDirector-{p}",
                    "io.camunda.zeebe.logstreams.snapshot",
                    "Finished taking temporary snapshot, need to wait until last written event position %d is committed, current commit position is %d. After that snapshot will be committed.",
                    f"Finished taking temporary snapshot, need to wait until last written event position {written} is committed, current commit position is {commit}. After that snapshot will be committed.",
                )
                c2 = written + r.randint(0, 9)
                s = Z(
                    b,
                    s + sec(r.uniform(0.001, 0.3)),
                    "INFO",
                    f"zb-actors-{r.randint(0, 3)}",
                    f"SnapshotDirector-{p}",
                    "io.camunda.zeebe.logstreams.snapshot",
                    "Current commit position %d >= %d, committing snapshot %s.",
                    f"Current commit position {c2} >= {written}, committing snapshot FileBasedTransientSnapshot{{directory={d}, snapshotStore=Broker-{b}-SnapshotStore-{p}, metadata=FileBasedSnapshotId{{index={idx[p]}, term={term[p]}, processedPosition={processed}, exporterPosition={exported}}}}}.",
                )
                Z(
                    b,
                    s + sec(r.uniform(0.01, 0.2)),
                    "INFO",
                    fw,
                    f"SnapshotStore-{p}",
                    "io.camunda.zeebe.snapshots.impl.FileBasedSnapshotStore",
                    "Committed new snapshot %s",
                    f"Committed new snapshot {sid}",
                )
                t += sec(600 + r.uniform(-2, 2))
    # Elasticsearch down: each partition's leader flushes every five seconds and fails
    for p, b in ZB_LEADERS.items():
        t = es_down[0] + sec(r.uniform(0, 5))
        while t < es_down[1]:
            Z(
                b,
                t,
                "WARN",
                f"zb-actors-{r.randint(0, 3)}",
                f"Exporter-{p}",
                "io.camunda.zeebe.exporter.ElasticsearchExporter",
                "Unexpected exception occurred on periodically flushing bulk, will retry later.",
                "Unexpected exception occurred on periodically flushing bulk, will retry later.",
                ZB_EXPORTER_STACK,
            )
            t += sec(5 + r.uniform(0.0, 0.05))
    # zeebe-2 evicted at 09:05: the others lose it
    for b in (0, 1):
        t = evict + sec(r.uniform(0.7, 1.8))
        s = Z(
            b,
            t,
            "INFO",
            "atomix-cluster-events",
            "",
            "io.atomix.cluster.protocol.SwimMembershipProtocol",
            "%s - Member unreachable %s",
            f"{b} - Member unreachable {zb_member(2)}",
            sched="",
        )
        Z(
            b,
            s + sec(r.uniform(5.0, 6.5)),
            "INFO",
            "atomix-cluster-events",
            "",
            "io.atomix.cluster.protocol.SwimMembershipProtocol",
            "%s - Member removed %s",
            f"{b} - Member removed {zb_member(2)}",
            sched="",
        )
        # partitions 1 and 2: the leader's appends to 2 fail
        for p in (1, 2):
            if leaders[p] != b:
                continue
            for ts in poisson(r, evict + sec(0.2), started, 4.5):
                Z(
                    b,
                    ts,
                    "WARN",
                    f"raft-server-{b}-{p}",
                    "",
                    "io.atomix.raft.roles.LeaderAppender",
                    "%s to %s failed: %s",
                    raft_ctx(p, "LEADER")
                    + f"AppendRequest{{term={term[p]}, leader={b}, prevLogIndex={idx[p] + r.randint(100, 9000)}, prevLogTerm={term[p]}, entries=0, commitIndex={idx[p] + r.randint(100, 9000)}}} to 2 failed: java.util.concurrent.CompletionException: io.atomix.cluster.messaging.MessagingException$NoSuchMemberException: Expected to send a message to member '2', but there is no such member known",
                    sched="",
                )
    # partition 3 (led by zeebe-2): the followers elect zeebe-0
    p = 3
    for b in (0, 1):
        t = evict + sec(r.uniform(2.4, 3.1))
        s = Z(
            b,
            t,
            "INFO",
            f"raft-server-{b}-{p}",
            "",
            "io.atomix.raft.roles.FollowerRole",
            "No heartbeat from a known leader since %dms",
            raft_ctx(p, "FOLLOWER")
            + f"No heartbeat from a known leader since {r.randint(2400, 3100)}ms",
            sched="",
        )
        s = Z(
            b,
            s + sec(0.002),
            "INFO",
            f"raft-server-{b}-{p}",
            "",
            "io.atomix.raft.roles.FollowerRole",
            "Sending poll requests to all active members: %s",
            raft_ctx(p, "FOLLOWER")
            + "Sending poll requests to all active members: "
            + "["
            + ", ".join(
                f"DefaultRaftMember{{id={m}, type=ACTIVE, updated=2024-06-07T05:41:0{m}.{r.randint(100, 999)}Z}}"
                for m in (0, 1, 2)
                if m != b
            )
            + "]",
            sched="",
        )
    term[p] += 1
    t0 = evict + sec(3.6)
    s = Z(
        0,
        t0,
        "INFO",
        "raft-server-0-3",
        "",
        "io.atomix.raft.impl.RaftContext",
        "Transitioning to %s",
        raft_ctx(p) + "Transitioning to CANDIDATE",
        sched="",
    )
    s = Z(
        0,
        s + sec(0.001),
        "INFO",
        "raft-server-0-3",
        "",
        "io.atomix.raft.roles.CandidateRole",
        "Starting election",
        raft_ctx(p, "CANDIDATE") + "Starting election",
        sched="",
    )
    s = Z(
        0,
        s + sec(0.019),
        "INFO",
        "raft-server-0-3",
        "",
        "io.atomix.raft.impl.RaftContext",
        "Transitioning to %s",
        raft_ctx(p) + "Transitioning to LEADER",
        sched="",
    )
    Z(
        1,
        s + sec(0.012),
        "INFO",
        "raft-server-1-3",
        "",
        "io.atomix.raft.impl.RaftContext",
        "Found leader %s",
        raft_ctx(p) + "Found leader 0",
        sched="",
    )
    leaders[p] = 0
    # zeebe-0's partition 3 becomes leader
    s = Z(
        0,
        s + sec(0.004),
        "INFO",
        "zb-actors-1",
        "ZeebePartition-3",
        "io.camunda.zeebe.broker.system",
        "Transition to %s on term %d requested.",
        f"Transition to LEADER on term {term[p]} requested.",
    )
    for step in ZB_TRANSITION_STEPS:
        s = Z(
            0,
            s + sec(r.uniform(0.002, 0.09)),
            "INFO",
            f"zb-actors-{r.randint(0, 3)}",
            "ZeebePartition-3",
            "io.camunda.zeebe.broker.system",
            "Transition to %s on term %d - transitioning %s",
            f"Transition to LEADER on term {term[p]} - transitioning {step}",
        )
    s = Z(
        0,
        s + sec(0.006),
        "INFO",
        "zb-actors-1",
        "ZeebePartition-3",
        "io.camunda.zeebe.broker.system",
        "Transition to %s on term %d completed",
        f"Transition to LEADER on term {term[p]} completed",
    )
    Z(
        0,
        s + sec(0.21),
        "INFO",
        "zb-actors-2",
        "HealthCheckService",
        "io.camunda.zeebe.broker.system",
        "Partition-%d recovered, marking it as healthy",
        "Partition-3 recovered, marking it as healthy",
    )
    # the embedded gateways meanwhile
    for ts in poisson(r, evict + sec(0.3), evict + sec(4.0), 0.35):
        b = r.choice([0, 1])
        Z(
            b,
            ts,
            "ERROR",
            f"zb-actors-{r.randint(0, 3)}",
            "GatewayBrokerTransport",
            "io.camunda.zeebe.gateway",
            "Expected to handle gRPC request, but an unexpected error occurred",
            "Expected to handle gRPC request, but an unexpected error occurred",
            ZB_GATEWAY_STACK,
            sched=None,
        )
    # zeebe-2 comes back
    b = 2
    s = Z(
        b,
        back,
        "INFO",
        "main",
        "",
        "io.camunda.zeebe.broker.StandaloneBroker",
        "Starting StandaloneBroker v%s using Java %s with PID %d (%s started by %s in %s)",
        "Starting StandaloneBroker v8.5.3 using Java 21.0.3 with PID 7 (/usr/local/zeebe/lib/camunda-zeebe-8.5.3.jar started by zeebe in /usr/local/zeebe)",
        sched="",
    )
    s = Z(
        b,
        s + sec(3.41),
        "INFO",
        "main",
        "",
        "io.camunda.zeebe.broker.system",
        "Starting broker %d with configuration %s",
        "Starting broker 2 with configuration {",
        zb_config(2),
        sched="",
    )
    for step in ZB_STEPS:
        s = Z(
            b,
            s + sec(r.uniform(0.01, 0.35)),
            "INFO",
            f"zb-actors-{r.randint(0, 3)}",
            "Startup",
            "io.camunda.zeebe.broker.system",
            "Startup %s",
            f"Startup {step}",
        )
        if step == "Cluster Services":
            for m in (0, 1):
                Z(
                    b,
                    s + sec(r.uniform(0.3, 0.9)),
                    "INFO",
                    "atomix-cluster-events",
                    "",
                    "io.atomix.cluster.protocol.SwimMembershipProtocol",
                    "%s - Member added %s",
                    f"2 - Member added {zb_member(m)}",
                    sched="",
                )
    for m in (0, 1):
        Z(
            m,
            back + sec(r.uniform(4.6, 5.4)),
            "INFO",
            "atomix-cluster-events",
            "",
            "io.atomix.cluster.protocol.SwimMembershipProtocol",
            "%s - Member added %s",
            f"{m} - Member added {zb_member(2)}",
            sched="",
        )
    for p2 in (1, 2, 3):
        s = Z(
            b,
            s + sec(r.uniform(0.05, 0.3)),
            "INFO",
            f"raft-server-2-{p2}",
            "",
            "io.atomix.raft.impl.RaftContext",
            "Transitioning to %s",
            raft_ctx(p2) + "Transitioning to FOLLOWER",
            sched="",
        )
        s = Z(
            b,
            s + sec(r.uniform(0.05, 0.4)),
            "INFO",
            f"raft-server-2-{p2}",
            "",
            "io.atomix.raft.impl.RaftContext",
            "Found leader %s",
            raft_ctx(p2) + f"Found leader {leaders[p2]}",
            sched="",
        )
        s = Z(
            b,
            s + sec(0.01),
            "INFO",
            "zb-actors-0",
            f"ZeebePartition-{p2}",
            "io.camunda.zeebe.broker.system",
            "Transition to %s on term %d requested.",
            f"Transition to FOLLOWER on term {term[p2]} requested.",
        )
        for step in ZB_TRANSITION_STEPS:
            s = Z(
                b,
                s + sec(r.uniform(0.002, 0.2)),
                "INFO",
                f"zb-actors-{r.randint(0, 3)}",
                f"ZeebePartition-{p2}",
                "io.camunda.zeebe.broker.system",
                "Transition to %s on term %d - transitioning %s",
                f"Transition to FOLLOWER on term {term[p2]} - transitioning {step}",
            )
        s = Z(
            b,
            s + sec(0.005),
            "INFO",
            "zb-actors-0",
            f"ZeebePartition-{p2}",
            "io.camunda.zeebe.broker.system",
            "Transition to %s on term %d completed",
            f"Transition to FOLLOWER on term {term[p2]} completed",
        )
    s = Z(
        b,
        started,
        "INFO",
        "main",
        "",
        "io.camunda.zeebe.broker.StandaloneBroker",
        "Started StandaloneBroker in %s seconds (process running for %s)",
        "Started StandaloneBroker in 9.412 seconds (process running for 10.327)",
        sched="",
    )
    for p2 in (1, 2, 3):
        s = Z(
            b,
            s + sec(r.uniform(0.3, 1.2)),
            "INFO",
            "zb-actors-2",
            "HealthCheckService",
            "io.camunda.zeebe.broker.system",
            "Partition-%d recovered, marking it as healthy",
            f"Partition-{p2} recovered, marking it as healthy",
        )
    # zeebe-1's disk fills up
    Z(
        1,
        disk[0],
        "WARN",
        "zb-actors-3",
        "DiskSpaceUsageMonitorActor",
        "io.camunda.zeebe.broker.system",
        "Out of disk space. Current available %d bytes. Minimum needed %d bytes.",
        f"Out of disk space. Current available {r.randint(1_900_000_000, 2_140_000_000)} bytes. Minimum needed 2147483648 bytes.",
    )
    Z(
        1,
        disk[1],
        "INFO",
        "zb-actors-3",
        "DiskSpaceUsageMonitorActor",
        "io.camunda.zeebe.broker.system",
        "Disk space available again. Current available %d bytes",
        f"Disk space available again. Current available {r.randint(9_000_000_000, 9_900_000_000)} bytes",
    )
    return fs.logs(T0)


SYSTEMS = {
    "typesense": typesense,
    "manticore": manticore,
    "infinispan": infinispan,
    "beanstalkd": beanstalkd,
    "zeebe": zeebe,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
