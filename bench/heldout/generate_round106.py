#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 106 (arista-eos, vyos, aruba, sonicwall, sophos-utm) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, per process and file; every file here shows whole seconds). Five network
appliances' syslog, 06:00 to 12:00 on 2024-06-04, as a collector's rsyslog stores it:

- Arista EOS 4.31 (`spine1.log`, `spine2.log`, `leaf1.log`, `leaf2.log`: `Jun  4 06:00:01
  leaf1 Ebra: %LINEPROTO-5-UPDOWN: Line protocol on Interface Ethernet49/1 (to spine1
  Ethernet1), changed state to down`, the agent's name as the ident, no pid; sshd with one):
  the management ACL's denies all day (`%ACL-6-IPACCESS`), leaf1's uplink optic failing 07:10
  to 07:50 (line protocol flaps on both ends, BGP sessions dropping on `Stop` and on the hold
  timer with its NOTIFICATION sent and received, `%BGP-5-ADJCHANGE` back to Established), the
  optic replaced (`%TRANSCEIVER-6-REMOVED` / `-INSERTED`), leaf2 reloaded at 09:00 (its
  neighbours' LLDP, line protocol and BGP; its own `%SYS-5-SYSTEM_RESTARTED` and everything
  coming up), server ports flapping with their spanning-tree lines, a VM flapping between two
  ports (`%ETH-4-HOST_FLAPPING`), the Lldp agent crashing and ProcMgr restarting it, admins'
  sessions (`%SYS-5-CONFIG_E`, `CONFIG_I`, `CONFIG_STARTUP`), a password attack on spine2.
- VyOS 1.4 (`vyos.log`: `Jun  4 06:00:01 edge01 kernel: [ipv4-INP-filter-default-D]IN=pppoe0
  OUT= MAC= SRC=...`): the firewall's logged rules (the prefix glued to `IN=`), the PPPoE WAN
  dropping at 08:20 and pppd retrying (`Timeout waiting for PADO packets`) until 08:34, its
  session lines when it comes back, admins' commits (`commit: Successful change to active
  configuration by user %s on %s`, vyos-configd's `Received message`, `config session pid is
  %s`, `Sending response %d`, a commit refused by a script's ConfigError), sshd and sudo.
- Aruba (`core-cx.log`: two AOS-CX 10.13 core switches, `Jun  4 06:00:01 core1 intfd[1312]:
  Event|403|LOG_INFO|AMM|1/1|Link status for interface 1/1/48 is up`; `access.log`: four
  ArubaOS-Switch 16.11 access switches, `Jun  4 06:00:01 10.0.20.11 00076 ports: port 12 is
  now on-line`): PCs arriving, sleeping and waking, phones' PoE, a desk's bad cable (FFI's
  CRC warning every five minutes), a loop at 10:15 (loop-protect, STP blocking, topology
  changes at the core), an access switch rebooted, the monitoring's REST logins every five
  minutes, admins' SSH sessions and a guessed password.
- SonicWall SonicOS 7 (`sonicwall.log`: `Jun  4 06:00:01 10.0.0.1 id=firewall sn=2CB8ED4A1F22
  time="2024-06-04 06:00:01 UTC" fw=198.51.100.2 pri=6 c=1024 m=537 msg="Connection Closed"
  ...`): connections opened and closed, web site hits and denials (content filter), dropped
  packets, geo-IP blocks, IPS and application control alerts, a port scan, a branch VPN whose
  peer stops answering 08:00 to 08:40 (IKE lines), admin logins and a password attack.
- Sophos UTM 9.7 (`packetfilter.log`, `http.log`, `system.log`: `2024:06:04-06:00:01 utm
  ulogd[4822]: id="2001" severity="info" sys="SecureNet" sub="packetfilter" name="Packet
  dropped" action="drop" ...`, the UTM's own date with colons): the packet filter's drops,
  accepts and rejects, country blocking, IPS alerts, the web proxy's accesses and blocks,
  authentication (aua) successes and failures, sshd, dhcpd. OPNsense was asked for, but an
  OPNsense branch's filterlog and dhcpd lines are already in round 57's `pfsense` system, so a
  similar appliance the set does not have takes its place.

Label notes. The syslog head (date, host, ident and pid) is context. EOS's `%FAC-SEV-MNEMONIC:
` is written with its message and kept in the label, as round 57's Cisco IOS (a state or an
error name from a table is a value: `changed state to %s`, `%d/%d (%s)`); EOS writes the
interface's description in parentheses only when the interface has one, so each shape is its
own label; `sent to` / `received from` and `denied` / `permitted` are picked by branch
(wording). AOS-CX's `Event|id|severity|module|slot|` and ArubaOS-Switch's event number and
module (`00076 ports: `) are the head of each message (context, one per message as the
mnemonic is), the message the label. Netfilter's lines are labelled by the rule's prefix, IP
version and protocol as round 80's ulogd (`[ipv4-INP-filter-default-D] IPv4 TCP`), the prefix
being VyOS's configuration's. SonicWall's and Sophos UTM's key=value records are labelled as
round 57's FortiGate, by the fields that say what happened: SonicWall by `m` and `msg`'s format
(`537 Connection Closed`, `1198 Initiator from country blocked: Initiator IP:%s Country
Name:%s`), Sophos by `id` and `name` (`2001 Packet dropped`). A ConfigError's text logged by
vyos-configd is a message of its own and contributes its format; the lines of an event a
daemon writes at once under one header are the event's.

Least sure (written from the helper's knowledge, not checked against sources): EOS's
`%ETH-4-HOST_FLAPPING`, `%TRANSCEIVER-6-INSERTED` field list, `%SYS-5-SYSTEM_RESTARTED`,
`%SYS-5-CONFIG_STARTUP` and the PROCMGR texts; VyOS 1.4's log prefix layout, `commit:`
without a pid, vyos-configd's debug lines (`Received message: %s`, `config session pid is
%s`, `Sending response %d`) and the ConfigError text; AOS-CX's event ids and all its message
texts (`Link status for interface %s is up`, the LLDP, MSTP, REST and SSH events);
ArubaOS-Switch's event numbers, the PoE, loop-protect and `Startup configuration changed`
texts; SonicWall's `m` and `c` numbers other than 97, 98, 537 and 36, the IKE, admin login
and application control texts; Sophos UTM's ids other than 2001, 2002, 0001 and 0002, the
GEOIP and IPS names and field lists, and aua's fields.
"""

from __future__ import annotations

import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate
from generate_round55 import at, poisson
from generate_round97 import Files, sec, syslog_ts

SCANNERS = [
    "45.148.10.92",
    "193.32.162.85",
    "89.248.165.11",
    "162.142.125.65",
    "185.220.101.175",
    "141.98.11.54",
    "80.82.77.139",
    "194.26.29.113",
]
ADMINS_NET = ["10.0.99.21", "10.0.99.22", "10.0.99.35"]


def mac(r: random.Random) -> str:
    return ":".join(f"{r.randrange(256):02x}" for _ in range(6))


def eos_mac(m: str) -> str:
    h = m.replace(":", "")
    return f"{h[0:4]}.{h[4:8]}.{h[8:12]}"


def sport(r: random.Random) -> int:
    return r.randint(32768, 60999)


# ------------------------------------------------------------------------------ arista-eos

EOS_DEVS = {
    "spine1": "10.0.99.11",
    "spine2": "10.0.99.12",
    "leaf1": "10.0.99.21",
    "leaf2": "10.0.99.22",
}
EOS_LO = {"spine1": "10.0.1.0", "spine2": "10.0.2.0"}
EOS_AS = {"spine1": "65000", "spine2": "65000", "leaf1": "65101", "leaf2": "65102"}
# (spine, spine port, leaf, leaf port, spine-side address, leaf-side address)
EOS_LINKS = [
    ("spine1", "Ethernet1", "leaf1", "Ethernet49/1", "10.0.1.0", "10.0.1.1"),
    ("spine1", "Ethernet2", "leaf2", "Ethernet49/1", "10.0.1.2", "10.0.1.3"),
    ("spine2", "Ethernet1", "leaf1", "Ethernet50/1", "10.0.2.0", "10.0.2.1"),
    ("spine2", "Ethernet2", "leaf2", "Ethernet50/1", "10.0.2.2", "10.0.2.3"),
]
EOS_SRV = {
    "leaf1": [(f"Ethernet{i}", f"esx-{i:02d} vmnic0") for i in range(1, 9)],
    "leaf2": [(f"Ethernet{i}", f"db-{i:02d} eno1" if i < 5 else "") for i in range(1, 9)],
}
EOS_USERS = ["admin", "netops", "jdoe"]
EOS_BRUTE = ["admin", "root", "cisco", "ubnt", "test", "guest", "oracle", "support"]


def arista_eos(r: random.Random) -> list[Log]:
    """Two spines and two leaves, 06:00 to 12:00: see the module's docstring."""
    fs = Files()
    chassis = {d: eos_mac(mac(r)) for d in EOS_DEVS}
    pids = {d: {"Lldp": r.randint(1800, 2600), "sshd": 0} for d in EOS_DEVS}

    def L(
        dev: str, t: datetime, agent: str, label: str, msg: str, pid: int | None = None
    ) -> datetime:
        ident = agent if pid is None else f"{agent}[{pid}]"
        return fs.add(
            f"{dev}.log",
            t,
            label,
            lambda x: [f"{syslog_ts(x)} {dev} {ident}: {msg}"],
            (dev, agent, pid),
            1_000_000,
        )

    def lineproto(dev: str, t: datetime, intf: str, desc: str, state: str) -> datetime:
        if desc:
            return L(
                dev,
                t,
                "Ebra",
                "%LINEPROTO-5-UPDOWN: Line protocol on Interface %s (%s), changed state to %s",
                f"%LINEPROTO-5-UPDOWN: Line protocol on Interface {intf} ({desc}), changed state to {state}",
            )
        return L(
            dev,
            t,
            "Ebra",
            "%LINEPROTO-5-UPDOWN: Line protocol on Interface %s, changed state to %s",
            f"%LINEPROTO-5-UPDOWN: Line protocol on Interface {intf}, changed state to {state}",
        )

    def adj(
        dev: str, t: datetime, peer: str, peer_as: str, old: str, ev: str, new: str
    ) -> datetime:
        return L(
            dev,
            t,
            "Bgp",
            "%BGP-5-ADJCHANGE: peer %s (VRF %s AS %s) old state %s event %s new state %s",
            f"%BGP-5-ADJCHANGE: peer {peer} (VRF default AS {peer_as}) old state {old} event {ev} new state {new}",
        )

    def notif(
        dev: str, t: datetime, sent: bool, peer: str, peer_as: str, code: str, text: str
    ) -> datetime:
        if sent:
            return L(
                dev,
                t,
                "Bgp",
                "%BGP-3-NOTIFICATION: sent to neighbor %s (VRF %s AS %s) %d/%d (%s) %d bytes",
                f"%BGP-3-NOTIFICATION: sent to neighbor {peer} (VRF default AS {peer_as}) {code} ({text}) 0 bytes",
            )
        return L(
            dev,
            t,
            "Bgp",
            "%BGP-3-NOTIFICATION: received from neighbor %s (VRF %s AS %s) %d/%d (%s) %d bytes",
            f"%BGP-3-NOTIFICATION: received from neighbor {peer} (VRF default AS {peer_as}) {code} ({text}) 0 bytes",
        )

    def lldp(dev: str, t: datetime, intf: str, nbr: str, nport: str, new: bool) -> datetime:
        if new:
            return L(
                dev,
                t,
                "Lldp",
                '%LLDP-5-NEIGHBOR_NEW: LLDP neighbor with chassisId %s and portId "%s" added on interface %s',
                f'%LLDP-5-NEIGHBOR_NEW: LLDP neighbor with chassisId {chassis[nbr]} and portId "{nport}" added on interface {intf}',
            )
        return L(
            dev,
            t,
            "Lldp",
            '%LLDP-5-NEIGHBOR_REMOVED: LLDP neighbor with chassisId %s and portId "%s" removed from interface %s',
            f'%LLDP-5-NEIGHBOR_REMOVED: LLDP neighbor with chassisId {chassis[nbr]} and portId "{nport}" removed from interface {intf}',
        )

    def stp(dev: str, t: datetime, intf: str, up: bool) -> datetime:
        if not up:
            return L(
                dev,
                t,
                "Stp",
                "%SPANTREE-6-INTERFACE_DEL: Interface %s has been removed from instance %s",
                f"%SPANTREE-6-INTERFACE_DEL: Interface {intf} has been removed from instance MST0",
            )
        t = L(
            dev,
            t,
            "Stp",
            "%SPANTREE-6-INTERFACE_ADD: Interface %s has been added to instance %s",
            f"%SPANTREE-6-INTERFACE_ADD: Interface {intf} has been added to instance MST0",
        )
        return L(
            dev,
            t + sec(r.uniform(0.01, 0.3)),
            "Stp",
            "%SPANTREE-6-INTERFACE_STATE: Interface %s instance %s moving from %s to %s",
            f"%SPANTREE-6-INTERFACE_STATE: Interface {intf} instance MST0 moving from discarding to forwarding",
        )

    t0, t_end = at(6, 0), at(12, 0)
    # the management ACL, all day on every switch
    for dev, mgmt in EOS_DEVS.items():
        for t in poisson(r, t0 + sec(5), t_end, 62):
            proto, dport = r.choice(
                [("tcp", 22), ("tcp", 23), ("tcp", 443), ("tcp", 80), ("udp", 161), ("tcp", 8080)]
            )
            L(
                dev,
                t,
                "Acl",
                "%ACL-6-IPACCESS: list %s %s denied %s %s(%d) -> %s(%d)",
                f"%ACL-6-IPACCESS: list MGMT-IN Management1 denied {proto} {r.choice(SCANNERS)}({sport(r)}) -> {mgmt}({dport})",
            )
        # the monitoring's SNMP from its own subnet is permitted and logged
        for t in poisson(r, t0 + sec(30), t_end, 600):
            L(
                dev,
                t,
                "Acl",
                "%ACL-6-IPACCESS: list %s %s permitted %s %s(%d) -> %s(%d)",
                f"%ACL-6-IPACCESS: list MGMT-IN Management1 permitted udp 10.0.99.50({sport(r)}) -> {mgmt}(161)",
            )

    def session_down(
        s: str, sp: str, lf: str, lp: str, sa: str, la: str, t: datetime, link: bool
    ) -> None:
        if link:
            lineproto(lf, t + sec(r.uniform(0, 0.5)), lp, f"to {s} {sp}", "down")
            lineproto(s, t + sec(r.uniform(0, 0.5)), sp, f"to {lf} {lp}", "down")
            adj(lf, t + sec(r.uniform(0.5, 1)), sa, EOS_AS[s], "Established", "Stop", "Idle")
            adj(s, t + sec(r.uniform(0.5, 1)), la, EOS_AS[lf], "Established", "Stop", "Idle")
        else:
            # the hold timer expires on one end first
            first, fa, fas, second, sa2, sas = (
                (lf, sa, EOS_AS[s], s, la, EOS_AS[lf])
                if r.random() < 0.5
                else (s, la, EOS_AS[lf], lf, sa, EOS_AS[s])
            )
            t = notif(first, t, True, fa, fas, "4/0", "Hold Timer Expired Error/Unspecified")
            adj(first, t + sec(0.01), fa, fas, "Established", "HoldTimerExpired", "Idle")
            t = notif(
                second,
                t + sec(r.uniform(0.01, 0.3)),
                False,
                sa2,
                sas,
                "4/0",
                "Hold Timer Expired Error/Unspecified",
            )
            adj(second, t + sec(0.01), sa2, sas, "Established", "RecvNotify", "Idle")

    def session_up(
        s: str, sp: str, lf: str, lp: str, sa: str, la: str, t: datetime, link: bool
    ) -> None:
        if link:
            lineproto(lf, t + sec(r.uniform(0, 0.5)), lp, f"to {s} {sp}", "up")
            lineproto(s, t + sec(r.uniform(0, 0.5)), sp, f"to {lf} {lp}", "up")
            t += sec(r.uniform(2, 6))
        adj(
            lf,
            t + sec(r.uniform(0, 0.3)),
            sa,
            EOS_AS[s],
            "OpenConfirm",
            "RecvKeepAlive",
            "Established",
        )
        adj(
            s,
            t + sec(r.uniform(0, 0.3)),
            la,
            EOS_AS[lf],
            "OpenConfirm",
            "RecvKeepAlive",
            "Established",
        )

    # leaf1's uplink to spine1: a failing optic
    link = EOS_LINKS[0]
    t = at(7, 10, 12)
    while t < at(7, 50):
        bylink = r.random() < 0.7
        session_down(*link, t=t, link=bylink)
        t += sec(r.uniform(3, 40) if bylink else r.uniform(5, 15))
        session_up(*link, t=t, link=bylink)
        t += sec(r.expovariate(1 / 45))
    # the admin shuts it and replaces the optic
    L(
        "leaf1",
        at(7, 51, 3),
        "sshd",
        "Accepted keyboard-interactive/pam for %s from %s port %d ssh2",
        f"Accepted keyboard-interactive/pam for netops from 10.0.99.35 port {sport(r)} ssh2",
        pid=r.randint(20000, 30000),
    )
    L(
        "leaf1",
        at(7, 51, 40),
        "ConfigAgent",
        "%SYS-5-CONFIG_E: Enter configuration mode from console by %s on %s (%s)",
        "%SYS-5-CONFIG_E: Enter configuration mode from console by netops on vty3 (10.0.99.35)",
    )
    L(
        "leaf1",
        at(7, 52, 2),
        "ConfigAgent",
        "%SYS-5-CONFIG_I: Configured from console by %s on %s (%s)",
        "%SYS-5-CONFIG_I: Configured from console by netops on vty3 (10.0.99.35)",
    )
    session_down(*link, t=at(7, 52, 3), link=True)
    L(
        "leaf1",
        at(7, 58, 31),
        "Xcvr",
        "%TRANSCEIVER-6-REMOVED: The transceiver for interface %s has been removed",
        "%TRANSCEIVER-6-REMOVED: The transceiver for interface Ethernet49/1 has been removed",
    )
    L(
        "leaf1",
        at(7, 59, 12),
        "Xcvr",
        "%TRANSCEIVER-6-INSERTED: A transceiver for interface %s has been inserted. manufacturer: %s model: %s part number %s rev %s serial number %s",
        "%TRANSCEIVER-6-INSERTED: A transceiver for interface Ethernet49/1 has been inserted. manufacturer: Arista Networks model: QSFP-100G-SR4 part number QSFP-100G-SR4 rev 21 serial number XMD2131A0T4K",
    )
    L(
        "leaf1",
        at(8, 0, 40),
        "ConfigAgent",
        "%SYS-5-CONFIG_I: Configured from console by %s on %s (%s)",
        "%SYS-5-CONFIG_I: Configured from console by netops on vty3 (10.0.99.35)",
    )
    session_up(*link, t=at(8, 0, 41), link=True)
    L(
        "leaf1",
        at(8, 2, 5),
        "ConfigAgent",
        "%SYS-5-CONFIG_STARTUP: Startup config saved from system:/running-config by %s on %s (%s).",
        "%SYS-5-CONFIG_STARTUP: Startup config saved from system:/running-config by netops on vty3 (10.0.99.35).",
    )

    # servers' ports flapping now and then
    for dev in ["leaf1", "leaf2"]:
        for t in poisson(r, t0 + sec(60), t_end, 900):
            if dev == "leaf2" and at(8, 59) <= t < at(9, 8):
                continue
            intf, desc = r.choice(EOS_SRV[dev])
            lineproto(dev, t, intf, desc, "down")
            stp(dev, t + sec(0.2), intf, False)
            t2 = t + sec(r.uniform(4, 90))
            lineproto(dev, t2, intf, desc, "up")
            stp(dev, t2 + sec(r.uniform(0.1, 1)), intf, True)

    # leaf2 reloaded at 09:00
    L(
        "leaf2",
        at(8, 57, 10),
        "sshd",
        "Accepted keyboard-interactive/pam for %s from %s port %d ssh2",
        f"Accepted keyboard-interactive/pam for admin from 10.0.99.21 port {sport(r)} ssh2",
        pid=r.randint(20000, 30000),
    )
    L(
        "leaf2",
        at(8, 58, 2),
        "ConfigAgent",
        "%SYS-5-CONFIG_STARTUP: Startup config saved from system:/running-config by %s on %s (%s).",
        "%SYS-5-CONFIG_STARTUP: Startup config saved from system:/running-config by admin on vty4 (10.0.99.21).",
    )
    for s, sp, lf, lp, _sa, la in EOS_LINKS[1::2]:
        t = at(8, 59, 1) + sec(r.uniform(0, 1))
        lineproto(s, t, sp, f"to {lf} {lp}", "down")
        adj(s, t + sec(0.4), la, EOS_AS[lf], "Established", "Stop", "Idle")
        lldp(s, t + sec(r.uniform(1, 2)), sp, lf, lp, False)
    t = at(9, 3, 44)
    L(
        "leaf2",
        t,
        "Launcher",
        "%SYS-5-SYSTEM_RESTARTED: System restarted",
        "%SYS-5-SYSTEM_RESTARTED: System restarted",
    )
    t += sec(30)
    for s, sp, lf, lp, sa, la in EOS_LINKS[1::2]:
        lineproto(lf, t + sec(r.uniform(0, 2)), lp, f"to {s} {sp}", "up")
        lineproto(s, t + sec(r.uniform(0, 2)), sp, f"to {lf} {lp}", "up")
        lldp(s, t + sec(r.uniform(20, 30)), sp, lf, lp, True)
        lldp(lf, t + sec(r.uniform(20, 30)), lp, s, sp, True)
        session_up(s, sp, lf, lp, sa, la, t=t + sec(r.uniform(5, 9)), link=False)
    for intf, desc in EOS_SRV["leaf2"]:
        tt = t + sec(r.uniform(3, 10))
        lineproto("leaf2", tt, intf, desc, "up")
        stp("leaf2", tt + sec(0.3), intf, True)
    # a VM flapping between two leaf2 ports
    for t in poisson(r, at(10, 0), at(10, 35), 40):
        a, b = r.sample(["Ethernet3", "Ethernet4", "Ethernet6"], 2)
        L(
            "leaf2",
            t,
            "Ebra",
            "%ETH-4-HOST_FLAPPING: Host %s in VLAN %d is flapping between interface %s and interface %s",
            f"%ETH-4-HOST_FLAPPING: Host 00:50:56:9a:3c:1e in VLAN 120 is flapping between interface {a} and interface {b}",
        )
    # spine2's Lldp agent crashes
    old = pids["spine2"]["Lldp"]
    new = old + r.randint(4000, 9000)
    L(
        "spine2",
        at(9, 41, 17),
        "ProcMgr-worker",
        "%PROCMGR-6-PROCESS_TERMINATED: '%s' (PID=%d, status=%d) has terminated.",
        f"%PROCMGR-6-PROCESS_TERMINATED: 'Lldp' (PID={old}, status=134) has terminated.",
    )
    L(
        "spine2",
        at(9, 41, 17) + sec(0.01),
        "ProcMgr-worker",
        "%PROCMGR-6-PROCESS_RESTART: Restarting '%s' immediately (it had PID=%d)",
        f"%PROCMGR-6-PROCESS_RESTART: Restarting 'Lldp' immediately (it had PID={old})",
    )
    L(
        "spine2",
        at(9, 41, 18),
        "ProcMgr-worker",
        "%PROCMGR-6-PROCESS_STARTED: '%s' starting with PID=%d (PPID=%d) -- execing '%s'",
        f"%PROCMGR-6-PROCESS_STARTED: 'Lldp' starting with PID={new} (PPID=1703) -- execing '/usr/bin/Lldp'",
    )
    for s, sp, lf, lp, *_ in EOS_LINKS[2:]:
        lldp(s, at(9, 41, 50) + sec(r.uniform(0, 5)), sp, lf, lp, True)
    # an admin clears spine2's sessions
    L(
        "spine2",
        at(10, 40, 2),
        "sshd",
        "Accepted keyboard-interactive/pam for %s from %s port %d ssh2",
        f"Accepted keyboard-interactive/pam for jdoe from 10.0.99.22 port {sport(r)} ssh2",
        pid=r.randint(20000, 30000),
    )
    for s, sp, lf, lp, sa, la in EOS_LINKS[2:]:
        t = at(10, 41, 30) + sec(r.uniform(0, 0.5))
        notif(s, t, True, la, EOS_AS[lf], "6/4", "Cease/administrative reset")
        adj(s, t + sec(0.01), la, EOS_AS[lf], "Established", "Stop", "Idle")
        notif(lf, t + sec(0.05), False, sa, EOS_AS[s], "6/4", "Cease/administrative reset")
        adj(lf, t + sec(0.06), sa, EOS_AS[s], "Established", "RecvNotify", "Idle")
        session_up(s, sp, lf, lp, sa, la, t=t + sec(r.uniform(3, 8)), link=False)
    # other admins' sessions
    for dev in EOS_DEVS:
        for t in poisson(r, at(6, 30), at(11, 40), 5400):
            u = r.choice(EOS_USERS)
            src = r.choice(ADMINS_NET)
            t = L(
                dev,
                t,
                "sshd",
                "Accepted keyboard-interactive/pam for %s from %s port %d ssh2",
                f"Accepted keyboard-interactive/pam for {u} from {src} port {sport(r)} ssh2",
                pid=r.randint(20000, 30000),
            )
            if r.random() < 0.6:
                vty = f"vty{r.randint(3, 9)}"
                t = L(
                    dev,
                    t + sec(r.uniform(20, 200)),
                    "ConfigAgent",
                    "%SYS-5-CONFIG_E: Enter configuration mode from console by %s on %s (%s)",
                    f"%SYS-5-CONFIG_E: Enter configuration mode from console by {u} on {vty} ({src})",
                )
                t = L(
                    dev,
                    t + sec(r.uniform(20, 300)),
                    "ConfigAgent",
                    "%SYS-5-CONFIG_I: Configured from console by %s on %s (%s)",
                    f"%SYS-5-CONFIG_I: Configured from console by {u} on {vty} ({src})",
                )
                if r.random() < 0.5:
                    L(
                        dev,
                        t + sec(r.uniform(5, 60)),
                        "ConfigAgent",
                        "%SYS-5-CONFIG_STARTUP: Startup config saved from system:/running-config by %s on %s (%s).",
                        f"%SYS-5-CONFIG_STARTUP: Startup config saved from system:/running-config by {u} on {vty} ({src}).",
                    )
    # a password attack on spine2 through a permissive rule in the lab VRF
    for t in poisson(r, at(10, 5), at(10, 25), 9):
        L(
            "spine2",
            t,
            "sshd",
            "Failed password for %s from %s port %d ssh2",
            f"Failed password for {r.choice(EOS_BRUTE)} from 10.0.66.14 port {sport(r)} ssh2",
            pid=r.randint(30000, 40000),
        )
    return fs.logs(t0)


# ------------------------------------------------------------------------------------ vyos

VY_WAN = "198.51.100.77"
VY_LAN = [f"192.168.10.{i}" for i in range(20, 60)]


def vyos(r: random.Random) -> list[Log]:
    """An office edge router on PPPoE, 06:00 to 12:00: see the module's docstring."""
    fs = Files()
    host = "edge01"
    ppp_pid = [1744]
    configd = 1203

    def L(t: datetime, ident: str, label: str, msg: str, proc: object = None) -> datetime:
        return fs.add(
            "vyos.log",
            t,
            label,
            lambda x: [f"{syslog_ts(x)} {host} {ident}: {msg}"],
            proc or ident,
            1_000_000,
        )

    def ppp(t: datetime, label: str, msg: str | None = None) -> datetime:
        return L(t, f"pppd[{ppp_pid[0]}]", label, msg or label, "pppd")

    def fw(t: datetime, prefix: str, iif: str, oif: str, src: str, dst: str, proto: str) -> None:
        macs = "" if iif == "pppoe0" else f"52:54:00:12:34:56:{mac(r)}:08:00"
        ln = {"TCP": r.choice([40, 44, 52, 60]), "UDP": r.randint(40, 200), "ICMP": 84}[proto]
        df = "DF " if r.random() < 0.4 else ""
        head = f"{prefix}IN={iif} OUT={oif} MAC={macs} SRC={src} DST={dst} LEN={ln} TOS=0x00 PREC=0x00 TTL={r.randint(40, 250)} ID={r.randint(1, 65535)} {df}"
        if proto == "TCP":
            dport = r.choice([22, 23, 80, 443, 445, 3389, 8080, 5060, 1433, 8443])
            tail = f"PROTO=TCP SPT={sport(r)} DPT={dport} WINDOW={r.choice([1024, 29200, 64240, 65535])} RES=0x00 SYN URGP=0 "
        elif proto == "UDP":
            dport = r.choice([53, 123, 161, 1900, 5060, 500, 37810])
            tail = f"PROTO=UDP SPT={sport(r)} DPT={dport} LEN={ln - 20} "
        else:
            tail = f"PROTO=ICMP TYPE=8 CODE=0 ID={r.randint(1, 65535)} SEQ={r.randint(1, 500)} "
        fam = prefix[1:5]
        L(t, "kernel", f"{prefix} IPv{fam[-1]} {proto}", head + tail)

    t0, t_end = at(6, 0), at(12, 0)
    ppp_down = (at(8, 20, 14), at(8, 34, 40))
    # the internet's scans of the WAN address
    for t in poisson(r, t0 + sec(2), t_end, 14):
        if ppp_down[0] <= t < ppp_down[1] + sec(20):
            continue
        proto = r.choices(["TCP", "UDP", "ICMP"], [75, 18, 7])[0]
        fw(t, "[ipv4-INP-filter-default-D]", "pppoe0", "", r.choice(SCANNERS), VY_WAN, proto)
    # the LAN: SMB out blocked (forward, rule 20 drops), NTP direct blocked
    for t in poisson(r, t0 + sec(10), t_end, 95):
        if ppp_down[0] <= t < ppp_down[1]:
            continue
        if r.random() < 0.6:
            fw(
                t,
                "[ipv4-FWD-filter-20-D]",
                "eth1",
                "pppoe0",
                r.choice(VY_LAN),
                r.choice(SCANNERS),
                "TCP",
            )
        else:
            fw(
                t,
                "[ipv4-FWD-filter-30-R]",
                "eth1",
                "pppoe0",
                r.choice(VY_LAN),
                r.choice(["162.159.200.1", "129.6.15.28"]),
                "UDP",
            )
    # logged SSH to the router from the admin net (rule 10 accepts)
    for t in poisson(r, t0 + sec(60), t_end, 900):
        L(
            t,
            "kernel",
            "[ipv4-INP-filter-10-A] IPv4 TCP",
            f"[ipv4-INP-filter-10-A]IN=eth1 OUT= MAC=52:54:00:12:34:56:{mac(r)}:08:00 SRC=192.168.99.{r.randint(10, 14)} DST=192.168.10.1 LEN=60 TOS=0x10 PREC=0x00 TTL=64 ID={r.randint(1, 65535)} DF PROTO=TCP SPT={sport(r)} DPT=22 WINDOW=64240 RES=0x00 SYN URGP=0 ",
        )

    def ppp_up(t: datetime, sess: int) -> datetime:
        t = ppp(t, "Plugin %s loaded.", "Plugin pppoe.so loaded.")
        t = ppp(t + sec(0.02), "pppd %s started by %s, uid %d", "pppd 2.4.9 started by root, uid 0")
        t = ppp(t + sec(0.9), "PPP session is %d", f"PPP session is {sess}")
        t = ppp(
            t + sec(0.01),
            "Connected to %s via interface %s",
            f"Connected to 00:30:88:1c:{r.randrange(256):02x}:{r.randrange(256):02x} via interface eth0",
        )
        t = ppp(t + sec(0.01), "Connect: %s <--> %s", "Connect: pppoe0 <--> eth0")
        t = ppp(t + sec(0.2), "PAP authentication succeeded")
        t = ppp(t + sec(0.2), "local  IP address %I", f"local  IP address {VY_WAN}")
        t = ppp(t + sec(0.01), "remote IP address %I", "remote IP address 198.51.100.1")
        t = ppp(t + sec(0.01), "primary   DNS address %I", "primary   DNS address 198.51.100.53")
        return ppp(t + sec(0.01), "secondary DNS address %I", "secondary DNS address 198.51.100.54")

    # the WAN drops and pppd retries
    t = ppp(ppp_down[0], "LCP terminated by peer")
    t = ppp(t + sec(0.2), "Connection terminated.")
    t = ppp(t + sec(0.01), "Modem hangup")
    t += sec(3)
    while t < ppp_down[1] - sec(10):
        t = ppp(t + sec(5), "Timeout waiting for PADO packets")
        t = ppp(t + sec(0.01), "Unable to complete PPPoE Discovery")
        t += sec(r.uniform(1, 3))
    ppp_up(ppp_down[1], r.randint(1000, 9000))

    # commits
    def commit(
        t: datetime, user: str, tty: str, scripts: list[str], error: tuple[str, str] | None = None
    ) -> None:
        pid = r.randint(10000, 60000)
        t = L(
            t,
            f"vyos-configd[{configd}]",
            "Received message: %s",
            'Received message: {"type": "init"}',
            "configd",
        )
        t = L(
            t + sec(0.01),
            f"vyos-configd[{configd}]",
            "config session pid is %s",
            f"config session pid is {pid}",
            "configd",
        )
        t = L(
            t + sec(0.01),
            f"vyos-configd[{configd}]",
            "Sending response %d",
            "Sending response 1",
            "configd",
        )
        for i, s in enumerate(scripts):
            last = "true" if i == len(scripts) - 1 else "false"
            t = L(
                t + sec(r.uniform(0.05, 0.5)),
                f"vyos-configd[{configd}]",
                "Received message: %s",
                f'Received message: {{"type": "node", "last": {last}, "data": "{s}"}}',
                "configd",
            )
            if error and s == error[0]:
                t = L(
                    t + sec(0.05),
                    f"vyos-configd[{configd}]",
                    error[1].split("|")[0],
                    error[1].split("|")[1],
                    "configd",
                )
                L(
                    t + sec(0.01),
                    f"vyos-configd[{configd}]",
                    "Sending response %d",
                    "Sending response 2",
                    "configd",
                )
                return
            t = L(
                t + sec(r.uniform(0.1, 1.5)),
                f"vyos-configd[{configd}]",
                "Sending response %d",
                "Sending response 1",
                "configd",
            )
        L(
            t + sec(0.2),
            "commit",
            "Successful change to active configuration by user %s on %s",
            f"Successful change to active configuration by user {user} on {tty}",
        )

    sshd_pids: list[int] = []

    def login(t: datetime, user: str, src: str) -> datetime:
        pid = r.randint(20000, 60000)
        sshd_pids.append(pid)
        return L(
            t,
            f"sshd[{pid}]",
            "Accepted publickey for %s from %s port %d ssh2: %s %s",
            f"Accepted publickey for {user} from {src} port {sport(r)} ssh2: ED25519 SHA256:{''.join(r.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') for _ in range(43))}",
            pid,
        )

    scripts_pool = [
        "firewall",
        "nat",
        "interfaces_ethernet",
        "service_dns_forwarding",
        "protocols_static",
        "service_dhcp-server",
        "system_conntrack",
    ]
    for t in poisson(r, at(6, 20), at(11, 50), 900):
        user = r.choice(["vyos", "mkeller", "ops"])
        t = login(t, user, f"192.168.99.{r.randint(10, 14)}")
        tty = f"/dev/pts/{r.randint(0, 3)}"
        for _ in range(r.randint(1, 3)):
            t += sec(r.uniform(30, 300))
            L(
                t,
                "sudo",
                "%s : TTY=%s ; PWD=%s ; USER=%s ; COMMAND=%s",
                f"    {user} : TTY=pts/{tty[-1]} ; PWD=/home/{user} ; USER=root ; COMMAND=/usr/libexec/vyos/op_mode/{r.choice(['show_interfaces.py show', 'restart.py restart_service --name dns_forwarding', 'conntrack.py show', 'clear_conntrack.py'])}",
            )
            t = t + sec(1)
            commit(t + sec(r.uniform(10, 60)), user, tty, r.sample(scripts_pool, r.randint(1, 3)))
            t += sec(70)
    # a refused commit
    commit(
        at(10, 12, 40),
        "mkeller",
        "/dev/pts/1",
        ["nat", "firewall"],
        (
            "firewall",
            'Invalid jump-target. Firewall name "%s" does not exist on the system|Invalid jump-target. Firewall name "LAN-GUEST" does not exist on the system',
        ),
    )
    # a password attack on the WAN port until the admin closes it
    for t in poisson(r, at(10, 30), at(10, 50), 11):
        pid = r.randint(20000, 60000)
        u = r.choice(["root", "admin", "vyos", "ubnt", "user"])
        if u == "vyos":
            L(
                t,
                f"sshd[{pid}]",
                "Failed password for %s from %s port %d ssh2",
                f"Failed password for vyos from {r.choice(SCANNERS)} port {sport(r)} ssh2",
                pid,
            )
        else:
            L(
                t,
                f"sshd[{pid}]",
                "Failed password for invalid user %s from %s port %d ssh2",
                f"Failed password for invalid user {u} from {r.choice(SCANNERS)} port {sport(r)} ssh2",
                pid,
            )
    return fs.logs(t0)


# ----------------------------------------------------------------------------------- aruba

CX_HOSTS = {
    "core1": {
        "intfd": 1312,
        "lldpd": 1420,
        "mstpd": 1533,
        "hpe-restd": 2101,
        "hpe-sessiond": 1877,
        "hpe-config": 2240,
    }
}
CX_HOSTS["core2"] = {k: v + 17 for k, v in CX_HOSTS["core1"].items()}
ACC = ["10.0.20.11", "10.0.20.12", "10.0.20.13", "10.0.20.14"]


def aruba(r: random.Random) -> list[Log]:
    """Two AOS-CX core switches and four ArubaOS-Switch access switches, 06:00 to 12:00: see
    the module's docstring."""
    fs = Files()

    def CX(
        h: str, t: datetime, daemon: str, ev: int, sev: str, slot: str, label: str, msg: str
    ) -> datetime:
        pid = CX_HOSTS[h][daemon]
        return fs.add(
            "core-cx.log",
            t,
            label,
            lambda x: [f"{syslog_ts(x)} {h} {daemon}[{pid}]: Event|{ev}|{sev}|AMM|{slot}|{msg}"],
            (h, daemon),
            1_000_000,
        )

    def AS(ip: str, t: datetime, num: str, mod: str, label: str, msg: str) -> datetime:
        return fs.add(
            "access.log",
            t,
            label,
            lambda x: [f"{syslog_ts(x)} {ip} {num} {mod}: {msg}"],
            (ip, mod),
            1_000_000,
        )

    def online(ip: str, t: datetime, port: int, up: bool) -> datetime:
        if up:
            return AS(
                ip, t, "00076", "ports", "port %s is now on-line", f"port {port} is now on-line"
            )
        return AS(
            ip, t, "00077", "ports", "port %s is now off-line", f"port {port} is now off-line"
        )

    def cx_link(h: str, t: datetime, intf: str, up: bool) -> datetime:
        if up:
            return CX(
                h,
                t,
                "intfd",
                403,
                "LOG_INFO",
                "1/1",
                "Link status for interface %s is up",
                f"Link status for interface {intf} is up",
            )
        return CX(
            h,
            t,
            "intfd",
            404,
            "LOG_INFO",
            "1/1",
            "Link status for interface %s is down",
            f"Link status for interface {intf} is down",
        )

    def cx_lldp(h: str, t: datetime, nbr: str, intf: str, added: bool) -> datetime:
        if added:
            return CX(
                h,
                t,
                "lldpd",
                109,
                "LOG_INFO",
                "1/1",
                "LLDP neighbor %s added on %s",
                f"LLDP neighbor {nbr} added on {intf}",
            )
        return CX(
            h,
            t,
            "lldpd",
            110,
            "LOG_INFO",
            "1/1",
            "LLDP neighbor %s deleted on %s",
            f"LLDP neighbor {nbr} deleted on {intf}",
        )

    t0, t_end = at(6, 0), at(12, 0)
    acc_mac = {ip: mac(r) for ip in ACC}
    # users' PCs and phones
    for ip in ACC:
        phones = r.sample(range(1, 45), 24)
        pcs = r.sample(range(1, 45), 34)
        for p in phones[:4]:
            # phones rebooting for a firmware push at 06:30
            t = at(6, 30) + sec(r.uniform(0, 120))
            AS(ip, t, "00562", "ports", "port %s PD Removed.", f"port {p} PD Removed.")
            online(ip, t + sec(0.1), p, False)
            t += sec(r.uniform(5, 15))
            AS(ip, t, "00560", "ports", "port %s PD Detected.", f"port {p} PD Detected.")
            online(ip, t + sec(r.uniform(20, 40)), p, True)
        for p in pcs:
            t = at(7, 15) + sec(r.gauss(4500, 1800))
            t = max(t, at(6, 10))
            online(ip, t, p, True)
            while True:
                t += sec(r.expovariate(1 / 2600))
                if t >= t_end:
                    break
                online(ip, t, p, False)
                t += sec(r.uniform(20, 1800) if r.random() < 0.7 else r.uniform(40, 120))
                if t >= t_end:
                    break
                online(ip, t, p, True)
    # a meeting room's bad cable on the third switch
    bad = ACC[2]
    t = at(6, 40)
    while t < at(11, 30):
        online(bad, t, 37, False)
        t += sec(r.uniform(2, 8))
        online(bad, t, 37, True)
        t += sec(r.expovariate(1 / 70))
    for t in poisson(r, at(6, 45), at(11, 30), 300):
        AS(
            bad,
            t,
            "00331",
            "FFI",
            "port %s-Excessive CRC/alignment errors. See help.",
            "port 37-Excessive CRC/alignment errors. See help.",
        )
    # a loop at 10:15 on the second switch: loop-protect, STP, topology changes at the core
    loopsw = ACC[1]
    AS(
        loopsw,
        at(10, 15, 3),
        "00835",
        "loop-protect",
        "port %s disabled - loop detected.",
        "port 14 disabled - loop detected.",
    )
    online(loopsw, at(10, 15, 3) + sec(0.1), 14, False)
    AS(
        loopsw,
        at(10, 15, 4),
        "00435",
        "ports",
        "port %s is Blocked by STP",
        "port 15 is Blocked by STP",
    )
    for t in poisson(r, at(10, 15), at(10, 19), 4):
        h = r.choice(["core1", "core2"])
        CX(
            h,
            t,
            "mstpd",
            2002,
            "LOG_INFO",
            "-",
            "Topology change received on port %s for CIST from source: %s",
            f"Topology change received on port lag{r.choice([11, 12, 13, 14])} for CIST from source: {acc_mac[loopsw]}",
        )
    for t in poisson(r, at(6, 0), t_end, 1500):
        h = r.choice(["core1", "core2"])
        CX(
            h,
            t,
            "mstpd",
            2002,
            "LOG_INFO",
            "-",
            "Topology change received on port %s for CIST from source: %s",
            f"Topology change received on port lag{r.choice([11, 12, 13, 14])} for CIST from source: {acc_mac[r.choice(ACC)]}",
        )
    # the fourth access switch rebooted at 09:20 (its uplinks at the core)
    reb = ACC[3]
    for h, intf in [("core1", "1/1/14"), ("core2", "1/1/14")]:
        t = at(9, 20, 11) + sec(r.uniform(0, 1))
        cx_link(h, t, intf, False)
        cx_lldp(h, t + sec(r.uniform(1, 3)), acc_mac[reb], intf, False)
        t = at(9, 22, 40) + sec(r.uniform(0, 2))
        cx_link(h, t, intf, True)
        cx_lldp(h, t + sec(r.uniform(25, 32)), acc_mac[reb], intf, True)
    AS(
        reb,
        at(9, 22, 38),
        "00063",
        "system",
        "System went down: %s",
        "System went down: 06/04/24 09:20:10 Operator warm reboot from CONSOLE session.",
    )
    for p in range(1, 45):
        if r.random() < 0.75:
            online(reb, at(9, 22, 45) + sec(r.uniform(0, 20)), p, True)
    for p in (49, 50):
        online(reb, at(9, 22, 41) + sec(r.uniform(0, 1)), p, True)
    # the monitoring's REST logins to the core
    for h in ["core1", "core2"]:
        t = at(6, 0, 30) + sec(r.uniform(0, 30))
        while t < t_end:
            t2 = CX(
                h,
                t,
                "hpe-restd",
                4655,
                "LOG_INFO",
                "-",
                "User %s logged in from %s through REST session",
                "User monitor logged in from 10.0.99.50 through REST session",
            )
            CX(
                h,
                t2 + sec(r.uniform(1, 4)),
                "hpe-restd",
                4656,
                "LOG_INFO",
                "-",
                "User %s logged out of REST session from %s",
                "User monitor logged out of REST session from 10.0.99.50",
            )
            t += sec(300 + r.uniform(-2, 2))
    # admins
    for t in poisson(r, at(6, 30), at(11, 45), 1100):
        if r.random() < 0.5:
            h = r.choice(["core1", "core2"])
            u = r.choice(["admin", "netops"])
            src = r.choice(ADMINS_NET)
            t = CX(
                h,
                t,
                "hpe-sessiond",
                1301,
                "LOG_INFO",
                "-",
                "User %s logged in from %s through SSH session.",
                f"User {u} logged in from {src} through SSH session.",
            )
            if r.random() < 0.6:
                t = CX(
                    h,
                    t + sec(r.uniform(30, 400)),
                    "hpe-config",
                    6801,
                    "LOG_INFO",
                    "-",
                    "Configuration changed by user %s",
                    f"Configuration changed by user {u}",
                )
            CX(
                h,
                t + sec(r.uniform(30, 600)),
                "hpe-sessiond",
                1302,
                "LOG_INFO",
                "-",
                "User %s logged out of SSH session from %s.",
                f"User {u} logged out of SSH session from {src}.",
            )
        else:
            ip = r.choice(ACC)
            t = AS(
                ip,
                t,
                "00179",
                "mgr",
                "SME SSH from %s - MANAGER Mode",
                f"SME SSH from {r.choice(ADMINS_NET)} - MANAGER Mode",
            )
            if r.random() < 0.5:
                AS(
                    ip,
                    t + sec(r.uniform(60, 600)),
                    "00131",
                    "mgr",
                    "Startup configuration changed by %s. New seq. number %d",
                    f"Startup configuration changed by SSH. New seq. number {r.randint(20, 90)}",
                )
    # a guessed password against core2 and the access switches
    for t in poisson(r, at(8, 40), at(8, 55), 15):
        if r.random() < 0.5:
            CX(
                "core2",
                t,
                "hpe-sessiond",
                1303,
                "LOG_WARN",
                "-",
                "User %s failed to login from %s through SSH session.",
                f"User {r.choice(['admin', 'manager', 'root'])} failed to login from 10.0.66.14 through SSH session.",
            )
        else:
            AS(
                r.choice(ACC),
                t,
                "00419",
                "auth",
                "Invalid user name/password on SSH session User '%s' is trying to login from %s",
                f"Invalid user name/password on SSH session User '{r.choice(['admin', 'manager', 'operator'])}' is trying to login from 10.0.66.14",
            )
    return fs.logs(t0)


# ------------------------------------------------------------------------------- sonicwall

SW_SN = "2CB8ED4A1F22"
SW_FW = "198.51.100.2"
SW_LAN = [f"10.10.1.{i}" for i in range(20, 90)]
SW_SITES = [
    ("www.microsoft.com", "23.45.67.89", "Information Technology/Computers"),
    ("outlook.office365.com", "52.97.146.162", "Web Communications"),
    ("www.bbc.co.uk", "151.101.0.81", "News and Media"),
    ("github.com", "140.82.121.4", "Information Technology/Computers"),
    ("www.amazon.de", "54.239.39.102", "Online Shopping"),
    ("www.linkedin.com", "13.107.42.14", "Social Networking"),
    ("teams.microsoft.com", "52.113.194.132", "Web Communications"),
]
SW_DENY = [
    ("www.bet365.com", "5.226.180.9", "Gambling"),
    ("thepiratebay.org", "162.159.137.6", "Peer-to-Peer/Streaming"),
    ("tracker.example-torrent.net", "185.21.216.160", "Peer-to-Peer/Streaming"),
    ("www.pornhub.com", "66.254.114.41", "Adult/Mature Content"),
]
SW_APPS = [
    (49175, "General HTTPS"),
    (49177, "General HTTP"),
    (49169, "General DNS"),
    (49201, "Office 365"),
]
SW_IPS = [
    ("WEB-ATTACKS Apache Log4j Remote Code Execution 1", 15143, "WEB-ATTACKS"),
    ("WEB-ATTACKS PHPUnit eval-stdin.php RCE", 9821, "WEB-ATTACKS"),
    ("WEB-ATTACKS Apache Struts2 OGNL Injection 12", 11942, "WEB-ATTACKS"),
]
SW_GEO = [
    ("Russian Federation", "45.148.10.92"),
    ("China", "121.18.238.114"),
    ("Korea, Democratic People's Republic of", "175.45.176.3"),
]


def sonicwall(r: random.Random) -> list[Log]:
    """A SonicWall at an office, 06:00 to 12:00: see the module's docstring."""
    fs = Files()
    seq = [r.randint(100000, 200000)]

    def L(t: datetime, pri: int, c: int, m: int, msg: str, label: str, rest: str) -> datetime:
        def text(x: datetime) -> list[str]:
            # the event counter grows with time (read from the written instant)
            n = seq[0] + int((x - at(6, 0)).total_seconds() * 0.4)
            return [
                f'{syslog_ts(x)} 10.0.0.1 id=firewall sn={SW_SN} time="{x:%Y-%m-%d %H:%M:%S} UTC" fw={SW_FW} pri={pri} c={c} m={m} msg="{msg}" n={n} {rest}'
            ]

        return fs.add("sonicwall.log", t, f"{m} {label}", text, "fw", 1_000_000)

    def macs() -> str:
        return f"srcMac={mac(r)} dstMac=00:17:c5:4a:1f:23"

    t0, t_end = at(6, 0), at(12, 0)
    # connections through the firewall
    for t in poisson(r, t0 + sec(3), t_end, 26):
        busy = at(7, 30) <= t < at(11, 30)
        if not busy and r.random() < 0.6:
            continue
        app, appname = r.choice(SW_APPS)
        c = r.choice(SW_LAN)
        host, ip, cat = r.choice(SW_SITES)
        cp = sport(r)
        dp = 53 if app == 49169 else (80 if app == 49177 else 443)
        proto = "udp/dns" if dp == 53 else ("tcp/http" if dp == 80 else "tcp/https")
        dst = "10.10.0.2" if dp == 53 else ip
        t = L(
            t,
            6,
            262144,
            98,
            "Connection Opened",
            "Connection Opened",
            f"app={app} appName='{appname}' src={c}:{cp}:X0 dst={dst}:{dp}:X1 {macs()} proto={proto}",
        )
        if dp == 80 or (dp == 443 and r.random() < 0.5):
            L(
                t + sec(0.3),
                6,
                1024,
                97,
                "Web site hit",
                "Web site hit",
                f"app={app} appName='{appname}' src={c}:{cp}:X0 dst={ip}:{dp}:X1 {macs()} proto={proto} dstname={host} arg=/{r.choice(['', 'en-us', 'index.html', 'owa/', 'api/v2/me'])} code={r.choice([63, 64, 12])} Category=\"{cat}\"",
            )
        dur = r.randint(30, 120000)
        L(
            t + sec(dur / 1000 + 0.5),
            6,
            1024,
            537,
            "Connection Closed",
            "Connection Closed",
            f'app={app} appName=\'{appname}\' src={c}:{cp}:X0 dst={dst}:{dp}:X1 {macs()} proto={proto} sent={r.randint(60, 90000)} rcvd={r.randint(60, 3000000)} spkt={r.randint(1, 300)} rpkt={r.randint(1, 3000)} cdur={dur} rule="5 (LAN->WAN)" fw_action="NA"',
        )
    # content filter denials
    for t in poisson(r, at(7, 30), at(11, 50), 160):
        host, ip, cat = r.choice(SW_DENY)
        L(
            t,
            5,
            1,
            14,
            "Web site access denied",
            "Web site access denied",
            f'app=49177 appName=\'General HTTP\' src={r.choice(SW_LAN)}:{sport(r)}:X0 dst={ip}:443:X1 {macs()} proto=tcp/https dstname={host} arg=/ code={r.choice([13, 19, 67])} Category="{cat}" fw_action="drop"',
        )
    # late packets, ICMP, geo blocks, port scans from the internet
    for t in poisson(r, t0, t_end, 80):
        L(
            t,
            6,
            262144,
            36,
            "TCP packet received on non-existent/closed connection; TCP packet dropped",
            "TCP packet received on non-existent/closed connection; TCP packet dropped",
            f'src={r.choice(SW_SITES)[1]}:443:X1 dst={r.choice(SW_LAN)}:{sport(r)}:X0 {macs()} proto=tcp/{sport(r)} note="TCP Flag(s): {r.choice(["ACK", "FIN ACK", "RST", "PSH ACK"])}" fw_action="drop"',
        )
    for t in poisson(r, t0, t_end, 240):
        L(
            t,
            6,
            262144,
            38,
            "ICMP packet dropped due to Policy",
            "ICMP packet dropped due to Policy",
            f'src={r.choice(SCANNERS)}:8:X1 dst={SW_FW}:{r.randint(1, 65535)}:X1 {macs()} proto=icmp type=8 icmpCode=0 fw_action="drop"',
        )
    for t in poisson(r, t0, t_end, 100):
        country, ip = r.choice(SW_GEO)
        ip = ".".join([*ip.split(".")[:3], str(r.randint(1, 254))])
        L(
            t,
            1,
            32,
            1198,
            f"Initiator from country blocked: Initiator IP:{ip} Country Name:{country}",
            "Initiator from country blocked: Initiator IP:%s Country Name:%s",
            f'src={ip}:{sport(r)}:X1 dst={SW_FW}:{r.choice([443, 22, 3389, 8443])}:X1 {macs()} proto=tcp/{r.choice([443, 22, 3389, 8443])} fw_action="drop"',
        )
    for t in poisson(r, at(9, 40), at(9, 55), 120):
        L(
            t,
            1,
            32,
            82,
            "Possible port scan detected",
            "Possible port scan detected",
            f'src={r.choice(SCANNERS)}:{sport(r)}:X1 dst={SW_FW}:{r.randint(1, 1024)}:X1 {macs()} proto=tcp/{r.randint(1, 1024)} note="TCP scanned port list, {", ".join(str(r.randint(1, 1024)) for _ in range(5))}" fw_action="drop"',
        )
    # IPS against the published web server
    for t in poisson(r, at(6, 10), t_end, 400):
        name, sid, cat = r.choice(SW_IPS)
        L(
            t,
            1,
            32,
            608,
            f"IPS Prevention Alert: {name}",
            "IPS Prevention Alert: %s",
            f'sid={sid} ipscat={cat} ipspri=1 src={r.choice(SCANNERS)}:{sport(r)}:X1 dst=10.10.5.10:443:X3 {macs()} proto=tcp/https fw_action="drop"',
        )
    for t in poisson(r, at(7, 30), at(11, 50), 500):
        app = r.choice(
            [
                "BitTorrent -- Client Handshake",
                "Tor -- Directory Request",
                "TeamViewer -- Remote Session",
            ]
        )
        L(
            t,
            5,
            1,
            1154,
            f"Application Control Detection Alert: {app}",
            "Application Control Detection Alert: %s",
            f'sid={r.randint(1000, 9000)} appcat="{app.split(" --")[0]}" src={r.choice(SW_LAN)}:{sport(r)}:X0 dst={r.choice(SCANNERS)}:{r.randint(1024, 65535)}:X1 {macs()} proto=tcp/{r.randint(1024, 65535)} fw_action="drop"',
        )
    # the branch VPN: the peer stops answering 08:00-08:40
    peer = "203.0.113.210"
    t = at(8, 0, 12)
    while t < at(8, 40):
        t = L(
            t,
            6,
            16,
            1077,
            "IKE Initiator: Start Main Mode negotiation (Phase 1)",
            "IKE Initiator: Start Main Mode negotiation (Phase 1)",
            f'src={SW_FW}:500:X1 dst={peer}:500 note="VPN Policy: Branch-Hamburg"',
        )
        t = L(
            t + sec(r.uniform(25, 35)),
            3,
            16,
            930,
            "IKE Initiator: No response - remote party timeout",
            "IKE Initiator: No response - remote party timeout",
            f'src={SW_FW}:500:X1 dst={peer}:500 note="VPN Policy: Branch-Hamburg"',
        )
        t += sec(r.uniform(1, 5))
    t = L(
        t,
        6,
        16,
        1077,
        "IKE Initiator: Start Main Mode negotiation (Phase 1)",
        "IKE Initiator: Start Main Mode negotiation (Phase 1)",
        f'src={SW_FW}:500:X1 dst={peer}:500 note="VPN Policy: Branch-Hamburg"',
    )
    t = L(
        t + sec(0.4),
        6,
        16,
        1078,
        "IKE Initiator: Main Mode complete (Phase 1)",
        "IKE Initiator: Main Mode complete (Phase 1)",
        f'src={SW_FW}:500:X1 dst={peer}:500 note="Cookies: 0x{r.getrandbits(64):016x} 0x{r.getrandbits(64):016x}"',
    )
    L(
        t + sec(0.3),
        6,
        16,
        1116,
        "IKE negotiation complete. Adding IPsec SA. (Phase 2)",
        "IKE negotiation complete. Adding IPsec SA. (Phase 2)",
        f'src={SW_FW}:500:X1 dst={peer}:500 note="VPN Policy: Branch-Hamburg; ESP:AES-256:SHA256; Lifetime: 28800"',
    )
    # admin logins and a password attack on the management address
    for t in poisson(r, at(6, 30), at(11, 45), 2700):
        L(
            t,
            6,
            32,
            1080,
            "Administrator login allowed",
            "Administrator login allowed",
            f'usr="admin" src={r.choice(ADMINS_NET)}:{sport(r)}:X0 dst=10.10.0.1:443:X0 proto=tcp/https note="Web Management Session"',
        )
    for t in poisson(r, at(10, 50), at(11, 10), 20):
        L(
            t,
            1,
            32,
            1081,
            "Administrator login denied due to bad credentials",
            "Administrator login denied due to bad credentials",
            f'usr="{r.choice(["admin", "administrator", "root", "sonicwall"])}" src={r.choice(SCANNERS)}:{sport(r)}:X1 dst={SW_FW}:443:X1 proto=tcp/https',
        )
    return fs.logs(t0)


# ------------------------------------------------------------------------------ sophos-utm

UTM_LAN = [f"172.16.10.{i}" for i in range(20, 80)]
UTM_WAN = "198.51.100.140"
UTM_URLS = [
    (
        "http://update.microsoft.com/v11/3/windowsupdate/selfupdate/wuident.cab",
        "Information Technology",
        "trusted",
    ),
    ("http://www.spiegel.de/", "News", "neutral"),
    (
        "http://ocsp.digicert.com/MFEwTzBNMEswSTAJBgUrDgMCGgUABBSAUQYBMq2awn1Rh6Doh%2FsBYgFV7gQUA95QNVbRTLtm8KPiGxvDl7I90VUCEAJ0LqoXyo4hxxe7H%2Fz9DKA%3D",
        "Information Technology",
        "trusted",
    ),
    (
        "http://download.windowsupdate.com/c/msdownload/update/others/2024/05/39561234_7d1a.cab",
        "Information Technology",
        "trusted",
    ),
    ("http://www.heise.de/newsticker/", "News", "neutral"),
    (
        "http://ctldl.windowsupdate.com/msdownload/update/v3/static/trustedr/en/disallowedcertstl.cab",
        "Information Technology",
        "trusted",
    ),
]
UTM_BLOCK = [
    ("http://www.casino-royal.example/", "Gambling"),
    ("http://free-streams.example.tv/live", "Streaming Media"),
    ("http://malware-dl.example.ru/setup.exe", "Spyware/Adware"),
]


def sophos_utm(r: random.Random) -> list[Log]:
    """A Sophos UTM at a small company, 06:00 to 12:00: see the module's docstring."""
    fs = Files()
    host = "utm"

    def L(f: str, t: datetime, ident: str, label: str, msg: str) -> datetime:
        return fs.add(
            f,
            t,
            label,
            lambda x: [f"{x:%Y:%m:%d-%H:%M:%S} {host} {ident}: {msg}"],
            (f, ident),
            1_000_000,
        )

    def pf(
        t: datetime,
        pid: int,
        id_: str,
        name: str,
        action: str,
        rule: str,
        initf: str,
        src: str,
        dst: str,
        proto: str,
        dport: int,
        outitf: str = "",
    ) -> None:
        pnum = {"tcp": 6, "udp": 17, "icmp": 1}[proto]
        ln = {"tcp": r.choice([40, 44, 52, 60]), "udp": r.randint(40, 200), "icmp": 84}[proto]
        out = f' outitf="{outitf}"' if outitf else ""
        tail = (
            f'srcport="{sport(r)}" dstport="{dport}" tcpflags="SYN "'
            if proto == "tcp"
            else (
                f'srcport="{sport(r)}" dstport="{dport}"' if proto == "udp" else 'type="8" code="0"'
            )
        )
        L(
            "packetfilter.log",
            t,
            f"ulogd[{pid}]",
            f"{id_} {name}",
            f'id="{id_}" severity="info" sys="SecureNet" sub="packetfilter" name="{name}" action="{action}" fwrule="{rule}" initf="{initf}"{out} srcmac="{mac(r)}" dstmac="00:1a:8c:50:3e:02" srcip="{src}" dstip="{dst}" proto="{pnum}" length="{ln}" tos="0x00" prec="0x00" ttl="{r.randint(40, 250)}" {tail} ',
        )

    t0, t_end = at(6, 0), at(12, 0)
    ulogd = 4822
    for t in poisson(r, t0, t_end, 30):
        proto = r.choices(["tcp", "udp", "icmp"], [80, 15, 5])[0]
        pf(
            t,
            ulogd,
            "2001",
            "Packet dropped",
            "drop",
            "60001",
            "eth1",
            r.choice(SCANNERS),
            UTM_WAN,
            proto,
            r.choice([22, 23, 445, 3389, 5900, 8080, 1433])
            if proto == "tcp"
            else r.choice([53, 161, 1900, 5060]),
        )
    for t in poisson(r, t0, t_end, 120):
        pf(
            t,
            ulogd,
            "2002",
            "Packet accepted",
            "accept",
            str(r.choice([3, 7])),
            "eth1",
            r.choice(["203.0.113.210", "192.0.2.77"]),
            UTM_WAN,
            "tcp",
            r.choice([443, 1194]),
        )
    for t in poisson(r, t0, t_end, 180):
        pf(
            t,
            ulogd,
            "2003",
            "Packet rejected",
            "reject",
            "60002",
            "eth0",
            r.choice(UTM_LAN),
            r.choice(["8.8.8.8", "1.1.1.1"]),
            "udp",
            53,
            outitf="eth1",
        )
    for t in poisson(r, t0, t_end, 95):
        src = ".".join(
            [
                *r.choice(["121.18.238", "175.45.176", "45.148.10"]).split("."),
                str(r.randint(1, 254)),
            ]
        )
        pf(
            t,
            ulogd,
            "2022",
            "Packet dropped (GEOIP)",
            "drop",
            "60019",
            "eth1",
            src,
            UTM_WAN,
            "tcp",
            r.choice([443, 22, 25]),
        )
    # IPS
    snort = 5531
    for t in poisson(r, at(6, 5), t_end, 260):
        sig = r.choice(
            [
                (
                    "SERVER-WEBAPP Apache Log4j logging remote code execution attempt",
                    "58722",
                    "Attempted User Privilege Gain",
                    "1",
                ),
                (
                    "SERVER-WEBAPP PHPUnit PHP remote code execution attempt",
                    "45102",
                    "Attempted Administrator Privilege Gain",
                    "1",
                ),
                (
                    "OS-WINDOWS Microsoft Windows SMB remote code execution attempt",
                    "41978",
                    "Attempted Administrator Privilege Gain",
                    "1",
                ),
            ]
        )
        L(
            "packetfilter.log",
            t,
            f"snort[{snort}]",
            "2101 Intrusion protection alert",
            f'id="2101" severity="warn" sys="SecureNet" sub="ips" name="Intrusion protection alert" action="drop" reason="{sig[0]}" group="{r.randint(100, 900)}" srcip="{r.choice(SCANNERS)}" dstip="{UTM_WAN}" proto="6" srcport="{sport(r)}" dstport="{r.choice([80, 443, 445])}" sid="{sig[1]}" class="{sig[2]}" priority="{sig[3]}" generator="1" msgid="0"',
        )
    # the web proxy
    proxy = 6204
    for t in poisson(r, at(6, 5), t_end, 20):
        if t < at(7, 30) and r.random() < 0.7:
            continue
        src = r.choice(UTM_LAN)
        if r.random() < 0.08:
            url, cat = r.choice(UTM_BLOCK)
            L(
                "http.log",
                t,
                f"httpproxy[{proxy}]",
                "0002 web request blocked",
                f'id="0002" severity="info" sys="SecureWeb" sub="http" name="web request blocked" action="block" method="GET" srcip="{src}" dstip="" user="" group="" ad_domain="" statuscode="403" cached="0" profile="REF_DefaultHTTPProfile (Default Web Filter Profile)" filteraction="REF_DefaultHTTPCFFAction (Default content filter action)" size="{r.randint(2000, 3500)}" request="0x{r.getrandbits(36):09x}" url="{url}" referer="" error="" authtime="0" dnstime="{r.randint(0, 3000)}" cattime="{r.randint(100, 900)}" avscantime="0" fullreqtime="{r.randint(1000, 9000)}" device="0" auth="0" ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:126.0) Gecko/20100101 Firefox/126.0" exceptions="" category="{r.randint(100, 200)}" reputation="{"unverified" if cat != "Spyware/Adware" else "malicious"}" categoryname="{cat}" reason="category"',
            )
            continue
        url, cat, rep = r.choice(UTM_URLS)
        L(
            "http.log",
            t,
            f"httpproxy[{proxy}]",
            "0001 http access",
            f'id="0001" severity="info" sys="SecureWeb" sub="http" name="http access" action="pass" method="GET" srcip="{src}" dstip="{r.choice(["93.184.216.34", "13.107.4.50", "195.71.11.67", "193.99.144.80"])}" user="" group="" ad_domain="" statuscode="{r.choice([200, 200, 200, 304, 206])}" cached="0" profile="REF_DefaultHTTPProfile (Default Web Filter Profile)" filteraction="REF_DefaultHTTPCFFAction (Default content filter action)" size="{r.randint(300, 900000)}" request="0x{r.getrandbits(36):09x}" url="{url}" referer="" error="" authtime="0" dnstime="{r.randint(0, 3000)}" cattime="{r.randint(100, 900)}" avscantime="{r.randint(0, 5000)}" fullreqtime="{r.randint(1000, 90000)}" device="0" auth="0" ua="Microsoft-Delivery-Optimization/10.0" exceptions="" category="{r.randint(100, 200)}" reputation="{rep}" categoryname="{cat}" content-type="application/octet-stream"',
        )
    # authentication, sshd, dhcpd in the system log
    aua = 3915
    for t in poisson(r, at(6, 20), t_end, 400):
        user = r.choice(["admin", "jmueller", "akrause", "vpn-svc"])
        caller = r.choice(["webadmin", "openvpn", "portal"])
        L(
            "system.log",
            t,
            f"aua[{aua}]",
            "3004 Authentication successful",
            f'id="3004" severity="info" sys="System" sub="auth" name="Authentication successful" srcip="{r.choice([*UTM_LAN, "192.0.2.77"])}" host="" user="{user}" caller="{caller}" engine="local"',
        )
    for t in poisson(r, at(9, 5), at(9, 40), 14):
        L(
            "system.log",
            t,
            f"aua[{aua}]",
            "3005 Authentication failed",
            f'id="3005" severity="warn" sys="System" sub="auth" name="Authentication failed" srcip="{r.choice(SCANNERS)}" host="" user="{r.choice(["admin", "vpn", "test", "jmueller", "support"])}" caller="{r.choice(["portal", "openvpn"])}" reason="DENIED"',
        )
    webadmin = [r.randint(20000, 30000)]
    for t in poisson(r, at(6, 30), at(11, 45), 1500):
        webadmin[0] += r.randint(50, 900)
        L(
            "system.log",
            t,
            f"webadmin[{webadmin[0]}]",
            "3100 webadmin login successful",
            f'id="3100" severity="info" sys="System" sub="webadmin" name="webadmin login successful" user="admin" srcip="172.16.99.{r.randint(10, 13)}" useragent="Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36"',
        )
    for t in poisson(r, at(9, 12), at(9, 30), 60):
        webadmin[0] += r.randint(5, 50)
        L(
            "system.log",
            t,
            f"webadmin[{webadmin[0]}]",
            "3101 webadmin login failed",
            f'id="3101" severity="warn" sys="System" sub="webadmin" name="webadmin login failed" user="admin" srcip="172.16.10.{r.randint(20, 79)}" reason="wrong password"',
        )
    for t in poisson(r, at(6, 40), at(11, 30), 3000):
        L(
            "system.log",
            t,
            f"sshd[{r.randint(9000, 30000)}]",
            "Accepted publickey for %s from %s port %d ssh2",
            f"Accepted publickey for loginuser from 172.16.99.{r.randint(10, 13)} port {sport(r)} ssh2",
        )
    dhcpd = "dhcpd[4403]"
    for t in poisson(r, t0, t_end, 140):
        ip = r.choice(UTM_LAN)
        m = mac(r)
        if r.random() < 0.2:
            t = L(
                "system.log",
                t,
                dhcpd,
                "DHCPDISCOVER from %s via %s",
                f"DHCPDISCOVER from {m} via eth0",
            )
            t = L(
                "system.log",
                t + sec(0.01),
                dhcpd,
                "DHCPOFFER on %s to %s via %s",
                f"DHCPOFFER on {ip} to {m} via eth0",
            )
            t += sec(r.uniform(0.01, 1))
        t = L(
            "system.log",
            t,
            dhcpd,
            "DHCPREQUEST for %s from %s via %s",
            f"DHCPREQUEST for {ip} from {m} via eth0",
        )
        L(
            "system.log",
            t + sec(0.01),
            dhcpd,
            "DHCPACK on %s to %s via %s",
            f"DHCPACK on {ip} to {m} via eth0",
        )
    return fs.logs(t0)


SYSTEMS = {
    "arista-eos": arista_eos,
    "vyos": vyos,
    "aruba": aruba,
    "sonicwall": sonicwall,
    "sophos-utm": sophos_utm,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
