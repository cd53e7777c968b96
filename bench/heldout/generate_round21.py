#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 21 (postgresql, etcd, kafka, consul, postfix) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its source's format strings over a seeded run,
and every line that starts an event is labelled with the format string that wrote it as it is
written. Run it only to change the data on purpose:
`python bench/heldout/generate_round21.py [SYSTEM ...]`.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, alnum, generate, hexid, syslog_ts, uuid4

# ------------------------------------------------------------------------------ postgresql

PG_TABLES = [
    ("public", "orders"),
    ("public", "order_items"),
    ("public", "customers"),
    ("public", "sessions"),
    ("public", "payments"),
    ("public", "inventory"),
    ("public", "audit_log"),
    ("billing", "invoices"),
    ("billing", "invoice_lines"),
    ("pg_catalog", "pg_statistic"),
]
PG_STATEMENTS = [
    "SELECT id, status, total_cents FROM orders WHERE customer_id = $1 ORDER BY created_at DESC LIMIT 20",
    "UPDATE inventory SET reserved = reserved + $1 WHERE sku = $2",
    "INSERT INTO order_items (order_id, sku, quantity, price_cents) VALUES ($1, $2, $3, $4)",
    "SELECT count(*) FROM sessions WHERE expires_at < now()",
    "DELETE FROM sessions WHERE expires_at < now() - interval '1 day'",
    "SELECT c.id, c.email, sum(o.total_cents) FROM customers c JOIN orders o ON o.customer_id = c.id GROUP BY c.id, c.email",
    "UPDATE orders SET status = 'shipped', shipped_at = now() WHERE id = $1",
    "INSERT INTO payments (order_id, provider, amount_cents, reference) VALUES ($1, $2, $3, $4) RETURNING id",
    "SELECT * FROM billing.invoices WHERE period_start >= $1 AND period_end < $2",
    "COPY audit_log (actor, action, target, at) FROM STDIN",
]


def postgresql(r: random.Random) -> list[Log]:
    """PostgreSQL 15 on Debian (postgresql-15-main.log): `log_line_prefix = '%m [%p] %q%u@%d '`,
    log_connections, log_disconnections, log_min_duration_statement = 500ms, log_lock_waits,
    log_autovacuum_min_duration = 0 and log_temp_files = 0. A message's DETAIL, HINT, CONTEXT and
    STATEMENT each get a prefixed line of their own, which continues the message's event (no
    label); autovacuum reports and deadlock details go on over tab-indented lines."""
    log = Log("postgresql-15-main.log", datetime(2024, 3, 11, 6, 25, 2, 118000, tzinfo=UTC))
    users = {"shop": ["shop_app", "shop_ro"], "billing": ["billing_app"], "analytics": ["metabase"]}
    apps = {"shop_app": "", "shop_ro": "psql", "billing_app": "", "metabase": "Metabase v0.48.6"}
    hosts = ["10.0.2.15", "10.0.2.16", "10.0.2.31", "10.0.4.9", "[local]"]
    pid = [r.randrange(2000, 9000)]
    xid = [r.randrange(880000, 900000)]

    def ts() -> str:
        t = log.t
        return f"{t:%Y-%m-%d %H:%M:%S}.{t.microsecond // 1000:03d} UTC"

    def emit(p: int, who: str | None, level: str, tid: str, msg: str) -> None:
        who_s = f"{who} " if who is not None else ""
        msg = msg.removeprefix(f"{level}:  ")  # the follow-up lines' kind is the level's place
        if level in ("DETAIL", "HINT", "CONTEXT", "STATEMENT"):
            # One report (ereport's errmsg, errdetail, errhint, ...) is one event over several
            # prefixed lines: the follow-ups continue the message above and have no label.
            tid = None
        log.add(f"{ts()} [{p}] {who_s}{level}:  {msg}", tid)

    def more(text: str) -> None:
        log.add(f"\t{text}", None)

    def newpid() -> int:
        pid[0] += r.randrange(3, 60)
        return pid[0]

    def boot() -> None:
        p = newpid()
        emit(
            p,
            None,
            "LOG",
            "starting PostgreSQL %s on %s, compiled by %s, %d-bit",
            "starting PostgreSQL 15.6 (Debian 15.6-0+deb12u1) on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit",
        )
        emit(
            p,
            None,
            "LOG",
            'listening on IPv4 address "%s", port %d',
            'listening on IPv4 address "0.0.0.0", port 5432',
        )
        emit(
            p,
            None,
            "LOG",
            'listening on IPv6 address "%s", port %d',
            'listening on IPv6 address "::", port 5432',
        )
        emit(
            p,
            None,
            "LOG",
            'listening on Unix socket "%s"',
            'listening on Unix socket "/var/run/postgresql/.s.PGSQL.5432"',
        )
        q = newpid()
        when = log.t - timedelta(seconds=r.uniform(5, 40))
        emit(
            q,
            None,
            "LOG",
            "database system was shut down at %s",
            f"database system was shut down at {when:%Y-%m-%d %H:%M:%S} UTC",
        )
        emit(
            p,
            None,
            "LOG",
            "database system is ready to accept connections",
            "database system is ready to accept connections",
        )

    def shutdown() -> None:
        emit(
            pid[0], None, "LOG", "received fast shutdown request", "received fast shutdown request"
        )
        emit(
            pid[0],
            None,
            "LOG",
            "aborting any active transactions",
            "aborting any active transactions",
        )
        for name in ("logical replication launcher",):
            emit(
                pid[0],
                None,
                "LOG",
                'background worker "%s" (PID %d) exited with exit code %d',
                f'background worker "{name}" (PID {pid[0] + r.randrange(3, 9)}) exited with exit code 1',
            )
        emit(pid[0] + 1, None, "LOG", "shutting down", "shutting down")
        checkpoint("shutdown immediate")
        emit(pid[0], None, "LOG", "database system is shut down", "database system is shut down")

    def secs(lo: float, hi: float) -> str:
        return f"{r.uniform(lo, hi):.3f}"

    ckpt_pid = [pid[0] + 2]

    def checkpoint(reason: str) -> None:
        emit(
            ckpt_pid[0],
            None,
            "LOG",
            f"checkpoint starting: {reason}",
            f"checkpoint starting: {reason}",
        )
        bufs = r.randrange(12, 9000)
        emit(
            ckpt_pid[0],
            None,
            "LOG",
            "checkpoint complete: wrote %d buffers (%.1f%%); %d WAL file(s) added, %d removed, %d recycled; write=%ld.%03d s, sync=%ld.%03d s, total=%ld.%03d s; sync files=%d, longest=%ld.%03d s, average=%ld.%03d s; distance=%d kB, estimate=%d kB",
            f"checkpoint complete: wrote {bufs} buffers ({bufs / 16384 * 100:.1f}%); 0 WAL file(s) added, {r.randrange(0, 3)} removed, {r.randrange(0, 4)} recycled; write={secs(0.1, 269.9)} s, sync={secs(0, 0.09)} s, total={secs(0.2, 270.1)} s; sync files={r.randrange(2, 60)}, longest={secs(0, 0.02)} s, average={secs(0, 0.004)} s; distance={r.randrange(200, 60000)} kB, estimate={r.randrange(20000, 65000)} kB",
        )

    def session() -> tuple[int, str, str, str, str]:
        db = r.choices(list(users), weights=[8, 3, 1])[0]
        user = r.choice(users[db])
        host = r.choices(hosts, weights=[5, 5, 3, 1, 1])[0]
        port = str(r.randrange(32768, 61000)) if host != "[local]" else ""
        p = newpid()
        if host == "[local]":
            emit(
                p,
                "[unknown]@[unknown]",
                "LOG",
                "connection received: host=%s",
                "connection received: host=[local]",
            )
        else:
            emit(
                p,
                "[unknown]@[unknown]",
                "LOG",
                "connection received: host=%s port=%s",
                f"connection received: host={host} port={port}",
            )
        return p, user, db, host, port

    def authorized(p: int, user: str, db: str, host: str) -> None:
        app = apps[user]
        if host.startswith("10.0.4"):
            emit(
                p,
                f"{user}@{db}",
                "LOG",
                "connection authorized: user=%s database=%s application_name=%s SSL enabled (protocol=%s, cipher=%s, bits=%d)",
                f"connection authorized: user={user} database={db} application_name={app} SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)",
            )
        else:
            emit(
                p,
                f"{user}@{db}",
                "LOG",
                "connection authorized: user=%s database=%s application_name=%s",
                f"connection authorized: user={user} database={db} application_name={app}".rstrip(),
            )

    def disconnect(p: int, user: str, db: str, host: str, port: str) -> None:
        s = r.expovariate(1 / 300)
        h, rest = divmod(s, 3600)
        m, sec = divmod(rest, 60)
        hp = f"host={host} port={port}" if port else f"host={host}"
        emit(
            p,
            f"{user}@{db}",
            "LOG",
            "disconnection: session time: %d:%02d:%02d.%03d user=%s database=%s host=%s port=%s",
            f"disconnection: session time: {int(h)}:{int(m):02d}:{sec:06.3f} user={user} database={db} {hp}",
        )

    def stmt(p: int, who: str, text: str) -> None:
        emit(p, who, "STATEMENT", "STATEMENT:  %s", text)

    def vacuum(analyze: bool) -> None:
        schema, table = r.choice(PG_TABLES)
        db = "shop" if schema != "billing" else "billing"
        p = newpid()
        if analyze:
            emit(
                p,
                None,
                "LOG",
                'automatic analyze of table "%s.%s.%s"',
                f'automatic analyze of table "{db}.{schema}.{table}"',
            )
        else:
            emit(
                p,
                None,
                "LOG",
                'automatic vacuum of table "%s.%s.%s": index scans: %d',
                f'automatic vacuum of table "{db}.{schema}.{table}": index scans: {r.choice([0, 0, 1])}',
            )
            pages = r.randrange(40, 90000)
            scanned = r.randrange(1, pages)
            more(
                f"pages: 0 removed, {pages} remain, {scanned} scanned ({scanned / pages * 100:.2f}% of total)"
            )
            more(
                f"tuples: {r.randrange(0, 40000)} removed, {r.randrange(1000, 4000000)} remain, {r.randrange(0, 200)} are dead but not yet removable"
            )
            more(
                f"removable cutoff: {xid[0]}, which was {r.randrange(0, 40)} XIDs old when operation ended"
            )
            more(
                f"index scan not needed: {r.randrange(0, 30)} pages from table ({r.uniform(0, 2):.2f}% of total) had {r.randrange(0, 900)} dead item identifiers removed"
            )
            more(
                f"avg read rate: {r.uniform(0, 40):.3f} MB/s, avg write rate: {r.uniform(0, 30):.3f} MB/s"
            )
            more(
                f"buffer usage: {r.randrange(100, 90000)} hits, {r.randrange(0, 900)} misses, {r.randrange(0, 500)} dirtied"
            )
            more(
                f"WAL usage: {r.randrange(0, 3000)} records, {r.randrange(0, 400)} full page images, {r.randrange(0, 3000000)} bytes"
            )
            more(
                f"system usage: CPU: user: {r.uniform(0, 0.4):.2f} s, system: {r.uniform(0, 0.1):.2f} s, elapsed: {r.uniform(0, 3):.2f} s"
            )
            return
        more(
            f"avg read rate: {r.uniform(0, 40):.3f} MB/s, avg write rate: {r.uniform(0, 5):.3f} MB/s"
        )
        more(
            f"buffer usage: {r.randrange(100, 9000)} hits, {r.randrange(0, 300)} misses, {r.randrange(0, 100)} dirtied"
        )
        more(
            f"system usage: CPU: user: {r.uniform(0, 0.4):.2f} s, system: {r.uniform(0, 0.1):.2f} s, elapsed: {r.uniform(0, 3):.2f} s"
        )

    def query_events(p: int, user: str, db: str) -> None:
        who = f"{user}@{db}"
        roll = r.random()
        if roll < 0.30:
            emit(
                p,
                who,
                "LOG",
                "duration: %s ms  statement: %s",
                f"duration: {r.uniform(500, 9000):.3f} ms  statement: {r.choice(PG_STATEMENTS)}",
            )
        elif roll < 0.36:
            emit(
                p,
                who,
                "LOG",
                "duration: %s ms  execute %s: %s",
                f"duration: {r.uniform(500, 4000):.3f} ms  execute <unnamed>: {r.choice(PG_STATEMENTS)}",
            )
            emit(
                p,
                who,
                "DETAIL",
                "DETAIL:  parameters: %s",
                f"DETAIL:  parameters: $1 = '{r.randrange(1000, 99999)}', $2 = 'SKU-{r.randrange(10000, 99999)}'",
            )
        elif roll < 0.46:
            con = r.choice(
                ["orders_pkey", "customers_email_key", "payments_reference_key", "order_items_pkey"]
            )
            emit(
                p,
                who,
                "ERROR",
                'duplicate key value violates unique constraint "%s"',
                f'duplicate key value violates unique constraint "{con}"',
            )
            key = {
                "orders_pkey": ("id", str(r.randrange(100000, 999999))),
                "customers_email_key": ("email", f"{alnum(r, 6).lower()}@example.com"),
                "payments_reference_key": ("reference", f"pi_{alnum(r, 24)}"),
                "order_items_pkey": (
                    "order_id, sku",
                    f"{r.randrange(100000, 999999)}, SKU-{r.randrange(10000, 99999)}",
                ),
            }[con]
            emit(
                p,
                who,
                "DETAIL",
                "DETAIL:  Key (%s)=(%s) already exists.",
                f"DETAIL:  Key ({key[0]})=({key[1]}) already exists.",
            )
            stmt(p, who, f"STATEMENT:  {r.choice(PG_STATEMENTS[2:3] + PG_STATEMENTS[7:8])}")
        elif roll < 0.52:
            rel = r.choice(
                ["order_archive", "tmp_import", "public.customer_notes", "reports.daily_sales"]
            )
            emit(
                p,
                who,
                "ERROR",
                'relation "%s" does not exist at character %d',
                f'relation "{rel}" does not exist at character {r.randrange(15, 90)}',
            )
            stmt(
                p,
                who,
                f"STATEMENT:  SELECT * FROM {rel} WHERE created_at > now() - interval '7 days'",
            )
        elif roll < 0.56:
            col = r.choice(["discount_cents", "shipped", "customer_uuid"])
            emit(
                p,
                who,
                "ERROR",
                'column "%s" does not exist at character %d',
                f'column "{col}" does not exist at character {r.randrange(8, 60)}',
            )
            emit(
                p,
                who,
                "HINT",
                'HINT:  Perhaps you meant to reference the column "%s".',
                f'HINT:  Perhaps you meant to reference the column "orders.{col.split("_")[0]}_at".',
            )
            stmt(p, who, f"STATEMENT:  SELECT id, {col} FROM orders WHERE id = 42")
        elif roll < 0.62:
            emit(
                p,
                who,
                "ERROR",
                "canceling statement due to statement timeout",
                "canceling statement due to statement timeout",
            )
            stmt(p, who, f"STATEMENT:  {r.choice(PG_STATEMENTS)}")
        elif roll < 0.66:
            emit(
                p,
                who,
                "ERROR",
                "could not serialize access due to concurrent update",
                "could not serialize access due to concurrent update",
            )
            stmt(p, who, f"STATEMENT:  {PG_STATEMENTS[1]}")
        elif roll < 0.72:
            other = p - r.randrange(1, 40)
            lock = r.choice(["ShareLock", "ExclusiveLock", "RowExclusiveLock"])
            target = r.choice(
                [
                    f"transaction {xid[0] - r.randrange(1, 50)}",
                    f"relation {r.randrange(16384, 17000)} of database {r.randrange(16384, 16400)}",
                    f"tuple ({r.randrange(0, 900)},{r.randrange(1, 90)}) of relation {r.randrange(16384, 17000)} of database 16385",
                ]
            )
            emit(
                p,
                who,
                "LOG",
                "process %d still waiting for %s on %s after %ld.%03d ms",
                f"process {p} still waiting for {lock} on {target} after {r.uniform(1000, 1003):.3f} ms",
            )
            emit(
                p,
                who,
                "DETAIL",
                "DETAIL:  Process holding the lock: %d. Wait queue: %s.",
                f"DETAIL:  Process holding the lock: {other}. Wait queue: {p}.",
            )
            stmt(p, who, f"STATEMENT:  {PG_STATEMENTS[1]}")
            if r.random() < 0.75:
                log.tick(r, 0.2, 4)
                emit(
                    p,
                    who,
                    "LOG",
                    "process %d acquired %s on %s after %ld.%03d ms",
                    f"process {p} acquired {lock} on {target} after {r.uniform(1100, 5000):.3f} ms",
                )
                stmt(p, who, f"STATEMENT:  {PG_STATEMENTS[1]}")
            else:
                emit(p, who, "ERROR", "deadlock detected", "deadlock detected")
                t1, t2 = xid[0] - r.randrange(1, 9), xid[0] - r.randrange(10, 20)
                emit(
                    p,
                    who,
                    "DETAIL",
                    "DETAIL:  Process %d waits for %s on %s; blocked by process %d.",
                    f"DETAIL:  Process {p} waits for ShareLock on transaction {t1}; blocked by process {other}.",
                )
                more(
                    f"Process {other} waits for ShareLock on transaction {t2}; blocked by process {p}."
                )
                more(f"Process {p}: {PG_STATEMENTS[1]}")
                more(f"Process {other}: {PG_STATEMENTS[1]}")
                emit(
                    p,
                    who,
                    "HINT",
                    "HINT:  See server log for query details.",
                    "HINT:  See server log for query details.",
                )
                emit(
                    p,
                    who,
                    "CONTEXT",
                    'CONTEXT:  while updating tuple (%u,%u) in relation "%s"',
                    f'CONTEXT:  while updating tuple ({r.randrange(0, 900)},{r.randrange(1, 90)}) in relation "inventory"',
                )
                stmt(p, who, f"STATEMENT:  {PG_STATEMENTS[1]}")
        elif roll < 0.80:
            emit(
                p,
                who,
                "LOG",
                'temporary file: path "%s", size %lu',
                f'temporary file: path "base/pgsql_tmp/pgsql_tmp{p}.{r.randrange(0, 6)}", size {r.randrange(1, 900) * 8192}',
            )
            stmt(p, who, f"STATEMENT:  {PG_STATEMENTS[5]}")
        elif roll < 0.84:
            emit(
                p,
                who,
                "WARNING",
                "there is no transaction in progress",
                "there is no transaction in progress",
            )
        else:
            emit(
                p,
                who,
                "LOG",
                "duration: %s ms  statement: %s",
                f"duration: {r.uniform(500, 30000):.3f} ms  statement: {r.choice(PG_STATEMENTS)}",
            )

    boot()
    for step in range(650):
        log.tick(r, 1, 40)
        roll = r.random()
        if roll < 0.55:
            p, user, db, host, port = session()
            log.tick(r, 0, 0.05)
            authorized(p, user, db, host)
            if r.random() < 0.45:
                log.tick(r, 0.1, 20)
                query_events(p, user, db)
            log.tick(r, 0.1, 30)
            if r.random() < 0.06:
                emit(
                    p,
                    f"{user}@{db}",
                    "LOG",
                    "could not receive data from client: %s",
                    "could not receive data from client: Connection reset by peer",
                )
            elif r.random() < 0.03:
                emit(
                    p,
                    f"{user}@{db}",
                    "LOG",
                    "unexpected EOF on client connection with an open transaction",
                    "unexpected EOF on client connection with an open transaction",
                )
            disconnect(p, user, db, host, port)
        elif roll < 0.66:
            vacuum(analyze=r.random() < 0.4)
        elif roll < 0.72:
            checkpoint(r.choices(["time", "wal", "immediate force wait"], weights=[10, 2, 1])[0])
            if r.random() < 0.15:
                emit(
                    ckpt_pid[0],
                    None,
                    "LOG",
                    "checkpoints are occurring too frequently (%d seconds apart)",
                    f"checkpoints are occurring too frequently ({r.randrange(8, 29)} seconds apart)",
                )
                emit(
                    ckpt_pid[0],
                    None,
                    "HINT",
                    'HINT:  Consider increasing the configuration parameter "%s".',
                    'HINT:  Consider increasing the configuration parameter "max_wal_size".',
                )
        elif roll < 0.77:
            p, user, db, host, port = session()
            if r.random() < 0.6:
                emit(
                    p,
                    f"{user}@{db}",
                    "FATAL",
                    'password authentication failed for user "%s"',
                    f'password authentication failed for user "{r.choice([user, "postgres", "admin", "test"])}"',
                )
                emit(
                    p,
                    f"{user}@{db}",
                    "DETAIL",
                    'DETAIL:  Connection matched pg_hba.conf line %d: "%s"',
                    f'DETAIL:  Connection matched pg_hba.conf line {r.choice([98, 101])}: "host    all             all             10.0.0.0/16             scram-sha-256"',
                )
            elif r.random() < 0.5:
                emit(
                    p,
                    f"{user}@{db}",
                    "FATAL",
                    'database "%s" does not exist',
                    f'database "{r.choice(["shop_test", "shopdb", "postgres2"])}" does not exist',
                )
            else:
                emit(
                    p,
                    f"{user}@{db}",
                    "FATAL",
                    'no pg_hba.conf entry for host "%s", user "%s", database "%s", %s',
                    f'no pg_hba.conf entry for host "{r.choice(["172.17.0.3", "10.9.0.22"])}", user "{user}", database "{db}", no encryption',
                )
        elif roll < 0.985:
            p, user, db, _, _ = session()
            authorized(p, user, db, "10.0.2.15")
            for _ in range(r.randrange(1, 4)):
                log.tick(r, 0.5, 30)
                query_events(p, user, db)
        elif roll < 0.993:
            emit(
                pid[0],
                None,
                "LOG",
                "received SIGHUP, reloading configuration files",
                "received SIGHUP, reloading configuration files",
            )
            param, value = r.choice(
                [
                    ("work_mem", "64MB"),
                    ("log_min_duration_statement", "500"),
                    ("statement_timeout", "30s"),
                ]
            )
            emit(
                pid[0],
                None,
                "LOG",
                'parameter "%s" changed to "%s"',
                f'parameter "{param}" changed to "{value}"',
            )
        elif step > 100:
            p = newpid()
            emit(
                p,
                "shop_app@shop",
                "FATAL",
                "terminating connection due to administrator command",
                "terminating connection due to administrator command",
            )
            log.tick(r, 1, 3)
            shutdown()
            log.tick(r, 5, 30)
            boot()
            ckpt_pid[0] = pid[0] + 2
        xid[0] += r.randrange(10, 400)
    return [log]


