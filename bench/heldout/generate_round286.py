#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 286 (dhcpcd, systemd-networkd, iwd, connman,
systemd-resolved) into bench/heldout/, the same way and under the same label rules as
generate.py (bench/README.md, "heldout.py"): each program's log is simulated from its format
strings over a seeded run, and every line that starts an event is labelled with the format
string that wrote it as it is written. Distinct calls of one process never share a timestamp at
the log's resolution (round 53's Clock, kept per process and per file). Five network daemons of
one company's sites, 06:00 to 12:00 UTC on 2024-06-07 (the laptops' and desktops' journals
print local time, UTC+2).

- dhcpcd 8.1.2 (`pi-dock01-daemon.log`, `pi-dock02-daemon.log`, `pi-dock03-daemon.log`,
  `pi-office-daemon.log`: `grep dhcpcd /var/log/daemon.log` of four Raspberry Pi OS bullseye
  scanner stations in a warehouse, rsyslog's traditional layout `Jun  7 06:12:03 pi-dock02
  dhcpcd[412]: wlan0: carrier lost`). The format strings write the interface before each
  message (`%s: `), so it is part of every label. The dock area's access point drops the
  stations' Wi-Fi every few minutes 07:00-10:30 (`carrier lost`, the IPv6 and IPv4 addresses and
  routes deleted, `carrier acquired`, `IAID`, `soliciting an IPv6 router`, `rebinding lease of`,
  `probing address`, `leased %s for %u seconds`, `adding route to %s/%d`, `adding default route
  via %s`, the router's `Router Advertisement from %s` with the SLAAC address and routes, now
  and then `%s is unreachable, expiring it` first); the router's dnsmasq dies 08:40-09:50
  (rebinds unanswered: `DHCP lease expired`, `soliciting a DHCP lease`, IPv4LL's `probing for an
  IPv4LL address` / `using IPv4LL address %s`, `no IPv6 Routers available`; the wired office
  station's timers: `failed to renew DHCP, rebinding`, then `DHCP lease expired`; when it is back
  `offered %s from %s`); a `dhcpcd -n` (SIGHUP) on the office station at 07:31; the access point
  replaced at 10:30, where pi-dock03's address is now a label printer's static one (`DAD detected
  %s`, a new lease); pi-dock02 rebooted at 10:36 (`received SIGTERM, stopping`, `removing
  interface`, `dhcpcd exited`, `dhcpcd-8.1.2 starting`, `dev: loaded udev`, `forked to
  background, child pid %d`, `DUID %s`, `waiting for carrier` for the unplugged eth0, `connected
  to Access Point `%s'`); pi-dock01 moved to the IoT SSID at 11:20 (`NAK: from %s` and `message:
  wrong network` for its old lease, a new one on the IoT network).
