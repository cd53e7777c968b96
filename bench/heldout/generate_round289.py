#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 289 (oceanbase, ydb, cassandra-reaper,
couchbase-sync-gateway, scylla-manager) into bench/heldout/, the same way and under the same
label rules as generate.py (bench/README.md, "heldout.py"): each program's log is simulated from
its format strings over a seeded run, and every line that starts an event is labelled with the
format string that wrote it as it is written. Distinct calls of one process never share a
timestamp at the log's resolution (round 53's Clock, kept per process and per file). Five
programs of distributed databases and their companions, 06:00 to 12:00 UTC on 2024-06-07.

- OceanBase CE 4.2.1 (`obs1-observer.log.wf`, `obs2-observer.log.wf`, `obs3-observer.log.wf`: the
  warning files of a three-zone cluster's observers, which hold the WDIAG, EDIAG, WARN and ERROR
  records of observer.log, `[2024-06-07 06:00:04.118042] WDIAG [SERVER] process
  (obmp_query.cpp:432) [31207][T1002_L0_G0][T1002][YB420A0A010B-00061A9C3F2D4E10-0-0]
  [lt=14][errcode=-5024] fail execute sql(sql_id=..., sql=insert into ..., sessid=3221487619,
  ret=-5024, ret="OB_ERR_PRIMARY_KEY_DUPLICATE", need_disconnect=false)`). The shop's tenant
  `mall` (1002) fails statements all day: each failure writes the retry controller's `[RETRY]
  check if need retry(v=..., need_retry=false)` and obmp_query's `fail execute sql(...)` (duplicate
  keys, lock wait timeouts, statement timeouts, a release querying `coupon_v2` before its
  migration 07:40-07:55, and `fail execute sql(conn_valid=false, ...)` when a report client gave
  up first); a batch import on obs2 07:58-08:20 runs the tenant out of memory (`oops, alloc
  failed, tenant_id=%ld, ...`, statements failing with -4013); obs3 is killed by the kernel's
  OOM killer at 08:41 and its first restart fails on its RPC port (pnio's `PNIO listen fd init
  fail: fd=%d`, `pn_listen failed(ret=%s)`, `observer start fail(ret=%s)`, each EDIAG with its
  BACKTRACE and issue_dba_error's `Unexpected internal error happen, please checkout the internal
  errcode(errcode=..., file=..., line_no=..., info="...")`), while obs1's heartbeat service (the
  rootservice is there) writes `There exists a server not responding to the hb service(...)`
  every round until obs3 is back at 08:44; obs2's tenant log disk fills at 09:30 (palf's DBA
  error `Log out of disk space(msg="log disk space is almost full", ...)` every second, the
  tenant freezer's `wait ls freeze finished cost too much time(retry_times=%s)` and at last
  `[TenantFreezer] fail to freeze logstream(...)`) until the unit's log disk is grown at 09:37.
- YDB 24.1 (`ydb-a1.log`, `ydb-a2.log`, `ydb-b1.log`, `ydb-b2.log`: `journalctl -u ydbd-storage
  -o cat | grep ' :INTERCONNECT '` of four of six static nodes in two racks, the interconnect
  raised to INFO while a flapping switch is investigated, `2024-06-07T07:31:12.044816Z node 1
  :INTERCONNECT NOTICE: Proxy [1:7380574930265713009:2] [node 4] ICP25 outgoing handshake failed,
  temporary: 1 explanation: ... incoming: [0:0:0] held: no`). The proxy's prefix (`Proxy %s
  [node %u] `) is context; the marker (`ICP25`) is written by the call, so in the label. Node 2
  restarted with a new config at 06:20 (each peer's `ICP01 ready to work`, `ICP20 outgoing
  handshake succeeded` or `ICP08 No active sessions, becoming PendingConnection` and `ICP19
  incoming handshake succeeded`, `ICP22 created new session: %s`; on its peers `ICP30 unregister
  session Session# %s VirtualId# %s` and `ICP25 ...` with a refused connection every retry); rack
  B's top-of-rack switch flapping 07:30-08:15 (resume handshakes timing out, `ICP24 incoming
  handshake failed ...`, `ICP27 obsolete handshake fail ignored`, `ICP00 Handshake# %s is
  obsolete, ...`, `ICP15 Handshake# %s has duplicate serial# ...`, `ICP18 handshake (actor %s) is
  too old`, sessions dropped and created again); the operator opening the peers' monitoring pages
  at 07:52 (`ICP31 proxy http called`); node 5 rebooted for a kernel update 09:05-09:08 (refused
  handshakes on its peers, then on node 5 `ICP12 (actor %s) peer tries to resume nonexistent
  session Self# %s Peer# %s` and `ICP13 (actor %s) virtual id mismatch with existing session
  (...)`).
- Cassandra Reaper (`reaper-east.log`, `reaper-west.log`: two Reaper instances with a Cassandra
  backend and `datacenterAvailability: EACH`, logback's `%-6level [%d] [%t] %logger{5} - %msg %n`,
  `INFO   [2024-06-07 06:00:12,408] [prod-cass:5d1b7a40-2483-11ef-...:5d1d9c20-...]
  i.c.s.SegmentRunner - It is ok to repair segment '...' on repair run with id '...' `, the
  segment runner's thread named `cluster:run:segment`, a space before every line's end): the
  weekly full repair of `prod-cass` in both data centres, each segment's `Trying to get metrics
  from remote DCs for {} in {} of {}`, `It is ok to repair segment '{}' on repair run with id
  '{}'`, `Repair for segment {} started, status wait will timeout in {} millis` and `Repair command
  {} on segment {} returned with state {}`; 10.1.2.13's compaction backlog 07:10-07:25 (`...
  because of too many pending compactions (> {}) on host "{}"`, `Cannot run segment {} for repair
  {} at the moment. Will try again later`); a manual `nodetool repair` on 10.1.2.12 08:00-08:20
  (`... because one of the hosts ({}) was already involved in a repair`, now and then `A host ({})
  reported that it is involved in a repair, ...`); 10.1.3.21 down 09:00-09:25 (`SegmentRunner
  couldn't get token ranges from coordinator: `, `Failed grabbing metrics from at least one node.
  Cannot repair segment :'(` and `Failed to connect to a coordinator node for segment {}` with their
  stack traces, `Not ok to repair segment ...`, `Postponing segment {}`, `Open files amount for
  process: ` and the count); failed repair sessions (`repair session failed for segment with id
  '{}' and repair number '{}'`, `... never managed to start within timeout.`, `Aborting repair on
  segment with id {} on coordinator {}`), a segment cancelled while running, a segment with
  nothing to repair.
