#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call; closures run in their loop)
"""Writes the held-out logs of round 45 (tidb, neo4j, kong, temporal, mesos) into bench/heldout/,
the same way and under the same label rules as generate.py (bench/README.md, "heldout.py"): each
program's log is simulated from its source's format strings over a seeded run, and every line
that starts an event is labelled with the format string that wrote it as it is written. Five log
shapes not yet covered: the unified log format of TiDB 7.5 and TiKV (pingcap/log: `[2024/06/11
06:00:02.118 +00:00] [INFO] [session.go:3854] ["CRUCIAL OPERATION"] [conn=2199023255957]
[sql="..."]`: the message in brackets, quoted when it has a blank, each field `[key=value]` with
a key or value quoted when it has a blank, a quote, a bracket or an equals sign; TiKV's raft
messages with their term inside the message), Neo4j 5's neo4j.log and debug.log (`2024-06-11
06:00:02.118+0000 INFO  [o.n.k.i.t.l.c.CheckPointerImpl] [neo4j/2f3a1b2c] msg`: an abbreviated
logger and the database's name and id, the diagnostics dump of one statement a line at start-up,
Java stacks), Kong 3.6's error.log (nginx's error-log layout with OpenResty's `[lua] file:line:
func(): msg` and Kong's `[kong] file:line [plugin] msg`, a connection's `*N` and the request's
`, client: ..., server: kong, request: "...", host: "..."` after the message, a Lua runtime error
whose `stack traceback:` spans lines before that suffix), Temporal 1.23's server log (zap JSON
with `logging-call-at`, the lifecycle records whose message is `none`, error records with their
Go stack in a `stacktrace` string), and Apache Mesos 1.11's master and agent logs (glog:
`I0611 06:00:02.118234  1234 master.cpp:1234] msg`, the header glog writes at the top of each
file, a `Check failed:` with its `*** Check failure stack trace: ***`). Run it only to change the
data on purpose: `python bench/heldout/generate_round45.py [SYSTEM ...]`.
"""

from __future__ import annotations

import json
import random
import re
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, alnum, generate, hexid, ip4, uuid4
from generate_round43 import USERS, java_stack

# printf's, Go's, Java's, slf4j's and Rust's conversions: %s %d %v %q %.2f %% {} {term} {:?}
SPEC = re.compile(r"%%|%[-0-9.]*l?[sdfvqx]|\{[a-z_]*(?::\?)?\}")
_END = object()


def fill(fmt: str, *vals: object) -> str:
    """The format `fmt` with its conversions replaced by `vals` in order (`%%` a percent sign):
    the line's label is `fmt` itself."""
    it = iter(vals)

    def one(m: re.Match) -> str:
        spec = m.group()
        if spec == "%%":
            return "%"
        v = next(it)
        if spec[0] == "%" and spec[-1] in "df" and not isinstance(v, str):
            return spec % v
        return str(v)

    out = SPEC.sub(one, fmt)
    assert next(it, _END) is _END, (fmt, vals)
    return out


def go_dur(r: random.Random, lo: float, hi: float) -> str:
    """A duration in seconds drawn from [lo, hi) as Go's time.Duration prints it."""
    s = r.uniform(lo, hi)
    if s < 0.001:
        return f"{s * 1e6:.3f}".rstrip("0").rstrip(".") + "µs"
    if s < 1:
        return f"{s * 1e3:.6f}".rstrip("0").rstrip(".") + "ms"
    if s < 60:
        return f"{s:.9f}".rstrip("0").rstrip(".") + "s"
    m, sec = divmod(s, 60)
    return f"{int(m)}m{sec:.9f}".rstrip("0").rstrip(".") + "s"


# --------------------------------------------------------------------------------- tidb

TIDB_DBS = ["shop", "shop", "shop", "analytics", "test", "mysql"]
TIDB_TABLES = ["orders", "order_items", "customers", "products", "payments", "inventory", "events"]
TIDB_APP_USERS = ["app", "app", "app", "reporting", "root", "etl"]
TIKV_STORES = [
    (1, "tikv-0.tikv-peer:20160"),
    (4, "tikv-1.tikv-peer:20160"),
    (5, "tikv-2.tikv-peer:20160"),
]


def pingcap_quote(s: str) -> str:
    """A key or value as pingcap/log's text encoder writes it: in double quotes (Go's escapes)
    when it has a control character or a blank, a quote, a backslash, a bracket or `=`."""
    if any(c <= " " or c in '"\\[]=' for c in s):
        return json.dumps(s, ensure_ascii=False)
    return s


def tidb_sql(r: random.Random) -> str:
    t = r.choice(TIDB_TABLES)
    x = r.random()
    if x < 0.35:
        return f"SELECT * FROM `{t}` WHERE `id` = {r.randrange(1, 9_000_000)}"
    if x < 0.5:
        return f"SELECT `id`, `status`, `total` FROM `orders` WHERE `customer_id` = {r.randrange(1, 400_000)} ORDER BY `created_at` DESC LIMIT {r.choice([10, 20, 50])}"
    if x < 0.62:
        return f"INSERT INTO `orders` (`customer_id`, `status`, `total`, `created_at`) VALUES ({r.randrange(1, 400_000)}, 'new', {r.randrange(100, 99999) / 100:.2f}, NOW())"
    if x < 0.72:
        return f"UPDATE `inventory` SET `qty` = `qty` - {r.randrange(1, 5)} WHERE `product_id` = {r.randrange(1, 20000)} AND `qty` >= {r.randrange(1, 5)}"
    if x < 0.8:
        return "commit"
    if x < 0.86:
        return "begin"
    if x < 0.9:
        return "SELECT @@session.transaction_read_only"
    if x < 0.95:
        return f"SELECT COUNT(*) FROM `events` WHERE `ts` > '2024-06-{r.randrange(1, 11):02d} 00:00:00'"
    return f"DELETE FROM `order_items` WHERE `order_id` = {r.randrange(1, 9_000_000)}"


