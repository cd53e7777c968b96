#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 220 (racoon, pppd, xl2tpd, pptpd, openbgpd) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five tunnel and routing daemons of one regional
network, 06:00 to 12:00 on 2024-06-07. The brief's first system, zerotier-one, writes almost
nothing outside a trace build (`Starting Control Plane...` at start-up and a TUN/TAP error when
one happens: a six-hour log of it would be a handful of lines), so racoon, the IKEv1 daemon of
ipsec-tools and another VPN daemon, takes its place; it keys the same kind of L2TP/IPsec
clients xl2tpd serves here. None of the five writes a message over several lines (racoon's hex
dumps are debug only), so every line is an event.

- racoon from ipsec-tools 0.8.2 (`vpn1-racoon.log`, `vpn2-racoon.log`: its own log file,
  `racoon -l /var/log/racoon.log`, where plog writes `2024-06-07 06:00:01: INFO: ...` and
  `2024-06-07 06:00:01: [203.0.113.77] INFO: ...` when the call passes the peer's address):
  L2TP/IPsec road warriors (iOS, macOS, Windows, Android) behind NAT (`respond new phase 1
  negotiation: %s<=>%s`, `begin %s mode.`, each client's vendor IDs, NAT-D hashing, `NAT
  detected: %s`, `ISAKMP-SA established %s-%s spi:%s`, the generated policy, the encapsulation
  modes adjusted, two `IPsec-SA established: ...` per phase 2 and the hourly phase 2 rekeys,
  deletes and DPD deaths), four branch offices' tunnels rekeying every hour (`IPsec-SA expired:
  ...`), the Evora branch lost 08:40-09:05 (`IPsec-SA request for %s queued due to no phase1
  found.`, `phase1 negotiation failed due to time up. %s`, `phase2 negotiation failed due to time
  up waiting for phase1. %s`), IKE scanners (`no suitable proposal found.`) and the new Viseu
  branch failing from 10:50 to 11:24 for want of its pre-shared key (`couldn't find the pskey for
  %s.`).
- pppd 2.4.9 with the rp-pppoe plugin on eight OpenWrt branch routers (`br-aveiro.log` ...
  `br-viseu.log`: the central syslog collector's per-host files, `Jun  7 06:00:01 br-aveiro
  pppd[2211]: ...`): each PPPoE session's start (`Plugin %s loaded.`, `pppd %s started by %s, uid
  %d`, `PPP session is %d`, `Connect: %s <--> %s`, CHAP, `local  IP address %I` and the DNS and
  IPv6 link-local lines), ISP A's BRAS lost 08:10-08:52 on four routers (`No response to %d
  echo-requests`, then netifd restarting pppd into `Timeout waiting for PADO packets` / `Unable
  to complete PPPoE Discovery` / `Exit.` every 40 s), ISP B's daily forced reconnect on Faro
  (`LCP terminated by peer`, `Modem hangup`), WAN restarts (`Terminating on signal %d`), Evora's
  password changed by its ISP (CHAP failures 09:30-09:50) and Porto's noisy line (`Unsupported
  protocol '%s' (0x%x) received`).
- xl2tpd 1.3.18 (`lns1-xl2tpd.log`, the head office's LNS, and `br7-gw-xl2tpd.log`, a branch
  router's LAC: Debian 12's rsyslog with RFC 3339 microsecond timestamps, a rule keeping the
  program's lines in a file of their own): every call's `Connection established to %s, %d.
  Local: %d, Remote: %d (ref=%u/%u).  LNS session is '%s'`, `start_pppd: I'm running: ` and the
  pppd command line, one syslog message per argument (`"%s" `, DEBUG_PPPD as Debian builds it),
  `Call established with %s, PID: %d, ...`; hang-ups (`control_finish: Connection closed to %s,
  serial %d (%s)`, `Terminating pppd: sending TERM signal to pppd %d`, `child_handler : pppd
  exited for call %d with code %d`, `call_close: Call %d to %s disconnected`), phones vanishing
  (`Maximum retries exceeded for tunnel %d.  Closing.`, `Connection %d closed to %s, port %d
  (Timeout)`, `Unable to deliver closing message ...`, late packets dumped), the address pool
  exhausted at the 10:00 town hall (`control_finish: Out of IP addresses on tunnel %d!`), the
  branch's uplink down 08:20-08:35 (the LAC redialling every 25 s: `Will redial in %d seconds`,
  `Connecting to host %s, port %d`) and the LNS restarted at 11:30 (`death_handler: Fatal signal
  %d received`, `(Server closing)`, the banner).
- pptpd 1.4.0 (`pptp1-pptpd.log`, `pptp2-pptpd.log`: CentOS 7 hosts, rsyslog's traditional
  format, a rule for the `pptpd` tag that keeps debug): pptpctrl's `CTRL: Client %s control
  connection started`, `CTRL: Starting call (launching pppd, opening GRE)`, Windows' `GRE: Bad
  checksum from pppd.` and `CTRL: Ignored a SET LINK INFO packet with real ACCMs!`, the usual end
  through `GRE: read(fd=%d,buffer=%lx,len=%d) from PTY failed: ..., usually caused by unexpected
  termination of pppd, ...` and `CTRL: PTY read or GRE write failed (pty,gre)=(%d,%d)`, Android's
  `CTRL: Request to close control connection when call is open, closing`, dead TCP sessions
  (`CTRL: EOF or bad error reading ctrl packet length.`, `CTRL: Session timed out, ending call`),
  `CTRL: Reaping child PPP[%i]`; port scanners (`MGR: dropped small initial connection`, `MGR:
  initial packet bad magic`, `PPP[0]`), a typo in options.pptpd 07:40-07:58 (pppd dying at once),
  GRE blocked by a firewall change 09:10-09:35 (`GRE: read(...) from network failed: ...`),
  pptp1 restarted at 10:20 (`CTRL: Exiting on signal %d`, `MGR: Manager process started`) and
  pptp2's slots full at 11:00.
- OpenBGPD 8.4 on OpenBSD 7.5 (`rtr1-bgpd.log`, `rtr2-bgpd.log`: syslogd's files, the parent,
  session engine, route decision engine and RTR processes each with its own pid): `log updates`
  on the route servers', customers' and a CDN's sessions (`Rib %s: %s AS%s: update %s via %s`,
  `... withdraw %s`), transit A's hold timer expiring at 07:12 (`sent notification: %s`, `socket
  error: Host is down`), a bad config push at 08:30 (`%s:%d: syntax error`, `%s:%d: macro '%s'
  not defined`, `config file %s has errors, not reloading`), a new customer with the wrong AS
  (`peer sent wrong AS %s`, `sent notification: %s, %s`), the CDN leaking past its max-prefix at
  09:45 (`prefix limit reached (>%u/%u)`), the RPKI cache restarting, rtr2's bgpd restarted at
  10:30 (the engines exiting and starting, every neighbor's state changes) and route server 2's
  maintenance at 11:05 (`received notification: %s, %s`, `received shutdown reason: "%s"`).

Label notes. Every syslog head (time, host, tag and pid) is context, and so are racoon's time,
`[address] ` and level word (what plog_common puts before the format). OpenBGPD's `neighbor %s
(%s): ` is what log_peer_info/warnx (and log_statechange, log_notification with the same
log_fmt_peer) put before a peer's statement: context, as a connection's prefix is; the peer
inside a `Rib %s: %s AS%s: ...` line is a value. A word or string the code writes literally is
wording even when it reaches the message through an argument: bgpd's `sent`/`received`
direction and `update`/`withdraw`, xl2tpd's __FUNCTION__ and the `Timeout` / `Server closing`
its code copies into the error message (the peer's own result message is a value), pptpd's
`(exit)`, the compiled-in version in xl2tpd's banner; enum names picked at run time are values
(FSM states and events, notification codes and subcodes, racoon's exchange type, NAT side and
vendor-ID table names). A message of its own inside another contributes its format: racoon's
SA description (`%s/%s %s->%s spi=%lu(0x%lx)`), bgpd's ` via %s`, an errno's text (`socket
error: Connection refused`, pptpd's `error = Input/output error` with the `, usually caused by
...` suffix it selects), the yacc errors inside `%s:%d: %s`; the BRAS's CHAP message is a value.

Least sure (written from the helper's knowledge, with xl2tpd's xl2tpd.c, call.c, control.c and
network.c, pptpd's pptpctrl.c, pptpgre.c, ctrlpacket.c and pptpmanager.c, pppd's chap-new.c,
racoon's plog.c and OpenBGPD's logmsg.c read in copies of their sources, and single strings of
OpenBGPD's rde.c, bgpd.c and rtr_proto.c, racoon's isakmp.c and pfkey.c and radiusclient
checked): racoon's NAT-D lines and which messages carry the peer's address, `no suitable
proposal found.` on its own for a scanner, `delete`/`purged` wording on a client's delete;
pppd's `Connected to %02X:...` case and whether OpenWrt's pppd logs `Modem hangup` after a
forced reconnect; the exact pppd argument list of xl2tpd 1.3.18 and whether Debian builds
`Terminating pppd: ...` in (DEBUG_PPPD with TRUST_PPPD_TO_DIE); pptpd's `No route to host` as the
GRE read error; OpenBGPD 8's `RDE reconfigured`, `RDE soft reconfiguration done`, `session
engine exiting`, `rtr engine exiting`, `Terminating`, `received shutdown reason`, `prefix limit
reached`, `peer sent wrong AS` and the events named in the state changes around max-prefix and
shutdown.
"""

from __future__ import annotations

import heapq
import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round55 import poisson
from generate_round97 import Files, sec, syslog_ts
from generate_round147 import T0, T_END, at

SEC = 1_000_000
US = 1


def rfc3339(t: datetime) -> str:
    """rsyslog's RSYSLOG_FileFormat: `2024-06-07T06:00:01.123456+00:00`."""
    return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}+00:00"


# ----------------------------------------------------------------------------------- racoon

RC_GW = {"vpn1": "198.51.100.10", "vpn2": "198.51.100.11"}
RC_LAN = {"vpn1": "10.10.0.1", "vpn2": "10.10.0.2"}
RC_BRANCHES = [
    # name, gateway, branch's public address
    ("braga", "vpn1", "203.0.113.21"),
    ("faro", "vpn1", "203.0.113.22"),
    ("evora", "vpn2", "203.0.113.30"),
    ("leiria", "vpn2", "203.0.113.31"),
]
RC_VIDS = {
    "ios": [
        "RFC 3947",
        "draft-ietf-ipsec-nat-t-ike-08",
        "draft-ietf-ipsec-nat-t-ike-07",
        "draft-ietf-ipsec-nat-t-ike-06",
        "draft-ietf-ipsec-nat-t-ike-05",
        "draft-ietf-ipsec-nat-t-ike-04",
        "draft-ietf-ipsec-nat-t-ike-03",
        "draft-ietf-ipsec-nat-t-ike-02",
        "draft-ietf-ipsec-nat-t-ike-02\\n",
        "DPD",
    ],
    "windows": [
        "!MS NT5 ISAKMPOAKLEY",
        "RFC 3947",
        "draft-ietf-ipsec-nat-t-ike-02\\n",
        "!FRAGMENTATION",
    ],
    "android": [
        "RFC 3947",
        "draft-ietf-ipsec-nat-t-ike-02\\n",
        "draft-ietf-ipsec-nat-t-ike-02",
        "draft-ietf-ipsec-nat-t-ike-00",
        "DPD",
    ],
}
RC_PUBLIC = [
    "85.243.17.102",
    "85.247.90.14",
    "94.63.211.5",
    "94.60.44.198",
    "188.80.12.77",
    "188.82.201.31",
    "2.82.140.9",
    "2.83.17.250",
    "89.155.8.61",
    "89.152.240.133",
    "213.22.104.18",
    "213.30.7.92",
    "46.50.3.200",
    "46.189.214.66",
    "37.189.150.4",
    "95.94.60.230",
    "148.69.12.3",
    "176.79.131.40",
    "193.136.44.12",
    "81.193.70.121",
    "83.132.200.9",
    "78.29.140.77",
]
RC_SCANNERS = ["45.146.164.110", "193.163.125.37", "162.216.149.91", "94.102.61.7", "80.82.77.139"]


def racoon(r: random.Random) -> list[Log]:
    """Two ipsec-tools gateways, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()

    def R(
        gw: str, t: datetime, label: str, msg: str, level: str = "INFO", addr: str = ""
    ) -> datetime:
        pre = f"[{addr}] " if addr else ""
        return fs.add(
            f"{gw}-racoon.log",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%d %H:%M:%S}: {pre}{level}: {msg}"],
            gw,
            SEC,
        )

    def spi32() -> int:
        return r.randint(0x01000000, 0xFFFFFFFF)

    def sa(mode: str, src: str, dst: str, spi: int) -> str:
        return f"ESP/{mode} {src}->{dst} spi={spi}({spi:#x})"

    est = "IPsec-SA established: %s/%s %s->%s spi=%lu(0x%lx)"
    exp = "IPsec-SA expired: %s/%s %s->%s spi=%lu(0x%lx)"
    down: dict[str, datetime] = {"vpn1": T_END, "vpn2": T_END}

    def hashing(gw: str, t: datetime, who: str) -> datetime:
        return R(
            gw, t, "Hashing %s with algo #%d %s", f"Hashing {who}[500] with algo #2 ", addr=who
        )

    # ---- road warriors
    policies: set[tuple[str, str]] = set()

    def rw(gw: str, t: datetime, kind: str, pub: str, inner: str, dur: float, end: str) -> None:
        L = RC_GW[gw]
        nport = 4500 if r.random() < 0.45 else r.randint(1025, 64999)
        peer = f"{pub}[{nport}]"
        t = R(
            gw,
            t,
            "respond new phase 1 negotiation: %s<=>%s",
            f"respond new phase 1 negotiation: {L}[500]<=>{pub}[500]",
        )
        t = R(gw, t, "begin %s mode.", "begin Identity Protection mode.")
        for v in RC_VIDS["ios" if kind == "macos" else kind]:
            if v.startswith("!"):
                t = R(
                    gw,
                    t,
                    "received broken Microsoft ID: %s",
                    f"received broken Microsoft ID: {v[1:]}",
                )
            else:
                t = R(gw, t, "received Vendor ID: %s", f"received Vendor ID: {v}")
        t += sec(r.uniform(0.05, 0.6))
        t = hashing(gw, t, L)
        t = R(gw, t, "NAT-D payload #%d verified", "NAT-D payload #0 verified", addr=pub)
        t = hashing(gw, t, pub)
        t = R(gw, t, "NAT-D payload #%d doesn't match", "NAT-D payload #1 doesn't match", addr=pub)
        t = R(gw, t, "NAT detected: %s", "NAT detected: PEER", addr=pub)
        t = hashing(gw, t, pub)
        t = hashing(gw, t, L)
        t += sec(r.uniform(0.05, 0.8))
        ispi = f"{hexid(r, 16)}:{hexid(r, 16)}"
        t = R(
            gw,
            t,
            "ISAKMP-SA established %s-%s spi:%s",
            f"ISAKMP-SA established {L}[4500]-{peer} spi:{ispi}",
        )
        if kind == "windows":
            t = R(gw, t, "received INITIAL-CONTACT", "received INITIAL-CONTACT", addr=pub)
        end_t = t + sec(dur)
        sas: list[int] = []
        ph2 = t + sec(r.uniform(0.2, 1.5))
        first = True
        while ph2 < min(end_t, down[gw]):
            t = R(
                gw,
                ph2,
                "respond new phase 2 negotiation: %s<=>%s",
                f"respond new phase 2 negotiation: {L}[4500]<=>{peer}",
            )
            pol = f"{inner}/32[1701] {L}/32[1701] proto=udp dir=in"
            if first and (pub, inner) not in policies:
                t = R(
                    gw,
                    t,
                    "no policy found, try to generate the policy : %s",
                    f"no policy found, try to generate the policy : {pol}",
                )
            else:
                t = R(
                    gw,
                    t,
                    "Update the generated policy : %s",
                    f"Update the generated policy : {pol}",
                )
            policies.add((pub, inner))
            t = R(
                gw,
                t,
                "Adjusting my encmode %s->%s",
                "Adjusting my encmode UDP-Transport->Transport",
            )
            t = R(
                gw,
                t,
                "Adjusting peer's encmode %s(%d)->%s(%d)",
                "Adjusting peer's encmode UDP-Transport(4)->Transport(2)",
            )
            t += sec(r.uniform(0.01, 0.3))
            a, b = spi32(), spi32()
            t = R(gw, t, est, "IPsec-SA established: " + sa("Transport", peer, f"{L}[4500]", a))
            t = R(gw, t, est, "IPsec-SA established: " + sa("Transport", f"{L}[4500]", peer, b))
            if not first:
                old = sas[-2:]
                te = t + sec(r.uniform(20, 40))
                if te < min(end_t, down[gw]):
                    te = R(
                        gw,
                        te,
                        exp,
                        "IPsec-SA expired: " + sa("Transport", peer, f"{L}[4500]", old[0]),
                    )
                    R(
                        gw,
                        te,
                        exp,
                        "IPsec-SA expired: " + sa("Transport", f"{L}[4500]", peer, old[1]),
                    )
                sas = sas[:-2]
            sas += [a, b]
            first = False
            ph2 += sec(2880 + r.uniform(0, 120))
        if end_t >= down[gw] or end_t >= T_END:
            return
        t = end_t
        if end == "delete":
            t = R(gw, t, "purged IPsec-SA spi=%u.", f"purged IPsec-SA spi={sas[0]}.")
            t += sec(r.uniform(0.05, 0.5))
            t = R(gw, t, "purging ISAKMP-SA spi=%s.", f"purging ISAKMP-SA spi={ispi}.")
            t = R(gw, t, "purged IPsec-SA spi=%u.", f"purged IPsec-SA spi={sas[1]}.")
            t = R(gw, t, "purged ISAKMP-SA spi=%s.", f"purged ISAKMP-SA spi={ispi}.")
            R(
                gw,
                t + sec(r.uniform(0.5, 2)),
                "ISAKMP-SA deleted %s-%s spi:%s",
                f"ISAKMP-SA deleted {L}[4500]-{peer} spi:{ispi}",
            )
        else:  # dpd
            t = R(
                gw,
                t,
                "DPD: remote (ISAKMP-SA spi=%s) seems to be dead.",
                f"DPD: remote (ISAKMP-SA spi={ispi}) seems to be dead.",
            )
            t = R(gw, t, "purging ISAKMP-SA spi=%s.", f"purging ISAKMP-SA spi={ispi}.")
            for s in sas:
                t = R(gw, t, "purged IPsec-SA spi=%u.", f"purged IPsec-SA spi={s}.")
            t = R(gw, t, "purged ISAKMP-SA spi=%s.", f"purged ISAKMP-SA spi={ispi}.")
            R(
                gw,
                t + sec(r.uniform(0.5, 2)),
                "ISAKMP-SA deleted %s-%s spi:%s",
                f"ISAKMP-SA deleted {L}[4500]-{peer} spi:{ispi}",
            )

    users = []
    for i in range(14):
        kind = r.choice(
            ["ios", "ios", "ios", "macos", "windows", "windows", "windows", "android", "android"]
        )
        inner = r.choice(
            [
                f"192.168.1.{r.randint(2, 250)}",
                f"192.168.0.{r.randint(2, 250)}",
                f"172.20.10.{r.randint(2, 14)}",
                f"10.0.0.{r.randint(2, 250)}",
            ]
        )
        users.append(
            (
                kind,
                RC_PUBLIC[i % len(RC_PUBLIC)]
                if i < len(RC_PUBLIC)
                else f"100.{r.randint(70, 90)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                inner,
                "vpn1" if i % 3 else "vpn2",
            )
        )
    for kind, pub, inner, gw in users:
        t = T0 + sec(r.uniform(300, 5400))
        while t < T_END - sec(600):
            dur = r.uniform(600, 7200) if kind in ("windows", "macos") else r.uniform(120, 2400)
            end = (
                "delete" if r.random() < (0.85 if kind in ("windows", "macos") else 0.6) else "dpd"
            )
            rw(gw, t, kind, pub, inner, dur, end)
            t += sec(dur + r.uniform(600, 5400))

    # ---- branch tunnels
    outage = (at(8, 40, 31), at(9, 5, 12))
    for name, gw, B in RC_BRANCHES:
        L = RC_GW[gw]
        spis = [spi32(), spi32()]
        ispi = f"{hexid(r, 16)}:{hexid(r, 16)}"
        t = T0 + sec(r.uniform(60, 3000))
        while t < T_END:
            if name == "evora" and outage[0] - sec(4000) < t < outage[1]:
                t = outage[1] + sec(r.uniform(200, 600))
                continue
            if r.random() < 0.5:
                ts = R(
                    gw,
                    t,
                    "initiate new phase 2 negotiation: %s<=>%s",
                    f"initiate new phase 2 negotiation: {L}[500]<=>{B}[500]",
                )
            else:
                ts = R(
                    gw,
                    t,
                    "respond new phase 2 negotiation: %s<=>%s",
                    f"respond new phase 2 negotiation: {L}[500]<=>{B}[500]",
                )
            new = [spi32(), spi32()]
            ts = R(
                gw,
                ts + sec(r.uniform(0.1, 0.6)),
                est,
                "IPsec-SA established: " + sa("Tunnel", f"{B}[500]", f"{L}[500]", new[0]),
            )
            ts = R(
                gw,
                ts,
                est,
                "IPsec-SA established: " + sa("Tunnel", f"{L}[500]", f"{B}[500]", new[1]),
            )
            te = ts + sec(r.uniform(500, 700))
            te = R(
                gw, te, exp, "IPsec-SA expired: " + sa("Tunnel", f"{B}[500]", f"{L}[500]", spis[0])
            )
            R(gw, te, exp, "IPsec-SA expired: " + sa("Tunnel", f"{L}[500]", f"{B}[500]", spis[1]))
            spis = new
            t += sec(2880 + r.uniform(0, 200))
        if name == "evora":
            gw, L = "vpn2", RC_GW["vpn2"]
            t = outage[0] + sec(100)
            t = R(
                gw,
                t,
                "DPD: remote (ISAKMP-SA spi=%s) seems to be dead.",
                f"DPD: remote (ISAKMP-SA spi={ispi}) seems to be dead.",
            )
            t = R(gw, t, "purging ISAKMP-SA spi=%s.", f"purging ISAKMP-SA spi={ispi}.")
            for s in spis:
                t = R(gw, t, "purged IPsec-SA spi=%u.", f"purged IPsec-SA spi={s}.")
            t = R(gw, t, "purged ISAKMP-SA spi=%s.", f"purged ISAKMP-SA spi={ispi}.")
            R(
                gw,
                t + sec(1),
                "ISAKMP-SA deleted %s-%s spi:%s",
                f"ISAKMP-SA deleted {L}[500]-{B}[500] spi:{ispi}",
            )
            t += sec(r.uniform(5, 20))
            while t < outage[1]:
                ts = R(
                    gw,
                    t,
                    "IPsec-SA request for %s queued due to no phase1 found.",
                    f"IPsec-SA request for {B} queued due to no phase1 found.",
                )
                ts = R(
                    gw,
                    ts,
                    "initiate new phase 1 negotiation: %s<=>%s",
                    f"initiate new phase 1 negotiation: {L}[500]<=>{B}[500]",
                )
                ts = R(gw, ts, "begin %s mode.", "begin Identity Protection mode.")
                ts = R(
                    gw,
                    ts + sec(30),
                    "phase2 negotiation failed due to time up waiting for phase1. %s",
                    f"phase2 negotiation failed due to time up waiting for phase1. ESP {B}[0]->{L}[0] ",
                    level="ERROR",
                )
                R(
                    gw,
                    ts + sec(15),
                    "phase1 negotiation failed due to time up. %s",
                    f"phase1 negotiation failed due to time up. {hexid(r, 16)}:0000000000000000",
                    level="ERROR",
                )
                t = ts + sec(r.uniform(16, 40))
            ts = R(
                gw,
                t,
                "IPsec-SA request for %s queued due to no phase1 found.",
                f"IPsec-SA request for {B} queued due to no phase1 found.",
            )
            ts = R(
                gw,
                ts,
                "initiate new phase 1 negotiation: %s<=>%s",
                f"initiate new phase 1 negotiation: {L}[500]<=>{B}[500]",
            )
            ts = R(gw, ts, "begin %s mode.", "begin Identity Protection mode.")
            ts = R(gw, ts + sec(0.3), "received Vendor ID: %s", "received Vendor ID: DPD")
            ispi = f"{hexid(r, 16)}:{hexid(r, 16)}"
            ts = R(
                gw,
                ts + sec(0.4),
                "ISAKMP-SA established %s-%s spi:%s",
                f"ISAKMP-SA established {L}[500]-{B}[500] spi:{ispi}",
            )
            ts = R(
                gw,
                ts + sec(0.2),
                "initiate new phase 2 negotiation: %s<=>%s",
                f"initiate new phase 2 negotiation: {L}[500]<=>{B}[500]",
            )
            ts = R(
                gw,
                ts + sec(0.3),
                est,
                "IPsec-SA established: " + sa("Tunnel", f"{B}[500]", f"{L}[500]", spi32()),
            )
            R(
                gw,
                ts,
                est,
                "IPsec-SA established: " + sa("Tunnel", f"{L}[500]", f"{B}[500]", spi32()),
            )

    # ---- IKE scanners
    for t in poisson(r, T0, T_END, 1500):
        gw = r.choice(["vpn1", "vpn2"])
        L, S = RC_GW[gw], r.choice(RC_SCANNERS)
        t = R(
            gw,
            t,
            "respond new phase 1 negotiation: %s<=>%s",
            f"respond new phase 1 negotiation: {L}[500]<=>{S}[500]",
        )
        t = R(gw, t, "begin %s mode.", "begin Identity Protection mode.")
        t = R(
            gw,
            t + sec(r.uniform(0.01, 0.2)),
            "no suitable proposal found.",
            "no suitable proposal found.",
            level="ERROR",
        )
        R(gw, t, "phase1 negotiation failed.", "phase1 negotiation failed.", level="ERROR", addr=S)

    # ---- the new Viseu branch, installed at 10:50: its pre-shared key is missing from vpn1's
    # psk.txt until 11:24
    gw = "vpn1"
    B, L = "203.0.113.40", RC_GW[gw]
    t = at(10, 50, r.uniform(40, 70))
    while t < at(11, 24, 10):
        ts = R(
            gw,
            t,
            "respond new phase 1 negotiation: %s<=>%s",
            f"respond new phase 1 negotiation: {L}[500]<=>{B}[500]",
        )
        ts = R(gw, ts, "begin %s mode.", "begin Identity Protection mode.")
        ts = R(gw, ts, "received Vendor ID: %s", "received Vendor ID: DPD")
        ts = R(
            gw,
            ts + sec(0.2),
            "couldn't find the pskey for %s.",
            f"couldn't find the pskey for {B}.",
            level="ERROR",
            addr=B,
        )
        R(gw, ts, "phase1 negotiation failed.", "phase1 negotiation failed.", level="ERROR", addr=B)
        t += sec(r.uniform(50, 75))
    ts = R(
        gw,
        t,
        "respond new phase 1 negotiation: %s<=>%s",
        f"respond new phase 1 negotiation: {L}[500]<=>{B}[500]",
    )
    ts = R(gw, ts, "begin %s mode.", "begin Identity Protection mode.")
    ts = R(gw, ts, "received Vendor ID: %s", "received Vendor ID: DPD")
    ispi = f"{hexid(r, 16)}:{hexid(r, 16)}"
    ts = R(
        gw,
        ts + sec(0.4),
        "ISAKMP-SA established %s-%s spi:%s",
        f"ISAKMP-SA established {L}[500]-{B}[500] spi:{ispi}",
    )
    ts = R(
        gw,
        ts + sec(0.3),
        "respond new phase 2 negotiation: %s<=>%s",
        f"respond new phase 2 negotiation: {L}[500]<=>{B}[500]",
    )
    ts = R(
        gw,
        ts + sec(0.3),
        est,
        "IPsec-SA established: " + sa("Tunnel", f"{B}[500]", f"{L}[500]", spi32()),
    )
    R(gw, ts, est, "IPsec-SA established: " + sa("Tunnel", f"{L}[500]", f"{B}[500]", spi32()))
    return fs.logs(T0)


# ------------------------------------------------------------------------------------- pppd

PP_ISP = {
    # BRAS MAC, remote (gateway) address, DNS pair, CHAP success message
    "isp-a": (
        "00:1a:30:fc:12:01",
        "62.48.130.1",
        ("62.48.128.53", "62.48.129.53"),
        "Authentication success,Welcome!",
    ),
    "isp-b": (
        "6c:9c:ed:41:7e:c0",
        "89.180.0.1",
        ("89.180.64.10", "89.180.64.11"),
        "Access granted",
    ),
}
PP_ROUTERS = [
    # host, ISP, WAN device, IPv6CP, public address, session minutes before 06:00
    ("br-aveiro", "isp-a", "eth0.2", True, "62.48.141.77", 3311.4),
    ("br-braga", "isp-b", "wan", True, "89.180.211.30", 1712.9),
    ("br-coimbra", "isp-a", "eth0.2", False, "62.48.150.212", 842.2),
    ("br-evora", "isp-b", "eth1", False, "89.180.37.145", 5120.6),
    ("br-faro", "isp-b", "wan", True, "89.181.2.9", 1398.0),
    ("br-leiria", "isp-a", "eth0.2", True, "62.48.133.54", 2265.7),
    ("br-porto", "isp-b", "eth0.2", False, "89.180.99.201", 96.3),
    ("br-viseu", "isp-a", "wan", False, "62.48.160.8", 4410.1),
]


def pppd(r: random.Random) -> list[Log]:
    """Eight OpenWrt routers' pppd, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    pid_next = {h[0]: r.randint(1800, 9000) for h in PP_ROUTERS}
    rt = {h[0]: h for h in PP_ROUTERS}
    ll = {
        h[0]: f"fe80::{hexid(r, 4)}:{hexid(r, 2)}ff:fe{hexid(r, 2)}:{hexid(r, 4)}".replace(
            ":0", ":"
        )
        for h in PP_ROUTERS
    }

    def P(h: str, pid: int, t: datetime, label: str, msg: str) -> datetime:
        return fs.add(
            f"{h}.log",
            t,
            label,
            lambda x: [f"{syslog_ts(x)} {h} pppd[{pid}]: {msg}"],
            (h, pid),
            SEC,
        )

    def start(h: str, t: datetime) -> tuple[int, datetime]:
        pid = pid_next[h]
        pid_next[h] += r.randint(3, 40)
        t = P(h, pid, t, "Plugin %s loaded.", "Plugin rp-pppoe.so loaded.")
        t = P(
            h,
            pid,
            t,
            "RP-PPPoE plugin version %s compiled against pppd %s",
            "RP-PPPoE plugin version 3.8p compiled against pppd 2.4.9",
        )
        t = P(h, pid, t, "pppd %s started by %s, uid %d", "pppd 2.4.9 started by root, uid 0")
        return pid, t

    def discover(h: str, pid: int, t: datetime) -> datetime:
        _, isp, dev, _, _, _ = rt[h]
        mac = PP_ISP[isp][0]
        t = P(
            h,
            pid,
            t + sec(r.uniform(0.05, 0.4)),
            "PPP session is %d",
            f"PPP session is {r.randint(1, 65000)}",
        )
        t = P(
            h,
            pid,
            t,
            "Connected to %02X:%02X:%02X:%02X:%02X:%02X via interface %s",
            f"Connected to {mac} via interface {dev}",
        )
        t = P(h, pid, t, "Using interface %s", "Using interface pppoe-wan")
        return P(h, pid, t, "Connect: %s <--> %s", f"Connect: pppoe-wan <--> {dev}")

    def session(h: str, pid: int, t: datetime) -> datetime:
        _, isp, _, v6, ip, _ = rt[h]
        mac, gw, dns, welcome = PP_ISP[isp]
        t = discover(h, pid, t)
        t = P(
            h,
            pid,
            t + sec(r.uniform(0.1, 0.8)),
            "CHAP authentication succeeded: %.*v",
            f"CHAP authentication succeeded: {welcome}",
        )
        t = P(h, pid, t, "CHAP authentication succeeded", "CHAP authentication succeeded")
        t = P(
            h,
            pid,
            t,
            "peer from calling number %q authorized",
            f"peer from calling number {mac.upper()} authorized",
        )
        if h == "br-porto":
            t = P(
                h,
                pid,
                t,
                "Unsupported protocol '%s' (0x%x) received",
                "Unsupported protocol 'IPv6 Control Protocol' (0x8057) received",
            )
        t = P(
            h, pid, t + sec(r.uniform(0.1, 0.5)), "local  IP address %I", f"local  IP address {ip}"
        )
        t = P(h, pid, t, "remote IP address %I", f"remote IP address {gw}")
        t = P(h, pid, t, "primary   DNS address %I", f"primary   DNS address {dns[0]}")
        t = P(h, pid, t, "secondary DNS address %I", f"secondary DNS address {dns[1]}")
        if v6:
            t = P(h, pid, t, "local  LL address %s", f"local  LL address {ll[h]}")
            t = P(
                h,
                pid,
                t,
                "remote LL address %s",
                f"remote LL address fe80::{hexid(r, 4)}:{hexid(r, 4)}:{hexid(r, 4)}:{hexid(r, 3)}".replace(
                    ":0", ":"
                ),
            )
        return t

    def stats(h: str, pid: int, t: datetime, minutes: float) -> datetime:
        t = P(h, pid, t, "Connect time %d.%d minutes.", f"Connect time {minutes:.1f} minutes.")
        k = max(minutes, 1.0)
        return P(
            h,
            pid,
            t,
            "Sent %u bytes, received %u bytes.",
            f"Sent {int(k * r.uniform(1.5e6, 9e6)) % 4294967296} bytes, received {int(k * r.uniform(8e6, 6e7)) % 4294967296} bytes.",
        )

    def echo_loss(h: str, pid: int, t: datetime, minutes: float) -> datetime:
        t = P(h, pid, t, "No response to %d echo-requests", "No response to 5 echo-requests")
        t = P(
            h,
            pid,
            t,
            "Serial link appears to be disconnected.",
            "Serial link appears to be disconnected.",
        )
        t = stats(h, pid, t, minutes)
        t = P(
            h, pid, t + sec(r.uniform(0.1, 1)), "Connection terminated.", "Connection terminated."
        )
        return P(h, pid, t + sec(r.uniform(1, 3)), "Exit.", "Exit.")

    def pado_fail(h: str, t: datetime) -> datetime:
        pid, t = start(h, t)
        t = P(
            h,
            pid,
            t + sec(35 + r.uniform(0, 1)),
            "Timeout waiting for PADO packets",
            "Timeout waiting for PADO packets",
        )
        t = P(h, pid, t, "Unable to complete PPPoE Discovery", "Unable to complete PPPoE Discovery")
        return P(h, pid, t + sec(r.uniform(0.1, 0.5)), "Exit.", "Exit.")

    current: dict[str, tuple[int, datetime]] = {}
    for h, _isp, _d, _v6, _ip, before in PP_ROUTERS:
        current[h] = (pid_next[h] - r.randint(200, 900), T0 - sec(before * 60))

    def minutes(h: str, t: datetime) -> float:
        return (t - current[h][1]).total_seconds() / 60

    def reconnect(h: str, t: datetime) -> datetime:
        pid, t = start(h, t)
        t0 = t
        t = session(h, pid, t)
        current[h] = (pid, t0)
        return t

    # ISP A's BRAS lost 08:10-08:52
    for h in ["br-aveiro", "br-coimbra", "br-leiria", "br-viseu"]:
        pid, _ = current[h]
        t = at(8, 10, r.uniform(20, 50))
        t = echo_loss(h, pid, t, minutes(h, t))
        t += sec(r.uniform(2, 5))
        while t < at(8, 52, r.uniform(0, 30)):
            t = pado_fail(h, t) + sec(r.uniform(3, 6))
        reconnect(h, t)
    # ISP B's forced reconnect on Faro (24 h)
    h = "br-faro"
    pid, _ = current[h]
    t = at(6, 42, 11)
    t = P(h, pid, t, "LCP terminated by peer", "LCP terminated by peer")
    t = stats(h, pid, t, minutes(h, t))
    t = P(h, pid, t + sec(3), "Connection terminated.", "Connection terminated.")
    t = P(h, pid, t, "Modem hangup", "Modem hangup")
    t = P(h, pid, t + sec(1), "Exit.", "Exit.")
    reconnect(h, t + sec(r.uniform(4, 8)))
    # a WAN restart on Braga (a firewall zone change applied with ifup)
    for h, tt in [
        ("br-braga", at(7, 15, 40)),
        ("br-aveiro", at(10, 5, 12)),
        ("br-viseu", at(11, 20, 3)),
    ]:
        pid, _ = current[h]
        t = P(h, pid, tt, "Terminating on signal %d", "Terminating on signal 15")
        t = stats(h, pid, t, minutes(h, t))
        t = P(h, pid, t, "Connection terminated.", "Connection terminated.")
        t = P(h, pid, t + sec(r.uniform(1, 3)), "Exit.", "Exit.")
        reconnect(h, t + sec(r.uniform(2, 6)))
    # Evora's password changed by its ISP: CHAP failures 09:30-09:50
    h = "br-evora"
    pid, _ = current[h]
    t = at(9, 30, 2)
    t = P(h, pid, t, "LCP terminated by peer", "LCP terminated by peer")
    t = stats(h, pid, t, minutes(h, t))
    t = P(h, pid, t + sec(3), "Connection terminated.", "Connection terminated.")
    t = P(h, pid, t, "Modem hangup", "Modem hangup")
    t = P(h, pid, t + sec(1), "Exit.", "Exit.")
    t += sec(r.uniform(3, 6))
    while t < at(9, 50, 40):
        pid, t = start(h, t)
        t = discover(h, pid, t)
        t = P(
            h,
            pid,
            t + sec(r.uniform(0.2, 1)),
            "CHAP authentication failed: %.*v",
            "CHAP authentication failed: Authentication failure",
        )
        t = P(h, pid, t, "CHAP authentication failed", "CHAP authentication failed")
        t = P(
            h, pid, t + sec(r.uniform(0.5, 3)), "Connection terminated.", "Connection terminated."
        )
        t = P(h, pid, t + sec(r.uniform(1, 2)), "Exit.", "Exit.")
        t += sec(r.uniform(12, 30))
    reconnect(h, t)
    # Porto's noisy line drops three times
    h = "br-porto"
    for tt in [at(7, 2, 40), at(10, 41, 7), at(11, 14, 55)]:
        pid, _ = current[h]
        t = echo_loss(h, pid, tt, minutes(h, tt))
        t += sec(r.uniform(2, 5))
        if tt.hour == 10:
            t = pado_fail(h, t) + sec(4)
        reconnect(h, t)
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- xl2tpd

XL_ARGS_LNS = [
    "/usr/sbin/pppd",
    "plugin",
    "pppol2tp.so",
    "pppol2tp",
    "{fd}",
    "pppol2tp_lns_mode",
    "pppol2tp_tunnel_id",
    "{tid}",
    "pppol2tp_session_id",
    "{cid}",
    "passive",
    "nodetach",
    "{local}:{remote}",
    "refuse-pap",
    "auth",
    "require-chap",
    "name",
    "l2tpd",
    "file",
    "/etc/ppp/options.xl2tpd",
    "ipparam",
    "{peer}",
]
XL_ARGS_LAC = [
    "/usr/sbin/pppd",
    "plugin",
    "pppol2tp.so",
    "pppol2tp",
    "{fd}",
    "passive",
    "nodetach",
    ":",
    "refuse-pap",
    "name",
    "branch7",
    "plugin",
    "passwordfd.so",
    "passwordfd",
    "9",
    "file",
    "/etc/ppp/options.l2tpd.client",
    "ipparam",
    "{peer}",
]
XL_LNS_IP = "192.0.2.50"
XL_LAC_IP = "192.0.2.77"


def xl2tpd(r: random.Random) -> list[Log]:
    """The head office's LNS and a branch router's LAC, 06:00 to 12:00 (see the docstring)."""
    fs = Files()
    pid = {"lns1": 1211, "br7-gw": 887}
    pppd_pid = {"lns1": 40211, "br7-gw": 9120}
    files = {"lns1": "lns1-xl2tpd.log", "br7-gw": "br7-gw-xl2tpd.log"}

    def X(h: str, t: datetime, label: str, msg: str) -> datetime:
        p = pid[h] if h != "lns1" or t < restart + sec(1) else 52907
        return fs.add(
            files[h], t, label, lambda x: [f"{rfc3339(x)} {h} xl2tpd[{p}]: {msg}"], (h, p), US
        )

    def tick() -> float:
        return r.uniform(0.00002, 0.00012)

    def run_pppd(h: str, t: datetime, args: list[str], **kv: str) -> tuple[datetime, int]:
        t = X(h, t, "start_pppd: I'm running: ", "start_pppd: I'm running: ")
        for a in args:
            t = X(h, t + sec(tick()), '"%s" ', f'"{a.format(**kv)}" ')
        pp = pppd_pid[h]
        pppd_pid[h] += r.randint(2, 9)
        return t, pp

    # address pool of the `default` LNS: 10.20.30.100-10.20.30.109
    pool = [f"10.20.30.{i}" for i in range(100, 110)]
    busy: list[tuple[datetime, str]] = []
    open_tunnels: dict[int, tuple[str, int, int]] = {}  # ourtid -> (peer, remote tid, pppd pid)
    restart = at(11, 30, 4)

    def lns_session(t: datetime, peer: str, kind: str, dur: float) -> bool:
        """One call; True when it is still up at the restart."""
        h = "lns1"
        tid, rtid = (
            r.randint(1, 65535),
            (r.randint(1, 65535) if kind == "ios" else r.randint(1, 40)),
        )
        cid, rcid = r.randint(1, 65535), 1
        serial = 1 if kind != "ios" else r.randint(1, 65535)
        t = X(
            h,
            t,
            "Connection established to %s, %d.  Local: %d, Remote: %d (ref=%u/%u).  LNS session is '%s'",
            f"Connection established to {peer}, 1701.  Local: {tid}, Remote: {rtid} (ref=0/0).  LNS session is 'default'",
        )
        if r.random() < 0.12:
            X(
                h,
                t + sec(r.uniform(0.4, 1.2)),
                "handle_packet: bad control packet!",
                "handle_packet: bad control packet!",
            )
        t += sec(r.uniform(0.05, 0.4))
        for e, ip in list(busy):
            if e <= t:
                busy.remove((e, ip))
        used = {ip for _, ip in busy}
        free = [ip for ip in pool if ip not in used]
        if not free:
            t = X(
                h,
                t,
                "call_close: Call %d to %s disconnected",
                f"call_close: Call {cid} to {peer} disconnected",
            )
            t = X(
                h,
                t + sec(tick()),
                "control_finish: Out of IP addresses on tunnel %d!",
                f"control_finish: Out of IP addresses on tunnel {rtid}!",
            )
            X(
                h,
                t + sec(r.uniform(0.1, 0.5)),
                "control_finish: Connection closed to %s, port %d (%s), Local: %d, Remote: %d",
                f"control_finish: Connection closed to {peer}, port 1701 (), Local: {tid}, Remote: {rtid}",
            )
            return False
        ip = free[0]
        fd = r.randint(7, 15)
        t, pp = run_pppd(
            h,
            t,
            XL_ARGS_LNS,
            fd=str(fd),
            tid=str(tid),
            cid=str(cid),
            local="10.20.30.1",
            remote=ip,
            peer=peer,
        )
        t = X(
            h,
            t + sec(tick()),
            "Call established with %s, PID: %d, Local: %d, Remote: %d, Serial: %d",
            f"Call established with {peer}, PID: {pp}, Local: {cid}, Remote: {rcid}, Serial: {serial}",
        )
        te = t + sec(dur)
        if t < restart <= te:
            busy.append((restart, ip))
            open_tunnels[tid] = (peer, rtid, pp)
            return True
        if te >= T_END:
            return False
        busy.append((te, ip))
        u = r.random()
        if u < 0.6:
            t = X(
                h,
                te,
                "control_finish: Connection closed to %s, serial %d (%s)",
                f"control_finish: Connection closed to {peer}, serial {serial} ()",
            )
            t = X(
                h,
                t + sec(r.uniform(0.0005, 0.003)),
                "Terminating pppd: sending TERM signal to pppd %d",
                f"Terminating pppd: sending TERM signal to pppd {pp}",
            )
            X(
                h,
                t + sec(r.uniform(0.02, 0.3)),
                "control_finish: Connection closed to %s, port %d (%s), Local: %d, Remote: %d",
                f"control_finish: Connection closed to {peer}, port 1701 (), Local: {tid}, Remote: {rtid}",
            )
        elif u < 0.78:
            t = X(
                h,
                te,
                "child_handler : pppd exited for call %d with code %d",
                f"child_handler : pppd exited for call {rcid} with code 16",
            )
            t = X(
                h,
                t + sec(r.uniform(0.0005, 0.003)),
                "call_close: Call %d to %s disconnected",
                f"call_close: Call {cid} to {peer} disconnected",
            )
            X(
                h,
                t + sec(r.uniform(0.05, 0.4)),
                "control_finish: Connection closed to %s, port %d (%s), Local: %d, Remote: %d",
                f"control_finish: Connection closed to {peer}, port 1701 (), Local: {tid}, Remote: {rtid}",
            )
        else:
            t = X(
                h,
                te,
                "Maximum retries exceeded for tunnel %d.  Closing.",
                f"Maximum retries exceeded for tunnel {tid}.  Closing.",
            )
            t = X(
                h,
                t + sec(r.uniform(0.0005, 0.003)),
                "Terminating pppd: sending TERM signal to pppd %d",
                f"Terminating pppd: sending TERM signal to pppd {pp}",
            )
            t = X(
                h,
                t + sec(tick()),
                "Connection %d closed to %s, port %d (Timeout)",
                f"Connection {rtid} closed to {peer}, port 1701 (Timeout)",
            )
            t = X(
                h,
                t + sec(r.uniform(5.5, 6.5)),
                "Unable to deliver closing message for tunnel %d. Destroying anyway.",
                f"Unable to deliver closing message for tunnel {tid}. Destroying anyway.",
            )
            if r.random() < 0.4:
                t += sec(r.uniform(2, 40))
                for _ in range(r.randint(1, 3)):
                    t = X(
                        h,
                        t,
                        "Can not find tunnel %u (refhim=%u)",
                        f"Can not find tunnel {tid} (refhim=0)",
                    )
                    t = X(
                        h,
                        t + sec(tick()),
                        "network_thread: unable to find call or tunnel to handle packet.  call = %d, tunnel = %d Dumping.",
                        f"network_thread: unable to find call or tunnel to handle packet.  call = {cid}, tunnel = {tid} Dumping.",
                    )
                    t += sec(r.uniform(0.5, 3))
        return False

    clients = []
    for i in range(16):
        kind = r.choice(["ios", "ios", "ios", "windows", "windows", "android", "macos"])
        clients.append(
            (
                kind,
                RC_PUBLIC[(i * 7) % len(RC_PUBLIC)]
                if i < 18
                else f"{r.choice([31, 37, 46, 85, 94, 188])}.{r.randint(1, 254)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
            )
        )
    sessions: list[tuple[datetime, str, str, float]] = []
    for kind, peer in clients:
        t = T0 + sec(r.uniform(120, 7000))
        while t < T_END - sec(300):
            dur = r.uniform(300, 5400) if kind in ("windows", "macos") else r.uniform(90, 2200)
            sessions.append((t, peer, kind, dur))
            t += sec(dur + r.uniform(900, 6000))
    # the 10:00 town hall: everyone dials in
    for kind, peer in r.sample(clients, 13):
        sessions.append((at(9, 58, r.uniform(0, 240)), peer, kind, r.uniform(1500, 3000)))
    # the clients still up at the restart dial again
    heapq.heapify(sessions)
    while sessions:
        t, peer, kind, dur = heapq.heappop(sessions)
        if restart - sec(5) <= t < restart + sec(30):
            t = restart + sec(r.uniform(30, 200))
        if lns_session(t, peer, kind, dur):
            heapq.heappush(
                sessions, (restart + sec(r.uniform(25, 180)), peer, kind, r.uniform(300, 1500))
            )
    # LNS restarted at 11:30 (an upgrade)
    h = "lns1"
    t = X(
        h,
        restart,
        "death_handler: Fatal signal %d received",
        "death_handler: Fatal signal 15 received",
    )
    for _tid, (peer, rtid, pp) in sorted(open_tunnels.items()):
        t = X(
            h,
            t + sec(tick()),
            "Terminating pppd: sending TERM signal to pppd %d",
            f"Terminating pppd: sending TERM signal to pppd {pp}",
        )
        t = X(
            h,
            t + sec(tick()),
            "Connection %d closed to %s, port %d (Server closing)",
            f"Connection {rtid} closed to {peer}, port 1701 (Server closing)",
        )
    t = restart + sec(r.uniform(1.5, 2.5))
    t = X(h, t, "Using l2tp kernel support.", "Using l2tp kernel support.")
    t = X(
        h,
        t + sec(0.002),
        "xl2tpd version xl2tpd-1.3.18 started on %s PID:%d",
        "xl2tpd version xl2tpd-1.3.18 started on lns1 PID:52907",
    )
    t = X(
        h,
        t + sec(tick()),
        "Written by Mark Spencer, Copyright (C) 1998, Adtran, Inc.",
        "Written by Mark Spencer, Copyright (C) 1998, Adtran, Inc.",
    )
    t = X(
        h,
        t + sec(tick()),
        "Forked by Scott Balmos and David Stipp, (C) 2001",
        "Forked by Scott Balmos and David Stipp, (C) 2001",
    )
    t = X(
        h,
        t + sec(tick()),
        "Inherited by Jeff McAdams, (C) 2002",
        "Inherited by Jeff McAdams, (C) 2002",
    )
    t = X(
        h,
        t + sec(tick()),
        "Forked again by Xelerance (www.xelerance.com) (C) 2006-2016",
        "Forked again by Xelerance (www.xelerance.com) (C) 2006-2016",
    )
    X(
        h,
        t + sec(tick()),
        "Listening on IP address %s, port %d",
        "Listening on IP address 0.0.0.0, port 1701",
    )

    # the branch's LAC: uplink down 08:20-08:35
    h = "br7-gw"
    ptid, ppp = r.randint(1, 65535), pppd_pid[h] - 4000
    lns_tid = r.randint(1, 65535)
    t = at(8, 20, 14.2)
    t = X(
        h,
        t,
        "Maximum retries exceeded for tunnel %d.  Closing.",
        f"Maximum retries exceeded for tunnel {ptid}.  Closing.",
    )
    t = X(
        h,
        t + sec(r.uniform(0.0005, 0.003)),
        "Terminating pppd: sending TERM signal to pppd %d",
        f"Terminating pppd: sending TERM signal to pppd {ppp}",
    )
    t = X(
        h,
        t + sec(tick()),
        "Connection %d closed to %s, port %d (Timeout)",
        f"Connection {lns_tid} closed to {XL_LNS_IP}, port 1701 (Timeout)",
    )
    t = X(
        h,
        t + sec(r.uniform(5.5, 6.5)),
        "Unable to deliver closing message for tunnel %d. Destroying anyway.",
        f"Unable to deliver closing message for tunnel {ptid}. Destroying anyway.",
    )
    t = X(h, t + sec(tick()), "Will redial in %d seconds", "Will redial in 15 seconds")
    # the LNS sees the branch's tunnel go quiet too
    g = "lns1"
    lt = X(
        g,
        at(8, 20, 31.7),
        "Maximum retries exceeded for tunnel %d.  Closing.",
        f"Maximum retries exceeded for tunnel {lns_tid}.  Closing.",
    )
    lt = X(
        g,
        lt + sec(0.0011),
        "Terminating pppd: sending TERM signal to pppd %d",
        f"Terminating pppd: sending TERM signal to pppd {pppd_pid[g] - 3000}",
    )
    lt = X(
        g,
        lt + sec(tick()),
        "Connection %d closed to %s, port %d (Timeout)",
        f"Connection {ptid} closed to {XL_LAC_IP}, port 1701 (Timeout)",
    )
    X(
        g,
        lt + sec(6.0),
        "Unable to deliver closing message for tunnel %d. Destroying anyway.",
        f"Unable to deliver closing message for tunnel {lns_tid}. Destroying anyway.",
    )
    serial = 14
    while True:
        t += sec(15 + r.uniform(0, 0.01))
        ptid = r.randint(1, 65535)
        t = X(
            h,
            t,
            "Connecting to host %s, port %d",
            "Connecting to host l2tp.hq.example.net, port 1701",
        )
        if t >= at(8, 35, 40):
            break
        t = X(
            h,
            t + sec(r.uniform(5.0, 5.1)),
            "Maximum retries exceeded for tunnel %d.  Closing.",
            f"Maximum retries exceeded for tunnel {ptid}.  Closing.",
        )
        t = X(
            h,
            t + sec(tick()),
            "Connection %d closed to %s, port %d (Timeout)",
            f"Connection 0 closed to {XL_LNS_IP}, port 1701 (Timeout)",
        )
        t = X(
            h,
            t + sec(r.uniform(5.0, 5.1)),
            "Unable to deliver closing message for tunnel %d. Destroying anyway.",
            f"Unable to deliver closing message for tunnel {ptid}. Destroying anyway.",
        )
        t = X(h, t + sec(tick()), "Will redial in %d seconds", "Will redial in 15 seconds")
    lns_tid, lcid, bcid = r.randint(1, 65535), r.randint(1, 65535), r.randint(1, 65535)
    t = X(
        h,
        t + sec(r.uniform(0.03, 0.08)),
        "Connection established to %s, %d.  Local: %d, Remote: %d (ref=%u/%u).",
        f"Connection established to {XL_LNS_IP}, 1701.  Local: {ptid}, Remote: {lns_tid} (ref=0/0).",
    )
    lt = X(
        g,
        t - sec(0.012),
        "Connection established to %s, %d.  Local: %d, Remote: %d (ref=%u/%u).  LNS session is '%s'",
        f"Connection established to {XL_LAC_IP}, 1701.  Local: {lns_tid}, Remote: {ptid} (ref=0/0).  LNS session is 'branches'",
    )
    t = X(h, t + sec(tick()), "Calling on tunnel %d", f"Calling on tunnel {ptid}")
    serial += 1
    t = X(
        h,
        t + sec(r.uniform(0.03, 0.08)),
        "Call established with %s, Local: %d, Remote: %d, Serial: %d (ref=%u/%u)",
        f"Call established with {XL_LNS_IP}, Local: {bcid}, Remote: {lcid}, Serial: {serial} (ref=0/0)",
    )
    run_pppd(h, t + sec(tick()), XL_ARGS_LAC, fd="8", peer=XL_LNS_IP)
    args_b = [
        a.replace("options.xl2tpd", "options.xl2tpd.branches")
        for a in XL_ARGS_LNS
        if a not in ("{local}:{remote}",)
    ]
    lt, lpp = run_pppd(
        g, t - sec(0.004), args_b, fd="12", tid=str(lns_tid), cid=str(lcid), peer=XL_LAC_IP
    )
    X(
        g,
        lt + sec(tick()),
        "Call established with %s, PID: %d, Local: %d, Remote: %d, Serial: %d",
        f"Call established with {XL_LAC_IP}, PID: {lpp}, Local: {lcid}, Remote: {bcid}, Serial: {serial}",
    )
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ pptpd

PT_USERS = 56


def pptpd(r: random.Random) -> list[Log]:
    """Two CentOS 7 PPTP servers, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    mgr = {"pptp1": 1207, "pptp2": 1190}
    nextpid = {"pptp1": 31200, "pptp2": 18800}

    def T(h: str, pid: int, t: datetime, label: str, msg: str) -> datetime:
        return fs.add(
            f"{h}-pptpd.log",
            t,
            label,
            lambda x: [f"{syslog_ts(x)} {h} pptpd[{pid}]: {msg}"],
            (h, pid),
            SEC,
        )

    used: set[tuple[str, int]] = set()

    def newpid(h: str, t: datetime) -> int:
        """pptpctrl's pid: the host's pids move on about one every two seconds."""
        p = nextpid[h] + int((t - T0).total_seconds() / 2.3) + r.randint(0, 6)
        while (h, p) in used or (h, p + 1) in used:
            p += 2
        used.update({(h, p), (h, p + 1)})
        return p

    bad_opts = (at(7, 40, 12), at(7, 58, 40))
    gre_block = (at(9, 10, 3), at(9, 35, 30))
    restart = at(10, 20, 9)
    active: list[tuple[datetime, str, int]] = []

    def mgr_pid(h: str, t: datetime) -> int:
        return 44016 if h == "pptp1" and t >= restart else mgr[h]

    def bufaddr() -> str:
        return f"{r.choice(['55', '56'])}{hexid(r, 9)}0"

    def session(h: str, t: datetime, ip: str, kind: str, dur: float) -> datetime:
        pid = newpid(h, t)
        ppp = pid + 1
        t = T(
            h,
            pid,
            t,
            "CTRL: Client %s control connection started",
            f"CTRL: Client {ip} control connection started",
        )
        t = T(
            h,
            pid,
            t + sec(r.uniform(0.05, 0.4)),
            "CTRL: Starting call (launching pppd, opening GRE)",
            "CTRL: Starting call (launching pppd, opening GRE)",
        )
        gre = "GRE: read(fd=%d,buffer=%lx,len=%d) from PTY failed: status = %d error = Input/output error, usually caused by unexpected termination of pppd, check option syntax and pppd logs"
        if bad_opts[0] <= t < bad_opts[1]:
            t = T(
                h,
                pid,
                t + sec(r.uniform(0.01, 0.2)),
                gre,
                f"GRE: read(fd=6,buffer={bufaddr()},len=8196) from PTY failed: status = -1 error = Input/output error, usually caused by unexpected termination of pppd, check option syntax and pppd logs",
            )
            t = T(
                h,
                pid,
                t,
                "CTRL: PTY read or GRE write failed (pty,gre)=(%d,%d)",
                "CTRL: PTY read or GRE write failed (pty,gre)=(6,7)",
            )
            t = T(h, pid, t, "CTRL: Reaping child PPP[%i]", f"CTRL: Reaping child PPP[{ppp}]")
            return T(
                h,
                pid,
                t,
                "CTRL: Client %s control connection finished",
                f"CTRL: Client {ip} control connection finished",
            )
        if kind == "windows":
            if r.random() < 0.65:
                t = T(
                    h,
                    pid,
                    t + sec(r.uniform(0.1, 1)),
                    "GRE: Bad checksum from pppd.",
                    "GRE: Bad checksum from pppd.",
                )
            t = T(
                h,
                pid,
                t + sec(r.uniform(1, 4)),
                "CTRL: Ignored a SET LINK INFO packet with real ACCMs!",
                "CTRL: Ignored a SET LINK INFO packet with real ACCMs!",
            )
        if gre_block[0] <= t < gre_block[1]:
            if r.random() < 0.3:
                t = T(
                    h,
                    pid,
                    t + sec(r.uniform(3, 10)),
                    "GRE: read(fd=%d,buffer=%lx,len=%d) from network failed: status = %d error = No route to host",
                    f"GRE: read(fd=7,buffer={bufaddr()},len=8196) from network failed: status = -1 error = No route to host",
                )
                t = T(
                    h,
                    pid,
                    t,
                    "CTRL: GRE read or PTY write failed (gre,pty)=(%d,%d)",
                    "CTRL: GRE read or PTY write failed (gre,pty)=(7,6)",
                )
            else:
                t = T(
                    h,
                    pid,
                    t + sec(r.uniform(28, 33)),
                    gre,
                    f"GRE: read(fd=6,buffer={bufaddr()},len=8196) from PTY failed: status = -1 error = Input/output error, usually caused by unexpected termination of pppd, check option syntax and pppd logs",
                )
                t = T(
                    h,
                    pid,
                    t,
                    "CTRL: PTY read or GRE write failed (pty,gre)=(%d,%d)",
                    "CTRL: PTY read or GRE write failed (pty,gre)=(6,7)",
                )
            t = T(h, pid, t, "CTRL: Reaping child PPP[%i]", f"CTRL: Reaping child PPP[{ppp}]")
            return T(
                h,
                pid,
                t,
                "CTRL: Client %s control connection finished",
                f"CTRL: Client {ip} control connection finished",
            )
        te = t + sec(dur)
        if h == "pptp1" and t < restart <= te:
            active.append((te, ip, pid))
            return T(
                h,
                pid,
                restart + sec(r.uniform(0, 0.5)),
                "CTRL: Exiting on signal %d",
                "CTRL: Exiting on signal 15",
            )
        if te >= T_END:
            return te
        u = r.random()
        if kind == "android":
            end = "stop" if u < 0.55 else ("eof" if u < 0.8 else "timeout")
        else:
            end = "pty" if u < 0.78 else ("eof" if u < 0.9 else "timeout")
        t = te
        if end == "pty":
            t = T(
                h,
                pid,
                t,
                gre,
                f"GRE: read(fd=6,buffer={bufaddr()},len=8196) from PTY failed: status = -1 error = Input/output error, usually caused by unexpected termination of pppd, check option syntax and pppd logs",
            )
            t = T(
                h,
                pid,
                t,
                "CTRL: PTY read or GRE write failed (pty,gre)=(%d,%d)",
                "CTRL: PTY read or GRE write failed (pty,gre)=(6,7)",
            )
        elif end == "eof":
            t = T(
                h,
                pid,
                t,
                "CTRL: EOF or bad error reading ctrl packet length.",
                "CTRL: EOF or bad error reading ctrl packet length.",
            )
            t = T(
                h,
                pid,
                t,
                "CTRL: couldn't read packet header (%s)",
                "CTRL: couldn't read packet header (exit)",
            )
            t = T(h, pid, t, "CTRL: CTRL read failed", "CTRL: CTRL read failed")
        elif end == "stop":
            t = T(
                h,
                pid,
                t,
                "CTRL: Request to close control connection when call is open, closing",
                "CTRL: Request to close control connection when call is open, closing",
            )
        else:
            t = T(
                h,
                pid,
                t + sec(120),
                "CTRL: Session timed out, ending call",
                "CTRL: Session timed out, ending call",
            )
        t = T(h, pid, t, "CTRL: Reaping child PPP[%i]", f"CTRL: Reaping child PPP[{ppp}]")
        return T(
            h,
            pid,
            t,
            "CTRL: Client %s control connection finished",
            f"CTRL: Client {ip} control connection finished",
        )

    users = []
    for i in range(PT_USERS):
        kind = r.choice(["windows"] * 5 + ["android"] * 2)
        ip = (
            RC_PUBLIC[(i * 5) % len(RC_PUBLIC)]
            if i < 20
            else f"{r.choice([2, 31, 37, 46, 85, 89, 94, 188, 213])}.{r.randint(1, 254)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        )
        users.append((kind, ip, "pptp2" if i % 4 == 0 else "pptp1"))
    for kind, ip, h in users:
        t = T0 + sec(r.uniform(200, 9000))
        while t < T_END - sec(200):
            for w in (bad_opts, gre_block):
                if w[0] <= t < w[1]:
                    # a few tries, then a call to the help desk
                    for _ in range(r.randint(2, 4)):
                        if t >= w[1]:
                            break
                        session(h, t, ip, kind, 0)
                        t += sec(r.uniform(40, 150))
                    t = max(t, w[1]) + sec(r.uniform(60, 1800))
            dur = r.uniform(300, 6000) if kind == "windows" else r.uniform(120, 2400)
            te = session(h, t, ip, kind, dur)
            t = max(te, t + sec(dur)) + sec(r.uniform(300, 4000))
            if restart <= t < restart + sec(20):
                t = restart + sec(r.uniform(30, 120))
    # pptp2 full at the 11:00 all-hands
    h = "pptp2"
    for tt in [at(11, 1, 44), at(11, 3, 2), at(11, 9, 51)]:
        T(
            h,
            mgr_pid(h, tt),
            tt,
            "MGR: No free connection slots or IPs - no more clients can connect!",
            "MGR: No free connection slots or IPs - no more clients can connect!",
        )
    # scanners on 1723
    for t in poisson(r, T0, T_END, 300):
        h = r.choice(["pptp1", "pptp1", "pptp2"])
        if h == "pptp1" and restart <= t < restart + sec(3):
            continue
        u = r.random()
        if u < 0.35:
            T(
                h,
                mgr_pid(h, t),
                t,
                "MGR: dropped small initial connection",
                "MGR: dropped small initial connection",
            )
        elif u < 0.55:
            T(h, mgr_pid(h, t), t, "MGR: initial packet bad magic", "MGR: initial packet bad magic")
        elif u < 0.65:
            T(
                h,
                mgr_pid(h, t),
                t + sec(10),
                "MGR: dropped slow initial connection",
                "MGR: dropped slow initial connection",
            )
        elif u < 0.7:
            T(
                h,
                mgr_pid(h, t),
                t,
                "MGR: initial packet has bad ctrl type 0x%x",
                f"MGR: initial packet has bad ctrl type 0x{r.choice([2, 5, 7, 9])}",
            )
        else:
            pid = newpid(h, t)
            ip = f"{r.choice([45, 80, 89, 162, 185, 193, 198])}.{r.randint(1, 254)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
            tt = T(
                h,
                pid,
                t,
                "CTRL: Client %s control connection started",
                f"CTRL: Client {ip} control connection started",
            )
            tt = T(
                h,
                pid,
                tt + sec(r.uniform(0.1, 2)),
                "CTRL: EOF or bad error reading ctrl packet length.",
                "CTRL: EOF or bad error reading ctrl packet length.",
            )
            tt = T(
                h,
                pid,
                tt,
                "CTRL: couldn't read packet header (%s)",
                "CTRL: couldn't read packet header (exit)",
            )
            tt = T(h, pid, tt, "CTRL: CTRL read failed", "CTRL: CTRL read failed")
            tt = T(h, pid, tt, "CTRL: Reaping child PPP[%i]", "CTRL: Reaping child PPP[0]")
            T(
                h,
                pid,
                tt,
                "CTRL: Client %s control connection finished",
                f"CTRL: Client {ip} control connection finished",
            )
    # pptp1 restarted at 10:20
    h = "pptp1"
    t = T(
        h,
        mgr_pid(h, restart),
        restart + sec(r.uniform(1.5, 2.5)),
        "MGR: Manager process started",
        "MGR: Manager process started",
    )
    T(
        h,
        mgr_pid(h, t),
        t,
        "MGR: Maximum of %d connections available",
        "MGR: Maximum of 30 connections available",
    )
    return fs.logs(T0)


# --------------------------------------------------------------------------------- openbgpd

BG_PEERS = {
    "rtr1": [
        # address, description, AS, role
        ("198.51.100.1", "transit-a", "64500", "transit"),
        ("203.0.113.1", "ix-rs1", "64505", "rs"),
        ("203.0.113.2", "ix-rs2", "64505", "rs"),
        ("203.0.113.40", "peer-cdn", "64520", "cdn"),
        ("192.0.2.10", "cust-acme", "64530", "cust"),
        ("192.0.2.14", "cust-beta", "64531", "cust"),
        ("10.255.0.2", "rtr2", "64511", "ibgp"),
    ],
    "rtr2": [
        ("198.51.100.129", "transit-b", "64501", "transit"),
        ("203.0.113.1", "ix-rs1", "64505", "rs"),
        ("203.0.113.2", "ix-rs2", "64505", "rs"),
        ("2001:db8:7f8::1", "ix-rs1-v6", "64505", "rs6"),
        ("192.0.2.18", "cust-gamma", "64532", "cust"),
        ("10.255.0.1", "rtr1", "64511", "ibgp"),
    ],
}


def openbgpd(r: random.Random) -> list[Log]:
    """Two OpenBSD border routers' bgpd, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    procs = {
        rt: {k: r.randint(10000, 99999) for k in ("parent", "se", "rde", "rtr")} for rt in BG_PEERS
    }
    rtr2_restart = (at(10, 30, 5), at(10, 31, 1))
    procs2 = {k: r.randint(10000, 99999) for k in ("parent", "se", "rde", "rtr")}

    def B(rt: str, proc: str, t: datetime, label: str, msg: str) -> datetime:
        p = procs2[proc] if rt == "rtr2" and t >= rtr2_restart[1] else procs[rt][proc]
        return fs.add(
            f"{rt}-bgpd.log",
            t,
            label,
            lambda x: [f"{syslog_ts(x)} {rt} bgpd[{p}]: {msg}"],
            (rt, p),
            SEC,
        )

    def nb(peer: tuple[str, str, str, str]) -> str:
        return f"neighbor {peer[0]} ({peer[1]})"

    def peer_of(rt: str, descr: str) -> tuple[str, str, str, str]:
        return next(p for p in BG_PEERS[rt] if p[1] == descr)

    def sc(
        rt: str, t: datetime, peer: tuple[str, str, str, str], a: str, b: str, why: str
    ) -> datetime:
        return B(
            rt,
            "se",
            t,
            "state change %s -> %s, reason: %s",
            f"{nb(peer)}: state change {a} -> {b}, reason: {why}",
        )

    def up(rt: str, t: datetime, peer: tuple[str, str, str, str], frm: str = "Idle") -> datetime:
        if frm == "Idle":
            t = sc(rt, t, peer, "Idle", "Connect", "Start")
            frm = "Connect"
        t = sc(rt, t + sec(r.uniform(0.01, 0.3)), peer, frm, "OpenSent", "Connection opened")
        t = sc(
            rt,
            t + sec(r.uniform(0.01, 0.2)),
            peer,
            "OpenSent",
            "OpenConfirm",
            "OPEN message received",
        )
        return sc(
            rt,
            t + sec(r.uniform(0.01, 0.2)),
            peer,
            "OpenConfirm",
            "Established",
            "KEEPALIVE message received",
        )

    # prefixes the route servers, customers and the CDN announce
    def v4pfx() -> str:
        a = r.choice(
            [
                5,
                31,
                37,
                45,
                46,
                77,
                78,
                80,
                85,
                91,
                93,
                94,
                109,
                141,
                145,
                146,
                176,
                178,
                185,
                188,
                193,
                194,
                195,
                212,
                213,
                217,
            ]
        )
        ln = r.choice([24, 24, 24, 24, 23, 22, 21, 20, 19, 16])
        b, c = r.randint(0, 255), r.randint(0, 255)
        c &= (0xFF << (24 - ln)) & 0xFF if ln < 24 else 0xFF
        if ln <= 16:
            c = 0
        return f"{a}.{b}.{c}.0/{ln}"

    def v6pfx() -> str:
        return f"2a{r.choice(['00', '01', '02', '03', '05', '06', '07', '0a', '0b', '0c', '0d', '0e', '10'])}:{hexid(r, 4).lstrip('0') or '0'}::/{r.choice([29, 32, 32, 32, 36, 40, 44, 48, 48])}"

    rs_pool = sorted({v4pfx() for _ in range(420)})
    rs6_pool = sorted({v6pfx() for _ in range(90)})
    rs_nh = [f"203.0.113.{i}" for i in range(11, 99)]
    rs6_nh = [f"2001:db8:7f8::{i:x}" for i in range(0x11, 0x99)]
    cdn_pool = [
        f"{r.choice([104, 151, 172, 185])}.{r.randint(0, 255)}.{r.randint(0, 255) & 0xFC}.0/22"
        for _ in range(150)
    ]
    cust_pool = {
        "cust-acme": ["45.151.40.0/24", "45.151.41.0/24", "45.151.40.0/23", "2001:db8:a000::/40"],
        "cust-beta": ["91.207.16.0/24", "91.207.17.0/24", "2001:db8:b100::/48"],
        "cust-gamma": ["193.33.120.0/23", "193.33.120.0/24", "193.33.121.0/24"],
        "cust-delta": [
            "194.150.168.0/24",
            "194.150.169.0/24",
            "194.150.170.0/24",
            "194.150.171.0/24",
            "194.150.168.0/22",
            "2001:db8:d400::/44",
        ],
    }
    log_up = {"rs", "rs6", "cust", "cdn"}
    present: dict[tuple[str, str], set[str]] = {}

    def rib(
        rt: str, t: datetime, peer: tuple[str, str, str, str], what: str, pfx: str, nh: str = ""
    ) -> datetime:
        if peer[3] not in log_up:
            return t
        s = present.setdefault((rt, peer[1]), set())
        if what == "update":
            s.add(pfx)
            return B(
                rt,
                "rde",
                t,
                "Rib %s: %s AS%s: update %s via %s",
                f"Rib Loc-RIB: {nb(peer)} AS{peer[2]}: update {pfx} via {nh}",
            )
        s.discard(pfx)
        return B(
            rt,
            "rde",
            t,
            "Rib %s: %s AS%s: withdraw %s",
            f"Rib Loc-RIB: {nb(peer)} AS{peer[2]}: withdraw {pfx}",
        )

    def table(
        rt: str, t: datetime, peer: tuple[str, str, str, str], pfxs: list[str], nh: list[str]
    ) -> datetime:
        for p in pfxs:
            t = rib(rt, t + sec(r.uniform(0, 0.05)), peer, "update", p, r.choice(nh))
        return t

    def rs_table(rt: str, peer: tuple[str, str, str, str]) -> list[str]:
        pool = rs6_pool if peer[3] == "rs6" else rs_pool
        return [
            p for i, p in enumerate(pool) if (i % 3 != 0 if peer[1] != "ix-rs2" else i % 3 != 1)
        ]

    # route servers' churn all morning
    downs: dict[tuple[str, str], tuple[datetime, datetime]] = {
        ("rtr1", "ix-rs2"): (at(11, 5, 2), at(11, 35, 40)),
        ("rtr2", "ix-rs2"): (at(11, 5, 2), at(11, 35, 41)),
    }
    for rt, peers in BG_PEERS.items():
        for peer in peers:
            if peer[3] not in ("rs", "rs6"):
                continue
            present[(rt, peer[1])] = set(rs_table(rt, peer))
            mean = 140 if peer[3] == "rs6" else 62
            nh = rs6_nh if peer[3] == "rs6" else rs_nh
            pool = rs6_pool if peer[3] == "rs6" else rs_pool
            for t in poisson(r, T0, T_END, mean):
                d = downs.get((rt, peer[1]))
                if d and d[0] - sec(5) <= t < d[1] + sec(60):
                    continue
                if rt == "rtr2" and rtr2_restart[0] - sec(5) <= t < rtr2_restart[1] + sec(180):
                    continue
                s = present[(rt, peer[1])]
                p = r.choice(pool)
                if p in s and r.random() < 0.45:
                    rib(rt, t, peer, "withdraw", p)
                else:
                    rib(rt, t, peer, "update", p, r.choice(nh))
    # customers' and the CDN's occasional updates
    for rt, descr, mean in [
        ("rtr1", "cust-acme", 2400),
        ("rtr1", "cust-beta", 3000),
        ("rtr2", "cust-gamma", 2600),
        ("rtr1", "peer-cdn", 700),
    ]:
        peer = peer_of(rt, descr)
        pool = cdn_pool[:120] if descr == "peer-cdn" else cust_pool[descr]
        present[(rt, descr)] = set(pool)
        for t in poisson(r, T0, T_END, mean):
            if descr == "peer-cdn" and at(9, 44) <= t < at(10, 16):
                continue
            p = r.choice(pool)
            if p in present[(rt, descr)] and r.random() < 0.3:
                rib(rt, t, peer, "withdraw", p)
                rib(rt, t + sec(r.uniform(20, 300)), peer, "update", p, peer[0])
            else:
                rib(rt, t, peer, "update", p, peer[0])

    # transit A's hold timer expires on rtr1 at 07:12 (the upstream router reloads)
    rt, peer = "rtr1", peer_of("rtr1", "transit-a")
    t = B(
        rt,
        "se",
        at(7, 12, 33),
        "sent notification: %s",
        f"{nb(peer)}: sent notification: HoldTimer expired",
    )
    t = sc(rt, t, peer, "Established", "Idle", "HoldTimer expired")
    t = sc(rt, t + sec(30), peer, "Idle", "Connect", "Start")
    t = B(
        rt,
        "se",
        t + sec(r.uniform(3, 8)),
        "socket error: Host is down",
        f"{nb(peer)}: socket error: Host is down",
    )
    t = sc(rt, t, peer, "Connect", "Active", "Connection open failed")
    up(rt, at(7, 26, 48), peer, frm="Active")

    # 08:30 a bad config push on rtr1, fixed at 08:41 with a new customer of the wrong AS
    for tt, err, errmsg in [
        (at(8, 30, 17), "%s:%d: syntax error", "/etc/bgpd.conf:112: syntax error"),
        (
            at(8, 36, 2),
            "%s:%d: macro '%s' not defined",
            "/etc/bgpd.conf:41: macro 'CUST_DELTA_AS' not defined",
        ),
    ]:
        t = B(rt, "parent", tt, "rereading config", "rereading config")
        t = B(rt, "parent", t, err, errmsg)
        B(
            rt,
            "parent",
            t,
            "config file %s has errors, not reloading",
            "config file /etc/bgpd.conf has errors, not reloading",
        )

    def reload(rt: str, t: datetime, new: tuple[str, str, str, str] | None = None) -> datetime:
        t = B(rt, "parent", t, "rereading config", "rereading config")
        t = B(rt, "se", t + sec(0.4), "SE reconfigured", "SE reconfigured")
        if new:
            t = sc(rt, t, new, "None", "Idle", "None")
        t = B(rt, "rde", t + sec(0.2), "RDE reconfigured", "RDE reconfigured")
        return B(
            rt,
            "rde",
            t + sec(r.uniform(0.5, 2)),
            "RDE soft reconfiguration done",
            "RDE soft reconfiguration done",
        )

    delta = ("192.0.2.22", "cust-delta", "64533", "cust")
    BG_PEERS["rtr1"].append(delta)
    t = reload(rt, at(8, 41, 9), delta)
    hold = 30
    while t < at(9, 19):
        t = sc(rt, t + sec(hold), delta, "Idle", "Connect", "Start")
        t = sc(rt, t + sec(r.uniform(0.01, 0.1)), delta, "Connect", "OpenSent", "Connection opened")
        t = B(
            rt,
            "se",
            t + sec(0.05),
            "peer sent wrong AS %s",
            f"{nb(delta)}: peer sent wrong AS 64534",
        )
        t = B(
            rt,
            "se",
            t,
            "sent notification: %s, %s",
            f"{nb(delta)}: sent notification: error in OPEN message, AS unacceptable",
        )
        t = sc(rt, t, delta, "OpenSent", "Idle", "OPEN message received")
        if r.random() < 0.6:
            t = B(
                rt,
                "se",
                t + sec(r.uniform(20, 28)),
                "Connection attempt from %s while session is in state %s",
                f"Connection attempt from {nb(delta)} while session is in state Idle",
            )
        hold = min(hold * 2, 480)
    delta = ("192.0.2.22", "cust-delta", "64534", "cust")
    BG_PEERS["rtr1"][-1] = delta
    t = reload(rt, at(9, 20, 26))
    t = up(rt, t + sec(r.uniform(5, 30)), delta)
    table(rt, t + sec(1), delta, cust_pool["cust-delta"], [delta[0]])

    # the RPKI cache restarts at 09:00
    for rtx in BG_PEERS:
        B(
            rtx,
            "rtr",
            at(9, 0, 12 + (rtx == "rtr2")),
            "rtr %s: Connection closed, hangup",
            "rtr 10.10.5.20 (rpki-cache): Connection closed, hangup",
        )

    # the CDN leaks past its max-prefix (150) at 09:45; brought up again at 10:12
    peer = peer_of(rt, "peer-cdn")
    present[(rt, "peer-cdn")] = set(cdn_pool[:120])
    t = at(9, 45, 3)
    leak = [
        f"{r.choice([104, 151, 172, 185])}.{r.randint(0, 255)}.{r.randint(0, 255)}.0/24"
        for _ in range(31)
    ]
    t = table(rt, t, peer, leak, [peer[0]])
    t = B(
        rt,
        "rde",
        t,
        "prefix limit reached (>%u/%u)",
        f"{nb(peer)}: prefix limit reached (>151/150)",
    )
    t = B(
        rt,
        "se",
        t + sec(0.01),
        "sent notification: %s, %s",
        f"{nb(peer)}: sent notification: Cease, received max-prefix exceeded",
    )
    sc(rt, t, peer, "Established", "Idle", "Fatal error")
    t = up(rt, at(10, 12, 40), peer)
    table(rt, t + sec(0.5), peer, cdn_pool[:120], [peer[0]])

    # rtr2's bgpd restarted at 10:30 (an upgrade)
    rt = "rtr2"
    t = rtr2_restart[0]
    for peer in BG_PEERS[rt]:
        t = B(
            rt,
            "se",
            t,
            "sent notification: %s, %s",
            f"{nb(peer)}: sent notification: Cease, administratively down",
        )
        t = sc(rt, t, peer, "Established", "Idle", "Stop")
    t = B(rt, "se", t + sec(0.5), "session engine exiting", "session engine exiting")
    t = B(rt, "rtr", t, "rtr engine exiting", "rtr engine exiting")
    t = B(rt, "rde", t, "route decision engine exiting", "route decision engine exiting")
    B(rt, "parent", t + sec(0.3), "Terminating", "Terminating")
    r1 = peer_of("rtr1", "rtr2")
    t1 = B(
        "rtr1",
        "se",
        rtr2_restart[0] + sec(0.2),
        "received notification: %s, %s",
        f"{nb(r1)}: received notification: Cease, administratively down",
    )
    sc("rtr1", t1, r1, "Established", "Idle", "NOTIFICATION received")
    t = B(rt, "parent", rtr2_restart[1], "startup", "startup")
    t = B(rt, "parent", t, "rereading config", "rereading config")
    t = B(rt, "se", t, "session engine ready", "session engine ready")
    B(rt, "rde", t, "route decision engine ready", "route decision engine ready")
    B(rt, "rtr", t, "rtr engine ready", "rtr engine ready")
    t = B(rt, "se", t + sec(0.3), "listening on %s", "listening on 0.0.0.0")
    t = B(rt, "se", t, "listening on %s", "listening on ::")
    t = B(rt, "se", t, "SE reconfigured", "SE reconfigured")
    for peer in BG_PEERS[rt]:
        t = sc(rt, t, peer, "None", "Idle", "None")
    t = B(rt, "rde", t + sec(0.3), "RDE reconfigured", "RDE reconfigured")
    B(
        "rtr1",
        "se",
        t + sec(8),
        "Connection attempt from %s while session is in state %s",
        f"Connection attempt from {nb(r1)} while session is in state Idle",
    )
    up("rtr1", t + sec(31), r1)
    for peer in BG_PEERS[rt]:
        tp = up(rt, t + sec(r.uniform(30, 40)), peer)
        if peer[3] in ("rs", "rs6"):
            present[(rt, peer[1])] = set()
            table(
                rt,
                tp + sec(0.5),
                peer,
                rs_table(rt, peer)[:95],
                rs6_nh if peer[3] == "rs6" else rs_nh,
            )
        elif peer[3] == "cust":
            table(rt, tp + sec(0.5), peer, cust_pool[peer[1]], [peer[0]])

    # route server 2's maintenance 11:05-11:35 (both routers)
    for rtx in BG_PEERS:
        peer = peer_of(rtx, "ix-rs2")
        d = downs[(rtx, "ix-rs2")]
        t = B(
            rtx,
            "se",
            d[0] + sec(rtx == "rtr2"),
            "received notification: %s, %s",
            f"{nb(peer)}: received notification: Cease, administratively down",
        )
        t = B(
            rtx,
            "se",
            t,
            'received shutdown reason: "%s"',
            f'{nb(peer)}: received shutdown reason: "RS2 software upgrade, back at 11:35 UTC - NOC ticket IXP-4411"',
        )
        t = sc(rtx, t, peer, "Established", "Idle", "NOTIFICATION received")
        t = sc(rtx, t + sec(30), peer, "Idle", "Connect", "Start")
        t = B(
            rtx,
            "se",
            t + sec(0.01),
            "socket error: Connection refused",
            f"{nb(peer)}: socket error: Connection refused",
        )
        sc(rtx, t, peer, "Connect", "Active", "Connection open failed")
        tp = up(rtx, d[1], peer, frm="Active")
        present[(rtx, "ix-rs2")] = set()
        table(rtx, tp + sec(0.5), peer, rs_table(rtx, peer)[:88], rs_nh)
    return fs.logs(T0)


SYSTEMS = {
    "racoon": racoon,
    "pppd": pppd,
    "xl2tpd": xl2tpd,
    "pptpd": pptpd,
    "openbgpd": openbgpd,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
