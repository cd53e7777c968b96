#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 57 (cisco-ios, junos, fortigate, panos, pfsense) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock). Five log shapes not yet covered, network and security appliances' syslog:

- Cisco IOS / IOS-XE as a syslog server receives it: `switches.log` (two core and three
  access switches) and `routers.log` (two edge routers), rsyslog's `Jun  4 06:00:01 <sender
  ip> ` before the device's `<seq>: Jun  4 06:00:01.123 UTC: %FAC-SEV-MNEMONIC: text`
  (`service sequence-numbers`, `service timestamps log datetime msec show-timezone`; a `*`
  and no zone while the clock is not synchronised after a reload; rsyslog's `#012` for the
  restart banner's newlines): a switch reloaded for an upgrade, 802.1X and MAB at the
  morning's arrivals, a small switch behind a BPDU-guard port (err-disable, recovery every
  300 s until the port is shut), a rogue DHCP server on an untrusted port, a loop (MAC flaps,
  topology changes), SNMP with a stale community, an SSH password attack on a router, an ISP
  fibre flapping (links, BGP down with NOTIFICATIONs and up, OSPF adjacencies), a power supply
  failing, CPU hogs with their `-Traceback=` lines and a router reloaded.
- Juniper Junos: `mx1-messages`, `mx2-messages`, `ex-core-messages` (/var/log/messages as
  forwarded, `Jun  4 06:00:01  host proc[pid]: TAG: text`, `/kernel:` without a pid): an MD5
  key rolled on one side of an iBGP session (`tcp_auth_ok: Packet from %s:%u missing MD5
  digest`, the state changes), an optic degrading on the transit link (SNMP link traps, BFD,
  the hold timer's NOTIFICATION, `BGP_IO_ERROR_CLOSE_SESSION`, scheduler slips, LACP on the
  core switch), a PEM losing its input (alarmd, craftd, chassisd's trap), commits, logins and
  CLI commands, sshd failures, SNMP community failures, cron.
- FortiGate FortiOS 7.2, `fgt-a.log` and `fgt-b.log` (an HA pair's key=value records as a
  syslog collector stores the message alone, `date= time= devname= devid= eventtime= tz=
  logid= type= subtype= level= vd= ...`): forward traffic (close, timeout, server-rst,
  client-rst, deny, accept statistics), local-in denies, UTM (IPS, web filter, antivirus,
  application control, DNS filter), events (admin logins and configuration, DHCP acks,
  performance statistics every five minutes, SSL VPN tunnels and a password-spraying run,
  an IPsec tunnel to a branch failing phase 1 and coming back, a link monitor going dead, an
  HA failover when a monitored port goes down).
- Palo Alto PAN-OS 10.1, `pa-fw1.log`, `pa-fw2.log` (the CSV records behind rsyslog's
  header, `Jun  4 06:00:01 pa-fw1 1,2024/06/04 06:00:01,<serial>,TRAFFIC,end,2561,...`):
  TRAFFIC (end, deny, drop), THREAT (vulnerability, spyware, virus, url), SYSTEM (auth, general,
  globalprotect, vpn, routing, ha, ports) and CONFIG records: a web server probed for Log4j,
  a GlobalProtect password attack, a site-to-site tunnel whose peer stops answering, an HA
  failover after a link failure, commits.
- pfSense 2.7 (`pfsense.log`, rsyslog's file of the firewall's BSD-format remote log: no
  hostname in the message, so the sender's address stands in) and OPNsense 24.1
  (`opnsense.log`, a branch): `filterlog` CSV lines (blocks on the WAN, a logged port
  forward, OPNsense's hash trackers), dhcpd, unbound restarted by each DHCP registration,
  OpenVPN clients, php-fpm's `/index.php: Successful login` and authentication errors,
  sshguard blocking an SSH attack, the WAN's link going down and up (kernel, dpinger,
  check_reload_status, `/rc.linkup`, `/rc.newwanip`).

Label notes. The rules of rounds 51 to 56 hold. A line that a device's log call wrote is
labelled with that call's format: Cisco's `%FAC-SEV-MNEMONIC: ` with the message definition's
format (`%LINK-3-UPDOWN: Interface %s, changed state to %s`: the state is a value, from a
table, as FRR's down reasons were), Junos' `TAG: ` with its format (`RPD_BGP_NEIGHBOR_STATE_CHANGED:
BGP peer %s (%s AS %u) changed state from %s to %s (event %s) (instance %s)`), other programs'
formats as their sources write them. The syslog header, Cisco's sequence number and device
time, the Junos function prefix (`bgp_io_mgmt_cb:2636: `) and OpenVPN's `user/addr:port `
prefix are context. Cisco's `-Traceback=` is a syslog message of its own (its own sequence
number), labelled `-Traceback= %s`. Structured records (FortiGate's key=value, PAN-OS's CSV,
filterlog's CSV) are labelled as round 54's W3C and round 55's Zeek records were, by the
fields that say what happened: FortiGate by `logid`, `type`, `subtype`, `action` (and
`status` where the record has one) and the format of `msg` where the record has one (its
values `%s`); PAN-OS by type and subtype, then TRAFFIC's action and session end reason,
THREAT's action (the threat's name and id from the content database are values), SYSTEM's
event id and the description's format, CONFIG's command and result; filterlog by action,
direction, IP version and protocol. Everything else in a record (addresses, ports, zones,
rules, users, counters, applications, categories) is a value.

Sources. Checked against public copies: IOS's `%SPANTREE-2-BLOCK_BPDUGUARD` text and the
SPANTREE message guide; Junos' `RPD_BGP_NEIGHBOR_STATE_CHANGED` line (napalm-logs) and
`SNMP_TRAP_LINK_DOWN` / `_UP` (the system log reference); FortiOS's log ids 32001, 32002,
32003 (admin login, failure, logout) and 37138 (`IPsec connection status changed`) and
their field lists; PAN-OS's TRAFFIC, THREAT and SYSTEM field orders (the syslog field
descriptions) and a real TRAFFIC record's trailing fields; filterlog's field order (Netgate's
raw filter log format). The rest is from the helper's knowledge, not checked (least sure:
the IOS-XE `PLATFORM_FEP` power supply texts, `%BGP_SESSION-5-ADJCHANGE`, the 802.1X texts;
Junos' `BGP_IO_ERROR_CLOSE_SESSION` and hold-timeout texts, alarmd's and craftd's lines,
`LACPD_TIMEOUT`; FortiOS log ids other than the checked ones, the HA and link monitor
messages, the UTM records' field sets; PAN-OS's SYSTEM descriptions and CONFIG's fields;
pfSense's check_reload_status, rc.linkup, rc.newwanip and dpinger texts, unbound's stats
lines, sshguard's texts). Run it only to change the data on purpose: `python
bench/heldout/generate_round57.py [SYSTEM ...]`.
"""

from __future__ import annotations

import random
import re
import sys
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round52 import Records, secs
from generate_round53 import Clock, ms3
from generate_round55 import at, poisson

_SPEC = re.compile(r"%%|%[-#0-9.]*(?:ll|l|h)?[a-zA-Z]")


def fill(fmt: str, *args: object) -> str:
    """`fmt` with each printf conversion replaced by the next argument, `%%` by `%`."""
    it = iter(args)
    out = _SPEC.sub(lambda m: "%" if m.group() == "%%" else str(next(it)), fmt)
    assert next(it, None) is None, fmt
    return out


def bsd(t: datetime) -> str:
    """The BSD syslog time, `Jun  4 06:00:01`."""
    return f"{t:%b} {t.day:2d} {t:%H:%M:%S}"


def mac(r: random.Random, dots: bool = True) -> str:
    h = hexid(r, 12)
    if dots:
        return f"{h[:4]}.{h[4:8]}.{h[8:]}"
    return ":".join(h[i : i + 2] for i in range(0, 12, 2))


PUBLIC = [
    "185.220.101",
    "45.95.147",
    "193.32.162",
    "89.248.165",
    "162.142.125",
    "71.6.199",
    "80.82.77",
    "141.98.11",
    "194.26.29",
    "92.63.197",
]


def public_ip(r: random.Random) -> str:
    return f"{r.choice(PUBLIC)}.{r.randrange(2, 254)}"


# --------------------------------------------------------------------------------- cisco-ios

CI_DEVS = {
    "core-sw1": ("10.0.10.1", "switches.log"),
    "core-sw2": ("10.0.10.2", "switches.log"),
    "acc-sw1": ("10.0.10.11", "switches.log"),
    "acc-sw2": ("10.0.10.12", "switches.log"),
    "acc-sw3": ("10.0.10.13", "switches.log"),
    "rtr-edge1": ("10.0.0.1", "routers.log"),
    "rtr-edge2": ("10.0.0.2", "routers.log"),
}
CI_BANNER = "Cisco IOS Software [Cupertino], Catalyst L3 Switch Software (CAT9K_IOSXE), Version 17.9.4a, RELEASE SOFTWARE (fc3)#012Technical Support: http://www.cisco.com/techsupport#012Copyright (c) 1986-2023 by Cisco Systems, Inc.#012Compiled Fri 20-Oct-23 10:44 by mcpre"
CI_BANNER_RTR = "Cisco IOS XE Software, Version 17.06.05#012Cisco IOS Software [Bengaluru], ISR Software (X86_64_LINUX_IOSD-UNIVERSALK9-M), Version 17.6.5, RELEASE SOFTWARE (fc2)#012Technical Support: http://www.cisco.com/techsupport#012Copyright (c) 1986-2023 by Cisco Systems, Inc.#012Compiled Wed 22-Mar-23 04:19 by mcpre"


def cisco_ios(r: random.Random) -> list[Log]:
    """Seven IOS / IOS-XE devices logging to one syslog server, 06:00 to 14:00: acc-sw3
    reloaded for an upgrade at 06:02 (its phones and PCs coming back), 802.1X and MAB as people
    arrive, a desk switch behind acc-sw2's Gi1/0/17 tripping BPDU guard from 07:05 (err-disable
    recovery every 300 s) until the port is shut at 07:52, a rogue DHCP server on acc-sw3 from
    08:40 to 09:05, a loop on acc-sw1 at 09:20 (MAC flaps, topology changes), a monitoring host
    with a stale SNMP community until 09:45, an SSH password attack on rtr-edge1 10:15-10:40, the
    ISP fibre of rtr-edge1 flapping 11:00-11:35 (BGP and OSPF), core-sw2's power supply B
    failing at 11:45 and replaced at 12:55, CPU hogs on rtr-edge2 and its reload at 12:40."""
    clock = Clock(1000)
    files = {"switches.log": Records(), "routers.log": Records()}
    seq = {d: r.randrange(2000, 60000) for d in CI_DEVS}
    unsync: set[str] = set()

    def log(dev: str, t: datetime, mn: str, fmt: str, *args: object) -> datetime:
        t = clock.at(dev, t)
        ip, fname = CI_DEVS[dev]
        recv = t + timedelta(milliseconds=r.randrange(2, 60))
        seq[dev] += 1
        if dev in unsync:
            stamp = f"*{t:%b} {t.day:2d} {t:%H:%M:%S}.{ms3(t)}"
        else:
            stamp = f"{t:%b} {t.day:2d} {t:%H:%M:%S}.{ms3(t)} UTC"
        files[fname].add(
            recv,
            [f"{bsd(recv)} {ip} {seq[dev]}: {stamp}: %{mn}: {fill(fmt, *args)}"],
            f"%{mn}: {fmt}",
        )
        return t

    def traceback(dev: str, t: datetime) -> None:
        t = clock.at(dev, t)
        ip, fname = CI_DEVS[dev]
        seq[dev] += 1
        frames = " ".join(
            f"{r.randrange(0x1000000, 0xFFFFFFF):X}z" for _ in range(r.randrange(6, 10))
        )
        files[fname].add(t, [f"{bsd(t)} {ip} {seq[dev]}: -Traceback= {frames}"], "-Traceback= %s")

    def link(dev: str, t: datetime, ifname: str, up: bool, proto: bool = True) -> datetime:
        st = "up" if up else "down"
        t = log(dev, t, "LINK-3-UPDOWN", "Interface %s, changed state to %s", ifname, st)
        if proto:
            t = log(
                dev,
                t + secs(r, 0.5, 1.2),
                "LINEPROTO-5-UPDOWN",
                "Line protocol on Interface %s, changed state to %s",
                ifname,
                st,
            )
        return t

    def session(dev: str, t: datetime, user: str, src: str, cmds: list[str]) -> datetime:
        tty = r.randrange(1, 5)
        cip = "aes256-ctr"
        hmac = "hmac-sha2-256"
        t = log(
            dev,
            t,
            "SSH-5-SSH2_SESSION",
            "SSH2 Session request from %s (tty = %d) using crypto cipher '%s', hmac '%s' %s",
            src,
            tty,
            cip,
            hmac,
            "Succeeded",
        )
        t = log(
            dev,
            t + secs(r, 1, 4),
            "SSH-5-SSH2_USERAUTH",
            "User '%s' authentication for SSH2 Session from %s (tty = %d) using crypto cipher '%s', hmac '%s' %s",
            user,
            src,
            tty,
            cip,
            hmac,
            "Succeeded",
        )
        t = log(
            dev,
            t + secs(r, 0.01, 0.1),
            "SEC_LOGIN-5-LOGIN_SUCCESS",
            "Login Success [user: %s] [Source: %s] [localport: %u] at %s",
            user,
            src,
            22,
            f"{t:%H:%M:%S} UTC {t:%a %b} {t.day} {t:%Y}",
        )
        if cmds:
            t += secs(r, 20, 90)
            for c in cmds:
                t = log(
                    dev,
                    t + secs(r, 3, 25),
                    "PARSER-5-CFGLOG_LOGGEDCMD",
                    "User:%s  logged command:%s",
                    user,
                    c,
                )
            t = log(
                dev,
                t + secs(r, 2, 10),
                "SYS-5-CONFIG_I",
                "Configured from %s by %s",
                "console",
                f"{user} on vty{tty - 1} ({src})",
            )
        t = log(
            dev,
            t + secs(r, 30, 300),
            "SSH-5-SSH2_CLOSE",
            "SSH2 Session from %s (tty = %d) for user '%s' using crypto cipher '%s', hmac '%s' closed",
            src,
            tty,
            user,
            cip,
            hmac,
        )
        return t

    def reload(
        dev: str, t: datetime, user: str, reason: str, banner: str, ports: list[str]
    ) -> datetime:
        t = log(
            dev,
            t,
            "SYS-5-RELOAD",
            "Reload requested by %s on %s. Reload Reason: %s.",
            user,
            "vty0 (10.0.9.15)",
            reason,
        )
        seq[dev] = 0
        unsync.add(dev)
        t += timedelta(seconds=r.randrange(380, 460))
        t = log(dev, t, "SYS-5-RESTART", "System restarted --#012%s", banner)
        t = log(
            dev,
            t + secs(r, 2, 5),
            "SYS-6-LOGGINGHOST_STARTSTOP",
            "Logging to host %s port %d started - CLI initiated",
            "10.0.9.20",
            514,
        )
        for p in ports:
            t = link(dev, t + secs(r, 0.1, 0.8), p, True)
        t += secs(r, 20, 40)
        unsync.discard(dev)
        return t

    t_end = at(14, 0)
    acc_ports = {
        s: [f"GigabitEthernet1/0/{n}" for n in range(1, 49)]
        for s in ("acc-sw1", "acc-sw2", "acc-sw3")
    }

    # acc-sw3's upgrade reload: uplinks, then phones and PCs
    t = log(
        "core-sw1",
        at(6, 2, 11),
        "LINK-3-UPDOWN",
        "Interface %s, changed state to %s",
        "TenGigabitEthernet1/0/3",
        "down",
    )
    t = reload(
        "acc-sw3",
        at(6, 1, 48),
        "netadmin",
        "Reload Command",
        CI_BANNER,
        ["TenGigabitEthernet1/1/1", "TenGigabitEthernet1/1/2"],
    )
    link("core-sw1", t - secs(r, 8, 12), "TenGigabitEthernet1/0/3", True, proto=False)
    for p in r.sample(acc_ports["acc-sw3"][:40], 26):
        short = p.replace("GigabitEthernet", "Gi")
        tp = t + secs(r, 5, 60)
        log(
            "acc-sw3",
            tp,
            "ILPOWER-7-DETECT",
            "Interface %s: Power Device detected: %s",
            short,
            "IEEE PD",
        )
        log(
            "acc-sw3",
            tp + secs(r, 0.3, 1),
            "ILPOWER-5-POWER_GRANTED",
            "Interface %s: Power granted",
            short,
        )
        link("acc-sw3", tp + secs(r, 3, 9), p, True)
    log("core-sw1", at(6, 12, 30), "SPANTREE-5-TOPOTRAP", "Topology Change Trap for vlan %d", 30)

    # arrivals: dot1x for laptops, MAB for printers, a few failures falling over to MAB
    for sw in ("acc-sw1", "acc-sw2", "acc-sw3"):
        for p in r.sample(
            [q for q in acc_ports[sw][:44] if not q.endswith(("/17", "/8", "/9", "/31"))],
            30 if sw != "acc-sw3" else 18,
        ):
            short = p.replace("GigabitEthernet", "Gi")
            ta = at(7, 25) + timedelta(seconds=r.uniform(0, 7200))
            m = mac(r)
            sid = hexid(r, 24).upper()
            if sw != "acc-sw3":
                ta = link(sw, ta, p, True)
            if r.random() < 0.12:
                ta = log(
                    sw,
                    ta + secs(r, 1, 3),
                    "AUTHMGR-5-START",
                    "Starting '%s' for client (%e) on Interface %s AuditSessionID %s",
                    "dot1x",
                    m,
                    short,
                    sid,
                )
                ta = log(
                    sw,
                    ta + secs(r, 30, 62),
                    "DOT1X-5-FAIL",
                    "Authentication failed for client (%e) on Interface %s AuditSessionID %s",
                    m,
                    short,
                    sid,
                )
                ta = log(
                    sw,
                    ta + secs(r, 0.01, 0.2),
                    "AUTHMGR-7-FAILOVER",
                    "Failing over from '%s' for client (%e) on Interface %s AuditSessionID %s",
                    "dot1x",
                    m,
                    short,
                    sid,
                )
                ta = log(
                    sw,
                    ta + secs(r, 0.5, 2),
                    "AUTHMGR-5-START",
                    "Starting '%s' for client (%e) on Interface %s AuditSessionID %s",
                    "mab",
                    m,
                    short,
                    sid,
                )
                ta = log(
                    sw,
                    ta + secs(r, 0.5, 2),
                    "MAB-5-SUCCESS",
                    "Authentication successful for client (%e) on Interface %s AuditSessionID %s",
                    m,
                    short,
                    sid,
                )
            else:
                ta = log(
                    sw,
                    ta + secs(r, 1, 3),
                    "AUTHMGR-5-START",
                    "Starting '%s' for client (%e) on Interface %s AuditSessionID %s",
                    "dot1x",
                    m,
                    short,
                    sid,
                )
                ta = log(
                    sw,
                    ta + secs(r, 1, 4),
                    "DOT1X-5-SUCCESS",
                    "Authentication successful for client (%e) on Interface %s AuditSessionID %s",
                    m,
                    short,
                    sid,
                )
            log(
                sw,
                ta + secs(r, 0.01, 0.3),
                "AUTHMGR-5-SUCCESS",
                "Authorization succeeded for client (%e) on Interface %s AuditSessionID %s",
                m,
                short,
                sid,
            )
            if r.random() < 0.25:
                td = ta + timedelta(seconds=r.uniform(600, 12000))
                if td < t_end:
                    link(sw, td, p, False)

    # the desk switch behind acc-sw2 Gi1/0/17
    t = at(7, 5, 12)
    while t < at(7, 52):
        t = log(
            "acc-sw2",
            t,
            "SPANTREE-2-BLOCK_BPDUGUARD",
            "Received BPDU on port %s with BPDU Guard enabled. Disabling port.",
            "GigabitEthernet1/0/17",
        )
        t = log(
            "acc-sw2",
            t + secs(r, 0.01, 0.05),
            "PM-4-ERR_DISABLE",
            "%s error detected on %s, putting %s in err-disable state",
            "bpduguard",
            "Gi1/0/17",
            "Gi1/0/17",
        )
        t = link("acc-sw2", t + secs(r, 0.5, 1), "GigabitEthernet1/0/17", False)
        t += timedelta(seconds=300)
        t = log(
            "acc-sw2",
            t,
            "PM-4-ERR_RECOVER",
            "Attempting to recover from %s err-disable state on %s",
            "bpduguard",
            "Gi1/0/17",
        )
        t = link("acc-sw2", t + secs(r, 2.5, 3.5), "GigabitEthernet1/0/17", True)
        t += secs(r, 1, 3)
    t = session(
        "acc-sw2",
        at(7, 49, 30),
        "netadmin",
        "10.0.9.15",
        [
            "interface GigabitEthernet1/0/17",
            "shutdown",
            "description QUARANTINE desk switch INC0041872",
        ],
    )
    log(
        "acc-sw2",
        t - secs(r, 60, 100),
        "LINK-5-CHANGED",
        "Interface %s, changed state to %s",
        "GigabitEthernet1/0/17",
        "administratively down",
    )

    # rogue DHCP server on acc-sw3 Gi1/0/31
    rogue = mac(r)
    for td in poisson(r, at(8, 40), at(9, 5), 9):
        log(
            "acc-sw3",
            td,
            "DHCP_SNOOPING-5-DHCP_SNOOPING_UNTRUSTED_PORT",
            "DHCP_SNOOPING drop message on untrusted port, message type: %s, MAC sa: %e",
            r.choice(["DHCPOFFER", "DHCPOFFER", "DHCPACK"]),
            rogue,
        )
    t = session(
        "acc-sw3",
        at(9, 3, 10),
        "jdoe",
        "10.0.9.31",
        ["interface GigabitEthernet1/0/31", "shutdown"],
    )
    log(
        "acc-sw3",
        t - secs(r, 40, 60),
        "LINK-5-CHANGED",
        "Interface %s, changed state to %s",
        "GigabitEthernet1/0/31",
        "administratively down",
    )

    # the loop on acc-sw1 (Gi1/0/8 and Gi1/0/9 patched together through a hub)
    hosts = [mac(r) for _ in range(14)]
    for td in poisson(r, at(9, 20), at(9, 34), 6):
        log(
            "acc-sw1",
            td,
            "SW_MATM-4-MACFLAP_NOTIF",
            "Host %e in vlan %d is flapping between port %s and port %s",
            r.choice(hosts),
            20,
            "Gi1/0/8",
            "Gi1/0/9",
        )
    for td in poisson(r, at(9, 20), at(9, 34), 45):
        log("core-sw1", td, "SPANTREE-5-TOPOTRAP", "Topology Change Trap for vlan %d", 20)
    log(
        "core-sw2",
        at(9, 21, 4),
        "SPANTREE-5-ROOTCHANGE",
        "Root Changed for vlan %d: New Root Port is %s. New Root Mac Address is %e",
        20,
        "Port-channel1",
        mac(r),
    )
    log(
        "core-sw2",
        at(9, 35, 40),
        "SPANTREE-5-ROOTCHANGE",
        "Root Changed for vlan %d: New Root Port is %s. New Root Mac Address is %e",
        20,
        "Port-channel1",
        mac(r),
    )
    t = session(
        "acc-sw1",
        at(9, 31),
        "netadmin",
        "10.0.9.15",
        ["interface GigabitEthernet1/0/9", "shutdown", "spanning-tree bpduguard enable"],
    )
    log(
        "acc-sw1",
        t - secs(r, 50, 80),
        "LINK-5-CHANGED",
        "Interface %s, changed state to %s",
        "GigabitEthernet1/0/9",
        "administratively down",
    )

    # a stale SNMP community on the monitoring host, until 09:45
    for dev in ("core-sw1", "core-sw2", "rtr-edge1", "rtr-edge2"):
        tt = at(6, 0) + secs(r, 0, 300)
        while tt < at(9, 45):
            log(
                dev,
                tt,
                "SNMP-3-AUTHFAIL",
                "Authentication failure for SNMP req from host %i",
                "10.0.9.50",
            )
            tt += secs(r, 295, 305)

    # ACL logging on the edge routers all day
    for dev in ("rtr-edge1", "rtr-edge2"):
        for tt in poisson(r, at(6, 0), t_end, 95):
            proto = r.choice(["tcp", "tcp", "tcp", "udp"])
            n = r.choice([1, 1, 1, 2, 3, 7, 15])
            port = (
                r.choice([23, 22, 445, 3389, 1433, 5900, 8080, 2323])
                if proto == "tcp"
                else r.choice([53, 123, 161, 1900, 5060])
            )
            log(
                dev,
                tt,
                "SEC-6-IPACCESSLOGP",
                "list %s %s %s %s(%d) -> %s(%d), %d packet%s",
                "OUTSIDE-IN",
                "denied",
                proto,
                public_ip(r),
                r.randrange(1024, 65535),
                "198.51.100." + ("1" if dev == "rtr-edge1" else "2"),
                port,
                n,
                "" if n == 1 else "s",
            )
        for tt in poisson(r, at(6, 0), t_end, 400):
            n = r.choice([1, 1, 4])
            log(
                dev,
                tt,
                "SEC-6-IPACCESSLOGDP",
                "list %s %s icmp %s -> %s (%d/%d), %d packet%s",
                "OUTSIDE-IN",
                "denied",
                public_ip(r),
                "198.51.100." + ("1" if dev == "rtr-edge1" else "2"),
                8,
                0,
                n,
                "" if n == 1 else "s",
            )

    # an SSH password attack on rtr-edge1
    for tt in poisson(r, at(10, 15), at(10, 40), 7):
        user = r.choice(["admin", "admin", "cisco", "root", "user", "support", "ubnt"])
        log(
            "rtr-edge1",
            tt,
            "SEC_LOGIN-4-LOGIN_FAILED",
            "Login failed [user: %s] [Source: %s] [localport: %u] [Reason: %s] at %s",
            user,
            "45.95.147.61",
            22,
            "Login Authentication Failed",
            f"{tt:%H:%M:%S} UTC {tt:%a %b} {tt.day} {tt:%Y}",
        )
    log(
        "rtr-edge1",
        at(10, 22, 3),
        "SEC_LOGIN-1-QUIET_MODE_ON",
        "Still timeleft for watching failures is %d secs, [user: %s] [Source: %s] [localport: %u] [Reason: %s] [ACL: %s] at %s",
        112,
        "admin",
        "45.95.147.61",
        22,
        "Login Authentication Failed",
        "sl_def_acl",
        "10:22:03 UTC Tue Jun 4 2024",
    )
    log(
        "rtr-edge1",
        at(10, 27, 3),
        "SEC_LOGIN-5-QUIET_MODE_OFF",
        "Quiet Mode is OFF, because block period timed out at %s",
        "10:27:03 UTC Tue Jun 4 2024",
    )

    # the ISP fibre of rtr-edge1
    t = at(11, 0, 14)
    isp = "198.51.100.254"
    while t < at(11, 35):
        t = link("rtr-edge1", t, "GigabitEthernet0/0/0", False)
        t = log(
            "rtr-edge1",
            t + secs(r, 0.01, 0.1),
            "BGP-5-NBR_RESET",
            "Neighbor %s reset (%s)",
            isp,
            "Interface flap",
        )
        t = log(
            "rtr-edge1",
            t + secs(r, 0.01, 0.1),
            "BGP-5-ADJCHANGE",
            "neighbor %s Down %s",
            isp,
            "Interface flap",
        )
        t = log(
            "rtr-edge1",
            t + secs(r, 0.01, 0.1),
            "BGP_SESSION-5-ADJCHANGE",
            "neighbor %s %s topology base removed from session  %s",
            isp,
            "IPv4 Unicast",
            "Interface flap",
        )
        t = link("rtr-edge1", t + secs(r, 4, 40), "GigabitEthernet0/0/0", True)
        if r.random() < 0.5:
            t = log(
                "rtr-edge1",
                t + secs(r, 10, 30),
                "BGP-3-NOTIFICATION",
                "received from neighbor %s %d/%d (%s) %d bytes",
                isp,
                6,
                7,
                "Connection Collision Resolution",
                0,
            )
        t = log("rtr-edge1", t + secs(r, 15, 45), "BGP-5-ADJCHANGE", "neighbor %s Up", isp)
        t += secs(r, 40, 300)
    # rtr-edge2 sees the edge's advertisements go and come: its iBGP session holds, OSPF to core flaps once
    log(
        "rtr-edge2",
        at(11, 2, 40),
        "BGP-4-MAXPFX",
        "Number of prefixes received from %s (afi %d) reaches %d, max %d",
        "203.0.113.254",
        0,
        950000,
        1000000,
    )
    for dev, nbr, ifn in (("core-sw1", "10.0.0.1", "Vlan900"), ("core-sw2", "10.0.0.1", "Vlan900")):
        tt = log(
            dev,
            at(11, 4, 2) + secs(r, 0, 1),
            "OSPF-5-ADJCHG",
            "Process %d, Nbr %i on %s from %s to %s, %s",
            1,
            nbr,
            ifn,
            "FULL",
            "DOWN",
            "Neighbor Down: Dead timer expired",
        )
        tt = log(
            dev,
            tt + secs(r, 20, 30),
            "OSPF-5-ADJCHG",
            "Process %d, Nbr %i on %s from %s to %s, %s",
            1,
            nbr,
            ifn,
            "LOADING",
            "FULL",
            "Loading Done",
        )
    t = log(
        "rtr-edge1",
        at(11, 31, 20),
        "BGP-3-NOTIFICATION",
        "sent to neighbor %s %d/%d (%s) %d bytes",
        isp,
        4,
        0,
        "hold time expired",
        0,
    )
    t = log(
        "rtr-edge1",
        t + secs(r, 0.01, 0.1),
        "BGP-5-ADJCHANGE",
        "neighbor %s Down %s",
        isp,
        "BGP Notification sent",
    )
    t = log(
        "rtr-edge1",
        t + secs(r, 0.01, 0.1),
        "BGP_SESSION-5-ADJCHANGE",
        "neighbor %s %s topology base removed from session  %s",
        isp,
        "IPv4 Unicast",
        "BGP Notification sent",
    )
    t = log("rtr-edge1", t + secs(r, 30, 60), "BGP-5-ADJCHANGE", "neighbor %s Up", isp)
    session(
        "rtr-edge1",
        at(11, 38),
        "mchen",
        "10.0.9.44",
        ["interface GigabitEthernet0/0/0", "carrier-delay msec 500", "dampening"],
    )

    # core-sw2's power supply B
    log(
        "core-sw2",
        at(11, 45, 9),
        "PLATFORM_FEP-1-FRU_PS_SIGNAL_FAULTY",
        "Switch %d: Signal:%s on power supply %s is faulty",
        1,
        "DC_PWR_GOOD",
        "B",
    )
    log(
        "core-sw2",
        at(11, 45, 10),
        "PLATFORM_FEP-1-FRU_PS_SIGNAL_FAULTY",
        "Switch %d: Signal:%s on power supply %s is faulty",
        1,
        "AC_PWR_GOOD",
        "B",
    )
    tt = at(11, 50)
    while tt < at(12, 54):
        log(
            "core-sw2",
            tt,
            "PLATFORM_ENVMON-4-ALERT",
            "Switch %d: %s",
            1,
            "Power Supply B is not functional",
        )
        tt += secs(r, 599, 601)
    log(
        "core-sw2",
        at(12, 54, 31),
        "PLATFORM_FEP-6-FRU_PS_OIR",
        "Switch %d: FRU power supply %s %s",
        1,
        "B",
        "removed",
    )
    log(
        "core-sw2",
        at(12, 56, 2),
        "PLATFORM_FEP-6-FRU_PS_OIR",
        "Switch %d: FRU power supply %s %s",
        1,
        "B",
        "inserted",
    )
    log(
        "core-sw2",
        at(12, 56, 5),
        "PLATFORM_FEP-5-FRU_PS_SIGNAL_OK",
        "Switch %d: Signal:%s on power supply %s is restored",
        1,
        "DC_PWR_GOOD",
        "B",
    )

    # rtr-edge2: CPU hogs with tracebacks, then a reload
    for tt in poisson(r, at(12, 5), at(12, 38), 150):
        ms = r.randrange(2004, 9800)
        log(
            "rtr-edge2",
            tt,
            "SYS-3-CPUHOG",
            "Task is running for (%d)msecs, more than (%d)msecs (%d/%d),process = %s.",
            ms,
            2000,
            r.randrange(0, 40),
            r.randrange(0, 40),
            r.choice(["BGP Router", "BGP Scanner", "IP Input"]),
        )
        traceback("rtr-edge2", tt + timedelta(milliseconds=1))
    t = session("rtr-edge2", at(12, 36), "netadmin", "10.0.9.15", [])
    t = reload(
        "rtr-edge2",
        at(12, 40, 2),
        "netadmin",
        "Reload Command",
        CI_BANNER_RTR,
        ["GigabitEthernet0/0/0", "GigabitEthernet0/0/1", "GigabitEthernet0/0/2"],
    )
    log("rtr-edge2", t - secs(r, 10, 15), "BGP-5-ADJCHANGE", "neighbor %s Up", "203.0.113.254")
    log("rtr-edge2", t - secs(r, 5, 9), "BGP-5-ADJCHANGE", "neighbor %s Up", "10.0.0.1")
    log(
        "rtr-edge1",
        at(12, 40, 4),
        "BGP-5-ADJCHANGE",
        "neighbor %s Down %s",
        "10.0.0.2",
        "Peer closed the session",
    )
    log(
        "rtr-edge1",
        at(
            12,
            40,
            4,
        )
        + secs(r, 0.01, 0.1),
        "BGP_SESSION-5-ADJCHANGE",
        "neighbor %s %s topology base removed from session  %s",
        "10.0.0.2",
        "IPv4 Unicast",
        "Peer closed the session",
    )
    log("rtr-edge1", t - secs(r, 5, 9), "BGP-5-ADJCHANGE", "neighbor %s Up", "10.0.0.2")
    for dev in ("core-sw1", "core-sw2"):
        tt = log(
            dev,
            at(12, 40, 40) + secs(r, 0, 1),
            "OSPF-5-ADJCHG",
            "Process %d, Nbr %i on %s from %s to %s, %s",
            1,
            "10.0.0.2",
            "Vlan900",
            "FULL",
            "DOWN",
            "Neighbor Down: Dead timer expired",
        )
        log(
            dev,
            t + secs(r, 0, 10),
            "OSPF-5-ADJCHG",
            "Process %d, Nbr %i on %s from %s to %s, %s",
            1,
            "10.0.0.2",
            "Vlan900",
            "LOADING",
            "FULL",
            "Loading Done",
        )
    log(
        "core-sw1",
        at(12, 40, 41),
        "HSRP-5-STATECHANGE",
        "%s Grp %d state %s -> %s",
        "Vlan900",
        1,
        "Standby",
        "Active",
    )

    # CDP native VLAN mismatch between the cores, all day (every minute)
    tt = at(6, 0, 31)
    while tt < t_end:
        log(
            "core-sw1",
            tt,
            "CDP-4-NATIVE_VLAN_MISMATCH",
            "Native VLAN mismatch discovered on %s (%d), with %s %s (%d).",
            "TenGigabitEthernet1/0/24",
            1,
            "core-sw2.corp.example.com",
            "TenGigabitEthernet1/0/24",
            999,
        )
        tt += secs(r, 59.5, 60.5)
        if at(10, 5) < tt < at(10, 6):
            session(
                "core-sw1",
                tt,
                "mchen",
                "10.0.9.44",
                ["interface TenGigabitEthernet1/0/24", "switchport trunk native vlan 999"],
            )
            break
    # routine admin sessions
    for dev, tt, user in (
        ("core-sw1", at(6, 45), "svc-backup"),
        ("core-sw2", at(6, 46), "svc-backup"),
        ("rtr-edge1", at(6, 47), "svc-backup"),
        ("rtr-edge2", at(6, 48), "svc-backup"),
        ("core-sw1", at(13, 15), "jdoe"),
    ):
        session(
            dev,
            tt,
            user,
            "10.0.9.60" if user == "svc-backup" else "10.0.9.31",
            []
            if user == "svc-backup"
            else ["ip access-list extended MGMT", "permit ip 10.0.9.0 0.0.0.255 any"],
        )
    return [rec.into(Log(name, at(6, 0))) for name, rec in files.items()]


# --------------------------------------------------------------------------------- junos

JN_PIDS = {
    "rpd": 1893,
    "mgd": 0,
    "mib2d": 1822,
    "chassisd": 1751,
    "alarmd": 1760,
    "craftd": 1761,
    "sshd": 0,
    "bfdd": 1902,
    "lacpd": 1911,
    "snmpd": 1820,
    "cron": 0,
}


def junos(r: random.Random) -> list[Log]:
    """Two MX edge routers and an EX core switch, 06:00 to 14:00: logins, CLI commands and
    commits; the iBGP MD5 key changed on mx1 at 08:30 and on mx2 only at 08:47 (tcp_auth_ok
    drops and the session down meanwhile); mx1's transit optic degrading 10:00-10:50 (link
    traps, BFD, the hold timer's NOTIFICATION, the I/O session closed, rpd's scheduler slips,
    LACP on ex-core's member facing mx1); mx2's PEM 0 losing its feed 11:30-12:10; an SSH
    attack on mx2; a poller with the wrong SNMP community; cron."""
    clock = Clock(1_000_000)
    hosts = ("mx1", "mx2", "ex-core")
    recs = {h: Records() for h in hosts}
    pids = {h: dict(JN_PIDS) for h in hosts}

    def log(
        host: str, t: datetime, proc: str, tag: str, fmt: str, *args: object, prefix: str = ""
    ) -> datetime:
        t = clock.at((host, proc), t)
        pid = pids[host].get(proc, 0) or r.randrange(20000, 90000)
        head = "/kernel" if proc == "kernel" else f"{proc}[{pid}]"
        text = fill(fmt, *args)
        label = f"{tag}: {fmt}" if tag else fmt
        body = f"{tag}: {text}" if tag else text
        recs[host].add(t, [f"{bsd(t)}  {host} {head}: {prefix}{body}"], label)
        return t

    def cli(
        host: str,
        t: datetime,
        user: str,
        src: str,
        cmds: list[str],
        commit: bool,
        comment: str = "none",
    ) -> datetime:
        pid = r.randrange(20000, 90000)
        pids[host]["mgd"] = pid
        port = r.randrange(40000, 65000)
        t = log(
            host,
            t,
            "sshd",
            "",
            "Accepted publickey for %s from %s port %d ssh2: %s",
            user,
            src,
            port,
            "RSA SHA256:" + hexid(r, 43),
        )
        t = log(
            host,
            t + secs(r, 0.2, 0.6),
            "mgd",
            "UI_AUTH_EVENT",
            "Authenticated user '%s' assigned to class '%s'",
            user,
            "super-user",
        )
        t = log(
            host,
            t + secs(r, 0.1, 0.4),
            "mgd",
            "UI_LOGIN_EVENT",
            "User '%s' login, class '%s' [%d], ssh-connection '%s', client-mode '%s'",
            user,
            "j-super-user",
            pid,
            f"{src} {port} {'10.255.0.1' if host == 'mx1' else '10.255.0.2'} 22",
            "cli",
        )
        for c in cmds:
            t = log(
                host,
                t + secs(r, 4, 40),
                "mgd",
                "UI_CMDLINE_READ_LINE",
                "User '%s', command '%s'",
                user,
                c,
            )
            if c == "configure":
                t = log(
                    host,
                    t + secs(r, 0.1, 0.5),
                    "mgd",
                    "UI_DBASE_LOGIN_EVENT",
                    "User '%s' entering configuration mode",
                    user,
                )
        if commit:
            t = log(
                host,
                t + secs(r, 5, 30),
                "mgd",
                "UI_COMMIT",
                "User '%s' requested '%s' operation (comment: %s)",
                user,
                "commit",
                comment,
            )
            for what in (
                "Obtaining lock for commit",
                "updating commit revision",
                "signaling 'Routing protocol daemon', pid 1893, signal 1, status 0 with notification errors enabled",
                "signaling 'SNMP agent', pid 1820, signal 1, status 0 with notification errors enabled",
            ):
                t = log(
                    host,
                    t + secs(r, 0.2, 1.5),
                    "mgd",
                    "UI_COMMIT_PROGRESS",
                    "Commit operation in progress: %s",
                    what,
                )
            t = log(host, t + secs(r, 0.5, 2), "mgd", "UI_COMMIT_COMPLETED", "commit complete")
            t = log(
                host,
                t + secs(r, 3, 20),
                "mgd",
                "UI_CMDLINE_READ_LINE",
                "User '%s', command '%s'",
                user,
                "exit",
            )
            t = log(
                host,
                t + secs(r, 0.1, 0.4),
                "mgd",
                "UI_DBASE_LOGOUT_EVENT",
                "User '%s' exiting configuration mode",
                user,
            )
        t = log(host, t + secs(r, 10, 120), "mgd", "UI_LOGOUT_EVENT", "User '%s' logout", user)
        return t

    def bgp_state(
        host: str, t: datetime, peer: str, kind: str, asn: int, a: str, b: str, ev: str
    ) -> datetime:
        return log(
            host,
            t,
            "rpd",
            "RPD_BGP_NEIGHBOR_STATE_CHANGED",
            "BGP peer %s (%s AS %u) changed state from %s to %s (event %s) (instance %s)",
            peer,
            kind,
            asn,
            a,
            b,
            ev,
            "master",
        )

    def trap(host: str, t: datetime, idx: int, ifname: str, up: bool) -> datetime:
        tag = "SNMP_TRAP_LINK_UP" if up else "SNMP_TRAP_LINK_DOWN"
        return log(
            host,
            t,
            "mib2d",
            tag,
            "ifIndex %u, ifAdminStatus %s, ifOperStatus %s, ifName %s",
            idx,
            "up(1)",
            "up(1)" if up else "down(2)",
            ifname,
        )

    t_end = at(14, 0)
    # cron on every box
    for h in hosts:
        tt = at(6, 0)
        while tt < t_end:
            log(h, tt + secs(r, 0, 1), "cron", "", "(%s) CMD (%s)", "root", "   /usr/libexec/atrun")
            if tt.minute == 0:
                log(h, tt + secs(r, 0, 2), "cron", "", "(%s) CMD (%s)", "root", "newsyslog")
            if tt.minute == 30 and h != "ex-core":
                log(h, tt + secs(r, 1, 3), "cron", "", "(%s) CMD (%s)", "root", "adjkerntz -a")
            tt += timedelta(minutes=10)
    # the poller's wrong community
    for h in hosts:
        for tt in poisson(r, at(6, 0), t_end, 420):
            log(
                h,
                tt,
                "snmpd",
                "SNMPD_AUTH_FAILURE",
                "nsa_log_community: unauthorized SNMP community from %s to unknown community name (%s)",
                "10.20.9.50",
                "n0c-r0",
            )
    # ARP moves on ex-core (a VRRP pair and VMs moving)
    for tt in poisson(r, at(6, 0), t_end, 900):
        n = r.randrange(10, 250)
        log(
            "ex-core",
            tt,
            "kernel",
            "KERN_ARP_ADDR_CHANGE",
            "arp info overwritten for %s from %s to %s",
            f"10.20.30.{n}",
            mac(r, False),
            mac(r, False),
        )

    # morning checks
    for h, tt in (("mx1", at(6, 40)), ("mx2", at(6, 44)), ("ex-core", at(6, 50))):
        cli(
            h,
            tt,
            "noc-ro",
            "10.20.9.15",
            ["show system alarms", "show bgp summary", "show chassis environment pem"],
            False,
        )

    # the MD5 key roll
    ibgp = {"mx1": "10.255.0.2", "mx2": "10.255.0.1"}
    cli(
        "mx1",
        at(8, 28),
        "akumar",
        "10.20.9.21",
        [
            "configure",
            'set protocols bgp group IBGP authentication-key "$9$x7-b2aJD.fzF"',
            "show | compare",
        ],
        True,
        "CHG-2291 rotate ibgp key",
    )
    t = bgp_state(
        "mx1", at(8, 30, 2), ibgp["mx1"], "Internal", 64512, "Established", "Idle", "Stop"
    )
    bgp_state(
        "mx2", at(8, 30, 3), ibgp["mx2"], "Internal", 64512, "Established", "Idle", "RecvNotify"
    )
    for tt in poisson(r, at(8, 30, 10), at(8, 47), 6):
        log(
            "mx1",
            tt,
            "kernel",
            "",
            "tcp_auth_ok: Packet from %s:%u missing MD5 digest",
            ibgp["mx1"],
            r.choice([179, r.randrange(49152, 65535)]),
        )
    for h in ("mx1", "mx2"):
        tt = at(8, 30, 40)
        while tt < at(8, 47):
            tt = bgp_state(
                h, tt + secs(r, 0, 2), ibgp[h], "Internal", 64512, "Idle", "Connect", "Start"
            )
            tt = bgp_state(
                h,
                tt + secs(r, 1, 3),
                ibgp[h],
                "Internal",
                64512,
                "Connect",
                "Active",
                "ConnectRetry",
            )
            tt += secs(r, 55, 125)
    cli(
        "mx2",
        at(8, 45, 30),
        "akumar",
        "10.20.9.21",
        ["configure", 'set protocols bgp group IBGP authentication-key "$9$x7-b2aJD.fzF"'],
        True,
        "CHG-2291 rotate ibgp key",
    )
    for h in ("mx1", "mx2"):
        tt = bgp_state(h, at(8, 47, 31), ibgp[h], "Internal", 64512, "Active", "OpenSent", "Open")
        tt = bgp_state(
            h,
            tt + secs(r, 0.1, 0.5),
            ibgp[h],
            "Internal",
            64512,
            "OpenSent",
            "OpenConfirm",
            "RecvOpen",
        )
        bgp_state(
            h,
            tt + secs(r, 0.1, 0.5),
            ibgp[h],
            "Internal",
            64512,
            "OpenConfirm",
            "Established",
            "RecvKeepAlive",
        )

    # mx1's transit optic
    transit, tas = "203.0.113.9", 64496
    t = at(10, 0, 33)
    while t < at(10, 50):
        t = (
            log("mx1", t, "kernel", "", "%s: SFP receive power low alarm set", "xe-0/0/1")
            if r.random() < 0.3
            else t
        )
        t = trap("mx1", t + secs(r, 0, 1), 542, "xe-0/0/1", False)
        tb = log(
            "mx1",
            t + secs(r, 0, 0.5),
            "bfdd",
            "BFDD_TRAP_SHOP_STATE_DOWN",
            "local discriminator: %u, new state: %s, interface: %s, peer addr: %s",
            19,
            "down",
            "xe-0/0/1.0",
            transit,
        )
        trap("ex-core", t + secs(r, 0, 1), 530, "xe-0/2/0", False)
        log(
            "ex-core",
            t + secs(r, 0.5, 3),
            "lacpd",
            "LACPD_TIMEOUT",
            "%s: lacp current while timer expired current Receive State: %s",
            "xe-0/2/1",
            "CURRENT",
        )
        log(
            "ex-core",
            t + secs(r, 0.5, 3),
            "kernel",
            "",
            "lag_bundlestate_ifd_change: bundle %s: bundle IFD minimum bandwidth or minimum links not met, Bandwidth (Current : Required) %llu : %llu Number of links (Current : Required) %u : %u",
            "ae1",
            0,
            10000000000,
            0,
            1,
        )
        if r.random() < 0.6:
            tb = log(
                "mx1",
                tb + secs(r, 0.1, 0.8),
                "rpd",
                "",
                "NOTIFICATION sent to %s (%s AS %u): code %d (%s), Reason: holdtime expired for %s (%s AS %u), socket buffer sndcc: %u rcvcc: %u TCP state: %u, snd_una: %u snd_nxt: %u snd_wnd: %u rcv_nxt: %u rcv_adv: %u, hold timer %s",
                transit,
                "External",
                tas,
                4,
                "Hold Timer Expired Error",
                transit,
                "External",
                tas,
                0,
                0,
                4,
                r.randrange(10**9, 4 * 10**9),
                r.randrange(10**9, 4 * 10**9),
                16384,
                r.randrange(10**9, 4 * 10**9),
                16384,
                "0",
                prefix="bgp_hold_timeout:4035: ",
            )
        else:
            tb = log(
                "mx1",
                tb + secs(r, 0.1, 0.8),
                "rpd",
                "BGP_IO_ERROR_CLOSE_SESSION",
                "%s (%s AS %u): Error event %s(%d) for I/O session - closing it",
                transit,
                "External",
                tas,
                "Operation timed out",
                60,
                prefix="bgp_io_mgmt_cb:2636: ",
            )
        tb = bgp_state(
            "mx1",
            tb + secs(r, 0.01, 0.2),
            transit,
            "External",
            tas,
            "Established",
            "Idle",
            r.choice(["HoldTime", "BFD Session Down"]),
        )
        if r.random() < 0.5:
            log(
                "mx1",
                tb + secs(r, 0.5, 2),
                "rpd",
                "RPD_SCHED_SLIP",
                "%d sec scheduler slip, user: %d sec %d usec, system: %d sec, %d usec",
                r.randrange(3, 9),
                0,
                r.randrange(10000, 900000),
                0,
                r.randrange(0, 50000),
            )
        t2 = t + secs(r, 8, 70)
        trap("mx1", t2, 542, "xe-0/0/1", True)
        trap("ex-core", t2 + secs(r, 0, 1), 530, "xe-0/2/0", True)
        tb = log(
            "mx1",
            t2 + secs(r, 1, 3),
            "bfdd",
            "BFDD_TRAP_SHOP_STATE_UP",
            "local discriminator: %u, new state: %s, interface: %s, peer addr: %s",
            19,
            "up",
            "xe-0/0/1.0",
            transit,
        )
        tb = bgp_state(
            "mx1", tb + secs(r, 5, 30), transit, "External", tas, "Idle", "Connect", "Start"
        )
        tb = bgp_state(
            "mx1", tb + secs(r, 0.1, 1), transit, "External", tas, "Connect", "OpenSent", "Open"
        )
        tb = bgp_state(
            "mx1",
            tb + secs(r, 0.1, 1),
            transit,
            "External",
            tas,
            "OpenSent",
            "OpenConfirm",
            "RecvOpen",
        )
        bgp_state(
            "mx1",
            tb + secs(r, 0.1, 1),
            transit,
            "External",
            tas,
            "OpenConfirm",
            "Established",
            "RecvKeepAlive",
        )
        t = t2 + secs(r, 60, 420)
    cli(
        "mx1",
        at(10, 52),
        "akumar",
        "10.20.9.21",
        [
            "show interfaces diagnostics optics xe-0/0/1",
            "configure",
            "deactivate interfaces xe-0/0/1",
            "set protocols bgp group TRANSIT neighbor 203.0.113.9 shutdown",
        ],
        True,
        "INC-7731 bad optic",
    )
    trap("mx1", at(10, 54, 10), 542, "xe-0/0/1", False)

    # OSPF on the core during the optic work
    for a, b, ev, why, tt in (
        ("Full", "Down", "KillNbr", "interface went down", at(10, 54, 11)),
        ("Init", "Full", "LoadDone", "OSPF loading completed", at(11, 22, 40)),
    ):
        tag = "RPD_OSPF_NBRDOWN" if b == "Down" else "RPD_OSPF_NBRUP"
        log(
            "ex-core",
            tt,
            "rpd",
            tag,
            "OSPF neighbor %s (realm %s %s area %s) state changed from %s to %s due to %s (event reason: %s)",
            "10.255.0.1",
            "ospf-v2",
            "ae1.0",
            "0.0.0.0",
            a,
            b,
            ev,
            why,
        )
    cli(
        "mx1",
        at(11, 20),
        "akumar",
        "10.20.9.21",
        [
            "configure",
            "activate interfaces xe-0/0/1",
            "delete protocols bgp group TRANSIT neighbor 203.0.113.9 shutdown",
        ],
        True,
        "INC-7731 optic replaced",
    )
    trap("mx1", at(11, 21, 50), 542, "xe-0/0/1", True)
    trap("ex-core", at(11, 21, 51), 530, "xe-0/2/0", True)
    tb = bgp_state("mx1", at(11, 22, 20), transit, "External", tas, "Active", "OpenSent", "Open")
    tb = bgp_state(
        "mx1", tb + secs(r, 0.1, 1), transit, "External", tas, "OpenSent", "OpenConfirm", "RecvOpen"
    )
    bgp_state(
        "mx1",
        tb + secs(r, 0.1, 1),
        transit,
        "External",
        tas,
        "OpenConfirm",
        "Established",
        "RecvKeepAlive",
    )

    # mx2's PEM 0
    t = log(
        "mx2",
        at(11, 30, 5),
        "chassisd",
        "CHASSISD_SNMP_TRAP7",
        "SNMP trap generated: %s (%s %d, %s %d, %s %d, %s %d, %s %s, %s %d)",
        "Power Supply failed",
        "jnxContentsContainerIndex",
        2,
        "jnxContentsL1Index",
        1,
        "jnxContentsL2Index",
        0,
        "jnxContentsL3Index",
        0,
        "jnxContentsDescr",
        "PEM 0",
        "jnxOperatingState/Temp",
        6,
    )
    log(
        "mx2",
        t + secs(r, 0.5, 1),
        "alarmd",
        "",
        "Alarm set: %s color=%s, class=%s, reason=%s",
        "PEM",
        "RED",
        "CHASSIS",
        "PEM 0 Input Failure",
    )
    log("mx2", t + secs(r, 0.5, 1), "craftd", "", " Major alarm set, %s", "PEM 0 Input Failure")
    tt = at(11, 35)
    while tt < at(12, 10):
        log(
            "mx2",
            tt,
            "chassisd",
            "CHASSISD_PEM_INPUT_BAD",
            "%s: Input failure: %s",
            "PEM 0",
            "check power feed A",
        )
        tt += secs(r, 299, 301)
    cli(
        "mx2",
        at(11, 41),
        "noc-ro",
        "10.20.9.15",
        ["show chassis alarms", "show chassis environment pem"],
        False,
    )
    t = log(
        "mx2",
        at(12, 10, 44),
        "chassisd",
        "CHASSISD_SNMP_TRAP7",
        "SNMP trap generated: %s (%s %d, %s %d, %s %d, %s %d, %s %s, %s %d)",
        "Power Supply OK",
        "jnxContentsContainerIndex",
        2,
        "jnxContentsL1Index",
        1,
        "jnxContentsL2Index",
        0,
        "jnxContentsL3Index",
        0,
        "jnxContentsDescr",
        "PEM 0",
        "jnxOperatingState/Temp",
        2,
    )
    log(
        "mx2",
        t + secs(r, 0.5, 1),
        "alarmd",
        "",
        "Alarm cleared: %s color=%s, class=%s, reason=%s",
        "PEM",
        "RED",
        "CHASSIS",
        "PEM 0 Input Failure",
    )
    log("mx2", t + secs(r, 0.5, 1), "craftd", "", " Major alarm cleared, %s", "PEM 0 Input Failure")

    # the SSH attack on mx2 (a management address left reachable)
    for tt in poisson(r, at(12, 30), at(13, 20), 20):
        src = r.choice(["193.32.162.41", "193.32.162.41", "141.98.11.107"])
        user = r.choice(["root", "admin", "admin", "test", "oracle", "ubuntu", "juniper"])
        port = r.randrange(30000, 65000)
        log(
            "mx2",
            tt,
            "sshd",
            "SSHD_LOGIN_FAILED",
            "Login failed for user '%s' from host '%s'",
            user,
            src,
        )
        log(
            "mx2",
            tt + secs(r, 0, 0.5),
            "sshd",
            "",
            "Failed password for %s from %s port %d ssh2",
            user,
            src,
            port,
        )
    cli(
        "mx2",
        at(13, 22),
        "akumar",
        "10.20.9.21",
        [
            "configure",
            "set firewall filter PROTECT-RE term SSH from source-prefix-list MGMT",
            "commit check",
        ],
        True,
        "INC-7740 lock down ssh",
    )
    cli(
        "ex-core",
        at(13, 40),
        "akumar",
        "10.20.9.21",
        ["configure", "set interfaces ge-0/0/14 description printer-3f"],
        True,
    )
    return [recs[h].into(Log(f"{h}-messages", at(6, 0))) for h in hosts]


# --------------------------------------------------------------------------------- fortigate

FG_DEV = {"fgt-a": "FG100FTK22011274", "fgt-b": "FG100FTK22011873"}
FG_APPS = [
    ("HTTPS", 443, 6),
    ("HTTPS", 443, 6),
    ("HTTPS", 443, 6),
    ("HTTP", 80, 6),
    ("DNS", 53, 17),
    ("NTP", 123, 17),
    ("SMTPS", 465, 6),
    ("IMAPS", 993, 6),
    ("udp/443", 443, 17),
]
FG_DST = [
    ("142.250.74.46", "United States"),
    ("20.190.151.7", "United States"),
    ("151.101.1.69", "United States"),
    ("52.97.146.162", "Ireland"),
    ("104.18.32.7", "United States"),
    ("185.199.108.133", "Netherlands"),
    ("1.1.1.1", "Australia"),
    ("8.8.8.8", "United States"),
]
FG_USERS = ["alice", "bob", "carol", "dmitri", "emma", "farid", "grace", "hiro"]


def fortigate(r: random.Random) -> list[Log]:
    """An HA pair (fgt-a primary until 13:05, then fgt-b), 06:00 to 14:00: forward traffic and
    UTM all day, local-in denies, DHCP acks, performance statistics every five minutes on both
    units; SSL VPN users in the morning and a password-spraying run 10:00-10:30; the IPsec
    tunnel to the branch failing phase 1 from 11:00 (the branch's WAN) until 11:40; the
    secondary WAN's link monitor dead 12:00-12:20; port2 (monitored) down on fgt-a at 13:05: the
    HA failover."""
    recs = {d: Records() for d in FG_DEV}
    clock = Clock(1_000_000)
    state = {"primary": "fgt-a"}

    def rec(
        dev: str,
        t: datetime,
        logid: str,
        typ: str,
        sub: str,
        level: str,
        fields: list[tuple[str, object]],
        label: str,
    ) -> datetime:
        t = clock.at(dev, t)
        ns = int(t.timestamp()) * 10**9 + t.microsecond * 1000 + r.randrange(0, 1000)
        parts = [
            f"date={t:%Y-%m-%d}",
            f"time={t:%H:%M:%S}",
            f'devname="{dev}"',
            f'devid="{FG_DEV[dev]}"',
            f"eventtime={ns}",
            'tz="+0000"',
            f'logid="{logid}"',
            f'type="{typ}"',
            f'subtype="{sub}"',
            f'level="{level}"',
            'vd="root"',
        ]
        for k, v in fields:
            parts.append(
                f"{k}={v}"
                if isinstance(v, int) or (isinstance(v, str) and re.fullmatch(r"[0-9.:]+", v))
                else f'{k}="{v}"'
            )
        recs[dev].add(t, [" ".join(parts)], f"{logid} {typ} {sub} {label}")
        return t

    def event(
        dev: str,
        t: datetime,
        logid: str,
        sub: str,
        level: str,
        desc: str,
        fields: list[tuple[str, object]],
        action: str,
        fmt: str,
        *args: object,
        status: str = "",
    ) -> datetime:
        fs: list[tuple[str, object]] = [("logdesc", desc), *fields]
        lab = action
        if action:
            fs.append(("action", action))
        if status:
            fs.append(("status", status))
            lab += f" {status}"
        fs.append(("msg", fill(fmt, *args)))
        return rec(dev, t, logid, "event", sub, level, fs, f"{lab}: {fmt}" if lab else fmt)

    sess = [r.randrange(10_000_000, 20_000_000)]

    def traffic(t: datetime, action: str) -> None:
        dev = state["primary"]
        sess[0] += r.randrange(1, 40)
        svc, port, proto = r.choice(FG_APPS)
        dst, country = r.choice(FG_DST)
        src = f"10.10.{r.choice([1, 1, 2, 3])}.{r.randrange(20, 240)}"
        dur = r.randrange(1, 600) if action != "timeout" else r.randrange(120, 3600)
        sent = r.randrange(300, 90000)
        fs: list[tuple[str, object]] = [
            ("srcip", src),
            ("srcport", r.randrange(49152, 65535)),
            ("srcintf", "port1"),
            ("srcintfrole", "lan"),
            ("dstip", dst),
            ("dstport", port),
            ("dstintf", "wan1"),
            ("dstintfrole", "wan"),
            ("srccountry", "Reserved"),
            ("dstcountry", country),
            ("sessionid", sess[0]),
            ("proto", proto),
            ("action", action),
        ]
        if action == "deny":
            fs += [
                ("policyid", 0),
                ("policytype", "policy"),
                ("service", svc),
                ("trandisp", "noop"),
                ("duration", 0),
                ("sentbyte", 0),
                ("rcvdbyte", 0),
                ("sentpkt", 0),
                ("appcat", "unscanned"),
                ("crscore", 30),
                ("craction", 131072),
                ("crlevel", "high"),
            ]
        else:
            fs += [
                ("policyid", 5),
                ("policytype", "policy"),
                ("poluuid", "9b1c2e4a-1f0b-51ee-6d3a-b4c1e0a8f271"),
                ("policyname", "LAN-to-Internet"),
                ("service", svc),
                ("trandisp", "snat"),
                ("transip", "198.51.100.10"),
                ("transport", r.randrange(1024, 65535)),
                ("duration", dur),
                ("sentbyte", sent),
                ("rcvdbyte", sent * r.randrange(1, 30)),
                ("sentpkt", sent // 700 + 1),
                ("rcvdpkt", sent // 300 + 1),
                ("appcat", "unscanned"),
            ]
        rec(
            dev,
            t,
            "0000000020" if action == "accept" else "0000000013",
            "traffic",
            "forward",
            "notice",
            fs,
            action,
        )

    t0, t_end = at(6, 0), at(14, 0)
    for tt in poisson(r, t0, t_end, 28):
        traffic(
            tt,
            r.choices(
                ["close", "timeout", "server-rst", "client-rst", "accept", "deny"],
                [50, 12, 6, 5, 8, 6],
            )[0],
        )
    # local-in denies on the WAN (scanners)
    for tt in poisson(r, t0, t_end, 95):
        port = r.choice([22, 23, 443, 8443, 10443, 161, 3389])
        rec(
            state["primary"],
            tt,
            "0001000014",
            "traffic",
            "local",
            "notice",
            [
                ("srcip", public_ip(r)),
                ("srcport", r.randrange(1024, 65535)),
                ("srcintf", "wan1"),
                ("srcintfrole", "wan"),
                ("dstip", "198.51.100.10"),
                ("dstport", port),
                ("dstintf", "root"),
                ("dstintfrole", "undefined"),
                ("sessionid", r.randrange(10**7, 2 * 10**7)),
                ("proto", 17 if port == 161 else 6),
                ("action", "deny"),
                ("policyid", 0),
                ("policytype", "local-in-policy"),
                ("service", f"tcp/{port}"),
                ("trandisp", "noop"),
                ("duration", 0),
                ("sentbyte", 0),
                ("rcvdbyte", 0),
            ],
            "deny",
        )
    # UTM
    attacks = [
        ("Apache.Log4j.Error.Log.Remote.Code.Execution", 51006, "critical", "web_misc"),
        ("PHPUnit.Eval-stdin.PHP.Remote.Code.Execution", 48466, "critical", "web_app3"),
        ("Wordpress.XMLRPC.Brute.Force", 39702, "medium", "web_app3"),
        ("Mirai.Botnet", 43232, "high", "misc"),
    ]
    for tt in poisson(r, t0, t_end, 240):
        name, aid, sev, cat = r.choice(attacks)
        rec(
            state["primary"],
            tt,
            "0419016384",
            "utm",
            "ips",
            "alert",
            [
                ("eventtype", "signature"),
                ("severity", sev),
                ("srcip", public_ip(r)),
                (
                    "srccountry",
                    r.choice(["Russian Federation", "China", "Netherlands", "United States"]),
                ),
                ("dstip", "10.10.50.20"),
                ("srcintf", "wan1"),
                ("dstintf", "dmz"),
                ("sessionid", r.randrange(10**7, 2 * 10**7)),
                ("action", "dropped"),
                ("proto", 6),
                ("service", "HTTPS"),
                ("policyid", 12),
                ("attack", name),
                ("srcport", r.randrange(1024, 65535)),
                ("dstport", 443),
                ("hostname", "shop.example.com"),
                (
                    "url",
                    r.choice(
                        [
                            "/",
                            "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php",
                            "/xmlrpc.php",
                            "/api/login",
                        ]
                    ),
                ),
                ("direction", "outgoing"),
                ("attackid", aid),
                ("ref", f"http://www.fortinet.com/ids/VID{aid}"),
                ("incidentserialno", r.randrange(10**8, 10**9)),
                ("msg", f"{cat}: {name},"),
            ],
            "signature dropped: %s: %s,",
        )
    cats = [
        ("Malicious Websites", 26),
        ("Phishing", 61),
        ("Proxy Avoidance", 59),
        ("Newly Observed Domain", 90),
    ]
    for tt in poisson(r, t0, t_end, 160):
        cat, cid = r.choice(cats)
        u = r.choice(FG_USERS)
        rec(
            state["primary"],
            tt,
            "0316013056",
            "utm",
            "webfilter",
            "warning",
            [
                ("eventtype", "ftgd_blk"),
                ("policyid", 5),
                ("sessionid", r.randrange(10**7, 2 * 10**7)),
                ("user", u),
                ("srcip", f"10.10.1.{r.randrange(20, 240)}"),
                ("srcport", r.randrange(49152, 65535)),
                ("dstip", public_ip(r)),
                ("dstport", 443),
                ("service", "HTTPS"),
                ("hostname", f"{hexid(r, 6)}.{r.choice(['xyz', 'top', 'click', 'info'])}"),
                ("profile", "default"),
                ("action", "blocked"),
                ("reqtype", "direct"),
                ("url", "https://" + hexid(r, 6) + ".xyz/"),
                ("sentbyte", r.randrange(500, 2000)),
                ("rcvdbyte", 0),
                ("direction", "outgoing"),
                ("msg", "URL belongs to a denied category in policy"),
                ("method", "domain"),
                ("cat", cid),
                ("catdesc", cat),
            ],
            "ftgd_blk blocked: URL belongs to a denied category in policy",
        )
    for tt in poisson(r, t0, t_end, 1500):
        rec(
            state["primary"],
            tt,
            "0211008192",
            "utm",
            "virus",
            "warning",
            [
                ("eventtype", "infected"),
                ("srcip", public_ip(r)),
                ("dstip", "10.10.60.5"),
                ("srcintf", "wan1"),
                ("dstintf", "dmz"),
                ("sessionid", r.randrange(10**7, 2 * 10**7)),
                ("action", "blocked"),
                ("service", "SMTP"),
                ("direction", "incoming"),
                ("filename", r.choice(["invoice_0604.zip", "Scan_2024.doc", "DHL-notice.html"])),
                ("quarskip", "File-was-not-quarantined"),
                ("virus", r.choice(["W32/Agent.ABC!tr", "HTML/Phish.DRT!tr", "VBA/Agent.KX!tr"])),
                ("dtype", "av-engine"),
                ("ref", "http://www.fortinet.com/ve?vn=W32%2FAgent.ABC%21tr"),
                ("virusid", r.randrange(8000000, 9000000)),
                ("analyticscksum", hexid(r, 64)),
                ("msg", "File is infected."),
            ],
            "infected blocked: File is infected.",
        )
    for tt in poisson(r, t0, t_end, 300):
        app = r.choice(
            [("BitTorrent", 16469, "P2P"), ("Tor", 17156, "Proxy"), ("Psiphon", 34361, "Proxy")]
        )
        rec(
            state["primary"],
            tt,
            "1059028705",
            "utm",
            "app-ctrl",
            "warning",
            [
                ("eventtype", "signature"),
                ("appid", app[1]),
                ("srcip", f"10.10.2.{r.randrange(20, 240)}"),
                ("dstip", public_ip(r)),
                ("srcport", r.randrange(49152, 65535)),
                ("dstport", r.choice([443, 6881, 9001])),
                ("srcintf", "port1"),
                ("dstintf", "wan1"),
                ("proto", 6),
                ("service", "tcp"),
                ("direction", "outgoing"),
                ("policyid", 5),
                ("sessionid", r.randrange(10**7, 2 * 10**7)),
                ("applist", "default"),
                ("action", "block"),
                ("appcat", app[2]),
                ("app", app[0]),
                ("msg", f"{app[2]}: {app[0]},"),
            ],
            "signature block: %s: %s,",
        )
    # DHCP acks on the LAN interface
    for tt in poisson(r, t0, t_end, 120):
        for dev in FG_DEV:
            if dev == state["primary"]:
                event(
                    dev,
                    tt,
                    "0100026001",
                    "system",
                    "information",
                    "DHCP Ack log",
                    [
                        ("interface", "port1"),
                        ("dhcp_msg", "Ack"),
                        ("mac", mac(r, False).upper()),
                        ("ip", f"10.10.1.{r.randrange(20, 240)}"),
                        ("lease", 86400),
                        (
                            "hostname",
                            r.choice(
                                [
                                    "LAPTOP-" + hexid(r, 7).upper(),
                                    "iPhone",
                                    "android-" + hexid(r, 16),
                                    "PRN-3F",
                                ]
                            ),
                        ),
                    ],
                    "",
                    "DHCP server sends a DHCPACK",
                )
    # performance statistics every five minutes on both units
    for dev in FG_DEV:
        tt = at(6, 0, 0) + secs(r, 0, 60)
        while tt < t_end:
            cpu, mem = r.randrange(2, 30), r.randrange(38, 52)
            event(
                dev,
                tt,
                "0100040704",
                "system",
                "notice",
                "System performance statistics",
                [
                    ("cpu", cpu),
                    ("mem", mem),
                    ("totalsession", r.randrange(800, 4000)),
                    ("disk", 3),
                    ("bandwidth", f"{r.randrange(1000, 90000)}/{r.randrange(1000, 90000)}"),
                    ("setuprate", r.randrange(0, 80)),
                    ("disklograte", 0),
                    ("fazlograte", 0),
                    ("freediskstorage", 110813),
                    ("sysuptime", r.randrange(10**6, 10**7)),
                ],
                "perf-stats",
                "Performance statistics: average CPU: %d, memory:  %d, concurrent sessions:  %d, setup-rate: %d",
                cpu,
                mem,
                r.randrange(800, 4000),
                r.randrange(0, 80),
            )
            tt += secs(r, 299, 301)
    # admins
    for t, user, src, ok, edits in (
        (
            at(7, 10),
            "admin",
            "10.10.9.15",
            True,
            [("firewall.address", "srv-new-crm"), ("firewall.policy", "17")],
        ),
        (at(9, 55), "admin", "10.10.9.15", False, []),
        (at(9, 55, 40), "admin", "10.10.9.15", True, [("firewall.policy", "5")]),
        (at(11, 41), "netops", "10.10.9.22", True, [("vpn.ipsec.phase1-interface", "to-branch")]),
        (at(13, 12), "netops", "10.10.9.22", True, [("system.ha", "")]),
    ):
        dev = state["primary"] if t < at(13, 5) else "fgt-b"
        ui = f"https({src})"
        if not ok:
            for _ in range(2):
                t = event(
                    dev,
                    t,
                    "0100032002",
                    "system",
                    "alert",
                    "Admin login failed",
                    [
                        ("sn", "0"),
                        ("user", user),
                        ("ui", ui),
                        ("method", "https"),
                        ("srcip", src),
                        ("dstip", "10.10.1.1"),
                        ("reason", "passwd_invalid"),
                    ],
                    "login",
                    "Administrator %s login failed from %s because of %s",
                    user,
                    ui,
                    "invalid password",
                    status="failed",
                )
                t += secs(r, 5, 15)
            continue
        sn = hexid(r, 8)
        t = event(
            dev,
            t,
            "0100032001",
            "system",
            "information",
            "Admin login successful",
            [
                ("sn", sn),
                ("user", user),
                ("ui", ui),
                ("method", "https"),
                ("srcip", src),
                ("dstip", "10.10.1.1"),
                ("profile", "super_admin"),
            ],
            "login",
            "Administrator %s logged in successfully from %s",
            user,
            ui,
            status="success",
        )
        for path, obj in edits:
            t += secs(r, 30, 200)
            if obj and not obj.isdigit() and path != "vpn.ipsec.phase1-interface":
                t = event(
                    dev,
                    t,
                    "0100044547",
                    "system",
                    "information",
                    "Object attribute configured",
                    [
                        ("user", user),
                        ("ui", ui),
                        ("cfgtid", r.randrange(10**6, 10**7)),
                        ("cfgpath", path),
                        ("cfgobj", obj),
                        ("cfgattr", ""),
                    ],
                    "Add",
                    "Add %s %s",
                    path,
                    obj,
                )
            else:
                t = event(
                    dev,
                    t,
                    "0100044546",
                    "system",
                    "information",
                    "Attribute configured",
                    [
                        ("user", user),
                        ("ui", ui),
                        ("cfgtid", r.randrange(10**6, 10**7)),
                        ("cfgpath", path),
                        ("cfgobj", obj),
                        (
                            "cfgattr",
                            "status[enable->disable]"
                            if path == "firewall.policy"
                            else "priority[200->100]",
                        ),
                    ],
                    "Edit",
                    "Edit %s %s",
                    path,
                    obj,
                )
        t += secs(r, 60, 600)
        event(
            dev,
            t,
            "0100032003",
            "system",
            "information",
            "Admin logout successful",
            [
                ("sn", sn),
                ("user", user),
                ("ui", ui),
                ("method", "https"),
                ("srcip", src),
                ("dstip", "10.10.1.1"),
                ("duration", r.randrange(100, 900)),
                ("state", "Logout"),
            ],
            "logout",
            "Administrator %s logged out from %s",
            user,
            ui,
            status="success",
        )
    # SSL VPN: users in the morning, the spray at 10:00
    for u in FG_USERS:
        t = at(7, 30) + secs(r, 0, 5400)
        rip = public_ip(r)
        tip = f"10.212.134.{r.randrange(200, 250)}"
        event(
            "fgt-a",
            t,
            "0101039947",
            "vpn",
            "information",
            "SSL VPN new connection",
            [
                ("tunneltype", "ssl"),
                ("remip", rip),
                ("user", "N/A"),
                ("group", "N/A"),
                ("dst_host", "N/A"),
                ("reason", "N/A"),
            ],
            "ssl-new-con",
            "SSL new connection",
        )
        event(
            "fgt-a",
            t + secs(r, 2, 6),
            "0101039949",
            "vpn",
            "information",
            "SSL VPN statistics",
            [
                ("tunneltype", "ssl-tunnel"),
                ("remip", rip),
                ("user", u),
                ("group", "vpn-users"),
                ("reason", "login successfully"),
            ],
            "tunnel-up",
            "SSL tunnel established",
        )
        if t + timedelta(hours=3) < at(13, 5):
            event(
                "fgt-a",
                t + secs(r, 3600, 10800),
                "0101039948",
                "vpn",
                "information",
                "SSL VPN tunnel down",
                [
                    ("tunneltype", "ssl-tunnel"),
                    ("tunnelip", tip),
                    ("remip", rip),
                    ("user", u),
                    ("group", "vpn-users"),
                    ("duration", r.randrange(3600, 10800)),
                    ("sentbyte", r.randrange(10**6, 10**9)),
                    ("rcvdbyte", r.randrange(10**6, 10**9)),
                    ("reason", "N/A"),
                ],
                "tunnel-down",
                "SSL tunnel shutdown",
            )
    for tt in poisson(r, at(10, 0), at(10, 30), 8):
        u = r.choice(
            ["admin", "test", "vpn", "sales", "info", "backup", "scanner", "guest", *FG_USERS]
        )
        event(
            "fgt-a",
            tt,
            "0101039426",
            "vpn",
            "alert",
            "SSL VPN login fail",
            [
                ("tunneltype", "ssl-web"),
                ("remip", r.choice(["194.26.29.113", "194.26.29.114", "92.63.197.61"])),
                ("user", u),
                ("group", "N/A"),
                ("dst_host", "N/A"),
                ("reason", "sslvpn_login_permission_denied"),
            ],
            "ssl-login-fail",
            "SSL user failed to logged in",
        )
    # IPsec to the branch
    ph: list[tuple[str, object]] = [
        ("remip", "203.0.113.77"),
        ("locip", "198.51.100.10"),
        ("remport", 500),
        ("locport", 500),
        ("outintf", "wan1"),
        ("cookies", f"{hexid(r, 16)}/{hexid(r, 16)}"),
        ("user", "N/A"),
        ("group", "N/A"),
        ("xauthuser", "N/A"),
        ("xauthgroup", "N/A"),
        ("assignip", "N/A"),
        ("vpntunnel", "to-branch"),
    ]
    t = event(
        "fgt-a",
        at(11, 0, 21),
        "0101037138",
        "vpn",
        "notice",
        "IPsec connection status changed",
        [
            *ph,
            ("tunnelid", 37812),
            ("tunnelip", "N/A"),
            ("tunneltype", "ipsec"),
            ("duration", 17990),
        ],
        "tunnel-down",
        "IPsec connection status changed",
    )
    while t < at(11, 40):
        t = event(
            "fgt-a",
            t + secs(r, 8, 12),
            "0101037127",
            "vpn",
            "notice",
            "Progress IPsec phase 1",
            [
                *ph,
                ("init", "local"),
                ("mode", "main"),
                ("dir", "outbound"),
                ("stage", 1),
                ("role", "initiator"),
                ("result", "ERROR"),
            ],
            "negotiate",
            "progress IPsec phase 1",
            status="negotiate_error",
        )
        t = event(
            "fgt-a",
            t + secs(r, 25, 35),
            "0101037124",
            "vpn",
            "error",
            "IPsec phase 1 error",
            [*ph, ("error_reason", "no response from peer")],
            "negotiate",
            "IPsec phase 1 error",
            status="negotiate_error",
        )
        t += secs(r, 20, 30)
    t = event(
        "fgt-a",
        at(11, 41, 5),
        "0101037127",
        "vpn",
        "notice",
        "Progress IPsec phase 1",
        [
            *ph,
            ("init", "local"),
            ("mode", "main"),
            ("dir", "outbound"),
            ("stage", 3),
            ("role", "initiator"),
            ("result", "DONE"),
        ],
        "negotiate",
        "progress IPsec phase 1",
        status="success",
    )
    t = event(
        "fgt-a",
        t + secs(r, 0.1, 1),
        "0101037129",
        "vpn",
        "notice",
        "Progress IPsec phase 2",
        [
            *ph,
            ("init", "local"),
            ("mode", "quick"),
            ("dir", "outbound"),
            ("stage", 2),
            ("role", "initiator"),
            ("result", "DONE"),
        ],
        "negotiate",
        "progress IPsec phase 2",
        status="success",
    )
    t = event(
        "fgt-a",
        t + secs(r, 0.1, 1),
        "0101037138",
        "vpn",
        "notice",
        "IPsec connection status changed",
        [*ph, ("tunnelid", 37813), ("tunnelip", "N/A"), ("tunneltype", "ipsec"), ("nextstat", 600)],
        "tunnel-up",
        "IPsec connection status changed",
    )
    tt = t + timedelta(seconds=600)
    while tt < t_end:
        event(
            state["primary"] if tt < at(13, 5) else "fgt-b",
            tt,
            "0101037141",
            "vpn",
            "notice",
            "IPsec tunnel statistics",
            [
                *ph,
                ("tunnelid", 37813),
                ("tunnelip", "N/A"),
                ("tunneltype", "ipsec"),
                ("duration", int((tt - t).total_seconds())),
                ("sentbyte", r.randrange(10**6, 10**9)),
                ("rcvdbyte", r.randrange(10**6, 10**9)),
                ("nextstat", 600),
            ],
            "tunnel-stats",
            "IPsec tunnel statistics",
        )
        tt += secs(r, 599, 601)
    # the secondary WAN's link monitor
    event(
        "fgt-a",
        at(12, 0, 7),
        "0100022932",
        "system",
        "warning",
        "Link monitor status",
        [
            ("name", "wan2-mon"),
            ("interface", "wan2"),
            ("probeproto", "ping"),
            ("msg_status", "alive->dead"),
        ],
        "",
        "Link Monitor changed state from %s to %s, protocol: %s.",
        "alive",
        "dead",
        "ping",
    )
    event(
        "fgt-a",
        at(12, 0, 7) + secs(r, 0.1, 0.5),
        "0100022933",
        "system",
        "warning",
        "Link monitor status warning",
        [("name", "wan2-mon"), ("interface", "wan2"), ("probeproto", "ping")],
        "",
        "Link Monitor status warning, routes from %s removed, protocol: %s.",
        "wan2",
        "ping",
    )
    event(
        "fgt-a",
        at(12, 20, 44),
        "0100022932",
        "system",
        "notice",
        "Link monitor status",
        [
            ("name", "wan2-mon"),
            ("interface", "wan2"),
            ("probeproto", "ping"),
            ("msg_status", "dead->alive"),
        ],
        "",
        "Link Monitor changed state from %s to %s, protocol: %s.",
        "dead",
        "alive",
        "ping",
    )
    # HA failover
    t = event(
        "fgt-a",
        at(13, 5, 2),
        "0100020099",
        "system",
        "information",
        "Interface status changed",
        [("status", "DOWN")],
        "interface-stat-change",
        "Link monitor: Interface %s was turned down",
        "port2",
    )
    t = event(
        "fgt-a",
        t + secs(r, 0.1, 0.5),
        "0108037898",
        "ha",
        "critical",
        "HA device interface failed",
        [("msg_ha", "HA device interface failed")],
        "",
        "Monitored interface %s down",
        "port2",
    )
    event(
        "fgt-a",
        t + secs(r, 0.5, 1),
        "0108037892",
        "ha",
        "critical",
        "Virtual cluster member state moved",
        [
            ("vcluster", 1),
            ("from", "work"),
            ("to", "standby"),
            ("vcluster_state", "standby"),
            ("sn", FG_DEV["fgt-a"]),
        ],
        "",
        "Virtual cluster's member state moved",
    )
    event(
        "fgt-b",
        t + secs(r, 0.5, 1),
        "0108037892",
        "ha",
        "critical",
        "Virtual cluster member state moved",
        [
            ("vcluster", 1),
            ("from", "standby"),
            ("to", "work"),
            ("vcluster_state", "work"),
            ("sn", FG_DEV["fgt-b"]),
        ],
        "",
        "Virtual cluster's member state moved",
    )
    event(
        "fgt-b",
        t + secs(r, 1, 2),
        "0108037893",
        "ha",
        "notice",
        "HA primary unit changed",
        [("ha_group", 0), ("old", FG_DEV["fgt-a"]), ("new", FG_DEV["fgt-b"])],
        "",
        "HA primary changed from %s to %s",
        FG_DEV["fgt-a"],
        FG_DEV["fgt-b"],
    )
    state["primary"] = "fgt-b"
    for tt in poisson(r, at(13, 5, 10), t_end, 22):
        traffic(
            tt,
            r.choices(
                ["close", "timeout", "server-rst", "client-rst", "accept", "deny"],
                [50, 12, 6, 5, 8, 6],
            )[0],
        )
    return [recs[d].into(Log(f"{d}.log", t0)) for d in FG_DEV]


# --------------------------------------------------------------------------------- panos

PA_SERIAL = {"pa-fw1": "013201023417", "pa-fw2": "013201023418"}
PA_APPS = [
    ("ssl", "tcp", 443, "computer-and-internet-info"),
    ("web-browsing", "tcp", 80, "business-and-economy"),
    ("dns-base", "udp", 53, "any"),
    ("ms-office365-base", "tcp", 443, "computer-and-internet-info"),
    ("google-base", "tcp", 443, "search-engines"),
    ("ntp-base", "udp", 123, "any"),
    ("quic", "udp", 443, "any"),
]


def csvq(v: str) -> str:
    return f'"{v}"' if "," in v or '"' in v else v


def panos(r: random.Random) -> list[Log]:
    """A PA-3220 HA pair (pa-fw1 active until 12:31, then pa-fw2), 06:00 to 14:00: users'
    TRAFFIC all day (end records, denies, drops), a web server in the DMZ probed for Log4j and
    other exploits (THREAT vulnerability, reset-both), spyware DNS lookups sinkholed, a virus in
    mail, URL filtering blocks; a GlobalProtect password attack 09:40-10:05; the IPsec peer of
    a partner failing IKE phase 1 from 10:30 to 11:10; ethernet1/1 failing on pa-fw1 at 12:31
    (link down, the HA failover); admins' CONFIG set / edit / delete / commit and commits'
    SYSTEM records."""
    recs = {d: Records() for d in PA_SERIAL}
    clock = Clock(1_000_000)
    seqn = {d: r.randrange(10**9, 2 * 10**9) for d in PA_SERIAL}
    state = {"active": "pa-fw1"}

    def out(
        dev: str, t: datetime, typ: str, sub: str, body: list[str], tail: list[str], label: str
    ) -> datetime:
        t = clock.at((dev, typ), t)
        gen = t - secs(r, 0, 2)
        seqn[dev] += 1
        head = [
            "1",
            f"{t:%Y/%m/%d %H:%M:%S}",
            PA_SERIAL[dev],
            typ,
            sub,
            "2561",
            f"{gen:%Y/%m/%d %H:%M:%S}",
        ]
        recs[dev].add(
            t,
            [f"{bsd(t)} {dev} " + ",".join(head + body + [str(seqn[dev]), "0x0"] + tail)],
            f"{typ} {sub} {label}",
        )
        return t

    def traffic(
        t: datetime,
        sub: str,
        action: str,
        reason: str,
        src: str,
        dst: str,
        app: tuple[str, str, int, str],
        rule: str,
        zones: tuple[str, str],
        ifs: tuple[str, str],
        nat: str = "0.0.0.0",
    ) -> None:
        dev = state["active"]
        sid = r.randrange(100000, 999999)
        byts = 0 if action != "allow" else r.randrange(400, 900000)
        pk = 1 if action != "allow" else byts // 900 + 2
        body = [
            src,
            dst,
            nat,
            "0.0.0.0",
            rule,
            "",
            "",
            app[0] if action == "allow" else ("not-applicable" if sub == "drop" else "incomplete"),
            "vsys1",
            zones[0],
            zones[1],
            ifs[0],
            ifs[1],
            "splunk-fwd",
            f"{t:%Y/%m/%d %H:%M:%S}",
            str(sid),
            "1",
            str(r.randrange(1024, 65535)),
            str(app[2]),
            str(r.randrange(1024, 65535)) if nat != "0.0.0.0" else "0",
            "0",
            "0x400053" if action == "allow" else "0x0",
            app[1],
            action,
            str(byts),
            str(byts // 3),
            str(byts - byts // 3),
            str(pk),
            f"{t - secs(r, 1, 600):%Y/%m/%d %H:%M:%S}",
            str(r.randrange(0, 600)),
            app[3],
        ]
        tail = [
            "10.0.0.0-10.255.255.255" if src.startswith("10.") else "United States",
            "United States" if not dst.startswith("10.") else "10.0.0.0-10.255.255.255",
            "0",
            str(pk // 2),
            str(pk - pk // 2),
            reason,
            "0",
            "0",
            "0",
            "0",
            "",
            dev,
            "from-policy",
            "",
            "",
            "0",
            "",
            "0",
            "",
            "N/A",
            "0",
            "0",
            "0",
            "0",
            uuid4(r),
            "0",
            "0",
        ]
        out(dev, t, "TRAFFIC", sub, [*body, ""], tail, f"{action} {reason}")

    def threat(
        t: datetime,
        sub: str,
        action: str,
        src: str,
        dst: str,
        name: str,
        tid: int,
        sev: str,
        direction: str,
        misc: str,
        cat: str,
    ) -> None:
        dev = state["active"]
        body = [
            src,
            dst,
            "0.0.0.0",
            "198.51.100.20" if dst.startswith("10.") else "0.0.0.0",
            "dmz-web-in" if dst.startswith("10.") else "users-out",
            "",
            "",
            "web-browsing" if sub != "spyware" else "dns-base",
            "vsys1",
            "untrust" if dst.startswith("10.") else "trust",
            "dmz" if dst.startswith("10.") else "untrust",
            "ethernet1/1",
            "ethernet1/3",
            "splunk-fwd",
            f"{t:%Y/%m/%d %H:%M:%S}",
            str(r.randrange(100000, 999999)),
            "1",
            str(r.randrange(1024, 65535)),
            "443" if sub != "spyware" else "53",
            "0",
            "0",
            "0x80402000",
            "tcp" if sub != "spyware" else "udp",
            action,
            csvq(misc),
            f"{name}({tid})",
            cat,
            sev,
            direction,
        ]
        tail = [
            "US",
            "10.0.0.0-10.255.255.255",
            "0",
            "",
            "0",
            "",
            "",
            "",
            "0",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "0",
            "0",
            "0",
            "0",
            "",
            dev,
            "",
            "",
            "",
            "",
            "",
            "0",
            "",
            "",
            "",
            "8831-8599",
            "",
        ]
        out(dev, t, "THREAT", sub, body, tail, action)

    def system(
        dev: str,
        t: datetime,
        sub: str,
        eid: str,
        obj: str,
        module: str,
        sev: str,
        fmt: str,
        *args: object,
    ) -> datetime:
        body = ["", eid, obj, "0", "0", module, sev, csvq(fill(fmt, *args))]
        return out(
            dev,
            t,
            "SYSTEM",
            sub,
            body,
            ["0", "0", "0", "0", "", dev, "0", "0", f"{t:%Y-%m-%dT%H:%M:%S}.{ms3(t)}+00:00"],
            f"{eid}: {fmt}",
        )

    def config(
        dev: str, t: datetime, cmd: str, admin: str, path: str, result: str = "Submitted"
    ) -> datetime:
        body = ["10.10.9.15", "", cmd, admin, "Web", result, csvq(path), "", ""]
        return out(dev, t, "CONFIG", "0", body, ["0", "0", "0", "0", "", dev], f"{cmd} {result}")

    t0, t_end = at(6, 0), at(14, 0)
    for tt in poisson(r, t0, t_end, 20):
        pick = r.random()
        if pick < 0.8:
            traffic(
                tt,
                "end",
                "allow",
                r.choices(
                    ["tcp-fin", "aged-out", "tcp-rst-from-client", "tcp-rst-from-server"],
                    [60, 25, 8, 7],
                )[0],
                f"10.10.{r.choice([1, 2, 2, 3])}.{r.randrange(20, 250)}",
                r.choice(FG_DST)[0],
                r.choice(PA_APPS),
                "users-out",
                ("trust", "untrust"),
                ("ethernet1/2", "ethernet1/1"),
                nat="198.51.100.10",
            )
        elif pick < 0.92:
            traffic(
                tt,
                "deny",
                "deny",
                "policy-deny",
                public_ip(r),
                "198.51.100.10",
                ("not-applicable", "tcp", r.choice([22, 23, 445, 3389, 8080]), "any"),
                "interzone-default",
                ("untrust", "untrust"),
                ("ethernet1/1", ""),
            )
        else:
            traffic(
                tt,
                "drop",
                "drop",
                "policy-deny",
                f"10.10.3.{r.randrange(20, 250)}",
                f"10.20.{r.randrange(1, 9)}.{r.randrange(1, 250)}",
                ("not-applicable", "udp", r.choice([137, 5355, 1900]), "any"),
                "block-guest-to-corp",
                ("guest", "trust"),
                ("ethernet1/4", ""),
            )
    exploits = [
        ("Apache Log4j Remote Code Execution Vulnerability", 91991, "critical", "code-execution"),
        ("HTTP Directory Traversal Request Attempt", 30844, "medium", "info-leak"),
        ("PHP CGI Argument Injection Vulnerability", 34804, "critical", "code-execution"),
        ("Generic HTTP Cross Site Scripting Attempt", 32658, "high", "code-execution"),
    ]
    for tt in poisson(r, t0, t_end, 170):
        name, tid, sev, cat = r.choice(exploits)
        threat(
            tt,
            "vulnerability",
            "reset-both",
            public_ip(r),
            "10.30.1.20",
            name,
            tid,
            sev,
            "client-to-server",
            r.choice(
                [
                    "shop.example.com/",
                    "shop.example.com/api/v1/search",
                    "shop.example.com/cgi-bin/php-cgi",
                ]
            ),
            cat,
        )
    for tt in poisson(r, t0, t_end, 600):
        d = hexid(r, 10) + ".ddns.net"
        threat(
            tt,
            "spyware",
            "sinkhole",
            f"10.10.2.{r.randrange(20, 250)}",
            "10.10.0.53",
            f"generic:{d}",
            109000001 + r.randrange(0, 90000),
            "medium",
            "client-to-server",
            d,
            "dns-c2",
        )
    for tt in poisson(r, t0, t_end, 1800):
        threat(
            tt,
            "virus",
            "reset-both",
            public_ip(r),
            "10.30.2.25",
            "Virus/Win32.WGeneric.dxbkqc",
            520000000 + r.randrange(0, 99999),
            "medium",
            "server-to-client",
            r.choice(["invoice.zip", "doc_0604.xlsm"]),
            "virus",
        )
    for tt in poisson(r, t0, t_end, 400):
        threat(
            tt,
            "url",
            "block-url",
            f"10.10.1.{r.randrange(20, 250)}",
            public_ip(r),
            "(9999)",
            9999,
            "informational",
            "client-to-server",
            f"{hexid(r, 8)}.top/",
            "malware",
        )
    # GlobalProtect password attack
    for tt in poisson(r, at(9, 40), at(10, 5), 6):
        u = r.choice(["admin", "administrator", "test", "user1", "vpn", "jsmith", "scanner"])
        src = r.choice(["185.220.101.44", "185.220.101.45", "193.32.162.90"])
        system(
            "pa-fw1",
            tt,
            "globalprotect",
            "globalprotectportal-auth-fail",
            "GP-Portal",
            "general",
            "informational",
            "GlobalProtect portal user authentication failed. Login from: %s, Source region: %s, User name: %s, Client region: %s, Reason: %s, Auth type: %s.",
            src,
            "DE",
            u,
            "DE",
            "Authentication failed: Invalid username or password",
            "profile",
        )
    for u, tt in zip(FG_USERS, sorted(at(7, 20) + secs(r, 0, 7200) for _ in FG_USERS), strict=True):
        src = public_ip(r)
        system(
            "pa-fw1",
            tt,
            "globalprotect",
            "globalprotectportal-auth-succ",
            "GP-Portal",
            "general",
            "informational",
            "GlobalProtect portal user authentication succeeded. Login from: %s, Source region: %s, User name: %s, Auth type: %s.",
            src,
            "US",
            u,
            "profile",
        )
        system(
            "pa-fw1",
            tt + secs(r, 2, 6),
            "globalprotect",
            "globalprotectgateway-regist-succ",
            "GP-Gateway",
            "general",
            "informational",
            "GlobalProtect gateway client configuration registered. Login from: %s, Source region: %s, User name: %s, Private IP: %s, Client version: %s, Device name: %s, Client OS version: %s, VPN type: %s.",
            src,
            "US",
            u,
            f"10.99.0.{r.randrange(10, 200)}",
            "6.2.1-43",
            f"LT-{hexid(r, 6).upper()}",
            "Microsoft Windows 11 Enterprise , 64-bit",
            "Device Level VPN",
        )
    # IKE to the partner
    tt = at(10, 30, 12)
    system(
        "pa-fw1",
        tt,
        "vpn",
        "ike-nego-p2-delete",
        "partner-ike",
        "general",
        "informational",
        "IKE protocol IPSec SA delete message sent to peer. SPI:%s.",
        "0x" + hexid(r, 8).upper(),
    )
    while tt < at(11, 10):
        tt = system(
            "pa-fw1",
            tt + secs(r, 5, 10),
            "vpn",
            "ike-nego-p1-start",
            "partner-ike",
            "general",
            "informational",
            "IKE phase-1 negotiation is started as initiator, main mode. Initiated SA: %s[%d]-%s[%d] cookie:%s:%s.",
            "198.51.100.10",
            500,
            "192.0.2.40",
            500,
            hexid(r, 16),
            "0000000000000000",
        )
        tt = system(
            "pa-fw1",
            tt + secs(r, 38, 42),
            "vpn",
            "ike-nego-p1-fail",
            "partner-ike",
            "general",
            "high",
            "IKE phase-1 negotiation is failed as initiator, main mode. Failed SA: %s[%d]-%s[%d] cookie:%s:%s. Due to timeout.",
            "198.51.100.10",
            500,
            "192.0.2.40",
            500,
            hexid(r, 16),
            "0000000000000000",
        )
    tt = system(
        "pa-fw1",
        at(11, 10, 40),
        "vpn",
        "ike-nego-p1-succ",
        "partner-ike",
        "general",
        "informational",
        "IKE phase-1 negotiation is succeeded as initiator, main mode. Established SA: %s[%d]-%s[%d] cookie:%s:%s lifetime %d Sec.",
        "198.51.100.10",
        500,
        "192.0.2.40",
        500,
        hexid(r, 16),
        hexid(r, 16),
        28800,
    )
    system(
        "pa-fw1",
        tt + secs(r, 0.5, 1),
        "vpn",
        "ike-nego-p2-succ",
        "partner-ike",
        "general",
        "informational",
        "IKE phase-2 negotiation is succeeded as initiator, quick mode. Established SA: %s[%d]-%s[%d] message id:%s, SPI:%s/%s.",
        "198.51.100.10",
        500,
        "192.0.2.40",
        500,
        "0x" + hexid(r, 8),
        "0x" + hexid(r, 8).upper(),
        "0x" + hexid(r, 8).upper(),
    )
    # routing: the BGP peer behind the tunnel
    system(
        "pa-fw1",
        at(10, 31, 40),
        "routing",
        "routed-bgp-peer-left-established",
        "partner-bgp",
        "general",
        "high",
        "BGP peer left Established state, virtual router %s, peer %s (id %s), reason: %s.",
        "default",
        "partner-bgp",
        "169.254.40.1",
        "hold timer expired",
    )
    system(
        "pa-fw1",
        at(11, 11, 30),
        "routing",
        "routed-bgp-peer-enter-established",
        "partner-bgp",
        "general",
        "informational",
        "BGP peer entered Established state, virtual router %s, peer %s (id %s).",
        "default",
        "partner-bgp",
        "169.254.40.1",
    )
    # admins, config and commits
    for dev, t, admin, changes in (
        (
            state["active"],
            at(8, 15),
            "admin",
            [
                ("set", "vsys  vsys1 rulebase security rules  allow-crm"),
                ("edit", "vsys  vsys1 address  srv-crm"),
            ],
        ),
        (
            "pa-fw1",
            at(10, 8),
            "secops",
            [
                ("set", "vsys  vsys1 external-list  gp-block-list"),
                ("set", "vsys  vsys1 rulebase security rules  block-gp-attackers"),
            ],
        ),
        (
            "pa-fw2",
            at(13, 20),
            "admin",
            [("delete", "vsys  vsys1 rulebase security rules  temp-allow-vendor")],
        ),
    ):
        t = system(
            dev,
            t,
            "auth",
            "auth-success",
            "",
            "general",
            "informational",
            "authenticated for user '%s'.   auth profile '%s', vsys '%s', From: %s.",
            admin,
            "radius-admins",
            "shared",
            "10.10.9.15",
        )
        t = system(
            dev,
            t + secs(r, 0.1, 0.5),
            "general",
            "general",
            "",
            "general",
            "informational",
            "User %s logged in via Web from %s using https",
            admin,
            "10.10.9.15",
        )
        for cmd, path in changes:
            t = config(dev, t + secs(r, 30, 240), cmd, admin, path)
        t = config(dev, t + secs(r, 30, 120), "commit", admin, "", result="Submitted")
        jid = r.randrange(1000, 3000)
        t = system(
            dev,
            t + secs(r, 1, 3),
            "general",
            "general",
            "",
            "general",
            "informational",
            "Commit job %d submitted by user %s",
            jid,
            admin,
        )
        t = system(
            dev,
            t + secs(r, 40, 90),
            "general",
            "commit",
            "",
            "general",
            "informational",
            "Commit job succeeded for user %s",
            admin,
        )
        t = config(dev, t + secs(r, 0.1, 0.5), "commit", admin, "", result="Succeeded")
        system(
            dev,
            t + secs(r, 60, 600),
            "general",
            "general",
            "",
            "general",
            "informational",
            "User %s logged out via Web from %s",
            admin,
            "10.10.9.15",
        )
    for tt in poisson(r, t0, t_end, 420):
        dev = r.choice(list(PA_SERIAL))
        system(
            dev,
            tt,
            "auth",
            "auth-fail",
            "",
            "general",
            "medium",
            "failed authentication for user '%s'.  Reason: %s. auth profile '%s', vsys '%s', server profile '%s', server address '%s', From: %s.",
            r.choice(["svc-monitor", "root", "admin"]),
            "Invalid username/password",
            "local-admins",
            "shared",
            "",
            "",
            "10.10.9.50",
        )
    # the link failure and the failover
    t = system(
        "pa-fw1",
        at(12, 31, 5),
        "ports",
        "link-change",
        "ethernet1/1",
        "general",
        "low",
        "Port %s: %s",
        "ethernet1/1",
        "Down 10Gb/s-full duplex",
    )
    t = system(
        "pa-fw1",
        t + secs(r, 0.1, 0.5),
        "ha",
        "ha-link-monitor-failed",
        "",
        "general",
        "critical",
        "HA Group %d: Link group %s failed",
        1,
        "untrust-links",
    )
    t = system(
        "pa-fw1",
        t + secs(r, 0.1, 0.5),
        "ha",
        "state-change",
        "",
        "general",
        "critical",
        "HA Group %d: Moved from state %s to state %s",
        1,
        "Active",
        "Non-Functional",
    )
    system(
        "pa-fw2",
        t + secs(r, 0.1, 0.5),
        "ha",
        "state-change",
        "",
        "general",
        "critical",
        "HA Group %d: Moved from state %s to state %s",
        1,
        "Passive",
        "Active",
    )
    system(
        "pa-fw2",
        t + secs(r, 0.5, 1),
        "general",
        "general",
        "",
        "general",
        "informational",
        "%s",
        "HA: peer state changed to non-functional",
    )
    state["active"] = "pa-fw2"
    system(
        "pa-fw1",
        at(12, 48, 10),
        "ports",
        "link-change",
        "ethernet1/1",
        "general",
        "informational",
        "Port %s: %s",
        "ethernet1/1",
        "Up 10Gb/s-full duplex",
    )
    system(
        "pa-fw1",
        at(12, 48, 12),
        "ha",
        "state-change",
        "",
        "general",
        "critical",
        "HA Group %d: Moved from state %s to state %s",
        1,
        "Non-Functional",
        "Passive",
    )
    for tt in poisson(r, at(12, 31, 10), t_end, 20):
        traffic(
            tt,
            "end",
            "allow",
            r.choices(["tcp-fin", "aged-out", "tcp-rst-from-client"], [60, 30, 10])[0],
            f"10.10.{r.choice([1, 2, 3])}.{r.randrange(20, 250)}",
            r.choice(FG_DST)[0],
            r.choice(PA_APPS),
            "users-out",
            ("trust", "untrust"),
            ("ethernet1/2", "ethernet1/1"),
            nat="198.51.100.10",
        )
    return [recs[d].into(Log(f"{d}.log", t0)) for d in PA_SERIAL]


# --------------------------------------------------------------------------------- pfsense

PF_LAN_HOSTS = [
    ("aa:bb", "nas"),
    ("3c:22", "LAPTOP-ANNA"),
    ("f0:18", "iPhone"),
    ("b8:27", "raspberrypi"),
    ("dc:a6", "printer"),
    ("00:11", ""),
    ("52:54", "tv-livingroom"),
    ("e4:5f", ""),
]


def pfsense(r: random.Random) -> list[Log]:
    """A pfSense 2.7 firewall (office: `pfsense.log`, received from 192.168.1.1) and an
    OPNsense 24.1 one at a branch (`opnsense.log`, from 10.60.0.1), 06:00 to 14:00: scans blocked
    on the WAN all day, a logged port forward to a mail server, DHCP leases (each registration
    restarting unbound on pfSense), OpenVPN road warriors, an SSH attack on the exposed
    management port until sshguard blocks it, webConfigurator logins and a failed one, the WAN
    link going down 11:20-11:24 (kernel, dpinger, check_reload_status, rc.linkup, rc.newwanip)."""
    recs = {"pfsense.log": Records(), "opnsense.log": Records()}
    clock = Clock(1_000_000)
    senders = {"pfsense.log": "192.168.1.1", "opnsense.log": "10.60.0.1"}
    pids = {
        "filterlog": 53021,
        "dhcpd": 38417,
        "unbound": 66102,
        "openvpn": 41288,
        "sshguard": 9411,
        "check_reload_status": 402,
        "dpinger": 28734,
        "sshd": 0,
        "php-fpm": 0,
    }

    def log(f: str, t: datetime, proc: str, label: str, text: str) -> datetime:
        t = clock.at((f, proc), t)
        pid = pids.get(proc) or r.randrange(10000, 99999)
        head = "kernel" if proc == "kernel" else f"{proc}[{pid}]"
        recs[f].add(t, [f"{bsd(t)} {senders[f]} {head}: {text}"], label)
        return t

    def say(f: str, t: datetime, proc: str, fmt: str, *args: object, prefix: str = "") -> datetime:
        return log(f, t, proc, fmt, prefix + fill(fmt, *args))

    def filterlog(
        f: str,
        t: datetime,
        action: str,
        direction: str,
        proto: str,
        src: str,
        dst: str,
        dport: int,
        iface: str,
        rule: tuple[int, str],
    ) -> None:
        common = f"{rule[0]},,,{rule[1]},{iface},match,{action},{direction},4,0x0,,{r.randrange(40, 250)},{r.randrange(1, 65535)},0,{'DF' if proto == 'tcp' else 'none'}"
        if proto == "tcp":
            tail = f"6,tcp,{r.choice([40, 44, 52, 60])},{src},{dst},{r.randrange(1024, 65535)},{dport},0,S,{r.randrange(10**8, 4 * 10**9)},,{r.choice([1024, 29200, 64240, 65535])},,{r.choice(['mss', 'mss;sackOK;TS;nop;wscale', 'mss;nop;wscale;nop;nop;sackOK'])}"
        elif proto == "udp":
            ln = r.randrange(40, 200)
            tail = f"17,udp,{ln},{src},{dst},{r.randrange(1024, 65535)},{dport},{ln - 28}"
        else:
            tail = f"1,icmp,{r.choice([28, 60, 84])},{src},{dst},request,{r.randrange(1, 65535)},{r.randrange(0, 100)}"
        log(f, t, "filterlog", f"filterlog {action} {direction} 4 {proto}", f"{common},{tail}")

    t0, t_end = at(6, 0), at(14, 0)
    # the WAN's blocks (default deny), both boxes
    for f, iface, wan, rule, mean in (
        ("pfsense.log", "igb0", "203.0.113.34", (5, "1000000103"), 32),
        ("opnsense.log", "vtnet0", "198.51.100.77", (76, "02f4bab031b57d1e30553ce08e0ec131"), 75),
    ):
        for tt in poisson(r, t0, t_end, mean):
            if at(11, 20) < tt < at(11, 24) and f == "pfsense.log":
                continue
            proto = r.choices(["tcp", "udp", "icmp"], [80, 15, 5])[0]
            port = (
                r.choice([22, 23, 80, 443, 445, 3389, 5900, 8080, 8443, 6379, 1433])
                if proto == "tcp"
                else r.choice([53, 123, 161, 1900, 5060, 11211])
            )
            filterlog(f, tt, "block", "in", proto, public_ip(r), wan, port, iface, rule)
    # a logged pass rule: the port forward to the mail server, and LAN egress blocks
    for tt in poisson(r, t0, t_end, 150):
        filterlog(
            "pfsense.log",
            tt,
            "pass",
            "in",
            "tcp",
            public_ip(r),
            "192.168.10.25",
            r.choice([25, 25, 587, 993]),
            "igb0",
            (88, "1715601823"),
        )
    for tt in poisson(r, t0, t_end, 300):
        filterlog(
            "pfsense.log",
            tt,
            "block",
            "in",
            "udp",
            f"192.168.1.{r.randrange(20, 200)}",
            r.choice(["8.8.8.8", "1.1.1.1", "9.9.9.9"]),
            r.choice([53, 853]),
            "igb1",
            (96, "1716822013"),
        )
    for tt in poisson(r, t0, t_end, 700):
        filterlog(
            "opnsense.log",
            tt,
            "block",
            "out",
            "udp",
            "10.60.0.1",
            "10.60.0.255",
            137,
            "vtnet1",
            (12, "fae559338f65e11c53669fc3642c93c2"),
        )

    # DHCP: pfSense's registration restarts unbound each time
    macs = {h: f"{p}:{mac(r, False)[6:]}" for p, h in PF_LAN_HOSTS}
    ipof = {h: f"192.168.1.{100 + i}" for i, (_, h) in enumerate(PF_LAN_HOSTS)}
    ub = ["1.18.0"]

    def unbound_restart(t: datetime) -> None:
        stats = [r.randrange(50, 3000) for _ in range(2)]
        t = say(
            "pfsense.log",
            t,
            "unbound",
            "[%d:%d] info: server stats for thread %d: %u queries, %u answers from cache, %u recursions, %u prefetch, %u rejected by ip ratelimiting",
            66102,
            0,
            0,
            stats[0],
            stats[0] // 2,
            stats[0] - stats[0] // 2,
            r.randrange(0, 30),
            0,
        )
        t = say(
            "pfsense.log",
            t,
            "unbound",
            "[%d:%d] info: server stats for thread %d: requestlist max %u avg %g exceeded %u jostled %u",
            66102,
            0,
            0,
            r.randrange(5, 40),
            round(r.uniform(0.2, 3), 4),
            0,
            0,
        )
        t = say(
            "pfsense.log",
            t,
            "unbound",
            "[%d:%d] info: service stopped (unbound %s).",
            66102,
            0,
            ub[0],
        )
        pids["unbound"] += r.randrange(3, 400)
        t = say(
            "pfsense.log",
            t + secs(r, 0.5, 1.5),
            "unbound",
            "[%d:%d] notice: init module %d: %s",
            pids["unbound"],
            0,
            0,
            "validator",
        )
        t = say(
            "pfsense.log",
            t,
            "unbound",
            "[%d:%d] notice: init module %d: %s",
            pids["unbound"],
            0,
            1,
            "iterator",
        )
        say(
            "pfsense.log",
            t,
            "unbound",
            "[%d:%d] info: start of service (unbound %s).",
            pids["unbound"],
            0,
            ub[0],
        )

    for tt in poisson(r, t0, t_end, 240):
        h = r.choice(list(macs))
        ip, m = ipof[h], macs[h]
        if r.random() < 0.3:
            t = say(
                "pfsense.log",
                tt,
                "dhcpd",
                "DHCPDISCOVER from %s %svia %s",
                m,
                f"({h}) " if h else "",
                "igb1",
            )
            t = say(
                "pfsense.log",
                t + secs(r, 0.2, 1),
                "dhcpd",
                "DHCPOFFER on %s to %s %svia %s",
                ip,
                m,
                f"({h}) " if h else "",
                "igb1",
            )
        else:
            t = tt
        t = say(
            "pfsense.log",
            t + secs(r, 0.1, 1),
            "dhcpd",
            "DHCPREQUEST for %s from %s %svia %s",
            ip,
            m,
            f"({h}) " if h else "",
            "igb1",
        )
        if r.random() < 0.4:
            t = say(
                "pfsense.log",
                t,
                "dhcpd",
                "reuse_lease: lease age %ld (secs) under 25%% threshold, reply with unaltered, existing lease for %s",
                r.randrange(60, 4000),
                ip,
            )
        t = say(
            "pfsense.log",
            t,
            "dhcpd",
            "DHCPACK on %s to %s %svia %s",
            ip,
            m,
            f"({h}) " if h else "",
            "igb1",
        )
        if r.random() < 0.6:
            unbound_restart(t + secs(r, 0.5, 2))
    for tt in poisson(r, t0, t_end, 900):
        h = r.choice(["PC-BRANCH-01", "PC-BRANCH-02", "phone-7", ""])
        m, ip = mac(r, False), f"10.60.0.{r.randrange(100, 200)}"
        t = say(
            "opnsense.log",
            tt,
            "dhcpd",
            "DHCPREQUEST for %s from %s %svia %s",
            ip,
            m,
            f"({h}) " if h else "",
            "vtnet1",
        )
        say(
            "opnsense.log",
            t,
            "dhcpd",
            "DHCPACK on %s to %s %svia %s",
            ip,
            m,
            f"({h}) " if h else "",
            "vtnet1",
        )

    # OpenVPN road warriors
    for u in ("anna", "ben", "chris", "dana", "erik"):
        t = at(7, 0) + secs(r, 0, 9000)
        src = f"{public_ip(r)}:{r.randrange(1024, 65535)}"
        vip = f"10.8.0.{r.randrange(2, 60)}"
        t = say(
            "pfsense.log",
            t,
            "openvpn",
            "TLS: Initial packet from [AF_INET]%s, sid=%s %s",
            src,
            hexid(r, 8),
            hexid(r, 8),
            prefix=f"{src} ",
        )
        t = say("pfsense.log", t + secs(r, 0.5, 1), "openvpn", "user '%s' authenticated", u)
        t = say(
            "pfsense.log",
            t + secs(r, 0.1, 0.5),
            "openvpn",
            "[%s] Peer Connection Initiated with [AF_INET]%s",
            u,
            src,
            prefix=f"{src} ",
        )
        t = say(
            "pfsense.log",
            t + secs(r, 0.05, 0.3),
            "openvpn",
            "MULTI_sva: pool returned IPv4=%s, IPv6=%s",
            vip,
            "(Not enabled)",
            prefix=f"{u}/{src} ",
        )
        t = say(
            "pfsense.log",
            t + secs(r, 0.05, 0.3),
            "openvpn",
            "MULTI: Learn: %s -> %s",
            vip,
            f"{u}/{src}",
        )
        tend = t + secs(r, 1800, 12000)
        if tend < t_end:
            say(
                "pfsense.log",
                tend,
                "openvpn",
                "SIGUSR1[soft,%s] received, client-instance restarting",
                r.choice(["ping-restart", "connection-reset"]),
                prefix=f"{u}/{src} ",
            )
    for tt in poisson(r, at(9, 0), at(9, 45), 240):
        src = f"{public_ip(r)}:{r.randrange(1024, 65535)}"
        say(
            "pfsense.log",
            tt,
            "openvpn",
            "user '%s' could not authenticate.",
            r.choice(["anna", "admin", "vpn"]),
        )
        say(
            "pfsense.log",
            tt + secs(r, 0.01, 0.2),
            "openvpn",
            "TLS Auth Error: Auth Username/Password verification failed for peer",
            prefix=f"{src} ",
        )
        if r.random() < 0.5:
            say(
                "pfsense.log",
                tt + secs(r, 60, 61),
                "openvpn",
                "TLS Error: TLS key negotiation failed to occur within %d seconds (check your network connectivity)",
                60,
                prefix=f"{src} ",
            )
            say(
                "pfsense.log",
                tt + secs(r, 61, 62),
                "openvpn",
                "TLS Error: TLS handshake failed",
                prefix=f"{src} ",
            )

    # the SSH attack on the management port, sshguard blocking
    attackers = ["141.98.11.12", "141.98.11.19", "80.82.77.33"]
    for a in attackers:
        t = at(10, 0) + secs(r, 0, 3600)
        for k in range(r.randrange(8, 16)):
            port = r.randrange(30000, 65000)
            user = r.choice(["root", "admin", "ubuntu", "pi", "test", "postgres"])
            t = (
                say(
                    "pfsense.log",
                    t + secs(r, 2, 20),
                    "sshd",
                    "Invalid user %s from %s port %d",
                    user,
                    a,
                    port,
                )
                if user != "root"
                else t
            )
            t = say(
                "pfsense.log",
                t + secs(r, 0.5, 3),
                "sshd",
                "Failed password for %s from %s port %d ssh2"
                if user == "root"
                else "Failed password for invalid user %s from %s port %d ssh2",
                user,
                a,
                port,
            )
            t = say(
                "pfsense.log",
                t + secs(r, 0.1, 1),
                "sshguard",
                'Attack from "%s" on service %d with danger %d.',
                a,
                100,
                10,
            )
            if k in (3, 9):
                say(
                    "pfsense.log",
                    t + secs(r, 0.01, 0.1),
                    "sshguard",
                    'Blocking "%s/%d" for %d secs (%d attacks in %d secs, after %d abuses over %d secs.)',
                    a,
                    32,
                    120 if k == 3 else 240,
                    4,
                    r.randrange(20, 90),
                    k // 3 + 1,
                    r.randrange(30, 600),
                )
                t += timedelta(seconds=250)
    # webConfigurator
    for t, user, src, ok in (
        (at(7, 48), "admin", "192.168.1.20", True),
        (at(11, 26), "admin", "192.168.1.20", False),
        (at(11, 26, 30), "admin", "192.168.1.20", True),
        (at(13, 3), "olga", "192.168.1.31", True),
    ):
        if ok:
            say(
                "pfsense.log",
                t,
                "php-fpm",
                "/index.php: Successful login for user '%s' from: %s (%s)",
                user,
                src,
                "Local Database",
            )
        else:
            say(
                "pfsense.log",
                t,
                "php-fpm",
                "/index.php: webConfigurator authentication error for user '%s' from: %s",
                user,
                src,
            )
    # the WAN link
    t = say("pfsense.log", at(11, 20, 3), "kernel", "%s: link state changed to %s", "igb0", "DOWN")
    t = say(
        "pfsense.log", t + secs(r, 0.2, 0.6), "check_reload_status", "Linkup starting %s", "igb0"
    )
    t = say(
        "pfsense.log",
        t + secs(r, 0.5, 1),
        "php-fpm",
        "/rc.linkup: DEVD Ethernet %s event for %s",
        "detached",
        "wan",
    )
    t = say(
        "pfsense.log",
        t + secs(r, 1, 3),
        "dpinger",
        "%s %s: Alarm latency %dus stddev %dus loss %d%%",
        "WAN_DHCP",
        "203.0.113.33",
        0,
        0,
        100,
    )
    t = say(
        "pfsense.log",
        t + secs(r, 0.1, 0.4),
        "php-fpm",
        "/rc.filter_configure_sync: MONITOR: %s is down, omitting from routing group %s",
        "WAN_DHCP",
        "WAN_FAILOVER",
    )
    t = say("pfsense.log", t + secs(r, 0.1, 0.4), "check_reload_status", "Reloading filter")
    tt = t
    while tt < at(11, 24):
        tt = (
            say(
                "pfsense.log",
                tt + secs(r, 0.9, 1.1),
                "dpinger",
                "%s %s: sendto error: %d",
                "WAN_DHCP",
                "203.0.113.33",
                65,
            )
            if r.random() < 0.25
            else tt + secs(r, 0.9, 1.1)
        )
    t = say("pfsense.log", at(11, 24, 1), "kernel", "%s: link state changed to %s", "igb0", "UP")
    t = say(
        "pfsense.log", t + secs(r, 0.2, 0.6), "check_reload_status", "Linkup starting %s", "igb0"
    )
    t = say(
        "pfsense.log",
        t + secs(r, 0.5, 1),
        "php-fpm",
        "/rc.linkup: DEVD Ethernet %s event for %s",
        "attached",
        "wan",
    )
    t = say(
        "pfsense.log",
        t + secs(r, 0.2, 0.5),
        "php-fpm",
        "/rc.linkup: HOTPLUG: Configuring interface %s",
        "wan",
    )
    t = say(
        "pfsense.log", t + secs(r, 2, 5), "check_reload_status", "rc.newwanip starting %s", "igb0"
    )
    t = say(
        "pfsense.log",
        t + secs(r, 0.5, 1),
        "php-fpm",
        "/rc.newwanip: rc.newwanip: Info: starting on %s.",
        "igb0",
    )
    t = say(
        "pfsense.log",
        t + secs(r, 0.1, 0.3),
        "php-fpm",
        "/rc.newwanip: rc.newwanip: on (IP address: %s) (interface: %s[%s]) (real interface: %s).",
        "203.0.113.34",
        "WAN",
        "wan",
        "igb0",
    )
    t = say(
        "pfsense.log",
        t + secs(r, 1, 3),
        "check_reload_status",
        "Restarting %s tunnels/interfaces",
        "OpenVPN",
    )
    t = say("pfsense.log", t + secs(r, 0.5, 1), "check_reload_status", "Reloading filter")
    say(
        "pfsense.log",
        t + secs(r, 3, 8),
        "dpinger",
        "%s %s: Clear latency %dus stddev %dus loss %d%%",
        "WAN_DHCP",
        "203.0.113.33",
        r.randrange(8000, 20000),
        r.randrange(500, 4000),
        0,
    )
    unbound_restart(t + secs(r, 4, 9))
    return [rec.into(Log(name, t0)) for name, rec in recs.items()]


SYSTEMS = {
    "cisco-ios": cisco_ios,
    "junos": junos,
    "fortigate": fortigate,
    "panos": panos,
    "pfsense": pfsense,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
