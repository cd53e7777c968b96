#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 68 (questdb, ignite, valkey, surrealdb, memgraph) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written; the lines that continue an event (stack traces, banners, a message's later lines) have
no label. Distinct calls of one process never share a timestamp at the log's resolution
(round 53's Clock). Five databases and data grids:

- QuestDB 8.0 (`questdb.log`: the server's stdout as `docker logs` keeps it): its own logger's
  `2024-06-04T06:00:01.123456Z I i.q.c.TableWriter ` (microseconds, a level letter `I`/`A`/
  `E`/`C`, the class name with its packages abbreviated or a named logger such as
  `server-main`, `tcp-line-server`), the start-up banner, ILP collectors over TCP, WAL
  applied to three tables, Grafana's and the web console's queries (`QueryProgress` `exe` /
  `fin` / `err`), hourly partitions, bad ILP lines, the disk filling up (a writer closed with
  its exception and stack, tables suspended), `ALTER TABLE ... RESUME WAL`.
- Apache Ignite 2.16 (`ignite-3f6c2a1d.log`, `ignite-8b0e94c7.log`, `ignite-c41d7e25.log`: three
  server nodes with native persistence, each `work/log/ignite-<id8>.log` written by the
  distribution's `config/ignite-log4j2.xml`, `[%d{ABSOLUTE}][%-5p][%t][%c{1}] %m%n` with
  log4j2's extended stack traces): the start-up (the ASCII logo, configuration, data regions,
  WAL and checkpoint recovery, the `>>> Ignite ver.` block), topology snapshots with their
  `  ^-- Baseline` lines, partition exchanges, the metrics block every minute, checkpoints
  every three minutes, slow SQL with its multi-line plan, thin clients dropping, a long GC
  pause on one node (discovery timeouts, a blocked system worker with its thread dump and
  stack, `Node FAILED`, the node segmented and stopped), its restart and historical rebalance.
- Valkey 8.0 (`valkey-0.log` ... `valkey-3.log`: a cluster of three primaries and one replica,
  serverLog's `1:M 04 Jun 2024 06:00:01.123 * `): start-up with `Node configuration loaded`,
  RDB saves by forked children every few minutes, replication, a client killed for its output
  buffer, the primary valkey-0 killed for memory (the replica losing it, `Marking node ... as
  failing (quorum reached)`, `FAIL message received`, the election, `Failover auth granted`,
  the cluster down and up), valkey-0's restart as a replica of its former replica (a full
  resync over a diskless transfer).
- SurrealDB 1.5 (`surrealdb.log`: `surreal start --log debug` as `docker logs` keeps it, the
  tracing_subscriber compact layout `2024-06-04T06:00:01.123456Z DEBUG request: target: msg
  fields` without colours): the banner, the HTTP trace layer's `started processing request` /
  `finished processing request` with the span's fields, `Executing:` per statement over HTTP
  and RPC (`rpc/call:` spans), a disk filling up (`response failed` 500s, dropped
  transactions, a panic with its note), the restart.
- Memgraph 2.17 (`memgraph_2024-06-04.log`: the daily file sink under /var/log/memgraph,
  spdlog's default `[2024-06-04 06:00:01.123] [memgraph_log] [info] `, `--log-level=DEBUG`):
  start-up (flags' warnings, snapshot and WAL recovery, index recreation, MAGE's modules
  loaded, Bolt up), `[Run - memgraph] '...'` per query, periodic snapshots, a Python query
  module failing to load (the traceback in the message), memory limits hit by an analytics
  query, an upgrade's restart.

Label notes. The rules of rounds 51 to 65 hold. QuestDB's time, level letter and logger name,
Ignite's time, level, thread and category, Valkey's `pid:role`, time and level character,
SurrealDB's time, level, span names and target (and the span's fields after the message, and
an event's fields), Memgraph's time, logger name and level are context. A message's own
literal words are wording, whatever the program computes is a value; an exception's or
error's text inside a message contributes its format (QuestDB's `msg=Invalid column: %s`,
`error=could not mmap [...]`). A stack trace, a thread dump, a multi-line banner, a query plan,
the metrics block and a traceback belong to their event; Ignite's `  ^-- Baseline [...]` and
`  ^-- %s [initSize=...]` lines are logged one by one (a head each) and are events of their
own. Banners printed outside the logger (SurrealDB's logo) are one event, labelled as a
literal.

Sources: written from the helper's knowledge of each program's source and of real logs, with
a few texts checked against the programs' sources (Ignite's log4j2 configuration, SurrealDB's
trace layer and span fields, Memgraph's logger name and snapshot lines, Valkey's banner and
sync lines); least sure: QuestDB's banner lines, `o3 partition task` fields, the writer-closing
line and where its stack ends; Ignite's exchange and checkpoint field lists and the order of
the failure handler's lines; Valkey 8's wording of the election lines; SurrealDB's
`Executing:` line and the order of the span's recorded fields; Memgraph's recovery lines,
`Accepted a connection from`, the memory-limit warning and the module-load warning's layout.
Run it only to change the data on purpose: `python bench/heldout/generate_round68.py
[SYSTEM ...]`.
"""

from __future__ import annotations

import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round52 import secs
from generate_round55 import at, poisson
from generate_round65 import Out


def us_iso(t: datetime) -> str:
    return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}Z"


def ms(t: datetime) -> str:
    return f"{t.microsecond // 1000:03d}"


def jframes(*frames: str, jar: str = "") -> list[str]:
    """Java stack frames as log4j2's extended throwable prints them (`~[jar]` after each), or
    as a plain `printStackTrace` (no jar) when `jar` is empty."""
    out = []
    for f in frames:
        suffix = ""
        if jar:
            suffix = " ~[?:?]" if f.startswith(("java.", "sun.", "jdk.")) else f" ~[{jar}]"
        out.append(f"\tat {f}{suffix}")
    return out


# --------------------------------------------------------------------------------- questdb

QDB_TABLES = {"trades": "trades~3", "sensors": "sensors~7", "orders": "orders~12"}
QDB_COLLECTORS = ["10.0.3.21", "10.0.3.22", "10.0.3.23", "10.0.3.31", "10.0.3.32", "10.0.3.40"]
QDB_GRAFANA = [
    "SELECT timestamp AS time, avg(price) AS avg_price FROM trades WHERE symbol = 'BTC-USD' AND timestamp BETWEEN '2024-06-04T05:00:00.000Z' AND '2024-06-04T06:00:00.000Z' SAMPLE BY 1m ALIGN TO CALENDAR",
    "SELECT timestamp AS time, device_id, max(temperature) FROM sensors WHERE timestamp > dateadd('h', -1, now()) SAMPLE BY 30s",
    "SELECT symbol, count() FROM trades WHERE timestamp IN today() GROUP BY symbol ORDER BY 2 DESC LIMIT 10",
    "SELECT timestamp AS time, sum(amount) FROM orders WHERE timestamp > dateadd('m', -30, now()) SAMPLE BY 1m FILL(0)",
]
QDB_CONSOLE = [
    "SELECT * FROM trades WHERE symbol = 'ETH-USD' LATEST ON timestamp PARTITION BY side",
    "SELECT count() FROM sensors",
    "SELECT * FROM orders ORDER BY timestamp DESC LIMIT 100",
    "tables()",
    "SELECT device_id, avg(humidity) FROM sensors WHERE timestamp IN '2024-06-04' GROUP BY device_id",
    "SHOW COLUMNS FROM trades",
]
QDB_BAD = [
    ("SELECT pricee FROM trades LIMIT 10", "Invalid column: %s", "pricee", 7),
    (
        "SELECT * FROM trade WHERE symbol = 'BTC-USD'",
        "table does not exist [table=%s]",
        "trade",
        14,
    ),
    ("SELECT symbol, avg(price) FROM trades GROUP symbol", "unexpected token [%s]", "symbol", 44),
    ("SELECT * FROM sensors WHERE device_id = 42", "cannot compare SYMBOL with type INT", None, 38),
]
QDB_PY = "io.questdb"


def questdb(r: random.Random) -> list[Log]:
    """QuestDB 8.0 in a container, 06:00 to 09:30. Six collectors write three WAL tables over
    ILP/TCP (trades, sensors partitioned by hour, orders); the WAL apply job commits each table
    every minute or two; Grafana polls four panels over PostgreSQL wire every 30 seconds; an
    analyst uses the web console. One collector sends malformed lines at 06:40 and a string
    into a LONG column at 07:05 (its connection closed each time). The volume fills at
    08:12:30: the writers fail (one with its exception's stack), trades and orders are
    suspended, inserts fail; at 08:41 space is freed and the analyst resumes both tables."""

    def head(t: datetime, lvl: str, ctx: str) -> str:
        return f"{us_iso(t)} {lvl} {ctx} "

    o = Out(1, ["q"], head)
    t0, t_end = at(6, 0, 1), at(9, 30, 0)
    full, freed = at(8, 12, 30), at(8, 41, 0)
    state = {
        "seq": {"trades": 41822, "sensors": 128833, "orders": 9731},
        "row": {"trades": 0, "sensors": 0, "orders": 0},
        "wal": {"trades": 7, "sensors": 11, "orders": 3},
        "seg": {"trades": 0, "sensors": 0, "orders": 0},
        "fd": 40,
        "qid": 1,
        "suspended": set(),
    }

    def Q(
        t: datetime,
        lvl: str,
        log: str,
        fmt: str,
        *args: object,
        msg: str | None = None,
        cont: list[str] | None = None,
    ) -> datetime:
        return o.e("q", t, fmt, *args, lvl=lvl, ctx=log, msg=msg, cont=cont or [])

    def fd() -> int:
        state["fd"] += r.randrange(1, 4)
        return state["fd"]

    # start-up
    t = Q(
        t0, "A", "server-main", "QuestDB %s. Copyright (C) 2014-2024, all rights reserved.", "8.0.0"
    )
    t = Q(t, "A", "server-main", "%s [%s]", "linux-amd64", "AVX2,8 bits hash")
    t = Q(t, "A", "server-main", "available CPUs: %d", 8)
    t = Q(t, "A", "server-main", "db root: %s", "/var/lib/questdb/db")
    t = Q(t, "A", "server-main", "backup root: %s", "null")
    t = Q(
        t,
        "A",
        "server-main",
        "db file system magic: 0x%x [%s] SUPPORTED",
        msg="db file system magic: 0xef53 [ext4] SUPPORTED",
    )
    t = Q(t, "A", "server-main", "SQL JIT compiler mode: %s", "on")
    t = Q(t, "A", "server-main", "Server config: %s", "/var/lib/questdb/conf/server.conf")
    for name, dir_ in QDB_TABLES.items():
        t = Q(
            t + secs(r, 0.001, 0.01),
            "I",
            "i.q.c.t.TableNameRegistryStore",
            "loaded table [name=%s, dir=%s]",
            name,
            dir_,
        )
    t = Q(
        t + secs(r, 0.01, 0.05),
        "I",
        "i.q.c.w.WalInitializer",
        "tables loaded [count=%d]",
        len(QDB_TABLES),
    )
    for srv, addr, port, backlog in [
        ("http-server", "0.0.0.0", 9000, 256),
        ("http-min-server", "0.0.0.0", 9003, 4),
        ("pg-server", "0.0.0.0", 8812, 64),
        ("tcp-line-server", "0.0.0.0", 9009, 256),
    ]:
        t = Q(
            t + secs(r, 0.001, 0.01),
            "A",
            srv,
            "listening on %s:%d [fd=%d backlog=%d]",
            addr,
            port,
            fd(),
            backlog,
        )
    t = Q(t + secs(r, 0.01, 0.05), "A", "server-main", "enjoy")
    Q(
        t,
        "A",
        "server-main",
        "web console URL(s):\\n%s",
        msg="web console URL(s):\n\n\thttp://172.18.0.4:9000/index.html\n\thttp://127.0.0.1:9000/index.html\n",
    )

    # the collectors' connections
    conns: dict[str, int] = {}
    for ip in QDB_COLLECTORS:
        x = t0 + secs(r, 5, 30)
        conns[ip] = fd()
        Q(x, "I", "tcp-line-server", "connected [ip=%s, fd=%d]", ip, conns[ip])

    def reconnect(x: datetime, ip: str, reason: int) -> None:
        x = Q(
            x, "I", "tcp-line-server", "scheduling disconnect [fd=%d, reason=%d]", conns[ip], reason
        )
        Q(
            x + secs(r, 0.001, 0.01),
            "I",
            "tcp-line-server",
            "disconnected [ip=%s, fd=%d, src=%s]",
            ip,
            conns[ip],
            "queue",
        )
        conns[ip] = fd()
        Q(x + secs(r, 1, 5), "I", "tcp-line-server", "connected [ip=%s, fd=%d]", ip, conns[ip])

    # bad lines from one collector
    for x in [at(6, 40, 12), at(6, 40, 13), at(6, 52, 40)]:
        x += secs(r, 0, 0.9)
        ip = "10.0.3.40"
        line = r.choice(
            [
                "sensors,device_id=th-4410,site=b2 temperature=21.4,humidity=47.2i 1717483212000000000",
                "sensors,device_id=th-4410 temperature=,humidity=44i 1717483213000000000",
            ]
        )
        Q(
            x,
            "E",
            "tcp-line-server",
            "[fd=%d] could not parse measurement, %s at %d, line (may be mangled due to partial parsing): '%s'",
            conns[ip],
            r.choice(["INVALID_FIELD_VALUE", "INVALID_FIELD_SEPARATOR"]),
            r.randrange(30, 60),
            line,
        )
        reconnect(x + secs(r, 0.001, 0.01), ip, 0)
    for x in [at(7, 5, 3), at(7, 5, 9), at(7, 5, 21), at(7, 6, 2)]:
        x += secs(r, 0, 0.9)
        ip = "10.0.3.40"
        Q(
            x,
            "E",
            "i.q.c.l.t.LineTcpConnectionContext",
            "[%d] could not process line data [table=%s, msg=cast error for line protocol %s [columnWriterIndex=%d, columnType=%s, name=%s], errno=%d]",
            conns[ip],
            "sensors",
            "string",
            4,
            "LONG",
            "battery",
            0,
        )
        reconnect(x + secs(r, 0.001, 0.01), ip, 0)

    # WAL apply
    def apply(x: datetime, table: str, txns: int) -> None:
        dir_ = QDB_TABLES[table]
        if r.random() < 0.08:
            state["seg"][table] += 1
            Q(
                x - secs(r, 1, 20),
                "I",
                "i.q.c.w.WalWriter",
                "opened WAL segment [path=%s]",
                f"/{dir_}/wal{state['wal'][table]}/{state['seg'][table]}",
            )
        rows = txns * r.randrange(200, 2400)
        lo = state["row"][table]
        state["row"][table] += rows
        state["seq"][table] += txns
        ts_max = x - secs(r, 0.5, 3)
        ts_min = ts_max - secs(r, 30, 110)
        x = Q(
            x,
            "I",
            "i.q.c.TableWriter",
            "processing WAL [path=%s, roLo=%d, roHi=%d, seqTxn=%d, tsMin=%s, tsMax=%s, commitToTimestamp=%s]",
            f"/{dir_}/wal{state['wal'][table]}/{state['seg'][table]}",
            lo,
            lo + rows,
            state["seq"][table],
            us_iso(ts_min),
            us_iso(ts_max),
            us_iso(ts_max - secs(r, 0.5, 2)),
        )
        if r.random() < 0.3:
            part = (
                f"{x:%Y-%m-%dT%H}:00:00.000000Z"
                if table == "sensors"
                else f"{x:%Y-%m-%d}T00:00:00.000000Z"
            )
            x = Q(
                x + secs(r, 0.0001, 0.002),
                "I",
                "i.q.c.TableWriter",
                "o3 partition task [table=%s, partitionIsReadOnly=%s, srcOooBatchRowSize=%d, srcOooLo=%d, srcOooHi=%d, srcOooMax=%d, o3RowCount=%d, o3LagRowCount=%d, srcDataMax=%d, o3TimestampMin=%s, o3Timestamp=%s, o3TimestampMax=%s, partitionTimestamp=%s, partitionIndex=%d, partitionSize=%d, maxTimestamp=%s, last=%s, append=%s, pCount=%d, flattenTimestamp=%s, memUsed=%d]",
                table,
                "false",
                rows,
                0,
                rows - 1,
                rows,
                rows,
                0,
                r.randrange(100000, 9000000),
                us_iso(ts_min),
                us_iso(ts_min),
                us_iso(ts_max),
                part,
                r.randrange(3, 40),
                r.randrange(100000, 9000000),
                us_iso(ts_max),
                "true",
                "false",
                1,
                "true",
                r.randrange(10**8, 10**9),
            )
        ms_ = r.randrange(2, 40)
        Q(
            x + secs(r, 0.001, 0.04),
            "I",
            "i.q.c.w.ApplyWal2TableJob",
            "WAL apply job finished [table=%s, transactions=%d, rows=%d, time=%dms, rate=%drows/s, physicalWrittenRowsMultiplier=%.2f]",
            dir_,
            txns,
            rows,
            ms_,
            rows * 1000 // ms_,
            r.choice([1.0, 1.0, 1.0, 1.13, 1.42, 2.08]),
        )

    pending = {"trades": 0, "orders": 0}
    resume = {"trades": freed + secs(r, 20, 40)}
    resume["orders"] = resume["trades"] + secs(r, 15, 40)
    for table, every in [("trades", 75), ("sensors", 90), ("orders", 110)]:
        x = t0 + secs(r, 20, 60)
        while x < t_end:
            if table in resume and full <= x < resume[table]:
                pending[table] += r.randrange(20, 60)
            else:
                apply(x, table, r.randrange(20, 70))
            x += secs(r, every * 0.7, every * 1.3)
    # old WAL segments purged, and partitions left by o3 merges
    for x in poisson(r, t0 + timedelta(minutes=5), t_end, 420):
        table = r.choice(list(QDB_TABLES))
        Q(
            x,
            "I",
            "i.q.c.w.WalPurgeJob",
            "table=%s, segment purged [path=%s]",
            QDB_TABLES[table],
            f"/var/lib/questdb/db/{QDB_TABLES[table]}/wal{state['wal'][table]}/{r.randrange(0, 6)}",
        )
    for x in poisson(r, t0 + timedelta(minutes=5), t_end, 600):
        table = r.choice(["trades", "orders"])
        Q(
            x,
            "I",
            "i.q.c.O3PartitionPurgeJob",
            "processed [table=%s, partitionTimestamp=%s, partitionNameTxn=%d]",
            QDB_TABLES[table],
            "2024-06-04T00:00:00.000000Z",
            r.randrange(30000, 60000),
        )
    # hourly partitions of sensors
    for h in range(7, 10):
        if at(h, 0) < t_end:
            Q(
                at(h, 0) + secs(r, 0.5, 3),
                "I",
                "i.q.c.TableWriter",
                "switched partition [path=%s]",
                f"/var/lib/questdb/db/sensors~7/2024-06-04T{h:02d}.{state['seq']['sensors'] + h}",
            )

    # queries
    def query(
        x: datetime, sql: str, principal: str, err: tuple[str, str, object, int] | None = None
    ) -> None:
        state["qid"] += 1
        qid = state["qid"]
        cache = "true" if r.random() < 0.7 else "false"
        jit = "true" if "WHERE" in sql and r.random() < 0.8 else "false"
        x = Q(
            x,
            "I",
            "i.q.g.e.QueryProgress",
            "exe [id=%d, sql=`%s`, principal=%s, cache=%s, jit=%s]",
            qid,
            sql,
            principal,
            cache,
            jit,
        )
        took = r.randrange(150_000, 45_000_000)
        if err is None:
            Q(
                x + timedelta(microseconds=took // 1000),
                "I",
                "i.q.g.e.QueryProgress",
                "fin [id=%d, sql=`%s`, principal=%s, cache=%s, jit=%s, time=%d]",
                qid,
                sql,
                principal,
                cache,
                jit,
                took,
            )
            return
        fmt, arg, pos = err[1], err[2], err[3]
        text = fmt % arg if arg is not None else fmt
        Q(
            x + secs(r, 0.0002, 0.003),
            "E",
            "i.q.g.e.QueryProgress",
            f"err [id=%d, sql=`%s`, principal=%s, cache=%s, jit=%s, time=%d, msg={fmt}, errno=%d, pos=%d]",
            msg=f"err [id={qid}, sql=`{err[0]}`, principal={principal}, cache=false, jit=false, time={r.randrange(80_000, 900_000)}, msg={text}, errno=0, pos={pos}]",
        )

    grafana_fd = {"10.0.5.8": fd()}
    Q(
        t0 + secs(r, 40, 60),
        "I",
        "pg-server",
        "connected [ip=%s, fd=%d]",
        "10.0.5.8",
        grafana_fd["10.0.5.8"],
    )
    x = t0 + secs(r, 60, 70)
    while x < t_end:
        for sql in QDB_GRAFANA:
            query(x + secs(r, 0, 0.4), sql, "admin")
        if r.random() < 0.01:
            y = x + secs(r, 5, 20)
            Q(
                y,
                "I",
                "pg-server",
                "disconnected [ip=%s, fd=%d, src=%s]",
                "10.0.5.8",
                grafana_fd["10.0.5.8"],
                "peer",
            )
            grafana_fd["10.0.5.8"] = fd()
            Q(
                y + secs(r, 0.5, 2),
                "I",
                "pg-server",
                "connected [ip=%s, fd=%d]",
                "10.0.5.8",
                grafana_fd["10.0.5.8"],
            )
        x += secs(r, 59.9, 60.1)
    # the web console
    for s0 in [at(6, 22), at(7, 31), at(8, 20), at(8, 40), at(9, 5)]:
        y = s0 + secs(r, 0, 60)
        cfd = fd()
        Q(y, "I", "http-server", "connected [ip=%s, fd=%d]", "10.0.9.77", cfd)
        y += secs(r, 2, 10)
        for _ in range(r.randrange(6, 14)):
            if r.random() < 0.25:
                query(y, "", "admin", r.choice(QDB_BAD))
            else:
                query(y, r.choice(QDB_CONSOLE), "admin")
            y += secs(r, 8, 60)
        if s0 == at(8, 20):
            for _ in range(3):
                y += secs(r, 10, 30)
                sql = f"INSERT INTO trades VALUES ('BTC-USD', 'buy', 67{r.randrange(100, 999)}.5, 0.01, now())"
                query(y, "", "admin", (sql, "table is suspended [tableName=%s]", "trades", 0))
        if s0 == at(8, 40):
            for table in ["trades", "orders"]:
                y = resume[table] - secs(r, 1, 2)
                query(y, f"ALTER TABLE {table} RESUME WAL", "admin")
                y2 = y + secs(r, 0.3, 1)
                Q(
                    y2,
                    "A",
                    "i.q.c.w.ApplyWal2TableJob",
                    "resuming WAL [table=%s, fromTxn=%d]",
                    QDB_TABLES[table],
                    state["seq"][table] + 1,
                )
                apply(y2 + secs(r, 0.05, 0.2), table, pending[table])
                pending[table] = 0
            y += secs(r, 15, 40)
        Q(
            y + secs(r, 5, 30),
            "I",
            "http-server",
            "disconnected [ip=%s, fd=%d, src=%s]",
            "10.0.9.77",
            cfd,
            "queue",
        )

    # the disk fills
    stack = [
        "io.questdb.cairo.CairoException: [28] could not allocate file [size=16777216, fd=412]",
        *jframes(
            "io.questdb.cairo.CairoException.critical(CairoException.java:73)",
            "io.questdb.std.FilesFacadeImpl.allocate(FilesFacadeImpl.java:56)",
            "io.questdb.cairo.TableUtils.allocateDiskSpace(TableUtils.java:171)",
            "io.questdb.cairo.vm.MemoryPMARImpl.openFile(MemoryPMARImpl.java:172)",
            "io.questdb.cairo.wal.WalWriter.openNewSegment(WalWriter.java:1552)",
            "io.questdb.cairo.wal.WalWriter.rollSegment(WalWriter.java:1793)",
            "io.questdb.cairo.wal.WalWriter.commit(WalWriter.java:342)",
            "io.questdb.cutlass.line.tcp.LineTcpMeasurementScheduler.commitWalWriters(LineTcpMeasurementScheduler.java:312)",
            "io.questdb.cutlass.line.tcp.LineTcpNetworkIOJob.run(LineTcpNetworkIOJob.java:177)",
            "io.questdb.mp.Worker.run(Worker.java:118)",
        ),
    ]
    x = full + secs(r, 0, 2)
    Q(
        x,
        "C",
        "i.q.c.l.t.LineTcpMeasurementScheduler",
        "closing writer because of error [table=%s, ex=%s]",
        msg="closing writer because of error [table=trades~3, ex=\n" + "\n".join(stack) + "]",
    )
    for ip in QDB_COLLECTORS[:3]:
        reconnect(x + secs(r, 0.001, 0.05), ip, 2)
    for table, err in [
        ("trades", "could not mmap [size=%d, offset=%d, fd=%d, memUsed=%d, fileLen=%d]"),
        ("orders", "could not open read-write [file=%s]"),
    ]:
        x += secs(r, 20, 90)
        vals = (
            (16777216, 0, 417, 812344112, 8388608)
            if table == "trades"
            else (f"/var/lib/questdb/db/orders~12/2024-06-04.{state['seq']['orders']}/amount.d",)
        )
        Q(
            x,
            "C",
            "i.q.c.w.ApplyWal2TableJob",
            f"job failed, table suspended [table=%s, error={err}, errno=%d]",
            msg=f"job failed, table suspended [table={QDB_TABLES[table]}, error={err % vals}, errno=28]",
        )
    y = full + secs(r, 60, 120)
    while y < freed:
        Q(
            y,
            "E",
            "tcp-line-server",
            "could not create table writer [table=%s, errno=%d]",
            r.choice(["trades~3", "orders~12"]),
            28,
        )
        y += secs(r, 60, 240)
    return o.logs(t0, {"q": "questdb.log"})


# --------------------------------------------------------------------------------- ignite

IG_VER = "2.16.0#20231215-sha1:7bde6a42"
IG_JAR = "ignite-core-2.16.0.jar:2.16.0"
IG_HOME = "/opt/ignite/apache-ignite"
IG_LOGO = [
    "",
    "",
    ">>>    __________  ________________  ",
    ">>>   /  _/ ___/ |/ /  _/_  __/ __/  ",
    ">>>  _/ // (_ /    // /  / / / _/    ",
    ">>> /___/\\___/_/|_/___/ /_/ /___/   ",
    ">>> ",
    f">>> ver. {IG_VER}",
    ">>> 2023 Copyright(C) Apache Software Foundation",
    ">>> ",
    ">>> Ignite documentation: https://ignite.apache.org",
    "",
]
IG_CACHES = ["orders", "customers", "inventory", "sessions"]
IG_SLOW_SQL = [
    (
        "SELECT o.id, o.total, c.name FROM orders o JOIN customers c ON o.customer_id = c.id WHERE o.created_at > ? ORDER BY o.total DESC",
        [
            "SELECT",
            '    "O"."ID" AS "__C0_0",',
            '    "O"."TOTAL" AS "__C0_1",',
            '    "C"."NAME" AS "__C0_2"',
            'FROM "orders"."ORDERS" "O"',
            '    /* "orders"."ORDERS_CREATED_AT_IDX": CREATED_AT > ?1 */',
            "    /* WHERE O.CREATED_AT > ?1 */",
            'INNER JOIN "customers"."CUSTOMERS" "C"',
            '    /* "customers"."_key_PK_proxy": ID = O.CUSTOMER_ID */',
            "    ON 1=1",
            'WHERE ("O"."CUSTOMER_ID" = "C"."ID")',
            '    AND ("O"."CREATED_AT" > ?1)',
            "ORDER BY 2 DESC",
        ],
    ),
    (
        "SELECT sku, SUM(qty) FROM inventory GROUP BY sku HAVING SUM(qty) < ?",
        [
            "SELECT",
            '    "__Z0"."SKU" AS "__C0_0",',
            '    SUM("__Z0"."QTY") AS "__C0_1"',
            'FROM "inventory"."INVENTORY" "__Z0"',
            '    /* "inventory"."INVENTORY.__SCAN_" */',
            'GROUP BY "__Z0"."SKU"',
            'HAVING SUM("__Z0"."QTY") < ?1',
        ],
    ),
]


def ignite(r: random.Random) -> list[Log]:
    """Three Ignite 2.16 server nodes with native persistence in Kubernetes (ignite-0 the
    coordinator), 06:00 to 11:00, an order service's thin clients on port 10800. Each node
    starts (ignite-0 at 06:00, the others a minute apart), the cluster forms at topology 3; the
    metrics block every minute and a checkpoint every three minutes on each node; slow SQL
    warned with its plan; thin clients dropped at a deploy (09:30). At 08:47 ignite-2 stalls in
    a 13-second GC pause: the coordinator times out and fails it, ignite-2 finds its exchange
    worker blocked (thread dump and stack), is segmented and stops; restarted at 08:49:30, it
    rejoins at topology 5 and rebalances historically from the other two."""

    def head(t: datetime, lvl: str, ctx: str) -> str:
        thread, cat = ctx.split("|")
        return f"[{t:%H:%M:%S},{ms(t)}][{lvl:<5}][{thread}][{cat}] "

    names = ["n0", "n1", "n2", "n2b"]
    o = Out(1000, names, head)
    t0, t_end = at(6, 0, 4), at(12, 0, 0)
    ids = {n: uuid4(r) for n in names}
    ids["n2b"] = uuid4(r)
    host = {"n0": "ignite-0", "n1": "ignite-1", "n2": "ignite-2", "n2b": "ignite-2"}
    ip = {"n0": "10.0.1.11", "n1": "10.0.1.12", "n2": "10.0.1.13", "n2b": "10.0.1.13"}
    pause, fail_t, restart = at(8, 47, 12), at(8, 47, 31), at(8, 49, 30)
    order = {"n0": 1, "n1": 2, "n2": 3, "n2b": 5}
    cur_id = {n: ids[n] for n in names}

    def E(
        f: str,
        t: datetime,
        thread: str,
        cat: str,
        fmt: str,
        *args: object,
        lvl: str = "INFO",
        msg: str | None = None,
        cont: list[str] | None = None,
    ) -> datetime:
        return o.e(f, t, fmt, *args, lvl=lvl, ctx=f"{thread}|{cat}", msg=msg, cont=cont or [])

    def disco_node(n: str) -> str:
        i = cur_id[n]
        return f"TcpDiscoveryNode [id={i}, consistentId={host[n]}, addrs=ArrayList [{ip[n]}, 127.0.0.1], sockAddrs=HashSet [{host[n]}.ignite.ignite.svc.cluster.local/{ip[n]}:47500, /127.0.0.1:47500], discPort=47500, order={order[n]}, intOrder={order[n]}, lastExchangeTime={int(t0.timestamp() * 1000) + r.randrange(10**6)}, loc=false, ver={IG_VER}, isClient=false]"

    def topver(v: int) -> str:
        return f"AffinityTopologyVersion [topVer={v}, minorTopVer=0]"

    def exchange(f: str, t: datetime, v: int, evt: str, node: str) -> datetime:
        th = "exchange-worker-#47"
        t = E(
            f,
            t,
            th,
            "GridDhtPartitionsExchangeFuture",
            "Started exchange init [topVer=%s, crd=%s, evt=%s, evtNode=%s, customEvt=null, allowMerge=true, exchangeFreeSwitch=%s]",
            topver(v),
            "true" if f == "n0" else "false",
            evt,
            cur_id[node],
            "true" if evt == "NODE_FAILED" else "false",
        )
        t = E(
            f,
            t + secs(r, 0.001, 0.02),
            th,
            "GridDhtPartitionsExchangeFuture",
            "Finished waiting for partition release future [topVer=%s, waitTime=%dms, futInfo=NA, mode=%s]",
            topver(v),
            r.randrange(0, 5),
            "DISTRIBUTED",
        )
        t = E(
            f,
            t + secs(r, 0.01, 0.2),
            th,
            "GridDhtPartitionsExchangeFuture",
            "Finish exchange future [startVer=%s, resVer=%s, err=null, rebalanced=%s, wasRebalanced=%s]",
            topver(v),
            topver(v),
            "true",
            "true",
        )
        t = E(
            f,
            t + secs(r, 0.001, 0.01),
            th,
            "GridCachePartitionExchangeManager",
            "Completed partition exchange [localNode=%s, exchange=GridDhtPartitionsExchangeFuture [topVer=%s, evt=%s, evtNode=TcpDiscoveryNode [id=%s, consistentId=%s, addrs=ArrayList [%s, 127.0.0.1], sockAddrs=HashSet [...], discPort=47500, order=%d, intOrder=%d, loc=false, ver=%s, isClient=false], rebalanced=true, done=true, newCrdFut=null], topVer=%s]",
            msg=f"Completed partition exchange [localNode={cur_id[f]}, exchange=GridDhtPartitionsExchangeFuture [topVer={topver(v)}, evt={evt}, evtNode={disco_node(node)}, rebalanced=true, done=true, newCrdFut=null], topVer={topver(v)}]",
        )
        stages = ", ".join(
            f'stage="{s}" ({r.randrange(0, 40)} ms)'
            for s in [
                "Waiting in exchange queue",
                "Exchange parameters initialization",
                "Determine exchange type",
                "Preloading notification",
                "WAL history reservation",
                "Wait partitions release",
                "Wait partitions release latch",
                "After states restored callback",
                "Exchange done",
            ]
        )
        return E(
            f,
            t + secs(r, 0.001, 0.01),
            th,
            "GridDhtPartitionsExchangeFuture",
            "Exchange timings [startVer=%s, resVer=%s, %s, Total time (%d ms)]",
            topver(v),
            topver(v),
            stages,
            r.randrange(10, 200),
        )

    def snapshot(f: str, t: datetime, v: int, servers: int, online: int) -> datetime:
        th = "disco-event-worker-#45"
        t = E(
            f,
            t,
            th,
            "GridDiscoveryManager",
            "Topology snapshot [ver=%d, locNode=%s, servers=%d, clients=%d, state=%s, CPUs=%d, offheap=%.1fGB, heap=%.1fGB]",
            v,
            cur_id[f][:8],
            servers,
            0,
            "ACTIVE",
            4 * servers,
            3.0 * servers,
            4.0 * servers,
        )
        return E(
            f,
            t,
            th,
            "GridDiscoveryManager",
            "  ^-- Baseline [id=%d, size=%d, online=%d, offline=%d]",
            0,
            3,
            online,
            3 - online,
        )

    def start(f: str, t: datetime, v: int, restart_: bool = False) -> datetime:
        m, k = "main", "IgniteKernal"
        t = E(
            f, t, m, k, "\\n\\n>>>    __________  ________________  \\n%s", msg="\n".join(IG_LOGO)
        )
        t = E(f, t, m, k, "Config URL: %s", f"file:{IG_HOME}/config/ignite-config.xml")
        t = E(
            f,
            t,
            m,
            k,
            "IgniteConfiguration [%s]",
            msg=f"IgniteConfiguration [igniteInstanceName=null, pubPoolSize=8, svcPoolSize=8, callbackPoolSize=8, stripedPoolSize=8, sysPoolSize=8, mgmtPoolSize=4, dataStreamerPoolSize=8, utilityCachePoolSize=8, utilityCacheKeepAliveTime=60000, p2pPoolSize=2, qryPoolSize=8, buildIdxPoolSize=1, igniteHome={IG_HOME}, igniteWorkDir={IG_HOME}/work, mbeanSrv=com.sun.jmx.mbeanserver.JmxMBeanServer@{hexid(r, 8)}, nodeId={cur_id[f]}, marsh=BinaryMarshaller [], marshLocJobs=false, p2pEnabled=false, netTimeout=5000, netCompressionLevel=1, sndRetryDelay=1000, sndRetryCnt=3, metricsHistSize=10000, metricsUpdateFreq=2000, metricsExpTime=9223372036854775807, discoSpi=TcpDiscoverySpi [addrRslvr=null, addressFilter=null, sockTimeout=0, ackTimeout=0, marsh=null, reconCnt=10, reconDelay=2000, maxAckTimeout=600000, soLinger=0, forceSrvMode=false, clientReconnectDisabled=false, internalLsnr=null, skipAddrsRandomization=false], segPlc=USE_FAILURE_HANDLER, segResolveAttempts=2, waitForSegOnStart=true, allResolversPassReq=true, segChkFreq=10000, commSpi=TcpCommunicationSpi [connectGate=null, connPlc=null, chConnPlc=null, enableForcibleNodeKill=false, enableTroubleshootingLog=false, locAddr=null, locHost=null, locPort=47100, locPortRange=100, shmemPort=-1, directBuf=true, directSndBuf=false, idleConnTimeout=600000, connTimeout=5000, maxConnTimeout=600000, reconCnt=10, sockSndBuf=32768, sockRcvBuf=32768, msgQueueLimit=0, slowClientQueueLimit=0, nioSrvr=null, shmemSrv=null, usePairedConnections=false, connectionsPerNode=1, tcpNoDelay=true, filterReachableAddresses=false, ackSndThreshold=32, unackedMsgsBufSize=0, sockWriteTimeout=2000, boundTcpPort=-1, boundTcpShmemPort=-1, selectorsCnt=4, selectorSpins=0, addrRslvr=null, ctxInitLatch=java.util.concurrent.CountDownLatch@{hexid(r, 8)}[Count = 1], stopping=false, metricsLsnr=null], evtSpi=org.apache.ignite.spi.eventstorage.NoopEventStorageSpi@{hexid(r, 8)}, colSpi=NoopCollisionSpi [], deploySpi=LocalDeploymentSpi [], indexingSpi=org.apache.ignite.spi.indexing.noop.NoopIndexingSpi@{hexid(r, 8)}, addrRslvr=null, encryptionSpi=org.apache.ignite.spi.encryption.noop.NoopEncryptionSpi@{hexid(r, 8)}, tracingSpi=org.apache.ignite.spi.tracing.NoopTracingSpi@{hexid(r, 8)}, clientMode=false, rebalanceThreadPoolSize=4, rebalanceTimeout=10000, rebalanceBatchesPrefetchCnt=3, rebalanceThrottle=0, rebalanceBatchSize=524288, txCfg=TransactionConfiguration [txSerEnabled=false, dfltIsolation=REPEATABLE_READ, dfltConcurrency=PESSIMISTIC, dfltTxTimeout=0, txTimeoutOnPartitionMapExchange=0, deadlockTimeout=10000, pessimisticTxLogSize=0, pessimisticTxLogLinger=10000, tmLookupClsName=null, txManagerFactory=null, useJtaSync=false], cacheSanityCheckEnabled=true, discoStartupDelay=60000, deployMode=SHARED, p2pMissedCacheSize=100, locHost=null, timeSrvPortBase=31100, timeSrvPortRange=100, failureDetectionTimeout=10000, sysWorkerBlockedTimeout=null, clientFailureDetectionTimeout=30000, metricsLogFreq=60000, connectorCfg=ConnectorConfiguration [jettyPath=null, host=null, port=11211, noDelay=true, directBuf=false, sndBufSize=32768, rcvBufSize=32768, idleQryCurTimeout=600000, idleQryCurCheckFreq=60000, sndQueueLimit=0, selectorCnt=4, idleTimeout=7000, sslEnabled=false, sslClientAuth=false, sslFactory=null, portRange=100, threadPoolSize=8, msgInterceptor=null], odbcCfg=null, warmupClos=null, atomicCfg=AtomicConfiguration [seqReserveSize=1000, cacheMode=PARTITIONED, backups=1, aff=null, grpName=null], classLdr=null, sslCtxFactory=null, platformCfg=null, binaryCfg=null, memCfg=null, pstCfg=null, dsCfg=DataStorageConfiguration [pageSize=4096, concLvl=0, sysDataRegConf=org.apache.ignite.configuration.SystemDataRegionConfiguration@{hexid(r, 8)}, dfltDataRegConf=DataRegionConfiguration [name=default, maxSize=3221225472, initSize=268435456, swapPath=null, pageEvictionMode=DISABLED, evictionThreshold=0.9, emptyPagesPoolSize=100, metricsEnabled=true, metricsSubIntervalCount=5, metricsRateTimeInterval=60000, persistenceEnabled=true, checkpointPageBufSize=0, lazyMemoryAllocation=true, warmUpCfg=null, memoryAllocator=null, cdcEnabled=false], dataRegions=null, walArchivePath=/persistence/wal/archive, walMode=LOG_ONLY, walSegments=10, walSegmentSize=67108864, checkpointFreq=180000], activeOnStart=true, autoActivation=true, longQryWarnTimeout=3000, sqlConnCfg=null, cliConnCfg=ClientConnectorConfiguration [host=null, port=10800, portRange=100, sockSndBufSize=0, sockRcvBufSize=0, tcpNoDelay=true, maxOpenCursorsPerConn=128, threadPoolSize=8, idleTimeout=0, handshakeTimeout=10000, jdbcEnabled=true, odbcEnabled=true, thinCliEnabled=true, sslEnabled=false, useIgniteSslCtxFactory=true, sslClientAuth=false, sslCtxFactory=null, thinCliCfg=ThinClientConfiguration [maxActiveTxPerConn=100, maxActiveComputeTasksPerConn=0, sendServerExcStackTraceToClient=false]], mvccVacuumThreadCnt=2, mvccVacuumFreq=5000, authEnabled=false, failureHnd=null, commFailureRslvr=null, sqlCfg=SqlConfiguration [longQryWarnTimeout=3000, dfltQryTimeout=0, sqlQryHistSize=1000, validationEnabled=false]]",
        )
        t = E(f, t, m, k, "OS: %s", "Linux 5.15.0-1057-aws amd64")
        t = E(f, t, m, k, "PID: %d", 1)
        t = E(f, t, m, k, "Language runtime: %s", "Java Platform API Specification ver. 11")
        t = E(
            f,
            t,
            m,
            k,
            "VM information: %s",
            "OpenJDK Runtime Environment 11.0.22+7 Eclipse Adoptium OpenJDK 64-Bit Server VM 11.0.22+7",
        )
        t = E(f, t, m, k, "VM total memory: %.1fGB", 4.0)
        t = E(
            f,
            t,
            m,
            k,
            "Remote Management [restart: %s, REST: %s, JMX (remote: %s)]",
            "off",
            "on",
            "off",
        )
        t = E(
            f,
            t,
            m,
            k,
            "Logger: %s",
            f"Log4J2Logger [quiet=true, config={IG_HOME}/config/ignite-log4j2.xml]",
        )
        t = E(f, t, m, k, "IGNITE_HOME=%s", IG_HOME)
        t = E(
            f,
            t,
            m,
            k,
            "VM arguments: %s",
            "[-XX:+AggressiveOpts, -Xms4g, -Xmx4g, -XX:+UseG1GC, -XX:+DisableExplicitGC, -DIGNITE_QUIET=true, -DIGNITE_SUCCESS_FILE=/opt/ignite/apache-ignite/work/ignite_success_"
            + uuid4(r)
            + f", -DIGNITE_HOME={IG_HOME}, -DIGNITE_PROG_NAME=/opt/ignite/apache-ignite/bin/ignite.sh]",
        )
        t = E(
            f,
            t,
            m,
            k,
            "System cache's DataRegion size is configured to %d MB. Use DataStorageConfiguration.systemRegionInitialSize property to change the setting.",
            40,
        )
        t = E(
            f,
            t,
            m,
            k,
            "Configured caches [in '%s' dataRegion: [%s], in '%s' dataRegion: [%s]]",
            "sysMemPlc",
            "'ignite-sys-cache'",
            "default",
            ", ".join(f"'{c}'" for c in IG_CACHES),
        )
        t = E(f, t, m, k, "3-rd party licenses can be found at: %s", f"{IG_HOME}/libs/licenses")
        t = E(
            f,
            t,
            m,
            k,
            "Configured failure handler: [hnd=%s]",
            "StopNodeOrHaltFailureHandler [tryStop=false, timeout=0, super=AbstractFailureHandler [ignoredFailureTypes=UnmodifiableSet [SYSTEM_WORKER_BLOCKED, SYSTEM_CRITICAL_OPERATION_TIMEOUT]]]",
        )
        t = E(
            f,
            t + secs(r, 0.05, 0.2),
            m,
            "TcpCommunicationSpi",
            "Successfully bound communication NIO server to TCP port [port=%d, locHost=%s, selectorsCnt=%d, selectorSpins=%d, pairedConn=%s]",
            47100,
            "0.0.0.0/0.0.0.0",
            4,
            0,
            "false",
        )
        t = E(
            f,
            t,
            m,
            "TcpCommunicationSpi",
            "Message queue limit is set to 0 which may lead to potential OOMEs when running cache operations in FULL_ASYNC or PRIMARY_SYNC modes due to message queues growth on sender and receiver sides.",
            lvl="WARN",
        )
        t = E(
            f,
            t + secs(r, 0.05, 0.2),
            m,
            "FileWriteAheadLogManager",
            "Started write-ahead log manager [mode=%s]",
            "LOG_ONLY",
        )
        t = E(f, t, m, "IgniteCacheDatabaseSharedManager", "Data Regions Configured:")
        for reg, init, mx, pers in [
            ("sysMemPlc", "40.0 MiB", "100.0 MiB", "true"),
            ("default", "256.0 MiB", "3.0 GiB", "true"),
            ("metastoreMemPlc", "40.0 MiB", "100.0 MiB", "true"),
        ]:
            t = E(
                f,
                t,
                m,
                "IgniteCacheDatabaseSharedManager",
                "  ^-- %s [initSize=%s, maxSize=%s, persistence=%s, lazyMemoryAllocation=%s, cdc=%s]",
                reg,
                init,
                mx,
                pers,
                "true",
                "false",
            )
        for mem, pages, tbl, repl, cpb in [
            ("100.0 MiB", 24814, "1.9 MiB", "194.0 KiB", "100.0 MiB"),
            ("3.0 GiB", 761100, "59.9 MiB", "5.8 MiB", "766.6 MiB"),
        ]:
            t = E(
                f,
                t + secs(r, 0.01, 0.05),
                m,
                "PageMemoryImpl",
                "Started page memory [memoryAllocated=%s, pages=%d, tableSize=%s, replacementSize=%s, checkpointBuffer=%s]",
                mem,
                pages,
                tbl,
                repl,
                cpb,
            )
        cp = int(t.timestamp() * 1000) - r.randrange(10**5, 10**6)
        db = f"/persistence/db/{host[f].replace('-', '_')}"
        t = E(
            f,
            t + secs(r, 0.01, 0.05),
            m,
            "GridCacheDatabaseSharedManager",
            "Read checkpoint status [startMarker=%s, endMarker=%s]",
            f"{db}/cp/{cp}-{uuid4(r)}-START.bin",
            f"{db}/cp/{cp}-{uuid4(r)}-END.bin",
        )
        t = E(
            f,
            t + secs(r, 0.01, 0.05),
            m,
            "GridCacheDatabaseSharedManager",
            "Applying lost cache updates since last checkpoint record [lastMarked=WALPointer [idx=%d, fileOff=%d, len=%d], lastCheckpointId=%s]",
            r.randrange(300, 900),
            r.randrange(10**6, 6 * 10**7),
            r.randrange(2000, 20000),
            uuid4(r),
        )
        t = E(
            f,
            t + secs(r, 0.05, 3 if restart_ else 0.5),
            m,
            "GridCacheDatabaseSharedManager",
            "Finished applying WAL changes [updatesApplied=%d, time=%d ms]",
            r.randrange(0, 50000) if restart_ else 0,
            r.randrange(5, 3000),
        )
        t = E(
            f,
            t + secs(r, 0.1, 0.6),
            m,
            "GridCacheDatabaseSharedManager",
            "Finished restoring partition state for local groups [groupsProcessed=%d, partitionsProcessed=%d, time=%dms]",
            5,
            4116,
            r.randrange(100, 600),
        )
        t = E(
            f,
            t + secs(r, 0.01, 0.1),
            m,
            "ClientListenerProcessor",
            "Client connector processor has started on TCP port %d",
            10800,
        )
        t = E(
            f,
            t + secs(r, 0.01, 0.1),
            m,
            "TcpDiscoverySpi",
            "Successfully bound to TCP port [port=%d, localHost=%s, locNodeId=%s]",
            47500,
            "0.0.0.0/0.0.0.0",
            cur_id[f],
        )
        t += secs(r, 0.5, 2)
        servers = v if not restart_ else 3
        t = snapshot(f, t, v, servers, servers)
        t = exchange(f, t + secs(r, 0.01, 0.05), v, "NODE_JOINED", f)
        if restart_:
            for grp in IG_CACHES:
                for sup in ["n0", "n1"]:
                    t = E(
                        f,
                        t + secs(r, 0.01, 0.1),
                        "exchange-worker-#47",
                        "GridDhtPartitionDemander",
                        "Starting rebalance routine [%s, topVer=%s, supplier=%s, fullPartitions=%s, histPartitions=%s]",
                        grp,
                        topver(v),
                        cur_id[sup],
                        "[]",
                        r.choice(["[1-511]", "[0-509]", "[2-1021]"]),
                    )
            for i, grp in enumerate(IG_CACHES):
                for j, sup in enumerate(["n0", "n1"]):
                    ent = r.randrange(2000, 90000)
                    t = E(
                        f,
                        t + secs(r, 0.5, 4),
                        f"sys-#{70 + i}",
                        "GridDhtPartitionDemander",
                        "Completed rebalancing [grp=%s, supplier=%s, partitions=%d, entries=%d, duration=%dms, bytesRcvd=%.1f MB, bandwidth=%.1f MB/sec, histPartitions=%d, histEntries=%d, histBytesRcvd=%.1f MB, fullPartitions=%d, fullEntries=%d, fullBytesRcvd=%.1f B, topVer=%s, progress=%d/%d, rebalanceId=%d]",
                        grp,
                        cur_id[sup],
                        171,
                        ent,
                        r.randrange(500, 5000),
                        ent / 2400,
                        ent / 9000,
                        171,
                        ent,
                        ent / 2400,
                        0,
                        0,
                        0.0,
                        topver(v),
                        j + 1,
                        2,
                        2,
                    )
                t = E(
                    f,
                    t + secs(r, 0.001, 0.01),
                    f"sys-#{70 + i}",
                    "GridDhtPartitionDemander",
                    "Completed rebalance future: %s",
                    f"RebalanceFuture [grp=CacheGroupContext [grp={grp}], topVer={topver(v)}, rebalanceId=2, routines=2, receivedBytes={r.randrange(10**6, 10**8)}, receivedKeys={r.randrange(10**4, 10**5)}, partitionsLeft=0, startTime={int(t.timestamp() * 1000) - 5000}, endTime=-1, lastCancelledTime=-1, result=true]",
                )
        ack = [
            "",
            "",
            ">>> +----------------------------------------------------------------------+",
            f">>> Ignite ver. {IG_VER}",
            ">>> +----------------------------------------------------------------------+",
            ">>> OS name: Linux 5.15.0-1057-aws amd64",
            ">>> CPU(s): 4",
            ">>> Heap: 4.0GB",
            f">>> VM name: 1@{host[f]}",
            f">>> Local node [ID={cur_id[f].upper()}, order={order[f]}, clientMode=false]",
            f">>> Local node addresses: [{host[f]}.ignite.ignite.svc.cluster.local/{ip[f]}, /127.0.0.1]",
            ">>> Local ports: TCP:10800 TCP:11211 TCP:47100 TCP:47500 ",
            "",
        ]
        t = E(
            f,
            t + secs(r, 0.05, 0.3),
            m,
            k,
            "\\n\\n>>> +---+\\n>>> Ignite ver. %s\\n%s",
            msg="\n".join(ack),
        )
        return t

    # start-up: ignite-0 alone, then the others join
    ends = {}
    ends["n0"] = start("n0", t0, 1)
    ends["n1"] = start("n1", t0 + secs(r, 55, 65), 2)
    ends["n2"] = start("n2", t0 + secs(r, 115, 125), 3)
    ends["n2b"] = start("n2b", restart, 5, restart_=True)
    for n, v in [("n1", 2), ("n2", 3)]:
        for f in ["n0", "n1", "n2"]:
            if order[f] < order[n]:
                x = ends[n] - secs(r, 1.5, 2.5)
                x = E(
                    f,
                    x,
                    "disco-event-worker-#45",
                    "GridDiscoveryManager",
                    "Added new node to topology: %s",
                    disco_node(n),
                )
                x = snapshot(f, x, v, v, v)
                exchange(f, x + secs(r, 0.01, 0.05), v, "NODE_JOINED", n)

    def alive(f: str, t: datetime) -> bool:
        if f == "n2":
            return t < pause
        return True

    # metrics every minute
    for f in names:
        x = ends[f] + secs(r, 55, 62)
        up0 = ends[f]
        while x < t_end:
            if not alive(f, x):
                break
            up = x - up0
            servers = (
                2
                if (fail_t <= x < ends["n2b"])
                else (3 if x > ends["n2"] else (2 if x > ends["n1"] else 1))
            )
            heap = r.randrange(700, 3300)
            off = r.randrange(400, 2200)
            lines = [
                "",
                "Metrics for local node (to disable set 'metricsLogFrequency' to 0)",
                f"    ^-- Node [id={cur_id[f][:8]}, uptime={int(up.total_seconds()) // 3600:02d}:{int(up.total_seconds()) // 60 % 60:02d}:{int(up.total_seconds()) % 60:02d}.{r.randrange(1000):03d}]",
                f"    ^-- Cluster [hosts={servers}, CPUs={4 * servers}, servers={servers}, clients=0, topVer={5 if x > ends['n2b'] else (4 if x > fail_t else 3)}, minorTopVer=0]",
                f"    ^-- Network [addrs=[{ip[f]}, 127.0.0.1], discoPort=47500, commPort=47100]",
                f"    ^-- CPU [CPUs=4, curLoad={r.uniform(0.5, 40):.2f}%, avgLoad={r.uniform(2, 15):.2f}%, GC={r.choice([0, 0, 0, 0.03, 0.1])}%]",
                f"    ^-- Heap [used={heap}MB, free={100 - heap / 40.96:.2f}%, comm=4096MB]",
                f"    ^-- Off-heap memory [used={off}MB, free={100 - off / 32.68:.2f}%, allocated=3268MB]",
                f"    ^-- Page memory [pages={off * 250}]",
                "    ^--   sysMemPlc region [type=internal, persistence=true, lazyAlloc=false,",
                "      ...  initCfg=40MB, maxCfg=100MB, usedRam=0MB, freeRam=99.21%, allocRam=100MB, allocTotal=0MB]",
                "    ^--   default region [type=default, persistence=true, lazyAlloc=true,",
                f"      ...  initCfg=256MB, maxCfg=3072MB, usedRam={off}MB, freeRam={100 - off / 30.72:.2f}%, allocRam=3072MB, allocTotal={off + r.randrange(0, 300)}MB]",
                "    ^--   metastoreMemPlc region [type=internal, persistence=true, lazyAlloc=false,",
                "      ...  initCfg=40MB, maxCfg=100MB, usedRam=0MB, freeRam=99.95%, allocRam=0MB, allocTotal=0MB]",
                f"    ^-- Ignite persistence [used={off + r.randrange(0, 300)}MB]",
                f"    ^-- Outbound messages queue [size={r.choice([0, 0, 0, 1, 3])}]",
                "    ^-- Public thread pool [active=0, idle=0, qSize=0]",
                f"    ^-- System thread pool [active={r.choice([0, 0, 1])}, idle=8, qSize=0]",
                f"    ^-- Striped thread pool [active={r.choice([0, 0, 1, 2])}, idle=8, qSize=0]",
            ]
            E(
                f,
                x,
                "grid-timeout-worker-#22",
                "IgniteKernal",
                "\\nMetrics for local node (to disable set 'metricsLogFrequency' to 0)\\n%s",
                msg="\n".join(lines),
            )
            x += secs(r, 59.9, 60.1)
    # checkpoints
    for f in names:
        x = ends[f] + secs(r, 170, 185)
        while x < t_end:
            if not alive(f, x):
                break
            th = "db-checkpoint-thread-#59"
            pages = r.randrange(0, 9000) if r.random() < 0.9 else 0
            if pages == 0:
                E(
                    f,
                    x,
                    th,
                    "Checkpointer",
                    "Skipping checkpoint (no pages were modified) [checkpointBeforeLockTime=%dms, checkpointLockWait=%dms, checkpointListenersExecuteTime=%dms, checkpointLockHoldTime=%dms, reason='%s']",
                    r.randrange(0, 8),
                    0,
                    r.randrange(0, 5),
                    r.randrange(0, 4),
                    "timeout",
                )
            else:
                cid = uuid4(r)
                idx = r.randrange(300, 2000)
                y = E(
                    f,
                    x,
                    th,
                    "Checkpointer",
                    "Checkpoint started [checkpointId=%s, startPtr=WALPointer [idx=%d, fileOff=%d, len=%d], checkpointBeforeLockTime=%dms, checkpointLockWait=%dms, checkpointListenersExecuteTime=%dms, checkpointLockHoldTime=%dms, walCpRecordFsyncDuration=%dms, writeCheckpointEntryDuration=%dms, splitAndSortCpPagesDuration=%dms, pages=%d, reason='%s']",
                    cid,
                    idx,
                    r.randrange(10**6, 6 * 10**7),
                    r.randrange(9000, 20000),
                    r.randrange(2, 30),
                    0,
                    r.randrange(1, 20),
                    r.randrange(1, 10),
                    r.randrange(1, 40),
                    r.randrange(1, 10),
                    r.randrange(0, 20),
                    pages,
                    "timeout",
                )
                E(
                    f,
                    y + secs(r, 0.1, 2.5),
                    th,
                    "Checkpointer",
                    "Checkpoint finished [cpId=%s, pages=%d, markPos=WALPointer [idx=%d, fileOff=%d, len=%d], walSegmentsCovered=%s, markDuration=%dms, pagesWrite=%dms, fsync=%dms, total=%dms]",
                    cid,
                    pages,
                    idx,
                    r.randrange(10**6, 6 * 10**7),
                    r.randrange(9000, 20000),
                    r.choice(["[]", f"[{idx - 1} - {idx - 1}]", f"[{idx - 2} - {idx - 1}]"]),
                    r.randrange(10, 60),
                    r.randrange(40, 900),
                    r.randrange(50, 1500),
                    r.randrange(150, 2500),
                )
            x += secs(r, 179, 181)
    # slow SQL on the nodes that map it
    for x in poisson(r, t0 + timedelta(minutes=10), t_end, 900):
        f = r.choice(["n0", "n1"])
        sql, plan = r.choice(IG_SLOW_SQL)
        E(
            f,
            x,
            "long-qry-#52",
            "LongRunningQueryManager",
            "Query execution is too long [id=%s, duration=%dms, type=%s, distributedJoin=%s, enforceJoinOrder=%s, lazy=%s, schema=%s, sql='%s', plan=%s]",
            msg=f"Query execution is too long [id={cur_id[f][:8]}_{r.randrange(100, 9000)}, duration={r.randrange(3001, 14000)}ms, type=MAP, distributedJoin=false, enforceJoinOrder=false, lazy=false, schema=PUBLIC, sql='{sql}', plan="
            + "\n".join(plan)
            + "]",
        )
    # a deploy of the order service drops its thin clients
    for f in names:
        for _ in range(r.randrange(2, 5)):
            E(
                f,
                at(9, 30, 5) + secs(r, 0, 40),
                f"client-connector-#{r.randrange(60, 68)}",
                "ClientListenerNioListener",
                "Client disconnected abruptly due to network connection loss or because the connection was left open on application shutdown. [cls=%s, msg=%s]",
                lvl="WARN",
                msg="Client disconnected abruptly due to network connection loss or because the connection was left open on application shutdown. [cls=class o.a.i.i.util.nio.GridNioException, msg=Connection reset by peer]",
            )

    # ignite-2's long pause
    x = pause + timedelta(seconds=13, milliseconds=r.randrange(1000))
    E(
        "n2",
        x,
        "jvm-pause-detector-worker",
        "IgniteKernal",
        "Possible too long JVM pause: %d milliseconds.",
        13412,
        lvl="WARN",
    )
    for k in range(2):
        E(
            "n0",
            pause + timedelta(seconds=5 + 5 * k) + secs(r, 0, 0.5),
            "tcp-disco-msg-worker-[crd]-#2-#48",
            "TcpDiscoverySpi",
            "Timed out waiting for message delivery receipt (most probably, the reason is in long GC pauses on remote node; consider tuning GC and increasing 'ackTimeout' configuration property). Will retry to send message with increased timeout [currentTimeout=%d, rmtAddr=%s, rmtPort=%d]",
            10000 * (k + 1),
            f"{host['n2']}.ignite.ignite.svc.cluster.local/{ip['n2']}:47500",
            47500,
            lvl="WARN",
        )
    y = E(
        "n0",
        fail_t - secs(r, 0.5, 1),
        "tcp-disco-msg-worker-[crd]-#2-#48",
        "TcpDiscoverySpi",
        "Failed to send message to next node [msg=%s, next=%s, errMsg=%s]",
        lvl="WARN",
        msg=f"Failed to send message to next node [msg=TcpDiscoveryMetricsUpdateMessage [super=TcpDiscoveryAbstractMessage [sndNodeId=null, id={hexid(r, 11)}-{cur_id['n0']}, verifierNodeId={cur_id['n0']}, topVer=0, pendingIdx=0, failedNodes=null, isClient=false]], next={disco_node('n2')}, errMsg=Failed to send message to next node [msg=TcpDiscoveryMetricsUpdateMessage [...], next=ClusterNode [id={cur_id['n2']}, order=3, addr=[{ip['n2']}, 127.0.0.1], daemon=false]]]",
    )
    E(
        "n0",
        y + secs(r, 0.001, 0.01),
        "tcp-disco-msg-worker-[crd]-#2-#48",
        "TcpDiscoverySpi",
        "Local node has detected failed nodes and started cluster-wide procedure. To speed up failure detection please see 'Failure Detection' section under javadoc for 'TcpDiscoverySpi'",
        lvl="WARN",
    )
    for f in ["n0", "n1"]:
        x = fail_t + secs(r, 0.01, 0.2)
        x = E(
            f,
            x,
            "disco-event-worker-#45",
            "GridDiscoveryManager",
            "Node FAILED: %s",
            disco_node("n2"),
            lvl="WARN",
        )
        x = snapshot(f, x, 4, 2, 2)
        exchange(f, x + secs(r, 0.01, 0.05), 4, "NODE_FAILED", "n2")
    # ignite-1's connection to ignite-2 reset
    E(
        "n1",
        fail_t - secs(r, 2, 4),
        "grid-nio-worker-tcp-comm-1-#25",
        "TcpCommunicationSpi",
        "Failed to process selector key [ses=%s]",
        lvl="ERROR",
        msg=f"Failed to process selector key [ses=GridSelectorNioSessionImpl [worker=DirectNioClientWorker [super=AbstractNioClientWorker [idx=1, bytesRcvd={r.randrange(10**8, 10**9)}, bytesSent={r.randrange(10**8, 10**9)}, bytesRcvd0=0, bytesSent0=0, select=true, super=GridWorker [name=grid-nio-worker-tcp-comm-1, igniteInstanceName=null, finished=false, heartbeatTs={int(fail_t.timestamp() * 1000)}, hashCode={r.randrange(10**8, 10**9)}, interrupted=false, runner=grid-nio-worker-tcp-comm-1-#25]]], writeBuf=java.nio.DirectByteBuffer[pos=0 lim=32768 cap=32768], readBuf=java.nio.DirectByteBuffer[pos=0 lim=32768 cap=32768], inRecovery=GridNioRecoveryDescriptor [acked=2240, resendCnt=0, rcvCnt=2259, sentCnt=2241, reserved=true, lastAck=2240, nodeLeft=false, node=TcpDiscoveryNode [id={cur_id['n2']}, consistentId={host['n2']}, ...], connected=true, connectCnt=1, queueLimit=4096, reserveCnt=1, pairedConnections=false], closeSocket=true, outboundMessagesQueueSizeMetric=o.a.i.i.processors.metric.impl.LongAdderMetric@{hexid(r, 8)}, super=GridNioSessionImpl [locAddr=/{ip['n1']}:47100, rmtAddr=/{ip['n2']}:51874, createTime={int(t0.timestamp() * 1000) + 125000}, closeTime=0, bytesSent={r.randrange(10**8, 10**9)}, bytesRcvd={r.randrange(10**8, 10**9)}, bytesSent0=0, bytesRcvd0=0, sndSchedTime={int(fail_t.timestamp() * 1000)}, lastSndTime={int(fail_t.timestamp() * 1000)}, lastRcvTime={int(pause.timestamp() * 1000)}, readsPaused=false, filterChain=FilterChain[filters=[GridNioCodecFilter [parser=o.a.i.i.util.nio.GridDirectParser@{hexid(r, 8)}, directMode=true], GridConnectionBytesVerifyFilter], accepted=true, markedForClose=false]]]",
        cont=[
            "java.io.IOException: Connection reset by peer",
            *jframes(
                "sun.nio.ch.FileDispatcherImpl.read0(Native Method)",
                "sun.nio.ch.SocketDispatcher.read(SocketDispatcher.java:39)",
                "sun.nio.ch.IOUtil.readIntoNativeBuffer(IOUtil.java:276)",
                "sun.nio.ch.IOUtil.read(IOUtil.java:233)",
                "sun.nio.ch.IOUtil.read(IOUtil.java:223)",
                "sun.nio.ch.SocketChannelImpl.read(SocketChannelImpl.java:358)",
                "org.apache.ignite.internal.util.nio.GridNioServer$DirectNioClientWorker.processRead(GridNioServer.java:1351)",
                "org.apache.ignite.internal.util.nio.GridNioServer$AbstractNioClientWorker.processSelectedKeysOptimized(GridNioServer.java:2526)",
                "org.apache.ignite.internal.util.nio.GridNioServer$AbstractNioClientWorker.bodyInternal(GridNioServer.java:2281)",
                "org.apache.ignite.internal.util.nio.GridNioServer$AbstractNioClientWorker.body(GridNioServer.java:1910)",
                "org.apache.ignite.internal.util.worker.GridWorker.run(GridWorker.java:125)",
                "java.lang.Thread.run(Thread.java:829)",
                jar=IG_JAR,
            ),
        ],
    )
    # on ignite-2, after the pause
    x = pause + timedelta(seconds=13, milliseconds=600)
    x = E(
        "n2",
        x,
        "tcp-disco-msg-worker-[]-#2-#48",
        "G",
        "Blocked system-critical thread has been detected. This can lead to cluster-wide undefined behaviour [workerName=%s, threadName=%s, blockedFor=%ds]",
        "partition-exchanger",
        "exchange-worker-#47",
        13,
        lvl="ERROR",
    )
    dump = [
        f'Thread [name="exchange-worker-#47", id=81, state=TIMED_WAITING, blockCnt=2, waitCnt={r.randrange(300, 900)}]',
        f"    Lock [object=java.util.concurrent.locks.AbstractQueuedSynchronizer$ConditionObject@{hexid(r, 8)}, ownerName=null, ownerId=-1]",
        "        at java.base@11.0.22/jdk.internal.misc.Unsafe.park(Native Method)",
        "        at java.base@11.0.22/java.util.concurrent.locks.LockSupport.parkNanos(LockSupport.java:234)",
        "        at java.base@11.0.22/java.util.concurrent.locks.AbstractQueuedSynchronizer$ConditionObject.await(AbstractQueuedSynchronizer.java:2123)",
        "        at java.base@11.0.22/java.util.concurrent.LinkedBlockingQueue.poll(LinkedBlockingQueue.java:458)",
        "        at o.a.i.i.processors.cache.GridCachePartitionExchangeManager$ExchangeWorker.body0(GridCachePartitionExchangeManager.java:3164)",
        "        at o.a.i.i.processors.cache.GridCachePartitionExchangeManager$ExchangeWorker.body(GridCachePartitionExchangeManager.java:3112)",
        "        at o.a.i.i.util.worker.GridWorker.run(GridWorker.java:125)",
        "        at java.base@11.0.22/java.lang.Thread.run(Thread.java:829)",
        "",
    ]
    x = E(
        "n2",
        x,
        "tcp-disco-msg-worker-[]-#2-#48",
        "G",
        "Thread [name=%s, id=%d, state=%s, blockCnt=%d, waitCnt=%d]\\n%s",
        lvl="WARN",
        msg="\n".join(dump),
    )
    err = f"class o.a.i.IgniteException: GridWorker [name=partition-exchanger, igniteInstanceName=null, finished=false, heartbeatTs={int(pause.timestamp() * 1000)}]"
    x = E(
        "n2",
        x,
        "tcp-disco-msg-worker-[]-#2-#48",
        "IgniteKernal",
        "Critical system error detected. Will be handled accordingly to configured handler [hnd=%s, failureCtx=FailureContext [type=%s, err=%s]]",
        lvl="ERROR",
        msg=f"Critical system error detected. Will be handled accordingly to configured handler [hnd=StopNodeOrHaltFailureHandler [tryStop=false, timeout=0, super=AbstractFailureHandler [ignoredFailureTypes=UnmodifiableSet [SYSTEM_WORKER_BLOCKED, SYSTEM_CRITICAL_OPERATION_TIMEOUT]]], failureCtx=FailureContext [type=SYSTEM_WORKER_BLOCKED, err={err}]]",
        cont=[
            f"org.apache.ignite.IgniteException: GridWorker [name=partition-exchanger, igniteInstanceName=null, finished=false, heartbeatTs={int(pause.timestamp() * 1000)}]",
            *jframes(
                "org.apache.ignite.internal.IgnitionEx$IgniteNamedInstance$3.apply(IgnitionEx.java:1806)",
                "org.apache.ignite.internal.IgnitionEx$IgniteNamedInstance$3.apply(IgnitionEx.java:1801)",
                "org.apache.ignite.internal.worker.WorkersRegistry.onIdle(WorkersRegistry.java:234)",
                "org.apache.ignite.internal.util.worker.GridWorker.onIdle(GridWorker.java:298)",
                "org.apache.ignite.spi.discovery.tcp.ServerImpl$RingMessageWorker.lambda$new$0(ServerImpl.java:2944)",
                "org.apache.ignite.spi.discovery.tcp.ServerImpl$MessageWorker.body(ServerImpl.java:8071)",
                "org.apache.ignite.spi.discovery.tcp.ServerImpl$RingMessageWorker.body(ServerImpl.java:3102)",
                "org.apache.ignite.internal.util.worker.GridWorker.run(GridWorker.java:125)",
                "org.apache.ignite.spi.discovery.tcp.ServerImpl$MessageWorkerThread.body(ServerImpl.java:8002)",
                "org.apache.ignite.spi.IgniteSpiThread.run(IgniteSpiThread.java:58)",
                jar=IG_JAR,
            ),
        ],
    )
    x = E(
        "n2",
        x + secs(r, 0.01, 0.05),
        "tcp-disco-msg-worker-[]-#2-#48",
        "TcpDiscoverySpi",
        "Node is out of topology (probably, due to short-time network problems).",
        lvl="WARN",
    )
    x = E(
        "n2",
        x + secs(r, 0.001, 0.01),
        "disco-event-worker-#45",
        "GridDiscoveryManager",
        "Local node SEGMENTED: %s",
        msg=f"Local node SEGMENTED: TcpDiscoveryNode [id={cur_id['n2']}, consistentId={host['n2']}, addrs=ArrayList [{ip['n2']}, 127.0.0.1], sockAddrs=HashSet [{host['n2']}.ignite.ignite.svc.cluster.local/{ip['n2']}:47500, /127.0.0.1:47500], discPort=47500, order=3, intOrder=3, lastExchangeTime={int(x.timestamp() * 1000)}, loc=true, ver={IG_VER}, isClient=false]",
        lvl="WARN",
    )
    x = E(
        "n2",
        x + secs(r, 0.001, 0.01),
        "disco-event-worker-#45",
        "IgniteKernal",
        "Critical system error detected. Will be handled accordingly to configured handler [hnd=%s, failureCtx=FailureContext [type=%s, err=%s]]",
        lvl="ERROR",
        msg="Critical system error detected. Will be handled accordingly to configured handler [hnd=StopNodeOrHaltFailureHandler [tryStop=false, timeout=0, super=AbstractFailureHandler [ignoredFailureTypes=UnmodifiableSet [SYSTEM_WORKER_BLOCKED, SYSTEM_CRITICAL_OPERATION_TIMEOUT]]], failureCtx=FailureContext [type=SEGMENTATION, err=null]]",
    )
    x = E(
        "n2",
        x + secs(r, 0.001, 0.01),
        "node-stopper",
        "IgniteKernal",
        "Ignite node is in invalid state due to a critical failure.",
        lvl="ERROR",
    )
    x = E(
        "n2",
        x + secs(r, 0.001, 0.01),
        "node-stopper",
        "G",
        "Stopping local node on Ignite failure: [failureCtx=%s]",
        "FailureContext [type=SEGMENTATION, err=null]",
        lvl="ERROR",
    )
    up = x - ends["n2"]
    E(
        "n2",
        x + secs(r, 0.5, 2),
        "node-stopper",
        "IgniteKernal",
        "\\n\\n>>> +---+\\n>>> Ignite ver. %s stopped OK\\n%s",
        msg="\n".join(
            [
                "",
                "",
                ">>> +---------------------------------------------------------------------------------+",
                f">>> Ignite ver. {IG_VER} stopped OK",
                ">>> +---------------------------------------------------------------------------------+",
                ">>> Ignite instance name: null",
                f">>> Grid uptime: {int(up.total_seconds()) // 3600:02d}:{int(up.total_seconds()) // 60 % 60:02d}:{int(up.total_seconds()) % 60:02d}.{r.randrange(1000):03d}",
                "",
                "",
            ]
        ),
    )
    # the restarted node rejoins
    for f in ["n0", "n1"]:
        x = ends["n2b"] - secs(r, 12, 14)
        x = E(
            f,
            x,
            "disco-event-worker-#45",
            "GridDiscoveryManager",
            "Added new node to topology: %s",
            disco_node("n2b"),
        )
        x = snapshot(f, x, 5, 3, 3)
        exchange(f, x + secs(r, 0.01, 0.05), 5, "NODE_JOINED", "n2b")
    return o.logs(t0, {n: f"ignite-{cur_id[n][:8]}.log" for n in names})


# --------------------------------------------------------------------------------- valkey

VK_OVERCOMMIT = "WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition. Being disabled, it can also cause failures without low memory condition, see https://github.com/jemalloc/jemalloc/issues/1328. To fix this issue add 'vm.overcommit_memory = 1' to /etc/sysctl.conf and then reboot or run the command 'sysctl vm.overcommit_memory=1' for this to take effect."


def valkey(r: random.Random) -> list[Log]:
    """A Valkey 8.0 cluster in Kubernetes, 06:00 to 12:00: valkey-0/1/2 primaries of the three
    slot ranges, valkey-3 the replica of valkey-0 (`save 300 100`, diskless sync, node timeout
    15 s). The pods start at 06:00 from their nodes.conf and RDB files; the replica resyncs
    partially; each node saves every five minutes or so (a forked child's two lines); a slow
    pub/sub consumer is killed for its output buffer now and then. At 09:18:40 valkey-0 is
    killed for memory: the replica loses its primary and retries every second, the others
    mark it failing, valkey-3 wins the election for epoch 7 and takes over the slots. valkey-0
    is restarted at 09:21 and becomes a replica of valkey-3 with a full resync."""

    def head(t: datetime, lvl: str, ctx: str) -> str:
        return f"{ctx} {t:%d %b %Y %H:%M:%S}.{ms(t)} {lvl} "

    names = ["v0", "v1", "v2", "v3"]
    o = Out(1000, names, head)
    t0, t_end = at(6, 0, 2), at(12, 0, 0)
    nid = {n: hexid(r, 40) for n in names}
    hn = {"v0": "valkey-0", "v1": "valkey-1", "v2": "valkey-2", "v3": "valkey-3"}
    ipa = {"v0": "10.42.0.17", "v1": "10.42.1.9", "v2": "10.42.2.14", "v3": "10.42.1.23"}
    shard = {"v0": hexid(r, 40), "v1": hexid(r, 40), "v2": hexid(r, 40)}
    shard["v3"] = shard["v0"]
    killed, back = at(9, 18, 40), at(9, 21, 3)
    replid = {"v0": hexid(r, 40), "v1": hexid(r, 40), "v2": hexid(r, 40)}
    offset = {"v0": 48213377, "v1": 51822012, "v2": 47190230}
    pids = {"next": 30}
    elect = killed + timedelta(seconds=15) + secs(r, 0.5, 1.5)

    def role_at(f: str, t: datetime) -> str:
        if f == "v3":
            return "M" if t >= elect + timedelta(seconds=2) else "S"
        if f == "v0":
            return "S" if t >= back + timedelta(seconds=8) else "M"
        return "M"

    def V(
        f: str,
        t: datetime,
        lvl: str,
        fmt: str,
        *args: object,
        msg: str | None = None,
        pid: int = 1,
        role_: str | None = None,
    ) -> datetime:
        return o.e(
            f, t, fmt, *args, lvl=lvl, ctx=f"{pid}:{role_ or role_at(f, t)}", msg=msg, proc=(f, pid)
        )

    def boot(f: str, t: datetime) -> datetime:
        t = V(f, t, "*", "oO0OoO0OoO0Oo Valkey is starting oO0OoO0OoO0Oo", role_="C")
        t = V(
            f,
            t,
            "*",
            "Valkey version=%s, bits=%d, commit=%s, modified=%d, pid=%d, just started",
            "8.0.1",
            64,
            "00000000",
            0,
            1,
            role_="C",
        )
        t = V(f, t, "*", "Configuration loaded", role_="C")
        t = V(f, t + secs(r, 0.0005, 0.002), "*", "monotonic clock: POSIX clock_gettime", role_="M")
        t = V(f, t, "*", "Running mode=%s, port=%d.", "cluster", 6379, role_="M")
        t = V(
            f,
            t + secs(r, 0.001, 0.005),
            "*",
            "Node configuration loaded, I'm %.40s",
            nid[f],
            role_="M",
        )
        t = V(f, t, "#", VK_OVERCOMMIT)
        t = V(f, t, "*", "Server initialized")
        t = V(f, t, "*", "Loading RDB produced by valkey version %s", "8.0.1")
        t = V(
            f,
            t,
            "*",
            "RDB age %d seconds",
            r.randrange(8, 40) if f != "v0" or t < killed else r.randrange(150, 400),
        )
        t = V(f, t, "*", "RDB memory usage when created %.2f Mb", r.uniform(600, 900))
        keys = r.randrange(1_700_000, 1_900_000)
        t = V(
            f,
            t + secs(r, 3, 6),
            "*",
            "Done loading RDB, keys loaded: %d, keys expired: %d.",
            keys,
            r.randrange(0, 400),
        )
        t = V(f, t, "*", "DB loaded from disk: %.3f seconds", r.uniform(3, 6))
        return V(f, t, "*", "Ready to accept connections %s", "tcp")

    def rdb_load(f: str, t: datetime) -> datetime:
        t = V(f, t, "*", "Loading RDB produced by valkey version %s", "8.0.1")
        t = V(f, t, "*", "RDB age %d seconds", 0)
        t = V(f, t, "*", "RDB memory usage when created %.2f Mb", r.uniform(600, 900))
        return V(
            f,
            t + secs(r, 3, 6),
            "*",
            "Done loading RDB, keys loaded: %d, keys expired: %d.",
            r.randrange(1_700_000, 1_900_000),
            r.randrange(0, 40),
        )

    ends = {}
    for i, f in enumerate(names):
        ends[f] = boot(f, t0 + secs(r, 0, 4) + timedelta(seconds=3 * i))
    last = max(ends.values()) + secs(r, 0.5, 2)
    for f in names:
        V(f, last + secs(r, 0, 0.3), "*", "Cluster state changed: %s", "ok")
    # the replica's partial resync with valkey-0
    x = ends["v3"] + secs(r, 0.01, 0.1)
    x = V(
        "v3",
        x,
        "*",
        "Before turning into a replica, using my own primary parameters to synthesize a cached primary: I may be able to synchronize with the new primary with just a partial transfer.",
    )
    x = V("v3", x, "*", "Connecting to PRIMARY %s:%d", ipa["v0"], 6379)
    x = V("v3", x, "*", "PRIMARY <-> REPLICA sync started")
    x = V("v3", x + secs(r, 0.001, 0.01), "*", "Non blocking connect for SYNC fired the event.")
    x = V(
        "v3", x + secs(r, 0.001, 0.01), "*", "Primary replied to PING, replication can continue..."
    )
    x = V(
        "v3",
        x,
        "*",
        "Trying a partial resynchronization (request %s:%d).",
        replid["v0"],
        offset["v0"] - 23110,
    )
    y = V(
        "v0",
        x + secs(r, 0.001, 0.005),
        "*",
        "Replica %s:%d asks for synchronization",
        ipa["v3"],
        6379,
    )
    V(
        "v0",
        y,
        "*",
        "Partial resynchronization request from %s:%d accepted. Sending %d bytes of backlog starting from offset %d.",
        ipa["v3"],
        6379,
        23110,
        offset["v0"] - 23110,
    )
    x = V("v3", x + secs(r, 0.005, 0.02), "*", "Successful partial resynchronization with primary.")
    V("v3", x, "*", "PRIMARY <-> REPLICA sync: Primary accepted a Partial Resynchronization.")

    def alive(f: str, t: datetime) -> bool:
        return f != "v0" or not (killed <= t < back + timedelta(seconds=8))

    # RDB saves
    for f in names:
        x = ends[f] + secs(r, 200, 300)
        while x < t_end:
            if not alive(f, x):
                x += secs(r, 280, 320)
                continue
            pids["next"] += r.randrange(40, 400)
            child = pids["next"]
            busy = r.random() < 0.6
            x = V(
                f,
                x,
                "*",
                "%d changes in %d seconds. Saving...",
                r.randrange(10000, 40000) if busy else r.randrange(100, 9999),
                60 if busy else 300,
            )
            x = V(f, x + secs(r, 0.001, 0.01), "*", "Background saving started by pid %d", child)
            done = x + secs(r, 2, 7)
            if f == "v0" and x < killed < done + timedelta(seconds=1):
                break
            y = V(f, done, "*", "DB saved on disk", pid=child, role_="C")
            V(
                f,
                y,
                "*",
                "Fork CoW for RDB: current %d MB, peak %d MB, average %d MB",
                r.randrange(4, 20),
                r.randrange(20, 40),
                r.randrange(3, 15),
                pid=child,
                role_="C",
            )
            V(f, y + secs(r, 0.05, 0.15), "*", "Background saving terminated with success")
            x += secs(r, 60, 300)
    # slow pub/sub consumers on valkey-1
    for x in poisson(r, t0 + timedelta(minutes=20), t_end, 2700):
        f = r.choice(["v1", "v2"])
        cid = r.randrange(10000, 99999)
        port = r.randrange(30000, 60000)
        V(
            f,
            x,
            "#",
            "Client %s scheduled to be closed ASAP for overcoming of output buffer limits.",
            msg=f"Client id={cid} addr=10.42.3.{r.randrange(2, 250)}:{port} laddr={ipa[f]}:6379 fd={r.randrange(20, 200)} name=notifier age={r.randrange(60, 9000)} idle=0 flags=P db=0 sub=0 psub=1 ssub=0 multi=-1 watch=0 qbuf=0 qbuf-free=0 argv-mem=0 multi-mem=0 rbs=1024 rbp=0 obl=0 oll={r.randrange(900, 9000)} omem={r.randrange(33554432, 60000000)} tot-mem={r.randrange(33554432, 60000000)} events=rw cmd=psubscribe user=default redir=-1 resp=2 lib-name=ioredis lib-ver=5.4.1 tot-net-in={r.randrange(1000, 90000)} tot-net-out={r.randrange(10**8, 10**9)} tot-cmds={r.randrange(10, 900)} scheduled to be closed ASAP for overcoming of output buffer limits.",
        )

    # valkey-0 is killed
    x = killed + secs(r, 0.01, 0.3)
    x = V("v3", x, "#", "Connection with primary lost.")
    x = V("v3", x, "*", "Caching the disconnected primary state.")
    x = V("v3", x, "*", "Reconnecting to PRIMARY %s:%d after failure", ipa["v0"], 6379)
    x = V("v3", x, "*", "PRIMARY <-> REPLICA sync started")
    y = x + secs(r, 0.5, 1)
    while y < elect + timedelta(seconds=1):
        V("v3", y, "#", "Error condition on socket for SYNC: %s", "Connection refused")
        y = V("v3", y + secs(r, 0.9, 1.0), "*", "Connecting to PRIMARY %s:%d", ipa["v0"], 6379)
        y = V("v3", y, "*", "PRIMARY <-> REPLICA sync started")
        y += secs(r, 0.001, 0.01)
    # the failure detected
    x = V(
        "v1",
        elect - secs(r, 0.3, 0.6),
        "*",
        "Marking node %.40s (%s) as failing (quorum reached).",
        nid["v0"],
        hn["v0"],
    )
    V("v1", x, "#", "Cluster state changed: %s", "fail")
    for f in ["v2", "v3"]:
        y = V(
            f,
            x + secs(r, 0.001, 0.01),
            "*",
            "FAIL message received from %.40s (%s) about %.40s (%s)",
            nid["v1"],
            hn["v1"],
            nid["v0"],
            hn["v0"],
        )
        V(f, y, "#", "Cluster state changed: %s", "fail")
    x = V(
        "v3",
        x + secs(r, 0.005, 0.02),
        "#",
        "Start of election delayed for %d milliseconds (rank #%d, offset %d).",
        r.randrange(500, 1000),
        0,
        offset["v0"] + 88120,
    )
    x = V("v3", x + secs(r, 0.5, 1), "#", "Starting a failover election for epoch %d.", 7)
    for f in ["v1", "v2"]:
        y = V(
            f,
            x + secs(r, 0.001, 0.01),
            "#",
            "Failover auth granted to %.40s (%s) for epoch %d",
            nid["v3"],
            hn["v3"],
            7,
        )
    x = V("v3", x + secs(r, 0.01, 0.03), "#", "Failover election won for epoch %d.", 7, role_="S")
    x = V("v3", x, "#", "configEpoch set to %d after successful failover", 7, role_="M")
    newid = hexid(r, 40)
    x = V(
        "v3",
        x,
        "*",
        "Setting secondary replication ID to %s, valid up to offset: %d. New replication ID is %s",
        replid["v0"],
        offset["v0"] + 88121,
        newid,
        role_="M",
    )
    x = V("v3", x, "*", "Discarding previously cached primary state.", role_="M")
    x = V("v3", x + secs(r, 0.05, 0.2), "#", "Cluster state changed: %s", "ok", role_="M")
    for f in ["v1", "v2"]:
        V(f, x + secs(r, 0.01, 0.1), "#", "Cluster state changed: %s", "ok")
    # valkey-0 back, as a replica of valkey-3
    e0 = boot("v0", back)
    x = V(
        "v0",
        e0 + secs(r, 0.2, 0.8),
        "*",
        "Configuration change detected. Reconfiguring myself as a replica of node %.40s (%s) in shard %.40s",
        nid["v3"],
        hn["v3"],
        shard["v0"],
    )
    x = V(
        "v0",
        x,
        "*",
        "Before turning into a replica, using my own primary parameters to synthesize a cached primary: I may be able to synchronize with the new primary with just a partial transfer.",
        role_="S",
    )
    x = V("v0", x, "*", "Connecting to PRIMARY %s:%d", ipa["v3"], 6379, role_="S")
    x = V("v0", x, "*", "PRIMARY <-> REPLICA sync started", role_="S")
    for f in ["v1", "v2", "v3"]:
        V(
            f,
            x + secs(r, 0.01, 0.3),
            "*",
            "Clear FAIL state for node %.40s (%s):%s is reachable again.",
            nid["v0"],
            hn["v0"],
            "replica",
        )
    x = V(
        "v0",
        x + secs(r, 0.001, 0.01),
        "*",
        "Non blocking connect for SYNC fired the event.",
        role_="S",
    )
    x = V(
        "v0",
        x + secs(r, 0.001, 0.01),
        "*",
        "Primary replied to PING, replication can continue...",
        role_="S",
    )
    x = V(
        "v0",
        x,
        "*",
        "Trying a partial resynchronization (request %s:%d).",
        replid["v0"],
        offset["v0"] - 120034,
        role_="S",
    )
    y = V(
        "v3",
        x + secs(r, 0.001, 0.005),
        "*",
        "Replica %s:%d asks for synchronization",
        ipa["v0"],
        6379,
    )
    y = V(
        "v3",
        y,
        "*",
        "Partial resynchronization not accepted: %s",
        msg=f"Partial resynchronization not accepted: Requested offset for second ID was {offset['v0'] - 120034}, but I can reply up to {offset['v0'] + 88121}",
    )
    y = V("v3", y, "*", "Starting BGSAVE for SYNC with target: %s", "replicas sockets")
    pids["next"] += 211
    child = pids["next"]
    y = V("v3", y + secs(r, 0.001, 0.01), "*", "Background RDB transfer started by pid %d", child)
    x = V(
        "v0",
        x + secs(r, 0.005, 0.01),
        "*",
        "Full resync from primary: %s:%d",
        newid,
        offset["v0"] + 91230,
        role_="S",
    )
    x = V(
        "v0",
        x + secs(r, 0.001, 0.01),
        "*",
        "PRIMARY <-> REPLICA sync: receiving streamed RDB from primary with EOF to disk",
        role_="S",
    )
    z = V(
        "v3",
        y + secs(r, 4, 7),
        "*",
        "Fork CoW for RDB: current %d MB, peak %d MB, average %d MB",
        r.randrange(4, 20),
        r.randrange(20, 40),
        r.randrange(3, 15),
        pid=child,
        role_="C",
    )
    z = V(
        "v3",
        z + secs(r, 0.001, 0.01),
        "*",
        "Diskless rdb transfer, done reading from pipe, %d replicas still up.",
        1,
    )
    z = V("v3", z + secs(r, 0.05, 0.2), "*", "Background RDB transfer terminated with success")
    z = V(
        "v3",
        z,
        "*",
        "Streamed RDB transfer with replica %s:%d succeeded (socket). Waiting for REPLCONF ACK from replica to enable streaming",
        ipa["v0"],
        6379,
    )
    x = V(
        "v0",
        z + secs(r, 0.001, 0.01),
        "*",
        "PRIMARY <-> REPLICA sync: Flushing old data",
        role_="S",
    )
    x = V(
        "v0",
        x + secs(r, 0.2, 0.6),
        "*",
        "PRIMARY <-> REPLICA sync: Loading DB in memory",
        role_="S",
    )
    x = rdb_load("v0", x)
    x = V("v0", x, "*", "PRIMARY <-> REPLICA sync: Finished with success", role_="S")
    V(
        "v3",
        x + secs(r, 0.001, 0.01),
        "*",
        "Synchronization with replica %s:%d succeeded",
        ipa["v0"],
        6379,
    )
    V("v0", x + secs(r, 0.5, 2), "*", "Cluster state changed: %s", "ok", role_="S")
    return o.logs(t0, {n: f"{hn[n]}.log" for n in names})


# --------------------------------------------------------------------------------- surrealdb

SURREAL_LOGO = [
    " .d8888b.                                             888 8888888b.  888888b.",
    "d88P  Y88b                                            888 888  'Y88b 888  '88b",
    "Y88b.                                                 888 888    888 888  .88P",
    " 'Y888b.   888  888 888d888 888d888  .d88b.   8888b.  888 888    888 8888888K.",
    "    'Y88b. 888  888 888P'   888P'   d8P  Y8b     '88b 888 888    888 888  'Y88b",
    "      '888 888  888 888     888     88888888 .d888888 888 888    888 888    888",
    "Y88b  d88P Y88b 888 888     888     Y8b.     888  888 888 888  .d88P 888   d88P",
    " 'Y8888P'   'Y88888 888     888      'Y8888  'Y888888 888 8888888P'  8888888P'",
    "",
]
SR_UA = [
    "surrealdb.js/1.0.0-beta.9",
    "python-requests/2.32.3",
    "kube-probe/1.29",
    "Go-http-client/1.1",
]
SR_SQL = [
    (
        "POST",
        "/sql",
        [
            "SELECT * FROM product WHERE category = $category ORDER BY created_at DESC LIMIT 20",
            "SELECT count() FROM order WHERE status = 'pending' GROUP ALL",
        ],
    ),
    ("POST", "/sql", ["UPDATE inventory SET stock -= 1 WHERE sku = $sku RETURN AFTER"]),
    ("GET", "/key/product/%s", ["SELECT * FROM product:%s"]),
    ("POST", "/key/order", ["CREATE order CONTENT $data"]),
    (
        "POST",
        "/sql",
        [
            "BEGIN TRANSACTION",
            "CREATE payment CONTENT { order: $order, amount: $amount, provider: 'stripe' }",
            "UPDATE $order SET status = 'paid'",
            "COMMIT TRANSACTION",
        ],
    ),
]
SR_RPC = [
    ("query", "SELECT *, ->purchased->product.* AS items FROM customer:%s"),
    (
        "query",
        "SELECT * FROM order WHERE customer = customer:%s AND created_at > time::now() - 30d ORDER BY created_at DESC",
    ),
    ("select", "SELECT * FROM cart:%s"),
    ("merge", "UPDATE cart:%s MERGE $data RETURN AFTER"),
    ("query", "LET $c = (SELECT * FROM customer:%s); RETURN $c.addresses"),
    ("create", "CREATE session CONTENT $data RETURN AFTER"),
]


def surrealdb(r: random.Random) -> list[Log]:
    """SurrealDB 1.5.2 (`surreal start --log debug --user root --pass ... rocksdb:/data/shop.db`)
    serving a shop, 06:00 to 08:30: the storefront's SDK over WebSocket RPC (one upgrade each
    page session, then `query`/`select`/`merge`/`create` calls), a Python back office over
    HTTP `/sql` and `/key`, Kubernetes' probes of `/health` every 20 seconds. The volume fills
    at 07:20: writes fail (500s logged as `response failed`, transactions dropped, two panics
    with their note); at 07:36 the pod is stopped (SIGTERM) and restarted on a larger volume."""

    def head(t: datetime, lvl: str, ctx: str) -> str:
        return "" if lvl == "" else f"{us_iso(t)} {lvl:>5} {ctx}"

    o = Out(1, ["s"], head)
    t0, t_end = at(6, 0, 3), at(8, 30, 0)
    full, stop = at(7, 20, 10), at(7, 36, 40)
    up2 = stop + secs(r, 25, 40)

    def S(
        t: datetime,
        lvl: str,
        ctx: str,
        fmt: str,
        *args: object,
        msg: str | None = None,
        cont: list[str] | None = None,
    ) -> datetime:
        return o.e("s", t, fmt, *args, lvl=lvl, ctx=ctx, msg=msg, cont=cont or [])

    def boot(t: datetime) -> datetime:
        t = S(t, "", "", SURREAL_LOGO[0].strip() + "\\n%s", msg="\n".join(SURREAL_LOGO))
        t = S(
            t + secs(r, 0.0001, 0.001),
            "INFO",
            "surreal::env: ",
            "Running %s for %s on %s",
            "1.5.2",
            "linux",
            "x86_64",
        )
        t = S(
            t + secs(r, 0.00005, 0.0002),
            "INFO",
            "surreal::dbs: ",
            "✅🔒 Authentication is enabled 🔒✅",
        )
        t = S(
            t + secs(r, 0.00005, 0.0002),
            "DEBUG",
            "surreal::dbs: ",
            "Server capabilities: %s",
            "scripting=false, guest_access=false, live_query_notifications=true, allow_funcs=all, deny_funcs=none, allow_net=none, deny_net=none",
        )
        t = S(
            t + secs(r, 0.0001, 0.0005),
            "INFO",
            "surrealdb_core::kvs::ds: ",
            "Starting kvs store at %s",
            "rocksdb:/data/shop.db",
        )
        t = S(
            t + secs(r, 0.05, 0.4),
            "INFO",
            "surrealdb_core::kvs::ds: ",
            "Started kvs store at %s",
            "rocksdb:/data/shop.db",
        )
        t = S(
            t + secs(r, 0.001, 0.01),
            "WARN",
            "surrealdb_core::kvs::ds: ",
            "Credentials were provided, but existing root users were found. The root user '%s' will not be created",
            "root",
        )
        t = S(
            t,
            "WARN",
            "surrealdb_core::kvs::ds: ",
            "Consider removing the --user and --pass arguments from the server start command",
        )
        t = S(t + secs(r, 0.001, 0.005), "INFO", "surreal::node: ", "Started node agent")
        t = S(
            t + secs(r, 0.005, 0.03),
            "INFO",
            "surrealdb::net: ",
            "Started web server on %s",
            "0.0.0.0:8000",
        )
        return t

    def span(method: str, route: str, path: str, ua: str, body: int | None, ip: str) -> str:
        f = [
            f'otel.kind="server" http.request.method="{method}" url.path="{path}" network.protocol.name="http" network.protocol.version="1.1"'
        ]
        if body is not None:
            f.append(f'http.request.body.size="{body}"')
        if ua:
            f.append(f'user_agent.original="{ua}"')
        f.append(
            f'otel.name="{method} {route}" http.route="{route}" http.request.id="{uuid4(r)}" client.address="{ip}"'
        )
        return " ".join(f)

    def request(
        t: datetime,
        method: str,
        route: str,
        path: str,
        ua: str,
        ip: str,
        stmts: list[str],
        status: int,
        body: int | None = None,
    ) -> datetime:
        sp = span(method, route, path, ua, body, ip)
        t = S(
            t,
            "DEBUG",
            "request: surreal::net::tracer: ",
            f"started processing request {method} {route}",
            msg=f"started processing request {sp}",
        )
        for st in stmts:
            t = S(
                t + timedelta(microseconds=r.randrange(80, 900)),
                "DEBUG",
                "request: surrealdb_core::dbs::executor: ",
                "Executing: %s",
                msg=f"Executing: {st} {sp}",
            )
        lat = r.randrange(0, 40)
        t += timedelta(microseconds=r.randrange(200, 4000) + lat * 1000)
        size = r.randrange(40, 9000)
        if status >= 500:
            return S(
                t,
                "ERROR",
                "request: surreal::net::tracer: ",
                f"response failed {method} {route} {status}",
                msg=f'response failed error="Status code: {status} Internal Server Error" {sp} http.response.body.size="{size}" http.response.status_code={status} error_message="Status code: {status} Internal Server Error" http.latency.ms={lat}',
            )
        extra = f' http.response.body.size="{size}"' if status != 101 else ""
        return S(
            t,
            "DEBUG",
            "request: surreal::net::tracer: ",
            f"finished processing request {method} {route} {status}",
            msg=f"finished processing request {sp}{extra} http.response.status_code={status} http.latency.ms={lat}",
        )

    def up(t: datetime) -> bool:
        return t < stop or t >= up2

    boot(t0)
    # probes
    x = t0 + secs(r, 5, 20)
    while x < t_end:
        if up(x):
            request(x, "GET", "/health", "/health", "kube-probe/1.29", "10.244.0.1", [], 200)
        x += secs(r, 19.95, 20.05)
    # the storefront's sessions over RPC
    for s0 in poisson(r, t0 + timedelta(seconds=30), t_end, 75):
        if not up(s0):
            continue
        ip = f"10.244.{r.randrange(1, 4)}.{r.randrange(2, 250)}"
        request(s0, "GET", "/rpc", "/rpc", "", ip, [], 101)
        ws = uuid4(r)
        x = s0 + secs(r, 0.01, 0.05)
        for _ in range(r.randrange(1, 6)):
            if not up(x):
                break
            method, q = r.choice(SR_RPC)
            q = q % lower_id(r) if "%s" in q else q
            fields = f'otel.kind="server" rpc.service="surrealdb" ws.id={ws} rpc.method="{method}" otel.name="surrealdb.rpc/{method}"'
            x = S(
                x,
                "DEBUG",
                "rpc/call: surrealdb_core::dbs::executor: ",
                "Executing: %s",
                msg=f"Executing: {q} {fields}",
            )
            if full <= x < stop and method in ("merge", "create"):
                S(
                    x + secs(r, 0.001, 0.05),
                    "WARN",
                    "rpc/call: surrealdb_core::kvs::tx: ",
                    "A transaction was dropped without being committed or cancelled",
                    msg=f"A transaction was dropped without being committed or cancelled {fields}",
                )
            x += secs(r, 0.5, 40)
        if r.random() < 0.04 and up(x):
            S(
                x,
                "DEBUG",
                "surreal::rpc::connection: ",
                "WebSocket error: %s",
                msg="WebSocket error: "
                + r.choice(
                    [
                        'Io(Os { code: 32, kind: BrokenPipe, message: "Broken pipe" })',
                        'Io(Os { code: 104, kind: ConnectionReset, message: "Connection reset by peer" })',
                        "Protocol(ResetWithoutClosingHandshake)",
                    ]
                ),
            )
    # the back office over HTTP
    for x in poisson(r, t0 + timedelta(minutes=2), t_end, 30):
        if not up(x):
            continue
        method, route, stmts = r.choice(SR_SQL)
        key = lower_id(r)
        path = route % key if "%s" in route else route
        route_ = (
            "/key/:table/:key"
            if route.startswith("/key/product")
            else ("/key/:table" if route.startswith("/key") else route)
        )
        stmts = [s_ % key if "%s" in s_ else s_ for s_ in stmts]
        writes = any(w in " ".join(stmts) for w in ("UPDATE", "CREATE"))
        status = 200
        if r.random() < 0.02:
            status = r.choice([400, 401])
            stmts = [] if status == 401 else stmts[:1]
        if full <= x < stop and writes:
            status = 500
        request(
            x,
            method,
            route_,
            path,
            "python-requests/2.32.3",
            "10.244.2.31",
            stmts,
            status,
            body=r.randrange(60, 900) if method == "POST" else None,
        )
    # someone opens the server in a browser
    for x in poisson(r, t0 + timedelta(minutes=10), t_end, 1800):
        if up(x):
            request(
                x,
                "GET",
                "/",
                "/",
                "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
                "10.244.3.7",
                [],
                307,
            )
    # the disk fills: panics
    x = full + secs(r, 3, 10)
    while x < stop:
        S(
            x,
            "ERROR",
            "surreal::node: ",
            "Error running node agent tick: %s",
            msg="Error running node agent tick: There was a problem with a datastore transaction: IO error: No space left on device: While appending to file: /data/shop.db/001142.log: No space left on device",
        )
        x += secs(r, 9.99, 10.01)
    for x in [full + secs(r, 60, 200), full + secs(r, 400, 700)]:
        S(
            x + secs(r, 0.001, 0.01),
            "ERROR",
            "surreal::rpc::connection: ",
            "Error handling RPC connection: %s",
            msg=f"Error handling RPC connection: task {r.randrange(1000, 99999)} panicked",
        )
        S(
            x,
            "",
            "",
            "thread '%s' panicked at %s:%d:%d:\\ncalled `Result::unwrap()` on an `Err` value: %s",
            msg="thread 'tokio-runtime-worker' panicked at core/src/kvs/rocksdb/mod.rs:312:48:\ncalled `Result::unwrap()` on an `Err` value: Error { message: \"IO error: No space left on device: While appending to file: /data/shop.db/001142.log: No space left on device\" }",
            cont=["note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace"],
        )
    x = S(stop, "INFO", "surrealdb::net: ", "%s received. Start graceful shutdown...", "SIGTERM")
    x = S(x + secs(r, 0.5, 2), "INFO", "surrealdb::net: ", "Web server stopped. Bye!")
    S(x + secs(r, 0.001, 0.01), "INFO", "surreal::node: ", "Stopped node agent")
    boot(up2 - secs(r, 0.4, 0.6))
    return o.logs(t0, {"s": "surrealdb.log"})


def lower_id(r: random.Random) -> str:
    return "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(20))


# --------------------------------------------------------------------------------- memgraph

MG_MODULES = [
    "algo",
    "betweenness_centrality_online",
    "bridges",
    "collections",
    "community_detection",
    "conditional_execution",
    "create",
    "cycles",
    "date",
    "degree_centrality",
    "distance_calculator",
    "do",
    "export_util",
    "graph_analyzer",
    "graph_util",
    "import_util",
    "json_util",
    "katz_centrality",
    "label",
    "map",
    "merge",
    "meta",
    "meta_util",
    "neighbors",
    "node",
    "nodes",
    "node_similarity",
    "pagerank",
    "path",
    "periodic",
    "refactor",
    "set_property",
    "text",
    "util_module",
    "uuid_generator",
    "weakly_connected_components",
]
MG_APP = [
    ("MATCH (u:User {{id: $id}})-[:FOLLOWS]->(f:User) RETURN f.id, f.name LIMIT 50", 30),
    ("MATCH (u:User {{id: $id}}) RETURN u", 25),
    ("MERGE (u:User {{id: $id}}) SET u.last_seen = timestamp() RETURN u.id", 15),
    (
        "MATCH (a:User {{id: $a}}), (b:User {{id: $b}}) MERGE (a)-[:FOLLOWS {{since: timestamp()}}]->(b)",
        10,
    ),
    (
        "MATCH (u:User {{id: $id}})-[:LIKED]->(p:Post)<-[:LIKED]-(o:User)-[:LIKED]->(rec:Post) WHERE NOT (u)-[:LIKED]->(rec) RETURN rec.id, count(*) AS score ORDER BY score DESC LIMIT 20",
        8,
    ),
    ("CREATE (p:Post {{id: $id, author: $author, created: timestamp()}})", 7),
    ("MATCH (u:User {{id: $id}}), (p:Post {{id: $post}}) CREATE (u)-[:LIKED]->(p)", 12),
    ("SHOW STORAGE INFO", 1),
]


def memgraph(r: random.Random) -> list[Log]:
    """Memgraph 2.17 (MAGE image, `--log-level=DEBUG --storage-snapshot-interval-sec=300
    --memory-limit=12288`) behind a social app, 06:00 to 10:00, one daily log file. Start-up
    recovers the last snapshot and the WAL, recreates indices and loads MAGE's modules; the
    app's Bolt sessions run their queries (one `[Run - memgraph]` each); a snapshot every five
    minutes. At 07:40 a data scientist's path query hits the memory limit (three times); at
    08:15 a new Python query module fails to load for a missing package (its traceback in the
    warning), twice, then loads at 08:31; at 09:02 an upgrade restarts the server."""

    def head(t: datetime, lvl: str, ctx: str) -> str:
        return f"[{t:%Y-%m-%d %H:%M:%S}.{ms(t)}] [memgraph_log] [{lvl}] "

    o = Out(1000, ["m"], head)
    t0, t_end = at(6, 0, 5), at(10, 0, 0)
    restart = at(9, 2, 10)
    up2 = restart + secs(r, 8, 15)
    snap = {"n": 0}
    weights = [w for _, w in MG_APP]

    def M(
        t: datetime,
        lvl: str,
        fmt: str,
        *args: object,
        msg: str | None = None,
        cont: list[str] | None = None,
    ) -> datetime:
        return o.e("m", t, fmt, *args, lvl=lvl, ctx="", msg=msg, cont=cont or [])

    def snapshot_name(t: datetime) -> str:
        snap["n"] += 1
        return f"/var/lib/memgraph/snapshots/{t:%Y%m%d%H%M%S}{r.randrange(100000, 999999)}_timestamp_{12000000 + snap['n'] * 5171}"

    def boot(t: datetime) -> datetime:
        t = M(
            t,
            "warning",
            "Max virtual memory areas vm.max_map_count %d is too low, increase to at least %d",
            65530,
            262144,
        )
        t = M(
            t,
            "warning",
            "Running the server with a memory limit of %s.",
            msg="Running the server with a memory limit of 12.00GiB.",
        )
        t = M(
            t + secs(r, 0.01, 0.05),
            "info",
            "Recovering persisted data using snapshot (%s) and WAL directory (%s).",
            "/var/lib/memgraph/snapshots",
            "/var/lib/memgraph/wal",
        )
        t = M(
            t,
            "info",
            "Starting snapshot recovery from %s.",
            snapshot_name(t - timedelta(minutes=3)),
        )
        t = M(t + secs(r, 0.01, 0.05), "info", "Recovering metadata.")
        t = M(t, "info", "Recovering %d vertices.", r.randrange(2_400_000, 2_600_000))
        t = M(t + secs(r, 1, 3), "info", "Vertices are recovered.")
        t = M(t, "info", "Recovering %d edges.", r.randrange(18_000_000, 19_000_000))
        t = M(t + secs(r, 4, 9), "info", "Edges are recovered.")
        t = M(t, "info", "Recovering metadata of indices.")
        for lbl, prop in [("User", "id"), ("Post", "id"), ("User", "handle")]:
            t = M(t, "info", "Recovered metadata of label+property index on :%s(%s).", lbl, prop)
        t = M(t, "info", "Metadata of indices are recovered.")
        t = M(t, "info", "Recovering metadata of constraints.")
        t = M(t, "info", "Recovered metadata of existence constraint on :%s(%s).", "User", "id")
        t = M(t, "info", "Metadata of constraints are recovered.")
        t = M(t, "info", "Snapshot recovery successful!")
        t = M(t + secs(r, 0.01, 0.1), "info", "Trying to load WAL files.")
        for _ in range(r.randrange(2, 5)):
            t = M(
                t + secs(r, 0.05, 0.4),
                "info",
                "Loading WAL file %s.",
                f"/var/lib/memgraph/wal/{t:%Y%m%d%H%M%S}{r.randrange(100000, 999999)}_current",
            )
        t = M(t, "info", "All necessary WAL files are loaded successfully.")
        t = M(t, "info", "Recreating indices from metadata.")
        for lbl, prop in [("User", "id"), ("Post", "id"), ("User", "handle")]:
            t = M(
                t + secs(r, 0.3, 2),
                "info",
                "Label+property index on :%s(%s) is recreated from metadata",
                lbl,
                prop,
            )
        t = M(t, "info", "Indices are recreated.")
        t = M(t, "info", "Recreating constraints from metadata.")
        t = M(
            t + secs(r, 0.1, 0.5),
            "info",
            "Existence constraint on :%s(%s) is recreated from metadata",
            "User",
            "id",
        )
        t = M(t, "info", "Constraints are recreated.")
        for mod in MG_MODULES:
            ext = (
                ".so"
                if mod
                in (
                    "algo",
                    "create",
                    "date",
                    "label",
                    "map",
                    "merge",
                    "meta",
                    "node",
                    "nodes",
                    "path",
                    "periodic",
                    "refactor",
                    "text",
                    "util_module",
                    "uuid_generator",
                    "collections",
                    "do",
                    "neighbors",
                )
                else ".py"
            )
            t = M(
                t + secs(r, 0.001, 0.03),
                "info",
                "Loaded module %s",
                f"/usr/lib/memgraph/query_modules/{mod}{ext}",
            )
        t = M(t + secs(r, 0.01, 0.05), "info", "Using non-secure Bolt connection (without SSL)")
        t = M(t, "info", "Bolt server is fully armed and operational")
        return M(t, "info", "Bolt listening on %s:%d", "0.0.0.0", 7687)

    def up(t: datetime) -> bool:
        return t < restart or t >= up2 + timedelta(seconds=30)

    boot(t0)
    # snapshots
    for base in (t0, up2):
        x = base + secs(r, 290, 310)
        while x < (restart if base == t0 else t_end):
            if up(x):
                x = M(x, "info", "Starting snapshot creation to %s", snapshot_name(x))
                M(x + secs(r, 6, 14), "info", "Snapshot creation successful!")
            x += secs(r, 299, 301)
    # the app's sessions
    for s0 in poisson(r, t0 + timedelta(seconds=40), t_end, 12):
        if not up(s0):
            continue
        if r.random() < 0.12:
            s0 = M(
                s0,
                "info",
                "Accepted a connection from %s",
                f"10.8.{r.randrange(1, 4)}.{r.randrange(2, 250)}:{r.randrange(32768, 60999)}",
            )
        x = s0
        for _ in range(r.choices([1, 2, 3], [6, 3, 1])[0]):
            q, _w = r.choices(MG_APP, weights)[0]
            x = M(
                x + secs(r, 0.001, 0.2),
                "debug",
                "[Run - %s] '%s'",
                "memgraph",
                q.replace("{{", "{").replace("}}", "}"),
            )
    # the memory limit
    for x in [at(7, 40, 12), at(7, 44, 51), at(7, 49, 3)]:
        q = "MATCH p=(u:User {handle: 'ana'})-[:FOLLOWS*1..6]->(v:User) RETURN v.handle, count(p) AS paths ORDER BY paths DESC"
        x = M(x + secs(r, 0, 1), "debug", "[Run - %s] '%s'", "memgraph", q)
        M(
            x + secs(r, 8, 40),
            "warning",
            "Memory limit exceeded! Attempting to allocate a chunk of %s which would put the current use to %s, while the maximum allowed size for allocation is set to %s.",
            msg=f"Memory limit exceeded! Attempting to allocate a chunk of {r.choice(['64.00MiB', '128.00MiB', '32.00MiB'])} which would put the current use to 12.0{r.randrange(1, 9)}GiB, while the maximum allowed size for allocation is set to 12.00GiB.",
        )
    # a query module that cannot load
    tb = [
        "Traceback (most recent call last):",
        '  File "/var/lib/memgraph/internal_modules/recommend.py", line 3, in <module>',
        "    from sklearn.neighbors import NearestNeighbors",
        "ModuleNotFoundError: No module named 'sklearn'",
    ]
    for x in [at(8, 15, 31), at(8, 22, 7)]:
        x = M(x, "debug", "[Run - %s] '%s'", "memgraph", "CALL mg.load('recommend')")
        M(
            x + secs(r, 0.05, 0.3),
            "warning",
            'Unable to load module "%s"; %s',
            msg='Unable to load module "/var/lib/memgraph/internal_modules/recommend.py"; Traceback (most recent call last):\n'
            + "\n".join(tb[1:]),
        )
        for _ in range(r.randrange(2, 4)):
            x = M(
                x + secs(r, 5, 40),
                "debug",
                "[Run - %s] '%s'",
                "memgraph",
                "CALL recommend.for_user($id) YIELD post, score RETURN post, score",
            )
    x = M(at(8, 31, 12), "debug", "[Run - %s] '%s'", "memgraph", "CALL mg.load('recommend')")
    M(
        x + secs(r, 0.3, 1.5),
        "info",
        "Loaded module %s",
        "/var/lib/memgraph/internal_modules/recommend.py",
    )
    for x in poisson(r, at(8, 32), t_end, 120):
        if up(x):
            M(
                x,
                "debug",
                "[Run - %s] '%s'",
                "memgraph",
                "CALL recommend.for_user($id) YIELD post, score RETURN post, score",
            )
    # the upgrade
    M(restart - secs(r, 0.2, 0.5), "warning", "Memgraph received %s, shutting down...", "SIGTERM")
    x = M(restart, "info", "Starting snapshot creation to %s", snapshot_name(restart))
    M(x + secs(r, 6, 9), "info", "Snapshot creation successful!")
    boot(up2)
    return o.logs(t0, {"m": "memgraph_2024-06-04.log"})


SYSTEMS = {
    "questdb": questdb,
    "ignite": ignite,
    "valkey": valkey,
    "surrealdb": surrealdb,
    "memgraph": memgraph,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
