#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 197 (softether, pritunl, shadowsocks-rust, stubby,
sniproxy) into bench/heldout/, the same way and under the same label rules as generate.py
(bench/README.md, "heldout.py"): each program's log is simulated from its format strings over a
seeded run, and every line that starts an event is labelled with the format string that wrote it
as it is written. Distinct calls of one process never share a timestamp at the log's resolution
(round 53's Clock, kept per process and per file). Two VPN servers, a proxy for circumventing
filters, a DNS-over-TLS stub resolver and a TLS SNI proxy, 06:00 to 12:00 on 2024-06-07; none of
the five was in the set (OpenVPN, WireGuard, strongSwan, libreswan, ocserv, tinyproxy, sslh,
dnscrypt-proxy, HAProxy and Envoy are).

- SoftEther VPN Server 4.43 build 9799 (`vpn_20240607.log`, its server_log, and
  `sec_20240607.log`, the security_log of the Virtual Hub "VPN"; each line `%Y-%m-%d
  %H:%M:%S.%03d ` and the string table's message): employees' SoftEther VPN Client sessions
  (`On the TCP Listener (Port %u), a Client (...) has connected.`, `For the client (...),
  connection "%S" has been created.`, `SSL communication for connection "%S" has been started.
  ...`, the hub's `The connection "%S" (...) is attempting to connect to the Virtual Hub. ...`,
  `Successfully authenticated as user "%S".`, `The new session "%S" has been created. (...)`,
  `The parameter has been set. ...`, `VPN Client details: (...)` with the node-info tag's
  twenty fields, `A new MAC address "%S" has been assigned.`, SecureNAT's `The DHCP entry %u
  has been created. ...`, `The session has been terminated. ...`, `Connection "%S" has been
  terminated.`, `The connection with the client (...) has been disconnected.`); scanners on
  443 all day (`Connection "%S" terminated by the cause "%s" (code %u).` with ERR_4 after TLS,
  ERR_5 without); a password spray 08:40-09:05 (`User authentication failed. The user name that
  has been provided was "%S".`, ERR_9); the shared kiosk account refused for multiple logins
  09:12-10:31 (`Although the user "%S" made a login attempt, the security policy ... limits the
  maximum number of multiple logins to %u sessions. ...`, ERR_20); the server restarted by its
  administrator at 10:40 (`The Server Engine shutdown processing has started.`, the listeners
  stopping and starting, `The SoftEther VPN Server has been started.`, `%S %S` with the product
  name and version, `Virtual Hub "%S" has been started.`, SecureNAT started) and every client
  reconnecting (Cedar numbers connections and sessions from 1 again).
- Pritunl 1.32 (`vpn1-pritunl.log`, `vpn2-pritunl.log`: its LogFormatter's `[host
  name][%(asctime)s][%(levelname)s] %(message)s` with each data field on an indented `  key =
  json` line and a traceback after the fields or before them; `vpn1-pritunl_journal.log`,
  `vpn2-pritunl_journal.log`: the journal's JSON lines with `event` and `event_long`): two hosts
  of one replicated server, the authorizer's `Client authentication cached, skipping
  password`, `Authentication cached, skipping OTP`, `Client network whitelisted, skipping
  password` and a monitoring user's `Bypass secondary enabled, skipping password` (each with
  its journal entry), the journal's `User connected`, `User connected to network`, `User
  disconnected` and `Failed two-step authentication`; MongoDB losing its primary 08:10-08:14
  (`Exception in messaging thread` and `Failed to update server ping` with pymongo's
  ServerSelectionTimeoutError or AutoReconnect trace, the tenth `... stopping server`, `Starting
  vpn server` with fourteen fields, vpn2's `Server startup timed out, stopping server` with
  format_stack's frames after its fields); an SSO whitelist saved with `10.20.0.0/33` 10:05-10:31
  (`Invalid whitelist network` before every authorization); vpn2 upgraded at 11:00.
- shadowsocks-rust 1.20 (`ss-tyo1.log`, `ss-fra1.log`: `docker logs` of ssserver run with
  `-v`, log4rs's `{d} {h({l}):<5} [{P}:{I}] [{M}] {m}{n}`, nanosecond RFC 3339 stamps): the
  debug `established tcp tunnel %s <-> %s with %s` (ConnectOpts' Debug repr) for every proxied
  connection, UDP associations created and closed, active probes (`tcp handshake failed,
  received EOF before a complete target Address, peer: %s`, `... timeout before ...`, `tcp
  handshake failed. peer: %s, decrypt header chunk failed`), a phone with the old key 07:05-07:48
  and one with its clock two minutes slow 09:40-10:05 (`... invalid timestamp %d - now %d =
  %d`), fra1's resolver lost 08:02-08:11 and tyo1's upstream route broken 10:12-10:31 (`tcp
  tunnel %s -> %s connect failed, error: ...` and `tcp server stream aborted with error: ...`
  with three io errors), outbound ACL refusals, fra1 updated at 09:30 (`received SIGTERM,
  exiting`, `shadowsocks server %s build %s`, the TCP and UDP `... listening on %s, inbound
  address %s`).
- Stubby 0.4.3 on getdns 1.7.3 (`fw1-stubby.log`, `fw2-stubby.log`: `journalctl -u stubby`,
  the journal's short head then stubby's `[%H:%M:%S.%06d] STUBBY: ` and getdns's `%-40s : `
  upstream column): DNS-over-TLS connections to Cloudflare and Quad9 in the Strict profile
  (`Conn opened: TLS - Strict Profile`, `Verify passed : TLS`, after the idle timeout `Conn
  closed: TLS - Resps=%6d, Timeouts  =%6d, Curr_auth =%7s, Keepalive(ms)=%6d` and the two
  `Upstream   : TLS - ...` statistics lines), fw2's `Could not setup TLS capable TFO connect`
  before every connection, a TLS-inspecting firewall on fw1 07:10-07:26 (`Verify failed : TLS
  - *Failure* - (%ld) "unable to get local issuer certificate"`, `Conn closed: TLS - *Failure*`,
  `!Backing off TLS on this upstream    - Will retry again in %ds at %s` with asctime's date),
  fw2's uplink down 09:00-09:17 (failed connections, back-offs, `No valid upstreams for %s...
  promoting this backed-off upstream for re-try...`, `   *FAILURE* no valid transports or
  upstreams available!`), stubby restarted on fw1 at 10:30 (systemd's four lines, stubby's
  seven start-up lines).
- sniproxy 0.6.1 (`edge1-sniproxy.log`, `edge2-sniproxy.log`: the error_log at `priority
  notice`; `edge1-access.log`, `edge2-access.log`: the access_log; both `%F %T ` stamps, whole
  seconds): `%s -> %s -> %s [%.*s] %ld/%ld bytes tx %ld/%ld bytes rx %1.3f seconds` per
  connection (edge1 listens on `[::]`, so its clients are `[::ffff:a.b.c.d]:port`; aborted
  connections show `(null)` and `[]`), scanners (`Request from %s did not include a hostname`,
  `Unable to parse request from %s: parse_packet returned %d`, `Invalid hostname %.*s in client
  request`), `recv(): %s, closing connection` / `send(): %s, closing connection` with the
  strerror text, the resolver down 08:20-08:35 (`unable to resolve %s, closing connection`),
  the cloud backend refusing 09:10-09:24, a reload at 10:00 (`Listener %s updated.`, `Listener
  %s added.`), edge2's file descriptors exhausted by a flood 10:50-10:53 (`accept failed: Too
  many open files`, `File descriptor limit reached! Suspending accepting new connections on %s
  for %d seconds`, `Dumped connections to %s` after SIGUSR1), a wildcard app given an
  unreachable IPv6 address at 11:21.

Label notes. The log heads are context: SoftEther's stamp, Pritunl's host name, time and level,
log4rs's time, level, pid:thread and module, the journal head and stubby's `[time] STUBBY: `,
sniproxy's stamp. SoftEther's messages are its string table's entries (LS_*, LH_*): a cause or
auth type taken from the string table by code (`_UU("ERR_9")`) is a message of its own and is
wording; SecureNAT's `SecureNAT: ` and the admin tag are prefixes the logger adds (context).
Pritunl's data fields and traceback belong to the event; the journal line's template is its
`event` code with its `event_long`, both written literally at the call site, the other keys are
attributes. shadowsocks-rust's io and protocol errors are messages of their own
(`Connection timed out (os error %d)`, `decrypt header chunk failed`, `invalid timestamp ...`);
ConnectOpts' Debug repr is one value. getdns's upstream address column is a value; the
transport, profile and `*Failure*` are branch-picked words; `Curr_auth`'s and `Best_auth`'s
state is an enum name (a value). sniproxy's strerror texts are messages of their own.

Least sure (written from the helper's knowledge; SoftEther's string table (LS_, LH_, LA_
entries), Pritunl's logger, formatter, journal, authorizer and server instance, ssserver's TCP
and UDP relay and log4rs setup, Stubby's log.c and stubby.c and getdns's stub.c and context.c
upstream logging, sniproxy's logger, connection and listener code were read in copies of their
sources): which SoftEther messages go to the server log and which to the hub's security log,
and whether LS_LISTENER_ACCEPT is logged for every connection; Pritunl's journal key order and
its float timestamp, the pymongo frames and line numbers; ssserver's build-time string, the
`received SIGTERM, exiting` line's module and ConnectOpts' fields in 1.20; whether Stubby's
start-up lines end in a newline (their format strings have none); sniproxy's `(null)` for an
unconnected backend in the access log and the byte counts of aborted connections.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round55 import poisson
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, weighted


def ms3(t: datetime) -> str:
    return f"{t.microsecond // 1000:03d}"


def mac_dash(r: random.Random) -> str:
    return "5E-" + "-".join(f"{r.randrange(256):02X}" for _ in range(5))


# -------------------------------------------------------------------------------- softether

SE_USERS = [
    # user, client host, client OS name, client OS version, public IP, rDNS (or "")
    (
        "alice",
        "LAPTOP-7QK2MD1",
        "Windows 10",
        "Build 19045",
        "84.158.201.37",
        "p549ec925.dip0.t-ipconnect.de",
    ),
    (
        "bwagner",
        "DESKTOP-H3LQ9TE",
        "Windows 11",
        "Build 22631",
        "91.64.112.8",
        "ip5b40704c.dynamic.kabel-deutschland.de",
    ),
    ("cmueller", "cmueller-mbp", "Mac OS X", "14.5.0", "2.205.77.140", ""),
    (
        "dkoch",
        "LAPTOP-DK-01",
        "Windows 10",
        "Build 19045",
        "88.152.9.201",
        "ip-088-152-009-201.um23.pools.vodafone-ip.de",
    ),
    ("eschmidt", "NB-ESCHMIDT", "Windows 11", "Build 22631", "178.27.93.64", ""),
    (
        "fbauer",
        "fbauer-thinkpad",
        "Linux",
        "6.8.0-35-generic",
        "93.211.20.117",
        "p5dd31475.dip0.t-ipconnect.de",
    ),
    ("gweber", "LAPTOP-GW7N2", "Windows 10", "Build 19045", "46.114.5.230", ""),
    (
        "hfischer",
        "DESKTOP-HF2024",
        "Windows 11",
        "Build 22631",
        "79.241.166.12",
        "p4ff1a60c.dip0.t-ipconnect.de",
    ),
    (
        "ischulz",
        "NB-ISCHULZ",
        "Windows 11",
        "Build 22621",
        "37.201.4.88",
        "ip-037-201-004-088.um10.pools.vodafone-ip.de",
    ),
    ("jhoffmann", "jhoffmann-mbp", "Mac OS X", "14.4.1", "95.90.241.15", ""),
    ("kwolf", "LAPTOP-KW9", "Windows 10", "Build 19044", "84.61.130.44", ""),
    (
        "lneumann",
        "DESKTOP-LN5",
        "Windows 11",
        "Build 22631",
        "31.17.88.190",
        "ip1f1158be.dynamic.kabel-deutschland.de",
    ),
    ("mschwarz", "NB-MSCHWARZ", "Windows 11", "Build 22631", "109.43.50.121", ""),
    ("nzimmer", "LAPTOP-NZ4", "Windows 10", "Build 19045", "80.187.101.66", ""),
]
SE_CIPHERS = [
    "TLS_AES_256_GCM_SHA384",
    "TLS_AES_256_GCM_SHA384",
    "TLS_AES_256_GCM_SHA384",
    "ECDHE-RSA-AES256-GCM-SHA384",
]
SE_ERR = {
    4: "Protocol error occurred.",
    5: "A client which is non-SoftEther VPN software has connected to the port.",
    9: "User authentication failed.",
    20: "There are too many sessions by the same user. Other person might be connected to the Virtual Hub as the same user.",
}
SE_SCANNERS = [
    "45.148.10.81",
    "185.242.226.12",
    "162.142.125.214",
    "167.94.138.56",
    "198.235.24.131",
    "206.168.34.90",
    "71.6.232.26",
    "194.187.176.44",
    "89.248.165.51",
    "147.185.132.77",
]
SE_SERVER_IP = "10.20.0.5"
SE_PUBLIC_IP = "203.0.113.40"


def softether(r: random.Random) -> list[Log]:
    """SoftEther VPN Server 4.43 (build 9799) in a small company, one Virtual Hub "VPN" with
    SecureNAT, 06:00 to 12:00: the server log and the hub's security log. Employees connect
    with the SoftEther VPN Client (mostly 07:30-09:30), phones over L2TP/IPsec, scanners hit
    port 443 all day, a password spray 08:40-09:05, a shared kiosk account refused for multiple
    logins, and the server restarted by the administrator at 10:40 (everyone reconnects)."""
    fs = Files()
    SRV, SEC = "vpn_20240607.log", "sec_20240607.log"

    def ts(t: datetime) -> str:
        return f"{t:%Y-%m-%d %H:%M:%S}.{ms3(t)}"

    def S(t: datetime, label: str | None, msg: str) -> datetime:
        return fs.add(SRV, t, label, lambda x: [f"{ts(x)} {msg}"], SRV, 1000)

    def H(t: datetime, label: str | None, msg: str) -> datetime:
        return fs.add(SEC, t, label, lambda x: [f"{ts(x)} {msg}"], SEC, 1000)

    used: set[tuple[str, int]] = set()

    def number(kind: str, t: datetime, per: float) -> int:
        """Cedar numbers connections and sessions in order from its start: by time, restarting
        from 1 after the restart."""
        base, since = (18240 if kind == "CID" else 310, T0) if t < restart else (0, restart)
        n = base + 1 + int((t - since).total_seconds() / per)
        while (kind, n) in used:
            n += 1
        used.add((kind, n))
        return n

    dhcp = [40]
    lease = {}
    restart = at(10, 40, 13.4)
    down = (restart, restart + sec(9.5))

    def is_down(t: datetime) -> bool:
        return down[0] <= t < down[1]

    def d(a: float, b: float) -> object:
        return sec(r.uniform(a, b))

    def accept(
        t: datetime, ip: str, host: str, port: int, lport: int = 443
    ) -> tuple[datetime, str]:
        c = f"CID-{number('CID', t, 20)}"
        t = S(
            t,
            'On the TCP Listener (Port %u), a Client (IP address %S, Host name "%S", Port number %u) has connected.',
            f'On the TCP Listener (Port {lport}), a Client (IP address {ip}, Host name "{host}", Port number {port}) has connected.',
        )
        t = S(
            t + d(0.0005, 0.003),
            'For the client (IP address: %S, host name: "%S", port number: %u), connection "%S" has been created.',
            f'For the client (IP address: {ip}, host name: "{host}", port number: {port}), connection "{c}" has been created.',
        )
        return t, c

    def ssl(t: datetime, c: str) -> datetime:
        return S(
            t + d(0.02, 0.09),
            'SSL communication for connection "%S" has been started. The encryption algorithm name is "%S".',
            f'SSL communication for connection "{c}" has been started. The encryption algorithm name is "{r.choice(SE_CIPHERS)}".',
        )

    def close(t: datetime, c: str, ip: str, port: int, err: int = 0) -> datetime:
        if err:
            t = S(
                t,
                f'Connection "%S" terminated by the cause "{SE_ERR[err]}" (code %u).',
                f'Connection "{c}" terminated by the cause "{SE_ERR[err]}" (code {err}).',
            )
        t = S(
            t + d(0.0005, 0.002),
            'Connection "%S" has been terminated.',
            f'Connection "{c}" has been terminated.',
        )
        return S(
            t + d(0.0005, 0.002),
            "The connection with the client (IP address %S, Port number %u) has been disconnected.",
            f"The connection with the client (IP address {ip}, Port number {port}) has been disconnected.",
        )

    def hello(
        t: datetime,
        c: str,
        ip: str,
        host: str,
        port: int,
        user: str,
        cname: str = "SoftEther VPN Client",
        ver: str = "4.43",
        build: int = 9799,
    ) -> datetime:
        return H(
            t,
            'The connection "%S" (IP address: %S, Host name: %S, Port number: %u, Client name: "%S", Version: %S, Build: %u) is attempting to connect to the Virtual Hub. The auth type provided is "Password authentication" and the user name is "%S".',
            f'The connection "{c}" (IP address: {ip}, Host name: {host}, Port number: {port}, Client name: "{cname}", Version: {ver}, Build: {build}) is attempting to connect to the Virtual Hub. The auth type provided is "Password authentication" and the user name is "{user}".',
        )

    def session(
        t: datetime,
        c: str,
        user: str,
        ip: str,
        port: int,
        proto: str,
        node: str,
        ncon: int,
        chost: str,
    ) -> tuple[datetime, str, str]:
        n = number("SID", t, 240)
        s = f"SID-{user.upper()}-{n}" if proto != "L2TP" else f"SID-{user.upper()}-[L2TP]-{n}"
        t = H(
            t + d(0.01, 0.2),
            'Connection "%S": Successfully authenticated as user "%S".',
            f'Connection "{c}": Successfully authenticated as user "{user}".',
        )
        t = H(
            t + d(0.001, 0.01),
            'Connection "%S": The new session "%S" has been created. (IP address: %S, Port number: %u, Physical underlying protocol: "%S")',
            f'Connection "{c}": The new session "{s}" has been created. (IP address: {ip}, Port number: {port}, Physical underlying protocol: "{proto}")',
        )
        t = H(
            t + d(0.001, 0.005),
            'Session "%S": The parameter has been set. Max number of TCP connections: %u, Use of encryption: Yes, Use of compression: No, Use of Half duplex communication: No, Timeout: %u seconds.',
            f'Session "{s}": The parameter has been set. Max number of TCP connections: {ncon}, Use of encryption: Yes, Use of compression: No, Use of Half duplex communication: No, Timeout: 20 seconds.',
        )
        if node:
            t = H(
                t + d(0.001, 0.005),
                'Session "%S": VPN Client details: (Client product name: "%S", Client version: %u, Client build number: %u, Server product name: "%S", Server version: %u, Server build number: %u, Client OS name: "%S", Client OS version: "%S", Client product ID: "%S", Client host name: "%S", Client IP address: "%S", Client port number: %u, Server host name: "%S", Server IP address: "%S", Server port number: %u, Proxy host name: "%S", Proxy IP address: "%S", Proxy port number: %u, Virtual Hub name: "%S", Client unique ID: "%S")',
                f'Session "{s}": VPN Client details: ({node})',
            )
        mac = mac_dash(r)
        t = H(
            t + d(0.2, 1.5),
            'Session "%S": A new MAC address "%S" has been assigned.',
            f'Session "{s}": A new MAC address "{mac}" has been assigned.',
        )
        if user not in lease:
            dhcp[0] += 1
            lease[user] = (dhcp[0], f"192.168.30.{10 + dhcp[0] % 200}")
        n, vip = lease[user]
        t = H(
            t + d(0.5, 2.5),
            "The DHCP entry %u has been created. MAC address: %S, IP address: %S, host name: %S, expiration span: %u seconds",
            f"SecureNAT: The DHCP entry {n} has been created. MAC address: {mac}, IP address: {vip}, host name: {chost}, expiration span: 7200 seconds",
        )
        return t, s, vip

    def end_session(t: datetime, s: str, out_mb: float) -> datetime:
        o = int(out_mb * 1048576 * r.uniform(0.8, 1.2))
        i = int(o * r.uniform(0.05, 0.4))
        return H(
            t,
            'Session "%S": The session has been terminated. The statistical information is as follows: Total outgoing data size: %I64u bytes, Total incoming data size: %I64u bytes.',
            f'Session "{s}": The session has been terminated. The statistical information is as follows: Total outgoing data size: {o} bytes, Total incoming data size: {i} bytes.',
        )

    def client_session(t0: datetime, t1: datetime, u: tuple) -> None:
        user, chost, osn, osv, ip, rdns = u
        if is_down(t0):
            return
        host = rdns or ip
        port = r.randint(49152, 65500)
        t, c = accept(t0, ip, host, port)
        t = ssl(t, c)
        t = hello(t + d(0.02, 0.1), c, ip, host, port, user)
        ncon = 1 if user not in ("fbauer", "hfischer") else 8
        uid = hexid(r, 32).upper()
        node = (
            f'Client product name: "SoftEther VPN Client", Client version: 443, Client build number: 9799, Server product name: "SoftEther VPN Server (64 bit)", Server version: 443, Server build number: 9799, '
            f'Client OS name: "{osn}", Client OS version: "{osv}", Client product ID: "--", Client host name: "{chost}", Client IP address: "192.168.{r.choice([0, 1, 178, 2])}.{r.randint(20, 120)}", Client port number: {port}, '
            f'Server host name: "vpn", Server IP address: "{SE_SERVER_IP}", Server port number: 443, Proxy host name: "", Proxy IP address: "0.0.0.0", Proxy port number: 0, Virtual Hub name: "VPN", Client unique ID: "{uid}"'
        )
        t, s, _vip = session(t, c, user, ip, port, "Standard TCP/IP (IPv4)", node, ncon, chost)
        if t1 > restart and t0 < restart:
            t1 = restart + sec(r.uniform(0.3, 1.5))
        if t1 >= T_END:
            return  # still connected at noon
        t = end_session(t1, s, (t1 - t0).total_seconds() / 60 * r.uniform(0.5, 6))
        close(t + d(0.001, 0.01), c, ip, port)

    # employees' sessions: one or two per person, starting between 06:40 and 09:40
    for u in SE_USERS:
        t = at(6, 40) + sec(r.uniform(0, 3 * 3600))
        while t < T_END - sec(600):
            length = r.uniform(600, 3 * 3600)
            client_session(t, min(t + sec(length), T_END + sec(3600)), u)
            if t < restart < t + sec(length):
                t = restart + sec(r.uniform(20, 90))
                continue
            t += sec(length + r.uniform(300, 2400))
    # scanners on 443 all day
    for t in poisson(r, T0, T_END, 105):
        if is_down(t):
            continue
        ip = r.choice(SE_SCANNERS)
        port = r.randint(1024, 65500)
        t, c = accept(t, ip, ip, port)
        if r.random() < 0.55:
            t = ssl(t, c)
            close(t + d(0.01, 0.3), c, ip, port, 4)
        else:
            close(t + d(0.5, 5), c, ip, port, 5)
    # password spray against common names 08:40-09:05
    for t in poisson(r, at(8, 40, 7), at(9, 5, 31), 26):
        ip = r.choice(["193.32.162.157", "193.32.162.158", "193.32.162.159"])
        port = r.randint(30000, 60999)
        user = r.choice(
            ["admin", "administrator", "test", "vpn", "user", "guest", "support", "backup"]
        )
        t, c = accept(t, ip, ip, port)
        t = ssl(t, c)
        t = hello(t + d(0.02, 0.1), c, ip, ip, port, user, "SoftEther VPN Client", "4.38", 9760)
        t = H(
            t + d(0.1, 0.6),
            'Connection "%S": User authentication failed. The user name that has been provided was "%S".',
            f'Connection "{c}": User authentication failed. The user name that has been provided was "{user}".',
        )
        close(t + d(0.001, 0.01), c, ip, port, 9)
    # the shared kiosk account (policy: one login) held by the reception PC, tried from the warehouse
    t = at(7, 2, 11)
    kiosk = ("kiosk", "RECEPTION-PC", "Windows 10", "Build 19045", "84.158.201.99", "")
    client_session(t, restart + sec(1), kiosk)
    for t in poisson(r, at(9, 12), at(10, 31), 240):
        ip, port = "2.205.77.190", r.randint(49152, 65500)
        t, c = accept(t, ip, ip, port)
        t = ssl(t, c)
        t = hello(t + d(0.02, 0.1), c, ip, ip, port, "kiosk")
        t = H(
            t + d(0.05, 0.2),
            'Connection "%S": Although the user "%S" made a login attempt, the security policy that applies to this user limits the maximum number of multiple logins to %u sessions. Currently the number of logins by this user is %u sessions and therefore the user has denied permission for a new VPN connection.',
            f'Connection "{c}": Although the user "kiosk" made a login attempt, the security policy that applies to this user limits the maximum number of multiple logins to 1 sessions. Currently the number of logins by this user is 1 sessions and therefore the user has denied permission for a new VPN connection.',
        )
        close(t + d(0.001, 0.01), c, ip, port, 20)
    # the administrator restarts the server at 10:40 after changing the configuration
    t = S(
        restart,
        "The Server Engine shutdown processing has started.",
        "The Server Engine shutdown processing has started.",
    )
    ports = [443, 992, 1194, 5555]
    for p in ports:
        t = S(
            t + d(0.001, 0.003),
            "TCP Listener (port %u) is stopping.",
            f"TCP Listener (port {p}) is stopping.",
        )
        t = S(
            t + d(0.05, 0.2),
            "TCP Listener (port %u) has stopped.",
            f"TCP Listener (port {p}) has stopped.",
        )
    t = max(t, restart + sec(1.6))
    t = S(
        t + d(0.3, 0.6),
        "The SoftEther VPN Server Engine has been successfully shutdown.",
        "The SoftEther VPN Server Engine has been successfully shutdown.",
    )
    t = max(t + sec(4.2), down[1] - sec(4))
    t = S(
        t,
        "The SoftEther VPN Server has been started.",
        "The SoftEther VPN Server has been started.",
    )
    t = S(
        t + d(0.0005, 0.002),
        "%S %S",
        "SoftEther VPN Server (64 bit) Developer Edition Ver 4.43, Build 9799, beta (2023/08/31)",
    )
    t = S(
        t + d(0.05, 0.2),
        "The configuration file has been loaded.",
        "The configuration file has been loaded.",
    )
    for p in ports:
        t = S(
            t + d(0.001, 0.005),
            "TCP Listener (port %u) is starting.",
            f"TCP Listener (port {p}) is starting.",
        )
    for p in ports:
        t = S(
            t + d(0.001, 0.02),
            "TCP Listener (port %u) has started. Now listening for connection from client.",
            f"TCP Listener (port {p}) has started. Now listening for connection from client.",
        )
    t = S(
        t + d(0.01, 0.05),
        'Virtual Hub "%S" has been started.',
        'Virtual Hub "VPN" has been started.',
    )
    H(
        t + d(0.05, 0.2),
        'SecureNAT has started. The SecureNAT session "%S" was created.',
        'SecureNAT has started. The SecureNAT session "SID-SECURENAT-1" was created.',
    )
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- pritunl

PT_HOSTS = {
    "vpn1": ("silent-harbor-2831", "5f3a9c1e7b2d4e0f8a6c4b19"),
    "vpn2": ("quiet-ridge-5190", "5f3a9c207c1e4b8d9e2f7a33"),
}
PT_SERVER = ("6642b0d81f9e4c2a7d5b3e10", "corp-vpn")
PT_ORG = ("6642b0a31f9e4c2a7d5b3d02", "staff")
PT_FIRST = [
    "james",
    "anita",
    "tuan",
    "rosa",
    "li",
    "michael",
    "pedro",
    "karin",
    "david",
    "emma",
    "fumiko",
    "gabriel",
    "hanna",
    "igor",
    "jack",
    "kiran",
    "laura",
    "marco",
    "nina",
    "oliver",
    "priya",
    "quentin",
    "rachel",
    "samir",
    "tara",
    "umar",
    "vera",
    "wen",
    "xavier",
    "yuki",
    "zoe",
    "aaron",
    "bianca",
    "carlos",
    "dana",
    "eli",
    "farah",
    "greg",
    "helen",
    "ivan",
    "julia",
    "kofi",
    "lena",
    "mateo",
    "nora",
    "omar",
    "paula",
    "raj",
]
PT_LAST = [
    "miller",
    "sharma",
    "nguyen",
    "garcia",
    "chen",
    "okafor",
    "silva",
    "johansson",
    "brown",
    "white",
    "tanaka",
    "martin",
    "kowalski",
    "volkov",
    "doyle",
    "patel",
]
PT_DEVICES = {
    "win": "{U}-LT",
    "mac": "{C}s-MacBook-Pro",
    "linux": "{l}-thinkpad",
    "ios": "{C}s-iPhone",
    "android": "Pixel 8",
}


def pt_users(r: random.Random) -> list[tuple[str, str, str, str]]:
    """(user, auth: cached token / otp / office whitelist, platform, device name)."""
    out = []
    for i, first in enumerate(PT_FIRST):
        name = (
            first[0]
            + PT_LAST[i % len(PT_LAST)]
            + ("" if i < len(PT_LAST) else str(i // len(PT_LAST)))
        )
        auth = weighted(r, [(0.6, "token"), (0.25, "otp"), (0.15, "whitelist")])
        platform = weighted(
            r, [(0.45, "win"), (0.25, "mac"), (0.1, "linux"), (0.12, "ios"), (0.08, "android")]
        )
        dev = PT_DEVICES[platform].format(U=name.upper(), C=first.capitalize(), l=name)
        out.append((name, auth, platform, dev))
    return out


PT_PY = "/usr/lib/pritunl/usr/lib/python3.9"
PT_PKG = PT_PY + "/site-packages/pritunl"


def pt_ping_trace(host: str) -> list[str]:
    return [
        "Traceback (most recent call last):",
        f'  File "{PT_PKG}/server/instance.py", line 1081, in _keep_alive_thread',
        "    doc = self.collection.find_and_modify({",
        f'  File "{PT_PKG}/mongo/collection.py", line 66, in find_and_modify',
        "    return self.find_one_and_update(*args, **kwargs)",
        f'  File "{PT_PY}/site-packages/pymongo/collection.py", line 3259, in find_one_and_update',
        "    return self.__find_and_modify(filter, projection,",
        f'  File "{PT_PY}/site-packages/pymongo/collection.py", line 2995, in __find_and_modify',
        "    return self.__database.client._retryable_write(",
        f'  File "{PT_PY}/site-packages/pymongo/mongo_client.py", line 1476, in _retryable_write',
        "    with self._tmp_session(session) as s:",
        f'  File "{PT_PY}/contextlib.py", line 119, in __enter__',
        "    return next(self.gen)",
        f'  File "{PT_PY}/site-packages/pymongo/mongo_client.py", line 1757, in _tmp_session',
        "    s = self._ensure_session(session)",
        f'  File "{PT_PY}/site-packages/pymongo/mongo_client.py", line 1740, in _ensure_session',
        "    return self.__start_session(True, causal_consistency=False)",
        f'  File "{PT_PY}/site-packages/pymongo/mongo_client.py", line 1685, in __start_session',
        "    self._topology._check_implicit_session_support()",
        f'  File "{PT_PY}/site-packages/pymongo/topology.py", line 538, in _check_implicit_session_support',
        "    self._check_session_support()",
        f'  File "{PT_PY}/site-packages/pymongo/topology.py", line 554, in _check_session_support',
        "    self._select_servers_loop(",
        f'  File "{PT_PY}/site-packages/pymongo/topology.py", line 238, in _select_servers_loop',
        "    raise ServerSelectionTimeoutError(",
        "pymongo.errors.ServerSelectionTimeoutError: No replica set members match selector \"Primary()\", Timeout: 20s, Topology Description: <TopologyDescription id: 66629d04c1f3a2b85e7d4f19, topology_type: ReplicaSetNoPrimary, servers: [<ServerDescription ('mongo1.internal', 27017) server_type: Unknown, rtt: None, error=AutoReconnect('mongo1.internal:27017: [Errno 111] Connection refused')>, <ServerDescription ('mongo2.internal', 27017) server_type: RSSecondary, rtt: 0.0011>, <ServerDescription ('mongo3.internal', 27017) server_type: RSSecondary, rtt: 0.0013>]>",
    ]


def pt_sub_trace() -> list[str]:
    return [
        "Traceback (most recent call last):",
        f'  File "{PT_PKG}/server/instance.py", line 913, in _sub_thread',
        "    for msg in self.subscribe(cursor_id=cursor_id):",
        f'  File "{PT_PKG}/server/instance.py", line 236, in subscribe',
        "    for msg in messenger.subscribe('servers', cursor_id=cursor_id,",
        f'  File "{PT_PKG}/messenger/messenger.py", line 93, in subscribe',
        "    for doc in cursor.sort('$natural', pymongo.ASCENDING):",
        f'  File "{PT_PY}/site-packages/pymongo/cursor.py", line 1248, in next',
        "    if len(self.__data) or self._refresh():",
        f'  File "{PT_PY}/site-packages/pymongo/cursor.py", line 1165, in _refresh',
        "    self.__send_message(g)",
        f'  File "{PT_PY}/site-packages/pymongo/cursor.py", line 1052, in __send_message',
        "    response = client._run_operation(",
        f'  File "{PT_PY}/site-packages/pymongo/mongo_client.py", line 1330, in _run_operation',
        "    return self._retryable_read(",
        f'  File "{PT_PY}/site-packages/pymongo/mongo_client.py", line 1448, in _retryable_read',
        "    return func(session, server, sock_info, read_pref)",
        f'  File "{PT_PY}/site-packages/pymongo/network.py", line 262, in receive_message',
        "    length, _, response_to, op_code = _UNPACK_HEADER(_receive_data_on_socket(sock_info, 16, deadline))",
        "pymongo.errors.AutoReconnect: mongo1.internal:27017: [Errno 104] Connection reset by peer",
    ]


def pt_stack() -> list[str]:
    """traceback.format_stack() at logger.error: the thread's frames down to the call."""
    return [
        "Traceback (most recent call last):",
        f'  File "{PT_PY}/threading.py", line 937, in _bootstrap',
        "    self._bootstrap_inner()",
        f'  File "{PT_PY}/threading.py", line 980, in _bootstrap_inner',
        "    self.run()",
        f'  File "{PT_PY}/threading.py", line 1266, in run',
        "    self.function(*self.args, **self.kwargs)",
        f'  File "{PT_PKG}/server/instance.py", line 1196, in timeout',
        "    logger.error('Server startup timed out, stopping server',",
        f'  File "{PT_PKG}/logger/__init__.py", line 51, in error',
        "    kwargs['traceback'] = traceback.format_stack()",
    ]


def pritunl(r: random.Random) -> list[Log]:
    """Pritunl 1.32 on two hosts (vpn1, vpn2) serving one replicated server "corp-vpn" for the
    "staff" organization, 06:00 to 12:00: each host's pritunl.log (the app log, data fields on
    indented lines, tracebacks) and its journal (JSON lines). Users connect all morning (cached
    client tokens, OTP, an office network on the SSO whitelist, a monitoring link that bypasses
    secondary auth), MongoDB loses its primary 08:10-08:14 (the keep-alive threads' ping
    failures, both instances stopped and started again), an administrator saves a whitelist
    with a bad network 10:05-10:31, vpn2 is restarted for an upgrade at 11:00."""
    fs = Files()

    def ts(t: datetime) -> str:
        return f"{t:%Y-%m-%d %H:%M:%S},{ms3(t)}"

    def P(
        h: str,
        t: datetime,
        level: str,
        label: str,
        msg: str,
        data: dict | None = None,
        tail: list[str] | None = None,
    ) -> datetime:
        extra: list[str] = []
        if data:
            w = max(len(k) for k in data)
            extra += [f"  {k.ljust(w)} = {json.dumps(v)}" for k, v in data.items()]
        extra += tail or []
        name = PT_HOSTS[h][0]
        return fs.add(
            f"{h}-pritunl.log",
            t,
            label,
            lambda x: [f"[{name}][{ts(x)}][{level}] {msg}", *extra],
            (h, "log"),
            1000,
        )

    def PE(h: str, t: datetime, label: str, msg: str, trace: list[str], data: dict) -> datetime:
        """logger.exception: the traceback is part of the formatted message, the data after it."""
        w = max(len(k) for k in data)
        lines = trace + [f"  {k.ljust(w)} = {json.dumps(v)}" for k, v in data.items()]
        name = PT_HOSTS[h][0]
        return fs.add(
            f"{h}-pritunl.log",
            t,
            label,
            lambda x: [f"[{name}][{ts(x)}][ERROR] {msg}", *lines],
            (h, "log"),
            1000,
        )

    def J(h: str, t: datetime, event: str, long: str, *parts: dict) -> datetime:
        def text(x: datetime) -> list[str]:
            d = {
                "event": event,
                "timestamp": round(x.timestamp(), 6),
                "host_id": PT_HOSTS[h][1],
                "host_name": PT_HOSTS[h][0],
            }
            for p in parts:
                d.update(p)
            d["event_long"] = long
            return [json.dumps(d)]

        return fs.add(f"{h}-pritunl_journal.log", t, f"{event}: {long}", text, (h, "journal"), 1)

    users = pt_users(r)
    srv = {"server_id": PT_SERVER[0], "server_name": PT_SERVER[1]}
    ids = {u[0]: hexid(r, 24) for u in users}
    ids["svc-monitor"] = hexid(r, 24)
    macs = {u[0]: ":".join(f"{r.randrange(256):02x}" for _ in range(6)) for u in users}
    devs = {u[0]: hexid(r, 32) for u in users}
    pubip = {
        u[
            0
        ]: f"{r.choice(['73.162', '98.207', '24.4', '71.58', '108.28', '67.180'])}.{r.randint(1, 254)}.{r.randint(1, 254)}"
        for u in users
    }
    for u in users:
        if u[1] == "whitelist":
            pubip[u[0]] = "198.51.100.14"
    mongo_out = (at(8, 10, 4), at(8, 14, 22))
    bad_wl = (at(10, 5, 40), at(10, 31, 9))
    upgrade = at(11, 0, 12)
    stopped: dict[str, tuple[datetime, datetime]] = {}

    def host_for(name: str) -> str:
        return "vpn1" if [u[0] for u in users].index(name) % 2 == 0 else "vpn2"

    def usable(h: str, t: datetime) -> bool:
        if mongo_out[0] <= t < mongo_out[1] + sec(40):
            return False
        a, b = stopped.get(h, (t, t))
        return not (a <= t < b) and not (h == "vpn2" and upgrade <= t < upgrade + sec(95))

    def udata(name: str) -> dict:
        return {"user_id": ids[name], "user_name": name, "org_id": PT_ORG[0], "org_name": PT_ORG[1]}

    def adata(name: str, platform: str, dev: str) -> dict:
        return {
            "remote_address": pubip.get(name, "10.40.0.8"),
            "platform": platform,
            "device_id": devs.get(name, ""),
            "device_name": dev,
            "mac_addr": macs.get(name, ""),
            "auth_nonce": hexid(r, 32),
            "auth_timestamp": 0,
            "reauth": False,
        }

    def connect(h: str, t: datetime, u: tuple) -> tuple[datetime, bool]:
        name, auth, platform, dev = u
        a = adata(name, platform, dev)
        a["auth_timestamp"] = int(t.timestamp())
        if bad_wl[0] <= t < bad_wl[1]:
            t = P(
                h,
                t,
                "WARNING",
                "Invalid whitelist network",
                "Invalid whitelist network",
                {"network": "10.20.0.0/33"},
            )
        fields = {"user_name": name, "org_name": PT_ORG[1], "server_name": PT_SERVER[1]}
        if auth == "token":
            t = P(
                h,
                t + sec(r.uniform(0.003, 0.02)),
                "INFO",
                "Client authentication cached, skipping password",
                "Client authentication cached, skipping password",
                fields,
            )
            J(
                h,
                t + sec(0.0004),
                "user_connect_cache",
                "Client authentication cached, skipping password",
                a,
                udata(name),
                srv,
            )
        elif auth == "whitelist":
            t = P(
                h,
                t + sec(r.uniform(0.003, 0.02)),
                "INFO",
                "Client network whitelisted, skipping password",
                "Client network whitelisted, skipping password",
                fields,
            )
            J(
                h,
                t + sec(0.0004),
                "user_connect_whitelist",
                "Client network whitelisted, skipping password",
                a,
                udata(name),
                srv,
            )
        else:
            if r.random() < 0.12:
                J(
                    h,
                    t + sec(r.uniform(0.2, 0.5)),
                    "user_connect_failure",
                    "Failed two-step authentication",
                    a,
                    udata(name),
                    srv,
                )
                return t + sec(1), False
            if r.random() < 0.5:
                t = P(
                    h,
                    t + sec(r.uniform(0.003, 0.02)),
                    "INFO",
                    "Authentication cached, skipping OTP",
                    "Authentication cached, skipping OTP",
                    fields,
                )
                J(
                    h,
                    t + sec(0.0004),
                    "user_connect_cache",
                    "Authentication cached, skipping OTP",
                    a,
                    udata(name),
                    srv,
                )
        t = J(
            h,
            t + sec(r.uniform(0.01, 0.06)),
            "user_connect_success",
            "User connected",
            a,
            udata(name),
            srv,
        )
        vip = f"172.16.{r.randint(0, 3)}.{r.randint(2, 250)}/22"
        J(
            h,
            t + sec(r.uniform(0.5, 2.5)),
            "user_connect_network",
            "User connected to network",
            srv,
            udata(name),
            {
                "platform": platform,
                "device_name": dev,
                "mac_addr": macs.get(name, ""),
                "real_address": pubip.get(name, "10.40.0.8"),
                "virt_address": vip,
                "virt_address6": "fd00:c0a8:6400::" + hexid(r, 4) + "/64",
                "host_address": {"vpn1": "10.40.1.11", "vpn2": "10.40.1.12"}[h],
                "host_address6": None,
            },
        )
        return t, True

    def disconnect(h: str, t: datetime, name: str, platform: str, dev: str) -> None:
        J(
            h,
            t,
            "user_disconnect",
            "User disconnected",
            srv,
            udata(name),
            {
                "platform": platform,
                "device_name": dev,
                "remote_address": pubip.get(name, "10.40.0.8"),
            },
        )

    # MongoDB loses its primary: the keep-alive threads fail every 2 s plus the selection timeout
    for h in PT_HOSTS:
        PE(
            h,
            mongo_out[0] + sec(r.uniform(0.01, 0.4)),
            "Exception in messaging thread",
            "Exception in messaging thread",
            pt_sub_trace(),
            {"server_id": PT_SERVER[0]},
        )
        t = mongo_out[0] + sec(r.uniform(0.5, 3))
        n = 0
        while t < mongo_out[1]:
            n += 1
            if n >= 10:
                t = PE(
                    h,
                    t,
                    "Failed to update server ping, stopping server",
                    "Failed to update server ping, stopping server",
                    pt_ping_trace(h),
                    {"server_id": PT_SERVER[0]},
                )
                stopped[h] = (t, mongo_out[1] + sec(r.uniform(20, 40)))
                break
            t = PE(
                h,
                t,
                "Failed to update server ping",
                "Failed to update server ping",
                pt_ping_trace(h),
                {"server_id": PT_SERVER[0]},
            )
            t += sec(2 + 20 + r.uniform(0.004, 0.03))
        a, b = stopped.get(h, (t, t))
        start_at = b
        inst = hexid(r, 24)
        P(
            h,
            start_at,
            "INFO",
            "Starting vpn server",
            "Starting vpn server",
            {
                "server_id": PT_SERVER[0],
                "instance_id": inst,
                "instances": [],
                "instances_count": 0,
                "route_count": 3,
                "network": "172.16.0.0/22",
                "network6": "fd00:c0a8:6400::/64",
                "host_id": PT_HOSTS[h][1],
                "host_address": {"vpn1": "10.40.1.11", "vpn2": "10.40.1.12"}[h],
                "host_address6": None,
                "host_networks": ["10.40.1.0/24"],
                "cur_timestamp": f"{start_at:%Y-%m-%d %H:%M:%S}.{start_at.microsecond:06d}",
                "libipt": False,
            },
        )
        if h == "vpn2":
            # the first start races the replica set's election and times out
            t = P(
                h,
                start_at + sec(30.02),
                "ERROR",
                "Server startup timed out, stopping server",
                "Server startup timed out, stopping server",
                {"server_id": PT_SERVER[0], "instance_id": inst, "state": "startup_keepalive"},
                pt_stack(),
            )
            inst = hexid(r, 24)
            sa = t + sec(r.uniform(8, 12))
            stopped[h] = (a, sa + sec(5))
            P(
                h,
                sa,
                "INFO",
                "Starting vpn server",
                "Starting vpn server",
                {
                    "server_id": PT_SERVER[0],
                    "instance_id": inst,
                    "instances": [],
                    "instances_count": 1,
                    "route_count": 3,
                    "network": "172.16.0.0/22",
                    "network6": "fd00:c0a8:6400::/64",
                    "host_id": PT_HOSTS[h][1],
                    "host_address": "10.40.1.12",
                    "host_address6": None,
                    "host_networks": ["10.40.1.0/24"],
                    "cur_timestamp": f"{sa:%Y-%m-%d %H:%M:%S}.{sa.microsecond:06d}",
                    "libipt": False,
                },
            )
    # the monitoring link: connects and disconnects every 5 minutes on each host
    for h in PT_HOSTS:
        t = T0 + sec(r.uniform(5, 60))
        while t < T_END:
            if usable(h, t):
                t2 = P(
                    h,
                    t,
                    "INFO",
                    "Bypass secondary enabled, skipping password",
                    "Bypass secondary enabled, skipping password",
                    {
                        "user_name": "svc-monitor",
                        "org_name": PT_ORG[1],
                        "server_name": PT_SERVER[1],
                    },
                )
                a = adata("svc-monitor", "linux", "monitor01")
                a["auth_timestamp"] = int(t.timestamp())
                J(
                    h,
                    t2 + sec(0.0004),
                    "user_connect_bypass",
                    "Bypass secondary enabled, skipping password",
                    a,
                    udata("svc-monitor"),
                    srv,
                )
                t3 = J(
                    h,
                    t2 + sec(r.uniform(0.01, 0.05)),
                    "user_connect_success",
                    "User connected",
                    a,
                    udata("svc-monitor"),
                    srv,
                )
                J(
                    h,
                    t3 + sec(r.uniform(0.4, 1.2)),
                    "user_connect_network",
                    "User connected to network",
                    srv,
                    udata("svc-monitor"),
                    {
                        "platform": "linux",
                        "device_name": "monitor01",
                        "mac_addr": "",
                        "real_address": "10.40.0.8",
                        "virt_address": "172.16.3.254/22",
                        "virt_address6": "fd00:c0a8:6400::3fe/64",
                        "host_address": {"vpn1": "10.40.1.11", "vpn2": "10.40.1.12"}[h],
                        "host_address6": None,
                    },
                )
                disconnect(h, t3 + sec(r.uniform(8, 14)), "svc-monitor", "linux", "monitor01")
            t += sec(240 + r.uniform(-2, 2))
    # users: a few sessions each, the client reconnecting after drops and outages
    for u in users:
        name, _auth, platform, dev = u
        t = at(6, 20) + sec(r.uniform(0, 2.5 * 3600))
        h = host_for(name)
        while t < T_END:
            if not usable(h, t):
                t += sec(r.uniform(20, 60))
                h = "vpn1" if h == "vpn2" else "vpn2"
                continue
            t, ok = connect(h, t, u)
            if not ok:
                t += sec(r.uniform(15, 60))
                continue
            mobile = platform in ("ios", "android")
            end = t + sec(r.uniform(300, 2400) if mobile else r.uniform(900, 2.5 * 3600))
            for a in (mongo_out[0], upgrade):
                if t < a < end and (a == mongo_out[0] or h == "vpn2"):
                    end = a + sec(r.uniform(40, 90))
            if end >= T_END:
                break
            disconnect(h, end, name, platform, dev)
            t = end + sec(r.uniform(5, 90) if mobile else r.uniform(20, 1200))
            if r.random() < 0.3:
                h = "vpn1" if h == "vpn2" else "vpn2"
    # vpn2 upgraded at 11:00
    t = P(
        "vpn2",
        upgrade + sec(71.3),
        "INFO",
        "Starting vpn server",
        "Starting vpn server",
        {
            "server_id": PT_SERVER[0],
            "instance_id": hexid(r, 24),
            "instances": [],
            "instances_count": 1,
            "route_count": 3,
            "network": "172.16.0.0/22",
            "network6": "fd00:c0a8:6400::/64",
            "host_id": PT_HOSTS["vpn2"][1],
            "host_address": "10.40.1.12",
            "host_address6": None,
            "host_networks": ["10.40.1.0/24"],
            "cur_timestamp": f"{upgrade + sec(71.3):%Y-%m-%d %H:%M:%S}.{(upgrade + sec(71.3)).microsecond:06d}",
            "libipt": False,
        },
    )
    return fs.logs(T0)


# ------------------------------------------------------------------------- shadowsocks-rust

SS_OPTS = "ConnectOpts { fwmark: None, bind_local_addr: None, bind_interface: None, tcp: TcpSocketOpts { send_buffer_size: None, recv_buffer_size: None, nodelay: false, fastopen: false, keepalive: Some(15s), mptcp: false }, udp: UdpSocketOpts { mtu: None, allow_fragmentation: false } }"
SS_TARGETS = [
    (30, "www.google.com:443"),
    (25, "www.youtube.com:443"),
    (22, "i.ytimg.com:443"),
    (20, "rr3---sn-oguesnds.googlevideo.com:443"),
    (14, "api.telegram.org:443"),
    (12, "149.154.167.51:443"),
    (10, "91.108.56.130:443"),
    (12, "www.instagram.com:443"),
    (10, "scontent-nrt1-1.cdninstagram.com:443"),
    (9, "graph.facebook.com:443"),
    (10, "api.twitter.com:443"),
    (8, "pbs.twimg.com:443"),
    (9, "github.com:443"),
    (6, "objects.githubusercontent.com:443"),
    (8, "www.wikipedia.org:443"),
    (7, "en.wikipedia.org:443"),
    (6, "mtalk.google.com:5228"),
    (5, "chat.openai.com:443"),
    (5, "www.reddit.com:443"),
    (4, "i.redd.it:443"),
    (4, "web.whatsapp.com:443"),
    (4, "mmg.whatsapp.net:443"),
    (3, "www.nytimes.com:443"),
    (3, "www.bbc.co.uk:443"),
    (3, "discord.com:443"),
    (2, "gateway.discord.gg:443"),
    (2, "1.1.1.1:853"),
    (2, "imap.gmail.com:993"),
]
SS_CLIENTS = {
    "ss-tyo1": [
        "120.229.31.88",
        "183.14.201.37",
        "117.136.40.197",
        "[2409:8a55:3c1:5e90:9d2:4f1a:b3c7:e21]",
        "112.97.58.14",
        "223.104.63.201",
    ],
    "ss-fra1": ["5.160.218.44", "91.251.99.12", "37.129.47.230", "2.186.117.66", "151.240.20.93"],
}
SS_PROBES = [
    "175.24.9.110",
    "47.92.158.7",
    "124.223.76.45",
    "39.104.52.189",
    "101.34.81.202",
    "118.195.160.32",
    "43.143.10.14",
]


def shadowsocks_rust(r: random.Random) -> list[Log]:
    """ssserver 1.20 (shadowsocks-rust) in Docker on two VPS (ss-tyo1, ss-fra1), method
    2022-blake3-aes-256-gcm, run with `-v` (log4rs's `{d} {h({l}):<5} [{P}:{I}] [{M}] {m}{n}`),
    06:00 to 12:00: each `docker logs`. A handful of users browse through each server (the
    debug `established tcp tunnel` per connection, UDP associations for calls), active probes
    send garbage or nothing and hang up, a phone with the old key retries 07:05-07:48, a phone
    with its clock 2 minutes off 09:40-10:05, fra1's resolver lost 08:02-08:11, tyo1's upstream
    route broken 10:12-10:31, fra1 updated and restarted at 09:30."""
    fs = Files()
    tids = {
        "ss-tyo1": [139930488637248, 139930479982272, 139930471589568],
        "ss-fra1": [140112683841344, 140112675186368, 140112666793664],
    }

    def L(
        h: str, t: datetime, level: str, module: str, label: str, msg: str, main: bool = False
    ) -> datetime:
        tid = tids[h][0] if main else r.choice(tids[h][1:])
        nanos = r.randint(0, 999)

        def text(x: datetime) -> list[str]:
            return [
                f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond:06d}{nanos:03d}+00:00 {level:<5} [1:{tid}] [{module}] {msg}"
            ]

        return fs.add(f"{h}.log", t, label, text, h, 1)

    TCP, UDP = "shadowsocks_service::server::tcprelay", "shadowsocks_service::server::udprelay"

    def startup(h: str, t: datetime, ver: str, build: str) -> None:
        t = L(
            h,
            t,
            "INFO",
            "shadowsocks_rust::service::server",
            "shadowsocks server %s build %s",
            f"shadowsocks server {ver} build {build}",
            True,
        )
        t = L(
            h,
            t + sec(r.uniform(0.0005, 0.002)),
            "INFO",
            TCP,
            "shadowsocks tcp server listening on %s, inbound address %s",
            "shadowsocks tcp server listening on 0.0.0.0:8388, inbound address 0.0.0.0:8388",
        )
        L(
            h,
            t + sec(r.uniform(0.0001, 0.001)),
            "INFO",
            UDP,
            "shadowsocks udp server listening on %s, inbound address %s",
            "shadowsocks udp server listening on 0.0.0.0:8388, inbound address 0.0.0.0:8388",
        )

    fra_restart = at(9, 30, 41.2)
    dns_out = (at(8, 2, 15), at(8, 11, 40))
    route_out = (at(10, 12, 5), at(10, 31, 50))
    L(
        "ss-fra1",
        fra_restart,
        "INFO",
        "shadowsocks_rust::monitor::unix",
        "received %s, exiting",
        "received SIGTERM, exiting",
        True,
    )
    startup("ss-fra1", fra_restart + sec(3.84), "1.20.2", "2024-06-09T07:12:37.447312586+00:00")

    def fail(h: str, t: datetime, peer: str, target: str, err: str, label_err: str) -> None:
        t = L(
            h,
            t,
            "ERROR",
            TCP,
            f"tcp tunnel %s -> %s connect failed, error: {label_err}",
            f"tcp tunnel {peer} -> {target} connect failed, error: {err}",
        )
        L(
            h,
            t + sec(r.uniform(0.00002, 0.0002)),
            "DEBUG",
            TCP,
            f"tcp server stream aborted with error: {label_err}",
            f"tcp server stream aborted with error: {err}",
        )

    for h, clients in SS_CLIENTS.items():
        # users' browsing: bursts of connections
        for client in clients:
            t = T0 + sec(r.uniform(0, 5400))
            while t < T_END:
                if h == "ss-fra1" and fra_restart - sec(1) <= t < fra_restart + sec(8):
                    t = fra_restart + sec(r.uniform(8, 30))
                    continue
                port = r.randint(30000, 65000)
                for _ in range(r.randint(1, 9)):
                    port = port + r.randint(1, 40)
                    peer = f"{client}:{port}"
                    target = weighted(r, SS_TARGETS)
                    st = t + sec(r.uniform(0.05, 20))
                    host = target.rsplit(":", 1)[0]
                    is_ip = host.replace(".", "").isdigit()
                    if h == "ss-fra1" and dns_out[0] <= st < dns_out[1] and not is_ip:
                        fail(
                            h,
                            st,
                            peer,
                            target,
                            "failed to lookup address information: Temporary failure in name resolution",
                            "failed to lookup address information: Temporary failure in name resolution",
                        )
                    elif h == "ss-tyo1" and route_out[0] <= st < route_out[1] and r.random() < 0.8:
                        if r.random() < 0.6:
                            fail(
                                h,
                                st + sec(r.uniform(5, 6)),
                                peer,
                                target,
                                "Connection timed out (os error 110)",
                                "Connection timed out (os error %d)",
                            )
                        else:
                            fail(
                                h,
                                st + sec(r.uniform(0.001, 0.01)),
                                peer,
                                target,
                                "Network is unreachable (os error 101)",
                                "Network is unreachable (os error %d)",
                            )
                    else:
                        L(
                            h,
                            st + sec(r.uniform(0.01, 0.25)),
                            "DEBUG",
                            TCP,
                            "established tcp tunnel %s <-> %s with %s",
                            f"established tcp tunnel {peer} <-> {target} with {SS_OPTS}",
                        )
                if r.random() < 0.08:
                    port = r.randint(30000, 65000)
                    ut = L(
                        h,
                        t + sec(r.uniform(0.1, 5)),
                        "DEBUG",
                        UDP,
                        "created udp association for %s with session %d",
                        f"created udp association for {client}:{port} with session {r.getrandbits(63)}",
                    )
                    closed = ut + sec(r.uniform(300, 1500))
                    if closed < T_END:
                        L(
                            h,
                            closed,
                            "DEBUG",
                            UDP,
                            "udp association for %s is closed",
                            f"udp association for {client}:{port} is closed",
                        )
                t += sec(r.expovariate(1 / 590))
        # active probes: garbage or nothing, then hang up
        for t in poisson(r, T0, T_END, 300 if h == "ss-tyo1" else 700):
            peer = f"{r.choice(SS_PROBES)}:{r.randint(1024, 65000)}"
            if h == "ss-fra1" and fra_restart <= t < fra_restart + sec(5):
                continue
            if r.random() < 0.6:
                L(
                    h,
                    t,
                    "DEBUG",
                    TCP,
                    "tcp handshake failed, received EOF before a complete target Address, peer: %s",
                    f"tcp handshake failed, received EOF before a complete target Address, peer: {peer}",
                )
            elif r.random() < 0.5:
                L(
                    h,
                    t + sec(30),
                    "DEBUG",
                    TCP,
                    "tcp handshake failed, timeout before a complete target Address, peer: %s",
                    f"tcp handshake failed, timeout before a complete target Address, peer: {peer}",
                )
            else:
                L(
                    h,
                    t,
                    "WARN",
                    TCP,
                    "tcp handshake failed. peer: %s, decrypt header chunk failed",
                    f"tcp handshake failed. peer: {peer}, decrypt header chunk failed",
                )
        # a client trying to reach the server's private network, refused by the outbound ACL
        for t in poisson(r, at(6, 30), at(11, 30), 1500):
            client = r.choice(clients)
            target = r.choice(
                ["192.168.1.1:80", "10.0.0.1:443", "192.168.0.1:80", "172.17.0.1:2375"]
            )
            L(
                h,
                t,
                "ERROR",
                TCP,
                "tcp client %s outbound %s blocked by ACL rules",
                f"tcp client {client}:{r.randint(30000, 65000)} outbound {target} blocked by ACL rules",
            )
    # the phone with the old key (tyo1), then the phone with a slow clock (fra1)
    for t in poisson(r, at(7, 5, 12), at(7, 48, 30), 35):
        L(
            "ss-tyo1",
            t,
            "WARN",
            TCP,
            "tcp handshake failed. peer: %s, decrypt header chunk failed",
            f"tcp handshake failed. peer: 117.136.8.44:{r.randint(30000, 65000)}, decrypt header chunk failed",
        )
    for t in poisson(r, at(9, 40, 3), at(10, 5, 44), 40):
        now = int(t.timestamp())
        skew = r.randint(118, 124)
        L(
            "ss-fra1",
            t,
            "WARN",
            TCP,
            "tcp handshake failed. peer: %s, invalid timestamp %d - now %d = %d",
            f"tcp handshake failed. peer: 5.119.203.17:{r.randint(30000, 65000)}, invalid timestamp {now - skew} - now {now} = -{skew}",
        )
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- stubby

SB_UPSTREAMS = ["1.1.1.1", "1.0.0.1", "9.9.9.9", "149.112.112.112"]


def stubby(r: random.Random) -> list[Log]:
    """Stubby 0.4.3 (getdns 1.7.3) on two gateways (fw1, fw2) resolving over DNS-over-TLS in
    the Strict profile, round-robin over Cloudflare and Quad9, `log_level: GETDNS_LOG_DEBUG`,
    06:00 to 12:00: each `journalctl -u stubby` (short format, stubby's own `[%H:%M:%S.%06d]
    STUBBY: ` after the journal head). Connections open on demand and close after the 10 s idle
    timeout with the upstream's statistics; fw2's old kernel cannot do TCP Fast Open for TLS; a
    TLS-inspecting firewall breaks Quad9's certificate on fw1 07:10-07:26 (verify failures,
    back-off doubling); fw2's uplink is down 09:00-09:17 (connections fail, every upstream
    backed off, `*FAILURE* no valid transports or upstreams available!` per query); stubby
    restarted on fw1 at 10:30 after a configuration change."""
    fs = Files()
    pids = {"fw1": 812, "fw2": 774}

    def J(
        h: str, t: datetime, label: str, msg: str, ident: str = "stubby", pid: int = 0
    ) -> datetime:
        p = pid or pids[h]

        def text(x: datetime) -> list[str]:
            if ident == "stubby":
                return [
                    f"{x:%b %d %H:%M:%S} {h} stubby[{p}]: [{x:%H:%M:%S}.{x.microsecond:06d}] STUBBY: {msg}"
                ]
            return [f"{x:%b %d %H:%M:%S} {h} {ident}[{p}]: {msg}"]

        return fs.add(f"{h}-stubby.log", t, label, text, (h, ident, p), 1)

    def U(ip: str) -> str:
        return f"{ip:<40}"

    stats = {
        (h, ip): {
            "resps": 0,
            "touts": 0,
            "conns": 0,
            "fails": 0,
            "shuts": 0,
            "backoffs": 0,
            "best": "   None",
            "interval": 1,
            "retry": None,
        }
        for h in pids
        for ip in SB_UPSTREAMS
    }
    restart = at(10, 30, 4.6)
    mitm = (at(7, 10, 2), at(7, 26, 40))
    wan = (at(9, 0, 31), at(9, 17, 12))

    def shutdown(h: str, t: datetime, ip: str, resps: int, auth: str, keep: int) -> datetime:
        s = stats[(h, ip)]
        s["resps"] += resps
        if auth == "Success":
            s["best"] = "Success"
        t = J(
            h,
            t,
            "%-40s : Conn closed: TLS - Resps=%6d, Timeouts  =%6d, Curr_auth =%7s, Keepalive(ms)=%6d",
            f"{U(ip)} : Conn closed: TLS - Resps={resps:6d}, Timeouts  ={0:6d}, Curr_auth ={auth:>7}, Keepalive(ms)={keep:6d}",
        )
        t = J(
            h,
            t + sec(0.000012),
            "%-40s : Upstream   : TLS - Resps=%6d, Timeouts  =%6d, Best_auth =%7s",
            f"{U(ip)} : Upstream   : TLS - Resps={s['resps']:6d}, Timeouts  ={s['touts']:6d}, Best_auth ={s['best']:>7}",
        )
        return J(
            h,
            t + sec(0.000008),
            "%-40s : Upstream   : TLS - Conns=%6d, Conn_fails=%6d, Conn_shuts=%7d, Backoffs     =%6d",
            f"{U(ip)} : Upstream   : TLS - Conns={s['conns']:6d}, Conn_fails={s['fails']:6d}, Conn_shuts={s['shuts']:7d}, Backoffs     ={s['backoffs']:6d}",
        )

    def backoff(h: str, t: datetime, ip: str) -> datetime:
        s = stats[(h, ip)]
        s["interval"] = min(s["interval"] * 2, 3600)
        s["backoffs"] += 1
        retry = t + sec(s["interval"])
        s["retry"] = retry
        s["resps"] = s["touts"] = s["conns"] = s["fails"] = s["shuts"] = 0
        when = f"{retry:%a %b} {retry.day:2d} {retry:%H:%M:%S %Y}"
        return J(
            h,
            t + sec(0.00001),
            "%-40s : Upstream   : !Backing off TLS on this upstream    - Will retry again in %ds at %s",
            f"{U(ip)} : Upstream   : !Backing off TLS on this upstream    - Will retry again in {s['interval']}s at {when}",
        )

    def opened(h: str, t: datetime, ip: str) -> datetime:
        if h == "fw2":
            t = J(
                h,
                t,
                "%-40s : Upstream   : Could not setup TLS capable TFO connect",
                f"{U(ip)} : Upstream   : Could not setup TLS capable TFO connect",
            )
        return J(
            h,
            t + sec(0.00003),
            "%-40s : Conn opened: TLS - Strict Profile",
            f"{U(ip)} : Conn opened: TLS - Strict Profile",
        )

    def startup(h: str, t: datetime) -> None:
        for label, msg in [
            ("Stubby version: %s", "Stubby version: Stubby 0.4.3"),
            ("DNSSEC Validation is %s", "DNSSEC Validation is OFF"),
            ("Transport list is:", "Transport list is:"),
            ("  - %s", "  - TLS"),
            (
                "Privacy Usage Profile is %s",
                "Privacy Usage Profile is Strict (Authentication required)",
            ),
            (
                "(NOTE a Strict Profile only applies when TLS is the ONLY transport!!)",
                "(NOTE a Strict Profile only applies when TLS is the ONLY transport!!)",
            ),
            ("Starting DAEMON....", "Starting DAEMON...."),
        ]:
            t = J(h, t + sec(r.uniform(0.00001, 0.0003)), label, msg)

    # fw1's restart at 10:30
    J(
        "fw1",
        restart,
        "Stopping %s - %s...",
        "Stopping stubby.service - DNS Privacy Stub Resolver...",
        "systemd",
        1,
    )
    J(
        "fw1",
        restart + sec(0.021),
        "%s: Deactivated successfully.",
        "stubby.service: Deactivated successfully.",
        "systemd",
        1,
    )
    J(
        "fw1",
        restart + sec(0.024),
        "Stopped %s - %s.",
        "Stopped stubby.service - DNS Privacy Stub Resolver.",
        "systemd",
        1,
    )
    J(
        "fw1",
        restart + sec(0.061),
        "Started %s - %s.",
        "Started stubby.service - DNS Privacy Stub Resolver.",
        "systemd",
        1,
    )
    old_pid = pids["fw1"]
    pids["fw1"] = 40113
    startup("fw1", restart + sec(0.094))
    pids["fw1"] = old_pid

    for h in pids:
        rr = 0
        for t in poisson(r, T0, T_END, 108 if h == "fw1" else 138):
            if h == "fw1":
                if t >= restart and pids["fw1"] == old_pid:
                    for ip in SB_UPSTREAMS:
                        stats[("fw1", ip)].update(
                            resps=0,
                            conns=0,
                            fails=0,
                            shuts=0,
                            backoffs=0,
                            best="   None",
                            interval=1,
                            retry=None,
                        )
                pids["fw1"] = old_pid if t < restart else 40113
                if restart - sec(1) <= t < restart + sec(1):
                    continue
            if h == "fw2" and wan[0] <= t < wan[1]:
                continue
            ip = SB_UPSTREAMS[rr % 4]
            rr += 1
            s = stats[(h, ip)]
            if s["retry"] is not None and t < s["retry"]:
                ip = SB_UPSTREAMS[rr % 4]
                rr += 1
                s = stats[(h, ip)]
                if s["retry"] is not None and t < s["retry"]:
                    continue
            t = opened(h, t, ip)
            if h == "fw1" and mitm[0] <= t < mitm[1] and ip in ("9.9.9.9", "149.112.112.112"):
                t = J(
                    h,
                    t + sec(r.uniform(0.02, 0.06)),
                    '%-40s : Verify failed : TLS - *Failure* - (%ld) "unable to get local issuer certificate"',
                    f'{U(ip)} : Verify failed : TLS - *Failure* - (20) "unable to get local issuer certificate"',
                )
                s["fails"] += 1
                t = shutdown(h, t + sec(0.00002), ip, 0, " Failed", 0)
                if s["fails"] >= 2:
                    t = backoff(h, t, ip)
                if r.random() < 0.5:
                    J(
                        h,
                        t + sec(0.00004),
                        "%-40s : Conn closed: TLS - *Failure*",
                        f"{U(ip)} : Conn closed: TLS - *Failure*",
                    )
                continue
            t = J(
                h,
                t + sec(r.uniform(0.015, 0.09)),
                "%-40s : Verify passed : TLS",
                f"{U(ip)} : Verify passed : TLS",
            )
            s["conns"] += 1
            s["interval"] = 1
            s["retry"] = None
            busy = r.uniform(0.05, 40)
            if t + sec(busy + 10.01) >= T_END:
                continue
            shutdown(
                h,
                t + sec(busy + 10.0 + r.uniform(0, 0.01)),
                ip,
                max(1, int(busy / 3 + r.expovariate(0.3))),
                "Success",
                10000,
            )
        if h == "fw2":
            # the uplink is down: connections time out, every upstream is backed off, queries fail
            for t in poisson(r, wan[0], wan[1], 6):
                ip = SB_UPSTREAMS[rr % 4]
                rr += 1
                s = stats[(h, ip)]
                if s["retry"] is not None and t < s["retry"]:
                    if (
                        all(
                            stats[(h, u)]["retry"] is not None and t < stats[(h, u)]["retry"]
                            for u in SB_UPSTREAMS
                        )
                        and r.random() < 0.25
                    ):
                        best = r.choice(SB_UPSTREAMS)
                        stats[(h, best)]["retry"] = None
                        stats[(h, best)]["interval"] = 1
                        J(
                            h,
                            t,
                            "%-40s : Upstream   : No valid upstreams for %s... promoting this backed-off upstream for re-try...",
                            f"{U(best)} : Upstream   : No valid upstreams for TLS... promoting this backed-off upstream for re-try...",
                        )
                    else:
                        J(
                            h,
                            t,
                            "   *FAILURE* no valid transports or upstreams available!",
                            "   *FAILURE* no valid transports or upstreams available!",
                        )
                    continue
                t = opened(h, t, ip)
                s["fails"] += 1
                t = shutdown(h, t + sec(r.uniform(3.9, 4.1)), ip, 0, "   None", 0)
                if s["fails"] >= 2:
                    backoff(h, t, ip)
    return fs.logs(T0)


# --------------------------------------------------------------------------------- sniproxy

SN_BACKENDS = {
    # hostname: (backend address, weight, typical bytes to client, from client)
    "git.example.com": ("10.0.2.15:443", 28, 90000, 9000),
    "chat.example.com": ("10.0.2.17:443", 24, 30000, 6000),
    "cloud.example.com": ("10.0.2.21:443", 18, 600000, 40000),
    "status.example.com": ("10.0.2.30:443", 8, 12000, 2000),
    "grafana.apps.example.com": ("", 9, 150000, 7000),
    "ci.apps.example.com": ("", 7, 40000, 5000),
    "wiki.apps.example.com": ("", 6, 80000, 4000),
}
SN_APPS = {
    "grafana.apps.example.com": "10.0.3.41:443",
    "ci.apps.example.com": "10.0.3.42:443",
    "wiki.apps.example.com": "10.0.3.43:443",
}
SN_SCANNERS = [
    "198.235.24.17",
    "205.210.31.220",
    "167.94.146.59",
    "162.216.150.101",
    "45.156.129.86",
    "35.203.211.44",
    "185.180.143.71",
    "93.174.95.106",
]


def sniproxy(r: random.Random) -> list[Log]:
    """sniproxy 0.6.1 on two edge hosts (edge1 listening on `[::]`, edge2 on `0.0.0.0`),
    routing TLS by SNI (and port 80 by Host) to five fixed backends and a `.*\\.apps\\.example\\.com`
    wildcard resolved at connect time, 06:00 to 12:00: each host's error_log (`priority notice`)
    and access_log files, sniproxy's own `%F %T ` stamp. Clients reset connections, scanners
    send no SNI or plain HTTP to 443, the local resolver is down 08:20-08:35 (wildcard hosts
    unresolvable), the cloud backend refuses connections 09:10-09:24, the configuration is
    reloaded on both hosts at 10:00 (SIGHUP), and a connection flood exhausts edge2's file
    descriptors 10:50-10:53."""
    fs = Files()

    def ts(t: datetime) -> str:
        return f"{t:%Y-%m-%d %H:%M:%S}"

    def E(h: str, t: datetime, label: str, msg: str) -> datetime:
        return fs.add(
            f"{h}-sniproxy.log", t, label, lambda x: [f"{ts(x)} {msg}"], (h, "error"), 1_000_000
        )

    def A(h: str, t: datetime, msg: str) -> datetime:
        return fs.add(
            f"{h}-access.log",
            t,
            "%s -> %s -> %s [%.*s] %ld/%ld bytes tx %ld/%ld bytes rx %1.3f seconds",
            lambda x: [f"{ts(x)} {msg}"],
            (h, "access"),
            1_000_000,
        )

    def addr(h: str, ip: str, port: int) -> str:
        return f"[::ffff:{ip}]:{port}" if h == "edge1" else f"{ip}:{port}"

    def listen(h: str, port: int) -> str:
        return f"[::]:{port}" if h == "edge1" else f"0.0.0.0:{port}"

    dns_out = (at(8, 20, 3), at(8, 35, 41))
    cloud_out = (at(9, 10, 12), at(9, 24, 30))
    reload_t = at(10, 0, 2)
    flood = (at(10, 50, 5), at(10, 53, 20))
    clients = [
        f"{r.choice(['84.17', '91.64', '178.27', '46.114', '93.211', '2.205', '80.187', '31.17'])}.{r.randint(1, 254)}.{r.randint(1, 254)}"
        for _ in range(70)
    ]
    for h in ("edge1", "edge2"):
        for t in poisson(r, T0, T_END, 31):
            if h == "edge2" and flood[0] <= t < flood[1]:
                continue
            ip = r.choice(clients)
            cport = r.randint(32768, 60999)
            host = weighted(r, [(v[1], k) for k, v in SN_BACKENDS.items()])
            backend, _w, down_b, up_b = SN_BACKENDS[host]
            port = 443
            if r.random() < 0.07:
                port = 80
            if host in SN_APPS:
                backend = SN_APPS[host]
                if dns_out[0] <= t < dns_out[1]:
                    t2 = E(
                        h,
                        t + sec(r.uniform(0, 5)),
                        "unable to resolve %s, closing connection",
                        f"unable to resolve {host}, closing connection",
                    )
                    A(
                        h,
                        t2,
                        f"{addr(h, ip, cport)} -> {listen(h, port)} -> (null) [{host}] 7/0 bytes tx 0/{r.randint(517, 1890)} bytes rx {r.uniform(5, 5.1):1.3f} seconds",
                    )
                    continue
            if port == 80:
                backend = backend.rsplit(":", 1)[0] + ":80"
            if host == "cloud.example.com" and cloud_out[0] <= t < cloud_out[1]:
                t2 = E(
                    h,
                    t,
                    "send(): Connection refused, closing connection",
                    "send(): Connection refused, closing connection",
                )
                A(
                    h,
                    t2,
                    f"{addr(h, ip, cport)} -> {listen(h, port)} -> {backend} [{host}] 0/0 bytes tx 0/{r.randint(517, 1890)} bytes rx {r.uniform(0.001, 0.004):1.3f} seconds",
                )
                continue
            dur = r.expovariate(1 / 40) + 0.05
            down = int(r.lognormvariate(0, 1.2) * down_b)
            up = int(r.lognormvariate(0, 0.8) * up_b) + 517
            end = t + sec(dur)
            if end >= T_END:
                continue
            if host == "wiki.apps.example.com" and t >= at(11, 21, 40):
                t2 = E(
                    h,
                    t + sec(0.01),
                    "Failed to open connection to %s: Network is unreachable",
                    "Failed to open connection to [2001:db8:3::43]:443: Network is unreachable",
                )
                A(
                    h,
                    t2,
                    f"{addr(h, ip, cport)} -> {listen(h, port)} -> [2001:db8:3::43]:443 [{host}] 7/0 bytes tx 0/{r.randint(517, 1890)} bytes rx {r.uniform(0.001, 0.02):1.3f} seconds",
                )
                continue
            if r.random() < 0.06:
                E(
                    h,
                    end,
                    "recv(): Connection reset by peer, closing connection",
                    "recv(): Connection reset by peer, closing connection",
                )
            elif r.random() < 0.02:
                E(
                    h,
                    end,
                    "send(): Broken pipe, closing connection",
                    "send(): Broken pipe, closing connection",
                )
            elif r.random() < 0.01:
                E(
                    h,
                    end,
                    "send(): Connection reset by peer, closing connection",
                    "send(): Connection reset by peer, closing connection",
                )
            elif r.random() < 0.015:
                E(
                    h,
                    end,
                    "recv(): Connection timed out, closing connection",
                    "recv(): Connection timed out, closing connection",
                )
            A(
                h,
                end,
                f"{addr(h, ip, cport)} -> {listen(h, port)} -> {backend} [{host}] {down}/{down} bytes tx {up}/{up} bytes rx {dur:1.3f} seconds",
            )
        # scanners: no SNI, or not TLS at all
        for t in poisson(r, T0, T_END, 110):
            ip = r.choice(SN_SCANNERS)
            cport = r.randint(1024, 65000)
            if r.random() < 0.04:
                bad = r.choice(
                    ["x_y.apps.example.com", "-.apps.example.com", "a..apps.example.com"]
                )
                t2 = E(
                    h,
                    t,
                    "Invalid hostname %.*s in client request",
                    f"Invalid hostname {bad} in client request",
                )
                A(
                    h,
                    t2,
                    f"{addr(h, ip, cport)} -> {listen(h, 443)} -> (null) [{bad}] 7/0 bytes tx 0/517 bytes rx {r.uniform(0.0, 0.2):1.3f} seconds",
                )
            elif r.random() < 0.6:
                t2 = E(
                    h,
                    t,
                    "Request from %s did not include a hostname",
                    f"Request from {addr(h, ip, cport)} did not include a hostname",
                )
                A(
                    h,
                    t2,
                    f"{addr(h, ip, cport)} -> {listen(h, 443)} -> (null) [] 7/0 bytes tx 0/{r.choice([211, 243, 517, 246])} bytes rx {r.uniform(0.0, 0.3):1.3f} seconds",
                )
            else:
                t2 = E(
                    h,
                    t,
                    "Unable to parse request from %s: parse_packet returned %d",
                    f"Unable to parse request from {addr(h, ip, cport)}: parse_packet returned -5",
                )
                A(
                    h,
                    t2,
                    f"{addr(h, ip, cport)} -> {listen(h, 443)} -> (null) [] 7/0 bytes tx 0/{r.choice([18, 78, 95, 113])} bytes rx {r.uniform(0.0, 0.2):1.3f} seconds",
                )
        # the configuration reloaded (SIGHUP from the deploy job)
        t = reload_t + sec(r.uniform(0, 4))
        for p in (443, 80):
            t = E(h, t, "Listener %s updated.", f"Listener {listen(h, p)} updated.")
        E(h, t, "Listener %s added.", f"Listener {listen(h, 8443)} added.")
    # the flood on edge2: accept() fails with EMFILE, the listener backs off for 2 s each time
    t = flood[0]
    while t < flood[1]:
        t = E(
            "edge2", t, "accept failed: Too many open files", "accept failed: Too many open files"
        )
        t = E(
            "edge2",
            t,
            "File descriptor limit reached! Suspending accepting new connections on %s for %d seconds",
            "File descriptor limit reached! Suspending accepting new connections on 0.0.0.0:443 for 2 seconds",
        )
        t += sec(1 + r.uniform(0, 0.4))
    for t, name in [(at(10, 51, 37), "a8F3kQ"), (at(10, 52, 49), "Xw2pLd")]:
        E(
            "edge2",
            t,
            "Dumped connections to %s",
            f"Dumped connections to /tmp/sniproxy-connections-{name}",
        )
    return fs.logs(T0)


SYSTEMS = {
    "softether": softether,
    "pritunl": pritunl,
    "shadowsocks-rust": shadowsocks_rust,
    "stubby": stubby,
    "sniproxy": sniproxy,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
