#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 228 (derby, hsqldb, h2, kvrocks, garnet) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Three Java SQL databases and two Redis-compatible
stores, 06:00 to 12:00 on 2024-06-07. None of the five was in the set.

- Apache Derby 10.16 (`derby.log`: one Network Server for `ordersdb`, run with
  derby.drda.logConnections, derby.language.logStatementText and
  derby.stream.error.logSeverityLevel=0 while a lock problem is chased): the console lines
  `Date.toString() : msg` (`Security manager installed using the Basic server security
  policy.`, `Apache Derby Network Server - %s started and ready to accept connections on port
  %s`, `... shutdown`, `Connection number: %s.`, `Could not listen on port %s on host %s:` with
  the BindException on the next line), the boot and shutdown records after a line of 64 dashes
  (`Booting Derby version %s: instance %s` over eleven lines with the JVM's properties and the
  bare `Database Class Loader started - derby.database.classpath=''`, `Shutting down instance
  %s ...`, `Shutting down Derby engine`), and the engine's lines with CheapDateFormatter's
  header and the connection's context (`2024-06-07 06:01:33.325 GMT Thread[DRDAConnThread_12,5,
  main] (XID = 2184532), (SESSIONID = 12), (DATABASE = ordersdb), (DRDAID = ...{12}), `):
  `Executing prepared statement: %s :End prepared statement` with and without ` with %s
  parameters begin parameter #1: ... :end parameter `, `Begin compiling ...` / `End compiling
  prepared statement: %s :End prepared statement`, and each reported error's `Cleanup action
  starting` and `Failed Statement is: %s` (with parameters or without) followed, bare, by
  `ERROR 40XL1: ...`, the stack and `Cleanup action completed`. Hikari pools of three
  application hosts replaced every half hour; an inventory recount at 08:10 holding HAM2's rows
  (30 lock timeouts, 2 deadlocks with the cycle of locks and waiters), duplicate order ids and a
  foreign key violation from retries, delivery notes too long for VARCHAR(64), a report deployed
  at 09:20 against a view that does not exist (42X05 at compile time), and a restart at 10:30
  whose first start finds the port still held.
- HSQLDB 2.7.2 (`hsqldb-server.out`: the server's stdout and stderr with server.silent=false,
  rotated at midnight): `[Server@1b6d3586]: ` before every line, Server.printRequest's one line
  per request (`%s:SQLCLI:SQLPREPARE %s`, `%s:SQLCLI:SQLEXECUTE:%s`, `%s:SQLCLI:SQLFREESTMT:%s`,
  `%s:%s` for a statement executed directly, `%s:HSQLCLI:SETSESSIONATTR:`, `%s:SQLCLI:
  SQLENDTRAN:COMMIT` / `ROLLBACK`, `%s:SQLCLI:SQLEXECUTE:BATCHMODE:%s`, `%s:HQLCLI:REQUESTDATA:
  RESULT_ID %s ROWOFFSET %s ROWCOUNT %s`, `%s:SQLCLI:MODE:31` for a connect), printWithThread's
  `[Thread[HSQLDB Connection @5e9f23b4,5,HSQLDB Connections @1b6d3586]]: ` before `%s:Trying to
  connect user '%s' to DB (%s)`, `%s:Connected user '%s'` and `%s:disconnected %s`, and the
  engine's events through java.util.logging, two lines a record (`Jun 07, 2024 9:02:28 AM
  org.hsqldb.persist.Logger logInfoEvent` / `INFO: Checkpoint start`). An intranet's DBCP pool
  (validation query, prepare, execute, free), Tomcat OOM-killed at 07:31 (8 connections
  dropped, 8 new), the HR sync from LDAP at 09:00 and 10:30 in batches and the checkpoint the
  grown log brings, the disk full from 10:31 (`checkpoint failed - recovered` with an
  IOException, `checkpoint failed - see previous error`) until the DBA's CHECKPOINT at 11:03,
  two reports fetching in pages, and a monitoring check with the wrong protocol every five
  minutes (`Rejected attempt from client using hsql HTTP protocol`).
- H2 2.2.224 (`inventory.trace.db`: an inventory service embedding H2 with TRACE_LEVEL_FILE=2):
  TraceSystem's `yyyy-MM-dd HH:mm:ss module: msg`, every statement's Trace.infoSQL record (the
  header `jdbc[1136]: ` then `/*SQL l:84 #:1 t:1*/SELECT ... {1: 'SKU-25102', 2: 4};` on the next
  line, `l:`, `#:` and `t:` each written only when there are parameters, rows, a millisecond:
  eight formats), `command: slow query: %s ms`, the database's `connecting session #%s to %s`,
  `disconnecting session #%s`, `disconnected session #%s` (MessageFormat: `#1,141`), `opening %s
  (build %s)`, `opened %s`, `closing %s from shutdown hook`, `closing %s`, `closed`, `flush` and
  `wrong user or password; user: "%s"` with their stacks, and the JDBC layer's `exception` with
  the SQLException and its stack below. A Hikari pool of 10 renewed every half hour, a stocktake
  08:00-08:26 (22 concurrent updates, 3 deadlocks), an index built over the TCP server at 09:15
  locking the table (22 lock timeouts), a deploy at 09:20 reading a column that does not exist (8),
  the disk full at 10:20 (`flush`, General errors) and the service restarted at 10:31, a
  reporting tool's stale password every ten minutes until 11:12.
