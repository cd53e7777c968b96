#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 56 (frr, patroni, pgbackrest, proxysql, gha-runner) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock). Five log shapes not yet covered:

- FRRouting 9.1 on a small leaf-spine fabric: `leaf1-frr.log`, `leaf2-frr.log`,
  `spine1-frr.log` (`log file /var/log/frr/frr.log` in the integrated config: every daemon's
  lines in one file, `%Y/%m/%d %H:%M:%S PROTO: [XXXXX-XXXXX] msg`, FRR 8's unique message
  ids, `[EC %u]` after the id of flog_err/flog_warn) and `leaf1-frr-reload.log` (frr-reload.py's
  own Python log): a restart after an upgrade, a flapping optic (`if_zebra_speed_update`,
  `%ADJCHANGE ... Down Interface down`, OSPF `AdjChg`), an MTU mismatch (`Packet[DD]: Neighbor
  %pI4 MTU %u is larger than [%s:%u]` every RxmtInterval for 25 minutes), a reload that
  deletes a neighbor and leaves routes the kernel refuses (`netlink-dp (NS 0) error`, `Failed
  to install Nexthop ID`, `Route install failed`), a firewall peer over its maximum-prefix
  (`%MAXPFX`, `%MAXPFXEXCEED`, `%NOTIFICATION: sent to ... 6/1`, the restart timer), hold
  timer expiries, and bgpd crashing (`Received signal 11 ...; aborting...`, libunwind's frame
  lines) and restarted by watchfrr.
