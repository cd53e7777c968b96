#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 88 (ossec, aide, lynis, wireguard, nginx-proxy-manager)
into bench/heldout/, the same way and under the same label rules as generate.py
(bench/README.md, "heldout.py"): each program's log is simulated from its format strings over
a seeded run, and every line that starts an event is labelled with the format string that wrote
it as it is written; the lines that continue an event (an OSSEC alert's lines after its `**
Alert` line, an AIDE table's indented rows, a Node error's stack and a command's output) have
no label. Distinct calls of one process never share a timestamp at the clock's resolution
(round 53's Clock); where the log shows whole seconds of a finer clock (OSSEC, Lynis, Nginx
Proxy Manager, the syslog header of kernel lines) a burst shares a second as a real one does.
Five host-security and network logs:

- OSSEC HIDS 3.7 on a server with agents (`ossec.log`, `alerts.log` on the server
  `ossec-srv`, and the agents' `ossec.log` as `agent-web01-ossec.log`,
  `agent-db01-ossec.log`), 06:00 to 10:00: ossec.log's `2024/06/04 06:00:01
  ossec-remoted(1403): ERROR: ...` layout (the daemon, the message's number when it has one,
  the level word), the daemons starting after an `ossec-control restart` at 07:10 (logcollector's
  `Analyzing file`, syscheck's `Monitoring directory`, remoted's counters), remoted rejecting
  an unknown address and a re-installed agent's duplicated counters, maild failing while the
  mail relay is down (08:10 to 08:40), the agents losing the server during the restart
  (`Waiting for server reply`, `Server unavailable. Setting lock.`, `Process locked. Waiting
  for permission...`); alerts.log's alerts, each one write of several lines and a blank (`**
  Alert 1717480801.4321: mail  - syslog,sshd,...`, the date and location, `Rule: 5716 (level
  5) -> '...'`, `Src IP:`, `User:`, the full log): an SSH brute force against the bastion,
  web scans, sudo, PAM sessions, syscheck changes, the active response blocking a host,
  agents disconnecting and reconnecting.
- AIDE 0.18 on four hosts (`web01-aide.log`, `db01-aide.log`, `bastion-aide.log`, `mail01-aide.log`: the report
  each daily check at 03:00 appends to /var/log/aide/aide.log, June 1 to June 14): `Start
  timestamp:`, `AIDE found differences ...!!` or `AIDE found NO differences ... Looks okay!!`,
  the summary, the dashed section headers, the entries (`f++++++++++++++++: %s`,
  `f----------------: %s`, `f   ...    .C... : %s`), `File: %s` / `Directory: %s` / `Link:
  %s` with their attribute rows (long hashes wrapped onto a second row), the database's
  attributes and `End timestamp:`. A package upgrade on June 5 changes libraries and binaries
  on every host and the changes pile up in each day's report until an admin runs `aide
  --update` (June 9); logrotate's and the admins' edits in /etc; an intrusion on the bastion
  on June 11 (a file added under /usr/local/bin, a cron file, `authorized_keys`, /etc/passwd).
- Lynis 3.1 (`web01-lynis.log` ... six hosts' `/var/log/lynis.log`, each one `lynis audit
  system --cronjob` run started at 04:00): `2024-06-04 04:00:01 Performing test ID ...`; the
  start banner, the host details, `Action: Performing tests from category:`, every test
  registered (`Performing test ID %s (%s)` or `Skipped test ...` with its `Reason to skip:`),
  hardening points, the kernel's sysctl keys compared with the profile, the SSH options, the
  suggestions and warnings, the end. A profile with an unknown option on db01, a DNS server
  not answering on two hosts, slow package tests (`had a long execution`).
- WireGuard's kernel module with dynamic debug on (`+p`), in two gateways' syslog
  (`vpn-gw.log`, `branch-gw.log`, 06:00 to 09:00: `Jun  4 06:00:01 vpn-gw kernel: [
  8123.456789] wireguard: wg0: Receiving keepalive packet from peer 3 (198.51.100.7:51820)`):
  road-warrior peers keeping their sessions alive and rekeying every two minutes while they
  send, the branch office's site-to-site tunnel initiated from the branch, a peer whose
  endpoint disappears (handshake retries, giving up, keys zeroed), a scanner's junk
  (`Invalid MAC of handshake`), a laptop with a removed key (`Invalid handshake initiation`),
  a misconfigured peer sending from an address it is not allowed (`Packet has unallowed src
  IP`), and `systemctl restart wg-quick@wg0` at 07:30 (systemd's lines, wg-quick's `[#]`
  commands, the interface and peers destroyed and created with new peer numbers).
- Nginx Proxy Manager 2.11 with debug on (`npm-edge1.log`, `npm-edge2.log`: the containers'
  output, June 2 to June 4): the s6 start-up lines (`❯ Starting backend ...`), the backend's
  signale lines (`[6/4/2024] [6:00:01 AM] [SSL      ] › ℹ  info      Renewing SSL certs
  expiring within 30 days ...`: date, time, the module's scope padded to 9, the badge and its
  label padded to 10), the hourly certificate renewal, the six-hourly IP ranges fetch, the
  daily log rotation, admins editing proxy hosts (`Testing Nginx configuration`, `CMD: %s`,
  `Deleting file: %s`, `Reloading Nginx`), access lists, new certificates (`Requesting
  Let'sEncrypt certificates for Cert #%d: %s`); one certificate whose domain moved failing
  every renewal (`Command failed: certbot renew ...` with certbot's output and the stack),
  a proxy host pointing at a container that is gone (`Nginx test failed:` with nginx's
  `[emerg]`), DNS failing on edge2 (`getaddrinfo EAI_AGAIN ...`), and edge1 restarting while its
  MariaDB is down (`connect ECONNREFUSED ...` every second).

Label notes. The rules of rounds 51 to 77 hold. OSSEC's date and daemon name (its ARGV0, the
program's name as a syslog ident is) are context, the message's number and level word are
wording: `(1403): ERROR: Incorrectly formatted message from '%s'.`, `INFO: Started (pid:
%d).`. An OSSEC alert is written by one call for all its lines, and is labelled by its rule
(as round 75's Snort and Falco alerts): `Rule: 5716 (level 5) -> 'SSHD authentication
failed.'`, the alert's id, groups line, location and full log being the event's. AIDE's
report lines are each a write: a line opening a table (`Summary:`, `File: %s`, the database's
path) starts an event and its indented rows belong to it (as round 75's snort.log tables), the
dashed separator is an event of its own; an entry line's summary string is computed from the
attributes compared (a variable) but its fill for added and removed entries is the branch's
(`%c++++++++++++++++: %s`, `%c----------------: %s` beside `%s : %s`). Lynis's date is
context and its labels keep the shell's `${VAR}` holes; a suggestion's or warning's text is
the call site's literal (wording), its details a value; a skip reason picked by branch is
wording. WireGuard's syslog header and the kernel's `[uptime]` are context; `wireguard: `
(the module's pr_fmt) and the device's `%s: ` are part of the label. systemd's unit
description is a value (`Started %s.`); wg-quick's `[#] ` echo of a command written at its
call site keeps the command's words (`[#] ip link add %s type wireguard`), a user's PostUp
line being a value. Nginx Proxy Manager's date, time, scope and badge are context; a message
logged with a value after it (`logger.debug('CMD:', cmd)`) is `CMD: %s`; an error's message
contributes its format (`connect ECONNREFUSED %s`, `getaddrinfo EAI_AGAIN %s`, `Command
failed: certbot renew ...`), the output after its first line and the stack belonging to it.

Sources: written from the helper's knowledge of each program and of real logs; OSSEC's
numbered messages were checked against a copy of its error_messages.h. Least sure: OSSEC's
`Reading rules file`, `Ignoring file`, `Monitoring directory`, `Assigning counter`,
the syscheck and rootcheck scan lines' exact wording and the rule texts' spelling; AIDE
0.18's summary strings (`f   ...    .C... `, their width), `New AIDE database written to %s`,
the `Number of entries:` line of a clean report and the wrap of a hash; Lynis's
`Action: Performing tests from category:`, the host detail lines, the sysctl and OpenSSH
result wordings, `Unknown option in profile`, the nameserver lines and most test
descriptions; WireGuard's messages are from the module's source as the helper remembers it
(`Invalid MAC of handshake, dropping packet from %pISpfsc`); Nginx Proxy Manager's `Built
Access file`, `Command:`, the Express warning's text, and whether the renewal error is logged
with its stack. Run it only to change the data on purpose: `python
bench/heldout/generate_round88.py [SYSTEM ...]`.
"""

from __future__ import annotations

import base64
import random
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round52 import Records, secs
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


def day(d: int, h: int, m: int, s: int = 0) -> datetime:
    """An instant of June `d`, 2024 (UTC)."""
    return datetime(2024, 6, d, h, m, s, tzinfo=UTC)


def syslog_ts(t: datetime) -> str:
    return f"{t:%b} {t.day:2d} {t:%H:%M:%S}"


# --------------------------------------------------------------------------------- ossec

OS_AGENTS = [
    ("001", "web01", "10.0.1.11"),
    ("002", "web02", "10.0.1.12"),
    ("003", "db01", "10.0.1.20"),
    ("004", "bastion", "10.0.1.5"),
    ("005", "mail01", "10.0.1.30"),
]
OS_FILES = [
    "/var/log/auth.log",
    "/var/log/syslog",
    "/var/log/dpkg.log",
    "/var/log/nginx/access.log",
    "/var/log/nginx/error.log",
    "/var/ossec/logs/active-responses.log",
]
OS_DIRS = ["/etc", "/usr/bin", "/usr/sbin", "/bin", "/sbin", "/boot"]
OS_RULEFILES = [
    "rules_config.xml",
    "pam_rules.xml",
    "sshd_rules.xml",
    "syslog_rules.xml",
    "sudo_rules.xml",
    "web_rules.xml",
    "nginx_rules.xml",
    "attack_rules.xml",
    "ossec_rules.xml",
    "local_rules.xml",
]
OS_USERS = ["root", "admin", "ubuntu", "test", "oracle", "postgres", "git", "user", "ftp"]
OS_SCANNERS = ["203.0.113.45", "198.51.100.77", "192.0.2.191", "203.0.113.201"]
OS_ADMINS = ["anna", "ben", "deploy"]
OS_PAGES = [
    "/wp-login.php",
    "/.env",
    "/phpmyadmin/index.php",
    "/admin/config.php",
    "/cgi-bin/luci",
    "/.git/config",
    "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php",
]


def ossec(r: random.Random) -> list[Log]:
    """The OSSEC server `ossec-srv` with five agents, 06:00 to 10:00: an SSH brute force
    against the bastion from 06:40 (the active response blocking each source after rule
    5712), web scans on web01 and web02, admins' sudo and sessions, syscheck's scan finding
    changed files, `ossec-control restart` on the server at 07:10, the mail relay down from
    08:10 to 08:40, web02's agent re-installed at 08:55 with a stale counter."""
    fs = Files(1000)
    t0, t_end = at(6, 0), at(10, 0)
    restart = at(7, 10, 4)
    mail_down = (at(8, 10), at(8, 40))
    reinstall = at(8, 55, 30)
    pids = {}

    def L(f: str, t: datetime, daemon: str, label: str, msg: str) -> datetime:
        return fs.add(
            f,
            t,
            label,
            lambda t: [f"{t:%Y/%m/%d %H:%M:%S} {daemon}{msg}"],
            proc=(f, daemon),
        )

    srv = "ossec.log"

    def server_start(t: datetime) -> None:
        for d in (
            "ossec-maild",
            "ossec-execd",
            "ossec-analysisd",
            "ossec-logcollector",
            "ossec-remoted",
            "ossec-syscheckd",
            "ossec-monitord",
        ):
            pids[d] = r.randrange(2000, 30000)
        x = t
        x = L(
            srv,
            x,
            "ossec-maild",
            "INFO: Started (pid: %d).",
            f": INFO: Started (pid: {pids['ossec-maild']}).",
        )
        x = L(
            srv,
            x + secs(r, 0.05, 0.3),
            "ossec-execd",
            "INFO: Started (pid: %d).",
            f": INFO: Started (pid: {pids['ossec-execd']}).",
        )
        x = x + secs(r, 0.1, 0.4)
        for rf in OS_RULEFILES:
            x = L(
                srv,
                x + secs(r, 0.01, 0.1),
                "ossec-analysisd",
                "INFO: Reading rules file: '%s'",
                f": INFO: Reading rules file: '{rf}'",
            )
        for ig in (
            "/etc/mtab",
            "/etc/hosts.deny",
            "/etc/mail/statistics",
            "/etc/random-seed",
            "/etc/adjtime",
        ):
            x = L(
                srv,
                x + secs(r, 0.001, 0.01),
                "ossec-analysisd",
                "INFO: Ignoring file: '%s'",
                f": INFO: Ignoring file: '{ig}'",
            )
        x = L(
            srv,
            x + secs(r, 0.01, 0.05),
            "ossec-analysisd",
            "INFO: Started (pid: %d).",
            f": INFO: Started (pid: {pids['ossec-analysisd']}).",
        )
        x = L(
            srv,
            x + secs(r, 0.05, 0.2),
            "ossec-logcollector",
            "(1950): INFO: Analyzing file: '%s'.",
            f"(1950): INFO: Analyzing file: '{OS_FILES[0]}'.",
        )
        for lf in OS_FILES[1:]:
            x = L(
                srv,
                x + secs(r, 0.001, 0.01),
                "ossec-logcollector",
                "(1950): INFO: Analyzing file: '%s'.",
                f"(1950): INFO: Analyzing file: '{lf}'.",
            )
        x = L(
            srv,
            x + secs(r, 0.001, 0.01),
            "ossec-logcollector",
            "INFO: Monitoring output of command(%d): %s",
            ": INFO: Monitoring output of command(360): df -P",
        )
        x = L(
            srv,
            x + secs(r, 0.001, 0.01),
            "ossec-logcollector",
            "INFO: Monitoring output of command(%d): %s",
            ": INFO: Monitoring output of command(360): netstat -tan |grep LISTEN |egrep -v '(127.0.0.1| ::1)' | sort",
        )
        x = L(
            srv,
            x + secs(r, 0.001, 0.01),
            "ossec-logcollector",
            "INFO: Started (pid: %d).",
            f": INFO: Started (pid: {pids['ossec-logcollector']}).",
        )
        x = L(
            srv,
            x + secs(r, 0.05, 0.2),
            "ossec-remoted",
            "INFO: Started (pid: %d).",
            f": INFO: Started (pid: {pids['ossec-remoted']}).",
        )
        x = L(
            srv,
            x + secs(r, 0.001, 0.01),
            "ossec-remoted",
            "(1410): INFO: Reading authentication keys file.",
            "(1410): INFO: Reading authentication keys file.",
        )
        for _aid, name, _ip in OS_AGENTS:
            x = L(
                srv,
                x + secs(r, 0.001, 0.01),
                "ossec-remoted",
                "INFO: Assigning counter for agent %s: '%d:%d'.",
                f": INFO: Assigning counter for agent {name}: '{r.randrange(0, 4)}:{r.randrange(100, 9999)}'.",
            )
        for d in OS_DIRS:
            x = L(
                srv,
                x + secs(r, 0.001, 0.01),
                "ossec-syscheckd",
                "INFO: Monitoring directory: '%s'.",
                f": INFO: Monitoring directory: '{d}'.",
            )
        x = L(
            srv,
            x + secs(r, 0.001, 0.01),
            "ossec-syscheckd",
            "INFO: Started (pid: %d).",
            f": INFO: Started (pid: {pids['ossec-syscheckd']}).",
        )
        x = L(
            srv,
            x + secs(r, 0.01, 0.05),
            "ossec-rootcheck",
            "INFO: Started (pid: %d).",
            f": INFO: Started (pid: {pids['ossec-syscheckd']}).",
        )
        x = L(
            srv,
            x + secs(r, 0.05, 0.2),
            "ossec-monitord",
            "INFO: Started (pid: %d).",
            f": INFO: Started (pid: {pids['ossec-monitord']}).",
        )
        L(
            srv,
            x + secs(r, 40, 70),
            "ossec-syscheckd",
            "INFO: Starting syscheck scan (forwarding database).",
            ": INFO: Starting syscheck scan (forwarding database).",
        )
        y = L(
            srv,
            x + secs(r, 420, 600),
            "ossec-syscheckd",
            "INFO: Ending syscheck scan (forwarding database).",
            ": INFO: Ending syscheck scan (forwarding database).",
        )
        y = L(
            srv,
            y + secs(r, 5, 20),
            "ossec-rootcheck",
            "INFO: Starting rootcheck scan.",
            ": INFO: Starting rootcheck scan.",
        )
        L(
            srv,
            y + secs(r, 200, 400),
            "ossec-rootcheck",
            "INFO: Ending rootcheck scan.",
            ": INFO: Ending rootcheck scan.",
        )

    def server_stop(t: datetime) -> datetime:
        x = t
        for d in (
            "ossec-monitord",
            "ossec-logcollector",
            "ossec-remoted",
            "ossec-syscheckd",
            "ossec-analysisd",
            "ossec-maild",
            "ossec-execd",
        ):
            x = L(
                srv,
                x + secs(r, 0.02, 0.2),
                d,
                "(1225): INFO: SIGNAL Received. Exit Cleaning...",
                "(1225): INFO: SIGNAL Received. Exit Cleaning...",
            )
        return x

    # the server's file opens with the morning's start (a reboot at 06:00)
    server_start(t0 + secs(r, 1, 3))
    x = server_stop(restart)
    server_start(x + secs(r, 2, 4))

    # remoted: an unknown address, a bad message, the re-installed agent's stale counter
    for t in poisson(r, t0 + timedelta(minutes=5), t_end, 75):
        L(
            srv,
            t,
            "ossec-remoted",
            "(1213): WARN: Message from %s not allowed.",
            "(1213): WARN: Message from 10.0.2.77 not allowed.",
        )
    for t in poisson(r, at(6, 30), at(9, 40), 900):
        L(
            srv,
            t,
            "ossec-remoted",
            "(1403): ERROR: Incorrectly formatted message from '%s'.",
            f"(1403): ERROR: Incorrectly formatted message from '{r.choice(['10.0.1.30', '10.0.1.20'])}'.",
        )
    for t in poisson(r, reinstall, reinstall + timedelta(minutes=16), 6):
        L(
            srv,
            t,
            "ossec-remoted",
            "(1407): ERROR: Duplicated counter for '%s'.",
            "(1407): ERROR: Duplicated counter for 'web02'.",
        )
    L(
        srv,
        reinstall + timedelta(minutes=16, seconds=13),
        "ossec-remoted",
        "INFO: Assigning counter for agent %s: '%d:%d'.",
        ": INFO: Assigning counter for agent web02: '0:0'.",
    )

    # the agents' own logs
    for name, start in (("web01", at(6, 0, 12)), ("db01", at(6, 0, 40))):
        af = f"agent-{name}-ossec.log"
        apid = {
            d: r.randrange(1000, 9000)
            for d in ("ossec-execd", "ossec-agentd", "ossec-logcollector", "ossec-syscheckd")
        }
        x = L(
            af,
            start,
            "ossec-execd",
            "INFO: Started (pid: %d).",
            f": INFO: Started (pid: {apid['ossec-execd']}).",
        )
        x = L(
            af,
            x + secs(r, 0.1, 0.3),
            "ossec-agentd",
            "(1410): INFO: Reading authentication keys file.",
            "(1410): INFO: Reading authentication keys file.",
        )
        x = L(
            af,
            x + secs(r, 0.01, 0.1),
            "ossec-agentd",
            "INFO: Started (pid: %d).",
            f": INFO: Started (pid: {apid['ossec-agentd']}).",
        )
        x = L(
            af,
            x + secs(r, 0.01, 0.1),
            "ossec-agentd",
            "INFO: Trying to connect to server (%s:%d).",
            ": INFO: Trying to connect to server (10.0.1.2:1514).",
        )
        x = L(
            af,
            x + secs(r, 0.01, 0.1),
            "ossec-agentd",
            "(4102): INFO: Connected to the server (%s:%s).",
            "(4102): INFO: Connected to the server (10.0.1.2:1514).",
        )
        for lf in OS_FILES[:3] + (
            [OS_FILES[3], OS_FILES[4]]
            if name == "web01"
            else ["/var/log/postgresql/postgresql-15-main.log"]
        ):
            x = L(
                af,
                x + secs(r, 0.01, 0.05),
                "ossec-logcollector",
                "(1950): INFO: Analyzing file: '%s'.",
                f"(1950): INFO: Analyzing file: '{lf}'.",
            )
        x = L(
            af,
            x + secs(r, 0.01, 0.05),
            "ossec-logcollector",
            "INFO: Started (pid: %d).",
            f": INFO: Started (pid: {apid['ossec-logcollector']}).",
        )
        for d in OS_DIRS:
            x = L(
                af,
                x + secs(r, 0.001, 0.01),
                "ossec-syscheckd",
                "INFO: Monitoring directory: '%s'.",
                f": INFO: Monitoring directory: '{d}'.",
            )
        x = L(
            af,
            x + secs(r, 0.01, 0.05),
            "ossec-syscheckd",
            "INFO: Started (pid: %d).",
            f": INFO: Started (pid: {apid['ossec-syscheckd']}).",
        )
        x = L(
            af,
            x + secs(r, 0.01, 0.05),
            "ossec-rootcheck",
            "INFO: Started (pid: %d).",
            f": INFO: Started (pid: {apid['ossec-syscheckd']}).",
        )
        x = L(
            af,
            x + secs(r, 60, 90),
            "ossec-syscheckd",
            "INFO: Starting syscheck scan (forwarding database).",
            ": INFO: Starting syscheck scan (forwarding database).",
        )
        x = L(
            af,
            x + secs(r, 300, 500),
            "ossec-syscheckd",
            "INFO: Ending syscheck scan (forwarding database).",
            ": INFO: Ending syscheck scan (forwarding database).",
        )
        x = L(
            af,
            x + secs(r, 5, 20),
            "ossec-rootcheck",
            "INFO: Starting rootcheck scan.",
            ": INFO: Starting rootcheck scan.",
        )
        L(
            af,
            x + secs(r, 100, 300),
            "ossec-rootcheck",
            "INFO: Ending rootcheck scan.",
            ": INFO: Ending rootcheck scan.",
        )
        # the server restart: agentd loses the server, the collector waits
        x = restart + secs(r, 1, 8)
        x = L(
            af,
            x,
            "ossec-agentd",
            "(1218): ERROR: Unable to send message to %s.",
            "(1218): ERROR: Unable to send message to server.",
        )
        x = L(
            af,
            x + secs(r, 0.01, 0.1),
            "ossec-agentd",
            "WARN: Server unavailable. Setting lock.",
            ": WARN: Server unavailable. Setting lock.",
        )
        L(
            af,
            x + secs(r, 0.1, 1),
            "ossec-logcollector",
            "WARN: Process locked. Waiting for permission...",
            ": WARN: Process locked. Waiting for permission...",
        )
        for _ in range(r.randrange(2, 4)):
            x = L(
                af,
                x + secs(r, 9, 11),
                "ossec-agentd",
                "INFO: Trying to connect to server (%s:%d).",
                ": INFO: Trying to connect to server (10.0.1.2:1514).",
            )
            x = L(
                af,
                x + secs(r, 0.5, 1),
                "ossec-agentd",
                "(4101): WARN: Waiting for server reply (not started). Tried: '%s'.",
                "(4101): WARN: Waiting for server reply (not started). Tried: '10.0.1.2'.",
            )
        x = L(
            af,
            x + secs(r, 9, 11),
            "ossec-agentd",
            "INFO: Trying to connect to server (%s:%d).",
            ": INFO: Trying to connect to server (10.0.1.2:1514).",
        )
        x = L(
            af,
            x + secs(r, 0.1, 0.5),
            "ossec-agentd",
            "(4102): INFO: Connected to the server (%s:%s).",
            "(4102): INFO: Connected to the server (10.0.1.2:1514).",
        )
        x = L(
            af,
            x + secs(r, 0.01, 0.1),
            "ossec-agentd",
            "INFO: Server responded. Releasing lock.",
            ": INFO: Server responded. Releasing lock.",
        )

    # ----- alerts.log
    alerts: list[tuple[datetime, int, str, str, str, list[str], Callable[[datetime], str]]] = []

    def alert(
        t: datetime,
        rule: int,
        level: int,
        desc: str,
        groups: str,
        where: str,
        extra: list[str],
        full: Callable[[datetime], str],
    ) -> None:
        alerts.append(
            (
                t,
                rule,
                desc,
                groups,
                where,
                [f"Rule: {rule} (level {level}) -> '{desc}'", *extra],
                full,
            )
        )

    def agent_loc(a: tuple[str, str, str], path: str) -> str:
        return f"({a[1]}) {a[2]}->{path}"

    bastion = OS_AGENTS[3]
    web = OS_AGENTS[:2]
    # the SSH brute force on the bastion
    for src in OS_SCANNERS:
        start = at(6, 40) + timedelta(minutes=r.uniform(0, 150))
        for n, t in enumerate(
            poisson(r, start, start + timedelta(minutes=r.uniform(6, 14)), 3.5), 1
        ):
            user = r.choice(OS_USERS)
            port = r.randrange(30000, 65000)
            pid = r.randrange(10000, 60000)
            if user in ("root", "admin", "ubuntu"):
                alert(
                    t,
                    5716,
                    5,
                    "SSHD authentication failed.",
                    "syslog,sshd,authentication_failed,",
                    agent_loc(bastion, "/var/log/auth.log"),
                    [f"Src IP: {src}", f"User: {user}"],
                    lambda t, u=user, s=src, p=port, pid=pid: (
                        f"{syslog_ts(t)} bastion sshd[{pid}]: Failed password for {u} from {s} port {p} ssh2"
                    ),
                )
            else:
                alert(
                    t,
                    5710,
                    5,
                    "Attempt to login using a non-existent user",
                    "syslog,sshd,invalid_login,authentication_failed,",
                    agent_loc(bastion, "/var/log/auth.log"),
                    [f"Src IP: {src}"],
                    lambda t, u=user, s=src, p=port, pid=pid: (
                        f"{syslog_ts(t)} bastion sshd[{pid}]: Invalid user {u} from {s} port {p}"
                    ),
                )
            if n == 8:
                alert(
                    t + timedelta(seconds=0.5),
                    5712,
                    10,
                    "SSHD brute force trying to get access to the system.",
                    "syslog,sshd,authentication_failures,",
                    agent_loc(bastion, "/var/log/auth.log"),
                    [f"Src IP: {src}"],
                    lambda t, s=src, p=port, pid=pid: (
                        f"{syslog_ts(t)} bastion sshd[{pid}]: Invalid user test from {s} port {p}"
                    ),
                )
                ts = t + timedelta(seconds=2)
                alert(
                    ts,
                    601,
                    3,
                    "Host Blocked by firewall-drop.sh Active Response",
                    "ossec,active_response,",
                    agent_loc(bastion, "/var/ossec/logs/active-responses.log"),
                    [f"Src IP: {src}"],
                    lambda t, s=src: (
                        f"{t:%a %b %e %H:%M:%S} UTC 2024 /var/ossec/active-response/bin/firewall-drop.sh add - {s} {int(t.timestamp())}.{r.randrange(10000, 999999)} 5712"
                    ),
                )
    # background SSH noise and the admins
    for t in poisson(r, t0, t_end, 48):
        src, user = (
            f"{r.randrange(1, 223)}.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}",
            r.choice(OS_USERS),
        )
        pid, port = r.randrange(10000, 60000), r.randrange(30000, 65000)
        alert(
            t,
            5710,
            5,
            "Attempt to login using a non-existent user",
            "syslog,sshd,invalid_login,authentication_failed,",
            agent_loc(bastion, "/var/log/auth.log"),
            [f"Src IP: {src}"],
            lambda t, u=user, s=src, p=port, pid=pid: (
                f"{syslog_ts(t)} bastion sshd[{pid}]: Invalid user {u} from {s} port {p}"
            ),
        )
    for t in poisson(r, at(7, 30), t_end, 420):
        adm = r.choice(OS_ADMINS)
        pid = r.randrange(10000, 60000)
        alert(
            t,
            5715,
            3,
            "SSHD authentication success.",
            "syslog,sshd,authentication_success,",
            agent_loc(bastion, "/var/log/auth.log"),
            ["Src IP: 10.0.9.14", f"User: {adm}"],
            lambda t, a=adm, pid=pid: (
                f"{syslog_ts(t)} bastion sshd[{pid}]: Accepted publickey for {a} from 10.0.9.14 port {r.randrange(40000, 60000)} ssh2: ED25519 SHA256:{base64.b64encode(r.randbytes(32)).decode()[:43]}"
            ),
        )
        alert(
            t + secs(r, 0.01, 0.05),
            5501,
            3,
            "Login session opened.",
            "pam,syslog,authentication_success,",
            agent_loc(bastion, "/var/log/auth.log"),
            [],
            lambda t, a=adm, pid=pid: (
                f"{syslog_ts(t)} bastion sshd[{pid}]: pam_unix(sshd:session): session opened for user {a}(uid={1000 + OS_ADMINS.index(a)}) by (uid=0)"
            ),
        )
        for _ in range(r.randrange(0, 4)):
            ts = t + secs(r, 20, 600)
            host = r.choice(OS_AGENTS)
            cmd = r.choice(
                [
                    "/usr/bin/systemctl restart nginx",
                    "/usr/bin/apt-get update",
                    "/usr/bin/tail -f /var/log/syslog",
                    "/usr/bin/vi /etc/nginx/sites-enabled/default",
                    "/usr/bin/journalctl -u postgresql",
                ]
            )
            alert(
                ts,
                5402,
                3,
                "Successful sudo to ROOT executed",
                "syslog,sudo,",
                agent_loc(host, "/var/log/auth.log"),
                [f"User: {adm}"],
                lambda t, a=adm, h=host, c=cmd: (
                    f"{syslog_ts(t)} {h[1]} sudo:     {a} : TTY=pts/0 ; PWD=/home/{a} ; USER=root ; COMMAND={c}"
                ),
            )
    # the web scans
    for t in poisson(r, t0, t_end, 40):
        host, src, page = (
            r.choice(web),
            r.choice([*OS_SCANNERS[:2], "45.148.10.12", "185.224.128.17"]),
            r.choice(OS_PAGES),
        )
        alert(
            t,
            31101,
            5,
            "Web server 400 error code.",
            "web,accesslog,",
            agent_loc(host, "/var/log/nginx/access.log"),
            [f"Src IP: {src}"],
            lambda t, s=src, p=page: (
                f'{s} - - [{t:%d/%b/%Y:%H:%M:%S} +0000] "GET {p} HTTP/1.1" 404 162 "-" "Mozilla/5.0 zgrab/0.x"'
            ),
        )
        if r.random() < 0.08:
            alert(
                t + timedelta(seconds=1),
                31151,
                10,
                "Multiple web server 400 error codes from same source ip.",
                "web,accesslog,web_scan,recon,",
                agent_loc(host, "/var/log/nginx/access.log"),
                [f"Src IP: {src}"],
                lambda t, s=src, p=page: (
                    f'{s} - - [{t:%d/%b/%Y:%H:%M:%S} +0000] "GET {p} HTTP/1.1" 404 162 "-" "Mozilla/5.0 zgrab/0.x"'
                ),
            )
    for t in poisson(r, at(8, 0), at(8, 30), 90):
        host, src = r.choice(web), "185.224.128.17"
        alert(
            t,
            31103,
            6,
            "SQL injection attempt.",
            "web,accesslog,attack,sql_injection,",
            agent_loc(host, "/var/log/nginx/access.log"),
            [f"Src IP: {src}"],
            lambda t, s=src: (
                f'{s} - - [{t:%d/%b/%Y:%H:%M:%S} +0000] "GET /products.php?id=1%27%20UNION%20SELECT%20NULL,NULL-- HTTP/1.1" 200 5120 "-" "sqlmap/1.7.2#stable (https://sqlmap.org)"'
            ),
        )
    # syscheck on the agents after their scans
    for a, path, _old in [
        (OS_AGENTS[0], "/etc/nginx/sites-enabled/default", 0),
        (OS_AGENTS[1], "/etc/nginx/sites-enabled/default", 0),
        (OS_AGENTS[2], "/etc/postgresql/15/main/pg_hba.conf", 0),
        (OS_AGENTS[3], "/etc/passwd", 0),
        (OS_AGENTS[3], "/etc/shadow", 0),
        (OS_AGENTS[3], "/etc/group", 0),
        (OS_AGENTS[0], "/usr/bin/curl", 0),
        (OS_AGENTS[1], "/usr/bin/curl", 0),
        (OS_AGENTS[2], "/usr/bin/curl", 0),
        (OS_AGENTS[4], "/etc/postfix/main.cf", 0),
    ]:
        t = at(6, 12) + timedelta(minutes=r.uniform(0, 10))
        s0 = r.randrange(900, 4000)
        s1 = s0 + r.randrange(-40, 120)
        alert(
            t,
            550,
            7,
            "Integrity checksum changed.",
            "ossec,syscheck,",
            agent_loc(a, "syscheck"),
            [],
            lambda t, p=path, s0=s0, s1=s1: "\n".join(
                [
                    f"Integrity checksum changed for: '{p}'",
                    f"Size changed from '{s0}' to '{s1}'",
                    f"Old md5sum was: '{hexid(r, 32)}'",
                    f"New md5sum is : '{hexid(r, 32)}'",
                    f"Old sha1sum was: '{hexid(r, 40)}'",
                    f"New sha1sum is : '{hexid(r, 40)}'",
                ]
            ),
        )
    for a, path in [
        (OS_AGENTS[3], "/usr/local/bin/backup-sync"),
        (OS_AGENTS[0], "/etc/nginx/conf.d/ratelimit.conf"),
    ]:
        alert(
            at(6, 18) + timedelta(minutes=r.uniform(0, 5)),
            554,
            7,
            "File added to the system.",
            "ossec,syscheck,",
            agent_loc(a, "syscheck"),
            [],
            lambda t, p=path: f"New file '{p}' added to the file system.",
        )
    # agents and the server
    for tt in (t0 + timedelta(seconds=6), restart + timedelta(seconds=5)):
        alert(
            tt,
            502,
            3,
            "Ossec server started.",
            "ossec,",
            "ossec-srv->ossec-monitord",
            [],
            lambda t: "ossec: Ossec started.",
        )
        for a in OS_AGENTS:
            alert(
                tt + timedelta(seconds=r.uniform(20, 50)),
                501,
                3,
                "New ossec agent connected.",
                "ossec,",
                f"({a[1]}) {a[2]}->ossec",
                [],
                lambda t, a=a: f"ossec: Agent started: '{a[1]}->{a[2]}'.",
            )
    # disk and ports
    alert(
        at(7, 12),
        533,
        7,
        "Listened ports status (netstat) changed (new port opened or closed).",
        "ossec,",
        agent_loc(OS_AGENTS[0], "netstat -tan |grep LISTEN |egrep -v '(127.0.0.1| ::1)' | sort"),
        [],
        lambda t: "\n".join(
            [
                "ossec: output: 'netstat -tan |grep LISTEN |egrep -v '(127.0.0.1| ::1)' | sort':",
                "tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN",
                "tcp        0      0 0.0.0.0:443             0.0.0.0:*               LISTEN",
                "tcp        0      0 0.0.0.0:80              0.0.0.0:*               LISTEN",
                "tcp        0      0 0.0.0.0:9100            0.0.0.0:*               LISTEN",
                "Previous output:",
                "ossec: output: 'netstat -tan |grep LISTEN |egrep -v '(127.0.0.1| ::1)' | sort':",
                "tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN",
                "tcp        0      0 0.0.0.0:443             0.0.0.0:*               LISTEN",
                "tcp        0      0 0.0.0.0:80              0.0.0.0:*               LISTEN",
            ]
        ),
    )
    for t in poisson(r, t0, t_end, 700):
        host = r.choice(OS_AGENTS)
        alert(
            t,
            1002,
            2,
            "Unknown problem somewhere in the system.",
            "syslog,errors,",
            agent_loc(host, "/var/log/syslog"),
            [],
            lambda t, h=host: (
                f"{syslog_ts(t)} {h[1]} kernel: [{r.randrange(1000, 99999)}.{r.randrange(10**6):06d}] EXT4-fs error (device sda1): ext4_lookup:1855: inode #{r.randrange(10**5, 10**7)}: comm find: deleted inode referenced: {r.randrange(10**5, 10**7)}"
            ),
        )

    # render alerts.log in order, each id the time and the file's offset; maild mails level >= 7
    alerts.sort(key=lambda a: a[0])
    offset = 0
    clock = fs.clock
    recs = fs.files.setdefault("alerts.log", Records())
    for t, _rule, _desc, groups, where, extra, full in alerts:
        t = clock.at("analysisd-alerts", t)
        lvl = int(extra[0].split("(level ")[1].split(")")[0])
        mail = " mail " if lvl >= 7 else ""
        lines = [
            f"** Alert {int(t.timestamp())}.{offset}:{mail} - {groups}",
            f"{t:%Y %b %d %H:%M:%S} {where}",
            *extra,
            *full(t).split("\n"),
            "",
        ]
        recs.add(t, lines, extra[0])
        offset += sum(len(x.encode()) + 1 for x in lines)
        if lvl >= 7 and mail_down[0] <= t < mail_down[1]:
            L(
                srv,
                t + secs(r, 1, 20),
                "ossec-maild",
                "(1223): ERROR: Error Sending email to %s (smtp server)",
                "(1223): ERROR: Error Sending email to 10.0.1.25 (smtp server)",
            )
    for t in poisson(r, mail_down[0], mail_down[1], 110):
        L(
            srv,
            t,
            "ossec-maild",
            "(1223): ERROR: Error Sending email to %s (smtp server)",
            "(1223): ERROR: Error Sending email to 10.0.1.25 (smtp server)",
        )
    return fs.logs(t0)


# --------------------------------------------------------------------------------- aide

AIDE_SEP = "-" * 51
AIDE_UPGRADE = {
    "openssl": [
        "/usr/bin/openssl",
        "/usr/lib/x86_64-linux-gnu/libssl.so.3",
        "/usr/lib/x86_64-linux-gnu/libcrypto.so.3",
        "/usr/lib/x86_64-linux-gnu/engines-3/afalg.so",
        "/usr/lib/x86_64-linux-gnu/engines-3/padlock.so",
        "/usr/lib/x86_64-linux-gnu/ossl-modules/legacy.so",
    ],
    "openssh": [
        "/usr/bin/ssh",
        "/usr/bin/scp",
        "/usr/bin/sftp",
        "/usr/bin/ssh-add",
        "/usr/bin/ssh-agent",
        "/usr/bin/ssh-keygen",
        "/usr/bin/ssh-keyscan",
        "/usr/sbin/sshd",
        "/usr/lib/openssh/sftp-server",
        "/usr/lib/openssh/ssh-keysign",
    ],
    "libc": [
        "/usr/lib/x86_64-linux-gnu/libc.so.6",
        "/usr/lib/x86_64-linux-gnu/libm.so.6",
        "/usr/lib/x86_64-linux-gnu/libpthread.so.0",
        "/usr/lib/x86_64-linux-gnu/libresolv.so.2",
        "/usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2",
        "/usr/bin/ldd",
        "/usr/bin/getconf",
        "/usr/bin/iconv",
        "/usr/bin/locale",
        "/usr/sbin/iconvconfig",
    ],
    "systemd": [
        "/usr/bin/systemctl",
        "/usr/bin/journalctl",
        "/usr/bin/loginctl",
        "/usr/lib/systemd/systemd",
        "/usr/lib/systemd/systemd-journald",
        "/usr/lib/systemd/systemd-logind",
        "/usr/lib/systemd/systemd-resolved",
        "/usr/lib/x86_64-linux-gnu/libsystemd.so.0.32.0",
        "/usr/lib/systemd/libsystemd-shared-249.so",
    ],
}
AIDE_ETC = [
    "/etc/resolv.conf",
    "/etc/hosts",
    "/etc/sudoers.d/90-admins",
    "/etc/nginx/nginx.conf",
    "/etc/postgresql/15/main/postgresql.conf",
    "/etc/ssh/sshd_config",
    "/etc/crontab",
]


DB_SUMS = [
    ("MD5", 16),
    ("SHA1", 20),
    ("SHA256", 32),
    ("SHA512", 64),
    ("RMD160", 20),
    ("TIGER", 24),
    ("CRC32", 4),
    ("WHIRLPOOL", 64),
    ("GOST", 32),
    ("STRIBOG256", 32),
    ("STRIBOG512", 64),
]


def b64(r: random.Random, n: int) -> str:
    return base64.b64encode(r.randbytes(n)).decode()


def aide(r: random.Random) -> list[Log]:
    """Daily checks on web01, db01, the bastion and mail01 from June 1 to June 14 at 03:00,
    each report appended to the host's aide.log (mail01's opening with its `aide --init` of May
    31): clean until the June 5 upgrade, whose changed
    files pile up until `aide --update` on June 9; an admin's edits in /etc now and then, a
    removed file, a symlink switched by update-alternatives; on June 11 a dropped binary, a
    cron file, root's authorized_keys and /etc/passwd changed on the bastion, reported every
    day after."""
    fs = Files(1000)
    hosts = {"web01": 181234, "db01": 96512, "bastion": 74210, "mail01": 88410}
    t0 = day(1, 3, 0)
    # per host: path -> (kind, change summary, attribute rows) since the database was written
    pending: dict[str, dict[str, tuple[str, str, list[tuple[str, str, str]]]]] = {
        h: {} for h in hosts
    }
    dbhash: dict[str, list[tuple[str, str]]] = {}

    def ts(t: datetime) -> str:
        return f"{t:%Y-%m-%d %H:%M:%S} +0000"

    def W(f: str, t: datetime, label: str, lines: list[str]) -> datetime:
        return fs.add(f, t, label, lambda _t: lines, proc=f)

    def attrs(
        t_old: datetime, t_new: datetime, content: bool, inode: bool
    ) -> list[tuple[str, str, str]]:
        rows = []
        if content:
            s0 = r.randrange(2000, 900000)
            rows.append(("Size", str(s0), str(s0 + r.randrange(-4000, 9000))))
        rows.append(("Mtime", ts(t_old), ts(t_new)))
        rows.append(("Ctime", ts(t_old), ts(t_new)))
        if inode:
            i0 = r.randrange(100000, 9000000)
            rows.append(("Inode", str(i0), str(i0 + r.randrange(1, 5000))))
        if content:
            rows.append(("SHA256", b64(r, 32), b64(r, 32)))
            rows.append(("SHA512", b64(r, 64), b64(r, 64)))
        return rows

    def change(
        h: str, path: str, kind: str, t: datetime, content: bool = True, inode: bool = False
    ) -> None:
        if kind == "added":
            pending[h][path] = ("added", "f" + "+" * 16, [])
            return
        if kind == "removed":
            pending[h][path] = ("removed", "f" + "-" * 16, [])
            return
        if kind == "link":
            pending[h][path] = (
                "changed",
                "l   ...    .... ",
                [("Lname", "/usr/bin/vim.basic", "/usr/bin/nvim")],
            )
            return
        if kind == "dir":
            pending[h][path] = (
                "changed",
                "d   ...  mc.... ",
                attrs(t - timedelta(days=r.randrange(20, 200)), t, False, False),
            )
            return
        summ = "f > ... mci.C.. " if inode else "f   ...  mc..C.. "
        old = t - timedelta(days=r.randrange(20, 200), seconds=r.randrange(86400))
        pending[h][path] = ("changed", summ, attrs(old, t, content, inode))

    def row(name: str, old: str, new: str) -> list[str]:
        if len(old) <= 32 and len(new) <= 32:
            return [f"  {name:<9} : {old:<32} | {new}"]
        out = []
        for i in range(0, max(len(old), len(new)), 32):
            a, b = old[i : i + 32], new[i : i + 32]
            out.append(f"  {name:<9} : {a:<32} | {b}" if i == 0 else f"  {'':<9}   {a:<32} | {b}")
        return out

    def report(h: str, t: datetime, update: bool = False, init: bool = False) -> None:
        f = f"{h}-aide.log"
        x = W(f, t, "Start timestamp: %s (AIDE %s)", [f"Start timestamp: {ts(t)} (AIDE 0.18.6)"])
        p = pending[h]
        total = (
            hosts[h]
            + sum(1 for v in p.values() if v[0] == "added")
            - sum(1 for v in p.values() if v[0] == "removed")
        )
        if init:
            x = W(
                f,
                x,
                "AIDE initialized database at %s",
                ["AIDE initialized database at /var/lib/aide/aide.db.new", ""],
            )
            x = W(f, x, "Number of entries: %ld", [f"Number of entries:\t{total}", ""])
        elif not p:
            x = W(
                f,
                x,
                "AIDE found NO differences between database and filesystem. Looks okay!!",
                ["AIDE found NO differences between database and filesystem. Looks okay!!", ""],
            )
            x = W(f, x, "Number of entries: %ld", [f"Number of entries:\t{total}", ""])
        else:
            x = W(
                f,
                x,
                "AIDE found differences between database and filesystem!!",
                ["AIDE found differences between database and filesystem!!"],
            )
            if update:
                x = W(
                    f,
                    x,
                    "New AIDE database written to %s",
                    ["New AIDE database written to /var/lib/aide/aide.db.new", ""],
                )
            else:
                fs.files[f].items[-1][2].append("")
            groups = {
                k: sorted(path for path, v in p.items() if v[0] == k)
                for k in ("added", "removed", "changed")
            }
            x = W(
                f,
                x,
                "Summary:",
                [
                    "Summary:",
                    f"  Total number of entries:\t{total}",
                    f"  Added entries:\t\t{len(groups['added'])}",
                    f"  Removed entries:\t\t{len(groups['removed'])}",
                    f"  Changed entries:\t\t{len(groups['changed'])}",
                    "",
                ],
            )
            for k, title, label in (
                ("added", "Added entries:", "%c++++++++++++++++: %s"),
                ("removed", "Removed entries:", "%c----------------: %s"),
                ("changed", "Changed entries:", "%s: %s"),
            ):
                if not groups[k]:
                    continue
                x = W(f, x, title, [AIDE_SEP, title, AIDE_SEP, ""])
                for path in groups[k]:
                    x = W(f, x, label, [f"{p[path][1]}: {path}"])
                fs.files[f].items[-1][2].append("")
            if groups["changed"]:
                x = W(
                    f,
                    x,
                    "Detailed information about changes:",
                    [AIDE_SEP, "Detailed information about changes:", AIDE_SEP, ""],
                )
                for path in groups["changed"]:
                    summ, rows = p[path][1], p[path][2]
                    head = {
                        "f": ("File: %s", "File"),
                        "d": ("Directory: %s", "Directory"),
                        "l": ("Link: %s", "Link"),
                    }[summ[0]]
                    lines = [f"{head[1]}: {path}"]
                    for name, old, new in rows:
                        lines += row(name, old, new)
                    x = W(f, x, head[0], [*lines, ""])
        x = W(
            f,
            x,
            "The attributes of the (uncompressed) database(s):",
            [AIDE_SEP, "The attributes of the (uncompressed) database(s):", AIDE_SEP, ""],
        )
        if init or update or h not in dbhash:
            dbhash[h] = [(name, b64(r, n)) for name, n in DB_SUMS]
        dbrows = ["/var/lib/aide/aide.db.new" if init or update else "/var/lib/aide/aide.db"]
        for name, v in dbhash[h]:
            for i in range(0, len(v), 44):
                dbrows.append(
                    f"  {name:<10}: {v[i : i + 44]}" if i == 0 else f"  {'':<10}  {v[i : i + 44]}"
                )
        x = W(f, x, "%s", [*dbrows, ""])
        run = timedelta(seconds=r.randrange(60, 300) + len(p) * 2)
        W(
            f,
            x + run,
            "End timestamp: %s (run time: %dm %ds)",
            [f"End timestamp: {ts(x + run)} (run time: {run.seconds // 60}m {run.seconds % 60}s)"],
        )
        if update:
            pending[h] = {}

    # mail01 is new: its database is written on the evening of May 31
    report("mail01", day(1, 0, 0) - timedelta(hours=3, minutes=20), init=True)
    for d in range(1, 15):
        for i, h in enumerate(hosts):
            t = day(d, 3, 0, 1) + timedelta(seconds=i * 7 + r.uniform(0, 5))
            report(h, t, update=(d == 9 and h != "bastion"))
        # the day's changes after the check
        for h in hosts:
            if d == 5:
                up = day(5, 6, 25)
                for pkg, paths in AIDE_UPGRADE.items():
                    if pkg == "systemd" and h == "db01":
                        continue
                    for p in paths:
                        change(h, p, "changed", up + secs(r, 0, 90), inode=True)
                change(h, "/usr/lib/x86_64-linux-gnu", "dir", up)
                change(h, "/usr/bin", "dir", up)
                change(h, "/usr/share/doc/openssl/changelog.Debian.gz", "removed", up)
            if r.random() < 0.35:
                p = r.choice(AIDE_ETC)
                change(h, p, "changed", day(d, r.randrange(9, 18), r.randrange(60)))
            if d in (3, 7, 12) and h == "web01":
                change(h, f"/etc/nginx/sites-enabled/shop-{d}.conf", "added", day(d, 14, 10))
                change(h, "/etc/nginx/sites-enabled", "dir", day(d, 14, 10))
            if d == 8 and h == "db01":
                change(h, "/etc/alternatives/editor", "link", day(d, 10, 0))
            if d == 11 and h == "bastion":
                x = day(11, 22, 14)
                change(h, "/usr/local/bin/.sysupd", "added", x)
                change(h, "/etc/cron.d/sysupdate", "added", x)
                change(h, "/root/.ssh/authorized_keys", "changed", x)
                change(h, "/etc/passwd", "changed", x)
                change(h, "/etc/shadow", "changed", x)
                change(h, "/etc/cron.d", "dir", x)
                change(h, "/usr/local/bin", "dir", x)
    return fs.logs(t0)


# --------------------------------------------------------------------------------- lynis

# (test id, description, OS it needs or "", points when it runs: (got, max) or None)
LY_TESTS = [
    (
        "Boot and services",
        [
            ("BOOT-5104", "Determine service manager", "", None),
            ("BOOT-5106", "Check EFI boot file on Mac OS X/macOS", "MacOS", None),
            ("BOOT-5108", "Test Syslinux boot loader", "Linux", None),
            ("BOOT-5109", "Test rEFInd boot loader", "Linux", None),
            ("BOOT-5116", "Check if system is booted in UEFI mode", "", None),
            ("BOOT-5121", "Check for GRUB boot loader presence", "", (3, 3)),
            ("BOOT-5122", "Check for GRUB boot password", "", (0, 3)),
            ("BOOT-5139", "Check for LILO boot loader presence", "", None),
            ("BOOT-5140", "Check for ELILO boot loader presence", "", None),
            ("BOOT-5165", "Check for FreeBSD boot services", "FreeBSD", None),
            ("BOOT-5177", "Check for Linux boot and running services", "Linux", None),
            ("BOOT-5180", "Check for Linux boot services (Debian style)", "Linux", None),
            ("BOOT-5184", "Check permissions for boot files/scripts", "", (1, 1)),
            ("BOOT-5202", "Check uptime of system", "", None),
            ("BOOT-5260", "Check single user mode for systemd", "", (1, 1)),
            ("BOOT-5262", "Check for OpenBSD boot daemons", "OpenBSD", None),
            ("BOOT-5263", "Check permissions for boot files/scripts", "OpenBSD", None),
        ],
    ),
    (
        "Kernel",
        [
            ("KRNL-5622", "Determine Linux default run level", "Linux", None),
            ("KRNL-5677", "Check CPU options and support", "Linux", None),
            ("KRNL-5695", "Determine Linux kernel version and release number", "Linux", None),
            ("KRNL-5723", "Determining if Linux kernel is monolithic", "Linux", None),
            ("KRNL-5726", "Checking Linux loaded kernel modules", "Linux", None),
            ("KRNL-5728", "Checking Linux kernel config", "Linux", None),
            ("KRNL-5730", "Checking disk I/O kernel scheduler", "Linux", None),
            ("KRNL-5745", "Checking FreeBSD loaded kernel modules", "FreeBSD", None),
            ("KRNL-5770", "Checking active kernel modules", "Solaris", None),
            ("KRNL-5788", "Checking availability new Linux kernel", "Linux", None),
            ("KRNL-5820", "Checking core dumps configuration", "Linux", (1, 1)),
            (
                "KRNL-5830",
                "Checking if system is running on the latest installed kernel",
                "Linux",
                None,
            ),
        ],
    ),
    (
        "Users, Groups and Authentication",
        [
            ("AUTH-9204", "Check users with an UID of zero", "", (2, 2)),
            ("AUTH-9208", "Check non-unique accounts in passwd file", "", (2, 2)),
            ("AUTH-9212", "Test group file", "", (2, 2)),
            ("AUTH-9216", "Check group and shadow group files", "", (2, 2)),
            ("AUTH-9218", "Check login shells for passwordless accounts", "FreeBSD", None),
            ("AUTH-9222", "Check unique groups (IDs)", "", (2, 2)),
            ("AUTH-9226", "Check unique group names", "", (2, 2)),
            ("AUTH-9228", "Check password file consistency with pwck", "", (2, 2)),
            ("AUTH-9229", "Check password hashing methods", "", (2, 2)),
            ("AUTH-9230", "Check group password hashing rounds", "", (0, 1)),
            ("AUTH-9234", "Query user accounts", "", None),
            ("AUTH-9240", "Query NIS+ authentication support", "", None),
            ("AUTH-9250", "Checking sudoers file", "", None),
            (
                "AUTH-9252",
                "Check ownership and permissions for sudo configuration files",
                "",
                (2, 2),
            ),
            ("AUTH-9254", "Solaris passwordless accounts", "Solaris", None),
            ("AUTH-9262", "Checking presence password strength testing tools (PAM)", "", (0, 3)),
            ("AUTH-9264", "Checking presence pam.conf", "", None),
            ("AUTH-9266", "Checking presence pam.d files", "", None),
            ("AUTH-9268", "Checking presence pam.d files", "", None),
            ("AUTH-9278", "Checking LDAP module in PAM", "", None),
            ("AUTH-9282", "Checking password protected account without expire date", "", None),
            ("AUTH-9283", "Checking accounts without password", "", (1, 1)),
            ("AUTH-9284", "Checking locked user accounts in /etc/passwd", "", None),
            ("AUTH-9286", "Checking user password aging", "", (0, 1)),
            ("AUTH-9288", "Checking for expired passwords", "", (1, 1)),
            ("AUTH-9304", "Check if single user login is configured properly", "Solaris", None),
            ("AUTH-9306", "Check if authentication is needed to boot the system", "HP-UX", None),
            ("AUTH-9308", "Check for password protected single user mode", "", (1, 1)),
            ("AUTH-9328", "Default umask values", "", (0, 2)),
            ("AUTH-9340", "Solaris account locking", "Solaris", None),
            ("AUTH-9402", "Query LDAP authentication support", "", None),
            ("AUTH-9406", "Query LDAP servers in client configuration", "", None),
            ("AUTH-9408", "Logging of failed login attempts", "", (1, 1)),
        ],
    ),
    (
        "File systems",
        [
            ("FILE-6310", "Checking /tmp, /home and /var directory", "", None),
            ("FILE-6311", "Checking LVM volume groups", "", None),
            ("FILE-6312", "Checking LVM volumes", "", None),
            ("FILE-6323", "Checking EXT file systems", "", None),
            ("FILE-6329", "Checking FFS/UFS file systems", "", None),
            ("FILE-6332", "Checking swap partitions", "", None),
            ("FILE-6336", "Checking swap mount options", "", (1, 1)),
            ("FILE-6344", "Checking proc mount options", "", (0, 3)),
            ("FILE-6354", "Searching for old files in /tmp", "", None),
            ("FILE-6362", "Checking /tmp sticky bit", "", (3, 3)),
            ("FILE-6363", "Checking /var/tmp sticky bit", "", (3, 3)),
            ("FILE-6368", "Checking ACL support on root file system", "", None),
            ("FILE-6372", "Checking / mount options", "", None),
            ("FILE-6374", "Linux mount options", "", (0, 1)),
            ("FILE-6394", "Determine level of swappiness", "", None),
            ("FILE-6410", "Checking Locate database", "", None),
            ("FILE-6430", "Disable mounting of some filesystems", "", (3, 6)),
        ],
    ),
    (
        "Software: packages",
        [
            ("PKGS-7200", "Check Alpine Package Keeper (apk)", "Linux", None),
            ("PKGS-7302", "Query FreeBSD/NetBSD pkg_info", "", None),
            ("PKGS-7303", "Query brew package manager", "", None),
            ("PKGS-7306", "Querying Solaris packages", "Solaris", None),
            ("PKGS-7308", "Checking package list with RPM", "", None),
            ("PKGS-7310", "Checking package list with pacman", "", None),
            ("PKGS-7312", "Checking available updates for pacman based system", "", None),
            ("PKGS-7320", "Check presence of arch-audit for Arch Linux", "Linux", None),
            ("PKGS-7328", "Querying Zypper for installed packages", "", None),
            ("PKGS-7345", "Querying dpkg", "", None),
            ("PKGS-7346", "Search unpurged packages on system", "", (3, 3)),
            ("PKGS-7348", "Check for old distfiles", "FreeBSD", None),
            ("PKGS-7350", "Checking for installed packages with DNF utility", "", None),
            ("PKGS-7370", "Checking for debsums utility", "", (0, 1)),
            ("PKGS-7380", "Check for vulnerable NetBSD packages", "NetBSD", None),
            ("PKGS-7381", "Check for vulnerable FreeBSD packages with pkg", "", None),
            ("PKGS-7383", "Check for YUM package Update management", "", None),
            ("PKGS-7384", "Check for YUM utils package", "", None),
            ("PKGS-7387", "Check for GPG signing in YUM security package", "", None),
            (
                "PKGS-7388",
                "Check security repository in Debian/ubuntu apt sources.list file",
                "",
                (1, 1),
            ),
            ("PKGS-7390", "Check Ubuntu database consistency", "Linux", (2, 2)),
            ("PKGS-7392", "Check for Debian/Ubuntu security updates", "Linux", (25, 25)),
            ("PKGS-7393", "Check for Gentoo vulnerable packages", "", None),
            ("PKGS-7394", "Check for Ubuntu updates", "Linux", None),
            ("PKGS-7398", "Check for package audit tool", "", (0, 2)),
            ("PKGS-7410", "Count installed kernel packages", "", None),
            (
                "PKGS-7420",
                "Detect toolkit to automatically download and apply upgrades",
                "",
                (1, 1),
            ),
        ],
    ),
    (
        "Networking",
        [
            ("NETW-2600", "Checking IPv6 configuration", "Linux", None),
            ("NETW-2704", "Basic nameserver configuration tests", "", None),
            ("NETW-2705", "Check availability two nameservers", "", (1, 1)),
            ("NETW-2706", "Check DNSSEC status", "", None),
            ("NETW-3001", "Find default gateway (route)", "", None),
            ("NETW-3004", "Search available network interfaces", "", None),
            ("NETW-3006", "Get network MAC addresses", "", None),
            ("NETW-3008", "Get network IP addresses", "", None),
            ("NETW-3012", "Check listening ports", "", None),
            ("NETW-3014", "Checking promiscuous interfaces (BSD)", "FreeBSD", None),
            ("NETW-3015", "Checking promiscuous interfaces (Linux)", "Linux", (2, 2)),
            ("NETW-3028", "Checking connections in WAIT state", "", None),
            ("NETW-3030", "Checking DHCP client status", "", None),
            ("NETW-3032", "Checking for ARP monitoring software", "Linux", (0, 1)),
            ("NETW-3200", "Determine available network protocols", "Linux", (0, 4)),
        ],
    ),
    (
        "SSH Support",
        [
            ("SSH-7402", "Check for running SSH daemon", "", None),
            ("SSH-7404", "Checking SSH daemon file location", "", None),
            ("SSH-7406", "Determine OpenSSH version", "", None),
            ("SSH-7408", "Check SSH specific defined options", "", None),
            ("SSH-7440", "Check OpenSSH option: AllowUsers and AllowGroups", "", None),
        ],
    ),
    ("Kernel Hardening", [("KRNL-6000", "Check sysctl key pairs in scan profile", "", None)]),
    (
        "Hardening",
        [
            ("HRDN-7220", "Check if one or more compilers are installed", "", (3, 3)),
            ("HRDN-7222", "Check compiler permissions", "", (0, 2)),
            ("HRDN-7230", "Check for malware scanner", "", (0, 3)),
        ],
    ),
]
LY_SYSCTL = [
    ("dev.tty.ldisc_autoload", "0", "1"),
    ("fs.protected_fifos", "2", "1"),
    ("fs.protected_hardlinks", "1", "1"),
    ("fs.protected_regular", "2", "2"),
    ("fs.protected_symlinks", "1", "1"),
    ("fs.suid_dumpable", "0", "2"),
    ("kernel.core_uses_pid", "1", "0"),
    ("kernel.ctrl-alt-del", "0", "0"),
    ("kernel.dmesg_restrict", "1", "1"),
    ("kernel.kptr_restrict", "2", "1"),
    ("kernel.modules_disabled", "1", "0"),
    ("kernel.perf_event_paranoid", "3", "4"),
    ("kernel.randomize_va_space", "2", "2"),
    ("kernel.sysrq", "0", "176"),
    ("kernel.unprivileged_bpf_disabled", "1", "2"),
    ("kernel.yama.ptrace_scope", "1 2 3", "1"),
    ("net.core.bpf_jit_harden", "2", "0"),
    ("net.ipv4.conf.all.accept_redirects", "0", "0"),
    ("net.ipv4.conf.all.accept_source_route", "0", "0"),
    ("net.ipv4.conf.all.bootp_relay", "0", "0"),
    ("net.ipv4.conf.all.forwarding", "0", "0"),
    ("net.ipv4.conf.all.log_martians", "1", "0"),
    ("net.ipv4.conf.all.mc_forwarding", "0", "0"),
    ("net.ipv4.conf.all.proxy_arp", "0", "0"),
    ("net.ipv4.conf.all.rp_filter", "1", "2"),
    ("net.ipv4.conf.all.send_redirects", "0", "1"),
    ("net.ipv4.conf.default.accept_redirects", "0", "1"),
    ("net.ipv4.conf.default.accept_source_route", "0", "1"),
    ("net.ipv4.conf.default.log_martians", "1", "0"),
    ("net.ipv4.icmp_echo_ignore_broadcasts", "1", "1"),
    ("net.ipv4.icmp_ignore_bogus_error_responses", "1", "1"),
    ("net.ipv4.tcp_syncookies", "1", "1"),
    ("net.ipv4.tcp_timestamps", "0 1", "1"),
    ("net.ipv6.conf.all.accept_redirects", "0", "1"),
    ("net.ipv6.conf.all.accept_source_route", "0", "0"),
    ("net.ipv6.conf.default.accept_redirects", "0", "1"),
    ("net.ipv6.conf.default.accept_source_route", "0", "0"),
]
LY_SSH = [
    ("AllowTcpForwarding", "NO"),
    ("ClientAliveCountMax", "2"),
    ("Compression", "NO"),
    ("LogLevel", "VERBOSE"),
    ("MaxAuthTries", "3"),
    ("MaxSessions", "2"),
    ("PermitRootLogin", "FORCED-COMMANDS-ONLY"),
    ("Port", ""),
    ("TCPKeepAlive", "NO"),
    ("X11Forwarding", "NO"),
    ("AllowAgentForwarding", "NO"),
    ("UseDNS", "NO"),
    ("PermitEmptyPasswords", "NO"),
    ("StrictModes", "YES"),
]
LY_SUGG = {
    "BOOT-5122": (
        "Set a password on GRUB boot loader to prevent altering boot configuration (e.g. boot in single user mode without password)",
        "-",
        "-",
    ),
    "AUTH-9230": ("Configure password hashing rounds in /etc/login.defs", "-", "-"),
    "AUTH-9262": (
        "Install a PAM module for password strength testing like pam_cracklib or pam_passwdqc",
        "-",
        "-",
    ),
    "AUTH-9286": ("Configure minimum password age in /etc/login.defs", "-", "-"),
    "AUTH-9328": ("Default umask in /etc/login.defs could be more strict like 027", "-", "-"),
    "FILE-6310": (
        "To decrease the impact of a full /home file system, place /home on a separate partition",
        "-",
        "-",
    ),
    "PKGS-7370": (
        "Install debsums utility for the verification of packages with known good database.",
        "-",
        "-",
    ),
    "PKGS-7398": ("Install a package audit tool to determine vulnerable packages", "-", "-"),
    "HRDN-7230": (
        "Harden the system by installing at least one malware scanner, to perform periodic file system scans",
        "-",
        "Install a tool like rkhunter, chkrootkit, OSSEC",
    ),
}


def lynis(r: random.Random) -> list[Log]:
    """`lynis audit system --cronjob` on six Ubuntu 22.04 hosts at 04:00, each host's
    /var/log/lynis.log (written anew by each run): the banner and host details, every
    registered test performed or skipped (with its reason), hardening points, the sysctl keys
    against the default profile, the SSH options, suggestions and warnings, the totals. db01's
    profile holds an option Lynis does not know; web02's and mon01's first nameserver does not
    answer (a warning and a slow test); the package database queries are slow on two hosts."""
    fs = Files(1000)
    hosts = ["web01", "web02", "db01", "bastion", "mon01", "ci01"]
    t0 = at(4, 0)

    def run(hi: int, host: str) -> None:
        f = f"{host}-lynis.log"
        pid = r.randrange(100000, 999999)
        t = [at(4, 0, 1) + timedelta(seconds=hi * 3 + r.uniform(0, 2))]
        hp = [0, 0]

        def L(label: str, msg: str, lo: float = 0.002, hi_: float = 0.04) -> None:
            t[0] = fs.add(
                f,
                t[0] + secs(r, lo, hi_),
                label,
                lambda x: [f"{x:%Y-%m-%d %H:%M:%S} {msg}"],
                proc=f,
            )

        def points(got: int, mx: int) -> None:
            hp[0] += got
            hp[1] += mx
            if got == mx:
                L(
                    "Hardening: assigned maximum number of hardening points for this item (${1}). Currently having ${HPPOINTS} points (out of ${HPTOTAL})",
                    f"Hardening: assigned maximum number of hardening points for this item ({mx}). Currently having {hp[0]} points (out of {hp[1]})",
                )
            else:
                L(
                    "Hardening: assigned partial number of hardening points (${1} of ${2}). Currently having ${HPPOINTS} points (out of ${HPTOTAL})",
                    f"Hardening: assigned partial number of hardening points ({got} of {mx}). Currently having {hp[0]} points (out of {hp[1]})",
                )

        def sugg(test: str, text: str, details: str, solution: str) -> None:
            L(
                f"Suggestion: {text} [test:${{TEST}}] [details:${{DETAILS}}] [solution:${{SOLUTION}}]",
                f"Suggestion: {text} [test:{test}] [details:{details}] [solution:{solution}]",
            )

        def warn(test: str, text: str, details: str) -> None:
            L(
                f"Warning: {text} [test:${{TEST}}] [details:${{DETAILS}}] [solution:${{SOLUTION}}]",
                f"Warning: {text} [test:{test}] [details:{details}] [solution:-]",
            )

        L(
            "Starting Lynis ${PROGRAM_VERSION} with PID ${OURPID}, build date ${PROGRAM_RELEASE_DATE}",
            f"Starting Lynis 3.1.1 with PID {pid}, build date 2024-03-21",
            0,
            0.01,
        )
        L("====", "====")
        L(
            "Reading profile/configuration ${PROFILE}",
            "Reading profile/configuration /etc/lynis/default.prf",
        )
        L(
            "Reading profile/configuration ${PROFILE}",
            "Reading profile/configuration /etc/lynis/custom.prf",
        )
        if host == "db01":
            for opt in ("skip-test-group", "upload-server-v2"):
                L("Unknown option ${OPTION} in profile", f"Unknown option {opt} in profile")
        for label, msg in (
            ("Operating system:          ${OS}", "Operating system:          Linux"),
            ("Operating system name:     ${OS_NAME}", "Operating system name:     Ubuntu"),
            ("Operating system version:  ${OS_VERSION}", "Operating system version:  22.04"),
            ("Hostname:                  ${HOSTNAME}", f"Hostname:                  {host}"),
        ):
            L(label, msg)
        for cat, tests in LY_TESTS:
            L(
                "===---------------------------------------------------------------===",
                "===---------------------------------------------------------------===",
            )
            L(
                "Action: Performing tests from category: ${CATEGORY}",
                f"Action: Performing tests from category: {cat}",
            )
            for tid, desc, need, pts in tests:
                if need and need != "Linux":
                    L(
                        "Skipped test ${TEST_NO} (${TEST_DESCRIPTION})",
                        f"Skipped test {tid} ({desc})",
                    )
                    L(
                        "Reason to skip: Incorrect guest OS (${TEST_NEED_OS} only)",
                        f"Reason to skip: Incorrect guest OS ({need} only)",
                    )
                    continue
                if (
                    pts is None
                    and tid.startswith(
                        (
                            "PKGS-73",
                            "PKGS-72",
                            "AUTH-94",
                            "AUTH-924",
                            "BOOT-513",
                            "BOOT-514",
                            "BOOT-5108",
                            "BOOT-5109",
                        )
                    )
                    and tid not in ("PKGS-7345", "PKGS-7394")
                ):
                    L(
                        "Skipped test ${TEST_NO} (${TEST_DESCRIPTION})",
                        f"Skipped test {tid} ({desc})",
                    )
                    L(
                        "Reason to skip: Prerequisites not met (ie missing tool, other type of Linux distribution)",
                        "Reason to skip: Prerequisites not met (ie missing tool, other type of Linux distribution)",
                    )
                    continue
                L(
                    "Performing test ID ${TEST_NO} (${TEST_DESCRIPTION})",
                    f"Performing test ID {tid} ({desc})",
                )
                if tid == "NETW-2705" and host in ("web02", "mon01"):
                    L(
                        "Result: nameserver ${I} does not respond",
                        "Result: nameserver 10.0.0.53 does not respond",
                        5,
                        5.2,
                    )
                    warn(tid, "Couldn't find 2 responsive nameservers", "-")
                    points(0, 1)
                    continue
                if tid == "KRNL-6000":
                    for key, want, have in LY_SYSCTL:
                        if have in want.split():
                            L(
                                "Result: sysctl key ${X} contains equal expected and current value (${Y})",
                                f"Result: sysctl key {key} contains equal expected and current value ({have})",
                            )
                            points(1, 1)
                        else:
                            L(
                                "Result: sysctl key ${X} has a different value than expected in scan profile. Expected=${Y}, Real=${Z}",
                                f"Result: sysctl key {key} has a different value than expected in scan profile. Expected={want}, Real={have}",
                            )
                            points(0, 1)
                    sugg(
                        tid,
                        "One or more sysctl values differ from the scan profile and could be tweaked",
                        "-",
                        "Change sysctl value or disable test (skip-test=KRNL-6000:<sysctl-key>)",
                    )
                    continue
                if tid == "SSH-7408":
                    for opt, _want in LY_SSH:
                        state = r.random()
                        cur = {"NO": "YES", "YES": "NO", "": "22"}.get(
                            _want, str(int(_want) * 2) if _want.isdigit() else "YES"
                        )
                        if state < 0.55:
                            L(
                                "Result: OpenSSH option ${OPTIONNAME} is configured very well",
                                f"Result: OpenSSH option {opt} is configured very well",
                            )
                            points(3, 3)
                        elif state < 0.85:
                            L(
                                "Result: OpenSSH option ${OPTIONNAME} is in a weak configuration state and should be fixed",
                                f"Result: OpenSSH option {opt} is in a weak configuration state and should be fixed",
                            )
                            points(1, 3)
                            sugg(
                                tid,
                                "Consider hardening SSH configuration",
                                f"{opt} (set {cur} to {_want or '22'})",
                                "-",
                            )
                        else:
                            L(
                                "Result: OpenSSH option ${OPTIONNAME} is configured very weak and should be disabled",
                                f"Result: OpenSSH option {opt} is configured very weak and should be disabled",
                            )
                            points(0, 3)
                            sugg(
                                tid,
                                "Consider hardening SSH configuration",
                                f"{opt} (set {cur} to {_want or '22'})",
                                "-",
                            )
                    continue
                if tid in ("PKGS-7345", "PKGS-7392") and host in ("ci01", "web01"):
                    t[0] += timedelta(seconds=r.uniform(12, 40))
                    L(
                        "Test ${TEST_NO} had a long execution: ${TOTALTIME} seconds",
                        f"Test {tid} had a long execution: {r.randrange(12, 41)} seconds",
                        0.01,
                        0.05,
                    )
                if tid == "PKGS-7392" and host == "ci01":
                    warn(tid, "Found one or more vulnerable packages.", "-")
                    sugg(
                        tid,
                        "Update your system with apt-get update, apt-get upgrade, apt-get dist-upgrade and/or unattended-upgrades",
                        "-",
                        "-",
                    )
                    points(2, 25)
                    continue
                if pts is not None:
                    got, mx = pts
                    if host == "bastion" and got < mx and r.random() < 0.6:
                        got = mx
                    points(got, mx)
                    if got < mx and tid in LY_SUGG:
                        sugg(tid, *LY_SUGG[tid])
                elif tid in LY_SUGG and host != "bastion":
                    sugg(tid, *LY_SUGG[tid])
                if tid == "AUTH-9328" and host == "bastion":
                    continue
        L(
            "Tests performed:     ${CTESTS_PERFORMED}",
            f"Tests performed:     {r.randrange(250, 270)}",
        )
        L(
            "Hardening index : [${HPINDEX}] [${HPGRAPH}]",
            f"Hardening index : [{hp[0] * 100 // hp[1]}] [{'#' * (hp[0] * 20 // hp[1]):<20}]",
        )
        L("Program ended successfully", "Program ended successfully")
        L("====", "====")

    for hi, host in enumerate(hosts):
        run(hi, host)
    return fs.logs(t0)


# --------------------------------------------------------------------------------- wireguard

WG_CLIENTS = [
    ("laptop-anna", "198.51.100.7", 51820, True),
    ("laptop-ben", "203.0.113.18", 40912, True),
    ("phone-carla", "[2001:db8:4a1::17]", 51820, True),
    ("laptop-deniz", "192.0.2.44", 53021, True),
    ("phone-emil", "198.51.100.201", 1024, True),
    ("laptop-fatima", "[2001:db8:77::3]", 45872, True),
    ("nas-remote", "203.0.113.90", 51820, False),
]


def wireguard(r: random.Random) -> list[Log]:
    """Two gateways' syslog, 06:00 to 09:00, with `module wireguard +p` in dynamic debug:
    vpn-gw answers seven road-warrior peers (persistent keepalive 25 s, rekeying every two
    minutes while they send) and the branch's site-to-site peer; branch-gw initiates that
    tunnel. nas-remote's endpoint goes away at 06:50 (vpn-gw retries, gives up, zeroes its
    keys); a scanner sends junk to the port from 07:05; a laptop whose key was removed tries
    from 08:10; phone-emil sends from an address outside its allowed IPs; vpn-gw's wg-quick
    unit is restarted at 07:30."""
    fs = Files(1)
    t0, t_end = at(6, 0), at(9, 0)
    boot = {
        "vpn-gw": at(6, 0) - timedelta(seconds=81234.5),
        "branch-gw": at(6, 0) - timedelta(seconds=402871.25),
    }
    restart = at(7, 30, 12)
    counters = {"vpn-gw": {"peer": 0, "key": 0}, "branch-gw": {"peer": 0, "key": 0}}

    def K(h: str, t: datetime, label: str, msg: str) -> datetime:
        def text(x: datetime) -> list[str]:
            up = (x - boot[h]).total_seconds()
            return [f"{syslog_ts(x)} {h} kernel: [{up:12.6f}] {msg}"]

        return fs.add(f"{h}.log", t, label, text, proc=(h, "kernel"))

    def S(h: str, t: datetime, ident: str, label: str, msg: str) -> datetime:
        return fs.add(
            f"{h}.log", t, label, lambda x: [f"{syslog_ts(x)} {h} {ident}: {msg}"], proc=(h, ident)
        )

    def wg(h: str, t: datetime, fmt: str, msg: str) -> datetime:
        return K(h, t, f"wireguard: %s: {fmt}", f"wireguard: wg0: {msg}")

    def new_peers(h: str, names: list[str]) -> dict[str, int]:
        out = {}
        for n in names:
            counters[h]["peer"] += 1
            out[n] = counters[h]["peer"]
        return out

    def keypair(h: str) -> int:
        counters[h]["key"] += 1
        return counters[h]["key"]

    # vpn-gw's peers: the clients and the branch
    names = [c[0] for c in WG_CLIENTS] + ["branch"]
    peers = new_peers("vpn-gw", names)
    bpeers = new_peers("branch-gw", ["hq"])
    ep = {c[0]: f"{c[1]}:{c[2]}" for c in WG_CLIENTS}
    ep["branch"] = "192.0.2.130:51820"
    keys: dict[str, list[int]] = {n: [] for n in names}
    acts: list[tuple[datetime, int, Callable[[datetime], object]]] = []

    def later(t: datetime, fn: Callable[[datetime], object]) -> None:
        acts.append((t, len(acts), fn))

    def P(n: str, t: datetime) -> int:
        """The peer's number: the interface's peers are created anew at the restart."""
        return peers[n] + (len(names) if t >= restart + timedelta(seconds=1) else 0)

    def gone_peer_window(n: str, t: datetime) -> bool:
        return n == "nas-remote" and at(6, 50) <= t < at(8, 20)

    def responder_handshake(n: str, t: datetime) -> datetime:
        pid = P(n, t)
        x = wg(
            "vpn-gw",
            t,
            "Receiving handshake initiation from peer %llu (%pISpfsc)",
            f"Receiving handshake initiation from peer {pid} ({ep[n]})",
        )
        x = wg(
            "vpn-gw",
            x + secs(r, 0.00005, 0.0003),
            "Sending handshake response to peer %llu (%pISpfsc)",
            f"Sending handshake response to peer {pid} ({ep[n]})",
        )
        k = keypair("vpn-gw")
        x = wg(
            "vpn-gw",
            x + secs(r, 0.00002, 0.0001),
            "Keypair %llu created for peer %llu",
            f"Keypair {k} created for peer {pid}",
        )
        keys[n].append(k)
        if len(keys[n]) > 2:
            old = keys[n].pop(0)
            x = wg(
                "vpn-gw",
                x + secs(r, 0.03, 0.2),
                "Keypair %llu destroyed for peer %llu",
                f"Keypair {old} destroyed for peer {pid}",
            )
        return x

    def session(n: str, a: datetime, b: datetime, active: float) -> None:
        """A client's traffic between a and b: keepalives every 25 s when idle, handshakes
        every two minutes while it sends, a passive keepalive from us now and then."""
        x = a
        last_hs = a - timedelta(minutes=5)
        while x < b:
            x += timedelta(seconds=25 + r.uniform(-0.05, 0.05))
            if restart <= x < restart + timedelta(seconds=3):
                continue
            if gone_peer_window(n, x):
                continue
            sending = r.random() < active
            if sending and x - last_hs >= timedelta(seconds=120):
                later(x + secs(r, 0, 20), lambda t, n=n: responder_handshake(n, t))
                last_hs = x
                if r.random() < 0.5:
                    y = x + secs(r, 21, 24)
                    wg(
                        "vpn-gw",
                        y,
                        "Sending keepalive packet to peer %llu (%pISpfsc)",
                        f"Sending keepalive packet to peer {P(n, y)} ({ep[n]})",
                    )
            elif not sending:
                wg(
                    "vpn-gw",
                    x,
                    "Receiving keepalive packet from peer %llu (%pISpfsc)",
                    f"Receiving keepalive packet from peer {P(n, x)} ({ep[n]})",
                )

    # module load on both (the log opens with the boot's tail on vpn-gw) and the interface
    def up(h: str, t: datetime, peer_names: list[str], first: bool) -> datetime:
        x = S(h, t, "systemd[1]", "Starting %s...", "Starting WireGuard via wg-quick(8) for wg0...")
        pid = r.randrange(1000, 60000)
        ident = f"wg-quick[{pid}]"
        x = S(
            h,
            x + secs(r, 0.01, 0.05),
            ident,
            "[#] ip link add %s type wireguard",
            "[#] ip link add wg0 type wireguard",
        )
        if first:
            x = K(
                h,
                x + secs(r, 0.01, 0.05),
                "wireguard: WireGuard %s loaded. See www.wireguard.com for information.",
                "wireguard: WireGuard 1.0.0 loaded. See www.wireguard.com for information.",
            )
            x = K(
                h,
                x + secs(r, 0.00001, 0.0001),
                "wireguard: Copyright (C) 2015-2019 Jason A. Donenfeld <Jason@zx2c4.com>. All Rights Reserved.",
                "wireguard: Copyright (C) 2015-2019 Jason A. Donenfeld <Jason@zx2c4.com>. All Rights Reserved.",
            )
        x = wg(h, x + secs(r, 0.001, 0.01), "Interface created", "Interface created")
        x = S(
            h,
            x + secs(r, 0.001, 0.01),
            ident,
            "[#] wg setconf %s /dev/fd/63",
            "[#] wg setconf wg0 /dev/fd/63",
        )
        ids = new_peers(h, peer_names) if not first else (peers if h == "vpn-gw" else bpeers)
        for n in peer_names:
            x = wg(h, x + secs(r, 0.0001, 0.001), "Peer %llu created", f"Peer {ids[n]} created")
        addr = "10.66.0.1/24" if h == "vpn-gw" else "10.66.0.254/24"
        x = S(
            h,
            x + secs(r, 0.001, 0.01),
            ident,
            "[#] ip -4 address add %s dev %s",
            f"[#] ip -4 address add {addr} dev wg0",
        )
        x = S(
            h,
            x + secs(r, 0.001, 0.01),
            ident,
            "[#] ip link set mtu %d up dev %s",
            "[#] ip link set mtu 1420 up dev wg0",
        )
        if h == "vpn-gw":
            x = S(
                h,
                x + secs(r, 0.001, 0.01),
                ident,
                "[#] %s",
                "[#] iptables -A FORWARD -i wg0 -j ACCEPT; iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE",
            )
        else:
            x = S(
                h,
                x + secs(r, 0.001, 0.01),
                ident,
                "[#] ip -4 route add %s dev %s",
                "[#] ip -4 route add 10.0.0.0/16 dev wg0",
            )
        x = S(
            h,
            x + secs(r, 0.01, 0.05),
            "systemd[1]",
            "Started %s.",
            "Started WireGuard via wg-quick(8) for wg0.",
        )
        return x

    up("vpn-gw", at(6, 0, 2), names, True)
    up("branch-gw", at(6, 0, 9), ["hq"], True)
    for n in names:
        if n != "branch":
            wg(
                "vpn-gw",
                at(6, 0, 4) + secs(r, 0, 1),
                "No valid endpoint has been configured or discovered for peer %llu",
                f"No valid endpoint has been configured or discovered for peer {peers[n]}",
            )

    # clients come and go during the morning
    for c in WG_CLIENTS:
        n = c[0]
        if n == "nas-remote":
            session(n, at(6, 0, 30), t_end, 0.3)
            continue
        a = at(6, 0) + timedelta(minutes=r.uniform(5, 70))
        b = min(t_end, a + timedelta(minutes=r.uniform(50, 130)))
        session(n, a, b, r.uniform(0.15, 0.45))
    # nas-remote disappears: we keep trying to send to it
    x = at(6, 51, 10)
    wg(
        "vpn-gw",
        x,
        "Retrying handshake with peer %llu (%pISpfsc) because we stopped hearing back after %d seconds",
        f"Retrying handshake with peer {peers['nas-remote']} ({ep['nas-remote']}) because we stopped hearing back after 15 seconds",
    )
    for attempt in range(1, 21):
        x = wg(
            "vpn-gw",
            x + secs(r, 0.001, 0.01),
            "Sending handshake initiation to peer %llu (%pISpfsc)",
            f"Sending handshake initiation to peer {peers['nas-remote']} ({ep['nas-remote']})",
        )
        x += timedelta(seconds=5 + r.uniform(0, 0.33))
        if attempt < 20:
            wg(
                "vpn-gw",
                x,
                "Handshake for peer %llu (%pISpfsc) did not complete after %d seconds, retrying (try %d)",
                f"Handshake for peer {peers['nas-remote']} ({ep['nas-remote']}) did not complete after 5 seconds, retrying (try {attempt + 1})",
            )
    wg(
        "vpn-gw",
        x,
        "Handshake for peer %llu (%pISpfsc) did not complete after %d attempts, giving up",
        f"Handshake for peer {peers['nas-remote']} ({ep['nas-remote']}) did not complete after 20 attempts, giving up",
    )
    wg(
        "vpn-gw",
        at(6, 51, 10) + timedelta(seconds=540),
        "Zeroing out all keys for peer %llu (%pISpfsc), since we haven't received a new one in %d seconds",
        f"Zeroing out all keys for peer {peers['nas-remote']} ({ep['nas-remote']}), since we haven't received a new one in 540 seconds",
    )

    # the branch tunnel: branch-gw initiates, both ends log
    def branch_hs(x: datetime) -> None:
        y = wg(
            "branch-gw",
            x,
            "Sending handshake initiation to peer %llu (%pISpfsc)",
            f"Sending handshake initiation to peer {bpeers['hq']} (203.0.113.1:51820)",
        )
        later(y + secs(r, 0.004, 0.012), lambda t: responder_handshake("branch", t))
        y = wg(
            "branch-gw",
            y + secs(r, 0.01, 0.03),
            "Receiving handshake response from peer %llu (%pISpfsc)",
            f"Receiving handshake response from peer {bpeers['hq']} (203.0.113.1:51820)",
        )
        k = keypair("branch-gw")
        y = wg(
            "branch-gw",
            y + secs(r, 0.00002, 0.0001),
            "Keypair %llu created for peer %llu",
            f"Keypair {k} created for peer {bpeers['hq']}",
        )
        if k > 2:
            wg(
                "branch-gw",
                y + secs(r, 0.00001, 0.0001),
                "Keypair %llu destroyed for peer %llu",
                f"Keypair {k - 2} destroyed for peer {bpeers['hq']}",
            )
        if r.random() < 0.3:
            wg(
                "branch-gw",
                y + secs(r, 0.0001, 0.001),
                "Sending keepalive packet to peer %llu (%pISpfsc)",
                f"Sending keepalive packet to peer {bpeers['hq']} (203.0.113.1:51820)",
            )

    x = at(6, 0, 12)
    while x < t_end:
        if not (restart <= x < restart + timedelta(seconds=4)):
            later(x, branch_hs)
        x += timedelta(seconds=120 + r.uniform(0, 12))
    # a scanner's junk, a removed laptop, a spoofing phone
    for t in poisson(r, at(7, 5), at(7, 25), 6):
        wg(
            "vpn-gw",
            t,
            "Invalid MAC of handshake, dropping packet from %pISpfsc",
            f"Invalid MAC of handshake, dropping packet from 45.142.120.{r.randrange(2, 250)}:{r.randrange(1024, 65535)}",
        )
    for t in poisson(r, at(8, 10), at(8, 40), 20):
        wg(
            "vpn-gw",
            t,
            "Invalid handshake initiation from %pISpfsc",
            "Invalid handshake initiation from 192.0.2.201:41641",
        )
    for t in poisson(r, at(6, 30), at(8, 45), 140):
        wg(
            "vpn-gw",
            t,
            "Packet has unallowed src IP (%pISc) from peer %llu (%pISpfsc)",
            f"Packet has unallowed src IP (192.168.1.{r.choice([23, 40, 41])}) from peer {peers['phone-emil']} ({ep['phone-emil']})",
        )
    # the restart of vpn-gw's wg-quick
    later(restart, lambda t: wg_restart(t))

    def wg_restart(x: datetime) -> None:
        x = S(
            "vpn-gw",
            x,
            "systemd[1]",
            "Stopping %s...",
            "Stopping WireGuard via wg-quick(8) for wg0...",
        )
        pid = r.randrange(1000, 60000)
        x = S(
            "vpn-gw",
            x + secs(r, 0.01, 0.05),
            f"wg-quick[{pid}]",
            "[#] ip link delete dev %s",
            "[#] ip link delete dev wg0",
        )
        for n in names:
            x = wg(
                "vpn-gw",
                x + secs(r, 0.0001, 0.001),
                "Peer %llu (%pISpfsc) destroyed",
                f"Peer {P(n, restart)} ({ep.get(n, '(none)')}) destroyed",
            )
            for k in keys[n]:
                x = wg(
                    "vpn-gw",
                    x + secs(r, 0.00001, 0.0001),
                    "Keypair %llu destroyed for peer %llu",
                    f"Keypair {k} destroyed for peer {P(n, restart)}",
                )
            keys[n] = []
        x = wg("vpn-gw", x + secs(r, 0.001, 0.01), "Interface destroyed", "Interface destroyed")
        x = S(
            "vpn-gw",
            x + secs(r, 0.001, 0.01),
            f"wg-quick[{pid}]",
            "[#] %s",
            "[#] iptables -D FORWARD -i wg0 -j ACCEPT; iptables -t nat -D POSTROUTING -o eth0 -j MASQUERADE",
        )
        x = S(
            "vpn-gw",
            x + secs(r, 0.01, 0.05),
            "systemd[1]",
            "%s: Deactivated successfully.",
            "wg-quick@wg0.service: Deactivated successfully.",
        )
        x = S(
            "vpn-gw",
            x + secs(r, 0.001, 0.01),
            "systemd[1]",
            "Stopped %s.",
            "Stopped WireGuard via wg-quick(8) for wg0.",
        )
        up("vpn-gw", x + secs(r, 0.01, 0.05), names, False)

    for t, _, fn in sorted(acts, key=lambda a: (a[0], a[1])):
        fn(t)
    return fs.logs(t0)


# --------------------------------------------------------------------------------- nginx-proxy-manager

NPM_BADGE = {"info": "ℹ", "warning": "⚠", "error": "✖", "debug": "⬤", "success": "✔"}
NPM_HOSTS = [
    "cloud.example.org",
    "git.example.org",
    "grafana.example.org",
    "photos.example.org",
    "ha.example.org",
    "wiki.example.org",
    "vault.example.org",
    "jellyfin.example.org",
    "status.example.org",
    "nas.example.org",
]
NPM_CERTBOT = 'certbot renew --non-interactive --quiet --config "/etc/letsencrypt.ini" --work-dir "/tmp/letsencrypt-lib" --logs-dir "/tmp/letsencrypt-log" --preferred-challenges "dns,http" --disable-hook-validation'
CERTONLY_CMD = 'certbot certonly --config "/etc/letsencrypt.ini" --work-dir "/tmp/letsencrypt-lib" --logs-dir "/tmp/letsencrypt-log" --cert-name "npm-%d" --agree-tos --authenticator webroot --email "%s" --preferred-challenges "dns,http" --domains "%s"'
CERTONLY_LABEL = "Command: " + CERTONLY_CMD
NPM_EXEC_STACK = [
    "    at ChildProcess.exithandler (node:child_process:422:12)",
    "    at ChildProcess.emit (node:events:519:28)",
    "    at maybeClose (node:internal/child_process:1105:16)",
    "    at ChildProcess._handle.onexit (node:internal/child_process:305:5)",
]


def nginx_proxy_manager(r: random.Random) -> list[Log]:
    """Two Nginx Proxy Manager 2.11 containers (edge1, edge2) with debug on, June 2 00:00 to
    June 4 12:00: the hourly renewal (cert #7's domain moved away, so every renewal on edge1
    fails), the IP ranges every six hours, log rotation, admins editing proxy hosts, access
    lists and requesting certificates in working hours; a proxy host whose upstream container
    was removed failing nginx's test on edge2; DNS failing on edge2 on June 3 from 05:30 to
    07:00; edge1 restarted on June 3 at 09:00 with its MariaDB still starting (`connect
    ECONNREFUSED` every second for two minutes)."""
    fs = Files(1000)
    t0, t_end = day(2, 0, 0), day(4, 12, 0)

    def N(
        h: str,
        t: datetime,
        scope: str,
        level: str,
        label: str,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            hh = x.hour % 12 or 12
            ampm = "AM" if x.hour < 12 else "PM"
            head = f"[{x.month}/{x.day}/{x.year}] [{hh}:{x:%M:%S} {ampm}] [{scope:<9}] › {NPM_BADGE[level]}  {level:<10}"
            return [head + msg, *(more or [])]

        return fs.add(f"npm-{h}.log", t, label, text, proc=(h, "node"))

    def s6(h: str, t: datetime, label: str, msg: str) -> datetime:
        return fs.add(f"npm-{h}.log", t, label, lambda x: [msg], proc=(h, "s6"))

    def cmd(h: str, t: datetime, c: str, label: str | None = None) -> datetime:
        return N(h, t, "Global", "debug", f"CMD: {label or c}", f"CMD: {c}")

    def reload(h: str, t: datetime) -> datetime:
        x = N(h, t, "Nginx", "info", "Reloading Nginx", "Reloading Nginx")
        return cmd(h, x + secs(r, 0.001, 0.01), "/usr/sbin/nginx -s reload")

    def test(h: str, t: datetime) -> datetime:
        x = N(h, t, "Nginx", "info", "Testing Nginx configuration", "Testing Nginx configuration")
        return cmd(h, x + secs(r, 0.001, 0.01), '/usr/sbin/nginx -t -g "error_log off;"')

    def start(h: str, t: datetime, db_down: float = 0) -> datetime:
        x = t
        for label in (
            "❯ Configuring npm user ...",
            "❯ Configuring npm group ...",
            "❯ Checking paths ...",
            "❯ Setting ownership ...",
            "❯ Dynamic resolvers ...",
            "❯ IPv6 ...",
            "❯ Docker secrets ...",
        ):
            x = s6(h, x + secs(r, 0.05, 0.6), label, label)
        x = s6(h, x + secs(r, 0.05, 0.3), "❯ Starting nginx ...", "❯ Starting nginx ...")
        x = s6(h, x + secs(r, 0.05, 0.3), "❯ Starting backend ...", "❯ Starting backend ...")
        x += secs(r, 1, 2)
        end = x + timedelta(seconds=db_down)
        while x < end:
            x = N(
                h,
                x,
                "Global",
                "error",
                "connect ECONNREFUSED %s",
                "connect ECONNREFUSED 172.20.0.2:3306",
                [
                    "    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1595:16)",
                    "    --------------------",
                    "    at Protocol._enqueue (/app/node_modules/mysql2/lib/protocol/Protocol.js:144:48)",
                ],
            )
            x += timedelta(seconds=1) + secs(r, 0.005, 0.03)
        x = N(
            h,
            x,
            "Migrate",
            "info",
            "Current database version: %s",
            "Current database version: 20240427161436",
        )
        x = N(
            h,
            x + secs(r, 0.05, 0.2),
            "Setup",
            "info",
            "Logrotate Timer initialized",
            "Logrotate Timer initialized",
        )
        x = cmd(h, x + secs(r, 0.001, 0.01), "logrotate /etc/logrotate.d/nginx-proxy-manager")
        x = N(
            h,
            x + secs(r, 0.05, 0.2),
            "Setup",
            "info",
            "Logrotate completed.",
            "Logrotate completed.",
        )
        x = fetch(h, x + secs(r, 0.01, 0.05), False)
        x = N(
            h,
            x + secs(r, 0.01, 0.05),
            "IP Ranges",
            "info",
            "IP Ranges Renewal Timer initialized",
            "IP Ranges Renewal Timer initialized",
        )
        x = N(
            h,
            x + secs(r, 0.01, 0.05),
            "SSL",
            "info",
            "Let's Encrypt Renewal Timer initialized",
            "Let's Encrypt Renewal Timer initialized",
        )
        x = renew(h, x + secs(r, 0.001, 0.01))
        return N(
            h,
            x + secs(r, 0.01, 0.05),
            "Global",
            "info",
            "Backend PID %d listening on port 3000 ...",
            f"Backend PID {r.randrange(140, 400)} listening on port 3000 ...",
        )

    def fetch(h: str, t: datetime, with_reload: bool = True) -> datetime:
        x = N(
            h,
            t,
            "IP Ranges",
            "info",
            "Fetching IP Ranges from online services...",
            "Fetching IP Ranges from online services...",
        )
        dns_down = h == "edge2" and day(3, 5, 30) <= t < day(3, 7, 0)
        for url in (
            "https://ip-ranges.amazonaws.com/ip-ranges.json",
            "https://www.cloudflare.com/ips-v4",
            "https://www.cloudflare.com/ips-v6",
        ):
            x = N(
                h, x + secs(r, 0.001, 0.01), "IP Ranges", "info", "Fetching %s", f"Fetching {url}"
            )
            if dns_down:
                host = url.split("/")[2]
                return N(
                    h,
                    x + secs(r, 5, 5.2),
                    "IP Ranges",
                    "error",
                    "getaddrinfo EAI_AGAIN %s",
                    f"getaddrinfo EAI_AGAIN {host}",
                )
            x += secs(r, 0.1, 0.6)
        if with_reload:
            x = reload(h, x + secs(r, 0.01, 0.05))
        return x

    def renew(h: str, t: datetime) -> datetime:
        x = N(
            h,
            t,
            "SSL",
            "info",
            "Renewing SSL certs expiring within %s ...",
            "Renewing SSL certs expiring within 30 days ...",
        )
        x = cmd(h, x + secs(r, 0.001, 0.01), NPM_CERTBOT)
        x += secs(r, 2, 9)
        if h == "edge1":
            return N(
                h,
                x,
                "SSL",
                "error",
                f"Command failed: {NPM_CERTBOT}",
                f"Command failed: {NPM_CERTBOT}",
                [
                    "Failed to renew certificate npm-7 with error: Some challenges have failed.",
                    "All renewals failed. The following certificates could not be renewed:",
                    "  /etc/letsencrypt/live/npm-7/fullchain.pem (failure)",
                    "1 renew failure(s), 0 parse failure(s)",
                    "Ask for help or search for solutions at https://community.letsencrypt.org. See the logfile /tmp/letsencrypt-log/letsencrypt.log or re-run Certbot with -v for more details.",
                    "",
                    *NPM_EXEC_STACK,
                ],
            )
        return N(
            h,
            x,
            "SSL",
            "info",
            "Completed SSL cert renew process",
            "Completed SSL cert renew process",
        )

    def edit(h: str, t: datetime) -> None:
        hid = r.randrange(1, 23)
        x = test(h, t)
        if h == "edge2" and r.random() < 0.25:
            N(
                h,
                x + secs(r, 0.05, 0.2),
                "Nginx",
                "error",
                'Nginx test failed: nginx: [emerg] host not found in upstream "%s" in %s:%d',
                'Nginx test failed: nginx: [emerg] host not found in upstream "nextcloud-app" in /data/nginx/proxy_host/4.conf:55',
                ["nginx: configuration file /etc/nginx/nginx.conf test failed"],
            )
            return
        x = N(
            h,
            x + secs(r, 0.05, 0.2),
            "Nginx",
            "debug",
            "Deleting file: %s",
            f"Deleting file: /data/nginx/proxy_host/{hid}.conf",
        )
        if r.random() < 0.3:
            aid = r.randrange(1, 5)
            name = ["Office", "Family", "Admins", "Monitoring"][aid - 1]
            x = N(
                h,
                x + secs(r, 0.01, 0.05),
                "Access",
                "info",
                "Building Access file #%d for: %s",
                f"Building Access file #{aid} for: {name}",
            )
            x = N(
                h,
                x + secs(r, 0.01, 0.05),
                "Access",
                "info",
                "Built Access file #%d for: %s",
                f"Built Access file #{aid} for: {name}",
            )
        x = test(h, x + secs(r, 0.05, 0.2))
        reload(h, x + secs(r, 0.05, 0.2))

    def new_cert(h: str, t: datetime, cid: int) -> None:
        dom = r.choice(NPM_HOSTS)
        x = N(
            h,
            t,
            "SSL",
            "info",
            "Requesting Let'sEncrypt certificates for Cert #%d: %s",
            f"Requesting Let'sEncrypt certificates for Cert #{cid}: {dom}",
        )
        x = N(
            h,
            x + secs(r, 0.001, 0.01),
            "SSL",
            "info",
            CERTONLY_LABEL,
            f'Command: certbot certonly --config "/etc/letsencrypt.ini" --work-dir "/tmp/letsencrypt-lib" --logs-dir "/tmp/letsencrypt-log" --cert-name "npm-{cid}" --agree-tos --authenticator webroot --email "admin@example.org" --preferred-challenges "dns,http" --domains "{dom}"',
        )
        x = cmd(
            h,
            x + secs(r, 0.001, 0.01),
            f'certbot certonly --config "/etc/letsencrypt.ini" --work-dir "/tmp/letsencrypt-lib" --logs-dir "/tmp/letsencrypt-log" --cert-name "npm-{cid}" --agree-tos --authenticator webroot --email "admin@example.org" --preferred-challenges "dns,http" --domains "{dom}"',
            CERTONLY_CMD,
        )
        edit(h, x + secs(r, 8, 20))

    cid = 20
    for h, off in (("edge1", 0), ("edge2", 17)):
        start(h, t0 + timedelta(seconds=off))
        # the timers, from the start
        y = t0 + timedelta(seconds=off, minutes=60)
        while y < t_end:
            if h == "edge1" and day(3, 9, 0) <= y < day(3, 9, 5):
                y += timedelta(hours=1)
                continue
            renew(h, y + secs(r, 0, 1))
            if y.hour % 6 == 0:
                fetch(h, y + secs(r, 2, 4))
            if y.hour == 0:
                N(
                    h,
                    y + secs(r, 1, 2),
                    "Setup",
                    "info",
                    "Logrotate completed.",
                    "Logrotate completed.",
                )
            y += timedelta(hours=1)
        # admins at work
        for d in (2, 3, 4):
            for t in poisson(
                r, day(d, 8, 0), min(t_end, day(d, 19, 0)), 700 if h == "edge1" else 950
            ):
                if r.random() < 0.08:
                    cid += 1
                    new_cert(h, t, cid)
                else:
                    edit(h, t)
        # an API script with an expired token
        for t in poisson(r, day(3, 14, 0), day(3, 16, 0), 60 if h == "edge1" else 10**6):
            N(h, t, "Express", "warning", "Token has expired", "Token has expired")
    start("edge1", day(3, 9, 0, 5), db_down=120)
    return fs.logs(t0)


SYSTEMS = {
    "ossec": ossec,
    "aide": aide,
    "lynis": lynis,
    "wireguard": wireguard,
    "nginx-proxy-manager": nginx_proxy_manager,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
