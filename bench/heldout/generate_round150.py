#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 150 (dnscrypt-proxy, radvd, ndppd, miniupnpd, sslh) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five small network daemons of a home or office edge,
06:00 to 12:00 on 2024-06-07. The brief's fifth system, ser2net, logs next to nothing at its
default settings (no connection lines) and its few messages could not be written faithfully, so
sslh, the port multiplexer in front of the same edge's SSH and HTTPS, takes its place.

- dnscrypt-proxy 2.1 (`dnscrypt-proxy.log`, its `log_file`: `[2024-06-07 06:00:01] [NOTICE]
  dnscrypt-proxy 2.1.5`; `query.log` and `blocked-names.log` in the tsv format: `[time]\\tclient
  \\tname\\ttype\\tresult\\tNms\\tserver` and `[time]\\tclient\\tname\\trule`): start-up (listeners,
  sources, blocking rules, each server's `[%s] OK (DNSCrypt) - rtt: %dms` / `(DoH)`, `Sorted
  latencies:` with one `- %5dms %s` line per server, the fastest server, `dnscrypt-proxy is ready
  - live servers: %d`), the hourly certificate refresh, the uplink lost 08:55-09:12 (each
  server's `[%s] TIMEOUT` or the DoH error's own format, `dnscrypt-proxy is waiting for at least
  one server to be reachable`, SERVER_TIMEOUT in the query log), and a restart at 10:30 whose
  first start fails on a moved configuration file (FATAL).
- radvd 2.19 (`gw1-radvd.log`: its `-m logfile` file, `[Jun 07 06:00:01] radvd (812): ...`;
  `gw2-daemon.log`: syslog): a rogue router on gw1's guest VLAN 07:05-09:50 (every RA it sends
  logs `our AdvCurHopLimit on %s doesn't agree with %s` and `our AdvOtherConfigFlag on %s
  doesn't agree with %s`), gw2's standby config with other lifetimes on the shared VLAN (`our
  AdvValidLifetime on %s for %s doesn't agree with %s`, `...PreferredLifetime...`), a reload with
  a syntax error on gw2, IPv6 forwarding switched off there, vlan40 lost (`sendmsg: %s`), and
  restarts.
- ndppd 0.2.5 (`vps1-daemon.log`, `vps2-daemon.log`: syslog, run with `-vvv` while debugging):
  `(level) message` lines; each neighbor solicitation's `proxy::handle_solicit()`, `checking %s
  against %s`, `session::send_solicit() daddr=%s, taddr=%s`, `session::handle_advert() taddr=%s`,
  `iface::write_advert() daddr=%s, taddr=%s, target=%d`, and the sessions' expiry; vps2's
  configuration with a missing interface at 09:30, the restarts.
- miniupnpd 2.3 (`router-daemon.log`: syslog): start-up, `SSDP M-SEARCH from %s:%d ST: %.*s` from
  the LAN's TVs, consoles and PCs, `HTTP connection from %s:%d`, UPnP port mappings
  (`AddPortMapping: ext port %hu to %s:%hu protocol %s for: %s leaseduration=%u rhost=%s`,
  `DeletePortMapping: external port: %hu, protocol: %s`), expired leases, SSDP from the WAN
  (`SSDP packet sender %s (if_index=%d) not from a LAN, ignoring`), the PPPoE link lost
  07:40-07:48 (`Failed to get IP for interface %s`, `sendto(udp_notify=%d, %s): %s`), a restart.
- sslh 1.22 (`edge-daemon.log`: syslog, sslh-select): each connection's `%s:connection from %s to
  %s forwarded from %s to %s` (ssh, tls, openvpn, http), probes timing out to the default
  protocol, the SSH daemon down 10:05-10:12 (`forward to %s failed:connect: %s`), start-up and a
  restart with a bad listen address.

Label notes. Heads are context: dnscrypt-proxy's `[time] [LEVEL]`, the tsv logs' `[time]`,
radvd's `[date] radvd (pid): `, syslog's head, ndppd's `(level)`. Each tsv log's row is one
format; result codes (PASS, REJECT, CACHE_HIT, SERVER_TIMEOUT), record types and rule patterns
are values. A Go, strerror or resolver error inside a message contributes its own text
(`dial tcp %s: i/o timeout`, `Network is unreachable`, `Connection refused`). sslh's protocol
name before `:connection` is a value (the probe's result).

Least sure (written from the helper's knowledge, no source at hand): dnscrypt-proxy's DoH
failure wording and `Refreshing certificates`' level; radvd's logfile prefix, `syntax error in
%s, line %d: %s` and `sendmsg` wording; ndppd's debug function names and fields; miniupnpd's
`Failed to get IP for interface`, expired-lease and NAT-PMP wordings; sslh's start-up and
`timed out` lines.
"""

from __future__ import annotations

import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round55 import poisson
from generate_round97 import Files, sec, syslog_ts
from generate_round147 import T0, T_END, at

S = 1_000_000  # a second, the resolution of every log of the round


def sysl(fs: Files, f: str, host: str, ident: str, pid: int):
    """A syslog writer for one process: (t, label, text) -> the instant used."""

    def w(t: datetime, label: str, text: str) -> datetime:
        return fs.add(
            f, t, label, lambda x: [f"{syslog_ts(x)} {host} {ident}[{pid}]: {text}"], (f, pid), S
        )

    return w


# ---------------------------------------------------------------------------- dnscrypt-proxy

DC_SERVERS = [
    ("cloudflare", "DoH", 14),
    ("quad9-dnscrypt-ip4-filter-pri", "DNSCrypt", 19),
    ("scaleway-fr", "DNSCrypt", 27),
    ("adguard-dns-doh", "DoH", 31),
    ("mullvad-doh", "DoH", 38),
    ("dnscry.pt-amsterdam-ipv4", "DNSCrypt", 22),
]
DC_DOH_IP = {
    "cloudflare": "104.16.249.249:443",
    "adguard-dns-doh": "94.140.14.14:443",
    "mullvad-doh": "194.242.2.2:443",
}
DC_CLIENTS = [
    "192.168.10.11",
    "192.168.10.23",
    "192.168.10.31",
    "192.168.10.42",
    "192.168.10.57",
    "192.168.10.108",
    "127.0.0.1",
]
DC_NAMES = [
    "www.google.com",
    "github.com",
    "api.github.com",
    "fonts.gstatic.com",
    "connectivitycheck.gstatic.com",
    "updates.signal.org",
    "ocsp.digicert.com",
    "www.youtube.com",
    "i.ytimg.com",
    "time.cloudflare.com",
    "login.microsoftonline.com",
    "outlook.office365.com",
    "pypi.org",
    "deb.debian.org",
    "mqtt.home.lan",
    "nas.home.lan",
    "wpad.home.lan",
]
DC_BLOCKED = [
    ("ads.doubleclick.net", "*.doubleclick.net"),
    ("app-measurement.com", "app-measurement.com"),
    ("telemetry.microsoft.com", "telemetry.*"),
    ("pagead2.googlesyndication.com", "*.googlesyndication.com"),
    ("graph.facebook.com", "*.facebook.com"),
]


def dnscrypt(r: random.Random) -> list[Log]:
    """One dnscrypt-proxy on a home server, 06:00 to 12:00: start-up, hourly certificate
    refreshes, the uplink lost 08:55-09:12 (refresh failures, waiting for a server, timeouts in
    the query log), a restart at 10:30 failing once on a moved configuration file."""
    fs = Files()
    pid = [1204]

    def L(t: datetime, lvl: str, label: str, text: str) -> datetime:
        return fs.add(
            "dnscrypt-proxy.log",
            t,
            label,
            lambda x: [f"[{x:%Y-%m-%d %H:%M:%S}] [{lvl}] {text}"],
            pid[0],
            S,
        )

    def probe(t: datetime, down: bool) -> datetime:
        lat = []
        for name, proto, base in DC_SERVERS:
            t += sec(r.uniform(0.05, 0.6))
            if down:
                if proto == "DoH":
                    t = L(
                        t,
                        "NOTICE",
                        "[%s] Post %q: dial tcp %s: i/o timeout",
                        f'[{name}] Post "https://{name}.example/dns-query": dial tcp {DC_DOH_IP[name]}: i/o timeout',
                    )
                else:
                    t = L(t, "NOTICE", "[%s] TIMEOUT", f"[{name}] TIMEOUT")
                continue
            rtt = max(4, int(r.gauss(base, base * 0.2)))
            lat.append((rtt, name))
            t = L(
                t,
                "NOTICE",
                f"[%s] OK ({proto}) - rtt: %dms",
                f"[{name}] OK ({proto}) - rtt: {rtt}ms",
            )
        if down:
            return L(
                t + sec(0.01),
                "NOTICE",
                "dnscrypt-proxy is waiting for at least one server to be reachable",
                "dnscrypt-proxy is waiting for at least one server to be reachable",
            )
        lat.sort()
        t = L(t + sec(0.01), "NOTICE", "Sorted latencies:", "Sorted latencies:")
        for rtt, name in lat:
            t = L(t, "NOTICE", "- %5dms %s", f"- {rtt:5d}ms {name}")
        return t

    def boot(t: datetime) -> datetime:
        t = L(t, "NOTICE", "dnscrypt-proxy %s", "dnscrypt-proxy 2.1.5")
        t = L(t, "NOTICE", "Network connectivity detected", "Network connectivity detected")
        t = L(t, "NOTICE", "Now listening to %v [UDP]", "Now listening to 0.0.0.0:53 [UDP]")
        t = L(t, "NOTICE", "Now listening to %v [TCP]", "Now listening to 0.0.0.0:53 [TCP]")
        t = L(t, "NOTICE", "Now listening to %v [UDP]", "Now listening to [::]:53 [UDP]")
        t = L(t, "NOTICE", "Now listening to %v [TCP]", "Now listening to [::]:53 [TCP]")
        for src in ["public-resolvers", "relays"]:
            t = L(
                t + sec(r.uniform(0.2, 1.2)),
                "NOTICE",
                "Source [%s] loaded",
                f"Source [{src}] loaded",
            )
        t = L(
            t,
            "INFO",
            "Loading the set of blocking rules from [%s]",
            "Loading the set of blocking rules from [/etc/dnscrypt-proxy/blocked-names.txt]",
        )
        t = L(t, "NOTICE", "Firefox workaround initialized", "Firefox workaround initialized")
        t = probe(t, False)
        best = min(DC_SERVERS, key=lambda s: s[2])
        t = L(
            t,
            "NOTICE",
            "Server with the lowest initial latency: %s (rtt: %dms)",
            f"Server with the lowest initial latency: {best[0]} (rtt: {best[2] + r.randint(-2, 2)}ms)",
        )
        return L(
            t,
            "NOTICE",
            "dnscrypt-proxy is ready - live servers: %d",
            f"dnscrypt-proxy is ready - live servers: {len(DC_SERVERS)}",
        )

    down = (at(8, 55), at(9, 12, 30))
    boot(T0 + sec(1))
    for h in range(7, 12):
        t = at(h, 0, 1.3) if h != 11 else at(11, 30, 2)
        t = L(t, "INFO", "Refreshing certificates", "Refreshing certificates")
        if h == 9:
            probe(t, True)
            for m in range(1, 13):
                t = L(at(9, m, 3), "INFO", "Refreshing certificates", "Refreshing certificates")
                probe(t, at(9, m, 3) < down[1])
            continue
        probe(t, False)
    t = L(at(10, 30, 4), "NOTICE", "Quit signal received...", "Quit signal received...")
    pid[0] = 31877
    L(
        t + sec(9),
        "FATAL",
        "Unable to load the configuration file [%s] -- Maybe use the -config command-line switch?",
        "Unable to load the configuration file [dnscrypt-proxy.toml] -- Maybe use the -config command-line switch?",
    )
    pid[0] = 31902
    boot(at(10, 31, 40))
    # the query and blocked-names logs
    for t in poisson(r, T0 + sec(3), T_END, 10.2):
        if at(10, 30, 4) <= t < at(10, 31, 45):
            continue
        c, n = r.choice(DC_CLIENTS), r.choice(DC_NAMES)
        typ = r.choices(["A", "AAAA", "HTTPS", "PTR"], [50, 35, 12, 3])[0]
        if down[0] <= t < down[1]:
            res, ms, srv = (
                ("SERVER_TIMEOUT", r.randint(2500, 3500), r.choice(DC_SERVERS)[0])
                if r.random() < 0.7
                else ("CACHE_HIT", 0, "-")
            )
        elif n.endswith(".lan"):
            res, ms, srv = ("FORWARD", r.randint(0, 2), "192.168.10.1")
        elif r.random() < 0.08:
            b = r.choice(DC_BLOCKED)
            c = r.choice(DC_CLIENTS[:6])
            res, ms, srv, n = "REJECT", 0, "-", b[0]
            fs.add(
                "blocked-names.log",
                t,
                r"%s\t%s\t%s",
                lambda x, c=c, b=b: [f"[{x:%Y-%m-%d %H:%M:%S}]\t{c}\t{b[0]}\t{b[1]}"],
                "blocked",
                S,
            )
        elif r.random() < 0.45:
            res, ms, srv = "CACHE_HIT", 0, "-"
        else:
            s = r.choice(DC_SERVERS[:3])
            res, ms, srv = "PASS", max(3, int(r.gauss(s[2] + 4, 6))), s[0]
        fs.add(
            "query.log",
            t,
            r"%s\t%s\t%s\t%s\t%dms\t%s",
            lambda x, c=c, n=n, typ=typ, res=res, ms=ms, srv=srv: [
                f"[{x:%Y-%m-%d %H:%M:%S}]\t{c}\t{n}\t{typ}\t{res}\t{ms}ms\t{srv}"
            ],
            "query",
            S,
        )
    return fs.logs(T0)


# ------------------------------------------------------------------------------------- radvd

RA_IFACES = ["vlan10", "vlan20", "vlan30", "vlan40"]


def radvd(r: random.Random) -> list[Log]:
    """radvd on two gateways, 06:00 to 12:00: a rogue router on gw1's guest VLAN (vlan30)
    07:05-09:50, gw2's standby prefix lifetimes disagreeing with gw1's on vlan10 from its
    reload at 07:30, gw2's reload with a syntax error at 08:20 and IPv6 forwarding switched off
    there, vlan40 lost on gw2 10:10-10:25, gw1 restarted at 11:00."""
    fs = Files()
    pid1 = [812]

    def G1(t: datetime, label: str, text: str) -> datetime:
        p = pid1[0]
        return fs.add(
            "gw1-radvd.log",
            t,
            label,
            lambda x: [f"[{x:%b %d %H:%M:%S}] radvd ({p}): {text}"],
            ("gw1", p),
            S,
        )

    g2 = [sysl(fs, "gw2-daemon.log", "gw2", "radvd", 745)]

    def G2(t: datetime, label: str, text: str) -> datetime:
        return g2[0](t, label, text)

    def start(w, t: datetime) -> datetime:
        return w(t, "version %s started", "version 2.19 started")

    start(G1, T0 + sec(2))
    start(G2, T0 + sec(3))
    rogue = "fe80::1a2b:3cff:fe4d:5e6f"
    for t in poisson(r, at(7, 5), at(9, 50), 9.5):
        t = G1(
            t,
            "our AdvCurHopLimit on %s doesn't agree with %s",
            f"our AdvCurHopLimit on vlan30 doesn't agree with {rogue}",
        )
        G1(
            t,
            "our AdvOtherConfigFlag on %s doesn't agree with %s",
            f"our AdvOtherConfigFlag on vlan30 doesn't agree with {rogue}",
        )
    # gw2 reloaded at 07:30 with other lifetimes on vlan10: each router's RAs disagree
    G2(at(7, 30, 12), "attempting to reread config file", "attempting to reread config file")
    G2(at(7, 30, 12), "resuming normal operation", "resuming normal operation")
    gw1ll, gw2ll = "fe80::5054:ff:fe12:3401", "fe80::5054:ff:fe12:3402"
    for _who, w, other in [("gw1", G1, gw2ll), ("gw2", G2, gw1ll)]:
        for t in poisson(r, at(7, 30, 20), at(10, 45), r.uniform(190, 230)):
            t = w(
                t,
                "our AdvValidLifetime on %s for %s doesn't agree with %s",
                f"our AdvValidLifetime on vlan10 for 2001:db8:4a10:10::/64 doesn't agree with {other}",
            )
            w(
                t,
                "our AdvPreferredLifetime on %s for %s doesn't agree with %s",
                f"our AdvPreferredLifetime on vlan10 for 2001:db8:4a10:10::/64 doesn't agree with {other}",
            )
    # 08:20 a reload with a syntax error keeps the old config
    t = G2(at(8, 20, 5), "attempting to reread config file", "attempting to reread config file")
    t = G2(
        t,
        "syntax error in %s, line %d: %s",
        "syntax error in /etc/radvd.conf, line 41: syntax error, unexpected '}', expecting ';'",
    )
    t = G2(t, "Exiting, failed to read config file", "Exiting, failed to read config file")
    g2[0] = sysl(fs, "gw2-daemon.log", "gw2", "radvd", 21933)
    t = G2(at(8, 24, 40), "version %s started", "version 2.19 started")
    t = G2(
        t,
        "IPv6 forwarding setting is: %u, should be 1 or 2",
        "IPv6 forwarding setting is: 0, should be 1 or 2",
    )
    G2(
        t,
        "IPv6 forwarding seems to be disabled, but continuing anyway",
        "IPv6 forwarding seems to be disabled, but continuing anyway",
    )
    for t in poisson(r, at(10, 10), at(10, 25), 12):
        G2(t, "sendmsg: %s", "sendmsg: Network is down")
    G2(
        at(10, 25, 3),
        "resetting ipv6-allrouters membership on %s",
        "resetting ipv6-allrouters membership on vlan40",
    )
    t = G1(
        at(11, 0, 2), "Exiting, sigterm or sigint received.", "Exiting, sigterm or sigint received."
    )
    t = G1(t, "sending stop adverts", "sending stop adverts")
    t = G1(t, "removing %s", "removing /run/radvd.pid")
    pid1[0] = 29011
    t = start(G1, t + sec(2))
    G1(
        t,
        "interface %s does not exist or is not set up properly, ignoring the interface",
        "interface vlan50 does not exist or is not set up properly, ignoring the interface",
    )
    return fs.logs(T0)


# ------------------------------------------------------------------------------------- ndppd


def ndppd(r: random.Random) -> list[Log]:
    """ndppd with -vvv on two VPS hosts proxying their containers' /64, 06:00 to 12:00: each
    neighbor solicitation from the provider's router, vps2 restarted at 09:30 on a config naming a
    missing interface, then fixed."""
    fs = Files()
    router = "fe80::1"
    for host, pfx, mean, pid in [
        ("vps1", "2a01:4f8:c17:2b3e", 52.0, 613),
        ("vps2", "2a01:4f8:c0c:9a71", 71.0, 598),
    ]:
        W = [sysl(fs, f"{host}-daemon.log", host, "ndppd", pid)]

        def N(t: datetime, lvl: str, label: str, text: str, W=W) -> datetime:
            return W[0](t, label, f"({lvl}) {text}")

        def boot(t: datetime, N=N, pfx=pfx) -> datetime:
            t = N(
                t,
                "notice",
                "ndppd (NDP Proxy Daemon) version %s",
                "ndppd (NDP Proxy Daemon) version 0.2.5",
            )
            t = N(
                t,
                "notice",
                "Using configuration file '%s'",
                "Using configuration file '/etc/ndppd.conf'",
            )
            t = N(t, "debug", "proxy::create() if=%s", "proxy::create() if=eth0")
            t = N(
                t,
                "debug",
                "rule::create() if=%s, addr=%s, auto=%d",
                f"rule::create() if=eth0, addr={pfx}::/64, auto=1",
            )
            return N(
                t,
                "warning",
                "Low prefix length (%d <= 120) when using 'auto' method",
                "Low prefix length (64 <= 120) when using 'auto' method",
            )

        boot(T0 + sec(4))
        hosts = [f"{pfx}::{hexid(r, 4).lstrip('0') or '1'}" for _ in range(9)]
        for t in poisson(r, T0 + sec(10), T_END, mean):
            if host == "vps2" and at(9, 30) <= t < at(9, 41):
                continue
            ta = r.choice(hosts)
            sol = (
                f"{pfx[: pfx.rfind(':')]}:ff{ta[-4:].rjust(4, '0')[:2]}:{ta[-4:].rjust(4, '0')[2:]}"
            )
            t = N(
                t,
                "debug",
                "proxy::handle_solicit() saddr=%s, daddr=%s, taddr=%s",
                f"proxy::handle_solicit() saddr={router}, daddr=ff02::1:{sol[-7:]}, taddr={ta}",
            )
            t = N(t, "debug", "checking %s against %s", f"checking {ta} against {pfx}::/64")
            if r.random() < 0.3:
                t = N(
                    t,
                    "debug",
                    "session::send_solicit() daddr=%s, taddr=%s",
                    f"session::send_solicit() daddr=ff02::1:ff{ta[-4:].rjust(4, '0')[:2]}:{ta[-4:].rjust(4, '0')[2:]}, taddr={ta}",
                )
                if r.random() < 0.06:
                    N(
                        t + sec(3),
                        "debug",
                        "session::expire() taddr=%s, status=%s",
                        f"session::expire() taddr={ta}, status=INVALID",
                    )
                    continue
                t = N(
                    t,
                    "debug",
                    "session::handle_advert() taddr=%s",
                    f"session::handle_advert() taddr={ta}",
                )
            t = N(
                t,
                "debug",
                "iface::write_advert() daddr=%s, taddr=%s, target=%d",
                f"iface::write_advert() daddr={router}, taddr={ta}, target=0",
            )
            if r.random() < 0.05:
                N(
                    t + sec(30),
                    "debug",
                    "session::expire() taddr=%s, status=%s",
                    f"session::expire() taddr={ta}, status=VALID",
                )
        if host == "vps2":
            t = N(at(9, 30, 1), "notice", "Shutting down...", "Shutting down...")
            t = N(t, "debug", "iface::~iface()", "iface::~iface()")
            for i in range(9):
                W[0] = sysl(fs, f"{host}-daemon.log", host, "ndppd", 14870 + 31 * i)
                t = N(
                    at(9, 30, 3) + sec(70 * i),
                    "notice",
                    "ndppd (NDP Proxy Daemon) version %s",
                    "ndppd (NDP Proxy Daemon) version 0.2.5",
                )
                t = N(
                    t,
                    "notice",
                    "Using configuration file '%s'",
                    "Using configuration file '/etc/ndppd.conf'",
                )
                N(t, "error", "Could not open interface '%s'", "Could not open interface 'ens18'")
            W[0] = sysl(fs, f"{host}-daemon.log", host, "ndppd", 15121)
            boot(at(9, 41, 2))
    return fs.logs(T0)


# --------------------------------------------------------------------------------- miniupnpd

UP_LAN = {
    "192.168.1.20": "living-room-tv",
    "192.168.1.23": "xbox",
    "192.168.1.31": "desktop",
    "192.168.1.35": "laptop",
    "192.168.1.40": "chromecast",
    "192.168.1.52": "nas",
}
UP_ST = [
    "ssdp:all",
    "urn:schemas-upnp-org:device:InternetGatewayDevice:1",
    "urn:dial-multiscreen-org:service:dial:1",
    "upnp:rootdevice",
    "urn:schemas-upnp-org:device:MediaRenderer:1",
]
UP_MAPS = [
    ("192.168.1.23", 3074, "UDP", "Xbox"),
    ("192.168.1.23", 3074, "TCP", "Xbox"),
    ("192.168.1.31", 51413, "TCP", "Transmission at 51413"),
    ("192.168.1.31", 51413, "UDP", "Transmission at 51413"),
    ("192.168.1.52", 32400, "TCP", "Plex Media Server"),
    ("192.168.1.35", 27036, "UDP", "Steam"),
]


def miniupnpd(r: random.Random) -> list[Log]:
    """miniupnpd on a home router, 06:00 to 12:00: the LAN's SSDP searches, HTTP control
    connections and port mappings renewed by their clients, SSDP from the WAN ignored, the PPPoE
    link lost 07:40-07:48, a restart at 10:45 after a configuration change."""
    fs = Files()
    W = [sysl(fs, "router-daemon.log", "router", "miniupnpd", 1423)]

    def U(t: datetime, label: str, text: str) -> datetime:
        return W[0](t, label, text)

    def boot(t: datetime) -> datetime:
        t = U(
            t,
            "version %s starting%s%sext if %s BOOTID=%u",
            f"version 2.3.3 starting NAT-PMP/PCP UPnP-IGD ext if ppp0 BOOTID={int(t.timestamp())}",
        )
        t = U(t, "HTTP listening on port %d", "HTTP listening on port 5000")
        t = U(
            t,
            "HTTP IPv6 address given to control points : %s",
            "HTTP IPv6 address given to control points : [fd00:1::1]",
        )
        return U(
            t,
            "Listening for NAT-PMP/PCP traffic on port %u",
            "Listening for NAT-PMP/PCP traffic on port 5351",
        )

    boot(T0 + sec(5))
    link = (at(7, 40), at(7, 48, 20))
    restart = (at(10, 45, 2), at(10, 45, 9))
    for t in poisson(r, T0 + sec(20), T_END, 11.5):
        if restart[0] <= t < restart[1]:
            continue
        ip = r.choices(list(UP_LAN), [30, 8, 15, 10, 30, 7])[0]
        U(
            t,
            "SSDP M-SEARCH from %s:%d ST: %.*s",
            f"SSDP M-SEARCH from {ip}:{r.choice([1900, r.randint(49152, 65535)])} ST: {r.choice(UP_ST)}",
        )
    for t in poisson(r, T0 + sec(30), T_END, 95):
        if restart[0] <= t < restart[1]:
            continue
        ip = r.choice(["192.168.1.23", "192.168.1.31", "192.168.1.52", "192.168.1.35"])
        t = U(
            t, "HTTP connection from %s:%d", f"HTTP connection from {ip}:{r.randint(49152, 65535)}"
        )
        mp = [m for m in UP_MAPS if m[0] == ip]
        if mp and r.random() < 0.6:
            m = r.choice(mp)
            t = U(
                t,
                "AddPortMapping: ext port %hu to %s:%hu protocol %s for: %s leaseduration=%u rhost=%s",
                f"AddPortMapping: ext port {m[1]} to {m[0]}:{m[1]} protocol {m[2]} for: {m[3]} leaseduration={r.choice([3600, 7200, 0])} rhost=",
            )
            if r.random() < 0.1:
                U(
                    t,
                    "DeletePortMapping: external port: %hu, protocol: %s",
                    f"DeletePortMapping: external port: {m[1]}, protocol: {m[2]}",
                )
    for t in poisson(r, T0, T_END, 1500):
        m = r.choice(UP_MAPS)
        U(
            t,
            "remove port mapping %hu %s because it has expired",
            f"remove port mapping {m[1]} {m[2]} because it has expired",
        )
    for t in poisson(r, T0, T_END, 160):
        U(
            t,
            "SSDP packet sender %s (if_index=%d) not from a LAN, ignoring",
            f"SSDP packet sender {r.choice(['100.64.0.1', '100.64.12.201', '100.64.7.33'])}:1900 (if_index=9) not from a LAN, ignoring",
        )
    t = U(
        link[0] + sec(1), "Failed to get IP for interface %s", "Failed to get IP for interface ppp0"
    )
    U(
        t,
        "Cannot get IP address for ext interface %s. Network is down",
        "Cannot get IP address for ext interface ppp0. Network is down",
    )
    for t in poisson(r, link[0] + sec(2), link[1], 30):
        t = U(
            t,
            "sendto(udp_notify=%d, %s): %s",
            "sendto(udp_notify=7, 192.168.1.1): Network is unreachable",
        )
    U(link[1], "Public IP address : %s", "Public IP address : 85.214.77.130")
    t = U(restart[0], "received signal %d, good-bye", "received signal 15, good-bye")
    U(t, "shutting down MiniUPnPd", "shutting down MiniUPnPd")
    W[0] = sysl(fs, "router-daemon.log", "router", "miniupnpd", 27611)
    t = U(
        restart[0] + sec(3),
        "parsing error file %s line %d : %s",
        "parsing error file /etc/miniupnpd/miniupnpd.conf line 58 : allow 1024-65535 192.168.1.0/24 1024-65535x",
    )
    boot(t + sec(1))
    return fs.logs(T0)


# -------------------------------------------------------------------------------------- sslh

SS_PROTO = [
    ("ssh", "127.0.0.1:22", 45),
    ("tls", "127.0.0.1:8443", 40),
    ("openvpn", "127.0.0.1:1194", 10),
    ("http", "127.0.0.1:8080", 5),
]
SS_CLIENTS = [
    "81.2.69.142",
    "93.184.216.34",
    "198.51.100.24",
    "203.0.113.77",
    "185.220.101.5",
    "62.210.11.4",
    "45.83.64.9",
]


def sslh(r: random.Random) -> list[Log]:
    """sslh-select on an edge box multiplexing 443, 06:00 to 12:00: every connection's forward
    line, probes timing out to the default (ssh), the SSH daemon down 10:05-10:12 (connect
    refused), a restart at 11:20 whose first try has a bad listen address."""
    fs = Files()
    W = [sysl(fs, "edge-daemon.log", "edge", "sslh", 901)]

    def X(t: datetime, label: str, text: str) -> datetime:
        return W[0](t, label, text)

    def boot(t: datetime) -> datetime:
        return X(t, "%s %s started", "sslh-select v1.22c started")

    boot(T0 + sec(2))
    down = (at(10, 5), at(10, 12, 40))
    gap = (at(11, 20), at(11, 21, 30))
    for t in poisson(r, at(9, 20), at(9, 24), 0.25):
        X(
            t,
            "%s:connection from %s to %s forwarded from %s to %s",
            f"tls:connection from 185.220.101.5:{r.randint(1024, 65535)} to 192.0.2.10:443 forwarded from 127.0.0.1:{r.randint(32768, 60999)} to 127.0.0.1:8443",
        )
    for t in poisson(r, T0 + sec(5), T_END, 11.5):
        if gap[0] <= t < gap[1]:
            continue
        p = r.choices(SS_PROTO, [s[2] for s in SS_PROTO])[0]
        c = f"{r.choice(SS_CLIENTS)}:{r.randint(1024, 65535)}"
        if at(9, 20) <= t < at(9, 24) and r.random() < 0.5:
            X(t, "accept: %s", "accept: Too many open files")
            continue
        if p[0] == "ssh" and r.random() < 0.08:
            t = X(t, "client %s timed out, probing %s", f"client {c} timed out, probing ssh")
        if p[0] == "ssh" and down[0] <= t < down[1]:
            X(
                t,
                "forward to %s failed:connect: %s",
                "forward to ssh failed:connect: Connection refused",
            )
            continue
        X(
            t,
            "%s:connection from %s to %s forwarded from %s to %s",
            f"{p[0]}:connection from {c} to 192.0.2.10:443 forwarded from 127.0.0.1:{r.randint(32768, 60999)} to {p[1]}",
        )
        if r.random() < 0.02:
            X(t + sec(r.uniform(0.1, 2)), "%s: %s", f"{p[0]}: Connection reset by peer")
    t = X(gap[0], "received signal %d, exiting", "received signal 15, exiting")
    W[0] = sysl(fs, "edge-daemon.log", "edge", "sslh", 30518)
    t = X(
        t + sec(2),
        "getaddrinfo(%s:%s): %s",
        "getaddrinfo(192.0.2.100:443): Name or service not known",
    )
    W[0] = sysl(fs, "edge-daemon.log", "edge", "sslh", 30544)
    boot(at(11, 21, 28))
    return fs.logs(T0)


SYSTEMS = {
    "dnscrypt-proxy": dnscrypt,
    "radvd": radvd,
    "ndppd": ndppd,
    "miniupnpd": miniupnpd,
    "sslh": sslh,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
