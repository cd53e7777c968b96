#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 223 (tdengine, iotdb, fuseki, ravendb, eventstoredb) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five databases of one site, 06:00 to 12:00 on
2024-06-07. The brief's EdgeDB writes, at its default level, only its start-up and shutdown
lines and the bundled Postgres's stderr relayed one line per record (a failing statement's SQL
text among them), no six hours of faithful, labellable lines; Apache Jena Fuseki (a graph
database served over HTTP with its own query language, as EdgeDB is) takes its place.

- TDengine 3.3 (`td1-taosdlog.0`, `td2-taosdlog.0`, `td3-taosdlog.0`: taosd's log file, the head
  `%02d/%02d %02d:%02d:%02d.%06d %08ld ` and the module flags `DND `, `DND ERROR `, `VND `, `VND
  FATAL `, `MND `: `06/07 06:00:01.123456 00002143 VND vgId:2, commit end`): three dnodes, a
  database of six vgroups under a meter-reading load and one of three lighter ones; every commit's
  five lines (`vgId:%d, vnode info is saved, fname:%s ...`, `vnode async commit done, commitId:%ld
  term:%ld applied:%ld`, `start to commit, commitId:%ld version:%ld term: %ld`, `vnode info is
  committed, dir:%s`, `commit end`); td3 rebooted for a kernel patch 07:40-07:47 (`shut down
  signal is %d`, `sender PID:%d cmdline:%s`, `shutting down the service`, the log file's
  `====` banner, `startup path:%s args:%s`, `start to init service`, `vgId:%d, is opened by
  thread:%d`, `thread:%d, numOfVnodes:%d, opened:%d failed:%d`, `TDengine initialized
  successfully`, the mnode's `dnode:%d, from offline to online, memory avail:%ld total:%ld
  cores:%.2f`); td2 cut off from the mnode 09:20-09:26 (`failed to send status req since %s`
  with and without `, epSet:%s, inUse:%d`); two `alter all dnodes` (`start to config, option:%s,
  value:%s` on every dnode and the mnode); an ETL database created at 10:10 and dropped at 11:10
  (the mnode's transaction lines); td2's data disk full at 10:50 (`vgId:%d, vnodeCommitImpl failed
  at line %d since No space left on device`, `VND FATAL vgId:%d, failed to commit vnode since
  ...`, taosd exiting) and td2 started again at 10:58.
- Apache IoTDB 1.3 (`dn1-log_datanode_all.log`, `dn2-log_datanode_all.log`: logback's `%d [%t]
  %-5p %C{25}:%L - %m %n`, `2024-06-07 06:00:01,123 [pool-15-IoTDB-Flush-1] INFO
  o.a.i.d.s.d.f.MemTableFlushTask:180 - Database root.plant1-1 memtable ... `): two DataNodes,
  four data regions of two databases; every flush (`The memtable size %s of tsfile %s reaches the
  mem control threshold`, `Async flush a memtable to tsfile: %s`, `The memTable size of SG %s is
  %s, the avg series points num in chunk is %s, total timeseries number is %s`, the encoding
  thread's `Database %s, flushing memtable %s into disk: Encoding data cost %s ms.`, `Database %s
  memtable %s flushing a memtable has finished! Time consumption: %sms`), every sixth one closing
  the file (`Async close tsfile: %s`, `%s: flush a working memtable in async close tsfile %s, ...`,
  `Memtable %s has been added to flushing list`, `Start to end file %s`, `Ended file %s`,
  `Database %s close the file %s, TsFile size is %s, time consumption of flushing metadata is
  %sms`); inner compactions (`%s-%s [Compaction] Sequence InnerSpaceCompaction task starts with %s
  files, ...`, `... finishes successfully, ...`, the Unsequence pair after a gateway replays
  buffered data); the ConfigNode leader restarted 07:15-07:18 (`Failed to connect to ConfigNode
  %s from DataNode %s, because the current node is not leader or not ready yet, will try again
  later`); a Grafana panel's query timing out 08:00-09:00 (`Status code: %s, Query Statement: %s
  failed because Current query is time out, ...`); dn2 OOM-killed at 09:33 and started again;
  dn1's data disk full at 10:41 (two ERROR lines with the IOException's stack).
- Apache Jena Fuseki 5.0 (`kg1-fuseki.log`, `kg2-fuseki.log`: two replicas' `docker logs`,
  log4j2's `[%d{yyyy-MM-dd HH:mm:ss}] %-10c{1} %-5p %m%n`: `[2024-06-07 06:00:01] Fuseki     INFO
  [412] GET http://kg1:3030/kg/sparql?query=...`): every request's `[%d] %s %s`, `[%d] Query =
  %s` for queries and `[%d] %d %s (%s)`; SPARQL updates (204), graph-store uploads (`[%d] Body:
  Content-Length=%d, Content-Type=%s, Charset=%s => %s : Count=%d Triples=%d Quads=%d`), one with an
  undefined prefix (`[%d] Attempt to load: ...`); an analytics query timing out 08:20-08:50 (`[%d]
  503 Query timed out (%s)`); a bad app deploy 10:05-10:14 sending a query with a missing brace
  (`[%d] Parse error: Encountered ...` and the 400 response, both multi-line); clients leaving
  (`[%d] Runtime IO Exception (client left?) RC = %d : %s`); a typo'd service name (`[%d] No
  Fuseki dispatch %s`); kg1 running out of heap at 09:12 on two CONSTRUCT exports (`[%d] RC = %d :
  %s` with the OutOfMemoryError's stack, `[%d] %d Java heap space (%s)`) and restarted by its
  health check at 09:14 (request ids from 1 again; the start-up lines: `Apache Jena Fuseki %s`,
  `FUSEKI_HOME=%s`, ..., `Started %s on port %d`);
  the admin tasks (`[Task %d] starts : Compact`, `... finishes : Backup`).
- RavenDB 6.0 (`a-2024-06-07.000.log`, `b-2024-06-07.000.log`, `b-2024-06-07.001.log`: Sparrow's
  log files with Logs.Mode Information, the header row `Time, Thread, Level, Source, Logger,
  Message, Exception` and `2024-06-07T06:00:01.1234567Z, 42, Information, Server,
  Raven.Server.RavenServerStartup, GET /databases/Shop/docs??&id=... - 200 - 3 ms`): a two-node
  cluster's HTTP requests (`%s %s?%s - %d - %s ms`: documents, queries, batches, the load
  balancer's `/setup/alive`, monitoring's `stats`, a 15-minute bulk insert), indexing batches
  (`Starting indexing for '%s'.`, `Finished indexing for '%s'.'`), the bulk insert making indexing
  miss its write transaction (`Failed to open write transaction, indexing will be retried`, `Could
  not update stats for '%s'.`, with the TimeoutException after `, EXCEPTION: `), hourly
  incremental backups to local disk and S3 (`Starting backup task '%s'`, `Finished an incremental
  backup task '%s', took: %s backup to local took: %sms, backup to Amazon S3 took: %sms`), S3's
  name not resolving at 10:00 (`Failed to run the backup thread: '%s'` with the exception, then
  `Finished an incremental backup task '%s' backup to local took: %sms`), a full backup run by
  hand at 10:20 and clicked again (`Could not start backup task '%s' because there is already a
  running backup '%s'`), another database's archive holding the only backup slot 10:55-11:19
  (`Backup task will be retried in %d seconds, Reason: Failed to start Backup Task: '%s'. The task
  exceeds the maximum number of concurrent backup tasks configured. ...` every minute), node B
  patched and restarted at 10:40 (a new log file with its header row, `Starting to open server
  store for %s`, `Failed to update my private url to %s` with a NoLeaderException).
- EventStoreDB 22.10 (`es1.log`, `es2.log`, `es3.log`: `docker logs` of a three-node cluster,
  Serilog's `[{ProcessId,5},{ThreadId,2},{Timestamp:HH:mm:ss.fff},{Level:u3}] {Message}` with
  string properties quoted: `[    1,13,09:10:05.841,INF] ELECTIONS: (V=15) SHIFT TO LEADER
  ELECTION.`): every node's `Completing data chunk %s-%s...` as writes fill 256 MB chunks; es1
  (the leader) lost with its VM host at 07:50 (`Looks like node [%s] is DEAD (TCP connection
  lost). Issuing a gossip to confirm.`, `... (Gossip send failed).`, the multi-line `CLUSTER HAS
  CHANGED %s` with the old and new member rows, an election between es2 and es3: `ELECTIONS:
  (V=%s) SHIFT TO LEADER ELECTION.`, `VIEWCHANGE FROM [%s, %s].`, `MAJORITY OF VIEWCHANGE.`,
  `SHIFT TO PREPARE PHASE.`, `PREPARE_OK FROM %s.`, `SHIFT TO REG_LEADER.`, `SENDING PROPOSAL
  CANDIDATE: %s, ME: %s.`, `ACCEPT FROM [%s,%s] M=[%s,%s]).`, `DONE. ELECTED LEADER = %s. ME=%s.`,
  then `========== [%s] PRE-LEADER STATE, WAITING FOR CHASER TO CATCH UP...`, `... IS LEADER...
  SPARTA!`, `... IS CATCHING UP!!! BANZAI!!! LEADER IS [%s,%s]`, `... IS FOLLOWER!!! SPARTA!!!
  LEADER IS [%s,%s]`) and back at 08:06 (its start-up: `"ES VERSION:" %s (%s/%s, %s)`, `"OS:" %s
  (%s)`, `"RUNTIME:"`, `"GC:"`, `"LOGS:"`, the multi-line `MODIFIED OPTIONS:` dump, `Quorum size
  set to %s.`); es3 cut off by a switch upgrade 09:10-09:18 and 11:30-11:35, an election storm of
  one (`ELECTIONS: (V=%s) TIMED OUT! (S=%s, M=%s).`, `SHIFT TO LEADER ELECTION.` and its own
  `VIEWCHANGE FROM` every 1.2-1.5 s, 540 times); a scavenge on the leader at 10:00
  (`SCAVENGING: started scavenging of DB. ...`, the multi-line `Scavenging of chunks:`,
  `SCAVENGING: total time taken: %s, total space saved: %s.`).

Label notes. The heads are context: taosd's time, thread id and module flags (the level word is
part of the flags), logback's time, thread, level, class and line, log4j2's time, logger and
level, Sparrow's time, thread, level, source and logger, Serilog's process, thread, time and
level. A C error string (`tstrerror`, `strerror`) and a Java exception message inside a message
contribute their text (`since No space left on device`, `Current query is time out, ...`,
`Query timed out`, `Parse error: Encountered ...`); taosd's `__func__` at a call site is wording,
as is the text ESDB's options dump opens with (`MODIFIED OPTIONS:`).
An object's `toString()` (IoTDB's memtable, TsFileResource and compaction summary, a Thrift
TEndPoint) is a value. A word the code picks by branch is wording (IoTDB's `Sequence` /
`Unsequence`, RavenDB's `an incremental` / `a full`, Fuseki's task names `Compact` and `Backup`
passed literally). Serilog's message template is the label with `{Name}` written `%s`; a property
the call site passes as a literal (`"ES VERSION:"`) is wording. Fuseki's response status text
(`OK`, `No Content`) is HttpSC's name for the code, a variable; an error message set on the
response is a message of its own. The lines that continue an event (stack traces, taosd's
banner, the multi-line ESDB messages, Fuseki's parse errors) have no row. RavenDB's header row
and taosd's banner are written by the logger itself, once per file: each is a label.

Least sure (written from the helper's knowledge; taosd's log head and flags, the commit, status,
start-up, shutdown and config lines, IoTDB's flush, close, compaction, ConfigNode and
`Status code:` lines, Fuseki's request, response, upload and error lines and its log4j2 layout,
Sparrow's row layout and header, RavenDB's request, indexing and backup lines and Serilog's
console template were checked against copies of their sources): taosd's mnode lines (`dnode:%d,
start to config, ...`, the `trans:%d, ...` lines), `dmEpSetToStr`'s layout and the two status
error texts; IoTDB's `toString()`s of the memtable and TsFileResource, the thread names, line
numbers, status code 714 and the statement's rendering; Fuseki's start-up lines, the task lines'
logger, the parse error's wording and the upload's 400 message; RavenDB's backup wording (`an
incremental`), the S3, timeout and NoLeader exception texts and whether failing requests are
logged; EventStoreDB's wordings of the election, node-state, gossip, chunk and scavenge lines
(and whether `CLUSTER HAS CHANGED` and `Scavenging of chunks:` are one record each), the member
rows and the options dump.
"""

from __future__ import annotations

import random
import sys
import urllib.parse
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, uuid4
from generate_round55 import poisson
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any

US = 1
MS = 1_000
SEC = 1_000_000


def every(
    r: random.Random, t0: datetime, t1: datetime, period: float, jitter: float
) -> list[datetime]:
    """Instants from t0 to t1 about `period` seconds apart (each moved by up to `jitter`)."""
    out, t = [], t0
    while t < t1:
        out.append(t + sec(r.uniform(0, jitter)))
        t += sec(period)
    return out


# ---------------------------------------------------------------------------------- tdengine

TD_HOSTS = {"td1": 1, "td2": 2, "td3": 3}
# vgroup -> (dnode host, database, commit period in s)
TD_VGROUPS = {
    2: ("td1", "power", 390),
    3: ("td2", "power", 400),
    4: ("td3", "power", 380),
    5: ("td1", "power", 410),
    6: ("td2", "power", 395),
    7: ("td3", "power", 385),
    8: ("td1", "fleet", 1250),
    9: ("td2", "fleet", 1180),
    10: ("td3", "fleet", 1320),
}
TD_BANNER = [
    "==================================================",
    "                new log file                      ",
    "==================================================",
]
TD_SAVED = "vgId:%d, vnode info is saved, fname:%s replica:%d selfIndex:%d changeVersion:%d"
TD_ASYNC = "vgId:%d, vnode async commit done, commitId:%ld term:%ld applied:%ld"
TD_START = "vgId:%d, start to commit, commitId:%ld version:%ld term: %ld"
TD_COMMITTED = "vnode info is committed, dir:%s"
TD_END = "vgId:%d, commit end"


def tdengine(r: random.Random) -> list[Log]:
    """Three taosd dnodes, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    tids: dict[str, dict[str, int]] = {}

    def new_tids(h: str) -> None:
        base = r.randint(1800, 9000)
        tids[h] = {
            "main": base,
            "status": base + 31,
            "mnode": base + 44,
            "config": base + 29,
            "commit": base + 57,
            "open": base + 12,
            "signal": base + 3,
            **{f"w{vg}": base + 60 + vg for vg in TD_VGROUPS},
        }

    def L(
        h: str,
        t: datetime,
        tid: str,
        flags: str | None,
        label: str,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        n = tids[h][tid]
        return fs.add(
            f"{h}-taosdlog.0",
            t,
            label,
            lambda x: [
                msg
                if flags is None
                else f"{x:%m/%d %H:%M:%S}.{x.microsecond:06d} {n:08d} {flags}{msg}",
                *(more or []),
            ],
            (h, n),
            US,
        )

    state = {
        vg: {
            "commit": r.randint(180, 420),
            "ver": r.randint(2_000_000, 9_000_000),
            "term": r.choice([1, 2, 3]),
        }
        for vg in TD_VGROUPS
    }

    def commit(vg: int, t: datetime, rate: float) -> datetime:
        h, _db, _p = TD_VGROUPS[vg]
        s = state[vg]
        s["commit"] += 1
        s["ver"] += int(rate * r.uniform(0.85, 1.15))
        d = f"/var/lib/taos/vnode/vnode{vg}"
        t = L(
            h,
            t,
            f"w{vg}",
            "VND ",
            TD_SAVED,
            f"vgId:{vg}, vnode info is saved, fname:{d}/vnode_tmp.json replica:1 selfIndex:0 changeVersion:0",
        )
        t = L(
            h,
            t + sec(r.uniform(0.00002, 0.0002)),
            f"w{vg}",
            "VND ",
            TD_ASYNC,
            f"vgId:{vg}, vnode async commit done, commitId:{s['commit']} term:{s['term']} applied:{s['ver']}",
        )
        t = L(
            h,
            t + sec(r.uniform(0.0001, 0.002)),
            "commit",
            "VND ",
            TD_START,
            f"vgId:{vg}, start to commit, commitId:{s['commit']} version:{s['ver']} term: {s['term']}",
        )
        t = L(
            h,
            t + sec(r.uniform(0.05, 0.9)),
            "commit",
            "VND ",
            TD_COMMITTED,
            f"vnode info is committed, dir:{d}",
        )
        return L(
            h, t + sec(r.uniform(0.001, 0.03)), "commit", "VND ", TD_END, f"vgId:{vg}, commit end"
        )

    def shutdown(h: str, t: datetime, sender: tuple[int, str]) -> datetime:
        t = L(h, t, "signal", "DND ", "shut down signal is %d", "shut down signal is 15")
        t = L(
            h,
            t + sec(0.00004),
            "signal",
            "DND ",
            "sender PID:%d cmdline:%s",
            f"sender PID:{sender[0]} cmdline:{sender[1]}",
        )
        for vg, (vh, _db, _p) in TD_VGROUPS.items():
            if vh == h:
                t = commit(vg, t + sec(r.uniform(0.01, 0.05)), 20_000)
        return L(
            h,
            t + sec(r.uniform(0.2, 0.6)),
            "main",
            "DND ",
            "shutting down the service",
            "shutting down the service",
        )

    def startup(h: str, t: datetime) -> datetime:
        new_tids(h)
        # taosOpenLogFile writes its banner bare, before the first line with a head
        t = L(
            h,
            t,
            "main",
            None,
            "==================================================",
            TD_BANNER[0],
            TD_BANNER[1:],
        )
        t = L(
            h,
            t + sec(0.0003),
            "main",
            "DND ",
            "startup path:%s args:%s",
            "startup path:/ args:/usr/bin/taosd",
        )
        t = L(
            h,
            t + sec(r.uniform(0.2, 0.5)),
            "main",
            "DND ",
            "start to init service",
            "start to init service",
        )
        mine = [vg for vg, (vh, _d, _p) in TD_VGROUPS.items() if vh == h]
        for vg in mine:
            t = L(
                h,
                t + sec(r.uniform(0.3, 1.8)),
                "open",
                "DND ",
                "vgId:%d, is opened by thread:%d",
                f"vgId:{vg}, is opened by thread:0",
            )
        t = L(
            h,
            t + sec(0.001),
            "open",
            "DND ",
            "thread:%d, numOfVnodes:%d, opened:%d failed:%d",
            f"thread:0, numOfVnodes:{len(mine)}, opened:{len(mine)} failed:0",
        )
        return L(
            h,
            t + sec(r.uniform(0.3, 0.8)),
            "main",
            "DND ",
            "TDengine initialized successfully",
            "TDengine initialized successfully",
        )

    def online(dn: int, t: datetime) -> datetime:
        return L(
            "td1",
            t,
            "mnode",
            "MND ",
            "dnode:%d, from offline to online, memory avail:%ld total:%ld cores:%.2f",
            f"dnode:{dn}, from offline to online, memory avail:{r.randint(30_000_000_000, 31_000_000_000)} total:33395765248 cores:16.00",
        )

    for h in TD_HOSTS:
        new_tids(h)
    # td3's reboot, td2's crash: no commits while down
    down = {"td3": [(at(7, 40, 3), at(7, 47, 40))], "td2": [(at(10, 50, 21), at(10, 58, 30))]}
    disk_full = at(10, 50, 0.387311)
    for vg, (h, db, period) in TD_VGROUPS.items():
        t = T0 + sec(r.uniform(0, period))
        rate = 42_000 if db == "power" else 9_000
        while t < T_END:
            if in_any(t, down.get(h, [])):
                t = down[h][0][1] + sec(r.uniform(30, period))
                continue
            if h == "td2" and at(10, 49, 30) <= t < disk_full + sec(21):
                t += sec(period)
                continue
            busy = 1.35 if at(8, 0) <= t < at(9, 0) else 1.0
            commit(vg, t, rate * busy)
            t += sec(period / busy * r.uniform(0.85, 1.15))

    # td3 rebooted for a kernel patch
    shutdown(
        "td3",
        at(7, 40, 3.412871),
        (1, "/usr/lib/systemd/systemd --switched-root --system --deserialize 31"),
    )
    startup("td3", at(7, 47, 40.118302))
    online(3, at(7, 47, 52))

    # td2 cut off from the mnode 09:20-09:26: the status rpc first times out, then fails fast
    t = at(9, 20, 4.208815)
    n = 0
    while t < at(9, 26, 10):
        if n < 8:
            L(
                "td2",
                t,
                "status",
                "DND ERROR ",
                "failed to send status req since Operation timeout",
                "failed to send status req since Operation timeout",
            )
            t += sec(5.0 + r.uniform(0.9, 1.1))
        else:
            L(
                "td2",
                t,
                "status",
                "DND ERROR ",
                "failed to send status req since Unable to establish connection, epSet:%s, inUse:%d",
                "failed to send status req since Unable to establish connection, epSet:{td1.tsdb.internal:6030}, inUse:0",
            )
            t += sec(r.uniform(2.6, 3.4))
        n += 1
    online(2, at(9, 26, 11))

    # two `alter all dnodes`
    for when, opt, val in [
        (at(6, 42, 17), "slowLogThreshold", "5"),
        (at(8, 31, 2), "queryPolicy", "2"),
    ]:
        L(
            "td1",
            when,
            "mnode",
            "MND ",
            "dnode:%d, start to config, option:%s, value:%s",
            f"dnode:-1, start to config, option:{opt}, value:{val}",
        )
        for h in TD_HOSTS:
            L(
                h,
                when + sec(r.uniform(0.002, 0.02)),
                "config",
                "DND ",
                "start to config, option:%s, value:%s",
                f"start to config, option:{opt}, value:{val}",
            )

    # an ETL database created and dropped
    def trans(t: datetime, tid: int, what: str, db: str, stages: list[tuple[str, str]]) -> None:
        t = L(
            "td1",
            t,
            "mnode",
            "MND ",
            f"trans:%d, used to {what} db:%s",
            f"trans:{tid}, used to {what} db:1.{db}",
        )
        for a, b in stages:
            t = L(
                "td1",
                t + sec(r.uniform(0.001, 0.2)),
                "mnode",
                "MND ",
                "trans:%d, stage from %s to %s",
                f"trans:{tid}, stage from {a} to {b}",
            )
        L(
            "td1",
            t + sec(0.0005),
            "mnode",
            "MND ",
            "trans:%d, execute finished, code:0x%x, failedTimes:%d createTime:%ld",
            f"trans:{tid}, execute finished, code:0x0, failedTimes:0 createTime:{int(t.timestamp() * 1000) - r.randint(50, 400)}",
        )

    trans(
        at(10, 10, 5),
        1187,
        "create",
        "etl_tmp",
        [
            ("prepare", "redoAction"),
            ("redoAction", "commit"),
            ("commit", "commitAction"),
            ("commitAction", "finished"),
        ],
    )
    trans(
        at(11, 10, 44),
        1203,
        "drop",
        "etl_tmp",
        [
            ("prepare", "redoAction"),
            ("redoAction", "commit"),
            ("commit", "commitAction"),
            ("commitAction", "finished"),
        ],
    )

    # td2's data disk full: the commit fails and taosd exits
    t = commit_fail = disk_full + sec(20)
    h = "td2"
    t = L(
        h,
        t,
        "w6",
        "VND ",
        TD_SAVED,
        "vgId:6, vnode info is saved, fname:/var/lib/taos/vnode/vnode6/vnode_tmp.json replica:1 selfIndex:0 changeVersion:0",
    )
    t = L(
        h,
        t + sec(0.0001),
        "w6",
        "VND ",
        TD_ASYNC,
        f"vgId:6, vnode async commit done, commitId:{state[6]['commit'] + 1} term:{state[6]['term']} applied:{state[6]['ver'] + 40_211}",
    )
    t = L(
        h,
        t + sec(0.0008),
        "commit",
        "VND ",
        TD_START,
        f"vgId:6, start to commit, commitId:{state[6]['commit'] + 1} version:{state[6]['ver'] + 40_211} term: {state[6]['term']}",
    )
    t = L(
        h,
        t + sec(0.41),
        "commit",
        "VND ERROR ",
        "vgId:%d, vnodeCommitImpl failed at line %d since No space left on device",
        "vgId:6, vnodeCommitImpl failed at line 312 since No space left on device",
    )
    L(
        h,
        t + sec(0.0002),
        "commit",
        "VND FATAL ",
        "vgId:%d, failed to commit vnode since No space left on device",
        "vgId:6, failed to commit vnode since No space left on device",
    )
    del commit_fail
    startup("td2", at(10, 58, 30.702113))
    online(2, at(10, 58, 41))
    return fs.logs(T0)


# ------------------------------------------------------------------------------------- iotdb


def abbreviate(name: str, target: int = 25) -> str:
    """logback's `%C{25}`: package segments cut to their first letter from the left until the
    name fits (the class's own name is never cut)."""
    if len(name) <= target:
        return name
    parts = name.split(".")
    lens = [len(p) for p in parts]
    total = len(name)
    for i in range(len(parts) - 1):
        if total <= target:
            break
        total -= lens[i] - 1
        parts[i] = parts[i][0]
    return ".".join(parts)


IO_PKG = "org.apache.iotdb.db.storageengine.dataregion"
IO_TSP = f"{IO_PKG}.memtable.TsFileProcessor"
IO_FLUSH = f"{IO_PKG}.flush.MemTableFlushTask"
IO_DR = f"{IO_PKG}.DataRegion"
IO_INNER = f"{IO_PKG}.compaction.execute.task.InnerSpaceCompactionTask"
IO_CNC = "org.apache.iotdb.db.protocol.client.ConfigNodeClient"
IO_EHU = "org.apache.iotdb.db.utils.ErrorHandlingUtils"
IO_DN = "org.apache.iotdb.db.service.DataNode"
# data region -> (DataNode, database)
IO_REGIONS = {
    1: ("dn1", "root.plant1"),
    3: ("dn1", "root.plant2"),
    2: ("dn2", "root.plant1"),
    4: ("dn2", "root.plant2"),
}
IO_IP = {"dn1": "10.0.5.21", "dn2": "10.0.5.22"}
IO_SUMMARY = "CHUNK_NONE_OVERLAP num is {a}, CHUNK_NONE_OVERLAP_BUT_DESERIALIZE num is {b}, CHUNK_OVERLAP_OR_MODIFIED num is {c}, PAGE_NONE_OVERLAP num is {d}, PAGE_OVERLAP_OR_MODIFIED num is {e}, PAGE_FAKE_OVERLAP num is 0, PAGE_NONE_OVERLAP_BUT_DESERIALIZE num is {f}"
IO_TIMEOUT_SQL = [
    "select avg(temperature), max(vibration) from root.plant1.line3.** group by ([2024-05-31T00:00:00, 2024-06-07T00:00:00), 1m) align by device",
    "select count(status) from root.plant2.** where status != 0 group by ([2024-05-08T00:00:00, 2024-06-07T00:00:00), 1h) align by device",
]
IO_FLUSH_STACK = [
    "java.util.concurrent.ExecutionException: java.io.IOException: No space left on device",
    "\tat java.base/java.util.concurrent.FutureTask.report(FutureTask.java:122)",
    "\tat java.base/java.util.concurrent.FutureTask.get(FutureTask.java:191)",
    "\tat org.apache.iotdb.db.storageengine.dataregion.flush.MemTableFlushTask.syncFlushMemTable(MemTableFlushTask.java:212)",
    "\tat org.apache.iotdb.db.storageengine.dataregion.memtable.TsFileProcessor.flushOneMemTable(TsFileProcessor.java:1342)",
    "\tat org.apache.iotdb.db.storageengine.dataregion.flush.FlushManager$FlushThread.runMayThrow(FlushManager.java:112)",
    "\tat org.apache.iotdb.commons.concurrent.WrappedRunnable.run(WrappedRunnable.java:29)",
    "\tat java.base/java.util.concurrent.Executors$RunnableAdapter.call(Executors.java:539)",
    "\tat java.base/java.util.concurrent.FutureTask.run(FutureTask.java:264)",
    "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
    "\tat java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:635)",
    "\tat java.base/java.lang.Thread.run(Thread.java:840)",
    "Caused by: java.io.IOException: No space left on device",
    "\tat java.base/java.io.FileOutputStream.writeBytes(Native Method)",
    "\tat java.base/java.io.FileOutputStream.write(FileOutputStream.java:349)",
    "\tat java.base/java.io.BufferedOutputStream.flushBuffer(BufferedOutputStream.java:81)",
    "\tat java.base/java.io.BufferedOutputStream.write(BufferedOutputStream.java:127)",
    "\tat org.apache.tsfile.write.writer.LocalTsFileOutput.write(LocalTsFileOutput.java:63)",
    "\tat org.apache.tsfile.write.writer.TsFileIOWriter.writeChunk(TsFileIOWriter.java:298)",
    "\tat org.apache.tsfile.write.chunk.ChunkWriterImpl.writeToFileWriter(ChunkWriterImpl.java:322)",
    "\tat org.apache.iotdb.db.storageengine.dataregion.flush.MemTableFlushTask.lambda$new$1(MemTableFlushTask.java:297)",
    "\t... 5 common frames omitted",
]


def iotdb(r: random.Random) -> list[Log]:
    """Two IoTDB DataNodes, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()

    def L(
        h: str,
        t: datetime,
        thread: str,
        lvl: str,
        cls: str,
        line: int,
        label: str,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        c = abbreviate(cls)
        return fs.add(
            f"{h}-log_datanode_all.log",
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%d %H:%M:%S},{x.microsecond // 1000:03d} [{thread}] {lvl:<5} {c}:{line} - {msg} ",
                *(more or []),
            ],
            (h, thread),
            MS,
        )

    pools = {
        "dn1": {"rpc": 27, "flush": 15, "sub": 16, "comp": 10},
        "dn2": {"rpc": 27, "flush": 15, "sub": 16, "comp": 10},
    }

    def th(h: str, kind: str) -> str:
        p = pools[h]
        if kind == "rpc":
            return f"pool-{p['rpc']}-IoTDB-ClientRPC-Processor-{r.randint(1, 24)}"
        if kind == "flush":
            return f"pool-{p['flush']}-IoTDB-Flush-{r.randint(1, 4)}"
        if kind == "sub":
            return f"pool-{p['sub']}-IoTDB-Flush-SubTask-{r.randint(1, 8)}"
        return f"pool-{p['comp']}-IoTDB-Compaction-Worker-{r.randint(1, 4)}"

    files = {
        rg: {
            "ts": int(at(5, 40 + rg).timestamp() * 1000),
            "ver": 100 + rg * 7,
            "size": r.randint(80, 300) << 20,
            "unseq": False,
        }
        for rg in IO_REGIONS
    }
    plan = {rg: r.randint(15_000_000, 19_000_000) for rg in IO_REGIONS}
    closed: dict[int, list[str]] = {rg: [] for rg in IO_REGIONS}

    def path(rg: int) -> str:
        f = files[rg]
        _h, db = IO_REGIONS[rg]
        kind = "unsequence" if f["unseq"] else "sequence"
        return (
            f"/data/iotdb/data/datanode/data/{kind}/{db}/{rg}/2840/{f['ts']}-{f['ver']}-0-0.tsfile"
        )

    def memtable(rg: int) -> tuple[str, int, int]:
        a = plan[rg] + 1
        plan[rg] += r.randint(9_000, 30_000)
        return f"PrimitiveMemTable{{planIndex=[{a},{plan[rg]}]}}", a, plan[rg]

    def flush_body(rg: int, t: datetime, mt: str, size: int) -> datetime:
        h, db = IO_REGIONS[rg]
        sg = f"{db}-{rg}"
        ft = th(h, "flush")
        series = {"root.plant1": 3184, "root.plant2": 2216}[db]
        t = L(
            h,
            t,
            ft,
            "INFO",
            IO_FLUSH,
            103,
            "The memTable size of SG %s is %s, the avg series points num in chunk is %s, total timeseries number is %s",
            f"The memTable size of SG {sg} is {size}, the avg series points num in chunk is {size // series // 10}, total timeseries number is {series}",
        )
        enc = r.randint(280, 1500)
        L(
            h,
            t + sec(enc / 1000),
            th(h, "sub"),
            "INFO",
            IO_FLUSH,
            268,
            "Database %s, flushing memtable %s into disk: Encoding data cost %s ms.",
            f"Database {sg}, flushing memtable {path(rg).rsplit('/', 1)[1]} into disk: Encoding data cost {enc} ms.",
        )
        total = enc + r.randint(120, 900)
        t = L(
            h,
            t + sec(total / 1000),
            ft,
            "INFO",
            IO_FLUSH,
            225,
            "Database %s memtable %s flushing a memtable has finished! Time consumption: %sms",
            f"Database {sg} memtable {mt} flushing a memtable has finished! Time consumption: {total}ms",
        )
        files[rg]["size"] += size // r.randint(5, 9)
        return t

    def flush(rg: int, t: datetime) -> None:
        h, _db = IO_REGIONS[rg]
        size = r.randint(38, 46) * 1_048_576 + r.randint(0, 999_999)
        rt = th(h, "rpc")
        mt, _a, _b = memtable(rg)
        t = L(
            h,
            t,
            rt,
            "INFO",
            IO_TSP,
            1041,
            "The memtable size %s of tsfile %s reaches the mem control threshold",
            f"The memtable size {size} of tsfile {path(rg)} reaches the mem control threshold",
        )
        t = L(
            h,
            t + sec(0.001),
            rt,
            "INFO",
            IO_TSP,
            1179,
            "Async flush a memtable to tsfile: %s",
            f"Async flush a memtable to tsfile: {path(rg)}",
        )
        flush_body(rg, t + sec(r.uniform(0.002, 0.03)), mt, size)

    def close(rg: int, t: datetime) -> None:
        h, db = IO_REGIONS[rg]
        sg = f"{db}-{rg}"
        rt = th(h, "rpc")
        p = path(rg)
        size = r.randint(12, 30) * 1_048_576 + r.randint(0, 999_999)
        mt, a, b = memtable(rg)
        t = L(h, t, rt, "INFO", IO_DR, 1772, "Async close tsfile: %s", f"Async close tsfile: {p}")
        t = L(
            h,
            t + sec(0.001),
            rt,
            "INFO",
            IO_TSP,
            1106,
            "%s: flush a working memtable in async close tsfile %s, memtable size: %s, tsfile size: %s, plan index: [%s, %s]",
            f"{sg}: flush a working memtable in async close tsfile {p}, memtable size: {size}, tsfile size: {files[rg]['size']}, plan index: [{a}, {b}]",
        )
        t = L(
            h,
            t + sec(0.001),
            rt,
            "INFO",
            IO_TSP,
            1146,
            "Memtable %s has been added to flushing list",
            f"Memtable {mt} has been added to flushing list",
        )
        t = flush_body(rg, t + sec(r.uniform(0.002, 0.03)), mt, size)
        ft = th(h, "flush")
        t = L(
            h,
            t + sec(0.002),
            ft,
            "INFO",
            IO_TSP,
            1531,
            "Start to end file %s",
            f"Start to end file {{file: {p}, status: CLOSING}}",
        )
        meta = r.randint(90, 700)
        t = L(
            h,
            t + sec(meta / 1000),
            ft,
            "INFO",
            IO_TSP,
            1534,
            "Ended file %s",
            f"Ended file {{file: {p}, status: CLOSING}}",
        )
        L(
            h,
            t + sec(0.001),
            ft,
            "INFO",
            IO_TSP,
            1551,
            "Database %s close the file %s, TsFile size is %s, time consumption of flushing metadata is %sms",
            f"Database {sg} close the file {p}, TsFile size is {files[rg]['size']}, time consumption of flushing metadata is {meta}ms",
        )
        closed[rg].append(p.rsplit("/", 1)[1])
        f = files[rg]
        f["ts"] = int(t.timestamp() * 1000) + r.randint(5, 60)
        f["ver"] += r.randint(1, 3)
        f["size"] = 0

    def compact(rg: int, t: datetime, seq: bool) -> None:
        h, db = IO_REGIONS[rg]
        ct = th(h, "comp")
        n = r.randint(4, 8) if seq else r.randint(2, 4)
        mb = r.randint(1800, 3400) if seq else r.randint(60, 220)
        word = "Sequence" if seq else "Unsequence"
        mem = round(r.uniform(96, 640), 5) if seq else round(r.uniform(12, 40), 5)
        t = L(
            h,
            t,
            ct,
            "INFO",
            IO_INNER,
            247,
            f"%s-%s [Compaction] {word} InnerSpaceCompaction task starts with %s files, total file size is %s MB, estimated memory cost is %s MB",
            f"{db}-{rg} [Compaction] {word} InnerSpaceCompaction task starts with {n} files, total file size is {mb} MB, estimated memory cost is {mem} MB",
        )
        cost = mb / r.uniform(45, 95)
        first = (
            closed[rg][-n]
            if len(closed[rg]) >= n
            else f"{files[rg]['ts'] - 3_600_000}-{files[rg]['ver'] - 9}-0-0.tsfile"
        )
        target = first.replace("-0-0.tsfile", "-1-0.tsfile")
        summary = IO_SUMMARY.format(
            a=r.randint(2000, 9000),
            b=r.randint(0, 40),
            c=r.randint(0, 60) if seq else r.randint(200, 900),
            d=r.randint(100, 600),
            e=r.randint(0, 12),
            f=r.randint(0, 30),
        )
        L(
            h,
            t + sec(cost),
            ct,
            "INFO",
            IO_INNER,
            292,
            f"%s-%s [Compaction] {word} InnerSpaceCompaction task finishes successfully, target file is %s,time cost is %s s, compaction speed is %s MB/s, %s",
            f"{db}-{rg} [Compaction] {word} InnerSpaceCompaction task finishes successfully, target file is {target},time cost is {cost:.2f} s, compaction speed is {mb / cost:.2f} MB/s, {summary}",
        )

    dn2_down = (at(9, 33, 12.4), at(9, 36, 41.2))
    dn1_full = (at(10, 41, 7.3), at(10, 53, 20))
    for rg, (h, _db) in IO_REGIONS.items():
        t = T0 + sec(r.uniform(0, 200))
        n = r.randint(0, 5)
        last_comp = T0 + sec(r.uniform(0, 1800))
        while t < T_END:
            if h == "dn2" and in_any(t, [dn2_down]):
                t = dn2_down[1] + sec(r.uniform(20, 90))
                continue
            if h == "dn1" and in_any(t, [dn1_full]):
                t = dn1_full[1] + sec(r.uniform(10, 60))
                continue
            n += 1
            if rg == 2 and at(9, 40) <= t < at(10, 5):
                files[rg]["unseq"] = True  # the gateway's replay lands in unsequence files
            elif files[rg]["unseq"] and t >= at(10, 5):
                files[rg]["unseq"] = False
            if n % 6 == 0:
                close(rg, t)
                if (t - last_comp).total_seconds() > 3600:
                    compact(rg, t + sec(r.uniform(20, 120)), True)
                    last_comp = t
            else:
                flush(rg, t)
            busy = 1.4 if at(8, 0) <= t < at(9, 0) else 1.0
            t += sec(r.uniform(190, 290) / busy)
    for t in [at(10, 12, 31.5), at(10, 44, 3.2)]:
        compact(2, t, False)

    # the ConfigNode leader restarted 07:15-07:18
    for h in IO_IP:
        for t in poisson(r, at(7, 15, 2), at(7, 18, 11), 9.0):
            L(
                h,
                t,
                th(h, "rpc"),
                "WARN",
                IO_CNC,
                309,
                "Failed to connect to ConfigNode %s from DataNode %s, because the current node is not leader or not ready yet, will try again later",
                f"Failed to connect to ConfigNode TEndPoint(ip:10.0.5.11, port:10710) from DataNode TEndPoint(ip:{IO_IP[h]}, port:10730), because the current node is not leader or not ready yet, will try again later",
            )

    # a Grafana panel's queries timing out
    for t in poisson(r, at(8, 0), at(9, 0), 70.0):
        h = r.choice(["dn1", "dn2"])
        start = int(t.timestamp() * 1000) - 60_000 - r.randint(0, 40)
        sql = r.choice(IO_TIMEOUT_SQL)
        L(
            h,
            t,
            th(h, "rpc"),
            "INFO",
            IO_EHU,
            94,
            "Status code: %s, Query Statement: %s failed because Current query is time out, query start time is %d, ddl is %d, current time is %d, please check your statement or modify timeout parameter.",
            f'Status code: 714, Query Statement: "{sql}". executeStatement failed because Current query is time out, query start time is {start}, ddl is {start + 60_000}, current time is {start + 60_000 + r.randint(1, 300)}, please check your statement or modify timeout parameter.',
        )

    # dn2 OOM-killed (no last words) and started again
    pools["dn2"] = {"rpc": 26, "flush": 14, "sub": 15, "comp": 9}
    t = L(
        "dn2",
        dn2_down[1] - sec(31.3),
        "main",
        "INFO",
        IO_DN,
        229,
        "IoTDB DataNode is setting up, some databases may not be ready now, please wait several seconds...",
        "IoTDB DataNode is setting up, some databases may not be ready now, please wait several seconds...",
    )
    L(
        "dn2",
        dn2_down[1] - sec(0.4),
        "main",
        "INFO",
        IO_DN,
        231,
        "Congratulations, IoTDB DataNode is set up successfully. Now, enjoy yourself!",
        "Congratulations, IoTDB DataNode is set up successfully. Now, enjoy yourself!",
    )

    # dn1's data disk full: both regions' flushes fail
    for rg in (1, 3):
        h, db = IO_REGIONS[rg]
        t = dn1_full[0] + sec(r.uniform(0, 40))
        ft = th(h, "flush")
        name = path(rg).rsplit("/", 1)[1]
        t = L(
            h,
            t,
            ft,
            "ERROR",
            IO_TSP,
            1377,
            "%s: %s meet error when flushing a memtable, change system mode to read-only",
            f"{db}-{rg}: {name} meet error when flushing a memtable, change system mode to read-only",
            IO_FLUSH_STACK,
        )
        L(
            h,
            t + sec(0.002),
            ft,
            "ERROR",
            IO_TSP,
            1385,
            "%s: %s IOTask meets error, truncate the corrupted data",
            f"{db}-{rg}: {name} IOTask meets error, truncate the corrupted data",
            IO_FLUSH_STACK,
        )
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ fuseki

FU_BASE = "http://kg.internal:3030"
FU_SKUS = [
    f"{a}{n:05d}"
    for a in ("AX", "BK", "CT", "DM")
    for n in (1187, 2043, 3310, 4419, 5528, 6671, 7706, 8812, 9934)
]
FU_CATS = ["power-tools", "garden", "plumbing", "lighting", "fasteners", "safety", "paint"]
FU_QUERIES = [
    "PREFIX schema: <https://schema.org/> SELECT ?name ?price WHERE { <https://kg.example.com/product/{sku}> schema:name ?name ; schema:offers/schema:price ?price }",
    "PREFIX schema: <https://schema.org/> PREFIX ex: <https://kg.example.com/ns#> SELECT ?p ?name WHERE { ?p a schema:Product ; ex:category <https://kg.example.com/category/{cat}> ; schema:name ?name } LIMIT 50",
    "ASK { <https://kg.example.com/product/{sku}> ?p ?o }",
    'PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT ?c ?label WHERE { ?c skos:broader <https://kg.example.com/category/{cat}> ; skos:prefLabel ?label FILTER(lang(?label) = "{lang}") }',
    "PREFIX schema: <https://schema.org/> CONSTRUCT { <https://kg.example.com/product/{sku}> ?p ?o } WHERE { <https://kg.example.com/product/{sku}> ?p ?o }",
]
FU_BROKEN = "PREFIX schema: <https://schema.org/> PREFIX ex: <https://kg.example.com/ns#> SELECT ?p ?name WHERE { ?p a schema:Product ; ex:category <https://kg.example.com/category/{cat}> ; schema:name ?name LIMIT 50"
FU_ANALYTICS = "PREFIX schema: <https://schema.org/> SELECT ?brand (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a schema:Product ; schema:brand ?brand ; schema:isRelatedTo+ ?q } GROUP BY ?brand ORDER BY DESC(?n)"
FU_EXPORT = "PREFIX schema: <https://schema.org/> CONSTRUCT { ?p ?x ?y } WHERE { ?p a schema:Product ; ?x ?y }"
FU_UPDATES = [
    'PREFIX schema: <https://schema.org/> DELETE { <https://kg.example.com/product/{sku}> schema:offers/schema:price ?old } INSERT { <https://kg.example.com/product/{sku}> schema:offers/schema:price "{price}" } WHERE { OPTIONAL { <https://kg.example.com/product/{sku}> schema:offers/schema:price ?old } }',
    "PREFIX ex: <https://kg.example.com/ns#> INSERT DATA { <https://kg.example.com/product/{sku}> ex:stockLevel {n} }",
]
FU_EXPECTING = [
    '"values" ...',
    '"graph" ...',
    '"optional" ...',
    '"minus" ...',
    '"bind" ...',
    '"service" ...',
    '"filter" ...',
    '"{" ...',
    '"}" ...',
    '";" ...',
    '"," ...',
    '"." ...',
]
FU_OOM = [
    "java.lang.OutOfMemoryError: Java heap space",
    "\tat java.base/java.util.Arrays.copyOf(Arrays.java:3537)",
    "\tat java.base/java.util.ArrayList.grow(ArrayList.java:237)",
    "\tat java.base/java.util.ArrayList.add(ArrayList.java:454)",
    "\tat org.apache.jena.sparql.engine.iterator.QueryIterSort.<init>(QueryIterSort.java:56)",
    "\tat org.apache.jena.sparql.engine.main.OpExecutor.execute(OpExecutor.java:437)",
    "\tat org.apache.jena.sparql.engine.main.ExecutionDispatch.visit(ExecutionDispatch.java:335)",
    "\tat org.apache.jena.sparql.algebra.op.OpOrder.visit(OpOrder.java:45)",
    "\tat org.apache.jena.sparql.engine.QueryEngineBase.evaluate(QueryEngineBase.java:199)",
    "\tat org.apache.jena.sparql.exec.QueryExecDataset.execConstructQuads(QueryExecDataset.java:214)",
    "\tat org.apache.jena.fuseki.servlets.SPARQLQueryProcessor.executeQuery(SPARQLQueryProcessor.java:353)",
    "\tat org.apache.jena.fuseki.servlets.SPARQLQueryProcessor.execute(SPARQLQueryProcessor.java:282)",
    "\tat org.apache.jena.fuseki.servlets.SPARQLQueryProcessor.executeWithParameter(SPARQLQueryProcessor.java:230)",
    "\tat org.apache.jena.fuseki.servlets.ActionService.execute(ActionService.java:49)",
    "\tat org.apache.jena.fuseki.servlets.ActionExecLib.execActionSub(ActionExecLib.java:128)",
    "\tat org.apache.jena.fuseki.servlets.ActionExecLib.execAction(ActionExecLib.java:102)",
    "\tat org.apache.jena.fuseki.server.Dispatcher.dispatchAction(Dispatcher.java:164)",
    "\tat org.apache.jena.fuseki.server.Dispatcher.process(Dispatcher.java:156)",
    "\tat org.apache.jena.fuseki.server.Dispatcher.dispatch(Dispatcher.java:83)",
    "\tat org.apache.jena.fuseki.servlets.FusekiFilter.doFilter(FusekiFilter.java:48)",
]


def fmt_millis(ms: int) -> str:
    """Fuseki's `fmtMillis`: `%,d ms` under a second, `%,.3f s` above."""
    return f"{ms:,d} ms" if ms < 1000 else f"{ms / 1000:,.3f} s"


def fuseki(r: random.Random) -> list[Log]:
    """Two Fuseki replicas behind a load balancer, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    ids = {"kg1": r.randint(48_000, 52_000), "kg2": r.randint(47_000, 51_000)}
    tasks = {"kg1": 6, "kg2": 6}

    def L(
        h: str,
        t: datetime,
        logger: str,
        lvl: str,
        label: str,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        return fs.add(
            f"{h}-fuseki.log",
            t,
            label,
            lambda x: [f"[{x:%Y-%m-%d %H:%M:%S}] {logger:<10} {lvl:<5} {msg}", *(more or [])],
            h,
            SEC,
        )

    def fill(q: str) -> str:
        return (
            q.replace("{sku}", r.choice(FU_SKUS))
            .replace("{cat}", r.choice(FU_CATS))
            .replace("{lang}", r.choice(["en", "de", "fr"]))
        )

    def request(h: str, t: datetime, method: str, url: str) -> tuple[int, datetime]:
        ids[h] += 1
        n = ids[h]
        return n, L(h, t, "Fuseki", "INFO", "[%d] %s %s", f"[{n}] {method} {url}")

    def response(h: str, t: datetime, n: int, code: int, text: str, ms: int) -> datetime:
        return L(
            h,
            t + sec(ms / 1000),
            "Fuseki",
            "INFO",
            "[%d] %d %s (%s)",
            f"[{n}] {code} {text} ({fmt_millis(ms)})",
        )

    def query(h: str, t: datetime, q: str, post: bool = False) -> tuple[int, datetime]:
        if post:
            n, t = request(h, t, "POST", f"{FU_BASE}/kg/query")
        else:
            n, t = request(h, t, "GET", f"{FU_BASE}/kg/sparql?query={urllib.parse.quote_plus(q)}")
        return n, L(h, t + sec(0.001), "Fuseki", "INFO", "[%d] Query = %s", f"[{n}] Query = {q}")

    def startup(h: str, t: datetime) -> None:
        lines = [
            ("Server", "Apache Jena Fuseki %s", "Apache Jena Fuseki 5.0.0"),
            ("Config", "FUSEKI_HOME=%s", "FUSEKI_HOME=/jena-fuseki"),
            ("Config", "FUSEKI_BASE=%s", "FUSEKI_BASE=/fuseki"),
            ("Config", "Shiro file: %s", "Shiro file: file:///fuseki/shiro.ini"),
            ("Config", "Configuration file: %s", "Configuration file: /fuseki/config.ttl"),
            ("Server", "Path = %s", "Path = /kg"),
            ("Server", "  Memory: %s", "  Memory: 6.0 GiB"),
            ("Server", "  Java:   %s", "  Java:   17.0.11"),
            ("Server", "  OS:     %s", "  OS:     Linux 5.15.0-107-generic amd64"),
            ("Server", "  PID:    %s", "  PID:    1"),
        ]
        for logger, label, msg in lines:
            t = L(h, t + sec(r.uniform(0.01, 0.4)), logger, "INFO", label, msg)
        t += sec(r.uniform(0.5, 1.5))
        L(
            h,
            t,
            "Server",
            "INFO",
            "Started %s on port %d",
            f"Started {t:%Y/%m/%d %H:%M:%S} UTC on port 3030",
        )

    kg1_dead = (at(9, 12, 40), at(9, 14, 41))
    jobs: list[tuple[datetime, str, object]] = []  # request ids are handed out in time order

    def app_query(h: str, t: datetime) -> None:
        if at(10, 5, 12) <= t < at(10, 14, 40) and r.random() < 0.55:
            # the bad deploy's query: a missing closing brace
            q = fill(FU_BROKEN)
            n, tt = query(h, t, q)
            col = q.index("LIMIT") + 1
            detail = ["Was expecting one of:", *(f"    {e}" for e in FU_EXPECTING)]
            head = f'Parse error: Encountered " "limit" "LIMIT "" at line 1, column {col}.'
            tt = L(
                h,
                tt + sec(0.002),
                "Fuseki",
                "WARN",
                "[%d] Parse error: Encountered %s at line %d, column %d.",
                f"[{n}] {head}",
                detail,
            )
            ms = r.randint(1, 4)
            L(
                h,
                tt + sec(ms / 1000),
                "Fuseki",
                "INFO",
                "[%d] %d Parse error: Encountered %s at line %d, column %d.",
                f"[{n}] 400 {head}",
                [*detail[:-1], f"{detail[-1]} ({fmt_millis(ms)})"],
            )
            return
        q = fill(r.choice(FU_QUERIES))
        n, tt = query(h, t, q, post=r.random() < 0.2)
        response(
            h, tt, n, 200, "OK", r.choice([r.randint(2, 40), r.randint(2, 40), r.randint(30, 400)])
        )

    def update(h: str, t: datetime) -> None:
        n, tt = request(h, t, "POST", f"{FU_BASE}/kg/update")
        response(h, tt, n, 204, "No Content", r.randint(4, 90))

    def upload(h: str, t: datetime) -> None:
        g = f"urn:x-kg:feed:2024-06-07T{t.hour:02d}"
        n, t = request(h, t, "POST", f"{FU_BASE}/kg/data?graph={g}")
        size = r.randint(3_000_000, 9_000_000)
        ms = r.randint(2_000, 9_000)
        if t.hour == 9:  # the 09:00 feed has an undefined prefix
            line, col = r.randint(11_000, 15_000), 1
            t = L(
                h,
                t + sec(ms / 2000),
                "Fuseki",
                "INFO",
                "[%d] Attempt to load: Content-Length=%d, Content-Type=%s, Charset=%s => [line: %d, col: %d] Undefined prefix: %s",
                f"[{n}] Attempt to load: Content-Length={size}, Content-Type=text/turtle, Charset=utf-8 => [line: {line}, col: {col} ] Undefined prefix: gr",
            )
            L(
                h,
                t + sec(0.004),
                "Fuseki",
                "INFO",
                "[%d] %d [line: %d, col: %d] Undefined prefix: %s (%s)",
                f"[{n}] 400 [line: {line}, col: {col} ] Undefined prefix: gr ({fmt_millis(ms // 2 + 4)})",
            )
            return
        triples = size // r.randint(95, 130)
        t = L(
            h,
            t + sec(ms / 1000),
            "Fuseki",
            "INFO",
            "[%d] Body: Content-Length=%d, Content-Type=%s, Charset=%s => %s : Count=%d Triples=%d Quads=%d",
            f"[{n}] Body: Content-Length={size}, Content-Type=text/turtle, Charset=utf-8 => Turtle : Count={triples} Triples={triples} Quads=0",
        )
        response(h, t, n, 200, "OK", r.randint(5, 60))

    def analytics(h: str, t: datetime) -> None:
        n, tt = query(h, t, FU_ANALYTICS, post=True)
        L(
            h,
            tt + sec(30 + r.uniform(0.002, 0.04)),
            "Fuseki",
            "INFO",
            "[%d] %d Query timed out (%s)",
            f"[{n}] 503 Query timed out ({fmt_millis(30_000 + r.randint(2, 40))})",
        )

    def export(h: str, t: datetime) -> None:
        n, tt = query(h, t, FU_EXPORT)
        ms = r.randint(12_000, 25_000)
        tt = L(
            h,
            tt + sec(ms / 1000),
            "Fuseki",
            "WARN",
            "[%d] Runtime IO Exception (client left?) RC = %d : %s",
            f"[{n}] Runtime IO Exception (client left?) RC = 500 : org.eclipse.jetty.io.EofException",
        )
        L(
            h,
            tt + sec(0.001),
            "Fuseki",
            "INFO",
            "[%d] %d org.eclipse.jetty.io.EofException (%s)",
            f"[{n}] 500 org.eclipse.jetty.io.EofException ({fmt_millis(ms + 1)})",
        )

    def typo(h: str, t: datetime) -> None:
        n, tt = request(h, t, "GET", f"{FU_BASE}/kg/sprql?query=ASK%7B%7D")
        L(
            h,
            tt + sec(0.001),
            "Fuseki",
            "INFO",
            "[%d] No Fuseki dispatch %s",
            f"[{n}] No Fuseki dispatch /kg/sprql",
        )

    def oom(h: str, t: datetime) -> None:
        n, t = query(h, t, FU_EXPORT)
        ms = r.randint(9_000, 14_000)
        t = L(
            h,
            t + sec(ms / 1000),
            "Fuseki",
            "WARN",
            "[%d] RC = %d : %s",
            f"[{n}] RC = 500 : Java heap space",
            FU_OOM,
        )
        L(
            h,
            t + sec(0.3),
            "Fuseki",
            "INFO",
            "[%d] %d Java heap space (%s)",
            f"[{n}] 500 Java heap space ({fmt_millis(ms + 300)})",
        )

    def restart(h: str, t: datetime) -> None:
        ids[h] = 0
        tasks[h] = 0
        startup(h, t)

    for h, mean in [("kg1", 68.0), ("kg2", 72.0)]:
        jobs += [(t, h, app_query) for t in poisson(r, T0, T_END, mean)]
        jobs += [(t, h, update) for t in poisson(r, T0, T_END, 290.0)]
        jobs += [(at(hour, 7, r.uniform(1, 40)), h, upload) for hour in range(6, 12)]
    for t in poisson(r, at(8, 20), at(8, 50), 95.0):  # an analytics notebook's query times out
        jobs.append((t, r.choice(["kg1", "kg2"]), analytics))
    for t in poisson(r, T0, T_END, 1800.0):  # a crawler gives up on full exports
        jobs.append((t, r.choice(["kg1", "kg2"]), export))
    # a monitoring script with a typo'd service name, until someone notices
    jobs += [(t, "kg2", typo) for t in every(r, at(6, 0, 30), at(7, 35), 300, 2)]
    # kg1 runs out of heap on CONSTRUCT exports and is restarted by its health check
    jobs += [
        (kg1_dead[0], "kg1", oom),
        (kg1_dead[0] + sec(41.3), "kg1", oom),
        (kg1_dead[1], "kg1", restart),
    ]
    for t, h, fn in sorted(jobs, key=lambda j: j[0]):
        if (
            h == "kg1"
            and fn not in (oom, restart)
            and in_any(t, [(kg1_dead[0] - sec(0.5), kg1_dead[1] + sec(20))])
        ):
            continue
        fn(h, t)  # type: ignore[operator]

    # the nightly compaction (late this morning) and a backup before the noon release
    for h, when, what in [
        ("kg1", at(6, 30, 2), "Compact"),
        ("kg2", at(6, 31, 5), "Compact"),
        ("kg1", at(11, 0, 3), "Backup"),
        ("kg2", at(11, 0, 4), "Backup"),
    ]:
        tasks[h] += 1
        t = L(
            h,
            when,
            "Admin",
            "INFO",
            f"[Task %d] starts : {what}",
            f"[Task {tasks[h]}] starts : {what}",
        )
        L(
            h,
            t + sec(r.uniform(40, 160)),
            "Admin",
            "INFO",
            f"[Task %d] finishes : {what}",
            f"[Task {tasks[h]}] finishes : {what}",
        )
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- ravendb

RV_HEADER = "Time, Thread, Level, Source, Logger, Message, Exception"
RV_STARTUP = "Raven.Server.RavenServerStartup"
RV_INDEX = "Raven.Server.Documents.Indexes.Index"
RV_BACKUP = "Raven.Server.Documents.PeriodicBackup.PeriodicBackupRunner"
RV_STORE = "Raven.Server.ServerWide.ServerStore"
RV_INDEXES = {
    "a": ["Orders/ByCompany", "Orders/Totals", "Products/Search"],
    "b": ["Orders/ByCompany", "Orders/Totals", "Products/Search"],
}
RV_S3_EXC = [
    "System.InvalidOperationException: Failed to upload backup file 'Shop.ravendb-incremental-backup' to Amazon S3 bucket 'shop-ravendb-backups'",
    " ---> System.Net.Http.HttpRequestException: Name or service not known (shop-ravendb-backups.s3.eu-central-1.amazonaws.com:443)",
    " ---> System.Net.Sockets.SocketException (0xFFFDFFFF): Name or service not known",
    "   at System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.ThrowException(SocketError error, CancellationToken cancellationToken)",
    "   at System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.System.Threading.Tasks.Sources.IValueTaskSource.GetResult(Int16 token)",
    "   at System.Net.Http.HttpConnectionPool.ConnectToTcpHostAsync(String host, Int32 port, HttpRequestMessage initialRequest, Boolean async, CancellationToken cancellationToken)",
    "   --- End of inner exception stack trace ---",
    "   at System.Net.Http.HttpConnectionPool.ConnectToTcpHostAsync(String host, Int32 port, HttpRequestMessage initialRequest, Boolean async, CancellationToken cancellationToken)",
    "   at System.Net.Http.HttpConnectionPool.ConnectAsync(HttpRequestMessage request, Boolean async, CancellationToken cancellationToken)",
    "   at System.Net.Http.HttpClient.<SendAsync>g__Core|83_0(HttpRequestMessage request, HttpCompletionOption completionOption, CancellationTokenSource cts, Boolean disposeCts, CancellationTokenSource pendingRequestsCts, CancellationToken originalCancellationToken)",
    "   at Raven.Server.Documents.PeriodicBackup.Aws.RavenAwsS3Client.PutObjectAsync(String key, Stream stream, Dictionary`2 metadata)",
    "   --- End of inner exception stack trace ---",
    "   at Raven.Server.Documents.PeriodicBackup.BackupUploader.ExecuteUpload()",
    "   at Raven.Server.Documents.PeriodicBackup.BackupTask.UploadToServer(String backupPath, String folderName, String fileName)",
    "   at Raven.Server.Documents.PeriodicBackup.BackupTask.RunPeriodicBackup(Action`1 onProgress, PeriodicBackupStatus& runningBackupStatus)",
    "   at Raven.Server.Documents.PeriodicBackup.PeriodicBackupRunner.RunBackupThread(PeriodicBackup periodicBackup, BackupTask backupTask, String threadName, TaskCompletionSource`1 tcs, Action`1 onProgress)",
]
RV_TX_EXC = [
    "System.TimeoutException: Waited for 00:00:05 for transaction write lock, but could not get it",
    "   at Voron.StorageEnvironment.WriteTransaction(TransactionPersistentContext transactionPersistentContext, ByteStringContext context, Nullable`1 timeout)",
    "   at Raven.Server.ServerWide.Context.TransactionOperationContext.CreateWriteTransaction(TimeSpan timeout)",
    "   at Raven.Server.Documents.Indexes.Index.DoIndexingWork(IndexingStatsScope stats, CancellationToken cancellationToken)",
    "   at Raven.Server.Documents.Indexes.Index.ExecuteIndexing()",
]
RV_URL_EXC = [
    "Raven.Client.Exceptions.Cluster.NoLeaderException: Failed to send UpdateServerPublishedUrlsCommand to the leader, because there is no leader, and we timed out waiting for one after 00:00:15",
    "   at Raven.Server.ServerWide.ServerStore.SendToLeaderAsyncInternal(TransactionOperationContext context, CommandBase cmd)",
    "   at Raven.Server.ServerWide.ServerStore.SendToLeaderAsync(CommandBase cmd)",
    "   at Raven.Server.ServerWide.ServerStore.PublishServerUrlAsync()",
]