- systemd-networkd 255.4 (`ci-runner-01.log`, `ci-runner-02.log`, `ci-runner-03.log`: `journalctl
  -u systemd-networkd -o short-iso-precise` of three Ubuntu 24.04 GitLab runners with the
  docker executor, `2024-06-07T06:00:01.123456+00:00 ci-runner-01 systemd-networkd[712]: eno1:
  Gained carrier`). log_link_*() writes the link's name and `: ` before the message: context,
  not in the labels. Every CI job's containers (the service containers, the clone and build
  containers) give their host-side veth `Link UP`, `Gained carrier`, `Gained IPv6LL` and at the
  end `Lost carrier`; docker0 gains and loses its carrier when the first container comes and the
  last goes. ci-runner-02 reboots at 06:00 after a kernel update (`lo: Link UP`, `Enumeration
  completed`, `Configuring with %s.`, `DHCPv4 address %s/%u, gateway %s acquired from %s`, wg0's
  `netdev ready`); the WireGuard key rotated at 07:40 (`networkctl reload` says `netdev
  exists, using existing without changing its parameters`, so wg0 is deleted and made again:
  `Link DOWN`, `Lost carrier`, `netdev ready`, `Configuring with %s.`, `Link UP`); an MTU drop-in
  with a typo at 09:00 (`Unknown key name '%s' in section '%s', ignoring.` with the file and
  line before it, the reconfigure's `DHCP lease lost` and a new lease, or on the runner whose netplan
  says `critical: true` `DHCPv4 connection considered critical, ignoring request to reconfigure
  it.`), fixed at 09:14; ci-runner-03's bad cable 10:20-10:45 (`Lost carrier` / `Gained
  carrier`); a static route through a gateway off the subnet on ci-runner-01 at 11:00 (`Could not
  set route: Nexthop has invalid gateway. Network is unreachable`, `Failed`), fixed at 11:06; the
  switch's firmware upgrade at 11:30 (runners 01 and 02 lose carrier for a minute and a half).
- iwd 2.16 (`xps-anna.log`, `tp-jonas.log`, `fw-lena.log`, `t14-omar.log`, `x1-maria.log`:
  `journalctl -u iwd -o short-precise` of five Arch Linux laptops with iwd's own network
  configuration, local time, `Jun 07 08:41:12.604113 xps-anna iwd[498]: event: state, old:
  disconnected, new: autoconnect_quick`). Every start prints `Wireless daemon version %s`, `Loaded configuration from
  %s`, `station: Network configuration is enabled.` and the wiphy dump, each line its own
  l_info() (`Wiphy: %d, Name: %s`, tab-indented `Permanent Address`, the bands, their bit rates,
  HT and VHT capabilities, `Ciphers:` wrapped over three lines, `Supported iftypes:`), then `udev
  interface=%s ifindex=%i` and the connection: iwd_notice()'s `event: state, old: %s, new: %s`,
  `event: connect-info, ssid: %s, bss: %s, signal: %d, load: %d/255`. xps-anna's iwlwifi drops
  the link every few minutes all day (`Received Deauthentication event, reason: 4, from_ap:
  false`, `event: disconnect-info, reason: %u`, the reconnection), tp-jonas at a desk between two
  access points roams back and forth 07:30-10:45 (`connected` to `ft-roaming` and back, scans
  refused: `Received error during CMD_TRIGGER_SCAN: Device or resource busy (16)`), fw-lena's
  guest-network passphrase is rotated at 09:00 (`4-Way handshake failed for ifindex: %d, reason:
  %u`, `event: connect-failed, status: %u`, until she enters the new one at 09:41), lunch
  suspends, the access points' rolling firmware update at 10:15 (`reason: 3, from_ap: true`) and
  an iwd restart on x1-maria after an upgrade at 11:00 (`Terminate`).
- ConnMan 1.41 (`signage-lobby-messages`, `signage-canteen-messages`, `signage-lift2-messages`,
  `signage-lift3-messages`: `/var/log/messages` of four Yocto digital-signage players, busybox
  syslogd's `Jun  7 06:01:12 signage-lobby daemon.info connmand[243]: eth0 {add} address
  10.50.3.21/24 label eth0 family 2`, filtered for connmand). The nightly reboot at 06:00
  (`Terminating`, `Remove interface %s [ %s ]`, `Connection Manager version %s`, `Checking loopback
  interface settings`, `System hostname is %s`, rtnl's `%s {create} index %d type %d <%s>`, `%s
  {update} flags %u <%s>`, `%s {newlink} index %d address %s mtu %u`, `%s {newlink} index %d
  operstate %u <%s>`, `Adding interface %s [ %s ]`, `%s {add} address %s/%u label %s family %d`,
  `%s {add} route %s gw %s scope %u <%s>`, the NTP `ntp: adjust (jump): %+.6f sec`); the Wi-Fi
  players' newlink floods (`{RX}`, `{TX}`, `{newlink}` at every background scan of wlan0; the canteen's player has its Wi-Fi switched
  off); NTP slews every
  17 minutes; the canteen's cable kicked 07:10-07:40 (`{del} address`, `{del} route`, `Time
  request for server %s failed (101/Network is unreachable)`); the lift lobby's access point
  restarted at 09:30 (`Skipping disconnect of %s, network is connecting.`); lift3 rebooted by its
  watchdog at 10:00.
- systemd-resolved 255.4 (`ws-0142.log`, `ws-0150.log`, `ws-0163.log`, `ws-0177.log`:
  `journalctl -u systemd-resolved -o short-iso` of four Ubuntu 24.04 desktops, three in the
  office and one at home on the VPN, local time,
  `2024-06-07T08:10:03+02:00 ws-0142 systemd-resolved[655]: Using degraded feature set UDP
  instead of UDP+EDNS0 for DNS server 10.20.0.53.`). Start-up (`Positive Trust Anchors:`, the
  root's DS record, `Negative trust anchors: %s`, `Using system hostname '%s'.`), resume (`Clock
  change detected. Flushing caches.`); the firewall's DNS proxy mishandles EDNS0 (`Using degraded
  feature set %s instead of %s for DNS server %s.` and, when the grace period is over, `Grace
  period over, resuming full feature set (%s) for DNS server %s.`, all day) and answers NXDOMAIN
  to EDNS0 queries it does not know (`Server returned error NXDOMAIN, mitigating potential DNS
  violation DVE-2018-0001, retrying transaction with reduced feature level UDP.`, the most
  frequent line); the proxy restarted 09:20-09:27 (`Server returned error SERVFAIL, retrying
  transaction with reduced feature level %s.`, TCP fallbacks); ws-0177 runs with
  DNSSEC=allow-downgrade (`DNSSEC validation failed for question %s: %s`, `Server %s does not
  support DNSSEC, downgrading to non-DNSSEC mode.`); the VPN script's `Flushed all caches.` and
  `Resetting learnt feature levels on all servers.`; a reimaged desktop with ws-0150's name at
  09:40 (`Detected conflict on %s`, `Hostname conflict, changing published hostname from '%s' to
  '%s'.`); a big build's `Under memory pressure, flushing caches.`

Label notes. The heads are context: rsyslog's and busybox syslogd's date, host, facility.level
and ident, the journal's time, host and ident, and systemd's `link: ` before log_link_*()
messages (as round 51's unit prefix). dhcpcd's and ConnMan's own `%s: ` / `%s {add} ` with the
interface are in their format strings, so they are in the labels. Words a call site passes as
literals are wording: dhcpcd's `adding` / `deleting` to its route description, `received
SIGHUP, rebinding` next to `received SIGTERM, stopping`, iwd's band names (`2.4GHz Band` /
`5GHz Band`) and the `event: state` of iwd_notice(); iwd's and ConnMan's state, scope and
operstate names, resolved's feature levels and DNSSEC results, interfaces, addresses, MACs and
counts are values. A value that is an error contributes its text (the errno texts after `%m` or
strerror(), the kernel's extended ack `Nexthop has invalid gateway.`, dnsmasq's `wrong network`
in the NAK's message option). The root DS line is the record's own text (`%s IN DS %u %u %u %s`).
A tab is written `\\t` in the labels. The second-resolution logs (rsyslog, busybox, `-o
short-iso`) keep one process's lines a second apart (the Clock).

Checked against copies of the sources (nearby versions): dhcpcd's dhcp.c (`soliciting a %s
lease`, `rebinding lease of %s`, `leased %s for %u seconds`, `failed to renew DHCP, rebinding`,
`DHCP lease expired`, `DAD detected %s`, the NAK's `message: %s`, LOGDHCP's `offered`), dhcpcd.c
(`carrier lost`, `carrier acquired`, `IAID %s`, `DUID %s`, `waiting for carrier`, `received %s,
%s`, `connected to Access Point: %s` of 10.x) and route.c's `%s: %s route to %s/%d` family;
networkd's DHCPv4 lease message; iwd's iwd_notice() macro and notice names, netdev.c's
`Received Deauthentication event, reason: %hu, from_ap: %s`; ConnMan's rtnl.c `{newlink}` /
`{dellink}` lines; resolved's `Grace period over ...` and `Switching to DNS server ...` (debug
now, so not written). Real journals quoted in issues and wikis confirmed iwd's `event:` lines,
`udev interface=%s ifindex=%i`, the wiphy dump's layout, `Received error during
CMD_TRIGGER_SCAN: %s (%d)`, `4-Way handshake failed for ifindex: %d, reason: %u`, dhcpcd's
`%s is unreachable, expiring it` and resolved's start-up, degrade, NXDOMAIN and flush lines.

Least sure (written from the helper's knowledge): dhcpcd 8.1.2's `connected to Access Point
`%s'` quoting (10.x writes `: %s`), `NAK: from %s` with the message on its own line (8.x may put
it in the NAK line), the IPv4LL lines, `forked to background, child pid %d` and the order of the
start-up lines; networkd's `Configuring with %s.` / `Reconfiguring with %s.` at info, `netdev
ready`, `netdev exists, using existing without changing its parameters`, veths logging `Lost
carrier` before they go; iwd's `Loaded configuration from %s`, the roam as `ft-roaming` without a
connect-info line, `connect-failed, status: 1` after a handshake timeout, the HT/VHT lines of
the wiphy dump and `Terminate`; ConnMan's ipconfig.c lines (`{create}`, `{update}`, `{RX}` /
`{TX}` on every newlink, `{add}` / `{del}` address and route), `Adding interface` / `Remove
interface`, the NTP lines, `Time request for server %s failed (%d/%s)`, `Skipping disconnect of
%s, network is connecting.` and `Terminating`; resolved's `Under memory pressure, flushing
caches.`, `Resetting learnt feature levels on all servers.`, the SERVFAIL retry line, the
DNSSEC lines and the conflict's renaming (`ws-0150` to `ws-` and a number 1 to 10 above 150).
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, syslog_ts
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any

SEC = 1_000_000
US = 1
LOCAL = timedelta(hours=2)

Emit = Callable[[datetime, str, str], datetime]


def jitter_times(
    r: random.Random, t0: datetime, t1: datetime, mean_gap: float, min_gap: float = 0.0
) -> list[datetime]:
    """Instants from t0 to t1 with exponential gaps of `mean_gap` seconds (at least `min_gap`)."""
    out, t = [], t0
    while True:
        t += sec(min_gap + r.expovariate(1 / mean_gap))
        if t >= t1:
            return out
        out.append(t)


def lmac(r: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(f"{r.randrange(256):02x}" for _ in range(3))


# ----------------------------------------------------------------------------------- dhcpcd

DH_VERSION = "8.1.2"
DH_NETS = {
    "dock": {
        "ssid": "WH-Dock",
        "gw": "10.40.0.1",
        "route": "10.40.0.0",
        "plen": 22,
        "ra": "fe80::2e0:4cff:fe68:1a01",
        "pfx": "2001:db8:40::",
        "pfx6": "2001:db8:40:0",
        "lease": 3600,
    },
    "iot": {
        "ssid": "WH-IoT",
        "gw": "10.41.0.1",
        "route": "10.41.0.0",
        "plen": 24,
        "ra": "fe80::2e0:4cff:fe68:1a41",
        "pfx": "2001:db8:41::",
        "pfx6": "2001:db8:41:0",
        "lease": 7200,
    },
}


class Pi:
    def __init__(
        self, r: random.Random, host: str, ifname: str, addr: str, pid: int, wifi: bool
    ) -> None:
        self.host = host
        self.ifname = ifname
        self.addr: str | None = addr
        self.pid = pid
        self.wifi = wifi
        self.net = DH_NETS["dock"]
        self.iaid = ":".join(f"{r.randrange(256):02x}" for _ in range(4))
        self.iid = ":".join(f"{r.randrange(1, 65536):x}" for _ in range(4))
        self.lliid = ":".join(f"{r.randrange(1, 65536):x}" for _ in range(4))
        self.ll4 = f"169.254.{r.randrange(1, 255)}.{r.randrange(1, 255)}"
        self.has_ll4 = False
        self.v6 = True
        self.carrier = True
        self.base = T0 - sec(r.uniform(0, 1800))
        self.duid = "00:01:00:01:" + ":".join(f"{r.randrange(256):02x}" for _ in range(10))
        self.last = addr

    def slaac(self) -> str:
        return f"{self.net['pfx6']}:{self.iid}/64"


def dhcpcd(r: random.Random) -> list[Log]:
    """Four Raspberry Pi scanner stations, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    pis = [
        Pi(r, "pi-dock01", "wlan0", "10.40.1.23", 412, True),
        Pi(r, "pi-dock02", "wlan0", "10.40.1.47", 409, True),
        Pi(r, "pi-dock03", "wlan0", "10.40.1.31", 415, True),
        Pi(r, "pi-office", "eth0", "10.40.2.15", 398, False),
    ]
    down = (at(8, 40, 12), at(9, 50, 31))
    printer_at = at(10, 20)

    def server_up(t: datetime) -> bool:
        return not (down[0] <= t < down[1])

    def L(p: Pi, t: datetime, label: str, msg: str, pid: int | None = None) -> datetime:
        pid = pid or p.pid
        return fs.add(
            f"{p.host}-daemon.log",
            t,
            label,
            lambda x: [f"{syslog_ts(x)} {p.host} dhcpcd[{pid}]: {msg}"],
            (p.host, pid),
            SEC,
        )

    def LI(p: Pi, t: datetime, label: str, rest: str, pid: int | None = None) -> datetime:
        return L(p, t, "%s: " + label, f"{p.ifname}: {rest}", pid)

    def del_v4(p: Pi, t: datetime) -> datetime:
        n = p.net
        if p.addr:
            t = LI(p, t, "deleting route to %s/%d", f"deleting route to {n['route']}/{n['plen']}")
            t = LI(p, t, "deleting default route via %s", f"deleting default route via {n['gw']}")
        if p.has_ll4:
            t = LI(p, t, "deleting route to %s/%d", "deleting route to 169.254.0.0/16")
        return t

    def lost(p: Pi, t: datetime) -> datetime:
        n = p.net
        if p.v6 and r.random() < 0.22:
            t = LI(p, t, "%s is unreachable, expiring it", f"{n['ra']} is unreachable, expiring it")
        t = LI(p, t, "carrier lost", "carrier lost")
        p.carrier = False
        if p.v6:
            t = LI(p, t, "deleting address %s", f"deleting address {p.slaac()}")
            t = LI(p, t, "deleting route to %s/%d", f"deleting route to {n['pfx']}/64")
            t = LI(p, t, "deleting default route via %s", f"deleting default route via {n['ra']}")
            p.v6 = False
        t = del_v4(p, t + sec(r.uniform(0.0, 3.2)))
        return t

    def bind(p: Pi, t: datetime, addr: str, probe: bool = True, routes: bool = True) -> datetime:
        n = p.net
        if probe:
            t = LI(
                p,
                t + sec(r.uniform(0.2, 1.5)),
                "probing address %s/%d",
                f"probing address {addr}/{n['plen']}",
            )
            t += sec(r.uniform(3.8, 6.2))
        t = LI(p, t, "leased %s for %u seconds", f"leased {addr} for {n['lease']} seconds")
        if routes:
            t = LI(p, t, "adding route to %s/%d", f"adding route to {n['route']}/{n['plen']}")
            t = LI(p, t, "adding default route via %s", f"adding default route via {n['gw']}")
        if p.has_ll4:
            t = LI(p, t, "deleting route to %s/%d", "deleting route to 169.254.0.0/16")
            p.has_ll4 = False
        p.addr = p.last = addr
        p.base = t
        return t

    def ipv4ll(p: Pi, t: datetime) -> datetime:
        t = LI(
            p,
            t + sec(r.uniform(4.8, 5.4)),
            "probing for an IPv4LL address",
            "probing for an IPv4LL address",
        )
        t = LI(
            p,
            t + sec(r.uniform(5.0, 7.5)),
            "using IPv4LL address %s",
            f"using IPv4LL address {p.ll4}",
        )
        t = LI(p, t, "adding route to %s/%d", "adding route to 169.254.0.0/16")
        p.has_ll4 = True
        return t

    def discover(p: Pi, t: datetime, new_addr: str | None = None) -> datetime:
        t = LI(p, t, "soliciting a DHCP lease", "soliciting a DHCP lease")
        if server_up(t):
            addr = new_addr or p.last
            t = LI(
                p,
                t + sec(r.uniform(0.3, 2.5)),
                "offered %s from %s",
                f"offered {addr} from {p.net['gw']}",
            )
            return bind(p, t, addr)
        return ipv4ll(p, t)

    def router(p: Pi, t: datetime) -> datetime:
        n = p.net
        if not server_up(t):
            return LI(
                p,
                t + sec(r.uniform(11.5, 13.5)),
                "no IPv6 Routers available",
                "no IPv6 Routers available",
            )
        t = LI(
            p,
            t + sec(r.uniform(0.3, 3.5)),
            "Router Advertisement from %s",
            f"Router Advertisement from {n['ra']}",
        )
        t = LI(p, t, "adding address %s", f"adding address {p.slaac()}")
        t = LI(p, t, "adding route to %s/%d", f"adding route to {n['pfx']}/64")
        t = LI(p, t, "adding default route via %s", f"adding default route via {n['ra']}")
        p.v6 = True
        return t

    def dhcp_start(p: Pi, t: datetime, nak: bool = False, dad: str | None = None) -> datetime:
        if p.addr is None:
            return discover(p, t)
        old = p.addr
        t = LI(p, t, "rebinding lease of %s", f"rebinding lease of {old}")
        if nak:
            t = LI(p, t + sec(r.uniform(0.2, 0.9)), "NAK: from %s", f"NAK: from {p.net['gw']}")
            t = LI(p, t, "message: wrong network", "message: wrong network")
            p.addr = None
            return discover(p, t + sec(r.uniform(0.1, 1.0)), f"10.41.0.{r.randrange(20, 90)}")
        if not server_up(t):
            t = LI(p, t + sec(r.uniform(5.0, 5.6)), "DHCP lease expired", "DHCP lease expired")
            p.addr = None
            t = LI(p, t, "soliciting a DHCP lease", "soliciting a DHCP lease")
            return ipv4ll(p, t)
        if dad:
            t = LI(
                p,
                t + sec(r.uniform(0.2, 1.5)),
                "probing address %s/%d",
                f"probing address {old}/{p.net['plen']}",
            )
            t = LI(p, t + sec(r.uniform(0.8, 2.0)), "DAD detected %s", f"DAD detected {old}")
            p.addr = None
            return discover(p, t + sec(r.uniform(1.0, 3.0)), dad)
        return bind(p, t, old)

    def acquired(p: Pi, t: datetime, ssid_change: bool = False, **kw: object) -> datetime:
        t = LI(p, t, "carrier acquired", "carrier acquired")
        p.carrier = True
        if ssid_change:
            t = LI(
                p,
                t,
                "connected to Access Point `%s'",
                f"connected to Access Point `{p.net['ssid']}'",
            )
        t = LI(p, t, "IAID %s", f"IAID {p.iaid}")
        t6 = LI(p, t, "soliciting an IPv6 router", "soliciting an IPv6 router")
        router(p, t6)
        return dhcp_start(p, t6 + sec(r.uniform(0.0, 0.4)), **kw)  # type: ignore[arg-type]

    def flap(p: Pi, t: datetime, gap: tuple[float, float], **kw: object) -> datetime:
        t = lost(p, t)
        return acquired(p, t + sec(r.uniform(*gap)), **kw)

    def expire_timers(p: Pi, now: datetime, until: datetime) -> None:
        """A station whose carrier stays up through the outage: its lease runs out."""
        t2, t3 = p.base + sec(3150), p.base + sec(3600)
        if now <= t2 < min(until, down[1]):
            LI(p, t2, "failed to renew DHCP, rebinding", "failed to renew DHCP, rebinding")
        if not (now <= t3 < min(until, down[1])):
            return
        t = LI(p, t3, "DHCP lease expired", "DHCP lease expired")
        t = del_v4(p, t)
        p.addr = None
        t = LI(p, t, "soliciting a DHCP lease", "soliciting a DHCP lease")
        ipv4ll(p, t)

    def server_back(p: Pi, t: datetime) -> None:
        if p.carrier and p.addr is None:
            t = LI(p, t, "offered %s from %s", f"offered {p.last} from {p.net['gw']}")
            bind(p, t, p.last)
        if p.carrier and not p.v6:
            router(p, t)

    def reboot(p: Pi, t: datetime) -> datetime:
        t = L(p, t, "received SIGTERM, stopping", "received SIGTERM, stopping")
        t = LI(p, t, "removing interface", "removing interface")
        if p.v6:
            n = p.net
            t = LI(p, t, "deleting address %s", f"deleting address {p.slaac()}")
            t = LI(p, t, "deleting route to %s/%d", f"deleting route to {n['pfx']}/64")
            t = LI(p, t, "deleting default route via %s", f"deleting default route via {n['ra']}")
            p.v6 = False
        t = del_v4(p, t)
        L(p, t, "%s: removing interface", "eth0: removing interface")
        L(p, t, "dhcpcd exited", "dhcpcd exited")
        t += sec(r.uniform(38, 52))
        parent, child = 361, 404
        t = L(p, t, "dhcpcd-%s starting", f"dhcpcd-{DH_VERSION} starting", parent)
        t = L(p, t, "dev: loaded %s", "dev: loaded udev", parent)
        t = L(
            p,
            t,
            "forked to background, child pid %d",
            f"forked to background, child pid {child}",
            parent,
        )
        p.pid = child
        t = L(p, t, "DUID %s", f"DUID {p.duid}")
        t = L(p, t, "%s: waiting for carrier", "eth0: waiting for carrier")
        t = LI(
            p, t, "connected to Access Point `%s'", f"connected to Access Point `{p.net['ssid']}'"
        )
        t = LI(p, t, "IAID %s", f"IAID {p.iaid}")
        t = LI(p, t, "adding address %s", f"adding address fe80::{p.lliid}/64")
        t6 = LI(p, t, "soliciting an IPv6 router", "soliciting an IPv6 router")
        router(p, t6)
        return dhcp_start(p, t6 + sec(0.2))

    for p in pis:
        events: list[tuple[datetime, str]] = []
        if p.host == "pi-dock01":
            events += [(x, "flap") for x in jitter_times(r, T0, at(11, 18), 11 * 60, 90)]
            events += [(at(11, 20, 7), "iot")]
            events += [(x, "flap") for x in jitter_times(r, at(11, 24), T_END, 9 * 60, 90)]
        elif p.wifi:
            events += [(x, "flap") for x in jitter_times(r, T0, at(7, 0), 50 * 60, 120)]
            events += [(x, "flap") for x in jitter_times(r, at(7, 0), at(10, 28), 3.2 * 60, 45)]
            events += [(x, "flap") for x in jitter_times(r, at(10, 45), T_END, 45 * 60, 300)]
        else:
            events += [(at(7, 31, 14), "hup"), (at(11, 45, 31), "flap")]
        if p.wifi:
            events.append((at(10, 30) + sec(r.uniform(2, 40)), "swap"))
        if p.host == "pi-dock02":
            events.append((at(10, 36, 40), "reboot"))
        events.append((down[1] + sec(r.uniform(1, 64)), "back"))
        events.sort()
        t = T0
        for when, kind in events:
            if when < t:
                continue
            while p.addr and p.base + sec(1800) < when and server_up(p.base + sec(1800)):
                p.base += sec(1800)
            if p.addr:
                p.last = p.addr
            if kind == "flap":
                if p.addr and p.carrier and when < down[1]:
                    expire_timers(p, t, when)
                t = flap(p, when, (3, 40) if r.random() < 0.8 else (60, 170))
            elif kind == "swap":
                dad = "10.40.1.58" if p.host == "pi-dock03" and when > printer_at else None
                t = flap(p, when, (55, 130), dad=dad)
            elif kind == "iot":
                t = lost(p, when)
                p.net = DH_NETS["iot"]
                t = acquired(p, t + sec(r.uniform(4, 9)), ssid_change=True, nak=True)
            elif kind == "hup":
                t = L(p, when, "received SIGHUP, rebinding", "received SIGHUP, rebinding")
                t = LI(p, t, "rebinding lease of %s", f"rebinding lease of {p.addr}")
                t = bind(p, t + sec(r.uniform(0.3, 1.2)), p.addr or "", False, False)
            elif kind == "reboot":
                t = reboot(p, when)
            elif kind == "back":
                if p.addr and p.carrier:
                    expire_timers(p, t, when)
                server_back(p, when)
                t = when
    return fs.logs(T0)


