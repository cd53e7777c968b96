#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 182 (statsd, munin, cacti, snmptt, nxlog) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five metrics, monitoring and log-shipping programs,
06:00 to 12:00 on 2024-06-07. The brief's fourth system, Observium, writes nothing but one line
per poller or discovery run and the wrapper's summary into observium.log (a handful of formats,
everything else goes to its database's event log), so snmptt, the SNMP trap translator beside
the same kind of network monitoring, takes its place.

- Etsy's statsd 0.10 on Node.js 18.19 (`statsd-1.log`, `statsd-2.log`: two aggregators;
  `statsd-proxy.log`: statsd's proxy.js with four cluster forks; each the stdout and stderr of the
  process appended to a file): util.log's `7 Jun 06:00:01 - ` time (no year), lib/logger.js's
  `TYPE: ` (`DEBUG` when no type is given), config.js's `[%s] reading config file: %s` and
  stats.js's `util.log("server is up", "INFO")` (`server is up INFO`) with no type at all; the
  checkout canary sending DogStatsD tags 07:05-08:35 (`Bad line: %s in msg "%s"`, two or three a
  metric, the fields as JavaScript joins them), a backup script's `3.2s|ms` hourly, an ETL job's
  `None|c`; statsd-1's host rebooted at 07:20 and statsd-2 restarted at 08:52 after debug was
  switched on by a reload (the proxy's forks' `Removing node %s from the ring.` and `Adding node %s
  to the ring.`, `Starting Final Flush`, `Loading server: %s`, `Loading backend: %s`), then the
  graphite backend's `numStats: %s` every flush and its connection errors logged as the Error
  object (`Error: connect ECONNREFUSED %s` while the carbon relay is down 09:40-09:58, `Error:
  getaddrinfo EAI_AGAIN %s`); a DNS outage at 09:15 killing the proxy's forks one after another
  (Node's own `node:events:495` excerpt and `Emitted 'error' event` stack on stderr, the master's
  `worker %s died with exit code:%s restarting` and `worker %s is online`, the new forks' `Error
  during healthcheck on node %s with %s`), the metrics VLAN flapping at 10:05 (`Warning: No backend
  statsd nodes available!`), statsd-2's config saved with a missing comma at 10:40 (Node's
  `undefined:9` excerpt and `SyntaxError: Unexpected identifier`, once from the running process's
  fs.watch reload and again at every systemd restart until it is fixed), `MGMT: Caught Error: read
  ECONNRESET, Moving on`, the proxy restarted at 11:10 (`forking %s childs`).
- Munin 2.0 (`munin-update.log`: the master mon1's munin-update, Log::Log4perl's easy_init `%d
  %m` with the level tags the call sites write, `[INFO]`, `[INFO]:`, `[WARNING]`, `[ERROR]`;
  `db1-munin-node.log`, `web3-munin-node.log`: munin-node's own `2024/06/07-06:05:02 [pid]` lines
  and Net::Server's, some with log_time in the message and some with no time at all) over eight
  nodes every five minutes: each worker's `starting work in %s for %s.`, `Munin-update finished
  for node %s (%s sec)` and `Reaping %s.  Exit value/signal: %s/%s`; web3 rebooted at 07:10
  (`Failed to connect to node %s:%s/tcp : No route to host`, then `Connection refused`, `%s failed
  to connect to node`, exit 20; its node's `Server closing!`, `Munin::Node::Server (type
  Net::Server::Fork) starting! pid(%s)`, `Resolved ...`, `Not including ...`, `Binding to TCP
  port ...`, `Setting gid to ...`, ntpd not up yet for ntp_offset); MariaDB on db1 restarted
  08:20-08:27 (`Error output from %s:`, the DBI error on a line of its own behind a tab, `Service
  '%s' exited with status %s/%s.` for six mysql_ plugins, config and fetch); db1's smart_sda timing
  out from 09:00 (`Service '%s' timed out.`, the master's `Remaining workers: %s`); the shop slow
  09:30-10:10 (`Service %s on %s returned no data for label %s` for http_loadtime); web4 added at
  09:40 with a node that calls itself `web4` (`node %s advertised itself as %s instead.`, `Config
  node %s listed no services ...  Please see http://munin-monitoring.org/wiki/FAQ_no_graphs ...`
  until use_node_name at 10:55, then its RRDs created); a PostgreSQL plugin enabled on db2 at
  10:05 (`creating rrd-file for %s->%s: '%s'`).
