#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 122 (frp, tikv, dragonfly, wal-g, rsyncd) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file; rsync's whole seconds keep one connection's lines a
second apart). Five programs of the kind that carry other programs' traffic or data, 06:00 to
12:00 on 2024-06-05: a tunnel, a distributed store, a cache, a backup tool and a file mirror.
None of them was in the set (TiDB, Redis, Valkey and pgBackRest are; TiKV, Dragonfly and WAL-G
are not).

- frp 0.58 (`frps.log` on the VPS gw1, `frpc-office.log`, `frpc-lab.log`: golib's
  `2024-06-05 06:00:09.570 [I] [proxy/proxy.go:204] [3f6c2b9e0d1a4758] [office-rdp] get a user
  connection [198.51.100.9:37231]`, the run id and proxy name as xlog prefixes): every TCP user
  connection (`get a user connection [%s]`: the office's SSH and RDP, the lab's SSH and a BI
  tool polling the lab's database every 25 s, an SSH brute force 11:02-11:24); the lab box
  rebooted at 06:52 (`proxy closing`, `client exit success`, `start frpc service for config
  file [%s]`, a new run id); a decommissioned Raspberry Pi with the old token 07:05-07:35
  (`client login info: ip [%s] version [%s] hostname [%s] os [%s] arch [%s]` and `register
  control error: token in login doesn't match token from configuration`, every 15 s); the
  office uplink down 07:41-07:47 (`try to connect to server...`, `connect to server error:
  dial tcp %s: i/o timeout`); the NAS behind nas-web rebooting 08:30-08:44 (`connect to local
  service [%s:%d] error: dial tcp %s: connect: no route to host`, then `connection refused`,
  and frps's `do http proxy request [host: %s] error: EOF`); frps restarted at 09:12 with an
  allowPorts that leaves out office-rdp's port (`new proxy [%s] type [%s] error: port not
  allowed` and frpc's `[%s] start error: port not allowed` every ~30 s) and again at 09:41
  with it fixed (frps's start-up lines, the clients' `connection refused` retries, `login to
  server success, get run id [%s]`, `proxy added: %s`, `tcp proxy listen port [%d]`, `http
  proxy listen for host [%s] location [%s] group [%s], routeByHTTPUser [%s]`, `new proxy [%s]
  type [%s] success`, `[%s] start proxy success`); grafana upgraded on the lab box
  10:20-10:34 (`do one health check failed: Get %q: dial tcp %s: connect: connection refused`
  every 10 s, the health check's status changes, `close proxy [%s] success` and the proxy
  registered again).
- TiKV 7.5 (`tikv1.log`, `tikv2.log`, `tikv3.log`, stores 1, 4 and 5: the unified log format
  `[2024/06/05 06:11:03.936 +00:00] [INFO] [peer.rs:5483] ["on split"] [source=split_checker]
  [split_keys="key 748..."] [peer_id=2146] [region_id=2145]`): the hot regions of an orders
  table splitting every ~9 minutes (`on split`, `try to batch split region`, then on every
  store `execute admin command`, `split region`, `insert new region`, `create peer`,
  `switched to configuration`, `became follower at term %d`, `newRaft`, and the new region's
  election: `starting a new election`, `became pre-candidate at term %d`, `became candidate at
  term %d`, `became leader at term %d` on the leader's store, raft-rs's `[logterm: %d, index:
  %d, vote: %d] cast vote for %d [logterm: %d, index: %d] at term %d` and `received a message
  with higher term from %d` on the others; `get snapshot failed` with EpochNotMatch); the PD
  leader lost at 07:30 (`request failed, retry`, `connecting to PD endpoint`, `PD failed to
  respond`, `heartbeat sender and receiver are stale, refreshing ...`, `update pd client`,
  `trying to update PD client done`); tikv3 OOM-killed at 09:00:17 and back at 09:03:40 (the
  others' `connection aborted`, then `resolve store address ok`, `server: new connection with
  tikv endpoint` and `connection abort` every few seconds; its regions' leaders re-elected;
  its start-up: `Welcome to TiKV`, the version banner, one peer per region); an analytics
  job's `slow-query` records 10:00-10:40.
- Dragonfly 1.19 (`cache-a-dragonfly.log`, the master, `cache-b-dragonfly.log`,
  `cache-c-dragonfly.log`, two replicas: systemd appending the process's stdout and its glog
  stderr, `I20240605 06:00:03.315928 41212 save_stages_controller.cc:268] Saving
  "/data/dump-2024-06-05T06:00:00-summary.dfs" finished after 3.31 s`): the master's snapshot
  every five minutes; the data disk full 07:40-08:07 (`io error system:%d`, `Failed to perform
  snapshot No space left on device`); a rolling upgrade 08:20-08:31 (`Exiting on signal %s`,
  the start-up lines with the usage banner Dragonfly prints on stdout, the master's
  `Disconnecting from replica %s:%d`, `Registered replica %s:%d`, `Started sync with replica
  %s:%d`, `Transitioned into stable sync with replica %s:%d`, the replicas' `Started full sync
  with %s`, `full sync finished in %s`, `Transitioned into stable sync`, the master's shutdown
  save and `Loading %s` / `Load finished, num keys read: %d`, the replicas' `Exit stable
  sync`, `Error stable sync with %s system:%d Connection reset by peer` and their reconnect
  loop of `Resolved endpoint %s to %s:%d` / `Error connecting to %s system:%d`); a bulk import
  filling maxmemory 09:10-09:18 (`AddOrFind: InsertNew failed, budget: %d reclaimed: %d offset:
  %d`); a security group change cutting the replicas off 09:40-09:46 (`Connection timed out`,
  the reconnect loops every 1.5 s, partial syncs); the master crashing at 10:20 on a failed
  check (`Check failed: ...` with glog's `*** Check failure stack trace: ***` and its frames)
  and restarted by systemd.
- WAL-G 3.0 on two PostgreSQL 16 primaries (`pg-main-1-wal-push.log`, `pg-main-1-backup-push.log`,
  `pg-billing-1-wal-push.log`, `pg-billing-1-backup-push.log`: the archive command's and the
  backups' output, tracelog's `INFO: 2024/06/05 06:00:06.189046 FILE PATH:
  000000010000002A00000070.lz4`): every archived segment's `FILE PATH: %s` (pg-main's WAL every
  ~17 s and faster under a batch job 10:00-10:30, the background uploader's segments behind
  it); the VPC resolver failing 08:10-08:24 (each wal-push's `failed to upload '%s' to bucket
  '%s': RequestError: send request failed` and `upload: could not Upload '%s'`, both followed by
  the AWS SDK's `caused by:` line and the second by pkg/errors' `: ...` line, the archiver
  retrying, the backlog drained, `WAL file '%s' already archived with equal content, skipping`
  for the segment whose last failed attempt had reached S3); the 06:00 delta backups
  (`Selecting the latest backup as the base for the current delta backup...`, `LATEST backup
  is: '%s'`, `Delta backup from %v with LSN %s.`, `Calling pg_start_backup()`, `Delta backup
  enabled`, `Starting a new tar bundle`, `Walking ...`, `Starting part %d ...`, `Packing ...`,
  `Finished writing part %d.`, `/global/pg_control`, `Calling pg_stop_backup()`,
  `backup_label`, `tablespace_map`, `Wrote backup with name %s`); pg-billing's daily full backup
  at 09:00 (`Doing full backup.`); pg-main's full backup by hand at 09:14, first run with the
  wrong data directory (`Data directory from command line '%s' is not the same as Postgres'
  one '%s'`).
- rsync 3.2.7's daemon (`mirror1-rsyncd.log`, a public Debian and Ubuntu mirror,
  `backup1-rsyncd.log`, a backup server: `2024/06/05 06:05:04 [884158] connect from
  app1.internal (10.0.4.11)`, each connection a forked child with its own pid): the
  downstream mirrors' pulls (`connect from %s (%s)`, `rsync on %s from %s (%s)`, `building file
  list`, `sent %s bytes  received %s bytes  total size %s`), hosts without reverse DNS (`name
  lookup failed for %s: Name or service not known`, `connect from UNKNOWN (...)`), `max
  connections (%d) reached` at the top of busy hours, clients going away (`rsync: [%s] write
  error: Broken pipe (%d)` with `rsync error: error in socket IO (code %d) at %s(%d)
  [%s=%s]`, `rsync: connection unexpectedly closed (%s bytes received so far) [%s]`, `[%s] io
  timeout after %d seconds -- exiting`), `unknown module '%s' tried from %s (%s)`; the backup
  server's hourly pushes with transfer logging (`rsync to %s from %s@%s (%s)`, `recv %s [%s] %s
  (%s) %s %s`, `del. ...`), the daemon restarted at 08:05 with a typo in rsyncd.conf that every
  connection then reports until 11:40 (`Unknown Parameter encountered: "%s"`, `IGNORING unknown
  parameter "%s"`), a new host with the wrong password (`auth failed on module %s from %s (%s):
  password mismatch`), a restore pulled at 09:50 (`rsync on %s from %s@%s (%s)`, `send ...`), the
  backup disk full 10:05-10:21 (`mkstemp "%s" (in %s) failed: No space left on device (%d)`,
  `write failed on "%s" (in %s): ...`, `rsync error: error in file IO ...`, `rsync error: some
  files/attrs were not transferred ...`).

Label notes. The log heads are context: frp's time, level letter and `[file:line]`, and the
xlog prefixes it puts before a message (`[run id]`, `[proxy name]`), TiKV's time, level and
source and its trailing `[key=value]` fields, glog's level, time, thread id and `file:line]`,
tracelog's level and time, rsyncd's time and `[pid]`. frpc's `[%s] start proxy success` and
`[%s] start error: %s` write the proxy's name in the format itself (client/control.go), so
there it is part of the label, where frps's `[office-ssh]` before `get a user connection` is the
proxy's xlog prefix. A Go, C++ or C error inside a message contributes its own text (`dial tcp
%s: connect: connection refused` and `i/o timeout`, `port not allowed`, `token in login doesn't
match token from configuration`, strerror's `Connection reset by peer`, rsync's exit-code names
`error in socket IO`, `timeout in data send/receive`), and an error code printed alone
(`system:110`, `system:111`) is a value. A word the code picks by branch is wording:
Dragonfly's `full` / `partial` sync, rsync's `on` / `to` and the transfer log's `send` /
`recv` / `del.` operation; rsync writes `%s@%s` only when the module has authenticated users,
so `rsync on %s from %s (%s)` and `rsync on %s from %s@%s (%s)` are two labels. TiKV's version
banner is `info!("{}", line)` for each line, so the eight lines are one label, `%s`; WAL-G's
`/global/pg_control`, `backup_label` and `tablespace_map` are constants the call sites print, so
each is its own label. Dragonfly's usage banner (five lines written to stdout by one function at
start-up) is one event labelled by its first line; glog's check failure trace and the AWS SDK's
`caused by:` lines continue their events.

Least sure (written from the helper's knowledge; frp's login, proxy, health check and vhost
messages, TiKV's split, PD client, raft client and raft-rs messages, Dragonfly's replica,
master, snapshot and load messages, WAL-G's backup-push, delta and wal-push messages were
checked against copies of their sources; frp's and TiKV's layouts, WAL-G's backup sequence and
Dragonfly's glog lines against real output quoted in issues): frp's file:line numbers, frps's
start-up lines (no dashboard or HTTPS vhost configured), whether frps logs `[run id]` before `register control error`; TiKV's
`moving %d locks`-less split sequence (lines left out to keep the round under 30 templates),
its start-up order and `connect to PD cluster`; Dragonfly's `Exiting on signal %s`, the
replicas' error codes for a graceful master shutdown and a partition, whether a replica connects
while the master is still loading, `AddOrFind: InsertNew failed`'s rate and the invented check
that fails at 10:20; WAL-G 3.0's `Wrote backup with name %s` (later versions add `to storage
%s`) and the order of `FILE PATH:` around a failed upload; rsync's config errors per connection,
its `write failed` / `mkstemp` wording on the backup server and the code and line numbers in
`rsync error:` lines.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round55 import poisson
from generate_round97 import Files, sec


def at(h: int, m: int, s: float = 0) -> datetime:
    """An instant of 2024-06-05 (UTC), the day every system of the round runs."""
    return datetime(2024, 6, 5, h, m, 0, tzinfo=UTC) + sec(s)


def ms3(t: datetime) -> str:
    return f"{t.microsecond // 1000:03d}"


# --------------------------------------------------------------------------------------- frp

FRP_VER = "0.58.1"
FRP_GW = "203.0.113.10"
FRP_OFFICE_IP = "198.51.100.23"
FRP_LAB_IP = "192.0.2.141"
FRP_HOME_IP = "198.51.100.77"
FRP_PI_IP = "198.51.100.14"
# name, type, remote port or domain, local address, client
FRP_PROXIES = {
    "office": [
        ("office-ssh", "tcp", 6001, "10.10.0.5:22"),
        ("nas-web", "http", "nas.example.net", "10.10.0.20:5000"),
        ("office-rdp", "tcp", 6389, "10.10.0.25:3389"),
    ],
    "lab": [
        ("lab-ssh", "tcp", 6002, "127.0.0.1:22"),
        ("grafana", "http", "grafana.example.net", "127.0.0.1:3000"),
        ("lab-db", "tcp", 6543, "127.0.0.1:5432"),
    ],
    "home": [("ha", "http", "ha.example.net", "192.168.1.40:8123")],
}
FRP_RUNID = {"office": "3f6c2b9e0d1a4758", "lab": "8a1d5e7c92b04f36", "home": "c40e9b2a7f8d1365"}
FRP_CLIENT = {
    "office": (FRP_OFFICE_IP, "office-gw", "linux", "amd64"),
    "lab": (FRP_LAB_IP, "lab-gpu01", "linux", "amd64"),
    "home": (FRP_HOME_IP, "", "linux", "arm64"),
}
FRP_EMPLOYEES = ["203.0.113.57", "198.51.100.201", "192.0.2.88", "203.0.113.140", "198.51.100.9"]


def frp(r: random.Random) -> list[Log]:
    """frps 0.58 on a VPS (gw1) and two of its three clients (office-gw, lab-gpu01), 06:00 to
    12:00: a decommissioned Raspberry Pi with an old token 07:05-07:35, the office's uplink down
    07:41-07:47, the NAS behind nas-web rebooting 08:30-08:44, frps restarted at 09:12 with an
    allowPorts that leaves out office-rdp's port and again at 09:41 with it fixed, grafana
    upgraded on the lab box 10:20-10:34 (its health check fails and frpc withdraws the proxy),
    an SSH brute force on office-ssh 11:02-11:24."""
    fs = Files()

    def ts(t: datetime) -> str:
        return f"{t:%Y-%m-%d %H:%M:%S}.{ms3(t)}"

    def F(
        f: str, t: datetime, lvl: str, src: str, pre: list[str], label: str, msg: str
    ) -> datetime:
        head = "".join(f"[{p}] " for p in pre)
        return fs.add(f, t, label, lambda x: [f"{ts(x)} [{lvl}] [{src}] {head}{msg}"], f, 1000)

    def S(t: datetime, lvl: str, src: str, pre: list[str], label: str, msg: str) -> datetime:
        return F("frps.log", t, lvl, src, pre, label, msg)

    def C(
        c: str, t: datetime, lvl: str, src: str, pre: list[str], label: str, msg: str
    ) -> datetime:
        if c == "home":
            return t
        return F(f"frpc-{c}.log", t, lvl, src, pre, label, msg)

    t0, t_end = at(6, 0), at(12, 0)
    restarts = [at(9, 12, 4.2), at(9, 41, 30.6)]
    office_down = (at(7, 41, 10), at(7, 47, 40))
    nas_down = (at(8, 30, 5), at(8, 44, 20))
    graf_down = (at(10, 20, 2), at(10, 34, 31))
    bad_ports = (restarts[0], restarts[1])

    def frps_start(t: datetime) -> datetime:
        t = S(
            t,
            "I",
            "frps/root.go:105",
            [],
            "frps uses config file: %s",
            "frps uses config file: /etc/frp/frps.toml",
        )
        t = S(
            t + sec(0.0021),
            "I",
            "server/service.go:237",
            [],
            "frps tcp listen on %s",
            "frps tcp listen on 0.0.0.0:7000",
        )
        t = S(
            t + sec(0.0004),
            "I",
            "server/service.go:305",
            [],
            "http service listen on %s",
            "http service listen on 0.0.0.0:80",
        )
        return S(
            t + sec(0.0002),
            "I",
            "frps/root.go:114",
            [],
            "frps started successfully",
            "frps started successfully",
        )

    def proxies_up(c: str, t: datetime, skip_rdp: bool) -> datetime:
        """frps registering the client's proxies and frpc's answers."""
        rid = FRP_RUNID[c]
        for name, kind, remote, _local in FRP_PROXIES[c]:
            if (
                c == "lab"
                and name == "grafana"
                and graf_down[0] + sec(30) <= t < graf_down[1] + sec(3)
            ):
                continue
            t += sec(r.uniform(0.001, 0.004))
            if name == "office-rdp" and skip_rdp:
                t = S(
                    t,
                    "W",
                    "server/control.go:397",
                    [rid],
                    "new proxy [%s] type [%s] error: port not allowed",
                    f"new proxy [{name}] type [{kind}] error: port not allowed",
                )
                C(
                    c,
                    t + sec(0.035 + r.uniform(0, 0.001)),
                    "W",
                    "client/control.go:166",
                    [rid],
                    "[%s] start error: port not allowed",
                    f"[{name}] start error: port not allowed",
                )
                continue
            if kind == "tcp":
                t = S(
                    t,
                    "I",
                    "proxy/tcp.go:82",
                    [rid, name],
                    "tcp proxy listen port [%d]",
                    f"tcp proxy listen port [{remote}]",
                )
            else:
                t = S(
                    t,
                    "I",
                    "proxy/http.go:110",
                    [rid, name],
                    "http proxy listen for host [%s] location [%s] group [%s], routeByHTTPUser [%s]",
                    f"http proxy listen for host [{remote}] location [] group [], routeByHTTPUser []",
                )
            t = S(
                t + sec(0.0003),
                "I",
                "server/control.go:399",
                [rid],
                "new proxy [%s] type [%s] success",
                f"new proxy [{name}] type [{kind}] success",
            )
            C(
                c,
                t + sec(0.035 + r.uniform(0, 0.001)),
                "I",
                "client/control.go:168",
                [rid],
                "[%s] start proxy success",
                f"[{name}] start proxy success",
            )
        return t

    def login(c: str, t: datetime, skip_rdp: bool) -> datetime:
        ip, host, os_, arch = FRP_CLIENT[c]
        rid = FRP_RUNID[c]
        t = S(
            t,
            "I",
            "server/service.go:578",
            [rid],
            "client login info: ip [%s] version [%s] hostname [%s] os [%s] arch [%s]",
            f"client login info: ip [{ip}:{r.randint(32768, 60999)}] version [{FRP_VER}] hostname [{host}] os [{os_}] arch [{arch}]",
        )
        tc = C(
            c,
            t + sec(r.uniform(0.03, 0.09)),
            "I",
            "client/service.go:286",
            [rid],
            "login to server success, get run id [%s]",
            f"login to server success, get run id [{rid}]",
        )
        names = " ".join(p[0] for p in FRP_PROXIES[c])
        C(
            c,
            tc + sec(0.0004),
            "I",
            "proxy/proxy_manager.go:173",
            [rid],
            "proxy added: %s",
            f"proxy added: [{names}]",
        )
        return proxies_up(c, t + sec(r.uniform(0.05, 0.1)), skip_rdp)

    def client_gone(c: str, t: datetime) -> datetime:
        rid = FRP_RUNID[c]
        for name, *_ in FRP_PROXIES[c]:
            t = S(
                t + sec(r.uniform(0.0002, 0.001)),
                "I",
                "proxy/proxy.go:112",
                [rid, name],
                "proxy closing",
                "proxy closing",
            )
        return S(
            t + sec(0.0005),
            "I",
            "server/control.go:291",
            [rid],
            "client exit success",
            "client exit success",
        )

    # the lab box rebooted for a kernel update: a new frpc process, a new run id
    lab_boot = (at(6, 52, 11.4), at(6, 53, 42.7))
    old_lab = hexid(r, 16)

    def rid_of(c: str, t: datetime) -> str:
        return old_lab if c == "lab" and t < lab_boot[1] else FRP_RUNID[c]

    t = lab_boot[0] + sec(0.4)
    for name, *_ in FRP_PROXIES["lab"]:
        t = S(
            t + sec(r.uniform(0.0002, 0.001)),
            "I",
            "proxy/proxy.go:112",
            [old_lab, name],
            "proxy closing",
            "proxy closing",
        )
    S(
        t + sec(0.0005),
        "I",
        "server/control.go:291",
        [old_lab],
        "client exit success",
        "client exit success",
    )
    t = C(
        "lab",
        lab_boot[1],
        "I",
        "sub/root.go:142",
        [],
        "start frpc service for config file [%s]",
        "start frpc service for config file [/etc/frp/frpc.toml]",
    )
    t = C(
        "lab",
        t + sec(0.0041),
        "I",
        "client/service.go:294",
        [],
        "try to connect to server...",
        "try to connect to server...",
    )
    login("lab", t + sec(0.061), skip_rdp=False)

    # frps restarts (the bad allowPorts, then the fix): clients lose the control connection
    for i, rt in enumerate(restarts):
        up = rt + sec(r.uniform(2.8, 3.6))
        frps_start(up)
        for c in ["office", "lab", "home"]:
            rid = FRP_RUNID[c]
            t = rt + sec(r.uniform(0.01, 0.3))
            delay = 0.2
            while t < up:
                t = C(
                    c,
                    t,
                    "I",
                    "client/service.go:294",
                    [rid],
                    "try to connect to server...",
                    "try to connect to server...",
                )
                t = C(
                    c,
                    t + sec(r.uniform(0.001, 0.004)),
                    "W",
                    "client/service.go:300",
                    [rid],
                    "connect to server error: dial tcp %s: connect: connection refused",
                    f"connect to server error: dial tcp {FRP_GW}:7000: connect: connection refused",
                )
                t += sec(delay * r.uniform(0.9, 1.1))
                delay = min(delay * 2, 20)
            C(
                c,
                t,
                "I",
                "client/service.go:294",
                [rid],
                "try to connect to server...",
                "try to connect to server...",
            )
            login(c, t + sec(r.uniform(0.04, 0.12)), skip_rdp=(i == 0))

    # office-rdp retried every ~30 s while the port is not allowed
    t = restarts[0] + sec(35)
    while t < restarts[1] - sec(2):
        rid = FRP_RUNID["office"]
        ts_ = S(
            t,
            "W",
            "server/control.go:397",
            [rid],
            "new proxy [%s] type [%s] error: port not allowed",
            "new proxy [office-rdp] type [tcp] error: port not allowed",
        )
        C(
            "office",
            ts_ + sec(r.uniform(0.02, 0.06)),
            "W",
            "client/control.go:166",
            [rid],
            "[%s] start error: port not allowed",
            "[office-rdp] start error: port not allowed",
        )
        t += sec(30 + r.uniform(0.5, 3.2))

    # the office uplink down: frps sees the session die, frpc retries with i/o timeouts
    rid = FRP_RUNID["office"]
    client_gone("office", office_down[0] + sec(41.3))
    t = office_down[0] + sec(38.9)
    delay = 1.0
    while t < office_down[1]:
        t = C(
            "office",
            t,
            "I",
            "client/service.go:294",
            [rid],
            "try to connect to server...",
            "try to connect to server...",
        )
        t = C(
            "office",
            t + sec(10 + r.uniform(0.001, 0.01)),
            "W",
            "client/service.go:300",
            [rid],
            "connect to server error: dial tcp %s: i/o timeout",
            f"connect to server error: dial tcp {FRP_GW}:7000: i/o timeout",
        )
        t += sec(delay * r.uniform(0.9, 1.1))
        delay = min(delay * 2, 20)
    C(
        "office",
        t,
        "I",
        "client/service.go:294",
        [rid],
        "try to connect to server...",
        "try to connect to server...",
    )
    login("office", t + sec(0.08), skip_rdp=False)

    # the old Raspberry Pi with the previous token, restarted by systemd every ~15 s
    for t in poisson(r, at(7, 5, 12), at(7, 35, 40), 15):
        prid = hexid(r, 16)
        t = S(
            t,
            "I",
            "server/service.go:578",
            [prid],
            "client login info: ip [%s] version [%s] hostname [%s] os [%s] arch [%s]",
            f"client login info: ip [{FRP_PI_IP}:{r.randint(32768, 60999)}] version [0.51.3] hostname [] os [linux] arch [arm]",
        )
        S(
            t + sec(0.0002),
            "W",
            "server/service.go:555",
            [prid],
            "register control error: token in login doesn't match token from configuration",
            "register control error: token in login doesn't match token from configuration",
        )

    def up(name: str, t: datetime) -> bool:
        if any(rt - sec(0.5) <= t < rt + sec(5) for rt in restarts):
            return False
        if name.startswith(("office", "nas")) and office_down[0] + sec(40) <= t < office_down[
            1
        ] + sec(2):
            return False
        if name == "office-rdp" and bad_ports[0] <= t < bad_ports[1]:
            return False
        return not (name.startswith("lab") and lab_boot[0] <= t < lab_boot[1] + sec(1))

    def user_conn(name: str, rid: str, t: datetime, ip: str) -> None:
        if up(name, t):
            S(
                t,
                "I",
                "proxy/proxy.go:204",
                [rid, name],
                "get a user connection [%s]",
                f"get a user connection [{ip}:{r.randint(1024, 65535)}]",
            )

    for t in poisson(r, t0, t_end, 470):
        user_conn("office-ssh", FRP_RUNID["office"], t, r.choice(FRP_EMPLOYEES))
    for t in poisson(r, t0, t_end, 290):
        user_conn("office-rdp", FRP_RUNID["office"], t, r.choice(FRP_EMPLOYEES))
    for t in poisson(r, t0, t_end, 230):
        user_conn("lab-ssh", rid_of("lab", t), t, r.choice(FRP_EMPLOYEES[:3]))
    t = t0 + sec(17.2)
    while t < t_end:
        user_conn("lab-db", rid_of("lab", t), t + sec(r.uniform(0, 0.4)), "198.51.100.60")
        t += sec(25)
    for t in poisson(r, at(11, 2, 7), at(11, 24, 40), 4.2):
        user_conn(
            "office-ssh",
            FRP_RUNID["office"],
            t,
            r.choice(["45.148.10.77", "45.148.10.77", "193.32.162.19"]),
        )

    # the NAS behind nas-web rebooting: frpc cannot reach it, frps answers the browsers with a 404 page
    for t in poisson(r, nas_down[0], nas_down[1], 21):
        if t < nas_down[0] + sec(370):
            label, err = (
                "connect to local service [%s:%d] error: dial tcp %s: connect: no route to host",
                "connect: no route to host",
            )
        else:
            label, err = (
                "connect to local service [%s:%d] error: dial tcp %s: connect: connection refused",
                "connect: connection refused",
            )
        tc = C(
            "office",
            t,
            "E",
            "proxy/proxy.go:190",
            [FRP_RUNID["office"], "nas-web"],
            label,
            f"connect to local service [10.10.0.20:5000] error: dial tcp 10.10.0.20:5000: {err}",
        )
        S(
            tc + sec(r.uniform(0.03, 0.08)),
            "W",
            "vhost/http.go:127",
            [],
            "do http proxy request [host: %s] error: EOF",
            "do http proxy request [host: nas.example.net] error: EOF",
        )

    # grafana upgraded on the lab box: the health check fails, frpc withdraws the proxy
    lrid = FRP_RUNID["lab"]
    t = graf_down[0] + sec(r.uniform(1, 9))
    fails = 0
    while t < graf_down[1]:
        C(
            "lab",
            t,
            "W",
            "health/health.go:128",
            [lrid, "grafana"],
            "do one health check failed: Get %q: dial tcp %s: connect: connection refused",
            'do one health check failed: Get "http://127.0.0.1:3000/api/health": dial tcp 127.0.0.1:3000: connect: connection refused',
        )
        fails += 1
        if fails == 3:
            tw = C(
                "lab",
                t + sec(0.0002),
                "W",
                "health/health.go:137",
                [lrid, "grafana"],
                "health check status change to failed",
                "health check status change to failed",
            )
            tw = C(
                "lab",
                tw + sec(0.0001),
                "I",
                "proxy/proxy_wrapper.go:224",
                [lrid, "grafana"],
                "health check failed",
                "health check failed",
            )
            ts_ = S(
                tw + sec(0.03),
                "I",
                "proxy/proxy.go:112",
                [lrid, "grafana"],
                "proxy closing",
                "proxy closing",
            )
            S(
                ts_ + sec(0.0003),
                "I",
                "server/control.go:423",
                [lrid],
                "close proxy [%s] success",
                "close proxy [grafana] success",
            )
        t += sec(10 + r.uniform(0.001, 0.005))
    tw = C(
        "lab",
        t,
        "I",
        "health/health.go:121",
        [lrid, "grafana"],
        "health check status change to success",
        "health check status change to success",
    )
    tw = C(
        "lab",
        tw + sec(0.0001),
        "I",
        "proxy/proxy_wrapper.go:210",
        [lrid, "grafana"],
        "health check success",
        "health check success",
    )
    ts_ = S(
        tw + sec(0.04),
        "I",
        "proxy/http.go:110",
        [lrid, "grafana"],
        "http proxy listen for host [%s] location [%s] group [%s], routeByHTTPUser [%s]",
        "http proxy listen for host [grafana.example.net] location [] group [], routeByHTTPUser []",
    )
    ts_ = S(
        ts_ + sec(0.0003),
        "I",
        "server/control.go:399",
        [lrid],
        "new proxy [%s] type [%s] success",
        "new proxy [grafana] type [http] success",
    )
    C(
        "lab",
        ts_ + sec(0.04),
        "I",
        "client/control.go:168",
        [lrid],
        "[%s] start proxy success",
        "[grafana] start proxy success",
    )
    return fs.logs(t0)


# -------------------------------------------------------------------------------------- tikv

TK_STORES = {"tikv1": (1, "10.0.1.21"), "tikv2": (4, "10.0.1.22"), "tikv3": (5, "10.0.1.23")}
TK_PD = ["http://10.0.1.11:2379", "http://10.0.1.12:2379", "http://10.0.1.13:2379"]
TK_CLUSTER = 7372954126338164531
TK_BANNER = [
    "Release Version:   7.5.1",
    "Edition:           Community",
    "Git Commit Hash:   7d0ab2d7b61c2ec4a07f20d6b0a9ff4cd8e8cd47",
    "Git Commit Branch: heads/refs/tags/v7.5.1",
    "UTC Build Time:    2024-02-29 08:42:13",
    "Rust Version:      rustc 1.67.0-nightly (96ddd32c4 2022-11-14)",
    "Enable Features:   pprof-fp jemalloc mem-profiling portable sse test-engine-kv-rocksdb test-engine-raft-raft-engine cloud-aws cloud-gcp cloud-azure",
    "Profile:           dist_release",
]
TK_UNAVAILABLE = 'Grpc(RpcFailure(RpcStatus { code: 14-UNAVAILABLE, message: "failed to connect to all addresses", details: [] }))'


def tk_q(v: object) -> str:
    """A value or message as TiKV's log format writes it: quoted when it holds a space or one of
    its special characters, with the inner quotes escaped."""
    s = str(v)
    if not any(c in s for c in ' "=[],\n'):
        return s
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def tk_key(n: int) -> str:
    return f"7480000000000000FF6B5F728000000000FF{n:06X}0000000000FA"


def tikv(r: random.Random) -> list[Log]:
    """Three TiKV 7.5 stores (tikv1, tikv2, tikv3) of a TiDB cluster, 06:00 to 12:00: regions of a
    busy orders table splitting all morning (each split's admin command applied on the three
    stores and the new region's peers electing a leader), the PD leader lost at 07:30 (every
    store reconnects), tikv3 OOM-killed at 09:00:17 and back at 09:03:40 (the other stores'
    raft clients retrying it, its regions' leaders re-elected elsewhere, its start-up), slow
    coprocessor queries from an analytics job 10:00-10:40."""
    fs = Files()
    hosts = list(TK_STORES)
    sid = {h: TK_STORES[h][0] for h in hosts}
    host_of = {v[0]: h for h, v in TK_STORES.items()}

    def T(
        h: str,
        t: datetime,
        lvl: str,
        src: str,
        label: str,
        msg: str,
        fields: list[tuple[str, object]],
    ) -> datetime:
        kv = "".join(f" [{tk_q(k)}={tk_q(v)}]" for k, v in fields)
        return fs.add(
            f"{h}.log",
            t,
            label,
            lambda x: [
                f"[{x:%Y/%m/%d %H:%M:%S}.{ms3(x)} +00:00] [{lvl}] [{src}] [{tk_q(msg)}]{kv}"
            ],
            h,
            1000,
        )

    nid = [2000]

    def new_id() -> int:
        nid[0] += 1
        return nid[0]

    # regions: id -> dict(start, end, ver, conf, peers {store: peer}, leader store, term, index)
    regions: dict[int, dict] = {}
    bounds = list(range(0, 4_200_000, 100_000))
    for i in range(len(bounds)):
        rid = new_id()
        peers = {s: new_id() for s in (1, 4, 5)}
        regions[rid] = {
            "start": tk_key(bounds[i]) if i else "",
            "end": tk_key(bounds[i + 1]) if i + 1 < len(bounds) else "",
            "ver": r.randint(60, 140),
            "conf": 5,
            "peers": peers,
            "leader": r.choice([1, 4, 5]),
            "term": r.randint(6, 9),
            "index": r.randint(20000, 90000),
            "hi": bounds[i + 1] if i + 1 < len(bounds) else 4_200_000,
            "lo": bounds[i],
            "born": at(6, 0),
        }

    def region_text(rg: dict, rid: int) -> str:
        parts = [f"id: {rid}"]
        if rg["start"]:
            parts.append(f"start_key: {rg['start']}")
        if rg["end"]:
            parts.append(f"end_key: {rg['end']}")
        parts.append(f"region_epoch {{ conf_ver: {rg['conf']} version: {rg['ver']} }}")
        for s in (1, 4, 5):
            parts.append(f"peers {{ id: {rg['peers'][s]} store_id: {s} }}")
        return " ".join(parts)

    def conf_text(peers: dict[int, int]) -> str:
        v = ", ".join(str(peers[s]) for s in (1, 4, 5))
        return f"Configuration {{ voters: Configuration {{ incoming: Configuration {{ voters: {{{v}}} }}, outgoing: Configuration {{ voters: {{}} }} }}, learners: {{}}, learners_next: {{}}, auto_leave: false }}"

    def peers_text(peers: dict[int, int]) -> str:
        v = ", ".join(str(peers[s]) for s in (1, 4, 5))
        return f"Configuration {{ incoming: Configuration {{ voters: {{{v}}} }}, outgoing: Configuration {{ voters: {{}} }} }}"

    def raft_peer_up(
        h: str, t: datetime, rid: int, rg: dict, term: int, index: int, created: bool
    ) -> datetime:
        pid = rg["peers"][sid[h]]
        if created:
            t = T(
                h,
                t,
                "INFO",
                "peer.rs:262",
                "create peer",
                "create peer",
                [("peer_id", pid), ("region_id", rid)],
            )
        t = T(
            h,
            t + sec(0.0001),
            "INFO",
            "raft.rs:2646",
            "switched to configuration",
            "switched to configuration",
            [("config", conf_text(rg["peers"])), ("raft_id", pid), ("region_id", rid)],
        )
        t = T(
            h,
            t + sec(0.0001),
            "INFO",
            "raft.rs:1120",
            "became follower at term %d",
            f"became follower at term {term}",
            [("term", term), ("raft_id", pid), ("region_id", rid)],
        )
        return T(
            h,
            t + sec(0.0001),
            "INFO",
            "raft.rs:384",
            "newRaft",
            "newRaft",
            [
                ("peers", peers_text(rg["peers"])),
                ("last term", term),
                ("last index", index),
                ("applied", index),
                ("commit", index),
                ("term", term),
                ("raft_id", pid),
                ("region_id", rid),
            ],
        )

    def election(
        t: datetime,
        rid: int,
        rg: dict,
        winner: int,
        voters: list[int],
        term: int,
        index: int,
        lterm: int,
    ) -> datetime:
        """The winner's peer campaigns (pre-vote, then vote) and the voters grant both."""
        hw = host_of[winner]
        pw = rg["peers"][winner]
        t = T(
            hw,
            t,
            "INFO",
            "raft.rs:1550",
            "starting a new election",
            "starting a new election",
            [("term", term), ("raft_id", pw), ("region_id", rid)],
        )
        t = T(
            hw,
            t + sec(0.0001),
            "INFO",
            "raft.rs:1170",
            "became pre-candidate at term %d",
            f"became pre-candidate at term {term}",
            [("term", term), ("raft_id", pw), ("region_id", rid)],
        )
        for v in voters:
            hv, pv = host_of[v], rg["peers"][v]
            tv = t + sec(r.uniform(0.0004, 0.0015))
            tv = T(
                hv,
                tv,
                "INFO",
                "raft.rs:1988",
                "[logterm: %d, index: %d, vote: %d] cast vote for %d [logterm: %d, index: %d] at term %d",
                f"[logterm: {lterm}, index: {index}, vote: 0] cast vote for {pw} [logterm: {lterm}, index: {index}] at term {term}",
                [
                    ("msg type", "MsgRequestPreVote"),
                    ("term", term),
                    ("msg_index", index),
                    ("msg_term", lterm),
                    ("from", pw),
                    ("vote", 0),
                    ("log_index", index),
                    ("log_term", lterm),
                    ("raft_id", pv),
                    ("region_id", rid),
                ],
            )
        t = T(
            hw,
            t + sec(r.uniform(0.0016, 0.003)),
            "INFO",
            "raft.rs:1144",
            "became candidate at term %d",
            f"became candidate at term {term + 1}",
            [("term", term + 1), ("raft_id", pw), ("region_id", rid)],
        )
        for v in voters:
            hv, pv = host_of[v], rg["peers"][v]
            tv = t + sec(r.uniform(0.0004, 0.0015))
            tv = T(
                hv,
                tv,
                "INFO",
                "raft.rs:1370",
                "received a message with higher term from %d",
                f"received a message with higher term from {pw}",
                [
                    ("msg type", "MsgRequestVote"),
                    ("message_term", term + 1),
                    ("term", term),
                    ("from", pw),
                    ("raft_id", pv),
                    ("region_id", rid),
                ],
            )
            tv = T(
                hv,
                tv + sec(0.0001),
                "INFO",
                "raft.rs:1120",
                "became follower at term %d",
                f"became follower at term {term + 1}",
                [("term", term + 1), ("raft_id", pv), ("region_id", rid)],
            )
            T(
                hv,
                tv + sec(0.0001),
                "INFO",
                "raft.rs:1988",
                "[logterm: %d, index: %d, vote: %d] cast vote for %d [logterm: %d, index: %d] at term %d",
                f"[logterm: {lterm}, index: {index}, vote: 0] cast vote for {pw} [logterm: {lterm}, index: {index}] at term {term + 1}",
                [
                    ("msg type", "MsgRequestVote"),
                    ("term", term + 1),
                    ("msg_index", index),
                    ("msg_term", lterm),
                    ("from", pw),
                    ("vote", 0),
                    ("log_index", index),
                    ("log_term", lterm),
                    ("raft_id", pv),
                    ("region_id", rid),
                ],
            )
        t = T(
            hw,
            t + sec(r.uniform(0.0016, 0.003)),
            "INFO",
            "raft.rs:1228",
            "became leader at term %d",
            f"became leader at term {term + 1}",
            [("term", term + 1), ("raft_id", pw), ("region_id", rid)],
        )
        rg["leader"], rg["term"] = winner, term + 1
        return t

    t0, t_end = at(6, 0), at(12, 0)
    oom, back = at(9, 0, 17.31), at(9, 3, 40.52)
    down = {5: (oom, back + sec(6))}

    def alive(s: int, t: datetime) -> bool:
        return not (s in down and down[s][0] <= t < down[s][1])

    def snapshot_failed(h: str, t: datetime, err: str) -> None:
        T(
            h,
            t,
            "INFO",
            "scheduler.rs:640",
            "get snapshot failed",
            "get snapshot failed",
            [("err", err), ("cid", r.randint(100000, 9999999))],
        )

    def split(t: datetime, rid: int) -> None:
        rg = regions[rid]
        ls = rg["leader"]
        hl = host_of[ls]
        mid = (rg["lo"] + rg["hi"]) // 2 + r.randint(-3000, 3000)
        skey = tk_key(mid)
        nrid = new_id()
        npeers = {s: new_id() for s in (1, 4, 5)}
        pl = rg["peers"][ls]
        t = T(
            hl,
            t,
            "INFO",
            "peer.rs:5483",
            "on split",
            "on split",
            [
                ("source", "split_checker"),
                ("split_keys", f"key {skey}"),
                ("peer_id", pl),
                ("region_id", rid),
            ],
        )
        ids = " ".join(f"new_peer_ids: {npeers[s]}" for s in (1, 4, 5))
        t = T(
            hl,
            t + sec(r.uniform(0.0008, 0.003)),
            "INFO",
            "pd.rs:1082",
            "try to batch split region",
            "try to batch split region",
            [
                ("task", "batch_split"),
                ("region", region_text(rg, rid)),
                ("new_region_ids", f"[new_region_id: {nrid} {ids}]"),
                ("region_id", rid),
            ],
        )
        index = rg["index"] = rg["index"] + r.randint(200, 3000)
        cmd = f"cmd_type: BatchSplit splits {{ requests {{ split_key: {skey} new_region_id: {nrid} {ids} }} right_derive: true }}"
        old_text = region_text(rg, rid)
        new = {
            "start": rg["start"],
            "end": skey,
            "ver": rg["ver"] + 1,
            "conf": rg["conf"],
            "peers": npeers,
            "leader": ls,
            "term": 6,
            "index": 5,
            "lo": rg["lo"],
            "hi": mid,
            "born": t,
        }
        rg["start"], rg["lo"], rg["ver"] = skey, mid, rg["ver"] + 1
        order = [ls] + [s for s in (1, 4, 5) if s != ls]
        tapply = t + sec(r.uniform(0.002, 0.005))
        for s in order:
            if not alive(s, tapply):
                continue
            h = host_of[s]
            ta = tapply + sec(0 if s == ls else r.uniform(0.001, 0.004))
            ta = T(
                h,
                ta,
                "INFO",
                "apply.rs:1562",
                "execute admin command",
                "execute admin command",
                [
                    ("command", cmd),
                    ("index", index),
                    ("term", rg["term"]),
                    ("peer_id", rg["peers"][s]),
                    ("region_id", rid),
                ],
            )
            ta = T(
                h,
                ta + sec(0.0006),
                "INFO",
                "apply.rs:2415",
                "split region",
                "split region",
                [
                    ("keys", f"key {skey}"),
                    ("region", old_text),
                    ("peer_id", rg["peers"][s]),
                    ("region_id", rid),
                ],
            )
            ta = T(
                h,
                ta + sec(r.uniform(0.0015, 0.003)),
                "INFO",
                "peer.rs:3935",
                "insert new region",
                "insert new region",
                [("region", region_text(new, nrid)), ("region_id", nrid)],
            )
            raft_peer_up(h, ta + sec(0.0004), nrid, new, 5, 5, True)
        regions[nrid] = new
        voters = [s for s in (1, 4, 5) if s != ls and alive(s, tapply)]
        election(tapply + sec(0.008), nrid, new, ls, voters, 5, 5, 5)
        for _ in range(r.choice([0, 0, 1, 1, 2])):
            cur = f"conf_ver: {rg['conf']} version: {rg['ver']}"
            snapshot_failed(
                hl,
                tapply + sec(r.uniform(0.05, 0.6)),
                f'Error(Request(message: "EpochNotMatch current epoch of region {rid} is {cur}, but you sent conf_ver: {rg["conf"]} version: {rg["ver"] - 1}" epoch_not_match {{ current_regions {{ {region_text(rg, rid)} }} current_regions {{ {region_text(new, nrid)} }} }}))',
            )

    # the orders table's hot regions split all morning
    hot = sorted(regions, key=lambda k: -regions[k]["lo"])[:6]
    split_times = poisson(r, t0 + sec(120), t_end, 560)

    def splits(lo: datetime, hi: datetime) -> None:
        for t in split_times:
            if not lo <= t < hi:
                continue
            rid = r.choice(hot)
            split(t, rid)
            if r.random() < 0.5:
                hot.append(max(regions))

    splits(t0, oom - sec(20))

    # the PD leader (10.0.1.12) lost at 07:30: every store reconnects
    pd_fail = at(7, 30, 2.4)
    for h in hosts:
        t = pd_fail + sec(r.uniform(0.5, 3.0))
        for _ in range(r.choice([2, 3])):
            t = T(
                h,
                t,
                "ERROR",
                "util.rs:470",
                "request failed, retry",
                "request failed, retry",
                [("err_code", "KV:PD:gRPC"), ("err", TK_UNAVAILABLE)],
            )
            t += sec(r.uniform(0.3, 1.0))
        for ep in TK_PD:
            t = T(
                h,
                t + sec(r.uniform(0.001, 0.004)),
                "INFO",
                "util.rs:641",
                "connecting to PD endpoint",
                "connecting to PD endpoint",
                [("endpoints", ep)],
            )
            if ep.endswith("12:2379"):
                t = T(
                    h,
                    t + sec(r.uniform(2.0, 2.1)),
                    "INFO",
                    "util.rs:647",
                    "PD failed to respond",
                    "PD failed to respond",
                    [("err", TK_UNAVAILABLE), ("endpoints", ep)],
                )
        t = T(
            h,
            t + sec(0.02),
            "INFO",
            "util.rs:234",
            "heartbeat sender and receiver are stale, refreshing ...",
            "heartbeat sender and receiver are stale, refreshing ...",
            [],
        )
        t = T(
            h,
            t + sec(0.0003),
            "INFO",
            "util.rs:274",
            "update pd client",
            "update pd client",
            [("via", ""), ("leader", TK_PD[2]), ("prev_via", ""), ("prev_leader", TK_PD[1])],
        )
        T(
            h,
            t + sec(0.0002),
            "INFO",
            "util.rs:401",
            "trying to update PD client done",
            "trying to update PD client done",
            [("spend", f"{r.uniform(2.1, 2.4) * 1000:.6f}ms")],
        )

    # tikv3 OOM-killed: the others' raft clients retry it, its leaders are re-elected elsewhere
    addr3 = f"{TK_STORES['tikv3'][1]}:20160"
    for h in ["tikv1", "tikv2"]:
        t = oom + sec(r.uniform(0.002, 0.05))
        t = T(
            h,
            t,
            "ERROR",
            "raft_client.rs:615",
            "connection aborted",
            "connection aborted",
            [
                ("addr", addr3),
                (
                    "receiver_err",
                    'Some(RpcFailure(RpcStatus { code: 14-UNAVAILABLE, message: "Socket closed", details: [] }))',
                ),
                (
                    "sink_error",
                    'Some(RpcFinished(Some(RpcStatus { code: 14-UNAVAILABLE, message: "Socket closed", details: [] })))',
                ),
                ("store_id", 5),
            ],
        )
        n = 0
        while t < back + sec(1):
            n += 1
            t = T(
                h,
                t + sec(min(n, 5) * r.uniform(1.0, 1.05)),
                "INFO",
                "raft_client.rs:878",
                "resolve store address ok",
                "resolve store address ok",
                [("addr", addr3), ("store_id", 5)],
            )
            t = T(
                h,
                t + sec(0.0003),
                "INFO",
                "raft_client.rs:769",
                "server: new connection with tikv endpoint",
                "server: new connection with tikv endpoint",
                [("store_id", 5), ("addr", addr3)],
            )
            if t < back + sec(1):
                t = T(
                    h,
                    t + sec(r.uniform(0.001, 0.003)),
                    "ERROR",
                    "raft_client.rs:917",
                    "connection abort",
                    "connection abort",
                    [("addr", addr3), ("store_id", 5)],
                )
    led = [k for k, v in regions.items() if v["leader"] == 5]
    for rid in led:
        rg = regions[rid]
        winner = r.choice([1, 4])
        other = 4 if winner == 1 else 1
        term = rg["term"]
        election(oom + sec(r.uniform(9.5, 12.5)), rid, rg, winner, [other], term, rg["index"], term)
        snapshot_failed(
            host_of[winner],
            oom + sec(r.uniform(1, 9)),
            f'Error(Request(message: "peer is not leader for region {rid}, leader may None" not_leader {{ region_id: {rid} }}))',
        )
    # tikv3's start-up
    h = "tikv3"
    t = back
    t = T(h, t, "INFO", "lib.rs:88", "Welcome to TiKV", "Welcome to TiKV", [])
    for line in TK_BANNER:
        t = T(h, t + sec(0.0001), "INFO", "lib.rs:93", "%s", line, [])
    for ep in TK_PD:
        t = T(
            h,
            t + sec(r.uniform(0.002, 0.006)),
            "INFO",
            "util.rs:641",
            "connecting to PD endpoint",
            "connecting to PD endpoint",
            [("endpoints", ep)],
        )
    t = T(
        h,
        t + sec(0.01),
        "INFO",
        "util.rs:234",
        "heartbeat sender and receiver are stale, refreshing ...",
        "heartbeat sender and receiver are stale, refreshing ...",
        [],
    )
    t = T(
        h,
        t + sec(0.0003),
        "INFO",
        "util.rs:274",
        "update pd client",
        "update pd client",
        [("via", ""), ("leader", TK_PD[2]), ("prev_via", ""), ("prev_leader", TK_PD[2])],
    )
    t = T(
        h,
        t + sec(0.0002),
        "INFO",
        "util.rs:401",
        "trying to update PD client done",
        "trying to update PD client done",
        [("spend", f"{r.uniform(4, 9):.6f}ms")],
    )
    t = T(
        h,
        t + sec(0.004),
        "INFO",
        "server.rs:1520",
        "connect to PD cluster",
        "connect to PD cluster",
        [("cluster_id", TK_CLUSTER)],
    )
    t += sec(1.2)
    for rid in sorted(regions):
        rg = regions[rid]
        term = rg["term"] - 1 if rid in led else rg["term"]
        t = raft_peer_up(h, t + sec(r.uniform(0.0002, 0.002)), rid, rg, term, rg["index"], True)
    for rid in led:
        rg = regions[rid]
        pv = rg["peers"][5]
        tv = back + sec(r.uniform(3, 6))
        tv = T(
            h,
            tv,
            "INFO",
            "raft.rs:1370",
            "received a message with higher term from %d",
            f"received a message with higher term from {rg['peers'][rg['leader']]}",
            [
                ("msg type", "MsgAppend"),
                ("message_term", rg["term"]),
                ("term", rg["term"] - 1),
                ("from", rg["peers"][rg["leader"]]),
                ("raft_id", pv),
                ("region_id", rid),
            ],
        )
        T(
            h,
            tv + sec(0.0001),
            "INFO",
            "raft.rs:1120",
            "became follower at term %d",
            f"became follower at term {rg['term']}",
            [("term", rg["term"]), ("raft_id", pv), ("region_id", rid)],
        )

    splits(back + sec(30), t_end)

    # an analytics job's coprocessor scans 10:00-10:40
    for t in poisson(r, at(10, 0, 4), at(10, 40, 10), 8.5):
        rid = r.choice([k for k, v in regions.items() if v["born"] < t])
        rg = regions[rid]
        h = host_of[rg["leader"]]
        total = r.uniform(1.0, 9.5)
        n = int(total * r.uniform(180000, 260000))
        T(
            h,
            t,
            "INFO",
            "tracker.rs:255",
            "slow-query",
            "slow-query",
            [
                ("perf_stats.internal_delete_skipped_count", r.randint(0, 40)),
                ("perf_stats.internal_key_skipped_count", n + r.randint(0, 900)),
                ("perf_stats.block_read_byte", r.randint(10, 900) * 65536),
                ("perf_stats.block_read_count", r.randint(100, 9000)),
                ("perf_stats.block_cache_hit_count", r.randint(1000, 40000)),
                (
                    "scan.range.first",
                    f"Some(start: {rg['start'] or tk_key(0)} end: {rg['end'] or tk_key(4_200_000)})",
                ),
                ("scan.ranges", 1),
                ("scan.total", n),
                ("scan.processed_size", n * r.randint(90, 130)),
                ("scan.processed", n),
                ("scan.is_desc", "false"),
                ("tag", "select"),
                ("table_id", 107),
                ("txn_start_ts", 450123456789012345 + int((t - t0).total_seconds() * 262144000)),
                ("total_suspend_time", f"{r.uniform(0, 40):.3f}ms"),
                ("total_process_time", f"{total:.2f}s"),
                ("handler_build_time", f"{r.uniform(20, 300):.1f}µs"),
                ("wait_time.snapshot", f"{r.uniform(50, 900):.1f}µs"),
                ("wait_time.schedule", f"{r.uniform(0.1, 30):.1f}ms"),
                ("wait_time", f"{r.uniform(0.2, 31):.1f}ms"),
                ("total_lifetime", f"{total + r.uniform(0.01, 0.05):.2f}s"),
                ("remote_host", f"ipv4:10.0.1.{r.choice([31, 32])}:{r.randint(40000, 60000)}"),
                ("region_id", rid),
            ],
        )
    return fs.logs(t0)


# --------------------------------------------------------------------------------- dragonfly

DF_HOSTS = {"cache-a": "10.0.2.11", "cache-b": "10.0.2.12", "cache-c": "10.0.2.13"}
DF_MASTER = "cache-a.internal:6379"
DF_BANNER = [
    "* Logs will be written to the first available of the following paths:",
    "/tmp/dragonfly.*",
    "./dragonfly.*",
    "* For the available flags type dragonfly [--help | --helpfull]",
    "* Documentation can be found at: https://www.dragonflydb.io/docs",
]
DF_VERSION = "df-v1.19.2-3f9c1e0a7d2b5c84e6a1f0d3b9c7e5a2d4f6b8c0"


def hr_elapsed(s: float) -> str:
    """helio's strings::HumanReadableElapsedTime."""
    if s * 1e6 < 999.5:
        return f"{s * 1e6:.3g} us"
    if s * 1e3 < 999.5:
        return f"{s * 1e3:.3g} ms"
    if s < 60:
        return f"{s:.3g} s"
    return f"{s / 60:.3g} min"


def dragonfly(r: random.Random) -> list[Log]:
    """Dragonfly 1.19 on three VMs, a master (cache-a) and two replicas (cache-b, cache-c), each
    started by systemd with `--logtostderr` and its output appended to
    /var/log/dragonfly/dragonfly.log, 06:00 to 12:00: the master's snapshot every five minutes
    (`--snapshot_cron "*/5 * * * *"`), the data disk full 07:40-08:07 (the snapshots failing),
    a rolling upgrade 08:20-08:30 (each replica, then the master, stopped and started; full
    syncs), a bulk import filling maxmemory 09:10-09:18 (inserts failing), a security group
    change cutting the replicas off 09:40-09:44 (their reconnect loops, then partial syncs), the
    master crashing on a failed check at 10:20 and restarted by systemd."""
    fs = Files()
    t0, t_end = at(6, 0), at(12, 0)
    crash = at(10, 20, 13.48291)
    upgrade = {
        "cache-c": at(8, 20, 3.118274),
        "cache-b": at(8, 25, 2.704519),
        "cache-a": at(8, 31, 12.413907),
    }
    disk_full = (at(7, 39, 30), at(8, 7, 40))
    # each host's processes: (started, pid)
    runs = {
        "cache-a": [
            (t0 - sec(86400), 41207),
            (upgrade["cache-a"] + sec(6.912437), 44391),
            (crash + sec(2.531206), 47102),
        ],
        "cache-b": [(t0 - sec(86400), 39884), (upgrade["cache-b"] + sec(2.296381), 42950)],
        "cache-c": [(t0 - sec(86400), 40116), (upgrade["cache-c"] + sec(2.412877), 43377)],
    }

    def pid_at(h: str, t: datetime) -> int:
        return [p for s, p in runs[h] if s <= t][-1]

    def G(
        h: str, t: datetime, lvl: str, tid: int, src: str, label: str, lines: list[str]
    ) -> datetime:
        return fs.add(
            f"{h}-dragonfly.log",
            t,
            label,
            lambda x: [
                f"{lvl}{x:%Y%m%d %H:%M:%S}.{x.microsecond:06d} {tid:5d} {src}] {lines[0]}",
                *lines[1:],
            ],
            (h, tid),
            1,
        )

    def D(h: str, t: datetime, lvl: str, k: int, src: str, label: str, msg: str) -> datetime:
        """A line from the process's main thread (k=0) or its k-th proactor thread."""
        return G(h, t, lvl, pid_at(h, t) + k, src, label, [msg])

    def start(h: str, t: datetime, load: str = "") -> datetime:
        t = D(
            h, t, "I", 0, "init.cc:78", "%s running in opt mode.", "dragonfly running in opt mode."
        )
        t = fs.add(
            f"{h}-dragonfly.log",
            t + sec(0.00004),
            DF_BANNER[0],
            lambda x: list(DF_BANNER),
            (h, "stdout"),
            1,
        )
        t = D(
            h,
            t + sec(0.00006),
            "I",
            0,
            "dfly_main.cc:691",
            "Starting dragonfly %s",
            f"Starting dragonfly {DF_VERSION}",
        )
        t = D(
            h,
            t + sec(0.00002),
            "I",
            0,
            "dfly_main.cc:735",
            "Max memory limit is: %s",
            "Max memory limit is: 12.00GiB",
        )
        t = D(
            h,
            t + sec(r.uniform(0.004, 0.009)),
            "I",
            0,
            "proactor_pool.cc:147",
            "Running %d io threads",
            "Running 8 io threads",
        )
        t = D(
            h,
            t + sec(r.uniform(0.02, 0.04)),
            "I",
            0,
            "server_family.cc:783",
            "Host OS: %s %s %s with %d threads",
            "Host OS: Linux 6.1.0-21-cloud-amd64 x86_64 with 8 threads",
        )
        if load:
            t = D(
                h, t + sec(0.0003), "I", 0, "server_family.cc:883", "Loading %s", f"Loading {load}"
            )
        t = D(
            h,
            t + sec(r.uniform(0.002, 0.006)),
            "I",
            2,
            "listener_interface.cc:101",
            "sock[%d] AcceptServer - listening on port %d",
            f"sock[{r.randint(21, 29)}] AcceptServer - listening on port 6379",
        )
        if load:
            t = D(
                h,
                t + sec(r.uniform(6.5, 9.5)),
                "I",
                4,
                "server_family.cc:974",
                "Load finished, num keys read: %d",
                f"Load finished, num keys read: {r.randint(8_100_000, 8_400_000)}",
            )
        return t

    def stop(h: str, t: datetime) -> datetime:
        return D(
            h,
            t,
            "I",
            1,
            "accept_server.cc:42",
            "Exiting on signal %s",
            "Exiting on signal Terminated",
        )

    def sync(h: str, t: datetime, kind: str, secs: float) -> datetime:
        """A replica (re)joining: the master registers it and streams a full or partial sync."""
        ip = DF_HOSTS[h]
        ta = D(
            "cache-a",
            t,
            "I",
            r.randint(1, 8),
            "dflycmd.cc:652",
            "Registered replica %s:%d",
            f"Registered replica {ip}:6379",
        )
        ta = D(
            "cache-a",
            ta + sec(r.uniform(0.002, 0.01)),
            "I",
            r.randint(1, 8),
            "dflycmd.cc:339",
            "Started sync with replica %s:%d",
            f"Started sync with replica {ip}:6379",
        )
        tr = D(
            h,
            ta + sec(r.uniform(0.0005, 0.002)),
            "I",
            1,
            "replica.cc:487",
            f"Started {kind} sync with %s",
            f"Started {kind} sync with {DF_MASTER}",
        )
        ta = D(
            "cache-a",
            tr + sec(secs),
            "I",
            r.randint(1, 8),
            "dflycmd.cc:381",
            "Transitioned into stable sync with replica %s:%d",
            f"Transitioned into stable sync with replica {ip}:6379",
        )
        tr = D(
            h,
            ta + sec(r.uniform(0.0005, 0.002)),
            "I",
            1,
            "replica.cc:505",
            f"{kind} sync finished in %s",
            f"{kind} sync finished in {hr_elapsed(secs + r.uniform(0.001, 0.004))}",
        )
        return D(
            h,
            tr + sec(0.00005),
            "I",
            1,
            "replica.cc:584",
            "Transitioned into stable sync",
            "Transitioned into stable sync",
        )

    def lost(
        h: str, t: datetime, err: str, until: datetime, conn_err: str, step: float
    ) -> datetime:
        """A replica's stable sync broken, then its reconnect loop until `until`."""
        t = D(h, t, "I", 1, "replica.cc:622", "Exit stable sync", "Exit stable sync")
        t = D(
            h,
            t + sec(0.00004),
            "W",
            1,
            "replica.cc:264",
            "Error stable sync with %s system:%d " + err.split(" ", 1)[1],
            f"Error stable sync with {DF_MASTER} {err}",
        )
        while True:
            t += sec(0.5 + r.uniform(0.0003, 0.002))
            if t >= until:
                return t
            t = D(
                h,
                t,
                "I",
                1,
                "protocol_client.cc:291",
                "Resolved endpoint %s to %s:%d",
                f"Resolved endpoint {DF_MASTER} to {DF_HOSTS['cache-a']}:6379",
            )
            t = D(
                h,
                t + sec(step + r.uniform(0.0001, 0.0008)),
                "E",
                1,
                "replica.cc:188",
                "Error connecting to %s system:%d",
                f"Error connecting to {DF_MASTER} {conn_err}",
            )

    # the master's snapshots every five minutes
    tick = t0
    while tick < t_end:
        st = tick + sec(r.uniform(0.0005, 0.004))
        if disk_full[0] <= st < disk_full[1]:
            te = D(
                "cache-a",
                st + sec(r.uniform(1.2, 2.8)),
                "E",
                5,
                "rdb_save.cc:1406",
                "io error system:%d",
                "io error system:28",
            )
            D(
                "cache-a",
                te + sec(r.uniform(0.05, 0.3)),
                "W",
                5,
                "server_family.cc:918",
                "Failed to perform snapshot No space left on device",
                "Failed to perform snapshot No space left on device",
            )
        else:
            dur = r.uniform(2.6, 4.4) * (1.35 if at(9, 10) <= st < at(9, 20) else 1.0)
            D(
                "cache-a",
                st + sec(dur),
                "I",
                5,
                "save_stages_controller.cc:268",
                "Saving %s finished after %s",
                f'Saving "/data/dump-{tick:%Y-%m-%dT%H:%M:%S}-summary.dfs" finished after {hr_elapsed(dur)}',
            )
        tick += sec(300)

    # the rolling upgrade: the replicas, then the master
    for h in ["cache-c", "cache-b"]:
        tu = upgrade[h]
        stop(h, tu)
        D(
            "cache-a",
            tu + sec(r.uniform(0.002, 0.02)),
            "I",
            r.randint(1, 8),
            "dflycmd.cc:594",
            "Disconnecting from replica %s:%d",
            f"Disconnecting from replica {DF_HOSTS[h]}:6379",
        )
        ts_ = start(h, runs[h][1][0])
        ts_ = D(
            h,
            ts_ + sec(0.0008),
            "I",
            1,
            "protocol_client.cc:291",
            "Resolved endpoint %s to %s:%d",
            f"Resolved endpoint {DF_MASTER} to {DF_HOSTS['cache-a']}:6379",
        )
        sync(h, ts_ + sec(r.uniform(0.004, 0.01)), "full", r.uniform(34, 44))
    tu = upgrade["cache-a"]
    ta = stop("cache-a", tu)
    fname = f"/data/dump-{tu:%Y-%m-%dT%H:%M:%S}-summary.dfs"
    dur = r.uniform(3.1, 4.2)
    ta = D(
        "cache-a",
        ta + sec(dur),
        "I",
        5,
        "save_stages_controller.cc:268",
        "Saving %s finished after %s",
        f'Saving "{fname}" finished after {hr_elapsed(dur)}',
    )
    for h in ["cache-b", "cache-c"]:
        ta = D(
            "cache-a",
            ta + sec(r.uniform(0.0005, 0.003)),
            "I",
            r.randint(1, 8),
            "dflycmd.cc:594",
            "Disconnecting from replica %s:%d",
            f"Disconnecting from replica {DF_HOSTS[h]}:6379",
        )
    gone = ta
    ready = start("cache-a", runs["cache-a"][1][0], fname)
    for h in ["cache-b", "cache-c"]:
        tl = lost(
            h,
            gone + sec(r.uniform(0.001, 0.01)),
            "system:104 Connection reset by peer",
            ready,
            "system:111",
            r.uniform(0.0003, 0.001),
        )
        sync(h, tl + sec(r.uniform(0.01, 0.2)), "full", r.uniform(34, 44))

    # a bulk import without TTLs fills maxmemory: inserts fail
    for t in poisson(r, at(9, 10, 22), at(9, 18, 5), 0.7):
        D(
            "cache-a",
            t,
            "E",
            r.randint(1, 8),
            "db_slice.cc:633",
            "AddOrFind: InsertNew failed, budget: %d reclaimed: %d offset: %d",
            f"AddOrFind: InsertNew failed, budget: {r.randint(-9000, 2_000_000)} reclaimed: {r.choice([0, 0, 0, r.randint(64, 900000)])} offset: {r.randint(-120, 40)}",
        )

    # a security group change cuts the replicas off the master's port
    cut, heal = at(9, 40, 2.7), at(9, 46, 41.2)
    ta = cut + sec(r.uniform(95, 110))
    for h in ["cache-b", "cache-c"]:
        ta = D(
            "cache-a",
            ta + sec(r.uniform(0.001, 0.01)),
            "I",
            r.randint(1, 8),
            "dflycmd.cc:594",
            "Disconnecting from replica %s:%d",
            f"Disconnecting from replica {DF_HOSTS[h]}:6379",
        )
    for h in ["cache-b", "cache-c"]:
        tl = lost(
            h,
            cut + sec(r.uniform(30, 31.5)),
            "system:110 Connection timed out",
            heal,
            "system:110",
            1.0,
        )
        sync(h, tl + sec(r.uniform(0.01, 0.2)), "partial", r.uniform(0.02, 0.09))

    # the master crashes on a failed check, systemd restarts it
    p = pid_at("cache-a", crash)
    frames = [
        ("0x55d1c8a6e3a3", "google::LogMessage::SendToLog()"),
        ("0x55d1c8a66b67", "google::LogMessage::Flush()"),
        ("0x55d1c8a684ef", "google::LogMessageFatal::~LogMessageFatal()"),
        ("0x55d1c83d7b19", "dfly::BlockingController::RunStep()"),
        ("0x55d1c83e2c41", "dfly::Transaction::RunCallback()"),
        ("0x55d1c83e5f0d", "dfly::Transaction::RunInShard()"),
        ("0x55d1c8395a7e", "dfly::EngineShard::PollExecution()"),
        (
            "0x55d1c83e8a52",
            "_ZNSt17_Function_handlerIFvvEZN4dfly11Transaction16DispatchHopEvEUlvE1_E9_M_invokeERKSt9_Any_data",
        ),
        ("0x55d1c886ac8a", "util::fb2::FiberQueue::Run()"),
        (
            "0x55d1c83a43ee",
            "_ZN5boost7context6detail11fiber_entryINS1_12fiber_recordINS0_5fiberENS0_21basic_fixedsize_stackINS0_12stack_traitsEEEZN4util3fb26detail15WorkerFiberImplIZN4dfly11EngineShardC4EPNS9_12ProactorBaseEP9mi_heap_sEUlvE0_JEEC4IS7_EESt17basic_string_viewIcSt11char_traitsIcEERKNS0_12preallocatedEOT_OSJ_EUlOS4_E_EEEEvNS1_10transfer_tE",
        ),
        ("0x0", "(unknown)"),
    ]
    lines = ["Check failed: !awakened_indices_.empty() ", "*** Check failure stack trace: ***"] + [
        f"    @     {a}  {f}" for a, f in frames
    ]
    G(
        "cache-a",
        crash,
        "F",
        p + 6,
        "blocking_controller.cc:276",
        "Check failed: !awakened_indices_.empty() ",
        lines,
    )
    last = f"/data/dump-{crash:%Y-%m-%dT%H:%M}:00-summary.dfs"
    ready = start("cache-a", runs["cache-a"][2][0], last)
    for h in ["cache-b", "cache-c"]:
        tl = lost(
            h,
            crash + sec(r.uniform(0.001, 0.01)),
            "system:104 Connection reset by peer",
            ready,
            "system:111",
            r.uniform(0.0003, 0.001),
        )
        sync(h, tl + sec(r.uniform(0.01, 0.2)), "full", r.uniform(30, 40))
    return fs.logs(t0)


# ------------------------------------------------------------------------------------- wal-g

WG_HOSTS = {
    # host, bucket prefix, first segment, mean seconds between segments
    "pg-main-1": ("pg-main", 0x2A70, 17.0),
    "pg-billing-1": ("pg-billing", 0x0B3C, 88.0),
}
WG_BUCKET = "acme-pg-wal"
WG_DNS = (
    "dial tcp: lookup acme-pg-wal.s3.eu-central-1.amazonaws.com on 10.0.0.2:53: server misbehaving"
)


def wal_name(n: int, tli: int = 1) -> str:
    return f"{tli:08X}{n >> 8:08X}{n & 0xFF:08X}"


def walg(r: random.Random) -> list[Log]:
    """WAL-G 3.0 on two PostgreSQL 16 primaries (pg-main-1, pg-billing-1), each with the archive
    command's output (`wal-push.log`, `archive_command = 'wal-g wal-push %p >>
    /var/log/wal-g/wal-push.log 2>&1'`) and the backups' (`backup-push.log`, cron and by hand),
    06:00 to 12:00: pg-main's WAL every ~20 s and a batch job 10:00-10:30 doubling it, the
    06:00 delta backups, the VPC resolver failing 08:10-08:24 (every wal-push fails, the archiver
    retries, the backlog drains through the background uploader, one segment found already
    archived), a manual full backup of pg-main at 09:14 first run with the wrong data directory,
    pg-billing's daily full backup at 09:00."""
    fs = Files()

    def W(
        h: str, f: str, t: datetime, lvl: str, label: str, lines: list[str], proc: object
    ) -> datetime:
        return fs.add(
            f"{h}-{f}.log",
            t,
            label,
            lambda x: [f"{lvl}: {x:%Y/%m/%d %H:%M:%S}.{x.microsecond:06d} {lines[0]}", *lines[1:]],
            (h, f, proc),
            1,
        )

    t0, t_end = at(6, 0), at(12, 0)
    outage = (at(8, 10, 14), at(8, 24, 51))

    def url(prefix: str, seg: str) -> str:
        return f"https://{WG_BUCKET}.s3.eu-central-1.amazonaws.com/{prefix}/wal_005/{seg}.lz4"

    for h, (prefix, first, mean) in WG_HOSTS.items():
        # when each segment is ready for the archiver
        ready: list[datetime] = []
        t = t0 + sec(r.uniform(1, 9))
        while t < t_end:
            ready.append(t)
            busy = h == "pg-main-1" and at(10, 0) <= t < at(10, 30)
            t += sec(r.expovariate(1 / (mean / 2.3 if busy else mean)) + 0.4)
        uploaded: set[int] = set()
        i = 0
        pid = r.randint(200000, 300000)
        clock = t0
        fails = 0
        recovered = False
        while i < len(ready):
            seg = wal_name(first + i)
            if i in uploaded:
                i += 1
                continue
            t = max(ready[i], clock) + sec(r.uniform(0.005, 0.02))
            pid += r.randint(3, 40)
            if outage[0] <= t < outage[1]:
                # the S3 endpoint cannot be resolved: the upload fails after the SDK's retries
                tf = t + sec(r.uniform(14, 19))
                cause = f'caused by: Put "{url(prefix, seg)}": {WG_DNS}'
                tf = W(
                    h,
                    "wal-push",
                    tf,
                    "ERROR",
                    "failed to upload '%s' to bucket '%s': RequestError: send request failed",
                    [
                        f"failed to upload '{prefix}/wal_005/{seg}.lz4' to bucket '{WG_BUCKET}': RequestError: send request failed",
                        cause,
                    ],
                    pid,
                )
                tf = W(
                    h,
                    "wal-push",
                    tf + sec(0.00004),
                    "INFO",
                    "FILE PATH: %s",
                    [f"FILE PATH: {seg}.lz4"],
                    pid,
                )
                tf = W(
                    h,
                    "wal-push",
                    tf + sec(0.0002),
                    "ERROR",
                    "upload: could not Upload '%s'",
                    [
                        f"upload: could not Upload 'pg_wal/{seg}'",
                        f": failed to upload '{prefix}/wal_005/{seg}.lz4' to bucket '{WG_BUCKET}': RequestError: send request failed",
                        cause,
                    ],
                    pid,
                )
                # the archiver retries three times a second apart, then waits for a minute
                fails += 1
                clock = tf + sec(1.0 if fails % 3 else 60.0)
                continue
            tdone = t + sec(r.uniform(0.08, 0.35))
            if fails and not recovered and h == "pg-main-1":
                # the last failed attempt had reached S3 before the client gave up
                W(
                    h,
                    "wal-push",
                    tdone,
                    "INFO",
                    "WAL file '%s' already archived with equal content, skipping",
                    [f"WAL file 'pg_wal/{seg}' already archived with equal content, skipping"],
                    pid,
                )
            else:
                W(h, "wal-push", tdone, "INFO", "FILE PATH: %s", [f"FILE PATH: {seg}.lz4"], pid)
            recovered = recovered or bool(fails)
            # the background uploader takes the .ready files behind it
            j = i + 1
            tb = t
            while j < len(ready) and ready[j] <= t and j - i <= 32:
                tb += sec(r.uniform(0.01, 0.12))
                W(
                    h,
                    "wal-push",
                    tb + sec(r.uniform(0.08, 0.3)),
                    "INFO",
                    "FILE PATH: %s",
                    [f"FILE PATH: {wal_name(first + j)}.lz4"],
                    pid,
                )
                uploaded.add(j)
                j += 1
            clock = tdone + sec(0.01)
            i += 1

    def backup(
        h: str, t: datetime, delta_from: str, parts: int, name: str, part_secs: float
    ) -> datetime:
        proc = name
        if delta_from:
            t = W(
                h,
                "backup-push",
                t,
                "INFO",
                "Selecting the latest backup as the base for the current delta backup...",
                ["Selecting the latest backup as the base for the current delta backup..."],
                proc,
            )
            t = W(
                h,
                "backup-push",
                t + sec(r.uniform(0.2, 0.6)),
                "INFO",
                "LATEST backup is: '%s'",
                [f"LATEST backup is: '{delta_from}'"],
                proc,
            )
            t = W(
                h,
                "backup-push",
                t + sec(r.uniform(0.2, 0.5)),
                "INFO",
                "Delta backup from %v with LSN %s.",
                [
                    f"Delta backup from {delta_from} with LSN {int(delta_from[13:21], 16):X}/{(int(delta_from[21:29], 16) << 24) + 0x28:X}."
                ],
                proc,
            )
        else:
            t = W(h, "backup-push", t, "INFO", "Doing full backup.", ["Doing full backup."], proc)
        t = W(
            h,
            "backup-push",
            t + sec(r.uniform(0.02, 0.05)),
            "INFO",
            "Calling pg_start_backup()",
            ["Calling pg_start_backup()"],
            proc,
        )
        if delta_from:
            t = W(
                h,
                "backup-push",
                t + sec(r.uniform(0.08, 0.2)),
                "INFO",
                "Delta backup enabled",
                ["Delta backup enabled"],
                proc,
            )
        t = W(
            h,
            "backup-push",
            t + sec(r.uniform(0.0001, 0.08)),
            "INFO",
            "Starting a new tar bundle",
            ["Starting a new tar bundle"],
            proc,
        )
        t = W(h, "backup-push", t + sec(0.00005), "INFO", "Walking ...", ["Walking ..."], proc)
        # parts written by four uploaders at once
        running: list[tuple[datetime, int]] = []
        n = 0
        tw = t
        while n < parts or running:
            while n < parts and len(running) < 4:
                n += 1
                tw = W(
                    h,
                    "backup-push",
                    tw + sec(r.uniform(0.0003, 0.4)),
                    "INFO",
                    "Starting part %d ...",
                    [f"Starting part {n} ..."],
                    proc,
                )
                running.append((tw + sec(part_secs * r.uniform(0.7, 1.3)), n))
                if n == parts:
                    W(
                        h,
                        "backup-push",
                        tw + sec(r.uniform(0.01, 0.05)),
                        "INFO",
                        "Packing ...",
                        ["Packing ..."],
                        proc,
                    )
            running.sort()
            te, k = running.pop(0)
            tw = W(
                h,
                "backup-push",
                max(te, tw),
                "INFO",
                "Finished writing part %d.",
                [f"Finished writing part {k}."],
                proc,
            )
        t = W(
            h,
            "backup-push",
            tw + sec(r.uniform(0.01, 0.05)),
            "INFO",
            "Starting part %d ...",
            [f"Starting part {parts + 1} ..."],
            proc,
        )
        t = W(
            h,
            "backup-push",
            t + sec(0.0004),
            "INFO",
            "/global/pg_control",
            ["/global/pg_control"],
            proc,
        )
        t = W(
            h,
            "backup-push",
            t + sec(r.uniform(0.002, 0.006)),
            "INFO",
            "Finished writing part %d.",
            [f"Finished writing part {parts + 1}."],
            proc,
        )
        t = W(
            h,
            "backup-push",
            t + sec(r.uniform(0.005, 0.02)),
            "INFO",
            "Calling pg_stop_backup()",
            ["Calling pg_stop_backup()"],
            proc,
        )
        t = W(
            h,
            "backup-push",
            t + sec(r.uniform(0.6, 2.5)),
            "INFO",
            "Starting part %d ...",
            [f"Starting part {parts + 2} ..."],
            proc,
        )
        t = W(h, "backup-push", t + sec(0.0003), "INFO", "backup_label", ["backup_label"], proc)
        t = W(h, "backup-push", t + sec(0.0002), "INFO", "tablespace_map", ["tablespace_map"], proc)
        t = W(
            h,
            "backup-push",
            t + sec(r.uniform(0.002, 0.005)),
            "INFO",
            "Finished writing part %d.",
            [f"Finished writing part {parts + 2}."],
            proc,
        )
        return W(
            h,
            "backup-push",
            t + sec(r.uniform(0.3, 0.9)),
            "INFO",
            "Wrote backup with name %s",
            [f"Wrote backup with name {name}"],
            proc,
        )

    # the 06:00 cron deltas
    backup(
        "pg-main-1",
        at(6, 0, 1.213847),
        "base_000000010000002A00000011",
        14,
        "base_000000010000002A00000071_D_000000010000002A00000011",
        21,
    )
    backup(
        "pg-billing-1",
        at(6, 0, 1.604519),
        "base_000000010000000B00000031",
        3,
        "base_000000010000000B0000003C_D_000000010000000B00000031",
        9,
    )
    # pg-billing's daily full backup
    backup("pg-billing-1", at(9, 0, 1.298376), "", 38, "base_000000010000000B00000041", 17)
    # pg-main's full backup by hand before a migration, first with the wrong data directory
    W(
        "pg-main-1",
        "backup-push",
        at(9, 13, 48.207931),
        "ERROR",
        "Data directory from command line '%s' is not the same as Postgres' one '%s'",
        [
            "Data directory from command line '/var/lib/postgresql/16/data' is not the same as Postgres' one '/var/lib/postgresql/16/main'"
        ],
        "manual1",
    )
    backup("pg-main-1", at(9, 14, 31.695112), "", 63, "base_000000010000002A00000164", 26)
    return fs.logs(t0)


