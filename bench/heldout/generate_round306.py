#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 306 (elastic-agent, heartbeat, zabbix-agent2, nsclient,
pixie-pem) into bench/heldout/, the same way and under the same label rules as generate.py
(bench/README.md, "heldout.py"): each program's log is simulated from its format strings over
a seeded run, and every line that starts an event is labelled with the format string that
wrote it as it is written. Distinct calls of one process never share a timestamp at the log's
resolution (round 53's Clock, kept per process and per file). Five monitoring agents of one
company, 06:00 to 12:00 UTC on 2024-06-07 (the Elastic Agents' files 06:00 to 08:00; the
Windows servers print local time, UTC+2).

- Elastic Agent 8.13.4 (`app-01-elastic-agent-20240607.ndjson`, `app-02-...`: the agent's own
  ECS JSON log under `/opt/Elastic/Agent/data/elastic-agent-*/logs/`, two Fleet-managed Ubuntu
  hosts, the policy's agent monitoring off). The agent's lines (`log.origin`, `message`,
  `log.source: elastic-agent`, the coordinator's `component` / `unit` objects) and its
  components' lines, which it writes into the same file with `component` and `log.source`
  added (filebeat's `log-default` for the System integration's logs, metricbeat's
  `system/metrics-default` and, on app-02, `docker/metrics-default`). app-02 boots at 06:00
  (`Loading baseline config from %v`, `Parsed configuration and determined agent is managed by
  Fleet`, the coordinator's `Spawned new component %s: %s` / `Spawned new unit %s: %s` with the
  runtime's `Starting: spawned pid '%d'`, the beats' libbeat start-up, `Component state changed
  %s (%s->%s): %s` with `Healthy: communicating with pid '%d'`, `Unit state changed %s
  (%s->%s): %s` with the beat's `Healthy`, the output's `Connecting to backoff(%s)`...); every
  component's `Non-zero metrics in the last 30s` with its `monitoring` object; the Fleet
  Server rebooting 06:40-07:02 (`Possible transient error during checkin with fleet-server,
  retrying` for the first two failures, then `Cannot checkin in with fleet-server,
  retrying`, with `error.message`, `failed_checkins` and `retry_after_ns`); the ingest node
  restarting 07:10-07:24 (each beat's `failed to perform any bulk index operations: %s`,
  `failed to publish events: %v`, the back-off's `Connecting to backoff(%s)`, `Failed to
  connect to backoff(%s): %v` and `Attempting to reconnect to backoff(%s) with %d reconnect
  attempt(s)`, then `Attempting to connect to Elasticsearch version %s (%s)` and `Connection
  to backoff(%s) established`); docker restarted on app-02 07:35-07:38 (metricbeat's `Error
  fetching data for metricset %s.%s: %v` every 10 s for three metricsets, the unit DEGRADED
  with that error as its message and HEALTHY again); policy revision 6 at 07:45 (`Source URI
  changed from %q to %q`, a Custom Logs integration spawning filebeat's `filestream-default` on
  app-01, whose events clash with the data stream's mapping: `Cannot index event (status=%v):
  dropping event! Look at the event log to view the event and cause.`).
- Heartbeat 8.13.4 (`heartbeat-fra.log`, `heartbeat-iad.log`, `heartbeat-sin.log`: `docker
  logs` of three probe containers, libbeat's ECS JSON on stderr, `logging.metrics.period:
  5m`, monitors in `monitors.d` synced from git, `run_from` set per site). `Non-zero metrics in
  the last 5m0s` with heartbeat's scheduler and endpoint counters; the monitor reloads
  (`Starting reload procedure, current runners: %d`, `Loading of config files completed.`);
  the Elasticsearch coordinating node restarting twice at 07:21 and 07:38 (the same output
  lines as the agent's beats); a new checkout monitor whose tags clash with the mapping 08:31
  to 10:00 (`Cannot index event ...` for every check at fra and iad, from 09:12 at sin); the
  10:00 redeploy (`Shutting down.`, `Total metrics`, `Uptime: %s`, `Stopping metrics
  logging.`, `%s stopped.`, and the start-up: `Home path: ...`, `Beat ID: %v`, the `Beat info`
  / `Build info` / `Go runtime info` / `Host info` / `Process info` lines with their
  `system_info` objects, `Setup Beat: %s; Version: %s`, `elasticsearch url: %s`, `Beat name:
  %s`, `using ES states loader`, `heartbeat starting, running from: %v`, `Starting metrics
  logging every %v`, `%s start running.`, `heartbeat is running! Hit CTRL-C to stop it.` and
  `Effective user/group ids: %d/%d, with groups: %v`, which the source passes to Info(), not
  Infof(), so the line shows the verbs and the values after them, Sprint-joined).
- Zabbix agent 2 6.4.15 (`web01-zabbix_agent2.log`, `web02-...`, `db01-...`, `db03-...`: its
  own LogFile, Go's `log` with `Ldate|Lmicroseconds`, `2024/06/07 08:00:10.305793 [101] cannot
  connect to [...]`; the server is an HA pair, `ServerActive=10.10.0.11;10.10.0.12`,
  `Server=10.10.0.11`). web01's package upgrade at 06:20 (`Zabbix Agent 2 stopped. (%s)`, the
  start-up: `Starting Zabbix Agent 2 (%s)`, `OpenSSL library (%s) initialized`, `using
  configuration file: %s`, a `using plugin '%s' (built-in) providing following interfaces: %s`
  per plugin, `using plugin '%s' (%s) providing following interfaces: %s` for the loadable
  PostgreSQL and MongoDB plugins, `lowering the plugin %s capacity to %d as the configured
  capacity %d exceeds limits`, `Plugin communication protocol version is %s`, `Zabbix Agent2
  hostname: [%s]`); node 1 crashing at 08:00 and node 2 taking over a minute later (each
  channel's `[%d] cannot connect to [%s]: dial tcp %s->%s: connect: connection refused` for
  both nodes, `[%d] active check configuration update from host [%s] started to fail`, `[%d]
  sending of heartbeat message for [%s] started to fail`, `[%d] history upload to [%s] [%s]
  started to fail`, and the three `... is working again`); node 2 polling the passive items
  of web01 and db01, not in `Server=` until Ansible's restart at 09:40 (`failed to accept an
  incoming connection: connection from "%s" rejected, allowed hosts: "%s"`); db01's flapping
  switch port 10:05-10:20 (`dial tcp ...: i/o timeout`, `[%d] cannot receive data from [%s]:
  Cannot read message: 'read tcp %s->%s: i/o timeout'`, logged again whenever the errors
  differ); db03 installed at 10:30 before its host exists in the frontend (`[%d] no active
  checks on server [%s]: host [%s] not found` at every 5 s refresh until 10:42); `zabbix_agent2
  -R userparameter_reload` at 11:30 (`User parameters reloaded`).
- NSClient++ 0.5.2.35 (`SQL01-nsclient.log`, `FS01-...`, `RDS01-...`, `RDS02-...`: its
  `nsclient.log` with `level = error`, CRLF, local time, `2024-06-07 09:00:45:
  error:c:\\source\\master\\include\\socket/connection.hpp:139: Socket was unexpectedly closed
  ...`). The old Nagios' check_nrpe (anonymous DH) against the two new RDS hosts every five
  minutes (`Seems we cant agree on SSL: %s` with OpenSSL's `no shared cipher`, `Please review
  the insecure options as well as ssl options in settings.`); a new Icinga satellite not yet
  in `allowed hosts` 07:00-08:10 (`Rejected connection from: %s`); SQL01's backup making
  `check_mssql_backup.ps1` outlast check_nrpe's timeout 07:00-07:46 (`Socket was unexpectedly
  closed trying to send data (possibly check your timeout settings)`, `Failed to send data: %s`
  with Windows' `An existing connection was forcibly closed by the remote host`); FS01's
  service passing arguments (`Request contained arguments (not currently allowed, check the
  allow arguments option).`) and a misspelt alias (`Unknown command(s): %s available commands:
  %s`); the RDS hosts' threshold with `>` (`Request arguments contained illegal metachars!`);
  a plain check_tcp on SQL01's 5666 (`Failed to establish secure connection: %s: %s` with
  Boost's `End of file`); a vulnerability scan 09:30-09:52 (`Seems we other end is not using
  ssl: %s` with `unknown protocol` and `Please review the ssl option as well as ssl options in
  settings.`, `... secure connection: http request: 156`, check_nt's `Rejected connection
  from: %s`); Windows Update reboots of FS01 and RDS02 at 11:02 (`Failed to process command:
  %s` with `Library is not loaded` and `Failed to execute query` while the modules unload,
  RDS02's `CA not found: %s` at start).
- Pixie's PEM v0.14.10 (`vizier-pem-4xq7z.log`, `vizier-pem-9kd2m.log`,
  `vizier-pem-9kd2m-previous.log`, `vizier-pem-tw8rn.log`, `vizier-pem-tw8rn-previous.log`:
  `kubectl logs` and `kubectl logs --previous` of the `pem` container on three GKE nodes, glog's
  `I20240607 06:00:01.123456 2689937 file.cc:123] `). Every new process on the CI-heavy nodes:
  `Number of uprobes deployed = %d` from the uprobe deployment threads, or `Cannot analyze
  binary %s for uprobe deployment. If file is under /var/lib, container may have terminated.
  Message = Can't find or process ELF file %s` when it is gone first; the heartbeat handler's
  `Heartbeat ACK latency moving average: %d ms` (every 60th ACK); NATS restarting at 08:12
  (`Still waiting for heartbeat ACK for seq_num=%d` every 5 s); 9kd2m's PEM aborting after it at
  08:14 (`F... registration.cc:48] Timeout waiting for registration ack` with glog's `*** Check
  failure stack trace: ***` below it) and tw8rn's killed for its memory limit at 10:41 (no last
  line); each start (`Started: %s`, the plain `Started external stacktrace collection signal
  processor thread`, `Pixie PEM. Version: %s, id: %s`, `Creating Stirling, registered sources:
  [%s]`, `Location of proc: %s`, `Location of sysfs: %s`, `Number of CPUs: %d`, `%s:` with
  `/host/proc/version` and `/host/etc/os-release` printed below it, the socket tracer's and
  tcp_stats' `Number of kprobes deployed = %d` and `Probes successfully deployed.`, `Total perf
  buffer usage for %s buffers across all cpus: %d`, `Opening perf buffer: %s [requested_size=%d
  num_pages=%d size=%d] (per cpu)`).

Label notes. The heads are context: the JSON fields but `message`, Go's date and time, the
NSClient++ logger's time, level, source file and line, glog's severity letter, time, thread id
and `file:line] `. Zabbix agent 2's `[%d] ` (the server connector's client id) and NSClient++'s
message texts are in their format strings, so in the labels. A status message a component or
unit reports is a message of its own and contributes its format (`Starting: spawned pid
'%d'`, `Healthy`, `Healthy: communicating with pid '%d'`, the metricset's error); so does an
error value (Go's `dial tcp %s->%s: connect: connection refused` and `read tcp %s->%s: i/o
timeout`, the docker client's `Cannot connect to the Docker daemon at %s. Is the docker daemon
running?`, OpenSSL's and Boost's and Windows' texts in NSClient++'s lines, `Library is not
loaded`); the unit and component states (`STARTING`, `HEALTHY`), metricset names, buffer kinds
(`kData`), plugin names and interface lists, hosts, addresses and counts are values. Heartbeat's
`Effective user/group ids: ...` is labelled as written, `%d/%d, with groups: %v` and then
`%d %d %v` for the three values Sprint appends. A multi-line message is labelled on its first
line; the lines below it (os-release, the glog stack trace) have no row. NSClient++'s
second-resolution log keeps one process's lines a second apart (the Clock).

Checked against copies of the sources and real logs: Zabbix agent 2's log package
(`Lmicroseconds|Ldate`), the start-up lines (`Starting Zabbix Agent 2 (%s)`, `using
configuration file: %s`, `Zabbix Agent2 hostname: [%s]`, `Zabbix Agent 2 stopped. (%s)`,
`User parameters reloaded`), the scheduler's `using plugin ...` lines, the server connector's
`started to fail` / `is working again` lines, the memory cache's history upload lines and the
listener's `failed to accept an incoming connection: connection from "%s" rejected, allowed
hosts: "%s"`, with real logs quoted in forums for the `[101] cannot connect ...` / `cannot
receive data ...` errors, `OpenSSL library (%s) initialized`, `lowering the plugin ...` and
`Plugin communication protocol version is %s`; NSClient++'s connection.hpp (the socket, SSL and
handshake messages) and NRPE handler (the argument and metachar messages), and its log line in
issues (`Rejected connection from: %s`, `Failed to process command: Library is not loaded`,
`Failed to execute query`, `CA not found: %s`); the Elastic Agent coordinator's `Spawned new
component` / `Spawned new unit` / `Component state changed` lines and a real `Unit state
changed ... (STARTING->FAILED): Failed: pid '%d' exited with code '%d'` line with its fields;
Heartbeat's beater (`heartbeat starting, running from: %v`, `heartbeat is running! ...`, the
Info() call of `Effective user/group ids`, `Shutting down.`, `using ES states loader`); Pixie's
heartbeat handler (`Still waiting for heartbeat ACK for seq_num=`, `Heartbeat ACK latency
moving average: %d ms` every 60), the socket tracer's and tcp_stats' kprobe lines, and PEM logs
quoted in issues (the start-up, `Number of uprobes deployed = %d`, `Cannot analyze binary ...`,
`Opening perf buffer: ...`, `Total perf buffer usage ...`, `Timeout waiting for registration
ack`).

Least sure (written from the helper's knowledge): the Elastic Agent's `Loading baseline config
from %v`, `Parsed configuration and determined agent is managed by Fleet`, the check-in lines'
exact wording, fields and threshold, `Source URI changed from %q to %q`, the key order of the
component lines, the beats' `Healthy` unit message, the DEGRADED unit carrying the metricset's
error, metricbeat's docker error texts (`failed to get docker containers list: %s`, `failed to
get docker stats: %s`), libbeat 8.13's `Attempting to connect to Elasticsearch version %s (%s)`
with the build flavour and `Cannot index event (status=%v): dropping event! Look at the event
log ...`; Heartbeat's start-up order, the cfgfile reload lines at info and the `system_info`
objects; Zabbix agent 2's `[%d] ` before the history upload lines (the result cache's logger
prefix) and the HA pair's address order after a failover; NSClient++ 0.5.2's source paths and
line numbers, `Unknown command(s): %s available commands: %s` at error, Boost's `End of file:
2` for an empty handshake and the scanner's `http request: 156`; the PEM's line numbers, its
other start-up lines' order and the kprobe counts.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any

US = 1
MS = 1000
SEC = 1_000_000


def times(
    r: random.Random, t0: datetime, t1: datetime, mean_gap: float, min_gap: float = 0.0
) -> list[datetime]:
    """Instants from t0 to t1 with exponential gaps of `mean_gap` seconds (at least `min_gap`)."""
    out, t = [], t0
    while True:
        t += sec(min_gap + r.expovariate(1 / mean_gap))
        if t >= t1:
            return out
        out.append(t)


def uuid4(r: random.Random) -> str:
    h = hexid(r, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[r.randrange(4)]}{h[17:20]}-{h[20:]}"


def ecs_ts(t: datetime) -> str:
    return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond // 1000:03d}Z"


def dumps(d: dict) -> str:
    return json.dumps(d, ensure_ascii=False, separators=(",", ":"))


# ---------------------------------------------------------------------------- zabbix-agent2

ZA_VERSION = "6.4.15"
ZA_OLD = "6.4.14"
ZA_N1, ZA_N2 = "10.10.0.11:10051", "10.10.0.12:10051"
ZA_BUILTIN = [
    ("Agent", "exporter"),
    ("Ceph", "exporter, runner, configurator"),
    ("Cpu", "exporter, collector, runner"),
    ("DNS", "exporter"),
    ("Docker", "exporter, configurator"),
    ("File", "exporter, configurator"),
    ("Kernel", "exporter"),
    ("Log", "exporter, configurator"),
    ("Memcached", "exporter, runner, configurator"),
    ("Memory", "exporter"),
    ("Modbus", "exporter, configurator"),
    ("Mqtt", "exporter, watcher, configurator"),
    ("Mysql", "exporter, runner, configurator"),
    ("NetIf", "exporter"),
    ("Oracle", "exporter, runner, configurator"),
    ("Proc", "exporter, collector"),
    ("ProcExporter", "exporter"),
    ("Redis", "exporter, runner, configurator"),
    ("Smart", "exporter, configurator"),
    ("Swap", "exporter"),
    ("SystemRun", "exporter, configurator"),
    ("Systemd", "exporter, configurator"),
    ("TCP", "exporter, configurator"),
    ("UDP", "exporter, configurator"),
    ("Uname", "exporter"),
    ("Uptime", "exporter"),
    ("Users", "exporter"),
    ("VFSDev", "exporter, collector"),
    ("VFSDir", "exporter"),
    ("VfsFs", "exporter"),
    ("WebCertificate", "exporter, configurator"),
    ("WebPage", "exporter, configurator"),
    ("ZabbixAsync", "exporter"),
    ("ZabbixStats", "exporter, configurator"),
    ("ZabbixSync", "exporter"),
]
ZA_EXTERNAL = {
    "MongoDB": "/usr/sbin/zabbix-agent2-plugin/zabbix-agent2-plugin-mongodb",
    "PostgreSQL": "/usr/sbin/zabbix-agent2-plugin/zabbix-agent2-plugin-postgresql",
}


class ZHost:
    def __init__(self, name: str, ip: str, passive: bool, ext: list[str]) -> None:
        self.name = name
        self.ip = ip
        self.passive = passive
        self.ext = ext
        self.pid = 0
        self.file = f"{name}-zabbix_agent2.log"


def zabbix_agent2(r: random.Random) -> list[Log]:
    """Four Ubuntu hosts' Zabbix agent 2, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    hosts = {
        "web01": ZHost("web01", "10.10.1.21", True, []),
        "web02": ZHost("web02", "10.10.1.22", False, []),
        "db01": ZHost("db01", "10.10.1.31", True, ["PostgreSQL"]),
        "db03": ZHost("db03", "10.10.1.33", False, ["PostgreSQL", "MongoDB"]),
    }
    n1_dead = at(8, 0, 7.3)  # node 1 crashes
    n2_active = at(8, 1, 12.8)  # node 2 takes over
    flap = (at(10, 5, 14), at(10, 20, 41))
    db03_created = at(10, 42, 31)
    restarts = {
        "web01": [at(6, 20, 4.2), at(9, 40, 18.5)],
        "web02": [at(9, 40, 19.1)],
        "db01": [at(9, 40, 21.7)],
        "db03": [],
    }
    db03_first = at(10, 30, 2.6)
    stopped: dict[str, list[tuple[datetime, datetime]]] = {h: [] for h in hosts}

    def L(h: ZHost, t: datetime, label: str, msg: str) -> datetime:
        return fs.add(
            h.file,
            t,
            label,
            lambda x: [f"{x:%Y/%m/%d %H:%M:%S}.{x.microsecond:06d} {msg}"],
            h.name,
            US,
        )

    def start(h: ZHost, t: datetime) -> datetime:
        h.pid = r.randrange(900, 60000)
        t = L(h, t, "Starting Zabbix Agent 2 (%s)", f"Starting Zabbix Agent 2 ({ZA_VERSION})")
        t = L(
            h,
            t + sec(r.uniform(0.02, 0.06)),
            "OpenSSL library (%s) initialized",
            "OpenSSL library (OpenSSL 3.0.2 15 Mar 2022) initialized",
        )
        t = L(
            h,
            t + sec(r.uniform(0.15, 0.3)),
            "using configuration file: %s",
            "using configuration file: /etc/zabbix/zabbix_agent2.conf",
        )
        names = sorted([n for n, _ in ZA_BUILTIN] + h.ext)
        ifaces = dict(ZA_BUILTIN)
        t += sec(r.uniform(0.001, 0.003))
        for n in names:
            t += sec(r.uniform(0.000002, 0.00001))
            if n in h.ext:
                t = L(
                    h,
                    t,
                    "using plugin '%s' (%s) providing following interfaces: %s",
                    f"using plugin '{n}' ({ZA_EXTERNAL[n]}) providing following interfaces: exporter, runner, configurator",
                )
                continue
            if n == "ZabbixSync":
                t = L(
                    h,
                    t,
                    "lowering the plugin %s capacity to %d as the configured capacity %d exceeds limits",
                    "lowering the plugin ZabbixSync capacity to 1 as the configured capacity 1000 exceeds limits",
                )
            t = L(
                h,
                t,
                "using plugin '%s' (built-in) providing following interfaces: %s",
                f"using plugin '{n}' (built-in) providing following interfaces: {ifaces[n]}",
            )
        t = L(
            h,
            t + sec(r.uniform(0.001, 0.003)),
            "Plugin communication protocol version is %s",
            "Plugin communication protocol version is 6.4.0",
        )
        return L(
            h,
            t + sec(r.uniform(0.00001, 0.0001)),
            "Zabbix Agent2 hostname: [%s]",
            f"Zabbix Agent2 hostname: [{h.name}]",
        )

    def stop(h: ZHost, t: datetime, version: str) -> datetime:
        return L(
            h,
            t + sec(r.uniform(0.3, 1.2)),
            "Zabbix Agent 2 stopped. (%s)",
            f"Zabbix Agent 2 stopped. ({version})",
        )

    # start-ups and stops
    for name, h in hosts.items():
        h.pid = r.randrange(900, 60000)
        for i, t in enumerate(restarts[name]):
            version = ZA_OLD if (name == "web01" and i == 0) else ZA_VERSION
            t1 = stop(h, t, version)
            t2 = t1 + sec(r.uniform(0.8, 1.6))
            stopped[name].append((t - sec(0.5), t2 + sec(2.5)))
            start(h, t2)
    hosts["db03"].pid = 0
    stopped["db03"].append((T0, db03_first + sec(2.5)))
    start(hosts["db03"], db03_first)

    def order(t: datetime) -> list[str]:
        return [ZA_N2, ZA_N1] if t >= n2_active else [ZA_N1, ZA_N2]

    def attempt(h: ZHost, t: datetime, addr: str) -> tuple[str, str] | None:
        """None when `addr` answers, else (label, message) of the error."""
        if h.name == "db01" and in_any(t, [flap]) and r.random() < 0.5:
            if addr == ZA_N2 and r.random() < 0.35:
                port = r.randrange(32768, 61000)
                return (
                    "[%d] cannot receive data from [%s]: Cannot read message: 'read tcp %s->%s: i/o timeout'",
                    f"cannot receive data from [{addr}]: Cannot read message: 'read tcp {h.ip}:{port}->{addr}: i/o timeout'",
                )
            return (
                "[%d] cannot connect to [%s]: dial tcp %s->%s: i/o timeout",
                f"cannot connect to [{addr}]: dial tcp :0->{addr}: i/o timeout",
            )
        down = (addr == ZA_N1 and t >= n1_dead) or (addr == ZA_N2 and t < n2_active)
        if not down:
            return None
        return (
            "[%d] cannot connect to [%s]: dial tcp %s->%s: connect: connection refused",
            f"cannot connect to [{addr}]: dial tcp :0->{addr}: connect: connection refused",
        )

    def exchange(h: ZHost, t: datetime) -> tuple[str | None, list[tuple[str, str]]]:
        errs = []
        for a in order(t):
            e = attempt(h, t, a)
            if e is None:
                return a, []
            errs.append(e)
        return None, errs

    def channel(h: ZHost, kind: str, gap: tuple[float, float], t0: datetime) -> None:
        last: list[str] | None = None
        t = t0 + sec(r.uniform(0.5, gap[1]))
        while t < T_END:
            if any(a <= t < b for a, b in stopped[h.name]):
                t += sec(r.uniform(*gap))
                last = None
                continue
            ok, errs = exchange(h, t)
            if errs:
                msgs = [m for _, m in errs]
                if msgs != last:
                    for label, m in errs:
                        t = L(h, t, label, f"[101] {m}") + sec(r.uniform(0.000004, 0.00003))
                    if kind == "ac":
                        L(
                            h,
                            t,
                            "[%d] active check configuration update from host [%s] started to fail",
                            f"[101] active check configuration update from host [{h.name}] started to fail",
                        )
                    elif kind == "hb":
                        L(
                            h,
                            t,
                            "[%d] sending of heartbeat message for [%s] started to fail",
                            f"[101] sending of heartbeat message for [{h.name}] started to fail",
                        )
                    else:
                        L(
                            h,
                            t,
                            "[%d] history upload to [%s] [%s] started to fail",
                            f"[101] history upload to [{order(t)[0]}] [{h.name}] started to fail",
                        )
                    last = msgs
                spent = sum(3.0 if "i/o timeout" in m else 0.002 for m in msgs)
                t += sec(spent + r.uniform(*gap))
                continue
            if last is not None:
                if kind == "ac":
                    L(
                        h,
                        t,
                        "[%d] active check configuration update from [%s] is working again",
                        f"[101] active check configuration update from [{ok}] is working again",
                    )
                elif kind == "hb":
                    L(
                        h,
                        t,
                        "[%d] sending of heartbeat message to [%s] is working again",
                        f"[101] sending of heartbeat message to [{ok}] is working again",
                    )
                else:
                    L(
                        h,
                        t,
                        "[%d] history upload to [%s] [%s] is working again",
                        f"[101] history upload to [{ok}] [{h.name}] is working again",
                    )
                last = None
            if kind == "ac" and h.name == "db03" and t < db03_created:
                L(
                    h,
                    t,
                    "[%d] no active checks on server [%s]: host [%s] not found",
                    f"[101] no active checks on server [{ok}]: host [{h.name}] not found",
                )
            t += sec(r.uniform(*gap))

    for name, h in hosts.items():
        t0 = db03_first + sec(2.0) if name == "db03" else T0
        channel(h, "ac", (5.0, 6.0), t0)
        channel(h, "hb", (60.0, 61.0), t0)
        if name != "db03":
            channel(h, "up", (5.0, 6.2), t0)

    # passive checks from the new active node, not yet in Server=
    for name in ("web01", "db01"):
        h = hosts[name]
        for t in times(r, n2_active + sec(r.uniform(2, 20)), restarts[name][-1], 15.0, 0.5):
            if any(a <= t < b for a, b in stopped[name]):
                continue
            L(
                h,
                t,
                'failed to accept an incoming connection: connection from "%s" rejected, allowed hosts: "%s"',
                'failed to accept an incoming connection: connection from "10.10.0.12" rejected, allowed hosts: "10.10.0.11"',
            )

    # Ansible's userparameter_reload at 11:30
    for i, h in enumerate(hosts.values()):
        L(
            h,
            at(11, 30, 12 + i * 3.7 + r.uniform(0, 1)),
            "User parameters reloaded",
            "User parameters reloaded",
        )

    return fs.logs(T0)


# ---------------------------------------------------------------------------- elastic-agent

EA_VERSION = "8.13.4"
EA_HASH = "c38f3a"
EA_ES = "https://es-ingest.corp.example:9200"
EA_ES_IP = "10.20.0.31:9200"
EA_FLEET = "https://fleet.corp.example:8220/"
EA_ORIGIN = {
    "coord": (
        "github.com/elastic/elastic-agent/internal/pkg/agent/application/coordinator.(*Coordinator).watchRuntimeComponents",
        "coordinator/coordinator.go",
    ),
    "gateway": (
        "github.com/elastic/elastic-agent/internal/pkg/agent/application/gateway/fleet.(*FleetGateway).doExecute",
        "fleet/fleet_gateway.go",
    ),
    "app": (
        "github.com/elastic/elastic-agent/internal/pkg/agent/application.New",
        "application/application.go",
    ),
    "artifact": (
        "github.com/elastic/elastic-agent/internal/pkg/agent/application/coordinator.(*Coordinator).processConfigAgent",
        "coordinator/coordinator.go",
    ),
}
BEAT_ORIGIN = {
    "instance": (
        "github.com/elastic/beats/v7/libbeat/cmd/instance.(*Beat).configure",
        "instance/beat.go",
    ),
    "instance.run": (
        "github.com/elastic/beats/v7/libbeat/cmd/instance.(*Beat).launch",
        "instance/beat.go",
    ),
    "publisher": (
        "github.com/elastic/beats/v7/libbeat/publisher/pipeline.LoadWithSettings",
        "pipeline/module.go",
    ),
    "monitoring": (
        "github.com/elastic/elastic-agent-libs/monitoring/report/log.(*reporter).logSnapshot",
        "log/log.go",
    ),
    "publisher_pipeline_output": (
        "github.com/elastic/beats/v7/libbeat/publisher/pipeline.(*netClientWorker).run",
        "pipeline/client_worker.go",
    ),
    "esclientleg": (
        "github.com/elastic/beats/v7/libbeat/esleg/eslegclient.(*Connection).Connect",
        "eslegclient/connection.go",
    ),
    "elasticsearch": (
        "github.com/elastic/beats/v7/libbeat/outputs/elasticsearch.(*Client).publishEvents",
        "elasticsearch/client.go",
    ),
    "module": (
        "github.com/elastic/beats/v7/metricbeat/mb/module.(*metricSetWrapper).fetch",
        "module/wrapper.go",
    ),
}


class Comp:
    """A component (one beat process) of an agent."""

    def __init__(self, r: random.Random, cid: str, binary: str, ctype: str, unit: str) -> None:
        self.id = cid
        self.binary = binary
        self.type = ctype
        self.units = [(cid, "output"), (f"{cid}-{unit}-{uuid4(r)}", "input")]
        self.pid = 0
        self.events = 0


def elastic_agent(r: random.Random) -> list[Log]:
    """Two Fleet-managed Elastic Agents, 06:00 to 08:00 (see the module docstring)."""
    fs = Files()
    agents = {
        "app-01": [
            Comp(r, "log-default", "filebeat", "logfile", "logfile-system"),
            Comp(
                r, "system/metrics-default", "metricbeat", "system/metrics", "system/metrics-system"
            ),
        ],
        "app-02": [
            Comp(r, "log-default", "filebeat", "logfile", "logfile-system"),
            Comp(
                r, "system/metrics-default", "metricbeat", "system/metrics", "system/metrics-system"
            ),
            Comp(
                r, "docker/metrics-default", "metricbeat", "docker/metrics", "docker/metrics-docker"
            ),
        ],
    }
    myapp = Comp(r, "filestream-default", "filebeat", "filestream", "filestream-myapp")
    t_end = at(8, 0)
    fleet_down = (at(6, 40, 31), at(7, 2, 48))
    es_down = (at(7, 10, 12.4), at(7, 24, 3.9))
    docker_down = (at(7, 35, 9.8), at(7, 38, 41.2))
    policy_at = at(7, 45, 20.3)
    agent_ids = {h: uuid4(r) for h in agents}

    def fname(h: str) -> str:
        return f"{h}-elastic-agent-20240607.ndjson"

    def A(
        h: str,
        t: datetime,
        level: str,
        origin: str,
        line: int,
        label: str,
        msg: str,
        extra: dict | None = None,
    ) -> datetime:
        fn, fl = EA_ORIGIN[origin]

        def text(x: datetime) -> list[str]:
            d: dict = {
                "log.level": level,
                "@timestamp": ecs_ts(x),
                "log.origin": {"function": fn, "file.name": fl, "file.line": line},
                "message": msg,
                "log": {"source": "elastic-agent"},
            }
            d.update(extra or {})
            d["ecs.version"] = "1.6.0"
            return [dumps(d)]

        return fs.add(fname(h), t, label, text, (h, "agent"), MS)

    def B(
        h: str,
        c: Comp,
        t: datetime,
        level: str,
        logger: str,
        line: int,
        label: str,
        msg: str,
        extra: dict | None = None,
    ) -> datetime:
        fn, fl = BEAT_ORIGIN[logger if logger in BEAT_ORIGIN else "instance"]

        def text(x: datetime) -> list[str]:
            d: dict = {
                "log.level": level,
                "@timestamp": ecs_ts(x),
                "message": msg,
                "component": {
                    "binary": c.binary,
                    "dataset": f"elastic_agent.{c.binary}",
                    "id": c.id,
                    "type": c.type,
                },
                "log": {"source": c.id},
                "log.logger": logger,
                "log.origin": {"file.line": line, "file.name": fl, "function": fn},
                "service.name": c.binary,
            }
            d.update(extra or {})
            d["ecs.version"] = "1.6.0"
            return [dumps(d)]

        return fs.add(fname(h), t, label, text, (h, c.id, c.pid), MS)

    def comp_log(c: Comp, state: str, old: str | None = None) -> dict:
        d = {"id": c.id, "state": state}
        if old:
            d["old_state"] = old
        return d

    def unit_log(u: tuple[str, str], state: str, old: str | None = None) -> dict:
        d = {"id": u[0], "type": u[1], "state": state}
        if old:
            d["old_state"] = old
        return d

    def es_connect(h: str, c: Comp, t: datetime) -> datetime:
        t = B(
            h,
            c,
            t,
            "info",
            "publisher_pipeline_output",
            139,
            "Connecting to backoff(%s)",
            f"Connecting to backoff(elasticsearch({EA_ES}))",
        )
        t = B(
            h,
            c,
            t + sec(r.uniform(0.02, 0.09)),
            "info",
            "esclientleg",
            304,
            "Attempting to connect to Elasticsearch version %s (%s)",
            f"Attempting to connect to Elasticsearch version {EA_VERSION} (default)",
        )
        return B(
            h,
            c,
            t + sec(r.uniform(0.01, 0.05)),
            "info",
            "publisher_pipeline_output",
            147,
            "Connection to backoff(%s) established",
            f"Connection to backoff(elasticsearch({EA_ES})) established",
        )

    def spawn(h: str, c: Comp, t: datetime) -> datetime:
        c.pid = r.randrange(1200, 40000)
        t = A(
            h,
            t,
            "info",
            "coord",
            1011,
            "Spawned new component %s: Starting: spawned pid '%d'",
            f"Spawned new component {c.id}: Starting: spawned pid '{c.pid}'",
            {"component": comp_log(c, "STARTING")},
        )
        for u in c.units:
            t = A(
                h,
                t + sec(0.0005),
                "info",
                "coord",
                1019,
                "Spawned new unit %s: Starting: spawned pid '%d'",
                f"Spawned new unit {u[0]}: Starting: spawned pid '{c.pid}'",
                {"component": comp_log(c, "STARTING"), "unit": unit_log(u, "STARTING")},
            )
        b = t + sec(r.uniform(0.4, 1.1))
        b = B(
            h,
            c,
            b,
            "info",
            "instance",
            1139,
            "Home path: [%s] Config path: [%s] Data path: [%s] Logs path: [%s]",
            f"Home path: [/opt/Elastic/Agent/data/elastic-agent-{EA_VERSION}-{EA_HASH}/components] Config path: [/opt/Elastic/Agent/data/elastic-agent-{EA_VERSION}-{EA_HASH}/components] Data path: [/opt/Elastic/Agent/data/elastic-agent-{EA_VERSION}-{EA_HASH}/run/{c.id.replace('/', '-')}] Logs path: [/opt/Elastic/Agent/data/elastic-agent-{EA_VERSION}-{EA_HASH}/components/logs]",
        )
        b = B(h, c, b + sec(0.002), "info", "instance", 1147, "Beat ID: %v", f"Beat ID: {uuid4(r)}")
        b = B(
            h,
            c,
            b + sec(r.uniform(0.05, 0.2)),
            "info",
            "instance",
            400,
            "Setup Beat: %s; Version: %s",
            f"Setup Beat: {c.binary}; Version: {EA_VERSION}",
        )
        b = B(h, c, b + sec(0.004), "info", "publisher", 105, "Beat name: %s", f"Beat name: {h}")
        b = B(
            h,
            c,
            b + sec(r.uniform(0.01, 0.05)),
            "info",
            "instance.run",
            533,
            "%s start running.",
            f"{c.binary} start running.",
        )
        t = A(
            h,
            b + sec(r.uniform(0.05, 0.3)),
            "info",
            "coord",
            1033,
            "Component state changed %s (%s->%s): Healthy: communicating with pid '%d'",
            f"Component state changed {c.id} (STARTING->HEALTHY): Healthy: communicating with pid '{c.pid}'",
            {"component": comp_log(c, "HEALTHY", "STARTING")},
        )
        for u in c.units:
            t = A(
                h,
                t + sec(r.uniform(0.2, 0.8)),
                "info",
                "coord",
                1044,
                "Unit state changed %s (%s->%s): Healthy",
                f"Unit state changed {u[0]} (STARTING->HEALTHY): Healthy",
                {"component": comp_log(c, "HEALTHY"), "unit": unit_log(u, "HEALTHY", "STARTING")},
            )
        return es_connect(h, c, t + sec(r.uniform(0.3, 1.2)))

    def metrics(c: Comp, secs: int) -> dict:
        n = r.randint(40, 400) if c.binary == "filebeat" else r.randint(60, 180)
        c.events += n
        m: dict = {
            "beat": {
                "cpu": {
                    "system": {"ticks": r.randint(2000, 90000), "time": {"ms": r.randint(5, 90)}},
                    "total": {
                        "ticks": r.randint(9000, 300000),
                        "time": {"ms": r.randint(20, 260)},
                        "value": r.randint(9000, 300000),
                    },
                    "user": {"ticks": r.randint(7000, 200000), "time": {"ms": r.randint(10, 180)}},
                },
                "info": {
                    "ephemeral_id": uuid4(r),
                    "uptime": {"ms": r.randint(30000, 90000000)},
                    "version": EA_VERSION,
                },
                "memstats": {
                    "gc_next": r.randint(30, 90) * 1000000,
                    "memory_alloc": r.randint(15, 60) * 1000000,
                    "rss": r.randint(90, 180) * 1000000,
                },
            },
            "libbeat": {
                "output": {
                    "events": {"acked": n, "active": 0, "batches": max(1, n // 50), "total": n}
                },
                "pipeline": {
                    "clients": 2 if c.binary == "metricbeat" else 1,
                    "events": {"active": r.randint(0, 4), "published": n, "total": n},
                    "queue": {"acked": n},
                },
            },
        }
        if c.binary == "filebeat":
            m["filebeat"] = {
                "events": {"active": r.randint(0, 20), "added": n, "done": n},
                "harvester": {"open_files": r.randint(2, 9), "running": r.randint(2, 9)},
            }
        else:
            m["metricbeat"] = {
                c.type.split("/")[0]: {
                    "cpu": {"events": 3, "success": 3},
                    "memory": {"events": 3, "success": 3},
                }
            }
        return {"monitoring": {"ecs.version": "1.6.0", "metrics": m}}

    def metric_loop(h: str, c: Comp, t0: datetime, t1: datetime) -> None:
        t = t0 + sec(30 + r.uniform(0, 0.02))
        while t < t1:
            B(
                h,
                c,
                t,
                "info",
                "monitoring",
                187,
                "Non-zero metrics in the last 30s",
                "Non-zero metrics in the last 30s",
                metrics(c, 30),
            )
            t += sec(30 + r.uniform(-0.004, 0.006))

    # app-02 boots at 06:00 after its kernel update; app-01 has been running
    boot = at(6, 0, 14.31)
    t = A(
        "app-02",
        boot,
        "info",
        "app",
        91,
        "Loading baseline config from %v",
        "Loading baseline config from /opt/Elastic/Agent/elastic-agent.yml",
    )
    t = A(
        "app-02",
        t + sec(r.uniform(0.01, 0.04)),
        "info",
        "app",
        126,
        "Parsed configuration and determined agent is managed by Fleet",
        "Parsed configuration and determined agent is managed by Fleet",
    )
    t += sec(r.uniform(1.2, 2.0))
    starts: dict[tuple[str, str], datetime] = {}
    for c in agents["app-02"]:
        starts[("app-02", c.id)] = t
        spawn("app-02", c, t)
        t += sec(r.uniform(0.02, 0.08))
    for c in agents["app-01"]:
        c.pid = r.randrange(1200, 40000)
        starts[("app-01", c.id)] = T0 - sec(r.uniform(1, 29))

    # Fleet Server rebooting: check-ins fail, with the gateway's back-off
    for h in agents:
        t = fleet_down[0] + sec(r.uniform(1, 50))
        n = 0
        while t < fleet_down[1]:
            n += 1
            retry = min(60 * 2 ** (n - 1), 600) * r.uniform(0.9, 1.1)
            err = f'fail to checkin to fleet-server: all hosts failed: requester 0/1 to host {EA_FLEET} errored: Post "{EA_FLEET}api/fleet/agents/{agent_ids[h]}/checkin?": dial tcp 10.20.0.40:8220: connect: connection refused'
            extra = {
                "error": {"message": err},
                "request_duration_ns": r.randint(600000, 3000000),
                "failed_checkins": n,
                "retry_after_ns": int(retry * 1e9),
            }
            if n <= 2:
                A(
                    h,
                    t,
                    "warn",
                    "gateway",
                    194,
                    "Possible transient error during checkin with fleet-server, retrying",
                    "Possible transient error during checkin with fleet-server, retrying",
                    extra,
                )
            else:
                A(
                    h,
                    t,
                    "error",
                    "gateway",
                    190,
                    "Cannot checkin in with fleet-server, retrying",
                    "Cannot checkin in with fleet-server, retrying",
                    extra,
                )
            t += sec(retry)

    # the ingest node restarting: every beat loses its output
    bulk = f"{EA_ES}/_bulk?filter_path=errors%2Citems.%2A.error%2Citems.%2A.status"
    for h, comps in agents.items():
        for c in comps:
            t = es_down[0] + sec(
                r.uniform(0.5, 9.5) if c.binary == "filebeat" else r.uniform(0.5, 10)
            )
            t = B(
                h,
                c,
                t,
                "error",
                "elasticsearch",
                242,
                "failed to perform any bulk index operations: Post %q: dial tcp %s: connect: connection refused",
                f'failed to perform any bulk index operations: Post "{bulk}": dial tcp {EA_ES_IP}: connect: connection refused',
            )
            t = B(
                h,
                c,
                t + sec(0.0005),
                "info",
                "publisher_pipeline_output",
                174,
                "failed to publish events: Post %q: dial tcp %s: connect: connection refused",
                f'failed to publish events: Post "{bulk}": dial tcp {EA_ES_IP}: connect: connection refused',
            )
            n, back = 0, 1.0
            while True:
                t += sec(back * r.uniform(0.95, 1.05))
                if t >= es_down[1]:
                    break
                n += 1
                t = B(
                    h,
                    c,
                    t,
                    "info",
                    "publisher_pipeline_output",
                    139,
                    "Connecting to backoff(%s)",
                    f"Connecting to backoff(elasticsearch({EA_ES}))",
                )
                t = B(
                    h,
                    c,
                    t + sec(r.uniform(0.001, 0.004)),
                    "error",
                    "publisher_pipeline_output",
                    150,
                    "Failed to connect to backoff(%s): Get %q: dial tcp %s: connect: connection refused",
                    f'Failed to connect to backoff(elasticsearch({EA_ES})): Get "{EA_ES}": dial tcp {EA_ES_IP}: connect: connection refused',
                )
                t = B(
                    h,
                    c,
                    t + sec(0.0002),
                    "info",
                    "publisher_pipeline_output",
                    141,
                    "Attempting to reconnect to backoff(%s) with %d reconnect attempt(s)",
                    f"Attempting to reconnect to backoff(elasticsearch({EA_ES})) with {n} reconnect attempt(s)",
                )
                back = min(back * 2, 60.0)
            es_connect(h, c, t)

    # docker restarted on app-02
    dm = agents["app-02"][2]
    docker_err = "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?"
    sets = [
        ("container", "failed to get docker containers list: %s"),
        ("cpu", "failed to get docker stats: %s"),
        ("memory", "failed to get docker stats: %s"),
    ]
    first = True
    unit = dm.units[1]
    for ms_name, fmt in sets:
        t = docker_down[0] + sec(r.uniform(0, 10))
        while t < docker_down[1]:
            err = fmt % docker_err
            B(
                "app-02",
                dm,
                t,
                "error",
                "module",
                256,
                "Error fetching data for metricset %s.%s: "
                + fmt.replace(
                    "%s", "Cannot connect to the Docker daemon at %s. Is the docker daemon running?"
                ),
                f"Error fetching data for metricset docker.{ms_name}: {err}",
                {"service.name": "metricbeat"},
            )
            if first and ms_name == "container":
                first = False
                A(
                    "app-02",
                    t + sec(r.uniform(0.05, 0.4)),
                    "warn",
                    "coord",
                    1044,
                    "Unit state changed %s (%s->%s): Error fetching data for metricset %s.%s: failed to get docker containers list: Cannot connect to the Docker daemon at %s. Is the docker daemon running?",
                    f"Unit state changed {unit[0]} ({'HEALTHY'}->DEGRADED): Error fetching data for metricset docker.container: {err}",
                    {
                        "component": comp_log(dm, "HEALTHY"),
                        "unit": unit_log(unit, "DEGRADED", "HEALTHY"),
                    },
                )
            t += sec(10 + r.uniform(-0.01, 0.01))
    A(
        "app-02",
        docker_down[1] + sec(r.uniform(4, 10)),
        "info",
        "coord",
        1044,
        "Unit state changed %s (%s->%s): Healthy",
        f"Unit state changed {unit[0]} (DEGRADED->HEALTHY): Healthy",
        {"component": comp_log(dm, "HEALTHY"), "unit": unit_log(unit, "HEALTHY", "DEGRADED")},
    )

    # policy revision 6: a Custom Logs integration for myapp on app-01
    for i, h in enumerate(agents):
        A(
            h,
            policy_at + sec(i * 1.7 + r.uniform(0, 0.8)),
            "info",
            "artifact",
            1374,
            "Source URI changed from %q to %q",
            'Source URI changed from "https://artifacts.elastic.co/downloads/" to "https://artifacts.elastic.co/downloads/"',
        )
    sp = policy_at + sec(r.uniform(0.6, 1.0))
    starts[("app-01", myapp.id)] = sp
    t = spawn("app-01", myapp, sp)
    for tc in times(r, t + sec(8), t_end, 5.5, 0.4):
        B(
            "app-01",
            myapp,
            tc,
            "warn",
            "elasticsearch",
            429,
            "Cannot index event (status=%v): dropping event! Look at the event log to view the event and cause.",
            "Cannot index event (status=400): dropping event! Look at the event log to view the event and cause.",
        )

    for h, comps in agents.items():
        for c in comps + ([myapp] if h == "app-01" else []):
            metric_loop(h, c, starts[(h, c.id)], t_end)

    return fs.logs(T0)


# -------------------------------------------------------------------------------- heartbeat

HB_VERSION = "8.13.4"
HB_ES = "https://es.corp.example:9200"
HB_ES_IP = "10.20.0.30:9200"
HB_ORIGIN = {
    "instance": (
        "github.com/elastic/beats/v7/libbeat/cmd/instance.(*Beat).configure",
        "instance/beat.go",
    ),
    "instance.run": (
        "github.com/elastic/beats/v7/libbeat/cmd/instance.(*Beat).launch",
        "instance/beat.go",
    ),
    "beat": ("github.com/elastic/beats/v7/libbeat/cmd/instance.logSystemInfo", "instance/beat.go"),
    "publisher": (
        "github.com/elastic/beats/v7/libbeat/publisher/pipeline.LoadWithSettings",
        "pipeline/module.go",
    ),
    "heartbeat.new": ("github.com/elastic/beats/v7/heartbeat/beater.New", "beater/heartbeat.go"),
    "heartbeat.run": (
        "github.com/elastic/beats/v7/heartbeat/beater.(*Heartbeat).Run",
        "beater/heartbeat.go",
    ),
    "heartbeat.states": (
        "github.com/elastic/beats/v7/heartbeat/beater.makeStatesClient",
        "beater/heartbeat.go",
    ),
    "monitoring": (
        "github.com/elastic/elastic-agent-libs/monitoring/report/log.(*reporter).logSnapshot",
        "log/log.go",
    ),
    "monitoring.start": (
        "github.com/elastic/elastic-agent-libs/monitoring/report/log.(*reporter).snapshotLoop",
        "log/log.go",
    ),
    "cfgfile": (
        "github.com/elastic/beats/v7/libbeat/cfgfile.(*RunnerList).Reload",
        "cfgfile/list.go",
    ),
    "cfgfile.done": (
        "github.com/elastic/beats/v7/libbeat/cfgfile.(*Reloader).Run",
        "cfgfile/reload.go",
    ),
    "publisher_pipeline_output": (
        "github.com/elastic/beats/v7/libbeat/publisher/pipeline.(*netClientWorker).run",
        "pipeline/client_worker.go",
    ),
    "esclientleg": (
        "github.com/elastic/beats/v7/libbeat/esleg/eslegclient.NewConnection",
        "eslegclient/connection.go",
    ),
    "esclientleg.connect": (
        "github.com/elastic/beats/v7/libbeat/esleg/eslegclient.(*Connection).Connect",
        "eslegclient/connection.go",
    ),
    "elasticsearch": (
        "github.com/elastic/beats/v7/libbeat/outputs/elasticsearch.(*Client).publishEvents",
        "elasticsearch/client.go",
    ),
    "elasticsearch.bulk": (
        "github.com/elastic/beats/v7/libbeat/outputs/elasticsearch.(*Client).bulkCollectPublishFails",
        "elasticsearch/client.go",
    ),
}
HB_SITES = {
    "fra": ("hb-fra-01", "eu-central", 14),
    "iad": ("hb-iad-01", "us-east", 14),
    "sin": ("hb-sin-01", "ap-southeast", 9),
}


def heartbeat(r: random.Random) -> list[Log]:
    """Three Heartbeat 8.13 containers probing the company's endpoints, 06:00 to 12:00 (see
    the module docstring)."""
    fs = Files()
    es_down = [(at(7, 21, 5.2), at(7, 25, 40.8)), (at(7, 38, 12.6), at(7, 44, 2.1))]
    conflict = (at(8, 31, 40), at(10, 0, 3))
    redeploy = at(10, 0, 21.5)
    state = {s: {"runners": n, "cid": hexid(r, 12), "jobs": 0} for s, (_, _, n) in HB_SITES.items()}

    def H(
        site: str,
        t: datetime,
        level: str,
        origin: str,
        line: int,
        label: str,
        msg: str,
        extra: dict | None = None,
        logger: str | None = None,
    ) -> datetime:
        fn, fl = HB_ORIGIN[origin]
        lg = logger if logger is not None else origin.split(".")[0]

        def text(x: datetime) -> list[str]:
            d: dict = {"log.level": level, "@timestamp": ecs_ts(x)}
            if lg:
                d["log.logger"] = lg
            d["log.origin"] = {"function": fn, "file.name": fl, "file.line": line}
            d["message"] = msg
            d.update(extra or {})
            d["service.name"] = "heartbeat"
            d["ecs.version"] = "1.6.0"
            return [dumps(d)]

        return fs.add(f"heartbeat-{site}.log", t, label, text, (site, state[site]["cid"]), MS)

    def start(site: str, t: datetime) -> datetime:
        host, loc, runners = HB_SITES[site]
        state[site]["cid"] = hexid(r, 12)
        bid = uuid4(r)
        hn = state[site]["cid"]
        t = H(
            site,
            t,
            "info",
            "instance",
            1078,
            "Home path: [%s] Config path: [%s] Data path: [%s] Logs path: [%s]",
            "Home path: [/usr/share/heartbeat] Config path: [/usr/share/heartbeat] Data path: [/usr/share/heartbeat/data] Logs path: [/usr/share/heartbeat/logs]",
        )
        t = H(site, t + sec(0.001), "info", "instance", 1086, "Beat ID: %v", f"Beat ID: {bid}")
        t = H(
            site,
            t + sec(r.uniform(0.02, 0.06)),
            "info",
            "beat",
            1535,
            "Beat info",
            "Beat info",
            {
                "system_info": {
                    "beat": {
                        "path": {
                            "config": "/usr/share/heartbeat",
                            "data": "/usr/share/heartbeat/data",
                            "home": "/usr/share/heartbeat",
                            "logs": "/usr/share/heartbeat/logs",
                        },
                        "type": "heartbeat",
                        "uuid": bid,
                    },
                    "ecs.version": "1.6.0",
                }
            },
        )
        t = H(
            site,
            t + sec(0.001),
            "info",
            "beat",
            1544,
            "Build info",
            "Build info",
            {
                "system_info": {
                    "build": {
                        "commit": "a21e6d2b8e4b3d5d2ac0b7a1a4b1f7c2c0bd2d1e",
                        "libbeat": HB_VERSION,
                        "time": "2024-05-07T21:41:31.000Z",
                        "version": HB_VERSION,
                    },
                    "ecs.version": "1.6.0",
                }
            },
        )
        t = H(
            site,
            t + sec(0.001),
            "info",
            "beat",
            1547,
            "Go runtime info",
            "Go runtime info",
            {
                "system_info": {
                    "go": {"os": "linux", "arch": "amd64", "max_procs": 2, "version": "go1.21.9"},
                    "ecs.version": "1.6.0",
                }
            },
        )
        t = H(
            site,
            t + sec(0.002),
            "info",
            "beat",
            1551,
            "Host info",
            "Host info",
            {
                "system_info": {
                    "host": {
                        "architecture": "x86_64",
                        "native_architecture": "x86_64",
                        "boot_time": "2024-05-28T04:11:09Z",
                        "containerized": True,
                        "name": hn,
                        "ip": ["127.0.0.1", f"172.18.0.{r.randint(2, 9)}"],
                        "kernel_version": "6.1.0-21-cloud-amd64",
                        "mac": [f"02:42:ac:12:00:0{r.randint(2, 9)}"],
                        "os": {
                            "type": "linux",
                            "family": "redhat",
                            "platform": "rhel",
                            "name": "Red Hat Enterprise Linux",
                            "version": "9.4 (Plow)",
                            "major": 9,
                            "minor": 4,
                            "patch": 0,
                            "codename": "Plow",
                        },
                        "timezone": "UTC",
                        "timezone_offset_sec": 0,
                    },
                    "ecs.version": "1.6.0",
                }
            },
        )
        t = H(
            site,
            t + sec(0.001),
            "info",
            "beat",
            1580,
            "Process info",
            "Process info",
            {
                "system_info": {
                    "process": {
                        "capabilities": {
                            "inheritable": None,
                            "permitted": ["net_raw"],
                            "effective": ["net_raw"],
                            "bounding": [
                                "chown",
                                "dac_override",
                                "fowner",
                                "fsetid",
                                "kill",
                                "setgid",
                                "setuid",
                                "setpcap",
                                "net_bind_service",
                                "net_raw",
                                "sys_chroot",
                                "mknod",
                                "audit_write",
                                "setfcap",
                            ],
                            "ambient": None,
                        },
                        "cwd": "/usr/share/heartbeat",
                        "exe": "/usr/share/heartbeat/heartbeat",
                        "name": "heartbeat",
                        "pid": 7,
                        "ppid": 1,
                        "seccomp": {"mode": "filter", "no_new_privs": True},
                        "start_time": ecs_ts(t),
                    },
                    "ecs.version": "1.6.0",
                }
            },
        )
        t = H(
            site,
            t + sec(r.uniform(0.001, 0.004)),
            "info",
            "instance",
            400,
            "Setup Beat: %s; Version: %s",
            f"Setup Beat: heartbeat; Version: {HB_VERSION}",
        )
        t = H(
            site,
            t + sec(r.uniform(0.001, 0.004)),
            "info",
            "esclientleg",
            122,
            "elasticsearch url: %s",
            f"elasticsearch url: {HB_ES}",
        )
        t = H(site, t + sec(0.002), "info", "publisher", 105, "Beat name: %s", f"Beat name: {host}")
        t = H(
            site,
            t + sec(r.uniform(0.01, 0.03)),
            "info",
            "esclientleg",
            122,
            "elasticsearch url: %s",
            f"elasticsearch url: {HB_ES}",
        )
        t = H(
            site,
            t + sec(r.uniform(0.05, 0.2)),
            "info",
            "esclientleg.connect",
            304,
            "Attempting to connect to Elasticsearch version %s (%s)",
            f"Attempting to connect to Elasticsearch version {HB_VERSION} (default)",
        )
        t = H(
            site,
            t + sec(r.uniform(0.01, 0.05)),
            "info",
            "heartbeat.states",
            363,
            "using ES states loader",
            "using ES states loader",
            logger="",
        )
        t = H(
            site,
            t + sec(r.uniform(0.001, 0.01)),
            "info",
            "heartbeat.new",
            136,
            "heartbeat starting, running from: %v",
            f"heartbeat starting, running from: {loc}",
            logger="",
        )
        t = H(
            site,
            t + sec(0.001),
            "info",
            "monitoring.start",
            145,
            "Starting metrics logging every %v",
            "Starting metrics logging every 5m0s",
            logger="monitoring",
        )
        t = H(
            site,
            t + sec(0.001),
            "info",
            "instance.run",
            533,
            "%s start running.",
            "heartbeat start running.",
            logger="instance",
        )
        t = H(
            site,
            t + sec(0.0005),
            "info",
            "heartbeat.run",
            154,
            "heartbeat is running! Hit CTRL-C to stop it.",
            "heartbeat is running! Hit CTRL-C to stop it.",
            logger="",
        )
        t = H(
            site,
            t + sec(0.0003),
            "info",
            "heartbeat.run",
            156,
            "Effective user/group ids: %d/%d, with groups: %v%d %d %v",
            "Effective user/group ids: %d/%d, with groups: %v1000 1000 [0 1000]",
            logger="",
        )
        t = reload(site, t + sec(r.uniform(0.001, 0.01)), 0, runners)
        state[site]["runners"] = runners
        return t

    def reload(site: str, t: datetime, current: int, new: int) -> datetime:
        t = H(
            site,
            t,
            "info",
            "cfgfile",
            105,
            "Starting reload procedure, current runners: %d",
            f"Starting reload procedure, current runners: {current}",
            logger="cfgfile",
        )
        return H(
            site,
            t + sec(r.uniform(0.002, 0.04)),
            "info",
            "cfgfile.done",
            130,
            "Loading of config files completed.",
            "Loading of config files completed.",
            logger="cfgfile",
        )

    def connect(site: str, t: datetime) -> datetime:
        t = H(
            site,
            t,
            "info",
            "publisher_pipeline_output",
            139,
            "Connecting to backoff(%s)",
            f"Connecting to backoff(elasticsearch({HB_ES}))",
        )
        t = H(
            site,
            t + sec(r.uniform(0.02, 0.08)),
            "info",
            "esclientleg.connect",
            304,
            "Attempting to connect to Elasticsearch version %s (%s)",
            f"Attempting to connect to Elasticsearch version {HB_VERSION} (default)",
            logger="esclientleg",
        )
        return H(
            site,
            t + sec(r.uniform(0.01, 0.04)),
            "info",
            "publisher_pipeline_output",
            147,
            "Connection to backoff(%s) established",
            f"Connection to backoff(elasticsearch({HB_ES})) established",
        )

    def metrics(site: str, total: bool = False) -> dict:
        runners = state[site]["runners"]
        n = runners * r.randint(28, 31) * (3 if not total else 40)
        return {
            "monitoring": {
                "metrics": {
                    "beat": {
                        "cpu": {
                            "system": {
                                "ticks": r.randint(20000, 90000),
                                "time": {"ms": r.randint(200, 900)},
                            },
                            "total": {
                                "ticks": r.randint(60000, 300000),
                                "time": {"ms": r.randint(900, 3000)},
                                "value": r.randint(60000, 300000),
                            },
                            "user": {
                                "ticks": r.randint(40000, 200000),
                                "time": {"ms": r.randint(600, 2200)},
                            },
                        },
                        "handles": {
                            "limit": {"hard": 1048576, "soft": 1048576},
                            "open": r.randint(14, 30),
                        },
                        "info": {
                            "ephemeral_id": state[site]["cid"],
                            "uptime": {"ms": r.randint(300000, 20000000)},
                            "version": HB_VERSION,
                        },
                        "memstats": {
                            "gc_next": r.randint(20, 60) * 1000000,
                            "memory_alloc": r.randint(10, 40) * 1000000,
                            "rss": r.randint(80, 160) * 1000000,
                        },
                        "runtime": {"goroutines": r.randint(60, 140)},
                    },
                    "heartbeat": {
                        "http": {"endpoint_starts": n // 2, "endpoint_stops": n // 2},
                        "scheduler": {
                            "jobs": {"active": runners, "missed_deadline": 0},
                            "tasks": {"active": 0},
                        },
                        "tcp": {"endpoint_starts": n // 4, "endpoint_stops": n // 4},
                        "icmp": {"endpoint_starts": n // 4, "endpoint_stops": n // 4},
                    },
                    "libbeat": {
                        "output": {
                            "events": {
                                "acked": n,
                                "active": 0,
                                "batches": max(1, n // 10),
                                "total": n,
                            },
                            "read": {"bytes": n * 41},
                            "write": {"bytes": n * 990},
                        },
                        "pipeline": {
                            "clients": runners,
                            "events": {"active": 0, "published": n, "total": n},
                            "queue": {"acked": n, "max_events": 3200},
                        },
                    },
                    "system": {
                        "load": {
                            "1": round(r.uniform(0.05, 0.9), 2),
                            "15": round(r.uniform(0.1, 0.5), 2),
                            "5": round(r.uniform(0.1, 0.6), 2),
                            "norm": {"1": 0.1, "15": 0.1, "5": 0.1},
                        }
                    },
                },
                "ecs.version": "1.6.0",
            }
        }

    def stop(site: str, t: datetime, uptime: str) -> datetime:
        t = H(site, t, "info", "heartbeat.run", 224, "Shutting down.", "Shutting down.", logger="")
        t = H(
            site,
            t + sec(r.uniform(0.02, 0.2)),
            "info",
            "monitoring",
            192,
            "Total metrics",
            "Total metrics",
            metrics(site, True),
        )
        t = H(site, t + sec(0.001), "info", "monitoring", 193, "Uptime: %s", f"Uptime: {uptime}")
        t = H(
            site,
            t + sec(0.0005),
            "info",
            "monitoring.start",
            160,
            "Stopping metrics logging.",
            "Stopping metrics logging.",
            logger="monitoring",
        )
        return H(
            site,
            t + sec(0.002),
            "info",
            "instance.run",
            538,
            "%s stopped.",
            "heartbeat stopped.",
            logger="instance",
        )

    bulk = f"{HB_ES}/_bulk?filter_path=errors%2Citems.%2A.error%2Citems.%2A.status"
    for i, site in enumerate(HB_SITES):
        # the containers were started on Tuesday; the day's log starts with their metrics
        t_first = T0 + sec(r.uniform(0, 300))
        t = t_first
        while t < T_END:
            if not (redeploy <= t < redeploy + sec(320 + i * 40)):
                H(
                    site,
                    t,
                    "info",
                    "monitoring",
                    187,
                    "Non-zero metrics in the last %v",
                    "Non-zero metrics in the last 5m0s",
                    metrics(site),
                )
            t += sec(300 + r.uniform(-0.01, 0.01))
        # monitors.d synced from git
        for tr in times(r, T0, T_END, 2400, 300):
            if redeploy - sec(60) <= tr < redeploy + sec(60 + i * 40):
                continue
            cur = state[site]["runners"]
            new = cur + r.choice([0, 0, 1, -1]) if cur > 6 else cur + 1
            reload(site, tr, cur, new)
        # the Elasticsearch coordinating node restarting twice
        for a, b in es_down:
            t = a + sec(r.uniform(0.5, 9.5))
            t = H(
                site,
                t,
                "error",
                "elasticsearch",
                242,
                "failed to perform any bulk index operations: Post %q: dial tcp %s: connect: connection refused",
                f'failed to perform any bulk index operations: Post "{bulk}": dial tcp {HB_ES_IP}: connect: connection refused',
            )
            t = H(
                site,
                t + sec(0.0005),
                "info",
                "publisher_pipeline_output",
                174,
                "failed to publish events: Post %q: dial tcp %s: connect: connection refused",
                f'failed to publish events: Post "{bulk}": dial tcp {HB_ES_IP}: connect: connection refused',
            )
            n, back = 0, 1.0
            while True:
                t += sec(back * r.uniform(0.95, 1.05))
                if t >= b:
                    break
                n += 1
                t = H(
                    site,
                    t,
                    "info",
                    "publisher_pipeline_output",
                    139,
                    "Connecting to backoff(%s)",
                    f"Connecting to backoff(elasticsearch({HB_ES}))",
                )
                t = H(
                    site,
                    t + sec(r.uniform(0.001, 0.004)),
                    "error",
                    "publisher_pipeline_output",
                    150,
                    "Failed to connect to backoff(%s): Get %q: dial tcp %s: connect: connection refused",
                    f'Failed to connect to backoff(elasticsearch({HB_ES})): Get "{HB_ES}": dial tcp {HB_ES_IP}: connect: connection refused',
                )
                t = H(
                    site,
                    t + sec(0.0002),
                    "info",
                    "publisher_pipeline_output",
                    141,
                    "Attempting to reconnect to backoff(%s) with %d reconnect attempt(s)",
                    f"Attempting to reconnect to backoff(elasticsearch({HB_ES})) with {n} reconnect attempt(s)",
                )
                back = min(back * 2, 60.0)
            connect(site, t)
        # the new checkout monitor's tags clash with the data stream's mapping
        if site in ("fra", "iad", "sin"):
            c0 = conflict[0] if site != "sin" else at(9, 12, 5)
            mean, least = (9.0, 4.0) if site != "sin" else (11.0, 5.0)
            for t in times(r, c0 + sec(r.uniform(0, 10)), conflict[1], mean, least):
                H(
                    site,
                    t,
                    "warn",
                    "elasticsearch.bulk",
                    429,
                    "Cannot index event (status=%v): dropping event! Look at the event log to view the event and cause.",
                    "Cannot index event (status=400): dropping event! Look at the event log to view the event and cause.",
                    logger="elasticsearch",
                )
        # the 10:00 redeploy with the fixed monitors
        rd = redeploy + sec(i * 40 + r.uniform(0, 6))
        t = stop(
            site,
            rd,
            f"{r.randint(3, 5)}d{r.randint(1, 23)}h{r.randint(1, 59)}m{r.randint(1, 59)}.{r.randint(100, 999)}{r.randint(100000, 999999)}s",
        )
        t = start(site, t + sec(r.uniform(1.5, 3.5)))
        connect(site, t + sec(r.uniform(0.5, 2.5)))

    return fs.logs(T0)


# --------------------------------------------------------------------------------- nsclient

NS_SRC = "c:\\source\\master"
NS_LOCAL = timedelta(hours=2)
NS_CONN = NS_SRC + "\\include\\socket/connection.hpp"
NS_NRPE_PROTO = NS_SRC + "\\include\\nrpe/server/protocol.hpp"
NS_NT_PROTO = NS_SRC + "\\include\\check_nt/server/protocol.hpp"
NS_HANDLER = NS_SRC + "\\modules\\NRPEServer\\handler_impl.cpp"
NS_CORE = NS_SRC + "\\service\\NSClient++.cpp"
NS_WRAPPER = NS_SRC + "\\include\\nscapi\\nscapi_core_wrapper.cpp"
NS_NRPE_MOD = NS_SRC + "\\modules\\NRPEServer\\NRPEServer.cpp"
NS_COMMANDS = "alias_cpu, alias_cpu_ex, alias_disk, alias_disk_loose, alias_event_log, alias_file_age, alias_file_size, alias_mem, alias_process, alias_process_count, alias_process_hung, alias_process_stopped, alias_sched_all, alias_sched_long, alias_sched_task, alias_service, alias_service_ex, alias_up, alias_updates, alias_volumes, alias_volumes_loose, check_cpu, check_drivesize, check_eventlog, check_files, check_memory, check_os_version, check_pagefile, check_process, check_service, check_uptime, checkalwayscritical, checkalwaysok, checkalwayswarning, checkcritical, checkok, checkwarning"


def nsclient(r: random.Random) -> list[Log]:
    """NSClient++ 0.5.2 on four Windows servers, 06:00 to 12:00 UTC (see the module docstring)."""
    fs = Files()
    hosts = ["SQL01", "FS01", "RDS01", "RDS02"]
    sat2 = "10.20.1.12"
    scanner = "10.20.9.50"
    sat2_window = (at(7, 0, 41), at(8, 10, 17))
    backup = (at(7, 0, 0), at(7, 46, 30))
    scan = (at(9, 30, 4), at(9, 51, 40))
    reboot = {"FS01": at(11, 2, 14), "RDS02": at(11, 4, 51)}
    down = {h: (reboot[h], reboot[h] + sec(r.uniform(150, 240))) for h in reboot}

    def N(h: str, t: datetime, path: str, line: int, label: str, msg: str) -> datetime:
        return fs.add(
            f"{h}-nsclient.log",
            t,
            label,
            lambda x: [f"{x + NS_LOCAL:%Y-%m-%d %H:%M:%S}: error:{path}:{line}: {msg}\r"],
            h,
            SEC,
        )

    def up(h: str, t: datetime) -> bool:
        return not (h in down and down[h][0] <= t < down[h][1])

    def every(t0: datetime, t1: datetime, period: float, jitter: float = 2.0) -> list[datetime]:
        out, t = [], t0
        while t < t1:
            out.append(t + sec(r.uniform(0, jitter)))
            t += sec(period)
        return out

    # the old Nagios' check_nrpe (anonymous DH) against the two new RDS hosts
    for h in ("RDS01", "RDS02"):
        for t in every(T0 + sec(r.uniform(0, 300)), T_END, 300, 4) + every(
            T0 + sec(r.uniform(0, 300)), T_END, 300, 4
        ):
            if not up(h, t):
                continue
            t = N(
                h,
                t,
                NS_CONN,
                224,
                "Seems we cant agree on SSL: no shared cipher",
                "Seems we cant agree on SSL: no shared cipher",
            )
            N(
                h,
                t,
                NS_CONN,
                225,
                "Please review the insecure options as well as ssl options in settings.",
                "Please review the insecure options as well as ssl options in settings.",
            )

    # the new Icinga satellite, not yet in "allowed hosts"
    for h in ("SQL01", "FS01"):
        for t in times(r, sat2_window[0] + sec(r.uniform(0, 30)), sat2_window[1], 15.0, 1.0):
            N(
                h,
                t,
                NS_NRPE_PROTO,
                83,
                "Rejected connection from: %s",
                f"Rejected connection from: {sat2}",
            )

    # SQL01's backup makes check_mssql_backup.ps1 outlast check_nrpe's 10 s
    for t in every(backup[0] + sec(20), backup[1], 60, 20):
        if r.random() < 0.85:
            N(
                "SQL01",
                t + sec(10.5),
                NS_CONN,
                139,
                "Socket was unexpectedly closed trying to send data (possibly check your timeout settings)",
                "Socket was unexpectedly closed trying to send data (possibly check your timeout settings)",
            )
        elif r.random() < 0.6:
            N(
                "SQL01",
                t + sec(10.2),
                NS_CONN,
                178,
                "Failed to send data: An existing connection was forcibly closed by the remote host",
                "Failed to send data: An existing connection was forcibly closed by the remote host",
            )

    # FS01: a service passing arguments, which FS01 does not allow, and a misspelt alias
    for t in every(T0 + sec(r.uniform(0, 300)), T_END, 300, 3):
        if up("FS01", t):
            N(
                "FS01",
                t,
                NS_HANDLER,
                18,
                "Request contained arguments (not currently allowed, check the allow arguments option).",
                "Request contained arguments (not currently allowed, check the allow arguments option).",
            )
    for t in every(T0 + sec(r.uniform(0, 300)), T_END, 300, 3):
        if up("FS01", t):
            N(
                "FS01",
                t,
                NS_CORE,
                1093,
                "Unknown command(s): %s available commands: %s",
                f"Unknown command(s): alias_disks available commands: {NS_COMMANDS}",
            )

    # RDS hosts: a threshold with '>' in its arguments
    for h in ("RDS01", "RDS02"):
        for t in every(T0 + sec(r.uniform(0, 300)), T_END, 300, 3):
            if up(h, t):
                N(
                    h,
                    t,
                    NS_HANDLER,
                    28,
                    "Request arguments contained illegal metachars!",
                    "Request arguments contained illegal metachars!",
                )

    # SQL01: a plain check_tcp on 5666
    for t in every(T0 + sec(r.uniform(0, 300)), T_END, 300, 1):
        N(
            "SQL01",
            t,
            NS_CONN,
            230,
            "Failed to establish secure connection: End of file: %s",
            "Failed to establish secure connection: End of file: 2",
        )

    # the vulnerability scanner
    for h in hosts:
        for t in times(r, scan[0] + sec(r.uniform(0, 60)), scan[1], 45.0, 3.0):
            k = r.random()
            if k < 0.45:
                t = N(
                    h,
                    t,
                    NS_CONN,
                    227,
                    "Seems we other end is not using ssl: unknown protocol",
                    "Seems we other end is not using ssl: unknown protocol",
                )
                N(
                    h,
                    t,
                    NS_CONN,
                    228,
                    "Please review the ssl option as well as ssl options in settings.",
                    "Please review the ssl option as well as ssl options in settings.",
                )
            elif k < 0.75:
                N(
                    h,
                    t,
                    NS_CONN,
                    230,
                    "Failed to establish secure connection: http request: %s",
                    "Failed to establish secure connection: http request: 156",
                )
            elif h in ("SQL01", "FS01"):
                N(
                    h,
                    t,
                    NS_NT_PROTO,
                    83,
                    "Rejected connection from: %s",
                    f"Rejected connection from: {scanner}",
                )
            else:
                N(
                    h,
                    t,
                    NS_CONN,
                    230,
                    "Failed to establish secure connection: End of file: %s",
                    "Failed to establish secure connection: End of file: 2",
                )

    # Windows Update reboots: queries arriving while the modules unload; RDS02's CA check
    for h, (a, b) in down.items():
        for _ in range(r.randint(1, 3)):
            t = a - sec(r.uniform(0.5, 3))
            t = N(
                h,
                t,
                NS_CORE,
                837,
                "Failed to process command: Library is not loaded",
                "Failed to process command: Library is not loaded",
            )
            N(h, t, NS_WRAPPER, 189, "Failed to execute query", "Failed to execute query")
        if h == "RDS02":
            N(
                h,
                b,
                NS_NRPE_MOD,
                121,
                "CA not found: %s",
                "CA not found: C:\\Program Files\\NSClient++/security/ca.pem",
            )

    logs = fs.logs(T0)
    return logs


# ------------------------------------------------------------------------------- pixie-pem

PX_VERSION = "v0.14.10+Distribution.8d5a2f1.20240516093012.1.RELEASE.jenkins"
PX_SOURCES = "process_stats, network_stats, jvm_stats, socket_tracer, tcp_stats, perf_profiler, proc_exit_tracer, stirling_error"
PX_BUFFERS = [
    ("socket_data_events", 18874368, 8192, 33554432),
    ("socket_control_events", 943718, 256, 1048576),
    ("conn_stats_events", 943718, 256, 1048576),
    ("mmap_events", 94371, 32, 131072),
    ("go_grpc_events", 18874368, 8192, 33554432),
    ("grpc_c_events", 18874368, 8192, 33554432),
    ("grpc_c_header_events", 18874368, 8192, 33554432),
    ("proc_exit_events", 94371, 32, 131072),
    ("tcp_events", 943718, 256, 1048576),
]
PX_OS_RELEASE = [
    'NAME="Container-Optimized OS"',
    "ID=cos",
    'PRETTY_NAME="Container-Optimized OS from Google"',
    'HOME_URL="https://cloud.google.com/container-optimized-os/docs"',
    'BUG_REPORT_URL="https://cloud.google.com/container-optimized-os/docs/resources/support-policy#contact_us"',
    "GOOGLE_METRICS_PRODUCT_ID=26",
    "KERNEL_COMMIT_ID=1e49a7c1d4b1e6d0f7b2c9a1f3c2e8d4b5a6f7e8",
    "GOOGLE_CRASH_ID=Lakitu",
    "VERSION=109",
    "VERSION_ID=109",
    "BUILD_ID=17800.147.60",
    "",
]
PX_BINS = [
    "/usr/local/bin/node",
    "/usr/bin/python3.11",
    "/app/server",
    "/usr/local/bin/envoy",
    "/usr/bin/java",
    "/usr/sbin/nginx",
    "/usr/local/bin/gitlab-runner-helper",
    "/usr/bin/bash",
    "/bin/sh",
    "/usr/bin/git",
    "/usr/local/go/bin/go",
    "/usr/local/bin/docker-entrypoint.sh",
]


def pixie_pem(r: random.Random) -> list[Log]:
    """Pixie's PEM on three GKE nodes, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    nodes = {
        "vizier-pem-4xq7z": {"cpus": 8, "pid": 2689937, "busy": 38.0},
        "vizier-pem-9kd2m": {"cpus": 8, "pid": 2211403, "busy": 55.0},
        "vizier-pem-tw8rn": {"cpus": 4, "pid": 1840226, "busy": 120.0},
    }
    nats_down = (at(8, 12, 3.1), at(8, 13, 36.4))
    crash_at = at(8, 14, 11.2)
    crash_node = "vizier-pem-9kd2m"
    restart_at = crash_at + sec(14.6)
    oom_at = at(10, 41, 7.9)  # tw8rn's PEM over its memory limit: killed, no last line
    restarts = {
        crash_node: (crash_at, restart_at),
        "vizier-pem-tw8rn": (oom_at, oom_at + sec(23.4)),
    }

    def G(
        f: str, t: datetime, sev: str, tid: int, src: str, label: str, lines: list[str] | str
    ) -> datetime:
        if isinstance(lines, str):
            lines = [lines]

        def text(x: datetime) -> list[str]:
            head = f"{sev}{x:%Y%m%d %H:%M:%S}.{x.microsecond:06d} {tid} {src}] {lines[0]}"
            return [head, *lines[1:]]

        return fs.add(f"{f}.log", t, label, text, (f, tid), US)

    def raw(f: str, t: datetime, label: str, msg: str) -> datetime:
        return fs.add(f"{f}.log", t, label, lambda x: [msg], (f, "raw"), US)

    def start(f: str, node: str, t: datetime, pid: int, cpus: int) -> datetime:
        t = G(
            f,
            t,
            "I",
            pid,
            "env.cc:47",
            "Started: %s",
            "Started: /app/src/vizier/services/agent/pem/pem",
        )
        t = raw(
            f,
            t + sec(0.00005),
            "Started external stacktrace collection signal processor thread",
            "Started external stacktrace collection signal processor thread",
        )
        t = G(
            f,
            t + sec(0.0002),
            "I",
            pid,
            "pem_main.cc:57",
            "Pixie PEM. Version: %s, id: %s",
            f"Pixie PEM. Version: {PX_VERSION}, id: {uuid4(r)}",
        )
        t = G(
            f,
            t + sec(0.0002),
            "I",
            pid,
            "stirling.cc:927",
            "Creating Stirling, registered sources: [%s]",
            f"Creating Stirling, registered sources: [{PX_SOURCES}]",
        )
        t = G(
            f,
            t + sec(0.00004),
            "I",
            pid,
            "system_info.cc:41",
            "Location of proc: %s",
            "Location of proc: /host/proc",
        )
        t = G(
            f,
            t + sec(0.00003),
            "I",
            pid,
            "system_info.cc:42",
            "Location of sysfs: %s",
            "Location of sysfs: /sys/fs",
        )
        t = G(
            f,
            t + sec(0.00001),
            "I",
            pid,
            "system_info.cc:43",
            "Number of CPUs: %d",
            f"Number of CPUs: {cpus}",
        )
        t = G(
            f,
            t + sec(0.0001),
            "I",
            pid,
            "system_info.cc:34",
            "%s:",
            [
                "/host/proc/version:",
                "Linux version 6.1.75+ (builder@b1d5c6f2a8e4) (Chromium OS 17.0_pre498229-r33 clang version 17.0.0, LLD 17.0.0) #1 SMP PREEMPT_DYNAMIC Sat Mar 30 14:38:48 UTC 2024",
            ],
        )
        t = G(
            f,
            t + sec(0.0001),
            "I",
            pid,
            "system_info.cc:34",
            "%s:",
            ["/host/etc/os-release:", *PX_OS_RELEASE],
        )
        t += sec(r.uniform(2.5, 6.0))
        t = G(
            f,
            t,
            "I",
            pid,
            "socket_trace_connector.cc:468",
            "Number of kprobes deployed = %d",
            f"Number of kprobes deployed = {r.choice([72, 72, 74])}",
        )
        t = G(
            f,
            t + sec(0.0002),
            "I",
            pid,
            "socket_trace_connector.cc:469",
            "Probes successfully deployed.",
            "Probes successfully deployed.",
        )
        t = G(
            f,
            t + sec(0.00005),
            "I",
            pid,
            "socket_trace_connector.cc:329",
            "Total perf buffer usage for %s buffers across all cpus: %d",
            f"Total perf buffer usage for kData buffers across all cpus: {188743680 // 8 * cpus // 2}",
        )
        t = G(
            f,
            t + sec(0.00003),
            "I",
            pid,
            "socket_trace_connector.cc:329",
            "Total perf buffer usage for %s buffers across all cpus: %d",
            f"Total perf buffer usage for kControl buffers across all cpus: {3963614 // 8 * cpus // 2}",
        )
        for name, req, pages, size in PX_BUFFERS:
            t = G(
                f,
                t + sec(r.uniform(0.0003, 0.006)),
                "I",
                pid,
                "bcc_wrapper.cc:345",
                "Opening perf buffer: %s [requested_size=%d num_pages=%d size=%d] (per cpu)",
                f"Opening perf buffer: {name} [requested_size={req} num_pages={pages} size={size}] (per cpu)",
            )
            if name == "tcp_events":
                t = G(
                    f,
                    t + sec(0.0001),
                    "I",
                    pid,
                    "tcp_stats_connector.cc:63",
                    "Number of kprobes deployed = %d",
                    "Number of kprobes deployed = 4",
                )
                t = G(
                    f,
                    t + sec(0.00002),
                    "I",
                    pid,
                    "tcp_stats_connector.cc:64",
                    "Probes successfully deployed.",
                    "Probes successfully deployed.",
                )
        return t

    for f, n in nodes.items():
        pid = n["pid"]
        tids = [pid + r.randint(8, 60)]
        busy = n["busy"]
        spans = [(T0, T_END)]
        if f in restarts:
            spans = [(T0, restarts[f][0]), (restarts[f][1], T_END)]
        for si, (a, b) in enumerate(spans):
            ff = f if si == len(spans) - 1 else f"{f}-previous"
            if si == 1:
                pid = n["pid"] + r.randint(90000, 190000)
                t = start(ff, f, a + sec(r.uniform(0.001, 0.999)), pid, n["cpus"])
                tids = [pid + r.randint(8, 60)]
                # the new PEM deploys uprobes to every running process at once
                for _ in range(r.randint(9, 14)):
                    t += sec(r.uniform(0.05, 0.4))
                    tid = tids[-1] + r.randint(1, 40)
                    tids.append(tid)
                    G(
                        ff,
                        t,
                        "I",
                        tid,
                        "uprobe_manager.cc:908",
                        "Number of uprobes deployed = %d",
                        f"Number of uprobes deployed = {r.choice([9, 9, 37, 45, 59, 63])}",
                    )
                a = t + sec(5)
            # new processes: uprobes for Go and OpenSSL binaries, or gone before analysis
            for t in times(r, a, b, busy, 0.2):
                tid = tids[-1] + r.randint(1, 400)
                tids.append(tid)
                if r.random() < 0.62:
                    G(
                        ff,
                        t,
                        "I",
                        tid,
                        "uprobe_manager.cc:908",
                        "Number of uprobes deployed = %d",
                        f"Number of uprobes deployed = {r.choice([9, 9, 9, 37, 45, 45, 59, 63])}",
                    )
                else:
                    p = r.randint(100000, 3999999)
                    b_ = r.choice(PX_BINS)
                    path = f"/proc/{p}/root{b_}"
                    G(
                        ff,
                        t,
                        "W",
                        tid,
                        "uprobe_manager.cc:760",
                        "Cannot analyze binary %s for uprobe deployment. If file is under /var/lib, container may have terminated. Message = Can't find or process ELF file %s",
                        f"Cannot analyze binary {path} for uprobe deployment. If file is under /var/lib, container may have terminated. Message = Can't find or process ELF file {path}",
                    )
            # heartbeats every 5 s: the moving average every 60 ACKs
            t = a + sec(r.uniform(60, 300))
            while t < b:
                if not (nats_down[0] <= t < nats_down[1] + sec(20)):
                    G(
                        ff,
                        t,
                        "I",
                        pid,
                        "heartbeat.cc:112",
                        "Heartbeat ACK latency moving average: %d ms",
                        f"Heartbeat ACK latency moving average: {r.randint(1, 4) if r.random() < 0.9 else r.randint(5, 12)} ms",
                    )
                t += sec(300 + r.uniform(0, 1.5))
            # NATS restarting: the watchdog every 5 s
            if a <= nats_down[0] < b:
                seq = int((nats_down[0] - T0).total_seconds() // 5) + r.randint(40000, 90000)
                t = nats_down[0] + sec(5 + r.uniform(0, 5))
                while t < min(nats_down[1], b):
                    G(
                        ff,
                        t,
                        "E",
                        pid,
                        "heartbeat.cc:101",
                        "Still waiting for heartbeat ACK for seq_num=%d",
                        f"Still waiting for heartbeat ACK for seq_num={seq}",
                    )
                    t += sec(5 + r.uniform(0, 0.002))
        if f == crash_node:
            G(
                f"{f}-previous",
                crash_at,
                "F",
                n["pid"],
                "registration.cc:48",
                "Timeout waiting for registration ack",
                [
                    "Timeout waiting for registration ack",
                    "*** Check failure stack trace: ***",
                    "    @     0x55f3b1c2e7cd  google::LogMessage::Fail()",
                    "    @     0x55f3b1c2e716  google::LogMessage::SendToLog()",
                    "    @     0x55f3b1c2dfd4  google::LogMessage::Flush()",
                    "    @     0x55f3b1c31ab9  google::LogMessageFatal::~LogMessageFatal()",
                    "    @     0x55f3ad84f0e2  px::vizier::agent::RegistrationHandler::RegisterAgent()::{lambda()#1}::operator()()",
                    "    @     0x55f3adb9a8f4  px::event::TimerImpl::Run()",
                    "    @     0x55f3b1a7d3c2  event_process_active_single_queue",
                    "    @     0x55f3b1a7c58e  event_base_loop",
                    "    @     0x55f3adb9c1d7  px::event::DispatcherImpl::Run()",
                    "    @     0x55f3ad84a7a9  px::vizier::agent::Manager::Run()",
                    "    @     0x55f3ad7fe2c5  main",
                    "    @     0x7f0c7a42bd90  (unknown)",
                ],
            )
    return fs.logs(T0)


SYSTEMS: dict[str, Callable[[random.Random], list[Log]]] = {
    "elastic-agent": elastic_agent,
    "heartbeat": heartbeat,
    "zabbix-agent2": zabbix_agent2,
    "nsclient": nsclient,
    "pixie-pem": pixie_pem,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
