#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 290 (vpncloud, openziti, nfcapd, haproxy-dataplaneapi, vpp)
into bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five network programs of one company, 06:00 to 12:00
UTC on 2024-06-07. The brief's zerotier-one is replaced by VpnCloud, another peer-to-peer mesh
VPN: ZeroTier One's service writes a few fprintf(stderr) lines at start-up and on failures and
nothing in a day's normal running (its tracing is a compile-time option), too few formats for
the set.

- VpnCloud 2.3 (`vpncloud-hq.log`, `vpncloud-dc.log`, `vpncloud-branch1.log`,
  `vpncloud-branch2.log`: the `--log-file` of four sites' nodes, its `"{} - {} - {}"` layout with
  local time (UTC+2) and the level, `2024-06-07 08:03:31 - INFO - Added peer
  198.51.100.61:27197`). Ten home-office nodes behind carrier NAT rebind every 10-26 minutes:
  every site logs `Added peer %s` for the new mapping and, five minutes later, `Forgot peer %s
  due to timeout` for the old one; laptops closed (`Closing connection to %s`) or suspended (a
  timeout, now and then `Destination for %s not found in peers: %s` on hq and `Received peer
  update from non peer %s`); branch2's router has no UPnP, so its own mapping moves too.
  branch2's WAN outage 07:40-07:53 (`Socker error: IOError when sending`, thiserror's typo, every
  few seconds; everybody forgets everybody, then re-adds); hq's upgrade at 08:30 (`Shutting
  down...`, the others' `Closing connection to %s`, the start: `Opened device %s`,
  `Port-forwarding: no router found`, `Auto-claiming %s due to interface address`, a burst of
  `Ignoring non-init message from unknown peer %s`); branch1's restart at 09:20 behind its UPnP
  router (`Port-forwarding: successfully deactivated port forwarding`, `found router at %s`,
  `external IP is %s`, `sucessfully activated port forward on %s, timeout: %s`); a new laptop
  with a mistyped password 10:05-10:48 (`Ignoring invalid init message from peer %s` on hq and
  dc at the reconnect back-off: every second ten times, then every 2, 4, 8 ... seconds); a
  forgotten 1.x lab node knocking all day (`Closing pending connection to %s due to error in
  crypto init`); branch1's resolver broken 11:05-11:35 (`Failed to resolve %s: %s` every 300 s,
  the error `Name can not be resolved: %s`).
- OpenZiti 1.1.3 (`ziti-controller.log`, `ziti-router-edge-fra.log`,
  `ziti-router-edge-ams.log`: `docker logs -t` of the controller and two edge routers, pfxlog's
  text layout after docker's RFC 3339 time: `[seconds since start] LEVEL function [channel
  context]: {key=[value] ...} message`, the fields in Go's map order, a different order on every
  line; `ziti-router-dc1.log`: a router under systemd, `journalctl -u ziti-router`, where pfxlog
  writes logrus JSON with `file`, `func`, `level`, `msg`, `time` and the fields, keys sorted).
  The controller's container restarted on the new image at 06:00 (`starting ziti-controller`,
  `edge datastore is up to date at version %v`, `checking timeline id. reset required? %v
  timelineId: %v`, `starting goroutine pool`, `network = %s` with the options' JSON on 15 more
  lines, `sync all subscribers`; the routers' `finished sychronizing api sessions [count: %d,
  syncId: %s, duration: %v]` (sic) and `link already present, but link status still pending`);
  edge-ams's lossy uplink 07:10-08:40 (`heartbeat not received in time, link may be unhealthy`
  every ten seconds while it lasts, `link closed` on both ends, `link fault reported, closing`,
  dc1's `failure while handling route update` with `invalid link destination %s`, the redial's
  `link destination support heartbeats` and `accepted new link [%s]`); the ERP's hosting
  tunneler down 09:04-09:41 and the payroll database's 11:12-11:24 (each dial: the controller's
  ERROR `responded with error` with `error=[service %s has no terminators]`, the edge router's
  WARNING `failed to dial fabric`); edge-ams's container restarted at 10:30 (`starting
  ziti-router`, its pools, its links dialled and accepted again).
- nfcapd of nfdump 1.7.2 (`flowcol1-syslog`, `flowcol2-syslog`: `grep nfcapd /var/log/syslog`
  of two flow collectors, rsyslog's traditional layout, `Jun  7 06:05:01 flowcol1
  nfcapd[1021]: Ident: 'rtr-core1' Flows: ...`). flowcol1 runs a NetFlow v9 instance with three
  `-n` sources (two core routers, a firewall) and an IPFIX instance with two (aggregation
  switches); flowcol2 is the standby receiving the v9 export too. Every 5-minute rotation writes
  `Ident: '%s' Flows: %llu, Packets: %llu, Bytes: %llu, Sequence Errors: %u, Bad Packets: %u`
  per source (sequence errors during a congested 10:00-10:25), `Total ignored packets: %u` when
  not zero. flowcol2's disk full 07:30-07:52 (`Ident: %s, Can't rename dump file: %s`); the v9
  instance upgraded at 08:02 (the short slot flushed, `Terminating nfcapd.`, `Bound to IPv4
  host/IP: %s, Port: %s`, `Startup nfcapd.`, `Process_v9: New exporter: SysID: %u, Domain: %u,
  IP: %s` and `Process_v9: [%u] Add template %u` as the exporters' templates arrive); a new
  access router exporting to flowcol2 without a `-n` for it 09:10-09:33 (`Skip UDP packet.
  Ignored packets so far %u packets` for every datagram); sw-agg2 switched to sFlow towards the
  IPFIX port by mistake 10:40-11:02 (`Ident: %s, Error reading netflow header: Unexpected netflow
  version %i`, version 0, and its Bad Packets), the IPFIX instance restarted at 11:08
  (`Process_ipfix: ...`); the firewall's runt datagrams (`Ident: %s, Data length error: too
  little data for common netflow header. cnt: %i`); flowcol2 rebooted at 11:20.
- HAProxy Data Plane API 2.1 (`lb1-dataplaneapi.log`, `lb2-dataplaneapi.log`,
  `lb3-dataplaneapi.log`: its `log_to: file` of three load balancers, where it runs as HAProxy's
  `program api`; logrus' text layout, `time="2024-06-07T06:08:56Z" level=info msg="started
  handling request" method=POST remote="10.0.5.21:47694" request="/v2/...?version=117"`, the
  fields sorted and quoted when they hold other characters than `[A-Za-z0-9-._/@^+]`). Every
  request is `started handling request` and `completed handling request` (`length=`,
  `status=`, `took=` in Go's duration); a monitor polls `/v2/info`, an orchestrator drains and
  readies every server of a backend in rolling deploys and adds servers through transactions,
  whose commit makes the reload agent reload HAProxy five seconds later and HAProxy's master
  signal its program (`Reloaded Data Plane API`). lb2's reload script fails 08:14-08:43 on a
  certificate the config refers to (`Reload failed, restarting with last known good config...`,
  `Reload failed executing %s failed: %s`), a stale tool's 409s; a dashboard with a stale
  password (401) 09:02-09:31; an operator's hand edit of lb3's haproxy.cfg (`Rereading
  Configuration Files`); lb1's container recreated at 11:05 (`Stopped serving data plane at
  http://%s`, `HAProxy Data Plane API %s %s`, `Build from: %s`, `Build date: %s`, the runtime
  socket not there yet: `Error setting up runtime client with sockets: %v : %s`, `Runtime API
  not configured, not using it: %s`, `Serving data plane at http://%s`).
