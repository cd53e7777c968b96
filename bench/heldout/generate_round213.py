#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 213 (babeld, olsrd, igmpproxy, smcroute, udpxy) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five mesh and multicast routing daemons, 06:00 to
12:00 on 2024-06-07.

- babeld 1.12 on three OpenWrt routers (`gw-logread.log`, `ap1-logread.log`,
  `ap2-logread.log`: `logread` output, `Fri Jun  7 06:00:01 2024 daemon.err babeld[1432]:
  ...`, babeld's stderr captured by procd, with netifd's and procd's lines around it): the
  start-up warnings (`Warning: cannot save old configuration for %s.`, `Couldn't determine
  channel of interface %s: %s.`), ap2's mesh uplink down 07:10-07:40 (`send: Network is
  unreachable` every hello), a firewall reload on gw blocking babel 09:00-09:10 (`send:
  Operation not permitted`), route churn (`kernel_route(ADD): File exists`, `kernel_route(MODIFY
  metric): No such process`), a neighbour sending bad prefixes, a bad babeld.conf at 10:15 and
  procd's crash loop, interfaces flapping (`Noticed status change for %s.`, netifd's
  `Interface '%s' is now down` / `up`).
- olsrd 0.9.8 on three OpenWrt mesh nodes (`node1.log`, `node2.log`, `node3.log`, logread):
  the plugin loader's lines on each start (`---------- LOADING LIBRARY %s ----------` to
  `---------- LIBRARY %s LOADED ----------`), node3's radio link lost 08:00-08:40 (`OLSR: sendto
  IPv4 Network is unreachable`), node2's firewall 10:00-10:10 (`... Operation not permitted`),
  netlink route errors (`Error 'File exists' (%d) on inserting route to %s/%d via %s dev %s`),
  node2 restarted at 09:30 and again at 10:12.
- igmpproxy 0.3 on a Debian IPTV gateway (`syslog`, `Jun  7 06:00:01 gw1 igmpproxy[812]:
  ...`, started with -vv): the config parser's debug lines at start, six set-top boxes
  answering queries (`RECV V2 member report   from %-15s to %s`), channel changes (`RECV V2
  Leave message   from %-15s to %s`, `joinMcGroup: %s on %s`, `leaveMcGroup: %s on %s`,
  `Inserted route table entry for %s on VIF #%d`), SSDP from the LAN (`The source address %s
  for group %s, is not in any valid net for upstream VIF.`), `MRT_DEL_MFC; Errno(2): No such
  file or directory`, the PPPoE uplink down 09:20-09:35 (`sendto to %s from %s; Errno(101):
  Network is unreachable`) and a restart at 09:36.
- SMCRoute 2.5 on two multicast routers (`mr1.journal`, `mr2.journal`: `journalctl -o
  short-iso`, `2024-06-07T06:00:01+0000 mr1 smcrouted[611]: ...`): start-up, (*,G) routes set up
  on demand (`New multicast data from %s to group %s on VIF %d`, `Add %s -> %s from %s`), the
  cache timeout flushing them, a SIGHUP reload with a bad line, a camera VLAN missing on mr2.
- udpxy 1.0.25 on an IPTV head end (`udpxy.log`, its -l file with -S): clients accepted,
  relays started and ended with byte counts, clients going away, the client limit reached in
  the evening-like peak 10:30-11:00, a dead multicast source 08:50-09:05.

Label notes. The log heads are context: logread's date, facility.level and ident, the syslog and
journal heads, udpxy's date and pid. An errno's text inside a message (perror's `send: %s`,
igmpproxy's `; Errno(%d): %s`, olsrd's `%m`) contributes its own text; the errno number is a
variable. igmpproxy's packet kind is picked by switch and is wording, its `%-15s` padding
belongs to the format.

Least sure (written from the helper's knowledge, no source checked in this round): babeld's
`Noticed status change for %s.` and `Received prefix with no router id.`; olsrd's loader lines,
the `sendto IPv4` wording and the netlink error layout; igmpproxy's config debug lines, the
`Inserted route table entry` wording and the restart lines; SMCRoute's messages in general
(start-up, `Add %s -> %s from %s`, the flush and reload lines); udpxy's log head and all its
message wordings.
"""

from __future__ import annotations

import random
import sys
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate
from generate_round55 import poisson
from generate_round97 import Files, sec, syslog_ts


def at(h: int, m: int, s: int = 0) -> datetime:
    """An instant of 2024-06-07 (UTC), the day every system of the round runs."""
    return datetime(2024, 6, 7, h, m, s, tzinfo=UTC)


T0, T1 = at(6, 0), at(12, 0)


def logread_ts(t: datetime) -> str:
    return f"{t:%a %b} {t.day:2d} {t:%H:%M:%S %Y}"


def every(t0: datetime, t1: datetime, step: float, r: random.Random, jit: float = 0.3):
    t = t0
    while t < t1:
        yield t + sec(r.uniform(0, jit))
        t += sec(step)


# ----------------------------------------------------------------------------------- babeld


def babeld(r: random.Random) -> list[Log]:
    """Three OpenWrt routers running babeld over a wireless mesh (see the docstring)."""
    fs = Files()
    pids = {"gw": 1432, "ap1": 1388, "ap2": 1401}
    ifs = {"gw": ["br-lan", "wg0", "mesh0"], "ap1": ["mesh0", "wlan1"], "ap2": ["mesh0", "wlan1"]}

    def L(h: str, t: datetime, level: str, ident: str, label: str, msg: str) -> datetime:
        pid = pids[h] if ident == "babeld" else {"netifd": 1102, "procd": 1}[ident]
        return fs.add(
            f"{h}-logread.log",
            t,
            label,
            lambda x: [f"{logread_ts(x)} {level} {ident}[{pid}]: {msg}"],
            (h, ident),
            1_000_000,
        )

    def start(h: str, t: datetime) -> datetime:
        for i in ifs[h]:
            t = L(
                h,
                t,
                "daemon.err",
                "babeld",
                "Warning: cannot save old configuration for %s.",
                f"Warning: cannot save old configuration for {i}.",
            )
        for i in ifs[h]:
            if i.startswith("wlan") or i.startswith("mesh"):
                t = L(
                    h,
                    t,
                    "daemon.err",
                    "babeld",
                    "Couldn't determine channel of interface %s: %s.",
                    f"Couldn't determine channel of interface {i}: Operation not supported.",
                )
        return t

    for h in pids:
        start(h, T0 + sec(r.uniform(1, 20)))
    # route churn everywhere
    for h, mean in [("gw", 55), ("ap1", 90), ("ap2", 80)]:
        for t in poisson(r, T0, T1, mean):
            L(
                h,
                t,
                "daemon.err",
                "babeld",
                "kernel_route(ADD): File exists",
                "kernel_route(ADD): File exists",
            )
        for t in poisson(r, T0, T1, mean * 6):
            L(
                h,
                t,
                "daemon.err",
                "babeld",
                "kernel_route(MODIFY metric): No such process",
                "kernel_route(MODIFY metric): No such process",
            )
    # ap2's uplink down 07:10-07:40
    L(
        "ap2",
        at(7, 10, 2),
        "daemon.notice",
        "netifd",
        "Network device '%s' link is down",
        "Network device 'mesh0' link is down",
    )
    L(
        "ap2",
        at(7, 10, 2),
        "daemon.notice",
        "netifd",
        "Interface '%s' has link connectivity loss",
        "Interface 'mesh' has link connectivity loss",
    )
    L(
        "ap2",
        at(7, 10, 3),
        "daemon.err",
        "babeld",
        "Noticed status change for %s.",
        "Noticed status change for mesh0.",
    )
    for t in every(at(7, 10, 4), at(7, 40), 1.6, r):
        L(
            "ap2",
            t,
            "daemon.err",
            "babeld",
            "send: Network is unreachable",
            "send: Network is unreachable",
        )
    L(
        "ap2",
        at(7, 40, 1),
        "daemon.notice",
        "netifd",
        "Network device '%s' link is up",
        "Network device 'mesh0' link is up",
    )
    L(
        "ap2",
        at(7, 40, 1),
        "daemon.notice",
        "netifd",
        "Interface '%s' has link connectivity",
        "Interface 'mesh' has link connectivity",
    )
    L(
        "ap2",
        at(7, 40, 2),
        "daemon.err",
        "babeld",
        "Noticed status change for %s.",
        "Noticed status change for mesh0.",
    )
    # wlan flaps on ap1
    for t in poisson(r, T0, T1, 1500):
        L(
            "ap1",
            t,
            "daemon.notice",
            "netifd",
            "Network device '%s' link is down",
            "Network device 'wlan1' link is down",
        )
        L(
            "ap1",
            t + sec(1),
            "daemon.err",
            "babeld",
            "Noticed status change for %s.",
            "Noticed status change for wlan1.",
        )
        L(
            "ap1",
            t + sec(r.uniform(4, 30)),
            "daemon.notice",
            "netifd",
            "Network device '%s' link is up",
            "Network device 'wlan1' link is up",
        )
        L(
            "ap1",
            t + sec(31),
            "daemon.err",
            "babeld",
            "Noticed ifindex change for %s.",
            "Noticed ifindex change for wlan1.",
        )
    # firewall on gw 09:00-09:10
    L(
        "gw",
        at(9, 0, 0),
        "user.notice",
        "netifd",
        "Interface '%s' is now down",
        "Interface 'wg' is now down",
    )
    for t in every(at(9, 0, 1), at(9, 10), 2.1, r):
        L(
            "gw",
            t,
            "daemon.err",
            "babeld",
            "send: Operation not permitted",
            "send: Operation not permitted",
        )
    L(
        "gw",
        at(9, 10, 3),
        "user.notice",
        "netifd",
        "Interface '%s' is now up",
        "Interface 'wg' is now up",
    )
    # a neighbour sending bad prefixes
    for t in poisson(r, at(8, 20), at(8, 50), 120):
        L(
            "gw",
            t,
            "daemon.err",
            "babeld",
            "Received prefix with no router id.",
            "Received prefix with no router id.",
        )
    # bad config on gw at 10:15
    t = at(10, 15, 7)
    for n in range(3):
        t = L(
            "gw",
            t + sec(r.uniform(1, 5)),
            "daemon.err",
            "babeld",
            "Couldn't parse configuration from file %s (error at line %d).",
            "Couldn't parse configuration from file /var/etc/babeld.conf (error at line 14).",
        )
        if n == 2:
            L(
                "gw",
                t + sec(1),
                "daemon.info",
                "procd",
                "Instance %s::%s s in a crash loop %d crashes, %ld seconds since last crash",
                "Instance babeld::instance1 s in a crash loop 6 crashes, 0 seconds since last crash",
            )
    t = L(
        "gw",
        at(10, 21, 40),
        "daemon.err",
        "babeld",
        "Warning: couldn't find router id -- using random value.",
        "Warning: couldn't find router id -- using random value.",
    )
    start("gw", t)
    L(
        "gw",
        t + sec(2),
        "daemon.err",
        "babeld",
        "kernel_route(FLUSH): No such process",
        "kernel_route(FLUSH): No such process",
    )
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ olsrd

OLSR_PLUGINS = ["olsrd_txtinfo.so.1.1", "olsrd_jsoninfo.so.1.1", "olsrd_nameservice.so.0.4"]


def olsrd(r: random.Random) -> list[Log]:
    """Three OpenWrt mesh nodes running olsrd (see the docstring)."""
    fs = Files()
    pids = {"node1": 1821, "node2": 1790, "node3": 1812}
    ips = {"node1": "10.11.0.1", "node2": "10.11.0.2", "node3": "10.11.0.3"}

    def L(h: str, t: datetime, level: str, label: str, msg: str) -> datetime:
        return fs.add(
            f"{h}.log",
            t,
            label,
            lambda x: [f"{logread_ts(x)} {level} olsrd[{pids[h]}]: {msg}"],
            h,
            1_000_000,
        )

    def start(h: str, t: datetime) -> None:
        for p in OLSR_PLUGINS:
            for label, msg in [
                (
                    "---------- LOADING LIBRARY %s ----------",
                    f"---------- LOADING LIBRARY {p} ----------",
                ),
                (
                    "Checking plugin interface version: %d - OK",
                    "Checking plugin interface version: 5 - OK",
                ),
                (
                    "Trying to fetch plugin init function: OK",
                    "Trying to fetch plugin init function: OK",
                ),
                (
                    "Trying to fetch parameter table and it's size... ",
                    "Trying to fetch parameter table and it's size... ",
                ),
                ("Running plugin_init function...", "Running plugin_init function..."),
                (
                    "---------- LIBRARY %s LOADED ----------",
                    f"---------- LIBRARY {p} LOADED ----------",
                ),
            ]:
                t = L(h, t, "daemon.info", label, msg)
        L(
            h,
            t + sec(1),
            "daemon.notice",
            "olsr.org - %s successfully started",
            "olsr.org - 0.9.8-git_0000000-hash_5b1b4b8d successfully started",
        )

    for h in pids:
        start(h, T0 + sec(r.uniform(2, 30)))
    others = {h: [x for x in ips if x != h] for h in ips}
    for h, mean in [("node1", 80), ("node2", 100), ("node3", 120)]:
        for t in poisson(r, T0 + sec(60), T1, mean):
            o = r.choice(others[h])
            pre = f"10.{r.choice([11, 20, 21, 30])}.{r.randint(0, 9)}.0"
            if h == "node3" and at(8, 0) <= t < at(8, 40):
                L(
                    h,
                    t,
                    "daemon.err",
                    "Error 'Network is unreachable' (%d) on inserting route to %s/%d via %s dev %s",
                    f"Error 'Network is unreachable' (101) on inserting route to {pre}/24 via {ips[o]} dev wlan0",
                )
            else:
                L(
                    h,
                    t,
                    "daemon.err",
                    "Error 'File exists' (%d) on inserting route to %s/%d via %s dev %s",
                    f"Error 'File exists' (17) on inserting route to {pre}/24 via {ips[o]} dev wlan0",
                )
        for t in poisson(r, T0 + sec(60), T1, mean * 3):
            o = r.choice(others[h])
            L(
                h,
                t,
                "daemon.err",
                "Error 'No such process' (%d) on deleting route to %s/%d via %s dev %s",
                f"Error 'No such process' (3) on deleting route to {ips[o]}/32 via {ips[o]} dev wlan0",
            )
    L("node3", at(8, 0, 1), "daemon.notice", "Removing interface %s", "Removing interface wlan0")
    for o in others["node3"]:
        L(
            "node3",
            at(8, 0, 1),
            "daemon.err",
            "Error 'No such device' (%d) on deleting route to %s/%d via %s dev %s",
            f"Error 'No such device' (19) on deleting route to {ips[o]}/32 via {ips[o]} dev wlan0",
        )
    for t in every(at(8, 0, 2), at(8, 40), 3.0, r, 0.5):
        L(
            "node3",
            t,
            "daemon.err",
            "OLSR: sendto IPv4 Network is unreachable",
            "OLSR: sendto IPv4 Network is unreachable",
        )
    L("node3", at(8, 40, 3), "daemon.notice", "Adding interface %s", "Adding interface wlan0")
    # node2 restarted at 09:30 (upgrade) and 10:12 (after the firewall)
    L(
        "node2",
        at(9, 29, 58),
        "daemon.notice",
        "olsr.org - %s stopped",
        "olsr.org - 0.9.8-git_0000000-hash_5b1b4b8d stopped",
    )
    pids["node2"] = 3377
    start("node2", at(9, 30, 4))
    for t in every(at(10, 0, 1), at(10, 10), 2.0, r, 0.5):
        L(
            "node2",
            t,
            "daemon.err",
            "OLSR: sendto IPv4 Operation not permitted",
            "OLSR: sendto IPv4 Operation not permitted",
        )
    L(
        "node2",
        at(10, 11, 58),
        "daemon.notice",
        "olsr.org - %s stopped",
        "olsr.org - 0.9.8-git_0000000-hash_5b1b4b8d stopped",
    )
    pids["node2"] = 4120
    start("node2", at(10, 12, 5))
    return fs.logs(T0)


# -------------------------------------------------------------------------------- igmpproxy


def igmpproxy(r: random.Random) -> list[Log]:
    """An IPTV gateway's igmpproxy (see the docstring)."""
    fs = Files()
    st = {"pid": 812}

    def L(t: datetime, label: str, msg: str) -> datetime:
        pid = st["pid"]
        return fs.add(
            "syslog",
            t,
            label,
            lambda x: [f"{syslog_ts(x)} gw1 igmpproxy[{pid}]: {msg}"],
            pid,
            1_000_000,
        )

    def start(t: datetime) -> None:
        for label, msg in [
            (
                "Searching for config file at '%s'",
                "Searching for config file at '/etc/igmpproxy.conf'",
            ),
            ("Config: Quick leave mode enabled.", "Config: Quick leave mode enabled."),
            ("Config: IF: Config for interface %s.", "Config: IF: Config for interface ppp0."),
            ("Config: IF: Got upstream token.", "Config: IF: Got upstream token."),
            ("Config: IF: Got altnet token %s.", "Config: IF: Got altnet token 0.0.0.0/0."),
            ("Config: IF: Config for interface %s.", "Config: IF: Config for interface eth1."),
            ("Config: IF: Got downstream token.", "Config: IF: Got downstream token."),
            (
                "Got %d byte send buffer size in %d iterations",
                "Got 262144 byte send buffer size in 0 iterations",
            ),
            (
                "adding VIF, Ix %d Fl 0x%x IP 0x%08x %s, Threshold: %d, Ratelimit: %d",
                "adding VIF, Ix 0 Fl 0x0 IP 0x020340641 ppp0, Threshold: 1, Ratelimit: 0",
            ),
            (
                "adding VIF, Ix %d Fl 0x%x IP 0x%08x %s, Threshold: %d, Ratelimit: %d",
                "adding VIF, Ix 1 Fl 0x0 IP 0x010aa8c0 eth1, Threshold: 1, Ratelimit: 0",
            ),
        ]:
            t = L(t, label, msg)

    start(T0 + sec(3))
    stbs = [f"192.168.10.{n}" for n in (21, 22, 23, 35, 41, 57)]
    chans = [
        f"239.{a}.{b}.{c}"
        for a, b, c in [
            (1, 1, 1),
            (1, 1, 2),
            (1, 1, 5),
            (1, 2, 10),
            (1, 2, 14),
            (1, 3, 3),
            (2, 0, 7),
            (2, 0, 9),
        ]
    ]
    cur = {s: r.choice(chans) for s in stbs}
    up_down = (at(9, 20), at(9, 36))
    for t in every(T0 + sec(10), T1, 125, r, 1.0):
        L(
            t,
            "RECV Membership query   from %-15s to %s",
            f"RECV Membership query   from {'192.168.10.1':<15} to 224.0.0.1",
        )
        for s in stbs:
            if r.random() < 0.92:
                L(
                    t + sec(r.uniform(0.1, 9)),
                    "RECV V2 member report   from %-15s to %s",
                    f"RECV V2 member report   from {s:<15} to {cur[s]}",
                )
    for t in poisson(r, T0, T1, 160):
        s = r.choice(stbs)
        old, new = cur[s], r.choice(chans)
        if new == old:
            continue
        cur[s] = new
        t = L(
            t,
            "RECV V2 Leave message   from %-15s to %s",
            f"RECV V2 Leave message   from {s:<15} to 224.0.0.2",
        )
        if old not in cur.values():
            t = L(t, "leaveMcGroup: %s on %s", f"leaveMcGroup: {old} on ppp0")
            if up_down[0] <= t < up_down[1] or r.random() < 0.25:
                L(
                    t,
                    "MRT_DEL_MFC; Errno(%d): No such file or directory",
                    "MRT_DEL_MFC; Errno(2): No such file or directory",
                )
        t = L(
            t + sec(r.uniform(0.2, 1.5)),
            "RECV V2 member report   from %-15s to %s",
            f"RECV V2 member report   from {s:<15} to {new}",
        )
        if list(cur.values()).count(new) == 1:
            t = L(
                t,
                "Inserted route table entry for %s on VIF #%d",
                f"Inserted route table entry for {new} on VIF #1",
            )
            t = L(t, "joinMcGroup: %s on %s", f"joinMcGroup: {new} on ppp0")
            if up_down[0] <= t < up_down[1]:
                L(
                    t,
                    "sendto to %s from %s; Errno(%d): Network is unreachable",
                    f"sendto to {new} from 100.64.3.2; Errno(101): Network is unreachable",
                )
    lan = ["192.168.10.100", "192.168.10.104", "192.168.10.117", "192.168.10.130", "192.168.10.9"]
    for t in poisson(r, T0, T1, 60):
        g = "239.255.255.250" if r.random() < 0.85 else "224.0.0.251"
        L(
            t,
            "The source address %s for group %s, is not in any valid net for upstream VIF.",
            f"The source address {r.choice(lan)} for group {g}, is not in any valid net for upstream VIF.",
        )
    for t in every(up_down[0], up_down[1], 10, r, 0.5):
        L(
            t,
            "sendto to %s from %s; Errno(%d): Network is unreachable",
            "sendto to 224.0.0.22 from 100.64.3.2; Errno(101): Network is unreachable",
        )
    for t in poisson(r, T0, T1, 1200):
        L(
            t,
            "Route activation request from %s for %s is from myself. Ignoring.",
            f"Route activation request from 192.168.10.1 for {r.choice(chans)} is from myself. Ignoring.",
        )
    L(at(9, 36, 10), "Shutdown complete....", "Shutdown complete....")
    st["pid"] = 4471
    start(at(9, 36, 12))
    return fs.logs(T0)


# --------------------------------------------------------------------------------- smcroute


def smcroute(r: random.Random) -> list[Log]:
    """Two multicast routers running smcrouted (see the docstring)."""
    fs = Files()
    pids = {"mr1": 611, "mr2": 598}

    def L(h: str, t: datetime, label: str, msg: str) -> datetime:
        pid = pids[h]
        return fs.add(
            f"{h}.journal",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%dT%H:%M:%S}+0000 {h} smcrouted[{pid}]: {msg}"],
            (h, pid),
            1_000_000,
        )

    def start(h: str, t: datetime, bad: bool = False) -> datetime:
        t = L(h, t, "smcrouted v%s started", "smcrouted v2.5.6 started")
        t = L(
            h, t, "Loading configuration from %s", "Loading configuration from /etc/smcroute.conf"
        )
        if h == "mr2":
            t = L(
                h,
                t,
                "%s:%d: Interface %s not found, skipping",
                "/etc/smcroute.conf:9: Interface eth3.40 not found, skipping",
            )
        if bad:
            t = L(
                h,
                t,
                "%s:%d: Unknown command %s, skipping",
                "/etc/smcroute.conf:17: Unknown command mroutee, skipping",
            )
        for g in ["239.20.1.1", "239.20.1.2", "239.20.2.1"]:
            if h == "mr2" and g.startswith("239.20.2."):
                t = L(
                    h,
                    t,
                    "Failed joining group %s on %s: %s",
                    f"Failed joining group {g} on eth3.40: No such device",
                )
            else:
                t = L(h, t, "Join multicast group %s on %s", f"Join multicast group {g} on eth1")
        return L(
            h,
            t,
            "Ready, waiting for client request or kernel event.",
            "Ready, waiting for client request or kernel event.",
        )

    for h in pids:
        start(h, T0 + sec(r.uniform(1, 20)))
    srcs = {"mr1": ["10.20.1.11", "10.20.1.12", "10.20.1.13"], "mr2": ["10.30.4.21", "10.30.4.22"]}
    groups = [f"239.20.{a}.{b}" for a in (1, 2) for b in range(1, 9)]
    vif = {"mr1": ("eth1", 1, "eth2 eth3"), "mr2": ("eth1", 1, "eth2")}
    for h, mean in [("mr1", 35), ("mr2", 60)]:
        for t in poisson(r, T0, T1, mean):
            s, g = r.choice(srcs[h]), r.choice(groups)
            iif, v, oifs = vif[h]
            t = L(
                h,
                t,
                "New multicast data from %s to group %s on VIF %d",
                f"New multicast data from {s} to group {g} on VIF {v}",
            )
            if h == "mr2" and g.startswith("239.20.2.") and r.random() < 0.5:
                L(
                    h,
                    t,
                    "Failed adding (%s,%s) to kernel: No such device",
                    f"Failed adding ({s},{g}) to kernel: No such device",
                )
            else:
                L(h, t, "Add %s -> %s from %s", f"Add ({s},{g}) -> {oifs} from {iif}")
    for h in pids:
        for t in every(T0 + sec(30), T1, 120, r, 0.2):
            n = r.randint(0, 9)
            L(h, t, "Flushing %d unused (*,G) routes", f"Flushing {n} unused (*,G) routes")
    # a SIGHUP reload on mr1 with a typo, then fixed
    t = L(
        "mr1",
        at(9, 45, 3),
        "Got SIGHUP, reloading %s ...",
        "Got SIGHUP, reloading /etc/smcroute.conf ...",
    )
    t = L(
        "mr1",
        t,
        "%s:%d: Unknown command %s, skipping",
        "/etc/smcroute.conf:17: Unknown command mroutee, skipping",
    )
    L("mr1", t, "Reloading configuration done.", "Reloading configuration done.")
    t = L(
        "mr1",
        at(9, 52, 40),
        "Got SIGHUP, reloading %s ...",
        "Got SIGHUP, reloading /etc/smcroute.conf ...",
    )
    L("mr1", t, "Reloading configuration done.", "Reloading configuration done.")
    # mr2 restarted at 11:05
    t = L("mr2", at(11, 5, 1), "Got SIGTERM, exiting.", "Got SIGTERM, exiting.")
    for g in ["239.20.1.1", "239.20.1.2"]:
        t = L("mr2", t, "Leave multicast group %s on %s", f"Leave multicast group {g} on eth1")
    pids["mr2"] = 2290
    start("mr2", at(11, 5, 3))
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ udpxy


def udpxy(r: random.Random) -> list[Log]:
    """One udpxy relaying IPTV multicast to HTTP clients (see the docstring)."""
    fs = Files()
    main = 1187

    def L(t: datetime, pid: int, label: str, msg: str) -> datetime:
        return fs.add(
            "udpxy.log",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%d %H:%M:%S}.{x.microsecond:06d} udpxy[{pid}]: {msg}"],
            pid,
            1,
        )

    L(
        T0 + sec(1.3),
        main,
        "%s is running, listening on %s:%d",
        "udpxy 1.0.25 (prod) standard [Linux 6.1.0-21-amd64 x86_64] is running, listening on 0.0.0.0:4022",
    )
    clients = [f"192.168.20.{n}" for n in (11, 12, 15, 31, 44, 45, 67, 70, 88, 102)]
    groups = [f"239.1.{a}.{b}:1234" for a, b in [(1, 1), (1, 2), (1, 5), (2, 10), (2, 14), (3, 3)]]
    active = 0
    nxt = 2000
    for t in poisson(r, T0, T1, 50):
        mp = main if t < at(9, 6, 12) else 2917
        c, port, g = r.choice(clients), r.randint(40000, 65000), r.choice(groups)
        if r.random() < 0.12:
            L(t, mp, "Accepted connection from %s:%d", f"Accepted connection from {c}:{port}")
            if r.random() < 0.5:
                L(
                    t,
                    mp,
                    "Bad request [%s] from %s:%d, closing",
                    f"Bad request [GET /status HTTP/1.1] from {c}:{port}, closing",
                )
            else:
                L(
                    t,
                    mp,
                    "Invalid multicast address [%s] from %s:%d",
                    f"Invalid multicast address [239.1.300.1:1234] from {c}:{port}",
                )
            continue
        peak = at(10, 30) <= t < at(11, 0)
        t = L(t, mp, "Accepted connection from %s:%d", f"Accepted connection from {c}:{port}")
        if peak and r.random() < 0.5:
            L(
                t,
                mp,
                "Max clients (%d) reached, rejecting %s:%d",
                f"Max clients (16) reached, rejecting {c}:{port}",
            )
            continue
        nxt += r.randint(1, 40)
        pid = nxt
        active += 1
        t = L(
            t,
            mp,
            "Client process [%d] started for %s:%d",
            f"Client process [{pid}] started for {c}:{port}",
        )
        t = L(
            t + sec(0.001),
            pid,
            "Relaying UDP [%s] to client %s:%d",
            f"Relaying UDP [{g}] to client {c}:{port}",
        )
        dead = at(8, 50) <= t < at(9, 5) and g == "239.1.2.10:1234"
        if dead:
            L(
                t + sec(5),
                pid,
                "No data from [%s] in %d sec, closing",
                f"No data from [{g}] in 5 sec, closing",
            )
            L(
                t + sec(5.01),
                mp,
                "Client process [%d] exited with status %d",
                f"Client process [{pid}] exited with status 1",
            )
            continue
        dur = r.expovariate(1 / 300)
        end = t + sec(dur)
        mb = int(dur * r.uniform(0.9, 1.2) * 1_000_000)
        why = r.random()
        if why < 0.5:
            L(end, pid, "write to client: Broken pipe", "write to client: Broken pipe")
        elif why < 0.7:
            L(
                end,
                pid,
                "write to client: Connection reset by peer",
                "write to client: Connection reset by peer",
            )
        else:
            L(end, pid, "Client %s:%d closed connection", f"Client {c}:{port} closed connection")
        for k in range(1, int(dur // 300) + 1):
            L(
                t + sec(300 * k),
                pid,
                "Renewed multicast subscription for [%s]",
                f"Renewed multicast subscription for [{g}]",
            )
        L(
            end + sec(0.0001),
            pid,
            "Relay ended: %lld bytes sent in %.1f sec",
            f"Relay ended: {mb} bytes sent in {dur:.1f} sec",
        )
        L(
            end + sec(0.001),
            mp,
            "Client process [%d] exited with status %d",
            f"Client process [{pid}] exited with status 0",
        )
    t = L(at(9, 6, 12), main, "Received signal [%d], exiting", "Received signal [15], exiting")
    for k in (2301, 2318, 2342):
        t = L(t, main, "Terminating client process [%d]", f"Terminating client process [{k}]")
    L(
        t + sec(0.8),
        2917,
        "%s is running, listening on %s:%d",
        "udpxy 1.0.25 (prod) standard [Linux 6.1.0-21-amd64 x86_64] is running, listening on 0.0.0.0:4022",
    )
    return fs.logs(T0)


SYSTEMS = {
    "babeld": babeld,
    "olsrd": olsrd,
    "igmpproxy": igmpproxy,
    "smcroute": smcroute,
    "udpxy": udpxy,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
