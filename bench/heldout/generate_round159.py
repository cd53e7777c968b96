#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 159 (netbird, yggdrasil, innernet, firezone, tinc) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five mesh and WireGuard VPNs, 06:00 to 12:00 on
2024-06-07. The brief's zerotier-one is replaced: ZeroTier One writes a handful of stderr lines
a day (`Starting Control Plane...`, an `ERROR: unable to ...` now and then), too few to write a
six-hour log of it faithfully, so Yggdrasil, another overlay mesh, takes its place.

- NetBird 0.28, self-hosted with docker compose (`management.log`: the management service at
  `--log-level debug`; `signal.log`: the signal service at debug; `client-gw-office.log`,
  `client-build-02.log`: two Linux peers' /var/log/netbird/client.log at info). NetBird's own
  logrus formatter: `2024-06-07T06:14:56Z DEBG [peerID: ..., accountID: ...] management/server/
  grpcserver.go:151: Sync request from peer [%s] [%s]`, the levels written as PANC/FATL/ERRO/WARN/
  INFO/DEBG/TRAC, the context a request's ctx carries written as `[key: value, ...] ` in Go's
  map order (a different order line to line), then the caller's file:line. A peer's connecting
  or leaving changes no network map; a new network address or version in the meta a peer syncs,
  a change in the dashboard or a peer added or deleted does, and every other connected peer's
  stream then gets the new map (`received an update for peer %s` and `sent an update to peer %s`
  for each). Twenty-four servers always on (ci-runner-05 rebooted at 06:14, db-01's agent
  restarted at 06:41: `Login request from peer [%s] [%s]`, the signal stream, the Sync, no
  update); fourteen laptops arriving 07:30-10:40 from a new network; one on 4G whose stream
  breaks every 9-25 minutes and comes back from a new address until 10:30 (sometimes before the
  old stream is gone: `updates channel for peer %s was closed`, the signal server's `attempted to
  remove newer registered stream of a peer ...`); three closing their lids for meetings and four
  leaving for lunch (`stream of peer %s has been closed`, the signal server's `peer stream closing
  [%s] [streamID %d] `, `peer disconnected ...`, `peer deregistered [%s]`); the clients' `connected
  to peer %s, endpoint address: %s` for each peer that comes; build-02's client upgraded at 07:02
  (`stopped NetBird client`, `starting NetBird client version %s on %s/%s`, its streams, `Netbird
  engine started, the IP is: %s`, a connection to every peer); the signal container recreated at
  08:30 (`stopped Signal Service`, `started Signal Service`, every peer registering again as its
  backoff lets it: `registering new peer`, `peer registered [%s]`, `peer connected [%s] [streamID
  %d] `; the clients' `disconnected from the Signal Exchange due to an error: %v` and, about once
  a second until `connected to the Signal Service stream`, `signal client isn't ready, skipping
  connection attempt %s` for a peer they are not connected to); the management container at
  09:05 (`stopped Management Service`, `management server version %s`, `running HTTP server and
  gRPC server on the same port: %s`, the clients' `disconnected from the Management service but
  will retry silently. Reason: %v`, every peer's Sync again); three dashboard changes (08:52,
  10:10, 10:12); two laptops whose SSO login has expired (`failed logging in peer %s: peer login
  has expired, please log in once more`); a CI runner enrolled with a setup key at 10:55;
  ci-runner-07 deleted at 11:20 (`removed peer %s` on the clients, build-02's `Connection has been
  already closed or attempted closing not started connection %s`).
- Yggdrasil 0.5 (the Debian package, logging to stdout with Go's `2006/01/02 15:04:05` prefix,
  read back with `journalctl -u yggdrasil`: `Jun 07 06:00:17 ygg-fra1 yggdrasil[823]: 2024/06/07
  06:00:17 Connected inbound: 200:...@[2a02:...]:53113, source [2a01:4f8:...]:443`; no levels).
  `ygg-fra1.log`: a public peer in Frankfurt (TLS on 443, TCP on 12345): thirty-eight long-lived
  peers, eighteen flaky ones, a mobile node reconnecting every few minutes 07:05-08:35 and a
  one-off visitor every 30 s on average, each session's `Connected inbound: %s, source %s` and
  `Disconnected inbound: %s, source %s` with or without `; error: ` and Go's net error (`read
  tcp %s->%s: read: connection reset by peer`, `read tcp %s->%s: i/o timeout`, `write tcp
  %s->%s: write: broken pipe`); the daemon upgraded (0.5.5 -> 0.5.6) and restarted at 09:20
  (systemd's `Stopping %s...`, `Stopping...`, the listeners stopped, a minute of its links'
  disconnections, `Stopped`, `Deactivated successfully.`, `Consumed %s CPU time.`, the new
  process's `Build name: %s`, `Build version: %s`, `Your public key is %s`, `Your IPv6 address
  is %s`, `Your IPv6 subnet is %s`, `%s listener started on %s`, `%s admin socket listening on
  %s`, `Interface name: %s`, `Interface MTU: %d`, then every peer back). `ygg-home.log`: a home
  server peering with ygg-fra1 and another public node (`Connected outbound`), a NAS and a
  laptop found by multicast on br0 (link-local addresses with a zone), the uplink lost
  10:40-10:52.
- innernet 1.6 (tonarino), every host's journal read with `journalctl -o short-iso`. `wg-hub.log`:
  `innernet-server serve corp` under innernet-server@.service (RUST_LOG=info, pretty_env_logger's
  ` INFO  innernet_server > message`), stopped 08:30-08:38 for the upgrade to 1.6.1 and a
  database backup, its start-up lines, an expired invitation swept at 09:47. `build-01.log`,
  `db-02.log`, `ci-03.log`: the client daemon (`innernet up corp --daemon --interval 60`, db-02
  at 120 s by a drop-in), whose own logger prints `[*] message` / `[!]` / `[E]`: every fetch's
  `fetching state for %s from server...`, `peers are already up to date` and `reporting %s
  interface address%s as NAT traversal candidates...`; laptop-rui's peer added at 07:12 and
  redeemed at 07:31 (`  peer %s (%s...) was %s.`, `updating %s with the latest peers.`, an
  empty line, `updated interface %s` and the empty line its `\n` makes, `Attempting to establish
  connection with %s remaining unconnected peers...`); while the server is down every fetch is
  refused (an empty line, `[E] %s: Connection Failed: Connect error: Connection refused (os
  error %d)`, an empty line, the daemon exiting 1 and systemd's `Main process exited, ...`,
  `Failed with result '%s'.`, a minute later `Scheduled restart job, restart counter is at %u.`,
  `Stopped %s.`, `Started %s.`); ci-03 enrolled at 10:04 and disabled by mistake 10:20-10:41 (its
  fetches answered `%s: status code %d` (401), its daemon restarted every minute, the other
  clients seeing the peer removed and added again).
- Firezone 0.7 (the legacy self-hosted release; `firezone.log`: `docker logs` of its one
  container, the Phoenix app with FzVpn and FzWall in one BEAM, Elixir's console format `$time
  $metadata[$level] $message` with request_id and remote_ip, the time without a date): two
  uptime monitors loading `/` and `/sign_in` every minute, a sync script reading `/v0/users` and
  `/v0/devices` every three minutes, users signing in with Google, admins' pages with their
  LiveView socket (`CONNECTED TO %s in %s` and its Transport, Serializer and Parameters lines),
  scanners; Phoenix's `%s %s` and `Sent %d in %s` for each request; the OIDC refresher every ten
  minutes (`Refreshing user#%s @ %s...`), an offboarded user disabled at 08:02 (`Disabling user
  %s due to OIDC token refresh failure...`); the database container recreated at 09:12 (the
  pool's ten `%s (%s) disconnected: ** (DBConnection.ConnectionError) tcp recv (idle): %s` and
  their reconnection attempts `... failed to connect: ** (DBConnection.ConnectionError) tcp
  connect (%s): %s - %s`, nxdomain then econnrefused, the refresh manager's GenServer crash and
  a request's crash report, each with the DBConnection queue message and its stack); the
  nftables ruleset flushed by hand at 10:02 (FzWall.Server crashing on the next device with
  FzWall.Shell's `Error executing command ...` RuntimeError, deleting two devices' rules then
  `Tried to delete a rule with string: %s but it wasn't found, might have been removed
  manually`); the upgrade to 0.7.36 at 10:30 (`SIGTERM received - shutting down`, `Migrations
  already up`, `Running %s with %s %s at %s (%s)`, `Access %s at %s`); the DNS resolver down
  11:25-11:35 (the hourly connectivity check's `An unexpected error occurred ... Reason: %s`
  with the empty line its heredoc ends with, and every Google user the refresher reached then
  disabled, re-enabled by an admin at 11:50).
- tinc 1.0.36 (Debian's package: tincd forks and logs to syslog as `tinc.corpnet`; each host's
  /var/log/syslog from rsyslog: `gw-fra-syslog`, `gw-ams-syslog`, `br-lis-syslog`). The
  Frankfurt hub runs at debug level 3 (every request: `Sending %s to %s (%s)`, `Got %s from %s
  (%s)`, `Forwarding %s from %s (%s)` with PING/PONG every minute per connection, the ID /
  METAKEY / CHALLENGE / CHAL_REPLY / ACK exchange, ADD_SUBNET / ADD_EDGE / DEL_EDGE,
  KEY_CHANGED / REQ_KEY / ANS_KEY after each node's hourly `Expiring symmetric keys`), the
  Amsterdam hub and the Lisbon branch at level 1. The Lisbon DSL line drops three times
  07:10-07:40 (`%s (%s) didn't respond to PING in %ld seconds`, `Closing connection with %s
  (%s)`, `Trying to re-establish outgoing connection in %d seconds` with the delay growing by 5,
  `Trying to connect to %s (%s)`, `Could not connect to %s (%s): %s`, `Timeout from %s (%s)
  during authentication`, `Could not set up a meta connection to %s`, the hubs' `Connection
  from %s`, `Established a second connection with %s (%s), closing old connection` when the
  drop was too short for them to notice, `Executing script host-down` / `host-up`); the new
  Porto branch connecting from 08:40 before the hub has its host file (`Peer %s had unknown
  identity (%s)` on every retry) until the configuration is reloaded at 08:52 (`Got HUP
  signal`, `Invalid name for outgoing connection in %s line %d` for a `ConnectTo = br-por`) and
  again at 09:01; the Amsterdam hub rebooted at 10:30 (`Got TERM signal`, `Terminating`, the
  start-up lines `tincd %s (%s %s) starting, debug level %d`, `%s is a %s`, `Listening on %s`,
  `Ready`; the hub's `Connection closed by %s (%s)`, its retries timing out and `Already
  connected to %s` once Amsterdam connected first).

Label notes. The heads are context: NetBird's time, level, `[key: value, ...] ` fields and
file:line; the journal's and syslog's heads, and Yggdrasil's inner `2006/01/02 15:04:05`;
innernet's `[*]` / `[E]` markers and pretty_env_logger's ` INFO  innernet_server > `; Elixir's
time, metadata and `[level]`. A Go error, a ureq error or a DBConnection error inside a message
contributes its own format (`... error: read tcp %s->%s: i/o timeout`, `%s: Connection Failed:
Connect error: Connection refused (os error %d)`); a gRPC status error after `Reason: ` / `due to
an error: ` is kept as `%v`, the call's own verb. An enum's name is a variable: tinc's request
names (request_name[] of the buffer's number), innernet's ChangeAction (`added`, `modified`,
`removed`), Yggdrasil's link scheme upper-cased (`TLS`, `TCP`), Phoenix's method. A word the call
site passes literally is wording: tinc's `Got TERM signal` / `Got HUP signal` (sighup_handler
and sigterm_handler pass the name) and `Executing script host-up` / `host-down`
(execute_script("host-up", ...)), Yggdrasil's `inbound` / `outbound` (picked by branch). A
multi-line message is one event: LiveView's CONNECTED lines, crash reports with their stacks,
a heredoc's trailing empty line. innernet's empty lines (`println!()` before `updated interface`
and before an error, and the `\n` these messages end with) are journal records of their own
with nothing in them: no label, counted under `unlabelled` when stored. Milliseconds in
Firezone, seconds elsewhere, where Clock keeps one process's lines a second apart (which
spreads NetBird's fan-outs, a shutting-down Yggdrasil's disconnections and tinc's exchanges
over seconds).

Least sure (written from the helper's knowledge; NetBird's formatter and context hook, the
management gRPC server's, the signal server's and registry's, the client's connect, engine, peer
connection and management/signal client messages, Yggdrasil's link handler, listener and admin
socket lines and gologme's unlevelled output, innernet's server, client, logger and systemd
units, and Firezone 0.7's config, refresher, refresh manager, connectivity check, shell and nft
helpers were checked against copies of their sources, some of other versions than the one
named): NetBird's management and signal start-up and shutdown lines (`management server version
%s`, `running HTTP server and gRPC server on the same port: %s`, `stopped Management Service`,
`started Signal Service`, `stopped Signal Service`, and the signal service's streams ending
without a line each when it stops), that 0.28 sends every peer a new map on a peer's new meta
and not on its connecting, whether 0.28's context hook already wrote peerID/accountID, the
file:line numbers, `disconnected from the Signal Exchange due to an error: %v` (later clients
say `... Signal service but will retry silently. Reason: %v`); Yggdrasil 0.5's start-up order,
`Stopping...` / `Stopped`, and whether a link closed by the shutdown logs `Disconnected` without
an error; innernet's ureq error texts (`Connection Failed: Connect error: ...`, `status code
401`) and whether 1.6's unit descriptions read as here; Firezone's nft set and chain names, the
FzWall crash report's last lines, the Postgrex reason texts and the refresher's provider id;
tinc 1.0.36's `Could not connect to %s (%s): %s` (older 1.0 wrote `%s: %s`), `Expiring symmetric
keys`, `Forwarding %s from %s (%s)` at level 3, `Timeout from %s (%s) during authentication` and
the build date in its start-up line.
"""

from __future__ import annotations

import base64
import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round55 import poisson
from generate_round97 import Files, sec, syslog_ts
from generate_round147 import T0, T_END, at, in_any


def wgkey(r: random.Random) -> str:
    """A WireGuard public key as wgtypes and innernet print it: 32 bytes in standard base64."""
    return base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode()


def rfc3339(t: datetime) -> str:
    """Go's time.RFC3339 of a UTC instant (whole seconds)."""
    return f"{t:%Y-%m-%dT%H:%M:%S}Z"


def jshort(t: datetime) -> str:
    """journalctl's default `short` timestamp."""
    return f"{t:%b %d %H:%M:%S}"


def jiso(t: datetime) -> str:
    """journalctl -o short-iso."""
    return f"{t:%Y-%m-%dT%H:%M:%S}+0000"


def exs(t: datetime) -> str:
    """Elixir Logger's $time."""
    return f"{t:%H:%M:%S}.{t.microsecond // 1000:03d}"


def pick(r: random.Random, table: list[tuple[float, object]]) -> object:
    x = r.uniform(0, sum(w for w, _ in table))
    for w, v in table:
        x -= w
        if x <= 0:
            return v
    return table[-1][1]


# ---------------------------------------------------------------------------------- netbird

NB_ACCOUNT = "cp1s4hfl0ubs73e6v0tg"
NB_SERVERS = [
    "gw-office",
    "build-01",
    "build-02",
    "build-03",
    "db-01",
    "db-02",
    "db-03",
    "redis-01",
    "git",
    "vault",
    "ldap",
    "proxy-01",
    "proxy-02",
    "ci-runner-05",
    "ci-runner-06",
    "ci-runner-07",
    "ci-runner-08",
    "mon-01",
    "backup-01",
    "nas-01",
    "exit-fra",
    "k8s-node-1",
    "k8s-node-2",
    "k8s-node-3",
]
NB_LAPTOPS = [
    # name, arrives, public IP (None: in the office LAN)
    ("ana-mbp", (7, 31), None),
    ("rui-xps", (7, 44), None),
    ("joao-tp", (7, 52), "85.240.17.203"),
    ("marta-mbp", (8, 3), None),
    ("tiago-xps", (8, 10), "37.189.4.66"),
    ("andre-xps", (8, 24), None),
    ("pedro-fw13", (8, 47), None),
    ("beatriz-mbp", (8, 58), "83.223.241.9"),
    ("ines-mbp", (9, 18), "94.63.210.12"),
    ("nuno-tp", (9, 27), None),
    ("sofia-tp", (9, 36), None),
    ("rita-mbp", (9, 51), None),
    ("carla-fw13", (10, 15), None),
    ("luis-mbp", (10, 40), "188.81.55.140"),
]
NB_EXPIRED = ("carla-fw13", "luis-mbp")
NB_LINES = {
    # call site: source file:line as NetBird's ContextHook prints it
    "login": "management/server/grpcserver.go:284",
    "sync": "management/server/grpcserver.go:151",
    "recv": "management/server/grpcserver.go:217",
    "sent": "management/server/grpcserver.go:252",
    "closed": "management/server/grpcserver.go:225",
    "chclosed": "management/server/grpcserver.go:210",
    "loginfail": "management/server/grpcserver.go:327",
}


def netbird(r: random.Random) -> list[Log]:
    """A self-hosted NetBird 0.28 (docker compose): the management service and the signal
    service at debug level, and two Linux peers' /var/log/netbird/client.log at info, 06:00 to
    12:00. A peer's connecting or leaving changes no network map; a new network address or
    version (a laptop on a new network, a client upgraded) or a deleted peer does, and every
    other connected peer's stream then gets the new map. Twenty-four servers always on
    (ci-runner-05 rebooted at 06:14, db-01's agent restarted at 06:41), fourteen laptops arriving
    07:30-10:40 (one on 4G whose address changes each time its stream breaks, until 10:30),
    three closing their lids for meetings and four leaving for lunch; build-02's client upgraded
    at 07:02; the signal container recreated at 08:30, the management container at 09:05 (every
    peer syncing again); three changes in the dashboard (08:52, 10:10, 10:12); two laptops whose
    login has expired; a CI runner enrolled at 10:55; ci-runner-07 deleted at 11:20."""
    fs = Files()
    peers: dict[str, dict[str, str]] = {}
    for i, name in enumerate(NB_SERVERS):
        peers[name] = {
            "key": wgkey(r),
            "ip": f"100.92.{r.randint(1, 254)}.{r.randint(1, 254)}",
            "pub": f"203.0.113.{10 + i}" if name != "gw-office" else "62.28.190.4",
            "lan": f"10.20.0.{11 + i}",
        }
    for name, _arr, pub in NB_LAPTOPS:
        peers[name] = {
            "key": wgkey(r),
            "ip": f"100.92.{r.randint(1, 254)}.{r.randint(1, 254)}",
            "pub": pub or "62.28.190.4",
            "lan": f"192.168.10.{r.randint(20, 200)}",
        }
    peers["gw-office"]["lan"] = "192.168.10.1"
    peers["ci-runner-09"] = {
        "key": wgkey(r),
        "ip": "100.92.201.17",
        "pub": "203.0.113.61",
        "lan": "10.20.0.61",
    }
    pids = {"mgmt": 1, "signal": 1}
    office = {n for n, _a, pub in NB_LAPTOPS if pub is None} | {"gw-office"}
    hosts = ["gw-office", "build-02"]

    def fields(name: str) -> str:
        kv = [f"peerID: {peers[name]['key']}", f"accountID: {NB_ACCOUNT}"]
        r.shuffle(kv)  # logrus's Data is a Go map: the order changes line to line
        return "[" + ", ".join(kv) + "] "

    def M(
        t: datetime, lvl: str, src: str, label: str, msg: str, who: str | None = None
    ) -> datetime:
        f = fields(who) if who else ""
        return fs.add(
            "management.log",
            t,
            label,
            lambda x: [f"{rfc3339(x)} {lvl} {f}{src}: {msg}"],
            ("mgmt", pids["mgmt"]),
            1_000_000,
        )

    def S(t: datetime, lvl: str, src: str, label: str, msg: str) -> datetime:
        return fs.add(
            "signal.log",
            t,
            label,
            lambda x: [f"{rfc3339(x)} {lvl} {src}: {msg}"],
            ("signal", pids["signal"]),
            1_000_000,
        )

    def C(host: str, t: datetime, lvl: str, src: str, label: str, msg: str) -> datetime:
        return fs.add(
            f"client-{host}.log",
            t,
            label,
            lambda x: [f"{rfc3339(x)} {lvl} {src}: {msg}"],
            ("client", host),
            1_000_000,
        )

    connected: set[str] = set(NB_SERVERS)
    streams: dict[str, int] = {}

    def stream_id(t: datetime) -> int:
        return int(t.timestamp() * 1e9) + r.randint(0, 999_999_999)

    for n in NB_SERVERS:
        streams[n] = stream_id(at(5, 0) - sec(r.uniform(0, 3 * 86400)))

    def fan_out(t: datetime, who: str) -> datetime:
        """Every other connected peer's stream gets the new network map."""
        order = sorted(connected - {who})
        r.shuffle(order)
        for q in order:
            t = M(
                t + sec(r.uniform(0.0, 0.3)),
                "DEBG",
                NB_LINES["recv"],
                "received an update for peer %s",
                f"received an update for peer {peers[q]['key']}",
                q,
            )
            t = M(
                t + sec(r.uniform(0.0, 0.2)),
                "DEBG",
                NB_LINES["sent"],
                "sent an update to peer %s",
                f"sent an update to peer {peers[q]['key']}",
                q,
            )
        return t

    def sig_register(t: datetime, who: str, again: bool = False) -> datetime:
        sid = stream_id(t)
        t = S(
            t, "DEBG", "signal/server/signal.go:133", "registering new peer", "registering new peer"
        )
        if not again:
            t = S(
                t + sec(0.01),
                "DEBG",
                "signal/peer/peer.go:69",
                "peer registered [%s]",
                f"peer registered [{peers[who]['key']}]",
            )
        old = streams.get(who)
        streams[who] = sid
        t = S(
            t + sec(0.01),
            "DEBG",
            "signal/server/signal.go:110",
            "peer connected [%s] [streamID %d] ",
            f"peer connected [{peers[who]['key']}] [streamID {sid}] ",
        )
        if again and old:
            t = S(
                t + sec(r.uniform(1, 20)),
                "DEBG",
                "signal/server/signal.go:114",
                "peer stream closing [%s] [streamID %d] ",
                f"peer stream closing [{peers[who]['key']}] [streamID {old}] ",
            )
            t = S(
                t + sec(0.01),
                "DEBG",
                "signal/server/signal.go:152",
                "peer disconnected [%s] [streamID %d] ",
                f"peer disconnected [{peers[who]['key']}] [streamID {old}] ",
            )
            t = S(
                t + sec(0.01),
                "DEBG",
                "signal/peer/peer.go:88",
                "attempted to remove newer registered stream of a peer [%s] [newer streamID %d, previous StreamID %d]. Ignoring.",
                f"attempted to remove newer registered stream of a peer [{peers[who]['key']}] [newer streamID {sid}, previous StreamID {old}]. Ignoring.",
            )
        return t

    def sig_close(t: datetime, who: str) -> datetime:
        sid = streams.pop(who, None)
        if sid is None:
            return t
        t = S(
            t,
            "DEBG",
            "signal/server/signal.go:114",
            "peer stream closing [%s] [streamID %d] ",
            f"peer stream closing [{peers[who]['key']}] [streamID {sid}] ",
        )
        t = S(
            t + sec(0.01),
            "DEBG",
            "signal/server/signal.go:152",
            "peer disconnected [%s] [streamID %d] ",
            f"peer disconnected [{peers[who]['key']}] [streamID {sid}] ",
        )
        return S(
            t + sec(0.01),
            "DEBG",
            "signal/peer/peer.go:95",
            "peer deregistered [%s]",
            f"peer deregistered [{peers[who]['key']}]",
        )

    def endpoint(host: str, who: str) -> str:
        if who == "tiago-xps":
            return f"127.0.0.1:{r.randint(35000, 60999)}"
        if host == "gw-office" and who in office:
            return f"{peers[who]['lan']}:51820"
        if host == "build-02" and who in NB_SERVERS:
            return f"{peers[who]['lan']}:51820"
        return f"{peers[who]['pub']}:{r.choice([51820, r.randint(1024, 65000)])}"

    def clients_see(t: datetime, who: str) -> None:
        for host in hosts:
            if host != who:
                C(
                    host,
                    t + sec(r.uniform(2.0, 9.0)),
                    "INFO",
                    "client/internal/peer/conn.go:352",
                    "connected to peer %s, endpoint address: %s",
                    f"connected to peer {peers[who]['key']}, endpoint address: {endpoint(host, who)}",
                )

    def arrive(
        t: datetime, who: str, login: bool = True, again: bool = False, moved: bool = True
    ) -> datetime:
        """The peer's Login (after its engine restarts), signal stream and Sync; a new network
        address in its meta makes the management service update every other peer."""
        ip = peers[who]["pub"]
        if login:
            t = M(
                t,
                "DEBG",
                NB_LINES["login"],
                "Login request from peer [%s] [%s]",
                f"Login request from peer [{peers[who]['key']}] [{ip}]",
            )
            t += sec(r.uniform(0.3, 1.2))
        sig_register(t + sec(r.uniform(0.1, 0.6)), who, again)
        t = M(
            t,
            "DEBG",
            NB_LINES["sync"],
            "Sync request from peer [%s] [%s]",
            f"Sync request from peer [{peers[who]['key']}] [{ip}]",
            who,
        )
        connected.add(who)
        clients_see(t, who)
        return fan_out(t + sec(0.05), who) if moved else t

    def leave(t: datetime, who: str, replaced: bool = False) -> datetime:
        if replaced:
            t = M(
                t,
                "DEBG",
                NB_LINES["chclosed"],
                "updates channel for peer %s was closed",
                f"updates channel for peer {peers[who]['key']} was closed",
                who,
            )
        else:
            t = M(
                t,
                "DEBG",
                NB_LINES["closed"],
                "stream of peer %s has been closed",
                f"stream of peer {peers[who]['key']} has been closed",
                who,
            )
            sig_close(t + sec(r.uniform(0.1, 2.0)), who)
        connected.discard(who)
        return t

    # the timeline, processed in time order
    events: list[tuple[datetime, str, str]] = []
    for name, (h, m), _pub in NB_LAPTOPS:
        kind = "expired" if name in NB_EXPIRED else "arrive"
        events.append((at(h, m, r.uniform(0, 59)), kind, name))
    for name, (h, m) in [
        ("ana-mbp", (11, 41)),
        ("marta-mbp", (11, 47)),
        ("pedro-fw13", (11, 52)),
        ("joao-tp", (11, 56)),
    ]:
        events.append((at(h, m, r.uniform(0, 59)), "leave", name))
    # meetings: lids closed and opened again on the same network
    for name, (h, m), dur in [
        ("rui-xps", (9, 58), 1900),
        ("sofia-tp", (10, 30), 2700),
        ("ines-mbp", (11, 2), 1500),
    ]:
        t = at(h, m, r.uniform(0, 59))
        events.append((t, "leave", name))
        events.append((t + sec(dur), "wake", name))
    # two servers restarted early: a kernel update, and the agent restarted on db-01
    for name, (h, m), gap in [("ci-runner-05", (6, 14), 95), ("db-01", (6, 41), 6)]:
        t = at(h, m, r.uniform(0, 59))
        events.append((t, "leave", name))
        events.append((t + sec(gap), "wake", name))
    # tiago on 4G: the stream breaks every 9-25 minutes and comes back from a new address
    t = at(8, 10, 40)
    while t < at(10, 30):
        t += sec(r.uniform(540, 1500))
        events.append((t, "flap", "tiago-xps"))
    events.append((at(10, 34, 12), "leave", "tiago-xps"))
    events.append((at(11, 20, 5), "delete", "ci-runner-07"))
    events.append((at(7, 2, 18), "upgrade", "build-02"))
    # the admins' changes in the dashboard (a policy, a route added to exit-fra with the wrong
    # prefix and corrected two minutes later), each sent to every connected peer
    for h, m in [(8, 52), (10, 10), (10, 12)]:
        events.append((at(h, m, r.uniform(0, 59)), "change", ""))
    # a CI runner enrolled with a setup key
    events.append((at(10, 55, 31), "enroll", "ci-runner-09"))
    events.sort()

    mgmt_restart = at(9, 5, 11)
    sig_restart = at(8, 30, 4)
    restarted = False
    sig_done = False
    for t, kind, who in events:
        if not sig_done and t > sig_restart:
            sig_done = True
            signal_restart(
                sig_restart, S, C, peers, streams, connected, sig_register, r, pids, hosts
            )
        if not restarted and t > mgmt_restart:
            restarted = True
            tt = M(
                mgmt_restart,
                "INFO",
                "management/cmd/management.go:402",
                "stopped Management Service",
                "stopped Management Service",
            )
            pids["mgmt"] += 1
            tt += sec(r.uniform(6, 9))
            tt = M(
                tt,
                "INFO",
                "management/cmd/management.go:178",
                "management server version %s",
                "management server version 0.28.3",
            )
            up = M(
                tt,
                "INFO",
                "management/cmd/management.go:360",
                "running HTTP server and gRPC server on the same port: %s",
                "running HTTP server and gRPC server on the same port: [::]:443",
            )
            for host in hosts:
                C(
                    host,
                    mgmt_restart + sec(r.uniform(0.05, 0.5)),
                    "WARN",
                    "management/client/grpc.go:141",
                    "disconnected from the Management service but will retry silently. Reason: %v",
                    "disconnected from the Management service but will retry silently. Reason: rpc error: code = Unavailable desc = error reading from server: EOF",
                )
            # every client's Sync stream retried with backoff (1 s growing by 1.7, randomised)
            for who in sorted(connected):
                back, tb = 1.0, mgmt_restart
                while tb < up:
                    tb += sec(back * r.uniform(0.5, 1.5))
                    back = min(back * 1.7, 15)
                tt = M(
                    tb,
                    "DEBG",
                    NB_LINES["sync"],
                    "Sync request from peer [%s] [%s]",
                    f"Sync request from peer [{peers[who]['key']}] [{peers[who]['pub']}]",
                    who,
                )
                if who in hosts:
                    C(
                        who,
                        tb - sec(0.3),
                        "INFO",
                        "management/client/grpc.go:128",
                        "connected to the Management Service stream",
                        "connected to the Management Service stream",
                    )
        if kind == "arrive":
            arrive(t, who)
        elif kind == "wake":
            arrive(t, who, moved=False)
        elif kind == "leave":
            leave(t, who)
        elif kind == "flap":
            if who not in connected:
                arrive(t, who)
            elif r.random() < 0.5:
                leave(t, who)
                arrive(t + sec(r.uniform(8, 40)), who, login=False)
            else:
                arrive(t, who, login=False, again=True)
                leave(t + sec(r.uniform(4, 15)), who, replaced=True)
                connected.add(who)
        elif kind == "change":
            fan_out(t, "")
        elif kind == "enroll":
            arrive(t, who)
        elif kind == "expired":
            tt = M(
                t,
                "DEBG",
                NB_LINES["login"],
                "Login request from peer [%s] [%s]",
                f"Login request from peer [{peers[who]['key']}] [{peers[who]['pub']}]",
            )
            M(
                tt + sec(r.uniform(0.02, 0.2)),
                "WARN",
                NB_LINES["loginfail"],
                "failed logging in peer %s: peer login has expired, please log in once more",
                f"failed logging in peer {peers[who]['key']}: peer login has expired, please log in once more",
                who,
            )
        elif kind == "delete":
            tt = M(
                t,
                "DEBG",
                NB_LINES["chclosed"],
                "updates channel for peer %s was closed",
                f"updates channel for peer {peers[who]['key']} was closed",
                who,
            )
            connected.discard(who)
            sig_close(t + sec(r.uniform(0.5, 2)), who)
            fan_out(tt + sec(0.05), who)
            C(
                "build-02",
                t + sec(r.uniform(1, 3)),
                "WARN",
                "client/internal/peer/conn.go:561",
                "Connection has been already closed or attempted closing not started connection %s",
                f"Connection has been already closed or attempted closing not started connection {peers[who]['key']}",
            )
            for host in hosts:
                C(
                    host,
                    t + sec(r.uniform(3, 5)),
                    "INFO",
                    "client/internal/engine.go:420",
                    "removed peer %s",
                    f"removed peer {peers[who]['key']}",
                )
        elif kind == "upgrade":
            # build-02's client upgraded (0.28.2 -> 0.28.3): a new version in its meta
            tc = C(
                who,
                t,
                "INFO",
                "client/internal/connect.go:276",
                "stopped NetBird client",
                "stopped NetBird client",
            )
            tm = leave(t + sec(0.2), who)
            tc += sec(4.2)
            tc = C(
                who,
                tc,
                "INFO",
                "client/internal/connect.go:78",
                "starting NetBird client version %s on %s/%s",
                "starting NetBird client version 0.28.3 on linux/amd64",
            )
            tc = C(
                who,
                tc + sec(1.0),
                "INFO",
                "signal/client/grpc.go:183",
                "connected to the Signal Service stream",
                "connected to the Signal Service stream",
            )
            tc = C(
                who,
                tc + sec(0.2),
                "INFO",
                "client/internal/connect.go:245",
                "Netbird engine started, the IP is: %s",
                f"Netbird engine started, the IP is: {peers[who]['ip']}/16",
            )
            tc = C(
                who,
                tc + sec(0.1),
                "INFO",
                "management/client/grpc.go:128",
                "connected to the Management Service stream",
                "connected to the Management Service stream",
            )
            arrive(max(tm, tc - sec(2.0)), who)
            for q in sorted(connected - {who}):
                C(
                    who,
                    tc + sec(r.uniform(1.5, 12)),
                    "INFO",
                    "client/internal/peer/conn.go:352",
                    "connected to peer %s, endpoint address: %s",
                    f"connected to peer {peers[q]['key']}, endpoint address: {endpoint(who, q)}",
                )
    return fs.logs(T0)


def signal_restart(t0, S, C, peers, streams, connected, sig_register, r, pids, hosts) -> None:  # type: ignore[no-untyped-def]
    """The signal container recreated at 08:30: the service stops (its streams cut without a
    line each), the clients lose their signal stream and, about once a second, skip a connection
    attempt to a peer they are not connected to until their stream is back; every peer then
    registers again as its backoff lets it."""
    t = S(t0, "INFO", "signal/cmd/run.go:231", "stopped Signal Service", "stopped Signal Service")
    streams.clear()
    pids["signal"] += 1
    up = t + sec(r.uniform(9, 12))
    S(up, "INFO", "signal/cmd/run.go:205", "started Signal Service", "started Signal Service")
    back_at = {}
    for who in sorted(connected):
        back, tb = 1.0, t0
        while tb < up:
            tb += sec(back * r.uniform(0.5, 1.5))
            back = min(back * 1.7, 15)
        back_at[who] = tb
    for who in sorted(back_at, key=back_at.get):
        sig_register(back_at[who], who)
    laptops = [n for n, _a, _p in NB_LAPTOPS]
    waiting = [n for n in laptops if n not in connected and n not in NB_EXPIRED]
    for host in hosts:
        C(
            host,
            t0 + sec(r.uniform(0.02, 0.4)),
            "WARN",
            "signal/client/grpc.go:172",
            "disconnected from the Signal Exchange due to an error: %v",
            "disconnected from the Signal Exchange due to an error: rpc error: code = Unavailable desc = error reading from server: EOF",
        )
        tt = t0 + sec(r.uniform(0.5, 1.5))
        while tt < back_at[host] and waiting:
            C(
                host,
                tt,
                "INFO",
                "client/internal/engine.go:869",
                "signal client isn't ready, skipping connection attempt %s",
                f"signal client isn't ready, skipping connection attempt {peers[r.choice(waiting)]['key']}",
            )
            tt += sec(r.uniform(0.6, 1.4))
        C(
            host,
            back_at[host] - sec(0.2),
            "INFO",
            "signal/client/grpc.go:183",
            "connected to the Signal Service stream",
            "connected to the Signal Service stream",
        )


# ---------------------------------------------------------------------------------- yggdrasil


def ygg_addr(r: random.Random, prefix: int = 0x200) -> str:
    """An address of 200::/7 as net.IP prints it (the first group says how many leading ones
    the node's key had)."""
    groups = [f"{prefix + r.randint(0, 3):x}"] + [f"{r.randint(0, 0xFFFF):x}" for _ in range(7)]
    return ":".join(groups)


def ygg_subnet(addr: str) -> str:
    g = addr.split(":")
    return f"3{g[0][1:]}:{g[1]}:{g[2]}:{g[3]}::/64"


def v6(r: random.Random, prefix: str) -> str:
    """A global address under a /32 `prefix` (`2a02:a03f:`), eight groups."""
    return prefix + ":".join(f"{r.randint(1, 0xFFFF):x}" for _ in range(6))


def yggdrasil(r: random.Random) -> list[Log]:
    """Yggdrasil 0.5 (the Debian package, logging to stdout, read back with `journalctl -u
    yggdrasil`): a public peer in Frankfurt (ygg-fra1, TLS on 443 and TCP on 12345) and a home
    server peering with it and with a second public node and with a laptop on its LAN by
    multicast, 06:00 to 12:00: the public peer's inbound sessions coming and going all
    morning, a flapping mobile node, ygg-fra1 upgraded (0.5.5 -> 0.5.6) and restarted at
    09:20 (a minute of its links' disconnections, then every peer back), and the home server's uplink lost 10:40-10:52."""
    fs = Files()
    pids = {"ygg-fra1": 823, "ygg-home": 1190}

    def Y(host: str, t: datetime, label: str, msg: str) -> datetime:
        pid = 31877 if host == "ygg-fra1" and t >= new_start else pids[host]
        return fs.add(
            f"{host}.log",
            t,
            label,
            lambda x: [f"{jshort(x)} {host} yggdrasil[{pid}]: {x:%Y/%m/%d %H:%M:%S} {msg}"],
            (host, "yggdrasil", pid),
            1_000_000,
        )

    def SD(host: str, t: datetime, label: str, msg: str) -> datetime:
        return fs.add(
            f"{host}.log",
            t,
            label,
            lambda x: [f"{jshort(x)} {host} systemd[1]: {msg}"],
            (host, "systemd"),
            1_000_000,
        )

    fra_v4, fra_v6 = "95.216.140.22", "2a01:4f8:c17:9a3e::1"
    fra_addr = ygg_addr(r)
    home_addr = ygg_addr(r)
    fra_key = hexid(r, 64)

    def startup(
        host: str, t: datetime, addr: str, key: str, version: str, listeners: list[str]
    ) -> datetime:
        t = Y(host, t, "Build name: %s", "Build name: yggdrasil")
        t = Y(host, t, "Build version: %s", f"Build version: {version}")
        t = Y(host, t + sec(0.02), "Your public key is %s", f"Your public key is {key}")
        t = Y(host, t, "Your IPv6 address is %s", f"Your IPv6 address is {addr}")
        t = Y(host, t, "Your IPv6 subnet is %s", f"Your IPv6 subnet is {ygg_subnet(addr)}")
        for lst in listeners:
            t = Y(
                host,
                t + sec(0.01),
                "%s listener started on %s",
                f"{lst.split(':')[0].upper()} listener started on {lst.split('//')[1]}",
            )
        t = Y(
            host,
            t + sec(0.01),
            "%s admin socket listening on %s",
            "UNIX admin socket listening on /var/run/yggdrasil/yggdrasil.sock",
        )
        t = Y(host, t + sec(0.05), "Interface name: %s", "Interface name: tun0")
        return Y(host, t, "Interface MTU: %d", "Interface MTU: 65535")

    # --- ygg-fra1: inbound sessions
    ERRS = [
        (0.50, None),
        (0.28, "read tcp {l}->{r}: read: connection reset by peer"),
        (0.14, "read tcp {l}->{r}: i/o timeout"),
        (0.08, "write tcp {l}->{r}: write: broken pipe"),
    ]
    # ygg-fra1 stops at 09:20:13: every link's handler logs its disconnection as the daemon
    # shuts down (over a minute, at one line a second), the new binary starts at 09:21:38
    restart = at(9, 20, 13)
    new_start = restart + sec(85)
    back = new_start + sec(9.4)
    listen = {"tls": 443, "tcp": 12345}
    last_stop = [restart]
    t = SD(
        "ygg-fra1",
        restart - sec(0.3),
        "Stopping %s...",
        "Stopping yggdrasil.service - Yggdrasil Network...",
    )
    t = Y("ygg-fra1", restart, "Stopping...", "Stopping...")
    for proto in ["tls", "tcp"]:
        Y(
            "ygg-fra1",
            restart + sec(0.01),
            "%s listener stopped on %s",
            f"{proto.upper()} listener stopped on [::]:{listen[proto]}",
        )

    def remote(r: random.Random) -> tuple[str, bool]:
        if r.random() < 0.35:
            return (
                f"[{v6(r, r.choice(['2a02:a03f:', '2001:818:', '2a01:cb00:', '2607:fb90:']))}]",
                True,
            )
        return (
            f"{r.choice(['77', '85', '91', '109', '176', '188', '31', '46', '94'])}.{r.randint(1, 254)}.{r.randint(1, 254)}.{r.randint(1, 254)}",
            False,
        )

    def session(
        start: datetime | None,
        end: datetime | None,
        node: str,
        raddr: str,
        is6: bool,
        proto: str,
        err_on_end: bool = True,
    ) -> None:
        port = r.randint(32768, 60999)
        rs = f"{raddr}:{port}"
        ls = f"[{fra_v6}]:{listen[proto]}" if is6 else f"{fra_v4}:{listen[proto]}"
        if start is not None:
            Y(
                "ygg-fra1",
                start,
                "Connected inbound: %s, source %s",
                f"Connected inbound: {node}@{rs}, source {ls}",
            )
        if end is None:
            return
        e = pick(r, ERRS) if err_on_end else None
        if e is None:
            te = Y(
                "ygg-fra1",
                end,
                "Disconnected inbound: %s, source %s",
                f"Disconnected inbound: {node}@{rs}, source {ls}",
            )
            if not err_on_end:
                last_stop[0] = max(last_stop[0], te)
        else:
            label = "Disconnected inbound: %s, source %s; error: " + e.format(l="%s", r="%s")
            Y(
                "ygg-fra1",
                end,
                label,
                f"Disconnected inbound: {node}@{rs}, source {ls}; error: " + e.format(l=ls, r=rs),
            )

    def run_node(
        node: str,
        raddr: str,
        is6: bool,
        proto: str,
        first: datetime,
        mean_up: float,
        mean_down: float,
        up_at_start: bool,
    ) -> None:
        """One remote node's sessions over the morning: up for a while, gone for a while."""
        t = T0 - sec(r.uniform(60, 7200)) if up_at_start else first
        while t < T_END:
            if restart - sec(2) <= t < back:
                t = back + sec(r.uniform(1.5, 40))
                continue
            end = t + sec(r.expovariate(1 / mean_up))
            s = t if t >= T0 else None
            if t < restart < end:
                # the daemon stops under it: closed without an error
                session(
                    s,
                    restart + sec(r.uniform(0.05, 0.6)),
                    node,
                    raddr,
                    is6,
                    proto,
                    err_on_end=False,
                )
                t = back + sec(r.uniform(1.5, 40))
                continue
            if end >= T0:
                session(s, end if end < T_END else None, node, raddr, is6, proto)
            t = end + sec(r.expovariate(1 / mean_down) + 2)
            if r.random() < 0.3:
                raddr, is6 = remote(r)

    # long-lived peers (connected all morning, reconnecting after the restart), flaky ones and
    # one-off visitors
    for _ in range(38):
        raddr, is6 = remote(r)
        run_node(ygg_addr(r), raddr, is6, r.choice(["tls", "tls", "tcp"]), T0, 40000, 120, True)
    for _ in range(18):
        raddr, is6 = remote(r)
        run_node(
            ygg_addr(r),
            raddr,
            is6,
            r.choice(["tls", "tcp"]),
            T0 + sec(r.uniform(0, 7200)),
            1100,
            300,
            r.random() < 0.5,
        )
    mobile = ygg_addr(r)
    t = at(7, 5, 12)
    while t < at(8, 35):
        raddr = f"[{v6(r, '2a01:cb00:')}]"
        end = t + sec(r.uniform(40, 240))
        session(t, end, mobile, raddr, True, "tls")
        t = end + sec(r.uniform(15, 90))
    for st in poisson(r, T0, T_END, 30):
        if restart - sec(5) <= st < back + sec(2):
            continue
        raddr, is6 = remote(r)
        end = st + sec(r.lognormvariate(4.6, 1.3))
        if st < restart < end:
            session(
                st,
                restart + sec(r.uniform(0.05, 0.6)),
                ygg_addr(r),
                raddr,
                is6,
                r.choice(["tls", "tcp"]),
                err_on_end=False,
            )
            continue
        session(
            st,
            end if end < T_END else None,
            ygg_addr(r),
            raddr,
            is6,
            r.choice(["tls", "tcp", "tls"]),
        )

    # the home server's own session, seen from Frankfurt
    home_pub = "85.243.117.40"
    session(None, restart + sec(0.2), home_addr, home_pub, False, "tls", err_on_end=False)
    # the restart itself: the old daemon's last lines, and the new one's
    assert last_stop[0] < new_start - sec(4), last_stop
    t = Y("ygg-fra1", last_stop[0] + sec(0.2), "Stopped", "Stopped")
    t = SD(
        "ygg-fra1",
        t + sec(0.3),
        "Deactivated successfully.",
        "yggdrasil.service: Deactivated successfully.",
    )
    t = SD("ygg-fra1", t, "Stopped %s.", "Stopped yggdrasil.service - Yggdrasil Network.")
    t = SD(
        "ygg-fra1",
        t,
        "Consumed %s CPU time.",
        f"yggdrasil.service: Consumed {r.randint(40, 59)}min {r.uniform(0, 59):.3f}s CPU time.",
    )
    t = SD(
        "ygg-fra1",
        new_start - sec(0.2),
        "Started %s.",
        "Started yggdrasil.service - Yggdrasil Network.",
    )
    startup(
        "ygg-fra1", new_start, fra_addr, fra_key, "0.5.6", ["tls://[::]:443", "tcp://[::]:12345"]
    )
    Y(
        "ygg-fra1",
        back + sec(4),
        "Connected inbound: %s, source %s",
        f"Connected inbound: {home_addr}@{home_pub}:40388, source {fra_v4}:443",
    )
    Y(
        "ygg-fra1",
        at(10, 41, 9),
        "Disconnected inbound: %s, source %s; error: read tcp %s->%s: i/o timeout",
        f"Disconnected inbound: {home_addr}@{home_pub}:40388, source {fra_v4}:443; error: read tcp {fra_v4}:443->{home_pub}:40388: i/o timeout",
    )
    Y(
        "ygg-fra1",
        at(10, 52, 9),
        "Connected inbound: %s, source %s",
        f"Connected inbound: {home_addr}@{home_pub}:55302, source {fra_v4}:443",
    )

    # --- ygg-home: two public peers, a laptop and a NAS by multicast on br0
    home_v4 = "192.168.1.10"
    other = ("tcp", "ygg.tilde-net.example:12345", "185.165.170.9:12345", ygg_addr(r))
    fra = ("tls", "ygg-fra1", f"{fra_v4}:443", fra_addr)
    lan = {
        "nas": (ygg_addr(r), "fe80::211:32ff:fe9d:4e1a"),
        "laptop": (ygg_addr(r), "fe80::9e2d:cdff:fe41:7f03"),
    }
    home_ll = "fe80::a62b:b0ff:fe17:22c5"
    outage = (at(10, 40, 22), at(10, 52, 5))

    def H(t: datetime, label: str, msg: str) -> datetime:
        return Y("ygg-home", t, label, msg)

    def out_session(
        t: datetime, end: datetime | None, peer: tuple[str, str, str, str], err: str | None
    ) -> None:
        _proto, _name, raddr, node = peer
        ls = f"{home_v4}:{r.randint(32768, 60999)}"
        H(
            t,
            "Connected outbound: %s, source %s",
            f"Connected outbound: {node}@{raddr}, source {ls}",
        )
        if end is None:
            return
        if err is None:
            H(
                end,
                "Disconnected outbound: %s, source %s",
                f"Disconnected outbound: {node}@{raddr}, source {ls}",
            )
        else:
            H(
                end,
                "Disconnected outbound: %s, source %s; error: " + err.format(l="%s", r="%s"),
                f"Disconnected outbound: {node}@{raddr}, source {ls}; error: "
                + err.format(l=ls, r=raddr),
            )

    # fra: dropped by the restart, and by the outage; the other public node: by the outage and
    # once at 07:48 (its own restart)
    out_session(back + sec(4), at(10, 40, 51), fra, "read tcp {l}->{r}: i/o timeout")
    H(
        restart + sec(0.4),
        "Disconnected outbound: %s, source %s",
        f"Disconnected outbound: {fra[3]}@{fra[2]}, source {home_v4}:51744",
    )
    H(
        at(7, 48, 9),
        "Disconnected outbound: %s, source %s",
        f"Disconnected outbound: {other[3]}@{other[2]}, source {home_v4}:44190",
    )
    out_session(at(7, 48, 13), at(10, 40, 57), other, "read tcp {l}->{r}: i/o timeout")
    out_session(outage[1] + sec(4), None, fra, None)
    out_session(outage[1] + sec(6), None, other, None)

    # LAN peers by multicast: the NAS is always there; the laptop sleeps and wakes
    def lan_session(
        t: datetime, end: datetime | None, who: str, outbound: bool, err: str | None
    ) -> None:
        node, ll = lan[who]
        rport, lport = r.randint(32768, 60999), r.randint(32768, 60999)
        rs = f"[{ll}%br0]:{rport}"
        ls = f"[{home_ll}%br0]:{lport}"
        d = "outbound" if outbound else "inbound"
        H(t, f"Connected {d}: %s, source %s", f"Connected {d}: {node}@{rs}, source {ls}")
        if end is None:
            return
        if err is None:
            H(
                end,
                f"Disconnected {d}: %s, source %s",
                f"Disconnected {d}: {node}@{rs}, source {ls}",
            )
        else:
            H(
                end,
                f"Disconnected {d}: %s, source %s; error: " + err.format(l="%s", r="%s"),
                f"Disconnected {d}: {node}@{rs}, source {ls}; error: " + err.format(l=ls, r=rs),
            )

    t = at(6, 48, 2)
    while t < at(11, 50):
        end = t + sec(r.uniform(600, 3600))
        lan_session(
            t,
            end if end < T_END else None,
            "laptop",
            r.random() < 0.5,
            r.choice(
                [
                    None,
                    "read tcp {l}->{r}: i/o timeout",
                    "read tcp {l}->{r}: read: connection reset by peer",
                ]
            ),
        )
        t = end + sec(r.uniform(120, 1500))
    # the NAS rebooted for updates at 07:15
    lan_session(at(7, 17, 31), None, "nas", True, None)
    H(
        at(7, 15, 2),
        "Disconnected outbound: %s, source %s",
        f"Disconnected outbound: {lan['nas'][0]}@[{lan['nas'][1]}%br0]:41822, source [{home_ll}%br0]:50431",
    )
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- innernet

IN_PEERS = [
    "innernet-server",
    "build-01",
    "build-02",
    "db-01",
    "db-02",
    "ci-01",
    "ci-02",
    "ana-laptop",
    "joao-desktop",
    "backup-01",
    "mon-01",
    "marta-laptop",
    "ci-03",
]
IN_SERVER = "http://10.42.0.1:51820/v1/user/state"


def innernet(r: random.Random) -> list[Log]:
    """innernet 1.6 (tonarino): the coordinating server (wg-hub, `innernet-server serve corp` under
    its systemd unit with RUST_LOG=info, pretty_env_logger's lines) and three clients' daemons
    (`innernet up corp --daemon --interval 60`, the client's own `[*]`/`[!]`/`[E]` lines), each
    read with `journalctl -u ... -o short-iso`, 06:00 to 12:00: build-01 fetching every 60 s and
    db-02 every 120 s (a drop-in override), a laptop's peer added at 07:12 and redeemed at
    07:31, innernet-server stopped 08:30-08:38 for the upgrade to 1.6.1 and a database backup
    (the clients' fetches refused, their daemons exiting and restarted by systemd every
    minute), an expired invitation swept at 09:47, ci-03 enrolled at 10:04 and disabled by
    mistake 10:20-10:41 (its fetches answered 401, its daemon restarted every minute, the other
    clients seeing the peer removed and added again)."""
    fs = Files()
    keys = {p: wgkey(r) for p in [*IN_PEERS, "laptop-rui"]}
    pids = {"wg-hub": 611, "build-01": 1402, "db-02": 988, "ci-03": 0}
    restarts = {"build-01": 0, "db-02": 0, "ci-03": 0}

    def J(
        host: str, t: datetime, ident: str, label: str | None, msg: str, proc: object
    ) -> datetime:
        return fs.add(
            f"{host}.log",
            t,
            label,
            lambda x: [f"{jiso(x)} {host} {ident}: {msg}"],
            proc,
            1_000_000,
        )

    def CL(host: str, t: datetime, label: str | None, msg: str) -> datetime:
        """A client daemon's stdout line (`[*] message`; an empty line has no label)."""
        return J(host, t, f"innernet[{pids[host]}]", label, msg, (host, "innernet", pids[host]))

    def SD(host: str, t: datetime, label: str, msg: str) -> datetime:
        return J(host, t, "systemd[1]", label, msg, (host, "systemd"))

    def SRV(t: datetime, lvl: str, label: str, msg: str) -> datetime:
        return J(
            "wg-hub",
            t,
            f"innernet-server[{pids['wg-hub']}]",
            label,
            f" {lvl:<5} innernet_server > {msg}",
            ("wg-hub", pids["wg-hub"]),
        )

    server_down = (at(8, 30, 2), at(8, 38, 40))
    disabled = (at(10, 20, 14), at(10, 41, 50))
    # what the server answers over time: (time, peer, change)
    changes = [
        (at(7, 12, 40), "laptop-rui", "added"),
        (at(7, 31, 5), "laptop-rui", "modified"),
        (disabled[0], "ci-03", "removed"),
        (disabled[1], "ci-03", "added"),
    ]
    n_peers = len(IN_PEERS)

    # --- the server: stopped for the upgrade and started again
    t = SD(
        "wg-hub",
        server_down[0],
        "Stopping %s...",
        "Stopping innernet-server@corp.service - innernet server for corp...",
    )
    t = SD(
        "wg-hub",
        t + sec(0.1),
        "Deactivated successfully.",
        "innernet-server@corp.service: Deactivated successfully.",
    )
    t = SD(
        "wg-hub",
        t,
        "Stopped %s.",
        "Stopped innernet-server@corp.service - innernet server for corp.",
    )
    pids["wg-hub"] = 24817
    t = SD(
        "wg-hub",
        server_down[1] - sec(1),
        "Started %s.",
        "Started innernet-server@corp.service - innernet server for corp.",
    )
    t = SRV(server_down[1] - sec(0.8), "INFO", "bringing up interface.", "bringing up interface.")
    t = SRV(
        t,
        "INFO",
        "%s peers added to wireguard interface.",
        f"{n_peers} peers added to wireguard interface.",
    )
    t = SRV(
        t,
        "INFO",
        "%s local candidates added to server peer config.",
        "3 local candidates added to server peer config.",
    )
    SRV(t, "INFO", "innernet-server %s starting.", "innernet-server 1.6.1 starting.")
    SRV(
        at(9, 47, 12),
        "INFO",
        "Deleted %s expired peer invitations.",
        "Deleted 1 expired peer invitations.",
    )

    # --- the clients
    def fail(host: str, t: datetime, msg: str, label: str) -> datetime:
        """The fetch failed: main prints an empty line and the error, and exits 1; systemd
        restarts the daemon a minute later."""
        t = CL(host, t, None, "")
        t = fs.add(
            f"{host}.log",
            t,
            label,
            lambda x: [
                f"{jiso(x)} {host} innernet[{pids[host]}]: [E] {msg}",
                f"{jiso(x)} {host} innernet[{pids[host]}]: ",
            ],
            (host, "innernet", pids[host]),
            1_000_000,
        )
        t = SD(
            host,
            t + sec(0.01),
            "Main process exited, code=%s, status=%i/%s",
            "innernet@corp.service: Main process exited, code=exited, status=1/FAILURE",
        )
        t = SD(
            host,
            t,
            "Failed with result '%s'.",
            "innernet@corp.service: Failed with result 'exit-code'.",
        )
        restarts[host] += 1
        t = SD(
            host,
            t + sec(60.05),
            "Scheduled restart job, restart counter is at %u.",
            f"innernet@corp.service: Scheduled restart job, restart counter is at {restarts[host]}.",
        )
        t = SD(
            host,
            t,
            "Stopped %s.",
            "Stopped innernet@corp.service - innernet client daemon for corp.",
        )
        pids[host] = r.randint(20000, 60000)
        return SD(
            host,
            t,
            "Started %s.",
            "Started innernet@corp.service - innernet client daemon for corp.",
        )

    def daemon(host: str, start: datetime, interval: float) -> None:
        t = start
        pending = [c for c in changes if c[0] > start]
        while t < T_END:
            t = CL(
                host,
                t,
                "fetching state for %s from server...",
                "[*] fetching state for corp from server...",
            )
            if in_any(t, [server_down]):
                t = fail(
                    host,
                    t + sec(r.uniform(0.001, 0.004)),
                    f"{IN_SERVER}: Connection Failed: Connect error: Connection refused (os error 111)",
                    "%s: Connection Failed: Connect error: Connection refused (os error %d)",
                )
                t += sec(r.uniform(0.05, 0.2))
                continue
            if host == "ci-03" and in_any(t, [disabled]):
                t = fail(
                    host,
                    t + sec(r.uniform(0.01, 0.04)),
                    f"{IN_SERVER}: status code 401",
                    "%s: status code %d",
                )
                t += sec(r.uniform(0.05, 0.2))
                continue
            diff = []
            while pending and pending[0][0] <= t:
                _ct, p, ch = pending.pop(0)
                if p != host:
                    diff.append((p, ch))
            if diff:
                for p, ch in diff:
                    t = CL(
                        host,
                        t + sec(0.01),
                        "  peer %s (%s...) was %s.",
                        f"[*]   peer {p} ({keys[p][:10]}...) was {ch}.",
                    )
                t = CL(
                    host,
                    t + sec(0.01),
                    "updating %s with the latest peers.",
                    "[*] updating /etc/hosts with the latest peers.",
                )
                t = CL(host, t + sec(0.01), None, "")
                t = fs.add(
                    f"{host}.log",
                    t + sec(0.01),
                    "updated interface %s\\n",
                    lambda x: [
                        f"{jiso(x)} {host} innernet[{pids[host]}]: [*] updated interface corp",
                        f"{jiso(x)} {host} innernet[{pids[host]}]: ",
                    ],
                    (host, "innernet", pids[host]),
                    1_000_000,
                )
            else:
                t = CL(
                    host,
                    t + sec(r.uniform(0.01, 0.08)),
                    "peers are already up to date",
                    "[*] peers are already up to date",
                )
            n = 2 if host != "db-02" else 3
            t = CL(
                host,
                t + sec(0.01),
                "reporting %s interface address%s as NAT traversal candidates...",
                f"[*] reporting {n} interface addresses as NAT traversal candidates...",
            )
            if any(ch in ("modified",) for _p, ch in diff):
                for _ in range(r.randint(2, 3)):
                    t = CL(
                        host,
                        t + sec(5),
                        "Attempting to establish connection with %s remaining unconnected peers...",
                        "[*] Attempting to establish connection with 1 remaining unconnected peers...",
                    )
            t += sec(interval + r.uniform(0.05, 0.4))

    daemon("build-01", T0 + sec(r.uniform(0, 59)), 60)
    daemon("db-02", T0 + sec(r.uniform(0, 119)), 120)
    # ci-03 enrolled at 10:02 (`innernet install`, at a terminal) and its daemon enabled at 10:04
    t = SD(
        "ci-03",
        at(10, 4, 31),
        "Started %s.",
        "Started innernet@corp.service - innernet client daemon for corp.",
    )
    pids["ci-03"] = 3188
    daemon("ci-03", t + sec(0.2), 60)
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- firezone

FZ_VSN = "0.7.36"
FZ_HOST = "vpn.example.com"
FZ_QUEUE = [
    "connection not available and request was dropped from queue after {ms}ms. This means requests are coming in and your connection pool cannot serve them fast enough. You can address this by:",
    "",
    "  1. Ensuring your database is available and that you can connect to it",
    "  2. Tracking down slow queries and making sure they are running fast enough",
    "  3. Increasing the pool_size (although this increases resource consumption)",
    "  4. Allowing requests to wait longer by increasing :queue_target and :queue_interval",
    "",
    "See DBConnection.start_link/2 for more information",
    "",
]
FZ_QUEUE_LABEL = "connection not available and request was dropped from queue after %dms. This means requests are coming in and your connection pool cannot serve them fast enough. You can address this by:"
FZ_ECTO = [
    "(ecto_sql 3.10.2) lib/ecto/adapters/sql.ex:1047: Ecto.Adapters.SQL.raise_sql_call_error/1",
    "(ecto_sql 3.10.2) lib/ecto/adapters/sql.ex:945: Ecto.Adapters.SQL.execute/6",
    "(ecto 3.10.3) lib/ecto/repo/queryable.ex:229: Ecto.Repo.Queryable.execute/4",
    "(ecto 3.10.3) lib/ecto/repo/queryable.ex:19: Ecto.Repo.Queryable.all/3",
]
FZ_USERS = [
    # email, signs in with Google (an OIDC connection refreshed every 10 minutes)
    ("ana.silva@example.com", True),
    ("rui.costa@example.com", True),
    ("joao.pereira@example.com", True),
    ("marta.santos@example.com", True),
    ("tiago.ferreira@example.com", True),
    ("pedro.oliveira@example.com", True),
    ("carlos.mendes@example.com", True),
    ("ines.rodrigues@example.com", True),
    ("sofia.almeida@example.com", True),
    ("it-admin@example.com", False),
    ("luis.gomes@example.com", False),
    ("carla.lopes@example.com", False),
    ("helpdesk@example.com", False),
    ("backup-svc@example.com", False),
]


def firezone(r: random.Random) -> list[Log]:
    """Firezone 0.7 (the legacy self-hosted release, `docker logs` of its one container: the
    Phoenix app, FzVpn and FzWall in one BEAM; Elixir's console format `$time $metadata[$level]
    $message` with request_id and remote_ip), 06:00 to 12:00: two uptime monitors loading the
    portal every minute, a sync script reading the REST API every three minutes, users signing in
    with Google in the morning, admins' LiveView sessions, scanners; the OIDC refresher every
    ten minutes (an offboarded user disabled at 08:02), the database container recreated at
    09:12 (the pool's disconnections and reconnection attempts, a request and the refresh
    manager crashing), the nftables ruleset flushed by hand at 10:02 (FzWall crashing on the
    next device, stale rules not found), the upgrade to 0.7.36 at 10:30, and the DNS resolver
    down 11:25-11:35 (the connectivity check failing and every Google user disabled by the
    refresher, re-enabled at 11:50)."""
    fs = Files()
    pid = [0]
    users = {e: uuid4(r) for e, _o in FZ_USERS}

    def L(t: datetime, level: str, label: str | None, lines: list[str], meta: str = "") -> datetime:
        m = meta + " " if meta else ""
        return fs.add(
            "firezone.log",
            t,
            label,
            lambda x: [f"{exs(x)} {m}[{level}] {lines[0]}", *lines[1:]],
            ("beam", pid[0]),
            1000,
        )

    def rid() -> str:
        return "F" + "".join(
            r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
            for _ in range(19)
        )

    def dur(us: float) -> str:
        return f"{int(us // 1000)}ms" if us > 1000 else f"{int(us)}µs"

    def epid() -> str:
        return f"#PID<0.{r.randint(2000, 19999)}.0>"

    down = [(at(10, 30, 0), at(10, 30, 41))]
    db_down = (at(9, 12, 10), at(9, 12, 38))

    def request(
        t: datetime, method: str, path: str, ip: str, status: int, us: float, live: bool = False
    ) -> datetime:
        if in_any(t, down):
            return t
        meta = f"request_id={rid()} remote_ip={ip}"
        t = L(t, "info", "%s %s", [f"{method} {path}"], meta)
        t = L(t + sec(us / 1e6), "info", "Sent %d in %s", [f"Sent {status} in {dur(us)}"], meta)
        if live:
            t = L(
                t + sec(r.uniform(0.08, 0.6)),
                "info",
                "CONNECTED TO %s in %s\\n  Transport: %s\\n  Serializer: %s\\n  Parameters: %s",
                [
                    f"CONNECTED TO Phoenix.LiveView.Socket in {r.randint(18, 160)}µs",
                    "  Transport: :websocket",
                    "  Serializer: Phoenix.Socket.V2.JSONSerializer",
                    f'  Parameters: %{{"_csrf_token" => "{"".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(56))}", "_mounts" => "0", "_track_static" => %{{"0" => "https://{FZ_HOST}/dist/admin.css", "1" => "https://{FZ_HOST}/dist/admin.js"}}, "vsn" => "2.0.0"}}',
                ],
            )
        return t

    def boot(t: datetime) -> datetime:
        t = L(t, "info", "Migrations already up", ["Migrations already up"])
        t = L(
            t + sec(0.35),
            "info",
            "Running %s with %s %s at %s (%s)",
            ["Running FzHttpWeb.Endpoint with cowboy 2.10.0 at :::13000 (http)"],
        )
        return L(
            t + sec(0.002),
            "info",
            "Access %s at %s",
            [f"Access FzHttpWeb.Endpoint at https://{FZ_HOST}"],
        )

    # the uptime monitor, every minute
    t = T0 + sec(r.uniform(0, 59))
    while t < T_END:
        request(t, "GET", "/", "172.18.0.1", 302, r.uniform(280, 900))
        t += sec(60 + r.uniform(-0.2, 0.2))
    # a second monitor (Gatus, from the other site) checking the sign-in page
    t = T0 + sec(r.uniform(0, 59))
    while t < T_END:
        request(t, "GET", "/sign_in", "10.20.0.9", 200, r.uniform(2100, 7800))
        t += sec(60 + r.uniform(-0.05, 0.05))
    # the sync script, every three minutes
    t = T0 + sec(112.4)
    while t < T_END:
        tt = request(t, "GET", "/v0/users", "10.10.0.7", 200, r.uniform(14000, 48000))
        request(
            tt + sec(r.uniform(0.05, 0.2)),
            "GET",
            "/v0/devices",
            "10.10.0.7",
            200,
            r.uniform(21000, 83000),
        )
        t += sec(180 + r.uniform(-0.5, 0.5))
    # Google sign-ins in the morning, and some later
    oidc = [e for e, o in FZ_USERS if o]
    for _e in oidc + r.sample(oidc, 4):
        t = at(7, 20) + sec(r.uniform(0, 2.5 * 3600))
        ip = r.choice(
            [
                "62.28.190.4",
                "62.28.190.4",
                f"85.24{r.randint(0, 9)}.{r.randint(1, 254)}.{r.randint(1, 254)}",
            ]
        )
        t = request(t, "GET", "/sign_in", ip, 200, r.uniform(2500, 9000))
        t = request(
            t + sec(r.uniform(1, 4)), "GET", "/auth/oidc/google", ip, 302, r.uniform(900, 3000)
        )
        t = request(
            t + sec(r.uniform(3, 12)),
            "GET",
            "/auth/oidc/google/callback",
            ip,
            302,
            r.uniform(180000, 420000),
        )
        request(
            t + sec(r.uniform(0.2, 0.6)),
            "GET",
            "/user_devices",
            ip,
            200,
            r.uniform(6000, 21000),
            live=True,
        )
    # admins' sessions
    for h, m in [(7, 51), (9, 31), (10, 9), (11, 10), (11, 50)]:
        t = at(h, m, r.uniform(0, 59))
        for path in r.sample(
            [
                "/users",
                "/devices",
                "/rules",
                "/settings/security",
                "/settings/site",
                "/diagnostics/connectivity_checks",
            ],
            3,
        ):
            t = request(t, "GET", path, "62.28.190.4", 200, r.uniform(5000, 32000), live=True)
            t += sec(r.uniform(20, 240))
    # scanners
    for st in poisson(r, T0, T_END, 900):
        path = r.choice(
            [
                "/.env",
                "/wp-login.php",
                "/.git/config",
                "/boaform/admin/formLogin",
                "/cgi-bin/luci/;stok=/locale",
                "/actuator/health",
                "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php",
                "/owa/auth/logon.aspx",
            ]
        )
        request(
            st,
            r.choice(["GET", "GET", "POST"]),
            path,
            f"{r.choice(['45.148', '185.224', '104.248', '193.35'])}.{r.randint(1, 254)}.{r.randint(1, 254)}",
            404,
            r.uniform(150, 700),
        )

    # the OIDC refresher: every ten minutes since boot, each Google user after 1-15 s
    disabled_at: dict[str, datetime] = {}
    reenabled = at(11, 50, 37)
    offboarded = at(7, 55, 0)
    dns_down = (at(11, 25, 0), at(11, 35, 0))
    for boot_t in [at(5, 12, 14), at(10, 30, 41)]:
        tick = boot_t
        while tick < T_END:
            if boot_t < at(10, 30) and tick >= at(10, 30):
                break
            if tick >= T0:
                if in_any(tick, [db_down]):
                    L(
                        tick + sec(3.0),
                        "error",
                        "GenServer %s terminating\\n** (DBConnection.ConnectionError) "
                        + FZ_QUEUE_LABEL,
                        [
                            f"GenServer {epid()} terminating",
                            "** (DBConnection.ConnectionError) "
                            + FZ_QUEUE[0].format(ms=r.randint(2950, 3000)),
                            *FZ_QUEUE[1:],
                            *["    " + f for f in FZ_ECTO],
                            "    (fz_http 0.7.35) lib/fz_http/auth/oidc/refresh_manager.ex:38: FzHttp.Auth.OIDC.RefreshManager.spawn_refresher/0",
                            "    (fz_http 0.7.35) lib/fz_http/auth/oidc/refresh_manager.ex:28: FzHttp.Auth.OIDC.RefreshManager.handle_info/2",
                            "    (stdlib 4.3.1.3) gen_server.erl:1123: :gen_server.try_dispatch/4",
                            "    (stdlib 4.3.1.3) gen_server.erl:1200: :gen_server.handle_msg/6",
                            "    (stdlib 4.3.1.3) proc_lib.erl:240: :proc_lib.init_p_do_apply/3",
                            "Last message: :spawn_refresher",
                            "State: []",
                        ],
                    )
                    tick += sec(600)
                    continue
                for e in oidc:
                    # a disabled user is not refreshed; the admin re-enabled all but carlos at 11:50
                    if e in disabled_at and (e == "carlos.mendes@example.com" or tick < reenabled):
                        continue
                    rt = tick + sec(r.randint(1, 15) + r.uniform(0.001, 0.05))
                    L(
                        rt,
                        "info",
                        "Refreshing user#%s @ %s...",
                        [f"Refreshing user#{users[e]} @ google..."],
                    )
                    fails = (e == "carlos.mendes@example.com" and rt > offboarded) or in_any(
                        rt, [dns_down]
                    )
                    if fails and e not in disabled_at:
                        disabled_at[e] = rt
                        L(
                            rt + sec(r.uniform(0.15, 0.5)),
                            "info",
                            "Disabling user %s due to OIDC token refresh failure...",
                            [f"Disabling user {e} due to OIDC token refresh failure..."],
                        )
            tick += sec(600)

    # the database container recreated at 09:12: the pool's ten connections
    for i in range(10):
        p = f"#PID<0.{2411 + i * 3}.0>"
        t = L(
            db_down[0] + sec(r.uniform(0.0, 0.05)),
            "error",
            "%s (%s) disconnected: ** (DBConnection.ConnectionError) tcp recv (idle): %s",
            [
                f"Postgrex.Protocol ({p}) disconnected: ** (DBConnection.ConnectionError) tcp recv (idle): closed"
            ],
        )
        back = 1.0
        while True:
            t += sec(r.uniform(back, 2 * back))
            back = min(back * 2, 30)
            if t >= db_down[1]:
                break
            reason = (
                "non-existing domain - :nxdomain"
                if t < db_down[0] + sec(9)
                else "connection refused - :econnrefused"
            )
            L(
                t,
                "error",
                "%s (%s) failed to connect: ** (DBConnection.ConnectionError) tcp connect (%s): %s - %s",
                [
                    f"Postgrex.Protocol ({p}) failed to connect: ** (DBConnection.ConnectionError) tcp connect (postgres:5432): {reason}"
                ],
            )
    # an admin loading the users page while it is down
    t = at(9, 12, 24.402)
    meta = f"request_id={rid()} remote_ip=62.28.190.4"
    t = L(t, "info", "%s %s", ["GET /users"], meta)
    L(
        t + sec(2.981),
        "error",
        "#PID<%s> running %s (connection #PID<%s>, stream id %d) terminated\\nServer: %s (%s)\\nRequest: %s %s\\n** (exit) an exception was raised:\\n    ** (DBConnection.ConnectionError) "
        + FZ_QUEUE_LABEL,
        [
            f"{epid()} running FzHttpWeb.Endpoint (connection {epid()}, stream id 1) terminated",
            f"Server: {FZ_HOST}:80 (http)",
            "Request: GET /users",
            "** (exit) an exception was raised:",
            "    ** (DBConnection.ConnectionError) " + FZ_QUEUE[0].format(ms=2968),
            *FZ_QUEUE[1:],
            *["        " + f for f in FZ_ECTO],
            "        (fz_http 0.7.35) lib/fz_http_web/live/user_live/index.ex:13: FzHttpWeb.UserLive.Index.mount/3",
            "        (phoenix_live_view 0.18.18) lib/phoenix_live_view/utils.ex:348: anonymous fn/6 in Phoenix.LiveView.Utils.maybe_call_mount!/3",
            "        (telemetry 1.2.1) /app/deps/telemetry/src/telemetry.erl:321: :telemetry.span/3",
            "        (phoenix_live_view 0.18.18) lib/phoenix_live_view/static.ex:278: Phoenix.LiveView.Static.call_mount_and_handle_params!/5",
        ],
    )

    # the ruleset flushed by hand at 10:02; the next device added crashes FzWall.Server (its
    # restart sets the table up again, without the users' rules), and deleting two old
    # devices finds no rule
    cmd = "nft 'add element inet firezone user27_ip { 10.3.2.41 }'"
    L(
        at(10, 6, 41.877),
        "error",
        "GenServer %s terminating\\n** (RuntimeError)   Error executing command %s.\\n  Exit code: %d\\n  Error message:\\n  %s",
        [
            "GenServer {:global, :fz_wall_server} terminating",
            f"** (RuntimeError)   Error executing command   {cmd}",
            ".",
            "  Exit code: 1",
            "  Error message:",
            "  Error: Could not process rule: No such file or directory",
            "add element inet firezone user27_ip { 10.3.2.41 }",
            "                          ^^^^^^^^^",
            "",
            "",
            "    (fz_wall 0.7.35) lib/fz_wall/shell.ex:24: FzWall.Shell.exec/2",
            '    (elixir 1.14.5) lib/enum.ex:975: Enum."-each/2-lists^foreach/1-0-"/2',
            "    (fz_wall 0.7.35) lib/fz_wall/cli/live.ex:104: FzWall.CLI.Live.add_device/1",
            "    (fz_wall 0.7.35) lib/fz_wall/server.ex:34: FzWall.Server.handle_call/3",
            "    (stdlib 4.3.1.3) gen_server.erl:1149: :gen_server.try_handle_call/4",
            "    (stdlib 4.3.1.3) gen_server.erl:1178: :gen_server.handle_msg/6",
            "    (stdlib 4.3.1.3) proc_lib.erl:240: :proc_lib.init_p_do_apply/3",
            'Last message (from #PID<0.6631.0>): {:add_rules, {27, "10.3.2.41", "fd00::3:2:29"}}',
            "State: nil",
        ],
    )
    t = at(10, 9, 12.3)
    for uid in ["12", "19"]:
        for ipt in ["ip", "ip6"]:
            t = L(
                t + sec(r.uniform(0.02, 0.1)),
                "warning",
                "Tried to delete a rule with string: %s but it wasn't found, might have been removed manually",
                [
                    f"Tried to delete a rule with string: {ipt} saddr @user{uid}_{ipt}_src jump user{uid} but it wasn't found, might have been removed manually"
                ],
            )
        t += sec(r.uniform(4, 9))

    # the upgrade at 10:30
    L(
        down[0][0],
        "notice",
        "SIGTERM received - shutting down",
        ["SIGTERM received - shutting down"],
    )
    pid[0] += 1
    boot(down[0][1] - sec(1.2))

    # the hourly connectivity check (POST to ping.firez.one; only a failure is logged)
    L(
        at(11, 30, 41.6),
        "error",
        "An unexpected error occurred while performing a Firezone connectivity check to %s. Reason: %s\\n",
        [
            f"An unexpected error occurred while performing a Firezone connectivity check to https://ping.firez.one/{FZ_VSN}. Reason: nxdomain",
            "",
        ],
    )
    return fs.logs(T0)


# -------------------------------------------------------------------------------------- tinc

TC_ADDR = {
    "gw_fra": "203.0.113.10",
    "gw_ams": "192.0.2.44",
    "br_lis": "198.51.100.23",
    "br_por": "198.51.100.88",
}
TC_SUBNETS = {
    "gw_fra": "10.100.1.0/24",
    "gw_ams": "10.100.2.0/24",
    "br_lis": "10.100.10.0/24",
    "br_por": "10.100.11.0/24",
}
TC_START = "tincd %s (%s %s) starting, debug level %d"


def tinc(r: random.Random) -> list[Log]:
    """tinc 1.0.36 (Debian's package, tincd forking and logging to syslog as tinc.corpnet; the
    hosts' /var/log/syslog lines from rsyslog), a VPN of two hubs and two branch offices, 06:00
    to 12:00: the Frankfurt hub running at debug level 3 (every request sent and received:
    PINGs and PONGs, the authentication exchange, edges, subnets and keys, hourly key
    expiry), the Amsterdam hub and the Lisbon branch at level 1; the Lisbon DSL line dropping
    three times 07:10-07:40 (PING timeouts, a second connection replacing a dead one,
    connection attempts timing out or failing, the retry delay growing), the new Porto branch
    connecting from 08:40 before the hub has its host file (unknown identity, every retry),
    the hub's configuration reloaded at 08:52 with a bad ConnectTo name and again at 09:01, and
    the Amsterdam hub rebooted at 10:30."""
    fs = Files()
    pids = {"gw-fra": 812, "gw-ams": 794, "br-lis": 633}

    def T(host: str, t: datetime, label: str, msg: str) -> datetime:
        return fs.add(
            f"{host}-syslog",
            t,
            label,
            lambda x: [f"{syslog_ts(x)} {host} tinc.corpnet[{pids[host]}]: {msg}"],
            (host, pids[host]),
            1_000_000,
        )

    def hn(node: str, port: int = 655) -> str:
        return f"{TC_ADDR[node]} port {port}"

    def F(t: datetime, label: str, msg: str) -> datetime:
        return T("gw-fra", t, label, msg)

    def snd(t: datetime, req: str, node: str, h: str) -> datetime:
        return F(t, "Sending %s to %s (%s)", f"Sending {req} to {node} ({h})")

    def got(t: datetime, req: str, node: str, h: str) -> datetime:
        return F(t, "Got %s from %s (%s)", f"Got {req} from {node} ({h})")

    def fwd(t: datetime, req: str, node: str, h: str) -> datetime:
        return F(t, "Forwarding %s from %s (%s)", f"Forwarding {req} from {node} ({h})")

    # fra's connections: node -> hostname as fra knows it, and who pings
    conns: dict[str, str] = {}

    def others(node: str) -> list[str]:
        return [n for n in conns if n != node]

    def fra_handshake(
        t: datetime, node: str, h: str, incoming: bool, replaced: str | None = None
    ) -> datetime:
        """The authentication exchange and what follows it, as fra logs it at level 3."""
        if incoming:
            t = F(t, "Connection from %s", f"Connection from {h}")
            t = snd(t + sec(0.001), "ID", "<unknown>", h)
            t = got(t + sec(0.05), "ID", "<unknown>", h)
        else:
            t = F(t, "Trying to connect to %s (%s)", f"Trying to connect to {node} ({h})")
            t = F(t + sec(0.03), "Connected to %s (%s)", f"Connected to {node} ({h})")
            t = snd(t, "ID", node, h)
            t = got(t + sec(0.03), "ID", node, h)
        for a, b in [
            ("METAKEY", "METAKEY"),
            ("CHALLENGE", "CHALLENGE"),
            ("CHAL_REPLY", "CHAL_REPLY"),
        ]:
            t = snd(t + sec(0.01), a, node, h)
            t = got(t + sec(0.03), b, node, h)
        t = snd(t + sec(0.01), "ACK", node, h)
        t = got(t + sec(0.03), "ACK", node, h)
        if replaced:
            t = F(
                t,
                "Established a second connection with %s (%s), closing old connection",
                f"Established a second connection with {node} ({replaced}), closing old connection",
            )
            t = F(
                t, "Closing connection with %s (%s)", f"Closing connection with {node} ({replaced})"
            )
        t = F(t, "Connection with %s (%s) activated", f"Connection with {node} ({h}) activated")
        conns[node] = h
        for _sub in [n for n in TC_SUBNETS if n in conns or n == "gw_fra"]:
            t = snd(t, "ADD_SUBNET", node, h)
        for _e in range(len(conns) * 2):
            t = snd(t, "ADD_EDGE", node, h)
        for o in others(node):
            t = snd(t, "ADD_EDGE", o, conns[o])
        t = got(t + sec(0.05), "ADD_SUBNET", node, h)
        t = fwd(t, "ADD_SUBNET", node, h)
        for _ in range(2 if node != "br_por" else 1):
            t = got(t, "ADD_EDGE", node, h)
            t = fwd(t, "ADD_EDGE", node, h)
        if not replaced:
            t = F(t + sec(0.01), "Executing script host-up", "Executing script host-up")
        return t

    def fra_lost(t: datetime, node: str, how: str) -> datetime:
        h = conns[node]
        if how == "ping":
            t = snd(t, "PING", node, h)
            t = F(
                t + sec(5),
                "%s (%s) didn't respond to PING in %ld seconds",
                f"{node} ({h}) didn't respond to PING in 5 seconds",
            )
        elif how == "closed":
            t = F(t, "Connection closed by %s (%s)", f"Connection closed by {node} ({h})")
        t = F(t, "Closing connection with %s (%s)", f"Closing connection with {node} ({h})")
        del conns[node]
        for o in others(node):
            t = snd(t, "DEL_EDGE", o, conns[o])
        for o in others(node):
            if o in ("gw_ams", "br_lis") and o != node:
                t = got(t + sec(r.uniform(0.5, 8)), "DEL_EDGE", o, conns[o])
                break
        return F(t + sec(0.01), "Executing script host-down", "Executing script host-down")

    lis_down = [
        (at(7, 10, 20), at(7, 13, 5)),
        (at(7, 21, 40), at(7, 22, 30)),
        (at(7, 33, 10), at(7, 39, 50)),
    ]
    ams_reboot = (at(10, 30, 5), at(10, 31, 9))
    lis_back: dict[tuple[int, str], datetime] = {}

    # --- br_lis (level 1): its side of the DSL drops; it pings both hubs
    L = lambda t, label, msg: T("br-lis", t, label, msg)  # noqa: E731
    for i, (a, b) in enumerate(lis_down):
        for hub in ["gw_fra", "gw_ams"]:
            h = hn(hub)
            tt = L(
                a + sec(r.uniform(5, min(55, (b - a).total_seconds() - 8))),
                "%s (%s) didn't respond to PING in %ld seconds",
                f"{hub} ({h}) didn't respond to PING in 5 seconds",
            )
            tt = L(tt, "Closing connection with %s (%s)", f"Closing connection with {hub} ({h})")
            delay = 5
            tt = L(
                tt,
                "Trying to re-establish outgoing connection in %d seconds",
                f"Trying to re-establish outgoing connection in {delay} seconds",
            )
            while True:
                tt += sec(delay)
                tt = L(tt, "Trying to connect to %s (%s)", f"Trying to connect to {hub} ({h})")
                if tt >= b + sec(2):
                    tt = L(tt + sec(0.04), "Connected to %s (%s)", f"Connected to {hub} ({h})")
                    lis_back[(i, hub)] = tt
                    L(
                        tt + sec(0.2),
                        "Connection with %s (%s) activated",
                        f"Connection with {hub} ({h}) activated",
                    )
                    break
                if i == 1 or tt < a + sec(90):
                    tt = L(
                        tt,
                        "Could not connect to %s (%s): %s",
                        f"Could not connect to {hub} ({h}): Network is unreachable",
                    )
                else:
                    tt = L(
                        tt + sec(5),
                        "Timeout from %s (%s) during authentication",
                        f"Timeout from {hub} ({h}) during authentication",
                    )
                tt = L(
                    tt,
                    "Could not set up a meta connection to %s",
                    f"Could not set up a meta connection to {hub}",
                )
                delay += 5
                tt = L(
                    tt,
                    "Trying to re-establish outgoing connection in %d seconds",
                    f"Trying to re-establish outgoing connection in {delay} seconds",
                )

    # --- gw_ams (level 1): Lisbon's connections, and the reboot
    A = lambda t, label, msg: T("gw-ams", t, label, msg)  # noqa: E731
    port = 50388
    for i, (a, b) in enumerate(lis_down):
        old = f"{TC_ADDR['br_lis']} port {port}"
        port += r.randint(3, 400)
        hh = f"{TC_ADDR['br_lis']} port {port}"
        if (b - a).total_seconds() > 65:
            tt = A(
                a + sec(r.uniform(60, 62)),
                "%s (%s) didn't respond to PING in %ld seconds",
                f"br_lis ({old}) didn't respond to PING in 5 seconds",
            )
            A(tt, "Closing connection with %s (%s)", f"Closing connection with br_lis ({old})")
        tt = A(lis_back[(i, "gw_ams")], "Connection from %s", f"Connection from {hh}")
        if (b - a).total_seconds() <= 65:
            tt = A(
                tt + sec(0.1),
                "Established a second connection with %s (%s), closing old connection",
                f"Established a second connection with br_lis ({old}), closing old connection",
            )
            tt = A(tt, "Closing connection with %s (%s)", f"Closing connection with br_lis ({old})")
        A(
            tt + sec(0.2),
            "Connection with %s (%s) activated",
            f"Connection with br_lis ({hh}) activated",
        )
    tt = A(ams_reboot[0], "Got TERM signal", "Got TERM signal")
    for node, hh in [
        ("gw_fra", f"{TC_ADDR['gw_fra']} port 655"),
        ("br_lis", f"{TC_ADDR['br_lis']} port {port}"),
    ]:
        tt = A(tt, "Closing connection with %s (%s)", f"Closing connection with {node} ({hh})")
    A(tt + sec(0.02), "Terminating", "Terminating")
    pids["gw-ams"] = 781
    tt = A(ams_reboot[1], TC_START, "tincd 1.0.36 (Oct 21 2022 09:17:03) starting, debug level 1")
    tt = A(tt, "%s is a %s", "/dev/net/tun is a Linux tun/tap device (tun mode)")
    tt = A(tt, "Listening on %s", "Listening on 0.0.0.0 port 655")
    tt = A(tt, "Listening on %s", "Listening on :: port 655")
    tt = A(tt, "Ready", "Ready")
    tt = A(tt, "Trying to connect to %s (%s)", f"Trying to connect to gw_fra ({hn('gw_fra')})")
    ams_connected = A(
        tt + sec(0.05), "Connected to %s (%s)", f"Connected to gw_fra ({hn('gw_fra')})"
    )
    A(
        ams_connected + sec(0.3),
        "Connection with %s (%s) activated",
        f"Connection with gw_fra ({hn('gw_fra')}) activated",
    )
    # the Amsterdam reboot, from Lisbon
    h = hn("gw_ams")
    tt = L(
        ams_reboot[0] + sec(0.3),
        "Connection closed by %s (%s)",
        f"Connection closed by gw_ams ({h})",
    )
    tt = L(tt, "Closing connection with %s (%s)", f"Closing connection with gw_ams ({h})")
    tt = L(
        tt,
        "Trying to re-establish outgoing connection in %d seconds",
        "Trying to re-establish outgoing connection in 5 seconds",
    )
    delay = 5
    while True:
        tt += sec(delay)
        tt = L(tt, "Trying to connect to %s (%s)", f"Trying to connect to gw_ams ({h})")
        if tt >= ams_connected + sec(1):
            tt = L(tt + sec(0.04), "Connected to %s (%s)", f"Connected to gw_ams ({h})")
            L(
                tt + sec(0.2),
                "Connection with %s (%s) activated",
                f"Connection with gw_ams ({h}) activated",
            )
            hh = f"{TC_ADDR['br_lis']} port {port + 211}"
            t2 = A(tt, "Connection from %s", f"Connection from {hh}")
            A(
                t2 + sec(0.2),
                "Connection with %s (%s) activated",
                f"Connection with br_lis ({hh}) activated",
            )
            break
        tt = L(
            tt + sec(5),
            "Timeout from %s (%s) during authentication",
            f"Timeout from gw_ams ({h}) during authentication",
        )
        tt = L(
            tt,
            "Could not set up a meta connection to %s",
            "Could not set up a meta connection to gw_ams",
        )
        delay += 5
        tt = L(
            tt,
            "Trying to re-establish outgoing connection in %d seconds",
            f"Trying to re-establish outgoing connection in {delay} seconds",
        )

    # --- the timeline on fra
    por_known = at(8, 52, 30)
    conns["gw_ams"] = hn("gw_ams")
    conns["br_lis"] = f"{TC_ADDR['br_lis']} port 50412"
    pinger = {"gw_ams": "fra", "br_lis": "lis", "br_por": "fra"}
    # connection episodes, built below: (node, start, end, hostname)
    lis_port = 50412

    # events that change the connection set, in time order
    timeline: list[tuple[datetime, str, str]] = []
    for a, b in lis_down:
        timeline.append((a, "lis-down", ""))
        timeline.append((b, "lis-up", ""))
    timeline.append((at(8, 40, 12), "por-try", ""))
    timeline.append((por_known, "hup-bad", ""))
    timeline.append((at(9, 1, 44), "hup", ""))
    timeline.append((ams_reboot[0], "ams-down", ""))
    timeline.append((ams_reboot[1], "ams-up", ""))
    timeline.sort()

    # pings and key changes run between events; events are applied as the clock passes them
    next_ping = {n: T0 + sec(r.uniform(0, 60)) for n in ["gw_ams", "br_lis"]}
    next_key = {
        "gw_fra": T0 + sec(r.uniform(0, 3600)),
        "gw_ams": T0 + sec(r.uniform(0, 3600)),
        "br_lis": T0 + sec(r.uniform(0, 3600)),
    }
    ei = 0
    t = T0
    por_retry = 5
    por_next: datetime | None = None
    while t < T_END:
        # apply due events
        while ei < len(timeline) and timeline[ei][0] <= t:
            et, kind, _ = timeline[ei]
            ei += 1
            if kind == "lis-down":
                pass
            elif kind == "lis-up":
                lis_port += r.randint(3, 400)
                h = f"{TC_ADDR['br_lis']} port {lis_port}"
                up_at = lis_back[
                    (lis_down.index(next(d for d in lis_down if d[1] == et)), "gw_fra")
                ] - sec(0.03)
                old = conns.get("br_lis")
                if old is not None:
                    # fra never noticed: the new connection replaces the dead one
                    fra_handshake(up_at, "br_lis", h, True, replaced=old)
                else:
                    fra_handshake(up_at, "br_lis", h, True)
                next_ping["br_lis"] = up_at + sec(60)
            elif kind == "por-try":
                por_next = et
            elif kind == "hup-bad":
                tt = F(et, "Got HUP signal", "Got HUP signal")
                F(
                    tt + sec(0.01),
                    "Invalid name for outgoing connection in %s line %d",
                    "Invalid name for outgoing connection in /etc/tinc/corpnet/tinc.conf line 7",
                )
            elif kind == "hup":
                F(et, "Got HUP signal", "Got HUP signal")
            elif kind == "ams-down":
                fra_lost(et + sec(0.3), "gw_ams", "closed")
                tt = F(
                    et + sec(0.4),
                    "Trying to re-establish outgoing connection in %d seconds",
                    "Trying to re-establish outgoing connection in 5 seconds",
                )
                delay = 5
                while True:
                    tt += sec(delay)
                    if tt >= ams_reboot[1]:
                        break
                    tt = F(
                        tt,
                        "Trying to connect to %s (%s)",
                        f"Trying to connect to gw_ams ({hn('gw_ams')})",
                    )
                    tt = F(
                        tt + sec(5),
                        "Timeout from %s (%s) during authentication",
                        f"Timeout from gw_ams ({hn('gw_ams')}) during authentication",
                    )
                    tt = F(
                        tt,
                        "Could not set up a meta connection to %s",
                        "Could not set up a meta connection to gw_ams",
                    )
                    delay += 5
                    tt = F(
                        tt,
                        "Trying to re-establish outgoing connection in %d seconds",
                        f"Trying to re-establish outgoing connection in {delay} seconds",
                    )
                ams_in = f"{TC_ADDR['gw_ams']} port {r.randint(35000, 60000)}"
                tt = fra_handshake(ams_connected - sec(0.02), "gw_ams", ams_in, True)
                pinger["gw_ams"] = "ams"
                next_ping["gw_ams"] = tt + sec(60)
                F(
                    max(tt, ams_reboot[1] + sec(delay)),
                    "Already connected to %s",
                    "Already connected to gw_ams",
                )
        # br_por's attempts
        if por_next is not None and t >= por_next:
            port = r.randint(40000, 60000)
            h = f"{TC_ADDR['br_por']} port {port}"
            if por_next < por_known:
                tt = F(por_next, "Connection from %s", f"Connection from {h}")
                tt = snd(tt + sec(0.001), "ID", "<unknown>", h)
                tt = got(tt + sec(0.06), "ID", "<unknown>", h)
                tt = F(
                    tt,
                    "Peer %s had unknown identity (%s)",
                    f"Peer {h} had unknown identity (br_por)",
                )
                F(tt, "Closing connection with %s (%s)", f"Closing connection with br_por ({h})")
                por_next = por_next + sec(por_retry + r.uniform(0.1, 1.5))
                por_retry += 5
            else:
                tt = fra_handshake(por_next, "br_por", h, True)
                next_ping["br_por"] = tt + sec(60)
                por_next = None
        # pings
        for n in list(next_ping):
            if n not in conns or next_ping[n] > t:
                continue
            h = conns[n]
            pt = next_ping[n]
            dead = [(a, b) for a, b in lis_down if a <= pt < b + sec(30)]
            if n == "br_lis" and dead:
                a, b = dead[0]
                if (b - a).total_seconds() > 65 and "br_lis" in conns:
                    # no PING from lis any more: fra pings after a minute of silence and gives up
                    fra_lost(a + sec(60 + r.uniform(0, 1)), "br_lis", "ping")
                next_ping[n] = T_END
                continue
            if n == "gw_ams" and ams_reboot[0] <= pt < ams_reboot[1]:
                next_ping[n] = ams_reboot[1] + sec(600)
                continue
            if pinger[n] == "fra":
                tt = snd(pt, "PING", n, h)
                got(tt + sec(r.uniform(0.02, 0.09)), "PONG", n, h)
            else:
                tt = got(pt, "PING", n, h)
                snd(tt, "PONG", n, h)
            next_ping[n] = pt + sec(60 + r.uniform(0.0, 1.2))
        # keys: each node's symmetric key expires hourly; REQ_KEY/ANS_KEY follow traffic
        for n in list(next_key):
            if next_key[n] > t:
                continue
            kt = next_key[n]
            next_key[n] = kt + sec(3600 + r.uniform(0, 2))
            if n == "gw_fra":
                tt = F(kt, "Expiring symmetric keys", "Expiring symmetric keys")
                for o in list(conns):
                    tt = snd(tt, "KEY_CHANGED", o, conns[o])
                for o in list(conns):
                    tt = got(tt + sec(r.uniform(0.1, 3)), "REQ_KEY", o, conns[o])
                    tt = snd(tt, "ANS_KEY", o, conns[o])
            elif n in conns:
                tt = got(kt, "KEY_CHANGED", n, conns[n])
                tt = fwd(tt, "KEY_CHANGED", n, conns[n])
                tt = snd(tt + sec(r.uniform(0.2, 4)), "REQ_KEY", n, conns[n])
                got(tt + sec(r.uniform(0.02, 0.1)), "ANS_KEY", n, conns[n])
                if "br_por" in conns and n == "gw_ams":
                    tt = got(tt + sec(r.uniform(1, 9)), "REQ_KEY", "br_por", conns["br_por"])
                    tt = snd(tt, "REQ_KEY", "gw_ams", conns["gw_ams"])
                    tt = got(tt + sec(0.05), "ANS_KEY", "gw_ams", conns["gw_ams"])
                    snd(tt, "ANS_KEY", "br_por", conns["br_por"])
        t += sec(1)

    return fs.logs(T0)


SYSTEMS = {
    "netbird": netbird,
    "yggdrasil": yggdrasil,
    "innernet": innernet,
    "firezone": firezone,
    "tinc": tinc,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
