#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 284 (singlestore, voltdb, marklogic, sap-hana, monetdb)
into bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five databases of one data platform team, 06:00 to
12:00 on 2024-06-07. None of the five was in the set.

- SingleStore 8.5 (`ma-01-memsql.log`, `leaf-01-memsql.log`, `leaf-03-memsql.log`: the tracelog
  `/var/lib/memsql/<node>/tracelogs/memsql.log` of the master aggregator and two of four leaves,
  `<microseconds since start, at least 8 digits> <date> <time.ms> <level right-aligned to 7>:
  <message>`, a message written in a thread's context opening `Thread %d: <function>: `):
  `01234567 2024-06-07 06:00:01.234    INFO: Thread 115042: AsyncCompile: Query
  (analytics).'SELECT ...' submitted 212 ms ago, queued for 3 ms, compiled asynchronously in 209
  ms`. The aggregator compiles the dashboards' and ETL's queries (the parameterised SQL in the
  message); the leaves flush columnstore in-memory segments, merge segments and snapshot their
  partition databases. leaf-03 is killed by the kernel's OOM killer at 08:12 (the aggregator's
  heartbeats fail, the node goes offline, its partitions' replicas are promoted), restarted at
  08:36 (`Log opened`, `Initializing OpenSSL`, the version hash, recovery and replication of
  each partition database) and rebalanced at 08:38; the `events_kafka` pipeline fails while
  Kafka is down 10:05-10:25; leaf-01 nears `maximum_memory` 10:50-11:15 (a warning every 30 s,
  and the aggregator's `Leaf Error (...): Memory used by MemSQL ...` for queries that fail there).
- VoltDB 11.4 (`volt1-volt.log`, `volt2-volt.log`, `volt3-volt.log`: `voltdbroot/log/volt.log`,
  log4j's `%d   %-5p [%t] %c: %m%n`, `2024-06-07 06:00:01,234   INFO  [main] HOST: ...`), three
  hosts, k-safety 1, a Kafka importer (topic `orders`) and Kafka export: automated and command-log
  truncation snapshots (`Snapshot %d finished at %d and took %.2f seconds`), a Grafana
  datasource with a stale password 07:20-08:10 (`Failure to authenticate connection(%s): user %s
  failed authentication.`), the nightly-report procedure's long-running fragments (`Procedure %s
  is taking a long time to execute -- ...`), volt3's VM lost at 08:50 (`Received remote hangup
  from foreign host %s`, `Host %d failed. Cluster remains operational.`, partition leaders
  promoted) and rejoined at 09:05 (its start-up lines and `Node rejoin completed`), and Kafka down
  10:05-10:25: the Kafka client's own log4j lines under their class names
  (`org.apache.kafka.clients.NetworkClient: [Producer clientId=producer-1] Connection to node 2
  (kafka3.corp.example/10.40.1.13:9092) could not be established. Broker may not be
  available.`, the consumer coordinator's `Group coordinator %s is unavailable or invalid due to
  cause: ...` and `Discovered group coordinator %s`, the producer's `Got error produce response
  with correlation id %d on topic-partition %s, retrying (%d attempts left). Error: %s`).
- MarkLogic 11.0 (`ml01-ErrorLog.txt`, `ml02-ErrorLog.txt`, `ml03-ErrorLog.txt`: each host's
  `/var/opt/MarkLogic/Logs/ErrorLog.txt`, `2024-06-07 06:00:01.234 Info: ...`; and
  `ml01-8010_ErrorLog.txt`, the orders REST app server's log, where a request's uncaught error is
  a Notice whose stack lines continue it as `Notice:+in ...`): continuous ingestion saving
  in-memory stands and merging them in each host's Documents forests and their replicas
  (`Saving %s`, `Saved %d MB at %d MB/sec to %s`, `Merging %d MB from %s to %s, timestamp=%d`,
  `Merged %d MB at %d MB/sec to %s`, `Deleted %d MB at %d MB/sec %s`), ml02's disk slow 07:40-08:05
  (`Forest %s journal frame took %d ms to journal (...)`, `Slow send ...`, `Hung %d sec`), ml02
  hanging at 08:05 (the others `Disconnecting from domestic host %s because it has not responded
  for %d seconds.`, failover `Forest %s state changed from %s to %s`), restarted at 08:20
  (`Starting MarkLogic Server ...`, `Mounted forest %s locally on %s`, `Database %s is online
  with %d forests`), an export job pressing ml01's memory 11:00-11:30 (`Memory %d%% phys=...`);
  in the app server's log the app's own `xdmp:log` lines and its requests' errors
  (`XDMP-FORESTNOTOPEN` during the failover, `SVC-EXTIME`, `XDMP-DEADLOCK`, `XDMP-DOCUTF8SEQ`).
- SAP HANA 2.0 SPS07 (`indexserver_hanadb01.30040.000.trc`, `nameserver_hanadb01.30001.000.trc`:
  the tenant's indexserver and SYSTEMDB's nameserver trace files, `[tid]{conn}[tx/utx] date
  time.us severity component(16, cut) file(line) : message`, multi-line messages continuing
  without a head; `backup.log`: `2024-06-07T06:00:05+00:00  P0031877      18fe3a1b2c4 INFO
  LOGBCKUP state of service: ...`): log backups of both services (every ~2 minutes for the
  tenant under load, on the 15-minute timeout for SYSTEMDB), the complete data backup at 06:30,
  lock wait timeouts of a batch job 07:30-08:00 (each an error line after its `TraceContext`
  line), column store unloads under memory pressure 09:25-09:42, the indexserver running out of
  memory at 09:42 (`OUT OF MEMORY occurred.` with its details) and, hung, killed and restarted
  by the daemon (the nameserver's `not responding` and `TNSClient` lines, the indexserver's
  start-up), delta merges failing after it, the backup file system full 10:40-11:05 (log
  backups failing), an ETL user with an expired password 11:10-11:40.
- MonetDB Jun2020-SP1 (`merovingian.log`: monetdbd's logfile, `2024-06-07 06:00:01 MSG
  merovingian[1187]: ...`, its control channel's lines as `control[1187]` and each mserver5's
  stdout and stderr relayed as `MSG sales[20431]:` / `ERR sales[20431]:`; `mdbtrace.log`: the
  `sales` database's GDKtracer file, `2024-06-07 09:12:40 gdk_utils.c         :1746
  GDKmalloc_internal              M_ERROR GDK                  DFLOWworker3         # ...`):
  every client connection proxied (`proxying client %s for database '%s' to %s?database=%s`,
  `target connection is on local UNIX domain socket, passing on filedescriptor instead of
  proxying`), the monitoring's `monetdb status` every minute (`%s: served status list`), the
  `staging` database started on its first connection at 07:20 (`starting database '%s', up
  min/avg/max: ...`, `arguments: ...`, mserver5's banner), an ETL job with a misspelled database
  08:00-08:20 (`client error: no such database: %s`), an analytics query running `sales` out of
  memory at 09:12 (GDKtracer's allocation errors, `database '%s' (%d) was killed by signal
  %s`, restarted on the next connection: `database '%s' has crashed after start on %s,
  attempting restart, ...`), the data disk full 10:40-11:05 (`could not extend file: No space
  left on device` and its followers in mdbtrace.log), a maintenance window at 11:30 (locked,
  `client error: database '%s' is under maintenance`, stopped with `sending process %d
  (database '%s') the TERM signal`, `database '%s' has shut down`, released and started again).

Label notes. The heads are context: SingleStore's uptime, date, level and the `Thread %d:
<function>: ` prefix; log4j's date, level, thread and logger (and the Kafka client's LogContext
prefix `[Producer clientId=...] `); MarkLogic's date and level; HANA's thread, connection,
transaction, date, severity, component and source location, and backup.log's date, pid, backup
id, level and component; merovingian's date, `MSG`/`ERR` and ident with pid, and GDKtracer's
date, file, line, function, level, component and thread. A value that is an error contributes
its format (SingleStore's leaf errors, HANA's `[131] transaction rolled back by lock wait
timeout: ...`, `client error: no such database: %s`); an errno's text is wording (`No space left
on device`). The later lines of one write have no row: MarkLogic's `Notice:+` stack lines,
HANA's OOM details and call stack. Each line of mserver5's banner is a printf of its own and
labelled as such. SLF4J's `{}` is written `%s`.

Checked against copies of the source: monetdbd's `Merovingian %s (%s) starting`, `monitoring
dbfarm %s`, `proxying client %s for database '%s' to %s?database=%s`, `starting %s '%s', up
min/avg/max: %s/%s/%s, crash average: %d.00 %.2f %.2f (%d-%d=%d)` and its crash twin, `arguments:`,
`sending process %d (database '%s') the TERM signal`, `database '%s' has shut down`, `client
error: %s` with forkMserver's `no such database: %s` and `database '%s' is under maintenance`;
GDKtracer's line layout (Jun2020's gdk_tracer.c); VoltDB's log4j.xml pattern and file, `Server
completed initialization.` / `Node rejoin completed`. From documentation and knowledge-base
pages: SingleStore's tracelog layout (uptime in microseconds, date, level), MarkLogic's
`date time.ms Level: message`. Least sure (written from memory): every SingleStore message (the
`Query (%s).'%s' submitted ...` wording, the snapshot, flush, merger, heartbeat, recovery and
pipeline lines, the 3-digit fraction where the documentation says `%f`), VoltDB's `Failure to
authenticate connection(...)`, the long-running-procedure text, the host-failure, promotion and
start-up lines other than the two checked; MarkLogic's merge/save/delete lines' exact figures,
the journal-frame fields, `Slow send`, `Hung`, the Memory line's fields, the failover and start-up
lines and the error codes' texts; all of HANA's trace texts (the severity letters, the 16-column
component and the backup.log columns are from memory of real files, the messages less so);
MonetDB's `accepting connections on ...`, `target connection is on local UNIX domain socket,
...`, `has finished starting up`, the childhandler's `was killed by signal %s`, the control
channel's texts and the mdbtrace.log messages.
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
from generate_round235 import every

US = 1
MS = 1_000
SEC = 1_000_000


def ms3(t: datetime) -> str:
    return f"{t:%Y-%m-%d %H:%M:%S}.{t.microsecond // 1000:03d}"


# ------------------------------------------------------------------------------- SingleStore

S2_NODES = {
    "ma-01": ("10.20.0.10", datetime(2024, 6, 3, 22, 14, 5, 412000, tzinfo=T0.tzinfo)),
    "leaf-01": ("10.20.0.21", datetime(2024, 6, 3, 22, 13, 51, 77000, tzinfo=T0.tzinfo)),
    "leaf-03": ("10.20.0.23", datetime(2024, 6, 5, 4, 2, 17, 930000, tzinfo=T0.tzinfo)),
}
S2_LEAVES = ["10.20.0.21", "10.20.0.22", "10.20.0.23", "10.20.0.24"]
S2_QUERIES = [
    (
        "analytics",
        "SELECT `region`, SUM(`amount`) AS `revenue` FROM `orders` WHERE `created_at` >= ? AND `created_at` < ? GROUP BY `region` ORDER BY `revenue` DESC",
    ),
    ("analytics", "SELECT COUNT(*) FROM `sessions` WHERE `started_at` > NOW() - INTERVAL ? MINUTE"),
    (
        "analytics",
        "SELECT `product_id`, COUNT(*) FROM `order_items` WHERE `order_id` IN (SELECT `id` FROM `orders` WHERE `customer_id` = ?) GROUP BY `product_id`",
    ),
    (
        "analytics",
        "SELECT `o`.`id`, `o`.`status`, `c`.`email` FROM `orders` `o` JOIN `customers` `c` ON `c`.`id` = `o`.`customer_id` WHERE `o`.`id` = ?",
    ),
    (
        "analytics",
        "SELECT DATE_TRUNC(?, `created_at`) AS `bucket`, COUNT(*) FROM `events` WHERE `tenant_id` = ? GROUP BY 1 ORDER BY 1",
    ),
    (
        "analytics",
        "SELECT `campaign`, APPROX_COUNT_DISTINCT(`user_id`) FROM `events` WHERE `type` = ? AND `ts` BETWEEN ? AND ? GROUP BY `campaign`",
    ),
    (
        "analytics",
        "INSERT INTO `daily_rollup` (`day`, `region`, `orders`, `revenue`) SELECT ?, `region`, COUNT(*), SUM(`amount`) FROM `orders` WHERE `created_at` >= ? GROUP BY `region`",
    ),
    ("analytics", "SELECT * FROM `events` WHERE `user_id` = ? ORDER BY `ts` DESC LIMIT ?"),
    (
        "billing",
        "SELECT `invoice_id`, `total`, `currency` FROM `invoices` WHERE `account_id` = ? AND `status` = ?",
    ),
    ("billing", "UPDATE `invoices` SET `status` = ?, `paid_at` = NOW() WHERE `invoice_id` = ?"),
    ("billing", "SELECT SUM(`total`) FROM `invoices` WHERE `due_date` < ? AND `status` <> ?"),
    ("billing", "DELETE FROM `payment_attempts` WHERE `created_at` < NOW() - INTERVAL ? DAY"),
]
S2_TABLES = [
    ("analytics", "events"),
    ("analytics", "orders"),
    ("analytics", "order_items"),
    ("analytics", "sessions"),
    ("billing", "invoices"),
]


def singlestore(r: random.Random) -> list[Log]:
    """A master aggregator and two leaves, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()

    def L(
        node: str,
        t: datetime,
        level: str,
        label: str,
        msg: str,
        tid: int | None = None,
        fn: str = "",
    ) -> datetime:
        start = S2_NODES[node][1]
        if node == "leaf-03" and t >= at(8, 36):
            start = at(8, 36, 20.417)
        head = f"Thread {tid}: {fn}: " if tid is not None else ""

        def text(x: datetime) -> list[str]:
            up = int((x - start).total_seconds() * 1_000_000)
            return [f"{up:08d} {ms3(x)} {level:>7}: {head}{msg}"]

        return fs.add(f"{node}-memsql.log", t, label, text, node, MS)

    crash, back = at(8, 12, 9.3), at(8, 36, 20.417)
    kafka_down = (at(10, 5, 12), at(10, 25, 40))
    mem_hi = (at(10, 50), at(11, 15))

    # the aggregator's compilations: busier in office hours, a burst after leaf-03 is back
    for t in poisson(r, T0, T_END, 38.0):
        db, q = r.choice(S2_QUERIES)
        total = r.choice([r.randint(40, 400), r.randint(300, 2600)])
        queued = r.randint(0, 6) if r.random() < 0.9 else r.randint(20, 900)
        L(
            "ma-01",
            t,
            "INFO",
            "Query (%s).'%s' submitted %d ms ago, queued for %d ms, compiled asynchronously in %d ms",
            f"Query ({db}).'{q}' submitted {total + queued} ms ago, queued for {queued} ms, compiled asynchronously in {total} ms",
            r.randint(115020, 115140),
            "AsyncCompile",
        )
    # leaf-03 dies
    t = crash + sec(2.5)
    for n in range(1, 4):
        t = L(
            "ma-01",
            t + sec(r.uniform(0.9, 1.2)),
            "WARN",
            "Leaf %s:%d failed to respond to heartbeat (attempt %d of %d)",
            f"Leaf 10.20.0.23:3306 failed to respond to heartbeat (attempt {n} of 3)",
            99999,
            "ClusterHeartbeat",
        )
    t = L(
        "ma-01",
        t + sec(0.02),
        "INFO",
        "Node %s:%d changed state from %s to %s",
        "Node 10.20.0.23:3306 changed state from online to offline",
        99999,
        "ClusterHeartbeat",
    )
    for p in (8, 9, 10, 11):
        t = L(
            "ma-01",
            t + sec(r.uniform(0.05, 0.3)),
            "INFO",
            "Promoting partition %s:%d on %s:%d to master",
            f"Promoting partition analytics:{p} on 10.20.0.24:3306 to master",
            99999,
            "FailoverPartitions",
        )
    for p in (4, 5):
        t = L(
            "ma-01",
            t + sec(r.uniform(0.05, 0.3)),
            "INFO",
            "Promoting partition %s:%d on %s:%d to master",
            f"Promoting partition billing:{p} on 10.20.0.24:3306 to master",
            99999,
            "FailoverPartitions",
        )
    # queries that needed leaf-03 while it was down
    for t in poisson(r, crash + sec(3), crash + sec(40), 4.0):
        L(
            "ma-01",
            t,
            "ERROR",
            "Leaf Error (%s:%d): Error reading packet %d from the connection socket (%s:%d): Connection reset by peer",
            f"Leaf Error (10.20.0.23:3306): Error reading packet {r.randint(2, 9)} from the connection socket (10.20.0.23:3306): Connection reset by peer",
            r.randint(115020, 115140),
            "ExecuteQuery",
        )
    for t in poisson(r, crash + sec(40), back, 45.0):
        L(
            "ma-01",
            t,
            "ERROR",
            "Leaf Error (%s:%d): Failed to connect to MemSQL node %s:%d: Connection refused",
            "Leaf Error (10.20.0.23:3306): Failed to connect to MemSQL node 10.20.0.23:3306: Connection refused",
            r.randint(115020, 115140),
            "ExecuteQuery",
        )
    t = back + sec(31.4)
    t = L(
        "ma-01",
        t,
        "INFO",
        "Node %s:%d changed state from %s to %s",
        "Node 10.20.0.23:3306 changed state from offline to recovering",
        99999,
        "ClusterHeartbeat",
    )
    t = L(
        "ma-01",
        t + sec(58.2),
        "INFO",
        "Node %s:%d changed state from %s to %s",
        "Node 10.20.0.23:3306 changed state from recovering to online",
        99999,
        "ClusterHeartbeat",
    )
    for db, nops in (("analytics", 8), ("billing", 4)):
        t = L(
            "ma-01",
            t + sec(r.uniform(20, 40)),
            "INFO",
            "Starting rebalance of database `%s` (%d operations)",
            f"Starting rebalance of database `{db}` ({nops} operations)",
            115007,
            "RebalancePartitions",
        )
        parts = (8, 9, 10, 11) if db == "analytics" else (4, 5)
        for p in parts:
            t = L(
                "ma-01",
                t + sec(r.uniform(2, 9)),
                "INFO",
                "Promoting partition %s:%d on %s:%d to master",
                f"Promoting partition {db}:{p} on 10.20.0.23:3306 to master",
                115007,
                "RebalancePartitions",
            )
        t = L(
            "ma-01",
            t + sec(r.uniform(1, 3)),
            "INFO",
            "Finished rebalance of database `%s` in %d ms",
            f"Finished rebalance of database `{db}` in {r.randint(14000, 41000)} ms",
            115007,
            "RebalancePartitions",
        )
    # Kafka down: the pipeline's batches fail, then it catches up
    fails = 0
    for t in every(r, kafka_down[0], kafka_down[1], 12.0, 2.5):
        fails += 1
        L(
            "ma-01",
            t,
            "ERROR",
            "Error running batch of pipeline `%s`.`%s`: Kafka error: Cannot get metadata: Local: Broker transport failure",
            "Error running batch of pipeline `analytics`.`events_kafka`: Kafka error: Cannot get metadata: Local: Broker transport failure",
            115210,
            "PipelineBatch",
        )
    L(
        "ma-01",
        kafka_down[1] + sec(8.1),
        "INFO",
        "Pipeline `%s`.`%s` succeeded after %d failed batches",
        f"Pipeline `analytics`.`events_kafka` succeeded after {fails} failed batches",
        115210,
        "PipelineBatch",
    )
    # leaf-01's memory; the aggregator's failed queries
    for t in every(r, mem_hi[0], mem_hi[1], 30.0, 1.0):
        used = r.randint(58800, 61200)
        L(
            "leaf-01",
            t,
            "WARN",
            "Nearing the maximum_memory setting. Current memory usage is %d MB, maximum_memory is %d MB",
            f"Nearing the maximum_memory setting. Current memory usage is {used} MB, maximum_memory is 61440 MB",
            99999,
            "MemoryMonitor",
        )
    for t in poisson(r, mem_hi[0] + sec(120), mem_hi[1], 50.0):
        used = r.uniform(61300, 61440)
        tbl = r.uniform(48000, 52000)
        L(
            "ma-01",
            t,
            "ERROR",
            "Leaf Error (%s:%d): Memory used by MemSQL (%.2f Mb) has reached the 'maximum_memory' setting (%d Mb) on this node. Possible causes include (1) available query execution memory has been used up for table memory (in use table memory: %.2f Mb) and (2) the query is large and complex and requires more query execution memory than is available (in use query execution memory %.2f Mb).",
            f"Leaf Error (10.20.0.21:3306): Memory used by MemSQL ({used:.2f} Mb) has reached the 'maximum_memory' setting (61440 Mb) on this node. Possible causes include (1) available query execution memory has been used up for table memory (in use table memory: {tbl:.2f} Mb) and (2) the query is large and complex and requires more query execution memory than is available (in use query execution memory {used - tbl - 3100:.2f} Mb).",
            r.randint(115020, 115140),
            "ExecuteQuery",
        )

    # the leaves: flushes, merges, snapshots
    parts = {
        "leaf-01": [
            "analytics_0",
            "analytics_1",
            "analytics_2",
            "analytics_3",
            "billing_0",
            "billing_1",
        ],
        "leaf-03": [
            "analytics_8",
            "analytics_9",
            "analytics_10",
            "analytics_11",
            "billing_4",
            "billing_5",
        ],
    }
    for node in ("leaf-01", "leaf-03"):
        down = (crash, back + sec(90)) if node == "leaf-03" else (T_END, T_END)
        for t in poisson(r, T0, T_END, 95.0):
            if down[0] <= t < down[1]:
                continue
            db = r.choice(parts[node][:4])
            tbl = r.choice(["events", "events", "orders", "order_items", "sessions"])
            L(
                node,
                t,
                "INFO",
                "Flushed %d rows of table `%s`.`%s` from the in-memory segment to disk in %d ms",
                f"Flushed {r.randint(20000, 1048576)} rows of table `{db}`.`{tbl}` from the in-memory segment to disk in {r.randint(40, 2400)} ms",
                r.randint(115300, 115340),
                "Flusher",
            )
        for t in poisson(r, T0, T_END, 130.0):
            if down[0] <= t < down[1]:
                continue
            db = r.choice(parts[node][:4])
            tbl = r.choice(["events", "events", "orders", "sessions"])
            n = r.randint(2, 24)
            L(
                node,
                t,
                "INFO",
                "Merged %d segments of table `%s`.`%s` into %d segments (%d rows) in %d ms",
                f"Merged {n} segments of table `{db}`.`{tbl}` into {max(1, n // r.randint(2, 6))} segments ({r.randint(100000, 9000000)} rows) in {r.randint(300, 52000)} ms",
                r.randint(115350, 115360),
                "BackgroundMerger",
            )
        for db in parts[node]:
            for t in every(r, T0 + sec(r.uniform(0, 900)), T_END, r.uniform(1300, 2100), 300.0):
                if down[0] <= t < down[1]:
                    continue
                pos = r.randint(10**9, 9 * 10**10)
                t2 = L(
                    node,
                    t,
                    "INFO",
                    "Starting snapshot of database `%s` at log position %d",
                    f"Starting snapshot of database `{db}` at log position {pos}",
                    115400,
                    "SnapshotThread",
                )
                L(
                    node,
                    t2 + sec(r.uniform(1, 40)),
                    "INFO",
                    "Snapshot of database `%s` completed: %d bytes in %d ms",
                    f"Snapshot of database `{db}` completed: {r.randint(10**8, 6 * 10**10)} bytes in {r.randint(900, 41000)} ms",
                    115400,
                    "SnapshotThread",
                )
    # leaf-03 starts again
    t = back
    t = L("leaf-03", t, "INFO", "Log opened", "Log opened")
    t = L("leaf-03", t + sec(0.002), "INFO", "Initializing OpenSSL", "Initializing OpenSSL")
    t = L(
        "leaf-03",
        t + sec(0.003),
        "INFO",
        "MemSQL version hash: %s (%s)",
        "MemSQL version hash: 4d3c8b1e5f0a92c7e6b1d8f3a0c5e7b9d2f4a6c8 (Tue May 14 10:32:11 2024 -0400)",
    )
    t = L(
        "leaf-03",
        t + sec(0.9),
        "INFO",
        "Listening on %s at port %d",
        "Listening on 0.0.0.0 at port 3306",
        115000,
        "Main",
    )
    for db in ["memsql", "cluster"] + parts["leaf-03"]:
        t = L(
            "leaf-03",
            t + sec(r.uniform(0.05, 0.4)),
            "INFO",
            "Starting recovery of database `%s`",
            f"Starting recovery of database `{db}`",
            115031,
            "RecoverDatabase",
        )
        if db not in ("memsql", "cluster"):
            t = L(
                "leaf-03",
                t + sec(r.uniform(0.3, 3)),
                "INFO",
                "Replaying logs of database `%s` from position %d to %d",
                f"Replaying logs of database `{db}` from position {r.randint(10**9, 4 * 10**10)} to {r.randint(4 * 10**10, 9 * 10**10)}",
                115031,
                "RecoverDatabase",
            )
        t = L(
            "leaf-03",
            t + sec(r.uniform(0.5, 9)),
            "INFO",
            "Completed recovery of database `%s` in %d ms",
            f"Completed recovery of database `{db}` in {r.randint(180, 9000)} ms",
            115031,
            "RecoverDatabase",
        )
    for db in parts["leaf-03"]:
        t = L(
            "leaf-03",
            t + sec(r.uniform(0.5, 4)),
            "INFO",
            "Database `%s` is now replicating from %s:%d",
            f"Database `{db}` is now replicating from 10.20.0.24:3306",
            115044,
            "ReplicationManager",
        )
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ VoltDB

VOLT = {"volt1": (0, "10.40.0.11"), "volt2": (1, "10.40.0.12"), "volt3": (2, "10.40.0.13")}
KAFKA = [
    (0, "kafka1.corp.example/10.40.1.11:9092"),
    (1, "kafka2.corp.example/10.40.1.12:9092"),
    (2, "kafka3.corp.example/10.40.1.13:9092"),
]
VOLT_PROCS = [
    (
        "NightlyRevenueReport",
        "SEQSCAN",
        "SELECT region, SUM(amount) FROM orders WHERE created > ? GROUP BY region;",
    ),
    (
        "CustomerHistory",
        "INDEXSCAN",
        "SELECT * FROM orders WHERE customer_id = ? ORDER BY created DESC;",
    ),
    (
        "@AdHoc",
        "HASHAGGREGATE",
        "SELECT product_id, COUNT(*) FROM order_lines GROUP BY product_id;",
    ),
]


def voltdb(r: random.Random) -> list[Log]:
    """Three hosts, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()

    def L(
        host: str, t: datetime, level: str, thread: str, logger: str, label: str, msg: str
    ) -> datetime:
        return fs.add(
            f"{host}-volt.log",
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%d %H:%M:%S},{x.microsecond // 1000:03d}   {level:<5} [{thread}] {logger}: {msg}"
            ],
            host,
            MS,
        )

    lost, rejoin = at(8, 50, 12.6), at(9, 5, 40.2)
    kafka_down = (at(10, 5, 12), at(10, 25, 40))
    alive = {h: (lambda t, h=h: not (h == "volt3" and lost <= t < rejoin)) for h in VOLT}

    # snapshots: automated every 30 minutes, command-log truncation ones between
    txn = 4611686018427387904 + r.randint(10**12, 10**13)
    snaps = every(r, T0 + sec(300), T_END, 1800.0, 5.0) + every(r, T0 + sec(40), T_END, 230.0, 60.0)
    for t in sorted(snaps):
        txn += r.randint(10**9, 10**10)
        for h in VOLT:
            if not alive[h](t):
                continue
            tt = t + sec(r.uniform(0.5, 6))
            L(
                h,
                tt,
                "INFO",
                "SnapshotSiteProcessor",
                "SNAPSHOT",
                "Snapshot %d finished at %d and took %.2f seconds",
                f"Snapshot {txn} finished at {int(tt.timestamp() * 1000)} and took {r.uniform(0.4, 9.5):.2f} seconds",
            )
    # the Grafana datasource with a stale password
    for t in every(r, at(7, 20, 3), at(8, 10, 30), 10.0, 1.5):
        port = r.randint(40000, 60999)
        L(
            "volt1",
            t,
            "WARN",
            "Network 3",
            "AUTH",
            "Failure to authenticate connection(%s): user %s failed authentication.",
            f"Failure to authenticate connection(10.40.2.30:{port}): user grafana failed authentication.",
        )
    for t in poisson(r, T0, T_END, 1500.0):
        host = r.choice(["volt1", "volt2", "volt3"])
        if alive[host](t):
            L(
                host,
                t,
                "WARN",
                "Network 1",
                "AUTH",
                "Failure to authenticate connection(%s): user %s failed authentication.",
                f"Failure to authenticate connection(10.40.3.{r.randint(10, 90)}:{r.randint(40000, 60999)}): user {r.choice(['etl', 'admin', 'report'])} failed authentication.",
            )
    # long-running procedures
    for t in poisson(r, T0, T_END, 125.0):
        proc, frag, sql = r.choice(VOLT_PROCS)
        host = r.choice(["volt1", "volt2", "volt3"])
        if not alive[host](t):
            continue
        hid = VOLT[host][0]
        site = f"{hid}:{r.randint(0, 7)}"
        tuples = r.randint(200000, 900000)
        for secs in range(1, r.randint(2, 6)):
            tuples += r.randint(900000, 4000000)
            L(
                host,
                t + sec(secs * 5.0),
                "INFO",
                f"SP {site.split(':')[1]} Site - {site}",
                "HOST",
                "Procedure %s is taking a long time to execute -- %d seconds spent accessing %d tuples. Current plan fragment %s in call %d to voltExecuteSQL on site %s. Current SQL statement: %s",
                f"Procedure {proc} is taking a long time to execute -- {secs * 5} seconds spent accessing {tuples} tuples. Current plan fragment {frag} in call 1 to voltExecuteSQL on site {site}. Current SQL statement: {sql}",
            )
    # volt3's VM is lost
    for h in ("volt1", "volt2"):
        t = L(
            h,
            lost + sec(r.uniform(0.001, 0.05)),
            "INFO",
            "Volt Network - 0",
            "NETWORK",
            "Received remote hangup from foreign host %s",
            "Received remote hangup from foreign host volt3.corp.example/10.40.0.13:3021",
        )
        t = L(
            h,
            t + sec(r.uniform(0.2, 0.6)),
            "INFO",
            "ZooKeeperServer",
            "HOST",
            "Host %d failed. Cluster remains operational.",
            "Host 2 failed. Cluster remains operational.",
        )
    t = lost + sec(1.2)
    for part, h in ((2, "volt1"), (5, "volt2"), (7, "volt1"), (10, "volt2")):
        t = L(
            h,
            t + sec(r.uniform(0.01, 0.1)),
            "INFO",
            "LeaderAppointer",
            "HOST",
            "Promoting site %s to leader of partition %d",
            f"Promoting site {VOLT[h][0]}:{r.randint(0, 7)} to leader of partition {part}",
        )
    # volt3 comes back
    t = rejoin
    start = [
        ("Initializing VoltDB...", "Initializing VoltDB..."),
        ("Build: %s %s %s", "Build: 11.4.2 voltdb-11.4.2-0-g5e7f0d3 Enterprise Edition"),
        (
            "Command line arguments: %s",
            "Command line arguments: org.voltdb.VoltDB start --dir /var/voltdb --host volt1.corp.example,volt2.corp.example,volt3.corp.example --count 3",
        ),
        (
            'Using "%s" for voltdbroot directory.',
            'Using "/var/voltdb/voltdbroot" for voltdbroot directory.',
        ),
        (
            "Beginning inter-node communication on port %d.",
            "Beginning inter-node communication on port 3021.",
        ),
        ("Host id of this node is: %d", "Host id of this node is: 2"),
        (
            "Maximum clock/network skew is %d milliseconds (according to leader)",
            "Maximum clock/network skew is 3 milliseconds (according to leader)",
        ),
        (
            "Listening for native wire protocol clients on port %d.",
            "Listening for native wire protocol clients on port 21212.",
        ),
        (
            "Listening for admin wire protocol clients on port %d.",
            "Listening for admin wire protocol clients on port 21211.",
        ),
        (
            "Local machine HTTP monitoring is listening on port %d.",
            "Local machine HTTP monitoring is listening on port 8080.",
        ),
        ("Zookeeper is listening on %s", "Zookeeper is listening on 127.0.0.1:7181"),
    ]
    for label, msg in start:
        t = L("volt3", t + sec(r.uniform(0.01, 1.4)), "INFO", "main", "HOST", label, msg)
    for h in ("volt1", "volt2"):
        L(
            h,
            rejoin + sec(r.uniform(2.0, 3.0)),
            "INFO",
            "Volt Network - 0",
            "HOST",
            "Host %d joined the cluster",
            "Host 2 joined the cluster",
        )
    t = L(
        "volt3",
        t + sec(r.uniform(40, 70)),
        "INFO",
        "RejoinProducer",
        "REJOIN",
        "Node rejoin completed",
        "Node rejoin completed",
    )
    # Kafka down: the import consumer and the export producer of every host
    for h in VOLT:
        pid = {"volt1": 1, "volt2": 2, "volt3": 3}[h]
        for t in poisson(r, kafka_down[0], kafka_down[1], 10.0):
            node, addr = r.choice(KAFKA)
            L(
                h,
                t,
                "WARN",
                f"kafka-producer-network-thread | producer-{pid}",
                "org.apache.kafka.clients.NetworkClient",
                "Connection to node %s (%s) could not be established. Broker may not be available.",
                f"[Producer clientId=producer-{pid}] Connection to node {node} ({addr}) could not be established. Broker may not be available.",
            )
        for t in poisson(r, kafka_down[0], kafka_down[1], 15.0):
            node, addr = r.choice(
                [
                    *KAFKA,
                    (-1, "kafka1.corp.example/10.40.1.11:9092"),
                    (-3, "kafka3.corp.example/10.40.1.13:9092"),
                ]
            )
            L(
                h,
                t,
                "WARN",
                "KafkaImporter-orders",
                "org.apache.kafka.clients.NetworkClient",
                "Connection to node %s (%s) could not be established. Broker may not be available.",
                f"[Consumer clientId=consumer-voltdb-orders-{pid}, groupId=voltdb-orders] Connection to node {node} ({addr}) could not be established. Broker may not be available.",
            )
        for t in poisson(r, kafka_down[0], kafka_down[1], 55.0):
            node, addr = r.choice(KAFKA)
            L(
                h,
                t,
                "INFO",
                "KafkaImporter-orders",
                "org.apache.kafka.clients.consumer.internals.ConsumerCoordinator",
                "Group coordinator %s is unavailable or invalid due to cause: coordinator unavailable. isDisconnected: %s. Rediscovery will be attempted.",
                f"[Consumer clientId=consumer-voltdb-orders-{pid}, groupId=voltdb-orders] Group coordinator {addr.split('/')[0]}:9092 (id: {2147483647 - node} rack: null) is unavailable or invalid due to cause: coordinator unavailable. isDisconnected: {r.choice(['true', 'true', 'false'])}. Rediscovery will be attempted.",
            )
        corr = r.randint(100000, 900000)
        for t in poisson(r, kafka_down[0], kafka_down[0] + sec(240), 9.0):
            corr += r.randint(1, 400)
            L(
                h,
                t,
                "WARN",
                f"kafka-producer-network-thread | producer-{pid}",
                "org.apache.kafka.clients.producer.internals.Sender",
                "Got error produce response with correlation id %d on topic-partition %s, retrying (%d attempts left). Error: %s",
                f"[Producer clientId=producer-{pid}] Got error produce response with correlation id {corr} on topic-partition orders_export-{r.randint(0, 11)}, retrying ({r.randint(2147483600, 2147483646)} attempts left). Error: NETWORK_EXCEPTION",
            )
        node, addr = r.choice(KAFKA)
        L(
            h,
            kafka_down[1] + sec(r.uniform(1, 9)),
            "INFO",
            "KafkaImporter-orders",
            "org.apache.kafka.clients.consumer.internals.ConsumerCoordinator",
            "Discovered group coordinator %s",
            f"[Consumer clientId=consumer-voltdb-orders-{pid}, groupId=voltdb-orders] Discovered group coordinator {addr.split('/')[0]}:9092 (id: {2147483647 - node} rack: null)",
        )
    return fs.logs(T0)


# --------------------------------------------------------------------------------- MarkLogic

ML_HOSTS = {"ml01": "10.50.0.11", "ml02": "10.50.0.12", "ml03": "10.50.0.13"}
# primary forests of each host, and the replicas it holds (of the next host's forests)
ML_FORESTS = {
    "ml01": ["Documents-1", "Documents-2", "Documents-5-r", "Documents-6-r"],
    "ml02": ["Documents-3", "Documents-4", "Documents-1-r", "Documents-2-r"],
    "ml03": ["Documents-5", "Documents-6", "Documents-3-r", "Documents-4-r"],
}
ML_ORDERS_CODE = [
    "/lib/orders.xqy",
    "/lib/search.xqy",
    "/lib/ingest.sjs",
    "/v1/resources/orders.xqy",
]


def marklogic(r: random.Random) -> list[Log]:
    """Three hosts and the orders app server, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()

    def L(f: str, host: str, t: datetime, level: str, label: str, lines: list[str]) -> datetime:
        return fs.add(
            f,
            t,
            label,
            lambda x: (
                [f"{ms3(x)} {level}: {lines[0]}"] + [f"{ms3(x)} {level}:+{c}" for c in lines[1:]]
            ),
            host,
            MS,
        )

    def E(host: str, t: datetime, level: str, label: str, msg: str) -> datetime:
        return L(f"{host}-ErrorLog.txt", host, t, level, label, [msg])

    slow = (at(7, 40), at(8, 5))
    hang, restart = at(8, 5, 21.6), at(8, 20, 4.8)
    stand = {f: r.randint(0x200, 0x900) for fs_ in ML_FORESTS.values() for f in fs_}

    def path(forest: str) -> str:
        stand[forest] += 1
        return f"/var/opt/MarkLogic/Forests/{forest}/{stand[forest]:08x}"

    for host, forests in ML_FORESTS.items():
        for forest in forests:
            for t in poisson(r, T0, T_END, r.uniform(420, 620)):
                if host == "ml02" and hang <= t < restart + sec(60):
                    continue
                p = path(forest)
                t = E(host, t, "Info", "Saving %s", f"Saving {p}")
                mb = r.randint(1, 60)
                E(
                    host,
                    t
                    + sec(r.uniform(0.2, 3.5) * (6 if host == "ml02" and in_any(t, [slow]) else 1)),
                    "Info",
                    "Saved %d MB at %d MB/sec to %s",
                    f"Saved {mb} MB at {r.randint(40, 600)} MB/sec to {p}",
                )
            for t in poisson(r, T0, T_END, r.uniform(1300, 1900)):
                if host == "ml02" and hang <= t < restart + sec(60):
                    continue
                srcs = [path(forest) for _ in range(r.choice([2, 2, 3]))]
                dst = path(forest)
                mb = r.randint(20, 2400)
                t = E(
                    host,
                    t,
                    "Info",
                    "Merging %d MB from %s to %s, timestamp=%d",
                    f"Merging {mb} MB from {', '.join(srcs[:-1])} and {srcs[-1]} to {dst}, timestamp={int(t.timestamp()) * 10_000_000 + r.randint(0, 9_999_999)}",
                )
                took = mb / r.uniform(30, 180)
                t = E(
                    host,
                    t + sec(took),
                    "Info",
                    "Merged %d MB at %d MB/sec to %s",
                    f"Merged {mb} MB at {max(1, int(mb / max(took, 0.5)))} MB/sec to {dst}",
                )
                for s in srcs:
                    t = E(
                        host,
                        t + sec(r.uniform(0.01, 0.3)),
                        "Info",
                        "Deleted %d MB at %d MB/sec %s",
                        f"Deleted {max(1, mb // len(srcs) + r.randint(-5, 5))} MB at {r.randint(900, 9000)} MB/sec {s}",
                    )
    # ml02's disk
    fsn = r.randint(10**7, 10**8)
    for t in poisson(r, slow[0], hang, 38.0):
        took = r.randint(1200, 19000)
        fsn += r.randint(100, 9000)
        forest = r.choice(ML_FORESTS["ml02"])
        E(
            "ml02",
            t,
            "Warning",
            "Forest %s journal frame took %d ms to journal (sem=%d disk=%d ja=%d dbrep=%d ld=%d): {{fsn=%d, chksum=0x%s, words=%d}, op=%s, time=%d, mfor=%d, mtim=%d, mfsn=%d, fmcl=%d, fmf=%d, fmt=%d, fmfsn=%d, sk=%d, pfs=%d}",
            f"Forest {forest} journal frame took {took} ms to journal (sem=0 disk={took - r.randint(0, 40)} ja=0 dbrep=0 ld=0): {{{{fsn={fsn}, chksum=0x{hexid(r, 8)}, words={r.randint(20, 900)}}}, op={r.choice(['commit', 'commit', 'prepare', 'fastQueryTimestamp'])}, time={int(t.timestamp())}, mfor={r.randint(10**18, 10**19 - 1)}, mtim={int(t.timestamp()) * 10_000_000}, mfsn={fsn}, fmcl={r.randint(10**18, 10**19 - 1)}, fmf={r.randint(10**18, 10**19 - 1)}, fmt={int(t.timestamp()) * 10_000_000}, fmfsn={fsn - r.randint(1, 50)}, sk={r.randint(10**18, 10**19 - 1)}, pfs={r.randint(10**8, 10**9)}}}",
        )
    for t in poisson(r, slow[0] + sec(300), hang, 110.0):
        peer = r.choice(["ml01", "ml03"])
        E(
            "ml02",
            t,
            "Info",
            "Slow send %s:%d-%s:%d, %s in %.3g sec; check host %s",
            f"Slow send 10.50.0.12:7999-{ML_HOSTS[peer]}:{r.randint(40000, 60999)}, {r.randint(1, 900)} KB in {r.uniform(1.0, 9.0):.3g} sec; check host {peer}.corp.example",
        )
    for t in every(r, at(7, 58), hang, 70.0, 10.0):
        E("ml02", t, "Warning", "Hung %d sec", f"Hung {r.randint(5, 61)} sec")
    # ml02 hangs; failover on the other two
    for host in ("ml01", "ml03"):
        t = E(
            host,
            hang + sec(30 + r.uniform(0.1, 0.9)),
            "Info",
            "Disconnecting from domestic host %s because it has not responded for %d seconds.",
            "Disconnecting from domestic host ml02.corp.example because it has not responded for 30 seconds.",
        )
        mine = ["Documents-3-r", "Documents-4-r"] if host == "ml03" else []
        for f in mine:
            t = E(
                host,
                t + sec(r.uniform(0.1, 0.5)),
                "Info",
                "Forest %s state changed from %s to %s",
                f"Forest {f} state changed from sync replicating to open",
            )
        t = E(
            host,
            t + sec(r.uniform(0.1, 0.4)),
            "Info",
            "Database %s is online with %d forests",
            "Database Documents is online with 10 forests",
        )
    # ml02 restarted
    t = restart
    t = E(
        "ml02",
        t,
        "Info",
        "Starting MarkLogic Server %s %s in %s with data in %s",
        "Starting MarkLogic Server 11.0.3 x86_64 in /opt/MarkLogic with data in /var/opt/MarkLogic",
    )
    for f in ["Security", "Schemas", "Meters", "App-Services"] + ML_FORESTS["ml02"]:
        t = E(
            "ml02",
            t + sec(r.uniform(0.05, 1.5)),
            "Info",
            "Mounted forest %s locally on %s",
            f"Mounted forest {f} locally on /var/opt/MarkLogic/Forests/{f}",
        )
    for f, a, b in (
        ("Documents-3", "open", "wait replication"),
        ("Documents-4", "open", "wait replication"),
        ("Documents-1-r", "open replica", "async replicating"),
        ("Documents-2-r", "open replica", "async replicating"),
    ):
        t = E(
            "ml02",
            t + sec(r.uniform(0.5, 2)),
            "Info",
            "Forest %s state changed from %s to %s",
            f"Forest {f} state changed from {a} to {b}",
        )
    t = E(
        "ml02",
        t + sec(r.uniform(1, 3)),
        "Info",
        "Database %s is online with %d forests",
        "Database Documents is online with 12 forests",
    )
    for f in ("Documents-1-r", "Documents-2-r"):
        t = E(
            "ml02",
            t + sec(r.uniform(20, 90)),
            "Info",
            "Forest %s state changed from %s to %s",
            f"Forest {f} state changed from async replicating to sync replicating",
        )
    for f in ("Documents-3-r", "Documents-4-r"):
        E(
            "ml03",
            t + sec(r.uniform(1, 30)),
            "Info",
            "Forest %s state changed from %s to %s",
            f"Forest {f} state changed from open to sync replicating",
        )
    for f in ("Documents-3", "Documents-4"):
        t = E(
            "ml02",
            t + sec(r.uniform(30, 120)),
            "Info",
            "Forest %s state changed from %s to %s",
            f"Forest {f} state changed from wait replication to sync replicating",
        )
    # ml01's memory under the export job
    for t in every(r, at(11, 0, 20), at(11, 30), 60.0, 4.0):
        pct = r.randint(88, 97)
        phys = 128836
        size = phys * pct // 100
        rss = r.randint(70000, 90000)
        E(
            "ml01",
            t,
            "Warning",
            "Memory %d%% phys=%d size=%d(%d%%) rss=%d(%d%%) anon=%d(%d%%) file=%d(%d%%) forest=%d(%d%%) cache=%d(%d%%) registry=%d(%d%%)",
            f"Memory {pct}% phys={phys} size={size}({pct}%) rss={rss}({rss * 100 // phys}%) anon={rss - 9000}({(rss - 9000) * 100 // phys}%) file={r.randint(9000, 30000)}({r.randint(7, 23)}%) forest={r.randint(30000, 40000)}({r.randint(23, 31)}%) cache=40960(31%) registry=1(0%)",
        )
    # the orders app server: the app's own lines and its requests' errors
    f8010 = "ml01-8010_ErrorLog.txt"
    for t in poisson(r, T0, T_END, 48.0):
        n = r.randint(1, 500)
        L(
            f8010,
            "ml01",
            t,
            "Info",
            "[orders-api] ingested %d orders from batch %s in %d ms",
            [
                f"[orders-api] ingested {n} orders from batch {hexid(r, 8)}-{hexid(r, 4)} in {n * r.randint(3, 12) + r.randint(20, 200)} ms"
            ],
        )
    for t in poisson(r, T0, T_END, 110.0):
        L(
            f8010,
            "ml01",
            t,
            "Info",
            "[orders-api] reindex of customer %s queued (%d orders)",
            [
                f"[orders-api] reindex of customer C{r.randint(100000, 999999)} queued ({r.randint(1, 340)} orders)"
            ],
        )

    def stack(n: int) -> list[str]:
        out = []
        for code in r.sample(ML_ORDERS_CODE, n):
            out.append(
                f"in {code}, at {r.randint(5, 300)}:{r.randint(1, 40)} [{'javascript' if code.endswith('.sjs') else '1.0-ml'}]"
            )
            if r.random() < 0.5:
                out.append(f'  $uri = "/orders/{r.randint(10**6, 10**7)}.json"')
        return out

    for t in poisson(r, hang + sec(2), at(8, 24), 9.0):
        forest = r.choice(["Documents-3", "Documents-4"])
        uri = f"/orders/{r.randint(10**6, 10**7)}.json"
        L(
            f8010,
            "ml01",
            t,
            "Notice",
            "XDMP-FORESTNOTOPEN: %s -- Forest %s not open",
            [
                f'XDMP-FORESTNOTOPEN: xdmp:document-insert("{uri}", object-node{{...}}, map:map(...)) -- Forest {forest} not open',
                *stack(r.randint(1, 3)),
            ],
        )
    for t in poisson(r, T0, T_END, 900.0) + poisson(r, at(11, 0), at(11, 30), 120.0):
        L(
            f8010,
            "ml01",
            t,
            "Notice",
            "SVC-EXTIME: %s -- Time limit exceeded",
            [
                f'SVC-EXTIME: cts:search(fn:collection("orders"), cts:and-query((cts:json-property-value-query("status", "{r.choice(["open", "shipped", "returned"])}"), ...))) -- Time limit exceeded',
                *stack(2),
            ],
        )
    for t in poisson(r, T0, T_END, 1500.0):
        L(
            f8010,
            "ml01",
            t,
            "Notice",
            "XDMP-DEADLOCK: Deadlock detected locking %s %s",
            [
                f"XDMP-DEADLOCK: Deadlock detected locking Documents /orders/{r.randint(10**6, 10**7)}.json",
                *stack(1),
            ],
        )
    for t in poisson(r, at(9, 10), at(9, 40), 140.0):
        L(
            f8010,
            "ml01",
            t,
            "Notice",
            "XDMP-DOCUTF8SEQ: %s -- Invalid UTF-8 escape sequence at %s line %d -- document is not UTF-8 encoded",
            [
                f'XDMP-DOCUTF8SEQ: xdmp:document-load("/imports/partner-{r.randint(1, 9)}/{hexid(r, 6)}.csv") -- Invalid UTF-8 escape sequence at /imports/partner line {r.randint(2, 9000)} -- document is not UTF-8 encoded',
                *stack(1),
            ],
        )
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- SAP HANA

HANA_VERSION = "2.00.070.00.1679989823"


def sap_hana(r: random.Random) -> list[Log]:
    """The tenant's indexserver, SYSTEMDB's nameserver and backup.log (see the docstring)."""
    fs = Files()
    IDX, NS, BK = (
        "indexserver_hanadb01.30040.000.trc",
        "nameserver_hanadb01.30001.000.trc",
        "backup.log",
    )
    proc = {"idx": "idx-1"}

    def T(
        f: str,
        p: object,
        t: datetime,
        sev: str,
        comp: str,
        src: str,
        label: str,
        lines: list[str],
        tid: int,
        conn: int = -1,
        tx: str = "-1/-1",
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            return [
                f"[{tid}]{{{conn}}}[{tx}] {x:%Y-%m-%d %H:%M:%S.%f} {sev} {comp[:16]:<16} {src} : {lines[0]}",
                *lines[1:],
            ]

        return fs.add(f, t, label, text, p, US)

    def X(
        t: datetime,
        sev: str,
        comp: str,
        src: str,
        label: str,
        lines: list[str],
        tid: int,
        conn: int = -1,
        tx: str = "-1/-1",
    ) -> datetime:
        return T(IDX, proc["idx"], t, sev, comp, src, label, lines, tid, conn, tx)

    def N(t: datetime, sev: str, comp: str, src: str, label: str, msg: str, tid: int) -> datetime:
        return T(NS, "ns", t, sev, comp, src, label, [msg], tid)

    def B(t: datetime, pid: int, bid: str, level: str, comp: str, label: str, msg: str) -> datetime:
        return fs.add(
            BK,
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%dT%H:%M:%S}+00:00  P{pid:07d}      {bid} {level:<8}{comp:<9}{msg}"
            ],
            "backup",
            SEC,
        )

    oom, killed, up = at(9, 42, 7.331482), at(9, 45, 40.204117), at(9, 46, 31.912605)
    idx_down = (oom + sec(5), up + sec(200))
    bk_full = (at(10, 40, 10), at(11, 5, 30))

    # log backups: the tenant's indexserver under load every ~2 minutes, SYSTEMDB's nameserver on its timeout
    def log_backups(service: str, port: int, volume: int, ts: list[datetime]) -> None:
        seg = r.randint(40000, 90000)
        for t in ts:
            if service == "indexserver" and idx_down[0] <= t < idx_down[1]:
                continue
            bid = f"{int(t.timestamp() * 1000):x}"
            pid = 31877
            head = f"{service}, hanadb01:{port}, volume: {volume}"
            if in_any(t, [bk_full]):
                t = B(
                    t,
                    pid,
                    bid,
                    "INFO",
                    "LOGBCKUP",
                    "state of service: %s, %s:%d, volume: %d, %s",
                    f"state of service: {head}, BackupLogBackupStarted",
                )
                t = B(
                    t + sec(r.uniform(0.2, 2)),
                    pid,
                    bid,
                    "ERROR",
                    "LOGBCKUP",
                    'Backup error: [2000306] Error writing backup file "%s": No space left on device',
                    f'Backup error: [2000306] Error writing backup file "/hana/backup/log/DB_HDB/log_backup_{volume}_0_{seg}_{seg + 1}.{bid}": No space left on device',
                )
                B(
                    t + sec(0.4),
                    pid,
                    bid,
                    "ERROR",
                    "LOGBCKUP",
                    "state of service: %s, %s:%d, volume: %d, %s",
                    f"state of service: {head}, BackupLogBackupFailed",
                )
                continue
            size = r.randint(4 * 2**20, 1024 * 2**20)
            t = B(
                t,
                pid,
                bid,
                "INFO",
                "LOGBCKUP",
                "state of service: %s, %s:%d, volume: %d, %s",
                f"state of service: {head}, BackupLogBackupStarted",
            )
            nseg = r.randint(1, 6) if service == "indexserver" else 1
            t = B(
                t + sec(r.uniform(0.1, 1.2)),
                pid,
                bid,
                "INFO",
                "LOGBCKUP",
                "to file: %s",
                f"to file: /hana/backup/log/{'SYSTEMDB' if service == 'nameserver' else 'DB_HDB'}/log_backup_{volume}_0_{seg}_{seg + nseg}.{bid}",
            )
            seg += nseg
            t = B(
                t + sec(r.uniform(0.5, 8)),
                pid,
                bid,
                "INFO",
                "LOGBCKUP",
                "progress of service: %s, %s:%d, volume: %d, %d%% %d/%d",
                f"progress of service: {head}, 100% {size}/{size}",
            )
            B(
                t + sec(r.uniform(0.1, 1)),
                pid,
                bid,
                "INFO",
                "LOGBCKUP",
                "state of service: %s, %s:%d, volume: %d, %s",
                f"state of service: {head}, BackupLogBackupFinished",
            )

    busy = every(r, T0 + sec(37), T_END, 68.0, 25.0)
    log_backups("indexserver", 30040, 3, busy)
    log_backups("nameserver", 30001, 1, every(r, T0 + sec(412), T_END, 900.0, 3.0))
    # the complete data backup at 06:30
    t0 = at(6, 30, 2)
    bid = f"{int(t0.timestamp() * 1000):x}"
    t = B(
        t0,
        40211,
        bid,
        "INFO",
        "BACKUP",
        "SAVE DATA started [%d]",
        f"SAVE DATA started [{int(t0.timestamp() * 1000)}]",
    )
    t = B(
        t + sec(1),
        40211,
        bid,
        "INFO",
        "BACKUP",
        "command: backup data for %s using file ('%s')",
        "command: backup data for HDB using file ('/hana/backup/data/DB_HDB/COMPLETE_DATA_BACKUP_2024-06-07')",
    )
    total = 412 * 2**30 + r.randint(0, 2**30)
    t = B(
        t + sec(2),
        40211,
        bid,
        "INFO",
        "BACKUP",
        "backup of service: %s, %s:%d, volume: %d",
        "backup of service: indexserver, hanadb01:30040, volume: 3",
    )
    done = 0
    while done < total:
        done = min(total, done + r.randint(9, 22) * 2**30)
        t = B(
            t + sec(r.uniform(50, 70)),
            40211,
            bid,
            "INFO",
            "BACKUP",
            "progress of service: %s, %s:%d, volume: %d, %d%% %d/%d",
            f"progress of service: indexserver, hanadb01:30040, volume: 3, {done * 100 // total}% {done}/{total}",
        )
    t = B(
        t + sec(3),
        40211,
        bid,
        "INFO",
        "BACKUP",
        "SAVE DATA finished successfully",
        "SAVE DATA finished successfully",
    )

    # lock wait timeouts of the batch job, each after its TraceContext line
    for t in poisson(r, at(7, 30), at(8, 0), 18.0):
        conn = r.randint(300100, 300400)
        tid = r.randint(40000, 60000)
        tx = f"{r.randint(20, 90)}/{r.randint(10**8, 10**9)}"
        t = X(
            t,
            "e",
            "TraceContext",
            "TraceContext.cpp(01293)",
            "UserName=%s, ApplicationUserName=%s, ApplicationName=%s, ApplicationSource=%s, StatementHash=%s",
            [
                f"UserName=BATCH_FI, ApplicationUserName={r.choice(['JMUELLER', 'SCHED', 'SCHED'])}, ApplicationName=ABAP:HDB, ApplicationSource=SAPLFAGL_POST:{r.randint(100, 900)}, StatementHash={hexid(r, 32)}"
            ],
            tid,
            conn,
            tx,
        )
        mode = r.choice(["RECORD_LOCK", "RECORD_LOCK", "TABLE_LOCK"])
        X(
            t + sec(0.000031),
            "e",
            "SQLSession",
            "sm_handler.cc(03420)",
            "[131] transaction rolled back by lock wait timeout: Lock timeout occurs while waiting %s of mode %s",
            [
                f"[131] transaction rolled back by lock wait timeout: Lock timeout occurs while waiting {mode} of mode {r.choice(['EXCLUSIVE', 'EXCLUSIVE', 'INTENTIONAL EXCLUSIVE'])}"
            ],
            tid,
            conn,
            tx,
        )
    # memory pressure: unloads, then the OOM
    tables = [
        f'"{s}"."{t}"'
        for s in ("SAPHANADB", "SAPHANADB", "ANALYTICS")
        for t in (
            "ACDOCA",
            "BSEG",
            "VBAP",
            "MSEG",
            "COEP",
            "FAGLFLEXA",
            "EKPO",
            "SALES_FACT",
            "STOCK_SNAP",
            "CDPOS",
        )
    ]
    for t in poisson(r, at(9, 25), oom, 16.0):
        X(
            t,
            "i",
            "CSUnloads",
            "UnloadMonitor.cpp(00217)",
            "unloading table %s (%d MB) due to %s",
            [
                f"unloading table {r.choice(tables)} ({r.randint(200, 48000)} MB) due to {r.choice(['LOW_MEMORY', 'LOW_MEMORY', 'UNUSED_RESOURCE'])}"
            ],
            r.randint(40000, 60000),
        )
    oom_lines = [
        "OUT OF MEMORY occurred.",
        "Host: hanadb01",
        "Executable: hdbindexserver",
        "PID: 41822",
        "Failed to allocate 8gb (8589934592b).",
        "Allocation failure type: GLOBAL_ALLOCATION_LIMIT",
        "Current callstack:",
        "1: 0x00007f2a1c0a51b2 in MemoryManager::PoolAllocator::notifyOOM(unsigned long, bool, bool)+0x90 at PoolAllocator.cpp:1377 (libhdbbasis.so)",
        "2: 0x00007f2a1c0a8e44 in MemoryManager::PoolAllocator::allocateNoThrowImpl(unsigned long, void const*)+0x1a4 at PoolAllocator.cpp:2109 (libhdbbasis.so)",
        "3: 0x00007f2a0b3d2e71 in AttributeEngine::Delta::MergeJob::run()+0x5f1 at MergeJob.cpp:412 (libhdbcs.so)",
    ]
    X(
        oom,
        "e",
        "Memory",
        "ReportMemoryProblems.cpp(00733)",
        "OUT OF MEMORY occurred.",
        oom_lines,
        52113,
    )
    for t in every(r, oom + sec(30), killed, 30.0, 0.5):
        N(
            t,
            "w",
            "NameServer",
            "TREXNameServer.cpp(18217)",
            "service %s@%s:%d not responding. retry in %d sec",
            "service indexserver@hanadb01:30040 not responding. retry in 5 sec",
            31907,
        )
    for t in every(r, oom + sec(12), killed, 20.0, 3.0):
        N(
            t,
            "e",
            "TNS",
            "TNSClient.cpp(00800)",
            "sendRequest %s to %s:%d failed with NetException. data=(%s)",
            "sendRequest dr_getremoteactivecount to hanadb01:30040 failed with NetException. data=(S)host=hanadb01|service=indexserver|volume=3|",
            r.choice([31911, 31912]),
        )
    N(
        killed,
        "w",
        "Daemon",
        "TrexDaemon.cpp(01022)",
        "service %s (pid %d) killed by daemon after %d sec without response",
        "service indexserver (pid 41822) killed by daemon after 210 sec without response",
        31902,
    )
    proc["idx"] = "idx-2"
    t = up
    start = [
        (
            "Basis",
            "TraceStream.cpp(00723)",
            "==== Starting hdbindexserver, version %s (%s), build %s %s %s",
            f"==== Starting hdbindexserver, version {HANA_VERSION} (fa/hana2sp07), build linuxx86_64 7c3b2d1e4f0a5c6b 2023-03-28 10:30:23 gcc (SAP release 20200227, based on SUSE gcc9-9.2.1+r275327-1.3.7) 9.2.1 20190903 [gcc-9-branch revision 275330]",
        ),
        ("Basis", "Timer.cpp(00745)", "MaxOpenFiles: %d", "MaxOpenFiles: 1048576"),
        ("Memory", "MallocProxy.cpp(01417)", "Installed malloc hooks", "Installed malloc hooks"),
        (
            "assign",
            "TREXIndexServer.cpp(01815)",
            "assign to volume %d started",
            "assign to volume 3 started",
        ),
        (
            "PersistenceManag",
            "PersistenceManagerImpl.cpp(03296)",
            "Savepoint current savepoint version: %d, restart redo log position: 0x%x, next savepoint version: %d, last snapshot SP version: %d",
            f"Savepoint current savepoint version: 812734, restart redo log position: 0x{r.randint(10**9, 10**10):x}, next savepoint version: 812735, last snapshot SP version: 0",
        ),
        (
            "Logger",
            "RecoveryHandlerImpl.cpp(01187)",
            "Triggering recovery of remaining log",
            "Triggering recovery of remaining log",
        ),
        (
            "Logger",
            "RecoveryHandlerImpl.cpp(01301)",
            "Recovery finished at log position 0x%x",
            f"Recovery finished at log position 0x{r.randint(10**10, 10**11):x}",
        ),
        (
            "PersistenceManag",
            "PersistenceManagerImpl.cpp(04120)",
            "Termination of rollback(s) open in restart/backup savepoint finished in %d seconds;",
            "Termination of rollback(s) open in restart/backup savepoint finished in 0 seconds;",
        ),
        (
            "assign",
            "TREXIndexServer.cpp(01911)",
            "assign to volume %d finished",
            "assign to volume 3 finished",
        ),
        ("Service_Startup", "TREXIndexServer.cpp(02311)", "Service started", "Service started"),
    ]
    for comp, src, label, msg in start:
        t = X(t + sec(r.uniform(0.05, 9)), "i", comp, src, label, [msg], 12801)
    N(
        t + sec(0.4),
        "i",
        "NameServer",
        "TREXNameServer.cpp(17331)",
        "service %s@%s:%d started",
        "service indexserver@hanadb01:30040 started",
        31907,
    )
    # delta merges failing after the restart
    for t in poisson(r, up + sec(60), at(10, 20), 90.0):
        X(
            t,
            "e",
            "Mergedog",
            "Mergedog.cpp(00198)",
            "AutoMerge of table %s failed: [2048] column store error: merge delta index error: [6952] AttributeEngine: not enough memory",
            [
                f"AutoMerge of table {r.choice(tables)} failed: [2048] column store error: merge delta index error: [6952] AttributeEngine: not enough memory"
            ],
            r.randint(40000, 60000),
        )
    # the ETL user's expired password
    for t in every(r, at(11, 10, 5), at(11, 40), 10.0, 2.0):
        X(
            t,
            "w",
            "Authentication",
            "Manager.cpp(01402)",
            "authentication failed for user '%s' from %s: password expired",
            [
                f"authentication failed for user 'ETL_LOADER' from 10.60.3.{r.choice([41, 42])}: password expired"
            ],
            r.randint(40000, 60000),
            r.randint(300100, 300400),
        )
    # the nameserver's hourly lines
    for t in every(r, T0 + sec(1300), T_END, 3600.0, 2.0):
        N(
            t,
            "i",
            "License",
            "LicenseManager.cpp(02611)",
            "license for system %s valid until %s (%d days)",
            f"license for system HDB valid until 2024-12-31 ({(datetime(2024, 12, 31, tzinfo=t.tzinfo) - t).days} days)",
            31903,
        )
    for t in every(r, T0 + sec(611), T_END, 600.0, 5.0):
        if idx_down[0] <= t < idx_down[1]:
            continue
        N(
            t,
            "i",
            "Topology",
            "TopologyUtil.cpp(00401)",
            "checked %d services on %d hosts, all %s",
            "checked 4 services on 1 hosts, all active",
            31905,
        )
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- MonetDB

MERO_PID = 1187
BI_CLIENTS = [f"10.30.4.{n}" for n in (21, 22, 57)] + [f"10.30.5.{n}" for n in (8, 9, 114)]


def monetdb(r: random.Random) -> list[Log]:
    """monetdbd's logfile and the `sales` database's GDKtracer file (see the docstring)."""
    fs = Files()
    ML, TR = "merovingian.log", "mdbtrace.log"
    farm = "/var/monetdb5/dbfarm"
    pids = {"sales": 20431, "staging": 0}
    state = {"sales": "running", "staging": "inactive"}

    def M(
        t: datetime,
        label: str,
        msg: str,
        ident: str = "merovingian",
        pid: int = MERO_PID,
        kind: str = "MSG",
    ) -> datetime:
        return fs.add(
            ML,
            t,
            label,
            lambda x: [f"{x:%Y-%m-%d %H:%M:%S} {kind} {ident}[{pid}]: {msg}"],
            pid,
            SEC,
        )

    def G(
        t: datetime,
        src: str,
        line: int,
        func: str,
        level: str,
        comp: str,
        thread: str,
        label: str,
        msg: str,
    ) -> datetime:
        return fs.add(
            TR,
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%d %H:%M:%S} {src:<20}:{line} {func:>20} {level:>20} {comp:<20} {thread:<20} # {msg}"
            ],
            ("trace", pids["sales"]),
            SEC,
        )

    def start_db(db: str, t: datetime, crashed_on: str = "") -> datetime:
        up = "2d/3d/6d" if db == "sales" else "1h/3h/9h"
        if crashed_on:
            t = M(
                t,
                "database '%s' has crashed after start on %s, attempting restart, up min/avg/max: %s/%s/%s, crash average: %d.00 %.2f %.2f (%d-%d=%d)",
                f"database '{db}' has crashed after start on {crashed_on}, attempting restart, up min/avg/max: {up}, crash average: 1.00 0.10 0.03 (41-39=1)",
            )
        else:
            t = M(
                t,
                "starting database '%s', up min/avg/max: %s/%s/%s, crash average: %d.00 %.2f %.2f (%d-%d=%d)",
                f"starting database '{db}', up min/avg/max: {up}, crash average: 0.00 0.00 0.00 ({17 if db == 'staging' else 42}-{17 if db == 'staging' else 41}=0)",
            )
        pid = r.randint(21000, 39000)
        pids[db] = pid
        nthreads = 8 if db == "sales" else 4
        args = f"/usr/bin/mserver5 --dbpath={farm}/{db} --set merovingian_uri=mapi:monetdb://dwh01.corp.example:50000/{db} --set mapi_listenaddr=none --set mapi_usock={farm}/{db}/.mapi.sock --set monet_vault_key={farm}/{db}/.vaultkey --set gdk_nr_threads={nthreads} --set max_clients=64 --set sql_optimizer=default_pipe --set monet_daemon=yes"
        banner = [
            ("arguments: %s", f"arguments: {args}"),
            ("# MonetDB 5 server v%s (%s)", "# MonetDB 5 server v11.37.11 (Jun2020-SP1)"),
            (
                "# Serving database '%s', using %d threads",
                f"# Serving database '{db}', using {nthreads} threads",
            ),
            (
                "# Compiled for %s/%dbit with 128bit integers",
                "# Compiled for x86_64-pc-linux-gnu/64bit with 128bit integers",
            ),
            (
                "# Found %s available main-memory of which we use %s",
                "# Found 125.791 GiB available main-memory of which we use 102.519 GiB",
            ),
            ("# Copyright (c) 1993 - July 2008 CWI.", "# Copyright (c) 1993 - July 2008 CWI."),
            (
                "# Copyright (c) August 2008 - 2020 MonetDB B.V., all rights reserved",
                "# Copyright (c) August 2008 - 2020 MonetDB B.V., all rights reserved",
            ),
            (
                "# Visit https://www.monetdb.org/ for further information",
                "# Visit https://www.monetdb.org/ for further information",
            ),
            (
                "# Listening for UNIX domain connection requests on %s",
                f"# Listening for UNIX domain connection requests on mapi:monetdb://{farm}/{db}/.mapi.sock",
            ),
            ("# MonetDB/GIS module loaded", "# MonetDB/GIS module loaded"),
            ("# MonetDB/SQL module loaded", "# MonetDB/SQL module loaded"),
        ]
        t += sec(0.4)
        for label, msg in banner:
            t = M(t + sec(r.uniform(0, 0.3)), label, msg, db, pid)
        state[db] = "running"
        return M(
            t + sec(r.uniform(0.2, 1.2)),
            "database '%s' (%d) has finished starting up",
            f"database '{db}' ({pid}) has finished starting up",
        )

    def connect(t: datetime, host: str, db: str) -> None:
        port = r.randint(32768, 60999)
        if state.get(db) is None:
            M(
                t,
                "client error: no such database: %s",
                f"client error: no such database: {db}",
                kind="ERR",
            )
            return
        if state[db] == "locked":
            M(
                t,
                "client error: database '%s' is under maintenance",
                f"client error: database '{db}' is under maintenance",
                kind="ERR",
            )
            return
        if state[db] in ("inactive", "crashed"):
            t = start_db(db, t, "2024-06-07 09:12:58" if state[db] == "crashed" else "")
        t = M(
            t,
            "proxying client %s for database '%s' to %s?database=%s",
            f"proxying client {host}:{port} for database '{db}' to mapi:monetdb://{farm}/{db}/.mapi.sock?database={db}",
        )
        M(
            t + sec(0.001),
            "target connection is on local UNIX domain socket, passing on filedescriptor instead of proxying",
            "target connection is on local UNIX domain socket, passing on filedescriptor instead of proxying",
        )

    events: list[tuple[datetime, str, object]] = []
    for t in poisson(r, T0, T_END, 24.0):
        events.append((t, "conn", (r.choice(BI_CLIENTS), "sales")))
    for t in poisson(r, at(7, 15, 30), T_END, 200.0):
        events.append((t, "conn", ("10.30.5.9", "staging")))
    for t in every(r, at(8, 0, 5), at(8, 20), 100.0, 4.0):
        events.append((t, "conn", ("10.30.5.114", "salse")))
    for t in every(r, T0 + sec(12), T_END, 60.0, 0.6):
        events.append((t, "status", None))
    oom, locked, stop, released = at(9, 12, 40), at(11, 30, 2), at(11, 31, 10), at(11, 44, 30)
    events.append((oom, "oom", None))
    events.append((at(10, 40, 12), "diskfull", None))
    events.append((locked, "lock", None))
    events.append((stop, "stop", None))
    events.append((released, "release", None))
    events.sort(key=lambda e: (e[0], e[1]))
    for t, kind, arg in events:
        if kind == "conn":
            host, db = arg  # type: ignore[misc]
            connect(t, host, db)
        elif kind == "status":
            M(t, "%s: served status list", "(local): served status list", "control")
        elif kind == "oom":
            pid = pids["sales"]
            for _ in range(r.randint(5, 8)):
                t = G(
                    t + sec(r.uniform(0.1, 2)),
                    "gdk_utils.c",
                    1746,
                    "GDKmalloc_internal",
                    "M_ERROR",
                    "GDK",
                    f"DFLOWworker{r.randint(1, 8)}",
                    "failed for %d bytes: Cannot allocate memory",
                    f"failed for {r.randint(2, 64) * 2**30} bytes: Cannot allocate memory",
                )
                t = G(
                    t + sec(r.uniform(0, 0.5)),
                    "gdk_posix.c",
                    393,
                    "MT_mmap",
                    "M_ERROR",
                    "GDK",
                    f"DFLOWworker{r.randint(1, 8)}",
                    "mmap(%s,%d) failed: Cannot allocate memory",
                    f"mmap({farm}/sales/bat/{r.randint(10, 77):02o}/{r.randint(1000, 7777):o}.tail,{r.randint(2, 64) * 2**30}) failed: Cannot allocate memory",
                )
            t = G(
                t + sec(0.5),
                "gdk_heap.c",
                154,
                "HEAPalloc",
                "M_ERROR",
                "GDK",
                "DFLOWworker3",
                "Insufficient space for HEAP of %d bytes.",
                f"Insufficient space for HEAP of {r.randint(16, 64) * 2**30} bytes.",
            )
            M(
                t + sec(r.uniform(6, 14)),
                "database '%s' (%d) was killed by signal %s",
                f"database 'sales' ({pid}) was killed by signal SIGKILL",
            )
            state["sales"] = "crashed"
        elif kind == "diskfull":
            pid = pids["sales"]
            for tt in every(r, t, at(11, 5), 90.0, 30.0):
                tt = G(
                    tt,
                    "gdk_storage.c",
                    139,
                    "GDKextendf",
                    "M_ERROR",
                    "GDK",
                    f"DFLOWworker{r.randint(1, 8)}",
                    "could not extend file: No space left on device",
                    "could not extend file: No space left on device",
                )
                tt = G(
                    tt + sec(0.2),
                    "gdk_heap.c",
                    232,
                    "HEAPextend",
                    "M_ERROR",
                    "GDK",
                    f"DFLOWworker{r.randint(1, 8)}",
                    "failed to extend to %d for %s: GDKextendf failed",
                    f"failed to extend to {r.randint(2**20, 2**34)} for {r.randint(10, 77):02o}/{r.randint(1000, 7777):o}.tail: GDKextendf failed",
                )
                G(
                    tt + sec(0.2),
                    "gdk_bat.c",
                    519,
                    "BATextend",
                    "M_ERROR",
                    "GDK",
                    f"DFLOWworker{r.randint(1, 8)}",
                    "failed to extend to %d rows",
                    f"failed to extend to {r.randint(10**6, 10**9)} rows",
                )
        elif kind == "lock":
            M(t, "%s: locked database '%s'", "(local): locked database 'sales'", "control")
            state["sales"] = "locked"
        elif kind == "stop":
            pid = pids["sales"]
            t = M(t, "%s: stopped database '%s'", "(local): stopped database 'sales'", "control")
            t = M(
                t + sec(0.01),
                "sending process %d (database '%s') the TERM signal",
                f"sending process {pid} (database 'sales') the TERM signal",
            )
            M(
                t + sec(r.uniform(2, 9)),
                "database '%s' has shut down",
                "database 'sales' has shut down",
            )
        elif kind == "release":
            M(t, "%s: released database '%s'", "(local): released database 'sales'", "control")
            state["sales"] = "inactive"
            t = M(t + sec(3.2), "%s: started '%s'", "(local): started 'sales'", "control")
            start_db("sales", t + sec(0.01))
    return fs.logs(T0)


SYSTEMS = {
    "singlestore": singlestore,
    "voltdb": voltdb,
    "marklogic": marklogic,
    "sap-hana": sap_hana,
    "monetdb": monetdb,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
