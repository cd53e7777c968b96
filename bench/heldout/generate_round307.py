#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 307 (EdgeDB, Marqo, Sphinx, Redis Sentinel, PgDog) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five data services of one online shop.

- EdgeDB 4.8 (`edgedb-prod-1.log`, `edgedb-prod-2.log`, `edgedb-staging.log`,
  `edgedb-preview-pr1842.log`, `edgedb-preview-pr1857.log`: `docker logs` of five
  `edgedb/edgedb` containers over 2024-06-07, 00:00 to 24:00, the server's own stderr layout
  `{levelname} {process} {asctime} {name}: {message}` with the ISO time to the millisecond,
  `INFO 14 2024-06-07T08:31:12.301 edb.server: ...`). The two production servers share a
  remote RDS cluster (`Detected %d backend connections available.`); RDS's maintenance at 03:10
  closes the system connection cleanly (`Connection to the system database is closed.`), its
  Multi-AZ failover at 08:31 breaks it (`Connection to the system database is broken! Reason:
  terminating connection due to administrator command`, a burst of `Acquired an unhealthy pgcon;
  discard now.` and `Released an unhealthy pgcon; discard now.`, `Successfully reconnected to
  the system database.` 80-95 s later), the NAT drops an idle pooled connection now and then, a
  reset between the VPC and RDS at 15:20 on prod-2 (`... Reason: [Errno 104] Connection reset
  by peer`), and both are restarted after the TLS certificate's renewal at 13:00 and 13:06
  (`Received signal: %s.`, `Shutting down.`, `starting EdgeDB server %s`, `instance name: %r`,
  `introspecting extensions for database '%s'`, `Serving on %s`). The staging and preview
  servers run the bundled PostgreSQL 15, whose stderr EdgeDB re-logs under the `postgres`
  logger with PostgreSQL's pid and level (LOG as INFO): the checkpointer's `checkpoint starting:
  time` / `checkpoint complete: ...` every five minutes while CI and testers write, staging's
  restart at 12:00 (the fast shutdown's lines, `Using %d max backend connections based on total
  memory.`, `starting PostgreSQL %s on %s, compiled by %s, %d-bit`, `listening on Unix socket
  "%s"`, `database system was shut down at %s`), staging killed by the OOM killer at 16:40 (crash
  recovery: `database system was interrupted; last known up at %s`, `redo starts at %X/%X`,
  `invalid record length at %X/%X: wanted %u, got %u`, `redo done at ...`, `checkpoint starting:
  end-of-recovery immediate wait`; CI dropping a database while it introspects: `Detected
  concurrently-dropped database %s; skipping.`), and the previews stopped by the nightly
  clean-up at 19:00. EdgeDB itself says little at INFO, so this is the quietest of the five.
- Marqo 0.0.16 (`marqo-api-1.log`, `marqo-api-2.log`, `marqo-indexer.log`: `docker logs
  --timestamps` of three `marqoai/marqo` containers on GPU hosts with an external Marqo-OS,
  2023-03-14 06:00 to 12:00; every line under docker's RFC 3339 nanosecond time, then uvicorn's
  `INFO:     ` lines and Python's `basicConfig` layout `INFO:marqo.tensor_search.tensor_search:
  ...`). The shop's searches through the load balancer (`search (tensor) pre-processing`,
  `roundtrip`, `Marqo-os processing time (search field = %s)` for the two tensor fields, the
  total, `post-processing`, uvicorn's access line; lexical searches with the access line only;
  documents fetched by id), the balancer's `/health` every two minutes, Marqo-OS slow
  08:40-08:52 (seconds-long roundtrips, `Exception in ASGI application` with the ReadTimeout's
  three chained tracebacks and 500s), a developer's misspelt index (404s), the throttle at the
  11:00 newsletter (429s), api-2 killed at 10:15 and started again (`pre-loading %s onto
  devices=%s`, the `#####` download banners and blank lines printed by the start script, `found
  devices %s`, `%s %s run succesfully!`, `%s for %s and %s`, `completed loading models`, the two
  ASCII-art banners, uvicorn's start-up). The indexer: the catalogue sync every ten minutes
  (`/stats`, `batch_size=%s and processes=%s - not doing any marqo side batching`, the
  add_documents timings `image download`, `pre-processing`, `vectorise`, `roundtrip`, `Marqo-os
  index`; an empty request's 400; `delete-batch`), a full re-sync at 07:00 batched by Marqo
  (`starting batch ingestion in sizes of %s`, `    batch %s: beginning ingestion. `, `    batch
  %s: ingested %s docs. ...`, `completed batch ingestion.`) and broken image links 09:30-09:55
  (image downloads of 10-20 s).
- Sphinx 2.2.11 (`search01-searchd.log`, `search01-query.log`, `search01-indexer.log`,
  `search02-searchd.log`, `search02-query.log`: Ubuntu's sphinxsearch on two hosts, 2024-06-07
  06:00 to 12:00; searchd.log's `[Fri Jun  7 06:05:18.342 2024] [ 1123] ` head with the pid in
  five columns and `WARNING: ` before warnings, the plain query log `[time] %d.%03d sec %d.%03d
  sec [ext2/%d/%s %d (%d,%d)] [%s] %s`, and the indexer's cron output appended to
  indexer.log without any time). The delta index rebuilt every ten minutes (`indexer --rotate
  --noprogress products_delta`: the banner, `using config file '%s'...`, `indexing index
  '%s'...`, `collected %d docs, %.1f MB`, `sorted %.1f Mhits, %.1f%% done`, the four `total`
  lines, `rotating indices: successfully sent SIGHUP to searchd (pid=%d).`; searchd's `rotating
  index '%s': success` and `rotating index: all indexes done`), merges into the main index at
  06:05 and 09:05 (`merging index '%s' into index '%s'...`), a restart at 07:30 for a new
  `articles` index (`caught SIGTERM, shutting down`, `shutdown complete`, the watchdog's lines,
  `listening on all interfaces, port=%d`, `index '%s': preload: failed to open %s: %s; NOT
  SERVING`, `prereading %d indexes`, `preread %d indexes in %0.3f sec`, `accepting
  connections`) and its hourly builds, MySQL down 09:18-09:27 (`ERROR: index '%s': sql_connect:
  Can't connect to MySQL server on '%s' (%d) (DSN=%s).`, zero totals, `WARNING: indices NOT
  rotated.`), a delta build held by an ALTER at 10:40 that rotates after the next one (`rotating
  index '%s': .new preload failed: ...`, `... .new preload failed; using old index`), the
  newsletter at 11:00 (`maxed out, dismissing client`, `last message repeated %d times`,
  `send() failed: %d: %s, sock=%d`, slow queries); search02 serves the help-centre articles and
  the shop while search01 restarts. The queries: full-text with relevance or attribute sorting,
  facets grouped by an attribute (` @%s`), category browsing with an empty query, prefix
  suggestions.
- Redis Sentinel 7.2 (`cache-01-redis-sentinel.log`, `cache-02-redis-sentinel.log`,
  `cache-03-redis-sentinel.log`: the `logfile` of three Sentinels on three cache VMs,
  2024-06-07 06:00 to 12:00, `1187:X 07 Jun 2024 08:12:08.702 # +sdown master cache 10.20.0.11
  6379`), watching two masters, `cache` (6379) and `sessions` (6380), quorum 2, down-after 5 s.
  cache-03's disk stalls 07:00-11:05, so its two replicas stop answering for 5-13 s every few
  minutes (`+sdown` / `-sdown` of `slave %s:%d %s %d @ %s %s %d` in all three logs); cache-03's
  switch port flaps 07:40-08:05 (its Sentinel sees both masters, the far replicas and the other
  Sentinels go down, they see its replicas and Sentinel go); the OOM killer takes cache's master
  at 08:12 (`+odown ... #quorum %d/%d`, `+new-epoch %llu`, `+try-failover`, `+vote-for-leader %s
  %llu`, `%s voted for %s %llu`, `+elected-leader`, the `+failover-state-*` steps,
  `+selected-slave`, `+promoted-slave`, `+slave-reconf-*`, `+failover-end`, `+switch-master %s %s
  %d %s %d`, `+config-update-from`, `Next failover delay: I will not start a failover before
  %s`, `Sentinel new configuration saved on disk`, `+convert-to-slave` when it is back); a live
  migration stuns cache-02 at 09:40 (`+tilt` / `-tilt`); the Sentinels upgraded one by one at
  10:30 (`Received SIGTERM scheduling shutdown...`, `Sentinel is now ready to exit, bye
  bye...`, the start-up lines, `+monitor ... quorum %d`, the others' `+sdown sentinel`); the
  replicas moved to a new disk at 11:05 (`+reboot`); an operator's `SENTINEL FAILOVER sessions`
  at 11:40 (`Executing user requested FAILOVER of '%s'`).
- PgDog 0.1 (`pgdog-7c9d5b8f6d-4hx2m.log`, `pgdog-7c9d5b8f6d-q8zlt.log`,
  `pgdog-5f8b6c9d4-jm2vw.log`, `pgdog-5f8b6c9d4-xk7pd.log`: `kubectl logs` of two PgDog pods and
  the two that replace them at 11:00, 2025-10-14 06:00 to 12:00, tracing's default layout without
  targets, `2025-10-14T09:05:11.204518Z ERROR error connecting to server: ...`). Connection
  logging on: the shop's job runners and serverless functions connecting per job (`client "%s"
  connected to database "%s" [%s]`, `client "%s" disconnected from database "%s" [%s]`), Metabase
  on the analytics replica, the Rails pools; the pools growing (`new server connection [%s]`,
  the address as `host:port, database`); the analytics pool's health check opening its own
  connection (`creating new healthcheck connection [%s]`); an uptime check that never logs in
  07:20-07:50 (`client login timeout [%s]`); the shop database's switchover at 09:05 (`error
  connecting to server: Connection refused (os error 111) [%s]` with `[attempt %d] `, `checkout
  timeout [%s]` with the client's address in its own brackets, `client "%s" disconnected from
  database "%s" with error [%s]: %s`, `aborting new client connection, connection pool is down
  [%s]`); the analytics replica's node drained at 10:12 (`server connection timeout [%s]`); the
  rollout at 11:00 (`loaded "%s"`, `🐕 PgDog listening on %s`).

Label notes. The heads are context: EdgeDB's level, pid, time and logger (`edb.server`,
`postgres`), docker's time, uvicorn's `INFO:     ` / `ERROR:    ` and Python's `LEVEL:logger:`,
Sphinx's bracketed time and pid and searchd's `WARNING: ` (sphWarning's prefix), Redis's
`pid:X time level-char`, tracing's time and level. Words a call site writes literally are
wording: the indexer's `ERROR: ` / `WARNING: ` (in its fprintf formats), Sentinel's event names
(`+sdown`, passed to sentinelEvent() as literals) and `#quorum`, PostgreSQL's checkpoint kinds
(`time`, `shutdown immediate`, `end-of-recovery immediate wait`), EdgeDB's `closed.` / `broken!
Reason: ` branch, PgDog's `[attempt %d] ` prefix (a branch of its own). Values: Sentinel's
instance type (`master`, `slave`, `sentinel`), names, addresses, epochs and run ids; Sphinx's
match and sort mode names and index names in the query log; Marqo's vector field names; PgDog's
users, databases and addresses. sentinelEvent()'s `%@` is written out as the two formats it
expands to (`%s %s %s %d` for a master, `%s %s %s %d @ %s %s %d` for the others). A value that
is an error contributes its text: PostgreSQL's `terminating connection due to administrator
command`, Python's `[Errno 104] Connection reset by peer`, MySQL's `Can't connect to MySQL
server on '%s' (%d)`, Rust's `Connection refused (os error 111)` / `Connection reset by peer (os
error 104)`, PgDog's `checkout timeout`, pg_rusage_show()'s `CPU: user: ...`, `failed to open %s:
%s` in Sphinx's preload errors. A request record is labelled by method, route and status, the
index name kept and the query's values variables (`POST /indexes/products/search?device=%s
200`). A multi-line event is labelled on its first line: the tracebacks, the indexer's banner
(with its blank line); a print() that starts with a blank or space-only line (Marqo's ASCII art)
is labelled on its first art line, and lines that are blank or spaces only have no row.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round97 import Files, sec
from generate_round286 import jitter_times

SEC = 1_000_000
MS = 1000
US = 1


def day(y: int, m: int, d: int) -> Callable[..., datetime]:
    """`at(h, m, s)` for one day (UTC)."""

    def at(h: int, mi: int, s: float = 0) -> datetime:
        return datetime(y, m, d, tzinfo=UTC) + timedelta(hours=h, minutes=mi) + sec(s)

    return at


def ms3(t: datetime) -> str:
    return f"{t.microsecond // 1000:03d}"


# ----------------------------------------------------------------------------------- edgedb

ED_AT = day(2024, 6, 7)
ED_VERSION = (
    "4.8+4a7b2c1, built on 2024-05-29T18:31Z from revision 1d3b6f2c0 (2024-05-29T01:20Z) "
    "for x86_64-unknown-linux-gnu"
)
ED_PG = "PostgreSQL 15.6 on x86_64-pc-linux-gnu, compiled by gcc (GCC) 10.2.1 20210130 (Red Hat 10.2.1-11), 64-bit"
PG_CKPT = (
    "checkpoint complete: wrote %d buffers (%.1f%%); %d WAL file(s) added, %d removed, %d recycled; "
    "write=%ld.%03d s, sync=%ld.%03d s, total=%ld.%03d s; sync files=%d, longest=%ld.%03d s, "
    "average=%ld.%03d s; distance=%d kB, estimate=%d kB"
)
ED_START = "starting EdgeDB server %s, built on %s from revision %s (%s) for %s"
ED_BROKEN = "Connection to the system database is broken! Reason: %s"


class EdPg:
    """The bundled PostgreSQL's processes (postmaster, startup, checkpointer, launcher)."""

    def __init__(self, base: int) -> None:
        self.post, self.startup, self.ckpt, self.launcher = base, base + 1, base + 2, base + 6
        self.lsn = 0x5A000000
        self.estimate = 0


def edgedb(r: random.Random) -> list[Log]:
    """Five EdgeDB 4.8 servers' docker logs, 2024-06-07 (see the module docstring)."""
    fs = Files()

    def E(f: str, t: datetime, pid: int, level: str, logger: str, label: str, msg: str) -> datetime:
        return fs.add(
            f,
            t,
            label,
            lambda x: [f"{level} {pid} {x:%Y-%m-%dT%H:%M:%S}.{ms3(x)} {logger}: {msg}"],
            (f, pid),
            MS,
        )

    def S(f: str, t: datetime, pid: int, label: str, msg: str, level: str = "INFO") -> datetime:
        return E(f, t, pid, level, "edb.server", label, msg)

    def P(f: str, t: datetime, pid: int, label: str, msg: str) -> datetime:
        return E(f, t, pid, "INFO", "postgres", label, msg)

    def ckpt_done(pg: EdPg, busy: float) -> str:
        buf = max(1, int(r.expovariate(1 / (30 + 900 * busy))))
        w = buf * r.uniform(0.0009, 0.0031) if buf > 40 else r.uniform(0.004, 0.2)
        s = r.uniform(0.002, 0.045)
        files = r.randint(2, 9) + buf // 150
        lg = s * r.uniform(0.35, 0.9)
        dist = max(8, int(buf * r.uniform(7.5, 9.5) + r.randint(0, 60)))
        pg.estimate = max(dist, int(pg.estimate * 0.9))
        rec = r.choice([0, 0, 0, 1]) if dist > 8000 else 0
        pg.lsn += dist * 1024
        return (
            f"checkpoint complete: wrote {buf} buffers ({buf / 16384 * 100:.1f}%); 0 WAL file(s) added, 0 removed, {rec} recycled; "
            f"write={w:.3f} s, sync={s:.3f} s, total={w + s + r.uniform(0.001, 0.012):.3f} s; sync files={files}, "
            f"longest={lg:.3f} s, average={s / files:.3f} s; distance={dist} kB, estimate={pg.estimate} kB"
        )

    def checkpoint(f: str, pg: EdPg, t: datetime, kind: str, busy: float) -> datetime:
        t = P(f, t, pg.ckpt, f"checkpoint starting: {kind}", f"checkpoint starting: {kind}")
        dur = r.uniform(0.01, 0.3) if kind != "time" else r.uniform(0.1, 28.0) * (0.2 + busy)
        return P(f, t + sec(dur), pg.ckpt, PG_CKPT, ckpt_done(pg, busy))

    def lsn(v: int) -> str:
        return f"{v >> 32:X}/{v & 0xFFFFFFFF:X}"

    def start_server(
        f: str,
        t: datetime,
        pid: int,
        name: str,
        dbs: list[str],
        pg: EdPg | None,
        crash: datetime | None = None,
        dropped: str | None = None,
    ) -> datetime:
        t = S(f, t, pid, ED_START, f"starting EdgeDB server {ED_VERSION}")
        t = S(f, t, pid, "instance name: %r", f"instance name: '{name}'")
        if pg is None:
            t = S(
                f,
                t + sec(r.uniform(0.9, 1.6)),
                pid,
                "Detected %d backend connections available.",
                "Detected 497 backend connections available.",
            )
        else:
            t = S(
                f,
                t + sec(r.uniform(0.8, 1.3)),
                pid,
                "Using %d max backend connections based on total memory.",
                "Using 1562 max backend connections based on total memory.",
            )
            t = P(
                f,
                t + sec(r.uniform(0.2, 0.5)),
                pg.post,
                "starting PostgreSQL %s on %s, compiled by %s, %d-bit",
                f"starting {ED_PG}",
            )
            t = P(
                f,
                t,
                pg.post,
                'listening on Unix socket "%s"',
                'listening on Unix socket "/run/edgedb/.s.PGSQL.5432"',
            )
            if crash is None:
                t = P(
                    f,
                    t + sec(0.01),
                    pg.startup,
                    "database system was shut down at %s",
                    f"database system was shut down at {t - sec(r.uniform(4, 9)):%Y-%m-%d %H:%M:%S} UTC",
                )
            else:
                t = P(
                    f,
                    t + sec(0.01),
                    pg.startup,
                    "database system was interrupted; last known up at %s",
                    f"database system was interrupted; last known up at {crash:%Y-%m-%d %H:%M:%S} UTC",
                )
                t = P(
                    f,
                    t + sec(0.05),
                    pg.startup,
                    "database system was not properly shut down; automatic recovery in progress",
                    "database system was not properly shut down; automatic recovery in progress",
                )
                start = pg.lsn - r.randint(200, 900) * 1024
                t = P(
                    f,
                    t + sec(0.01),
                    pg.startup,
                    "redo starts at %X/%X",
                    f"redo starts at {lsn(start)}",
                )
                end = pg.lsn + r.randint(1000, 40000) * 8
                t = P(
                    f,
                    t + sec(r.uniform(0.05, 0.4)),
                    pg.startup,
                    "invalid record length at %X/%X: wanted %u, got %u",
                    f"invalid record length at {lsn(end + 56)}: wanted 24, got 0",
                )
                t = P(
                    f,
                    t,
                    pg.startup,
                    "redo done at %X/%X system usage: CPU: user: %d.%02d s, system: %d.%02d s, elapsed: %d.%02d s",
                    f"redo done at {lsn(end)} system usage: CPU: user: 0.{r.randint(3, 40):02d} s, system: 0.{r.randint(1, 20):02d} s, elapsed: 0.{r.randint(20, 90):02d} s",
                )
                pg.lsn = end + 56
                t = checkpoint(f, pg, t + sec(0.01), "end-of-recovery immediate wait", 0.8)
            t = P(
                f,
                t + sec(0.02),
                pg.post,
                "database system is ready to accept connections",
                "database system is ready to accept connections",
            )
        t += sec(r.uniform(1.5, 3.5))
        for db in dbs:
            if db == dropped:
                t = S(
                    f,
                    t + sec(r.uniform(0.01, 0.2)),
                    pid,
                    "Detected concurrently-dropped database %s; skipping.",
                    f"Detected concurrently-dropped database {db}; skipping.",
                    "WARNING",
                )
                continue
            t = S(
                f,
                t + sec(r.uniform(0.01, 0.3)),
                pid,
                "introspecting extensions for database '%s'",
                f"introspecting extensions for database '{db}'",
            )
        t = S(f, t + sec(r.uniform(0.3, 1.2)), pid, "Serving on %s", "Serving on 0.0.0.0:5656")
        return S(f, t, pid, "Serving on %s", "Serving on /run/edgedb/.s.EDGEDB.admin.5656")

    def stop_server(f: str, t: datetime, pid: int, pg: EdPg | None) -> datetime:
        t = S(f, t, pid, "Received signal: %s.", "Received signal: 15.")
        t = S(f, t + sec(r.uniform(0.01, 0.1)), pid, "Shutting down.", "Shutting down.")
        if pg is None:
            return t
        t = P(
            f,
            t + sec(r.uniform(0.2, 0.6)),
            pg.post,
            "received fast shutdown request",
            "received fast shutdown request",
        )
        t = P(f, t, pg.post, "aborting any active transactions", "aborting any active transactions")
        t = P(
            f,
            t + sec(0.003),
            pg.post,
            'background worker "%s" (PID %d) exited with exit code %d',
            f'background worker "logical replication launcher" (PID {pg.launcher}) exited with exit code 1',
        )
        t = P(f, t + sec(0.01), pg.ckpt, "shutting down", "shutting down")
        t = checkpoint(f, pg, t, "shutdown immediate", 0.1)
        return P(
            f,
            t + sec(0.01),
            pg.post,
            "database system is shut down",
            "database system is shut down",
        )

    def bundled_day(
        f: str,
        pg: EdPg,
        windows: list[tuple[datetime, datetime, float, float]],
        first: datetime,
        until: datetime,
        blocked: list[tuple[datetime, datetime]],
    ) -> None:
        """Checkpoints every checkpoint_timeout (5 min) from `first`, when WAL was written."""
        t = first
        while t < until:
            if not any(a <= t < b for a, b in blocked):
                for a, b, p, busy in windows:
                    if a <= t < b and r.random() < p:
                        checkpoint(f, pg, t + sec(r.uniform(0, 0.004)), "time", busy)
                        break
            t += sec(300)

    # -- prod: two servers on a remote RDS cluster
    for f, pid, prod_seed in (("edgedb-prod-1.log", 14, 0), ("edgedb-prod-2.log", 14, 1)):
        # 03:10 RDS maintenance: the connection is closed cleanly
        t = ED_AT(3, 10, 4.2 + prod_seed * 0.7)
        S(
            f,
            t,
            pid,
            "Connection to the system database is closed.",
            "Connection to the system database is closed.",
            "ERROR",
        )
        for _ in range(r.randint(0, 2)):
            S(
                f,
                t + sec(r.uniform(5, 80)),
                pid,
                "Acquired an unhealthy pgcon; discard now.",
                "Acquired an unhealthy pgcon; discard now.",
                "WARNING",
            )
        S(
            f,
            t + sec(r.uniform(96, 112)),
            pid,
            "Successfully reconnected to the system database.",
            "Successfully reconnected to the system database.",
        )
        # 08:31 Multi-AZ failover
        t = ED_AT(8, 31, 12.3 + prod_seed * 0.4)
        S(
            f,
            t,
            pid,
            ED_BROKEN % "terminating connection due to administrator command",
            "Connection to the system database is broken! Reason: terminating connection due to administrator command",
            "ERROR",
        )
        for _ in range(r.randint(5, 11)):
            S(
                f,
                t + sec(r.uniform(1, 75)),
                pid,
                "Acquired an unhealthy pgcon; discard now.",
                "Acquired an unhealthy pgcon; discard now.",
                "WARNING",
            )
        for _ in range(r.randint(1, 4)):
            S(
                f,
                t + sec(r.uniform(1, 75)),
                pid,
                "Released an unhealthy pgcon; discard now.",
                "Released an unhealthy pgcon; discard now.",
                "WARNING",
            )
        S(
            f,
            t + sec(r.uniform(78, 96)),
            pid,
            "Successfully reconnected to the system database.",
            "Successfully reconnected to the system database.",
        )
        # pooled connections the NAT dropped while idle, found at checkout
        for _ in range(4):
            S(
                f,
                ED_AT(r.choice([1, 5, 10, 11, 17, 20, 22]), r.randint(0, 59), r.uniform(0, 59)),
                pid,
                "Acquired an unhealthy pgcon; discard now.",
                "Acquired an unhealthy pgcon; discard now.",
                "WARNING",
            )
        # 13:00 / 13:06: docker restart after the TLS certificate's renewal
        t = stop_server(f, ED_AT(13, 0 + 6 * prod_seed, 2.1), pid, None)
        start_server(f, t + sec(r.uniform(2.5, 4.0)), pid, "_unknown", ["edgedb"], None)
        if prod_seed == 1:  # 15:20 a connection reset between the VPC and RDS
            t = ED_AT(15, 20, 41.7)
            S(
                f,
                t,
                pid,
                ED_BROKEN % "[Errno 104] Connection reset by peer",
                "Connection to the system database is broken! Reason: [Errno 104] Connection reset by peer",
                "ERROR",
            )
            S(
                f,
                t + sec(r.uniform(1, 4)),
                pid,
                "Released an unhealthy pgcon; discard now.",
                "Released an unhealthy pgcon; discard now.",
                "WARNING",
            )
            S(
                f,
                t + sec(r.uniform(5.2, 6.0)),
                pid,
                "Successfully reconnected to the system database.",
                "Successfully reconnected to the system database.",
            )

    # -- staging: bundled PostgreSQL, CI's databases, a restart at 12:00, killed by the OOM killer at 16:40
    f, pid, pg = "edgedb-staging.log", 89, EdPg(131)
    st_dbs = ["edgedb", "ci_e2e", "ci_pr_1842", "ci_pr_1851", "loadtest"]
    windows = [
        (ED_AT(0, 0), ED_AT(0, 45), 0.95, 0.6),
        (ED_AT(2, 0), ED_AT(2, 55), 0.95, 0.9),
        (ED_AT(7, 20), ED_AT(20, 40), 0.92, 0.35),
        (ED_AT(21, 0), ED_AT(21, 35), 0.9, 0.5),
    ]
    first = ED_AT(0, 2, 51.4)
    bundled_day(f, pg, windows, first, ED_AT(12, 0), [])
    t = stop_server(f, ED_AT(12, 0, 3.3), pid, pg)
    pg = EdPg(pg.post)
    pg.lsn, pg.estimate = pg.lsn, 0
    t = start_server(f, t + sec(r.uniform(3, 5)), pid, "staging", st_dbs, pg)
    restart = t
    crash = ED_AT(16, 40, 17.8)
    bundled_day(f, pg, windows, restart + sec(300 - 2), crash, [])
    pg2 = EdPg(pg.post)
    pg2.lsn, pg2.estimate = pg.lsn, pg.estimate
    t = start_server(
        f,
        crash + sec(r.uniform(9, 14)),
        pid,
        "staging",
        st_dbs,
        pg2,
        crash - sec(r.uniform(40, 250)),
        "ci_pr_1851",
    )
    bundled_day(f, pg2, windows, t + sec(298), ED_AT(24, 0), [])

    # -- two pull-request previews: bundled PostgreSQL, stopped by the nightly clean-up
    for f, pid, base, stop, busy in (
        ("edgedb-preview-pr1842.log", 92, 140, ED_AT(19, 0, 12.2), 0.25),
        ("edgedb-preview-pr1857.log", 88, 135, ED_AT(19, 0, 19.6), 0.2),
    ):
        pg = EdPg(base)
        bundled_day(
            f,
            pg,
            [(ED_AT(0, 0), ED_AT(1, 0), 0.3, busy), (ED_AT(7, 0), ED_AT(18, 30), 0.8, busy)],
            ED_AT(0, 1, r.uniform(0, 200)),
            stop,
            [],
        )
        stop_server(f, stop, pid, pg)
    return fs.logs(ED_AT(0, 0))


# ------------------------------------------------------------------------------------ marqo

MQ_AT = day(2023, 3, 14)
MQ_TS = "marqo.tensor_search.tensor_search"
MQ_LB = ["10.0.1.17", "10.0.2.45"]
MQ_QUERIES = [
    "red running shoes",
    "waterproof hiking jacket",
    "linen summer dress",
    "kids rain boots",
    "leather messenger bag",
    "wireless noise cancelling headphones",
    "standing desk lamp",
    "vintage denim jacket",
    "yoga mat non slip",
    "espresso machine",
    "merino wool socks",
    "minimalist wallet",
    "gift for dad who likes fishing",
    "blue velvet sofa",
    "cast iron pan",
    "white sneakers women",
    "trail running vest",
    "ceramic plant pot",
    "mechanical keyboard",
    "baby carrier",
    "rain jacket with hood",
    "gold hoop earrings",
    "camping stove",
]
MQ_STATUS = {
    200: "OK",
    400: "Bad Request",
    404: "Not Found",
    429: "Too Many Requests",
    500: "Internal Server Error",
}
MQ_ART_WELCOME = [
    "     __    __    ___  _        __   ___   ___ ___    ___      ______   ___       ___ ___   ____  ____   ___    ___   __ ",
    "    |  |__|  |  /  _]| |      /  ] /   \\ |   |   |  /  _]    |      | /   \\     |   |   | /    ||    \\ /   \\  /   \\ |  |",
    "    |  |  |  | /  [_ | |     /  / |     || _   _ | /  [_     |      ||     |    | _   _ ||  o  ||  D  )     ||     ||  |",
    "    |  |  |  ||    _]| |___ /  /  |  O  ||  \\_/  ||    _]    |_|  |_||  O  |    |  \\_/  ||     ||    /|  Q  ||  O  ||__|",
    "    |  `  '  ||   [_ |     /   \\_ |     ||   |   ||   [_       |  |  |     |    |   |   ||  _  ||    \\|     ||     | __ ",
    "     \\      / |     ||     \\     ||     ||   |   ||     |      |  |  |     |    |   |   ||  |  ||  .  \\     ||     ||  |",
    "      \\_/\\_/  |_____||_____|\\____| \\___/ |___|___||_____|      |__|   \\___/     |___|___||__|__||__|\\_|\\__,_| \\___/ |__|",
]
MQ_ART_PHRASE = [
    "     _____                                                   _        __              _                                     ",
    "    |_   _|__ _ __  ___  ___  _ __   ___  ___  __ _ _ __ ___| |__    / _| ___  _ __  | |__  _   _ _ __ ___   __ _ _ __  ___ ",
    "      | |/ _ \\ '_ \\/ __|/ _ \\| '__| / __|/ _ \\/ _` | '__/ __| '_ \\  | |_ / _ \\| '__| | '_ \\| | | | '_ ` _ \\ / _` | '_ \\/ __|",
    "      | |  __/ | | \\__ \\ (_) | |    \\__ \\  __/ (_| | | | (__| | | | |  _| (_) | |    | | | | |_| | | | | | | (_| | | | \\__ \\",
    "      |_|\\___|_| |_|___/\\___/|_|    |___/\\___|\\__,_|_|  \\___|_| |_| |_|  \\___/|_|    |_| |_|\\__,_|_| |_| |_|\\__,_|_| |_|___/",
]
MQ_TIMEOUT_TB = [
    "Traceback (most recent call last):",
    '  File "/usr/local/lib/python3.8/dist-packages/urllib3/connectionpool.py", line 449, in _make_request',
    "    six.raise_from(e, None)",
    '  File "<string>", line 3, in raise_from',
    '  File "/usr/local/lib/python3.8/dist-packages/urllib3/connectionpool.py", line 444, in _make_request',
    "    httplib_response = conn.getresponse()",
    '  File "/usr/lib/python3.8/http/client.py", line 1348, in getresponse',
    "    response.begin()",
    '  File "/usr/lib/python3.8/ssl.py", line 1241, in recv_into',
    "    return self.read(nbytes, buffer)",
    '  File "/usr/lib/python3.8/ssl.py", line 1099, in read',
    "    return self._sslobj.read(len, buffer)",
    "socket.timeout: The read operation timed out",
    "",
    "During handling of the above exception, another exception occurred:",
    "",
    "Traceback (most recent call last):",
    '  File "/usr/local/lib/python3.8/dist-packages/requests/adapters.py", line 489, in send',
    "    resp = conn.urlopen(",
    '  File "/usr/local/lib/python3.8/dist-packages/urllib3/connectionpool.py", line 787, in urlopen',
    "    retries = retries.increment(",
    '  File "/usr/local/lib/python3.8/dist-packages/urllib3/util/retry.py", line 550, in increment',
    "    raise six.reraise(type(error), error, _stacktrace)",
    '  File "/usr/local/lib/python3.8/dist-packages/urllib3/connectionpool.py", line 451, in _make_request',
    "    self._raise_timeout(err=e, url=url, timeout_value=read_timeout)",
    '  File "/usr/local/lib/python3.8/dist-packages/urllib3/connectionpool.py", line 340, in _raise_timeout',
    "    raise ReadTimeoutError(",
    "urllib3.exceptions.ReadTimeoutError: HTTPSConnectionPool(host='marqo-os.search.internal', port=9200): Read timed out. (read timeout=10)",
    "",
    "During handling of the above exception, another exception occurred:",
    "",
    "Traceback (most recent call last):",
    '  File "/usr/local/lib/python3.8/dist-packages/uvicorn/protocols/http/httptools_impl.py", line 419, in run_asgi',
    "    result = await app(  # type: ignore[func-returns-value]",
    '  File "/usr/local/lib/python3.8/dist-packages/uvicorn/middleware/proxy_headers.py", line 78, in __call__',
    "    return await self.app(scope, receive, send)",
    '  File "/usr/local/lib/python3.8/dist-packages/fastapi/applications.py", line 270, in __call__',
    "    await super().__call__(scope, receive, send)",
    '  File "/usr/local/lib/python3.8/dist-packages/starlette/middleware/errors.py", line 184, in __call__',
    "    raise exc",
    '  File "/usr/local/lib/python3.8/dist-packages/starlette/routing.py", line 66, in app',
    "    response = await func(request)",
    '  File "/usr/local/lib/python3.8/dist-packages/fastapi/routing.py", line 235, in app',
    "    raw_response = await run_endpoint_function(",
    '  File "/usr/local/lib/python3.8/dist-packages/starlette/concurrency.py", line 41, in run_in_threadpool',
    "    return await anyio.to_thread.run_sync(func, *args)",
    '  File "/app/src/marqo/tensor_search/api.py", line 139, in search',
    "    return tensor_search.search(",
    '  File "/app/src/marqo/tensor_search/tensor_search.py", line 1021, in search',
    "    search_result = _vector_text_search(",
    '  File "/app/src/marqo/tensor_search/tensor_search.py", line 1419, in _vector_text_search',
    '    response = HttpRequests(config).get(path=F"{index_name}/_msearch", body=utils.dicts_to_jsonl(body))',
    '  File "/app/src/marqo/_httprequests.py", line 150, in get',
    "    return self.send_request(",
    '  File "/app/src/marqo/_httprequests.py", line 80, in send_request',
    "    response = req_method(",
    '  File "/usr/local/lib/python3.8/dist-packages/requests/sessions.py", line 600, in get',
    '    return self.request("GET", url, **kwargs)',
    '  File "/usr/local/lib/python3.8/dist-packages/requests/adapters.py", line 578, in send',
    "    raise ReadTimeout(e, request=request)",
    "requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='marqo-os.search.internal', port=9200): Read timed out. (read timeout=10)",
]


