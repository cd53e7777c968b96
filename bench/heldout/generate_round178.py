#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 178 (doris, registry, quay, git-daemon, stunnel) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five servers that hold or carry other programs' data,
06:00 to 12:00 on 2024-06-07. The brief's fourth system, OneDev, is replaced by git's own
`git daemon`: OneDev's server log is nearly silent outside start-up (its build output goes to
per-build logs), and the helper could not write its messages faithfully; git daemon is the git
server of the same kind whose messages come straight from daemon.c.

- Apache Doris 2.1 (`fe1-fe.log`: the master FE's log4j2 `%d{yyyy-MM-dd HH:mm:ss,SSS} %p (%t|%tid)
  [%C{1}.%M():%L] %m%n`; `be1-be.INFO`, `be2-be.INFO`, `be3-be.INFO`: the BEs' glog files,
  `I20240607 06:00:01.123456 31337 stream_load.cpp:418] ...`; `be3-be.INFO.log.20240607-074826`,
  be3's new glog file after its restart, opening with glog's four header lines): a Flink job
  stream-loading two tables every three minutes (FE `begin transaction: txn id %d with label %s
  from coordinator %s, listener id: %d` and `finish transaction %s successfully, publish result:
  %s` with the TransactionState's toString; on the coordinator BE `new income streaming load
  request.%s, db=%s, tbl=%s, group_commit=%s` and `finished to execute stream load. label=%s, ...`),
  cumulative and base compactions on every BE, the FE's hourly checkpoint, be3 OOM-killed at
  07:40 (`get bad heartbeat response: type: %s, status: %s, msg: java.net.ConnectException:
  Connection refused (Connection refused)` every 5 s, `%s is dead,`, dashboards' queries failing
  with `execute Exception. %s` and a UserException stack, `%s is back to alive, ...` at 07:48,
  publish results `QUORUM_SUCC` meanwhile), and a misconfigured script stream-loading a metrics
  table every 4 s 09:10-09:22 until the tablet's versions exceed the limit (`handle streaming load
  failed, id=%s, errmsg=[E-235]failed to init rowset builder. version count: %d, exceed limit: %d,
  tablet: %d` on the BE, `abort transaction: %s successfully` on the FE).
- Docker's registry 2.8.3 (`registry-0.log`, `registry-1.log`: `docker logs` of two replicas
  behind one ingress, S3 storage on MinIO, htpasswd auth): logrus text lines (`time="..."
  level=info msg="response completed" go.version=... http.request.*=... http.response.*=...`) and
  gorilla's combined access line on stdout (`10.42.3.17 - - [07/Jun/2024:06:00:01 +0000] "GET /v2/
  HTTP/1.1" 200 2 "" "docker/24.0.7 ..."`): CI pushes and cluster pulls; every client's first `/v2/`
  without credentials (`error authorizing context: basic authentication challenge for realm %q: %s`
  with `invalid authorization credential`), a Jenkins job with a rotated password (`...:
  authentication failure`), `response completed with error` for unknown blobs and manifests,
  MinIO down 08:20-08:32 (the same message with `err.code=unknown` and the S3 error as a field),
  the upload purge, a redeploy at 10:00 that drops `http.secret` (the `No HTTP secret provided`
  warning, then uploads moving between replicas failing with `error resolving upload: invalid
  secret` until the fix at 10:40), a client cut off during uploads (`client disconnected during blob
  PATCH`) and the scanner's webhook down 11:10-11:20 (`retryingsink: error writing events: %v,
  retrying` with the http sink's own error format).
- Red Hat Quay 3.10 (`quay-app.log`: `docker logs` of the web and registry container,
  supervisord's `program stdout | ` before every line; `quay-worker.log`: the workers'
  container): nginx's `lb_logs` access line and gunicorn's access line under Quay's `%(asctime)s
  [%(process)d] [%(levelname)s] [%(name)s] %(message)s`, docker pulls and pushes through the
  registry and the UI's API calls; a CI account with a stale password (`Failed to validate
  credentials for user %s: Invalid Username or Password`); the database restarted 08:42-08:46
  (Flask's `Exception on %s [%s]` with peewee's traceback, gunicorn's `WORKER TIMEOUT (pid:%s)`
  and `Worker (pid:%s) was sent SIGKILL! Perhaps out of memory?`, the workers' `Operation raised
  exception`); APScheduler's `Running job "%s" (scheduled at %s)` and `Job "%s" executed
  successfully` for the security, GC and stats workers, `Run time of job "%s" was missed by %s`,
  `Execution of job "%s" skipped: maximum number of running instances reached (%d)`; Clair down
  09:30-10:10 (`Connection error when trying to connect to security scanner endpoint` with
  requests' traceback, then `Security scanner endpoint responded with non-200 HTTP status code: %s`
  with `logger.exception`'s `NoneType: None`), and the app container restarted at 10:30
  (supervisord's own lines).
- git daemon (git 2.39, `git1.log`, `git2.log`: rsyslog's files for two mirrors serving
  `git://` with `--syslog --verbose --base-path=/srv/git`): each fetch's `Connection from %s:%s`,
  `Extended attribute "protocol": %s` (protocol v2 clients only), `Request %s for '%s'` in the
  child and `[%lu] Disconnected` / `[%lu] Disconnected (with error)` in the parent; a CI storm
  07:10-07:12 past `--max-connections` (`Too many children, dropping connection`), a renamed
  repository (`'%s' does not appear to be a git repository`), a new one not yet exported (`'%s':
  repository not exported.`), pushes and archives refused (`'%s': service not enabled for '%s'`),
  upload-pack's stderr copied to the log (`fatal: the remote end hung up unexpectedly`, `fatal: git
  upload-pack: not our ref %s`), scanners (`protocol error: bad line length character: %.4s`,
  `'%s': aliased`, `Protocol error: '%s'`), and the daemon restarted on git2 at 10:15 (`Ready to
  rumble`).
- stunnel 5.68 (`mq1-stunnel.log`, `mq2-stunnel.log`: `output = /var/log/stunnel4/stunnel.log`,
  `2024.06.07 06:00:01 LOG5[42]: ...`, `debug = notice`): a Redis behind `[redis-tls]` (client
  certificates verified: `Certificate accepted at depth=%d: %s`) and an SMTP relay reached through
  `[smtp-relay]` in client mode, every connection's `Service [%s] accepted connection from %s`,
  `s_connect: connected %s`, `Service [%s] connected remote server from %s` and `Connection closed:
  %llu byte(s) sent to TLS, %llu byte(s) sent to socket`; Redis restarted on mq1 08:00-08:02
  (`s_connect: connect %s: Connection refused (%d)`, `No more addresses to connect`, `Connection
  reset: ...`), scanners (`SSL_accept: %s:%d: error:0A00010B:SSL routines::wrong version number`,
  `SSL_accept: Peer suddenly disconnected`), an old client (`...::unsupported protocol`), a worker
  with an expired certificate (`CERT: Pre-verification error: certificate has expired`, `Rejected by
  CERT at depth=%d: %s`, `...::certificate verify failed`), a certificate renewal at 09:00 reloaded
  with the wrong key (`Failed to reload the configuration file`) and again at 09:06, the relay's
  pool full 10:00-10:20 (`Connection rejected: too many clients (>=%ld)`), and mq2 restarted at
  11:00 for an upgrade (`Terminated`, the build lines with `Running  with %s` and `Update OpenSSL
  shared libraries or rebuild stunnel`).

Label notes. The heads are context: log4j2's time, level, thread and `Class.method():line`, glog's
level letter, time, thread id and `file:line] `, logrus's time and level (its fields are
attributes, the message alone is the label), supervisord's `program stdout | ` and Quay's time,
pid, level and logger name, the syslog head, stunnel's time and `LOG%d[%s]: `. A value printed
through an object's toString (Doris's TransactionState and Backend, APScheduler's job) is a value;
an exception's message inside a message contributes its own format. A literal the code picks by
branch is wording (stunnel's `Connection closed` / `Connection reset`, git daemon's `Disconnected`
/ `Disconnected (with error)`, Doris's `cumulative compaction` / `base compaction` from each
compaction class's name); enum names (publish results, heartbeat types) and service names taken
from a table (git daemon's `upload-pack`) are variables. OpenSSL's and strerror's texts are
wording, their file:line and codes values. gorilla's access line, nginx's `lb_logs` and gunicorn's
access format are one template each. Tracebacks, Java stacks and the `NoneType: None` line continue
their events; glog's four header lines are each a line of its own.

Least sure (written from the helper's knowledge; stunnel's client, network, log and ctx messages,
git's daemon.c, the registry's auth, purge and start-up lines, Quay's worker, security-scanner and
credential messages and its logging, nginx and gunicorn configuration, and Doris's Backend and
heartbeat messages were checked against copies of their sources): Doris's stream load, compaction
and checkpoint wordings, the [E-235] text, the version line and the `listener id` spelling; the
registry's `error resolving upload: invalid secret`, the retrying sink's wording and the S3 error
text; Quay's gunicorn `h` atom behind nginx, the Python paths in its tracebacks, the supervisord
start-up order; stunnel's `Failed to initialize TLS context` line and its thread id for reloads.
"""

from __future__ import annotations

import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round53 import pyframes, registry_route
from generate_round55 import poisson
from generate_round97 import Files, sec, syslog_ts
from generate_round147 import T0, T_END, at, in_any


def ms3(t: datetime) -> str:
    return f"{t.microsecond // 1000:03d}"


def epoch_ms(t: datetime) -> int:
    return int(t.timestamp() * 1000)


# ------------------------------------------------------------------------------------ doris

DO_DB = ("ods", 10002)
# table: (name, table id, label prefix of its loader)
DO_TABLES = [("orders", 10045, "flink_orders"), ("user_events", 10061, "flink_user_events")]
DO_METRICS = ("ops_metrics", 10093)
DO_BES = [
    # host, ip, backend id, last start time
    ("be1", "10.20.1.11", 10002, datetime(2024, 6, 1, 3, 12, 44)),
    ("be2", "10.20.1.12", 10003, datetime(2024, 6, 1, 3, 13, 2)),
    ("be3", "10.20.1.13", 10004, datetime(2024, 6, 1, 3, 13, 19)),
]
DO_FE = "10.20.1.10"
DO_JAR = "~[doris-fe.jar:1.2-SNAPSHOT]"
DO_NOT_ALIVE_STACK = [
    "org.apache.doris.qe.SimpleScheduler.getHost(SimpleScheduler.java:94)",
    "org.apache.doris.qe.Coordinator.computeScanRangeAssignmentByScheduler(Coordinator.java:2180)",
    "org.apache.doris.qe.Coordinator.computeScanRangeAssignment(Coordinator.java:2041)",
    "org.apache.doris.qe.Coordinator.processFragmentAssignmentAndParams(Coordinator.java:631)",
    "org.apache.doris.qe.Coordinator.prepare(Coordinator.java:611)",
    "org.apache.doris.qe.Coordinator.exec(Coordinator.java:663)",
    "org.apache.doris.qe.StmtExecutor.sendResult(StmtExecutor.java:1653)",
    "org.apache.doris.qe.StmtExecutor.executeByLegacy(StmtExecutor.java:1030)",
    "org.apache.doris.qe.StmtExecutor.execute(StmtExecutor.java:622)",
    "org.apache.doris.qe.StmtExecutor.execute(StmtExecutor.java:535)",
    "org.apache.doris.qe.ConnectProcessor.executeQuery(ConnectProcessor.java:335)",
    "org.apache.doris.qe.ConnectProcessor.handleQuery(ConnectProcessor.java:233)",
    "org.apache.doris.qe.MysqlConnectProcessor.handleQuery(MysqlConnectProcessor.java:186)",
    "org.apache.doris.qe.MysqlConnectProcessor.dispatch(MysqlConnectProcessor.java:214)",
    "org.apache.doris.qe.MysqlConnectProcessor.processOnce(MysqlConnectProcessor.java:363)",
    "org.apache.doris.mysql.ReadListener.lambda$handleEvent$0(ReadListener.java:52)",
    "java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
    "java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:635)",
    "java.lang.Thread.run(Thread.java:833)",
]


def doris_uid(r: random.Random) -> str:
    """Doris's printId of a 128-bit id: two 16-digit hex halves."""
    return f"{hexid(r, 16)}-{hexid(r, 16)}"


def doris(r: random.Random) -> list[Log]:
    """One FE (the master of three) and three BEs, 06:00 to 12:00: a Flink job loading two
    tables every three minutes, compactions, hourly checkpoints, be3 OOM-killed at 07:40 and back
    at 07:48, and a script loading a metrics table every 4 s 09:10-09:22 until [E-235]."""
    fs = Files()
    FE = "fe1-fe.log"
    be_file = {h: f"{h}-be.INFO" for h, _, _, _ in DO_BES}
    be3_restart = at(7, 48, 26.402)
    be3_new = "be3-be.INFO.log.20240607-074826"
    be_tids = {h: r.sample(range(18000, 32000), 60) for h, _, _, _ in DO_BES}
    be3_tids_new = r.sample(range(41000, 48000), 60)

    def F(t: datetime, lvl: str, thread: str, where: str, label: str, lines: list[str]) -> datetime:
        return fs.add(
            FE,
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%d %H:%M:%S},{ms3(x)} {lvl} ({thread}) [{where}] {lines[0]}",
                *lines[1:],
            ],
            "fe",
            1000,
        )

    def B(
        h: str, t: datetime, lvl: str, where: str, label: str, lines: list[str], tid: int = 0
    ) -> datetime:
        f = be_file[h]
        tids = be_tids[h]
        if h == "be3" and t >= be3_restart:
            f = be3_new
            tids = be3_tids_new
        th = tid or r.choice(tids)
        return fs.add(
            f,
            t,
            label,
            lambda x: [
                f"{lvl}{x:%Y%m%d %H:%M:%S}.{x.microsecond:06d} {th} {where}] {lines[0]}",
                *lines[1:],
            ],
            ("be", h),
            1,
        )

    def be_down(h: str, t: datetime) -> bool:
        return h == "be3" and at(7, 40, 3) <= t < be3_restart + sec(8)

    thrift = [f"thrift-server-pool-{n}|{n + 180}" for n in range(2, 40)]
    txn = [48213]

    def txn_state(
        tid: int,
        label: str,
        table_id: int,
        coord: str,
        status: str,
        prep: datetime,
        commit: datetime | None,
        fin: datetime | None,
        reason: str = "",
    ) -> str:
        c = epoch_ms(commit) if commit else -1
        f = epoch_ms(fin) if fin else -1
        cost = f"{f - epoch_ms(prep)}ms" if fin else "-1ms"
        return (
            f"TransactionState. transaction id: {tid}, label: {label}, db id: {DO_DB[1]}, table id list: {table_id}, "
            f"callback id: -1, coordinator: BE: {coord}, transaction status: {status}, error replicas num: 0, "
            f"replica ids: , prepare time: {epoch_ms(prep)}, commit time: {c}, finish time: {f}, total cost: {cost}, reason: {reason}"
        )

    def stream_load(
        t: datetime,
        be: tuple[str, str, int, datetime],
        db: str,
        tbl: str,
        table_id: int,
        label: str,
        rows: int,
        fail: str = "",
        quorum: bool = False,
    ) -> None:
        h, ip, _bid, _st = be
        lid = doris_uid(r)
        tid = r.choice(be_tids[h] if not (h == "be3" and t >= be3_restart) else be3_tids_new)
        B(
            h,
            t,
            "I",
            "stream_load.cpp:418",
            "new income streaming load request.%s, db=%s, tbl=%s, group_commit=%s",
            [
                f"new income streaming load request.id={lid}, job_id=-1, txn_id=-1, label={label}, elapse(s)=0, db={db}, tbl={tbl}, group_commit=false"
            ],
            tid,
        )
        txn[0] += r.randint(1, 4)
        tx = txn[0]
        tb = F(
            t + sec(r.uniform(0.004, 0.02)),
            "INFO",
            r.choice(thrift),
            "DatabaseTransactionMgr.beginTransaction():412",
            "begin transaction: txn id %d with label %s from coordinator %s, listener id: %d",
            [
                f"begin transaction: txn id {tx} with label {label} from coordinator BE: {ip}, listener id: -1"
            ],
        )
        if fail:
            tf = B(
                h,
                tb + sec(r.uniform(0.05, 0.4)),
                "W",
                "stream_load.cpp:146",
                "handle streaming load failed, id=%s, errmsg=[E-235]failed to init rowset builder. version count: %d, exceed limit: %d, tablet: %d",
                [f"handle streaming load failed, id={lid}, errmsg={fail}"],
                tid,
            )
            F(
                tf + sec(r.uniform(0.005, 0.03)),
                "INFO",
                r.choice(thrift),
                "DatabaseTransactionMgr.abortTransaction():1634",
                "abort transaction: %s successfully",
                [
                    "abort transaction: "
                    + txn_state(tx, label, table_id, ip, "ABORTED", tb, None, tf, fail)
                    + " successfully"
                ],
            )
            return
        recv = r.randint(40, 900)
        write = r.randint(30, 400)
        commit_pub = r.randint(20, 160)
        total = recv + write + commit_pub + r.randint(2, 20)
        tc = tb + sec(total / 1000 - commit_pub / 1000)
        tv = tb + sec(total / 1000 - r.uniform(0.001, 0.006))
        result = "QUORUM_SUCC" if quorum else "SUCCEED"
        F(
            tv,
            "INFO",
            f"PUBLISH_VERSION|{r.choice([52, 53])}",
            "DatabaseTransactionMgr.finishTransaction():1154",
            "finish transaction %s successfully, publish result: %s",
            [
                "finish transaction "
                + txn_state(tx, label, table_id, ip, "VISIBLE", tb, tc, tv)
                + f" successfully, publish result: {result}"
            ],
        )
        nbytes = rows * r.randint(180, 260)
        B(
            h,
            tb + sec(total / 1000 + 0.002),
            "I",
            "stream_load.cpp:212",
            "finished to execute stream load. label=%s, txn_id=%d, query_id=%s, load_cost_ms=%d, receive_data_cost_ms=%d, read_data_cost_ms=%d, write_data_cost_ms=%d, commit_and_publish_txn_cost_ms=%d, number_total_rows=%d, number_loaded_rows=%d, receive_bytes=%d, loaded_bytes=%d",
            [
                f"finished to execute stream load. label={label}, txn_id={tx}, query_id={lid}, load_cost_ms={total}, receive_data_cost_ms={recv}, read_data_cost_ms={r.randint(recv // 2, recv)}, write_data_cost_ms={write}, commit_and_publish_txn_cost_ms={commit_pub}, number_total_rows={rows}, number_loaded_rows={rows}, receive_bytes={nbytes}, loaded_bytes={nbytes}"
            ],
            tid,
        )

    # the Flink job: each table every three minutes, the coordinator BE round-robin; the
    # metrics script every 4 s, 09:10-09:22, whose loads fail once the tablet's versions exceed
    # the limit at 09:14:10. Transaction ids follow time, so the loads are made in time order.
    loads: list[tuple[datetime, str, int, str, int, str, bool]] = []
    for k, (tbl, table_id, prefix) in enumerate(DO_TABLES):
        ckpt = 5821 + k * 13
        t = T0 + sec(41 + k * 7.3)
        while t < T_END:
            ckpt += 1
            rows = r.randint(1800, 9600) if tbl == "orders" else r.randint(20000, 84000)
            loads.append(
                (t + sec(r.uniform(0, 0.8)), tbl, table_id, f"{prefix}_0_{ckpt}", rows, "", True)
            )
            t += sec(180)
    t = at(9, 10, 2.3)
    n = 0
    while t < at(9, 22, 0):
        n += 1
        fail = ""
        if t >= at(9, 14, 10):
            fail = f"[E-235]failed to init rowset builder. version count: {2001 + n % 3}, exceed limit: 2000, tablet: 14237"
        label = f"ops_metrics_{t:%Y%m%d%H%M%S}_{r.randint(1000, 9999)}"
        loads.append((t, DO_METRICS[0], DO_METRICS[1], label, r.randint(40, 120), fail, False))
        t += sec(4 + r.uniform(-0.2, 0.3))
    rr = 0
    for t, tbl, table_id, label, rows, fail, flink in sorted(loads):
        if flink:
            cands = [b for b in DO_BES if not be_down(b[0], t)]
            be = cands[rr % len(cands)]
            rr += 1
        else:
            be = DO_BES[rr % 3]
            rr += 1
            if be_down(be[0], t):
                be = DO_BES[0]
        quorum = in_any(t, [(at(7, 40, 3), be3_restart + sec(8))])
        stream_load(t, be, DO_DB[0], tbl, table_id, label, rows, fail, quorum)

    # compactions on every BE
    for h, _ip, _bid, _st in DO_BES:
        disk = "/data/doris/storage"
        t = T0 + sec(r.uniform(20, 200))
        while t < T_END:
            if not be_down(h, t):
                heavy = at(9, 10) <= t < at(9, 40)
                base = r.random() < 0.08
                name = "base compaction" if base else "cumulative compaction"
                tablet = r.choice([14233, 14235, 14237, 14239, 14301, 14303, 14305, 14411, 14413])
                if heavy and not base:
                    tablet = 14237
                v1 = r.randint(900, 1900)
                v2 = v1 + r.randint(5, 60)
                inrows = r.randint(20000, 900000) if not base else r.randint(4_000_000, 18_000_000)
                merged = r.randint(0, inrows // 40)
                el = r.uniform(0.05, 2.5) if not base else r.uniform(12, 95)
                pol = ". cumulative_compaction_policy=size_based" if not base else ""
                B(
                    h,
                    t,
                    "I",
                    "compaction.cpp:356",
                    "succeed to do "
                    + name
                    + " is_vertical=%d. tablet=%d, output_version=[%d-%d], current_max_version=%d, disk=%s, segments=%d, input_row_num=%d, output_row_num=%d, filtered_row_num=%d, merged_row_num=%d. elapsed time=%ss"
                    + (". cumulative_compaction_policy=%s" if not base else "")
                    + ", compact_row_per_second=%d",
                    [
                        f"succeed to do {name} is_vertical=1. tablet={tablet}, output_version=[{0 if base else v1}-{v2}], current_max_version={v2 + r.randint(0, 3)}, disk={disk}, segments={r.randint(1, 4)}, input_row_num={inrows}, output_row_num={inrows - merged}, filtered_row_num=0, merged_row_num={merged}. elapsed time={el:.4f}s{pol}, compact_row_per_second={int(inrows / el)}"
                    ],
                )
            gap = 40 if (at(9, 10) <= t < at(9, 40)) else r.uniform(240, 520)
            t += sec(gap * r.uniform(0.7, 1.3))

    # the FE's checkpoint, hourly
    for hh in range(6, 12):
        t = at(hh, 17, 44.2) + sec(r.uniform(0, 2))
        img = 3182044 + (hh - 6) * 6100 + r.randint(0, 900)
        t = F(
            t,
            "INFO",
            "leaderCheckpointer|105",
            "Checkpoint.doCheckpoint():133",
            "begin to generate new image: image.%d",
            [f"begin to generate new image: image.{img}"],
        )
        t = F(
            t + sec(r.uniform(2.5, 6.0)),
            "INFO",
            "leaderCheckpointer|105",
            "Checkpoint.doCheckpoint():169",
            "checkpoint finished save image.%d",
            [f"checkpoint finished save image.{img}"],
        )
        F(
            t + sec(r.uniform(0.4, 1.5)),
            "INFO",
            "leaderCheckpointer|105",
            "Checkpoint.doCheckpoint():225",
            "push image.%d to other nodes. totally %d nodes, push succeeded %d nodes",
            [f"push image.{img} to other nodes. totally 2 nodes, push succeeded 2 nodes"],
        )

    # be3 lost: heartbeats every 5 s fail until it is back
    _h3, ip3, bid3, st3 = DO_BES[2]

    def be_str(alive: bool, st: datetime) -> str:
        return f"Backend [id={bid3}, host={ip3}, heartbeatPort=9050, alive={str(alive).lower()}, lastStartTime={st:%Y-%m-%d %H:%M:%S}, process epoch={int(st.timestamp() * 1000)}, tags: {{location=default}}]"

    t = at(7, 40, 4.118)
    first = True
    while t < be3_restart + sec(3):
        F(
            t,
            "WARN",
            "heartbeat mgr|34",
            "HeartbeatMgr.runAfterCatalogReady():165",
            "get bad heartbeat response: type: %s, status: %s, msg: java.net.ConnectException: Connection refused (Connection refused)",
            [
                "get bad heartbeat response: type: BACKEND, status: BAD, msg: java.net.ConnectException: Connection refused (Connection refused)"
            ],
        )
        if first:
            F(
                t + sec(0.002),
                "WARN",
                "heartbeat mgr|34",
                "Backend.handleHbResponse():880",
                "%s is dead,",
                [f"{be_str(False, st3)} is dead,"],
            )
            first = False
        t += sec(5 + r.uniform(-0.01, 0.02))
    new_st = be3_restart.replace(microsecond=0) - sec(1)
    F(
        t,
        "INFO",
        "heartbeat mgr|34",
        "Backend.handleHbResponse():842",
        "%s is back to alive, update start time from %s to %s, update be epoch from %d to %d.",
        [
            f"{be_str(False, st3)} is back to alive, update start time from {st3:%Y-%m-%d %H:%M:%S} to {new_st:%Y-%m-%d %H:%M:%S}, update be epoch from {int(st3.timestamp() * 1000)} to {int(new_st.timestamp() * 1000)}."
        ],
    )
    # dashboards' queries failing while be3 is dead
    for tq in sorted(at(7, 40, 10) + sec(r.uniform(0, 490)) for _ in range(14)):
        sid = r.randint(2_100_000, 2_200_000)
        qid = doris_uid(r)
        F(
            tq,
            "WARN",
            f"mysql-nio-pool-{r.randint(1, 60)}|{r.randint(300, 900)}",
            "StmtExecutor.execute():651",
            "execute Exception. %s",
            [
                f"execute Exception. stmt[{sid}, {qid}]",
                f"org.apache.doris.common.UserException: errCode = 2, detailMessage = There is no scanNode Backend available.[{bid3}: not alive]",
                *[f"\tat {fr} {DO_JAR}" for fr in DO_NOT_ALIVE_STACK],
            ],
        )
    # be3's new glog file: the header glog writes, the version line
    hdr = be3_restart
    fs.add(
        be3_new,
        hdr,
        "Log file created at: %s",
        lambda x: [f"Log file created at: {x:%Y/%m/%d %H:%M:%S}"],
        ("hdr", 1),
        1,
    )
    fs.add(
        be3_new,
        hdr + sec(0.000001),
        "Running on machine: %s",
        lambda x: ["Running on machine: be3"],
        ("hdr", 2),
        1,
    )
    fs.add(
        be3_new,
        hdr + sec(0.000002),
        "Running duration (h:mm:ss): %s",
        lambda x: ["Running duration (h:mm:ss): 0:00:00"],
        ("hdr", 3),
        1,
    )
    fs.add(
        be3_new,
        hdr + sec(0.000003),
        "Log line format: [IWEF]yyyymmdd hh:mm:ss.uuuuuu threadid file:line] msg",
        lambda x: ["Log line format: [IWEF]yyyymmdd hh:mm:ss.uuuuuu threadid file:line] msg"],
        ("hdr", 4),
        1,
    )
    B(
        "be3",
        hdr + sec(0.000412),
        "I",
        "doris_main.cpp:530",
        "version %s",
        ["version doris-2.1.3-rc09(AVX2) RELEASE (build git://vm-80@52a2eb6c7d)"],
    )
    return fs.logs(T0)


# --------------------------------------------------------------------------------- registry


def go_dur(x: float) -> str:
    """Go's time.Duration.String() of `x` seconds."""
    if x < 1e-3:
        return f"{x * 1e6:.3f}".rstrip("0").rstrip(".") + "µs"
    if x < 1:
        return f"{x * 1e3:.6f}".rstrip("0").rstrip(".") + "ms"
    if x < 60:
        return f"{x:.9f}".rstrip("0").rstrip(".") + "s"
    m, rest = divmod(x, 60)
    return f"{int(m)}m" + (f"{rest:.9f}".rstrip("0").rstrip(".") or "0") + "s"


def logrus_val(v: object) -> str:
    """logrus 1.8's TextFormatter: quoted (Go %q) unless every rune is safe."""
    s = str(v)
    if s and all(c.isascii() and (c.isalnum() or c in "-._/@^+") for c in s):
        return s
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def rfc3339nano(t: datetime, nano: int) -> str:
    frac = f"{t.microsecond:06d}{nano:03d}".rstrip("0")
    return f"{t:%Y-%m-%dT%H:%M:%S}" + (f".{frac}" if frac else "") + "Z"


def clf(t: datetime) -> str:
    return f"{t:%d/%b/%Y:%H:%M:%S} +0000"


RG_HOST = "registry.example.com"
RG_REALM = "Registry Realm"
RG_S3 = "http://minio.storage.svc:9000"
RG_HOOK = "http://trivy-adapter.security.svc:8080/api/v1/registry/events"
RG_DOCKER_UA = r"docker/24.0.7 go/go1.20.10 git-commit/311b9ff kernel/5.15.0-107-generic os/linux arch/amd64 UpstreamClient(Docker-Client/24.0.7 \(linux\))"
RG_JENKINS_UA = r"docker/20.10.24+dfsg1 go/go1.19.8 git-commit/5d6db84 kernel/5.10.0-29-amd64 os/linux arch/amd64 UpstreamClient(Docker-Client/20.10.24+dfsg1 \(linux\))"
RG_CTRD_UA = "containerd/v1.7.13"
RG_REPOS = [
    # repository, layers, pushes (min between), deployed from
    ("apps/checkout", 7, 22),
    ("apps/catalog", 6, 30),
    ("apps/payments", 8, 45),
    ("platform/nginx-base", 5, 120),
]
RG_CI = ["10.42.7.31", "10.42.7.32"]
RG_NODES = ["10.42.1.11", "10.42.1.12", "10.42.1.13", "10.42.1.14"]
RG_JENKINS = "10.60.2.45"
RG_REPORTS = "10.42.1.13"


def registry(r: random.Random) -> list[Log]:
    """Two registry replicas behind one ingress, 06:00 to 12:00: CI pushes and cluster pulls,
    a Jenkins job with a rotated password, MinIO down 08:20-08:32, a redeploy at 10:00 without
    http.secret fixed at 10:40, the scanner's webhook down 11:10-11:20."""
    fs = Files()
    pods = ["registry-0", "registry-1"]
    inst = {p: uuid4(r) for p in pods}
    redeploy = {"registry-0": at(10, 0, 14.2), "registry-1": at(10, 0, 51.7)}
    fixed = {"registry-0": at(10, 40, 9.8), "registry-1": at(10, 40, 44.1)}
    s3_down = (at(8, 20, 5), at(8, 32, 40))
    no_secret = (at(10, 0, 14.2), at(10, 40, 44.1))
    hook_down = (at(11, 10, 0), at(11, 20, 30))

    def instance(p: str, t: datetime) -> str:
        return inst[(p, 2 if t >= fixed[p] else 1 if t >= redeploy[p] else 0)]

    for p in pods:
        inst[(p, 0)] = uuid4(r)
        inst[(p, 1)] = uuid4(r)
        inst[(p, 2)] = uuid4(r)

    def L(
        p: str,
        t: datetime,
        level: str,
        label: str,
        msg: str,
        fields: dict[str, object] | None = None,
        ctx: bool = True,
    ) -> datetime:
        f: dict[str, object] = dict(fields or {})
        if ctx:
            f.update(
                {
                    "go.version": "go1.20.8",
                    "instance.id": "",
                    "service": "registry",
                    "version": "2.8.3",
                }
            )
        nano = r.randint(0, 999)

        def text(x: datetime) -> list[str]:
            ff = dict(f)
            if ctx:
                ff["instance.id"] = instance(p, x)
            parts = " ".join(f"{k}={logrus_val(ff[k])}" for k in sorted(ff))
            return [
                f'time="{rfc3339nano(x, nano)}" level={level} msg={logrus_val(msg)}'
                + (f" {parts}" if parts else "")
            ]

        return fs.add(f"{p}.log", t, label, text, ("logrus", p), 1)

    def A(
        p: str, t: datetime, ip: str, method: str, uri: str, status: int, size: int, ua: str
    ) -> None:
        # Labelled by method, route and status, as the set's access records are (round 54's
        # rule: a tag, a digest, an upload's id and a query's values in the route variables).
        fs.add(
            f"{p}.log",
            t,
            f'%s - %s [%s] "{method} {registry_route(uri)} %s" {status} %d "%s" "%s"',
            lambda x: [f'{ip} - - [{clf(x)}] "{method} {uri} HTTP/1.1" {status} {size} "" "{ua}"'],
            ("access", p, ip),
            1_000_000,
        )

    def pod_for(t: datetime) -> str:
        return r.choice(pods)

    def req(
        t: datetime,
        ip: str,
        ua: str,
        method: str,
        uri: str,
        status: int,
        written: int,
        user: str | None,
        ctype: str = "application/json; charset=utf-8",
        vars_: dict[str, str] | None = None,
        err: tuple[str, str, str] | None = None,
        p: str | None = None,
    ) -> datetime:
        p = p or pod_for(t)
        dur = (
            r.uniform(0.0008, 0.012) if status < 300 or status == 307 else r.uniform(0.0004, 0.004)
        )
        if method in ("PATCH", "PUT") and "uploads" in uri:
            dur = r.uniform(0.4, 6.0)
        f: dict[str, object] = {
            "http.request.host": RG_HOST,
            "http.request.id": uuid4(r),
            "http.request.method": method,
            "http.request.remoteaddr": ip,
            "http.request.uri": uri,
            "http.request.useragent": ua,
            "http.response.contenttype": ctype,
            "http.response.duration": go_dur(dur),
            "http.response.status": status,
            "http.response.written": written,
        }
        if user:
            f["auth.user.name"] = user
        for k, v in (vars_ or {}).items():
            f[f"vars.{k}"] = v
        te = t + sec(dur)
        if err:
            code, message, detail = err
            f["err.code"] = code
            f["err.message"] = message
            if detail:
                f["err.detail"] = detail
            te = L(
                p, te, "error", "response completed with error", "response completed with error", f
            )
        else:
            te = L(p, te, "info", "response completed", "response completed", f)
        A(p, te + sec(0.00003), ip, method, uri, status, written, ua)
        return te

    def denied(
        t: datetime, ip: str, ua: str, method: str, uri: str, why: str, p: str | None = None
    ) -> datetime:
        p = p or pod_for(t)
        label = (
            "error authorizing context: basic authentication challenge for realm %q: invalid authorization credential"
            if why == "invalid"
            else "error authorizing context: basic authentication challenge for realm %q: authentication failure"
        )
        text = "invalid authorization credential" if why == "invalid" else "authentication failure"
        f = {
            "http.request.host": RG_HOST,
            "http.request.id": uuid4(r),
            "http.request.method": method,
            "http.request.remoteaddr": ip,
            "http.request.uri": uri,
            "http.request.useragent": ua,
        }
        te = L(
            p,
            t,
            "warning",
            label,
            f'error authorizing context: basic authentication challenge for realm "{RG_REALM}": {text}',
            f,
        )
        A(p, te + sec(0.00002), ip, method, uri, 401, 87 if method == "GET" else 0, ua)
        return te

    def s3err(method: str, key: str) -> tuple[str, str, str]:
        m = {"HEAD": "Head", "GET": "Get", "PUT": "Put"}[method]
        return (
            "unknown",
            "unknown error",
            f's3aws: RequestError: send request failed\ncaused by: {m} "{RG_S3}/registry/docker/registry/v2/{key}": dial tcp 10.43.12.7:9000: connect: connection refused',
        )

    # image state: repository -> layers (digests), tag
    state: dict[str, list[str]] = {
        repo: [f"sha256:{hexid(r, 64)}" for _ in range(n)] for repo, n, _ in RG_REPOS
    }

    def blob_key(d: str) -> str:
        h = d.split(":")[1]
        return f"blobs/sha256/{h[:2]}/{h}/data"

    def push(t: datetime, repo: str, tag: str) -> None:
        ip = r.choice(RG_CI)
        p0 = pod_for(t)
        t = denied(t, ip, RG_DOCKER_UA, "GET", "/v2/", "invalid", p0)
        t = req(
            t + sec(r.uniform(0.01, 0.05)), ip, RG_DOCKER_UA, "GET", "/v2/", 200, 2, "ci-builder"
        )
        layers = state[repo]
        nnew = r.choice([1, 1, 2, 2, 3])
        new = [f"sha256:{hexid(r, 64)}" for _ in range(nnew)]
        layers = layers[: len(layers) - nnew] + new
        s3 = in_any(t, [s3_down])
        for d in layers:
            tt = t + sec(r.uniform(0.01, 0.3))
            if s3:
                req(
                    tt,
                    ip,
                    RG_DOCKER_UA,
                    "HEAD",
                    f"/v2/{repo}/blobs/{d}",
                    500,
                    0,
                    "ci-builder",
                    vars_={"digest": d, "name": repo},
                    err=s3err("HEAD", blob_key(d)),
                )
                continue
            if d in new:
                req(
                    tt,
                    ip,
                    RG_DOCKER_UA,
                    "HEAD",
                    f"/v2/{repo}/blobs/{d}",
                    404,
                    157,
                    "ci-builder",
                    vars_={"digest": d, "name": repo},
                    err=("blob unknown", "blob unknown to registry", d),
                )
            else:
                req(
                    tt,
                    ip,
                    RG_DOCKER_UA,
                    "HEAD",
                    f"/v2/{repo}/blobs/{d}",
                    200,
                    0,
                    "ci-builder",
                    ctype="application/octet-stream",
                    vars_={"digest": d, "name": repo},
                )
        if s3:
            return
        t += sec(r.uniform(0.3, 0.6))
        for d in new:
            up = uuid4(r)
            pa = pod_for(t)
            t = req(
                t,
                ip,
                RG_DOCKER_UA,
                "POST",
                f"/v2/{repo}/blobs/uploads/",
                202,
                0,
                "ci-builder",
                ctype="",
                vars_={"name": repo},
                p=pa,
            )
            st = hexid(r, 24)
            state_tok = f"_state={st[:8]}{r.choice(['Dz', 'Qk', 'Ux'])}{hexid(r, 60)}%3D%3D"
            pb = pod_for(t)
            uri = f"/v2/{repo}/blobs/uploads/{up}?{state_tok}"
            if in_any(t, [no_secret]) and pb != pa:
                f = {
                    "http.request.host": RG_HOST,
                    "http.request.id": uuid4(r),
                    "http.request.method": "PATCH",
                    "http.request.remoteaddr": ip,
                    "http.request.uri": uri,
                    "http.request.useragent": RG_DOCKER_UA,
                    "auth.user.name": "ci-builder",
                    "vars.name": repo,
                    "vars.uuid": up,
                }
                tt = L(
                    pb,
                    t + sec(0.0006),
                    "info",
                    "error resolving upload: %v",
                    "error resolving upload: invalid secret",
                    f,
                )
                req(
                    tt,
                    ip,
                    RG_DOCKER_UA,
                    "PATCH",
                    uri,
                    404,
                    190,
                    "ci-builder",
                    vars_={"name": repo, "uuid": up},
                    err=("blob upload invalid", "blob upload invalid", "invalid secret"),
                    p=pb,
                )
                return
            if r.random() < 0.04:
                f = {
                    "contentLength": -1,
                    "copied": r.randint(1_000_000, 90_000_000),
                    "error": "unexpected EOF",
                    "http.request.host": RG_HOST,
                    "http.request.id": uuid4(r),
                    "http.request.method": "PATCH",
                    "http.request.remoteaddr": ip,
                    "http.request.uri": uri,
                    "http.request.useragent": RG_DOCKER_UA,
                    "auth.user.name": "ci-builder",
                    "vars.name": repo,
                    "vars.uuid": up,
                }
                tt = L(
                    pb,
                    t + sec(r.uniform(3, 20)),
                    "error",
                    "client disconnected during blob PATCH",
                    "client disconnected during blob PATCH",
                    f,
                )
                req(
                    tt,
                    ip,
                    RG_DOCKER_UA,
                    "PATCH",
                    uri,
                    499,
                    0,
                    "ci-builder",
                    vars_={"name": repo, "uuid": up},
                    err=("unknown", "unknown error", "client disconnected"),
                    p=pb,
                )
                return
            t = req(
                t + sec(0.01),
                ip,
                RG_DOCKER_UA,
                "PATCH",
                uri,
                202,
                0,
                "ci-builder",
                ctype="",
                vars_={"name": repo, "uuid": up},
                p=pb,
            )
            uri2 = f"/v2/{repo}/blobs/uploads/{up}?_state={hexid(r, 20)}Ux{hexid(r, 60)}%3D%3D&digest={d.replace(':', '%3A')}"
            t = req(
                t + sec(0.01),
                ip,
                RG_DOCKER_UA,
                "PUT",
                uri2,
                201,
                0,
                "ci-builder",
                ctype="",
                vars_={"name": repo, "uuid": up},
                p=pod_for(t),
            )
        t = req(
            t + sec(0.05),
            ip,
            RG_DOCKER_UA,
            "PUT",
            f"/v2/{repo}/manifests/{tag}",
            201,
            0,
            "ci-builder",
            ctype="",
            vars_={"name": repo, "reference": tag},
        )
        state[repo] = layers

    def pull(t: datetime, ip: str, repo: str, tag: str, layers_new: list[str]) -> None:
        p0 = pod_for(t)
        mf = f"/v2/{repo}/manifests/{tag}"
        t = denied(t, ip, RG_CTRD_UA, "HEAD", mf, "invalid", p0)
        t = req(
            t + sec(r.uniform(0.005, 0.03)),
            ip,
            RG_CTRD_UA,
            "HEAD",
            mf,
            200,
            0,
            "k8s-puller",
            ctype="application/vnd.docker.distribution.manifest.v2+json",
            vars_={"name": repo, "reference": tag},
        )
        if in_any(t, [s3_down]):
            d = f"sha256:{hexid(r, 64)}"
            req(
                t + sec(0.02),
                ip,
                RG_CTRD_UA,
                "GET",
                f"/v2/{repo}/manifests/{d}",
                500,
                70,
                "k8s-puller",
                vars_={"name": repo, "reference": d},
                err=s3err("GET", f"repositories/{repo}/_manifests/revisions/sha256/{d[7:]}/link"),
            )
            return
        d = f"sha256:{hexid(r, 64)}"
        t = req(
            t + sec(0.02),
            ip,
            RG_CTRD_UA,
            "GET",
            f"/v2/{repo}/manifests/{d}",
            200,
            r.randint(1400, 2300),
            "k8s-puller",
            ctype="application/vnd.docker.distribution.manifest.v2+json",
            vars_={"name": repo, "reference": d},
        )
        for bd in [f"sha256:{hexid(r, 64)}", *layers_new]:
            req(
                t + sec(r.uniform(0.01, 0.2)),
                ip,
                RG_CTRD_UA,
                "GET",
                f"/v2/{repo}/blobs/{bd}",
                307,
                0,
                "k8s-puller",
                ctype="",
                vars_={"digest": bd, "name": repo},
            )

    # CI pushes, and the cluster's rollout pulls after the main-branch ones
    for repo, _n, every in RG_REPOS:
        t = T0 + sec(r.uniform(60, every * 60))
        build = r.randint(1200, 4800)
        while t < T_END:
            build += r.randint(1, 9)
            main = r.random() < 0.45
            tag = f"{build}-{hexid(r, 7)}" if not main else f"main-{hexid(r, 7)}"
            before = list(state[repo])
            push(t, repo, tag)
            if main and state[repo] != before and not in_any(t, [s3_down]):
                newl = [d for d in state[repo] if d not in before]
                for node in r.sample(RG_NODES, 2):
                    pull(t + sec(r.uniform(40, 140)), node, repo, tag, newl)
            t += sec(every * 60 * r.uniform(0.6, 1.4))
    # a cronjob pulling a deleted tag every 10 min, and nodes re-checking images now and then
    t = T0 + sec(233.4)
    while t < T_END:
        mf = "/v2/apps/reports/manifests/2024.05"
        tt = denied(t, RG_REPORTS, RG_CTRD_UA, "HEAD", mf, "invalid")
        err = ("manifest unknown", "manifest unknown", "unknown tag=2024.05")
        if in_any(t, [s3_down]):
            err = s3err("HEAD", "repositories/apps/reports/_manifests/tags/2024.05/current/link")
        req(
            tt + sec(0.02),
            RG_REPORTS,
            RG_CTRD_UA,
            "HEAD",
            mf,
            404 if err[0] != "unknown" else 500,
            96 if err[0] != "unknown" else 70,
            "k8s-puller",
            vars_={"name": "apps/reports", "reference": "2024.05"},
            err=err,
        )
        t += sec(600 + r.uniform(-2, 2))
    for t in poisson(r, T0, T_END, 260):
        repo = r.choice(RG_REPOS)[0]
        ip = r.choice(RG_NODES)
        mf = f"/v2/{repo}/manifests/main"
        tt = denied(t, ip, RG_CTRD_UA, "HEAD", mf, "invalid")
        if in_any(t, [s3_down]):
            req(
                tt + sec(0.02),
                ip,
                RG_CTRD_UA,
                "HEAD",
                mf,
                500,
                70,
                "k8s-puller",
                vars_={"name": repo, "reference": "main"},
                err=s3err("HEAD", f"repositories/{repo}/_manifests/tags/main/current/link"),
            )
        else:
            req(
                tt + sec(0.02),
                ip,
                RG_CTRD_UA,
                "HEAD",
                mf,
                200,
                0,
                "k8s-puller",
                ctype="application/vnd.docker.distribution.manifest.v2+json",
                vars_={"name": repo, "reference": "main"},
            )
    # the Jenkins job with a rotated password, every 5 min
    t = T0 + sec(118.3)
    while t < T_END:
        tt = denied(t, RG_JENKINS, RG_JENKINS_UA, "GET", "/v2/", "invalid")
        denied(tt + sec(r.uniform(0.01, 0.04)), RG_JENKINS, RG_JENKINS_UA, "GET", "/v2/", "failure")
        t += sec(300 + r.uniform(-0.5, 0.5))
    # start-ups at the redeploys (the first without http.secret), and the upload purge
    for p in pods:
        for k, t in enumerate([redeploy[p], fixed[p]]):
            t = t + sec(r.uniform(0, 0.01))
            if k == 0:
                t = L(
                    p,
                    t,
                    "warning",
                    "No HTTP secret provided - generated random secret. This may cause problems with uploads if multiple registries are behind a load-balancer. To provide a shared secret, fill in http.secret in the configuration file or set the REGISTRY_HTTP_SECRET environment variable.",
                    "No HTTP secret provided - generated random secret. This may cause problems with uploads if multiple registries are behind a load-balancer. To provide a shared secret, fill in http.secret in the configuration file or set the REGISTRY_HTTP_SECRET environment variable.",
                )
            t = L(p, t + sec(0.0002), "info", "redis not configured", "redis not configured")
            jitter = r.randint(1, 59)
            t = L(
                p,
                t + sec(0.0004),
                "info",
                "Starting upload purge in %s",
                f"Starting upload purge in {jitter}m0s",
            )
            t = L(
                p,
                t + sec(0.003),
                "info",
                "using inmemory blob descriptor cache",
                "using inmemory blob descriptor cache",
            )
            t = L(
                p,
                t + sec(0.0002),
                "info",
                "configuring endpoint %v (%v), timeout=%s, headers=%v",
                f"configuring endpoint scanner ({RG_HOOK}), timeout=3s, headers=map[]",
            )
            L(p, t + sec(0.0006), "info", "listening on %v", "listening on [::]:5000")
            tp = t + sec(jitter * 60)
            nxt = fixed[p] if k == 0 else T_END + sec(1)
            if tp < nxt and tp < T_END:
                older = tp - timedelta(days=7)
                mono = -(604800 - (tp - t).total_seconds()) + r.uniform(-0.001, 0.001)
                tp = L(
                    p,
                    tp,
                    "info",
                    "PurgeUploads starting: olderThan=%s, actuallyDelete=%t",
                    f"PurgeUploads starting: olderThan={older:%Y-%m-%d %H:%M:%S}.{older.microsecond:06d}{r.randint(0, 999):03d} +0000 UTC m={mono:+.9f}, actuallyDelete=true",
                    ctx=False,
                )
                tp = L(
                    p,
                    tp + sec(r.uniform(2, 9)),
                    "info",
                    "Purge uploads finished.  Num deleted=%d, num errors=%d",
                    f"Purge uploads finished.  Num deleted={r.randint(0, 6)}, num errors=0",
                    ctx=False,
                )
                L(
                    p,
                    tp + sec(0.0001),
                    "info",
                    "Starting upload purge in %s",
                    "Starting upload purge in 24h0m0s",
                )
    # the scanner's webhook down: each replica's retrying sink, every 10 s backoff
    for p in pods:
        t = hook_down[0] + sec(r.uniform(3, 40))
        while t < hook_down[1]:
            L(
                p,
                t,
                "error",
                "retryingsink: error writing events: %v, retrying",
                f'retryingsink: error writing events: httpSink{{{RG_HOOK}}}: error posting: Post "{RG_HOOK}": dial tcp 10.43.99.12:8080: connect: connection refused, retrying',
                ctx=False,
            )
            t += sec(10 + r.uniform(0.001, 0.05))
    return fs.logs(T0)


# ------------------------------------------------------------------------------------- quay

QY_HOST = "quay.example.com"
QY_PY = "/usr/local/lib/python3.9/site-packages"
QY_APP = "/quay-registry"
QY_DB_ERR = [
    'psycopg2.OperationalError: connection to server at "quay-db" (10.42.5.9), port 5432 failed: Connection refused',
    "\tIs the server running on that host and accepting TCP/IP connections?",
]
QY_REPOS = [
    "acme/checkout",
    "acme/catalog",
    "acme/payments",
    "acme/search",
    "platform/nginx-base",
    "platform/python-base",
]
QY_ROBOTS = ["acme+deployer", "acme+ci_builder", "platform+ci"]
QY_DOCKER_UA = "docker/24.0.7 go/go1.20.10 git-commit/311b9ff kernel/5.15.0-107-generic os/linux arch/amd64 UpstreamClient(Docker-Client/24.0.7 \\(linux\\))"
QY_CTRD_UA = "containerd/v1.7.13"
QY_BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36"
QY_NODES = ["10.42.1.11", "10.42.1.12", "10.42.1.13", "10.42.1.14", "10.42.1.15"]
QY_CI = ["10.42.7.31", "10.42.7.32", "10.42.7.33"]
QY_USERS = ["10.8.0.21", "10.8.0.34", "10.8.0.57"]
QY_JENKINS = "10.60.2.45"


def quay_db_trace(top: list[tuple[str, int, str, str]]) -> list[str]:
    """peewee's OperationalError as it reraises psycopg2's: both tracebacks, chained."""
    first = pyframes(
        (f"{QY_PY}/peewee.py", 3236, "execute_sql", "cursor = self.cursor(commit)"),
        (f"{QY_PY}/peewee.py", 3220, "cursor", "self.connect()"),
        (f"{QY_PY}/peewee.py", 3174, "connect", "self._state.set_connection(self._connect())"),
        (
            f"{QY_PY}/playhouse/pool.py",
            173,
            "_connect",
            "conn = super(PooledDatabase, self)._connect()",
        ),
        (
            f"{QY_PY}/peewee.py",
            3862,
            "_connect",
            "conn = psycopg2.connect(database=self.database, **self.connect_params)",
        ),
        (
            f"{QY_PY}/psycopg2/__init__.py",
            122,
            "connect",
            "conn = _connect(dsn, connection_factory=connection_factory, **kwasync)",
        ),
    )
    second = pyframes(
        *top,
        (f"{QY_PY}/peewee.py", 3174, "connect", "self._state.set_connection(self._connect())"),
        (
            f"{QY_PY}/peewee.py",
            2985,
            "__exit__",
            "reraise(new_type, new_type(exc_value, *exc_args), traceback)",
        ),
        (f"{QY_PY}/peewee.py", 192, "reraise", "raise value.with_traceback(tb)"),
        (f"{QY_PY}/peewee.py", 3174, "connect", "self._state.set_connection(self._connect())"),
        (
            f"{QY_PY}/playhouse/pool.py",
            173,
            "_connect",
            "conn = super(PooledDatabase, self)._connect()",
        ),
        (
            f"{QY_PY}/psycopg2/__init__.py",
            122,
            "connect",
            "conn = _connect(dsn, connection_factory=connection_factory, **kwasync)",
        ),
    )
    return [
        "Traceback (most recent call last):",
        *first,
        *QY_DB_ERR,
        "",
        "During handling of the above exception, another exception occurred:",
        "",
        "Traceback (most recent call last):",
        *second,
        "peewee." + QY_DB_ERR[0].split(".", 1)[1],
        QY_DB_ERR[1],
    ]


QY_FLASK_TOP = [
    (f"{QY_PY}/flask/app.py", 1523, "full_dispatch_request", "rv = self.dispatch_request()"),
    (
        f"{QY_PY}/flask/app.py",
        1509,
        "dispatch_request",
        "return self.ensure_sync(self.view_functions[rule.endpoint])(**req.view_args)",
    ),
    (f"{QY_APP}/util/http.py", 129, "wrapped", "return func(*args, **kwargs)"),
    (f"{QY_APP}/endpoints/decorators.py", 353, "wrapper", "return func(*args, **kwargs)"),
    (f"{QY_APP}/auth/decorators.py", 229, "wrapper", "result = validate_basic_auth(auth_header)"),
    (
        f"{QY_APP}/auth/basic.py",
        24,
        "validate_basic_auth",
        "return validate_credentials(credentials[0], credentials[1])",
    ),
    (
        f"{QY_APP}/auth/credentials.py",
        177,
        "validate_credentials",
        "robot = model.user.verify_robot(auth_username, auth_password_or_token, instance_keys)",
    ),
    (f"{QY_APP}/data/model/user.py", 492, "verify_robot", "robot = lookup_robot(robot_username)"),
    (f"{QY_PY}/peewee.py", 7103, "get", "return clone.execute(database)[0]"),
    (f"{QY_PY}/peewee.py", 3236, "execute_sql", "cursor = self.cursor(commit)"),
    (f"{QY_PY}/peewee.py", 3220, "cursor", "self.connect()"),
]
QY_GC_TOP = [
    (f"{QY_APP}/workers/worker.py", 83, "_operation_func", "return operation_func()"),
    (
        f"{QY_APP}/workers/gc/gcworker.py",
        41,
        "_garbage_collection_repos",
        "repo_ref = get_random_gc_policy()",
    ),
    (
        f"{QY_APP}/data/model/repository.py",
        281,
        "get_random_gc_policy",
        "policy = random.choice(list(get_gc_policies()))",
    ),
    (f"{QY_PY}/peewee.py", 7103, "get", "return clone.execute(database)[0]"),
    (f"{QY_PY}/peewee.py", 3236, "execute_sql", "cursor = self.cursor(commit)"),
    (f"{QY_PY}/peewee.py", 3220, "cursor", "self.connect()"),
]
QY_CLAIR_TRACE = [
    "Traceback (most recent call last):",
    *pyframes(
        (
            f"{QY_PY}/urllib3/connection.py",
            174,
            "_new_conn",
            "conn = connection.create_connection(",
        ),
        (f"{QY_PY}/urllib3/util/connection.py", 95, "create_connection", "raise err"),
        (f"{QY_PY}/urllib3/util/connection.py", 85, "create_connection", "sock.connect(sa)"),
    ),
    "ConnectionRefusedError: [Errno 111] Connection refused",
    "",
    "During handling of the above exception, another exception occurred:",
    "",
    "Traceback (most recent call last):",
    *pyframes(
        (
            f"{QY_PY}/urllib3/connectionpool.py",
            703,
            "urlopen",
            "httplib_response = self._make_request(",
        ),
        (
            f"{QY_PY}/urllib3/connectionpool.py",
            398,
            "_make_request",
            "conn.request(method, url, **httplib_request_kw)",
        ),
        (f"{QY_PY}/urllib3/connection.py", 186, "connect", "conn = self._new_conn()"),
        (f"{QY_PY}/urllib3/connection.py", 186, "_new_conn", "raise NewConnectionError("),
    ),
    "urllib3.exceptions.NewConnectionError: <urllib3.connection.HTTPConnection object at 0x{addr}>: Failed to establish a new connection: [Errno 111] Connection refused",
    "",
    "During handling of the above exception, another exception occurred:",
    "",
    "Traceback (most recent call last):",
    *pyframes(
        (f"{QY_PY}/requests/adapters.py", 489, "send", "resp = conn.urlopen("),
        (f"{QY_PY}/urllib3/connectionpool.py", 787, "urlopen", "retries = retries.increment("),
        (
            f"{QY_PY}/urllib3/util/retry.py",
            592,
            "increment",
            "raise MaxRetryError(_pool, url, error or ResponseError(cause))",
        ),
    ),
    "urllib3.exceptions.MaxRetryError: HTTPConnectionPool(host='clair-app', port=80): Max retries exceeded with url: /indexer/api/v1/index_state (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x{addr}>: Failed to establish a new connection: [Errno 111] Connection refused'))",
    "",
    "During handling of the above exception, another exception occurred:",
    "",
    "Traceback (most recent call last):",
    *pyframes(
        (f"{QY_APP}/util/secscan/v4/api.py", 358, "_perform", "resp = self._client.request("),
        (f"{QY_PY}/requests/sessions.py", 587, "request", "resp = self.send(prep, **send_kwargs)"),
        (f"{QY_PY}/requests/sessions.py", 701, "send", "r = adapter.send(request, **kwargs)"),
        (f"{QY_PY}/requests/adapters.py", 565, "send", "raise ConnectionError(e, request=request)"),
    ),
    "requests.exceptions.ConnectionError: HTTPConnectionPool(host='clair-app', port=80): Max retries exceeded with url: /indexer/api/v1/index_state (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x{addr}>: Failed to establish a new connection: [Errno 111] Connection refused'))",
]
# the workers' jobs: (program, job name, interval s)
QY_JOBS = [
    ("securityworker", "SecurityWorker._index_in_scanner", 300),
    ("securityworker", "SecurityWorker._index_recent_manifests_in_scanner", 300),
    ("gcworker", "GarbageCollectionWorker._garbage_collection_repos", 600),
    ("globalpromstats", "GlobalPrometheusStatsWorker._try_report_stats", 3600),
    ("expiredappspecifictokenworker", "ExpiredAppSpecificTokenWorker._gc_expired_tokens", 3600),
]


def quay(r: random.Random) -> list[Log]:
    """Quay's app container (nginx, gunicorn-web, gunicorn-registry) and its workers'
    container, 06:00 to 12:00: pulls, pushes and the UI, a CI account with a stale password,
    the database restarted 08:42-08:46, Clair down 09:30-10:10 and unhealthy to 10:20, the app
    container restarted at 10:30."""
    fs = Files()
    APP, WRK = "quay-app.log", "quay-worker.log"
    db_down = (at(8, 42, 10), at(8, 46, 30))
    clair_down = (at(9, 30, 0), at(10, 10, 0))
    clair_503 = (at(10, 10, 0), at(10, 20, 0))
    stop = at(10, 30, 2.118)
    up = at(10, 30, 16.5)
    pids = {
        "gunicorn-registry": [431, 432, 433, 434, 436, 437, 439, 440],
        "gunicorn-web": [512, 513, 515, 516],
    }
    pids_new = {
        "gunicorn-registry": [88, 89, 91, 92, 94, 95, 96, 98],
        "gunicorn-web": [101, 103, 104, 106],
    }
    arbiter = {"gunicorn-registry": 118, "gunicorn-web": 121}
    wpid = {
        "securityworker": 77,
        "gcworker": 71,
        "globalpromstats": 74,
        "expiredappspecifictokenworker": 69,
    }

    def P(
        f: str,
        prog: str,
        t: datetime,
        pid: int,
        level: str,
        logger: str,
        label: str,
        lines: list[str],
    ) -> datetime:
        pre = f"{prog} stdout | "
        return fs.add(
            f,
            t,
            label,
            lambda x: [
                f"{pre}{x:%Y-%m-%d %H:%M:%S},{ms3(x)} [{pid}] [{level}] [{logger}] {lines[0]}",
                *[pre + ln for ln in lines[1:]],
            ],
            (f, prog, pid),
            1000,
        )

    def S(t: datetime, level: str, label: str, msg: str) -> datetime:
        return fs.add(
            APP,
            t,
            label,
            lambda x: [f"{x:%Y-%m-%d %H:%M:%S},{ms3(x)} {level} {msg}"],
            "supervisord",
            1000,
        )

    def serving(t: datetime) -> bool:
        return not (stop - sec(0.5) <= t < up + sec(2))

    def req(
        t: datetime,
        prog: str,
        ip: str,
        method: str,
        uri: str,
        status: int,
        size: int,
        ua: str,
        referer: str = "-",
        dur: float = 0.0,
    ) -> datetime:
        if not serving(t):
            return t
        dur = dur or r.uniform(0.004, 0.06)
        pool = pids_new if t >= up else pids
        pid = r.choice(pool[prog])
        te = P(
            APP,
            prog,
            t + sec(dur),
            pid,
            "INFO",
            "gunicorn.access",
            # Labelled by method, route and status, as the set's access records are (round
            # 54's rule: a tag, a digest, an upload's id and a query's values variables).
            f'%s %s %s [%s] "{method} {registry_route(uri)} %s" {status} %s "%s" "%s"',
            [f'{ip} - - [{clf(t)}] "{method} {uri} HTTP/1.0" {status} {size} "{referer}" "{ua}"'],
        )
        rl = r.randint(180, 1400) if method in ("GET", "HEAD") else r.randint(600, 30_000_000)
        fs.add(
            APP,
            te + sec(0.0005),
            f'%s (%s) - %s [%s] "{method} {registry_route(uri)} %s" {status} %s "%s" "%s" (%s %s %s)',
            lambda x: [
                f'nginx stdout | {ip} () - - [{clf(x)}] "{method} {uri} HTTP/1.1" {status} {size} "{referer}" "{ua}" ({dur + 0.001:.3f} {rl} {dur:.3f})'
            ],
            ("nginx", ip),
            1_000_000,
        )
        return te

    def auth_uri(repo: str, scope: str, account: str) -> str:
        return f"/v2/auth?account={account.replace('+', '%2B')}&scope=repository%3A{repo.replace('/', '%2F')}%3A{scope}&service={QY_HOST}"

    def db_error(t: datetime, prog: str, path: str, method: str) -> datetime:
        pid = r.choice(pids[prog])
        return P(
            APP,
            prog,
            t,
            pid,
            "ERROR",
            "app",
            "Exception on %s [%s]",
            [f"Exception on {path} [{method}]", *quay_db_trace(QY_FLASK_TOP)],
        )

    def pull(t: datetime, ip: str, ua: str, repo: str, account: str, tag: str, blobs: int) -> None:
        t = req(t, "gunicorn-registry", ip, "GET", "/v2/", 401, 4, ua)
        uri = auth_uri(repo, "pull", account)
        t += sec(r.uniform(0.01, 0.05))
        if in_any(t, [db_down]):
            te = db_error(t + sec(r.uniform(0.01, 0.03)), "gunicorn-registry", "/v2/auth", "GET")
            req(te - sec(0.0004), "gunicorn-registry", ip, "GET", uri, 500, 290, ua, dur=0.0001)
            return
        t = req(t, "gunicorn-registry", ip, "GET", uri, 200, r.randint(1100, 1300), ua)
        t = req(
            t + sec(0.01),
            "gunicorn-registry",
            ip,
            "HEAD" if ua == QY_CTRD_UA else "GET",
            f"/v2/{repo}/manifests/{tag}",
            200,
            0 if ua == QY_CTRD_UA else r.randint(1400, 2600),
            ua,
        )
        for _ in range(blobs):
            req(
                t + sec(r.uniform(0.01, 0.3)),
                "gunicorn-registry",
                ip,
                "GET",
                f"/v2/{repo}/blobs/sha256:{hexid(r, 64)}",
                302,
                853,
                ua,
            )

    def push(t: datetime, repo: str, tag: str) -> None:
        ip = r.choice(QY_CI)
        account = "acme+ci_builder" if repo.startswith("acme") else "platform+ci"
        t = req(t, "gunicorn-registry", ip, "GET", "/v2/", 401, 4, QY_DOCKER_UA)
        if in_any(t, [db_down]):
            te = db_error(t + sec(0.03), "gunicorn-registry", "/v2/auth", "GET")
            req(
                te - sec(0.0004),
                "gunicorn-registry",
                ip,
                "GET",
                auth_uri(repo, "push%2Cpull", account),
                500,
                290,
                QY_DOCKER_UA,
                dur=0.0001,
            )
            return
        t = req(
            t + sec(0.02),
            "gunicorn-registry",
            ip,
            "GET",
            auth_uri(repo, "push%2Cpull", account),
            200,
            r.randint(1200, 1400),
            QY_DOCKER_UA,
        )
        nl = r.randint(4, 8)
        new = r.randint(1, 3)
        for k in range(nl):
            req(
                t + sec(r.uniform(0.01, 0.2)),
                "gunicorn-registry",
                ip,
                "HEAD",
                f"/v2/{repo}/blobs/sha256:{hexid(r, 64)}",
                404 if k < new else 200,
                0,
                QY_DOCKER_UA,
            )
        t += sec(0.3)
        for _ in range(new):
            up_id = uuid4(r)
            t = req(
                t,
                "gunicorn-registry",
                ip,
                "POST",
                f"/v2/{repo}/blobs/uploads/",
                202,
                0,
                QY_DOCKER_UA,
            )
            t = req(
                t + sec(0.01),
                "gunicorn-registry",
                ip,
                "PATCH",
                f"/v2/{repo}/blobs/uploads/{up_id}",
                202,
                0,
                QY_DOCKER_UA,
                dur=r.uniform(0.5, 9),
            )
            t = req(
                t + sec(0.01),
                "gunicorn-registry",
                ip,
                "PUT",
                f"/v2/{repo}/blobs/uploads/{up_id}?digest=sha256%3A{hexid(r, 64)}",
                201,
                0,
                QY_DOCKER_UA,
                dur=r.uniform(0.2, 2),
            )
        req(
            t + sec(0.05),
            "gunicorn-registry",
            ip,
            "PUT",
            f"/v2/{repo}/manifests/{tag}",
            201,
            0,
            QY_DOCKER_UA,
            dur=r.uniform(0.05, 0.4),
        )

    # CI pushes and cluster pulls
    for t in poisson(r, T0, T_END, 1000):
        repo = r.choice(QY_REPOS)
        tag = f"{r.choice(['main', 'release', 'pr'])}-{hexid(r, 7)}"
        push(t, repo, tag)
        if r.random() < 0.5:
            for node in r.sample(QY_NODES, 2):
                pull(
                    t + sec(r.uniform(30, 120)),
                    node,
                    QY_CTRD_UA,
                    repo,
                    "acme+deployer",
                    tag,
                    r.randint(1, 3),
                )
    for t in [
        *poisson(r, T0, T_END, 330),
        *(db_down[0] + sec(k * 37.3 + r.uniform(0, 9)) for k in range(7)),
    ]:
        ip = r.choice(QY_NODES + QY_CI)
        ua = QY_CTRD_UA if ip in QY_NODES else QY_DOCKER_UA
        pull(
            t,
            ip,
            ua,
            r.choice(QY_REPOS),
            r.choice(QY_ROBOTS),
            r.choice(["main", "latest", "3.12-slim"]),
            0 if ua == QY_CTRD_UA else r.randint(0, 2),
        )
    # people in the UI
    for t in poisson(r, T0 + sec(1800), T_END, 480):
        ip = r.choice(QY_USERS)
        repo = r.choice(QY_REPOS)
        ref = f"https://{QY_HOST}/repository/{repo}?tab=tags"
        t = req(
            t,
            "gunicorn-web",
            ip,
            "GET",
            "/api/v1/user/",
            200,
            r.randint(1900, 2200),
            QY_BROWSER,
            ref,
        )
        t = req(
            t + sec(0.05),
            "gunicorn-web",
            ip,
            "GET",
            f"/api/v1/repository/{repo}?includeStats=false&includeTags=false",
            200,
            r.randint(700, 1100),
            QY_BROWSER,
            ref,
        )
        t = req(
            t + sec(0.05),
            "gunicorn-web",
            ip,
            "GET",
            f"/api/v1/repository/{repo}/tag/?limit=100&page=1&onlyActiveTags=true",
            200,
            r.randint(3000, 26000),
            QY_BROWSER,
            ref,
        )
        if r.random() < 0.4:
            req(
                t + sec(0.3),
                "gunicorn-web",
                ip,
                "GET",
                f"/api/v1/repository/{repo}/manifest/sha256:{hexid(r, 64)}/security?vulnerabilities=true",
                200,
                r.randint(2000, 90000),
                QY_BROWSER,
                ref,
                dur=r.uniform(0.1, 1.4),
            )
    # the CI account with a stale password, every 4 min
    t = T0 + sec(95.2)
    while t < T_END:
        if serving(t) and not in_any(t, [db_down]):
            t1 = req(t, "gunicorn-registry", QY_JENKINS, "GET", "/v2/", 401, 4, QY_DOCKER_UA)
            pool = pids_new if t >= up else pids
            t2 = P(
                APP,
                "gunicorn-registry",
                t1 + sec(r.uniform(0.02, 0.06)),
                r.choice(pool["gunicorn-registry"]),
                "WARNING",
                "auth.credentials",
                "Failed to validate credentials for user %s: Invalid Username or Password",
                [
                    "Failed to validate credentials for user jenkins-legacy: Invalid Username or Password"
                ],
            )
            req(
                t2 - sec(0.001),
                "gunicorn-registry",
                QY_JENKINS,
                "GET",
                f"/v2/auth?account=jenkins-legacy&service={QY_HOST}",
                401,
                101,
                QY_DOCKER_UA,
                dur=0.0005,
            )
        t += sec(240 + r.uniform(-1, 1))
    # gunicorn killing the registry workers stuck on the database
    for k, tt in enumerate([at(8, 43, 41.2), at(8, 44, 12.9), at(8, 45, 3.4)]):
        pid = pids["gunicorn-registry"][k * 2]
        tt = P(
            APP,
            "gunicorn-registry",
            tt,
            arbiter["gunicorn-registry"],
            "CRITICAL",
            "gunicorn.error",
            "WORKER TIMEOUT (pid:%s)",
            [f"WORKER TIMEOUT (pid:{pid})"],
        )
        P(
            APP,
            "gunicorn-registry",
            tt + sec(0.31),
            arbiter["gunicorn-registry"],
            "ERROR",
            "gunicorn.error",
            "Worker (pid:%s) was sent SIGKILL! Perhaps out of memory?",
            [f"Worker (pid:{pid}) was sent SIGKILL! Perhaps out of memory?"],
        )
        pids["gunicorn-registry"][k * 2] = 600 + k
    # the app container restarted at 10:30
    t = S(
        stop,
        "WARN",
        "received SIGTERM indicating exit request",
        "received SIGTERM indicating exit request",
    )
    t = S(
        t + sec(0.001),
        "INFO",
        "waiting for %s to die",
        "waiting for gunicorn-registry, gunicorn-web, nginx, stdout to die",
    )
    for name, st in [
        ("nginx", "exit status 0"),
        ("gunicorn-web", "exit status 0"),
        ("gunicorn-registry", "exit status 0"),
        ("stdout", "terminated by SIGTERM"),
    ]:
        label = (
            "stopped: %s (exit status %s)"
            if st.startswith("exit")
            else "stopped: %s (terminated by %s)"
        )
        t = S(t + sec(r.uniform(0.4, 1.6)), "INFO", label, f"stopped: {name} ({st})")
    t = S(
        at(10, 30, 13.301),
        "INFO",
        "supervisord started with pid %s",
        "supervisord started with pid 7",
    )
    spawned = [("stdout", 51), ("gunicorn-registry", 52), ("gunicorn-web", 53), ("nginx", 54)]
    t0 = t + sec(1.003)
    for k, (name, pid) in enumerate(spawned):
        S(
            t0 + sec(0.002 * k),
            "INFO",
            "spawned: '%s' with pid %s",
            f"spawned: '{name}' with pid {pid}",
        )
    for k, (name, _pid) in enumerate(spawned):
        S(
            t0 + sec(1.004 + 0.001 * k),
            "INFO",
            "success: %s entered RUNNING state, process has stayed up for > than %s seconds (startsecs)",
            f"success: {name} entered RUNNING state, process has stayed up for > than 1 seconds (startsecs)",
        )

    # the workers' container: APScheduler's runs
    def job_str(name: str, every: int, nxt: datetime) -> str:
        return f"{name} (trigger: interval[{timedelta(seconds=every)}], next run at: {nxt:%Y-%m-%d %H:%M:%S} UTC)"

    for prog, name, every in QY_JOBS:
        pid = wpid[prog]
        sched = at(5, 58, 12) + sec(r.uniform(0, every) + r.random())
        if prog == "gcworker":
            sched = at(5, 54, 31.2)
        while sched < T0:
            sched += sec(every)
        busy_until = T0
        while sched < T_END:
            run_at = sched + sec(r.uniform(0.0005, 0.004))
            nxt = sched + sec(every)
            js = job_str(name, every, nxt)
            if name == "SecurityWorker._index_recent_manifests_in_scanner" and in_any(
                sched, [(db_down[0], db_down[1] + sec(90))]
            ):
                # the scheduler's thread pool is held by the runs stuck on the database
                late = max(db_down[1] - sched, timedelta(0)) + sec(r.uniform(20, 40))
                P(
                    WRK,
                    prog,
                    sched + late,
                    pid,
                    "WARNING",
                    "apscheduler.executors.default",
                    'Run time of job "%s" was missed by %s',
                    [f'Run time of job "{js}" was missed by {late}'],
                )
                sched = nxt
                continue
            if sched < busy_until:
                P(
                    WRK,
                    prog,
                    run_at,
                    pid,
                    "WARNING",
                    "apscheduler.scheduler",
                    'Execution of job "%s" skipped: maximum number of running instances reached (%d)',
                    [
                        f'Execution of job "{js}" skipped: maximum number of running instances reached (1)'
                    ],
                )
                sched = nxt
                continue
            rs = f"{sched:%Y-%m-%d %H:%M:%S}.{sched.microsecond:06d}+00:00"
            te = P(
                WRK,
                prog,
                run_at,
                pid,
                "INFO",
                "apscheduler.executors.default",
                'Running job "%s" (scheduled at %s)',
                [f'Running job "{js}" (scheduled at {rs})'],
            )
            dur = r.uniform(0.05, 2.5)
            if prog == "securityworker" and in_any(run_at, [clair_down]):
                addr = "7f" + hexid(r, 10)
                te = P(
                    WRK,
                    prog,
                    te + sec(r.uniform(0.003, 0.02)),
                    pid,
                    "ERROR",
                    "util.secscan.v4.api",
                    "Connection error when trying to connect to security scanner endpoint",
                    [
                        "Connection error when trying to connect to security scanner endpoint",
                        *[ln.replace("{addr}", addr) for ln in QY_CLAIR_TRACE],
                    ],
                )
                dur = 0.01
            elif prog == "securityworker" and in_any(run_at, [clair_503]):
                te = P(
                    WRK,
                    prog,
                    te + sec(r.uniform(0.01, 0.05)),
                    pid,
                    "ERROR",
                    "util.secscan.v4.api",
                    "Security scanner endpoint responded with non-200 HTTP status code: %s",
                    [
                        "Security scanner endpoint responded with non-200 HTTP status code: 503",
                        "NoneType: None",
                    ],
                )
                dur = 0.01
            if name == "SecurityWorker._index_in_scanner" and at(10, 20) <= sched < at(10, 25):
                dur = 381.4 + r.uniform(0, 5)
                busy_until = sched + sec(dur)
            te += sec(dur)
            if prog in ("gcworker", "securityworker") and in_any(te, [db_down]):
                te = P(
                    WRK,
                    prog,
                    te,
                    pid,
                    "ERROR",
                    "workers.worker",
                    "Operation raised exception",
                    ["Operation raised exception", *quay_db_trace(QY_GC_TOP)],
                )
            P(
                WRK,
                prog,
                te + sec(0.0005),
                pid,
                "INFO",
                "apscheduler.executors.default",
                'Job "%s" executed successfully',
                [f'Job "{js}" executed successfully'],
            )
            sched = nxt
    return fs.logs(T0)


# ------------------------------------------------------------------------------- git-daemon

GD_REPOS = [
    # path under --base-path, weight
    ("/platform/monorepo.git", 30),
    ("/platform/ci-templates.git", 14),
    ("/infra/ansible.git", 8),
    ("/infra/terraform-modules.git", 6),
    ("/mirrors/linux-stable.git", 2),
    ("/mirrors/openssl.git", 3),
    ("/apps/checkout.git", 10),
    ("/apps/catalog.git", 8),
    ("/apps/payments.git", 7),
    ("/tools/dotfiles.git", 2),
]
GD_RUNNERS = [f"10.30.4.{n}" for n in (17, 18, 19, 21, 22, 23, 24, 31)]
GD_OLD = ["10.30.9.40", "10.30.9.41"]  # CentOS 7 build hosts, git 1.8: no protocol v2
GD_DEVS = ["10.8.0.21", "10.8.0.34", "10.8.0.57", "10.8.0.63"]
GD_SCANNERS = ["198.51.100.23", "203.0.113.87", "192.0.2.144"]


def git_daemon(r: random.Random) -> list[Log]:
    """Two git mirrors' git daemon logging to syslog, 06:00 to 12:00: CI fetches, a storm past
    --max-connections 07:10-07:12:30, a renamed repository, a new one not exported until 09:40,
    refused pushes, cancelled jobs hanging up, scanners, git2's daemon restarted at 10:15."""
    fs = Files()
    hosts = ["git1", "git2"]
    parent = {"git1": 1187, "git2": 1203}
    parent_new = 48211
    restart = at(10, 15, 12.0)
    nextpid = {"git1": 61200, "git2": 58810}
    storm = (at(7, 10, 0), at(7, 12, 30))
    renamed = at(8, 0, 0)
    exported = at(9, 40, 12)

    def S(h: str, t: datetime, pid: int, label: str, msg: str) -> datetime:
        return fs.add(
            f"{h}.log",
            t,
            label,
            lambda x: [f"{syslog_ts(x)} {h} git-daemon[{pid}]: {msg}"],
            (h, pid),
            1_000_000,
        )

    def ppid(h: str, t: datetime) -> int:
        return parent_new if (h == "git2" and t >= restart) else parent[h]

    def child(h: str) -> int:
        nextpid[h] += r.randint(1, 40)
        return nextpid[h]

    live: dict[str, list[datetime]] = {h: [] for h in hosts}

    def serve(
        h: str,
        t: datetime,
        ip: str,
        path: str,
        v2: bool = True,
        service: str = "upload-pack",
        dur: float = 0.0,
    ) -> None:
        if h == "git2" and restart - sec(3) <= t < restart + sec(1):
            return
        pp = ppid(h, t)
        live[h] = [e for e in live[h] if e > t]
        if in_any(t, [storm]) and len(live[h]) >= 32:
            S(
                h,
                t + sec(1.0),
                pp,
                "Too many children, dropping connection",
                "Too many children, dropping connection",
            )
            return
        c = child(h)
        port = r.randint(32768, 60999)
        t = S(h, t, c, "Connection from %s:%s", f"Connection from {ip}:{port}")
        if v2:
            t = S(
                h,
                t + sec(0.0),
                c,
                'Extended attribute "protocol": %s',
                'Extended attribute "protocol": version=2',
            )
        t = S(h, t, c, "Request %s for '%s'", f"Request {service} for '{path}'")
        error = False
        full = f"/srv/git{path}"
        if service == "receive-pack" or service == "upload-archive":
            S(
                h,
                t,
                c,
                "'%s': service not enabled for '%s'",
                f"'{service}': service not enabled for '{full}'",
            )
            error = True
            dur = 0.01
        elif path == "/infra/terraform-modules.git" and t >= renamed:
            S(
                h,
                t,
                c,
                "'%s' does not appear to be a git repository",
                f"'{full}' does not appear to be a git repository",
            )
            error = True
            dur = 0.01
        elif path == "/apps/search.git" and t < exported:
            S(h, t, c, "'%s': repository not exported.", f"'{full}': repository not exported.")
            error = True
            dur = 0.01
        else:
            dur = dur or (r.uniform(0.2, 3.0) if "monorepo" not in path else r.uniform(4, 40))
            if "linux-stable" in path:
                dur = r.uniform(60, 240)
            x = r.random()
            if x < 0.025:
                S(
                    h,
                    t + sec(dur * r.uniform(0.2, 0.8)),
                    c,
                    "fatal: the remote end hung up unexpectedly",
                    "fatal: the remote end hung up unexpectedly",
                )
                error = True
            elif x < 0.085 and "monorepo" in path:
                S(
                    h,
                    t + sec(0.05),
                    c,
                    "fatal: git upload-pack: not our ref %s",
                    f"fatal: git upload-pack: not our ref {hexid(r, 40)}",
                )
                error = True
                dur = 0.06
        end = t + sec(dur)
        live[h].append(end)
        if h == "git2" and end >= restart - sec(3) and t < restart:
            return
        S(
            h,
            end + sec(r.uniform(0.0005, 0.02)),
            ppid(h, end),
            "[%lu] Disconnected (with error)" if error else "[%lu] Disconnected",
            f"[{c}] Disconnected" + (" (with error)" if error else ""),
        )

    def scan(h: str, t: datetime) -> None:
        if h == "git2" and restart - sec(3) <= t < restart + sec(1):
            return
        c = child(h)
        ip = r.choice(GD_SCANNERS)
        t = S(h, t, c, "Connection from %s:%s", f"Connection from {ip}:{r.randint(1024, 65000)}")
        kind = r.random()
        if kind < 0.45:
            S(
                h,
                t + sec(r.uniform(0.01, 0.2)),
                c,
                "protocol error: bad line length character: %.4s",
                f"protocol error: bad line length character: {r.choice(['GET ', 'SSH-', 'HELP', 'GET ', 'OPTI'])}",
            )
        elif kind < 0.75:
            t = S(
                h,
                t + sec(0.01),
                c,
                "Request %s for '%s'",
                "Request upload-pack for '/../../../../etc/passwd'",
            )
            S(h, t, c, "'%s': aliased", "'/../../../../etc/passwd': aliased")
        else:
            S(
                h,
                t + sec(0.01),
                c,
                "Protocol error: '%s'",
                f"Protocol error: '{r.choice(['git-upload-pack', 'version', 'ls-remote'])}'",
            )
        S(
            h,
            t + sec(r.uniform(0.02, 0.3)),
            ppid(h, t),
            "[%lu] Disconnected (with error)",
            f"[{c}] Disconnected (with error)",
        )

    # every connection, collected first and served in time order (the children's pids grow)
    conns: list[tuple[datetime, int, str, dict[str, object]]] = []

    def add(t: datetime, kind: str, **kw: object) -> None:
        conns.append((t, len(conns), kind, kw))

    repos = [p for p, _ in GD_REPOS]
    weights = [w for _, w in GD_REPOS]
    # CI fetches: each job fetches the repository it builds, and the templates
    for t in poisson(r, T0, T_END, 76):
        add(
            t,
            "serve",
            h=r.choice(hosts),
            ip=r.choice(GD_RUNNERS),
            path=r.choices(repos, weights)[0],
        )
    # the storm: a monorepo merge train fanning out its jobs at once
    for t in poisson(r, storm[0], storm[1], 0.6):
        add(
            t,
            "serve",
            h=r.choice(hosts),
            ip=r.choice(GD_RUNNERS),
            path="/platform/monorepo.git",
            dur=r.uniform(30, 95),
        )
    # old build hosts (no protocol v2), polling every 10 min
    for ip in GD_OLD:
        t = T0 + sec(r.uniform(0, 300))
        while t < T_END:
            add(
                t,
                "serve",
                h=r.choice(hosts),
                ip=ip,
                path=r.choice(["/infra/terraform-modules.git", "/infra/ansible.git"]),
                v2=False,
            )
            t += sec(600 + r.uniform(-3, 3))
    # developers; one tries to push over git:// twice, one asks for an archive
    for t in poisson(r, T0 + sec(2400), T_END, 420):
        add(t, "serve", h=r.choice(hosts), ip=r.choice(GD_DEVS), path=r.choices(repos, weights)[0])
    add(
        at(9, 12, 41.3),
        "serve",
        h="git1",
        ip=GD_DEVS[1],
        path="/apps/catalog.git",
        service="receive-pack",
    )
    add(
        at(9, 13, 2.8),
        "serve",
        h="git1",
        ip=GD_DEVS[1],
        path="/apps/catalog.git",
        service="receive-pack",
    )
    add(
        at(11, 2, 19.5),
        "serve",
        h="git2",
        ip=GD_DEVS[3],
        path="/tools/dotfiles.git",
        v2=False,
        service="upload-archive",
    )
    # the new repository's pipeline, every 3 min until after it is exported
    t = at(9, 1, 7.4)
    while t < at(10, 30):
        add(t, "serve", h=r.choice(hosts), ip=r.choice(GD_RUNNERS), path="/apps/search.git")
        t += sec(180 + r.uniform(-2, 2))
    # scanners
    for t in poisson(r, T0, T_END, 700):
        add(t, "scan", h=r.choice(hosts))
    for t, _n, kind, kw in sorted(conns, key=lambda x: (x[0], x[1])):
        if kind == "scan":
            scan(str(kw["h"]), t)
        else:
            serve(t=t, **kw)  # type: ignore[arg-type]
    # git2's daemon restarted for a git upgrade
    S("git2", restart, parent_new, "Ready to rumble", "Ready to rumble")
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- stunnel

ST_CA = "C=DE, O=Example Corp, CN=Example Internal CA 2023"
ST_APPS = {f"10.0.5.{20 + k}": f"app-worker-{k + 1:02d}" for k in range(6)}
ST_EXPIRED = ("10.0.5.44", "app-worker-07")
ST_OLD = "10.0.6.14"
ST_SCANNER = "10.0.9.9"
ST_SMTP = "203.0.113.25:465"


def stunnel(r: random.Random) -> list[Log]:
    """stunnel on two message-queue hosts, 06:00 to 12:00: Redis behind [redis-tls] with client
    certificates, an SMTP relay through [smtp-relay]; Redis restarted on mq1 08:00-08:02,
    scanners, an old TLS client, an expired client certificate from 09:30 (every 4 min), a reload with the
    wrong key on mq2 at 09:00 fixed at 09:06, the relay's clients over the limit 10:00-10:20 on
    mq1, mq2 restarted at 11:00 after an OpenSSL upgrade."""
    fs = Files()
    hosts = ["mq1", "mq2"]
    seq = {"mq1": 184_226, "mq2": 171_904}
    restart = at(11, 0, 4.0)
    redis_down = (at(8, 0, 10), at(8, 1, 40))
    blast = (at(10, 0, 0), at(10, 20, 0))
    me = {"mq1": "10.0.4.11", "mq2": "10.0.4.12"}

    def L(h: str, t: datetime, lvl: int, tid: str, label: str, msg: str) -> datetime:
        return fs.add(
            f"{h}-stunnel.log",
            t,
            label,
            lambda x: [f"{x:%Y.%m.%d %H:%M:%S} LOG{lvl}[{tid}]: {msg}"],
            (h, tid),
            1_000_000,
        )

    def down(h: str, t: datetime) -> bool:
        return h == "mq2" and restart - sec(2) <= t < restart + sec(3)

    fresh = {"mq2": True}

    def conn_id(h: str, t: datetime) -> str:
        if h == "mq2" and t >= restart and fresh["mq2"]:
            seq["mq2"] = -1
            fresh["mq2"] = False
        seq[h] += 1
        return str(seq[h])

    def closed(h: str, t: datetime, cid: str, tls: int, sock: int, reset: bool = False) -> datetime:
        word = "reset" if reset else "closed"
        return L(
            h,
            t,
            5,
            cid,
            f"Connection {word}: %llu byte(s) sent to TLS, %llu byte(s) sent to socket",
            f"Connection {word}: {tls} byte(s) sent to TLS, {sock} byte(s) sent to socket",
        )

    def redis(h: str, t: datetime, ip: str, cn: str) -> None:
        if down(h, t):
            return
        cid = conn_id(h, t)
        t = L(
            h,
            t,
            5,
            cid,
            "Service [%s] accepted connection from %s",
            f"Service [redis-tls] accepted connection from {ip}:{r.randint(32768, 60999)}",
        )
        t = L(
            h,
            t,
            5,
            cid,
            "Certificate accepted at depth=%d: %s",
            f"Certificate accepted at depth=1: {ST_CA}",
        )
        if (ip, cn) == ST_EXPIRED:
            t = L(
                h,
                t,
                4,
                cid,
                "CERT: Pre-verification error: certificate has expired",
                "CERT: Pre-verification error: certificate has expired",
            )
            t = L(
                h,
                t,
                4,
                cid,
                "Rejected by CERT at depth=%d: %s",
                f"Rejected by CERT at depth=0: C=DE, O=Example Corp, OU=apps, CN={cn}",
            )
            t = L(
                h,
                t,
                3,
                cid,
                "SSL_accept: %s:%d: error:0A000086:SSL routines::certificate verify failed",
                "SSL_accept: ../ssl/statem/statem_srvr.c:3513: error:0A000086:SSL routines::certificate verify failed",
            )
            closed(h, t, cid, 0, 0, reset=True)
            return
        t = L(
            h,
            t,
            5,
            cid,
            "Certificate accepted at depth=%d: %s",
            f"Certificate accepted at depth=0: C=DE, O=Example Corp, OU=apps, CN={cn}",
        )
        if h == "mq1" and in_any(t, [redis_down]):
            t = L(
                h,
                t,
                3,
                cid,
                "s_connect: connect %s: Connection refused (%d)",
                "s_connect: connect 127.0.0.1:6379: Connection refused (111)",
            )
            t = L(h, t, 3, cid, "No more addresses to connect", "No more addresses to connect")
            closed(h, t, cid, 0, 0, reset=True)
            return
        t = L(h, t, 5, cid, "s_connect: connected %s", "s_connect: connected 127.0.0.1:6379")
        t = L(
            h,
            t,
            5,
            cid,
            "Service [%s] connected remote server from %s",
            f"Service [redis-tls] connected remote server from 127.0.0.1:{r.randint(32768, 60999)}",
        )
        n = r.randint(1, 400)
        closed(
            h,
            t + sec(r.uniform(0.05, 40)),
            cid,
            n * r.randint(5, 40) + r.randint(0, 9000),
            n * r.randint(30, 120),
        )

    def smtp(h: str, t: datetime, rejected: bool = False) -> datetime:
        if down(h, t):
            return t
        if rejected:
            return L(
                h,
                t,
                4,
                "ui",
                "Connection rejected: too many clients (>=%ld)",
                "Connection rejected: too many clients (>=500)",
            )
        cid = conn_id(h, t)
        t = L(
            h,
            t,
            5,
            cid,
            "Service [%s] accepted connection from %s",
            f"Service [smtp-relay] accepted connection from 127.0.0.1:{r.randint(32768, 60999)}",
        )
        t = L(
            h,
            t + sec(r.uniform(0.01, 0.3)),
            5,
            cid,
            "s_connect: connected %s",
            f"s_connect: connected {ST_SMTP}",
        )
        t = L(
            h,
            t,
            5,
            cid,
            "Service [%s] connected remote server from %s",
            f"Service [smtp-relay] connected remote server from {me[h]}:{r.randint(32768, 60999)}",
        )
        size = r.randint(2_000, 180_000)
        return closed(
            h, t + sec(r.uniform(0.5, 6)), cid, size + r.randint(200, 600), r.randint(300, 900)
        )

    def tls_fail(h: str, t: datetime, ip: str, kind: str) -> None:
        if down(h, t):
            return
        cid = conn_id(h, t)
        t = L(
            h,
            t,
            5,
            cid,
            "Service [%s] accepted connection from %s",
            f"Service [redis-tls] accepted connection from {ip}:{r.randint(32768, 60999)}",
        )
        if kind == "plain":
            t = L(
                h,
                t,
                3,
                cid,
                "SSL_accept: %s:%d: error:0A00010B:SSL routines::wrong version number",
                "SSL_accept: ../ssl/record/ssl3_record.c:354: error:0A00010B:SSL routines::wrong version number",
            )
        elif kind == "probe":
            t = L(
                h,
                t,
                3,
                cid,
                "SSL_accept: Peer suddenly disconnected",
                "SSL_accept: Peer suddenly disconnected",
            )
        else:
            t = L(
                h,
                t,
                3,
                cid,
                "SSL_accept: %s:%d: error:0A000102:SSL routines::unsupported protocol",
                "SSL_accept: ../ssl/statem/statem_srvr.c:1657: error:0A000102:SSL routines::unsupported protocol",
            )
        closed(h, t, cid, 0, 0, reset=True)

    def config(h: str, t: datetime, bad: bool = False) -> datetime:
        t = L(
            h,
            t,
            5,
            "ui",
            "Reading configuration from file %s",
            "Reading configuration from file /etc/stunnel/stunnel.conf",
        )
        t = L(
            h,
            t,
            5,
            "ui",
            "UTF-8 byte order mark not detected",
            "UTF-8 byte order mark not detected",
        )
        if bad:
            t = L(
                h,
                t,
                3,
                "ui",
                "Private key does not match the certificate: %s:%d: error:05800074:x509 certificate routines::key values mismatch",
                "Private key does not match the certificate: ../crypto/x509/x509_cmp.c:408: error:05800074:x509 certificate routines::key values mismatch",
            )
            t = L(
                h,
                t,
                3,
                "ui",
                "Service [%s]: Failed to initialize TLS context",
                "Service [redis-tls]: Failed to initialize TLS context",
            )
            return L(
                h,
                t,
                3,
                "ui",
                "Failed to reload the configuration file",
                "Failed to reload the configuration file",
            )
        t = L(
            h,
            t,
            4,
            "ui",
            "Service [%s] needs authentication to prevent MITM attacks",
            "Service [smtp-relay] needs authentication to prevent MITM attacks",
        )
        return L(h, t, 5, "ui", "Configuration successful", "Configuration successful")

    events: list[tuple[datetime, int, str, tuple[object, ...]]] = []

    def add(t: datetime, kind: str, *args: object) -> None:
        events.append((t, len(events), kind, args))

    apps = list(ST_APPS.items())
    for h in hosts:
        for t in poisson(r, T0, T_END, 235):
            ip, cn = r.choice(apps)
            add(t, "redis", h, ip, cn)
        for t in poisson(r, T0, T_END, 330):
            add(t, "smtp", h)
        for t in poisson(r, T0, T_END, 1500):
            add(t, "fail", h, ST_SCANNER, r.choice(["plain", "probe", "probe"]))
        t = T0 + sec(r.uniform(0, 600))
        while t < T_END:
            add(t, "fail", h, ST_OLD, "old")
            t += sec(1200 + r.uniform(-5, 5))
    # the clients retrying while Redis restarts on mq1
    for t in poisson(r, redis_down[0], redis_down[1], 2.2):
        ip, cn = r.choice(apps)
        add(t, "redis", "mq1", ip, cn)
    # the worker with the expired certificate, every 2 min from 09:30
    t = at(9, 30, 41)
    while t < T_END:
        add(t, "redis", r.choice(hosts), *ST_EXPIRED)
        t += sec(240 + r.uniform(-1, 1))
    # a newsletter through the relay on mq1: the clients over the limit
    for t in poisson(r, blast[0], blast[1], 16):
        add(t, "smtp", "mq1", True)
    for t in poisson(r, blast[0], blast[1], 20):
        add(t, "smtp", "mq1")
    for t, _n, kind, args in sorted(events, key=lambda e: (e[0], e[1])):
        if kind == "redis":
            redis(str(args[0]), t, str(args[1]), str(args[2]))
        elif kind == "smtp":
            smtp(str(args[0]), t, bool(args[1]) if len(args) > 1 else False)
        else:
            tls_fail(str(args[0]), t, str(args[1]), str(args[2]))
    # the certificate renewal's reloads, the bad key on mq2
    config("mq1", at(9, 0, 3))
    config("mq2", at(9, 0, 5), bad=True)
    config("mq2", at(9, 6, 22))
    # mq2 restarted after libssl3's upgrade
    L("mq2", restart - sec(1), 5, "ui", "Terminated", "Terminated")
    t = L(
        "mq2",
        restart + sec(1),
        5,
        "ui",
        "stunnel %s on %s platform",
        "stunnel 5.68 on x86_64-pc-linux-gnu platform",
    )
    t = L("mq2", t, 5, "ui", "Compiled with %s", "Compiled with OpenSSL 3.0.11 19 Sep 2023")
    t = L("mq2", t, 5, "ui", "Running  with %s", "Running  with OpenSSL 3.0.13 30 Jan 2024")
    t = L(
        "mq2",
        t,
        5,
        "ui",
        "Update OpenSSL shared libraries or rebuild stunnel",
        "Update OpenSSL shared libraries or rebuild stunnel",
    )
    t = L(
        "mq2",
        t,
        5,
        "ui",
        "Threading:PTHREAD Sockets:POLL,IPv%c,SYSTEMD TLS:ENGINE,OCSP,PSK,SNI Auth:LIBWRAP",
        "Threading:PTHREAD Sockets:POLL,IPv6,SYSTEMD TLS:ENGINE,OCSP,PSK,SNI Auth:LIBWRAP",
    )
    config("mq2", t)
    return fs.logs(T0)


SYSTEMS = {
    "doris": doris,
    "registry": registry,
    "quay": quay,
    "git-daemon": git_daemon,
    "stunnel": stunnel,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