- Apache kvrocks 2.8 (`kv1.log`, `kv2.log`: `docker logs` of a master and its replica, glog's
  `I20240607 06:00:20.955818     9 event_listener.cc:154] msg`): RocksDB's event listener
  (`[event_listener/flush_completed] ...`, `table_file_created`, `table_file_deleted`,
  `compaction_completed`, `stall_cond_changed`, `background_error`), hourly bgsave from cron,
  the replica's start at 05:58 and its psync steps (`[replication] Check db name request was
  sent, waiting for response` to `PSync is ok, start increment batch loop`) with the master's
  `Slave %s, listening port: %s, announce ip: %s asks for synchronization ...` and `New replica:
  %s was added, start incremental syncing`; a switch reboot at 08:41, an import at 09:20 with
  write stalls on both, kv1 restarted at 10:30 (`Bye Bye`, the shutdown flushes, kv2's
  `Failed to connect the master, err: Connection refused` every second), kv2's disk full at
  11:10 (`background_error`, 22 rounds of `CRITICAL - Failed to write batch to local, %s. batch:
  0x%s`, `Retry in 10 seconds` and a new psync, the master's `Write error while sending batch to
  slave: %s. batches: 0x%s` and `Slave thread was terminated ...`) until a resume succeeds.
- Microsoft Garnet 1.0 (`garnet-a.log`, `garnet-b.log`: two cache servers' --file-logger files,
  `[000.2024-06-07 05:59:47.3000] (Information) <Options> msg`): the start-up of a rollout at
  06:00 (`Garnet %s %s bit; %s mode; Port: %s`, ArgParser's `Configuration import from %s
  succeeded. Path: %s.`, the store options `[Store] Using page size of %s` ... and their `[Object
  Store]` twins, `Recovered AOF: begin address = %s, tail address = %s`), the compaction task
  every 30 s (`NOTE: Take a checkpoint (SAVE/BGSAVE) in order to actually delete the older data
  segments (files) from disk`, and `Begin main store compact until %s, Begin = %s, ReadOnly = %s,
  Tail = %s` / `End ...` when the log is long), the AOF size limit's `Enforcing AOF size limit
  currentAofSize: %s >  AofSizeLimit: %s` with `Initiating checkpoint; full = %s, type = %s,
  tryIncremental = %s, storeType = %s` and `Completed checkpoint`, BGSAVE from cron on garnet-b,
  and garnet-b's checkpoint volume full at 10:41 (`CommitTask exception received, ...`, 105
  `Checkpointing threw exception` a second apart) and its restart at 10:52.

Label notes. The heads are context: Derby's console date, CheapDateFormatter's time with the
thread and the `(XID = ...), (SESSIONID = ...), (DATABASE = ...), (DRDAID = ...), ` context the
language connection puts before its messages; HSQLDB's `[Server@...]: ` and printWithThread's
thread, JUL's time, class, method and level; H2's time and module (`jdbc[N]`, `database`,
`command`); glog's severity, time, thread id and file:line; Garnet's event id, time, level and
category. A statement's SQL, its parameters, ids, paths, sizes and addresses are values, as is
an enum's name (RocksDB's stall conditions, Garnet's checkpoint type and store type, C#'s
`True`/`False`); a piece a branch writes is wording (H2's `l:`, `#:`, `t:`, Derby's ` with %s
parameters ...`, HSQLDB's `COMMIT` / `ROLLBACK`), an error text in a message contributes its
format (`IO error: No space left on device: While appending to file: %s: No space left on
device`, `Connection refused`). A line written bare after a record continues it: Derby's boot
properties and class loader line, the exception, stack and `Cleanup action completed` after
`Failed Statement is:`, the BindException after `Could not listen`, the closing dashes; JUL's
message line and stack; H2's `/*SQL ...*/` line and stacks. Derby's boot and shutdown records
start at their dashes, written by the same call.

Least sure (written from the helper's knowledge; Derby's ContextManager.cleanupOnError,
StatementContext's `Failed Statement is:`, the parameter rendering and a boot record quoted in
public posts, HSQLDB's Server, ServerConnection and Log/Logger messages, H2's TraceSystem,
Trace.infoSQL, Database, Engine and Command messages, kvrocks' event listener, server, storage
and replication messages and Garnet's FileLoggerProvider, options, store wrapper and
ServerSettingsManager lines were checked against copies of their sources): Derby's `Executing
prepared statement` and compile lines' exact spacing, the stack frames, `Could not listen` for a
restart, the deadlock text's layout; HSQLDB's statement ids, whether DBCP's return sends
SETSESSIONATTR, the JUL record of the server and the stack of the failed checkpoint; H2's
exception texts and line numbers (the MVStore error, `Timeout trying to lock table`, the
unique index's rendering) and whether the row conflicts are 90131 or 50200; kvrocks'
file:line numbers, `kvrocks version %s (commit %s)`, `announce ip` in 2.8's psync line, the
connect error text and whether a failed batch writes the master's write error before
`terminated`; Garnet's mid-2024 messages (the options lines as of June 2024, `Initiating
checkpoint` with `storeType`, the compaction NOTE's cadence) and the version.
"""

from __future__ import annotations

import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round55 import poisson
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any

US = 1
HUNDRED_US = 100
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


def busy(t: datetime) -> float:
    """The working day's load, 0.35 at 06:00 rising to 1 from 08:00 to 11:30."""
    h = t.hour + t.minute / 60
    if h < 7:
        return 0.35 + 0.25 * (h - 6)
    if h < 8:
        return 0.6 + 0.4 * (h - 7)
    if h < 11.5:
        return 1.0
    return 0.85


def thinned(r: random.Random, ts: list[datetime]) -> list[datetime]:
    """Keep each instant with the day's load as its probability."""
    return [t for t in ts if r.random() < busy(t)]


def java_date(t: datetime) -> str:
    """java.util.Date.toString() in UTC."""
    return f"{t:%a %b %d %H:%M:%S} UTC {t:%Y}"


def grouped(n: int) -> str:
    """java.text.MessageFormat's {0} of a number: the locale's grouping (en_US)."""
    return f"{n:,}"


# ------------------------------------------------------------------------------------ derby

DERBY_VER = "10.16.1.1 - (1901046)"
DERBY_DB = "ordersdb"
DERBY_DIR = "/srv/derby/ordersdb"
DERBY_SEP = "-" * 64
DERBY_LOADER = "jdk.internal.loader.ClassLoaders$AppClassLoader@{}"

DB_BOOT = "Booting Derby version %s: instance %s on database directory %s with class loader %s"
DB_SHUT_INST = "Shutting down instance %s on database directory %s with class loader %s"
DB_SHUT_ENGINE = "Shutting down Derby engine"
DB_SECMGR = "Security manager installed using the Basic server security policy."
DB_READY = "Apache Derby Network Server - %s started and ready to accept connections on port %s"
DB_NS_SHUT = "Apache Derby Network Server - %s shutdown"
DB_LISTEN = "Could not listen on port %s on host %s: java.net.BindException: Address already in use"
DB_CONN = "Connection number: %s."
DB_EXEC_P = "Executing prepared statement: %s :End prepared statement with %s parameters %s"
DB_EXEC = "Executing prepared statement: %s :End prepared statement"
DB_BEGIN = "Begin compiling prepared statement: %s :End prepared statement"
DB_END = "End compiling prepared statement: %s :End prepared statement"
DB_CLEANUP = "Cleanup action starting"
DB_FAILED_P = "Failed Statement is: %s with %s parameters %s"
DB_FAILED = "Failed Statement is: %s"

DQ = {
    "lookup": "SELECT SKU, NAME, PRICE_CENTS, STOCK_STATUS FROM APP.PRODUCTS WHERE SKU = ?",
    "history": "SELECT ORDER_ID, STATUS, TOTAL_CENTS, UPDATED_AT FROM APP.ORDERS WHERE CUSTOMER_ID = ? ORDER BY UPDATED_AT DESC FETCH FIRST 20 ROWS ONLY",
    "ins_order": "INSERT INTO APP.ORDERS (ORDER_ID, CUSTOMER_ID, STATUS, TOTAL_CENTS, CREATED_AT, UPDATED_AT) VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
    "ins_line": "INSERT INTO APP.ORDER_LINES (ORDER_ID, LINE_NO, SKU, QTY, PRICE_CENTS) VALUES (?, ?, ?, ?, ?)",
    "dec_inv": "UPDATE APP.INVENTORY SET QTY_ON_HAND = QTY_ON_HAND - ? WHERE SKU = ? AND WAREHOUSE = ?",
    "status": "UPDATE APP.ORDERS SET STATUS = ?, UPDATED_AT = CURRENT_TIMESTAMP WHERE ORDER_ID = ?",
    "note": "UPDATE APP.ORDERS SET DELIVERY_NOTE = ? WHERE ORDER_ID = ?",
    "valid": "VALUES 1",
    "dash": "SELECT STATUS, COUNT(*) FROM APP.ORDERS GROUP BY STATUS",
    "recount_sel": "SELECT SKU, QTY_ON_HAND FROM APP.INVENTORY WHERE WAREHOUSE = ? FOR UPDATE",
    "recount_upd": "UPDATE APP.INVENTORY SET QTY_ON_HAND = ? WHERE SKU = ? AND WAREHOUSE = ?",
    "summary": "SELECT DAY, ORDERS, REVENUE_CENTS FROM APP.ORDER_SUMMARY_V2 WHERE DAY >= ? ORDER BY DAY",
}
DERBY_TAIL = [
    "org.apache.derby.impl.sql.GenericPreparedStatement.executeStmt",
    "org.apache.derby.impl.sql.GenericPreparedStatement.execute",
    "org.apache.derby.impl.jdbc.EmbedStatement.executeStatement",
    "org.apache.derby.impl.jdbc.EmbedPreparedStatement.executeStatement",
    "org.apache.derby.impl.jdbc.EmbedPreparedStatement.executeLargeUpdate",
    "org.apache.derby.impl.drda.DRDAStatement.execute",
    "org.apache.derby.impl.drda.DRDAConnThread.parseEXCSQLSTTobjects",
    "org.apache.derby.impl.drda.DRDAConnThread.parseEXCSQLSTT",
    "org.apache.derby.impl.drda.DRDAConnThread.processCommands",
    "org.apache.derby.impl.drda.DRDAConnThread.run",
]
DERBY_NEW = ["org.apache.derby.shared.common.error.StandardException.newException"] * 2
DERBY_LOCK_FRAMES = [
    "org.apache.derby.impl.services.locks.ConcurrentLockSet.lockObject",
    "org.apache.derby.impl.services.locks.AbstractPool.lockObject",
    "org.apache.derby.impl.services.locks.ConcurrentPool.lockObject",
    "org.apache.derby.impl.store.raw.xact.RowLocking2.lockRecordForWrite",
    "org.apache.derby.impl.store.access.heap.HeapController.lockRow",
    "org.apache.derby.impl.store.access.heap.HeapScan.fetchRows",
    "org.apache.derby.impl.sql.execute.TableScanResultSet.getNextRowCore",
    "org.apache.derby.impl.sql.execute.IndexRowToBaseRowResultSet.getNextRowCore",
    "org.apache.derby.impl.sql.execute.ProjectRestrictResultSet.getNextRowCore",
    "org.apache.derby.impl.sql.execute.NormalizeResultSet.getNextRowCore",
    "org.apache.derby.impl.sql.execute.DMLWriteResultSet.getNextRowCore",
    "org.apache.derby.impl.sql.execute.UpdateResultSet.collectAffectedRows",
    "org.apache.derby.impl.sql.execute.UpdateResultSet.open",
]
DERBY_ERR_FRAMES = {
    "40XL1": DERBY_NEW + DERBY_LOCK_FRAMES + DERBY_TAIL,
    "40001": [
        "org.apache.derby.shared.common.error.StandardException.newException",
        "org.apache.derby.impl.services.locks.Deadlock.buildException",
        "org.apache.derby.impl.services.locks.ConcurrentLockSet.lockObject",
        *DERBY_LOCK_FRAMES[1:],
        *DERBY_TAIL,
    ],
    "23505": [
        *DERBY_NEW,
        "org.apache.derby.impl.sql.execute.IndexChanger.insertAndCheckDups",
        "org.apache.derby.impl.sql.execute.IndexChanger.doInsert",
        "org.apache.derby.impl.sql.execute.IndexChanger.insert",
        "org.apache.derby.impl.sql.execute.IndexSetChanger.insert",
        "org.apache.derby.impl.sql.execute.RowChangerImpl.insertRow",
        "org.apache.derby.impl.sql.execute.InsertResultSet.normalInsertCore",
        "org.apache.derby.impl.sql.execute.InsertResultSet.open",
        *DERBY_TAIL,
    ],
    "23503": [
        *DERBY_NEW,
        "org.apache.derby.impl.sql.execute.ForeignKeyRIChecker.doCheck",
        "org.apache.derby.impl.sql.execute.GenericRIChecker.doCheck",
        "org.apache.derby.impl.sql.execute.RISetChecker.doFKCheck",
        "org.apache.derby.impl.sql.execute.InsertResultSet.normalInsertCore",
        "org.apache.derby.impl.sql.execute.InsertResultSet.open",
        *DERBY_TAIL,
    ],
    "22001": [
        *DERBY_NEW,
        "org.apache.derby.iapi.types.SQLChar.hasNonBlankChars",
        "org.apache.derby.iapi.types.SQLVarchar.normalize",
        "org.apache.derby.iapi.types.SQLVarchar.normalize",
        "org.apache.derby.iapi.types.DataTypeDescriptor.normalize",
        "org.apache.derby.impl.sql.execute.NormalizeResultSet.normalizeColumn",
        "org.apache.derby.impl.sql.execute.NormalizeResultSet.normalizeRow",
        "org.apache.derby.impl.sql.execute.NormalizeResultSet.getNextRowCore",
        "org.apache.derby.impl.sql.execute.DMLWriteResultSet.getNextRowCore",
        "org.apache.derby.impl.sql.execute.UpdateResultSet.collectAffectedRows",
        "org.apache.derby.impl.sql.execute.UpdateResultSet.open",
        *DERBY_TAIL,
    ],
    "42X05": [
        *DERBY_NEW,
        "org.apache.derby.impl.sql.compile.FromBaseTable.bindTableDescriptor",
        "org.apache.derby.impl.sql.compile.FromBaseTable.bindNonVTITables",
        "org.apache.derby.impl.sql.compile.FromList.bindTables",
        "org.apache.derby.impl.sql.compile.SelectNode.bindNonVTITables",
        "org.apache.derby.impl.sql.compile.DMLStatementNode.bindTables",
        "org.apache.derby.impl.sql.compile.DMLStatementNode.bind",
        "org.apache.derby.impl.sql.compile.CursorNode.bindStatement",
        "org.apache.derby.impl.sql.GenericStatement.prepMinion",
        "org.apache.derby.impl.sql.GenericStatement.prepare",
        "org.apache.derby.impl.sql.conn.GenericLanguageConnectionContext.prepareInternalStatement",
        "org.apache.derby.impl.jdbc.EmbedPreparedStatement.<init>",
        "org.apache.derby.impl.jdbc.EmbedConnection.prepareStatement",
        "org.apache.derby.impl.drda.DRDAStatement.prepare",
        "org.apache.derby.impl.drda.DRDAStatement.explicitPrepare",
        "org.apache.derby.impl.drda.DRDAConnThread.parsePRPSQLSTT",
        "org.apache.derby.impl.drda.DRDAConnThread.processCommands",
        "org.apache.derby.impl.drda.DRDAConnThread.run",
    ],
}
DERBY_SKUS = [
    f"SKU-{n}"
    for n in (10442, 10457, 11873, 12090, 12211, 13004, 14520, 14521, 15033, 16702, 17440, 18118)
]
DERBY_WAREHOUSES = ["BER1", "HAM2", "MUC1"]
DERBY_STATUSES = ["PAID", "PICKING", "PACKED", "SHIPPED", "DELIVERED"]


def cheap_date(t: datetime) -> str:
    """Derby's CheapDateFormatter (the header of derby.log's engine lines)."""
    return f"{t:%Y-%m-%d %H:%M:%S}.{t.microsecond // 1000:03d} GMT"


def derby_params(vals: list[object]) -> str:
    """GenericParameterValueSet.toString()."""
    return "".join(f"begin parameter #{i}: {v} :end parameter " for i, v in enumerate(vals, 1))


class DerbyConn:
    def __init__(self, host: str, conn: int, thread: int, sess: int, drda: str) -> None:
        self.host, self.conn, self.thread, self.sess, self.drda = host, conn, thread, sess, drda


def derby(r: random.Random) -> list[Log]:
    """One Derby Network Server (ordersdb), 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    F = "derby.log"
    st = {"conn": 0, "sess": 0, "xid": 2_184_530, "order": 884_120}
    threads_used: set[int] = set()
    compiled: set[str] = set()
    jvm = {
        "loader": DERBY_LOADER.format("5ffd2b27"),
        "inst": "a816c00e-018f-ed3c-91b2-00000a3c5e10",
    }

    def console(t: datetime, label: str, msg: str, more: tuple[str, ...] = ()) -> datetime:
        return fs.add(F, t, label, lambda x: [f"{java_date(x)} : {msg}", *more], "console", SEC)

    def record(t: datetime, label: str, lines: list[str], first: str) -> datetime:
        return fs.add(
            F, t, label, lambda x: [DERBY_SEP, first.format(d=java_date(x)), *lines], "monitor", SEC
        )

    def iptok(host: str) -> str:
        h = "".join(f"{int(p):02X}" for p in host.split("."))
        return "GHIJKLMNOP"[int(h[0])] + h[1:] if h[0].isdigit() else h

    def connect(t: datetime, host: str) -> DerbyConn:
        st["conn"] += 1
        st["sess"] += 1
        th = 1
        while th in threads_used:
            th += 1
        threads_used.add(th)
        port = r.randint(33000, 60999)
        ptok = f"{port:04X}"
        ptok = ("GHIJKLMNOP"[int(ptok[0])] + ptok[1:]) if ptok[0].isdigit() else ptok
        drda = f"{iptok(host)}.{ptok}-{r.randint(10**17, 9 * 10**18)}{{{st['sess']}}}"
        c = DerbyConn(host, st["conn"], th, st["sess"], drda)
        console(t, DB_CONN, f"Connection number: {c.conn}.")
        return c

    def close(c: DerbyConn) -> None:
        threads_used.discard(c.thread)

    def eng(
        t: datetime, c: DerbyConn, xid: int, label: str, msg: str, more: list[str] | None = None
    ) -> datetime:
        return fs.add(
            F,
            t,
            label,
            lambda x: [
                f"{cheap_date(x)} Thread[DRDAConnThread_{c.thread},5,main] (XID = {xid}), (SESSIONID = {c.sess}), (DATABASE = {DERBY_DB}), (DRDAID = {c.drda}), {msg}",
                *(more or []),
            ],
            ("thread", c.thread),
            MS,
        )

    def compile_(t: datetime, c: DerbyConn, xid: int, key: str) -> datetime:
        sql = DQ[key]
        if key in compiled:
            return t
        t = eng(
            t,
            c,
            xid,
            DB_BEGIN,
            f"Begin compiling prepared statement: {sql} :End prepared statement",
        )
        if key == "summary":
            return t
        compiled.add(key)
        return eng(
            t + sec(r.uniform(0.004, 0.06)),
            c,
            xid,
            DB_END,
            f"End compiling prepared statement: {sql} :End prepared statement",
        )

    def execute(
        t: datetime, c: DerbyConn, key: str, vals: list[object], xid: int | None = None
    ) -> tuple[datetime, int]:
        if xid is None:
            st["xid"] += r.choice([1, 1, 2])
            xid = st["xid"]
        t = compile_(t, c, xid, key)
        sql = DQ[key]
        if vals:
            t = eng(
                t + sec(0.0004),
                c,
                xid,
                DB_EXEC_P,
                f"Executing prepared statement: {sql} :End prepared statement with {len(vals)} parameters {derby_params(vals)}",
            )
        else:
            t = eng(
                t + sec(0.0004),
                c,
                xid,
                DB_EXEC,
                f"Executing prepared statement: {sql} :End prepared statement",
            )
        return t, xid

    def fail(
        t: datetime,
        c: DerbyConn,
        xid: int,
        key: str,
        vals: list[object] | None,
        state: str,
        text: list[str],
    ) -> datetime:
        sql = DQ[key]
        t = eng(t, c, xid, DB_CLEANUP, "Cleanup action starting")
        frames = [f"\tat {f}(Unknown Source)" for f in DERBY_ERR_FRAMES[state]]
        more = [f"ERROR {state}: {text[0]}", *text[1:], *frames, "Cleanup action completed"]
        if vals:
            msg = f"Failed Statement is: {sql} with {len(vals)} parameters {derby_params(vals)}"
            return eng(t, c, xid, DB_FAILED_P, msg, more)
        return eng(t, c, xid, DB_FAILED, f"Failed Statement is: {sql}", more)

    def start_server(t: datetime, first_try_fails: bool = False) -> datetime:
        if first_try_fails:
            console(
                t,
                DB_LISTEN,
                "Could not listen on port 1527 on host 0.0.0.0:",
                (" java.net.BindException: Address already in use",),
            )
            t += sec(r.uniform(14, 20))
        t = console(
            t, DB_SECMGR, "Security manager installed using the Basic server security policy."
        )
        return console(
            t + sec(r.uniform(0.3, 0.9)),
            DB_READY,
            f"Apache Derby Network Server - {DERBY_VER} started and ready to accept connections on port 1527",
        )

    def boot(t: datetime) -> datetime:
        lines = [
            f"on database directory {DERBY_DIR} with class loader {jvm['loader']} ",
            "Loaded from file:/opt/db-derby-10.16.1.1-bin/lib/derby.jar",
            "java.vendor=Eclipse Adoptium",
            "java.runtime.version=17.0.11+9",
            "user.dir=/srv/derby",
            "os.name=Linux",
            "os.arch=amd64",
            "os.version=5.15.0-107-generic",
            "derby.system.home=/srv/derby",
            "Database Class Loader started - derby.database.classpath=''",
        ]
        first = "{d}:"
        return record(
            t,
            DB_BOOT,
            [
                f"Booting Derby version The Apache Software Foundation - Apache Derby - {DERBY_VER}: instance {jvm['inst']} ",
                *lines,
            ],
            first,
        )

    # ---- the pools: two application servers (6 connections each, maxLifetime 30 min),
    # the fulfilment service (2) and the dashboard (1)
    pools: dict[str, list[DerbyConn]] = {}
    replace_at: dict[tuple[str, int], datetime] = {}
    restart = at(10, 30, 4)
    back = restart + sec(61)

    def open_pools(t: datetime) -> datetime:
        for host, n in (("10.0.4.21", 6), ("10.0.4.22", 6), ("10.0.4.31", 2), ("10.0.4.51", 1)):
            pools[host] = []
            for i in range(n):
                t += sec(r.uniform(0.02, 0.3))
                pools[host].append(connect(t, host))
                replace_at[(host, i)] = t + sec(r.uniform(1500, 1790))
        return t

    t = start_server(at(6, 0, 2.4))
    t = boot(t + sec(r.uniform(3, 6)))
    t = open_pools(t + sec(0.4))

    def refresh(t: datetime) -> None:
        """Hikari's maxLifetime: each pooled connection is replaced about every half hour."""
        for (host, i), due in list(replace_at.items()):
            while due <= t:
                close(pools[host][i])
                pools[host][i] = connect(due, host)
                due += sec(r.uniform(1500, 1790))
            replace_at[(host, i)] = due

    def conn_for(host: str, t: datetime) -> DerbyConn:
        return pools[host][r.randrange(len(pools[host]))]

    def down(t: datetime) -> bool:
        return restart - sec(2) <= t < back + sec(3)

    def restart_server() -> None:
        """10:30: a new heap size; the old JVM slow to let go of the port."""
        t = console(restart, DB_NS_SHUT, f"Apache Derby Network Server - {DERBY_VER} shutdown")
        t = record(
            t + sec(1.2),
            DB_SHUT_INST,
            [],
            f"{{d}}: Shutting down instance {jvm['inst']} on database directory {DERBY_DIR} with class loader {jvm['loader']} ",
        )
        record(t + sec(0.4), DB_SHUT_ENGINE, [DERBY_SEP], "{d}: Shutting down Derby engine")
        threads_used.clear()
        replace_at.clear()
        st["conn"] = 0
        st["sess"] = 0
        compiled.clear()
        jvm["loader"] = DERBY_LOADER.format("4e25154f")
        jvm["inst"] = "a816c00e-0190-3fd1-77c4-00000a3c5e10"
        t = start_server(restart + sec(9.6), first_try_fails=True)
        t = boot(back - sec(2))
        open_pools(t + sec(0.5))

    lock_span = (at(8, 10, 40), at(8, 41, 10))
    missing_span = (at(9, 20, 5), at(9, 32, 30))
    # the recount batch (its own connection) holds the inventory rows of one warehouse
    batch_c: DerbyConn | None = None

    events: list[tuple[datetime, str]] = []
    events += [(x, "lookup") for x in thinned(r, poisson(r, T0 + sec(20), T_END, 62))]
    events += [(x, "history") for x in thinned(r, poisson(r, T0 + sec(20), T_END, 96))]
    events += [(x, "order") for x in thinned(r, poisson(r, T0 + sec(20), T_END, 150))]
    events += [(x, "order") for x in poisson(r, lock_span[0], lock_span[1] - sec(60), 50)]
    events += [(x, "status") for x in thinned(r, poisson(r, T0 + sec(20), T_END, 130))]
    events += [(x, "note") for x in poisson(r, T0 + sec(20), T_END, 2900)]
    events += [(x, "dash") for x in every(r, T0 + sec(60), T_END, 120, 1.5)]
    events += [(x, "summary") for x in poisson(r, missing_span[0], missing_span[1], 58)]
    events += [(at(8, 10, 31), "recount"), (restart, "restart")]
    events.sort()
    for tt, kind in events:
        if kind == "restart":
            restart_server()
            continue
        if down(tt):
            continue
        refresh(tt)
        if kind == "dash":
            c = conn_for("10.0.4.51", tt)
            execute(tt, c, "dash", [])
            continue
        if kind == "recount":
            batch_c = connect(tt, "10.0.4.40")
            st["xid"] += 1
            bx = st["xid"]
            t2, _ = execute(tt + sec(0.3), batch_c, "recount_sel", ["HAM2"], bx)
            for sku in DERBY_SKUS * 9:
                t2 += sec(r.uniform(8, 15))
                if t2 >= lock_span[1] - sec(20):
                    break
                t2, _ = execute(t2, batch_c, "recount_upd", [r.randint(0, 480), sku, "HAM2"], bx)
            close(batch_c)
            continue
        if kind == "summary":
            c = conn_for("10.0.4.21", tt)
            st["xid"] += 1
            t2 = compile_(tt, c, st["xid"], "summary")
            fail(
                t2 + sec(0.002),
                c,
                st["xid"],
                "summary",
                None,
                "42X05",
                ["Table/View 'APP.ORDER_SUMMARY_V2' does not exist."],
            )
            continue
        if kind == "status":
            c = conn_for("10.0.4.31", tt)
            if r.random() < 0.55:
                tt, _ = execute(tt, c, "valid", [])
            execute(
                tt + sec(r.uniform(0.001, 0.004)),
                c,
                "status",
                [r.choice(DERBY_STATUSES[1:]), st["order"] - r.randint(5, 300)],
            )
            continue
        host = r.choice(["10.0.4.21", "10.0.4.22"])
        c = conn_for(host, tt)
        if r.random() < 0.6:
            tt, _ = execute(tt, c, "valid", [])
            tt += sec(r.uniform(0.001, 0.004))
        if kind == "lookup":
            execute(tt, c, "lookup", [r.choice(DERBY_SKUS)])
        elif kind == "history":
            execute(tt, c, "history", [r.randint(100_000, 420_000)])
        elif kind == "note":
            order = st["order"] - r.randint(1, 60)
            note = r.choice(
                [
                    "Lieferung bitte beim Nachbarn abgeben, Hinterhof links, 3. Stock, Klingel Schmidt/Yilmaz",
                    "Please leave the parcel with the concierge at the front desk of building C, ask for Mr. Okafor",
                    "Bitte nicht vor 16 Uhr liefern - Praxis ist vormittags geschlossen, Hintereingang benutzen",
                ]
            )
            t2, xid = execute(tt, c, "note", [note, order])
            fail(
                t2 + sec(0.001),
                c,
                xid,
                "note",
                [note, order],
                "22001",
                [
                    f"A truncation error was encountered trying to shrink VARCHAR '{note[:60]}&' to length 64."
                ],
            )
        elif kind == "order":
            st["xid"] += 1
            xid = st["xid"]
            st["order"] += 1
            order = st["order"]
            cust = r.randint(100_000, 420_000)
            lines = [
                (r.choice(DERBY_SKUS), r.randint(1, 4), r.randint(399, 8999))
                for _ in range(r.choice([1, 1, 2, 2, 3]))
            ]
            total = sum(q * p for _s, q, p in lines)
            retry = r.random() < 0.045
            if retry:
                order = st["order"] - 1
            t2, _ = execute(tt, c, "ins_order", [order, cust, "NEW", total], xid)
            if retry:
                fail(
                    t2 + sec(0.001),
                    c,
                    xid,
                    "ins_order",
                    [order, cust, "NEW", total],
                    "23505",
                    [
                        "The statement was aborted because it would have caused a duplicate key value in a unique or primary key constraint or unique index identified by 'SQL240311094512730' defined on 'ORDERS'."
                    ],
                )
                continue
            for n, (sku, q, p) in enumerate(lines, 1):
                t2 += sec(r.uniform(0.002, 0.01))
                bad_fk = r.random() < 0.012
                oid = order + 1 if bad_fk else order
                t2, _ = execute(t2, c, "ins_line", [oid, n, sku, q, p], xid)
                if bad_fk:
                    fail(
                        t2 + sec(0.001),
                        c,
                        xid,
                        "ins_line",
                        [oid, n, sku, q, p],
                        "23503",
                        [
                            f"INSERT on table 'ORDER_LINES' caused a violation of foreign key constraint 'FK_ORDER_LINES_ORDER' for key ({oid}).  The statement has been rolled back."
                        ],
                    )
                    break
            else:
                wh = r.choice(DERBY_WAREHOUSES)
                if lock_span[0] <= t2 < lock_span[1] and r.random() < 0.6:
                    wh = "HAM2"
                for sku, q, _p in lines:
                    t2 += sec(r.uniform(0.002, 0.01))
                    vals: list[object] = [q, sku, wh]
                    if lock_span[0] <= t2 < lock_span[1] and wh == "HAM2":
                        t2, _ = execute(t2, c, "dec_inv", vals, xid)
                        if r.random() < 0.1:
                            other = st["xid"] + r.randint(2, 9)
                            fail(
                                t2 + sec(r.uniform(0.2, 1.5)),
                                c,
                                xid,
                                "dec_inv",
                                vals,
                                "40001",
                                [
                                    "A lock could not be obtained due to a deadlock, cycle of locks and waiters is:",
                                    f"Lock : ROW, INVENTORY, (7,{r.randint(10, 60)})",
                                    f"  Waiting XID : {{{xid}, X}} , APP, {DQ['dec_inv']}",
                                    f"  Granted XID : {{{other}, X}} ",
                                    f"Lock : ROW, INVENTORY, (7,{r.randint(61, 99)})",
                                    f"  Waiting XID : {{{other}, X}} , APP, {DQ['recount_upd']}",
                                    f"  Granted XID : {{{xid}, X}} ",
                                    f". The selected victim is XID : {xid}.",
                                ],
                            )
                        else:
                            fail(
                                t2 + sec(60 + r.uniform(0.001, 0.05)),
                                c,
                                xid,
                                "dec_inv",
                                vals,
                                "40XL1",
                                ["A lock could not be obtained within the time requested"],
                            )
                        break
                    t2, _ = execute(t2, c, "dec_inv", vals, xid)
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- hsqldb

HS_SERVER = "Server@1b6d3586"
HS_GROUP = "HSQLDB Connections @1b6d3586"
HS_MODE = "%s:SQLCLI:MODE:%s"
HS_TRYING = "%s:Trying to connect user '%s' to DB (%s)"
HS_CONNECTED = "%s:Connected user '%s'"
HS_GETATTR = "%s:HSQLCLI:GETSESSIONATTR"
HS_SETATTR = "%s:HSQLCLI:SETSESSIONATTR:"
HS_DIRECT = "%s:%s"
HS_PREPARE = "%s:SQLCLI:SQLPREPARE %s"
HS_EXECUTE = "%s:SQLCLI:SQLEXECUTE:%s"
HS_BATCH = "%s:SQLCLI:SQLEXECUTE:BATCHMODE:%s"
HS_FREE = "%s:SQLCLI:SQLFREESTMT:%s"
HS_COMMIT = "%s:SQLCLI:SQLENDTRAN:COMMIT"
HS_ROLLBACK = "%s:SQLCLI:SQLENDTRAN:ROLLBACK"
HS_CLOSE = "%s:HQLCLI:CLOSE_RESULT:RESULT_ID %s"
HS_REQDATA = "%s:HQLCLI:REQUESTDATA:RESULT_ID %s ROWOFFSET %s ROWCOUNT %s"
HS_DISCONNECT = "%s:SQLCLI:SQLDISCONNECT"
HS_DROPPED = "%s:disconnected %s"
HS_HTTP = "Rejected attempt from client using hsql HTTP protocol"
HS_CKPT_START = "Checkpoint start"
HS_CLOSE_START = "checkpointClose start"
HS_CLOSE_SYNCHED = "checkpointClose synched"
HS_CLOSE_SCRIPT = "checkpointClose script done"
HS_CLOSE_END = "checkpointClose end"
HS_CKPT_END = "Checkpoint end - txts: %s"
HS_CKPT_RECOVERED = "checkpoint failed - recovered"
HS_CKPT_SEE = "checkpoint failed - see previous error"

# statement -> (compiled statement id, SQL)
HQ = {
    "valid": (0, "SELECT 1 FROM INFORMATION_SCHEMA.SYSTEM_USERS"),
    "leave_list": (
        17,
        "SELECT R.ID, R.START_DATE, R.END_DATE, R.KIND, R.STATUS FROM HR.LEAVE_REQUEST R WHERE R.EMPLOYEE_ID = ? ORDER BY R.START_DATE DESC",
    ),
    "leave_balance": (
        18,
        "SELECT DAYS_TOTAL, DAYS_TAKEN, DAYS_PLANNED FROM HR.LEAVE_BALANCE WHERE EMPLOYEE_ID = ? AND YEAR = ?",
    ),
    "rooms_free": (
        23,
        "SELECT ROOM_ID, NAME, SEATS FROM FACILITY.ROOM WHERE ROOM_ID NOT IN (SELECT ROOM_ID FROM FACILITY.BOOKING WHERE DAY = ? AND SLOT_FROM < ? AND SLOT_TO > ?) ORDER BY SEATS",
    ),
    "whois": (
        29,
        "SELECT E.ID, E.DISPLAY_NAME, E.MAIL, E.PHONE, D.NAME FROM HR.EMPLOYEE E JOIN HR.DEPARTMENT D ON D.ID = E.DEPARTMENT_ID WHERE LOWER(E.DISPLAY_NAME) LIKE ?",
    ),
    "news": (
        31,
        "SELECT ID, TITLE, PUBLISHED_AT FROM CMS.NEWS WHERE PUBLISHED_AT <= CURRENT_TIMESTAMP ORDER BY PUBLISHED_AT DESC LIMIT 10",
    ),
    "leave_ins": (
        40,
        "INSERT INTO HR.LEAVE_REQUEST (EMPLOYEE_ID, START_DATE, END_DATE, KIND, STATUS, CREATED_AT) VALUES (?, ?, ?, ?, 'PENDING', CURRENT_TIMESTAMP)",
    ),
    "balance_upd": (
        41,
        "UPDATE HR.LEAVE_BALANCE SET DAYS_PLANNED = DAYS_PLANNED + ? WHERE EMPLOYEE_ID = ? AND YEAR = ?",
    ),
    "booking_ins": (
        44,
        "INSERT INTO FACILITY.BOOKING (ROOM_ID, DAY, SLOT_FROM, SLOT_TO, BOOKED_BY) VALUES (?, ?, ?, ?, ?)",
    ),
    "approve": (
        47,
        "UPDATE HR.LEAVE_REQUEST SET STATUS = ?, DECIDED_BY = ?, DECIDED_AT = CURRENT_TIMESTAMP WHERE ID = ?",
    ),
    "report": (
        52,
        "SELECT D.NAME, E.DISPLAY_NAME, R.KIND, R.START_DATE, R.END_DATE, R.STATUS FROM HR.LEAVE_REQUEST R JOIN HR.EMPLOYEE E ON E.ID = R.EMPLOYEE_ID JOIN HR.DEPARTMENT D ON D.ID = E.DEPARTMENT_ID WHERE R.START_DATE >= ? ORDER BY D.NAME, E.DISPLAY_NAME",
    ),
    "sync_upsert": (
        58,
        "MERGE INTO HR.EMPLOYEE E USING (VALUES(?, ?, ?, ?, ?)) AS V(ID, DISPLAY_NAME, MAIL, PHONE, DEPARTMENT_ID) ON E.ID = V.ID WHEN MATCHED THEN UPDATE SET E.DISPLAY_NAME = V.DISPLAY_NAME, E.MAIL = V.MAIL, E.PHONE = V.PHONE, E.DEPARTMENT_ID = V.DEPARTMENT_ID WHEN NOT MATCHED THEN INSERT VALUES V.ID, V.DISPLAY_NAME, V.MAIL, V.PHONE, V.DEPARTMENT_ID",
    ),
    "sync_mark": (
        59,
        "UPDATE HR.EMPLOYEE SET ACTIVE = FALSE WHERE ID NOT IN (SELECT ID FROM HR.SYNC_SEEN)",
    ),
}
HS_IOE_STACK = [
    "java.io.IOException: No space left on device",
    "\tat java.base/java.io.FileOutputStream.writeBytes(Native Method)",
    "\tat java.base/java.io.FileOutputStream.write(FileOutputStream.java:349)",
    "\tat org.hsqldb.lib.FileUtil$FileSync.sync(FileUtil.java:473)",
    "\tat org.hsqldb.scriptio.ScriptWriterText.writeRow(ScriptWriterText.java:174)",
    "\tat org.hsqldb.scriptio.ScriptWriterBase.writeTableInit(ScriptWriterBase.java:349)",
    "\tat org.hsqldb.scriptio.ScriptWriterBase.writeSingleColumnResult(ScriptWriterBase.java:301)",
    "\tat org.hsqldb.scriptio.ScriptWriterBase.writeDDL(ScriptWriterBase.java:258)",
    "\tat org.hsqldb.scriptio.ScriptWriterBase.writeAll(ScriptWriterBase.java:236)",
    "\tat org.hsqldb.persist.Log.writeScript(Log.java:616)",
    "\tat org.hsqldb.persist.Log.checkpointClose(Log.java:341)",
    "\tat org.hsqldb.persist.Log.checkpoint(Log.java:290)",
    "\tat org.hsqldb.persist.Log.checkpoint(Log.java:320)",
    "\tat org.hsqldb.persist.Logger.checkpointInternal(Logger.java:1371)",
    "\tat org.hsqldb.persist.Logger.checkpoint(Logger.java:1328)",
    "\tat org.hsqldb.Session.executeCompiledStatement(Session.java:1461)",
    "\tat org.hsqldb.Session.execute(Session.java:1045)",
    "\tat org.hsqldb.server.ServerConnection.receiveResult(ServerConnection.java:314)",
    "\tat org.hsqldb.server.ServerConnection.run(ServerConnection.java:1417)",
    "\tat java.base/java.lang.Thread.run(Thread.java:840)",
]


def jul_time(t: datetime) -> str:
    """JUL SimpleFormatter's %1$tb %1$td, %1$tY %1$tl:%1$tM:%1$tS %1$Tp."""
    h12 = t.hour % 12 or 12
    return f"{t:%b %d, %Y} {h12}:{t:%M:%S} {'AM' if t.hour < 12 else 'PM'}"


class HsConn:
    def __init__(self, cid: int, thread: str, user: str) -> None:
        self.cid, self.thread, self.user = cid, thread, user


def hsqldb(r: random.Random) -> list[Log]:
    """One HSQLDB 2.7 server's console (server.silent=false), 06:00 to 12:00."""
    fs = Files()
    F = "hsqldb-server.out"
    st = {"cid": 1204, "result": 3210, "txts": 88_102}

    def srv(t: datetime, label: str, msg: str, conn: HsConn | None = None) -> datetime:
        """Server.print (no time), or printWithThread when the call site names its thread."""
        head = f"[{HS_SERVER}]: " + (f"[Thread[{conn.thread},5,{HS_GROUP}]]: " if conn else "")
        return fs.add(F, t, label, lambda x: [head + msg], "server", MS)

    def jul(
        t: datetime,
        label: str,
        msg: str,
        level: str = "INFO",
        method: str = "logInfoEvent",
        more: list[str] | None = None,
    ) -> datetime:
        return fs.add(
            F,
            t,
            label,
            lambda x: [
                f"{jul_time(x)} org.hsqldb.persist.Logger {method}",
                f"{level}: {msg}",
                *(more or []),
            ],
            "jul",
            SEC,
        )

    def new_thread() -> str:
        return f"HSQLDB Connection @{r.randrange(0x10000000, 0x7FFFFFFF):x}"

    def connect(t: datetime, user: str, db: str = "intranet") -> tuple[datetime, HsConn]:
        st["cid"] += 1
        c = HsConn(st["cid"], new_thread(), user)
        t = srv(t, HS_MODE, f"{c.cid}:SQLCLI:MODE:31")
        t = srv(
            t + sec(0.001), HS_TRYING, f"{c.cid}:Trying to connect user '{user}' to DB ({db})", c
        )
        t = srv(
            t + sec(r.uniform(0.004, 0.03)), HS_CONNECTED, f"{c.cid}:Connected user '{user}'", c
        )
        t = srv(t + sec(0.002), HS_GETATTR, f"{c.cid}:HSQLCLI:GETSESSIONATTR")
        return t, c

    def req(t: datetime, c: HsConn, label: str, msg: str) -> datetime:
        return srv(t + sec(r.uniform(0.0008, 0.004)), label, f"{c.cid}:{msg}")

    def run(t: datetime, c: HsConn, key: str, fetch: int = 0) -> datetime:
        csid, sql = HQ[key]
        t = req(t, c, HS_PREPARE, f"SQLCLI:SQLPREPARE {sql}")
        t = req(t, c, HS_EXECUTE, f"SQLCLI:SQLEXECUTE:{csid}")
        if fetch:
            st["result"] += 1
            rid = st["result"]
            for k in range(fetch):
                t = req(
                    t + sec(r.uniform(0.2, 0.9)),
                    c,
                    HS_REQDATA,
                    f"HQLCLI:REQUESTDATA:RESULT_ID {rid} ROWOFFSET {(k + 1) * 500} ROWCOUNT 500",
                )
            t = req(t, c, HS_CLOSE, f"HQLCLI:CLOSE_RESULT:RESULT_ID {rid}")
        return req(t, c, HS_FREE, f"SQLCLI:SQLFREESTMT:{csid}")

    # the intranet's DBCP pool of 8, open since Tomcat started at 02:10
    pool: list[HsConn] = []
    for k in range(8):
        pool.append(HsConn(1190 + k, new_thread(), "INTRANET"))
    oom = at(7, 31, 12)
    ckpt_due: list[datetime] = []
    disk_full = (at(10, 31, 0), at(11, 2, 30))

    def checkpoint(t: datetime, fails: bool) -> datetime:
        t = jul(t, HS_CKPT_START, "Checkpoint start")
        t = jul(t, HS_CLOSE_START, "checkpointClose start")
        t = jul(t + sec(r.uniform(0.1, 0.8)), HS_CLOSE_SYNCHED, "checkpointClose synched")
        if fails:
            t = jul(
                t + sec(r.uniform(1.0, 2.5)),
                HS_CKPT_RECOVERED,
                "checkpoint failed - recovered",
                "SEVERE",
                "logSevereEvent",
                [*HS_IOE_STACK, ""],
            )
            t = jul(
                t, HS_CKPT_SEE, "checkpoint failed - see previous error", "SEVERE", "logSevereEvent"
            )
        else:
            t = jul(t + sec(r.uniform(2.0, 6.0)), HS_CLOSE_SCRIPT, "checkpointClose script done")
            t = jul(t + sec(r.uniform(0.2, 1.2)), HS_CLOSE_END, "checkpointClose end")
        st["txts"] += r.randint(300, 2500)
        return jul(t, HS_CKPT_END, f"Checkpoint end - txts: {st['txts']}")

    events: list[tuple[datetime, str]] = []
    for kind, mean in (
        ("leave_list", 240),
        ("leave_balance", 300),
        ("rooms_free", 230),
        ("whois", 150),
        ("news", 190),
        ("leave_new", 1300),
        ("booking", 800),
        ("approve", 1000),
    ):
        events += [(x, kind) for x in thinned(r, poisson(r, T0 + sec(30), T_END, mean))]
    events += [(x, "http") for x in every(r, at(6, 2, 11), T_END, 300, 0.4)]
    events += [
        (oom, "oom"),
        (at(8, 0, 4), "report"),
        (at(11, 0, 3), "report"),
        (at(9, 0, 1), "sync"),
        (at(10, 30, 2), "sync"),
        (at(11, 3, 15), "manual"),
    ]
    events.sort()
    restored_at = oom + sec(95)
    failed_ckpts = 0
    for tt, kind in events:
        if kind == "http":
            st["cid"] += 1  # every accepted socket takes a connection number
            srv(tt, HS_HTTP, "Rejected attempt from client using hsql HTTP protocol")
            continue
        if kind == "oom":
            # Tomcat killed by the OOM killer: every pooled socket drops
            for c in pool:
                srv(tt + sec(r.uniform(0, 0.05)), HS_DROPPED, f"{c.cid}:disconnected INTRANET", c)
            pool = []
            t2 = restored_at
            for _k in range(8):
                t2, c = connect(t2 + sec(r.uniform(0.01, 0.08)), "INTRANET")
                pool.append(c)
            continue
        if oom <= tt < restored_at + sec(2):
            continue
        if kind == "report":
            t2, c = connect(tt, "REPORTS")
            t2 = req(t2, c, HS_SETATTR, "HSQLCLI:SETSESSIONATTR:")
            t2 = run(t2, c, "report", fetch=r.randint(4, 7))
            t2 = req(t2, c, HS_COMMIT, "SQLCLI:SQLENDTRAN:COMMIT")
            req(t2 + sec(0.2), c, HS_DISCONNECT, "SQLCLI:SQLDISCONNECT")
            continue
        if kind == "sync":
            # the nightly HR sync from LDAP, rerun by hand at 10:30
            t2, c = connect(tt, "HRSYNC")
            t2 = req(t2, c, HS_SETATTR, "HSQLCLI:SETSESSIONATTR:")
            t2 = req(t2, c, HS_PREPARE, f"SQLCLI:SQLPREPARE {HQ['sync_upsert'][1]}")
            for _b in range(r.randint(28, 34)):
                t2 = req(
                    t2 + sec(r.uniform(1.2, 4.5)),
                    c,
                    HS_BATCH,
                    f"SQLCLI:SQLEXECUTE:BATCHMODE:{HQ['sync_upsert'][0]}",
                )
            t2 = req(t2, c, HS_FREE, f"SQLCLI:SQLFREESTMT:{HQ['sync_upsert'][0]}")
            t2 = run(t2, c, "sync_mark")
            t2 = req(t2, c, HS_COMMIT, "SQLCLI:SQLENDTRAN:COMMIT")
            req(t2 + sec(0.1), c, HS_DISCONNECT, "SQLCLI:SQLDISCONNECT")
            ckpt_due.append(t2 + sec(r.uniform(0.3, 1.5)))
            continue
        if kind == "manual":
            # the DBA, disk space freed, runs CHECKPOINT from SqlTool
            t2, c = connect(tt, "SA")
            t2 = req(t2 + sec(4), c, HS_DIRECT, "CHECKPOINT")
            checkpoint(t2 + sec(0.01), False)
            req(t2 + sec(14), c, HS_DISCONNECT, "SQLCLI:SQLDISCONNECT")
            continue
        c = r.choice(pool)
        t2 = tt
        if r.random() < 0.75:
            t2 = req(t2, c, HS_DIRECT, HQ["valid"][1])
        if kind in ("leave_list", "leave_balance", "rooms_free", "whois", "news"):
            run(t2, c, kind)
            continue
        # a write: autocommit off, two statements, commit (or roll back), autocommit on
        t2 = req(t2, c, HS_SETATTR, "HSQLCLI:SETSESSIONATTR:")
        if kind == "leave_new":
            t2 = run(t2, c, "leave_ins")
            t2 = run(t2, c, "balance_upd")
        elif kind == "booking":
            t2 = run(t2, c, "rooms_free")
            t2 = run(t2, c, "booking_ins")
        else:
            t2 = run(t2, c, "approve")
        if r.random() < 0.06:
            t2 = req(t2, c, HS_ROLLBACK, "SQLCLI:SQLENDTRAN:ROLLBACK")
        else:
            t2 = req(t2, c, HS_COMMIT, "SQLCLI:SQLENDTRAN:COMMIT")
            # a checkpoint is due after the log passed hsqldb.log_size: the next commit runs it
            if ckpt_due and ckpt_due[0] <= t2:
                ckpt_due.pop(0)
                full = disk_full[0] <= t2 < disk_full[1]
                checkpoint(t2 + sec(0.01), full)
                if full and failed_ckpts < 12:
                    failed_ckpts += 1
                    ckpt_due.insert(0, t2 + sec(r.uniform(40, 160)))
        req(t2, c, HS_SETATTR, "HSQLCLI:SETSESSIONATTR:")
    return fs.logs(T0)


# --------------------------------------------------------------------------------------- h2

H2_DB = "/srv/inventory/data/inventory"
H2_OPENING = "opening %s (build %s)"
H2_OPENED = "opened %s"
H2_CONNECTING = "connecting session #%s to %s"
H2_DISCONNECTING = "disconnecting session #%s"
H2_DISCONNECTED = "disconnected session #%s"
H2_SLOW = "slow query: %s ms"
H2_EXC = "exception"
H2_FLUSH = "flush"
H2_CLOSING_HOOK = "closing %s from shutdown hook"
H2_CLOSING = "closing %s"
H2_CLOSED = "closed"
H2_WRONG = 'wrong user or password; user: "%s"'
# Trace.infoSQL: `l:` only with parameters, `#:` only with a row count, `t:` only when it took a millisecond
H2_SQL = {
    (True, True, False): "/*SQL l:%s #:%s*/%s%s;",
    (True, True, True): "/*SQL l:%s #:%s t:%s*/%s%s;",
    (True, False, False): "/*SQL l:%s*/%s%s;",
    (True, False, True): "/*SQL l:%s t:%s*/%s%s;",
    (False, True, False): "/*SQL #:%s*/%s;",
    (False, True, True): "/*SQL #:%s t:%s*/%s;",
    (False, False, False): "/*SQL */%s;",
    (False, False, True): "/*SQL t:%s*/%s;",
}
H2Q = {
    "stock": "SELECT QTY_ON_HAND, QTY_RESERVED FROM STOCK_LEVEL WHERE SKU = ? AND WAREHOUSE_ID = ?",
    "stock_bin": "SELECT S.QTY_ON_HAND, S.QTY_RESERVED, S.BIN_LOCATION FROM STOCK_LEVEL S WHERE S.SKU = ? AND S.WAREHOUSE_ID = ?",
    "reserve": "UPDATE STOCK_LEVEL SET QTY_RESERVED = QTY_RESERVED + ? WHERE SKU = ? AND WAREHOUSE_ID = ? AND QTY_ON_HAND - QTY_RESERVED >= ?",
    "res_ins": "INSERT INTO RESERVATION(ID, ORDER_REF, SKU, WAREHOUSE_ID, QTY, EXPIRES_AT) VALUES(?, ?, ?, ?, ?, ?)",
    "movement": "INSERT INTO STOCK_MOVEMENT(ID, SKU, WAREHOUSE_ID, DELTA, REASON, CREATED_AT) VALUES(?, ?, ?, ?, ?, CURRENT_TIMESTAMP)",
    "expire": "DELETE FROM RESERVATION WHERE EXPIRES_AT < ?",
    "warehouses": "SELECT ID, CODE, NAME FROM WAREHOUSE ORDER BY ID",
    "dashboard": "SELECT W.CODE, SUM(S.QTY_ON_HAND), SUM(S.QTY_RESERVED) FROM STOCK_LEVEL S JOIN WAREHOUSE W ON W.ID = S.WAREHOUSE_ID GROUP BY W.CODE",
    "valuation": "SELECT P.CATEGORY, SUM(S.QTY_ON_HAND * P.UNIT_COST) FROM STOCK_LEVEL S JOIN PRODUCT P ON P.SKU = S.SKU GROUP BY P.CATEGORY",
    "count": "UPDATE STOCK_LEVEL SET QTY_ON_HAND = ?, COUNTED_AT = CURRENT_TIMESTAMP WHERE SKU = ? AND WAREHOUSE_ID = ?",
}
H2_SKUS = [
    f"SKU-{n}"
    for n in (
        20418,
        20419,
        20477,
        21003,
        21150,
        22871,
        23004,
        23311,
        24090,
        24555,
        25102,
        26780,
        27431,
        28009,
    )
]
H2_JDBC_UPDATE = [
    "org.h2.command.CommandContainer.update(CommandContainer.java:169)",
    "org.h2.command.Command.executeUpdate(Command.java:256)",
    "org.h2.jdbc.JdbcPreparedStatement.executeUpdateInternal(JdbcPreparedStatement.java:216)",
    "org.h2.jdbc.JdbcPreparedStatement.executeUpdate(JdbcPreparedStatement.java:174)",
    "com.zaxxer.hikari.pool.ProxyPreparedStatement.executeUpdate(ProxyPreparedStatement.java:61)",
    "com.zaxxer.hikari.pool.HikariProxyPreparedStatement.executeUpdate(HikariProxyPreparedStatement.java)",
    "org.springframework.jdbc.core.JdbcTemplate.lambda$update$2(JdbcTemplate.java:965)",
    "org.springframework.jdbc.core.JdbcTemplate.execute(JdbcTemplate.java:651)",
    "org.springframework.jdbc.core.JdbcTemplate.update(JdbcTemplate.java:960)",
    "org.springframework.jdbc.core.JdbcTemplate.update(JdbcTemplate.java:1015)",
]
H2_JDBC_QUERY = [
    "org.h2.command.CommandContainer.query(CommandContainer.java:251)",
    "org.h2.command.Command.executeQuery(Command.java:190)",
    "org.h2.jdbc.JdbcPreparedStatement.executeQuery(JdbcPreparedStatement.java:130)",
    "com.zaxxer.hikari.pool.ProxyPreparedStatement.executeQuery(ProxyPreparedStatement.java:52)",
    "com.zaxxer.hikari.pool.HikariProxyPreparedStatement.executeQuery(HikariProxyPreparedStatement.java)",
    "org.springframework.jdbc.core.JdbcTemplate$1.doInPreparedStatement(JdbcTemplate.java:732)",
    "org.springframework.jdbc.core.JdbcTemplate.execute(JdbcTemplate.java:658)",
    "org.springframework.jdbc.core.JdbcTemplate.query(JdbcTemplate.java:723)",
    "org.springframework.jdbc.core.JdbcTemplate.query(JdbcTemplate.java:754)",
    "org.springframework.jdbc.core.JdbcTemplate.query(JdbcTemplate.java:809)",
]
H2_APP_TAIL = [
    "com.example.inventory.reservation.ReservationService.reserve(ReservationService.java:61)",
    "com.example.inventory.reservation.ReservationService$$SpringCGLIB$$0.reserve(<generated>)",
    "com.example.inventory.api.ReservationController.reserve(ReservationController.java:44)",
    "org.springframework.web.servlet.mvc.method.annotation.ServletInvocableHandlerMethod.invokeAndHandle(ServletInvocableHandlerMethod.java:118)",
    "org.springframework.web.servlet.DispatcherServlet.doDispatch(DispatcherServlet.java:1089)",
    "org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:885)",
    "org.apache.catalina.core.StandardWrapperValve.invoke(StandardWrapperValve.java:167)",
    "org.apache.coyote.http11.Http11Processor.service(Http11Processor.java:391)",
    "org.apache.tomcat.util.net.NioEndpoint$SocketProcessor.doRun(NioEndpoint.java:1740)",
    "org.apache.tomcat.util.threads.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1191)",
    "org.apache.tomcat.util.threads.TaskThread$WrappingRunnable.run(TaskThread.java:63)",
    "java.base/java.lang.Thread.run(Thread.java:840)",
]
H2_DBEX = [
    "org.h2.message.DbException.getJdbcSQLException(DbException.java:690)",
    "org.h2.message.DbException.getJdbcSQLException(DbException.java:489)",
    "org.h2.message.DbException.get(DbException.java:223)",
    "org.h2.message.DbException.get(DbException.java:199)",
]