# ------------------------------------------------------------------------------------- rsync

RS_VERSION = "3.2.7"
RS_ORGS = [
    "uni-kiel.de",
    "fau.de",
    "tuxfamily.net",
    "hetzner.de",
    "ftp.acc.umu.se",
    "nluug.nl",
    "ovh.net",
    "xtom.de",
    "init7.net",
    "accum.se",
    "ubuntu.ipacct.com",
    "mirrorservice.org",
    "bytemark.co.uk",
    "netcologne.de",
    "lagis.at",
    "cesnet.cz",
    "icm.edu.pl",
    "datacenterlight.ch",
    "one.com",
    "hosteurope.de",
    "leaseweb.net",
    "rwth-aachen.de",
    "uni-bayreuth.de",
    "gwdg.de",
    "dotsrc.org",
    "koddos.net",
    "snt.utwente.nl",
    "ip-connect.info",
    "serverion.com",
    "wiuwiu.de",
    "pop-sc.rnp.br",
    "ftp.belnet.be",
    "ftp.halifax.rwth-aachen.de",
    "mirror.23m.com",
    "ftp.fau.de",
    "ftp.uni-stuttgart.de",
    "mirror.netzwerge.de",
    "ftp.gwdg.de",
]
RS_BACKUP_HOSTS = [
    ("app1", "10.0.4.11"),
    ("app2", "10.0.4.12"),
    ("app3", "10.0.4.13"),
    ("app4", "10.0.4.14"),
    ("db1", "10.0.4.21"),
    ("db2", "10.0.4.22"),
    ("web1", "10.0.4.31"),
    ("web2", "10.0.4.32"),
]
RS_FILES = {
    "app": [
        "etc/nginx/nginx.conf",
        "etc/app/settings.yml",
        "srv/app/shared/uploads/{n}.jpg",
        "var/log/app/production.log.1.gz",
        "var/log/nginx/access.log.1.gz",
        "var/backups/app-{d}.tar.gz",
    ],
    "db": [
        "var/backups/pg/{h}-{d}.dump",
        "var/backups/pg/globals-{d}.sql",
        "etc/postgresql/16/main/postgresql.conf",
        "var/log/postgresql/postgresql-16-main.log.1.gz",
    ],
    "web": [
        "etc/nginx/sites-enabled/shop.conf",
        "var/www/shop/releases/{n}.tar.gz",
        "var/log/nginx/access.log.1.gz",
        "var/log/nginx/error.log.1.gz",
    ],
}


