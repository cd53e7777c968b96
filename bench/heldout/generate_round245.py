#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 245 (n2n, derper, envoy-gateway, consul-template,
nomad-autoscaler) into bench/heldout/, the same way and under the same label rules as
generate.py (bench/README.md, "heldout.py"): each program's log is simulated from its format
strings over a seeded run, and every line that starts an event is labelled with the format
string that wrote it as it is written. Distinct calls of one process never share a timestamp at
the log's resolution (round 53's Clock, kept per process). Five network and platform tools of
one operations team, 06:00 to 12:00 on 2024-06-07.

The brief's ZeroTier One is replaced by n2n, the peer-to-peer layer-2 VPN whose supernodes play
the part of ZeroTier's roots: a production zerotier-one writes almost nothing (a few start-up
lines and rare tap errors; its bonding and peer messages are compiled in only with ZT_TRACE,
where Bond::pathToStr returns an empty string without it), so a six-hour ZeroTier log with 15
formats cannot be written faithfully.

- n2n 3.1.1 edge (`gw-office-journal.log`, `gw-lab-journal.log`, `nas-backup-journal.log`,
  `laptop-mkoch-journal.log`: `journalctl -u edge` of four hosts; edge.service runs `edge
  /etc/n2n/edge.conf -f`, so traceEvent writes its own `%d/%b/%Y %H:%M:%S [file:line] ` head
  to stdout, `WARNING: ` / `ERROR: ` before warnings and errors, inside the journal's `Jun 07
  06:00:01 gw-lab edge[912]: `; systemd's own unit lines between). Two supernodes; the office
  and lab gateways with static addresses, the backup NAS in DHCP mode (`re-checking dynamic IP
  address` every 30 s), a roaming laptop with a supernode-assigned address. The
  laptop starts at 07:48 (the start-up lines: `adding supernode = %s`, `starting n2n edge %s
  %s`, `using compression: %s.`, `using %s cipher.`, `number of supernodes in the list: %d`,
  `supernode %u => %s`, `send PING to supernodes`, `received first PONG ...`, `send
  REGISTER_SUPER ... asking for IP address`, `created local tap device IP: %s, Mask: %s, MAC:
  %s`, `dropping privileges ...`, `edge started`, `[OK] edge <<< ================ >>>
  supernode`), loses its network on a train (`sendto(%s) failed (%d) %s` with errno 101,
  `supernode not responding, now trying [%s]`, `supernode2sock fails to resolve supernode host
  %s, %d: %s`) and roams through a phone's hotspot (the gateways' `peer %s changed [%s] ->
  [%s]`), sleeps at 10:15 and is restarted on resume (`shutting down...`, the packet stats
  block); supernode sn1 reboots 09:12-09:21; the lab gateway is restarted at 10:20 while a
  cloned VM holds its MAC (`authentication error, MAC or IP address already in use or not
  released yet by supernode` every few seconds until 10:28); an intern's edge with the wrong
  cipher 11:05-11:25 (`invalid transop ID: expected %s (%u), got %s (%u) from %s [%s]`); the
  NAS's uplink reconnects at 11:40.
- Tailscale derper (`derp-fra1-journal.log`, `derp-fra2-journal.log`: `journalctl -u derper`,
  Go's log with its standard flags inside the journal's head, two meshed servers with
  `--verify-clients`): clients dropping (`derp: %s: client %s: readFrameHeader: read tcp
  %s->%s: read: connection reset by peer`, `... connection timed out`), the sender goroutine
  failing (`derp client %s%s: sender failed: %s`, the prefix being the client's logger's), the
  mesh's `%d peers` status, scanners' TLS handshakes (`http: TLS handshake error from %s: %s`
  with autocert's and crypto/tls's errors), two removed devices still dialling (`client %v
  rejected: peer %v not authorized (not found in local tailscaled)`), the local tailscaled
  restarted on fra1 at 08:40 (`failed to query local tailscaled status for %v: ...`), fra2
  upgraded at 10:30 (systemd's stop/start lines, start-up, fra1's mesh client: `Recv: EOF`,
  `reconnected; clearing %d forwarding mappings`, `derphttp.Client.WatchConnectionChanges:
  connecting to %v`, `WatchConnectionChanges: ... connect: connection refused`, `connected; %d
  peers`, and fra2's own `detected self-connect; ignoring host`).
- Envoy Gateway v1.1 controller (`envoy-gateway-7d9f8c6b5-x2kqp-previous.log` and
  `envoy-gateway-7d9f8c6b5-x2kqp.log`: `kubectl logs --timestamps` of the container before and
  after its restart, zap's console encoder with the development config: `2024-06-07T06:00:05.412Z
  INFO provider kubernetes/controller.go:173 reconciling gateways {"runner": "provider"}`, tab
  separated; client-go's klog lines in the same stream): a reconcile on every resource change
  (`reconciling gateways`, then `received an update` from the gateway-api, xds-translator,
  xds-server and infrastructure runners), status writes (`received a status update`, `status
  unchanged, bypassing update` under a logger named after the object), a route into a deleted
  namespace 07:30-08:10 (`unable to find the namespace`), a bad EnvoyPatchPolicy 08:45-09:05
  (`failed to translate xds ir`), the API server down 09:38-09:46 (klog's `%s: failed to list
  %v: %v` and `%s: Failed to watch %v: %v`, `error retrieving resource lock %v: %v`, `failed to
  renew lease %v: %v`, the container restarted: `started`, `created gatewayapi controller`,
  `attempting to acquire leader lease %v...`, `successfully acquired lease %v`, `started status
  update handler`), a Gateway with no valid listener 10:15-10:40 (`Infra IR was updated, but no
  listeners were found. Skipping infra creation.`), a mass deploy at 11:20 (`unable to update
  status`).
- consul-template v0.37.4 (`lb01-journal.log`, `lb02-journal.log`: `journalctl -o short-iso
  -u consul-template` of two HAProxy hosts; Go's log with microseconds, the level tag and
  `(runner)` written by each call; stderr's bare lines): a haproxy.cfg template on Consul
  health and a certificate template on Vault, `(runner) initiating run` on every change,
  `(runner) rendered %s`, `(runner) executing command %q from %s`, `(child) spawning: %s`;
  lb02 restarted at 08:15 with log_level debug until 09:30 (`(runner) final config: %s`,
  `(runner) receiving dependency %s`, `(runner) checking template %s`, `(runner) rendering %s`,
  `(runner) diffing and updating dependencies`, `(runner) %s is still needed`, `(runner)
  appending command %q from %s`); lb01's Consul agent restarted at 07:20 (`(view) %s (retry
  attempt %d after %q)` with a refused GET); the Vault token expired 10:00-10:40 (the view's
  warnings over six journal entries each, `(exceeded maximum retries)`, `(runner) watcher
  reported error: %s`, `(cli) %s`, systemd restarting the unit); both reloaded at 11:00
  (`Reloading configuration...`).
- Nomad Autoscaler 0.3.7 (`autoscaler-7f3c91e2.stderr.log`, `autoscaler-b84d02aa.stderr.log`:
  the two allocations' stderr, hclog's `2024-06-07T06:00:01.123Z [INFO]  name: msg: k=v`):
  start-up (`successfully launched and dispensed plugin`, `server now listening for
  connections`, `starting policy source`, 20 `starting worker`), app policies scaling with the
  morning's load (`scaling target`, `successfully submitted scaling action to target`, `policy
  evaluation complete`), a dry-run policy (`scaling dry-run is enabled, using no-op task group
  count`), a stopped job's policy (`failed to evaluate policy` with `err="target not ready"`
  every 20 s 07:05-09:05), Prometheus down 08:20-08:40 (the same message, another err), the
  allocation replaced at 09:05 (`stopping worker`), deployments blocking scaling, the client
  pool scaled by the aws-asg plugin (`triggering drain on node`, `received node drain message`,
  `successfully drained node`, `successfully performed and verified scaling in` / `out`), and
  Nomad's leader lost at 10:40 (`failed to call the Nomad list policies API`).

Label notes. The heads are context: the journal's time, host and ident, n2n's date, `[file:line]`
and `WARNING: `/`ERROR: `, Go's log date, derper's `derp client %v%s: ` and `mesh(%q): `
prefixes (logger.WithPrefix), kubectl's time with zap's time, level, logger name and caller and
its JSON fields, klog's header, hclog's time, level and name and its key=value pairs. A message
is the label. Text a call site passes literally is wording (derphttp's caller name
`derphttp.Client.WatchConnectionChanges`, consul-template's level tags and `(runner)`), an error
that is printed contributes its format (`read tcp %s->%s: read: connection reset by peer`,
Vault's API error); consul-template's `Display()` (`"src" => "dest"`) is a value, `%s`. The
later lines of one write have no row (n2n's stats lines are calls
of their own and are labelled; the Vault error's lines, each its own journal entry, are not).
n2n's formats end in `\\n` in a few call sites, which traceEvent strips: the labels leave it out.

Checked against copies of the sources: n2n's traceEvent and the edge's messages (edge.c,
edge_utils.c, n2n.c of 3.1); derper's main, derp_server.go's accept and client errors,
mesh.go's messages and derphttp's `%s: connecting to %v` / `%s connect to %v: %v`; Envoy
Gateway's logger (console encoder, development config), `reconciling gateways`, `received an
update`, `started`, `Infra IR was updated, ...`, `failed to translate xds ir`, `failed to create
new infra`, the status updater's messages, `unable to find the namespace`, `created gatewayapi
controller`; consul-template's runner messages (runner.go); the autoscaler's worker messages
(worker.go) and `successfully performed and verified scaling out`. Least sure (from memory):
n2n's line numbers, its 30 s DHCP re-check and 2 s fast retry; derper's autocert and crypto/tls
error texts and which ones tailscale's HTTP log filter drops, the whois URL; Envoy Gateway's
callers' line numbers, the status updater's logger name, the klog messages' exact client-go
version and the xds error text; consul-template's `(view)` retry and maximum-retries texts,
`(child) spawning: %s`, `(cli) %s`, exit code 12 and the bare `Reloading configuration...` /
`Cleaning up...`; the autoscaler's start-up messages, the Nomad policy source's error, the
aws-asg drain messages and the error texts inside `err=`.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round97 import Files, sec
from generate_round121 import go_dur
from generate_round147 import T0, T_END, at, go_quote, in_any

MS = 1_000
SEC = 1_000_000


def every(
    r: random.Random, t0: datetime, t1: datetime, period: float, jitter: float
) -> list[datetime]:
    """Instants from t0 to t1 about `period` seconds apart (each moved by up to `jitter`)."""
    out, t = [], t0
    while t < t1:
        out.append(t + sec(r.uniform(0, jitter)))
        t += sec(period)
    return out


def poisson(r: random.Random, t0: datetime, t1: datetime, mean: float) -> list[datetime]:
    """Instants of a Poisson process of mean gap `mean` seconds from t0 to t1."""
    out, t = [], t0
    while True:
        t += sec(r.expovariate(1 / mean))
        if t >= t1:
            return out
        out.append(t)


def jshort(t: datetime) -> str:
    """journalctl's default short format head's time."""
    return f"{t:%b %d %H:%M:%S}"


class PidLine:
    """Each host's process id over time: a restarted process's pid from its first line on."""

    def __init__(self, first: dict[str, int]) -> None:
        self.spans = {h: [(T0 - sec(86400), p)] for h, p in first.items()}

    def set(self, host: str, t: datetime, pid: int) -> None:
        self.spans[host] = sorted(self.spans[host] + [(t, pid)])

    def at(self, host: str, t: datetime) -> int:
        return [p for s, p in self.spans[host] if s <= t][-1]


def umac(r: random.Random) -> str:
    return ":".join(f"{r.randrange(256):02X}" for _ in range(6))


# -------------------------------------------------------------------------------------- n2n

N2_SN = ["sn1.corp-vpn.net:7777", "sn2.corp-vpn.net:7777"]
N2_SN_IP = {N2_SN[0]: "198.51.100.20:7777", N2_SN[1]: "203.0.113.47:7777"}
N2_SITES = {
    "adding supernode = %s": ("edge_utils.c", 3417),
    "starting n2n edge %s %s": ("edge.c", 1067),
    "using %s": ("edge.c", 1070),
    "using compression: %s.": ("edge.c", 1073),
    "using %s cipher.": ("edge.c", 1074),
    "number of supernodes in the list: %d": ("edge_utils.c", 484),
    "supernode %u => %s": ("edge_utils.c", 486),
    "successfully created resolver thread": ("edge_utils.c", 575),
    "use manually set IP address": ("edge.c", 1103),
    "obtain IP from other edge DHCP services": ("edge.c", 1106),
    "automatically assign IP address by supernode": ("edge.c", 1109),
    "send PING to supernodes": ("edge.c", 1137),
    "received first PONG from supernode [%s]": ("edge.c", 1148),
    "send REGISTER_SUPER to supernode [%s] asking for IP address": ("edge.c", 1179),
    "received REGISTER_SUPER_ACK from supernode for IP address asignment": ("edge.c", 1189),
    "created local tap device IP: %s, Mask: %s, MAC: %s": ("edge.c", 1216),
    "dropping privileges to uid=%d, gid=%d": ("edge.c", 1283),
    "edge started": ("edge.c", 1309),
    "successfully joined multicast group %s:%u": ("edge_utils.c", 1129),
    "[OK] edge <<< ================ >>> supernode": ("edge_utils.c", 2470),
    "supernode '%s' added to the list of supernodes.": ("edge_utils.c", 2437),
    "re-checking dynamic IP address": ("edge_utils.c", 3152),
    "peer %s changed [%s] -> [%s]": ("edge_utils.c", 884),
    "sendto(%s) failed (%d) %s": ("edge_utils.c", 977),
    "supernode not responding, now trying [%s]": ("edge_utils.c", 1445),
    "supernode2sock fails to resolve supernode host %s, %d: %s": ("n2n.c", 296),
    "authentication error, MAC or IP address already in use or not released yet by supernode": (
        "edge_utils.c",
        2520,
    ),
    "invalid transop ID: expected %s (%u), got %s (%u) from %s [%s]": ("edge_utils.c", 1717),
    "shutting down...": ("edge.c", 981),
    "Packet stats:": ("edge_utils.c", 2773),
    "      TX P2P: %u pkts": ("edge_utils.c", 2774),
    "      RX P2P: %u pkts": ("edge_utils.c", 2775),
    "      TX Supernode: %u pkts (%u broadcast)": ("edge_utils.c", 2776),
    "      RX Supernode: %u pkts (%u broadcast)": ("edge_utils.c", 2777),
}
N2_WARN = {
    "sendto(%s) failed (%d) %s",
    "supernode not responding, now trying [%s]",
    "supernode2sock fails to resolve supernode host %s, %d: %s",
    "invalid transop ID: expected %s (%u), got %s (%u) from %s [%s]",
}
N2_ERR = {"authentication error, MAC or IP address already in use or not released yet by supernode"}
STARS = "**********************************"


def n2n(r: random.Random) -> list[Log]:
    """Four edges of one community, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    hosts = {
        # name: (ip mode, tap ip, tap mac, public socket)
        "gw-office": ("static", "10.77.0.1", umac(r), "192.0.2.10:50551"),
        "gw-lab": ("static", "10.77.0.2", umac(r), "192.0.2.77:41234"),
        "nas-backup": ("dhcp", "10.77.0.3", umac(r), "198.51.100.131:60112"),
        "laptop-mkoch": ("sn", "10.77.0.41", umac(r), "100.64.12.9:40022"),
    }
    pids = PidLine({"gw-office": 812, "gw-lab": 907, "nas-backup": 1133, "laptop-mkoch": 0})

    def E(host: str, t: datetime, fmt: str, *args: object) -> datetime:
        file, line = N2_SITES.get(fmt, ("edge_utils.c", 2772))
        lvl = "WARNING: " if fmt in N2_WARN else "ERROR: " if fmt in N2_ERR else ""
        msg = fmt % args if args else fmt
        pid = pids.at(host, t)
        return fs.add(
            f"{host}-journal.log",
            t,
            fmt,
            lambda x: [
                f"{jshort(x)} {host} edge[{pid}]: {x:%d/%b/%Y %H:%M:%S} [{file}:{line}] {lvl}{msg}"
            ],
            (host, pid),
            SEC,
        )

    def S(host: str, t: datetime, fmt: str, msg: str) -> datetime:
        return fs.add(
            f"{host}-journal.log",
            t,
            fmt,
            lambda x: [f"{jshort(x)} {host} systemd[1]: {msg}"],
            (host, "systemd"),
            SEC,
        )

    def stats(host: str, t: datetime, scale: float) -> datetime:
        tx_p2p, rx_p2p = int(r.uniform(2e4, 9e5) * scale), int(r.uniform(2e4, 9e5) * scale)
        tx_sn, rx_sn = int(r.uniform(800, 9e3) * scale), int(r.uniform(900, 12e3) * scale)
        t = E(host, t, STARS)
        t = E(host, t, "Packet stats:")
        t = E(host, t, "      TX P2P: %u pkts", tx_p2p)
        t = E(host, t, "      RX P2P: %u pkts", rx_p2p)
        t = E(host, t, "      TX Supernode: %u pkts (%u broadcast)", tx_sn, r.randint(40, 900))
        t = E(host, t, "      RX Supernode: %u pkts (%u broadcast)", rx_sn, r.randint(60, 1400))
        return E(host, t, STARS)

    def stop(host: str, t: datetime, uptime_h: float) -> datetime:
        t = S(host, t, "Stopping %s...", "Stopping n2n edge process...")
        t = E(host, t + sec(0.01), "shutting down...")
        t = stats(host, t + sec(r.uniform(0.5, 1.5)), max(uptime_h, 0.1) / 6)
        return S(host, t + sec(0.2), "Stopped %s.", "Stopped n2n edge process.")

    def start(host: str, t: datetime, ok: bool = True) -> datetime:
        mode, ip, mac, _ = hosts[host]
        pids.set(host, t, r.randint(1200, 48000))
        t = S(host, t, "Started %s.", "Started n2n edge process.")
        t += sec(0.05)
        for sn in N2_SN:
            t = E(host, t, "adding supernode = %s", sn)
        t = E(host, t, "starting n2n edge %s %s", "3.1.1", "Mar 28 2023 09:19:44")
        t = E(host, t, "using compression: %s.", "none")
        t = E(host, t, "using %s cipher.", "AES")
        t = E(host, t, "number of supernodes in the list: %d", 2)
        for i, sn in enumerate(N2_SN):
            t = E(host, t, "supernode %u => %s", i, sn)
        t = E(host, t, "successfully created resolver thread")
        if mode == "static":
            t = E(host, t, "use manually set IP address")
        elif mode == "dhcp":
            t = E(host, t, "obtain IP from other edge DHCP services")
        else:
            t = E(host, t, "automatically assign IP address by supernode")
        t = E(host, t, "send PING to supernodes")
        first = N2_SN[0] if r.random() < 0.7 else N2_SN[1]
        t = E(host, t + sec(r.uniform(0.02, 0.2)), "received first PONG from supernode [%s]", first)
        if mode == "sn":
            t = E(host, t, "send REGISTER_SUPER to supernode [%s] asking for IP address", first)
            t = E(
                host,
                t + sec(0.05),
                "received REGISTER_SUPER_ACK from supernode for IP address asignment",
            )
        mask = "255.255.255.0"
        t = E(
            host,
            t + sec(0.3),
            "created local tap device IP: %s, Mask: %s, MAC: %s",
            ip if mode != "dhcp" else "0.0.0.0",
            mask,
            mac,
        )
        t = E(host, t, "dropping privileges to uid=%d, gid=%d", 998, 998)
        t = E(host, t, "edge started")
        t = E(
            host,
            t + sec(r.uniform(0.5, 2)),
            "successfully joined multicast group %s:%u",
            "224.0.0.68",
            1968,
        )
        if ok:
            t = E(host, t + sec(0.1), "[OK] edge <<< ================ >>> supernode")
        return t

    # the restarts first: each process's pid from its start on
    start("laptop-mkoch", at(7, 48, 12))
    # lid closed at 10:15, resumed 10:47: NetworkManager's dispatcher restarts the edge
    t = stop("laptop-mkoch", at(10, 47, 31), 3.0)
    start("laptop-mkoch", t + sec(1.2))
    # the lab gateway restarted for a package upgrade while a cloned VM holds its MAC
    t = stop("gw-lab", at(10, 20, 2), 4.3)
    t = start("gw-lab", t + sec(6), ok=False)
    t += sec(1.5)
    while t < at(10, 28, 41):
        E(
            "gw-lab",
            t,
            "authentication error, MAC or IP address already in use or not released yet by supernode",
        )
        t += sec(r.uniform(2.0, 3.1))
    E("gw-lab", at(10, 28, 43), "[OK] edge <<< ================ >>> supernode")
    down_sn1 = (at(9, 12, 30), at(9, 21, 5))
    # 06:00: gw-office, gw-lab and nas-backup have been up since the night; re-checks of the
    # DHCP hosts every 30 s while they run
    runs = {"nas-backup": [(T0, T_END)]}
    for host, spans in runs.items():
        for a, b in spans:
            for t in every(r, a + sec(r.uniform(0, 30)), b, 30, 0.9):
                E(host, t, "re-checking dynamic IP address")

    # supernode sn1 reboots: every edge registered with it gives up on it
    for host in ["gw-office", "gw-lab", "nas-backup", "laptop-mkoch"]:
        t = down_sn1[0] + sec(r.uniform(40, 70))
        for _ in range(r.randint(1, 3)):
            E(host, t, "supernode not responding, now trying [%s]", N2_SN[1])
            t += sec(r.uniform(60, 150))
            if t > down_sn1[1]:
                break

    # the laptop: a working day on the move
    lap = "laptop-mkoch"
    pub = {"s": hosts[lap][3]}
    lap_mac = hosts[lap][2]

    def lap_socket_change(t: datetime) -> None:
        old = pub["s"]
        new = f"{r.choice(['100.64.12.9', '100.64.57.200', '172.58.44.17', '93.184.8.21'])}:{r.randint(1025, 65535)}"
        pub["s"] = new
        for gw in ["gw-office", "gw-lab", "nas-backup"]:
            if gw == "gw-lab" and at(10, 20) <= t < at(10, 29):
                continue
            E(gw, t + sec(r.uniform(0.5, 40)), "peer %s changed [%s] -> [%s]", lap_mac, old, new)

    # the train: three dropouts with the network gone
    for a, b in [
        (at(8, 4, 10), at(8, 6, 55)),
        (at(8, 11, 30), at(8, 13, 5)),
        (at(8, 19, 40), at(8, 23, 20)),
    ]:
        t = a
        attempts = 0
        sn = 0
        while t < b:
            dest = (
                N2_SN_IP[N2_SN[sn]]
                if r.random() < 0.8
                else f"10.77.0.{r.choice([1, 2, 3])}:{r.randint(30000, 60000)}"
            )
            E(lap, t, "sendto(%s) failed (%d) %s", dest, 101, "Network is unreachable")
            attempts += 1
            if attempts % 3 == 0:
                sn = 1 - sn
                E(
                    lap,
                    t + sec(r.uniform(0.5, 1.5)),
                    "supernode not responding, now trying [%s]",
                    N2_SN[sn],
                )
            if attempts % 7 == 0:
                E(
                    lap,
                    t + sec(r.uniform(0.1, 2)),
                    "supernode2sock fails to resolve supernode host %s, %d: %s",
                    N2_SN[sn].split(":")[0],
                    -3,
                    "Temporary failure in name resolution",
                )
            t += sec(r.uniform(1.6, 2.6))
        lap_socket_change(b + sec(r.uniform(3, 20)))
    # the office Wi-Fi, then the phone's hotspot with a symmetric NAT
    lap_socket_change(at(8, 41, 3))
    for t in poisson(r, at(9, 5), at(10, 5), 45):
        lap_socket_change(t)
    lap_socket_change(at(10, 48, 2))
    for t in poisson(r, at(10, 50), at(12, 0), 300):
        lap_socket_change(t)

    # an intern's new edge with ChaCha20 where the community uses AES
    intern_mac = umac(r)
    intern_sock = f"192.0.2.143:{r.randint(30000, 60000)}"
    for t in poisson(r, at(11, 5, 20), at(11, 25, 40), 8):
        host = r.choice(["gw-office", "gw-office", "nas-backup"])
        E(
            host,
            t,
            "invalid transop ID: expected %s (%u), got %s (%u) from %s [%s]",
            "AES",
            3,
            "ChaCha20",
            4,
            intern_mac,
            intern_sock,
        )

    # the NAS's uplink reconnects (PPPoE) at 11:40
    t = at(11, 40, 3)
    while t < at(11, 41, 29):
        dest = r.choice([N2_SN_IP[N2_SN[0]], N2_SN_IP[N2_SN[0]], "192.0.2.10:50551"])
        E("nas-backup", t, "sendto(%s) failed (%d) %s", dest, 101, "Network is unreachable")
        t += sec(r.uniform(1.5, 3))
    new_nas = f"198.51.100.{r.randint(2, 250)}:60112"
    for gw in ["gw-office", "gw-lab", "laptop-mkoch"]:
        E(
            gw,
            at(11, 41, r.uniform(0, 40)),
            "peer %s changed [%s] -> [%s]",
            hosts["nas-backup"][2],
            hosts["nas-backup"][3],
            new_nas,
        )
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- derper

DP_HOSTS = {"derp-fra1": "172.31.12.40", "derp-fra2": "172.31.12.41"}
DP_DOMAIN = "corp-ts.net"
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def derper(r: random.Random) -> list[Log]:
    """Two meshed DERP servers, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    pids = PidLine({"derp-fra1": 1123, "derp-fra2": 1187})
    clients = []
    for _ in range(160):
        key = hexid(r, 64)
        short = "[" + "".join(r.choice(B64) for _ in range(5)) + "]"
        ip = f"{r.choice([84, 91, 62, 178, 185, 31, 46, 95])}.{r.randint(1, 254)}.{r.randint(0, 254)}.{r.randint(1, 254)}"
        clients.append((key, short, ip))

    def L(host: str, t: datetime, label: str, msg: str) -> datetime:
        pid = pids.at(host, t)
        return fs.add(
            f"{host}-journal.log",
            t,
            label,
            lambda x: [f"{jshort(x)} {host} derper[{pid}]: {x:%Y/%m/%d %H:%M:%S} {msg}"],
            (host, pid),
            SEC,
        )

    def S(host: str, t: datetime, fmt: str, msg: str) -> datetime:
        return fs.add(
            f"{host}-journal.log",
            t,
            fmt,
            lambda x: [f"{jshort(x)} {host} systemd[1]: {msg}"],
            (host, "systemd"),
            SEC,
        )

    def raddr(ip: str) -> str:
        return f"{ip}:{r.randint(1024, 65535)}"

    def mesh(other: str) -> str:
        return f'mesh("{other}.{DP_DOMAIN}"): '

    def startup(host: str, t: datetime) -> datetime:
        t = L(
            host,
            t,
            "no config path specified; using %s",
            "no config path specified; using /var/lib/derper/derper.key",
        )
        t = L(host, t, "DERP mesh key configured", "DERP mesh key configured")
        for other in ["derp-fra1", "derp-fra2"]:
            url = f"https://{other}.{DP_DOMAIN}/derp"
            t = L(
                host,
                t + sec(0.01),
                "derphttp.Client.WatchConnectionChanges: connecting to %v",
                f"{mesh(other)}derphttp.Client.WatchConnectionChanges: connecting to {url}",
            )
        t = L(host, t, "derper: serving on %s with TLS", "derper: serving on :443 with TLS")
        t = L(
            host,
            t + sec(0.3),
            "detected self-connect; ignoring host",
            f"{mesh(host)}detected self-connect; ignoring host",
        )
        other = "derp-fra2" if host == "derp-fra1" else "derp-fra1"
        return L(
            host,
            t + sec(2),
            "connected; %d peers",
            f"{mesh(other)}connected; {r.randint(60, 95)} peers",
        )

    down = {"derp-fra2": (at(10, 30, 14), at(10, 30, 52))}
    ts_down = (at(8, 40, 9), at(8, 41, 52))
    pids.set("derp-fra2", down["derp-fra2"][1], 4410)

    for host, lip in DP_HOSTS.items():
        laddr = f"{lip}:443"
        gone = down.get(host)

        def up(t: datetime) -> bool:
            return not (gone and gone[0] <= t < gone[1] + sec(3))  # noqa: B023

        for t in poisson(r, T0, T_END, 55):
            if not up(t):
                continue
            key, short, ip = r.choice(clients)
            L(
                host,
                t,
                "derp: %s: client %s: readFrameHeader: read tcp %s->%s: read: connection reset by peer",
                f"derp: {(ra := raddr(ip))}: client {short}: readFrameHeader: read tcp {laddr}->{ra}: read: connection reset by peer",
            )
        for t in poisson(r, T0, T_END, 230):
            if not up(t):
                continue
            key, short, ip = r.choice(clients)
            L(
                host,
                t,
                "derp: %s: client %s: readFrameHeader: read tcp %s->%s: read: connection timed out",
                f"derp: {(ra := raddr(ip))}: client {short}: readFrameHeader: read tcp {laddr}->{ra}: read: connection timed out",
            )
        for t in poisson(r, T0, T_END, 380):
            if not up(t):
                continue
            key, short, ip = r.choice(clients)
            ra = raddr(ip)
            L(
                host,
                t,
                "sender failed: write tcp %s->%s: write: broken pipe",
                f"derp client {ra}{short}: sender failed: write tcp {laddr}->{ra}: write: broken pipe",
            )
        for t in poisson(r, T0, T_END, 600):
            if not up(t):
                continue
            key, short, ip = r.choice(clients)
            ra = raddr(ip)
            L(
                host,
                t,
                "sender failed: write tcp %s->%s: i/o timeout",
                f"derp client {ra}{short}: sender failed: write tcp {laddr}->{ra}: i/o timeout",
            )
        other = "derp-fra2" if host == "derp-fra1" else "derp-fra1"
        peers = r.randint(70, 90)
        for t in poisson(r, T0, T_END, 85):
            if not up(t) or (host == "derp-fra1" and at(10, 30, 10) <= t < at(10, 31, 30)):
                continue
            hour = t.hour + t.minute / 60
            target = int(70 + 14 * (hour - 6))
            peers = max(40, peers + r.randint(-3, 3) + (1 if peers < target else -1))
            L(host, t, "%d peers", f"{mesh(other)}{peers} peers")
        scanners = [
            f"{r.choice([45, 80, 104, 167, 193])}.{r.randint(1, 254)}.{r.randint(0, 254)}.{r.randint(1, 254)}"
            for _ in range(25)
        ]
        for t in poisson(r, T0, T_END, 190):
            if up(t):
                L(
                    host,
                    t,
                    "http: TLS handshake error from %s: acme/autocert: missing server name",
                    f"http: TLS handshake error from {raddr(r.choice(scanners))}: acme/autocert: missing server name",
                )
        for t in poisson(r, T0, T_END, 950):
            if up(t):
                vers = r.choice(["[302 301]", "[301]", "[302 301 300]"])
                L(
                    host,
                    t,
                    "http: TLS handshake error from %s: tls: client offered only unsupported versions: %x",
                    f"http: TLS handshake error from {raddr(r.choice(scanners))}: tls: client offered only unsupported versions: {vers}",
                )
        for t in poisson(r, T0, T_END, 1300):
            if up(t):
                L(
                    host,
                    t,
                    "http: TLS handshake error from %s: tls: no cipher suite supported by both client and server",
                    f"http: TLS handshake error from {raddr(r.choice(scanners))}: tls: no cipher suite supported by both client and server",
                )

    # two devices removed from the tailnet keep dialling their home DERP
    for key, ip in [(hexid(r, 64), "84.17.201.33"), (hexid(r, 64), "91.64.118.7")]:
        t = T0 + sec(r.uniform(0, 200))
        while t < T_END:
            host = "derp-fra1" if r.random() < 0.8 else "derp-fra2"
            if not (host == "derp-fra2" and down["derp-fra2"][0] <= t < down["derp-fra2"][1]):
                L(
                    host,
                    t,
                    "derp: %s: client %v rejected: peer %v not authorized (not found in local tailscaled)",
                    f"derp: {raddr(ip)}: client nodekey:{key} rejected: peer nodekey:{key} not authorized (not found in local tailscaled)",
                )
            t += sec(r.uniform(150, 330))
    # tailscaled restarted under derp-fra1: every new connection is turned away
    for t in poisson(r, ts_down[0], ts_down[1], 1.9):
        key, short, ip = r.choice(clients)
        q = go_quote(f"http://local-tailscaled.sock/localapi/v0/whois?addr=nodekey%3A{key}")
        L(
            "derp-fra1",
            t,
            "derp: %s: client %v rejected: failed to query local tailscaled status for %v: Get %q: dial unix %s: connect: connection refused",
            f"derp: {raddr(ip)}: client nodekey:{key} rejected: failed to query local tailscaled status for nodekey:{key}: Get {q}: dial unix /var/run/tailscale/tailscaled.sock: connect: connection refused",
        )

    # derp-fra2 upgraded at 10:30
    a, b = down["derp-fra2"]
    S("derp-fra2", a, "Stopping %s...", "Stopping Tailscale DERP server...")
    S("derp-fra2", a + sec(0.4), "Stopped %s.", "Stopped Tailscale DERP server.")
    t = S("derp-fra2", b, "Started %s.", "Started Tailscale DERP server.")
    startup("derp-fra2", t + sec(0.1))
    url = f"https://derp-fra2.{DP_DOMAIN}/derp"
    m = mesh("derp-fra2")
    t = L(
        "derp-fra1",
        a + sec(0.3),
        "reconnected; clearing %d forwarding mappings",
        f"{m}reconnected; clearing {r.randint(70, 95)} forwarding mappings",
    )
    t = L("derp-fra1", t, "Recv: EOF", f"{m}Recv: EOF")
    t += sec(5)
    while t < b + sec(1):
        t = L(
            "derp-fra1",
            t,
            "derphttp.Client.WatchConnectionChanges: connecting to %v",
            f"{m}derphttp.Client.WatchConnectionChanges: connecting to {url}",
        )
        t = L(
            "derp-fra1",
            t,
            "WatchConnectionChanges: derphttp.Client.WatchConnectionChanges connect to %v: dial tcp %s: connect: connection refused",
            f"{m}WatchConnectionChanges: derphttp.Client.WatchConnectionChanges connect to {url}: dial tcp {DP_HOSTS['derp-fra2']}:443: connect: connection refused",
        )
        t += sec(5)
    t = L(
        "derp-fra1",
        t,
        "derphttp.Client.WatchConnectionChanges: connecting to %v",
        f"{m}derphttp.Client.WatchConnectionChanges: connecting to {url}",
    )
    L("derp-fra1", t + sec(2), "connected; %d peers", f"{m}connected; {r.randint(5, 20)} peers")
    return fs.logs(T0)


# ---------------------------------------------------------------------------- envoy-gateway

EG_LEASE = "envoy-gateway-system/5b9825d2.gateway.envoyproxy.io"
EG_ROUTES = [
    ("shop", "storefront"),
    ("shop", "checkout"),
    ("shop", "cart"),
    ("payments", "ledger-api"),
    ("payments", "gateway-api"),
    ("search", "search-frontend"),
    ("identity", "keycloak"),
    ("platform", "grafana"),
    ("platform", "argocd-server"),
    ("data", "metabase"),
]
EG_CALLERS = {
    "reconciling gateways": "kubernetes/controller.go:173",
    ("received an update", "gateway-api"): "runner/runner.go:99",
    ("received an update", "xds-translator"): "runner/runner.go:64",
    ("received an update", "xds-server"): "runner/runner.go:172",
    ("received an update", "infrastructure"): "runner/runner.go:78",
    "received a status update": "kubernetes/status_updater.go:138",
    "status unchanged, bypassing update": "kubernetes/status_updater.go:109",
    "unable to update status": "kubernetes/status_updater.go:120",
    "unable to find the namespace": "kubernetes/controller.go:296",
    "failed to translate xds ir": "runner/runner.go:94",
    "Infra IR was updated, but no listeners were found. Skipping infra creation.": "runner/runner.go:89",
    "failed to create new infra": "runner/runner.go:94",
    "created gatewayapi controller": "kubernetes/controller.go:122",
    "started status update handler": "kubernetes/status_updater.go:126",
}
EG_TYPES = [
    "*v1.EndpointSlice",
    "*v1.Service",
    "*v1.Secret",
    "*v1.HTTPRoute",
    "*v1.Gateway",
    "*v1alpha1.EnvoyProxy",
    "*v1alpha1.BackendTrafficPolicy",
]
EG_PATHS = {
    "*v1.EndpointSlice": "/apis/discovery.k8s.io/v1/endpointslices",
    "*v1.Service": "/api/v1/services",
    "*v1.Secret": "/api/v1/secrets",
    "*v1.HTTPRoute": "/apis/gateway.networking.k8s.io/v1/httproutes",
    "*v1.Gateway": "/apis/gateway.networking.k8s.io/v1/gateways",
    "*v1alpha1.EnvoyProxy": "/apis/gateway.envoyproxy.io/v1alpha1/envoyproxies",
    "*v1alpha1.BackendTrafficPolicy": "/apis/gateway.envoyproxy.io/v1alpha1/backendtrafficpolicies",
}


def envoy_gateway(r: random.Random) -> list[Log]:
    """The Envoy Gateway controller of one cluster, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    files = ["envoy-gateway-7d9f8c6b5-x2kqp-previous.log", "envoy-gateway-7d9f8c6b5-x2kqp.log"]
    crash = at(9, 38, 52)
    api_down = (at(9, 38, 0), at(9, 46, 31))
    restart = at(9, 39, 24)

    def kts(t: datetime) -> str:
        nanos = f"{t.microsecond:06d}{r.randint(0, 999):03d}".rstrip("0")
        return f"{t:%Y-%m-%dT%H:%M:%S}" + (f".{nanos}" if nanos else "") + "Z"

    def Z(
        t: datetime,
        level: str,
        name: str,
        msg: str,
        fields: dict[str, object],
        caller: str = "",
        label: str | None = None,
    ) -> datetime:
        f = files[0] if t <= crash else files[1]
        caller = (
            caller or EG_CALLERS.get(msg) or EG_CALLERS.get((msg, name)) or "runner/runner.go:56"
        )
        body = f"{level}\t{name}\t{caller}\t{msg}"
        if fields:
            body += (
                "\t{"
                + ", ".join(f"{json.dumps(k)}: {json.dumps(v)}" for k, v in fields.items())
                + "}"
            )
        return fs.add(
            f,
            t,
            label or msg,
            lambda x: [f"{kts(x)} {x:%Y-%m-%dT%H:%M:%S}.{x.microsecond // 1000:03d}Z\t{body}"],
            f,
            MS,
        )

    def K(t: datetime, sev: str, src: str, label: str, msg: str) -> datetime:
        f = files[0] if t <= crash else files[1]
        return fs.add(
            f,
            t,
            label,
            lambda x: [f"{kts(x)} {sev}{x:%m%d %H:%M:%S}.{x.microsecond:06d}       1 {src}] {msg}"],
            f,
            MS,
        )

    def startup(t: datetime, acquired: datetime) -> None:
        t = Z(t, "INFO", "provider", "created gatewayapi controller", {"runner": "provider"})
        for name in ["gateway-api", "xds-translator", "xds-server", "infrastructure"]:
            t = Z(t + sec(0.002), "INFO", name, "started", {"runner": name})
        t = K(
            t + sec(0.01),
            "I",
            "leaderelection.go:250",
            "attempting to acquire leader lease %v...",
            f"attempting to acquire leader lease {EG_LEASE}...",
        )
        t = K(
            max(t, acquired),
            "I",
            "leaderelection.go:260",
            "successfully acquired lease %v",
            f"successfully acquired lease {EG_LEASE}",
        )
        Z(
            t + sec(0.003),
            "INFO",
            "provider",
            "started status update handler",
            {"runner": "provider"},
        )

    startup(
        at(
            6,
            0,
            5,
        ),
        at(6, 0, 6),
    )

    # reconcile triggers: a base rate plus deploy bursts
    triggers = poisson(r, at(6, 0, 20), T_END, 95)
    for d in poisson(r, at(6, 20), at(11, 50), 780):
        triggers += [d + sec(r.uniform(0, 70)) for _ in range(r.randint(4, 9))]
    triggers += [at(11, 20) + sec(r.uniform(0, 120)) for _ in range(25)]
    triggers.sort()
    last = T0
    for t in triggers:
        if in_any(t, [api_down]) or t < last + sec(0.25):
            continue
        t = Z(t, "INFO", "provider", "reconciling gateways", {"runner": "provider"})
        if at(7, 30, 12) <= t < at(8, 10, 40):
            t = Z(
                t + sec(0.004),
                "ERROR",
                "provider",
                "unable to find the namespace",
                {
                    "GatewayClass": "eg",
                    "namespace": "legacy-payments",
                    "error": 'namespaces "legacy-payments" not found',
                },
            )
        t = Z(
            t + sec(r.uniform(0.01, 0.06)),
            "INFO",
            "gateway-api",
            "received an update",
            {"runner": "gateway-api"},
        )
        t = Z(
            t + sec(r.uniform(0.005, 0.03)),
            "INFO",
            "xds-translator",
            "received an update",
            {"runner": "xds-translator"},
        )
        if at(8, 45, 30) <= t < at(9, 5, 10):
            t = Z(
                t + sec(0.002),
                "ERROR",
                "xds-translator",
                "failed to translate xds ir",
                {
                    "runner": "xds-translator",
                    "error": "unable to find xds resource envoy.config.listener.v3.Listener: shop/shop-gw/https",
                },
            )
        if r.random() < 0.25 or at(10, 15) <= t < at(10, 40):
            t = Z(
                t + sec(r.uniform(0.005, 0.03)),
                "INFO",
                "infrastructure",
                "received an update",
                {"runner": "infrastructure"},
            )
            if at(10, 15) <= t < at(10, 40):
                t = Z(
                    t + sec(0.001),
                    "INFO",
                    "infrastructure",
                    "Infra IR was updated, but no listeners were found. Skipping infra creation.",
                    {"runner": "infrastructure"},
                )
        t = Z(
            t + sec(r.uniform(0.005, 0.04)),
            "INFO",
            "xds-server",
            "received an update",
            {"runner": "xds-server"},
        )
        if r.random() < 0.2:
            for ns, name in r.sample(EG_ROUTES, r.randint(1, 3)):
                t = Z(
                    t + sec(r.uniform(0.01, 0.1)),
                    "INFO",
                    "provider",
                    "received a status update",
                    {"runner": "provider", "namespace": ns, "name": name},
                )
                if at(11, 20) <= t < at(11, 23) and r.random() < 0.6:
                    err = f'Operation cannot be fulfilled on httproutes.gateway.networking.k8s.io "{name}": the object has been modified; please apply your changes to the latest version and try again'
                    t = Z(
                        t + sec(r.uniform(0.2, 0.9)),
                        "ERROR",
                        "provider",
                        "unable to update status",
                        {"runner": "provider", "name": name, "namespace": ns, "error": err},
                    )
                elif r.random() < 0.5:
                    t = Z(
                        t + sec(r.uniform(0.003, 0.02)),
                        "INFO",
                        f"provider.{name}.{ns}",
                        "status unchanged, bypassing update",
                        {"runner": "provider"},
                    )
        last = t

    # the API server down: the watches fail, the lease cannot be renewed, the container exits
    api = "https://10.96.0.1:443"
    t = Z(
        at(9, 38, 21), "INFO", "infrastructure", "received an update", {"runner": "infrastructure"}
    )
    Z(
        t + sec(0.03),
        "ERROR",
        "infrastructure",
        "failed to create new infra",
        {
            "runner": "infrastructure",
            "error": f'Put "{api}/apis/apps/v1/namespaces/envoy-gateway-system/deployments/envoy-shop-shop-gw-3b1f9c2a": dial tcp 10.96.0.1:443: connect: connection refused',
        },
    )
    refused = "dial tcp 10.96.0.1:443: connect: connection refused"
    for tname, (a, b) in [
        (n, span)
        for span in [(api_down[0], crash), (restart + sec(0.5), api_down[1])]
        for n in EG_TYPES
    ]:
        t = a + sec(r.uniform(1, 6))
        back = 0.8
        while t < b:
            where = "pkg/mod/k8s.io/client-go@v0.30.2/tools/cache/reflector.go:232"
            url = go_quote(
                f"{api}{EG_PATHS[tname]}?resourceVersion={r.randint(4_100_000, 4_200_000)}"
            )
            K(
                t,
                "W",
                "reflector.go:547",
                "%s: failed to list %v: Get %q: dial tcp %s: connect: connection refused",
                f"{where}: failed to list {tname}: Get {url}: {refused}",
            )
            K(
                t + sec(0.0002),
                "E",
                "reflector.go:150",
                "%s: Failed to watch %v: failed to list %v: Get %q: dial tcp %s: connect: connection refused",
                f"{where}: Failed to watch {tname}: failed to list {tname}: Get {url}: {refused}",
            )
            back = min(back * 2, 30)
            t += sec(back * r.uniform(0.8, 1.2))
    lease_url = go_quote(
        f"{api}/apis/coordination.k8s.io/v1/namespaces/envoy-gateway-system/leases/5b9825d2.gateway.envoyproxy.io"
    )
    t = at(9, 38, 41)
    while t < crash:
        K(
            t,
            "E",
            "leaderelection.go:332",
            "error retrieving resource lock %v: Get %q: dial tcp %s: connect: connection refused",
            f"error retrieving resource lock {EG_LEASE}: Get {lease_url}: {refused}",
        )
        t += sec(2 + r.uniform(0, 0.05))
    K(
        crash,
        "I",
        "leaderelection.go:285",
        "failed to renew lease %v: timed out waiting for the condition",
        f"failed to renew lease {EG_LEASE}: timed out waiting for the condition",
    )
    # the restarted container waits for the API server, then wins the lease
    startup(restart, at(9, 46, 33))
    t = at(9, 39, 30)
    while t < api_down[1]:
        K(
            t,
            "E",
            "leaderelection.go:332",
            "error retrieving resource lock %v: Get %q: dial tcp %s: connect: connection refused",
            f"error retrieving resource lock {EG_LEASE}: Get {lease_url}: {refused}",
        )
        t += sec(r.uniform(2.0, 2.2))
    return fs.logs(T0)


# -------------------------------------------------------------------------- consul-template

CT_VERSION = "consul-template v0.37.4 (b5c5b5a3)"
CT_HAPROXY = (
    '"/etc/consul-template/haproxy.cfg.ctmpl" => "/etc/haproxy/haproxy.cfg"',
    "systemctl reload haproxy",
)
CT_CERT = (
    '"/etc/consul-template/shop-tls.pem.ctmpl" => "/etc/haproxy/certs/shop.pem"',
    "systemctl reload haproxy",
)
CT_DEPS = [
    "health.service(web|passing)",
    "health.service(api|passing)",
    "health.service(admin|passing)",
    "kv.block(haproxy/maintenance)",
    "catalog.services",
]
CT_VAULT = "vault.read(secret/data/haproxy/shop-tls)"
CT_VAULT_URL = "https://vault.service.consul:8200/v1/secret/data/haproxy/shop-tls"
CT_RETRY = "[WARN] (view) vault.read(%s): Error making API request.\\n\\nURL: GET %s\\nCode: 403. Errors:\\n\\n* permission denied (retry attempt %d after %q)"
CT_MAXRETRY = "[ERR] (view) vault.read(%s): Error making API request.\\n\\nURL: GET %s\\nCode: 403. Errors:\\n\\n* permission denied (exceeded maximum retries)"
CT_WATCHER = "[ERR] (runner) watcher reported error: vault.read(%s): Error making API request.\\n\\nURL: GET %s\\nCode: 403. Errors:\\n\\n* permission denied"
CT_CLI = "[ERR] (cli) vault.read(%s): Error making API request.\\n\\nURL: GET %s\\nCode: 403. Errors:\\n\\n* permission denied"


def consul_template(r: random.Random) -> list[Log]:
    """consul-template on two HAProxy hosts, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    pids = PidLine({"lb01": 713, "lb02": 722})
    tids = {CT_HAPROXY[0]: hexid(r, 32), CT_CERT[0]: hexid(r, 32)}

    def head(host: str, x: datetime, pid: int) -> str:
        return f"{x:%Y-%m-%dT%H:%M:%S}+0000 {host} consul-template[{pid}]: "

    def L(host: str, t: datetime, label: str, msg: str, cont: list[str] | None = None) -> datetime:
        pid = pids.at(host, t)

        def text(x: datetime) -> list[str]:
            first = f"{head(host, x, pid)}{x:%Y/%m/%d %H:%M:%S}.{x.microsecond:06d} {msg}"
            return [first] + [f"{head(host, x, pid)}{c}" for c in cont or []]

        return fs.add(f"{host}-journal.log", t, label, text, (host, pid), 1)

    def bare(host: str, t: datetime, msg: str) -> datetime:
        pid = pids.at(host, t)
        return fs.add(
            f"{host}-journal.log", t, msg, lambda x: [f"{head(host, x, pid)}{msg}"], (host, pid), 1
        )

    def S(host: str, t: datetime, label: str, msg: str) -> datetime:
        return fs.add(
            f"{host}-journal.log",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%dT%H:%M:%S}+0000 {host} systemd[1]: {msg}"],
            (host, "systemd"),
            SEC,
        )

    debug = {"lb02": (at(8, 15, 4), at(9, 30, 8))}

    def dbg(host: str, t: datetime) -> bool:
        return host in debug and debug[host][0] <= t < debug[host][1]

    def start(host: str, t: datetime, debug_cfg: bool = False) -> datetime:
        t = L(host, t, "[INFO] %s", f"[INFO] {CT_VERSION}")
        t = L(
            host,
            t,
            "[INFO] (runner) creating new runner (dry: %v, once: %v)",
            "[INFO] (runner) creating new runner (dry: false, once: false)",
        )
        if debug_cfg:
            cfg = {
                "Consul": {
                    "Address": "127.0.0.1:8500",
                    "Namespace": "",
                    "Auth": {"Enabled": False},
                    "Retry": {
                        "Attempts": 12,
                        "Backoff": 250000000,
                        "MaxBackoff": 60000000000,
                        "Enabled": True,
                    },
                    "SSL": {"Enabled": False, "Verify": True},
                    "Token": "",
                    "Transport": {
                        "DialKeepAlive": 30000000000,
                        "DialTimeout": 30000000000,
                        "MaxIdleConnsPerHost": 17,
                    },
                },
                "Dedup": {
                    "Enabled": False,
                    "MaxStale": 2000000000,
                    "Prefix": "consul-template/dedup/",
                },
                "KillSignal": 2,
                "LogLevel": "debug",
                "MaxStale": 2000000000,
                "PidFile": "",
                "ReloadSignal": 1,
                "Syslog": {"Enabled": False, "Facility": "LOCAL0", "Name": "consul-template"},
                "Templates": [
                    {
                        "Backup": False,
                        "Command": ["systemctl reload haproxy"],
                        "Destination": "/etc/haproxy/haproxy.cfg",
                        "Source": "/etc/consul-template/haproxy.cfg.ctmpl",
                        "Wait": {"Enabled": True, "Min": 2000000000, "Max": 10000000000},
                    },
                    {
                        "Command": ["systemctl reload haproxy"],
                        "Destination": "/etc/haproxy/certs/shop.pem",
                        "Perms": 384,
                        "Source": "/etc/consul-template/shop-tls.pem.ctmpl",
                    },
                ],
                "Vault": {
                    "Address": "https://vault.service.consul:8200",
                    "Enabled": True,
                    "RenewToken": True,
                    "Retry": {
                        "Attempts": 12,
                        "Backoff": 250000000,
                        "MaxBackoff": 60000000000,
                        "Enabled": True,
                    },
                    "SSL": {"Enabled": True, "Verify": True},
                },
                "Wait": {"Enabled": False, "Min": 0, "Max": 0},
            }
            t = L(
                host,
                t,
                "[DEBUG] (runner) final config: %s",
                "[DEBUG] (runner) final config: " + json.dumps(cfg, separators=(",", ":")),
            )
        t = L(host, t, "[INFO] (runner) creating watcher", "[INFO] (runner) creating watcher")
        t = L(host, t, "[INFO] (runner) starting", "[INFO] (runner) starting")
        t = L(
            host,
            t + sec(0.0002),
            "[INFO] (runner) initiating run",
            "[INFO] (runner) initiating run",
        )
        if debug_cfg:
            for tmpl in [CT_HAPROXY, CT_CERT]:
                t = L(
                    host,
                    t,
                    "[DEBUG] (runner) checking template %s",
                    f"[DEBUG] (runner) checking template {tids[tmpl[0]]}",
                )
                n = 5 if tmpl is CT_HAPROXY else 1
                t = L(
                    host,
                    t,
                    "[DEBUG] (runner) was not watching %d dependencies",
                    f"[DEBUG] (runner) was not watching {n} dependencies",
                )
            t = L(
                host,
                t,
                "[DEBUG] (runner) diffing and updating dependencies",
                "[DEBUG] (runner) diffing and updating dependencies",
            )
        for _ in range(2):
            t += sec(r.uniform(0.005, 0.05))
            if debug_cfg:
                for d in r.sample([*CT_DEPS, CT_VAULT], 3):
                    t = L(
                        host,
                        t,
                        "[DEBUG] (runner) receiving dependency %s",
                        f"[DEBUG] (runner) receiving dependency {d}",
                    )
            t = L(host, t, "[INFO] (runner) initiating run", "[INFO] (runner) initiating run")
            if debug_cfg:
                t = L(
                    host,
                    t,
                    "[DEBUG] (runner) checking template %s",
                    f"[DEBUG] (runner) checking template {tids[CT_HAPROXY[0]]}",
                )
                t = L(
                    host,
                    t,
                    "[DEBUG] (runner) missing data for %d dependencies",
                    f"[DEBUG] (runner) missing data for {r.randint(1, 3)} dependencies",
                )
        return t

    def run(host: str, t: datetime, render: list[tuple[str, str]]) -> datetime:
        d = dbg(host, t)
        if d:
            for dep in r.sample(CT_DEPS, r.choice([1, 1, 1, 2])):
                t = L(
                    host,
                    t,
                    "[DEBUG] (runner) receiving dependency %s",
                    f"[DEBUG] (runner) receiving dependency {dep}",
                )
        t = L(
            host,
            t + sec(0.00005),
            "[INFO] (runner) initiating run",
            "[INFO] (runner) initiating run",
        )
        for tmpl in [CT_HAPROXY, CT_CERT]:
            if d:
                t = L(
                    host,
                    t,
                    "[DEBUG] (runner) checking template %s",
                    f"[DEBUG] (runner) checking template {tids[tmpl[0]]}",
                )
                t = L(
                    host,
                    t + sec(0.0003),
                    "[DEBUG] (runner) rendering %s",
                    f"[DEBUG] (runner) rendering {tmpl[0]}",
                )
            if tmpl in render:
                t = L(
                    host,
                    t + sec(0.0004),
                    "[INFO] (runner) rendered %s",
                    f"[INFO] (runner) rendered {tmpl[0]}",
                )
                if d:
                    t = L(
                        host,
                        t,
                        "[DEBUG] (runner) appending command %q from %s",
                        f'[DEBUG] (runner) appending command "{tmpl[1]}" from {tmpl[0]}',
                    )
        if d:
            t = L(
                host,
                t,
                "[DEBUG] (runner) diffing and updating dependencies",
                "[DEBUG] (runner) diffing and updating dependencies",
            )
            for dep in [*CT_DEPS, CT_VAULT]:
                t = L(
                    host,
                    t,
                    "[DEBUG] (runner) %s is still needed",
                    f"[DEBUG] (runner) {dep} is still needed",
                )
        if render:
            tmpl = render[0]
            t = L(
                host,
                t + sec(0.0002),
                "[INFO] (runner) executing command %q from %s",
                f'[INFO] (runner) executing command "{tmpl[1]}" from {tmpl[0]}',
            )
            t = L(
                host,
                t + sec(0.0005),
                "[INFO] (child) spawning: %s",
                f"[INFO] (child) spawning: sh -c {tmpl[1]}",
            )
        return t

    def stop_lines(host: str, t: datetime, word: str) -> datetime:
        t = bare(host, t, word)
        t = L(host, t + sec(0.0001), "[INFO] (runner) stopping", "[INFO] (runner) stopping")
        return L(
            host,
            t + sec(0.0003),
            "[INFO] (runner) received finish",
            "[INFO] (runner) received finish",
        )

    vault_bad = (at(10, 0, 12), at(10, 40, 20))
    # lb02 restarted with log_level = "debug" at 08:15, and back at 09:30
    t = stop_lines("lb02", at(8, 15, 2), "Cleaning up...")
    t = S(
        "lb02",
        t + sec(0.1),
        "Stopped %s - %s.",
        "Stopped consul-template.service - Consul Template.",
    )
    t = S(
        "lb02",
        t + sec(0.3),
        "Started %s - %s.",
        "Started consul-template.service - Consul Template.",
    )
    pids.set("lb02", t, 30412)
    start("lb02", t + sec(0.4), debug_cfg=True)
    t = stop_lines("lb02", at(9, 30, 6), "Cleaning up...")
    t = S(
        "lb02",
        t + sec(0.1),
        "Stopped %s - %s.",
        "Stopped consul-template.service - Consul Template.",
    )
    t = S(
        "lb02",
        t + sec(0.3),
        "Started %s - %s.",
        "Started consul-template.service - Consul Template.",
    )
    pids.set("lb02", t, 33905)
    start("lb02", t + sec(0.4))

    # lb01's Consul agent restarted at 07:20
    for dep, path in [
        (CT_DEPS[0], "health/service/web"),
        (CT_DEPS[1], "health/service/api"),
        (CT_DEPS[2], "health/service/admin"),
        (CT_DEPS[3], "kv/haproxy/maintenance"),
    ]:
        t = at(7, 20, 5) + sec(r.uniform(0, 2))
        back = 0.25
        for n in range(1, 6):
            q = (
                f"?index={r.randint(48000, 49000)}&passing=1&stale=&wait=60000ms"
                if dep.startswith("health")
                else f"?index={r.randint(48000, 49000)}&stale=&wait=60000ms"
            )
            url = go_quote(f"http://127.0.0.1:8500/v1/{path}{q}")
            t = L(
                "lb01",
                t,
                "[WARN] (view) %s: Get %q: dial tcp %s: connect: connection refused (retry attempt %d after %q)",
                f'[WARN] (view) {dep}: Get {url}: dial tcp 127.0.0.1:8500: connect: connection refused (retry attempt {n} after "{go_dur(back)}")',
            )
            t += sec(back)
            back *= 2
    run("lb01", at(7, 20, 41), [CT_HAPROXY])

    # the Vault token expired at 10:00: each process retries, gives up and exits; systemd
    # restarts it until the token is renewed at 10:40
    err_lines = ["", f"URL: GET {CT_VAULT_URL}", "Code: 403. Errors:", ""]
    for host in ["lb01", "lb02"]:
        t = vault_bad[0] + sec(r.uniform(0, 4))
        while t < vault_bad[1]:
            back = 0.25
            for n in range(1, 13):
                t = L(
                    host,
                    t,
                    CT_RETRY,
                    f"[WARN] (view) {CT_VAULT}: Error making API request.",
                    [*err_lines, f'* permission denied (retry attempt {n} after "{go_dur(back)}")'],
                )
                t += sec(back)
                back = min(back * 2, 60)
            t = L(
                host,
                t,
                CT_MAXRETRY,
                f"[ERR] (view) {CT_VAULT}: Error making API request.",
                [*err_lines, "* permission denied (exceeded maximum retries)"],
            )
            t = L(
                host,
                t + sec(0.0001),
                CT_WATCHER,
                f"[ERR] (runner) watcher reported error: {CT_VAULT}: Error making API request.",
                [*err_lines, "* permission denied"],
            )
            t = L(
                host,
                t + sec(0.0001),
                CT_CLI,
                f"[ERR] (cli) {CT_VAULT}: Error making API request.",
                [*err_lines, "* permission denied"],
            )
            t = S(
                host,
                t + sec(0.01),
                "%s: Main process exited, code=%s, status=%i/%s",
                "consul-template.service: Main process exited, code=exited, status=12/n/a",
            )
            t = S(
                host,
                t,
                "%s: Failed with result '%s'.",
                "consul-template.service: Failed with result 'exit-code'.",
            )
            t = S(
                host,
                t + sec(5),
                "%s: Scheduled restart job, restart counter is at %u.",
                f"consul-template.service: Scheduled restart job, restart counter is at {int((t - vault_bad[0]).total_seconds() // 280) + 1}.",
            )
            t = S(host, t, "Stopped %s - %s.", "Stopped consul-template.service - Consul Template.")
            t = S(host, t, "Started %s - %s.", "Started consul-template.service - Consul Template.")
            pids.set(host, t, r.randint(40000, 90000))
            t = start(host, t + sec(0.3))
            t += sec(r.uniform(0.05, 0.2))
        run(
            host, t + sec(r.uniform(2, 8)), [CT_CERT, CT_HAPROXY] if r.random() < 0.5 else [CT_CERT]
        )
    # 11:00: the configuration management pushes a new template and reloads both
    for host in ["lb01", "lb02"]:
        t = stop_lines(host, at(11, 0, 4) + sec(r.uniform(0, 10)), "Reloading configuration...")
        t = L(
            host,
            t + sec(0.001),
            "[INFO] (runner) creating new runner (dry: %v, once: %v)",
            "[INFO] (runner) creating new runner (dry: false, once: false)",
        )
        t = L(host, t, "[INFO] (runner) creating watcher", "[INFO] (runner) creating watcher")
        t = L(host, t, "[INFO] (runner) starting", "[INFO] (runner) starting")
        run(host, t + sec(0.2), [CT_HAPROXY])
    # the runs on every change, after the restarts (each process's pid from its start on)
    for host in ["lb01", "lb02"]:
        spans = (
            [(T0, at(8, 15, 2)), (at(8, 15, 4), at(9, 30, 6)), (at(9, 30, 8), T_END)]
            if host == "lb02"
            else [(T0, T_END)]
        )
        for t in poisson(r, T0 + sec(20), T_END, 70 if host == "lb01" else 80):
            if in_any(t, [(vault_bad[0] - sec(5), vault_bad[1] + sec(25))]) or (
                at(11, 0) <= t < at(11, 0, 30)
            ):
                continue
            if not in_any(t, spans) or any(abs((t - b).total_seconds()) < 3 for _, b in spans):
                continue
            render = [CT_HAPROXY] if r.random() < 0.22 else []
            run(host, t, render)
    return fs.logs(T0)


# ------------------------------------------------------------------------- nomad-autoscaler

NA_POLICIES = [
    # job, group, low, high, weight of scaling
    ("web", "frontend", 3, 14),
    ("api", "api", 4, 16),
    ("worker-queue", "workers", 2, 20),
]


def nomad_autoscaler(r: random.Random) -> list[Log]:
    """The Nomad Autoscaler of one cluster, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    files = ["autoscaler-7f3c91e2.stderr.log", "autoscaler-b84d02aa.stderr.log"]
    swap = at(9, 5, 20)

    def hv(v: object) -> str:
        s = str(v)
        if s == "" or any(c in s for c in ' "=\\') or not s.isprintable():
            return go_quote(s)
        return s

    def H(t: datetime, level: str, name: str, msg: str, kv: list[tuple[str, object]]) -> datetime:
        f = files[0] if t < swap else files[1]
        tag = {"INFO": "[INFO] ", "WARN": "[WARN] ", "ERROR": "[ERROR]", "DEBUG": "[DEBUG]"}[level]
        rest = ": " + " ".join(f"{k}={hv(v)}" for k, v in kv) if kv else ""
        return fs.add(
            f,
            t,
            msg,
            lambda x: [
                f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond // 1000:03d}Z {tag} {name}: {msg}{rest}"
            ],
            f,
            MS,
        )

    workers: dict[str, list[str]] = {}

    def startup(t: datetime) -> datetime:
        for p in ["nomad-apm", "nomad-target", "prometheus", "target-value", "aws-asg"]:
            t = H(
                t + sec(r.uniform(0.01, 0.06)),
                "INFO",
                "agent.plugin_manager",
                "successfully launched and dispensed plugin",
                [("plugin_name", p)],
            )
        t = H(
            t + sec(0.002),
            "INFO",
            "agent.http_server",
            "server now listening for connections",
            [("address", "0.0.0.0:8080")],
        )
        t = H(
            t + sec(0.001),
            "INFO",
            "policy_manager",
            "starting policy source",
            [("source", "nomad")],
        )
        workers["horizontal"] = [uuid4(r) for _ in range(10)]
        workers["cluster"] = [uuid4(r) for _ in range(10)]
        for q in ["cluster", "horizontal"]:
            for w in workers[q]:
                t = H(
                    t + sec(0.0003),
                    "INFO",
                    "policy_eval.worker",
                    "starting worker",
                    [("id", w), ("queue", q)],
                )
        return t

    def shutdown(t: datetime) -> datetime:
        for q in ["horizontal", "cluster"]:
            for w in workers[q]:
                t = H(
                    t + sec(0.0002),
                    "INFO",
                    "policy_eval.worker",
                    "stopping worker",
                    [("id", w), ("queue", q)],
                )
        return t

    pids = {job: uuid4(r) for job, *_ in NA_POLICIES}
    for extra in ["search-indexer", "batch-reporting", "hashistack-clients"]:
        pids[extra] = uuid4(r)

    def wk(q: str = "horizontal") -> list[tuple[str, object]]:
        return [("id", r.choice(workers[q])), ("queue", q)]

    startup(
        at(
            6,
            0,
            2,
        )
    )
    t = shutdown(swap - sec(0.4))
    startup(swap + sec(3.1))

    prom_down = (at(8, 20, 5), at(8, 40, 15))
    leader_lost = (at(10, 40, 11), at(10, 40, 49))

    def load(t: datetime) -> float:
        h = t.hour + t.minute / 60
        return max(0.0, min(1.0, (h - 6.3) / 4.5)) + 0.06 * r.uniform(-1, 1)

    for job, group, low, high in NA_POLICIES:
        count = low
        t = at(6, 1) + sec(r.uniform(0, 60))
        while t < T_END:
            if in_any(t, [prom_down, leader_lost, (swap - sec(2), swap + sec(10))]):
                t += sec(10)
                continue
            want_f = low + (high - low) * load(t)
            want = max(low, min(high, round(want_f)))
            if want != count and abs(want_f - count) >= 0.8:
                w = wk()
                base = [*w, ("policy_id", pids[job]), ("target", "nomad-target")]
                factor = want / count
                reason = (
                    f"scaling {'up' if want > count else 'down'} because factor is {factor:.6f}"
                )
                t = H(
                    t,
                    "INFO",
                    "policy_eval.worker",
                    "scaling target",
                    [
                        *base,
                        ("from", count),
                        ("to", want),
                        ("reason", reason),
                        ("meta", f"map[nomad_policy_id:{pids[job]}]"),
                    ],
                )
                if job == "api" and r.random() < 0.12:
                    err = f"failed to scale target: failed to scale group {job}/{group}: Unexpected response code: 400 (job scaling blocked due to active deployment)"
                    H(
                        t + sec(r.uniform(0.02, 0.08)),
                        "ERROR",
                        "policy_eval.worker",
                        "failed to evaluate policy",
                        [
                            *w,
                            ("eval_id", uuid4(r)),
                            ("eval_token", uuid4(r)),
                            ("policy_id", pids[job]),
                            ("err", err),
                        ],
                    )
                else:
                    t = H(
                        t + sec(r.uniform(0.02, 0.09)),
                        "INFO",
                        "policy_eval.worker",
                        "successfully submitted scaling action to target",
                        [*base, ("desired_count", want)],
                    )
                    H(
                        t + sec(0.0005),
                        "INFO",
                        "policy_eval.worker",
                        "policy evaluation complete",
                        base,
                    )
                    count = want
                    t += sec(60)  # cooldown
            t += sec(r.uniform(9.9, 10.2))

    # the dry-run policy of the search indexer
    t = at(6, 3)
    while t < T_END:
        t += sec(r.uniform(240, 900))
        if in_any(t, [prom_down, leader_lost, (swap - sec(2), swap + sec(10))]) or t >= T_END:
            continue
        w = wk()
        base = [*w, ("policy_id", pids["search-indexer"]), ("target", "nomad-target")]
        t = H(
            t,
            "INFO",
            "policy_eval.worker",
            "scaling dry-run is enabled, using no-op task group count",
            base,
        )
        t = H(
            t + sec(0.03),
            "INFO",
            "policy_eval.worker",
            "successfully submitted scaling action to target",
            [*base, ("desired_count", -1)],
        )
        H(t + sec(0.0004), "INFO", "policy_eval.worker", "policy evaluation complete", base)

    def fail(t: datetime, policy: str, err: str) -> None:
        H(
            t,
            "ERROR",
            "policy_eval.worker",
            "failed to evaluate policy",
            [
                *wk(),
                ("eval_id", uuid4(r)),
                ("eval_token", uuid4(r)),
                ("policy_id", pids[policy]),
                ("err", err),
            ],
        )

    # the reporting job stopped for maintenance 07:05-09:05: its policy's target is not ready
    for t in every(r, at(7, 5, 14), at(9, 5, 0), 20, 0.3):
        if not in_any(t, [(swap - sec(2), swap + sec(10))]):
            fail(t, "batch-reporting", "target not ready")
    # Prometheus down
    prom = "http://prometheus.service.consul:9090/api/v1/query"
    for job in ["web", "api", "worker-queue", "search-indexer"]:
        for t in every(r, prom_down[0] + sec(r.uniform(0, 10)), prom_down[1], 10, 0.2):
            fail(
                t,
                job,
                f'failed to query APM: failed to query: Post "{prom}": dial tcp 10.0.3.21:9090: connect: connection refused',
            )
    # Nomad's leader lost
    for t in every(r, leader_lost[0], leader_lost[1], 10, 0.5):
        H(
            t,
            "ERROR",
            "nomad_policy_source",
            "failed to call the Nomad list policies API",
            [("error", "Unexpected response code: 500 (No cluster leader)")],
        )
        for job in ["web", "api", "worker-queue"]:
            fail(
                t + sec(r.uniform(0.1, 2)),
                job,
                "failed to fetch current count: Unexpected response code: 500 (No cluster leader)",
            )

    # the client pool, scaled by the aws-asg plugin
    asg = "hashistack-nomad_client"
    n_nodes = 4
    for t, up in [
        (at(7, 52, 10), True),
        (at(8, 58, 40), True),
        (at(9, 47, 3), True),
        (at(10, 33, 20), True),
        (at(11, 26, 8), False),
        (at(11, 51, 30), False),
    ]:
        w = wk("cluster")
        base = [*w, ("policy_id", pids["hashistack-clients"]), ("target", "aws-asg")]
        to = n_nodes + (1 if up else -1)
        t = H(
            t,
            "INFO",
            "policy_eval.worker",
            "scaling target",
            [
                *base,
                ("from", n_nodes),
                ("to", to),
                (
                    "reason",
                    f"scaling {'up' if up else 'down'} because factor is {to / n_nodes:.6f}",
                ),
                ("meta", f"map[nomad_policy_id:{pids['hashistack-clients']}]"),
            ],
        )
        if up:
            t = H(
                t + sec(r.uniform(40, 95)),
                "INFO",
                "internal_plugin.aws-asg",
                "successfully performed and verified scaling out",
                [("action", "scale_out"), ("asg_name", asg), ("desired_count", to)],
            )
        else:
            node = uuid4(r)
            t = H(
                t + sec(0.4),
                "INFO",
                "internal_plugin.aws-asg",
                "triggering drain on node",
                [("node_id", node), ("deadline", "5m0s")],
            )
            allocs = [uuid4(r) for _ in range(r.randint(2, 5))]
            for a in allocs:
                t = H(
                    t + sec(r.uniform(0.2, 3)),
                    "INFO",
                    "internal_plugin.aws-asg",
                    "received node drain message",
                    [("node_id", node), ("msg", f'Alloc "{a}" marked for migration')],
                )
            t = H(
                t + sec(r.uniform(20, 60)),
                "INFO",
                "internal_plugin.aws-asg",
                "received node drain message",
                [("node_id", node), ("msg", f'All allocations on node "{node}" have stopped')],
            )
            t = H(
                t + sec(0.3),
                "INFO",
                "internal_plugin.aws-asg",
                "received node drain message",
                [("node_id", node), ("msg", f"Drain complete for node {node}")],
            )
            t = H(
                t + sec(0.2),
                "INFO",
                "internal_plugin.aws-asg",
                "successfully drained node",
                [("node_id", node)],
            )
            t = H(
                t + sec(r.uniform(10, 30)),
                "INFO",
                "internal_plugin.aws-asg",
                "successfully performed and verified scaling in",
                [("action", "scale_in"), ("asg_name", asg), ("desired_count", to)],
            )
        t = H(
            t + sec(0.01),
            "INFO",
            "policy_eval.worker",
            "successfully submitted scaling action to target",
            [*base, ("desired_count", to)],
        )
        H(t + sec(0.0004), "INFO", "policy_eval.worker", "policy evaluation complete", base)
        n_nodes = to
    return fs.logs(T0)


SYSTEMS = {
    "n2n": n2n,
    "derper": derper,
    "envoy-gateway": envoy_gateway,
    "consul-template": consul_template,
    "nomad-autoscaler": nomad_autoscaler,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