def tidb(r: random.Random) -> list[Log]:
    """A TiDB 7.5 cluster's tidb-0 tidb.log and tikv-0 tikv.log, both in the unified log format:
    start-up (the release block, the config as one JSON value, PD, the domain, DDL owner), the
    general log switched on (`GENERAL_LOG` for every statement), DDL statements (`CRUCIAL
    OPERATION`) and their jobs, commands failing with a write conflict or a duplicate key,
    expensive queries, auto analyze, the GC worker's rounds every ten minutes, the region cache
    following a store, a PD leader change, a memory alarm and errors with their stack as a field;
    TiKV's release block, raft elections (the term inside the message), region splits and conf
    changes, coprocessor slow queries and error responses, a store going away and coming back."""
    db = Log("tidb.log", datetime(2024, 6, 11, 6, 0, 2, 118000, tzinfo=UTC))
    kv = Log("tikv.log", datetime(2024, 6, 11, 5, 58, 40, 512000, tzinfo=UTC))
    schema = [52]
    job_id = [112]
    conns = [2199023255553 + r.randrange(1, 400)]
    txn_ts = [450179236142563329]
    region_ids = [r.randrange(2, 9000) for _ in range(40)]
    term = {rid: r.randrange(6, 30) for rid in region_ids}
    peer = {rid: rid + r.randrange(1, 3) for rid in region_ids}

    def ts(t: datetime) -> str:
        return f"[{t:%Y/%m/%d %H:%M:%S}.{t.microsecond // 1000:03d} +00:00]"

    def emit(
        log: Log, level: str, src: str, msg: str, *vals, kv=(), lo=0.0, hi=0.5, label=""
    ) -> None:
        t = log.tick(r, lo, hi)
        text = fill(msg, *vals)
        fields = "".join(f" [{pingcap_quote(str(k))}={pingcap_quote(fmt(v))}]" for k, v in kv)
        log.add(f"{ts(t)} [{level}] [{src}] [{pingcap_quote(text)}]{fields}", label or msg)

    def fmt(v: object) -> str:
        if isinstance(v, bool):
            return "true" if v else "false"
        return str(v)

    def d(level, src, msg, *vals, **kw) -> None:
        emit(db, level, src, msg, *vals, **kw)

    def k(level, src, msg, *vals, **kw) -> None:
        emit(kv, level, src, msg, *vals, **kw)

    def next_ts() -> int:
        txn_ts[0] += r.randrange(1 << 18, 1 << 22)
        return txn_ts[0]

    # ---- tidb-server

    def tidb_start() -> None:
        d(
            "INFO",
            "printer.go:47",
            "Welcome to TiDB.",
            kv=[
                ("Release Version", "v7.5.1"),
                ("Edition", "Community"),
                ("Git Commit Hash", "7d16cc79e81bbf573124df3fd9351c26963f3e70"),
                ("Git Branch", "heads/refs/tags/v7.5.1"),
                ("UTC Build Time", "2024-02-27 14:28:32"),
                ("GoVersion", "go1.21.6"),
                ("Race Enabled", False),
                ("Check Table Before Drop", False),
            ],
            lo=0,
            hi=0.01,
        )
        cfg = {
            "host": "0.0.0.0",
            "advertise-address": "tidb-0.tidb-peer.tidb.svc",
            "port": 4000,
            "cors": "",
            "store": "tikv",
            "path": "pd-0.pd-peer:2379,pd-1.pd-peer:2379,pd-2.pd-peer:2379",
            "socket": "/tmp/tidb-4000.sock",
            "lease": "45s",
            "split-table": True,
            "token-limit": 1000,
            "temp-dir": "/tmp/tidb",
            "mem-quota-query": 1073741824,
            "oom-action": "cancel",
            "log": {
                "level": "info",
                "format": "text",
                "enable-slow-log": True,
                "slow-threshold": 300,
            },
            "performance": {"max-procs": 0, "server-memory-quota": 0, "stats-lease": "3s"},
        }
        d(
            "INFO",
            "printer.go:52",
            "loaded config",
            kv=[("config", json.dumps(cfg, separators=(",", ":")))],
            lo=0,
            hi=0.01,
        )
        d(
            "INFO",
            "pd_service_discovery.go:1025",
            "[pd] switch leader",
            kv=[("new-leader", "http://pd-1.pd-peer:2379"), ("old-leader", "")],
            lo=0,
            hi=0.05,
        )
        d(
            "INFO",
            "pd_service_discovery.go:499",
            "[pd] init cluster id",
            kv=[("cluster-id", 7298472101538117422)],
            lo=0,
            hi=0.01,
        )
        d(
            "INFO",
            "tidb.go:80",
            "new domain",
            kv=[
                ("store", "tikv-7298472101538117422"),
                ("ddl lease", "45s"),
                ("stats lease", "3s"),
                ("index usage sync lease", "0s"),
            ],
            lo=0,
            hi=0.05,
        )
        d(
            "INFO",
            "domain.go:295",
            "full load InfoSchema success",
            kv=[
                ("currentSchemaVersion", 0),
                ("neededSchemaVersion", schema[0]),
                ("start time", go_dur(r, 0.02, 0.09)),
            ],
            lo=0,
            hi=0.1,
        )
        ddl_id = uuid4(r)
        d(
            "INFO",
            "ddl.go:759",
            "start DDL",
            kv=[("category", "ddl"), ("ID", ddl_id), ("runWorker", True), ("jobVersion", "v1")],
            lo=0,
            hi=0.05,
        )
        d(
            "INFO",
            "manager.go:258",
            "start campaign owner",
            kv=[
                ("key", "/tidb/ddl/fg/owner"),
                ("id", ddl_id),
                ("owner key", "/tidb/ddl/fg/owner/" + hexid(r, 16)),
            ],
            lo=0,
            hi=0.05,
        )
        d(
            "INFO",
            "http_status.go:500",
            "for status and metrics report",
            kv=[("listening on addr", "0.0.0.0:10080")],
            lo=0,
            hi=0.05,
        )
        d(
            "INFO",
            "server.go:291",
            "server is running MySQL protocol",
            kv=[("addr", "0.0.0.0:4000")],
            lo=0,
            hi=0.05,
        )

    sessions: dict[int, tuple[str, str, str]] = {}

    def session() -> tuple[int, tuple[str, str, str]]:
        if not sessions or (len(sessions) < 30 and r.random() < 0.08):
            conns[0] += r.randrange(1, 40)
            sessions[conns[0]] = (
                r.choice(TIDB_APP_USERS),
                r.choice(TIDB_DBS),
                ip4(r, "10.0.4"),
            )
        cid = r.choice(list(sessions))
        return cid, sessions[cid]

    def general() -> None:
        cid, (user, cur, _) = session()
        d(
            "INFO",
            "session.go:4041",
            "GENERAL_LOG",
            kv=[
                ("conn", cid),
                ("session_alias", ""),
                ("user", f"{user}@10.0.4.%"),
                ("schemaVersion", schema[0]),
                ("txnStartTS", next_ts() if r.random() < 0.7 else 0),
                ("forUpdateTS", 0),
                ("isReadConsistency", False),
                ("currentDB", cur),
                ("isPessimistic", True),
                ("sessionTxnMode", "PESSIMISTIC"),
                ("sql", tidb_sql(r)),
            ],
            lo=0,
            hi=1.2,
        )

    def dispatch_failed() -> None:
        cid, (user, cur, ip) = session()
        x = r.random()
        t = r.choice(TIDB_TABLES)
        if x < 0.4:
            sql = f"UPDATE `inventory` SET `qty` = `qty` - 1 WHERE `product_id` = {r.randrange(1, 20000)}"
            start = next_ts()
            err = f"[kv:9007]Write conflict, txnStartTS={start}, conflictStartTS={start + r.randrange(1, 9999)}, conflictCommitTS={start + r.randrange(10000, 99999)}, key={{tableID={r.randrange(100, 130)}, handle={r.randrange(1, 20000)}}}, originalKey=7480000000000000{hexid(r, 16)}, primary={{tableID={r.randrange(100, 130)}, handle={r.randrange(1, 20000)}}}, originalPrimaryKey=7480000000000000{hexid(r, 16)}, reason=Optimistic [try again later]"
        elif x < 0.7:
            sql = f"INSERT INTO `customers` (`email`, `name`) VALUES ('{r.choice(USERS)}{r.randrange(1, 999)}@example.com', '{r.choice(USERS).title()}')"
            err = f"[kv:1062]Duplicate entry '{r.choice(USERS)}{r.randrange(1, 999)}@example.com' for key 'customers.uniq_email'"
        elif x < 0.85:
            sql = f"SELECT * FROM `{t}_archive` LIMIT 10"
            err = f"[schema:1146]Table '{cur}.{t}_archive' doesn't exist"
        else:
            sql = f"SELECT * FROM `{t}` WHERE `id` IN ({', '.join(str(r.randrange(1, 9_000_000)) for _ in range(3))}) FOR UPDATE NOWAIT"
            err = "[tikv:3572]Statement aborted because lock(s) could not be acquired immediately and NOWAIT is set."
        d(
            "INFO",
            "conn.go:1184",
            "command dispatched failed",
            kv=[
                ("conn", cid),
                ("session_alias", ""),
                (
                    "connInfo",
                    f"id:{cid}, addr:{ip}:{r.randrange(30000, 65000)} status:10, collation:utf8mb4_bin, user:{user}",
                ),
                ("command", "Query"),
                ("status", "inTxn:0, autocommit:1"),
                ("sql", sql),
                ("txn_mode", "PESSIMISTIC"),
                ("timestamp", next_ts()),
                ("err", err),
            ],
            lo=0,
            hi=1,
        )

    def ddl() -> None:
        cid, (user, cur, _) = session()
        t = r.choice(TIDB_TABLES)
        x = r.random()
        if x < 0.35:
            col = r.choice(["note", "channel", "region", "updated_by", "flags"])
            sql, tp = (
                f"ALTER TABLE `{t}` ADD COLUMN `{col}_{r.randrange(1, 9)}` VARCHAR(64) DEFAULT NULL",
                "add column",
            )
        elif x < 0.55:
            sql, tp = (
                f"ALTER TABLE `{t}` ADD INDEX `idx_{t}_created_at` (`created_at`)",
                "add index",
            )
        elif x < 0.7:
            sql, tp = (
                f"CREATE TABLE IF NOT EXISTS `tmp_{t}_{r.randrange(100, 999)}` LIKE `{t}`",
                "create table",
            )
        elif x < 0.8:
            sql, tp = f"DROP TABLE IF EXISTS `tmp_{t}_{r.randrange(100, 999)}`", "drop table"
        elif x < 0.9:
            sql, tp = f"TRUNCATE TABLE `analytics`.`{t}_daily`", "truncate table"
        else:
            name, val = r.choice(
                [
                    ("tidb_gc_life_time", "24h"),
                    ("tidb_mem_quota_query", "2147483648"),
                    ("tidb_general_log", "ON"),
                ]
            )
            sql = f"SET GLOBAL {name} = '{val}'"
            d(
                "INFO",
                "session.go:3854",
                "CRUCIAL OPERATION",
                kv=[
                    ("conn", cid),
                    ("schemaVersion", schema[0]),
                    ("cur_db", cur),
                    ("sql", sql),
                    ("user", "root@%"),
                ],
                lo=1,
                hi=30,
            )
            d(
                "INFO",
                "set.go:161",
                "set global var",
                kv=[("conn", cid), ("name", name), ("val", val)],
                lo=0,
                hi=0.01,
            )
            return
        d(
            "INFO",
            "session.go:3854",
            "CRUCIAL OPERATION",
            kv=[
                ("conn", cid),
                ("schemaVersion", schema[0]),
                ("cur_db", cur),
                ("sql", sql),
                ("user", f"{user}@10.0.4.%"),
            ],
            lo=1,
            hi=30,
        )
        job_id[0] += 2
        jid = job_id[0]

        def job(state: str, sstate: str, rows: int = 0) -> str:
            return f"ID:{jid}, Type:{tp}, State:{state}, SchemaState:{sstate}, SchemaID:2, TableID:{jid - 1}, RowCount:{rows}, ArgLen:{1 if state == 'queueing' else 0}, start time: {db.t:%Y-%m-%d %H:%M:%S.%f} +0000 UTC, Err:<nil>, ErrCount:0, SnapshotVersion:0, UniqueWarnings:0"

        d(
            "INFO",
            "ddl_worker.go:255",
            "add DDL jobs",
            kv=[
                ("category", "ddl"),
                ("batch count", 1),
                ("jobs", f"{job('queueing', 'none')}; "),
                ("table", True),
            ],
            lo=0,
            hi=0.02,
        )
        steps = (
            ["delete only", "write only", "write reorganization", "public"]
            if tp in ("add column", "add index")
            else ["public"]
        )
        for st in steps:
            d(
                "INFO",
                "ddl_worker.go:1011",
                "run DDL job",
                kv=[
                    ("worker", "worker 1, tp general"),
                    ("category", "ddl"),
                    ("jobID", jid),
                    ("conn", cid),
                    ("job", job("running", st)),
                ],
                lo=0,
                hi=0.05,
            )
            if tp == "add index" and st == "write reorganization":
                rows = r.randrange(10000, 4_000_000)
                d(
                    "INFO",
                    "backfilling.go:603",
                    "start backfill workers to reorg record",
                    kv=[
                        ("category", "ddl"),
                        ("type", "add index"),
                        ("workerCnt", 4),
                        ("regionCnt", r.randrange(2, 60)),
                        (
                            "startKey",
                            f"7480000000000000{hexid(r, 6)}5f69800000000000000{r.randrange(1, 9)}",
                        ),
                        (
                            "endKey",
                            f"7480000000000000{hexid(r, 6)}5f69800000000000000{r.randrange(1, 9)}ff",
                        ),
                    ],
                    lo=0,
                    hi=0.5,
                )
                d(
                    "INFO",
                    "reorg.go:301",
                    "run reorg job done",
                    kv=[("category", "ddl"), ("handled rows", rows)],
                    lo=2,
                    hi=90,
                )
            schema[0] += 1
            d(
                "INFO",
                "domain.go:268",
                "diff load InfoSchema success",
                kv=[
                    ("currentSchemaVersion", schema[0] - 1),
                    ("neededSchemaVersion", schema[0]),
                    ("start time", go_dur(r, 0.001, 0.009)),
                    ("gotSchemaVersion", schema[0]),
                    ("phyTblIDs", f"[{jid - 1}]"),
                    ("actionTypes", f"[{r.choice([1, 3, 5, 7])}]"),
                ],
                lo=0,
                hi=0.1,
            )
            d(
                "INFO",
                "ddl_worker.go:1261",
                "wait latest schema version changed(get the metadata lock if tidb_enable_metadata_lock is true)",
                kv=[
                    ("category", "ddl"),
                    ("ver", schema[0]),
                    ("take time", go_dur(r, 0.002, 0.06)),
                    ("job", job("running", st)),
                ],
                lo=0,
                hi=0.1,
            )
        d(
            "INFO",
            "ddl_worker.go:601",
            "finish DDL job",
            kv=[
                ("worker", "worker 1, tp general"),
                ("category", "ddl"),
                ("jobID", jid),
                ("conn", cid),
                ("job", job("synced", "public")),
            ],
            lo=0,
            hi=0.05,
        )

    def expensive() -> None:
        cid, (user, cur, _) = session()
        cost = r.uniform(60, 400)
        d(
            "WARN",
            "expensivequery.go:145",
            "expensive_query",
            kv=[
                ("cost_time", f"{cost:.9f}s"),
                ("cop_time", f"{cost * r.uniform(0.3, 0.9):.3f}s"),
                ("process_time", f"{cost * r.uniform(0.2, 0.8):.3f}s"),
                ("wait_time", f"{r.uniform(0, 2):.3f}s"),
                ("request_count", r.randrange(20, 900)),
                ("total_keys", r.randrange(10**5, 10**8)),
                ("processed_keys", r.randrange(10**5, 10**8)),
                ("num_cop_tasks", r.randrange(20, 900)),
                ("process_avg_time", f"{r.uniform(0.01, 2):.3f}s"),
                ("process_p90_time", f"{r.uniform(0.5, 5):.3f}s"),
                ("process_max_time", f"{r.uniform(2, 9):.3f}s"),
                ("process_max_addr", r.choice(TIKV_STORES)[1]),
                ("conn", cid),
                ("user", user),
                ("database", cur),
                ("table_ids", f"[{r.randrange(100, 130)}]"),
                ("txn_start_ts", next_ts()),
                ("mem_max", f"{r.randrange(10**6, 10**9)} Bytes ({r.uniform(1, 900):.1f} MB)"),
                (
                    "sql",
                    f"SELECT `customer_id`, SUM(`total`) FROM `orders` WHERE `created_at` >= '2024-0{r.randrange(1, 6)}-01' GROUP BY `customer_id` ORDER BY 2 DESC",
                ),
            ],
            lo=0,
            hi=2,
        )

    def analyze() -> None:
        t = r.choice(TIDB_TABLES)
        base = r.randrange(10_000, 4_000_000)
        mod = int(base * r.uniform(0.5, 0.9))
        d(
            "INFO",
            "refresher.go:198",
            "auto analyze triggered",
            kv=[
                ("category", "stats"),
                ("sql", f"analyze table `shop`.`{t}`"),
                ("reason", f"too many modifications({mod}/{base}>0.5)"),
            ],
            lo=1,
            hi=40,
        )
        start = db.t
        d(
            "INFO",
            "analyze.go:755",
            "analyze table `%s`.`%s` has finished",
            "shop",
            t,
            kv=[
                ("partition", ""),
                (
                    "job info",
                    "auto analyze table all columns with 256 buckets, 500 topn, 1 samplerate",
                ),
                ("start time", f"{start:%Y/%m/%d %H:%M:%S}.{start.microsecond:06d}000 +0000 UTC"),
                ("end time", f"{start:%Y/%m/%d %H:%M:%S}.{start.microsecond:06d}000 +0000 UTC"),
                ("cost", go_dur(r, 0.3, 40)),
                (
                    "sample rate reason",
                    f"use min(1, 110000/{base}) as the sample-rate={min(1, 110000 / base):.6f}",
                ),
            ],
            lo=0.3,
            hi=40,
        )

    gc_uuid = hexid(r, 16)

    def gc_round() -> None:
        safe = next_ts() - (600 << 18) * 1000
        cat = ("category", "gc worker")
        d(
            "INFO",
            "gc_worker.go:722",
            "starts the whole job",
            kv=[cat, ("uuid", gc_uuid), ("safePoint", safe), ("concurrency", 3)],
            lo=0,
            hi=0.1,
        )
        d(
            "INFO",
            "gc_worker.go:1242",
            "start resolve locks",
            kv=[
                cat,
                ("uuid", gc_uuid),
                ("safePoint", safe),
                ("try-resolve-locks-ts", safe),
                ("concurrency", 3),
            ],
            lo=0,
            hi=0.1,
        )
        d(
            "INFO",
            "gc_worker.go:1263",
            "finish resolve locks",
            kv=[
                cat,
                ("uuid", gc_uuid),
                ("safePoint", safe),
                ("try-resolve-locks-ts", safe),
                ("regions", r.randrange(300, 340)),
            ],
            lo=0,
            hi=0.05,
        )
        n = r.choice([0, 0, 0, 1, 2, 4])
        d(
            "INFO",
            "gc_worker.go:763",
            "start delete ranges",
            kv=[cat, ("uuid", gc_uuid), ("ranges", n)],
            lo=0,
            hi=0.05,
        )
        d(
            "INFO",
            "gc_worker.go:812",
            "finish delete ranges",
            kv=[
                cat,
                ("uuid", gc_uuid),
                ("num of ranges", n),
                ("cost time", go_dur(r, 0.0005, 0.05)),
            ],
            lo=0,
            hi=0.05,
        )
        d(
            "INFO",
            "gc_worker.go:839",
            "start redo-delete ranges",
            kv=[cat, ("uuid", gc_uuid), ("num of ranges", 0)],
            lo=0,
            hi=0.05,
        )
        d(
            "INFO",
            "gc_worker.go:868",
            "finish redo-delete ranges",
            kv=[
                cat,
                ("uuid", gc_uuid),
                ("num of ranges", 0),
                ("cost time", go_dur(r, 0.00001, 0.0001)),
            ],
            lo=0,
            hi=0.05,
        )
        d(
            "INFO",
            "gc_worker.go:1716",
            "sent safe point to PD",
            kv=[cat, ("uuid", gc_uuid), ("safe point", safe)],
            lo=0,
            hi=0.05,
        )

    def region_cache() -> None:
        addr = r.choice(TIKV_STORES)[1]
        rid = r.choice(region_ids)
        if r.random() < 0.5:
            d(
                "INFO",
                "region_cache.go:2815",
                "invalidate current region, because others failed on same store",
                kv=[("region", rid), ("store", addr)],
                lo=0,
                hi=1,
            )
        else:
            d(
                "INFO",
                "region_request.go:1532",
                "switch region peer to next due to NotLeader with NULL leader",
                kv=[("currIdx", r.randrange(0, 3)), ("leaderStoreID", 0), ("regionID", rid)],
                lo=0,
                hi=1,
            )

    def prewrite_lock() -> None:
        start = next_ts()
        d(
            "INFO",
            "prewrite.go:292",
            "prewrite encounters lock. More locks belong to the same transaction may be omitted",
            kv=[
                ("session", session()[0]),
                ("txnID", start),
                (
                    "lock",
                    f"key: 7480000000000000{hexid(r, 18)}, primary: 7480000000000000{hexid(r, 18)}, txnStartTS: {start - r.randrange(1 << 18, 1 << 24)}, lockForUpdateTS:0, minCommitTs:{start - r.randrange(1, 1 << 16)}, ttl: 3000, type: Put, UseAsyncCommit: false, txnSize: {r.randrange(1, 40)}",
                ),
                ("policy", "CheckTxnStatus"),
            ],
            lo=0,
            hi=1,
        )

    def misc() -> None:
        x = r.random()
        if x < 0.3:
            cid, _ = session()
            d(
                "INFO",
                "conn.go:1127",
                "read packet timeout, close this connection",
                kv=[
                    ("conn", cid),
                    ("session_alias", ""),
                    ("idle", go_dur(r, 28800, 28801)),
                    ("waitTimeout", 28800),
                    (
                        "error",
                        f"read tcp 10.0.4.2:4000->{sessions[cid][2]}:{r.randrange(30000, 65000)}: i/o timeout",
                    ),
                ],
                lo=0,
                hi=3,
            )
            sessions.pop(cid, None)
        elif x < 0.5:
            cid, _ = session()
            d(
                "INFO",
                "server.go:905",
                "kill",
                kv=[("conn", cid), ("query", r.random() < 0.7)],
                lo=0,
                hi=3,
            )
        elif x < 0.7:
            d(
                "WARN",
                "pd.go:152",
                "get timestamp too slow",
                kv=[("cost time", go_dur(r, 0.031, 0.3))],
                lo=0,
                hi=3,
            )
        elif x < 0.85:
            cid, _ = session()
            d(
                "WARN",
                "session.go:1005",
                "can not retry txn",
                kv=[
                    ("conn", cid),
                    ("session_alias", ""),
                    ("label", "general"),
                    ("error", "[kv:9007]Write conflict, reason=Optimistic [try again later]"),
                    ("IsBatchInsert", False),
                    ("IsPessimistic", False),
                    ("InRestrictedSQL", False),
                    ("tidb_retry_limit", 10),
                    ("tidb_disable_txn_auto_retry", True),
                ],
                lo=0,
                hi=3,
            )
        else:
            stack = "\n".join(
                [
                    "github.com/pingcap/tidb/pkg/parser/terror.Log",
                    "\t/workspace/source/tidb/pkg/parser/terror/terror.go:319",
                    "github.com/pingcap/tidb/pkg/server.(*clientConn).Run",
                    "\t/workspace/source/tidb/pkg/server/conn.go:1128",
                    "github.com/pingcap/tidb/pkg/server.(*Server).onConn",
                    "\t/workspace/source/tidb/pkg/server/server.go:739",
                ]
            )
            d(
                "ERROR",
                "terror.go:319",
                "encountered error",
                kv=[
                    (
                        "error",
                        "write tcp 10.0.4.2:4000->"
                        + ip4(r, "10.0.4")
                        + f":{r.randrange(30000, 65000)}: write: broken pipe",
                    ),
                    ("stack", stack),
                ],
                lo=0,
                hi=3,
            )

    def pd_change() -> None:
        d(
            "WARN",
            "pd_service_discovery.go:617",
            "[pd] failed to get cluster id",
            kv=[
                ("url", "http://pd-1.pd-peer:2379"),
                (
                    "error",
                    "[PD:client:ErrClientGetMember]error:rpc error: code = DeadlineExceeded desc = context deadline exceeded target:pd-1.pd-peer:2379 status:READY: error:rpc error: code = DeadlineExceeded desc = context deadline exceeded target:pd-1.pd-peer:2379 status:READY",
                ),
            ],
            lo=1,
            hi=20,
        )
        d(
            "ERROR",
            "tso_dispatcher.go:498",
            "[tso] getTS error after processing requests",
            kv=[
                ("dc-location", "global"),
                ("stream-addr", "http://pd-1.pd-peer:2379"),
                (
                    "error",
                    "[PD:client:ErrClientGetTSO]get TSO failed, rpc error: code = Unavailable desc = error reading from server: EOF",
                ),
            ],
            lo=0,
            hi=1,
        )
        d(
            "WARN",
            "domain.go:1243",
            "reload schema in loop failed",
            kv=[("error", "[tikv:9001]PD server timeout: ")],
            lo=0,
            hi=2,
        )
        d(
            "INFO",
            "manager.go:328",
            "etcd session is done, creates a new one",
            kv=[("key", "/tidb/ddl/fg/owner"), ("id", hexid(r, 8) + "-" + hexid(r, 4))],
            lo=0,
            hi=2,
        )
        d(
            "INFO",
            "pd_service_discovery.go:1025",
            "[pd] switch leader",
            kv=[
                ("new-leader", "http://pd-2.pd-peer:2379"),
                ("old-leader", "http://pd-1.pd-peer:2379"),
            ],
            lo=2,
            hi=10,
        )

    def mem_alarm() -> None:
        d(
            "WARN",
            "memoryusagealarm.go:241",
            "tidb-server has the risk of OOM because of memory usage exceeds alarm ratio. Running SQLs and heap profile will be recorded in record path",
            kv=[
                ("is tidb_server_memory_limit set", False),
                ("system memory total", 17179869184),
                ("system memory usage", r.randrange(12_100_000_000, 14_000_000_000)),
                ("tidb-server memory usage", r.randrange(11_000_000_000, 12_000_000_000)),
                ("memory-usage-alarm-ratio", 0.7),
                (
                    "record path",
                    "/tmp/tidb/0_tidb/MC4wLjAuMDo0MDAwLzAuMC4wLjA6MTAwODA=/tmp-storage/record",
                ),
            ],
            lo=1,
            hi=30,
        )

    # ---- tikv

    def tikv_start() -> None:
        k("INFO", "lib.rs:85", "Welcome to TiKV", lo=0, hi=0.01)
        for fmtx, v in [
            ("Release Version:   {}", "7.5.1"),
            ("Git Commit Hash:   {}", "a2b1c3d4e5f6071829304a5b6c7d8e9f00112233"),
            ("UTC Build Time:    {}", "2024-02-27 12:01:10"),
        ]:
            k("INFO", "lib.rs:90", fmtx, v, lo=0, hi=0.001)
        k(
            "INFO",
            "util.rs:796",
            "connected to PD member",
            kv=[("endpoints", "http://pd-1.pd-peer:2379")],
            lo=0,
            hi=0.02,
        )
        k(
            "INFO",
            "config.rs:1070",
            "data dir",
            kv=[
                ("data_path", "/var/lib/tikv/db"),
                (
                    "mount_fs",
                    'FsInfo { tp: "ext4", opts: "rw,relatime", mnt_dir: "/var/lib/tikv", fsname: "/dev/nvme1n1" }',
                ),
            ],
            lo=0,
            hi=0.01,
        )
        k(
            "INFO",
            "node.rs:304",
            "put store to PD",
            kv=[
                (
                    "store",
                    f'id: 1 address: "{TIKV_STORES[0][1]}" version: "7.5.1" peer_address: "{TIKV_STORES[0][1]}" status_address: "tikv-0.tikv-peer:20180"',
                )
            ],
            lo=0,
            hi=0.3,
        )
        k(
            "INFO",
            "server.rs:368",
            "listening on addr",
            kv=[("addr", "0.0.0.0:20160")],
            lo=0,
            hi=0.1,
        )
        k("INFO", "server.rs:1290", "TiKV is ready to serve", lo=0, hi=0.5)

    def election() -> None:
        rid = r.choice(region_ids)
        base = [("raft_id", peer[rid]), ("region_id", rid)]
        term[rid] += 1
        k(
            "INFO",
            "raft.rs:1651",
            "starting a new election",
            kv=[("term", term[rid] - 1), *base],
            lo=0,
            hi=3,
        )
        k(
            "INFO",
            "raft.rs:1171",
            "became pre-candidate at term {term}",
            term[rid] - 1,
            kv=[("term", term[rid] - 1), *base],
            lo=0,
            hi=0.01,
        )
        others = [peer[rid] + 1, peer[rid] + 2]
        k(
            "INFO",
            "raft.rs:1300",
            "broadcasting vote request",
            kv=[
                ("to", f"[{others[0]}, {others[1]}]"),
                ("log_index", r.randrange(5, 9999)),
                ("log_term", term[rid] - 1),
                ("term", term[rid] - 1),
                ("type", "MsgRequestPreVote"),
                *base,
            ],
            lo=0,
            hi=0.01,
        )
        k(
            "INFO",
            "raft.rs:2229",
            "received votes response",
            kv=[
                ("term", term[rid] - 1),
                ("type", "MsgRequestPreVoteResponse"),
                ("approvals", 2),
                ("rejections", 0),
                ("from", others[0]),
                ("vote", True),
                *base,
            ],
            lo=0,
            hi=0.05,
        )
        k(
            "INFO",
            "raft.rs:1145",
            "became candidate at term {term}",
            term[rid],
            kv=[("term", term[rid]), *base],
            lo=0,
            hi=0.01,
        )
        k(
            "INFO",
            "raft.rs:2229",
            "received votes response",
            kv=[
                ("term", term[rid]),
                ("type", "MsgRequestVoteResponse"),
                ("approvals", 2),
                ("rejections", 0),
                ("from", others[1]),
                ("vote", True),
                *base,
            ],
            lo=0,
            hi=0.05,
        )
        k(
            "INFO",
            "raft.rs:1196",
            "became leader at term {term}",
            term[rid],
            kv=[("term", term[rid]), *base],
            lo=0,
            hi=0.01,
        )

    def step_down() -> None:
        rid = r.choice(region_ids)
        term[rid] += 1
        k(
            "INFO",
            "raft.rs:1550",
            "received a message with higher term from {from}",
            peer[rid] + 1,
            kv=[
                ("term", term[rid]),
                ("message_term", term[rid]),
                ("from", peer[rid] + 1),
                ("msg type", "MsgRequestVote"),
                ("raft_id", peer[rid]),
                ("region_id", rid),
            ],
            lo=0,
            hi=3,
        )
        k(
            "INFO",
            "raft.rs:1127",
            "became follower at term {term}",
            term[rid],
            kv=[("term", term[rid]), ("raft_id", peer[rid]), ("region_id", rid)],
            lo=0,
            hi=0.01,
        )

    def split() -> None:
        rid = r.choice(region_ids)
        new = max(region_ids) + r.randrange(1, 9)
        key = f"7480000000000000FF{r.randrange(60, 99)}5F728000000000FF{hexid(r, 6).upper()}0000000000FA"
        k(
            "INFO",
            "peer.rs:5376",
            "on split",
            kv=[
                ("source", "split checker"),
                ("split_keys", f"key {key}"),
                ("peer_id", peer[rid]),
                ("region_id", rid),
            ],
            lo=1,
            hi=30,
        )
        k(
            "INFO",
            "pd.rs:1049",
            "try to batch split region",
            kv=[
                ("task", "batch_split"),
                (
                    "region",
                    f"id: {rid} start_key: 7480000000000000FF{r.randrange(10, 60)}00000000000000F8 end_key: 7480000000000000FF{r.randrange(60, 99)}00000000000000F8 region_epoch {{ conf_ver: 5 version: {r.randrange(30, 300)} }} peers {{ id: {peer[rid]} store_id: 1 }}",
                ),
                (
                    "new_region_ids",
                    f"[new_region_id: {new} new_peer_ids: {new + 1} new_peer_ids: {new + 2} new_peer_ids: {new + 3}]",
                ),
                ("region_id", rid),
            ],
            lo=0,
            hi=0.05,
        )
        k(
            "INFO",
            "apply.rs:2551",
            "split region",
            kv=[
                ("keys", f"key {key}"),
                (
                    "region",
                    f"id: {rid} region_epoch {{ conf_ver: 5 version: {r.randrange(30, 300)} }}",
                ),
                ("peer_id", peer[rid]),
                ("region_id", rid),
            ],
            lo=0,
            hi=0.05,
        )
        k(
            "INFO",
            "peer.rs:3792",
            "insert new region",
            kv=[
                (
                    "region",
                    f"id: {new} region_epoch {{ conf_ver: 5 version: {r.randrange(30, 300)} }} peers {{ id: {new + 1} store_id: 1 }}",
                ),
                ("region_id", new),
            ],
            lo=0,
            hi=0.02,
        )
        k(
            "INFO",
            "raft.rs:1127",
            "became follower at term {term}",
            5,
            kv=[("term", 5), ("raft_id", new + 1), ("region_id", new)],
            lo=0,
            hi=0.01,
        )
        region_ids.append(new)
        term[new] = 5
        peer[new] = new + 1

    def conf_change() -> None:
        rid = r.choice(region_ids)
        sid = r.choice([4, 5])
        npeer = peer[rid] + r.randrange(100, 900)
        role, ct = r.choice([("Learner", "AddLearnerNode"), ("Voter", "AddNode")])
        base = [("peer_id", peer[rid]), ("region_id", rid)]
        k(
            "INFO",
            "apply.rs:1690",
            "execute admin command",
            kv=[
                (
                    "command",
                    f"cmd_type: ChangePeerV2 change_peer_v2 {{ changes {{ peer {{ id: {npeer} store_id: {sid} role: {role} }} change_type: {ct} }} }}",
                ),
                ("index", r.randrange(10, 9999)),
                ("term", term[rid]),
                *base,
            ],
            lo=1,
            hi=30,
        )
        k(
            "INFO",
            "apply.rs:2201",
            "exec ConfChangeV2",
            kv=[
                ("epoch", f"conf_ver: {r.randrange(5, 40)} version: {r.randrange(30, 300)}"),
                ("kind", "Simple"),
                *base,
            ],
            lo=0,
            hi=0.01,
        )
        k(
            "INFO",
            "apply.rs:2382",
            "conf change successfully",
            kv=[
                (
                    "changes",
                    f"[peer {{ id: {npeer} store_id: {sid} role: {role} }} change_type: {ct}]",
                ),
                (
                    "current_confstate",
                    f"voters: [{peer[rid]}, {peer[rid] + 1}, {peer[rid] + 2}] learners: [{npeer}]",
                ),
                *base,
            ],
            lo=0,
            hi=0.01,
        )
        if role == "Learner":
            k(
                "INFO",
                "peer.rs:4620",
                "deleting applied snap file",
                kv=[("snap_file", f"{rid}_{term[rid]}_{r.randrange(100, 9999)}"), *base],
                lo=1,
                hi=20,
            )

    def slow_query() -> None:
        rid = r.choice(region_ids)
        total = r.uniform(1, 9)
        k(
            "INFO",
            "tracker.rs:257",
            "slow-query",
            kv=[
                ("perf_stats.internal_delete_skipped_count", r.randrange(0, 5000)),
                ("perf_stats.internal_key_skipped_count", r.randrange(0, 10**6)),
                ("perf_stats.block_read_byte", r.randrange(0, 10**8)),
                ("perf_stats.block_read_count", r.randrange(0, 9000)),
                ("perf_stats.block_cache_hit_count", r.randrange(0, 90000)),
                (
                    "scan.range.first",
                    f"Some(start: 7480000000000000FF{r.randrange(10, 99)}5F728000000000FF{hexid(r, 6).upper()}0000000000FA end: 7480000000000000FF{r.randrange(10, 99)}5F72FFFFFFFFFFFFFFFF0000000000FB)",
                ),
                ("scan.ranges", r.randrange(1, 9)),
                ("scan.total", r.randrange(10**4, 10**7)),
                ("scan.processed_size", r.randrange(10**5, 10**9)),
                ("scan.processed", r.randrange(10**4, 10**7)),
                ("scan.is_desc", False),
                ("tag", r.choice(["select", "select", "index", "analyze_table"])),
                ("table_id", r.randrange(100, 130)),
                ("txn_start_ts", next_ts()),
                ("wait_time.snapshot", f"{r.uniform(0, 0.5):.6f}ms"),
                ("wait_time.schedule", f"{r.uniform(0, 30):.6f}ms"),
                ("wait_time", f"{r.uniform(0, 30):.6f}ms"),
                ("total_process_time", f"{total:.6f}s"),
                ("total_lifetime", f"{total + r.uniform(0, 0.1):.6f}s"),
                ("remote_host", f"ipv4:10.0.4.2:{r.randrange(30000, 65000)}"),
                ("region_id", rid),
            ],
            lo=0.5,
            hi=6,
        )

    def error_response() -> None:
        rid = r.choice(region_ids)
        x = r.random()
        if x < 0.6:
            err = f'Region error (will back off and retry) message: "EpochNotMatch current epoch of region {rid} is conf_ver: 5 version: {r.randrange(30, 300)}, but you sent conf_ver: 5 version: {r.randrange(30, 300)}" epoch_not_match {{ current_regions {{ id: {rid} }} }}'
        else:
            err = f'Region error (will back off and retry) message: "peer is not leader for region {rid}, leader may Some(id: {peer[rid] + 1} store_id: 4)" not_leader {{ region_id: {rid} leader {{ id: {peer[rid] + 1} store_id: 4 }} }}'
        k("WARN", "endpoint.rs:880", "error-response", kv=[("err", err)], lo=0, hi=3)

    def misc_kv() -> None:
        x = r.random()
        rid = r.choice(region_ids)
        if x < 0.35:
            k(
                "WARN",
                "peer.rs:5703",
                "leader missing longer than abnormal_leader_missing_duration",
                kv=[("expect", "10m"), ("peer_id", peer[rid]), ("region_id", rid)],
                lo=0,
                hi=10,
            )
        else:
            k(
                "INFO",
                "gc_manager.rs:460",
                "gc_worker: auto gc finishes processing regions",
                kv=[("processed_regions", r.randrange(100, 400)), ("safe_point", next_ts())],
                lo=0,
                hi=10,
            )

    def store_down() -> None:
        sid, addr = TIKV_STORES[2]
        for _ in range(r.randrange(3, 7)):
            k(
                "WARN",
                "raft_client.rs:299",
                "RPC batch_raft fail",
                kv=[
                    (
                        "sink_err",
                        'Some(RpcFinished(Some(RpcStatus { code: 14-UNAVAILABLE, message: "Socket closed", details: [] })))',
                    ),
                    ("err", "None"),
                    ("to_addr", addr),
                ],
                lo=0,
                hi=1,
            )
            k(
                "WARN",
                "raft_client.rs:589",
                "connection aborted",
                kv=[
                    ("addr", addr),
                    (
                        "receiver_err",
                        'Some(RpcFailure(RpcStatus { code: 14-UNAVAILABLE, message: "failed to connect to all addresses", details: [] }))',
                    ),
                    ("sink_error", "Some(RemoteStopped)"),
                    ("store_id", sid),
                ],
                lo=0,
                hi=0.01,
            )
            k(
                "INFO",
                "raft_client.rs:875",
                "resolve store address ok",
                kv=[("addr", addr), ("store_id", sid)],
                lo=1,
                hi=10,
            )
        k(
            "ERROR",
            "kv.rs:1029",
            "KvService::batch_raft send response fail",
            kv=[("err", "RemoteStopped")],
            lo=0,
            hi=1,
        )
        d(
            "INFO",
            "region_cache.go:2562",
            "mark store's regions need be refill",
            kv=[("id", sid), ("addr", addr), ("buckets", r.randrange(20, 90))],
            lo=0,
            hi=1,
        )

    db.t = kv.t
    tikv_start()
    db.t = kv.t + timedelta(seconds=3)
    tidb_start()
    next_gc = db.t + timedelta(minutes=10)
    for i in range(2300):
        if db.t >= next_gc:
            gc_round()
            next_gc += timedelta(minutes=10)
        x = r.random()
        if x < 0.55:
            general()
        elif x < 0.62:
            dispatch_failed()
        elif x < 0.635:
            ddl()
        elif x < 0.665:
            expensive()
        elif x < 0.68:
            analyze()
        elif x < 0.73:
            region_cache()
        elif x < 0.755:
            prewrite_lock()
        elif x < 0.785:
            misc()
        if i in (900, 1800):
            mem_alarm()
        if i == 1300:
            pd_change()
        # TiKV runs beside it
        while kv.t < db.t:
            y = r.random()
            if y < 0.6:
                slow_query()
            elif y < 0.75:
                error_response()
            elif y < 0.8:
                election()
            elif y < 0.85:
                step_down()
            elif y < 0.88:
                split()
            elif y < 0.9:
                conf_change()
            elif y < 0.995:
                misc_kv()
            else:
                store_down()
    return [db, kv]