def at_lines(frames: list[str]) -> list[str]:
    return [f"\tat {f}" for f in frames]


def h2_sql_value(v: object) -> str:
    """Value.getTraceSQL(): strings quoted, timestamps as literals."""
    if isinstance(v, str):
        return f"'{v}'"
    if isinstance(v, datetime):
        return f"TIMESTAMP '{v:%Y-%m-%d %H:%M:%S}'"
    return str(v)


def h2(r: random.Random) -> list[Log]:
    """An inventory service embedding H2 2.2.224 (TRACE_LEVEL_FILE=2), 06:00 to 12:00."""
    fs = Files()
    F = "inventory.trace.db"
    st = {"next": 1140, "res": 88_410_200, "mov": 5_220_340, "open": True}

    def line(
        t: datetime,
        module: str,
        label: str,
        msg: str,
        more: list[str] | None = None,
        proc: object = None,
    ) -> datetime:
        return fs.add(
            F,
            t,
            label,
            lambda x: [f"{x:%Y-%m-%d %H:%M:%S} {module}: {msg}", *(more or [])],
            proc if proc is not None else module,
            SEC,
        )

    def new_session(t: datetime) -> tuple[datetime, int]:
        st["next"] += 1
        n = st["next"]
        return line(t, "database", H2_CONNECTING, f"connecting session #{grouped(n)} to {H2_DB}"), n

    def end_session(t: datetime, n: int) -> datetime:
        t = line(t, "database", H2_DISCONNECTING, f"disconnecting session #{grouped(n)}")
        return line(t, "database", H2_DISCONNECTED, f"disconnected session #{grouped(n)}")

    def sql(
        t: datetime,
        n: int,
        key: str,
        vals: list[object],
        rows: int,
        ms: int,
        text: str | None = None,
    ) -> datetime:
        q = text if text is not None else H2Q[key]
        params = ""
        if vals:
            params = (
                " {" + ", ".join(f"{i}: {h2_sql_value(v)}" for i, v in enumerate(vals, 1)) + "}"
            )
        flags = (bool(vals), rows > 0, ms > 0)
        head = "/*SQL"
        if vals:
            head += f" l:{len(q)}"
        if rows > 0:
            head += f" #:{rows}"
        if ms > 0:
            head += f" t:{ms}"
        if not any(flags):
            head += " "
        body = f"{head}*/{q}{params};"
        t = line(t, f"jdbc[{n}]", H2_SQL[flags], "", [body])
        if ms > 100:
            line(t, "command", H2_SLOW, f"slow query: {grouped(ms)} ms")
        return t

    def exc(t: datetime, n: int, head: str, frames: list[str]) -> datetime:
        return line(
            t,
            f"jdbc[{n}]",
            H2_EXC,
            "exception",
            [head.split("\n")[0], *head.split("\n")[1:], *at_lines(frames)],
        )

    # ---- the Hikari pool of 10, maxLifetime 30 min
    pool: list[int] = []
    retire: list[datetime] = []

    def open_pool(t: datetime) -> None:
        pool.clear()
        retire.clear()
        for _k in range(10):
            t, n = new_session(t + sec(r.uniform(0.01, 0.2)))
            pool.append(n)
            retire.append(t + sec(r.uniform(1755, 1800)) if st["open"] else t)

    def refresh(t: datetime) -> None:
        for i in range(len(pool)):
            while retire[i] <= t:
                t2 = end_session(retire[i], pool[i])
                t2, n = new_session(t2 + sec(r.uniform(0.005, 0.05)))
                pool[i] = n
                retire[i] = t2 + sec(r.uniform(1755, 1800))

    # the service has run since yesterday's deploy: sessions #1,131 to #1,140 in the pool
    for k in range(10):
        pool.append(1131 + k)
        retire.append(T0 + sec(r.uniform(20, 1790)))

    stocktake = (at(8, 0, 5), at(8, 26, 40))
    migration = (at(9, 15, 22), at(9, 17, 48))
    bad_deploy = (at(9, 20, 10), at(9, 31, 5))
    disk_full = (at(10, 20, 14), at(10, 31, 2))
    restart_at = at(10, 31, 9)

    events: list[tuple[datetime, str]] = []
    events += [(x, "reserve") for x in thinned(r, poisson(r, T0 + sec(10), T_END, 100))]
    events += [(x, "lookup") for x in thinned(r, poisson(r, T0 + sec(10), T_END, 88))]
    events += [(x, "expire") for x in every(r, T0 + sec(31), T_END, 60, 0.3)]
    events += [(x, "dashboard") for x in every(r, T0 + sec(95), T_END, 240, 2)]
    events += [(x, "warehouses") for x in every(r, T0 + sec(140), T_END, 300, 1)]
    events += [(x, "valuation") for x in every(r, at(6, 15), T_END, 3600, 3)]
    events += [(x, "report_login") for x in every(r, at(6, 4, 12), T_END, 600, 4)]
    events += [(x, "count") for x in poisson(r, stocktake[0], stocktake[1], 9)]
    events += [(x, "reserve") for x in poisson(r, stocktake[0], stocktake[1], 30)]
    events += [(x, "lookup") for x in poisson(r, migration[0] + sec(2), migration[1] - sec(10), 7)]
    events += [(restart_at, "restart"), (disk_full[0], "flush"), (migration[0] - sec(3), "index")]
    events.sort()
    count_session = None
    for tt, kind in events:
        if kind == "restart":
            # the on-call engineer cleans /srv and restarts the service
            t2 = line(tt, "database", H2_CLOSING_HOOK, f"closing {H2_DB} from shutdown hook")
            t2 = line(t2 + sec(0.3), "database", H2_CLOSING, f"closing {H2_DB}")
            line(t2 + sec(r.uniform(1.5, 3)), "database", H2_CLOSED, "closed")
            st["next"] = 2
            t2 = line(tt + sec(41), "database", H2_OPENING, f"opening {H2_DB} (build 224)")
            t2 = line(t2 + sec(r.uniform(2, 4)), "database", H2_OPENED, f"opened {H2_DB}")
            open_pool(t2 + sec(0.4))
            continue
        if restart_at - sec(1) <= tt < restart_at + sec(47):
            continue
        refresh(tt)
        if kind == "flush":
            cause = [
                'org.h2.message.DbException: General error: "org.h2.mvstore.MVStoreException: Writing to nio:/srv/inventory/data/inventory.mv.db failed; length 12288 at 2218754048 [2.2.224/2]" [50000-224]',
                *at_lines(
                    [
                        "org.h2.message.DbException.get(DbException.java:212)",
                        "org.h2.message.DbException.convert(DbException.java:407)",
                        "org.h2.mvstore.db.Store.lambda$new$0(Store.java:125)",
                        "org.h2.mvstore.MVStore.handleException(MVStore.java:1321)",
                        "org.h2.mvstore.MVStore.writeInBackground(MVStore.java:1265)",
                        "org.h2.mvstore.MVStore$BackgroundWriterThread.run(MVStore.java:1941)",
                    ]
                ),
                'Caused by: org.h2.jdbc.JdbcSQLNonTransientException: General error: "org.h2.mvstore.MVStoreException: Writing to nio:/srv/inventory/data/inventory.mv.db failed; length 12288 at 2218754048 [2.2.224/2]" [50000-224]',
                *at_lines(H2_DBEX[:2]),
                "\t... 6 more",
                "Caused by: org.h2.mvstore.MVStoreException: Writing to nio:/srv/inventory/data/inventory.mv.db failed; length 12288 at 2218754048 [2.2.224/2]",
                *at_lines(
                    [
                        "org.h2.mvstore.DataUtils.newMVStoreException(DataUtils.java:996)",
                        "org.h2.mvstore.DataUtils.writeFully(DataUtils.java:463)",
                        "org.h2.mvstore.FileStore.writeFully(FileStore.java:111)",
                        "org.h2.mvstore.SingleFileStore.writeFully(SingleFileStore.java:102)",
                        "org.h2.mvstore.RandomAccessStore.writeChunk(RandomAccessStore.java:375)",
                        "org.h2.mvstore.FileStore.storeBuffer(FileStore.java:1385)",
                        "org.h2.mvstore.FileStore.storeIt(FileStore.java:1349)",
                        "org.h2.mvstore.FileStore.store(FileStore.java:1323)",
                        "org.h2.mvstore.MVStore.store(MVStore.java:1154)",
                        "org.h2.mvstore.MVStore.writeInBackground(MVStore.java:1247)",
                    ]
                ),
                "\t... 1 more",
                "Caused by: java.io.IOException: No space left on device",
                *at_lines(
                    [
                        "java.base/sun.nio.ch.FileDispatcherImpl.pwrite0(Native Method)",
                        "java.base/sun.nio.ch.FileDispatcherImpl.pwrite(FileDispatcherImpl.java:68)",
                        "java.base/sun.nio.ch.IOUtil.writeFromNativeBuffer(IOUtil.java:132)",
                        "java.base/sun.nio.ch.IOUtil.write(IOUtil.java:97)",
                        "java.base/sun.nio.ch.FileChannelImpl.writeInternal(FileChannelImpl.java:838)",
                        "java.base/sun.nio.ch.FileChannelImpl.write(FileChannelImpl.java:824)",
                        "org.h2.store.fs.FileBaseDefault.write(FileBaseDefault.java:41)",
                        "org.h2.mvstore.DataUtils.writeFully(DataUtils.java:459)",
                    ]
                ),
                "\t... 9 more",
            ]
            line(tt, "database", H2_FLUSH, "flush", cause)
            continue
        if kind == "index":
            # an operator builds an index over the TCP server: the table is locked while it runs
            t2, n = new_session(tt)
            took = int((migration[1] - migration[0]).total_seconds() * 1000) + r.randint(200, 900)
            t2 = sql(
                migration[1],
                n,
                "",
                [],
                0,
                took,
                "CREATE INDEX IDX_STOCK_LEVEL_COUNTED ON STOCK_LEVEL(COUNTED_AT)",
            )
            end_session(t2 + sec(r.uniform(3, 9)), n)
            continue
        if kind == "report_login":
            if tt < at(11, 12):
                line(
                    tt,
                    "database",
                    H2_WRONG,
                    'wrong user or password; user: "REPORTING"',
                    [
                        "org.h2.message.DbException: Wrong user name or password [28000-224]",
                        *at_lines(
                            [
                                "org.h2.message.DbException.get(DbException.java:223)",
                                "org.h2.message.DbException.get(DbException.java:199)",
                                "org.h2.engine.Engine.openSession(Engine.java:154)",
                                "org.h2.engine.Engine.openSession(Engine.java:222)",
                                "org.h2.engine.Engine.createSession(Engine.java:201)",
                                "org.h2.server.TcpServerThread.run(TcpServerThread.java:190)",
                                "java.base/java.lang.Thread.run(Thread.java:840)",
                            ]
                        ),
                        "Caused by: org.h2.jdbc.JdbcSQLInvalidAuthorizationSpecException: Wrong user name or password [28000-224]",
                        *at_lines(
                            [
                                "org.h2.message.DbException.getJdbcSQLException(DbException.java:522)",
                                H2_DBEX[1],
                            ]
                        ),
                        "\t... 7 more",
                    ],
                )
            else:
                # the password is fixed in the reporting tool: its TCP sessions come and go
                t2, n = new_session(tt)
                t2 = sql(t2 + sec(1), n, "valuation", [], 11, r.randint(600, 900))
                end_session(t2 + sec(r.uniform(2, 6)), n)
            continue
        if kind == "count":
            if count_session is None:
                t2, count_session = new_session(tt)
            sku = r.choice(H2_SKUS)
            sql(
                tt + sec(0.2),
                count_session,
                "count",
                [r.randint(0, 900), sku, 2],
                1,
                r.choice([0, 0, 1]),
            )
            if tt + sec(9) >= stocktake[1]:
                t2 = sql(tt + sec(1), count_session, "", [], 0, 0, "COMMIT")
                end_session(t2 + sec(0.5), count_session)
                count_session = None
            continue
        n = r.choice(pool)
        if kind == "expire":
            rows = r.choice([0, 0, 0, 1, 1, 2, 3])
            sql(tt, n, "expire", [tt.replace(microsecond=0)], rows, r.choice([0, 0, 1]))
        elif kind == "warehouses":
            sql(tt, n, "warehouses", [], 4, 0)
        elif kind == "dashboard":
            sql(tt, n, "dashboard", [], 4, r.randint(95, 420))
        elif kind == "valuation":
            sql(tt, n, "valuation", [], 11, r.randint(900, 2600))
        elif kind == "lookup":
            sku, wh = r.choice(H2_SKUS), r.randint(1, 4)
            if bad_deploy[0] <= tt < bad_deploy[1]:
                exc(
                    tt,
                    n,
                    f'org.h2.jdbc.JdbcSQLSyntaxErrorException: Column "S.BIN_LOCATION" not found; SQL statement:\n{H2Q["stock_bin"]} [42122-224]',
                    [
                        "org.h2.message.DbException.getJdbcSQLException(DbException.java:514)",
                        *H2_DBEX[1:],
                        "org.h2.expression.ExpressionColumn.getColumnException(ExpressionColumn.java:244)",
                        "org.h2.expression.ExpressionColumn.optimizeOther(ExpressionColumn.java:226)",
                        "org.h2.expression.ExpressionColumn.optimize(ExpressionColumn.java:213)",
                        "org.h2.command.query.Select.prepareExpressions(Select.java:1211)",
                        "org.h2.command.query.Query.prepare(Query.java:227)",
                        "org.h2.command.Parser.prepareCommand(Parser.java:489)",
                        "org.h2.engine.SessionLocal.prepareLocal(SessionLocal.java:639)",
                        "org.h2.engine.SessionLocal.prepareCommand(SessionLocal.java:559)",
                        "org.h2.jdbc.JdbcConnection.prepareCommand(JdbcConnection.java:1166)",
                        "org.h2.jdbc.JdbcPreparedStatement.<init>(JdbcPreparedStatement.java:93)",
                        "org.h2.jdbc.JdbcConnection.prepareStatement(JdbcConnection.java:316)",
                        "com.zaxxer.hikari.pool.ProxyConnection.prepareStatement(ProxyConnection.java:337)",
                        "com.zaxxer.hikari.pool.HikariProxyConnection.prepareStatement(HikariProxyConnection.java)",
                        "org.springframework.jdbc.core.JdbcTemplate$SimplePreparedStatementCreator.createPreparedStatement(JdbcTemplate.java:1751)",
                        "org.springframework.jdbc.core.JdbcTemplate.execute(JdbcTemplate.java:651)",
                        "org.springframework.jdbc.core.JdbcTemplate.query(JdbcTemplate.java:723)",
                        "com.example.inventory.stock.StockLevelRepository.find(StockLevelRepository.java:52)",
                        "com.example.inventory.api.StockController.get(StockController.java:38)",
                        *H2_APP_TAIL[3:],
                    ],
                )
            elif migration[0] <= tt < migration[1]:
                exc(
                    tt + sec(10),
                    n,
                    f'org.h2.jdbc.JdbcSQLTimeoutException: Timeout trying to lock table "STOCK_LEVEL"; SQL statement:\n{H2Q["stock"]} [50200-224]',
                    [
                        "org.h2.message.DbException.getJdbcSQLException(DbException.java:706)",
                        *H2_DBEX[1:],
                        "org.h2.mvstore.db.MVTable.doLock1(MVTable.java:228)",
                        "org.h2.mvstore.db.MVTable.lock(MVTable.java:161)",
                        "org.h2.table.TableFilter.lock(TableFilter.java:191)",
                        "org.h2.command.query.Select.queryWithoutCache(Select.java:830)",
                        "org.h2.command.query.Query.queryWithoutCacheLazyCheck(Query.java:197)",
                        "org.h2.command.query.Query.query(Query.java:520)",
                        "org.h2.command.query.Query.query(Query.java:482)",
                        *H2_JDBC_QUERY,
                        "com.example.inventory.stock.StockLevelRepository.find(StockLevelRepository.java:49)",
                        "com.example.inventory.api.StockController.get(StockController.java:38)",
                        *H2_APP_TAIL[3:],
                    ],
                )
            elif disk_full[0] <= tt < disk_full[1]:
                exc(
                    tt,
                    n,
                    'org.h2.jdbc.JdbcSQLNonTransientException: General error: "org.h2.mvstore.MVStoreException: Writing to nio:/srv/inventory/data/inventory.mv.db failed; length 12288 at 2218754048 [2.2.224/2]" [50000-224]',
                    [
                        "org.h2.message.DbException.getJdbcSQLException(DbException.java:566)",
                        *H2_DBEX[1:3],
                        "org.h2.engine.Database.throwLastBackgroundException(Database.java:1180)",
                        "org.h2.engine.SessionLocal.startStatementWithinTransaction(SessionLocal.java:1660)",
                        "org.h2.command.Command.executeQuery(Command.java:185)",
                        *H2_JDBC_QUERY[2:],
                        "com.example.inventory.stock.StockLevelRepository.find(StockLevelRepository.java:49)",
                        "com.example.inventory.api.StockController.get(StockController.java:38)",
                        *H2_APP_TAIL[3:],
                    ],
                )
            else:
                sql(
                    tt, n, "stock", [sku, wh], 0 if r.random() < 0.04 else 1, r.choice([0, 0, 0, 1])
                )
        elif kind == "reserve":
            sku, wh, qty = r.choice(H2_SKUS), r.randint(1, 4), r.randint(1, 6)
            if disk_full[0] <= tt < disk_full[1]:
                continue
            t2 = sql(tt, n, "stock", [sku, wh], 1, r.choice([0, 0, 1]))
            if stocktake[0] <= tt < stocktake[1] and wh in (2, 3) and r.random() < 0.8:
                if r.random() < 0.12:
                    other = r.randint(1120, 1160)
                    exc(
                        t2 + sec(r.uniform(0.2, 2)),
                        n,
                        'org.h2.jdbc.JdbcSQLTransactionRollbackException: Deadlock detected. The current transaction was rolled back. Details: "Transaction '
                        f"{st['next'] + 7} has been chosen as a deadlock victim. Details:\n"
                        f"Transaction {st['next'] + 7} attempts to update map <STOCK_LEVEL> entry with key <{r.randint(4000, 4999)}> modified by transaction {other}\n"
                        f"Transaction {other} attempts to update map <STOCK_LEVEL> entry with key <{r.randint(4000, 4999)}> modified by transaction {st['next'] + 7}\n"
                        f'"; SQL statement:\n{H2Q["reserve"]} [40001-224]',
                        [
                            "org.h2.message.DbException.getJdbcSQLException(DbException.java:690)",
                            *H2_DBEX[1:3],
                            "org.h2.mvstore.db.MVTable.convertException(MVTable.java:889)",
                            "org.h2.mvstore.db.MVPrimaryIndex.lockRow(MVPrimaryIndex.java:302)",
                            "org.h2.mvstore.db.MVTable.lockRow(MVTable.java:497)",
                            "org.h2.command.dml.FilteredDataChangeStatement.lockAndRecheckCondition(FilteredDataChangeStatement.java:72)",
                            "org.h2.command.dml.Update.update(Update.java:92)",
                            "org.h2.command.dml.DataChangeStatement.update(DataChangeStatement.java:74)",
                            *H2_JDBC_UPDATE,
                            "com.example.inventory.stock.StockLevelRepository.reserve(StockLevelRepository.java:88)",
                            *H2_APP_TAIL,
                        ],
                    )
                else:
                    exc(
                        t2 + sec(10 + r.uniform(0.01, 0.2)),
                        n,
                        f'org.h2.jdbc.JdbcSQLTransactionRollbackException: Concurrent update in table "STOCK_LEVEL": another transaction has updated or deleted the same row; SQL statement:\n{H2Q["reserve"]} [90131-224]',
                        [
                            "org.h2.message.DbException.getJdbcSQLException(DbException.java:690)",
                            *H2_DBEX[1:3],
                            "org.h2.mvstore.db.MVTable.convertException(MVTable.java:893)",
                            "org.h2.mvstore.db.MVPrimaryIndex.lockRow(MVPrimaryIndex.java:302)",
                            "org.h2.mvstore.db.MVTable.lockRow(MVTable.java:497)",
                            "org.h2.command.dml.FilteredDataChangeStatement.lockAndRecheckCondition(FilteredDataChangeStatement.java:72)",
                            "org.h2.command.dml.Update.update(Update.java:92)",
                            "org.h2.command.dml.DataChangeStatement.update(DataChangeStatement.java:74)",
                            *H2_JDBC_UPDATE,
                            "com.example.inventory.stock.StockLevelRepository.reserve(StockLevelRepository.java:88)",
                            *H2_APP_TAIL,
                        ],
                    )
                sql(t2 + sec(10.5), n, "", [], 0, 0, "ROLLBACK")
                continue
            short = r.random() < 0.07
            t2 = sql(
                t2, n, "reserve", [qty, sku, wh, qty], 0 if short else 1, r.choice([0, 0, 1, 2])
            )
            if short:
                sql(t2, n, "", [], 0, 0, "ROLLBACK")
                continue
            st["res"] += 1
            rid = st["res"]
            if r.random() < 0.035:
                rid -= 1
                t2 = sql(
                    t2,
                    n,
                    "res_ins",
                    [
                        rid,
                        f"SO-{r.randint(7_100_000, 7_199_999)}",
                        sku,
                        wh,
                        qty,
                        tt.replace(microsecond=0) + sec(900),
                    ],
                    0,
                    0,
                )
                exc(
                    t2,
                    n,
                    "org.h2.jdbc.JdbcSQLIntegrityConstraintViolationException: Unique index or primary key violation: "
                    f'"PUBLIC.PRIMARY_KEY_E ON PUBLIC.RESERVATION(ID) VALUES ( /* {r.randint(30000, 39999)} */ CAST({rid} AS BIGINT) )"; SQL statement:\n{H2Q["res_ins"]} [23505-224]',
                    [
                        "org.h2.message.DbException.getJdbcSQLException(DbException.java:520)",
                        *H2_DBEX[1:],
                        "org.h2.mvstore.db.MVPrimaryIndex.add(MVPrimaryIndex.java:120)",
                        "org.h2.mvstore.db.MVTable.addRow(MVTable.java:519)",
                        "org.h2.command.dml.Insert.insertRows(Insert.java:174)",
                        "org.h2.command.dml.Insert.update(Insert.java:135)",
                        "org.h2.command.dml.DataChangeStatement.update(DataChangeStatement.java:74)",
                        *H2_JDBC_UPDATE,
                        "com.example.inventory.reservation.ReservationRepository.insert(ReservationRepository.java:35)",
                        *H2_APP_TAIL,
                    ],
                )
                sql(t2, n, "", [], 0, 0, "ROLLBACK")
                continue
            t2 = sql(
                t2,
                n,
                "res_ins",
                [
                    rid,
                    f"SO-{r.randint(7_100_000, 7_199_999)}",
                    sku,
                    wh,
                    qty,
                    tt.replace(microsecond=0) + sec(900),
                ],
                1,
                r.choice([0, 0, 1]),
            )
            st["mov"] += 1
            t2 = sql(
                t2, n, "movement", [st["mov"], sku, wh, -qty, "RESERVE"], 1, r.choice([0, 0, 0, 1])
            )
            sql(t2, n, "", [], 0, 0, "COMMIT")
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- kvrocks

