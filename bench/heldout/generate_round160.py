#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
r"""Writes the held-out logs of round 160 (repmgr, pg_auto_failover, stolon, citus, odyssey)
into bench/heldout/, the same way and under the same label rules as generate.py
(bench/README.md, "heldout.py"): each program's log is simulated from its format strings over a
seeded run, and every line that starts an event is labelled with the format string that wrote
it as it is written. Distinct calls of one process never share a timestamp at the log's
resolution (round 53's Clock, kept per process and per file). Five programs around PostgreSQL's
high availability and scale-out, 06:00 to 12:00 on 2024-06-07.

- repmgr 5.4 (`pg1-repmgrd.log`, the primary's; `pg2-repmgrd.log`, `pg3-repmgrd.log`, the
  standbys': repmgrd's own log file, `[%Y-%m-%d %H:%M:%S] [%s] `, levels NOTICE, INFO,
  WARNING, ERROR and DETAIL, a `log_detail()` written as a line of its own under the same head
  and continuing the event): start-up (`repmgrd (%s %s) starting up`, `connecting to database
  "%s"`, `starting monitoring of node "%s" (ID: %i)`, `"connection_check_type" set to "%s"`),
  the status line every 30 s (`monitoring primary node "%s" (ID: %i) in %s state` on pg1,
  `node "%s" (ID: %i) monitoring upstream node "%s" (ID: %i) in %s state` with its DETAIL `last
  monitoring statistics update was %i seconds ago` on the standbys), a 12-second blip on pg3
  at 07:20 (`original connection is still available`), pg1's PostgreSQL restarted at 08:40:
  pg1's repmgrd loses its local node (`unable to ping "%s"` with PQping's status as DETAIL,
  `connection to node "%s" (ID: %i) lost`, `connection to database failed` with libpq's
  two-line error as DETAIL, the numeric `checking state of node %i, %i of %i attempts`,
  `sleeping %i seconds until next reconnection attempt`, `reconnected to local node after %i
  seconds`), the standbys their upstream (the quoted `checking state of node "%s" (ID: %i), %i
  of %i attempts`, `sleeping up to %i seconds ...`, `reconnected to upstream node after %i
  seconds`), and pg3's repmgrd restarted at 11:30 (`TERM signal received`, `%s
  terminating...`).
- pg_auto_failover 2.1 (`monitor.log`, `node1.log`, `node2.log`, `node3.log`: `pg_autoctl run`
  under systemd as `journalctl -o cat` prints it, `%H:%M:%S %d %-5s `, no date): node_3's host
  rebooted at 07:41 (`Stopping pg_autoctl postgres service`, `Stop pg_autoctl`, the service's
  command line as a line of its own, the monitor's `Node node %lld "%s" (%s:%d) is marked as
  unhealthy by the monitor`, `New state for node %lld "%s" (%s:%d): %s ➜ %s`, `Setting goal
  state of node ... to catchingup after it became unhealthy.`), the monitor's VM hung
  08:52-09:14 (each keeper's main loop, every few seconds: WARN `Failed to connect to "%s",
  retrying until the server is ready`, ERROR `Connection to database failed: connection to
  server at "%s" (%s), port %d failed: timeout expired`, ERROR `Failed to connect to "%s" after
  %d attempts in %d ms, pg_autoctl stops retrying now`, ERROR `Failed to get the goal state from
  the monitor`; the primary's `Checking for network partitions...` and `We lost the monitor,
  but still have a standby: ...`), and node_2 flapping behind a firewall rule 10:26-10:29 and
  10:41-10:42 (`Monitor assigned new state "%s"`, `FSM transition from "%s" to "%s": %s` with
  the transition's comment, `Transition complete: current state is now "%s"`).
- stolon 0.17 (`stolon-keeper-0.log`, `stolon-keeper-1.log`, `stolon-sentinel-0.log`,
  `stolon-sentinel-1.log`: `kubectl logs` of each pod, zap's console encoder
  `2024-06-07T06:40:45.500Z\tWARN\tcmd/sentinel.go:276\tno keeper info available\t{"db":
  "a91f04d5", "keeper": "keeper1"}`; the keepers at `--log-level=warn`, so their logs are mostly
  the PostgreSQL 16 lines of the instance they run, `%m [%p] LEVEL:  msg`, with DETAIL lines and
  libpq's continuations): checkpoints and restartpoints all day, keeper1's node cut off
  06:40-07:58 (the leading sentinel's `no keeper info available` at every check, keeper1's
  `error retrieving cluster data` and `failed to update keeper info`, its walreceiver's
  `terminating walreceiver due to timeout` and `could not connect to the primary server:
  connection to server at "%s", port %d failed: Connection timed out`), etcd without quorum
  08:50-08:57 (every store call times out; `sentinel leadership lost`, `election loop error`,
  `Trying to acquire sentinels leadership`, sentinel-1 the new leader), keeper0's node lost at
  10:20 (`master db is failed`, `trying to find a new master to replace failed master`,
  `electing db as the new master`, `waiting for proxies to be converged to the current
  generation`, keeper1's promotion: `received promote request`, `redo done at ...`, `selected
  new timeline ID: %u`, `archive recovery complete`).
- Citus 11.3 (`coord-postgresql-15-main.log`, `worker1-postgresql-15-main.log`,
  `worker2-postgresql-15-main.log`: Debian's PostgreSQL 15 with `log_line_prefix = '%m [%p]
  %q%u@%d '`): unique violations all day (`duplicate key value violates unique constraint "%s"`
  on the shard's index, with DETAIL, the coordinator's with the worker as CONTEXT `while
  executing command on %s:%d` and the STATEMENT), slow dashboard queries (`duration: %s ms
  statement: %s`), distributed deadlocks at 07:15 (`canceling the transaction since it was
  involved in a distributed deadlock`), worker2 stopped for a volume resize 09:10-09:28 (its
  fast shutdown and start-up; on the coordinator the maintenance daemon's `connection to the
  remote node %s:%d failed with the following error: connection to server at "%s", port %d
  failed: Connection refused` with libpq's second line, every two seconds, `transaction
  recovery cannot connect to %s:%d` every minute, the application's queries failing with the
  same error, and `maintenance daemon recovered %d distributed transactions` after it), a shard
  rebalance in the background-task queue at 10:30 (`task jobid/taskid started: %ld/%ld`,
  `... succeeded: %ld/%ld`, `cleaned up %d orphaned resources`), and a blip on worker1 at 11:05
  (`could not establish any connections to the node %s:%d after %u ms`).
- Odyssey 1.3 (`odyssey.log`: `log_format "%p %t %l [%i %s] (%c) %m\n"`, `4417 07 Jun
  06:00:43.200 info [none none] (stats) ...`, the client and server ids or `none`): the
  statistics every minute (`system worker: msg (...), coroutines (...)`, `worker[%d]: ...`,
  `clients %d`, one `[%.*s.%.*s%s] %d clients, %d active servers, ...` per route), the primary
  restarted at 07:40 (`server disconnected (read/write error): %s, status %s`, `failed to
  connect to %s:%d`, the server's `%s %s %s` error relayed), a load spike 08:55-09:05 (`route
  connection limit reached for client '%s', closing`, `server pool wait timed out, closing`,
  `cancel request`), a rollout at 09:40 (`client disconnected (read/write error): %s, status
  %s`), a reload at 10:00 (`SIGHUP received`; appdb.app's route obsolete until its clients
  leave) and a batch job with a rotated password 11:15-11:30 (`user '%s.%s' incorrect
  password`).

Label notes. The heads are context: repmgrd's time and level, pg_autoctl's time, pid and level,
zap's time, level and caller (its JSON fields are attributes), PostgreSQL's `%m [%p] %u@%d`
and level, Odyssey's pid, time, level, ids and context. A repmgrd DETAIL line continues the
event before it (it is `log_detail()`, written under its own head, as PostgreSQL's DETAIL
lines); so do PostgreSQL's DETAIL, CONTEXT, STATEMENT and HINT lines and libpq's second line of
an error (`\tIs the server running on that host and accepting TCP/IP connections?`). An error
message inside a message contributes its format: libpq's `connection to server at "%s" (%s),
port %d failed: timeout expired` / `"%s", port %d failed: Connection refused` after pg_autoctl's
`Connection to database failed: ` and Citus's `... failed with the following error: `,
PostgreSQL's FATAL relayed by Odyssey as `%s %s the database system is starting up` (severity
and SQLSTATE are values), a strerror (`Connection reset by peer`, `Broken pipe`) as wording.
Words a branch picks are wording: the monitor's `healthy`/`unhealthy`, the FSM transition's
comment (a literal of the transition table), Odyssey's ` obsolete` after an obsolete route's
name (`[%.*s.%.*s obsolete]`), repmgrd's quoted-name and numeric `checking state of node`
(two call sites). The state names (`normal`, `secondary`, `catchingup`) and Odyssey's status
enum names are values. pg_autoctl's logged command line is a bare `%s`. The checkpoint lines
are PostgreSQL 15's (Citus) and 16's with the LSNs (stolon), as in earlier rounds.

Least sure (written from the helper's knowledge; repmgrd's local-node reconnection (`checking
state of node %i, %i of %i attempts`, `node %i has recovered, reconnecting`, `connection to node
%i succeeded`), pg_autoctl's `... pg_autoctl stops retrying now` after libpq's error, and
Odyssey's route statistics, `clients %d` and `server pool wait timed out, closing` were checked
against copies of their sources and real logs quoted in issues): repmgrd 5.4's standby-side
wording and its DETAIL lines; pg_autoctl's main-loop retry timings, the listener's
`pg_auto_failover monitor is ready at %s` and `Contacting the monitor to LISTEN to its events.`,
the stop sequence (`Stopping pg_autoctl postgres service`, `Waiting for subprocesses to
terminate.`, `Stop pg_autoctl`); stolon's caller line numbers, `failed to update keeper info`,
and that the keepers' pods were run at warn; Citus 11.3's `cleaned up %d orphaned resources`,
`transaction recovery cannot connect to %s:%d`, the deadlock detector's warning cadence and the
connection error's wording; Odyssey 1.3's `%t` layout (`07 Jun 06:00:43.200`), its `system
worker` and `worker[%d]` lines (newer versions add `startup errors %lu`), the levels of `user
'%s.%s' incorrect password` and `route connection limit reached for client '%s', closing`.
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
from generate_round147 import T0, T_END, at


def pgts(t: datetime) -> str:
    """PostgreSQL's `%m`: milliseconds and the zone's abbreviation."""
    return f"{t:%Y-%m-%d %H:%M:%S}.{t.microsecond // 1000:03d} UTC"


def lsn(n: int) -> str:
    """A WAL location as PostgreSQL prints it (`%X/%X`)."""
    return f"{n >> 32:X}/{n & 0xFFFFFFFF:X}"


def pg_secs(x: float) -> str:
    """PostgreSQL's `%ld.%03d s` durations."""
    return f"{int(x)}.{round((x - int(x)) * 1000) % 1000:03d}"


