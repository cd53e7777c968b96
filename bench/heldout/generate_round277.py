#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 277 (cumulus-linux, nokia-sros, checkpoint-gaia, ipfire,
untangle) into bench/heldout/, the same way and under the same label rules as generate.py
(bench/README.md, "heldout.py"): each program's log is simulated from its format strings over a
seeded run, and every line that starts an event is labelled with the format string that wrote it
as it is written. Distinct calls of one process never share a timestamp at the log's resolution
(round 53's Clock, kept per process and per file). Five network operating systems and firewalls
of one company, 06:00 to 12:00 on 2024-06-07 (Untangle's busy uvm.log 08:15 to 11:30).

- Cumulus Linux 5.9 (`leaf01.log`, `leaf02.log`, `spine01.log`: each switch's /var/log/syslog,
  rsyslog's RFC 3339 time with microseconds, `2024-06-07T06:00:41.512204+00:00 leaf01
  clagd[1873]: Role is now primary`, the kernel's lines with printk's uptime). An MLAG pair of
  leaves and a spine: net-snmp's `Connection from UDP: [%s]:%d->[%s]:%d` for the NMS's check
  every minute, ISC dhcrelay's `Forwarded BOOTREQUEST for %s to %s` (to both DHCP servers) and
  `Forwarded BOOTREPLY for %s to %s` for a CI farm's ephemeral VMs, lldpd's `unable to send
  packet on real device for %s: Network is down` every 30 s on a port whose server is off
  07:31-08:26 (with the bridge's `port %u(%s) entered %s state`), netops logins (sshd, pam_unix,
  sudo with `nv` commands); spine01's PSU2 failing at 07:15 and replaced at 10:21 (smond's
  `%s(%s): state changed from %s to %s` behind `/usr/sbin/smond : : `); leaf01 rebooted for its
  upgrade at 09:40 (clagd's `Cleanup is executing.`, FRR's `%ADJCHANGE: neighbor %s(%s) in vrf
  %s Down %s` and `... Up` behind its `[XXXXX-XXXXX]` unique ids on both ends, leaf02's peerlink
  slaves down, `The peer switch is no longer active.`, `Role is now %s`; the boot: bond slaves'
  `link status definitely up, %u Mbps %s duplex`, bridge ports, clagd's start-up from
  `Beginning execution of clagd version %s` and `Invoked with: %s` to `Initial local data sync
  done`); a loop behind leaf02's bond5 11:05-11:24 (sysmonitor's `High CPU use: %d%%`,
  `Critically high CPU use: %d%%`, `CPU use no longer high: %d%%`, bond5 shut by `nv set`).
- Nokia SR OS 23.10 (`pe1.log`, `pe2.log`, `pe3.log`: three 7750 SR PEs' event log 99 sent to
  syslog and kept by rsyslog per host, `Jun  7 06:00:12 pe2 TMNX: 48213 Base
  SNMP-WARNING-linkDown-2004 [Port 1/1/7]: Interface 1/1/7 is not operational`: the log prefix,
  sequence number, router instance, `APP-SEVERITY-eventName-eventId` and `[subject]` before each
  event's message format). Ansible's SSH checks every five minutes (`User %s from %s logged
  in` / `... logged out`), a decommissioned poller's wrong community every two minutes (`SNMP
  authentication failure from %s`), a customer's flapping access port on pe2 07:40-09:25
  (`linkDown` / `linkUp`, `The status of all affected SAPs on port %s has been updated.`,
  `Status of SAP %s in service %s (customer %s) changed to admin=%s oper=%s flags=%s`, the VPRN's
  eBGP to the CPE: `(ASN %s) %s: moved from higher state %s to lower state %s due to event %s`,
  `... moved into established state`, `... sending notification: code %s subcode %s`), NSP's
  `Clear function %s has been run with parameters: %s. ...` after each clear, a fibre cut
  between pe1 and pe3 at 10:15 (OSPF neighbour changes, `Status of SDP Bind %s in service %s
  (customer %s) changed to ...` for fourteen services each way), the optic swapped at 11:12
  (`SFF removed`, `SFF inserted`) and the fibre spliced at 11:20, an engineer's mistyped
  password (`User %s from %s failed authentication`).
- Check Point Gaia R81.20 (`gw-a-messages`, `gw-b-messages`: the ClusterXL members'
  /var/log/messages, Gaia's syslog with the year after the time, `Jun  7 08:01:13 2024 gw-a
  kernel: [fw4_1];CLUS-120200-1: Starting CUL mode because CPU-02 usage (84%) on the local member
  increased above the configured threshold (80%).`; `gw-a-cpwd.elg`: $CPDIR/log/cpwd.elg,
  `[cpWatchDog 4319 4150524736]@gw-a[7 Jun 10:42:17] [ERROR] Process FWD terminated abnormally :
  Unhandled signal 11 (SIGSEGV).`). Cluster Under Load on the active member during the nightly
  backup's overrun 07:55-09:05 and an all-hands video call 10:28-11:02 (`CLUS-120200`,
  `CLUS-120202 ... Stopping CUL mode after %d sec (short CUL timeout), ...`); the monitoring
  user's clish check every five minutes (sshd's `Accepted password`, pam_unix, clish's `User %s
  logged in with ReadWrite permission`, `cmd by %s: Start executing : %s (cmd md5: %s)`, `cmd by
  %s: Processing : %s (cmd md5: %s)`); `fwconn_key_init_links (%s): fwconn_init_links failed`
  bursts; an internal vulnerability scan at 07:02 (`Invalid user`, `Failed password for invalid
  user`, `Connection closed by ... [preauth]`); gw-a's internal cable pulled at 09:20
  (`igb: %s NIC Link is Down`, `CLUS-110305 State change: ACTIVE -> DOWN | Reason: Interface %s
  is down (Cluster Control Protocol packets are not received)`, gw-b's `CLUS-214704 Remote member
  %d (state ACTIVE -> DOWN) ...` and `CLUS-114704 State change: STANDBY -> ACTIVE ...`, delta
  sync lost and regained, back as STANDBY at 09:24); a static route added and saved on both at
  10:05 (xpand's `Configuration changed from %s by user %s by the service %s`); fwd crashing on
  gw-a at 10:42 and 11:37 (the kernel's `%s[%d]: segfault at %lx ip %px sp %px error %x in
  %s[%lx+%lx]`, cpwd's `Process %s terminated abnormally : Unhandled signal %d (%s).` and
  `Process %s started successfully (pid=%d)`).
- IPFire 2.29 (`messages`: sysklogd's /var/log/messages, `Jun  7 06:00:02 ipfire kernel:
  DROP_INPUT IN=red0 OUT= MAC=... SRC=... DST=... LEN=44 TOS=0x00 PREC=0x00 TTL=242 ID=54321
  PROTO=TCP SPT=43512 DPT=23 WINDOW=1024 RES=0x00 SYN URGP=0 `, the kernel's nf_log line with
  its trailing blank). An office's firewall: the internet's scans dropped and logged on RED
  (`DROP_INPUT`, `DROP_HOSTILE`, `DROP_NEWNOTSYN`, `DROP_CTINVALID`, `DROP_SPOOF`; TCP, UDP,
  ICMP), the outgoing firewall's blocks (`DROP_FORWARD`) and two logged rules (`FORWARDFW`,
  `INPUTFW`); ISC dhcpd on GREEN for desktops arriving 07:30-09:30 and renewing
  (`DHCPDISCOVER`, `DHCPOFFER`, `DHCPREQUEST`, `DHCPACK`, Windows' `DHCPINFORM`); the cable
  modem losing sync 08:40-08:52 (`e1000e: %s NIC Link is Down`, `NIC Link is Up %d Mbps %s
  Duplex, Flow Control: %s`, dhcpcd's `%s: carrier lost`, `%s: carrier acquired`, `%s: rebinding
  lease of %s`, `%s: soliciting a DHCP lease`, `%s: offered %s from %s`, `%s: leased %s for %u
  seconds`, routes), the new address pushed by ddns (`Dynamic DNS update for %(hostname)s
  (%(provider)s) failed:` with its `  %s: %s` line during the outage, `... successful` after);
  admin logins over SSH.
- Untangle NG Firewall 17.1 (`uvm.log`: /var/log/uvm/uvm.log, log4j2's Syslog appender through
  rsyslog, `Jun  7 08:30:04 ngfw uvm: [EventWriterImpl:431] INFO  persist(): EventStats  4512
  events,    11 statements [  611 ms] [ 7385 event/s] [ 0.14 avg] [    4s delay] [    0
  pending]`, the pattern `uvm: [%c{1}:%L] %-5p %m`). A busy site, 08:15 to 11:30: the reports
  event writer's two lines every 10 s (`persist(): EventStats %5d events, %5d statements [%5d ms]
  [%5.0f event/s] [%5.2f avg] [%5ds delay] [%5d pending]`, `persist(): EventMap   %s` with each
  event class's `Name[count,ms,avg]`); the host table cleaner (`Removing host table entry: %s`,
  `Host %s changed MAC address %s -> %s. Deleting host entry...`, `Removing inactive captive
  portal username: %s`, `Host %s exceeded quota.`); PostgreSQL restarted 09:20-09:24 (`Unable to
  get connection to DB, dropping events...`); a report query holding a lock 10:02-10:40 (the
  writer silent, an admin's `forceFlush() ...` waiting, then `OVERLOAD: High Water Mark
  reached.`, `Event Writer overloaded, discarding event`, 50,000-event batches, `OVERLOAD: Low
  Water Mark reached. Continuing normal operation.`, `forceFlush() complete.`); the UVM
  restarted at 10:51 (`Saving hosts to file... (%d entries)`, `Saving hosts to file... done`,
  `Loading hosts from file...`, `Loaded  hosts from file.   (%d entries)`).

Label notes. The heads are context: rsyslog's and syslog's time, host, ident and pid, printk's
uptime, FRR's unique id, smond's `/usr/sbin/smond : : `, the bonding driver's `bond1: (slave
swp1): ` and the bridge's `br_default: ` (netdev and slave prefixes), SR OS's log prefix,
sequence number, router instance and `[subject]`, Gaia's year and the firewall kernel's
`[fw4_1];`, cpwd's `[cpWatchDog pid tid]@host[date]` and level, e1000e's and igb's PCI prefix,
log4j's `[Class:line] LEVEL `. SR OS's `APP-SEVERITY-eventName-eventId` is part of its label,
as Cisco's `%FAC-SEV-MNEMONIC` (round 57); ClusterXL's `CLUS-%d-%d:` is the message id (wording)
and the member (a value). IPFire's nf_log lines are labelled as round 57's filterlog records, by
the fields that say what happened: the rule's log prefix and the protocol (`DROP_INPUT
PROTO=TCP`); DF, the TCP flags, addresses, ports and lengths are values. A value that is an
error's text contributes its text (lldpd's strerror, ddns's exception line, the down reasons of
FRR's table and SR OS's BGP events are values of a table).

Checked against copies of their sources or documents: ISC dhcrelay's and dhcpd's lines (earlier
rounds), lldpd's `unable to send packet on real device for %s` (log_warn adds strerror), FRR's
`%ADJCHANGE` and its down reasons, IPFire's log prefixes (its firewall script), ddns's update
lines, Untangle's log4j2 pattern and the EventWriterImpl and HostTableImpl messages, SR OS's
`(ASN %s) %s: moved from higher state %s to lower state %s due to event %s`, `Clear function %s
has been run with parameters: ...` and the event log's head (Nokia's log events guide), ClusterXL's
CUL lines (a CheckMates post). Least sure (written from memory): clagd's messages (especially
`The peer switch is no longer active.`), sysmonitor's and smond's wording and smond's prefix,
FRR's unique ids (made up); SR OS's syslog head spacing, `linkUp`'s name, `moved into
established state`, `sending notification: code %s subcode %s`, the OSPF neighbour event, `SFF
removed` / `SFF inserted`, `SNMP authentication failure from %s`, the SVCMGR texts and event
ids, `cli_user_login_failed`; every ClusterXL id but the CUL ones, the remote-member and
delta-sync lines, `fwconn_key_init_links`, clish's lines and cpwd.elg's layout; IPFire's
`DROP_HOSTILE` / `DROP_SPOOF` prefixes and `FORWARDFW` / `INPUTFW` for logged rules, dhcpcd's
wording; where Untangle's rsyslog writes uvm.log (the traditional file format is assumed) and
the line numbers after the class.
"""

from __future__ import annotations

import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, alnum, generate, hexid, mac, syslog_ts
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any
from generate_round235 import every

US = 1
MS = 1_000
SEC = 1_000_000


def usec(x: float) -> timedelta:
    return timedelta(microseconds=x)


def poisson_times(r: random.Random, t0: datetime, t1: datetime, per_hour: float) -> list[datetime]:
    """Instants of a Poisson process of `per_hour` events an hour from t0 to t1."""
    out, t = [], t0
    while True:
        t += sec(r.expovariate(per_hour / 3600.0))
        if t >= t1:
            return out
        out.append(t)


# --------------------------------------------------------------------------- cumulus-linux

CU_MGMT = {"leaf01": "10.10.0.11", "leaf02": "10.10.0.12", "spine01": "10.10.0.21"}
CU_NMS = "10.10.0.5"
CU_DHCP = ["10.1.250.10", "10.1.250.11"]
CU_ADJ_UP = "[M59KS-A3ZXZ] "
CU_ADJ_DOWN = "[H4B4J-DCW2R] "
SNMP_CONN = "Connection from UDP: [%s]:%d->[%s]:%d"
BOOTREQ = "Forwarded BOOTREQUEST for %s to %s"
BOOTREP = "Forwarded BOOTREPLY for %s to %s"
ADJ_UP = "%ADJCHANGE: neighbor %s(%s) in vrf %s Up"
ADJ_DOWN = "%ADJCHANGE: neighbor %s(%s) in vrf %s Down %s"
BR_STATE = "port %u(%s) entered %s state"
SLAVE_UP = "link status definitely up, %u Mbps %s duplex"
SLAVE_DOWN = "link status definitely down, disabling slave"
SSH_PK = "Accepted publickey for %s from %s port %d ssh2: RSA SHA256:%s"
PAM_OPEN = "pam_unix(%s:session): session opened for user %s(uid=%d) by %s(uid=%d)"
PAM_CLOSE = "pam_unix(%s:session): session closed for user %s"
SUDO = "%s : TTY=%s ; PWD=%s ; USER=%s ; COMMAND=%s"
SMOND = "%s(%s): state changed from %s to %s"


def cu_ts(t: datetime) -> str:
    return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}+00:00"


def cumulus(r: random.Random) -> list[Log]:
    """An MLAG pair of leaves and a spine, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    hosts = ["leaf01", "leaf02", "spine01"]
    boot = {h: T0 - sec(r.uniform(12, 80) * 86400) for h in hosts}
    daemons = ["clagd", "snmpd", "dhcrelay", "lldpd", "bgpd", "smond", "sysmonitor", "sshd"]
    pid = {h: {d: r.randrange(700, 4200) for d in daemons} for h in hosts}
    reboot_t, boot_t = at(9, 40, 12.4), at(9, 42, 31.7)
    up_t = boot_t + sec(48)

    def alive(h: str, t: datetime) -> bool:
        return not (h == "leaf01" and reboot_t <= t < up_t)

    # leaf01's daemons after its reboot at 09:40
    pid_new = {d: r.randrange(400, 2600) for d in daemons}
    boot_new = boot_t - sec(0.62)

    def L(h: str, t: datetime, label: str, ident: str, msg: str, p: int | None = -1) -> datetime:
        t += usec(r.randrange(0, 1000))
        table = pid_new if h == "leaf01" and t >= boot_t else pid[h]
        q = table.get(ident) if p == -1 else p
        head = f"{ident}[{q}]" if q else ident
        return fs.add(
            f"{h}.log", t, label, lambda x: [f"{cu_ts(x)} {h} {head}: {msg}"], (h, ident, q), US
        )

    def K(h: str, t: datetime, label: str, msg: str) -> datetime:
        t += usec(r.randrange(0, 1000))

        def text(x: datetime) -> list[str]:
            b = boot_new if h == "leaf01" and x >= boot_t else boot[h]
            up = int((x - b).total_seconds() * 1_000_000)
            return [f"{cu_ts(x)} {h} kernel: [{up // 1_000_000:5d}.{up % 1_000_000:06d}] {msg}"]

        return fs.add(f"{h}.log", t, label, text, (h, "kernel"), US)

    # the NMS's SNMP check every minute
    for h in hosts:
        for t in every(r, T0 + sec(r.uniform(0, 60)), T_END, 60, 1.5):
            if alive(h, t):
                L(
                    h,
                    t,
                    SNMP_CONN,
                    "snmpd",
                    f"Connection from UDP: [{CU_NMS}]:{r.randrange(32768, 60999)}->[{CU_MGMT[h]}]:161",
                )
    # the CI farm's ephemeral VMs booting behind the leaves (DHCP through the relay)
    for t in poisson_times(r, T0, T_END, 17):
        vm = mac(r)
        vlan = r.choice(["10", "10", "20"])
        ip = f"10.1.{vlan}.{r.randrange(20, 240)}"
        leaf = r.choice(["leaf01", "leaf02"])
        if not alive(leaf, t):
            leaf = "leaf02"
        if not alive(leaf, t + sec(3)):
            continue
        tt = t
        for srv in CU_DHCP:
            tt = L(
                leaf,
                tt + usec(r.uniform(80, 400)),
                BOOTREQ,
                "dhcrelay",
                f"Forwarded BOOTREQUEST for {vm} to {srv}",
            )
        for _ in CU_DHCP:
            tt = L(
                leaf,
                tt + usec(r.uniform(900, 4000)),
                BOOTREP,
                "dhcrelay",
                f"Forwarded BOOTREPLY for {vm} to {ip}",
            )
        tt += sec(r.uniform(0.02, 1.2))
        for srv in CU_DHCP:
            tt = L(
                leaf,
                tt + usec(r.uniform(80, 400)),
                BOOTREQ,
                "dhcrelay",
                f"Forwarded BOOTREQUEST for {vm} to {srv}",
            )
        L(
            leaf,
            tt + usec(r.uniform(900, 4000)),
            BOOTREP,
            "dhcrelay",
            f"Forwarded BOOTREPLY for {vm} to {ip}",
        )
    # leaf02 swp14: the backup server powered off for a firmware update 07:31-08:26
    off0, off1 = at(7, 31, 4.2), at(8, 26, 40.9)
    K("leaf02", off0, BR_STATE, "br_default: port 9(swp14) entered disabled state")
    for t in every(r, off0 + sec(11), off1, 30, 0.05):
        L(
            "leaf02",
            t,
            "unable to send packet on real device for %s: Network is down",
            "lldpd",
            "unable to send packet on real device for swp14: Network is down",
        )
    K("leaf02", off1, BR_STATE, "br_default: port 9(swp14) entered blocking state")
    K("leaf02", off1 + sec(2.0), BR_STATE, "br_default: port 9(swp14) entered forwarding state")

    # netops sessions: a login, a few sudo'd nv commands, the logout
    def session(
        h: str, t: datetime, user: str, src: str, cmds: list[str], close: bool = True
    ) -> datetime:
        p = r.randrange(5000, 30000)
        t = L(
            h,
            t,
            SSH_PK,
            "sshd",
            f"Accepted publickey for {user} from {src} port {r.randrange(40000, 65000)} ssh2: RSA SHA256:{alnum(r, 43)}",
            p,
        )
        t = L(
            h,
            t + usec(r.uniform(2000, 9000)),
            PAM_OPEN,
            "sshd",
            f"pam_unix(sshd:session): session opened for user {user}(uid=1000) by (uid=0)",
            p,
        )
        for c in cmds:
            t += sec(r.uniform(20, 240))
            sp = r.randrange(5000, 30000)
            t = L(
                h,
                t,
                SUDO,
                "sudo",
                f"    {user} : TTY=pts/0 ; PWD=/home/{user} ; USER=root ; COMMAND={c}",
                None,
            )
            t = L(
                h,
                t + usec(r.uniform(500, 3000)),
                PAM_OPEN,
                "sudo",
                f"pam_unix(sudo:session): session opened for user root(uid=0) by {user}(uid=1000)",
                sp,
            )
            t = L(
                h,
                t + sec(r.uniform(0.5, 9)),
                PAM_CLOSE,
                "sudo",
                "pam_unix(sudo:session): session closed for user root",
                sp,
            )
        if not close:
            return t
        return L(
            h,
            t + sec(r.uniform(30, 400)),
            PAM_CLOSE,
            "sshd",
            f"pam_unix(sshd:session): session closed for user {user}",
            p,
        )

    looks = [
        "/usr/bin/nv show interface",
        "/usr/bin/nv show mlag",
        "/usr/bin/nv show vrf default router bgp neighbor",
        "/usr/bin/nv show platform environment psu",
    ]
    for h, t, user in [
        ("spine01", at(7, 22, 5), "mdiaz"),
        ("leaf02", at(7, 44, 18), "mdiaz"),
        ("spine01", at(10, 25, 2), "mdiaz"),
        ("leaf01", at(9, 21, 40), "jkumar"),
        ("leaf02", at(9, 50, 3), "jkumar"),
        ("leaf01", at(9, 49, 55), "jkumar"),
        ("leaf02", at(11, 9, 30), "mdiaz"),
        ("leaf01", at(6, 48, 12), "ops-audit"),
        ("leaf02", at(6, 49, 2), "ops-audit"),
        ("spine01", at(6, 49, 51), "ops-audit"),
    ]:
        if user == "jkumar" and h == "leaf01" and t < reboot_t:
            session(
                h,
                t,
                user,
                "10.10.8.23",
                [
                    "/usr/bin/nv show mlag",
                    "/usr/bin/nv action fetch system image http://repo.corp/cumulus/cumulus-linux-5.9.1-mlx-amd64.bin",
                    "/usr/bin/nv action install system image files cumulus-linux-5.9.1-mlx-amd64.bin",
                ],
                close=False,
            )
        elif h == "leaf02" and t > at(11, 0):
            continue
        else:
            session(
                h,
                t,
                user,
                "10.10.8.23" if user == "jkumar" else "10.10.8.41",
                r.sample(looks, r.randint(1, 3)),
            )
    # jkumar reboots leaf01 into the new image
    L(
        "leaf01",
        reboot_t - sec(3.1),
        SUDO,
        "sudo",
        "    jkumar : TTY=pts/0 ; PWD=/home/jkumar ; USER=root ; COMMAND=/usr/sbin/reboot",
        None,
    )

    # spine01's PSU2 fails at 07:15 and is replaced at 10:21
    def smond(t: datetime, sensor: str, desc: str, a: str, b: str) -> datetime:
        return L(
            "spine01",
            t,
            SMOND,
            "smond",
            f"/usr/sbin/smond : : {sensor}({desc}): state changed from {a} to {b}",
        )

    t = smond(at(7, 15, 22.3), "PSU2", "PSU2", "OK", "BAD")
    smond(t + sec(10.02), "PSU2Fan1", "PSU2 Fan 1", "OK", "BAD")
    smond(t + sec(10.05), "PSU2Temp1", "PSU2 Temp Sensor", "OK", "ABSENT")
    t = smond(at(10, 21, 44.8), "PSU2", "PSU2", "BAD", "ABSENT")
    smond(t + sec(10.0), "PSU2Fan1", "PSU2 Fan 1", "BAD", "ABSENT")
    t = smond(at(10, 24, 3.1), "PSU2", "PSU2", "ABSENT", "OK")
    smond(t + sec(10.01), "PSU2Fan1", "PSU2 Fan 1", "ABSENT", "OK")
    smond(t + sec(10.04), "PSU2Temp1", "PSU2 Temp Sensor", "ABSENT", "OK")

    # leaf01 reboots into 5.9.1 at 09:40
    t = L("leaf01", reboot_t, "Cleanup is executing.", "clagd", "Cleanup is executing.")
    t = L(
        "leaf01",
        t + sec(1.8),
        "Cleanup has been completed.",
        "clagd",
        "Cleanup has been completed.",
    )
    for ifn, peer in [("swp51", "spine01"), ("swp52", "spine02")]:
        t = L(
            "leaf01",
            t + sec(0.3),
            ADJ_DOWN,
            "bgpd",
            f"{CU_ADJ_DOWN}%ADJCHANGE: neighbor {ifn}({peer}) in vrf default Down BGP Notification send",
        )
    L(
        "spine01",
        reboot_t + sec(2.5),
        ADJ_DOWN,
        "bgpd",
        f"{CU_ADJ_DOWN}%ADJCHANGE: neighbor swp1(leaf01) in vrf default Down BGP Notification received",
    )
    t = reboot_t + sec(9.6)
    for s in ["swp49", "swp50"]:
        t = K(
            "leaf02",
            t + usec(r.uniform(200, 900)),
            SLAVE_DOWN,
            f"peerlink: (slave {s}): {SLAVE_DOWN}",
        )
    t = L(
        "leaf02",
        t + sec(0.9),
        "The peer switch is no longer active.",
        "clagd",
        "The peer switch is no longer active.",
    )
    t = L("leaf02", t + sec(0.01), "Role is now %s", "clagd", "Role is now primary")
    L(
        "leaf02",
        t + sec(3.2),
        "HealthCheck: role via backup is %s",
        "clagd",
        "HealthCheck: role via backup is primary",
    )
    # the boot
    t = boot_t + sec(21.3)
    bonds = [(f"bond{i}", f"swp{i}", i) for i in range(1, 6)]
    for bond, s, _ in bonds:
        t = K(
            "leaf01",
            t + usec(r.uniform(1500, 40000)),
            SLAVE_UP,
            f"{bond}: (slave {s}): link status definitely up, 25000 Mbps full duplex",
        )
    for s in ["swp49", "swp50"]:
        t = K(
            "leaf01",
            t + usec(r.uniform(1500, 40000)),
            SLAVE_UP,
            f"peerlink: (slave {s}): link status definitely up, 100000 Mbps full duplex",
        )
    for _b, _, n in bonds:
        t = K(
            "leaf01",
            t + usec(r.uniform(300, 3000)),
            BR_STATE,
            f"br_default: port {n}(bond{n}) entered blocking state",
        )
    t = K("leaf01", t + usec(900), BR_STATE, "br_default: port 6(peerlink) entered blocking state")
    tl = boot_t + sec(26.2)
    for s in ["swp49", "swp50"]:
        tl = K(
            "leaf02",
            tl + usec(r.uniform(200, 900)),
            SLAVE_UP,
            f"peerlink: (slave {s}): link status definitely up, 100000 Mbps full duplex",
        )
    t = L(
        "leaf01",
        boot_t + sec(29.4),
        "Beginning execution of clagd version %s",
        "clagd",
        "Beginning execution of clagd version 1.6.0",
    )
    t = L(
        "leaf01",
        t + sec(0.002),
        "Invoked with: %s",
        "clagd",
        "Invoked with: /usr/sbin/clagd --daemon linklocal peerlink.4094 44:38:39:be:ef:aa --priority 1000 --backupIp 10.10.0.12 --initDelay 180",
    )
    t = L("leaf01", t + sec(1.1), "Role is now %s", "clagd", "Role is now secondary")
    t = L(
        "leaf01",
        t + sec(0.4),
        "HealthCheck: role via backup is %s",
        "clagd",
        "HealthCheck: role via backup is secondary",
    )
    t = L(
        "leaf01",
        t + sec(0.001),
        "HealthCheck: backup active",
        "clagd",
        "HealthCheck: backup active",
    )
    t = L("leaf01", t + sec(1.2), "Initial config loaded", "clagd", "Initial config loaded")
    t = L(
        "leaf01", t + sec(0.6), "The peer switch is active.", "clagd", "The peer switch is active."
    )
    t2 = L(
        "leaf02", t + sec(0.05), "The peer switch is active.", "clagd", "The peer switch is active."
    )
    t = L(
        "leaf01",
        t + sec(0.001),
        "Initial data sync to peer done.",
        "clagd",
        "Initial data sync to peer done.",
    )
    t = L("leaf01", t + sec(0.004), "Initial handshake done.", "clagd", "Initial handshake done.")
    L("leaf02", t2 + sec(0.01), "Initial handshake done.", "clagd", "Initial handshake done.")
    t = L(
        "leaf01",
        t + sec(0.1),
        "Initial data sync from peer done.",
        "clagd",
        "Initial data sync from peer done.",
    )
    t = L(
        "leaf01",
        t + sec(0.0009),
        "Initial local data sync done",
        "clagd",
        "Initial local data sync done",
    )
    t = up_t - sec(2.4)
    for _, _, n in bonds:
        t = K(
            "leaf01",
            t + usec(r.uniform(300, 3000)),
            BR_STATE,
            f"br_default: port {n}(bond{n}) entered forwarding state",
        )
    K("leaf01", t + usec(700), BR_STATE, "br_default: port 6(peerlink) entered forwarding state")
    t = up_t + sec(3.3)
    for ifn, peer in [("swp51", "spine01"), ("swp52", "spine02")]:
        t = L(
            "leaf01",
            t + sec(r.uniform(0.01, 0.4)),
            ADJ_UP,
            "bgpd",
            f"{CU_ADJ_UP}%ADJCHANGE: neighbor {ifn}({peer}) in vrf default Up",
        )
    L(
        "spine01",
        up_t + sec(3.35),
        ADJ_UP,
        "bgpd",
        f"{CU_ADJ_UP}%ADJCHANGE: neighbor swp1(leaf01) in vrf default Up",
    )

    # a loop behind leaf02's bond5 11:05-11:24
    loop0, loop1 = at(11, 5, 7), at(11, 24, 31)
    t = loop0
    while t < loop1:
        cpu = r.randint(88, 99)
        if cpu >= 95:
            L(
                "leaf02",
                t,
                "Critically high CPU use: %d%%",
                "sysmonitor",
                f"Critically high CPU use: {cpu}%",
            )
        else:
            L("leaf02", t, "High CPU use: %d%%", "sysmonitor", f"High CPU use: {cpu}%")
        t += sec(r.uniform(58, 62))
    session(
        "leaf02",
        at(11, 21, 12),
        "mdiaz",
        "10.10.8.41",
        [
            "/usr/bin/nv show interface bond5",
            "/usr/bin/nv set interface bond5 link state down",
            "/usr/bin/nv config apply -y",
        ],
    )
    t = K("leaf02", loop1 - sec(2.1), SLAVE_DOWN, f"bond5: (slave swp5): {SLAVE_DOWN}")
    K("leaf02", t + usec(640), BR_STATE, "br_default: port 5(bond5) entered disabled state")
    L(
        "leaf02",
        loop1 + sec(58.7),
        "CPU use no longer high: %d%%",
        "sysmonitor",
        f"CPU use no longer high: {r.randint(22, 40)}%",
    )
    return fs.logs(T0)


# ------------------------------------------------------------------------------ nokia-sros

SR_SEQ = "\x00SEQ\x00"
SR_LINKDOWN = "SNMP-WARNING-linkDown-2004: Interface %s is not operational"
SR_LINKUP = "SNMP-WARNING-linkUp-2005: Interface %s is operational"
SR_AUTHFAIL = "SNMP-WARNING-authenticationFailure-2003: SNMP authentication failure from %s"
SR_SAPPORT = "SVCMGR-MINOR-sapPortStateChangeProcessed-2103: The status of all affected SAPs on port %s has been updated."
SR_SAP = "SVCMGR-MAJOR-sapStatusChanged-2203: Status of SAP %s in service %s (customer %s) changed to admin=%s oper=%s flags=%s"
SR_SDP = "SVCMGR-MINOR-sdpBindStatusChanged-2210: Status of SDP Bind %s in service %s (customer %s) changed to admin=%s oper=%s flags=%s"
SR_BGPDOWN = "BGP-WARNING-bgpBackwardTransNotification-2039: (ASN %s) %s: moved from higher state %s to lower state %s due to event %s"
SR_BGPUP = "BGP-MINOR-bgpEstablishedNotification-2038: (ASN %s) %s: moved into established state"
SR_BGPNOTIF = (
    "BGP-WARNING-sendNotification-2019: (ASN %s) %s: sending notification: code %s subcode %s"
)
SR_LOGIN = "USER-MINOR-cli_user_login-2001: User %s from %s logged in"
SR_LOGOUT = "USER-MINOR-cli_user_logout-2002: User %s from %s logged out"
SR_LOGINFAIL = "USER-MINOR-cli_user_login_failed-2003: User %s from %s failed authentication"
SR_OSPF = "OSPF-WARNING-ospfNbrStateChange-2016: LCL_RTR_ID %s: Neighbor %s on interface %s changed state from %s to %s"
SR_SFFOUT = "CHASSIS-MINOR-tmnxEqPortSFPRemoved-2016: SFF removed"
SR_SFFIN = "CHASSIS-MINOR-tmnxEqPortSFPInserted-2017: SFF inserted"
SR_CLEAR = "LOGGER-INDETERMINATE-tmnxClear-2010: Clear function %s has been run with parameters: %s. The completion result is: %s. Additional error text, if any, is: %s"


def sros(r: random.Random) -> list[Log]:
    """Three 7750 SR PEs' syslog, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    sysip = {"pe1": "10.255.0.1", "pe2": "10.255.0.2", "pe3": "10.255.0.3"}

    def E(rt: str, t: datetime, label: str, subject: str, msg: str, vr: str = "Base") -> datetime:
        head = label.split(": ", 1)[0]

        def text(x: datetime) -> list[str]:
            return [f"{syslog_ts(x)} {rt} TMNX: {SR_SEQ} {vr} {head} [{subject}]: {msg}"]

        return fs.add(f"{rt}.log", t, label, text, rt, SEC)

    # Ansible's checks every five minutes (a login, `show` commands, the logout)
    for rt in sysip:
        for t in every(r, T0 + sec(r.uniform(20, 50)), T_END, 300, 6):
            t = E(rt, t, SR_LOGIN, "ansible", "User ansible from 10.20.0.15 logged in")
            E(
                rt,
                t + sec(r.uniform(3, 9)),
                SR_LOGOUT,
                "ansible",
                "User ansible from 10.20.0.15 logged out",
            )
    # a decommissioned poller with the old community every two minutes
    for rt in sysip:
        for t in every(r, T0 + sec(r.uniform(0, 120)), T_END, 120, 0.4):
            E(rt, t, SR_AUTHFAIL, "10.20.0.99", "SNMP authentication failure from 10.20.0.99")
    # pe2 1/1/7: a customer's CPE with a bad patch lead, 07:40-09:25
    saps = [("1/1/7:100", "2001", "310"), ("1/1/7:200", "3007", "310")]
    cpe = "VR 2: Group CE-ACME: Peer 172.16.31.2"
    t = at(7, 40, 18)
    while t < at(9, 25):
        t = E("pe2", t, SR_LINKDOWN, "Port 1/1/7", "Interface 1/1/7 is not operational")
        t = E(
            "pe2",
            t,
            SR_SAPPORT,
            "Port 1/1/7",
            "The status of all affected SAPs on port 1/1/7 has been updated.",
        )
        for sap, svc, cust in saps:
            t = E(
                "pe2",
                t,
                SR_SAP,
                f"SAP {sap}",
                f"Status of SAP {sap} in service {svc} (customer {cust}) changed to admin=up oper=down flags=PortOperDown",
            )
        t = E(
            "pe2",
            t,
            SR_BGPDOWN,
            "Peer 1: 172.16.31.2",
            f"(ASN 64500) {cpe}: moved from higher state ESTABLISHED to lower state IDLE due to event INTERFACE DOWN",
            "vprn2001",
        )
        t += sec(r.uniform(3, 40))
        t = E("pe2", t, SR_LINKUP, "Port 1/1/7", "Interface 1/1/7 is operational")
        t = E(
            "pe2",
            t,
            SR_SAPPORT,
            "Port 1/1/7",
            "The status of all affected SAPs on port 1/1/7 has been updated.",
        )
        for sap, svc, cust in saps:
            t = E(
                "pe2",
                t,
                SR_SAP,
                f"SAP {sap}",
                f"Status of SAP {sap} in service {svc} (customer {cust}) changed to admin=up oper=up flags=",
            )
        if r.random() < 0.85:
            t = E(
                "pe2",
                t + sec(r.uniform(4, 14)),
                SR_BGPUP,
                "Peer 1: 172.16.31.2",
                f"(ASN 64500) {cpe}: moved into established state",
                "vprn2001",
            )
        else:
            t = E(
                "pe2",
                t + sec(r.uniform(4, 14)),
                SR_BGPUP,
                "Peer 1: 172.16.31.2",
                f"(ASN 64500) {cpe}: moved into established state",
                "vprn2001",
            )
            t = E(
                "pe2",
                t + sec(r.uniform(88, 92)),
                SR_BGPNOTIF,
                "Peer 1: 172.16.31.2",
                f"(ASN 64500) {cpe}: sending notification: code HOLD TIMER EXPIRED subcode UNSPECIFIED",
                "vprn2001",
            )
            t = E(
                "pe2",
                t + sec(0.3),
                SR_BGPDOWN,
                "Peer 1: 172.16.31.2",
                f"(ASN 64500) {cpe}: moved from higher state ESTABLISHED to lower state IDLE due to event HOLDTIME",
                "vprn2001",
            )
            t = E(
                "pe2",
                t + sec(r.uniform(20, 40)),
                SR_BGPUP,
                "Peer 1: 172.16.31.2",
                f"(ASN 64500) {cpe}: moved into established state",
                "vprn2001",
            )
        t += sec(r.expovariate(1 / 30.0) + 4)
    # NSP clears the port's and the SAPs' counters after the ticket is raised and after the fix
    for tc in [at(8, 2, 41), at(8, 31, 9), at(9, 14, 55), at(9, 15, 3)]:
        fn, par = r.choice(
            [("portStats", "port-id=1/1/7"), ("sapStats", "service-id=2001 sap-id=1/1/7:100")]
        )
        E(
            "pe2",
            tc,
            SR_CLEAR,
            "tmnxClear",
            f"Clear function {fn} has been run with parameters: {par}. The completion result is: success. Additional error text, if any, is: ",
        )
    E("pe2", at(9, 16, 30), SR_LOGIN, "nspadmin", "User nspadmin from 10.20.0.30 logged in")
    E("pe2", at(9, 21, 2), SR_LOGOUT, "nspadmin", "User nspadmin from 10.20.0.30 logged out")
    # the fibre between pe1 1/1/1 and pe3 1/1/2 cut at 10:15, the optic swapped at 11:12, spliced at 11:20
    cut, fix = at(10, 15, 31), at(11, 20, 4)
    ends = [("pe1", "1/1/1", "to-pe3", "10.255.0.3"), ("pe3", "1/1/2", "to-pe1", "10.255.0.1")]
    svcs = [
        (str(s), str(c))
        for s, c in zip(
            r.sample(range(2002, 2990), 14),
            r.choices(["310", "311", "402", "415", "530"], k=14),
            strict=True,
        )
    ]
    for rt, port, ifn, nbr in ends:
        t = E(
            rt,
            cut + sec(r.uniform(0, 0.5)),
            SR_LINKDOWN,
            f"Port {port}",
            f"Interface {port} is not operational",
        )
        t = E(
            rt,
            t,
            SR_OSPF,
            "VR: 1 OSPFv2 (0)",
            f"LCL_RTR_ID {sysip[rt]}: Neighbor {nbr} on interface {ifn} changed state from Full to Down",
        )
        sdp = "13" if rt == "pe1" else "31"
        for svc, cust in svcs:
            t = E(
                rt,
                t,
                SR_SDP,
                f"SDP Bind {sdp}:{svc}",
                f"Status of SDP Bind {sdp}:{svc} in service {svc} (customer {cust}) changed to admin=up oper=down flags=SdpOperDown",
            )
        t += sec(r.uniform(2, 5))
        for svc, cust in svcs:
            t = E(
                rt,
                t,
                SR_SDP,
                f"SDP Bind {sdp}:{svc}",
                f"Status of SDP Bind {sdp}:{svc} in service {svc} (customer {cust}) changed to admin=up oper=up flags=",
            )
    E("pe1", at(10, 31, 12), SR_LOGIN, "fkowalski", "User fkowalski from 10.20.8.14 logged in")
    E(
        "pe1",
        at(10, 30, 58),
        SR_LOGINFAIL,
        "fkowalski",
        "User fkowalski from 10.20.8.14 failed authentication",
    )
    E(
        "pe1",
        at(10, 30, 41),
        SR_LOGINFAIL,
        "fkowalski",
        "User fkowalski from 10.20.8.14 failed authentication",
    )
    E("pe1", at(11, 27, 44), SR_LOGOUT, "fkowalski", "User fkowalski from 10.20.8.14 logged out")
    E("pe3", at(10, 33, 5), SR_LOGIN, "fkowalski", "User fkowalski from 10.20.8.14 logged in")
    E("pe3", at(11, 26, 50), SR_LOGOUT, "fkowalski", "User fkowalski from 10.20.8.14 logged out")
    for tf in [at(6, 58, 3), at(6, 58, 19), at(11, 41, 37)]:
        E("pe3", tf, SR_LOGINFAIL, "admin", "User admin from 10.20.0.77 failed authentication")
    t = E("pe1", at(11, 12, 20), SR_SFFOUT, "Port 1/1/1", "SFF removed")
    E("pe1", t + sec(r.uniform(40, 60)), SR_SFFIN, "Port 1/1/1", "SFF inserted")
    for rt, port, ifn, nbr in ends:
        t = E(
            rt,
            fix + sec(r.uniform(0, 0.4)),
            SR_LINKUP,
            f"Port {port}",
            f"Interface {port} is operational",
        )
        for a, b in [
            ("Down", "Init"),
            ("Init", "ExStart"),
            ("ExStart", "Exchange"),
            ("Exchange", "Full"),
        ]:
            t = E(
                rt,
                t + sec(r.uniform(0.2, 3)),
                SR_OSPF,
                "VR: 1 OSPFv2 (0)",
                f"LCL_RTR_ID {sysip[rt]}: Neighbor {nbr} on interface {ifn} changed state from {a} to {b}",
            )
    logs = fs.logs(T0)
    for log in logs:
        n = r.randrange(20000, 90000)
        for i, (text, tid) in enumerate(log.lines):
            n += 1 + (r.random() < 0.03)
            log.lines[i] = (text.replace(SR_SEQ, str(n)), tid)
    return logs


# -------------------------------------------------------------------------- checkpoint-gaia

CP_CUL_START = "CLUS-120200-%d: Starting CUL mode because CPU-%s usage (%d%%) on the local member increased above the configured threshold (%d%%)."
CP_CUL_STOP = "CLUS-120202-%d: Stopping CUL mode after %d sec (short CUL timeout), because no member reported CPU usage above the configured threshold (%d%%) during the last %d sec."
CP_FWCONN = "fwconn_key_init_links (%s): fwconn_init_links failed"
CP_SSH_OK = "Accepted password for %s from %s port %d ssh2"
CP_PAM_OPEN = "pam_unix(%s:session): session opened for user %s by (uid=%d)"
CP_PAM_CLOSE = "pam_unix(%s:session): session closed for user %s"
CP_CLISH_IN = "User %s logged in with ReadWrite permission"
CP_CMD_START = "cmd by %s: Start executing : %s (cmd md5: %s)"
CP_CMD_PROC = "cmd by %s: Processing : %s (cmd md5: %s)"
CP_XPAND = "Configuration changed from %s by user %s by the service %s"


def gaia(r: random.Random) -> list[Log]:
    """A two-member ClusterXL of Gaia R81.20, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    member = {"gw-a": 1, "gw-b": 2}
    pids = {h: {"sshd": r.randrange(5000, 9000), "xpand": r.randrange(3000, 5000)} for h in member}

    def G(h: str, t: datetime, label: str, ident: str, msg: str) -> datetime:
        def text(x: datetime) -> list[str]:
            return [f"{syslog_ts(x)} {x.year} {h} {ident}: {msg}"]

        return fs.add(f"{h}-messages", t, label, text, (h, ident), SEC)

    def FW(h: str, t: datetime, label: str, msg: str, inst: int = 1) -> datetime:
        return G(h, t, label, "kernel", f"[fw4_{inst}];{msg}")

    def md5() -> str:
        return hexid(r, 32)

    fail_t, back_t = at(9, 20, 41), at(9, 24, 7)

    def act(t: datetime) -> str:
        return "gw-a" if t < fail_t else "gw-b"

    # Cluster Under Load on the active member
    for w0, w1 in [(at(7, 55, 10), at(9, 5, 40)), (at(10, 28, 3), at(11, 2, 50))]:
        t = w0
        while t < w1:
            h = act(t)
            m = member[h]
            cpu = r.choice(["01", "02", "02", "03"])
            t = FW(
                h,
                t,
                CP_CUL_START,
                f"CLUS-120200-{m}: Starting CUL mode because CPU-{cpu} usage ({r.randint(80, 93)}%) on the local member increased above the configured threshold (80%).",
            )
            dur = r.randint(10, 19)
            t = FW(
                h,
                t + sec(dur + 0.3),
                CP_CUL_STOP,
                f"CLUS-120202-{m}: Stopping CUL mode after {dur} sec (short CUL timeout), because no member reported CPU usage above the configured threshold (80%) during the last 10 sec.",
            )
            t += sec(r.uniform(1, 30))
    # fwconn_key_init_links bursts on the active member
    for tb in poisson_times(r, T0, T_END, 9):
        h = act(tb)
        t = tb
        for _ in range(r.randint(3, 16)):
            t = FW(
                h,
                t + sec(r.uniform(0.1, 2)),
                CP_FWCONN,
                f"fwconn_key_init_links ({r.choice(['INBOUND', 'OUTBOUND', 'OUTBOUND'])}): fwconn_init_links failed",
                r.choice([0, 1, 2]),
            )

    # the monitoring user's clish check every five minutes
    def sshlogin(h: str, t: datetime, user: str, src: str) -> tuple[datetime, int]:
        p = r.randrange(10000, 32000)
        t = G(
            h,
            t,
            CP_SSH_OK,
            f"sshd[{p}]",
            f"Accepted password for {user} from {src} port {r.randrange(40000, 65000)} ssh2",
        )
        t = G(
            h,
            t + sec(0.01),
            CP_PAM_OPEN,
            f"sshd[{p}]",
            f"pam_unix(sshd:session): session opened for user {user} by (uid=0)",
        )
        return t, p

    def clish(h: str, t: datetime, user: str, cmds: list[str]) -> datetime:
        cp = r.randrange(10000, 32000)
        t = G(h, t, CP_CLISH_IN, f"clish[{cp}]", f"User {user} logged in with ReadWrite permission")
        for c in cmds:
            m = md5()
            t = G(
                h,
                t + sec(r.uniform(0.1, 2)),
                CP_CMD_START,
                f"clish[{cp}]",
                f"cmd by {user}: Start executing : {c} (cmd md5: {m})",
            )
            t = G(
                h,
                t + sec(0.05),
                CP_CMD_PROC,
                f"clish[{cp}]",
                f"cmd by {user}: Processing : {c} (cmd md5: {m})",
            )
            if c.startswith("set ") or c == "save config":
                for _ in range(r.randint(1, 3) if c.startswith("set ") else 1):
                    t = G(
                        h,
                        t + sec(0.02),
                        CP_XPAND,
                        f"xpand[{pids[h]['xpand']}]",
                        f"Configuration changed from localhost by user {user} by the service dbset",
                    )
        return t

    checks = [
        "show cluster state",
        "show cluster members interfaces all",
        "show routed cluster-state detailed",
    ]
    for h in member:
        for tc in every(r, T0 + sec(r.uniform(0, 300)), T_END, 300, 3):
            t, p = sshlogin(h, tc, "cpmon", "10.1.1.50")
            t = clish(h, t + sec(0.2), "cpmon", [r.choice(checks)])
            G(
                h,
                t + sec(0.3),
                CP_PAM_CLOSE,
                f"sshd[{p}]",
                "pam_unix(sshd:session): session closed for user cpmon",
            )

    # the vulnerability scan at 07:02
    users = [
        "admin",
        "root",
        "test",
        "oracle",
        "guest",
        "ubuntu",
        "pi",
        "support",
        "user",
        "ftpuser",
        "postgres",
        "git",
        "deploy",
        "backup",
    ]
    for h in member:
        t = at(7, 2, 11) + sec(r.uniform(0, 20))
        for u in users:
            if u in ("admin", "root"):
                for _ in range(2):
                    p = r.randrange(10000, 32000)
                    port = r.randrange(40000, 65000)
                    t = G(
                        h,
                        t + sec(r.uniform(0.5, 3)),
                        "Failed password for %s from %s port %d ssh2",
                        f"sshd[{p}]",
                        f"Failed password for {u} from 10.1.5.20 port {port} ssh2",
                    )
                    t = G(
                        h,
                        t + sec(0.2),
                        "Connection closed by %s port %d [preauth]",
                        f"sshd[{p}]",
                        f"Connection closed by 10.1.5.20 port {port} [preauth]",
                    )
                continue
            p = r.randrange(10000, 32000)
            port = r.randrange(40000, 65000)
            t = G(
                h,
                t + sec(r.uniform(0.5, 3)),
                "Invalid user %s from %s port %d",
                f"sshd[{p}]",
                f"Invalid user {u} from 10.1.5.20 port {port}",
            )
            t = G(
                h,
                t + sec(1.9),
                "Failed password for invalid user %s from %s port %d ssh2",
                f"sshd[{p}]",
                f"Failed password for invalid user {u} from 10.1.5.20 port {port} ssh2",
            )
            t = G(
                h,
                t + sec(0.2),
                "Connection closed by %s port %d [preauth]",
                f"sshd[{p}]",
                f"Connection closed by 10.1.5.20 port {port} [preauth]",
            )

    # gw-a's internal cable pulled at 09:20, back at 09:24
    G(
        "gw-a",
        fail_t,
        "igb: %s NIC Link is Down",
        "kernel",
        "igb 0000:03:00.1 eth2: igb: eth2 NIC Link is Down",
    )
    t = FW(
        "gw-a",
        fail_t + sec(0.8),
        "CLUS-110305-%d: State change: ACTIVE -> DOWN | Reason: Interface %s is down (Cluster Control Protocol packets are not received)",
        "CLUS-110305-1: State change: ACTIVE -> DOWN | Reason: Interface eth2 is down (Cluster Control Protocol packets are not received)",
    )
    t = FW(
        "gw-b",
        fail_t + sec(0.9),
        "CLUS-214704-%d: Remote member %d (state %s -> %s) | Reason: Interface %s is down (Cluster Control Protocol packets are not received)",
        "CLUS-214704-2: Remote member 1 (state ACTIVE -> DOWN) | Reason: Interface eth2 is down (Cluster Control Protocol packets are not received)",
    )
    t = FW(
        "gw-b",
        t + sec(0.3),
        "CLUS-114704-%d: State change: STANDBY -> ACTIVE | Reason: No other ACTIVE members have been found in the cluster",
        "CLUS-114704-2: State change: STANDBY -> ACTIVE | Reason: No other ACTIVE members have been found in the cluster",
    )
    FW(
        "gw-b",
        t + sec(2.4),
        "fwldbcast_recv: delta sync connection with member %d was lost and regained.%d updates were lost.",
        f"fwldbcast_recv: delta sync connection with member 0 was lost and regained.{r.randint(80, 400)} updates were lost.",
    )
    G(
        "gw-a",
        back_t,
        "igb: %s NIC Link is Up %d Mbps %s Duplex, Flow Control: %s",
        "kernel",
        "igb 0000:03:00.1 eth2: igb: eth2 NIC Link is Up 1000 Mbps Full Duplex, Flow Control: RX/TX",
    )
    t = FW(
        "gw-a",
        back_t + sec(3.1),
        "CLUS-114802-%d: State change: DOWN -> STANDBY | Reason: There is already an ACTIVE member in the cluster (member %d)",
        "CLUS-114802-1: State change: DOWN -> STANDBY | Reason: There is already an ACTIVE member in the cluster (member 2)",
    )
    t = FW(
        "gw-b",
        back_t + sec(3.2),
        "CLUS-216400-%d: Remote member %d (state %s -> %s) | Reason: Reason for STANDBY state is unknown",
        "CLUS-216400-2: Remote member 1 (state DOWN -> STANDBY) | Reason: Reason for STANDBY state is unknown",
    )
    FW(
        "gw-a",
        back_t + sec(5.7),
        "fwldbcast_recv: delta sync connection with member %d was lost and regained.%d updates were lost.",
        f"fwldbcast_recv: delta sync connection with member 1 was lost and regained.{r.randint(800, 3000)} updates were lost.",
    )

    # a static route added and saved on both members at 10:05
    for h, t0 in [("gw-b", at(10, 5, 12)), ("gw-a", at(10, 9, 40))]:
        t, p = sshlogin(h, t0, "admin", "10.1.8.23")
        t = clish(
            h,
            t + sec(1.5),
            "admin",
            [
                "show route destination 10.50.0.0/16",
                "set static-route 10.50.0.0/16 nexthop gateway address 10.1.1.254 on",
                'set static-route 10.50.0.0/16 comment "CHG-20417 partner VPN"',
                "show route destination 10.50.0.0/16",
                "save config",
            ],
        )
        G(
            h,
            t + sec(r.uniform(20, 60)),
            CP_PAM_CLOSE,
            f"sshd[{p}]",
            "pam_unix(sshd:session): session closed for user admin",
        )

    # fwd crashing on gw-a, restarted by cpwd
    wd = (r.randrange(3000, 6000), r.randrange(4_100_000_000, 4_160_000_000))

    def W(t: datetime, level: str, label: str, msg: str) -> datetime:
        def text(x: datetime) -> list[str]:
            return [
                f"[cpWatchDog {wd[0]} {wd[1]}]@gw-a[{x.day} {x:%b} {x.hour}:{x:%M:%S}] [{level}] {msg}"
            ]

        return fs.add("gw-a-cpwd.elg", t, label, text, "cpwd", SEC)

    fwd = r.randrange(20000, 30000)
    for tc in [at(10, 42, 16), at(11, 37, 2)]:
        a, b = r.randrange(0x100, 0xFFF), r.randrange(0xF6000000, 0xF7000000) & ~0xFFF
        G(
            "gw-a",
            tc,
            "%s[%d]: segfault at %lx ip %px sp %px error %x in %s[%lx+%lx]",
            "kernel",
            f"fwd[{fwd}]: segfault at {a:x} ip {b + r.randrange(0x1000, 0x19000):016x} sp 00000000ff{hexid(r, 6)} error 4 in libfw_kern.so[{b:x}+1a3000]",
        )
        t = W(
            tc + sec(1.2),
            "ERROR",
            "Process %s terminated abnormally : Unhandled signal %d (%s).",
            "Process FWD terminated abnormally : Unhandled signal 11 (SIGSEGV).",
        )
        fwd = r.randrange(fwd + 100, fwd + 4000)
        W(
            t + sec(r.uniform(4, 9)),
            "SUCCESS",
            "Process %s started successfully (pid=%d)",
            f"Process FWD started successfully (pid={fwd})",
        )
    W(
        at(11, 40, 31),
        "SUCCESS",
        "Process %s started successfully (pid=%d)",
        f"Process CPVIEWD started successfully (pid={fwd + r.randrange(5, 90)})",
    )
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- ipfire

IF_RED_IP = "81.169.44.117"
IF_RED_GW = "81.169.44.1"
IF_RED_MAC = "00:1b:21:3a:9c:40"
IF_GREEN_MAC = "00:1b:21:3a:9c:41"
IF_MODEM_MAC = "c8:0e:14:7a:22:b1"
IF_DHCPD = {
    "DHCPDISCOVER from %s %svia %s",
    "DHCPOFFER on %s to %s %svia %s",
    "DHCPREQUEST for %s from %s %svia %s",
    "DHCPACK on %s to %s %svia %s",
}
IF_DDNS_OK = "Dynamic DNS update for %(hostname)s (%(provider)s) successful"
IF_DDNS_FAIL = "Dynamic DNS update for %(hostname)s (%(provider)s) failed:"


def ipfire(r: random.Random) -> list[Log]:
    """An office's IPFire, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    red_ip = [IF_RED_IP]
    pids = {"dhcpd": r.randrange(1800, 2600), "dhcpcd": r.randrange(900, 1500)}

    def S(t: datetime, label: str, ident: str, msg: str, proc: object = None) -> datetime:
        def text(x: datetime) -> list[str]:
            return [f"{syslog_ts(x)} ipfire {ident}: {msg}"]

        return fs.add("messages", t, label, text, proc or ident, SEC)

    scan_tcp = [
        23,
        22,
        3389,
        445,
        8080,
        80,
        443,
        5555,
        2323,
        8443,
        1433,
        3306,
        6379,
        5900,
        81,
        8888,
        9200,
        7547,
    ]
    scan_udp = [5060, 123, 1900, 53, 161, 137, 11211, 19, 389, 500, 5353, 3702, 10001]
    # the outgoing firewall: DNS, NTP, QUIC and STUN to the internet are blocked, DoT and SMTP too
    blocked = {
        "UDP": [
            ("8.8.8.8", 53),
            ("1.1.1.1", 53),
            ("162.159.200.123", 123),
            ("142.250.185.78", 443),
            ("74.125.250.129", 19302),
            ("52.114.142.9", 3478),
        ],
        "TCP": [("1.1.1.1", 853), ("8.8.4.4", 853), ("64.233.184.26", 25), ("52.97.146.162", 25)],
    }

    def nflog(t: datetime, prefix: str, proto: str) -> datetime:
        spt = r.randrange(1024, 65535)
        if prefix == "DROP_FORWARD":
            iif, oif = "green0", "red0"
            macs = f"{IF_GREEN_MAC}:{mac(r)}:08:00"
            src = f"192.168.10.{r.randrange(20, 200)}"
            dst, dpt = r.choice(blocked[proto])
        else:
            iif, oif = "red0", ("green0" if prefix == "FORWARDFW" else "")
            macs = f"{IF_RED_MAC}:{IF_MODEM_MAC}:08:00"
            src = f"{r.choice([45, 185, 89, 193, 162, 194, 80, 92, 141, 118, 61, 222, 179])}.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}"
            dst = red_ip[0] if prefix != "FORWARDFW" else "192.168.10.5"
            if prefix == "FORWARDFW":
                dpt = 443
            elif prefix == "INPUTFW":
                dpt = 1194
            elif prefix in ("DROP_NEWNOTSYN", "DROP_CTINVALID"):
                spt, dpt = r.choice([443, 443, 80, 993, 5223, 8801]), r.randrange(32768, 60999)
            elif proto == "TCP":
                dpt = r.choice(scan_tcp) if r.random() < 0.85 else r.randrange(1, 65535)
            else:
                dpt = r.choice(scan_udp) if r.random() < 0.85 else r.randrange(1, 65535)
        ttl = r.choice([r.randint(230, 250), r.randint(40, 58), r.randint(100, 120)])
        df = "DF " if r.random() < 0.4 or prefix in ("FORWARDFW", "DROP_FORWARD") else ""
        if proto == "TCP":
            flags = (
                "SYN "
                if prefix not in ("DROP_NEWNOTSYN", "DROP_CTINVALID")
                else r.choice(["ACK ", "ACK PSH ", "ACK FIN ", "RST ", "ACK RST "])
            )
            ln = 40 if flags == "SYN " and ttl > 200 else r.choice([44, 52, 60, 40])
            body = f"LEN={ln} TOS=0x00 PREC=0x00 TTL={ttl} ID={r.randrange(65536)} {df}PROTO=TCP SPT={spt} DPT={dpt} WINDOW={r.choice([1024, 65535, 29200, 64240, 14600, 0])} RES=0x00 {flags}URGP=0 "
        elif proto == "UDP":
            ul = r.randrange(20, 480)
            body = f"LEN={ul + 28} TOS=0x00 PREC=0x00 TTL={ttl} ID={r.randrange(65536)} {df}PROTO=UDP SPT={spt} DPT={dpt} LEN={ul + 8} "
        else:
            typ = r.choice([(13, 0), (8, 0), (3, 3), (11, 0)])
            body = (
                f"LEN={r.choice([28, 40, 84])} TOS=0x00 PREC=0x00 TTL={ttl} ID={r.randrange(65536)} PROTO=ICMP TYPE={typ[0]} CODE={typ[1]} "
                + (
                    f"ID={r.randrange(65536)} SEQ={r.randrange(1, 500)} "
                    if typ[0] in (8, 13)
                    else ""
                )
            )
        msg = f"{prefix} IN={iif} OUT={oif} MAC={macs} SRC={src} DST={dst} {body}"
        return S(t, f"{prefix} PROTO={proto}", "kernel", msg)

    link_down, link_up = at(8, 40, 22), at(8, 52, 37)
    lease_t = at(8, 53, 51)

    def red_up(t: datetime) -> bool:
        return not (link_down <= t < lease_t)

    # the internet's noise on RED, rate-limited to 10 a minute per rule
    for prefix, protos, per_hour in [
        ("DROP_INPUT", [("TCP", 0.78), ("UDP", 0.2), ("ICMP", 0.02)], 190),
        ("DROP_HOSTILE", [("TCP", 0.85), ("UDP", 0.15)], 21),
        ("DROP_NEWNOTSYN", [("TCP", 1.0)], 9),
        ("DROP_CTINVALID", [("TCP", 1.0)], 13),
        ("DROP_SPOOF", [("UDP", 1.0)], 1.5),
    ]:
        for t in poisson_times(r, T0, T_END, per_hour):
            if not red_up(t):
                continue
            proto = r.choices([p for p, _ in protos], [w for _, w in protos])[0]
            nflog(t, prefix, proto)
    # the outgoing firewall's blocks and two logged rules
    for t in poisson_times(r, at(7, 30), T_END, 16):
        nflog(t, "DROP_FORWARD", r.choice(["UDP", "UDP", "TCP"]))
    for t in poisson_times(r, T0, T_END, 7):
        if red_up(t):
            nflog(t, "FORWARDFW", "TCP")
    for t in poisson_times(r, T0, T_END, 5):
        if red_up(t):
            nflog(t, "INPUTFW", "UDP")

    # ISC dhcpd on GREEN: desktops arriving and renewing (a one-hour lease)
    names = [
        "DESKTOP-7H2KQ1",
        "LAPTOP-ANNA",
        "iPhone",
        "Galaxy-S23",
        "MacBook-Pro",
        "LAPTOP-JONAS",
        "DESKTOP-RECEPT",
        "HP-LaserJet-M428",
        "LAPTOP-MEIER",
        "Pixel-8",
        "DESKTOP-CAD02",
        "LAPTOP-SOFIA",
        "iPad",
        "LAPTOP-TOBIAS",
        "Brother-MFC",
        "DESKTOP-BUCH1",
        "LAPTOP-KLARA",
        "android-5d1e",
    ]
    win = {
        "DESKTOP-7H2KQ1",
        "LAPTOP-ANNA",
        "LAPTOP-JONAS",
        "DESKTOP-RECEPT",
        "LAPTOP-MEIER",
        "DESKTOP-CAD02",
        "LAPTOP-SOFIA",
        "LAPTOP-TOBIAS",
        "DESKTOP-BUCH1",
        "LAPTOP-KLARA",
    }
    dp = pids["dhcpd"]

    def D(t: datetime, label: str, msg: str) -> datetime:
        return S(t, label, f"dhcpd[{dp}]", msg, "dhcpd")

    for i, name in enumerate(names):
        hw = mac(r)
        ip = f"192.168.10.{50 + i * 3}"
        printer = name.startswith(("HP-", "Brother"))
        arrive = T0 + sec(r.uniform(0, 1800)) if printer else at(7, 30) + sec(r.uniform(0, 7200))
        leave = T_END if printer or r.random() < 0.7 else arrive + sec(r.uniform(3600, 9000))
        nm = f"({name}) " if not name.startswith("android") else ""
        if not printer:
            t = D(arrive, "DHCPDISCOVER from %s %svia %s", f"DHCPDISCOVER from {hw} {nm}via green0")
            t = D(
                t + sec(0.9),
                "DHCPOFFER on %s to %s %svia %s",
                f"DHCPOFFER on {ip} to {hw} {nm}via green0",
            )
            t = D(
                t + sec(r.uniform(0.01, 2)),
                "DHCPREQUEST for %s from %s %svia %s",
                f"DHCPREQUEST for {ip} (192.168.10.1) from {hw} {nm}via green0",
            )
            D(
                t + sec(0.01),
                "DHCPACK on %s to %s %svia %s",
                f"DHCPACK on {ip} to {hw} {nm}via green0",
            )
        t = arrive + sec(1800 + r.uniform(-5, 5))
        while t < leave:
            t2 = D(
                t,
                "DHCPREQUEST for %s from %s %svia %s",
                f"DHCPREQUEST for {ip} from {hw} {nm}via green0",
            )
            D(
                t2 + sec(0.01),
                "DHCPACK on %s to %s %svia %s",
                f"DHCPACK on {ip} to {hw} {nm}via green0",
            )
            t += sec(1800 + r.uniform(-3, 3))
        if name in win:
            for ti in every(
                r,
                arrive + sec(r.uniform(30, 600)),
                min(leave, T_END),
                3600 * r.uniform(0.9, 1.5),
                600,
            ):
                t2 = D(ti, "DHCPINFORM from %s via %s", f"DHCPINFORM from {ip} via green0")
                D(t2 + sec(0.01), "DHCPACK to %s (%s) via %s", f"DHCPACK to {ip} ({hw}) via green0")

    # the cable modem loses sync 08:40-08:52
    cp = pids["dhcpcd"]

    def C(t: datetime, label: str, msg: str) -> datetime:
        return S(t, label, f"dhcpcd[{cp}]", msg, "dhcpcd")

    S(link_down, "e1000e: %s NIC Link is Down", "kernel", "e1000e: red0 NIC Link is Down")
    t = C(link_down + sec(0.02), "%s: carrier lost", "red0: carrier lost")
    C(
        t + sec(0.01),
        "%s: deleting default route via %s",
        f"red0: deleting default route via {IF_RED_GW}",
    )
    S(
        link_up,
        "NIC Link is Up %d Mbps %s Duplex, Flow Control: %s",
        "kernel",
        "e1000e 0000:00:19.0 red0: NIC Link is Up 1000 Mbps Full Duplex, Flow Control: Rx/Tx",
    )
    t = C(link_up + sec(0.03), "%s: carrier acquired", "red0: carrier acquired")
    t = C(t + sec(0.02), "%s: rebinding lease of %s", f"red0: rebinding lease of {IF_RED_IP}")
    t = C(t + sec(40.1), "%s: soliciting a DHCP lease", "red0: soliciting a DHCP lease")
    new_ip = "81.169.47.203"
    t = C(lease_t - sec(4.6), "%s: offered %s from %s", f"red0: offered {new_ip} from 81.169.32.2")
    t = C(lease_t, "%s: leased %s for %u seconds", f"red0: leased {new_ip} for 3600 seconds")
    C(
        t + sec(0.01),
        "%s: adding default route via %s",
        f"red0: adding default route via {IF_RED_GW}",
    )
    red_ip[0] = new_ip
    for t in every(r, at(8, 55, 30), T_END, 1800, 1):
        t = C(t, "%s: renewing lease of %s", f"red0: renewing lease of {new_ip}")
        C(t + sec(0.05), "%s: leased %s for %u seconds", f"red0: leased {new_ip} for 3600 seconds")
    for t in every(r, at(6, 11, 4), link_down, 1800, 1):
        t = C(t, "%s: renewing lease of %s", f"red0: renewing lease of {IF_RED_IP}")
        C(
            t + sec(0.05),
            "%s: leased %s for %u seconds",
            f"red0: leased {IF_RED_IP} for 3600 seconds",
        )
    # ddns's cron job every five minutes: failures while RED is down, the new address pushed after
    host = ("office-berlin.dynu.net", "Dynu")
    for t in every(r, at(8, 40, 1), at(8, 55), 300, 2):
        if link_down <= t < lease_t:
            dd = r.randrange(10000, 30000)
            t = S(
                t,
                IF_DDNS_FAIL,
                f"ddns[{dd}]",
                f"Dynamic DNS update for {host[0]} ({host[1]}) failed:",
                "ddns",
            )
            S(
                t + sec(0.001),
                "  DDNSNetworkError: Network error",
                f"ddns[{dd}]",
                "  DDNSNetworkError: Network error",
                "ddns",
            )
    S(
        at(8, 55, 2),
        IF_DDNS_OK,
        f"ddns[{r.randrange(10000, 30000)}]",
        f"Dynamic DNS update for {host[0]} ({host[1]}) successful",
        "ddns",
    )
    # admin logins over SSH from GREEN
    for ta, user, src in [
        (at(7, 12, 40), "root", "192.168.10.62"),
        (at(9, 3, 15), "root", "192.168.10.62"),
        (at(11, 18, 2), "root", "192.168.10.71"),
    ]:
        S(
            ta,
            "Accepted password for %s from %s port %d ssh2",
            f"sshd[{r.randrange(10000, 30000)}]",
            f"Accepted password for {user} from {src} port {r.randrange(49152, 65535)} ssh2",
            "sshd",
        )
    S(
        at(9, 2, 58),
        "Failed password for %s from %s port %d ssh2",
        f"sshd[{r.randrange(10000, 30000)}]",
        f"Failed password for root from 192.168.10.62 port {r.randrange(49152, 65535)} ssh2",
        "sshd",
    )
    return fs.logs(T0)


# --------------------------------------------------------------------------------- untangle

UT_STATS = "persist(): EventStats %5d events, %5d statements [%5d ms] [%5.0f event/s] [%5.2f avg] [%5ds delay] [%5d pending]"
UT_MAP = "persist(): EventMap   %s"
UT_EVENTS = [
    ("SessionEvent", 0.20, 0.08),
    ("SessionMinuteEvent", 0.25, 0.11),
    ("SessionStatsEvent", 0.19, 0.07),
    ("HttpRequestEvent", 0.09, 0.12),
    ("HttpResponseEvent", 0.08, 0.09),
    ("WebFilterEvent", 0.09, 0.10),
    ("ApplicationControlLogEvent", 0.05, 0.09),
    ("InterfaceStatEvent", 0.002, 0.31),
    ("IntrusionPreventionLogEvent", 0.004, 0.25),
    ("DnsQueryEvent", 0.02, 0.06),
    ("HostTableEvent", 0.003, 0.20),
    ("SystemStatEvent", 0.0007, 0.42),
]


def untangle(r: random.Random) -> list[Log]:
    """A busy site's Untangle NG Firewall uvm.log, 08:15 to 11:30 (see the module docstring)."""
    fs = Files()
    t_start, t_end = at(8, 15), at(11, 30)
    uvm = [1]

    def U(t: datetime, cls: str, line: int, level: str, label: str, msg: str) -> datetime:
        def text(x: datetime) -> list[str]:
            return [f"{syslog_ts(x)} ngfw uvm: [{cls}:{line}] {level:<5} {msg}"]

        return fs.add("uvm.log", t, label, text, uvm[0], SEC)

    db_down = (at(9, 20, 14), at(9, 24, 2))
    stall = (at(10, 2, 33), at(10, 40, 7))
    restart = (at(10, 51, 20), at(10, 52, 41))

    def rate(t: datetime) -> float:
        """Events a second: the site's load over the morning."""
        h = t.hour + t.minute / 60
        return 380 + 140 * min(1.0, (h - 8.5) / 1.5) + r.uniform(-60, 60)

    def persist(t: datetime, count: int, pending: int, delay: int) -> datetime:
        shares = [(n, max(0, int(count * s * r.uniform(0.7, 1.3))), ms) for n, s, ms in UT_EVENTS]
        shares = [x for x in shares if x[1] > 0]
        total = sum(c for _, c, _ in shares) or 1
        shares = [(n, round(c * count / total), ms) for n, c, ms in shares]
        shares = [x for x in shares if x[1] > 0]
        shares.sort(key=lambda x: -x[1])
        n0, c0, m0 = shares[0]
        shares[0] = (n0, c0 + count - sum(c for _, c, _ in shares), m0)
        parts, elapsed = [], 0
        for n, c, ms in shares:
            tm = max(0, int(c * ms * r.uniform(0.7, 1.4)))
            elapsed += tm
            parts.append(f" {n}[{c},{tm}ms,{tm / c:.2f}avg]")
        elapsed += r.randint(2, 30)
        avg = elapsed / count
        stats = f"persist(): EventStats {count:5d} events, {len(shares):5d} statements [{elapsed:5d} ms] [{1000 / avg:5.0f} event/s] [{avg:5.2f} avg] [{delay:5d}s delay] [{pending:5d} pending]"
        t = U(t, "EventWriterImpl", 431, "INFO", UT_STATS, stats)
        return U(
            t, "EventWriterImpl", 432, "INFO", UT_MAP, "persist(): EventMap   " + "".join(parts)
        )

    # the event writer every 10 s
    t = t_start + sec(r.uniform(0, 10))
    while t < t_end:
        if in_any(t, [restart]):
            t = restart[1] + sec(r.uniform(20, 30))
            continue
        if in_any(t, [db_down]):
            U(
                t,
                "EventWriterImpl",
                152,
                "WARN",
                "Unable to get connection to DB, dropping events...",
                "Unable to get connection to DB, dropping events...",
            )
            t += sec(10 + r.uniform(0.01, 0.2))
            continue
        if stall[0] <= t < stall[1]:
            # a report query holds the table lock: the batch in hand blocks until 10:40
            backlog = int((stall[1] - t).total_seconds() * 520)
            t = stall[1]
            pending = backlog
            t = U(
                t + sec(0.2),
                "EventWriterImpl",
                182,
                "WARN",
                "OVERLOAD: High Water Mark reached.",
                "OVERLOAD: High Water Mark reached.",
            )
            t = persist(
                t + sec(2.6), 50000, pending - 50000, int((stall[1] - stall[0]).total_seconds())
            )
            U(
                t + sec(0.05),
                "EventWriterImpl",
                244,
                "INFO",
                "forceFlush() complete.",
                "forceFlush() complete.",
            )
            pending -= 50000
            last_warn = t
            while pending > 0:
                t += sec(r.uniform(2.2, 3.4))
                if (t - last_warn).total_seconds() > 10:
                    U(
                        t - sec(0.5),
                        "EventWriterImpl",
                        268,
                        "WARN",
                        "Event Writer overloaded, discarding event",
                        "Event Writer overloaded, discarding event",
                    )
                    last_warn = t
                n = min(50000, pending)
                pending -= n
                delay = int((t - stall[0]).total_seconds() - (backlog - pending) / 520)
                if pending < 100000 and pending + n >= 100000:
                    t = U(
                        t,
                        "EventWriterImpl",
                        186,
                        "WARN",
                        "OVERLOAD: Low Water Mark reached. Continuing normal operation.",
                        "OVERLOAD: Low Water Mark reached. Continuing normal operation.",
                    )
                t = persist(t + sec(0.1), n, pending, max(delay, 1))
            t += sec(r.uniform(9, 10))
            continue
        n = int(rate(t) * 10)
        persist(
            t, n, r.choice([0, 0, 0, 0, r.randint(1, 400)]), r.choice([2, 3, 3, 4, 4, 5, 6, 11])
        )
        t += sec(10 + r.uniform(0.05, 0.9))
    U(at(10, 14, 52), "EventWriterImpl", 236, "INFO", "forceFlush() ...", "forceFlush() ...")

    # the host table cleaner (every minute) and the hooks behind it
    guests = [f"172.16.40.{i}" for i in range(10, 250)]
    for t in poisson_times(r, t_start, t_end, 30):
        if in_any(t, [restart]):
            continue
        U(
            t,
            "HostTableImpl",
            455,
            "INFO",
            "Removing host table entry: %s",
            f"Removing host table entry: {r.choice(guests) if r.random() < 0.85 else '192.168.20.' + str(r.randrange(30, 200))}",
        )
    for t in poisson_times(r, t_start, t_end, 3.5):
        ip = r.choice(guests)
        t = U(
            t,
            "HostTableImpl",
            737,
            "WARN",
            "Host %s changed MAC address %s -> %s. Deleting host entry...",
            f"Host {ip} changed MAC address {mac(r)} -> {mac(r)}. Deleting host entry...",
        )
        U(
            t,
            "HostTableImpl",
            455,
            "INFO",
            "Removing host table entry: %s",
            f"Removing host table entry: {ip}",
        )
    cp_users = [
        "guest-4411",
        "guest-7720",
        "lobby",
        "guest-1930",
        "conf-room-b",
        "guest-8156",
        "guest-2267",
        "visitor",
    ]
    for t in poisson_times(r, t_start, t_end, 5):
        U(
            t,
            "HostTableImpl",
            761,
            "INFO",
            "Removing inactive captive portal username: %s",
            f"Removing inactive captive portal username: {r.choice(cp_users)}",
        )
    for t in poisson_times(r, at(9, 0), t_end, 3):
        U(
            t,
            "HostTableImpl",
            383,
            "INFO",
            "Host %s exceeded quota.",
            f"Host {r.choice(guests)} exceeded quota.",
        )
    # the UVM restarted at 10:51
    n = r.randint(640, 720)
    t = U(
        restart[0],
        "HostTableImpl",
        575,
        "INFO",
        "Saving hosts to file... (%d entries)",
        f"Saving hosts to file... ({n} entries)",
    )
    U(
        t + sec(0.4),
        "HostTableImpl",
        603,
        "INFO",
        "Saving hosts to file... done",
        "Saving hosts to file... done",
    )
    uvm[0] = 2
    t = U(
        restart[1],
        "HostTableImpl",
        676,
        "INFO",
        "Loading hosts from file...",
        "Loading hosts from file...",
    )
    U(
        t + sec(0.3),
        "HostTableImpl",
        693,
        "INFO",
        "Loaded  hosts from file.   (%d entries)",
        f"Loaded  hosts from file.   ({n} entries)",
    )
    return fs.logs(T0)


SYSTEMS = {
    "cumulus-linux": cumulus,
    "nokia-sros": sros,
    "checkpoint-gaia": gaia,
    "ipfire": ipfire,
    "untangle": untangle,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