def raven_ms(ms: int) -> str:
    """`{ms:#,#;;0}`: thousands separators, zero as 0."""
    return f"{ms:,d}"


def ravendb(r: random.Random) -> list[Log]:
    """A two-node RavenDB cluster's log files, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    bfile = {"b": "b-2024-06-07.000.log"}

    def L(
        node: str,
        t: datetime,
        thread: int,
        lvl: str,
        source: str,
        logger: str,
        label: str,
        msg: str,
        exc: list[str] | None = None,
    ) -> datetime:
        f = bfile["b"] if node == "b" else "a-2024-06-07.000.log"
        tail = f", EXCEPTION: {exc[0]}" if exc else ""
        seven = r.randint(0, 9)
        return fs.add(
            f,
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond:06d}{seven}Z, {thread}, {lvl}, {source}, {logger}, {msg}{tail}",
                *(exc[1:] if exc else []),
            ],
            (f, thread),
            US,
        )

    def header(node: str, t: datetime) -> None:
        f = bfile["b"] if node == "b" else "a-2024-06-07.000.log"
        fs.add(f, t, RV_HEADER, lambda x: [RV_HEADER], (f, "header"), US)

    def req(node: str, t: datetime, method: str, path: str, qs: str, code: int, ms: int) -> None:
        L(
            node,
            t,
            r.randint(20, 140),
            "Information",
            "Server",
            RV_STARTUP,
            "%s %s?%s - %d - %s ms",
            f"{method} {path}?{qs} - {code} - {raven_ms(ms)} ms",
        )

    def app_request(node: str, t: datetime, writes: bool) -> None:
        x = r.random()
        if x < 0.5:
            doc = (
                f"orders%2F{r.randint(1, 48_000)}-A"
                if r.random() < 0.7
                else f"products%2F{r.randint(1, 2_400)}-A"
            )
            req(
                node,
                t,
                "GET",
                "/databases/Shop/docs",
                f"?&id={doc}",
                404 if r.random() < 0.03 else 200,
                r.randint(0, 4),
            )
        elif x < 0.78 or not writes:
            req(
                node,
                t,
                "POST",
                "/databases/Shop/queries",
                f"?queryHash={r.randint(10**8, 10**10)}",
                200,
                r.choice([r.randint(0, 12), r.randint(3, 60)]),
            )
        else:
            req(node, t, "POST", "/databases/Shop/bulk_docs", "", 201, r.randint(2, 30))

    b_down = (at(10, 40, 11.3), at(10, 41, 52.0))
    header("a", T0 - sec(0.5))
    header("b", T0 - sec(0.5))
    for node, mean, writes in [("a", 24.0, True), ("b", 80.0, False)]:
        for t in poisson(r, T0, T_END, mean):
            if node == "b" and in_any(t, [b_down]):
                continue
            app_request(node, t, writes)
        for t in every(r, T0 + sec(r.uniform(0, 120)), T_END, 120, 0.3):
            if node == "b" and in_any(t, [b_down]):
                continue
            req(node, t, "GET", "/setup/alive", "", 204, 0)
        for t in every(r, T0 + sec(r.uniform(0, 300)), T_END, 300, 0.5):
            if node == "b" and in_any(t, [b_down]):
                continue
            req(node, t, "GET", "/databases/Shop/stats", "", 200, r.randint(0, 2))
        # indexing batches follow the writes (replicated to b)
        for name in RV_INDEXES[node]:
            thread = r.randint(40, 90)
            for t in poisson(r, T0, T_END, 640.0 if node == "a" else 700.0):
                if node == "b" and in_any(t, [b_down]):
                    continue
                t = L(
                    node,
                    t,
                    thread,
                    "Information",
                    "Shop",
                    RV_INDEX,
                    "Starting indexing for '%s'.",
                    f"Starting indexing for '{name}'.",
                )
                L(
                    node,
                    t + sec(r.uniform(0.02, 1.8)),
                    thread,
                    "Information",
                    "Shop",
                    RV_INDEX,
                    "Finished indexing for '%s'.'",
                    f"Finished indexing for '{name}'.'",
                )

    # the nightly bulk import runs late: indexing misses its write transaction
    req(
        "a",
        at(8, 40, 17.2),
        "POST",
        "/databases/Shop/bulk_insert",
        f"?id={r.randint(10**6, 10**7)}&skipOverwriteIfUnchanged=false",
        200,
        903_214,
    )
    for t in poisson(r, at(8, 26), at(8, 40), 200.0):
        t = L(
            "a",
            t,
            57,
            "Operations",
            "Shop",
            RV_INDEX,
            "Failed to open write transaction, indexing will be retried",
            "Failed to open write transaction, indexing will be retried",
            RV_TX_EXC,
        )
        if r.random() < 0.5:
            L(
                "a",
                t + sec(0.0004),
                57,
                "Information",
                "Shop",
                RV_INDEX,
                "Could not update stats for '%s'.",
                "Could not update stats for 'Orders/ByCompany'.",
                RV_TX_EXC,
            )

    # hourly incremental backups of Shop to local disk and S3, from node a
    def backup(t: datetime, full: bool = False, fail: bool = False) -> datetime:
        th = r.randint(140, 220)
        t = L(
            "a",
            t,
            th,
            "Operations",
            "Shop",
            RV_BACKUP,
            "Starting backup task '%s'",
            "Starting backup task 'Hourly S3'",
        )
        local = r.randint(600, 1400) * (30 if full else 1)
        if fail:
            t = L(
                "a",
                t + sec(local / 1000 + 10.4),
                th,
                "Operations",
                "Shop",
                RV_BACKUP,
                "Failed to run the backup thread: '%s'",
                "Failed to run the backup thread: 'Hourly S3'",
                RV_S3_EXC,
            )
            return L(
                "a",
                t + sec(0.01),
                th,
                "Operations",
                "Shop",
                RV_BACKUP,
                "Finished an incremental backup task '%s' backup to local took: %sms",
                f"Finished an incremental backup task 'Hourly S3' backup to local took: {local}ms",
            )
        s3 = r.randint(2000, 6000) * (30 if full else 1)
        took = (local + s3) / 1000 + r.uniform(0.2, 0.9)
        word = "a full" if full else "an incremental"
        span = f"{timedelta(seconds=took)}"
        span = span if "." not in span else span.ljust(span.index(".") + 8, "0")
        return L(
            "a",
            t + sec(took),
            th,
            "Operations",
            "Shop",
            RV_BACKUP,
            f"Finished {word} backup task '%s', took: %s backup to local took: %sms, backup to Amazon S3 took: %sms",
            f"Finished {word} backup task 'Hourly S3', took: {span.zfill(16)} backup to local took: {local}ms, backup to Amazon S3 took: {s3}ms",
        )

    for hour in range(6, 11):
        backup(at(hour, 0, r.uniform(0.01, 0.2)), fail=hour == 10)
    t = backup(at(10, 20, 41.7), full=True)
    L(
        "a",
        at(10, 21, 30.2),
        r.randint(20, 140),
        "Operations",
        "Shop",
        RV_BACKUP,
        "Could not start backup task '%s' because there is already a running backup '%s'",
        f"Could not start backup task '3' because there is already a running backup '{r.randint(200, 400)}'",
    )
    # 11:00: the Analytics archive holds the only concurrent-backup slot
    th = r.randint(140, 220)
    L(
        "a",
        at(10, 55, 0.08),
        th,
        "Operations",
        "Analytics",
        RV_BACKUP,
        "Starting backup task '%s'",
        "Starting backup task 'Weekly archive'",
    )
    L(
        "a",
        at(11, 19, 12.5),
        th,
        "Operations",
        "Analytics",
        RV_BACKUP,
        "Finished a full backup task '%s', took: %s backup to local took: %sms, backup to Amazon S3 took: %sms",
        "Finished a full backup task 'Weekly archive', took: 00:24:12.4170233 backup to local took: 402118ms, backup to Amazon S3 took: 1049862ms",
    )
    for k in range(19):
        L(
            "a",
            at(11, k, 0.1 + r.uniform(0, 0.05)),
            r.randint(20, 140),
            "Operations",
            "Shop",
            RV_BACKUP,
            "Backup task will be retried in %d seconds, Reason: Failed to start Backup Task: '%s'. The task exceeds the maximum number of concurrent backup tasks configured. Current maximum number of concurrent backups is: %s",
            "Backup task will be retried in 60 seconds, Reason: Failed to start Backup Task: 'Hourly S3'. The task exceeds the maximum number of concurrent backup tasks configured. Current maximum number of concurrent backups is: 1",
        )
    backup(at(11, 19, 0.2))

    # node b patched and restarted: a new log file
    bfile["b"] = "b-2024-06-07.001.log"
    header("b", b_down[1] - sec(14.213307))
    L(
        "b",
        b_down[1] - sec(14.137219),
        1,
        "Information",
        "Server",
        RV_STORE,
        "Starting to open server store for %s",
        "Starting to open server store for /var/lib/ravendb/data",
    )
    for k in range(2):
        L(
            "b",
            b_down[1] - sec(9.5 - k * 1.0 + r.uniform(0, 0.05)),
            r.randint(8, 16),
            "Operations",
            "Server",
            RV_STORE,
            "Failed to update my private url to %s",
            "Failed to update my private url to https://b.raven.internal:443",
            RV_URL_EXC,
        )
    return fs.logs(T0)


# ------------------------------------------------------------------------------ eventstoredb

ES_NODES = {"es1": "10.0.1.11", "es2": "10.0.1.12", "es3": "10.0.1.13"}
ES_OPTIONS = [
    "MODIFIED OPTIONS:",
    "",
    "     CLUSTER SIZE:                             3 (Environment Variable)",
    "     DISCOVER VIA DNS:                         false (Environment Variable)",
    "     GOSSIP SEED:                              10.0.1.12:2113,10.0.1.13:2113 (Environment Variable)",
    "     INT IP:                                   10.0.1.11 (Environment Variable)",
    "     EXT IP:                                   10.0.1.11 (Environment Variable)",
    "     CERTIFICATE FILE:                         /etc/eventstore/certs/node.crt (Environment Variable)",
    "     CERTIFICATE PRIVATE KEY FILE:             /etc/eventstore/certs/node.key (Environment Variable)",
    "     TRUSTED ROOT CERTIFICATES PATH:           /etc/eventstore/certs/ca (Environment Variable)",
    "     RUN PROJECTIONS:                          System (Environment Variable)",
    "     ENABLE ATOM PUB OVER HTTP:                true (Environment Variable)",
    "",
    "DEFAULT OPTIONS:",
    "",
    "     CONFIG:                                   /etc/eventstore/eventstore.conf (<DEFAULT>)",
    "     DB:                                       /var/lib/eventstore (<DEFAULT>)",
    "     LOG:                                      /var/log/eventstore (<DEFAULT>)",
    "     CHUNKS CACHE SIZE:                        536871424 (<DEFAULT>)",
    "     ELECTION TIMEOUT MS:                      1000 (<DEFAULT>)",
    "     GOSSIP INTERVAL MS:                       2000 (<DEFAULT>)",
]


def es_q(v: object) -> str:
    """Serilog's rendering of a string property in a plain output template: quoted."""
    return f'"{v}"'