CKPT_DONE = "checkpoint complete: wrote %d buffers (%.1f%%); %d WAL file(s) added, %d removed, %d recycled; write=%ld.%03d s, sync=%ld.%03d s, total=%ld.%03d s; sync files=%d, longest=%ld.%03d s, average=%ld.%03d s; distance=%d kB, estimate=%d kB"
CKPT_DONE_16 = CKPT_DONE + "; lsn=%X/%X, redo lsn=%X/%X"
RSTPT_DONE_16 = CKPT_DONE_16.replace("checkpoint complete", "restartpoint complete", 1)


def ckpt_text(
    r: random.Random, what: str, write: float, dist_kb: int, lsns: tuple[int, int] | None
) -> str:
    """The body of a `checkpoint complete` / `restartpoint complete` line (PostgreSQL 15's,
    and 16's with the LSNs when `lsns` is given)."""
    bufs = max(12, int(dist_kb / 8 * r.uniform(0.6, 1.1)))
    sync = r.uniform(0.002, 0.09)
    files = r.randint(9, 64)
    longest = sync * r.uniform(0.2, 0.6)
    text = (
        f"{what} complete: wrote {bufs} buffers ({bufs / 16384 * 100:.1f}%); 0 WAL file(s) added, "
        f"{r.choice([0, 0, 0, 1])} removed, {r.randint(1, 3)} recycled; write={pg_secs(write)} s, "
        f"sync={pg_secs(sync)} s, total={pg_secs(write + sync + r.uniform(0.001, 0.02))} s; "
        f"sync files={files}, longest={pg_secs(longest)} s, average={pg_secs(sync / files)} s; "
        f"distance={dist_kb} kB, estimate={max(dist_kb, int(dist_kb * r.uniform(1.0, 1.15)))} kB"
    )
    if lsns:
        text += f"; lsn={lsn(lsns[0])}, redo lsn={lsn(lsns[1])}"
    return text


LIBPQ_REFUSED = "\tIs the server running on that host and accepting TCP/IP connections?"


# ---------------------------------------------------------------------------------- repmgr

RM_VERSION = "5.4.1"
RM_NODES = {
    "pg1": (1, "10.10.1.11", 1187),
    "pg2": (2, "10.10.1.12", 1203),
    "pg3": (3, "10.10.1.13", 1219),
}


def rm_conninfo(h: str) -> str:
    return f"host={h}.db.internal user=repmgr dbname=repmgr connect_timeout=2"


def rm_params(h: str) -> str:
    """The conninfo try_reconnect() pings: parsed, with its defaults added."""
    return f"user=repmgr connect_timeout=2 dbname=repmgr host={h}.db.internal fallback_application_name=repmgr"