KV_FLUSH = "[event_listener/flush_completed] column family: %s, thread_id: %s, job_id: %s, file: %s, reason: %s, is_write_slowdown: %s, is_write_stall: %s, largest seqno: %s, smallest seqno: %s"
KV_CREATED = "[event_listener/table_file_created] column family: %s, file path: %s, file size: %s, job_id: %s, reason: %s, status: %s"
KV_DELETED = "[event_listener/table_file_deleted] db: %s, sst file: %s, status: %s"
KV_COMPACTED = "[event_listener/compaction_completed] column family: %s, job_id: %s, compaction reason: %s, output compression type: %s, base input level(files): %s(%s), output level(files): %s(%s), input bytes: %s, output bytes: %s, is_manual_compaction: %s, elapsed(micro): %s"
KV_STALL = "[event_listener/stall_cond_changed] column family: %s write stall condition was changed, from %s to %s"
KV_BGERR = "[event_listener/background_error] reason: %s, bg_error: %s"
KV_BGSAVE = "[server] Schedule to bgsave the db, result: %s"
KV_BACKUP_START = "[storage] Start to create new backup"
KV_BACKUP_OK = "[storage] Success to create new backup"
KV_RESUME = "[server] Schedule to resume DB after retryable IO error"
KV_VERSION = "kvrocks version %s (commit %s)"
KV_LOADED = "[storage] Success to load the data from disk: %s ms"
KV_REPLID = "[replication] New replication id: %s"
KV_LISTEN = "[worker] Listening on: %s:%s"
KV_READY = "[server] Ready to accept connections"
KV_BYE = "Bye Bye"
KV_EOF = "[replication] connection error/eof, reconnect the master"
KV_CONN_FAIL = "[replication] Failed to connect the master, err: %s"
KV_DBNAME_SENT = "[replication] Check db name request was sent, waiting for response"
KV_DBNAME_OK = "[replication] DB name is valid, continue..."
KV_REPLCONF_SENT = "[replication] replconf request was sent, waiting for response"
KV_REPLCONF_OK = "[replication] replconf is ok, start psync"
KV_PSYNC_TRY = "[replication] Try to use new psync, current unique replication sequence id: %s:%s"
KV_PSYNC_OK = "[replication] PSync is ok, start increment batch loop"
KV_CRITICAL = "[replication] CRITICAL - Failed to write batch to local, %s. batch: 0x%s"
KV_RETRY = "[replication] Retry in 10 seconds"
KV_ASKS = "Slave %s, listening port: %s, announce ip: %s asks for synchronization with next sequence: %s, replication id: %s, and local sequence: %s"
KV_NEW_REPLICA = "New replica: %s was added, start incremental syncing"
KV_WRITE_ERR = "Write error while sending batch to slave: %s. batches: 0x%s"
KV_TERMINATED = "Slave thread was terminated, would stop feeding the slave: %s"