def eventstoredb(r: random.Random) -> list[Log]:
    """A three-node EventStoreDB cluster's console output, 06:00 to 12:00 (see the module
    docstring)."""
    fs = Files()
    ids = {n: "{" + uuid4(r) + "}" for n in ES_NODES}
    chk = {"es1": 48_211_900_416, "es2": 48_211_900_416, "es3": 48_211_900_416}

    def L(
        n: str, t: datetime, tid: int, lvl: str, label: str, msg: str, more: list[str] | None = None
    ) -> datetime:
        return fs.add(
            f"{n}.log",
            t,
            label,
            lambda x: [
                f"[{1:5d},{tid:2d},{x:%H:%M:%S}.{x.microsecond // 1000:03d},{lvl}] {msg}",
                *(more or []),
            ],
            (n, tid),
            MS,
        )

    def http(n: str) -> str:
        return es_q(f"{ES_NODES[n]}:2113")

    def member(n: str, role: str, alive: bool, t: datetime) -> str:
        c = chk[n]
        ip = ES_NODES[n]
        state = "LIVE" if alive else "DEAD"
        return f"Priority: 0 VND {ids[n]} <{state}> [{role}, {ip}:1112, n/a, {ip}:1113, n/a, {ip}:2113, (ADVERTISED: HTTP::0, TCP::0)] {c}/{c + 4096}/{c + 4096}/E{epoch[0]}@{c - 2_000_000}:{epoch[1]} | {t:%Y-%m-%d %H:%M:%S}.{t.microsecond // 1000:03d}"

    epoch = [41, "{" + uuid4(r) + "}"]

    def cluster_changed(
        n: str,
        t: datetime,
        source: str,
        old: list[tuple[str, str, bool]],
        new: list[tuple[str, str, bool]],
    ) -> datetime:
        lines = [
            "Old:",
            *(member(m, role, a, t - sec(2)) for m, role, a in old),
            "New:",
            *(member(m, role, a, t) for m, role, a in new),
        ]
        return L(
            n, t, 10, "INF", "CLUSTER HAS CHANGED %s", f"CLUSTER HAS CHANGED {es_q(source)}", lines
        )

    def chunk_complete(n: str, t: datetime, k: int) -> None:
        L(n, t, 19, "INF", "Completing data chunk %s-%s...", f"Completing data chunk {k}-{k}...")

    # writes fill a 256 MB chunk every couple of minutes on every node
    chunk_no = 180
    for t in poisson(r, T0, T_END, 165.0):
        chunk_no += 1
        for n in ES_NODES:
            if n == "es1" and in_any(t, [(at(7, 50, 12), at(8, 6, 30))]):
                continue
            chunk_complete(n, t + sec(r.uniform(0.001, 0.4)), chunk_no)
        for n in chk:
            chk[n] += 268_435_456

    def election_round(n: str, t: datetime, view: int, timed_out: bool) -> datetime:
        if timed_out:
            t = L(
                n,
                t,
                13,
                "INF",
                "ELECTIONS: (V=%s) TIMED OUT! (S=%s, M=%s).",
                f"ELECTIONS: (V={view - 1}) TIMED OUT! (S=ElectingLeader, M=null).",
            )
        t = L(
            n,
            t + sec(0.0005),
            13,
            "INF",
            "ELECTIONS: (V=%s) SHIFT TO LEADER ELECTION.",
            f"ELECTIONS: (V={view}) SHIFT TO LEADER ELECTION.",
        )
        return L(
            n,
            t + sec(0.0004),
            13,
            "INF",
            "ELECTIONS: (V=%s) VIEWCHANGE FROM [%s, %s].",
            f"ELECTIONS: (V={view}) VIEWCHANGE FROM [{http(n)}, {ids[n]}].",
        )

    def elect(t: datetime, voters: list[str], leader: str, view: int) -> datetime:
        """A successful election among `voters` (the candidate `leader` proposes)."""
        for n in voters:
            election_round(n, t + sec(r.uniform(0, 0.2)), view, timed_out=False)
        t += sec(0.25)
        for n in voters:
            for m in voters:
                if m != n:
                    L(
                        n,
                        t + sec(r.uniform(0, 0.01)),
                        13,
                        "INF",
                        "ELECTIONS: (V=%s) VIEWCHANGE FROM [%s, %s].",
                        f"ELECTIONS: (V={view}) VIEWCHANGE FROM [{http(m)}, {ids[m]}].",
                    )
            L(
                n,
                t + sec(0.02),
                13,
                "INF",
                "ELECTIONS: (V=%s) MAJORITY OF VIEWCHANGE.",
                f"ELECTIONS: (V={view}) MAJORITY OF VIEWCHANGE.",
            )
        t += sec(0.05)
        L(
            leader,
            t,
            13,
            "INF",
            "ELECTIONS: (V=%s) SHIFT TO PREPARE PHASE.",
            f"ELECTIONS: (V={view}) SHIFT TO PREPARE PHASE.",
        )
        for m in voters:
            L(
                leader,
                t + sec(0.01 + r.uniform(0, 0.01)),
                13,
                "INF",
                "ELECTIONS: (V=%s) PREPARE_OK FROM %s.",
                f"ELECTIONS: (V={view}) PREPARE_OK FROM {es_q(f'[{ES_NODES[m]}:2113,{ids[m]}](L={chk[m]},W={chk[m] + 4096},C={chk[m] + 4096},E{epoch[0]}@{chk[m] - 2_000_000}:{epoch[1]},Priority=0)')}.",
            )
        t += sec(0.05)
        L(
            leader,
            t,
            13,
            "INF",
            "ELECTIONS: (V=%s) SHIFT TO REG_LEADER.",
            f"ELECTIONS: (V={view}) SHIFT TO REG_LEADER.",
        )
        L(
            leader,
            t + sec(0.001),
            13,
            "INF",
            "ELECTIONS: (V=%s) SENDING PROPOSAL CANDIDATE: %s, ME: %s.",
            f"ELECTIONS: (V={view}) SENDING PROPOSAL CANDIDATE: {es_q(f'[{ES_NODES[leader]}:2113,{ids[leader]}]')}, ME: {es_q(f'[{ES_NODES[leader]}:2113,{ids[leader]}]')}.",
        )
        t += sec(0.03)
        for n in voters:
            for m in voters:
                L(
                    n,
                    t + sec(r.uniform(0, 0.01)),
                    13,
                    "INF",
                    "ELECTIONS: (V=%s) ACCEPT FROM [%s,%s] M=[%s,%s]).",
                    f"ELECTIONS: (V={view}) ACCEPT FROM [{http(m)},{ids[m]}] M=[{http(leader)},{ids[leader]}]).",
                )
            L(
                n,
                t + sec(0.02),
                13,
                "INF",
                "ELECTIONS: (V=%s) DONE. ELECTED LEADER = %s. ME=%s.",
                f"ELECTIONS: (V={view}) DONE. ELECTED LEADER = {es_q(f'[{ES_NODES[leader]}:2113,{ids[leader]}]')}. ME={es_q(f'[{ES_NODES[n]}:2113,{ids[n]}]')}.",
            )
        return t + sec(0.05)

    def follow(n: str, t: datetime, leader: str) -> None:
        t = L(
            n,
            t,
            13,
            "INF",
            "========== [%s] IS CATCHING UP!!! BANZAI!!! LEADER IS [%s,%s]",
            f"========== [{http(n)}] IS CATCHING UP!!! BANZAI!!! LEADER IS [{http(leader)},{ids[leader]}]",
        )
        L(
            n,
            t + sec(r.uniform(0.3, 2.5)),
            13,
            "INF",
            "========== [%s] IS FOLLOWER!!! SPARTA!!! LEADER IS [%s,%s]",
            f"========== [{http(n)}] IS FOLLOWER!!! SPARTA!!! LEADER IS [{http(leader)},{ids[leader]}]",
        )

    def lead(n: str, t: datetime) -> None:
        t = L(
            n,
            t,
            13,
            "INF",
            "========== [%s] PRE-LEADER STATE, WAITING FOR CHASER TO CATCH UP...",
            f"========== [{http(n)}] PRE-LEADER STATE, WAITING FOR CHASER TO CATCH UP...",
        )
        L(
            n,
            t + sec(r.uniform(0.05, 0.4)),
            13,
            "INF",
            "========== [%s] IS LEADER... SPARTA!",
            f"========== [{http(n)}] IS LEADER... SPARTA!",
        )

    view = 12
    # es1 (the leader) lost with its VM host at 07:50
    t = at(7, 50, 12.441)
    for n in ("es2", "es3"):
        L(
            n,
            t + sec(r.uniform(0, 0.05)),
            10,
            "INF",
            "Looks like node [%s] is DEAD (TCP connection lost). Issuing a gossip to confirm.",
            f"Looks like node [{http('es1')}] is DEAD (TCP connection lost). Issuing a gossip to confirm.",
        )
    t += sec(2.1)
    for n in ("es2", "es3"):
        L(
            n,
            t + sec(r.uniform(0, 0.05)),
            10,
            "INF",
            "Looks like node [%s] is DEAD (Gossip send failed).",
            f"Looks like node [{http('es1')}] is DEAD (Gossip send failed).",
        )
        cluster_changed(
            n,
            t + sec(0.06),
            f"gossip send failed to [{ES_NODES['es1']}:2113]",
            [("es1", "Leader", True), ("es2", "Follower", True), ("es3", "Follower", True)],
            [("es1", "Leader", False), ("es2", "Follower", True), ("es3", "Follower", True)],
        )
    view += 1
    t = elect(t + sec(1.1), ["es2", "es3"], "es2", view)
    epoch[0] += 1
    epoch[1] = "{" + uuid4(r) + "}"
    lead("es2", t)
    follow("es3", t + sec(0.02), "es2")

    # es1 back at 08:06: start-up, then it joins as a follower
    t = at(8, 6, 30.118)
    t = L(
        "es1",
        t,
        1,
        "INF",
        '"ES VERSION:" %s (%s/%s, %s)',
        f"{es_q('ES VERSION:'):<25} {es_q('22.10.3.0')} ({es_q('tags/oss-v22.10.3')}/{es_q('8ac8f3b17')}, {es_q('Mon, 15 May 2023 11:07:59 +0100')})",
    )
    t = L(
        "es1",
        t + sec(0.01),
        1,
        "INF",
        '"OS ARCHITECTURE:" %s',
        f"{es_q('OS ARCHITECTURE:'):<25} X64",
    )
    t = L(
        "es1",
        t + sec(0.02),
        1,
        "INF",
        '"OS:" %s (%s)',
        f"{es_q('OS:'):<25} Linux ({es_q('Unix 5.15.0.107')})",
    )
    t = L(
        "es1",
        t + sec(0.001),
        1,
        "INF",
        '"RUNTIME:" %s (%s)',
        f"{es_q('RUNTIME:'):<25} {es_q('.NET 6.0.25/c4f1bd9b1')} (64-bit)",
    )
    t = L(
        "es1",
        t + sec(0.001),
        1,
        "INF",
        '"GC:" %s %s %s',
        f"{es_q('GC:'):<25} {es_q('3 GENERATIONS')} {es_q('IsServerGC: False')} {es_q('Latency Mode: Interactive')}",
    )
    t = L(
        "es1",
        t + sec(0.001),
        1,
        "INF",
        '"LOGS:" %s',
        f"{es_q('LOGS:'):<25} {es_q('/var/log/eventstore')}",
    )
    t = L("es1", t + sec(0.05), 1, "INF", "MODIFIED OPTIONS:", ES_OPTIONS[0], ES_OPTIONS[1:])
    t = L("es1", t + sec(0.3), 1, "INF", "Quorum size set to %s.", "Quorum size set to 2.")
    t += sec(4.2)
    for n in ("es2", "es3"):
        cluster_changed(
            n,
            t + sec(r.uniform(0, 0.1)),
            f"gossip received from [{ES_NODES['es1']}:2113]",
            [("es1", "Leader", False), ("es2", "Leader", True), ("es3", "Follower", True)],
            [("es1", "Unknown", True), ("es2", "Leader", True), ("es3", "Follower", True)],
        )
    follow("es1", t + sec(1.3), "es2")

    # es3 cut off by a switch firmware upgrade, twice: an election storm of one
    for a, b in [(at(9, 10, 3.2), at(9, 18, 1.0)), (at(11, 30, 40.5), at(11, 34, 52.0))]:
        t = a
        L(
            "es3",
            t,
            10,
            "INF",
            "Looks like node [%s] is DEAD (TCP connection lost). Issuing a gossip to confirm.",
            f"Looks like node [{http('es2')}] is DEAD (TCP connection lost). Issuing a gossip to confirm.",
        )
        L(
            "es2",
            t + sec(0.03),
            10,
            "INF",
            "Looks like node [%s] is DEAD (TCP connection lost). Issuing a gossip to confirm.",
            f"Looks like node [{http('es3')}] is DEAD (TCP connection lost). Issuing a gossip to confirm.",
        )
        t += sec(2.05)
        L(
            "es3",
            t,
            10,
            "INF",
            "Looks like node [%s] is DEAD (Gossip send failed).",
            f"Looks like node [{http('es2')}] is DEAD (Gossip send failed).",
        )
        for n in ("es1", "es2"):
            L(
                n,
                t + sec(r.uniform(0.01, 0.2)),
                10,
                "INF",
                "Looks like node [%s] is DEAD (Gossip send failed).",
                f"Looks like node [{http('es3')}] is DEAD (Gossip send failed).",
            )
            cluster_changed(
                n,
                t + sec(0.25),
                f"gossip send failed to [{ES_NODES['es3']}:2113]",
                [("es1", "Follower", True), ("es2", "Leader", True), ("es3", "Follower", True)],
                [("es1", "Follower", True), ("es2", "Leader", True), ("es3", "Follower", False)],
            )
        t += sec(0.4)
        first = True
        while t < b:
            view += 1
            election_round("es3", t, view, timed_out=not first)
            first = False
            t += sec(1.0 + r.uniform(0.15, 0.55))
        # the link is back: es3 hears the leader and follows
        for n in ("es1", "es2"):
            cluster_changed(
                n,
                t + sec(r.uniform(0.5, 1.0)),
                f"gossip received from [{ES_NODES['es3']}:2113]",
                [("es1", "Follower", True), ("es2", "Leader", True), ("es3", "Follower", False)],
                [("es1", "Follower", True), ("es2", "Leader", True), ("es3", "Unknown", True)],
            )
        follow("es3", t + sec(1.4), "es2")

    # a scavenge on the leader at 10:00
    t = at(10, 0, 2.71)
    t = L(
        "es2",
        t,
        27,
        "INF",
        "SCAVENGING: started scavenging of DB. Chunks count at start: %s. Options: alwaysKeepScavenged = %s, mergeChunks = %s",
        "SCAVENGING: started scavenging of DB. Chunks count at start: 224. Options: alwaysKeepScavenged = False, mergeChunks = False",
    )
    saved = 0
    for k in range(24, 72, 2):
        t += sec(r.uniform(4, 14))
        old = r.randint(255_000_000, 268_435_456)
        new = r.randint(40_000_000, old)
        saved += old - new
        tmp = f"/var/lib/eventstore/{uuid4(r)}.scavenge.tmp"
        lines = [
            f'"/var/lib/eventstore/chunk-{k:06d}.000000"',
            f"completed in {timedelta(seconds=r.uniform(3, 12))}.",
            f"New chunk: {es_q(tmp)} --> #{k}-{k} ({es_q(f'chunk-{k:06d}.000001')}).",
            f"Old chunk total size: {old}, scavenged chunk size: {new}.",
        ]
        t = L("es2", t, 27, "INF", "Scavenging of chunks:", "Scavenging of chunks:", lines)
    L(
        "es2",
        t + sec(0.4),
        27,
        "INF",
        "SCAVENGING: total time taken: %s, total space saved: %s.",
        f"SCAVENGING: total time taken: {t - at(10, 0, 2.71)}, total space saved: {saved}.",
    )
    return fs.logs(T0)


SYSTEMS = {
    "tdengine": tdengine,
    "iotdb": iotdb,
    "fuseki": fuseki,
    "ravendb": ravendb,
    "eventstoredb": eventstoredb,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