# --------------------------------------------------------------------------- systemd-networkd

ND_ENO = "/run/systemd/network/10-netplan-eno1.network"
ND_WG = "/etc/systemd/network/90-wg0.network"
ND_MTU = "/etc/systemd/network/10-netplan-eno1.network.d/50-mtu.conf"
# host, networkd's pid, address, netplan's `critical: true`
ND_HOSTS = [
    ("ci-runner-01", 712, "10.30.4.21", False),
    ("ci-runner-02", 689, "10.30.4.22", False),
    ("ci-runner-03", 705, "10.30.4.23", True),
]


def networkd(r: random.Random) -> list[Log]:
    """Three GitLab runners' networkd, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    for n, (host, pid, ip, critical) in enumerate(ND_HOSTS):
        networkd_host(r, fs, n, host, pid, ip, critical)
    return fs.logs(T0)


def networkd_host(
    r: random.Random, fs: Files, n: int, host: str, pid: int, ip: str, critical: bool
) -> None:

    def L(t: datetime, label: str, msg: str, link: str = "") -> datetime:
        text = f"{link}: {msg}" if link else msg
        return fs.add(
            f"{host}.log",
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond:06d}+00:00 {host} systemd-networkd[{pid}]: {text}"
            ],
            (host, pid),
            US,
        )

    def lease(t: datetime) -> datetime:
        return L(
            t,
            "DHCPv4 address %s/%u, gateway %s acquired from %s",
            f"DHCPv4 address {ip}/24, gateway 10.30.4.1 acquired from 10.30.4.2",
            "eno1",
        )

    def stop_dhcp(t: datetime) -> datetime:
        if critical:
            return L(
                t,
                "DHCPv4 connection considered critical, ignoring request to reconfigure it.",
                "DHCPv4 connection considered critical, ignoring request to reconfigure it.",
                "eno1",
            )
        return L(t, "DHCP lease lost", "DHCP lease lost", "eno1")

    def reload(t: datetime, typo: bool = False) -> datetime:
        if typo:
            t = L(
                t,
                "Unknown key name '%s' in section '%s', ignoring.",
                f"{ND_MTU}:2: Unknown key name 'MTU' in section 'Link', ignoring.",
            )
        return L(
            t + sec(r.uniform(0.001, 0.01)),
            "netdev exists, using existing without changing its parameters",
            "netdev exists, using existing without changing its parameters",
            "wg0",
        )

    def reconfigure(t: datetime, lost: bool = True) -> datetime:
        t = L(t, "Reconfiguring with %s.", f"Reconfiguring with {ND_ENO}.", "eno1")
        if lost:
            t = stop_dhcp(t + sec(r.uniform(0.001, 0.02)))
        return lease(t + sec(r.uniform(0.02, 2.4)))

    def up_link(t: datetime, link: str, ll: bool = True) -> datetime:
        t = L(t, "Link UP", "Link UP", link)
        t = L(t + sec(r.uniform(0.001, 0.04)), "Gained carrier", "Gained carrier", link)
        if ll:
            L(t + sec(r.uniform(1.1, 2.6)), "Gained IPv6LL", "Gained IPv6LL", link)
        return t

    # the CI jobs' containers: (start, end) of each host-side veth
    spans: list[tuple[datetime, datetime]] = []
    t = at(6, 3) if host == "ci-runner-02" else T0
    while True:
        hour = t.hour + t.minute / 60
        gap = 13 * 60 if hour < 7 else 8 * 60 if 10.2 <= hour < 10.9 else 5.6 * 60
        t += sec(r.expovariate(1 / gap) + 10)
        if t >= at(11, 56):
            break
        clone0 = t + sec(r.uniform(2, 6))
        clone1 = clone0 + sec(r.uniform(7, 40))
        build1 = clone1 + sec(r.uniform(1, 3)) + sec(r.uniform(50, 700))
        spans += [(clone0, clone1), (clone1 + sec(r.uniform(1, 3)), build1)]
        end = build1
        if r.random() < 0.5:
            end = build1 + sec(r.uniform(4, 9))
            spans.append((build1 + sec(r.uniform(0.5, 1.5)), end))
        for _ in range(r.choices([0, 1, 2], [0.45, 0.33, 0.22])[0]):
            spans.append((t + sec(r.uniform(0.1, 1.5)), end + sec(r.uniform(0.5, 2))))
    marks = sorted([(a, 1) for a, _ in spans] + [(b, -1) for _, b in spans])
    live = 0
    for when, d in marks:
        live += d
        if d == 1 and live == 1:
            L(when + sec(0.045), "Gained carrier", "Gained carrier", "docker0")
        if d == -1 and live == 0:
            L(when + sec(0.001), "Lost carrier", "Lost carrier", "docker0")
    for a, b in spans:
        veth = "veth" + hexid(r, 7)
        up_link(a, veth)
        L(b, "Lost carrier", "Lost carrier", veth)

    if host == "ci-runner-02":  # the 06:00 reboot after a kernel update
        t = at(6, 1, 8.2)
        t = L(t, "Link UP", "Link UP", "lo")
        t = L(t + sec(0.0003), "Gained carrier", "Gained carrier", "lo")
        t = L(t + sec(0.004), "Enumeration completed", "Enumeration completed")
        t = L(t + sec(0.01), "netdev ready", "netdev ready", "wg0")
        t = L(t + sec(0.002), "Configuring with %s.", f"Configuring with {ND_ENO}.", "eno1")
        t = L(t + sec(0.001), "Configuring with %s.", f"Configuring with {ND_WG}.", "wg0")
        tw = up_link(t + sec(0.02), "wg0", ll=False)
        t = up_link(tw + sec(1.6), "eno1")
        lease(t + sec(r.uniform(2.5, 4.0)))
        L(at(6, 1, 22.7), "Link UP", "Link UP", "docker0")
    # the WireGuard key rotation: the netdev is not changed by a reload, so it is deleted
    t = reload(at(7, 40, 12) + sec(n * 95 + r.uniform(0, 20)))
    t += sec(r.uniform(25, 60))
    t = L(t, "Link DOWN", "Link DOWN", "wg0")
    t = L(t + sec(0.0005), "Lost carrier", "Lost carrier", "wg0")
    t += sec(r.uniform(3, 9))
    t = L(t, "netdev ready", "netdev ready", "wg0")
    t = L(t + sec(0.001), "Configuring with %s.", f"Configuring with {ND_WG}.", "wg0")
    up_link(t + sec(0.01), "wg0", ll=False)
    # the MTU drop-in with its typo, and its fix
    t = reload(at(9, 0, 31) + sec(n * 14 + r.uniform(0, 4)), typo=True)
    reconfigure(t + sec(r.uniform(0.3, 0.9)))
    t = reload(at(9, 14, 5) + sec(n * 12 + r.uniform(0, 4)))
    reconfigure(t + sec(r.uniform(0.3, 0.9)))
    if host == "ci-runner-03":  # the bad cable
        for when in jitter_times(r, at(10, 20), at(10, 45), 130, 20):
            t = L(when, "Lost carrier", "Lost carrier", "eno1")
            t = stop_dhcp(t + sec(r.uniform(0.001, 0.01)))
            t = L(t + sec(r.uniform(2, 30)), "Gained carrier", "Gained carrier", "eno1")
            lease(t + sec(r.uniform(1.5, 3.5)))
    if host == "ci-runner-01":  # a static route through a gateway off the subnet
        t = reload(at(11, 0, 44))
        t = reconfigure(t + sec(0.6))
        t = L(
            t + sec(0.004),
            "Could not set route: Nexthop has invalid gateway. Network is unreachable",
            "Could not set route: Nexthop has invalid gateway. Network is unreachable",
            "eno1",
        )
        L(t + sec(0.0002), "Failed", "Failed", "eno1")
        t = reload(at(11, 6, 20))
        reconfigure(t + sec(0.5), lost=False)
    if host != "ci-runner-03":  # the switch's firmware upgrade
        t = L(at(11, 30, 3) + sec(r.uniform(0, 1)), "Lost carrier", "Lost carrier", "eno1")
        t = stop_dhcp(t + sec(0.003))
        t = L(t + sec(r.uniform(85, 100)), "Gained carrier", "Gained carrier", "eno1")
        lease(t + sec(r.uniform(1.5, 3.5)))


# ------------------------------------------------------------------------------------- iwd

IW_VERSION = "2.16"
IW_RATES_24 = [10, 20, 55, 110, 60, 90, 120, 180, 240, 360, 480, 540]
IW_RATES_5 = [60, 90, 120, 180, 240, 360, 480, 540]
IW_CIPHERS = [
    ("\\tCiphers: %s", "\tCiphers: BIP-CMAC-256 BIP-GMAC-256 BIP-GMAC-128 CCMP-256"),
    ("\\t\\t %s", "\t\t GCMP-256 GCMP-128 BIP-CMAC-128 CCMP-128"),
    ("\\t\\t %s", "\t\t TKIP"),
]
IW_IFTYPES = "ad-hoc station ap p2p-client p2p-go p2p-device"
# the office's access points: (2.4 GHz BSSID, 5 GHz BSSID)
IW_APS = [
    (f"a8:bd:27:{a}:{b}:{c}", f"a8:bd:27:{a}:{b}:{int(c, 16) + 16:02x}")
    for a, b, c in [
        ("4c", "19", "20"),
        ("4c", "1a", "40"),
        ("4c", "1b", "60"),
        ("51", "02", "80"),
        ("51", "03", "a0"),
        ("51", "04", "c0"),
    ]
]
IW_STATE = "event: state, old: %s, new: %s"
IW_INFO = "event: connect-info, ssid: %s, bss: %s, signal: %d, load: %d/255"


def wiphy_dump(mac: str) -> list[tuple[str, str]]:
    """iwd's start-up dump of the wiphy, one l_info() per line: (label, text)."""
    out = [("Wiphy: %d, Name: %s", "Wiphy: 0, Name: phy0")]
    out.append(("\\tPermanent Address: %s", f"\tPermanent Address: {mac}"))
    for band, rates, vht in [("2.4GHz Band", IW_RATES_24, False), ("5GHz Band", IW_RATES_5, True)]:
        out.append((f"\\t{band}:", f"\t{band}:"))
        out.append(("\\t\\tBitrates (non-HT):", "\t\tBitrates (non-HT):"))
        for v in rates:
            out.append(("\\t\\t\\t%2d.%d Mbps", f"\t\t\t{v // 10:2d}.{v % 10} Mbps"))
        out.append(("\\t\\tHT Capabilities:", "\t\tHT Capabilities:"))
        for cap in ["HT40", "Short GI for 20Mhz", "Short GI for 40Mhz"]:
            out.append((f"\\t\\t\\t{cap}", f"\t\t\t{cap}"))
        out.append(("\\t\\tHT RX MCS indexes:", "\t\tHT RX MCS indexes:"))
        out.append(("\\t\\t\\t%u-%u", "\t\t\t0-15"))
        if vht:
            out.append(("\\t\\tVHT Capabilities:", "\t\tVHT Capabilities:"))
            out.append(("\\t\\t\\tShort GI for 80Mhz", "\t\t\tShort GI for 80Mhz"))
            out.append(
                ("\\t\\t\\tMax RX MCS: 0-%d for NSS: %d", "\t\t\tMax RX MCS: 0-9 for NSS: 2")
            )
            out.append(
                ("\\t\\t\\tMax TX MCS: 0-%d for NSS: %d", "\t\t\tMax TX MCS: 0-9 for NSS: 2")
            )
    out += IW_CIPHERS
    out.append(("\\tSupported iftypes: %s", f"\tSupported iftypes: {IW_IFTYPES}"))
    return out


