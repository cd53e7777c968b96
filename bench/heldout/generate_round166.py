#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 166 (mysql-router, orchestrator, pgcat, pgagroal,
supavisor) into bench/heldout/, the same way and under the same label rules as generate.py
(bench/README.md, "heldout.py"): each program's log is simulated from its format strings over a
seeded run, and every line that starts an event is labelled with the format string that wrote it
as it is written. Distinct calls of one process never share a timestamp at the log's resolution
(round 53's Clock, kept per process and per file). Five programs that stand between applications
and their databases, 06:00 to 12:00 on 2024-06-07 (UTC).

- MySQL Router 8.0.37 (`app1-mysqlrouter.log`, `app2-mysqlrouter.log`, `app3-mysqlrouter.log`:
  three routers bootstrapped against the InnoDB Cluster prodCluster, its default logger, `%Y-%m-%d
  %H:%M:%S module LEVEL [thread] message`: `2024-06-07 07:02:10 routing INFO [7f4024175640]
  [routing:bootstrap_rw] 1 connection errors for 10.20.0.40 (max 100)`): a new TCP check from the
  monitoring host against 6446 and 6447 from 07:02, every probe a connection error (`[%s] %zu
  connection errors for %s (max %llu)`) until `[%s] blocking client host %s` at 100; app1 restarted
  at 08:05 (`Stopping 'MySQL Router', version: ...`, `Stop accepting connections ...`, `[%s]
  stopped`, the start-up with `Starting 'MySQL Router', version: %s (%s)` at SYSTEM level, the io
  threads, the HTTP server, the metadata cache, `[%s] started: routing strategy = %s`, `Start
  accepting connections for routing %s listening on '%s'`, `Connected with metadata server running
  on %s`) and blocked again; the secondaries patched 07:31 and 07:45 (`Member %s:%d (%s) defined in
  metadata not found in actual Group Replication`, `Potential changes detected in cluster after
  metadata refresh (view_id=%u)`, `Metadata for cluster '%s' has %zu member(s), single-primary:`
  and a line per member, `Routing %s listening on '%s' got request to disconnect %u invalid
  connections: %s`); the primary db1 killed at 09:12 (`Failed connecting with Metadata Server %s:
  Can't connect to MySQL server on '%s' (111) (2003)`, `While updating metadata, could not
  establish a connection to cluster '%s' through %s`, `No available servers found for PRIMARY
  routing`, `[%s] connecting to backend(s) for client from %s failed: no destinations: no more
  destinations`, the RW acceptors closed until db2 is elected); the three routers restarted with
  max_connect_errors raised at 09:52-09:55 (the check, now every 45 s, logs its count for the rest
  of the run); db1 back at 09:39 and the switchover to it at 10:30; app3 cut from the database
  network 11:20-11:22 (`Failed fetching metadata from any of the %u metadata servers.`, clients'
  `connect(%s) failed after %sms: Connection timed out, end of destinations: no more destinations`).
- orchestrator 3.2.6 (`orc1-orchestrator.log`, `orc2-orchestrator.log`, `orc3-orchestrator.log`:
  three raft nodes run as `orchestrator --verbose http`, stderr appended to a file; golib's
  `2024-06-07 06:20:11 ERROR message`; AuditLogFile is set, so the audit entries go to their own
  file and not here): every node polls every instance every 5 s, so an unreachable MySQL gives
  the driver's error on each poll (`dial tcp %s: connect: connection refused`, `Error 1045: Access
  denied for user '%s'@'%s' (using password: YES)`) and, at most once a minute,
  `ReadTopologyInstance(%+v) show global status like 'Uptime': ...` and ` DiscoverInstance(%+v)
  instance is nil in %.3fs (Backend: %.3fs, Instance: %.3fs), error=...`; the analytics replica
  stopped without a downtime 06:20-06:34; the main master OOM-killed at 08:17:40 and down until
  08:43: the leader's `executeCheckAndRecoverFunction: proceeding with %+v detection on %+v;
  isActionable?: %+v; skipProcesses: %+v` (UnreachableMaster, DeadMaster, then
  DeadMasterWithoutReplicas once a minute), `topology_recovery: detected %+v failure on %+v`,
  `topology_recovery: No OnFailureDetectionProcesses hooks to run`, and the failover's
  `topology_recovery: ...` lines (`will handle DeadMaster event on %+v`, `RecoverDeadMaster: ...`,
  `promoted replica: %+v`, `Writing KV %+v`, `Distributing KV %+v`, `No PostMasterFailoverProcesses
  hooks to run`); the orchestrator user's password rotated on the billing hosts 11:02-11:09.
- PgCat 1.1.1 (`pgcat-0.log`, `pgcat-1.log`: two pods, `kubectl logs`, tracing-subscriber's
  default text format with NO_COLOR: `2024-06-07T06:00:40.632451Z  INFO pgcat::client: Client
  10.244.2.17:48212 connected (plain)`), log_client_connections and log_client_disconnections on,
  an orders pool with a primary and two replicas and a catalog pool on the same servers, five
  applications: `Client %s connected (plain)`, `Client %s disconnected, session duration: %s`,
  `Server returned with session state altered, discarding state` (Django's SET TIME ZONE on every
  connection), `Client disconnected with error SocketError("Error reading message code from socket -
  Error %s")`, `Client %s issued a cancel query request`, `Server connection closed %s, session
  duration: %s` with the Address's Debug dump; pg-orders-3's hypervisor rebooting 07:40-07:58
  (`Could not connect to server: No route to host (os error %d)`, `Banning instance %s, error:
  TimedOut`, `Banning %s`, `Unbanning %s` every ban_time); the primary restarted at 09:05 (`Server
  %s marked bad`, `Could not connect to server: Connection refused (os error %d)`, the raw
  ErrorResponse fields with their NUL separators after `Server error: `, `Could not get connection
  from pool: { ... error: "AllServersDown" }`, `Got Sync message but failed to get a connection
  from the pool`); checkout-worker deployed with a stale password 10:15-10:35
  (`ClientGeneralError("Invalid password", ClientIdentifier { ... })`); a report idle in
  transaction at 11:10 (`Client idle in transaction timeout: { ... }`); pg-orders-2 failing its
  health check at 11:30 (`Banning instance %s because of health check timeout, Elapsed(())`).
- pgagroal 1.6.0 (`pool1-pgagroal.log`, `pool2-pgagroal.log`: log_type = file, `%Y-%m-%d %H:%M:%S
  %-5s file:line message`: `2024-06-07 06:00:05 INFO  worker.c:94 connect: user=shop database=shop
  address=10.10.1.21`; log_connections and log_disconnections on, the session pipeline, a worker
  process per client): `connect: user=%s database=%s address=%s` and `disconnect: ...` per session,
  `connect: address=%s` / `disconnect: address=%s` when authentication fails (a cron host missing
  from pgagroal_hba.conf 10:40-11:40, and every attempt while db1 is down), the pipeline's `[C]
  Client error: %s (socket %d status %d)` with strerror's text (`Success` for a client gone
  without a Terminate, `Connection reset by peer`), `[S] Client error: Broken pipe ...` for a report
  killed mid-result; max_connections raised and reloaded on pool1 at 07:48 (`Restart required for %s
  - Existing %d New %d`), pool1 restarted at 08:30 (`pgagroal: shutdown`, `pgagroal: started on
  %s:%d`); db1 rebooted 09:30-09:33 (the queue workers' sessions cut with `[C] Server error: Broken
  pipe ...` / `[S] Server error: ...`, then `pgagroal: No connection to %s:%d` on every retry);
  pool2 OOM-killed at 11:20 leaving its PID file (`PID file [%s] exists, is there another instance
  running ?` at FATAL on each of systemd's five restarts, started at 11:31).
- Supavisor 1.1 (`supavisor-1.log`, `supavisor-2.log`: `docker logs` of two clustered nodes,
  Elixir 1.14's console backend `$time $metadata[$level] $message` with the metadata project, user,
  region, mode and type: `06:00:14.143 project=acme-prod user=app_user region=eu-central-1
  mode=transaction type=single [warn] ClientHandler: socket closed with reason {:shutdown,
  :terminate_received}`; a time of day, no date): three tenants, every client's end logged by
  ClientHandler's terminate (`ClientHandler: socket closed with reason %s`, in session mode
  `..., DbHandler %s`), and for the session-mode tenant the linked DbHandler going down with it
  (`DbHandler: ClientHandler %s went down with reason %s`, `DbHandler: Terminating with reason %s
  when state was %s` and the gen_statem crash report over six lines); acme-prod's database restarted
  07:15-07:16 (`DbHandler: Connection closed when state was %s`, `DbHandler: Reconnect` and
  `DbHandler: Connection failed %s to %s:%s` every 2.5 s for each of the pool's eight handlers, the
  `Error auth response [...57P03...]` while it starts, a busy handler's crash and its client's
  `ClientHandler: DbHandler %s exited %s`); acme-staging's database password rotated at 08:40
  (`DbHandler: Auth error "password authentication failed for user \"%s\""`, `ClientHandler:
  Disconnected due to "..."`, the socket closed with that reason) until the tenant is updated
  through the API at 08:55 (Phoenix's `PUT /api/tenants/acme-staging`, `Sent 200 in 61ms`); a
  campaign 09:30-10:05 (`ClientHandler: Max client connections reached`, `ClientHandler: Unable to
  check out process from the pool due to timeout`); supavisor-2 upgraded at 10:00 (`Migrations
  already up`, `Proxy started %s on port %s`, `Running %s with %s at %s (%s)`, `Access %s at %s`,
  `[libcluster:%s] connected to %s`); a worker without TLS (`ClientHandler: Tenant is not allowed to
  connect without SSL, user %s`), a wrong password (`ClientHandler: Exchange error: "Wrong password"
  when method %s`), a scanner's unknown tenants (`ClientHandler: User not found: %s %s`), idle
  clients terminated (`ClientHandler: Terminate an idle connection by %s timeout`).

Label notes. The heads are context: MySQL Router's time, module, level and thread; golib's time
and level; tracing-subscriber's time, level and target; pgagroal's time, level and file:line;
Elixir's time, metadata and level. Words the call site passes are wording (orchestrator's hook
kind `OnFailureDetectionProcesses` in `No %s hooks to run`, ReadTopologyInstance's hint `show
global status like 'Uptime'`, MySQL Router's `PRIMARY` and `metadata change`, the `[C]`/`[S]` and
Client/Server of pgagroal's pipeline); enum names, Elixir terms and Rust Debug values are variables
(orchestrator's analyses, Supavisor's exit reasons and states, `AllServersDown`, `Some(Primary)`,
`Kind(UnexpectedEof)`, `TimedOut`). A value that is a message contributes its format: the Go MySQL
driver's errors after `error=` and after ReadTopologyInstance's hint, MySQL's `Can't connect to
MySQL server on '%s' (%d)`, strerror's texts (`Connection refused (os error %d)`, `No route to host`,
pgagroal's `Success`, `Broken pipe`, `Connection reset by peer`), PostgreSQL's `password
authentication failed for user \"%s\"` inside Supavisor's reasons and its `the database system is
starting up` inside the error fields, PgCat's `ClientGeneralError("Invalid password", ...)` and
`SocketError("Error reading message code from socket - Error %s")`. Rust's and Elixir's
interpolations are written `%s`. The gen_statem crash report is one event over six lines (its
later lines have no row); every other line is a call of its own. Supavisor's `%s %s` is Phoenix's
request line (method and path, both values).

Least sure (written from the helper's knowledge; MySQL Router's routing start/stop/accept and
connection-error messages, its metadata refresh dump and connect-error text, orchestrator's
ContinuousDiscovery, DiscoverInstance, logReadTopologyInstanceError, AuditOperation and the
DeadMaster recovery's AuditTopologyRecovery texts, PgCat's pool, client, server, config and error
code, pgagroal's logging, worker, pool, session pipeline and main, and Supavisor's ClientHandler,
DbHandler and Application were checked against copies of their sources, MySQL Router's and
Supavisor's layouts against logs quoted publicly): whether MySQL Router 8.0.37 logs `Failed
fetching metadata ...` once or on every refresh and whether the monitoring host's probes count as
connection errors per route; the `Can't connect ... (110)` errno for a silent network; orchestrator
3.2.6's exact recovery lines (the openark and vitess copies differ: no TabletDemoteMaster here, the
semi-sync line left out), the leading space of ` DiscoverInstance(...)`, whether the driver's error
is logged on every poll and the DeadMasterWithoutReplicas analysis after the failover; PgCat 1.1.1's
format_duration (milliseconds), its Address Debug (no error_count field) and the stats values;
pgagroal 1.6.0's line numbers and whether an unclean client end reads as `Success (... status 0)`;
Supavisor's exact release (the ClientHandler of mid-2024), Elixir 1.14's `[warn]`, the charlist
printed `'db-...'`, the gen_statem report's lines and State, `User not found`'s reason term and the
`Migrations already up` line from the release's migrate step.
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

# ------------------------------------------------------------------------------ mysql-router

MR_VERSION = "8.0.37"
MR_EDITION = "MySQL Community - GPL"
MR_CLUSTER = "prodCluster"
MR_MEMBERS = [
    ("db1", "10.20.2.11", "4b1f2c8e-0d3a-11ef-a7d2-0050569a3e11"),
    ("db2", "10.20.2.12", "4f6a9d03-0d3a-11ef-b1c6-0050569a3e12"),
    ("db3", "10.20.2.13", "53c0e7b5-0d3a-11ef-8e44-0050569a3e13"),
]
MR_ROUTES = [
    # section, port, strategy
    ("routing:bootstrap_rw", 6446, "first-available"),
    ("routing:bootstrap_ro", 6447, "round-robin-with-fallback"),
    ("routing:bootstrap_x_rw", 6448, "first-available"),
    ("routing:bootstrap_x_ro", 6449, "round-robin-with-fallback"),
]
MR_MONITOR = "10.20.0.40"


def mysql_router(r: random.Random) -> list[Log]:
    """Three MySQL Router 8.0.37 instances (app1, app2, app3), each on an application host in front
    of the InnoDB Cluster prodCluster (db1, db2, db3), mysqlrouter.log at its default level, 06:00
    to 12:00: a new TCP check from the monitoring host against ports 6446/6447 from 07:02 (each probe
    a connection error, the host blocked after 100), app1 restarted at 08:05, the primary db1
    killed at 09:12 (no primary for 7 s, then db2), all three routers restarted with a higher
    max_connect_errors at 09:52-09:55, db1 back at 09:39, a switchover back to db1 at 10:30, and
    app3 cut from the database network 11:20-11:22."""
    fs = Files()
    gens: dict[str, list[tuple[datetime, dict[str, object]]]] = {}

    def threads(h: str, t0: datetime) -> None:
        """A new process's threads (its main thread, the metadata cache's, the refresh thread, four
        io threads, one per route), from t0 on: pthread ids sharing the process's mapping."""
        base = "7f" + hexid(r, 2)

        def tid() -> str:
            return base + hexid(r, 5) + "640"

        gens.setdefault(h, []).append(
            (
                t0,
                {
                    "main": tid(),
                    "mc": tid(),
                    "refresh": tid(),
                    "io": [tid() for _ in range(4)],
                    **{name: tid() for name, _p, _s in MR_ROUTES},
                },
            )
        )

    def T(h: str, t: datetime, key: str) -> str:
        cur = [g for t0, g in gens[h] if t0 <= t][-1]
        v = cur[key]
        return r.choice(v) if isinstance(v, list) else str(v)

    def L(
        h: str, t: datetime, module: str, level: str, thread: str, label: str, msg: str
    ) -> datetime:
        return fs.add(
            f"{h}-mysqlrouter.log",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%d %H:%M:%S} {module} {level} [{thread}] {msg}"],
            h,
            1_000_000,
        )

    def dump(h: str, t: datetime, modes: list[str]) -> datetime:
        tr = T(h, t, "refresh")
        t = L(
            h,
            t,
            "metadata_cache",
            "INFO",
            tr,
            "Potential changes detected in cluster after metadata refresh (view_id=%u)",
            "Potential changes detected in cluster after metadata refresh (view_id=0)",
        )
        t = L(
            h,
            t,
            "metadata_cache",
            "INFO",
            tr,
            "Metadata for cluster '%s' has %zu member(s), single-primary:",
            f"Metadata for cluster '{MR_CLUSTER}' has {len(modes)} member(s), single-primary:",
        )
        for (name, _ip, _uuid), mode in zip(MR_MEMBERS, modes, strict=True):
            t = L(
                h,
                t,
                "metadata_cache",
                "INFO",
                tr,
                "    %s:%i / %i - mode=%s",
                f"    {name}:3306 / 33060 - mode={mode}",
            )
        return t

    def accept(h: str, t: datetime, route: tuple[str, int, str]) -> datetime:
        name, port, _s = route
        return L(
            h,
            t,
            "routing",
            "INFO",
            T(h, t, name),
            "Start accepting connections for routing %s listening on '%s'",
            f"Start accepting connections for routing {name} listening on '0.0.0.0:{port}'",
        )

    def stop_accept(h: str, t: datetime, route: tuple[str, int, str]) -> datetime:
        name, port, _s = route
        return L(
            h,
            t,
            "routing",
            "INFO",
            T(h, t, name),
            "Stop accepting connections for routing %s listening on %s",
            f"Stop accepting connections for routing {name} listening on 0.0.0.0:{port}",
        )

    def start(h: str, t: datetime, modes: list[str]) -> datetime:
        threads(h, t)
        main = T(h, t, "main")
        t = L(
            h,
            t,
            "main",
            "SYSTEM",
            main,
            "Starting 'MySQL Router', version: %s (%s)",
            f"Starting 'MySQL Router', version: {MR_VERSION} ({MR_EDITION})",
        )
        t = L(
            h,
            t,
            "io",
            "INFO",
            main,
            "starting %zu io-threads, using backend '%s'",
            "starting 4 io-threads, using backend 'linux_epoll'",
        )
        t = L(h, t, "http_server", "INFO", main, "listening on %s", "listening on 0.0.0.0:8443")
        mc = T(h, t, "mc")
        t = L(
            h,
            t,
            "metadata_cache_plugin",
            "INFO",
            mc,
            "Starting Metadata Cache",
            "Starting Metadata Cache",
        )
        t = L(
            h,
            t,
            "metadata_cache",
            "INFO",
            mc,
            "Connections using ssl_mode '%s'",
            "Connections using ssl_mode 'PREFERRED'",
        )
        t = L(
            h,
            t,
            "metadata_cache",
            "INFO",
            T(h, t, "refresh"),
            "Starting metadata cache refresh thread",
            "Starting metadata cache refresh thread",
        )
        for route in MR_ROUTES:
            name, _port, strategy = route
            t = L(
                h,
                t,
                "routing",
                "INFO",
                T(h, t, name),
                "[%s] started: routing strategy = %s",
                f"[{name}] started: routing strategy = {strategy}",
            )
            t = accept(h, t, route)
        t = L(
            h,
            t,
            "metadata_cache",
            "INFO",
            T(h, t, "refresh"),
            "Connected with metadata server running on %s",
            "Connected with metadata server running on db1:3306",
        )
        return dump(h, t, modes)

    def stop(h: str, t: datetime) -> datetime:
        t = L(
            h,
            t,
            "main",
            "SYSTEM",
            T(h, t, "main"),
            "Stopping 'MySQL Router', version: %s (%s), reason: %s",
            f"Stopping 'MySQL Router', version: {MR_VERSION} ({MR_EDITION}), reason: REQUESTED",
        )
        for route in MR_ROUTES:
            t = stop_accept(h, t, route)
            t = L(
                h,
                t,
                "routing",
                "INFO",
                T(h, t, route[0]),
                "[%s] stopped",
                f"[{route[0]}] stopped",
            )
        return t

    hosts = ["app1", "app2", "app3"]
    fail = at(9, 12, 20)
    elected = fail + sec(7)
    rejoin = at(9, 39, 50)
    switch = at(10, 30, 12)
    blip = (at(11, 20, 5), at(11, 22, 35))
    restarts = {
        "app1": [at(8, 5, 31), at(9, 52, 10)],
        "app2": [at(9, 53, 40)],
        "app3": [at(9, 55, 5)],
    }

    # the secondaries patched one after the other (each leaves the group, then rejoins)
    patches = [(2, at(7, 31, 5), at(7, 33, 40)), (1, at(7, 45, 10), at(7, 47, 55))]

    def modes_at(t: datetime) -> list[str]:
        for i, a, b in patches:
            if a <= t < b:
                return ["n/a" if j == i else m for j, m in enumerate(["RW", "RO", "RO"])]
        if t < fail:
            return ["RW", "RO", "RO"]
        if t < elected:
            return ["n/a", "RO", "RO"]
        if t < rejoin:
            return ["n/a", "RW", "RO"]
        if t < switch:
            return ["RO", "RW", "RO"]
        return ["RW", "RO", "RO"]

    # the routers were started before the window; their threads exist from then
    for h in hosts:
        threads(h, at(5, 40))
    down: dict[str, list[tuple[datetime, datetime]]] = {h: [] for h in hosts}
    for rt, h in sorted((rt, h) for h, times in restarts.items() for rt in times):
        down[h].append((rt, rt + sec(14)))
        stop(h, rt)
        start(h, rt + sec(r.uniform(2.5, 4.5)), modes_at(rt))

    # the monitoring host's TCP check: a connection error per probe, the host blocked at the maximum
    probes = [("app1", 0), ("app1", 1), ("app2", 0), ("app2", 1), ("app3", 0), ("app3", 1)]
    count = {p: 0 for p in probes}
    blocked = {p: False for p in probes}
    last = {p: T0 for p in probes}
    t = at(7, 2, 10)
    while t < T_END:
        for p in probes:
            h, ri = p
            tp = t + sec(ri * 0.6 + r.uniform(0, 0.4))
            if in_any(tp, down[h]):
                continue
            # a restart resets the counters
            if any(last[p] < rt <= tp for rt in restarts[h]):
                count[p] = 0
                blocked[p] = False
            last[p] = tp
            if blocked[p]:
                continue
            # max_connect_errors raised with each router's last restart
            mx = 100 if tp < restarts[h][-1] else 100000
            count[p] += 1
            name = MR_ROUTES[ri][0]
            if count[p] >= mx:
                L(
                    h,
                    tp,
                    "routing",
                    "WARNING",
                    T(h, tp, "io"),
                    "[%s] blocking client host %s",
                    f"[{name}] blocking client host {MR_MONITOR}",
                )
                blocked[p] = True
            else:
                L(
                    h,
                    tp,
                    "routing",
                    "INFO",
                    T(h, tp, "io"),
                    "[%s] %zu connection errors for %s (max %llu)",
                    f"[{name}] {count[p]} connection errors for {MR_MONITOR} (max {mx})",
                )
        # the check's interval lengthened to 45 s with the routers' configuration change
        t += sec((30 if t < at(9, 56) else 45) + r.uniform(-0.2, 0.2))

    for h in hosts:
        for i, a, b in patches:
            name, _ip, uuid = MR_MEMBERS[i]
            t = a + sec(r.uniform(0.1, 0.6))
            t = L(
                h,
                t,
                "metadata_cache",
                "WARNING",
                T(h, t, "refresh"),
                "Member %s:%d (%s) defined in metadata not found in actual Group Replication",
                f"Member {name}:3306 ({uuid}) defined in metadata not found in actual Group Replication",
            )
            t = dump(h, t, modes_at(a))
            for route, lo, hi in [(MR_ROUTES[1], 4, 16), (MR_ROUTES[3], 0, 2)]:
                n = r.randint(lo, hi)
                if n:
                    t = L(
                        h,
                        t,
                        "routing",
                        "INFO",
                        T(h, t, "refresh"),
                        "Routing %s listening on '%s' got request to disconnect %u invalid connections: %s",
                        f"Routing {route[0]} listening on '0.0.0.0:{route[1]}' got request to disconnect {n} invalid connections: metadata change",
                    )
            dump(h, b + sec(r.uniform(0.1, 0.6)), modes_at(b))

    # db1 killed: the routers lose it, no primary for 7 s, then db2
    for h in hosts:
        t = fail + sec(r.uniform(0.1, 0.6))
        tr = T(h, t, "refresh")
        t = L(
            h,
            t,
            "metadata_cache",
            "WARNING",
            tr,
            "Failed connecting with Metadata Server %s: Can't connect to MySQL server on '%s' (%d) (%d)",
            "Failed connecting with Metadata Server db1:3306: Can't connect to MySQL server on 'db1:3306' (111) (2003)",
        )
        t = L(
            h,
            t,
            "metadata_cache",
            "WARNING",
            tr,
            "While updating metadata, could not establish a connection to cluster '%s' through %s",
            f"While updating metadata, could not establish a connection to cluster '{MR_CLUSTER}' through db1:3306",
        )
        t = L(
            h,
            t,
            "metadata_cache",
            "WARNING",
            tr,
            "Member %s:%d (%s) defined in metadata not found in actual Group Replication",
            f"Member db1:3306 ({MR_MEMBERS[0][2]}) defined in metadata not found in actual Group Replication",
        )
        t = dump(h, t, ["n/a", "RO", "RO"])
        n = r.randint(14, 31)
        t = L(
            h,
            t,
            "routing",
            "INFO",
            tr,
            "Routing %s listening on '%s' got request to disconnect %u invalid connections: %s",
            f"Routing routing:bootstrap_rw listening on '0.0.0.0:6446' got request to disconnect {n} invalid connections: metadata change",
        )
        tc = fail + sec(r.uniform(0.3, 1.2))
        for _ in range(r.randint(1, 3)):
            tc = L(
                h,
                tc,
                "routing",
                "WARNING",
                T(h, tc, "io"),
                "No available servers found for PRIMARY routing",
                "No available servers found for PRIMARY routing",
            )
            tc += sec(r.uniform(0.2, 1.0))
        L(
            h,
            tc,
            "routing",
            "ERROR",
            T(h, tc, "io"),
            "[%s] connecting to backend(s) for client from %s failed: no destinations: no more destinations",
            f"[routing:bootstrap_rw] connecting to backend(s) for client from 127.0.0.1:{r.randint(32768, 60999)} failed: no destinations: no more destinations",
        )
        t = max(t, tc) + sec(r.uniform(0.2, 0.8))
        t = stop_accept(h, t, MR_ROUTES[0])
        t = stop_accept(h, t, MR_ROUTES[2])
        t = dump(h, max(t, elected + sec(r.uniform(0.1, 0.5))), ["n/a", "RW", "RO"])
        t = accept(h, t, MR_ROUTES[0])
        accept(h, t, MR_ROUTES[2])
        # db1 back in the group
        dump(h, rejoin + sec(r.uniform(0.1, 0.9)), ["RO", "RW", "RO"])
        # the switchover back to db1
        t = dump(h, switch + sec(r.uniform(0.1, 0.9)), ["RW", "RO", "RO"])
        for route, lo, hi in [(MR_ROUTES[0], 12, 33), (MR_ROUTES[1], 3, 11)]:
            t = L(
                h,
                t,
                "routing",
                "INFO",
                T(h, t, "refresh"),
                "Routing %s listening on '%s' got request to disconnect %u invalid connections: %s",
                f"Routing {route[0]} listening on '0.0.0.0:{route[1]}' got request to disconnect {r.randint(lo, hi)} invalid connections: metadata change",
            )

    # app3 cut from the database network
    h = "app3"
    t = blip[0]
    tr = T(h, t, "refresh")
    for name, _ip, _u in MR_MEMBERS:
        t = L(
            h,
            t,
            "metadata_cache",
            "WARNING",
            tr,
            "Failed connecting with Metadata Server %s: Can't connect to MySQL server on '%s' (%d) (%d)",
            f"Failed connecting with Metadata Server {name}:3306: Can't connect to MySQL server on '{name}:3306' (110) (2003)",
        )
    L(
        h,
        t,
        "metadata_cache",
        "ERROR",
        tr,
        "Failed fetching metadata from any of the %u metadata servers.",
        "Failed fetching metadata from any of the 3 metadata servers.",
    )
    for tc in poisson(r, blip[0] - sec(4), blip[1] - sec(5), 11):
        L(
            h,
            tc + sec(5.0 + r.uniform(0.001, 0.005)),
            "routing",
            "ERROR",
            T(h, tc, "io"),
            "[%s] connecting to backend(s) for client from %s failed: connect(%s) failed after %sms: Connection timed out, end of destinations: no more destinations",
            f"[routing:bootstrap_rw] connecting to backend(s) for client from 127.0.0.1:{r.randint(32768, 60999)} failed: connect(10.20.2.11:3306 /* db1 */) failed after {r.randint(5000, 5006)}ms: Connection timed out, end of destinations: no more destinations",
        )
    L(
        h,
        blip[1] + sec(0.3),
        "metadata_cache",
        "INFO",
        tr,
        "Connected with metadata server running on %s",
        "Connected with metadata server running on db1:3306",
    )
    return fs.logs(T0)