- Patroni 3.2 on three nodes, `pg-0.log`, `pg-1.log`, `pg-2.log` (Patroni's stderr,
  `%(asctime)s %(levelname)s: %(message)s`, with its PostgreSQL 16's own stderr interleaved,
  `%m [%p] ` prefix): the HA loop every 10 s, an etcd member lost (`Request to server %s
  failed: %r`, `Reconnection allowed, looking for another server.`, urllib3's `Retrying
  (%r) after connection broken by '%r': %s`), the leader partitioned (`get_cluster` with its
  traceback, `Error communicating with DCS`, `demoted self because DCS is not accessible and
  i was a leader`), the leader race (`Request to %s at %s failed`, `Got response from %s %s:
  %s`, `promoted self to leader by acquiring session lock`, `following new leader after
  trying and failing to obtain lock`), pg_rewind of the old leader (`stdout=` / `stderr=`
  over several lines), PostgreSQL's recovery, promotion, walreceiver and checkpoint lines.
- pgBackRest 2.51 (its log files, `log-level-file=detail`: `main-backup.log`,
  `main-archive-push-async.log`, `main-expire.log`; `-------------------PROCESS
  START-------------------` before each command, `%Y-%m-%d %H:%M:%S.%ms P%02u %6s: msg`,
  multi-line messages indented under their first line): a full and incremental backups
  (`backup file %s (%s, %s%%) checksum %s` per file, `match file from prior backup`), WAL
  pushes, the repository's disk full (`could not push WAL file ... (will be retried)`), the
  09:00 backup failing `[082]: WAL segment %s was not archived before the %ums timeout` with
  its HINTs, an expire run by hand, the backlog pushed, a diff backup.
- ProxySQL 2.5 on two cluster nodes, `proxysql-0.log`, `proxysql-1.log` (`%Y-%m-%d
  %H:%M:%S [INFO] msg` for proxy_info, `%Y-%m-%d %H:%M:%S file.cpp:%d:func(): [ERROR] msg` for
  proxy_error and proxy_warning; the start-up's `Standard ... rev.` lines and the
  `mysql_servers` tables with no stamp): start-up, `Received LOAD MYSQL SERVERS TO RUNTIME
  command`, cluster syncs of `mysql_servers` and `mysql_query_rules`, a reporting user with a
  wrong password, a replica lagging (`Shunning server %s:%d from HG %u with replication lag of
  %d second`), the writer crashing (`missed 3 heartbeats`, `Shunning server %s:%d with %u
  errors/sec`, `Failed to mysql_real_connect()`, `Detected a broken connection while running
  query`, `Max connect timeout reached`), the new writer found by `read_only`.
- GitHub Actions runner 2.317 (its `_diag` folder): `Runner_20240604-060000-utc.log` (the
  listener) and a `Worker_*-utc.log` per job (`[%Y-%m-%d %H:%M:%SZ LEVEL Source] msg`, levels
  `INFO`, `WARN`, `ERR ` padded to four): start-up (`Flag '%s': '%s'`, `Well known directory
  '%s': '%s'`), jobs dispatched (ProcessInvokerWrapper's `Starting process:` block, renewals,
  `Worker finished for job %s. Code: %d`), the broker returning 503 for 14 minutes (`GET
  request to %s failed. HTTP Status: %s`, `Catch exception during get next message.`, the
  exception with its .NET frames, `WRITE ERROR: ... Runner connect error`), the worker's steps
  (`Processing step: DisplayName='%s'`, the step telemetry JSON, `Finished process %d with exit
  code %d, and elapsed time %s.`, `Step result: %s`), a failing test job and a cancelled one.

Label notes. The rules of rounds 51 to 55 hold. FRR's unique id and `[EC %u]` are the
logger's prefix (one per call site), the daemon's name context: the label is the format
(`%%ADJCHANGE: neighbor %pBP in vrf %s Down %s`, the down reason `peer_down_str[]`'s entry a
value; `%%NOTIFICATION: sent to neighbor ...` and `... received from neighbor ...` are two
labels, the direction picked by branch). A libunwind frame line of the crash handler is one
statement (`%-30s %16lx %16lx %s (mapped at %p)`), written by the signal-safe logger with no
id. Patroni's returned HA messages are their format strings (`no action. I am (%s), the
leader with the lock`); an exception value (`%r`) is a value; a traceback and
`stderr=`'s later lines belong to their event. PostgreSQL's lines are labelled as round 21's
(DETAIL, HINT, CONTEXT continue their report). pgBackRest's `P00` / `P01` and level are
context; `-------------------PROCESS START-------------------` is the writer's statement; an
error's `HINT:` lines belong to it; an error raised in another process and reported in this
one contributes its format (`could not push WAL file '%s' to the archive (will be retried):
[%d] raised from local-%u shim protocol: unable to open file '%s' for write: [%d] %s`).
ProxySQL's `file.cpp:%d:func():` is context; the unstamped `Standard ... rev.` lines and the
`Dumping mysql_servers` table rows are labelled as written (the table belongs to its
`Dumping` line). The runner's `[time LEVEL Source]` is context; `WRITE LINE: %s` quotes the
terminal's line, a message of its own, so the terminal's format is in the label (`WRITE
LINE: %s: Running job: %s`); a traced exception is an event whose label is the exception's
first line (`System.Net.Http.HttpRequestException: Response status code does not indicate
success: %d (%s).`), its frames belong to it; the step telemetry JSON belongs to its line.

Sources. The helper checked these against public copies of the programs' sources or logs:
FRR's line layout, unique ids and `[EC %u]` (a real frr.log), `%%ADJCHANGE: neighbor %pBP in vrf
%s Down %s`, `%%NOTIFICATION%s: %s neighbor %s %d/%d (%s%s) %d bytes %s`, ospf6d's `AdjChg: Nbr
%pI4(%s) on %s: %s -> %s (%s)` (ospfd's taken to be the same), `client %d says hello and bids
fair to announce only %s routes vrf=%u`, `Configuration Read in Took: %s`; Patroni's `no
action. I am (%s), ...` and `Lock owner: %s; I am %s`; pgBackRest's `WAL segment %s was not
archived before the %ums timeout` and its HINTs; ProxySQL's `Shunning server %s:%d with %u
errors/sec. Shunning for %u seconds` (proxy_error in 2.x). The rest is from the helper's
knowledge, not checked (least sure: zebra's `Intf %s(%u) has gone DOWN` / `has come UP` at
info, `Failed to install Nexthop ID (%u) into the kernel`, the route failure's layout, the
maximum-prefix restart line, frr-reload.py's messages, libunwind's column widths; Patroni's
rewind and race messages' exact words and the etcd client's traceback frames; pgBackRest's
archive-push failure text and the async end line's exception code, `match file from prior
backup`; ProxySQL's monitor, read_only, cluster and dump texts, its source line numbers;
the runner's source names, `Sleeping for %s seconds before retrying.`, the worker's
messages and the telemetry JSON). Run it only to change the data on purpose: `python
bench/heldout/generate_round56.py [SYSTEM ...]`.
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round52 import Records, secs
from generate_round53 import Clock, ms3, pyframes
from generate_round55 import at, poisson

# --------------------------------------------------------------------------------- frr

FRR_VERSION = "9.1"
FRR_PROTO = {
    "zebra": "ZEBRA",
    "bgpd": "BGP",
    "ospfd": "OSPF",
    "staticd": "STATIC",
    "watchfrr": "WATCHFRR",
}
# ids seen in real logs; the others are made as FRR makes them, from the call site
FRR_UIDS = {"Configuration Read in Took: %s": "VTVCM-Y2NW3"}
FRR_B32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def frr_uid(fmt: str) -> str:
    if fmt in FRR_UIDS:
        return FRR_UIDS[fmt]
    n = int.from_bytes(hashlib.sha256(fmt.encode()).digest()[:8], "big")
    s = "".join(FRR_B32[(n >> (5 * i)) & 31] for i in range(10))
    return f"{s[:5]}-{s[5:]}"


# (host, AS, router id, BGP peers: (address, hostname, interface), OSPF neighbours)
FRR_HOSTS = {
    "leaf1": (
        65101,
        "10.0.255.11",
        [("10.0.0.0", "spine1", "swp1"), ("10.0.1.0", "spine2", "swp2")],
        [("10.0.255.1", "swp1:10.0.0.1"), ("10.0.255.2", "swp2:10.0.1.1")],
    ),
    "leaf2": (
        65102,
        "10.0.255.12",
        [("10.0.0.2", "spine1", "swp1"), ("10.0.1.2", "spine2", "swp2")],
        [("10.0.255.1", "swp1:10.0.0.3"), ("10.0.255.2", "swp2:10.0.1.3")],
    ),
    "leaf3": (
        65103,
        "10.0.255.13",
        [("10.0.0.4", "spine1", "swp1"), ("10.0.1.4", "spine2", "swp2")],
        [("10.0.255.1", "swp1:10.0.0.5"), ("10.0.255.2", "swp2:10.0.1.5")],
    ),
    "spine1": (
        65000,
        "10.0.255.1",
        [
            ("10.0.0.1", "leaf1", "swp1"),
            ("10.0.0.3", "leaf2", "swp2"),
            ("10.0.0.5", "leaf3", "swp3"),
        ],
        [
            ("10.0.255.11", "swp1:10.0.0.0"),
            ("10.0.255.12", "swp2:10.0.0.2"),
            ("10.0.255.13", "swp3:10.0.0.4"),
        ],
    ),
}
FRR_BT = [
    ("zlog_signal+0x18c", "libfrr.so.0"),
    ("core_handler+0xb6", "libfrr.so.0"),
    ("killpg+0x40", "libc.so.6"),
    ("bgp_adj_out_lookup+0x2d", "bgpd"),
    ("subgroup_process_announce_selected+0x1a3", "bgpd"),
    ("subgroup_announce_route+0x11f", "bgpd"),
    ("update_subgroup_merge+0x9e", "bgpd"),
    ("update_group_walk+0x4f", "bgpd"),
    ("bgp_process_main_one+0x5e1", "bgpd"),
    ("bgp_process_wq+0x104", "bgpd"),
    ("work_queue_run+0xe1", "libfrr.so.0"),
    ("event_call+0x7d", "libfrr.so.0"),
    ("frr_run+0xd0", "libfrr.so.0"),
    ("main+0x3a6", "bgpd"),
    ("__libc_start_call_main+0x7a", "libc.so.6"),
]


def frr(r: random.Random) -> list[Log]:
    """FRR 9.1 on leaf1, leaf2 and spine1 of a leaf-spine fabric (eBGP on the links, OSPF for
    the loopbacks), 05:59 to 13:30: a restart after an upgrade; leaf1's swp2 optic flapping
    07:10 to 08:10 and leaf2's from 12:50 to 13:25; spine1's swp2 MTU raised to 9216 at 08:30 (leaf2 refuses its DD packets
    until `ip ospf mtu-ignore` at 08:55); a reload of leaf1 at 10:05 that deletes a neighbour
    and adds a nexthop group the kernel refuses; the firewall peer of leaf2 over its
    maximum-prefix from 10:40 (restart timer 5 minutes, fixed 11:35); hold timers expiring
    between spine1 and leaf3 from 11:50; the transit peer of spine1 sending malformed attributes
    from 11:00 until it resets the session; bgpd of leaf1 crashing at 12:30, restarted by watchfrr (the
    crash handler's lines share their second: one signal handler's run)."""
    clock = Clock(1_000_000)
    recs = {h: Records() for h in FRR_HOSTS}
    reload_log = Records()
    t0 = at(5, 59, 50)

    def fl(
        host: str, daemon: str, t: datetime, fmt: str, msg: str, ec: int | None = None
    ) -> datetime:
        t = clock.at((host, daemon), t)
        ecs = f"[EC {ec}]" if ec else ""
        recs[host].add(
            t, [f"{t:%Y/%m/%d %H:%M:%S} {FRR_PROTO[daemon]}: [{frr_uid(fmt)}]{ecs} {msg}"], fmt
        )
        return t

    socks = {h: iter(range(24, 200)) for h in FRR_HOSTS}
    sock_of: dict[tuple[str, str], int] = {}

    def hello(host: str, t: datetime, proto: str) -> None:
        s = next(socks[host])
        sock_of[(host, proto)] = s
        fl(
            host,
            "zebra",
            t,
            "client %d says hello and bids fair to announce only %s routes vrf=%u",
            f"client {s} says hello and bids fair to announce only {proto} routes vrf=0",
        )

    def adj_up(host: str, t: datetime, peer: tuple[str, str, str]) -> None:
        fl(
            host,
            "bgpd",
            t,
            "%%ADJCHANGE: neighbor %pBP in vrf %s Up",
            f"%ADJCHANGE: neighbor {peer[0]}({peer[1]}) in vrf default Up",
        )

    def adj_down(host: str, t: datetime, peer: tuple[str, str, str], why: str) -> datetime:
        return fl(
            host,
            "bgpd",
            t,
            "%%ADJCHANGE: neighbor %pBP in vrf %s Down %s",
            f"%ADJCHANGE: neighbor {peer[0]}({peer[1]}) in vrf default Down {why}",
        )

    def notify(
        host: str, t: datetime, addr: str, sent: bool, code: str, data: str = ""
    ) -> datetime:
        c, sc, cs, ss = {
            "hold": (4, 0, "Hold Timer Expired", ""),
            "deconf": (6, 3, "Cease", "/Peer De-configured"),
            "maxpfx": (6, 1, "Cease", "/Maximum Number of Prefixes Reached"),
            "reset": (6, 4, "Cease", "/Administrative Reset"),
        }[code]
        way = "sent to" if sent else "received from"
        n = len(data) // 2
        return fl(
            host,
            "bgpd",
            t,
            f"%%NOTIFICATION: {way} neighbor %s %d/%d (%s%s) %d bytes %s",
            f"%NOTIFICATION: {way} neighbor {addr} {c}/{sc} ({cs}{ss}) {n} bytes {data}",
        )

    def adjchg(host: str, t: datetime, nbr: tuple[str, str], a: str, b: str, ev: str) -> datetime:
        return fl(
            host,
            "ospfd",
            t,
            "AdjChg: Nbr %pI4(%s) on %s: %s -> %s (%s)",
            f"AdjChg: Nbr {nbr[0]}(default) on {nbr[1]}: {a} -> {b} ({ev})",
        )

    def speed(host: str, t: datetime, ifname: str, old: int, new: int) -> datetime:
        return fl(
            host,
            "zebra",
            t,
            "if_zebra_speed_update: %s old speed: %u new speed: %u",
            f"if_zebra_speed_update: {ifname} old speed: {old} new speed: {new}",
        )

    def link(host: str, t: datetime, ifname: str, up: bool) -> datetime:
        idx = 3 + int(ifname[3:])
        fmt = "Intf %s(%u) has come UP" if up else "Intf %s(%u) has gone DOWN"
        return fl(host, "zebra", t, fmt, fmt.replace("%s(%u)", f"{ifname}({idx})"))

    def start_bgpd(host: str, t: datetime) -> datetime:
        asn, _rid, peers, _ = FRR_HOSTS[host]
        t = fl(
            host,
            "bgpd",
            t,
            "BGPd %s starting: vty@%d, bgp@%s:%d",
            f"BGPd {FRR_VERSION} starting: vty@2605, bgp@<all>:179",
        )
        hello(host, t + secs(r, 0.2, 0.6), "bgp")
        t = fl(host, "bgpd", t, "Creating Default VRF, AS %s", f"Creating Default VRF, AS {asn}")
        t = fl(
            host,
            "bgpd",
            t,
            "Configuration Read in Took: %s",
            "Configuration Read in Took: 00:00:00",
        )
        for p in peers:
            adj_up(host, t + secs(r, 2, 6), p)
        return t

    def startup(host: str, t: datetime) -> None:
        _, _rid, peers, nbrs = FRR_HOSTS[host]
        for d in ("staticd", "ospfd", "bgpd", "zebra"):
            if d == "zebra":
                for proto in ("static", "ospf", "bgp"):
                    s = sock_of.get((host, proto), r.randrange(30, 40))
                    fl(
                        host,
                        "zebra",
                        t + secs(r, 0.1, 0.4),
                        "client %d disconnected %lu %s routes removed from the rib",
                        f"client {s} disconnected {r.randrange(2, 40) if proto != 'static' else 1} {proto} routes removed from the rib",
                    )
            fl(host, d, t, "Terminating on signal", "Terminating on signal")
        t += timedelta(seconds=6)
        fl(
            host,
            "zebra",
            t,
            "zebra %s starting: vty@%d",
            f"zebra {FRR_VERSION} starting: vty@2601",
        )
        for n in range(len(peers) + 1):
            speed(host, t + secs(r, 0.3, 1), f"swp{n + 1}", 0, 100000)
        fl(
            host,
            "zebra",
            t + timedelta(seconds=1),
            "Configuration Read in Took: %s",
            "Configuration Read in Took: 00:00:00",
        )
        t += timedelta(seconds=1)
        fl(
            host,
            "staticd",
            t,
            "Configuration Read in Took: %s",
            "Configuration Read in Took: 00:00:00",
        )
        hello(host, t + secs(r, 0.1, 0.5), "static")
        fl(host, "ospfd", t, "OSPFd %s starting: vty@%d", f"OSPFd {FRR_VERSION} starting: vty@2604")
        fl(
            host,
            "ospfd",
            t + timedelta(seconds=1),
            "Configuration Read in Took: %s",
            "Configuration Read in Took: 00:00:00",
        )
        hello(host, t + secs(r, 0.5, 1), "ospf")
        start_bgpd(host, t + secs(r, 0.2, 0.8))
        for nbr in nbrs:
            adjchg(host, t + secs(r, 38, 45), nbr, "Loading", "Full", "LoadingDone")

    for h in FRR_HOSTS:
        startup(h, t0 + secs(r, 0, 4))

    def flapping(host: str, n: int, t: datetime, t_end: datetime) -> None:
        peer, nbr = FRR_HOSTS[host][2][n], FRR_HOSTS[host][3][n]
        ifname = peer[2]
        while t < t_end:
            link(host, t, ifname, False)
            speed(host, t, ifname, 100000, 4294967295)
            adj_down(host, t + secs(r, 0, 0.5), peer, "Interface down")
            adjchg(host, t + secs(r, 0, 0.5), nbr, "Full", "Deleted", "KillNbr")
            up = t + secs(r, 3, 30)
            link(host, up, ifname, True)
            speed(host, up, ifname, 4294967295, 100000)
            adj_up(host, up + secs(r, 3, 8), peer)
            adjchg(host, up + secs(r, 40, 44), nbr, "Loading", "Full", "LoadingDone")
            t = up + secs(r, 45, 150)

    # leaf1's swp2 optic flapping, 07:10 to 08:10, leaf2's swp2 from 12:50 to 13:25
    flapping("leaf1", 1, at(7, 10, 3), at(8, 10))
    flapping("leaf2", 1, at(12, 50, 31), at(13, 25))
    peer2 = FRR_HOSTS["leaf1"][2][1]

    # spine1's swp2 MTU raised: leaf2 refuses its database descriptions
    t = at(8, 30, 12)
    link("spine1", t, "swp2", False)
    adjchg("spine1", t, FRR_HOSTS["spine1"][3][1], "Full", "Deleted", "KillNbr")
    link("spine1", t + timedelta(seconds=2), "swp2", True)
    adjchg(
        "leaf2", t + secs(r, 0.1, 0.5), FRR_HOSTS["leaf2"][3][0], "Full", "Init", "1-WayReceived"
    )
    adj_down("leaf2", t + secs(r, 0.2, 1), FRR_HOSTS["leaf2"][2][0], "Interface down")
    adj_down("spine1", t + secs(r, 0.2, 1), FRR_HOSTS["spine1"][2][1], "Interface down")
    adj_up("leaf2", t + secs(r, 5, 9), FRR_HOSTS["leaf2"][2][0])
    adj_up("spine1", t + secs(r, 5, 9), FRR_HOSTS["spine1"][2][1])
    t += timedelta(seconds=12)
    while t < at(8, 55, 4):
        fl(
            "leaf2",
            "ospfd",
            t,
            "Packet[DD]: Neighbor %pI4 MTU %u is larger than [%s:%u]",
            "Packet[DD]: Neighbor 10.0.255.1 MTU 9216 is larger than [swp1:10.0.0.3:1500]",
        )
        t += timedelta(seconds=5)
    adjchg("leaf2", at(8, 55, 48), FRR_HOSTS["leaf2"][3][0], "Loading", "Full", "LoadingDone")
    adjchg("spine1", at(8, 55, 48), FRR_HOSTS["spine1"][3][1], "Loading", "Full", "LoadingDone")

    # leaf1 reloaded: a neighbour deleted, a nexthop group the kernel refuses
    t = at(10, 5, 31)
    pid = 48213
    args = "Namespace(input=None, reload=True, test=False, debug=False, log_level='info', stdout=False, pathspace=None, filename='/etc/frr/frr.conf', overwrite=False, bindir='/usr/bin', confdir='/etc/frr', rundir='/var/run/frr', daemon='', test_reset=False)"

    ms_clock = Clock(1000)

    def rl(t: datetime, lvl: str, fmt: str, msg: str) -> datetime:
        t = ms_clock.at("reload", t)
        reload_log.add(t, [f"{t:%Y-%m-%d %H:%M:%S},{ms3(t)} {lvl:>5}: {msg}"], fmt)
        return t

    t = rl(t, "INFO", 'Called via "%s"', f'Called via "{args}"')
    t = rl(
        t + secs(r, 0.01, 0.05),
        "INFO",
        "Loading Config object from file %s",
        "Loading Config object from file /etc/frr/frr.conf",
    )
    t = rl(
        t + secs(r, 0.2, 0.5),
        "INFO",
        "Loading Config object from vtysh show running",
        "Loading Config object from vtysh show running",
    )
    t = rl(
        t + secs(r, 0.3, 0.6),
        "INFO",
        "Executing %s",
        f"Executing /usr/bin/vtysh -f /var/run/frr/reload-{hexid(r, 6).upper()}.txt",
    )
    fl(
        "leaf1",
        "bgpd",
        t,
        "%%NOTIFICATION: sent to neighbor %s %d/%d (%s%s) %d bytes %s",
        "%NOTIFICATION: sent to neighbor 10.0.1.0 6/3 (Cease/Peer De-configured) 0 bytes ",
    )
    adj_down("leaf1", t + timedelta(seconds=1), peer2, "Neighbor deleted")
    fl(
        "spine1",
        "bgpd",
        t + secs(r, 0.1, 0.3),
        "%%NOTIFICATION: received from neighbor %s %d/%d (%s%s) %d bytes %s",
        "%NOTIFICATION: received from neighbor 10.0.0.1 6/4 (Cease/Administrative Reset) 0 bytes ",
    )
    adj_down(
        "spine1", t + secs(r, 0.2, 0.4), FRR_HOSTS["spine1"][2][0], "BGP Notification received"
    )
    adj_up("spine1", t + secs(r, 5, 8), FRR_HOSTS["spine1"][2][0])
    adj_up("leaf1", t + secs(r, 5, 8), FRR_HOSTS["leaf1"][2][0])
    peer2 = ("10.0.1.0", "spine2", "swp2")
    adj_up("leaf1", t + secs(r, 6, 9), peer2)
    tz = t + timedelta(seconds=9)
    seq = 1821
    for n in range(130):
        prefix = f"10.{r.choice([60, 61, 62])}.{r.randrange(0, 255)}.0/24"
        nhid = 180 + n % 3
        if n % 3 == 0 or n < 3:
            tz = fl(
                "leaf1",
                "zebra",
                tz,
                "%s error: %s, type=%s(%u), seq=%u, pid=%u",
                f"netlink-dp (NS 0) error: Invalid argument, type=RTM_NEWNEXTHOP(104), seq={seq}, pid=3469231133",
                4043309093,
            )
            seq += 1
            tz = fl(
                "leaf1",
                "zebra",
                tz,
                "Failed to install Nexthop ID (%u) into the kernel",
                f"Failed to install Nexthop ID ({nhid}) into the kernel",
                4043309074,
            )
        tz = fl(
            "leaf1",
            "zebra",
            tz,
            "%s(%u:%u):%pRN: Route install failed",
            f"default(0:254):{prefix}: Route install failed",
            4043309104,
        )
        tz += secs(r, 0, 5)
    rl(
        t + secs(r, 1.5, 2.5),
        "ERROR",
        '"%s" we failed to add this command',
        '"nexthop-group spine2-ecmp" we failed to add this command',
    )
    rl(
        t + secs(r, 2.6, 3.0),
        "INFO",
        "Reloading config done, %d commands applied, %d failed",
        "Reloading config done, 14 commands applied, 1 failed",
    )

    # the firewall peer of leaf2 over its maximum-prefix
    fw = ("192.168.50.2", "fw1", "swp5")
    adj_up("leaf2", at(6, 1, 2), fw)
    t = at(10, 40, 18)
    while t < at(11, 35):
        fl(
            "leaf2",
            "bgpd",
            t,
            "%%MAXPFX: No. of %s prefix received from %pBP reaches %u, max %u",
            f"%MAXPFX: No. of IPv4 Unicast prefix received from {fw[0]}({fw[1]}) reaches 1800, max 2000",
        )
        t2 = t + secs(r, 1, 4)
        t2 = fl(
            "leaf2",
            "bgpd",
            t2,
            "%%MAXPFXEXCEED: No. of %s prefix received from %pBP %u exceed, limit %u",
            f"%MAXPFXEXCEED: No. of IPv4 Unicast prefix received from {fw[0]}({fw[1]}) {2001 + r.randrange(0, 40)} exceed, limit 2000",
        )
        notify("leaf2", t2, fw[0], True, "maxpfx", "000101000007d0")
        adj_down("leaf2", t2 + timedelta(seconds=1), fw, "BGP Notification send")
        t = t2 + timedelta(minutes=5)
        fl(
            "leaf2",
            "bgpd",
            t,
            "%s Maximum-prefix restart timer expired, restore peering",
            f"{fw[0]} Maximum-prefix restart timer expired, restore peering",
        )
        adj_up("leaf2", t + secs(r, 2, 5), fw)
        t += secs(r, 8, 30)

    # hold timers between spine1 and leaf3 (leaf3's control plane starved)
    leaf3 = FRR_HOSTS["spine1"][2][2]
    hog = at(11, 46, 2)
    while hog < at(12, 12):
        d = r.choice(["bgpd", "bgpd", "zebra"])
        task = (
            r.choice(["bgp_process_packet", "bgp_read", "bgp_generate_updgrp_packets"])
            if d == "bgpd"
            else r.choice(["rib_process_dplane_results", "zserv_read"])
        )
        wall = r.randrange(3100, 9800)
        fl(
            "leaf3",
            d,
            hog,
            "CPU HOG: task %s (%lx) ran for %lums (cpu time %lums)",
            f"CPU HOG: task {task} ({0x55E1C2000000 + r.randrange(0x10000, 0xFFFFF):x}) ran for {wall}ms (cpu time {wall - r.randrange(100, 900)}ms)",
            100663313,
        )
        hog += secs(r, 6, 30)
    for t in (at(11, 50, 7), at(11, 53, 41), at(11, 58, 2), at(12, 4, 55), at(12, 9, 13)):
        notify("leaf3", t + secs(r, 0.2, 2), "10.0.0.4", False, "hold")
        adj_down("leaf3", t + secs(r, 2, 3), FRR_HOSTS["leaf3"][2][0], "BGP Notification received")
        adj_up("leaf3", t + secs(r, 40, 70), FRR_HOSTS["leaf3"][2][0])
        notify("spine1", t, leaf3[0], True, "hold")
        adj_down("spine1", t + timedelta(seconds=1), leaf3, "BGP Notification send")
        adjchg(
            "spine1",
            t + secs(r, 2, 9),
            FRR_HOSTS["spine1"][3][2],
            "Full",
            "Deleted",
            "InactivityTimer",
        )
        adj_up("spine1", t + secs(r, 40, 70), leaf3)
        adjchg(
            "spine1",
            t + secs(r, 75, 90),
            FRR_HOSTS["spine1"][3][2],
            "Loading",
            "Full",
            "LoadingDone",
        )

    # the transit peer of spine1 sends updates with a malformed attribute, 11:00 to 11:40
    isp = ("203.0.113.1", "isp-a", "swp9")
    adj_up("spine1", at(6, 0, 58), isp)
    for t in poisson(r, at(11, 0, 5), at(11, 40), 13):
        fl(
            "spine1",
            "bgpd",
            t,
            "%pBP rcvd UPDATE with errors in attr(s)!! Withdrawing route.",
            f"{isp[0]}({isp[1]}) rcvd UPDATE with errors in attr(s)!! Withdrawing route.",
            33554460,
        )
    t = at(11, 40, 12)
    notify("spine1", t, isp[0], False, "reset")
    adj_down("spine1", t + timedelta(seconds=1), isp, "BGP Notification received")
    adj_up("spine1", t + secs(r, 30, 50), isp)

    # bgpd of leaf1 crashes
    t = at(12, 30, 44)
    key = ("leaf1", "bgpd")
    t = clock.at(key, t)

    def sig(t: datetime, fmt: str, msg: str) -> None:
        recs["leaf1"].add(t, [f"{t:%Y/%m/%d %H:%M:%S} BGP: {msg}"], fmt)

    pc = 0x55D0C1E2A3B1
    sig(
        t,
        "Received signal %d at %lld (si_addr 0x%lx, PC 0x%lx); aborting...",
        f"Received signal 11 at {int(t.timestamp())} (si_addr 0x8, PC 0x{pc:x}); aborting...",
    )
    sp = 0x7FFD0A2F7E80
    bases = {"libfrr.so.0": 0x7F0F6B0F4000, "libc.so.6": 0x7F0F6AE00000, "bgpd": 0x55D0C1D40000}
    paths = {
        "libfrr.so.0": "/usr/lib/x86_64-linux-gnu/frr/libfrr.so.0",
        "libc.so.6": "/lib/x86_64-linux-gnu/libc.so.6",
        "bgpd": "/usr/lib/frr/bgpd",
    }
    for fn, lib in FRR_BT:
        off = int(fn.rsplit("+", 1)[1], 16)
        sp += r.randrange(0x30, 0x200)
        sig(
            t,
            "%-30s %16lx %16lx %s (mapped at %p)",
            f"{fn:<30s} {bases[lib] + r.randrange(0x1000, 0x90000) + off:16x} {sp:16x} {paths[lib]} (mapped at 0x{bases[lib]:x})",
        )
    sig(
        t,
        "in thread %s scheduled from %s:%d %s()",
        "in thread work_queue_run scheduled from lib/workqueue.c:115 work_queue_schedule()",
    )
    fl(
        "leaf1",
        "watchfrr",
        t + timedelta(seconds=1),
        "%s state -> down : %s",
        "bgpd state -> down : read returned EOF",
    )
    fl(
        "leaf1",
        "zebra",
        t + timedelta(seconds=1),
        "client %d disconnected %lu %s routes removed from the rib",
        f"client {sock_of[('leaf1', 'bgp')]} disconnected 1840 bgp routes removed from the rib",
    )
    for p in FRR_HOSTS["spine1"][2][:1]:
        adj_down("spine1", t + secs(r, 0.3, 1), p, "Peer closed the session")
    t += timedelta(seconds=6)
    fl(
        "leaf1",
        "watchfrr",
        t,
        "Forked background command [pid %d]: %s",
        f"Forked background command [pid {pid}]: /usr/lib/frr/watchfrr.sh restart bgpd",
    )
    t = start_bgpd("leaf1", t + timedelta(seconds=1))
    fl(
        "leaf1",
        "watchfrr",
        t + timedelta(seconds=1),
        "%s state -> up : %s",
        "bgpd state -> up : connect succeeded",
    )
    adj_up("spine1", t + secs(r, 3, 6), FRR_HOSTS["spine1"][2][0])
    return [
        recs["leaf1"].into(Log("leaf1-frr.log", t0)),
        reload_log.into(Log("leaf1-frr-reload.log", t0)),
        recs["leaf2"].into(Log("leaf2-frr.log", t0)),
        recs["leaf3"].into(Log("leaf3-frr.log", t0)),
        recs["spine1"].into(Log("spine1-frr.log", t0)),
    ]


# --------------------------------------------------------------------------------- patroni

PT_NODES = {"pg-0": "10.0.0.10", "pg-1": "10.0.0.11", "pg-2": "10.0.0.12"}
PT_ETCD = ["http://10.0.0.21:2379", "http://10.0.0.22:2379", "http://10.0.0.23:2379"]
PT_PY = "/usr/lib/python3/dist-packages"
PT_PG = "PostgreSQL 16.3 (Debian 16.3-1.pgdg120+1) on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit"
PT_CONNINFO = "user=replicator passfile=/var/lib/postgresql/pgpass host={host} port=5432 sslmode=prefer application_name={name} gssencmode=prefer channel_binding=prefer"


def lsn(n: int) -> str:
    return f"{n >> 32:X}/{n & 0xFFFFFFFF:X}"


def patroni(r: random.Random) -> list[Log]:
    """Patroni 3.2 with PostgreSQL 16 on pg-0, pg-1, pg-2 (etcd3 as DCS, loop_wait 10, ttl 30),
    06:00 to 08:00: pg-0 leads; the etcd member 10.0.0.21 dies at 06:35 (the clients on it
    find another); pg-0 is cut off the network from 07:10:02 to 07:13:40: it cannot reach etcd
    and demotes itself, pg-1 and pg-2 race for the lock when it expires, pg-1 wins and
    promotes, pg-2 follows it onto timeline 2; pg-0 comes back, is rewound from pg-1 and
    follows. Applications' errors and checkpoints (restartpoints on the replicas) all along."""
    clock = Clock(1000)
    recs = {n: Records() for n in PT_NODES}
    t0, t_end = at(6, 0), at(8, 0)
    part0, part1 = at(7, 10, 2), at(7, 13, 40)
    pids = {"pg-0": 1187, "pg-1": 1192, "pg-2": 1179}
    etcd = {"pg-0": PT_ETCD[0], "pg-1": PT_ETCD[1], "pg-2": PT_ETCD[0]}
    role = {"pg-0": "leader", "pg-1": "pg-0", "pg-2": "pg-0"}
    pos = {"wal": 0x6A3F2B8}

    def pt(
        n: str, t: datetime, lvl: str, fmt: str, msg: str, more: list[str] | None = None
    ) -> datetime:
        t = clock.at((n, "patroni"), t)
        recs[n].add(t, [f"{t:%Y-%m-%d %H:%M:%S},{ms3(t)} {lvl}: {msg}", *(more or [])], fmt)
        return t

    def pg(
        n: str, t: datetime, pid: int, lvl: str, fmt: str, msg: str, more: list[str] | None = None
    ) -> datetime:
        t = clock.at((n, pid), t)
        head = f"{t:%Y-%m-%d %H:%M:%S}.{ms3(t)} UTC [{pid}] "
        recs[n].add(t, [f"{head}{lvl}:  {msg}", *[head + x for x in more or []]], fmt)
        return t

    def urllib3_refused(n: str, t: datetime, url: str, path: str) -> datetime:
        host = url.split("//")[1].split(":")[0]
        obj = f"0x7f{hexid(r, 10)}"
        err = f"NewConnectionError('<urllib3.connection.HTTPConnection object at {obj}>: Failed to establish a new connection: [Errno 111] Connection refused')"
        t = pt(
            n,
            t,
            "WARNING",
            "Retrying (%r) after connection broken by '%r': %s",
            f"Retrying (Retry(total=0, connect=None, read=None, redirect=0, status=None)) after connection broken by '{err}': {path}",
        )
        return pt(
            n,
            t + secs(r, 0.001, 0.01),
            "ERROR",
            "Request to server %s failed: %r",
            f"Request to server {url} failed: MaxRetryError(\"HTTPConnectionPool(host='{host}', port=2379): Max retries exceeded with url: {path} (Caused by {err})\")",
        )

    def urllib3_timeout(n: str, t: datetime, url: str, path: str) -> datetime:
        host = url.split("//")[1].split(":")[0]
        err = f"ReadTimeoutError(\"HTTPConnectionPool(host='{host}', port=2379): Read timed out. (read timeout=3.3333333333333335)\")"
        t = pt(
            n,
            t,
            "WARNING",
            "Retrying (%r) after connection broken by '%r': %s",
            f"Retrying (Retry(total=0, connect=None, read=None, redirect=0, status=None)) after connection broken by '{err}': {path}",
        )
        return pt(
            n,
            t + timedelta(seconds=3.34),
            "ERROR",
            "Request to server %s failed: %r",
            f"Request to server {url} failed: MaxRetryError(\"HTTPConnectionPool(host='{host}', port=2379): Max retries exceeded with url: {path} (Caused by {err})\")",
        )

    def failover_etcd(n: str, t: datetime, new: str) -> datetime:
        t = pt(
            n,
            t,
            "INFO",
            "Reconnection allowed, looking for another server.",
            "Reconnection allowed, looking for another server.",
        )
        t = pt(n, t + secs(r, 0.001, 0.005), "INFO", "Retrying on %s", f"Retrying on {new}")
        t = pt(
            n,
            t + secs(r, 0.01, 0.05),
            "INFO",
            "Selected new etcd server %s",
            f"Selected new etcd server {new}",
        )
        etcd[n] = new
        return t

    def checkpoint(n: str, t: datetime, kind: str, why: str) -> None:
        pid = {"pg-0": 1190, "pg-1": 1195, "pg-2": 1183}[n]
        t = pg(n, t, pid, "LOG", f"{kind} starting: %s", f"{kind} starting: {why}")
        bufs = r.randrange(40, 4000)
        w = r.uniform(0.5, 269.9) if why == "time" else r.uniform(0.01, 0.3)
        added, removed, recycled = r.randrange(0, 2), r.randrange(0, 3), r.randrange(0, 3)
        pos["wal"] += r.randrange(0x100000, 0x800000)
        t = pg(
            n,
            t + timedelta(seconds=w + 0.05),
            pid,
            "LOG",
            f"{kind} complete: wrote %d buffers (%.1f%%); %d WAL file(s) added, %d removed, %d recycled; write=%ld.%03d s, sync=%ld.%03d s, total=%ld.%03d s; sync files=%d, longest=%ld.%03d s, average=%ld.%03d s; distance=%d kB, estimate=%d kB; lsn=%X/%X, redo lsn=%X/%X",
            f"{kind} complete: wrote {bufs} buffers ({bufs / 16384 * 100:.1f}%); {added} WAL file(s) added, {removed} removed, {recycled} recycled; write={w:.3f} s, sync={r.uniform(0.001, 0.09):.3f} s, total={w + 0.05:.3f} s; sync files={r.randrange(3, 60)}, longest={r.uniform(0.001, 0.03):.3f} s, average={r.uniform(0.0, 0.003):.3f} s; distance={r.randrange(1000, 30000)} kB, estimate={r.randrange(20000, 40000)} kB; lsn={lsn(pos['wal'])}, redo lsn={lsn(pos['wal'] - 0x48)}",
        )
        if kind == "restartpoint":
            pg(
                n,
                t,
                pid,
                "LOG",
                "recovery restart point at %X/%X",
                f"recovery restart point at {lsn(pos['wal'] - 0x48)}",
                [
                    f"DETAIL:  Last completed transaction was at log time {t - secs(r, 0.1, 3):%Y-%m-%d %H:%M:%S}.{r.randrange(0, 999999):06d}+00"
                ],
            )

    def loop_line(n: str, t: datetime) -> None:
        if role[n] == "leader":
            pt(
                n,
                t,
                "INFO",
                "no action. I am (%s), the leader with the lock",
                f"no action. I am ({n}), the leader with the lock",
            )
        else:
            pt(
                n,
                t,
                "INFO",
                "no action. I am (%s), a secondary, and following a leader (%s)",
                f"no action. I am ({n}), a secondary, and following a leader ({role[n]})",
            )

    def traceback(n: str, t: datetime) -> None:
        frames = pyframes(
            (f"{PT_PY}/patroni/dcs/etcd3.py", 732, "_load_cluster", "cluster = loader(path)"),
            (
                f"{PT_PY}/patroni/dcs/etcd3.py",
                683,
                "_cluster_loader",
                "for node in self._client.get_cluster(path):",
            ),
            (
                f"{PT_PY}/patroni/dcs/etcd3.py",
                566,
                "get_cluster",
                "for node in self._etcd3.get_cluster(path):",
            ),
            (
                f"{PT_PY}/patroni/dcs/etcd3.py",
                376,
                "prefix",
                "return self.range(key, prefix_range_end(key), serializable, retry=retry)",
            ),
            (
                f"{PT_PY}/patroni/dcs/etcd3.py",
                362,
                "range",
                "return self.call_rpc('/kv/range', params, retry)",
            ),
            (
                f"{PT_PY}/patroni/dcs/etcd3.py",
                306,
                "call_rpc",
                "ret = self.api_execute(self.version_prefix + method, self._MPOST, fields, retry=retry)",
            ),
            (f"{PT_PY}/patroni/dcs/etcd.py", 278, "api_execute", "raise ex"),
            (
                f"{PT_PY}/patroni/dcs/etcd.py",
                258,
                "api_execute",
                "response = self._do_http_request(retry, machines_cache, request_executor, method, path, **kwargs)",
            ),
            (
                f"{PT_PY}/patroni/dcs/etcd.py",
                232,
                "_do_http_request",
                "raise etcd.EtcdConnectionFailed('No more machines in the cluster')",
            ),
        )
        pt(
            n,
            t,
            "ERROR",
            "get_cluster",
            "get_cluster",
            [
                "Traceback (most recent call last):",
                *frames,
                "etcd.EtcdConnectionFailed: No more machines in the cluster",
            ],
        )

    def got_response(n: str, t: datetime, other: str, tl: int) -> datetime:
        body = {
            "state": "running",
            "postmaster_start_time": "2024-06-03 22:14:09.418512+00:00",
            "role": "replica",
            "server_version": 160003,
            "xlog": {
                "received_location": pos["wal"],
                "replayed_location": pos["wal"],
                "replayed_timestamp": f"{part0:%Y-%m-%d %H:%M:%S}.{r.randrange(0, 999999):06d}+00:00",
                "paused": False,
            },
            "timeline": tl,
            "cluster_unlocked": True,
            "dcs_last_seen": int(t.timestamp()),
            "database_system_identifier": "7376213468719239178",
            "patroni": {"version": "3.2.2", "scope": "pg-ha", "name": other},
        }
        return pt(
            n,
            t,
            "INFO",
            "Got response from %s %s: %s",
            f"Got response from {other} http://{PT_NODES[other]}:8008/patroni: {json.dumps(body)}",
        )

    # the HA loops
    for n, off in (("pg-0", 1.2), ("pg-1", 4.7), ("pg-2", 7.9)):
        t = t0 + timedelta(seconds=off)
        while t < t_end:
            t = t + secs(r, -0.004, 0.012)
            if n == "pg-0" and part0 <= t < part1 + timedelta(seconds=40):
                t += timedelta(seconds=10)
                continue
            if n != "pg-0" and part0 + timedelta(seconds=33) <= t < part0 + timedelta(seconds=48):
                t += timedelta(seconds=10)
                continue
            if n == "pg-1" and t > part0 + timedelta(seconds=48):
                role[n] = "leader"
            elif (n == "pg-2" and t > part0 + timedelta(seconds=48)) or (n == "pg-0" and t > part1):
                role[n] = "pg-1"
            if n != "pg-1" and at(6, 35, 3) <= t < at(6, 35, 13):
                t = urllib3_refused(
                    n, t, PT_ETCD[0], "/v3/lease/keepalive" if n == "pg-0" else "/v3/kv/range"
                )
                t = failover_etcd(
                    n, t + secs(r, 0.001, 0.004), PT_ETCD[1] if n == "pg-0" else PT_ETCD[2]
                )
            if r.random() < 0.012:
                pt(
                    n,
                    t + timedelta(seconds=r.uniform(10.5, 12)),
                    "WARNING",
                    "Loop time exceeded, rescheduling immediately.",
                    "Loop time exceeded, rescheduling immediately.",
                )
            loop_line(n, t)
            t += timedelta(seconds=10)

    # checkpoints and restartpoints every five minutes
    for n in PT_NODES:
        t = t0 + secs(r, 10, 290)
        while t < t_end:
            if not (part0 - timedelta(seconds=30) <= t < part1 + timedelta(seconds=120)):
                leader = (n == "pg-0") == (t < part0)
                checkpoint(n, t, "checkpoint" if leader else "restartpoint", "time")
            t += timedelta(seconds=300)

    # the applications' errors on the leader
    for t in poisson(r, t0, t_end, 170):
        n = "pg-0" if t < part0 else "pg-1"
        bpid = r.randrange(20000, 90000)
        x = r.random()
        if x < 0.45:
            oid = r.randrange(100000, 999999)
            pg(
                n,
                t,
                bpid,
                "ERROR",
                'duplicate key value violates unique constraint "%s"',
                'duplicate key value violates unique constraint "orders_external_ref_key"',
                [
                    f"DETAIL:  Key (external_ref)=(PO-{oid}) already exists.",
                    "STATEMENT:  INSERT INTO orders (external_ref, customer_id, total_cents) VALUES ($1, $2, $3)",
                ],
            )
        elif x < 0.7:
            pg(
                n,
                t,
                bpid,
                "FATAL",
                'password authentication failed for user "%s"',
                'password authentication failed for user "reporting"',
                [
                    'DETAIL:  Connection matched file "/etc/postgresql/16/main/pg_hba.conf" line 102: "host all all 10.0.0.0/16 scram-sha-256"'
                ],
            )
        else:
            pg(
                n,
                t,
                bpid,
                "LOG",
                "could not receive data from client: %s",
                "could not receive data from client: Connection reset by peer",
            )

    # pg-0 cut off: it loses etcd and demotes itself
    t = part0 + timedelta(seconds=8.2)
    first = True
    while t < part1:
        t = urllib3_timeout("pg-0", t, etcd["pg-0"], "/v3/kv/range")
        t = pt(
            "pg-0",
            t,
            "INFO",
            "Reconnection allowed, looking for another server.",
            "Reconnection allowed, looking for another server.",
        )
        other = PT_ETCD[2] if etcd["pg-0"] == PT_ETCD[1] else PT_ETCD[1]
        t = pt("pg-0", t + secs(r, 0.001, 0.004), "INFO", "Retrying on %s", f"Retrying on {other}")
        t = urllib3_timeout("pg-0", t + secs(r, 0.001, 0.004), other, "/v3/kv/range")
        traceback("pg-0", t + secs(r, 0.001, 0.003))
        t = pt(
            "pg-0",
            t + secs(r, 0.004, 0.01),
            "ERROR",
            "Error communicating with DCS",
            "Error communicating with DCS",
        )
        if first:
            pid = pids["pg-0"]
            tt = pg(
                "pg-0",
                t + secs(r, 0.01, 0.05),
                pid,
                "LOG",
                "received fast shutdown request",
                "received fast shutdown request",
            )
            for _ in range(r.randrange(4, 9)):
                pg(
                    "pg-0",
                    tt + secs(r, 0.001, 0.02),
                    r.randrange(20000, 90000),
                    "FATAL",
                    "terminating connection due to administrator command",
                    "terminating connection due to administrator command",
                )
            tt = pg("pg-0", tt + secs(r, 0.05, 0.1), 1190, "LOG", "shutting down", "shutting down")
            pg(
                "pg-0",
                tt + secs(r, 0.3, 0.8),
                pid,
                "LOG",
                "database system is shut down",
                "database system is shut down",
            )
            t = pt(
                "pg-0",
                tt + secs(r, 1, 2),
                "INFO",
                "demoted self because DCS is not accessible and i was a leader",
                "demoted self because DCS is not accessible and i was a leader",
            )
            first = False
        else:
            t = pt(
                "pg-0",
                t + secs(r, 0.001, 0.003),
                "INFO",
                "DCS is not accessible",
                "DCS is not accessible",
            )
        t += secs(r, 1, 4)

    # the replicas lose their walreceiver, then race for the expired lock
    for n in ("pg-1", "pg-2"):
        t = part0 + secs(r, 30, 33)
        wpid = r.randrange(1300, 1400)
        pg(
            n,
            t,
            wpid,
            "LOG",
            "terminating walreceiver due to timeout",
            "terminating walreceiver due to timeout",
        )
        t = part0 + timedelta(seconds=33) + secs(r, 0.2, 2)
        t = pt(n, t, "INFO", "Lock owner: %s; I am %s", f"Lock owner: None; I am {n}")
        t = pt(
            n,
            t + secs(r, 0.001, 0.01),
            "WARNING",
            "Request failed to %s: GET %s (%s)",
            f"Request failed to pg-0: GET http://10.0.0.10:8008/patroni (HTTPConnectionPool(host='10.0.0.10', port=8008): Max retries exceeded with url: /patroni (Caused by ConnectTimeoutError(<urllib3.connection.HTTPConnection object at 0x7f{hexid(r, 10)}>, 'Connection to 10.0.0.10 timed out. (connect timeout=2)')))",
        )
        t = got_response(n, t + timedelta(seconds=2), "pg-2" if n == "pg-1" else "pg-1", 1)
        if n == "pg-1":
            tp = pt(
                n,
                t + secs(r, 0.01, 0.05),
                "INFO",
                "promoted self to leader by acquiring session lock",
                "promoted self to leader by acquiring session lock",
            )
            pid = pids[n]
            tp = pg(
                n,
                tp + secs(r, 0.05, 0.2),
                pids[n] + 3,
                "LOG",
                "received promote request",
                "received promote request",
            )
            tp = pg(
                n,
                tp + secs(r, 0.01, 0.03),
                pids[n] + 3,
                "LOG",
                "redo done at %X/%X system usage: %s",
                f"redo done at {lsn(pos['wal'] + 0x70)} system usage: CPU: user: 1.27 s, system: 2.05 s, elapsed: 22431.18 s",
            )
            tp = pg(
                n,
                tp + secs(r, 0.01, 0.03),
                pids[n] + 3,
                "LOG",
                "selected new timeline ID: %u",
                "selected new timeline ID: 2",
            )
            tp = pg(
                n,
                tp + secs(r, 0.01, 0.03),
                pids[n] + 3,
                "LOG",
                "archive recovery complete",
                "archive recovery complete",
            )
            checkpoint(n, tp + secs(r, 0.01, 0.03), "checkpoint", "force")
            pg(
                n,
                tp + secs(r, 0.02, 0.05),
                pid,
                "LOG",
                "database system is ready to accept connections",
                "database system is ready to accept connections",
            )
            pt(
                n,
                tp + secs(r, 1, 2),
                "INFO",
                "cleared rewind state after becoming the leader",
                "cleared rewind state after becoming the leader",
            )
        else:
            t = pt(
                n,
                t + secs(r, 0.05, 0.3),
                "INFO",
                "Could not take out TTL lock",
                "Could not take out TTL lock",
            )
            t = pt(
                n,
                t + secs(r, 0.3, 0.8),
                "INFO",
                "following new leader after trying and failing to obtain lock",
                "following new leader after trying and failing to obtain lock",
            )
            t = pg(
                n,
                t + secs(r, 0.05, 0.2),
                pids[n],
                "LOG",
                "received SIGHUP, reloading configuration files",
                "received SIGHUP, reloading configuration files",
            )
            t = pg(
                n,
                t + secs(r, 0.001, 0.01),
                pids[n],
                "LOG",
                'parameter "%s" changed to "%s"',
                'parameter "primary_conninfo" changed to "'
                + PT_CONNINFO.format(host="10.0.0.11", name=n)
                + '"',
            )
            w2 = wpid + 51
            t = pg(
                n,
                t + secs(r, 0.01, 0.05),
                w2,
                "LOG",
                "started streaming WAL from primary at %X/%X on timeline %u",
                f"started streaming WAL from primary at {lsn(pos['wal'] & ~0xFFFFFF)} on timeline 1",
            )
            t = pg(
                n,
                t + secs(r, 0.01, 0.05),
                w2,
                "LOG",
                "replication terminated by primary server",
                "replication terminated by primary server",
                [f"DETAIL:  End of WAL reached on timeline 1 at {lsn(pos['wal'] + 0xA0)}."],
            )
            t = pg(
                n,
                t + secs(r, 0.01, 0.05),
                pids[n] + 3,
                "LOG",
                "new target timeline is %u",
                "new target timeline is 2",
            )
            pg(
                n,
                t + secs(r, 0.01, 0.05),
                w2,
                "LOG",
                "restarted WAL streaming at %X/%X on timeline %u",
                f"restarted WAL streaming at {lsn(pos['wal'] & ~0xFFFFFF)} on timeline 2",
            )

    # pg-0 back: rewound from pg-1, started as a secondary
    n = "pg-0"
    t = part1 + secs(r, 1, 3)
    t = pt(n, t, "INFO", "Lock owner: %s; I am %s", "Lock owner: pg-1; I am pg-0")
    t = pt(
        n,
        t + secs(r, 0.05, 0.2),
        "INFO",
        "Local timeline=%s lsn=%s",
        f"Local timeline=1 lsn={lsn(pos['wal'] + 0x148)}",
    )
    t = pt(n, t + secs(r, 0.02, 0.1), "INFO", "primary_timeline=%s", "primary_timeline=2")
    t = pt(
        n,
        t + secs(r, 0.001, 0.01),
        "INFO",
        "primary: history=%s",
        f"primary: history=1\t{lsn(pos['wal'] + 0xA0)}\tno recovery target specified",
    )
    t = pt(
        n,
        t + secs(r, 0.01, 0.05),
        "INFO",
        "running pg_rewind from %s",
        "running pg_rewind from pg-1",
    )
    t = pt(
        n,
        t + secs(r, 0.001, 0.01),
        "INFO",
        "running pg_rewind from %s",
        "running pg_rewind from dbname=postgres user=rewind_user host=10.0.0.11 port=5432 target_session_attrs=read-write",
    )
    t = pt(n, t + secs(r, 2, 6), "INFO", "pg_rewind exit code=%s", "pg_rewind exit code=0")
    t = pt(n, t + secs(r, 0.001, 0.003), "INFO", " stdout=%s", " stdout=")
    t = pt(
        n,
        t + secs(r, 0.001, 0.003),
        "INFO",
        " stderr=%s",
        f" stderr=pg_rewind: servers diverged at WAL location {lsn(pos['wal'] + 0xA0)} on timeline 1",
        [
            f"pg_rewind: rewinding from last common checkpoint at {lsn(pos['wal'] - 0x48)} on timeline 1",
            "pg_rewind: Done!",
        ],
    )
    t = pt(n, t + secs(r, 0.1, 0.4), "INFO", "starting as a secondary", "starting as a secondary")
    pid = 3921
    pids[n] = pid
    t = pg(n, t + secs(r, 0.2, 0.5), pid, "LOG", "starting %s", f"starting {PT_PG}")
    t = pg(
        n,
        t + secs(r, 0.001, 0.01),
        pid,
        "LOG",
        'listening on IPv4 address "%s", port %d',
        'listening on IPv4 address "0.0.0.0", port 5432',
    )
    t = pg(
        n,
        t + secs(r, 0.01, 0.03),
        pid + 3,
        "LOG",
        "database system was interrupted while in recovery at log time %s",
        f"database system was interrupted while in recovery at log time {part0 - secs(r, 60, 200):%Y-%m-%d %H:%M:%S} UTC",
        [
            "HINT:  If this has occurred more than once some data might be corrupted and you might need to choose an earlier recovery target."
        ],
    )
    t = pg(
        n, t + secs(r, 0.01, 0.05), pid + 3, "LOG", "entering standby mode", "entering standby mode"
    )
    t = pg(
        n,
        t + secs(r, 0.01, 0.05),
        pid + 3,
        "LOG",
        "redo starts at %X/%X",
        f"redo starts at {lsn(pos['wal'] - 0x48)}",
    )
    t = pg(
        n,
        t + secs(r, 0.1, 0.4),
        pid + 3,
        "LOG",
        "consistent recovery state reached at %X/%X",
        f"consistent recovery state reached at {lsn(pos['wal'] + 0x1E40)}",
    )
    t = pg(
        n,
        t + secs(r, 0.001, 0.01),
        pid,
        "LOG",
        "database system is ready to accept read-only connections",
        "database system is ready to accept read-only connections",
    )
    pt(n, t + secs(r, 0.2, 0.5), "INFO", "postmaster pid=%s", f"postmaster pid={pid}")
    pg(
        n,
        t + secs(r, 0.05, 0.2),
        pid + 7,
        "LOG",
        "started streaming WAL from primary at %X/%X on timeline %u",
        f"started streaming WAL from primary at {lsn(pos['wal'] & ~0xFFFFFF)} on timeline 2",
    )
    t = pt(
        n,
        t + secs(r, 1, 2),
        "INFO",
        "establishing a new patroni heartbeat connection to postgres",
        "establishing a new patroni heartbeat connection to postgres",
    )
    return [recs[n].into(Log(f"{n}.log", t0)) for n in PT_NODES]


# --------------------------------------------------------------------------------- pgbackrest

PB_VERSION = "2.51"
PB_PG = "/var/lib/postgresql/16/main"
PB_REPO = "/mnt/backup/pgbackrest"
PB_START = "-------------------PROCESS START-------------------"
PB_HINT_082 = [
    "HINT: check the archive_command to ensure that all options are correct (especially --stanza).",
    "HINT: check the PostgreSQL server log for errors.",
    "HINT: run the 'start' command if the stanza was previously stopped.",
]


def pb_size(n: int) -> str:
    for unit, f in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if n >= f:
            v = n / f
            return f"{v:.1f}{unit}" if v < 10 else f"{v:.0f}{unit}"
    return f"{n}B"


def wal_name(seg: int, tl: int = 1) -> str:
    return f"{tl:08X}{seg >> 8:08X}{seg & 0xFF:08X}"


def pgbackrest(r: random.Random) -> list[Log]:
    """pgBackRest 2.51 on a PostgreSQL 16 server, 00:30 to 12:00: asynchronous WAL archiving
    (`main-archive-push-async.log`, a run each time segments are ready), the nightly full
    backup at 01:00 and incrementals at 05:00 and 09:00 with the expire they run
    (`main-backup.log`); the repository's NFS volume full from 08:41 (every push fails and is
    retried), so the 09:00 backup cannot see its stop segment archived and fails with
    `[082]`; an operator expires the oldest full backup by hand at 09:37 (`main-expire.log`),
    the backlog is pushed, and a diff backup runs at 10:05."""
    clock = Clock(1000)
    logs = {k: Records() for k in ("backup", "push", "expire")}
    t0 = at(0, 30)
    full_at = at(8, 41, 12)
    freed = at(9, 38, 40)
    seg = [0x0300 + 0x12]

    def pb(
        k: str, t: datetime, proc: int, lvl: str, fmt: str, msg: str, more: list[str] | None = None
    ) -> datetime:
        t = clock.at((k, proc), t)
        head = f"{t:%Y-%m-%d %H:%M:%S}.{ms3(t)} P{proc:02d} {lvl:>6}: "
        lines = [head + msg] + [" " * len(head) + x for x in more or []]
        logs[k].add(t, lines, fmt)
        return t

    def begin(k: str, t: datetime, cmd: str, opts: str) -> datetime:
        t = clock.at((k, 0), t)
        # the blank line pgBackRest writes before the banner starts no event: no label
        logs[k].add(t - timedelta(microseconds=2), [""], None)  # type: ignore[arg-type]
        logs[k].add(t - timedelta(microseconds=1), [PB_START], PB_START)
        exec_id = f"{r.randrange(1000, 99999)}-{hexid(r, 8)}"
        return pb(
            k,
            t,
            0,
            "INFO",
            f"{cmd} command begin %s: %s",
            f"{cmd} command begin {PB_VERSION}: {opts.format(exec_id=exec_id)}",
        )

    def end(k: str, t: datetime, cmd: str, t_begin: datetime, exc: str | None = None) -> datetime:
        if exc:
            return pb(
                k,
                t,
                0,
                "INFO",
                f"{cmd} command end: aborted with exception [%03d]",
                f"{cmd} command end: aborted with exception [{exc}]",
            )
        ms = int((t - t_begin).total_seconds() * 1000)
        return pb(
            k,
            t,
            0,
            "INFO",
            f"{cmd} command end: completed successfully (%ums)",
            f"{cmd} command end: completed successfully ({ms}ms)",
        )

    push_opts = f"[{PB_PG}/pg_wal] --archive-async --compress-type=zst --exec-id={{exec_id}} --log-level-console=off --log-level-file=detail --log-level-stderr=off --pg1-path={PB_PG} --process-max=2 --repo1-path={PB_REPO} --spool-path=/var/spool/pgbackrest --stanza=main"

    def push(t: datetime, n: int) -> None:
        tb = begin("push", t, "archive-push:async", push_opts)
        first, last = wal_name(seg[0]), wal_name(seg[0] + n - 1)
        what = first if n == 1 else f"{first}...{last}"
        t = pb(
            "push",
            tb + secs(r, 0.005, 0.02),
            0,
            "INFO",
            "push %d WAL file(s) to archive: %s",
            f"push {n} WAL file(s) to archive: {what}",
        )
        failed = full_at <= t < freed
        for i in range(n):
            proc = 1 + i % 2
            w = wal_name(seg[0] + i)
            t += secs(r, 0.04, 0.3)
            if failed:
                pb(
                    "push",
                    t,
                    proc,
                    "WARN",
                    "could not push WAL file '%s' to the archive (will be retried): [%d] raised from local-%u shim protocol: unable to open file '%s' for write: [%d] %s",
                    f"could not push WAL file '{w}' to the archive (will be retried): [47] raised from local-{proc} shim protocol: unable to open file '{PB_REPO}/archive/main/16-1/{w[:16]}/{w}-{hexid(r, 40)}.zst.pgbackrest.tmp' for write: [28] No space left on device",
                )
            else:
                pb(
                    "push",
                    t,
                    proc,
                    "DETAIL",
                    "pushed WAL file '%s' to the archive",
                    f"pushed WAL file '{w}' to the archive",
                )
        if not failed:
            seg[0] += n
        end("push", t + secs(r, 0.005, 0.02), "archive-push:async", tb, "047" if failed else None)

    files = [
        (
            f"base/16384/{16384 + 18 * i + r.randrange(0, 17)}",
            int(r.paretovariate(0.9) * 8192 * r.randrange(1, 40)),
        )
        for i in range(150)
    ]
    files += [
        (f"base/16384/{n}", 8192 * r.randrange(1, 20)) for n in (2608, 2659, 2619, 1259, 1249)
    ]
    files += [
        ("global/pg_control", 8192),
        ("global/1262", 8192),
        ("PG_VERSION", 3),
        ("postgresql.auto.conf", 312),
        ("backup_label", 230),
    ]
    files = [(f, min(s, 1 << 30)) for f, s in files]
    total = sum(s for _, s in files)
    backups: list[str] = [
        "20240601-010002F",
        "20240601-010002F_20240601-050002I",
        "20240603-010003F",
        "20240603-010003F_20240603-090004I",
    ]

    def backup(
        t: datetime, kind: str, prior: str | None, fail: bool = False, warn: tuple | None = None
    ) -> datetime:
        label_t = t
        opts = f"--exec-id={{exec_id}} --log-level-console=info --log-level-file=detail --pg1-path={PB_PG} --process-max=2 --repo1-path={PB_REPO} --repo1-retention-full=2 --stanza=main --start-fast --type={kind}"
        tb = begin("backup", t, "backup", opts)
        t = tb
        if prior:
            t = pb(
                "backup",
                t + secs(r, 0.05, 0.2),
                0,
                "INFO",
                "last backup label = %s, version = %s",
                f"last backup label = {prior}, version = {PB_VERSION}",
            )
        if warn:
            t = pb("backup", t + secs(r, 0.01, 0.05), 0, "WARN", *warn)
        t = pb(
            "backup",
            t + secs(r, 0.01, 0.05),
            0,
            "INFO",
            "execute non-exclusive backup start: backup begins after the requested immediate checkpoint completes",
            "execute non-exclusive backup start: backup begins after the requested immediate checkpoint completes",
        )
        start = seg[0]
        t = pb(
            "backup",
            t + secs(r, 0.5, 2),
            0,
            "INFO",
            "backup start archive = %s, lsn = %s",
            f"backup start archive = {wal_name(start)}, lsn = {start >> 8:X}/{(start & 0xFF) << 24 | 0x28:08X}",
        )
        if prior:
            t = pb(
                "backup",
                t + secs(r, 0.001, 0.01),
                0,
                "INFO",
                "check archive for prior segment %s",
                f"check archive for prior segment {wal_name(start - 1)}",
            )
        done = 0
        changed = r.sample(range(len(files)), 30) if kind != "full" else []
        for i, (f, size) in enumerate(sorted(files, key=lambda x: -x[1])):
            done += size
            pct = f"{done / total * 100:.2f}"
            proc = 1 + i % 2
            t += timedelta(seconds=size / (180 << 20) + r.uniform(0.001, 0.02))
            path = f"{PB_PG}/{f}"
            if kind == "full" or i in changed or f in ("global/pg_control", "backup_label"):
                if size < 8192 and f == "PG_VERSION":
                    pb(
                        "backup",
                        t,
                        proc,
                        "DETAIL",
                        "backup file %s (%s, %s%%) checksum %s",
                        f"backup file {path} ({pb_size(size)}, {pct}%) checksum {hexid(r, 40)}",
                    )
                else:
                    pb(
                        "backup",
                        t,
                        proc,
                        "DETAIL",
                        "backup file %s (%s, %s%%) checksum %s",
                        f"backup file {path} ({pb_size(size)}, {pct}%) checksum {hexid(r, 40)}",
                    )
            else:
                pb(
                    "backup",
                    t,
                    proc,
                    "DETAIL",
                    "match file from prior backup %s (%s, %s%%) checksum %s",
                    f"match file from prior backup {path} ({pb_size(size)}, {pct}%) checksum {hexid(r, 40)}",
                )
        t = pb(
            "backup",
            t + secs(r, 0.1, 0.3),
            0,
            "INFO",
            "execute non-exclusive backup stop and wait for all WAL segments to archive",
            "execute non-exclusive backup stop and wait for all WAL segments to archive",
        )
        stop = seg[0] + 1
        t = pb(
            "backup",
            t + secs(r, 0.3, 1),
            0,
            "INFO",
            "backup stop archive = %s, lsn = %s",
            f"backup stop archive = {wal_name(stop)}, lsn = {stop >> 8:X}/{(stop & 0xFF) << 24 | 0x100:08X}",
        )
        if fail:
            t = pb(
                "backup",
                t + timedelta(seconds=60),
                0,
                "ERROR",
                "[082]: WAL segment %s was not archived before the %ums timeout",
                f"[082]: WAL segment {wal_name(stop)} was not archived before the 60000ms timeout",
                PB_HINT_082,
            )
            return end("backup", t + secs(r, 0.01, 0.05), "backup", tb, "082")
        t = pb(
            "backup",
            t + secs(r, 1, 4),
            0,
            "DETAIL",
            "wrote 'backup_label' file returned from backup stop function",
            "wrote 'backup_label' file returned from backup stop function",
        )
        t = pb(
            "backup",
            t + secs(r, 0.01, 0.1),
            0,
            "INFO",
            "check archive for segment(s) %s:%s",
            f"check archive for segment(s) {wal_name(start)}:{wal_name(stop)}",
        )
        suffix = {"full": "F", "incr": "I", "diff": "D"}[kind]
        new = (
            f"{label_t:%Y%m%d-%H%M%S}F"
            if kind == "full"
            else f"{backups[-1].split('_')[0]}_{label_t:%Y%m%d-%H%M%S}{suffix}"
        )
        t = pb(
            "backup",
            t + secs(r, 0.01, 0.1),
            0,
            "INFO",
            "new backup label = %s",
            f"new backup label = {new}",
        )
        size = total if kind == "full" else sum(files[i][1] for i in changed)
        t = pb(
            "backup",
            t + secs(r, 0.01, 0.1),
            0,
            "INFO",
            f"{kind} backup size = %s, file total = %u",
            f"{kind} backup size = {pb_size(size)}, file total = {len(files)}",
        )
        backups.append(new)
        t = end("backup", t + secs(r, 0.01, 0.05), "backup", tb)
        return expire("backup", t + secs(r, 0.05, 0.2), 2)

    def expire(k: str, t: datetime, keep: int) -> datetime:
        opts = f"--exec-id={{exec_id}} --log-level-console=info --log-level-file=detail --repo1-path={PB_REPO} --repo1-retention-full={keep} --stanza=main"
        tb = begin(k, t, "expire", opts)
        t = tb
        fulls = [b for b in backups if b.endswith("F")]
        if len(fulls) > keep:
            gone = [b for b in backups if b.startswith(fulls[0])]
            t = (
                pb(
                    k,
                    t + secs(r, 0.01, 0.05),
                    0,
                    "INFO",
                    "repo1: expire full backup set %s",
                    f"repo1: expire full backup set {', '.join(gone)}",
                )
                if len(gone) > 1
                else pb(
                    k,
                    t + secs(r, 0.01, 0.05),
                    0,
                    "INFO",
                    "repo1: expire full backup %s",
                    f"repo1: expire full backup {gone[0]}",
                )
            )
            for b in reversed(gone):
                t = pb(
                    k,
                    t + secs(r, 0.2, 3),
                    0,
                    "INFO",
                    "repo1: remove expired backup %s",
                    f"repo1: remove expired backup {b}",
                )
                backups.remove(b)
            t = pb(
                k,
                t + secs(r, 0.2, 2),
                0,
                "INFO",
                "repo1: %s remove archive, start = %s, stop = %s",
                f"repo1: 16-1 remove archive, start = {wal_name(0x0200)}, stop = {wal_name(0x02A0 + r.randrange(0, 0x20))}",
            )
        else:
            t = pb(
                k,
                t + secs(r, 0.01, 0.05),
                0,
                "DETAIL",
                "repo1: %s archive retention on backup %s, start = %s",
                f"repo1: 16-1 archive retention on backup {fulls[0]}, start = {wal_name(0x0290)}",
            )
            t = pb(
                k,
                t + secs(r, 0.01, 0.05),
                0,
                "INFO",
                "repo1: %s no archive to remove",
                "repo1: 16-1 no archive to remove",
            )
        return end(k, t + secs(r, 0.01, 0.05), "expire", tb)

    # WAL pushes all day: a segment every minute or two, the backlog when space is back
    t = t0
    while t < at(12, 0):
        if full_at <= t < freed:
            push(t, 1)
            t += timedelta(seconds=r.uniform(40, 90))
            continue
        if freed <= t < freed + timedelta(minutes=1):
            backlog = 0
            push(t, 1)
            seg[0] += 0
            backlog = 48
            push(t + timedelta(seconds=8), backlog)
            t += timedelta(minutes=2)
            continue
        push(t, 1 if r.random() < 0.8 else r.randrange(2, 5))
        t += timedelta(seconds=r.uniform(50, 240))
    backup(at(1, 0, 2), "full", backups[-1])
    backup(at(5, 0, 2), "incr", backups[-1])
    backup(at(9, 0, 2), "incr", backups[-1], fail=True)
    expire("expire", at(9, 37, 12), 1)
    warn = (
        "backup '%s' cannot be resumed: new backup type '%s' does not match resumable backup type '%s'",
        f"backup '{backups[-1].split('_')[0]}_20240604-090002I' cannot be resumed: new backup type 'diff' does not match resumable backup type 'incr'",
        [],
    )
    backup(at(10, 5, 2), "diff", backups[-1], warn=warn)
    return [
        logs["backup"].into(Log("main-backup.log", t0)),
        logs["push"].into(Log("main-archive-push-async.log", t0)),
        logs["expire"].into(Log("main-expire.log", t0)),
    ]


# --------------------------------------------------------------------------------- proxysql

PX_SERVERS = [
    (10, "10.0.0.5", "writer"),
    (20, "10.0.0.5", "reader"),
    (20, "10.0.0.6", "reader"),
    (20, "10.0.0.7", "reader"),
]
PX_MODULES = [
    ("ProxySQL Cluster", "0.4.0906", "ProxySQL_Cluster.cpp", "Wed Jan 10 2024"),
    ("ProxySQL Statistics", "1.4.1027", "ProxySQL_Statistics.cpp", "Wed Jan 10 2024"),
    ("ProxySQL HTTP Server Handler", "1.4.1031", "ProxySQL_HTTP_Server.cpp", "Wed Jan 10 2024"),
    ("ProxySQL Admin", "2.0.6.0805", "ProxySQL_Admin.cpp", "Wed Jan 10 2024"),
    ("MySQL Threads Handler", "0.2.0902", "MySQL_Thread.cpp", "Wed Jan 10 2024"),
    ("MySQL Authentication", "0.2.0902", "MySQL_Authentication.cpp", "Wed Jan 10 2024"),
    ("Query Processor", "0.4.1229", "Query_Processor.cpp", "Wed Jan 10 2024"),
    ("MySQL Monitor", "2.0.1226", "MySQL_Monitor.cpp", "Wed Jan 10 2024"),
]
PX_TABLE_HEAD = "| hostgroup_id | hostname | port | gtid_port | weight | status | compression | max_connections | max_replication_lag | use_ssl | max_latency_ms | comment |"


def proxysql(r: random.Random) -> list[Log]:
    """ProxySQL 2.5.5 on proxysql-0 and proxysql-1 (a ProxySQL cluster) in front of a MySQL
    8.0 primary (10.0.0.5, writer hostgroup 10, also a reader) and two replicas (hostgroup
    20), 06:00 to 10:00: start-up of both; a reporting job with a stale password from 06:20
    (`Access denied` every few seconds until 07:15); replica 10.0.0.7 lagging during a batch
    from 07:30 (shunned and re-enabled); the primary crashes at 08:12:30 (pings missed,
    connections broken and refused, shunned) and the orchestrator promotes 10.0.0.6 at
    08:13:40 (ProxySQL's read_only monitor moves it to hostgroup 10); an admin removes
    10.0.0.5 at 08:40 on proxysql-0 (LOAD ... TO RUNTIME, the cluster syncs proxysql-1)."""
    clock = Clock(1_000_000)
    recs = {n: Records() for n in ("proxysql-0", "proxysql-1")}
    t0 = at(6, 0, 0)
    crash, promoted = at(8, 12, 30), at(8, 13, 40)
    lines = {
        "connect_error": ("MySQL_HostGroups_Manager.cpp", 1317, "connect_error"),
        "monitor_ping": ("MySQL_Monitor.cpp", 2457, "monitor_ping"),
        "monitor_read_only": ("MySQL_Monitor.cpp", 1642, "monitor_read_only_thread"),
        "lag": ("MySQL_HostGroups_Manager.cpp", 3601, "replication_lag_action_inner"),
        "read_only_action": ("MySQL_HostGroups_Manager.cpp", 4812, "read_only_action_v2"),
        "session_auth": (
            "MySQL_Session.cpp",
            5931,
            "handler___status_CONNECTING_CLIENT___STATE_SERVER_HANDSHAKE",
        ),
        "session_broken": ("MySQL_Session.cpp", 4457, "handler_minus1_ClientLibraryError"),
        "session_timeout": ("MySQL_Session.cpp", 3102, "handler_again___status_CONNECTING_SERVER"),
        "real_connect": ("mysql_connection.cpp", 1112, "handler"),
        "killed": ("MySQL_Thread.cpp", 3926, "process_all_sessions"),
    }

    def info(
        n: str, t: datetime, fmt: str, msg: str, more: list[str] | None = None, proc: str = "main"
    ) -> datetime:
        t = clock.at((n, proc), t)
        recs[n].add(t, [f"{t:%Y-%m-%d %H:%M:%S} [INFO] {msg}", *(more or [])], fmt)
        return t

    def err(n: str, t: datetime, where: str, lvl: str, fmt: str, msg: str) -> datetime:
        f, line, fn = lines[where]
        t = clock.at((n, where), t)
        recs[n].add(t, [f"{t:%Y-%m-%d %H:%M:%S} {f}:{line}:{fn}(): [{lvl}] {msg}"], fmt)
        return t

    def bare(n: str, t: datetime, fmt: str, msg: str) -> None:
        recs[n].add(t, [msg], fmt)

    def table(servers: list[tuple[int, str, str]], status: dict[str, str]) -> list[str]:
        sep = "+--------------+----------+------+-----------+--------+--------+-------------+-----------------+---------------------+---------+----------------+---------+"
        rows = [sep, PX_TABLE_HEAD, sep]
        for hg, host, role in servers:
            rows.append(
                f"| {hg:<12} | {host:<8} | 3306 | 0         | {1000 if role == 'writer' else 500:<6} | {status.get(host, 'ONLINE'):<6} | 0           | 1000            | {0 if hg == 10 else 30:<19} | 0       | 0              | {role:<7} |"
            )
        rows.append(sep)
        return rows

    def startup(n: str, t: datetime) -> datetime:
        t = info(n, t, "ProxySQL version %s", "ProxySQL version 2.5.5-10-g195fd70")
        t = info(
            n,
            t,
            "Detected OS: %s",
            f"Detected OS: Linux {n} 5.15.0-107-generic #117-Ubuntu SMP Fri Apr 26 12:26:49 UTC 2024 x86_64",
        )
        t = info(n, t, "Using config file %s", "Using config file /etc/proxysql.cnf")
        t = info(n, t, "Current RLIMIT_NOFILE: %d", "Current RLIMIT_NOFILE: 102400")
        t = info(
            n, t, "Using OpenSSL version: %s", "Using OpenSSL version: OpenSSL 3.0.13 30 Jan 2024"
        )
        t = info(
            n,
            t,
            "SSL keys/certificates found in datadir (%s): loading them.",
            "SSL keys/certificates found in datadir (/var/lib/proxysql): loading them.",
        )
        t = info(n, t, "Starting ProxySQL", "Starting ProxySQL")
        t = info(n, t, "Sucessfully started", "Sucessfully started")
        bare(
            n,
            t,
            "Main daemonize phase1 completed in %f secs.",
            f"Main daemonize phase1 completed in {r.uniform(0.00005, 0.0003):.6f} secs.",
        )
        t = info(
            n,
            t,
            "Angel process started ProxySQL process %d",
            f"Angel process started ProxySQL process {r.randrange(20, 90)}",
        )
        for name, rev, src, date in PX_MODULES:
            bare(
                n,
                t,
                "Standard %s rev. %s -- %s -- %s",
                f"Standard {name} rev. {rev} -- {src} -- {date}",
            )
        t = info(
            n,
            t + timedelta(seconds=1),
            "Dumping mysql_servers_incoming",
            "Dumping mysql_servers_incoming",
            table(PX_SERVERS, {}),
        )
        t = info(
            n,
            t,
            "Checksum for table %s is %s",
            f"Checksum for table mysql_servers is 0x{hexid(r, 16).upper()}",
        )
        t = info(
            n,
            t,
            "Computed checksum for '%s' was '%s', with epoch '%llu'",
            f"Computed checksum for 'LOAD MYSQL SERVERS TO RUNTIME' was '0x{hexid(r, 16).upper()}', with epoch '{int(t.timestamp())}'",
        )
        return t

    for n, off in (("proxysql-0", 2), ("proxysql-1", 5)):
        startup(n, t0 + timedelta(seconds=off))

    # the reporting job's stale password
    for t in poisson(r, at(6, 20, 11), at(7, 15, 3), 9):
        n = r.choice(["proxysql-0", "proxysql-1"])
        err(
            n,
            t,
            "session_auth",
            "ERROR",
            "ProxySQL Error: Access denied for user '%s'@'%s' (using password: %s)",
            f"ProxySQL Error: Access denied for user 'reporting'@'10.0.3.{r.choice([41, 42])}' (using password: YES)",
        )

    # replica 10.0.0.7 lagging during a batch
    t = at(7, 30, 18)
    while t < at(8, 5):
        for n in recs:
            lag = r.randrange(31, 140)
            err(
                n,
                t + secs(r, 0, 1),
                "lag",
                "WARNING",
                "Shunning server %s:%d from HG %u with replication lag of %d second, count number: '%d'",
                f"Shunning server 10.0.0.7:3306 from HG 20 with replication lag of {lag} second, count number: '1'",
            )
            back = t + secs(r, 20, 90)
            err(
                n,
                back,
                "lag",
                "WARNING",
                "Re-enabling server %s:%d from HG %u with replication lag of %d second",
                f"Re-enabling server 10.0.0.7:3306 from HG 20 with replication lag of {r.randrange(0, 29)} second",
            )
        t += secs(r, 100, 260)

    # the primary crashes
    for n in recs:
        for _ in range(r.randrange(8, 14)):
            tb = crash + secs(r, 0, 1.5)
            err(
                n,
                tb,
                "session_broken",
                "ERROR",
                "Detected a broken connection while running query on (%d,%s,%d,%lu) , FD (Conn:%d , MyDS:%d) , user %s , last_used %llums ago : %d, Lost connection to MySQL server during query",
                f"Detected a broken connection while running query on (10,10.0.0.5,3306,{r.randrange(1000, 99999)}) , FD (Conn:{r.randrange(30, 400)} , MyDS:{r.randrange(30, 400)}) , user app , last_used {r.randrange(0, 80)}ms ago : 2013, Lost connection to MySQL server during query",
            )
        t = crash + secs(r, 1, 3)
        for _k in range(5):
            t = err(
                n,
                t,
                "real_connect",
                "ERROR",
                "Failed to mysql_real_connect() on %u:%s:%d , FD (Conn:%d , MyDS:%d) , %d: Can't connect to MySQL server on '%s' (%d).",
                f"Failed to mysql_real_connect() on 10:10.0.0.5:3306 , FD (Conn:{r.randrange(30, 400)} , MyDS:{r.randrange(30, 400)}) , 2003: Can't connect to MySQL server on '10.0.0.5' (111).",
            ) + secs(r, 0, 0.3)
        err(
            n,
            t,
            "connect_error",
            "ERROR",
            "Shunning server %s:%d with %u errors/sec. Shunning for %u seconds",
            "Shunning server 10.0.0.5:3306 with 5 errors/sec. Shunning for 10 seconds",
        )
        for _ in range(r.randrange(3, 7)):
            err(
                n,
                t + secs(r, 0, 2),
                "killed",
                "WARNING",
                "Closing killed client connection %s:%d",
                f"Closing killed client connection 10.0.2.{r.randrange(10, 60)}:{r.randrange(32768, 60999)}",
            )
        tp = crash + secs(r, 1, 9)
        while tp < at(8, 40, 6):
            err(
                n,
                tp,
                "monitor_ping",
                "ERROR",
                "Server %s:%d missed %d heartbeats, shunning it and killing all the connections. Disabling other checks until the node comes back online.",
                "Server 10.0.0.5:3306 missed 3 heartbeats, shunning it and killing all the connections. Disabling other checks until the node comes back online.",
            )
            tp += timedelta(seconds=8 + r.random())
        tt = crash + secs(r, 10, 12)
        while tt < promoted + timedelta(seconds=20):
            err(
                n,
                tt,
                "session_timeout",
                "ERROR",
                "Max connect timeout reached while reaching hostgroup %d after %llums",
                f"Max connect timeout reached while reaching hostgroup 10 after {10000 + r.randrange(0, 9)}ms",
            )
            tt += secs(r, 0.5, 4)
        tr = promoted + secs(r, 0.5, 1.4)
        tr = err(
            n,
            tr,
            "read_only_action",
            "INFO",
            "Server '%s:%d' found with 'read_only=0', but not found as writer",
            "Server '10.0.0.6:3306' found with 'read_only=0', but not found as writer",
        )
        tr = info(
            n,
            tr,
            "Regenerating table 'mysql_servers' due to actions on server '%s:%d'",
            "Regenerating table 'mysql_servers' due to actions on server '10.0.0.6:3306'",
            proc="monitor",
        )
        tr = info(
            n,
            tr,
            "Checksum for table %s is %s",
            f"Checksum for table mysql_servers is 0x{hexid(r, 16).upper()}",
            proc="monitor",
        )

    # the admin removes the dead primary on proxysql-0, the cluster syncs proxysql-1
    t = at(8, 40, 5)
    t = info(
        "proxysql-0",
        t,
        "Received %s command",
        "Received LOAD MYSQL SERVERS TO RUNTIME command",
        proc="admin",
    )
    now = [(10, "10.0.0.6", "writer"), (20, "10.0.0.6", "reader"), (20, "10.0.0.7", "reader")]
    t = info(
        "proxysql-0",
        t,
        "Dumping mysql_servers_incoming",
        "Dumping mysql_servers_incoming",
        table(now, {}),
        proc="admin",
    )
    csum = f"0x{hexid(r, 16).upper()}"
    t = info(
        "proxysql-0",
        t,
        "Checksum for table %s is %s",
        f"Checksum for table mysql_servers is {csum}",
        proc="admin",
    )
    t = info(
        "proxysql-0",
        t,
        "Computed checksum for '%s' was '%s', with epoch '%llu'",
        f"Computed checksum for 'LOAD MYSQL SERVERS TO RUNTIME' was '{csum}', with epoch '{int(t.timestamp())}'",
        proc="admin",
    )
    t = info(
        "proxysql-0",
        t + secs(r, 5, 9),
        "Received %s command",
        "Received SAVE MYSQL SERVERS TO DISK command",
        proc="admin",
    )
    ep = int(t.timestamp())
    tc = t + secs(r, 0.5, 1)
    tc = info(
        "proxysql-1",
        tc,
        "Cluster: detected a new checksum for %s from peer %s:%d, version %llu, epoch %llu, checksum %s . Not syncing yet ...",
        f"Cluster: detected a new checksum for mysql_servers from peer 10.0.0.31:6032, version 12, epoch {ep}, checksum {csum} . Not syncing yet ...",
        proc="cluster",
    )
    tc = info(
        "proxysql-1",
        tc + timedelta(seconds=3),
        "Cluster: detected a peer %s:%d with %s version %llu, epoch %llu, diff_check %u. Own version: %llu, epoch: %llu. Proceeding with remote sync",
        f"Cluster: detected a peer 10.0.0.31:6032 with mysql_servers version 12, epoch {ep}, diff_check 3. Own version: 9, epoch: {ep - 9021}. Proceeding with remote sync",
        proc="cluster",
    )
    tc = info(
        "proxysql-1",
        tc,
        "Cluster: Fetching MySQL Servers from peer %s:%d started. Expected checksum %s",
        f"Cluster: Fetching MySQL Servers from peer 10.0.0.31:6032 started. Expected checksum {csum}",
        proc="cluster",
    )
    tc = info(
        "proxysql-1",
        tc,
        "Cluster: Fetching MySQL Servers from peer %s:%d completed",
        "Cluster: Fetching MySQL Servers from peer 10.0.0.31:6032 completed",
        proc="cluster",
    )
    tc = info(
        "proxysql-1",
        tc,
        "Cluster: Loading to runtime MySQL Servers from peer %s:%d",
        "Cluster: Loading to runtime MySQL Servers from peer 10.0.0.31:6032",
        proc="cluster",
    )
    tc = info(
        "proxysql-1",
        tc,
        "Dumping mysql_servers_incoming",
        "Dumping mysql_servers_incoming",
        table(now, {}),
        proc="cluster",
    )
    tc = info(
        "proxysql-1",
        tc,
        "Checksum for table %s is %s",
        f"Checksum for table mysql_servers is {csum}",
        proc="cluster",
    )
    info(
        "proxysql-1",
        tc,
        "Cluster: Saving to disk MySQL Servers from peer %s:%d",
        "Cluster: Saving to disk MySQL Servers from peer 10.0.0.31:6032",
        proc="cluster",
    )
    t = info(
        "proxysql-0",
        tc + secs(r, 0.5, 2),
        "Cluster: checksum for %s from peer %s:%d matches with local checksum %s , we won't sync.",
        f"Cluster: checksum for mysql_servers from peer 10.0.0.32:6032 matches with local checksum {csum} , we won't sync.",
        proc="cluster",
    )

    # query errors from the application all along
    for t in poisson(r, t0 + timedelta(minutes=2), at(10, 0), 30):
        n = r.choice(list(recs))
        srv = "10.0.0.5" if t < crash else "10.0.0.6"
        x = r.random()
        if x < 0.55:
            err(
                n,
                t,
                "session_broken",
                "WARNING",
                "Error during query on (%d,%s,%d,%lu): %d, Deadlock found when trying to get lock; try restarting transaction",
                f"Error during query on (10,{srv},3306,{r.randrange(1000, 99999)}): 1213, Deadlock found when trying to get lock; try restarting transaction",
            )
        elif x < 0.85:
            err(
                n,
                t,
                "session_broken",
                "WARNING",
                "Error during query on (%d,%s,%d,%lu): %d, Duplicate entry '%s' for key '%s'",
                f"Error during query on (10,{srv},3306,{r.randrange(1000, 99999)}): 1062, Duplicate entry 'PO-{r.randrange(100000, 999999)}' for key 'orders.external_ref'",
            )
        else:
            err(
                n,
                t,
                "session_broken",
                "WARNING",
                "Error during query on (%d,%s,%d,%lu): %d, Query execution was interrupted, maximum statement execution time exceeded",
                f"Error during query on (20,10.0.0.{r.choice([6, 7])},3306,{r.randrange(1000, 99999)}): 3024, Query execution was interrupted, maximum statement execution time exceeded",
            )
    return [recs[n].into(Log(f"{n}.log", t0)) for n in recs]


# --------------------------------------------------------------------------------- gha-runner

GH_VERSION = "2.317.0"
GH_ROOT = "/home/runner/actions-runner"
GH_COMMIT = "b6a82ebcbc2b9cd30bb36cf37c9a16e8f4d21a25"
GH_BROKER = "https://broker.actions.githubusercontent.com"
GH_PIPELINES = "https://pipelines.actions.githubusercontent.com/Wm3cVq8kz1TtGh2Ds5Xp0LyRbJ4nNfA6eIuOoPaSd7Fg9HjK"
GH_FLAGS = [
    "help",
    "version",
    "commit",
    "check",
    "ephemeral",
    "once",
    "unattended",
    "replace",
    "runasservice",
    "disableupdate",
]
GH_JOBS = [
    (
        "build",
        [
            ("Set up job", None),
            ("Run actions/checkout@v4", "node"),
            ("Run actions/setup-node@v4", "node"),
            ("Run npm ci", "bash"),
            ("Run npm run build", "bash"),
            ("Post Run actions/checkout@v4", "node"),
            ("Complete job", None),
        ],
    ),
    (
        "test (ubuntu, 20)",
        [
            ("Set up job", None),
            ("Run actions/checkout@v4", "node"),
            ("Run actions/setup-node@v4", "node"),
            ("Run npm ci", "bash"),
            ("Run npm test -- --ci --reporters=default", "bash"),
            ("Post Run actions/checkout@v4", "node"),
            ("Complete job", None),
        ],
    ),
    (
        "lint",
        [
            ("Set up job", None),
            ("Run actions/checkout@v4", "node"),
            ("Run npx eslint .", "bash"),
            ("Post Run actions/checkout@v4", "node"),
            ("Complete job", None),
        ],
    ),
    (
        "deploy-staging",
        [
            ("Set up job", None),
            ("Run actions/checkout@v4", "node"),
            ("Run ./scripts/deploy.sh staging", "bash"),
            ("Post Run actions/checkout@v4", "node"),
            ("Complete job", None),
        ],
    ),
]
GH_FRAMES = [
    "   at System.Net.Http.HttpResponseMessage.EnsureSuccessStatusCode()",
    "   at GitHub.Actions.RunService.WebApi.BrokerHttpClient.GetRunnerMessageAsync(Nullable`1 sessionId, String runnerVersion, Nullable`1 status, String os, String architecture, Nullable`1 disableUpdate, CancellationToken cancellationToken)",
    "   at GitHub.Runner.Common.BrokerServer.<>c__DisplayClass7_0.<<GetRunnerMessageAsync>b__0>d.MoveNext()",
    "--- End of stack trace from previous location ---",
    "   at GitHub.Runner.Common.RunnerService.RetryRequest[T](Func`1 func, CancellationToken cancellationToken, Int32 maxRetryAttemptsCount, Func`2 shouldRetry)",
    "   at GitHub.Runner.Common.BrokerServer.GetRunnerMessageAsync(Nullable`1 sessionId, TaskAgentStatus status, String version, String os, String architecture, Boolean disableUpdate, CancellationToken cancellationToken)",
    "   at GitHub.Runner.Listener.BrokerMessageListener.GetNextMessageAsync(CancellationToken token)",
]