# --------------------------------------------------------------------------------- neo4j

NEO_INDEXES = [
    (3, "person_name", "RANGE", "(:Person {name})", "range-1.0"),
    (4, "person_email", "RANGE", "(:Person {email})", "range-1.0"),
    (5, "movie_title", "TEXT", "(:Movie {title})", "text-2.0"),
    (6, "order_id", "RANGE", "(:Order {id})", "range-1.0"),
    (7, "rel_rated_at", "RANGE", "()-[:RATED {at}]-()", "range-1.0"),
    (8, "product_sku", "RANGE", "(:Product {sku})", "range-1.0"),
]
NEO_NETTY = [
    "io.netty.handler.codec.ByteToMessageDecoder.callDecode(ByteToMessageDecoder.java:499) ~[netty-codec-4.1.109.Final.jar:4.1.109.Final]",
    "io.netty.handler.codec.ByteToMessageDecoder.channelRead(ByteToMessageDecoder.java:290) ~[netty-codec-4.1.109.Final.jar:4.1.109.Final]",
    "io.netty.channel.AbstractChannelHandlerContext.invokeChannelRead(AbstractChannelHandlerContext.java:444) ~[netty-transport-4.1.109.Final.jar:4.1.109.Final]",
    "io.netty.channel.DefaultChannelPipeline.fireChannelRead(DefaultChannelPipeline.java:1407) ~[netty-transport-4.1.109.Final.jar:4.1.109.Final]",
    "io.netty.channel.epoll.AbstractEpollStreamChannel$EpollStreamUnsafe.epollInReady(AbstractEpollStreamChannel.java:801) ~[netty-transport-classes-epoll-4.1.109.Final.jar:4.1.109.Final]",
    "io.netty.channel.epoll.EpollEventLoop.run(EpollEventLoop.java:413) ~[netty-transport-classes-epoll-4.1.109.Final.jar:4.1.109.Final]",
    "io.netty.util.concurrent.SingleThreadEventExecutor$4.run(SingleThreadEventExecutor.java:997) ~[netty-common-4.1.109.Final.jar:4.1.109.Final]",
    "java.lang.Thread.run(Thread.java:840) [?:?]",
]
NEO_SSL = [
    "sun.security.ssl.Alert.createSSLException(Alert.java:131) ~[?:?]",
    "sun.security.ssl.Alert.createSSLException(Alert.java:117) ~[?:?]",
    "sun.security.ssl.TransportContext.fatal(TransportContext.java:365) ~[?:?]",
    "sun.security.ssl.Alert$AlertConsumer.consume(Alert.java:287) ~[?:?]",
    "io.netty.handler.ssl.SslHandler.unwrap(SslHandler.java:1475) ~[netty-handler-4.1.109.Final.jar:4.1.109.Final]",
]
NEO_OOM = [
    "org.neo4j.collection.trackable.HeapTrackingArrayList.grow(HeapTrackingArrayList.java:301) ~[neo4j-collections-5.20.0.jar:5.20.0]",
    "org.neo4j.cypher.internal.runtime.pipelined.operators.SortMergeOperator$OTask.initialize(SortMergeOperator.scala:112) ~[neo4j-cypher-pipelined-runtime-5.20.0.jar:5.20.0]",
    "org.neo4j.cypher.internal.runtime.pipelined.execution.AlarmSink.acceptOutput(AlarmSink.scala:49) ~[neo4j-cypher-pipelined-runtime-5.20.0.jar:5.20.0]",
    "org.neo4j.cypher.internal.runtime.pipelined.Worker.executeTask(Worker.scala:133) ~[neo4j-cypher-pipelined-runtime-5.20.0.jar:5.20.0]",
    "org.neo4j.cypher.internal.runtime.pipelined.Worker.run(Worker.scala:95) ~[neo4j-cypher-pipelined-runtime-5.20.0.jar:5.20.0]",
    "java.lang.Thread.run(Thread.java:840) [?:?]",
]
NEO_COMMIT = [
    "org.neo4j.kernel.impl.api.TransactionRepresentationCommitProcess.appendToLog(TransactionRepresentationCommitProcess.java:97) ~[neo4j-kernel-5.20.0.jar:5.20.0]",
    "org.neo4j.kernel.impl.api.TransactionRepresentationCommitProcess.commit(TransactionRepresentationCommitProcess.java:57) ~[neo4j-kernel-5.20.0.jar:5.20.0]",
    "org.neo4j.kernel.impl.api.KernelTransactionImplementation.commitTransaction(KernelTransactionImplementation.java:901) ~[neo4j-kernel-5.20.0.jar:5.20.0]",
    "org.neo4j.kernel.impl.api.KernelTransactionImplementation.commit(KernelTransactionImplementation.java:829) ~[neo4j-kernel-5.20.0.jar:5.20.0]",
    "org.neo4j.bolt.tx.TransactionImpl.commit(TransactionImpl.java:178) ~[neo4j-bolt-5.20.0.jar:5.20.0]",
    "org.neo4j.bolt.protocol.common.fsm.transition.transaction.CommitTransactionalStateTransition.process(CommitTransactionalStateTransition.java:60) ~[neo4j-bolt-5.20.0.jar:5.20.0]",
]
NEO_DISK = [
    "java.base/sun.nio.ch.FileDispatcherImpl.write0(Native Method) ~[?:?]",
    "java.base/sun.nio.ch.FileChannelImpl.write(FileChannelImpl.java:288) ~[?:?]",
    "org.neo4j.io.fs.StoreFileChannel.write(StoreFileChannel.java:182) ~[neo4j-io-5.20.0.jar:5.20.0]",
    "org.neo4j.kernel.impl.transaction.log.PhysicalFlushableChannel.prepareForFlush(PhysicalFlushableChannel.java:74) ~[neo4j-kernel-5.20.0.jar:5.20.0]",
]


