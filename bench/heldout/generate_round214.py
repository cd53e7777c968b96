#!/usr/bin/env python3
# ruff: noqa: E501, B023, SIM113  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 214 (mydumper, gh-ost, pt-online-schema-change, skeema,
beyla) into bench/heldout/, the same way and under the same label rules as generate.py
(bench/README.md, "heldout.py"): each program's log is simulated from its format strings over a
seeded run, and every line that starts an event is labelled with the format string that wrote
it as it is written. Distinct calls of one process never share a timestamp at the log's
resolution (round 53's Clock, kept per process and per file). MySQL tooling and one eBPF agent,
06:00 to 12:00 on 2024-06-07. The brief's third system, pt-heartbeat, prints one statement
(`%.2fs [ %5.2fs, %5.2fs, %5.2fs ]`) every second and little else, too few formats for a
faithful log of 15 templates, so pt-online-schema-change (the Percona Toolkit's other
long-running MySQL tool, not in the set) takes its place.

- mydumper 0.16 (`db1-mydumper.log`, `db2-mydumper.log`: its `--logfile`, `%Y-%m-%d %H:%M:%S
  [LEVEL] - message`): hourly dumps of `shop` on db1 (at :00) and `analytics` on db2 (at :30),
  four threads each: `MyDumper backup version: %s`, `Connected to MySQL %s`, `Started dump at:
  %s`, per thread `Thread %d: connected using MySQL connection ID %d`, `Thread %d: dumping db
  information for `%s``, per table `Thread %d: dumping schema for `%s`.`%s``, one `Thread %d:
  dumping data from `%s`.`%s` into %s | Completed: %d%% | Remaining tables: %d / %d` per chunk
  file, `Thread %d: `%s`.`%s` [ 100%% ] | Tables: %d/%d`, `Finished dump at: %s`; db1's 08:00
  dump hitting a lock wait on `orders` (`Error dumping table (%s.%s) data: %s` with MySQL's
  text), db2 down 09:25-09:40 (`Error connecting to database: %s`), and db2's 10:30 dump aborted
  by a long query (the CRITICAL `There are queries in PROCESSLIST running longer than %us,
  aborting dump,` whose two tab-indented lines continue the event), then rerun at 10:40.
- gh-ost 1.1.6 (`gh-ost-orders.log`, `gh-ost-events.log`: the stderr and stdout of two
  migrations; golib's `%Y-%m-%d %H:%M:%S LEVEL message` and the status lines with no head):
  inspector and streamer start-up, `Migrating `%s`.`%s``, the `# Migrating ...` comment block
  of a status print (its later `#` lines continue it), `Copy: %d/%d %.1f%%; Applied: %d; Backlog:
  %d/%d; Time: %s(total), %s(copy); streamer: %s; Lag: %.2fs, HeartbeatLag: %.2fs, State: %s;
  ETA: %s` every second for a minute and every 30 s after (the state `migrating`, or
  `throttled, lag=%fs` during replica lag 07:40-08:05, or `postponing cut-over`), binlog
  rotations, the cut-over sequence, one cut-over failing on a lock wait and retried, and the
  tear-down.
- pt-online-schema-change 3.5 (`pt-osc.log`: its stdout over a day's runs from cron, each run's
  lines, some with an ISO timestamp before them): `No slaves found.`, `Operation, tries, wait:`
  (its tab-indented table continues the event), `Altering `%s`.`%s`...`, `Creating new
  table...`, `%s Copying approximately %d rows...`, `Copying `%s`.`%s`:  %d%% %s remain` every
  30 s, `Replica lag is %s seconds on %s.  Waiting.`, `Pausing because Threads_running=%d.`,
  `Successfully altered `%s`.`%s`.`, and a run that fails (`Error copying rows from %s to %s: %s`
  then `Dropping triggers...`).
- skeema 1.11 (`skeema-ci.log`: a deploy host running `skeema push` over 24 shards every
  10 minutes, then `skeema lint`; its `%Y-%m-%d %H:%M:%S [LEVEL] message` with the level padded):
  `Pushing changes from %s to %s %s`, `%s %s: No differences found`, `%s %s: push complete`, a
  schema change rolled out 07:00-07:20 (the ALTERs, `-- instance: %s` blocks), a shard
  unreachable 09:00-09:30 (`Skipping %s: %s` with the driver's dial error), lint annotations
  (`%s:%d: %s [%s]` with each rule's own text) and the summaries.
- Beyla 1.6 (`beyla-node1.log`, `beyla-node2.log`: slog's text handler, `time=... level=INFO
  msg="..." component=... key=value`): start-up, `instrumenting process` for each process
  discovered, `process ended`, eBPF tracer attach messages, OTLP export errors while the
  collector is down 08:10-08:40 (`failed to upload metrics: %s`), a kernel-version warning, and
  node2's agent restarted at 10:00.

Label notes. The heads (date, level) are context; slog's and logrus's key=value attributes are
context; the message alone is the label. A Go or MySQL error inside a message contributes its
own format. Table, schema, host and file names, counts, percentages and durations are values.

Least sure (written from the helper's knowledge, not checked against the sources): mydumper's
exact wording of `Connected to MySQL %s` and of the chunk line; gh-ost's `Intercepted changelog
state %s` and the throttle reason's layout; pt-osc's exact error text; skeema's `Skipping %s: %s`
and the lint rule texts; Beyla's component names and message texts.
"""

from __future__ import annotations

import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate
from generate_round55 import poisson
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any

SEC = 1_000_000
MS = 1000


def ymd(t: datetime) -> str:
    return f"{t:%Y-%m-%d %H:%M:%S}"


def go_dur(s: float) -> str:
    """Go's time.Duration.String(), rounded to the second or the millisecond."""
    if s < 1:
        return f"{int(s * 1000)}ms"
    s = int(s)
    h, rest = divmod(s, 3600)
    m, x = divmod(rest, 60)
    if h:
        return f"{h}h{m}m{x}s"
    if m:
        return f"{m}m{x}s"
    return f"{x}s"


# ------------------------------------------------------------------------------- mydumper

MD_DBS = {
    "db1": (
        "shop",
        [
            ("orders", 6),
            ("order_items", 8),
            ("customers", 2),
            ("products", 1),
            ("product_images", 1),
            ("carts", 2),
            ("cart_items", 3),
            ("payments", 4),
            ("shipments", 3),
            ("addresses", 2),
            ("coupons", 1),
            ("reviews", 2),
            ("inventory", 1),
            ("warehouses", 1),
            ("audit_log", 5),
        ],
    ),
    "db2": (
        "analytics",
        [
            ("events", 9),
            ("sessions", 5),
            ("pageviews", 7),
            ("daily_rollup", 1),
            ("funnels", 1),
            ("ab_tests", 1),
            ("campaigns", 1),
            ("attribution", 3),
            ("users_dim", 2),
        ],
    ),
}


def mydumper(r: random.Random) -> list[Log]:
    """Hourly dumps on db1 and db2, with a lock wait, an outage and a long-query abort."""
    fs = Files()

    def L(host: str, t: datetime, level: str, label: str, lines: list[str]) -> datetime:
        return fs.add(
            f"{host}-mydumper.log",
            t,
            label,
            lambda x: [f"{ymd(x)} [{level}] - {lines[0]}", *lines[1:]],
            host,
            SEC,
        )

    def dump(host: str, t: datetime, mode: str = "") -> None:
        db, tables = MD_DBS[host]
        outdir = f"/backups/{db}/{t:%Y%m%d-%H%M}"
        t = L(host, t, "INFO", "MyDumper backup version: %s", ["MyDumper backup version: 0.16.1-3"])
        if mode == "down":
            L(
                host,
                t + sec(1),
                "CRITICAL",
                "Error connecting to database: %s",
                [
                    f"Error connecting to database: Can't connect to MySQL server on '{host}.internal:3306' (111)"
                ],
            )
            return
        t = L(host, t + sec(0.3), "INFO", "Connected to MySQL %s", ["Connected to MySQL 8.0.36-28"])
        if mode == "longq":
            L(
                host,
                t + sec(1),
                "CRITICAL",
                "There are queries in PROCESSLIST running longer than %us, aborting dump,",
                [
                    "There are queries in PROCESSLIST running longer than 60s, aborting dump,",
                    "\tuse --long-query-guard to change the guard value, kill queries (--kill-long-queries) or use ",
                    "\tdifferent server for dump",
                ],
            )
            return
        t = L(
            host,
            t + sec(0.4),
            "INFO",
            "Started dump at: %s",
            [f"Started dump at: {t:%Y-%m-%d %H:%M:%S}"],
        )
        t = L(host, t + sec(0.2), "INFO", "Written master status", ["Written master status"])
        for th in range(1, 5):
            t = L(
                host,
                t + sec(0.1),
                "INFO",
                "Thread %d: connected using MySQL connection ID %d",
                [f"Thread {th}: connected using MySQL connection ID {r.randrange(100000, 999999)}"],
            )
        L(
            host,
            t + sec(0.2),
            "INFO",
            "Thread %d: dumping db information for `%s`",
            [f"Thread 1: dumping db information for `{db}`"],
        )
        t = L(
            host,
            t + sec(0.5),
            "INFO",
            "Non-InnoDB dump complete, releasing global locks",
            ["Non-InnoDB dump complete, releasing global locks"],
        )
        t = L(host, t + sec(0.1), "INFO", "Releasing FTWRL", ["Releasing FTWRL"])
        total = len(tables)
        thr_t = {th: t for th in range(1, 5)}
        done = 0
        for i, (tbl, chunks) in enumerate(tables):
            th = min(thr_t, key=lambda k: thr_t[k])
            x = thr_t[th] + sec(r.uniform(0.2, 1.5))
            x = L(
                host,
                x,
                "INFO",
                "Thread %d: dumping schema for `%s`.`%s`",
                [f"Thread {th}: dumping schema for `{db}`.`{tbl}`"],
            )
            for c in range(chunks):
                x += sec(r.uniform(2, 25))
                pct = int(100 * (i + c / chunks) / total)
                x = L(
                    host,
                    x,
                    "INFO",
                    "Thread %d: dumping data from `%s`.`%s` into %s | Completed: %d%% | Remaining tables: %d / %d",
                    [
                        f"Thread {th}: dumping data from `{db}`.`{tbl}` into {outdir}/{db}.{tbl}.{c:05d}.sql | Completed: {pct}% | Remaining tables: {total - i} / {total}"
                    ],
                )
                if mode == "lock" and tbl == "orders" and c == 2:
                    x = L(
                        host,
                        x + sec(50),
                        "ERROR",
                        "Error dumping table (%s.%s) data: %s",
                        [
                            f"Error dumping table ({db}.{tbl}) data: Lock wait timeout exceeded; try restarting transaction"
                        ],
                    )
                    x = L(
                        host,
                        x + sec(1),
                        "WARNING",
                        "Thread %d: Retrying last failed executed statement",
                        [f"Thread {th}: Retrying last failed executed statement"],
                    )
            done += 1
            x = L(
                host,
                x + sec(0.5),
                "INFO",
                "Thread %d: `%s`.`%s` [ 100%% ] | Tables: %d/%d",
                [f"Thread {th}: `{db}`.`{tbl}` [ 100% ] | Tables: {done}/{total}"],
            )
            thr_t[th] = x
        end = max(thr_t.values())
        for th in range(1, 5):
            end = L(
                host,
                end + sec(0.1),
                "INFO",
                "Thread %d: shutting down",
                [f"Thread {th}: shutting down"],
            )
        L(
            host,
            end + sec(0.2),
            "INFO",
            "Finished dump at: %s",
            [f"Finished dump at: {end:%Y-%m-%d %H:%M:%S}"],
        )

    for h in range(6, 12):
        dump("db1", at(h, 0, r.uniform(1, 3)), "lock" if h == 8 else "")
        dump("db1", at(h, 30, r.uniform(1, 3)))
        dump("db2", at(h, 5, r.uniform(1, 3)))
        dump("db2", at(h, 50, r.uniform(1, 3)))
        mode = "down" if h == 9 else ("longq" if h == 10 else "")
        dump("db2", at(h, 30, r.uniform(1, 3)), mode)
        if h == 9:
            dump("db2", at(9, 45, 2), "")
        if h == 10:
            dump("db2", at(10, 40, 2), "")
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- gh-ost

GH_MIGS = [
    (
        "gh-ost-orders.log",
        "shop",
        "orders",
        4_100_000,
        "ADD COLUMN gift_note varchar(255) NULL",
        at(6, 5),
    ),
    (
        "gh-ost-events.log",
        "analytics",
        "events",
        7_300_000,
        "ADD INDEX idx_user_created (user_id, created_at)",
        at(6, 20),
    ),
    (
        "gh-ost-sessions.log",
        "analytics",
        "sessions",
        5_600_000,
        "DROP INDEX idx_legacy_token",
        at(6, 50),
    ),
    (
        "gh-ost-payments.log",
        "shop",
        "payments",
        2_200_000,
        "MODIFY amount decimal(14,2) NOT NULL",
        at(8, 40),
    ),
]


def gh_ost(r: random.Random) -> list[Log]:
    """Two migrations, a replica-lag throttle 07:40-08:05, a cut-over retried once."""
    fs = Files()
    lagspan = [(at(7, 40), at(8, 5))]

    for fname, db, tbl, rows, _alter, t in GH_MIGS:

        def L(
            t: datetime, level: str, label: str, text: str, more: list[str] | None = None
        ) -> datetime:
            return fs.add(
                fname, t, label, lambda x: [f"{ymd(x)} {level} {text}", *(more or [])], fname, SEC
            )

        def S(t: datetime, label: str, lines: list[str]) -> datetime:
            return fs.add(fname, t, label, lambda x: lines, fname, SEC)

        t = L(t, "INFO", "starting gh-ost %s", "starting gh-ost 1.1.6")
        t = L(t + sec(0.1), "INFO", "Migrating `%s`.`%s`", f"Migrating `{db}`.`{tbl}`")
        t = L(
            t + sec(0.1),
            "INFO",
            "User has SUPER, REPLICATION SLAVE privileges, and has ALL privileges on `%s`.*",
            f"User has SUPER, REPLICATION SLAVE privileges, and has ALL privileges on `{db}`.*",
        )
        t = L(
            t + sec(0.1),
            "INFO",
            "Inspector initiated on %s, version %s",
            "Inspector initiated on db-replica1:3306, version 8.0.36-28",
        )
        t = L(
            t + sec(0.2),
            "INFO",
            "Estimated number of rows via EXPLAIN: %d",
            f"Estimated number of rows via EXPLAIN: {rows}",
        )
        binlog = 4412 if db == "shop" else 4415
        pos = r.randrange(100000, 900000)
        t = L(
            t + sec(0.1),
            "INFO",
            "streamer binlog coordinates: %s",
            f"streamer binlog coordinates: mysql-bin.{binlog:06d}:{pos}",
        )
        t = L(t + sec(0.1), "INFO", "Connected to %s", "Connected to db-primary:3306")
        t = L(
            t + sec(0.1),
            "INFO",
            "Creating ghost table `%s`.`%s`",
            f"Creating ghost table `{db}`.`_{tbl}_gho`",
        )
        t = L(
            t + sec(0.1),
            "INFO",
            "Altering ghost table `%s`.`%s`",
            f"Altering ghost table `{db}`.`_{tbl}_gho`",
        )
        start = t
        rate = rows / (
            r.uniform(2.9, 3.3) * 3600 if rows > 3_000_000 else r.uniform(2.2, 2.6) * 3600
        )
        header = [
            f"# Migrating `{db}`.`{tbl}`; Ghost table is `{db}`.`_{tbl}_gho`",
            "# Migrating db-primary:3306; inspecting db-replica1:3306; executing on deploy-1",
            f"# Migration started at {start:%a %b %d %H:%M:%S +0000 %Y}",
            "# chunk-size: 1000; max-lag-millis: 1500ms; dml-batch-size: 10; max-load: Threads_running=25; critical-load: Threads_running=1000; nice-ratio: 0.000000",
            "# throttle-additional-flag-file: /tmp/gh-ost.throttle",
            "# postpone-cut-over-flag-file: /tmp/ghost.postpone.flag [set]",
            f"# Serving on unix socket: /tmp/gh-ost.{db}.{tbl}.sock",
        ]
        copied, applied, el = 0, 0, 0.0
        cut = 0
        nextrot = t + sec(r.uniform(600, 1400))
        while True:
            el += 1 if el < 60 else 30
            now = start + sec(el)
            if el in (1, 30.0) or (el > 60 and int(el) % 600 == 0):
                S(now - sec(0.4), "# Migrating `%s`.`%s`; Ghost table is `%s`.`%s`", header)
            throttled = in_any(now, lagspan)
            if not throttled:
                copied = min(
                    rows, copied + int(rate * (1 if el <= 60 else 30) * r.uniform(0.8, 1.2))
                )
            applied += r.randrange(0, 40 if el <= 60 else 900)
            if now >= nextrot:
                binlog += 1
                L(
                    now - sec(0.5),
                    "INFO",
                    "rotate to next log from %s to %s",
                    f"rotate to next log from mysql-bin.{binlog - 1:06d}:{r.randrange(1 << 29, 1 << 30)} to mysql-bin.{binlog:06d}",
                )
                nextrot = now + sec(r.uniform(600, 1400))
            pct = 100 * copied / rows
            eta = "due" if copied >= rows else go_dur((rows - copied) / rate)
            lag = r.uniform(0.01, 0.4)
            stream = f"mysql-bin.{binlog:06d}:{r.randrange(100000, 1 << 30)}"
            common = f"Copy: {copied}/{rows} {pct:.1f}%; Applied: {applied}; Backlog: {r.randrange(0, 3)}/1000; Time: {go_dur(el)}(total), {go_dur(el)}(copy); streamer: {stream}; Lag: {lag:.2f}s, HeartbeatLag: {lag + r.uniform(0, 0.1):.2f}s, State: "
            if throttled:
                rl = r.uniform(1.6, 9.0)
                S(
                    now,
                    "Copy: %d/%d %.1f%%; Applied: %d; Backlog: %d/%d; Time: %s(total), %s(copy); streamer: %s; Lag: %.2fs, HeartbeatLag: %.2fs, State: throttled, lag=%fs; ETA: %s",
                    [common + f"throttled, lag={rl:.6f}s; ETA: {eta}"],
                )
            elif copied >= rows:
                S(
                    now,
                    "Copy: %d/%d %.1f%%; Applied: %d; Backlog: %d/%d; Time: %s(total), %s(copy); streamer: %s; Lag: %.2fs, HeartbeatLag: %.2fs, State: %s; ETA: %s",
                    [common + f"postponing cut-over; ETA: {eta}"],
                )
                cut += 1
                if cut == 4:
                    break
            else:
                S(
                    now,
                    "Copy: %d/%d %.1f%%; Applied: %d; Backlog: %d/%d; Time: %s(total), %s(copy); streamer: %s; Lag: %.2fs, HeartbeatLag: %.2fs, State: %s; ETA: %s",
                    [common + f"migrating; ETA: {eta}"],
                )
        t = now + sec(2)
        t = L(t, "INFO", "Row copy complete", "Row copy complete")
        tries = 2 if tbl == "orders" else 1
        for k in range(tries):
            t = L(
                t + sec(0.1),
                "INFO",
                "Creating magic cut-over table `%s`.`%s`",
                f"Creating magic cut-over table `{db}`.`_{tbl}_del`",
            )
            t = L(
                t + sec(0.1),
                "INFO",
                "Locking `%s`.`%s`, `%s`.`%s`",
                f"Locking `{db}`.`{tbl}`, `{db}`.`_{tbl}_del`",
            )
            if k == 0 and tries == 2:
                t = L(
                    t + sec(6),
                    "ERROR",
                    "Error 1205 (HY000): Lock wait timeout exceeded; try restarting transaction",
                    "Error 1205 (HY000): Lock wait timeout exceeded; try restarting transaction",
                )
                t = L(
                    t + sec(0.1),
                    "INFO",
                    "Dropping magic cut-over table",
                    "Dropping magic cut-over table",
                )
                t = L(
                    t + sec(0.1),
                    "INFO",
                    "Releasing lock from `%s`.`%s`, `%s`.`%s`",
                    f"Releasing lock from `{db}`.`{tbl}`, `{db}`.`_{tbl}_del`",
                )
                t = L(t + sec(0.1), "INFO", "Tables unlocked", "Tables unlocked")
                t = L(
                    t + sec(0.1),
                    "WARNING",
                    "Cut-over failed, will retry in %s",
                    "Cut-over failed, will retry in 1s",
                )
                continue
            t = L(t + sec(0.1), "INFO", "Tables locked", "Tables locked")
            t = L(
                t + sec(0.1),
                "INFO",
                "Writing changelog state: %s",
                f"Writing changelog state: AllEventsUpToLockProcessed:{int(t.timestamp() * 1e9)}",
            )
            t = L(
                t + sec(0.1),
                "INFO",
                "Waiting for events up to lock: got %s",
                f"Waiting for events up to lock: got AllEventsUpToLockProcessed:{int(t.timestamp() * 1e9)}",
            )
            t = L(
                t + sec(0.1),
                "INFO",
                "Dropping magic cut-over table",
                "Dropping magic cut-over table",
            )
            t = L(
                t + sec(0.1),
                "INFO",
                "Releasing lock from `%s`.`%s`, `%s`.`%s`",
                f"Releasing lock from `{db}`.`{tbl}`, `{db}`.`_{tbl}_del`",
            )
            t = L(t + sec(0.1), "INFO", "Tables unlocked", "Tables unlocked")
            t = L(
                t + sec(0.1),
                "INFO",
                "Lock & rename duration: %s. During this time, queries on `%s` were blocked",
                f"Lock & rename duration: {r.uniform(1.1, 2.5):.6f}s. During this time, queries on `{tbl}` were blocked",
            )
        for what in ("inspector", "applier", "streamer", "throttler"):
            t = L(t + sec(0.1), "INFO", "Tearing down %s", f"Tearing down {what}")
        t = L(t + sec(0.1), "INFO", "Done migrating `%s`.`%s`", f"Done migrating `{db}`.`{tbl}`")
        S(t + sec(0.1), "# Done", ["# Done"])
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- pt-osc

PT_RUNS = [
    (at(6, 2), "crm", "contacts", 180_000, "ADD COLUMN consent_at DATETIME NULL", ""),
    (at(6, 40), "crm", "notes", 2_900_000, "MODIFY body MEDIUMTEXT", "lag"),
    (at(8, 30), "billing", "invoices", 1_400_000, "ADD INDEX idx_due (due_date)", "load"),
    (
        at(9, 5),
        "billing",
        "invoice_lines",
        3_000_000,
        "ADD COLUMN tax_code VARCHAR(16) NULL",
        "fail",
    ),
    (at(10, 20), "billing", "invoice_lines", 3_000_000, "ADD COLUMN tax_code VARCHAR(16) NULL", ""),
]


def pt_osc(r: random.Random) -> list[Log]:
    """Five runs from the deploy host's cron: replica lag, load pauses, one failure."""
    fs = Files()
    F = "pt-osc.log"

    def P(t: datetime, label: str, lines: list[str]) -> datetime:
        return fs.add(F, t, label, lambda x: lines, F, SEC)

    def TS(t: datetime, label: str, text: str) -> datetime:
        return fs.add(F, t, label, lambda x: [f"{x:%Y-%m-%dT%H:%M:%S} {text}"], F, SEC)

    for t, db, tbl, rows, _alter, trouble in PT_RUNS:
        t = (
            P(
                t,
                "No slaves found.  See --recursion-method if host %s has slaves.",
                ["No slaves found.  See --recursion-method if host db-billing1 has slaves."]
                if db == "billing"
                else ["Found 2 slaves:"],
            )
            if db == "billing"
            else P(
                t,
                "Found %d slaves:",
                ["Found 2 slaves:", "db-crm2 -> 10.20.0.12:3306", "db-crm3 -> 10.20.0.13:3306"],
            )
        )
        t = P(
            t + sec(0.1),
            "Operation, tries, wait:",
            [
                "Operation, tries, wait:",
                "  analyze_table, 10, 1",
                "  copy_rows, 10, 0.25",
                "  create_triggers, 10, 1",
                "  drop_triggers, 10, 1",
                "  swap_tables, 10, 1",
                "  update_foreign_keys, 10, 1",
            ],
        )
        t = P(t + sec(0.1), "Altering `%s`.`%s`...", [f"Altering `{db}`.`{tbl}`..."])
        t = P(t + sec(0.1), "Creating new table...", ["Creating new table..."])
        t = P(
            t + sec(0.1), "Created new table %s.%s OK.", [f"Created new table {db}._{tbl}_new OK."]
        )
        t = P(t + sec(0.1), "Altering new table...", ["Altering new table..."])
        t = TS(t + sec(0.1), "%s Creating triggers...", "Creating triggers...")
        t = TS(
            t + sec(0.1),
            "%s Copying approximately %d rows...",
            f"Copying approximately {rows} rows...",
        )
        rate = r.uniform(500, 640)
        copied = 0
        el = 0
        while copied < rows:
            el += 10
            now = t + sec(el)
            slow = 1.0
            if trouble == "lag" and 40 < el / 60 < 75:
                if r.random() < 0.7:
                    P(
                        now - sec(5),
                        "Replica lag is %s seconds on %s.  Waiting.",
                        [
                            f"Replica lag is {r.randrange(2, 40)} seconds on db-crm{r.choice('23')}.  Waiting."
                        ],
                    )
                slow = 0.2
            if trouble == "load" and 10 < el / 60 < 35:
                P(
                    now - sec(8),
                    "Pausing because Threads_running=%d.",
                    [f"Pausing because Threads_running={r.randrange(26, 80)}."],
                )
                slow = 0.4
            copied = min(rows, copied + int(rate * 10 * slow * r.uniform(0.8, 1.2)))
            if trouble == "fail" and copied > rows * 0.46:
                P(
                    now,
                    "Copying `%s`.`%s`:  %d%% %s remain",
                    [f"Copying `{db}`.`{tbl}`:  46% 32:10 remain"],
                )
                t = now + sec(12)
                t = P(
                    t,
                    "%s Error copying rows from %s to %s: %s",
                    [
                        f"{t:%Y-%m-%dT%H:%M:%S} Error copying rows from `{db}`.`{tbl}` to `{db}`.`_{tbl}_new`: Copying rows caused a MySQL error 1114:",
                        "    Level: Error",
                        "     Code: 1114",
                        f"  Message: The table '_{tbl}_new' is full",
                        "    Query: INSERT LOW_PRIORITY IGNORE INTO `billing`.`_invoice_lines_new` (...) SELECT ... LOCK IN SHARE MODE /*pt-online-schema-change 24817 copy nibble*/",
                    ],
                )
                t = P(t + sec(0.1), "Dropping triggers...", ["Dropping triggers..."])
                t = P(t + sec(0.1), "Dropped triggers OK.", ["Dropped triggers OK."])
                t = P(t + sec(0.1), "Dropping new table...", ["Dropping new table..."])
                t = P(t + sec(0.1), "Dropped new table OK.", ["Dropped new table OK."])
                t = P(
                    t + sec(0.1), "`%s`.`%s` was not altered.", [f"`{db}`.`{tbl}` was not altered."]
                )
                break
            left = (rows - copied) / (rate * slow)
            if copied < rows:
                P(
                    now,
                    "Copying `%s`.`%s`:  %d%% %s remain",
                    [
                        f"Copying `{db}`.`{tbl}`:  {int(100 * copied / rows)}% {int(left // 60):02d}:{int(left % 60):02d} remain"
                    ],
                )
        else:
            t = TS(now + sec(1), "%s Copied rows OK.", "Copied rows OK.")
            t = TS(t + sec(0.1), "%s Swapping tables...", "Swapping tables...")
            t = TS(
                t + sec(0.1),
                "%s Swapped original and new tables OK.",
                "Swapped original and new tables OK.",
            )
            t = TS(t + sec(0.1), "%s Dropping old table...", "Dropping old table...")
            t = TS(
                t + sec(0.1),
                "%s Dropped old table `%s`.`%s` OK.",
                f"Dropped old table `{db}`.`_{tbl}_old` OK.",
            )
            t = TS(t + sec(0.1), "%s Dropping triggers...", "Dropping triggers...")
            t = TS(t + sec(0.1), "%s Dropped triggers OK.", "Dropped triggers OK.")
            t = P(
                t + sec(0.1),
                "Successfully altered `%s`.`%s`.",
                [f"Successfully altered `{db}`.`{tbl}`."],
            )
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- skeema

SK_SHARDS = [f"shard{n:02d}.db.internal:3306" for n in range(1, 25)]
SK_LINT = [
    (
        "lint-has-float",
        "WARN",
        "Column %s is using floating-point type %s. Only use FLOAT or DOUBLE if you know what you are doing!",
        lambda r: ("price", "DOUBLE"),
        "product/products.sql",
    ),
    (
        "lint-charset",
        "WARN",
        "Column %s is using character set %s, which is not preferred for this database.",
        lambda r: ("legacy_name", "latin1"),
        "product/vendors.sql",
    ),
    (
        "lint-pk",
        "ERROR",
        "Table %s does not define a PRIMARY KEY.",
        lambda r: ("import_staging",),
        "product/import_staging.sql",
    ),
    (
        "lint-auto-inc",
        "WARN",
        "Column %s of table %s is using auto-increment data type %s, which is not preferred for this database.",
        lambda r: ("id", "coupon_uses", "int"),
        "product/coupon_uses.sql",
    ),
    (
        "lint-engine",
        "ERROR",
        "Table %s is using storage engine %s, which is not permitted by lint-engine.",
        lambda r: ("import_staging", "MyISAM"),
        "product/import_staging.sql",
    ),
    (
        "lint-dupe-index",
        "WARN",
        "Index %s is redundant to larger index %s. Consider dropping index %s.",
        lambda r: ("idx_sku", "idx_sku_vendor", "idx_sku"),
        "product/products.sql",
    ),
]


def skeema(r: random.Random) -> list[Log]:
    """A deploy host pushing one schema to 24 shards every 10 minutes, then linting."""
    fs = Files()
    F = "skeema-ci.log"
    down = [(at(9, 0), at(9, 32))]
    rollout = (at(7, 0), at(7, 21))

    def L(t: datetime, level: str, label: str, text: str) -> datetime:
        return fs.add(
            F, t, label, lambda x: [f"{ymd(x)} [{level}]{' ' * (5 - len(level))} {text}"], F, SEC
        )

    def out(t: datetime, label: str, lines: list[str]) -> datetime:
        return fs.add(F, t, label, lambda x: lines, F, SEC)

    t = at(6, 0, 20)
    while t < T_END - sec(300):
        x = t
        for sh in SK_SHARDS:
            x = L(
                x + sec(r.uniform(0.2, 1.0)),
                "INFO",
                "Pushing changes from %s to %s %s",
                f"Pushing changes from /srv/deploy/schema/product to {sh} product",
            )
            if in_any(x, down) and sh == "shard17.db.internal:3306":
                x = L(
                    x + sec(5),
                    "ERROR",
                    "Skipping %s: %s",
                    f"Skipping {sh}: dial tcp 10.40.1.17:3306: connect: connection refused",
                )
                continue
            if (
                rollout[0] <= x < rollout[1]
                and sh > SK_SHARDS[(x - rollout[0]).seconds // 60 % 24]
                and r.random() < 0.5
            ):
                out(
                    x + sec(0.1),
                    "-- instance: %s",
                    [
                        f"-- instance: {sh}",
                        "USE `product`;",
                        "ALTER TABLE `products` ADD COLUMN `weight_grams` int unsigned DEFAULT NULL, ALGORITHM=INPLACE, LOCK=NONE;",
                    ],
                )
                x = L(
                    x + sec(r.uniform(1, 6)),
                    "INFO",
                    "%s %s: push complete",
                    f"{sh} product: push complete",
                )
            else:
                x = L(
                    x + sec(0.3),
                    "INFO",
                    "%s %s: No differences found",
                    f"{sh} product: No differences found",
                )
        if r.random() < 0.25:
            x = L(x + sec(1), "INFO", "Linting %s", "Linting /srv/deploy/schema/product")
            nw = ne = 0
            for rule, lvl, fmt, args, path in SK_LINT:
                if rule in ("lint-pk", "lint-engine") and not (at(8, 0) <= x < at(10, 30)):
                    continue
                x = L(
                    x + sec(0.1),
                    lvl,
                    "%s:%d: " + fmt + " [%s]",
                    f"{path}:{r.randrange(3, 40)}: " + (fmt % args(r)) + f" [{rule}]",
                )
                nw += lvl == "WARN"
                ne += lvl == "ERROR"
            if ne:
                x = L(
                    x + sec(0.1),
                    "ERROR",
                    "Found %d errors and %d warnings",
                    f"Found {ne} errors and {nw} warnings",
                )
            else:
                x = L(x + sec(0.1), "INFO", "Found %d warnings", f"Found {nw} warnings")
        t += sec(480)
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ beyla

BY_PROCS = {
    "node1": [
        ("java", "/usr/lib/jvm/java-17/bin/java", 8080),
        ("nginx", "/usr/sbin/nginx", 80),
        ("python3", "/usr/bin/python3.11", 8000),
    ],
    "node2": [
        ("node", "/usr/local/bin/node", 3000),
        ("checkout", "/app/checkout", 8081),
        ("redis-server", "/usr/bin/redis-server", 6379),
    ],
}


def beyla(r: random.Random) -> list[Log]:
    """Two nodes' Beyla agents: discovery churn, an OTLP collector outage 08:10-08:40, node2
    restarted at 10:00."""
    fs = Files()
    otel_down = [(at(8, 10), at(8, 40))]

    def L(node: str, t: datetime, level: str, label: str, msg: str, attrs: str) -> datetime:
        return fs.add(
            f"beyla-{node}.log",
            t,
            label,
            lambda x: [
                f"time={x:%Y-%m-%dT%H:%M:%S}.{x.microsecond // 1000:03d}Z level={level} msg={msg if ' ' not in msg and '=' not in msg else repr_q(msg)}"
                + (f" {attrs}" if attrs else "")
            ],
            node,
            MS,
        )

    def start(node: str, t: datetime) -> datetime:
        t = L(
            node,
            t,
            "INFO",
            "Grafana Beyla",
            "Grafana Beyla",
            'Version=v1.6.4 Revision=3c1b5d6 "OpenTelemetry SDK Version"=1.26.0',
        )
        t = L(
            node,
            t + sec(0.01),
            "INFO",
            "starting Beyla in Application Observability mode",
            "starting Beyla in Application Observability mode",
            "",
        )
        t = (
            L(
                node,
                t + sec(0.02),
                "WARN",
                "Kernel version is lower than 5.17; some features are disabled",
                "Kernel version is lower than 5.17; some features are disabled",
                "component=ebpf.ProcessTracer kernelVersion=5.15.0-107-generic",
            )
            if node == "node2"
            else t
        )
        t = L(
            node,
            t + sec(0.05),
            "INFO",
            "Starting main node",
            "Starting main node",
            "component=beyla.Instrumenter",
        )
        return t

    for node, procs in BY_PROCS.items():
        t = start(node, at(6, 0, r.uniform(1, 5)))
        pids: dict[str, int] = {}

        def attach(t: datetime, name: str, exe: str, port: int) -> datetime:
            pid = r.randrange(1000, 60000)
            pids[name] = pid
            t = L(
                node,
                t,
                "INFO",
                "instrumenting process",
                "instrumenting process",
                f"component=discover.TraceAttacher cmd={exe} pid={pid} ino={r.randrange(10**6, 10**7)}",
            )
            if name in ("java", "python3", "node"):
                t = L(
                    node,
                    t + sec(0.01),
                    "INFO",
                    "Launching p.Tracer",
                    "Launching p.Tracer",
                    f"component=ebpf.ProcessTracer type=generic pid={pid}",
                )
            else:
                t = (
                    L(
                        node,
                        t + sec(0.01),
                        "INFO",
                        "Go program detected",
                        "Go program detected",
                        f"component=discover.ExecTyper cmd={exe} pid={pid}",
                    )
                    if name == "checkout"
                    else t
                )
            return t

        for name, exe, port in procs:
            t = attach(t + sec(0.2), name, exe, port)
        # short-lived python/node worker churn
        for x in poisson(r, at(6, 5), T_END, 55):
            name, exe, port = r.choice(procs)
            if node == "node2" and at(10, 0) <= x < at(10, 1):
                continue
            x = L(
                node,
                x,
                "INFO",
                "process ended",
                "process ended",
                f"component=discover.TraceAttacher cmd={exe} pid={pids.get(name, 0)}",
            )
            if name == "checkout" and at(9, 10) <= x < at(9, 40):
                L(
                    node,
                    x + sec(1),
                    "WARN",
                    "can't instrument process: %s",
                    "can't instrument process: looking up offsets: can't find symbol runtime.newproc1",
                    f"component=discover.TraceAttacher cmd={exe} pid={r.randrange(1000, 60000)}",
                )
                continue
            x = attach(x + sec(r.uniform(0.5, 3)), name, exe, port)
        for x in poisson(r, T0 + sec(30), T_END, 15):
            if in_any(x, otel_down):
                if r.random() < 0.6:
                    L(
                        node,
                        x,
                        "ERROR",
                        "failed to upload metrics: %s",
                        f'failed to upload metrics: failed to send metrics to http://otel-collector.monitoring:4318/v1/metrics: Post "http://otel-collector.monitoring:4318/v1/metrics": dial tcp 10.96.{r.randrange(0, 255)}.{r.randrange(1, 255)}:4318: connect: connection refused',
                        "component=otel.MetricsReporter",
                    )
                else:
                    L(
                        node,
                        x,
                        "ERROR",
                        "failed to upload traces: %s",
                        "failed to upload traces: traces export: context deadline exceeded: retry-able request failure",
                        "component=otel.TracesReporter",
                    )
        for x in poisson(r, T0, T_END, 240):
            L(
                node,
                x,
                "WARN",
                "error reading ringbuffer; ignoring",
                "error reading ringbuffer; ignoring",
                'component=ringbuf.ringBufForwarder error="epoll wait: interrupted system call"',
            )
        if node == "node2":
            t = L(
                node,
                at(10, 0, 0.3),
                "INFO",
                "stopping process tracer",
                "stopping process tracer",
                "component=ebpf.ProcessTracer",
            )
            t = L(
                node,
                at(10, 0, 0.5),
                "INFO",
                "received signal, exiting",
                "received signal, exiting",
                "signal=terminated",
            )
            t = L(node, t + sec(0.1), "INFO", "stopping Beyla", "stopping Beyla", "")
            t = start(node, at(10, 0, 20))
            for name, exe, port in procs:
                t = attach(t + sec(0.2), name, exe, port)
    return fs.logs(T0)


def repr_q(s: str) -> str:
    return '"' + s.replace('"', '\\"') + '"'


SYSTEMS = {
    "mydumper": mydumper,
    "gh-ost": gh_ost,
    "pt-online-schema-change": pt_osc,
    "skeema": skeema,
    "beyla": beyla,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
