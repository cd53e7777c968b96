#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 100 (sensu, checkmk, librenms, carbon-cache, collectd)
into bench/heldout/, the same way and under the same label rules as generate.py
(bench/README.md, "heldout.py"): each program's log is simulated from its format strings over
a seeded run, and every line that starts an event is labelled with the format string that
wrote it as it is written. Distinct calls of one process never share an instant of a
millisecond clock (round 53's Clock); logs that print whole seconds show the seconds of that
clock, so a burst shares a second as a real one does. Five monitoring systems, 06:00 to 12:00
on 2024-06-04:

- Sensu Go 6.11 (`sensu-backend.log`, `web01-sensu-agent.log`, `db01-sensu-agent.log`: the
  services' journal, `Jun 04 06:00:01 sensu-01 sensu-backend[812]: {...}`, logrus JSON with
  sorted keys; the embedded etcd's zap JSON lines among them): start-up (etcd, the daemons
  and their addresses), agent sessions, the load balancer's TCP check on 8081 (`transport
  error on websocket upgrade` every minute), pipe handlers (`event pipe handler executed`, a
  missing `pagerduty` handler, the InfluxDB handler timing out 09:40-09:55), db02's agent gone
  07:30-08:10 (`keepalive timed out ...`), a slow disk 09:00-09:20 (etcd's `apply request took
  too long`, `slow fdatasync`), a backend restart at 10:30 seen by the agents (`transport
  receive error`, `reconnection attempt failed`), the agents' check scheduling.
- Checkmk 2.3 Enterprise (`cmc.log`: `2024-06-04 06:00:01 [5] [core 4711] ...`; `web.log`
  and `notify.log`: `2024-06-04 06:00:01,123 [20] [cmk.web 5123] ...`, `[cmk.base.notify]`):
  the core's start and three activations, an SNMP switch whose checks time out 08:00-10:00,
  the core restarted at 10:45 (the GUI's livestatus errors meanwhile), notifications by rule
  with the mail plugin (the relay down 09:10-09:30: `Output: Error: ...`, exit code 2), failed
  logins, a GUI crash with its traceback, background jobs.
- LibreNMS 24.5 (`poller.log`, `discovery.log`: wrapper.py's `%(asctime)s :: %(levelname)s
  :: %(message)s`; `librenms.log`: Laravel's `[2024-06-04 06:00:01] production.ERROR: ...`
  with exceptions and stack traces): the five-minute poller runs of 24 devices with 16
  workers, an unreachable device, a device whose poller dies of memory 08:00-09:00 (`Thread
  %s exited with code %s` and the PHP output), slow runs 10:00-10:20 (`the process took more
  than ...`, `device %s is taking too long`), MariaDB down 11:00-11:11 (the wrapper's
  `Could not connect to MySQL database!`, Laravel's QueryExceptions), the 06:33 discovery run,
  a module error per poll (`Error polling %s module for %s. ...`).
- Graphite carbon-cache 1.1.10 (`console.log`, `creates.log`, `listener.log`: `04/06/2024
  06:00:01 :: ...`): twistd's start-up and shutdown lines, `Sorted %d cache queues in %.6f
  seconds`, new metrics (`new metric %s matched schema %s`, `... matched aggregation schema
  %s`, `creating database metric %s (archive=%s xff=%s agg=%s)`), the whisper disk full
  08:40-09:25 (`Unhandled Error` with its traceback, `Error writing to %s: ...`, `Error
  creating %s: ...`, `MetricCache is full: self.size=%d`), a corrupt whisper file, a restart
  at 09:30, listener connections of collectd, statsd and cron scripts, invalid lines.
- collectd 5.12 (`mon01-collectd.log`: the logfile plugin with `PrintSeverity true`,
  `[2024-06-04 06:00:01] [info] ...`; `web01-collectd.log` and `db01-collectd.log` without
  the severity): start-up (`plugin_load: plugin "%s" successfully loaded.`), write_graphite
  losing carbon 09:28-09:33 and reconnecting, the filter chain's `write` target failing and
  recovering, `read-function of plugin `%s' failed. Will suspend it for %.3f seconds.` with
  its back-off (web01's nginx stopped 07:00-07:40, db01's MySQL restarted), `uc_update: Value
  too old` on mon01 while a cloned VM reports as db01 10:00-11:10, an exec script's bad
  output, a restart of web01's collectd.

Label notes. The journal head (date, host, ident and pid) is context; a Sensu logrus line's
label is its `msg`, its fields and time being context (round 21's etcd, round 22's MongoDB);
etcd's zap lines likewise. Checkmk's and LibreNMS's date, level number or name, logger name
and pid are context, and so are Laravel's `production.ERROR:` and carbon's and collectd's
dates and collectd's `[info]`. A message built with `.format()` or `%` is labelled with `%s`
placeholders. A value that is an exception's or a library's message contributes its own
text (`Error writing to %s: [Errno %d] No space left on device`, curl's `Failed to connect to
%s port %d after %d ms: Connection refused`); Laravel's `{"exception":...}` context and its
`[stacktrace]` lines belong to the line's event, and so do a Python traceback's lines under
`Unhandled Error` or `Unhandled exception (Crash ID: %s)`. LibreNMS's wrapper logs the PHP
output of a failed poller as a record of its own, labelled by its own text. Checkmk's
notification plugin output (`Output: %s`) is a message of the plugin's: each text is its own
label. A rule's description and a rule's `does not match` reason are values and messages:
the description is a `%s`, the reason contributes its format.

Least sure (written from the helper's knowledge; LibreNMS's wrapper.py and its logger format,
carbon's creates lines and collectd's `read-function ... Will suspend it for %.3f seconds.`
and write_graphite connect lines were checked against copies of their sources or real
logs): all of cmc.log (closed source: every message is a plausible shape, not a known one);
Checkmk's web.log wordings (`Login failed for username ...`, the background-job lines,
`Unhandled exception (Crash ID: %s)`, the livestatus error text) and notify.log's `Global
rule '%s'...` / ` -> does not match: %s` reasons; Sensu's `starting daemon`, `starting %s on
address: %s`, `starting session` / `stopping session`, `keepalive timed out, creating
keepalive event for entity`, `error handling event`, `signal received: %s`, the agent's
`successfully connected`, `transport receive error` and `reconnection attempt failed`
wordings; LibreNMS's `ERROR: Could not connect to MySQL database! %s` and `Error polling %s
module for %s.`; carbon's `Carbon shutting down.  Changed the update rate to: %s` and the
exact twistd start-up lines of its version; collectd's `write_graphite plugin: Successfully
connected to ...`, `send to ... failed with status ...` and the filter chain's wording.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate
from generate_round52 import Records
from generate_round53 import Clock
from generate_round55 import at, poisson

Text = Callable[[datetime], list[str]]


class Files:
    """The files of one system (each a Records) and one millisecond Clock: `add(file, t,
    label, text, proc)` writes `text(t)` at the process's next free instant and returns
    it."""

    def __init__(self) -> None:
        self.clock = Clock(1000)
        self.files: dict[str, Records] = {}

    def add(self, f: str, t: datetime, label: str | None, text: Text, proc: object) -> datetime:
        t = self.clock.at(proc, t)
        self.files.setdefault(f, Records()).add(t, text(t), label)  # type: ignore[arg-type]
        return t

    def logs(self, t0: datetime) -> list[Log]:
        return [self.files[k].into(Log(k, t0)) for k in sorted(self.files)]


def sec(x: float) -> timedelta:
    return timedelta(seconds=x)


def ms(t: datetime) -> str:
    return f"{t.microsecond // 1000:03d}"


def journal_ts(t: datetime) -> str:
    return f"{t:%b %d %H:%M:%S}"


def every(r: random.Random, t0: datetime, t1: datetime, step: float, jitter: float = 0.5):
    """Instants from t0 to t1 `step` seconds apart, each a little late."""
    out, t = [], t0
    while t < t1:
        out.append(t + sec(r.uniform(0, jitter)))
        t += sec(step)
    return out


# ---------------------------------------------------------------------------------- sensu

SN_AGENTS = {
    "web01": "10.0.1.21",
    "web02": "10.0.1.22",
    "web03": "10.0.1.23",
    "db01": "10.0.1.31",
    "db02": "10.0.1.32",
    "cache01": "10.0.1.41",
    "lb01": "10.0.1.5",
    "mon01": "10.0.1.50",
}
SN_SUBS = {
    "web": ["linux", "nginx", "entity:{h}"],
    "db": ["linux", "mysql", "entity:{h}"],
    "cache": ["linux", "redis", "entity:{h}"],
    "lb": ["linux", "haproxy", "entity:{h}"],
    "mon": ["linux", "entity:{h}"],
}
SN_DAEMONS = [
    "store",
    "queue",
    "ringv2",
    "tessend",
    "eventd",
    "keepalived",
    "pipelined",
    "schedulerd",
    "agentd",
    "apid",
    "dashboardd",
]


def gojson(d: dict[str, object]) -> str:
    """A logrus JSONFormatter line: keys sorted, no blanks, `<`, `>`, `&` escaped."""
    s = json.dumps(dict(sorted(d.items())), separators=(",", ":"))
    return s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def sensu(r: random.Random) -> list[Log]:
    """A backend (sensu-01) with eight agents, two of whose journals are kept: the backend
    starts at 06:00 and is restarted at 10:30, db02's agent is gone 07:30-08:10, the disk
    is slow 09:00-09:20, the InfluxDB handler times out 09:40-09:55, the load balancer's TCP
    check hits 8081 every minute."""
    fs = Files()

    def bpid(x: datetime) -> int:
        return 812 if x < at(10, 30, 10) else 27741

    def B(t: datetime, label: str, d: dict[str, object]) -> datetime:
        def text(x: datetime) -> list[str]:
            d["time"] = f"{x:%Y-%m-%dT%H:%M:%S}Z"
            return [f"{journal_ts(x)} sensu-01 sensu-backend[{bpid(x)}]: {gojson(d)}"]

        return fs.add("sensu-backend.log", t, label, text, "backend")

    def Z(
        t: datetime, level: str, caller: str, msg: str, fields: list[tuple[str, object]]
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            d: dict[str, object] = {
                "level": level,
                "ts": f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond:06d}Z",
                "caller": caller,
                "msg": msg,
            }
            d.update(fields)
            return [
                f"{journal_ts(x)} sensu-01 sensu-backend[{bpid(x)}]: {json.dumps(d, separators=(',', ':'))}"
            ]

        return fs.add("sensu-backend.log", t, msg, text, "backend")

    def A(h: str, pid: int, t: datetime, label: str, d: dict[str, object]) -> datetime:
        def text(x: datetime) -> list[str]:
            d["time"] = f"{x:%Y-%m-%dT%H:%M:%S}Z"
            return [f"{journal_ts(x)} {h} sensu-agent[{pid}]: {gojson(d)}"]

        return fs.add(f"{h}-sensu-agent.log", t, label, text, h)

    def lg(component: str, level: str, msg: str, **kw: object) -> dict[str, object]:
        d: dict[str, object] = {"component": component, "level": level, "msg": msg}
        d.update(kw)
        return d

    def subs(h: str) -> list[str]:
        kind = {"w": "web", "d": "db", "c": "cache", "l": "lb", "m": "mon"}[h[0]]
        return [s.replace("{h}", h) for s in SN_SUBS[kind]]

    def session(t: datetime, h: str) -> datetime:
        return B(
            t,
            "starting session",
            lg(
                "agentd",
                "info",
                "starting session",
                agent=h,
                namespace="default",
                address=f"{SN_AGENTS[h]}:{r.randint(32768, 60999)}",
                subscriptions=subs(h),
            ),
        )

    def backend_start(t: datetime) -> datetime:
        t = Z(
            t,
            "info",
            "embed/etcd.go:309",
            "starting an etcd server",
            [
                ("etcd-version", "3.5.13"),
                ("git-sha", "Not provided (use ./build instead of go build)"),
                ("go-version", "go1.21.9"),
                ("name", "sensu-01"),
                ("data-dir", "/var/lib/sensu/sensu-backend/etcd"),
                ("advertise-client-urls", ["http://localhost:2379"]),
            ],
        )
        t = Z(
            t + sec(r.uniform(0.3, 0.9)),
            "info",
            "etcdserver/server.go:2068",
            "published local member to cluster through raft",
            [
                ("local-member-id", "8e9e05c52164694d"),
                ("local-member-attributes", "{Name:sensu-01 ClientURLs:[http://localhost:2379]}"),
                ("request-path", "/0/members/8e9e05c52164694d/attributes"),
                ("cluster-id", "cdf818194e3a8c32"),
                ("publish-timeout", "7s"),
            ],
        )
        t = Z(t + sec(0.002), "info", "embed/serve.go:103", "ready to serve client requests", [])
        t = Z(
            t + sec(0.001),
            "warn",
            "embed/serve.go:146",
            "serving client traffic insecurely; this is strongly discouraged!",
            [("address", "127.0.0.1:2379")],
        )
        for dmn in SN_DAEMONS:
            t = B(
                t + sec(r.uniform(0.001, 0.04)),
                "starting daemon",
                lg("backend", "info", "starting daemon", name=dmn),
            )
            if dmn == "agentd":
                t = B(
                    t + sec(0.001),
                    "starting agentd on address: %s",
                    lg("agentd", "info", "starting agentd on address: [::]:8081"),
                )
            if dmn == "apid":
                t = B(
                    t + sec(0.001),
                    "starting apid on address: %s",
                    lg("apid", "info", "starting apid on address: [::]:8080"),
                )
            if dmn == "dashboardd":
                t = B(
                    t + sec(0.001),
                    "starting dashboardd on address: %s",
                    lg("dashboardd", "info", "starting dashboardd on address: [::]:3000"),
                )
        return t

    def backend_stop(t: datetime) -> datetime:
        t = B(t, "signal received: %s", lg("cmd", "warning", "signal received: terminated"))
        for dmn in reversed(SN_DAEMONS):
            t = B(
                t + sec(r.uniform(0.001, 0.2)),
                "shutting down daemon",
                lg("backend", "info", "shutting down daemon", name=dmn),
            )
        return Z(
            t + sec(0.05),
            "info",
            "embed/etcd.go:375",
            "closing etcd server",
            [
                ("name", "sensu-01"),
                ("data-dir", "/var/lib/sensu/sensu-backend/etcd"),
                ("advertise-peer-urls", ["http://localhost:2380"]),
            ],
        )

    t0, t_end = at(6, 0), at(12, 0)
    restart = at(10, 30, 4)
    back = at(10, 30, 21)
    t = backend_start(t0 + sec(1.3))
    for h in SN_AGENTS:
        session(t + sec(r.uniform(2, 9)), h)
    # the restart
    t = backend_stop(restart)
    t = backend_start(back)
    for h in SN_AGENTS:
        if h in ("web01", "db01"):
            continue
        session(back + sec(r.uniform(3, 12)), h)

    # the load balancer's TCP check
    for t in every(r, t0 + sec(20), t_end, 60, 1.5):
        if restart <= t < back + sec(3):
            continue
        B(
            t,
            "transport error on websocket upgrade",
            lg(
                "agentd",
                "error",
                "transport error on websocket upgrade",
                error="websocket: the client is not using the websocket protocol: 'upgrade' token not found in 'Connection' header",
            ),
        )
    # db02 gone
    B(
        at(7, 30, 12),
        "stopping session",
        lg(
            "agentd",
            "info",
            "stopping session",
            agent="db02",
            namespace="default",
            error="websocket: close 1006 (abnormal closure): unexpected EOF",
        ),
    )
    for t in every(r, at(7, 32, 12), at(8, 10), 120, 0.3):
        B(
            t,
            "keepalive timed out, creating keepalive event for entity",
            lg(
                "keepalived",
                "warning",
                "keepalive timed out, creating keepalive event for entity",
                entity="db02",
                namespace="default",
            ),
        )
    session(at(8, 10, 41), "db02")
    # handlers: metrics every five minutes, alerts on status changes
    for t in every(r, t0 + sec(70), t_end, 300, 20):
        for h in SN_AGENTS:
            tt = t + sec(r.uniform(0, 8))
            if h == "db02" and at(7, 30) <= tt < at(8, 11):
                continue
            if restart <= tt < back + sec(5):
                continue
            if at(9, 40) <= tt < at(9, 55):
                B(
                    tt + sec(10),
                    "failed to execute event pipe handler",
                    lg(
                        "pipelined",
                        "error",
                        "failed to execute event pipe handler",
                        handler="influxdb",
                        namespace="default",
                        error="timeout: command execution timed out after 10s",
                        check=f"metrics-{'nginx' if h.startswith('web') else 'linux'}",
                        entity=h,
                    ),
                )
                continue
            B(
                tt,
                "event pipe handler executed",
                lg(
                    "pipelined",
                    "info",
                    "event pipe handler executed",
                    handler="influxdb",
                    namespace="default",
                    assets=["sensu-influxdb-handler"],
                    output="",
                    status=0,
                    check=f"metrics-{'nginx' if h.startswith('web') else 'linux'}",
                    entity=h,
                ),
            )
    alerts: list[tuple[datetime, str, str]] = []
    for t in poisson(r, t0 + sec(300), t_end, 420):
        alerts.append(
            (t, r.choice(list(SN_AGENTS)), r.choice(["check-cpu", "check-disk", "check-mem"]))
        )
    for t in every(r, at(7, 32, 15), at(8, 10), 120, 0.3):
        alerts.append((t, "db02", "keepalive"))
    for t, h, chk in alerts:
        if restart <= t < back + sec(5):
            continue
        t = B(
            t,
            "handler does not exist, will be ignored",
            lg(
                "pipelined",
                "warning",
                "handler does not exist, will be ignored",
                handler="pagerduty",
                namespace="default",
            ),
        )
        B(
            t + sec(r.uniform(0.4, 1.5)),
            "event pipe handler executed",
            lg(
                "pipelined",
                "info",
                "event pipe handler executed",
                handler="slack",
                namespace="default",
                assets=["sensu-slack-handler"],
                output="",
                status=0,
                check=chk,
                entity=h,
            ),
        )
    # the slow disk
    for t in poisson(r, at(9, 0), at(9, 20), 9):
        took = r.uniform(0.1, 2.4)
        Z(
            t,
            "warn",
            "etcdserver/util.go:170",
            "apply request took too long",
            [
                ("took", f"{took * 1000:.6f}ms" if took < 1 else f"{took:.9f}s"),
                ("expected-duration", "100ms"),
                ("prefix", "read-only range "),
                (
                    "request",
                    f'key:"/sensu.io/events/default/{r.choice(list(SN_AGENTS))}/" range_end:"/sensu.io/events/default/{r.choice(list(SN_AGENTS))}0" ',
                ),
                (
                    "response",
                    f"range_response_count:{r.randint(1, 9)} size:{r.randint(2000, 30000)}",
                ),
            ],
        )
        if r.random() < 0.25:
            Z(
                t + sec(0.01),
                "warn",
                "wal/wal.go:805",
                "slow fdatasync",
                [("took", f"{r.uniform(1.0, 3.9):.9f}s"), ("expected-duration", "1s")],
            )
        if r.random() < 0.2:
            B(
                t + sec(r.uniform(1, 3)),
                "error handling event",
                lg(
                    "eventd",
                    "error",
                    "error handling event",
                    error="context deadline exceeded",
                ),
            )
    # the agents
    for h, pid, checks in [
        (
            "web01",
            1024,
            [("check-cpu", 60), ("check-nginx", 120), ("check-mem", 120), ("check-disk", 300)],
        ),
        ("db01", 988, [("check-cpu", 60), ("check-mysql", 120), ("check-disk", 300)]),
    ]:
        url = "wss://sensu.example.com:8081"

        def connect(t: datetime, h: str = h, pid: int = pid, url: str = url) -> datetime:
            t = A(
                h,
                pid,
                t,
                'connecting to backend URL "%s"',
                lg("agent", "info", f'connecting to backend URL "{url}"'),
            )
            return A(
                h,
                pid,
                t + sec(r.uniform(0.05, 0.3)),
                "successfully connected",
                lg("agent", "info", "successfully connected"),
            )

        t = t0 + sec(r.uniform(1, 3))
        t = A(
            h,
            pid,
            t,
            "starting api on address: %s",
            lg("agent", "info", "starting api on address: 127.0.0.1:3031"),
        )
        t = A(
            h,
            pid,
            t + sec(0.002),
            "starting statsd server on address: %s",
            lg("agent", "info", "starting statsd server on address: 127.0.0.1:8125"),
        )
        connect(t + sec(0.01))
        # the backend's restart
        t = A(
            h,
            pid,
            restart + sec(r.uniform(0.3, 0.9)),
            "transport receive error",
            lg(
                "agent",
                "error",
                "transport receive error",
                error="websocket: close 1006 (abnormal closure): unexpected EOF",
            ),
        )
        tt = restart + sec(1.5)
        while tt < back + sec(1):
            A(
                h,
                pid,
                tt,
                'connecting to backend URL "%s"',
                lg("agent", "info", f'connecting to backend URL "{url}"'),
            )
            A(
                h,
                pid,
                tt + sec(0.003),
                "reconnection attempt failed",
                lg(
                    "agent",
                    "error",
                    "reconnection attempt failed",
                    error="dial tcp 10.0.1.10:8081: connect: connection refused",
                ),
            )
            tt += sec(r.uniform(1.0, 2.5))
        connect(tt + sec(r.uniform(1, 2)))
        for chk, step in checks:
            for t in every(r, t0 + sec(r.uniform(5, step)), t_end, step, 0.2):
                if restart <= t < tt + sec(3):
                    continue
                A(
                    h,
                    pid,
                    t,
                    "scheduling check execution",
                    lg("agent", "info", "scheduling check execution", check=chk),
                )
    return fs.logs(t0)


# -------------------------------------------------------------------------------- checkmk

CK_HOSTS = ["web01", "web02", "web03", "db01", "db02", "sw-core-01", "sw-core-02", "fw01", "nas01"]
CK_SERVICES = [
    "CPU load",
    "Memory",
    "Filesystem /",
    "Filesystem /var",
    "Interface 1",
    "Check_MK",
    "NTP Time",
    "Uptime",
]
CK_RULES = [
    "Notify all contacts of a host/service via HTML email",
    "Network team: switches and firewalls via HTML email",
    "No notifications for the test hosts",
]
CK_SITE = "/omd/sites/prod"


def checkmk(r: random.Random) -> list[Log]:
    """One site (prod) on cmk01: the core (cmc) starts at 06:00, changes are activated three
    times, sw-core-02's SNMP checks time out 08:00-10:00, the core is restarted at 10:45;
    notifications for the problems of the morning, the mail relay down 09:10-09:30; GUI users
    failing to log in, a crash, service discovery jobs."""
    fs = Files()

    def cpid(x: datetime) -> int:
        return 4711 if x < at(10, 45, 5) else 19822

    def C(t: datetime, lvl: int, label: str, msg: str) -> datetime:
        return fs.add(
            "cmc.log",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%d %H:%M:%S} [{lvl}] [core {cpid(x)}] {msg}"],
            "cmc",
        )

    def W(t: datetime, lvl: int, logger: str, pid: int, label: str, lines: list[str]) -> datetime:
        return fs.add(
            "web.log",
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%d %H:%M:%S},{ms(x)} [{lvl}] [{logger} {pid}] {lines[0]}",
                *lines[1:],
            ],
            ("web", pid),
        )

    def N(t: datetime, label: str, msg: str) -> datetime:
        return fs.add(
            "notify.log",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%d %H:%M:%S},{ms(x)} [20] [cmk.base.notify] {msg}"],
            "notify",
        )

    def core_start(t: datetime) -> datetime:
        t = C(
            t,
            5,
            "Checkmk version %s Micro Core version %s (%s)",
            "Checkmk version 2.3.0p6 Micro Core version 2.3.0p6 (Enterprise)",
        )
        t = C(
            t + sec(0.3),
            5,
            "Config: %d hosts, %d services, %d contacts",
            "Config: 9 hosts, 212 services, 4 contacts",
        )
        for kind, n in [("Checkmk", 4), ("Fetcher", 13), ("Checker", 4), ("ICMP", 1)]:
            t = C(
                t + sec(r.uniform(0.01, 0.05)),
                5,
                "Started %d helpers of type %s",
                f"Started {n} helpers of type {kind}",
            )
        return C(
            t + sec(0.01), 5, "Successfully initialized core.", "Successfully initialized core."
        )

    t0, t_end = at(6, 0), at(12, 0)
    core_start(t0 + sec(2.1))
    # activations
    for t in [at(7, 12, 40), at(9, 47, 3), at(11, 21, 55)]:
        t = C(
            t,
            5,
            "Received reload request, reloading configuration",
            "Received reload request, reloading configuration",
        )
        t = C(
            t + sec(0.4),
            5,
            "Config: %d hosts, %d services, %d contacts",
            "Config: 9 hosts, 214 services, 4 contacts",
        )
        C(
            t + sec(0.3),
            5,
            "Configuration reloaded in %.2f sec",
            f"Configuration reloaded in {r.uniform(0.4, 1.3):.2f} sec",
        )
    # the switch's SNMP timeouts
    for t in every(r, at(8, 0, 30), at(10, 0), 60, 3):
        C(
            t,
            4,
            "Fetcher for host '%s' timed out after %d seconds, killing it",
            "Fetcher for host 'sw-core-02' timed out after 60 seconds, killing it",
        )
        if r.random() < 0.3:
            C(
                t + sec(0.2),
                4,
                "Helper %d (%s) exited with code %d, restarting",
                f"Helper {r.randint(4800, 4999)} (Fetcher) exited with code 143, restarting",
            )
    # the livestatus clients going away
    for t in poisson(r, t0 + sec(60), t_end, 600):
        err = r.choice(["Broken pipe", "Broken pipe", "Connection reset by peer"])
        C(
            t,
            4,
            f"[livestatus] error writing to client socket: {err}",
            f"[livestatus] error writing to client socket: {err}",
        )
    # the restart
    restart = at(10, 45, 0)
    C(restart, 5, "Caught signal %d, shutting down", "Caught signal 15, shutting down")
    core_start(restart + sec(9))
    web_pids = [5123, 5124, 5125]
    for t in poisson(r, restart + sec(1), restart + sec(9), 1.5):
        W(
            t,
            40,
            "cmk.web",
            r.choice(web_pids),
            "MKLivestatusSocketError: Cannot connect to '%s': [Errno %d] Connection refused",
            [
                f"MKLivestatusSocketError: Cannot connect to 'unix:{CK_SITE}/tmp/run/live': [Errno 111] Connection refused"
            ],
        )
    # GUI: logins
    users = ["cmkadmin", "jdoe", "asmith", "netops", "automation"]
    for t in poisson(r, t0 + sec(120), t_end, 400):
        u = r.choice(users[1:4])
        W(
            t,
            30,
            "cmk.web.auth",
            r.choice(web_pids),
            'Login failed for username "%s" (existing: %s, locked: %s, failed logins: %d)',
            [
                f'Login failed for username "{u}" (existing: Yes, locked: No, failed logins: {r.randint(1, 3)})'
            ],
        )
    for t in poisson(r, at(8, 20), at(8, 25), 6):
        W(
            t,
            30,
            "cmk.web.auth",
            r.choice(web_pids),
            'Login failed for username "%s" (existing: %s, locked: %s, failed logins: %d)',
            [
                f'Login failed for username "{r.choice(["admin", "root", "test", "omdadmin"])}" (existing: No, locked: No, failed logins: 0)'
            ],
        )
    # service discovery jobs
    for t in poisson(r, t0 + sec(300), t_end, 1100):
        h = r.choice(CK_HOSTS)
        pid = r.choice(web_pids)
        job = f"service_discovery-{h}"
        t = W(
            t,
            20,
            "cmk.web.background-job",
            pid,
            "Initialized background job (Job ID: %s, Title: %s)",
            [f"Initialized background job (Job ID: {job}, Title: Service discovery)"],
        )
        jp = r.randint(20000, 39999)
        t = W(
            t + sec(0.01),
            20,
            "cmk.web.background-job",
            jp,
            'Started job "%s" (PID: %s)',
            [f'Started job "{job}" (PID: {jp})'],
        )
        W(
            t + sec(r.uniform(2, 40)),
            20,
            "cmk.web.background-job",
            jp,
            'Job "%s" finished (Duration: %.2f sec)',
            [f'Job "{job}" finished (Duration: {r.uniform(2, 40):.2f} sec)'],
        )
    # a GUI crash
    for t in poisson(r, at(9, 50), at(11, 10), 700):
        crash = f"{r.getrandbits(32):08x}-{r.getrandbits(16):04x}-11ef-{r.getrandbits(16):04x}-{r.getrandbits(48):012x}"
        W(
            t,
            40,
            "cmk.web",
            r.choice(web_pids),
            "Unhandled exception (Crash ID: %s)",
            [
                f"Unhandled exception (Crash ID: {crash})",
                "Traceback (most recent call last):",
                f'  File "{CK_SITE}/lib/python3/cmk/gui/wsgi/applications/checkmk.py", line 225, in _process_request',
                "    resp = page_handler()",
                "           ^^^^^^^^^^^^^^",
                f'  File "{CK_SITE}/lib/python3/cmk/gui/views/page_show_view.py", line 88, in page_show_view',
                "    _process_view(view_renderer)",
                f'  File "{CK_SITE}/lib/python3/cmk/gui/painter/v0/painters.py", line 1412, in _paint_service_perfometer',
                "    value = float(perf_data[0][1])",
                "            ^^^^^^^^^^^^^^^^^^^^^^",
                "ValueError: could not convert string to float: 'U'",
            ],
        )
    # notifications
    events: list[tuple[datetime, str, str, str]] = []
    for t in poisson(r, t0 + sec(200), t_end, 190):
        events.append((t, r.choice(CK_HOSTS[:5] + CK_HOSTS[7:]), r.choice(CK_SERVICES), "svc"))
    for t in every(r, at(8, 1, 30), at(10, 0), 600, 5):
        events.append((t, "sw-core-02", "Check_MK", "svc"))
    events.append((at(8, 0, 40), "sw-core-02", "", "host"))
    events.append((at(10, 1, 2), "sw-core-02", "", "host"))
    for t, h, svc, kind in sorted(events):
        if restart <= t < restart + sec(15):
            continue
        what = f"{h};{svc}" if kind == "svc" else h
        n = r.randint(70, 90)
        t = N(
            t,
            "Got raw notification (%s) context with %s variables",
            f"Got raw notification ({what}) context with {n} variables",
        )
        t = N(
            t + sec(0.001),
            "Analysing notification (%s) context with %s variables",
            f"Analysing notification ({what}) context with {n + 12} variables",
        )
        net = h.startswith(("sw-", "fw"))
        contacts = []
        for rule in CK_RULES:
            t = N(t + sec(0.001), "Global rule '%s'...", f"Global rule '{rule}'...")
            if rule == CK_RULES[0]:
                t = N(t + sec(0.001), " -> matches!", " -> matches!")
                t = N(
                    t + sec(0.001),
                    "   - adding notification of %s via %s",
                    "   - adding notification of cmkadmin via mail",
                )
                contacts.append("cmkadmin")
            elif rule == CK_RULES[1]:
                if net:
                    t = N(t + sec(0.001), " -> matches!", " -> matches!")
                    t = N(
                        t + sec(0.001),
                        "   - adding notification of %s via %s",
                        "   - adding notification of netops via mail",
                    )
                    contacts.append("netops")
                else:
                    t = N(
                        t + sec(0.001),
                        " -> does not match: The host's name '%s' is not on the list of allowed hosts (%s)",
                        f" -> does not match: The host's name '{h}' is not on the list of allowed hosts (sw-core-01, sw-core-02, fw01)",
                    )
            else:
                t = N(
                    t + sec(0.001),
                    " -> does not match: The host is not in the host group '%s'",
                    " -> does not match: The host is not in the host group 'test'",
                )
        t = N(
            t + sec(0.001),
            "Executing %d notifications:",
            f"Executing {len(contacts)} notifications:",
        )
        for c in contacts:
            t = N(
                t + sec(0.001),
                "  * notifying %s via %s, parameters: %s, bulk: no",
                f"  * notifying {c} via mail, parameters: graphs_per_notification=5, notifications_with_graphs=5, bulk: no",
            )
        for _c in contacts:
            t = N(
                t + sec(0.01),
                "     executing %s",
                f"     executing {CK_SITE}/share/check_mk/notifications/mail",
            )
            if at(9, 10) <= t < at(9, 30):
                t = N(
                    t + sec(r.uniform(0.2, 0.6)),
                    "     Output: Error: Failed to send the mail: /usr/sbin/sendmail returned with exit code: %d",
                    "     Output: Error: Failed to send the mail: /usr/sbin/sendmail returned with exit code: 75",
                )
                t = N(
                    t + sec(0.003),
                    "     Plugin exited with code %d",
                    "     Plugin exited with code 2",
                )
            else:
                t = N(
                    t + sec(r.uniform(0.1, 0.4)),
                    "     Output: Spooled mail to local mail transmission agent",
                    "     Output: Spooled mail to local mail transmission agent",
                )
                t = N(
                    t + sec(0.003),
                    "     Plugin exited with code %d",
                    "     Plugin exited with code 0",
                )
    return fs.logs(t0)


# ------------------------------------------------------------------------------- librenms

LN_DEVICES = [
    1,
    2,
    3,
    4,
    5,
    6,
    7,
    9,
    10,
    11,
    12,
    14,
    15,
    17,
    18,
    21,
    22,
    23,
    25,
    26,
    28,
    30,
    31,
    33,
]
LN_HOSTS = {17: "sw-access-07", 21: "fw01", 9: "ups-dc1", 12: "sw-core-02", 4: "esx03"}
LN = "/opt/librenms"


def laravel_trace(frames: list[str]) -> list[str]:
    out = ["[stacktrace]"]
    for i, f in enumerate(frames):
        out.append(f"#{i} {f}")
    out.append(f"#{len(frames)} {{main}}")
    out.append('"} ')
    return out


def librenms(r: random.Random) -> list[Log]:
    """One LibreNMS server polling 24 devices every five minutes with 16 workers: device 31
    unreachable all morning, device 12's poller dying of memory 08:00-09:00, slow runs
    10:00-10:20 (device 4 over 300 s in two of them), MariaDB down 11:00-11:11; the 06:33
    discovery run; the ports module failing on device 21 at every poll; the scheduler and
    the GUI's QueryExceptions while the database is down."""
    fs = Files()

    def P(f: str, t: datetime, level: str, label: str, lines: list[str], proc: object) -> datetime:
        return fs.add(
            f,
            t,
            label,
            lambda x: [f"{x:%Y-%m-%d %H:%M:%S},{ms(x)} :: {level} :: {lines[0]}", *lines[1:]],
            proc,
        )

    def L(t: datetime, level: str, label: str, lines: list[str], proc: object) -> datetime:
        return fs.add(
            "librenms.log",
            t,
            label,
            lambda x: [f"[{x:%Y-%m-%d %H:%M:%S}] production.{level}: {lines[0]}", *lines[1:]],
            proc,
        )

    def db_down(t: datetime) -> bool:
        return at(11, 0) <= t < at(11, 11)

    def query_exc(t: datetime, sql: str, proc: object) -> None:
        msg = f"SQLSTATE[HY000] [2002] Connection refused (Connection: mysql, SQL: {sql})"
        L(
            t,
            "ERROR",
            "SQLSTATE[HY000] [2002] Connection refused (Connection: %s, SQL: %s)",
            [
                f'{msg} {{"exception":"[object] (Illuminate\\\\Database\\\\QueryException(code: 2002): {msg} at {LN}/vendor/laravel/framework/src/Illuminate/Database/Connection.php:813)',
                *laravel_trace(
                    [
                        f"{LN}/vendor/laravel/framework/src/Illuminate/Database/Connection.php(767): Illuminate\\Database\\Connection->runQueryCallback()",
                        f"{LN}/vendor/laravel/framework/src/Illuminate/Database/Connection.php(398): Illuminate\\Database\\Connection->run()",
                        f"{LN}/vendor/laravel/framework/src/Illuminate/Database/Query/Builder.php(2883): Illuminate\\Database\\Connection->select()",
                        f"{LN}/vendor/laravel/framework/src/Illuminate/Database/Eloquent/Builder.php(711): Illuminate\\Database\\Query\\Builder->get()",
                        f"{LN}/app/Console/Kernel.php(64): Illuminate\\Database\\Eloquent\\Builder->get()",
                    ]
                )[:-1],
                "[previous exception] [object] (PDOException(code: 2002): SQLSTATE[HY000] [2002] Connection refused at "
                f"{LN}/vendor/laravel/framework/src/Illuminate/Database/Connectors/Connector.php:65)",
                *laravel_trace(
                    [
                        f"{LN}/vendor/laravel/framework/src/Illuminate/Database/Connectors/Connector.php(65): PDO->__construct()",
                        f"{LN}/vendor/laravel/framework/src/Illuminate/Database/Connectors/MySqlConnector.php(24): Illuminate\\Database\\Connectors\\Connector->createConnection()",
                    ]
                ),
            ],
            proc,
        )

    t0, t_end = at(6, 0), at(12, 0)
    run_t = at(6, 0, 1)
    run_no = 0
    while run_t < t_end:
        run_no += 1
        proc = ("poller", run_no)
        t = run_t + sec(r.uniform(0.1, 0.4))
        if db_down(t):
            P(
                "poller.log",
                t,
                "CRITICAL",
                "ERROR: Could not connect to MySQL database! (%d, \"Can't connect to MySQL server on '%s' ([Errno %d] Connection refused)\")",
                [
                    "ERROR: Could not connect to MySQL database! (2003, \"Can't connect to MySQL server on 'localhost' ([Errno 111] Connection refused)\")"
                ],
                proc,
            )
            run_t += sec(300)
            continue
        t = P(
            "poller.log",
            t,
            "INFO",
            "starting the %s check at %s with %s threads for %s devices",
            [
                f"starting the poller check at {t:%Y-%m-%d %H:%M:%S} with 16 threads for {len(LN_DEVICES)} devices"
            ],
            proc,
        )
        slow = at(10, 0) <= run_t < at(10, 20)
        devs = list(LN_DEVICES)
        durations: dict[int, int] = {}
        for d in devs:
            base = {4: 95, 12: 70, 21: 40, 17: 55}.get(d, 12)
            dur = max(1, int(r.gauss(base, base * 0.15)))
            if slow:
                dur = int(dur * r.uniform(2.2, 3.4))
                if d == 4 and run_t.minute in (5, 15):
                    dur = r.randint(305, 330)
            if d == 31:
                dur = r.randint(7, 9)
            durations[d] = dur
        workers = [0.0] * 16
        errors = 0
        order = []
        for d in devs:
            w = min(range(16), key=lambda k: workers[k])
            start = workers[w]
            workers[w] += durations[d]
            order.append((start + durations[d], d, w))
        for end, d, w in sorted(order):
            te = t + sec(end + r.uniform(0, 0.5))
            tname = f"Thread-{w + 1}"
            if d == 12 and at(8, 0) <= run_t < at(9, 0):
                errors += 1
                P(
                    "poller.log",
                    te,
                    "ERROR",
                    "Thread %s exited with code %s",
                    [f"Thread {tname} exited with code 255"],
                    proc,
                )
                P(
                    "poller.log",
                    te + sec(0.001),
                    "ERROR",
                    "PHP Fatal error:  Allowed memory size of %d bytes exhausted (tried to allocate %d bytes) in %s on line %d",
                    [
                        f"PHP Fatal error:  Allowed memory size of 268435456 bytes exhausted (tried to allocate {r.choice([20480, 4096, 65536, 12288])} bytes) in {LN}/LibreNMS/Modules/Ports.php on line 412",
                        f"Fatal error: Allowed memory size of 268435456 bytes exhausted (tried to allocate 20480 bytes) in {LN}/LibreNMS/Modules/Ports.php on line 412",
                    ],
                    proc,
                )
                P(
                    "poller.log",
                    te + sec(0.002),
                    "WARNING",
                    "worker %s finished device %s in %s seconds with exit code %s",
                    [
                        f"worker {tname} finished device {d} in {durations[d]} seconds with exit code 255"
                    ],
                    proc,
                )
                continue
            if durations[d] >= 300:
                P(
                    "poller.log",
                    te,
                    "WARNING",
                    "worker %s finished device %s in %s seconds with exit code %s",
                    [
                        f"worker {tname} finished device {d} in {durations[d]} seconds with exit code 0"
                    ],
                    proc,
                )
                continue
            P(
                "poller.log",
                te,
                "INFO",
                "worker %s finished device %s in %s seconds",
                [f"worker {tname} finished device {d} in {durations[d]} seconds"],
                proc,
            )
            if d == 21:
                L(
                    t + sec(end - r.uniform(3, 8)),
                    "ERROR",
                    'Error polling %s module for %s. ErrorException: Undefined array key "%s" in %s:%d',
                    [
                        f'Error polling ports module for fw01. ErrorException: Undefined array key "ifName" in {LN}/includes/polling/ports.inc.php:652',
                        "Stack trace:",
                        f"#0 {LN}/includes/polling/ports.inc.php(652): LibreNMS\\Exceptions\\ErrorReporting->handleError()",
                        f"#1 {LN}/LibreNMS/Modules/LegacyModule.php(104): include('...')",
                        f"#2 {LN}/LibreNMS/Poller.php(306): LibreNMS\\Modules\\LegacyModule->poll()",
                        f"#3 {LN}/LibreNMS/Poller.php(145): LibreNMS\\Poller->pollModules()",
                        f"#4 {LN}/app/Console/Commands/DevicePoll.php(52): LibreNMS\\Poller->poll()",
                        "#5 {main}",
                    ],
                    ("php", d, run_no),
                )
        total = int(max(workers)) + 1
        te = t + sec(total + r.uniform(0.5, 1.5))
        P(
            "poller.log",
            te,
            "ERROR" if errors else "INFO",
            "%s-wrapper checked %s devices in %s seconds with %s workers with %s errors",
            [
                f"poller-wrapper checked {len(devs)} devices in {total} seconds with 16 workers with {errors} errors"
            ],
            proc,
        )
        if total > 300:
            te = P(
                "poller.log",
                te + sec(0.01),
                "WARNING",
                "the process took more than %s seconds to finish, you need faster hardware or more threads",
                [
                    "the process took more than 300 seconds to finish, you need faster hardware or more threads"
                ],
                proc,
            )
            te = P(
                "poller.log",
                te,
                "WARNING",
                "in sequential style service checks the elapsed time would have been: %s seconds",
                [
                    f"in sequential style service checks the elapsed time would have been: {sum(durations.values())} seconds"
                ],
                proc,
            )
            long = [d for d in devs if durations[d] > 300]
            for d in long:
                te = P(
                    "poller.log",
                    te,
                    "WARNING",
                    "device %s is taking too long: %s seconds",
                    [f"device {d} is taking too long: {durations[d]} seconds"],
                    proc,
                )
            if long:
                P(
                    "poller.log",
                    te,
                    "ERROR",
                    "Some devices are taking more than %s seconds, the script cannot recommend you what to do.",
                    [
                        "Some devices are taking more than 300 seconds, the script cannot recommend you what to do."
                    ],
                    proc,
                )
            else:
                P(
                    "poller.log",
                    te,
                    "WARNING",
                    "Consider setting a minimum of %s threads. (This does not constitute professional advice!)",
                    [
                        f"Consider setting a minimum of {int(total / 300 * 16 + 1)} threads. (This does not constitute professional advice!)"
                    ],
                    proc,
                )
        run_t += sec(300)
    # discovery at 06:33, one worker
    t = at(6, 33, 1) + sec(0.2)
    proc = "discovery"
    t = P(
        "discovery.log",
        t,
        "INFO",
        "starting the %s check at %s with %s threads for %s devices",
        [
            f"starting the discovery check at {t:%Y-%m-%d %H:%M:%S} with 1 threads for {len(LN_DEVICES)} devices"
        ],
        proc,
    )
    t1 = t
    for d in LN_DEVICES:
        dur = int(r.uniform(20, 140)) if d != 31 else 10
        t1 += sec(dur + r.uniform(0, 0.3))
        P(
            "discovery.log",
            t1,
            "INFO",
            "worker %s finished device %s in %s seconds",
            [f"worker Thread-1 finished device {d} in {dur} seconds"],
            proc,
        )
        if d == 9:
            L(
                t1 - sec(dur / 2),
                "ERROR",
                "Error discovering %s module for %s. DivisionByZeroError: Division by zero in %s:%d",
                [
                    f"Error discovering sensors module for ups-dc1. DivisionByZeroError: Division by zero in {LN}/includes/discovery/sensors/power/apc.inc.php:44",
                    "Stack trace:",
                    f"#0 {LN}/includes/discovery/sensors.inc.php(93): include()",
                    f"#1 {LN}/LibreNMS/Modules/LegacyModule.php(78): include('...')",
                    f"#2 {LN}/includes/discovery/functions.inc.php(164): LibreNMS\\Modules\\LegacyModule->discover()",
                    f"#3 {LN}/discovery.php(111): discover_device()",
                    "#4 {main}",
                ],
                ("php-disc", d),
            )
    P(
        "discovery.log",
        t1 + sec(0.4),
        "INFO",
        "%s-wrapper checked %s devices in %s seconds with %s workers with %s errors",
        [
            f"discovery-wrapper checked {len(LN_DEVICES)} devices in {int((t1 - t).total_seconds()) + 1} seconds with 1 workers with 0 errors"
        ],
        proc,
    )
    # the scheduler and GUI while the database is down
    for t in every(r, at(11, 0, 10), at(11, 10, 50), 60, 1):
        query_exc(
            t, "select * from `devices` where `disabled` = 0 and `ignore` = 0", ("sched", t.minute)
        )
        query_exc(
            t + sec(0.2), "select * from `alert_rules` where `disabled` = 0", ("sched2", t.minute)
        )
    for t in poisson(r, at(11, 0, 10), at(11, 10, 50), 9):
        query_exc(t, "select * from `users` where `auth_id` = 3 limit 1", ("web", t))
    # alert transport failures
    for t in poisson(r, at(6, 5), t_end, 1400):
        L(
            t,
            "ERROR",
            'Failed to send alert via %s: Connection could not be established with host "%s": stream_socket_client(): Unable to connect to %s (Connection timed out)',
            [
                'Failed to send alert via Mail: Connection could not be established with host "mail.example.com:25": stream_socket_client(): Unable to connect to mail.example.com:25 (Connection timed out)'
            ],
            ("alerts", t),
        )
    return fs.logs(t0)


# --------------------------------------------------------------------------- carbon-cache

CB_HOSTS = ["web01", "web02", "web03", "db01", "db02", "cache01", "lb01", "mon01"]
CB_PLUGINS = [
    "cpu-0.cpu-idle",
    "cpu-0.cpu-user",
    "cpu-1.cpu-idle",
    "load.load.shortterm",
    "memory.memory-used",
    "memory.memory-free",
    "df-root.df_complex-free",
    "df-var.df_complex-free",
    "interface-eth0.if_octets.rx",
    "interface-eth0.if_octets.tx",
    "disk-sda.disk_ops.read",
    "disk-sda.disk_ops.write",
]
CB_APPS = ["checkout", "search", "catalog", "auth", "payments"]
CB_SCHEMAS = [
    ("carbon", "[(60, 129600)]", "None", "None"),
    ("collectd", "[(10, 8640), (60, 10080), (600, 52560)]", "None", "None"),
    ("statsd_counters", "[(10, 8640), (60, 10080), (600, 52560)]", "0.0", "sum"),
    ("default_1min_for_1day", "[(60, 1440), (300, 2016)]", "None", "None"),
]
CB_WSP = "/opt/graphite/storage/whisper"


def carbon_cache(r: random.Random) -> list[Log]:
    """carbon-cache instance a on graphite-01, 06:00 to 12:00: new metrics of a new host
    (07:05), of deploys (pods' and timers' new names) and of statsd all morning; the whisper
    volume full 08:40-09:25 (write and create errors with their tracebacks, the cache filling
    up), a corrupt whisper file from 10:10, a restart at 09:30; collectd's relays, statsd and
    cron scripts connecting to the line and pickle receivers."""
    fs = Files()

    def W(f: str, t: datetime, label: str, lines: list[str]) -> datetime:
        return fs.add(
            f,
            t,
            label,
            lambda x: [f"{x:%d/%m/%Y %H:%M:%S} :: {lines[0]}", *lines[1:]],
            "carbon",
        )

    def start(t: datetime) -> datetime:
        t = W("console.log", t, "Log opened.", ["Log opened."])
        t = W(
            "console.log",
            t + sec(0.001),
            "twistd %s (%s %s) starting up.",
            ["twistd 22.10.0 (/opt/graphite/bin/python3 3.10.12) starting up."],
        )
        t = W(
            "console.log",
            t + sec(0.001),
            "reactor class: %s.",
            ["reactor class: twisted.internet.epollreactor.EPollReactor."],
        )
        for fac, port in [
            ("ServerFactory", 7002),
            ("CarbonReceiverFactory", 2003),
            ("CarbonReceiverFactory", 2004),
        ]:
            t = W("console.log", t + sec(0.002), "%s starting on %s", [f"{fac} starting on {port}"])
            mod = "twisted.internet.protocol" if fac == "ServerFactory" else "carbon.protocols"
            t = W(
                "console.log",
                t + sec(0.001),
                "Starting factory %r",
                [f"Starting factory <{mod}.{fac} object at 0x7f{r.getrandbits(40):010x}>"],
            )
        return W("console.log", t + sec(0.003), "set uid/gid %d/%d", ["set uid/gid 998/998"])

    def stop(t: datetime) -> datetime:
        t = W(
            "console.log",
            t,
            "Received SIGTERM, shutting down.",
            ["Received SIGTERM, shutting down."],
        )
        t = W(
            "console.log",
            t + sec(0.002),
            "Carbon shutting down.  Changed the update rate to: %s",
            ["Carbon shutting down.  Changed the update rate to: 1000"],
        )
        for fac, port in [
            ("ServerFactory", 7002),
            ("CarbonReceiverFactory", 2003),
            ("CarbonReceiverFactory", 2004),
        ]:
            t = W(
                "console.log", t + sec(0.002), "(%s Port %s Closed)", [f"(TCP Port {port} Closed)"]
            )
            mod = "twisted.internet.protocol" if fac == "ServerFactory" else "carbon.protocols"
            t = W(
                "console.log",
                t + sec(0.001),
                "Stopping factory %r",
                [f"Stopping factory <{mod}.{fac} object at 0x7f{r.getrandbits(40):010x}>"],
            )
        t = W("console.log", t + sec(3.2), "Main loop terminated.", ["Main loop terminated."])
        return W("console.log", t + sec(0.01), "Server Shut Down.", ["Server Shut Down."])

    def disk_full(t: datetime) -> bool:
        return at(8, 40) <= t < at(9, 25)

    t0, t_end = at(6, 0), at(12, 0)
    restart, back = at(9, 30, 2), at(9, 30, 11)
    start(t0 + sec(1.2))
    stop(restart)
    start(back)
    # new metrics
    new: list[tuple[datetime, str, int]] = []
    for p in CB_PLUGINS:
        new.append((at(7, 5, 12) + sec(r.uniform(0, 40)), f"collectd.web04.{p}", 1))
    for t in poisson(r, t0 + sec(30), t_end, 75):
        x = r.random()
        if x < 0.5:
            pod = (
                f"{r.choice(CB_APPS)}-{r.getrandbits(32):08x}"[:-3]
                + f"-{r.choice('bcdfghjklmnpqrstvwxz')}{r.randint(10, 99)}"
            )
            new.append(
                (
                    t,
                    f"k8s.pods.{pod}.{r.choice(['cpu.usage', 'memory.rss', 'net.rx_bytes', 'restarts'])}",
                    3,
                )
            )
        elif x < 0.8:
            new.append(
                (
                    t,
                    f"stats.timers.{r.choice(CB_APPS)}.{r.choice(['db', 'http', 'cache'])}.{r.choice(['query', 'get', 'set', 'render'])}_{r.randint(1, 400)}.{r.choice(['mean', 'upper_90', 'count'])}",
                    2,
                )
            )
        else:
            new.append(
                (
                    t,
                    f"stats.counters.{r.choice(CB_APPS)}.events.{r.choice(['signup', 'order', 'refund', 'login'])}_{r.randint(1, 60)}.count",
                    2,
                )
            )
    for t, m, sch in sorted(new):
        if restart <= t < back + sec(1):
            continue
        name, arch, xff, agg = CB_SCHEMAS[sch]
        t = W(
            "creates.log",
            t,
            "new metric %s matched schema %s",
            [f"new metric {m} matched schema {name}"],
        )
        if sch == 2:
            t = W(
                "creates.log",
                t + sec(0.0005),
                "new metric %s matched aggregation schema %s",
                [
                    f"new metric {m} matched aggregation schema {'sum' if 'count' in m else 'default_average'}"
                ],
            )
            xff, agg = ("0" if "count" in m else "0.5"), ("sum" if "count" in m else "average")
        t = W(
            "creates.log",
            t + sec(0.0005),
            "creating database metric %s (archive=%s xff=%s agg=%s)",
            [f"creating database metric {m} (archive={arch} xff={xff} agg={agg})"],
        )
        if disk_full(t):
            wsp = f"{CB_WSP}/{m.replace('.', '/')}.wsp"
            t = W(
                "console.log",
                t + sec(0.002),
                "Unhandled Error",
                [
                    "Unhandled Error",
                    "Traceback (most recent call last):",
                    '  File "/opt/graphite/lib/carbon/writer.py", line 137, in writeCachedDataPoints',
                    "    state.database.create(metric, archiveConfig, xFilesFactor, aggregationMethod)",
                    '  File "/opt/graphite/lib/carbon/database.py", line 140, in create',
                    "    whisper.create(path, retentions, xfilesfactor, aggregation_method, self.sparse_create, self.fallocate_create)",
                    '  File "/opt/graphite/lib/python3.10/site-packages/whisper.py", line 416, in create',
                    "    fh = open(path, 'wb')",
                    f"builtins.OSError: [Errno 28] No space left on device: '{wsp}'",
                    "",
                ],
            )
            W(
                "console.log",
                t + sec(0.001),
                "Error creating %s: [Errno %d] No space left on device: '%s'",
                [f"Error creating {m}: [Errno 28] No space left on device: '{wsp}'"],
            )
    # writes failing while the disk is full
    writes = [f"collectd.{h}.{p}" for h in CB_HOSTS for p in CB_PLUGINS]
    for t in poisson(r, at(8, 40, 5), at(9, 25), 25):
        m = r.choice(writes)
        t = W(
            "console.log",
            t,
            "Unhandled Error",
            [
                "Unhandled Error",
                "Traceback (most recent call last):",
                '  File "/opt/graphite/lib/carbon/writer.py", line 185, in writeCachedDataPoints',
                "    state.database.write(metric, datapoints)",
                '  File "/opt/graphite/lib/carbon/database.py", line 113, in write',
                "    whisper.update_many(path, datapoints)",
                '  File "/opt/graphite/lib/python3.10/site-packages/whisper.py", line 812, in update_many',
                "    return file_update_many(fh, points, now)",
                '  File "/opt/graphite/lib/python3.10/site-packages/whisper.py", line 845, in file_update_many',
                "    __archive_update_many(fh, header, archive, currentPoints)",
                '  File "/opt/graphite/lib/python3.10/site-packages/whisper.py", line 899, in __archive_update_many',
                "    fh.write(packedString)",
                "builtins.OSError: [Errno 28] No space left on device",
                "",
            ],
        )
        W(
            "console.log",
            t + sec(0.001),
            "Error writing to %s: [Errno %d] No space left on device",
            [f"Error writing to {m}: [Errno 28] No space left on device"],
        )
    # the cache filling up while writes fail
    size = 1_800_000
    for t in every(r, at(8, 52), at(9, 30), 37, 5):
        size += r.randint(40_000, 90_000)
        W(
            "console.log",
            t,
            "MetricCache is full: self.size=%d",
            [f"MetricCache is full: self.size={size}"],
        )
    # a corrupt file
    bad = "collectd.db02.disk-sda.disk_ops.write"
    for t in every(r, at(10, 10, 3), t_end, 60, 2):
        t = W(
            "console.log",
            t,
            "Unhandled Error",
            [
                "Unhandled Error",
                "Traceback (most recent call last):",
                '  File "/opt/graphite/lib/carbon/writer.py", line 185, in writeCachedDataPoints',
                "    state.database.write(metric, datapoints)",
                '  File "/opt/graphite/lib/carbon/database.py", line 113, in write',
                "    whisper.update_many(path, datapoints)",
                '  File "/opt/graphite/lib/python3.10/site-packages/whisper.py", line 811, in update_many',
                "    header = __readHeader(fh)",
                '  File "/opt/graphite/lib/python3.10/site-packages/whisper.py", line 278, in __readHeader',
                '    raise CorruptWhisperFile("Unable to read header", fh.name)',
                f"whisper.CorruptWhisperFile: Unable to read header ({CB_WSP}/collectd/db02/disk-sda/disk_ops/write.wsp)",
                "",
            ],
        )
        W(
            "console.log",
            t + sec(0.001),
            "Error writing to %s: Unable to read header (%s)",
            [
                f"Error writing to {bad}: Unable to read header ({CB_WSP}/collectd/db02/disk-sda/disk_ops/write.wsp)"
            ],
        )
    # cache queue sorts
    for t in poisson(r, t0 + sec(5), t_end, 40):
        if restart <= t < back + sec(2) or at(8, 50) <= t < at(9, 30):
            continue
        n = r.randint(2900, 4300)
        W(
            "console.log",
            t,
            "Sorted %d cache queues in %.6f seconds",
            [f"Sorted {n} cache queues in {n * r.uniform(1.1e-6, 2.4e-6):.6f} seconds"],
        )
    # the listener
    relays = ["10.0.1.50", "10.0.1.51"]

    def conn(t: datetime, cls: str, peer: str, how: str) -> None:
        W(
            "listener.log",
            t,
            "%s connection with %s established",
            [f"{cls} connection with {peer} established"],
        )
        if how == "clean":
            W(
                "listener.log",
                t + sec(r.uniform(0.05, 0.4)),
                "%s connection with %s closed cleanly",
                [f"{cls} connection with {peer} closed cleanly"],
            )

    for ip in relays:
        conn(
            t0 + sec(r.uniform(3, 9)),
            "MetricLineReceiver",
            f"{ip}:{r.randint(32768, 60999)}",
            "keep",
        )
        conn(
            back + sec(r.uniform(3, 9)),
            "MetricLineReceiver",
            f"{ip}:{r.randint(32768, 60999)}",
            "keep",
        )
    for ip in relays:
        W(
            "listener.log",
            restart + sec(0.01),
            "%s connection with %s lost: Connection to the other side was lost in a non-clean fashion: Connection lost.",
            [
                f"MetricLineReceiver connection with {ip}:{r.randint(32768, 60999)} lost: Connection to the other side was lost in a non-clean fashion: Connection lost."
            ],
        )
    # statsd flushes over pickle every 10 s on a persistent connection; cron scripts every minute
    for t in every(r, t0 + sec(31), t_end, 120, 2):
        if restart <= t < back + sec(2):
            continue
        for ip in ["10.0.1.21", "10.0.1.31"]:
            conn(
                t + sec(r.uniform(0, 1)),
                "MetricLineReceiver",
                f"{ip}:{r.randint(32768, 60999)}",
                "clean",
            )
    for t in every(r, t0 + sec(17), t_end, 300, 2):
        conn(t, "MetricPickleReceiver", f"10.0.1.60:{r.randint(32768, 60999)}", "clean")
    # a script writing bad lines
    for t in poisson(r, at(7, 40), at(8, 30), 25):
        W(
            "listener.log",
            t,
            "invalid line received from client %s, ignoring [%s]",
            [
                f"invalid line received from client 10.0.1.31:{r.randint(32768, 60999)}, ignoring [mysql.db01.slave_lag NULL {int(t.timestamp())}]"
            ],
        )
    return fs.logs(t0)


# ------------------------------------------------------------------------------- collectd

CD_PLUGINS = {
    "mon01": [
        "logfile",
        "syslog",
        "cpu",
        "load",
        "memory",
        "interface",
        "df",
        "disk",
        "network",
        "write_graphite",
        "unixsock",
    ],
    "web01": [
        "logfile",
        "cpu",
        "load",
        "memory",
        "interface",
        "df",
        "disk",
        "nginx",
        "processes",
        "exec",
        "network",
    ],
    "db01": [
        "logfile",
        "cpu",
        "load",
        "memory",
        "interface",
        "df",
        "disk",
        "mysql",
        "processes",
        "network",
    ],
}
CD_TOO_OLD = [
    "db01/cpu-0/cpu-idle",
    "db01/cpu-0/cpu-user",
    "db01/load/load",
    "db01/memory/memory-used",
    "db01/interface-eth0/if_octets",
    "db01/df-root/df_complex-free",
]


def collectd(r: random.Random) -> list[Log]:
    """Three collectd 5.12 daemons: mon01 receives the others' values over the network
    plugin and writes them to carbon (write_graphite), which is gone 09:28-09:33 (the restart
    of carbon-cache: 09:30); web01's nginx stopped 07:00-07:40 and its exec script printing a
    bad line 07:40-10:40, web01's collectd restarted at 10:50; db01's MySQL restarted
    08:15-08:22; a cloned VM also named db01 10:00-11:10 (mon01: `Value too old`)."""
    fs = Files()

    def Cd(h: str, t: datetime, sev: str, label: str, msg: str) -> datetime:
        pre = f"[{sev}] " if h == "mon01" else ""
        return fs.add(
            f"{h}-collectd.log",
            t,
            label,
            lambda x: [f"[{x:%Y-%m-%d %H:%M:%S}] {pre}{msg}"],
            h,
        )

    def start(h: str, t: datetime) -> datetime:
        for p in CD_PLUGINS[h]:
            t = Cd(
                h,
                t + sec(0.001),
                "info",
                'plugin_load: plugin "%s" successfully loaded.',
                f'plugin_load: plugin "{p}" successfully loaded.',
            )
        t = Cd(
            h,
            t + sec(0.01),
            "notice",
            "Systemd detected, trying to signal readiness.",
            "Systemd detected, trying to signal readiness.",
        )
        return Cd(
            h,
            t + sec(0.02),
            "info",
            "Initialization complete, entering read-loop.",
            "Initialization complete, entering read-loop.",
        )

    def stop(h: str, t: datetime) -> datetime:
        t = Cd(h, t, "info", "Exiting normally.", "Exiting normally.")
        t = Cd(
            h,
            t + sec(0.001),
            "info",
            "collectd: Stopping %zu read threads.",
            "collectd: Stopping 5 read threads.",
        )
        return Cd(
            h,
            t + sec(0.3),
            "info",
            "collectd: Stopping %zu write threads.",
            "collectd: Stopping 5 write threads.",
        )

    def suspend(
        h: str, plugin: str, t0_: datetime, t1_: datetime, fail: Callable[[datetime], None]
    ) -> None:
        """A read callback failing from t0_ to t1_, suspended for 20, 40, 80 ... seconds."""
        t, wait = t0_, 20.0
        while t < t1_:
            fail(t)
            Cd(
                h,
                t + sec(0.001),
                "notice",
                "read-function of plugin `%s' failed. Will suspend it for %.3f seconds.",
                f"read-function of plugin `{plugin}' failed. Will suspend it for {wait:.3f} seconds.",
            )
            t += sec(wait)
            wait = min(wait * 2, 86400.0)

    t0 = at(6, 0)
    for h in CD_PLUGINS:
        start(h, t0 + sec(r.uniform(1, 3)))
    # web01 restarted
    stop("web01", at(10, 50, 2))
    start("web01", at(10, 50, 4))
    # carbon gone: write_graphite on mon01
    for t in every(r, at(9, 28, 20), at(9, 30, 11), 10, 0.2):
        Cd(
            "mon01",
            t,
            "error",
            "write_graphite plugin: Connecting to %s:%s via %s failed. The last error was: failed to connect to remote host: Connection refused",
            "write_graphite plugin: Connecting to graphite-01:2003 via tcp failed. The last error was: failed to connect to remote host: Connection refused",
        )
    Cd(
        "mon01",
        at(9, 28, 9) + sec(0.4),
        "error",
        "write_graphite plugin: send to %s:%s (%s) failed with status %zi (%s)",
        "write_graphite plugin: send to graphite-01:2003 (tcp) failed with status -1 (Connection reset by peer)",
    )
    # its first restart failing too: refused 09:28-09:30, then timeouts until 09:33
    for t in every(r, at(9, 30, 15), at(9, 33, 5), 10, 0.2):
        Cd(
            "mon01",
            t,
            "error",
            "write_graphite plugin: Connecting to %s:%s via %s failed. The last error was: failed to connect to remote host: Connection timed out",
            "write_graphite plugin: Connecting to graphite-01:2003 via tcp failed. The last error was: failed to connect to remote host: Connection timed out",
        )
    # the filter chain's complaints (c_complain: doubling intervals)
    t, wait = at(9, 28, 20) + sec(0.5), 10.0
    while t < at(9, 33, 5):
        Cd(
            "mon01",
            t,
            "error",
            "Filter subsystem: Built-in target `write': Dispatching value to all write plugins failed with status %i.",
            "Filter subsystem: Built-in target `write': Dispatching value to all write plugins failed with status -1.",
        )
        t += sec(wait)
        wait *= 2
    Cd(
        "mon01",
        at(9, 33, 15),
        "info",
        "write_graphite plugin: Successfully connected to %s:%s via %s.",
        "write_graphite plugin: Successfully connected to graphite-01:2003 via tcp.",
    )
    Cd(
        "mon01",
        at(9, 33, 15) + sec(0.002),
        "notice",
        "Filter subsystem: Built-in target `write': Some write plugin is back to normal operation. `write' succeeded.",
        "Filter subsystem: Built-in target `write': Some write plugin is back to normal operation. `write' succeeded.",
    )
    # web01's nginx stopped
    suspend(
        "web01",
        "nginx",
        at(7, 0, 4),
        at(7, 40),
        lambda t: Cd(
            "web01",
            t,
            "error",
            "nginx plugin: curl_easy_perform failed: Failed to connect to %s port %d after %d ms: Connection refused",
            f"nginx plugin: curl_easy_perform failed: Failed to connect to localhost port 80 after {r.randint(0, 1)} ms: Connection refused",
        ),
    )
    # db01's MySQL restarted
    suspend(
        "db01",
        "mysql",
        at(8, 15, 7),
        at(8, 22),
        lambda t: Cd(
            "db01",
            t,
            "error",
            "mysql plugin: Failed to connect to database %s at server %s: Can't connect to local MySQL server through socket '%s' (%d)",
            "mysql plugin: Failed to connect to database <none> at server localhost: Can't connect to local MySQL server through socket '/run/mysqld/mysqld.sock' (2)",
        ),
    )
    # web01's exec script printing a bad line every run
    for t in every(r, at(7, 40, 3), at(10, 40), 10, 0.1):
        Cd(
            "web01",
            t,
            "error",
            'exec plugin: Unable to parse command, ignoring line: "%s"',
            f'exec plugin: Unable to parse command, ignoring line: "queue_depth {r.randint(0, 40)}"',
        )
    # the cloned db01 on mon01
    for t in every(r, at(10, 0, 6), at(11, 10), 10, 0.3):
        for v in r.sample(CD_TOO_OLD, r.randint(1, 3)):
            vt = t - sec(r.uniform(0.5, 9))
            Cd(
                "mon01",
                t + sec(r.uniform(0, 0.2)),
                "error",
                "uc_update: Value too old: name = %s; value time = %.3f; last cache update = %.3f;",
                f"uc_update: Value too old: name = {v}; value time = {vt.timestamp():.3f}; last cache update = {(vt + sec(r.uniform(0.1, 5))).timestamp():.3f};",
            )
    return fs.logs(t0)


SYSTEMS = {
    "sensu": sensu,
    "checkmk": checkmk,
    "librenms": librenms,
    "carbon-cache": carbon_cache,
    "collectd": collectd,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
