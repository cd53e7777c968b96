#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 168 (dnsdist, pdns-recursor, libreswan, gobgp, exabgp) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five DNS, VPN and routing daemons, 06:00 to 12:00 on
2024-06-07 (UTC); dnsdist balances over the three recursors of `pdns-recursor`, whose incidents
it sees through its health checks.

- dnsdist 1.9 (`dns-lb1-dnsdist.log`, `dns-lb2-dnsdist.log`: two Debian 12 balancers, rsyslog's
  high-precision `2024-06-07T06:00:01.123456+00:00 dns-lb1 dnsdist[812]: ...`, verbose health
  checks every 2 s on three recursors): rec2 restarted for an upgrade at 07:12 (`Error receiving
  health check response from %s: Connection refused`, `Marking downstream %s as 'down'` and
  `'up'`), the health-check name unresolvable 08:41-08:44 while the internal authoritative
  server is down (`Backend %s responded to health check with ServFail` for all three), rec3's VM
  frozen 09:20-09:32 (`Timeout while waiting for the health check response (ID %d) from backend
  %s`), carbon-cache stopped 10:05-10:40 (`Problem sending carbon data to %s: connecting to %s
  failed: Connection refused` every 30 s), a random-subdomain flood 10:50-11:20 (`Inserting
  dynamic block for %s for %d seconds: %s`, a `(warning) ` insertion first, a suffix block),
  operators' console sessions (`Got control connection from %s`) and lb2 restarted at 11:30 with
  a higher limit (the banner, `Added downstream server %s`, `Listening on %s`, `Accepting control
  connections on %s`, `Webserver launched on %s`, `Polled security status of version %s at
  startup, no known issues reported: %s`).
- PowerDNS Recursor 5.0 (`rec1.log`, `rec2.log`, `rec3.log`: three RHEL 9 hosts' syslog,
  `Jun  7 06:00:01 rec1 pdns-recursor[1187]: msg="..." subsystem="..." level="0" prio="Info"
  tid="0" ts="1717740001.123" key="value" ...`, structured logging with the values in sorted
  key order): the statistics report every 10 minutes (five `Periodic statistics report` lines
  with different keys, `Queries handled by thread` per worker, `Periodic QPS report`), rec2's
  upgrade restart at 07:12 (`Disabled DNSSEC algorithms`, `Enabling IPv4 transport for outgoing
  queries`, `NOT using IPv6 ...`, `Will not send queries to`, `Redirecting queries`, `Setting
  access control`, `Listening for queries`, `Enabled TCP data-ready filter for (slight) DoS
  protection`, `Done priming cache with root hints`), the internal zone unresolvable 08:41-08:44
  (`Sending SERVFAIL during resolve` with its error, log-common-errors on), the forward zones
  reloaded afterwards (`Reloading zones, purging data from cache`), rec3's silence while frozen,
  carbon refused 10:05-10:40 (`Problem sending carbon data`), the ACLs reloaded at 10:15, a domain
  with expired signatures (`Validation result`, dnssec-log-bogus on).
- Libreswan 4.12 pluto (`vpn-gw1.log`, `vpn-gw2.log`: two RHEL 9 gateways' /var/log/secure
  lines, `Jun  7 06:00:01 vpn-gw1 pluto[1342]: "remote-access"[12] 81.4.22.9 #231: ...`): gw1's
  road warriors (IKEv2 with certificates: `proposal %s chosen from remote proposals %s`,
  `processing decrypted IKE_AUTH request: %s`, `responder established IKE SA; ...`, `responder
  established Child SA using #%lu; ...`, and at the end `ESP traffic information: in=%s out=%s`,
  `deleting state (%s) aged %ss and NOT sending notification`, `deleting connection %s instance
  with peer %s {isakmp=#%lu/ipsec=#%lu}`, or DPD's `liveness action - clearing connection kind
  %s`), a user with an expired certificate retrying 08:05-08:48, three branch tunnels rekeyed
  hourly (`initiator rekeyed Child SA ...`, `responder rekeyed Child SA ...`), the Lisbon branch
  offline 09:10-09:32 (`liveness action - restarting all connections that share this peer`, then
  cycles of `initiating IKEv2 connection`, `sent IKE_SA_INIT request to %s`, seven
  `retransmission` lines, `60 second timeout exceeded ...`, `connection is supposed to remain up;
  revival attempt %u scheduled in %ld seconds`); gw2's two AWS tunnels, a partner that changed its
  pre-shared key at 09:00 (`IKE SA authentication request rejected by peer: %s` until 09:47),
  scanners (`packet from %s: IKE_SA_INIT message received on %s but no suitable connection found
  with IKEv2 policy`) and an `ipsec restart` at 10:45 (`shutting down`, `Starting Pluto ...`,
  `adding UDP interface %s %s`, `loading secrets from "%s"`, `added IKEv2 connection`, `listening
  for IKE messages`, the tunnels brought up again).
- GoBGP 3.27 (`rs1-gobgpd.log`, `rs2-gobgpd.log`: two IXP route servers' gobgpd output, logrus'
  default JSON with sorted keys, `{"Key":"185.1.0.21","State":"BGP_FSM_OPENCONFIRM","Topic":
  "Peer","level":"info","msg":"Peer Up","time":"2024-06-07T06:00:01Z"}`): a new member's router
  knocking before it is configured (`Can't find configuration for a new passive connection`
  every ~30 s until the 09:40 reload: `reload the config file`, `Add a peer configuration`,
  `Delete a peer configuration`), rs2 upgraded at 07:30 (`gobgpd started`, `Finished reading the
  config file`, a peer configuration per neighbor, `Peer Up`), a member's flapping port
  08:10-09:05 (`hold timer expired`, `sent notification`, `Peer Down`, `Closed an accepted
  connection` while the old session lingers), a member's planned maintenance (`received
  notification` with its Communicated-Reason), a member sending updates with a bad ORIGIN
  10:00-10:45 (`the received Update message was treated as withdraw`), a route leak at 10:52
  (`prefix limit %d%% reached`, `prefix limit reached`, `Administrative shutdown(Prefix limit
  reached)`) and the session enabled again at 11:30 (`Administrative start`).
- ExaBGP 4.2 (`dns-a1.log`, `dns-a2.log`, `dns-a3.log`: three Ubuntu 22.04 anycast resolvers'
  syslog, `Jun  7 06:00:01 dns-a1 exabgp[1021]: api           route added to neighbor ... :
  192.0.2.53/32 next-hop self med 100` and the healthcheck helper's own `healthcheck-dns[1043]:
  ...`): the helper's `send announces for %s state to ExaBGP` every minute and ExaBGP's `route
  added to %s : %s` for it; unbound stuck on dns-a1 07:40-07:52 (`Check command was unsuccessful:
  %s`, `Output of check command: %s` with the bytes' repr, the route withdrawn: `route removed
  from %s : %s`, then `route not found on %s : %s` every minute); a top-of-rack switch of dns-a2
  rebooting at 09:15 (`%s %s lost TCP session with peer`, `%s, closing connection`, `connected to
  %s with %s`); exabgp restarted on dns-a1 at 10:30 (`performing shutdown`, the helper's
  `Uncaught exception: %s` with its traceback folded by rsyslog into one line with `#012`, `Thank
  you for using ExaBGP`, the cli's missing-pipe advice, `performing reload of exabgp %s`, `loaded
  new configuration successfully`, `forked process %s`); dns-a3 drained for maintenance
  11:05-11:25 (the DISABLED state).

Label notes. The heads are context: the syslog heads (rsyslog's RFC 3339 or traditional time,
host, ident and pid); the Recursor's `subsystem`, `level`, `prio`, `tid`, `ts` and its other
keys are attributes, the `msg` alone is the label (as logrus' fields, round 121), and so are
GoBGP's JSON fields; ExaBGP's padded source column (`api`, `reactor`, `outgoing-3`) is context.
Pluto's `"conn"[N] peer #SA: `, `"conn": ` and `packet from %s: ` prefixes are what its logger puts
before a state's, a connection's or a packet's message (as Sidekiq's tags): context. A word picked
by branch is wording: dnsdist's `'up'` / `'down'` and `(warning) `, pluto's `NOT ` before
`sending notification`, ExaBGP's `route added to` / `removed from` / `not found on`. An errno's
text is the statement's (`Connection refused`); an error that is a message of its own keeps its
format (dnsdist's carbon error); enum names (pluto's state names, FSM states, the healthcheck's
UP/DOWN/DISABLED) are variables. Pluto jams an SA's description (`{ESPinUDP=>0x... <0x... xfrm=...
NATOA=none NATD=... DPD=passive}`); its literal words stay in the label and each shape written
here has its own call (responder, initiator and rekey). The Python traceback rsyslog writes on
one line (`#012` for each newline) is one line and one event.