def marqo(r: random.Random) -> list[Log]:
    """Three Marqo 0.0.16 containers' `docker logs --timestamps`, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()

    def D(
        f: str, t: datetime, label: str | None, lines: list[str], proc: object = None
    ) -> datetime:
        ns = [r.randrange(1000) for _ in lines]

        def text(x: datetime) -> list[str]:
            out = []
            for n, line in enumerate(lines):
                y = x + timedelta(microseconds=n * 7)
                out.append(f"{y:%Y-%m-%dT%H:%M:%S}.{y.microsecond:06d}{ns[n]:03d}Z {line}")
            return out

        return fs.add(f, t, label, text, proc or f, US)

    def LOG(f: str, t: datetime, name: str, label: str, msg: str, level: str = "INFO") -> datetime:
        return D(f, t + sec(r.uniform(0.0002, 0.0009)), label, [f"{level}:{name}:{msg}"])

    def access(f: str, t: datetime, method: str, route: str, path: str, status: int) -> datetime:
        lb = r.choice(MQ_LB)
        return D(
            f,
            t,
            f"{method} {route} {status}",
            [
                f'INFO:     {lb}:{r.randint(32768, 60999)} - "{method} {path} HTTP/1.1" {status} {MQ_STATUS[status]}'
            ],
        )

    def prints(f: str, t: datetime, lines: list[str]) -> datetime:
        for line in lines:
            t = D(f, t + sec(0.0001), line if line.strip() else None, [line])
        return t

    def art(f: str, t: datetime, head: str, rows: list[str], tail: str) -> datetime:
        """One print() of a banner: its first line blank or spaces (no event), the art, spaces."""
        t = D(f, t + sec(0.0001), None, [head])
        t = D(f, t + sec(0.0001), rows[0], [*rows, tail])
        return t

    def startup(f: str, t: datetime, pid: int, gpu: str) -> datetime:
        models = '["hf/all_datasets_v4_MiniLM-L6", "open_clip/ViT-B-32/laion2b_s34b_b79k"]'
        t = LOG(
            f,
            t,
            "ModelsForStartup",
            "pre-loading %s onto devices=%s",
            f"pre-loading {models.replace(chr(34), chr(39))} onto devices=['cpu', 'cuda']",
        )
        block = ["###########################################################"] * 2
        t = prints(
            f,
            t + sec(0.2),
            [
                "",
                "",
                *block,
                "###### STARTING DOWNLOAD OF MARQO ARTEFACTS################",
                *block,
                "",
                "",
            ],
        )
        t = LOG(
            f,
            t + sec(r.uniform(0.5, 1.5)),
            "CUDA device summary",
            "found devices %s",
            f"found devices [{{'id': -1, 'name': ['cpu']}}, {{'id': 0, 'name': ['{gpu}']}}]",
        )
        timings = []
        for model in ("hf/all_datasets_v4_MiniLM-L6", "open_clip/ViT-B-32/laion2b_s34b_b79k"):
            for dev in ("cpu", "cuda"):
                t += sec(r.uniform(4, 25) if dev == "cpu" else r.uniform(2, 9))
                t = LOG(
                    f,
                    t,
                    "ModelsForStartup",
                    "%s %s run succesfully!",
                    f"{model} {dev} run succesfully!",
                )
                v = r.uniform(0.02, 0.09) if dev == "cpu" else r.uniform(0.003, 0.012)
                timings.append(f"{v} for {model} and {dev}")
        for m in timings:
            t = LOG(f, t, "ModelsForStartup", "%s for %s and %s", m)
        t = LOG(f, t, "ModelsForStartup", "completed loading models", "completed loading models")
        t = prints(
            f,
            t + sec(0.05),
            [
                "",
                "",
                *block,
                "###### !!COMPLETED SUCCESFULLY!!!          ################",
                *block,
                "",
                "",
            ],
        )
        t = art(f, t, "   ", MQ_ART_WELCOME, "        ")
        t = art(f, t, "", MQ_ART_PHRASE, "        ")
        t = D(
            f,
            t + sec(0.3),
            "Started server process [%d]",
            [f"INFO:     Started server process [{pid}]"],
        )
        t = D(
            f,
            t + sec(0.001),
            "Waiting for application startup.",
            ["INFO:     Waiting for application startup."],
        )
        t = D(
            f,
            t + sec(0.002),
            "Application startup complete.",
            ["INFO:     Application startup complete."],
        )
        return D(
            f,
            t + sec(0.001),
            "Uvicorn running on %s://%s:%d (Press CTRL+C to quit)",
            ["INFO:     Uvicorn running on http://0.0.0.0:8882 (Press CTRL+C to quit)"],
        )

    slow = (MQ_AT(8, 40, 12), MQ_AT(8, 52, 40))
    throttled = (MQ_AT(11, 0, 5), MQ_AT(11, 9, 30))

    def search(f: str, t: datetime) -> None:
        path = "/indexes/products/search?device=cuda"
        route = "/indexes/products/search?device=%s"
        if throttled[0] <= t < throttled[1] and r.random() < 0.55:
            access(f, t + sec(r.uniform(0.001, 0.004)), "POST", route, path, 429)
            return
        if r.random() < 0.22:  # lexical: no timing lines
            access(f, t + sec(r.uniform(0.006, 0.03)), "POST", route, path, 200)
            return
        is_slow = slow[0] <= t < slow[1]
        t = LOG(
            f,
            t + sec(r.uniform(0.008, 0.06)),
            MQ_TS,
            "search (tensor) pre-processing: took %.3fs to vectorize and process query.",
            f"search (tensor) pre-processing: took {r.uniform(0.009, 0.058):.3f}s to vectorize and process query.",
        )
        if is_slow and r.random() < 0.3:
            t = access(f, t + sec(10.01 + r.uniform(0, 0.05)), "POST", route, path, 500)
            D(
                f,
                t + sec(0.0004),
                "Exception in ASGI application",
                ["ERROR:    Exception in ASGI application", *MQ_TIMEOUT_TB],
            )
            return
        rt = r.uniform(1.2, 8.5) if is_slow else r.uniform(0.018, 0.11)
        os_total = rt * r.uniform(0.6, 0.9)
        t = LOG(
            f,
            t + sec(rt),
            MQ_TS,
            "search (tensor) roundtrip: took %.3fs to send %s search queries (roundtrip) to Marqo-os.",
            f"search (tensor) roundtrip: took {rt:.3f}s to send 2 search queries (roundtrip) to Marqo-os.",
        )
        for field in ("__vector_title", "__vector_description"):
            t = LOG(
                f,
                t,
                MQ_TS,
                "  search (tensor) Marqo-os processing time (search field = %s): took %.3fs and received %s hits.",
                f"  search (tensor) Marqo-os processing time (search field = {field}): took {os_total * r.uniform(0.7, 1.0):.3f}s and received {r.choice([20, 20, 20, 20, 17, 9, 3])} hits.",
            )
        t = LOG(
            f,
            t,
            MQ_TS,
            "  search (tensor) Marqo-os processing time: took %.3fs for Marqo-os to execute the search.",
            f"  search (tensor) Marqo-os processing time: took {os_total:.3f}s for Marqo-os to execute the search.",
        )
        t = LOG(
            f,
            t + sec(0.002),
            MQ_TS,
            "search (tensor) post-processing: took %.3fs to sort and format %s results from Marqo-os.",
            f"search (tensor) post-processing: took {r.uniform(0.0008, 0.004):.3f}s to sort and format {r.choice([20, 20, 20, 19, 14, 8])} results from Marqo-os.",
        )
        access(f, t + sec(0.001), "POST", route, path, 200)

    def api(f: str, pid: int, down: tuple[datetime, datetime] | None, pid2: int) -> None:
        t = MQ_AT(6, 0, r.uniform(0, 60))
        while t < MQ_AT(12, 0):
            if down and down[0] <= t < down[1] + sec(40):
                t = down[1] + sec(150)
                continue
            access(f, t, "GET", "/health", "/health", 200)
            t += sec(120 + r.uniform(-0.02, 0.02))
        busy = [
            (MQ_AT(6, 0), MQ_AT(7, 30), 330.0),
            (MQ_AT(7, 30), MQ_AT(11, 0), 210.0),
            (MQ_AT(11, 0), MQ_AT(11, 10), 16.0),
            (MQ_AT(11, 10), MQ_AT(12, 0), 190.0),
        ]
        busy.append((slow[0], slow[1], 26.0))  # the shop's retries while Marqo-OS is slow
        for a, b, gap in busy:
            for t in jitter_times(r, a, b, gap):
                if down and down[0] <= t < down[1] + sec(150):
                    continue
                x = r.random()
                if x < 0.82:
                    search(f, t)
                else:
                    doc = f"prod-{r.randint(100000, 999999)}"
                    access(
                        f,
                        t + sec(r.uniform(0.004, 0.02)),
                        "GET",
                        "/indexes/products/documents/%s",
                        f"/indexes/products/documents/{doc}",
                        200 if r.random() < 0.95 else 404,
                    )
        if down:
            startup(f, down[1], pid2, "Tesla T4")
        if f.endswith("1.log"):  # a developer's script with the index name misspelt
            t = MQ_AT(9, 50, 3.4)
            for _ in range(6):
                t = access(
                    f,
                    t + sec(r.uniform(0.5, 4)),
                    "POST",
                    "/indexes/product/search?device=%s",
                    "/indexes/product/search?device=cuda",
                    404,
                )

    api("marqo-api-1.log", 112, None, 112)
    api("marqo-api-2.log", 109, (MQ_AT(10, 15, 31), MQ_AT(10, 16, 2)), 113)

    # -- the indexer: the catalogue sync every 10 minutes, a full re-sync at 07:00
    f = "marqo-indexer.log"
    docs_path = "/indexes/products/documents?refresh=false&device=cuda"
    docs_route = "/indexes/products/documents?refresh=%s&device=%s"
    broken_images = (MQ_AT(9, 30), MQ_AT(9, 55))

    def add_docs(t: datetime, n: int) -> datetime:
        img = (
            r.uniform(0.6, 3.2)
            if not (broken_images[0] <= t < broken_images[1])
            else r.uniform(9.5, 21)
        )
        t = LOG(
            f,
            t + sec(img),
            MQ_TS,
            "          add_documents image download: took %.3fs to concurrently download images for %s docs using %s threads ",
            f"          add_documents image download: took {img:.3f}s to concurrently download images for {n} docs using 20 threads ",
        )
        vec = n * r.uniform(0.018, 0.04)
        pre = vec + n * r.uniform(0.001, 0.004)
        t = LOG(
            f,
            t + sec(pre),
            MQ_TS,
            "      add_documents pre-processing: took %.3fs total for %s docs, for an average of %.3fs per doc.",
            f"      add_documents pre-processing: took {pre:.3f}s total for {n} docs, for an average of {pre / n:.3f}s per doc.",
        )
        t = LOG(
            f,
            t,
            MQ_TS,
            "          add_documents vectorise: took %.3fs for %s docs, for an average of %.3fs per doc.",
            f"          add_documents vectorise: took {vec:.3f}s for {n} docs, for an average of {vec / n:.3f}s per doc.",
        )
        http = n * r.uniform(0.004, 0.012)
        idx = http * r.uniform(0.55, 0.85)
        t = LOG(
            f,
            t + sec(http),
            MQ_TS,
            "      add_documents roundtrip: took %.3fs to send %s docs (roundtrip) to Marqo-os, for an average of %.3fs per doc.",
            f"      add_documents roundtrip: took {http:.3f}s to send {n} docs (roundtrip) to Marqo-os, for an average of {http / n:.3f}s per doc.",
        )
        return LOG(
            f,
            t,
            MQ_TS,
            "          add_documents Marqo-os index: took %.3fs for Marqo-os to index %s docs, for an average of %.3fs per doc.",
            f"          add_documents Marqo-os index: took {idx:.3f}s for Marqo-os to index {n} docs, for an average of {idx / n:.3f}s per doc.",
        )

    t = MQ_AT(6, 0, 41.0)
    while t < MQ_AT(12, 0):
        if MQ_AT(7, 0) <= t < MQ_AT(7, 10):  # the full re-sync, batched by Marqo
            t0 = t
            t = LOG(
                f,
                t,
                MQ_TS,
                "batch_size=%s and processes=%s - batching using a single process",
                "batch_size=100 and processes=1 - batching using a single process",
            )
            t = LOG(
                f,
                t,
                MQ_TS,
                "starting batch ingestion in sizes of %s",
                "starting batch ingestion in sizes of 100",
            )
            for i in range(14):
                n = 100 if i < 13 else 37
                t = LOG(
                    f,
                    t,
                    MQ_TS,
                    "    batch %s: beginning ingestion. ",
                    f"    batch {i}: beginning ingestion. ",
                )
                tb = t
                t = add_docs(t, n)
                took = (t - tb).total_seconds() + r.uniform(0.01, 0.05)
                t = LOG(
                    f,
                    t,
                    MQ_TS,
                    "    batch %s: ingested %s docs. Time taken: %.3f. Average time per doc %.3f",
                    f"    batch {i}: ingested {n} docs. Time taken: {took:.3f}. Average time per doc {took / n:.3f}",
                )
            t = LOG(f, t, MQ_TS, "completed batch ingestion.", "completed batch ingestion.")
            access(
                f,
                t + sec(0.02),
                "POST",
                "/indexes/products/documents?refresh=%s&device=%s&batch_size=%s",
                "/indexes/products/documents?refresh=false&device=cuda&batch_size=100",
                200,
            )
            t = t0 + sec(600)
            continue
        access(f, t, "GET", "/indexes/products/stats", "/indexes/products/stats", 200)
        t += sec(r.uniform(0.4, 2.5))
        changed = r.random() > 0.25
        if not changed:
            t = LOG(
                f,
                t,
                MQ_TS,
                "batch_size=%s and processes=%s - not doing any marqo side batching",
                "batch_size=0 and processes=1 - not doing any marqo side batching",
            )
            access(f, t + sec(0.003), "POST", docs_route, docs_path, 400)
        else:
            for k in range(r.choice([1, 1, 2, 2, 3])):
                n = 64 if k < 2 and r.random() < 0.5 else r.randint(3, 63)
                t = LOG(
                    f,
                    t + sec(r.uniform(0.05, 0.3)),
                    MQ_TS,
                    "batch_size=%s and processes=%s - not doing any marqo side batching",
                    "batch_size=0 and processes=1 - not doing any marqo side batching",
                )
                t = add_docs(t, n)
                t = access(f, t + sec(0.01), "POST", docs_route, docs_path, 200)
            if r.random() < 0.3:
                access(
                    f,
                    t + sec(r.uniform(0.2, 1)),
                    "POST",
                    "/indexes/products/documents/delete-batch",
                    "/indexes/products/documents/delete-batch",
                    200,
                )
        t = MQ_AT(t.hour, (t.minute // 10) * 10, 41.0 + r.uniform(0, 3)) + sec(600)
    return fs.logs(MQ_AT(6, 0))


# ------------------------------------------------------------------------------ sphinxsearch

SX_AT = day(2024, 6, 7)
SX_BANNER = [
    "Sphinx 2.2.11-id64-release (95ae9a6)",
    "Copyright (c) 2001-2016, Andrew Aksyonoff",
    "Copyright (c) 2008-2016, Sphinx Technologies Inc (http://sphinxsearch.com)",
    "",
]
SX_DATA = "/var/lib/sphinxsearch/data"
SX_QUERIES = [
    "standing desk",
    "usb c cable",
    "wireless earbuds",
    "office chair",
    "monitor arm",
    "laptop stand",
    "hdmi 2.1",
    "ergonomic mouse",
    "desk mat",
    "webcam 4k",
    "noise cancelling",
    "mechanical keyboard",
    "ssd 1tb",
    "power bank",
    "phone case",
    "usb hub",
    "led strip",
    "smart plug",
    "router wifi 6",
    "printer ink",
    "gaming headset",
    "cable organizer",
    "surge protector",
    "tablet stand",
]
SX_ARTICLES = [
    "return policy",
    "warranty",
    "delivery times",
    "track order",
    "invoice",
    "gift card",
    "size guide",
    "international shipping",
]


def sx_head(t: datetime) -> str:
    return f"[{t:%a %b} {t.day:2d} {t:%H:%M:%S}.{ms3(t)} {t:%Y}]"


def sphinxsearch(r: random.Random) -> list[Log]:
    """Sphinx 2.2.11 on two search hosts, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()

    def W(host: str, t: datetime, pid: int, label: str, msg: str, warn: bool = False) -> datetime:
        text = f"WARNING: {msg}" if warn else msg
        return fs.add(
            f"{host}-searchd.log",
            t,
            label,
            lambda x: [f"{sx_head(x)} [{pid:5d}] {text}"],
            (host, pid),
            MS,
        )

    def IX(t: datetime, label: str | None, lines: list[str], run: object) -> datetime:
        return fs.add("search01-indexer.log", t, label, lambda x: list(lines), run, MS)

    state = {"main": 1123, "watchdog": 1122}

    def indexer_run(
        t: datetime,
        index: str,
        docs: int,
        fail: str | None = None,
        slow: float = 0.0,
        rotate_pid: int | None = None,
    ) -> datetime:
        run = ("indexer", t)
        t = IX(t, SX_BANNER[0], SX_BANNER, run)
        t = IX(
            t + sec(0.002),
            "using config file '%s'...",
            ["using config file '/etc/sphinxsearch/sphinx.conf'..."],
            run,
        )
        t = IX(t + sec(0.001), "indexing index '%s'...", [f"indexing index '{index}'..."], run)
        if fail:
            t = IX(
                t + sec(r.uniform(0.002, 0.02)),
                "ERROR: index '%s': sql_connect: Can't connect to MySQL server on '%s' (%d) (DSN=%s).",
                [
                    f"ERROR: index '{index}': sql_connect: Can't connect to MySQL server on '10.0.2.15' (111) (DSN=mysql://sphinx:***@10.0.2.15:3306/shop)."
                ],
                run,
            )
            size = 0
            took = r.uniform(0.001, 0.02)
        else:
            took = slow + docs * r.uniform(0.0003, 0.0008) + r.uniform(0.05, 0.3)
            size = docs * r.randint(1200, 1700)
            t = IX(
                t + sec(took * 0.8),
                "collected %d docs, %.1f MB",
                [f"collected {docs} docs, {size / 1e6:.1f} MB"],
                run,
            )
            t = IX(
                t + sec(took * 0.15),
                "sorted %.1f Mhits, %.1f%% done",
                [f"sorted {docs * r.uniform(180, 260) / 1e6:.1f} Mhits, 100.0% done"],
                run,
            )
        t = IX(
            t + sec(0.003),
            "total %d docs, %d bytes",
            [f"total {docs if not fail else 0} docs, {size} bytes"],
            run,
        )
        rate = int(size / took) if size else 0
        t = IX(
            t,
            "total %.3f sec, %d bytes/sec, %.2f docs/sec",
            [
                f"total {took:.3f} sec, {rate} bytes/sec, {(docs / took if not fail else 0):.2f} docs/sec"
            ],
            run,
        )
        reads = 0 if fail else r.randint(4, 9)
        writes = 0 if fail else r.randint(10, 18)
        t = IX(
            t,
            "total %d reads, %.3f sec, %.1f kb/call avg, %.1f msec/call avg",
            [
                f"total {reads} reads, {0.0 if fail else r.uniform(0, 0.004):.3f} sec, {0.0 if fail else r.uniform(20, 120):.1f} kb/call avg, {0.0 if fail else r.uniform(0, 0.4):.1f} msec/call avg"
            ],
            run,
        )
        t = IX(
            t,
            "total %d writes, %.3f sec, %.1f kb/call avg, %.1f msec/call avg",
            [
                f"total {writes} writes, {0.0 if fail else r.uniform(0.001, 0.01):.3f} sec, {0.0 if fail else r.uniform(30, 110):.1f} kb/call avg, {0.0 if fail else r.uniform(0.1, 0.6):.1f} msec/call avg"
            ],
            run,
        )
        if fail:
            return IX(t, "WARNING: indices NOT rotated.", ["WARNING: indices NOT rotated."], run)
        pid = rotate_pid or state["main"]
        return IX(
            t + sec(0.001),
            "rotating indices: successfully sent SIGHUP to searchd (pid=%d).",
            [f"rotating indices: successfully sent SIGHUP to searchd (pid={pid})."],
            run,
        )

    def merge_run(t: datetime, pid: int) -> datetime:
        run = ("merge", t)
        t = IX(t, SX_BANNER[0], SX_BANNER, run)
        t = IX(
            t + sec(0.002),
            "using config file '%s'...",
            ["using config file '/etc/sphinxsearch/sphinx.conf'..."],
            run,
        )
        t = IX(
            t + sec(0.001),
            "merging index '%s' into index '%s'...",
            ["merging index 'products_delta' into index 'products_main'..."],
            run,
        )
        mb = r.uniform(180, 200)
        t = IX(
            t + sec(r.uniform(4, 9)),
            "read %.1f of %.1f MB, %.1f%% done",
            [f"read {mb:.1f} of {mb:.1f} MB, 100.0% done"],
            run,
        )
        t = IX(
            t + sec(r.uniform(1, 3)),
            "merged %.1f Kwords",
            [f"merged {r.uniform(700, 760):.1f} Kwords"],
            run,
        )
        t = IX(t, "merged in %.3f sec", [f"merged in {r.uniform(8, 14):.3f} sec"], run)
        t = IX(
            t,
            "total %d reads, %.3f sec, %.1f kb/call avg, %.1f msec/call avg",
            [
                f"total {r.randint(2400, 2900)} reads, {r.uniform(0.2, 0.6):.3f} sec, {r.uniform(60, 90):.1f} kb/call avg, {r.uniform(0.1, 0.3):.1f} msec/call avg"
            ],
            run,
        )
        t = IX(
            t,
            "total %d writes, %.3f sec, %.1f kb/call avg, %.1f msec/call avg",
            [
                f"total {r.randint(300, 420)} writes, {r.uniform(0.3, 0.9):.3f} sec, {r.uniform(400, 520):.1f} kb/call avg, {r.uniform(0.9, 2.2):.1f} msec/call avg"
            ],
            run,
        )
        return IX(
            t + sec(0.001),
            "rotating indices: successfully sent SIGHUP to searchd (pid=%d).",
            [f"rotating indices: successfully sent SIGHUP to searchd (pid={pid})."],
            run,
        )

    def rotated(host: str, t: datetime, pid: int, indexes: list[str]) -> datetime:
        for ix in indexes:
            t = W(
                host,
                t + sec(r.uniform(0.05, 0.9)),
                pid,
                "rotating index '%s': success",
                f"rotating index '{ix}': success",
            )
        return W(
            host,
            t + sec(0.001),
            pid,
            "rotating index: all indexes done",
            "rotating index: all indexes done",
        )

    def start(host: str, t: datetime, wd: int, pid: int, n: int, missing: str | None) -> datetime:
        t = W(
            host,
            t,
            wd,
            "watchdog: main process %d forked ok",
            f"watchdog: main process {pid} forked ok",
        )
        t = W(
            host,
            t + sec(0.004),
            pid,
            "listening on all interfaces, port=%d",
            "listening on all interfaces, port=9312",
        )
        t = W(
            host,
            t,
            pid,
            "listening on all interfaces, port=%d",
            "listening on all interfaces, port=9306",
        )
        if missing:
            t = W(
                host,
                t + sec(0.01),
                pid,
                "index '%s': preload: failed to open %s: %s; NOT SERVING",
                f"index '{missing}': preload: failed to open {SX_DATA}/{missing}.sph: No such file or directory; NOT SERVING",
                True,
            )
        t = W(host, t + sec(0.01), pid, "prereading %d indexes", f"prereading {n} indexes")
        pre = r.uniform(1.5, 3.5)
        t = W(
            host,
            t + sec(pre),
            pid,
            "preread %d indexes in %0.3f sec",
            f"preread {n} indexes in {pre:.3f} sec",
        )
        return W(host, t + sec(0.002), pid, "accepting connections", "accepting connections")

    # -- search01: the indexer's cron, searchd's rotations and restart
    mysql_down = (SX_AT(9, 18, 40), SX_AT(9, 27, 5))
    end = merge_run(SX_AT(6, 5, 1.2), 1123)
    rotated("search01", end + sec(0.6), 1123, ["products_main"])
    end = merge_run(SX_AT(9, 5, 1.0), 5411)
    rotated("search01", end + sec(0.6), 5411, ["products_main"])
    for k in range(36):
        t = SX_AT(6, 0) + sec(600 * k + 1.0 + r.uniform(0, 0.4))
        if t < SX_AT(7, 30, 30):
            pid = 1123
        else:
            pid = 5411
            state["main"] = 5411
        if mysql_down[0] <= t < mysql_down[1]:
            indexer_run(t, "products_delta", 0, fail="mysql")
            continue
        docs = r.randint(120, 900) if SX_AT(7, 0) <= t < SX_AT(11, 30) else r.randint(40, 300)
        if t.hour == 10 and t.minute == 40:  # held by a long ALTER on the shop's database
            end = indexer_run(t, "products_delta", docs, slow=640.0, rotate_pid=pid)
            W(
                "search01",
                end + sec(0.4),
                pid,
                "rotating index '%s': .new preload failed: failed to open %s: %s",
                f"rotating index 'products_delta': .new preload failed: failed to open {SX_DATA}/products_delta.new.sph: No such file or directory",
                True,
            )
            W(
                "search01",
                end + sec(0.401),
                pid,
                "rotating index '%s': .new preload failed; using old index",
                "rotating index 'products_delta': .new preload failed; using old index",
                True,
            )
            continue
        end = indexer_run(t, "products_delta", docs)
        rotated("search01", end + sec(0.3), pid, ["products_delta"])
    # articles is added to the config at 07:30: restart, then its first build
    t = W(
        "search01",
        SX_AT(7, 30, 12.4),
        1123,
        "caught SIGTERM, shutting down",
        "caught SIGTERM, shutting down",
    )
    t = W("search01", t + sec(0.35), 1123, "shutdown complete", "shutdown complete")
    t = W(
        "search01",
        t + sec(0.002),
        1122,
        "watchdog: main process %d exited cleanly (exit code %d), shutting down",
        "watchdog: main process 1123 exited cleanly (exit code 0), shutting down",
    )
    start("search01", t + sec(1.3), 5410, 5411, 3, "articles")
    for k, t in enumerate([SX_AT(7, 33, 40.2)] + [SX_AT(h, 30, 2.0) for h in (8, 9, 10, 11)]):
        end = indexer_run(t, "articles", r.randint(1800, 1900) if k == 0 else r.randint(2, 30))
        rotated("search01", end + sec(0.25), 5411, ["articles"])
    # the newsletter at 11:00: max_children reached, clients gone before the reply
    t = SX_AT(11, 0, 31.7)
    for _burst in range(4):
        t = W(
            "search01",
            t,
            5411,
            "maxed out, dismissing client",
            "maxed out, dismissing client",
            True,
        )
        n = r.randint(6, 40)
        t += sec(r.uniform(20, 70))
        t = W(
            "search01",
            t,
            5411,
            "last message repeated %d times",
            f"last message repeated {n} times",
            True,
        )
        for _ in range(r.randint(1, 3)):
            t = W(
                "search01",
                t + sec(r.uniform(0.01, 3)),
                5411,
                "send() failed: %d: %s, sock=%d",
                f"send() failed: 32: Broken pipe, sock={r.randint(40, 300)}",
                True,
            )
        t += sec(r.uniform(30, 120))

    # -- search02: rotations of the synced indexes a minute later
    for k in range(36):
        t = SX_AT(6, 1) + sec(600 * k + 9.0 + r.uniform(0, 2))
        if mysql_down[0] <= t - sec(60) < mysql_down[1] or (t.hour == 10 and t.minute == 41):
            continue
        rotated("search02", t, 988, ["products_delta"])
    for h in (8, 9, 10, 11):
        rotated("search02", SX_AT(h, 31, 8.0 + r.uniform(0, 3)), 988, ["articles"])

    # -- query logs
    def qlog(host: str, t: datetime, line: str, label: str) -> None:
        fs.add(f"{host}-query.log", t, label, lambda x: [f"{sx_head(x)} {line}"], (host, "q"), MS)

    def query(host: str, t: datetime, spike: bool) -> None:
        x = r.random()
        real = r.uniform(0.001, 0.012) if not spike else r.uniform(0.02, 1.8)
        wall = real + r.uniform(0, 0.002)
        head = f"{real:.3f} sec {wall:.3f} sec"
        if x < 0.5:
            q = r.choice(SX_QUERIES)
            total = r.randint(3, 2500)
            off = r.choice([0, 0, 0, 24, 48])
            sort = r.choice(["rel", "rel", "ext"])
            line = f"{head} [ext2/{r.randint(1, 3)}/{sort} {total} ({off},24)] [products] {q}"
            label = "%d.%03d sec %d.%03d sec [%s/%d/%s %d (%d,%d)] [%s] %s"
        elif x < 0.72:
            q = r.choice(SX_QUERIES)
            line = f"{head} [ext2/{r.randint(1, 2)}/attr- {r.randint(2, 60)} (0,20) @{r.choice(['brand_id', 'category_id', 'color'])}] [products] {q}"
            label = "%d.%03d sec %d.%03d sec [%s/%d/%s %d (%d,%d) @%s] [%s] %s"
        elif x < 0.87:
            line = f"{head} [ext2/2/ext {r.randint(40, 5000)} ({r.choice([0, 24, 48, 72])},24)] [products] "
            label = "%d.%03d sec %d.%03d sec [%s/%d/%s %d (%d,%d)] [%s] %s"
        else:
            q = r.choice(SX_QUERIES)
            pre = q[: r.randint(2, max(2, len(q) - 1))].rstrip()
            line = f"{head} [ext2/1/rel {r.randint(0, 40)} (0,8)] [products_suggest] {pre}*"
            label = "%d.%03d sec %d.%03d sec [%s/%d/%s %d (%d,%d)] [%s] %s"
        qlog(host, t, line, label)

    for a, b, gap in [
        (SX_AT(6, 0), SX_AT(7, 30), 40.0),
        (SX_AT(7, 30, 20), SX_AT(11, 0), 17.0),
        (SX_AT(11, 0), SX_AT(11, 15), 2.2),
        (SX_AT(11, 15), SX_AT(12, 0), 15.0),
    ]:
        for t in jitter_times(r, a, b, gap):
            query("search01", t, a == SX_AT(11, 0))
    for t in jitter_times(r, SX_AT(7, 35), SX_AT(12, 0), 70.0):
        q = r.choice(SX_ARTICLES)
        real = r.uniform(0.001, 0.006)
        qlog(
            "search02",
            t,
            f"{real:.3f} sec {real + r.uniform(0, 0.001):.3f} sec [ext2/0/rel {r.randint(0, 60)} (0,10)] [articles] {q}",
            "%d.%03d sec %d.%03d sec [%s/%d/%s %d (%d,%d)] [%s] %s",
        )
    for t in jitter_times(
        r, SX_AT(7, 30, 12), SX_AT(7, 30, 19), 0.3
    ):  # search01 restarting: the shop falls back to search02
        query("search02", t, False)
    return fs.logs(SX_AT(6, 0))