# ------------------------------------------------------------------------------ orchestrator

OR_NODES = {"orc1": "10.30.0.11", "orc2": "10.30.0.12", "orc3": "10.30.0.13"}
OR_DBS = {
    "db-main-1": "10.40.1.11",
    "db-main-2": "10.40.1.12",
    "db-main-3": "10.40.1.13",
    "db-main-4": "10.40.2.14",
    "db-bill-1": "10.40.1.21",
    "db-bill-2": "10.40.1.22",
    "db-an-1": "10.40.3.21",
    "db-an-2": "10.40.3.22",
}


def orchestrator(r: random.Random) -> list[Log]:
    """Three orchestrator 3.2.6 nodes in raft (orc1 the leader), `orchestrator --verbose http` under
    systemd with stderr appended to /var/log/orchestrator.log, watching three MySQL 8.0 clusters
    (main, billing, analytics), 06:00 to 12:00: the analytics replica db-an-2 stopped without a
    downtime 06:20-06:34, the main master db-main-1 OOM-killed at 08:17:40 and down until 08:43
    (UnreachableMaster, then DeadMaster, the leader's failover to db-main-2, DeadMasterWithoutReplicas
    after it), the orchestrator user's password rotated on the billing hosts 11:02-11:09."""
    fs = Files()

    def L(n: str, t: datetime, level: str, label: str, msg: str) -> datetime:
        return fs.add(
            f"{n}-orchestrator.log",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%d %H:%M:%S} {level} {msg}"],
            n,
            1_000_000,
        )

    def key(h: str) -> str:
        return f"{h}:3306"

    REFUSED = "dial tcp %s: connect: connection refused"
    DENIED = "Error 1045: Access denied for user '%s'@'%s' (using password: YES)"

    def unreachable(h: str, a: datetime, b: datetime, kind: str) -> None:
        """Every node polls the instance every InstancePollSeconds (5 s); the driver's error each
        time, ReadTopologyInstance's and DiscoverInstance's at most once a minute (ClearToLog)."""
        for n, nip in OR_NODES.items():
            if kind == "refused":
                label, err = REFUSED, f"dial tcp {OR_DBS[h]}:3306: connect: connection refused"
            else:
                label = DENIED
                err = f"Error 1045: Access denied for user 'orchestrator'@'{nip}' (using password: YES)"
            t = a + sec(r.uniform(0, 5))
            last = a - sec(120)
            while t < b:
                t = L(n, t, "ERROR", label, err)
                if (t - last).total_seconds() >= 60:
                    last = t
                    t = L(
                        n,
                        t + sec(r.uniform(0.0005, 0.002)),
                        "ERROR",
                        "ReadTopologyInstance(%+v) show global status like 'Uptime': " + label,
                        f"ReadTopologyInstance({key(h)}) show global status like 'Uptime': {err}",
                    )
                    inst_l = r.uniform(0.001, 0.012)
                    back_l = r.uniform(0.0005, 0.003)
                    L(
                        n,
                        t + sec(r.uniform(0.0005, 0.002)),
                        "WARNING",
                        " DiscoverInstance(%+v) instance is nil in %.3fs (Backend: %.3fs, Instance: %.3fs), error="
                        + label,
                        f" DiscoverInstance({key(h)}) instance is nil in {inst_l + back_l:.3f}s (Backend: {back_l:.3f}s, Instance: {inst_l:.3f}s), error={err}",
                    )
                t += sec(5 + r.uniform(-0.05, 0.35))

    def detection(t: datetime, analysis: str, h: str, actionable: bool, register: bool) -> datetime:
        t = L(
            "orc1",
            t,
            "INFO",
            "executeCheckAndRecoverFunction: proceeding with %+v detection on %+v; isActionable?: %+v; skipProcesses: %+v",
            f"executeCheckAndRecoverFunction: proceeding with {analysis} detection on {key(h)}; isActionable?: {str(actionable).lower()}; skipProcesses: false",
        )
        if register:
            t = L(
                "orc1",
                t,
                "INFO",
                "topology_recovery: detected %+v failure on %+v",
                f"topology_recovery: detected {analysis} failure on {key(h)}",
            )
            t = L(
                "orc1",
                t,
                "INFO",
                "topology_recovery: No OnFailureDetectionProcesses hooks to run",
                "topology_recovery: No OnFailureDetectionProcesses hooks to run",
            )
        return t

    def audit(t: datetime, label: str, msg: str) -> datetime:
        return L(
            "orc1",
            t + sec(r.uniform(0.001, 0.02)),
            "INFO",
            "topology_recovery: " + label,
            "topology_recovery: " + msg,
        )

    # the analytics replica stopped for maintenance, no downtime set
    unreachable("db-an-2", at(6, 20, 11), at(6, 34, 2), "refused")

    # the main master OOM-killed; mysqld left down until the host is looked at
    dead = at(8, 17, 40)
    back = at(8, 43, 5)
    unreachable("db-main-1", dead, back, "refused")
    t = detection(dead + sec(2.4), "UnreachableMaster", "db-main-1", False, True)
    t = detection(dead + sec(7.1), "DeadMaster", "db-main-1", True, True)
    t = L(
        "orc1",
        t,
        "INFO",
        "executeCheckAndRecoverFunction: proceeding with %+v recovery on %+v; isRecoverable?: %+v; skipProcesses: %+v",
        f"executeCheckAndRecoverFunction: proceeding with DeadMaster recovery on {key('db-main-1')}; isRecoverable?: true; skipProcesses: false",
    )
    m1, m2 = key("db-main-1"), key("db-main-2")
    for label, msg in [
        ("will handle DeadMaster event on %+v", f"will handle DeadMaster event on {m1}"),
        ("No PreFailoverProcesses hooks to run", "No PreFailoverProcesses hooks to run"),
        ("RecoverDeadMaster: will recover %+v", f"RecoverDeadMaster: will recover {m1}"),
        (
            "RecoverDeadMaster: masterRecoveryType=%+v",
            "RecoverDeadMaster: masterRecoveryType=MasterRecoveryGTID",
        ),
        (
            "RecoverDeadMaster: regrouping replicas via GTID",
            "RecoverDeadMaster: regrouping replicas via GTID",
        ),
    ]:
        t = audit(t, label, msg)
    t = audit(
        t + sec(r.uniform(0.3, 0.9)),
        "RecoverDeadMaster: found %+v to be ideal candidate; will optimize recovery",
        f"RecoverDeadMaster: found {m2} to be ideal candidate; will optimize recovery",
    )
    for label, msg in [
        ("RecoverDeadMaster: %d postponed functions", "RecoverDeadMaster: 2 postponed functions"),
        ("promoted replica: %+v", f"promoted replica: {m2}"),
        (
            "RecoverDeadMaster: successfully promoted %+v",
            f"RecoverDeadMaster: successfully promoted {m2}",
        ),
        (
            "- RecoverDeadMaster: promoted server coordinates: %+v",
            "- RecoverDeadMaster: promoted server coordinates: mysql-bin.000412:71522931",
        ),
        (
            "- RecoverDeadMaster: will apply MySQL changes to promoted master",
            "- RecoverDeadMaster: will apply MySQL changes to promoted master",
        ),
        (
            "- RecoverDeadMaster: applying RESET SLAVE ALL on promoted master: success=%t",
            "- RecoverDeadMaster: applying RESET SLAVE ALL on promoted master: success=true",
        ),
        (
            "- RecoverDeadMaster: applying read-only=0 on promoted master: success=%t",
            "- RecoverDeadMaster: applying read-only=0 on promoted master: success=true",
        ),
        (
            "- RecoverDeadMaster: applying read-only=1 on demoted master: success=%t",
            "- RecoverDeadMaster: applying read-only=1 on demoted master: success=false",
        ),
        (
            "Writing KV %+v",
            "Writing KV [mysql/master/main:db-main-2:3306 mysql/master/main/hostname:db-main-2 mysql/master/main/port:3306 mysql/master/main/ipv4:10.40.1.12 mysql/master/main/ipv6:]",
        ),
        (
            "Distributing KV %+v",
            "Distributing KV [mysql/master/main:db-main-2:3306 mysql/master/main/hostname:db-main-2 mysql/master/main/port:3306 mysql/master/main/ipv4:10.40.1.12 mysql/master/main/ipv6:]",
        ),
        (
            "- RecoverDeadMaster: updating cluster_alias: %v -> %v",
            f"- RecoverDeadMaster: updating cluster_alias: {m1} -> {m2}",
        ),
        (
            "No PostMasterFailoverProcesses hooks to run",
            "No PostMasterFailoverProcesses hooks to run",
        ),
    ]:
        t = audit(t, label, msg)
    # the old master, alone now, is analysed once a minute until it is back
    ta = t + sec(50)
    first = True
    while ta < back:
        detection(ta, "DeadMasterWithoutReplicas", "db-main-1", False, first)
        first = False
        ta += sec(60 + r.uniform(0, 1.5))

    # the billing hosts' orchestrator password rotated by a configuration run, reverted 7 min later
    for h in ["db-bill-1", "db-bill-2"]:
        unreachable(h, at(11, 2, 14), at(11, 9, 31), "denied")
    ta = at(11, 2, 20)
    first = True
    while ta < at(11, 9, 31):
        detection(ta, "UnreachableMaster", "db-bill-1", False, first)
        first = False
        ta += sec(60 + r.uniform(0, 1.5))
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ pgcat