KV_SITES = {
    KV_COMPACTED: ("I", "event_listener.cc", 79),
    KV_FLUSH: ("I", "event_listener.cc", 100),
    KV_BGERR: ("E", "event_listener.cc", 138),
    KV_DELETED: ("I", "event_listener.cc", 143),
    KV_STALL: ("W", "event_listener.cc", 148),
    KV_CREATED: ("I", "event_listener.cc", 154),
    KV_BGSAVE: ("I", "server.cc", 768),
    KV_RESUME: ("I", "server.cc", 803),
    KV_BACKUP_START: ("I", "storage.cc", 339),
    KV_BACKUP_OK: ("I", "storage.cc", 381),
    KV_VERSION: ("I", "main.cc", 334),
    KV_LOADED: ("I", "storage.cc", 322),
    KV_REPLID: ("I", "storage.cc", 1045),
    KV_LISTEN: ("I", "worker.cc", 77),
    KV_READY: ("I", "server.cc", 209),
    KV_BYE: ("I", "main.cc", 56),
    KV_EOF: ("E", "replication.cc", 244),
    KV_CONN_FAIL: ("E", "replication.cc", 317),
    KV_DBNAME_SENT: ("I", "replication.cc", 454),
    KV_DBNAME_OK: ("I", "replication.cc", 473),
    KV_REPLCONF_SENT: ("I", "replication.cc", 492),
    KV_REPLCONF_OK: ("I", "replication.cc", 514),
    KV_PSYNC_TRY: ("I", "replication.cc", 553),
    KV_PSYNC_OK: ("I", "replication.cc", 579),
    KV_CRITICAL: ("E", "replication.cc", 619),
    KV_RETRY: ("I", "replication.cc", 282),
    KV_ASKS: ("I", "cmd_replication.cc", 63),
    KV_NEW_REPLICA: ("I", "cmd_replication.cc", 110),
    KV_WRITE_ERR: ("E", "replication.cc", 171),
    KV_TERMINATED: ("W", "replication.cc", 81),
}
# column family -> (seconds between flushes at full load, bytes a flush writes)
KV_CFS = {
    "default": (170, 62_000_000),
    "metadata": (205, 58_000_000),
    "zset_score": (760, 41_000_000),
    "pubsub": (1900, 9_000_000),
}
KV_DB = "/var/lib/kvrocks/db"
KV_IP = {"kv1": "10.0.7.11", "kv2": "10.0.7.12"}
# pthread_self() of each host's flush thread, as RocksDB's FlushJobInfo reports it
KV_PTHREAD = {"kv1": 140229871961664, "kv2": 140391542445632}