- Couchbase Sync Gateway 3.1.3 (`sgw-01-sg_info.log`, `sgw-02-sg_info.log`: the info log files
  of two Sync Gateways in front of a retail catalogue, partial redaction, `2024-06-07T06:00:03.512Z
  [INF] HTTP: db:catalog c:#41207 GET /catalog/_blipsync?client=cbl2 (as <ud>pos-0412</ud>)`).
  The log key (`HTTP:`, `HTTP+:`, `Cache:`, `Changes:`, `SyncMsg:`, `CRUD:`) and the context
  (`db:`, `c:#serial` or `c:[blip id]`) are context; the format strings are
  logRequestLine's `%s %s%s%s`, logDuration's `%s:     --> %d %s  (%.1f ms)` (an
  error's status text written into the label, as its own), the 101's
  `%s:     --> %d [%s] Upgraded to BLIP+WebSocket protocol%s  (%.1f ms)`, `%s:    -->
  BLIP+WebSocket connection closed`, `%s:     --> BLIP+WebSocket connection error: %v` with
  websocket's abnormal closure, SyncMsg's `#%d: Type:%s Client:%s User:%s`, the channel cache's
  `GetChangesInChannel(%q) --> %d rows`, `  Initialized cache of %q with %d entries from query
  (#%d--#%d)` and `    Got %d rows from query for %q: #%d ... #%d`, `MultiChangesFeed done %s`:
  point-of-sale clients replicating over BLIP (connections dropping now and then), the pricing
  service writing documents (409 conflicts), an export service long-polling `_changes`, clients
  with expired sessions (`401 Login required`); a sync function deployed at 08:00 that throws on
  documents without an owner until it is reverted at 08:18 (`Sync fn exception: %+v; doc = %s`
  with the JavaScript TypeError, `500 Exception in JS sync function`); sgw-02 restarted at 10:30
  (`==== %s ====`, `Logging: Console level: %v`, `Logging: Console keys: %v`, `Logging: Redaction
  level: %s`, `Starting metrics server on %s`, `Starting admin server on %s`, `Starting server on
  %s ...`, its channel caches cold again).
- Scylla Manager 3.2.8 (`sm-prod.log`, `sm-staging.log`: `journalctl -u scylla-manager -o
  short-precise` of the managers of two ScyllaDB clusters, go-log's JSON records, `Jun 07
  06:00:00.812344 sm-prod scylla-manager[1187]: {"L":"INFO","T":"2024-06-07T06:00:00.812Z",
  "N":"scheduler.7d3f2a1c","M":"Run started","task":"repair/...","retry":0,"_trace_id":"..."}`; the
  label is `M`): the scheduler's `Run started`, `Run ended`, `Run ended with ERROR`, `PutTask`,
  `Loading tasks from database`, `All tasks scheduled`; repair's `Properties`, `Repair order` (one
  per table), `No cluster credentials, couldn't ensure repairing base table before its views` on
  staging, the control's `Setting repair parallel`, `Setting repair intensity`, `Setting repair
  maxJobsPerHost`, each worker's `Repair done` per job and `Done`, `Active repair check failed`,
  `Failed to kill repairs`, `Start graceful stop period`, `Cannot update the run`; prod's node
  10.0.2.13 down 08:10-08:52 (the run failing, its retries), the intensity raised by an operator at
  07:05, the manager's backend timing out at 09:40, staging's manager upgraded at 09:30.

Label notes. The heads are context: OceanBase's time, level, `[MODULE] function (file:line)`,
thread id and name, tenant, trace id, `[lt=%d]`, `[errcode=%d]` and the BACKTRACE the logger
appends to an EDIAG record; the journal's time, host and ident; YDB's time, `node %u`, component
and level, and the interconnect proxy's `Proxy [...] [node %u] `; logback's level, time, thread
and logger; Sync Gateway's time, level, log key and `db:`/`c:` context; go-log's `L`, `T`, `N`
and fields. OceanBase's `K(x)` keys are written by the call (`(ret=%s, ret=%s, ...)`, `KR`
writing the number and the name), so they are in the labels, values not; issue_dba_error's
`info="..."` is the message of the statement that raised it, so each is its own label. The
explanation of a YDB handshake failure and the JavaScript exception in Sync Gateway's sync
function warning are errors with texts of their own, so their texts are in the labels. Java's
`{}` stays as the source writes it; a value appended by `+` is `%s`.

Checked against copies of the sources (nearby versions): OceanBase's obmp_query.cpp `fail execute
sql` (both forms), ob_query_retry_ctrl.cpp's `[RETRY] check if need retry`, ob_heartbeat_service.cpp,
ob_tenant_freezer.cpp, the allocator's `oops, alloc failed, ...`, palf_env_impl.cpp's LOG_DBA_ERROR
(and a real `Log out of disk space(...)` record quoted in obdiag), real pnio / pn_listen /
issue_dba_error records quoted in an OceanBase issue; YDB's interconnect_tcp_proxy.cpp (ICP00,
ICP01, ICP08, ICP12, ICP13, ICP15, ICP18, ICP19, ICP20, ICP22, ICP24, ICP25, ICP27, ICP30, ICP31);
Reaper's SegmentRunner.java; Sync Gateway's handler.go (logRequestLine, logDuration), blip_sync.go
(the 101 line, closed, connection error) and the Cache/Changes lines of a 3.1 pull request's log;
Scylla Manager's scheduler service.go, repair service.go and worker.go.

Least sure (written from the helper's knowledge): OceanBase's `K` rendering of structs (`v={...}`,
`hb_response={...}`), quoting of `sql_id`, the levels (WDIAG vs WARN) of the DBA lines, `observer
start fail(ret=%s)`; YDB's `node %u` in the head, the `Proxy %s [node %u] ` prefix and the
handshake explanations' texts (`outgoing handshake Peer# %s(%s) Socket error# Connection refused
state# %s processed# %u remain# %u`, `... Handshake timed out, State# %s`); Reaper's thread names
outside segment runners, the stack traces; Sync Gateway's context order and field names, `(as
ADMIN)`, the SyncMsg fields, the start-up lines, `Sync fn exception: %+v; doc = %s` and the 500's
reason; Scylla Manager's JSON field names besides `M`, the values of `target`, `task` and the error
texts.
"""

from __future__ import annotations

import json
import random
import sys
import uuid
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round97 import Files, sec
from generate_round147 import T0, at

US = 1
MS = 1000
SEC = 1_000_000


def jitter_times(
    r: random.Random, t0: datetime, t1: datetime, mean_gap: float, min_gap: float = 0.0
) -> list[datetime]:
    """Instants from t0 to t1 with exponential gaps of `mean_gap` seconds (at least `min_gap`)."""
    out, t = [], t0
    while True:
        t += sec(min_gap + r.expovariate(1 / mean_gap))
        if t >= t1:
            return out
        out.append(t)


def in_span(t: datetime, a: datetime, b: datetime) -> bool:
    return a <= t < b


# -------------------------------------------------------------------------------- oceanbase

OB_NODES = {
    "obs1": ("10.10.1.11", 2882),
    "obs2": ("10.10.1.12", 2882),
    "obs3": ("10.10.1.13", 2882),
}
OB_ERRS = {
    -5024: "OB_ERR_PRIMARY_KEY_DUPLICATE",
    -6003: "OB_ERR_EXCLUSIVE_LOCK_CONFLICT",
    -4012: "OB_TIMEOUT",
    -5019: "OB_TABLE_NOT_EXIST",
    -4013: "OB_ALLOCATE_MEMORY_FAILED",
    -4002: "OB_INVALID_ARGUMENT",
    -4004: "OB_SERVER_LISTEN_ERROR",
    -4264: "OB_LOG_OUTOF_DISK_SPACE",
    0: "OB_SUCCESS",
}


def ob_kr(name: str, code: int) -> str:
    return f'{name}={code}, {name}="{OB_ERRS[code]}"'


def ob_trace(r: random.Random, ip: str) -> str:
    a, b, c, d = (int(x) for x in ip.split("."))
    return (
        f"Y{(a << 24 | b << 16 | c << 8 | d):X}{2882:04X}-{r.randrange(1 << 48, 1 << 52):016X}-0-0"
    )


def ob_bt(r: random.Random) -> str:
    return " BACKTRACE:" + " ".join(
        f"0x{r.randrange(0x3000000, 0xE000000):x}" for _ in range(r.randint(8, 12))
    )


def oceanbase(r: random.Random) -> list[Log]:
    """Three observers' warning files, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    pids = {"obs1": 31244, "obs2": 30987, "obs3": 31502}

    def L(
        node: str,
        t: datetime,
        label: str,
        level: str,
        mod: str,
        func: str,
        src: str,
        thread: tuple[int, str, int],
        msg: str,
        errcode: int | None,
        trace: str | None = None,
        bt: bool = False,
    ) -> datetime:
        tid, tname, tenant = thread
        tr = trace or "Y0-0000000000000000-0-0"
        lt = r.choice([2, 3, 4, 5, 6, 8, 9, 11, 12, 14, 17, 21, 28, 35])
        ec = f"[errcode={errcode}]" if errcode is not None else ""
        tail = ob_bt(r) if bt else ""
        modp = f"[{mod}] " if mod else ""

        def text(x: datetime) -> list[str]:
            return [
                f"[{x:%Y-%m-%d %H:%M:%S}.{x.microsecond:06d}] {level:<5} {modp}{func} ({src}) [{tid}][{tname}][T{tenant}][{tr}] [lt={lt}]{ec} {msg}{tail}"
            ]

        return fs.add(f"{node}-observer.log.wf", t, label, text, (node, pids[node]), US)

    # --- the application's failing statements, every node
    skus = list(range(10001, 10480))
    tables_time = (at(7, 40), at(7, 55))
    batch = (at(7, 58), at(8, 20))
    obs3_down = (at(8, 41, 2.3), at(8, 44, 6.1))
    disk_full = (at(9, 30, 4.0), at(9, 37, 12.0))

    def sqlid() -> str:
        return hexid(r, 32).upper()

    def failing_sql(node: str, t: datetime) -> None:
        ip = OB_NODES[node][0]
        tid = r.randrange(31000, 32400)
        thread = (tid, "T1002_L0_G0", 1002)
        tr = ob_trace(r, ip)
        sess = 3221487617 + r.randrange(0, 9000)
        if in_span(t, *tables_time) and r.random() < 0.6:
            code = -5019
            sql = f"select id, code, discount, expire_at from coupon_v2 where code = '{hexid(r, 8).upper()}' and status = 1"
        elif node == "obs2" and in_span(t, *batch) and r.random() < 0.5:
            code = -4013
            sql = f"insert into order_snapshot select * from orders where created_at >= '2024-06-0{r.randint(1, 6)} 00:00:00' and created_at < '2024-06-0{r.randint(1, 6)} 23:59:59'"
        else:
            code = r.choice([-5024, -5024, -5024, -5024, -6003, -6003, -4012])
            if code == -5024:
                sql = f"insert into cart_item (user_id, sku_id, qty, created_at) values ({r.randrange(100000, 999999)}, {r.choice(skus)}, {r.randint(1, 4)}, now())"
            elif code == -6003:
                sql = f"update inventory set stock = stock - {r.randint(1, 3)}, version = version + 1 where sku_id = {r.choice(skus[:40])} and stock > 0"
            else:
                sql = f"select o.user_id, count(*), sum(o.amount) from orders o join order_item i on i.order_id = o.id where o.created_at > date_sub(now(), interval {r.choice([7, 30, 90])} day) group by o.user_id"
        v = f'{{force_local_retry:false, stmt_retry_times:0, local_retry_times:0, err_:{code}, err_:"{OB_ERRS[code]}", retry_type:0, client_ret:{code}}}'
        t = L(
            node,
            t,
            "[RETRY] check if need retry(v=%s, need_retry=%s)",
            "WDIAG",
            "SERVER",
            "after_func",
            "ob_query_retry_ctrl.cpp:1152",
            thread,
            f"[RETRY] check if need retry(v={v}, need_retry=false)",
            code,
            tr,
        )
        if code == -4012 and r.random() < 0.35:
            L(
                node,
                t + sec(r.uniform(0.00002, 0.0003)),
                "fail execute sql(conn_valid=%s, ret=%s, ret=%s)",
                "WDIAG",
                "SERVER",
                "process",
                "obmp_query.cpp:447",
                thread,
                f"fail execute sql(conn_valid=false, {ob_kr('ret', code)})",
                code,
                tr,
            )
            return
        if code in (-5024, -6003) and node != "obs3" and r.random() < 0.3:
            # the order service's server-side prepared statements (obmp_stmt_execute.cpp)
            L(
                node,
                t + sec(r.uniform(0.00002, 0.0003)),
                "fail execute sql(sql_id=%s, stmt_id=%s, ret=%s)",
                "WDIAG",
                "SERVER",
                "process",
                "obmp_stmt_execute.cpp:1843",
                thread,
                f"fail execute sql(sql_id={sqlid()}, stmt_id={r.randint(1, 40)}, ret={code})",
                code,
                tr,
            )
            return
        L(
            node,
            t + sec(r.uniform(0.00002, 0.0003)),
            "fail execute sql(sql_id=%s, sql=%s, sessid=%s, ret=%s, ret=%s, need_disconnect=%s)",
            "WDIAG",
            "SERVER",
            "process",
            "obmp_query.cpp:432",
            thread,
            f"fail execute sql(sql_id={sqlid()}, sql={sql}, sessid={sess}, {ob_kr('ret', code)}, need_disconnect=false)",
            code,
            tr,
        )

    for node, gap in (("obs1", 125.0), ("obs2", 115.0), ("obs3", 140.0)):
        for t in jitter_times(r, T0, at(12, 0), gap):
            if node == "obs3" and in_span(t, obs3_down[0], obs3_down[1] + sec(20)):
                continue
            failing_sql(node, t)
        for t in jitter_times(r, *tables_time, 21.0):
            failing_sql(node, t)

    # --- obs2's batch import runs tenant 1002 out of memory
    limit = 16106127360
    for t in jitter_times(r, batch[0] + sec(240), batch[1] - sec(200), 14.0):
        tid = r.randrange(31000, 32400)
        hold = limit - r.randrange(0, 2 << 20)
        for k in range(r.randint(1, 3)):
            L(
                "obs2",
                t + sec(k * r.uniform(0.0001, 0.002)),
                "oops, alloc failed, tenant_id=%ld, ctx_id=%ld, ctx_name=%s, ctx_hold=%ld, ctx_limit=%ld, tenant_hold=%ld, tenant_limit=%ld",
                "WDIAG",
                "LIB",
                "alloc_block",
                "ob_tenant_ctx_allocator.cpp:485",
                (tid + k, "T1002_L0_G0", 1002),
                f"oops, alloc failed, tenant_id=1002, ctx_id=0, ctx_name=DEFAULT_CTX_ID, ctx_hold={hold - r.randrange(2 << 30, 3 << 30)}, ctx_limit=9223372036854775807, tenant_hold={hold}, tenant_limit={limit}",
                -4013,
            )
        for _ in range(r.randint(0, 2)):
            failing_sql("obs2", t + sec(r.uniform(0.01, 2.0)))

    # --- obs3 killed, its first restart fails, obs1's heartbeat service sees it missing
    t = obs3_down[0] + sec(r.uniform(2.0, 3.0))
    while t < obs3_down[1]:
        resp = '{zone:"", server:"0.0.0.0:0", server_id:0, sql_port:0, build_version:"", start_service_time:0, server_health_status:{data_disk_status:"unknown"}, refresh_schema_info:{schema_info:{schema_version:-1, tenant_id:0, sequence_id:18446744073709551615}}}'
        L(
            "obs1",
            t,
            "There exists a server not responding to the hb service(ret=%s, ret=%s, tmp_ret=%s, tmp_ret=%s, hb_response=%s, dest_addr=%s)",
            "WDIAG",
            "RS",
            "set_hb_responses_",
            "ob_heartbeat_service.cpp:272",
            (28711, "T1_HBService", 1),
            f'There exists a server not responding to the hb service({ob_kr("ret", 0)}, {ob_kr("tmp_ret", -4002)}, hb_response={resp}, dest_addr="10.10.1.13:2882")',
            -4002,
            ob_trace(r, "10.10.1.11"),
        )
        t += sec(r.uniform(2.0, 2.6))

    def start_fail(t: datetime) -> None:
        th = (r.randrange(5000, 6000), "", 0)
        t = L(
            "obs3",
            t,
            "PNIO listen fd init fail: fd=%d",
            "EDIAG",
            "",
            "listenfd_init",
            "listenfd.c:67",
            th,
            "PNIO listen fd init fail: fd=-1",
            -4015,
            bt=True,
        )
        t = L(
            "obs3",
            t + sec(0.00003),
            'Unexpected internal error happen, please checkout the internal errcode(errcode=%s, file=%s, line_no=%s, info="pn_listen failed")',
            "ERROR",
            "",
            "issue_dba_error",
            "ob_log.cpp:1875",
            th,
            'Unexpected internal error happen, please checkout the internal errcode(errcode=-4004, file="ob_poc_rpc_server.cpp", line_no=156, info="pn_listen failed")',
            -4388,
        )
        t = L(
            "obs3",
            t + sec(0.000006),
            "pn_listen failed(ret=%s)",
            "EDIAG",
            "RPC",
            "start",
            "ob_poc_rpc_server.cpp:156",
            th,
            "pn_listen failed(ret=-4004)",
            -4004,
            bt=True,
        )
        t = L(
            "obs3",
            t + sec(0.00005),
            'Unexpected internal error happen, please checkout the internal errcode(errcode=%s, file=%s, line_no=%s, info="observer start fail")',
            "ERROR",
            "",
            "issue_dba_error",
            "ob_log.cpp:1875",
            th,
            'Unexpected internal error happen, please checkout the internal errcode(errcode=-4004, file="main.cpp", line_no=588, info="observer start fail")',
            -4388,
        )
        L(
            "obs3",
            t + sec(0.000007),
            "observer start fail(ret=%s)",
            "EDIAG",
            "SERVER",
            "main",
            "main.cpp:588",
            th,
            "observer start fail(ret=-4004)",
            -4004,
            bt=True,
        )

    pids["obs3"] = 5118
    start_fail(obs3_down[0] + sec(31.7183))
    pids["obs3"] = 5402
    start_fail(obs3_down[0] + sec(95.2461))
    pids["obs3"] = 5690

    # --- obs2's tenant log disk full
    t = disk_full[0]
    total = 40960
    used = 38912
    while t < disk_full[1]:
        used = min(total - 1, used + r.choice([0, 0, 1, 2]))
        L(
            "obs2",
            t,
            'Log out of disk space(msg="log disk space is almost full", ret=%s, total_size(MB)=%s, used_size(MB)=%s, used_percent(%)=%s, warn_size(MB)=%s, warn_percent(%)=%s, limit_size(MB)=%s, limit_percent(%)=%s, maximum_used_size(MB)=%s, maximum_log_stream=%s, oldest_log_stream=%s, oldest_scn=%s)',
            "ERROR",
            "",
            "try_recycle_blocks",
            "palf_env_impl.cpp:688",
            (29304, "T1002_PalfGC", 1002),
            f'Log out of disk space(msg="log disk space is almost full", ret=-4264, total_size(MB)={total}, used_size(MB)={used}, used_percent(%)={used * 100 // (total + 1)}, warn_size(MB)={total * 80 // 100}, warn_percent(%)=80, limit_size(MB)={total * 95 // 100}, limit_percent(%)=95, maximum_used_size(MB)={used - 512}, maximum_log_stream=1001, oldest_log_stream=1001, oldest_scn={{val:1717741803{r.randrange(10**8, 10**9)}}})',
            -4264,
        )
        t += sec(r.uniform(1.0, 1.02))
    t = disk_full[0] + sec(12.5)
    retries = 0
    while t < disk_full[1] - sec(30):
        retries += 10
        L(
            "obs2",
            t,
            "wait ls freeze finished cost too much time(retry_times=%s)",
            "WDIAG",
            "STORAGE",
            "ls_freeze_data_",
            "ob_tenant_freezer.cpp:298",
            (29377, "T1002_FrzTrigger", 1002),
            f"wait ls freeze finished cost too much time(retry_times={retries})",
            -4023,
        )
        t += sec(r.uniform(10.0, 10.05))
        if retries % 120 == 0:
            t = L(
                "obs2",
                t,
                "[TenantFreezer] fail to freeze logstream(ret=%s, ret=%s, ls->get_ls_id()=%s)",
                "EDIAG",
                "STORAGE",
                "tenant_freeze_data_",
                "ob_tenant_freezer.cpp:372",
                (29377, "T1002_FrzTrigger", 1002),
                '[TenantFreezer] fail to freeze logstream(ret=-4012, ret="OB_TIMEOUT", ls->get_ls_id()={id:1001})',
                -4012,
                bt=True,
            )
            L(
                "obs2",
                t - sec(0.00002),
                'Unexpected internal error happen, please checkout the internal errcode(errcode=%s, file=%s, line_no=%s, info="[TenantFreezer] fail to freeze logstream")',
                "ERROR",
                "",
                "issue_dba_error",
                "ob_log.cpp:1875",
                (29377, "T1002_FrzTrigger", 1002),
                'Unexpected internal error happen, please checkout the internal errcode(errcode=-4012, file="ob_tenant_freezer.cpp", line_no=372, info="[TenantFreezer] fail to freeze logstream")',
                -4388,
            )
            retries = 0
            t += sec(r.uniform(2.0, 4.0))
    return fs.logs(T0)


# -------------------------------------------------------------------------------------- ydb

YDB_NODES = {
    1: ("ydb-a1.dc1.corp", "10.30.1.1"),
    2: ("ydb-a2.dc1.corp", "10.30.1.2"),
    3: ("ydb-a3.dc1.corp", "10.30.1.3"),
    4: ("ydb-b1.dc1.corp", "10.30.2.1"),
    5: ("ydb-b2.dc1.corp", "10.30.2.2"),
    6: ("ydb-b3.dc1.corp", "10.30.2.3"),
}
YDB_FILES = {1: "ydb-a1.log", 2: "ydb-a2.log", 4: "ydb-b1.log", 5: "ydb-b2.log"}
YDB_RACK = {1: "a", 2: "a", 3: "a", 4: "b", 5: "b", 6: "b"}


def ydb(r: random.Random) -> list[Log]:
    """Four static nodes' interconnect records, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    start = {n: 7380500000000000000 + r.randrange(10**15) for n in YDB_NODES}
    proxy = {
        (a, b): r.randrange(10**18, 9 * 10**18) for a in YDB_NODES for b in YDB_NODES if a != b
    }

    def aid(n: int) -> str:
        return f"[{n}:{r.randrange(10**18, 9 * 10**18)}:{r.randint(0, 4)}]"

    def L(n: int, peer: int, t: datetime, level: str, label: str, msg: str) -> datetime:
        if n not in YDB_FILES:
            return t
        pid = start[n]
        prefix = f"Proxy [{n}:{proxy[(n, peer)]}:2] [node {peer}]"

        def text(x: datetime) -> list[str]:
            return [
                f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond:06d}Z node {n} :INTERCONNECT {level}: {prefix} {msg}"
            ]

        return fs.add(YDB_FILES[n], t, label, text, (n, pid), US)

    def peer_addr(p: int) -> str:
        host, ip = YDB_NODES[p]
        return f"{host}({ip}:19001)"

    def refused(n: int, p: int, t: datetime) -> datetime:
        return L(
            n,
            p,
            t,
            "NOTICE",
            "ICP25 outgoing handshake failed, temporary: %u explanation: outgoing handshake Peer# %s(%s) Socket error# Connection refused state# %s processed# %u remain# %u incoming: %s held: %s",
            f"ICP25 outgoing handshake failed, temporary: 1 explanation: outgoing handshake Peer# {peer_addr(p)} Socket error# Connection refused state# Connect processed# 0 remain# 0 incoming: [0:0:0] held: no",
        )

    def timedout(n: int, p: int, t: datetime) -> datetime:
        state = r.choice(["ReceiveResponse", "ReceiveResponse", "Connect", "SendRequest"])
        return L(
            n,
            p,
            t,
            "NOTICE",
            "ICP25 outgoing handshake failed, temporary: %u explanation: outgoing handshake Peer# %s(%s) Handshake timed out, State# %s incoming: %s held: %s",
            f"ICP25 outgoing handshake failed, temporary: 1 explanation: outgoing handshake Peer# {peer_addr(p)} Handshake timed out, State# {state} incoming: [0:0:0] held: no",
        )

    def new_session(n: int, p: int, t: datetime, outgoing: bool) -> datetime:
        if outgoing:
            t = L(
                n,
                p,
                t,
                "INFO",
                "ICP20 outgoing handshake succeeded",
                "ICP20 outgoing handshake succeeded",
            )
        else:
            t = L(
                n,
                p,
                t,
                "INFO",
                "ICP19 incoming handshake succeeded",
                "ICP19 incoming handshake succeeded",
            )
        return L(
            n,
            p,
            t + sec(r.uniform(0.00001, 0.0002)),
            "INFO",
            "ICP22 created new session: %s",
            f"ICP22 created new session: {aid(n)}",
        )

    def unregister(n: int, p: int, t: datetime) -> datetime:
        return L(
            n,
            p,
            t,
            "INFO",
            "ICP30 unregister session Session# %s VirtualId# %s",
            f"ICP30 unregister session Session# {aid(n)} VirtualId# [{n}:{r.randrange(10**18, 9 * 10**18)}:0]",
        )

    def node_down(d: int, t_down: datetime, t_up: datetime) -> None:
        """Node d stops at t_down and starts again at t_up."""
        for n in YDB_NODES:
            if n == d:
                continue
            t = t_down + sec(r.uniform(0.002, 0.2))
            t = unregister(n, d, t)
            t += sec(r.uniform(0.05, 0.8))
            while t < t_up:
                t = refused(n, d, t)
                t += sec(r.uniform(1.2, 4.8))
        # the node starts: one proxy for each static peer
        start[d] += 1
        t = t_up
        for p in YDB_NODES:
            if p == d:
                continue
            t = L(
                d,
                p,
                t + sec(r.uniform(0.00002, 0.0004)),
                "INFO",
                "ICP01 ready to work",
                "ICP01 ready to work",
            )
        for p in YDB_NODES:
            if p == d:
                continue
            tp = t_up + sec(r.uniform(0.8, 2.6))
            if r.random() < 0.5:
                new_session(d, p, tp, True)
                new_session(p, d, tp + sec(r.uniform(0.0005, 0.004)), False)
            else:
                L(
                    d,
                    p,
                    tp,
                    "INFO",
                    "ICP08 No active sessions, becoming PendingConnection",
                    "ICP08 No active sessions, becoming PendingConnection",
                )
                new_session(d, p, tp + sec(r.uniform(0.001, 0.01)), False)
                new_session(p, d, tp - sec(r.uniform(0.0005, 0.004)), True)

    node_down(2, at(6, 20, 1.3), at(6, 20, 47.9))

    # rack B's switch flapping
    flap_t = at(7, 30, 12)
    while flap_t < at(8, 15):
        dur = r.choice([3, 5, 6, 8, 9, 12, 14, 18, 24, 31])
        for a in (1, 2, 3):
            for b in (4, 5, 6):
                if r.random() < 0.25:
                    continue
                pairs = [(a, b), (b, a)]
                long = dur > 20
                t0 = flap_t + sec(r.uniform(0.5, 3.0))
                if long:
                    for n, p in pairs:
                        unregister(n, p, flap_t + sec(r.uniform(10.0, 11.5)))
                for n, p in pairs:
                    t = t0 + sec(r.uniform(0, 0.8))
                    while t < flap_t + sec(dur):
                        t = timedout(n, p, t)
                        t += sec(r.uniform(1.5, 4.5))
                up = flap_t + sec(dur + r.uniform(0.1, 1.5))
                out, inc = pairs if r.random() < 0.5 else pairs[::-1]
                if long:
                    new_session(out[0], out[1], up, True)
                    new_session(inc[0], inc[1], up + sec(r.uniform(0.0005, 0.003)), False)
                else:
                    L(
                        out[0],
                        out[1],
                        up,
                        "INFO",
                        "ICP20 outgoing handshake succeeded",
                        "ICP20 outgoing handshake succeeded",
                    )
                    L(
                        inc[0],
                        inc[1],
                        up + sec(r.uniform(0.0005, 0.003)),
                        "INFO",
                        "ICP19 incoming handshake succeeded",
                        "ICP19 incoming handshake succeeded",
                    )
                x = r.random()
                n, p = inc
                tx = up + sec(r.uniform(0.001, 0.05))
                if x < 0.10:
                    L(
                        n,
                        p,
                        tx,
                        "NOTICE",
                        "ICP27 obsolete handshake fail ignored",
                        "ICP27 obsolete handshake fail ignored",
                    )
                elif x < 0.18:
                    serial = r.randrange(100, 900)
                    L(
                        n,
                        p,
                        tx,
                        "NOTICE",
                        "ICP00 Handshake# %s is obsolete, serial# %lu LastSerialFromIncomingHandshake# %lu",
                        f"ICP00 Handshake# {aid(p)} is obsolete, serial# {serial} LastSerialFromIncomingHandshake# {serial}",
                    )
                elif x < 0.23:
                    serial = r.randrange(100, 900)
                    L(
                        n,
                        p,
                        tx,
                        "NOTICE",
                        "ICP15 Handshake# %s has duplicate serial# %lu LastSerialFromIncomingHandshake# %lu",
                        f"ICP15 Handshake# {aid(p)} has duplicate serial# {serial} LastSerialFromIncomingHandshake# {serial + r.randint(1, 3)}",
                    )
                elif x < 0.30:
                    L(
                        n,
                        p,
                        tx,
                        "INFO",
                        "ICP18 handshake (actor %s) is too old",
                        f"ICP18 handshake (actor {aid(p)}) is too old",
                    )
                elif x < 0.36:
                    L(
                        n,
                        p,
                        tx - sec(0.6),
                        "NOTICE",
                        "ICP24 incoming handshake failed, temporary: %u explanation: incoming handshake Peer# %s(%s) Socket error# Connection reset by peer state# %s processed# %u remain# %u outgoing: %s",
                        f"ICP24 incoming handshake failed, temporary: 1 explanation: incoming handshake Peer# {peer_addr(p)} Socket error# Connection reset by peer state# ReceiveRequest processed# 0 remain# 0 outgoing: {aid(n)}",
                    )
        flap_t += sec(r.uniform(90, 330))

    # the operator opens the peers' pages on node 1
    t = at(7, 52, 4.2)
    for p in (4, 5, 6, 4, 2, 5):
        t = L(
            1,
            p,
            t + sec(r.uniform(2.0, 25.0)),
            "INFO",
            "ICP31 proxy http called",
            "ICP31 proxy http called",
        )

    # node 5 rebooted
    d, t_down, t_up = 5, at(9, 5, 3.4), at(9, 8, 31.0)
    node_down(d, t_down, t_up)
    for p in (1, 2, 3, 4, 6):
        if r.random() < 0.6:
            L(
                d,
                p,
                t_up + sec(r.uniform(0.3, 0.9)),
                "NOTICE",
                "ICP12 (actor %s) peer tries to resume nonexistent session Self# %s Peer# %s",
                f"ICP12 (actor {aid(d)}) peer tries to resume nonexistent session Self# [{p}:{r.randrange(10**18, 9 * 10**18)}:0] Peer# [{d}:{r.randrange(10**18, 9 * 10**18)}:0]",
            )
        elif r.random() < 0.5:
            L(
                d,
                p,
                t_up + sec(r.uniform(0.3, 0.9)),
                "NOTICE",
                "ICP13 (actor %s) virtual id mismatch with existing session (Peer: %s Self: %s SessionVirtualId: %s RemoteSessionVirtualId: %s)",
                f"ICP13 (actor {aid(d)}) virtual id mismatch with existing session (Peer: [{d}:{r.randrange(10**18, 9 * 10**18)}:0] Self: [{p}:{r.randrange(10**18, 9 * 10**18)}:0] SessionVirtualId: [{d}:{r.randrange(10**18, 9 * 10**18)}:0] RemoteSessionVirtualId: [{p}:{r.randrange(10**18, 9 * 10**18)}:0])",
            )

    # small hiccups through the day between single pairs
    for t in jitter_times(r, at(6, 30), at(12, 0), 250.0):
        if in_span(t, at(7, 25), at(8, 20)) or in_span(t, at(9, 0), at(9, 15)):
            continue
        a = r.choice([1, 2, 4, 5])
        b = r.choice([p for p in YDB_NODES if p != a])
        dur = r.uniform(2.0, 9.0)
        tt = t
        while tt < t + sec(dur):
            tt = timedout(a, b, tt) + sec(r.uniform(1.5, 3.5))
        L(
            a,
            b,
            t + sec(dur + 0.3),
            "INFO",
            "ICP20 outgoing handshake succeeded",
            "ICP20 outgoing handshake succeeded",
        )
        L(
            b,
            a,
            t + sec(dur + 0.302),
            "INFO",
            "ICP19 incoming handshake succeeded",
            "ICP19 incoming handshake succeeded",
        )
    return fs.logs(T0)


# --------------------------------------------------------------------------- cassandra-reaper

RP_EAST = ["10.1.2.11", "10.1.2.12", "10.1.2.13", "10.1.2.14"]
RP_WEST = ["10.1.3.21", "10.1.3.22", "10.1.3.23", "10.1.3.24"]
RP_POOL_TRACE = [
    "\tat io.cassandrareaper.service.SegmentRunner.run(SegmentRunner.java:137)",
    "\tat java.util.concurrent.Executors$RunnableAdapter.call(Executors.java:511)",
    "\tat com.google.common.util.concurrent.TrustedListenableFutureTask$TrustedFutureInterruptibleTask.runInterruptibly(TrustedListenableFutureTask.java:125)",
    "\tat com.google.common.util.concurrent.InterruptibleTask.run(InterruptibleTask.java:57)",
    "\tat com.google.common.util.concurrent.TrustedListenableFutureTask.run(TrustedListenableFutureTask.java:78)",
    "\tat java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1149)",
    "\tat java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:624)",
    "\tat java.lang.Thread.run(Thread.java:748)",
]


def time_uuid(r: random.Random, t: datetime) -> str:
    """A version 1 UUID for instant t (Reaper's ids are time-based)."""
    ticks = int((t.timestamp() + 12219292800) * 10_000_000) + r.randrange(10_000)
    low, mid, hi = ticks & 0xFFFFFFFF, (ticks >> 32) & 0xFFFF, (ticks >> 48) & 0x0FFF
    return f"{low:08x}-{mid:04x}-1{hi:03x}-{r.choice('89ab')}{hexid(r, 3)}-{hexid(r, 12)}"


def cassandra_reaper(r: random.Random) -> list[Log]:
    """Two Reaper instances repairing prod-cass, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    compaction = (at(7, 10), at(7, 25))
    manual = (at(8, 0), at(8, 20))
    west_down = (at(9, 0, 20), at(9, 25))

    def L(
        f: str,
        t: datetime,
        level: str,
        thread: str,
        label: str,
        msg: str,
        trace: list[str] | None = None,
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            return [
                f"{level:<6} [{x:%Y-%m-%d %H:%M:%S},{x.microsecond // 1000:03d}] [{thread}] i.c.s.SegmentRunner - {msg} ",
                *(trace or []),
            ]

        return fs.add(f, t, label, text, (f, thread), MS)

    def jmx_refused(host: str) -> list[str]:
        return [
            f"java.util.concurrent.ExecutionException: io.cassandrareaper.ReaperException: java.io.IOException: Failed to retrieve RMIServer stub: javax.naming.ServiceUnavailableException [Root exception is java.rmi.ConnectException: Connection refused to host: {host}; nested exception is: ",
            "\tjava.net.ConnectException: Connection refused (Connection refused)]",
            "\tat java.util.concurrent.FutureTask.report(FutureTask.java:122)",
            "\tat java.util.concurrent.FutureTask.get(FutureTask.java:192)",
            "\tat io.cassandrareaper.service.SegmentRunner.canRepair(SegmentRunner.java:467)",
            "\tat io.cassandrareaper.service.SegmentRunner.runRepair(SegmentRunner.java:227)",
            *RP_POOL_TRACE,
            f"Caused by: io.cassandrareaper.ReaperException: java.io.IOException: Failed to retrieve RMIServer stub: javax.naming.ServiceUnavailableException [Root exception is java.rmi.ConnectException: Connection refused to host: {host}; nested exception is: ",
            "\tjava.net.ConnectException: Connection refused (Connection refused)]",
            "\tat io.cassandrareaper.jmx.JmxProxyImpl.connect(JmxProxyImpl.java:228)",
            "\tat io.cassandrareaper.jmx.JmxConnectionFactory.connectImpl(JmxConnectionFactory.java:117)",
            "\t... 12 common frames omitted",
        ]

    def no_coordinator() -> list[str]:
        return [
            "io.cassandrareaper.ReaperException: no host could be reached through JMX",
            "\tat io.cassandrareaper.jmx.JmxConnectionFactory.connectAny(JmxConnectionFactory.java:169)",
            "\tat io.cassandrareaper.service.SegmentRunner.runRepair(SegmentRunner.java:211)",
            *RP_POOL_TRACE,
        ]

    def token_ranges_trace(host: str) -> list[str]:
        return [
            "java.lang.reflect.UndeclaredThrowableException: null",
            "\tat com.sun.proxy.$Proxy64.getNaturalEndpoints(Unknown Source)",
            "\tat io.cassandrareaper.jmx.JmxProxyImpl.tokenRangeToEndpoint(JmxProxyImpl.java:316)",
            "\tat io.cassandrareaper.service.SegmentRunner.canRepair(SegmentRunner.java:431)",
            "\tat io.cassandrareaper.service.SegmentRunner.runRepair(SegmentRunner.java:227)",
            *RP_POOL_TRACE,
            f"Caused by: java.rmi.ConnectException: Connection refused to host: {host}; nested exception is: ",
            "\tjava.net.ConnectException: Connection refused (Connection refused)",
            "\tat sun.rmi.transport.tcp.TCPEndpoint.newSocket(TCPEndpoint.java:619)",
            "\tat sun.rmi.transport.tcp.TCPChannel.createConnection(TCPChannel.java:216)",
            "\t... 18 common frames omitted",
        ]

    for f, local, remote, dc_remote, run_start, slots in (
        ("reaper-east.log", RP_EAST, RP_WEST, "dc-west", at(6, 0, 4.1), 2),
        ("reaper-west.log", RP_WEST, RP_EAST, "dc-east", at(6, 0, 9.7), 2),
    ):
        run_id = time_uuid(r, run_start - timedelta(days=7, minutes=-3))
        token_logged = f != "reaper-west.log"
        repair_no = {h: r.randrange(2000, 6000) for h in local}
        for slot in range(slots):
            t = run_start + sec(slot * r.uniform(0.2, 0.9))
            while t < at(11, 58):
                seg = time_uuid(r, run_start - timedelta(days=7))
                thread = f"prod-cass:{run_id}:{seg}"
                coord = r.choice(local)
                replicas = r.sample(local, 3)
                t0 = t
                # remote DC's metrics through the storage
                for rh in r.sample(remote, r.choice([0, 0, 1, 1, 2])):
                    t = L(
                        f,
                        t + sec(r.uniform(10.0, 10.3)),
                        "INFO",
                        thread,
                        "Trying to get metrics from remote DCs for {} in {} of {}",
                        f"Trying to get metrics from remote DCs for {rh} in {dc_remote} of prod-cass",
                    )
                down_hit = (
                    f == "reaper-west.log" and in_span(t, *west_down) and "10.1.3.21" in replicas
                )
                if down_hit:
                    x = r.random()
                    if t < west_down[0] + sec(90) and (x < 0.35 or not token_logged):
                        token_logged = True
                        t = L(
                            f,
                            t + sec(r.uniform(0.1, 1.5)),
                            "WARN",
                            thread,
                            "SegmentRunner couldn't get token ranges from coordinator: ",
                            "SegmentRunner couldn't get token ranges from coordinator: ",
                            token_ranges_trace("10.1.3.21"),
                        )
                        t = L(
                            f,
                            t + sec(0.002),
                            "INFO",
                            thread,
                            "Cannot run segment {} for repair {} at the moment. Will try again later",
                            f"Cannot run segment {seg} for repair {run_id} at the moment. Will try again later",
                        )
                    elif x < 0.8:
                        t = L(
                            f,
                            t + sec(r.uniform(2.0, 5.0)),
                            "WARN",
                            thread,
                            "Failed grabbing metrics from at least one node. Cannot repair segment :'(",
                            "Failed grabbing metrics from at least one node. Cannot repair segment :'(",
                            jmx_refused("10.1.3.21"),
                        )
                        t = L(
                            f,
                            t + sec(0.001),
                            "INFO",
                            thread,
                            "Not ok to repair segment '{}' on repair run with id '{}' because we couldn't get all hosts metrics :'(",
                            f"Not ok to repair segment '{seg}' on repair run with id '{run_id}' because we couldn't get all hosts metrics :'(",
                        )
                        t = L(
                            f,
                            t + sec(0.001),
                            "INFO",
                            thread,
                            "Cannot run segment {} for repair {} at the moment. Will try again later",
                            f"Cannot run segment {seg} for repair {run_id} at the moment. Will try again later",
                        )
                    else:
                        t = L(
                            f,
                            t + sec(r.uniform(5.0, 20.0)),
                            "WARN",
                            thread,
                            "Failed to connect to a coordinator node for segment {}",
                            f"Failed to connect to a coordinator node for segment {seg}",
                            no_coordinator(),
                        )
                        t = L(
                            f,
                            t + sec(0.004),
                            "INFO",
                            thread,
                            "Postponing segment {}",
                            f"Postponing segment {seg}",
                        )
                        t = L(
                            f,
                            t + sec(10.0),
                            "WARN",
                            thread,
                            "Open files amount for process: %s",
                            f"Open files amount for process: {r.randrange(380, 460)}",
                        )
                    t += sec(r.uniform(10.0, 11.0))
                    continue
                if f == "reaper-east.log" and in_span(t, *compaction) and "10.1.2.13" in replicas:
                    t = L(
                        f,
                        t + sec(r.uniform(0.2, 1.2)),
                        "INFO",
                        thread,
                        'SegmentRunner declined to repair segment {} because of too many pending compactions (> {}) on host "{}"',
                        f'SegmentRunner declined to repair segment {seg} because of too many pending compactions (> 20) on host "10.1.2.13"',
                    )
                    t = L(
                        f,
                        t + sec(0.003),
                        "INFO",
                        thread,
                        "Cannot run segment {} for repair {} at the moment. Will try again later",
                        f"Cannot run segment {seg} for repair {run_id} at the moment. Will try again later",
                    )
                    t += sec(r.uniform(10.0, 11.0))
                    continue
                if f == "reaper-east.log" and in_span(t, *manual) and "10.1.2.12" in replicas:
                    t = L(
                        f,
                        t + sec(r.uniform(0.2, 1.2)),
                        "INFO",
                        thread,
                        "SegmentRunner declined to repair segment {} because one of the hosts ({}) was already involved in a repair",
                        f"SegmentRunner declined to repair segment {seg} because one of the hosts (10.1.2.12) was already involved in a repair",
                    )
                    if r.random() < 0.3:
                        t = L(
                            f,
                            t + sec(r.uniform(0.05, 0.4)),
                            "WARN",
                            thread,
                            "A host ({}) reported that it is involved in a repair, but there is no record of any ongoing repair involving the host. Sending command to abort all repairs on the host.",
                            "A host (10.1.2.12) reported that it is involved in a repair, but there is no record of any ongoing repair involving the host. Sending command to abort all repairs on the host.",
                        )
                    t = L(
                        f,
                        t + sec(0.003),
                        "INFO",
                        thread,
                        "Cannot run segment {} for repair {} at the moment. Will try again later",
                        f"Cannot run segment {seg} for repair {run_id} at the moment. Will try again later",
                    )
                    t += sec(r.uniform(10.0, 11.0))
                    continue
                t = L(
                    f,
                    t + sec(r.uniform(0.3, 1.6)),
                    "INFO",
                    thread,
                    "It is ok to repair segment '{}' on repair run with id '{}'",
                    f"It is ok to repair segment '{seg}' on repair run with id '{run_id}'",
                )
                repair_no[coord] += 1
                n = repair_no[coord]
                if r.random() < 0.01:
                    t = L(
                        f,
                        t + sec(r.uniform(0.2, 0.6)),
                        "INFO",
                        thread,
                        "Nothing to repair for segment {} in keyspace {}",
                        f"Nothing to repair for segment {seg} in keyspace {r.choice(['orders', 'catalog', 'sessions'])}",
                    )
                    t += sec(r.uniform(1.0, 5.0))
                    continue
                t = L(
                    f,
                    t + sec(r.uniform(0.2, 0.9)),
                    "INFO",
                    thread,
                    "Repair for segment {} started, status wait will timeout in {} millis",
                    f"Repair for segment {seg} started, status wait will timeout in 1800000 millis",
                )
                x = r.random()
                if x < 0.025:
                    t = L(
                        f,
                        t + sec(r.uniform(20, 200)),
                        "WARN",
                        thread,
                        "repair session failed for segment with id '{}' and repair number '{}'",
                        f"repair session failed for segment with id '{seg}' and repair number '{n}'",
                    )
                    t = L(
                        f,
                        t + sec(r.uniform(0.01, 0.1)),
                        "INFO",
                        thread,
                        "Postponing segment {}",
                        f"Postponing segment {seg}",
                    )
                    t = L(
                        f,
                        t + sec(r.uniform(10.0, 10.2)),
                        "INFO",
                        thread,
                        "Repair command {} on segment {} returned with state {}",
                        f"Repair command {n} on segment {seg} returned with state NOT_STARTED",
                    )
                    t = L(
                        f,
                        t + sec(0.002),
                        "INFO",
                        thread,
                        "Repair command {} on segment {} never managed to start within timeout.",
                        f"Repair command {n} on segment {seg} never managed to start within timeout.",
                    )
                    t = L(
                        f,
                        t + sec(0.003),
                        "INFO",
                        thread,
                        "Postponing segment {}",
                        f"Postponing segment {seg}",
                    )
                    t = L(
                        f,
                        t + sec(0.01),
                        "INFO",
                        thread,
                        "Aborting repair on segment with id {} on coordinator {}",
                        f"Aborting repair on segment with id {seg} on coordinator {coord}",
                    )
                elif x < 0.032:
                    t = L(
                        f,
                        t + sec(1800.0 + r.uniform(0.0, 0.5)),
                        "INFO",
                        thread,
                        "Repair command {} on segment {} returned with state {}",
                        f"Repair command {n} on segment {seg} returned with state RUNNING",
                    )
                    t = L(
                        f,
                        t + sec(0.001),
                        "INFO",
                        thread,
                        "Repair command {} on segment {} has been cancelled while running",
                        f"Repair command {n} on segment {seg} has been cancelled while running",
                    )
                    t = L(
                        f,
                        t + sec(0.003),
                        "INFO",
                        thread,
                        "Postponing segment {}",
                        f"Postponing segment {seg}",
                    )
                    t = L(
                        f,
                        t + sec(0.01),
                        "INFO",
                        thread,
                        "Aborting repair on segment with id {} on coordinator {}",
                        f"Aborting repair on segment with id {seg} on coordinator {coord}",
                    )
                else:
                    t = L(
                        f,
                        t + sec(r.uniform(60, 260)),
                        "INFO",
                        thread,
                        "Repair command {} on segment {} returned with state {}",
                        f"Repair command {n} on segment {seg} returned with state DONE",
                    )
                # intensity 0.9: the runner sleeps a share of the segment's time
                t += sec((t - t0).total_seconds() * 0.11 + r.uniform(0.5, 3.0))
    return fs.logs(T0)


# --------------------------------------------------------------------- couchbase-sync-gateway


def couchbase_sync_gateway(r: random.Random) -> list[Log]:
    """Two Sync Gateways' info logs, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    serial = {"sgw-01": 41200, "sgw-02": 38800}
    bad_sync = (at(8, 0, 31), at(8, 18, 7))
    restart = at(10, 30, 12.0)
    warm: set[tuple[str, bool, str]] = set()
    stores = [f"pos-{n:04d}" for n in r.sample(range(1, 900), 60)]

    def L(node: str, t: datetime, level: str, key: str, ctx: str, label: str, msg: str) -> datetime:
        def text(x: datetime) -> list[str]:
            k = f" {key}:" if key else ""
            c = f" {ctx}" if ctx else ""
            return [f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond // 1000:03d}Z [{level}]{k}{c} {msg}"]

        return fs.add(f"{node}-sg_info.log", t, label, text, node, MS)

    def req(
        node: str, t: datetime, method: str, url: str, user: str | None
    ) -> tuple[datetime, str]:
        serial[node] += 1
        sn = f"#{serial[node]:03d}"
        who = "" if user is None else f" (as <ud>{user}</ud>)"
        t = L(node, t, "INF", "HTTP", f"db:catalog c:{sn}", "%s %s%s%s", f"{method} {url}{who}")
        return t, sn

    def resp(node: str, t: datetime, sn: str, status: int, message: str, ms: float) -> datetime:
        key = "HTTP+" if status < 300 else "HTTP"
        # an error's status text is the error's own: in the label; a success's is empty
        label = (
            f"%s:     --> %d {message}  (%.1f ms)" if message else "%s:     --> %d %s  (%.1f ms)"
        )
        return L(
            node,
            t,
            "INF",
            key,
            f"db:catalog c:{sn}",
            label,
            f"{sn}:     --> {status} {message}  ({ms:.1f} ms)",
        )

    def channel_cache(node: str, t: datetime, sn: str, chans: list[str]) -> datetime:
        for ch in chans:
            key = (node, node == "sgw-02" and t >= restart, ch)
            if key in warm:
                continue
            warm.add(key)
            n = r.randint(0, 60)
            lo = r.randrange(1, 500000)
            ctx = f"db:catalog c:{sn}"
            t = L(
                node,
                t + sec(r.uniform(0.001, 0.02)),
                "INF",
                "Cache",
                ctx,
                "    Got %d rows from query for %q: #%d ... #%d",
                f'    Got {n} rows from query for "<ud>{ch}</ud>": #{lo} ... #{lo + n * r.randint(3, 40)}',
            )
            t = L(
                node,
                t + sec(0.001),
                "INF",
                "Cache",
                ctx,
                "  Initialized cache of %q with %d entries from query (#%d--#%d)",
                f'  Initialized cache of "<ud>{ch}</ud>" with {n} entries from query (#{lo}--#{lo + n * r.randint(3, 40)})',
            )
            t = L(
                node,
                t + sec(0.001),
                "INF",
                "Cache",
                ctx,
                "GetChangesInChannel(%q) --> %d rows",
                f'GetChangesInChannel("<ud>{ch}</ud>") --> {n} rows',
            )
        return t

    def blip_session(node: str, t: datetime, store: str, until: datetime) -> None:
        t, sn = req(node, t, "GET", "/catalog/_blipsync?client=cbl2", store)
        bid = hexid(r, 8)
        t = L(
            node,
            t + sec(r.uniform(0.002, 0.03)),
            "INF",
            "HTTP+",
            f"db:catalog c:{sn}",
            "%s:     --> %d [%s] Upgraded to BLIP+WebSocket protocol%s  (%.1f ms)",
            f"{sn}:     --> 101 [{bid}] Upgraded to BLIP+WebSocket protocol (as <ud>{store}</ud>)  (0.0 ms)",
        )
        t = L(
            node,
            t + sec(r.uniform(0.02, 0.2)),
            "INF",
            "SyncMsg",
            f"db:catalog c:[{bid}]",
            "#%d: Type:%s Client:%s User:%s",
            f"#1: Type:getCheckpoint Client:cp-{hexid(r, 27)}= User:<ud>{store}</ud>",
        )
        chans = [
            f"store-{store[4:]}",
            "prices",
            r.choice(["region-north", "region-south", "region-east", "region-west"]),
        ]
        t = channel_cache(node, t, f"[{bid}]", chans)
        end = min(until, t + sec(r.expovariate(1 / 2400.0) + 30))
        if end < until and r.random() < 0.55:
            L(
                node,
                end,
                "INF",
                "HTTP",
                f"db:catalog c:{sn}",
                "%s:     --> BLIP+WebSocket connection error: websocket: close 1006 (abnormal closure): unexpected EOF",
                f"{sn}:     --> BLIP+WebSocket connection error: websocket: close 1006 (abnormal closure): unexpected EOF",
            )
            end += sec(0.001)
        L(
            node,
            end,
            "INF",
            "HTTP",
            f"db:catalog c:{sn}",
            "%s:    --> BLIP+WebSocket connection closed",
            f"{sn}:    --> BLIP+WebSocket connection closed",
        )

    for node in ("sgw-01", "sgw-02"):
        up_until = restart if node == "sgw-02" else at(12, 0)
        # point-of-sale clients over BLIP
        for t in jitter_times(r, T0, at(11, 55), 320.0):
            if node == "sgw-02" and in_span(t, restart - sec(5), restart + sec(20)):
                continue
            stop = up_until if t < up_until else at(12, 0)
            blip_session(node, t, r.choice(stores), stop)
        # clients with expired sessions
        for t in jitter_times(r, T0, at(12, 0), 600.0):
            t, sn = req(node, t, "GET", "/catalog/_blipsync?client=cbl2", None)
            resp(
                node,
                t + sec(r.uniform(0.001, 0.004)),
                sn,
                401,
                "Login required",
                r.uniform(0.4, 2.0),
            )
        # the pricing service's writes (a price run while the bad sync function is live)
        for t in sorted(jitter_times(r, T0, at(12, 0), 200.0) + jitter_times(r, *bad_sync, 16.0)):
            if node == "sgw-02" and in_span(t, restart - sec(5), restart + sec(20)):
                continue
            doc = f"price_{r.randrange(10001, 10480)}"
            rev = f"{r.randint(2, 60)}-{hexid(r, 32)}"
            t, sn = req(node, t, "PUT", f"/catalog/{doc}?rev={rev}", "pricing-svc")
            if in_span(t, *bad_sync) and r.random() < 0.45:
                body = json.dumps(
                    {
                        "_id": doc,
                        "type": "price",
                        "sku": doc[6:],
                        "amount": round(r.uniform(0.5, 90), 2),
                        "currency": "EUR",
                    },
                    separators=(",", ":"),
                )
                t = L(
                    node,
                    t + sec(r.uniform(0.002, 0.01)),
                    "WRN",
                    "",
                    f"db:catalog c:{sn}",
                    "Sync fn exception: TypeError: Cannot access member 'owner' of undefined; doc = %s",
                    f"Sync fn exception: TypeError: Cannot access member 'owner' of undefined; doc = <ud>{body}</ud>",
                )
                resp(
                    node,
                    t + sec(0.001),
                    sn,
                    500,
                    "Exception in JS sync function",
                    r.uniform(3.0, 12.0),
                )
            elif r.random() < 0.08:
                resp(
                    node,
                    t + sec(r.uniform(0.003, 0.02)),
                    sn,
                    409,
                    "Document update conflict",
                    r.uniform(2.0, 14.0),
                )
            else:
                resp(node, t + sec(r.uniform(0.003, 0.03)), sn, 201, "", r.uniform(3.0, 28.0))
        # the export service long-polling _changes
        since = r.randrange(900000, 950000)
        t = T0 + sec(r.uniform(1, 20))
        while t < at(11, 59):
            if node == "sgw-02" and in_span(t, restart - sec(60), restart + sec(20)):
                t = restart + sec(25)
                continue
            t, sn = req(
                node,
                t,
                "GET",
                f"/catalog/_changes?feed=longpoll&since={since}&heartbeat=30000&style=all_docs",
                "export-svc",
            )
            t = channel_cache(node, t, sn, ["prices", "orders-export"])
            wait = r.uniform(0.5, 45.0)
            t = L(
                node,
                t + sec(wait),
                "INF",
                "Changes",
                f"db:catalog c:{sn}",
                "MultiChangesFeed done %s",
                "MultiChangesFeed done (to <ud>export-svc</ud>)",
            )
            since += r.randint(1, 40)
            t = resp(node, t + sec(0.001), sn, 200, "", wait * 1000 + r.uniform(0.5, 3.0))
            t += sec(r.uniform(80.0, 320.0))

    # sgw-02 restarted after a config change
    t = restart + sec(6.5)
    node = "sgw-02"
    for label, msg in (
        ("==== %s ====", "==== Couchbase Sync Gateway/3.1.3(4;cad2b20) CE ===="),
        ("Logging: Console level: %v", "Logging: Console level: info"),
        ("Logging: Console keys: %v", "Logging: Console keys: [* HTTP]"),
        ("Logging: Redaction level: %s", "Logging: Redaction level: partial"),
        ("Starting metrics server on %s", "Starting metrics server on 127.0.0.1:4986"),
        ("Starting admin server on %s", "Starting admin server on 127.0.0.1:4985"),
        ("Starting server on %s ...", "Starting server on :4984 ..."),
    ):
        t = L(node, t + sec(r.uniform(0.001, 0.9)), "INF", "", "", label, msg)
    return fs.logs(T0)


# ------------------------------------------------------------------------------ scylla-manager

SM_TABLES = {
    "prod": [
        ("orders", ["orders", "line_items", "payments", "refunds", "order_status_by_day"]),
        ("catalog", ["products", "prices", "stock", "product_by_category"]),
        ("sessions", ["sessions", "carts"]),
        ("system_auth", ["roles", "role_members", "role_permissions"]),
        ("system_distributed", ["cdc_streams_descriptions_v2", "view_build_status"]),
    ],
    "staging": [
        ("orders", ["orders", "line_items", "payments"]),
        ("catalog", ["products", "prices"]),
        ("system_auth", ["roles", "role_members"]),
    ],
}


def go_dur(s: float) -> str:
    h, rem = divmod(s, 3600)
    m, sec_ = divmod(rem, 60)
    if h:
        return f"{int(h)}h{int(m)}m{sec_:.9f}".rstrip("0").rstrip(".") + "s"
    if m:
        return f"{int(m)}m{sec_:.9f}".rstrip("0").rstrip(".") + "s"
    return f"{sec_:.9f}".rstrip("0").rstrip(".") + "s"


def scylla_manager(r: random.Random) -> list[Log]:
    """Two Scylla Managers' journals, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    pids = {"prod": 1187, "staging": 1342}
    hosts = {
        "prod": [f"10.0.{a}.{b}" for a in (1, 2) for b in (11, 12, 13)],
        "staging": ["10.0.9.11", "10.0.9.12", "10.0.9.13"],
    }
    clusters = {
        "prod": str(uuid.UUID(int=r.getrandbits(128), version=4)),
        "staging": str(uuid.UUID(int=r.getrandbits(128), version=4)),
    }
    prod_down = (at(8, 10, 14), at(8, 52, 40))

    def trace_id() -> str:
        return "".join(
            r.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
            for _ in range(22)
        )

    def L(
        env: str,
        t: datetime,
        level: str,
        name: str,
        msg: str,
        fields: list[tuple[str, object]],
        tr: str | None,
    ) -> datetime:
        rec: dict[str, object] = {"L": level, "T": "", "N": name, "M": msg}
        for k, v in fields:
            rec[k] = v
        if tr:
            rec["_trace_id"] = tr

        def text(x: datetime) -> list[str]:
            rec["T"] = f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond // 1000:03d}Z"
            body = json.dumps(rec, separators=(",", ":"))
            return [
                f"{x:%b %d %H:%M:%S}.{x.microsecond:06d} sm-{env} scylla-manager[{pids[env]}]: {body}"
            ]

        return fs.add(f"sm-{env}.log", t, msg, text, (env, pids[env]), US)

    def repair_run(
        env: str,
        t: datetime,
        task: str,
        retry: int,
        end_by: datetime | None,
        fail_at: datetime | None,
        stop_at: datetime | None,
    ) -> datetime:
        """One run of a repair task; returns its end."""
        sched = f"scheduler.{clusters[env][:8]}"
        tr = trace_id()
        run_id = time_uuid(r, t)
        t = L(
            env, t, "INFO", sched, "Run started", [("task", f"repair/{task}"), ("retry", retry)], tr
        )
        if env == "staging":
            t = L(
                env,
                t + sec(r.uniform(0.01, 0.05)),
                "INFO",
                "repair",
                "No cluster credentials, couldn't ensure repairing base table before its views",
                [("error", "cluster with id " + clusters[env] + " doesn't have credentials")],
                tr,
            )
        target = {
            "units": [
                {"keyspace": ks, "tables": tbs, "all_tables": True} for ks, tbs in SM_TABLES[env]
            ],
            "dc": ["dc1", "dc2"] if env == "prod" else ["dc1"],
            "host": "",
            "ignore_hosts": [],
            "fail_fast": False,
            "continue": True,
            "intensity": 1,
            "parallel": 0,
            "max_jobs_per_host": 1,
            "small_table_threshold": 1073741824,
        }
        t = L(
            env,
            t + sec(r.uniform(0.005, 0.02)),
            "INFO",
            "repair",
            "Properties",
            [
                ("cluster_id", clusters[env]),
                ("task_id", task),
                ("run_id", run_id),
                ("target", target),
            ],
            tr,
        )
        order = 0
        for ks, tbs in SM_TABLES[env]:
            for tb in tbs:
                order += 1
                size = (
                    r.randrange(10**6, 4 * 10**11)
                    if not ks.startswith("system")
                    else r.randrange(10**4, 10**6)
                )
                t = L(
                    env,
                    t + sec(r.uniform(0.0001, 0.002)),
                    "INFO",
                    "repair",
                    "Repair order",
                    [
                        ("order", order),
                        ("keyspace", ks),
                        ("table", tb),
                        ("size", size),
                        ("merge_ranges", size < 1073741824),
                    ],
                    tr,
                )
        for msg, prev in (
            ("Setting repair parallel", 0),
            ("Setting repair intensity", 0),
            ("Setting repair maxJobsPerHost", 0),
        ):
            val = 1 if "intensity" in msg or "maxJobs" in msg else 0
            t = L(
                env,
                t + sec(r.uniform(0.0001, 0.001)),
                "INFO",
                "repair.control",
                msg,
                [("value", val), ("previous", prev)],
                tr,
            )
        if env == "prod" and retry > 0 and prod_down[0] <= t < prod_down[1]:
            t = L(
                env,
                t + sec(r.uniform(30.0, 31.0)),
                "ERROR",
                "repair",
                "Active repair check failed",
                [
                    (
                        "error",
                        "10.0.2.13: giving up after 2 attempts: after 30s: context deadline exceeded",
                    )
                ],
                tr,
            )
        start = t
        workers = 6 if env == "prod" else 3
        job = r.randrange(1000, 5000)
        finish = end_by or (at(23, 0) if fail_at or stop_at else t + sec(r.uniform(2400, 3600)))
        for w in range(workers):
            tw = start + sec(r.uniform(0.01, 1.0))
            while True:
                tw += sec(r.expovariate(1 / (68.0 if env == "prod" else 30.0)) + 2.0)
                if fail_at and tw >= fail_at:
                    break
                if stop_at and tw >= stop_at:
                    break
                if tw >= finish:
                    L(env, tw, "INFO", f"repair.worker {w}", "Done", [], tr)
                    break
                if env == "prod" and prod_down[0] <= tw < prod_down[1] and r.random() < 0.5:
                    continue
                job += 1
                L(env, tw, "INFO", f"repair.worker {w}", "Repair done", [("job_id", job)], tr)
        if env == "prod" and start < at(7, 5, 17) < (fail_at or finish):
            L(
                env,
                at(7, 5, 17.3),
                "INFO",
                "repair.control",
                "Setting repair intensity",
                [("value", 2), ("previous", 1)],
                tr,
            )
        if stop_at:
            te = L(
                env, stop_at, "INFO", "repair", "Start graceful stop period", [("time", "30s")], tr
            )
            te = L(
                env,
                te + sec(r.uniform(1.0, 6.0)),
                "INFO",
                sched,
                "Run ended",
                [
                    ("task", f"repair/{task}"),
                    ("status", "ABORTED"),
                    ("duration", go_dur((te - t).total_seconds())),
                ],
                tr,
            )
            return te
        if fail_at:
            te = L(
                env,
                fail_at + sec(r.uniform(0.5, 2.0)),
                "ERROR",
                "repair",
                "Failed to kill repairs",
                [
                    ("hosts", hosts[env]),
                    (
                        "error",
                        "10.0.2.13: giving up after 2 attempts: dial tcp 10.0.2.13:10001: connect: no route to host",
                    ),
                ],
                tr,
            )
            cause = f"see more errors in logs: master 10.0.2.13 keyspace orders table line_items command {job}: host 10.0.2.13: giving up after 2 attempts: after 30s: context deadline exceeded"
            return L(
                env,
                te + sec(r.uniform(0.01, 0.2)),
                "INFO",
                sched,
                "Run ended with ERROR",
                [
                    ("task", f"repair/{task}"),
                    ("status", "ERROR"),
                    ("cause", cause),
                    ("duration", go_dur((te - t).total_seconds())),
                ],
                tr,
            )
        return L(
            env,
            finish + sec(r.uniform(0.5, 3.0)),
            "INFO",
            sched,
            "Run ended",
            [
                ("task", f"repair/{task}"),
                ("status", "DONE"),
                ("duration", go_dur((finish - t).total_seconds())),
            ],
            tr,
        )

    # prod: the weekly repair, node 10.0.2.13 lost in the middle
    task = str(uuid.UUID(int=r.getrandbits(128), version=4))
    repair_run("prod", at(6, 0, 0.81), task, 0, None, at(8, 21, 5.0), None)
    repair_run("prod", at(8, 31, 5.2), task, 1, None, at(8, 43, 12.0), None)
    repair_run("prod", at(8, 53, 12.0), task, 2, at(11, 41, 3.0), None, None)
    # prod: the manager's backend timing out
    for t in (at(9, 40, 7.2), at(9, 40, 52.9), at(9, 41, 30.4)):
        L(
            "prod",
            t,
            "ERROR",
            "repair",
            "Cannot update the run",
            [
                (
                    "run",
                    {
                        "cluster_id": clusters["prod"],
                        "task_id": task,
                        "id": time_uuid(r, at(8, 53)),
                        "dc": ["dc1", "dc2"],
                        "host": "",
                        "parallel": 0,
                        "intensity": 2,
                        "start_time": "2024-06-07T08:53:12.000Z",
                    },
                ),
                ("error", "gocql: no response received from cassandra within timeout period"),
            ],
            trace_id(),
        )

    # staging: the daily repair at 06:30, an update, the manager upgraded at 09:30, an ad hoc repair
    task_s = str(uuid.UUID(int=r.getrandbits(128), version=4))
    repair_run("staging", at(6, 30, 0.4), task_s, 0, at(7, 12, 40), None, None)
    L(
        "staging",
        at(7, 0, 44.1),
        "INFO",
        "scheduler",
        "PutTask",
        [
            ("task", f"repair/{task_s}"),
            (
                "schedule",
                {
                    "start_date": "2024-06-07T06:30:00Z",
                    "interval": "",
                    "cron": "30 6 * * *",
                    "num_retries": 3,
                    "retry_wait": "10m",
                },
            ),
            ("properties", {"intensity": 0.5, "parallel": 1}),
            ("create", False),
        ],
        trace_id(),
    )
    adhoc = str(uuid.UUID(int=r.getrandbits(128), version=4))
    L(
        "staging",
        at(9, 2, 10.9),
        "INFO",
        "scheduler",
        "PutTask",
        [
            ("task", f"repair/{adhoc}"),
            (
                "schedule",
                {
                    "start_date": "0001-01-01T00:00:00Z",
                    "interval": "",
                    "cron": "",
                    "num_retries": 3,
                    "retry_wait": "10m",
                },
            ),
            ("properties", {"keyspace": ["orders"]}),
            ("create", True),
        ],
        trace_id(),
    )
    repair_run("staging", at(9, 2, 11.0), adhoc, 0, None, None, at(9, 30, 2.0))
    pids["staging"] = 18806
    t = at(9, 31, 40.2)
    t = L("staging", t, "INFO", "scheduler", "Loading tasks from database", [], None)
    L("staging", t + sec(0.043), "INFO", "scheduler", "All tasks scheduled", [], None)
    repair_run("staging", at(9, 31, 41.0), adhoc, 0, at(9, 58, 13.0), None, None)
    return fs.logs(T0)


SYSTEMS = {
    "oceanbase": oceanbase,
    "ydb": ydb,
    "cassandra-reaper": cassandra_reaper,
    "couchbase-sync-gateway": couchbase_sync_gateway,
    "scylla-manager": scylla_manager,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