# ------------------------------------------------------------------------------------ etcd


def etcd(r: random.Random) -> list[Log]:
    """etcd 3.5 (zap JSON lines) of two members of a three-member cluster behind a Kubernetes
    API server. Raft's own messages come through zap's sugared logger as formatted text (`%x
    became leader at term %d`); etcd's messages are constant with the variables in fields, and
    its request traces carry their number in the message (`trace[%d] range`)."""
    ids = [hexid(r, 16) for _ in range(3)]
    ips = ["10.0.16.11", "10.0.16.12", "10.0.16.13"]
    names = ["etcd-a", "etcd-b", "etcd-c"]
    start = datetime(2024, 3, 11, 6, 25, 2, 118000, tzinfo=UTC)
    logs = [Log(f"{names[i]}.log", start + timedelta(seconds=r.uniform(0, 2))) for i in range(2)]
    term = [7]
    leader = [2]
    rev = [r.randrange(1200000, 1300000)]
    applied = [r.randrange(9000000, 9100000)]

    def emit(
        i: int, level: str, tid: str, msg: str, caller: str, raft: bool = False, **fields: object
    ) -> None:
        t = logs[i].t
        rec: dict[str, object] = {
            "level": level,
            "ts": f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}Z",
        }
        if raft:
            rec["logger"] = "raft"
        rec["caller"] = caller
        rec["msg"] = msg
        rec.update({k.replace("_", "-"): v for k, v in fields.items()})
        logs[i].add(json.dumps(rec, separators=(",", ":"), ensure_ascii=False), tid)

    def dur(lo: float, hi: float) -> str:
        v = r.uniform(lo, hi)
        return (
            f"{v * 1000:.3f}µs"
            if v < 0.001
            else (f"{v * 1000:.6f}ms".rstrip("0") if v < 1 else f"{v:.9f}s".rstrip("0"))
        )

    def boot(i: int) -> None:
        emit(
            i,
            "info",
            "Running: ",
            "Running: ",
            "etcdmain/etcd.go:73",
            args=[
                "etcd",
                f"--name={names[i]}",
                "--data-dir=/var/lib/etcd",
                f"--listen-client-urls=https://{ips[i]}:2379",
                f"--listen-peer-urls=https://{ips[i]}:2380",
            ],
        )
        emit(
            i,
            "info",
            "starting an etcd server",
            "starting an etcd server",
            "embed/etcd.go:309",
            etcd_version="3.5.12",
            git_sha="e7b3bb6cc",
            go_version="go1.20.13",
            go_os="linux",
            go_arch="amd64",
            max_cpu_set=4,
            max_cpu_available=4,
            member_initialized=True,
            name=names[i],
            data_dir="/var/lib/etcd",
        )
        emit(
            i,
            "info",
            "opened backend db",
            "opened backend db",
            "etcdserver/backend.go:81",
            path="/var/lib/etcd/member/snap/db",
            took=dur(0.005, 0.09),
        )
        emit(
            i,
            "info",
            "recovered v2 store from snapshot",
            "recovered v2 store from snapshot",
            "etcdserver/server.go:511",
            snapshot_index=applied[0] - r.randrange(1000, 9000),
            snapshot_size="8.5 kB",
        )
        emit(
            i,
            "info",
            "restarting local member",
            "restarting local member",
            "etcdserver/raft.go:530",
            cluster_id=ids[0][:8] + hexid(r, 8),
            local_member_id=ids[i],
            commit_index=applied[0],
        )
        emit(
            i,
            "info",
            "%x switched to configuration voters=(%s)",
            f"{ids[i]} switched to configuration voters=({' '.join(str(int(x, 16)) for x in ids)})",
            "etcdserver/zap_raft.go:77",
            raft=True,
        )
        emit(
            i,
            "info",
            "%x became follower at term %d",
            f"{ids[i]} became follower at term {term[0]}",
            "etcdserver/zap_raft.go:77",
            raft=True,
        )
        emit(
            i,
            "info",
            "newRaft %x [peers: [%s], term: %d, commit: %d, applied: %d, lastindex: %d, lastterm: %d]",
            f"newRaft {ids[i]} [peers: [], term: {term[0]}, commit: {applied[0]}, applied: {applied[0] - 200}, lastindex: {applied[0]}, lastterm: {term[0]}]",
            "etcdserver/zap_raft.go:77",
            raft=True,
        )
        for j in range(3):
            if j != i:
                emit(
                    i,
                    "info",
                    "started remote peer",
                    "started remote peer",
                    "rafthttp/peer.go:133",
                    remote_peer_id=ids[j],
                )
        emit(
            i,
            "info",
            "serving client traffic securely",
            "serving client traffic securely",
            "embed/serve.go:250",
            address=f"{ips[i]}:2379",
        )
        emit(
            i,
            "info",
            "published local member to cluster through raft",
            "published local member to cluster through raft",
            "etcdserver/server.go:2068",
            local_member_id=ids[i],
            local_member_attributes=f"{{Name:{names[i]} ClientURLs:[https://{ips[i]}:2379]}}",
            request_path="/0/members/" + ids[i] + "/attributes",
            cluster_id=ids[0][:8],
            publish_timeout="7s",
        )
        emit(
            i,
            "info",
            "ready to serve client requests",
            "ready to serve client requests",
            "embed/serve.go:103",
        )

    def election(at: float) -> None:
        """The leader is lost; member `cand` wins the next term."""
        old = leader[0]
        cand = r.choice([0, 1])
        term[0] += 1
        for i in range(2):
            logs[i].t = max(logs[i].t, logs[cand].t) + timedelta(seconds=at)
        c = ids[cand]
        idx = applied[0]
        emit(
            cand,
            "info",
            "%x is starting a new election at term %d",
            f"{c} is starting a new election at term {term[0] - 1}",
            "etcdserver/zap_raft.go:77",
            raft=True,
        )
        emit(
            cand,
            "info",
            "%x became pre-candidate at term %d",
            f"{c} became pre-candidate at term {term[0] - 1}",
            "etcdserver/zap_raft.go:77",
            raft=True,
        )
        emit(
            cand,
            "info",
            "%x [logterm: %d, index: %d] sent %s request to %x at term %d",
            f"{c} [logterm: {term[0] - 1}, index: {idx}] sent MsgPreVote request to {ids[1 - cand]} at term {term[0] - 1}",
            "etcdserver/zap_raft.go:77",
            raft=True,
        )
        other = 1 - cand
        emit(
            other,
            "info",
            "%x [logterm: %d, index: %d, vote: %x] cast %s for %x [logterm: %d, index: %d] at term %d",
            f"{ids[other]} [logterm: {term[0] - 1}, index: {idx}, vote: 0] cast MsgPreVote for {c} [logterm: {term[0] - 1}, index: {idx}] at term {term[0] - 1}",
            "etcdserver/zap_raft.go:77",
            raft=True,
        )
        emit(
            cand,
            "info",
            "%x received %s from %x at term %d",
            f"{c} received MsgPreVoteResp from {ids[other]} at term {term[0] - 1}",
            "etcdserver/zap_raft.go:77",
            raft=True,
        )
        emit(
            cand,
            "info",
            "%x has received %d %s votes and %d vote rejections",
            f"{c} has received 2 MsgPreVoteResp votes and 0 vote rejections",
            "etcdserver/zap_raft.go:77",
            raft=True,
        )
        emit(
            cand,
            "info",
            "%x became candidate at term %d",
            f"{c} became candidate at term {term[0]}",
            "etcdserver/zap_raft.go:77",
            raft=True,
        )
        emit(
            cand,
            "info",
            "%x [logterm: %d, index: %d] sent %s request to %x at term %d",
            f"{c} [logterm: {term[0] - 1}, index: {idx}] sent MsgVote request to {ids[other]} at term {term[0]}",
            "etcdserver/zap_raft.go:77",
            raft=True,
        )
        emit(
            other,
            "info",
            "%x [term: %d] received a %s message with higher term from %x [term: %d]",
            f"{ids[other]} [term: {term[0] - 1}] received a MsgVote message with higher term from {c} [term: {term[0]}]",
            "etcdserver/zap_raft.go:77",
            raft=True,
        )
        emit(
            other,
            "info",
            "%x became follower at term %d",
            f"{ids[other]} became follower at term {term[0]}",
            "etcdserver/zap_raft.go:77",
            raft=True,
        )
        emit(
            other,
            "info",
            "%x [logterm: %d, index: %d, vote: %x] cast %s for %x [logterm: %d, index: %d] at term %d",
            f"{ids[other]} [logterm: {term[0] - 1}, index: {idx}, vote: 0] cast MsgVote for {c} [logterm: {term[0] - 1}, index: {idx}] at term {term[0]}",
            "etcdserver/zap_raft.go:77",
            raft=True,
        )
        emit(
            other,
            "info",
            "raft.node: %x lost leader %x at term %d",
            f"raft.node: {ids[other]} lost leader {ids[old]} at term {term[0]}",
            "etcdserver/zap_raft.go:77",
            raft=True,
        )
        emit(
            cand,
            "info",
            "raft.node: %x lost leader %x at term %d",
            f"raft.node: {c} lost leader {ids[old]} at term {term[0]}",
            "etcdserver/zap_raft.go:77",
            raft=True,
        )
        emit(
            cand,
            "info",
            "%x received %s from %x at term %d",
            f"{c} received MsgVoteResp from {ids[other]} at term {term[0]}",
            "etcdserver/zap_raft.go:77",
            raft=True,
        )
        emit(
            cand,
            "info",
            "%x has received %d %s votes and %d vote rejections",
            f"{c} has received 2 MsgVoteResp votes and 0 vote rejections",
            "etcdserver/zap_raft.go:77",
            raft=True,
        )
        emit(
            cand,
            "info",
            "%x became leader at term %d",
            f"{c} became leader at term {term[0]}",
            "etcdserver/zap_raft.go:77",
            raft=True,
        )
        emit(
            cand,
            "info",
            "raft.node: %x elected leader %x at term %d",
            f"raft.node: {c} elected leader {c} at term {term[0]}",
            "etcdserver/zap_raft.go:77",
            raft=True,
        )
        emit(
            other,
            "info",
            "raft.node: %x elected leader %x at term %d",
            f"raft.node: {ids[other]} elected leader {c} at term {term[0]}",
            "etcdserver/zap_raft.go:77",
            raft=True,
        )
        leader[0] = cand

    keys = [
        "/registry/pods/",
        "/registry/leases/kube-node-lease/",
        "/registry/events/",
        "/registry/deployments/",
        "/registry/configmaps/kube-system/",
        "/registry/services/endpoints/",
        "/registry/minions/",
    ]
    steps = [
        "agreement among raft nodes before linearized reading",
        "get authentication metadata",
        "range keys from in-memory index tree",
        "range keys from bolt db",
        "filter and sort the key-value pairs",
        "assemble the response",
    ]

    def trace(i: int) -> None:
        n = r.randrange(100000000, 2999999999)
        kind = r.choices(["range", "transaction", "linearizableReadLoop"], weights=[6, 3, 1])[0]
        d = r.uniform(0.1, 1.6)
        t0 = logs[i].t - timedelta(seconds=d)
        iso = lambda t: f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}Z"  # noqa: E731
        fields: dict[str, object] = {}
        if kind == "range":
            k = r.choice(keys)
            fields["detail"] = (
                f"{{range_begin:{k}; range_end:{k[:-1]}0; response_count:{r.randrange(0, 400)}; response_revision:{rev[0]}; }}"
            )
        elif kind == "transaction":
            k = r.choice(keys) + f"{alnum(r, 8).lower()}"
            fields["detail"] = (
                f"{{read_only:false; response_revision:{rev[0]}; number_of_response:1; }}"
            )
            fields["detail"] = fields["detail"] + ""
            fields["key"] = k
        else:
            fields["detail"] = f"{{readStateIndex:{applied[0]}; appliedIndex:{applied[0] - 1}; }}"
        fields.update(duration=dur(d, d), start=iso(t0), end=iso(logs[i].t))
        fields["steps"] = [
            f"trace[{n}] '{s}'  (duration: {dur(0.0001, d)})"
            for s in r.sample(steps, r.randrange(1, 4))
        ]
        fields["step_count"] = len(fields["steps"])
        emit(
            i, "info", f"trace[%d] {kind}", f"trace[{n}] {kind}", "traceutil/trace.go:171", **fields
        )

    for i in range(2):
        boot(i)
    emit(
        leader[0] if leader[0] < 2 else 0,
        "info",
        "raft.node: %x elected leader %x at term %d",
        f"raft.node: {ids[0]} elected leader {ids[2]} at term {term[0]}",
        "etcdserver/zap_raft.go:77",
        raft=True,
    )
    emit(
        1,
        "info",
        "raft.node: %x elected leader %x at term %d",
        f"raft.node: {ids[1]} elected leader {ids[2]} at term {term[0]}",
        "etcdserver/zap_raft.go:77",
        raft=True,
    )
    for step in range(1500):
        i = r.choice([0, 1])
        logs[i].tick(r, 1, 40)
        rev[0] += r.randrange(50, 900)
        applied[0] += r.randrange(60, 1200)
        roll = r.random()
        if roll < 0.34:
            trace(i)
        elif roll < 0.50:
            prefix = r.choice(["read-only range ", "", "read-only range ", "read-only range "])
            k = r.choice(keys)
            req = (
                f'key:"{k}{alnum(r, 10).lower()}" '
                if prefix
                else f'header:<ID:{r.randrange(10**18, 9 * 10**18)} > txn:<compare:<target:MOD key:"{k}{alnum(r, 6).lower()}" mod_revision:{rev[0] - 3} > success:<request_put:<key:"{k}" value_size:{r.randrange(200, 4000)} >> failure:<>>'
            )
            emit(
                i,
                "warn",
                "apply request took too long",
                "apply request took too long",
                "etcdserver/util.go:170",
                took=dur(0.1, 1.5),
                expected_duration="100ms",
                prefix=prefix,
                request=req,
                response=f"range_response_count:{r.randrange(0, 300)} size:{r.randrange(100, 90000)}"
                if prefix
                else "size:20",
            )
        elif roll < 0.56:
            emit(
                i,
                "warn",
                "slow fdatasync",
                "slow fdatasync",
                "wal/wal.go:805",
                took=dur(1.0, 3.5),
                expected_duration="1s",
            )
        elif roll < 0.60 and i == leader[0]:
            emit(
                i,
                "warn",
                "leader failed to send out heartbeat on time; took too long, leader is overloaded likely from slow disk",
                "leader failed to send out heartbeat on time; took too long, leader is overloaded likely from slow disk",
                "etcdserver/raft.go:369",
                to=ids[1 - i],
                heartbeat_interval="100ms",
                expected_duration="200ms",
                exceeded_duration=dur(0.02, 0.6),
            )
        elif roll < 0.67:
            emit(
                i,
                "info",
                "compact tree index",
                "compact tree index",
                "mvcc/index.go:214",
                revision=rev[0] - 300,
            )
            logs[i].tick(r, 0.01, 0.2)
            emit(
                i,
                "info",
                "finished scheduled compaction",
                "finished scheduled compaction",
                "mvcc/kvstore_compaction.go:66",
                compact_revision=rev[0] - 300,
                took=dur(0.01, 0.4),
                hash=r.randrange(10**8, 4 * 10**9),
                current_db_size_bytes=r.randrange(40, 90) * 1048576,
                current_db_size=f"{r.randrange(40, 90)} MB",
                current_db_size_in_use_bytes=r.randrange(10, 40) * 1048576,
                current_db_size_in_use=f"{r.randrange(10, 40)} MB",
            )
        elif roll < 0.70:
            emit(
                i,
                "info",
                "triggering snapshot",
                "triggering snapshot",
                "etcdserver/server.go:1139",
                local_member_id=ids[i],
                local_member_applied_index=applied[0],
                local_member_snapshot_index=applied[0] - 100001,
                local_member_snapshot_count=100000,
                snapshot_forced=False,
            )
            emit(
                i,
                "info",
                "saved snapshot",
                "saved snapshot",
                "etcdserver/server.go:2431",
                snapshot_index=applied[0],
            )
            emit(
                i,
                "info",
                "compacted Raft logs",
                "compacted Raft logs",
                "etcdserver/server.go:2461",
                compact_index=applied[0] - 5000,
            )
            if r.random() < 0.7:
                emit(
                    i,
                    "info",
                    "purged",
                    "purged",
                    "fileutil/purge.go:85",
                    path=f"/var/lib/etcd/member/snap/{term[0]:016x}-{applied[0] - 500000:016x}.snap",
                )
        elif roll < 0.76:
            j = r.choice([k for k in range(3) if k != i])
            typ = r.choice(["stream MsgApp v2", "stream Message"])
            emit(
                i,
                "warn",
                "lost TCP streaming connection with remote peer",
                "lost TCP streaming connection with remote peer",
                "rafthttp/stream.go:421",
                stream_reader_type=typ,
                local_member_id=ids[i],
                remote_peer_id=ids[j],
                error=r.choice(
                    [
                        "unexpected EOF",
                        f"read tcp {ips[i]}:2380->{ips[j]}:{r.randrange(40000, 60000)}: i/o timeout",
                        f"read tcp {ips[i]}:2380->{ips[j]}:{r.randrange(40000, 60000)}: read: connection reset by peer",
                    ]
                ),
            )
            if r.random() < 0.5:
                emit(
                    i,
                    "warn",
                    "peer became inactive (message send to peer failed)",
                    "peer became inactive (message send to peer failed)",
                    "rafthttp/peer_status.go:66",
                    peer_id=ids[j],
                    error=f"failed to dial {ids[j]} on stream MsgApp v2 (dial tcp {ips[j]}:2380: connect: connection refused)",
                )
                for _ in range(r.randrange(1, 4)):
                    logs[i].tick(r, 5, 5.1)
                    emit(
                        i,
                        "warn",
                        "prober detected unhealthy status",
                        "prober detected unhealthy status",
                        "rafthttp/probing_status.go:68",
                        round_tripper_name="ROUND_TRIPPER_RAFT_MESSAGE",
                        remote_peer_id=ids[j],
                        rtt=dur(0.0005, 0.003),
                        error=f"dial tcp {ips[j]}:2380: connect: connection refused",
                    )
                logs[i].tick(r, 1, 10)
                emit(
                    i,
                    "info",
                    "peer became active",
                    "peer became active",
                    "rafthttp/peer_status.go:53",
                    peer_id=ids[j],
                )
            logs[i].tick(r, 0.01, 2)
            emit(
                i,
                "info",
                "established TCP streaming connection with remote peer",
                "established TCP streaming connection with remote peer",
                "rafthttp/stream.go:249",
                stream_writer_type=typ,
                local_member_id=ids[i],
                remote_peer_id=ids[j],
            )
        elif roll < 0.80:
            emit(
                i,
                "warn",
                "waiting for ReadIndex response took too long, retrying",
                "waiting for ReadIndex response took too long, retrying",
                "etcdserver/v3_server.go:814",
                sent_request_id=r.randrange(10**18, 9 * 10**18),
                retry_timeout="500ms",
            )
            if r.random() < 0.3:
                emit(
                    i,
                    "warn",
                    "timed out waiting for read index response (local node might have slow network)",
                    "timed out waiting for read index response (local node might have slow network)",
                    "etcdserver/v3_server.go:800",
                    timeout="7s",
                )
        elif roll < 0.84:
            addr = f"10.0.{r.randrange(16, 40)}.{r.randrange(2, 250)}:{r.randrange(30000, 60000)}"
            emit(
                i,
                "warn",
                "rejected connection",
                "rejected connection",
                "embed/config_logging.go:169",
                remote_addr=addr,
                server_name="",
                error=r.choice(
                    [
                        "tls: failed to verify certificate: x509: certificate signed by unknown authority",
                        "remote error: tls: bad certificate",
                        "EOF",
                    ]
                ),
            )
        elif roll < 0.86:
            emit(
                i,
                "warn",
                "failed to receive watch request from gRPC stream",
                "failed to receive watch request from gRPC stream",
                "v3rpc/watch.go:344",
                error="rpc error: code = Canceled desc = context canceled",
            )
        elif roll < 0.87:
            emit(
                i,
                "warn",
                "/health error",
                "/health error",
                "etcdhttp/metrics.go:173",
                output='{"health":"false","reason":"RANGE ERROR:etcdserver: request timed out"}',
                status_code=503,
            )
        elif roll < 0.875:
            election(r.uniform(0.5, 3))
        elif roll < 0.878 and step > 200:
            emit(
                i,
                "info",
                "received signal; shutting down",
                "received signal; shutting down",
                "osutil/interrupt_unix.go:64",
                signal="terminated",
            )
            if i == leader[0]:
                emit(
                    i,
                    "info",
                    "leadership transfer starting",
                    "leadership transfer starting",
                    "etcdserver/server.go:1160",
                    local_member_id=ids[i],
                    current_leader_member_id=ids[i],
                    transferee_member_id=ids[1 - i],
                )
                emit(
                    i,
                    "info",
                    "%x [term %d] starts to transfer leadership to %x",
                    f"{ids[i]} [term {term[0]}] starts to transfer leadership to {ids[1 - i]}",
                    "etcdserver/zap_raft.go:77",
                    raft=True,
                )
                leader[0] = 1 - i
                term[0] += 1
                emit(
                    i,
                    "info",
                    "leadership transfer finished",
                    "leadership transfer finished",
                    "etcdserver/server.go:1180",
                    local_member_id=ids[i],
                    old_leader_member_id=ids[i],
                    new_leader_member_id=ids[1 - i],
                    took=dur(0.01, 0.2),
                )
                emit(
                    1 - i,
                    "info",
                    "raft.node: %x elected leader %x at term %d",
                    f"raft.node: {ids[1 - i]} elected leader {ids[1 - i]} at term {term[0]}",
                    "etcdserver/zap_raft.go:77",
                    raft=True,
                )
            for j in range(3):
                if j != i:
                    emit(
                        i,
                        "info",
                        "stopped remote peer",
                        "stopped remote peer",
                        "rafthttp/peer.go:330",
                        remote_peer_id=ids[j],
                    )
            emit(
                i,
                "info",
                "closing etcd server",
                "closing etcd server",
                "embed/etcd.go:375",
                name=names[i],
                data_dir="/var/lib/etcd",
                advertise_peer_urls=[f"https://{ips[i]}:2380"],
                advertise_client_urls=[f"https://{ips[i]}:2379"],
            )
            emit(
                i,
                "info",
                "closed etcd server",
                "closed etcd server",
                "embed/etcd.go:579",
                name=names[i],
                data_dir="/var/lib/etcd",
            )
            logs[i].tick(r, 5, 30)
            boot(i)
            emit(
                i,
                "info",
                "raft.node: %x elected leader %x at term %d",
                f"raft.node: {ids[i]} elected leader {ids[leader[0]]} at term {term[0]}",
                "etcdserver/zap_raft.go:77",
                raft=True,
            )
        else:
            trace(i)
    return logs