- Cacti 1.2.24 with spine (`cacti.log`, Low verbosity): cacti_log's `2024-06-07 06:00:09 - ` and
  its environment prefixes (`SYSTEM `, `POLLER: Poller[1] PID[%d] `, spine's `SPINE: Poller[1]
  PID[%d] PT[%lu] `, `CMDPHP `, `DBCALL `, `AUTH `); every minute's `SYSTEM STATS: Time:...
  RRDsProcessed:%s`, thold's `THOLD STATS: ...` and the syslog plugin's `SYSLOG STATS: ...`;
  ups-2's battery OIDs gone since a firmware upgrade and two devices answering some OIDs with
  garbage (`WARNING: Invalid Response(s), Errors[%i] Device[%i] Thread[%i] DS[%s]`, the DS list
  of any length); sw-acc-07's agent overloaded 06:40-07:30 (`Device[%i] HT[%i] DS[%i] WARNING:
  SNMP timeout detected [%i ms], ignoring host '%s'`, two polls past 58 s: `ERROR: Device[%i]
  HT[%i] Spine Timed Out While Processing Devices Internal`, `Maximum runtime of %s seconds
  exceeded. Exiting.`, `WARNING: There are %s processes detected as overrunning a polling cycle,
  please investigate`); branch 3's router rebooted at 08:05 and branch 2's SNMP blocked 10:31-10:37
  (`Device[%i] Hostname[%s] ERROR: HOST EVENT: Device is DOWN Message: %s` with the availability
  check's own text, `NOTICE: HOST EVENT: Device Returned from DOWN State`); MariaDB restarted
  under the 09:20 poll (spine's `FATAL: MySQL Error:'%i', Message:'%s'`, poller.php's `ERROR: SQL
  Assoc Failed!, Error:%s, SQL:'%s'`, `... Error: MySQL server has gone away`, `SQL Backtrace:
  (%s)`, the 09:21 poll missing, 09:22's `WARNING: Cron is out of sync with the Poller Interval!
  ...` and `WARNING: Poller Output Table not Empty. ...`); logins (`LOGIN: User '%s'
  Authenticated`) and a Grafana data source with a stale password (`LOGIN FAILED: Local Login
  Failed for user '%s' from IP Address '%s'.` every five minutes).
- snmptt 1.4 as a daemon behind snmptrapd (`snmptt.log`: `Fri Jun  7 06:00:38 2024 .1.3.6.1.6.3.1.1.5.4
  Normal "Status Events" sw-acc-06.corp.example.net - ` then the EVENT's FORMAT with the varbinds;
  `snmpttunknown.log`: the traps it has no EVENT for, `%s: Unknown trap (%s) received from %s at: `
  and the `Value N:` and `Ent Value N:` lines after it): snmptt.conf.generic's standard traps
  (`Link up on interface $1.  Admin state: $2.  Operational state: $3`, `Link down ...`, the file's
  own `SNMP athentication failure`, `Device reinitialized (coldStart)`) and snmpttconvertmib's
  FORMATs (the DESCRIPTION's first line and `$*`) for CISCO-SYSLOG-MIB, CISCO-CONFIG-MAN-MIB,
  BGP4-MIB, BRIDGE-MIB, ENTITY-MIB, PowerNet-MIB, CISCO-PORT-SECURITY-MIB and CISCO-ENVMON-MIB: desk
  PCs and phones coming up all morning (each change also a clogMessageGenerated for
  %LINK-3-UPDOWN), a probe with a retired community against three devices every five minutes, an
  ISP session flapping at 07:45, sw-acc-14 crashing at 08:31 (coldStart and 31 ports up), the
  09:00-09:30 change window, sw-core-01 reloaded at 10:20 (newRoot, topology changes), a power
  blip at 10:12 (both UPSes on battery), the server room warm while its cooling is serviced, a
  visitor's dock in a secured meeting-room port from 11:05, an Aruba controller added at 09:50
  whose MIBs were never loaded.
- NXLog CE 2.11 (`logcol1-nxlog.log`, `logcol2-nxlog.log`: two Linux collectors, im_tcp behind
  HAProxy, om_tcp with a disk pm_buffer to the SIEM; `dc01-`, `dc02-`, `web01-`, `web02-`,
  `app03-nxlog.log`: Windows agents' nxlog.log, CRLF; all `2024-06-07 06:00:11 INFO ` then the
  message, errors thrown with their APR or Windows error text after `; ` and log_aprwarn's after
  `: `): HAProxy's TCP check every minute (`connection accepted from %s:%u`, `TCP connection
  closed from %s:%u: Connection reset by peer`); the collectors upgraded at 07:10 and 07:40
  (`nxlog-ce received a termination request signal, exiting...`, `nxlog-ce-%s started`, the agents'
  om_tcp backing off: `reconnecting in %d seconds` before `om_tcp detected a connection error; End
  of file found` and `couldn't connect to tcp socket on %s:%d; No connection could be made because
  the target machine actively refused it.`, `connecting to %s:%d`); app03's collector name
  misspelt since yesterday (`apr_sockaddr_info failed for %s:%d; No such host is known. ` every
  200 s until 11:20); the SIEM's input down 08:40-09:25 (`om_tcp send failed; Connection reset by
  peer`, `couldn't connect ...; Connection refused` up to the 200 s cap, `data in pm_buffer reached
  %lu kbytes`); web02's IIS logging short of two fields 09:50-10:35 (`if-else failed at line %d ...;
  procedure '%s' failed ...; Not enough fields in CSV input, expected %d, got %d in input '%s'` for
  every request line); a firewall flushing the web VLAN's connections at 10:20 (`om_tcp send
  failed; An existing connection was forcibly closed by the remote host.`); web02 restarted at
  10:40 with a removed application's file still configured (`input file does not exist: %s` at 1,
  3, 7, 15 ... s, the second folded into `last message repeated %d times`); logcol1's
  configuration reloaded at 11:05.

Label notes. The heads are context: util.log's time and logger.js's `TYPE: `, the proxy's `[pid]
` and `[pid] [master] ` prefix (its `log` wrapper's), Log4perl's date, munin-node's date and
`[pid]`, cacti_log's date and environment prefix (with the Poller, PID and PT brackets), snmptt's
date, trap OID, severity, category and host (the EVENT's columns), NXLog's date and level. The
level tags Munin's call sites write into the message (`[INFO]`, `[WARNING]: `) are kept in the
labels as written. A value that is a message of its own contributes its format: the Error object
statsd's graphite backend logs (`Error: connect ECONNREFUSED %s`), strerror after Munin's `/tcp :
`, the DBI error after munin-node's tab, spine's availability texts, MySQL's, Windows' and APR's
error texts, xm_csv's exception inside NXLog's chained statement errors, the Cisco syslog
message (%LINK-3-UPDOWN: `Interface %s, changed state to %s`) in clogMessageGenerated's `$*`,
APC's mtrapargsString. Enum names in `$*` (ccmHistoryEvent sources, BGP peer states) and a
SQL statement or a backtrace string are values. Node's uncaught-exception output is one event
from its `file:line` excerpt to `Node.js v18.19.0`, labelled as the set labels it (pm2's
worker-error.log): the excerpt's shape and the error line. munin-node's `logger("\t$_")` lines and
Net::Server's time-less lines are calls of their own and each is labelled. statsd, Munin, Cacti,
snmptt and NXLog write whole seconds, where Clock keeps one process's lines a second apart.

Least sure (written from the helper's knowledge; statsd's stats.js, proxy.js, logger.js, config.js
and graphite backend, Munin 2.0's ProcessManager, UpdateWorker, Node and munin-node's Server and
Logger, Cacti's cacti_log, poller.php, database.php and spine's messages, thold's and the syslog
plugin's statistics lines and NXLog CE's om_tcp, im_tcp, im_file, pm_buffer, error_debug and
expression messages were checked against copies of their sources): Node 18's `undefined:9` for a
syntax error in eval'd text and the dgram `afterDns` frames; whether Net::Server 2 writes
`Setting gid` and which of its lines carry log_time; the DBI error's wording and line; spine's
`FATAL:` line going to cacti.log and its Timed Out message in 1.2.24; the `SQL Backtrace` call
chains; snmptt's unknown-trap layout and the uptime's form in `Value 2`; the converted FORMAT
lines (taken as the DESCRIPTION's first line); NXLog's exception chain order and `; ` separator,
the Windows error texts' trailing space, `SuppressRepeatingLogs` folding at 3 s.
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

SECOND = 1_000_000


# ----------------------------------------------------------------------------------- statsd

SD_CONF = "/etc/statsd/localConfig.js"
SD_PROXY_CONF = "/etc/statsd/proxyConfig.js"
SD_NODE = {
    "statsd-1": "statsd-1.metrics.internal:8125",
    "statsd-2": "statsd-2.metrics.internal:8125",
}
SD_GRAPHITE = "graphite.metrics.internal"
SD_GRAPHITE_ADDR = "10.0.4.21:2003"
SD_NODE_VERSION = "v18.19.0"

# the checkout canary's DogStatsD-tagged metrics (key, type, value maker, sample rate) and the
# aggregator the proxy's hash ring sends each key to
SD_CANARY = [
    ("checkout.request.duration", "ms", lambda r: str(r.randint(38, 910)), "", "statsd-1"),
    ("checkout.orders.created", "c", lambda r: "1", "", "statsd-2"),
    ("checkout.payment.declined", "c", lambda r: "1", "", "statsd-1"),
    ("checkout.cart.value", "g", lambda r: f"{r.uniform(9, 420):.2f}", "", "statsd-2"),
    ("checkout.queue.depth", "g", lambda r: str(r.randint(0, 37)), "", "statsd-1"),
    ("checkout.request.count", "c", lambda r: "1", "@0.5", "statsd-2"),
    ("checkout.db.query_time", "ms", lambda r: f"{r.uniform(0.4, 61):.3f}", "", "statsd-2"),
    ("checkout.stripe.latency", "ms", lambda r: str(r.randint(120, 2400)), "@0.1", "statsd-1"),
]
SD_TAGS = "#env:prod,service:checkout"


def sd_isnum(s: str) -> bool:
    """JavaScript's Boolean(str && !isNaN(str))."""
    if not s:
        return False
    try:
        float(s)
    except ValueError:
        return False
    return True


def sd_valid(fields: list[str]) -> bool:
    """statsd's helpers.is_valid_packet."""
    if len(fields) < 2:
        return False
    if len(fields) > 2 and (
        len(fields[2]) <= 1 or fields[2][0] != "@" or not sd_isnum(fields[2][1:])
    ):
        return False
    if fields[1] == "s":
        return True
    if fields[1] == "ms":
        return sd_isnum(fields[0]) and float(fields[0]) >= 0
    return sd_isnum(fields[0])


def sd_bad_lines(metric: str) -> list[str]:
    """The `Bad line: ...` messages stats.js logs for one metric line."""
    bits = metric.split(":")[1:] or ["1"]
    out = []
    for b in bits:
        fields = b.split("|")
        if not sd_valid(fields):
            out.append(f'Bad line: {",".join(fields)} in msg "{metric}"')
    return out


def utillog(t: datetime) -> str:
    """Node's util.log() time: day, month, time, no year."""
    return f"{t.day} {t:%b} {t:%H:%M:%S}"


def statsd(r: random.Random) -> list[Log]:
    """Two statsd aggregators behind statsd's own consistent-hashing proxy (four forks), stdout
    and stderr appended to each host's file, 06:00 to 12:00: the checkout canary sending DogStatsD
    tags 07:05-08:35, statsd-1's host rebooted at 07:20, debug switched on for statsd-2 at 08:50
    (a reload, then a restart), a DNS outage at 09:15 crash-looping the proxy's forks, the carbon
    relay down 09:40-09:58, the metrics VLAN flapping at 10:05, statsd-2's config saved with a
    syntax error at 10:40, the proxy restarted at 11:10."""
    fs = Files()

    def U(f: str, t: datetime, pid: int, label: str, msg: str) -> datetime:
        """util.log(msg): `7 Jun 06:00:01 - msg`."""
        return fs.add(f, t, label, lambda x: [f"{utillog(x)} - {msg}"], (f, pid), SECOND)

    def L(f: str, t: datetime, pid: int, typ: str, label: str, msg: str) -> datetime:
        """lib/logger.js with the stdout backend: util.log(type + ": " + msg)."""
        return U(f, t, pid, label, f"{typ}: {msg}")

    def raw(f: str, t: datetime, pid: int, label: str, lines: list[str]) -> datetime:
        return fs.add(f, t, label, lambda x: lines, (f, pid), SECOND)

    # ---- the aggregators
    A1, A2 = "statsd-1.log", "statsd-2.log"
    apid = {A1: 934, A2: 1022}

    def syntax_crash(t: datetime) -> datetime:
        return raw(
            A2,
            t,
            apid[A2],
            "%s:%d\\n%s\\n%s\\n\\nSyntaxError: Unexpected identifier",
            [
                "undefined:9",
                "  dumpMessages: false,",
                "  ^^^^^^^^^^^^",
                "",
                "SyntaxError: Unexpected identifier",
                "    at /usr/share/statsd/lib/config.js:29:24",
                "    at FSReqCallback.readFileAfterClose [as oncomplete] (node:internal/fs/read_file_context:68:3)",
                "",
                f"Node.js {SD_NODE_VERSION}",
            ],
        )

    def start(f: str, t: datetime, pid: int, debug: bool) -> datetime:
        apid[f] = pid
        t = U(f, t, pid, "[%s] reading config file: %s", f"[{pid}] reading config file: {SD_CONF}")
        if debug:
            t = L(
                f,
                t + sec(0.02),
                pid,
                "DEBUG",
                "Loading server: %s",
                "Loading server: ./servers/udp",
            )
        t = U(f, t + sec(0.01), pid, "server is up INFO", "server is up INFO")
        if debug:
            t = L(
                f,
                t + sec(0.01),
                pid,
                "DEBUG",
                "Loading backend: %s",
                "Loading backend: ./backends/graphite",
            )
        return t

    # statsd-1's host rebooted for a kernel update
    reboot1 = (at(7, 20, 10), at(7, 23, 40))
    start(A1, at(7, 23, 12.4), 611, False)

    # the canary: DogStatsD tags statsd does not parse
    for key, typ, val, rate, node in SD_CANARY:
        f = A1 if node == "statsd-1" else A2
        for t in poisson(r, at(7, 5, 20), at(8, 35, 0), 105):
            if f == A1 and reboot1[0] <= t < reboot1[1]:
                continue
            metric = f"{key}:{val(r)}|{typ}" + (f"|{rate}" if rate else "") + f"|{SD_TAGS}"
            for msg in sd_bad_lines(metric):
                t = L(f, t, apid[f], "DEBUG", 'Bad line: %s in msg "%s"', msg)
    # a backup script's duration with its unit, hourly
    for h in range(6, 12):
        t = at(h, 15, r.uniform(2, 9))
        metric = f"backup.duration:{r.uniform(1.5, 6.5):.1f}s|ms"
        L(A1, t, apid[A1], "DEBUG", 'Bad line: %s in msg "%s"', sd_bad_lines(metric)[0])
    # an ETL job's Python None every ten minutes
    for m in range(0, 360, 10):
        t = T0 + sec(60 * m + 47 + r.uniform(0, 2))
        if at(8, 52, 25) <= t < at(8, 52, 45) or at(10, 40) <= t < at(10, 42, 40):
            continue
        L(
            A2,
            t,
            apid[A2],
            "DEBUG",
            'Bad line: %s in msg "%s"',
            'Bad line: None,c in msg "etl.rows_loaded:None|c"',
        )

    # statsd-2: debug switched on (the editor's save fires fs.watch twice), then a restart
    for dt in (0.0, 0.004):
        U(
            A2,
            at(8, 50, 12) + sec(dt),
            apid[A2],
            "[%s] reading config file: %s",
            f"[{apid[A2]}] reading config file: {SD_CONF}",
        )
    down2a = (at(8, 52, 30.5), at(8, 52, 41.9))
    U(A2, down2a[0], apid[A2], "Starting Final Flush", "Starting Final Flush")
    up2 = start(A2, down2a[1], 48213, True)
    # the flushes while debug is on, until the bad save at 10:40
    bad_save = at(10, 40, 5.3)
    dns = (at(9, 15, 2), at(9, 15, 40))
    relay_down = (at(9, 40, 11), at(9, 58, 36))
    n_stats = 1874
    t = up2 + sec(10)
    while t < bad_save:
        n_stats += r.choice([0, 0, 0, 1, -1, 1, -1])
        ft = L(
            A2,
            t + sec(r.uniform(0.001, 0.02)),
            apid[A2],
            "DEBUG",
            "numStats: %s",
            f"numStats: {n_stats}",
        )
        if in_any(t, [relay_down]):
            L(
                A2,
                ft + sec(0.002),
                apid[A2],
                "DEBUG",
                "Error: connect ECONNREFUSED %s",
                f"Error: connect ECONNREFUSED {SD_GRAPHITE_ADDR}",
            )
        if in_any(t, [(dns[0], dns[1] - sec(2))]):
            L(
                A2,
                t + sec(10.01),
                apid[A2],
                "DEBUG",
                "Error: getaddrinfo EAI_AGAIN %s",
                f"Error: getaddrinfo EAI_AGAIN {SD_GRAPHITE}",
            )
        t += sec(10)
    # the bad save: the running process reads it and dies, systemd restarts it every 10 s
    U(
        A2,
        bad_save,
        apid[A2],
        "[%s] reading config file: %s",
        f"[{apid[A2]}] reading config file: {SD_CONF}",
    )
    syntax_crash(bad_save + sec(0.006))
    fixed = at(10, 42, 31)
    t = bad_save + sec(10.2)
    pid = 51877
    while t < fixed:
        apid[A2] = pid
        U(A2, t, pid, "[%s] reading config file: %s", f"[{pid}] reading config file: {SD_CONF}")
        syntax_crash(t + sec(0.005))
        t += sec(10.15 + r.uniform(0, 0.1))
        pid += r.randint(3, 9)
    up2b = start(A2, t, pid, False)
    down2b = (bad_save, up2b)

    # ---- the proxy
    P = "statsd-proxy.log"
    master = 1187
    workers = {1201: 3.1, 1202: 5.7, 1203: 7.4, 1204: 9.9}  # pid: health check phase (s)
    nodes = list(SD_NODE.values())

    def PL(
        t: datetime, pid: int, typ: str, label: str, msg: str, is_master: bool = False
    ) -> datetime:
        pre = f"[{pid}] " + ("[master] " if is_master else "")
        return L(P, t, pid, typ, label, pre + msg)

    def checks(phase: float, a: datetime, b: datetime) -> list[datetime]:
        out, t = [], at(5, 59, 50) + sec(phase)
        while t < b:
            if t >= a:
                out.append(t)
            t += sec(10)
        return out

    def outage(
        node: str, down: tuple[datetime, datetime], timeout: bool, pids: dict[int, float]
    ) -> None:
        """Each fork removes the node at its first failing check and adds it at the first good one."""
        for pid, phase in pids.items():
            bad = checks(phase, down[0], down[1])
            if not bad:
                continue
            rm = bad[0] + sec(10 if timeout else r.uniform(0.001, 0.004))
            PL(
                rm,
                pid,
                "WARNING",
                "Removing node %s from the ring.",
                f"Removing node {node} from the ring.",
            )
            good = checks(phase, down[1], down[1] + sec(20))[0]
            PL(
                good + sec(r.uniform(0.001, 0.004)),
                pid,
                "WARNING",
                "Adding node %s to the ring.",
                f"Adding node {node} to the ring.",
            )

    outage(SD_NODE["statsd-1"], reboot1, True, workers)
    outage(SD_NODE["statsd-2"], down2a, False, workers)

    # the DNS outage: a fork's dgram send to a node's name fails and nothing listens for 'error'
    def dns_crash(t: datetime, pid: int, name: str) -> datetime:
        return raw(
            P,
            t,
            pid,
            "%s:%d\\n%s\\n%s\\n\\nError: getaddrinfo EAI_AGAIN %s",
            [
                "node:events:495",
                "      throw er; // Unhandled 'error' event",
                "      ^",
                "",
                f"Error: getaddrinfo EAI_AGAIN {name}",
                "    at GetAddrInfoReqWrap.onlookup [as oncomplete] (node:dns:107:26)",
                "Emitted 'error' event on Socket instance at:",
                "    at afterDns (node:dgram:663:12)",
                "    at node:dgram:428:9",
                "    at GetAddrInfoReqWrap.onlookup [as oncomplete] (node:dns:107:8) {",
                "  errno: -3001,",
                "  code: 'EAI_AGAIN',",
                "  syscall: 'getaddrinfo',",
                f"  hostname: '{name}'",
                "}",
                "",
                f"Node.js {SD_NODE_VERSION}",
            ],
        )

    # each fork dies when its first send's lookup fails (10 s: two tries of 5 s); the master
    # forks a new one, whose health checks and sends fail the same way until DNS answers again
    dns_back = dns[1]
    next_pid = 4518
    queue = [(at(9, 15, 12) + sec(r.uniform(0, 1.6)), pid, True) for pid in sorted(workers)]
    master_t = at(9, 15, 12)
    live: dict[int, float] = {}
    while queue:
        queue.sort()
        t, pid, first = queue.pop(0)
        if not first:  # the fresh fork's health checks were sent first and fail first
            for node in nodes:
                t = PL(
                    t,
                    pid,
                    "ERROR",
                    "Error during healthcheck on node %s with %s",
                    f"Error during healthcheck on node {node} with EAI_AGAIN",
                )
                t = PL(
                    t + sec(0.0005),
                    pid,
                    "WARNING",
                    "Removing node %s from the ring.",
                    f"Removing node {node} from the ring.",
                )
        name = r.choice([n.split(":")[0] for n in nodes])
        t = dns_crash(t + sec(0.001), pid, name)
        mt = PL(
            max(t + sec(0.01), master_t),
            master,
            "ERROR",
            "worker %s died with exit code:%s restarting",
            f"worker {pid} died with exit code:1 restarting",
            True,
        )
        npid = next_pid
        next_pid += r.randint(2, 6)
        mt = PL(
            mt + sec(0.09), master, "INFO", "worker %s is online", f"worker {npid} is online", True
        )
        master_t = mt
        t2 = U(
            P,
            mt + sec(0.02),
            npid,
            "[%s] reading config file: %s",
            f"[{npid}] reading config file: {SD_PROXY_CONF}",
        )
        PL(t2 + sec(0.01), npid, "INFO", "server is up", "server is up")
        if t2 + sec(10) < dns_back - sec(2):
            queue.append((t2 + sec(10.001), npid, False))
        else:
            live[npid] = (t2 - at(5, 59, 50)).total_seconds() % 10
    for f, t in [(A1, at(9, 15, 12.4)), (A2, at(9, 15, 12.9)), (A1, at(9, 15, 24.6))]:
        L(
            f,
            t,
            apid[f],
            "WARNING",
            "MGMT: Caught Error: read ECONNRESET, Moving on",
            "MGMT: Caught Error: read ECONNRESET, Moving on",
        )
    # the last forks carry the health checks from here on
    workers = live

    outage(SD_NODE["statsd-2"], down2b, False, workers)

    # the metrics VLAN flaps: both nodes time out, the ring is empty until the next good check
    flap = (at(10, 5, 30), at(10, 6, 5))
    for pid, phase in workers.items():
        bad = checks(phase, flap[0] - sec(10), flap[1])
        bad = [c for c in bad if c >= flap[0] - sec(0.5)]
        if not bad:
            continue
        rm = bad[0] + sec(10)
        for node in nodes:
            rm = PL(
                rm,
                pid,
                "WARNING",
                "Removing node %s from the ring.",
                f"Removing node {node} from the ring.",
            )
        good = checks(phase, flap[1], flap[1] + sec(20))[0]
        t = rm + sec(0.3)
        while t < good:
            t = PL(
                t,
                pid,
                "WARNING",
                "Warning: No backend statsd nodes available!",
                "Warning: No backend statsd nodes available!",
            ) + sec(1)
        for node in nodes:
            good = PL(
                good + sec(0.002),
                pid,
                "WARNING",
                "Adding node %s to the ring.",
                f"Adding node {node} to the ring.",
            )

    # the proxy restarted (an upgrade of the host's Node.js packages)
    rs = at(11, 10, 3)
    for f in (A1, A2):
        L(
            f,
            rs + sec(r.uniform(0.01, 0.3)),
            apid[f],
            "WARNING",
            "MGMT: Caught Error: read ECONNRESET, Moving on",
            "MGMT: Caught Error: read ECONNRESET, Moving on",
        )
    master = 61230
    t = U(
        P,
        rs + sec(1.8),
        master,
        "[%s] reading config file: %s",
        f"[{master}] reading config file: {SD_PROXY_CONF}",
    )
    t = PL(t + sec(0.01), master, "INFO", "forking %s childs", "forking 4 childs", True)
    fork_pids = [61241, 61242, 61248, 61249]
    for npid in fork_pids:
        t = PL(
            t + sec(r.uniform(0.05, 0.15)),
            master,
            "INFO",
            "worker %s is online",
            f"worker {npid} is online",
            True,
        )
        t2 = U(
            P,
            t + sec(0.02),
            npid,
            "[%s] reading config file: %s",
            f"[{npid}] reading config file: {SD_PROXY_CONF}",
        )
        PL(t2 + sec(0.01), npid, "INFO", "server is up", "server is up")
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ munin

MU_GROUP = "example.com"
MU_MASTER_IP = "10.0.0.5"
MU_NODES = [
    ("mon1.example.com", "127.0.0.1"),
    ("web1.example.com", "10.0.1.11"),
    ("web2.example.com", "10.0.1.12"),
    ("web3.example.com", "10.0.1.13"),
    ("db1.example.com", "10.0.2.21"),
    ("db2.example.com", "10.0.2.22"),
    ("mail1.example.com", "10.0.3.5"),
    ("nas1.example.com", "10.0.3.20"),
]
MU_WEB4 = ("web4.example.com", "10.0.1.14")
MU_MYSQL = [
    "mysql_bytes",
    "mysql_queries",
    "mysql_slowqueries",
    "mysql_threads",
    "mysql_connections",
    "mysql_innodb_bpool",
]
# web4's plugins once its node is listed: plugin -> (fields, rrd type letter)
MU_WEB4_PLUGINS = [
    ("cpu", ["user", "nice", "system", "idle", "iowait", "irq", "softirq", "steal", "guest"], "d"),
    ("load", ["load"], "g"),
    (
        "memory",
        [
            "apps",
            "page_tables",
            "swap_cache",
            "slab",
            "shmem",
            "cached",
            "buffers",
            "free",
            "swap",
            "committed",
            "mapped",
            "active",
            "inactive",
        ],
        "g",
    ),
    ("df", ["_dev_sda1", "_dev_shm", "_run", "_run_lock"], "g"),
    ("if_ens192", ["down", "up"], "d"),
    ("if_err_ens192", ["rcvd", "trans", "rxdrop", "txdrop"], "d"),
    ("swap", ["swap_in", "swap_out"], "d"),
    ("uptime", ["uptime"], "g"),
    ("forks", ["forks"], "d"),
    ("entropy", ["entropy"], "g"),
    ("nginx_request", ["request"], "d"),
]
MU_PG_FIELDS = ["active", "idle", "idletransaction", "unknown", "waiting"]


def munin_ts(t: datetime) -> str:
    """Log::Log4perl's easy_init `%d`: 2024/06/07 06:05:01."""
    return f"{t:%Y/%m/%d %H:%M:%S}"


def munin_node_ts(t: datetime) -> str:
    """Munin::Node::Logger and Net::Server's log_time: 2024/06/07-06:05:01."""
    return f"{t:%Y/%m/%d-%H:%M:%S}"


def munin(r: random.Random) -> list[Log]:
    """munin-update on the master (mon1) every five minutes over eight nodes, and two nodes'
    munin-node.log (db1, web3), 06:00 to 12:00: web3 rebooted at 07:10, MariaDB on db1 restarted
    08:20-08:27 (the mysql_ plugins die), db1's smart_sda plugin timing out from 09:00 (its disk
    failing, the run waiting on it), the shop slow 09:30-10:10 (http_loadtime timing out on web1 and
    web3), web4 added at 09:40 with a node that calls itself `web4` (fixed at 10:55 with
    use_node_name), a PostgreSQL plugin enabled on db2 at 10:05."""
    fs = Files()
    U = "munin-update.log"

    def M(t: datetime, pid: int, label: str, msg: str) -> datetime:
        return fs.add(U, t, label, lambda x: [f"{munin_ts(x)} {msg}"], ("update", pid), SECOND)

    def N(host: str, t: datetime, pid: int | None, label: str, msg: str) -> datetime:
        """munin-node's logger (with the pid) or Net::Server's own line (pid None: log_time in the
        message, or no time at all when `t_less`)."""
        f = f"{host.split('.')[0]}-munin-node.log"
        if pid is None:
            return fs.add(
                f, t, label, lambda x: [f"{munin_node_ts(x)} {msg}"], (f, "netserver"), SECOND
            )
        return fs.add(
            f, t, label, lambda x: [f"{munin_node_ts(x)} [{pid}] {msg}"], (f, pid), SECOND
        )

    def N_bare(host: str, t: datetime, label: str, msg: str) -> datetime:
        f = f"{host.split('.')[0]}-munin-node.log"
        return fs.add(f, t, label, lambda x: [msg], (f, "netserver"), SECOND)

    node_pid = {"db1.example.com": 1034, "web3.example.com": 998}
    logged_nodes = set(node_pid)
    web3_down = (at(7, 9, 50), at(7, 16, 45))
    mysql_down = (at(8, 19, 40), at(8, 27, 30))
    slow_shop = (at(9, 30), at(10, 10))
    smart_bad = at(9, 0)
    web4_added, web4_fixed = at(9, 40), at(10, 55)
    pg_added = at(10, 5)

    def node_start(host: str, t: datetime, pid: int) -> datetime:
        node_pid[host] = pid
        t = N(
            host,
            t,
            None,
            "Munin::Node::Server (type Net::Server::Fork) starting! pid(%s)",
            f"Munin::Node::Server (type Net::Server::Fork) starting! pid({pid})",
        )
        t = N_bare(
            host,
            t + sec(0.01),
            "Resolved [%s]:%s to [%s]:%s, IPv6",
            "Resolved [*]:4949 to [::]:4949, IPv6",
        )
        t = N_bare(
            host,
            t + sec(0.001),
            "Not including resolved host [%s] IPv4 because it will be handled by [%s] IPv6",
            "Not including resolved host [0.0.0.0] IPv4 because it will be handled by [::] IPv6",
        )
        t = N_bare(
            host,
            t + sec(0.001),
            "Binding to TCP port %s on host %s with IPv6",
            "Binding to TCP port 4949 on host :: with IPv6",
        )
        return N_bare(host, t + sec(0.002), 'Setting gid to "%s %s"', 'Setting gid to "0 0"')

    # web3's reboot: munin-node stops with the host and starts again at boot
    N("web3.example.com", web3_down[0], None, "Server closing!", "Server closing!")
    t = node_start("web3.example.com", web3_down[1], 702)
    # the plugins' config run at start: ntpd is not up yet
    pid = node_pid["web3.example.com"]
    t = N(
        "web3.example.com",
        t + sec(1.4),
        pid,
        "Error output from %s:",
        "Error output from ntp_offset:",
    )
    t = N(
        "web3.example.com",
        t,
        pid,
        "\\tntpq: read: Connection refused",
        "\tntpq: read: Connection refused",
    )
    N(
        "web3.example.com",
        t,
        pid,
        "Service '%s' exited with status %s/%s.",
        "Service 'ntp_offset' exited with status 1/0.",
    )

    run_pid = 20411
    for k in range(72):
        tick = T0 + sec(300 * k)
        run_pid += r.randint(60, 140)
        t0 = M(
            tick + sec(r.uniform(1.0, 2.6)),
            run_pid,
            "[INFO]: Starting munin-update",
            "[INFO]: Starting munin-update",
        )
        nodes = list(MU_NODES)
        if tick >= web4_added:
            nodes.append(MU_WEB4)
        results = []  # (end time, host, ok, exit code)
        wpid = run_pid
        for i, (host, addr) in enumerate(reversed(nodes)):
            wpid += r.randint(1, 3)
            ws = tick + sec(r.uniform(1.0, 2.6) + 0.05 * (i + 1))
            ws = max(ws, t0 + sec(0.02 * (i + 1)))
            desig = f"{host}/{addr}:4949"
            wid = f"{MU_GROUP};{host}"
            wt = fs.add(
                U,
                ws,
                "[INFO] starting work in %s for %s.",
                lambda x, wpid=wpid, desig=desig: [
                    f"{munin_ts(x)} [INFO] starting work in {wpid} for {desig}."
                ],
                ("worker", wpid),
                SECOND,
            )
            if host == "web3.example.com" and in_any(tick, [web3_down]):
                err = "No route to host" if tick < at(7, 14) else "Connection refused"
                wt = fs.add(
                    U,
                    wt + sec(3.0 if err == "No route to host" else 0.002),
                    f"Failed to connect to node %s:%s/tcp : {err}",
                    lambda x, addr=addr, err=err: [
                        f"{munin_ts(x)} Failed to connect to node {addr}:4949/tcp : {err}"
                    ],
                    ("worker", wpid),
                    SECOND,
                )
                wt = fs.add(
                    U,
                    wt + sec(0.001),
                    "[ERROR] %s failed to connect to node",
                    lambda x, wid=wid: [
                        f"{munin_ts(x)} [ERROR] Munin::Master::UpdateWorker<{wid}> failed to connect to node"
                    ],
                    ("worker", wpid),
                    SECOND,
                )
                results.append((wt + sec(0.01), wid, False, 20))
                continue
            # the node side: the connection, the plugins that fail or time out
            if host in logged_nodes:
                npid = r.randint(20000, 32000)
                ct = N(
                    host,
                    ws + sec(0.003),
                    None,
                    'CONNECT TCP Peer: "[%s]:%s" Local: "[%s]:%s"',
                    f'CONNECT TCP Peer: "[::ffff:{MU_MASTER_IP}]:{r.randint(33000, 60999)}" Local: "[::ffff:{addr}]:4949"',
                )
                if host == "db1.example.com" and in_any(tick, [mysql_down]):
                    for plugin in MU_MYSQL:
                        for _phase in ("config", "fetch"):
                            ct = N(
                                host,
                                ct + sec(r.uniform(0.02, 0.2)),
                                npid,
                                "Error output from %s:",
                                f"Error output from {plugin}:",
                            )
                            ct = N(
                                host,
                                ct,
                                npid,
                                "\\tDBI connect('%s','%s',...) failed: Can't connect to local server through socket '%s' (%d) at %s line %d.",
                                f"\tDBI connect('mysql_read_default_group=client;mysql_connect_timeout=5','',...) failed: Can't connect to local server through socket '/run/mysqld/mysqld.sock' (2) at /etc/munin/plugins/{plugin} line 1103.",
                            )
                            ct = N(
                                host,
                                ct,
                                npid,
                                "Service '%s' exited with status %s/%s.",
                                f"Service '{plugin}' exited with status 255/0.",
                            )
                if host == "db1.example.com" and tick >= smart_bad:
                    ct = N(
                        host,
                        ct + sec(10.0),
                        npid,
                        "Service '%s' timed out.",
                        "Service 'smart_sda' timed out.",
                    )
                    ct = N(
                        host,
                        ct + sec(10.0),
                        npid,
                        "Service '%s' timed out.",
                        "Service 'smart_sda' timed out.",
                    )
                if host == "web3.example.com" and in_any(tick, [slow_shop]):
                    N(
                        host,
                        ct + sec(10.0),
                        npid,
                        "Service '%s' timed out.",
                        "Service 'http_loadtime' timed out.",
                    )
            dur = r.uniform(0.4, 3.2)
            if host == "db1.example.com":
                dur += 1.5
                if tick >= smart_bad:
                    dur += 20.1
                if in_any(tick, [mysql_down]):
                    dur += 2.4
            if host == "nas1.example.com":
                dur += r.uniform(1.0, 4.0)
            if host in ("web1.example.com", "web3.example.com") and in_any(tick, [slow_shop]):
                dur += 10.0
                wt = fs.add(
                    U,
                    ws + sec(dur),
                    "[WARNING] Service %s on %s returned no data for label %s",
                    lambda x, desig=desig: [
                        f"{munin_ts(x)} [WARNING] Service http_loadtime on {desig} returned no data for label http___shop_example_com_"
                    ],
                    ("worker", wpid),
                    SECOND,
                )
            if host == MU_WEB4[0]:
                wt = fs.add(
                    U,
                    ws + sec(0.05),
                    "[INFO] node %s advertised itself as %s instead.",
                    lambda x: [
                        f"{munin_ts(x)} [INFO] node web4.example.com advertised itself as web4 instead."
                    ],
                    ("worker", wpid),
                    SECOND,
                )
                if tick < web4_fixed:
                    wt = fs.add(
                        U,
                        wt + sec(0.01),
                        "[WARNING] Config node %s listed no services for %s, (advertised as %s).  Please see http://munin-monitoring.org/wiki/FAQ_no_graphs for further information.",
                        lambda x: [
                            f"{munin_ts(x)} [WARNING] Config node web4.example.com listed no services for web4.example.com, (advertised as web4).  Please see http://munin-monitoring.org/wiki/FAQ_no_graphs for further information."
                        ],
                        ("worker", wpid),
                        SECOND,
                    )
                    dur = r.uniform(0.08, 0.2)
                elif tick < web4_fixed + sec(300):
                    for plugin, fields, tl in MU_WEB4_PLUGINS:
                        for fld in fields:
                            path = f"/var/lib/munin/example.com/web4.example.com-{plugin}-{fld}-{tl}.rrd"
                            wt = fs.add(
                                U,
                                wt + sec(0.03),
                                "[INFO] creating rrd-file for %s->%s: '%s'",
                                lambda x, plugin=plugin, fld=fld, path=path: [
                                    f"{munin_ts(x)} [INFO] creating rrd-file for {plugin}->{fld}: '{path}'"
                                ],
                                ("worker", wpid),
                                SECOND,
                            )
                    dur = (wt - ws).total_seconds() + 0.4
            if host == "db2.example.com" and pg_added <= tick < pg_added + sec(300):
                for fld in MU_PG_FIELDS:
                    path = f"/var/lib/munin/example.com/db2.example.com-postgres_connections_appdb-{fld}-g.rrd"
                    wt = fs.add(
                        U,
                        ws + sec(0.5),
                        "[INFO] creating rrd-file for %s->%s: '%s'",
                        lambda x, fld=fld, path=path: [
                            f"{munin_ts(x)} [INFO] creating rrd-file for postgres_connections_appdb->{fld}: '{path}'"
                        ],
                        ("worker", wpid),
                        SECOND,
                    )
                dur = max(dur, (wt - ws).total_seconds() + 0.3)
            end = max(ws + sec(dur), wt + sec(0.01))
            results.append((end, wid, True, 0, (end - ws).total_seconds()))
        # the master collects the results as they come and reaps the workers
        results.sort(key=lambda x: x[0])
        mt = t0
        pending = [x[1] for x in results if x[2]]
        last_accept = max(t0 + sec(1), results[0][0])
        for res in results:
            end, wid, ok = res[0], res[1], res[2]
            # accept() times out after 10 s while results are outstanding
            while ok and (end - last_accept).total_seconds() > 10:
                last_accept += sec(10)
                mt = M(
                    max(mt, last_accept),
                    run_pid,
                    "[INFO] Remaining workers: %s",
                    "[INFO] Remaining workers: " + ", ".join(pending),
                )
            if ok:
                dur = res[4]
                mt = M(
                    max(mt, end + sec(0.005)),
                    run_pid,
                    "[INFO]: Munin-update finished for node %s (%s sec)",
                    f"[INFO]: Munin-update finished for node {wid} ({dur:.2f} sec)",
                )
                pending.remove(wid)
                last_accept = end
            code = 0 if ok else res[3]
            mt = M(
                max(mt, end + sec(0.02)),
                run_pid,
                "[INFO] Reaping %s.  Exit value/signal: %s/%s",
                f"[INFO] Reaping Munin::Master::UpdateWorker<{wid}>.  Exit value/signal: {code}/0",
            )
        total = (mt - t0).total_seconds() + r.uniform(0.2, 0.6)
        M(
            mt + sec(0.3),
            run_pid,
            "[INFO]: Munin-update finished (%s sec)",
            f"[INFO]: Munin-update finished ({total:.2f} sec)",
        )
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ cacti

CA_DOMAIN = "corp.example.net"
# Device id -> hostname (44 devices polled by spine; ids as Cacti gave them)
CA_DEVICES = {
    1: "sw-core-01",
    2: "rt-br3-01",
    3: "sw-core-02",
    4: "sw-dist-01",
    5: "sw-dist-02",
    6: "fw-dc-01",
    7: "fw-edge-01",
    8: "rt-edge-01",
    9: "rt-edge-02",
    10: "lb-dc-01",
    11: "lb-dc-02",
    12: "ups-dc-1",
    13: "ups-dc-2",
    14: "pdu-r01a",
    15: "pdu-r01b",
    16: "pdu-r02a",
    17: "pdu-r02b",
    18: "stor-01",
    19: "stor-02",
    20: "esx-01",
    21: "esx-02",
    22: "esx-03",
    23: "sw-acc-07",
    24: "sw-acc-08",
    25: "sw-acc-09",
    26: "sw-br2-01",
    27: "sw-br2-02",
    28: "sw-br2-03",
    29: "rt-br2-01",
    30: "sw-br3-01",
    31: "sw-br3-02",
    32: "sw-br3-03",
    33: "sw-br3-04",
    34: "ap-ctrl-01",
    35: "ups-br3",
    36: "sw-acc-01",
    37: "sw-acc-02",
    38: "sw-acc-03",
    39: "sw-acc-04",
    40: "sw-acc-05",
    41: "ups-2",
    42: "sw-acc-06",
    43: "wlc-02",
    44: "nas-backup",
}
CA_PROCESS_OUTPUT_SQL = "SELECT po.output, po.time, UNIX_TIMESTAMP(po.time) AS unix_time, po.local_data_id, dl.data_template_id, pi.rrd_path, pi.rrd_name, pi.rrd_num FROM poller_output AS po INNER JOIN poller_item AS pi ON po.local_data_id=pi.local_data_id AND po.rrd_name=pi.rrd_name INNER JOIN data_local AS dl ON dl.id=po.local_data_id ORDER BY po.local_data_id LIMIT 10000"
CA_POLLER_UPDATE_SQL = "UPDATE poller SET total_time = ?, max_time = ?, min_time = ?, avg_time = ?, total_polls = ?, processes = ?, threads = ?, last_update = NOW() WHERE id = ?"


def cacti(r: random.Random) -> list[Log]:
    """Cacti 1.2.24 with spine (one process, eight threads) polling 44 devices every minute,
    thold and syslog plugins, /var/log/cacti/cacti.log at the default Low verbosity, 06:00 to
    12:00: sw-acc-07's SNMP agent overloaded 06:40-07:30 (timeouts, two polls running past the
    58 s limit), ups-2's battery OIDs gone since a firmware upgrade (every poll), fw-edge-01 and
    sw-core-02 answering a few OIDs with garbage now and then, branch 3's router rebooted at 08:05
    (seven devices down), MariaDB restarted under the 09:20 poll, branch 2's firewall dropping SNMP
    10:31-10:37, logins, and a Grafana data source with a stale password."""
    fs = Files()
    F = "cacti.log"

    def C(t: datetime, proc: object, label: str, msg: str) -> datetime:
        return fs.add(F, t, label, lambda x: [f"{x:%Y-%m-%d %H:%M:%S} - {msg}"], proc, SECOND)

    def P(t: datetime, pid: int, label: str, msg: str) -> datetime:
        return C(t, ("poller", pid), label, f"POLLER: Poller[1] PID[{pid}] {msg}")

    def S(t: datetime, pid: int, pt: int, label: str, msg: str) -> datetime:
        return C(t, ("spine", pid), label, f"SPINE: Poller[1] PID[{pid}] PT[{pt}] {msg}")

    def fq(i: int) -> str:
        return f"{CA_DEVICES[i]}.{CA_DOMAIN}"

    overload = (at(6, 40), at(7, 30))
    spine_timeouts = [at(7, 12), at(7, 13)]
    br3_down = (at(8, 5, 10), at(8, 10, 30))
    br3 = [2, 30, 31, 32, 33, 34, 35]
    br2_block = (at(10, 31), at(10, 37))
    br2 = [26, 27, 28]
    db_down = (at(9, 20, 6), at(9, 21, 40))
    status = {i: "up" for i in CA_DEVICES}
    fails = {i: 0 for i in CA_DEVICES}
    oks = {i: 0 for i in CA_DEVICES}
    ppid, spid = 311240, 311251
    overran = 0
    lastrun: datetime | None = at(5, 59, 1.2)
    n_ds = 1187
    for m in range(360):
        tick = T0 + sec(60 * m)
        ppid += r.randint(40, 90)
        spid = ppid + r.randint(9, 14)
        pstart = tick + sec(r.uniform(0.6, 1.4))
        if in_any(tick + sec(1), [(at(9, 21), at(9, 21, 59))]):
            continue  # poller.php cannot reach the database: its FATAL goes to cron's mail
        pt = pstart
        # the checks before the polling loop
        if lastrun is not None and (pstart - lastrun).total_seconds() - 10 > 58:
            gap = (pstart - lastrun).total_seconds()
            pt = P(
                pt + sec(0.05),
                ppid,
                "WARNING: Cron is out of sync with the Poller Interval!  The Poller Interval is '%s' seconds, with a maximum of a '%s' second Cron, but %s seconds have passed since the last poll!",
                f"WARNING: Cron is out of sync with the Poller Interval!  The Poller Interval is '60' seconds, with a maximum of a '60' second Cron, but {gap:.1f} seconds have passed since the last poll!",
            )
        lastrun = pstart
        if overran:
            pt = P(
                pt + sec(0.1),
                ppid,
                "WARNING: There are %s processes detected as overrunning a polling cycle, please investigate",
                f"WARNING: There are {overran} processes detected as overrunning a polling cycle, please investigate",
            )
            overran = 0
        if tick == at(9, 22):
            ids = sorted(r.sample(range(1021, 2290), 20))
            pt = P(
                pt + sec(0.05),
                ppid,
                "WARNING: Poller Output Table not Empty.  Issues: %s, DS[%s], Additional Issues Remain.  Only showing first %s",
                f"WARNING: Poller Output Table not Empty.  Issues: {r.randint(380, 460)}, DS[{', '.join(map(str, ids))}], Additional Issues Remain.  Only showing first 20",
            )
        # spine
        st = pstart + sec(0.4)
        threads = [140312389039872 - 8392704 * k for k in range(8)]
        pt_of = {i: r.choice(threads) for i in CA_DEVICES}
        runtime = r.uniform(7.5, 13.0)
        new_down = 0
        # availability
        for i in sorted(CA_DEVICES):
            unreachable = (i in br3 and in_any(tick + sec(2), [br3_down])) or (
                i in br2 and in_any(tick, [br2_block])
            )
            if unreachable:
                oks[i] = 0
                fails[i] += 1
                if status[i] == "up" and fails[i] >= 2:
                    status[i] = "down"
                    new_down += 1
                    if i in br2:
                        msg = "Device did not respond to SNMP"
                    elif i == 35:
                        msg = "ICMP: Ping timed out"
                    else:
                        msg = "Device did not respond to SNMP, ICMP: Ping timed out"
                    S(
                        st + sec(r.uniform(0.5, 3.5)),
                        spid,
                        pt_of[i],
                        f"Device[%i] Hostname[%s] ERROR: HOST EVENT: Device is DOWN Message: {msg}",
                        f"Device[{i}] Hostname[{fq(i)}] ERROR: HOST EVENT: Device is DOWN Message: {msg}",
                    )
            else:
                fails[i] = 0
                if status[i] == "down":
                    oks[i] += 1
                    if oks[i] >= 3:
                        status[i] = "up"
                        S(
                            st + sec(r.uniform(0.3, 2.0)),
                            spid,
                            pt_of[i],
                            "Device[%i] Hostname[%s] NOTICE: HOST EVENT: Device Returned from DOWN State",
                            f"Device[{i}] Hostname[{fq(i)}] NOTICE: HOST EVENT: Device Returned from DOWN State",
                        )
        down_now = sum(1 for s in status.values() if s == "down")
        # the data sources
        if in_any(tick, [overload]) and r.random() < 0.8:
            k = r.randint(6, 11)
            first = r.randint(1512, 1531 - k)
            tt = st + sec(r.uniform(2, 4))
            for ds in range(first, first + k):
                tt = S(
                    tt + sec(0.5),
                    spid,
                    pt_of[23],
                    "Device[%i] HT[%i] DS[%i] WARNING: SNMP timeout detected [%i ms], ignoring host '%s'",
                    f"Device[23] HT[1] DS[{ds}] WARNING: SNMP timeout detected [500 ms], ignoring host '{fq(23)}'",
                )
            runtime = max(runtime, (tt - st).total_seconds() + r.uniform(2, 6))
        S(
            st + sec(r.uniform(1, 5)),
            spid,
            pt_of[41],
            "WARNING: Invalid Response(s), Errors[%i] Device[%i] Thread[%i] DS[%s]",
            "WARNING: Invalid Response(s), Errors[2] Device[41] Thread[1] DS[2211, 2213]",
        )
        if r.random() < 0.25:
            S(
                st + sec(r.uniform(1, 6)),
                spid,
                pt_of[7],
                "WARNING: Invalid Response(s), Errors[%i] Device[%i] Thread[%i] DS[%s]",
                "WARNING: Invalid Response(s), Errors[1] Device[7] Thread[1] DS[1307]",
            )
        if r.random() < 0.3:
            k = r.randint(2, 4)
            S(
                st + sec(r.uniform(1, 6)),
                spid,
                pt_of[3],
                "WARNING: Invalid Response(s), Errors[%i] Device[%i] Thread[%i] DS[%s]",
                f"WARNING: Invalid Response(s), Errors[{k}] Device[3] Thread[1] DS[{', '.join(str(1104 + j) for j in range(k))}]",
            )
        # the end of the loop
        hosts = 44
        rrds = r.randint(596, 604) - sum(12 for i, s in status.items() if s == "down")
        if tick in spine_timeouts:
            S(
                pstart + sec(58.3),
                spid,
                threads[0],
                "ERROR: Device[%i] HT[%i] Spine Timed Out While Processing Devices Internal",
                "ERROR: Device[23] HT[1] Spine Timed Out While Processing Devices Internal",
            )
            et = P(
                pstart + sec(58.4),
                ppid,
                "Maximum runtime of %s seconds exceeded. Exiting.",
                "Maximum runtime of 58 seconds exceeded. Exiting.",
            )
            C(
                et + sec(0.05),
                ("poller", ppid),
                "STATS: Time:%s Method:%s Processes:%s Threads:%s Hosts:%s HostsPerProcess:%s DataSources:%s RRDsProcessed:%s",
                f"SYSTEM STATS: Time:{(et - pstart).total_seconds() + 0.06:.4f} Method:spine Processes:1 Threads:8 Hosts:{hosts} HostsPerProcess:{hosts} DataSources:{n_ds} RRDsProcessed:{rrds - r.randint(60, 140)}",
            )
            overran = 1
            continue
        if tick == at(9, 20):
            # MariaDB restarts under the poll: spine dies, poller.php's loop fails every turn
            S(
                db_down[0] + sec(0.8),
                spid,
                threads[2],
                "FATAL: MySQL Error:'%i', Message:'Lost connection to MySQL server during query'",
                "FATAL: MySQL Error:'2013', Message:'Lost connection to MySQL server during query'",
            )
            t = db_down[0] + sec(1.2)
            while t < pstart + sec(58):
                t = C(
                    t,
                    ("poller", ppid),
                    "ERROR: SQL Assoc Failed!, Error:%s, SQL:'%s'",
                    f"DBCALL ERROR: SQL Assoc Failed!, Error:2006, SQL:'{CA_PROCESS_OUTPUT_SQL}'",
                )
                t = C(
                    t,
                    ("poller", ppid),
                    "ERROR: SQL Assoc Failed!, Error: MySQL server has gone away",
                    "DBCALL ERROR: SQL Assoc Failed!, Error: MySQL server has gone away",
                )
                t = C(
                    t,
                    ("poller", ppid),
                    "SQL Backtrace: (%s)",
                    "CMDPHP SQL Backtrace: (/poller.php[613]:process_poller_output(), /lib/poller.php[1178]:db_fetch_assoc(), /lib/database.php[642]:db_fetch_assoc_prepared(), /lib/database.php[701]:cacti_debug_backtrace())",
                )
                t += sec(r.uniform(0.9, 1.3))
            et = P(
                t,
                ppid,
                "Maximum runtime of %s seconds exceeded. Exiting.",
                "Maximum runtime of 58 seconds exceeded. Exiting.",
            )
            et = C(
                et,
                ("poller", ppid),
                "STATS: Time:%s Method:%s Processes:%s Threads:%s Hosts:%s HostsPerProcess:%s DataSources:%s RRDsProcessed:%s",
                f"SYSTEM STATS: Time:{(et - pstart).total_seconds():.4f} Method:spine Processes:1 Threads:8 Hosts:{hosts} HostsPerProcess:{hosts} DataSources:{n_ds} RRDsProcessed:0",
            )
            et = C(
                et,
                ("poller", ppid),
                "ERROR: A DB Exec Failed!, Error:%s, SQL:'%s'",
                f"DBCALL ERROR: A DB Exec Failed!, Error:2006, SQL:'{CA_POLLER_UPDATE_SQL}'",
            )
            et = C(
                et,
                ("poller", ppid),
                "ERROR: A DB Exec Failed!, Error: MySQL server has gone away",
                "CMDPHP ERROR: A DB Exec Failed!, Error: MySQL server has gone away",
            )
            C(
                et,
                ("poller", ppid),
                "SQL Backtrace: (%s)",
                "CMDPHP SQL Backtrace: (/poller.php[652]:log_cacti_stats(), /poller.php[1004]:db_execute_prepared(), /lib/database.php[388]:cacti_debug_backtrace())",
            )
            overran = 1
            continue
        et = C(
            pstart + sec(runtime + 0.3),
            ("poller", ppid),
            "STATS: Time:%s Method:%s Processes:%s Threads:%s Hosts:%s HostsPerProcess:%s DataSources:%s RRDsProcessed:%s",
            f"SYSTEM STATS: Time:{runtime + r.uniform(0.25, 0.4):.4f} Method:spine Processes:1 Threads:8 Hosts:{hosts} HostsPerProcess:{hosts} DataSources:{n_ds} RRDsProcessed:{rrds}",
        )
        et = C(
            et + sec(0.2),
            ("poller", ppid),
            "THOLD STATS: Time:%s Tholds:%s TotalDevices:%s DownDevices:%s NewDownDevices:%s",
            f"SYSTEM THOLD STATS: Time:{r.uniform(0.03, 0.09):.4f} Tholds:38 TotalDevices:{hosts} DownDevices:{down_now} NewDownDevices:{new_down}",
        )
        incoming = r.randint(90, 420) + (900 if in_any(tick, [br3_down, br2_block]) else 0)
        alerts = 1 if in_any(tick, [br3_down]) and r.random() < 0.5 else 0
        C(
            et + sec(0.3),
            ("poller", ppid),
            "SYSLOG STATS: Time:%s Deletes:%s Incoming:%s Removes:%s XFers:%s Alerts:%s Alarms:%s Reports:%s",
            f"SYSTEM SYSLOG STATS: Time:{round(r.uniform(0.05, 0.6), 2)} Deletes:0 Incoming:{incoming} Removes:{r.randint(0, 12)} XFers:{incoming} Alerts:{alerts} Alarms:{alerts} Reports:0",
        )
    # the web UI's logins
    for t, user, _ip in [
        (at(6, 48, 12), "jdoe", "10.30.2.14"),
        (at(7, 15, 40), "mmueller", "10.30.2.41"),
        (at(8, 9, 3), "jdoe", "10.30.2.14"),
        (at(8, 14, 55), "admin", "10.30.1.5"),
        (at(9, 31, 20), "mmueller", "10.30.2.41"),
        (at(10, 33, 8), "netops", "10.30.1.9"),
        (at(11, 41, 30), "jdoe", "10.30.2.14"),
    ]:
        C(
            t,
            ("web", user),
            "LOGIN: User '%s' Authenticated",
            f"AUTH LOGIN: User '{user}' Authenticated",
        )
    C(
        at(8, 14, 31),
        ("web", "admin1"),
        "LOGIN FAILED: Local Login Failed for user '%s' from IP Address '%s'.",
        "AUTH LOGIN FAILED: Local Login Failed for user 'admin' from IP Address '10.30.1.5'.",
    )
    t = at(10, 52, 4)
    while t < at(11, 44):
        C(
            t,
            ("web", "grafana"),
            "LOGIN FAILED: Local Login Failed for user '%s' from IP Address '%s'.",
            "AUTH LOGIN FAILED: Local Login Failed for user 'grafana' from IP Address '10.30.4.77'.",
        )
        t += sec(300 + r.uniform(-0.5, 0.5))
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- snmptt

ST_DOMAIN = "corp.example.net"
# EVENT name -> (OID, category, severity, FORMAT as in snmptt.conf, the label)
ST_EVENTS = {
    "linkDown": (
        ".1.3.6.1.6.3.1.1.5.3",
        "Status Events",
        "Normal",
        "Link down on interface {0}.  Admin state: {1}.  Operational state: {2}",
        "Link down on interface %s.  Admin state: %s.  Operational state: %s",
    ),
    "linkUp": (
        ".1.3.6.1.6.3.1.1.5.4",
        "Status Events",
        "Normal",
        "Link up on interface {0}.  Admin state: {1}.  Operational state: {2}",
        "Link up on interface %s.  Admin state: %s.  Operational state: %s",
    ),
    "authenticationFailure": (
        ".1.3.6.1.6.3.1.1.5.5",
        "Status Events",
        "Normal",
        "SNMP athentication failure",
        "SNMP athentication failure",
    ),
    "coldStart": (
        ".1.3.6.1.6.3.1.1.5.1",
        "Status Events",
        "Normal",
        "Device reinitialized (coldStart)",
        "Device reinitialized (coldStart)",
    ),
    "clogMessageGenerated": (
        ".1.3.6.1.4.1.9.9.41.2.0.1",
        "Status Events",
        "Normal",
        "When a syslog message is generated by the device a {0}",
        "When a syslog message is generated by the device a LINK error UPDOWN Interface %s, changed state to %s %s",
    ),
    "ciscoConfigManEvent": (
        ".1.3.6.1.4.1.9.9.43.2.0.1",
        "Status Events",
        "Normal",
        "Notification of a configuration management event as {0}",
        "Notification of a configuration management event as %s",
    ),
    "bgpBackwardTransition": (
        ".1.3.6.1.2.1.15.7.2",
        "Status Events",
        "Normal",
        "The BGPBackwardTransition Event is generated {0}",
        "The BGPBackwardTransition Event is generated %s",
    ),
    "bgpEstablished": (
        ".1.3.6.1.2.1.15.7.1",
        "Status Events",
        "Normal",
        "The BGP Established event is generated when {0}",
        "The BGP Established event is generated when %s",
    ),
    "topologyChange": (
        ".1.3.6.1.2.1.17.0.2",
        "Status Events",
        "Normal",
        "A topologyChange trap is sent by a bridge when",
        "A topologyChange trap is sent by a bridge when",
    ),
    "newRoot": (
        ".1.3.6.1.2.1.17.0.1",
        "Status Events",
        "Normal",
        "The newRoot trap indicates that the sending agent",
        "The newRoot trap indicates that the sending agent",
    ),
    "entConfigChange": (
        ".1.3.6.1.2.1.47.2.0.1",
        "Status Events",
        "Normal",
        "An entConfigChange notification is generated when the value of",
        "An entConfigChange notification is generated when the value of",
    ),
    "upsOnBattery": (
        ".1.3.6.1.4.1.318.0.5",
        "Status Events",
        "MAJOR",
        "WARNING: The UPS has switched to battery backup power. {0}",
        "WARNING: The UPS has switched to battery backup power. UPS: On battery power in response to an input power problem.",
    ),
    "powerRestored": (
        ".1.3.6.1.4.1.318.0.9",
        "Status Events",
        "INFORMATIONAL",
        "INFORMATIONAL: Utility power has been restored. {0}",
        "INFORMATIONAL: Utility power has been restored. UPS: No longer on battery power.",
    ),
    "cpsSecureMacAddrViolation": (
        ".1.3.6.1.4.1.9.9.315.0.0.1",
        "Status Events",
        "Normal",
        "The address violation notification is generated when {0}",
        "The address violation notification is generated when %s",
    ),
    "ciscoEnvMonTemperatureNotification": (
        ".1.3.6.1.4.1.9.9.13.3.0.3",
        "Status Events",
        "Normal",
        "A ciscoEnvMonTemperatureNotification is sent if the {0}",
        "A ciscoEnvMonTemperatureNotification is sent if the %s",
    ),
}
ST_ACCESS = [f"sw-acc-{n:02d}" for n in range(1, 21)]


def ctime(t: datetime) -> str:
    """Perl's scalar localtime: Fri Jun  7 06:00:12 2024."""
    return f"{t:%a %b} {t.day:2d} {t:%H:%M:%S %Y}"


def snmptt(r: random.Random) -> list[Log]:
    """snmptt 1.4.2 as a daemon behind snmptrapd (traphandle), its translated traps in
    snmptt.log and the traps it has no EVENT for in snmpttunknown.log, 06:00 to 12:00: desk PCs
    and phones coming up on the access switches all morning (linkUp/linkDown with the Cisco
    syslog trap of each change), a monitoring probe with a retired community string against three
    devices every five minutes, an ISP session flapping on rt-edge-01 at 07:45, sw-acc-14 crashing
    at 08:31, a change window 09:00-09:30 (configuration events), an Aruba controller added at 09:50
    whose MIBs were never loaded, sw-core-01 reloaded at 10:20 (a new spanning-tree root, topology
    changes), a power blip in the data centre at 10:12 (both UPSes on battery), a port-security
    violation in a meeting room from 11:05."""
    fs = Files()
    F, UNK = "snmptt.log", "snmpttunknown.log"

    def T(t: datetime, host: str, event: str, *args: str) -> datetime:
        oid, cat, sev, fmt, label = ST_EVENTS[event]
        msg = fmt.format(*args)
        return fs.add(
            F,
            t,
            label,
            lambda x: [f'{ctime(x)} {oid} {sev} "{cat}" {host}.{ST_DOMAIN} - {msg}'],
            "snmptt",
            SECOND,
        )

    # desk ports: PCs and phones (up in the morning, a few down again, flapping docks)
    uptime = {h: r.randint(4_000_000, 900_000_000) for h in ST_ACCESS}

    def link(t: datetime, host: str, port: int, up: bool) -> datetime:
        stack = 1 + (port - 1) // 48
        idx = 10100 + (stack - 1) * 500 + ((port - 1) % 48) + 1
        ifname = f"GigabitEthernet{stack}/0/{(port - 1) % 48 + 1}"
        state = "up" if up else "down"
        t = T(t, host, "linkUp" if up else "linkDown", str(idx), "up", state)
        ticks = uptime[host] + int((t - T0).total_seconds() * 100)
        return T(
            t + sec(0.01),
            host,
            "clogMessageGenerated",
            f"LINK error UPDOWN Interface {ifname}, changed state to {state} {ticks}",
        )

    crash14 = at(8, 31, 12)
    for t in poisson(r, at(6, 0, 30), T_END, 25):
        h = r.choice(ST_ACCESS)
        if h == "sw-acc-14" and crash14 - sec(5) <= t < crash14 + sec(240):
            continue
        hour = t.hour + t.minute / 60
        p_up = 0.85 if 7 <= hour < 9.5 else 0.55
        link(t, h, r.randint(1, 96), r.random() < p_up)
    # sw-acc-14 crashes: it comes back with every desk port coming up at once
    t = T(crash14 + sec(95), "sw-acc-14", "coldStart")
    uptime["sw-acc-14"] = -int((crash14 + sec(95) - T0).total_seconds() * 100)
    for _k in range(2):
        t = T(t + sec(0.5), "sw-acc-14", "entConfigChange")
    for port in sorted(r.sample(range(1, 97), 31)):
        t = link(t + sec(0.3), "sw-acc-14", port, True)
    # the probe with the old community
    for host in ("sw-core-01", "sw-core-02", "rt-edge-01"):
        t = T0 + sec(r.uniform(20, 40))
        while t < T_END:
            T(t, host, "authenticationFailure")
            t += sec(300 + r.uniform(-0.2, 0.2))
    # the ISP session on rt-edge-01
    T(at(7, 45, 10), "rt-edge-01", "bgpBackwardTransition", '"04 00 " idle')
    T(at(7, 45, 41), "rt-edge-01", "bgpBackwardTransition", '"04 00 " active')
    T(at(7, 46, 5), "rt-edge-01", "bgpEstablished", '"04 00 " established')
    T(at(7, 49, 58), "rt-edge-01", "bgpBackwardTransition", '"06 04 " idle')
    T(at(7, 50, 31), "rt-edge-01", "bgpEstablished", '"06 04 " established')
    # the change window: `configure terminal` then `write memory`
    for host in ("sw-acc-03", "sw-acc-07", "sw-acc-11", "sw-dist-01", "sw-dist-02", "sw-acc-16"):
        t = at(9, r.randint(1, 27), r.uniform(0, 59))
        t = T(t, host, "ciscoConfigManEvent", "commandLine commandSource running")
        if r.random() < 0.5:
            t = T(
                t + sec(r.uniform(30, 200)),
                host,
                "ciscoConfigManEvent",
                "commandLine commandSource running",
            )
        T(t + sec(r.uniform(20, 90)), host, "ciscoConfigManEvent", "commandLine running startup")
    # sw-core-01 reloaded: sw-core-02 becomes root, topology changes, core-01 back and root again
    T(at(10, 20, 14), "sw-core-02", "newRoot")
    for t in poisson(r, at(10, 20, 15), at(10, 26), 25):
        T(t, r.choice(["sw-core-02", "sw-dist-01", "sw-dist-02"]), "topologyChange")
    t = T(at(10, 24, 40), "sw-core-01", "coldStart")
    t = T(t + sec(1), "sw-core-01", "entConfigChange")
    T(at(10, 25, 22), "sw-core-01", "newRoot")
    # topology changes from uplinks and ports without portfast all morning
    for t in poisson(r, T0, T_END, 420):
        T(t, r.choice(["sw-dist-01", "sw-dist-02", *ST_ACCESS[:6]]), "topologyChange")
    # the power blip
    for host, dt in (("ups-dc-1", 0.4), ("ups-dc-2", 1.1)):
        T(
            at(10, 12, 3) + sec(dt),
            host,
            "upsOnBattery",
            "UPS: On battery power in response to an input power problem.",
        )
        T(at(10, 12, 41) + sec(dt), host, "powerRestored", "UPS: No longer on battery power.")
    # the meeting room's port security, a visitor's dock
    t = at(11, 5, 12)
    while t < at(11, 48):
        T(
            t,
            "sw-acc-05",
            "cpsSecureMacAddrViolation",
            f"10137 GigabitEthernet1/0/37 a0:ce:c8:{r.choice(['1e:44:07', '1e:44:07', '9b:02:31'])}",
        )
        t += sec(r.uniform(25, 95))
    # the server room's temperature while the CRAC unit is serviced
    for k, t in enumerate(poisson(r, at(10, 50), at(11, 30), 240)):
        T(
            t,
            "sw-core-02",
            "ciscoEnvMonTemperatureNotification",
            f"Switch 1 - Inlet Temp Sensor {41 + k % 4} warning",
        )

    # the Aruba controller's traps, no EVENT in snmptt.conf
    aruba_ip = "10.0.5.40"
    traps = [
        (
            ".1.3.6.1.4.1.14823.2.3.1.11.0.1006",
            [
                ("1.1.1.0", "{when}"),
                ("1.1.2.0", "{user}"),
                ("1.1.3.0", "{mac}"),
                ("1.1.52.0", "dot1x"),
                ("1.1.55.0", "Authentication failed"),
            ],
        ),
        (
            ".1.3.6.1.4.1.14823.2.3.1.11.0.1201",
            [("1.1.1.0", "{when}"), ("1.1.60.0", "{ap}"), ("1.1.61.0", "{apmac}")],
        ),
        (
            ".1.3.6.1.4.1.14823.2.3.1.11.0.1034",
            [
                ("1.1.1.0", "{when}"),
                ("1.1.3.0", "{mac}"),
                ("1.1.60.0", "{ap}"),
                ("1.1.33.0", "{rssi}"),
            ],
        ),
    ]
    users = ["j.berger", "a.kowalski", "host/LT-0421.corp.example.net", "m.silva", "guest-7731"]
    aps = [f"AP-{floor}{n:02d}" for floor in "123" for n in range(1, 9)]
    up0 = r.randint(90_000_000, 110_000_000)
    for t in poisson(r, at(9, 51), T_END, 290):
        oid, binds = r.choice(traps)
        ups = up0 + int((t - T0).total_seconds() * 100)
        d, rem = divmod(ups // 100, 86400)
        hh, rem = divmod(rem, 3600)
        mm, ss = divmod(rem, 60)
        vals = {
            "when": f"2024-6-7,{t.hour}:{t.minute}:{t.second}.0,+0:0",
            "user": r.choice(users),
            "mac": ":".join(f"{r.randint(0, 255):02x}" for _ in range(6)),
            "ap": r.choice(aps),
            "apmac": "20:4c:03:" + ":".join(f"{r.randint(0, 255):02x}" for _ in range(3)),
            "rssi": str(r.randint(4, 18)),
        }
        lines = [
            f"{{ctime}}: Unknown trap ({oid}) received from aruba-mc1.{ST_DOMAIN} at: ",
            f"Value 0: aruba-mc1.{ST_DOMAIN}",
            f"Value 1: {aruba_ip}",
            f"Value 2: {d}:{hh}:{mm:02d}:{ss:02d}.{ups % 100:02d}",
            f"Value 3: {oid}",
            f"Value 4: {aruba_ip}",
            "Value 5: public",
            "Value 6: .1.3.6.1.4.1.14823.2.3.1.11",
        ]
        for k, (sub, v) in enumerate(binds):
            lines.append(f"Ent Value {k}: .1.3.6.1.4.1.14823.2.3.1.11.{sub}={v.format(**vals)}")
        fs.add(
            UNK,
            t,
            "Unknown trap (%s) received from %s at: ",
            lambda x, lines=lines: [lines[0].replace("{ctime}", ctime(x)), *lines[1:]],
            "snmptt",
            SECOND,
        )
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ nxlog

NX_VER = "nxlog-ce-2.11.2190"
NX_WIN_CONF = "C:\\Program Files\\nxlog\\conf\\nxlog.conf"
NX_REFUSED_WIN = "No connection could be made because the target machine actively refused it."
NX_RESET_WIN = "An existing connection was forcibly closed by the remote host."
NX_NOHOST_WIN = "No such host is known. "
NX_SIEM = "10.0.9.20:5140"
NX_LB = "10.0.9.2"
NX_AGENTS = {
    # agent: (collector, its address)
    "dc01": ("logcol1", "10.0.1.10"),
    "web01": ("logcol1", "10.0.3.21"),
    "dc02": ("logcol2", "10.0.1.11"),
    "web02": ("logcol2", "10.0.3.22"),
}
NX_IIS_PATHS = [
    "/intranet/news/index.aspx",
    "/intranet/people/search.aspx",
    "/intranet/Content/site.css",
    "/intranet/Scripts/app.min.js",
    "/intranet/api/menu",
    "/intranet/forms/leave.aspx",
    "/intranet/images/logo.png",
    "/intranet/default.aspx",
]


def nxlog(r: random.Random) -> list[Log]:
    """NXLog CE 2.11 on two Linux collectors behind HAProxy (its TCP check every minute) and on five
    Windows servers shipping event logs and IIS logs to them (om_tcp), 06:00 to 12:00: the
    collectors upgraded one after the other (07:10, 07:40), app03 configured with a misspelt
    collector name since yesterday (fixed 11:20), the SIEM's syslog input down 08:40-09:25 (the
    collectors' om_tcp backing off to 200 s, pm_buffer filling), web02's IIS logging fields changed
    at 09:50 (every request line short of two fields until 10:35) and its nxlog restarted at 10:40
    (a file of a removed application still configured), a firewall flushing the web VLAN's
    connections at 10:20, logcol1's configuration reloaded at 11:05."""
    fs = Files()

    def X(host: str, t: datetime, level: str, label: str, msg: str) -> datetime:
        crlf = "\r" if not host.startswith("logcol") else ""
        return fs.add(
            f"{host}-nxlog.log",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%d %H:%M:%S} {level} {msg}{crlf}"],
            host,
            SECOND,
        )

    col_host = {"logcol1": "logcol1.corp.example.com", "logcol2": "logcol2.corp.example.com"}

    # ---- the collectors: the load balancer's health check (HAProxy resets the connection)
    col_down = {"logcol1": (at(7, 10, 5), at(7, 12, 41)), "logcol2": (at(7, 40, 9), at(7, 42, 22))}
    reload1 = at(11, 5, 33)
    for col, phase in (("logcol1", 11.3), ("logcol2", 41.8)):
        t = T0 + sec(phase)
        while t < T_END:
            if not in_any(t, [col_down[col]]) and not (
                reload1 <= t < reload1 + sec(2) and col == "logcol1"
            ):
                port = r.randint(32768, 60999)
                ta = X(
                    col,
                    t,
                    "INFO",
                    "connection accepted from %s:%u",
                    f"connection accepted from {NX_LB}:{port}",
                )
                X(
                    col,
                    ta + sec(0.002),
                    "WARNING",
                    "TCP connection closed from %s:%u: Connection reset by peer",
                    f"TCP connection closed from {NX_LB}:{port}: Connection reset by peer",
                )
            t += sec(60 + r.uniform(-0.05, 0.05))

    def om_tcp_backoff(
        host: str,
        t: datetime,
        target: str,
        until: datetime,
        err: tuple[str, str],
        first: tuple[str, str],
        win: bool,
    ) -> datetime:
        """om_tcp's reconnect loop: `reconnecting in N seconds` (1, 2, 4 ... 200) before each error."""
        delay = 1
        t = X(host, t, "INFO", "reconnecting in %d seconds", f"reconnecting in {delay} seconds")
        t = X(host, t, "ERROR", first[0], first[1])
        while True:
            t = t + sec(delay)
            t = X(host, t, "INFO", "connecting to %s:%d", f"connecting to {target}")
            if t >= until:
                return t
            delay = min(delay * 2, 200)
            t = X(
                host,
                t + sec(0.001 if not win else r.uniform(0.9, 1.1)),
                "INFO",
                "reconnecting in %d seconds",
                f"reconnecting in {delay} seconds",
            )
            t = X(host, t, "ERROR", err[0], err[1])

    # the upgrades: the collector stops and starts, its agents back off until it is up
    for col, (a, b) in col_down.items():
        X(
            col,
            a,
            "WARNING",
            "nxlog-ce received a termination request signal, exiting...",
            "nxlog-ce received a termination request signal, exiting...",
        )
        t = X(col, b, "INFO", "nxlog-ce-%s started", f"{NX_VER} started")
        X(col, t + sec(0.01), "INFO", "connecting to %s:%d", f"connecting to {NX_SIEM}")
        for agent, (c, addr) in NX_AGENTS.items():
            if c != col:
                continue
            te = om_tcp_backoff(
                agent,
                a + sec(r.uniform(0.01, 0.2)),
                f"{col_host[col]}:1514",
                b + sec(0.5),
                (
                    "couldn't connect to tcp socket on %s:%d; " + NX_REFUSED_WIN,
                    f"couldn't connect to tcp socket on {col_host[col]}:1514; {NX_REFUSED_WIN}",
                ),
                (
                    "om_tcp detected a connection error; End of file found",
                    "om_tcp detected a connection error; End of file found",
                ),
                True,
            )
            X(
                col,
                te + sec(0.02),
                "INFO",
                "connection accepted from %s:%u",
                f"connection accepted from {addr}:{r.randint(49152, 65000)}",
            )

    # the SIEM's input down: both collectors back off, their disk buffers fill
    siem = (at(8, 40, 2), at(9, 25, 13))
    for col, dt in (("logcol1", 0.4), ("logcol2", 2.9)):
        te = om_tcp_backoff(
            col,
            siem[0] + sec(dt),
            NX_SIEM,
            siem[1],
            (
                "couldn't connect to tcp socket on %s:%d; Connection refused",
                f"couldn't connect to tcp socket on {NX_SIEM}; Connection refused",
            ),
            (
                "om_tcp send failed; Connection reset by peer",
                "om_tcp send failed; Connection reset by peer",
            ),
            False,
        )
        X(
            col,
            at(9, 3, 40) + sec(dt * 97),
            "WARNING",
            "data in pm_buffer reached %lu kbytes",
            f"data in pm_buffer reached {524288 + r.randint(1, 900)} kbytes",
        )

    # logcol1's configuration reloaded (a new input for the firewalls)
    X(
        "logcol1",
        reload1,
        "INFO",
        "reloading configuration and restarting modules",
        "reloading configuration and restarting modules",
    )
    t = X("logcol1", reload1 + sec(1.3), "INFO", "connecting to %s:%d", f"connecting to {NX_SIEM}")
    t = X(
        "logcol1",
        t + sec(0.01),
        "INFO",
        "configuration reloaded successfully.",
        "configuration reloaded successfully.",
    )
    for agent, (c, addr) in NX_AGENTS.items():
        if c != "logcol1":
            continue
        ta = X(
            agent,
            reload1 + sec(r.uniform(0.05, 0.3)),
            "INFO",
            "reconnecting in %d seconds",
            "reconnecting in 1 seconds",
        )
        ta = X(
            agent,
            ta,
            "ERROR",
            "om_tcp detected a connection error; End of file found",
            "om_tcp detected a connection error; End of file found",
        )
        ta = X(
            agent,
            max(ta, t) + sec(1),
            "INFO",
            "connecting to %s:%d",
            f"connecting to {col_host['logcol1']}:1514",
        )
        X(
            "logcol1",
            ta + sec(0.02),
            "INFO",
            "connection accepted from %s:%u",
            f"connection accepted from {addr}:{r.randint(49152, 65000)}",
        )

    # the web VLAN's firewall flushes its state table: both sides see resets
    fw = at(10, 20, 11)
    for agent in ("web01", "web02"):
        col, addr = NX_AGENTS[agent]
        ta = X(
            agent,
            fw + sec(r.uniform(0.5, 4)),
            "INFO",
            "reconnecting in %d seconds",
            "reconnecting in 1 seconds",
        )
        ta = X(
            agent,
            ta,
            "ERROR",
            "om_tcp send failed; " + NX_RESET_WIN,
            f"om_tcp send failed; {NX_RESET_WIN}",
        )
        X(
            col,
            fw + sec(r.uniform(0.1, 0.5)),
            "WARNING",
            "TCP connection closed from %s:%u: Connection reset by peer",
            f"TCP connection closed from {addr}:{r.randint(49152, 65000)}: Connection reset by peer",
        )
        ta = X(
            agent, ta + sec(1), "INFO", "connecting to %s:%d", f"connecting to {col_host[col]}:1514"
        )
        X(
            col,
            ta + sec(0.02),
            "INFO",
            "connection accepted from %s:%u",
            f"connection accepted from {addr}:{r.randint(49152, 65000)}",
        )

    # app03: the collector's name misspelt since yesterday, retried every 200 s
    typo = "logcol2.corp.exmaple.com:1514"
    t = at(5, 58, 37.4)
    fix = at(11, 20, 12)
    while t < fix:
        if t >= T0:
            t2 = X("app03", t, "INFO", "reconnecting in %d seconds", "reconnecting in 200 seconds")
            X(
                "app03",
                t2,
                "ERROR",
                "apr_sockaddr_info failed for %s:%d; " + NX_NOHOST_WIN,
                f"apr_sockaddr_info failed for {typo}; {NX_NOHOST_WIN}",
            )
        t += sec(200 + r.uniform(2.2, 2.5))
    t = X(
        "app03",
        fix,
        "WARNING",
        "nxlog-ce received a termination request signal, exiting...",
        "nxlog-ce received a termination request signal, exiting...",
    )
    t = X("app03", t + sec(2.1), "INFO", "nxlog-ce-%s started", f"{NX_VER} started")
    t = X(
        "app03",
        t + sec(0.02),
        "INFO",
        "connecting to %s:%d",
        f"connecting to {col_host['logcol2']}:1514",
    )
    X(
        "logcol2",
        t + sec(0.03),
        "INFO",
        "connection accepted from %s:%u",
        f"connection accepted from 10.0.4.33:{r.randint(49152, 65000)}",
    )

    # web02: IIS logging lost two fields; the W3C parser throws on every request line
    short = (at(9, 50, 40), at(10, 35, 20))
    for t in poisson(r, short[0], short[1], 4.2):
        ip = f"10.0.{r.choice([6, 7, 8])}.{r.randint(10, 240)}"
        path = r.choice(NX_IIS_PATHS)
        status = r.choice(["200"] * 12 + ["304"] * 4 + ["404", "401"])
        user = r.choice(["-", "-", "CORP\\j.berger", "CORP\\m.silva"])
        w3c = f"{t:%Y-%m-%d %H:%M:%S} 10.0.3.22 GET {path} - 443 {user} {ip} {status} 0 0 {r.randint(2, 900)}"
        msg = (
            f"if-else failed at line 47, character 244 in {NX_WIN_CONF}. statement execution has been aborted; "
            f"procedure 'parse_csv' failed at line 47, character 117 in {NX_WIN_CONF}. statement execution has been aborted; "
            f"Not enough fields in CSV input, expected 15, got 13 in input '{w3c}'"
        )
        X(
            "web02",
            t,
            "ERROR",
            "if-else failed at line %d, character %d in %s. statement execution has been aborted; procedure '%s' failed at line %d, character %d in %s. statement execution has been aborted; Not enough fields in CSV input, expected %d, got %d in input '%s'",
            msg,
        )
    # web02's nxlog restarted after the fix: a configured file of a removed application
    rs = at(10, 40, 2)
    gone = "D:\\Apps\\OrdersService\\logs\\orders.log"
    t = X(
        "web02",
        rs,
        "WARNING",
        "nxlog-ce received a termination request signal, exiting...",
        "nxlog-ce received a termination request signal, exiting...",
    )
    t = X("web02", t + sec(3.4), "INFO", "nxlog-ce-%s started", f"{NX_VER} started")
    t0 = X(
        "web02",
        t + sec(0.01),
        "WARNING",
        "input file does not exist: %s",
        f"input file does not exist: {gone}",
    )
    t = X(
        "web02",
        t0 + sec(0.02),
        "INFO",
        "connecting to %s:%d",
        f"connecting to {col_host['logcol2']}:1514",
    )
    X(
        "logcol2",
        t + sec(0.03),
        "INFO",
        "connection accepted from %s:%u",
        f"connection accepted from 10.0.3.22:{r.randint(49152, 65000)}",
    )
    # blacklisted for 1, 2, 4 ... s; SuppressRepeatingLogs folds the second one into the third
    X(
        "web02",
        t0 + sec(3),
        "WARNING",
        "last message repeated %d times",
        "last message repeated 2 times",
    )
    k = 8
    while t0 + sec(k - 1) < T_END:
        X(
            "web02",
            t0 + sec(k - 1),
            "WARNING",
            "input file does not exist: %s",
            f"input file does not exist: {gone}",
        )
        k *= 2
    # before the restart: the same file's warnings from the morning's start (05:41)
    for s in (2047, 4095, 8191, 16383):
        tw = at(5, 41, 17) + sec(s)
        if tw < rs:
            X(
                "web02",
                tw,
                "WARNING",
                "input file does not exist: %s",
                f"input file does not exist: {gone}",
            )
    return fs.logs(T0)


SYSTEMS = {
    "statsd": statsd,
    "munin": munin,
    "cacti": cacti,
    "snmptt": snmptt,
    "nxlog": nxlog,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