- FD.io VPP 24.02 (`edge01-vpp.log`, `edge02-vpp.log`, `core01-vpp.log`: `/var/log/vpp/vpp.log`
  of three routers, vlib's log layout `2024/06/07 06:04:12:311 notice     plugin/load    Loaded
  plugin: ...`, level and class padded to 10 and 14). Each start writes `Loaded plugin: %s (%s)`
  for every plugin (the description in parentheses), `Plugin disabled (default): %s` and
  `Plugin disabled: %s`, the VAT plugins' `Loaded plugin: %s`, the dpdk plugin's `EAL init args:
  %s` (with its trailing blank) and DPDK's own EAL lines, which the plugin reads from DPDK's log
  stream and logs at notice (`EAL: Detected CPU lcores: %u`, `EAL: Detected NUMA nodes: %u`,
  `EAL: Detected static linkage of DPDK`, `EAL: Selected IOVA mode '%s'`, `EAL: VFIO support
  initialized`, `EAL: Using IOMMU type %d (%s)`, `EAL: Probe PCI driver: %s (%x:%x) device: %s
  (socket %i)`). edge01 upgraded at 06:04 and reconfigured at 11:02; edge02 crash-looping
  08:10-08:24 (six starts), its NIC back on the kernel driver after a firmware update at 09:41
  (`EAL: Failed to open VFIO group %d`, `EAL: %s not managed by VFIO driver, skipping`), rebound
  at 09:56; core01 started at 07:15 with its 1 GB hugepages gone from the kernel line (`EAL: No
  free %zu kB hugepages reported on node %u`), fixed at 10:30.

Label notes. The heads are context: VpnCloud's time and level, docker's time, pfxlog's relative
time, level, function and channel context, logrus' time and level, rsyslog's and the journal's
date, host and ident, vlib's time, level and class. pfxlog's and logrus' fields are attributes,
not template (the label is the message alone: rounds 21 and 51), in the text and the JSON
layout alike. A message built from a literal and an error contributes the error's format
(dataplaneapi's `"Reload failed " + err` with `executing %s failed: %s`, VpnCloud's `{}` of
`Error::SocketIo("IOError when sending", ..)` is `Socker error: IOError when sending`, a
literal passed at the call site). DPDK's lines are labelled with DPDK's own formats (VPP logs
each with `%v`). nfcapd's `Process_v9: New exporter: ...\\n` ends in a newline that syslog
drops; the label drops it too. Values: addresses, ports, ids, counts, durations, plugin names
and descriptions, the IOVA mode, PCI ids.

Checked against copies of the sources (nearby versions): VpnCloud's cloud.rs (2.x: `Added peer
{}`, `Forgot peer {} due to timeout`, `Closing connection to {}`, `Ignoring non-init message from
unknown peer {}`, `Closing pending connection to {} due to error in crypto init`, `Ignoring
invalid init message from peer {}`, `Destination for {} not found in peers: {}`, `Failed to
resolve {}: {}`, `Received peer update from non peer {}`, `Auto-claiming {} due to interface
address`, `Shutting down...`), error.rs (`Socker error: {0}`), port_forwarding.rs and the
1.x logger's `"{} - {} - {}"`; nfdump 1.7's nfcapd.c (`Ident: '%s' Flows: ...`, `Total
ignored packets: %u`, `Startup nfcapd.`, `Terminating nfcapd.`, `Can't rename dump file`, `Skip
UDP packet. ...`, `Unexpected netflow version %i`, `Data length error: ...`) and netflow_v9.c's
`Process_v9: New exporter: ...`; Data Plane API's reload agent (`Reload failed, restarting with
last known good config...`, `"Reload failed " + err`, `executing %s failed: %s`) and
configure_data_plane.go's signal handler (`Reloaded Data Plane API`, `Rereading Configuration
Files`) and runtime client set-up (`Error setting up runtime client with sockets: %v : %s`,
`Runtime API not configured, not using it: `); VPP's plugin loader (`Loaded plugin`, `Plugin
disabled (default): %s`, `Plugin disabled: %s`) and dpdk plugin (`EAL init args: %s`, DPDK's log
stream read into the plugin's log). Real logs quoted in issues and READMEs confirmed pfxlog's
text and JSON layouts and the controller's and routers' messages (issues of openziti/ziti and
zrok: the start-up lines, `finished sychronizing api sessions ...`, the link lines, `responded
with error`, `failed to dial fabric`, `failure while handling route update`, `sync all
subscribers`; a pull request's `heartbeat not received in time, link may be unhealthy`), the Data
Plane API's start lines and its `started` / `completed handling request` fields, nfcapd's
`Process_v9: [%u] Add template %u` and `Bound to IPv4 host/IP: ...`, vlib's log layout and the
`dpdk` class's EAL lines.

Least sure (written from the helper's knowledge): VpnCloud 2.3's `Opened device %s` (1.x's
wording), the start-up order and the text inside `Name can not be resolved: %s`; OpenZiti's
`starting ziti-router` (the controller's line is confirmed), the goroutine pools' names, the
JSON layout's `file` paths and line numbers, `network = %s`'s later keys; nfcapd 1.7's `Bound
to IPv4 host/IP: %s, Port: %s` (confirmed for 1.6), the `Process_ipfix:` twins of the v9 lines,
the reboot's order; the Data Plane API 2.1 version string, `Stopped serving data plane at
http://%s` (go-swagger's generated server), `took=` and `length=` renderings; VPP 24.02's VAT
plugin lines (`vat-plug/load`), the plugin list and which are disabled by default, DPDK 23.11's
EAL wordings (`No free %zu kB hugepages reported on node %u`, `Using IOMMU type %d (%s)`,
`Probe PCI driver: ...`), and the vlib log file having the same layout as `show log`."""

from __future__ import annotations

import json
import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, syslog_ts
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any

SEC = 1_000_000
MS = 1_000
LOCAL = timedelta(hours=2)
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


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


def b62(r: random.Random, n: int, alphabet: str = B62) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------------------------- vpncloud

VC_SITES = {
    # name: (listen address others see, tun address, UPnP gateway or None, NAT)
    "hq": ("203.0.113.10", "10.200.0.1", None, False),
    "dc": ("198.51.100.20", "10.200.0.2", None, False),
    "branch1": ("192.0.2.45", "10.200.1.1", "192.168.10.1:5000", False),
    "branch2": ("192.0.2.78", "10.200.2.1", None, True),
}
VC_HOME = [
    "198.51.100.61",
    "198.51.100.88",
    "203.0.113.142",
    "203.0.113.157",
    "192.0.2.201",
    "192.0.2.219",
    "198.51.100.173",
    "203.0.113.190",
    "192.0.2.230",
    "198.51.100.244",
]
VC_FORGOT = "Forgot peer %s due to timeout"
VC_ADDED = "Added peer %s"
VC_CLOSING = "Closing connection to %s"
VC_NONINIT = "Ignoring non-init message from unknown peer %s"


def vpncloud(r: random.Random) -> list[Log]:
    """Four sites' VpnCloud 2.3 nodes, 06:00 to 12:00 UTC (see the module docstring)."""
    fs = Files()
    gen = dict.fromkeys(VC_SITES, 0)
    up: dict[str, list[tuple[datetime, datetime]]] = {s: [] for s in VC_SITES}

    def L(site: str, t: datetime, level: str, label: str, msg: str) -> datetime:
        return fs.add(
            f"vpncloud-{site}.log",
            t,
            label,
            lambda x: [f"{x + LOCAL:%Y-%m-%d %H:%M:%S} - {level} - {msg}"],
            (site, gen[site]),
            SEC,
        )

    def running(site: str, t: datetime) -> bool:
        return not any(a <= t < b for a, b in up[site])

    def start(site: str, t: datetime) -> datetime:
        _, tun, gw, _ = VC_SITES[site]
        t = L(site, t, "INFO", "Opened device %s", "Opened device vpncloud0")
        if gw:
            t = L(
                site,
                t,
                "INFO",
                "Port-forwarding: found router at %s",
                f"Port-forwarding: found router at {gw}",
            )
            ext = VC_SITES[site][0]
            t = L(
                site,
                t + sec(r.uniform(0.05, 0.4)),
                "INFO",
                "Port-forwarding: external IP is %s",
                f"Port-forwarding: external IP is {ext}",
            )
            t = L(
                site,
                t + sec(r.uniform(0.05, 0.3)),
                "INFO",
                "Port-forwarding: sucessfully activated port forward on %s, timeout: %s",
                f"Port-forwarding: sucessfully activated port forward on {ext}:3210, timeout: 300",
            )
        else:
            t = L(
                site,
                t + sec(r.uniform(1.5, 2.5)),
                "WARN",
                "Port-forwarding: no router found",
                "Port-forwarding: no router found",
            )
        return L(
            site,
            t,
            "INFO",
            "Auto-claiming %s due to interface address",
            f"Auto-claiming {tun}/32 due to interface address",
        )

    def stop(site: str, t: datetime) -> datetime:
        t = L(site, t, "INFO", "Shutting down...", "Shutting down...")
        if VC_SITES[site][2]:
            t = L(
                site,
                t + sec(r.uniform(0.05, 0.4)),
                "INFO",
                "Port-forwarding: successfully deactivated port forwarding",
                "Port-forwarding: successfully deactivated port forwarding",
            )
        return t

    # site addresses as the others see them (branch2's NAT mapping changes)
    def nat_port() -> int:
        return r.randrange(20000, 65000)

    site_addr = {s: f"{VC_SITES[s][0]}:3210" for s in VC_SITES}
    site_addr["branch2"] = f"192.0.2.78:{nat_port()}"

    # --- the night's state: every site knows every other site
    # --- home offices: sessions with NAT rebinds; each site node sees them
    def peer_event_all(
        t: datetime, label: str, level: str, addr: str, sites: list[str], spread: float
    ) -> None:
        for s in sites:
            x = t + sec(r.uniform(0, spread))
            if running(s, x):
                L(s, x, level, label, label % addr)

    all_sites = list(VC_SITES)
    hq_down = (at(8, 30, 12), at(8, 31, 9))
    up["hq"].append(hq_down)
    b2_out = (at(7, 40, 10), at(7, 53, 40))

    for ip in VC_HOME:
        t = T0 + sec(r.uniform(0, 3 * 3600)) if r.random() < 0.7 else T0 + sec(r.uniform(0, 600))
        online = r.random() < 0.3
        addr = f"{ip}:{nat_port()}"
        if not online:
            peer_event_all(t, VC_ADDED, "INFO", addr, all_sites, 3)
        while t < T_END:
            nxt = t + sec(r.uniform(10, 26) * 60)
            if nxt >= T_END:
                break
            if r.random() < 0.12:
                # laptop closed or suspended: close message or timeout
                if r.random() < 0.5:
                    peer_event_all(nxt, VC_CLOSING, "INFO", addr, all_sites, 1.5)
                else:
                    peer_event_all(nxt + sec(300), VC_FORGOT, "INFO", addr, all_sites, 2)
                    if r.random() < 0.4:
                        x = nxt + sec(r.uniform(20, 280))
                        L(
                            "hq",
                            x,
                            "WARN",
                            "Destination for %s not found in peers: %s",
                            f"Destination for 10.200.9.{r.randrange(10, 90)} not found in peers: {addr}",
                        )
                t = nxt + sec(r.uniform(15, 70) * 60)
                addr = f"{ip}:{nat_port()}"
                peer_event_all(t, VC_ADDED, "INFO", addr, all_sites, 3)
                continue
            # NAT rebind: the new mapping inits at once, the old one times out
            old = addr
            addr = f"{ip}:{nat_port()}"
            peer_event_all(nxt, VC_ADDED, "INFO", addr, all_sites, 3)
            peer_event_all(nxt + sec(r.uniform(200, 300)), VC_FORGOT, "INFO", old, all_sites, 2)
            if r.random() < 0.15:
                s = r.choice(all_sites)
                x = nxt + sec(r.uniform(300, 330))
                if running(s, x):
                    L(
                        s,
                        x,
                        "ERROR",
                        "Received peer update from non peer %s",
                        f"Received peer update from non peer {old}",
                    )
            t = nxt

    # --- branch2's NAT mapping changes now and then (no UPnP on its router)
    t = T0 + sec(r.uniform(20, 40) * 60)
    while t < T_END:
        if not in_any(t, [b2_out]):
            old = site_addr["branch2"]
            site_addr["branch2"] = f"192.0.2.78:{nat_port()}"
            peer_event_all(t, VC_ADDED, "INFO", site_addr["branch2"], ["hq", "dc", "branch1"], 2)
            peer_event_all(
                t + sec(r.uniform(220, 300)), VC_FORGOT, "INFO", old, ["hq", "dc", "branch1"], 2
            )
        t += sec(r.uniform(35, 55) * 60)

    # --- branch2's WAN outage: sends fail, everybody forgets everybody
    for x in jitter_times(r, b2_out[0] + sec(2), b2_out[1], 6.5, 1.0):
        L("branch2", x, "ERROR", "Socker error: %s", "Socker error: IOError when sending")
    for s in ["hq", "dc", "branch1"]:
        x = b2_out[0] + sec(r.uniform(240, 300))
        L(s, x, "INFO", VC_FORGOT, VC_FORGOT % site_addr["branch2"])
    for s in ["hq", "dc", "branch1"]:
        x = b2_out[0] + sec(r.uniform(280, 310))
        L("branch2", x, "INFO", VC_FORGOT, VC_FORGOT % site_addr[s])
    site_addr["branch2"] = f"192.0.2.78:{nat_port()}"
    for s in ["hq", "dc", "branch1"]:
        x = b2_out[1] + sec(r.uniform(1, 6))
        L("branch2", x, "INFO", VC_ADDED, VC_ADDED % site_addr[s])
        L(s, x + sec(0.2), "INFO", VC_ADDED, VC_ADDED % site_addr["branch2"])

    # --- hq's upgrade at 08:30
    stop("hq", hq_down[0])
    for s in ["dc", "branch1", "branch2"]:
        L(
            s,
            hq_down[0] + sec(r.uniform(0.1, 1.0)),
            "INFO",
            VC_CLOSING,
            VC_CLOSING % site_addr["hq"],
        )
    gen["hq"] += 1
    t = start("hq", hq_down[1])
    for s in ["dc", "branch1", "branch2"]:
        x = t + sec(r.uniform(1, 8))
        L("hq", x, "INFO", VC_ADDED, VC_ADDED % site_addr[s])
        L(s, x + sec(0.3), "INFO", VC_ADDED, VC_ADDED % site_addr["hq"])
    for ip in r.sample(VC_HOME, 6):
        a = f"{ip}:{nat_port()}"
        for x in jitter_times(r, t + sec(0.5), t + sec(r.uniform(8, 25)), 1.6):
            L("hq", x, "INFO", VC_NONINIT, VC_NONINIT % a)
        L("hq", t + sec(r.uniform(20, 60)), "INFO", VC_ADDED, VC_ADDED % a)

    # --- branch1's vpncloud restarted at 09:20 (systemctl restart after a config change)
    b1 = at(9, 20, 33)
    x = stop("branch1", b1)
    up["branch1"].append((b1, b1 + sec(4)))
    for s in ["hq", "dc", "branch2"]:
        L(s, b1 + sec(r.uniform(0.1, 0.9)), "INFO", VC_CLOSING, VC_CLOSING % site_addr["branch1"])
    gen["branch1"] += 1
    t = start("branch1", b1 + sec(4))
    for s in ["hq", "dc", "branch2"]:
        y = t + sec(r.uniform(1, 6))
        L("branch1", y, "INFO", VC_ADDED, VC_ADDED % site_addr[s])
        L(s, y + sec(0.2), "INFO", VC_ADDED, VC_ADDED % site_addr["branch1"])

    # --- a new laptop with a mistyped password, 10:05-10:48 (reconnect back-off)
    bad = f"203.0.113.77:{nat_port()}"
    x, tries, gap = at(10, 5, 13), 0, 1.0
    while x < at(10, 48, 30):
        for s in ["hq", "dc"]:
            L(
                s,
                x + sec(r.uniform(0.02, 0.3)),
                "INFO",
                "Ignoring invalid init message from peer %s",
                f"Ignoring invalid init message from peer {bad}",
            )
        tries += 1
        if tries > 10:
            tries, gap = 0, gap * 2
        x += sec(gap + r.uniform(0, 0.4))
    good = f"203.0.113.77:{nat_port()}"
    peer_event_all(at(10, 51, 2), VC_ADDED, "INFO", good, all_sites, 3)

    # --- a forgotten 1.x lab node keeps knocking (incompatible crypto)
    lab = "198.51.100.140:3210"
    for x in jitter_times(r, T0, T_END, 9 * 60, 60):
        for s in ["hq", "dc"]:
            y = x + sec(r.uniform(0.01, 0.5))
            if running(s, y):
                L(
                    s,
                    y,
                    "INFO",
                    "Closing pending connection to %s due to error in crypto init",
                    f"Closing pending connection to {lab} due to error in crypto init",
                )

    # --- branch1's resolver broken, 11:05-11:35 (the reconnect list resolves every 300 s)
    x = at(11, 6, 41)
    while x < at(11, 35):
        L(
            "branch1",
            x,
            "WARN",
            "Failed to resolve %s: Name can not be resolved: %s",
            'Failed to resolve vpn.example.net:3210: Name can not be resolved: "vpn.example.net:3210:3210"',
        )
        x += sec(300)
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- openziti

ZT_ROUTERS = {
    # name: (router id, file, start instant of the process)
    "edge-fra": ("Qm2tV-9rXe", "ziti-router-edge-fra.log"),
    "edge-ams": ("pZ8kD_3Lwa", "ziti-router-edge-ams.log"),
    "dc1": ("Tn4-hR7cQs", "ziti-router-dc1.log"),
}
ZT_SERVICES = {
    "erp-api": "2S9rlnJmSuajOmuyxrVWDA",
    "git-ssh": "5hKq2WcLr0Zx8vYtNbPe3M",
    "grafana": "7dXwQ1pEo9sRbT4uVyZa6C",
    "payroll-db": "3FgHj8kLmN2pQrS5tUvW1x",
}
ZT_NETWORK_OPTIONS = [
    '  "CreateCircuitRetries": 2,',
    '  "CycleSeconds": 60,',
    '  "EnableLegacyLinkMgmt": false,',
    '  "InitialLinkLatency": 65000000000,',
    '  "IntervalAgeThreshold": 0,',
    '  "MetricsReportInterval": 60000000000,',
    '  "MinRouterCost": 10,',
    '  "RouterConnectChurnLimit": 60000000000,',
    '  "RouterMessaging": {',
    '    "MaxWorkers": 100,',
    '    "QueueSize": 100',
    "  },",
    '  "SmartRerouteCap": 4,',
    '  "SmartRerouteFraction": 0.02',
    "}",
]

ZT_SRC = {
    "link destination support heartbeats": "router/handler_link/bind.go:97",
    "accepted new link [%s]": "router/xlink_accepter.go:54",
    "link closed": "router/handler_link/close.go:49",
    "link fault reported, closing": "router/handler_ctrl/fault.go:60",
    "link already present, but link status still pending": "router/link/link_registry.go:472",
    "heartbeat not received in time, link may be unhealthy": "router/handler_link/bind.go:171",
    "failure while handling route update": "router/handler_ctrl/route.go:138",
    "finished sychronizing api sessions [count: %d, syncId: %s, duration: %v]": "router/handler_edge_ctrl/apiSessionAdded.go:248",
}


def docker_ts(t: datetime) -> str:
    """`docker logs -t`: RFC 3339 with nanoseconds, UTC."""
    return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}{(t.microsecond * 7 + t.second) % 1000:03d}Z"