def neo4j(r: random.Random) -> list[Log]:
    """A Neo4j 5.20 Community server's neo4j.log (`%d{yyyy-MM-dd HH:mm:ss.SSSZ} %-5p %m`: start-up
    and shutdown, a deprecated setting, errors a client triggered) and debug.log (the same with
    `[%c{1.}]`, and `[database/id]` before a database's statements): the diagnostics that start-up
    writes a statement a line, databases created and started, checkpoints every fifteen minutes
    with their two lines, transaction log rotation and pruning, index sampling and population,
    VM pauses, health checks knocking on the Bolt port with HTTP, TLS and commit failures with
    log4j's Java stacks, a full disk, a restart."""
    user = Log("neo4j.log", datetime(2024, 6, 11, 6, 0, 2, 118000, tzinfo=UTC))
    dbg = Log("debug.log", datetime(2024, 6, 11, 6, 0, 2, 118000, tzinfo=UTC))
    dbid = {"neo4j": "2f3a1b2c", "system": "00000000"}
    tx = [r.randrange(100_000, 200_000)]
    logv = [r.randrange(20, 40)]
    bolt = [r.randrange(10, 60)]

    def ts(t: datetime) -> str:
        return f"{t:%Y-%m-%d %H:%M:%S}.{t.microsecond // 1000:03d}+0000"

    def u(level: str, msg: str, *vals, lo=0.0, hi=0.3) -> None:
        dbg.t = max(dbg.t, user.t)
        t = user.tick(r, lo, hi)
        dbg.t = max(dbg.t, t)
        user.add(f"{ts(t)} {level:<5} {fill(msg, *vals)}", msg)

    def g(
        level: str, cat: str, msg: str, *vals, db=None, ctx="", extra=(), lo=0.0, hi=0.3, label=""
    ) -> None:
        t = dbg.tick(r, lo, hi)
        user.t = max(user.t, t)
        pre = f"[{cat}] "
        if db:
            pre += f"[{db}/{dbid[db]}] "
        if ctx:
            pre += f"[{ctx}] "
        dbg.add(f"{ts(t)} {level:<5} {pre}{fill(msg, *vals)}", label or msg)
        for x in extra:
            dbg.add(x, None)

    DM = "o.n.i.d.DiagnosticsManager"

    def section(name: str) -> None:
        g("INFO", DM, "-" * 80, lo=0, hi=0.001)
        g("INFO", DM, f"{'[ ' + name + ' ]':^80}".rstrip(), lo=0, hi=0.001, label=f"[ {name} ]")
        g("INFO", DM, "-" * 80, lo=0, hi=0.001)

    def diagnostics() -> None:
        g("INFO", DM, "*" * 80, lo=0, hi=0.01)
        g(
            "INFO",
            DM,
            f"{'[ System diagnostics ]':^80}".rstrip(),
            lo=0,
            hi=0.001,
            label="[ System diagnostics ]",
        )
        g("INFO", DM, "*" * 80, lo=0, hi=0.001)
        section("System memory information")
        for m, v in [
            ("Total Physical memory: %s", "15.52GiB"),
            ("Free Physical memory: %s", f"{r.uniform(6, 11):.2f}GiB"),
            ("Committed virtual memory: %s", f"{r.uniform(5, 7):.2f}GiB"),
            ("Total swap space: %s", "0B"),
        ]:
            g("INFO", DM, m, v, lo=0, hi=0.001)
        section("JVM memory information")
        g("INFO", DM, "Free  memory: %s", f"{r.uniform(1, 3):.2f}GiB", lo=0, hi=0.001)
        g("INFO", DM, "Total memory: %s", "4.00GiB", lo=0, hi=0.001)
        g("INFO", DM, "Max   memory: %s", "4.00GiB", lo=0, hi=0.001)
        for gc, pools in [
            ("G1 Young Generation", "[G1 Eden Space, G1 Survivor Space, G1 Old Gen]"),
            ("G1 Old Generation", "[G1 Eden Space, G1 Survivor Space, G1 Old Gen]"),
            ("G1 Concurrent GC", "[G1 Old Gen]"),
        ]:
            g("INFO", DM, "Garbage Collector: %s: %s", gc, pools, lo=0, hi=0.001)
        for pool, kind, c, used, mx in [
            ("CodeHeap 'non-nmethods'", "Non-heap memory", "2.44MiB", "1.30MiB", "5.56MiB"),
            ("Metaspace", "Non-heap memory", "96.06MiB", f"{r.uniform(90, 95):.2f}MiB", "-1B"),
            (
                "CodeHeap 'profiled nmethods'",
                "Non-heap memory",
                "21.06MiB",
                f"{r.uniform(18, 21):.2f}MiB",
                "117.21MiB",
            ),
            (
                "Compressed Class Space",
                "Non-heap memory",
                "11.44MiB",
                f"{r.uniform(10, 11):.2f}MiB",
                "1.00GiB",
            ),
            ("G1 Eden Space", "Heap memory", "2.36GiB", f"{r.uniform(0.2, 2):.2f}GiB", "-1B"),
            ("G1 Old Gen", "Heap memory", "1.59GiB", f"{r.uniform(100, 900):.2f}MiB", "4.00GiB"),
            ("G1 Survivor Space", "Heap memory", "52.00MiB", f"{r.uniform(10, 52):.2f}MiB", "-1B"),
            (
                "CodeHeap 'non-profiled nmethods'",
                "Non-heap memory",
                "5.81MiB",
                f"{r.uniform(4, 5.8):.2f}MiB",
                "117.22MiB",
            ),
        ]:
            g(
                "INFO",
                DM,
                "Memory Pool: %s (%s): committed=%s, used=%s, max=%s, threshold=%s",
                pool,
                kind,
                c,
                used,
                mx,
                "0B",
                lo=0,
                hi=0.001,
            )
        section("Operating system information")
        g(
            "INFO",
            DM,
            "Operating System: %s; version: %s; arch: %s; cpu(s): %d",
            "Linux",
            "5.15.0-107-generic",
            "amd64",
            8,
            lo=0,
            hi=0.001,
        )
        g("INFO", DM, "Max number of file descriptors: %d", 1048576, lo=0, hi=0.001)
        g("INFO", DM, "Number of open file descriptors: %d", r.randrange(280, 420), lo=0, hi=0.001)
        g("INFO", DM, "Process id: %s", r.randrange(7, 90), lo=0, hi=0.001)
        section("JVM information")
        g("INFO", DM, "VM Name: %s", "OpenJDK 64-Bit Server VM", lo=0, hi=0.001)
        g("INFO", DM, "VM Vendor: %s", "Eclipse Adoptium", lo=0, hi=0.001)
        g("INFO", DM, "VM Version: %s", "17.0.11+9", lo=0, hi=0.001)
        g(
            "INFO",
            DM,
            "VM Arguments: %s",
            "[-Xms4g, -Xmx4g, -XX:+UseG1GC, -XX:-OmitStackTraceInFastThrow, -XX:+AlwaysPreTouch, -XX:+UnlockExperimentalVMOptions, -XX:+TrustFinalNonStaticFields, -XX:+DisableExplicitGC, -Djdk.nio.maxCachedBufferSize=1024, -Dio.netty.tryReflectionSetAccessible=true, -Djdk.tls.ephemeralDHKeySize=2048, -Djdk.tls.rejectClientInitiatedRenegotiation=true, -XX:FlightRecorderOptions=stackdepth=256, -XX:+UnlockDiagnosticVMOptions, -XX:+DebugNonSafepoints, --add-opens=java.base/java.nio=ALL-UNNAMED, -Dlog4j2.disable.jmx=true, -Dfile.encoding=UTF-8]",
            lo=0,
            hi=0.001,
        )
        section("Java classpath")
        jars = [
            "neo4j-kernel-5.20.0.jar",
            "neo4j-bolt-5.20.0.jar",
            "neo4j-cypher-5.20.0.jar",
            "netty-codec-4.1.109.Final.jar",
            "log4j-core-2.20.0.jar",
            "neo4j-io-5.20.0.jar",
            "neo4j-collections-5.20.0.jar",
            "scala-library-2.13.11.jar",
        ]
        g("INFO", DM, " Total entries: %d", 213, lo=0, hi=0.001)
        for j in jars:
            g("INFO", DM, " [classpath] %s", f"/var/lib/neo4j/lib/{j}", lo=0, hi=0.001)
        section("Network information")
        g("INFO", DM, "Interface %s:", "eth0", lo=0, hi=0.001)
        g("INFO", DM, "    address: %s", "10.0.7.21", lo=0, hi=0.001)
        g("INFO", DM, "Interface %s:", "lo", lo=0, hi=0.001)
        g("INFO", DM, "    address: %s", "127.0.0.1", lo=0, hi=0.001)
        section("DBMS config")
        g("INFO", DM, "DBMS provided settings:", lo=0, hi=0.001)
        for kk, vv in [
            ("server.bolt.listen_address", "0.0.0.0:7687"),
            ("server.bolt.tls_level", "OPTIONAL"),
            ("server.directories.logs", "/logs"),
            ("server.http.listen_address", "0.0.0.0:7474"),
            ("server.memory.heap.initial_size", "4.000GiB"),
            ("server.memory.heap.max_size", "4.000GiB"),
            ("server.memory.pagecache.size", "6.000GiB"),
            ("db.tx_log.rotation.retention_policy", "2 days"),
            ("db.transaction.timeout", "30s"),
        ]:
            g("INFO", DM, "%s=%s", kk, vv, lo=0, hi=0.001)
        section("Packaging")
        g("INFO", DM, "Edition: %s", "Community", lo=0, hi=0.001)
        g("INFO", DM, "Version: %s", "5.20.0", lo=0, hi=0.001)

    def idx_desc(i) -> str:
        return f"Index( id={i[0]}, name='{i[1]}', type='{i[2]}', schema={i[3]}, indexProvider='{i[4]}' )"

    def start() -> None:
        u(
            "INFO",
            "Logging config in use: File '%s'",
            "/var/lib/neo4j/conf/user-logs.xml",
            lo=0,
            hi=0.2,
        )
        u(
            "WARN",
            "Use of deprecated setting '%s'. It is replaced by '%s'.",
            "dbms.memory.transaction.global_max_size",
            "db.memory.transaction.total.max",
            lo=0,
            hi=0.01,
        )
        u("INFO", "Starting...", lo=0, hi=0.05)
        g(
            "INFO",
            "o.n.g.f.m.GlobalModule",
            "Logging config in use: File '%s'",
            "/var/lib/neo4j/conf/server-logs.xml",
            lo=0,
            hi=0.3,
        )
        diagnostics()
        sid = uuid4(r)
        u("INFO", "This instance is ServerId{%s} (%s)", sid[:8], sid, lo=0.5, hi=1.5)
        u("INFO", "======== Neo4j %s ========", "5.20.0", lo=0, hi=0.2)
        g("INFO", "o.n.k.i.c.VmPauseMonitorComponent", "Starting VM pause monitor", lo=0, hi=0.05)
        for name in ("system", "neo4j"):
            g(
                "INFO",
                "o.n.d.d.DefaultDatabaseManager",
                "Creating '%s' database.",
                name,
                lo=0,
                hi=0.2,
            )
            g(
                "INFO",
                "o.n.d.d.DefaultDatabaseManager",
                "Starting '%s' database.",
                name,
                lo=0,
                hi=0.05,
            )
            logv[0] += 1
            g(
                "INFO",
                "o.n.k.d.Database",
                "Starting transaction log [%s] at version=%d",
                f"/data/transactions/{name}/neostore.transaction.db.{logv[0] if name == 'neo4j' else 3}",
                logv[0] if name == "neo4j" else 3,
                db=name,
                lo=0.1,
                hi=0.6,
            )
            n = 3 if name == "system" else len(NEO_INDEXES) + 2
            g(
                "INFO",
                "o.n.k.i.a.i.IndexingService",
                "IndexingService.init: indexes not specifically mentioned above are ONLINE. Total %d indexes. Processed %d indexes.",
                n,
                n,
                db=name,
                lo=0,
                hi=0.2,
            )
            g(
                "INFO",
                "o.n.k.i.a.i.IndexingService",
                "IndexingService.start: indexes not specifically mentioned above are ONLINE. Total %d indexes. Processed %d indexes.",
                n,
                n,
                db=name,
                lo=0,
                hi=0.2,
            )
            if name == "neo4j":
                g(
                    "INFO",
                    "o.n.k.i.p.PageCacheWarmer",
                    "Page cache warmup started.",
                    db=name,
                    lo=0,
                    hi=0.1,
                )
        u("INFO", "Bolt enabled on %s.", "0.0.0.0:7687", lo=0.5, hi=2)
        u("INFO", "HTTP enabled on %s.", "0.0.0.0:7474", lo=0.3, hi=1)
        u("INFO", "Remote interface available at %s", "http://localhost:7474/", lo=0, hi=0.01)
        u(
            "INFO",
            "id: %s",
            "8D2F0A7F37E4C4B6A2D05F2BDA71C6E78F2A3E9B1C2D4F6A8B0C1D2E3F405162",
            lo=0,
            hi=0.01,
        )
        u("INFO", "name: %s", "system", lo=0, hi=0.01)
        u("INFO", "creationDate: %s", "2024-01-09T14:02:11.482Z", lo=0, hi=0.01)
        u("INFO", "Started.", lo=0, hi=0.01)
        g(
            "INFO",
            "o.n.k.i.p.PageCacheWarmer",
            "Page cache warmup completed. %d pages loaded. Duration: %s.",
            r.randrange(40_000, 700_000),
            f"{r.randrange(2, 40)}s",
            db="neo4j",
            lo=2,
            hi=40,
        )

    def checkpoint(reason: str, label: str) -> None:
        g(
            "INFO",
            "o.n.k.i.t.l.c.CheckPointerImpl",
            'Checkpoint triggered by "%s" @ txId: %d checkpoint started...',
            reason,
            tx[0],
            db="neo4j",
            lo=0,
            hi=0.01,
            label=f'Checkpoint triggered by "{label}" @ txId: %d checkpoint started...',
        )
        pages = r.randrange(20, 40000)
        g(
            "INFO",
            "o.n.k.i.t.l.c.CheckPointerImpl",
            'Checkpoint triggered by "%s" @ txId: %d checkpoint completed in %dms. Checkpoint flushed %d pages (%d%% of total available pages), in %d IOs. Checkpoint performed with IO limit: %s, paused in total %d times( %d millis). Average checkpoint flush speed: %s.',
            reason,
            tx[0],
            r.randrange(20, 4000),
            pages,
            pages * 100 // 786432,
            max(1, pages // r.randrange(8, 40)),
            "unlimited",
            0,
            0,
            f"{r.uniform(10, 900):.2f}MiB/s",
            db="neo4j",
            lo=0.02,
            hi=4,
            label=f'Checkpoint triggered by "{label}" @ txId: %d checkpoint completed in %dms. Checkpoint flushed %d pages (%d%% of total available pages), in %d IOs. Checkpoint performed with IO limit: %s, paused in total %d times( %d millis). Average checkpoint flush speed: %s.',
        )
        if r.random() < 0.3:
            g(
                "INFO",
                "o.n.k.i.t.l.p.LogPruningImpl",
                "Pruned log versions %d-%d, last checkpoint was made in version %d",
                logv[0] - 4,
                logv[0] - 3,
                logv[0],
                db="neo4j",
                lo=0,
                hi=0.05,
            )

    def rotate() -> None:
        logv[0] += 1
        g(
            "INFO",
            "o.n.k.i.t.l.f.TransactionLogFile",
            "Rotated to transaction log [%s] version=%d, last transaction in previous log=%d, rotation took %d millis, started after %d millis.",
            f"/data/transactions/neo4j/neostore.transaction.db.{logv[0]}",
            logv[0],
            tx[0],
            r.randrange(1, 40),
            r.randrange(1, 20),
            db="neo4j",
            lo=0,
            hi=60,
        )

    def sample() -> None:
        i = r.choice(NEO_INDEXES)
        n = r.randrange(10_000, 5_000_000)
        g(
            "INFO",
            "o.n.k.i.a.i.s.IndexSamplingJob",
            "Sampled index %s with %d unique values in sample of avg size %d taken from index containing %d entries",
            idx_desc(i),
            int(n * r.uniform(0.3, 1)),
            min(n, 8_388_608),
            n,
            db="neo4j",
            lo=0,
            hi=60,
        )

    def pause() -> None:
        p = r.randrange(200, 4000)
        g(
            "WARN",
            "o.n.k.i.c.VmPauseMonitorComponent",
            "Detected VM stop-the-world pause: %s",
            f"{{pauseTime={p}, gcTime={p - r.randrange(0, 40)}, gcCount={r.randrange(1, 3)}}}",
            lo=0,
            hi=120,
        )

    def http_on_bolt() -> None:
        bolt[0] += 1
        g(
            "WARN",
            "o.n.b.t.TransportSelectionHandler",
            "Unsupported connection type: 'HTTP'. Bolt protocol only operates over a TCP connection or WebSocket.",
            ctx=f"bolt-{bolt[0]}",
            lo=0,
            hi=60,
        )

    def tls_fail() -> None:
        bolt[0] += 1
        ch = f"[id: 0x{hexid(r, 8)}, L:/10.0.7.21:7687 - R:/{ip4(r, '10.0.8')}:{r.randrange(30000, 65000)}]"
        stack = java_stack(
            r,
            "io.netty.handler.codec.DecoderException: javax.net.ssl.SSLHandshakeException: Received fatal alert: certificate_unknown",
            NEO_NETTY,
            (
                "javax.net.ssl.SSLHandshakeException: Received fatal alert: certificate_unknown",
                NEO_SSL,
            ),
        )
        g(
            "ERROR",
            "o.n.b.t.p.HouseKeeper",
            "Fatal error occurred when handling a client connection: %s",
            ch,
            ctx=f"bolt-{bolt[0]}",
            extra=stack,
            lo=0,
            hi=120,
        )

    def client_error() -> None:
        ref = uuid4(r)
        x = r.random()
        bolt[0] += 1
        if x < 0.6:
            status, msg, exc, frames = (
                "Neo.DatabaseError.Statement.ExecutionFailed",
                "Java heap space",
                "java.lang.OutOfMemoryError: Java heap space",
                NEO_OOM,
            )
        else:
            status, msg, exc, frames = (
                "Neo.DatabaseError.Transaction.TransactionCommitFailed",
                "Could not apply the transaction to the store after written to log.",
                "org.neo4j.internal.kernel.api.exceptions.TransactionFailureException: Could not apply the transaction to the store after written to log.",
                NEO_COMMIT,
            )
        u(
            "ERROR",
            f"Client triggered an unexpected error [%s]: {msg}. See debug.log for more details, reference %s.",
            status,
            ref,
            lo=0,
            hi=120,
        )
        g(
            "ERROR",
            "o.n.b.p.c.e.ErrorReporter",
            f"Client triggered an unexpected error [%s]: {msg}, reference %s.",
            status,
            ref,
            ctx=f"bolt-{bolt[0]}",
            extra=java_stack(r, exc, frames),
            lo=0,
            hi=0.01,
        )

    def tx_timeout() -> None:
        g(
            "WARN",
            "o.n.k.i.a.KernelTransactionMonitor",
            "Transaction %s timeout.",
            f"KernelTransactionImplementation{{txState=true, tx=neo4j-transaction-{tx[0] + r.randrange(1, 900)}}}",
            db="neo4j",
            lo=0,
            hi=120,
        )

    def index_create() -> None:
        i = (
            9 + r.randrange(0, 90),
            f"index_{hexid(r, 8)}",
            "RANGE",
            r.choice(["(:Customer {country})", "(:Order {placedAt})", "(:Review {stars})"]),
            "range-1.0",
        )
        g(
            "INFO",
            "o.n.k.i.a.i.IndexPopulationJob",
            "Index population started: [%s]",
            idx_desc(i),
            db="neo4j",
            lo=0,
            hi=60,
        )
        g(
            "INFO",
            "o.n.k.i.a.i.IndexPopulationJob",
            "Index creation finished for index [%s].",
            idx_desc(i),
            db="neo4j",
            lo=0.5,
            hi=50,
        )

    def disk_full() -> None:
        stack = java_stack(r, "java.io.IOException: No space left on device", NEO_DISK)
        g(
            "ERROR",
            "o.n.k.d.DatabaseHealth",
            "Database panic: The database has encountered a critical error, and needs to be restarted. Please see database logs for more details.",
            db="neo4j",
            extra=stack,
            lo=0,
            hi=30,
        )
        g(
            "ERROR",
            "o.n.k.i.a.TransactionRepresentationCommitProcess",
            "Could not append transaction: %s to log.",
            f"Transaction #{tx[0]}",
            db="neo4j",
            extra=java_stack(r, "java.io.IOException: No space left on device", NEO_DISK[:2]),
            lo=0,
            hi=0.01,
        )

    def stop() -> None:
        u("INFO", "Neo4j Server shutdown initiated by request", lo=1, hi=10)
        u("INFO", "Stopping...", lo=0, hi=0.01)
        for name in ("neo4j", "system"):
            g("INFO", "o.n.d.d.DefaultDatabaseManager", "Stop '%s' database.", name, lo=0, hi=0.2)
            if name == "neo4j":
                checkpoint("Database shutdown", "Database shutdown")
        u("INFO", "Stopped.", lo=0.5, hi=2)

    start()
    next_cp = dbg.t + timedelta(minutes=15)
    for i in range(1600):
        tx[0] += r.randrange(20, 600)
        if dbg.t >= next_cp:
            checkpoint(
                "Scheduled checkpoint for every 15 minutes threshold",
                "Scheduled checkpoint for every 15 minutes threshold",
            )
            next_cp += timedelta(minutes=15)
        x = r.random()
        if x < 0.22:
            http_on_bolt()
        elif x < 0.34:
            sample()
        elif x < 0.5:
            pause()
        elif x < 0.6:
            rotate()
        elif x < 0.67:
            tls_fail()
        elif x < 0.72:
            client_error()
        elif x < 0.8:
            tx_timeout()
        elif x < 0.815:
            index_create()
        else:
            dbg.tick(r, 10, 120)
        if i == 1000:
            disk_full()
            stop()
            dbg.tick(r, 60, 300)
            user.t = dbg.t
            start()
            next_cp = dbg.t + timedelta(minutes=15)
    return [user, dbg]


# --------------------------------------------------------------------------------- kong

KONG_ROUTES = [
    ("GET", "/orders/{}", "orders-svc", "10.0.21.7:8080", "api.shop.example.com"),
    ("POST", "/orders", "orders-svc", "10.0.21.7:8080", "api.shop.example.com"),
    ("GET", "/catalog/products/{}", "catalog-svc", "10.0.21.12:8000", "api.shop.example.com"),
    ("GET", "/catalog/search?q={}", "catalog-svc", "10.0.21.12:8000", "api.shop.example.com"),
    ("POST", "/payments/charge", "payments-svc", "10.0.22.4:9090", "pay.shop.example.com"),
    ("GET", "/users/{}/profile", "users-svc", "10.0.21.30:3000", "api.shop.example.com"),
    ("PUT", "/users/{}/avatar", "users-svc", "10.0.21.30:3000", "api.shop.example.com"),
    ("GET", "/reports/daily/{}", "reports-svc", "10.0.23.9:8081", "reports.shop.example.com"),
]
KONG_UPSTREAM_HOSTS = {
    "orders-svc": ["10.0.21.7:8080", "10.0.21.8:8080", "10.0.21.9:8080"],
    "catalog-svc": ["10.0.21.12:8000", "10.0.21.13:8000"],
    "payments-svc": ["10.0.22.4:9090", "10.0.22.5:9090"],
    "users-svc": ["10.0.21.30:3000"],
    "reports-svc": ["10.0.23.9:8081"],
}
KONG_ENTITIES = [
    "services",
    "routes",
    "plugins",
    "consumers",
    "upstreams",
    "targets",
    "certificates",
    "snis",
]
KONG_TRACEBACK = [
    "stack traceback:",
    "coroutine 0:",
    "\t/usr/local/share/lua/5.1/kong/runloop/balancer/init.lua: in function 'get_balancer'",
    "\t/usr/local/share/lua/5.1/kong/runloop/balancer/init.lua:428: in function 'execute'",
    "\t/usr/local/share/lua/5.1/kong/runloop/handler.lua:1402: in function 'after'",
    "\t/usr/local/share/lua/5.1/kong/init.lua:1153: in function 'access'",
]


def kong(r: random.Random) -> list[Log]:
    """A Kong Gateway 3.6 node's error.log (traditional mode on PostgreSQL, log_level notice):
    nginx's own notices at start-up and on a reload, the workers preloading the cache, requests
    failing against upstreams with nginx's connect/read errors and the request's context after
    the message, Kong's DNS/balancer failures, plugins logging through the PDK (`[kong] file:line
    [plugin] msg`: rate-limiting losing Redis, http-log's queue failing to deliver, a custom plugin
    erroring), lua-resty-healthcheck marking targets unhealthy and healthy, the cluster events
    poll and router rebuild failing while the database is away, and a Lua runtime error whose
    `stack traceback:` takes several lines before the request's context."""
    log = Log("error.log", datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC))
    workers: list[int] = []
    conn: dict[int, int] = {}
    plugin_ids = {p: uuid4(r) for p in ("http-log", "rate-limiting")}
    upstream_ids = {u: uuid4(r) for u in KONG_UPSTREAM_HOSTS}
    health = {t: True for hosts in KONG_UPSTREAM_HOSTS.values() for t in hosts}
    fails = {t: 0 for t in health}

    def emit(
        level: str, pid: int, label: str, *vals, cid=None, lua="", ctx="", lo=0.0, hi=0.5, extra=()
    ) -> None:
        t = log.tick(r, lo, hi)
        c = f"*{cid} " if cid is not None else ""
        text = lua + fill(label, *vals)
        lines = (text + "\n" + "\n".join(extra) if extra else text) + ctx
        first, *rest = lines.split("\n")
        log.add(f"{t:%Y/%m/%d %H:%M:%S} [{level}] {pid}#0: {c}{first}", label)
        for x in rest:
            log.add(x, None)

    def next_conn(pid: int) -> int:
        conn[pid] += r.randrange(1, 60)
        return conn[pid]

    def request_ctx(method: str, uri: str, host: str, upstream: str | None = None) -> str:
        s = f', client: {ip4(r, r.choice(["10.0.40", "10.0.41", "172.16.8"]))}, server: kong, request: "{method} {uri} HTTP/1.1"'
        if upstream:
            s += f', upstream: "http://{upstream}{uri}"'
        return s + f', host: "{host}"'

    def pick_route():
        m, path, svc, _, host = r.choice(KONG_ROUTES)
        if "{}" in path:
            path = path.format(
                r.choice([str(r.randrange(1, 999999)), uuid4(r)])
                if "q=" not in path
                else r.choice(["shoes", "red+dress", "usb-c", "coffee"])
            )
        return m, path, svc, host

    def start(first: bool) -> None:
        if first:
            emit(
                "warn",
                1,
                'the "user" directive makes sense only if the master process runs with super-user privileges, ignored in %s:%d',
                "/usr/local/kong/nginx.conf",
                7,
                lo=0,
                hi=0.01,
            )
            emit("notice", 1, 'using the "%s" event method', "epoll", lo=0, hi=0.01)
            emit("notice", 1, "openresty/1.25.3.1", lo=0, hi=0.01)
            emit("notice", 1, "OS: %s %s", "Linux", "5.15.0-1051-aws", lo=0, hi=0.01)
            emit("notice", 1, "getrlimit(RLIMIT_NOFILE): %d:%d", 1048576, 1048576, lo=0, hi=0.01)
        emit("notice", 1, "start worker processes", lo=0, hi=0.01)
        base = r.randrange(1300, 1400) if first else max(workers) + r.randrange(20, 200)
        workers.clear()
        for i in range(4):
            workers.append(base + i)
            conn[base + i] = 0
            emit("notice", 1, "start worker process %d", base + i, lo=0, hi=0.01)
        iw = ", context: init_worker_by_lua*"
        for pid in workers:
            cid = next_conn(pid)
            emit(
                "notice",
                pid,
                "[DB cache] purging (local) cache",
                cid=cid,
                lua="[lua] init.lua:259: purge(): ",
                ctx=iw,
                lo=0,
                hi=0.05,
            )
        pid = workers[0]
        for ent in KONG_ENTITIES[:5]:
            cache = (
                "core_cache" if ent in ("services", "routes", "upstreams", "targets") else "cache"
            )
            emit(
                "notice",
                pid,
                "Preloading '%s' into the %s...",
                ent,
                cache,
                cid=1,
                lua="[lua] warmup.lua:114: single_dao(): ",
                ctx=iw,
                lo=0,
                hi=0.05,
            )
            emit(
                "notice",
                pid,
                "finished preloading '%s' into the %s (in %sms)",
                ent,
                cache,
                r.randrange(0, 40),
                cid=1,
                lua="[lua] warmup.lua:163: single_dao(): ",
                ctx=iw,
                lo=0,
                hi=0.05,
            )

    def reload() -> None:
        emit(
            "notice",
            1,
            "signal %d (%s) received from %d, reconfiguring",
            1,
            "SIGHUP",
            r.randrange(4000, 9000),
            lo=60,
            hi=600,
        )
        emit("notice", 1, "reconfiguring", lo=0, hi=0.01)
        old = list(workers)
        start(False)
        for pid in old:
            emit("notice", pid, "gracefully shutting down", lo=0, hi=0.05)
        for pid in old:
            if r.random() < 0.5:
                emit(
                    "error",
                    pid,
                    "failed to connect: %s",
                    "failed to receive response header: timeout",
                    cid=next_conn(pid),
                    lua="[lua] worker.lua:139: communicate(): ",
                    ctx=", context: ngx.timer",
                    lo=0,
                    hi=0.3,
                )
            emit("notice", pid, "exiting", lo=0, hi=0.5)
            emit("notice", pid, "exit", lo=0, hi=0.01)
            emit("notice", 1, "signal %d (%s) received from %d", 17, "SIGCHLD", pid, lo=0, hi=0.01)
            emit("notice", 1, "%s %d exited with code %d", "worker process", pid, 0, lo=0, hi=0.01)

    def upstream_error() -> None:
        m, path, svc, host = pick_route()
        target = r.choice(KONG_UPSTREAM_HOSTS[svc])
        pid = r.choice(workers)
        x = r.random()
        if x < 0.35:
            lbl = "connect() failed (111: Connection refused) while connecting to upstream"
        elif x < 0.6:
            lbl = "upstream timed out (110: Connection timed out) while reading response header from upstream"
        elif x < 0.8:
            lbl = "recv() failed (104: Connection reset by peer) while reading response header from upstream"
        elif x < 0.97:
            lbl = (
                "upstream prematurely closed connection while reading response header from upstream"
            )
        else:
            lbl = "upstream sent too big header while reading response header from upstream"
        emit(
            "error",
            pid,
            lbl,
            cid=next_conn(pid),
            ctx=request_ctx(m, path, host, target),
            lo=0,
            hi=6,
        )

    def buffered() -> None:
        pid = r.choice(workers)
        if r.random() < 0.5:
            path = f"/users/{r.randrange(1, 999999)}/avatar"
            emit(
                "warn",
                pid,
                "a client request body is buffered to a temporary file %s",
                f"/usr/local/kong/client_body_temp/{r.randrange(1, 9999999):010d}",
                cid=next_conn(pid),
                ctx=request_ctx("PUT", path, "api.shop.example.com"),
                lo=0,
                hi=6,
            )
        else:
            path = f"/reports/daily/2024-06-{r.randrange(1, 11):02d}"
            emit(
                "warn",
                pid,
                "an upstream response is buffered to a temporary file %s while reading upstream",
                f"/usr/local/kong/proxy_temp/{r.randrange(0, 10)}/{r.randrange(0, 100):02d}/{r.randrange(1, 9999999):010d}",
                cid=next_conn(pid),
                ctx=request_ctx("GET", path, "reports.shop.example.com", "10.0.23.9:8081"),
                lo=0,
                hi=6,
            )

    def dns_fail() -> None:
        pid = r.choice(workers)
        m, path, _svc, host = pick_route()
        target = r.choice(["legacy-billing.internal", "recs.internal", "search-v2.internal"])
        # the error is the DNS client's message, its format part of the statement's
        err, code = r.choice(
            [
                ("dns server error: %d name error", 3),
                ("dns client error: %d empty record received", 101),
            ]
        )
        if r.random() < 0.75:
            emit(
                "error",
                pid,
                f"failed the initial dns/balancer resolve for '%s' with: {err}",
                target,
                code,
                cid=next_conn(pid),
                lua="[lua] handler.lua:1419: after(): ",
                ctx=request_ctx(m, path, host),
                lo=0,
                hi=8,
            )
        else:
            emit(
                "error",
                pid,
                f"failed to retry the dns/balancer resolver for '%s' with: {err}",
                target,
                code,
                cid=next_conn(pid),
                lua="[lua] handler.lua:1492: balancer(): ",
                ctx=request_ctx(m, path, host),
                lo=0,
                hi=8,
            )

    def rate_limit(redis_down: bool) -> None:
        pid = r.choice(workers)
        m, path, _svc, host = pick_route()
        err = "connection refused" if redis_down else r.choice(["timeout", "connection refused"])
        emit(
            "error",
            pid,
            f"failed to get usage: {err}",
            cid=next_conn(pid),
            lua="[kong] handler.lua:101 [rate-limiting] ",
            ctx=request_ctx(m, path, host),
            lo=0,
            hi=5,
        )

    def http_log() -> None:
        pid = r.choice(workers)
        q = f"http-log.{plugin_ids['http-log']}"
        if r.random() < 0.55:
            emit(
                "error",
                pid,
                "queue %s: handler could not process entries: request to %s:%s returned status code %s and body %s",
                q,
                "logs.internal",
                8080,
                r.choice([500, 502, 503]),
                r.choice(
                    [
                        "upstream connect error or disconnect/reset before headers. reset reason: connection termination",
                        "Service Unavailable",
                        "",
                    ]
                ),
                cid=next_conn(pid),
                lua="[kong] queue.lua:236 [http-log] ",
                ctx=", context: ngx.timer",
                lo=0,
                hi=10,
            )
        elif r.random() < 0.85:
            emit(
                "error",
                pid,
                f"queue %s: handler could not process entries: failed request to %s:%s: {r.choice(['timeout', 'connection refused', 'closed'])}",
                q,
                "logs.internal",
                8080,
                cid=next_conn(pid),
                lua="[kong] queue.lua:236 [http-log] ",
                ctx=", context: ngx.timer",
                lo=0,
                hi=10,
            )
        else:
            emit(
                "error",
                pid,
                "queue %s: could not send entries due to max_retry_time exceeded. %d queue entries were lost",
                q,
                r.randrange(1, 400),
                cid=next_conn(pid),
                lua="[kong] queue.lua:254 [http-log] ",
                ctx=", context: ngx.timer",
                lo=0,
                hi=10,
            )

    def healthcheck() -> None:
        """lua-resty-healthcheck's one `self:log(WARN, health_report, " ", COUNTER_NAMES[ctr_type],
        " increment (", ...)`: `healthy`/`unhealthy` passed by its callers as wording, the counter's
        name looked up at run time a value; its `event: target status` line is DEBUG, below
        Kong's notice level."""
        svc = r.choice([s for s in KONG_UPSTREAM_HOSTS if len(KONG_UPSTREAM_HOSTS[s]) > 1])
        target = r.choice(KONG_UPSTREAM_HOSTS[svc])
        name = f"{upstream_ids[svc]}:{svc}.upstream"
        hostname = svc.replace("-svc", ".internal")
        ip, port = target.split(":")
        pid = r.choice(workers)
        pre = f"[lua] healthcheck.lua:1150: log(): [healthcheck] ({name}) "
        ctx = ", context: ngx.timer"
        if health[target]:
            kind, limit = r.choice([("TCP", 3), ("TIMEOUT", 3), ("HTTP", 5)])
            fails[target] += 1
            n = min(fails[target], limit)
            emit(
                "warn",
                pid,
                "unhealthy %s increment (%d/%d) for '%s(%s:%s)'",
                kind,
                n,
                limit,
                hostname,
                ip,
                port,
                cid=next_conn(pid),
                lua=pre,
                ctx=ctx,
                lo=0,
                hi=10,
            )
            if fails[target] >= 3:
                health[target] = False
        else:
            fails[target] = 0
            for n in (1, 2):
                emit(
                    "warn",
                    pid,
                    "healthy %s increment (%d/%d) for '%s(%s:%s)'",
                    "SUCCESS",
                    n,
                    2,
                    hostname,
                    ip,
                    port,
                    cid=next_conn(pid),
                    lua=pre,
                    ctx=ctx,
                    lo=0,
                    hi=10 if n == 1 else 5,
                )
            health[target] = True

    def plugin_error() -> None:
        pid = r.choice(workers)
        m, path, _svc, host = pick_route()
        emit(
            "error",
            pid,
            "%s:%d: attempt to index local '%s' (a nil value)",
            "/usr/local/share/lua/5.1/kong/plugins/tenant-guard/access.lua",
            57,
            "claims",
            cid=next_conn(pid),
            lua="[kong] init.lua:405 [tenant-guard] ",
            ctx=request_ctx(m, path, host),
            lo=0,
            hi=10,
        )

    def runtime_error() -> None:
        pid = r.choice(workers)
        m, path, _svc, host = pick_route()
        emit(
            "error",
            pid,
            "lua entry thread aborted: runtime error: %s:%d: attempt to index local '%s' (a nil value)",
            "/usr/local/share/lua/5.1/kong/runloop/balancer/init.lua",
            370,
            "upstream",
            cid=next_conn(pid),
            extra=[*KONG_TRACEBACK, "\taccess_by_lua(nginx-kong.conf:125):2: in main chunk"],
            ctx=request_ctx(m, path, host),
            lo=0,
            hi=30,
        )

    def misc() -> None:
        pid = r.choice(workers)
        x = r.random()
        if x < 0.5:
            emit(
                "error",
                pid,
                "client intended to send too large body: %d bytes",
                r.randrange(8_388_609, 60_000_000),
                cid=next_conn(pid),
                ctx=request_ctx(
                    "PUT", f"/users/{r.randrange(1, 999999)}/avatar", "api.shop.example.com"
                ),
                lo=0,
                hi=20,
            )
        else:
            m, path, _svc, host = pick_route()
            emit(
                "warn",
                pid,
                'using uninitialized "%s" variable while logging request',
                "kong_proxy_mode",
                cid=next_conn(pid),
                ctx=request_ctx(m, path, host),
                lo=0,
                hi=20,
            )

    def db_outage() -> None:
        ctx = ", context: ngx.timer"
        for _ in range(r.randrange(6, 14)):
            pid = r.choice(workers)
            y = r.random()
            if y < 0.5:
                emit(
                    "error",
                    pid,
                    f"failed to poll: failed to retrieve events from DB: {r.choice(['timeout', 'connection refused'])}",
                    cid=next_conn(pid),
                    lua="[lua] cluster_events.lua:344: ",
                    ctx=ctx,
                    lo=0.5,
                    hi=5,
                )
            elif y < 0.8:
                emit(
                    "error",
                    pid,
                    "could not rebuild router via timer: %s",
                    "could not load routes: [postgres] timeout",
                    cid=next_conn(pid),
                    lua="[lua] handler.lua:444: rebuild_router_timer(): ",
                    ctx=ctx,
                    lo=0.5,
                    hi=5,
                )
            else:
                emit(
                    "error",
                    pid,
                    "could not rebuild plugins iterator via timer: %s",
                    "[postgres] connection refused",
                    cid=next_conn(pid),
                    lua="[lua] handler.lua:471: rebuild_plugins_iterator_timer(): ",
                    ctx=ctx,
                    lo=0.5,
                    hi=5,
                )
            if r.random() < 0.5:
                upstream_error()

    start(True)
    redis_down = False
    for i in range(2150):
        if i in (500, 1400):
            redis_down = not redis_down
        x = r.random()
        if x < 0.38:
            upstream_error()
        elif x < 0.46:
            buffered()
        elif x < 0.52:
            dns_fail()
        elif x < (0.68 if redis_down else 0.56):
            rate_limit(redis_down)
        elif x < 0.74:
            http_log()
        elif x < 0.88:
            healthcheck()
        elif x < 0.91:
            plugin_error()
        elif x < 0.915:
            runtime_error()
        elif x < 0.935:
            misc()
        if i in (700, 1700):
            reload()
        if i == 1100:
            db_outage()
    return [log]