def iwd(r: random.Random) -> list[Log]:
    """Five laptops' iwd, 06:00 to 12:00 UTC (see the module docstring)."""
    fs = Files()
    laptops = [
        # host, pid, ifindex, ssid, home access point
        ("xps-anna", 498, 3, "Corp", 1),
        ("tp-jonas", 512, 4, "Corp", 3),
        ("fw-lena", 487, 3, "Corp-Guest", 4),
        ("t14-omar", 503, 3, "Corp", 0),
        ("x1-maria", 521, 3, "Corp", 5),
    ]
    push = at(10, 15, 20)  # the access points' rolling firmware update
    for host, pid0, ifindex, ssid, home in laptops:
        iwd_laptop(r, fs, host, pid0, ifindex, ssid, home, push)
    return fs.logs(T0)


def iwd_laptop(
    r: random.Random,
    fs: Files,
    host: str,
    pid0: int,
    ifindex: int,
    ssid: str,
    home: int,
    push: datetime,
) -> None:
    st = {"pid": pid0, "state": "disconnected", "ap": home, "ssid": ssid}

    def L(t: datetime, label: str, msg: str) -> datetime:
        pid = st["pid"]
        return fs.add(
            f"{host}.log",
            t,
            label,
            lambda x: [f"{x + LOCAL:%b %d %H:%M:%S}.{x.microsecond:06d} {host} iwd[{pid}]: {msg}"],
            (host, pid),
            US,
        )

    def state(t: datetime, new: str) -> datetime:
        old = st["state"]
        st["state"] = new
        return L(t, IW_STATE, f"event: state, old: {old}, new: {new}")

    def pick_bss() -> str:
        ap = st["ap"]
        if r.random() < 0.15:
            ap = (ap + r.choice([-1, 1])) % len(IW_APS)
            st["ap"] = ap
        return IW_APS[ap][0 if r.random() < 0.12 else 1]

    def info(t: datetime, lo: int = -67, hi: int = -41) -> datetime:
        bss = pick_bss()
        return L(
            t,
            IW_INFO,
            f"event: connect-info, ssid: {st['ssid']}, bss: {bss}, signal: {r.randint(lo, hi)}, load: {r.choice([0, 1, 2, 3, 5, 8, 12, 19, 27, 34, 51])}/255",
        )

    def connect(t: datetime, auto: bool = True) -> datetime:
        t = info(t + sec(r.uniform(0.4, 1.8)))
        t = state(t, "connecting (auto)" if auto else "connecting")
        t = state(t + sec(r.uniform(0.05, 0.6)), "connecting (netconfig)")
        return state(t + sec(r.uniform(0.2, 2.5)), "connected")

    def disconnect(t: datetime, reason: int, from_ap: bool, again: bool = True) -> datetime:
        t = L(
            t,
            "Received Deauthentication event, reason: %hu, from_ap: %s",
            f"Received Deauthentication event, reason: {reason}, from_ap: {'true' if from_ap else 'false'}",
        )
        t = L(
            t + sec(r.uniform(0.00002, 0.0001)),
            "event: disconnect-info, reason: %u",
            f"event: disconnect-info, reason: {reason}",
        )
        t = state(t + sec(r.uniform(0.00005, 0.0003)), "disconnected")
        if not again:
            return t
        t = state(t, "autoconnect_quick")
        return connect(t)

    def busy(t: datetime) -> datetime:
        return L(
            t,
            "Received error during CMD_TRIGGER_SCAN: Device or resource busy (%d)",
            "Received error during CMD_TRIGGER_SCAN: Device or resource busy (16)",
        )

    def start(t: datetime) -> datetime:
        t = L(t, "Wireless daemon version %s", f"Wireless daemon version {IW_VERSION}")
        t = L(
            t + sec(r.uniform(0.0005, 0.002)),
            "Loaded configuration from %s",
            "Loaded configuration from /etc/iwd/main.conf",
        )
        t = L(
            t + sec(r.uniform(0.002, 0.02)),
            "station: Network configuration is enabled.",
            "station: Network configuration is enabled.",
        )
        for label, text in wiphy_dump(lmac(random.Random(host), "3c:58:c2")):
            t = L(t + sec(r.uniform(0.00001, 0.00006)), label, text)
        st["state"] = "disconnected"
        t = state(t + sec(r.uniform(0.1, 0.6)), "autoconnect_quick")
        t = L(t, "udev interface=%s ifindex=%i", f"udev interface=wlan0 ifindex={ifindex}")
        return connect(t)

    def suspend(t0: datetime, t1: datetime) -> datetime:
        disconnect(t0, 3, False, again=False)
        t = state(t1, "autoconnect_quick")
        return connect(t)

    boots = {
        "xps-anna": at(6, 38, 12),
        "tp-jonas": at(6, 52, 40),
        "fw-lena": at(7, 5, 3),
        "t14-omar": at(6, 20, 55),
        "x1-maria": at(6, 47, 31),
    }
    busy_until = start(boots[host] + sec(r.uniform(0, 1)))
    acts: list[tuple[datetime, str]] = []
    if host == "xps-anna":
        acts += [
            (x, "drop")
            for x in jitter_times(r, boots[host] + sec(300), T_END, 2.0 * 60, 30)
            if not at(10, 0) <= x < at(10, 42)
        ]
        acts.append((at(10, 0, 11), "lunch"))
    elif host == "tp-jonas":
        acts += [(x, "roam") for x in jitter_times(r, at(7, 30), at(10, 45), 38, 20)]
        acts += [(x, "roam") for x in jitter_times(r, at(11, 25), T_END, 14 * 60, 60)]
        acts += [(at(10, 47, 2), "lunch"), (push, "push")]
    elif host == "fw-lena":
        acts += [(at(9, 0, 4), "psk")]
        acts += [(at(11, 2, 40), "lunch"), (push, "push")]
        acts += [(x, "roam") for x in jitter_times(r, boots[host], T_END, 40 * 60, 60)]
    elif host == "t14-omar":
        acts += [(at(7, 58, 20), "move"), (at(9, 28, 51), "move"), (at(10, 58, 5), "move")]
        acts += [(x, "roam") for x in jitter_times(r, boots[host], T_END, 25 * 60, 60)]
        acts.append((push, "push"))
    else:
        acts += [(at(9, 45, 30), "move"), (at(11, 0, 42), "restart"), (push, "push")]
        acts += [(x, "roam") for x in jitter_times(r, boots[host], T_END, 30 * 60, 60)]
    acts.sort()
    for when, kind in acts:
        if when < busy_until:
            continue
        t = when
        if kind == "drop":
            t = disconnect(t, 4, False)
            if r.random() < 0.2:
                t = busy(t + sec(r.uniform(1, 20)))
        elif kind == "roam":
            if r.random() < 0.3:
                t = busy(t)
            t = state(t + sec(r.uniform(0.5, 4)), "ft-roaming")
            st["ap"] = (st["ap"] + (1 if st["ap"] == home else -1)) % len(IW_APS)
            t = state(t + sec(r.uniform(0.05, 0.4)), "connected")
        elif kind == "lunch":
            t = suspend(t, t + sec(r.uniform(35, 45) * 60))
        elif kind == "move":
            t = suspend(t, t + sec(r.uniform(150, 320)))
        elif kind == "push":
            if st["state"] == "connected":
                t = disconnect(t + sec(r.uniform(0, 240)), 3, True)
        elif kind == "psk":
            t = disconnect(t, 2, True, again=False)
            t = state(t, "autoconnect_quick")
            tries = jitter_times(r, t, at(9, 40, 30), 55, 30)
            for x in tries:
                x = info(x + sec(r.uniform(0.3, 1.2)))
                x = state(x, "connecting (auto)")
                x = L(
                    x + sec(r.uniform(1.0, 2.0)),
                    "4-Way handshake failed for ifindex: %d, reason: %u",
                    f"4-Way handshake failed for ifindex: {ifindex}, reason: 15",
                )
                x = L(x, "event: connect-failed, status: %u", "event: connect-failed, status: 1")
                x = state(x, "disconnected")
                x = state(x, "autoconnect_full")
            t = connect(at(9, 41, 12), auto=False)
        elif kind == "restart":
            t = L(t, "Terminate", "Terminate")
            st["pid"] = 30118
            t = start(t + sec(r.uniform(1.5, 3)))
        busy_until = t