# ---------------------------------------------------------------------------- redis-sentinel

RS_AT = day(2024, 6, 7)
RS_IP = {"cache-01": "10.20.0.11", "cache-02": "10.20.0.12", "cache-03": "10.20.0.13"}
RS_PORT = {"cache": 6379, "sessions": 6380}
RS_ALL = " %s %s %s %d @ %s %s %d"


def redis_sentinel(r: random.Random) -> list[Log]:
    """Three Redis 7.2 Sentinels' log files, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    hosts = list(RS_IP)
    pid = {"cache-01": 1187, "cache-02": 1164, "cache-03": 1202}
    runid = {h: hexid(r, 40) for h in hosts}
    initial = {"cache": "10.20.0.11", "sessions": "10.20.0.12"}
    switches: dict[str, list[tuple[datetime, str]]] = {"cache": [], "sessions": []}

    def master_at(name: str, t: datetime) -> str:
        ip = initial[name]
        for when, new in switches[name]:
            if t >= when:
                ip = new
        return ip

    def L(h: str, t: datetime, lvl: str, label: str, msg: str) -> datetime:
        p = pid[h]
        return fs.add(
            f"{h}-redis-sentinel.log",
            t,
            label,
            lambda x: [f"{p}:X {x:%d %b %Y %H:%M:%S}.{ms3(x)} {lvl} {msg}"],
            (h, p),
            MS,
        )

    def m_inst(t: datetime, name: str, ip: str | None = None) -> str:
        return f"master {name} {ip or master_at(name, t)} {RS_PORT[name]}"

    def s_inst(t: datetime, kind: str, ip: str, name: str, mip: str | None = None) -> str:
        port = 26379 if kind == "sentinel" else RS_PORT[name]
        return (
            f"{kind} {ip}:{port} {ip} {port} @ {name} {mip or master_at(name, t)} {RS_PORT[name]}"
        )

    def EM(
        h: str,
        t: datetime,
        lvl: str,
        ev: str,
        name: str,
        ip: str | None = None,
        tail: str = "",
        tail_label: str = "",
    ) -> datetime:
        return L(h, t, lvl, f"{ev} %s %s %s %d{tail_label}", f"{ev} {m_inst(t, name, ip)}{tail}")

    def ES(
        h: str,
        t: datetime,
        lvl: str,
        ev: str,
        kind: str,
        ip: str,
        name: str,
        mip: str | None = None,
    ) -> datetime:
        return L(h, t, lvl, f"{ev}{RS_ALL}", f"{ev} {s_inst(t, kind, ip, name, mip)}")

    def saved(h: str, t: datetime) -> datetime:
        return L(
            h,
            t,
            "*",
            "Sentinel new configuration saved on disk",
            "Sentinel new configuration saved on disk",
        )

    def others(h: str) -> list[str]:
        return [x for x in hosts if x != h]

    # -- 08:12 the OOM killer takes cache's master on cache-01; cache-02's Sentinel leads the failover
    t0 = RS_AT(8, 12, 3.4)
    epoch = 13
    sd = {
        h: t0 + sec(5.0 + 0.25 * i + r.uniform(0, 0.2))
        for i, h in enumerate(["cache-02", "cache-03", "cache-01"])
    }
    for h in hosts:
        EM(h, sd[h], "#", "+sdown", "cache")
    lead = "cache-02"
    t = EM(
        lead,
        sd[lead] + sec(0.08),
        "#",
        "+odown",
        "cache",
        tail=" #quorum 2/2",
        tail_label=" #quorum %d/%d",
    )
    t = L(lead, t, "#", "+new-epoch %llu", f"+new-epoch {epoch}")
    t = EM(lead, t, "#", "+try-failover", "cache")
    t = saved(lead, t + sec(0.004))
    t = L(
        lead,
        t + sec(0.002),
        "#",
        "+vote-for-leader %s %llu",
        f"+vote-for-leader {runid[lead]} {epoch}",
    )
    vt = t
    for h in ("cache-03", "cache-01"):
        vt = L(
            lead,
            vt + sec(r.uniform(0.003, 0.02)),
            "#",
            "%s voted for %s %llu",
            f"{RS_IP[h]}:26379 voted for {runid[lead]} {epoch}",
        )
        ht = sd[h] + sec(r.uniform(0.05, 0.4))
        ht = L(h, max(ht, t), "#", "+new-epoch %llu", f"+new-epoch {epoch}")
        ht = saved(h, ht + sec(0.003))
        ht = L(
            h,
            ht + sec(0.002),
            "#",
            "+vote-for-leader %s %llu",
            f"+vote-for-leader {runid[lead]} {epoch}",
        )
        ht = EM(
            h,
            ht + sec(r.uniform(0.3, 0.9)),
            "#",
            "+odown",
            "cache",
            tail=" #quorum 3/2",
            tail_label=" #quorum %d/%d",
        )
        ht = L(
            h,
            ht,
            "#",
            "Next failover delay: I will not start a failover before %s",
            f"Next failover delay: I will not start a failover before {ht + sec(120):%a %b} {(ht + sec(120)).day:2d} {ht + sec(120):%H:%M:%S %Y}",
        )
    t = EM(lead, vt + sec(0.06), "#", "+elected-leader", "cache")
    t = EM(lead, t, "#", "+failover-state-select-slave", "cache")
    t = ES(lead, t + sec(0.07), "#", "+selected-slave", "slave", "10.20.0.12", "cache")
    t = ES(lead, t, "*", "+failover-state-send-slaveof-noone", "slave", "10.20.0.12", "cache")
    t = ES(
        lead, t + sec(0.06), "*", "+failover-state-wait-promotion", "slave", "10.20.0.12", "cache"
    )
    t = saved(lead, t + sec(0.8))
    t = ES(lead, t, "#", "+promoted-slave", "slave", "10.20.0.12", "cache")
    t = EM(lead, t, "#", "+failover-state-reconf-slaves", "cache")
    t = ES(lead, t + sec(0.05), "*", "+slave-reconf-sent", "slave", "10.20.0.13", "cache")
    t = ES(lead, t + sec(0.9), "*", "+slave-reconf-inprog", "slave", "10.20.0.13", "cache")
    t = ES(lead, t + sec(1.0), "*", "+slave-reconf-done", "slave", "10.20.0.13", "cache")
    t = EM(lead, t + sec(0.07), "#", "-odown", "cache")
    t = EM(lead, t, "#", "+failover-end", "cache")
    sw = t
    switches["cache"].append((sw, "10.20.0.12"))
    for h in hosts:
        if h == lead:
            t = sw
        else:
            t = ES(
                h,
                sw + sec(r.uniform(0.4, 1.6)),
                "#",
                "+config-update-from",
                "sentinel",
                "10.20.0.12",
                "cache",
                "10.20.0.11",
            )
        t = L(
            h,
            t,
            "#",
            "+switch-master %s %s %d %s %d",
            "+switch-master cache 10.20.0.11 6379 10.20.0.12 6379",
        )
        t = ES(h, t, "*", "+slave", "slave", "10.20.0.13", "cache")
        t = ES(h, t, "*", "+slave", "slave", "10.20.0.11", "cache")
        t = saved(h, t + sec(0.004))
        t = ES(h, t + sec(r.uniform(5.0, 5.4)), "#", "+sdown", "slave", "10.20.0.11", "cache")
    back = RS_AT(8, 12, 31.9)
    for h in hosts:
        ES(h, back + sec(r.uniform(0.3, 1.2)), "#", "-sdown", "slave", "10.20.0.11", "cache")
    ES(lead, back + sec(10.4), "*", "+convert-to-slave", "slave", "10.20.0.11", "cache")

    # -- 09:40 cache-02's VM is stunned by a live migration: TILT for 30 s
    L("cache-02", RS_AT(9, 40, 12.6), "#", "+tilt #tilt mode entered", "+tilt #tilt mode entered")
    L("cache-02", RS_AT(9, 40, 42.7), "#", "-tilt #tilt mode exited", "-tilt #tilt mode exited")

    # -- 10:30 the Sentinels upgraded one by one
    for h, t0, newpid in (
        ("cache-01", RS_AT(10, 30, 5.2), 20314),
        ("cache-02", RS_AT(10, 33, 11.8), 20077),
        ("cache-03", RS_AT(10, 36, 40.1), 20552),
    ):
        t = L(
            h,
            t0,
            "#",
            "Received SIGTERM scheduling shutdown...",
            "Received SIGTERM scheduling shutdown...",
        )
        t = L(h, t + sec(0.09), "#", "User requested shutdown...", "User requested shutdown...")
        t = L(h, t, "*", "Removing the pid file.", "Removing the pid file.")
        t = L(
            h,
            t,
            "#",
            "Sentinel is now ready to exit, bye bye...",
            "Sentinel is now ready to exit, bye bye...",
        )
        gone = t
        t += sec(r.uniform(6.8, 8.4))
        pid[h] = newpid
        t = L(
            h,
            t,
            "*",
            "oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo",
            "oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo",
        )
        t = L(
            h,
            t,
            "*",
            "Redis version=%s, bits=%d, commit=%s, modified=%d, pid=%d, just started",
            f"Redis version=7.2.5, bits=64, commit=00000000, modified=0, pid={newpid}, just started",
        )
        t = L(h, t, "*", "Configuration loaded", "Configuration loaded")
        t = L(
            h,
            t + sec(0.001),
            "*",
            "Running mode=%s, port=%d.",
            "Running mode=sentinel, port=26379.",
        )
        t = L(h, t + sec(0.001), "#", "Sentinel ID is %s", f"Sentinel ID is {runid[h]}")
        for name in ("cache", "sessions"):
            t = EM(h, t, "#", "+monitor", name, tail=" quorum 2", tail_label=" quorum %d")
        up = t
        for o in others(h):
            for name in ("cache", "sessions"):
                ES(o, gone + sec(r.uniform(5.0, 5.7)), "#", "+sdown", "sentinel", RS_IP[h], name)
                ES(o, up + sec(r.uniform(0.5, 2.2)), "#", "-sdown", "sentinel", RS_IP[h], name)

    # -- 11:05 the replicas on cache-03 restarted onto a new disk
    for name in ("cache", "sessions"):
        t0 = RS_AT(11, 5, 2.5) + sec(4 if name == "sessions" else 0)
        for h in hosts:
            ES(h, t0 + sec(r.uniform(5.0, 5.6)), "#", "+sdown", "slave", "10.20.0.13", name)
            t = ES(h, t0 + sec(r.uniform(9.0, 10.0)), "#", "-sdown", "slave", "10.20.0.13", name)
            ES(h, t + sec(r.uniform(0.2, 1.0)), "*", "+reboot", "slave", "10.20.0.13", name)

    # -- 11:40 an operator moves sessions' master off cache-02 (it holds both masters now)
    lead = "cache-01"
    epoch += 1
    t = L(
        lead,
        RS_AT(11, 40, 2.2),
        "#",
        "Executing user requested FAILOVER of '%s'",
        "Executing user requested FAILOVER of 'sessions'",
    )
    t = L(lead, t, "#", "+new-epoch %llu", f"+new-epoch {epoch}")
    t = EM(lead, t, "#", "+try-failover", "sessions")
    t = saved(lead, t + sec(0.004))
    t = L(
        lead,
        t + sec(0.002),
        "#",
        "+vote-for-leader %s %llu",
        f"+vote-for-leader {runid[lead]} {epoch}",
    )
    t = EM(lead, t, "#", "+elected-leader", "sessions")
    t = EM(lead, t, "#", "+failover-state-select-slave", "sessions")
    t = ES(lead, t + sec(0.05), "#", "+selected-slave", "slave", "10.20.0.11", "sessions")
    t = ES(lead, t, "*", "+failover-state-send-slaveof-noone", "slave", "10.20.0.11", "sessions")
    t = ES(
        lead,
        t + sec(0.05),
        "*",
        "+failover-state-wait-promotion",
        "slave",
        "10.20.0.11",
        "sessions",
    )
    t = saved(lead, t + sec(0.9))
    t = ES(lead, t, "#", "+promoted-slave", "slave", "10.20.0.11", "sessions")
    t = EM(lead, t, "#", "+failover-state-reconf-slaves", "sessions")
    t = ES(lead, t + sec(0.06), "*", "+slave-reconf-sent", "slave", "10.20.0.13", "sessions")
    t = ES(lead, t + sec(0.8), "*", "+slave-reconf-inprog", "slave", "10.20.0.13", "sessions")
    t = ES(lead, t + sec(1.1), "*", "+slave-reconf-done", "slave", "10.20.0.13", "sessions")
    t = EM(lead, t + sec(0.05), "#", "+failover-end", "sessions")
    sw = t
    switches["sessions"].append((sw, "10.20.0.11"))
    for h in hosts:
        if h == lead:
            t = sw
        else:
            t = L(h, sw + sec(r.uniform(0.3, 1.5)), "#", "+new-epoch %llu", f"+new-epoch {epoch}")
            t = ES(
                h, t, "#", "+config-update-from", "sentinel", "10.20.0.11", "sessions", "10.20.0.12"
            )
        t = L(
            h,
            t,
            "#",
            "+switch-master %s %s %d %s %d",
            "+switch-master sessions 10.20.0.12 6380 10.20.0.11 6380",
        )
        t = ES(h, t, "*", "+slave", "slave", "10.20.0.13", "sessions")
        t = ES(h, t, "*", "+slave", "slave", "10.20.0.12", "sessions")
        saved(h, t + sec(0.004))
    ES(lead, sw + sec(10.3), "*", "+convert-to-slave", "slave", "10.20.0.12", "sessions")
    # -- cache-03's disk stalls: both its replicas stop answering PINGs for a few seconds
    busy: list[tuple[datetime, datetime]] = []

    def blocked(t: datetime, d: float) -> bool:
        return any(a - sec(30) <= t < b + sec(30) for a, b in busy) or any(
            a <= t + sec(d) < b for a, b in busy
        )

    drops = [RS_AT(7, 40, 0) + sec(r.uniform(0, 1500)) for _ in range(12)]
    drops.sort()
    fixed = RS_AT(11, 5, 20)
    events = [
        (RS_AT(8, 11, 30), RS_AT(8, 13, 40)),
        (RS_AT(10, 29, 50), RS_AT(10, 37, 30)),
        (RS_AT(11, 4, 50), RS_AT(11, 6, 30)),
        (RS_AT(11, 39, 40), RS_AT(11, 41, 30)),
    ]
    dropped: list[tuple[datetime, datetime]] = []
    for t0 in drops:
        d = r.uniform(6.5, 21)
        if any(a - sec(40) <= t0 <= b + sec(40) for a, b in dropped + events):
            continue
        dropped.append((t0, t0 + sec(d)))
    busy = events + dropped

    t = RS_AT(7, 0, 14)
    while t < fixed - sec(60):
        d = r.uniform(5.3, 13.5)
        if not blocked(t, d):
            for h in hosts:
                for name in ("cache", "sessions"):
                    ES(h, t + sec(r.uniform(5.0, 5.6)), "#", "+sdown", "slave", "10.20.0.13", name)
                    ES(
                        h,
                        t + sec(d + r.uniform(0.1, 0.9)),
                        "#",
                        "-sdown",
                        "slave",
                        "10.20.0.13",
                        name,
                    )
        t += sec(r.uniform(70, 230))

    # -- cache-03's switch port flapping 07:40-08:05
    for a, b in dropped:
        d = (b - a).total_seconds()
        for name in ("cache", "sessions"):
            EM("cache-03", a + sec(r.uniform(5.0, 5.5)), "#", "+sdown", name)
            EM("cache-03", b + sec(r.uniform(0.1, 0.8)), "#", "-sdown", name)
            remote = "10.20.0.12" if name == "cache" else "10.20.0.11"
            ES("cache-03", a + sec(r.uniform(5.0, 5.6)), "#", "+sdown", "slave", remote, name)
            ES("cache-03", b + sec(r.uniform(0.1, 0.9)), "#", "-sdown", "slave", remote, name)
            for s in ("10.20.0.11", "10.20.0.12"):
                ES("cache-03", a + sec(r.uniform(5.0, 5.9)), "#", "+sdown", "sentinel", s, name)
                ES("cache-03", b + sec(r.uniform(0.2, 1.8)), "#", "-sdown", "sentinel", s, name)
            for h in ("cache-01", "cache-02"):
                ES(h, a + sec(r.uniform(5.0, 5.6)), "#", "+sdown", "slave", "10.20.0.13", name)
                ES(h, b + sec(r.uniform(0.1, 0.9)), "#", "-sdown", "slave", "10.20.0.13", name)
                ES(h, a + sec(r.uniform(5.0, 5.9)), "#", "+sdown", "sentinel", "10.20.0.13", name)
                ES(h, b + sec(r.uniform(0.2, 1.8)), "#", "-sdown", "sentinel", "10.20.0.13", name)
        assert d > 5

    return fs.logs(RS_AT(6, 0))


# ------------------------------------------------------------------------------------ pgdog

PD_AT = day(2025, 10, 14)
PD_SHOP_RW = "pg-shop-rw.db.svc.cluster.local:5432, shop"
PD_SHOP_RO = "pg-shop-ro.db.svc.cluster.local:5432, shop"
PD_ANALYTICS = "pg-analytics-ro.db.svc.cluster.local:5432, analytics"
PD_CONNECTED = 'client "%s" connected to database "%s" [%s]'
PD_GONE = 'client "%s" disconnected from database "%s" [%s]'
PD_GONE_ERR = 'client "%s" disconnected from database "%s" with error [%s]: %s'
PD_REFUSED = "error connecting to server: Connection refused (os error 111) [%s]"


def pgdog(r: random.Random) -> list[Log]:
    """Four PgDog pods' `kubectl logs`, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    old = ["pgdog-7c9d5b8f6d-4hx2m", "pgdog-7c9d5b8f6d-q8zlt"]
    new = ["pgdog-5f8b6c9d4-jm2vw", "pgdog-5f8b6c9d4-xk7pd"]
    rollout = {old[0]: PD_AT(11, 0, 14.2), old[1]: PD_AT(11, 2, 40.7)}
    born = {new[0]: PD_AT(10, 59, 58.317204), new[1]: PD_AT(11, 2, 25.108339)}
    switchover = (PD_AT(9, 5, 10.4), PD_AT(9, 5, 41.9))

    def L(pod: str, t: datetime, level: str, label: str, msg: str) -> datetime:
        return fs.add(
            f"{pod}.log",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond:06d}Z {level:>5} {msg}"],
            pod,
            US,
        )

    def addr() -> str:
        return f"10.244.{r.choice([1, 2, 3, 5, 7])}.{r.randint(2, 250)}:{r.randint(32768, 60999)}"

    def alive(pod: str, t: datetime) -> bool:
        return (pod in rollout and t < rollout[pod]) or (pod in born and t >= born[pod] + sec(2))

    def new_conn(pod: str, t: datetime, target: str) -> datetime:
        return L(pod, t, "INFO", "new server connection [%s]", f"new server connection [{target}]")

    def session(pod: str, t: datetime, user: str, db: str, dur: float) -> None:
        if not alive(pod, t):
            return
        a = addr()
        if switchover[0] <= t < switchover[1] and db == "shop" and user != "metabase":
            if r.random() < 0.4:
                L(
                    pod,
                    t + sec(0.003),
                    "ERROR",
                    "aborting new client connection, connection pool is down [%s]",
                    f"aborting new client connection, connection pool is down [{a}]",
                )
                return
            t = L(
                pod,
                t + sec(0.004),
                "INFO",
                PD_CONNECTED,
                f'client "{user}" connected to database "{db}" [{a}]',
            )
            t = L(
                pod,
                t + sec(5.0 + r.uniform(0, 0.01)),
                "ERROR",
                "checkout timeout [%s]",
                f"checkout timeout [[{a}]]",
            )
            L(
                pod,
                t + sec(0.0005),
                "ERROR",
                PD_GONE_ERR.replace(": %s", ": checkout timeout"),
                f'client "{user}" disconnected from database "{db}" with error [{a}]: checkout timeout',
            )
            return
        t = L(
            pod,
            t + sec(r.uniform(0.002, 0.008)),
            "INFO",
            PD_CONNECTED,
            f'client "{user}" connected to database "{db}" [{a}]',
        )
        end = t + sec(dur)
        if db == "shop" and t < switchover[0] < end:
            L(
                pod,
                switchover[0] + sec(r.uniform(0.01, 0.3)),
                "ERROR",
                PD_GONE_ERR.replace(": %s", ": Connection reset by peer (os error 104)"),
                f'client "{user}" disconnected from database "{db}" with error [{a}]: Connection reset by peer (os error 104)',
            )
            return
        if pod in rollout and end >= rollout[pod]:
            end = rollout[pod] + sec(r.uniform(0.05, 25))
        if end < PD_AT(12, 0):
            L(pod, end, "INFO", PD_GONE, f'client "{user}" disconnected from database "{db}" [{a}]')

    def start(pod: str, t: datetime) -> datetime:
        t = L(pod, t, "INFO", 'loaded "%s"', 'loaded "/etc/pgdog/pgdog.toml"')
        t = L(
            pod, t + sec(0.00008), "INFO", 'loaded "%s"', 'loaded "/etc/secrets/pgdog/users.toml"'
        )
        t = L(
            pod,
            t + sec(0.0009),
            "INFO",
            "🐕 PgDog listening on %s",
            "🐕 PgDog listening on 0.0.0.0:6432",
        )
        for target in (PD_SHOP_RW, PD_SHOP_RW, PD_SHOP_RO, PD_SHOP_RO):
            t = new_conn(pod, t + sec(r.uniform(0.002, 0.02)), target)
        return t

    for pod in new:
        start(pod, born[pod])

    for pod in old + new:
        a, b = (PD_AT(6, 0), rollout[pod]) if pod in rollout else (born[pod] + sec(3), PD_AT(12, 0))
        # the shop's job runners and serverless functions: a connection per job
        for t in jitter_times(r, a, b, 50.0):
            user = r.choice(
                ["shop_worker", "shop_worker", "shop_worker", "shop_functions", "shop_functions"]
            )
            session(
                pod,
                t,
                user,
                "shop",
                r.uniform(0.05, 40) if user == "shop_worker" else r.uniform(0.02, 2.5),
            )
        # Metabase's dashboards on the analytics replica
        for t in jitter_times(r, max(a, PD_AT(7, 30)), b, 420.0):
            session(pod, t, "metabase", "analytics", r.uniform(20, 600))
        # the Rails pods' pools: reconnects on deploys and restarts
        for t in jitter_times(r, a, b, 900.0):
            session(pod, t, "shop_app", "shop", r.uniform(300, 4000))
        # the pools grow with the load
        for t in jitter_times(r, a, b, 240.0):
            if switchover[0] <= t < switchover[1] + sec(60):
                continue
            new_conn(pod, t, r.choice([PD_SHOP_RW, PD_SHOP_RW, PD_SHOP_RO, PD_ANALYTICS]))
        # analytics' pool is empty between dashboards: the health check opens its own
        t = a + sec(r.uniform(0, 300))
        while t < b:
            if r.random() < 0.7:
                L(
                    pod,
                    t,
                    "INFO",
                    "creating new healthcheck connection [%s]",
                    f"creating new healthcheck connection [{PD_ANALYTICS}]",
                )
            t += sec(300 + r.uniform(-0.01, 0.01))

    # the rolled-out pods: the Rails pools reconnect to the new ones
    for pod in new:
        for _ in range(16):
            session(
                pod, born[pod] + sec(r.uniform(3, 40)), "shop_app", "shop", r.uniform(300, 3000)
            )

    # 07:20-07:50 a new uptime check opens TCP connections to pod 1 and never logs in
    for t in jitter_times(r, PD_AT(7, 20), PD_AT(7, 50), 60.0, 50.0):
        L(
            old[0],
            t + sec(60),
            "ERROR",
            "client login timeout [%s]",
            f"client login timeout [10.244.7.33:{r.randint(32768, 60999)}]",
        )

    # 09:05 the database's switchover: the primary goes away for 30 s
    for pod in old:
        t = switchover[0] + sec(r.uniform(0.5, 2))
        while t < switchover[1]:
            t = L(
                pod,
                t,
                "ERROR",
                PD_REFUSED,
                f"error connecting to server: Connection refused (os error 111) [{PD_SHOP_RW}]",
            )
            for attempt in (1, 2):
                t = L(
                    pod,
                    t + sec(1.0 + r.uniform(0, 0.005)),
                    "ERROR",
                    "[attempt %d] " + PD_REFUSED,
                    f"[attempt {attempt}] error connecting to server: Connection refused (os error 111) [{PD_SHOP_RW}]",
                )
            t += sec(r.uniform(1.0, 3.5))
        for _ in range(r.randint(6, 10)):
            new_conn(pod, switchover[1] + sec(r.uniform(0.2, 6)), PD_SHOP_RW)

    # the Rails pools' clients waiting for a connection through the switchover, and jobs arriving in it
    for pod in old:
        for _ in range(r.randint(7, 12)):
            t = switchover[0] + sec(r.uniform(0.5, 24))
            L(pod, t + sec(5.0), "ERROR", "checkout timeout [%s]", f"checkout timeout [[{addr()}]]")
        for t in jitter_times(r, switchover[0], switchover[1] - sec(6), 3.5):
            session(pod, t, r.choice(["shop_worker", "shop_functions"]), "shop", 1.0)

    # 10:12 the analytics replica's node is drained: connects time out
    for pod in old:
        t = PD_AT(10, 12, 3.1) + sec(r.uniform(0, 20))
        for _ in range(r.randint(2, 3)):
            t = L(
                pod,
                t,
                "ERROR",
                "server connection timeout [%s]",
                f"server connection timeout [{PD_ANALYTICS}]",
            )
            for attempt in (1, 2):
                t = L(
                    pod,
                    t + sec(5.0 + r.uniform(0, 0.005)),
                    "ERROR",
                    "[attempt %d] server connection timeout [%s]",
                    f"[attempt {attempt}] server connection timeout [{PD_ANALYTICS}]",
                )
            t += sec(r.uniform(10, 40))
        new_conn(pod, t + sec(r.uniform(5, 20)), PD_ANALYTICS)
    return fs.logs(PD_AT(6, 0))


SYSTEMS = {
    "edgedb": edgedb,
    "marqo": marqo,
    "sphinxsearch": sphinxsearch,
    "redis-sentinel": redis_sentinel,
    "pgdog": pgdog,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