def pfx_fields(r: random.Random, fields: list[tuple[str, str]]) -> str:
    """pfxlog's text fields, `{k=[v] ...} `, in Go's map order (random per line)."""
    if not fields:
        return ""
    fs_ = list(fields)
    r.shuffle(fs_)
    return "{" + " ".join(f"{k}=[{v}]" for k, v in fs_) + "} "


def go_json(obj: dict[str, object]) -> str:
    return (
        json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
    )


def openziti(r: random.Random) -> list[Log]:
    """An OpenZiti 1.1 network's controller and three routers, 06:00 to 12:00 UTC (see the module docstring)."""
    fs = Files()
    starts = {
        "ctrl": at(6, 0, 0.812),
        "edge-fra": datetime(2024, 6, 6, 2, 11, 47, 310000, tzinfo=T0.tzinfo),
        "edge-ams": datetime(2024, 6, 5, 22, 40, 3, 95000, tzinfo=T0.tzinfo),
        "dc1": datetime(2024, 5, 30, 14, 2, 51, 0, tzinfo=T0.tzinfo),
    }
    gen = {k: 0 for k in starts}

    def text(
        proc: str,
        fname: str,
        t: datetime,
        level: str,
        func: str,
        label: str,
        msg: str,
        fields: list[tuple[str, str]] | None = None,
        extra: list[str] | None = None,
    ) -> datetime:
        f = pfx_fields(r, fields or [])
        t0 = starts[proc]

        def render(x: datetime) -> list[str]:
            rel = (x - t0).total_seconds()
            head = f"{docker_ts(x + sec(0.000031))} [{rel:8.3f}] {level:>7} {func}: {f}{msg}"
            return [head] + [f"{docker_ts(x + sec(0.000035))} {e}" for e in (extra or [])]

        return fs.add(fname, t, label, render, (proc, gen[proc]), MS)

    def C(
        t: datetime,
        level: str,
        func: str,
        label: str,
        msg: str,
        fields: list[tuple[str, str]] | None = None,
        extra: list[str] | None = None,
    ) -> datetime:
        return text("ctrl", "ziti-controller.log", t, level, func, label, msg, fields, extra)

    def R(
        router: str,
        t: datetime,
        level: str,
        func: str,
        label: str,
        msg: str,
        fields: list[tuple[str, str]] | None = None,
    ) -> datetime:
        if router == "dc1":
            return J(t, level, func, label, msg, fields)
        return text(router, ZT_ROUTERS[router][1], t, level, func, label, msg, fields)

    def J(
        t: datetime,
        level: str,
        func: str,
        label: str,
        msg: str,
        fields: list[tuple[str, str]] | None = None,
    ) -> datetime:
        """dc1's router under systemd: logrus JSON through the journal (`journalctl -u ziti-router`)."""
        lvl = {"INFO": "info", "WARNING": "warning", "ERROR": "error"}[level]
        fn, _, ctx = func.partition(" [")
        obj: dict[str, object] = {
            "file": "github.com/openziti/ziti/" + ZT_SRC[label],
            "func": "github.com/openziti/" + fn,
            "level": lvl,
            "msg": msg,
        }
        if ctx:
            obj["context"] = ctx.rstrip("]")
        for k, v in fields or []:
            obj[k] = v
        pid = 1184 + gen["dc1"] * 2377

        def render(x: datetime) -> list[str]:
            o = dict(obj)
            o["time"] = f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond // 1000:03d}Z"
            return [f"{x:%b %d %H:%M:%S} dc1-er01 ziti-router[{pid}]: {go_json(o)}"]

        return fs.add("ziti-router-dc1.log", t, label, render, ("dc1", gen["dc1"]), MS)

    ids = {k: v[0] for k, v in ZT_ROUTERS.items()}
    chan = {k: b62(r, 4) for k in ZT_ROUTERS}
    pairs = [("edge-fra", "edge-ams"), ("edge-fra", "dc1"), ("edge-ams", "dc1")]
    links = {p: b62(r, 22) for p in pairs}

    def ctrl_ctx(router: str, state: str = "classic") -> str:
        return f"[ch{{ctrl}}->u{{{state}}}->i{{{chan[router]}}}]"

    def link_up(t: datetime, dialer: str, acceptor: str) -> datetime:
        key = (dialer, acceptor) if (dialer, acceptor) in links else (acceptor, dialer)
        lid = links[key] = b62(r, 22)
        t = R(
            acceptor,
            t,
            "INFO",
            "ziti/router/handler_link.(*bindHandler).BindChannel",
            "link destination support heartbeats",
            "link destination support heartbeats",
            [("linkId", lid), ("routerId", ids[dialer]), ("routerVersion", "v1.1.3")],
        )
        return R(
            acceptor,
            t,
            "INFO",
            "ziti/router.(*xlinkAccepter).Accept",
            "accepted new link [%s]",
            f"accepted new link [l/{lid}]",
        )

    def link_down(t: datetime, a: str, b: str, fault_on: str | None) -> datetime:
        key = (a, b) if (a, b) in links else (b, a)
        lid = links[key]
        for side, other in [(a, b), (b, a)]:
            x = t + sec(r.uniform(0.001, 0.05))
            R(
                side,
                x,
                "INFO",
                f"ziti/router/handler_link.(*closeHandler).HandleClose [ch{{l/{lid}}}->u{{classic}}->i{{{b62(r, 4)}}}]",
                "link closed",
                "link closed",
                [("routerId", ids[other]), ("linkId", lid)],
            )
        if fault_on:
            R(
                fault_on,
                t + sec(r.uniform(0.05, 0.4)),
                "INFO",
                f"ziti/router/handler_ctrl.(*faultHandler).handleFault {ctrl_ctx(fault_on)}",
                "link fault reported, closing",
                "link fault reported, closing",
                [("linkId", lid)],
            )
        return t + sec(0.5)

    def pending(t: datetime, router: str, other: str) -> datetime:
        return R(
            router,
            t,
            "WARNING",
            "ziti/router/link.(*linkRegistryImpl).evaluateLinkState.func1",
            "link already present, but link status still pending",
            "link already present, but link status still pending",
            [("key", f"default->tls:{ids[other]}->default")],
        )

    def api_sync(t: datetime, router: str, count: int, state: str = "classic") -> datetime:
        dur = f"{r.uniform(30, 900):.3f}µs"
        return R(
            router,
            t,
            "INFO",
            "ziti/router/handler_edge_ctrl.(*apiSessionAddedHandler).applySync",
            "finished sychronizing api sessions [count: %d, syncId: %s, duration: %v]",
            f"finished sychronizing api sessions [count: {count}, syncId: cl{b62(r, 23, '0123456789abcdefghijklmnopqrstuvwxyz')}, duration: {dur}]",
        )

    def pools(t: datetime, proc_call) -> datetime:  # type: ignore[no-untyped-def]
        for pool, mx in [
            ("pool.router.messaging", 100),
            ("pool.link.state", 16),
            ("pool.route.handler", 128),
        ]:
            t = proc_call(
                t,
                "INFO",
                "ziti/common/metrics.ConfigureGoroutinesPoolMetrics.GoroutinesPoolMetricsConfigF.func1.1",
                "starting goroutine pool",
                "starting goroutine pool",
                [
                    ("maxQueueSize", "100" if mx < 128 else "1000"),
                    ("minWorkers", "0"),
                    ("maxWorkers", str(mx)),
                    ("idleTime", "30s"),
                    ("poolType", pool),
                ],
            )
        return t

    # --- 06:00 the controller's container restarted on the new image
    t = starts["ctrl"] + sec(0.046)
    t = C(
        t,
        "INFO",
        "ziti/ziti/controller.run",
        "starting ziti-controller",
        "starting ziti-controller",
        [
            ("version", "v1.1.3"),
            ("arch", "amd64"),
            ("build-date", "2024-05-22T17:41:12Z"),
            ("go-version", "go1.22.3"),
            ("os", "linux"),
            ("revision", "8c1f29a5be07"),
            ("nodeId", "ctrl1"),
        ],
    )
    t = C(
        t + sec(0.032),
        "INFO",
        "ziti/controller/db.RunMigrations.(*migrationManager).Migrate.func1",
        "edge datastore is up to date at version %v",
        "edge datastore is up to date at version 37",
    )
    t = C(
        t + sec(1.18),
        "INFO",
        "storage/boltz.(*DbImpl).GetTimelineId.func1",
        "checking timeline id. reset required? %v timelineId: %v",
        "checking timeline id. reset required? false timelineId: XbygXwhHR",
    )
    t = pools(t + sec(0.04), lambda x, lv, fn, lb, m, f: C(x, lv, fn, lb, m, f))
    t = C(
        t + sec(0.001),
        "INFO",
        "ziti/controller/network.(*Network).showOptions",
        "network = %s",
        "network = {",
        extra=ZT_NETWORK_OPTIONS,
    )
    for subs, router in enumerate(["edge-fra", "dc1", "edge-ams"], 1):
        x = t + sec(r.uniform(2, 9))
        C(
            x,
            "INFO",
            "ziti/common.syncAllSubscribersEvent.process",
            "sync all subscribers",
            "sync all subscribers",
            [("subs", str(subs))],
        )
        api_sync(x + sec(r.uniform(0.05, 0.3)), router, r.randint(180, 260), "reconnecting")
        for other in ZT_ROUTERS:
            if other != router and r.random() < 0.6:
                pending(x + sec(r.uniform(0.3, 1.2)), router, other)

    # --- edge-ams's lossy uplink 07:10-08:40: heartbeats missed, links faulted and redialled
    lossy = (at(7, 10, 22), at(8, 40, 5))
    x = lossy[0]
    while x < lossy[1]:
        for other in ["edge-fra", "dc1"]:
            if r.random() < 0.35:
                continue
            key = ("edge-ams", other) if ("edge-ams", other) in links else (other, "edge-ams")
            lid = links[key]
            y = x + sec(r.uniform(0, 40))
            n = r.randint(2, 6)
            for i in range(n):
                side = "edge-ams" if r.random() < 0.6 else other
                R(
                    side,
                    y + sec(i * 10 + r.uniform(0, 0.9)),
                    "WARNING",
                    "ziti/router/handler_link.(*heartbeatCallback).CheckHeartBeat",
                    "heartbeat not received in time, link may be unhealthy",
                    "heartbeat not received in time, link may be unhealthy",
                    [("channelId", f"l/{lid}")],
                )
            y += sec(n * 10 + r.uniform(1, 5))
            if r.random() < 0.75:
                link_down(y, "edge-ams", other, "edge-ams" if r.random() < 0.7 else None)
                if other == "dc1" or r.random() < 0.3:
                    for _ in range(r.randint(1, 4)):
                        J(
                            y + sec(r.uniform(0.2, 3)),
                            "ERROR",
                            "ziti/router/handler_ctrl.(*routeHandler).fail [ch{ctrl}->u{classic}->i{"
                            + chan["dc1"]
                            + "}]",
                            "failure while handling route update",
                            "failure while handling route update",
                            [
                                ("_channels", ["establishPath"]),  # type: ignore[list-item]
                                (
                                    "apiSessionId",
                                    "cl" + b62(r, 23, "0123456789abcdefghijklmnopqrstuvwxyz"),
                                ),
                                ("attempt", 0),  # type: ignore[list-item]
                                ("attemptNumber", "1"),
                                ("circuitId", b62(r, 9)),
                                ("error", f"invalid link destination {lid}"),
                                ("serviceId", r.choice(list(ZT_SERVICES.values()))),
                                (
                                    "sessionId",
                                    "cl" + b62(r, 23, "0123456789abcdefghijklmnopqrstuvwxyz"),
                                ),
                            ],
                        )
                z = y + sec(r.uniform(4, 25))
                if r.random() < 0.3:
                    pending(z - sec(1.5), "edge-ams", other)
                link_up(z, "edge-ams", other)
        x += sec(r.uniform(2, 4.5) * 60)

    # --- 09:04-09:41 the ERP's hosting tunneler is down: dials of erp-api find no terminators
    down = (at(9, 4, 31), at(9, 41, 12))
    conn_ids: dict[str, int] = {}
    for x in jitter_times(r, down[0], down[1], 5.2, 0.2):
        router = "edge-fra" if r.random() < 0.62 else "edge-ams"
        token = f"{b62(r, 8, '0123456789abcdef')}-{b62(r, 4, '0123456789abcdef')}-4{b62(r, 3, '0123456789abcdef')}-{r.choice('89ab')}{b62(r, 3, '0123456789abcdef')}-{b62(r, 12, '0123456789abcdef')}"
        err = f"service {ZT_SERVICES['erp-api']} has no terminators"
        C(
            x,
            "ERROR",
            f"ziti/controller/handler_edge_ctrl.(*baseRequestHandler).returnError [ch{{{ids[router]}}}->u{{classic}}->i{{{ids[router]}/{chan[router]}}}]",
            "responded with error",
            "responded with error",
            [
                ("routerId", ids[router]),
                ("token", token),
                ("operation", "create.circuit"),
                ("error", err),
            ],
        )
        cid = conn_ids[token] = r.randint(1, 40)
        R(
            router,
            x + sec(r.uniform(0.002, 0.006)),
            "WARNING",
            f"ziti/router/xgress_edge.(*edgeClientConn).processConnect [ch{{edge}}->u{{classic}}->i{{{b62(r, 9)}/{b62(r, 4)}}}]",
            "failed to dial fabric",
            "failed to dial fabric",
            [
                ("type", "EdgeConnectType"),
                ("token", token),
                ("error", err),
                ("chSeq", str(r.randint(3, 90))),
                ("edgeSeq", "0"),
                ("connId", str(cid)),
            ],
        )

    # --- 11:12-11:24 the payroll database's tunneler restarted with a stale identity: no terminators either
    for x in jitter_times(r, at(11, 12, 5), at(11, 24, 40), 6.5, 0.2):
        router = "edge-fra"
        token = f"{b62(r, 8, '0123456789abcdef')}-{b62(r, 4, '0123456789abcdef')}-4{b62(r, 3, '0123456789abcdef')}-{r.choice('89ab')}{b62(r, 3, '0123456789abcdef')}-{b62(r, 12, '0123456789abcdef')}"
        err = f"service {ZT_SERVICES['payroll-db']} has no terminators"
        C(
            x,
            "ERROR",
            f"ziti/controller/handler_edge_ctrl.(*baseRequestHandler).returnError [ch{{{ids[router]}}}->u{{classic}}->i{{{ids[router]}/{chan[router]}}}]",
            "responded with error",
            "responded with error",
            [
                ("routerId", ids[router]),
                ("token", token),
                ("operation", "create.circuit"),
                ("error", err),
            ],
        )
        R(
            router,
            x + sec(r.uniform(0.002, 0.006)),
            "WARNING",
            f"ziti/router/xgress_edge.(*edgeClientConn).processConnect [ch{{edge}}->u{{classic}}->i{{{b62(r, 9)}/{b62(r, 4)}}}]",
            "failed to dial fabric",
            "failed to dial fabric",
            [
                ("type", "EdgeConnectType"),
                ("token", token),
                ("error", err),
                ("chSeq", str(r.randint(3, 90))),
                ("edgeSeq", "0"),
                ("connId", str(r.randint(1, 40))),
            ],
        )

    # --- 10:30 edge-ams's container restarted after the ISP's fix
    gen["edge-ams"] += 1
    starts["edge-ams"] = at(10, 30, 4.117)
    chan["edge-ams"] = b62(r, 4)
    t = starts["edge-ams"] + sec(0.021)
    t = R(
        "edge-ams",
        t,
        "INFO",
        "ziti/ziti/router.run",
        "starting ziti-router",
        "starting ziti-router",
        [
            ("version", "v1.1.3"),
            ("arch", "amd64"),
            ("build-date", "2024-05-22T17:41:12Z"),
            ("go-version", "go1.22.3"),
            ("os", "linux"),
            ("revision", "8c1f29a5be07"),
            ("routerId", ids["edge-ams"]),
        ],
    )
    t = pools(t + sec(0.012), lambda x, lv, fn, lb, m, f: R("edge-ams", x, lv, fn, lb, m, f))
    C(
        t + sec(0.4),
        "INFO",
        "ziti/common.syncAllSubscribersEvent.process",
        "sync all subscribers",
        "sync all subscribers",
        [("subs", "3")],
    )
    t = api_sync(t + sec(0.6), "edge-ams", r.randint(200, 280))
    for other in ["edge-fra", "dc1"]:
        link_up(t + sec(r.uniform(1, 4)), other, "edge-ams")
        link_up(t + sec(r.uniform(4, 8)), "edge-ams", other)

    # --- all morning: the controller's and routers' quieter lines
    for x in jitter_times(r, T0 + sec(600), T_END, 22 * 60):
        router = r.choice(list(ZT_ROUTERS))
        other = r.choice([o for o in ZT_ROUTERS if o != router])
        if in_any(x, [lossy]) or at(10, 29) < x < at(10, 33):
            continue
        pending(x, router, other)
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ nfcapd