# ---------------------------------------------------------------------------------- connman

CM_VERSION = "1.41"
CM_NTP = "10.50.0.10"
# host, connmand's pid, eth0 (address or ""), wlan0 address, eth0 MAC, wlan0 MAC
CM_PLAYERS = [
    ("signage-lobby", 243, "10.50.3.21", "10.50.9.21"),
    ("signage-canteen", 238, "10.50.3.22", "10.50.9.22"),
    ("signage-lift2", 241, "", "10.50.9.32"),
    ("signage-lift3", 246, "", "10.50.9.33"),
]
CM_FLAGS = {"down": (4098, "DOWN"), "up": (4099, "UP"), "run": (69699, "UP,RUNNING,LOWER_UP")}
CM_OPER = {0: "UNKNOWN", 2: "DOWN", 5: "DORMANT", 6: "UP"}


class Iface:
    def __init__(self, r: random.Random, name: str, index: int, addr: str) -> None:
        self.name = name
        self.index = index
        self.addr = addr
        self.net = addr.rsplit(".", 1)[0]
        self.mac = "B8:27:EB:" + ":".join(f"{r.randrange(256):02X}" for _ in range(3))
        self.kind = "wifi" if name == "wlan0" else "ethernet"
        self.rx = r.randrange(2_000, 9_000)
        self.tx = r.randrange(1_000, 5_000)
        self.rxb = self.rx * r.randrange(300, 900)
        self.txb = self.tx * r.randrange(150, 400)
        self.flags = "down"
        self.oper = 2


