#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of bench/heldout/ and their labels (bench/README.md, "heldout.py").

Each system's log is written the way that program prints it, from its source's format strings,
over a simulated run (seeded, so reruns are byte-identical); every line the program starts an
event with is labelled at the moment it is written with the format string that wrote it. Run it
only to change the data on purpose: `python bench/heldout/generate.py [SYSTEM ...]` rewrites the
system directories.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent


class Log:
    """Lines of one log file, each with its template id (None: the continuation of an event)."""

    def __init__(self, name: str, start: datetime):
        self.name = name
        self.t = start
        self.lines: list[tuple[str, str | None]] = []

    def tick(self, r: random.Random, lo: float, hi: float) -> datetime:
        self.t += timedelta(seconds=r.uniform(lo, hi))
        return self.t

    def add(self, text: str, tid: str | None) -> None:
        self.lines.append((text, tid))


def write(system: str, logs: list[Log]) -> None:
    out = HERE / system
    out.mkdir(exist_ok=True)
    for old in out.iterdir():
        old.unlink()
    labels = ["file\tline\ttemplate"]
    for log in logs:
        with open(out / log.name, "w", encoding="utf-8") as f:
            for n, (text, tid) in enumerate(log.lines, 1):
                f.write(text + "\n")
                if tid is not None:
                    assert tid and "\t" not in tid and "\n" not in tid, tid
                    labels.append(f"{log.name}\t{n}\t{tid}")
    (out / "labels.tsv").write_text("\n".join(labels) + "\n", encoding="utf-8")
    print(f"{system}: {sum(len(x.lines) for x in logs)} lines in {len(logs)} file(s)")


def syslog_ts(t: datetime) -> str:
    return f"{t:%b} {t.day:2d} {t:%H:%M:%S}"


def pick(r: random.Random, table: list[tuple[float, Callable[[], None]]]) -> None:
    """Run one of `table`'s actions, chosen by weight."""
    x = r.uniform(0, sum(w for w, _ in table))
    for w, fn in table:
        x -= w
        if x <= 0:
            fn()
            return
    table[-1][1]()


def mac(r: random.Random) -> str:
    return ":".join(f"{r.randrange(256):02x}" for _ in range(6))