NF_SOURCES = {
    # ident: (exporter address, observation domain, templates, flows per 5 minutes)
    "rtr-core1": ("10.0.0.1", 0, [256, 257, 258], 182_000),
    "rtr-core2": ("10.0.0.2", 0, [256, 257, 258], 164_000),
    "fw-edge1": ("10.0.0.9", 1, [260, 261], 61_000),
    "sw-agg1": ("10.0.1.11", 256, [400, 401], 34_000),
    "sw-agg2": ("10.0.1.12", 256, [400, 401], 29_000),
}
NF_IDENT = (
    "Ident: '%s' Flows: %llu, Packets: %llu, Bytes: %llu, Sequence Errors: %u, Bad Packets: %u"
)


class NfProc:
    """One nfcapd process: its sources in -n order, its pid, the counters of the current slot."""

    def __init__(self, host: str, pid: int, port: int, sources: list[str], proto: str) -> None:
        self.host, self.pid, self.port, self.sources, self.proto = host, pid, port, sources, proto
        self.bad = dict.fromkeys(sources, 0)
        self.ignored = 0
        self.known: set[str] = set()


def nfcapd(r: random.Random) -> list[Log]:
    """Two flow collectors' nfcapd (nfdump 1.7.2), 06:00 to 12:00 UTC (see the module docstring)."""
    fs = Files()

    def L(p: NfProc, t: datetime, label: str, msg: str) -> datetime:
        pid = p.pid
        return fs.add(
            f"{p.host}-syslog",
            t,
            label,
            lambda x: [f"{syslog_ts(x)} {p.host} nfcapd[{pid}]: {msg}"],
            (p.host, pid),
            SEC,
        )

    v9 = NfProc("flowcol1", 1021, 9995, ["rtr-core1", "rtr-core2", "fw-edge1"], "v9")
    ipfix = NfProc("flowcol1", 1034, 4739, ["sw-agg1", "sw-agg2"], "ipfix")
    standby = NfProc("flowcol2", 988, 9995, ["rtr-core1", "rtr-core2", "fw-edge1"], "v9")
    procs = [v9, ipfix, standby]
    for p in procs:
        p.known = set(p.sources)

    disk_full = (at(7, 30), at(7, 52))
    congestion = (at(10, 0), at(10, 25))

    def slot_stats(src: str, frac: float, t: datetime) -> tuple[int, int, int, int]:
        base = NF_SOURCES[src][3]
        hour = t.hour + t.minute / 60
        load = 0.55 + 0.5 * min(1.0, max(0.0, (hour - 6.5) / 3))
        flows = int(base * load * frac * r.uniform(0.85, 1.15))
        pkts = int(flows * r.uniform(38, 61))
        byts = int(pkts * r.uniform(640, 910))
        seq = 0
        if in_any(t, [congestion]) and src.startswith("rtr"):
            seq = r.randint(3, 140)
        elif r.random() < 0.04:
            seq = r.randint(1, 4)
        return flows, pkts, byts, seq

    def rotate(p: NfProc, t: datetime, frac: float = 1.0) -> datetime:
        for src in p.sources:
            if p.host == "flowcol2" and in_any(t, [disk_full]):
                t = L(
                    p,
                    t,
                    "Ident: %s, Can't rename dump file: %s",
                    f"Ident: {src}, Can't rename dump file: No space left on device",
                )
            flows, pkts, byts, seq = slot_stats(src, frac, t)
            t = L(
                p,
                t,
                NF_IDENT,
                f"Ident: '{src}' Flows: {flows}, Packets: {pkts}, Bytes: {byts}, Sequence Errors: {seq}, Bad Packets: {p.bad[src]}",
            )
            p.bad[src] = 0
        if p.ignored:
            t = L(p, t, "Total ignored packets: %u", f"Total ignored packets: {p.ignored}")
            p.ignored = 0
        return t

    def startup(p: NfProc, t: datetime) -> datetime:
        t = L(
            p,
            t,
            "Bound to IPv4 host/IP: %s, Port: %s",
            f"Bound to IPv4 host/IP: any, Port: {p.port}",
        )
        t = L(p, t, "Startup nfcapd.", "Startup nfcapd.")
        for sysid, src in enumerate(p.sources, 1):
            ip, dom, tmpls, _ = NF_SOURCES[src]
            x = t + sec(r.uniform(0.2, 20))
            tag = "Process_v9" if p.proto == "v9" else "Process_ipfix"
            x = L(
                p,
                x,
                f"{tag}: New exporter: SysID: %u, Domain: %u, IP: %s",
                f"{tag}: New exporter: SysID: {sysid}, Domain: {dom}, IP: {ip}",
            )
            for tm in tmpls:
                x = L(
                    p,
                    x + sec(r.uniform(0, 1.5) if tm == tmpls[0] else r.uniform(0, 40)),
                    f"{tag}: [%u] Add template %u",
                    f"{tag}: [{dom}] Add template {tm}",
                )
        return t

    # what arrives between rotations, simulated slot by slot so the counters agree
    skips = jitter_times(r, at(9, 10, 44), at(9, 33, 3), 2.4, 0.3)  # a new router, no -n for it
    sflow = jitter_times(r, at(10, 40, 12), at(11, 2, 40), 3.0, 0.4)  # sw-agg2 sends sFlow
    runts = jitter_times(r, T0, T_END, 75 * 60)  # fw-edge1's runt packets

    def between(p: NfProc, a: datetime, b: datetime) -> None:
        if p is standby:
            for x in skips:
                if a <= x < b:
                    L(
                        p,
                        x,
                        "Skip UDP packet. Ignored packets so far %u packets",
                        f"Skip UDP packet. Ignored packets so far {p.ignored} packets",
                    )
                    p.ignored += 1
        if p is ipfix:
            for x in sflow:
                if a <= x < b:
                    p.bad["sw-agg2"] += 1
                    L(
                        p,
                        x,
                        "Ident: %s, Error reading netflow header: Unexpected netflow version %i",
                        "Ident: sw-agg2, Error reading netflow header: Unexpected netflow version 0",
                    )
        if "fw-edge1" in p.sources:
            for x in runts:
                if a <= x < b:
                    p.bad["fw-edge1"] += 1
                    L(
                        p,
                        x + sec(0.004),
                        "Ident: %s, Data length error: too little data for common netflow header. cnt: %i",
                        f"Ident: fw-edge1, Data length error: too little data for common netflow header. cnt: {r.choice([2, 4, 6])}",
                    )

    restart_v9 = at(8, 2, 17)
    restart_ipfix = at(11, 8, 44)  # after sw-agg2's fix, the IPFIX instance is restarted too
    reboot2 = (at(11, 20, 4), at(11, 21, 52))
    slot = T0 - timedelta(minutes=5)
    while slot < T_END:
        nxt = slot + timedelta(minutes=5)
        rot = nxt + sec(1)
        for p in procs:
            if p is v9 and slot <= restart_v9 < nxt:
                # SIGTERM mid-slot: the short slot is flushed, then the new process starts
                between(p, slot + sec(1), restart_v9)
                x = rotate(
                    p,
                    restart_v9 + sec(r.uniform(0.1, 0.6)),
                    (restart_v9 - slot).total_seconds() / 300,
                )
                L(p, x, "Terminating nfcapd.", "Terminating nfcapd.")
                p.pid = 31877
                startup(p, restart_v9 + sec(r.uniform(1.2, 2.0)))
                between(p, restart_v9 + sec(2), rot)
                rotate(p, rot + sec(r.uniform(0, 0.3)), (nxt - restart_v9).total_seconds() / 300)
                continue
            if p is standby and slot <= reboot2[0] < nxt:
                between(p, slot + sec(1), reboot2[0])
                x = rotate(
                    p,
                    reboot2[0] + sec(r.uniform(0.1, 0.6)),
                    (reboot2[0] - slot).total_seconds() / 300,
                )
                L(p, x, "Terminating nfcapd.", "Terminating nfcapd.")
                if reboot2[1] < nxt:
                    p.pid = 612
                    startup(p, reboot2[1])
                continue
            if p is ipfix and slot <= restart_ipfix < nxt:
                between(p, slot + sec(1), restart_ipfix)
                x = rotate(
                    p,
                    restart_ipfix + sec(r.uniform(0.1, 0.6)),
                    (restart_ipfix - slot).total_seconds() / 300,
                )
                L(p, x, "Terminating nfcapd.", "Terminating nfcapd.")
                p.pid = 40212
                startup(p, restart_ipfix + sec(r.uniform(1.2, 2.0)))
                between(p, restart_ipfix + sec(2), rot)
                rotate(p, rot + sec(r.uniform(0, 0.3)), (nxt - restart_ipfix).total_seconds() / 300)
                continue
            if p is standby and slot <= reboot2[1] < nxt:
                p.pid = 612
                startup(p, reboot2[1])
                continue
            if rot > T_END:
                continue
            between(p, slot + sec(1), rot)
            rotate(p, rot + sec(r.uniform(0, 0.4)))
        slot = nxt
    return fs.logs(T0)


