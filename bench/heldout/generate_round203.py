#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 203 (ngircd, bungeecord, veloren, wesnoth, starbound) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file: Veloren writes microseconds, Starbound milliseconds,
the others whole seconds). Five servers of the chat and game kind, 06:00 to 12:00 on
2024-06-07; none of the five was in the set (UnrealIRCd, InspIRCd, Minecraft, Teeworlds, Xonotic,
OpenTTD and the other game servers are).

- ngIRCd 26.1 (`irc1-daemon.log`, `irc2-daemon.log`: two linked servers of a community network
  logging to syslog's daemon facility, `Jun  7 06:00:59 irc1 ngircd[811]: `): `Accepted
  connection %d from "%s:%d" on socket %d.` (the IP, bracketed for IPv6; the listening socket),
  `%s "%s" registered (connection %d).` with the `nick!user@host` mask, `... changed nick ...`,
  and the three lines Conn_Close writes when a user leaves, `Shutting down connection %d (%s)
  with "%s:%d" ...`, `%s "%s" unregistered (connection %d): %s.` and `Connection %d with "%s:%d"
  closed (in: %.1fk, out: %.1fk).`, the reason being the call site's `Got QUIT command.`, the
  forwarded `Client closed connection` or the `Ping timeout: %d seconds` message; port scanners
  that never register (`Timeout`, `Client unregistered (connection %d): ...`); a botnet's clone
  flood 09:40-09:52 (`Refused connection from %s: too may connections (%ld) from this IP
  address!`, the source's own typo); operators (`Got valid OPER for ...`, `Got invalid OPER
  from "%s": "%s" -- bad password!`); irc2 losing its uplink 08:13-08:31 (the link and irc2's
  users ping out, irc1's `Preparing to establish a new server link`, `Establishing connection
  for ...`, `Can't connect socket to "%s:%d" (connection %d): Connection timed out!` every few
  minutes, then `... established. Now logging in ...`, `Server "%s" registered (connection %d,
  1 hop - direct link).` and `Synchronization with "%s" done ...` on both sides); `systemctl
  reload` on irc1 at 10:20 with a misspelt variable (`Got signal "Hangup" ...`, `Re-reading
  configuration NOW!`, `%s, line %d (section "%s"): Unknown variable "%s"!`, the listeners
  closed and opened again) and again at 10:34 once fixed.