def kvrocks(r: random.Random) -> list[Log]:
    """A kvrocks 2.8 master (kv1) and its replica (kv2), `docker logs` of each, 06:00 to 12:00."""
    fs = Files()
    host_state = {
        h: {
            "job": r.randint(4100, 4600),
            "sst": r.randint(18_200, 18_900),
            "seq": r.randint(8_810_000_000, 8_830_000_000),
            "l0": dict.fromkeys(KV_CFS, r.randint(0, 2)),
            "l1": dict.fromkeys(KV_CFS, 3),
        }
        for h in ("kv1", "kv2")
    }
    tids = {
        "kv1": {
            "main": 1,
            "flush": 9,
            "compact": [10, 11, 12, 13],
            "cron": 30,
            "task": 34,
            "repl": 38,
            "feed": 52,
        },
        "kv2": {
            "main": 1,
            "flush": 9,
            "compact": [10, 11, 12, 13],
            "cron": 30,
            "task": 34,
            "repl": 38,
            "feed": 52,
        },
    }
    replid = {"kv1": "".join(r.choice("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(16))}

    def L(h: str, t: datetime, tid: int, label: str, msg: str) -> datetime:
        sev, f, ln = KV_SITES[label]
        return fs.add(
            f"{h}.log",
            t,
            label,
            lambda x: [f"{sev}{x:%Y%m%d %H:%M:%S}.{x.microsecond:06d} {tid:5d} {f}:{ln}] {msg}"],
            (h, tid),
            US,
        )

    def sst(h: str) -> str:
        host_state[h]["sst"] += 1
        return f"{KV_DB}/{host_state[h]['sst']:06d}.sst"

    def flush(
        h: str, t: datetime, cf: str, size: int, reason: int = 6, slow: bool = False
    ) -> datetime:
        s = host_state[h]
        s["job"] += 1
        job = s["job"]
        path = sst(h)
        lo = s["seq"] + 1
        s["seq"] += int(size / r.uniform(180, 260))
        tid = tids[h]["flush"]
        t = L(
            h,
            t,
            tid,
            KV_CREATED,
            f"[event_listener/table_file_created] column family: {cf}, file path: {path}, file size: {int(size * r.uniform(0.55, 0.75))}, job_id: {job}, reason: flush, status: OK",
        )
        t = L(
            h,
            t + sec(r.uniform(0.002, 0.02)),
            tid,
            KV_FLUSH,
            f"[event_listener/flush_completed] column family: {cf}, thread_id: {KV_PTHREAD[h]}, job_id: {job}, file: {path}, reason: {reason}, is_write_slowdown: {'yes' if slow else 'no'}, is_write_stall: no, largest seqno: {s['seq']}, smallest seqno: {lo}",
        )
        s["l0"][cf] += 1
        if s["l0"][cf] >= 4:
            t = compact(h, t + sec(r.uniform(0.05, 0.4)), cf)
        return t

    def compact(h: str, t: datetime, cf: str) -> datetime:
        s = host_state[h]
        s["job"] += 1
        job = s["job"]
        l0 = s["l0"][cf]
        l1 = s["l1"][cf]
        tid = r.choice(tids[h]["compact"])
        ins = [f"{KV_DB}/{s['sst'] - k * r.randint(1, 5):06d}.sst" for k in range(l0 + l1)]
        in_bytes = int(KV_CFS[cf][1] * r.uniform(0.6, 0.7) * (l0 + l1 * 1.6))
        outs = max(1, min(4, l1 + r.choice([0, 0, 1])))
        out_bytes = int(in_bytes * r.uniform(0.7, 0.9))
        elapsed = int(in_bytes / r.uniform(90, 160))
        t0 = t + sec(elapsed / 1e6 * 0.3)
        for _k in range(outs):
            t0 = L(
                h,
                t0 + sec(elapsed / 1e6 / (outs + 1)),
                tid,
                KV_CREATED,
                f"[event_listener/table_file_created] column family: {cf}, file path: {sst(h)}, file size: {out_bytes // outs}, job_id: {job}, reason: compaction, status: OK",
            )
        t0 = L(
            h,
            t + sec(elapsed / 1e6 + 0.001),
            tid,
            KV_COMPACTED,
            f"[event_listener/compaction_completed] column family: {cf}, job_id: {job}, compaction reason: LevelL0FilesNum, output compression type: no, base input level(files): 0({l0}), output level(files): 1({l1}), input bytes: {in_bytes}, output bytes: {out_bytes}, is_manual_compaction: no, elapsed(micro): {elapsed}",
        )
        for p in ins:
            t0 = L(
                h,
                t0 + sec(r.uniform(0.0002, 0.002)),
                tid,
                KV_DELETED,
                f"[event_listener/table_file_deleted] db: {KV_DB}, sst file: {p}, status: OK",
            )
        s["l0"][cf] = 0
        s["l1"][cf] = outs
        return t0

    def start(h: str, t: datetime, master: bool) -> datetime:
        t = L(h, t, 1, KV_VERSION, "kvrocks version 2.8.0 (commit 8a1ae95)")
        t = L(
            h,
            t + sec(r.uniform(2.5, 6.5)),
            1,
            KV_LOADED,
            f"[storage] Success to load the data from disk: {r.randint(2600, 6400)} ms",
        )
        if master:
            replid[h] = "".join(r.choice("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(16))
            t = L(h, t + sec(0.001), 1, KV_REPLID, f"[replication] New replication id: {replid[h]}")
        for _w in range(4):
            t = L(
                h,
                t + sec(r.uniform(0.0001, 0.001)),
                1,
                KV_LISTEN,
                "[worker] Listening on: 0.0.0.0:6666",
            )
        return L(h, t + sec(0.003), 1, KV_READY, "[server] Ready to accept connections")

    def psync(t: datetime) -> datetime:
        """kv2 connects to kv1 and resumes the stream; kv1 takes it on."""
        tid = tids["kv2"]["repl"]
        t = L(
            "kv2",
            t,
            tid,
            KV_DBNAME_SENT,
            "[replication] Check db name request was sent, waiting for response",
        )
        t = L(
            "kv2",
            t + sec(r.uniform(0.0003, 0.002)),
            tid,
            KV_DBNAME_OK,
            "[replication] DB name is valid, continue...",
        )
        t = L(
            "kv2",
            t + sec(0.0001),
            tid,
            KV_REPLCONF_SENT,
            "[replication] replconf request was sent, waiting for response",
        )
        t = L(
            "kv2",
            t + sec(r.uniform(0.0003, 0.002)),
            tid,
            KV_REPLCONF_OK,
            "[replication] replconf is ok, start psync",
        )
        seq = host_state["kv2"]["seq"]
        t = L(
            "kv2",
            t + sec(0.0001),
            tid,
            KV_PSYNC_TRY,
            f"[replication] Try to use new psync, current unique replication sequence id: {replid['kv1_old']}:{seq}",
        )
        port = r.randint(40000, 60000)
        worker = r.choice([22, 23, 24, 25])
        tm = L(
            "kv1",
            t + sec(r.uniform(0.0002, 0.001)),
            worker,
            KV_ASKS,
            f"Slave {KV_IP['kv2']}:{port}, listening port: 6666, announce ip: {KV_IP['kv2']} asks for synchronization with next sequence: {seq + 1}, replication id: {replid['kv1_old']}, and local sequence: {host_state['kv1']['seq'] + r.randint(0, 40)}",
        )
        tids["kv1"]["feed"] += 1
        tm = L(
            "kv1",
            tm + sec(r.uniform(0.0001, 0.0005)),
            worker,
            KV_NEW_REPLICA,
            f"New replica: {KV_IP['kv2']}:{port} was added, start incremental syncing",
        )
        replid["peer"] = f"{KV_IP['kv2']}:{port}"
        return L(
            "kv2",
            tm + sec(r.uniform(0.0002, 0.001)),
            tid,
            KV_PSYNC_OK,
            "[replication] PSync is ok, start increment batch loop",
        )

    def batch_hex(seq: int) -> str:
        head = seq.to_bytes(8, "little").hex() + r.randint(1, 6).to_bytes(4, "little").hex()
        return head + hexid(r, r.choice([96, 128, 176, 232]))

    def drop_feed(t: datetime, err: str) -> datetime:
        tid = tids["kv1"]["feed"]
        t = L(
            "kv1",
            t,
            tid,
            KV_WRITE_ERR,
            f"Write error while sending batch to slave: {err}. batches: 0x{batch_hex(host_state['kv1']['seq'])}",
        )
        return L(
            "kv1",
            t + sec(0.00005),
            tid,
            KV_TERMINATED,
            f"Slave thread was terminated, would stop feeding the slave: {replid['peer']}",
        )

    # ---- the story
    replid["kv1_old"] = replid["kv1"]
    kv2_boot = at(5, 58, 31)
    t = start("kv2", kv2_boot, False)
    psync(t + sec(r.uniform(0.01, 0.05)))
    restart_kv1 = at(10, 30, 6)
    kv1_back = restart_kv1 + sec(13.4)
    flap = at(8, 41, 17)
    full = (at(11, 10, 2), at(11, 13, 44))
    import_ = (at(9, 20, 0), at(9, 36, 0))

    def kv1_restart() -> None:
        """10:30: kv1 restarted for a new block cache size; kv2 retries until it is back."""
        t = L("kv1", restart_kv1, 1, KV_BYE, "Bye Bye")
        L(
            "kv1",
            t + sec(0.002),
            tids["kv1"]["feed"],
            KV_TERMINATED,
            f"Slave thread was terminated, would stop feeding the slave: {replid['peer']}",
        )
        for cf in KV_CFS:
            t = flush(
                "kv1",
                t + sec(r.uniform(0.05, 0.3)),
                cf,
                int(KV_CFS[cf][1] * r.uniform(0.2, 0.6)),
                2,
            )
        replid["kv1_old"] = replid["kv1"]
        start("kv1", kv1_back, True)
        t = L(
            "kv2",
            restart_kv1 + sec(0.004),
            tids["kv2"]["repl"],
            KV_EOF,
            "[replication] connection error/eof, reconnect the master",
        )
        t += sec(1)
        while t < kv1_back + sec(7):
            t = L(
                "kv2",
                t + sec(r.uniform(1.0, 1.01)),
                tids["kv2"]["repl"],
                KV_CONN_FAIL,
                "[replication] Failed to connect the master, err: Connection refused",
            )
        psync(t + sec(r.uniform(1.0, 1.01)))
        replid["kv1_old"] = replid["kv1"]

    def kv2_disk_full() -> None:
        """11:10: kv2's data disk fills; every batch from kv1 fails, the stream restarts every ten seconds."""
        bad = f"{KV_DB}/{host_state['kv2']['sst'] + 1:06d}.sst"
        err = f"IO error: No space left on device: While appending to file: {bad}: No space left on device"
        L(
            "kv2",
            full[0],
            tids["kv2"]["flush"],
            KV_BGERR,
            f"[event_listener/background_error] reason: flush, bg_error: {err}",
        )
        for k in range(1, 4):
            tr = full[0] + sec(60 * k - r.uniform(0, 20))
            if tr < full[1]:
                t3 = L(
                    "kv2",
                    tr,
                    tids["kv2"]["cron"],
                    KV_RESUME,
                    "[server] Schedule to resume DB after retryable IO error",
                )
                L(
                    "kv2",
                    t3 + sec(r.uniform(0.05, 0.4)),
                    tids["kv2"]["flush"],
                    KV_BGERR,
                    f"[event_listener/background_error] reason: flush, bg_error: {err}",
                )
        t = full[0] + sec(r.uniform(0.2, 0.9))
        while t < full[1]:
            tid = tids["kv2"]["repl"]
            t = L(
                "kv2",
                t,
                tid,
                KV_CRITICAL,
                f"[replication] CRITICAL - Failed to write batch to local, {err}. batch: 0x{batch_hex(host_state['kv2']['seq'] + 1)}",
            )
            t = L("kv2", t + sec(0.0001), tid, KV_RETRY, "[replication] Retry in 10 seconds")
            drop_feed(t + sec(r.uniform(0.3, 2.5)), "Connection reset by peer")
            t = psync(t + sec(10 + r.uniform(0.0005, 0.002)))
            t += sec(r.uniform(0.002, 0.3))
        # the disk cleaned: the next resume works, the recovery flush goes through
        t = L(
            "kv2",
            full[1] + sec(r.uniform(5, 30)),
            tids["kv2"]["cron"],
            KV_RESUME,
            "[server] Schedule to resume DB after retryable IO error",
        )
        flush("kv2", t + sec(0.2), "default", int(KV_CFS["default"][1] * 0.9), 11)

    # flushes of both hosts (the replica applies the master's writes), in time order per host,
    # with the day's incidents where they fall (job ids and file numbers stay in order)
    def switch_reboot() -> None:
        """08:41: a switch reboots; the stream breaks and resumes."""
        drop_feed(flap + sec(3.1), "Broken pipe")
        t = L(
            "kv2",
            flap,
            tids["kv2"]["repl"],
            KV_EOF,
            "[replication] connection error/eof, reconnect the master",
        )
        psync(t + sec(r.uniform(9, 14)))

    hooks = {
        "kv1": [(restart_kv1, kv1_restart)],
        "kv2": [(flap, switch_reboot), (full[0], kv2_disk_full)],
    }
    for h in ("kv1", "kv2"):
        plan: list[tuple[datetime, str]] = []
        for cf, (period, _size) in KV_CFS.items():
            tt = T0 + sec(r.uniform(0, period))
            while tt < T_END:
                plan.append((tt, cf))
                load = busy(tt) * (
                    3.2 if in_any(tt, [import_]) and cf in ("default", "metadata") else 1
                )
                tt += sec(period * 1.18 / load * r.uniform(0.8, 1.2))
        plan.sort()
        for tt, cf in plan:
            while hooks[h] and hooks[h][0][0] <= tt:
                hooks[h].pop(0)[1]()
            if h == "kv1" and restart_kv1 - sec(1) <= tt < kv1_back + sec(2):
                continue
            if h == "kv2" and full[0] - sec(40) <= tt < full[1] + sec(40):
                continue
            size = int(KV_CFS[cf][1] * r.uniform(0.85, 1.05))
            flush(
                h,
                tt,
                cf,
                size,
                6 if cf != "pubsub" else 13,
                slow=in_any(tt, [(at(9, 24), at(9, 31))]),
            )
    # the import's write stalls on both
    for h in ("kv1", "kv2"):
        for (m, s_), (a, b) in zip(
            [(9, 23), (9, 24), (9, 26), (9, 27), (9, 30), (9, 33)],
            [
                ("normal", "delay"),
                ("delay", "normal"),
                ("normal", "delay"),
                ("delay", "stop"),
                ("stop", "delay"),
                ("delay", "normal"),
            ],
            strict=True,
        ):
            for cf in (
                ("default", "metadata") if (m, s_) in ((9, 26), (9, 27), (9, 30)) else ("default",)
            ):
                L(
                    h,
                    at(m, s_, r.uniform(0, 50)),
                    tids[h]["flush"],
                    KV_STALL,
                    f"[event_listener/stall_cond_changed] column family: {cf} write stall condition was changed, from {a} to {b}",
                )
    # hourly bgsave on the master
    for hh in (6, 7, 8, 9, 10, 11):
        tt = at(hh, 0, r.uniform(0.5, 19))
        t2 = L(
            "kv1",
            tt,
            tids["kv1"]["cron"],
            KV_BGSAVE,
            "[server] Schedule to bgsave the db, result: ok",
        )
        t2 = L(
            "kv1",
            t2 + sec(r.uniform(0.0005, 0.003)),
            tids["kv1"]["task"],
            KV_BACKUP_START,
            "[storage] Start to create new backup",
        )
        L(
            "kv1",
            t2 + sec(r.uniform(1.8, 7.5)),
            tids["kv1"]["task"],
            KV_BACKUP_OK,
            "[storage] Success to create new backup",
        )
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- garnet

GN_BANNER = "Garnet %s %s bit; %s mode; Port: %s"
GN_IMPORT = "Configuration import from %s succeeded. Path: %s."
GN_STORE = [
    "[Store] Using page size of %s",
    "[Store] Using log memory size of %s",
    "[Store] There are %s log pages in memory",
    "[Store] Using disk segment size of %s",
    "[Store] Using hash index size of %s (%s cache lines)",
    "[Store] Using log mutable percentage of %s%%",
    "[Store] Not using Revivification",
]
GN_OBJ = [
    "[Object Store] Using page size of %s",
    "[Object Store] Each page can hold ~%s key-value pairs of objects",
    "[Object Store] Using log memory size of %s",
    "[Object Store] This can hold ~%s key-value pairs of objects in memory total",
    "[Object Store] There are %s log pages in memory",
    "[Object Store] Using disk segment size of %s",
    "[Object Store] Using hash index size of %s (%s cache lines)",
    "[Object Store] Using log mutable percentage of %s%%",
    "[Object Store] Total memory size including heap objects is %s",
    "[Object Store] Not using Revivification",
]
GN_RECOVERED = "Recovered AOF: begin address = %s, tail address = %s"
GN_NOTE = "NOTE: Take a checkpoint (SAVE/BGSAVE) in order to actually delete the older data segments (files) from disk"
GN_BEGIN = "Begin main store compact until %s, Begin = %s, ReadOnly = %s, Tail = %s"
GN_END = "End main store compact until %s, Begin = %s, ReadOnly = %s, Tail = %s"
GN_ENFORCE = "Enforcing AOF size limit currentAofSize: %s >  AofSizeLimit: %s"
GN_INIT = "Initiating checkpoint; full = %s, type = %s, tryIncremental = %s, storeType = %s"
GN_DONE = "Completed checkpoint"
GN_CKPT_EXC = "Checkpointing threw exception"
GN_COMMIT_EXC = (
    "CommitTask exception received, AOF tail address = %s; AOF committed until address = %s; "
)
GiB = 1 << 30


def pretty_size(v: int) -> str:
    """Garnet's ServerOptions.PrettySize for whole powers of two (32768 -> 32k)."""
    exp = 0
    x = v
    while len(str(x)) > 3:
        exp += 1
        x //= 1024
    return f"{x}{'kmgtp'[exp - 1]}" if exp else str(x)


def garnet(r: random.Random) -> list[Log]:
    """Two Garnet 1.0 cache servers' --file-logger files, 06:00 to 12:00."""
    fs = Files()
    # host -> (main store memory, page, segment, index, object log memory, object page, object segment, object index, object total, AOF limit, seconds per 1 GiB of log, AOF bytes a second)
    cfg = {
        "garnet-a": dict(
            mem=16 * GiB,
            page=32 * 1024,
            seg=GiB,
            index=8 * GiB,
            omem=1 * GiB,
            opage=4096,
            oseg=32 << 20,
            oindex=16 << 20,
            ototal=0,
            aof=2 * GiB,
            per_gib=230,
            aof_rate=1_350_000,
        ),
        "garnet-b": dict(
            mem=4 * GiB,
            page=32 * 1024,
            seg=GiB,
            index=1 * GiB,
            omem=2 * GiB,
            opage=4096,
            oseg=32 << 20,
            oindex=64 << 20,
            ototal=6 * GiB,
            aof=GiB,
            per_gib=700,
            aof_rate=600_000,
        ),
    }
    state = {h: {"begin": 64, "tail": 0, "aof_tail": 0, "aof_begin": 64, "full_at": 0} for h in cfg}

    def L(
        h: str, t: datetime, cat: str, label: str, msg: str, level: str = "Information"
    ) -> datetime:
        return fs.add(
            f"{h}.log",
            t,
            label,
            lambda x: [
                f"[000.{x:%Y-%m-%d %H:%M:%S}.{x.microsecond // 100:04d}] ({level}) <{cat}> {msg}"
            ],
            (h, cat),
            HUNDRED_US,
        )

    def boot(h: str, t: datetime) -> datetime:
        c = cfg[h]
        t = L(h, t, "GarnetServer", GN_BANNER, "Garnet 1.0.14 64 bit; standalone mode; Port: 6379")
        t = L(
            h,
            t + sec(0.0003),
            "ArgParser",
            GN_IMPORT,
            "Configuration import from embedded resource succeeded. Path: defaults.conf.",
        )
        t = L(
            h,
            t + sec(0.0001),
            "ArgParser",
            GN_IMPORT,
            "Configuration import from local machine succeeded. Path: /etc/garnet/garnet.conf.",
        )
        pages = c["mem"] // c["page"]
        lines = [
            f"[Store] Using page size of {pretty_size(c['page'])}",
            f"[Store] Using log memory size of {pretty_size(c['mem'])}",
            f"[Store] There are {pretty_size(pages)} log pages in memory",
            f"[Store] Using disk segment size of {pretty_size(c['seg'])}",
            f"[Store] Using hash index size of {pretty_size(c['index'])} ({pretty_size(c['index'] // 64)} cache lines)",
            "[Store] Using log mutable percentage of 90%",
            "[Store] Not using Revivification",
        ]
        for label, msg in zip(GN_STORE, lines, strict=True):
            t = L(h, t + sec(r.uniform(0.0001, 0.0006)), "Options", label, msg)
        olines = [
            f"[Object Store] Using page size of {pretty_size(c['opage'])}",
            f"[Object Store] Each page can hold ~{c['opage'] // 24} key-value pairs of objects",
            f"[Object Store] Using log memory size of {pretty_size(c['omem'])}",
            f"[Object Store] This can hold ~{c['omem'] // 24} key-value pairs of objects in memory total",
            f"[Object Store] There are {pretty_size(c['omem'] // c['opage'])} log pages in memory",
            f"[Object Store] Using disk segment size of {pretty_size(c['oseg'])}",
            f"[Object Store] Using hash index size of {pretty_size(c['oindex'])} ({pretty_size(c['oindex'] // 64)} cache lines)",
            "[Object Store] Using log mutable percentage of 90%",
            f"[Object Store] Total memory size including heap objects is {pretty_size(c['ototal']) if c['ototal'] else 'unlimited'}",
            "[Object Store] Not using Revivification",
        ]
        for label, msg in zip(GN_OBJ, olines, strict=True):
            t = L(h, t + sec(r.uniform(0.0001, 0.0006)), "Options", label, msg)
        s = state[h]
        s["aof_begin"] = 64
        s["aof_tail"] = r.randint(200_000_000, 900_000_000)
        if not s["tail"]:
            s["tail"] = r.randint(60, 90) * GiB + r.randrange(0, GiB, 4096)
            s["begin"] = s["tail"] - r.randint(28, 31) * GiB
        return L(
            h,
            t + sec(r.uniform(4, 11)),
            "StoreWrapper",
            GN_RECOVERED,
            f"Recovered AOF: begin address = {s['aof_begin']}, tail address = {s['aof_tail']}",
        )

    def compaction_cycle(h: str, t: datetime) -> datetime:
        s = state[h]
        c = cfg[h]
        ro = s["tail"] - int(c["mem"] * 0.9)
        if ro - s["begin"] > 32 * c["seg"]:
            until = ro - 31 * c["seg"]
            t = L(
                h,
                t,
                "StoreWrapper",
                GN_BEGIN,
                f"Begin main store compact until {until}, Begin = {s['begin']}, ReadOnly = {ro}, Tail = {s['tail']}",
            )
            s["begin"] = until
            s["tail"] += r.randrange(40_000_000, 260_000_000, 4096)
            t = L(
                h,
                t + sec(r.uniform(1.5, 9)),
                "StoreWrapper",
                GN_END,
                f"End main store compact until {until}, Begin = {s['begin']}, ReadOnly = {ro}, Tail = {s['tail']}",
            )
        return L(h, t + sec(0.0002), "StoreWrapper", GN_NOTE, GN_NOTE)

    def checkpoint(h: str, t: datetime, full: bool, fails: bool = False) -> datetime:
        t = L(
            h,
            t,
            "StoreWrapper",
            GN_INIT,
            f"Initiating checkpoint; full = {full}, type = Snapshot, tryIncremental = False, storeType = All",
        )
        if fails:
            return L(
                h,
                t + sec(r.uniform(0.05, 0.4)),
                "StoreWrapper",
                GN_CKPT_EXC,
                "Checkpointing threw exception",
                "Error",
            )
        state[h]["aof_begin"] = state[h]["aof_tail"]
        return L(
            h,
            t + sec(r.uniform(2.5, 14) * (2.2 if full else 1)),
            "StoreWrapper",
            GN_DONE,
            "Completed checkpoint",
        )

    def enforce(h: str, t: datetime) -> datetime:
        s = state[h]
        size = s["aof_tail"] - s["aof_begin"]
        return L(
            h,
            t,
            "StoreWrapper",
            GN_ENFORCE,
            f"Enforcing AOF size limit currentAofSize: {size} >  AofSizeLimit: {cfg[h]['aof']}",
        )

    # ---- the rollout of 1.0.14 at 06:00, garnet-b's disk filling at 10:41 and its restart
    boots = {"garnet-a": [at(5, 59, 47.3)], "garnet-b": [at(6, 2, 31.8)]}
    full = (at(10, 41, 4), at(10, 43, 12))
    b_down = (full[1] + sec(22), at(10, 52, 9.4))
    boots["garnet-b"].append(b_down[1])
    for h in cfg:
        s = state[h]
        c = cfg[h]
        # the second-by-second loops of one process, walked together: compaction every 30 s,
        # the AOF size check every second (by its crossing), BGSAVE from cron on garnet-b
        for i, b0 in enumerate(boots[h]):
            t = boot(h, b0)
            end = boots[h][i + 1] if i + 1 < len(boots[h]) else T_END
            if h == "garnet-b" and i == 0:
                end = b_down[0]
            nxt_compact = t + sec(r.uniform(0.2, 0.6))
            nxt_save = at(t.hour, 30 if t.minute < 30 else 0) + sec(
                r.uniform(1, 3) + (0 if t.minute < 30 else 3600)
            )
            clock = t
            while True:
                step = min(nxt_compact, nxt_save if h == "garnet-b" else T_END)
                if step >= end:
                    break
                # the log and the AOF grow between two steps
                dt = (step - clock).total_seconds()
                clock = step
                s["tail"] += int(GiB * dt / c["per_gib"] * busy(step) * r.uniform(0.8, 1.2))
                s["aof_tail"] += int(c["aof_rate"] * dt * busy(step) * r.uniform(0.8, 1.2))
                if s["aof_tail"] - s["aof_begin"] > c["aof"] and not (
                    h == "garnet-b" and full[0] - sec(40) <= step < b_down[1]
                ):
                    tt = enforce(h, step - sec(r.uniform(0.1, 28)))
                    checkpoint(h, tt + sec(0.0004), s["full_at"] % 5 == 0)
                    s["full_at"] += 1
                if step == nxt_compact:
                    compaction_cycle(h, step)
                    nxt_compact = step + sec(30 + r.uniform(0.0005, 0.02))
                else:
                    if not (full[0] <= step < full[1]):
                        checkpoint(h, step, s["full_at"] % 5 == 0)
                        s["full_at"] += 1
                    nxt_save = step + sec(1800 + r.uniform(-1, 2))
    # garnet-b's checkpoint volume fills up: the AOF commit task dies, and every second the size
    # check tries a checkpoint that fails, until the operator stops the server
    s = state["garnet-b"]
    s["aof_tail"] = s["aof_begin"] + cfg["garnet-b"]["aof"] + r.randint(1_000_000, 9_000_000)
    L(
        "garnet-b",
        full[0] - sec(0.37),
        "StoreWrapper",
        GN_COMMIT_EXC,
        f"CommitTask exception received, AOF tail address = {s['aof_tail']}; AOF committed until address = {s['aof_tail'] - r.randint(40_000, 900_000)}; ",
        "Error",
    )
    tt = full[0]
    while tt < full[1]:
        s["aof_tail"] += r.randint(300_000, 900_000)
        tt = enforce("garnet-b", tt)
        tt = checkpoint("garnet-b", tt + sec(0.0004), False, fails=True)
        tt += sec(r.uniform(0.95, 1.05))
    return fs.logs(T0)


SYSTEMS = {
    "derby": derby,
    "hsqldb": hsqldb,
    "h2": h2,
    "kvrocks": kvrocks,
    "garnet": garnet,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