# --------------------------------------------------------------------------------- temporal

TEMPORAL_NS = [
    ("default", None),
    ("orders", None),
    ("billing", None),
    ("temporal-system", "32049b68-7872-4094-8e63-d0dd59896a83"),
]
TEMPORAL_WORKFLOWS = [
    ("order-{}", "OrderFulfillmentWorkflow", "orders", "orders-tq"),
    ("invoice-{}", "InvoiceWorkflow", "billing", "billing-tq"),
    ("subscription-renewal-{}", "RenewalWorkflow", "billing", "billing-tq"),
    ("shipment-{}", "ShipmentWorkflow", "orders", "shipping-tq"),
    ("nightly-report-{}", "ReportWorkflow", "default", "reports-tq"),
]
TEMPORAL_TASK_TYPES = [
    "TransferActivityTask",
    "TransferWorkflowTask",
    "TransferCloseExecution",
    "TimerActivityTimeout",
    "TimerUserTimer",
    "VisibilityUpsertExecution",
]


def temporal_stack(r: random.Random, first: tuple[str, str], *rest: tuple[str, str]) -> str:
    """A zap stacktrace string: function, then tab and file:line, per frame, with the logger's
    own frames on top."""
    frames = [
        (
            "go.temporal.io/server/common/log.(*zapLogger).Error",
            "/home/builder/temporal/common/log/zap_logger.go:156",
        ),
        first,
        *rest,
    ]
    return "\n".join(f"{fn}\n\t{loc}" for fn, loc in frames)


