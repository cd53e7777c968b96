#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 287 (carbon-relay-ng, victorialogs, icingadb, coroot, pmacct)
into bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five programs of one company's monitoring stack,
06:00 to 11:00 UTC on 2024-06-07 (icingadb 06:00 to 10:00).

- carbon-relay-ng 1.4 (`relay-a.log`, `relay-b.log`: `docker logs` of the relay container on two
  hosts; logrus with the relay's own TextFormatter, `2024-06-07 06:00:04.212 [INFO] listening
  on 0.0.0.0:2003/tcp`, the level upper-cased in brackets, log_level = "info"). Start-up
  (`===== carbon-relay-ng instance '%s' starting. (version %s) =====`, `initializing routing
  table...`, the TABLE banner and the table, one log.Info() a line, `listening on %v/%s` for
  the plain and pickle inputs, the admin listeners, `dest %s new conn online`); all day, legacy
  clients that leave their connection idle past plain_read_timeout (`%s handler%s returned:
  read tcp %s->%s: i/o timeout. closing conn`); carbon-cache-2 OOM-killed at 07:41 (`conn %s
  .conn.Read returned EOF -> conn is closed. closing conn explicitly`, then the connection back
  online); the mirror route's firewall resetting connections 08:30-08:52 (`conn %s write error:
  write tcp %s->%s: write: broken pipe. closing`); a client sending a line past the scanner's
  limit (`bufio.Scanner: token too long`); the admin UI changing a destination's address on
  relay-a at 09:50 (`dest %v update address to %v`); a Kubernetes node pool drained at 10:05
  (connection resets from the statsd exporters); relay-b restarted at 09:12 (`Received signal
  %q. Shutting down`, `shutting down %v/%s, closing socket`, `dest %v shutting down. flushing
  and closing conn`).
- VictoriaLogs v0.15 (`vlogs-prod.log`, `vlogs-staging.log`: `docker logs` of two single-node
  servers; VictoriaMetrics' lib/logger, `2024-06-07T06:00:00.123Z\tinfo\tVictoriaMetrics/app/
  vlstorage/main.go:64\topening storage at -storageDataPath=/victoria-logs-data`). The staging
  server restarted at 06:02 (build version, flags, `starting VictoriaLogs at %q...`, `opening
  storage at -storageDataPath=%s`, `successfully opened storage in %.3f seconds; partsCount:
  ...`, `started VictoriaLogs in %.3f seconds; see ...`, `starting server at http://%s/`); a
  Fluent Bit whose disk buffer held a month-old backlog replaying it to prod 07:10-09:40, the
  throttled `skipping log entry with too small timestamp=%s; it must be bigger than %s according
  to the configured -retentionPeriod=%dd. See ... ; log entry: %s` at most once per 5 s; an
  appliance with its clock a year ahead (`too big timestamp`); a broken Grafana alert rule
  evaluated every minute against staging (`remoteAddr: %s; requestURI: %s; cannot parse query
  [%s]: %s`); staging's disk filling at 10:10 (`switching the storage at %s to read-only mode,
  ...`, inserts refused with `cannot add rows into storage in read-only mode; ...`), then
  restarted at 10:40 with a shorter -retentionPeriod (`the partition %s is scheduled to be deleted
  because it is outside the -retentionPeriod=%dd`).
- Icinga DB 1.2.0 (`mon1.log`, `mon2.log`: `journalctl -u icingadb -o short-iso` of the two
  masters of an Icinga HA zone, `2024-06-07T06:00:20+00:00 mon1 icingadb[1187]: history-sync:
  Synced 14 state history items`; the journald core writes a child logger's name and `: `
  before the message and keeps zap's fields out of it). mon1 active: every 20 s
  `history-sync: Synced %d %s history items` and `runtime-updates: Upserted %d %s items`;
  mon2 upgraded and restarted at 06:05 (`Exiting due to signal`, `Starting Icinga DB daemon
  (%s)`, `Connecting to database at '%s'`, `Connecting to Redis at '%s'`, `Starting history
  sync`, `heartbeat: Received Icinga heartbeat`, `high-availability: Another instance is
  active`); Director deployments reloading Icinga 2 at 07:15 and 09:35 (`Icinga 2 started a new
  config dump, waiting for it to complete`, the config and initial state sync again with
  `config-sync: Inserting/Updating/Deleting %d items of type %s` and their `Finished ... in %s`);
  a Galera failover 08:20 (`database: Can't execute query. Retrying`, `database: Query retried
  successfully after error`, mon2's `Can't connect to database. Retrying` / `Reconnected to
  database`); mon1's Icinga 2 crashing at 09:05 (`heartbeat: Lost Icinga heartbeat`, `Handing
  over`; mon2 `Taking over` and its full sync; mon1 back as the passive one at 09:12); the
  hourly history retention (`retention: Removed %d old %s history items`).
- Coroot 0.17 (`coroot-eu.log`, `coroot-us.log`: `docker logs` of two Coroot servers, klog's
  `I0607 06:00:15.123456       1 updater.go:53] worker iteration for 6yhx9zqk`). Each project's
  cache worker logs `worker iteration for %s` every refresh interval (30 s, staging 60 s);
  EU's Prometheus restarted at 07:20 (each query in flight fails with `Post %q: dial tcp %s:
  connect: connection refused`); the US project's heaviest queries over the sample limit
  08:00-10:00 (`execution: query processing would load too many samples into memory in query
  execution`); EU's SQLite locked by a backup at 09:30 (`failed to save state: database is
  locked`, `could not get query states: database is locked`, which ends the worker until the
  restart at 09:41: `version: %s, url-base-path: %s, read-only: %t`, `listening on %s`); the US
  cache volume full at 10:20 (`failed to save chunk: open %s: no space left on device`); the EU
  staging project deleted at 10:30 (`stopping worker for project: %s`).
- pmacct nfacctd 1.7.8 (`nfacctd-fra1.log`, `nfacctd-ams1.log`: nfacctd's `logfile` with
  `timestamps_utc: true`, `2024-06-07T06:00:00Z INFO ( default_kafka/kafka ): *** Purging cache -
  START (PID: 22107) ***`). Plugins `kafka[flows]` (60 s) and `print[top]` (300 s) each purge
  their cache (`*** Purging cache - START (PID: %u) ***`, `*** Purging cache - END (PID: %u, QN:
  %u/%u, ET: %u) ***`); the border routers' flow sequence gaps (`expecting flow '%u' but
  received '%u' collector=%s:%u agent=%s:%u engine=%u:%u`); fra1's Kafka broker down 08:10-08:25
  (`Failed to produce to topic %s partition %i: %s`); ams1's edge router reloading at 09:40
  (the BGP peer refused while its old session holds, `Refusing new connection from existing peer
  (residual holdtime: %ld).`, then `BGP peers usage`, the capabilities and `BGP_OPEN` again);
  the pre_tag_map reloaded by SIGUSR2 at 10:00 (`[%s] (re)loading map.`, `[%s] map successfully
  (re)loaded.`); ams1 restarted at 10:30 (the start-up lines: version, compile arguments,
  configuration file, plugin pipe sizes, BGP and NetFlow listeners, cache entries).

Label notes. The heads are context: the relay's date and `[LEVEL]`, lib/logger's time, level
and caller, the journal's time, host, ident and pid with Icinga DB's child logger name and `: `,
klog's header, pmacct's log-file time. pmacct writes `INFO ( %s/%s ): ` (the level, the
plugin's name and type) in each format string, so it is in the labels (as consul-template's
`[INFO] (runner)`). Words a call site writes are wording (Icinga DB's `Finished config sync` /
`Finished initial state sync`); handler kinds, destination keys, entity types and history
categories, project ids, plugin names and addresses are values. An error's text contributes its
own format (Go's `read tcp %s->%s: i/o timeout`, `write tcp %s->%s: write: broken pipe`, `Post
%q: dial tcp %s: connect: connection refused`, SQLite's `database is locked`, librdkafka's
`Local: Queue full`, the LogsQL parser's messages). A table line the relay logs with
log.Info(line) is labelled with the format that made the line (the section headings are their
own text, the route and destination rows one row format each).

Checked against copies of the sources (nearby versions): carbon-relay-ng's main (start-up,
TABLE banner, `Received signal %q. Shutting down`), logger.TextFormatter, input/listen.go
(`listening on`, `shutting down ..., closing socket`, `%s handler%s returned: %s. closing
conn`, `%s handler: %s`) and destination.go (`new conn online`, `update address to`, `shutting
down. flushing and closing conn`); VictoriaLogs' vlstorage Init (`opening storage at
-storageDataPath=%s`, `successfully opened storage in ...; partsCount: ...`) and logstorage's
storage.go (the too small / too big timestamp warnings and their 5-s throttlers, `the partition
%s is scheduled to be deleted ...`); Icinga DB's main.go (every start-up and sync line, `Taking
over`, `Handing over`, `Exiting due to signal`, `Icinga 2 started a new config dump, ...`,
`Finished`/`Aborted ... sync`, `Waiting for Icinga 2 to write into Redis, ...`) and its journald
core; Coroot's main.go (`version: ...`, `listening on`, `creating default project`) and
cache/updater.go (`worker iteration for`, `stopping worker for project:`, `could not get query
states:`, `failed to save chunk:`, `failed to save state:`, the query's error by klog.Errorln).

Least sure (written from the helper's knowledge): carbon-relay-ng 1.x's conn.go wording (`conn
%s .conn.Read returned EOF ...`, `conn %s write error: %s. closing`, taken from the go-logging
and zap versions), the admin listeners' lines, the table's layout and the destination key's form;
VictoriaLogs' `started VictoriaLogs in %.3f seconds; see ...`, the read-only lines, the shutdown
lines and the parser's error texts (`missing ')'`, `unexpected pipe %q`); Icinga DB's
`Synced %d %s history items`, `Upserted %d %s items`, `Deleted %d %s items`, `Inserting/Updating/
Deleting %d items of type %s`, `Received/Lost Icinga heartbeat`, `Another instance is active`,
the database retry lines and `Removed %d old %s history items`; Coroot's Prometheus error shapes
and the chunk file's path; every pmacct line (no source copy was read: the purge lines, the
sequence warning and its level, the Kafka produce error, the BGP and map lines and the start-up
lines are from the helper's memory of nfacctd 1.7 logs).
"""

from __future__ import annotations

import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round97 import Files, sec
from generate_round147 import at

MS = 1000
US = 1
SEC = 1_000_000


def jitter_times(
    r: random.Random, t0: datetime, t1: datetime, mean_gap: float, min_gap: float = 0.0
) -> list[datetime]:
    """Instants from t0 to t1 with exponential gaps of `mean_gap` seconds (at least `min_gap`)."""
    out, t = [], t0
    while True:
        t += sec(min_gap + r.expovariate(1 / mean_gap))
        if t >= t1:
            return out
        out.append(t)


def ticks(t0: datetime, t1: datetime, every: float) -> list[datetime]:
    out, t = [], t0
    while t < t1:
        out.append(t)
        t += sec(every)
    return out


# --------------------------------------------------------------------------- carbon-relay-ng

CR_VERSION = "v1.4.5"
CR_CACHES = ["10.20.0.21:2003", "10.20.0.22:2003"]
CR_MIRROR = "10.30.1.5:2003"
CR_HOSTS = {"relay-a": "10.20.0.11", "relay-b": "10.20.0.12"}
CR_LEGACY = [
    f"10.20.{a}.{b}"
    for a, b in [
        (4, 17),
        (4, 23),
        (4, 31),
        (4, 88),
        (5, 9),
        (5, 12),
        (5, 40),
        (5, 77),
        (6, 3),
        (6, 61),
        (6, 102),
        (7, 14),
        (7, 55),
        (7, 90),
    ]
]
CR_EXPORTERS = [
    f"10.42.{a}.{b}" for a, b in [(1, 21), (1, 34), (2, 7), (2, 19), (3, 45), (3, 58), (4, 12)]
]


def carbon_relay_ng(r: random.Random) -> list[Log]:
    """Two relays in front of two carbon-caches and a mirror (see the module docstring)."""
    fs = Files()
    t_end = at(11, 0)

    def L(host: str, t: datetime, level: str, label: str, msg: str) -> datetime:
        return fs.add(
            f"{host}.log",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%d %H:%M:%S}.{x.microsecond // 1000:03d} [{level}] {msg}"],
            host,
            MS,
        )

    def key(route: str, addr: str) -> str:
        return f"{route}_{addr}"

    dests = [("carbon-ch", a) for a in CR_CACHES] + [("mirror", CR_MIRROR)]

    def startup(host: str, t: datetime) -> datetime:
        t = L(
            host,
            t,
            "INFO",
            "===== carbon-relay-ng instance '%s' starting. (version %s) =====",
            f"===== carbon-relay-ng instance '{host}' starting. (version {CR_VERSION}) =====",
        )
        t = L(host, t, "INFO", "initializing routing table...", "initializing routing table...")
        t += sec(r.uniform(0.002, 0.02))
        for banner in [
            "===========================",
            "========== TABLE ==========",
            "===========================",
        ]:
            t = L(host, t, "INFO", banner, banner)
        for head in ["## Blocklist:", "## Aggregations:", "## Rewriters:", "## Routes:"]:
            t = L(host, t, "INFO", head, head)
            if head == "## Routes:":
                t = L(
                    host,
                    t,
                    "INFO",
                    "key type prefix substr regex",
                    "key          type                prefix   substr   regex",
                )
                for route, typ in [("carbon-ch", "ConsistentHashing"), ("mirror", "SendAllMatch")]:
                    t = L(
                        host,
                        t,
                        "INFO",
                        "%-*s %-*s %-*s %-*s %-*s",
                        f"{route:<12} {typ:<19} {'':<8} {'':<8} {'':<8}",
                    )
                    t = L(
                        host,
                        t,
                        "INFO",
                        "  # address instance spool pickle online",
                        "  #  address            instance  spool  pickle  online",
                    )
                    for i, (rt, addr) in enumerate(d for d in dests if d[0] == route):
                        spool = "true" if rt == "carbon-ch" else "false"
                        t = L(
                            host,
                            t,
                            "INFO",
                            "  %-*d %-*s %-*s %-*t %-*t %-*t",
                            f"  {i:<2} {addr:<18} {'':<9} {spool:<6} {'false':<7} false",
                        )
        for route, addr in dests:
            t = L(
                host,
                t + sec(r.uniform(0.001, 0.01)),
                "INFO",
                "dest %s new conn online",
                f"dest {key(route, addr)} new conn online",
            )
        for addr in ["0.0.0.0:2003", "0.0.0.0:2013"]:
            for proto in ["tcp", "udp"]:
                t = L(host, t, "INFO", "listening on %v/%s", f"listening on {addr}/{proto}")
        t = L(
            host,
            t,
            "INFO",
            "admin TCP listener starting on %v",
            "admin TCP listener starting on 0.0.0.0:2004",
        )
        t = L(
            host,
            t,
            "INFO",
            "admin HTTP listener starting on %v",
            "admin HTTP listener starting on 0.0.0.0:8081",
        )
        return t

    def shutdown(host: str, t: datetime) -> datetime:
        t = L(
            host,
            t,
            "INFO",
            "Received signal %q. Shutting down",
            'Received signal "terminated". Shutting down',
        )
        for addr in ["0.0.0.0:2003", "0.0.0.0:2013"]:
            for proto in ["tcp", "udp"]:
                t = L(
                    host,
                    t,
                    "INFO",
                    "shutting down %v/%s, closing socket",
                    f"shutting down {addr}/{proto}, closing socket",
                )
        for route, addr in dests:
            t = L(
                host,
                t + sec(r.uniform(0.01, 0.3)),
                "INFO",
                "dest %v shutting down. flushing and closing conn",
                f"dest {key(route, addr)} shutting down. flushing and closing conn",
            )
        return t

    def handler_err(
        host: str, t: datetime, kind: str, client: str, err_label: str, err: str
    ) -> None:
        L(
            host,
            t,
            "WARNING",
            f"%s handler%s returned: {err_label}. closing conn",
            f"{kind} handler for {client} returned: {err}. closing conn",
        )

    restart_b = at(9, 12, 7.4)
    for host, ip in CR_HOSTS.items():
        if host == "relay-a":
            startup(host, at(6, 0, 4.212))
        else:
            t = shutdown(host, restart_b)
            startup(host, t + sec(r.uniform(1.2, 2.5)))
        # legacy clients idle past the 2-minute read timeout
        for t in jitter_times(r, at(6, 1), t_end, 26 if host == "relay-a" else 30):
            if host == "relay-b" and restart_b - sec(2) <= t < restart_b + sec(6):
                continue
            c = r.choice(CR_LEGACY)
            cport = r.randrange(32768, 61000)
            port = "2013" if r.random() < 0.12 else "2003"
            kind = "pickle" if port == "2013" else "plain"
            handler_err(
                host,
                t,
                kind,
                f"{c}:{cport}",
                "read tcp %s->%s: i/o timeout",
                f"read tcp {ip}:{port}->{c}:{cport}: i/o timeout",
            )
        # carbon-cache-2 OOM-killed: EOF on every relay's connection, back after restart
        t = at(7, 41, 12.3) + sec(r.uniform(0, 0.05))
        L(
            host,
            t,
            "INFO",
            "conn %s .conn.Read returned EOF -> conn is closed. closing conn explicitly",
            f"conn {CR_CACHES[1]} .conn.Read returned EOF -> conn is closed. closing conn explicitly",
        )
        L(
            host,
            at(7, 42, 3) + sec(r.uniform(0, 9.5)),
            "INFO",
            "dest %s new conn online",
            f"dest {key('carbon-ch', CR_CACHES[1])} new conn online",
        )
        # the mirror's firewall resets idle flows 08:30-08:52
        t = at(8, 30, r.uniform(0, 40))
        while t < at(8, 52):
            lport = r.randrange(40000, 60000)
            err, err_label = r.choice(
                [
                    (
                        f"write tcp {ip}:{lport}->{CR_MIRROR}: write: broken pipe",
                        "write tcp %s->%s: write: broken pipe",
                    ),
                    (
                        f"write tcp {ip}:{lport}->{CR_MIRROR}: write: connection reset by peer",
                        "write tcp %s->%s: write: connection reset by peer",
                    ),
                ]
            )
            t = L(
                host,
                t,
                "WARNING",
                f"conn %s write error: {err_label}. closing",
                f"conn {CR_MIRROR} write error: {err}. closing",
            )
            t = L(
                host,
                t + sec(r.choice([10, 20, 30]) + r.uniform(0.0, 0.4)),
                "INFO",
                "dest %s new conn online",
                f"dest {key('mirror', CR_MIRROR)} new conn online",
            )
            t += sec(r.uniform(15, 110))
        # a client with an over-long line
        for t in jitter_times(r, at(6, 20), t_end, 2400):
            c = "10.20.9.44"
            cport = r.randrange(32768, 61000)
            handler_err(
                host,
                t,
                "plain",
                f"{c}:{cport}",
                "bufio.Scanner: token too long",
                "bufio.Scanner: token too long",
            )
        # the drained node pool: the statsd exporters' connections reset
        t = at(10, 5, r.uniform(0, 20))
        for _ in range(r.randint(28, 40)):
            c = r.choice(CR_EXPORTERS)
            cport = r.randrange(32768, 61000)
            handler_err(
                host,
                t,
                "plain",
                f"{c}:{cport}",
                "read tcp %s->%s: read: connection reset by peer",
                f"read tcp {ip}:2003->{c}:{cport}: read: connection reset by peer",
            )
            t += sec(r.uniform(0.05, 9))
        # UDP packets from a broken sender
        for t in jitter_times(r, at(6, 10), t_end, 3000):
            L(host, t, "WARNING", "%s handler: %s", "plain handler: bufio.Scanner: token too long")
    # an operator points relay-a's mirror at the new host
    t = L(
        "relay-a",
        at(9, 50, 44.1),
        "INFO",
        "dest %v update address to %v",
        f"dest {key('mirror', CR_MIRROR)} update address to 10.30.1.6:2003",
    )
    L(
        "relay-a",
        t + sec(0.02),
        "INFO",
        "dest %s new conn online",
        f"dest {key('mirror', '10.30.1.6:2003')} new conn online",
    )
    return fs.logs(at(6, 0))


# ------------------------------------------------------------------------------ victorialogs

VL_BUILD = "victoria-logs-20240603-145818-tags-v0.15.0-victorialogs-0-g3e3c2b4e6"
VL_DATA = "/victoria-logs-data"
VL_SHIPPERS = ["10.60.2.14", "10.60.2.15", "10.60.3.8"]
VL_GRAFANA = "10.60.1.20"
VL_BAD_QUERIES = [
    ("_time:5m level:error | stats by (app) count() errors | filter (errors:>50", "missing ')'"),
    ("_time:5m kubernetes.namespace:payments | top 10 by (pod)", 'unexpected pipe "top"'),
]
VL_APPS = ["checkout", "cart", "payments", "search", "auth", "catalog", "shipping"]


def vl_line(t: datetime, level: str, caller: str, msg: str) -> str:
    return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond // 1000:03d}Z\t{level}\tVictoriaMetrics/{caller}\t{msg}"


def victorialogs(r: random.Random) -> list[Log]:
    """Two single-node VictoriaLogs servers (see the module docstring)."""
    fs = Files()
    t_end = at(11, 0)

    def L(inst: str, t: datetime, level: str, caller: str, label: str, msg: str) -> datetime:
        return fs.add(
            f"vlogs-{inst}.log", t, label, lambda x: [vl_line(x, level, caller, msg)], inst, MS
        )

    flags = {
        "prod": [
            ("httpListenAddr", ":9428"),
            ("loggerFormat", "default"),
            ("memory.allowedPercent", "60"),
            ("retentionPeriod", "30d"),
            ("storageDataPath", VL_DATA),
        ],
        "staging": [
            ("httpListenAddr", ":9428"),
            ("retentionPeriod", "14d"),
            ("storage.minFreeDiskSpaceBytes", "10GB"),
            ("storageDataPath", VL_DATA),
        ],
    }

    def start(inst: str, t: datetime, retention: str | None = None) -> datetime:
        t = L(
            inst,
            t,
            "info",
            "lib/logger/flag.go:12",
            "build version: %s",
            f"build version: {VL_BUILD}",
        )
        t = L(inst, t, "info", "lib/logger/flag.go:13", "command-line flags", "command-line flags")
        for k, v in flags[inst]:
            if k == "retentionPeriod" and retention:
                v = retention
            t = L(inst, t, "info", "lib/logger/flag.go:20", "  -%s=%q", f'  -{k}="{v}"')
        t = L(
            inst,
            t,
            "info",
            "app/victoria-logs/main.go:42",
            "starting VictoriaLogs at %q...",
            'starting VictoriaLogs at "[:9428]"...',
        )
        t = L(
            inst,
            t,
            "info",
            "app/vlstorage/main.go:64",
            "opening storage at -storageDataPath=%s",
            f"opening storage at -storageDataPath={VL_DATA}",
        )
        t += sec(r.uniform(0.4, 2.5))
        if retention:
            for day in range(int(retention.rstrip("d")) + 1, 31):
                d = at(6, 0) - timedelta(days=day)
                t = L(
                    inst,
                    t,
                    "info",
                    "lib/logstorage/storage.go:468",
                    "the partition %s is scheduled to be deleted because it is outside the -retentionPeriod=%dd",
                    f"the partition {VL_DATA}/partitions/{d:%Y%m%d} is scheduled to be deleted because it is outside the -retentionPeriod={retention}",
                )
        parts = r.randrange(40, 160)
        t = L(
            inst,
            t,
            "info",
            "app/vlstorage/main.go:75",
            "successfully opened storage in %.3f seconds; partsCount: %d; blocksCount: %d; rowsCount: %d; sizeBytes: %d",
            f"successfully opened storage in {r.uniform(0.4, 2.5):.3f} seconds; partsCount: {parts}; blocksCount: {parts * r.randrange(900, 4000)}; rowsCount: {r.randrange(300_000_000, 2_000_000_000)}; sizeBytes: {r.randrange(20_000_000_000, 90_000_000_000)}",
        )
        t = L(
            inst,
            t,
            "info",
            "app/victoria-logs/main.go:60",
            "started VictoriaLogs in %.3f seconds; see https://docs.victoriametrics.com/victorialogs/",
            f"started VictoriaLogs in {r.uniform(0.5, 2.8):.3f} seconds; see https://docs.victoriametrics.com/victorialogs/",
        )
        t = L(
            inst,
            t,
            "info",
            "lib/httpserver/httpserver.go:121",
            "starting server at http://%s/",
            "starting server at http://127.0.0.1:9428/",
        )
        t = L(
            inst,
            t,
            "info",
            "lib/httpserver/httpserver.go:122",
            "pprof handlers are exposed at http://%s/debug/pprof/",
            "pprof handlers are exposed at http://127.0.0.1:9428/debug/pprof/",
        )
        t = L(
            inst,
            t + sec(r.uniform(2, 20)),
            "info",
            "lib/memory/memory.go:42",
            "limiting caches to %d bytes, leaving %d bytes to the OS according to -memory.allowedPercent=%v",
            "limiting caches to 20147374080 bytes, leaving 13431582720 bytes to the OS according to -memory.allowedPercent=60",
        )
        return t

    def stop(inst: str, t: datetime) -> datetime:
        t = L(
            inst,
            t,
            "info",
            "lib/procutil/signal.go:56",
            "received signal %s",
            "received signal terminated",
        )
        t = L(
            inst,
            t,
            "info",
            "app/victoria-logs/main.go:65",
            "gracefully shutting down webservice at %q",
            'gracefully shutting down webservice at "[:9428]"',
        )
        t = L(
            inst,
            t + sec(r.uniform(0.01, 0.3)),
            "info",
            "app/victoria-logs/main.go:69",
            "successfully shut down the webservice in %.3f seconds",
            f"successfully shut down the webservice in {r.uniform(0.01, 0.3):.3f} seconds",
        )
        t = L(
            inst,
            t + sec(r.uniform(0.5, 4)),
            "info",
            "app/victoria-logs/main.go:77",
            "the VictoriaLogs has been stopped in %.3f seconds",
            f"the VictoriaLogs has been stopped in {r.uniform(0.6, 4.5):.3f} seconds",
        )
        return t

    def entry(ts: datetime, app: str) -> str:
        host = f"node-{r.randrange(1, 9):02d}"
        lvl = r.choice(["info", "info", "warn", "error"])
        return f'{{"_msg":"request served","_stream":"{{app=\\"{app}\\",host=\\"{host}\\"}}","_time":"{ts:%Y-%m-%dT%H:%M:%S}.{ts.microsecond // 1000:03d}Z","app":"{app}","host":"{host}","level":"{lvl}","latency_ms":"{r.randrange(1, 900)}"}}'

    # prod: the backlog replay, one warning per 5 s throttle window while it lasts
    replay = [(at(7, 10, 5), at(8, 2)), (at(8, 14, 40), at(9, 40, 12))]
    for a, b in replay:
        t = a
        while t < b:
            old = t - timedelta(days=33, hours=r.uniform(0, 20))
            ts = f"{old:%Y-%m-%dT%H:%M:%S}.{r.randrange(10**9):09d}Z"
            L(
                "prod",
                t,
                "warn",
                "lib/logstorage/storage.go:595",
                "skipping log entry with too small timestamp=%s; it must be bigger than %s according to the configured -retentionPeriod=%dd. See https://docs.victoriametrics.com/victorialogs/#retention ; log entry: %s",
                f"skipping log entry with too small timestamp={ts}; it must be bigger than 2024-05-08T00:00:00Z according to the configured -retentionPeriod=30d. See https://docs.victoriametrics.com/victorialogs/#retention ; log entry: {entry(old, r.choice(VL_APPS))}",
            )
            t += sec(5 + r.uniform(0.0, 0.9) + (r.expovariate(1 / 3) if r.random() < 0.2 else 0))
    # an appliance with its clock a year ahead
    for t in jitter_times(r, at(6, 12), t_end, 170, 5):
        fut = t + timedelta(days=365, seconds=r.uniform(-30, 30))
        ts = f"{fut:%Y-%m-%dT%H:%M:%S}.{r.randrange(10**9):09d}Z"
        line = f'{{"_msg":"link up","_stream":"{{app=\\"pdu\\",host=\\"pdu-rack7\\"}}","_time":"{ts}","app":"pdu","host":"pdu-rack7"}}'
        L(
            "prod",
            t,
            "warn",
            "lib/logstorage/storage.go:605",
            "skipping log entry with too big timestamp=%s; it must be smaller than %s according to the configured -futureRetention=%dd; see https://docs.victoriametrics.com/victorialogs/#retention ; log entry: %s",
            f"skipping log entry with too big timestamp={ts}; it must be smaller than 2024-06-09T00:00:00Z according to the configured -futureRetention=2d; see https://docs.victoriametrics.com/victorialogs/#retention ; log entry: {line}",
        )
    # staging: restarted after an upgrade, the broken alert rule every minute
    start("staging", at(6, 2, 11.4))
    ro = (at(10, 10, 33), at(10, 40, 2))
    for t in ticks(at(6, 3, 0.2), t_end, 60):
        if ro[1] - sec(10) <= t < ro[1] + sec(20):
            continue
        q, err = VL_BAD_QUERIES[0] if t < at(9, 0) else VL_BAD_QUERIES[1]
        err_label = "missing ')'" if err.startswith("missing") else "unexpected pipe %q"
        enc = (
            q.replace(" ", "+")
            .replace(":", "%3A")
            .replace("(", "%28")
            .replace(")", "%29")
            .replace(">", "%3E")
            .replace("|", "%7C")
        )
        L(
            "staging",
            t + sec(r.uniform(0, 0.8)),
            "warn",
            "app/vlselect/main.go:210",
            f"remoteAddr: %s; requestURI: %s; cannot parse query [%s]: {err_label}",
            f'remoteAddr: "{VL_GRAFANA}:{r.randrange(33000, 60000)}"; requestURI: /select/logsql/stats_query?query={enc}&time={int(t.timestamp())}; cannot parse query [{q}]: {err}',
        )
    # staging's disk fills up
    L(
        "staging",
        ro[0],
        "warn",
        "lib/logstorage/datadb.go:1072",
        "switching the storage at %s to read-only mode, since it has less than -storage.minFreeDiskSpaceBytes=%d of free space: %d bytes left",
        f"switching the storage at {VL_DATA}/partitions/20240607/datadb to read-only mode, since it has less than -storage.minFreeDiskSpaceBytes=10000000000 of free space: 9987211264 bytes left",
    )
    for t in jitter_times(r, ro[0] + sec(1), ro[1] - sec(15), 9):
        src = r.choice(VL_SHIPPERS)
        path = r.choice(
            [
                "/insert/jsonline?_stream_fields=app,host&_time_field=time",
                "/insert/elasticsearch/_bulk",
                "/insert/loki/api/v1/push",
            ]
        )
        L(
            "staging",
            t,
            "warn",
            "app/vlinsert/main.go:98",
            "remoteAddr: %s; requestURI: %s; cannot add rows into storage in read-only mode; the storage can be in read-only mode because of lack of free disk space at -storageDataPath=%s",
            f'remoteAddr: "{src}:{r.randrange(33000, 60000)}"; requestURI: {path}; cannot add rows into storage in read-only mode; the storage can be in read-only mode because of lack of free disk space at -storageDataPath={VL_DATA}',
        )
    t = stop("staging", ro[1] - sec(8))
    start("staging", t + sec(r.uniform(3, 8)), retention="7d")
    # prod: a restart for a flag change at 06:40
    t = stop("prod", at(6, 40, 2.2))
    start("prod", t + sec(r.uniform(2, 6)))
    return fs.logs(at(6, 0))


# --------------------------------------------------------------------------------- icingadb

IDB_VERSION = "1.2.0"
IDB_HIST = ["state", "notification", "acknowledgement", "downtime", "comment", "flapping"]
IDB_CONFIG_TYPES = [
    "host",
    "service",
    "host customvar",
    "service customvar",
    "customvar",
    "customvar flat",
    "hostgroup member",
    "servicegroup member",
    "checkcommand",
    "notification",
    "notification user",
    "timeperiod range",
    "zone",
    "endpoint",
    "dependency",
]


def godur(x: float) -> str:
    """A time.Duration's String() of more than a second (nanoseconds, trailing zeros cut)."""
    return f"{x:.9f}".rstrip("0").rstrip(".") + "s"


def icingadb(r: random.Random) -> list[Log]:
    """The Icinga DB daemons of two HA masters (see the module docstring)."""
    fs = Files()
    t_end = at(10, 0)
    pids = {"mon1": 1187, "mon2": 1204}

    def L(host: str, t: datetime, label: str, msg: str, logger: str = "") -> datetime:
        pid = pids[host]
        text = f"{logger}: {msg}" if logger else msg
        return fs.add(
            f"{host}.log",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%dT%H:%M:%S}+00:00 {host} icingadb[{pid}]: {text}"],
            (host, pid),
            SEC,
        )

    def boot(host: str, t: datetime) -> datetime:
        t = L(
            host, t, "Starting Icinga DB daemon (%s)", f"Starting Icinga DB daemon ({IDB_VERSION})"
        )
        t = L(
            host,
            t,
            "Connecting to database at '%s'",
            "Connecting to database at 'galera.mon.internal:3306'",
        )
        t = L(host, t, "Connecting to Redis at '%s'", "Connecting to Redis at 'localhost:6380'")
        t = L(host, t, "Starting history sync", "Starting history sync")
        return L(
            host,
            t + sec(r.uniform(0.3, 1.5)),
            "Received Icinga heartbeat",
            "Received Icinga heartbeat",
            "heartbeat",
        )

    def full_sync(host: str, t: datetime, first: bool) -> datetime:
        t = L(host, t, "Starting overdue sync", "Starting overdue sync")
        t = L(host, t, "Starting config sync", "Starting config sync")
        t = L(host, t, "Starting initial state sync", "Starting initial state sync")
        t0 = t
        types = IDB_CONFIG_TYPES if first else r.sample(IDB_CONFIG_TYPES, r.randint(2, 5))
        for typ in types:
            verb = (
                r.choice(["Inserting", "Updating", "Updating", "Deleting"])
                if not first
                else r.choice(["Updating", "Inserting"])
            )
            n = r.randrange(1, 40) if not first else r.randrange(1, 600)
            t = L(
                host,
                t + sec(r.uniform(0.1, 1.2)),
                f"{verb} %d items of type %s",
                f"{verb} {n} items of type {typ}",
                "config-sync",
            )
        for typ in ["host state", "service state"]:
            t = L(
                host,
                t + sec(r.uniform(0.1, 0.6)),
                "Updating %d items of type %s",
                f"Updating {r.randrange(3, 180)} items of type {typ}",
                "config-sync",
            )
        el = (t - t0).total_seconds() + r.uniform(0.5, 2.0)
        t = L(
            host,
            t + sec(0.5),
            "Finished config sync in %s",
            f"Finished config sync in {godur(el)}",
            "config-sync",
        )
        t = L(
            host,
            t,
            "Finished initial state sync in %s",
            f"Finished initial state sync in {godur(el + r.uniform(0.01, 0.3))}",
            "config-sync",
        )
        t = L(
            host, t, "Starting config runtime updates sync", "Starting config runtime updates sync"
        )
        t = L(host, t, "Starting state runtime updates sync", "Starting state runtime updates sync")
        return L(host, t, "Starting history retention", "Starting history retention")

    def periodic(host: str, a: datetime, b: datetime, db_out: tuple[datetime, datetime]) -> None:
        off = r.uniform(0, 20)
        for t in ticks(a + sec(off), b, 20):
            if db_out[0] <= t < db_out[1]:
                continue
            if r.random() < 0.97:
                L(
                    host,
                    t,
                    "Synced %d %s history items",
                    f"Synced {r.randrange(1, 60)} state history items",
                    "history-sync",
                )
            for cat, p in [
                ("notification", 0.22),
                ("acknowledgement", 0.04),
                ("downtime", 0.05),
                ("comment", 0.05),
                ("flapping", 0.06),
            ]:
                if r.random() < p:
                    L(
                        host,
                        t,
                        "Synced %d %s history items",
                        f"Synced {r.randrange(1, 12)} {cat} history items",
                        "history-sync",
                    )
            tt = t + sec(r.uniform(0.1, 0.9))
            if r.random() < 0.95:
                L(
                    host,
                    tt,
                    "Upserted %d %s items",
                    f"Upserted {r.randrange(1, 90)} ServiceState items",
                    "runtime-updates",
                )
            if r.random() < 0.45:
                L(
                    host,
                    tt,
                    "Upserted %d %s items",
                    f"Upserted {r.randrange(1, 9)} HostState items",
                    "runtime-updates",
                )
            if r.random() < 0.015:
                L(
                    host,
                    tt,
                    "Deleted %d %s items",
                    f"Deleted {r.randrange(1, 4)} {r.choice(['Comment', 'Downtime'])} items",
                    "runtime-updates",
                )
        for t in ticks(a + sec(r.uniform(60, 600)), b, 3600):
            for cat in ["state", "notification", "comment"]:
                L(
                    host,
                    t + sec(r.uniform(0, 3)),
                    "Removed %d old %s history items",
                    f"Removed {r.randrange(200, 9000)} old {cat} history items",
                    "retention",
                )

    def db_outage(host: str, a: datetime, b: datetime, active: bool) -> None:
        if active:
            for t in sorted(r.uniform(0, (b - a).total_seconds()) for _ in range(r.randint(6, 10))):
                L(
                    host,
                    a + sec(t),
                    "Can't execute query. Retrying",
                    "Can't execute query. Retrying",
                    "database",
                )
            for _ in range(r.randint(5, 8)):
                L(
                    host,
                    b + sec(r.uniform(0, 4)),
                    "Query retried successfully after error",
                    "Query retried successfully after error",
                    "database",
                )
        else:
            L(
                host,
                a + sec(r.uniform(1, 5)),
                "Can't connect to database. Retrying",
                "Can't connect to database. Retrying",
                "database",
            )
            L(
                host,
                b + sec(r.uniform(0.5, 3)),
                "Reconnected to database",
                "Reconnected to database",
                "database",
            )

    db_out = (at(8, 20, 14), at(8, 23, 51))
    crash = at(9, 5, 40)
    # mon1: active from before 06:00 until Icinga 2 crashes
    periodic("mon1", at(6, 0), crash + sec(60), db_out)
    for reload in [at(7, 15, 22), at(9, 35, 2)]:
        if reload < crash:
            t = L(
                "mon1",
                reload,
                "Icinga 2 started a new config dump, waiting for it to complete",
                "Icinga 2 started a new config dump, waiting for it to complete",
            )
            full_sync("mon1", t + sec(r.uniform(4, 9)), first=False)
    db_outage("mon1", *db_out, active=True)
    t = L("mon1", crash + sec(60), "Lost Icinga heartbeat", "Lost Icinga heartbeat", "heartbeat")
    L("mon1", t, "Handing over", "Handing over")
    back = at(9, 12, 18)
    L(
        "mon1",
        back + sec(3),
        "Waiting for Icinga 2 to write into Redis, please make sure you have started Icinga 2 and the Icinga DB feature is enabled",
        "Waiting for Icinga 2 to write into Redis, please make sure you have started Icinga 2 and the Icinga DB feature is enabled",
    )
    t = L(
        "mon1",
        back + sec(r.uniform(20, 30)),
        "Received Icinga heartbeat",
        "Received Icinga heartbeat",
        "heartbeat",
    )
    L(
        "mon1",
        t + sec(1),
        "Another instance is active",
        "Another instance is active",
        "high-availability",
    )
    # mon2: passive, upgraded at 06:05, takes over after mon1's heartbeat is lost
    pids["mon2"] = 1204
    L("mon2", at(6, 5, 3), "Exiting due to signal", "Exiting due to signal")
    pids["mon2"] = 31877
    t = boot("mon2", at(6, 5, 9))
    L(
        "mon2",
        t + sec(r.uniform(1, 3)),
        "Another instance is active",
        "Another instance is active",
        "high-availability",
    )
    db_outage("mon2", *db_out, active=False)
    take = crash + sec(60 + r.uniform(1, 5))
    t = L("mon2", take, "Taking over", "Taking over")
    full_sync("mon2", t, first=True)
    periodic("mon2", take + sec(25), t_end, (take, take))
    reload = at(9, 35, 2)
    t = L(
        "mon2",
        reload,
        "Icinga 2 started a new config dump, waiting for it to complete",
        "Icinga 2 started a new config dump, waiting for it to complete",
    )
    full_sync("mon2", t + sec(r.uniform(4, 9)), first=False)
    return fs.logs(at(6, 0))


# ------------------------------------------------------------------------------------ coroot

CO_VERSION = "0.17.11"
CO_PROJECTS = {
    "eu": [("prod-eu", "6yhx9zqk", 30), ("staging", "q1w8c0da", 60)],
    "us": [("prod-us", "ulgqcxhl", 30)],
}
CO_PROM = {
    "eu": ("http://prometheus.monitoring:9090", "10.96.12.40:9090"),
    "us": ("http://vm-select.monitoring:8481/select/0/prometheus", "10.96.30.7:8481"),
}


def klog_line(t: datetime, sev: str, src: str, msg: str) -> str:
    return f"{sev}{t:%m%d %H:%M:%S}.{t.microsecond:06d}       1 {src}] {msg}"


def coroot(r: random.Random) -> list[Log]:
    """Two Coroot servers and their cache workers (see the module docstring)."""
    fs = Files()
    t_end = at(11, 0)

    def L(inst: str, t: datetime, sev: str, src: str, label: str, msg: str) -> datetime:
        return fs.add(
            f"coroot-{inst}.log", t, label, lambda x: [klog_line(x, sev, src, msg)], inst, US
        )

    def start(inst: str, t: datetime) -> datetime:
        t = L(
            inst,
            t,
            "I",
            "main.go:89",
            "version: %s, url-base-path: %s, read-only: %t",
            f"version: {CO_VERSION}, url-base-path: /, read-only: false",
        )
        t += sec(r.uniform(0.05, 0.6))
        return L(inst, t, "I", "main.go:165", "listening on %s", "listening on :8080")

    def prom_error(inst: str, t: datetime, pid: str, kind: str) -> datetime:
        url, addr = CO_PROM[inst]
        if kind == "refused":
            return L(
                inst,
                t,
                "E",
                "updater.go:168",
                "Post %q: dial tcp %s: connect: connection refused",
                f'Post "{url}/api/v1/query_range": dial tcp {addr}: connect: connection refused',
            )
        if kind == "samples":
            return L(
                inst,
                t,
                "E",
                "updater.go:168",
                "execution: query processing would load too many samples into memory in query execution",
                "execution: query processing would load too many samples into memory in query execution",
            )
        return L(
            inst,
            t,
            "E",
            "updater.go:168",
            "Post %q: context deadline exceeded",
            f'Post "{url}/api/v1/query_range": context deadline exceeded',
        )

    eu_restart = at(9, 41, 12.5)
    eu_locked = (at(9, 30, 4), at(9, 33, 40))
    for inst, projects in CO_PROJECTS.items():
        if inst == "eu":
            start(inst, at(6, 0, 2.1))
        else:  # a fresh install bootstrapped with -bootstrap-prometheus-url
            t = L(
                inst,
                at(6, 3, 47.8),
                "I",
                "main.go:89",
                "version: %s, url-base-path: %s, read-only: %t",
                f"version: {CO_VERSION}, url-base-path: /, read-only: false",
            )
            t = L(
                inst,
                t + sec(0.02),
                "I",
                "main.go:231",
                "creating default project",
                "creating default project",
            )
            L(
                inst,
                t + sec(r.uniform(0.1, 0.4)),
                "I",
                "main.go:165",
                "listening on %s",
                "listening on :8080",
            )
        for _name, pid, every in projects:
            first = at(6, 0, 3.5) if inst == "eu" else at(6, 3, 49)
            t = first + sec(r.uniform(0, 1))
            stopped_at = at(10, 30, 1) if pid == "q1w8c0da" else t_end
            while t < stopped_at:
                if inst == "eu" and pid == "6yhx9zqk" and eu_locked[0] <= t < eu_restart:
                    # the query states cannot be read: the worker returns and is not restarted
                    t2 = t
                    for _ in range(r.randint(3, 6)):
                        t2 = L(
                            inst,
                            t2 + sec(r.uniform(0.05, 2.5)),
                            "E",
                            "updater.go:185",
                            "failed to save state: %s",
                            "failed to save state: database is locked",
                        )
                    L(
                        inst,
                        t + sec(every + r.uniform(0, 0.2)),
                        "I",
                        "updater.go:53",
                        "worker iteration for %s",
                        f"worker iteration for {pid}",
                    )
                    L(
                        inst,
                        t + sec(every + r.uniform(5.0, 5.3)),
                        "E",
                        "updater.go:62",
                        "could not get query states: %s",
                        "could not get query states: database is locked",
                    )
                    t = eu_restart + sec(2 + r.uniform(0, 1))
                    continue
                if inst == "eu" and eu_restart - sec(1) <= t < eu_restart + sec(2):
                    t = eu_restart + sec(2 + r.uniform(0, 1))
                    continue
                if inst == "eu" and pid == "q1w8c0da" and eu_locked[0] <= t < eu_restart:
                    # the check configs cannot be read: this worker returns too
                    L(
                        inst,
                        t,
                        "I",
                        "updater.go:53",
                        "worker iteration for %s",
                        f"worker iteration for {pid}",
                    )
                    L(
                        inst,
                        t + sec(r.uniform(5.0, 5.3)),
                        "E",
                        "updater.go:67",
                        "could not get check configs: %s",
                        "could not get check configs: database is locked",
                    )
                    t = eu_restart + sec(2 + r.uniform(0, 1))
                    continue
                L(
                    inst,
                    t,
                    "I",
                    "updater.go:53",
                    "worker iteration for %s",
                    f"worker iteration for {pid}",
                )
                if inst == "eu" and pid == "6yhx9zqk" and at(7, 20, 0) <= t < at(7, 21, 30):
                    tt = t + sec(r.uniform(0.2, 1.5))
                    for _ in range(r.randint(25, 45)):
                        tt = prom_error(inst, tt + sec(r.uniform(0.0005, 0.02)), pid, "refused")
                if inst == "eu" and pid == "6yhx9zqk" and at(7, 20, 0) <= t < at(7, 22, 0):
                    tt = t + sec(r.uniform(2, 4))
                    if t < at(7, 20, 30):
                        url, addr = CO_PROM[inst]
                        for _ in range(r.randint(3, 7)):
                            tt = L(
                                inst,
                                tt + sec(r.uniform(0.001, 0.03)),
                                "E",
                                "updater.go:168",
                                "Post %q: read tcp %s->%s: read: connection reset by peer",
                                f'Post "{url}/api/v1/query_range": read tcp 10.244.3.17:{r.randrange(40000, 60000)}->{addr}: read: connection reset by peer',
                            )
                    for _ in range(r.randint(4, 9)):
                        tt = L(
                            inst,
                            tt + sec(r.uniform(0.001, 0.05)),
                            "E",
                            "updater.go:168",
                            "cache is outdated",
                            "cache is outdated",
                        )
                if inst == "us" and at(9, 15, 0) <= t < at(10, 41, 0):
                    L(
                        inst,
                        t + sec(r.uniform(1, 6)),
                        "E",
                        "updater.go:168",
                        'bad_data: invalid parameter "query": %d:%d: parse error: unclosed left parenthesis',
                        'bad_data: invalid parameter "query": 1:87: parse error: unclosed left parenthesis',
                    )
                if inst == "us" and at(8, 0) <= t < at(10, 0):
                    tt = t + sec(r.uniform(1, 4))
                    for _ in range(r.choice([1, 2, 2, 3])):
                        tt = prom_error(inst, tt + sec(r.uniform(0.5, 6)), pid, "samples")
                if r.random() < 0.012:
                    prom_error(inst, t + sec(r.uniform(5, 20)), pid, "timeout")
                if inst == "us" and at(10, 20, 5) <= t < at(10, 52):
                    tt = t + sec(r.uniform(0.5, 3))
                    for _ in range(r.randint(1, 4)):
                        h = hexid(r, 16)
                        ts = int((t - sec(3600)).timestamp())
                        tt = L(
                            inst,
                            tt + sec(r.uniform(0.01, 2)),
                            "E",
                            "updater.go:181",
                            "failed to save chunk: open %s: no space left on device",
                            f"failed to save chunk: open /data/cache/{pid}/{pid}-{h}-{ts - ts % 3600}-240-{every}.db.tmp: no space left on device",
                        )
                t += sec(every + r.uniform(0.0, 0.35))
            if pid == "q1w8c0da":
                L(
                    inst,
                    stopped_at + sec(r.uniform(0, 1)),
                    "I",
                    "updater.go:56",
                    "stopping worker for project: %s",
                    f"stopping worker for project: {pid}",
                )
    # the updater's project list, read every second, fails while the database is locked
    for k in range(int((eu_locked[1] - eu_locked[0]).total_seconds())):
        if r.random() < 0.4:
            L(
                "eu",
                eu_locked[0] + sec(k + r.uniform(0, 0.9)),
                "E",
                "updater.go:30",
                "failed to get projects: %s",
                "failed to get projects: database is locked",
            )
    # the EU server restarted after the lock-up
    t = start("eu", eu_restart)
    for _ in range(r.randint(2, 4)):
        t = L(
            "eu",
            t + sec(r.uniform(0.3, 1.5)),
            "W",
            "updater.go:108",
            "failed to delete obsolete query state: %s",
            "failed to delete obsolete query state: database is locked",
        )
    return fs.logs(at(6, 0))


# ------------------------------------------------------------------------------------ pmacct

PM_VERSION = "1.7.8-git [20230401-0 (5f8e1b3a)]"
PM_ARGS = " '--prefix=/usr/local' '--enable-kafka' '--enable-jansson' '--enable-l2' '--enable-traffic-bins' '--enable-bgp-bins' '--enable-bmp-bins' '--enable-st-bins'"
PM_ROUTERS = {
    "fra1": ["192.0.2.1", "192.0.2.2", "192.0.2.3"],
    "ams1": ["198.51.100.1", "198.51.100.2"],
}


def pmacct(r: random.Random) -> list[Log]:
    """nfacctd on two flow collectors (see the module docstring)."""
    fs = Files()
    t_end = at(11, 0)

    def L(host: str, t: datetime, proc: str, label: str, msg: str) -> datetime:
        return fs.add(
            f"nfacctd-{host}.log",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%dT%H:%M:%S}Z {msg}"],
            (host, proc),
            SEC,
        )

    def boot(host: str, t: datetime) -> datetime:
        t = L(
            host,
            t,
            "core",
            "INFO ( %s/core ): NetFlow Accounting Daemon, nfacctd %s",
            f"INFO ( default/core ): NetFlow Accounting Daemon, nfacctd {PM_VERSION}",
        )
        t = L(host, t, "core", "INFO ( %s/core ): %s", f"INFO ( default/core ): {PM_ARGS}")
        t = L(
            host,
            t,
            "core",
            "INFO ( %s/core ): Reading configuration file '%s'.",
            "INFO ( default/core ): Reading configuration file '/etc/pmacct/nfacctd.conf'.",
        )
        for name, typ, pipe in [("flows", "kafka", 10240000), ("top", "print", 4096000)]:
            t = L(
                host,
                t,
                name,
                "INFO ( %s/%s ): plugin_pipe_size=%llu bytes plugin_buffer_size=%llu bytes",
                f"INFO ( {name}/{typ} ): plugin_pipe_size={pipe} bytes plugin_buffer_size={pipe // 1000 * 10} bytes",
            )
            t = L(
                host,
                t,
                name,
                "INFO ( %s/%s ): ctrl channel: obtained=%llu bytes target=%llu bytes",
                f"INFO ( {name}/{typ} ): ctrl channel: obtained={pipe * 2 // 10} bytes target={pipe * 2 // 10} bytes",
            )
        t = L(
            host,
            t,
            "core",
            "INFO ( %s/core ): [%s] (re)loading map.",
            "INFO ( default/core ): [/etc/pmacct/pretag.map] (re)loading map.",
        )
        t = L(
            host,
            t,
            "core",
            "INFO ( %s/core ): [%s] map successfully (re)loaded.",
            "INFO ( default/core ): [/etc/pmacct/pretag.map] map successfully (re)loaded.",
        )
        t = L(
            host,
            t,
            "core",
            "INFO ( %s/%s ): maximum BGP peers allowed: %d",
            "INFO ( default/core/BGP ): maximum BGP peers allowed: 8",
        )
        t = L(
            host,
            t,
            "core",
            "INFO ( %s/%s ): waiting for BGP data on %s:%u",
            "INFO ( default/core/BGP ): waiting for BGP data on 0.0.0.0:179",
        )
        t = L(
            host,
            t,
            "core",
            "INFO ( %s/core ): waiting for NetFlow/IPFIX data on %s",
            "INFO ( default/core ): waiting for NetFlow/IPFIX data on 0.0.0.0:2100",
        )
        t = L(
            host,
            t,
            "top",
            "INFO ( %s/%s ): cache entries=%u base cache memory=%llu bytes",
            "INFO ( top/print ): cache entries=16411 base cache memory=56322552 bytes",
        )
        for i, peer in enumerate(PM_ROUTERS[host]):
            t = bgp_up(host, t + sec(r.uniform(1, 12)), peer, i + 1)
        return t

    def bgp_up(host: str, t: datetime, peer: str, n: int) -> datetime:
        t = L(
            host,
            t,
            "core",
            "INFO ( %s/%s ): [%s] BGP peers usage: %u/%u",
            f"INFO ( default/core/BGP ): [{peer}] BGP peers usage: {n}/8",
        )
        t = L(
            host,
            t,
            "core",
            "INFO ( %s/%s ): [%s] Capability: MultiProtocol [%u] AFI [%u] SAFI [%u]",
            f"INFO ( default/core/BGP ): [{peer}] Capability: MultiProtocol [1] AFI [1] SAFI [1]",
        )
        t = L(
            host,
            t,
            "core",
            "INFO ( %s/%s ): [%s] Capability: MultiProtocol [%u] AFI [%u] SAFI [%u]",
            f"INFO ( default/core/BGP ): [{peer}] Capability: MultiProtocol [1] AFI [2] SAFI [1]",
        )
        t = L(
            host,
            t,
            "core",
            "INFO ( %s/%s ): [%s] Capability: 4-bytes AS [%u] ASN [%u]",
            f"INFO ( default/core/BGP ): [{peer}] Capability: 4-bytes AS [41] ASN [{64512 + n}]",
        )
        return L(
            host,
            t,
            "core",
            "INFO ( %s/%s ): [%s] BGP_OPEN: Local AS: %u Remote AS: %u HoldTime: %u",
            f"INFO ( default/core/BGP ): [{peer}] BGP_OPEN: Local AS: 65000 Remote AS: {64512 + n} HoldTime: 90",
        )

    def purges(
        host: str,
        name: str,
        typ: str,
        a: datetime,
        b: datetime,
        every: int,
        kafka_down: tuple[datetime, datetime] | None,
    ) -> None:
        t = a + sec(every - (a.timestamp() % every))
        pid = r.randrange(20000, 26000)
        while t < b:
            pid += r.randrange(1, 6)
            s = L(
                host,
                t + sec(r.uniform(0, 0.4)),
                f"{name}-{pid}",
                "INFO ( %s/%s ): *** Purging cache - START (PID: %u) ***",
                f"INFO ( {name}/{typ} ): *** Purging cache - START (PID: {pid}) ***",
            )
            qn = r.randrange(2000, 16000) if typ == "kafka" else r.randrange(800, 5000)
            et = 0 if r.random() < 0.8 else 1
            if kafka_down and kafka_down[0] <= t < kafka_down[1]:
                for _ in range(r.randint(1, 3)):
                    s = L(
                        host,
                        s + sec(r.uniform(0.5, 3)),
                        f"{name}-{pid}",
                        "ERROR ( %s/%s ): Failed to produce to topic %s partition %i: Local: Queue full",
                        f"ERROR ( {name}/{typ} ): Failed to produce to topic pmacct.flows partition -1: Local: Queue full",
                    )
                et = r.randint(5, 30)
            L(
                host,
                s + sec(et),
                f"{name}-{pid}",
                "INFO ( %s/%s ): *** Purging cache - END (PID: %u, QN: %u/%u, ET: %u) ***",
                f"INFO ( {name}/{typ} ): *** Purging cache - END (PID: {pid}, QN: {qn}/{qn}, ET: {et}) ***",
            )
            t += sec(every)

    for host in ["fra1", "ams1"]:
        restart = at(10, 30, 20) if host == "ams1" else None
        kdown = (at(8, 10, 30), at(8, 25, 10)) if host == "fra1" else None
        if restart:
            boot(host, restart + sec(2))
            for name, typ, every in [("flows", "kafka", 60), ("top", "print", 300)]:
                purges(host, name, typ, at(6, 0), restart, every, kdown)
                purges(host, name, typ, restart + sec(5), t_end, every, kdown)
        else:
            for name, typ, every in [("flows", "kafka", 60), ("top", "print", 300)]:
                purges(host, name, typ, at(6, 0), t_end, every, kdown)
        # sequence gaps when a router's export buffer overflows
        seqs = {peer: r.randrange(10**6, 10**8) for peer in PM_ROUTERS[host]}
        for t in jitter_times(r, at(6, 0, 5), t_end, 75 if host == "fra1" else 140):
            if restart and restart <= t < restart + sec(20):
                continue
            peer = r.choice(PM_ROUTERS[host])
            seqs[peer] += r.randrange(2000, 90000)
            got = seqs[peer] + r.randrange(1, 400)
            L(
                host,
                t,
                "core",
                "INFO ( %s/core ): expecting flow '%u' but received '%u' collector=%s:%u agent=%s:%u engine=%u:%u",
                f"INFO ( default/core ): expecting flow '{seqs[peer]}' but received '{got}' collector=0.0.0.0:2100 agent={peer}:0 engine=0:0",
            )
            seqs[peer] = got + 1
        # the map reloaded by the cron job's SIGUSR2
        for t in [at(7, 0, 3), at(10, 0, 3)]:
            t = L(
                host,
                t,
                "core",
                "INFO ( %s/core ): [%s] (re)loading map.",
                "INFO ( default/core ): [/etc/pmacct/pretag.map] (re)loading map.",
            )
            L(
                host,
                t + sec(1),
                "core",
                "INFO ( %s/core ): [%s] map successfully (re)loaded.",
                "INFO ( default/core ): [/etc/pmacct/pretag.map] map successfully (re)loaded.",
            )
    # ams1's edge router reloads: it reconnects while the old session still holds
    peer = PM_ROUTERS["ams1"][1]
    t = at(9, 40, 31)
    for hold in [86, 56, 26]:
        t = L(
            "ams1",
            t,
            "core",
            "WARN ( %s/%s ): [%s] Refusing new connection from existing peer (residual holdtime: %ld).",
            f"WARN ( default/core/BGP ): [{peer}] Refusing new connection from existing peer (residual holdtime: {hold}).",
        )
        t += sec(30)
    bgp_up("ams1", t + sec(r.uniform(1, 4)), peer, 2)
    return fs.logs(at(6, 0))


SYSTEMS = {
    "carbon-relay-ng": carbon_relay_ng,
    "victorialogs": victorialogs,
    "icingadb": icingadb,
    "coroot": coroot,
    "pmacct": pmacct,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