# ----------------------------------------------------------------------------------- kafka


def kafka(r: random.Random) -> list[Log]:
    """A Kafka 3.6 broker in ZooKeeper mode (server.log, log4j's `[%d] %p %m (%c)%n`): the
    logger's class closes every line, most components put their identity in front of the
    statement (`[GroupCoordinator 1]: `, `[UnifiedLog partition=orders-3, dir=...] `), and
    exceptions follow their line. Broker 1 is the controller of a three-broker cluster."""
    log = Log("server.log", datetime(2024, 3, 11, 6, 25, 2, 118000, tzinfo=UTC))
    data = "/var/lib/kafka/data"
    topics = {"orders": 6, "payments": 3, "inventory-events": 4, "user-activity": 8}
    groups = {
        "order-processor": "orders",
        "payments-service": "payments",
        "analytics-sink": "user-activity",
        "inventory-sync": "inventory-events",
    }
    members: dict[str, list[str]] = {g: [] for g in groups}
    generation = {g: r.randrange(10, 90) for g in groups}
    offsets = {f"{t}-{p}": r.randrange(10**5, 10**7) for t, n in topics.items() for p in range(n)}
    base = {k: v - r.randrange(10**4, 10**5) for k, v in offsets.items()}
    isr = {k: [1, 2, 3] for k in offsets}
    epoch = [r.randrange(5, 30)]

    def ts() -> str:
        t = log.t
        return f"{t:%Y-%m-%d %H:%M:%S},{t.microsecond // 1000:03d}"

    def emit(level: str, ctx: str, tid: str, msg: str, cls: str) -> None:
        log.add(f"[{ts()}] {level} {ctx}{msg} ({cls})", tid)

    def trace(lines: list[str]) -> None:
        for line in lines:
            log.add(line, None)

    def offsets_part(g: str) -> str:
        return f"__consumer_offsets-{sum(map(ord, g)) % 50}"

    def member_id(g: str) -> str:
        return f"consumer-{g}-{r.randrange(1, 4)}-{uuid4(r)}"

    GC = "kafka.coordinator.group.GroupCoordinator"

    def rebalance(g: str, reason: str) -> None:
        ctx = "[GroupCoordinator 1]: "
        state = r.choice(["Stable", "Stable", "CompletingRebalance"]) if members[g] else "Empty"
        gen = generation[g]
        if reason == "join":
            m = member_id(g)
            emit(
                "INFO",
                ctx,
                "Dynamic member with unknown member id joins group %s in %s state. Created a new member id %s and request the member to rejoin with this id.",
                f"Dynamic member with unknown member id joins group {g} in {state} state. Created a new member id {m} and request the member to rejoin with this id.",
                GC,
            )
            emit(
                "INFO",
                ctx,
                "Preparing to rebalance group %s in state %s with old generation %d (%s) (reason: Adding new member %s with group instance id %s; client reason: rebalance failed due to %s)",
                f"Preparing to rebalance group {g} in state {state} with old generation {gen} ({offsets_part(g)}) (reason: Adding new member {m} with group instance id None; client reason: rebalance failed due to MemberIdRequiredException)",
                GC,
            )
            members[g].append(m)
        elif reason == "expire" and members[g]:
            m = members[g].pop(r.randrange(len(members[g])))
            emit(
                "INFO",
                ctx,
                "Member %s in group %s has failed, removing it from the group",
                f"Member {m} in group {g} has failed, removing it from the group",
                GC,
            )
            emit(
                "INFO",
                ctx,
                "Preparing to rebalance group %s in state %s with old generation %d (%s) (reason: removing member %s on heartbeat expiration)",
                f"Preparing to rebalance group {g} in state {state} with old generation {gen} ({offsets_part(g)}) (reason: removing member {m} on heartbeat expiration)",
                GC,
            )
        elif members[g]:
            m = members[g].pop(r.randrange(len(members[g])))
            host = f"/10.0.3.{r.randrange(10, 60)}"
            emit(
                "INFO",
                ctx,
                "Member %s has left group %s through explicit `LeaveGroup`; client reason: %s",
                f"Member MemberMetadata(memberId={m}, groupInstanceId=None, clientId={m[: m.rfind('-', 0, -28)]}, clientHost={host}, sessionTimeoutMs=45000, rebalanceTimeoutMs=300000, supportedProtocols=List(range, cooperative-sticky)) has left group {g} through explicit `LeaveGroup`; client reason: the consumer is being closed",
                GC,
            )
            emit(
                "INFO",
                ctx,
                "Preparing to rebalance group %s in state %s with old generation %d (%s) (reason: Removing member %s on LeaveGroup; client reason: %s)",
                f"Preparing to rebalance group {g} in state {state} with old generation {gen} ({offsets_part(g)}) (reason: Removing member {m} on LeaveGroup; client reason: the consumer is being closed)",
                GC,
            )
        else:
            return
        log.tick(r, 0.5, 6)
        generation[g] += 1
        if not members[g]:
            emit(
                "INFO",
                ctx,
                "Group %s with generation %d is now empty (%s)",
                f"Group {g} with generation {generation[g]} is now empty ({offsets_part(g)})",
                GC,
            )
            return
        emit(
            "INFO",
            ctx,
            "Stabilized group %s generation %d (%s) with %d members",
            f"Stabilized group {g} generation {generation[g]} ({offsets_part(g)}) with {len(members[g])} members",
            GC,
        )
        log.tick(r, 0.01, 0.2)
        emit(
            "INFO",
            ctx,
            "Assignment received from leader %s for group %s for generation %d. The group has %d members, %d of which are static.",
            f"Assignment received from leader {members[g][0]} for group {g} for generation {generation[g]}. The group has {len(members[g])} members, 0 of which are static.",
            GC,
        )

    def segment(tp: str) -> str:
        size = r.randrange(10**8, 1073741824)
        t0 = int(log.t.timestamp() * 1000) - r.randrange(7 * 86400000, 8 * 86400000)
        return f"LogSegment(baseOffset={base[tp]}, size={size}, lastModifiedTime={t0}, largestRecordTimestamp=Some({t0 - r.randrange(0, 5000)}))"

    def retention(tp: str) -> None:
        seg = segment(tp)
        ul = f"[UnifiedLog partition={tp}, dir={data}] "
        emit(
            "INFO",
            ul,
            "Deleting segment %s due to retention time %dms breach based on the largest record timestamp in the segment",
            f"Deleting segment {seg} due to retention time 604800000ms breach based on the largest record timestamp in the segment",
            "kafka.log.UnifiedLog",
        )
        base[tp] += r.randrange(10**4, 10**5)
        emit(
            "INFO",
            ul,
            "Incremented log start offset to %d due to segment deletion",
            f"Incremented log start offset to {base[tp]} due to segment deletion",
            "kafka.log.UnifiedLog",
        )
        log.tick(r, 60, 61)
        emit(
            "INFO",
            f"[LocalLog partition={tp}, dir={data}] ",
            "Deleting segment files %s",
            f"Deleting segment files {seg}",
            "kafka.log.LocalLog$",
        )
        old = seg.split("=")[1].split(",")[0]
        stem = f"{data}/{tp}/{int(old):020d}"
        emit(
            "INFO",
            "",
            "Deleted log %s.",
            f"Deleted log {stem}.log.deleted.",
            "kafka.log.LogSegment",
        )
        emit(
            "INFO",
            "",
            "Deleted offset index %s.",
            f"Deleted offset index {stem}.index.deleted.",
            "kafka.log.LogSegment",
        )
        emit(
            "INFO",
            "",
            "Deleted time index %s.",
            f"Deleted time index {stem}.timeindex.deleted.",
            "kafka.log.LogSegment",
        )
        if r.random() < 0.5:
            emit(
                "INFO",
                "",
                "Deleted producer state snapshot %s",
                f"Deleted producer state snapshot {stem}.snapshot.deleted",
                "kafka.log.SnapshotFile",
            )

    def roll_segment(tp: str) -> None:
        offsets[tp] += r.randrange(10**4, 10**5)
        emit(
            "INFO",
            f"[LocalLog partition={tp}, dir={data}] ",
            "Rolled new log segment at offset %d in %d ms.",
            f"Rolled new log segment at offset {offsets[tp]} in {r.randrange(0, 4)} ms.",
            "kafka.log.LocalLog",
        )
        emit(
            "INFO",
            f"[ProducerStateManager partition={tp}] ",
            "Wrote producer snapshot at offset %d with %d producer ids in %d ms.",
            f"Wrote producer snapshot at offset {offsets[tp]} with {r.randrange(0, 12)} producer ids in {r.randrange(0, 9)} ms.",
            "kafka.log.ProducerStateManager",
        )

    def fetcher_failure(leader: int) -> None:
        ctx = f"[ReplicaFetcher replicaId=1, leaderId={leader}, fetcherId=0] "
        emit(
            "INFO",
            ctx,
            "Error sending fetch request %s to node %d:",
            f"Error sending fetch request (sessionId={r.randrange(10**8, 2 * 10**9)}, epoch={r.randrange(1, 90000)}) to node {leader}:",
            "org.apache.kafka.clients.FetchSessionHandler",
        )
        trace(
            [
                f"java.io.IOException: Connection to {leader} was disconnected before the response was read",
                "\tat org.apache.kafka.clients.NetworkClientUtils.sendAndReceive(NetworkClientUtils.java:99)",
                "\tat kafka.server.BrokerBlockingSender.sendRequest(BrokerBlockingSender.scala:113)",
                "\tat kafka.server.RemoteLeaderEndPoint.fetch(RemoteLeaderEndPoint.scala:79)",
                "\tat kafka.server.AbstractFetcherThread.processFetchRequest(AbstractFetcherThread.scala:316)",
                "\tat kafka.server.AbstractFetcherThread.$anonfun$maybeFetch$3(AbstractFetcherThread.scala:130)",
                "\tat kafka.server.AbstractFetcherThread.maybeFetch(AbstractFetcherThread.scala:129)",
                "\tat kafka.server.AbstractFetcherThread.doWork(AbstractFetcherThread.scala:112)",
                "\tat kafka.utils.ShutdownableThread.run(ShutdownableThread.scala:130)",
            ]
        )
        emit(
            "WARN",
            ctx,
            "Error in response for fetch request %s",
            f"Error in response for fetch request (type=FetchRequest, replicaId=1, maxWait=500, minBytes=1, maxBytes=10485760, fetchData={{}}, isolationLevel=READ_UNCOMMITTED, removed=, replaced=, metadata=(sessionId={r.randrange(10**8, 2 * 10**9)}, epoch=INITIAL), rackId=)",
            "kafka.server.ReplicaFetcherThread",
        )
        trace(
            [
                f"java.io.IOException: Connection to kafka-{leader}:9092 (id: {leader} rack: null) failed.",
                "\tat org.apache.kafka.clients.NetworkClientUtils.awaitReady(NetworkClientUtils.java:71)",
                "\tat kafka.server.BrokerBlockingSender.sendRequest(BrokerBlockingSender.scala:109)",
                "\tat kafka.server.RemoteLeaderEndPoint.fetch(RemoteLeaderEndPoint.scala:79)",
                "\tat kafka.server.AbstractFetcherThread.processFetchRequest(AbstractFetcherThread.scala:316)",
                "\tat kafka.utils.ShutdownableThread.run(ShutdownableThread.scala:130)",
            ]
        )
        tps = r.sample(sorted(isr), 6)
        for tp in tps:
            if 1 in isr[tp] and len(isr[tp]) > 1 and r.random() < 0.5:
                old = ",".join(map(str, isr[tp]))
                isr[tp] = [b for b in isr[tp] if b != leader] or [1]
                hw = offsets[tp] - r.randrange(0, 50)
                pctx = f"[Partition {tp} broker=1] "
                emit(
                    "INFO",
                    pctx,
                    "Shrinking ISR from %s to %s. Leader: (highWatermark: %d, endOffset: %d). Out of sync replicas: %s.",
                    f"Shrinking ISR from {old} to {','.join(map(str, isr[tp]))}. Leader: (highWatermark: {hw}, endOffset: {offsets[tp]}). Out of sync replicas: (brokerId: {leader}, endOffset: {hw - r.randrange(0, 900)}).",
                    "kafka.cluster.Partition",
                )
                epoch[0] += 1
                emit(
                    "INFO",
                    pctx,
                    "ISR updated to %s and version updated to %d",
                    f"ISR updated to {','.join(map(str, isr[tp]))} and version updated to {epoch[0]}",
                    "kafka.cluster.Partition",
                )

    def recover(leader: int) -> None:
        for tp in sorted(isr):
            if leader not in isr[tp]:
                pctx = f"[Partition {tp} broker=1] "
                old = ",".join(map(str, isr[tp]))
                isr[tp] = sorted([*isr[tp], leader])
                emit(
                    "INFO",
                    pctx,
                    "Expanding ISR from %s to %s",
                    f"Expanding ISR from {old} to {','.join(map(str, isr[tp]))}",
                    "kafka.cluster.Partition",
                )
                epoch[0] += 1
                emit(
                    "INFO",
                    pctx,
                    "ISR updated to %s and version updated to %d",
                    f"ISR updated to {','.join(map(str, isr[tp]))} and version updated to {epoch[0]}",
                    "kafka.cluster.Partition",
                )

    def startup() -> None:
        emit(
            "INFO",
            "",
            "Registered kafka:type=kafka.Log4jController MBean",
            "Registered kafka:type=kafka.Log4jController MBean",
            "kafka.utils.Log4jControllerRegistration$",
        )
        emit("INFO", "", "starting", "starting", "kafka.server.KafkaServer")
        emit(
            "INFO",
            "",
            "Connecting to zookeeper on %s",
            "Connecting to zookeeper on zk-1:2181,zk-2:2181,zk-3:2181/kafka",
            "kafka.server.KafkaServer",
        )
        emit(
            "INFO",
            "[ZooKeeperClient Kafka server] ",
            "Initializing a new session to %s.",
            "Initializing a new session to zk-1:2181,zk-2:2181,zk-3:2181/kafka.",
            "kafka.zookeeper.ZooKeeperClient",
        )
        emit(
            "INFO",
            "[ZooKeeperClient Kafka server] ",
            "Connected.",
            "Connected.",
            "kafka.zookeeper.ZooKeeperClient",
        )
        emit(
            "INFO",
            "",
            "Cluster ID = %s",
            f"Cluster ID = {alnum(r, 22)}",
            "kafka.server.KafkaServer",
        )
        emit(
            "INFO",
            "",
            "Loading logs from log dirs %s",
            f"Loading logs from log dirs ArraySeq({data})",
            "kafka.log.LogManager",
        )
        for tp in sorted(offsets):
            ll = f"[LogLoader partition={tp}, dir={data}] "
            emit(
                "INFO",
                ll,
                "Loading producer state till offset %d with message format version %d",
                f"Loading producer state till offset {offsets[tp]} with message format version 2",
                "kafka.log.UnifiedLog$",
            )
            emit(
                "INFO",
                ll,
                "Reloading from producer snapshot and rebuilding producer state from offset %d",
                f"Reloading from producer snapshot and rebuilding producer state from offset {offsets[tp]}",
                "kafka.log.UnifiedLog$",
            )
            emit(
                "INFO",
                ll,
                "Producer state recovery took %dms for snapshot load and %dms for segment recovery from offset %d",
                f"Producer state recovery took {r.randrange(0, 5)}ms for snapshot load and 0ms for segment recovery from offset {offsets[tp]}",
                "kafka.log.UnifiedLog$",
            )
            log.tick(r, 0.001, 0.05)
        emit(
            "INFO",
            "",
            "Loaded %d logs in %dms",
            f"Loaded {len(offsets)} logs in {r.randrange(300, 2000)}ms",
            "kafka.log.LogManager",
        )
        emit(
            "INFO",
            "",
            "Kafka version: %s",
            "Kafka version: 3.6.1",
            "org.apache.kafka.common.utils.AppInfoParser",
        )
        emit(
            "INFO",
            "",
            "Kafka commitId: %s",
            "Kafka commitId: 5e3c2b738d253ff5",
            "org.apache.kafka.common.utils.AppInfoParser",
        )
        emit(
            "INFO",
            "",
            "Kafka startTimeMs: %d",
            f"Kafka startTimeMs: {int(log.t.timestamp() * 1000)}",
            "org.apache.kafka.common.utils.AppInfoParser",
        )
        emit("INFO", "[KafkaServer id=1] ", "started", "started", "kafka.server.KafkaServer")

    startup()
    clients = [f"10.0.3.{r.randrange(10, 60)}" for _ in range(12)]
    for g in groups:
        for _ in range(r.randrange(2, 5)):
            rebalance(g, "join")
    for step in range(800):
        log.tick(r, 2, 60)
        roll = r.random()
        if roll < 0.14:
            emit(
                "INFO",
                "[GroupMetadataManager brokerId=1] ",
                "Removed %d expired offsets in %d milliseconds.",
                f"Removed {r.choice([0, 0, 0, 0, 1, 3])} expired offsets in {r.randrange(0, 6)} milliseconds.",
                "kafka.coordinator.group.GroupMetadataManager",
            )
        elif roll < 0.36:
            roll_tp = r.choice(sorted(offsets))
            roll_segment(roll_tp)
        elif roll < 0.46:
            retention(r.choice(sorted(offsets)))
        elif roll < 0.60:
            g = r.choice(sorted(groups))
            rebalance(g, r.choices(["join", "expire", "leave"], weights=[4, 2, 3])[0])
        elif roll < 0.68:
            emit(
                "INFO",
                "[Controller id=1] ",
                "Processing automatic preferred replica leader election",
                "Processing automatic preferred replica leader election",
                "kafka.controller.KafkaController",
            )
            if r.random() < 0.3:
                tps = ", ".join(r.sample(sorted(offsets), r.randrange(1, 4)))
                emit(
                    "INFO",
                    "[Controller id=1] ",
                    "Starting replica leader election (%s) for partitions %s triggered by %s",
                    f"Starting replica leader election (PREFERRED) for partitions {tps} triggered by AutoTriggered",
                    "kafka.controller.KafkaController",
                )
        elif roll < 0.76:
            c = r.choice(clients)
            ch = f"10.0.1.5:9093-{c}:{r.randrange(40000, 65000)}-{r.randrange(0, 400)}"
            # The reason is the authenticator's own message: its text is the template's.
            why = r.choice(
                ["SSL handshake failed", "Authentication failed: Invalid username or password"]
            )
            emit(
                "INFO",
                "[SocketServer listenerType=ZK_BROKER, nodeId=1] ",
                f"Failed authentication with %s (channelId=%s) ({why})",
                f"Failed authentication with /{c} (channelId={ch}) ({why})",
                "org.apache.kafka.common.network.Selector",
            )
        elif roll < 0.79:
            c = r.choice(clients)
            ch = f"10.0.1.5:9092-{c}:{r.randrange(40000, 65000)}-{r.randrange(0, 400)}"
            emit(
                "WARN",
                "[SocketServer listenerType=ZK_BROKER, nodeId=1] ",
                "Unexpected error from %s (channelId=%s); closing connection",
                f"Unexpected error from /{c} (channelId={ch}); closing connection",
                "org.apache.kafka.common.network.Selector",
            )
            trace(
                [
                    f"org.apache.kafka.common.network.InvalidReceiveException: Invalid receive (size = {r.choice([1195725856, 369296128, 1347375956])} larger than 104857600)",
                    "\tat org.apache.kafka.common.network.NetworkReceive.readFrom(NetworkReceive.java:105)",
                    "\tat org.apache.kafka.common.network.KafkaChannel.receive(KafkaChannel.java:452)",
                    "\tat org.apache.kafka.common.network.KafkaChannel.read(KafkaChannel.java:402)",
                    "\tat org.apache.kafka.common.network.Selector.attemptRead(Selector.java:674)",
                    "\tat org.apache.kafka.common.network.Selector.pollSelectionKeys(Selector.java:576)",
                    "\tat org.apache.kafka.common.network.Selector.poll(Selector.java:481)",
                    "\tat kafka.network.Processor.poll(SocketServer.scala:1109)",
                    "\tat kafka.network.Processor.run(SocketServer.scala:1013)",
                    "\tat java.base/java.lang.Thread.run(Thread.java:840)",
                ]
            )
        elif roll < 0.81:
            leader = r.choice([2, 3])
            fetcher_failure(leader)
            log.tick(r, 5, 90)
            recover(leader)
        elif roll < 0.825:
            name = (
                r.choice(
                    [
                        "audit-trail",
                        "dead-letter-orders",
                        "etl-staging",
                        "notifications",
                        "clickstream-v2",
                    ]
                )
                + f"-{r.randrange(1, 99)}"
            )
            n = r.choice([1, 3, 6])
            assign = ", ".join(
                f"{p} -> ArrayBuffer({', '.join(map(str, r.sample([1, 2, 3], 3)))})"
                for p in range(n)
            )
            emit(
                "INFO",
                "",
                "Creating topic %s with configuration %s and initial partition assignment %s",
                f"Creating topic {name} with configuration {{}} and initial partition assignment HashMap({assign})",
                "kafka.zk.AdminZkClient",
            )
            emit(
                "INFO",
                "[KafkaApi-1] ",
                "Auto creation of topic %s with %d partitions and replication factor %d is successful",
                f"Auto creation of topic {name} with {n} partitions and replication factor 3 is successful",
                "kafka.server.KafkaApis",
            )
            emit(
                "INFO",
                "[ReplicaFetcherManager on broker 1] ",
                "Removed fetcher for partitions %s",
                f"Removed fetcher for partitions Set({', '.join(f'{name}-{p}' for p in range(n))})",
                "kafka.server.ReplicaFetcherManager",
            )
            for p in range(n):
                tp = f"{name}-{p}"
                ll = f"[LogLoader partition={tp}, dir={data}] "
                emit(
                    "INFO",
                    ll,
                    "Loading producer state till offset %d with message format version %d",
                    "Loading producer state till offset 0 with message format version 2",
                    "kafka.log.UnifiedLog$",
                )
                emit(
                    "INFO",
                    "",
                    "Created log for partition %s in %s with properties %s",
                    f"Created log for partition {tp} in {data}/{tp} with properties {{}}",
                    "kafka.log.LogManager",
                )
                pctx = f"[Partition {tp} broker=1] "
                emit(
                    "INFO",
                    pctx,
                    "No checkpointed highwatermark is found for partition %s",
                    f"No checkpointed highwatermark is found for partition {tp}",
                    "kafka.cluster.Partition",
                )
                emit(
                    "INFO",
                    pctx,
                    "Log loaded for partition %s with initial high watermark %d",
                    f"Log loaded for partition {tp} with initial high watermark 0",
                    "kafka.cluster.Partition",
                )
            if r.random() < 0.6:
                leaders = {p: r.choice([2, 3]) for p in range(n)}
                fetch = ", ".join(
                    f"{name}-{p} -> InitialFetchState(Some({alnum(r, 22)}),BrokerEndPoint(id={b}, host=kafka-{b}:9092),{epoch[0]},0)"
                    for p, b in leaders.items()
                )
                emit(
                    "INFO",
                    "[ReplicaFetcherManager on broker 1] ",
                    "Added fetcher to broker %d for partitions %s",
                    f"Added fetcher to broker {leaders[0]} for partitions HashMap({fetch})",
                    "kafka.server.ReplicaFetcherManager",
                )
        elif roll < 0.835 and step > 300:
            emit(
                "INFO",
                "[KafkaServer id=1] ",
                "shutting down",
                "shutting down",
                "kafka.server.KafkaServer",
            )
            for f in (0, 1):
                ctx = f"[ReplicaFetcher replicaId=1, leaderId={f + 2}, fetcherId=0] "
                emit(
                    "INFO",
                    ctx,
                    "Shutting down",
                    "Shutting down",
                    "kafka.server.ReplicaFetcherThread",
                )
                emit("INFO", ctx, "Stopped", "Stopped", "kafka.server.ReplicaFetcherThread")
                emit(
                    "INFO",
                    ctx,
                    "Shutdown completed",
                    "Shutdown completed",
                    "kafka.server.ReplicaFetcherThread",
                )
            emit(
                "INFO",
                "[KafkaServer id=1] ",
                "shut down completed",
                "shut down completed",
                "kafka.server.KafkaServer",
            )
            log.tick(r, 5, 40)
            startup()
        else:
            tp = r.choice(sorted(offsets))
            roll_segment(tp)
    return [log]