def temporal(r: random.Random) -> list[Log]:
    """A Temporal 1.23 server (all four services in one process, on PostgreSQL with
    Elasticsearch visibility) writing zap JSON to stdout: start-up (build info, gRPC listeners,
    membership, the `none` lifecycle records of shard controllers, queues and engines, shard
    ranges, the system workers), history warnings for big histories and blobs, queue tasks
    failing (`Fail to process task` with the task's identity), persistence errors, the frontend's
    and its clients' errors with their Go stacks in `stacktrace`, matching polls failing, a
    membership change moving shards, and namespaces registered."""
    log = Log("temporal.log", datetime(2024, 6, 11, 6, 0, 2, 118000, tzinfo=UTC))
    host = "10.0.5.12"
    ns_ids = {n: (i or uuid4(r)) for n, i in TEMPORAL_NS}
    range_id = {s: r.randrange(20, 90) for s in range(1, 17)}
    owned = list(range(1, 17))

    def e(
        level: str, msg: str, at: str, label: str = "", stack: str = "", lo=0.0, hi=0.5, **fields
    ) -> None:
        t = log.tick(r, lo, hi)
        rec = {
            "level": level,
            "ts": f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond // 1000:03d}Z",
            "msg": msg,
        }
        rec.update({k.replace("_", "-"): v for k, v in fields.items()})
        rec["logging-call-at"] = at
        if stack:
            rec["stacktrace"] = stack
        log.add(json.dumps(rec, separators=(",", ":"), ensure_ascii=False), label or msg)

    def none(lifecycle: str, at: str, lo=0.0, hi=0.05, **fields) -> None:
        e(
            "info",
            "none",
            at,
            label=f"none lifecycle={lifecycle}",
            lo=lo,
            hi=hi,
            **{**fields, "lifecycle": lifecycle},
        )

    def wf() -> tuple[str, str, str, str, str]:
        wid, wtype, ns, tq = r.choice(TEMPORAL_WORKFLOWS)
        return wid.format(r.randrange(100000, 999999)), wtype, ns, tq, uuid4(r)

    def start() -> None:
        e(
            "info",
            "Build info.",
            "main.go:148",
            lo=0,
            hi=0.01,
            git_time="2024-04-02T17:48:41.000Z",
            git_revision="b2cc7ed60f0a3e0b4f4d2e0b5e73ec2d9e31f3d1",
            git_modified=False,
            go_arch="amd64",
            go_os="linux",
            go_version="go1.22.1",
            cgo_enabled=False,
            server_version="1.23.1",
            debug_mode=False,
        )
        dynconfig(
            [
                ("limit.maxIDLength", "nil", "{ constraints: {} value: 255 }"),
                ("history.persistenceMaxQPS", "nil", "{ constraints: {} value: 3000 }"),
                (
                    "frontend.enableUpdateWorkflowExecution",
                    "nil",
                    "{ constraints: {} value: true }",
                ),
            ]
        )
        e(
            "info",
            "Starting server for services",
            "server_impl.go:94",
            lo=0,
            hi=0.01,
            value=["history", "matching", "frontend", "worker"],
        )
        for svc, port in [
            ("history", 7234),
            ("matching", 7235),
            ("frontend", 7233),
            ("worker", 7239),
        ]:
            e(
                "info",
                "Created gRPC listener",
                "rpc.go:154",
                lo=0,
                hi=0.02,
                service=svc,
                address=f"{host}:{port}",
            )
        e("info", "PProf not started due to port not set", "pprof.go:73", lo=0, hi=0.01)
        for _svc, port in [
            ("history", 6934),
            ("matching", 6935),
            ("frontend", 6933),
            ("worker", 6939),
        ]:
            e(
                "info",
                "Membership heartbeat upserted successfully",
                "monitor.go:256",
                lo=0,
                hi=0.05,
                address=host,
                port=port,
                hostId=uuid4(r),
            )
            e(
                "info",
                "bootstrap hosts fetched",
                "monitor.go:298",
                lo=0,
                hi=0.02,
                bootstrap_hostports=f"{host}:{port}",
            )
        for svc, port in [
            ("history", 7234),
            ("matching", 7235),
            ("frontend", 7233),
            ("worker", 7239),
        ]:
            e(
                "info",
                "Current reachable members",
                "service_resolver.go:279",
                lo=0,
                hi=0.05,
                component="service-resolver",
                service=svc,
                addresses=[f"{host}:{port}"],
            )
        e(
            "info",
            "RuntimeMetricsReporter started",
            "runtime.go:138",
            lo=0,
            hi=0.01,
            service="history",
        )
        none(
            "Starting",
            "controller_impl.go:118",
            service="history",
            component="shard-controller",
            address=f"{host}:7234",
        )
        none(
            "Started",
            "controller_impl.go:121",
            service="history",
            component="shard-controller",
            address=f"{host}:7234",
        )
        for s in owned:
            acquire(s)
        e(
            "info",
            "RuntimeMetricsReporter started",
            "runtime.go:138",
            lo=0,
            hi=0.01,
            service="matching",
        )
        e(
            "info",
            "RuntimeMetricsReporter started",
            "runtime.go:138",
            lo=0,
            hi=0.01,
            service="frontend",
        )
        e("info", "frontend started", "service.go:375", lo=0, hi=0.1, service="frontend")
        for tq in [
            "temporal-sys-tq-scanner-taskqueue-0",
            "temporal-sys-history-scanner-taskqueue-0",
            "temporal-sys-processor-parent-close-policy",
            "temporal-sys-batcher-taskqueue",
        ]:
            e(
                "info",
                "Started Worker",
                "internal_worker.go:1056",
                lo=0,
                hi=0.1,
                service="worker",
                Namespace="temporal-system",
                TaskQueue=tq,
                WorkerID="1@temporal-0@",
            )

    def dynconfig(changes: list[tuple[str, str, str]]) -> None:
        for key, old, new in changes:
            e(
                "info",
                f"dynamic config changed for the key: {key} oldValue: {old} newValue: {new}",
                "file_based_client.go:264",
                label="dynamic config changed for the key: %s oldValue: %s newValue: %s",
                lo=0,
                hi=0.01,
            )
        e("info", "Updated dynamic config", "file_based_client.go:195", lo=0, hi=0.01)

    def acquire(s: int) -> None:
        prev = range_id[s]
        range_id[s] += 1
        e(
            "info",
            "Range updated for shardID",
            "context_impl.go:1236",
            lo=0,
            hi=0.02,
            shard_id=s,
            address=f"{host}:7234",
            shard_range_id=range_id[s],
            previous_shard_range_id=prev,
            number=0,
            next_number=0,
        )
        none(
            "Starting",
            "engine_impl.go:262",
            shard_id=s,
            address=f"{host}:7234",
            component="history-engine",
        )
        for comp in (
            "transfer-queue-processor",
            "timer-queue-processor",
            "visibility-queue-processor",
        ):
            none(
                "Started",
                "queue_immediate.go:110"
                if comp != "timer-queue-processor"
                else "queue_scheduled.go:129",
                shard_id=s,
                address=f"{host}:7234",
                component=comp,
            )
        none(
            "Started",
            "engine_impl.go:279",
            shard_id=s,
            address=f"{host}:7234",
            component="history-engine",
        )

    def release(s: int) -> None:
        none(
            "Stopping",
            "engine_impl.go:287",
            lo=0,
            hi=0.01,
            shard_id=s,
            address=f"{host}:7234",
            component="history-engine",
        )
        for comp in (
            "transfer-queue-processor",
            "timer-queue-processor",
            "visibility-queue-processor",
        ):
            none(
                "Stopped",
                "queue_base.go:342",
                lo=0,
                hi=0.01,
                shard_id=s,
                address=f"{host}:7234",
                component=comp,
            )
        none(
            "Stopped",
            "engine_impl.go:300",
            lo=0,
            hi=0.01,
            shard_id=s,
            address=f"{host}:7234",
            component="history-engine",
        )

    def big_history() -> None:
        wid, _wtype, ns, _tq, run = wf()
        s = r.choice(owned)
        x = r.random()
        base = {
            "shard_id": s,
            "address": f"{host}:7234",
            "wf_namespace_id": ns_ids[ns],
            "wf_id": wid,
            "wf_run_id": run,
        }
        if x < 0.45:
            e(
                "warn",
                "history size exceeds warn limit.",
                "context.go:1061",
                lo=0,
                hi=8,
                **base,
                wf_history_size=r.randrange(10_485_760, 40_000_000),
                wf_event_count=r.randrange(2000, 40000),
            )
        elif x < 0.7:
            e(
                "warn",
                "history events count exceeds warn limit.",
                "context.go:1072",
                lo=0,
                hi=8,
                **base,
                wf_history_size=r.randrange(1_000_000, 9_000_000),
                wf_event_count=r.randrange(10240, 50000),
            )
        else:
            e(
                "warn",
                "Blob data size exceeds the warning limit.",
                "blob_size_checker.go:71",
                lo=0,
                hi=8,
                service="frontend",
                wf_namespace=ns,
                wf_id=wid,
                wf_run_id=run,
                wf_size=r.randrange(262_144, 2_000_000),
                block_size=2097152,
            )

    def task_fail() -> None:
        wid, _wtype, ns, _tq, run = wf()
        s = r.choice(owned)
        tt = r.choice(TEMPORAL_TASK_TYPES)
        comp = (
            "timer-queue-processor"
            if tt.startswith("Timer")
            else (
                "visibility-queue-processor"
                if tt.startswith("Visibility")
                else "transfer-queue-processor"
            )
        )
        err = r.choice(
            [
                "context deadline exceeded",
                f"Workflow execution not found: {wid}",
                "operation UpdateWorkflowExecution encountered Conflict: Failed to update workflow execution: current run id mismatch",
                "Workflow is busy.",
                f"unable to find activity with ID: {r.randrange(5, 40)}",
            ]
        )
        base = dict(
            shard_id=s,
            address=f"{host}:7234",
            component=comp,
            wf_namespace_id=ns_ids[ns],
            wf_id=wid,
            wf_run_id=run,
            queue_task_id=r.randrange(10**6, 10**8),
            queue_task_visibility_timestamp=f"{log.t:%Y-%m-%dT%H:%M:%S}.{log.t.microsecond:06d}Z",
            queue_task_type=tt,
            queue_task={
                "NamespaceID": ns_ids[ns],
                "WorkflowID": wid,
                "RunID": run,
                "TaskID": r.randrange(10**6, 10**8),
                "TaskQueue": "",
                "ScheduledEventID": r.randrange(5, 90),
                "Version": 0,
            },
            wf_history_event_id=r.randrange(5, 90),
        )
        if r.random() < 0.85:
            e(
                "warn",
                "Fail to process task",
                "lazy_logger.go:68",
                lo=0,
                hi=6,
                **base,
                error=err,
                unexpected_error_attempts=r.randrange(0, 5),
                lifecycle="ProcessingFailed",
            )
        else:
            e(
                "error",
                "Critical error processing task, retrying.",
                "lazy_logger.go:68",
                lo=0,
                hi=6,
                **base,
                error=err,
                unexpected_error_attempts=r.randrange(70, 100),
                operation_result="OperationCritical",
                stack=temporal_stack(
                    r,
                    (
                        "go.temporal.io/server/common/log.(*lazyLogger).Error",
                        "/home/builder/temporal/common/log/lazy_logger.go:68",
                    ),
                    (
                        "go.temporal.io/server/service/history/queues.(*executableImpl).HandleErr",
                        "/home/builder/temporal/service/history/queues/executable.go:421",
                    ),
                    (
                        "go.temporal.io/server/common/tasks.(*FIFOScheduler[...]).executeTask",
                        "/home/builder/temporal/common/tasks/fifo_scheduler.go:224",
                    ),
                ),
            )

    def persistence_err() -> None:
        s = r.choice(owned)
        if r.random() < 0.5:
            op = r.choice(
                [
                    "UpdateWorkflowExecution",
                    "GetWorkflowExecution",
                    "AppendHistoryNodes",
                    "GetHistoryTasks",
                ]
            )
            e(
                "error",
                "Operation failed with internal error.",
                "persistence_metric_clients.go:1281",
                lo=0,
                hi=8,
                service="history",
                error=f"{op}: failed. Error: pq: canceling statement due to statement timeout"
                if r.random() < 0.5
                else f"{op}: failed. Error: context deadline exceeded",
                operation=op,
                stack=temporal_stack(
                    r,
                    (
                        "go.temporal.io/server/common/persistence.updateErrorMetric",
                        "/home/builder/temporal/common/persistence/persistence_metric_clients.go:1281",
                    ),
                    (
                        "go.temporal.io/server/common/persistence.(*metricEmitter).recordRequestMetrics",
                        "/home/builder/temporal/common/persistence/persistence_metric_clients.go:1258",
                    ),
                    (
                        "go.temporal.io/server/common/persistence.(*executionPersistenceClient).UpdateWorkflowExecution.func1",
                        "/home/builder/temporal/common/persistence/persistence_metric_clients.go:387",
                    ),
                ),
            )
        else:
            wid, _wtype, ns, _tq, run = wf()
            e(
                "error",
                "Persistent store operation Failure",
                "transaction_impl.go:407",
                lo=0,
                hi=8,
                shard_id=s,
                address=f"{host}:7234",
                wf_namespace_id=ns_ids[ns],
                wf_id=wid,
                wf_run_id=run,
                store_operation="update-wf-execution",
                error="context deadline exceeded",
                stack=temporal_stack(
                    r,
                    (
                        "go.temporal.io/server/service/history/workflow.updateWorkflowExecution",
                        "/home/builder/temporal/service/history/workflow/transaction_impl.go:407",
                    ),
                    (
                        "go.temporal.io/server/service/history/workflow.(*ContextImpl).UpdateWorkflowExecutionWithNew",
                        "/home/builder/temporal/service/history/workflow/context.go:556",
                    ),
                ),
            )

    def client_err() -> None:
        wid, _wtype, ns, _tq, _run = wf()
        x = r.random()
        if x < 0.45:
            err, typ = r.choice(
                [
                    ("Workflow execution already completed.", "serviceerror.NotFound"),
                    (
                        "Workflow execution already started.",
                        "serviceerror.WorkflowExecutionAlreadyStarted",
                    ),
                    ("context deadline exceeded", "serviceerror.DeadlineExceeded"),
                    ("Workflow is busy.", "serviceerror.ResourceExhausted"),
                ]
            )
            e(
                "error",
                "history client encountered error",
                "metric_client.go:90",
                lo=0,
                hi=5,
                service="frontend",
                error=err,
                service_error_type=typ,
                stack=temporal_stack(
                    r,
                    (
                        "go.temporal.io/server/client/history.(*metricClient).finishMetricsRecording",
                        "/home/builder/temporal/client/history/metric_client.go:90",
                    ),
                    (
                        "go.temporal.io/server/client/history.(*metricClient).SignalWorkflowExecution.func1",
                        "/home/builder/temporal/client/history/metric_client_gen.go:1144",
                    ),
                ),
            )
        elif x < 0.6:
            e(
                "error",
                "matching client encountered error",
                "metric_client.go:219",
                lo=0,
                hi=5,
                service="history",
                error="context deadline exceeded",
                service_error_type="serviceerror.DeadlineExceeded",
                stack=temporal_stack(
                    r,
                    (
                        "go.temporal.io/server/client/matching.(*metricClient).finishMetricsRecording",
                        "/home/builder/temporal/client/matching/metric_client.go:219",
                    ),
                    (
                        "go.temporal.io/server/client/matching.(*metricClient).AddActivityTask.func1",
                        "/home/builder/temporal/client/matching/metric_client.go:77",
                    ),
                ),
            )
        elif x < 0.85:
            op = r.choice(
                [
                    "StartWorkflowExecution",
                    "SignalWorkflowExecution",
                    "DescribeWorkflowExecution",
                    "RespondActivityTaskCompleted",
                    "QueryWorkflow",
                ]
            )
            e(
                "error",
                "service failures",
                "telemetry.go:339",
                lo=0,
                hi=5,
                operation=op,
                wf_namespace=ns,
                error=r.choice(
                    [
                        "context deadline exceeded",
                        "Workflow is busy.",
                        f"query task timed out: {wid}",
                    ]
                ),
                stack=temporal_stack(
                    r,
                    (
                        "go.temporal.io/server/common/rpc/interceptor.(*TelemetryInterceptor).handleError",
                        "/home/builder/temporal/common/rpc/interceptor/telemetry.go:339",
                    ),
                    (
                        "go.temporal.io/server/common/rpc/interceptor.(*TelemetryInterceptor).UnaryIntercept",
                        "/home/builder/temporal/common/rpc/interceptor/telemetry.go:169",
                    ),
                ),
            )
        else:
            e(
                "error",
                "uncategorized error",
                "telemetry.go:376",
                lo=0,
                hi=5,
                operation="PollActivityTaskQueue",
                wf_namespace=ns,
                error="rpc error: code = Canceled desc = context canceled",
                stack=temporal_stack(
                    r,
                    (
                        "go.temporal.io/server/common/rpc/interceptor.(*TelemetryInterceptor).handleError",
                        "/home/builder/temporal/common/rpc/interceptor/telemetry.go:376",
                    ),
                ),
            )

    def poll_fail() -> None:
        _wid, _wtype, _ns, tq, _run = wf()
        kind = r.choice(["PollWorkflowTaskQueue", "PollActivityTaskQueue"])
        e(
            "error",
            f"Unable to call matching.{kind}.",
            "workflow_handler.go:1014" if kind.startswith("PollW") else "workflow_handler.go:1287",
            lo=0,
            hi=5,
            service="frontend",
            wf_task_queue_name=tq,
            timeout=f"1m{r.uniform(9, 10):.6f}s",
            error="context deadline exceeded",
            stack=temporal_stack(
                r,
                (
                    f"go.temporal.io/server/service/frontend.(*WorkflowHandler).{kind}",
                    "/home/builder/temporal/service/frontend/workflow_handler.go:1014",
                ),
            ),
        )

    def membership() -> None:
        new = "10.0.5.13"
        e(
            "info",
            "Current reachable members",
            "service_resolver.go:279",
            lo=5,
            hi=30,
            component="service-resolver",
            service="history",
            addresses=[f"{host}:7234", f"{new}:7234"],
        )
        moved = r.sample(owned, k=min(len(owned) - 4, r.randrange(3, 7)))
        for s in moved:
            release(s)
            owned.remove(s)
        e(
            "info",
            "Current reachable members",
            "service_resolver.go:279",
            lo=0,
            hi=5,
            component="service-resolver",
            service="matching",
            addresses=[f"{host}:7235", f"{new}:7235"],
        )
        return moved

    def register_ns() -> None:
        name = f"tenant-{alnum(r, 6).lower()}"
        nid = uuid4(r)
        ns_ids[name] = nid
        e(
            "info",
            "Register namespace succeeded",
            "namespace_handler.go:289",
            lo=10,
            hi=600,
            service="frontend",
            wf_namespace=name,
            wf_namespace_id=nid,
        )

    start()
    moved: list[int] = []
    for i in range(2300):
        x = r.random()
        if x < 0.3:
            big_history()
        elif x < 0.55:
            task_fail()
        elif x < 0.62:
            persistence_err()
        elif x < 0.85:
            client_err()
        elif x < 0.93:
            poll_fail()
        elif x < 0.935:
            register_ns()
        if i == 800:
            moved = membership()
        if i in (500, 1900):
            dynconfig(
                [
                    (
                        "matching.numTaskqueueReadPartitions",
                        "{ constraints: {} value: 4 }" if i == 1900 else "nil",
                        f"{{ constraints: {{namespace: orders}} value: {8 if i == 500 else 16} }}",
                    )
                ]
            )
        if i == 1600:
            e(
                "info",
                "Current reachable members",
                "service_resolver.go:279",
                lo=5,
                hi=30,
                component="service-resolver",
                service="history",
                addresses=[f"{host}:7234"],
            )
            for s in moved:
                owned.append(s)
                acquire(s)
    return [log]