PC_SERVERS = [
    # host, role, replica_number, address_index
    ("pg-orders-1.db.internal", "Primary", 0, 0),
    ("pg-orders-2.db.internal", "Replica", 0, 1),
    ("pg-orders-3.db.internal", "Replica", 1, 2),
]
PC_POOLS = [("orders", "orders_app", 0), ("catalog", "catalog_app", 3)]


def pc_ts(t: datetime) -> str:
    """tracing-subscriber's default timestamp (RFC 3339, microseconds, UTC)."""
    return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}Z"


def pc_dur(s: float) -> str:
    """pgcat's format_duration: days, then hours, minutes, seconds and milliseconds."""
    ms = int(s * 1000)
    d, ms = divmod(ms, 86_400_000)
    h, ms = divmod(ms, 3_600_000)
    m, ms = divmod(ms, 60_000)
    sec_, ms = divmod(ms, 1000)
    return f"{d}d {h:02d}:{m:02d}:{sec_:02d}.{ms:03d}"


def pgcat(r: random.Random) -> list[Log]:
    """Two PgCat 1.1.1 pods (pgcat-0, pgcat-1; `kubectl logs` of each, tracing-subscriber's text
    format with NO_COLOR set) pooling an orders database (a primary and two replicas, the query
    parser splitting reads from writes) for five applications, 06:00 to 12:00, with
    log_client_connections and log_client_disconnections on: the replica pg-orders-3's hypervisor
    rebooting 07:40-07:58 (banned and unbanned every ban_time), the primary restarted for a minor
    upgrade at 09:05, checkout-worker deployed with a stale password 10:15-10:35, a report leaving
    transactions open at 11:10, pg-orders-2 too slow for the health check at 11:30."""
    fs = Files()

    def L(pod: str, t: datetime, level: str, target: str, label: str, msg: str) -> datetime:
        if t >= T_END:  # the window ends at 12:00
            return t
        return fs.add(
            f"{pod}.log",
            t,
            label,
            lambda x: [f"{pc_ts(x)} {level:>5} {target}: {msg}"],
            pod,
            1,
        )

    def addr(pool: int, server: int) -> str:
        name, user, base = PC_POOLS[pool]
        host, role, rnum, aidx = PC_SERVERS[server]
        q = r.randint(40, 900) if server == 0 or pool == 0 else r.randint(5, 200)
        x = max(1, q // r.randint(2, 4))
        stats = (
            f"AddressStats {{ total_xact_count: {x}, total_query_count: {q}, total_received: {q * r.randint(300, 2400)}, "
            f"total_sent: {q * r.randint(90, 400)}, total_xact_time: 0, total_query_time: {q * r.randint(180, 2600)}, "
            f"total_wait_time: {r.randint(0, 40) * x}, total_errors: {r.choice([0, 0, 0, 1, 2])}, "
            f"avg_query_count: {q // 15}, avg_query_time: {r.randint(150, 2400)}, avg_recv: {r.randint(2000, 90000)}, "
            f"avg_sent: {r.randint(800, 30000)}, avg_errors: 0, avg_xact_time: 0, avg_xact_count: {x // 15}, "
            f"avg_wait_time: {r.randint(0, 30)} }}"
        )
        return (
            f'Address {{ id: {base + aidx}, host: "{host}", port: 5432, shard: 0, database: "{name}", '
            f'role: {role}, replica_number: {rnum}, address_index: {aidx}, username: "{user}", '
            f'pool_name: "{name}", mirrors: [], stats: {stats} }}'
        )

    def client_ip(app: str) -> str:
        nets = {
            "orders-api": "10.244.1",
            "catalog": "10.244.2",
            "checkout-worker": "10.244.3",
            "legacy-admin": "10.244.4",
            "reports": "10.244.5",
        }
        return f"{nets[app]}.{r.randint(2, 60)}:{r.randint(32768, 60999)}"

    def session(
        pod: str, t: datetime, app: str, dur: float, end: str = "ok", extra: int = 0
    ) -> None:
        a = client_ip(app)
        t = L(
            pod,
            t,
            "INFO",
            "pgcat::client",
            "Client %s connected (plain)",
            f"Client {a} connected (plain)",
        )
        for _ in range(extra):
            L(
                pod,
                t + sec(r.uniform(0.01, max(0.02, dur - 0.01))),
                "WARN",
                "pgcat::server",
                "Server returned with session state altered, discarding state",
                "Server returned with session state altered, discarding state",
            )
        te = t + sec(dur)
        if end == "ok":
            L(
                pod,
                te,
                "INFO",
                "pgcat",
                "Client %s disconnected, session duration: %s",
                f"Client {a} disconnected, session duration: {pc_dur(dur)}",
            )
        elif end == "eof":
            L(
                pod,
                te,
                "WARN",
                "pgcat",
                'Client disconnected with error SocketError("Error reading message code from socket - Error %s")',
                f'Client disconnected with error SocketError("Error reading message code from socket - Error Kind({r.choice(["UnexpectedEof"] * 4 + ["ConnectionReset"])})")',
            )
        elif end == "rollback":
            te = L(
                pod,
                te,
                "WARN",
                "pgcat::server",
                "Server returned while still in transaction, rolling back transaction",
                "Server returned while still in transaction, rolling back transaction",
            )
            L(
                pod,
                te + sec(r.uniform(0.0008, 0.004)),
                "WARN",
                "pgcat",
                'Client disconnected with error SocketError("Error reading message code from socket - Error %s")',
                'Client disconnected with error SocketError("Error reading message code from socket - Error Kind(UnexpectedEof)")',
            )

    pods = ["pgcat-0", "pgcat-1"]
    primary_down = (at(9, 5, 12), at(9, 5, 49))
    starting = (at(9, 5, 49), at(9, 5, 56))
    for pod in pods:
        # Django's catalog service: a connection per request, SET TIME ZONE on each
        for t in poisson(r, T0, T_END, 130):
            if in_any(t, [(primary_down[0], starting[1])]):
                continue
            session(pod, t, "catalog", r.uniform(0.02, 0.4), extra=1)
        # checkout-worker (Celery): a connection per task
        for t in poisson(r, T0, T_END, 200):
            if at(10, 15) <= t < at(10, 35, 20) or in_any(t, [(primary_down[0], starting[1])]):
                continue
            end = "rollback" if r.random() < 0.012 else ("eof" if r.random() < 0.03 else "ok")
            session(pod, t, "checkout-worker", r.uniform(0.05, 2.5), end)
        # legacy-admin (PHP): a connection per page view, office hours
        for t in poisson(r, at(7, 30), T_END, 420):
            session(
                pod, t, "legacy-admin", r.uniform(0.01, 0.3), "eof" if r.random() < 0.1 else "ok"
            )
        # orders-api (pgx): long-lived connections recycled by MaxConnLifetime
        for t in poisson(r, T0, T_END, 400):
            session(pod, t, "orders-api", r.uniform(1500, 1800))
        # cancelled statements (request deadlines)
        for t in poisson(r, T0, T_END, 1300):
            L(
                pod,
                t,
                "INFO",
                "pgcat::client",
                "Client %s issued a cancel query request",
                f"Client {client_ip('orders-api')} issued a cancel query request",
            )
        # idle server connections reaped
        for t in poisson(r, T0, T_END, 520):
            pool = 0 if r.random() < 0.6 else 1
            L(
                pod,
                t,
                "INFO",
                "pgcat::server",
                "Server connection closed %s, session duration: %s",
                f"Server connection closed {addr(pool, r.choice([0, 1, 2]))}, session duration: {pc_dur(r.uniform(700, 7200))}",
            )

        # pg-orders-3's hypervisor rebooting: banned, unbanned after ban_time, banned again
        t = at(7, 40, 8) + sec(r.uniform(0, 20))
        while t < at(7, 58, 30):
            pool = 0 if r.random() < 0.75 else 1
            a = addr(pool, 2)
            if t > at(7, 41, 30):
                t = L(pod, t, "WARN", "pgcat::pool", "Unbanning %s", f"Unbanning {a}")
            tc = t
            for _ in range(r.randint(1, 3)):
                tc = L(
                    pod,
                    tc + sec(r.uniform(1.0, 2.4)),
                    "ERROR",
                    "pgcat::server",
                    "Could not connect to server: No route to host (os error %d)",
                    "Could not connect to server: No route to host (os error 113)",
                )
            t = L(
                pod,
                t + sec(5.0 + r.uniform(0.0005, 0.003)),
                "ERROR",
                "pgcat::pool",
                "Banning instance %s, error: TimedOut",
                f"Banning instance {a}, error: TimedOut",
            )
            t = L(pod, t, "ERROR", "pgcat::pool", "Banning %s", f"Banning {a}")
            t += sec(60 + r.uniform(0.5, 25))

        # the primary restarted: in-flight connections marked bad, then refused, then starting up
        for _ in range(r.randint(4, 7)):
            tb = primary_down[0] + sec(r.uniform(0.001, 0.05))
            a = addr(0, 0)
            tb = L(
                pod, tb, "ERROR", "pgcat::server", "Server %s marked bad", f"Server {a} marked bad"
            )
            L(
                pod,
                tb + sec(r.uniform(0.0001, 0.001)),
                "INFO",
                "pgcat::server",
                "Server connection closed %s, session duration: %s",
                f"Server connection closed {a}, session duration: {pc_dur(r.uniform(300, 5000))}",
            )
            session(pod, tb - sec(r.uniform(1, 30)), "checkout-worker", 0, "none")
            L(
                pod,
                tb + sec(r.uniform(0.001, 0.01)),
                "WARN",
                "pgcat",
                'Client disconnected with error SocketError("Error reading message code from socket - Error %s")',
                'Client disconnected with error SocketError("Error reading message code from socket - Error Kind(UnexpectedEof)")',
            )
        t = primary_down[0] + sec(r.uniform(0.1, 0.4))
        while t < starting[1]:
            pool = 0 if r.random() < 0.7 else 1
            if t < starting[0]:
                t = L(
                    pod,
                    t,
                    "ERROR",
                    "pgcat::server",
                    "Could not connect to server: Connection refused (os error %d)",
                    "Could not connect to server: Connection refused (os error 111)",
                )
            else:
                t = L(
                    pod,
                    t,
                    "ERROR",
                    "pgcat::server",
                    "Server error: %s\\0V%s\\0C%s\\0Mthe database system is starting up\\0F%s\\0L%s\\0R%s\\0\\0",
                    "Server error: FATAL\x00VFATAL\x00C57P03\x00Mthe database system is starting up\x00Fpostmaster.c\x00L2357\x00RProcessStartupPacket\x00\x00",
                )
            if r.random() < 0.35:
                t = L(
                    pod,
                    t + sec(r.uniform(0.001, 0.01)),
                    "ERROR",
                    "pgcat::pool",
                    "Banning instance %s, error: TimedOut",
                    f"Banning instance {addr(pool, 0)}, error: TimedOut",
                )
                if r.random() < 0.3:
                    t = L(
                        pod,
                        t + sec(r.uniform(0.0001, 0.0008)),
                        "ERROR",
                        "pgcat::client",
                        "Got Sync message but failed to get a connection from the pool",
                        "Got Sync message but failed to get a connection from the pool",
                    )
                name, user, _b = PC_POOLS[pool]
                t = L(
                    pod,
                    t + sec(r.uniform(0.0001, 0.0008)),
                    "ERROR",
                    "pgcat::client",
                    'Could not get connection from pool: { pool_name: %s, username: %s, shard: %s, role: "%s", error: "%s" }',
                    f'Could not get connection from pool: {{ pool_name: "{name}", username: "{user}", shard: 0, role: "Some(Primary)", error: "AllServersDown" }}',
                )
            t += sec(r.uniform(0.3, 2.2))

        # checkout-worker with a stale password: every retry refused
        for t in poisson(r, at(10, 15, 3), at(10, 35, 20), 24):
            L(
                pod,
                t,
                "WARN",
                "pgcat",
                'Client disconnected with error ClientGeneralError("Invalid password", ClientIdentifier { application_name: "%s", username: "%s", pool_name: "%s" })',
                'Client disconnected with error ClientGeneralError("Invalid password", ClientIdentifier { application_name: "checkout-worker", username: "orders_app", pool_name: "orders" })',
            )

        # a month-end report leaving its transactions open
        for t in poisson(r, at(11, 10), at(11, 26), 170):
            a = client_ip("reports")
            t = L(
                pod,
                t - sec(62),
                "INFO",
                "pgcat::client",
                "Client %s connected (plain)",
                f"Client {a} connected (plain)",
            )
            t = L(
                pod,
                t + sec(60 + r.uniform(0.001, 0.02)),
                "ERROR",
                "pgcat::client",
                'Client idle in transaction timeout: { pool_name: %s, username: %s, shard: %s, role: "%s" }',
                'Client idle in transaction timeout: { pool_name: orders, username: orders_app, shard: 0, role: "None" }',
            )
            L(
                pod,
                t + sec(r.uniform(0.0005, 0.002)),
                "INFO",
                "pgcat",
                "Client %s disconnected, session duration: %s",
                f"Client {a} disconnected, session duration: {pc_dur(60 + r.uniform(2, 4))}",
            )

        # pg-orders-2 saturated by the report: the health check times out
        for t in poisson(r, at(11, 30), at(11, 41), 150):
            pool = 0 if r.random() < 0.8 else 1
            a = addr(pool, 1)
            t = L(
                pod,
                t,
                "ERROR",
                "pgcat::pool",
                "Banning instance %s because of health check timeout, %s",
                f"Banning instance {a} because of health check timeout, Elapsed(())",
            )
            t = L(pod, t, "ERROR", "pgcat::pool", "Banning %s", f"Banning {a}")
            L(
                pod,
                t + sec(60 + r.uniform(1, 20)),
                "WARN",
                "pgcat::pool",
                "Unbanning %s",
                f"Unbanning {addr(pool, 1)}",
            )
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- pgagroal

PA_HOSTS = ["pool1", "pool2"]
PA_WEB = ["10.10.1.21", "10.10.1.22", "10.10.1.23"]


def pgagroal(r: random.Random) -> list[Log]:
    """Two pgagroal 1.6.0 hosts (pool1, pool2; log_type = file, log_level = info, log_connections and
    log_disconnections on, the session pipeline) in front of the shop's PostgreSQL 16 primary
    db1.internal, 06:00 to 12:00: three web servers connecting per request, an hourly report, a
    DBA's sessions; max_connections raised in pool1's configuration and reloaded at 07:48 (a restart
    is required), pool1 restarted at 08:30, db1 rebooted for a kernel update 09:30-09:33, a new
    cron host without a pgagroal_hba entry 10:40-11:40, pool2 OOM-killed at 11:20 with its PID file
    left behind (systemd's restarts refused until it is removed at 11:31)."""
    fs = Files()
    pids = {"pool1": 1187, "pool2": 1203}

    def L(h: str, t: datetime, proc: int, level: str, where: str, label: str, msg: str) -> datetime:
        if not T0 <= t < T_END:  # the window, 06:00 to 12:00
            return t
        return fs.add(
            f"{h}-pgagroal.log",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%d %H:%M:%S} {level:<5} {where} {msg}"],
            (h, proc),
            1_000_000,
        )

    def worker() -> int:
        return r.randint(20000, 399999)

    db_down = (at(9, 30, 4), at(9, 33, 31))
    stopped = {
        "pool1": [(at(8, 30, 5), at(8, 30, 7))],
        "pool2": [(at(11, 20, 13), at(11, 31, 40))],
    }

    def session(h: str, t: datetime, user: str, db: str, addr: str, dur: float) -> None:
        if in_any(t, stopped[h]):
            return
        w = worker()
        if in_any(t, [db_down]):
            L(
                h,
                t,
                w,
                "ERROR",
                "pool.c:189",
                "pgagroal: No connection to %s:%d",
                "pgagroal: No connection to db1.internal:5432",
            )
            t = L(
                h, t, w, "INFO", "worker.c:167", "connect: address=%s", f"connect: address={addr}"
            )
            L(
                h,
                t,
                w,
                "INFO",
                "worker.c:178",
                "disconnect: address=%s",
                f"disconnect: address={addr}",
            )
            return
        t = L(
            h,
            t,
            w,
            "INFO",
            "worker.c:94",
            "connect: user=%s database=%s address=%s",
            f"connect: user={user} database={db} address={addr}",
        )
        te = t + sec(dur)
        cut = False
        # sessions open when db1 goes down
        if t < db_down[0] < te:
            cut = True
            te = db_down[0] + sec(r.uniform(0.05, 1.5))
            x = r.random()
            if x < 0.3:
                te = L(
                    h,
                    te,
                    w,
                    "WARN",
                    "pipeline_session.c:305",
                    "[S] Server error: Success (socket %d status %d)",
                    f"[S] Server error: Success (socket {r.randint(10, 60)} status 0)",
                )
            elif x < 0.65:
                te = L(
                    h,
                    te,
                    w,
                    "WARN",
                    "pipeline_session.c:226",
                    "[C] Server error: Broken pipe (socket %d status %d)",
                    f"[C] Server error: Broken pipe (socket {r.randint(10, 60)} status 2)",
                )
            else:
                te = L(
                    h,
                    te,
                    w,
                    "WARN",
                    "pipeline_session.c:305",
                    "[S] Server error: Connection reset by peer (socket %d status %d)",
                    f"[S] Server error: Connection reset by peer (socket {r.randint(10, 60)} status 2)",
                )
        # sessions open when pool1 is restarted: killed by the main process
        for a, _b in stopped[h]:
            if h == "pool1" and t < a < te:
                te = a + sec(r.uniform(0.001, 0.3))
                cut = True
        if not cut:
            x = r.random()
            if x < 0.05:
                te = L(
                    h,
                    te,
                    w,
                    "WARN",
                    "pipeline_session.c:215",
                    "[C] Client error: Success (socket %d status %d)",
                    f"[C] Client error: Success (socket {r.randint(9, 40)} status 0)",
                )
            elif x < 0.062:
                te = L(
                    h,
                    te,
                    w,
                    "WARN",
                    "pipeline_session.c:215",
                    "[C] Client error: Connection reset by peer (socket %d status %d)",
                    f"[C] Client error: Connection reset by peer (socket {r.randint(9, 40)} status 2)",
                )
        L(
            h,
            te,
            w,
            "INFO",
            "worker.c:174",
            "disconnect: user=%s database=%s address=%s",
            f"disconnect: user={user} database={db} address={addr}",
        )

    for h in PA_HOSTS:
        # the web servers, a connection per request (PHP without persistent connections)
        for t in poisson(r, T0, T_END, 46):
            session(h, t, "shop", "shop", r.choice(PA_WEB), r.uniform(0.01, 0.9))
        # the report every hour from the cron host, large result sets; one killed by its timeout
        for hr in range(6, 12):
            t = at(hr, 5, r.uniform(0, 3))
            if h == "pool1":
                session(h, t, "reporting", "shop", "10.10.1.40", r.uniform(40, 190))
            if hr == 10 and h == "pool1":
                w = worker()
                t2 = L(
                    h,
                    at(hr, 5, 10),
                    w,
                    "INFO",
                    "worker.c:94",
                    "connect: user=%s database=%s address=%s",
                    "connect: user=reporting database=shop_archive address=10.10.1.40",
                )
                t2 = L(
                    h,
                    t2 + sec(300.4),
                    w,
                    "WARN",
                    "pipeline_session.c:287",
                    "[S] Client error: Broken pipe (socket %d status %d)",
                    f"[S] Client error: Broken pipe (socket {r.randint(9, 40)} status 2)",
                )
                L(
                    h,
                    t2,
                    w,
                    "INFO",
                    "worker.c:174",
                    "disconnect: user=%s database=%s address=%s",
                    "disconnect: user=reporting database=shop_archive address=10.10.1.40",
                )
        # the order queue's workers, each holding a connection for half an hour or so
        for i in range(3):
            t = T0 - sec(r.uniform(60, 1500))
            while t < T_END:
                dur = r.uniform(900, 2700)
                session(h, t, "shop_worker", "shop", f"10.10.1.3{i}", dur)
                if t < db_down[0] < t + sec(dur):
                    # cut by db1's reboot: the worker retries every 15 s until it is back
                    t = db_down[0] + sec(r.uniform(1, 5))
                    while t < db_down[1]:
                        session(h, t, "shop_worker", "shop", f"10.10.1.3{i}", 1)
                        t += sec(15 + r.uniform(0, 2))
                else:
                    t += sec(dur + r.uniform(2, 40))
        # a DBA's sessions from the bastion
        for t in poisson(r, at(7, 0), at(11, 30), 2400):
            session(h, t, "dba", r.choice(["shop", "postgres"]), "10.10.0.5", r.uniform(20, 900))
    # pool1: max_connections raised and reloaded, which needs a restart; the restart at 08:30
    L(
        "pool1",
        at(7, 48, 21),
        pids["pool1"],
        "INFO",
        "configuration.c:3263",
        "Restart required for %s - Existing %d New %d",
        "Restart required for max_connections - Existing 100 New 200",
    )
    L(
        "pool1",
        at(8, 30, 5),
        pids["pool1"],
        "INFO",
        "main.c:1128",
        "pgagroal: shutdown",
        "pgagroal: shutdown",
    )
    pids["pool1"] = 28391
    L(
        "pool1",
        at(8, 30, 7),
        pids["pool1"],
        "INFO",
        "main.c:1098",
        "pgagroal: started on %s:%d",
        "pgagroal: started on *:6432",
    )

    # a cron host missing from pgagroal_hba.conf: every attempt refused
    for t in poisson(r, at(10, 40), at(11, 40), 60):
        h = r.choice(PA_HOSTS)
        if in_any(t, stopped[h]):
            continue
        w = worker()
        t = L(h, t, w, "INFO", "worker.c:167", "connect: address=%s", "connect: address=10.10.1.41")
        L(
            h,
            t,
            w,
            "INFO",
            "worker.c:178",
            "disconnect: address=%s",
            "disconnect: address=10.10.1.41",
        )

    # pool2 OOM-killed (no shutdown line); systemd's restarts find the PID file
    t = at(11, 20, 18)
    for _ in range(5):
        p = r.randint(100000, 999999)
        L(
            "pool2",
            t,
            p,
            "FATAL",
            "main.c:1682",
            "PID file [%s] exists, is there another instance running ?",
            "PID file [/run/pgagroal/pgagroal.pid] exists, is there another instance running ?",
        )
        t += sec(5 + r.uniform(0.05, 0.2))
    pids["pool2"] = 731877
    L(
        "pool2",
        stopped["pool2"][0][1],
        pids["pool2"],
        "INFO",
        "main.c:1098",
        "pgagroal: started on %s:%d",
        "pgagroal: started on *:6432",
    )
    return fs.logs(T0)