# ---------------------------------------------------------------------------------- consul


def consul(r: random.Random) -> list[Log]:
    """A Consul 1.17 server agent at log_level = debug (hclog's text layout: `time [LEVEL]
    name: message: key=value ...`, values with spaces quoted, empty ones bare). Messages are
    constant with their variables in the fields, except what memberlist and serf log through
    the standard library's logger (`memberlist: Suspect %s has failed, no acks received`).
    The labels keep the field keys, which the call site writes literally."""
    log = Log("consul.log", datetime(2024, 3, 11, 6, 25, 2, 118000, tzinfo=UTC))
    servers = [
        ("consul-server-1", "10.0.1.5"),
        ("consul-server-2", "10.0.1.6"),
        ("consul-server-3", "10.0.1.7"),
    ]
    ids = {name: uuid4(r) for name, _ in servers}
    clients = [
        (f"{kind}-{n}", f"10.0.{2 + i}.{r.randrange(10, 250)}")
        for i, kind in enumerate(["web", "api", "worker", "cache"])
        for n in range(1, 4)
    ]
    services = ["web", "api", "payments", "redis", "postgres", "worker", "ingress-gateway"]
    me = servers[0]
    leader = [servers[1]]
    term = [r.randrange(20, 60)]
    index = [r.randrange(10**6, 2 * 10**6)]
    tokens = [uuid4(r) for _ in range(4)]

    def q(v: object) -> str:
        s = str(v)
        return (
            json.dumps(s, ensure_ascii=False)
            if (" " in s or '"' in s or ("=" in s and not s.startswith("/v1")))
            else s
        )

    def emit(level: str, name: str, tid: str, msg: str, /, **fields: object) -> None:
        t = log.t
        lvl = f"[{level}]".ljust(7)
        kv = " ".join(
            f"{k.replace('_', '-') if k not in ('backoff_time',) else 'backoff time'}={q(v)}"
            for k, v in fields.items()
        )
        log.add(
            f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond // 1000:03d}Z {lvl} {name}: {msg}{': ' + kv if kv else ''}",
            tid,
        )

    def dur(lo: float, hi: float) -> str:
        v = r.uniform(lo, hi)
        return (
            f"{v * 1e6:.3f}µs"
            if v < 0.001
            else (f"{v * 1000:.6f}ms".rstrip("0").rstrip(".") if v < 1 else f"{v:.9f}s".rstrip("0"))
        )

    def boot() -> None:
        emit("INFO", "agent", "Starting Consul agent...", "Starting Consul agent...")
        emit("INFO", "agent", "Consul agent running!", "Consul agent running!")
        emit(
            "INFO",
            "agent.server.raft",
            "initial configuration: index=%s servers=%s",
            "initial configuration",
            index=index[0] - 900,
            servers="["
            + " ".join(f"{{Suffrage:Voter ID:{ids[n]} Address:{a}:8300}}" for n, a in servers)
            + "]",
        )
        emit(
            "INFO",
            "agent.server.raft",
            "entering follower state: follower=%s leader-address=%s leader-id=%s",
            "entering follower state",
            follower=f"Node at {me[1]}:8300 [Follower]",
            leader_address="",
            leader_id="",
        )
        emit(
            "INFO",
            "agent.server.serf.wan",
            "serf: EventMemberJoin: %s %s",
            f"serf: EventMemberJoin: {me[0]}.dc1 {me[1]}",
        )
        emit(
            "INFO",
            "agent.server.serf.lan",
            "serf: EventMemberJoin: %s %s",
            f"serf: EventMemberJoin: {me[0]} {me[1]}",
        )
        emit(
            "INFO",
            "agent.server",
            "Adding LAN server: server=%s",
            "Adding LAN server",
            server=f"{me[0]} (Addr: tcp/{me[1]}:8300) (DC: dc1)",
        )
        emit(
            "INFO",
            "agent",
            "Started DNS server: address=%s network=%s",
            "Started DNS server",
            address="0.0.0.0:8600",
            network="udp",
        )
        emit(
            "INFO",
            "agent",
            "Started DNS server: address=%s network=%s",
            "Started DNS server",
            address="0.0.0.0:8600",
            network="tcp",
        )
        emit("INFO", "agent", "Joining cluster...: cluster=%s", "Joining cluster...", cluster="LAN")
        for n, a in servers[1:]:
            emit(
                "INFO",
                "agent.server.serf.lan",
                "serf: EventMemberJoin: %s %s",
                f"serf: EventMemberJoin: {n} {a}",
            )
            emit(
                "INFO",
                "agent.server",
                "Adding LAN server: server=%s",
                "Adding LAN server",
                server=f"{n} (Addr: tcp/{a}:8300) (DC: dc1)",
            )
        emit(
            "INFO",
            "agent",
            "(LAN) joined: number_of_nodes=%s",
            "(LAN) joined",
            number_of_nodes=len(servers) - 1,
        )
        emit(
            "INFO",
            "agent",
            "Join cluster completed. Synced with initial agents: cluster=%s num_agents=%s",
            "Join cluster completed. Synced with initial agents",
            cluster="LAN",
            num_agents=len(servers) - 1,
        )
        emit(
            "INFO",
            "agent.server",
            "New leader elected: payload=%s",
            "New leader elected",
            payload=leader[0][0],
        )
        emit("INFO", "agent", "Synced node info", "Synced node info")

    def election() -> None:
        emit(
            "WARN",
            "agent.server.raft",
            "heartbeat timeout reached, starting election: last-leader-addr=%s last-leader-id=%s",
            "heartbeat timeout reached, starting election",
            last_leader_addr=f"{leader[0][1]}:8300",
            last_leader_id=ids[leader[0][0]],
        )
        term[0] += 1
        emit(
            "INFO",
            "agent.server.raft",
            "entering candidate state: node=%s term=%s",
            "entering candidate state",
            node=f"Node at {me[1]}:8300 [Candidate]",
            term=term[0],
        )
        emit(
            "DEBUG",
            "agent.server.raft",
            "voting for self: term=%s id=%s",
            "voting for self",
            term=term[0],
            id=ids[me[0]],
        )
        old = leader[0]
        if r.random() < 0.6:
            emit(
                "INFO",
                "agent.server.raft",
                "election won: term=%s tally=%s",
                "election won",
                term=term[0],
                tally=2,
            )
            emit(
                "INFO",
                "agent.server.raft",
                "entering leader state: leader=%s",
                "entering leader state",
                leader=f"Node at {me[1]}:8300 [Leader]",
            )
            for n, _a in servers[1:]:
                emit(
                    "INFO",
                    "agent.server.raft",
                    "added peer, starting replication: peer=%s",
                    "added peer, starting replication",
                    peer=ids[n],
                )
            emit(
                "INFO", "agent.server", "cluster leadership acquired", "cluster leadership acquired"
            )
            emit(
                "INFO",
                "agent.server",
                "New leader elected: payload=%s",
                "New leader elected",
                payload=me[0],
            )
            for routine in [
                "CA root pruning",
                "metrics for streaming peering resources",
                "federation state anti-entropy",
                "intermediate cert renew watch",
                "config entry controllers",
            ]:
                emit(
                    "INFO",
                    "agent.leader",
                    "started routine: routine=%s",
                    "started routine",
                    routine=routine,
                )
            for n, a in servers[1:]:
                emit(
                    "INFO",
                    "agent.server.raft",
                    "pipelining replication: peer=%s",
                    "pipelining replication",
                    peer=f"{{Voter {ids[n]} {a}:8300}}",
                )
            leader[0] = me
        else:
            winner = next(s for s in servers if s not in (me, old))
            emit(
                "INFO",
                "agent.server.raft",
                "entering follower state: follower=%s leader-address=%s leader-id=%s",
                "entering follower state",
                follower=f"Node at {me[1]}:8300 [Follower]",
                leader_address=f"{winner[1]}:8300",
                leader_id=ids[winner[0]],
            )
            emit(
                "INFO",
                "agent.server",
                "New leader elected: payload=%s",
                "New leader elected",
                payload=winner[0],
            )
            leader[0] = winner

    def step_down() -> None:
        emit(
            "INFO",
            "agent.server.raft",
            "entering follower state: follower=%s leader-address=%s leader-id=%s",
            "entering follower state",
            follower=f"Node at {me[1]}:8300 [Follower]",
            leader_address="",
            leader_id="",
        )
        for n, a in servers[1:]:
            emit(
                "INFO",
                "agent.server.raft",
                "aborting pipeline replication: peer=%s",
                "aborting pipeline replication",
                peer=f"{{Voter {ids[n]} {a}:8300}}",
            )
        emit("INFO", "agent.server", "cluster leadership lost", "cluster leadership lost")
        for routine in [
            "CA root pruning",
            "metrics for streaming peering resources",
            "federation state anti-entropy",
        ]:
            emit(
                "INFO",
                "agent.leader",
                "stopped routine: routine=%s",
                "stopped routine",
                routine=routine,
            )
        leader[0] = servers[1]

    failed: set[str] = set()
    boot()
    for step in range(1600):
        log.tick(r, 0.5, 25)
        index[0] += r.randrange(1, 30)
        roll = r.random()
        if roll < 0.22:
            svc = r.choice(services)
            path = r.choice(
                [
                    f"/v1/health/service/{svc}?passing=1&index={index[0]}&wait=60000ms",
                    f"/v1/kv/config/{svc}/settings",
                    f"/v1/catalog/service/{svc}",
                    "/v1/agent/self",
                    f"/v1/health/service/{svc}?index={index[0]}&stale=",
                ]
            )
            emit(
                "DEBUG",
                "agent.http",
                "Request finished: method=%s url=%s from=%s latency=%s",
                "Request finished",
                method="GET",
                url=path,
                **{"from": f"127.0.0.1:{r.randrange(32768, 61000)}"},
                latency=dur(0.00005, 0.004),
            )
        elif roll < 0.34:
            svc = r.choice(services)
            emit("DEBUG", "agent", "Node info in sync", "Node info in sync")
            emit(
                "DEBUG",
                "agent",
                "Service in sync: service=%s",
                "Service in sync",
                service=f"{svc}-{r.randrange(1, 4)}",
            )
            emit(
                "DEBUG",
                "agent",
                "Check in sync: check=%s",
                "Check in sync",
                check=f"service:{svc}-{r.randrange(1, 4)}",
            )
        elif roll < 0.42:
            name, addr = r.choice(servers[1:] + clients)
            emit(
                "DEBUG",
                "agent.server.memberlist.lan",
                "memberlist: Stream connection from=%s",
                f"memberlist: Stream connection from={addr}:{r.randrange(32768, 61000)}",
            )
        elif roll < 0.46:
            name, addr = r.choice(clients)
            emit(
                "DEBUG",
                "agent.server.memberlist.lan",
                "memberlist: Initiating push/pull sync with: %s %s",
                f"memberlist: Initiating push/pull sync with: {name} {addr}:8301",
            )
        elif roll < 0.50:
            d = r.choice(
                [
                    "web.service.consul.",
                    "api.service.consul.",
                    "redis.service.consul.",
                    "_payments._tcp.service.consul.",
                    "vault.service.consul.",
                ]
            )
            emit(
                "DEBUG",
                "agent.dns",
                "request served from client: name=%s type=%s class=%s latency=%s client=%s client_network=%s",
                "request served from client",
                name=d,
                type=r.choice(["A", "A", "SRV", "AAAA"]),
                **{"class": "IN"},
                latency=dur(0.00003, 0.0004),
                client=f"{r.choice(clients)[1]}:{r.randrange(32768, 61000)}",
                client_network="udp",
            )
        elif roll < 0.56:
            svc = r.choice(services)
            inst = f"{svc}-{r.randrange(1, 4)}"
            if r.random() < 0.5:
                emit(
                    "WARN",
                    "agent",
                    "Check is now critical: check=%s",
                    "Check is now critical",
                    check=f"service:{inst}",
                )
            else:
                emit(
                    "WARN",
                    "agent",
                    "Check socket connection failed: check=%s error=%s",
                    "Check socket connection failed",
                    check=f"service:{inst}",
                    error=f"dial tcp {r.choice(clients)[1]}:{r.choice([6379, 5432, 8080])}: connect: connection refused",
                )
            log.tick(r, 10, 30)
            emit(
                "DEBUG",
                "agent",
                "Check status updated: check=%s status=%s",
                "Check status updated",
                check=f"service:{inst}",
                status="passing",
            )
            emit("INFO", "agent", "Synced check: check=%s", "Synced check", check=f"service:{inst}")
        elif roll < 0.60:
            svc = r.choice(services)
            emit(
                "INFO",
                "agent",
                "Synced service: service=%s",
                "Synced service",
                service=f"{svc}-{r.randrange(1, 4)}",
            )
        elif roll < 0.63:
            emit("INFO", "agent", "Synced node info", "Synced node info")
        elif roll < 0.67:
            name, addr = r.choice(clients)
            if name not in failed:
                emit(
                    "INFO",
                    "agent.server.memberlist.lan",
                    "memberlist: Suspect %s has failed, no acks received",
                    f"memberlist: Suspect {name} has failed, no acks received",
                )
                if r.random() < 0.5:
                    log.tick(r, 3, 8)
                    emit(
                        "INFO",
                        "agent.server.memberlist.lan",
                        "memberlist: Marking %s as failed, suspect timeout reached (%d peer confirmations)",
                        f"memberlist: Marking {name} as failed, suspect timeout reached ({r.randrange(0, 3)} peer confirmations)",
                    )
                    emit(
                        "INFO",
                        "agent.server.serf.lan",
                        "serf: EventMemberFailed: %s %s",
                        f"serf: EventMemberFailed: {name} {addr}",
                    )
                    emit(
                        "INFO",
                        "agent.server",
                        "member failed, marking health critical: member=%s partition=%s",
                        "member failed, marking health critical",
                        member=name,
                        partition="default",
                    )
                    failed.add(name)
            else:
                emit(
                    "INFO",
                    "agent.server.serf.lan",
                    "serf: EventMemberJoin: %s %s",
                    f"serf: EventMemberJoin: {name} {addr}",
                )
                emit(
                    "INFO",
                    "agent.server",
                    "member joined, marking health alive: member=%s partition=%s",
                    "member joined, marking health alive",
                    member=name,
                    partition="default",
                )
                failed.discard(name)
        elif roll < 0.69:
            name, addr = r.choice(clients)
            emit(
                "INFO",
                "agent.server.serf.lan",
                "serf: EventMemberUpdate: %s",
                f"serf: EventMemberUpdate: {name}",
            )
        elif roll < 0.71:
            name, addr = r.choice(clients)
            emit(
                "INFO",
                "agent.server.serf.lan",
                "serf: EventMemberLeave: %s %s",
                f"serf: EventMemberLeave: {name} {addr}",
            )
            emit(
                "INFO",
                "agent.server",
                "deregistering member: member=%s partition=%s reason=%s",
                "deregistering member",
                member=name,
                partition="default",
                reason="left",
            )
            failed.add(name)
        elif roll < 0.75:
            svc = r.choice(services)
            tok = r.choice(tokens)
            if r.random() < 0.5:
                emit(
                    "ERROR",
                    "agent.http",
                    "Request error: method=%s url=%s from=%s error=Permission denied: token with AccessorID '%s' lacks permission '%s' on %q",
                    "Request error",
                    method=r.choice(["GET", "PUT"]),
                    url=f"/v1/kv/config/{svc}/settings",
                    **{"from": f"{r.choice(clients)[1]}:{r.randrange(32768, 61000)}"},
                    error=f"Permission denied: token with AccessorID '{tok}' lacks permission 'key:read' on \"config/{svc}/settings\"",
                )
            else:
                emit(
                    "ERROR",
                    "agent.http",
                    "Request error: method=%s url=%s from=%s error=ACL not found",
                    "Request error",
                    method="GET",
                    url=f"/v1/catalog/service/{svc}",
                    **{"from": f"{r.choice(clients)[1]}:{r.randrange(32768, 61000)}"},
                    error="ACL not found",
                )
        elif roll < 0.78:
            if leader[0] == me:
                n, a = r.choice(servers[1:])
                emit(
                    "WARN",
                    "agent.server.raft",
                    "failed to contact: server-id=%s time=%s",
                    "failed to contact",
                    server_id=ids[n],
                    time=dur(0.5, 3),
                )
                if r.random() < 0.4:
                    emit(
                        "ERROR",
                        "agent.server.raft",
                        "failed to heartbeat to: peer=%s backoff time=%s error=%s",
                        "failed to heartbeat to",
                        peer=f"{a}:8300",
                        backoff_time=r.choice(["10ms", "20ms", "40ms", "80ms"]),
                        error=f"dial tcp {me[1]}:0->{a}:8300: i/o timeout",
                    )
            else:
                emit(
                    "DEBUG",
                    "agent.server.raft",
                    "accepted connection: local-address=%s remote-address=%s",
                    "accepted connection",
                    local_address=f"{me[1]}:8300",
                    remote_address=f"{leader[0][1]}:{r.randrange(32768, 61000)}",
                )
        elif roll < 0.80:
            emit(
                "INFO",
                "agent.server.raft",
                "starting snapshot up to: index=%s",
                "starting snapshot up to",
                index=index[0],
            )
            emit(
                "INFO",
                "agent.server.snapshot",
                "creating new snapshot: path=%s",
                "creating new snapshot",
                path=f"/opt/consul/raft/snapshots/{term[0]}-{index[0]}-{int(log.t.timestamp() * 1000)}.tmp",
            )
            emit(
                "INFO",
                "agent.server.raft",
                "compacting logs: from=%s to=%s",
                "compacting logs",
                **{"from": index[0] - 10240 - r.randrange(0, 50)},
                to=index[0] - 10240,
            )
            emit(
                "INFO",
                "agent.server.raft",
                "snapshot complete up to: index=%s",
                "snapshot complete up to",
                index=index[0],
            )
        elif roll < 0.82:
            emit(
                "DEBUG",
                "agent.server.memberlist.wan",
                "memberlist: Initiating push/pull sync with: %s %s",
                f"memberlist: Initiating push/pull sync with: {r.choice(servers[1:])[0]}.dc1 {r.choice(servers[1:])[1]}:8302",
            )
        elif roll < 0.83:
            name, addr = r.choice(clients)
            emit(
                "WARN",
                "agent.server.memberlist.lan",
                "memberlist: Was able to connect to %s over TCP but UDP probes failed, network may be misconfigured",
                f"memberlist: Was able to connect to {name} over TCP but UDP probes failed, network may be misconfigured",
            )
        elif roll < 0.84:
            emit(
                "WARN",
                "agent.server.memberlist.lan",
                "memberlist: Refuting a suspect message (from: %s)",
                f"memberlist: Refuting a suspect message (from: {r.choice(clients)[0]})",
            )
        elif roll < 0.85:
            emit(
                "INFO",
                "agent.server.autopilot",
                "Promoting server: id=%s address=%s name=%s",
                "Promoting server",
                id=ids[servers[2][0]],
                address=f"{servers[2][1]}:8300",
                name=servers[2][0],
            )
        elif roll < 0.856:
            if leader[0] == me:
                step_down()
            else:
                election()
        elif roll < 0.86:
            emit("INFO", "agent", "Synced node info", "Synced node info")
        elif roll < 0.862 and step > 400:
            emit("INFO", "agent", "Caught: signal=%s", "Caught", signal="terminated")
            emit("INFO", "agent", "Requesting shutdown", "Requesting shutdown")
            emit("INFO", "agent.server", "shutting down server", "shutting down server")
            emit("INFO", "agent", "shutdown complete", "shutdown complete")
            log.tick(r, 3, 20)
            if leader[0] == me:
                leader[0] = servers[1]
            boot()
        else:
            svc = r.choice(services)
            emit(
                "DEBUG",
                "agent.http",
                "Request finished: method=%s url=%s from=%s latency=%s",
                "Request finished",
                method=r.choice(["PUT", "GET"]),
                url=f"/v1/agent/check/pass/service:{svc}-{r.randrange(1, 4)}"
                if r.random() < 0.5
                else f"/v1/kv/locks/{svc}/leader?acquire={uuid4(r)}",
                **{"from": f"{r.choice(clients)[1]}:{r.randrange(32768, 61000)}"},
                latency=dur(0.0001, 0.03),
            )
    return [log]