# --------------------------------------------------------------------------------- mesos

MESOS_AGENTS = [(f"agent-{i}", f"10.0.31.{20 + i}") for i in range(1, 7)]
MESOS_APPS = [
    ("web", 0.5, 512, "marathon"),
    ("api-gateway", 1.0, 1024, "marathon"),
    ("worker", 2.0, 4096, "marathon"),
    ("redis-cache", 0.5, 2048, "marathon"),
    ("etl-nightly", 4.0, 8192, "metronome"),
    ("cleanup", 0.2, 128, "metronome"),
]
MESOS_UAS = [
    "Go-http-client/1.1",
    "python-requests/2.31.0",
    "Prometheus/2.45.0",
    "curl/7.81.0",
    "Java/1.8.0_382",
]
MESOS_CHECK_STACK = [
    "*** Check failure stack trace: ***",
    "    @     0x7f3b2c6e2b2d  google::LogMessage::Fail()",
    "    @     0x7f3b2c6e4e98  google::LogMessage::SendToLog()",
    "    @     0x7f3b2c6e26bc  google::LogMessage::Flush()",
    "    @     0x7f3b2c6e58d9  google::LogMessageFatal::~LogMessageFatal()",
    "    @     0x7f3b2b0f1a4e  mesos::internal::master::allocator::internal::HierarchicalAllocatorProcess::updateAllocation()",
    "    @     0x7f3b2c64c8a1  process::ProcessBase::consume()",
    "    @     0x7f3b2c66e32a  process::ProcessManager::resume()",
    "    @     0x7f3b2c672f16  _ZNSt6thread11_State_implINS_8_InvokerISt5tupleIJZN7process14ProcessManager12init_threadsEvE3$_0EEEEE6_M_runEv",
    "    @     0x7f3b29a7ede4  (unknown)",
    "    @     0x7f3b2969a609  start_thread",
    "    @     0x7f3b295bf353  clone",
]