def connman(r: random.Random) -> list[Log]:
    """Four signage players' connmand, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    for host, pid0, eth_addr, wlan_addr in CM_PLAYERS:
        connman_player(r, fs, host, pid0, eth_addr, wlan_addr)
    return fs.logs(T0)


def connman_player(
    r: random.Random, fs: Files, host: str, pid0: int, eth_addr: str, wlan_addr: str
) -> None:
    st = {"pid": pid0}
    eth = Iface(r, "eth0", 2, eth_addr) if eth_addr else None
    wlan = Iface(r, "wlan0", 3 if eth else 2, wlan_addr)
    ifs = [i for i in (eth, wlan) if i]
    # the canteen's player has its Wi-Fi technology switched off: wlan0 stays down
    active = [i for i in ifs if not (host == "signage-canteen" and i is wlan)]
    ssid_hex = b"Signage".hex()
    service = f"wifi_{wlan.mac.replace(':', '').lower()}_{ssid_hex}_managed_psk"

    def L(t: datetime, label: str, msg: str, level: str = "info") -> datetime:
        pid = st["pid"]
        return fs.add(
            f"{host}-messages",
            t,
            label,
            lambda x: [f"{syslog_ts(x)} {host} daemon.{level} connmand[{pid}]: {msg}"],
            (host, pid),
            SEC,
        )

    def newlink(
        t: datetime, i: Iface, flags: str | None = None, oper: int | None = None
    ) -> datetime:
        """rtnl's RTM_NEWLINK for a known device: its counters, its flags when they
        changed, its address and operstate."""
        i.rx += r.randrange(40, 900)
        i.tx += r.randrange(20, 300)
        i.rxb += r.randrange(20_000, 600_000)
        i.txb += r.randrange(5_000, 90_000)
        t = L(t, "%s {RX} %u packets %u bytes", f"{i.name} {{RX}} {i.rx} packets {i.rxb} bytes")
        t = L(t, "%s {TX} %u packets %u bytes", f"{i.name} {{TX}} {i.tx} packets {i.txb} bytes")
        if flags and flags != i.flags:
            i.flags = flags
            v, s_ = CM_FLAGS[flags]
            t = L(t, "%s {update} flags %u <%s>", f"{i.name} {{update}} flags {v} <{s_}>")
        if oper is not None:
            i.oper = oper
        t = L(
            t,
            "%s {newlink} index %d address %s mtu %u",
            f"{i.name} {{newlink}} index {i.index} address {i.mac} mtu 1500",
        )
        return L(
            t,
            "%s {newlink} index %d operstate %u <%s>",
            f"{i.name} {{newlink}} index {i.index} operstate {i.oper} <{CM_OPER[i.oper]}>",
        )

    def routes(t: datetime, i: Iface, op: str) -> datetime:
        gw = f"{i.net}.1"
        label = f"%s {{{op}}} route %s gw %s scope %u <%s>"
        for dst, via, scope, name in [
            (f"{i.net}.0", "0.0.0.0", 253, "LINK"),
            (gw, "0.0.0.0", 253, "LINK"),
            ("0.0.0.0", gw, 0, "UNIVERSE"),
        ]:
            t = L(t, label, f"{i.name} {{{op}}} route {dst} gw {via} scope {scope} <{name}>")
        return t

    def ll_route(t: datetime, i: Iface, op: str) -> datetime:
        return L(
            t,
            f"%s {{{op}}} route %s gw %s scope %u <%s>",
            f"{i.name} {{{op}}} route fe80:: gw :: scope 0 <UNIVERSE>",
        )

    def link_up(t: datetime, i: Iface) -> datetime:
        if i.kind == "wifi":
            t = newlink(t, i, "run", 5)
            t += sec(r.uniform(0.4, 1.5))
        t = newlink(t, i, "run", 6)
        t = ll_route(t, i, "add")
        t += sec(r.uniform(0.8, 3.0))
        t = L(
            t,
            "%s {add} address %s/%u label %s family %d",
            f"{i.name} {{add}} address {i.addr}/24 label {i.name} family 2",
        )
        return routes(t, i, "add")

    def link_down(t: datetime, i: Iface) -> datetime:
        t = newlink(t, i, "up", 2)
        t = L(
            t,
            "%s {del} address %s/%u label %s",
            f"{i.name} {{del}} address {i.addr}/24 label {i.name}",
        )
        t = routes(t, i, "del")
        return ll_route(t, i, "del")

    def boot(t: datetime, ntp_off: float) -> datetime:
        t = L(t, "Connection Manager version %s", f"Connection Manager version {CM_VERSION}")
        t = L(t, "Checking loopback interface settings", "Checking loopback interface settings")
        t = L(t, "System hostname is %s", f"System hostname is {host}")
        t = L(
            t,
            "%s {newlink} index %d address %s mtu %u",
            "lo {newlink} index 1 address 00:00:00:00:00:00 mtu 65536",
        )
        t = L(
            t,
            "%s {newlink} index %d operstate %u <%s>",
            "lo {newlink} index 1 operstate 0 <UNKNOWN>",
        )
        for i in ifs:
            i.flags, i.oper = "down", 2
            t = L(
                t,
                "%s {create} index %d type %d <%s>",
                f"{i.name} {{create}} index {i.index} type 1 <ETHER>",
            )
            t = L(t, "%s {update} flags %u <%s>", f"{i.name} {{update}} flags 4098 <DOWN>")
            t = L(
                t,
                "%s {newlink} index %d address %s mtu %u",
                f"{i.name} {{newlink}} index {i.index} address {i.mac} mtu 1500",
            )
            t = L(
                t,
                "%s {newlink} index %d operstate %u <%s>",
                f"{i.name} {{newlink}} index {i.index} operstate 2 <DOWN>",
            )
            t = L(t, "Adding interface %s [ %s ]", f"Adding interface {i.name} [ {i.kind} ]")
        for i in active:
            i.rx = i.tx = i.rxb = i.txb = 0
            t = newlink(t + sec(r.uniform(0.2, 0.8)), i, "up", 2)
        for i in active:
            t = link_up(t + sec(r.uniform(1.5, 4.0)), i)
        return L(
            t + sec(r.uniform(2, 5)),
            "ntp: adjust (jump): %+.6f sec",
            f"ntp: adjust (jump): {ntp_off:+.6f} sec",
        )

    def shutdown(t: datetime) -> datetime:
        t = L(t, "Terminating", "Terminating")
        for i in ifs:
            t = L(t, "Remove interface %s [ %s ]", f"Remove interface {i.name} [ {i.kind} ]")
        return t

    # the nightly reboot at 06:00: the clock comes back from fake-hwclock's last save,
    # behind by the boot's half minute until NTP answers
    t = shutdown(at(6, 0, 1) + sec(r.uniform(0, 3)))
    st["pid"] = 231 + r.randrange(0, 20)
    off = r.uniform(28, 41)
    clock0 = boot(t + sec(r.uniform(4, 7)), off) + sec(off)
    acts: list[tuple[datetime, str]] = []
    mean_scan = 2.2 * 60 if not eth else 2.6 * 60
    if wlan in active:
        acts += [(x, "scan") for x in jitter_times(r, clock0 + sec(60), T_END, mean_scan, 20)]
    acts += [(x, "ntp") for x in jitter_times(r, clock0 + sec(1000), T_END, 1024, 1000)]
    if host == "signage-canteen":
        acts += [(x, "kick") for x in jitter_times(r, at(7, 10), at(7, 40), 4.5 * 60, 30)]
    if not eth:
        acts.append((at(9, 30, 12) + sec(r.uniform(0, 3)), "ap"))
    if host == "signage-lift3":
        acts.append((at(10, 0, 33), "reboot"))
    acts.sort()
    busy_until = clock0
    for when, kind in acts:
        if when < busy_until:
            continue
        t = when
        if kind == "scan":
            t = newlink(t, wlan)
        elif kind == "ntp":
            t = L(
                t,
                "ntp: adjust (slew): %+.6f sec",
                f"ntp: adjust (slew): {r.gauss(0, 0.0012):+.6f} sec",
            )
        elif kind == "kick" and eth:
            t = link_down(t, eth)
            back = t + sec(r.uniform(5, 70))
            if back - t > sec(25):
                L(
                    t + sec(r.uniform(3, 20)),
                    "Time request for server %s failed (%d/%s)",
                    f"Time request for server {CM_NTP} failed (101/Network is unreachable)",
                    "err",
                )
            t = link_up(back, eth)
        elif kind == "ap":
            t = link_down(t, wlan)
            end = t + sec(r.uniform(80, 110))
            x = t
            while x < end - sec(20):
                x = newlink(x + sec(r.uniform(8, 16)), wlan, "run", 5)
                if r.random() < 0.6:
                    x = L(
                        x + sec(r.uniform(1, 4)),
                        "Skipping disconnect of %s, network is connecting.",
                        f"Skipping disconnect of {service}, network is connecting.",
                    )
                x = newlink(x + sec(r.uniform(3, 6)), wlan, "up", 2)
            L(
                t + sec(r.uniform(30, 60)),
                "Time request for server %s failed (%d/%s)",
                f"Time request for server {CM_NTP} failed (101/Network is unreachable)",
                "err",
            )
            t = link_up(end, wlan)
        elif kind == "reboot":
            t = shutdown(t)
            st["pid"] = 229 + r.randrange(0, 20)
            t = boot(t + sec(r.uniform(4, 7)), r.uniform(30, 40))
        busy_until = t


# ------------------------------------------------------------------------- systemd-resolved

RS_DS = ". IN DS 20326 8 2 e06d44b80b8f1d39a95c0b0d7c65d08458e880409bbc683457104237c7f8ec8d"
RS_NTA = (
    "home.arpa 10.in-addr.arpa "
    + " ".join(f"{n}.172.in-addr.arpa" for n in range(16, 32))
    + " 168.192.in-addr.arpa d.f.ip6.arpa ipv4only.arpa resolver.arpa corp home internal"
    " intranet lan local private test"
)
RS_PROXY = "10.20.0.53"
RS_VPN = "10.8.0.1"
RS_NXD = "Server returned error NXDOMAIN, mitigating potential DNS violation DVE-2018-0001, retrying transaction with reduced feature level UDP."
RS_DEGRADE = "Using degraded feature set %s instead of %s for DNS server %s."
RS_GRACE = "Grace period over, resuming full feature set (%s) for DNS server %s."
RS_NAMES = [
    "gitlab.acme-corp.net",
    "jira.acme-corp.net",
    "vault.acme-corp.net",
    "registry.acme-corp.net",
    "acme-corp.net",
    "wiki.acme-corp.net",
    "grafana.acme-corp.net",
    "sso.acme-corp.net",
]


def resolved(r: random.Random) -> list[Log]:
    """Four desktops' systemd-resolved, 06:00 to 12:00 UTC (see the module docstring)."""
    fs = Files()
    hosts = [("ws-0142", 655), ("ws-0150", 641), ("ws-0163", 648), ("ws-0177", 662)]
    dns_down = (at(9, 20, 40), at(9, 27, 15))
    for host, pid0 in hosts:
        resolved_host(r, fs, host, pid0, dns_down)
    return fs.logs(T0)