- BungeeCord 1.20 (`proxy1-proxy.log.0`, `proxy2-proxy.log.0`: two proxies of a Minecraft
  network, ConciseFormatter's default `HH:mm:ss [LEVEL] `, no date): `{0} has pinged` and `{0}
  has connected` with InitialHandler's `[/ip:port] <-> InitialHandler`, ServerConnector's
  `[name] <-> ServerConnector [server]`, UpstreamBridge's and DownstreamBridge's `[/ip:port|name]`
  handlers disconnecting, `{0} executed command: /{1}`, read timeouts, `[{0}] disconnected with:
  {1}` with the kick message; Mojang's session server timing out and then answering 503
  07:40-07:58 (`Error authenticating %s with minecraft.net` and the Netty stack), a plugin's
  MySQL down 08:30-08:36 (`Task %s encountered an exception` with the Hikari and MySQL causes),
  the survival server crashing at 09:05, the lobby restarting at 10:30 (`Server closed`,
  fallback_kick for joins), proxy2 restarted at 11:15 (`Closing listener`, `Disconnecting %s
  connections`, `Thank you and goodbye`, the start-up with `Forced host server %s is not
  defined`).
- Veloren 0.16 (`server-cli.log.2024-06-07`: veloren-server-cli's tracing file layer, which
  keeps tracing-subscriber's ANSI colours: `ESC[2m2024-06-07T06:00:02.083876ZESC[0m ESC[32m
  INFOESC[0m ESC[2mveloren_server::sys::msg::registerESC[0mESC[2m:ESC[0m New User
  ESC[3musernameESC[0mESC[2m=ESC[0m"Vorjor338"`): `New User` all morning, `timeout error with
  client, disconnecting`, `drop new participant, because an error occurred` with the network
  error, two restarts (09:30 with a broken settings.ron, `Failed to parse setting file! ...`,
  09:44 fixed) with the start-up lines, the character database's disk full at 10:50 and 10:53
  (`Error during character batch update, disconnecting all clients to avoid loss of data
  integrity.`, `Disconnecting all clients (without persistence) as requested`, one `Emitting
  client disconnect event for entity: %s` per player, `CharacterUpdater received
  DisconnectedSuccess event, resuming batch updates`).
- Wesnoth 1.18 (`wesnothd-1.18.log` on port 15000 with the forum database, `wesnothd-1.16.log`
  the 1.16 instance on 14998; lg's `20240607 06:01:02 info server: ` head, tab-separated
  fields): the version check per connection (accepted, 1.16 clients redirected, older ones
  rejected, `connection closed`), `has logged on` / `has logged on to a registered account`,
  `has logged off`, lobby chat (`%s\\t<%s> %s`), games `created`, `joined` (`as an observer`),
  `started ... with: %s. Settings: map: ...` (with the timer's fields when the timer is on),
  `has left`, `ended ... at turn: %d with reason: '%s'.`, `aborted`, `Statistics:` every 5
  minutes; a broken server.cfg on SIGHUP at 07:10 (`ERROR: Could not read configuration file:
  ...`, domain `config`), fixed at 07:14; a password guesser 08:50-09:02 (`Login attempt with
  incorrect password for nickname '%s'.`, then `rejected banned user. Reason: %s`); a network
  blip at 10:15 (`Connection reset by peer`); the 1.16 instance shut down over its fifo at
  11:20 (`Admin Command: type: %s`, `Server has been shut down: %s`) and started again.
- Starbound 1.4.4 (`starbound_server.log.1`, the morning until the restart at 09:30, rotated at
  start-up; `starbound_server.log` after it; `[06:01:45.049] [Info] `, no date): a public
  Frackin' Universe server: `UniverseServer: Logged in account '%s' as player '%s' from
  address %s` (an account is printed quoted twice, `''bolt''`, or `'<anonymous>'`), `Client '%s'
  <%d> (%s) connected`, `Warping player %d to %s` (ships, planets, the outpost), worlds loading
  and `Stopping idle world %s`, `Flying ship for player %d to %s`, `Chat: <%s> %s`, disconnects
  (`disconnected for reason: ` with the empty reason) and `Reaped %d dead connections`; a mod's
  Lua script crashing a planet at 08:20 and 08:34 (`WorldServerThread exception caught: %s` with
  the exception and its stack frames, `World %s has stopped due to an error`, `World %s
  shutdown, kicking %d players to their own ships`), failed account logins, the restart
  (`Server shutdown gracefully`, Root's `Loaded %s in %s seconds`, the universe server's
  start-up), two clients losing their connection at 11:05.

Label notes. The heads are context: syslog's, ConciseFormatter's time and level,
tracing-subscriber's time, level and target (and its colour codes), lg's time, severity and
domain, Starbound's time and level. A value that is a message of its own contributes its format:
ngIRCd's close reasons (`Got QUIT command.`, `Ping timeout: %d seconds`, `Can't connect`) and
`strerror` texts (`Connection timed out`), BungeeCord's handlers' toString (`[%s|%s] ->
UpstreamBridge`), its kick messages (`Server closed`, messages.properties' fallback_kick and
restart texts) and the IOException's text, wesnothd's `Connection reset by peer`, the
Starbound client's descriptive name (`'%s' <%d> (%s)`) and its disconnect reasons. A word the
code picks is wording (ngIRCd's `Client_TypeText` `User` is kept a variable as the format has
it; wesnothd's `to a registered account`, `as an observer`, `ended` / `aborted` / `has left` and
the timer's extra fields are separate labels). tracing's fields (`username=`, `e=`, `entity=`)
are attributes, the message alone is the label. Whatever a user or the world supplies is a
value: nicks, masks, chat text, game names and player lists, world ids. Java's and Starbound's
stacks have no label. Wesnoth's tabs are written `\\t` in the labels.

Least sure (written from the helper's knowledge; ngIRCd's conn.c, client.c, irc.c, irc-oper.c,
irc-server.c, log.c, sighandlers.c and conf.c, BungeeCord's HandlerBoss, InitialHandler,
UserConnection, BungeeCord, the bridges' and ServerConnector's toString and Util.exception,
Veloren's register, ping, connection_handler, character_updater, automod, settings and lib.rs,
wesnothd's server.cpp, game.cpp, server_base and lg's head, and OpenStarbound's
StarUniverseServer.cpp were read in copies of their sources): ngIRCd's `Got signal "%s" ...`
text for SIGHUP; BungeeCord's UpstreamBridge and DownstreamBridge toString with the address
(`[/ip:port|name]`), the 503 path in its HttpHandler, the plugin's BungeeTask toString and the
stacks; Veloren's log file name, the ANSI codes in the file layer, the `Server version` string,
the Debug renderings of the network errors and of SqliteFailure, and that server-cli logs the
ready and port lines this way in 0.16; wesnothd's stderr going to a file per instance, the
config parser's message; Starbound's vanilla start-up lines (`Server Version ...`, `Root:
Loaded %s in %s seconds`, the universe lock and UUID lines, `Server shutdown gracefully`), the
stack frames' layout, the world id renderings (`CelestialWorld:x:y:z:p`,
`InstanceWorld:outpost:-:-`, `ClientShipWorld:<uuid>`) and that a shutdown writes no per-client
disconnect lines.
"""

from __future__ import annotations

import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, syslog_ts
from generate_round55 import poisson
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any, weighted

MS = 1000
SEC = 1_000_000


def ms3(t: datetime) -> str:
    return f"{t.microsecond // 1000:03d}"


# -------------------------------------------------------------------------------------- ngircd

NG_NICKS = [
    "alice",
    "bob_",
    "carol",
    "dmitri",
    "erika",
    "fjord",
    "gnuish",
    "hexley",
    "ivo",
    "jules",
    "kestrel",
    "lumen",
    "mallard",
    "nyx",
    "oskar",
    "pim",
    "quill",
    "rook",
    "saffron",
    "tern",
    "ulla",
    "vex",
    "wren",
    "xylo",
    "yarrow",
    "zed",
    "ankh",
    "bramble",
    "cinder",
    "dusk",
    "ember",
    "flint",
    "grue",
    "hollis",
    "inkwell",
    "jasper",
    "koji",
    "lark",
    "moth",
    "nettle",
    "oriel",
    "pyke",
    "quasar",
    "rune",
    "sorrel",
    "thistle",
    "umber",
    "vale",
    "whit",
    "yew",
    "zinnia",
    "bitrot",
    "coredump",
    "segfault",
    "nullptr",
    "sudo_sam",
    "tty7",
    "kernel_k",
    "grep_gal",
    "awkward",
    "sedna",
    "perlmonk",
    "rustacean",
    "gopherine",
    "lispy",
    "haskelle",
    "ocamlot",
    "vimmer",
    "emacsen",
    "nanook",
    "tmuxer",
    "zshy",
    "fishy",
    "bashful",
    "dotfiles",
    "homelab",
    "raspi4",
    "nixos_nick",
    "archie",
    "debbie",
    "fedora_fan",
    "gentoo_g",
    "slackr",
    "void_v",
    "alpine_a",
    "freebsdie",
    "openbsdo",
    "netbsdn",
    "hurdle",
    "minix_m",
    "plan9p",
    "inferno",
    "riscv",
    "armv8",
    "mips_m",
    "ppc_pete",
    "sparc",
    "itanic",
    "z80",
    "m68k",
]
NG_ISPS = [
    lambda a, b, c, d: f"p{a:02x}{b:02x}{c:02x}{d:02x}.dip0.t-ipconnect.de",
    lambda a, b, c, d: f"c-{a}-{b}-{c}-{d}.hsd1.or.comcast.net",
    lambda a, b, c, d: f"host-{a}-{b}-{c}-{d}.retail.telecomitalia.it",
    lambda a, b, c, d: f"{d}.{c}.{b}.{a}.dynamic.ziggo.nl",
    lambda a, b, c, d: f"cpc{a * 1000 + b}-cmbg{c % 20}-2-0-cust{d}.5-4.cable.virginm.net",
    lambda a, b, c, d: f"{a}-{b}-{c}-{d}.dsl.bell.ca",
    lambda a, b, c, d: f"ip{a}-{b}-{c}-{d}.ip.secureserver.net",
    lambda a, b, c, d: f"{a}.{b}.{c}.{d}.static.hetzner.example",
]
NG_LISTEN = [(5, "0.0.0.0", 6667), (6, "::", 6667), (7, "0.0.0.0", 6697), (8, "::", 6697)]
NG_SERVERS = {
    "irc1": ("irc1.libre-chat.net", 811, "203.0.113.10"),
    "irc2": ("irc2.libre-chat.net", 1043, "198.51.100.23"),
}


def ng_user(r: random.Random, nick: str) -> dict:
    v6 = r.random() < 0.15
    if v6:
        ip = f"2001:db8:{r.randrange(0x10, 0xFFF):x}:{r.randrange(0x10, 0xFFFF):x}::{r.randrange(1, 0xFFFF):x}"
        host = f"[{ip}]" if r.random() < 0.6 else f"{nick}.users.v6.example.org"
        ip_disp = f"[{ip}]"
    else:
        a, b, c, d = r.randrange(2, 223), r.randrange(256), r.randrange(256), r.randrange(1, 255)
        ip = f"{a}.{b}.{c}.{d}"
        ip_disp = ip
        host = r.choice(NG_ISPS)(a, b, c, d) if r.random() < 0.85 else ip
    ident = r.random() < 0.12
    user = nick.strip("_")[:9]
    return {
        "nick": nick,
        "user": user if ident else "~" + user,
        "ip": ip_disp,
        "host": host,
        "v6": v6,
        "tls": r.random() < 0.45,
    }


def ngircd(r: random.Random) -> list[Log]:
    """Two linked ngIRCd 26.1 servers of a small community network (irc1 and irc2), logging to
    syslog's daemon facility (rsyslog's /var/log/daemon.log), 06:00 to 12:00: users connecting,
    registering, changing nicks and leaving (QUIT, a closed socket, a ping timeout), port scanners
    that never register, an operator logging in, a clone flood from a botnet 09:40-09:52 (`too may
    connections`), someone guessing an operator password, irc2 losing its uplink 08:13-08:31
    (the link and irc2's users ping out, irc1 retrying the link until it comes back), and a
    configuration reload on irc1 at 10:20 with a typo in a variable, fixed and reloaded at 10:34."""
    fs = Files()
    users = [ng_user(r, n) for n in NG_NICKS]
    heavy = users[:18]  # bouncers and regulars that reconnect often

    def L(srv: str, t: datetime, label: str, msg: str) -> datetime:
        _name, pid, _ip = NG_SERVERS[srv]
        host = srv
        return fs.add(
            f"{srv}-daemon.log",
            t,
            label,
            lambda x: [f"{syslog_ts(x)} {host} ngircd[{pid}]: {msg}"],
            srv,
            SEC,
        )

    # ---- connection slots: socket descriptors are reused, lowest free first
    busy: dict[str, list[tuple[int, datetime, datetime]]] = {"irc1": [], "irc2": []}

    def fd_for(srv: str, a: datetime, b: datetime) -> int:
        used = {fd for fd, s, e in busy[srv] if not (e <= a or s >= b)}
        fd = 10
        while fd in used:
            fd += 1
        busy[srv].append((fd, a, b))
        return fd

    def stats(dur: float) -> tuple[float, float]:
        mins = max(dur / 60, 0.05)
        return (
            round(0.1 + mins * r.uniform(0.05, 0.6), 1),
            round(0.6 + mins * r.uniform(0.8, 9.0), 1),
        )

    def mask(u: dict, nick: str) -> str:
        return f"{nick}!{u['user']}@{u['host']}"

    def session(
        srv: str, u: dict, start: datetime, dur: float, end_kind: str, pre: bool = False
    ) -> None:
        end = start + sec(dur)
        fd = fd_for(srv, start, end + sec(1))
        port = r.randrange(32768, 61000)
        lsock = (7 if u["tls"] else 5) + (1 if u["v6"] else 0)
        nick = u["nick"]
        if not pre and start >= T0:
            t = L(
                srv,
                start,
                'Accepted connection %d from "%s:%d" on socket %d.',
                f'Accepted connection {fd} from "{u["ip"]}:{port}" on socket {lsock}.',
            )
            t = L(
                srv,
                t + sec(r.uniform(0.3, 2.5)),
                '%s "%s" registered (connection %d).',
                f'User "{mask(u, nick)}" registered (connection {fd}).',
            )
            if r.random() < 0.22 and dur > 120:
                new = weighted(
                    r,
                    [
                        (3, nick + "|away"),
                        (2, nick.strip("_")),
                        (2, nick + "_"),
                        (1, nick + "|afk"),
                    ],
                )
                if new != nick:
                    tn = t + sec(r.uniform(60, min(dur - 30, 3600)))
                    if tn < T_END and tn < end:
                        L(
                            srv,
                            tn,
                            '%s "%s" changed nick (connection %d): "%s" -> "%s".',
                            f'User "{mask(u, nick)}" changed nick (connection {fd}): "{nick}" -> "{new}".',
                        )
                        nick = new
        if end >= T_END or end < T0:
            return
        hostport = f'"{u["host"]}:{port}"'
        m = mask(u, nick)
        if end_kind == "quit":
            t = L(
                srv,
                end,
                'Shutting down connection %d (Got QUIT command.) with "%s:%d" ...',
                f"Shutting down connection {fd} (Got QUIT command.) with {hostport} ...",
            )
            t = L(
                srv,
                t,
                '%s "%s" unregistered (connection %d): Got QUIT command.',
                f'User "{m}" unregistered (connection {fd}): Got QUIT command.',
            )
        elif end_kind == "closed":
            t = L(
                srv,
                end,
                'Shutting down connection %d (Client closed connection) with "%s:%d" ...',
                f"Shutting down connection {fd} (Client closed connection) with {hostport} ...",
            )
            t = L(
                srv,
                t,
                '%s "%s" unregistered (connection %d): Client closed connection.',
                f'User "{m}" unregistered (connection {fd}): Client closed connection.',
            )
        else:
            t = L(
                srv,
                end,
                'Shutting down connection %d (Ping timeout: %d seconds) with "%s:%d" ...',
                f"Shutting down connection {fd} (Ping timeout: 120 seconds) with {hostport} ...",
            )
            t = L(
                srv,
                t,
                '%s "%s" unregistered (connection %d): Ping timeout: %d seconds.',
                f'User "{m}" unregistered (connection {fd}): Ping timeout: 120 seconds.',
            )
        i, o = stats(dur)
        L(
            srv,
            t,
            'Connection %d with "%s:%d" closed (in: %.1fk, out: %.1fk).',
            f"Connection {fd} with {hostport} closed (in: {i:.1f}k, out: {o:.1f}k).",
        )

    outage = (at(8, 13, 5), at(8, 31, 40))  # irc2's uplink is down

    def end_kind_for(srv: str, start: datetime, dur: float) -> tuple[float, str]:
        end = start + sec(dur)
        if srv == "irc2" and start < outage[0] < end:
            # irc2's users drop when its uplink dies: their pings time out after PongTimeout
            return (outage[0] - start).total_seconds() + r.uniform(120, 200), "ping"
        return dur, weighted(r, [(55, "quit"), (25, "closed"), (20, "ping")])

    for srv, mean in (("irc1", 98.0), ("irc2", 150.0)):
        # users already connected at 06:00 (their ends are in the window)
        for _ in range(34 if srv == "irc1" else 22):
            u = r.choice(users)
            start = T0 - sec(r.uniform(600, 6 * 3600))
            dur = (T0 - start).total_seconds() + r.expovariate(1 / 5400)
            dur, kind = end_kind_for(srv, start, dur)
            session(srv, u, start, dur, kind, pre=True)
        for t in poisson(r, T0, T_END, mean):
            if srv == "irc2" and in_any(t, [(outage[0], outage[1] + sec(90))]):
                continue
            u = r.choice(heavy) if r.random() < 0.35 else r.choice(users)
            dur = min(r.lognormvariate(7.3, 1.3), 5 * 3600)
            dur, kind = end_kind_for(srv, t, dur)
            session(srv, u, t, dur, kind)

    # ---- port scanners and HTTP probes that never register
    for srv, mean in (("irc1", 420.0), ("irc2", 560.0)):
        for t in poisson(r, T0, T_END, mean):
            if srv == "irc2" and in_any(t, [outage]):
                continue
            a, b, c, d = (
                *r.choice([(45, 155), (185, 220), (193, 163), (89, 248)]),
                r.randrange(256),
                r.randrange(1, 255),
            )
            ip = f"{a}.{b}.{c}.{d}"
            port = r.randrange(1024, 65000)
            timeout = r.random() < 0.7
            end = t + sec(r.uniform(20.5, 23.0) if timeout else r.uniform(0.2, 3.0))
            fd = fd_for(srv, t, end + sec(1))
            lsock = r.choice([5, 7])
            t1 = L(
                srv,
                t,
                'Accepted connection %d from "%s:%d" on socket %d.',
                f'Accepted connection {fd} from "{ip}:{port}" on socket {lsock}.',
            )
            host = ip if r.random() < 0.6 else f"scan-{a}-{b}-{c}-{d}.example-hosting.net"
            if timeout:
                t1 = L(
                    srv,
                    end,
                    'Shutting down connection %d (Timeout) with "%s:%d" ...',
                    f'Shutting down connection {fd} (Timeout) with "{host}:{port}" ...',
                )
                t1 = L(
                    srv,
                    t1,
                    "Client unregistered (connection %d): Timeout.",
                    f"Client unregistered (connection {fd}): Timeout.",
                )
                L(
                    srv,
                    t1,
                    'Connection %d with "%s:%d" closed (in: %.1fk, out: %.1fk).',
                    f'Connection {fd} with "{host}:{port}" closed (in: 0.0k, out: 0.1k).',
                )
            else:
                t1 = L(
                    srv,
                    end,
                    'Shutting down connection %d (Client closed connection) with "%s:%d" ...',
                    f'Shutting down connection {fd} (Client closed connection) with "{host}:{port}" ...',
                )
                t1 = L(
                    srv,
                    t1,
                    "Client unregistered (connection %d): Client closed connection.",
                    f"Client unregistered (connection {fd}): Client closed connection.",
                )
                L(
                    srv,
                    t1,
                    'Connection %d with "%s:%d" closed (in: %.1fk, out: %.1fk).',
                    f'Connection {fd} with "{host}:{port}" closed (in: {r.choice([0.0, 0.1, 0.2])}k, out: 0.1k).',
                )

    # ---- clone flood 09:40-09:52: a botnet's IPs hit MaxConnectionsIP (5)
    bots = [f"185.220.{r.randrange(100, 103)}.{r.randrange(2, 250)}" for _ in range(6)]
    for ip in bots:
        srv = r.choice(["irc1", "irc1", "irc2"])
        t = at(9, 40) + sec(r.uniform(0, 120))
        n_ok = 0
        while t < at(9, 52):
            if n_ok < 5:
                port = r.randrange(32768, 61000)
                nick = f"Guest{r.randrange(10000, 99999)}"
                bmask = f"{nick}!~{alnum6(r)}@{ip}"
                dur = r.uniform(400, 900)
                fd = fd_for(srv, t, t + sec(dur + 1))
                t1 = L(
                    srv,
                    t,
                    'Accepted connection %d from "%s:%d" on socket %d.',
                    f'Accepted connection {fd} from "{ip}:{port}" on socket 5.',
                )
                t1 = L(
                    srv,
                    t1 + sec(r.uniform(0.5, 1.5)),
                    '%s "%s" registered (connection %d).',
                    f'User "{bmask}" registered (connection {fd}).',
                )
                e = t + sec(dur)
                t1 = L(
                    srv,
                    e,
                    'Shutting down connection %d (Client closed connection) with "%s:%d" ...',
                    f'Shutting down connection {fd} (Client closed connection) with "{ip}:{port}" ...',
                )
                t1 = L(
                    srv,
                    t1,
                    '%s "%s" unregistered (connection %d): Client closed connection.',
                    f'User "{bmask}" unregistered (connection {fd}): Client closed connection.',
                )
                L(
                    srv,
                    t1,
                    'Connection %d with "%s:%d" closed (in: %.1fk, out: %.1fk).',
                    f'Connection {fd} with "{ip}:{port}" closed (in: {r.uniform(0.2, 3):.1f}k, out: {r.uniform(2, 9):.1f}k).',
                )
                n_ok += 1
            else:
                L(
                    srv,
                    t,
                    "Refused connection from %s: too may connections (%ld) from this IP address!",
                    f"Refused connection from {ip}: too may connections (5) from this IP address!",
                )
            t += sec(r.uniform(12, 55))

    # ---- operators
    alice = users[0]
    L(
        "irc1",
        at(7, 4, 37),
        'Got valid OPER for "%s" from "%s", user is an IRC operator now.',
        f'Got valid OPER for "alice" from "{mask(alice, "alice")}", user is an IRC operator now.',
    )
    L(
        "irc2",
        at(9, 46, 2),
        'Got valid OPER for "%s" from "%s", user is an IRC operator now.',
        f'Got valid OPER for "wren" from "{mask(users[48], "wren")}", user is an IRC operator now.',
    )
    guesser = ng_user(r, "h4xx0r")
    for k, tt in enumerate([at(9, 43, 11), at(9, 43, 29), at(9, 43, 52), at(10, 58, 3)]):
        name = ["admin", "oper", "root", "alice"][k]
        L(
            "irc1",
            tt,
            'Got invalid OPER from "%s": "%s" -- bad password!',
            f'Got invalid OPER from "{mask(guesser, "h4xx0r")}": "{name}" -- bad password!',
        )

    # ---- irc2's uplink outage: the server link pings out on both sides, irc1 retries
    link1 = fd_for("irc1", T0 - sec(86400), outage[0] + sec(125))
    link2 = fd_for("irc2", T0 - sec(86400), outage[0] + sec(125))
    te = outage[0] + sec(121)
    t1 = L(
        "irc1",
        te,
        'Shutting down connection %d (Ping timeout: %d seconds) with "%s:%d" ...',
        f'Shutting down connection {link1} (Ping timeout: 120 seconds) with "irc2.libre-chat.net:6667" ...',
    )
    t1 = L(
        "irc1",
        t1,
        'Server "%s" unregistered (connection %d): Ping timeout: %d seconds.',
        f'Server "irc2.libre-chat.net" unregistered (connection {link1}): Ping timeout: 120 seconds.',
    )
    L(
        "irc1",
        t1,
        'Connection %d with "%s:%d" closed (in: %.1fk, out: %.1fk).',
        f'Connection {link1} with "irc2.libre-chat.net:6667" closed (in: 18311.4k, out: 20972.8k).',
    )
    t2 = L(
        "irc2",
        te + sec(3),
        'Shutting down connection %d (Ping timeout: %d seconds) with "%s:%d" ...',
        f'Shutting down connection {link2} (Ping timeout: 120 seconds) with "irc1.libre-chat.net:44817" ...',
    )
    t2 = L(
        "irc2",
        t2,
        'Server "%s" unregistered (connection %d): Ping timeout: %d seconds.',
        f'Server "irc1.libre-chat.net" unregistered (connection {link2}): Ping timeout: 120 seconds.',
    )
    L(
        "irc2",
        t2,
        'Connection %d with "%s:%d" closed (in: %.1fk, out: %.1fk).',
        f'Connection {link2} with "irc1.libre-chat.net:44817" closed (in: 20972.9k, out: 18311.6k).',
    )
    t = te + sec(r.uniform(50, 60))
    while True:
        ok = t >= outage[1]
        fd = fd_for("irc1", t, t + sec(130 if not ok else 3 * 3600))
        t = L(
            "irc1",
            t,
            'Preparing to establish a new server link for "%s" ...',
            'Preparing to establish a new server link for "irc2.libre-chat.net" ...',
        )
        t = L(
            "irc1",
            t + sec(r.uniform(0.02, 0.3)),
            'Establishing connection for "%s" to "%s:%d" (%s), socket %d ...',
            f'Establishing connection for "irc2.libre-chat.net" to "irc2.libre-chat.net:6667" (198.51.100.23), socket {fd} ...',
        )
        if ok:
            t = L(
                "irc1",
                t + sec(r.uniform(0.05, 0.4)),
                'Connection %d (socket %d) with "%s:%d" established. Now logging in ...',
                f'Connection {fd} (socket {fd}) with "irc2.libre-chat.net:6667" established. Now logging in ...',
            )
            t = L(
                "irc1",
                t + sec(0.3),
                'Server "%s" registered (connection %d, 1 hop - direct link).',
                f'Server "irc2.libre-chat.net" registered (connection {fd}, 1 hop - direct link).',
            )
            L(
                "irc1",
                t + sec(1.2),
                'Synchronization with "%s" done (connection %d): %ld second%s [%ld users, %ld channels].',
                f'Synchronization with "irc2.libre-chat.net" done (connection {fd}): 1 second [163 users, 41 channels].',
            )
            fd2 = fd_for("irc2", t, t + sec(3 * 3600))
            t2 = L(
                "irc2",
                t - sec(0.2),
                'Accepted connection %d from "%s:%d" on socket %d.',
                f'Accepted connection {fd2} from "203.0.113.10:52391" on socket 5.',
            )
            t2 = L(
                "irc2",
                t2 + sec(0.4),
                'Server "%s" registered (connection %d, 1 hop - direct link).',
                f'Server "irc1.libre-chat.net" registered (connection {fd2}, 1 hop - direct link).',
            )
            L(
                "irc2",
                t2 + sec(1.6),
                'Synchronization with "%s" done (connection %d): %ld second%s [%ld users, %ld channels].',
                f'Synchronization with "irc1.libre-chat.net" done (connection {fd2}): 2 seconds [163 users, 41 channels].',
            )
            break
        t = L(
            "irc1",
            t + sec(127.3),
            'Can\'t connect socket to "%s:%d" (connection %d): Connection timed out!',
            f'Can\'t connect socket to "irc2.libre-chat.net:6667" (connection {fd}): Connection timed out!',
        )
        t = L(
            "irc1",
            t,
            'Shutting down connection %d (Can\'t connect) with "%s:%d" ...',
            f'Shutting down connection {fd} (Can\'t connect) with "irc2.libre-chat.net:6667" ...',
        )
        t = L(
            "irc1",
            t,
            "Client unregistered (connection %d): Can't connect.",
            f"Client unregistered (connection {fd}): Can't connect.",
        )
        t = L(
            "irc1",
            t,
            'Connection %d with "%s:%d" closed (in: %.1fk, out: %.1fk).',
            f'Connection {fd} with "irc2.libre-chat.net:6667" closed (in: 0.0k, out: 0.0k).',
        )
        t += sec(60 + r.uniform(0.2, 1.0))

    # ---- configuration reloads on irc1 (systemctl reload ngircd: SIGHUP)
    for tr, bad in ((at(10, 20, 14), True), (at(10, 34, 51), False)):
        t = L("irc1", tr, 'Got signal "%s" ...', 'Got signal "Hangup" ...')
        t = L("irc1", t, "Re-reading configuration NOW!", "Re-reading configuration NOW!")
        if bad:
            t = L(
                "irc1",
                t,
                '%s, line %d (section "%s"): Unknown variable "%s"!',
                '/etc/ngircd/ngircd.conf, line 118 (section "Limits"): Unknown variable "MaxConectionsIP"!',
            )
        t = L(
            "irc1",
            t,
            "Shutting down all listening sockets (%d total) ...",
            "Shutting down all listening sockets (4 total) ...",
        )
        for sock, addr, port in NG_LISTEN:
            t = L(
                "irc1",
                t,
                "Now listening on [%s]:%d (socket %d).",
                f"Now listening on [{addr}]:{port} (socket {sock}).",
            )
    return fs.logs(T0)


def alnum6(r: random.Random) -> str:
    return "".join(r.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(r.randrange(5, 9)))


# ---------------------------------------------------------------------------------- bungeecord

BC_NAMES = [
    "Notch_Fan42",
    "xXCreeperXx",
    "Steve_the_Miner",
    "LunaCraft",
    "Pixel_Knight",
    "Redstoner99",
    "DiamondDan",
    "EnderQueen",
    "BlazeRunner",
    "SkyWalker_MC",
    "ObsidianOwl",
    "Grimlock_",
    "MossyCobble",
    "TNT_Timmy",
    "NetherNerd",
    "Biome_Bex",
    "CraftyKate",
    "Villager_Vic",
    "Glowstone_G",
    "PigRider",
    "Axolotl_Ash",
    "Copper_Cat",
    "AmethystAmy",
    "DripstoneDev",
    "WardenWatcher",
    "SculkSam",
    "Frogspawn",
    "Allay_Al",
    "CherryBlossom7",
    "ArmadilloArt",
    "BreezeBoy",
    "Trial_Tom",
    "Mace_Master",
    "honeybee_hana",
    "llama_lord",
    "ocelot_ola",
    "parrot_pax",
    "dolphin_dee",
    "turtle_tim",
    "panda_pop",
    "fox_felix",
    "goat_gabe",
    "strider_sue",
    "hoglin_hugo",
    "piglin_pia",
    "zoglin_zed",
    "ravager_rex",
    "vex_vera",
    "evoker_eli",
    "witch_wendy",
    "slime_sly",
    "magma_max",
    "shulker_shay",
    "phantom_phil",
    "drowned_dora",
    "husk_hank",
    "stray_stu",
    "guardian_gus",
    "elder_ella",
    "endermite_em",
    "silverfish_si",
    "bat_bella",
    "Kubo",
    "Tomek_PL",
    "LeaMC",
    "Jannis04",
    "Maximilian_B",
    "SvenskaSven",
    "NordicNils",
    "MarieLou",
    "PaulaPlays",
    "Gamer_Goose",
    "NoobSlayer3000",
    "ProBuilder",
    "SpeedBridger",
    "BedwarsBen",
    "SkyblockSara",
    "Parkour_Pete",
    "PvP_Pia",
    "MiniGameMo",
    "AFK_Andy",
]
BC_SERVERS = ["lobby", "survival", "creative", "bedwars", "skyblock"]
BC_PLUGINS = [
    ("LuckPerms", "5.4.131", "Luck"),
    ("ViaVersion", "4.10.2", "_MylesC, creeper123123, Gerrygames, kennytv, Matsv, EnZaXD, RK_01"),
    ("StaffChat", "2.3.0", "blockcraft-dev"),
    ("PlaceholderBridge", "1.1.4", "blockcraft-dev"),
]
BC_PINGERS = ["51.89.23.188", "144.76.160.29"]  # server-list sites


def bc_stack_auth(cause: str) -> list[str]:
    if cause == "timeout":
        return [
            "io.netty.channel.ConnectTimeoutException: connection timed out: sessionserver.mojang.com/104.18.21.68:443",
            "\tat io.netty.channel.epoll.AbstractEpollChannel$AbstractEpollUnsafe$2.run(AbstractEpollChannel.java:615)",
            "\tat io.netty.util.concurrent.PromiseTask.runTask(PromiseTask.java:98)",
            "\tat io.netty.util.concurrent.ScheduledFutureTask.run(ScheduledFutureTask.java:156)",
            "\tat io.netty.util.concurrent.AbstractEventExecutor.runTask(AbstractEventExecutor.java:173)",
            "\tat io.netty.util.concurrent.AbstractEventExecutor.safeExecute(AbstractEventExecutor.java:166)",
            "\tat io.netty.util.concurrent.SingleThreadEventExecutor.runAllTasks(SingleThreadEventExecutor.java:470)",
            "\tat io.netty.channel.epoll.EpollEventLoop.run(EpollEventLoop.java:416)",
            "\tat io.netty.util.concurrent.SingleThreadEventExecutor$4.run(SingleThreadEventExecutor.java:997)",
            "\tat io.netty.util.internal.ThreadExecutorMap$2.run(ThreadExecutorMap.java:74)",
            "\tat io.netty.util.concurrent.FastThreadLocalRunnable.run(FastThreadLocalRunnable.java:30)",
            "\tat java.base/java.lang.Thread.run(Thread.java:1583)",
        ]
    return [
        "java.lang.IllegalStateException: Expected HTTP response 200 OK, got 503 Service Unavailable",
        "\tat net.md_5.bungee.http.HttpHandler.channelRead0(HttpHandler.java:41)",
        "\tat net.md_5.bungee.http.HttpHandler.channelRead0(HttpHandler.java:15)",
        "\tat io.netty.channel.SimpleChannelInboundHandler.channelRead(SimpleChannelInboundHandler.java:99)",
        "\tat io.netty.channel.AbstractChannelHandlerContext.invokeChannelRead(AbstractChannelHandlerContext.java:444)",
        "\tat io.netty.channel.AbstractChannelHandlerContext.invokeChannelRead(AbstractChannelHandlerContext.java:420)",
        "\tat io.netty.channel.AbstractChannelHandlerContext.fireChannelRead(AbstractChannelHandlerContext.java:412)",
        "\tat io.netty.handler.codec.MessageToMessageDecoder.channelRead(MessageToMessageDecoder.java:103)",
        "\tat io.netty.channel.CombinedChannelDuplexHandler.channelRead(CombinedChannelDuplexHandler.java:251)",
        "\tat io.netty.handler.ssl.SslHandler.unwrap(SslHandler.java:1471)",
        "\tat io.netty.channel.epoll.EpollEventLoop.run(EpollEventLoop.java:416)",
        "\tat io.netty.util.concurrent.SingleThreadEventExecutor$4.run(SingleThreadEventExecutor.java:997)",
        "\tat java.base/java.lang.Thread.run(Thread.java:1583)",
    ]


BC_TASK_STACK = [
    "java.sql.SQLTransientConnectionException: StaffChatPool - Connection is not available, request timed out after 5001ms (total=0, active=0, idle=0, waiting=0)",
    "\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:686)",
    "\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:179)",
    "\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:144)",
    "\tat com.zaxxer.hikari.HikariDataSource.getConnection(HikariDataSource.java:99)",
    "\tat me.blockcraft.staffchat.storage.SqlStorage.heartbeat(SqlStorage.java:118)",
    "\tat me.blockcraft.staffchat.sync.HeartbeatTask.run(HeartbeatTask.java:37)",
    "\tat net.md_5.bungee.scheduler.BungeeTask.run(BungeeTask.java:66)",
    "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)",
    "\tat java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:642)",
    "\tat java.base/java.lang.Thread.run(Thread.java:1583)",
    "Caused by: com.mysql.cj.jdbc.exceptions.CommunicationsException: Communications link failure",
    "",
    "The last packet sent successfully to the server was 0 milliseconds ago. The driver has not received any packets from the server.",
    "\tat com.mysql.cj.jdbc.exceptions.SQLError.createCommunicationsException(SQLError.java:175)",
    "\tat com.mysql.cj.jdbc.exceptions.SQLExceptionsMapping.translateException(SQLExceptionsMapping.java:64)",
    "\tat com.mysql.cj.jdbc.ConnectionImpl.createNewIO(ConnectionImpl.java:819)",
    "\tat com.mysql.cj.jdbc.ConnectionImpl.<init>(ConnectionImpl.java:440)",
    "\tat com.zaxxer.hikari.pool.PoolBase.newConnection(PoolBase.java:359)",
    "\tat com.zaxxer.hikari.pool.HikariPool$PoolEntryCreator.call(HikariPool.java:720)",
    "\t... 4 more",
    "Caused by: java.net.ConnectException: Connection refused",
    "\tat java.base/sun.nio.ch.Net.pollConnect(Native Method)",
    "\tat java.base/sun.nio.ch.NioSocketImpl.timedFinishConnect(NioSocketImpl.java:551)",
    "\tat java.base/java.net.Socket.connect(Socket.java:751)",
    "\tat com.mysql.cj.protocol.StandardSocketFactory.connect(StandardSocketFactory.java:153)",
    "\t... 12 more",
]


def bungeecord(r: random.Random) -> list[Log]:
    """Two BungeeCord 1.20 proxies (proxy1, proxy2) of a Minecraft network behind a round-robin
    DNS name, each writing proxy.log.0 with ConciseFormatter's default `HH:mm:ss [LEVEL] `,
    06:00 to 12:00: server-list pings from players' clients and three list sites, players
    joining (InitialHandler, ServerConnector to the lobby), switching servers with /server,
    leaving (UpstreamBridge and DownstreamBridge disconnects), read timeouts; Mojang's session
    server timing out and then answering 503 07:40-07:58 (`Error authenticating %s with
    minecraft.net` with the Netty stack), the StaffChat plugin's MySQL down 08:30-08:36 (its
    heartbeat task's exception every 30 s), the survival server crashing at 09:05 (players moved
    to the lobby), the lobby restarting at 10:30 (`disconnected with: Server closed`, joins
    failing with fallback_kick), proxy2 restarted for a plugin update at 11:15 with a forced host
    pointing at a server that is not defined."""
    fs = Files()
    players = []
    for name in BC_NAMES:
        ip = f"{r.choice([31, 46, 77, 84, 91, 95, 109, 176, 178, 188, 213, 217])}.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}"
        players.append((name, ip))
    regulars = players[:30]

    def L(px: str, t: datetime, level: str, label: str, lines: list[str]) -> datetime:
        return fs.add(
            f"{px}-proxy.log.0",
            t,
            label,
            lambda x: [f"{x:%H:%M:%S} [{level}] {lines[0]}", *lines[1:]],
            px,
            SEC,
        )

    mojang = (at(7, 40, 12), at(7, 58, 30))
    mysql = (at(8, 30, 5), at(8, 36, 40))
    survival_crash = at(9, 5, 31)
    survival_down = (survival_crash, at(9, 9, 10))
    lobby_down = (at(10, 30, 2), at(10, 32, 40))
    restart2 = at(11, 15, 4)
    p2_down = (restart2, restart2 + sec(21))
    online: dict[str, list[tuple[datetime, datetime, str]]] = {"proxy1": [], "proxy2": []}
    busy: dict[str, list[tuple[datetime, datetime]]] = {}

    def free(name: str, a: datetime, b: datetime) -> bool:
        return all(e <= a or s >= b for s, e in busy.get(name, []))

    def addr(ip: str) -> tuple[str, int]:
        return ip, r.randrange(49152, 65535)

    def pinged(px: str, t: datetime, ip: str) -> None:
        if in_any(t, [p2_down]) and px == "proxy2":
            return
        a, p = addr(ip)
        L(
            px,
            t,
            "INFO",
            "[%s] <-> InitialHandler has pinged",
            [f"[/{a}:{p}] <-> InitialHandler has pinged"],
        )

    def session(px: str, start: datetime, name: str, ip: str, dur: float) -> None:
        a, p = addr(ip)
        end = start + sec(dur)
        if px == "proxy2" and start < restart2 < end:
            end = restart2 + sec(r.uniform(0.5, 1.5))
            dur = (end - start).total_seconds()
            ending = "restart"
        else:
            ending = weighted(r, [(86, "quit"), (14, "timeout")])
        for k in range(r.choice([0, 1, 1, 2])):
            pinged(px, start - sec(r.uniform(3, 40) * (k + 1)), ip)
        t = L(
            px,
            start,
            "INFO",
            "[%s] <-> InitialHandler has connected",
            [f"[/{a}:{p}] <-> InitialHandler has connected"],
        )
        if in_any(start, [mojang]):
            cause = "timeout" if start < at(7, 49) else "503"
            L(
                px,
                t + sec(r.uniform(5, 10) if cause == "timeout" else r.uniform(0.2, 0.9)),
                "SEVERE",
                "Error authenticating %s with minecraft.net",
                [f"Error authenticating {name} with minecraft.net", *bc_stack_auth(cause)],
            )
            return
        t += sec(r.uniform(0.3, 1.2))
        if in_any(t, [lobby_down]):
            t = L(
                px,
                t + sec(r.uniform(0.5, 3)),
                "INFO",
                "[%s] disconnected with: §cCould not connect to a default or fallback server, please try again later: %s",
                [
                    f"[{name}] disconnected with: §cCould not connect to a default or fallback server, please try again later: io.netty.channel.AbstractChannel$AnnotatedConnectException"
                ],
            )
            L(
                px,
                t + sec(0.05),
                "INFO",
                "[%s|%s] -> UpstreamBridge has disconnected",
                [f"[/{a}:{p}|{name}] -> UpstreamBridge has disconnected"],
            )
            return
        t = L(
            px,
            t,
            "INFO",
            "[%s] <-> ServerConnector [%s] has connected",
            [f"[{name}] <-> ServerConnector [lobby] has connected"],
        )
        server = "lobby"
        online[px].append((start, end, name))
        # server switches and commands while online; the survival crash and the lobby restart
        # catch the players who are on those servers at the time
        prev = t
        tt = t + sec(r.uniform(8, 240))
        while True:
            nxt = min(tt, end)
            if server == "survival" and prev < survival_crash <= nxt:
                tc = survival_crash + sec(r.uniform(0, 1.5))
                if r.random() < 0.5:
                    tc = L(
                        px,
                        tc,
                        "WARNING",
                        "[%s|%s] <-> DownstreamBridge <-> [%s] - IOException: Connection reset by peer",
                        [
                            f"[/{a}:{p}|{name}] <-> DownstreamBridge <-> [survival] - IOException: Connection reset by peer"
                        ],
                    )
                tc = L(
                    px,
                    tc + sec(0.05),
                    "INFO",
                    "[%s|%s] <-> DownstreamBridge <-> [%s] has disconnected",
                    [f"[/{a}:{p}|{name}] <-> DownstreamBridge <-> [survival] has disconnected"],
                )
                prev = L(
                    px,
                    tc + sec(r.uniform(0.2, 0.8)),
                    "INFO",
                    "[%s] <-> ServerConnector [%s] has connected",
                    [f"[{name}] <-> ServerConnector [lobby] has connected"],
                )
                server = "lobby"
                continue
            if server == "lobby" and prev < lobby_down[0] <= nxt:
                t1 = L(
                    px,
                    lobby_down[0] + sec(r.uniform(0, 2)),
                    "INFO",
                    "[%s] disconnected with: Server closed",
                    [f"[{name}] disconnected with: Server closed"],
                )
                t1 = L(
                    px,
                    t1 + sec(0.1),
                    "INFO",
                    "[%s|%s] -> UpstreamBridge has disconnected",
                    [f"[/{a}:{p}|{name}] -> UpstreamBridge has disconnected"],
                )
                L(
                    px,
                    t1 + sec(0.1),
                    "INFO",
                    "[%s|%s] <-> DownstreamBridge <-> [%s] has disconnected",
                    [f"[/{a}:{p}|{name}] <-> DownstreamBridge <-> [lobby] has disconnected"],
                )
                return
            if tt >= end - sec(5) or tt >= T_END:
                break
            choice = weighted(r, [(6, "switch"), (3, "cmd"), (2, "idle")])
            if choice == "switch":
                target = weighted(
                    r,
                    [
                        (5, "survival"),
                        (2, "creative"),
                        (3, "bedwars"),
                        (2, "skyblock"),
                        (2, "lobby"),
                    ],
                )
                if (
                    target != server
                    and not (target == "survival" and in_any(tt, [survival_down]))
                    and not (target == "lobby" and in_any(tt, [lobby_down]))
                ):
                    t1 = L(
                        px,
                        tt,
                        "INFO",
                        "%s executed command: /%s",
                        [f"{name} executed command: /server {target}"],
                    )
                    t1 = L(
                        px,
                        t1 + sec(r.uniform(0.2, 0.9)),
                        "INFO",
                        "[%s] <-> ServerConnector [%s] has connected",
                        [f"[{name}] <-> ServerConnector [{target}] has connected"],
                    )
                    L(
                        px,
                        t1 + sec(r.uniform(0.3, 1.0)),
                        "INFO",
                        "[%s|%s] <-> DownstreamBridge <-> [%s] has disconnected",
                        [f"[/{a}:{p}|{name}] <-> DownstreamBridge <-> [{server}] has disconnected"],
                    )
                    server = target
            elif choice == "cmd":
                cmd = weighted(
                    r,
                    [
                        (4, "glist"),
                        (
                            3,
                            f"msg {r.choice(players)[0]} {r.choice(['hey', 'you on?', 'come to skyblock', 'gg', 'brb'])}",
                        ),
                        (2, "hub"),
                        (
                            1,
                            f"sc {r.choice(['anyone seen the flyhacker?', 'restarting lobby at 10:30', 'ok'])}",
                        ),
                        (1, "server"),
                    ],
                )
                if cmd == "hub" and server != "lobby" and not in_any(tt, [lobby_down]):
                    t1 = L(
                        px,
                        tt,
                        "INFO",
                        "%s executed command: /%s",
                        [f"{name} executed command: /hub"],
                    )
                    t1 = L(
                        px,
                        t1 + sec(r.uniform(0.2, 0.9)),
                        "INFO",
                        "[%s] <-> ServerConnector [%s] has connected",
                        [f"[{name}] <-> ServerConnector [lobby] has connected"],
                    )
                    L(
                        px,
                        t1 + sec(r.uniform(0.3, 1.0)),
                        "INFO",
                        "[%s|%s] <-> DownstreamBridge <-> [%s] has disconnected",
                        [f"[/{a}:{p}|{name}] <-> DownstreamBridge <-> [{server}] has disconnected"],
                    )
                    server = "lobby"
                elif cmd != "hub":
                    L(
                        px,
                        tt,
                        "INFO",
                        "%s executed command: /%s",
                        [f"{name} executed command: /{cmd}"],
                    )
            prev = tt
            tt += sec(r.uniform(300, 2600))
        if end >= T_END:
            return
        if ending == "restart":
            return  # written by the shutdown
        if ending == "timeout":
            end = L(
                px,
                end,
                "WARNING",
                "[%s|%s] -> UpstreamBridge - read timed out",
                [f"[/{a}:{p}|{name}] -> UpstreamBridge - read timed out"],
            )
        t1 = L(
            px,
            end + sec(0.05),
            "INFO",
            "[%s|%s] -> UpstreamBridge has disconnected",
            [f"[/{a}:{p}|{name}] -> UpstreamBridge has disconnected"],
        )
        L(
            px,
            t1 + sec(r.uniform(0.05, 0.6)),
            "INFO",
            "[%s|%s] <-> DownstreamBridge <-> [%s] has disconnected",
            [f"[/{a}:{p}|{name}] <-> DownstreamBridge <-> [{server}] has disconnected"],
        )

    def startup(px: str, t: datetime, bad: bool) -> datetime:
        t = L(
            px,
            t,
            "INFO",
            "Enabled BungeeCord version %s",
            ["Enabled BungeeCord version git:BungeeCord-Bootstrap:1.20-R0.3-SNAPSHOT:7d4f8b1:1842"],
        )
        t = L(
            px,
            t + sec(0.2),
            "INFO",
            "Using mbed TLS based native cipher.",
            ["Using mbed TLS based native cipher."],
        )
        t = L(
            px,
            t + sec(0.01),
            "INFO",
            "Using zlib based native compressor.",
            ["Using zlib based native compressor."],
        )
        for n, v, a in BC_PLUGINS:
            t = L(
                px,
                t + sec(0.05),
                "INFO",
                "Loaded plugin %s version %s by %s",
                [f"Loaded plugin {n} version {v} by {a}"],
            )
        if bad:
            t = L(
                px,
                t + sec(0.3),
                "WARNING",
                "Forced host server %s is not defined",
                ["Forced host server minigames is not defined"],
            )
        for n, v, a in BC_PLUGINS:
            t = L(
                px,
                t + sec(r.uniform(0.1, 1.4)),
                "INFO",
                "Enabled plugin %s version %s by %s",
                [f"Enabled plugin {n} version {v} by {a}"],
            )
        return L(px, t + sec(0.4), "INFO", "Listening on %s", ["Listening on /0.0.0.0:25577"])

    # sessions
    for px, mean in (("proxy1", 165.0), ("proxy2", 190.0)):
        for t in poisson(r, T0, T_END, mean):
            if px == "proxy2" and in_any(t, [(restart2 - sec(2), restart2 + sec(30))]):
                continue
            dur = min(r.lognormvariate(7.4, 1.0), 4 * 3600)
            for _ in range(20):
                name, ip = r.choice(regulars) if r.random() < 0.4 else r.choice(players)
                if free(name, t - sec(60), t + sec(dur + 60)):
                    break
            else:
                continue
            busy.setdefault(name, []).append((t - sec(60), t + sec(dur + 60)))
            session(px, t, name, ip, dur)
        # list sites ping every 5 minutes, random clients browse the list
        for site in BC_PINGERS:
            t = T0 + sec(r.uniform(0, 300))
            while t < T_END:
                pinged(px, t, site)
                t += sec(300 + r.uniform(-2, 2))
        for t in poisson(r, T0, T_END, 115.0):
            pinged(
                px,
                t,
                f"{r.choice([37, 79, 82, 90, 93, 151, 185, 212])}.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}",
            )
        # scanners that connect and never speak
        for t in poisson(r, T0, T_END, 1500.0):
            a, p = addr(
                f"{r.choice([45, 89, 162, 193])}.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}"
            )
            L(
                px,
                t,
                "WARNING",
                "[%s] <-> InitialHandler - read timed out",
                [f"[/{a}:{p}] <-> InitialHandler - read timed out"],
            )
        # the StaffChat heartbeat task while MySQL is down
        task = 7 if px == "proxy1" else 9
        obj = hexid(r, 8)
        t = mysql[0] + sec(r.uniform(0, 30))
        while t < mysql[1]:
            L(
                px,
                t,
                "WARNING",
                "Task %s encountered an exception",
                [
                    f"Task BungeeTask(sched=net.md_5.bungee.scheduler.BungeeScheduler@{hexid(r, 7)}, id={task}, owner=me.blockcraft.staffchat.StaffChatPlugin@{obj}, task=me.blockcraft.staffchat.sync.HeartbeatTask@{hexid(r, 8)}, delay=0, period=30000, running=true) encountered an exception",
                    *BC_TASK_STACK,
                ],
            )
            t += sec(30 + r.uniform(5.0, 5.2))

    # proxy2 restart: shutdown sequence, everyone on it disconnected, then start-up
    t = L(
        "proxy2",
        restart2,
        "INFO",
        "Closing listener %s",
        ["Closing listener [id: 0x5e2c91a7, L:/0:0:0:0:0:0:0:0:25577]"],
    )
    t = L(
        "proxy2",
        t + sec(0.1),
        "INFO",
        "Closing pending connections",
        ["Closing pending connections"],
    )
    still = [n for s, e, n in online["proxy2"] if s < restart2 < e]
    t = L(
        "proxy2",
        t + sec(0.01),
        "INFO",
        "Disconnecting %s connections",
        [f"Disconnecting {len(still)} connections"],
    )
    for name in still:
        t = L(
            "proxy2",
            t + sec(0.01),
            "INFO",
            "[%s] disconnected with: [Proxy] Proxy restarting.",
            [f"[{name}] disconnected with: [Proxy] Proxy restarting."],
        )
    t = L("proxy2", t + sec(0.3), "INFO", "Closing IO threads", ["Closing IO threads"])
    t = L("proxy2", t + sec(0.5), "INFO", "Disabling plugins", ["Disabling plugins"])
    t = L("proxy2", t + sec(0.4), "INFO", "Thank you and goodbye", ["Thank you and goodbye"])
    startup("proxy2", restart2 + sec(14), True)
    return fs.logs(T0)


# ------------------------------------------------------------------------------------- veloren

VL_ESC_DIM, VL_ESC_IT, VL_RESET = "\x1b[2m", "\x1b[3m", "\x1b[0m"
VL_LEVEL = {
    "INFO": "\x1b[32m INFO\x1b[0m",
    "WARN": "\x1b[33m WARN\x1b[0m",
    "ERROR": "\x1b[31mERROR\x1b[0m",
}
VL_SYLL = [
    "ka",
    "ri",
    "mo",
    "ven",
    "tor",
    "lin",
    "dra",
    "sel",
    "vyn",
    "ash",
    "bel",
    "cor",
    "fen",
    "gal",
    "hin",
    "jor",
    "kel",
    "mir",
    "nar",
    "oth",
    "pel",
    "quin",
    "rho",
    "syl",
    "tam",
    "ul",
    "vor",
    "wyn",
    "xan",
    "yor",
    "zel",
]


def vl_name(r: random.Random) -> str:
    base = "".join(r.choice(VL_SYLL) for _ in range(r.choice([2, 2, 3])))
    base = base.capitalize() if r.random() < 0.6 else base
    return (
        base
        + (str(r.randrange(1, 999)) if r.random() < 0.3 else "")
        + ("_" if r.random() < 0.05 else "")
    )


def veloren(r: random.Random) -> list[Log]:
    """A Veloren 0.16 community server (veloren-server-cli, headless, the default INFO filter)
    whose tracing file layer writes the day's server-cli log with tracing-subscriber's ANSI
    colours (the dimmed timestamp and target, the coloured level, italic field names), 06:00 to
    12:00: players logging in (`New User` with the username field) all morning, clients timing
    out, new participants dropped during the handshake (scanners, stale clients), a restart for
    an update at 09:30 with a broken settings.ron (`Failed to parse setting file! Falling back
    to default settings ...`) and a second restart at 09:44 once it is fixed, and the disk holding
    the character database filling up at 10:50 (`Error during character batch update,
    disconnecting all clients to avoid loss of data integrity.`, `Disconnecting all clients
    (without persistence) as requested` and one `Emitting client disconnect event for entity`
    per player, twice, until the disk is cleaned at 10:58)."""
    fs = Files()
    f = "server-cli.log.2024-06-07"

    def ts(t: datetime) -> str:
        return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}Z"

    def L(
        t: datetime,
        level: str,
        target: str,
        label: str,
        msg: str,
        fields: list[tuple[str, str]] | None = None,
    ) -> datetime:
        tail = "".join(
            f" {VL_ESC_IT}{k}{VL_RESET}{VL_ESC_DIM}={VL_RESET}{v}" for k, v in (fields or [])
        )
        return fs.add(
            f,
            t,
            label,
            lambda x: [
                f"{VL_ESC_DIM}{ts(x)}{VL_RESET} {VL_LEVEL[level]} {VL_ESC_DIM}{target}{VL_RESET}{VL_ESC_DIM}:{VL_RESET} {msg}{tail}"
            ],
            "veloren",
            1,
        )

    names = list(dict.fromkeys(vl_name(r) for _ in range(520)))
    regulars = names[:60]
    restarts = [at(9, 30, 41), at(9, 44, 8)]
    down = [(at(9, 30, 20), at(9, 31, 6)), (at(9, 43, 50), at(9, 44, 33))]
    diskfull = [at(10, 50, 12.431), at(10, 53, 40.118)]
    entity_next = [41]
    online: list[tuple[datetime, datetime, str]] = []

    def entity(r2: random.Random) -> str:
        entity_next[0] += r2.randrange(1, 7)
        return f"Entity({entity_next[0] % 2000}, Generation({r2.randrange(1, 60)}))"

    def startup(t: datetime, bad: bool) -> datetime:
        t = L(
            t,
            "INFO",
            "veloren_common_frontend",
            "Setup terminal and file logging.",
            "Setup terminal and file logging.",
            [
                ("path", '"/opt/veloren/userdata/server-cli/logs"'),
                ("file", '"server-cli.log.2024-06-07"'),
            ],
        )
        if bad:
            t = L(
                t + sec(0.0021),
                "WARN",
                "veloren_server::settings",
                "Failed to parse setting file! Falling back to default settings and creating a template file for you to migrate your current settings file: %s",
                "Failed to parse setting file! Falling back to default settings and creating a template file for you to migrate your current settings file: /opt/veloren/userdata/server/settings.template.ron",
                [
                    (
                        "e",
                        "SpannedError { code: ExpectedComma, position: Position { line: 23, col: 5 } }",
                    )
                ],
            )
        t = L(
            t + sec(0.0113),
            "INFO",
            "veloren_server",
            "Server data dir is: %s",
            "Server data dir is: /opt/veloren/userdata/server",
        )
        t = L(
            t + sec(r.uniform(11, 14)),
            "INFO",
            "veloren_server::automod",
            "Automod enabled, players will be subject to automated spam/content filters",
            "Automod enabled, players will be subject to automated spam/content filters",
        )
        t = L(
            t + sec(r.uniform(2.0, 3.5)),
            "INFO",
            "veloren_server",
            "Server version",
            "Server version",
            [("version", '"0.16.0 [5a2c9e1f/2024-05-30]"')],
        )
        t = L(
            t + sec(0.0048),
            "INFO",
            "veloren_server_cli",
            "Server is ready to accept connections.",
            "Server is ready to accept connections.",
        )
        t = L(
            t + sec(0.0001),
            "INFO",
            "veloren_server_cli",
            "starting metrics at port",
            "starting metrics at port",
            [("metrics_port", "14005")],
        )
        return L(
            t + sec(0.0001),
            "INFO",
            "veloren_server_cli",
            "starting server at port",
            "starting server at port",
            [("server_port", "14004")],
        )

    for i, t in enumerate(restarts):
        startup(t, i == 0)

    # logins: a busy morning, slower at first
    for t in poisson(r, T0, T_END, 13.5):
        if in_any(t, down):
            continue
        if t < at(7, 0) and r.random() < 0.4:
            continue
        name = r.choice(regulars) if r.random() < 0.35 else r.choice(names)
        t = L(
            t,
            "INFO",
            "veloren_server::sys::msg::register",
            "New User",
            "New User",
            [("username", f'"{name}"')],
        )
        stay = min(r.lognormvariate(7.2, 1.1), 4 * 3600)
        online.append((t, t + sec(stay), name))
        if r.random() < 0.19:
            tt = t + sec(stay) + sec(r.uniform(0.0, 1.0))
            if tt < T_END and not in_any(tt, down):
                L(
                    tt,
                    "INFO",
                    "veloren_server::sys::msg::ping",
                    "timeout error with client, disconnecting",
                    "timeout error with client, disconnecting",
                    [("entity", entity(r))],
                )
    # the handshake failing for new participants
    for t in poisson(r, T0, T_END, 66.0):
        if in_any(t, down):
            continue
        e = weighted(
            r,
            [
                (6, "ParticipantDisconnected"),
                (3, "StreamClosed"),
                (
                    2,
                    'Deserialize(Io(Custom { kind: UnexpectedEof, error: "failed to fill whole buffer" }))',
                ),
            ],
        )
        L(
            t,
            "WARN",
            "veloren_server::connection_handler",
            "drop new participant, because an error occurred",
            "drop new participant, because an error occurred",
            [("e", str(e))],
        )
    # the character database's disk fills up
    for k, t in enumerate(diskfull):
        t = L(
            t,
            "ERROR",
            "veloren_server::persistence::character_updater",
            "Error during character batch update, disconnecting all clients to avoid loss of data integrity.",
            "Error during character batch update, disconnecting all clients to avoid loss of data integrity.",
            [
                (
                    "e",
                    'SqliteError(SqliteFailure(Error { code: DiskFull, extended_code: 13 }, Some("database or disk is full")))',
                )
            ],
        )
        t = L(
            t + sec(r.uniform(0.02, 0.05)),
            "INFO",
            "veloren_server",
            "Disconnecting all clients (without persistence) as requested",
            "Disconnecting all clients (without persistence) as requested",
        )
        n = sum(1 for a, b, _ in online if a < t < b)
        n = max(18, n // (2 if k else 1))
        for _ in range(n):
            t = L(
                t + sec(r.uniform(0.00001, 0.00008)),
                "INFO",
                "veloren_server",
                "Emitting client disconnect event for entity: %s",
                f"Emitting client disconnect event for entity: {entity(r)}",
            )
        for _ in range(r.randrange(2, 5)):
            L(
                t - sec(r.uniform(0.5, 2.5)),
                "WARN",
                "veloren_server::persistence::character_updater",
                "Ignoring request to add pending logout update for character ID %d as there is a disconnection of all clients in progress",
                f"Ignoring request to add pending logout update for character ID {r.randrange(4000, 98000)} as there is a disconnection of all clients in progress",
            )
        L(
            t + sec(r.uniform(0.03, 0.09)),
            "INFO",
            "veloren_server::persistence::character_updater",
            "CharacterUpdater received DisconnectedSuccess event, resuming batch updates",
            "CharacterUpdater received DisconnectedSuccess event, resuming batch updates",
        )
    return fs.logs(T0)


# ------------------------------------------------------------------------------------- wesnoth

WS_NAMES = [
    "Ravana",
    "Kalenz_fan",
    "DeltaRunner",
    "Lintanir",
    "Elvish_Sharp",
    "undead_rush",
    "Konrad88",
    "Li_sar",
    "Delfador2",
    "Ulfserker",
    "GryphonRider",
    "saurian_sk",
    "Drake_Flare",
    "Orcish_Grunt",
    "WoseMoss",
    "Merfolk_Hoplite",
    "Dwarvish_Fighter",
    "Thief_Tom",
    "Elvish_Shaman",
    "Dark_Adept",
    "Ghoul_G",
    "Necrophage",
    "Bone_Shooter",
    "Horseman_H",
    "Spearman_S",
    "Heavy_Inf",
    "Cavalryman",
    "Mage_of_Light",
    "White_Mage",
    "Red_Mage",
    "Silver_Mage",
    "Arch_Mage",
    "Great_Mage",
    "Troll_Whelp",
    "Goblin_Spear",
    "Wolf_Rider",
    "Naga_Fighter",
    "Skirmisher_K",
    "Footpad_F",
    "Poacher_P",
    "Outlaw_O",
    "Bandit_B",
    "Trapper_T",
    "Huntsman_H",
    "Ranger_R",
    "Avenger_A",
    "Marksman_M",
    "Sharpshooter",
    "Druid_D",
    "Sylph_S",
    "Shyde_S",
    "Enchantress",
    "Sorceress",
    "Warlock_W",
    "Lich_L",
    "Ancient_Lich",
    "Revenant_R",
    "Deathblade",
    "Chocobone",
    "Wraith_W",
    "Spectre_S",
    "Nightgaunt",
    "Shadow_Sh",
    "Banebow",
    "Draug_D",
    "Soulless_S",
    "Walking_Corpse",
    "pyrophorus",
    "mabuse",
    "tapik",
    "Jetrel_ish",
    "fabi_w",
    "doofus01",
    "gfgtdf_f",
    "soliton_s",
    "beetlenaut",
    "Pentarctagon_",
    "Vultraz_v",
    "Celtic_M",
    "Hejnewar_h",
    "shadowm_s",
]
WS_MAPS = [
    ("multiplayer_Caves_of_the_Basilisk", 2),
    ("multiplayer_Den_of_Onis", 2),
    ("multiplayer_Hamlets", 2),
    ("multiplayer_Fallenstar_Lake", 2),
    ("multiplayer_Silverhead_Crossing", 2),
    ("multiplayer_Sablestone_Delta", 2),
    ("multiplayer_Isars_Cross", 4),
    ("multiplayer_Ruined_Passage", 4),
    ("multiplayer_Loris_River", 6),
]
WS_GAME_NAMES = [
    "gogo",
    "1v1 default",
    "newbies welcome",
    "2v2 no noobs",
    "ladder",
    "quick game",
    "Isar's 2v2",
    "survival",
    "pls join",
    "RPG friends only",
    "tournament prep",
    "rematch",
    "chill game",
    "AoH 1v1",
]
WS_CHAT = [
    "hi all",
    "anyone up for 2v2?",
    "gg",
    "lag?",
    "who wants a 1v1 on Hamlets",
    "brb",
    "ty",
    "lol",
    "is the ladder down?",
    "hosting isar's cross",
    "need 1 more for 4p",
    "wp",
    "rip rng",
    "anyone from EU?",
    "how do i update to 1.18.1",
    "ok",
    "gl hf",
    "reconnecting",
]


def wesnoth(r: random.Random) -> list[Log]:
    """Two Wesnoth multiplayer servers (wesnothd 1.18.1 on port 15000 with the forum's user
    database, and a 1.16 compatibility instance on 14998), stderr redirected to a file per
    instance, lg's `YYYYMMDD HH:MM:SS severity domain: ` head, 06:00 to 12:00: version
    negotiation per connection (accepted, 1.16 clients redirected from 15000, 1.14 clients
    rejected), logins to registered and unregistered nicks, lobby chat, games created, joined (as
    players and observers), started with their settings, ended and aborted, `Statistics:` every 5
    minutes; a broken server.cfg on SIGHUP at 07:10 (`ERROR: Could not read configuration
    file`), fixed and reloaded at 07:14; a password guesser against one nick 08:50-09:02 until the
    automatic ban, then `rejected banned user`; a network blip on 15000 at 10:15 resetting a dozen
    connections; the 1.16 instance shut down over its fifo at 11:20 and started again."""
    fs = Files()
    players = []
    for n in WS_NAMES:
        ip = f"{r.choice([2, 5, 31, 37, 46, 62, 78, 81, 83, 88, 93, 109, 176, 188, 212])}.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}"
        players.append((n, ip, r.random() < 0.7))
    files = {"15000": "wesnothd-1.18.log", "14998": "wesnothd-1.16.log"}
    cfgs = {"15000": "/etc/wesnothd/server.cfg", "14998": "/etc/wesnothd/server-1.16.cfg"}
    fifos = {"15000": "/var/run/wesnothd/socket", "14998": "/var/run/wesnothd-1.16/socket"}
    blip = at(10, 15, 22)
    guess = (at(8, 50, 10), at(9, 2, 0))
    shut16 = (at(11, 20, 3), at(11, 20, 41))

    def L(srv: str, t: datetime, sev: str, dom: str, label: str, msg: str) -> datetime:
        if t >= T_END:
            return t  # games still running at noon end after the window
        # a label holds no tab: the program's tabs are written `\\t`, as earlier rounds do
        return fs.add(
            files[srv],
            t,
            label.replace("\t", "\\t"),
            lambda x: [f"{x:%Y%m%d %H:%M:%S} {sev} {dom}: {msg}"],
            srv,
            SEC,
        )

    busy: dict[str, list[tuple[datetime, datetime]]] = {}

    def free(name: str, a: datetime, b: datetime) -> bool:
        return all(e <= a or s >= b for s, e in busy.get(name, []))

    sessions: dict[str, list[list]] = {"15000": [], "14998": []}
    for srv, mean in (("15000", 52.0), ("14998", 170.0)):
        ver = "1.18.1" if srv == "15000" else "1.16.11"
        for t in poisson(r, T0, T_END, mean):
            if srv == "14998" and in_any(t, [shut16]):
                continue
            dur = min(r.lognormvariate(7.0, 1.0), 3 * 3600)
            for _ in range(15):
                name, ip, reg = r.choice(players)
                if free(name, t - sec(30), t + sec(dur + 30)):
                    break
            else:
                continue
            end = t + sec(dur)
            if srv == "15000" and t < blip < end and r.random() < 0.5:
                end = blip + sec(r.uniform(0, 2))
            if srv == "14998" and t < shut16[0] < end:
                end = shut16[0]
            busy.setdefault(name, []).append((t - sec(30), end + sec(30)))
            v = ver if r.random() < 0.85 else ("1.18.0" if srv == "15000" else "1.16.10")
            t = L(
                srv,
                t,
                "info",
                "server",
                "%s\tplayer joined using accepted version %s:\ttelling them to log in.",
                f"{ip}\tplayer joined using accepted version {v}:\ttelling them to log in.",
            )
            t += sec(r.uniform(0.5, 4))
            if reg:
                t = L(
                    srv,
                    t,
                    "info",
                    "server",
                    "%s\t%s\thas logged on to a registered account",
                    f"{ip}\t{name}\thas logged on to a registered account",
                )
            else:
                t = L(
                    srv,
                    t,
                    "info",
                    "server",
                    "%s\t%s\thas logged on",
                    f"{ip}\t{name}\thas logged on",
                )
            sessions[srv].append([t, end, name, ip, None])
            for _ in range(weighted(r, [(6, 0), (3, 1), (2, 2), (1, 3)])):
                tc = t + sec(r.uniform(5, max(10, dur - 20)))
                if tc < end and tc < T_END:
                    L(
                        srv,
                        tc,
                        "info",
                        "server",
                        "%s\t<%s> %s",
                        f"{ip}\t<{name}> {r.choice(WS_CHAT)}",
                    )

    # games: a host and players online for the whole game
    gid = {"15000": 48211, "14998": 9312}
    dbid = {"15000": 2231907, "14998": 9312}
    for srv, mean in (("15000", 190.0), ("14998", 700.0)):
        for tg in poisson(r, T0, T_END, mean):
            mp, n = weighted(
                r, [(6, WS_MAPS[r.randrange(6)]), (2, WS_MAPS[6]), (1, WS_MAPS[7]), (1, WS_MAPS[8])]
            )
            gdur = r.uniform(900, 4200)
            cands = [
                s_
                for s_ in sessions[srv]
                if s_[0] < tg and s_[1] > tg + sec(gdur + 60) and (s_[4] is None or s_[4] < tg)
            ]
            if len(cands) < n:
                continue
            r.shuffle(cands)
            group = cands[:n]
            obs = [s_ for s_ in cands[n : n + weighted(r, [(5, 0), (3, 1), (1, 2)])]]
            host = group[0]
            gid[srv] += r.randrange(1, 6)
            dbid[srv] += r.randrange(1, 9) if srv == "15000" else 0
            g, d = gid[srv], (dbid[srv] if srv == "15000" else gid[srv])
            gname = r.choice(WS_GAME_NAMES)
            t = L(
                srv,
                tg,
                "info",
                "server",
                '%s\t%s\tcreated game:\t"%s" (%d, %d).',
                f'{host[3]}\t{host[2]}\tcreated game:\t"{gname}" ({g}, {d}).',
            )
            for s_ in group[1:]:
                t = L(
                    srv,
                    t + sec(r.uniform(5, 60)),
                    "info",
                    "server",
                    '%s\t%s\tjoined game:\t"%s" (%d, %d).',
                    f'{s_[3]}\t{s_[2]}\tjoined game:\t"{gname}" ({g}, {d}).',
                )
            if r.random() < 0.12:
                # the host gives up waiting
                t = L(
                    srv,
                    t + sec(r.uniform(60, 400)),
                    "info",
                    "server",
                    '%s\t%s\taborted game:\t"%s" (%d, %d).',
                    f'{host[3]}\t{host[2]}\taborted game:\t"{gname}" ({g}, {d}).',
                )
                continue
            users = ", ".join(s_[2] for s_ in group)
            era = r.choice(["era_default", "era_default", "era_heroes", "ladder_era"])
            fog = r.choice(["yes", "yes", "no"])
            t0 = t + sec(r.uniform(20, 120))
            if era == "ladder_era" or r.random() < 0.25:
                t = L(
                    srv,
                    t0,
                    "info",
                    "server",
                    '%s\t%s\tstarted game:\t"%s" (%d, %d) with: %s. Settings: map: %s\tera: %s\tXP: %s\tGPV: %s\tfog: %s\tshroud: %s\tobservers: %s\tshuffle: %s\ttimer: %s\treservoir time: %s\tinit time: %s\taction bonus: %s\tturn bonus: %s',
                    f'{host[3]}\t{host[2]}\tstarted game:\t"{gname}" ({g}, {d}) with: {users}. Settings: map: {mp}\tera: {era}\tXP: 70\tGPV: 2\tfog: {fog}\tshroud: no\tobservers: yes\tshuffle: no\ttimer: yes\treservoir time: 360\tinit time: 270\taction bonus: 0\tturn bonus: 240',
                )
            else:
                t = L(
                    srv,
                    t0,
                    "info",
                    "server",
                    '%s\t%s\tstarted game:\t"%s" (%d, %d) with: %s. Settings: map: %s\tera: %s\tXP: %s\tGPV: %s\tfog: %s\tshroud: %s\tobservers: %s\tshuffle: %s\ttimer: %s',
                    f'{host[3]}\t{host[2]}\tstarted game:\t"{gname}" ({g}, {d}) with: {users}. Settings: map: {mp}\tera: {era}\tXP: {r.choice([70, 70, 100])}\tGPV: {r.choice([2, 2, 1])}\tfog: {fog}\tshroud: no\tobservers: yes\tshuffle: {r.choice(["no", "yes"])}\ttimer: no',
                )
            for s_ in obs:
                L(
                    srv,
                    t + sec(r.uniform(10, 600)),
                    "info",
                    "server",
                    '%s\t%s\tjoined game:\t"%s" (%d, %d) as an observer.',
                    f'{s_[3]}\t{s_[2]}\tjoined game:\t"{gname}" ({g}, {d}) as an observer.',
                )
                L(
                    srv,
                    t + sec(r.uniform(700, 900)),
                    "info",
                    "server",
                    '%s\t%s\thas left game:\t"%s" (%d, %d) as an observer.',
                    f'{s_[3]}\t{s_[2]}\thas left game:\t"{gname}" ({g}, {d}) as an observer.',
                )
            te = t + sec(gdur)
            turn = max(3, int(gdur / r.uniform(120, 240)))
            losers = group[1:]
            for s_ in losers:
                te = L(
                    srv,
                    te + sec(r.uniform(1, 20)),
                    "info",
                    "server",
                    '%s\t%s\thas left game:\t"%s" (%d, %d).',
                    f'{s_[3]}\t{s_[2]}\thas left game:\t"{gname}" ({g}, {d}).',
                )
            reason = weighted(r, [(6, "victory"), (2, "defeat"), (2, "")])
            te = L(
                srv,
                te + sec(r.uniform(2, 30)),
                "info",
                "server",
                "%s\t%s\tended game:\t\"%s\" (%d, %d) at turn: %d with reason: '%s'.",
                f"{host[3]}\t{host[2]}\tended game:\t\"{gname}\" ({g}, {d}) at turn: {turn} with reason: '{reason}'.",
            )
            for s_ in group + obs:
                s_[4] = te + sec(60)

    # session ends: logged off (the blip resets connections on 15000)
    for srv in ("15000", "14998"):
        for _st, end, name, ip, _ in sessions[srv]:
            if end >= T_END or (srv == "14998" and end == shut16[0]):
                continue
            if srv == "15000" and abs((end - blip).total_seconds()) < 3:
                end = L(
                    srv,
                    end,
                    "error",
                    "server",
                    "%s\tConnection reset by peer",
                    f"{ip}\tConnection reset by peer",
                )
            L(
                srv,
                end + sec(0.1),
                "info",
                "server",
                "%s\t%s\thas logged off",
                f"{ip}\t{name}\thas logged off",
            )

    # connections that never log in: old clients, 1.16 clients on 15000, closed after the version check
    for t in poisson(r, T0, T_END, 260.0):
        ip = f"{r.choice([41, 79, 86, 95, 178, 190])}.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}"
        kind = weighted(r, [(4, "redirect"), (2, "old"), (3, "closed")])
        if kind == "redirect":
            L(
                "15000",
                t,
                "info",
                "server",
                "%s\tplayer joined using version %s:\tredirecting them to %s:%s",
                f"{ip}\tplayer joined using version 1.16.{r.choice([9, 10, 11, 11])}:\tredirecting them to server.wesnoth.org:14998",
            )
        elif kind == "old":
            srv = r.choice(["15000", "14998"])
            L(
                srv,
                t,
                "info",
                "server",
                "%s\tplayer joined using unknown version %s:\trejecting them",
                f"{ip}\tplayer joined using unknown version {r.choice(['1.14.17', '1.14.7', '1.12.6'])}:\trejecting them",
            )
        else:
            L("15000", t, "info", "server", "%s\tconnection closed", f"{ip}\tconnection closed")

    # statistics every 5 minutes
    for srv in ("15000", "14998"):
        t = T0 + sec(r.uniform(0, 300))
        while t < T_END:
            if not (srv == "14998" and in_any(t, [shut16])):
                users = sum(1 for s_ in sessions[srv] if s_[0] <= t < s_[1])
                games = max(0, users // 3 + r.randrange(-2, 3))
                L(
                    srv,
                    t,
                    "info",
                    "server",
                    "Statistics:\tnumber_of_games = %d\tnumber_of_users = %d",
                    f"Statistics:\tnumber_of_games = {games}\tnumber_of_users = {users}",
                )
            t += sec(300)

    # a broken server.cfg on SIGHUP, then fixed
    t = L(
        "15000",
        at(7, 10, 44),
        "warning",
        "server",
        "SIGHUP caught, reloading config",
        "SIGHUP caught, reloading config",
    )
    L(
        "15000",
        t,
        "error",
        "config",
        "ERROR: Could not read configuration file: '%s': '%s'.",
        "ERROR: Could not read configuration file: '/etc/wesnothd/server.cfg': 'Missing closing tag for tag [redirect] at /etc/wesnothd/server.cfg:31'.",
    )
    t = L(
        "15000",
        at(7, 14, 2),
        "warning",
        "server",
        "SIGHUP caught, reloading config",
        "SIGHUP caught, reloading config",
    )
    L(
        "15000",
        t,
        "info",
        "server",
        "Server configuration from file: '%s' read.",
        "Server configuration from file: '/etc/wesnothd/server.cfg' read.",
    )

    # a password guesser against one registered nick, then the automatic ban
    gip = "45.134.26.71"
    t = guess[0]
    k = 0
    while t < guess[1]:
        t = (
            L(
                "15000",
                t,
                "info",
                "server",
                "%s\tplayer joined using accepted version %s:\ttelling them to log in.",
                f"{gip}\tplayer joined using accepted version 1.18.1:\ttelling them to log in.",
            )
            if k % 4 == 0
            else t
        )
        k += 1
        if k <= 11:
            t = L(
                "15000",
                t + sec(r.uniform(3, 9)),
                "info",
                "server",
                "%s\tLogin attempt with incorrect password for nickname '%s'.",
                f"{gip}\tLogin attempt with incorrect password for nickname 'Ravana'.",
            )
        else:
            t = L(
                "15000",
                t + sec(r.uniform(20, 90)),
                "info",
                "server",
                "%s\trejected banned user. Reason: %s",
                f"{gip}\trejected banned user. Reason: Maximum login attempts exceeded",
            )
        t += sec(r.uniform(2, 40))

    # a player trying the wrong game password
    for tt in (at(8, 12, 33), at(8, 12, 47), at(11, 3, 9)):
        name, ip, _ = r.choice(players)
        L(
            "15000",
            tt,
            "warning",
            "server",
            '%s\t%s\tattempted to join game:\t"%s" (%d) with bad password',
            f'{ip}\t{name}\tattempted to join game:\t"RPG friends only" ({r.choice([48233, 48301, 48911])}) with bad password',
        )

    # the 1.16 instance shut down over its fifo and started again
    t = L(
        "14998",
        shut16[0],
        "info",
        "server",
        "Admin Command: type: %s",
        "Admin Command: type: shut_down now",
    )
    L(
        "14998",
        t,
        "info",
        "server",
        "Server has been shut down: %s",
        "Server has been shut down: shut down by admin command",
    )
    t = L(
        "14998",
        shut16[1],
        "info",
        "server",
        "Server configuration from file: '%s' read.",
        f"Server configuration from file: '{cfgs['14998']}' read.",
    )
    L(
        "14998",
        t,
        "info",
        "server",
        "opened fifo at '%s'. Server commands may be written to this file.",
        f"opened fifo at '{fifos['14998']}'. Server commands may be written to this file.",
    )
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- starbound

SB_NAMES = [
    "Kira",
    "Esther Bright",
    "Nuru",
    "Koichi",
    "Lana Blake",
    "Tonauac",
    "Baron",
    "Ghorv",
    "Zhu",
    "Squiddy",
    "Novakid Ned",
    "Avianna",
    "Floran Fred",
    "Hylotl Hal",
    "Glitch Gus",
    "Apex Ada",
    "Poptop",
    "Spacecowboy",
    "Captain Crunch",
    "Moonbeam",
    "Stardust",
    "Nebula",
    "Comet",
    "Orbit",
    "Vex",
    "Rook",
    "Quasar",
    "Pulsar",
    "Dr. Zoidberg",
    "Mx. Pixel",
    "Sir Beepsalot",
    "Tentacle Tim",
    "Leafy",
    "Thorn",
    "Bramble",
    "Sprout",
    "Gearhead",
    "Bolt",
    "Cog",
    "Sprocket",
    "Wingman",
    "Skye",
    "Talon",
    "Feather",
    "Reef",
    "Coral",
    "Tide",
    "Abyss",
    "Maverick",
    "Jinx",
    "Echo",
    "Nova",
    "Astra",
    "Cosmo",
    "Zenith",
    "Nadir",
    "Vega",
    "Rigel",
    "Sirius",
    "Altair",
]
SB_SYSTEMS = [
    "-461127011:-208474451:-80597504",
    "-461127035:-208474420:-23374311",
    "302166877:-85551913:-56871239",
    "-13:-5:84302288",
    "722118641:-40519133:-71290871",
]


def sb_addr(ip: str) -> str:
    a, b, c, d = (int(x) for x in ip.split("."))
    return f"0000:0000:0000:0000:0000:ffff:{a:02x}{b:02x}:{c:02x}{d:02x}"


SB_LUA_STACK = [
    "[0] 563c2b8f4e91 Star::captureStack()",
    "[1] 563c2b8f3a6d Star::StarException::StarException(char const*, std::exception const&)",
    "[2] 563c2b9a10c2 Star::LuaException::LuaException(std::string const&)",
    "[3] 563c2b9a4d3f Star::LuaEngine::handleError(lua_State*, int)",
    "[4] 563c2b9a8b17 Star::LuaEngine::callFunction(int, int)",
    "[5] 563c2bb70a4e Star::LuaBaseComponent::invoke(Star::String const&)",
    "[6] 563c2bc31d08 Star::Object::update(float, unsigned long)",
    "[7] 563c2bd2f66a Star::WorldServer::update(float)",
    "[8] 563c2bd6e1f9 Star::WorldServerThread::update(Star::WorldServerFidelity)",
    "[9] 563c2bd6f5a0 Star::WorldServerThread::run()",
    "[10] 563c2b8fd234 Star::ThreadImpl::runThread(void*)",
    "[11] 7f3e1c694ac3 start_thread",
]


def starbound(r: random.Random) -> list[Log]:
    """A public modded Starbound 1.4.4 dedicated server (Frackin' Universe), its
    storage/starbound_server.log in Starbound's `[HH:MM:SS.mmm] [Level] ` layout, 06:00 to
    12:00; the server restarted for a mod update at 09:30, so the morning before it is in the
    rotated starbound_server.log.1: players logging in (`UniverseServer: Logged in account '%s'
    as player '%s' from address %s` with the account quoted twice), connecting, warping between
    their ships, planets and the outpost, worlds loading and stopping when idle, chat, ship
    flights, disconnects and the dead connections reaped after them; a mod's Lua script crashing
    a planet at 08:20 and again at 08:34 (`WorldServerThread exception caught:` with the stack,
    `World %s has stopped due to an error`, the players on it kicked to their ships), failed
    account logins, the start-up (Root's asset and database loading) and shutdown, two clients
    losing their connection at 11:05."""
    fs = Files()
    restart = at(9, 30, 5.412)

    def L(t: datetime, level: str, label: str, lines: list[str]) -> datetime:
        fname = "starbound_server.log.1" if t < restart + sec(5) else "starbound_server.log"
        return fs.add(
            fname,
            t,
            label,
            lambda x: [f"[{x:%H:%M:%S}.{ms3(x)}] [{level}] {lines[0]}", *lines[1:]],
            "sb",
            MS,
        )

    players = []
    for n in SB_NAMES:
        ip = f"{r.choice([24, 47, 68, 71, 73, 98, 99, 174])}.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}"
        players.append(
            {
                "name": n,
                "addr": sb_addr(ip),
                "uuid": hexid(r, 32),
                "account": r.random() < 0.5,
                "sys": r.choice(SB_SYSTEMS),
            }
        )
    bad_world = f"CelestialWorld:{SB_SYSTEMS[2]}:4"
    crash_times = [at(8, 20, 41.512), at(8, 34, 9.207)]
    lost = at(11, 5, 12)
    world_last: dict[str, datetime] = {}
    cid = {"n": 0}

    def startup(t: datetime) -> datetime:
        t = L(
            t,
            "Info",
            "Server Version %s (%s) Source ID: %s Protocol: %d",
            [
                "Server Version 1.4.4 (linux x86_64) Source ID: 8cbe6faf22282659828a194e06a08999f213769e Protocol: 747"
            ],
        )
        t = L(t + sec(0.002), "Info", "Root: Preparing Root...", ["Root: Preparing Root..."])
        for what, secs in [
            ("Assets", 14.2),
            ("Configuration", 0.01),
            ("ObjectDatabase", 3.1),
            ("PlantDatabase", 0.2),
            ("ProjectileDatabase", 0.4),
            ("MonsterDatabase", 0.9),
            ("NpcDatabase", 0.5),
            ("ItemDatabase", 6.4),
            ("MaterialDatabase", 0.3),
            ("LiquidsDatabase", 0.02),
            ("BiomeDatabase", 0.7),
            ("DungeonDefinitions", 1.3),
            ("SpeciesDatabase", 0.3),
            ("StatusEffectDatabase", 0.2),
            ("TechDatabase", 0.05),
            ("QuestTemplateDatabase", 0.1),
        ]:
            took = secs * r.uniform(0.8, 1.2)
            t = L(
                t + sec(took),
                "Info",
                "Root: Loaded %s in %s seconds",
                [f"Root: Loaded {what} in {took:.4g} seconds"],
            )
        t = L(t + sec(0.01), "Info", "Root: Done preparing Root.", ["Root: Done preparing Root."])
        t = L(
            t + sec(0.01),
            "Info",
            "UniverseServer: Acquiring universe lock file",
            ["UniverseServer: Acquiring universe lock file"],
        )
        t = L(
            t + sec(0.01),
            "Info",
            "UniverseServer: Loading settings",
            ["UniverseServer: Loading settings"],
        )
        t = L(
            t + sec(0.2),
            "Info",
            "UniverseServer: Starting UniverseServer with UUID: %s",
            ["UniverseServer: Starting UniverseServer with UUID: 4f2d3a9b0c6e41e8a27d5b1c9e0f7a36"],
        )
        return L(
            t + sec(0.3),
            "Info",
            "UniverseServer: listening for incoming TCP connections on %s",
            [
                "UniverseServer: listening for incoming TCP connections on 0000:0000:0000:0000:0000:0000:0000:0000:21025"
            ],
        )

    def world_visit(p: dict, cid_: int, t: datetime, end: datetime) -> tuple[datetime, str]:
        """Warps between ship, planets and the outpost until `end`; returns where the player is."""
        ship = f"ClientShipWorld:{p['uuid']}"
        where = ship
        while True:
            t += sec(r.uniform(90, 1500))
            if t >= end or t >= T_END:
                return t, where
            if abs((t - restart).total_seconds()) < 60:
                continue
            if where == ship:
                dest = weighted(
                    r,
                    [
                        (6, f"CelestialWorld:{p['sys']}:{r.randrange(1, 9)}"),
                        (2, "InstanceWorld:outpost:-:-"),
                        (1, bad_world),
                        (1, "fly"),
                    ],
                )
                if dest == "fly":
                    p["sys"] = r.choice(SB_SYSTEMS)
                    L(
                        t,
                        "Info",
                        "Flying ship for player %d to %s",
                        [f"Flying ship for player {cid_} to {p['sys']}"],
                    )
                    continue
                L(
                    t,
                    "Info",
                    "UniverseServer: Warping player %d to %s",
                    [f"UniverseServer: Warping player {cid_} to {dest}"],
                )
                if dest.startswith("Celestial") and (
                    dest not in world_last or t - world_last[dest] > sec(480)
                ):
                    L(
                        t - sec(0.3),
                        "Info",
                        "UniverseServer: Loading celestial world %s",
                        [f"UniverseServer: Loading celestial world {dest.split(':', 1)[1]}"],
                    )
                where = dest
            else:
                for c in crash_times:
                    if where == bad_world and t - sec(1500) < c < t:
                        where = ship
                        break
                else:
                    L(
                        t,
                        "Info",
                        "UniverseServer: Warping player %d to %s",
                        [f"UniverseServer: Warping player {cid_} to {ship}"],
                    )
                    world_last[where] = t
                    where = ship

    # sessions
    sess_pool = []
    busy: dict[str, list[tuple[datetime, datetime]]] = {}
    for t in poisson(r, T0 - sec(1800), T_END, 52.0):
        dur = min(r.lognormvariate(8.1, 0.8), 5 * 3600)
        p = r.choice(players)
        if not all(e <= t or s >= t + sec(dur) for s, e in busy.get(p["name"], [])):
            continue
        busy.setdefault(p["name"], []).append((t - sec(60), t + sec(dur + 60)))
        sess_pool.append((t, dur, p))
    sess_pool.sort(key=lambda x: x[0])
    for t, dur, p in sess_pool:
        end = t + sec(dur)
        if t < restart < end:
            # the restart: the session ends with the shutdown, the player comes back afterwards
            end = restart - sec(r.uniform(3, 20))
        if t < T0:
            cid_ = r.randrange(1, 12)
        else:
            if t < restart:
                cid["n"] += 1
                cid_ = cid["n"]
            else:
                cid["r"] = cid.get("r", 0) + 1
                cid_ = cid["r"]
            acct = f"'{p['name'].split()[0].lower()}'" if p["account"] else "<anonymous>"
            t1 = L(
                t,
                "Info",
                "UniverseServer: Logged in account '%s' as player '%s' from address %s",
                [
                    f"UniverseServer: Logged in account '{acct}' as player '{p['name']}' from address {p['addr']}"
                ],
            )
            L(
                t1 + sec(r.uniform(0.1, 0.5)),
                "Info",
                "UniverseServer: Loading client ship world %s",
                [f"UniverseServer: Loading client ship world ClientShipWorld:{p['uuid']}"],
            )
            t1 = L(
                t1 + sec(r.uniform(0.6, 1.4)),
                "Info",
                "UniverseServer: Client '%s' <%d> (%s) connected",
                [f"UniverseServer: Client '{p['name']}' <{cid_}> ({p['addr']}) connected"],
            )
            L(
                t1 + sec(r.uniform(0.02, 0.2)),
                "Info",
                "UniverseServer: Warping player %d to %s",
                [f"UniverseServer: Warping player {cid_} to ClientShipWorld:{p['uuid']}"],
            )
        _t_end, where = world_visit(p, cid_, max(t, T0), end)
        for _ in range(weighted(r, [(3, 0), (3, 1), (2, 3), (1, 6)])):
            tc = t + sec(r.uniform(30, dur))
            if T0 < tc < min(end, T_END):
                L(
                    tc,
                    "Info",
                    "Chat: <%s> %s",
                    [
                        f"Chat: <{p['name']}> {r.choice(['hi', 'anyone got spare pixels?', 'brb', 'omw to the outpost', 'gg', 'where is the ark', 'this planet is toxic lol', 'lag', 'need titanium', 'back', 'nice base', 'lol', 'invite me to your ship', 'ty'])}"
                    ],
                )
        if end >= T_END or end < T0:
            continue
        if abs((end - restart).total_seconds()) < 25:
            continue
        if lost <= end < lost + sec(60) or (t < lost < end and r.random() < 0.4):
            end = lost + sec(r.uniform(0, 20))
            t1 = L(
                end,
                "Info",
                "UniverseServer: Client '%s' <%d> (%s) connection lost",
                [f"UniverseServer: Client '{p['name']}' <{cid_}> ({p['addr']}) connection lost"],
            )
            t1 = L(
                t1 + sec(0.02),
                "Info",
                "UniverseServer: Client '%s' <%d> (%s) disconnected for reason: Disconnected due to connection lost",
                [
                    f"UniverseServer: Client '{p['name']}' <{cid_}> ({p['addr']}) disconnected for reason: Disconnected due to connection lost"
                ],
            )
        else:
            t1 = L(
                end,
                "Info",
                "UniverseServer: Client '%s' <%d> (%s) disconnected for reason: ",
                [
                    f"UniverseServer: Client '{p['name']}' <{cid_}> ({p['addr']}) disconnected for reason: "
                ],
            )
        L(
            t1 + sec(r.uniform(0.5, 2.5)),
            "Info",
            "UniverseServer: Reaped %d dead connections",
            ["UniverseServer: Reaped 1 dead connections"],
        )
        if where.startswith("Celestial") or where.startswith("Instance"):
            world_last[where] = end
    # idle worlds stop a while after their last player left
    for w, tl in sorted(world_last.items(), key=lambda x: x[1]):
        ts_ = tl + sec(r.uniform(30, 90))
        if T0 < ts_ < T_END and not (restart - sec(60) < ts_ < restart + sec(60)):
            L(
                ts_,
                "Info",
                "UniverseServer: Stopping idle world %s",
                [f"UniverseServer: Stopping idle world {w}"],
            )
    # the mod's Lua script crashes the planet twice
    for k, c in enumerate(crash_times):
        if k:
            L(
                c - sec(r.uniform(20, 40)),
                "Info",
                "UniverseServer: Loading celestial world %s",
                [f"UniverseServer: Loading celestial world {bad_world.split(':', 1)[1]}"],
            )
        t = L(
            c,
            "Error",
            "WorldServerThread exception caught: %s",
            [
                "WorldServerThread exception caught: (LuaException) Error code 2, [string \"/objects/power/fu_fissionreactor/fu_fissionreactor.lua\"]:118: attempt to perform arithmetic on a nil value (field '?')",
                *SB_LUA_STACK,
            ],
        )
        t = L(
            t + sec(0.05),
            "Error",
            "UniverseServer: World %s has stopped due to an error",
            [f"UniverseServer: World {bad_world} has stopped due to an error"],
        )
        n = 3 - k
        t = L(
            t + sec(0.02),
            "Info",
            "UniverseServer: World %s shutdown, kicking %d players to their own ships",
            [f"UniverseServer: World {bad_world} shutdown, kicking {n} players to their own ships"],
        )
        for p in r.sample(players, n):
            t = L(
                t + sec(0.03),
                "Info",
                "UniverseServer: Warping player %d to %s",
                [
                    f"UniverseServer: Warping player {r.randrange(1, 30)} to ClientShipWorld:{p['uuid']}"
                ],
            )
    # failed logins with an account that does not exist
    for tt in (at(7, 21, 3), at(7, 21, 19), at(7, 21, 48), at(10, 2, 55)):
        L(
            tt,
            "Warn",
            "UniverseServer: Login attempt failed with account '%s' as player '%s' from address %s, error: No such account '%s' or incorrect password",
            [
                f"UniverseServer: Login attempt failed with account ''admin'' as player 'Sparky' from address {sb_addr('193.32.162.20')}, error: No such account 'admin' or incorrect password"
            ],
        )
    # restart for the mod update
    L(restart, "Info", "Server shutdown gracefully", ["Server shutdown gracefully"])
    startup(restart + sec(9.8))
    return fs.logs(T0)


SYSTEMS = {
    "ngircd": ngircd,
    "bungeecord": bungeecord,
    "veloren": veloren,
    "wesnoth": wesnoth,
    "starbound": starbound,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