def repmgr(r: random.Random) -> list[Log]:
    """repmgrd 5.4 on a three-node PostgreSQL 16 cluster (pg1 the primary, pg2 and pg3
    standbys), `log_level=INFO`, `log_status_interval=30`, `monitor_interval_secs=2`,
    `reconnect_attempts=6`, `reconnect_interval=10`, `connection_check_type=ping`, monitoring
    history on: start-up at 05:58, a 12-second network blip on pg3 at 07:20, pg1's PostgreSQL
    restarted for a minor upgrade at 08:40 (38 seconds down: pg1's own repmgrd loses its local
    node, the standbys their upstream, all of them recover within the reconnect attempts), pg3's
    repmgrd restarted at 11:30."""
    fs = Files()
    pids = {h: v[2] for h, v in RM_NODES.items()}

    def R(
        h: str,
        t: datetime,
        level: str,
        label: str,
        msg: str,
        extra: list[tuple[str, str]] | None = None,
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            ts = f"[{x:%Y-%m-%d %H:%M:%S}]"
            out = [f"{ts} [{level}] {msg}"]
            for kind, body in extra or []:
                out.append(body if kind == "raw" else f"{ts} [{kind}] {body}")
            return out

        return fs.add(f"{h}-repmgrd.log", t, label, text, (h, pids[h]), 1_000_000)

    def ping_fail(
        h: str, t: datetime, conninfo: str, result: str = "PQPING_NO_RESPONSE"
    ) -> datetime:
        return R(
            h,
            t,
            "WARNING",
            'unable to ping "%s"',
            f'unable to ping "{conninfo}"',
            [("DETAIL", f'PQping() returned "{result}"')],
        )

    def startup(h: str, t: datetime) -> datetime:
        nid = RM_NODES[h][0]
        t = R(
            h,
            t,
            "NOTICE",
            "repmgrd (%s %s) starting up",
            f"repmgrd (repmgrd {RM_VERSION}) starting up",
        )
        t = R(
            h,
            t,
            "INFO",
            'connecting to database "%s"',
            f'connecting to database "{rm_conninfo(h)}"',
        )
        t = R(
            h,
            t + sec(0.1),
            "NOTICE",
            'starting monitoring of node "%s" (ID: %i)',
            f'starting monitoring of node "{h}" (ID: {nid})',
        )
        t = R(
            h,
            t,
            "INFO",
            '"connection_check_type" set to "%s"',
            '"connection_check_type" set to "ping"',
        )
        if h == "pg1":
            t = R(
                h,
                t,
                "NOTICE",
                'monitoring cluster primary "%s" (ID: %i)',
                'monitoring cluster primary "pg1" (ID: 1)',
            )
            for child in ("pg2", "pg3"):
                t = R(
                    h,
                    t,
                    "INFO",
                    'child node "%s" (ID: %i) is attached',
                    f'child node "{child}" (ID: {RM_NODES[child][0]}) is attached',
                )
        else:
            t = R(
                h,
                t + sec(0.2),
                "INFO",
                'monitoring connection to upstream node "%s" (ID: %i)',
                'monitoring connection to upstream node "pg1" (ID: 1)',
            )
        return t

    def status(h: str, t: datetime) -> datetime:
        if h == "pg1":
            return R(
                h,
                t,
                "INFO",
                'monitoring primary node "%s" (ID: %i) in %s state',
                'monitoring primary node "pg1" (ID: 1) in normal state',
            )
        nid = RM_NODES[h][0]
        return R(
            h,
            t,
            "INFO",
            'node "%s" (ID: %i) monitoring upstream node "%s" (ID: %i) in %s state',
            f'node "{h}" (ID: {nid}) monitoring upstream node "pg1" (ID: 1) in normal state',
            [("DETAIL", f"last monitoring statistics update was {r.randint(0, 2)} seconds ago")],
        )

    def upstream_lost(h: str, t: datetime, back: datetime, still_open: bool) -> datetime:
        """A standby's check of pg1 fails: try_primary_reconnect() until pg1 answers."""
        start = t
        t = ping_fail(h, t, rm_conninfo("pg1"))
        t = R(
            h,
            t,
            "WARNING",
            'unable to connect to upstream node "%s" (ID: %i)',
            'unable to connect to upstream node "pg1" (ID: 1)',
        )
        for k in range(1, 7):
            t = R(
                h,
                t,
                "INFO",
                'checking state of node "%s" (ID: %i), %i of %i attempts',
                f'checking state of node "pg1" (ID: 1), {k} of 6 attempts',
            )
            if t < back:
                result = "PQPING_REJECT" if back - t < sec(6) else "PQPING_NO_RESPONSE"
                t = ping_fail(h, t, rm_params("pg1"), result)
                t = R(
                    h,
                    t,
                    "INFO",
                    "sleeping up to %i seconds until next reconnection attempt",
                    "sleeping up to 10 seconds until next reconnection attempt",
                )
                t += sec(10 - 2 + r.uniform(0, 0.4))
                continue
            t = R(
                h,
                t,
                "NOTICE",
                'node "%s" (ID: %i) has recovered, reconnecting',
                'node "pg1" (ID: 1) has recovered, reconnecting',
            )
            t = R(
                h,
                t,
                "INFO",
                'connection to node "%s" (ID: %i) succeeded',
                'connection to node "pg1" (ID: 1) succeeded',
            )
            if still_open:
                t = R(
                    h,
                    t,
                    "INFO",
                    "original connection is still available",
                    "original connection is still available",
                )
            else:
                t = R(
                    h,
                    t,
                    "INFO",
                    "original connection no longer available, using new connection",
                    "original connection no longer available, using new connection",
                )
            return R(
                h,
                t,
                "NOTICE",
                "reconnected to upstream node after %i seconds",
                f"reconnected to upstream node after {int((t - start).total_seconds())} seconds",
            )
        return t

    def local_lost(t: datetime, back: datetime) -> datetime:
        """pg1's repmgrd loses its own node: check_connection(), then try_reconnect()."""
        start = t
        t = ping_fail("pg1", t, rm_conninfo("pg1"))
        t = R(
            "pg1",
            t,
            "WARNING",
            'connection to node "%s" (ID: %i) lost',
            'connection to node "pg1" (ID: 1) lost',
            [
                ("DETAIL", ""),
                ("raw", "FATAL:  terminating connection due to administrator command"),
                ("raw", "server closed the connection unexpectedly"),
                ("raw", "\tThis probably means the server terminated abnormally"),
                ("raw", "\tbefore or while processing the request."),
                ("raw", ""),
            ],
        )
        t = R(
            "pg1",
            t,
            "INFO",
            'attempting to reconnect to node "%s" (ID: %i)',
            'attempting to reconnect to node "pg1" (ID: 1)',
        )
        t = R(
            "pg1",
            t,
            "ERROR",
            "connection to database failed",
            "connection to database failed",
            [
                ("DETAIL", ""),
                (
                    "raw",
                    'connection to server at "pg1.db.internal" (10.10.1.11), port 5432 failed: Connection refused',
                ),
                ("raw", LIBPQ_REFUSED),
                ("raw", ""),
                ("DETAIL", "attempted to connect using:"),
                ("raw", "  " + rm_params("pg1") + " options=-csearch_path="),
            ],
        )
        t = R(
            "pg1",
            t,
            "WARNING",
            'reconnection to node "%s" (ID: %i) failed',
            'reconnection to node "pg1" (ID: 1) failed',
        )
        t = R(
            "pg1",
            t,
            "WARNING",
            "unable to connect to local node",
            "unable to connect to local node",
        )
        for k in range(1, 7):
            t = R(
                "pg1",
                t,
                "INFO",
                "checking state of node %i, %i of %i attempts",
                f"checking state of node 1, {k} of 6 attempts",
            )
            if t < back:
                result = "PQPING_REJECT" if back - t < sec(6) else "PQPING_NO_RESPONSE"
                t = ping_fail("pg1", t, rm_params("pg1"), result)
                t = R(
                    "pg1",
                    t,
                    "INFO",
                    "sleeping %i seconds until next reconnection attempt",
                    "sleeping 10 seconds until next reconnection attempt",
                )
                t += sec(10 - 1 + r.uniform(0, 0.3))
                continue
            t = R(
                "pg1",
                t,
                "NOTICE",
                "node %i has recovered, reconnecting",
                "node 1 has recovered, reconnecting",
            )
            t = R(
                "pg1",
                t,
                "INFO",
                "connection to node %i succeeded",
                "connection to node 1 succeeded",
            )
            t = R(
                "pg1",
                t,
                "INFO",
                "original connection no longer available, using new connection",
                "original connection no longer available, using new connection",
            )
            return R(
                "pg1",
                t,
                "NOTICE",
                "reconnected to local node after %i seconds",
                f"reconnected to local node after {int((t - start).total_seconds())} seconds",
            )
        return t

    pg_down = (at(8, 40, 5.3), at(8, 40, 43.1))
    blip = (at(7, 20, 14.6), at(7, 20, 26.2))
    restart3 = at(11, 30, 0.4)
    busy: dict[str, list[tuple[datetime, datetime]]] = {h: [] for h in RM_NODES}
    first: dict[str, datetime] = {}
    for i, h in enumerate(["pg1", "pg2", "pg3"]):
        first[h] = startup(h, at(5, 58, 11 + 23 * i) + sec(r.uniform(0, 0.6)))
    # pg1's PostgreSQL restart
    t = local_lost(pg_down[0] + sec(r.uniform(0.3, 1.8)), pg_down[1])
    busy["pg1"].append((pg_down[0], t))
    for h in ("pg2", "pg3"):
        t = upstream_lost(h, pg_down[0] + sec(r.uniform(0.2, 2.0)), pg_down[1], False)
        busy[h].append((pg_down[0], t))
    # pg3's blip
    t = upstream_lost("pg3", blip[0] + sec(r.uniform(0.1, 1.9)), blip[1], True)
    busy["pg3"].append((blip[0], t))
    # pg3's repmgrd restarted
    t = R("pg3", restart3, "NOTICE", "TERM signal received", "TERM signal received")
    t = R("pg3", t, "INFO", "%s terminating...", "repmgrd terminating...")
    pids["pg3"] = 48213
    t3 = startup("pg3", t + sec(1.6))
    busy["pg3"].append((restart3, t3 + sec(30)))
    # the status lines, every log_status_interval
    for h in RM_NODES:
        t = first[h] + sec(30)
        while t < T_END:
            if any(a <= t < b for a, b in busy[h]):
                t = next(b for a, b in busy[h] if a <= t < b) + sec(r.uniform(0.5, 2))
                continue
            t = status(h, t) + sec(30 + r.uniform(0, 0.05))
    return fs.logs(T0)


# ------------------------------------------------------------------------- pg_auto_failover

PAF_MONITOR = "postgres://autoctl_node@pgaf-mon.db.internal:5432/pg_auto_failover?sslmode=require"
PAF_PGDATA = "/var/lib/postgresql/16/main"
PAF_CFG = "/var/lib/postgresql/.config/pg_autoctl/var/lib/postgresql/16/main/pg_autoctl.cfg"
PAF_FSM = {
    ("secondary", "catchingup"): "Failed to report back to the monitor, not eligible for promotion",
    (
        "catchingup",
        "secondary",
    ): "Convinced the monitor that I'm up and running, and eligible for promotion again",
}


def paf_node(n: int) -> str:
    """The monitor's NODE_FORMAT."""
    return f'node {n} "node_{n}" (pgaf-db{n}.db.internal:5432)'


def pg_auto_failover(r: random.Random) -> list[Log]:
    """pg_auto_failover 2.1: a monitor (pgaf-mon) and a formation of three PostgreSQL 16 nodes
    (node_1 the primary, node_2 and node_3 secondaries, number_sync_standbys 1), each
    `pg_autoctl run` under systemd, its output as `journalctl -o cat` prints it. node_3's host
    rebooted for a kernel update at 07:41 (unhealthy, catchingup, back to secondary), the
    monitor's VM hung 08:52-09:14 (every keeper retries the monitor in its main loop; the
    primary checks for a network partition each time), node_2 flapping behind a firewall rule
    10:26-10:29 and 10:41-10:42."""
    fs = Files()
    HOST = {"monitor": "pgaf-mon.db.internal"}

    def A(f: str, t: datetime, pid: int, level: str, label: str, msg: str) -> datetime:
        return fs.add(
            f"{f}.log",
            t,
            label,
            lambda x: [f"{x:%H:%M:%S} {pid} {level:<5} {msg}"],
            (f, pid),
            1_000_000,
        )

    def state(t: datetime, lpid: int, n: int, a: str, b: str) -> datetime:
        return A(
            "monitor",
            t,
            lpid,
            "INFO",
            'New state for node %lld "%s" (%s:%d): %s ➜ %s',
            f"New state for {paf_node(n)}: {a} ➜ {b}",
        )

    def reported(t: datetime, lpid: int, n: int, s: str) -> datetime:
        t = A(
            "monitor",
            t,
            lpid,
            "INFO",
            'New state is reported by node %lld "%s" (%s:%d): "%s"',
            f'New state is reported by {paf_node(n)}: "{s}"',
        )
        return state(t, lpid, n, s, s)

    def health(t: datetime, lpid: int, n: int, ok: bool, cur: str) -> datetime:
        word = "healthy" if ok else "unhealthy"
        t = A(
            "monitor",
            t,
            lpid,
            "INFO",
            f'Node node %lld "%s" (%s:%d) is marked as {word} by the monitor',
            f"Node {paf_node(n)} is marked as {word} by the monitor",
        )
        return state(t, lpid, n, cur, cur)

    def transition(f: str, t: datetime, pid: int, a: str, b: str) -> datetime:
        t = A(
            f,
            t,
            pid,
            "INFO",
            'Monitor assigned new state "%s"',
            f'Monitor assigned new state "{b}"',
        )
        t = A(
            f,
            t,
            pid,
            "INFO",
            f'FSM transition from "%s" to "%s": {PAF_FSM[(a, b)]}',
            f'FSM transition from "{a}" to "{b}": {PAF_FSM[(a, b)]}',
        )
        return A(
            f,
            t + sec(r.uniform(0.05, 0.6)),
            pid,
            "INFO",
            'Transition complete: current state is now "%s"',
            f'Transition complete: current state is now "{b}"',
        )

    def start_service(f: str, t: datetime, sup: int, svc: str, pid: int, pgdata: str) -> datetime:
        t = A(
            f,
            t,
            sup,
            "INFO",
            "Started pg_autoctl %s service with pid %d",
            f"Started pg_autoctl {svc} service with pid {pid}",
        )
        return A(
            f,
            t,
            pid,
            "INFO",
            "%s",
            f" /usr/bin/pg_autoctl do service {svc} --pgdata {pgdata} -v",
        )

    def flap(n: int, down: datetime, up: datetime, lpid: int, kpid: int) -> None:
        """The monitor's health checks of node n fail from `down` to `up`: catchingup and back."""
        f = f"node{n}"
        t = health(down + sec(r.uniform(14, 20)), lpid, n, False, "secondary")
        t = A(
            "monitor",
            t + sec(r.uniform(0.3, 1.2)),
            lpid,
            "INFO",
            'Setting goal state of node %lld "%s" (%s:%d) to catchingup after it became unhealthy.',
            f"Setting goal state of {paf_node(n)} to catchingup after it became unhealthy.",
        )
        t = state(t, lpid, n, "secondary", "catchingup")
        if f != "node3":
            tk = transition(f, t + sec(r.uniform(0.2, 1.0)), kpid, "secondary", "catchingup")
            reported(tk + sec(0.2), lpid, n, "catchingup")
        t = health(max(up, t) + sec(r.uniform(2, 9)), lpid, n, True, "catchingup")
        t = A(
            "monitor",
            t + sec(r.uniform(0.3, 1.0)),
            lpid,
            "INFO",
            'Setting goal state of node %lld "%s" (%s:%d) to secondary after it caught up.',
            f"Setting goal state of {paf_node(n)} to secondary after it caught up.",
        )
        t = state(t, lpid, n, "catchingup", "secondary")
        tk = transition(f, t + sec(r.uniform(0.2, 1.0)), kpid, "catchingup", "secondary")
        reported(tk + sec(0.3), lpid, n, "secondary")

    lpid = 1144  # the monitor's listener
    kpids = {1: 1131, 2: 1127, 3: 1129}  # each keeper's node-active process
    # node_3's host rebooted at 07:41
    t = at(7, 40, 57.6)
    t = A(
        "node3",
        t,
        1128,
        "INFO",
        "Stopping pg_autoctl postgres service",
        "Stopping pg_autoctl postgres service",
    )
    t = A(
        "node3",
        t,
        1128,
        "INFO",
        "%s",
        f" /usr/lib/postgresql/16/bin/pg_ctl --pgdata {PAF_PGDATA} --wait stop --mode fast",
    )
    t = A(
        "node3",
        t + sec(1.1),
        1126,
        "INFO",
        "Waiting for subprocesses to terminate.",
        "Waiting for subprocesses to terminate.",
    )
    A("node3", t, 1126, "INFO", "Stop pg_autoctl", "Stop pg_autoctl")
    boot = at(7, 43, 31.2)
    t = start_service("node3", boot, 741, "postgres", 744, PAF_PGDATA)
    t = start_service("node3", t, 741, "node-active", 745, PAF_PGDATA)
    t = A(
        "node3",
        t,
        745,
        "INFO",
        'Reloaded the new configuration from "%s"',
        f'Reloaded the new configuration from "{PAF_CFG}"',
    )
    A(
        "node3",
        t + sec(0.4),
        744,
        "INFO",
        'Postgres is now serving PGDATA "%s" on port %d with pid %d',
        f'Postgres is now serving PGDATA "{PAF_PGDATA}" on port 5432 with pid 758',
    )
    t = A(
        "node3",
        t + sec(0.9),
        745,
        "INFO",
        'pg_autoctl service is running, current state is "%s"',
        'pg_autoctl service is running, current state is "secondary"',
    )
    kpids[3] = 745
    # the monitor's side of the reboot: unhealthy, catchingup, the keeper back, secondary
    t = health(at(7, 41, 16.4), lpid, 3, False, "secondary")
    t = A(
        "monitor",
        t + sec(0.6),
        lpid,
        "INFO",
        'Setting goal state of node %lld "%s" (%s:%d) to catchingup after it became unhealthy.',
        f"Setting goal state of {paf_node(3)} to catchingup after it became unhealthy.",
    )
    state(t, lpid, 3, "secondary", "catchingup")
    tk = transition("node3", boot + sec(6.2), 745, "secondary", "catchingup")
    t = reported(tk + sec(0.3), lpid, 3, "catchingup")
    t = health(t + sec(r.uniform(4, 8)), lpid, 3, True, "catchingup")
    t = A(
        "monitor",
        t + sec(0.5),
        lpid,
        "INFO",
        'Setting goal state of node %lld "%s" (%s:%d) to secondary after it caught up.',
        f"Setting goal state of {paf_node(3)} to secondary after it caught up.",
    )
    t = state(t, lpid, 3, "catchingup", "secondary")
    tk = transition("node3", t + sec(0.7), 745, "catchingup", "secondary")
    reported(tk + sec(0.3), lpid, 3, "secondary")

    # the monitor's VM hung 08:52:10 - 09:14:25: every keeper's main loop retries
    hung, back = at(8, 52, 10.0), at(9, 14, 25.0)
    mon_ip = "10.40.0.10"
    for n in (1, 2, 3):
        f, pid = f"node{n}", kpids[n]
        t = hung + sec(r.uniform(0.2, 1.5))
        loops = 0
        while True:
            start = t
            t = A(
                f,
                t,
                pid,
                "WARN",
                'Failed to connect to "%s", retrying until the server is ready',
                f'Failed to connect to "{PAF_MONITOR}", retrying until the server is ready',
            )
            if t + sec(5) > back and loops:
                # the monitor answers again during this round of retries
                ok = back + sec(r.uniform(0.5, 2.5))
                attempts = 2 + int((ok - start).total_seconds() / 2)
                t = A(
                    f,
                    ok,
                    pid,
                    "INFO",
                    'Successfully connected to "%s" after %d attempts in %d ms.',
                    f'Successfully connected to "{PAF_MONITOR}" after {attempts} attempts in {int((ok - start).total_seconds() * 1000)} ms.',
                )
                A(
                    f,
                    t + sec(0.2),
                    pid,
                    "INFO",
                    "Successfully got the goal state from the monitor",
                    "Successfully got the goal state from the monitor",
                )
                break
            loops += 1
            t += sec(5 + r.uniform(0.0, 0.2))
            attempts = 3 + (1 if r.random() < 0.3 else 0)
            ms = int((t - start).total_seconds() * 1000) + r.randint(0, 9)
            t = A(
                f,
                t,
                pid,
                "ERROR",
                'Connection to database failed: connection to server at "%s" (%s), port %d failed: timeout expired',
                f'Connection to database failed: connection to server at "{HOST["monitor"]}" ({mon_ip}), port 5432 failed: timeout expired',
            )
            t = A(
                f,
                t,
                pid,
                "ERROR",
                'Failed to connect to "%s" after %d attempts in %d ms, pg_autoctl stops retrying now',
                f'Failed to connect to "{PAF_MONITOR}" after {attempts} attempts in {ms} ms, pg_autoctl stops retrying now',
            )
            t = A(
                f,
                t,
                pid,
                "ERROR",
                "Failed to get the goal state from the monitor",
                "Failed to get the goal state from the monitor",
            )
            if n == 1:
                t = A(
                    f,
                    t,
                    pid,
                    "WARN",
                    "Checking for network partitions...",
                    "Checking for network partitions...",
                )
                t = A(
                    f,
                    t,
                    pid,
                    "WARN",
                    "We lost the monitor, but still have a standby: we're not in a network partition, continuing.",
                    "We lost the monitor, but still have a standby: we're not in a network partition, continuing.",
                )
            t += sec(1 + r.uniform(0, 0.1))
    # the monitor's pg_autoctl comes back with the VM
    mboot = back - sec(13.4)
    mdata = "/var/lib/postgresql/monitor"
    t = start_service("monitor", mboot, 612, "postgres", 615, mdata)
    t = start_service("monitor", t, 612, "listener", 616, mdata)
    A(
        "monitor",
        t + sec(0.6),
        615,
        "INFO",
        'Postgres is now serving PGDATA "%s" on port %d with pid %d',
        f'Postgres is now serving PGDATA "{mdata}" on port 5432 with pid 633',
    )
    t = A(
        "monitor",
        t + sec(2.1),
        616,
        "INFO",
        "pg_auto_failover monitor is ready at %s",
        f"pg_auto_failover monitor is ready at {PAF_MONITOR}",
    )
    A(
        "monitor",
        t,
        616,
        "INFO",
        "Contacting the monitor to LISTEN to its events.",
        "Contacting the monitor to LISTEN to its events.",
    )
    lpid = 616
    # node_2 behind a firewall rule that drops the monitor's health checks
    flap(2, at(10, 26, 40.0), at(10, 29, 10.0), lpid, kpids[2])
    flap(2, at(10, 41, 5.0), at(10, 42, 30.0), lpid, kpids[2])
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- stolon

ST_DB = {"keeper0": "3e2b9c71", "keeper1": "a91f04d5"}
ST_IP = {"keeper0": "10.42.3.17", "keeper1": "10.42.5.23"}
ST_PROXIES = ["0d6f2c8a", "b83e9a41", "e5171f3c"]


def stolon(r: random.Random) -> list[Log]:
    """stolon 0.17 on Kubernetes with an etcd v3 store: two keepers (keeper0 the master,
    keeper1 its standby; `--log-level=warn`, so their pods' logs hold the keepers' warnings and
    errors and the PostgreSQL 16 lines of the instance each keeper runs, which writes to the
    keeper's stderr) and two sentinels (`kubectl logs` of each pod, zap's console encoder).
    keeper1's node cut off from the network 06:40-07:58 (the leading sentinel warns each check
    that it has no keeper info; keeper1 cannot reach etcd, its walreceiver the master), etcd
    without quorum 08:50-08:57 (every component's store calls time out; the sentinels lose and
    retake leadership, sentinel-1 the new leader), keeper0's node lost at 10:20 (failover to
    keeper1: the sentinel elects its db, keeper1's PostgreSQL is promoted)."""
    fs = Files()

    def Z(
        f: str,
        t: datetime,
        level: str,
        caller: str,
        label: str,
        msg: str,
        fields: dict | None = None,
    ) -> datetime:
        tail = "\t" + json.dumps(fields) if fields else ""
        return fs.add(
            f"stolon-{f}.log",
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond // 1000:03d}Z\t{level}\t{caller}\t{msg}{tail}"
            ],
            (f, "go"),
            1000,
        )

    def P(
        f: str,
        t: datetime,
        pid: int,
        level: str,
        label: str,
        msg: str,
        extra: list[tuple[str, str]] | None = None,
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            head = f"{pgts(x)} [{pid}] "
            out = [f"{head}{level}:  {msg}"]
            for kind, body in extra or []:
                out.append(body if kind == "raw" else f"{head}{kind}:  {body}")
            return out

        return fs.add(f"stolon-{f}.log", t, label, text, (f, pid), 1000)

    cut = (at(6, 40, 12.3), at(7, 58, 40.8))
    quorum = (at(8, 50, 20.5), at(8, 56, 51.2))
    crash = at(10, 20, 31.7)
    promote = crash + sec(38.4)
    ckpt_pid = {"keeper0": 86, "keeper1": 91}
    wal = {"keeper0": 0x3_1A2F0000}

    def keeper_errors(k: str, a: datetime, b: datetime, err: str) -> None:
        """A keeper's two loops (the state machine, the keeper info) fail on every store call:
        each waits out the request timeout, then sleeps the sleep interval."""
        t = a + sec(r.uniform(0.5, 5))
        while t < b:
            t = Z(
                f"keeper-{k[-1]}",
                t,
                "ERROR",
                "cmd/keeper.go:1029",
                "error retrieving cluster data",
                "error retrieving cluster data",
                {"error": err},
            )
            t += sec(15 + r.uniform(0, 0.08))
        t = a + sec(r.uniform(0.5, 5))
        while t < b:
            t = Z(
                f"keeper-{k[-1]}",
                t,
                "ERROR",
                "cmd/keeper.go:1139",
                "failed to update keeper info",
                "failed to update keeper info",
                {"error": err},
            )
            t += sec(15 + r.uniform(0, 0.08))

    # the master's checkpoints (keeper0 until its node is lost, keeper1 after its promotion)
    def checkpoints(k: str, a: datetime, b: datetime, first: datetime) -> None:
        t = first
        while t < b:
            if t >= a:
                dist = r.randint(24000, 41000)
                redo = wal["keeper0"]
                wal["keeper0"] += dist * 1024
                tt = P(
                    k.replace("keeper", "keeper-"),
                    t + sec(r.uniform(0, 0.9)),
                    ckpt_pid[k],
                    "LOG",
                    "checkpoint starting: time",
                    "checkpoint starting: time",
                )
                write = r.uniform(269.5, 270.0)
                if tt + sec(write) < b:
                    P(
                        k.replace("keeper", "keeper-"),
                        tt + sec(write + 0.1),
                        ckpt_pid[k],
                        "LOG",
                        CKPT_DONE_16,
                        ckpt_text(
                            r,
                            "checkpoint",
                            write,
                            dist,
                            (wal["keeper0"] + r.randint(100, 4000), redo),
                        ),
                    )
            t += sec(300)

    checkpoints("keeper0", T0, crash, at(6, 1, 17.4))
    # keeper1's restartpoints, as it replays the master's checkpoints
    t = at(6, 1, 19.0)
    rp_wal = 0x3_1A0F0000
    last_xact = at(6, 0, 0)
    while t < crash:
        if not (cut[0] - sec(60) <= t < cut[1] + sec(30)):
            dist = r.randint(24000, 41000)
            redo = rp_wal
            rp_wal += dist * 1024
            tt = P(
                "keeper-1",
                t + sec(r.uniform(0, 0.9)),
                91,
                "LOG",
                "restartpoint starting: time",
                "restartpoint starting: time",
            )
            write = r.uniform(269.5, 270.0)
            tt = P(
                "keeper-1",
                tt + sec(write + 0.1),
                91,
                "LOG",
                RSTPT_DONE_16,
                ckpt_text(r, "restartpoint", write, dist, (rp_wal + r.randint(100, 4000), redo)),
            )
            last_xact = tt - sec(r.uniform(0.05, 2.5))
            P(
                "keeper-1",
                tt,
                91,
                "LOG",
                "recovery restart point at %X/%X",
                f"recovery restart point at {lsn(redo)}",
                [
                    (
                        "DETAIL",
                        f"Last completed transaction was at log time {last_xact:%Y-%m-%d %H:%M:%S}.{last_xact.microsecond:06d}+00.",
                    )
                ],
            )
        t += sec(300)

    # keeper1's node cut off: the leader (sentinel-0) has no keeper info, keeper1 reaches
    # neither etcd nor the master
    t = cut[0] + sec(33.2)
    while t < cut[1] + sec(4):
        t = Z(
            "sentinel-0",
            t,
            "WARN",
            "cmd/sentinel.go:276",
            "no keeper info available",
            "no keeper info available",
            {"db": ST_DB["keeper1"], "keeper": "keeper1"},
        )
        t += sec(5 + r.uniform(0.003, 0.02))
    keeper_errors("keeper1", cut[0], cut[1], "context deadline exceeded")
    wr = 3811
    t = P(
        "keeper-1",
        cut[0] + sec(61.3),
        wr,
        "FATAL",
        "terminating walreceiver due to timeout",
        "terminating walreceiver due to timeout",
    )
    while t < cut[1] - sec(130):
        wr += r.randint(40, 900)
        t = P(
            "keeper-1",
            t + sec(5 + 127.2 + r.uniform(0, 0.4)),
            wr,
            "FATAL",
            'could not connect to the primary server: connection to server at "%s", port %d failed: Connection timed out',
            f'could not connect to the primary server: connection to server at "{ST_IP["keeper0"]}", port 5432 failed: Connection timed out',
            [("raw", LIBPQ_REFUSED)],
        )
    wr += r.randint(40, 900)
    P(
        "keeper-1",
        cut[1] + sec(3.4),
        wr,
        "LOG",
        "started streaming WAL from primary at %X/%X on timeline %u",
        f"started streaming WAL from primary at {lsn((rp_wal + 0x2400000) & ~0xFFFFFF)} on timeline 1",
    )
    walreceiver = wr

    # etcd without quorum: every store call times out
    keeper_errors("keeper0", quorum[0], quorum[1], "context deadline exceeded")
    keeper_errors("keeper1", quorum[0], quorum[1], "context deadline exceeded")
    for s in ("sentinel-0", "sentinel-1"):
        t = quorum[0] + sec(r.uniform(0.5, 5))
        while t < quorum[1]:
            t = Z(
                s,
                t,
                "ERROR",
                "cmd/sentinel.go:1825",
                "error retrieving cluster data",
                "error retrieving cluster data",
                {"error": "context deadline exceeded"},
            )
            t += sec(15 + r.uniform(0, 0.05))
    lost = Z(
        "sentinel-0",
        quorum[0] + sec(9.6),
        "INFO",
        "cmd/sentinel.go:100",
        "sentinel leadership lost",
        "sentinel leadership lost",
    )
    for s, t0 in (("sentinel-0", lost), ("sentinel-1", quorum[0] + sec(r.uniform(4, 9)))):
        t = t0
        while t < quorum[1]:
            t = Z(
                s,
                t,
                "ERROR",
                "cmd/sentinel.go:108",
                "election loop error",
                "election loop error",
                {"error": "etcdserver: request timed out"},
            )
            t = Z(
                s,
                t + sec(10),
                "INFO",
                "cmd/sentinel.go:88",
                "Trying to acquire sentinels leadership",
                "Trying to acquire sentinels leadership",
            )
            t += sec(r.uniform(4.5, 5.5))
    Z(
        "sentinel-1",
        quorum[1] + sec(6.1),
        "INFO",
        "cmd/sentinel.go:94",
        "sentinel leadership acquired",
        "sentinel leadership acquired",
    )

    # keeper0's node lost: sentinel-1 (the leader now) fails the master over to keeper1
    t = crash + sec(12.4)
    db0 = {"db": ST_DB["keeper0"], "keeper": "keeper0"}
    failed_at = crash + sec(22.1)
    removed = None
    while removed is None or t < removed:
        t = Z(
            "sentinel-1",
            t,
            "WARN",
            "cmd/sentinel.go:276",
            "no keeper info available",
            "no keeper info available",
            db0,
        )
        if t >= failed_at and t < failed_at + sec(5):
            t = Z(
                "sentinel-1",
                t,
                "INFO",
                "cmd/sentinel.go:995",
                "master db is failed",
                "master db is failed",
                db0,
            )
            t = Z(
                "sentinel-1",
                t,
                "INFO",
                "cmd/sentinel.go:1006",
                "trying to find a new master to replace failed master",
                "trying to find a new master to replace failed master",
            )
            t = Z(
                "sentinel-1",
                t,
                "INFO",
                "cmd/sentinel.go:1032",
                "electing db as the new master",
                "electing db as the new master",
                {"db": ST_DB["keeper1"], "keeper": "keeper1"},
            )
        elif failed_at + sec(5) <= t < promote + sec(5):
            t = Z(
                "sentinel-1",
                t,
                "INFO",
                "cmd/sentinel.go:1078",
                "waiting for proxies to be converged to the current generation",
                "waiting for proxies to be converged to the current generation",
                {"proxies": sorted(r.sample(ST_PROXIES, 2))},
            )
        elif t >= promote + sec(5):
            removed = Z(
                "sentinel-1",
                t,
                "INFO",
                "cmd/sentinel.go:1127",
                "removing old master db",
                "removing old master db",
                db0,
            )
            break
        t += sec(5 + r.uniform(0.003, 0.02))
    # keeper1's PostgreSQL promoted
    pm = 44
    t = P("keeper-1", promote, pm, "LOG", "received promote request", "received promote request")
    t = P(
        "keeper-1",
        t,
        walreceiver + 7,
        "FATAL",
        "terminating walreceiver process due to administrator command",
        "terminating walreceiver process due to administrator command",
    )
    redo_done = rp_wal + r.randint(0x100000, 0x900000)
    t = P(
        "keeper-1",
        t + sec(0.004),
        52,
        "LOG",
        "redo done at %X/%X system usage: CPU: user: %d.%02d s, system: %d.%02d s, elapsed: %d.%02d s",
        f"redo done at {lsn(redo_done)} system usage: CPU: user: {r.randint(30, 90)}.{r.randint(0, 99):02d} s, system: {r.randint(40, 120)}.{r.randint(0, 99):02d} s, elapsed: 15378.{r.randint(0, 99):02d} s",
    )
    lx = crash - sec(r.uniform(0.01, 0.3))
    t = P(
        "keeper-1",
        t,
        52,
        "LOG",
        "last completed transaction was at log time %s",
        f"last completed transaction was at log time {lx:%Y-%m-%d %H:%M:%S}.{lx.microsecond:06d}+00",
    )
    t = P(
        "keeper-1",
        t + sec(0.002),
        52,
        "LOG",
        "selected new timeline ID: %u",
        "selected new timeline ID: 2",
    )
    t = P(
        "keeper-1",
        t + sec(0.01),
        52,
        "LOG",
        "archive recovery complete",
        "archive recovery complete",
    )
    tc = P(
        "keeper-1",
        t + sec(0.003),
        91,
        "LOG",
        "checkpoint starting: force",
        "checkpoint starting: force",
    )
    P(
        "keeper-1",
        t + sec(0.004),
        pm,
        "LOG",
        "database system is ready to accept connections",
        "database system is ready to accept connections",
    )
    wal["keeper0"] = redo_done + 0x1000000
    write = r.uniform(0.8, 3.0)
    P(
        "keeper-1",
        tc + sec(write),
        91,
        "LOG",
        CKPT_DONE_16,
        ckpt_text(
            r, "checkpoint", write, r.randint(9000, 15000), (redo_done + 0x2A0, redo_done + 0x228)
        ),
    )
    checkpoints("keeper1", promote + sec(60), T_END, tc + sec(300))
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- citus

CI_NODES = {"worker1": "10.0.1.21", "worker2": "10.0.1.22"}
CI_DAEMON = "Citus maintenance daemon for database 16385 user 10"
CI_INSERT = "INSERT INTO orders (tenant_id, order_id, customer_id, status, total_cents, created_at) VALUES ($1, $2, $3, $4, $5, now())"
CI_REPORTS = [
    "SELECT tenant_id, date_trunc('hour', created_at) AS hour, count(*), sum(total_cents) FROM orders WHERE created_at > now() - interval '24 hours' GROUP BY 1, 2 ORDER BY 1, 2",
    "SELECT o.tenant_id, c.segment, count(DISTINCT o.customer_id) FROM orders o JOIN customers c ON c.tenant_id = o.tenant_id AND c.customer_id = o.customer_id WHERE o.created_at >= date_trunc('day', now()) GROUP BY 1, 2",
    "SELECT status, count(*) FROM orders WHERE tenant_id = {t} AND created_at > now() - interval '30 days' GROUP BY status",
    "SELECT i.sku, sum(l.quantity) AS sold FROM order_lines l JOIN inventory i ON i.tenant_id = l.tenant_id AND i.sku = l.sku WHERE l.tenant_id = {t} GROUP BY i.sku ORDER BY sold DESC LIMIT 50",
]
CI_PG_VERSION = "15.7 (Debian 15.7-1.pgdg120+1)"


def citus(r: random.Random) -> list[Log]:
    """Citus 11.3 on PostgreSQL 15 (Debian's packages and log_line_prefix `%m [%p] %q%u@%d `,
    `log_min_duration_statement = 2000`): a coordinator and two workers of a multi-tenant orders
    application, each node's postgresql-15-main.log. Unique violations all day (the coordinator
    reports the worker's error with the command's node as CONTEXT, the worker logs it on the
    shard), slow dashboard queries, a few distributed deadlocks at 07:15, worker2 stopped for a
    volume resize 09:10-09:28 without being disabled first (the coordinator's maintenance daemon
    warns on every deadlock-detection and 2PC-recovery run, the application's queries fail),
    a shard rebalance in the background-task queue at 10:30, a network blip on worker1 at
    11:05."""
    fs = Files()

    def P(
        f: str,
        t: datetime,
        pid: int,
        who: str,
        level: str,
        label: str | None,
        msg: str,
        extra: list[tuple[str, str]] | None = None,
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            head = f"{pgts(x)} [{pid}] {who}"
            out = [f"{head}{level}:  {msg}"]
            for kind, body in extra or []:
                out.append(body if kind == "raw" else f"{head}{kind}:  {body}")
            return out

        return fs.add(f"{f}-postgresql-15-main.log", t, label, text, (f, pid), 1000)

    app = "app@appdb "
    maint = {"coord": 1893, "worker1": 1411, "worker2": 1409}
    ckpt = {"coord": 1871, "worker1": 1402, "worker2": 1398}
    stop2 = (at(9, 10, 0.6), at(9, 27, 52.4))
    blip1 = (at(11, 5, 12.0), at(11, 6, 3.0))

    def shard(tenant: int) -> tuple[int, str]:
        s = 102008 + (tenant * 2654435761 >> 7) % 32
        return s, "worker1" if s % 2 == 0 else "worker2"

    def down(node: str, t: datetime) -> bool:
        return (node == "worker2" and stop2[0] <= t < stop2[1] + sec(1)) or (
            node == "worker1" and blip1[0] <= t < blip1[1]
        )

    # checkpoints on every node
    for f, first in (
        ("coord", at(6, 2, 40.1)),
        ("worker1", at(6, 0, 51.7)),
        ("worker2", at(6, 3, 8.3)),
    ):
        t = first
        while t < T_END:
            if f == "worker2" and stop2[0] - sec(300) <= t < stop2[1] + sec(60):
                t += sec(300)
                continue
            write = r.uniform(269.4, 270.0)
            tt = P(
                f,
                t + sec(r.uniform(0, 0.9)),
                ckpt[f],
                "",
                "LOG",
                "checkpoint starting: time",
                "checkpoint starting: time",
            )
            if tt + sec(write) < T_END:
                P(
                    f,
                    tt + sec(write + 0.1),
                    ckpt[f],
                    "",
                    "LOG",
                    CKPT_DONE,
                    ckpt_text(r, "checkpoint", write, r.randint(9000, 60000), None),
                )
            t += sec(300)

    # unique violations: the worker's own report, then the coordinator's
    for t in poisson(r, T0, T_END, 72):
        tenant = r.randint(1, 640)
        sh, node = shard(tenant)
        if down(node, t):
            continue
        oid = r.randint(7_000_000, 7_990_000)
        cust = r.randint(10_000, 99_999)
        cents = r.randint(300, 48_000)
        key = f"Key (tenant_id, order_id)=({tenant}, {oid}) already exists."
        wpid = r.randint(20000, 65000)
        tw = P(
            node,
            t,
            wpid,
            app,
            "ERROR",
            'duplicate key value violates unique constraint "%s"',
            f'duplicate key value violates unique constraint "orders_pkey_{sh}"',
            [
                ("DETAIL", key),
                (
                    "STATEMENT",
                    f"INSERT INTO public.orders_{sh} AS citus_table_alias (tenant_id, order_id, customer_id, status, total_cents, created_at) VALUES ({tenant}, {oid}, {cust}, 'new'::text, {cents}, now())",
                ),
            ],
        )
        P(
            "coord",
            tw + sec(r.uniform(0.0008, 0.004)),
            r.randint(20000, 65000),
            app,
            "ERROR",
            'duplicate key value violates unique constraint "%s"',
            f'duplicate key value violates unique constraint "orders_pkey_{sh}"',
            [
                ("DETAIL", key),
                ("CONTEXT", f"while executing command on {CI_NODES[node]}:5432"),
                ("STATEMENT", CI_INSERT),
            ],
        )

    # slow dashboard queries on the coordinator
    for t in poisson(r, T0, T_END, 66):
        if stop2[0] <= t < stop2[1] or blip1[0] <= t < blip1[1]:
            continue
        q = r.choice(CI_REPORTS).replace("{t}", str(r.randint(1, 640)))
        ms = r.uniform(2000, 4000) if r.random() < 0.8 else r.uniform(4000, 11000)
        P(
            "coord",
            t,
            r.randint(20000, 65000),
            "reporting@appdb ",
            "LOG",
            "duration: %s ms  statement: %s",
            f"duration: {ms:.3f} ms  statement: {q}",
        )

    # distributed deadlocks between the nightly inventory job and the order API
    for t in sorted(at(7, 15, 0) + sec(r.uniform(0, 620)) for _ in range(6)):
        P(
            "coord",
            t,
            r.randint(20000, 65000),
            app,
            "ERROR",
            "canceling the transaction since it was involved in a distributed deadlock",
            "canceling the transaction since it was involved in a distributed deadlock",
            [
                (
                    "STATEMENT",
                    "UPDATE inventory SET reserved = reserved + $1 WHERE tenant_id = $2 AND sku = $3",
                )
            ],
        )

    # worker2 stopped for a volume resize: its shutdown and start-up
    postmaster = 1390
    t = P(
        "worker2",
        stop2[0],
        postmaster,
        "",
        "LOG",
        "received fast shutdown request",
        "received fast shutdown request",
    )
    t = P(
        "worker2",
        t + sec(0.002),
        postmaster,
        "",
        "LOG",
        "aborting any active transactions",
        "aborting any active transactions",
    )
    for _ in range(r.randint(6, 11)):
        P(
            "worker2",
            t + sec(r.uniform(0.001, 0.01)),
            r.randint(20000, 65000),
            app,
            "FATAL",
            "terminating connection due to administrator command",
            "terminating connection due to administrator command",
        )
    t = P(
        "worker2",
        t + sec(0.012),
        postmaster,
        "",
        "LOG",
        'background worker "%s" (PID %d) exited with exit code %d',
        'background worker "logical replication launcher" (PID 1412) exited with exit code 1',
    )
    t = P("worker2", t + sec(0.01), ckpt["worker2"], "", "LOG", "shutting down", "shutting down")
    t = P(
        "worker2",
        t + sec(0.001),
        ckpt["worker2"],
        "",
        "LOG",
        "checkpoint starting: shutdown immediate",
        "checkpoint starting: shutdown immediate",
    )
    t = P(
        "worker2",
        t + sec(0.41),
        ckpt["worker2"],
        "",
        "LOG",
        CKPT_DONE,
        ckpt_text(r, "checkpoint", 0.36, r.randint(20000, 40000), None),
    )
    shut = P(
        "worker2",
        t + sec(0.03),
        postmaster,
        "",
        "LOG",
        "database system is shut down",
        "database system is shut down",
    )
    postmaster = 2103
    t = P(
        "worker2",
        stop2[1],
        postmaster,
        "",
        "LOG",
        "starting PostgreSQL %s on %s, compiled by %s, %d-bit",
        f"starting PostgreSQL {CI_PG_VERSION} on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit",
    )
    t = P(
        "worker2",
        t + sec(0.001),
        postmaster,
        "",
        "LOG",
        'listening on IPv4 address "%s", port %d',
        'listening on IPv4 address "10.0.1.22", port 5432',
    )
    t = P(
        "worker2",
        t + sec(0.001),
        postmaster,
        "",
        "LOG",
        'listening on Unix socket "%s"',
        'listening on Unix socket "/var/run/postgresql/.s.PGSQL.5432"',
    )
    t = P(
        "worker2",
        t + sec(0.02),
        2106,
        "",
        "LOG",
        "database system was shut down at %s",
        f"database system was shut down at {shut:%Y-%m-%d %H:%M:%S} UTC",
    )
    t = P(
        "worker2",
        t + sec(0.02),
        postmaster,
        "",
        "LOG",
        "database system is ready to accept connections",
        "database system is ready to accept connections",
    )
    ckpt["worker2"] = 2104
    P(
        "worker2",
        t + sec(2.6),
        2131,
        "",
        "LOG",
        "starting maintenance daemon on database %u user %u",
        "starting maintenance daemon on database 16385 user 10",
        [("CONTEXT", CI_DAEMON)],
    )

    # the coordinator while worker2 is down: the deadlock detector every two seconds, 2PC
    # recovery every minute, the application's queries routed to worker2's shards
    def conn_error(
        t: datetime,
        pid: int,
        who: str,
        level: str,
        node: str,
        reason: str,
        extra: list[tuple[str, str]],
    ) -> datetime:
        ip = CI_NODES[node]
        if reason == "refused":
            label = 'connection to the remote node %s:%d failed with the following error: connection to server at "%s", port %d failed: Connection refused'
            msg = f'connection to the remote node {ip}:5432 failed with the following error: connection to server at "{ip}", port 5432 failed: Connection refused'
            extra = [("raw", LIBPQ_REFUSED), *extra]
        else:
            label = 'connection to the remote node %s:%d failed with the following error: connection to server at "%s", port %d failed: FATAL:  the database system is shutting down'
            msg = f'connection to the remote node {ip}:5432 failed with the following error: connection to server at "{ip}", port 5432 failed: FATAL:  the database system is shutting down'
        return P("coord", t, pid, who, level, label, msg, extra)

    t = stop2[0] + sec(r.uniform(0.05, 0.3))
    while t < stop2[1]:
        reason = "shutting" if t < shut else "refused"
        t = conn_error(
            t, maint["coord"], "", "WARNING", "worker2", reason, [("CONTEXT", CI_DAEMON)]
        )
        t += sec(2 + r.uniform(0.0, 0.03))
    t = stop2[0] + sec(r.uniform(10, 50))
    while t < stop2[1]:
        t = P(
            "coord",
            t,
            maint["coord"],
            "",
            "WARNING",
            "transaction recovery cannot connect to %s:%d",
            f"transaction recovery cannot connect to {CI_NODES['worker2']}:5432",
            [("CONTEXT", CI_DAEMON)],
        )
        t += sec(60 + r.uniform(0, 0.05))
    P(
        "coord",
        t + sec(0.2),
        maint["coord"],
        "",
        "LOG",
        "maintenance daemon recovered %d distributed transactions",
        "maintenance daemon recovered 3 distributed transactions",
        [("CONTEXT", CI_DAEMON)],
    )
    for t in [stop2[0] + sec(r.uniform(0.03, 0.4)) for _ in range(2)] + poisson(
        r, stop2[0], stop2[1], 7.5
    ):
        tenant = r.randint(1, 640)
        while shard(tenant)[1] != "worker2":
            tenant = r.randint(1, 640)
        reason = "shutting" if t < shut else "refused"
        conn_error(
            t, r.randint(20000, 65000), app, "ERROR", "worker2", reason, [("STATEMENT", CI_INSERT)]
        )

    # worker1's network blip: connections time out
    t = blip1[0] + sec(r.uniform(0.2, 1.8))
    while t < blip1[1]:
        t = P(
            "coord",
            t + sec(30),
            maint["coord"],
            "",
            "WARNING",
            "could not establish connection after %u ms",
            "could not establish connection after 30000 ms",
            [("CONTEXT", CI_DAEMON)],
        )
        t = P(
            "coord",
            t,
            maint["coord"],
            "",
            "WARNING",
            "connection to the remote node %s:%d failed",
            f"connection to the remote node {CI_NODES['worker1']}:5432 failed",
            [("CONTEXT", CI_DAEMON)],
        )
        t += sec(2)
    for t in poisson(r, blip1[0], blip1[1] - sec(2), 4.0):
        P(
            "coord",
            t + sec(30),
            r.randint(20000, 65000),
            app,
            "ERROR",
            "could not establish any connections to the node %s:%d after %u ms",
            f"could not establish any connections to the node {CI_NODES['worker1']}:5432 after 30000 ms",
            [("STATEMENT", CI_INSERT)],
        )

    # the shard rebalance, run by the background task queue monitor
    mon = 58213
    ctx = [("CONTEXT", "Citus Background Task Queue Monitor: appdb")]
    t = at(10, 30, 6.8)
    for task in range(31, 43):
        t = P(
            "coord",
            t,
            mon,
            "",
            "LOG",
            "task jobid/taskid started: %ld/%ld",
            f"task jobid/taskid started: 4/{task}",
            ctx,
        )
        t = P(
            "coord",
            t + sec(r.uniform(18, 70)),
            mon,
            "",
            "LOG",
            "task jobid/taskid succeeded: %ld/%ld",
            f"task jobid/taskid succeeded: 4/{task}",
            ctx,
        )
        P(
            "coord",
            t + sec(r.uniform(1, 15)),
            maint["coord"],
            "",
            "LOG",
            "cleaned up %d orphaned resources",
            f"cleaned up {r.choice([1, 1, 1, 2])} orphaned resources",
            [("CONTEXT", CI_DAEMON)],
        )
        t += sec(r.uniform(0.05, 0.4))
    return fs.logs(T0)


# --------------------------------------------------------------------------------- odyssey

OD_ROUTE = "[%.*s.%.*s%s] %d clients, %d active servers, %d idle servers, %lu transactions/sec (%lu usec) %lu queries/sec (%lu usec) %lu in bytes/sec, %lu out bytes/sec"
OD_MSG = "msg (%lu allocated, %lu cached, %lu freed, %lu cache_size), coroutines (%lu active, %lu cached)"


def odyssey(r: random.Random) -> list[Log]:
    """Yandex Odyssey 1.3 in front of a PostgreSQL primary (10.0.2.11), transaction pooling,
    two workers, two routes (appdb.app, appdb.reporting), `log_format "%p %t %l [%i %s] (%c)
    %m\\n"`, `log_session no`, `log_stats yes`, `stats_interval 60`: the statistics every
    minute, the primary restarted at 07:40 (server connections reset, new ones refused, then
    `the database system is starting up`), a load spike 08:55-09:05 (route client_max reached,
    pool waits timing out, cancel requests), an application rollout at 09:40 (clients reset
    mid-session), a reload at 10:00 that makes appdb.app obsolete until its clients leave, and a
    batch job with a rotated password failing authentication 11:15-11:30."""
    fs = Files()
    pid = 4417

    def od(
        t: datetime, level: str, cid: str, sid: str, ctx: str, label: str, msg: str, proc: str
    ) -> datetime:
        return fs.add(
            "odyssey.log",
            t,
            label,
            lambda x: [
                f"{pid} {x:%d %b %H:%M:%S}.{x.microsecond // 1000:03d} {level} [{cid} {sid}] ({ctx}) {msg}"
            ],
            pid,  # one process: its threads share the clock (`proc` names the thread)
            1000,
        )

    def cid() -> str:
        return "c" + hexid(r, 12)

    def sid() -> str:
        return "s" + hexid(r, 12)

    restart = (at(7, 40, 2.4), at(7, 41, 9.8))
    spike = (at(8, 55, 0), at(9, 5, 30))
    rollout = at(9, 40, 11.0)
    reload_t = at(10, 0, 21.7)
    obsolete_until = at(10, 3, 40.0)
    badpw = (at(11, 15, 3.0), at(11, 30, 44.0))

    def load(t: datetime) -> float:
        """Relative load: the morning ramp, the spike, the rollout's dip."""
        h = (t - T0).total_seconds() / 3600
        x = 0.55 + 0.12 * h
        if spike[0] <= t < spike[1]:
            x *= 2.3
        if restart[0] <= t < restart[1] + sec(60):
            x *= 0.4
        return x

    # the statistics, every stats_interval
    t = at(6, 0, 43.2)
    while t < T_END:
        x = load(t)
        n_app = int(180 * x + r.randint(-8, 8))
        n_rep = int(14 * x + r.randint(-2, 3))
        ts = od(
            t,
            "info",
            "none",
            "none",
            "stats",
            "system worker: " + OD_MSG,
            f"system worker: msg ({r.randint(60, 90)} allocated, {r.randint(30, 60)} cached, {r.randint(0, 4)} freed, {r.randint(2100, 2900)} cache_size), coroutines ({r.randint(4, 6)} active, {r.randint(0, 2)} cached)",
            "cron",
        )
        for w in (0, 1):
            share = (n_app + n_rep) // 2 + r.randint(-4, 4)
            od(
                ts + sec(r.uniform(0.001, 0.004)),
                "info",
                "none",
                "none",
                "stats",
                "worker[%d]: " + OD_MSG + ", clients %lu",
                f"worker[{w}]: msg ({r.randint(200, 1400)} allocated, {r.randint(150, 900)} cached, {r.randint(0, 30)} freed, {r.randint(40000, 260000)} cache_size), coroutines ({share + r.randint(1, 3)} active, {r.randint(10, 60)} cached), clients {share}",
                f"worker{w}",
            )
        ts = od(
            ts + sec(0.005),
            "info",
            "none",
            "none",
            "stats",
            "clients %d",
            f"clients {n_app + n_rep}",
            "cron",
        )
        routes = [("app", n_app, 40, ""), ("reporting", n_rep, 8, "")]
        if reload_t <= t < obsolete_until:
            left = int(
                n_app
                * (obsolete_until - t).total_seconds()
                / (obsolete_until - reload_t).total_seconds()
            )
            routes = [
                ("app", left, 40, " obsolete"),
                ("app", n_app - left, 40, ""),
                ("reporting", n_rep, 8, ""),
            ]
        for user, n, pool, obs in routes:
            active = min(
                pool,
                max(0, int(n * r.uniform(0.08, 0.2) * (2.2 if spike[0] <= t < spike[1] else 1))),
            )
            idle = max(0, min(pool, int(pool * 0.6)) - active)
            tps = int(
                (1400 if user == "app" else 30)
                * x
                * r.uniform(0.85, 1.15)
                * (n / max(1, n_app if user == "app" else n_rep))
            )
            qps = int(tps * r.uniform(2.4, 3.1))
            label = OD_ROUTE if not obs else OD_ROUTE.replace("%s]", " obsolete]")
            ts = od(
                ts + sec(0.0005),
                "info",
                "none",
                "none",
                "stats",
                label,
                f"[appdb.{user}{obs}] {n} clients, {active} active servers, {idle} idle servers, {tps} transactions/sec ({r.randint(700, 2600) if user == 'app' else r.randint(90000, 900000)} usec) {qps} queries/sec ({r.randint(250, 900) if user == 'app' else r.randint(40000, 300000)} usec) {tps * r.randint(180, 260)} in bytes/sec, {tps * r.randint(900, 4200)} out bytes/sec",
                "cron",
            )
        t += sec(60 + r.uniform(0.0, 0.01))

    # the primary restarted: server connections reset, new ones refused, then starting up
    for t in poisson(r, restart[0], restart[0] + sec(1.2), 0.05):
        od(
            t,
            "info",
            cid(),
            sid(),
            "main",
            "server disconnected (read/write error): Connection reset by peer, status %s",
            "server disconnected (read/write error): Connection reset by peer, status OD_ESERVER_READ",
            "w",
        )
    for t in poisson(r, restart[0] + sec(1.3), restart[1] - sec(7), 0.9):
        od(
            t,
            "error",
            cid(),
            sid(),
            "main",
            "failed to connect to %s:%d",
            "failed to connect to 10.0.2.11:5432",
            "w",
        )
    for t in poisson(r, restart[1] - sec(7), restart[1], 0.6):
        od(
            t,
            "error",
            cid(),
            sid(),
            "main",
            "%s %s the database system is starting up",
            "FATAL 57P03 the database system is starting up",
            "w",
        )
    # the load spike: the route's client_max, pool waits, cancels
    for t in poisson(r, spike[0] + sec(40), spike[1] - sec(60), 7.0):
        c = f"10.0.7.{r.randint(20, 90)}:{r.randint(32768, 60999)}"
        od(
            t,
            "error",
            cid(),
            "none",
            "startup",
            "route connection limit reached for client '%s', closing",
            f"route connection limit reached for client '{c}', closing",
            "w",
        )
    for t in poisson(r, spike[0] + sec(90), spike[1] - sec(30), 11.0):
        od(
            t,
            "error",
            cid(),
            "none",
            "router",
            "server pool wait timed out, closing",
            "server pool wait timed out, closing",
            "w",
        )
    for t in poisson(r, spike[0] + sec(60), spike[1], 16.0):
        od(t, "info", cid(), "none", "startup", "cancel request", "cancel request", "w")
    # the rollout: the old pods' connections reset
    for t in poisson(r, rollout, rollout + sec(95), 2.6):
        od(
            t,
            "info",
            cid(),
            sid() if r.random() < 0.7 else "none",
            "main",
            "client disconnected (read/write error): Connection reset by peer, status %s",
            "client disconnected (read/write error): Connection reset by peer, status OD_ECLIENT_READ",
            "w",
        )
    for t in poisson(r, rollout + sec(3), rollout + sec(80), 14.0):
        od(
            t,
            "info",
            cid(),
            sid(),
            "main",
            "client disconnected (read/write error): Broken pipe, status %s",
            "client disconnected (read/write error): Broken pipe, status OD_ECLIENT_WRITE",
            "w",
        )
    od(reload_t, "info", "none", "none", "system", "SIGHUP received", "SIGHUP received", "cron")
    # the batch job with the old password, retrying every few seconds
    for t in poisson(r, badpw[0], badpw[1], 6.0):
        od(
            t,
            "error",
            cid(),
            "none",
            "auth",
            "user '%s.%s' incorrect password",
            "user 'appdb.billing_batch' incorrect password",
            "w",
        )
    return fs.logs(T0)


SYSTEMS = {
    "repmgr": repmgr,
    "pg_auto_failover": pg_auto_failover,
    "stolon": stolon,
    "citus": citus,
    "odyssey": odyssey,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