Least sure (written from the helper's knowledge; dnsdist's health-check and dynamic-block
messages, the Recursor's statistics and start-up messages and its structured backend, GoBGP's FSM,
peer and server messages, ExaBGP's API, reactor and connection messages and the healthcheck
helper were checked against copies of their sources, pluto's established-SA lines against real
logs quoted in a tutorial and in issues): dnsdist's carbon exception text and the order of its
start-up lines; the Recursor 5.0 `Listening for queries` and `Redirecting queries` keys, the
carbon and `Validation result` messages and whether 5.0 writes `Queries handled by thread` and
`Periodic QPS report`; pluto 4.12's exact retransmission, timeout, revival, liveness, expired
certificate and `no suitable connection` wordings, the `deleting connection ... instance` line
and the start-up subset written; GoBGP 3's `Add a peer configuration`, `Delete a peer
configuration` and `reload the config file` wordings and its treat-as-withdraw error text;
ExaBGP 4.2's cli advice lines, whether `forked process %s` is logged at INFO and the level of
`performing reload`.
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
from generate_round97 import Files, sec, syslog_ts
from generate_round147 import T0, T_END, at

US = 1  # a microsecond: rsyslog's high-precision timestamps
S1 = 1_000_000  # a second: traditional syslog and logrus' RFC 3339


def rfc3339_us(t: datetime) -> str:
    """rsyslog's RSYSLOG_FileFormat (Debian 12's default)."""
    return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}+00:00"


def public_ip(r: random.Random) -> str:
    first = r.choice(
        [
            31,
            37,
            46,
            62,
            77,
            78,
            79,
            81,
            84,
            85,
            89,
            91,
            93,
            94,
            109,
            176,
            178,
            185,
            188,
            212,
            213,
            217,
        ]
    )
    return f"{first}.{r.randint(1, 254)}.{r.randint(0, 254)}.{r.randint(1, 254)}"


def human_bytes(n: int) -> str:
    """pluto's jam_readable_humber: B, KB, MB, GB with no decimals."""
    for unit in ["B", "KB", "MB", "GB"]:
        if n < 1024 or unit == "GB":
            return f"{n}{unit}"
        n //= 1024
    return f"{n}GB"


# ----------------------------------------------------------------------------------- dnsdist

DD_BACKENDS = [("rec1", "10.20.1.11:53"), ("rec2", "10.20.1.12:53"), ("rec3", "10.20.1.13:53")]
DD_ATTACKERS = [
    "203.0.113.17",
    "203.0.113.89",
    "198.51.100.23",
    "198.51.100.140",
    "192.0.2.201",
    "45.83.64.12",
    "103.152.118.7",
    "185.220.101.34",
    "91.92.109.43",
    "141.98.11.70",
    "194.26.29.113",
    "80.94.95.81",
]


def dnsdist(r: random.Random) -> list[Log]:
    """Two dnsdist 1.9 balancers in front of rec1-rec3 (checkInterval=2, maxCheckFailures=3,
    rise=2, setVerboseHealthChecks(true)), 06:00 to 12:00."""
    fs = Files()
    pids = {"dns-lb1": 812, "dns-lb2": 790}
    lb2_restart = at(11, 30, 3.2)

    def L(h: str, t: datetime, label: str, msg: str) -> datetime:
        pid = 24117 if h == "dns-lb2" and t >= lb2_restart else pids[h]
        return fs.add(
            f"{h}-dnsdist.log",
            t,
            label,
            lambda x: [f"{rfc3339_us(x)} {h} dnsdist[{pid}]: {msg}"],
            (h, pid),
            US,
        )

    def nwa(i: int) -> str:
        name, addr = DD_BACKENDS[i]
        return f"{name} ({addr})"

    def mark(h: str, t: datetime, i: int, up: bool) -> datetime:
        word = "up" if up else "down"
        return L(
            h, t, f"Marking downstream %s as '{word}'", f"Marking downstream {nwa(i)} as '{word}'"
        )

    def checks(h: str, phase: float, t_from: datetime, t_to: datetime) -> list[datetime]:
        """The health-check instants of one backend on one balancer in [t_from, t_to)."""
        k = int(((t_from - T0).total_seconds() - phase) // 2) + 1
        out = []
        while True:
            t = T0 + sec(phase + 2 * k + r.uniform(0.0001, 0.004))
            if t >= t_to:
                return out
            if t >= t_from:
                out.append(t)
            k += 1

    phases = {(h, i): r.uniform(0, 2) for h in pids for i in range(3)}

    def incident(h: str, i: int, t_from: datetime, t_to: datetime, label: str, msg) -> None:
        ts = checks(h, phases[(h, i)], t_from, t_to)
        for n, t in enumerate(ts, 1):
            L(h, t, label, msg(t))
            if n == 3:
                mark(h, t + sec(0.00002), i, False)
        after = checks(h, phases[(h, i)], t_to, t_to + sec(10))
        if len(ts) >= 3:
            mark(h, after[1] + sec(0.0003), i, True)

    def refused(i: int):
        return lambda t: (
            f"Error receiving health check response from {DD_BACKENDS[i][1]}: Connection refused"
        )

    def servfail(i: int):
        return lambda t: f"Backend {nwa(i)} responded to health check with ServFail"

    def timeout(i: int):
        return lambda t: (
            f"Timeout while waiting for the health check response (ID {r.randint(1, 65535)}) from backend {nwa(i)}"
        )

    for h in pids:
        # rec2 upgraded: its port closed for ~45 s
        incident(
            h,
            1,
            at(7, 12, 21.4),
            at(7, 13, 6.8),
            "Error receiving health check response from %s: Connection refused",
            refused(1),
        )
        # the internal authoritative server down: the check name SERVFAILs everywhere
        for i in range(3):
            incident(
                h,
                i,
                at(8, 41, 9.7 + i * 0.8),
                at(8, 44, 3.2 + i * 1.1),
                "Backend %s responded to health check with ServFail",
                servfail(i),
            )
        # rec3's VM frozen
        incident(
            h,
            2,
            at(9, 20, 31.5),
            at(9, 32, 8.0),
            "Timeout while waiting for the health check response (ID %d) from backend %s",
            timeout(2),
        )
        # carbon-cache stopped
        off = r.uniform(0, 30)
        t = T0 + sec(off)
        while t < T_END:
            if at(10, 5, 12) <= t < at(10, 40, 40):
                L(
                    h,
                    t + sec(r.uniform(0.0005, 0.003)),
                    "Problem sending carbon data to %s: connecting to %s failed: Connection refused",
                    "Problem sending carbon data to 10.20.9.5:2003: connecting to 10.20.9.5:2003 failed: Connection refused",
                )
            t += sec(30)
        # operators on the console
        for tc in sorted(r.sample(range(6 * 3600), 5)):
            L(
                h,
                T0 + sec(tc + r.random()),
                "Got control connection from %s",
                f"Got control connection from 127.0.0.1:{r.randint(32768, 60999)}",
            )

    # the random-subdomain flood: both balancers see every source (anycast)
    for h in pids:
        for n, src in enumerate(DD_ATTACKERS):
            start = at(10, 50, 5) + sec(n * 23 + r.uniform(0, 20))
            end = at(11, 20) - sec(r.uniform(0, 240))
            if h == "dns-lb2" and end > at(11, 29, 50):
                end = at(11, 29, 50)
            reason = "Exceeded query rate" if n % 3 else "Exceeded NXD rate"
            t = L(
                h,
                start,
                "Inserting (warning) dynamic block for %s for %d seconds: %s",
                f"Inserting (warning) dynamic block for {src} for 60 seconds: {reason}",
            )
            t += sec(r.uniform(2, 9))
            while t < end:
                t = L(
                    h,
                    t,
                    "Inserting dynamic block for %s for %d seconds: %s",
                    f"Inserting dynamic block for {src} for 60 seconds: {reason}",
                )
                t += sec(60 + r.uniform(0.9, 2.5))
        t = at(10, 51, 40) + sec(r.uniform(0, 5))
        while t < at(11, 18):
            t = L(
                h,
                t,
                "Inserting dynamic block for %s for %d seconds: %s",
                "Inserting dynamic block for rnd.shop-victim.example. for 300 seconds: random subdomain flood",
            )
            t += sec(300 + r.uniform(1, 3))

    # lb2 restarted with a higher query rate limit
    h = "dns-lb2"
    t = lb2_restart + sec(r.uniform(0, 0.5))
    t = L(
        h,
        t,
        "dnsdist %s comes with ABSOLUTELY NO WARRANTY. This is free software, and you are welcome to redistribute it according to the terms of the GPL version 2",
        "dnsdist 1.9.4 comes with ABSOLUTELY NO WARRANTY. This is free software, and you are welcome to redistribute it according to the terms of the GPL version 2",
    )
    for _name, addr in DD_BACKENDS:
        t = L(h, t + sec(0.0004), "Added downstream server %s", f"Added downstream server {addr}")
    for addr in ["0.0.0.0:53", "[::]:53"]:
        t = L(h, t + sec(0.0011), "Listening on %s", f"Listening on {addr}")
    t = L(
        h,
        t + sec(0.0009),
        "Accepting control connections on %s",
        "Accepting control connections on 127.0.0.1:5199",
    )
    for i in range(3):
        t = mark(h, t + sec(r.uniform(0.002, 0.02)), i, True)
    t = L(h, t + sec(0.003), "Webserver launched on %s", "Webserver launched on 127.0.0.1:8083")
    L(
        h,
        t + sec(0.41),
        "Polled security status of version %s at startup, no known issues reported: %s",
        "Polled security status of version 1.9.4 at startup, no known issues reported: OK",
    )
    return fs.logs(T0)


# ----------------------------------------------------------------------------- pdns-recursor

REC = {
    "rec1": ("10.20.1.11", 1187),
    "rec2": ("10.20.1.12", 1204),
    "rec3": ("10.20.1.13", 1190),
}
REC_DONT_QUERY = "127.0.0.0/8 10.0.0.0/8 100.64.0.0/10 169.254.0.0/16 192.168.0.0/16 172.16.0.0/12 ::1/128 fc00::/7 fe80::/10 0.0.0.0/8 192.0.0.0/24 192.0.2.0/24 198.51.100.0/24 203.0.113.0/24 240.0.0.0/4 ::/96 ::ffff:0:0/96 100::/64 2001:db8::/32 0.0.0.0 ::"
REC_ACL = "10.0.0.0/8 127.0.0.0/8 ::1/128"
REC_ACL_NEW = "10.0.0.0/8 127.0.0.0/8 ::1/128 172.20.44.0/22"
REC_INTERNAL = [
    ("health.check.example.net", "A"),
    ("git.corp.example.net", "A"),
    ("ldap.corp.example.net", "A"),
    ("ldap.corp.example.net", "AAAA"),
    ("_ldap._tcp.corp.example.net", "SRV"),
    ("mail.corp.example.net", "A"),
    ("vpn.corp.example.net", "A"),
    ("21.20.10.in-addr.arpa", "PTR"),
]


def rec_quote(v: str) -> str:
    return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'


def pdns_recursor(r: random.Random) -> list[Log]:
    """Three PowerDNS Recursor 5.0 instances (threads=4, statistics-interval=600,
    log-common-errors, dnssec-log-bogus, carbon-server) behind dnsdist, 06:00 to 12:00."""
    fs = Files()
    pids = {h: p for h, (_a, p) in REC.items()}
    rec2_restart = at(7, 12, 34)

    def L(
        h: str,
        t: datetime,
        msg: str,
        subsystem: str,
        prio: str,
        tid: int,
        kv: dict[str, object],
        error: str | None = None,
    ) -> datetime:
        pid = 31877 if h == "rec2" and t >= rec2_restart else pids[h]

        def text(x: datetime) -> list[str]:
            parts = [f"msg={rec_quote(msg)}"]
            if error is not None:
                parts.append(f"error={rec_quote(error)}")
            parts += [
                f"subsystem={rec_quote(subsystem)}",
                'level="0"',
                f"prio={rec_quote(prio)}",
                f"tid={rec_quote(str(tid))}",
                f'ts="{int(x.timestamp())}.{r.randint(0, 999):03d}"',
            ]
            parts += [f"{k}={rec_quote(str(v))}" for k, v in sorted(kv.items())]
            return [f"{syslog_ts(x)} {h} pdns-recursor[{pid}]: " + " ".join(parts)]

        return fs.add(f"{h}.log", t, msg, text, (h, pid), S1)

    state = {h: {"q": r.randint(40_000_000, 90_000_000), "cache": 0} for h in REC}

    def stats(h: str, t: datetime, qps: float) -> None:
        s = state[h]
        if h == "rec2" and t >= rec2_restart and not s.get("restarted"):
            s["restarted"] = True
            s["q"] = 0
        q0 = s["q"]
        s["q"] += int(qps * 600)
        q = s["q"]
        cache = r.randint(410_000, 520_000)
        rep = "Periodic statistics report"
        t = L(
            h,
            t,
            rep,
            "stats",
            "Info",
            0,
            {
                "questions": q,
                "cache-entries": cache,
                "negcache-entries": r.randint(21_000, 30_000),
                "record-cache-hitratio-perc": r.randint(78, 84),
                "record-cache-contended": r.randint(1_000, 90_000),
                "record-cache-acquired": q * 9 + r.randint(0, 10_000),
                "record-cache-contended-perc": 0,
            },
        )
        t = L(
            h,
            t,
            rep,
            "stats",
            "Info",
            0,
            {
                "packetcache-contended": r.randint(500, 40_000),
                "packetcache-acquired": q * 2 + r.randint(0, 5_000),
                "packetcache-contended-perc": 0,
                "packetcache-entries": r.randint(180_000, 260_000),
                "packetcache-hitratio-perc": r.randint(61, 72),
            },
        )
        t = L(
            h,
            t,
            rep,
            "stats",
            "Info",
            0,
            {
                "throttle-entries": r.randint(3, 40),
                "nsspeed-entries": r.randint(7_000, 9_500),
                "failed-host-entries": r.randint(0, 25),
                "edns-entries": r.randint(3_000, 4_500),
                "non-resolving-nameserver-entries": r.randint(0, 12),
                "saved-parent-ns-sets-entries": r.randint(0, 30),
            },
        )
        t = L(
            h,
            t,
            rep,
            "stats",
            "Info",
            0,
            {
                "throttled-queries-perc": r.randint(0, 2),
                "tcp-outqueries": r.randint(20_000, 60_000),
                "dot-outqueries": 0,
                "idle-tcpout-connections": r.randint(0, 6),
                "concurrent-queries": r.randint(1, 40),
                "outgoing-timeouts": r.randint(8_000, 40_000),
                "outqueries-per-query-perc": r.randint(17, 26),
            },
        )
        t = L(
            h,
            t,
            rep,
            "stats",
            "Info",
            0,
            {
                "taskqueue-pushed": r.randint(200_000, 900_000),
                "taskqueue-expired": r.randint(0, 40),
                "taskqueue-size": r.randint(0, 3),
            },
        )
        share = [r.uniform(0.9, 1.1) for _ in range(4)]
        for i in range(4):
            t = L(
                h,
                t,
                "Queries handled by thread",
                "stats",
                "Info",
                0,
                {"thread": i, "tname": "worker", "count": int(q * share[i] / sum(share))},
            )
        if q0:
            L(
                h,
                t,
                "Periodic QPS report",
                "stats",
                "Info",
                0,
                {"qps": int((q - q0) / 600), "averagedOver": 600},
            )

    def startup(h: str, t: datetime) -> datetime:
        addr = REC[h][0]
        t = L(
            h,
            t,
            "Disabled DNSSEC algorithms",
            "config",
            "Notice",
            0,
            {"algorithms": "5 7", "automatically": "true"},
        )
        t = L(h, t, "Enabling IPv4 transport for outgoing queries", "config", "Notice", 0, {})
        t = L(
            h,
            t,
            "NOT using IPv6 for outgoing queries - add an IPv6 address (like '::') to query-local-address to enable",
            "config",
            "Warning",
            0,
            {},
        )
        t = L(
            h, t, "Will not send queries to", "config", "Notice", 0, {"addresses": REC_DONT_QUERY}
        )
        t = fwd_zones(h, t)
        t = L(
            h,
            t,
            "Setting access control",
            "config",
            "Info",
            0,
            {"acl": "allow-from", "addresses": REC_ACL},
        )
        t = L(
            h,
            t,
            "Listening for queries",
            "config",
            "Info",
            0,
            {"address": f"{addr}:53", "proto": "UDP"},
        )
        t = L(
            h,
            t,
            "Listening for queries",
            "config",
            "Info",
            0,
            {"address": f"{addr}:53", "proto": "TCP"},
        )
        t = L(
            h,
            t,
            "Enabled TCP data-ready filter for (slight) DoS protection",
            "config",
            "Info",
            0,
            {},
        )
        return L(
            h, t + sec(1.4), "Done priming cache with root hints", "housekeeping", "Info", 0, {}
        )

    def fwd_zones(h: str, t: datetime, ns2: bool = False) -> datetime:
        auths = "10.20.2.53:53 10.20.2.54:53" if ns2 else "10.20.2.53:53"
        for zone in ["corp.example.net", "10.in-addr.arpa"]:
            t = L(
                h,
                t,
                "Redirecting queries",
                "config",
                "Info",
                0,
                {"addresses": auths, "recursion": "false", "zone": zone},
            )
        return t

    def servfail(h: str, t: datetime) -> datetime:
        qname, qtype = r.choice(REC_INTERNAL[:3] if r.random() < 0.55 else REC_INTERNAL)
        lb = r.choice(["10.20.0.51", "10.20.0.52"])
        to = r.randint(3, 5)
        err = f"Too much time waiting for {qname}|{qtype}, timeouts: {to}, throttles: {r.randint(0, 2)}, queries: {to + r.randint(0, 2)}, {r.randint(7000, 7020)} msec"
        if r.random() < 0.18:
            err = f"Server Failure while resolving {qname}|{qtype}: all nameservers for corp.example.net are throttled"
        return L(
            h,
            t,
            "Sending SERVFAIL during resolve",
            "syncres",
            "Notice",
            r.randint(1, 4),
            {
                "mtid": r.randint(2_000, 900_000),
                "proto": "udp",
                "qname": qname,
                "qtype": qtype,
                "remote": f"{lb}:{r.randint(1024, 65535)}",
            },
            error=err,
        )

    for h in REC:
        phase = r.uniform(0, 600)
        t = T0 + sec(phase)
        while t < T_END:
            frozen = h == "rec3" and at(9, 20, 20) <= t < at(9, 32, 10)
            down = h == "rec2" and at(7, 12, 10) <= t < at(7, 13, 10)
            if not frozen and not down:
                busy = 1.6 if at(10, 50) <= t < at(11, 20) else 1.0
                stats(h, t, r.uniform(1100, 1500) * busy)
            t += sec(600)
        # the internal authoritative server down
        t = at(8, 41, 2) + sec(r.uniform(0, 3))
        while t < at(8, 44, 6):
            t = servfail(h, t)
            t += sec(r.expovariate(1 / 0.7))
        # a partner's status page behind a lame delegation, polled by monitoring
        t = at(10, 0, 5) + sec(r.uniform(0, 30))
        while t < at(11, 0):
            lb = r.choice(["10.20.0.51", "10.20.0.52"])
            L(
                h,
                t,
                "Sending SERVFAIL during resolve",
                "syncres",
                "Notice",
                r.randint(1, 4),
                {
                    "mtid": r.randint(2_000, 900_000),
                    "proto": "udp",
                    "qname": "status.partner-portal.example",
                    "qtype": "A",
                    "remote": f"{lb}:{r.randint(1024, 65535)}",
                },
                error=f"Too much time waiting for status.partner-portal.example|A, timeouts: {r.randint(4, 6)}, throttles: {r.randint(0, 3)}, queries: {r.randint(6, 9)}, {r.randint(7000, 7030)} msec",
            )
            t += sec(r.uniform(25, 35))
        # operators reload the forward zones with a second authoritative server
        t = at(8, 49, 30) + sec(r.uniform(0, 40))
        t = L(h, t, "Reloading zones, purging data from cache", "config", "Notice", 0, {})
        fwd_zones(h, t, ns2=True)
        # carbon refused
        t = T0 + sec(r.uniform(0, 30))
        while t < T_END:
            if at(10, 5, 12) <= t < at(10, 40, 40) and not (
                h == "rec3" and at(9, 20, 20) <= t < at(9, 32, 10)
            ):
                L(
                    h,
                    t,
                    "Problem sending carbon data",
                    "carbon",
                    "Warning",
                    0,
                    {},
                    error="While connecting to 10.20.9.5:2003: Connection refused",
                )
            t += sec(30)
        # the ACLs reloaded with the new office's subnet
        L(
            h,
            at(10, 15, 40) + sec(r.uniform(0, 20)),
            "Setting access control",
            "config",
            "Info",
            0,
            {"acl": "allow-from", "addresses": REC_ACL_NEW},
        )
        # a shop's signatures expired: every resolution of it is Bogus
        for tb in poisson(r, at(6, 20), at(11, 50), 900):
            lb = r.choice(["10.20.0.51", "10.20.0.52"])
            L(
                h,
                tb,
                "Validation result",
                "syncres",
                "Warning",
                r.randint(1, 4),
                {
                    "qname": r.choice(
                        [
                            "shop.brokensig.example",
                            "www.shop.brokensig.example",
                            "cdn.shop.brokensig.example",
                        ]
                    ),
                    "qtype": r.choice(["A", "A", "AAAA"]),
                    "remote": f"{lb}:{r.randint(1024, 65535)}",
                    "validationState": "Bogus - Signature expired",
                },
            )
    # rec2 upgraded (5.0.4 -> 5.0.5)
    startup("rec2", rec2_restart)
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- libreswan

RW_USERS = [
    "alice.martin",
    "bruno.costa",
    "carla.rossi",
    "david.klein",
    "eva.nowak",
    "felix.wagner",
    "greta.larsen",
    "hugo.moreau",
    "ines.garcia",
    "jan.dvorak",
    "karin.berg",
    "lars.holm",
    "maria.silva",
    "nils.eriksen",
    "olga.petrova",
    "paul.fischer",
    "quentin.roux",
    "rosa.mendes",
    "sven.lund",
    "tomas.horak",
    "ursula.beck",
    "victor.blanc",
    "wiebke.jansen",
    "xavier.dumas",
    "yara.haddad",
    "zoe.baker",
    "anna.schulz",
    "ben.hoffmann",
    "clara.vogel",
    "dario.conti",
    "emma.lindqvist",
    "filip.kovac",
    "gina.romano",
    "henrik.strand",
    "ida.kowalski",
    "jonas.weber",
    "kim.nguyen",
    "luca.ferrari",
    "mila.jovanovic",
    "noah.becker",
    "oskar.lind",
    "petra.novotna",
    "rafael.ortiz",
    "sara.cohen",
]
RW_CLIENTS = [
    # IKE proposals, ESP proposals, IKE_AUTH payloads, signature
    (
        "1:IKE:ENCR=AES_GCM_C_256;PRF=HMAC_SHA2_256;PRF=HMAC_SHA2_384;PRF=HMAC_SHA2_512;DH=ECP_256;DH=ECP_384;DH=CURVE25519[first-match] 2:IKE:ENCR=AES_CBC_256;INTEG=HMAC_SHA2_256_128;PRF=HMAC_SHA2_256;DH=ECP_256",
        "1:IKE=AES_GCM_C_256-HMAC_SHA2_256-DH19",
        "1:ESP:ENCR=AES_GCM_C_256;ESN=NO[first-match] 2:ESP:ENCR=AES_CBC_256;INTEG=HMAC_SHA2_256_128;ESN=NO",
        "SK{IDi,CERT,N(INITIAL_CONTACT),CERTREQ,IDr,AUTH,CP,N(ESP_TFC_PADDING_NOT_SUPPORTED),SA,TSi,TSr,N(MOBIKE_SUPPORTED),N(ADD_6_ADDRESSES),N(EAP_ONLY_AUTHENTICATION)}",
        "2048-bit RSASSA-PSS with SHA2_256",
    ),
    (
        "1:IKE:ENCR=AES_CBC_256;INTEG=HMAC_SHA2_256_128;PRF=HMAC_SHA2_256;DH=MODP2048 2:IKE:ENCR=AES_CBC_256;INTEG=HMAC_SHA2_384_192;PRF=HMAC_SHA2_384;DH=ECP_384[first-match] 3:IKE:ENCR=AES_GCM_C_256;PRF=HMAC_SHA2_256;DH=ECP_256",
        "2:IKE=AES_CBC_256-HMAC_SHA2_384-HMAC_SHA2_384_192-DH20",
        "1:ESP:ENCR=AES_CBC_256;INTEG=HMAC_SHA2_256_128;ESN=NO[first-match] 2:ESP:ENCR=AES_GCM_C_256;ESN=NO",
        "SK{IDi,CERT,CERTREQ,AUTH,CP,SA,TSi,TSr}",
        "2048-bit PKCS#1 1.5 RSA with SHA2_256",
    ),
    (
        "1:IKE:ENCR=AES_GCM_C_256;PRF=HMAC_SHA2_512;DH=ECP_521;DH=ECP_384;DH=ECP_256[first-match]",
        "1:IKE=AES_GCM_C_256-HMAC_SHA2_512-DH19",
        "1:ESP:ENCR=AES_GCM_C_256;ESN=YES;ESN=NO[first-match]",
        "SK{IDi,CERT,N(INITIAL_CONTACT),IDr,AUTH,CP,SA,TSi,TSr,N(MOBIKE_SUPPORTED),N(NO_ADDITIONAL_ADDRESSES)}",
        "3072-bit RSASSA-PSS with SHA2_512",
    ),
]
VPN_CA = "CN=Example Corp VPN CA, O=Example Corp"
BRANCHES = {
    # name, peer, remote subnet, peer ID, our side initiates the rekeys
    "branch-ams": ("198.51.100.20", "10.21.0.0-10.21.255.255", "@ams.branch.example.com", True),
    "branch-lis": ("198.51.100.44", "10.22.0.0-10.22.255.255", "@lis.branch.example.com", True),
    "branch-waw": ("192.0.2.77", "10.23.0.0-10.23.255.255", "@waw.branch.example.com", False),
}
AWS = {
    "aws-tunnel1": ("3.120.55.147", "172.31.0.0-172.31.255.255"),
    "aws-tunnel2": ("18.194.210.9", "172.31.0.0-172.31.255.255"),
}
IKE_AUTH_SENT = "{cipher=AES_GCM_16_256 integ=n/a prf=HMAC_SHA2_512 group=DH19}"


def libreswan(r: random.Random) -> list[Log]:
    """Two Libreswan 4.12 gateways, 06:00 to 12:00: gw1 for road warriors and three branches,
    gw2 for two AWS tunnels and a partner. SA serials and connection instances are numbered
    afterwards in the order they were created, as pluto numbers them."""
    fs = Files()
    gw2_restart = at(10, 45, 12)

    def pid_at(h: str, t: datetime) -> int:
        if h == "vpn-gw2":
            return 48213 if t >= gw2_restart + sec(1) else 1288
        return 1342

    created: dict[str, list[tuple[datetime, str]]] = {}  # (host, pid) -> (creation, token)

    def token(kind: str, h: str, t: datetime) -> str:
        key = f"{h}/{pid_at(h, t)}/{kind}"
        tok = f"\x00{kind}{len(created.setdefault(key, []))}/{pid_at(h, t)}\x00"
        created[key].append((t, tok))
        return tok

    def L(h: str, t: datetime, prefix: str, label: str, msg: str) -> datetime:
        pid = pid_at(h, t)
        return fs.add(
            f"{h}.log",
            t,
            label,
            lambda x: [f"{syslog_ts(x)} {h} pluto[{pid}]: {prefix}{msg}"],
            (h, pid),
            S1,
        )

    def spi() -> str:
        return "0x" + hexid(r, 8)

    def aged(s: float) -> str:
        return f"{s:.3f}"

    def sel(net: str) -> str:
        return f"{net}:0-65535 0"

    DEL_NOT = "deleting state (%s) aged %ss and NOT sending notification"
    DEL = "deleting state (%s) aged %ss and sending notification"
    ESP_INFO = "ESP traffic information: in=%s out=%s"
    DEL_CONN = "deleting connection %s instance with peer %s {isakmp=#%lu/ipsec=#%lu}"
    PROPOSAL = "proposal %s chosen from remote proposals %s"
    INIT_CHILD = "initiator established Child SA using #%lu; IPsec tunnel [%s] -> [%s] {ESP/ESN=>0x%08x <0x%08x xfrm=%s DPD=%s}"
    INIT_REKEY = "initiator rekeyed Child SA #%lu using #%lu; IPsec tunnel [%s] -> [%s] {ESP/ESN=>0x%08x <0x%08x xfrm=%s DPD=%s}"
    RESP_REKEY = "responder rekeyed Child SA #%lu using #%lu; IPsec tunnel [%s] -> [%s] {ESP/ESN=>0x%08x <0x%08x xfrm=%s DPD=%s}"
    REVIVAL = "connection is supposed to remain up; revival attempt %u scheduled in %ld seconds"
    AUTH_SENT = "sent IKE_AUTH request {cipher=%s integ=%s prf=%s group=%s}"

    # ---- gw1: road warriors
    h = "vpn-gw1"

    def rw_end(
        pre0: str, n: str, ip: str, ike: str, child: str, te: datetime, dur: float, dpd: bool
    ) -> None:
        if dpd:
            te = L(
                h,
                te,
                f"{pre0} #{ike}: ",
                "liveness action - clearing connection kind %s",
                "liveness action - clearing connection kind CK_INSTANCE",
            )
        inb = int(dur * r.uniform(1_000, 60_000))
        outb = int(dur * r.uniform(5_000, 400_000))
        te = L(
            h,
            te + sec(0.001),
            f"{pre0} #{child}: ",
            ESP_INFO,
            f"ESP traffic information: in={human_bytes(inb)} out={human_bytes(outb)}",
        )
        te = L(
            h,
            te + sec(0.001),
            f"{pre0} #{ike}: ",
            DEL_NOT,
            f"deleting state (STATE_V2_ESTABLISHED_IKE_SA) aged {aged(dur + 0.02)}s and NOT sending notification",
        )
        L(
            h,
            te + sec(0.0005),
            f"{pre0}: ",
            DEL_CONN,
            f'deleting connection "remote-access"[{n}] {ip} instance with peer {ip} {{isakmp=#0/ipsec=#0}}',
        )

    def rw_session(
        t: datetime, user: str, client: tuple, ip: str, dur: float, dpd: bool, pool: str
    ) -> None:
        n = token("I", h, t)
        pre0 = f'"remote-access"[{n}] {ip}'
        ike = token("S", h, t)
        pre = f"{pre0} #{ike}: "
        remote_ike, chosen_ike, remote_esp, payloads, sig = client
        t = L(
            h, t, pre, PROPOSAL, f"proposal {chosen_ike} chosen from remote proposals {remote_ike}"
        )
        t = L(
            h,
            t + sec(r.uniform(0.05, 0.4)),
            pre,
            "processing decrypted IKE_AUTH request: %s",
            f"processing decrypted IKE_AUTH request: {payloads}",
        )
        t = L(
            h,
            t + sec(0.01),
            pre,
            "responder established IKE SA; authenticated peer '%s' digital signature using peer certificate '%s' issued by CA '%s'",
            f"responder established IKE SA; authenticated peer '{sig}' digital signature using peer certificate 'CN={user}@example.com, O=Example Corp' issued by CA '{VPN_CA}'",
        )
        child = token("S", h, t)
        prec = f"{pre0} #{child}: "
        esp_alg = (
            "ESP=AES_GCM_16_256-ESN:NO"
            if "GCM" in remote_esp.split("[")[0]
            else "ESP=AES_CBC_256-HMAC_SHA2_256_128-ESN:NO"
        )
        t = L(
            h,
            t + sec(0.002),
            prec,
            PROPOSAL,
            f"proposal 1:{esp_alg} chosen from remote proposals {remote_esp}",
        )
        xfrm = "AES_GCM_16_256-NONE" if "GCM" in esp_alg else "AES_CBC_256-HMAC_SHA2_256_128"
        natport = r.choice([4500, 4500, r.randint(1024, 65535)])
        t = L(
            h,
            t + sec(0.004),
            prec,
            "responder established Child SA using #%lu; IPsec tunnel [%s] -> [%s] {ESPinUDP=>0x%08x <0x%08x xfrm=%s NATOA=none NATD=%s DPD=%s}",
            f"responder established Child SA using #{ike}; IPsec tunnel [{sel('0.0.0.0-255.255.255.255')}] -> [{sel(pool + '-' + pool)}] {{ESPinUDP=>{spi()} <{spi()} xfrm={xfrm} NATOA=none NATD={ip}:{natport} DPD=passive}}",
        )
        te = t + sec(dur)
        if te < T_END:
            rw_end(pre0, n, ip, ike, child, te, dur, dpd)

    homes = {u: public_ip(r) for u in RW_USERS}
    clients = {u: r.choice(RW_CLIENTS) for u in RW_USERS}
    pools = {u: f"10.99.0.{i + 10}" for i, u in enumerate(RW_USERS)}
    for u in RW_USERS:
        t = at(6, 30) + sec(r.uniform(0, 3 * 3600))
        if r.random() < 0.15:
            t = T0 - sec(r.uniform(600, 7200))  # connected before 06:00: only its end shows
        while t < at(11, 45):
            flaky = r.random() < 0.5
            dur = r.uniform(300, 2400) if flaky else r.uniform(1800, 9000)
            ip = homes[u] if r.random() < 0.8 else public_ip(r)
            dpd = r.random() < 0.3
            if t >= T0:
                rw_session(t, u, clients[u], ip, dur, dpd, pools[u])
            else:
                te = T0 + sec(r.uniform(60, 3000))
                dur = (te - t).total_seconds()
                n = token("I", h, t)
                rw_end(
                    f'"remote-access"[{n}] {ip}',
                    n,
                    ip,
                    token("S", h, t),
                    token("S", h, t),
                    te,
                    dur,
                    False,
                )
            t = t + sec(dur + r.uniform(20, 1800 if flaky else 5400))

    # the expired certificate, retried by the client every minute or so
    ip = public_ip(r)
    t = at(8, 5, 11)
    while t < at(8, 48):
        n = token("I", h, t)
        pre0 = f'"remote-access"[{n}] {ip}'
        ike = token("S", h, t)
        pre = f"{pre0} #{ike}: "
        c = RW_CLIENTS[0]
        t = L(h, t, pre, PROPOSAL, f"proposal {c[1]} chosen from remote proposals {c[0]}")
        t = L(
            h,
            t + sec(0.2),
            pre,
            "processing decrypted IKE_AUTH request: %s",
            f"processing decrypted IKE_AUTH request: {c[3]}",
        )
        t = L(
            h,
            t + sec(0.003),
            pre,
            "NSS: ERROR: IPsec certificate %s invalid: SEC_ERROR_EXPIRED_CERTIFICATE: Peer's Certificate has expired.",
            "NSS: ERROR: IPsec certificate CN=bob.novak@example.com, O=Example Corp invalid: SEC_ERROR_EXPIRED_CERTIFICATE: Peer's Certificate has expired.",
        )
        t = L(
            h,
            t + sec(0.001),
            pre,
            DEL_NOT,
            f"deleting state (STATE_V2_PARENT_R1) aged {aged(r.uniform(0.2, 0.4))}s and NOT sending notification",
        )
        L(
            h,
            t,
            f"{pre0}: ",
            DEL_CONN,
            f'deleting connection "remote-access"[{n}] {ip} instance with peer {ip} {{isakmp=#0/ipsec=#0}}',
        )
        t += sec(r.uniform(55, 75))

    # ---- the site-to-site tunnels of both gateways
    nets = {b: (v[1], v[3], "10.10.0.0-10.10.255.255", "vpn-gw1") for b, v in BRANCHES.items()}
    nets.update({b: (v[1], True, "10.50.0.0-10.50.255.255", "vpn-gw2") for b, v in AWS.items()})
    nets["partner-acme"] = ("10.200.0.0-10.200.0.255", True, "10.50.12.0-10.50.12.255", "vpn-gw2")
    nets["partner-globex"] = ("10.201.8.0-10.201.8.255", True, "10.50.13.0-10.50.13.255", "vpn-gw2")
    ike_of: dict[str, str] = {}
    child_of: dict[str, str] = {}
    start_of: dict[str, datetime] = {}
    ike_start: dict[str, datetime] = {}
    for b in [*BRANCHES, *AWS, "partner-acme"]:
        h = nets[b][3]
        ike_start[b] = T0 - sec(r.uniform(3600, 7200))
        ike_of[b] = token("S", h, ike_start[b])
        start_of[b] = T0 - sec(r.uniform(100, 3000))
        child_of[b] = token("S", h, start_of[b])

    def rekeys(b: str, t1: datetime) -> None:
        net, ours, loc, h = nets[b]
        while True:
            t = start_of[b] + sec(r.uniform(3060, 3500))
            if t >= t1:
                return
            new = token("S", h, t)
            old = child_of[b]
            word = "initiator" if ours else "responder"
            t = L(
                h,
                t,
                f'"{b}" #{new}: ',
                INIT_REKEY if ours else RESP_REKEY,
                f"{word} rekeyed Child SA #{old} using #{ike_of[b]}; IPsec tunnel [{sel(loc)}] -> [{sel(net)}] {{ESP/ESN=>{spi()} <{spi()} xfrm=AES_GCM_16_256-NONE DPD=active}}",
            )
            age = (t - start_of[b]).total_seconds()
            t = L(
                h,
                t + sec(0.02),
                f'"{b}" #{old}: ',
                ESP_INFO,
                f"ESP traffic information: in={human_bytes(int(age * r.uniform(40_000, 900_000)))} out={human_bytes(int(age * r.uniform(20_000, 400_000)))}",
            )
            L(
                h,
                t + sec(0.001),
                f'"{b}" #{old}: ',
                DEL if ours else DEL_NOT,
                f"deleting state (STATE_V2_ESTABLISHED_CHILD_SA) aged {aged(age)}s and {'' if ours else 'NOT '}sending notification",
            )
            child_of[b] = new
            start_of[b] = t

    def connect(b: str, t: datetime, peer: str, idtype: str, peer_id: str) -> datetime:
        net, _ours, loc, h = nets[b]
        ike = token("S", h, t)
        pre = f'"{b}" #{ike}: '
        t = L(h, t, pre, "initiating IKEv2 connection", "initiating IKEv2 connection")
        t = L(
            h,
            t + sec(0.001),
            pre,
            "sent IKE_SA_INIT request to %s",
            f"sent IKE_SA_INIT request to {peer}:500",
        )
        t = L(
            h,
            t + sec(r.uniform(0.02, 0.09)),
            pre,
            AUTH_SENT,
            f"sent IKE_AUTH request {IKE_AUTH_SENT}",
        )
        t = L(
            h,
            t + sec(r.uniform(0.02, 0.09)),
            pre,
            "initiator established IKE SA; authenticated peer using authby=secret and %s '%s'",
            f"initiator established IKE SA; authenticated peer using authby=secret and {idtype} '{peer_id}'",
        )
        child = token("S", h, t)
        t = L(
            h,
            t + sec(0.002),
            f'"{b}" #{child}: ',
            INIT_CHILD,
            f"initiator established Child SA using #{ike}; IPsec tunnel [{sel(loc)}] -> [{sel(net)}] {{ESP/ESN=>{spi()} <{spi()} xfrm=AES_GCM_16_256-NONE DPD=active}}",
        )
        ike_of[b] = ike
        ike_start[b] = t
        child_of[b] = child
        start_of[b] = t
        return t

    # gw1's branches; branch-lis offline 09:10-09:32
    h = "vpn-gw1"
    for b in ["branch-ams", "branch-waw"]:
        rekeys(b, T_END)
    b = "branch-lis"
    rekeys(b, at(9, 10, 41))
    peer = BRANCHES[b][0]
    t = at(9, 10, 41)
    t = L(
        h,
        t,
        f'"{b}" #{ike_of[b]}: ',
        "liveness action - restarting all connections that share this peer",
        "liveness action - restarting all connections that share this peer",
    )
    age = (t - start_of[b]).total_seconds()
    t = L(
        h,
        t + sec(0.001),
        f'"{b}" #{child_of[b]}: ',
        ESP_INFO,
        f"ESP traffic information: in={human_bytes(int(age * 310_000))} out={human_bytes(int(age * 120_000))}",
    )
    t = L(
        h,
        t + sec(0.001),
        f'"{b}" #{ike_of[b]}: ',
        DEL_NOT,
        f"deleting state (STATE_V2_ESTABLISHED_IKE_SA) aged {aged((t - ike_start[b]).total_seconds())}s and NOT sending notification",
    )
    attempt = 0
    while t < at(9, 32, 5):
        attempt += 1
        ike = token("S", h, t)
        pre = f'"{b}" #{ike}: '
        t = L(h, t + sec(0.001), pre, "initiating IKEv2 connection", "initiating IKEv2 connection")
        t = L(
            h,
            t + sec(0.001),
            pre,
            "sent IKE_SA_INIT request to %s",
            f"sent IKE_SA_INIT request to {peer}:500",
        )
        waited = 0.0
        for w in ["0.5", "1", "2", "4", "8", "16", "32"]:
            t = L(
                h,
                t + sec(float(w)),
                pre,
                "%s: retransmission; will wait %s seconds for response",
                f"STATE_V2_PARENT_I1: retransmission; will wait {w} seconds for response",
            )
            waited += float(w)
        t = L(
            h,
            t + sec(60 - waited + 0.5),
            pre,
            "%s: %d second timeout exceeded after %d retransmits.  No response (or no acceptable response) to our first IKEv2 message",
            "STATE_V2_PARENT_I1: 60 second timeout exceeded after 7 retransmits.  No response (or no acceptable response) to our first IKEv2 message",
        )
        delay = min(5 * (attempt - 1), 60)
        t = L(
            h,
            t + sec(0.001),
            pre,
            REVIVAL,
            f"connection is supposed to remain up; revival attempt {attempt} scheduled in {delay} seconds",
        )
        t += sec(delay)
    connect(b, t, peer, "ID_FQDN", BRANCHES[b][2])
    rekeys(b, T_END)

    # ---- gw2: the AWS tunnels, a partner, scanners, a restart at 10:45
    h = "vpn-gw2"
    for tn in AWS:
        rekeys(tn, gw2_restart - sec(30))
    pk = "partner-acme"
    ppeer = "192.0.2.200"
    t = at(9, 0, 44)
    t = L(h, t, f'"{pk}" #{child_of[pk]}: ', ESP_INFO, "ESP traffic information: in=48MB out=212MB")
    t = L(
        h,
        t + sec(0.001),
        f'"{pk}" #{ike_of[pk]}: ',
        DEL_NOT,
        f"deleting state (STATE_V2_ESTABLISHED_IKE_SA) aged {aged((t - ike_start[pk]).total_seconds())}s and NOT sending notification",
    )
    attempt = 0
    last = ike_of[pk]
    while True:
        attempt += 1
        delay = min(5 * (attempt - 1), 60)
        t = L(
            h,
            t + sec(0.001),
            f'"{pk}" #{last}: ',
            REVIVAL,
            f"connection is supposed to remain up; revival attempt {attempt} scheduled in {delay} seconds",
        )
        t += sec(delay)
        if t >= at(9, 47, 20):
            break
        last = token("S", h, t)
        pre = f'"{pk}" #{last}: '
        t = L(h, t, pre, "initiating IKEv2 connection", "initiating IKEv2 connection")
        t = L(
            h,
            t + sec(0.001),
            pre,
            "sent IKE_SA_INIT request to %s",
            f"sent IKE_SA_INIT request to {ppeer}:500",
        )
        t = L(
            h,
            t + sec(r.uniform(0.03, 0.1)),
            pre,
            AUTH_SENT,
            f"sent IKE_AUTH request {IKE_AUTH_SENT}",
        )
        t = L(
            h,
            t + sec(r.uniform(0.03, 0.1)),
            pre,
            "IKE SA authentication request rejected by peer: %s",
            "IKE SA authentication request rejected by peer: AUTHENTICATION_FAILED",
        )
    connect(pk, t, ppeer, "ID_IPV4_ADDR", ppeer)
    for ts in poisson(r, T0, T_END, 420):
        if gw2_restart <= ts < gw2_restart + sec(5):
            continue
        L(
            h,
            ts,
            f"packet from {public_ip(r)}:{r.choice([500, 500, r.randint(1024, 65535)])}: ",
            "%s message received on %s but no suitable connection found with IKEv2 policy",
            "IKE_SA_INIT message received on 203.0.113.40:500 but no suitable connection found with IKEv2 policy",
        )
    t = L(h, gw2_restart, "", "shutting down", "shutting down")
    for tn in [*AWS, pk]:
        age = (t - start_of[tn]).total_seconds()
        t = L(
            h,
            t + sec(0.001),
            f'"{tn}" #{child_of[tn]}: ',
            ESP_INFO,
            f"ESP traffic information: in={human_bytes(int(age * r.uniform(50_000, 500_000)))} out={human_bytes(int(age * r.uniform(50_000, 500_000)))}",
        )
        t = L(
            h,
            t + sec(0.001),
            f'"{tn}" #{child_of[tn]}: ',
            DEL,
            f"deleting state (STATE_V2_ESTABLISHED_CHILD_SA) aged {aged(age)}s and sending notification",
        )
        t = L(
            h,
            t + sec(0.001),
            f'"{tn}" #{ike_of[tn]}: ',
            DEL,
            f"deleting state (STATE_V2_ESTABLISHED_IKE_SA) aged {aged((t - ike_start[tn]).total_seconds())}s and sending notification",
        )
    t = gw2_restart + sec(2.3)
    t = L(
        h,
        t,
        "",
        "Starting Pluto (Libreswan Version %s %s) pid:%u",
        "Starting Pluto (Libreswan Version 4.12 IKEv2 IKEv1 XFRM XFRMI esp-hw-offload FORK PTHREAD_SETSCHEDPRIO GCC_EXCEPTIONS NSS (IPsec profile) (NSS-KDF) DNSSEC SYSTEMD_WATCHDOG LABELED_IPSEC (SELINUX) SECCOMP LIBCAP_NG LINUX_AUDIT AUTH_PAM NETWORKMANAGER CURL(non-NSS) LDAP(non-NSS)) pid:48213",
    )
    for iface, addr in [
        ("eth0", "203.0.113.40:500"),
        ("eth0", "203.0.113.40:4500"),
        ("lo", "127.0.0.1:500"),
        ("lo", "127.0.0.1:4500"),
    ]:
        t = L(
            h,
            t + sec(0.001),
            "",
            "adding UDP interface %s %s",
            f"adding UDP interface {iface} {addr}",
        )
    for f in ["/etc/ipsec.secrets", "/etc/ipsec.d/aws.secrets", "/etc/ipsec.d/partners.secrets"]:
        t = L(h, t + sec(0.001), "", 'loading secrets from "%s"', f'loading secrets from "{f}"')
    for cn in [*AWS, pk, "partner-globex"]:
        t = L(h, t + sec(0.001), f'"{cn}": ', "added IKEv2 connection", "added IKEv2 connection")
    t = L(h, t + sec(0.001), "", "listening for IKE messages", "listening for IKE messages")
    for tn in AWS:
        t = connect(tn, t + sec(0.01), AWS[tn][0], "ID_IPV4_ADDR", AWS[tn][0])
    t = connect(pk, t + sec(0.01), ppeer, "ID_IPV4_ADDR", ppeer)
    connect("partner-globex", t + sec(0.01), "198.51.100.201", "ID_FQDN", "@vpn.globex.example")
    for tn in [*AWS, pk, "partner-globex"]:
        rekeys(tn, T_END)

    # number the SAs and instances in the order pluto created them
    base = {
        "S": {"vpn-gw1/1342": 2200, "vpn-gw2/1288": 9400, "vpn-gw2/48213": 0},
        "I": {"vpn-gw1/1342": 60},
    }
    names: dict[str, str] = {}
    for key, toks in created.items():
        host_pid, kind = key.rsplit("/", 1)
        for i, (_t, tok) in enumerate(sorted(toks, key=lambda x: x[0]), 1):
            names[tok] = str(base[kind][host_pid] + i)
    logs = fs.logs(T0)
    for log in logs:
        log.lines = [(_untoken(text, names), tid) for text, tid in log.lines]
    return logs


def _untoken(text: str, names: dict[str, str]) -> str:
    while "\x00" in text:
        a = text.index("\x00")
        b = text.index("\x00", a + 1)
        text = text[:a] + names[text[a : b + 1]] + text[b + 1 :]
    return text


# -------------------------------------------------------------------------------------- gobgp

GB_MEMBERS = [64496 + i for i in range(0, 12)] + [
    6939,
    8359,
    12389,
    13335,
    15169,
    16509,
    20940,
    24940,
    32934,
    34549,
    35280,
    39351,
    41690,
    42708,
    43531,
    47541,
    48646,
    49544,
    51088,
    56655,
    57463,
    58057,
    60068,
    61955,
    62240,
    199524,
]


def gobgp(r: random.Random) -> list[Log]:
    """Two GoBGP 3.27 route servers of an IXP (38 members, each with an IPv4 and an IPv6
    session), 06:00 to 12:00."""
    fs = Files()
    members = {}
    used = set()
    for asn in GB_MEMBERS:
        while True:
            o = r.randint(10, 250)
            if o not in used:
                used.add(o)
                break
        v6 = (
            f"2001:7f8:a0::{asn // 10000:x}:{asn % 10000:x}:1"
            if asn > 9999
            else f"2001:7f8:a0::{asn:x}:1"
        )
        members[asn] = (f"185.1.0.{o}", v6)
    flappy, maint, bogus, leaker, gone = 64501, 57463, 64505, 64503, 48646
    newcomer = ("185.1.0.87", "2001:7f8:a0::5:9621:1")

    def J(
        h: str,
        t: datetime,
        msg: str,
        level: str,
        fields: dict[str, object],
        label: str | None = None,
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            d = dict(fields)
            d.update({"level": level, "msg": msg, "time": f"{x:%Y-%m-%dT%H:%M:%S}Z"})
            return [json.dumps(d, sort_keys=True, separators=(",", ":"))]

        return fs.add(f"{h}-gobgpd.log", t, label or msg, text, h, S1)

    def up(h: str, t: datetime, key: str) -> datetime:
        return J(
            h, t, "Peer Up", "info", {"Key": key, "State": "BGP_FSM_OPENCONFIRM", "Topic": "Peer"}
        )

    def down(h: str, t: datetime, key: str, reason: str) -> datetime:
        return J(
            h,
            t,
            "Peer Down",
            "info",
            {"Key": key, "Reason": reason, "State": "BGP_FSM_ESTABLISHED", "Topic": "Peer"},
        )

    for h in ["rs1", "rs2"]:
        # the newcomer's router knocks every ~30 s until the 09:40 reload
        reload = at(9, 40, 12) if h == "rs1" else at(9, 41, 3)
        t = T0 + sec(r.uniform(0, 30))
        while t < reload:
            if not (h == "rs2" and at(7, 29, 50) <= t < at(7, 30, 30)):
                J(
                    h,
                    t,
                    "Can't find configuration for a new passive connection",
                    "info",
                    {"Key": newcomer[0], "Topic": "Peer"},
                )
            t += sec(r.uniform(24, 36))
        t = J(h, reload, "reload the config file", "info", {"Topic": "Config"})
        for key in newcomer:
            t = J(h, t, "Add a peer configuration", "info", {"Key": key, "Topic": "Peer"})
        for key in members[gone]:
            t = J(h, t, "Delete a peer configuration", "info", {"Key": key, "Topic": "Peer"})
        up(h, t + sec(r.uniform(8, 30)), newcomer[0])
        # a member's flapping port: the RS's hold timer expires, the member knocks meanwhile
        t = at(8, 10, 4) + sec(r.uniform(0, 20))
        while t < at(9, 5):
            for key in members[flappy]:
                tk = t + sec(r.uniform(0, 4))
                for _ in range(r.randint(2, 9)):
                    J(
                        h,
                        tk - sec(r.uniform(5, 50)),
                        "Closed an accepted connection",
                        "warning",
                        {"Key": key, "State": "BGP_FSM_ESTABLISHED", "Topic": "Peer"},
                    )
                tk = J(
                    h,
                    tk,
                    "hold timer expired",
                    "warning",
                    {"Key": key, "State": "BGP_FSM_ESTABLISHED", "Topic": "Peer"},
                )
                tk = J(
                    h,
                    tk,
                    "sent notification",
                    "warning",
                    {
                        "Code": 4,
                        "Data": None,
                        "Key": key,
                        "State": "BGP_FSM_ESTABLISHED",
                        "Subcode": 0,
                        "Topic": "Peer",
                    },
                )
                tk = down(h, tk, key, "hold-timer-expired")
                up(h, tk + sec(r.uniform(20, 90)), key)
            t += sec(r.uniform(150, 330))
        # a member's planned maintenance
        t = at(8, 30, 2) + sec(r.uniform(0, 3))
        for key in members[maint]:
            t = J(
                h,
                t,
                "received notification",
                "warning",
                {
                    "Code": 6,
                    "Communicated-Reason": "planned maintenance CHG0031337, back at 09:00 UTC",
                    "Data": None,
                    "Key": key,
                    "Subcode": 2,
                    "Topic": "Peer",
                },
            )
            t = down(
                h, t, key, "notification-received code 6(cease) subcode 2(administrative shutdown)"
            )
        t = at(9, 1, 40) + sec(r.uniform(0, 30))
        for key in members[maint]:
            t = up(h, t + sec(r.uniform(1, 12)), key)
        # updates with a bad ORIGIN, treated as withdraw
        for tw in poisson(r, at(10, 0, 30), at(10, 45), 13):
            J(
                h,
                tw,
                "the received Update message was treated as withdraw",
                "warning",
                {
                    "Key": members[bogus][0],
                    "State": "BGP_FSM_ESTABLISHED",
                    "Topic": "Peer",
                    "error": "invalid origin attribute. value : 3",
                },
            )
        # a route leak trips the prefix limit
        key = members[leaker][0]
        t = at(10, 52, 7) + sec(r.uniform(0, 2))
        t = J(
            h,
            t,
            "prefix limit 80% reached",
            "warning",
            {"AddressFamily": "ipv4-unicast", "Key": key, "Topic": "Peer"},
            label="prefix limit %d%% reached",
        )
        t = J(
            h,
            t + sec(r.uniform(1, 3)),
            "prefix limit reached",
            "warning",
            {"AddressFamily": "ipv4-unicast", "Key": key, "Topic": "Peer"},
        )
        t = J(
            h,
            t,
            "Administrative shutdown(Prefix limit reached)",
            "info",
            {"Key": key, "State": "BGP_FSM_ESTABLISHED", "Topic": "Peer"},
        )
        t = J(
            h,
            t,
            "sent notification",
            "warning",
            {
                "Code": 6,
                "Data": None,
                "Key": key,
                "State": "BGP_FSM_ESTABLISHED",
                "Subcode": 1,
                "Topic": "Peer",
            },
        )
        down(
            h,
            t,
            key,
            "notification-sent code 6(cease) subcode 1(maximum number of prefixes reached)",
        )
        t = at(11, 30, 20) + sec(r.uniform(0, 60))
        t = J(
            h,
            t,
            "Administrative start",
            "info",
            {"Key": key, "State": "BGP_FSM_IDLE", "Topic": "Peer"},
        )
        up(h, t + sec(r.uniform(10, 40)), key)

    # rs2 upgraded at 07:30
    h = "rs2"
    t = at(7, 30, 8)
    t = J(h, t, "gobgpd started", "info", {})
    t = J(h, t, "Finished reading the config file", "info", {"Topic": "Config"})
    keys = [k for asn in GB_MEMBERS for k in members[asn]]
    for key in keys:
        t = J(h, t, "Add a peer configuration", "info", {"Key": key, "Topic": "Peer"})
    for key in keys:
        if key in members[gone]:
            continue
        up(h, t + sec(r.uniform(2, 70)), key)
    return fs.logs(T0)


# ------------------------------------------------------------------------------------- exabgp

EX = {
    # host, (exabgp pid, helper pid), local address, neighbours
    "dns-a1": ((1021, 1043), "10.30.0.11", ["10.30.0.1", "10.30.0.2"]),
    "dns-a2": ((998, 1017), "10.30.1.11", ["10.30.1.1", "10.30.1.2"]),
    "dns-a3": ((1034, 1052), "10.30.2.11", ["10.30.2.1", "10.30.2.2"]),
}
EX_VERSION = "4.2.17"
EX_VIP = "192.0.2.53/32"
EX_TB = [
    "Traceback (most recent call last):",
    '  File "/usr/lib/python3/dist-packages/exabgp/application/healthcheck.py", line 599, in main',
    "    loop(options)",
    '  File "/usr/lib/python3/dist-packages/exabgp/application/healthcheck.py", line 566, in loop',
    "    checks, state = one(checks, state)",
    '  File "/usr/lib/python3/dist-packages/exabgp/application/healthcheck.py", line 558, in one',
    "    exabgp(state)",
    '  File "/usr/lib/python3/dist-packages/exabgp/application/healthcheck.py", line 471, in exabgp',
    "    sys.stdout.flush()",
    "BrokenPipeError: [Errno 32] Broken pipe",
]


def exabgp(r: random.Random) -> list[Log]:
    """Three anycast resolvers announcing 192.0.2.53/32 with ExaBGP 4.2 and its healthcheck
    helper (`--name dns --interval 60 --fast-interval 2 --rise 3 --fall 3 --withdraw-on-down
    --disable /etc/exabgp/maintenance`), 06:00 to 12:00."""
    fs = Files()
    pids = {h: list(p) for h, (p, _l, _n) in EX.items()}
    conn_id = {h: 2 for h in EX}

    def X(h: str, t: datetime, source: str, label: str, msg: str) -> datetime:
        pid = pids[h][0]
        return fs.add(
            f"{h}.log",
            t,
            label,
            lambda x: [f"{syslog_ts(x)} {h} exabgp[{pid}]: {source:<13} {msg}"],
            (h, "exabgp", pid),
            S1,
        )

    def H(h: str, t: datetime, label: str, msg: str) -> datetime:
        pid = pids[h][1]
        return fs.add(
            f"{h}.log",
            t,
            label,
            lambda x: [f"{syslog_ts(x)} {h} healthcheck-dns[{pid}]: {msg}"],
            (h, "hc", pid),
            S1,
        )

    def peers(h: str) -> str:
        _p, la, ns = EX[h]
        return ", ".join(
            f"neighbor {n} local-ip {la} local-as 65053 peer-as 65000 router-id {la} family-allowed in-open"
            for n in ns
        )

    def announce(h: str, t: datetime, state: str, routed: list[bool]) -> datetime:
        t = H(
            h,
            t,
            "send announces for %s state to ExaBGP",
            f"send announces for {state} state to ExaBGP",
        )
        if state == "UP":
            routed[0] = True
            return X(
                h,
                t + sec(0.01),
                "api",
                "route added to %s : %s",
                f"route added to {peers(h)} : {EX_VIP} next-hop self med 100",
            )
        if routed[0]:
            routed[0] = False
            return X(
                h,
                t + sec(0.01),
                "api",
                "route removed from %s : %s",
                f"route removed from {peers(h)} : {EX_VIP} next-hop self",
            )
        return X(
            h,
            t + sec(0.01),
            "api",
            "route not found on %s : %s",
            f"route not found on {peers(h)} : {EX_VIP} next-hop self",
        )

    def fail(h: str, t: datetime) -> datetime:
        t = H(h, t, "Check command was unsuccessful: %s", "Check command was unsuccessful: 9")
        return H(
            h,
            t,
            "Output of check command: %s",
            "Output of check command: b';; communications error to 127.0.0.1#53: timed out\\n;; communications error to 127.0.0.1#53: timed out\\n;; no servers could be reached\\n'",
        )

    def start(h: str, t: datetime) -> datetime:
        t = X(h, t, "welcome", "Thank you for using ExaBGP", "Thank you for using ExaBGP")
        t = X(
            h,
            t,
            "cli",
            "could not find the named pipes (exabgp.in and exabgp.out) required for the cli",
            "could not find the named pipes (exabgp.in and exabgp.out) required for the cli",
        )
        t = X(
            h,
            t,
            "cli",
            "we scanned the following folders (the number is your PID):",
            "we scanned the following folders (the number is your PID):",
        )
        for d in [
            "/run/exabgp/",
            "/run/115/",
            "/run/",
            "/var/run/exabgp/",
            "/var/run/115/",
            "/var/run/",
        ]:
            t = X(h, t, "cli control", " - %s", f" - {d}")
        t = X(
            h,
            t,
            "cli control",
            "please make them in one of the folder with the following commands:",
            "please make them in one of the folder with the following commands:",
        )
        t = X(
            h,
            t,
            "cli control",
            "> mkfifo %sexabgp.{in,out}",
            "> mkfifo /run/exabgp/exabgp.{in,out}",
        )
        t = X(
            h,
            t,
            "cli control",
            "> chmod 600 %sexabgp.{in,out}",
            "> chmod 600 /run/exabgp/exabgp.{in,out}",
        )
        t = X(
            h,
            t,
            "cli control",
            "> chown %d:%d %sexabgp.{in,out}",
            "> chown 115:122 /run/exabgp/exabgp.{in,out}",
        )
        t = X(
            h,
            t,
            "configuration",
            "performing reload of exabgp %s",
            f"performing reload of exabgp {EX_VERSION}",
        )
        t = X(
            h,
            t,
            "reactor",
            "loaded new configuration successfully",
            "loaded new configuration successfully",
        )
        t = X(h, t, "process", "forked process %s", "forked process healthcheck-dns")
        _p, la, ns = EX[h]
        conn_id[h] = 0
        for i, n in enumerate(ns, 1):
            conn_id[h] += 1
            t = X(
                h,
                t + sec(r.uniform(0.5, 3)),
                "reactor",
                "connected to %s with %s",
                f"connected to peer-{i} with outgoing-{conn_id[h]} {la}-{n}",
            )
        return t

    for h in EX:
        routed = [True]
        t = T0 + sec(r.uniform(0, 60))
        maint = (at(11, 5, 20), at(11, 25, 40)) if h == "dns-a3" else None
        sick = (at(7, 40, 15), at(7, 52, 30)) if h == "dns-a1" else None
        restart = at(10, 30, 5) if h == "dns-a1" else None
        while t < T_END:
            if restart and restart <= t < restart + sec(90):
                # the restart: exabgp stops, the helper dies on the closed pipe, both start again
                t = X(h, restart, "reactor", "performing shutdown", "performing shutdown")
                tb = "#012".join(EX_TB)
                H(
                    h,
                    t + sec(0.4),
                    "Uncaught exception: %s",
                    f"Uncaught exception: [Errno 32] Broken pipe#012{tb}",
                )
                pids[h] = [24761, 24779]
                t = start(h, t + sec(2.6))
                for _ in range(3):
                    t += sec(2)
                t = announce(h, t, "UP", routed)
                restart = None
                t += sec(60)
                continue
            if maint and maint[0] <= t < maint[1]:
                t = announce(h, t, "DISABLED", routed)
                t += sec(60)
                continue
            if maint and t >= maint[1] and not routed[0]:
                # back from DISABLED: INIT, rising three fast checks, UP
                t += sec(6)
                t = announce(h, t, "UP", routed)
                t += sec(60)
                continue
            if sick and sick[0] <= t < sick[1]:
                if routed[0]:
                    for _ in range(3):
                        t = fail(h, t)
                        t += sec(2)
                    t = announce(h, t, "DOWN", routed)
                else:
                    t = fail(h, t)
                    t = announce(h, t, "DOWN", routed)
                t += sec(60)
                continue
            if sick and t >= sick[1] and not routed[0]:
                t += sec(6)
                t = announce(h, t, "UP", routed)
                t += sec(60)
                continue
            t = announce(h, t, "UP", routed)
            t += sec(60 + r.uniform(0.02, 0.6))
        if h == "dns-a2":
            # a top-of-rack switch reboots
            _p, la, ns = EX[h]
            t = at(9, 15, 42)
            t = X(
                h,
                t,
                "outgoing-2",
                "%s %s lost TCP session with peer",
                f"outgoing-2 {la}-{ns[1]} {ns[1]} lost TCP session with peer",
            )
            t = X(
                h,
                t,
                "outgoing-2",
                "%s, closing connection",
                f"outgoing-2 {la}-{ns[1]}, closing connection",
            )
            X(
                h,
                at(9, 19, 11),
                "reactor",
                "connected to %s with %s",
                f"connected to peer-2 with outgoing-9 {la}-{ns[1]}",
            )
    return fs.logs(T0)


SYSTEMS = {
    "dnsdist": dnsdist,
    "pdns-recursor": pdns_recursor,
    "libreswan": libreswan,
    "gobgp": gobgp,
    "exabgp": exabgp,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