# --------------------------------------------------------------------------------- supavisor

SV_NODES = {"supavisor-1": "10.70.0.11", "supavisor-2": "10.70.0.12"}
SV_REGION = "eu-central-1"
SV_TENANTS = {
    # tenant: (user, mode, database host, pool node)
    "acme-prod": ("app_user", "transaction", "db-acme-prod.internal", "supavisor-1"),
    "acme-staging": ("app_user", "transaction", "db-acme-staging.internal", "supavisor-2"),
    "notes-app": ("notes", "session", "db-notes.internal", "supavisor-1"),
}
SV_PG_AUTH = 'password authentication failed for user \\"app_user\\"'


def supavisor(r: random.Random) -> list[Log]:
    """Two Supavisor 1.1 nodes (supavisor-1, supavisor-2; `docker logs` of each, Elixir's console
    backend `$time $metadata[$level] $message`, metadata project, user, region, mode, type) pooling
    three tenants, 06:00 to 12:00: every client's end logged by ClientHandler, the session-mode
    tenant's DbHandler going down with its client (a crash report each time), acme-prod's database
    restarted 07:15-07:16 (the pool's DbHandlers reconnecting every 2.5 s), acme-staging's database
    password rotated 08:40 and the tenant updated through the API at 08:55, a campaign filling
    notes-app's client limit 09:30-10:05 and acme-prod's pool 09:40-09:50, supavisor-2 upgraded at
    10:00, a worker connecting to acme-prod without TLS 10:20-10:40, a developer's wrong password on
    notes-app 11:00-11:15, a scanner with unknown tenants at 11:30."""
    fs = Files()

    def L(n: str, t: datetime, level: str, meta: str, label: str, lines: list[str]) -> datetime:
        if t >= T_END:
            return t
        # Elixir 1.14's console backend names Logger.warning's level "warn"
        lvl = "warn" if level == "warning" else level
        return fs.add(
            f"{n}.log",
            t,
            label,
            lambda x: [
                f"{x:%H:%M:%S}.{x.microsecond // 1000:03d} {meta}[{lvl}] {lines[0]}",
                *lines[1:],
            ],
            n,
            1000,
        )

    def meta(tenant: str, client: bool = True) -> str:
        user, mode, _h, _n = SV_TENANTS[tenant]
        m = f"project={tenant} user={user} region={SV_REGION} mode={mode} "
        return m + "type=single " if client else m

    def pid() -> str:
        return f"#PID<0.{r.randint(3000, 98000)}.0>"

    def closed(
        n: str,
        t: datetime,
        tenant: str,
        reason: str,
        label: str = "ClientHandler: socket closed with reason %s",
    ) -> datetime:
        return L(
            n,
            t,
            "warning",
            meta(tenant),
            label,
            [f"ClientHandler: socket closed with reason {reason}"],
        )

    up2 = [(T0, at(10, 0, 2)), (at(10, 0, 19), T_END)]

    def node_for(t: datetime) -> str:
        return "supavisor-1" if r.random() < 0.5 or not in_any(t, up2) else "supavisor-2"

    prod_down = (at(7, 15, 10), at(7, 16, 41))
    staging_bad = (at(8, 40, 20), at(8, 55, 37))
    spike = (at(9, 30), at(10, 5))
    checkout_slow = (at(9, 40), at(9, 50))

    def crash(
        n: str, t: datetime, tenant: str, reason: str, queue: str, state: str, dbp: str
    ) -> datetime:
        user, mode, host, _n = SV_TENANTS[tenant]
        st = (
            f'{{:{state}, %{{id: {{{{:single, "{tenant}"}}, "{user}", :{mode}, "postgres", nil}}, mode: :{mode}, '
            f'user: "{user}", tenant: {{:single, "{tenant}"}}, sock: {{:gen_tcp, #Port<0.{r.randint(1000, 40000)}>}}, '
            f"caller: nil, sent: false, stats: %{{}}, buffer: [], db_state: nil, parameter_status: %{{...}}, "
            f'nonce: nil, messages: "", server_proof: nil, anon_buffer: [], replica_type: :write, '
            f"auth: %{{port: 5432, host: '{host}', ...}}}}}}"
        )
        return L(
            n,
            t,
            "error",
            meta(tenant, False),
            ":gen_statem %s terminating",
            [
                f":gen_statem {dbp} terminating",
                f"** (stop) {reason}",
                f"Queue: [{queue}]",
                "Postponed: []",
                f"State: {st}",
                "Callback mode: :handle_event_function, state_enter: false",
            ],
        )

    # --- ordinary traffic: transaction-mode clients end with one warning each
    for tenant, mean in [("acme-prod", 27), ("acme-staging", 95)]:
        for t in poisson(r, T0, T_END, mean):
            n = node_for(t)
            if tenant == "acme-staging" and in_any(t, [staging_bad]):
                continue
            reason = (
                "{:shutdown, :terminate_received}"
                if r.random() < 0.86
                else "{:shutdown, :socket_closed}"
            )
            closed(n, t, tenant, reason)
    # notes-app in session mode: the client's end, and on the pool's node the linked DbHandler
    for t in poisson(r, T0, T_END, 230):
        if in_any(t, [spike]) and r.random() < 0.5:
            continue
        n = node_for(t)
        pool = SV_TENANTS["notes-app"][3]
        dnum, cnum = r.randint(3000, 98000), r.randint(3000, 98000)
        # a pid prints with its node's number on the other node
        dbp = f"#PID<0.{dnum}.0>"
        dbp_seen = dbp if n == pool else f"#PID<23541.{dnum}.0>"
        chp = f"#PID<0.{cnum}.0>" if n == pool else f"#PID<23541.{cnum}.0>"
        reason = (
            "{:shutdown, :terminate_received}"
            if r.random() < 0.8
            else "{:shutdown, :socket_closed}"
        )
        t1 = L(
            n,
            t,
            "warning",
            meta("notes-app"),
            "ClientHandler: socket closed with reason %s, DbHandler %s",
            [
                f"ClientHandler: socket closed with reason {reason}, DbHandler {{{dbp_seen}, {{:ok, {{:idle, :session}}}}}}"
            ],
        )
        t2 = L(
            pool,
            t1 + sec(r.uniform(0.001, 0.004)),
            "error",
            meta("notes-app", False),
            "DbHandler: ClientHandler %s went down with reason %s",
            [f"DbHandler: ClientHandler {chp} went down with reason {reason}"],
        )
        t2 = L(
            pool,
            t2,
            "error",
            meta("notes-app", False),
            "DbHandler: Terminating with reason %s when state was %s",
            [
                "DbHandler: Terminating with reason {:client_handler_down, :session} when state was :idle"
            ],
        )
        crash(
            pool,
            t2,
            "notes-app",
            "{:client_handler_down, :session}",
            f"info: {{:EXIT, {chp}, {reason}}}",
            "idle",
            dbp,
        )

    # --- acme-prod's database restarted: the pool's eight DbHandlers
    pool = SV_TENANTS["acme-prod"][3]
    for i in range(8):
        t = prod_down[0] + sec(r.uniform(0.002, 0.08))
        if i < 2:
            t = L(
                pool,
                t,
                "error",
                meta("acme-prod", False),
                "DbHandler: Terminating with reason %s when state was %s",
                ["DbHandler: Terminating with reason :db_termination when state was :busy"],
            )
            dbp = pid()
            t = crash(
                pool,
                t,
                "acme-prod",
                ":db_termination",
                f"info: {{:tcp_closed, #Port<0.{r.randint(1000, 40000)}>}}",
                "busy",
                dbp,
            )
            cn = r.choice(list(SV_NODES))
            tc = L(
                cn,
                t + sec(r.uniform(0.001, 0.003)),
                "error",
                meta("acme-prod"),
                "ClientHandler: DbHandler %s exited %s",
                [
                    f"ClientHandler: DbHandler {dbp if cn == pool else dbp.replace('#PID<0.', '#PID<23541.')} exited :db_termination"
                ],
            )
            closed(cn, tc, "acme-prod", "{:shutdown, :db_handler_exit}")
            t += sec(r.uniform(0.01, 0.05))  # the pool starts a new DbHandler
        else:
            t = L(
                pool,
                t,
                "error",
                meta("acme-prod", False),
                "DbHandler: Connection closed when state was %s",
                ["DbHandler: Connection closed when state was idle"],
            )
        t += sec(2.5)
        while t < prod_down[1]:
            t = L(
                pool,
                t,
                "warning",
                meta("acme-prod", False),
                "DbHandler: Reconnect",
                ["DbHandler: Reconnect"],
            )
            t = L(
                pool,
                t + sec(r.uniform(0.0005, 0.002)),
                "error",
                meta("acme-prod", False),
                "DbHandler: Connection failed %s to %s:%s",
                [
                    "DbHandler: Connection failed {:error, :econnrefused} to 'db-acme-prod.internal':5432"
                ],
            )
            t += sec(2.5)
        # the database accepts connections but is still starting up
        t = L(
            pool,
            t,
            "warning",
            meta("acme-prod", False),
            "DbHandler: Reconnect",
            ["DbHandler: Reconnect"],
        )
        if t < prod_down[1] + sec(5):
            t = L(
                pool,
                t + sec(r.uniform(0.002, 0.006)),
                "error",
                meta("acme-prod", False),
                'DbHandler: Error auth response ["SFATAL", "VFATAL", "C57P03", "Mthe database system is starting up", "F%s", "L%s", "R%s"]',
                [
                    'DbHandler: Error auth response ["SFATAL", "VFATAL", "C57P03", "Mthe database system is starting up", "Fpostmaster.c", "L2357", "RProcessStartupPacket"]'
                ],
            )
            t = L(
                pool,
                t + sec(r.uniform(0.001, 0.003)),
                "error",
                meta("acme-prod", False),
                "DbHandler: Connection closed when state was %s",
                ["DbHandler: Connection closed when state was authentication"],
            )
            t = L(
                pool,
                t + sec(2.5),
                "warning",
                meta("acme-prod", False),
                "DbHandler: Reconnect",
                ["DbHandler: Reconnect"],
            )

    # --- acme-staging's password rotated and its sessions terminated: every pool start fails
    pool = SV_TENANTS["acme-staging"][3]
    t = staging_bad[0]
    while t < staging_bad[1]:
        te = t
        for _ in range(r.choice([1, 1, 2, 3])):
            te = L(
                pool,
                te + sec(r.uniform(0.005, 0.04)),
                "error",
                meta("acme-staging", False),
                'DbHandler: Auth error "password authentication failed for user \\"%s\\""',
                [f'DbHandler: Auth error "{SV_PG_AUTH}"'],
            )
        for _ in range(r.randint(1, 3)):
            cn = r.choice(list(SV_NODES))
            tc = L(
                cn,
                te + sec(r.uniform(0.002, 0.01)),
                "warning",
                meta("acme-staging"),
                'ClientHandler: Disconnected due to "password authentication failed for user \\"%s\\""',
                [f'ClientHandler: Disconnected due to "{SV_PG_AUTH}"'],
            )
            closed(
                cn,
                tc + sec(0.001),
                "acme-staging",
                f'{{:shutdown, {{:disconnect, "{SV_PG_AUTH}"}}}}',
                'ClientHandler: socket closed with reason {:shutdown, {:disconnect, "password authentication failed for user \\"%s\\""}}',
            )
        t += sec(r.expovariate(1 / 22))
    rid = "F9" + "".join(
        r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
        for _ in range(18)
    )
    t = L(
        "supavisor-2",
        at(8, 55, 34),
        "info",
        f"request_id={rid} region={SV_REGION} ",
        "%s %s",
        ["PUT /api/tenants/acme-staging"],
    )
    L(
        "supavisor-2",
        t + sec(0.061),
        "info",
        f"request_id={rid} region={SV_REGION} ",
        "Sent %s in %s",
        ["Sent 200 in 61ms"],
    )

    # --- the campaign: notes-app at its client limit, acme-prod's pool checked out
    for t in poisson(r, spike[0], spike[1], 34):
        n = node_for(t)
        t = L(
            n,
            t,
            "error",
            meta("notes-app"),
            "ClientHandler: Max client connections reached",
            ["ClientHandler: Max client connections reached"],
        )
        closed(n, t + sec(0.001), "notes-app", "{:shutdown, :max_clients_reached}")
    for t in poisson(r, checkout_slow[0], checkout_slow[1], 17):
        n = node_for(t)
        L(
            n,
            t,
            "error",
            meta("acme-prod"),
            "ClientHandler: Unable to check out process from the pool due to timeout",
            ["ClientHandler: Unable to check out process from the pool due to timeout"],
        )

    # --- supavisor-2 upgraded (1.1.56 -> 1.1.61): the migrations, the listeners, the cluster
    n = "supavisor-2"
    t = L(n, at(10, 0, 14), "info", "", "Migrations already up", ["Migrations already up"])
    t = up2[1][0] - sec(0.4)
    for mode, port in [("transaction", 6543), ("session", 5432), ("proxy", 5412)]:
        t = L(
            n,
            t + sec(r.uniform(0.001, 0.006)),
            "notice",
            f"region={SV_REGION} ",
            "Proxy started %s on port %s",
            [f"Proxy started {mode} on port {port}"],
        )
    t = L(
        n,
        t + sec(r.uniform(0.3, 0.6)),
        "info",
        f"region={SV_REGION} ",
        "Running %s with %s at %s (%s)",
        ["Running SupavisorWeb.Endpoint with cowboy 2.10.0 at :::4000 (http)"],
    )
    t = L(
        n,
        t + sec(0.001),
        "info",
        f"region={SV_REGION} ",
        "Access %s at %s",
        ["Access SupavisorWeb.Endpoint at http://localhost:4000"],
    )
    L(
        n,
        t + sec(r.uniform(0.2, 0.9)),
        "info",
        f"region={SV_REGION} ",
        "[libcluster:%s] connected to %s",
        [f'[libcluster:postgres] connected to :"supavisor@{SV_NODES["supavisor-1"]}"'],
    )
    L(
        "supavisor-1",
        t + sec(r.uniform(0.2, 0.9)),
        "info",
        f"region={SV_REGION} ",
        "[libcluster:%s] connected to %s",
        [f'[libcluster:postgres] connected to :"supavisor@{SV_NODES["supavisor-2"]}"'],
    )

    # --- a worker connecting to acme-prod without TLS
    for t in poisson(r, at(10, 20), at(10, 40), 30):
        n = node_for(t)
        t = L(
            n,
            t,
            "error",
            meta("acme-prod"),
            "ClientHandler: Tenant is not allowed to connect without SSL, user %s",
            ["ClientHandler: Tenant is not allowed to connect without SSL, user app_user"],
        )
        closed(n, t + sec(0.001), "acme-prod", "{:shutdown, :ssl_required}")

    # --- a developer's wrong password on notes-app
    for t in poisson(r, at(11, 0), at(11, 15), 20):
        n = node_for(t)
        t = L(
            n,
            t,
            "error",
            meta("notes-app"),
            'ClientHandler: Exchange error: "Wrong password" when method %s',
            ['ClientHandler: Exchange error: "Wrong password" when method :auth_query'],
        )
        closed(n, t + sec(0.001), "notes-app", "{:shutdown, :exchange_error}")

    # --- a scanner guessing tenants
    for t in poisson(r, at(11, 30), at(11, 34), 18):
        n = node_for(t)
        tenant = r.choice(["postgres", "admin", "test", "supabase", "prod", "dev"])
        user = r.choice(["postgres", "admin", "root"])
        t = L(
            n,
            t,
            "error",
            f"region={SV_REGION} ",
            "ClientHandler: User not found: %s %s",
            [f'ClientHandler: User not found: :not_found {{:single, "{user}", "{tenant}"}}'],
        )
        L(
            n,
            t + sec(0.001),
            "warning",
            f"region={SV_REGION} ",
            "ClientHandler: socket closed with reason %s",
            ["ClientHandler: socket closed with reason {:shutdown, :user_not_found}"],
        )

    # --- acme-staging's idle clients terminated by the tenant's idle timeout
    for t in poisson(r, T0, T_END, 2400):
        n = node_for(t)
        t = L(
            n,
            t,
            "warning",
            meta("acme-staging"),
            "ClientHandler: Terminate an idle connection by %s timeout",
            ["ClientHandler: Terminate an idle connection by 1800000 timeout"],
        )
        closed(n, t + sec(0.001), "acme-staging", "{:shutdown, :idle_terminate}")
    return fs.logs(T0)


SYSTEMS = {
    "mysql-router": mysql_router,
    "orchestrator": orchestrator,
    "pgcat": pgcat,
    "pgagroal": pgagroal,
    "supavisor": supavisor,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
