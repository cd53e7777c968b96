#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 116 (openvas, nessus, graylog-sidecar, velociraptor,
fleet) into bench/heldout/, the same way and under the same label rules as generate.py
(bench/README.md, "heldout.py"): each program's log is simulated from its format strings over
a seeded run, and every line that starts an event is labelled with the format string that
wrote it as it is written. Distinct calls of one process never share an instant at a
millisecond (round 53's Clock); logs that print whole seconds show a finer clock's seconds, so
a burst shares a second as a real one does. Five security scanners and agents, 06:00 to 12:00
on 2024-06-04 (the brief's Wazuh and osquery are in the set already, so Graylog Sidecar and
Velociraptor take their places):

- OpenVAS / Greenbone Community Edition 22.4 on one scanner host: `gvmd.log` (gvm-libs'
  `md manage:   INFO:2024-06-04 06h00.01 UTC:412: ...`, the log domain padded by its
  G_LOG_DOMAIN, the level right-aligned to seven, the pid of the process or forked child),
  `ospd-openvas.log` (Python logging's `OSPD[%(process)s] %(asctime)s: %(levelname)s:
  (%(name)s) %(message)s`) and `openvas.log` (the scanner's `sd   main:MESSAGE:... utc:...`
  and boreas' `libgvm boreas:MESSAGE:...`): the stack started at 06:00 (ospd loading VTs while
  gvmd cannot reach its socket, the VT update, the CERT sync), 15 scans of 20 to 110 hosts
  (each task's `Status of task %s (%s) has changed to %s` through Requested, Queued, Running,
  Done; ospd's queue and scan lines; openvas' alive test and one started / finished line per
  host; NVT timeouts and SSH logins refused), a monitoring script authenticating every two
  minutes and a second one with a wrong password from 10:00, Redis lost under ospd at 09:20
  (`%s: Exception %s while scanning` with its traceback, gvmd losing the scanner, the task
  Interrupted) and ospd restarted, a task stopped by a user.
- Nessus 10.7's `nessusd.messages` (`[Tue Jun 04 06:00:01 2024][1843.1] ...`; the scan's
  `[job_id=%d][scan=%s][user=%s][name=%s]`, the host's `[target=%s]` and the plugin's
  `[plugin=%s][plugin_id=%d]` brackets then ` : `): the daemon's start-up at 06:00, the plugin
  feed update and recompilation at 06:20, eight scans of office and server networks (a line
  per dead address, `Testing %s` and `Finished testing %s. Time : %.2f secs` per live host,
  plugins killed on timeouts, SSH credentials refused, names that do not resolve), the
  scan status changes (`Scan status changed from %s to %s`: pending, running, paused,
  resuming, completed), network congestion, a restart at 10:45 between scans (the code for a
  canceled scan and one cut by the restart is there; this seed's scans end before either).
- Graylog Sidecar 1.5 on three hosts (`web01-sidecar.log`, `web02-sidecar.log`,
  `db01-sidecar.log`: logrus' text formatter, `time="..." level=error msg="..."` with the
  message quoted and its quotes escaped): start-up (`Using node-id: %s`, `Starting signal
  distributor`, `Adding process runner for: %s`, `[%s] Configuration change detected,
  rewriting configuration file.`, `[%s] Starting (%s driver)`), Graylog stopped 07:30 to 08:05
  (every ten seconds `[UpdateRegistration] Failed to report collector status to server: ...`,
  `[RequestBackendList] Fetching backend list: ...` and `Can't fetch collector list from
  Graylog API: ...` with Go's `Put "%s": dial tcp %s: connect: connection refused`), its
  load balancer answering 502 during an upgrade at 10:00, timeouts 11:10 to 11:20, web02's
  filebeat crash-looping at 08:45 (`Backend finished unexpectedly, trying to restart %d/3.`,
  `Unable to start collector after 3 tries, giving up!`, `Collector output: %s`), an invalid
  configuration pushed at 10:30 (`Error during configuration validation: %s %s`, `Collector
  configuration file is not valid, waiting for the next update.`), db01's sidecar restarted.
- Velociraptor 0.72's server (`velociraptor.log`: the console's `[INFO] 2024-06-04T06:00:01Z
  msg {fields}`): the start-up twice (06:00 and 10:15: banner line, version, config, `Starting
  Frontend.` with its build fields, the services, `Loaded %d built in artifacts in %s`,
  `Collecting Server Event Artifact: %s`, the listeners), the load balancer's TCP check every
  15 s (`http: TLS handshake error from %s: EOF`), a TLS scanner (`... tls: client offered
  only unsupported versions: %v`), resets, the audit lines of analysts' work (`CreateHunt`,
  `ModifyHunt`, `ScheduleArtifactCollection`, `SetClientLabels` with their fields), clients
  enrolling, the datastore's disk full 11:20 to 11:35.
- Fleet 4.52 (`fleet.log`: go-kit's JSON logger, one object a line, keys sorted): start-up
  twice (06:00 and the 09:00 upgrade: `listening` with `address` and `transport`, migrations,
  Redis, the crons), the crons' lines (`started`, `done`, vulnerability processing, the usage
  statistics failing), osquery hosts with node keys the restored database no longer has
  (`authentication error: invalid node key: %s` in `err`, no `msg`), hosts with an old enroll
  secret (`enroll failed: no matching secret found`), MySQL failing over 08:20 to 08:27 (an
  error per request, level error), live queries started and ended, API users with expired
  sessions.

Label notes. The rules of rounds 51 to 115 hold. gvm-libs' domain, level, time and pid are
context and so is openvas' NASL `[pid](script.nasl) ` prefix; gvmd's task events are
`log_event`'s `%s %s (%s) has been %s by %s` with the type and action the call site's words
(`Task %s (%s) has been requested to start by %s`); a run status is an enum's name (`Status
of task %s (%s) has changed to %s`), and so is a Nessus scan status. ospd's `OSPD[pid]`, date,
level and logger name are context; its traceback belongs to its line. Nessus' date, `[pid.tid]`
and the scan's, host's and plugin's brackets are context. logrus' time and level are context
and the label is `msg` (its `[%s]` collector name is the call site's format, `[UpdateRegistration]`
its wording); a Go error inside a message contributes its format (`Put "%s": dial tcp %s:
connect: connection refused`), an HTTP status line is a value (`Bad response from Graylog
server: %s`), a collector's output a value the collector wrote (`[%s] Collector output: %s`).
Velociraptor's level and time are context, the label is the message without the fields' JSON
after it (`Starting Frontend.`, `CreateHunt`); Go's http.Server lines are their format with the
error's own (`http: TLS handshake error from %s: EOF`). Fleet's records are labelled by `msg`
(the other keys attributes), a record with no `msg` by its `err`'s format (an error that is a
message of its own), as the go-kit row of bench/README's JSON table reads it.

Least sure (written from the helper's knowledge; Graylog Sidecar's api/graylog.go,
daemon/exec_runner.go, daemon/daemon.go, backends/render.go, distributor.go and its
`Using node-id: ` line and ospd's `%s: Scan started.`, `%s: Scan stopping %s.`, `%s: Scan
stopped.`, `%s: Scan finished.` and `%s: Host scan finished.` checked against public copies of
their sources): gvmd's start-up and VT-update wordings, `osp_scanner_feed_version: failed to
connect to %s`, `Connection lost with the scanner at %s. Trying again in 1 second.`, the
`event auth` domain and the time zone's case; ospd-openvas' queue lines, `Loading VTs. Scans
will be [%s] ...`, `Finished loading VTs. ...`, `Results sent successfully ...`, the
exception's text and the termination lines; openvas' `Vulnerability scan %s ...` lines, boreas'
alive-scan lines, the NVT timeout and the SSH line; almost every Nessus wording (the start-up
and plugin lines, `Scan status changed from %s to %s`, the dead-host, congestion, SSH and
resolution lines, the context brackets' order); Sidecar's `No node name was configured, falling
back to hostname`, the timeout error text and which lines a 502 writes; Velociraptor's service
lines, `Interrupted! Shutting down`, the audit operations' names and fields, `Enrolled new
client %s` and the datastore error; most of Fleet's messages (the start-up and cron messages,
`live query campaign ...`, the MySQL error's wrapping, `invalid session`).
"""

from __future__ import annotations

import json
import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round52 import fill
from generate_round55 import at, poisson
from generate_round97 import Files, sec

MS = 1000  # every process's clock: a millisecond


def ms3(t: datetime) -> str:
    return f"{t.microsecond // 1000:03d}"


# ---------------------------------------------------------------------------------- openvas

OV_TASKS = [
    # (name, hosts in the target, alive)
    ("Weekly DMZ", 32, 24),
    ("Office LAN 10.0.5.0/24", 110, 64),
    ("Servers 10.0.2.0/24", 60, 41),
    ("PCI segment", 20, 14),
    ("Lab networks", 90, 38),
    ("VPN gateways", 24, 12),
    ("Database hosts", 28, 22),
    ("Office LAN 10.0.6.0/24", 100, 57),
    ("Branch Hamburg", 48, 26),
    ("Branch Munich", 44, 23),
    ("Kubernetes nodes", 30, 30),
    ("Printers and IoT", 70, 31),
    ("Storage", 22, 16),
    ("Jump hosts", 20, 9),
    ("Monitoring", 26, 20),
]
OV_NVTS = [
    ("1.3.6.1.4.1.25623.1.0.108021", "gb_ssh_authorization_init.nasl"),
    ("1.3.6.1.4.1.25623.1.0.10662", "webmirror.nasl"),
    ("1.3.6.1.4.1.25623.1.0.111038", "gb_ssl_tls_cipher_suites.nasl"),
    ("1.3.6.1.4.1.25623.1.0.900498", "secpod_ssl_ciphers.nasl"),
    ("1.3.6.1.4.1.25623.1.0.140146", "gb_nikto_detect.nasl"),
]
OV_SOCK = "/run/ospd/ospd-openvas.sock"
OV_USERS = ["admin", "secops", "jdoe"]


def openvas(r: random.Random) -> list[Log]:
    """gvmd, ospd-openvas and openvas on one host: the stack started at 06:00, 15 scans over
    the morning (three started by users, the rest by their schedules), a monitoring script
    logging in every two minutes and one with a wrong password 10:00-10:40, Redis lost at 09:20
    with the running scan interrupted and ospd restarted at 09:24, a user stopping a scan."""
    fs = Files()
    t0, t_end = at(6, 0), at(12, 0)
    gvmd_pid = 412

    def G(t: datetime, dom: str, lvl: str, pid: int, fmt: str, *vals: object) -> datetime:
        msg = fill(fmt, *vals)
        if t >= t_end:
            return t
        return fs.add(
            "gvmd.log",
            t,
            fmt,
            lambda x: [f"{dom}:{lvl:>7}:{x:%Y-%m-%d %Hh%M.%S} UTC:{pid}: {msg}"],
            ("gvmd", pid),
            MS,
        )

    ospd_pid = [7617]

    def P(
        t: datetime,
        lvl: str,
        name: str,
        fmt: str,
        *vals: object,
        more: list[str] | None = None,
        pid: int | None = None,
    ) -> datetime:
        msg = fill(fmt, *vals)
        p = pid or ospd_pid[0]
        if t >= t_end:
            return t
        return fs.add(
            "ospd-openvas.log",
            t,
            fmt,
            lambda x: [
                f"OSPD[{p}] {x:%Y-%m-%d %H:%M:%S},{ms3(x)}: {lvl}: ({name}) {msg}",
                *(more or []),
            ],
            ("ospd", p),
            MS,
        )

    def V(
        t: datetime, dom: str, lvl: str, pid: int, fmt: str, *vals: object, ctx: str = ""
    ) -> datetime:
        msg = fill(fmt, *vals)
        if t >= t_end:
            return t
        return fs.add(
            "openvas.log",
            t,
            fmt,
            lambda x: [f"{dom}:{lvl:>7}:{x:%Y-%m-%d %Hh%M.%S} utc:{pid}: {ctx}{msg}"],
            ("openvas", pid),
            MS,
        )

    # --- the stack's start at 06:00
    t = G(
        t0 + sec(1.2),
        "md   main",
        "MESSAGE",
        gvmd_pid,
        "Greenbone Vulnerability Manager version %s (DB revision %d)",
        "22.4.2",
        250,
    )
    P(t0 + sec(1.9), "INFO", "ospd.main", "Starting OSPd OpenVAS version %s.", "22.7.1")
    P(
        t0 + sec(2.4),
        "INFO",
        "ospd_openvas.daemon",
        "Loading VTs. Scans will be [%s] until VTs are loaded. This may take a few minutes, please wait...",
        "requested",
    )
    for k in range(7):
        G(
            t0 + sec(5 + 10 * k + r.uniform(0, 0.3)),
            "md manage",
            "WARNING",
            gvmd_pid + 2,
            "osp_scanner_feed_version: failed to connect to %s",
            OV_SOCK,
        )
    t = P(
        t0 + sec(78.4),
        "INFO",
        "ospd_openvas.daemon",
        "Finished loading VTs. The VT cache has been updated from version %s to %s.",
        "202406030612",
        "202406040608",
    )
    t = G(
        t + sec(6.8),
        "md manage",
        "   INFO",
        gvmd_pid + 2,
        "OSP service has different VT status (version %s) from database (version %s, %d VTs). Starting update ...",
        "202406040608",
        "202406030612",
        101872,
    )
    t = G(
        t + sec(41.2),
        "md manage",
        "   INFO",
        gvmd_pid + 2,
        "Updating VTs in database ... %d new VTs, %d changed VTs",
        37,
        214,
    )

    # --- the monitoring script, and one with a wrong password
    for t in poisson(r, t0 + sec(120), t_end, 50):
        G(
            t,
            "event auth",
            "MESSAGE",
            r.randint(20000, 60000),
            "Authentication success for '%s' from %s",
            "monitor",
            "10.0.3.15",
        )
    for t in poisson(r, at(10, 0), at(10, 40), 60):
        G(
            t,
            "event auth",
            "MESSAGE",
            r.randint(20000, 60000),
            "Authentication failure for '%s' from %s",
            "report-export",
            "10.0.3.22",
        )
    for t in poisson(r, t0 + sec(300), t_end, 1500):
        G(
            t,
            "event auth",
            "MESSAGE",
            r.randint(20000, 60000),
            "Authentication success for '%s' from %s",
            r.choice(OV_USERS),
            r.choice(["10.0.5.31", "10.0.5.77", "172.18.0.5"]),
        )

    # --- the scans
    starts = sorted(at(6, 8) + sec(i * 1300 + r.uniform(-200, 400)) for i in range(len(OV_TASKS)))
    queue: list[tuple[datetime, datetime]] = []  # (start, end) of the scans ospd runs
    redis_down = at(9, 20, 14)
    stop_task = 4
    sc_pid = [31000]

    def scan(i: int, ts: datetime) -> None:
        name, n_hosts, n_alive = OV_TASKS[i]
        task = uuid4(r)
        sid = uuid4(r)
        gpid = r.randint(20000, 60000)
        manual = i in (0, 6, 11)
        if manual:
            ts = G(
                ts,
                "event task",
                "MESSAGE",
                gpid,
                "Task %s (%s) has been requested to start by %s",
                name,
                task,
                r.choice(OV_USERS),
            )
        ts = G(
            ts + sec(0.01),
            "event task",
            "MESSAGE",
            gpid,
            "Status of task %s (%s) has changed to %s",
            name,
            task,
            "Requested",
        )
        running = sorted(e for s0, e in queue if s0 <= ts < e)
        ts = P(
            ts + sec(r.uniform(0.05, 0.3)),
            "INFO",
            "ospd.command.command",
            "Scan %s added to the queue in position %d.",
            sid,
            max(1, len(running) - 1),
        )
        ts = G(
            ts + sec(0.2),
            "event task",
            "MESSAGE",
            gpid,
            "Status of task %s (%s) has changed to %s",
            name,
            task,
            "Queued",
        )
        if len(running) >= 2:
            ts = max(ts, running[-2]) + sec(r.uniform(5, 12))
        else:
            ts += sec(r.uniform(5, 12))
        ts = P(ts, "INFO", "ospd.ospd", "Starting scan %s.", sid)
        sc_pid[0] += r.randint(50, 400)
        vp = sc_pid[0]
        ts = V(ts + sec(0.4), "sd   main", "MESSAGE", vp, "openvas %s started", "22.7.9")
        ts = G(
            ts + sec(r.uniform(3, 9)),
            "event task",
            "MESSAGE",
            gpid,
            "Status of task %s (%s) has changed to %s",
            name,
            task,
            "Running",
        )
        ts = V(
            ts + sec(0.5),
            "libgvm boreas",
            "MESSAGE",
            vp,
            "Alive scan %s started: Target has %d hosts",
            sid,
            n_hosts,
        )
        ts = V(
            ts + sec(0.3),
            "sd   main",
            "MESSAGE",
            vp,
            "Vulnerability scan %s started: Target has %d hosts: %s, with max_hosts = %d and max_checks = %d",
            sid,
            n_hosts,
            f"10.{i}.0.0/24",
            20,
            4,
        )
        ta = ts + sec(r.uniform(2, 9))
        hosts = [f"10.{i}.0.{k}" for k in r.sample(range(1, 255), n_alive)]
        # hosts come in as the alive test finds them, up to 20 at a time
        slots = [ts + sec(r.uniform(1, 8)) for _ in range(20)]
        end = ts
        stopped = None
        crashed = None
        for h in hosts:
            j = min(range(20), key=lambda k: slots[k])
            hs = slots[j] + sec(r.uniform(0.2, 2))
            dur = r.uniform(180, 1100)
            he = hs + sec(dur)
            if i == stop_task and he > ts + sec(1200):
                stopped = ts + sec(1200)
                break
            if ts < redis_down <= hs:
                crashed = redis_down
                break
            V(
                hs,
                "sd   main",
                "MESSAGE",
                vp + 1 + j,
                "Vulnerability scan %s started for host: %s",
                sid,
                h,
            )
            if ts < redis_down <= he:
                crashed = redis_down
                slots[j] = redis_down + sec(3600)
                continue
            nvt = r.choice(OV_NVTS)
            limit = 600 if "ssl" in nvt[1] else 320
            if r.random() < 0.3 and dur > limit + 20:
                V(
                    hs + sec(limit + r.uniform(1, dur - limit - 10)),
                    "sd   main",
                    "MESSAGE",
                    vp + 1 + j,
                    "%s: NVT %s (%s) timed out after %d seconds",
                    h,
                    nvt[1],
                    nvt[0],
                    limit,
                )
            if r.random() < 0.18:
                V(
                    hs + sec(r.uniform(5, 40)),
                    "lib  nasl",
                    "MESSAGE",
                    vp + 1 + j,
                    "Failed to connect to SSH server '%s' (port %d, sock %d, f=%d): Socket error: Connection refused",
                    h,
                    22,
                    r.randint(5, 12),
                    0,
                    ctx=f"[{vp + 1 + j}](gb_ssh_authorization_init.nasl) ",
                )
            V(
                he,
                "sd   main",
                "MESSAGE",
                vp + 1 + j,
                "Vulnerability scan %s finished for host %s in %.2f seconds",
                sid,
                h,
                dur,
            )
            P(
                he + sec(r.uniform(0.5, 3)),
                "INFO",
                "ospd_openvas.daemon",
                "%s: Host scan finished.",
                sid,
            )
            slots[j] = he + sec(0.1)
            end = max(end, he)
        V(
            ta,
            "libgvm boreas",
            "MESSAGE",
            vp,
            "Alive scan %s finished in %d seconds: %d alive hosts of %d.",
            sid,
            int((ta - ts).total_seconds()),
            n_alive,
            n_hosts,
        )
        if crashed:
            tb = [
                "Traceback (most recent call last):",
                '  File "/usr/lib/python3/dist-packages/redis/connection.py", line 624, in connect',
                "    sock = self.retry.call_with_retry(",
                '  File "/usr/lib/python3/dist-packages/redis/retry.py", line 46, in call_with_retry',
                "    return do()",
                '  File "/usr/lib/python3/dist-packages/redis/connection.py", line 625, in <lambda>',
                "    lambda: self._connect(), lambda error: self.disconnect(error)",
                '  File "/usr/lib/python3/dist-packages/redis/connection.py", line 1009, in _connect',
                "    sock.connect(self.path)",
                "ConnectionRefusedError: [Errno 111] Connection refused",
                "",
                "During handling of the above exception, another exception occurred:",
                "",
                "Traceback (most recent call last):",
                '  File "/usr/lib/python3/dist-packages/ospd/ospd.py", line 584, in start_scan',
                "    self.exec_scan(scan_id)",
                '  File "/usr/lib/python3/dist-packages/ospd_openvas/daemon.py", line 1179, in exec_scan',
                "    kbdb = self.main_db.find_kb_database_by_scan_id(scan_id)",
                '  File "/usr/lib/python3/dist-packages/ospd_openvas/db.py", line 611, in find_kb_database_by_scan_id',
                "    if kbdb.get_scan_status():",
                '  File "/usr/lib/python3/dist-packages/redis/connection.py", line 1192, in get_connection',
                "    connection.connect()",
                '  File "/usr/lib/python3/dist-packages/redis/connection.py", line 630, in connect',
                "    raise self._error_message(e)",
                "redis.exceptions.ConnectionError: Error 111 connecting to unix socket: /run/redis-openvas/redis.sock. Connection refused.",
            ]
            P(
                crashed,
                "ERROR",
                "ospd.ospd",
                "%s: Exception %s while scanning",
                sid,
                "Error 111 connecting to unix socket: /run/redis-openvas/redis.sock. Connection refused.",
                more=tb,
            )
            for k in range(6):
                G(
                    crashed + sec(8 + k * 11 + r.uniform(0, 0.4)),
                    "md manage",
                    "WARNING",
                    gpid,
                    "Connection lost with the scanner at %s. Trying again in 1 second.",
                    OV_SOCK,
                )
            G(
                crashed + sec(75.3),
                "event task",
                "MESSAGE",
                gpid,
                "Status of task %s (%s) has changed to %s",
                name,
                task,
                "Interrupted",
            )
            queue.append((ts, crashed + sec(240)))
            return
        if stopped:
            u = r.choice(OV_USERS)
            t1 = G(
                stopped,
                "event task",
                "MESSAGE",
                gpid + 7,
                "Task %s (%s) has been requested to stop by %s",
                name,
                task,
                u,
            )
            t1 = G(
                t1 + sec(0.05),
                "event task",
                "MESSAGE",
                gpid + 7,
                "Status of task %s (%s) has changed to %s",
                name,
                task,
                "Stop Requested",
            )
            t1 = P(t1 + sec(0.3), "INFO", "ospd.ospd", "%s: Scan stopping %s.", sid, vp)
            t1 = P(t1 + sec(1.4), "INFO", "ospd.ospd", "%s: Scan stopped.", sid)
            G(
                t1 + sec(4),
                "event task",
                "MESSAGE",
                gpid,
                "Status of task %s (%s) has changed to %s",
                name,
                task,
                "Stopped",
            )
            queue.append((ts, t1))
            return
        end += sec(r.uniform(2, 8))
        t1 = V(
            end,
            "sd   main",
            "MESSAGE",
            vp,
            "Vulnerability scan %s finished in %d seconds: %d alive hosts of %d",
            sid,
            int((end - ts).total_seconds()),
            n_alive,
            n_hosts,
        )
        t1 = P(t1 + sec(1.2), "INFO", "ospd.ospd", "%s: Scan finished.", sid)
        t1 = P(
            t1 + sec(r.uniform(5, 15)),
            "INFO",
            "ospd.ospd",
            "%s: Results sent successfully to the client. Cleaning temporary result list.",
            sid,
        )
        G(
            t1 + sec(r.uniform(10, 40)),
            "event task",
            "MESSAGE",
            gpid,
            "Status of task %s (%s) has changed to %s",
            name,
            task,
            "Done",
        )
        queue.append((ts, t1))

    for i, ts in enumerate(starts):
        if ts < t_end - sec(3600):
            scan(i, ts)

    # ospd restarted after Redis came back
    tr = at(9, 24, 3)
    ospd_pid[0] = 21544
    tr = P(tr + sec(3.1), "INFO", "ospd.main", "Starting OSPd OpenVAS version %s.", "22.7.1")
    tr = P(
        tr + sec(0.5),
        "INFO",
        "ospd_openvas.daemon",
        "Loading VTs. Scans will be [%s] until VTs are loaded. This may take a few minutes, please wait...",
        "requested",
    )
    for k in range(3):
        G(
            tr + sec(4 + 10 * k),
            "md manage",
            "WARNING",
            gvmd_pid + 2,
            "osp_scanner_feed_version: failed to connect to %s",
            OV_SOCK,
        )
    P(
        tr + sec(36.7),
        "INFO",
        "ospd_openvas.daemon",
        "Finished loading VTs. The VT cache has been updated from version %s to %s.",
        "0",
        "202406040608",
    )
    return fs.logs(t0)


# ----------------------------------------------------------------------------------- nessus

NS_SCANS = [
    # (name, user, network, addresses, alive share)
    ("Office LAN", "secops", "10.0.5.0/24", 254, 0.38),
    ("Servers", "secops", "10.0.2.0/24", 254, 0.22),
    ("DMZ", "admin", "192.0.2.0/26", 62, 0.45),
    ("Office LAN 2", "secops", "10.0.6.0/24", 254, 0.31),
    ("Database tier", "jdoe", "10.0.3.0/27", 30, 0.8),
    ("Wireless guests", "secops", "10.0.9.0/24", 254, 0.12),
    ("Branch offices", "admin", "10.20.0.0/24", 254, 0.25),
    ("PCI", "jdoe", "10.0.4.0/27", 30, 0.7),
]
NS_PLUGINS = [
    ("ssh_get_info2.nasl", 97993),
    ("webmirror.nasl", 10662),
    ("smb_enum_services.nasl", 10456),
    ("ssl_supported_ciphers.nasl", 21643),
    ("http_version.nasl", 10107),
    ("snmp_settings.nasl", 19762),
]


def nessus(r: random.Random) -> list[Log]:
    """One Nessus scanner, 06:00 to 12:00: started at 06:00, the plugin feed updated and
    recompiled at 06:20, eight scans (one paused and resumed), network
    congestion on the branch scan, names that do not resolve, a restart at 10:45."""
    fs = Files()
    t0, t_end = at(6, 0), at(12, 0)
    pid = [1843]

    def N(t: datetime, tid: int, ctx: str, fmt: str, *vals: object) -> datetime:
        msg = fill(fmt, *vals)
        sep = " : " if ctx else " "
        return fs.add(
            "nessusd.messages",
            t,
            fmt,
            lambda x: [f"[{x:%a %b %d %H:%M:%S %Y}][{pid[0]}.{tid}]{ctx}{sep}{msg}"],
            ("nessusd", tid),
            MS,
        )

    def start(t: datetime, n_plugins: int) -> datetime:
        t = N(t, 1, "", "nessusd %s [build %s] started", "10.7.3", "20028")
        t = N(t + sec(0.2), 1, "", "Loading plugins...")
        t = N(
            t + sec(r.uniform(40, 70)),
            1,
            "",
            "%d plugins loaded in %.2f seconds",
            n_plugins,
            r.uniform(40, 70),
        )
        t = N(t + sec(0.4), 1, "", "Listening on %s:%d", "0.0.0.0", 8834)
        return N(t + sec(0.1), 1, "", "Server started")

    start(t0 + sec(2.1), 205114)
    # the feed update
    t = N(at(6, 20, 1), 2, "", "Starting plugin update")
    t = N(t + sec(212.4), 2, "", "Plugin feed updated to %s", "202406040411")
    t = N(t + sec(0.6), 2, "", "Compiling plugins...")
    N(t + sec(541.2), 2, "", "%d plugins loaded in %.2f seconds", 205187, 541.2)

    starts = [at(6, 32), at(6, 41), at(7, 10), at(7, 55), at(8, 30), at(9, 5), at(9, 40), at(11, 5)]
    restart = at(10, 45, 2)
    tids = iter(range(16, 400))
    for (name, user, net, n_addr, share), ts in zip(NS_SCANS, starts, strict=True):
        ts += sec(r.uniform(0, 90))
        job = r.randint(1100, 1900)
        sid = uuid4(r)
        tid = next(tids)
        base = f"[job_id={job}][scan={sid}][user={user}][name={name}]"
        ts = N(ts, tid, base, "Scan status changed from %s to %s", "pending", "running")
        ts = N(
            ts + sec(0.3),
            tid,
            base,
            "scan started: %d hosts to test (max_hosts=%d, max_checks=%d)",
            n_addr,
            30,
            5,
        )
        if name == "Branch offices":
            names = ["fs1.hh.example.com", "printer3.muc.example.com", "old-nas.example.com"]
            for nm in names:
                N(ts + sec(r.uniform(0.5, 2)), tid, base, "Could not resolve hostname %s", nm)
        prefix = net.rsplit(".", 1)[0]
        addrs = [f"{prefix}.{k}" for k in range(1, n_addr + 1)]
        slots = [ts + sec(r.uniform(1, 5)) for _ in range(30)]
        paused = name == "Servers"
        canceled = name == "Wireless guests"
        end = ts
        cut = None
        for a in addrs:
            j = min(range(30), key=lambda k: slots[k])
            hs = slots[j] + sec(r.uniform(0.1, 1.0))
            if canceled and hs > ts + sec(1500):
                cut = hs
                break
            if ts < restart <= hs:
                cut = restart
                break
            if paused and at(7, 25, 3) <= hs < at(7, 40, 12):
                hs = at(7, 40, 12) + sec(r.uniform(0.5, 6))
            htid = 1000 + j + 40 * (tid % 7)
            hctx = f"{base}[target={a}]"
            if r.random() > share:
                N(
                    hs + sec(r.uniform(3, 12)),
                    htid,
                    hctx,
                    "The remote host (%s) is considered as dead - not scanning",
                    a,
                )
                slots[j] = hs + sec(r.uniform(3, 12))
                continue
            N(hs, htid, hctx, "Testing %s", a)
            dur = r.uniform(90, 1400)
            for _ in range(r.choice([0, 0, 0, 1, 1, 2]) if dur > 340 else 0):
                p = r.choice(NS_PLUGINS)
                N(
                    hs + sec(r.uniform(330, dur - 5)),
                    htid,
                    f"{hctx}[plugin={p[0]}][plugin_id={p[1]}]",
                    "Plugin timed out (exceeded %d seconds), killed",
                    320,
                )
            if r.random() < 0.12:
                N(
                    hs + sec(r.uniform(5, 30)),
                    htid,
                    f"{hctx}[plugin=ssh_get_info2.nasl][plugin_id=97993]",
                    "SSH authentication failed for user '%s' on %s:%d",
                    "nessus-scan",
                    a,
                    22,
                )
            he = hs + sec(dur)
            if paused and hs < at(7, 25, 3) < he:
                he += sec(909)
            if ts < restart <= he:
                cut = restart
                slots[j] = restart + sec(3600)
                continue
            N(he, htid, hctx, "Finished testing %s. Time : %.2f secs", a, (he - hs).total_seconds())
            slots[j] = he
            end = max(end, he)
        if paused:
            N(at(7, 25, 3), tid, base, "Scan status changed from %s to %s", "running", "paused")
            N(at(7, 40, 9), tid, base, "Scan status changed from %s to %s", "paused", "resuming")
            N(at(7, 40, 11), tid, base, "Scan status changed from %s to %s", "resuming", "running")
        if name == "Branch offices":
            for t in poisson(r, ts + sec(600), ts + sec(1500), 40):
                N(
                    t,
                    tid,
                    base,
                    "Network congestion detected, reducing the number of parallel checks to %d",
                    r.choice([3, 2, 2, 1]),
                )
        if cut is not None or (ts < restart and end >= restart):
            if canceled:
                t = N(cut, tid, base, "Scan status changed from %s to %s", "running", "stopping")
                N(
                    t + sec(6.2),
                    tid,
                    base,
                    "Scan status changed from %s to %s",
                    "stopping",
                    "canceled",
                )
            else:
                N(restart, tid, base, "Scan status changed from %s to %s", "running", "aborted")
            continue
        end += sec(r.uniform(2, 10))
        t = N(
            end,
            tid,
            base,
            "Total time to scan all hosts : %d seconds",
            int((end - ts).total_seconds()),
        )
        N(t + sec(0.5), tid, base, "Scan status changed from %s to %s", "running", "completed")
    # the restart
    t = N(restart + sec(0.2), 1, "", "Received signal %d, shutting down", 15)
    pid[0] = 30271
    start(t + sec(9.5), 205187)
    for t in poisson(r, t0 + sec(600), t_end, 2400):
        N(t, 3, "", "Nessus Professional license will expire in %d days", 27)
    return fs.logs(t0)


# -------------------------------------------------------------------------- graylog-sidecar

GS_HOSTS = ["web01", "web02", "db01"]
GS_SERVER = "https://graylog.example.com/api"
GS_ADDR = "10.0.0.5:443"


def logrus_q(msg: str) -> str:
    """logrus' text formatter: a message with a blank, a quote or a non-identifier character
    quoted as Go's %q."""
    if msg and all(c.isalnum() or c in "-._/@^+" for c in msg):
        return msg
    return json.dumps(msg, ensure_ascii=False)


def graylog_sidecar(r: random.Random) -> list[Log]:
    """Three sidecars running filebeat, 06:00 to 12:00: started at 06:00, Graylog down
    07:30-08:05, web02's filebeat crash-looping at 08:45 until its sidecar is restarted at
    09:05, Graylog's balancer answering 502 10:00-10:04 (an upgrade), a bad configuration
    pushed 10:30-10:36, the API timing out 11:10-11:20, db01's sidecar restarted at 11:40."""
    fs = Files()
    t0, t_end = at(6, 0), at(12, 0)
    nodes = {h: uuid4(r) for h in GS_HOSTS}

    def S(h: str, t: datetime, lvl: str, fmt: str, *vals: object) -> datetime:
        msg = fill(fmt, *vals)
        return fs.add(
            f"{h}-sidecar.log",
            t,
            fmt,
            lambda x: [f'time="{x:%Y-%m-%dT%H:%M:%S}Z" level={lvl} msg={logrus_q(msg)}'],
            h,
            MS,
        )

    def start(h: str, t: datetime) -> datetime:
        t = S(h, t, "info", "Using node-id: %s", nodes[h])
        t = S(h, t + sec(0.001), "info", "No node name was configured, falling back to hostname")
        t = S(h, t + sec(0.05), "info", "Starting signal distributor")
        t = S(h, t + sec(r.uniform(0.3, 1.0)), "info", "Adding process runner for: %s", "filebeat")
        t = S(
            h,
            t + sec(0.02),
            "info",
            "[%s] Configuration change detected, rewriting configuration file.",
            "filebeat",
        )
        return S(h, t + sec(0.3), "info", "[%s] Starting (%s driver)", "filebeat", "exec")

    def stop(h: str, t: datetime) -> datetime:
        t = S(h, t, "info", "Stopping signal distributor")
        return S(h, t + sec(0.01), "info", "[%s] Stopping", "filebeat")

    refused = 'Put "%s": dial tcp %s: connect: connection refused'
    refused_get = 'Get "%s": dial tcp %s: connect: connection refused'
    timeout = 'Put "%s": context deadline exceeded (Client.Timeout exceeded while awaiting headers)'
    timeout_get = (
        'Get "%s": context deadline exceeded (Client.Timeout exceeded while awaiting headers)'
    )
    for h in GS_HOSTS:
        start(h, t0 + sec(r.uniform(1, 4)))
    restarts = {"web02": at(9, 5, 11), "db01": at(11, 40, 3)}
    for h in GS_HOSTS:
        reg = f"{GS_SERVER}/sidecars/{nodes[h]}"
        coll = f"{GS_SERVER}/sidecar/collectors"
        # the two periodic loops, each every 10 s plus the request's time
        for loop in ("reg", "conf"):
            t = t0 + sec(10 + r.uniform(0, 3))
            while t < t_end:
                down = at(7, 30) <= t < at(8, 5)
                bad = at(10, 0) <= t < at(10, 4)
                slow = at(11, 10) <= t < at(11, 20)
                gone = h in restarts and restarts[h] - sec(0.5) <= t < restarts[h] + sec(5)
                if gone:
                    t += sec(10)
                    continue
                if loop == "reg":
                    if down:
                        S(
                            h,
                            t,
                            "error",
                            "[UpdateRegistration] Failed to report collector status to server: "
                            + refused,
                            reg,
                            GS_ADDR,
                        )
                    elif bad:
                        S(
                            h,
                            t + sec(0.02),
                            "error",
                            "[UpdateRegistration] Bad response from Graylog server: %s",
                            "502 Bad Gateway",
                        )
                    elif slow:
                        t += sec(30)
                        S(
                            h,
                            t,
                            "error",
                            "[UpdateRegistration] Failed to report collector status to server: "
                            + timeout,
                            reg,
                        )
                else:
                    if down:
                        t = S(
                            h,
                            t,
                            "error",
                            "[RequestBackendList] Fetching backend list: " + refused_get,
                            coll,
                            GS_ADDR,
                        )
                        S(
                            h,
                            t + sec(0.001),
                            "error",
                            "Can't fetch collector list from Graylog API: " + refused_get,
                            coll,
                            GS_ADDR,
                        )
                    elif bad:
                        S(
                            h,
                            t + sec(0.02),
                            "error",
                            "[RequestBackendList] Bad response status from Graylog server: %s",
                            "502 Bad Gateway",
                        )
                    elif slow:
                        t += sec(30)
                        t = S(
                            h,
                            t,
                            "error",
                            "[RequestBackendList] Fetching backend list: " + timeout_get,
                            coll,
                        )
                        S(
                            h,
                            t + sec(0.001),
                            "error",
                            "Can't fetch collector list from Graylog API: " + timeout_get,
                            coll,
                        )
                t += sec(10 + r.uniform(0.0005, 0.004))
    # web02's filebeat crash-looping
    t = at(8, 45, 7)
    for k in range(1, 4):
        t = S(
            "web02",
            t,
            "error",
            "[%s] Backend finished unexpectedly, trying to restart %d/3.",
            "filebeat",
            k,
        )
        t = S("web02", t + sec(0.002), "info", "[%s] Starting (%s driver)", "filebeat", "exec")
        t += sec(r.uniform(1.5, 3))
    t = S(
        "web02", t, "error", "[%s] Unable to start collector after 3 tries, giving up!", "filebeat"
    )
    S(
        "web02",
        t + sec(0.001),
        "error",
        "[%s] Collector output: %s",
        "filebeat",
        "Exiting: could not start the HTTP server for the API: listen tcp 127.0.0.1:5066: bind: address already in use\n",
    )
    # the bad configuration: the first fetch after the push on the web hosts
    for h in ["web01", "web02"]:
        t = at(10, 30, r.randint(2, 11))
        t = S(
            h,
            t,
            "info",
            "[%s] Configuration change detected, rewriting configuration file.",
            "filebeat",
        )
        t = S(
            h,
            t + sec(0.4),
            "error",
            "[%s] Error during configuration validation: %s %s",
            "filebeat",
            "Exiting: error loading config file: yaml: line 23: did not find expected key\n",
            "exit status 1",
        )
        t = S(
            h,
            t + sec(0.001),
            "error",
            "[%s] Collector configuration file is not valid, waiting for the next update.",
            "filebeat",
        )
        t = at(10, 36, r.randint(2, 11))
        t = S(
            h,
            t,
            "info",
            "[%s] Configuration change detected, rewriting configuration file.",
            "filebeat",
        )
        t = S(h, t + sec(0.5), "info", "[%s] Stopping", "filebeat")
        S(h, t + sec(0.3), "info", "[%s] Starting (%s driver)", "filebeat", "exec")
    for h, tr in restarts.items():
        t = stop(h, tr - sec(0.4))
        start(h, tr + sec(1.2))
    return fs.logs(t0)


# ----------------------------------------------------------------------------- velociraptor

VR_SERVICES = [
    "Starting Journal service for %s.",
    "Starting the notification service for %s.",
    "Starting Inventory Service for %s",
]
VR_SERVICES2 = [
    "Starting Hunt Dispatcher Service for %s.",
    "Starting Server Artifact Runner Service for %s.",
]
VR_EVENTS = [
    "Server.Monitor.Health",
    "Server.Internal.ArtifactDescription",
    "Server.Alerts.PsExec",
    "Server.Monitoring.ClientCount",
]
VR_ARTIFACTS = [
    "Windows.KapeFiles.Targets",
    "Windows.System.Pslist",
    "Generic.Client.Info",
    "Windows.EventLogs.Evtx",
    "Linux.Sys.BashHistory",
    "Windows.Detection.Autoruns",
    "Windows.Forensics.Prefetch",
]


def velociraptor(r: random.Random) -> list[Log]:
    """One Velociraptor server behind a TCP load balancer, 06:00 to 12:00: started at 06:00
    and after a configuration change at 10:15, the balancer's check every 15 s, a TLS scanner
    08:10-08:30, analysts' collections and hunts, clients enrolling, the datastore's disk full
    11:20-11:35."""
    fs = Files()
    t0, t_end = at(6, 0), at(12, 0)

    def R(t: datetime, lvl: str, fmt: str, *vals: object, fields: dict | None = None) -> datetime:
        msg = fill(fmt, *vals)
        if fields is not None:
            msg += " " + json.dumps(fields, separators=(",", ":"))
        return fs.add(
            "velociraptor.log",
            t,
            fmt,
            lambda x: [f"[{lvl}] {x:%Y-%m-%dT%H:%M:%S}Z {msg}"],
            "vr",
            MS,
        )

    build = {"build_time": "2024-04-11T03:36:11Z", "commit": "e1b5e1ed", "version": "0.72.3"}

    def start(t: datetime) -> datetime:
        t = R(t, "INFO", "Digging deeper! https://www.velocidex.com")
        t = R(
            t + sec(0.001),
            "INFO",
            "This is Velociraptor %s built on %s (%s)",
            "0.72.3",
            "2024-04-11T03:36:11Z",
            "e1b5e1ed",
        )
        t = R(
            t + sec(0.002),
            "INFO",
            "Loading config from file %s",
            "/etc/velociraptor/server.config.yaml",
        )
        t = R(t + sec(0.01), "INFO", "Starting Frontend.", fields=build)
        t = R(t + sec(0.001), "INFO", "Increased open file limit to %d", 999999)
        for s in VR_SERVICES:
            t = R(t + sec(r.uniform(0.001, 0.02)), "INFO", s, "Server")
        t = R(
            t + sec(r.uniform(0.2, 0.5)),
            "INFO",
            "Loaded %d built in artifacts in %s",
            519,
            f"{r.uniform(120, 260):.6f}ms",
        )
        for s in VR_SERVICES2:
            t = R(t + sec(r.uniform(0.001, 0.02)), "INFO", s, "Server")
        for a in VR_EVENTS:
            t = R(
                t + sec(r.uniform(0.001, 0.01)), "INFO", "Collecting Server Event Artifact: %s", a
            )
        t = R(
            t + sec(0.05),
            "INFO",
            "Frontend is ready to handle client TLS requests at %s",
            "https://0.0.0.0:8000/",
        )
        t = R(
            t + sec(0.001),
            "INFO",
            "GUI is ready to handle TLS requests on %s",
            "https://0.0.0.0:8889/",
        )
        return R(t + sec(0.002), "INFO", "Launched gRPC API server on %s", "127.0.0.1:8001")

    start(t0 + sec(1.4))
    restart = at(10, 15, 4)
    R(restart, "INFO", "Interrupted! Shutting down")
    start(restart + sec(2.3))
    lbs = ["10.0.1.2", "10.0.1.3"]
    for t in poisson(r, t0 + sec(5), t_end, 15):
        if restart - sec(1) <= t < restart + sec(3):
            continue
        R(
            t,
            "ERROR",
            "http: TLS handshake error from %s: EOF",
            f"{r.choice(lbs)}:{r.randint(32768, 60999)}",
        )
    for t in poisson(r, at(8, 10), at(8, 30), 3.5):
        R(
            t,
            "ERROR",
            "http: TLS handshake error from %s: tls: client offered only unsupported versions: %v",
            f"10.0.9.44:{r.randint(32768, 60999)}",
            r.choice(["[302 301]", "[301]", "[300]"]),
        )
    for t in poisson(r, t0 + sec(60), t_end, 300):
        R(
            t,
            "ERROR",
            "http: TLS handshake error from %s: read tcp %s->%s: read: connection reset by peer",
            f"10.0.{r.choice([5, 6, 7])}.{r.randint(2, 250)}:{r.randint(49152, 65535)}",
            "10.0.1.20:8000",
            f"10.0.{r.choice([5, 6, 7])}.{r.randint(2, 250)}:{r.randint(49152, 65535)}",
        )
    users = ["alice@example.com", "bob@example.com", "ir-automation"]
    for t in poisson(r, at(7, 30), t_end, 240):
        u = r.choice(users)
        x = r.random()
        cid = f"C.{hexid(r, 16)}"
        if x < 0.6:
            R(
                t,
                "INFO",
                "ScheduleArtifactCollection",
                fields={
                    "client": cid,
                    "details": {
                        "artifacts": r.sample(VR_ARTIFACTS, r.choice([1, 1, 2])),
                        "flow_id": f"F.{hexid(r, 13).upper()}",
                    },
                    "principal": u,
                },
            )
        elif x < 0.8:
            hid = f"H.{hexid(r, 13).upper()}"
            t = R(
                t,
                "INFO",
                "CreateHunt",
                fields={
                    "details": {"artifacts": [r.choice(VR_ARTIFACTS)], "hunt_id": hid},
                    "principal": u,
                },
            )
            R(
                t + sec(r.uniform(5, 60)),
                "INFO",
                "ModifyHunt",
                fields={"details": {"hunt_id": hid, "state": "RUNNING"}, "principal": u},
            )
        else:
            R(
                t,
                "INFO",
                "SetClientLabels",
                fields={
                    "client": cid,
                    "details": {
                        "labels": [r.choice(["quarantine", "triage", "finance", "servers"])],
                        "op": "set",
                    },
                    "principal": u,
                },
            )
    for t in poisson(r, t0 + sec(120), t_end, 900):
        R(t, "INFO", "Enrolled new client %s", f"C.{hexid(r, 16)}")
    for t in poisson(r, at(11, 20), at(11, 35), 5):
        cid = f"C.{hexid(r, 16)}"
        fid = f"F.{hexid(r, 13).upper()}"
        R(
            t,
            "ERROR",
            "flow_storage: %s: write %s: no space left on device",
            fid,
            f"/opt/velociraptor/clients/{cid}/collections/{fid}/uploads.json.index",
        )
    return fs.logs(t0)


# ------------------------------------------------------------------------------------ fleet

FL_CRONS = [
    ("cleanups_then_aggregation", 3600),
    ("frequent_cleanups", 900),
    ("vulnerabilities", 7200),
    ("usage_statistics", 3600),
    ("automations", 3600),
]


def fleet(r: random.Random) -> list[Log]:
    """One Fleet server, 06:00 to 12:00: started at 06:00 and after its upgrade at 09:00,
    five hosts whose node keys the restored database lost (07:05-07:30), two hosts with an
    old enroll secret all morning, MySQL failing over 08:20-08:27, crons, live queries, API
    clients with expired sessions."""
    fs = Files()
    t0, t_end = at(6, 0), at(12, 0)

    def F(t: datetime, label: str, rec: dict[str, object]) -> datetime:
        def text(x: datetime) -> list[str]:
            d = dict(rec)
            d["ts"] = f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond:06d}{r.randint(0, 999):03d}Z"
            return [json.dumps(dict(sorted(d.items())), separators=(",", ":"))]

        return fs.add("fleet.log", t, label, text, "fleet", MS)

    def msg(t: datetime, level: str, m: str, **kw: object) -> datetime:
        return F(t, m, {"level": level, "msg": m, **kw})

    def err(t: datetime, level: str, fmt: str, vals: tuple, **kw: object) -> datetime:
        return F(t, fmt, {"level": level, "err": fill(fmt, *vals), **kw})

    def start(t: datetime, version: str) -> datetime:
        t = msg(t, "info", "fleet version", version=version)
        t = msg(t + sec(0.05), "info", "connected to mysql", address="10.0.3.10:3306")
        t = msg(
            t + sec(0.02), "info", "connected to redis", address="10.0.3.20:6379", mode="standalone"
        )
        t = msg(t + sec(0.2), "info", "migrations up to date")
        for c, _ in FL_CRONS:
            t = msg(t + sec(0.003), "info", "cron scheduled", component="crons", cron=c)
        return F(
            t + sec(0.01),
            "listening",
            {"address": "0.0.0.0:8080", "msg": "listening", "transport": "https"},
        )

    start(t0 + sec(1.6), "4.52.0")
    upgrade = at(9, 0, 12)
    msg(upgrade, "info", "received signal, shutting down", signal="terminated")
    msg(upgrade + sec(0.3), "info", "server shutdown complete")
    start(upgrade + sec(14), "4.53.1")

    def http(uri: str, ip: str) -> dict[str, object]:
        return {
            "component": "http",
            "ip_addr": ip,
            "method": "POST",
            "took": f"{r.uniform(0.3, 4):.6f}ms",
            "uri": uri,
            "x_for_ip_addr": ip,
        }

    def gone(t: datetime) -> bool:
        return upgrade <= t < upgrade + sec(15)

    # hosts with node keys the restored database does not have
    stale = [(f"10.0.5.{k}", alnum32(r)) for k in (14, 38, 61, 102, 177)]
    for ip, key in stale:
        for uri, every in [
            ("/api/osquery/distributed/read", 10),
            ("/api/osquery/config", 60),
            ("/api/osquery/log", 10),
        ]:
            t = at(7, 5) + sec(r.uniform(0, every))
            end = at(7, 25) + sec(r.uniform(0, 60))
            while t < end:
                err(
                    t, "info", "authentication error: invalid node key: %s", (key,), **http(uri, ip)
                )
                t += sec(every + r.uniform(-0.05, 0.05))
            # re-enrolled
            msg(
                end + sec(1),
                "info",
                "host enrolled",
                component="service",
                hostname=f"ws-{ip.rsplit('.', 1)[1]}",
                method="EnrollAgent",
            )
    # old enroll secret
    for ip in ["10.0.6.23", "10.0.7.91"]:
        for t in poisson(r, t0 + sec(30), t_end, 300):
            if not gone(t):
                err(
                    t,
                    "info",
                    "enroll failed: no matching secret found",
                    (),
                    **http("/api/osquery/enroll", ip),
                )
    # MySQL failing over
    for t in poisson(r, at(8, 20, 3), at(8, 27, 40), 0.9):
        ip = f"10.0.{r.choice([5, 6, 7])}.{r.randint(2, 250)}"
        uri = r.choice(
            [
                "/api/osquery/distributed/read",
                "/api/osquery/distributed/read",
                "/api/osquery/log",
                "/api/osquery/config",
            ]
        )
        err(
            t,
            "error",
            "authentication error: find host: dial tcp %s: connect: connection refused",
            ("10.0.3.10:3306",),
            **http(uri, ip),
        )
    for t in poisson(r, at(8, 20, 3), at(8, 27, 40), 20):
        c = r.choice(FL_CRONS[:2])[0]
        err(
            t,
            "error",
            "%s: Error 2003 (HY000): Can't connect to MySQL server on '%s' (111)",
            (c, "10.0.3.10:3306"),
            component="crons",
            cron=c,
        )
    # crons
    for c, every in FL_CRONS:
        t = t0 + sec(every * r.uniform(0.05, 0.3))
        while t < t_end:
            if not gone(t):
                t = msg(t, "info", "started", component="crons", cron=c)
                if c == "vulnerabilities":
                    t = msg(
                        t + sec(r.uniform(2, 5)),
                        "info",
                        "syncing vulnerability database",
                        component="crons",
                        cron=c,
                    )
                    t = msg(
                        t + sec(r.uniform(60, 180)),
                        "info",
                        "checking for recent vulnerabilities",
                        component="crons",
                        cron=c,
                    )
                    t = msg(
                        t + sec(r.uniform(20, 90)),
                        "info",
                        "done",
                        component="crons",
                        cron=c,
                        took=f"{r.uniform(120, 400):.3f}s",
                    )
                elif c == "usage_statistics":
                    err(
                        t + sec(r.uniform(1, 3)),
                        "error",
                        'sending usage statistics: Post "%s": dial tcp: lookup %s on %s: no such host',
                        (
                            "https://fleetdm.com/api/v1/webhooks/receive-usage-analytics",
                            "fleetdm.com",
                            "10.0.0.2:53",
                        ),
                        component="crons",
                        cron=c,
                    )
                else:
                    msg(
                        t + sec(r.uniform(0.05, 4)),
                        "info",
                        "done",
                        component="crons",
                        cron=c,
                        took=f"{r.uniform(0.05, 4):.3f}s",
                    )
            t += sec(every + r.uniform(-2, 2))
    # live queries
    for t in poisson(r, at(6, 30), t_end, 900):
        cid = r.randint(1200, 1900)
        t = msg(
            t,
            "info",
            "live query campaign started",
            campaign_id=cid,
            component="service",
            user=r.choice(["alice@example.com", "bob@example.com"]),
        )
        msg(
            t + sec(r.uniform(20, 200)),
            "info",
            "live query campaign ended",
            campaign_id=cid,
            component="service",
        )
    # API clients with expired sessions
    for t in poisson(r, t0 + sec(300), t_end, 240):
        ip = r.choice(["10.0.3.44", "10.0.3.45"])
        d = http(
            r.choice(
                [
                    "/api/latest/fleet/hosts",
                    "/api/latest/fleet/queries",
                    "/api/latest/fleet/software",
                ]
            ),
            ip,
        )
        d["method"] = "GET"
        err(t, "info", "invalid session", (), **d)
    return fs.logs(t0)


def alnum32(r: random.Random) -> str:
    return "".join(
        r.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        for _ in range(32)
    )


SYSTEMS = {
    "openvas": openvas,
    "nessus": nessus,
    "graylog-sidecar": graylog_sidecar,
    "velociraptor": velociraptor,
    "fleet": fleet,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