# ---------------------------------------------------------------------- haproxy-dataplaneapi

DP_VERSION = "v2.1.2 1d5e0a4"
DP_BACKENDS = {
    "be_web": [f"web-0{i}" for i in range(1, 7)],
    "be_api": [f"api-0{i}" for i in range(1, 5)],
}
DP_ORCH = "10.0.5.21"
DP_MONITOR = "10.0.9.5"
DP_BADCLIENT = "10.0.7.44"


def logrus_value(v: str) -> str:
    """logrus' TextFormatter quotes a value with any character outside [A-Za-z0-9-._/@^+]."""
    ok = all(c.isascii() and (c.isalnum() or c in "-._/@^+") for c in v)
    return v if ok and v else json.dumps(v, ensure_ascii=False)


def logrus_line(t: datetime, level: str, msg: str, fields: dict[str, str] | None = None) -> str:
    out = f'time="{t:%Y-%m-%dT%H:%M:%S}Z" level={level} msg={logrus_value(msg)}'
    for k in sorted(fields or {}):
        out += f" {k}={logrus_value(str((fields or {})[k]))}"
    return out


def go_dur(seconds: float) -> str:
    if seconds < 0.001:
        return f"{seconds * 1e6:.3f}µs".replace(".000µs", "µs")
    return f"{seconds * 1000:.6f}".rstrip("0").rstrip(".") + "ms"


