#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 309 (edgeos, dell-os10, h3c-comware, cisco-iosxr,
ddwrt) into bench/heldout/, the same way and under the same label rules as generate.py
(bench/README.md, "heldout.py"): each program's log is simulated from its format strings over a
seeded run, and every line that starts an event is labelled with the format string that wrote
it as it is written. Distinct calls of one process never share a timestamp at the log's
resolution (round 53's Clock, kept per process and per file). Five network operating systems of
one company, its branch and its home workers, 06:00 to 12:00 UTC on 2024-06-07. Netgate TNSR,
the brief's fourth system, is replaced by Cisco IOS XR: TNSR's data plane is FD.io VPP (`vpp`,
round 290) and what else it logs is FRR's, strongSwan's and Kea's (`frr`, `strongswan`, `kea`),
all in the set; its own clixon management daemon writes few lines and none in public.

- Ubiquiti EdgeOS 2.0.9 (`er4-hq-messages`, `erx-branch-messages`: /var/log/messages of an
  EdgeRouter-4 at the head office and an EdgeRouter X at a branch, rsyslog's traditional layout,
  `Jun  7 06:02:13 er4-hq kernel: [WAN_LOCAL-default-D]IN=pppoe0 OUT= MAC= SRC=...`). The
  firewall's logged rules all day (`[WAN_LOCAL-default-D]` scans of the WAN address over TCP,
  UDP and ICMP, the head office's `[WAN_LOCAL-30-A]` SSH rule, the branch's `[GUEST_IN-10-D]`
  guests reaching for the office printers and file server); ISC dhcpd on the office and guest
  networks (`DHCPDISCOVER from %s (%s) via %s`, `DHCPOFFER`, `DHCPREQUEST for %s (%s) from ...`
  of new clients, `DHCPREQUEST for %s from %s (%s) via %s` of known ones and of phones waking up,
  `DHCPACK on %s to %s (%s) via %s`); the branch's dhclient renewing its WAN lease (`DHCPREQUEST
  on %s to %s port %d`, `DHCPACK from %s`, `bound to %s -- renewal in %ld seconds.`); the cable
  backup's health check failing three times in the morning (wlb's `group %s, interface %s going
  %s`); the PPPoE line lost 09:12-09:31 (`No response to %d echo-requests`, `Serial link appears
  to be disconnected.`, `Connect time %d.%d minutes.`, `Sent %u bytes, received %u bytes.`,
  `Connection terminated.`, the failover to eth1, 25 rounds of `Timeout waiting for PADO
  packets` / `Unable to complete PPPoE Discovery`, the new session's lines, dnsmasq's `reading
  %s` / `using nameserver %s#%d`, ddclient's `SUCCESS:  updating %s: good: IP address set to
  %s`); a password attack on the open SSH port 10:04-10:52 (OpenSSH 7.4's `Invalid user`,
  `Failed password for [invalid user] %s ...`, `Connection closed by %s port %d [preauth]`); the
  administrator's two sessions from the LAN.
- Dell EMC SmartFabric OS10 10.5 (`leaf1a.log`, `leaf1b.log`, `leaf2a.log`, `leaf2b.log`: two
  VLT pairs of S5248F-ON leaves through the collector's rsyslog in
  RSYSLOG_SyslogProtocol23Format, `<165>1 2024-06-07T07:23:12.390955+00:00 leaf1a dn_alm 687 - -
  Node.1-Unit.1:PRI [event], Dell EMC (OS10) %IFM_OSTATE_DN: Interface operational state is down
  :ethernet1/1/54`). Oxidized's backup every 15 minutes (sshd's `Accepted password`, `Received
  disconnect`, `Disconnected from user`, `%ALM_AUTH_EVENT` with pam_unix's session opened and
  closed); the monitoring's SSH check with the password rotated at 05:30, every 3 minutes until
  10:15 (`Failed password` and `%ALM_AUTH_EVENT` with pam_unix's `authentication failure;
  logname= uid=0 euid=0 tty=ssh ruser= rhost=%s  user=%s`); leaf1a's uplink to spine2 flapping
  07:20-08:41 (`%IFM_OSTATE_DN` / `UP`, `%BGP_NBR_BKWD_STATE_CHG: Backward state change occurred
  for peer [%s], vrf [%s], old state [%s], new state [%s], event [%s]`); twelve ESXi hosts
  rebooted 09:00-10:27 (each port and its VLT port-channel down and up on both leaves); leaf2b
  reloaded into 10.5.5.4 at 10:40 (leaf2a's `%VLT_VLTi_LINK_DOWN`, `%VLT_HB_DOWN`,
  `%VLT_PEER_DOWN`; leaf2b's start-up `%IFM_ASTATE_UP` for each configured interface,
  `%IP_ADDRESS_ADD: IP Address add is successful. IP %s in VRF:%s added successfully`, the VLT
  peering back on both, the port-channels after delay-restore); a server's bad cable on leaf1b
  10:05-11:40, the port shut (`%IFM_ASTATE_DN`) and opened again; a new VLAN interface at 11:16.
- H3C Comware V7 (`core.log`, `acc-f1.log`, `acc-f2.log`, `acc-f3.log`: the log files of an
  S6850 IRF core (two members) and three S5130S access switches, `%Jun  7 06:30:04:632 2024
  ACC-F1 IFNET/3/PHY_UPDOWN: Physical state on the interface GigabitEthernet1/0/1 changed to
  down.`, a message of IRF member 2 with `-Slot=2; ` before its text). The IP phones' firmware
  push at 06:30 (each phone's port down and up, `LLDP_DELETE_NEIGHBOR` / `LLDP_CREATE_NEIGHBOR`);
  docked laptops arriving 07:30-09:30 and leaving for meetings and lunch (`PHY_UPDOWN`,
  `LINK_UPDOWN`, `DOT1X_LOGIN_SUCC`, `DOT1X_LOGOFF`), laptops behind the phones authenticating;
  an expired password on ACC-F2 08:05-08:48 (`DOT1X_LOGIN_FAILURE`); ACC-F2's uplink losing
  light 08:50-09:40 (`LAGG_INACTIVE_PHYSTATE`, `LAGG_ACTIVE`, the core's
  `LAGG_LACP_RECEIVE_TIMEOUT`); a printer on a laptop's address (`ARP_DUPLICATE_IPADDR_DETECT`);
  the security team's scanner at 09:15 (`LOGIN_FAILED`); the IRF cables re-patched at 10:05
  (`STM_LINK_DOWN`, `BOARD_REMOVED`, `LAGG_INACTIVE_NODEREMOVE`, `STM_LINK_UP`,
  `HA_BATCHBACKUP_STARTED` / `FINISHED`, the access switches' second uplinks); admin sessions
  (`SHELL_LOGIN`, `SHELL_CMD`, `CFGMAN_CFGCHANGED`, `SHELL_LOGOUT`); ACC-F3's upgrade at 11:00
  (`SYSLOG_RESTART: System restarted --` with `H3C Comware Software.` on the line below, its
  ports coming up, STP's `STP_DETECTED_TC` / `STP_NOTIFIED_TC`).
- Cisco IOS XR 7.x (`pe1.log`, `pe2.log`, `p1.log`: two ASR 9000 PEs and a P router through the
  collector's rsyslog, which takes the router's sequence number for the tag: `Jun  7 07:29:26
  pe1 77035: RP/0/RSP0/CPU0:Jun  7 07:29:26.832 UTC: bgp[1060]: %ROUTING-BGP-5-ADJCHANGE :
  neighbor 172.16.5.2 Down - Interface flap (VRF: ACME) (AS: 64512)`). The NMS polling every
  minute with a retired community until 11:05 (`%SNMP-SNMP-3-AUTH`); RANCID's logins every 15
  minutes (`%SECURITY-SSHD-6-INFO_SUCCESS`, `INFO_USER_LOGOUT`); ACME's access circuit on pe1
  07:05-09:20 (BFD `SESSION_STATE_DOWN` / `UP`, BGP `ADJCHANGE` Down / Up, some with the port's
  `%PKT_INFRA-LINK-3-UPDOWN` and `%PKT_INFRA-LINEPROTO-5-UPDOWN`), EPSILON's fibre on pe2
  09:55-11:35, BETA's hold-time expiries; a customer nearing its prefix limit
  (`%ROUTING-BGP-5-MAXPFX`); the scanner's failed logins (`INFO_FAILURE`); the core bundle p1-pe2
  losing one member at 10:12 and the other at 10:31 (`%L2-BM-6-ACTIVE : %s is no longer Active as
  part of %s (%s)`, the bundle down, `%ROUTING-OSPF-5-ADJCHG`, `%ROUTING-LDP-5-NBR_CHANGE`) and
  repaired at 10:58; the engineers' changes (`%MGBL-SYS-5-CONFIG_I`, `%MGBL-CONFIG-6-DB_COMMIT`).
- DD-WRT (`gw-messages`, `ap-upstairs-messages`: /var/log/messages of a home office's DD-WRT
  gateway and a DD-WRT access point, busybox syslogd's `Jun  7 06:09:53 gw daemon.info hostapd:
  wlan1: STA ... IEEE 802.11: associated (aid 1)`; rc's dd_loginfo() lines have no ident: `gw
  user.info : [dnsmasq] : daemon successfully started`). The firewall's `DROP ` log of the WAN
  all day; udhcpc renewing the WAN lease (`sending renew to %s`, `lease of %s obtained from %s,
  lease time %u`); the family's and the office's stations on both access points (hostapd's
  `associated (aid %d)`, `WPA: pairwise key handshake completed (%s)`, `disassociated`,
  `deauthenticated due to inactivity (timer DEAUTH/REMOVE)`, the hourly `WPA: group key
  handshake completed (%s)`; dnsmasq's `DHCPREQUEST(%s) %s %s` / `DHCPACK(%s) %s %s %s` at each
  association, `DHCPDISCOVER` / `DHCPOFFER` of guests' phones); someone guessing the web GUI's
  password at 07:10 (`httpd login failure - bad passwd !`); the administrator's SSH (dropbear)
  and two "Apply Settings" at 09:40 and 09:52 (`[process_monitor] : daemon successfully stopped`,
  dnsmasq's `exiting on receipt of SIGTERM`, `[dnsmasq] : daemon successfully stopped`, its
  start-up lines, `[dnsmasq] : daemon successfully started`, `[process_monitor] : successfully
  started`; the radios' bridge ports and promiscuous mode, every station associating again); the
  access point's channel change at 09:58; a new static lease at 11:05 (`[dnsmasq] : config
  reloaded`).

Label notes. The heads are context: rsyslog's and busybox's date, host, facility.level and
ident, the RFC 5424 head and OS10's `Node.1-Unit.1:PRI [event], Dell EMC (OS10) `, Comware's
`%date time:ms year sysname ` and the location `-Slot=2; `, IOS XR's sequence number, node, time
and process. The mnemonics are kept (OS10's `%IFM_OSTATE_DN: `, Comware's `IFNET/3/PHY_UPDOWN: `,
IOS XR's `%PKT_INFRA-LINK-3-UPDOWN : `), as round 57's Cisco IOS and round 124's VRP. Netfilter
lines are labelled by prefix, IP version and protocol (`[WAN_LOCAL-default-D] IPv4 TCP`, `DROP
IPv4 UDP`), as round 80's ulogd. hostapd's interface before `STA` is context, as round 74's
OpenWrt. Words a call site writes literally are wording: DD-WRT's service name and description
passed to dd_loginfo() / stop_process() (`[dnsmasq] : daemon successfully stopped`), the kernel's
`entered` / `left promiscuous mode`, IOS XR's `is UP` / `is DOWN (%s)` of LDP and the bundle's
`is Active` / `is no longer Active`, each a template. Values: states and reasons printed from
tables (Up / Down, up / down, BGP and OSPF states and reasons, BFD diagnostics, wlb's
Inactive / Active / Failover, the bridge port states, LLDP's agent type `Nearest bridge`),
interfaces, addresses, users, VRFs, commands. A message that is a message of its own
contributes its format: pam_unix's lines inside OS10's `%ALM_AUTH_EVENT`, dropbear's `Disconnect
received` and `Exited normally` exit reasons. The parts of a present-or-absent field are two
templates (dhcpd's `DHCPREQUEST for %s (%s) from` with the server identifier next to `for %s
from`). A continuation line (Comware's `H3C Comware Software.`) has no row. rsyslog and busybox
show whole seconds, where the Clock keeps one process's lines a second apart (which spreads
pppd's reconnection over fifteen seconds).

Checked against copies of the sources and real logs: DD-WRT's dd_loginfo() / dd_logstart() /
stop_process() in mirror/dd-wrt (`[%s] : %s`, `%s successfully stopped`, `successfully started`,
`config reloaded`), start_dnsmasq()'s `daemon successfully started`, httpd's `httpd login
failure - bad passwd !`, process_monitor's start and stop; OS10's head and `%IFM_OSTATE_DN` /
`%IFM_OSTATE_UP`, `%IP_ADDRESS_ADD`, `%VLT_HB_UP`, `%ALM_AUTH_EVENT` with a pam_unix message,
the RFC 5424 line with `dn_alm` and its pid (lab write-ups and a SIEM's samples), the event names
`IFM_ASTATE_UP` / `DN`, `VLT_PEER_UP` / `DOWN` (a log analyzer's list) and
`%BGP_NBR_BKWD_STATE_CHG`'s text (a rule's test); Comware's log-file head, `-Slot=2; `,
`PHY_UPDOWN`, `LINK_UPDOWN`, `LLDP_CREATE_NEIGHBOR` / `DELETE`, `LAGG_INACTIVE_PHYSTATE`,
`LAGG_ACTIVE`, `LAGG_LACP_RECEIVE_TIMEOUT`, `LAGG_INACTIVE_NODEREMOVE`, `STM_LINK_DOWN`,
`BOARD_REMOVED`, `HA_BATCHBACKUP_STARTED` / `FINISHED` and `SHELL_LOGIN` (a lab's captured
console and a parser's quoted lines), `SYSLOG_RESTART`'s two lines (H3C's manual); IOS XR's head
and `%PKT_INFRA-LINK-3-UPDOWN` (napalm-logs' example). Least sure (written from the helper's
knowledge): EdgeOS's wlb line and its state words, ddclient's spacing, dhcpd without a pid and
OpenSSH 7.4's preauth close; OS10's `%IFM_ASTATE_*`, `%VLT_*` texts other than `VLT_HB_UP`, the
`event [%s]` of the BGP change, `[event]` for alarms too, one PRI per event; Comware's
`SHELL_LOGOUT`, `SHELL_CMD`, `LOGIN_FAILED`, the three `DOT1X_*` field lists,
`ARP_DUPLICATE_IPADDR_DETECT`, `CFGMAN_CFGCHANGED`, `STM_LINK_UP`, the `STP_*` texts and the order
of the IRF lines; every IOS XR text but LINK-3-UPDOWN (`LINEPROTO`, BGP's `(VRF: ) (AS: )`,
`MAXPFX`, BFD's, OSPF's, LDP's and the bundle manager's wording, the SSHD and SNMP lines), the
process names and pids; DD-WRT's udhcpc wording (busybox 1.36), httpd's and the rc lines having no
ident, hostapd without a pid, `Exit before auth ... Exited normally` and the kernel's bridge lines
on a radio restart.
"""

from __future__ import annotations

import itertools
import random
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, syslog_ts
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any
from generate_round286 import jitter_times

SEC = 1_000_000
MS = 1_000
US = 1


def rmac(r: random.Random, oui: str = "") -> str:
    """A unicast MAC: under `oui` when given, else a random (often locally administered) one."""
    if oui:
        return oui + ":" + ":".join(f"{r.randrange(256):02x}" for _ in range(3))
    first = (r.randrange(256) & 0xFC) | (0x02 if r.random() < 0.4 else 0)
    return ":".join([f"{first:02x}"] + [f"{r.randrange(256):02x}" for _ in range(5)])


def dotted_mac(mac: str) -> str:
    """aa:bb:cc:dd:ee:ff as Comware writes it: aabb-ccdd-eeff."""
    h = mac.replace(":", "")
    return f"{h[0:4]}-{h[4:8]}-{h[8:12]}"


SCANNERS = [
    "45.148.10.92",
    "80.94.95.81",
    "194.26.29.113",
    "141.98.11.54",
    "185.224.128.17",
    "162.216.149.201",
    "89.248.165.11",
    "167.94.138.44",
    "205.210.31.180",
    "79.124.62.130",
    "147.185.132.66",
    "35.203.211.9",
]
SCAN_TCP = [
    23,
    22,
    445,
    3389,
    8080,
    80,
    443,
    5060,
    8443,
    2323,
    6379,
    1433,
    3306,
    5555,
    81,
    8291,
    10443,
]
SCAN_UDP = [53, 123, 161, 1900, 5060, 500, 11211, 5353, 137, 19]


def nf_line(
    r: random.Random,
    prefix: str,
    iif: str,
    oif: str,
    mac_field: str,
    src: str,
    dst: str,
    proto: str,
    dport: int | None = None,
    sport: int | None = None,
) -> str:
    """A netfilter LOG target's line as the kernel writes it (the trailing blank included)."""
    ttl = r.choice([44, 51, 112, 117, 236, 243, 54, 64])
    ln = {"TCP": r.choice([40, 44, 52, 60]), "UDP": r.choice([56, 61, 76, 90]), "ICMP": 84}[proto]
    df = "DF " if r.random() < 0.4 else ""
    head = f"{prefix}IN={iif} OUT={oif} MAC={mac_field} SRC={src} DST={dst} LEN={ln} TOS=0x00 PREC=0x00 TTL={ttl} ID={r.randint(1, 65535)} {df}"
    sp = sport if sport is not None else r.randint(1025, 65535)
    if proto == "TCP":
        win = r.choice([1024, 14600, 29200, 64240, 65535])
        return head + f"PROTO=TCP SPT={sp} DPT={dport} WINDOW={win} RES=0x00 SYN URGP=0 "
    if proto == "UDP":
        return head + f"PROTO=UDP SPT={sp} DPT={dport} LEN={ln - 20} "
    return head + f"PROTO=ICMP TYPE=8 CODE=0 ID={r.randint(1, 65535)} SEQ={r.randint(1, 900)} "


def scan(r: random.Random) -> tuple[str, str, int | None]:
    x = r.random()
    if x < 0.7:
        return "TCP", r.choice(SCANNERS), r.choice(SCAN_TCP)
    if x < 0.9:
        return "UDP", r.choice(SCANNERS), r.choice(SCAN_UDP)
    return "ICMP", r.choice(SCANNERS), None


# ------------------------------------------------------------------------------------ EdgeOS

EO_FIRST = [
    "anna",
    "jonas",
    "lena",
    "omar",
    "maria",
    "felix",
    "sara",
    "tim",
    "nina",
    "paul",
    "eva",
    "jan",
    "lisa",
    "ben",
    "mia",
    "leo",
    "ida",
    "tom",
    "ela",
    "max",
]
EO_USERS = [
    "admin",
    "test",
    "ubnt",
    "oracle",
    "postgres",
    "user",
    "guest",
    "git",
    "ftpuser",
    "support",
    "pi",
    "deploy",
    "ubuntu",
    "administrator",
    "mysql",
]


def edgeos(r: random.Random) -> list[Log]:
    """An EdgeRouter-4 at the head office and an EdgeRouter X at a branch (module docstring)."""
    fs = Files()

    def L(host: str, t: datetime, ident: str, label: str, msg: str) -> datetime:
        name = ident.split("[")[0]
        return fs.add(
            f"{host}-messages",
            t,
            label,
            lambda x: [f"{syslog_ts(x)} {host} {ident}: {msg}"],
            (host, name),
            SEC,
        )

    # --- head office: PPPoE on eth0 (pppoe0), cable backup on eth1, LAN eth2, guests eth2.30
    hq = "er4-hq"
    pppd = "pppd[2287]"
    wan_ip = ["203.0.113.45"]
    cable_ip = "198.51.100.183"
    pppoe_down = (at(9, 12, 41), at(9, 31, 17))
    brute = (at(10, 4, 30), at(10, 52))

    def fw_hq(t: datetime) -> None:
        proto, src, dport = scan(r)
        if in_any(t, [pppoe_down]):
            line = nf_line(
                r,
                "[WAN_LOCAL-default-D]",
                "eth1",
                "",
                f"e0:63:da:1c:4f:02:{rmac(r, '00:01:5c')}:08:00",
                src,
                cable_ip,
                proto,
                dport,
            )
        else:
            line = nf_line(
                r, "[WAN_LOCAL-default-D]", "pppoe0", "", "", src, wan_ip[0], proto, dport
            )
        L(hq, t, "kernel", f"[WAN_LOCAL-default-D] IPv4 {proto}", line)

    for t in jitter_times(r, T0, T_END, 38, 1):
        fw_hq(t)

    # DHCP on the office LAN and the guest network
    def dhcp_clients(
        host: str, lan_if: str, pool: str, n: int, guest_if: str | None, gpool: str | None
    ) -> None:
        kinds = ["iPhone", "Galaxy-S23", "Pixel-8", "LAPTOP", "MacBook-Pro", "ThinkPad"]
        clients = []
        for i in range(n):
            who = EO_FIRST[i % len(EO_FIRST)]
            kind = r.choice(kinds)
            hostn = (
                f"{who.capitalize()}s-{kind}"
                if kind in ("iPhone", "MacBook-Pro")
                else f"{kind}-{who}"
            )
            if kind == "LAPTOP":
                hostn = f"LAPTOP-{''.join(r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(7))}"
            clients.append(
                (
                    hostn,
                    rmac(r),
                    f"{pool}.{20 + i}",
                    kind in ("iPhone", "Galaxy-S23", "Pixel-8"),
                    lan_if,
                )
            )
        if guest_if and gpool:
            for i in range(n // 4):
                clients.append(
                    (
                        f"android-{''.join(r.choice('0123456789abcdef') for _ in range(16))}",
                        rmac(r),
                        f"{gpool}.{100 + i}",
                        True,
                        guest_if,
                    )
                )
        server = {lan_if: f"{pool}.1"}
        if guest_if and gpool:
            server[guest_if] = f"{gpool}.1"
        for hostn, mac, ip, phone, iface in clients:
            arrive = at(7, 20) + sec(r.uniform(0, 2.3 * 3600))
            known = r.random() < 0.8
            t = arrive
            if known:
                t = L(
                    host,
                    t,
                    "dhcpd",
                    "DHCPREQUEST for %s from %s (%s) via %s",
                    f"DHCPREQUEST for {ip} from {mac} ({hostn}) via {iface}",
                )
                L(
                    host,
                    t + sec(r.uniform(0, 1.5)),
                    "dhcpd",
                    "DHCPACK on %s to %s (%s) via %s",
                    f"DHCPACK on {ip} to {mac} ({hostn}) via {iface}",
                )
            else:
                t = L(
                    host,
                    t,
                    "dhcpd",
                    "DHCPDISCOVER from %s (%s) via %s",
                    f"DHCPDISCOVER from {mac} ({hostn}) via {iface}",
                )
                t = L(
                    host,
                    t + sec(r.uniform(0.2, 1.2)),
                    "dhcpd",
                    "DHCPOFFER on %s to %s (%s) via %s",
                    f"DHCPOFFER on {ip} to {mac} ({hostn}) via {iface}",
                )
                t = L(
                    host,
                    t + sec(r.uniform(0.1, 1.5)),
                    "dhcpd",
                    "DHCPREQUEST for %s (%s) from %s (%s) via %s",
                    f"DHCPREQUEST for {ip} ({server[iface]}) from {mac} ({hostn}) via {iface}",
                )
                L(
                    host,
                    t + sec(r.uniform(0, 1)),
                    "dhcpd",
                    "DHCPACK on %s to %s (%s) via %s",
                    f"DHCPACK on {ip} to {mac} ({hostn}) via {iface}",
                )
            if phone:
                # phones ask again whenever they wake up on the Wi-Fi, and at half the guest lease
                for t2 in jitter_times(
                    r, arrive, T_END, 34 * 60 if iface == lan_if else 30 * 60, 300
                ):
                    t2 = L(
                        host,
                        t2,
                        "dhcpd",
                        "DHCPREQUEST for %s from %s (%s) via %s",
                        f"DHCPREQUEST for {ip} from {mac} ({hostn}) via {iface}",
                    )
                    L(
                        host,
                        t2 + sec(r.uniform(0, 1.2)),
                        "dhcpd",
                        "DHCPACK on %s to %s (%s) via %s",
                        f"DHCPACK on {ip} to {mac} ({hostn}) via {iface}",
                    )

    dhcp_clients(hq, "eth2", "192.168.10", 40, "eth2.30", "192.168.30")

    # the cable line's health check loses its pings now and then in the morning
    for t in [at(6, 41, 12), at(7, 58, 40), at(8, 27, 5)]:
        t = L(
            hq,
            t,
            "wlb",
            "group %s, interface %s going %s",
            "group WAN_FAILOVER, interface eth1 going Inactive",
        )
        L(
            hq,
            t + sec(r.uniform(35, 95)),
            "wlb",
            "group %s, interface %s going %s",
            "group WAN_FAILOVER, interface eth1 going Failover",
        )

    # the PPPoE line drops at 09:12 and is back at 09:31
    t = pppoe_down[0]
    t = L(hq, t, pppd, "No response to %d echo-requests", "No response to 3 echo-requests")
    t = L(
        hq,
        t,
        pppd,
        "Serial link appears to be disconnected.",
        "Serial link appears to be disconnected.",
    )
    t = L(hq, t, pppd, "Connect time %d.%d minutes.", "Connect time 1512.7 minutes.")
    t = L(
        hq,
        t,
        pppd,
        "Sent %u bytes, received %u bytes.",
        f"Sent {r.randint(10**9, 4 * 10**9)} bytes, received {r.randint(4 * 10**9, 9 * 10**9)} bytes.",
    )
    t = L(hq, t, pppd, "Connection terminated.", "Connection terminated.")
    L(
        hq,
        t + sec(4),
        "wlb",
        "group %s, interface %s going %s",
        "group WAN_FAILOVER, interface pppoe0 going Inactive",
    )
    L(
        hq,
        t + sec(5),
        "wlb",
        "group %s, interface %s going %s",
        "group WAN_FAILOVER, interface eth1 going Active",
    )
    t += sec(5)
    while t < pppoe_down[1] - sec(70):
        t = L(
            hq,
            t + sec(r.uniform(34.5, 36.5)),
            pppd,
            "Timeout waiting for PADO packets",
            "Timeout waiting for PADO packets",
        )
        t = L(
            hq, t, pppd, "Unable to complete PPPoE Discovery", "Unable to complete PPPoE Discovery"
        )
        t += sec(5)
    wan_ip[0] = "203.0.113.118"
    t = pppoe_down[1]
    t = L(hq, t, pppd, "PPP session is %d", f"PPP session is {r.randint(1000, 9000)}")
    t = L(
        hq,
        t,
        pppd,
        "Connected to %s via interface %s",
        "Connected to 00:1b:21:7a:44:90 via interface eth0",
    )
    t = L(hq, t, pppd, "Using interface %s", "Using interface pppoe0")
    t = L(hq, t, pppd, "Connect: %s <--> %s", "Connect: pppoe0 <--> eth0")
    t = L(hq, t, pppd, "PAP authentication succeeded", "PAP authentication succeeded")
    t = L(
        hq,
        t,
        pppd,
        "peer from calling number %q authorized",
        "peer from calling number 00:1B:21:7A:44:90 authorized",
    )
    t = L(hq, t, pppd, "local  IP address %I", f"local  IP address {wan_ip[0]}")
    t = L(hq, t, pppd, "remote IP address %I", "remote IP address 203.0.113.1")
    t = L(hq, t, pppd, "primary   DNS address %I", "primary   DNS address 192.0.2.53")
    t = L(hq, t, pppd, "secondary DNS address %I", "secondary DNS address 192.0.2.54")
    t2 = L(hq, t + sec(1), "dnsmasq[1931]", "reading %s", "reading /etc/resolv.conf")
    t2 = L(hq, t2, "dnsmasq[1931]", "using nameserver %s#%d", "using nameserver 192.0.2.53#53")
    L(hq, t2, "dnsmasq[1931]", "using nameserver %s#%d", "using nameserver 192.0.2.54#53")
    t = L(
        hq,
        t + sec(r.uniform(8, 12)),
        "wlb",
        "group %s, interface %s going %s",
        "group WAN_FAILOVER, interface pppoe0 going Active",
    )
    L(
        hq,
        t,
        "wlb",
        "group %s, interface %s going %s",
        "group WAN_FAILOVER, interface eth1 going Failover",
    )
    L(
        hq,
        t + sec(r.uniform(50, 70)),
        "ddclient[2654]",
        "SUCCESS:  updating %s: good: IP address set to %s",
        f"SUCCESS:  updating office.example.net: good: IP address set to {wan_ip[0]}",
    )

    # SSH to the router is open on the WAN (rule 30, logged); a password attack 10:04-10:52
    def ssh_accept(host: str, t: datetime, src: str, dst: str, iif: str) -> None:
        line = nf_line(r, "[WAN_LOCAL-30-A]", iif, "", "", src, dst, "TCP", 22)
        L(host, t, "kernel", "[WAN_LOCAL-30-A] IPv4 TCP", line)

    attackers = ["218.92.0.112", "61.177.172.140"]
    t = brute[0]
    sshd_pid = 14210
    while t < brute[1]:
        src = r.choice(attackers)
        port = r.randint(30000, 65000)
        ssh_accept(hq, t, src, wan_ip[0], "pppoe0")
        ident = f"sshd[{sshd_pid}]"
        sshd_pid += r.randint(1, 4)
        t1 = t + sec(r.uniform(0.5, 2))
        if r.random() < 0.3:
            user = "ubnt"
            for _ in range(r.randint(1, 3)):
                t1 = L(
                    hq,
                    t1 + sec(r.uniform(1.5, 3.5)),
                    ident,
                    "Failed password for %s from %s port %d ssh2",
                    f"Failed password for {user} from {src} port {port} ssh2",
                )
            L(
                hq,
                t1 + sec(r.uniform(0.2, 1)),
                ident,
                "Connection closed by %s port %d [preauth]",
                f"Connection closed by {src} port {port} [preauth]",
            )
        else:
            user = r.choice(EO_USERS)
            t1 = L(
                hq,
                t1,
                ident,
                "Invalid user %s from %s port %d",
                f"Invalid user {user} from {src} port {port}",
            )
            for _ in range(r.randint(1, 3)):
                t1 = L(
                    hq,
                    t1 + sec(r.uniform(1.5, 3.5)),
                    ident,
                    "Failed password for invalid user %s from %s port %d ssh2",
                    f"Failed password for invalid user {user} from {src} port {port} ssh2",
                )
            L(
                hq,
                t1 + sec(r.uniform(0.2, 1)),
                ident,
                "Connection closed by %s port %d [preauth]",
                f"Connection closed by {src} port {port} [preauth]",
            )
        t += sec(r.uniform(18, 42))

    # the admin from the LAN at 11:10 and 11:41
    for t in [at(11, 10, 3), at(11, 41, 50)]:
        ident = f"sshd[{sshd_pid}]"
        sshd_pid += 37
        port = r.randint(50000, 60000)
        t = L(
            hq,
            t,
            ident,
            "Accepted password for %s from %s port %d ssh2",
            f"Accepted password for netadmin from 192.168.10.21 port {port} ssh2",
        )
        t = L(
            hq,
            t,
            ident,
            "pam_unix(sshd:session): session opened for user %s by (uid=%d)",
            "pam_unix(sshd:session): session opened for user netadmin by (uid=0)",
        )
        t += sec(r.uniform(120, 600))
        t = L(
            hq,
            t,
            ident,
            "Received disconnect from %s port %d:11: disconnected by user",
            f"Received disconnect from 192.168.10.21 port {port}:11: disconnected by user",
        )
        L(
            hq,
            t,
            ident,
            "pam_unix(sshd:session): session closed for user %s",
            "pam_unix(sshd:session): session closed for user netadmin",
        )

    # --- branch: DHCP WAN on eth0, LAN on switch0, guests on switch0.30 (GUEST_IN drops them)
    br = "erx-branch"
    br_ip = "100.70.14.203"
    for t in jitter_times(r, T0, T_END, 70, 1):
        proto, src, dport = scan(r)
        line = nf_line(
            r,
            "[WAN_LOCAL-default-D]",
            "eth0",
            "",
            f"f0:9f:c2:6a:11:30:{rmac(r, '00:31:46')}:08:00",
            src,
            br_ip,
            proto,
            dport,
        )
        L(br, t, "kernel", f"[WAN_LOCAL-default-D] IPv4 {proto}", line)
    lease_at = T0 + sec(r.uniform(100, 1700))
    while lease_at < T_END:
        t = L(
            br,
            lease_at,
            "dhclient",
            "DHCPREQUEST on %s to %s port %d",
            "DHCPREQUEST on eth0 to 100.70.0.1 port 67",
        )
        t = L(
            br, t + sec(r.uniform(0, 1)), "dhclient", "DHCPACK from %s", "DHCPACK from 100.70.0.1"
        )
        ren = r.randint(1500, 1790)
        L(
            br,
            t,
            "dhclient",
            "bound to %s -- renewal in %ld seconds.",
            f"bound to {br_ip} -- renewal in {ren} seconds.",
        )
        lease_at = t + sec(ren)
    guests = [(f"192.168.30.{110 + i}", rmac(r)) for i in range(6)]
    for t in jitter_times(r, at(8, 5), at(11, 50), 85, 1):
        ip, gmac = r.choice(guests)
        kind = r.random()
        if kind < 0.55:
            dst, proto, dport = (
                f"192.168.20.{r.choice([5, 6, 12])}",
                "TCP",
                r.choice([445, 9100, 631, 139, 80]),
            )
        elif kind < 0.85:
            dst, proto, dport = "192.168.20.255", "UDP", r.choice([137, 138])
        else:
            dst, proto, dport = "192.168.20.10", "UDP", 53
        line = nf_line(
            r,
            "[GUEST_IN-10-D]",
            "switch0.30",
            "switch0",
            f"74:83:c2:9b:05:e1:{gmac}:08:00",
            ip,
            dst,
            proto,
            dport,
        )
        L(br, t, "kernel", f"[GUEST_IN-10-D] IPv4 {proto}", line)
    dhcp_clients(br, "switch0", "192.168.20", 14, "switch0.30", "192.168.30")
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ Dell OS10

D10_HEAD = "Node.1-Unit.1:PRI [event], Dell EMC (OS10) "


def dell_os10(r: random.Random) -> list[Log]:
    """Two VLT pairs of S5248F-ON leaves through the collector's rsyslog (module docstring)."""
    fs = Files()
    alm_pid = {"leaf1a": 687, "leaf1b": 690, "leaf2a": 702, "leaf2b": 688}

    def raw(host: str, t: datetime, pri: int, app: str, pid: int, label: str, msg: str) -> datetime:
        return fs.add(
            f"{host}.log",
            t,
            label,
            lambda x: [
                f"<{pri}>1 {x:%Y-%m-%dT%H:%M:%S}.{x.microsecond:06d}+00:00 {host} {app} {pid} - - {msg}"
            ],
            (host, app, pid),
            US,
        )

    def EV(host: str, t: datetime, label: str, msg: str, pri: int = 165) -> datetime:
        return raw(host, t, pri, "dn_alm", alm_pid[host], "%" + label, D10_HEAD + "%" + msg)

    def down(host: str, t: datetime, ifn: str) -> datetime:
        return EV(
            host,
            t,
            "IFM_OSTATE_DN: Interface operational state is down :%s",
            f"IFM_OSTATE_DN: Interface operational state is down :{ifn}",
        )

    def up(host: str, t: datetime, ifn: str) -> datetime:
        return EV(
            host,
            t,
            "IFM_OSTATE_UP: Interface operational state is up :%s",
            f"IFM_OSTATE_UP: Interface operational state is up :{ifn}",
        )

    sshd_pid = {h: 20000 + 3000 * i for i, h in enumerate(alm_pid)}

    def session(host: str, t: datetime, user: str, src: str, dur: float) -> datetime:
        pid = sshd_pid[host] = sshd_pid[host] + r.randint(3, 40)
        port = r.randint(33000, 60999)
        t = raw(
            host,
            t,
            86,
            "sshd",
            pid,
            "Accepted password for %s from %s port %d ssh2",
            f"Accepted password for {user} from {src} port {port} ssh2",
        )
        t = EV(
            host,
            t + sec(r.uniform(0.01, 0.2)),
            "ALM_AUTH_EVENT: Authentication event was raised MESSAGE=pam_unix(sshd:session): session opened for user %s by (uid=%d)",
            f"ALM_AUTH_EVENT: Authentication event was raised MESSAGE=pam_unix(sshd:session): session opened for user {user} by (uid=0)",
        )
        t += sec(dur)
        t = raw(
            host,
            t,
            86,
            "sshd",
            pid,
            "Received disconnect from %s port %d:11: disconnected by user",
            f"Received disconnect from {src} port {port}:11: disconnected by user",
        )
        t = raw(
            host,
            t,
            86,
            "sshd",
            pid,
            "Disconnected from user %s %s port %d",
            f"Disconnected from user {user} {src} port {port}",
        )
        return EV(
            host,
            t + sec(r.uniform(0.01, 0.1)),
            "ALM_AUTH_EVENT: Authentication event was raised MESSAGE=pam_unix(sshd:session): session closed for user %s",
            f"ALM_AUTH_EVENT: Authentication event was raised MESSAGE=pam_unix(sshd:session): session closed for user {user}",
        )

    hosts = list(alm_pid)
    reload_gap = (at(10, 40, 12), at(10, 47, 3))
    # Oxidized backs every switch up every 15 minutes
    for i, h in enumerate(hosts):
        t = T0 + sec(95 + 41 * i)
        while t < T_END:
            if not (
                h == "leaf2b" and in_any(t, [(reload_gap[0] - sec(60), reload_gap[1] + sec(120))])
            ):
                session(h, t + sec(r.uniform(0, 4)), "oxidized", "10.10.0.25", r.uniform(5, 11))
            t += sec(900)

    # the monitoring's SSH check still uses the password rotated at 05:30 (fixed at 10:15)
    for i, h in enumerate(hosts):
        t = T0 + sec(20 + 13 * i)
        while t < at(10, 15):
            if not (h == "leaf2b" and in_any(t, [reload_gap])):
                pid = sshd_pid[h] = sshd_pid[h] + r.randint(3, 40)
                port = r.randint(33000, 60999)
                t1 = EV(
                    h,
                    t + sec(r.uniform(0, 2)),
                    "ALM_AUTH_EVENT: Authentication event was raised MESSAGE=pam_unix(sshd:auth): authentication failure; logname=%s uid=%d euid=%d tty=%s ruser=%s rhost=%s  user=%s",
                    "ALM_AUTH_EVENT: Authentication event was raised MESSAGE=pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=10.10.9.14  user=nagios",
                )
                raw(
                    h,
                    t1 + sec(r.uniform(1.8, 2.6)),
                    86,
                    "sshd",
                    pid,
                    "Failed password for %s from %s port %d ssh2",
                    f"Failed password for nagios from 10.10.9.14 port {port} ssh2",
                )
            t += sec(180)

    # leaf1a's uplink to spine2 (ethernet1/1/54) flaps with a dirty optic, 07:20-08:41
    for t in jitter_times(r, at(7, 20), at(8, 41), 75, 30):
        t = down("leaf1a", t, "ethernet1/1/54")
        t = EV(
            "leaf1a",
            t + sec(r.uniform(0.05, 0.4)),
            "BGP_NBR_BKWD_STATE_CHG: Backward state change occurred for peer [%s], vrf [%s], old state [%s], new state [%s], event [%s]",
            "BGP_NBR_BKWD_STATE_CHG: Backward state change occurred for peer [10.0.1.6], vrf [default], old state [ESTABLISHED], new state [IDLE], event [ADJCHANGE: Interface flap]",
            164,
        )
        up("leaf1a", t + sec(r.uniform(4, 45)), "ethernet1/1/54")

    # the ESXi hosts on leaf2a/leaf2b are rebooted one after the other, 09:00-10:27
    t = at(9, 0, 12)
    for n in range(1, 13):
        eth, po = f"ethernet1/1/{n}", f"port-channel{n}"
        for h in ("leaf2a", "leaf2b"):
            t1 = down(h, t + sec(r.uniform(0, 0.3)), eth)
            t1 = down(h, t1 + sec(r.uniform(0.01, 0.05)), po)
            t1 = up(h, t1 + sec(r.uniform(170, 200)), eth)
            t1 = down(h, t1 + sec(r.uniform(3, 6)), eth)
            t1 = up(h, t1 + sec(r.uniform(20, 28)), eth)
            up(h, t1 + sec(r.uniform(2, 5)), po)
        t += sec(r.uniform(380, 460))

    # leaf2b reloads into 10.5.5.4 at 10:40
    session("leaf2b", at(10, 36, 40), "admin", "10.10.0.5", 200)
    t = reload_gap[0]
    for n in range(49, 53):
        t = down("leaf2a", t + sec(r.uniform(0, 0.02)), f"ethernet1/1/{n}")
    t = EV(
        "leaf2a",
        t + sec(0.3),
        "VLT_VLTi_LINK_DOWN: VLTi is down between local unit and peer unit %d",
        "VLT_VLTi_LINK_DOWN: VLTi is down between local unit and peer unit 2",
        164,
    )
    t = EV(
        "leaf2a",
        t + sec(2.1),
        "VLT_HB_DOWN: VLT peer heartbeat link is down",
        "VLT_HB_DOWN: VLT peer heartbeat link is down",
        164,
    )
    EV(
        "leaf2a",
        t + sec(0.2),
        "VLT_PEER_DOWN: VLT unit %d is down",
        "VLT_PEER_DOWN: VLT unit 2 is down",
        164,
    )
    alm_pid["leaf2b"] = 671
    t = reload_gap[1]
    conf = (
        [f"ethernet1/1/{n}" for n in list(range(1, 13)) + list(range(49, 55))]
        + ["mgmt1/1/1", "loopback0", "vlan10", "vlan20", "vlan30"]
        + [f"port-channel{n}" for n in range(1, 13)]
    )
    for ifn in conf:
        t = EV(
            "leaf2b",
            t + sec(r.uniform(0.002, 0.05)),
            "IFM_ASTATE_UP: Interface admin state up :%s",
            f"IFM_ASTATE_UP: Interface admin state up :{ifn}",
        )
    for ip, vrf in [
        ("10.10.0.14/24", "management"),
        ("10.0.0.14/32", "default"),
        ("10.20.10.3/24", "default"),
        ("10.20.20.3/24", "default"),
        ("10.20.30.3/24", "default"),
    ]:
        t = EV(
            "leaf2b",
            t + sec(r.uniform(0.01, 0.2)),
            "IP_ADDRESS_ADD: IP Address add is successful. IP %s in VRF:%s added successfully",
            f"IP_ADDRESS_ADD: IP Address add is successful. IP {ip} in VRF:{vrf} added successfully",
        )
    t += sec(14)
    for ifn in ["mgmt1/1/1"] + [
        f"ethernet1/1/{n}" for n in list(range(49, 55)) + list(range(1, 13))
    ]:
        t = up("leaf2b", t + sec(r.uniform(0.01, 0.3)), ifn)
        if ifn == "ethernet1/1/52":
            for n in range(49, 53):
                up("leaf2a", t + sec(r.uniform(0, 0.5)), f"ethernet1/1/{n}")
    t = EV(
        "leaf2b",
        t + sec(6.2),
        "VLT_HB_UP: VLT peer heartbeat link is up",
        "VLT_HB_UP: VLT peer heartbeat link is up",
    )
    EV(
        "leaf2a",
        t + sec(0.4),
        "VLT_HB_UP: VLT peer heartbeat link is up",
        "VLT_HB_UP: VLT peer heartbeat link is up",
    )
    t = EV(
        "leaf2b",
        t + sec(1.3),
        "VLT_VLTi_LINK_UP: VLTi is up between local unit and peer unit %d",
        "VLT_VLTi_LINK_UP: VLTi is up between local unit and peer unit 1",
    )
    EV(
        "leaf2a",
        t + sec(0.1),
        "VLT_VLTi_LINK_UP: VLTi is up between local unit and peer unit %d",
        "VLT_VLTi_LINK_UP: VLTi is up between local unit and peer unit 2",
    )
    t = EV(
        "leaf2b", t + sec(0.5), "VLT_PEER_UP: VLT unit %d is up", "VLT_PEER_UP: VLT unit 1 is up"
    )
    EV("leaf2a", t + sec(0.2), "VLT_PEER_UP: VLT unit %d is up", "VLT_PEER_UP: VLT unit 2 is up")
    t += sec(90)  # delay-restore
    for n in range(1, 13):
        t = up("leaf2b", t + sec(r.uniform(0.01, 0.1)), f"port-channel{n}")

    # a server's bad cable on leaf1b, 10:05-11:40; the port shut at 11:41 and the cable replaced
    for t in jitter_times(r, at(10, 5), at(11, 40), 90, 20):
        t = down("leaf1b", t, "ethernet1/1/20")
        up("leaf1b", t + sec(r.uniform(2, 9)), "ethernet1/1/20")
    t = session("leaf1b", at(11, 40, 31), "admin", "10.10.0.5", 40)
    t = EV(
        "leaf1b",
        at(11, 41, 2),
        "IFM_ASTATE_DN: Interface admin state down :%s",
        "IFM_ASTATE_DN: Interface admin state down :ethernet1/1/20",
    )
    t = down("leaf1b", t + sec(0.02), "ethernet1/1/20")
    t = session("leaf1b", at(11, 52, 14), "admin", "10.10.0.5", 30)
    t = EV(
        "leaf1b",
        at(11, 52, 30),
        "IFM_ASTATE_UP: Interface admin state up :%s",
        "IFM_ASTATE_UP: Interface admin state up :ethernet1/1/20",
    )
    up("leaf1b", t + sec(2.7), "ethernet1/1/20")

    # a new VLAN interface on leaf1a and leaf1b at 11:15
    for h, ip in [("leaf1a", "10.20.40.2/24"), ("leaf1b", "10.20.40.3/24")]:
        t = session(h, at(11, 14, 20) + sec(r.uniform(0, 60)), "admin", "10.10.0.5", 5)
        t = EV(
            h,
            at(11, 16, 2) + sec(r.uniform(0, 30)),
            "IFM_ASTATE_UP: Interface admin state up :%s",
            "IFM_ASTATE_UP: Interface admin state up :vlan40",
        )
        t = EV(
            h,
            t + sec(r.uniform(0.2, 0.8)),
            "IP_ADDRESS_ADD: IP Address add is successful. IP %s in VRF:%s added successfully",
            f"IP_ADDRESS_ADD: IP Address add is successful. IP {ip} in VRF:default added successfully",
        )
        up(h, t + sec(r.uniform(0.1, 0.5)), "vlan40")
    return fs.logs(T0)


# ------------------------------------------------------------------------------- H3C Comware

H3C_USERS = [
    "jdoe",
    "mkeller",
    "afischer",
    "lweber",
    "tschulz",
    "nwagner",
    "sbecker",
    "khoffmann",
    "pschmidt",
    "ameyer",
    "dkoch",
    "crichter",
    "bklein",
    "jwolf",
    "eneumann",
    "fschwarz",
    "gzimmer",
    "hbraun",
    "ikrueger",
    "lhartmann",
    "mlange",
    "nwerner",
    "okrause",
    "pmeier",
    "rlehmann",
    "sschmitt",
    "tschulze",
    "umaier",
    "vkoehler",
    "wherrmann",
    "ykoenig",
    "zwalter",
    "aberger",
    "bfuchs",
    "cvogel",
    "dfrank",
]


def h3c_comware(r: random.Random) -> list[Log]:
    """An IRF core and three access switches' log files (module docstring)."""
    fs = Files()

    def L(
        dev: str,
        t: datetime,
        mod: str,
        label: str,
        msg: str,
        loc: str = "",
        extra: list[str] | None = None,
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            head = f"%{x:%b} {x.day:2d} {x:%H:%M:%S}:{x.microsecond // 1000:03d} {x:%Y} {dev.upper()} {mod}: {loc}{msg}"
            return [head] + (extra or [])

        return fs.add(f"{dev.lower()}.log", t, f"{mod}: {label}", text, dev, MS)

    def phy(dev: str, t: datetime, ifn: str, state: str, loc: str = "") -> datetime:
        return L(
            dev,
            t,
            "IFNET/3/PHY_UPDOWN",
            "Physical state on the interface %s changed to %s.",
            f"Physical state on the interface {ifn} changed to {state}.",
            loc,
        )

    def link(dev: str, t: datetime, ifn: str, state: str, loc: str = "") -> datetime:
        return L(
            dev,
            t,
            "IFNET/5/LINK_UPDOWN",
            "Line protocol state on the interface %s changed to %s.",
            f"Line protocol state on the interface {ifn} changed to {state}.",
            loc,
        )

    def lldp(
        dev: str, t: datetime, verb: str, ifn: str, idx: int, chassis: str, port: str, loc: str = ""
    ) -> datetime:
        mn = "LLDP/6/LLDP_CREATE_NEIGHBOR" if verb == "created" else "LLDP/6/LLDP_DELETE_NEIGHBOR"
        return L(
            dev,
            t,
            mn,
            f"%s agent neighbor {verb} on port %s (IfIndex %d), neighbor's chassis ID is %s, port ID is %s.",
            f"Nearest bridge agent neighbor {verb} on port {ifn} (IfIndex {idx}), neighbor's chassis ID is {chassis}, port ID is {port}.",
            loc,
        )

    def lagg_down(dev: str, t: datetime, port: str, group: str, loc: str = "") -> datetime:
        return L(
            dev,
            t,
            "LAGG/6/LAGG_INACTIVE_PHYSTATE",
            "Member port %s of aggregation group %s changed to the inactive state, because the physical state of the port is down.",
            f"Member port {port} of aggregation group {group} changed to the inactive state, because the physical state of the port is down.",
            loc,
        )

    def lagg_up(dev: str, t: datetime, port: str, group: str, loc: str = "") -> datetime:
        return L(
            dev,
            t,
            "LAGG/6/LAGG_ACTIVE",
            "Member port %s of aggregation group %s changed to the active state.",
            f"Member port {port} of aggregation group {group} changed to the active state.",
            loc,
        )

    def cmd(dev: str, t: datetime, user: str, ip: str, line: str, c: str) -> datetime:
        return L(
            dev,
            t,
            "SHELL/6/SHELL_CMD",
            "-Line=%s-IPAddr=%s-User=%s; Command is %s",
            f"-Line={line}-IPAddr={ip}-User={user}; Command is {c}",
        )

    acc = ["ACC-F1", "ACC-F2", "ACC-F3"]
    core = "CORE"
    core_mac = "3cd2-e5a1-0100"
    acc_mac = {a: f"70ba-ef3c-{i + 1:02x}00" for i, a in enumerate(acc)}
    user_of: dict[tuple[str, int], str] = {}
    users = iter(r.sample(H3C_USERS * 2, len(H3C_USERS) * 2))
    phones: dict[str, list[tuple[int, str]]] = {}
    laptops: dict[str, list[tuple[int, str, str]]] = {}
    for a in acc:
        phones[a] = [(n, dotted_mac(rmac(r, "80:5e:c0"))) for n in range(1, 31)]
        laptops[a] = []
        for n in range(31, 47):
            u = next(users, f"user{n}")
            laptops[a].append((n, dotted_mac(rmac(r)), u))
            user_of[(a, n)] = u

    def dot1x_ok(dev: str, t: datetime, n: int, mac: str, user: str, vlan: int) -> datetime:
        return L(
            dev,
            t,
            "DOT1X/6/DOT1X_LOGIN_SUCC",
            "-IfName=%s-MACAddr=%s-AccessVLANID=%s-AuthorizationVLANID=%s-Username=%s; User passed 802.1X authentication and came online.",
            f"-IfName=GigabitEthernet1/0/{n}-MACAddr={mac}-AccessVLANID={vlan}-AuthorizationVLANID={vlan}-Username={user}; User passed 802.1X authentication and came online.",
        )

    def dot1x_off(dev: str, t: datetime, n: int, mac: str, user: str, vlan: int) -> datetime:
        return L(
            dev,
            t,
            "DOT1X/6/DOT1X_LOGOFF",
            "-IfName=%s-MACAddr=%s-VLANID=%s-Username=%s-ErrCode=%s; Session of the 802.1X user was terminated.",
            f"-IfName=GigabitEthernet1/0/{n}-MACAddr={mac}-VLANID={vlan}-Username={user}-ErrCode=1; Session of the 802.1X user was terminated.",
        )

    # the IP phones take a firmware push at 06:30 and reboot one after the other
    for a in acc:
        t = at(6, 30) + sec(r.uniform(0, 60))
        for n, pm in phones[a]:
            ifn = f"GigabitEthernet1/0/{n}"
            t1 = phy(a, t, ifn, "down")
            t1 = link(a, t1 + sec(0.002), ifn, "down")
            t1 = lldp(a, t1 + sec(r.uniform(0.01, 0.3)), "deleted", ifn, n, pm, pm)
            t1 = phy(a, t1 + sec(r.uniform(55, 80)), ifn, "up")
            t1 = link(a, t1 + sec(0.003), ifn, "up")
            lldp(a, t1 + sec(r.uniform(25, 35)), "created", ifn, n, pm, pm)
            t += sec(r.uniform(20, 45))

    # docked laptops arrive 07:30-09:30 (802.1X on the port); laptops behind the phones too
    vlan_of = {"ACC-F1": 10, "ACC-F2": 20, "ACC-F3": 30}
    morning: dict[str, list[tuple[datetime, int, str, str, bool]]] = {a: [] for a in acc}
    for a in acc:
        for n, lm, u in laptops[a]:
            morning[a].append((at(7, 30) + sec(r.uniform(0, 7200)), n, lm, u, True))
        for n, _pm in r.sample(phones[a], 22):
            morning[a].append(
                (
                    at(7, 25) + sec(r.uniform(0, 7500)),
                    n,
                    dotted_mac(rmac(r)),
                    next(users, f"user{a}{n}"),
                    False,
                )
            )
    for a in acc:
        for t, n, lm, u, docked in morning[a]:
            if a == "ACC-F2" and u == morning[a][3][3]:
                continue  # this one's password has expired (below)
            ifn = f"GigabitEthernet1/0/{n}"
            if docked:
                t = phy(a, t, ifn, "up")
                t = link(a, t + sec(0.003), ifn, "up")
                t += sec(r.uniform(2, 6))
            t = dot1x_ok(a, t, n, lm, u, vlan_of[a])
            if not docked:
                continue
            # undocked for meetings and docked again, some gone for lunch by 11:25
            lunch = at(11, 25) + sec(r.uniform(0, 2000)) if r.random() < 0.3 else T_END
            while True:
                t = t + sec(r.uniform(25, 110) * 60)
                if t >= lunch - sec(1800):
                    break
                t = dot1x_off(a, t, n, lm, u, vlan_of[a])
                t = phy(a, t + sec(0.01), ifn, "down")
                t = link(a, t + sec(0.002), ifn, "down")
                t = phy(a, t + sec(r.uniform(20, 65) * 60), ifn, "up")
                t = link(a, t + sec(0.003), ifn, "up")
                t = dot1x_ok(a, t + sec(r.uniform(2, 6)), n, lm, u, vlan_of[a])
            if lunch < T_END:
                t2 = dot1x_off(a, lunch, n, lm, u, vlan_of[a])
                t2 = phy(a, t2 + sec(0.01), ifn, "down")
                link(a, t2 + sec(0.002), ifn, "down")

    # an expired password on ACC-F2, 08:05-08:48
    t, n, lm, u, _ = morning["ACC-F2"][3]
    t = max(t, at(8, 5))
    t = phy("ACC-F2", t, f"GigabitEthernet1/0/{n}", "up")
    t = link("ACC-F2", t + sec(0.003), f"GigabitEthernet1/0/{n}", "up")
    while t < at(8, 48):
        t = L(
            "ACC-F2",
            t + sec(r.uniform(55, 75)),
            "DOT1X/6/DOT1X_LOGIN_FAILURE",
            "-IfName=%s-MACAddr=%s-VLANID=%s-Username=%s; User failed 802.1X authentication.",
            f"-IfName=GigabitEthernet1/0/{n}-MACAddr={lm}-VLANID=20-Username={u}; User failed 802.1X authentication.",
        )
    dot1x_ok("ACC-F2", t + sec(r.uniform(30, 90)), n, lm, u, 20)

    # ACC-F2's uplink to core member 1 (XGE1/0/49) loses light now and then, 08:50-09:40
    for t in jitter_times(r, at(8, 50), at(9, 40), 95, 15):
        t = lagg_down("ACC-F2", t, "XGE1/0/49", "BAGG1")
        t = phy("ACC-F2", t + sec(0.002), "Ten-GigabitEthernet1/0/49", "down")
        t = link("ACC-F2", t + sec(0.001), "Ten-GigabitEthernet1/0/49", "down")
        L(
            core,
            t + sec(r.uniform(2.9, 3.2)),
            "LAGG/6/LAGG_LACP_RECEIVE_TIMEOUT",
            "LACPDU reception timed out on member port %s in aggregation group %s.",
            "LACPDU reception timed out on member port XGE1/0/2 in aggregation group BAGG12.",
        )
        t = phy("ACC-F2", t + sec(r.uniform(3, 25)), "Ten-GigabitEthernet1/0/49", "up")
        t = link("ACC-F2", t + sec(0.002), "Ten-GigabitEthernet1/0/49", "up")
        t = lagg_up("ACC-F2", t + sec(r.uniform(1, 2.5)), "XGE1/0/49", "BAGG1")
        lagg_up(core, t + sec(r.uniform(0.01, 0.3)), "XGE1/0/2", "BAGG12")

    # a printer at 10.30.20.57 has the address of a laptop, 09:20-10:40
    for t in jitter_times(r, at(9, 20), at(10, 40), 200, 60):
        L(
            core,
            t,
            "ARP/6/ARP_DUPLICATE_IPADDR_DETECT",
            "Detected an IP address conflict. The device with MAC address %s connected to %s in VLAN %s and the device with MAC address %s connected to %s in VLAN %s are using the same IP address %s.",
            "Detected an IP address conflict. The device with MAC address 0017-c8a2-5e10 connected to Bridge-Aggregation12 in VLAN 20 and the device with MAC address 3c52-82aa-1f0c connected to Bridge-Aggregation12 in VLAN 20 are using the same IP address 10.30.20.57.",
        )

    # the security team's scanner tries default passwords on every switch at 09:15
    for i, d in enumerate([core, *acc]):
        t = at(9, 15) + sec(97 * i + r.uniform(0, 1))
        for u in [
            "admin",
            "admin",
            "root",
            "h3c",
            "manager",
            "admin",
            "operator",
            "guest",
            "cisco",
            "admin",
            "support",
            "test",
        ]:
            t = L(
                d,
                t + sec(r.uniform(2, 6)),
                "LOGIN/5/LOGIN_FAILED",
                "%s (%s) failed to log in.",
                f"{u} (10.30.99.7) failed to log in.",
            )

    # the core's IRF cables are re-patched at 10:05 (member 2 splits off for two minutes)
    t = at(10, 5, 21.337)
    t = lldp(core, t, "deleted", "FortyGigE2/0/53", 566, core_mac, "FortyGigE1/0/53", "-Slot=2; ")
    for n in (53, 54):
        t = phy(core, t + sec(r.uniform(0.1, 0.5)), f"FortyGigE1/0/{n}", "down")
        t = link(core, t + sec(0.001), f"FortyGigE1/0/{n}", "down")
    lldp(core, t, "deleted", "FortyGigE2/0/54", 567, core_mac, "FortyGigE1/0/54", "-Slot=2; ")
    t = L(
        core,
        t + sec(0.03),
        "STM/3/STM_LINK_DOWN",
        "IRF port %d went down.",
        "IRF port 1 went down.",
    )
    t = L(
        core,
        t + sec(0.001),
        "DEV/3/BOARD_REMOVED",
        "Board was removed from slot %d, type is %s.",
        "Board was removed from slot 2, type is H3C S6850-56HF.",
    )
    for n, grp in [(1, "BAGG11"), (2, "BAGG12"), (3, "BAGG13")]:
        t = L(
            core,
            t + sec(r.uniform(0.01, 0.03)),
            "LAGG/6/LAGG_INACTIVE_NODEREMOVE",
            "Member port %s of aggregation group %s changed to the inactive state, because the card that hosts the port was absent.",
            f"Member port XGE2/0/{n} of aggregation group {grp} changed to the inactive state, because the card that hosts the port was absent.",
        )
    for a in acc:
        t1 = lagg_down(a, t + sec(r.uniform(2, 4)), "XGE1/0/50", "BAGG1")
        t1 = phy(a, t1 + sec(0.002), "Ten-GigabitEthernet1/0/50", "down")
        link(a, t1 + sec(0.001), "Ten-GigabitEthernet1/0/50", "down")
    t = at(10, 7, 44.118)
    for n, grp in [(1, "BAGG11"), (2, "BAGG12"), (3, "BAGG13")]:
        t = L(
            core,
            t + sec(r.uniform(0.2, 0.6)),
            "LAGG/6/LAGG_LACP_RECEIVE_TIMEOUT",
            "LACPDU reception timed out on member port %s in aggregation group %s.",
            f"LACPDU reception timed out on member port XGE2/0/{n} in aggregation group {grp}.",
            "-Slot=2; ",
        )
    t = lldp(core, t + sec(1.5), "created", "FortyGigE1/0/54", 55, core_mac, "FortyGigE2/0/54")
    for n in (53, 54):
        t = phy(core, t + sec(r.uniform(0.1, 0.4)), f"FortyGigE2/0/{n}", "up")
        t = link(core, t + sec(0.004), f"FortyGigE2/0/{n}", "up")
    t = L(core, t + sec(0.05), "STM/6/STM_LINK_UP", "IRF port %d came up.", "IRF port 1 came up.")
    t = L(
        core,
        t + sec(0.2),
        "HA/5/HA_BATCHBACKUP_STARTED",
        "Batch backup of standby board in slot %d started.",
        "Batch backup of standby board in slot 2 started.",
    )
    for i, (a, grp) in enumerate(zip(acc, ["BAGG11", "BAGG12", "BAGG13"], strict=True)):
        t1 = phy(a, t + sec(r.uniform(0.3, 1.2)), "Ten-GigabitEthernet1/0/50", "up")
        t1 = link(a, t1 + sec(0.002), "Ten-GigabitEthernet1/0/50", "up")
        t1 = lagg_up(a, t1 + sec(r.uniform(1, 2)), "XGE1/0/50", "BAGG1")
        lagg_up(core, t1 + sec(r.uniform(0.01, 0.2)), f"XGE2/0/{i + 1}", grp)
        lldp(
            core,
            t1 + sec(r.uniform(20, 30)),
            "created",
            f"Ten-GigabitEthernet2/0/{i + 1}",
            513 + i,
            acc_mac[a],
            "Ten-GigabitEthernet1/0/50",
            "-Slot=2; ",
        )
    L(
        core,
        t + sec(1.01),
        "HA/5/HA_BATCHBACKUP_FINISHED",
        "Batch backup of standby board in slot %d has finished.",
        "Batch backup of standby board in slot 2 has finished.",
    )
    lldp(
        core,
        t + sec(19.6),
        "created",
        "FortyGigE2/0/53",
        566,
        core_mac,
        "FortyGigE1/0/53",
        "-Slot=2; ",
    )

    # admin sessions: a VLAN on the core at 07:45, ACC-F3's upgrade at 10:58
    def shell(
        dev: str, t: datetime, user: str, ip: str, line: str, cmds: list[str], save: int | None
    ) -> datetime:
        t = L(
            dev, t, "SHELL/5/SHELL_LOGIN", "%s logged in from %s.", f"{user} logged in from {ip}."
        )
        for c in cmds:
            t = cmd(dev, t + sec(r.uniform(4, 25)), user, ip, line, c)
            if c.startswith("save") and save is not None:
                t = L(
                    dev,
                    t + sec(r.uniform(1, 3)),
                    "CFGMAN/5/CFGMAN_CFGCHANGED",
                    "-EventIndex=%d-CommandSource=%s-ConfigSource=%s-ConfigDestination=%s; Configuration changed.",
                    f"-EventIndex={save}-CommandSource=CLI-ConfigSource=Running-ConfigDestination=Startup; Configuration changed.",
                )
        return t

    t = shell(
        core,
        at(7, 44, 8.213),
        "netadmin",
        "10.30.99.20",
        "vty0",
        [
            "system-view",
            "vlan 45",
            "name Printers-F2",
            "quit",
            "interface Bridge-Aggregation12",
            "port trunk permit vlan 45",
            "quit",
            "save force",
        ],
        31,
    )
    L(
        core,
        t + sec(12),
        "SHELL/5/SHELL_LOGOUT",
        "%s logged out from %s.",
        "netadmin logged out from 10.30.99.20.",
    )
    t = shell(
        "ACC-F3",
        at(10, 58, 2.871),
        "netadmin",
        "10.30.99.20",
        "vty0",
        [
            "display version",
            "display boot-loader",
            "boot-loader file flash:/s5130s_ei-cmw710-r6357.ipe all main",
            "save force",
            "reboot force",
        ],
        8,
    )

    # ACC-F3 reboots: the core sees its aggregation go, STP notices when it is back
    t = at(10, 59, 51.604)
    for n, loc in [("Ten-GigabitEthernet1/0/3", ""), ("Ten-GigabitEthernet2/0/3", "-Slot=2; ")]:
        short = n.replace("Ten-GigabitEthernet", "XGE")
        t = lagg_down(core, t + sec(r.uniform(0.01, 0.05)), short, "BAGG13", loc)
        t = phy(core, t + sec(0.002), n, "down", loc)
        t = link(core, t + sec(0.001), n, "down", loc)
        t = lldp(
            core,
            t + sec(0.01),
            "deleted",
            n,
            3 if not loc else 515,
            acc_mac["ACC-F3"],
            "Ten-GigabitEthernet1/0/49" if not loc else "Ten-GigabitEthernet1/0/50",
            loc,
        )
    t = at(11, 4, 37.052)
    t = L(
        "ACC-F3",
        t,
        "SYSLOG/6/SYSLOG_RESTART",
        "System restarted --",
        "System restarted --",
        extra=["H3C Comware Software."],
    )
    t += sec(3)
    for n in (49, 50):
        t = phy("ACC-F3", t + sec(r.uniform(0.01, 0.05)), f"Ten-GigabitEthernet1/0/{n}", "up")
        t = link("ACC-F3", t + sec(0.002), f"Ten-GigabitEthernet1/0/{n}", "up")
    for n, _pm in phones["ACC-F3"]:
        t = phy("ACC-F3", t + sec(r.uniform(0.01, 0.05)), f"GigabitEthernet1/0/{n}", "up")
        t = link("ACC-F3", t + sec(0.002), f"GigabitEthernet1/0/{n}", "up")
    docked = [x for x in laptops["ACC-F3"] if r.random() < 0.75]
    for n, _lm, _u in docked:
        t = phy("ACC-F3", t + sec(r.uniform(0.01, 0.05)), f"GigabitEthernet1/0/{n}", "up")
        t = link("ACC-F3", t + sec(0.002), f"GigabitEthernet1/0/{n}", "up")
    for n in (49, 50):
        t = lagg_up("ACC-F3", t + sec(r.uniform(0.5, 1.5)), f"XGE1/0/{n}", "BAGG1")
    for n, loc in [("XGE1/0/3", ""), ("XGE2/0/3", "-Slot=2; ")]:
        lagg_up(core, t + sec(r.uniform(0.01, 0.1)), n, "BAGG13", loc)
    t1 = L(
        core,
        t + sec(0.4),
        "STP/6/STP_DETECTED_TC",
        "Instance %d's port %s detected a topology change.",
        "Instance 0's port Bridge-Aggregation13 detected a topology change.",
    )
    L(
        "ACC-F3",
        t + sec(0.5),
        "STP/6/STP_DETECTED_TC",
        "Instance %d's port %s detected a topology change.",
        "Instance 0's port Bridge-Aggregation1 detected a topology change.",
    )
    for a in ("ACC-F1", "ACC-F2"):
        L(
            a,
            t1 + sec(r.uniform(0.01, 0.05)),
            "STP/6/STP_NOTIFIED_TC",
            "Instance %d's port %s was notified a topology change.",
            "Instance 0's port Bridge-Aggregation1 was notified a topology change.",
        )
    t2 = t + sec(r.uniform(20, 30))
    lldp(
        core,
        t2,
        "created",
        "Ten-GigabitEthernet1/0/3",
        3,
        acc_mac["ACC-F3"],
        "Ten-GigabitEthernet1/0/49",
    )
    lldp(
        core,
        t2 + sec(0.2),
        "created",
        "Ten-GigabitEthernet2/0/3",
        515,
        acc_mac["ACC-F3"],
        "Ten-GigabitEthernet1/0/50",
        "-Slot=2; ",
    )
    for n in (49, 50):
        t2 = lldp(
            "ACC-F3",
            t2 + sec(r.uniform(0.01, 0.1)),
            "created",
            f"Ten-GigabitEthernet1/0/{n}",
            n,
            core_mac,
            f"Ten-GigabitEthernet{n - 48}/0/3",
        )
    t2 = t + sec(r.uniform(25, 40))
    for n, pm in phones["ACC-F3"]:
        t2 = lldp(
            "ACC-F3",
            t2 + sec(r.uniform(0.05, 0.6)),
            "created",
            f"GigabitEthernet1/0/{n}",
            n,
            pm,
            pm,
        )
    t3 = t + sec(r.uniform(8, 15))
    for n, lm, u in docked:
        t3 = dot1x_ok("ACC-F3", t3 + sec(r.uniform(0.2, 3)), n, lm, u, 30)
    return fs.logs(T0)


# ------------------------------------------------------------------------------ Cisco IOS XR

XR_SEQ = "\x00SEQ\x00"


def cisco_iosxr(r: random.Random) -> list[Log]:
    """Two ASR 9000 PEs and a P router through the collector's rsyslog (module docstring)."""
    fs = Files()
    rp = "RP/0/RSP0/CPU0"
    lc = "LC/0/0/CPU0"

    def L(
        host: str, t: datetime, node: str, proc: str, mnem: str, label: str, msg: str
    ) -> datetime:
        return fs.add(
            f"{host}.log",
            t,
            f"%{mnem} : {label}",
            lambda x: [
                f"{syslog_ts(x)} {host} {XR_SEQ}: {node}:{x:%b} {x.day:2d} {x:%H:%M:%S}.{x.microsecond // 1000:03d} UTC: {proc}: %{mnem} : {msg}"
            ],
            (host, node, proc),
            MS,
        )

    ifmgr = {"pe1": "ifmgr[213]", "pe2": "ifmgr[211]", "p1": "ifmgr[215]"}

    def link(host: str, t: datetime, ifn: str, state: str, node: str = lc) -> datetime:
        proc = ifmgr[host] if node == lc else "ifmgr[257]"
        t = L(
            host,
            t,
            node,
            proc,
            "PKT_INFRA-LINK-3-UPDOWN",
            "Interface %s, changed state to %s",
            f"Interface {ifn}, changed state to {state}",
        )
        return t

    def proto(host: str, t: datetime, ifn: str, state: str, node: str = lc) -> datetime:
        proc = ifmgr[host] if node == lc else "ifmgr[257]"
        return L(
            host,
            t,
            node,
            proc,
            "PKT_INFRA-LINEPROTO-5-UPDOWN",
            "Line protocol on Interface %s, changed state to %s",
            f"Line protocol on Interface {ifn}, changed state to {state}",
        )

    def bgp_down(host: str, t: datetime, nbr: str, reason: str, vrf: str, asn: int) -> datetime:
        return L(
            host,
            t,
            rp,
            "bgp[1060]",
            "ROUTING-BGP-5-ADJCHANGE",
            "neighbor %s Down - %s (VRF: %s) (AS: %s)",
            f"neighbor {nbr} Down - {reason} (VRF: {vrf}) (AS: {asn})",
        )

    def bgp_up(host: str, t: datetime, nbr: str, vrf: str, asn: int) -> datetime:
        return L(
            host,
            t,
            rp,
            "bgp[1060]",
            "ROUTING-BGP-5-ADJCHANGE",
            "neighbor %s Up (VRF: %s) (AS: %s)",
            f"neighbor {nbr} Up (VRF: {vrf}) (AS: {asn})",
        )

    def bfd(host: str, t: datetime, nbr: str, ifn: str, reason: str | None) -> datetime:
        if reason:
            return L(
                host,
                t,
                lc,
                "bfd_agent[125]",
                "L2-BFD-6-SESSION_STATE_DOWN",
                "BFD session to neighbor %s on interface %s has gone down. Reason: %s",
                f"BFD session to neighbor {nbr} on interface {ifn} has gone down. Reason: {reason}",
            )
        return L(
            host,
            t,
            lc,
            "bfd_agent[125]",
            "L2-BFD-6-SESSION_STATE_UP",
            "BFD session to neighbor %s on interface %s is up",
            f"BFD session to neighbor {nbr} on interface {ifn} is up",
        )

    vty = {"pe1": 0, "pe2": 0, "p1": 0}
    sshd_pid = {"pe1": 65841, "pe2": 65790, "p1": 65902}

    def ssh_in(host: str, t: datetime, user: str, src: str) -> tuple[datetime, int]:
        v = vty[host] % 5
        vty[host] += 1
        sshd_pid[host] += r.randint(2, 30)
        proc = f"SSHD_[{sshd_pid[host]}]"
        cipher, mac = r.choice(
            [
                ("aes128-ctr", "hmac-sha2-256"),
                ("aes256-ctr", "hmac-sha2-512"),
                ("aes128-gcm@openssh.com", "hmac-sha2-256"),
            ]
        )
        t = L(
            host,
            t,
            rp,
            proc,
            "SECURITY-SSHD-6-INFO_SUCCESS",
            "Successfully authenticated user '%s' from '%s' on 'vty%d'(cipher '%s', mac '%s')",
            f"Successfully authenticated user '{user}' from '{src}' on 'vty{v}'(cipher '{cipher}', mac '{mac}')",
        )
        return t, v

    def ssh_out(host: str, t: datetime, user: str, src: str, v: int) -> datetime:
        return L(
            host,
            t,
            rp,
            f"SSHD_[{sshd_pid[host]}]",
            "SECURITY-SSHD-6-INFO_USER_LOGOUT",
            "User '%s' from '%s' logged out on 'vty%d'",
            f"User '{user}' from '{src}' logged out on 'vty{v}'",
        )

    commit_id = {"pe1": 1000000412, "pe2": 1000000388, "p1": 1000000151}

    def change(host: str, t: datetime, user: str, src: str, v: int) -> datetime:
        t = L(
            host,
            t,
            rp,
            "config[65741]",
            "MGBL-SYS-5-CONFIG_I",
            "Configured from console by %s on vty%d (%s)",
            f"Configured from console by {user} on vty{v} ({src})",
        )
        commit_id[host] += 1
        return L(
            host,
            t + sec(r.uniform(0.2, 1.5)),
            rp,
            "config[65741]",
            "MGBL-CONFIG-6-DB_COMMIT",
            "Configuration committed by user '%s'. Use 'show configuration commit changes %s' to view the changes.",
            f"Configuration committed by user '{user}'. Use 'show configuration commit changes {commit_id[host]}' to view the changes.",
        )

    hosts = ["pe1", "pe2", "p1"]
    # the NMS still polls with the community retired last night (fixed at 11:05)
    for i, h in enumerate(hosts):
        t = T0 + sec(11 + 7 * i + r.uniform(0, 1))
        while t < at(11, 5):
            L(
                h,
                t,
                rp,
                "snmpd[1130]",
                "SNMP-SNMP-3-AUTH",
                "Received snmp request on unknown community from %s",
                "Received snmp request on unknown community from 10.9.1.50",
            )
            t += sec(60 + r.uniform(-0.05, 0.05))

    # the configuration backup logs in to every router every 15 minutes
    for i, h in enumerate(hosts):
        t = T0 + sec(300 + 23 * i + r.uniform(0, 2))
        while t < T_END:
            t1, v = ssh_in(h, t, "rancid", "10.9.0.25")
            ssh_out(h, t1 + sec(r.uniform(6, 14)), "rancid", "10.9.0.25", v)
            t += sec(900 + r.uniform(-1, 1))

    # ACME's access circuit on pe1 (TenGigE0/0/0/5.120, BFD on the eBGP session) flaps 07:05-09:20
    acme = ("172.16.5.2", "ACME", 64512, "TenGigE0/0/0/5.120")
    for t in jitter_times(r, at(7, 5), at(9, 20), 110, 40):
        nbr, vrf, asn, sub = acme
        if r.random() < 0.3:
            t = link("pe1", t, "TenGigE0/0/0/5", "Down")
            t = proto("pe1", t + sec(0.002), "TenGigE0/0/0/5", "Down")
            t = proto("pe1", t + sec(0.003), sub, "Down")
            t = bfd("pe1", t + sec(0.01), nbr, sub, "Nbor signalled down")
            t = bgp_down("pe1", t + sec(0.05), nbr, "Interface flap", vrf, asn)
            t = link("pe1", t + sec(r.uniform(4, 30)), "TenGigE0/0/0/5", "Up")
            t = proto("pe1", t + sec(0.002), "TenGigE0/0/0/5", "Up")
            t = proto("pe1", t + sec(0.003), sub, "Up")
        else:
            t = bfd("pe1", t, nbr, sub, "Echo function failed")
            t = bgp_down(
                "pe1",
                t + sec(0.05),
                nbr,
                "BFD (Bidirectional Forwarding Detection) fast failover",
                vrf,
                asn,
            )
        t = bfd("pe1", t + sec(r.uniform(5, 40)), nbr, sub, None)
        bgp_up("pe1", t + sec(r.uniform(8, 35)), nbr, vrf, asn)

    # an engineer looks at it at 07:50 and lengthens the BFD timers at 09:18
    t, v = ssh_in("pe1", at(7, 50, 12.4), "jmorris", "10.9.0.41")
    ssh_out("pe1", t + sec(740), "jmorris", "10.9.0.41", v)
    t, v = ssh_in("pe1", at(9, 16, 3.7), "jmorris", "10.9.0.41")
    t = change("pe1", t + sec(131), "jmorris", "10.9.0.41", v)
    ssh_out("pe1", t + sec(95), "jmorris", "10.9.0.41", v)

    # BETA's CE on pe2 (no BFD) misses keepalives over a congested link now and then
    for t in jitter_times(r, at(6, 20), at(11, 40), 1900, 300):
        t = bgp_down(
            "pe2", t, "172.16.7.2", "BGP Notification sent, hold time expired", "BETA", 65020
        )
        bgp_up("pe2", t + sec(r.uniform(40, 120)), "172.16.7.2", "BETA", 65020)
    L(
        "pe2",
        at(8, 41, 17.82),
        rp,
        "bgp[1060]",
        "ROUTING-BGP-5-MAXPFX",
        "No. of IPv4 Unicast prefixes received from %s has reached %u, max %u",
        "No. of IPv4 Unicast prefixes received from 172.16.9.2 has reached 751, max 1000",
    )

    # EPSILON's fibre on pe2 (GigabitEthernet0/0/1/4, BFD on the session) bounces 09:55-11:35
    for t in jitter_times(r, at(9, 55), at(11, 35), 240, 60):
        t = link("pe2", t, "GigabitEthernet0/0/1/4", "Down")
        t = proto("pe2", t + sec(0.002), "GigabitEthernet0/0/1/4", "Down")
        t = bfd(
            "pe2", t + sec(0.01), "172.16.13.2", "GigabitEthernet0/0/1/4", "Nbor signalled down"
        )
        t = bgp_down("pe2", t + sec(0.05), "172.16.13.2", "Interface flap", "EPSILON", 65230)
        t = link("pe2", t + sec(r.uniform(2, 12)), "GigabitEthernet0/0/1/4", "Up")
        t = proto("pe2", t + sec(0.002), "GigabitEthernet0/0/1/4", "Up")
        t = bfd("pe2", t + sec(r.uniform(3, 9)), "172.16.13.2", "GigabitEthernet0/0/1/4", None)
        bgp_up("pe2", t + sec(r.uniform(9, 30)), "172.16.13.2", "EPSILON", 65230)

    # the security team's scanner on the management network at 09:15
    for i, h in enumerate(hosts):
        t = at(9, 15) + sec(60 * i + r.uniform(0, 1))
        for u in ["admin", "cisco", "root", "admin", "operator", "guest", "support", "admin"]:
            sshd_pid[h] += r.randint(2, 9)
            t = L(
                h,
                t + sec(r.uniform(2, 5)),
                rp,
                f"SSHD_[{sshd_pid[h]}]",
                "SECURITY-SSHD-4-INFO_FAILURE",
                "Failed authentication attempt by user '%s' from '%s' on 'vty%d'",
                f"Failed authentication attempt by user '{u}' from '10.9.99.7' on 'vty{vty[h] % 5}'",
            )

    # the core bundle p1-pe2 (Bundle-Ether20) loses one member at 10:12, the other at 10:31
    ends = {
        "p1": ("HundredGigE0/0/0/0", "HundredGigE0/0/0/1", "10.0.0.2"),
        "pe2": ("HundredGigE0/1/0/0", "HundredGigE0/1/0/1", "10.0.0.1"),
    }
    for h, (m0, m1, peer) in ends.items():
        node = lc if h == "p1" else "LC/0/1/CPU0"
        dt = 0.0 if h == "p1" else r.uniform(0.01, 0.2)
        t = link(h, at(10, 12, 30.315) + sec(dt), m0, "Down", node)
        t = proto(h, t + sec(0.002), m0, "Down", node)
        L(
            h,
            t + sec(0.01),
            rp,
            "BM-DISTRIB[1163]",
            "L2-BM-6-ACTIVE",
            "%s is no longer Active as part of %s (%s)",
            f"{m0} is no longer Active as part of Bundle-Ether20 (Link is down)",
        )
        t = link(h, at(10, 31, 5.902) + sec(dt), m1, "Down", node)
        t = proto(h, t + sec(0.002), m1, "Down", node)
        t = L(
            h,
            t + sec(0.01),
            rp,
            "BM-DISTRIB[1163]",
            "L2-BM-6-ACTIVE",
            "%s is no longer Active as part of %s (%s)",
            f"{m1} is no longer Active as part of Bundle-Ether20 (Link is down)",
        )
        t = link(h, t + sec(0.004), "Bundle-Ether20", "Down", rp)
        t = proto(h, t + sec(0.002), "Bundle-Ether20", "Down", rp)
        t = L(
            h,
            t + sec(0.03),
            rp,
            "ospf[1018]",
            "ROUTING-OSPF-5-ADJCHG",
            "Process %s, Nbr %s on %s in area %s from %s to %s, %s, vrf %s vrfid 0x%x",
            f"Process 1, Nbr {peer} on Bundle-Ether20 in area 0 from FULL to DOWN, Neighbor Down: interface down or detached, vrf default vrfid 0x60000000",
        )
        L(
            h,
            t + sec(0.05),
            rp,
            "mpls_ldp[1180]",
            "ROUTING-LDP-5-NBR_CHANGE",
            "VRF '%s' (0x%x), Neighbor %s is DOWN (%s)",
            f"VRF 'default' (0x60000000), Neighbor {peer}:0 is DOWN (Interface state down)",
        )
        t = at(10, 58, 40.77) + sec(dt)
        for m in (m0, m1):
            t = link(h, t + sec(r.uniform(0.01, 0.3)), m, "Up", node)
            t = proto(h, t + sec(0.002), m, "Up", node)
            t = L(
                h,
                t + sec(r.uniform(1.5, 2.5)),
                rp,
                "BM-DISTRIB[1163]",
                "L2-BM-6-ACTIVE",
                "%s is Active as part of %s",
                f"{m} is Active as part of Bundle-Ether20",
            )
            if m == m0:
                t = link(h, t + sec(0.004), "Bundle-Ether20", "Up", rp)
                t = proto(h, t + sec(0.002), "Bundle-Ether20", "Up", rp)
        t = L(
            h,
            t + sec(r.uniform(8, 10)),
            rp,
            "ospf[1018]",
            "ROUTING-OSPF-5-ADJCHG",
            "Process %s, Nbr %s on %s in area %s from %s to %s, %s, vrf %s vrfid 0x%x",
            f"Process 1, Nbr {peer} on Bundle-Ether20 in area 0 from LOADING to FULL, Loading Done, vrf default vrfid 0x60000000",
        )
        L(
            h,
            t + sec(r.uniform(1, 3)),
            rp,
            "mpls_ldp[1180]",
            "ROUTING-LDP-5-NBR_CHANGE",
            "VRF '%s' (0x%x), Neighbor %s is UP",
            f"VRF 'default' (0x60000000), Neighbor {peer}:0 is UP",
        )

    # the maintenance window on pe2 at 11:20: a new customer VRF
    t, v = ssh_in("pe2", at(11, 20, 4.18), "kpatel", "10.9.0.42")
    t = change("pe2", t + sec(305), "kpatel", "10.9.0.42", v)
    t = link("pe2", t + sec(2.2), "TenGigE0/0/0/9", "Up")
    t = proto("pe2", t + sec(0.002), "TenGigE0/0/0/9", "Up")
    t = proto("pe2", t + sec(0.003), "TenGigE0/0/0/9.300", "Up")
    t = bgp_up("pe2", t + sec(31), "172.16.11.2", "DELTA", 65101)
    t = change("pe2", t + sec(240), "kpatel", "10.9.0.42", v)
    ssh_out("pe2", t + sec(60), "kpatel", "10.9.0.42", v)

    logs = fs.logs(T0)
    for log in logs:
        n = r.randint(20000, 90000)
        for i, (text, tid) in enumerate(log.lines):
            if XR_SEQ in text:
                n += 1
                log.lines[i] = (text.replace(XR_SEQ, str(n)), tid)
    return logs


# ------------------------------------------------------------------------------------ DD-WRT

DW_STATIONS = [
    ("phone-anna", "phone", "wlan0"),
    ("phone-jonas", "phone", "wlan0"),
    ("phone-lena", "phone", "wlan1"),
    ("phone-omar", "phone", "wlan0"),
    ("iPad-kitchen", "tablet", "wlan0"),
    ("Galaxy-Tab-S7", "tablet", "wlan0"),
    ("LAPTOP-ANNA", "laptop", "wlan0"),
    ("MacBook-Jonas", "laptop", "wlan0"),
    ("lena-chromebook", "laptop", "wlan0"),
    ("omar-thinkpad", "laptop", "wlan0"),
    ("echo-livingroom", "iot", "wlan1"),
    ("tado-bridge", "iot", "wlan1"),
    ("shelly-plug-s-3F2A", "iot", "wlan1"),
    ("HP-OfficeJet-8020", "iot", "wlan1"),
    ("Chromecast-TV", "iot", "wlan0"),
    ("guest-Pixel-7", "phone", "wlan0"),
    ("guest-iPhone", "phone", "wlan0"),
    ("nintendo-switch", "tablet", "wlan1"),
]


def ddwrt(r: random.Random) -> list[Log]:
    """A DD-WRT gateway and a DD-WRT access point at a home office (module docstring)."""
    fs = Files()
    gw, ap = "gw", "ap-upstairs"

    def L(host: str, t: datetime, fac: str, ident: str, label: str, msg: str) -> datetime:
        name = ident.split("[")[0] or "rc"
        return fs.add(
            f"{host}-messages",
            t,
            label,
            lambda x: [f"{syslog_ts(x)} {host} {fac} {ident}: {msg}"],
            (host, name),
            SEC,
        )

    wan_ip, wan_gw = "198.51.100.23", "198.51.100.1"
    dnsmasq_pid = [1287]

    def dns(t: datetime, label: str, msg: str) -> datetime:
        return L(gw, t, "daemon.info", f"dnsmasq[{dnsmasq_pid[0]}]", label, msg)

    def dhcp(t: datetime, label: str, msg: str) -> datetime:
        return L(gw, t, "daemon.info", f"dnsmasq-dhcp[{dnsmasq_pid[0]}]", label, msg)

    # the firewall's log of dropped WAN packets
    for t in jitter_times(r, T0, T_END, 31, 1):
        proto, src, dport = scan(r)
        line = nf_line(
            r,
            "DROP ",
            "eth0",
            "",
            f"94:a6:7e:3c:b1:09:{rmac(r, '00:1d:d5')}:08:00",
            src,
            wan_ip,
            proto,
            dport,
        )
        L(gw, t, "kern.warn", "kernel", f"DROP IPv4 {proto}", line)

    # udhcpc renews the WAN lease every half hour
    t = T0 + sec(r.uniform(60, 1700))
    while t < T_END:
        t = L(
            gw,
            t,
            "daemon.info",
            "udhcpc[1189]",
            "sending renew to %s",
            f"sending renew to {wan_gw}",
        )
        t = L(
            gw,
            t + sec(r.uniform(0, 1)),
            "daemon.info",
            "udhcpc[1189]",
            "lease of %s obtained from %s, lease time %u",
            f"lease of {wan_ip} obtained from {wan_gw}, lease time 3600",
        )
        t += sec(1800)

    # the wireless stations: sessions on either radio's access point
    wifi_down = (at(9, 52, 20), at(9, 53, 5))
    sessions: list[tuple[datetime, datetime, str, str, str, str, str, bool]] = []
    for i, (name, kind, iface) in enumerate(DW_STATIONS):
        mac = rmac(r)
        ip = f"192.168.1.{100 + i}"
        p_ap = {"phone": 0.5, "tablet": 0.7, "laptop": 0.1, "iot": 0.0}[kind]
        if name.startswith(("lena", "omar", "shelly", "nintendo")):
            p_ap = 0.85
        flaky = name in ("tado-bridge", "shelly-plug-s-3F2A")
        if name.startswith("guest"):
            start, end = at(10, 5) + sec(r.uniform(0, 1800)), at(11, 50)
        elif kind == "iot" and not flaky:
            start, end = T0 - sec(3600), T_END + sec(3600)
        else:
            start, end = T0 + sec(r.uniform(0, 5400 if kind != "iot" else 600)), T_END
        t = start
        while t < end:
            where = ap if r.random() < p_ap else gw
            if kind == "iot" and not flaky:
                dur, gap = 10 * 3600.0, 0.0
            elif flaky:
                dur, gap = r.uniform(12, 40) * 60, r.uniform(0.5, 3) * 60
            elif kind == "phone":
                dur = r.uniform(3, 22) * 60
                gap = r.uniform(5, 90) if r.random() < 0.6 else r.uniform(2, 20) * 60
            elif kind == "tablet":
                dur, gap = r.uniform(10, 60) * 60, r.uniform(5, 60) * 60
            else:
                dur, gap = r.uniform(20, 90) * 60, r.uniform(5, 40) * 60
            t2 = min(t + sec(dur), end)
            sessions.append((t, t2, where, name, mac, ip, iface, kind == "iot" and not flaky))
            t = t2 + sec(gap)

    following: dict[tuple[str, datetime], tuple[datetime, str]] = {}
    by_mac: dict[str, list[tuple[datetime, str]]] = {}
    for t0, _t1, where, _n, mac, _ip, _if, _a in sorted(sessions):
        by_mac.setdefault(mac, []).append((t0, where))
    for mac, lst in by_mac.items():
        for (a0, _w), nxt in itertools.pairwise(lst):
            following[(mac, a0)] = nxt
    rekey = {gw: T0 + sec(r.uniform(0, 3600)), ap: T0 + sec(r.uniform(0, 3600))}
    aids: dict[str, int] = {gw: 0, ap: 0}
    dhcp_names: dict[str, str] = {}
    for t0, t1, where, name, mac, ip, iface, always in sorted(sessions):
        if not always:
            aids[where] = aids[where] % 12 + 1
            t = L(
                where,
                t0,
                "daemon.info",
                "hostapd",
                "STA %s IEEE 802.11: associated (aid %d)",
                f"{iface}: STA {mac} IEEE 802.11: associated (aid {aids[where]})",
            )
            t = L(
                where,
                t + sec(r.uniform(0, 1)),
                "daemon.info",
                "hostapd",
                "STA %s WPA: pairwise key handshake completed (%s)",
                f"{iface}: STA {mac} WPA: pairwise key handshake completed (RSN)",
            )
            t = dhcp(
                t + sec(r.uniform(0.5, 3)), "DHCPREQUEST(%s) %s %s", f"DHCPREQUEST(br0) {ip} {mac}"
            )
            dhcp(t, "DHCPACK(%s) %s %s %s", f"DHCPACK(br0) {ip} {mac} {name}")
            dhcp_names[mac] = name
        # the hourly group rekey while associated
        k = rekey[where]
        while k < t0:
            k += sec(3600)
        while k < min(t1, T_END):
            if not in_any(k, [wifi_down]) or where == ap:
                L(
                    where,
                    k + sec(r.uniform(0, 2)),
                    "daemon.info",
                    "hostapd",
                    "STA %s WPA: group key handshake completed (%s)",
                    f"{iface}: STA {mac} WPA: group key handshake completed (RSN)",
                )
            k += sec(3600)
        if not always and t1 < T_END:
            n0, nw = following.get((mac, t0), (T_END + sec(3600), ""))
            if r.random() < 0.6 or (nw == where and n0 < t1 + sec(300)):
                L(
                    where,
                    t1,
                    "daemon.info",
                    "hostapd",
                    "STA %s IEEE 802.11: disassociated",
                    f"{iface}: STA {mac} IEEE 802.11: disassociated",
                )
            else:
                L(
                    where,
                    t1 + sec(300),
                    "daemon.info",
                    "hostapd",
                    "STA %s IEEE 802.11: deauthenticated due to inactivity (timer DEAUTH/REMOVE)",
                    f"{iface}: STA {mac} IEEE 802.11: deauthenticated due to inactivity (timer DEAUTH/REMOVE)",
                )

    # the gateway's radios restart at 09:52: every station on them associates again
    for t0, t1, where, name, mac, ip, iface, _always in sessions:
        if where == gw and t0 < wifi_down[0] < t1:
            t = L(
                gw,
                wifi_down[1] + sec(r.uniform(1, 40)),
                "daemon.info",
                "hostapd",
                "STA %s IEEE 802.11: associated (aid %d)",
                f"{iface}: STA {mac} IEEE 802.11: associated (aid {r.randint(1, 12)})",
            )
            t = L(
                gw,
                t + sec(r.uniform(0, 1)),
                "daemon.info",
                "hostapd",
                "STA %s WPA: pairwise key handshake completed (%s)",
                f"{iface}: STA {mac} WPA: pairwise key handshake completed (RSN)",
            )
            t = dhcp(
                t + sec(r.uniform(0.5, 3)), "DHCPREQUEST(%s) %s %s", f"DHCPREQUEST(br0) {ip} {mac}"
            )
            dhcp(t, "DHCPACK(%s) %s %s %s", f"DHCPACK(br0) {ip} {mac} {name}")

    # guests' phones are new to the router
    for t0, _t1, _w, name, mac, ip, _if, _a in sessions:
        if name.startswith("guest") and t0 < at(10, 40):
            t = dhcp(t0 - sec(1) + sec(2.5), "DHCPDISCOVER(%s) %s", f"DHCPDISCOVER(br0) {mac}")
            dhcp(t, "DHCPOFFER(%s) %s %s", f"DHCPOFFER(br0) {ip} {mac}")

    # someone guesses the web interface's password at 07:10
    t = at(7, 10, 31)
    for _ in range(9):
        t = L(
            gw,
            t + sec(r.uniform(3, 15)),
            "user.info",
            "",
            "httpd login failure - bad passwd !",
            "httpd login failure - bad passwd !",
        )

    # the admin: SSH at 09:31, static leases applied at 09:40, the wireless channel at 09:52
    dpid = 3141
    for t, ok in [(at(9, 31, 12), False), (at(9, 31, 40), True), (at(11, 2, 9), True)]:
        dpid += r.randint(20, 200)
        port = r.randint(50000, 60000)
        ident = f"dropbear[{dpid}]"
        t = L(
            gw,
            t,
            "authpriv.info",
            ident,
            "Child connection from %s",
            f"Child connection from 192.168.1.20:{port}",
        )
        if not ok:
            t = L(
                gw,
                t + sec(r.uniform(3, 6)),
                "authpriv.warn",
                ident,
                "Bad password attempt for '%s' from %s",
                f"Bad password attempt for 'root' from 192.168.1.20:{port}",
            )
            L(
                gw,
                t + sec(r.uniform(2, 4)),
                "authpriv.info",
                ident,
                "Exit before auth from <%s>: Exited normally",
                f"Exit before auth from <192.168.1.20:{port}>: Exited normally",
            )
            continue
        t = L(
            gw,
            t + sec(r.uniform(2, 5)),
            "authpriv.notice",
            ident,
            "Password auth succeeded for '%s' from %s",
            f"Password auth succeeded for 'root' from 192.168.1.20:{port}",
        )
        L(
            gw,
            t + sec(r.uniform(60, 400)),
            "authpriv.info",
            ident,
            "Exit (%s) from <%s>: Disconnect received",
            f"Exit (root) from <192.168.1.20:{port}>: Disconnect received",
        )

    def restart_services(t: datetime) -> datetime:
        t = L(
            gw,
            t,
            "user.info",
            "",
            "[process_monitor] : daemon successfully stopped",
            "[process_monitor] : daemon successfully stopped",
        )
        t = dns(t + sec(0.5), "exiting on receipt of SIGTERM", "exiting on receipt of SIGTERM")
        t = L(
            gw,
            t,
            "user.info",
            "",
            "[dnsmasq] : daemon successfully stopped",
            "[dnsmasq] : daemon successfully stopped",
        )
        dnsmasq_pid[0] += r.randint(200, 900)
        t = dns(
            t + sec(1), "started, version %s cachesize %d", "started, version 2.90 cachesize 1500"
        )
        t = dns(
            t,
            "compile time options: %s",
            "compile time options: IPv6 GNU-getopt no-DBus no-UBus no-i18n no-IDN DHCP DHCPv6 no-Lua TFTP no-conntrack no-ipset no-nftset no-auth DNSSEC no-cryptohash loop-detect inotify dumpfile",
        )
        t = dhcp(
            t,
            "DHCP, IP range %s -- %s, lease time %s",
            "DHCP, IP range 192.168.1.100 -- 192.168.1.149, lease time 1d",
        )
        t = dns(t, "reading %s", "reading /tmp/resolv.dnsmasq")
        t = dns(t, "using nameserver %s#%d", "using nameserver 1.1.1.1#53")
        t = dns(t, "using nameserver %s#%d", "using nameserver 9.9.9.9#53")
        t = dns(t, "read %s - %d names", "read /etc/hosts - 2 names")
        t = L(
            gw,
            t,
            "user.info",
            "",
            "[dnsmasq] : daemon successfully started",
            "[dnsmasq] : daemon successfully started",
        )
        return L(
            gw,
            t + sec(1),
            "user.info",
            "",
            "[process_monitor] : successfully started",
            "[process_monitor] : successfully started",
        )

    restart_services(at(9, 40, 44))
    t = wifi_down[0]
    for port, ifn in [(2, "wlan0"), (3, "wlan1")]:
        t = L(
            gw,
            t,
            "kern.info",
            "kernel",
            "%s: port %u(%s) entered %s state",
            f"br0: port {port}({ifn}) entered disabled state",
        )
        t = L(
            gw,
            t,
            "kern.info",
            "kernel",
            "device %s left promiscuous mode",
            f"device {ifn} left promiscuous mode",
        )
    t = restart_services(t + sec(2))
    for port, ifn in [(2, "wlan0"), (3, "wlan1")]:
        t = L(
            gw,
            t + sec(1),
            "kern.info",
            "kernel",
            "device %s entered promiscuous mode",
            f"device {ifn} entered promiscuous mode",
        )
        t = L(
            gw,
            t,
            "kern.info",
            "kernel",
            "%s: port %u(%s) entered %s state",
            f"br0: port {port}({ifn}) entered blocking state",
        )
        t = L(
            gw,
            t,
            "kern.info",
            "kernel",
            "%s: port %u(%s) entered %s state",
            f"br0: port {port}({ifn}) entered forwarding state",
        )
    # the access point gets its new channel too, at 09:58
    t = at(9, 58, 3)
    for ifn in ("wlan0", "wlan1"):
        t = L(
            ap,
            t,
            "kern.info",
            "kernel",
            "%s: port %u(%s) entered %s state",
            f"br0: port {2 if ifn == 'wlan0' else 3}({ifn}) entered disabled state",
        )
        t = L(
            ap,
            t,
            "kern.info",
            "kernel",
            "device %s left promiscuous mode",
            f"device {ifn} left promiscuous mode",
        )
    t = L(
        ap,
        t + sec(1),
        "user.info",
        "",
        "[process_monitor] : daemon successfully stopped",
        "[process_monitor] : daemon successfully stopped",
    )
    for ifn in ("wlan0", "wlan1"):
        t = L(
            ap,
            t + sec(2),
            "kern.info",
            "kernel",
            "device %s entered promiscuous mode",
            f"device {ifn} entered promiscuous mode",
        )
        t = L(
            ap,
            t,
            "kern.info",
            "kernel",
            "%s: port %u(%s) entered %s state",
            f"br0: port {2 if ifn == 'wlan0' else 3}({ifn}) entered blocking state",
        )
        t = L(
            ap,
            t,
            "kern.info",
            "kernel",
            "%s: port %u(%s) entered %s state",
            f"br0: port {2 if ifn == 'wlan0' else 3}({ifn}) entered forwarding state",
        )
    L(
        ap,
        t + sec(1),
        "user.info",
        "",
        "[process_monitor] : successfully started",
        "[process_monitor] : successfully started",
    )
    # a new static lease: dnsmasq re-reads its files on SIGHUP at 11:05
    t = L(
        gw,
        at(11, 5, 40),
        "user.info",
        "",
        "[dnsmasq] : config reloaded",
        "[dnsmasq] : config reloaded",
    )
    t = dns(t, "read %s - %d names", "read /etc/hosts - 3 names")
    return fs.logs(T0)


SYSTEMS: dict[str, Callable[[random.Random], list[Log]]] = {
    "edgeos": edgeos,
    "dell-os10": dell_os10,
    "h3c-comware": h3c_comware,
    "cisco-iosxr": cisco_iosxr,
    "ddwrt": ddwrt,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