def hexid(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def alnum(r: random.Random, n: int) -> str:
    chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    return "".join(r.choice(chars) for _ in range(n))


# An IPv4 address, under `prefix` if given (`10.0`): the rounds' hosts and clients.
def ip4(r: random.Random, prefix: str = "") -> str:
    parts = prefix.split(".") if prefix else []
    while len(parts) < 4:
        parts.append(str(r.randrange(1, 255)))
    return ".".join(parts)


# A random (version 4) UUID.
def uuid4(r: random.Random) -> str:
    h = hexid(r, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{r.choice('89ab')}{h[17:20]}-{h[20:]}"


# --------------------------------------------------------------------------------- dnsmasq

DOMAINS = [
    "api.github.com",
    "www.google.com",
    "fonts.gstatic.com",
    "connectivity-check.ubuntu.com",
    "time.cloudflare.com",
    "ocsp.digicert.com",
    "update.googleapis.com",
    "www.wikipedia.org",
    "mail.protonmail.ch",
    "registry-1.docker.io",
    "auth.docker.io",
    "pypi.org",
    "files.pythonhosted.org",
    "deb.debian.org",
    "security.debian.org",
    "graph.facebook.com",
    "i.ytimg.com",
    "www.youtube.com",
    "clients4.google.com",
    "s3.eu-central-1.amazonaws.com",
    "cdn.jsdelivr.net",
    "settings-win.data.microsoft.com",
    "login.microsoftonline.com",
    "ntp.ubuntu.com",
    "play.googleapis.com",
    "mtalk.google.com",
    "weather.example-widgets.net",
    "status.slack-edge.com",
    "app.slack.com",
    "edge-chat.facebook.com",
    "push.apple.com",
    "gateway.icloud.com",
    "netflix.com",
    "nrdp.prod.ftl.netflix.com",
    "api.spotify.com",
]
CDN_CNAMES = {
    "www.youtube.com": "youtube-ui.l.google.com",
    "i.ytimg.com": "ytimg.l.google.com",
    "cdn.jsdelivr.net": "jsdelivr.map.fastly.net",
    "api.spotify.com": "edge-web.dual-gslb.spotify.com",
    "app.slack.com": "app.slack.com.cdn.cloudflare.net",
    "settings-win.data.microsoft.com": "atm-settingsfe-prod-geo2.trafficmanager.net",
    "netflix.com": "netflix.com.edgesuite.net",
    "registry-1.docker.io": "registry-1.docker.io.cdn.cloudflare.net",
}
LOCAL_HOSTS = {"nas.lan": "192.168.10.5", "printer.lan": "192.168.10.9", "gw.lan": "192.168.10.1"}
CLIENTS = {
    "laptop-anna": "192.168.10.23",
    "pixel-7": "192.168.10.41",
    "tv-livingroom": "192.168.10.57",
    "desktop-marco": "192.168.10.31",
    "ipad-kids": "192.168.10.64",
    "esp32-boiler": "192.168.10.80",
    "thinkpad-work": "192.168.10.112",
    "raspberrypi": "192.168.10.7",
}


def dnsmasq(r: random.Random) -> list[Log]:
    log = Log("dnsmasq.log", datetime(2024, 3, 11, 6, 25, 2, tzinfo=UTC))
    pid = 1043
    macs = {name: mac(r) for name in CLIENTS}
    cache: set[str] = set()
    ips = {
        d: f"{r.choice([104, 142, 151, 172, 185, 199])}.{r.randrange(1, 255)}.{r.randrange(256)}.{r.randrange(1, 255)}"
        for d in DOMAINS
    }
    for d in CDN_CNAMES.values():
        ips[d] = (
            f"{r.choice([142, 151, 23])}.{r.randrange(1, 255)}.{r.randrange(256)}.{r.randrange(1, 255)}"
        )

    def emit(tid: str, msg: str, dhcp: bool = False) -> None:
        ident = "dnsmasq-dhcp" if dhcp else "dnsmasq"
        log.add(f"{syslog_ts(log.t)} {ident}[{pid}]: {msg}", tid)

    def startup() -> None:
        emit("started, version %s cachesize %d", "started, version 2.89 cachesize 1000")
        emit(
            "compile time options: %s",
            "compile time options: IPv6 GNU-getopt DBus no-UBus i18n IDN2 DHCP DHCPv6 no-Lua TFTP conntrack ipset nftset auth cryptohash DNSSEC loop-detect inotify dumpfile",
        )
        emit(
            "DHCP, IP range %s -- %s, lease time %s",
            "DHCP, IP range 192.168.10.100 -- 192.168.10.199, lease time 12h",
            True,
        )
        emit(
            "DHCP, sockets bound exclusively to interface %s",
            "DHCP, sockets bound exclusively to interface br-lan",
            True,
        )
        resolv()
        emit("read %s - %d names", "read /etc/hosts - 7 names")
        emit("read %s - %d names", "read /etc/dnsmasq.hosts - 12 names")
        emit("read %s - %d addresses", "read /etc/ethers - 4 addresses", True)

    def resolv() -> None:
        emit("reading %s", "reading /etc/resolv.conf")
        emit(
            "using nameserver %s#%d for domain %s",
            "using nameserver 10.20.0.53#53 for domain corp.example.net",
        )
        emit(
            "using nameserver %s#%d for domain %s",
            "using nameserver 10.20.0.53#53 for domain 20.10.in-addr.arpa",
        )
        emit(
            "using only locally-known addresses for domain %s",
            "using only locally-known addresses for domain lan",
        )
        for ns in ("1.1.1.1", "9.9.9.9"):
            emit("using nameserver %s#%d", f"using nameserver {ns}#53")

    def answer(kind: str, name: str) -> None:
        # kind: reply or cached
        if name in CDN_CNAMES:
            emit(f"{kind} %s is <CNAME>", f"{kind} {name} is <CNAME>")
            name = CDN_CNAMES[name]
        for _ in range(r.choice([1, 1, 1, 2, 4])):
            a = ips[name].rsplit(".", 1)[0] + f".{r.randrange(1, 255)}"
            emit(f"{kind} %s is %s", f"{kind} {name} is {a}")

    def query() -> None:
        client = r.choice(list(CLIENTS))
        src = CLIENTS[client]
        roll = r.random()
        if roll < 0.08:  # a local name
            name = r.choice(list(LOCAL_HOSTS))
            emit("query[%s] %s from %s", f"query[A] {name} from {src}")
            emit("%s %s is %s (hosts file)", f"/etc/dnsmasq.hosts {name} is {LOCAL_HOSTS[name]}")
            return
        if roll < 0.14:  # a DHCP client's name, forward or reverse
            other = r.choice(list(CLIENTS))
            if r.random() < 0.5:
                emit("query[%s] %s from %s", f"query[A] {other}.lan from {src}")
                emit("DHCP %s is %s", f"DHCP {other}.lan is {CLIENTS[other]}")
            else:
                rev = ".".join(reversed(CLIENTS[other].split("."))) + ".in-addr.arpa"
                emit("query[%s] %s from %s", f"query[PTR] {rev} from {src}")
                emit("DHCP %s is %s", f"DHCP {CLIENTS[other]} is {other}.lan")
            return
        if roll < 0.17:  # blocked by address=/.../
            name = r.choice(
                [
                    "ads.doubleclick.net",
                    "pagead2.googlesyndication.com",
                    "telemetry.tv-vendor.example",
                    "app-measurement.com",
                ]
            )
            emit("query[%s] %s from %s", f"query[A] {name} from {src}")
            emit("config %s is %s", f"config {name} is 0.0.0.0")
            return
        if roll < 0.20:  # the corporate domain, over the VPN's server
            name = r.choice(["wiki", "git", "jira", "vpn-gw", "ldap01"]) + ".corp.example.net"
            emit("query[%s] %s from %s", f"query[A] {name} from {src}")
            emit("forwarded %s to %s", f"forwarded {name} to 10.20.0.53")
            if name.startswith("ldap01") or r.random() < 0.2:
                emit("reply %s is NXDOMAIN", f"reply {name} is NXDOMAIN")
            else:
                emit(
                    "reply %s is %s",
                    f"reply {name} is 10.20.{r.randrange(1, 9)}.{r.randrange(2, 250)}",
                )
            return
        if roll < 0.23:  # a typo or a dead name
            name = r.choice(
                [
                    "gogle.com",
                    "wpad.lan",
                    "printer.local",
                    "isatap.lan",
                    "localhost.lan",
                    "api.githbu.com",
                ]
            )
            emit("query[%s] %s from %s", f"query[A] {name} from {src}")
            if name.endswith(".lan"):
                emit("config %s is NXDOMAIN", f"config {name} is NXDOMAIN")
            else:
                emit(
                    "forwarded %s to %s", f"forwarded {name} to {r.choice(['1.1.1.1', '9.9.9.9'])}"
                )
                emit("reply %s is NXDOMAIN", f"reply {name} is NXDOMAIN")
            return
        name = r.choice(DOMAINS)
        qtype = r.choices(["A", "AAAA", "HTTPS"], [6, 3, 1])[0]
        emit("query[%s] %s from %s", f"query[{qtype}] {name} from {src}")
        key = f"{qtype} {name}"
        if key in cache and r.random() < 0.7:
            if qtype == "A":
                answer("cached", name)
            elif qtype == "AAAA":
                if name in ("ntp.ubuntu.com", "deb.debian.org", "auth.docker.io"):
                    emit("cached %s is NODATA-IPv6", f"cached {name} is NODATA-IPv6")
                else:
                    emit("cached %s is %s", f"cached {name} is {v6(r)}")
            else:
                emit("cached %s is NODATA", f"cached {name} is NODATA")
            return
        cache.add(key)
        emit("forwarded %s to %s", f"forwarded {name} to {r.choice(['1.1.1.1', '9.9.9.9'])}")
        if qtype == "A":
            answer("reply", name)
        elif qtype == "AAAA":
            if name in ("ntp.ubuntu.com", "deb.debian.org", "auth.docker.io"):
                emit("reply %s is NODATA-IPv6", f"reply {name} is NODATA-IPv6")
            else:
                if name in CDN_CNAMES:
                    emit("reply %s is <CNAME>", f"reply {name} is <CNAME>")
                    name = CDN_CNAMES[name]
                emit("reply %s is %s", f"reply {name} is {v6(r)}")
        else:
            emit("reply %s is NODATA", f"reply {name} is NODATA")

    def dhcp(full: bool) -> None:
        client = r.choice(list(CLIENTS))
        ip, m = CLIENTS[client], macs[client]
        iface = "br-lan"
        if full:
            emit("DHCPDISCOVER(%s) %s", f"DHCPDISCOVER({iface}) {m}", True)
            emit("DHCPOFFER(%s) %s %s", f"DHCPOFFER({iface}) {ip} {m}", True)
        emit("DHCPREQUEST(%s) %s %s", f"DHCPREQUEST({iface}) {ip} {m}", True)
        if client == "esp32-boiler":
            emit("DHCPACK(%s) %s %s %s", f"DHCPACK({iface}) {ip} {m}", True)  # it sends no name
        else:
            emit("DHCPACK(%s) %s %s %s", f"DHCPACK({iface}) {ip} {m} {client}", True)

    def guest_dhcp() -> None:
        m = mac(r)
        ip = f"192.168.20.{r.randrange(100, 200)}"
        emit("DHCPDISCOVER(%s) %s", f"DHCPDISCOVER(wlan-guest) {m}", True)
        emit("DHCPOFFER(%s) %s %s", f"DHCPOFFER(wlan-guest) {ip} {m}", True)
        emit("DHCPREQUEST(%s) %s %s", f"DHCPREQUEST(wlan-guest) {ip} {m}", True)
        name = r.choice(
            ["Galaxy-S23", "iPhone", "android-" + hexid(r, 16), "DESKTOP-" + alnum(r, 7).upper()]
        )
        emit("DHCPACK(%s) %s %s %s", f"DHCPACK(wlan-guest) {ip} {m} {name}", True)

    def stats() -> None:
        emit("time %lu", f"time {int(log.t.timestamp())}")
        emit(
            "cache size %d, %d/%d cache insertions re-used unexpired cache entries.",
            f"cache size 1000, 0/{r.randrange(900, 3000)} cache insertions re-used unexpired cache entries.",
        )
        emit(
            "queries forwarded %u, queries answered locally %u",
            f"queries forwarded {r.randrange(800, 2500)}, queries answered locally {r.randrange(2500, 9000)}",
        )
        emit("queries for authoritative zones %u", "queries for authoritative zones 0")
        emit(
            "pool memory in use %zu, max %zu, allocated %zu",
            f"pool memory in use {r.randrange(0, 30)}, max {r.randrange(30, 90)}, allocated {r.choice([4800, 7200, 9600])}",
        )
        for ns in ("10.20.0.53", "1.1.1.1", "9.9.9.9"):
            emit(
                "server %s#%d: queries sent %u, retried %u, failed %u, nxdomain replies %u, avg. latency %ums",
                f"server {ns}#53: queries sent {r.randrange(20, 1400)}, retried {r.randrange(0, 9)}, failed {r.randrange(0, 3)}, nxdomain replies {r.randrange(0, 60)}, avg. latency {r.randrange(3, 40)}ms",
            )

    startup()
    for step in range(92):
        log.tick(r, 0.2, 40)
        roll = r.random()
        if roll < 0.78:
            query()
        elif roll < 0.88:
            dhcp(full=r.random() < 0.3)
        elif roll < 0.91:
            guest_dhcp()
        elif roll < 0.925:
            other, ip = r.choice(
                [("pixel-7", "192.168.10.141"), ("thinkpad-work", "192.168.10.151")]
            )
            emit(
                "not giving name %s to the DHCP lease of %s because the name exists in %s with address %s",
                f"not giving name {other} to the DHCP lease of {ip} because the name exists in /etc/dnsmasq.hosts with address {CLIENTS[other]}",
                True,
            )
        elif roll < 0.935:
            emit(
                "DHCPNAK(%s) %s %s %s",
                f"DHCPNAK(br-lan) 192.168.1.{r.randrange(20, 90)} {mac(r)} wrong network",
                True,
            )
        elif roll < 0.945:
            emit(
                "DHCPRELEASE(%s) %s %s",
                f"DHCPRELEASE(br-lan) {CLIENTS['thinkpad-work']} {macs['thinkpad-work']}",
                True,
            )
        elif roll < 0.955:
            c = r.choice(["desktop-marco", "laptop-anna"])
            emit("DHCPINFORM(%s) %s %s", f"DHCPINFORM(br-lan) {CLIENTS[c]} {macs[c]}", True)
            emit("DHCPACK(%s) %s %s %s", f"DHCPACK(br-lan) {CLIENTS[c]} {macs[c]} {c}", True)
        elif roll < 0.965:
            emit(
                "possible DNS-rebind attack detected: %s",
                f"possible DNS-rebind attack detected: {r.choice(['rebind.test.example', 'localtest.me', 'nip.io'])}",
            )
        elif roll < 0.975:
            emit(
                "nameserver %s refused to do a recursive query",
                "nameserver 9.9.9.9 refused to do a recursive query",
            )
        elif roll < 0.98:
            emit(
                "Maximum number of concurrent DNS queries reached (max: %d)",
                "Maximum number of concurrent DNS queries reached (max: 150)",
            )
        elif roll < 0.99:
            emit("read %s - %d names", f"read /etc/dnsmasq.hosts - {r.randrange(12, 15)} names")
            emit("read %s - %d names", "read /etc/hosts - 7 names")
            emit("read %s - %d addresses", "read /etc/ethers - 4 addresses", True)
        else:
            resolv()
        if step in (35, 80):
            stats()
    log.tick(r, 5, 30)
    emit("exiting on receipt of SIGTERM", "exiting on receipt of SIGTERM")
    pid = 1876
    log.tick(r, 2, 4)
    startup()
    for _ in range(20):
        log.tick(r, 0.2, 10)
        query()
    return [log]


def v6(r: random.Random) -> str:
    net = r.choice(
        [
            "2a00:1450:4001:82a",
            "2606:4700:3033",
            "2a03:2880:f12d:83",
            "2620:1ec:bdf",
            "2a04:4e42:600",
        ]
    )
    return f"{net}::{r.randrange(0x10, 0xFFFF):x}"


# ------------------------------------------------------------------------------- keepalived


def keepalived(r: random.Random) -> list[Log]:
    logs = []
    version = "Keepalived v2.2.8 (04/04,2023), git commit v2.2.7-154-g292b299e+"
    real = ["10.0.1.21", "10.0.1.22", "10.0.1.23"]
    for host, addr, peer, base in (
        ("lb1", "10.0.0.11", "10.0.0.12", 1201),
        ("lb2", "10.0.0.12", "10.0.0.11", 988),
    ):
        log = Log(
            f"{host}.log",
            datetime(2024, 4, 2, 9, 14, 2, tzinfo=UTC) + timedelta(seconds=r.uniform(0, 3)),
        )
        pids = {
            "Keepalived": base,
            "Keepalived_healthcheckers": base + 1,
            "Keepalived_vrrp": base + 2,
        }
        prio = {"VI_1": 150 if host == "lb1" else 100, "VI_2": 100 if host == "lb1" else 150}
        state = {}

        def emit(ident: str, tid: str, msg: str, log=log, host=host, pids=pids) -> None:
            log.add(f"{syslog_ts(log.t)} {host} {ident}[{pids[ident]}]: {msg}", tid)

        def vrrp(tid: str, msg: str, emit=emit) -> None:
            emit("Keepalived_vrrp", tid, msg)

        def check(tid: str, msg: str, emit=emit) -> None:
            emit("Keepalived_healthcheckers", tid, msg)

        def garps(inst: str, vrrp=vrrp) -> None:
            iface, vip = ("eth0", "10.0.0.100") if inst == "VI_1" else ("eth1", "10.0.2.100")
            vrrp(
                "(%s) Sending/queueing gratuitous ARPs on %s for %s",
                f"({inst}) Sending/queueing gratuitous ARPs on {iface} for {vip}",
            )
            for _ in range(5):
                vrrp(
                    "Sending gratuitous ARP on %s for %s",
                    f"Sending gratuitous ARP on {iface} for {vip}",
                )

        def boot(
            pids=pids, emit=emit, vrrp=vrrp, check=check, log=log, addr=addr, state=state, prio=prio
        ) -> None:
            emit("Keepalived", "Starting %s", f"Starting {version}")
            emit(
                "Keepalived",
                "Running on %s %s %s (built for Linux %d.%d.%d)",
                "Running on Linux 5.15.0-97-generic #107-Ubuntu SMP Wed Feb 7 13:26:48 UTC 2024 (built for Linux 5.15.27)",
            )
            emit(
                "Keepalived",
                "Command line: %s",
                "Command line: '/usr/sbin/keepalived' '--dont-fork'",
            )
            emit(
                "Keepalived",
                "Configuration file %s",
                "Configuration file /etc/keepalived/keepalived.conf",
            )
            emit(
                "Keepalived",
                "NOTICE: setting config option max_auto_priority should result in better keepalived performance",
                "NOTICE: setting config option max_auto_priority should result in better keepalived performance",
            )
            emit(
                "Keepalived",
                "Starting Healthcheck child process, pid=%d",
                f"Starting Healthcheck child process, pid={pids['Keepalived_healthcheckers']}",
            )
            emit(
                "Keepalived",
                "Starting VRRP child process, pid=%d",
                f"Starting VRRP child process, pid={pids['Keepalived_vrrp']}",
            )
            log.tick(r, 0, 0.05)
            check("Initializing ipvs", "Initializing ipvs")
            vrrp("Registering Kernel netlink reflector", "Registering Kernel netlink reflector")
            vrrp(
                "Registering Kernel netlink command channel",
                "Registering Kernel netlink command channel",
            )
            check("Registering Kernel netlink reflector", "Registering Kernel netlink reflector")
            check(
                "Registering Kernel netlink command channel",
                "Registering Kernel netlink command channel",
            )
            emit("Keepalived", "Startup complete", "Startup complete")
            vrrp(
                "Assigned address %s for interface %s",
                f"Assigned address {addr} for interface eth0",
            )
            vrrp(
                "Assigned address %s for interface %s",
                f"Assigned address {addr.replace('10.0.0.', '10.0.2.')} for interface eth1",
            )
            vrrp(
                "Assigned address %s for interface %s",
                f"Assigned address fe80::{r.randrange(0x1000, 0xFFFF):x}:{r.randrange(0x10, 0xFF):x}ff:fe{r.randrange(0x10, 0xFF):x}:{r.randrange(0x1000, 0xFFFF):x} for interface eth0",
            )
            vrrp(
                "Registering gratuitous ARP shared channel",
                "Registering gratuitous ARP shared channel",
            )
            for vs in ("10.0.0.100]:tcp:80", "10.0.0.100]:tcp:443"):
                port = vs.rsplit(":", 1)[1]
                for rs in real:
                    check(
                        "Activating healthchecker for service %s for VS %s",
                        f"Activating healthchecker for service [{rs}]:tcp:{port} for VS [{vs}",
                    )
            for inst in ("VI_1", "VI_2"):
                vrrp("(%s) removing VIPs.", f"({inst}) removing VIPs.")
            vrrp(
                "VRRP sockpool: [ifindex(%3d), family(%s), proto(%d), fd(%d,%d)%s%s%s%s%s]",
                "VRRP sockpool: [ifindex(  2), family(IPv4), proto(112), fd(12,13) multicast, address(224.0.0.18)]",
            )
            vrrp(
                "VRRP sockpool: [ifindex(%3d), family(%s), proto(%d), fd(%d,%d)%s%s%s%s%s]",
                "VRRP sockpool: [ifindex(  3), family(IPv4), proto(112), fd(14,15) multicast, address(224.0.0.18)]",
            )
            for inst in ("VI_1", "VI_2"):
                vrrp("(%s) Entering BACKUP STATE (init)", f"({inst}) Entering BACKUP STATE (init)")
                state[inst] = "BACKUP"
            for script in ("chk_haproxy", "chk_nginx"):
                vrrp("VRRP_Script(%s) succeeded", f"VRRP_Script({script}) succeeded")
            log.tick(r, 3, 4)
            for inst in ("VI_1", "VI_2"):
                if prio[inst] == 150:
                    vrrp(
                        "(%s) Receive advertisement timeout",
                        f"({inst}) Receive advertisement timeout",
                    )
                    vrrp("(%s) Entering MASTER STATE", f"({inst}) Entering MASTER STATE")
                    vrrp("(%s) setting VIPs.", f"({inst}) setting VIPs.")
                    garps(inst)
                    state[inst] = "MASTER"

        boot()
        for _ in range(38 if host == "lb1" else 30):
            log.tick(r, 5, 400)
            roll = r.random()
            rs = r.choice(real)
            port = r.choice(["80", "443"])
            if roll < 0.25:
                check(
                    "TCP connection to %s failed.", f"TCP connection to [{rs}]:tcp:{port} failed."
                )
                if r.random() < 0.5:
                    log.tick(r, 3, 10)
                    check(
                        "TCP connection to %s failed.",
                        f"TCP connection to [{rs}]:tcp:{port} failed.",
                    )
                    check(
                        "Check on service %s failed after %u retries.",
                        f"Check on service [{rs}]:tcp:{port} failed after 3 retries.",
                    )
                    check(
                        "Removing service %s to VS %s",
                        f"Removing service [{rs}]:tcp:{port} to VS [10.0.0.100]:tcp:{port}",
                    )
                    log.tick(r, 20, 200)
                    check(
                        "TCP connection to %s success.",
                        f"TCP connection to [{rs}]:tcp:{port} success.",
                    )
                    check(
                        "Adding service %s to VS %s",
                        f"Adding service [{rs}]:tcp:{port} to VS [10.0.0.100]:tcp:{port}",
                    )
            elif roll < 0.33:
                check(
                    "HTTP status code error to %s url(%s), status_code [%d].",
                    f"HTTP status code error to [{rs}]:tcp:8080 url(/healthz), status_code [{r.choice([500, 502, 503, 503])}].",
                )
                if r.random() < 0.4:
                    check(
                        "HTTP_CHECK on service %s failed after %u retry.",
                        f"HTTP_CHECK on service [{rs}]:tcp:8080 failed after 1 retry.",
                    )
                    check(
                        "Removing service %s to VS %s",
                        f"Removing service [{rs}]:tcp:8080 to VS [10.0.0.100]:tcp:8080",
                    )
                    log.tick(r, 30, 300)
                    check(
                        "HTTP_CHECK on service %s success.",
                        f"HTTP_CHECK on service [{rs}]:tcp:8080 success.",
                    )
                    check(
                        "Adding service %s to VS %s",
                        f"Adding service [{rs}]:tcp:8080 to VS [10.0.0.100]:tcp:8080",
                    )
            elif roll < 0.38:
                check(
                    "Timeout connecting server %s.", f"Timeout connecting server [{rs}]:tcp:{port}."
                )
            elif roll < 0.43:
                check(
                    "Lost quorum %d-%d=%u > %u for VS %s",
                    f"Lost quorum 1-0=1 > 2 for VS [10.0.0.100]:tcp:{port}",
                )
                log.tick(r, 10, 60)
                check(
                    "Gained quorum %d+%d=%u <= %u for VS %s",
                    f"Gained quorum 2+0=2 <= 2 for VS [10.0.0.100]:tcp:{port}",
                )
            elif roll < 0.60:
                inst = r.choice(["VI_1", "VI_2"])
                script = "chk_haproxy" if inst == "VI_1" else "chk_nginx"
                if r.random() < 0.3:
                    vrrp("VRRP_Script(%s) timed out", f"VRRP_Script({script}) timed out")
                else:
                    vrrp(
                        "Script `%s` now returning %d",
                        f"Script `{script}` now returning {r.choice([1, 1, 2])}",
                    )
                    vrrp(
                        "VRRP_Script(%s) failed (exited with status %d)",
                        f"VRRP_Script({script}) failed (exited with status {r.choice([1, 1, 1, 2])})",
                    )
                old = prio[inst]
                vrrp(
                    "(%s) Changing effective priority from %d to %d",
                    f"({inst}) Changing effective priority from {old} to {old - 60}",
                )
                if state[inst] == "MASTER":
                    log.tick(r, 0.5, 1.5)
                    vrrp(
                        "(%s) Master received advert from %s with higher priority %d, ours %d",
                        f"({inst}) Master received advert from {peer} with higher priority 100, ours {old - 60}",
                    )
                    vrrp("(%s) Entering BACKUP STATE", f"({inst}) Entering BACKUP STATE")
                    vrrp("(%s) removing VIPs.", f"({inst}) removing VIPs.")
                    state[inst] = "BACKUP"
                log.tick(r, 10, 120)
                vrrp("Script `%s` now returning %d", f"Script `{script}` now returning 0")
                vrrp("VRRP_Script(%s) succeeded", f"VRRP_Script({script}) succeeded")
                vrrp(
                    "(%s) Changing effective priority from %d to %d",
                    f"({inst}) Changing effective priority from {old - 60} to {old}",
                )
                if prio[inst] == 150:
                    log.tick(r, 1, 3)
                    vrrp(
                        "(%s) received lower priority (%d) advert from %s - discarding",
                        f"({inst}) received lower priority (100) advert from {peer} - discarding",
                    )
                    vrrp(
                        "(%s) Receive advertisement timeout",
                        f"({inst}) Receive advertisement timeout",
                    )
                    vrrp("(%s) Entering MASTER STATE", f"({inst}) Entering MASTER STATE")
                    vrrp("(%s) setting VIPs.", f"({inst}) setting VIPs.")
                    garps(inst)
                    state[inst] = "MASTER"
            elif roll < 0.66:
                inst = r.choice(["VI_1", "VI_2"])
                vrrp(
                    "(%s) received lower priority (%d) advert from %s - discarding",
                    f"({inst}) received lower priority ({r.choice([90, 100])}) advert from {peer} - discarding",
                )
            elif roll < 0.72:
                iface = "eth1"
                vrrp("Netlink reports %s down", f"Netlink reports {iface} down")
                vrrp("(%s) Entering FAULT STATE", "(VI_2) Entering FAULT STATE")
                if state["VI_2"] == "MASTER":
                    vrrp("(%s) sent 0 priority", "(VI_2) sent 0 priority")
                    vrrp("(%s) removing VIPs.", "(VI_2) removing VIPs.")
                log.tick(r, 2, 30)
                vrrp("Netlink reports %s up", f"Netlink reports {iface} up")
                vrrp("(%s) Entering BACKUP STATE", "(VI_2) Entering BACKUP STATE")
                state["VI_2"] = "BACKUP"
                if prio["VI_2"] == 150:
                    log.tick(r, 3, 4)
                    vrrp(
                        "(%s) Receive advertisement timeout", "(VI_2) Receive advertisement timeout"
                    )
                    vrrp("(%s) Entering MASTER STATE", "(VI_2) Entering MASTER STATE")
                    vrrp("(%s) setting VIPs.", "(VI_2) setting VIPs.")
                    garps("VI_2")
                    state["VI_2"] = "MASTER"
            elif roll < 0.76:
                vrrp(
                    "(%s) ip address associated with VRID %d not present in MASTER advert : %s",
                    f"(VI_1) ip address associated with VRID 51 not present in MASTER advert : 10.0.0.{r.choice([100, 101])}",
                )
            elif roll < 0.80:
                vrrp(
                    "bogus VRRP packet received on %s !!!",
                    f"bogus VRRP packet received on {r.choice(['eth0', 'eth1'])} !!!",
                )
            elif roll < 0.84:
                vrrp(
                    "(%s) Received advert from %s with lower priority %d, ours %d, forcing new election",
                    f"(VI_{r.choice([1, 2])}) Received advert from {peer} with lower priority {r.choice([90, 100])}, ours 150, forcing new election",
                )
            else:
                check(
                    "TCP connection to %s success.", f"TCP connection to [{rs}]:tcp:{port} success."
                )
        log.tick(r, 10, 60)
        emit("Keepalived", "Stopping", "Stopping")
        for inst in ("VI_1", "VI_2"):
            if state[inst] == "MASTER":
                vrrp("(%s) sent 0 priority", f"({inst}) sent 0 priority")
                vrrp("(%s) removing VIPs.", f"({inst}) removing VIPs.")
        check("Stopped", "Stopped")
        vrrp("Stopped", "Stopped")
        emit("Keepalived", "Stopped %s", f"Stopped {version}")
        logs.append(log)
    return logs


# -------------------------------------------------------------------------------- nats-server


def nats(r: random.Random) -> list[Log]:
    logs = []
    apps = [
        ("v1.31.0", "go", "orders-api"),
        ("v1.31.0", "go", "billing-worker"),
        ("v2.6.0", "python3", "ml-scorer"),
        ("v2.6.0", "python3", ""),
        ("v2.15.3", "nats.js", "web-gateway"),
        ("v1.28.0", "go", ""),
    ]
    for node, peers, start in (
        ("nats-0", ["nats-1", "nats-2"], 0),
        ("nats-1", ["nats-0", "nats-2"], 1.7),
    ):
        log = Log(
            f"{node}.log", datetime(2024, 5, 21, 13, 2, 44, tzinfo=UTC) + timedelta(seconds=start)
        )
        pid = 1 if node == "nats-0" else 7
        sid = "N" + alnum(r, 55).upper()
        ip = {"nats-0": "10.42.0.15", "nats-1": "10.42.1.22", "nats-2": "10.42.2.9"}

        def emit(level: str, tid: str, msg: str, log=log, pid=pid) -> None:
            log.add(f"[{pid}] {log.t:%Y/%m/%d %H:%M:%S.%f} [{level}] {msg}", tid)

        emit("INF", "Starting nats-server", "Starting nats-server")
        emit("INF", "  Version:  %s", "  Version:  2.10.14")
        emit("INF", "  Git:      [%s]", "  Git:      [31ea8f4]")
        emit("INF", "  Cluster:  %s", "  Cluster:  nats")
        emit("INF", "  Name:     %s", f"  Name:     {node}")
        emit("INF", "  Node:     %s", f"  Node:     {alnum(r, 8)}")
        emit("INF", "  ID:       %s", f"  ID:       {sid}")
        emit(
            "INF",
            "Using configuration file: %s",
            "Using configuration file: /etc/nats-config/nats.conf",
        )
        emit("INF", "Starting http monitor on %s:%d", "Starting http monitor on 0.0.0.0:8222")
        emit("INF", "Starting JetStream", "Starting JetStream")
        banner = [
            "    _ ___ _____ ___ _____ ___ ___   _   __  __",
            " _ | | __|_   _/ __|_   _| _ \\ __| /_\\ |  \\/  |",
            "| || | _|  | | \\__ \\ | | |   / _| / _ \\| |\\/| |",
            " \\__/|___| |_| |___/ |_| |_|_\\___/_/ \\_\\_|  |_|",
            "",
            "         https://docs.nats.io/jetstream",
            "",
        ]
        for line in banner:
            emit("INF", line or "(empty line)", line)
        emit(
            "INF",
            "---------------- JETSTREAM ----------------",
            "---------------- JETSTREAM ----------------",
        )
        emit("INF", "  Max Memory:      %s", "  Max Memory:      1.00 GB")
        emit("INF", "  Max Storage:     %s", "  Max Storage:     10.00 GB")
        emit("INF", '  Store Directory: "%s"', '  Store Directory: "/data/jetstream"')
        emit("INF", "  API Level:       %d", "  API Level:       1")
        emit(
            "INF",
            "-------------------------------------------",
            "-------------------------------------------",
        )
        emit(
            "INF",
            "  Starting restore for stream '%s > %s'",
            "  Starting restore for stream '$G > ORDERS'",
        )
        emit(
            "INF",
            "  Restored %s messages for stream '%s > %s' in %v",
            f"  Restored {r.randrange(1000, 90000):,} messages for stream '$G > ORDERS' in {r.randrange(2, 90)}ms",
        )
        emit(
            "INF",
            "  Starting restore for stream '%s > %s'",
            "  Starting restore for stream '$G > EVENTS'",
        )
        emit(
            "INF",
            "  Restored %s messages for stream '%s > %s' in %v",
            f"  Restored {r.randrange(1000, 90000):,} messages for stream '$G > EVENTS' in {r.randrange(2, 90)}ms",
        )
        emit(
            "INF",
            "  Recovering %d consumers for stream - '%s > %s'",
            "  Recovering 3 consumers for stream - '$G > ORDERS'",
        )
        emit(
            "INF",
            "  Recovering %d consumers for stream - '%s > %s'",
            "  Recovering 1 consumers for stream - '$G > EVENTS'",
        )
        emit("INF", "Starting JetStream cluster", "Starting JetStream cluster")
        emit(
            "INF",
            "Creating JetStream metadata controller",
            "Creating JetStream metadata controller",
        )
        emit("INF", "JetStream cluster recovering state", "JetStream cluster recovering state")
        emit(
            "INF",
            "Listening for client connections on %s",
            "Listening for client connections on 0.0.0.0:4222",
        )
        emit("INF", "Server is ready", "Server is ready")
        emit("INF", "Cluster name is %s", "Cluster name is nats")
        emit(
            "INF",
            "Listening for route connections on %s",
            "Listening for route connections on 0.0.0.0:6222",
        )
        rid = 1
        for p in peers:
            log.tick(r, 0.001, 0.05)
            emit(
                "INF",
                "Route connection created",
                f"{ip[p]}:6222 - rid:{rid} - Route connection created",
            )
            rid += 1
        log.tick(r, 0.2, 2)
        if node == "nats-1":
            emit(
                "INF",
                "Self is new JetStream cluster metadata leader",
                "Self is new JetStream cluster metadata leader",
            )
        else:
            emit(
                "INF",
                "JetStream cluster new metadata leader: %s/%s",
                "JetStream cluster new metadata leader: nats-1/nats",
            )
        cid = 5
        open_clients: list[tuple[int, str, tuple[str, str, str]]] = []
        for _ in range(130 if node == "nats-0" else 110):
            log.tick(r, 0.05, 30)
            roll = r.random()
            if roll < 0.22 or not open_clients:
                app = r.choice(apps)
                addr = (
                    f"10.42.{r.randrange(0, 3)}.{r.randrange(2, 250)}:{r.randrange(32768, 61000)}"
                )
                emit(
                    "DBG",
                    "Client connection created",
                    f"{addr} - cid:{cid} - Client connection created",
                )
                open_clients.append((cid, addr, app))
                cid += r.randrange(1, 4)
            elif roll < 0.40:
                c = open_clients.pop(r.randrange(len(open_clients)))
                reason = r.choices(
                    [
                        "Client Closed",
                        "Stale Connection",
                        "Slow Consumer (Write Deadline)",
                        "Read Error",
                        "Authentication Timeout",
                    ],
                    [8, 3, 1, 2, 1],
                )[0]
                level = "DBG" if reason in ("Client Closed", "Read Error") else "INF"
                emit(
                    level,
                    "%s connection closed: %s",
                    f"{prefix(c)} - Client connection closed: {reason}",
                )
            elif roll < 0.46:
                c = r.choice(open_clients)
                emit("DBG", "Client Ping Timer", f"{prefix(c)} - Client Ping Timer")
            elif roll < 0.51:
                c = r.choice(open_clients)
                emit(
                    "WRN",
                    "Readloop processing time: %v",
                    f"{prefix(c)} - Readloop processing time: {r.uniform(2, 9):.9f}s",
                )
            elif roll < 0.55:
                c = r.choice(open_clients)
                emit(
                    "INF",
                    "Slow Consumer Detected: WriteDeadline of %v exceeded with %d chunks of %d total bytes.",
                    f"{prefix(c)} - Slow Consumer Detected: WriteDeadline of 10s exceeded with {r.randrange(1, 40)} chunks of {r.randrange(30000, 900000)} total bytes.",
                )
            elif roll < 0.59:
                addr = (
                    f"10.42.{r.randrange(0, 3)}.{r.randrange(2, 250)}:{r.randrange(32768, 61000)}"
                )
                emit("ERR", "authentication error", f"{addr} - cid:{cid} - authentication error")
                emit(
                    "DBG",
                    "%s connection closed: %s",
                    f"{addr} - cid:{cid} - Client connection closed: Authentication Failure",
                )
                cid += 1
            elif roll < 0.64:
                c = r.choice(open_clients)
                subj = r.choice(
                    [
                        "orders.created",
                        "orders.v2.updated",
                        "billing.invoice.issued",
                        "$JS.API.CONSUMER.INFO.ORDERS.processor",
                    ]
                )
                emit(
                    "ERR",
                    "Publish Violation - %s, Subject %q",
                    f'{prefix(c)} - Publish Violation - User "{r.choice(["svc-orders", "svc-billing", "ml"])}", Subject "{subj}"',
                )
            elif roll < 0.68:
                stream, cons = r.choice(
                    [
                        ("ORDERS", "processor"),
                        ("ORDERS", "audit"),
                        ("EVENTS", "indexer"),
                        ("ORDERS", "billing"),
                    ]
                )
                emit(
                    "INF",
                    "JetStream cluster new consumer leader for '%s > %s > %s'",
                    f"JetStream cluster new consumer leader for '$G > {stream} > {cons}'",
                )
            elif roll < 0.71:
                emit(
                    "INF",
                    "JetStream cluster new stream leader for '%s > %s'",
                    f"JetStream cluster new stream leader for '$G > {r.choice(['ORDERS', 'EVENTS'])}'",
                )
            elif roll < 0.74:
                grp = "S-R3F-" + alnum(r, 8)
                emit(
                    "WRN",
                    "RAFT [%s - %s] Falling behind in health check, commit %d != applied %d",
                    f"RAFT [{alnum(r, 8)} - {grp}] Falling behind in health check, commit {r.randrange(1000, 99999)} != applied {r.randrange(100, 999)}",
                )
            elif roll < 0.77:
                emit(
                    "WRN",
                    "JetStream cluster stream '%s > %s' has NO quorum, stalled",
                    f"JetStream cluster stream '$G > {r.choice(['ORDERS', 'EVENTS'])}' has NO quorum, stalled",
                )
            elif roll < 0.80:
                emit(
                    "WRN",
                    "JetStream cluster consumer '%s > %s > %s' has NO quorum, stalled.",
                    f"JetStream cluster consumer '$G > ORDERS > {r.choice(['processor', 'audit', 'billing'])}' has NO quorum, stalled.",
                )
            elif roll < 0.84:
                p = r.choice(peers)
                emit(
                    "INF",
                    "%s connection closed: %s",
                    f"{ip[p]}:6222 - rid:{rid - 1} - Router connection closed: {r.choice(['Client Closed', 'Stale Connection', 'Read Error'])}",
                )
                log.tick(r, 1, 3)
                emit(
                    "INF",
                    "Route connection created",
                    f"{ip[p]}:{r.choice(['6222', str(r.randrange(40000, 60000))])} - rid:{rid} - Route connection created",
                )
                rid += 1
            elif roll < 0.87:
                p = r.choice(peers)
                emit(
                    "ERR",
                    "Error trying to connect to route (attempt %v): %v",
                    f"Error trying to connect to route (attempt {r.randrange(1, 6)}): dial tcp {ip[p]}:6222: connect: connection refused",
                )
            elif roll < 0.90:
                leaf = f"10.77.{r.randrange(0, 4)}.{r.randrange(2, 60)}:{r.randrange(40000, 60000)}"
                emit(
                    "INF",
                    "Leafnode connection created%s %s",
                    f"{leaf} - lid:{cid} - Leafnode connection created for account: $G ",
                )
                cid += 1
            elif roll < 0.92:
                emit("INF", "Trapped %q signal", 'Trapped "hangup" signal')
                emit(
                    "INF",
                    "Reloaded: %s",
                    f"Reloaded: {r.choice(['authorization users', 'max_payload = 2097152', 'debug = true'])}",
                )
                emit("INF", "Reloaded server configuration", "Reloaded server configuration")
            elif roll < 0.95:
                c = r.choice(open_clients)
                emit("ERR", "Maximum Payload Violation", f"{prefix(c)} - Maximum Payload Violation")
            else:
                emit(
                    "INF",
                    "Catchup for stream '%s > %s' complete",
                    f"Catchup for stream '$G > {r.choice(['ORDERS', 'EVENTS'])}' complete",
                )
        if node == "nats-0":
            log.tick(r, 2, 8)
            emit("INF", "Trapped %q signal", 'Trapped "terminated" signal')
            emit("INF", "Initiating Shutdown...", "Initiating Shutdown...")
            emit("INF", "Initiating JetStream Shutdown...", "Initiating JetStream Shutdown...")
            emit("INF", "JetStream Shutdown", "JetStream Shutdown")
            emit("INF", "Server Exiting..", "Server Exiting..")
        logs.append(log)
    return logs


def prefix(c: tuple[int, str, tuple[str, str, str]]) -> str:
    cid, addr, (ver, lang, name) = c
    if name:
        return f'{addr} - cid:{cid} - "{ver}:{lang}:{name}"'
    return f"{addr} - cid:{cid}"


# ------------------------------------------------------------------------------------ sidekiq


def sidekiq(r: random.Random) -> list[Log]:
    log = Log("sidekiq.log", datetime(2024, 6, 3, 7, 58, 11, tzinfo=UTC))
    pid = 8
    tids = [alnum(r, 4).lower() for _ in range(5)]

    def emit(
        level: str, tid: str | None, msg: str, ctx: str = "", thread: str | None = None
    ) -> None:
        t = log.t
        stamp = f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond // 1000:03d}Z"
        th = thread or tids[0]
        head = f"{stamp} pid={pid} tid={th}{' ' + ctx if ctx else ''} {level}: "
        lines = msg.split("\n")
        log.add(head + lines[0], tid)
        for line in lines[1:]:
            log.add(line, None)

    def boot() -> None:
        emit(
            "INFO",
            "Booted Rails %s application in %s environment",
            "Booted Rails 7.1.3.2 application in production environment",
        )
        emit(
            "INFO",
            "Running in %s",
            "Running in ruby 3.3.0 (2023-12-25 revision 5124f9ac75) [x86_64-linux]",
        )
        emit(
            "INFO",
            "See LICENSE and the LGPL-3.0 for licensing details.",
            "See LICENSE and the LGPL-3.0 for licensing details.",
        )
        emit(
            "INFO",
            "Upgrade to Sidekiq Pro for more features and support: https://sidekiq.org",
            "Upgrade to Sidekiq Pro for more features and support: https://sidekiq.org",
        )
        emit(
            "INFO",
            "Sidekiq %s connecting to Redis with options %s",
            'Sidekiq 7.2.2 connecting to Redis with options {:size=>10, :pool_name=>"internal", :url=>"redis://redis.internal:6379/2"}',
        )
        emit(
            "INFO",
            "Sidekiq %s connecting to Redis with options %s",
            'Sidekiq 7.2.2 connecting to Redis with options {:size=>5, :pool_name=>"default", :url=>"redis://redis.internal:6379/2"}',
        )
        emit(
            "INFO",
            "Starting processing, hit Ctrl-C to stop",
            "Starting processing, hit Ctrl-C to stop",
        )
        emit(
            "INFO",
            "Cron Jobs - added job with name: %s",
            "Cron Jobs - added job with name: nightly_report",
        )
        emit(
            "INFO",
            "Cron Jobs - added job with name: %s",
            "Cron Jobs - added job with name: purge_sessions",
        )
        emit(
            "INFO",
            "Cron Jobs - added job with name: %s",
            "Cron Jobs - added job with name: sync_exchange_rates",
        )

    users = [
        "anna.keller@example.com",
        "j.smith@example.org",
        "marco.rossi@example.it",
        "lee.wong@example.com",
        "p.novak@example.cz",
        "sara@example.net",
    ]
    jobs = [
        "SyncOrdersJob",
        "InvoicePdfJob",
        "ActionMailer::MailDeliveryJob",
        "WebhookDeliveryJob",
        "ImportCsvJob",
        "ReindexProductJob",
    ]

    def job() -> None:
        cls = r.choices(jobs, [4, 2, 3, 3, 1, 2])[0]
        jid = hexid(r, 24)
        thread = r.choice(tids)
        ctx = f"class={cls} jid={jid}"
        queue = {"ActionMailer::MailDeliveryJob": "mailers", "ImportCsvJob": "imports"}.get(
            cls, "default"
        )
        emit("INFO", "start", "start", ctx, thread)
        ajid = f"{hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 12)}"
        aj = f"[ActiveJob] [{cls}] [{ajid}]"
        if cls == "ActionMailer::MailDeliveryJob":
            args = f'"UserMailer", "{r.choice(["welcome", "password_reset", "receipt"])}", "deliver_now", {{:args=>[#<GlobalID:0x000071{hexid(r, 10)} @uri=#<URI::GID gid://shop/User/{r.randrange(1, 40000)}>>]}}'
        elif cls == "WebhookDeliveryJob":
            args = f'{r.randrange(1, 900)}, "order.{r.choice(["created", "paid", "shipped"])}"'
        else:
            args = str(r.randrange(1, 99999))
        emit(
            "INFO",
            "Performing %s (Job ID: %s) from %s enqueued at %s with arguments: %s",
            f"{aj} Performing {cls} (Job ID: {ajid}) from Sidekiq({queue}) enqueued at {(log.t - timedelta(seconds=r.uniform(0.1, 30))):%Y-%m-%dT%H:%M:%S.%f}000Z with arguments: {args}",
            ctx,
            thread,
        )
        fail = None
        if cls == "SyncOrdersJob":
            n = r.randrange(0, 300)
            emit(
                "INFO",
                "Syncing %d orders for shop %d",
                f"{aj} Syncing {n} orders for shop {r.randrange(100, 999)}",
                ctx,
                thread,
            )
            if r.random() < 0.15:
                fail = (
                    "Faraday::TimeoutError",
                    "Net::ReadTimeout with #<TCPSocket:(closed)>",
                    "Faraday::TimeoutError: Net::ReadTimeout with %s",
                )
        elif cls == "ActionMailer::MailDeliveryJob":
            emit(
                "INFO",
                "Delivered mail %s (%.1fms)",
                f"{aj} Delivered mail {hexid(r, 14)}_{r.randrange(10, 99)}@sidekiq-{hexid(r, 5)}.mail ({r.uniform(20, 900):.1f}ms)",
                ctx,
                thread,
            )
            if r.random() < 0.08:
                fail = (
                    "Net::SMTPServerBusy",
                    f"421 4.7.0 Try again later, closing connection. ({r.choice(users)})",
                    "Net::SMTPServerBusy: 421 4.7.0 Try again later, closing connection. (%s)",
                )
        elif cls == "WebhookDeliveryJob":
            host = r.choice(
                ["hooks.partner-a.example", "erp.customer-b.example", "api.crm.example"]
            )
            code = r.choices([200, 204, 500, 502, 410], [6, 2, 1, 1, 1])[0]
            emit(
                "INFO",
                "POST %s -> %d",
                f"{aj} POST https://{host}/webhooks/orders -> {code}",
                ctx,
                thread,
            )
            if code >= 500:
                fail = (
                    "WebhookDeliveryJob::DeliveryError",
                    f"endpoint https://{host}/webhooks/orders answered {code}",
                    "WebhookDeliveryJob::DeliveryError: endpoint %s answered %d",
                )
        elif cls == "ImportCsvJob":
            emit(
                "INFO",
                "Imported %d rows from %s",
                f"{aj} Imported {r.randrange(10, 5000)} rows from imports/{r.randrange(1000, 9999)}/{r.choice(['products', 'prices', 'stock'])}.csv",
                ctx,
                thread,
            )
            if r.random() < 0.3:
                fail = (
                    "ActiveRecord::RecordInvalid",
                    "Validation failed: Sku has already been taken",
                    "ActiveRecord::RecordInvalid: Validation failed: %s",
                )
        elif cls == "InvoicePdfJob":
            if r.random() < 0.15:
                fail = (
                    "ActiveRecord::RecordNotFound",
                    f"Couldn't find Invoice with 'id'={r.randrange(10000, 99999)}",
                    "ActiveRecord::RecordNotFound: Couldn't find %s with '%s'=%s",
                )
            else:
                emit(
                    "INFO",
                    "Rendered invoice %s in %dms",
                    f"{aj} Rendered invoice INV-2024-{r.randrange(1, 99999):05d} in {r.randrange(80, 3000)}ms",
                    ctx,
                    thread,
                )
        else:
            emit(
                "INFO",
                "Reindexed product %d (%d variants)",
                f"{aj} Reindexed product {r.randrange(1, 60000)} ({r.randrange(1, 30)} variants)",
                ctx,
                thread,
            )
        log.tick(r, 0.05, 8)
        elapsed = f"{r.uniform(0.01, 9):.3f}"
        if fail:
            etype, emsg, tid = fail
            # The exception's message is a message of its own: its format is part of the template.
            emit(
                "ERROR",
                "Error performing %s (Job ID: %s) from %s in %.2fms: "
                + tid.replace(": ", " (", 1)
                + "):",
                f"{aj} Error performing {cls} (Job ID: {ajid}) from Sidekiq({queue}) in {float(elapsed) * 1000:.2f}ms: {etype} ({emsg}):",
                ctx,
                thread,
            )
            emit("INFO", "fail", "fail", f"{ctx} elapsed={elapsed}", thread)
            job_json = f'{{"retry":true,"queue":"{queue}","wrapped":"{cls}","args":[{{"job_class":"{cls}","job_id":"{ajid}","provider_job_id":null,"queue_name":"{queue}","priority":null,"arguments":[{r.randrange(1, 9999)}],"executions":{r.randrange(0, 3)},"exception_executions":{{}},"locale":"en","timezone":"UTC","enqueued_at":"{log.t:%Y-%m-%dT%H:%M:%S}.{r.randrange(100000, 999999)}Z","scheduled_at":null}}],"class":"Sidekiq::ActiveJob::Wrapper","jid":"{jid}","created_at":{log.t.timestamp():.6f},"enqueued_at":{log.t.timestamp():.6f}}}'
            emit(
                "WARN",
                '{"context":"Job raised exception","job":%s}',
                f'{{"context":"Job raised exception","job":{job_json}}}',
                ctx,
                thread,
            )
            emit("WARN", tid, f"{etype}: {emsg}", ctx, thread)
            app_frames = {
                "Faraday::TimeoutError": [
                    "/app/app/services/shop_client.rb:41:in `fetch_orders'",
                    "/app/app/jobs/sync_orders_job.rb:12:in `perform'",
                ],
                "Net::SMTPServerBusy": ["/app/app/mailers/application_mailer.rb:9:in `deliver'"],
                "WebhookDeliveryJob::DeliveryError": [
                    "/app/app/jobs/webhook_delivery_job.rb:27:in `perform'"
                ],
                "ActiveRecord::RecordInvalid": [
                    "/app/app/models/product.rb:88:in `import_row!'",
                    "/app/app/jobs/import_csv_job.rb:19:in `block in perform'",
                    "/app/app/jobs/import_csv_job.rb:17:in `each'",
                    "/app/app/jobs/import_csv_job.rb:17:in `perform'",
                ],
                "ActiveRecord::RecordNotFound": ["/app/app/jobs/invoice_pdf_job.rb:6:in `perform'"],
            }[etype]
            lib = [
                "/usr/local/bundle/gems/activejob-7.1.3.2/lib/active_job/execution.rb:68:in `block in _perform_job'",
                "/usr/local/bundle/gems/activesupport-7.1.3.2/lib/active_support/callbacks.rb:121:in `block in run_callbacks'",
                "/usr/local/bundle/gems/sidekiq-7.2.2/lib/sidekiq/processor.rb:220:in `execute_job'",
                "/usr/local/bundle/gems/sidekiq-7.2.2/lib/sidekiq/processor.rb:185:in `block (4 levels) in process'",
            ]
            # Logged by a call of its own, header and all, but it is the trace of the exception
            # logged just before: part of that event, so its lines carry no label.
            emit("WARN", None, "\n".join(app_frames + lib), ctx, thread)
        else:
            emit(
                "INFO",
                "Performed %s (Job ID: %s) from %s in %.2fms",
                f"{aj} Performed {cls} (Job ID: {ajid}) from Sidekiq({queue}) in {float(elapsed) * 1000:.2f}ms",
                ctx,
                thread,
            )
            emit("INFO", "done", "done", f"{ctx} elapsed={elapsed}", thread)

    def shutdown() -> None:
        emit("INFO", "Shutting down", "Shutting down")
        emit(
            "INFO",
            "Terminating quiet threads for %s capsule",
            "Terminating quiet threads for default capsule",
        )
        emit("INFO", "Scheduler exiting...", "Scheduler exiting...")
        emit("INFO", "Pausing to allow jobs to finish...", "Pausing to allow jobs to finish...")
        log.tick(r, 1, 8)
        emit("INFO", "Bye!", "Bye!")

    boot()
    for step in range(62):
        log.tick(r, 0.1, 90)
        roll = r.random()
        if roll < 0.86:
            job()
        elif roll < 0.90:
            emit(
                "INFO",
                "Cron Jobs - enqueued %s: %s",
                f"Cron Jobs - enqueued {r.choice(['nightly_report', 'purge_sessions', 'sync_exchange_rates'])}: {hexid(r, 24)}",
            )
        elif roll < 0.93:
            emit(
                "WARN",
                "Your Redis network connection is performing extremely poorly.",
                "Your Redis network connection is performing extremely poorly.\nLast RTT readings were "
                + repr([r.randrange(90000, 210000) for _ in range(5)])
                + ", ideally these should be < 1000.\nEnsure Redis is running in the same AZ or datacenter as Sidekiq.\nIf these values are close to 100,000, that means your Sidekiq process may be\nCPU-saturated; reduce your concurrency and/or see https://github.com/sidekiq/sidekiq/discussions/5039",
            )
        elif roll < 0.96:
            emit(
                "INFO",
                "Redis is online, %s sec downtime",
                f"Redis is online, {r.uniform(1, 20):.8f} sec downtime",
            )
        else:
            emit(
                "ERROR",
                "Unable to connect to Redis: %s",
                "Unable to connect to Redis: RedisClient::CannotConnectError: Connection refused - connect(2) for 10.3.0.7:6379 (redis://redis.internal:6379)",
            )
        if step == 45:
            log.tick(r, 5, 30)
            emit("INFO", "Received %s, shutting down", "Received TERM, shutting down")
            shutdown()
            log.tick(r, 5, 20)
            pid = 9
            boot()
    log.tick(r, 5, 30)
    emit("INFO", "Received %s, shutting down", "Received TERM, shutting down")
    shutdown()
    return [log]


# ------------------------------------------------------------------------------ gitlab-runner


def gitlab_runner(r: random.Random) -> list[Log]:
    log = Log("gitlab-runner.log", datetime(2024, 7, 9, 8, 0, 3, tzinfo=UTC))
    host, pid = "ci-runner-03", 812
    runners = {"docker-amd64": "xY7bQ2pz", "docker-arm64": "K3mW9tLe"}
    projects = {
        112: "platform/api",
        113: "platform/web",
        140: "data/etl-pipelines",
        201: "infra/terraform-modules",
        233: "mobile/app-android",
    }
    base = "https://gitlab.example.com"

    def emit(level: str, tid: str, msg: str, fields: dict[str, object]) -> None:
        prefix = {"info": "", "warning": "WARNING: ", "error": "ERROR: "}[level]
        text = f"{prefix}{msg:<{50 - len(prefix)}}" + "".join(
            f" {k}={v}" for k, v in sorted(fields.items())
        )
        log.add(f"{syslog_ts(log.t)} {host} gitlab-runner[{pid}]: {text}", tid)

    def boot() -> None:
        emit(
            "info",
            "Runtime platform",
            "Runtime platform",
            {
                "arch": "amd64",
                "os": "linux",
                "pid": pid,
                "revision": "782c6ecb",
                "version": "16.9.1",
            },
        )
        emit(
            "info",
            "Starting multi-runner from %s...",
            "Starting multi-runner from /etc/gitlab-runner/config.toml...",
            {"builds": 0, "max_builds": 4},
        )
        emit("info", "Running in system-mode.", "Running in system-mode.", {})
        emit("info", "Configuration loaded", "Configuration loaded", {"builds": 0, "max_builds": 4})
        emit(
            "info",
            "listen_address not defined, metrics & debug endpoints disabled",
            "listen_address not defined, metrics & debug endpoints disabled",
            {"builds": 0, "max_builds": 4},
        )
        emit(
            "info",
            "[session_server].listen_address not defined, session endpoints disabled",
            "[session_server].listen_address not defined, session endpoints disabled",
            {"builds": 0, "max_builds": 4},
        )
        emit(
            "info",
            "Initializing executor providers",
            "Initializing executor providers",
            {"builds": 0, "max_builds": 4},
        )

    jobid = 48210
    running: list[dict] = []
    boot()
    steps = 0
    while steps < 150:
        steps += 1
        log.tick(r, 0.3, 45)
        roll = r.random()
        if (roll < 0.3 and len(running) < 4) or not running:
            name = r.choice(list(runners))
            proj = r.choice(list(projects))
            jobid += r.randrange(1, 40)
            job = {
                "job": jobid,
                "project": proj,
                "runner": runners[name],
                "repo_url": f"{base}/{projects[proj]}.git",
                "log": 0,
                "start": log.t,
            }
            running.append(job)
            emit(
                "info",
                "Checking for jobs... received",
                "Checking for jobs... received",
                {"job": jobid, "repo_url": job["repo_url"], "runner": job["runner"]},
            )
            emit(
                "info",
                "Added job to processing list",
                "Added job to processing list",
                {
                    "builds": len(running),
                    "job": jobid,
                    "max_builds": 4,
                    "project": proj,
                    "repo_url": job["repo_url"],
                    "time_in_queue_seconds": r.randrange(0, 40),
                },
            )
        elif roll < 0.62:
            job = r.choice(running)
            old = job["log"]
            job["log"] += r.randrange(200, 9000)
            emit(
                "info",
                "Appending trace to coordinator...ok",
                "Appending trace to coordinator...ok",
                {
                    "code": 202,
                    "job": job["job"],
                    "job-log": f"0-{job['log']}",
                    "job-status": "running",
                    "runner": job["runner"],
                    "sent-log": f"{old}-{job['log'] - 1}",
                    "status": "202 Accepted",
                    "update-interval": "3s",
                },
            )
        elif roll < 0.88:
            job = running.pop(r.randrange(len(running)))
            dur = f"{(log.t - job['start']).total_seconds() + r.uniform(5, 600):.6f}"
            outcome = r.choices(["ok", "exit", "timeout", "pull", "canceled"], [10, 4, 1, 1, 1])[0]
            status = "success" if outcome == "ok" else "failed"
            if outcome == "canceled":
                emit(
                    "warning",
                    "Appending trace to coordinator... job failed",
                    "Appending trace to coordinator... job failed",
                    {
                        "code": 403,
                        "job": job["job"],
                        "job-log": f"0-{job['log']}",
                        "job-status": "canceled",
                        "runner": job["runner"],
                        "sent-log": f"{job['log']}-{job['log'] + 380}",
                        "status": "403 Forbidden",
                    },
                )
                emit(
                    "warning",
                    "Submitting job to coordinator... job failed",
                    "Submitting job to coordinator... job failed",
                    {
                        "bytesize": job["log"],
                        "checksum": f"crc32:{hexid(r, 8)}",
                        "code": 403,
                        "job": job["job"],
                        "job-status": "canceled",
                        "runner": job["runner"],
                        "status": "PUT " + base + f"/api/v4/jobs/{job['job']}: 403 Forbidden",
                    },
                )
                emit(
                    "warning",
                    "Job failed: %v",
                    "Job failed: canceled",
                    {
                        "duration_s": dur,
                        "job": job["job"],
                        "project": job["project"],
                        "runner": job["runner"],
                    },
                )
            else:
                emit(
                    "info",
                    "Updating job...",
                    "Updating job...",
                    {
                        "bytesize": job["log"],
                        "checksum": f"crc32:{hexid(r, 8)}",
                        "job": job["job"],
                        "runner": job["runner"],
                    },
                )
                emit(
                    "info",
                    "Submitting job to coordinator...ok",
                    "Submitting job to coordinator...ok",
                    {
                        "bytesize": job["log"],
                        "checksum": f"crc32:{hexid(r, 8)}",
                        "code": 200,
                        "job": job["job"],
                        "job-status": status,
                        "runner": job["runner"],
                        "update-interval": "0s",
                    },
                )
                f = {
                    "duration_s": dur,
                    "job": job["job"],
                    "project": job["project"],
                    "runner": job["runner"],
                }
                if outcome == "ok":
                    emit("info", "Job succeeded", "Job succeeded", f)
                elif outcome == "exit":
                    emit(
                        "warning",
                        "Job failed: exit code %d",
                        f"Job failed: exit code {r.choice([1, 1, 1, 2, 137])}",
                        f,
                    )
                elif outcome == "timeout":
                    emit(
                        "warning",
                        "Job failed: execution took longer than %v seconds",
                        "Job failed: execution took longer than 1h0m0s seconds",
                        f,
                    )
                else:
                    img = r.choice(
                        ["node:20-alpine", "registry.example.com/ci/android-sdk:34", "golang:1.22"]
                    )
                    emit(
                        "warning",
                        "Job failed: failed to pull image %q with specified policies %v: %v",
                        f'Job failed: failed to pull image "{img}" with specified policies [always]: Error response from daemon: manifest for {img} not found: manifest unknown: manifest unknown (manager.go:250:{r.randrange(0, 4)}s)',
                        f,
                    )
            emit(
                "info",
                "Removed job from processing list",
                "Removed job from processing list",
                {
                    "builds": len(running),
                    "job": job["job"],
                    "max_builds": 4,
                    "project": job["project"],
                    "repo_url": job["repo_url"],
                    "time_in_queue_seconds": r.randrange(0, 40),
                },
            )
        elif roll < 0.93:
            name = r.choice(list(runners))
            code = r.choice(
                [
                    "502 Bad Gateway",
                    "502 Bad Gateway",
                    "503 Service Unavailable",
                    "504 Gateway Timeout",
                ]
            )
            emit(
                "warning",
                "Checking for jobs... failed",
                "Checking for jobs... failed",
                {"runner": runners[name], "status": f"POST {base}/api/v4/jobs/request: {code}"},
            )
        elif roll < 0.95:
            emit(
                "warning",
                "Failed to requeue the runner",
                "Failed to requeue the runner",
                {"builds": len(running), "runner": runners[r.choice(list(runners))]},
            )
        elif roll < 0.97:
            name = r.choice(list(runners))
            emit(
                "error",
                "Checking for jobs... forbidden",
                "Checking for jobs... forbidden",
                {
                    "runner": runners[name],
                    "status": f"POST {base}/api/v4/jobs/request: 403 Forbidden",
                },
            )
        elif roll < 0.985:
            emit(
                "warning",
                "Failed to process runner",
                "Failed to process runner",
                {
                    "builds": len(running),
                    "error": f"failed to update executor: docker: Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running? (docker.go:{r.randrange(700, 900)}:0s)",
                    "executor": "docker",
                    "runner": runners[r.choice(list(runners))],
                },
            )
        else:
            emit(
                "info",
                "Configuration loaded",
                "Configuration loaded",
                {"builds": len(running), "max_builds": 4},
            )
    log.tick(r, 3, 10)
    return [log]


SYSTEMS = {
    "dnsmasq": dnsmasq,
    "keepalived": keepalived,
    "nats-server": nats,
    "sidekiq": sidekiq,
    "gitlab-runner": gitlab_runner,
}


def generate(systems: dict[str, Callable[[random.Random], list[Log]]], argv: list[str]) -> int:
    """Write the systems named in `argv` (all of `systems` when none), each from its own seeded
    random source: every round's generator runs so."""
    for system in argv or list(systems):
        write(system, systems[system](random.Random(f"heldout-{system}")))
    return 0


if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