def mesos(r: random.Random) -> list[Log]:
    """An Apache Mesos 1.11 cluster's leading master and one of its agents, each glog's INFO file
    (every level, `Lmmdd hh:mm:ss.uuuuuu threadid file:line] msg`, the header glog writes when it
    creates the file): the master's build lines and flags, ZooKeeper leader election, registrar
    recovery, agents re-registering, two frameworks subscribing, offers sent and declined by the
    thousand, HTTP state polls, tasks launched through the agent's containerizer with their
    status updates forwarded both ways, tasks finishing, failing and being killed, executors
    exiting and their sandboxes scheduled for gc, disk usage checks, an agent marked unreachable,
    and the master dying on a `Check failed:` with glog's check failure stack, after which the
    agent finds the next master."""
    agent = Log("mesos-agent.INFO", datetime(2024, 6, 11, 5, 31, 40, 902113, tzinfo=UTC))
    master = Log("mesos-master.INFO", agent.t)
    mid = uuid4(r)
    mthreads = [r.randrange(28700, 28800) + i for i in range(6)]
    athreads = [r.randrange(1200, 1300) + i for i in range(5)]
    agent_ids = {name: f"{mid}-S{i}" for i, (name, _) in enumerate(MESOS_AGENTS)}
    me = MESOS_AGENTS[2]
    frameworks = {"marathon": f"{mid}-0000", "metronome": f"{mid}-0001"}
    fw_pid = {
        "marathon": f"scheduler-{uuid4(r)}@10.0.30.41:42871",
        "metronome": f"scheduler-{uuid4(r)}@10.0.30.42:37219",
    }
    offer_no = [r.randrange(1000, 5000)]
    running: list[tuple[str, str, str, str]] = []  # task id, framework, agent name, container

    def glog(
        log: Log, level: str, tid: int, src: str, msg: str, *vals, lo=0.0, hi=0.05, extra=()
    ) -> None:
        t = log.tick(r, lo, hi)
        log.add(
            f"{level}{t:%m%d %H:%M:%S}.{t.microsecond:06d} {tid:5d} {src}] {fill(msg, *vals)}", msg
        )
        for x in extra:
            log.add(x, None)

    def m(level: str, src: str, msg: str, *vals, **kw) -> None:
        master.t = max(master.t, agent.t)
        glog(master, level, r.choice(mthreads), src, msg, *vals, **kw)

    def a(level: str, src: str, msg: str, *vals, **kw) -> None:
        agent.t = max(agent.t, master.t)
        glog(agent, level, r.choice(athreads), src, msg, *vals, **kw)

    def header(log: Log, host: str) -> None:
        log.add(f"Log file created at: {log.t:%Y/%m/%d %H:%M:%S}", "Log file created at: %s")
        log.add(f"Running on machine: {host}", None)
        log.add("Log line format: [IWEF]mmdd hh:mm:ss.uuuuuu threadid file:line] msg", None)

    def build(g, file: str) -> None:
        g("I", f"{file}:349", "Build: %s by %s", "2021-05-18 21:33:09", "ubuntu", lo=0, hi=0.001)
        g("I", f"{file}:350", "Version: %s", "1.11.0", lo=0, hi=0.001)
        g("I", f"{file}:353", "Git tag: %s", "1.11.0", lo=0, hi=0.001)
        g(
            "I",
            f"{file}:357",
            "Git SHA: %s",
            "7eb2dc8b3d2e7e5a1e2a4a5c8c1a7b1fc8cbd8d3",
            lo=0,
            hi=0.001,
        )

    def fw(name: str) -> str:
        return f"{frameworks[name]} ({name}) at {fw_pid[name]}"

    def agent_desc(name: str) -> str:
        ip = dict(MESOS_AGENTS)[name]
        return f"{agent_ids[name]} at slave(1)@{ip}:5051 ({name})"

    def res(cpus: float, mem: int) -> str:
        return f"cpus(allocated: *):{cpus}; mem(allocated: *):{mem}"

    def master_start() -> None:
        header(master, "mesos-master-1")
        build(m, "main.cpp")
        m("I", "main.cpp:493", "Using '%s' allocator", "hierarchical", lo=0, hi=0.001)
        m(
            "I",
            "master.cpp:412",
            "Master %s (%s) started on %s",
            mid,
            "mesos-master-1",
            "10.0.30.11:5050",
            lo=0,
            hi=0.01,
        )
        m(
            "I",
            "master.cpp:415",
            "Flags at startup: %s",
            '--acls="" --agent_ping_timeout="15secs" --agent_reregister_timeout="10mins" --allocation_interval="1secs" --allocator="hierarchical" --authenticate_agents="false" --authenticate_frameworks="false" --authenticators="crammd5" --cluster="prod-eu1" --framework_sorter="drf" --hostname="mesos-master-1" --http_authenticators="basic" --log_dir="/var/log/mesos" --max_agent_ping_timeouts="5" --quorum="2" --registry="replicated_log" --work_dir="/var/lib/mesos/master" --zk="zk://10.0.30.11:2181,10.0.30.12:2181,10.0.30.13:2181/mesos" --zk_session_timeout="10secs"',
            lo=0,
            hi=0.001,
        )
        m(
            "I",
            "master.cpp:467",
            "Master allowing unauthenticated frameworks to register",
            lo=0,
            hi=0.001,
        )
        m(
            "I",
            "master.cpp:481",
            "Master allowing unauthenticated agents to register",
            lo=0,
            hi=0.001,
        )
        m(
            "I",
            "group.cpp:341",
            "Group process (%s) connected to ZooKeeper",
            "zookeeper-group(1)@10.0.30.11:5050",
            lo=0,
            hi=0.05,
        )
        m(
            "I",
            "group.cpp:419",
            "Trying to create path '%s' in ZooKeeper",
            "/mesos/log_replicas",
            lo=0,
            hi=0.01,
        )
        m("I", "group.cpp:419", "Trying to create path '%s' in ZooKeeper", "/mesos", lo=0, hi=0.01)
        m("I", "detector.cpp:152", "Detected a new leader: (id='%d')", 18, lo=0, hi=0.05)
        m(
            "I",
            "zookeeper.cpp:262",
            "A new leading master (UPID=%s) is detected",
            "master@10.0.30.11:5050",
            lo=0,
            hi=0.01,
        )
        m(
            "I",
            "master.cpp:2150",
            "The newly elected leader is %s with id %s",
            "master@10.0.30.11:5050",
            mid,
            lo=0,
            hi=0.01,
        )
        m("I", "master.cpp:2163", "Elected as the leading master!", lo=0, hi=0.01)
        m("I", "master.cpp:1705", "Recovering from registrar", lo=0, hi=0.01)
        m(
            "I",
            "registrar.cpp:383",
            "Successfully fetched the registry (%dB) in %s",
            r.randrange(1000, 9000),
            f"{r.uniform(2, 40):.6f}ms",
            lo=0,
            hi=0.05,
        )
        m(
            "I",
            "registrar.cpp:487",
            "Applied %d operations in %s; attempting to update the registry",
            1,
            f"{r.uniform(20, 90):.3f}us",
            lo=0,
            hi=0.01,
        )
        m(
            "I",
            "registrar.cpp:544",
            "Successfully updated the registry in %s",
            f"{r.uniform(2, 20):.6f}ms",
            lo=0,
            hi=0.05,
        )
        m(
            "I",
            "master.cpp:1820",
            "Recovered %d agents from the registry (%dB) ; allowing %s for agents to reregister",
            len(MESOS_AGENTS),
            r.randrange(1000, 9000),
            "10mins",
            lo=0,
            hi=0.01,
        )
        for name, ip in MESOS_AGENTS:
            m(
                "I",
                "master.cpp:6588",
                "Received reregister agent message from agent %s at %s (%s)",
                agent_ids[name],
                f"slave(1)@{ip}:5051",
                name,
                lo=0.1,
                hi=3,
            )
            m(
                "I",
                "master.cpp:6833",
                "Re-registered agent %s with %s",
                agent_desc(name),
                "cpus:8; mem:31944; disk:95000; ports:[31000-32000]",
                lo=0,
                hi=0.05,
            )
            m(
                "I",
                "hierarchical.cpp:609",
                "Added agent %s (%s) with %s (offered or allocated: %s)",
                agent_ids[name],
                name,
                "cpus:8; mem:31944; disk:95000; ports:[31000-32000]",
                "{}",
                lo=0,
                hi=0.01,
            )
        for name in frameworks:
            m(
                "I",
                "master.cpp:2686",
                "Received SUBSCRIBE call for framework '%s' at %s",
                name,
                fw_pid[name],
                lo=0.5,
                hi=5,
            )
            m(
                "I",
                "master.cpp:2763",
                "Subscribing framework '%s' with checkpointing enabled and capabilities %s",
                name,
                "[ MULTI_ROLE, RESERVATION_REFINEMENT, PARTITION_AWARE, TASK_KILLING_STATE ]",
                lo=0,
                hi=0.01,
            )
            m("I", "hierarchical.cpp:344", "Added framework %s", frameworks[name], lo=0, hi=0.01)

    def agent_start() -> None:
        header(agent, me[0])
        build(a, "main.cpp")
        a("I", "slave.cpp:294", "Mesos agent started on %s", f"(1)@{me[1]}:5051", lo=0, hi=0.01)
        a(
            "I",
            "slave.cpp:295",
            "Flags at startup: %s",
            f'--appc_store_dir="/tmp/mesos/store/appc" --containerizers="mesos,docker" --default_role="*" --docker="docker" --docker_registry="https://registry-1.docker.io" --docker_store_dir="/tmp/mesos/store/docker" --executor_registration_timeout="5mins" --gc_delay="1weeks" --hostname="{me[0]}" --isolation="posix/cpu,posix/mem,filesystem/posix,network/cni" --log_dir="/var/log/mesos" --master="zk://10.0.30.11:2181,10.0.30.12:2181,10.0.30.13:2181/mesos" --port="5051" --recover="reconnect" --work_dir="/var/lib/mesos/agent"',
            lo=0,
            hi=0.001,
        )
        a(
            "I",
            "containerizer.cpp:355",
            "Using isolation %s",
            "{ environment_secret, posix/cpu, posix/mem, filesystem/posix, network/cni }",
            lo=0,
            hi=0.01,
        )
        a(
            "I",
            "slave.cpp:796",
            "Agent resources: %s",
            '[{"name":"cpus","scalar":{"value":8.0},"type":"SCALAR"},{"name":"mem","scalar":{"value":31944.0},"type":"SCALAR"},{"name":"disk","scalar":{"value":95000.0},"type":"SCALAR"},{"name":"ports","ranges":{"range":[{"begin":31000,"end":32000}]},"type":"RANGES"}]',
            lo=0,
            hi=0.01,
        )
        a("I", "slave.cpp:809", "Agent hostname: %s", me[0], lo=0, hi=0.001)
        a(
            "I",
            "state.cpp:67",
            "Recovering state from '%s'",
            "/var/lib/mesos/agent/meta",
            lo=0,
            hi=0.05,
        )
        a("I", "slave.cpp:7551", "Finished recovery", lo=0.1, hi=2)

    def register(master_pid: str, first: bool) -> None:
        a("I", "slave.cpp:1186", "New master detected at %s", master_pid, lo=0, hi=1)
        a(
            "I",
            "slave.cpp:1241",
            "No credentials provided. Attempting to register without authentication",
            lo=0,
            hi=0.001,
        )
        a("I", "slave.cpp:1250", "Detecting new master", lo=0, hi=0.01)
        if first:
            a(
                "I",
                "slave.cpp:1545",
                "Registered with master %s; given agent ID %s",
                master_pid,
                agent_ids[me[0]],
                lo=0,
                hi=2,
            )
        else:
            a("I", "slave.cpp:1601", "Re-registered with master %s", master_pid, lo=0, hi=2)

    def offers() -> None:
        name = r.choice(["marathon", "marathon", "metronome"])
        n = r.randrange(1, len(MESOS_AGENTS) + 1)
        m("I", "master.cpp:10568", "Sending %d offers to framework %s", n, fw(name), lo=0, hi=1.5)
        offer_no[0] += n
        if r.random() < 0.8:
            ids = " ".join(f"{mid}-O{offer_no[0] - i}" for i in range(n))
            m(
                "I",
                "master.cpp:4689",
                "Processing DECLINE call for offers: [ %s ] for framework %s",
                ids,
                fw(name),
                lo=0,
                hi=0.3,
            )

    def http() -> None:
        path, ua = r.choice(
            [
                ("/master/state", "Go-http-client/1.1"),
                ("/metrics/snapshot", "Prometheus/2.45.0"),
                ("/master/state", "python-requests/2.31.0"),
                ("/master/frameworks", "curl/7.81.0"),
                ("/master/state-summary", "Java/1.8.0_382"),
            ]
        )
        m(
            "I",
            "http.cpp:1271",
            "HTTP %s for %s from %s with User-Agent='%s'",
            "GET",
            path,
            f"{ip4(r, '10.0.30')}:{r.randrange(30000, 65000)}",
            ua,
            lo=0,
            hi=1.5,
        )

    def agent_status(task: str, name: str, state: str, source: str) -> str:
        su = uuid4(r)
        fid = frameworks[name]
        a(
            "I",
            "slave.cpp:5831",
            "Handling status update %s (Status UUID: %s) for task %s of framework %s from %s",
            state,
            su,
            task,
            fid,
            source,
            lo=0,
            hi=0.01,
        )
        a(
            "I",
            "task_status_update_manager.cpp:328",
            "Received task status update %s (Status UUID: %s) for task %s of framework %s",
            state,
            su,
            task,
            fid,
            lo=0,
            hi=0.01,
        )
        a(
            "I",
            "task_status_update_manager.cpp:842",
            "Forwarding task status update %s (Status UUID: %s) for task %s of framework %s to the agent",
            state,
            su,
            task,
            fid,
            lo=0,
            hi=0.01,
        )
        a(
            "I",
            "slave.cpp:6277",
            "Forwarding the update %s (Status UUID: %s) for task %s of framework %s to %s",
            state,
            su,
            task,
            fid,
            "master@10.0.30.11:5050",
            lo=0,
            hi=0.01,
        )
        a(
            "I",
            "slave.cpp:6169",
            "Task status update manager successfully handled status update %s (Status UUID: %s) for task %s of framework %s",
            state,
            su,
            task,
            fid,
            lo=0,
            hi=0.01,
        )
        return su

    def master_status(task: str, name: str, ag: str, state: str, su: str) -> None:
        fid = frameworks[name]
        m(
            "I",
            "master.cpp:8606",
            "Status update %s (Status UUID: %s) for task %s of framework %s from agent %s",
            state,
            su,
            task,
            fid,
            agent_desc(ag),
            lo=0,
            hi=0.01,
        )
        m(
            "I",
            "master.cpp:8663",
            "Forwarding status update %s (Status UUID: %s) for task %s of framework %s",
            state,
            su,
            task,
            fid,
            lo=0,
            hi=0.01,
        )
        m(
            "I",
            "master.cpp:11193",
            "Updating the state of task %s of framework %s (latest state: %s, status update state: %s)",
            task,
            fid,
            state,
            state,
            lo=0,
            hi=0.01,
        )
        m(
            "I",
            "master.cpp:6112",
            "Processing ACKNOWLEDGE call for status %s for task %s of framework %s on agent %s",
            su,
            task,
            fw(name),
            agent_ids[ag],
            lo=0,
            hi=0.2,
        )
        if ag == me[0]:
            a(
                "I",
                "task_status_update_manager.cpp:401",
                "Received task status update acknowledgement (UUID: %s) for task %s of framework %s",
                su,
                task,
                fid,
                lo=0,
                hi=0.01,
            )

    def launch() -> None:
        app, cpus, mem, name = r.choice(MESOS_APPS)
        ag = r.choice([x[0] for x in MESOS_AGENTS] + [me[0]] * 3)
        task = f"{app}.{uuid4(r)}" if name == "marathon" else f"{app}_{log_ts()}.{uuid4(r)}"
        offer_no[0] += 1
        m("I", "master.cpp:10568", "Sending %d offers to framework %s", 1, fw(name), lo=0, hi=2)
        m(
            "I",
            "master.cpp:4315",
            "Processing ACCEPT call for offers: [ %s ] on agent %s for framework %s",
            f"{mid}-O{offer_no[0]}",
            agent_desc(ag),
            fw(name),
            lo=0,
            hi=0.2,
        )
        resources = f'[{{"allocation_info":{{"role":"*"}},"name":"cpus","scalar":{{"value":{cpus}}},"type":"SCALAR"}},{{"allocation_info":{{"role":"*"}},"name":"mem","scalar":{{"value":{mem}.0}},"type":"SCALAR"}}]'
        m(
            "I",
            "master.cpp:5766",
            "Launching task %s of framework %s with resources %s on agent %s on new executor",
            task,
            fw(name),
            resources,
            agent_desc(ag),
            lo=0,
            hi=0.01,
        )
        container = uuid4(r)
        if ag == me[0]:
            fid = frameworks[name]
            a(
                "I",
                "slave.cpp:2307",
                "Got assigned task '%s' for framework %s",
                task,
                fid,
                lo=0,
                hi=0.05,
            )
            a(
                "I",
                "slave.cpp:2711",
                "Launching task '%s' for framework %s",
                task,
                fid,
                lo=0,
                hi=0.01,
            )
            a(
                "I",
                "paths.cpp:817",
                "Creating sandbox '%s' for user '%s'",
                f"/var/lib/mesos/agent/slaves/{agent_ids[me[0]]}/frameworks/{fid}/executors/{task}/runs/{container}",
                "root",
                lo=0,
                hi=0.01,
            )
            a(
                "I",
                "slave.cpp:9633",
                "Launching executor '%s' of framework %s with resources %s in work directory '%s'",
                task,
                fid,
                resources,
                f"/var/lib/mesos/agent/slaves/{agent_ids[me[0]]}/frameworks/{fid}/executors/{task}/runs/{container}",
                lo=0,
                hi=0.01,
            )
            a(
                "I",
                "slave.cpp:3215",
                "Queued task '%s' for executor '%s' of framework %s",
                task,
                task,
                fid,
                lo=0,
                hi=0.01,
            )
            a("I", "containerizer.cpp:1345", "Starting container %s", container, lo=0, hi=0.01)
            if r.random() < 0.08:
                a(
                    "E",
                    "slave.cpp:6929",
                    "Container '%s' for executor '%s' of framework %s failed to start: Failed to fetch all URIs for container '%s': exited with status %d",
                    container,
                    task,
                    fid,
                    container,
                    1,
                    lo=0.5,
                    hi=5,
                )
                su = agent_status(task, name, "TASK_FAILED", "@0.0.0.0:0")
                master_status(task, name, ag, "TASK_FAILED", su)
                cleanup(task, name, container, None)
                return
            ex = f"executor(1)@{me[1]}:{r.randrange(33000, 45000)}"
            a(
                "I",
                "slave.cpp:4996",
                "Got registration for executor '%s' of framework %s from %s",
                task,
                fid,
                ex,
                lo=0.5,
                hi=4,
            )
            a(
                "I",
                "slave.cpp:3421",
                "Sending queued task '%s' to executor '%s' of framework %s at %s",
                task,
                task,
                fid,
                ex,
                lo=0,
                hi=0.01,
            )
            su = agent_status(task, name, "TASK_RUNNING", ex)
        else:
            master.tick(r, 0.5, 4)
            su = uuid4(r)
        master_status(task, name, ag, "TASK_RUNNING", su)
        running.append((task, name, ag, container))

    def log_ts() -> str:
        return f"{master.t:%Y%m%d%H%M%S}"

    def cleanup(task: str, name: str, container: str, status: int | str | None) -> None:
        fid = frameworks[name]
        if isinstance(status, int):
            a(
                "I",
                "slave.cpp:6521",
                "Executor '%s' of framework %s exited with status %d",
                task,
                fid,
                status,
                lo=0,
                hi=1,
            )
        elif isinstance(status, str):
            a(
                "I",
                "slave.cpp:6533",
                "Executor '%s' of framework %s terminated with signal %s",
                task,
                fid,
                status,
                lo=0,
                hi=1,
            )
        a(
            "I",
            "slave.cpp:6642",
            "Cleaning up executor '%s' of framework %s",
            task,
            fid,
            lo=0,
            hi=0.01,
        )
        a(
            "I",
            "gc.cpp:95",
            "Scheduling '%s' for gc %s in the future",
            f"/var/lib/mesos/agent/slaves/{agent_ids[me[0]]}/frameworks/{fid}/executors/{task}/runs/{container}",
            f"{r.uniform(6.9, 6.99999):.14f}days",
            lo=0,
            hi=0.01,
        )
        a(
            "I",
            "gc.cpp:95",
            "Scheduling '%s' for gc %s in the future",
            f"/var/lib/mesos/agent/slaves/{agent_ids[me[0]]}/frameworks/{fid}/executors/{task}",
            f"{r.uniform(6.9, 6.99999):.14f}days",
            lo=0,
            hi=0.01,
        )

    def finish() -> None:
        if not running:
            return
        task, name, ag, container = running.pop(r.randrange(len(running)))
        x = r.random()
        if x < 0.35:
            m(
                "I",
                "master.cpp:5969",
                "Processing KILL call for task '%s' of framework %s",
                task,
                fw(name),
                lo=0,
                hi=3,
            )
            m(
                "I",
                "master.cpp:6059",
                "Telling agent %s to kill task %s of framework %s",
                agent_desc(ag),
                task,
                fw(name),
                lo=0,
                hi=0.01,
            )
            state, status = "TASK_KILLED", "Killed"
            if ag == me[0]:
                a(
                    "I",
                    "slave.cpp:3762",
                    "Asked to kill task %s of framework %s",
                    task,
                    frameworks[name],
                    lo=0,
                    hi=0.05,
                )
        elif x < 0.75:
            state, status = "TASK_FINISHED", 0
        else:
            state, status = "TASK_FAILED", r.choice([1, 137, 143])
        if ag == me[0]:
            su = agent_status(task, name, state, f"executor(1)@{me[1]}:{r.randrange(33000, 45000)}")
        else:
            master.tick(r, 0.5, 4)
            su = uuid4(r)
        master_status(task, name, ag, state, su)
        m(
            "I",
            "master.cpp:11261",
            "Removing task %s with resources %s of framework %s on agent %s",
            task,
            res(0.5, 512),
            frameworks[name],
            agent_desc(ag),
            lo=0,
            hi=0.01,
        )
        if ag == me[0]:
            cleanup(task, name, container, status)
        if status == "Killed":
            m(
                "I",
                "master.cpp:7834",
                "Executor '%s' of framework %s on agent %s: terminated with signal %s",
                task,
                frameworks[name],
                agent_ids[ag],
                status,
                lo=0,
                hi=1,
            )
        else:
            m(
                "I",
                "master.cpp:7834",
                "Executor '%s' of framework %s on agent %s: exited with status %d",
                task,
                frameworks[name],
                agent_ids[ag],
                status,
                lo=0,
                hi=1,
            )

    def disk(g: float) -> None:
        a(
            "I",
            "slave.cpp:7285",
            "Current disk usage %.2f%%. Max allowed age: %s",
            g * 100,
            f"{(1 - g) * 7 - 0.1:.14f}days",
            lo=0,
            hi=0.01,
        )

    def unreachable() -> None:
        name, ip = r.choice([x for x in MESOS_AGENTS if x[0] != me[0]])
        m(
            "W",
            "master.cpp:282",
            "Agent %s at %s (%s) failed health check; marking it unreachable",
            agent_ids[name],
            f"slave(1)@{ip}:5051",
            name,
            lo=5,
            hi=60,
        )
        m(
            "I",
            "master.cpp:8181",
            "Marking agent %s unreachable: health check timed out",
            agent_desc(name),
            lo=0,
            hi=0.01,
        )
        m(
            "I",
            "registrar.cpp:487",
            "Applied %d operations in %s; attempting to update the registry",
            1,
            f"{r.uniform(20, 90):.3f}us",
            lo=0,
            hi=0.01,
        )
        m(
            "I",
            "registrar.cpp:544",
            "Successfully updated the registry in %s",
            f"{r.uniform(2, 20):.6f}ms",
            lo=0,
            hi=0.05,
        )
        m(
            "I",
            "master.cpp:8209",
            "Marked agent %s unreachable: health check timed out",
            agent_desc(name),
            lo=0,
            hi=0.01,
        )
        for task, fname, ag, _c in [x for x in running if x[2] == name]:
            m(
                "I",
                "master.cpp:11193",
                "Updating the state of task %s of framework %s (latest state: %s, status update state: %s)",
                task,
                frameworks[fname],
                "TASK_UNREACHABLE",
                "TASK_UNREACHABLE",
                lo=0,
                hi=0.01,
            )
            running.remove((task, fname, ag, _c))
        m(
            "I",
            "master.cpp:6588",
            "Received reregister agent message from agent %s at %s (%s)",
            agent_ids[name],
            f"slave(1)@{ip}:5051",
            name,
            lo=20,
            hi=300,
        )
        m(
            "I",
            "master.cpp:6833",
            "Re-registered agent %s with %s",
            agent_desc(name),
            "cpus:8; mem:31944; disk:95000; ports:[31000-32000]",
            lo=0,
            hi=0.05,
        )

    def misc() -> None:
        name = r.choice(list(frameworks))
        if r.random() < 0.6:
            m(
                "I",
                "master.cpp:5403",
                "Processing REVIVE call for framework %s",
                fw(name),
                lo=0,
                hi=5,
            )
        else:
            m(
                "I",
                "master.cpp:5492",
                "Processing SUPPRESS call for framework %s",
                fw(name),
                lo=0,
                hi=5,
            )

    agent_start()
    register("master@10.0.30.13:5050", True)
    for _ in range(20):
        agent.tick(r, 50, 70)
        disk(r.uniform(0.40, 0.42))
    master.t = agent.t + timedelta(seconds=r.uniform(1, 3))
    master_start()
    a(
        "W",
        "slave.cpp:1294",
        "Master disconnected! Waiting for a new master to be elected",
        lo=0,
        hi=0.01,
    )
    register("master@10.0.30.11:5050", False)
    next_disk = agent.t + timedelta(minutes=1)
    g = 0.42
    for i in range(1150):
        x = r.random()
        if x < 0.45:
            offers()
        elif x < 0.7:
            http()
        elif x < 0.8:
            launch()
        elif x < 0.88:
            finish()
        elif x < 0.9:
            misc()
        if i in (400, 950):
            unreachable()
        while agent.t >= next_disk or master.t >= next_disk:
            agent.t = max(agent.t, next_disk)
            g = min(0.9, g + r.uniform(-0.002, 0.004))
            disk(g)
            next_disk += timedelta(minutes=1)
    # the master dies on a broken invariant; the agent follows the next leader
    m(
        "F",
        "hierarchical.cpp:1498",
        "Check failed: slaves.contains(slaveId)",
        lo=0,
        hi=1,
        extra=MESOS_CHECK_STACK,
    )
    a(
        "W",
        "slave.cpp:1294",
        "Master disconnected! Waiting for a new master to be elected",
        lo=10,
        hi=15,
    )
    register("master@10.0.30.12:5050", False)
    for _ in range(5):
        agent.tick(r, 50, 70)
        disk(g)
    return [master, agent]


SYSTEMS = {"tidb": tidb, "neo4j": neo4j, "kong": kong, "temporal": temporal, "mesos": mesos}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