def big(n: int) -> str:
    return f"{n:,}"


def rs_size(r: random.Random, f: str) -> int:
    if f.endswith(".dump"):
        return r.randint(2_000_000_000, 9_000_000_000)
    if f.endswith(".tar.gz"):
        return r.randint(90_000_000, 1_900_000_000)
    if f.endswith(".gz"):
        return r.randint(800_000, 190_000_000)
    if f.endswith(".jpg"):
        return r.randint(40_000, 4_000_000)
    if f.endswith(".sql"):
        return r.randint(9_000, 900_000)
    return r.randint(600, 40_000)


def rsyncd(r: random.Random) -> list[Log]:
    """Two rsync 3.2.7 daemons' rsyncd.log, 06:00 to 12:00: a public mirror (mirror1: debian,
    debian-security and ubuntu modules, anonymous, downstream mirrors pulling every 20 minutes
    to every six hours, Debian's in two stages, `max connections = 40` reached at the top of
    busy hours, hosts without reverse DNS, clients going away or timing out, a client asking
    for modules the mirror does not carry) and a backup server (backup1: eight hosts pushing
    into an authenticated `hosts` module every hour with transfer logging, the daemon restarted
    at 08:05 with a typo in rsyncd.conf that every connection then reports until it is fixed at
    11:40, a new host with the wrong password from 09:00, a restore pulled at 09:50, the backup
    disk full 10:05-10:21). Each connection is a forked child with its own pid, numbered in the
    order the connections arrive."""
    fs = Files()

    def R(f: str, t: datetime, pid: int, label: str, msg: str) -> datetime:
        return fs.add(
            f"{f}-rsyncd.log",
            t,
            label,
            lambda x: [f"{x:%Y/%m/%d %H:%M:%S} [{pid}] {msg}"],
            (f, pid),
            1_000_000,
        )

    t0, t_end = at(6, 0), at(12, 0)
    # (start, daemon, job): each job writes one connection's (or one daemon start's) lines
    jobs: list[tuple[datetime, str, Callable[[int], None]]] = []

    # ---- mirror1
    clients = []
    for i, org in enumerate(RS_ORGS):
        host = org if org.startswith(("ftp.", "mirror.")) else f"mirror.{org}"
        ip = f"{r.choice([141, 130, 193, 194, 195, 212, 213, 217, 85, 88, 91])}.{r.randint(1, 254)}.{r.randint(1, 254)}.{r.randint(2, 250)}"
        kind = ["ubuntu", "ubuntu", "debian2h", "security", "security", "debian6h"][i % 6]
        rdns = i % 13 != 7
        clients.append((host if rdns else "UNKNOWN", ip, kind, r.randint(0, 14)))
    sizes = {
        "debian/": 4_318_771_204_112,
        "ubuntu/": 2_512_384_118_772,
        "debian-security/": 198_412_664_318,
    }
    busy_hours = [at(6, 0), at(8, 0), at(10, 0)]

    def connect(t: datetime, pid: int, host: str, ip: str) -> datetime:
        if host == "UNKNOWN":
            t = R(
                "mirror1",
                t,
                pid,
                "name lookup failed for %s: Name or service not known",
                f"name lookup failed for {ip}: Name or service not known",
            )
        return R("mirror1", t, pid, "connect from %s (%s)", f"connect from {host} ({ip})")

    def session(t: datetime, host: str, ip: str, module: str, final: bool) -> Callable[[int], None]:
        dur = r.uniform(40, 420) * (1.6 if final else 1.0)
        roll = r.random()
        sent = int(r.lognormvariate(17, 2.2)) + r.randint(20000, 900000)
        recv = r.randint(18000, 420000) if final else r.randint(9000, 160000)
        total = sizes[module] + r.randint(0, 8_000_000_000)
        got = r.randint(900, 90000)

        def job(pid: int) -> None:
            tt = connect(t, pid, host, ip)
            tt = R(
                "mirror1",
                tt,
                pid,
                "rsync on %s from %s (%s)",
                f"rsync on {module} from {host} ({ip})",
            )
            tt = R("mirror1", tt, pid, "building file list", "building file list")
            if roll < 0.018:
                tt = R(
                    "mirror1",
                    tt + sec(dur),
                    pid,
                    "rsync: [%s] write error: Broken pipe (%d)",
                    "rsync: [sender] write error: Broken pipe (32)",
                )
                R(
                    "mirror1",
                    tt,
                    pid,
                    "rsync error: error in socket IO (code %d) at %s(%d) [%s=%s]",
                    f"rsync error: error in socket IO (code 10) at io.c(848) [sender={RS_VERSION}]",
                )
            elif roll < 0.026:
                tt = R(
                    "mirror1",
                    tt + sec(dur + 600),
                    pid,
                    "[%s] io timeout after %d seconds -- exiting",
                    "[sender] io timeout after 600 seconds -- exiting",
                )
                R(
                    "mirror1",
                    tt,
                    pid,
                    "rsync error: timeout in data send/receive (code %d) at %s(%d) [%s=%s]",
                    f"rsync error: timeout in data send/receive (code 30) at io.c(201) [sender={RS_VERSION}]",
                )
            elif roll < 0.04:
                tt = R(
                    "mirror1",
                    tt + sec(dur * 0.3),
                    pid,
                    "rsync: connection unexpectedly closed (%s bytes received so far) [%s]",
                    f"rsync: connection unexpectedly closed ({big(got)} bytes received so far) [sender]",
                )
                R(
                    "mirror1",
                    tt,
                    pid,
                    "rsync error: error in rsync protocol data stream (code %d) at %s(%d) [%s=%s]",
                    f"rsync error: error in rsync protocol data stream (code 12) at io.c(232) [sender={RS_VERSION}]",
                )
            else:
                R(
                    "mirror1",
                    tt + sec(dur),
                    pid,
                    "sent %s bytes  received %s bytes  total size %s",
                    f"sent {big(sent)} bytes  received {big(recv)} bytes  total size {big(total)}",
                )

        return job

    for host, ip, kind, minute in clients:
        period, module, stages = {
            "ubuntu": (3600, "ubuntu/", 1),
            "debian2h": (7200, "debian/", 2),
            "debian6h": (21600, "debian/", 2),
            "security": (1200, "debian-security/", 1),
        }[kind]
        t = t0 + sec(minute * 60 + r.uniform(0, 50))
        if kind == "debian6h":
            t += sec(r.uniform(0, 14400))
        while t < t_end:
            jobs.append((t, "mirror1", session(t, host, ip, module, stages == 1)))
            if stages == 2:
                t2 = t + sec(r.uniform(300, 900))
                jobs.append((t2, "mirror1", session(t2, host, ip, module, True)))
            t += sec(period + r.uniform(-20, 20))

    def refused(t: datetime, host: str, ip: str) -> Callable[[int], None]:
        def job(pid: int) -> None:
            tt = connect(t, pid, host, ip)
            R("mirror1", tt, pid, "max connections (%d) reached", "max connections (40) reached")

        return job

    for bh in busy_hours:
        for _ in range(r.randint(6, 10)):
            host, ip, _k, _m = r.choice(clients)
            t = bh + sec(r.uniform(2, 150))
            jobs.append((t, "mirror1", refused(t, host, ip)))

    def unknown(t: datetime, module: str) -> Callable[[int], None]:
        def job(pid: int) -> None:
            tt = R(
                "mirror1",
                t,
                pid,
                "connect from %s (%s)",
                "connect from mirror.hostsailor.com (185.242.104.17)",
            )
            R(
                "mirror1",
                tt,
                pid,
                "unknown module '%s' tried from %s (%s)",
                f"unknown module '{module}' tried from mirror.hostsailor.com (185.242.104.17)",
            )

        return job

    for t in poisson(r, t0, t_end, 5400):
        jobs.append((t, "mirror1", unknown(t, r.choice(["debian-cd", "ubuntu-releases"]))))

    # ---- backup1
    restart, fixed = at(8, 5, 12), at(11, 40, 31)
    full = (at(10, 5, 10), at(10, 21, 40))

    def conn(t: datetime, pid: int, host: str, ip: str) -> datetime:
        if restart <= t < fixed:
            t = R(
                "backup1",
                t,
                pid,
                'Unknown Parameter encountered: "%s"',
                'Unknown Parameter encountered: "max connection"',
            )
            t = R(
                "backup1",
                t,
                pid,
                'IGNORING unknown parameter "%s"',
                'IGNORING unknown parameter "max connection"',
            )
        return R("backup1", t, pid, "connect from %s (%s)", f"connect from {host}.internal ({ip})")

    def daemon_start(t: datetime) -> Callable[[int], None]:
        def job(pid: int) -> None:
            R(
                "backup1",
                t,
                pid,
                "rsyncd version %s starting, listening on port %d",
                f"rsyncd version {RS_VERSION} starting, listening on port 873",
            )

        return job

    for t_ in (restart, fixed):
        jobs.append((t_, "backup1", daemon_start(t_)))

    def push(t: datetime, h: str, ip: str) -> Callable[[int], None]:
        kind = "db" if h.startswith("db") else ("web" if h.startswith("web") else "app")
        names = r.sample(RS_FILES[kind], r.randint(2, len(RS_FILES[kind])))
        files = [f"{h}/" + f.format(n=r.randint(10000, 99999), d="20240605", h=h) for f in names]
        if kind == "app":
            files += [
                f"{h}/srv/app/shared/uploads/{r.randint(10000, 99999)}.jpg"
                for _ in range(r.randint(0, 4))
            ]
        plan = [(f, rs_size(r, f), r.random()) for f in files]
        dels = [
            f"{h}/var/log/{'app/production' if kind == 'app' else 'nginx/access'}.log.{k}.gz"
            for k in r.sample(range(5, 10), r.choice([0, 0, 0, 1, 2]))
        ]

        def job(pid: int) -> None:
            tt = conn(t, pid, h, ip)
            tt = R(
                "backup1",
                tt,
                pid,
                "rsync to %s from %s@%s (%s)",
                f"rsync to hosts/{h}/ from backup@{h}.internal ({ip})",
            )
            skipped = False
            for f, size, roll in plan:
                if full[0] <= tt < full[1]:
                    if roll < 0.5:
                        d, b = f.rsplit("/", 1)
                        tt = R(
                            "backup1",
                            tt + sec(0.5 + roll * 6),
                            pid,
                            'rsync: [%s] mkstemp "%s" (in %s) failed: No space left on device (%d)',
                            f'rsync: [receiver] mkstemp "{d}/.{b}.{hexid(r, 6)}" (in hosts) failed: No space left on device (28)',
                        )
                        skipped = True
                        continue
                    tt = R(
                        "backup1",
                        tt + sec(2 + roll * 20),
                        pid,
                        'rsync: [%s] write failed on "%s" (in %s): No space left on device (%d)',
                        f'rsync: [receiver] write failed on "{f}" (in hosts): No space left on device (28)',
                    )
                    R(
                        "backup1",
                        tt,
                        pid,
                        "rsync error: error in file IO (code %d) at %s(%d) [%s=%s]",
                        f"rsync error: error in file IO (code 11) at receiver.c(381) [receiver={RS_VERSION}]",
                    )
                    return
                tt = R(
                    "backup1",
                    tt + sec(0.2 + roll * 2 + size / 180_000_000),
                    pid,
                    "recv %s [%s] %s (%s) %s %s",
                    f"recv {h}.internal [{ip}] hosts (backup) {f} {size}",
                )
            if skipped:
                R(
                    "backup1",
                    tt,
                    pid,
                    "rsync error: some files/attrs were not transferred (see previous errors) (code %d) at %s(%d) [%s=%s]",
                    f"rsync error: some files/attrs were not transferred (see previous errors) (code 23) at main.c(1338) [generator={RS_VERSION}]",
                )
                return
            for f in dels:
                tt = R(
                    "backup1",
                    tt,
                    pid,
                    "del. %s [%s] %s (%s) %s %s",
                    f"del. {h}.internal [{ip}] hosts (backup) {f} 0",
                )
            R(
                "backup1",
                tt,
                pid,
                "sent %s bytes  received %s bytes  total size %s",
                f"sent {big(600 + 40 * len(plan) + len(h) * 17)} bytes  received {big(sum(sz for _, sz, _ in plan) + 9000)} bytes  total size {big(host_total[h] + sum(sz for _, sz, _ in plan))}",
            )

        return job

    host_total = {h: r.randint(4_000_000_000, 30_000_000_000) for h, _ip in RS_BACKUP_HOSTS}
    for k, (h, ip) in enumerate(RS_BACKUP_HOSTS):
        t = t0 + sec(5 * 60 + k * 110 + r.uniform(0, 20))
        while t < t_end:
            if not restart - sec(3) <= t < restart + sec(3):
                jobs.append((t, "backup1", push(t, h, ip)))
            t += sec(3600 + r.uniform(-15, 15))

    def bad_password(t: datetime) -> Callable[[int], None]:
        def job(pid: int) -> None:
            tt = conn(t, pid, "app5", "10.0.4.15")
            R(
                "backup1",
                tt,
                pid,
                "auth failed on module %s from %s (%s): password mismatch",
                "auth failed on module hosts from app5.internal (10.0.4.15): password mismatch",
            )

        return job

    t = at(9, 0, 4)
    while t < t_end:
        tj = t + sec(r.uniform(0, 2))
        jobs.append((tj, "backup1", bad_password(tj)))
        t += sec(600)

    def restore(t: datetime) -> Callable[[int], None]:
        def job(pid: int) -> None:
            tt = conn(t, pid, "db1", "10.0.4.21")
            tt = R(
                "backup1",
                tt,
                pid,
                "rsync on %s from %s@%s (%s)",
                "rsync on hosts/db1/var/backups/pg/ from backup@db1.internal (10.0.4.21)",
            )
            tt = R("backup1", tt, pid, "building file list", "building file list")
            for f, size in [
                ("db1/var/backups/pg/db1-20240605.dump", 8_412_331_520),
                ("db1/var/backups/pg/globals-20240605.sql", 48_211),
            ]:
                tt = R(
                    "backup1",
                    tt + sec(size / 110_000_000),
                    pid,
                    "send %s [%s] %s (%s) %s %s",
                    f"send db1.internal [10.0.4.21] hosts (backup) {f} {size}",
                )
            R(
                "backup1",
                tt,
                pid,
                "sent %s bytes  received %s bytes  total size %s",
                f"sent {big(8_413_402_117)} bytes  received {big(1_204)} bytes  total size {big(8_412_379_731)}",
            )

        return job

    jobs.append((at(9, 50, 33), "backup1", restore(at(9, 50, 33))))

    # the children's pids in the order the connections arrive
    pids = {"mirror1": 1_204_511, "backup1": 884_120}
    for _t, daemon, job in sorted(jobs, key=lambda x: x[0]):
        pids[daemon] += r.randint(2, 60)
        job(pids[daemon])
    return fs.logs(t0)


SYSTEMS: dict[str, Callable[[random.Random], list[Log]]] = {
    "frp": frp,
    "tikv": tikv,
    "dragonfly": dragonfly,
    "wal-g": walg,
    "rsyncd": rsyncd,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