def dataplaneapi(r: random.Random) -> list[Log]:
    """Three load balancers' HAProxy Data Plane API, 06:00 to 12:00 UTC (see the module docstring)."""
    fs = Files()
    lbs = ["lb1", "lb2", "lb3"]
    gen = dict.fromkeys(lbs, 0)
    version = {lb: 117 for lb in lbs}

    def L(
        lb: str, t: datetime, level: str, label: str, msg: str, fields: dict[str, str] | None = None
    ) -> datetime:
        return fs.add(
            f"{lb}-dataplaneapi.log",
            t,
            label,
            lambda x: [logrus_line(x, level, msg, fields)],
            (lb, gen[lb]),
            SEC,
        )

    def req(
        lb: str,
        t: datetime,
        method: str,
        client: str,
        uri: str,
        status: int,
        length: int,
        took: float,
    ) -> datetime:
        t = L(
            lb,
            t,
            "info",
            "started handling request",
            "started handling request",
            {"method": method, "remote": f"{client}:{r.randrange(32768, 61000)}", "request": uri},
        )
        return L(
            lb,
            t + sec(took),
            "info",
            "completed handling request",
            "completed handling request",
            {"length": f"{length}B", "status": str(status), "took": go_dur(took)},
        )

    def start(lb: str, t: datetime, runtime_ok: bool = True) -> datetime:
        t = L(lb, t, "info", "HAProxy Data Plane API %s %s", f"HAProxy Data Plane API {DP_VERSION}")
        t = L(
            lb,
            t,
            "info",
            "Build from: %s",
            "Build from: git@github.com:haproxytech/dataplaneapi.git",
        )
        t = L(lb, t, "info", "Build date: %s", "Build date: 2020-11-05T09:21:34Z")
        if not runtime_ok:
            t = L(
                lb,
                t,
                "warning",
                "Error setting up runtime client with sockets: %v : %s",
                "Error setting up runtime client with sockets: map[1:/var/run/haproxy/admin.sock] : dial unix /var/run/haproxy/admin.sock: connect: no such file or directory",
            )
            t = L(
                lb,
                t,
                "warning",
                "Runtime API not configured, not using it: %s",
                "Runtime API not configured, not using it: dial unix /var/run/haproxy/admin.sock: connect: no such file or directory",
            )
        return L(
            lb,
            t,
            "info",
            "Serving data plane at http://%s",
            "Serving data plane at http://[::]:5555",
        )

    def reloaded(lb: str, t: datetime) -> datetime:
        """HAProxy's master reloaded: it signals its `program api` (SIGUSR1)."""
        return L(lb, t, "info", "Reloaded Data Plane API", "Reloaded Data Plane API")

    # --- the monitoring poll, every 5 minutes on each LB
    for lb in lbs:
        for x in jitter_times(r, T0 + sec(r.uniform(0, 60)), T_END, 300, 290):
            req(
                lb,
                x,
                "GET",
                DP_MONITOR,
                "/v2/info",
                200,
                r.choice([168, 169, 171]),
                r.uniform(0.0002, 0.0009),
            )

    # --- rolling deploys of the web tier: each server drained, then made ready again, on every LB
    deploy = T0 + sec(r.uniform(8, 14) * 60)
    n_deploy = 0
    while deploy < T_END - sec(600):
        n_deploy += 1
        backend = "be_web" if n_deploy % 3 else "be_api"
        x = deploy
        for srv in DP_BACKENDS[backend]:
            for lb in lbs:
                y = x + sec(r.uniform(0, 0.6))
                path = f"/v2/services/haproxy/runtime/servers/{srv}?backend={backend}"
                req(lb, y, "GET", DP_ORCH, path, 200, r.randint(96, 104), r.uniform(0.0006, 0.003))
                req(
                    lb,
                    y + sec(0.1),
                    "PUT",
                    DP_ORCH,
                    path,
                    200,
                    r.randint(96, 104),
                    r.uniform(0.0009, 0.004),
                )
            x += sec(r.uniform(40, 95))
            for lb in lbs:
                path = f"/v2/services/haproxy/runtime/servers/{srv}?backend={backend}"
                req(
                    lb,
                    x + sec(r.uniform(0, 0.6)),
                    "PUT",
                    DP_ORCH,
                    path,
                    200,
                    r.randint(96, 104),
                    r.uniform(0.0009, 0.004),
                )
            x += sec(r.uniform(2, 6))
        deploy += sec(r.uniform(24, 38) * 60)

    # --- autoscaling: a server added to be_api through a transaction, now and then
    def scale(t: datetime, lb: str, fail: bool = False) -> None:
        v = version[lb]
        tid = f"{r.getrandbits(32):08x}-{r.getrandbits(16):04x}-4{r.getrandbits(12):03x}-{r.choice('89ab')}{r.getrandbits(12):03x}-{r.getrandbits(48):012x}"
        t = req(
            lb,
            t,
            "GET",
            DP_ORCH,
            "/v2/services/haproxy/configuration/version",
            200,
            4,
            r.uniform(0.0003, 0.001),
        )
        t = req(
            lb,
            t + sec(0.05),
            "POST",
            DP_ORCH,
            f"/v2/services/haproxy/transactions?version={v}",
            201,
            96,
            r.uniform(0.004, 0.02),
        )
        t = req(
            lb,
            t + sec(0.05),
            "POST",
            DP_ORCH,
            f"/v2/services/haproxy/configuration/servers?backend=be_api&transaction_id={tid}",
            202,
            r.randint(120, 160),
            r.uniform(0.003, 0.02),
        )
        t = req(
            lb,
            t + sec(0.05),
            "PUT",
            DP_ORCH,
            f"/v2/services/haproxy/transactions/{tid}",
            202,
            78,
            r.uniform(0.02, 0.09),
        )
        version[lb] = v + 1
        t += sec(r.uniform(4.2, 5.0))  # the reload agent's delay
        if fail:
            L(
                lb,
                t + sec(0.3),
                "info",
                "Reload failed, restarting with last known good config...",
                "Reload failed, restarting with last known good config...",
            )
            L(
                lb,
                t + sec(2.1),
                "warning",
                "Reload failed executing %s failed: %s",
                "Reload failed executing /usr/local/bin/haproxy-reload.sh failed: exit status 1",
            )
        else:
            reloaded(lb, t + sec(r.uniform(0.05, 0.3)))

    fails = {"lb2": (at(8, 14), at(8, 43))}
    for x in jitter_times(r, T0 + sec(300), T_END - sec(120), 26 * 60, 120):
        for lb in lbs:
            win = fails.get(lb)
            scale(x + sec(r.uniform(0, 1.5)), lb, bool(win and win[0] <= x < win[1]))

    # lb2's pushed certificate reference broke its reloads 08:14-08:43: the orchestrator retries
    for x in jitter_times(r, at(8, 15), at(8, 42), 240, 120):
        scale(x, "lb2", True)
    # and an operator's tool with a stale version
    for x in jitter_times(r, at(8, 20), at(8, 40), 240):
        req(
            "lb2",
            x,
            "POST",
            DP_ORCH,
            f"/v2/services/haproxy/transactions?version={version['lb2'] - 1}",
            409,
            105,
            r.uniform(0.0005, 0.002),
        )

    # --- 09:02-09:31 a dashboard with a stale password polls lb1
    for x in jitter_times(r, at(9, 2, 17), at(9, 31, 40), 30, 25):
        req(
            "lb1",
            x,
            "GET",
            DP_BADCLIENT,
            "/v2/services/haproxy/stats/native?type=backend",
            401,
            57,
            r.uniform(0.00008, 0.0004),
        )
    for x in jitter_times(r, T0, T_END, 50 * 60):
        lb = r.choice(lbs)
        req(
            lb,
            x,
            "GET",
            DP_ORCH,
            f"/v2/services/haproxy/runtime/servers/web-0{r.randint(7, 9)}?backend=be_web",
            404,
            74,
            r.uniform(0.0004, 0.002),
        )

    # --- 10:20 an operator edits lb3's haproxy.cfg by hand: the watcher rereads it
    L(
        "lb3",
        at(10, 20, 41),
        "info",
        "Rereading Configuration Files",
        "Rereading Configuration Files",
    )
    L(
        "lb3",
        at(10, 24, 3),
        "info",
        "Rereading Configuration Files",
        "Rereading Configuration Files",
    )
    reloaded("lb3", at(10, 24, 9))

    # --- 11:05 lb1's container recreated (image update): the API starts before HAProxy's socket exists
    t = at(11, 5, 30)
    L(
        "lb1",
        t,
        "info",
        "Stopped serving data plane at http://%s",
        "Stopped serving data plane at http://[::]:5555",
    )
    gen["lb1"] += 1
    start("lb1", at(11, 5, 41), runtime_ok=False)
    reloaded("lb1", at(11, 5, 44))
    return fs.logs(T0)


