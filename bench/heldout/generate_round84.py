#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 84 (proxifier, android-health, torque, hpc-events,
cluster-syslog) into bench/heldout/, the same way and under the same label rules as generate.py
(bench/README.md, "heldout.py"): each program's log is simulated from its format strings over
a seeded run, and every line that starts an event is labelled with the format string that wrote
it as it is written; the lines that continue an event (a Java stack trace under the app's
crash line, Torque's `[continued]` lines) have no label. Distinct calls of one process never
share a timestamp at the log's resolution (round 53's Clock), which at one second spreads a
burst (a browser's page load, a job's server lines) over seconds. None of it is copied from
Loghub (its Proxifier, HealthApp, HPC and Thunderbird logs) or any corpus: the runs, hosts,
apps and incidents are invented. Five logs of desktops, phones and clusters:

- Proxifier 4 on two Windows laptops (`fin-lt012.Proxifier.log`, `dev-lt047.Proxifier.log`,
  08:00 to 13:30): `[06.04 08:03:19] chrome.exe - login.microsoftonline.com:443 close, 6205
  bytes (6.06 KB) sent, 9090 bytes (8.88 KB) received, lifetime <1 sec`; the program (` *64`
  after 64-bit ones), `open through proxy %s HTTPS` / `SOCKS5`, `open directly` for the
  intranet, the close line's sizes (`N bytes` under 1 KB, `N bytes (x KB)` or `(x MB)` above)
  and lifetime (`<1 sec`, `mm:ss`, `hh:mm:ss`); the proxy's category filter (`status code
  403`), a vendor API's 502 / 504, Chrome cancelling requests, the proxy restarting at 10:12
  (`Proxy closed the connection unexpectedly.`, Winsock errors 10061 then 10060), the SOCKS5
  proxy down at 09:20, a reboot of dev-lt047 at 11:02 and its NTLM credentials refused (407)
  after it, a Block rule for telemetry.
- Stepwise, an invented Android fitness app (com.stepwise.fit 3.8.2), writing its debug file on
  two test phones (`pixel7-stepwise-debug.log`, `galaxy-a54-stepwise-debug.log`, 07:00 to
  13:00): `20240604-07:00:25:081|SensorRegistry|9157|registerListener sensor=LSM6DSO Step
  Counter Non-wakeup delay=3 maxReportLatencyUs=0 ok=true`: the step counter's events, the
  service's daily count, the ongoing notification, the screen receiver and the listener
  re-registered with batching when the screen is off (the galaxy's sensor cannot batch), the
  day's summary row every five minutes, a sync every 30 minutes (failing on the galaxy's
  commute: `UnknownHostException`, then `SocketTimeoutException`), battery and idle changes,
  the pixel's lunch run with a BLE chest strap (heart-rate samples, a drop and reconnects,
  splits), the galaxy's crash at 10:41 (`uncaught exception in thread main` with its stack)
  and restart, the database locked once.
- Torque 6.1 (`server_logs.20240604` from pbs-head, `mom_logs.cn03.20240604`,
  `mom_logs.cn05.20240604`, `mom_logs.cn06.20240604`, 06:00 to 14:00): log_record's
  `06/04/2024 06:03:34;0008;PBS_Server.3214;Job;84212.pbs-head;Job Queued at request of
  esato@login1, owner = esato@login1, job name = blast_chunk, queue = batch` (the daemon name
  right-aligned in ten columns, `   pbs_mom.2841`, and the thread id), a message's later lines
  under the same head after `[continued]`; each job's enqueuing, Queued, Modified and Run at
  Maui's request, the mom's `Started, pid = %d`, the end (scan_for_terminated, `job was
  terminated`, `obit sent to server`), the server's `Exit_status=...`, on_job_exit and
  dequeuing; qstat on finished jobs (`Reject reply code=15001(...)`), qdel, holds, a walltime
  overrun killed by the mom; a user over quota (sys_copy failing, `Unable to copy file ...`
  over five lines, `Post job file processing error; ...`); cn05's panic at 09:48 (stream_eof,
  check_nodes, a job requeued) and its return; pbs_server restarted at 11:30 (the moms'
  connect() refused); a reimaged node calling from an address not in the nodes file; mail
  failing.
- An invented hardware monitor's event log (`hwmond-events.log`, 06:00 to 18:00, a 256-node
  cluster): `4420396 cn157 cpu0 temperature 1717509936 1 temperature cpu0 at 93 C exceeds
  warning threshold 90 C`: record id, node, component, state, epoch, flag, message. Nodes
  rebooting between jobs (`node state changed from running to unavailable (reboot requested by
  scheduler)`, the boot command, `boot completed ...`, back to running), fans flapping around
  their minimum on four nodes, a DIMM's correctable errors and finally an uncorrectable one, an
  InfiniBand port flapping, rack r5's cooling failing at 14:05 (warnings, fans at full speed,
  critical temperatures, thermal shutdowns, power-on when cool), a PSU losing AC input on four
  nodes, a node losing its heartbeat and its BMC, the monitor's hourly summary.
- A supercomputer's collected syslog in an alerting layout (`compute-nodes.log`,
  `service-nodes.log`, 06:00 to 14:00): `- 1717480861 2024.06.04 cn001 Jun  4 06:01:01 cn001
  CROND[19338]: pam_unix(crond:session): session opened for user root by (uid=0)`, an alert
  tag (`ECC`, `THERM`, `OOM`, `NFS`, `LUSTRE`, `PBS_CON`, `IB_LINK`) or `-` first; crond,
  sshd, ntpd, the kernel (EDAC, thermal throttling, the OOM killer, NFS, Lustre, the boot
  banner), pbs_mom through syslog (no pid), dhcpd and xinetd on the admin node, the subnet
  manager's notices (ib_sm).

Label notes. The rules of rounds 51 to 77 hold. Proxifier's time, the app's time, tag and pid,
Torque's date, flags, daemon.tid, class and object, the monitor's record id, node, component,
state, epoch and flag, and the collector's tag, epoch, date and node with syslog's time, host
and `program[pid]:` are context: the message is the label. Proxifier's program (with ` *64`)
and target are values; the close line's two sizes and its lifetime are each one value (a size
formatter writes `N bytes` or `N bytes (x KB)`, the lifetime `<1 sec` or `mm:ss`), the proxy
type a value, the reason after `error : ` wording with its status code or Winsock error a
value. Java's `%b` booleans, the sensor's name (with blanks), intent actions and a workout's
type are values; an exception's text contributes its format (`SocketTimeoutException:
timeout` and `: Read timed out` are two labels). Torque's log_ext line is `LOG_ERROR::` with the
routine's name (wording) and, when it has an errno, `%s (%d) in ` (strerror's text and the
number values) before the caller's text; a `[continued]` line belongs to its event. The
monitor's reason in parentheses is the caller's literal (wording); the states before and after
are values. pam_unix's `pam_unix(crond:session): ` is context, as round 61's; an ib_sm
notice's type, number and description are wording (one label per kind of notice).

Sources: Torque's log layout, log_ext's, and its message table (`Job Queued at request of
%s@%s, owner = %s, job name = %s, queue = %s`, `Server %s started, initialization type = %d`,
`Server Ready, pid = %d, loglevel=%d`, `Job sent signal %s on delete`, `Post job file
processing error; job %s on host %s`, the holds, the shutdown and requeue messages) were
checked against a public copy of its source; the rest is written from the helper's knowledge.
Least sure: Proxifier's lines other than open / close / the three errors (start-up, `Profile
loaded: %s`, `Name resolution through proxy: %s`, shutdown, `Network configuration changed`,
`A new version of Proxifier is available: %s`, `Profile saved: %s`, `Rules changed, %d rules
active`, `%s - %s blocked (rule: %s)`, `Proxy server reported: %s`: all invented), whether a
407 is reported as the status-code error, the sizes' precision and whether a failed open
writes a close line (taken: no); Stepwise's messages (invented, as an app's are) and its time
layout; Torque's mom lines (`Started, pid = %d`, scan_for_terminated, `job was terminated`,
`obit sent to server`, `walltime %ld exceeded limit %ld`, kill_task, `Is up`), the
`Exit_status` line's resources, on_job_exit and enqueuing / dequeuing, the stream_eof,
check_nodes and svr_is_request wordings, the mail failure, the `Unable to copy file` block in
the mom's log, and `mom_server_check_connection, connection to server %s timed out`
(invented); the monitor (invented whole); the alerting layout and its tags, ib_sm's `sweep
complete` line (invented) and notice wording (modelled on OpenSM's), the EDAC line's fields.
Run it only to change the data on purpose: `python bench/heldout/generate_round84.py [SYSTEM
...]`.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, mac
from generate_round52 import Records, fill, secs
from generate_round53 import Clock
from generate_round55 import at, poisson

Text = Callable[[datetime], list[str]]


class Files:
    """The files of one system (each a Records) and its Clock: `add(file, t, label, text)`
    writes `text(t)` (the event's lines, the first labelled `label`) at the process's next
    free instant (`proc`, the file by default) and returns that instant."""

    def __init__(self, res: int) -> None:
        self.clock = Clock(res)
        self.files: dict[str, Records] = {}

    def add(
        self, f: str, t: datetime, label: str | None, text: Text, proc: object = None
    ) -> datetime:
        t = self.clock.at(proc if proc is not None else f, t)
        self.files.setdefault(f, Records()).add(t, text(t), label)  # type: ignore[arg-type]
        return t

    def logs(self, t0: datetime) -> list[Log]:
        return [self.files[k].into(Log(k, t0)) for k in sorted(self.files)]


# --------------------------------------------------------------------------------- proxifier

PX_PROXY = "proxy.corp.fabrikam.com:8080"
PX_SOCKS = "10.20.0.5:1080"
PX_WEB = [
    "www.google.com:443",
    "fonts.gstatic.com:443",
    "www.gstatic.com:443",
    "apis.google.com:443",
    "ssl.gstatic.com:443",
    "accounts.google.com:443",
    "www.bbc.co.uk:443",
    "static.files.bbci.co.uk:443",
    "en.wikipedia.org:443",
    "upload.wikimedia.org:443",
    "cdn.jsdelivr.net:443",
    "www.linkedin.com:443",
    "static.licdn.com:443",
    "login.microsoftonline.com:443",
    "aadcdn.msftauth.net:443",
    "www.reuters.com:443",
    "ajax.googleapis.com:443",
    "clients4.google.com:443",
    "update.googleapis.com:443",
    "www.youtube.com:443",
    "i.ytimg.com:443",
    "safebrowsing.googleapis.com:443",
    "content-autofill.googleapis.com:443",
    "142.250.185.78:443",
    "[2a00:1450:4001:82b::200e]:443",
]
PX_DEV_WEB = [
    "github.com:443",
    "api.github.com:443",
    "objects.githubusercontent.com:443",
    "avatars.githubusercontent.com:443",
    "stackoverflow.com:443",
    "cdn.sstatic.net:443",
    "docs.python.org:443",
    "pkg.go.dev:443",
    "developer.mozilla.org:443",
    "www.google.com:443",
    "fonts.gstatic.com:443",
    "registry.npmjs.org:443",
]
PX_INTRANET = [
    "intranet.corp.fabrikam.com:443",
    "erp.corp.fabrikam.com:443",
    "wiki.corp.fabrikam.com:443",
    "gitlab.corp.fabrikam.com:443",
    "jira.corp.fabrikam.com:443",
    "10.20.4.15:445",
]


def px_size(n: int) -> str:
    if n < 1024:
        return f"{n} bytes"
    v, unit = (n / 1024, "KB") if n < 1024 * 1024 else (n / 1048576, "MB")
    s = f"{v:.2f}" if v < 10 else f"{v:.1f}" if v < 100 else f"{v:.0f}"
    return f"{n} bytes ({s} {unit})"


def px_life(s: float) -> str:
    if s < 1:
        return "<1 sec"
    n = int(s)
    h, rest = divmod(n, 3600)
    m, sec = divmod(rest, 60)
    return f"{h:02d}:{m:02d}:{sec:02d}" if h else f"{m:02d}:{sec:02d}"


def proxifier(r: random.Random) -> list[Log]:
    """Two Windows laptops' Proxifier logs, 08:00 to 13:30 on June 4 (the year is not written):
    fin-lt012 (a finance user: Chrome, Outlook, Teams, OneDrive, the ERP directly) and
    dev-lt047 (a developer: Chrome, VS Code, git, ssh through a SOCKS5 proxy, pip, Docker).
    Everything outside corp.fabrikam.com goes through the HTTPS proxy, intranet hosts directly,
    ssh to github.com:22 through the SOCKS5 proxy. The corporate proxy refuses a few
    categories (403), an external API answers 502/504 now and then, Chrome cancels a few
    pending requests; the proxy restarts at 10:12 (connections closed unexpectedly, refused
    10061, then timed out 10060 until 10:19); the SOCKS5 proxy is down 09:20-09:31; dev-lt047
    reboots for updates at 11:02 and its NTLM credentials are refused (407) after it."""
    fs = Files(1_000_000)
    t0, t_end = at(8, 0), at(13, 30)
    files = {"fin": "fin-lt012.Proxifier.log", "dev": "dev-lt047.Proxifier.log"}
    px_down = (at(10, 12, 5), at(10, 13, 50), at(10, 16, 10), at(10, 19, 20))
    socks_down = (at(9, 20, 0), at(9, 31, 0))
    reboot = at(11, 2, 30)
    up_again = reboot + timedelta(seconds=140)
    ntlm_bad = (up_again, up_again + timedelta(minutes=4))

    def head(t: datetime) -> str:
        return f"[{t:%m.%d %H:%M:%S}] "

    def E(host: str, t: datetime, fmt: str, *vals: object) -> datetime:
        msg = fill(fmt, *vals)
        return fs.add(files[host], t, fmt, lambda t: [head(t) + msg])

    def startup(host: str, t: datetime) -> datetime:
        t = E(host, t, "Proxifier v%s (%s) started", "4.12", "x64")
        t = E(
            host,
            t,
            "Profile loaded: %s",
            f"C:\\Users\\{'mkovacs' if host == 'fin' else 'tjansen'}\\AppData\\Roaming\\Proxifier4\\Profiles\\Corporate.ppx",
        )
        t = E(host, t, "Name resolution through proxy: %s", "enabled")
        return t

    def shutdown(host: str, t: datetime) -> datetime:
        t = E(host, t, "Proxifier is shutting down...")
        return t

    def conn(
        host: str, app: str, target: str, t: datetime, rule: str, life: float, sent: int, recv: int
    ) -> None:
        if host == "dev" and reboot - timedelta(seconds=3) <= t <= up_again:
            return
        if rule == "direct":
            t = E(host, t, "%s - %s open directly", app, target)
        else:
            proxy = PX_SOCKS if rule == "socks" else PX_PROXY
            kind = "SOCKS5" if rule == "socks" else "HTTPS"
            if rule == "socks" and socks_down[0] <= t < socks_down[1]:
                E(
                    host,
                    t,
                    "%s - %s error : Could not connect to proxy %s - connection attempt failed with error %d",
                    app,
                    target,
                    proxy,
                    10061,
                )
                return
            if rule == "proxy":
                if px_down[0] <= t < px_down[1]:
                    E(
                        host,
                        t,
                        "%s - %s error : Could not connect through proxy %s - Proxy closed the connection unexpectedly.",
                        app,
                        target,
                        proxy,
                    )
                    return
                if px_down[1] <= t < px_down[2]:
                    E(
                        host,
                        t,
                        "%s - %s error : Could not connect to proxy %s - connection attempt failed with error %d",
                        app,
                        target,
                        proxy,
                        10061,
                    )
                    return
                if px_down[2] <= t < px_down[3]:
                    E(
                        host,
                        t,
                        "%s - %s error : Could not connect to proxy %s - connection attempt failed with error %d",
                        app,
                        target,
                        proxy,
                        10060,
                    )
                    return
                if host == "dev" and ntlm_bad[0] <= t < ntlm_bad[1]:
                    E(
                        host,
                        t,
                        "%s - %s error : Could not connect through proxy %s - Proxy server cannot establish a connection with the target, status code %d",
                        app,
                        target,
                        proxy,
                        407,
                    )
                    return
                if app.startswith(("chrome", "msedge")) and r.random() < 0.012:
                    E(
                        host,
                        t,
                        "%s - %s error : A connection request was canceled before the completion.",
                        app,
                        target,
                    )
                    return
            t = E(host, t, "%s - %s open through proxy %s %s", app, target, proxy, kind)
        if host == "dev" and t < reboot < t + timedelta(seconds=life):
            life = (reboot - t).total_seconds() - 1
        if rule == "proxy" and t < px_down[0] < t + timedelta(seconds=life):
            life = (px_down[0] - t).total_seconds() + r.uniform(0, 3)
        if life > 1 and r.random() < 0.04:
            sent, recv = r.randrange(0, 600), 0
        E(
            host,
            t + timedelta(seconds=life),
            "%s - %s close, %s sent, %s received, lifetime %s",
            app,
            target,
            px_size(sent),
            px_size(recv),
            px_life(life),
        )

    def page(host: str, app: str, hosts: list[str], t: datetime) -> None:
        for target in r.sample(hosts, r.randint(2, 7)):
            t += secs(r, 0.05, 0.9)
            life = r.choice([r.uniform(0.05, 0.9), r.uniform(1, 20), r.uniform(5, 240)])
            conn(
                host,
                app,
                target,
                t,
                "proxy",
                life,
                r.randrange(300, 9000),
                int(r.lognormvariate(9.5, 1.6)),
            )

    for host in ("fin", "dev"):
        startup(host, t0 + secs(r, 2, 20))
    startup("dev", up_again)
    shutdown("dev", reboot)
    E(
        "dev",
        up_again + timedelta(seconds=30),
        "A new version of Proxifier is available: %s",
        "4.14",
    )
    E(
        "dev",
        at(9, 5, 12),
        "Profile saved: %s",
        "C:\\Users\\tjansen\\AppData\\Roaming\\Proxifier4\\Profiles\\Corporate.ppx",
    )
    E("dev", at(9, 5, 13), "Rules changed, %d rules active", 7)
    for h, tt in (("fin", at(12, 41, 3)), ("dev", at(12, 9, 40))):
        E(h, tt, "Network configuration changed")

    # browsing
    for t in poisson(r, t0 + timedelta(minutes=1), t_end, 185):
        if at(12, 0) <= t < at(12, 40):
            continue
        page("fin", "chrome.exe", PX_WEB, t)
    for t in poisson(r, t0 + timedelta(minutes=3), t_end, 280):
        page("dev", "chrome.exe", PX_DEV_WEB + PX_WEB[:6], t)
    # intranet and ERP direct
    for t in poisson(r, t0 + timedelta(minutes=5), t_end, 240):
        conn(
            "fin",
            r.choice(["chrome.exe", "chrome.exe", "EXCEL.EXE *64"]),
            r.choice([*PX_INTRANET[:3], "10.20.4.15:445"]),
            t,
            "direct",
            r.uniform(0.2, 300),
            r.randrange(800, 40000),
            r.randrange(2000, 900000),
        )
    for t in poisson(r, t0 + timedelta(minutes=5), t_end, 300):
        conn(
            "dev",
            r.choice(["chrome.exe", "git-remote-https.exe *64"]),
            r.choice(PX_INTRANET[2:5]),
            t,
            "direct",
            r.uniform(0.3, 40),
            r.randrange(800, 40000),
            r.randrange(2000, 300000),
        )
    # long-lived clients
    for host, app, targets, mean in (
        (
            "fin",
            "OUTLOOK.EXE *64",
            ["outlook.office365.com:443", "outlook.office.com:443", "substrate.office.com:443"],
            520,
        ),
        (
            "fin",
            "ms-teams.exe *64",
            [
                "teams.microsoft.com:443",
                "presence.teams.microsoft.com:443",
                "52.113.194.132:3478",
                "trouter-weu-01.trouter.teams.microsoft.com:443",
            ],
            460,
        ),
        ("fin", "OneDrive.exe *64", ["contoso-my.sharepoint.com:443", "g.live.com:443"], 600),
        (
            "fin",
            "svchost.exe *64",
            [
                "settings-win.data.microsoft.com:443",
                "ctldl.windowsupdate.com:80",
                "v10.events.data.microsoft.com:443",
            ],
            900,
        ),
        (
            "dev",
            "ms-teams.exe *64",
            ["teams.microsoft.com:443", "presence.teams.microsoft.com:443"],
            600,
        ),
        (
            "dev",
            "Code.exe",
            [
                "marketplace.visualstudio.com:443",
                "update.code.visualstudio.com:443",
                "vscode-sync.trafficmanager.net:443",
                "default.exp-tas.com:443",
            ],
            760,
        ),
        (
            "dev",
            "svchost.exe *64",
            ["settings-win.data.microsoft.com:443", "ctldl.windowsupdate.com:80"],
            1000,
        ),
    ):
        for t in poisson(r, t0 + timedelta(minutes=2), t_end, mean):
            conn(
                host,
                app,
                r.choice(targets),
                t,
                "proxy",
                r.uniform(20, 1500),
                r.randrange(2000, 200000),
                r.randrange(5000, 9000000),
            )
    # telemetry the profile blocks
    for host, mean in (("fin", 1100), ("dev", 1500)):
        for t in poisson(r, t0 + timedelta(minutes=2), t_end, mean):
            E(
                host,
                t,
                "%s - %s blocked (rule: %s)",
                r.choice(
                    ["svchost.exe *64", "OfficeClickToRun.exe *64", "CompatTelRunner.exe *64"]
                ),
                r.choice(
                    [
                        "v10.events.data.microsoft.com:443",
                        "self.events.data.microsoft.com:443",
                        "watson.telemetry.microsoft.com:443",
                    ]
                ),
                "Block telemetry",
            )
    # developer tools
    for t in poisson(r, t0 + timedelta(minutes=10), t_end, 420):
        tt = t
        for target in ("github.com:443", "api.github.com:443", "objects.githubusercontent.com:443")[
            : r.randint(1, 3)
        ]:
            tt += secs(r, 0.1, 1.5)
            conn(
                "dev",
                "git-remote-https.exe *64",
                target,
                tt,
                "proxy",
                r.uniform(0.3, 12),
                r.randrange(500, 20000),
                r.randrange(3000, 4000000),
            )
    for t in poisson(r, t0 + timedelta(minutes=12), t_end, 500):
        conn(
            "dev",
            "ssh.exe *64",
            "github.com:22",
            t,
            "socks",
            r.uniform(1, 8),
            r.randrange(2000, 9000),
            r.randrange(3000, 60000),
        )
        if at(12, 50) <= t < at(12, 58):
            E(
                "dev",
                t + secs(r, 30, 60),
                "%s - %s error : Could not connect through proxy %s - Proxy server reported: %s",
                "ssh.exe *64",
                "github.com:22",
                PX_SOCKS,
                "Host unreachable",
            )
    for t in poisson(r, t0 + timedelta(minutes=20), t_end, 1500):
        tt = t
        for _ in range(r.randint(3, 9)):
            tt += secs(r, 0.1, 2)
            conn(
                "dev",
                "python.exe *64",
                r.choice(["pypi.org:443", "files.pythonhosted.org:443"]),
                tt,
                "proxy",
                r.uniform(0.2, 6),
                r.randrange(500, 3000),
                r.randrange(2000, 8000000),
            )
    for t in poisson(r, t0 + timedelta(minutes=30), t_end, 1800):
        tt = t
        for target in (
            "registry-1.docker.io:443",
            "auth.docker.io:443",
            "production.cloudflare.docker.com:443",
            "production.cloudflare.docker.com:443",
        ):
            tt += secs(r, 0.2, 1.5)
            conn(
                "dev",
                "com.docker.backend.exe *64",
                target,
                tt,
                "proxy",
                r.uniform(0.5, 30),
                r.randrange(800, 5000),
                r.randrange(4000, 90000000),
            )
    # the proxy's category filter, a flaky vendor API
    for host, targets, mean in (
        ("fin", ["www.dropbox.com:443", "web.whatsapp.com:443", "www.wetransfer.com:443"], 900),
        ("dev", ["pastebin.com:443", "transfer.sh:443", "ngrok.com:443"], 1300),
    ):
        for t in poisson(r, t0 + timedelta(minutes=5), t_end, mean):
            if not (px_down[0] <= t < px_down[3]):
                E(
                    host,
                    t,
                    "%s - %s error : Could not connect through proxy %s - Proxy server cannot establish a connection with the target, status code %d",
                    "chrome.exe",
                    r.choice(targets),
                    PX_PROXY,
                    403,
                )
    for t in poisson(r, t0 + timedelta(minutes=5), t_end, 700):
        if not (px_down[0] <= t < px_down[3]):
            E(
                "fin",
                t,
                "%s - %s error : Could not connect through proxy %s - Proxy server cannot establish a connection with the target, status code %d",
                "EXCEL.EXE *64",
                "rates.fxfeed-partner.com:443",
                PX_PROXY,
                r.choice([502, 502, 504]),
            )
    return fs.logs(t0)


# --------------------------------------------------------------------------------- android-health

AH_SENSOR = {"pixel7": "Step Counter", "galaxy": "LSM6DSO Step Counter Non-wakeup"}
AH_HR = "Polar H10 8A1B2C3D"


def android_health(r: random.Random) -> list[Log]:
    """Stepwise (an invented fitness app, com.stepwise.fit 3.8.2) writing its debug log on two
    test phones, 07:00 to 13:00: `yyyyMMdd-HH:mm:ss:SSS|Tag|pid|message`. The step counter
    runs in the `:sensor` process (StepSensor, StepCounterService, SensorRegistry,
    NotificationHelper, ScreenReceiver), the rest in the main process (App, DailySummaryDao,
    SyncWorker, WorkoutSession, BleHeartRate, PowerMonitor, CrashHandler). Walks to work and a
    lunch run bring bursts of step events; the screen goes on and off all morning (the
    listener re-registered with batching when it is off); a sync every 30 minutes, failing on
    the galaxy's commute (no network, then timeouts); the pixel's lunch run with a chest
    strap that drops and reconnects; a crash on the galaxy at 10:41 (a workout started before
    a location fix) and both processes restarted; the database locked once."""
    fs = Files(1000)
    t0, t_end = at(7, 0), at(13, 0)
    files = {"pixel7": "pixel7-stepwise-debug.log", "galaxy": "galaxy-a54-stepwise-debug.log"}
    pids = {"pixel7": [18231, 18266], "galaxy": [9120, 9157]}

    def E(
        dev: str,
        t: datetime,
        tag: str,
        fmt: str,
        *vals: object,
        proc: int = 0,
        cont: list[str] | None = None,
    ) -> datetime:
        msg = fill(fmt.replace("%b", "%s"), *vals)
        pid = pids[dev][proc]

        def text(t: datetime) -> list[str]:
            return [
                f"{t:%Y%m%d-%H:%M:%S}:{t.microsecond // 1000:03d}|{tag}|{pid}|{msg}",
                *(cont or []),
            ]

        return fs.add(files[dev], t, fmt, text, proc=(dev, pid))

    def S(dev: str, t: datetime, tag: str, fmt: str, *vals: object) -> datetime:
        return E(dev, t, tag, fmt, *vals, proc=1)

    state = {
        d: {"counter": 0, "base": 0, "last_note": 0, "screen": True, "goal": False} for d in files
    }
    state["pixel7"]["counter"] = 48211
    state["galaxy"]["counter"] = 13007
    for d in files:
        state[d]["base"] = state[d]["counter"]

    def start(dev: str, t: datetime, why: str) -> datetime:
        t = E(
            dev, t, "App", "onCreate process=%s version=%s (%d)", "com.stepwise.fit", "3.8.2", 30802
        )
        t = S(
            dev,
            t + secs(r, 0.05, 0.3),
            "App",
            "onCreate process=%s version=%s (%d)",
            "com.stepwise.fit:sensor",
            "3.8.2",
            30802,
        )
        t = S(dev, t + secs(r, 0.01, 0.05), "StepCounterService", "onCreate")
        t = S(
            dev,
            t + secs(r, 0.002, 0.01),
            "StepCounterService",
            "onStartCommand action=%s flags=%d startId=%d",
            why,
            0,
            1,
        )
        t = S(
            dev,
            t + secs(r, 0.01, 0.04),
            "SensorRegistry",
            "registerListener sensor=%s delay=%d maxReportLatencyUs=%d ok=%b",
            AH_SENSOR[dev],
            3,
            0,
            "true",
        )
        return t

    for dev in files:
        start(dev, t0 + secs(r, 1, 30), "BOOT_COMPLETED" if dev == "galaxy" else "START_STICKY")

    # walking: step events (batched when the screen is off)
    walks = {
        "pixel7": [
            (at(7, 35), at(8, 5)),
            (at(9, 40), at(9, 47)),
            (at(10, 55), at(11, 3)),
            (at(12, 5), at(12, 45)),
        ],
        "galaxy": [
            (at(7, 48), at(8, 22)),
            (at(9, 12), at(9, 20)),
            (at(11, 30), at(11, 42)),
            (at(12, 20), at(12, 31)),
        ],
    }
    screen_on: dict[str, list[tuple[datetime, datetime]]] = {}
    for dev in files:
        spans, t = [], t0 + secs(r, 60, 300)
        while t < t_end:
            on = secs(r, 20, 420)
            spans.append((t, t + on))
            t += on + secs(r, 60, 1100)
        screen_on[dev] = spans

    def is_on(dev: str, t: datetime) -> bool:
        return any(a <= t < b for a, b in screen_on[dev])

    crash = at(10, 41, 7)
    restart = crash + timedelta(seconds=4)

    def step_event(dev: str, t: datetime, inc: int) -> None:
        s = state[dev]
        s["counter"] += inc
        t = S(
            dev,
            t,
            "StepSensor",
            "onSensorChanged counter=%d ts=%d",
            s["counter"],
            int((t - at(5, 0)).total_seconds() * 1e9) + r.randrange(10**6),
        )
        today = s["counter"] - s["base"]
        if r.random() < 0.45:
            t = S(
                dev,
                t + secs(r, 0.001, 0.004),
                "StepCounterService",
                "today steps=%d (counter=%d base=%d)",
                today + 2140,
                s["counter"],
                s["base"] - 2140,
            )
        if today + 2140 - s["last_note"] >= 120:
            s["last_note"] = today + 2140
            S(
                dev,
                t + secs(r, 0.003, 0.02),
                "NotificationHelper",
                "updating ongoing notification: %d steps",
                today + 2140,
            )
        if not s["goal"] and today + 2140 >= 8000:
            s["goal"] = True
            S(
                dev,
                t + secs(r, 0.02, 0.05),
                "StepCounterService",
                "daily goal reached: %d/%d",
                today + 2140,
                8000,
            )

    for dev in files:
        for a, b in walks[dev]:
            t = a
            while t < b:
                if dev == "galaxy" and crash <= t < restart:
                    t = restart
                    continue
                if is_on(dev, t) or (dev == "pixel7" and at(12, 5) <= t):
                    t += secs(r, 4, 9)
                    step_event(dev, t, r.randint(6, 16))
                else:
                    t += secs(r, 15, 40)
                    step_event(dev, t, r.randint(24, 70))
        # stray steps around the desk
        for t in poisson(r, t0, t_end, 400):
            if not (dev == "galaxy" and crash <= t < restart + timedelta(seconds=5)):
                step_event(dev, t, r.randint(3, 25))

    # the screen
    for dev in files:
        for a, b in screen_on[dev]:
            if dev == "galaxy" and crash - timedelta(seconds=30) <= a <= restart + timedelta(
                seconds=10
            ):
                continue
            t = S(dev, a, "ScreenReceiver", "onReceive %s", "android.intent.action.SCREEN_ON")
            t = S(
                dev,
                t + secs(r, 0.01, 0.05),
                "SensorRegistry",
                "flush(%s) returned %b",
                AH_SENSOR[dev],
                "true",
            )
            t = S(
                dev,
                t + secs(r, 0.005, 0.02),
                "SensorRegistry",
                "onFlushCompleted %s",
                AH_SENSOR[dev],
            )
            t = S(
                dev,
                t + secs(r, 0.002, 0.01),
                "SensorRegistry",
                "registerListener sensor=%s delay=%d maxReportLatencyUs=%d ok=%b",
                AH_SENSOR[dev],
                3,
                0,
                "true",
            )
            if r.random() < 0.6:
                S(
                    dev,
                    t + secs(r, 0.8, 6),
                    "ScreenReceiver",
                    "onReceive %s",
                    "android.intent.action.USER_PRESENT",
                )
            t = S(dev, b, "ScreenReceiver", "onReceive %s", "android.intent.action.SCREEN_OFF")
            t = S(
                dev,
                t + secs(r, 0.002, 0.01),
                "SensorRegistry",
                "unregisterListener sensor=%s",
                AH_SENSOR[dev],
            )
            S(
                dev,
                t + secs(r, 0.002, 0.01),
                "SensorRegistry",
                "registerListener sensor=%s delay=%d maxReportLatencyUs=%d ok=%b",
                AH_SENSOR[dev],
                3,
                300000000,
                "true" if dev == "pixel7" else "false",
            )
            if dev == "galaxy":
                S(
                    dev,
                    t + secs(r, 0.02, 0.05),
                    "SensorRegistry",
                    "batching not supported by %s (fifoMaxEventCount=%d), falling back to wake lock",
                    AH_SENSOR[dev],
                    0,
                )

    # the summary table, sync, power
    for dev in files:
        t = t0 + secs(r, 200, 300)
        while t < t_end:
            if not (dev == "galaxy" and crash <= t < restart + timedelta(seconds=5)):
                s = state[dev]
                today = s["counter"] - s["base"] + 2140
                E(
                    dev,
                    t,
                    "DailySummaryDao",
                    "upsert day=%s steps=%d distance=%dm kcal=%.1f",
                    "2024-06-04",
                    today,
                    int(today * 0.74),
                    today * 0.041,
                )
                if dev == "pixel7" and at(9, 33) <= t < at(9, 39):
                    for n in (1, 2, 3):
                        E(
                            dev,
                            t + secs(r, 0.1, 0.3) * n,
                            "DailySummaryDao",
                            "database is locked while writing minute buckets, retrying (%d/%d)",
                            n,
                            3,
                        )
            t += secs(r, 280, 320)
        t = t0 + secs(r, 600, 1200)
        attempt = 1
        while t < t_end:
            t = E(dev, t, "SyncWorker", "doWork runAttempt=%d", attempt)
            n = r.randrange(40, 400)
            t = E(
                dev,
                t + secs(r, 0.05, 0.2),
                "SyncWorker",
                "uploading %d samples (%d bytes)",
                n,
                n * 36 + 210,
            )
            if dev == "galaxy" and at(7, 50) <= t < at(8, 3):
                t = E(
                    dev,
                    t + secs(r, 0.01, 0.1),
                    "SyncWorker",
                    'upload failed: java.net.UnknownHostException: Unable to resolve host "%s": No address associated with hostname',
                    "api.stepwise-fit.com",
                )
                E(
                    dev,
                    t + secs(r, 0.001, 0.01),
                    "SyncWorker",
                    "scheduling retry in %d s",
                    30 * 2 ** (attempt - 1),
                )
                t += timedelta(seconds=30 * 2 ** (attempt - 1))
                attempt += 1
                continue
            if dev == "galaxy" and at(8, 3) <= t < at(8, 20):
                t = E(
                    dev,
                    t + secs(r, 10, 10.2),
                    "SyncWorker",
                    r.choice(
                        [
                            "upload failed: java.net.SocketTimeoutException: timeout",
                            "upload failed: java.net.SocketTimeoutException: timeout",
                            "upload failed: java.net.SocketTimeoutException: Read timed out",
                        ]
                    ),
                )
                E(
                    dev,
                    t + secs(r, 0.001, 0.01),
                    "SyncWorker",
                    "scheduling retry in %d s",
                    30 * 2 ** (attempt - 1),
                )
                t += timedelta(seconds=30 * 2 ** (attempt - 1))
                attempt += 1
                continue
            E(
                dev,
                t + secs(r, 0.2, 1.8),
                "SyncWorker",
                "upload finished: HTTP %d in %d ms",
                200,
                r.randrange(180, 1700),
            )
            attempt = 1
            t += secs(r, 1780, 1820)
        for t in poisson(r, t0, t_end, 1500):
            E(
                dev,
                t,
                "PowerMonitor",
                "battery level %d%%, plugged=%d",
                r.randrange(35, 99),
                r.choice([0, 0, 2]),
            )
        for t in poisson(r, t0, t_end, 2400):
            E(dev, t, "PowerMonitor", "device idle mode changed: %b", r.choice(["true", "false"]))
        for t in poisson(r, t0, t_end, 3000):
            E(dev, t, "App", "onTrimMemory level=%d", r.choice([20, 20, 40, 60]))

    # the pixel's lunch run with the chest strap
    dev = "pixel7"
    t = E(dev, at(12, 4, 40), "WorkoutSession", "start type=%s id=%d", "RUN", 5521)
    t = E(dev, t + secs(r, 0.1, 0.4), "BleHeartRate", "connecting to %s", AH_HR)
    t = E(dev, t + secs(r, 1, 3), "BleHeartRate", "connected to %s, discovering services", AH_HR)
    t = E(
        dev,
        t + secs(r, 0.3, 0.8),
        "BleHeartRate",
        "subscribed to %s on %s",
        "00002a37-0000-1000-8000-00805f9b34fb",
        AH_HR,
    )
    t = E(
        dev,
        t + secs(r, 2, 6),
        "WorkoutSession",
        "location fix accuracy=%.1fm provider=%s",
        7.9,
        "fused",
    )
    tt, bpm, km = t, 96, 0.0
    drop = (at(12, 22, 10), at(12, 22, 41))
    split = 1
    while tt < at(12, 44, 30):
        tt += secs(r, 0.9, 1.1)
        if drop[0] <= tt < drop[1]:
            continue
        bpm = max(90, min(182, bpm + r.randint(-3, 4)))
        rr = ",".join(str(int(60000 / bpm) + r.randint(-9, 9)) for _ in range(r.randint(1, 2)))
        if r.random() < 0.12:
            E(dev, tt, "BleHeartRate", "hr=%d rr=[%s] contact=%b", bpm, rr, "true")
        km += 1.1 / 3600 * 10
        if km >= split:
            E(
                dev,
                tt + secs(r, 0.01, 0.05),
                "WorkoutSession",
                "split %d: %.2f km in %s",
                split,
                km,
                f"{5 + r.randint(0, 1)}:{r.randrange(60):02d}",
            )
            split += 1
    E(dev, drop[0], "BleHeartRate", "disconnected from %s, status=%d", AH_HR, 8)
    for n, d in ((1, 2), (2, 8), (3, 20)):
        E(dev, drop[0] + timedelta(seconds=d), "BleHeartRate", "reconnect attempt %d/%d", n, 5)
    E(
        dev,
        drop[1] - timedelta(seconds=1),
        "BleHeartRate",
        "connected to %s, discovering services",
        AH_HR,
    )
    E(
        dev,
        drop[1] - secs(r, 0.2, 0.5),
        "BleHeartRate",
        "subscribed to %s on %s",
        "00002a37-0000-1000-8000-00805f9b34fb",
        AH_HR,
    )
    t = E(
        dev,
        at(12, 44, 40),
        "WorkoutSession",
        "stop id=%d duration=%ds distance=%.2fkm steps=%d",
        5521,
        2400,
        km,
        5840,
    )
    E(dev, t + secs(r, 0.3, 1), "BleHeartRate", "disconnected from %s, status=%d", AH_HR, 0)

    # the galaxy's crash: a workout started before any location fix
    dev = "galaxy"
    t = E(dev, crash - timedelta(seconds=2), "WorkoutSession", "start type=%s id=%d", "WALK", 871)
    E(
        dev,
        crash,
        "CrashHandler",
        "uncaught exception in thread %s",
        "main",
        cont=[
            "java.lang.NullPointerException: Attempt to invoke virtual method 'double android.location.Location.getLatitude()' on a null object reference",
            "\tat com.stepwise.fit.workout.WorkoutSession.onTick(WorkoutSession.kt:214)",
            "\tat com.stepwise.fit.workout.WorkoutSession.access$onTick(WorkoutSession.kt:41)",
            "\tat com.stepwise.fit.workout.WorkoutSession$ticker$1.run(WorkoutSession.kt:98)",
            "\tat android.os.Handler.handleCallback(Handler.java:958)",
            "\tat android.os.Handler.dispatchMessage(Handler.java:99)",
            "\tat android.os.Looper.loopOnce(Looper.java:205)",
            "\tat android.os.Looper.loop(Looper.java:294)",
            "\tat android.app.ActivityThread.main(ActivityThread.java:8177)",
            "\tat java.lang.reflect.Method.invoke(Native Method)",
            "\tat com.android.internal.os.RuntimeInit$MethodAndArgsCaller.run(RuntimeInit.java:552)",
            "\tat com.android.internal.os.ZygoteInit.main(ZygoteInit.java:971)",
        ],
    )
    S(dev, crash + timedelta(milliseconds=40), "StepCounterService", "onDestroy")
    pids["galaxy"] = [9874, 9903]
    start(dev, restart, "START_STICKY")
    # the galaxy restarted its counter at boot: rebased at the first event of the day (07:00)
    S(
        dev,
        t0 + secs(r, 40, 45),
        "StepCounterService",
        "counter went backwards: last=%d now=%d, assuming reboot",
        214337,
        state["galaxy"]["counter"],
    )
    S(
        dev,
        t0 + secs(r, 46, 47),
        "StepCounterService",
        "new day %s, base set to %d",
        "2024-06-04",
        state["galaxy"]["counter"],
    )
    S(
        "pixel7",
        t0 + secs(r, 40, 45),
        "StepCounterService",
        "new day %s, base set to %d",
        "2024-06-04",
        state["pixel7"]["counter"],
    )
    return fs.logs(t0)


# --------------------------------------------------------------------------------- torque

TQ_USERS = ["akowalski", "bnguyen", "cmartin", "dosei", "esato", "fmuller"]
TQ_JOBS = [
    "relax_Fe2O3",
    "md_run",
    "STDIN",
    "cfd_mesh3",
    "gromacs_npt",
    "vasp_scf",
    "train_cnn",
    "blast_chunk",
]


def torque(r: random.Random) -> list[Log]:
    """A small Torque 6.1 cluster (pbs-head with pbs_server and Maui, cn01 to cn08), 06:00 to
    14:00; the server's log and three moms' logs (cn03, cn05, cn06): `MM/DD/YYYY
    HH:MM:SS;flags;daemon.tid;class;object;message`, the daemon name right-aligned in ten
    columns (`   pbs_mom`), a message's later lines written again under the same head with
    `[continued]`. Jobs queued from login1 and run by Maui (enqueuing, Queued, Modified, Run,
    the mom's Started, the exit, the obit and the server's Exit_status and dequeuing); users'
    qstat on finished jobs (`Reject reply code=15001`); qdel of running and queued jobs; a
    walltime overrun killed by the mom; a user over quota (the output copy failing, the
    server's `Post job file processing error`); a hold set and released; cn05's kernel panic
    at 09:48 (stream_eof, check_nodes, the jobs requeued); pbs_server restarted for a
    configuration change at 11:30 (moms failing to connect for a minute); a reimaged node
    calling in from an address not in the nodes file; mail failing after the restart."""
    fs = Files(1_000_000)
    t0, t_end = at(6, 0), at(14, 0)
    srv_file = "server_logs.20240604"
    mom_files = {n: f"mom_logs.{n}.20240604" for n in ("cn03", "cn05", "cn06")}
    nodes = [f"cn{i:02d}" for i in range(1, 9)]
    srv_pid = [3177]
    tids = [3177, 3191, 3192, 3193, 3196, 3201, 3208, 3214]
    mom_pid = {"cn03": 2841, "cn05": 2790, "cn06": 2853}
    panic = at(9, 48, 12)
    restart = (at(11, 30, 4), at(11, 30, 41))
    down_nodes: set[str] = set()

    def head(t: datetime, flags: int, daemon: str, pid: int, cls: str, obj: str) -> str:
        return f"{t:%m/%d/%Y %H:%M:%S};{flags:04x};{daemon:>10.10}.{pid};{cls};{obj};"

    def SV(t: datetime, flags: int, cls: str, obj: str, fmt: str, *vals: object) -> datetime:
        msg = fill(fmt, *vals)
        tid = (
            r.choice(tids)
            if srv_pid[0] == 3177
            else r.choice([srv_pid[0], srv_pid[0] + 11, srv_pid[0] + 12, srv_pid[0] + 19])
        )
        lines = msg.split("\n")
        return fs.add(
            srv_file,
            t,
            fmt.replace("\n", "\\n"),
            lambda t: [
                head(t, flags, "PBS_Server", tid, cls, obj) + lines[0],
                *(
                    head(t, flags, "PBS_Server", tid, cls, obj) + "[continued]" + x
                    for x in lines[1:]
                ),
            ],
            proc="server",
        )

    def MOM(
        node: str, t: datetime, flags: int, cls: str, obj: str, fmt: str, *vals: object
    ) -> datetime | None:
        if node not in mom_files:
            return None
        msg = fill(fmt, *vals)
        lines = msg.split("\n")
        pid = mom_pid[node]
        return fs.add(
            mom_files[node],
            t,
            fmt.replace("\n", "\\n"),
            lambda t: [
                head(t, flags, "pbs_mom", pid, cls, obj) + lines[0],
                *(head(t, flags, "pbs_mom", pid, cls, obj) + "[continued]" + x for x in lines[1:]),
            ],
            proc=node,
        )

    def server_start(t: datetime, pid: int) -> datetime:
        srv_pid[0] = pid
        t = SV(t, 0x0002, "Svr", "Log", "Log opened")
        t = SV(
            t, 0x0002, "Svr", "PBS_Server", "Torque Server Version = %s, loglevel = %d", "6.1.3", 0
        )
        t = SV(
            t + secs(r, 0.5, 2),
            0x0006,
            "Svr",
            "PBS_Server",
            "Server %s started, initialization type = %d",
            "pbs-head",
            1,
        )
        t = SV(
            t + secs(r, 0.5, 1),
            0x0002,
            "Svr",
            "PBS_Server",
            "Server Ready, pid = %d, loglevel=%d",
            pid,
            0,
        )
        return t

    def mom_start(node: str, t: datetime) -> None:
        MOM(node, t, 0x0002, "Svr", "Log", "Log opened")
        MOM(
            node,
            t + secs(r, 0.1, 0.5),
            0x0002,
            "Svr",
            "pbs_mom",
            "Torque Mom Version = %s, loglevel = %d",
            "6.1.3",
            0,
        )
        MOM(node, t + secs(r, 1, 2), 0x0002, "Svr", "pbs_mom", "Is up")

    # the day's files open at midnight; the log here starts at 06:00 with what came after
    for n in mom_files:
        MOM(n, t0 + secs(r, 0, 1), 0x0002, "Svr", "Log", "Log opened")
    SV(t0 + secs(r, 0, 1), 0x0002, "Svr", "Log", "Log opened")

    busy_until = {n: t0 for n in nodes}
    jobno = [84211]
    running: dict[str, tuple[str, list[str], datetime, datetime]] = {}

    def submit(t: datetime) -> None:
        if restart[0] <= t < restart[1]:
            return
        jobno[0] += 1
        jid = f"{jobno[0]}.pbs-head"
        user = r.choice(TQ_USERS)
        t = SV(t, 0x0100, "Job", jid, "enqueuing into %s, state %x hop %d", "batch", 1, 1)
        t = SV(
            t,
            0x0008,
            "Job",
            jid,
            "Job Queued at request of %s@%s, owner = %s, job name = %s, queue = %s",
            user,
            "login1",
            f"{user}@login1",
            r.choice(TQ_JOBS),
            "batch",
        )
        if r.random() < 0.04:
            t2 = SV(
                t + secs(r, 5, 60),
                0x0008,
                "Job",
                jid,
                "Holds %s set at request of %s@%s",
                "u",
                user,
                "login1",
            )
            t = SV(
                t2 + secs(r, 120, 900),
                0x0008,
                "Job",
                jid,
                "Holds %s released at request of %s@%s",
                "u",
                user,
                "login1",
            )
        if r.random() < 0.03:
            SV(
                t + secs(r, 10, 200),
                0x0008,
                "Job",
                jid,
                "Job deleted at request of %s@%s",
                user,
                "login1",
            )
            SV(
                t + secs(r, 200, 201),
                0x0100,
                "Job",
                jid,
                "dequeuing from %s, state %s",
                "batch",
                "COMPLETE",
            )
            return
        # Maui runs it when nodes are free
        nn = 2 if r.random() < 0.15 else 1
        t = t + secs(r, 2, 40)
        cand = sorted(
            (n for n in nodes if n not in down_nodes), key=lambda n: (busy_until[n], r.random())
        )[:nn]
        start = max([t] + [busy_until[n] + secs(r, 3, 30) for n in cand])
        if restart[0] <= start < restart[1] + timedelta(seconds=20):
            start = restart[1] + secs(r, 20, 60)
        if (
            panic - timedelta(seconds=5) <= start <= panic + timedelta(seconds=90)
            and "cn05" in cand
        ):
            cand = [n for n in nodes if n != "cn05"][:nn]
        dur = timedelta(
            seconds=r.choice([r.uniform(30, 600), r.uniform(600, 3600), r.uniform(1200, 5400)])
        )
        for n in cand:
            busy_until[n] = start + dur
        t = SV(start, 0x0008, "Job", jid, "Job Modified at request of %s@%s", "root", "pbs-head")
        t = SV(t, 0x0008, "Job", jid, "Job Run at request of %s@%s", "root", "pbs-head")
        ms = cand[0]
        tm = MOM(
            ms,
            t + secs(r, 0.2, 1.5),
            0x0008,
            "Job",
            jid,
            "Started, pid = %d",
            r.randrange(20000, 60000),
        )
        running[jid] = (user, cand, start, start + dur)
        end = start + dur
        walllimit = 3600 if dur > timedelta(seconds=3700) and r.random() < 0.3 else None
        if "cn05" in cand and start < panic < end:
            # the node dies under it
            SV(
                panic + secs(r, 0.5, 2),
                0x0100,
                "Job",
                jid,
                "Requeueing job, substate: %d Requeued in queue: %s",
                42,
                "batch",
            )
            return
        if restart[0] <= end < restart[1]:
            end = restart[1] + secs(r, 5, 20)
        status = 0
        if walllimit:
            end = start + timedelta(seconds=walllimit + r.randint(5, 40))
            MOM(
                ms,
                end - secs(r, 0.5, 1),
                0x0008,
                "Job",
                jid,
                "walltime %ld exceeded limit %ld",
                int((end - start).total_seconds()),
                walllimit,
            )
            MOM(
                ms,
                end - secs(r, 0.1, 0.4),
                0x0008,
                "Job",
                jid,
                "kill_task: killing pid %d task %d gracefully with sig %d",
                r.randrange(20000, 60000),
                1,
                15,
            )
            status = 271
        elif r.random() < 0.06 and tm:
            SV(
                start + dur * 0.4,
                0x0008,
                "Job",
                jid,
                "Job deleted at request of %s@%s",
                user,
                "login1",
            )
            SV(
                start + dur * 0.4 + secs(r, 0.1, 0.6),
                0x0008,
                "Job",
                jid,
                "Job sent signal %s on delete",
                "SIGTERM",
            )
            end = start + dur * 0.4 + secs(r, 1, 3)
            status = 271
        elif r.random() < 0.08:
            status = r.choice([1, 1, 2, 127, 137])
        if ms in mom_files:
            MOM(
                ms,
                end,
                0x0080,
                "Job",
                jid,
                "scan_for_terminated: job %s task %d terminated, sid=%d",
                jid,
                1,
                r.randrange(20000, 60000),
            )
            MOM(ms, end + secs(r, 0.1, 0.5), 0x0008, "Job", jid, "job was terminated")
        quota = user == "esato" and at(12, 10) <= end < at(13, 20)
        if quota and ms in mom_files:
            MOM(
                ms,
                end + secs(r, 1, 3),
                0x0001,
                "Svr",
                "pbs_mom",
                "LOG_ERROR::sys_copy, command '%s' failed with status=%d, giving up after %d attempts",
                f"/usr/bin/scp -rpB {jid}.OU esato@login1:/home/esato/run/{jid.split('.')[0]}.o",
                1,
                4,
            )
            MOM(
                ms,
                end + secs(r, 3, 4),
                0x0008,
                "Job",
                jid,
                "Unable to copy file %s to %s\n*** error from copy\n%s\n*** end error output\nOutput retained on that host in: %s",
                f"/var/spool/torque/spool/{jid}.OU",
                f"esato@login1:/home/esato/run/{jid.split('.')[0]}.o",
                "scp: /home/esato/run/: Disk quota exceeded",
                f"/var/spool/torque/undelivered/{jid}.OU",
            )
        if ms in mom_files:
            MOM(ms, end + secs(r, 4, 5), 0x0008, "Job", jid, "obit sent to server")
        te = end + secs(r, 4.5, 6)
        if quota:
            te = SV(
                te, 0x0001, "Job", jid, "Post job file processing error; job %s on host %s", jid, ms
            )
        te = SV(
            te,
            0x0010,
            "Job",
            jid,
            "Exit_status=%d resources_used.cput=%s resources_used.energy_used=%d resources_used.mem=%dkb resources_used.vmem=%dkb resources_used.walltime=%s",
            status,
            str(timedelta(seconds=int((end - start).total_seconds() * r.uniform(0.8, 15.5)))),
            0,
            r.randrange(20000, 9000000),
            r.randrange(200000, 12000000),
            str(timedelta(seconds=int((end - start).total_seconds()))).rjust(8, "0"),
        )
        te = SV(te, 0x0100, "Job", jid, "on_job_exit valid pjob: %s (substate=%d)", jid, 50)
        te = SV(
            te + secs(r, 0.5, 2),
            0x0100,
            "Job",
            jid,
            "on_job_exit valid pjob: %s (substate=%d)",
            jid,
            59,
        )
        if r.random() < 0.04:
            SV(
                te + secs(r, 0.1, 1),
                0x0001,
                "Svr",
                "PBS_Server",
                "Email '%s' to %s failed: Child process '%s' returned %d (errno %d:%s)",
                "a",
                f"{user}@login1",
                f"/usr/lib/sendmail -f adm {user}@login1",
                127,
                10,
                "No child processes",
            )
        SV(
            te + timedelta(seconds=300),
            0x0100,
            "Job",
            jid,
            "dequeuing from %s, state %s",
            "batch",
            "COMPLETE",
        )
        # the user looks for it after it is gone
        if r.random() < 0.35:
            SV(
                te + secs(r, 320, 2400),
                0x0080,
                "Req",
                "req_reject",
                "Reject reply code=%d(%s), aux=%d, type=%s, from %s@%s",
                15001,
                "Unknown Job Id Error MSG=cannot locate job",
                0,
                "StatusJob",
                user,
                "login1",
            )

    for t in poisson(r, t0 + timedelta(minutes=2), t_end - timedelta(minutes=20), 100):
        submit(t)
    for n in mom_files:
        for t in poisson(r, t0, t_end, 5400):
            MOM(
                n,
                t,
                0x0002,
                "Svr",
                "pbs_mom",
                "LOG_ERROR::%s (%d) in mom_server_check_connection, connection to server %s timed out",
                "Resource temporarily unavailable",
                11,
                "pbs-head",
            )

    # cn05 panics
    down_nodes.add("cn05")
    SV(
        panic + secs(r, 0.1, 0.5),
        0x0001,
        "Svr",
        "PBS_Server",
        "LOG_ERROR::stream_eof, connection to %s is bad, remote service may be down, message may be corrupt, or connection may have been dropped remotely (%s).  setting node state to down",
        "cn05",
        "Premature end of message",
    )
    MOM(
        "cn06",
        panic + secs(r, 0.2, 1),
        0x0001,
        "Svr",
        "pbs_mom",
        "LOG_ERROR::im_eof, End of File from addr %s",
        "10.10.1.5:15003",
    )
    SV(
        panic + timedelta(seconds=150),
        0x0001,
        "Svr",
        "PBS_Server",
        "LOG_ERROR::check_nodes, node %s not detected in %ld seconds, marking node down",
        "cn05",
        150,
    )
    back = at(10, 31, 40)
    mom_start("cn05", back)
    # the server restart
    SV(restart[0], 0x0006, "Svr", "PBS_Server", "Shutdown request from %s@%s ", "root", "pbs-head")
    SV(
        restart[0] + secs(r, 0.2, 0.5),
        0x0006,
        "Svr",
        "PBS_Server",
        "Starting to shutdown the server, type is %s",
        "immediate",
    )
    SV(restart[0] + secs(r, 1, 2), 0x0006, "Svr", "PBS_Server", "Server shutdown completed")
    SV(restart[0] + secs(r, 2, 3), 0x0002, "Svr", "Log", "Log closed")
    server_start(restart[1], 3562)
    for n in mom_files:
        tt = restart[0] + secs(r, 3, 8)
        while tt < restart[1] + timedelta(seconds=2):
            MOM(
                n,
                tt,
                0x0001,
                "Svr",
                "pbs_mom",
                "LOG_ERROR::%s (%d) in tcp_connect_sockaddr, Failed when trying to open tcp connection - connect() failed [rc = %d] [addr = %s:%d]",
                "Connection refused",
                111,
                -2,
                "10.10.0.1",
                15001,
            )
            tt += secs(r, 4, 11)
    # the reimaged node
    for t in poisson(r, at(12, 40), at(13, 25), 45):
        SV(
            t,
            0x0001,
            "Svr",
            "PBS_Server",
            "LOG_ERROR::svr_is_request, bad attempt to connect from %s (address not trusted - check entry in server_priv/nodes)",
            "10.10.1.23:1023",
        )
    return fs.logs(t0)


# --------------------------------------------------------------------------------- hpc-events


def hpc_events(r: random.Random) -> list[Log]:
    """The event log of an (invented) hardware monitor, hwmond, on a 256-node cluster (cn001 to
    cn256 in eight racks of 32, r1 to r8), 06:00 to 18:00: `record node component state epoch
    flag message`, whitespace-separated, the message the rest of the line, the flag 1 when
    the event needs an operator. Nodes reboot between jobs (unavailable, boot, running);
    fans on a few nodes flap around their minimum speed all day; a DIMM on cn077 logs
    correctable ECC errors; an InfiniBand port on cn141 flaps; at 14:05 rack r5's cooling
    fails: inlet and CPU temperatures cross the warning and the critical thresholds, fans go
    to full speed, the monitor powers nodes off (unavailable) and brings them back when the
    rack cools; a power supply in r2 loses AC input; cn200 stops answering its heartbeat."""
    fs = Files(1_000_000)
    t0, t_end = at(6, 0), at(18, 0)
    f = "hwmond-events.log"
    rec = [4418203]
    nodes = [f"cn{i:03d}" for i in range(1, 257)]

    def E(
        t: datetime, node: str, comp: str, state: str, flag: int, fmt: str, *vals: object
    ) -> datetime:
        msg = fill(fmt, *vals)

        def text(t: datetime) -> list[str]:
            return [f"@REC@ {node} {comp} {state} {int(t.timestamp())} {flag} {msg}"]

        return fs.add(f, t, fmt, text, proc="hwmond")

    # node reboots between jobs
    for t in poisson(r, t0, t_end, 190):
        n = r.choice(nodes)
        t = E(
            t,
            n,
            "node",
            "unavailable",
            0,
            "node state changed from %s to %s (reboot requested by scheduler)",
            "running",
            "unavailable",
        )
        t = E(
            t + secs(r, 2, 5),
            n,
            "node",
            "boot",
            0,
            "boot command %s issued by %s",
            "pxe",
            "slurmctld",
        )
        t = E(
            t + secs(r, 140, 260),
            n,
            "node",
            "boot",
            0,
            "boot completed in %d s, image %s",
            r.randrange(140, 260),
            "compute-el9-2024.05",
        )
        E(
            t + secs(r, 5, 25),
            n,
            "node",
            "running",
            0,
            "node state changed from %s to %s (heartbeat received)",
            "unavailable",
            "running",
        )
    # flapping fans
    flappers = {"cn018": "fan4", "cn093": "fan2", "cn164": "fan1", "cn231": "fan6"}
    for n, fan in flappers.items():
        for t in poisson(r, t0, t_end, 560 if n != "cn164" else 330):
            rpm = r.randrange(2280, 2390)
            t = E(t, n, fan, "fan", 1, "fan %s speed %d RPM below minimum %d RPM", fan, rpm, 2400)
            E(
                t + secs(r, 20, 90),
                n,
                fan,
                "fan",
                0,
                "fan %s speed restored to %d RPM",
                fan,
                r.randrange(2410, 2600),
            )
    E(at(15, 20, 11), "cn164", "fan1", "fan", 1, "fan %s failed (0 RPM), redundancy lost", "fan1")
    # ECC on cn077
    count = 0
    for t in poisson(r, t0, t_end, 240):
        count += r.randint(1, 9)
        E(
            t,
            "cn077",
            "dimm_B2",
            "ecc",
            0,
            "correctable ECC error on %s, %d errors in last %d s",
            "DIMM_B2",
            r.randint(1, 9),
            3600,
        )
        if count > 420 and count < 430:
            E(
                t + secs(r, 1, 2),
                "cn077",
                "dimm_B2",
                "ecc",
                1,
                "correctable ECC error threshold exceeded on %s, page retired at 0x%x",
                "DIMM_B2",
                r.randrange(0x100000000, 0x1FFFFFFFF),
            )
    E(
        at(16, 40, 2),
        "cn077",
        "dimm_B2",
        "ecc",
        1,
        "uncorrectable ECC error on %s at address 0x%x",
        "DIMM_B2",
        0x1A3F7C040,
    )
    E(
        at(16, 40, 3),
        "cn077",
        "node",
        "unavailable",
        1,
        "node state changed from %s to %s (machine check exception)",
        "running",
        "unavailable",
    )
    # IB port flaps on cn141
    for t in poisson(r, at(8, 0), at(12, 0), 420):
        t = E(
            t, "cn141", "ib0", "link", 1, "link %s down (%s)", "ib0", "physical link state Polling"
        )
        E(
            t + secs(r, 3, 15),
            "cn141",
            "ib0",
            "link",
            0,
            "link %s up, rate %s",
            "ib0",
            "200 Gb/sec (4X HDR)",
        )
    for t in poisson(r, t0, t_end, 1800):
        E(
            t,
            "cn141",
            "ib0",
            "link",
            1,
            "link %s symbol error counter %d exceeds threshold %d",
            "ib0",
            r.randrange(12, 90),
            10,
        )
    # rack r5 (cn129-cn160) overheats at 14:05
    r5 = nodes[128:160]
    hot = {n: at(14, 5) + secs(r, 0, 300) for n in r5}
    for n in r5:
        t = hot[n]
        for sensor, lim in (("inlet", 35), ("cpu0", 90), ("cpu1", 90)):
            tt = t + secs(r, 0, 120)
            E(
                tt,
                n,
                sensor,
                "temperature",
                1,
                "temperature %s at %d C exceeds warning threshold %d C",
                sensor,
                lim + r.randint(1, 4),
                lim,
            )
            E(
                tt + secs(r, 1, 3),
                n,
                "fan1",
                "fan",
                0,
                "fan %s speed raised to %d RPM (thermal policy)",
                "fan1",
                r.randrange(15800, 16400),
            )
            for _k in range(r.randint(1, 4)):
                tt += secs(r, 60, 240)
                E(
                    tt,
                    n,
                    sensor,
                    "temperature",
                    1,
                    "temperature %s at %d C exceeds warning threshold %d C",
                    sensor,
                    lim + r.randint(2, 8),
                    lim,
                )
        if r.random() < 0.55:
            tc = t + secs(r, 420, 900)
            E(
                tc,
                n,
                "cpu0",
                "temperature",
                1,
                "temperature %s at %d C exceeds critical threshold %d C, powering off",
                "cpu0",
                r.randint(100, 104),
                100,
            )
            E(
                tc + secs(r, 1, 3),
                n,
                "node",
                "unavailable",
                1,
                "node state changed from %s to %s (thermal shutdown)",
                "running",
                "unavailable",
            )
            back = at(15, 10) + secs(r, 0, 1200)
            E(back, n, "node", "boot", 0, "boot command %s issued by %s", "power-on", "admin")
            E(
                back + secs(r, 150, 260),
                n,
                "node",
                "boot",
                0,
                "boot completed in %d s, image %s",
                r.randrange(150, 260),
                "compute-el9-2024.05",
            )
            E(
                back + secs(r, 270, 300),
                n,
                "node",
                "running",
                0,
                "node state changed from %s to %s (heartbeat received)",
                "unavailable",
                "running",
            )
        for sensor in ("inlet", "cpu0", "cpu1"):
            E(
                at(14, 58) + secs(r, 0, 600),
                n,
                sensor,
                "temperature",
                0,
                "temperature %s back to normal at %d C",
                sensor,
                r.randint(24, 70),
            )
    E(
        at(14, 4, 31),
        "r5-crac",
        "crac",
        "unavailable",
        1,
        "cooling unit %s reports %s",
        "r5-crac",
        "compressor fault",
    )
    E(
        at(14, 55, 2),
        "r5-crac",
        "crac",
        "running",
        0,
        "cooling unit %s reports %s",
        "r5-crac",
        "normal operation",
    )
    # a power supply in r2
    for n in nodes[40:44]:
        E(
            at(11, 12, 8) + secs(r, 0, 2),
            n,
            "psu2",
            "psu",
            1,
            "power supply %s lost AC input, redundancy lost",
            "PSU2",
        )
        E(
            at(11, 48, 31) + secs(r, 0, 2),
            n,
            "psu2",
            "psu",
            0,
            "power supply %s AC input restored",
            "PSU2",
        )
    # cn200 hangs
    t = at(9, 13, 40)
    for k in range(6):
        E(
            t + timedelta(seconds=30 * k),
            "cn200",
            "node",
            "heartbeat",
            1,
            "no heartbeat from node for %d s",
            30 * (k + 1),
        )
    E(
        t + timedelta(seconds=181),
        "cn200",
        "node",
        "unavailable",
        1,
        "node state changed from %s to %s (heartbeat lost)",
        "running",
        "unavailable",
    )
    E(
        t + timedelta(seconds=185),
        "cn200",
        "bmc",
        "unavailable",
        1,
        "BMC %s not responding to IPMI: %s",
        "cn200-bmc",
        "Unable to establish IPMI v2 / RMCP+ session",
    )
    E(
        t + timedelta(seconds=900),
        "cn200",
        "node",
        "boot",
        0,
        "boot command %s issued by %s",
        "power-cycle",
        "admin",
    )
    E(
        t + timedelta(seconds=1110),
        "cn200",
        "node",
        "boot",
        0,
        "boot completed in %d s, image %s",
        204,
        "compute-el9-2024.05",
    )
    E(
        t + timedelta(seconds=1130),
        "cn200",
        "node",
        "running",
        0,
        "node state changed from %s to %s (heartbeat received)",
        "unavailable",
        "running",
    )
    # the monitor's own hourly summary
    for h in range(6, 18):
        E(
            at(h, 0, 0),
            "hwmond",
            "monitor",
            "summary",
            0,
            "poll cycle complete: %d nodes running, %d unavailable, %d alerts open",
            r.randrange(230, 255),
            r.randrange(1, 26),
            r.randrange(2, 40),
        )
    logs = fs.logs(t0)
    for log in logs:  # the record ids, in the order the monitor stored the events
        for i, (line, tid) in enumerate(log.lines):
            rec[0] += r.choice([1, 1, 1, 2, 3])
            log.lines[i] = (line.replace("@REC@", str(rec[0]), 1), tid)
    return logs


# --------------------------------------------------------------------------------- cluster-syslog

CS_USERS = ["akowalski", "bnguyen", "cmartin", "dosei", "esato", "fmuller", "root"]


def cluster_syslog(r: random.Random) -> list[Log]:
    """A supercomputer's syslog as its collector keeps it for alerting, 06:00 to 14:00: each
    line `TAG EPOCH YYYY.MM.DD NODE ` (the alert tag a rule gave it, or `-`; the time the
    collector received it; the node) and then the classic syslog line (`Jun  4 06:01:00 cn003
    CROND[26521]: ...`). compute-nodes.log holds the 96 compute nodes' lines, service-nodes.log
    the admin node's (dhcpd, xinetd's tftp, ntpd) and the subnet manager's (ib_sm). Cron's
    hourly and ten-minute jobs, users' and mpirun's ssh logins, ntpd; nodes rebooting between
    jobs (DHCP and TFTP on adm01, the kernel banner, ntpd starting and syncing); a DIMM's
    correctable errors on cn017 (`ECC`), thermal throttling on three nodes (`THERM`), an
    out-of-memory job on cn033 (`OOM`), the home NFS server stalling at 11:05 (`NFS`), a Lustre
    OST failing over at 12:31 (`LUSTRE`), pbs_server's restart at 11:30 seen by every mom
    (`PBS_CON`), a user over quota (sys_copy), an InfiniBand link flapping (`IB_LINK` on the
    notice of the link going down), a node asking for a lease it no longer has."""
    fs = Files(1_000_000)
    t0, t_end = at(6, 0), at(14, 0)
    files = {"compute": "compute-nodes.log", "service": "service-nodes.log"}
    computes = [f"cn{i:03d}" for i in range(1, 97)]
    pids: dict[tuple[str, str], int] = {}

    def pid(node: str, prog: str) -> int:
        if (node, prog) not in pids:
            pids[(node, prog)] = r.randrange(900, 9000)
        return pids[(node, prog)]

    def E(
        kind: str,
        t: datetime,
        node: str,
        prog: str,
        fmt: str,
        *vals: object,
        tag: str = "-",
        p: int | None = None,
        pre: str = "",
    ) -> datetime:
        msg = pre + fill(fmt, *vals)
        if prog == "kernel":
            ident = "kernel:"
        elif p == 0:
            ident = f"{prog}:"
        else:
            ident = f"{prog}[{p if p is not None else pid(node, prog)}]:"

        def text(t: datetime) -> list[str]:
            recv = t + timedelta(milliseconds=r.randrange(0, 400))
            return [
                f"{tag} {int(recv.timestamp())} {recv:%Y.%m.%d} {node} {t:%b} {t.day:2d} {t:%H:%M:%S} {node} {ident} {msg}"
            ]

        return fs.add(files[kind], t, fmt, text, proc=(node, prog, p))

    # cron on every node's hourly run, on a sample of nodes
    sample = computes[:24]
    cron_nodes = sample[:6]
    for n in cron_nodes:
        off = r.randrange(0, 59)
        for h in range(6, 14):
            for mm in (1,):
                t = at(h, mm, r.randrange(0, 3))
                cp = r.randrange(10000, 60000)
                t = E(
                    "compute",
                    t,
                    n,
                    "CROND",
                    "session opened for user %s by (uid=%d)",
                    "root",
                    0,
                    p=cp,
                    pre="pam_unix(crond:session): ",
                )
                t = E(
                    "compute",
                    t + secs(r, 0.1, 0.5),
                    n,
                    "CROND",
                    "(%s) CMD (%s)",
                    "root",
                    "run-parts /etc/cron.hourly",
                    p=cp,
                )
                E(
                    "compute",
                    t + secs(r, 1, 3),
                    n,
                    "CROND",
                    "session closed for user %s",
                    "root",
                    p=cp,
                    pre="pam_unix(crond:session): ",
                )
            for mm in range(off % 10, 60, 10):
                t = at(h, mm, r.randrange(0, 2))
                E(
                    "compute",
                    t,
                    n,
                    "CROND",
                    "(%s) CMD (%s)",
                    "root",
                    "/usr/lib64/sa/sa1 1 1",
                    p=r.randrange(10000, 60000),
                )
    # ssh logins to compute nodes (mpirun's and users')
    for t in poisson(r, t0, t_end, 150):
        n = r.choice(sample)
        u = r.choice(CS_USERS)
        sp = r.randrange(10000, 60000)
        src = r.choice(["10.10.0.2", "10.10.0.3", "10.10.0.11"])
        port = r.randrange(32768, 61000)
        t = E(
            "compute",
            t,
            n,
            "sshd",
            "Accepted publickey for %s from %s port %d ssh2: RSA SHA256:%s",
            u,
            src,
            port,
            f"{hexid(r, 8)}Xq{hexid(r, 10)}",
            p=sp,
        )
        t = E(
            "compute",
            t + secs(r, 0.01, 0.2),
            n,
            "sshd",
            "session opened for user %s by (uid=%d)",
            u,
            0,
            p=sp,
            pre="pam_unix(sshd:session): ",
        )
        life = secs(r, 2, 1200)
        t = E(
            "compute",
            t + life,
            n,
            "sshd",
            "Received disconnect from %s port %d:%d: %s",
            src,
            port,
            11,
            "disconnected by user",
            p=sp,
        )
        t = E(
            "compute",
            t + secs(r, 0.01, 0.1),
            n,
            "sshd",
            "Disconnected from user %s %s port %d",
            u,
            src,
            port,
            p=sp,
        )
        E(
            "compute",
            t + secs(r, 0.01, 0.1),
            n,
            "sshd",
            "session closed for user %s",
            u,
            p=sp,
            pre="pam_unix(sshd:session): ",
        )
    # ntpd
    for n in sample:
        for t in poisson(r, t0, t_end, 5400):
            E(
                "compute",
                t,
                n,
                "ntpd",
                "synchronized to %s, stratum %d",
                r.choice(["10.10.0.1", "10.10.0.4"]),
                3,
            )
    # EDAC CE on cn017
    for t in poisson(r, t0, t_end, 170):
        E(
            "compute",
            t,
            "cn017",
            "kernel",
            "EDAC MC%d: %d CE memory read error on %s (channel:%d slot:%d page:0x%x offset:0x%x grain:%d syndrome:0x%x - area:DRAM err_code:%04x:%04x socket:%d ha:%d channel_mask:%d rank:%d)",
            1,
            r.choice([1, 1, 2]),
            "CPU_SrcID#1_Ha#0_Chan#2_DIMM#0",
            2,
            0,
            r.randrange(0x200000, 0x3FFFFF),
            0,
            32,
            0,
            1,
            0x91,
            1,
            0,
            4,
            1,
            tag="ECC",
        )
    # thermal throttling on a few nodes
    for n in ("cn042", "cn043", "cn057"):
        total = r.randrange(10, 100)
        for t in poisson(r, at(9, 0), at(12, 30), 700):
            total += r.randrange(3, 400)
            cpu = r.randrange(0, 64)
            t = E(
                "compute",
                t,
                n,
                "kernel",
                "CPU%d: Core temperature above threshold, cpu clock throttled (total events = %lu)",
                cpu,
                total,
                tag="THERM",
            )
            E(
                "compute",
                t + secs(r, 0.05, 2),
                n,
                "kernel",
                "CPU%d: Core temperature/speed normal",
                cpu,
            )
    # an OOM on cn033
    for k in range(3):
        t = at(10, 14, 3) + timedelta(minutes=7 * k)
        vic = r.randrange(100000, 300000)
        t = E(
            "compute",
            t,
            "cn033",
            "kernel",
            "%s invoked oom-killer: gfp_mask=0x%x(%s), order=%d, oom_score_adj=%d",
            "python3",
            0x100CCA,
            "GFP_HIGHUSER_MOVABLE",
            0,
            0,
            tag="OOM",
        )
        E(
            "compute",
            t + secs(r, 0.1, 0.3),
            "cn033",
            "kernel",
            "Out of memory: Killed process %d (%s) total-vm:%dkB, anon-rss:%dkB, file-rss:%dkB, shmem-rss:%dkB, UID:%d pgtables:%dkB oom_score_adj:%d",
            vic,
            "python3",
            r.randrange(190000000, 200000000),
            r.randrange(180000000, 190000000),
            r.randrange(2000, 9000),
            0,
            41237,
            r.randrange(300000, 400000),
            0,
            tag="OOM",
        )
    # the NFS home server stalls 11:05-11:09 for every node that touches it
    for n in r.sample(sample, 14):
        t = at(11, 5, 0) + secs(r, 0, 60)
        E(
            "compute",
            t,
            n,
            "kernel",
            "nfs: server %s not responding, still trying",
            "home01",
            tag="NFS",
        )
        E("compute", at(11, 9, 10) + secs(r, 0, 20), n, "kernel", "nfs: server %s OK", "home01")
    # Lustre: an OST's server failing over
    for n in r.sample(sample, 18):
        t = at(12, 31, 0) + secs(r, 0, 20)
        E(
            "compute",
            t,
            n,
            "kernel",
            "Lustre: %s: Connection to %s (at %s) was lost; in progress operations using this service will wait for recovery to complete",
            "scratch-OST0007-osc-ffff9a0c3e5a1000",
            "scratch-OST0007",
            "10.12.0.27@o2ib",
            tag="LUSTRE",
        )
        E(
            "compute",
            at(12, 33, 40) + secs(r, 0, 30),
            n,
            "kernel",
            "Lustre: %s: Connection restored to %s (at %s)",
            "scratch-OST0007-osc-ffff9a0c3e5a1000",
            "10.12.0.28@o2ib",
            "10.12.0.28@o2ib",
        )
    # pbs_mom's errors through syslog (no pid): the server restart at 11:30
    for n in sample:
        t = at(11, 30, 5) + secs(r, 0, 10)
        while t < at(11, 30, 42):
            E(
                "compute",
                t,
                n,
                "pbs_mom",
                "LOG_ERROR::%s (%d) in tcp_connect_sockaddr, Failed when trying to open tcp connection - connect() failed [rc = %d] [addr = %s:%d]",
                "Connection refused",
                111,
                -2,
                "10.10.0.1",
                15001,
                p=0,
                tag="PBS_CON",
            )
            t += secs(r, 8, 14)
    for t in poisson(r, at(12, 10), at(13, 20), 600):
        n = r.choice(sample)
        E(
            "compute",
            t,
            n,
            "pbs_mom",
            "LOG_ERROR::sys_copy, command '%s' failed with status=%d, giving up after %d attempts",
            f"/usr/bin/scp -rpB {r.randrange(84300, 84400)}.pbs-head.OU esato@login1:/home/esato/run/",
            1,
            4,
            p=0,
        )
    # the admin node: dhcpd, xinetd's tftp, ntpd, ib_sm
    adm = "adm01"
    for t in poisson(r, t0, t_end, 260):
        n = r.choice(computes)
        m = "00:25:90:" + mac(r)[9:]
        ip = f"10.10.1.{computes.index(n) + 10}"
        t = E("service", t, adm, "dhcpd", "DHCPDISCOVER from %s via %s", m, "eth1")
        t = E(
            "service",
            t + secs(r, 0.01, 0.3),
            adm,
            "dhcpd",
            "DHCPOFFER on %s to %s via %s",
            ip,
            m,
            "eth1",
        )
        t = E(
            "service",
            t + secs(r, 1, 3),
            adm,
            "dhcpd",
            "DHCPREQUEST for %s (%s) from %s via %s",
            ip,
            "10.10.0.1",
            m,
            "eth1",
        )
        t = E(
            "service",
            t + secs(r, 0.01, 0.1),
            adm,
            "dhcpd",
            "DHCPACK on %s to %s (%s) via %s",
            ip,
            m,
            n,
            "eth1",
        )
        xp = r.randrange(20000, 40000)
        t = E(
            "service", t + secs(r, 1, 2), adm, "xinetd", "START: %s pid=%d from=%s", "tftp", xp, ip
        )
        E(
            "service",
            t + secs(r, 2, 8),
            adm,
            "xinetd",
            "EXIT: %s status=%d pid=%d duration=%d(sec)",
            "tftp",
            0,
            xp,
            r.randrange(2, 8),
        )
        # the booted node's own lines
        tb = t + secs(r, 120, 200)
        E(
            "compute",
            tb,
            n,
            "kernel",
            "Linux version %s (%s) (%s) %s",
            "5.14.0-362.24.1.el9_3.x86_64",
            "mockbuild@x86-vm-07.build.eng.rockylinux.org",
            "gcc (GCC) 11.4.1 20230605 (Red Hat 11.4.1-2), GNU ld version 2.35.2-42.el9",
            "#1 SMP PREEMPT_DYNAMIC Wed Apr 3 16:25:23 UTC 2024",
        )
        E(
            "compute",
            tb + secs(r, 30, 40),
            n,
            "ntpd",
            "%s: Starting",
            "ntpd 4.2.8p15@1.3728-o Fri Jun  2 10:11:22 UTC 2023 (1)",
        )
        E(
            "compute",
            tb + secs(r, 100, 130),
            n,
            "ntpd",
            "kernel time sync status change %04x",
            0x2001,
        )
    for t in poisson(r, t0, t_end, 240):
        m = "00:25:90:" + mac(r)[9:]
        E(
            "service",
            t,
            adm,
            "dhcpd",
            "DHCPREQUEST for %s from %s via %s: unknown lease %s.",
            "10.10.9.77",
            m,
            "eth1",
            "10.10.9.77",
        )
    for t in poisson(r, t0, t_end, 2000):
        E(
            "service",
            t,
            adm,
            "ntpd",
            "synchronized to %s, stratum %d",
            r.choice(["192.0.2.123", "198.51.100.7"]),
            2,
        )
    # the subnet manager
    sm = "sm01"
    for t in poisson(r, t0, t_end, 600):
        E(
            "service",
            t,
            sm,
            "ib_sm",
            "sweep complete: %d switches, %d CAs, %d links, %s",
            18,
            112,
            412,
            "no topology change",
        )
    for t in poisson(r, at(8, 0), at(12, 0), 420):
        E(
            "service",
            t,
            sm,
            "ib_sm",
            "Reporting Generic Notice type:1 num:128 (Link state change) from LID:%d TID:0x%016x",
            17,
            r.randrange(1 << 40),
            tag="IB_LINK",
        )
        E(
            "service",
            t + secs(r, 0.5, 1),
            sm,
            "ib_sm",
            "Reporting Generic Notice type:3 num:65 (GID out of service) from LID:%d TID:0x%016x",
            1,
            r.randrange(1 << 40),
        )
        tu = t + secs(r, 3, 15)
        E(
            "service",
            tu,
            sm,
            "ib_sm",
            "Reporting Generic Notice type:1 num:128 (Link state change) from LID:%d TID:0x%016x",
            17,
            r.randrange(1 << 40),
        )
        E(
            "service",
            tu + secs(r, 1, 3),
            sm,
            "ib_sm",
            "Reporting Generic Notice type:4 num:64 (GID in service) from LID:%d TID:0x%016x",
            1,
            r.randrange(1 << 40),
        )
    return fs.logs(t0)


SYSTEMS = {
    "proxifier": proxifier,
    "android-health": android_health,
    "torque": torque,
    "hpc-events": hpc_events,
    "cluster-syslog": cluster_syslog,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