def gha_runner(r: random.Random) -> list[Log]:
    """A self-hosted GitHub Actions runner 2.317 on a Linux VM, 06:00 to 11:00: the listener
    starts, connects and takes a job every 10 to 25 minutes (build, test, lint, deploy), a
    Worker log per job; the test job fails from 07:40 (a flaky suite: `npm test` exits 1);
    GitHub's broker answers 503 from 08:13 to 08:27 (the listener's long polls fail and back
    off, a running job's timeline updates fail and are retried)."""
    clock = Clock(1_000_000)
    t0 = at(6, 0, 0)
    down0, down1 = at(8, 13, 31), at(8, 27, 22)
    runner = Records()
    workers: list[tuple[str, Records]] = []
    session = uuid4(r)

    def tr(
        rec: Records,
        proc: str,
        t: datetime,
        lvl: str,
        src: str,
        fmt: str,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        t = clock.at(proc, t)
        rec.add(t, [f"[{t:%Y-%m-%d %H:%M:%S}Z {lvl:<4} {src}] {msg}", *(more or [])], fmt)
        return t

    def host(rec: Records, proc: str, t: datetime, name: str) -> datetime:
        t = tr(
            rec,
            proc,
            t,
            "INFO",
            "HostContext",
            "No proxy settings were found based on environmental variables (http_proxy/https_proxy/HTTP_PROXY/HTTPS_PROXY)",
            "No proxy settings were found based on environmental variables (http_proxy/https_proxy/HTTP_PROXY/HTTPS_PROXY)",
        )
        for d, p in (
            (("Bin", "bin"), ("Root", ""))
            if name == "Runner"
            else (("Bin", "bin"), ("Diag", "_diag"), ("Work", "_work"))
        ):
            t = tr(
                rec,
                proc,
                t,
                "INFO",
                "HostContext",
                "Well known directory '%s': '%s'",
                f"Well known directory '{d}': '{GH_ROOT}/{p}'".replace("/'", "'"),
            )
        t = tr(rec, proc, t, "INFO", name, "Version: %s", f"Version: {GH_VERSION}")
        t = tr(rec, proc, t, "INFO", name, "Commit: %s", f"Commit: {GH_COMMIT}")
        t = tr(rec, proc, t, "INFO", name, "Culture: %s", "Culture: ")
        return tr(rec, proc, t, "INFO", name, "UI Culture: %s", "UI Culture: ")

    def invoke(rec: Records, proc: str, t: datetime, fname: str, args: str, wd: str) -> datetime:
        block = [
            ("Starting process:", "Starting process:"),
            ("  File name: '%s'", f"  File name: '{fname}'"),
            ("  Arguments: '%s'", f"  Arguments: '{args}'"),
            ("  Working directory: '%s'", f"  Working directory: '{wd}'"),
            ("  Require exit code zero: '%s'", "  Require exit code zero: 'False'"),
            ("  Encoding web name: %s; code page: '%s'", "  Encoding web name: ; code page: ''"),
            (
                "  Force kill process on cancellation: '%s'",
                "  Force kill process on cancellation: 'False'",
            ),
            ("  Redirected STDIN: '%s'", "  Redirected STDIN: 'False'"),
            ("  Persist current code page: '%s'", "  Persist current code page: 'False'"),
            ("  Keep redirected STDIN open: '%s'", "  Keep redirected STDIN open: 'False'"),
            ("  High priority process: '%s'", "  High priority process: 'False'"),
        ]
        for fmt, msg in block:
            t = tr(rec, proc, t, "INFO", "ProcessInvokerWrapper", fmt, msg)
        pid = r.randrange(2000, 60000)
        tr(
            rec,
            proc,
            t,
            "INFO",
            "ProcessInvokerWrapper",
            "Process started with process id %d, waiting for process exit.",
            f"Process started with process id {pid}, waiting for process exit.",
        )
        return t

    def finished(rec: Records, proc: str, t: datetime, code: int, took: timedelta) -> datetime:
        el = took.total_seconds()
        return tr(
            rec,
            proc,
            t,
            "INFO",
            "ProcessInvokerWrapper",
            "Finished process %d with exit code %d, and elapsed time %s.",
            f"Finished process {r.randrange(2000, 60000)} with exit code {code}, and elapsed time {int(el // 3600):02d}:{int(el % 3600 // 60):02d}:{el % 60:010.7f}.",
        )

    # the listener starts
    t = host(runner, "runner", t0, "Runner")
    t = tr(
        runner,
        "runner",
        t,
        "INFO",
        "Runner",
        "Runner is built for %s (%s) - %s",
        f"Runner is built for Linux (X64) - https://github.com/actions/runner/releases/download/v{GH_VERSION}/actions-runner-linux-x64-{GH_VERSION}.tar.gz",
    )
    t = tr(
        runner,
        "runner",
        t,
        "INFO",
        "Runner",
        "RuntimeInformation: %s.",
        "RuntimeInformation: Ubuntu 22.04.4 LTS.",
    )
    for f in GH_FLAGS:
        t = tr(
            runner,
            "runner",
            t,
            "INFO",
            "CommandSettings",
            "Flag '%s': '%s'",
            f"Flag '{f}': 'False'",
        )
    t = tr(
        runner,
        "runner",
        t,
        "INFO",
        "RunnerServer",
        "EstablishVssConnection",
        "EstablishVssConnection",
    )
    t = tr(
        runner,
        "runner",
        t,
        "INFO",
        "RunnerServer",
        "Establish connection with %d seconds timeout.",
        "Establish connection with 100 seconds timeout.",
    )
    for op in ("Location.GetConnectionData", "DistributedTask.CreateAgentSession"):
        t = tr(
            runner,
            "runner",
            t,
            "INFO",
            "GitHubActionsService",
            "Starting operation %s",
            f"Starting operation {op}",
        )
        t = tr(
            runner,
            "runner",
            t,
            "INFO",
            "GitHubActionsService",
            "Finished operation %s",
            f"Finished operation {op}",
        )
    t = tr(runner, "runner", t, "INFO", "MessageListener", "Session created.", "Session created.")
    t = tr(
        runner,
        "runner",
        t,
        "INFO",
        "Terminal",
        "WRITE LINE: √ Connected to GitHub",
        "WRITE LINE: √ Connected to GitHub",
    )
    t = tr(
        runner,
        "runner",
        t,
        "INFO",
        "Terminal",
        "WRITE LINE: Current runner version: '%s'",
        f"WRITE LINE: Current runner version: '{GH_VERSION}'",
    )
    t = tr(
        runner,
        "runner",
        t,
        "INFO",
        "Terminal",
        "WRITE LINE: %s: Listening for Jobs",
        f"WRITE LINE: {t:%Y-%m-%d %H:%M:%S}Z: Listening for Jobs",
    )

    # the broker down: failed polls, back-off
    t = down0
    first = True
    while t < down1:
        url = f"{GH_BROKER}/message?sessionId={session}&status=Online&runnerVersion={GH_VERSION}&os=Linux&architecture=X64&disableUpdate=false"
        t = tr(
            runner,
            "runner",
            t,
            "ERR",
            "GitHubActionsService",
            "GET request to %s failed. HTTP Status: %s",
            f"GET request to {url} failed. HTTP Status: ServiceUnavailable",
        )
        t = tr(
            runner,
            "runner",
            t,
            "ERR",
            "MessageListener",
            "Catch exception during get next message.",
            "Catch exception during get next message.",
        )
        t = tr(
            runner,
            "runner",
            t,
            "ERR",
            "MessageListener",
            "System.Net.Http.HttpRequestException: Response status code does not indicate success: %d (%s).",
            "System.Net.Http.HttpRequestException: Response status code does not indicate success: 503 (Service Unavailable).",
            GH_FRAMES,
        )
        if first:
            t = tr(
                runner,
                "runner",
                t,
                "ERR",
                "Terminal",
                "WRITE ERROR: %s: Runner connect error: Response status code does not indicate success: %d (%s).. Retrying until reconnected.",
                f"WRITE ERROR: {t:%Y-%m-%d %H:%M:%S}Z: Runner connect error: Response status code does not indicate success: 503 (Service Unavailable).. Retrying until reconnected.",
            )
            first = False
        wait = r.uniform(15, 60)
        t = tr(
            runner,
            "runner",
            t,
            "INFO",
            "MessageListener",
            "Sleeping for %s seconds before retrying.",
            f"Sleeping for {wait:.7f} seconds before retrying.",
        )
        t += timedelta(seconds=wait)
    tr(
        runner,
        "runner",
        t,
        "INFO",
        "Terminal",
        "WRITE LINE: %s: Runner reconnected.",
        f"WRITE LINE: {t:%Y-%m-%d %H:%M:%S}Z: Runner reconnected.",
    )

    # the jobs
    req = 4812
    t = at(6, 4, 51)
    n = 0
    while t < at(10, 45):
        if down0 <= t < down1:
            t = down1 + secs(r, 20, 90)
        n += 1
        name, steps = GH_JOBS[n % len(GH_JOBS)] if n % 5 else GH_JOBS[1]
        req += r.randrange(1, 40)
        plan, job = uuid4(r), uuid4(r)
        t = tr(
            runner,
            "runner",
            t,
            "INFO",
            "JobDispatcher",
            "Job request %d for plan %s job %s received.",
            f"Job request {req} for plan {plan} job {job} received.",
        )
        t = tr(
            runner,
            "runner",
            t,
            "INFO",
            "JobDispatcher",
            "Pull OrchestrationId %s from JWT claims",
            f"Pull OrchestrationId {plan}.{name.split()[0]}.__default from JWT claims",
        )
        t = tr(
            runner,
            "runner",
            t,
            "INFO",
            "Terminal",
            "WRITE LINE: %s: Running job: %s",
            f"WRITE LINE: {t:%Y-%m-%d %H:%M:%S}Z: Running job: {name}",
        )
        t = invoke(
            runner,
            "runner",
            t,
            f"{GH_ROOT}/bin/Runner.Worker",
            f"spawnclient {r.randrange(100, 200)} {r.randrange(100, 200)}",
            f"{GH_ROOT}/bin",
        )
        ts = t
        t = tr(
            runner,
            "runner",
            t,
            "INFO",
            "JobDispatcher",
            "Send job request message to worker for job %s.",
            f"Send job request message to worker for job {job}.",
        )
        size, digest = r.randrange(18000, 42000), hexid(r, 64)
        t = tr(
            runner,
            "runner",
            t,
            "INFO",
            "ProcessChannel",
            "Sending message of length %d, with hash '%s'",
            f"Sending message of length {size}, with hash '{digest}'",
        )
        # the worker
        wrec = Records()
        wproc = f"worker{n}"
        tw = clock.at(wproc, t + timedelta(seconds=1))
        workers.append((f"Worker_{tw:%Y%m%d-%H%M%S}-utc.log", wrec))
        tw = host(wrec, wproc, tw - timedelta(seconds=1), "Worker")
        tw = tr(
            wrec,
            wproc,
            tw,
            "INFO",
            "Worker",
            "Waiting to receive the job message from the channel.",
            "Waiting to receive the job message from the channel.",
        )
        tw = tr(
            wrec,
            wproc,
            tw,
            "INFO",
            "ProcessChannel",
            "Receiving message of length %d, with hash '%s'",
            f"Receiving message of length {size}, with hash '{digest}'",
        )
        tw = tr(wrec, wproc, tw, "INFO", "Worker", "Message received.", "Message received.")
        failing = name.startswith("test") and t > at(7, 40)
        result = "Succeeded"
        for _sn, (step, kind) in enumerate(steps, 1):
            tw = tr(
                wrec,
                wproc,
                tw,
                "INFO",
                "StepsRunner",
                "Processing step: DisplayName='%s'",
                f"Processing step: DisplayName='{step}'",
            )
            if kind:
                tw = tr(
                    wrec,
                    wproc,
                    tw,
                    "INFO",
                    "StepsRunner",
                    "Evaluating condition for step: '%s'",
                    f"Evaluating condition for step: '{step}'",
                )
                tw = tr(
                    wrec,
                    wproc,
                    tw,
                    "INFO",
                    "StepsRunner",
                    "Starting the step.",
                    "Starting the step.",
                )
                if kind == "node":
                    tw = invoke(
                        wrec,
                        wproc,
                        tw,
                        "/home/runner/actions-runner/externals/node20/bin/node",
                        f'"{GH_ROOT}/_work/_actions/actions/{step.split("/")[1].split("@")[0]}/v4/dist/index.js"',
                        f"{GH_ROOT}/_work/app/app",
                    )
                else:
                    tw = invoke(
                        wrec,
                        wproc,
                        tw,
                        "/usr/bin/bash",
                        f"-e {GH_ROOT}/_work/_temp/{uuid4(r)}.sh",
                        f"{GH_ROOT}/_work/app/app",
                    )
                took = secs(r, 1, 90) if kind == "bash" else secs(r, 0.5, 6)
                code = 1 if failing and "npm test" in step else 0
                tw = finished(wrec, wproc, tw + took, code, took)
                sres = (
                    "Failed"
                    if code
                    else (
                        "Skipped"
                        if result == "Failed" and not step.startswith("Post")
                        else "Succeeded"
                    )
                )
                tw = tr(
                    wrec,
                    wproc,
                    tw,
                    "INFO",
                    "StepsRunner",
                    "Step result: %s",
                    f"Step result: {sres}",
                )
                if code:
                    result = "Failed"
                    tw = tr(
                        wrec,
                        wproc,
                        tw,
                        "INFO",
                        "StepsRunner",
                        "Update job result with current step result '%s'.",
                        f"Update job result with current step result '{sres}'.",
                    )
            telem = {
                "action": step.replace("Run ", "").split()[0]
                if kind == "node"
                else ("run" if kind else step.replace(" ", "")),
                "type": "node20" if kind == "node" else ("run" if kind else "runner"),
                "stage": "Main" if not step.startswith("Post") else "Post",
                "stepId": uuid4(r),
                "result": "failed" if result == "Failed" and code else "succeeded",
                "executionTimeInSeconds": r.randrange(0, 90),
                "startTime": f"{tw:%Y-%m-%dT%H:%M:%S}Z",
                "finishTime": f"{tw:%Y-%m-%dT%H:%M:%S}Z",
            }
            body = json.dumps(telem, indent=2).split("\n")
            tw = tr(
                wrec,
                wproc,
                tw,
                "INFO",
                "ExecutionContext",
                "Publish step telemetry for current step %s.",
                f"Publish step telemetry for current step {body[0]}",
                [*body[1:-1], body[-1] + "."],
            )
            if down0 <= tw < down1 and r.random() < 0.8:
                url = f"{GH_PIPELINES}/_apis/distributedtask/hubs/Actions/plans/{plan}/timelines/{uuid4(r)}/records"
                tw = tr(
                    wrec,
                    wproc,
                    tw,
                    "ERR",
                    "GitHubActionsService",
                    "PATCH request to %s failed. HTTP Status: %s",
                    f"PATCH request to {url} failed. HTTP Status: ServiceUnavailable",
                )
                tw = tr(
                    wrec,
                    wproc,
                    tw,
                    "WARN",
                    "JobServerQueue",
                    "Catch exception during update timeline records, try to update these timeline records next time.",
                    "Catch exception during update timeline records, try to update these timeline records next time.",
                )
            tw += secs(r, 0, 2)
        tw = tr(
            wrec,
            wproc,
            tw,
            "INFO",
            "JobRunner",
            "Job result after all job steps finish: %s",
            f"Job result after all job steps finish: {result}",
        )
        tw = tr(
            wrec,
            wproc,
            tw,
            "INFO",
            "JobRunner",
            "Completing the job execution context.",
            "Completing the job execution context.",
        )
        tw = tr(
            wrec,
            wproc,
            tw,
            "INFO",
            "JobRunner",
            "Shutting down the job server queue.",
            "Shutting down the job server queue.",
        )
        # back in the listener: renewals while the worker runs, the end
        tn = ts + timedelta(seconds=60)
        while tn < tw:
            tr(
                runner,
                "runner",
                tn,
                "INFO",
                "JobDispatcher",
                "Successfully renew job request %d, job is valid till %s",
                f"Successfully renew job request {req}, job is valid till {tn + timedelta(minutes=10):%m/%d/%Y %H:%M:%S}",
            )
            tn += timedelta(seconds=60)
        te = tw + secs(r, 0.5, 2)
        te = finished(runner, "runner", te, 100 if result == "Succeeded" else 101, te - ts)
        te = tr(
            runner,
            "runner",
            te,
            "INFO",
            "JobDispatcher",
            "Worker finished for job %s. Code: %d",
            f"Worker finished for job {job}. Code: {100 if result == 'Succeeded' else 101}",
        )
        te = tr(
            runner,
            "runner",
            te,
            "INFO",
            "JobDispatcher",
            "finish job request for job %s with result: %s",
            f"finish job request for job {job} with result: {result}",
        )
        te = tr(
            runner,
            "runner",
            te,
            "INFO",
            "Terminal",
            "WRITE LINE: %s: Job %s completed with result: %s",
            f"WRITE LINE: {te:%Y-%m-%d %H:%M:%S}Z: Job {name} completed with result: {result}",
        )
        t = te + secs(r, 600, 1500)
    return [runner.into(Log("Runner_20240604-060000-utc.log", t0))] + [
        rec.into(Log(name, t0)) for name, rec in workers
    ]


SYSTEMS = {
    "frr": frr,
    "patroni": patroni,
    "pgbackrest": pgbackrest,
    "proxysql": proxysql,
    "gha-runner": gha_runner,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