# --------------------------------------------------------------------------------------- vpp

VPP_PLUGINS = [
    ("abf_plugin.so", "Access Control List (ACL) Based Forwarding"),
    ("acl_plugin.so", "Access Control Lists (ACL)"),
    ("adl_plugin.so", "Allow/deny list plugin"),
    ("af_xdp_plugin.so", "AF_XDP Device Plugin"),
    ("arping_plugin.so", "Arping (arping)"),
    ("avf_plugin.so", "Intel Adaptive Virtual Function (AVF) Device Driver"),
    ("builtinurl_plugin.so", "vpp built-in URL support"),
    ("cdp_plugin.so", "Cisco Discovery Protocol (CDP)"),
    ("cnat_plugin.so", "CNat Translate"),
    ("crypto_ipsecmb_plugin.so", "Intel IPSEC Multi-buffer Crypto Engine"),
    ("crypto_native_plugin.so", "Native Crypto Engine"),
    ("crypto_openssl_plugin.so", "OpenSSL Crypto Engine"),
    ("crypto_sw_scheduler_plugin.so", "SW Scheduler Crypto Async Engine plugin"),
    ("ct6_plugin.so", "IPv6 Connection Tracker"),
    ("det44_plugin.so", "Deterministic NAT (CGN)"),
    ("dhcp_plugin.so", "Dynamic Host Configuration Protocol (DHCP)"),
    ("dispatch_trace_plugin.so", "PCAP-based dispatch trace"),
    ("dma_intel_plugin.so", "Intel DMA Adapter"),
    ("dns_plugin.so", "Simple DNS name resolver"),
    ("dpdk_plugin.so", "Data Plane Development Kit (DPDK)"),
    ("dslite_plugin.so", "Dual-Stack Lite"),
    (
        "fateshare_plugin.so",
        "Run child processes which will share fate with VPP, restart them if they quit",
    ),
    ("flowprobe_plugin.so", "Flow per Packet"),
    ("geneve_plugin.so", "GENEVE Tunnels"),
    ("gre_plugin.so", "Generic Routing Encapsulation (GRE) plugin"),
    ("gtpu_plugin.so", "GPRS Tunnelling Protocol, User Data (GTPv1-U)"),
    ("hs_apps_plugin.so", "Host Stack Applications"),
    ("hsi_plugin.so", "Host Stack Intercept (HSI)"),
    ("http_plugin.so", "Hypertext Transfer Protocol (HTTP)"),
    ("http_static_plugin.so", "HTTP Static Server"),
    ("igmp_plugin.so", "Internet Group Management Protocol (IGMP)"),
    ("ikev2_plugin.so", "Internet Key Exchange (IKEv2) Protocol"),
    ("ila_plugin.so", "Identifier Locator Addressing (ILA) for IPv6"),
    ("ioam_plugin.so", "Inbound Operations, Administration, and Maintenance (OAM)"),
    ("ip_session_redirect_plugin.so", "IP session redirect"),
    ("l2tp_plugin.so", "Layer 2 Tunneling Protocol v3 (L2TP)"),
    ("l3xc_plugin.so", "L3 Cross-Connect (L3XC)"),
    ("lacp_plugin.so", "Link Aggregation Control Protocol (LACP)"),
    ("lb_plugin.so", "Load Balancer (LB)"),
    ("linux_cp_plugin.so", "Linux Control Plane - Interface Mirror"),
    ("linux_cp_unittest_plugin.so", "Linux Control Plane - Unit Test"),
    ("linux_nl_plugin.so", "linux Control Plane - Netlink listener"),
    ("lisp_plugin.so", "Locator ID Separation Protocol (LISP)"),
    ("lldp_plugin.so", "Link Layer Discovery Protocol (LLDP)"),
    ("mactime_plugin.so", "Time-based MAC Source Address Filter"),
    ("map_plugin.so", "Mapping of Address and Port (MAP)"),
    ("mdata_plugin.so", "Buffer metadata change tracker."),
    ("memif_plugin.so", "Packet Memory Interface (memif) -- Shared Memory Driver"),
    ("mss_clamp_plugin.so", "TCP MSS clamping plugin"),
    ("nat44_ei_plugin.so", "IPv4 Endpoint-Independent NAT (NAT44 EI)"),
    ("nat64_plugin.so", "NAT64"),
    ("nat66_plugin.so", "NAT66"),
    ("nat_plugin.so", "Network Address Translation (NAT)"),
    ("npt66_plugin.so", "NPTv6"),
    ("nsh_plugin.so", "Network Service Header (NSH)"),
    ("nsim_plugin.so", "Network Delay Simulator"),
    ("oddbuf_plugin.so", "Awkward chained buffer geometry generator"),
    ("perfmon_plugin.so", "Performance Monitor"),
    ("ping_plugin.so", "Ping (ping)"),
    ("pnat_plugin.so", "Policy 1:1 NAT"),
    ("pppoe_plugin.so", "PPP over Ethernet (PPPoE)"),
    ("prom_plugin.so", "Prometheus Stats Exporter"),
    ("quic_plugin.so", "Quic transport protocol"),
    ("rdma_plugin.so", "RDMA IBverbs Device Driver"),
    ("snort_plugin.so", "Snort"),
    ("srmpls_plugin.so", "Segment Routing for MPLS plugin"),
    ("srv6ad_plugin.so", "Dynamic Segment Routing for IPv6 (SRv6) Proxy"),
    ("srv6adflow_plugin.so", "Dynamic Segment Routing for IPv6 (SRv6) Proxy"),
    ("srv6am_plugin.so", "Masquerading Segment Routing for IPv6 (SRv6) Proxy"),
    ("srv6as_plugin.so", "Static Segment Routing for IPv6 (SRv6) Proxy"),
    ("srv6mobile_plugin.so", "SRv6 GTP Endpoint Functions"),
    ("stn_plugin.so", "VPP Steals the NIC (STN) for Container Integration"),
    ("svs_plugin.so", "Source Virtual Routing and Fowarding (VRF) Select"),
    ("tlsopenssl_plugin.so", "Transport Layer Security (TLS) Engine, OpenSSL Based"),
    ("tlspicotls_plugin.so", "Transport Layer Security (TLS) Engine, Picotls Based"),
    ("tracedump_plugin.so", "Streaming packet trace dump plugin"),
    ("tracenode_plugin.so", "Tracing packet node"),
    ("unittest_plugin.so", "C unit tests"),
    ("urpf_plugin.so", "Unicast Reverse Path Forwarding (uRPF)"),
    ("vhost_plugin.so", "Vhost-User"),
    ("vmxnet3_plugin.so", "VMWare Vmxnet3 Device Driver"),
    ("vrrp_plugin.so", "VRRP v3 (RFC 5798)"),
    ("wireguard_plugin.so", "Wireguard Protocol"),
]
VPP_DEFAULT_OFF = {
    "linux_cp_unittest_plugin.so",
    "oddbuf_plugin.so",
    "unittest_plugin.so",
    "mdata_plugin.so",
    "dispatch_trace_plugin.so",
}
VPP_VAT = [
    "acl",
    "cdp",
    "ct6",
    "dhcp",
    "dns",
    "flowprobe",
    "geneve",
    "gtpu",
    "http_static",
    "ikev2",
    "lacp",
    "lb",
    "linux_cp",
    "lldp",
    "mactime",
    "map",
    "memif",
    "nat44_ei",
    "nat64",
    "nat66",
    "nsim",
    "pppoe",
    "stn",
    "vmxnet3",
    "vrrp",
    "wireguard",
    "abf",
    "arping",
    "avf",
    "builtinurl",
    "det44",
    "dslite",
    "ioam_export",
    "ioam_pot",
    "ioam_trace",
    "l2tp",
    "lisp",
    "nsh",
    "pnat",
    "rdma",
    "tracedump",
    "urpf",
    "vxlan_gpe_ioam_export",
    "af_xdp",
]