# --------------------------------------------------------------------------------- postfix

SENDERS = [
    "github.com",
    "mail.google.com",
    "amazonses.com",
    "sendgrid.net",
    "mailchimpapp.net",
    "outlook.com",
    "protonmail.ch",
    "bounce.linkedin.com",
]
MX = [
    ("mx1.example.org", "203.0.113.25"),
    ("aspmx.l.google.com", "142.250.102.27"),
    ("mx.mailbox.org", "80.241.60.212"),
    ("example-com.mail.protection.outlook.com", "52.101.68.14"),
    ("mx01.mail.icloud.com", "17.57.154.33"),
]
RCPT_DOMAINS = ["example.org", "gmail.com", "mailbox.org", "contoso.com", "icloud.com"]
LOCAL_USERS = ["anna", "marco", "j.smith", "info", "billing", "noreply", "support", "postmaster"]


def postfix(r: random.Random) -> list[Log]:
    """Postfix 3.7 on a small mail host (mail.log, classic syslog): postscreen in front of smtpd,
    inbound mail to virtual mailboxes, authenticated submission relayed out through smtp, spam
    rejections, deferrals and bounces, anvil statistics. Queue ids are Postfix's short hex."""
    log = Log("mail.log", datetime(2024, 3, 11, 0, 0, 4, tzinfo=UTC))
    host = "mx1"
    pids: dict[str, int] = {}

    def emit(ident: str, tid: str, msg: str, pid: int | None = None) -> None:
        p = pid if pid is not None else pids.setdefault(ident, r.randrange(1000, 30000))
        log.add(f"{syslog_ts(log.t)} {host} postfix/{ident}[{p}]: {msg}", tid)

    def qid() -> str:
        return "".join(r.choice("0123456789ABCDEF") for _ in range(r.choice([10, 10, 11])))

    def remote() -> tuple[str, str]:
        if r.random() < 0.25:
            return (
                "unknown",
                f"{r.choice([45, 91, 103, 185, 193])}.{r.randrange(1, 255)}.{r.randrange(256)}.{r.randrange(1, 255)}",
            )
        d = r.choice(SENDERS)
        ip = f"{r.choice([40, 52, 167, 198, 209])}.{r.randrange(1, 255)}.{r.randrange(256)}.{r.randrange(1, 255)}"
        return f"{r.choice(['mail-', 'o', 'out-', 'smtp'])}{r.randrange(1, 99)}.{d}", ip

    def addr(local: bool) -> str:
        if local:
            return f"{r.choice(LOCAL_USERS)}@example.com"
        return f"{r.choice(['notifications', 'no-reply', 'bounces+' + hexid(r, 8), 'alice', 'newsletter', 'team'])}@{r.choice(SENDERS)}"

    def delays() -> tuple[str, str]:
        a, b, c, d = r.uniform(0, 0.3), r.uniform(0, 0.05), r.uniform(0, 0.6), r.uniform(0, 1.5)
        f = lambda x: f"{x:.2g}" if x >= 0.01 else "0"  # noqa: E731
        return f"{a + b + c + d:.2g}", f"{f(a)}/{f(b)}/{f(c)}/{f(d)}"

    def newpid(ident: str) -> int:
        pids[ident] = pids.get(ident, r.randrange(1000, 30000)) + r.randrange(1, 400)
        return pids[ident]

    def postscreen(ip: str) -> bool:
        port = r.randrange(30000, 65000)
        emit(
            "postscreen",
            "CONNECT from [%s]:%d to [%s]:%d",
            f"CONNECT from [{ip}]:{port} to [192.0.2.10]:25",
        )
        roll = r.random()
        if roll < 0.55:
            emit("postscreen", "PASS OLD [%s]:%d", f"PASS OLD [{ip}]:{port}")
            return True
        if roll < 0.75:
            emit("postscreen", "PASS NEW [%s]:%d", f"PASS NEW [{ip}]:{port}")
            return True
        if roll < 0.87:
            zone = r.choice(["zen.spamhaus.org", "bl.spamcop.net", "b.barracudacentral.org"])
            emit(
                "dnsblog",
                "addr %s listed by domain %s as %s",
                f"addr {ip} listed by domain {zone} as 127.0.0.{r.choice([2, 3, 4, 10, 11])}",
                newpid("dnsblog"),
            )
            emit(
                "postscreen",
                "DNSBL rank %d for [%s]:%d",
                f"DNSBL rank {r.randrange(2, 6)} for [{ip}]:{port}",
            )
            if r.random() < 0.6:
                emit(
                    "postscreen",
                    "NOQUEUE: reject: RCPT from [%s]:%d: 550 5.7.1 Service unavailable; client [%s] blocked using %s; from=<%s>, to=<%s>, proto=%s, helo=<%s>",
                    f"NOQUEUE: reject: RCPT from [{ip}]:{port}: 550 5.7.1 Service unavailable; client [{ip}] blocked using {zone}; from=<{addr(False)}>, to=<{addr(True)}>, proto=ESMTP, helo=<{r.choice(['User', 'ylmf-pc', ip, 'win-' + alnum(r, 8).upper()])}>",
                )
            emit("postscreen", "DISCONNECT [%s]:%d", f"DISCONNECT [{ip}]:{port}")
            return False
        if roll < 0.95:
            emit(
                "postscreen",
                "PREGREET %d after %s from [%s]:%d: %s",
                f"PREGREET {r.choice([11, 14, 20])} after {r.uniform(0, 0.3):.2f} from [{ip}]:{port}: EHLO {r.choice(['User', 'ylmf-pc', 'localhost'])}\\r\\n",
            )
            emit("postscreen", "DISCONNECT [%s]:%d", f"DISCONNECT [{ip}]:{port}")
            return False
        emit(
            "postscreen",
            "HANGUP after %s from [%s]:%d in %s",
            f"HANGUP after {r.uniform(0.2, 6):.1f} from [{ip}]:{port} in tests after SMTP handshake",
        )
        emit("postscreen", "DISCONNECT [%s]:%d", f"DISCONNECT [{ip}]:{port}")
        return False

    def tls_in(name: str, ip: str, p: int) -> None:
        proto, cipher, bits = r.choice(
            [
                ("TLSv1.3", "TLS_AES_256_GCM_SHA384", "256/256"),
                ("TLSv1.2", "ECDHE-RSA-AES256-GCM-SHA384", "256/256"),
                ("TLSv1.3", "TLS_CHACHA20_POLY1305_SHA256", "256/256"),
            ]
        )
        emit(
            "smtpd",
            "Anonymous TLS connection established from %s[%s]: %s with cipher %s (%s bits)",
            f"Anonymous TLS connection established from {name}[{ip}]: {proto} with cipher {cipher} ({bits} bits)",
            p,
        )

    def inbound() -> None:
        name, ip = remote()
        if not postscreen(ip):
            return
        p = newpid("smtpd")
        emit("smtpd", "connect from %s[%s]", f"connect from {name}[{ip}]", p)
        if name == "unknown" and r.random() < 0.3:
            fake = f"{alnum(r, 6).lower()}.static.{r.choice(['hosted-by.net', 'vps.example', 'dyn.broadband.net'])}"
            if r.random() < 0.5:
                emit(
                    "smtpd",
                    "warning: hostname %s does not resolve to address %s: Name or service not known",
                    f"warning: hostname {fake} does not resolve to address {ip}: Name or service not known",
                    p,
                )
            else:
                emit(
                    "smtpd",
                    "warning: hostname %s does not resolve to address %s",
                    f"warning: hostname {fake} does not resolve to address {ip}",
                    p,
                )
        tls = r.random() < 0.7
        if tls:
            tls_in(name, ip, p)
        roll = r.random()
        if roll < 0.62 or (name != "unknown" and roll < 0.8):
            q = qid()
            emit("smtpd", "%s: client=%s[%s]", f"{q}: client={name}[{ip}]", p)
            deliver_in(q, name)
            emit(
                "smtpd",
                "disconnect from %s[%s] %s",
                f"disconnect from {name}[{ip}] ehlo={2 if tls else 1}{' starttls=1' if tls else ''} mail=1 rcpt=1 data=1 quit=1 commands={7 if tls else 5}",
                p,
            )
        elif roll < 0.80:
            rcpt = r.choice(
                [
                    f"{r.choice(['admin', 'test', 'sales', 'hr'])}@example.com",
                    f"{r.choice(['user', 'x'])}@{r.choice(['gmail.com', 'yahoo.co.jp', 'mail.ru'])}",
                ]
            )
            helo = r.choice(["User", "ylmf-pc", "localhost", name if name != "unknown" else ip])
            if rcpt.endswith("@example.com"):
                emit(
                    "smtpd",
                    "NOQUEUE: reject: RCPT from %s[%s]: 550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table; from=<%s> to=<%s> proto=%s helo=<%s>",
                    f"NOQUEUE: reject: RCPT from {name}[{ip}]: 550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in virtual mailbox table; from=<{addr(False)}> to=<{rcpt}> proto=ESMTP helo=<{helo}>",
                    p,
                )
            else:
                emit(
                    "smtpd",
                    "NOQUEUE: reject: RCPT from %s[%s]: 454 4.7.1 <%s>: Relay access denied; from=<%s> to=<%s> proto=%s helo=<%s>",
                    f"NOQUEUE: reject: RCPT from {name}[{ip}]: 454 4.7.1 <{rcpt}>: Relay access denied; from=<{addr(False)}> to=<{rcpt}> proto=ESMTP helo=<{helo}>",
                    p,
                )
            emit(
                "smtpd",
                "disconnect from %s[%s] %s",
                f"disconnect from {name}[{ip}] ehlo=1 mail=1 rcpt=0/1 quit=1 commands=3/4",
                p,
            )
        elif roll < 0.90:
            cmd = r.choice(["AUTH", "CONNECT", "EHLO", "DATA", "RCPT"])
            emit(
                "smtpd",
                "lost connection after %s from %s[%s]",
                f"lost connection after {cmd} from {name}[{ip}]",
                p,
            )
            emit(
                "smtpd",
                "disconnect from %s[%s] %s",
                f"disconnect from {name}[{ip}] ehlo=1 commands=1"
                if cmd != "CONNECT"
                else f"disconnect from {name}[{ip}] commands=0/0",
                p,
            )
        elif roll < 0.96:
            mech = r.choice(["LOGIN", "PLAIN"])
            # The SASL server's challenge (base64 data) or its own message, whose text counts.
            why = r.choice(["UGFzc3dvcmQ6", "authentication failure"])
            emit(
                "smtpd",
                "warning: %s[%s]: SASL %s authentication failed: "
                + ("%s" if why == "UGFzc3dvcmQ6" else why),
                f"warning: {name}[{ip}]: SASL {mech} authentication failed: {why}",
                p,
            )
            emit(
                "smtpd",
                "disconnect from %s[%s] %s",
                f"disconnect from {name}[{ip}] ehlo=1 auth=0/1 quit=1 commands=2/3",
                p,
            )
        else:
            emit(
                "smtpd",
                "timeout after %s from %s[%s]",
                f"timeout after {r.choice(['END-OF-MESSAGE', 'DATA', 'EHLO'])} from {name}[{ip}]",
                p,
            )
            emit(
                "smtpd",
                "disconnect from %s[%s] %s",
                f"disconnect from {name}[{ip}] ehlo=1 mail=1 rcpt=1 data=0/1 commands=3/4",
                p,
            )

    def deliver_in(q: str, name: str) -> None:
        log.tick(r, 0.01, 0.5)
        emit(
            "cleanup",
            "%s: message-id=<%s>",
            f"{q}: message-id=<{hexid(r, 16)}.{r.randrange(10**9, 2 * 10**9)}@{name if name != 'unknown' else 'localhost'}>",
            newpid("cleanup"),
        )
        emit(
            "qmgr",
            "%s: from=<%s>, size=%d, nrcpt=%d (queue active)",
            f"{q}: from=<{addr(False)}>, size={r.randrange(1500, 400000)}, nrcpt=1 (queue active)",
        )
        log.tick(r, 0.01, 0.3)
        d, ds = delays()
        if r.random() < 0.93:
            emit(
                "virtual",
                "%s: to=<%s>, relay=%s, delay=%s, delays=%s, dsn=%s, status=sent (delivered to maildir)",
                f"{q}: to=<{addr(True)}>, relay=virtual, delay={d}, delays={ds}, dsn=2.0.0, status=sent (delivered to maildir)",
                newpid("virtual"),
            )
        else:
            emit(
                "virtual",
                "%s: to=<%s>, relay=%s, delay=%s, delays=%s, dsn=%s, status=bounced (%s)",
                f"{q}: to=<{addr(True)}>, relay=virtual, delay={d}, delays={ds}, dsn=5.2.2, status=bounced (cannot update mailbox /var/mail/vhosts/example.com/{r.choice(LOCAL_USERS)}/ for user {r.choice(LOCAL_USERS)}. Disk quota exceeded)",
                newpid("virtual"),
            )
            b = qid()
            emit(
                "bounce",
                "%s: sender non-delivery notification: %s",
                f"{q}: sender non-delivery notification: {b}",
                newpid("bounce"),
            )
        emit("qmgr", "%s: removed", f"{q}: removed")

    def outbound() -> None:
        user = r.choice(LOCAL_USERS[:4])
        ip = f"10.8.0.{r.randrange(2, 40)}"
        p = newpid("submission/smtpd")
        emit("submission/smtpd", "connect from %s[%s]", f"connect from unknown[{ip}]", p)
        tls_in("unknown", ip, p)
        q = qid()
        emit(
            "submission/smtpd",
            "%s: client=%s[%s], sasl_method=%s, sasl_username=%s",
            f"{q}: client=unknown[{ip}], sasl_method=PLAIN, sasl_username={user}@example.com",
            p,
        )
        emit(
            "cleanup",
            "%s: message-id=<%s>",
            f"{q}: message-id=<{uuid4(r)}@example.com>",
            newpid("cleanup"),
        )
        emit(
            "qmgr",
            "%s: from=<%s>, size=%d, nrcpt=%d (queue active)",
            f"{q}: from=<{user}@example.com>, size={r.randrange(800, 3000000)}, nrcpt={r.choice([1, 1, 1, 2])} (queue active)",
        )
        emit(
            "submission/smtpd",
            "disconnect from %s[%s] %s",
            f"disconnect from unknown[{ip}] ehlo=2 starttls=1 auth=1 mail=1 rcpt=1 data=1 quit=1 commands=8",
            p,
        )
        mx, mip = r.choice(MX)
        sp = newpid("smtp")
        rcpt = f"{r.choice(['bob', 'carol', 'orders', 'dave.miller', 'helpdesk'])}@{dict(zip(MX, RCPT_DOMAINS, strict=True))[(mx, mip)]}"
        roll = r.random()
        d, ds = delays()
        if roll < 0.78:
            kind = r.choice(["Trusted", "Verified", "Untrusted"])
            emit(
                "smtp",
                f"{kind} TLS connection established to %s[%s]:%d: %s with cipher %s (%s bits)",
                f"{kind} TLS connection established to {mx}[{mip}]:25: TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)",
                sp,
            )
            reply = r.choice(
                [
                    f"250 2.0.0 OK  {int(log.t.timestamp())} {alnum(r, 12)}.{r.randrange(100, 999)} - gsmtp",
                    f"250 2.0.0 Ok: queued as {hexid(r, 10).upper()}",
                    f"250 2.6.0 <{uuid4(r)}@example.com> [InternalId={r.randrange(10**12, 10**13)}] Queued mail for delivery",
                    "250 OK id=1rjX4k-00" + alnum(r, 4),
                ]
            )
            emit(
                "smtp",
                "%s: to=<%s>, relay=%s[%s]:%d, delay=%s, delays=%s, dsn=%s, status=sent (%s)",
                f"{q}: to=<{rcpt}>, relay={mx}[{mip}]:25, delay={d}, delays={ds}, dsn=2.0.0, status=sent ({reply})",
                sp,
            )
            emit("qmgr", "%s: removed", f"{q}: removed")
        elif roll < 0.88:
            if r.random() < 0.5:
                emit(
                    "smtp",
                    "connect to %s[%s]:%d: Connection timed out",
                    f"connect to {mx}[{mip}]:25: Connection timed out",
                    sp,
                )
                emit(
                    "smtp",
                    "%s: to=<%s>, relay=%s, delay=%s, delays=%s, dsn=%s, status=deferred (connect to %s[%s]:%d: Connection timed out)",
                    f"{q}: to=<{rcpt}>, relay=none, delay={float(d) + 30:.0f}, delays={ds.split('/')[0]}/0/30/0, dsn=4.4.1, status=deferred (connect to {mx}[{mip}]:25: Connection timed out)",
                    sp,
                )
            else:
                emit(
                    "smtp",
                    "connect to %s[%s]:%d: Connection refused",
                    f"connect to {mx}[{mip}]:25: Connection refused",
                    sp,
                )
                emit(
                    "smtp",
                    "%s: to=<%s>, relay=%s, delay=%s, delays=%s, dsn=%s, status=deferred (connect to %s[%s]:%d: Connection refused)",
                    f"{q}: to=<{rcpt}>, relay=none, delay={d}, delays={ds}, dsn=4.4.1, status=deferred (connect to {mx}[{mip}]:25: Connection refused)",
                    sp,
                )
        elif roll < 0.95:
            emit(
                "smtp",
                "%s: to=<%s>, relay=%s[%s]:%d, delay=%s, delays=%s, dsn=%s, status=deferred (host %s[%s] said: %s (in reply to %s command))",
                f"{q}: to=<{rcpt}>, relay={mx}[{mip}]:25, delay={d}, delays={ds}, dsn=4.7.0, status=deferred (host {mx}[{mip}] said: {r.choice(['421 4.7.0 Try again later, closing connection.', '450 4.2.1 The user you are trying to contact is receiving mail too quickly.', '451 4.7.1 Greylisting in action, please come back later'])} (in reply to {r.choice(['RCPT TO', 'end of DATA', 'MAIL FROM'])} command))",
                sp,
            )
        else:
            emit(
                "smtp",
                "%s: to=<%s>, relay=%s[%s]:%d, delay=%s, delays=%s, dsn=%s, status=bounced (host %s[%s] said: %s (in reply to %s command))",
                f"{q}: to=<{rcpt}>, relay={mx}[{mip}]:25, delay={d}, delays={ds}, dsn=5.1.1, status=bounced (host {mx}[{mip}] said: {r.choice(['550 5.1.1 The email account that you tried to reach does not exist.', '550 5.1.1 <' + rcpt + '>: Recipient address rejected: User unknown', '550 5.4.1 Recipient address rejected: Access denied.'])} (in reply to RCPT TO command))",
                sp,
            )
            b = qid()
            emit(
                "bounce",
                "%s: sender non-delivery notification: %s",
                f"{q}: sender non-delivery notification: {b}",
                newpid("bounce"),
            )
            emit("qmgr", "%s: removed", f"{q}: removed")

    def anvil() -> None:
        ip = f"{r.choice([45, 91, 185])}.{r.randrange(1, 255)}.{r.randrange(256)}.{r.randrange(1, 255)}"
        when = log.t - timedelta(seconds=r.uniform(60, 600))
        emit(
            "anvil",
            "statistics: max connection rate %d/%ds for (%s:%s) at %s",
            f"statistics: max connection rate {r.randrange(1, 9)}/60s for (smtp:{ip}) at {syslog_ts(when)}",
        )
        emit(
            "anvil",
            "statistics: max connection count %d for (%s:%s) at %s",
            f"statistics: max connection count {r.randrange(1, 4)} for (smtp:{ip}) at {syslog_ts(when)}",
        )
        emit(
            "anvil",
            "statistics: max cache size %d at %s",
            f"statistics: max cache size {r.randrange(1, 9)} at {syslog_ts(when)}",
        )

    def scache() -> None:
        when = log.t - timedelta(seconds=r.uniform(60, 600))
        emit(
            "scache",
            "statistics: start interval %s",
            f"statistics: start interval {syslog_ts(when)}",
        )
        h, m = r.randrange(0, 12), r.randrange(1, 20)
        emit(
            "scache",
            "statistics: domain lookup hits=%d miss=%d success=%d%%",
            f"statistics: domain lookup hits={h} miss={m} success={h * 100 // (h + m)}%",
        )
        emit(
            "scache",
            "statistics: max simultaneous domains=%d addresses=%d connection=%d",
            f"statistics: max simultaneous domains=1 addresses=1 connection={r.randrange(1, 4)}",
        )

    emit(
        "master",
        "daemon started -- version %s, configuration %s",
        "daemon started -- version 3.7.10, configuration /etc/postfix",
        1024,
    )
    for _step in range(400):
        log.tick(r, 1, 80)
        roll = r.random()
        if roll < 0.62:
            inbound()
        elif roll < 0.84:
            outbound()
        elif roll < 0.88:
            anvil()
        elif roll < 0.91:
            scache()
        elif roll < 0.93:
            emit(
                "pickup",
                "%s: uid=%d from=<%s>",
                f"{qid()}: uid={r.choice([0, 33, 1000])} from=<{r.choice(['root', 'www-data', 'anna'])}>",
                newpid("pickup"),
            )
        elif roll < 0.97:
            name, ip = remote()
            p = newpid("smtpd")
            emit("smtpd", "connect from %s[%s]", f"connect from {name}[{ip}]", p)
            if r.random() < 0.5:
                emit(
                    "smtpd",
                    "improper command pipelining after %s from %s[%s]: %s",
                    f"improper command pipelining after {r.choice(['EHLO', 'CONNECT', 'HELO'])} from {name}[{ip}]: {r.choice(['QUIT', 'MAIL FROM:<x@x.com>', 'AUTH LOGIN'])}\\r\\n",
                    p,
                )
            else:
                emit(
                    "smtpd",
                    "warning: non-SMTP command from %s[%s]: %s",
                    f"warning: non-SMTP command from {name}[{ip}]: {r.choice(['GET / HTTP/1.1', 'CONNECT 1.1.1.1:443 HTTP/1.1', 'SSH-2.0-Go'])}",
                    p,
                )
            emit(
                "smtpd",
                "disconnect from %s[%s] %s",
                f"disconnect from {name}[{ip}] {r.choice(['ehlo=1 quit=1 commands=2', 'unknown=0/1 commands=0/1'])}",
                p,
            )
        elif roll < 0.975:
            q = qid()
            emit(
                "qmgr",
                "%s: from=<%s>, status=expired, returned to sender",
                f"{q}: from=<{r.choice(LOCAL_USERS)}@example.com>, status=expired, returned to sender",
            )
            emit("qmgr", "%s: removed", f"{q}: removed")
        elif roll < 0.978:
            emit(
                "master",
                "reload -- version %s, configuration %s",
                "reload -- version 3.7.10, configuration /etc/postfix",
                1024,
            )
        else:
            outbound()
    return [log]


SYSTEMS = {
    "postgresql": postgresql,
    "etcd": etcd,
    "kafka": kafka,
    "consul": consul,
    "postfix": postfix,
}


if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