def resolved_host(
    r: random.Random, fs: Files, host: str, pid0: int, dns_down: tuple[datetime, datetime]
) -> None:
    pids = [(T0, pid0)]

    def L(t: datetime, label: str, msg: str) -> datetime:
        pid = [p for since, p in pids if since <= t][-1]
        return fs.add(
            f"{host}.log",
            t,
            label,
            lambda x: [
                f"{x + LOCAL:%Y-%m-%dT%H:%M:%S}+02:00 {host} systemd-resolved[{pid}]: {msg}"
            ],
            (host, pid),
            SEC,
        )

    def start(t: datetime, name: str = host) -> datetime:
        t = L(t, "Positive Trust Anchors:", "Positive Trust Anchors:")
        t = L(t, "%s IN DS %u %u %u %s", RS_DS)
        t = L(t, "Negative trust anchors: %s", f"Negative trust anchors: {RS_NTA}")
        return L(t, "Using system hostname '%s'.", f"Using system hostname '{name}'.")

    def degrade(t: datetime, new: str, old: str, server: str) -> datetime:
        return L(
            t,
            RS_DEGRADE,
            f"Using degraded feature set {new} instead of {old} for DNS server {server}.",
        )

    def grace(t: datetime, level: str, server: str) -> datetime:
        return L(
            t,
            RS_GRACE,
            f"Grace period over, resuming full feature set ({level}) for DNS server {server}.",
        )

    def nxd_bursts(t0: datetime, t1: datetime, per_hour: float) -> None:
        for x in jitter_times(r, t0, t1, 3600 / per_hour * 2.2, 0.5):
            for _ in range(r.choices([1, 2, 3, 4, 6], [0.35, 0.3, 0.15, 0.12, 0.08])[0]):
                x = L(x, RS_NXD, RS_NXD)

    def flush(t: datetime) -> datetime:
        t = L(t, "Flushed all caches.", "Flushed all caches.")
        return L(
            t,
            "Resetting learnt feature levels on all servers.",
            "Resetting learnt feature levels on all servers.",
        )

    def edns_cycles(t0: datetime, t1: datetime, server: str, lo: float, hi: float) -> None:
        t = degrade(t0, "UDP", "UDP+EDNS0", server)
        while True:
            t += sec(r.uniform(lo, hi) * 60)
            if t >= t1:
                return
            if in_any(t, [dns_down]):
                t = dns_down[1] + sec(r.uniform(1, 30))
            t = grace(t, "UDP+EDNS0", server)
            t = degrade(t + sec(r.uniform(0.3, 40)), "UDP", "UDP+EDNS0", server)

    def outage(t: datetime) -> None:
        """The proxy restarting: SERVFAIL for a minute, then no answer at all."""
        x = t
        for _ in range(r.randint(3, 9)):
            x = L(
                x + sec(r.uniform(1, 12)),
                "Server returned error %s, retrying transaction with reduced feature level %s.",
                "Server returned error SERVFAIL, retrying transaction with reduced feature level UDP.",
            )
        x = degrade(x + sec(r.uniform(20, 40)), "TCP", "UDP", RS_PROXY)
        x = degrade(x + sec(r.uniform(60, 120)), "UDP", "TCP", RS_PROXY)
        x = degrade(dns_down[1] + sec(r.uniform(20, 60)), "TCP", "UDP", RS_PROXY)
        grace(x + sec(r.uniform(300, 420)), "UDP+EDNS0", RS_PROXY)

    if host == "ws-0142":  # a developer on the VPN most of the day
        start(at(6, 8, 31))
        vpn = [
            (at(6, 31, 5), at(8, 44, 50)),
            (at(9, 10, 12), at(10, 1, 3)),
            (at(10, 40, 30), at(11, 58, 10)),
        ]
        for a, b in vpn:
            flush(a)
            nxd_bursts(a + sec(20), b, 195)
            flush(b)
        for x in [at(10, 31, 5), at(10, 33, 52), at(10, 36, 14), at(10, 38, 40)]:
            L(
                x,
                "Under memory pressure, flushing caches.",
                "Under memory pressure, flushing caches.",
            )
    elif host == "ws-0150":  # behind the branch firewall's DNS proxy
        start(at(6, 21, 2))
        pids.append((at(7, 5, 47), 2231))
        start(at(7, 5, 47))
        edns_cycles(at(6, 22, 40), T_END, RS_PROXY, 2.5, 7)
        nxd_bursts(at(6, 25), T_END, 25)
        outage(dns_down[0])
        L(at(9, 40, 8), "Detected conflict on %s", "Detected conflict on ws-0150 IN A")
        L(at(9, 40, 8), "Detected conflict on %s", "Detected conflict on ws-0150 IN AAAA")
        L(
            at(9, 40, 9),
            "Hostname conflict, changing published hostname from '%s' to '%s'.",
            "Hostname conflict, changing published hostname from 'ws-0150' to 'ws-157'.",
        )
    elif host == "ws-0163":  # at home, on the VPN all day
        start(at(6, 44, 13))
        flush(at(6, 45, 40))
        nxd_bursts(at(6, 46), T_END, 100)
        edns_cycles(at(6, 46, 2), T_END, RS_VPN, 6, 30)
    else:  # DNSSEC=allow-downgrade
        L(
            at(6, 3, 22),
            "Clock change detected. Flushing caches.",
            "Clock change detected. Flushing caches.",
        )
        t = at(6, 3, 40)
        while t < T_END:
            if at(10, 5) <= t < at(10, 50):
                t = at(10, 50, 31)
                L(
                    t,
                    "Clock change detected. Flushing caches.",
                    "Clock change detected. Flushing caches.",
                )
                t += sec(r.uniform(5, 30))
            if in_any(t, [dns_down]):
                outage(dns_down[0])
                t = dns_down[1] + sec(500)
                continue
            for _ in range(r.randint(2, 9)):
                name = r.choice(RS_NAMES)
                typ = r.choice(["A", "A", "AAAA", "SOA", "DS"])
                res = "no-signature" if r.random() < 0.7 else "failed-auxiliary"
                t = L(
                    t + sec(r.uniform(0.1, 40)),
                    "DNSSEC validation failed for question %s: %s",
                    f"DNSSEC validation failed for question {name} IN {typ}: {res}",
                )
            t = L(
                t,
                "Server %s does not support DNSSEC, downgrading to non-DNSSEC mode.",
                f"Server {RS_PROXY} does not support DNSSEC, downgrading to non-DNSSEC mode.",
            )
            t = degrade(t, "UDP+EDNS0", "UDP+EDNS0+DO", RS_PROXY)
            t = grace(t + sec(r.uniform(3, 9) * 60), "UDP+EDNS0+DO", RS_PROXY)


SYSTEMS = {
    "dhcpcd": dhcpcd,
    "systemd-networkd": networkd,
    "iwd": iwd,
    "connman": connman,
    "systemd-resolved": resolved,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