def vpp(r: random.Random) -> list[Log]:
    """Three FD.io VPP 24.02 routers' /var/log/vpp/vpp.log, 06:00 to 12:00 UTC (see the module docstring)."""
    fs = Files()
    routers = {
        # name: (PCI devices, cores, NUMA nodes, IOVA mode, disabled plugins)
        "edge01": (
            ["0000:03:00.0", "0000:03:00.1"],
            8,
            1,
            "VA",
            ["snort_plugin.so", "quic_plugin.so"],
        ),
        "edge02": (
            ["0000:03:00.0", "0000:03:00.1"],
            8,
            1,
            "VA",
            ["snort_plugin.so", "quic_plugin.so"],
        ),
        "core01": (
            ["0000:17:00.0", "0000:17:00.1", "0000:b1:00.0", "0000:b1:00.1"],
            32,
            2,
            "PA",
            ["snort_plugin.so"],
        ),
    }
    gen = dict.fromkeys(routers, 0)

    def L(host: str, t: datetime, level: str, cls: str, label: str, msg: str) -> datetime:
        return fs.add(
            f"{host}-vpp.log",
            t,
            label,
            lambda x: [
                f"{x:%Y/%m/%d %H:%M:%S}:{x.microsecond // 1000:03d} {level:<10} {cls:<14} {msg}"
            ],
            (host, gen[host]),
            MS,
        )

    def start(
        host: str, t: datetime, vfio_trouble: bool = False, no_hugepages: bool = False
    ) -> datetime:
        devs, cores, numa, iova, disabled = routers[host]
        gen[host] += 1
        for name, desc in VPP_PLUGINS:
            t += sec(r.uniform(0.0002, 0.004))
            if name in disabled:
                t = L(
                    host,
                    t,
                    "notice",
                    "plugin/load",
                    "Plugin disabled: %s",
                    f"Plugin disabled: {name}",
                )
            elif name in VPP_DEFAULT_OFF:
                t = L(
                    host,
                    t,
                    "notice",
                    "plugin/load",
                    "Plugin disabled (default): %s",
                    f"Plugin disabled (default): {name}",
                )
            else:
                t = L(
                    host,
                    t,
                    "notice",
                    "plugin/load",
                    "Loaded plugin: %s (%s)",
                    f"Loaded plugin: {name} ({desc})",
                )
        for name in VPP_VAT:
            t += sec(r.uniform(0.0001, 0.0015))
            t = L(
                host,
                t,
                "notice",
                "vat-plug/load",
                "Loaded plugin: %s",
                f"Loaded plugin: {name}_test_plugin.so",
            )
        args = (
            "-c 2 -n 4 --in-memory --no-telemetry --file-prefix vpp "
            + " ".join(f"-a {d}" for d in devs)
            + " "
        )
        t = L(
            host,
            t + sec(r.uniform(0.02, 0.06)),
            "notice",
            "dpdk",
            "EAL init args: %s",
            f"EAL init args: {args}",
        )
        t = L(
            host,
            t + sec(r.uniform(0.01, 0.03)),
            "notice",
            "dpdk",
            "EAL: Detected CPU lcores: %u",
            f"EAL: Detected CPU lcores: {cores}",
        )
        t = L(
            host,
            t,
            "notice",
            "dpdk",
            "EAL: Detected NUMA nodes: %u",
            f"EAL: Detected NUMA nodes: {numa}",
        )
        t = L(
            host,
            t,
            "notice",
            "dpdk",
            "EAL: Detected static linkage of DPDK",
            "EAL: Detected static linkage of DPDK",
        )
        if no_hugepages:
            for node in range(numa):
                t = L(
                    host,
                    t,
                    "notice",
                    "dpdk",
                    "EAL: No free %zu kB hugepages reported on node %u",
                    f"EAL: No free 1048576 kB hugepages reported on node {node}",
                )
        t = L(
            host,
            t + sec(r.uniform(0.01, 0.05)),
            "notice",
            "dpdk",
            "EAL: Selected IOVA mode '%s'",
            f"EAL: Selected IOVA mode '{iova}'",
        )
        t = L(
            host,
            t,
            "notice",
            "dpdk",
            "EAL: VFIO support initialized",
            "EAL: VFIO support initialized",
        )
        for i, d in enumerate(devs):
            t += sec(r.uniform(0.02, 0.3))
            if vfio_trouble and i == len(devs) - 1:
                t = L(
                    host,
                    t,
                    "notice",
                    "dpdk",
                    "EAL: Failed to open VFIO group %d",
                    f"EAL: Failed to open VFIO group {14 + i}",
                )
                t = L(
                    host,
                    t,
                    "notice",
                    "dpdk",
                    "EAL: %s not managed by VFIO driver, skipping",
                    f"EAL: {d} not managed by VFIO driver, skipping",
                )
                continue
            if i == 0:
                t = L(
                    host,
                    t,
                    "notice",
                    "dpdk",
                    "EAL: Using IOMMU type %d (%s)",
                    "EAL: Using IOMMU type 1 (Type 1)",
                )
            drv, vid = ("net_ixgbe", "8086:10fb") if host != "core01" else ("net_ice", "8086:159b")
            t = L(
                host,
                t,
                "notice",
                "dpdk",
                "EAL: Probe PCI driver: %s (%x:%x) device: %s (socket %i)",
                f"EAL: Probe PCI driver: {drv} ({vid}) device: {d} (socket {0 if i < 2 else 1})",
            )
        return t

    # the day's starts
    start("edge01", at(6, 4, 12.31))  # upgrade to 24.02
    start("edge02", at(6, 11, 40.07))
    start(
        "core01", at(7, 15, 3.88), no_hugepages=True
    )  # hugepages lowered on the kernel line by mistake
    # edge02 crash-loops 08:10-08:24 (a route update it cannot digest; systemd restarts it)
    x = at(8, 10, 27.4)
    for _ in range(6):
        start("edge02", x)
        x += sec(r.uniform(95, 170))
    # edge02's NIC firmware updated at 09:40: the port came back on the kernel driver
    start("edge02", at(9, 41, 18.2), vfio_trouble=True)
    start("edge02", at(9, 56, 2.9))  # rebound to vfio-pci
    start("core01", at(10, 30, 44.6))  # hugepages fixed
    start("edge01", at(11, 2, 9.5))  # config change: snort enabled... and disabled again
    return fs.logs(T0)


SYSTEMS = {
    "vpncloud": vpncloud,
    "openziti": openziti,
    "nfcapd": nfcapd,
    "haproxy-dataplaneapi": dataplaneapi,
    "vpp": vpp,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
