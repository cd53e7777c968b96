#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 181 (inspircd, unrealircd, ergo, spire, cortex) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Three IRC servers, a SPIFFE server with its agents
and a multi-tenant Prometheus store, 06:00 to 12:00 on 2024-06-07. None of the five was in the
set.

- InspIRCd 3.17 on two linked servers (`irc1-ircd.log`: the hub irc1.example.net, most users;
  `irc2-ircd.log`: the leaf irc2.example.net), each's `<log method="file" type="* -USERINPUT
  -USEROUTPUT">`: FileLogStream's `%a %b %d %Y %H:%M:%S TYPE: text`, a server notice logged
  with its snomask's description as the type (`CONNECT`, `QUIT`, `REMOTECONNECT`,
  `REMOTEQUIT`, `ANNOUNCEMENT`, `XLINE`, `LINK`, `OPER`, `DNSBL`), `CONFIG` and `STARTUP`.
  Users come and go all morning (`Client connecting on port %d (class %s): %s (%s) [%s\\x0F]`
  and `Client exiting: %s (%s) [%s]` on their server, `Client connecting at %s: ...` and
  `Client exiting on server %s: ...` on the other, the quit reason's own format: `Quit: %s`,
  `Ping timeout: %d seconds`, `Connection reset by peer`); logrotate's SIGHUP at 06:25
  (`Rehashing due to SIGHUP`); a botnet's connect flood on irc1 at 07:10 (m_connectban's
  `%s added a timed Z-line on %s, expires in %s (on %s): %s`, `Connect flooding from IP range
  %s (%d)`, irc2's `REMOTEXLINE` written by spanningtree's own format, the registered bots
  quit `Z-lined: %s`, the Z-line expiring at 08:11 on both), an oper opering up (`%s (%s@%s) is
  now a server operator of type %s (using oper '%s')`, irc2's `From %s: User %s (%s@%s) is now
  ...`); DNSBL hits 07:40-08:20; the link timing out at 08:40 (`Server
  \\x02%s\\x02 split: Ping timeout`, `Netsplit complete, lost \\x02%u\\x02 users on \\x02%u\\x02
  server.`, irc2's `AUTOCONNECT` and `Connection to '\\x02%s\\x02' failed with error: Connection
  timed out` until 08:49, the bursts); a connect class edited with a bad value at 09:31
  (`WARNING: <%s:%s> value of %ld is not between %ld and %ld; set to %ld.`); irc2 upgraded at
  10:45 (`Server shutdown` quits, the split on irc1, `Startup complete as '%s'[%s], %lu max open
  sockets`, the relink).
- UnrealIRCd 6.1 on two linked servers (`hub-ircd.log`: irc.example.org, with services;
  `leaf-ircd.log`: irc2.example.org), the default text log: `[%s] %s %s.%s %s: %s`, ctime's
  date, the server the event comes from, subsystem, event id and level: `LOCAL_CLIENT_CONNECT`
  / `REMOTE_CLIENT_CONNECT` (`Client connecting: $client ($client.user.username@$client.hostname)
  [$client.ip] $extended_client_info`, the vhost, class, TLS cipher, account, reputation and
  security groups in brackets) and the disconnects with their reason; a spambot wave on the hub
  07:05-07:40 (`[Spamfilter] ... matches filter ...`, `$tkl.type_string added: ...` on both
  servers, the bots quitting with the G-line reject message); DroneBL hits on the leaf 08:00-09:00
  (`[Blacklist] IP %s matches blacklist %s (%s/reply=%d)`, Global Z-Lines that expire an hour
  later) and connthrottle's reports; the link pinging out at 09:20 (`Lost server link to ...:
  No response (Ping timeout)`, every user of the other side exiting with `%s %s`, the leaf's
  `Trying to activate link ...` and `Connect timeout ...` until 09:26, `Server linked: %s -> %s
  [secure: %s]`); an oper refused on plaintext and then opering over TLS and killing a troll; a
  bad rehash at 10:50 (`Rehashing server configuration file [by: %s]`, `Loading IRCd
  configuration..`, `%s:%d: Unknown %s option '%s'`, `IRCd configuration failed to load`) and
  the good one; the leaf crashing at 11:20 and coming back (`UnrealIRCd started.`).
- Ergo 2.13 (`ircd.log`: its file logger, `%s : %-5s : %-10s : ` then the message's parts
  joined by ` : `), behind nginx for its websocket listener, with MySQL history: each
  connection's `connect-ip` line (`Client connecting: real IP %v, proxied IP %v`), `connect`
  (`Client connected [%s] [u:%s] [r:%s]`), `accounts` (`client : %s : logged into account : %s`)
  and `quit` (`%s is no longer on the server`), scanners that never register, the hourly
  always-on checks, a connection flood at 06:40 (`Client exceeded connection throttle : %s`,
  `Client rejected for connection limit : %s`), MySQL restarted 08:05-08:09 (`could not insert
  item : %s`, `could not select history items : %s`), a client panicking the server at 09:10
  (`Client caused panic: %v` with the goroutine's stack on the lines below, `Disconnecting
  client and attempting to recover`), a bad rehash at 09:45 (`failed to load config file :
  yaml: line %d: ...`) and the good one, an upgrade at 11:00 (`%s exiting`, `%s starting`, the
  listeners).
- SPIRE 1.9 on Kubernetes (`spire-server-0.log`: the server at DEBUG; `spire-agent-*.log`: the
  agents on three nodes): logrus text (`time="..." level=info msg="..." key=value ...`, the keys
  sorted): the agents' `Renewing X509-SVID` every 15 minutes per workload and the server's
  `Signed X509 SVID` for each, `Renewing agent SVID`, the Postgres failover at 07:20 (`Failed
  to fetch agent`, the agents' `Could not rotate agent SVID`), node-b rebooted at 08:45 (the
  agent's start-up: `Current umask %#04o is too permissive; setting umask %#04o`, `Starting
  agent with data directory: %q`, `Plugin loaded`, `SVID is not found. Starting node
  attestation`, `Node attestation was successful`, `Creating X509-SVID` per entry; the server's
  `Agent attestation request completed`), a deployment without a registration entry
  09:00-09:40 (`No identity issued`), the CA's next authority prepared at 09:20, the server
  upgraded at 10:30 (the agents' `Synchronize failed` while it is away, its start-up).
- Cortex 1.17 in microservices mode (`cortex-distributor-*.log`, `cortex-ingester-{0,1,2}.log`,
  `cortex-query-frontend-*.log`, `cortex-store-gateway-0.log`, `cortex-compactor-0.log`): go-kit
  logfmt, `level=%s ts=%s caller=file.go:line`, the tenant's `org_id` and the call's keys:
  `push refused` for a tenant whose agents send out-of-order and too-old samples all morning,
  `push error` while two ingesters are down at 09:40, the ingesters' head compactions every two
  hours (TSDB's `write block`, `Head GC completed`, `Creating checkpoint`, `WAL checkpoint
  complete`, the shipper's `upload new block`), ingester-1 killed at 09:40 and replaying its WAL
  (`Starting Cortex`, `opening existing TSDBs`, `Replaying WAL, this may take a while`, `WAL
  segment loaded`, `WAL replay completed`, ...), the compactor's hourly runs, the
  store-gateways' syncs, slow queries, and a store-gateway panicking at 10:55 (Go's own `panic:`
  output with its goroutine stack, then the restart).

Label notes. The log heads are context: InspIRCd's date and type (a snomask's description,
`REMOTE` before it on the other server), UnrealIRCd's date, server, subsystem, event id and
level, Ergo's date, level and category, logrus's time and level, go-kit's level, ts and caller.
A server notice sent network-wide (`WriteGlobalSno`) is written on the other server from the
same format; a line the other server writes from its own code (InspIRCd's `REMOTEXLINE`,
spanningtree's `ADDLINE` handler: `%s added a timed %s%s on %s, expires in %s (on %s): %s`) is
labelled with that code's format. A quit reason, a split reason, an error after `failed with
error: ` or after `mysql`'s context is a message of its own and contributes its format; a
user's quit text and a realname are values. A word picked by branch (`users` / `user`,
`msecs` / `secs`, InspIRCd's `-Line`) is wording. UnrealIRCd's `$var` messages are formats
with `%s` where the variables are; `$extended_client_info` is one value (the bracketed items
a module adds), a literal reason passed to the log call (`[reason: Not using TLS]`) is wording.
Ergo's message parts are the format's pieces joined by ` : ` (`client : %s : logged into
account : %s`); a panic's value is the runtime error's format; the goroutine stack below it
continues the event. logrus's and go-kit's fields are attributes: the message alone is the
label (`Synchronize failed`, `push refused`), and a `Warnf`/`Infof` message's variables are
values. Go's `panic: ` line is the runtime's format and its stack continues the event.

Least sure (written from the helper's knowledge; InspIRCd's FileLogStream, snomask, connect,
quit, connectban, dnsbl, oper, rehash, xline expiry and spanningtree link messages,
UnrealIRCd's log writer and its connect, disconnect, tkl, spamfilter, oper, link, config and
connthrottle messages, Ergo's logger and its connect, quit, accounts, server, listener, mysql and
panic messages, and SPIRE's agent and server messages were checked against copies of their
sources): InspIRCd's `DNSBL` snomask name, the Z-line expiry's wording in 3.17 and the `1048576`
socket count; UnrealIRCd's `Connection reset by peer` / `Connection closed` quit texts, the
order of the extended client info items (reputation before security groups), that a remote
TKL is written on the receiving server, and the crash's `Lost server link ...: Connection
closed`; Ergo's `%s starting` line and the always-on check's interval; SPIRE's `Could not rotate
agent SVID`, the server's `Data directory: %q` and SQL start-up lines, which fields each line
carries; Cortex's caller line numbers, `opening existing TSDBs`, `Cortex started`, the
compactor's messages and the distributor's `push refused` / `push error` split.
"""

from __future__ import annotations

import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round55 import poisson
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any

# ----------------------------------------------------------------------------- IRC people

IRC_BASES = [
    "alice",
    "bob",
    "carol",
    "dave",
    "erin",
    "frank",
    "grace",
    "heidi",
    "ivan",
    "judy",
    "mallory",
    "niaj",
    "olivia",
    "peggy",
    "rupert",
    "sybil",
    "trent",
    "victor",
    "walter",
    "yuki",
    "zoe",
    "anders",
    "birgit",
    "chen",
    "dimitri",
    "elif",
    "fatima",
    "goran",
    "hamid",
    "ines",
    "jarek",
    "kalle",
    "lena",
    "marek",
    "noor",
    "oskar",
    "pia",
    "quentin",
    "rosa",
    "sanna",
    "tomas",
    "ulla",
    "vesna",
    "wiktor",
    "xenia",
    "yannick",
    "zeynep",
    "arvid",
    "bea",
    "cosmo",
    "dorian",
    "esko",
    "fenna",
    "gunnar",
    "hilde",
    "ilja",
    "jonna",
    "kasimir",
    "liv",
    "mads",
    "nele",
    "otto",
    "paavo",
    "rike",
    "sven",
    "tilda",
    "uwe",
    "vera",
    "wendel",
    "ylva",
    "zarah",
    "kestrel",
    "ferret",
    "moth",
    "quokka",
    "tanuki",
    "lynx",
    "wombat",
    "pelican",
    "heron",
    "otter",
    "badger",
    "marten",
    "stoat",
    "gecko",
    "newt",
]
IRC_SUFFIX = ["", "", "", "", "_", "|work", "|afk", "`", "2", "_"]
REALNAMES = [
    "Alice Liddell",
    "realname",
    "...",
    "Bob",
    "https://thelounge.chat",
    "Kiwi IRC User",
    "WeeChat user",
    "Grace H.",
    "irssi",
    "*Unknown*",
    "Hexchat",
    "ducks are neat",
    "Dimitri K",
    "Elif",
    "Konversation User",
    "Lena from Leipzig",
    "Marek",
    "Noor",
    "Oskar P",
    "sic transit",
    "Textual User",
    "Quassel IRC",
    "sanna",
    "T. Novak",
]
QUIT_MSGS = [
    "Leaving",
    "leaving",
    "Bye",
    "bbl",
    "WeeChat 4.2.1",
    "WeeChat 4.3.0",
    "Konversation terminated!",
    "Leaving.",
    "The Lounge - https://thelounge.chat",
    "Client closed",
    "Remote host closed the connection",
    "brb, rebooting",
    "gn8",
    "Textual IRC Client: www.textualapp.com",
    "ZNC 1.8.2+deb3.1 - https://znc.in",
    "Quassel - IRC made easy",
    "Page closed",
    "off to lunch",
    "later all",
    "",
]
ISP_SUFFIXES = [
    ("dip0.t-ipconnect.de", "p{a:x}{b:02x}{c:02x}{d:02x}"),
    ("dynamic.kabel-deutschland.de", "ip-{a}-{b}-{c}-{d}"),
    ("cable.virginm.net", "cpc{n}-live{m}-2-0-cust{d}"),
    ("dsl.telesp.net.br", "{a}-{b}-{c}-{d}"),
    ("bb.sky.com", "host-{a}-{b}-{c}-{d}"),
    ("res.spectrum.com", "syn-{a:03d}-{b:03d}-{c:03d}-{d:03d}"),
    ("fibertel.com.ar", "{d}-{c}-{b}-{a}"),
    ("customer.example-isp.nl", "{a}-{b}-{c}-{d}"),
]


def irc_ip(r: random.Random) -> str:
    if r.random() < 0.12:
        groups = ":".join(f"{int(hexid(r, 4), 16):x}" for _ in range(6))
        return f"2a02:{r.choice(['8108', '8071', '810d', '2f0e'])}:{groups}"
    return f"{r.choice([77, 84, 87, 91, 93, 176, 178, 188, 189, 213])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def irc_host(r: random.Random, ip: str) -> str:
    if ":" in ip or r.random() < 0.25:
        return ip
    a, b, c, d = (int(x) for x in ip.split("."))
    suffix, pat = r.choice(ISP_SUFFIXES)
    return pat.format(a=a, b=b, c=c, d=d, n=r.randint(10, 99), m=r.randint(1, 9)) + "." + suffix


class IrcUser:
    """One regular of the network: a nick, ident, host, a home server and a habit."""

    def __init__(self, r: random.Random, base: str, servers: list[str], weights: list[float]):
        self.nick = base + r.choice(IRC_SUFFIX)
        self.ident = ("~" if r.random() < 0.6 else "") + base[:10]
        self.ip = irc_ip(r)
        self.host = irc_host(r, self.ip)
        self.realname = r.choice(REALNAMES) if r.random() < 0.7 else base.capitalize()
        self.server = r.choices(servers, weights)[0]
        self.habit = r.choices(["always", "casual", "mobile"], [0.25, 0.45, 0.3])[0]
        self.tls = r.random() < 0.7
        self.quit_msg = r.choice(QUIT_MSGS)


def irc_sessions(
    r: random.Random, u: IrcUser, down: list[tuple[datetime, datetime]]
) -> list[tuple[datetime, datetime | None, str]]:
    """The user's sessions, (start, end or None when still on at noon, how it ends: `quit`,
    `ping`, `reset`, `down` for a server going away under it)."""
    out: list[tuple[datetime, datetime | None, str]] = []
    if u.habit == "always":
        t = T0 + sec(r.uniform(0, 3600)) if r.random() < 0.5 else None
        if t is None:
            # connected since yesterday: only a reconnect or two today
            t = T0 + sec(r.uniform(1200, 19000))
            out.append((T0 - sec(3600), t, r.choice(["ping", "reset", "quit"])))
            t += sec(r.uniform(20, 300))
        stay = (9000, 22000)
        gap = (60, 900)
    elif u.habit == "casual":
        t = T0 + sec(r.uniform(0, 5400))
        stay = (600, 5400)
        gap = (300, 3600)
    else:
        t = T0 + sec(r.uniform(0, 2400))
        stay = (120, 1500)
        gap = (300, 2400)
    while t < T_END:
        if in_any(t, down):
            t = next(b for a, b in down if a <= t < b) + sec(r.uniform(10, 240))
            continue
        end = t + sec(r.uniform(*stay))
        cut = next((a for a, b in down if t < a < end), None)
        if cut is not None:
            out.append((t, cut, "down"))
            t = next(b for a, b in down if a == cut) + sec(r.uniform(15, 300))
            continue
        if end >= T_END:
            out.append((t, None, ""))
            break
        kind = r.choices(["quit", "ping", "reset"], [0.5, 0.28, 0.22])[0]
        if u.habit == "mobile":
            kind = r.choices(["quit", "ping", "reset"], [0.2, 0.45, 0.35])[0]
        out.append((t, end, kind))
        t = end + sec(r.uniform(*gap))
    return out


def irc_bases(r: random.Random, extra: int) -> list[str]:
    """The network's regulars: every base name, and `extra` more with a number."""
    return IRC_BASES + [b + str(r.randint(1, 99)) for b in r.sample(IRC_BASES, extra)]


def bot_nick(r: random.Random) -> str:
    return "".join(r.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(r.randint(5, 9)))


# -------------------------------------------------------------------------------- inspircd

IN_NAME = {"irc1": "irc1.example.net", "irc2": "irc2.example.net"}
IN_IP = {"irc1": "192.0.2.10", "irc2": "192.0.2.11"}
IN_SID = {"irc1": "01A", "irc2": "02B"}
IN_ZLINE_REASON = "Your IP range has been attempting to connect too many times in too short a duration. Wait a while, and you will be able to connect."


def in_time(t: datetime) -> str:
    return f"{t:%a %b %d %Y %H:%M:%S}"


def inspircd(r: random.Random) -> list[Log]:
    """Two InspIRCd 3.17 servers linked hub-and-leaf, 06:00 to 12:00: user churn on both,
    logrotate's SIGHUP at 06:25, a connect flood on irc1 at 07:10 (a Z-line), DNSBL
    hits 07:40-08:20, the link timing out 08:40-08:49, a bad connect class at 09:31, irc2
    upgraded at 10:45."""
    fs = Files()
    proc = {"irc1": ("irc1", 1), "irc2": ("irc2", 1)}
    other = {"irc1": "irc2", "irc2": "irc1"}

    def L(h: str, t: datetime, typ: str, label: str, msg: str) -> datetime:
        p = proc[h]
        return fs.add(
            f"{h}-ircd.log",
            t,
            label,
            lambda x: [f"{in_time(x)} {typ}: {msg}"],
            p,
            1_000_000,
        )

    split = (at(8, 40, 17), at(8, 49, 31))
    restart = (at(10, 45, 5), at(10, 45, 41))
    relink2 = at(10, 45, 43)

    def linked(t: datetime) -> bool:
        return not (split[0] <= t < split[1] or restart[0] <= t < relink2 + sec(1))

    reasons = {
        "quit": "Quit: %s",
        "ping": "Ping timeout: %d seconds",
        "reset": "Connection reset by peer",
        "down": "Server shutdown",
    }

    def reason_text(u: IrcUser, kind: str) -> str:
        if kind == "quit":
            return f"Quit: {u.quit_msg}"
        if kind == "ping":
            return f"Ping timeout: {r.choice([120, 120, 120, 121, 240])} seconds"
        return reasons[kind]

    def connect(
        h: str,
        t: datetime,
        nick: str,
        ident: str,
        host: str,
        ip: str,
        real: str,
        port: int,
        cls: str,
    ) -> None:
        full = f"{nick}!{ident}@{host}"
        t = L(
            h,
            t,
            "CONNECT",
            "Client connecting on port %d (class %s): %s (%s) [%s\x0f]",
            f"Client connecting on port {port} (class {cls}): {full} ({ip}) [{real}\x0f]",
        )
        if linked(t):
            L(
                other[h],
                t + sec(r.uniform(0.02, 0.3)),
                "REMOTECONNECT",
                "Client connecting at %s: %s (%s) [%s\x0f]",
                f"Client connecting at {IN_NAME[h]}: {full} ({ip}) [{real}\x0f]",
            )

    def quit_(
        h: str, t: datetime, nick: str, ident: str, host: str, ip: str, rlabel: str, rtext: str
    ) -> None:
        full = f"{nick}!{ident}@{host}"
        t = L(
            h,
            t,
            "QUIT",
            f"Client exiting: %s (%s) [{rlabel}]",
            f"Client exiting: {full} ({ip}) [{rtext}]",
        )
        if linked(t) or rlabel == "Server shutdown":
            L(
                other[h],
                t + sec(r.uniform(0.02, 0.3)),
                "REMOTEQUIT",
                f"Client exiting on server %s: %s (%s) [{rlabel}]",
                f"Client exiting on server {IN_NAME[h]}: {full} ({ip}) [{rtext}]",
            )

    users = [IrcUser(r, b, ["irc1", "irc2"], [0.68, 0.32]) for b in irc_bases(r, 30)]
    online_at: dict[str, list[tuple[datetime, datetime]]] = {"irc1": [], "irc2": []}
    for u in users:
        down = [restart] if u.server == "irc2" else []
        for s, e, kind in irc_sessions(r, u, down):
            online_at[u.server].append((s, e or T_END + sec(1)))
            port = 6697 if u.tls else 6667
            if s >= T0:
                connect(u.server, s, u.nick, u.ident, u.host, u.ip, u.realname, port, "main")
            if e is None:
                continue
            if kind == "quit" and not u.quit_msg:
                kind = "ping"
            quit_(
                u.server,
                e if kind != "down" else e + sec(r.uniform(0, 0.5)),
                u.nick,
                u.ident,
                u.host,
                u.ip,
                reasons[kind],
                reason_text(u, kind),
            )

    def users_on(h: str, t: datetime) -> int:
        return sum(1 for s, e in online_at[h] if s <= t < e)

    # logrotate's SIGHUP, then the rehash announced network-wide
    for h in ["irc1", "irc2"]:
        t = at(6, 25, 2) + sec(r.uniform(0, 1.5))
        t = L(h, t, "ANNOUNCEMENT", "Rehashing due to SIGHUP", "Rehashing due to SIGHUP")
        L(
            other[h],
            t + sec(0.1),
            "REMOTEANNOUNCEMENT",
            "Rehashing due to SIGHUP",
            "Rehashing due to SIGHUP",
        )

    # the connect flood on irc1
    zset = at(7, 11, 40)
    t = at(7, 10, 21)
    bots = []
    for _i in range(14):
        ip = f"198.51.100.{r.randint(2, 250)}"
        nick, ident = bot_nick(r), bot_nick(r)[:6]
        real = bot_nick(r).capitalize() + " " + bot_nick(r)
        if t < zset:
            connect("irc1", t, nick, ident, ip, ip, real, 6667, "main")
            bots.append((nick, ident, ip))
        t += sec(r.uniform(3, 9))
    t = L(
        "irc1",
        zset,
        "XLINE",
        "%s added a timed Z-line on %s, expires in %s (on %s): %s",
        f"m_connectban@irc1.example.net added a timed Z-line on 198.51.100.0/24, expires in 1h (on {in_time(zset + sec(3600))}): {IN_ZLINE_REASON}",
    )
    L(
        "irc2",
        zset + sec(0.2),
        "REMOTEXLINE",
        "%s added a timed %s%s on %s, expires in %s (on %s): %s",
        f"m_connectban@irc1.example.net added a timed Z-line on 198.51.100.0/24, expires in 1h (on {in_time(zset + sec(3600))}): {IN_ZLINE_REASON}",
    )
    t = L(
        "irc1",
        t + sec(0.01),
        "ANNOUNCEMENT",
        "Connect flooding from IP range %s (%d)",
        "Connect flooding from IP range 198.51.100.0/24 (10)",
    )
    L(
        "irc2",
        t + sec(0.2),
        "REMOTEANNOUNCEMENT",
        "Connect flooding from IP range %s (%d)",
        "Connect flooding from IP range 198.51.100.0/24 (10)",
    )
    for nick, ident, ip in bots:
        quit_(
            "irc1",
            zset + sec(0.05),
            nick,
            ident,
            ip,
            ip,
            "Z-lined: %s",
            f"Z-lined: {IN_ZLINE_REASON}",
        )
    for h in ["irc1", "irc2"]:
        L(
            h,
            zset + sec(3601 + r.uniform(0, 0.8)),
            "XLINE",
            "Removing expired %s%s %s (set by %s %ld seconds ago)",
            "Removing expired Z-Line 198.51.100.0/24 (set by m_connectban@irc1.example.net 3601 seconds ago)",
        )
    # an oper comes to look
    t = L(
        "irc1",
        at(7, 14, 8),
        "OPER",
        "%s (%s@%s) is now a server operator of type %s (using oper '%s')",
        "sadie (sadie@staff.example.net) is now a server operator of type NetAdmin (using oper 'sadie')",
    )
    L(
        "irc2",
        t + sec(0.2),
        "REMOTEOPER",
        "From %s: User %s (%s@%s) is now a server operator of type %s",
        "From irc1.example.net: User sadie (sadie@staff.example.net) is now a server operator of type NetAdmin",
    )
    # DNSBL hits
    for t in poisson(r, at(7, 40), at(8, 20), 160):
        h = r.choices(["irc1", "irc2"], [0.6, 0.4])[0]
        ip = irc_ip(r)
        nick = r.choice([bot_nick(r), bot_nick(r) + str(r.randint(10, 99))])
        msg = f"Connecting user {nick}!~{bot_nick(r)[:7]}@{ip} ({ip}) detected as being on the 'DroneBL' DNS blacklist with result {r.choice([3, 6, 13, 13, 17])}"
        t = L(
            h,
            t,
            "DNSBL",
            "Connecting user %s (%s) detected as being on the '%s' DNS blacklist with result %d",
            msg,
        )
        if linked(t):
            L(
                other[h],
                t + sec(0.2),
                "REMOTEDNSBL",
                "Connecting user %s (%s) detected as being on the '%s' DNS blacklist with result %d",
                msg,
            )

    # the link times out
    for h in ["irc1", "irc2"]:
        t = L(
            h,
            split[0] + sec(r.uniform(0, 0.5)),
            "LINK",
            "Server \x02%s\x02 split: Ping timeout",
            f"Server \x02{IN_NAME[other[h]]}\x02 split: Ping timeout",
        )
        n = users_on(other[h], split[0])
        L(
            h,
            t + sec(0.01),
            "LINK",
            "Netsplit complete, lost \x02%u\x02 users on \x02%u\x02 server.",
            f"Netsplit complete, lost \x02{n}\x02 user{'s' if n != 1 else ''} on \x021\x02 server.",
        )
    t = split[0] + sec(60)
    while t < split[1] - sec(30):
        t = L(
            "irc2",
            t,
            "LINK",
            "AUTOCONNECT: Auto-connecting server \x02%s\x02",
            "AUTOCONNECT: Auto-connecting server \x02irc1.example.net\x02",
        )
        L(
            "irc2",
            t + sec(10),
            "LINK",
            "Connection to '\x02%s\x02' failed with error: Connection timed out",
            "Connection to '\x02irc1.example.net\x02' failed with error: Connection timed out",
        )
        t += sec(60)

    def relink(t: datetime) -> None:
        t = L(
            "irc2",
            t,
            "LINK",
            "AUTOCONNECT: Auto-connecting server \x02%s\x02",
            "AUTOCONNECT: Auto-connecting server \x02irc1.example.net\x02",
        )
        t = L(
            "irc2",
            t + sec(0.05),
            "LINK",
            "Connection to \x02%s\x02[%s] started.",
            "Connection to \x02irc1.example.net\x02[192.0.2.10] started.",
        )
        L(
            "irc1",
            t + sec(0.4),
            "LINK",
            "Received end of netburst from \x02%s\x02 (burst time: %lu msecs)",
            f"Received end of netburst from \x02irc2.example.net\x02 (burst time: {r.randint(90, 400)} msecs)",
        )
        L(
            "irc2",
            t + sec(0.5),
            "LINK",
            "Received end of netburst from \x02%s\x02 (burst time: %lu msecs)",
            f"Received end of netburst from \x02irc1.example.net\x02 (burst time: {r.randint(150, 700)} msecs)",
        )

    relink(split[1] - sec(1))

    # a connect class edited with a bad value, and fixed
    for t, bad in [(at(9, 31, 12), True), (at(9, 52, 40), False)]:
        t = L("irc1", t, "ANNOUNCEMENT", "Rehashing due to SIGHUP", "Rehashing due to SIGHUP")
        L(
            "irc2",
            t + sec(0.2),
            "REMOTEANNOUNCEMENT",
            "Rehashing due to SIGHUP",
            "Rehashing due to SIGHUP",
        )
        if bad:
            L(
                "irc1",
                t + sec(0.1),
                "CONFIG",
                "WARNING: <%s:%s> value of %ld is not between %ld and %ld; set to %ld.",
                "WARNING: <connect:threshold> value of 0 is not between 1 and 4294967295; set to 10.",
            )

    # irc2 upgraded
    t = L(
        "irc2",
        at(10, 40, 31),
        "OPER",
        "%s (%s@%s) is now a server operator of type %s (using oper '%s')",
        "jonas (jonas@staff.example.net) is now a server operator of type NetAdmin (using oper 'jonas')",
    )
    L(
        "irc1",
        t + sec(0.2),
        "REMOTEOPER",
        "From %s: User %s (%s@%s) is now a server operator of type %s",
        "From irc2.example.net: User jonas (jonas@staff.example.net) is now a server operator of type NetAdmin",
    )
    down_at = restart[0] + sec(40)
    t = L(
        "irc1",
        down_at,
        "LINK",
        "Connection to '\x02%s\x02' failed with error: Connection closed",
        "Connection to '\x02irc2.example.net\x02' failed with error: Connection closed",
    )
    t = L(
        "irc1",
        t + sec(0.01),
        "LINK",
        "Server \x02%s\x02 split: Connection closed",
        "Server \x02irc2.example.net\x02 split: Connection closed",
    )
    L(
        "irc1",
        t + sec(0.01),
        "LINK",
        "Netsplit complete, lost \x02%u\x02 users on \x02%u\x02 server.",
        "Netsplit complete, lost \x020\x02 users on \x021\x02 server.",
    )
    proc["irc2"] = ("irc2", 2)
    L(
        "irc2",
        restart[1],
        "STARTUP",
        "Startup complete as '%s'[%s], %lu max open sockets",
        "Startup complete as 'irc2.example.net'[02B], 1048576 max open sockets",
    )
    relink(relink2)
    return fs.logs(T0)


# ------------------------------------------------------------------------------ unrealircd

UN_NAME = {"hub": "irc.example.org", "leaf": "irc2.example.org"}
UN_IP = {"hub": "192.0.2.20", "leaf": "192.0.2.21"}
UN_CIPHERS = [
    "TLSv1.3-TLS_AES_256_GCM_SHA384",
    "TLSv1.3-TLS_CHACHA20_POLY1305_SHA256",
    "TLSv1.2-ECDHE-RSA-AES256-GCM-SHA384",
]
UN_SPAM = [
    "FREE BITCOIN GIVEAWAY!!! visit hxxp://btc-double.example/claim",
    "hey, check out my pics at hxxp://cutegirls.example/?id=88",
    "Join #freecrypto for 10x gains, limited slots",
]


def un_time(t: datetime) -> str:
    return f"{t:%a %b} {t.day:2d} {t:%H:%M:%S %Y}"


def un_cloak(r: random.Random, host: str, ip: str) -> str:
    if host == ip:
        return ".".join(hexid(r, 8).upper() for _ in range(3)) + ".IP"
    return f"Clk-{hexid(r, 8).upper()}." + ".".join(host.split(".")[1:])


def unrealircd(r: random.Random) -> list[Log]:
    """Two UnrealIRCd 6.1 servers (irc.example.org with services, irc2.example.org), 06:00 to
    12:00: user churn, spambots G-lined by the spamfilter 07:05-07:40, DroneBL hits and
    connthrottle on the leaf 08:00-09:00, the link pinging out 09:20-09:26, an oper refused on
    plaintext then killing a troll, a bad rehash at 10:50, the leaf crashing at 11:20."""
    fs = Files()
    proc = {"hub": ("hub", 1), "leaf": ("leaf", 1)}
    other = {"hub": "leaf", "leaf": "hub"}

    def L(h: str, t: datetime, src: str, event: str, level: str, label: str, msg: str) -> datetime:
        p = proc[h]
        return fs.add(
            f"{h}-ircd.log",
            t,
            label,
            lambda x: [f"[{un_time(x)}] {src} {event} {level}: {msg}"],
            p,
            1_000_000,
        )

    split = (at(9, 20, 11), at(9, 26, 40))
    crash = (at(11, 20, 3), at(11, 20, 19))

    def linked(t: datetime) -> bool:
        return not (split[0] <= t < split[1] or crash[0] <= t < crash[1] + sec(8))

    reps: dict[str, int] = {}
    ciphers: dict[str, str] = {}

    def ext(u: IrcUser, local: bool, cloak: str) -> str:
        items = [f"[vhost: {cloak}]"]
        if local:
            items.append("[class: clients]")
        if u.tls:
            items.append(f"[secure: {ciphers.setdefault(u.nick, r.choice(UN_CIPHERS))}]")
        acc = u.nick.split("|")[0].rstrip("_`2") if u.habit != "mobile" or u.tls else ""
        if acc and u.tls:
            items.append(f"[account: {acc}]")
        rep = reps.setdefault(u.nick, r.choice([0, 2, 18, 64, 120, 256, 431, 872, 1024, 2017]))
        items.append(f"[reputation: {rep}]")
        items.append(
            "[security-groups: known-users,tls-users]"
            if acc and u.tls
            else (
                "[security-groups: unknown-users,tls-users]"
                if u.tls
                else "[security-groups: unknown-users]"
            )
        )
        return " ".join(items)

    def connect(h: str, t: datetime, u: IrcUser, cloak: str) -> None:
        head = f"Client connecting: {u.nick} ({u.ident}@{u.host}) [{u.ip}]"
        t = L(
            h,
            t,
            UN_NAME[h],
            "connect.LOCAL_CLIENT_CONNECT",
            "info",
            "Client connecting: %s (%s@%s) [%s] %s",
            f"{head} {ext(u, True, cloak)}",
        )
        if linked(t):
            L(
                other[h],
                t + sec(r.uniform(0.02, 0.2)),
                UN_NAME[h],
                "connect.REMOTE_CLIENT_CONNECT",
                "info",
                "Client connecting: %s (%s@%s) [%s] %s",
                f"{head} {ext(u, False, cloak)}",
            )

    def disconnect(
        h: str,
        t: datetime,
        nick: str,
        ident: str,
        host: str,
        ip: str,
        rlabel: str,
        rtext: str,
        remote: bool = True,
    ) -> datetime:
        msg = f"Client exiting: {nick} ({ident}@{host}) [{ip}] ({rtext})"
        label = f"Client exiting: %s (%s@%s) [%s] ({rlabel})"
        t = L(h, t, UN_NAME[h], "connect.LOCAL_CLIENT_DISCONNECT", "info", label, msg)
        if remote and linked(t):
            L(
                other[h],
                t + sec(r.uniform(0.02, 0.2)),
                UN_NAME[h],
                "connect.REMOTE_CLIENT_DISCONNECT",
                "info",
                label,
                msg,
            )
        return t

    reason_label = {
        "quit": "Quit: %s",
        "ping": "Ping timeout: %lld seconds",
        "reset": "Connection reset by peer",
        "closed": "Connection closed",
    }
    users = [IrcUser(r, b, ["hub", "leaf"], [0.6, 0.4]) for b in irc_bases(r, 10)]
    # who is on which side when the link splits (for the netsplit quits)
    on: dict[str, list[tuple[IrcUser, datetime, datetime]]] = {"hub": [], "leaf": []}
    for u in users:
        cloak = un_cloak(r, u.host, u.ip)
        down = [crash] if u.server == "leaf" else []
        for s, e, kind in irc_sessions(r, u, down):
            on[u.server].append((u, s, e or T_END + sec(1)))
            if s >= T0:
                connect(u.server, s, u, cloak)
            if e is None:
                continue
            if kind == "down":
                continue  # the leaf crashed under them: nothing written for its own users
            if kind == "quit" and not u.quit_msg:
                kind = "closed"
            if kind == "reset" and r.random() < 0.4:
                kind = "closed"
            rtext = {
                "quit": f"Quit: {u.quit_msg}",
                "ping": f"Ping timeout: {r.randint(180, 241)} seconds",
                "reset": "Connection reset by peer",
                "closed": "Connection closed",
            }[kind]
            disconnect(u.server, e, u.nick, u.ident, u.host, u.ip, reason_label[kind], rtext)

    # netsplits: every user of the other side exits with the two servers' names
    def netsplit(h: str, t: datetime) -> None:
        gone = other[h]
        for u, s, e in on[gone]:
            if s <= t < e:
                L(
                    h,
                    t + sec(0.01),
                    UN_NAME[gone],
                    "connect.REMOTE_CLIENT_DISCONNECT",
                    "info",
                    "Client exiting: %s (%s@%s) [%s] (%s %s)",
                    f"Client exiting: {u.nick} ({u.ident}@{u.host}) [{u.ip}] (irc.example.org irc2.example.org)",
                )

    for h in ["hub", "leaf"]:
        L(
            h,
            split[0] + sec(r.uniform(0, 0.6)),
            UN_NAME[other[h]],
            "link.LINK_DISCONNECTED",
            "error",
            "Lost server link to %s [%s]: No response (Ping timeout)",
            f"Lost server link to {UN_NAME[other[h]]} [{UN_IP[other[h]]}]: No response (Ping timeout)",
        )
        netsplit(h, split[0] + sec(1))
    t = split[0] + sec(20)
    while t < split[1] - sec(40):
        t = L(
            "leaf",
            t,
            UN_NAME["hub"],
            "link.LINK_CONNECTING",
            "info",
            "Trying to activate link with server %s (%s:%s)...",
            "Trying to activate link with server irc.example.org (192.0.2.20:6900)...",
        )
        L(
            "leaf",
            t + sec(10),
            UN_NAME["hub"],
            "link.LINK_CONNECT_TIMEOUT",
            "info",
            "Connect timeout while trying to link to server '%s' (%s)",
            "Connect timeout while trying to link to server 'irc.example.org' (192.0.2.20)",
        )
        t += sec(60)

    def relink(t: datetime) -> None:
        cipher = UN_CIPHERS[0]
        t = L(
            "leaf",
            t,
            UN_NAME["hub"],
            "link.LINK_CONNECTING",
            "info",
            "Trying to activate link with server %s (%s:%s)...",
            "Trying to activate link with server irc.example.org (192.0.2.20:6900)...",
        )
        L(
            "hub",
            t + sec(0.3),
            UN_NAME["leaf"],
            "link.SERVER_LINKED",
            "info",
            "Server linked: %s -> %s [secure: %s]",
            f"Server linked: irc.example.org -> irc2.example.org [secure: {cipher}]",
        )
        L(
            "leaf",
            t + sec(0.35),
            UN_NAME["hub"],
            "link.SERVER_LINKED",
            "info",
            "Server linked: %s -> %s [secure: %s]",
            f"Server linked: irc2.example.org -> irc.example.org [secure: {cipher}]",
        )

    relink(split[1] - sec(1))

    # spambots on the hub, caught by the spamfilter
    for t in poisson(r, at(7, 5), at(7, 40), 70):
        ip = f"{r.choice([45, 103, 185, 194])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        b = IrcUser(r, bot_nick(r), ["hub"], [1])
        b.nick, b.ident, b.host, b.ip, b.tls, b.realname = (
            bot_nick(r),
            "~" + bot_nick(r)[:6],
            ip,
            ip,
            False,
            bot_nick(r),
        )
        cloak = un_cloak(r, ip, ip)
        connect("hub", t, b, cloak)
        ts = t + sec(r.uniform(4, 25))
        spam = r.choice(UN_SPAM)
        chan = r.choice(["#lobby", "#help", "#linux", "#chat"])
        filt = {
            UN_SPAM[0]: "*free*bitcoin*",
            UN_SPAM[1]: "*cutegirls.example*",
            UN_SPAM[2]: "*#freecrypto*",
        }[spam]
        ts = L(
            "hub",
            ts,
            UN_NAME["hub"],
            "tkl.SPAMFILTER_MATCH",
            "info",
            "[Spamfilter] %s matches filter '%s': [cmd: %s %s: '%s'] [reason: %s] [action: %s]",
            f"[Spamfilter] {b.nick}!{b.ident}@{ip} matches filter '{filt}': [cmd: PRIVMSG {chan}: '{spam}'] [reason: Spam/advertising] [action: gline]",
        )
        for h in ["hub", "leaf"]:
            L(
                h,
                ts + sec(0.01 if h == "hub" else 0.2),
                UN_NAME[h],
                "tkl.TKL_ADD",
                "info",
                "%s added: '%s' [reason: %s] [by: %s] [duration: %s]",
                f"G-Line added: '*@{ip}' [reason: Spam/advertising] [by: irc.example.org] [duration: 1d]",
            )
        disconnect(
            "hub",
            ts + sec(0.02),
            b.nick,
            b.ident,
            ip,
            ip,
            "You are not welcome on this network. G-Lined: %s. Email %s for more information.",
            "You are not welcome on this network. G-Lined: Spam/advertising. Email abuse@example.org for more information.",
        )

    # DroneBL hits on the leaf, their Z-lines expiring an hour later
    for t in poisson(r, at(8, 0), at(9, 0), 200):
        ip = (
            irc_ip(r)
            if r.random() < 0.5
            else f"{r.choice([5, 31, 91, 185])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        )
        if ":" in ip:
            continue
        t = L(
            "leaf",
            t,
            UN_NAME["leaf"],
            "blacklist.BLACKLIST_HIT",
            "info",
            "[Blacklist] IP %s matches blacklist %s (%s/reply=%d)",
            f"[Blacklist] IP {ip} matches blacklist dronebl (dnsbl.dronebl.org/reply={r.choice([3, 6, 13, 14, 17])})",
        )
        reason = f"Your IP {ip} is listed in DroneBL. See https://dronebl.org/lookup?ip={ip}"
        for h in ["leaf", "hub"]:
            if linked(t):
                L(
                    h,
                    t + sec(0.01 if h == "leaf" else 0.2),
                    UN_NAME[h],
                    "tkl.TKL_ADD",
                    "info",
                    "%s added: '%s' [reason: %s] [by: %s] [duration: %s]",
                    f"Global Z-Line added: '*@{ip}' [reason: {reason}] [by: irc2.example.org] [duration: 1h]",
                )
            L(
                h,
                t + sec(3600 + r.uniform(0.5, 1.5)),
                UN_NAME[h],
                "tkl.TKL_EXPIRE",
                "info",
                "Expiring %s '%s' [reason: %s] [by: %s] [duration: %s]",
                f"Expiring Global Z-Line '*@{ip}' [reason: {reason}] [by: irc2.example.org] [duration: 1h]",
            )
    for m in range(5):
        L(
            "leaf",
            at(8, 12 + m, 30),
            UN_NAME["leaf"],
            "connthrottle.CONNTHROTTLE_REPORT",
            "info",
            "ConnThrottle] Stats for this server past 60 secs: Connections rejected: %d. Accepted: %d except user(s) and %d new user(s).",
            f"ConnThrottle] Stats for this server past 60 secs: Connections rejected: {r.randint(12, 90)}. Accepted: {r.randint(0, 6)} except user(s) and {r.randint(1, 4)} new user(s).",
        )
    # flood protection
    for t in poisson(r, T0, T_END, 900):
        u = r.choice(users)
        kind = r.choice(["nick-flood", "nick-flood", "join-flood", "away-flood", "lag-penalty"])
        L(
            u.server,
            t,
            UN_NAME[u.server],
            "flood.FLOOD_BLOCKED",
            "info",
            "Flood blocked (%s) from %s [%s]",
            f"Flood blocked ({kind}) from {u.nick}!{u.ident}@{u.host} [{u.ip}]",
        )

    # an oper refused on plaintext, then over TLS; a troll killed
    anna = "anna!anna@staff.example.org"
    L(
        "hub",
        at(10, 12, 44),
        UN_NAME["hub"],
        "oper.OPER_FAILED",
        "warn",
        "Failed OPER attempt by %s [reason: Not using TLS] [oper-block: %s]",
        f"Failed OPER attempt by {anna} [reason: Not using TLS] [oper-block: anna]",
    )
    t = L(
        "hub",
        at(10, 14, 9),
        UN_NAME["hub"],
        "oper.OPER_SUCCESS",
        "info",
        "%s is now an IRC Operator [oper-block: %s] [operclass: %s]",
        f"{anna} is now an IRC Operator [oper-block: anna] [operclass: netadmin-with-override]",
    )
    troll = IrcUser(r, "edgelord", ["leaf"], [1])
    troll.nick = "edgelord69"
    connect("leaf", at(10, 3, 12), troll, un_cloak(r, troll.host, troll.ip))
    kreason = "Spamming racist slurs after two warnings"
    for h in ["hub", "leaf"]:
        L(
            h,
            at(10, 16, 30) + sec(0.0 if h == "hub" else 0.2),
            UN_NAME[h],
            "kill.KILL_COMMAND",
            "info",
            "Client killed: %s [by: %s] (%s)",
            f"Client killed: {troll.nick}!{troll.ident}@{troll.host} [by: anna] ({kreason})",
        )
    disconnect(
        "leaf",
        at(10, 16, 31),
        troll.nick,
        troll.ident,
        troll.host,
        troll.ip,
        "Killed by %s (%s)",
        f"Killed by anna ({kreason})",
    )

    # a bad rehash, then a good one
    conf = "/home/ircd/unrealircd/conf/unrealircd.conf"
    t = L(
        "hub",
        at(10, 50, 21),
        UN_NAME["hub"],
        "config.CONFIG_RELOAD",
        "info",
        "Rehashing server configuration file [by: %s]",
        f"Rehashing server configuration file [by: {anna}]",
    )
    t = L(
        "hub",
        t + sec(0.01),
        UN_NAME["hub"],
        "config.CONFIG_INFO_GENERIC",
        "info",
        "Loading IRCd configuration..",
        "Loading IRCd configuration..",
    )
    t = L(
        "hub",
        t + sec(0.2),
        UN_NAME["hub"],
        "config.CONFIG_ERROR_GENERIC",
        "error",
        "%s:%d: Unknown %s option '%s'",
        f"{conf}:214: Unknown set::anti-flood::known-users option 'nick-floood'",
    )
    L(
        "hub",
        t + sec(0.01),
        UN_NAME["hub"],
        "config.CONFIG_NOT_LOADED",
        "error",
        "IRCd configuration failed to load",
        "IRCd configuration failed to load",
    )
    t = L(
        "hub",
        at(10, 53, 7),
        UN_NAME["hub"],
        "config.CONFIG_RELOAD",
        "info",
        "Rehashing server configuration file [by: %s]",
        f"Rehashing server configuration file [by: {anna}]",
    )
    t = L(
        "hub",
        t + sec(0.01),
        UN_NAME["hub"],
        "config.CONFIG_INFO_GENERIC",
        "info",
        "Loading IRCd configuration..",
        "Loading IRCd configuration..",
    )
    L(
        "hub",
        t + sec(0.4),
        UN_NAME["hub"],
        "config.CONFIG_LOADED",
        "info",
        "Configuration loaded",
        "Configuration loaded",
    )

    # the leaf crashes and comes back
    t = L(
        "hub",
        crash[0] + sec(0.3),
        UN_NAME["leaf"],
        "link.LINK_DISCONNECTED",
        "error",
        "Lost server link to %s [%s]: Connection closed",
        "Lost server link to irc2.example.org [192.0.2.21]: Connection closed",
    )
    netsplit("hub", crash[0] + sec(0.5))
    proc["leaf"] = ("leaf", 2)
    t = L(
        "leaf",
        crash[1],
        UN_NAME["leaf"],
        "config.CONFIG_INFO_GENERIC",
        "info",
        "Loading IRCd configuration..",
        "Loading IRCd configuration..",
    )
    t = L(
        "leaf",
        t + sec(0.6),
        UN_NAME["leaf"],
        "config.CONFIG_LOADED",
        "info",
        "Configuration loaded",
        "Configuration loaded",
    )
    t = L(
        "leaf",
        t + sec(0.05),
        UN_NAME["leaf"],
        "main.UNREALIRCD_START",
        "info",
        "UnrealIRCd started.",
        "UnrealIRCd started.",
    )
    relink(t + sec(2))
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ ergo

ER_VER_OLD, ER_VER_NEW = "ergo-2.13.0", "ergo-2.13.1"
ER_MYSQL = "10.0.4.12:3306"
ER_STACK = [
    "goroutine {g} [running]:",
    "runtime/debug.Stack()",
    "\t/usr/local/go/src/runtime/debug/stack.go:26 +0x5e",
    "github.com/ergochat/ergo/irc.(*Client).run.func1()",
    "\t/home/runner/work/ergo/ergo/irc/client.go:716 +0x8e",
    "panic({{0xc1d760?, 0x1370b60?}})",
    "\t/usr/local/go/src/runtime/panic.go:770 +0x132",
    "github.com/ergochat/ergo/irc.(*Channel).relayTagmsg(0xc0008a2480, 0xc000b1e2c0, {{0xc0002f6a80, 0x7}}, 0xc000c5e360)",
    "\t/home/runner/work/ergo/ergo/irc/channel.go:1398 +0x3d4",
    "github.com/ergochat/ergo/irc.tagmsgHandler(0xc0001c6000, 0xc000b1e2c0, {{{{0xc000a36180, 0x1, 0x1}}, {{0xc00012d0a0, 0x1e}}, {{0xc00012d0c0, 0x6}}, {{0xc000a361a0, 0x1, 0x1}}}}, 0xc000c5e360)",
    "\t/home/runner/work/ergo/ergo/irc/handlers.go:2981 +0x2b1",
    "github.com/ergochat/ergo/irc.(*Command).Run(0x1a0c8e0, 0xc0001c6000, 0xc000b1e2c0, 0xc000c5e360, {{{{0xc000a36180, 0x1, 0x1}}, {{0xc00012d0a0, 0x1e}}, {{0xc00012d0c0, 0x6}}, {{0xc000a361a0, 0x1, 0x1}}}})",
    "\t/home/runner/work/ergo/ergo/irc/commands.go:77 +0x2a9",
    "github.com/ergochat/ergo/irc.(*Client).run(0xc000b1e2c0, 0xc000c5e360)",
    "\t/home/runner/work/ergo/ergo/irc/client.go:825 +0x6a6",
    "created by github.com/ergochat/ergo/irc.(*Server).RunClient in goroutine {c}",
    "\t/home/runner/work/ergo/ergo/irc/client.go:421 +0xb85",
    "",
]


def ergo(r: random.Random) -> list[Log]:
    """One Ergo 2.13 server behind nginx (websocket) with MySQL history, 06:00 to 12:00: user
    sessions, scanners, a connection flood at 06:40, MySQL restarted 08:05-08:09, a client
    panicking the server at 09:10 and 09:12, a bad rehash at 09:45, an upgrade at 11:00."""
    fs = Files()
    proc = [1]

    def L(t: datetime, level: str, cat: str, label: str, lines: list[str]) -> datetime:
        p = proc[0]
        return fs.add(
            "ircd.log",
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond // 1000:03d}Z : {level:<5} : {cat:<10} : {lines[0]}",
                *lines[1:],
            ],
            p,
            1000,
        )

    upgrade = (at(11, 0, 5), at(11, 0, 7))
    mysql_down = (at(8, 5, 12), at(8, 8, 51))

    def startup(t: datetime, old: bool) -> datetime:
        if not old:
            t = L(t, "info", "server", "%s starting", [f"{ER_VER_NEW} starting"])
        t = L(
            t + sec(0.002),
            "info",
            "server",
            "Using config file : %s",
            ["Using config file : /etc/ergo/ircd.yaml"],
        )
        t = L(
            t + sec(0.004),
            "info",
            "server",
            "Using datastore : %s",
            ["Using datastore : /var/lib/ergo/ircd.db"],
        )
        t = L(
            t + sec(0.03 if not old else 0.001),
            "info",
            "server",
            "Proxied IPs will be accepted from : %s",
            ["Proxied IPs will be accepted from : localhost"],
        )
        for addr, tls, ws in [
            (":6697", "true", "false"),
            ("127.0.0.1:8097", "false", "true"),
            (":6667", "false", "false"),
        ]:
            t = L(
                t + sec(0.0005),
                "info",
                "listeners",
                "now listening on %s, tls=%t, proxy=%t, tor=%t, websocket=%t.",
                [f"now listening on {addr}, tls={tls}, proxy=false, tor=false, websocket={ws}."],
            )
        t = L(
            t + sec(0.0003),
            "warn",
            "listeners",
            "Warning: your server is configured with public plaintext listener %s. Consider disabling it for improved security and privacy.",
            [
                "Warning: your server is configured with public plaintext listener :6667. Consider disabling it for improved security and privacy."
            ],
        )
        return t

    web_ips: dict[str, str] = {}
    users = [IrcUser(r, b, ["ergo"], [1]) for b in irc_bases(r, 0)]
    for u in users:
        u.ident = "~" + u.nick.split("|")[0].rstrip("_`")[:9].lower()
        web = r.random() < 0.45
        account = u.nick.split("|")[0].rstrip("_`") if r.random() < 0.7 else ""
        for s, e, kind in irc_sessions(r, u, [upgrade]):
            if s >= T0:
                ip = irc_ip(r) if u.habit == "mobile" and r.random() < 0.5 else u.ip
                if web:
                    t = L(
                        s,
                        "info",
                        "connect-ip",
                        "Client connecting: real IP %v, proxied IP %v",
                        [f"Client connecting: real IP 127.0.0.1, proxied IP {ip}"],
                    )
                    web_ips[u.nick] = ip
                else:
                    t = L(
                        s,
                        "info",
                        "connect-ip",
                        "Client connecting: real IP %v, proxied IP %v",
                        [f"Client connecting: real IP {ip}, proxied IP <nil>"],
                    )
                t += sec(r.uniform(0.05, 0.6))
                if account:
                    t = L(
                        t,
                        "info",
                        "accounts",
                        "client : %s : logged into account : %s",
                        [f"client : {u.nick} : logged into account : {account}"],
                    )
                t = L(
                    t + sec(r.uniform(0.001, 0.01)),
                    "info",
                    "connect",
                    "Client connected [%s] [u:%s] [r:%s]",
                    [f"Client connected [{u.nick}] [u:{u.ident}] [r:{u.realname}]"],
                )
                if web and account and in_any(t, [mysql_down]):
                    L(
                        t + sec(r.uniform(0.3, 1.5)),
                        "error",
                        "mysql",
                        "could not select history items : dial tcp %s: connect: connection refused",
                        [
                            f"could not select history items : dial tcp {ER_MYSQL}: connect: connection refused"
                        ],
                    )
            if e is None or kind == "down":
                continue
            L(
                e,
                "info",
                "quit",
                "%s is no longer on the server",
                [f"{u.nick} is no longer on the server"],
            )

    # scanners and clients that never finish registering
    for t in poisson(r, T0, T_END, 140):
        if in_any(t, [upgrade]):
            continue
        ip = f"{r.choice([45, 71, 80, 89, 162, 167, 185, 193, 205])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        L(
            t,
            "info",
            "connect-ip",
            "Client connecting: real IP %v, proxied IP %v",
            [f"Client connecting: real IP {ip}, proxied IP <nil>"],
        )
    # new accounts
    for t in poisson(r, T0, T_END, 2700):
        n = r.choice(IRC_BASES) + str(r.randint(100, 999))
        L(
            t,
            "info",
            "accounts",
            "client : %s : registered account : %s",
            [f"client : {n} : registered account : {n}"],
        )
    # opers
    for t, n in [(at(6, 44, 3), "kyle"), (at(9, 14, 50), "kyle"), (at(10, 2, 17), "sam")]:
        L(
            t,
            "info",
            "opers",
            "%s : opered up as : %s",
            [f"{n} : opered up as : {'admin' if n == 'kyle' else 'oper'}"],
        )
    # the hourly always-on checks
    t = at(
        6,
        31,
        44,
    ) + sec(0.2)
    while t < T_END:
        if not in_any(t, [upgrade]):
            L(
                t,
                "info",
                "accounts",
                "Performing periodic always-on client checks",
                ["Performing periodic always-on client checks"],
            )
            if r.random() < 0.35:
                L(
                    t + sec(0.004),
                    "info",
                    "accounts",
                    "Expiring always-on client : %s",
                    [f"Expiring always-on client : {r.choice(IRC_BASES)}"],
                )
        t += sec(3600)
    # a connection flood
    net = f"103.{r.randint(10, 250)}.{r.randint(0, 255)}"
    for t in poisson(r, at(6, 40, 10), at(6, 43, 55), 4):
        ip = f"{net}.{r.randint(2, 250)}"
        if r.random() < 0.7:
            L(
                t,
                "info",
                "connect-ip",
                "Client exceeded connection throttle : %s",
                [f"Client exceeded connection throttle : {ip}"],
            )
        else:
            L(
                t,
                "info",
                "connect-ip",
                "Client rejected for connection limit : %s",
                [f"Client rejected for connection limit : {ip}"],
            )
    # MySQL restarted: channel messages cannot be stored
    first = True
    for t in poisson(r, mysql_down[0], mysql_down[1], 3.2):
        if first or t < mysql_down[0] + sec(2):
            L(
                t,
                "error",
                "mysql",
                "could not insert item : invalid connection",
                ["could not insert item : invalid connection"],
            )
            first = False
            continue
        L(
            t,
            "error",
            "mysql",
            "could not insert item : dial tcp %s: connect: connection refused",
            [f"could not insert item : dial tcp {ER_MYSQL}: connect: connection refused"],
        )
    # a client's TAGMSG panics its goroutine, twice
    for t, g in [(at(9, 10, 44), 184213), (at(9, 12, 9), 186730)]:
        stack = [line.format(g=g, c=r.randint(60, 90)) for line in ER_STACK]
        t = L(
            t,
            "error",
            "internal",
            "Client caused panic: runtime error: invalid memory address or nil pointer dereference",
            [
                "Client caused panic: runtime error: invalid memory address or nil pointer dereference",
                *stack,
            ],
        )
        t = L(
            t + sec(0.0002),
            "error",
            "internal",
            "Disconnecting client and attempting to recover",
            ["Disconnecting client and attempting to recover"],
        )
        L(
            t + sec(0.003),
            "info",
            "quit",
            "%s is no longer on the server",
            ["tagbot is no longer on the server"],
        )
    # a bad rehash, then the fixed one
    t = L(at(9, 45, 2), "info", "server", "Rehashing due to SIGHUP", ["Rehashing due to SIGHUP"])
    t = L(t + sec(0.0003), "info", "server", "Attempting rehash", ["Attempting rehash"])
    L(
        t + sec(0.002),
        "error",
        "server",
        "failed to load config file : yaml: line %d: mapping values are not allowed in this context",
        [
            "failed to load config file : yaml: line 212: mapping values are not allowed in this context"
        ],
    )
    t = L(at(9, 48, 31), "info", "server", "Rehashing due to SIGHUP", ["Rehashing due to SIGHUP"])
    t = L(t + sec(0.0003), "info", "server", "Attempting rehash", ["Attempting rehash"])
    t = startup(t + sec(0.002), True)
    L(
        t + sec(0.001),
        "info",
        "server",
        "Rehash completed successfully",
        ["Rehash completed successfully"],
    )
    # the upgrade
    L(upgrade[0], "info", "server", "%s exiting", [f"{ER_VER_OLD} exiting"])
    proc[0] = 2
    t = startup(upgrade[1], False)
    L(t + sec(0.001), "info", "server", "Server running", ["Server running"])
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- spire

SP_TD = "example.org"
SP_NODES = {
    "node-a": ("spire-agent-7xk2p", "10.0.1.21", "4f0c2a9e-6b1d-4c57-9a3e-1d2b7c8e5f60"),
    "node-b": ("spire-agent-m9d4c", "10.0.1.22", "a8e13b54-0f7c-4d2a-8b91-3c6e5d4f2a17"),
    "node-c": ("spire-agent-qz5wf", "10.0.1.23", "c2d9f1e8-7a3b-4e6c-9d05-8b1a2f3e4c59"),
}
SP_WORKLOADS = [
    ("payments", "payments-api"),
    ("payments", "ledger"),
    ("checkout", "checkout"),
    ("checkout", "cart"),
    ("catalog", "catalog-api"),
    ("catalog", "search"),
    ("auth", "auth-server"),
    ("auth", "session-store"),
    ("orders", "orders-api"),
    ("orders", "orders-worker"),
    ("shipping", "shipping-api"),
    ("notifications", "mailer"),
    ("monitoring", "prometheus"),
    ("ingress", "envoy-gateway"),
    ("inventory", "inventory-api"),
]
SP_TTL = 1800.0


def lr_value(v: object) -> str:
    """logrus TextFormatter: a value is quoted (%q) unless it holds only [A-Za-z0-9-._/@^+]."""
    s = str(v).lower() if isinstance(v, bool) else str(v)
    if s and all(c.isascii() and (c.isalnum() or c in "-._/@^+") for c in s):
        return s
    if not s:
        return ""
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def lr(t: datetime, level: str, msg: str, fields: dict[str, object]) -> str:
    kv = " ".join(f"{k}={lr_value(fields[k])}" for k in sorted(fields))
    return f'time="{t:%Y-%m-%dT%H:%M:%S}Z" level={level} msg={lr_value(msg)}' + (
        f" {kv}" if kv else ""
    )


def rfc3339(t: datetime) -> str:
    return f"{t:%Y-%m-%dT%H:%M:%S}Z"


def spire(r: random.Random) -> list[Log]:
    """A SPIRE 1.9 server (DEBUG) and agents on three Kubernetes nodes, 06:00 to 12:00:
    workload SVIDs renewed every 15 minutes, agent SVIDs every 30, the Postgres failover at
    07:20, node-b rebooted at 08:45, a workload without an entry 09:00-09:40, the next CA
    prepared at 09:20 and activated at 11:20, the server upgraded at 10:30."""
    fs = Files()
    sproc = [1]
    aproc = {n: 1 for n in SP_NODES}

    def S(t: datetime, level: str, label: str, msg: str, fields: dict[str, object]) -> datetime:
        p = ("server", sproc[0])
        return fs.add(
            "spire-server-0.log", t, label, lambda x: [lr(x, level, msg, fields)], p, 1_000_000
        )

    def A(
        n: str, t: datetime, level: str, label: str, msg: str, fields: dict[str, object]
    ) -> datetime:
        p = (n, aproc[n])
        return fs.add(
            f"{SP_NODES[n][0]}.log", t, label, lambda x: [lr(x, level, msg, fields)], p, 1_000_000
        )

    def agent_id(n: str) -> str:
        return f"spiffe://{SP_TD}/spire/agent/k8s_psat/prod/{SP_NODES[n][2]}"

    pg_down = (at(7, 20, 5), at(7, 22, 41))
    reboot = (at(8, 45, 10), at(8, 47, 24))
    upgrade = (at(10, 30, 1), at(10, 30, 39))
    caller_port = {n: r.randint(32768, 60999) for n in SP_NODES}

    def signed(t: datetime, n: str, entry: tuple[str, str, int], exp: datetime) -> None:
        eid, sid, rev = entry
        S(
            t,
            "debug",
            "Signed X509 SVID",
            "Signed X509 SVID",
            {
                "authorized_as": "agent",
                "authorized_via": "datastore",
                "caller_addr": f"{SP_NODES[n][1]}:{caller_port[n]}",
                "caller_id": agent_id(n),
                "entry_id": eid,
                "expiration": rfc3339(exp),
                "method": "BatchNewX509SVID",
                "request_id": uuid4(r),
                "revision_number": rev,
                "serial_num": str(r.getrandbits(127)),
                "service": "svid.v1.SVID",
                "spiffe_id": sid,
                "subsystem_name": "api",
            },
        )

    def server_up(t: datetime) -> bool:
        return not (upgrade[0] <= t < upgrade[1])

    # entries per node: one per pod, several pods of a deployment sharing a SPIFFE ID
    entries: dict[str, list[tuple[str, str, int]]] = {}
    for n in SP_NODES:
        ws = r.sample(SP_WORKLOADS, 11) + r.sample(SP_WORKLOADS, 4)
        entries[n] = [
            (uuid4(r), f"spiffe://{SP_TD}/ns/{ns}/sa/{sa}", r.randint(0, 6)) for ns, sa in ws
        ]

    for n in SP_NODES:
        for entry in entries[n]:
            issued = T0 - sec(r.uniform(0, SP_TTL / 2))
            t = issued + sec(SP_TTL / 2 + r.uniform(0, 5))
            while t < T_END:
                if reboot[0] <= t < reboot[1] and n == "node-b":
                    issued = reboot[1] + sec(r.uniform(2, 3))
                    t = issued + sec(SP_TTL / 2 + r.uniform(0, 5))
                    continue
                if not server_up(t):
                    t = upgrade[1] + sec(r.uniform(1, 6))
                t = A(
                    n,
                    t,
                    "info",
                    "Renewing X509-SVID",
                    "Renewing X509-SVID",
                    {
                        "expires_at": rfc3339(issued + sec(SP_TTL)),
                        "spiffe_id": entry[1],
                        "subsystem_name": "manager",
                    },
                )
                issued = t + sec(r.uniform(0.01, 0.06))
                signed(issued, n, entry, issued + sec(SP_TTL))
                t = issued + sec(SP_TTL / 2 + r.uniform(0, 5))

    # the agents' own SVIDs, renewed every 30 minutes
    for n in SP_NODES:
        t = T0 + sec(r.uniform(0, 1800))
        while t < T_END:
            if n == "node-b" and reboot[0] <= t < reboot[1] + sec(1800):
                t = reboot[1] + sec(1800 + r.uniform(0, 3))
                continue
            if not server_up(t):
                t = upgrade[1] + sec(5)
            fields = {
                "caller_addr": f"{SP_NODES[n][1]}:{caller_port[n]}",
                "caller_id": agent_id(n),
                "method": "RenewAgent",
                "request_id": uuid4(r),
                "service": "agent.v1.Agent",
                "subsystem_name": "api",
            }
            if in_any(t, [pg_down]):
                while t < pg_down[1]:
                    fields = dict(fields, request_id=uuid4(r))
                    err = "datastore-sql: dial tcp 10.0.2.40:5432: connect: connection refused"
                    ts = S(
                        t,
                        "error",
                        "Failed to fetch agent",
                        "Failed to fetch agent",
                        dict(fields, error=err),
                    )
                    A(
                        n,
                        ts + sec(0.02),
                        "error",
                        "Could not rotate agent SVID",
                        "Could not rotate agent SVID",
                        {
                            "error": f"rpc error: code = Internal desc = failed to fetch agent: {err}",
                            "subsystem_name": "svid_rotator",
                        },
                    )
                    t += sec(10)
            S(t, "info", "Renewing agent SVID", "Renewing agent SVID", fields)
            t += sec(1800 + r.uniform(0, 3))

    def agent_start(n: str, t: datetime) -> datetime:
        t = A(
            n,
            t,
            "warning",
            "Current umask %#04o is too permissive; setting umask %#04o",
            "Current umask 0022 is too permissive; setting umask 0027",
            {},
        )
        t = A(
            n,
            t,
            "info",
            "Starting agent with data directory: %q",
            'Starting agent with data directory: "/run/spire"',
            {},
        )
        for name, typ in [
            ("k8s_psat", "NodeAttestor"),
            ("memory", "KeyManager"),
            ("k8s", "WorkloadAttestor"),
            ("unix", "WorkloadAttestor"),
        ]:
            t = A(
                n,
                t,
                "info",
                "Plugin loaded",
                "Plugin loaded",
                {
                    "external": False,
                    "plugin_name": name,
                    "plugin_type": typ,
                    "subsystem_name": "catalog",
                },
            )
        t = A(
            n,
            t + sec(0.3),
            "info",
            "SVID is not found. Starting node attestation",
            "SVID is not found. Starting node attestation",
            {"subsystem_name": "attestor", "trust_domain_id": f"spiffe://{SP_TD}"},
        )
        S(
            t + sec(0.4),
            "info",
            "Agent attestation request completed",
            "Agent attestation request completed",
            {
                "address": f"{SP_NODES[n][1]}:{r.randint(32768, 60999)}",
                "agent_id": agent_id(n),
                "caller_addr": f"{SP_NODES[n][1]}:{r.randint(32768, 60999)}",
                "method": "AttestAgent",
                "node_attestor_type": "k8s_psat",
                "request_id": uuid4(r),
                "service": "agent.v1.Agent",
                "subsystem_name": "api",
            },
        )
        t = A(
            n,
            t + sec(0.6),
            "info",
            "Node attestation was successful",
            "Node attestation was successful",
            {
                "reattestable": True,
                "spiffe_id": agent_id(n),
                "subsystem_name": "attestor",
                "trust_domain_id": f"spiffe://{SP_TD}",
            },
        )
        t = A(
            n,
            t,
            "info",
            "Starting Workload and SDS APIs",
            "Starting Workload and SDS APIs",
            {
                "address": "/run/spire/agent-sockets/spire-agent.sock",
                "network": "unix",
                "subsystem_name": "endpoints",
            },
        )
        return t

    # node-b rebooted
    aproc["node-b"] = 2
    caller_port["node-b"] = r.randint(32768, 60999)
    t = agent_start("node-b", reboot[1] - sec(2))
    for entry in entries["node-b"]:
        t = A(
            "node-b",
            t + sec(r.uniform(0.001, 0.01)),
            "info",
            "Creating X509-SVID",
            "Creating X509-SVID",
            {"entry_id": entry[0], "spiffe_id": entry[1], "subsystem_name": "manager"},
        )
        signed(t + sec(0.03), "node-b", entry, t + sec(SP_TTL))

    # a checkout rollout: new pods, new entries
    for n in ["node-a", "node-c"]:
        for i in range(3):
            eid = uuid4(r)
            t = A(
                n,
                at(10, 5, 12 + 40 * i) + sec(r.uniform(0, 5)),
                "info",
                "Creating X509-SVID",
                "Creating X509-SVID",
                {
                    "entry_id": eid,
                    "spiffe_id": f"spiffe://{SP_TD}/ns/checkout/sa/checkout",
                    "subsystem_name": "manager",
                },
            )
            signed(
                t + sec(0.03),
                n,
                (eid, f"spiffe://{SP_TD}/ns/checkout/sa/checkout", 0),
                t + sec(SP_TTL),
            )

    # a deployment without a registration entry
    t = at(9, 0, 14)
    pid = r.randint(20000, 40000)
    while t < at(9, 40, 30):
        A(
            "node-c",
            t,
            "error",
            "No identity issued",
            "No identity issued",
            {
                "method": "FetchX509SVID",
                "pid": pid,
                "registered": False,
                "service": "WorkloadAPI",
                "subsystem_name": "endpoints",
            },
        )
        t += sec(r.choice([1, 2, 4, 8, 16, 30, 30, 30]))
        if r.random() < 0.06:
            pid = r.randint(20000, 40000)

    # the server rotating its own SVID
    t = T0 + sec(r.uniform(300, 900))
    while t < T_END:
        if server_up(t):
            t = S(
                t,
                "debug",
                "Rotating server SVID",
                "Rotating server SVID",
                {"subsystem_name": "svid_rotator"},
            )
            S(
                t + sec(0.003),
                "debug",
                "Signed X509 SVID",
                "Signed X509 SVID",
                {
                    "expiration": rfc3339(t + sec(3600)),
                    "spiffe_id": f"spiffe://{SP_TD}/spire/server",
                    "subsystem_name": "svid_rotator",
                },
            )
        t += sec(1800)

    # the next authority
    laid = hexid(r, 40)
    ca = {
        "local_authority_id": laid,
        "self_signed": True,
        "slot": "B",
        "subsystem_name": "ca_manager",
    }
    t = S(
        at(9, 20, 6),
        "info",
        "X509 CA prepared",
        "X509 CA prepared",
        dict(
            ca,
            expiration="2024-06-08T21:20:06Z",
            issued_at="2024-06-07T09:20:06Z",
            upstream_authority_id="",
        ),
    )
    S(
        t + sec(0.05),
        "info",
        "JWT key prepared",
        "JWT key prepared",
        {
            "expiration": "2024-06-08T21:20:06Z",
            "issued_at": "2024-06-07T09:20:06Z",
            "local_authority_id": hexid(r, 32),
            "slot": "B",
            "subsystem_name": "ca_manager",
        },
    )

    # the server upgraded: the agents cannot sync while it is away
    for n in SP_NODES:
        t = upgrade[0] + sec(r.uniform(1, 5))
        back = 5.0
        while t < upgrade[1]:
            A(
                n,
                t,
                "error",
                "Synchronize failed",
                "Synchronize failed",
                {
                    "error": 'failed to get authorized entries: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp 10.96.120.33:8081: connect: connection refused"',
                    "subsystem_name": "manager",
                },
            )
            t += sec(back * r.uniform(0.8, 1.2))
            back *= 2
    sproc[0] = 2
    t = S(
        upgrade[1] - sec(3),
        "warning",
        "Current umask %#04o is too permissive; setting umask %#04o",
        "Current umask 0022 is too permissive; setting umask 0027",
        {},
    )
    t = S(t, "info", "Data directory: %q", 'Data directory: "/run/spire/data"', {})
    t = S(
        t,
        "info",
        "Opening SQL database",
        "Opening SQL database",
        {"db_type": "postgres", "subsystem_name": "sql"},
    )
    t = S(
        t + sec(0.2),
        "info",
        "Connected to SQL database",
        "Connected to SQL database",
        {"read_only": False, "subsystem_name": "sql", "type": "postgres", "version": "15.6"},
    )
    for name, typ in [
        ("disk", "KeyManager"),
        ("k8s_psat", "NodeAttestor"),
        ("k8sbundle", "Notifier"),
    ]:
        t = S(
            t,
            "info",
            "Plugin loaded",
            "Plugin loaded",
            {
                "external": False,
                "plugin_name": name,
                "plugin_type": typ,
                "subsystem_name": "catalog",
            },
        )
    t = S(
        t + sec(0.4),
        "info",
        "X509 CA activated",
        "X509 CA activated",
        {
            "expiration": "2024-06-08T05:20:02Z",
            "issued_at": "2024-06-06T17:20:02Z",
            "local_authority_id": hexid(r, 40),
            "self_signed": True,
            "slot": "A",
            "subsystem_name": "ca_manager",
            "upstream_authority_id": "",
        },
    )
    t = S(
        t,
        "info",
        "JWT key activated",
        "JWT key activated",
        {
            "expiration": "2024-06-08T05:20:02Z",
            "issued_at": "2024-06-06T17:20:02Z",
            "local_authority_id": hexid(r, 32),
            "slot": "A",
            "subsystem_name": "ca_manager",
        },
    )
    t = S(
        t + sec(0.3),
        "info",
        "Starting Server APIs",
        "Starting Server APIs",
        {"address": "[::]:8081", "network": "tcp", "subsystem_name": "endpoints"},
    )
    S(
        t,
        "info",
        "Starting Server APIs",
        "Starting Server APIs",
        {
            "address": "/tmp/spire-server/private/api.sock",
            "network": "unix",
            "subsystem_name": "endpoints",
        },
    )
    for n in SP_NODES:
        caller_port[n] = r.randint(32768, 60999)
    # slot B activated
    t = S(
        at(11, 20, 6),
        "info",
        "X509 CA activated",
        "X509 CA activated",
        dict(
            ca,
            expiration="2024-06-08T21:20:06Z",
            issued_at="2024-06-07T09:20:06Z",
            upstream_authority_id="",
        ),
    )
    S(
        t + sec(0.05),
        "info",
        "JWT key activated",
        "JWT key activated",
        {
            "expiration": "2024-06-08T21:20:06Z",
            "issued_at": "2024-06-07T09:20:06Z",
            "local_authority_id": hexid(r, 32),
            "slot": "B",
            "subsystem_name": "ca_manager",
        },
    )
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- cortex

CX_TENANTS = ["tenant-a", "tenant-b", "tenant-c", "tenant-d", "team-infra"]
CX_DISTRIBUTORS = ["cortex-distributor-7d9c8b5f4-2xkqv", "cortex-distributor-7d9c8b5f4-9hmzt"]
CX_INGESTERS = ["cortex-ingester-0", "cortex-ingester-1", "cortex-ingester-2"]
CX_INGESTER_IPS = {
    "cortex-ingester-0": "10.0.3.11",
    "cortex-ingester-1": "10.0.3.12",
    "cortex-ingester-2": "10.0.3.13",
}
CX_FRONTEND = "cortex-query-frontend-5c8d7f6b9-4lwpx"
CX_VERSION = "(version=1.17.1, branch=HEAD, revision=2a9b7a3)"
CX_SERIES = [
    '{__name__="node_cpu_seconds_total", cpu="3", instance="10.2.3.41:9100", job="node", mode="idle"}',
    '{__name__="container_memory_working_set_bytes", container="api", namespace="shop", pod="api-5d9f7c6b8-x2k4p"}',
    '{__name__="http_requests_total", code="200", handler="/api/v1/orders", instance="10.2.7.19:8080", job="orders"}',
    '{__name__="up", instance="10.2.3.44:9100", job="node"}',
    '{__name__="kube_pod_status_phase", namespace="batch", phase="Running", pod="etl-28630015-7xq2m"}',
]
CX_QUERIES = [
    "sum by (job) (rate(http_requests_total[5m]))",
    'histogram_quantile(0.99, sum by (le, handler) (rate(http_request_duration_seconds_bucket{job="orders"}[5m])))',
    'topk(20, count by (__name__) ({__name__=~".+"}))',
    'sum(container_memory_working_set_bytes{namespace="shop"}) by (pod)',
    "avg_over_time(node_load1[1h])",
]
CX_PANIC = [
    "",
    "goroutine {g} [running]:",
    "github.com/thanos-io/thanos/pkg/store.(*bucketChunkReader).loadChunks(0xc003a1e000, {{0x2e1c4a8, 0xc0057e2c30}}, {{0xc00651a000, 0x4, 0x5}}, 0xc0048bd5c0, 0x2, 0x0, {{0xc004e9c000, 0x3a8, 0x3a8}}, ...)",
    "\t/go/pkg/mod/github.com/thanos-io/thanos@v0.34.2-0.20240327161147-8a6e4c3c9a8b/pkg/store/bucket.go:3410 +0x8d5",
    "github.com/thanos-io/thanos/pkg/store.(*bucketChunkReader).load.func3()",
    "\t/go/pkg/mod/github.com/thanos-io/thanos@v0.34.2-0.20240327161147-8a6e4c3c9a8b/pkg/store/bucket.go:3371 +0x105",
    "golang.org/x/sync/errgroup.(*Group).Go.func1()",
    "\t/go/pkg/mod/golang.org/x/sync@v0.6.0/errgroup/errgroup.go:78 +0x56",
    "created by golang.org/x/sync/errgroup.(*Group).Go in goroutine {c}",
    "\t/go/pkg/mod/golang.org/x/sync@v0.6.0/errgroup/errgroup.go:75 +0x96",
]


def lf_value(v: object) -> str:
    """go-logfmt: a value is quoted when it holds a space, `=`, `"` or a control byte."""
    s = str(v)
    if s and not any(c <= " " or c in '="' for c in s):
        return s
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def cx_ts(t: datetime, r: random.Random) -> str:
    """RFC3339Nano in UTC, trailing zeros trimmed."""
    frac = f"{t.microsecond * 1000 + r.randint(0, 999):09d}".rstrip("0")
    return f"{t:%Y-%m-%dT%H:%M:%S}" + (f".{frac}" if frac else "") + "Z"


def ulid(r: random.Random, t: datetime) -> str:
    alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    ms = int(t.timestamp() * 1000)
    head = ""
    for _ in range(10):
        head = alphabet[ms % 32] + head
        ms //= 32
    return head + "".join(r.choice(alphabet) for _ in range(16))


def go_secs(s: float) -> str:
    if s < 1:
        return f"{s * 1000:.6f}".rstrip("0").rstrip(".") + "ms"
    if s < 60:
        return f"{s:.9f}".rstrip("0").rstrip(".") + "s"
    m, rest = divmod(s, 60)
    return f"{int(m)}m{rest:.9f}".rstrip("0").rstrip(".") + "s"


def cortex(r: random.Random) -> list[Log]:
    """Cortex 1.17 in microservices mode, 06:00 to 12:00: a tenant's out-of-order samples
    refused all morning, the ingesters' two-hourly head compactions, ingester-1 OOM-killed at
    09:40 while ingester-2 restarts (push errors, query errors, a WAL replay), the compactor's
    hourly runs, store-gateway syncs, slow queries, a store-gateway panic at 10:55."""
    fs = Files()
    gen = {"cortex-ingester-1": 1, "cortex-store-gateway-0": 1}

    def C(
        f: str,
        t: datetime,
        level: str,
        caller: str,
        label: str,
        kv: list[tuple[str, object]],
        raw: list[str] | None = None,
    ) -> datetime:
        p = (f, gen.get(f, 1))
        if raw is not None:
            return fs.add(f"{f}.log", t, label, lambda x: raw, p, 1)
        body = " ".join(f"{k}={lf_value(v)}" for k, v in kv)
        return fs.add(
            f"{f}.log",
            t,
            label,
            lambda x: [f"level={level} ts={cx_ts(x, r)} caller={caller} {body}"],
            p,
            1,
        )

    ing_down = {
        "cortex-ingester-1": (at(9, 40, 22), at(9, 41, 47)),
        "cortex-ingester-2": (at(9, 40, 40), at(9, 41, 6)),
    }
    two_down = (at(9, 40, 40), at(9, 41, 6))

    # a tenant whose HA pair sends out-of-order samples; others' odd refusals
    for t in poisson(r, T0, T_END, 11.5):
        d = r.choice(CX_DISTRIBUTORS)
        tenant = r.choices(CX_TENANTS, [0.05, 0.78, 0.04, 0.1, 0.03])[0]
        series = r.choice(CX_SERIES)
        sts = t - sec(r.uniform(30, 7200))
        stamp = f"{sts:%Y-%m-%dT%H:%M:%S}.{sts.microsecond // 1000:03d}Z"
        kind = r.choices(["ooo", "bounds", "dup", "old", "labels"], [0.7, 0.1, 0.08, 0.07, 0.05])[0]
        if kind == "ooo":
            err = f"rpc error: code = Code(400) desc = user={tenant}: err: out of order sample. timestamp={stamp}, series={series}"
        elif kind == "bounds":
            err = f"rpc error: code = Code(400) desc = user={tenant}: err: out of bounds. timestamp={stamp}, series={series}"
        elif kind == "dup":
            err = f"rpc error: code = Code(400) desc = user={tenant}: err: duplicate sample for timestamp. timestamp={stamp}, series={series}"
        elif kind == "old":
            name = series.split('"')[1]
            err = (
                f'timestamp too old: {int(sts.timestamp() * 1000) - 86400000 * 2} metric: "{name}"'
            )
        else:
            err = f"series has too many labels (actual: {r.randint(31, 40)}, limit: 30) series: '{series}'"
        C(
            d,
            t,
            "warn",
            "push.go:53",
            "push refused",
            [("org_id", tenant), ("msg", "push refused"), ("err", err)],
        )
    for t in poisson(r, two_down[0], two_down[1] + sec(2), 0.45):
        d = r.choice(CX_DISTRIBUTORS)
        C(
            d,
            t,
            "error",
            "push.go:50",
            "push error",
            [
                ("org_id", r.choice(CX_TENANTS)),
                ("msg", "push error"),
                (
                    "err",
                    "at least 2 live replicas required, could only find 1 - unhealthy instances: 10.0.3.12:9095,10.0.3.13:9095",
                ),
            ],
        )

    # slow and failing queries
    for t in poisson(r, T0, T_END, 150):
        tenant = r.choice(CX_TENANTS)
        start = t - sec(r.choice([3600, 21600, 86400, 604800]))
        C(
            CX_FRONTEND,
            t,
            "info",
            "handler.go:186",
            "slow query detected",
            [
                ("org_id", tenant),
                ("msg", "slow query detected"),
                ("method", "GET"),
                ("host", "cortex-query-frontend.cortex.svc.cluster.local:8080"),
                ("path", "/prometheus/api/v1/query_range"),
                ("time_taken", go_secs(r.uniform(10.2, 58))),
                ("param_end", f"{int(t.timestamp())}"),
                ("param_query", r.choice(CX_QUERIES)),
                ("param_start", f"{int(start.timestamp())}"),
                ("param_step", r.choice(["15", "60", "300", "3600"])),
            ],
        )
    for t in poisson(r, ing_down["cortex-ingester-1"][0], ing_down["cortex-ingester-1"][1], 4):
        C(
            CX_FRONTEND,
            t,
            "error",
            "retry.go:73",
            "error processing request",
            [
                ("org_id", r.choice(CX_TENANTS)),
                ("msg", "error processing request"),
                ("try", r.randint(0, 4)),
                (
                    "err",
                    'rpc error: code = Code(500) desc = {"status":"error","errorType":"internal","error":"too many unhealthy instances in the ring"}',
                ),
            ],
        )

    def tsdb_lines(ing: str, t: datetime, tenant: str, kind: str) -> datetime:
        o = ("org_id", tenant)
        if kind == "compact":
            mint = (
                int(t.replace(minute=0, second=0, microsecond=0).timestamp() * 1000)
                - 3 * 3600 * 1000
            )
            u = ulid(r, t)
            t = C(
                ing,
                t,
                "info",
                "compact.go:523",
                "write block",
                [
                    o,
                    ("msg", "write block"),
                    ("mint", mint),
                    ("maxt", mint + 7200000),
                    ("ulid", u),
                    ("duration", go_secs(r.uniform(0.4, 9))),
                ],
            )
            t = C(
                ing,
                t + sec(r.uniform(0.05, 0.6)),
                "info",
                "head.go:1294",
                "Head GC completed",
                [
                    o,
                    ("msg", "Head GC completed"),
                    ("caller", "truncateMemory"),
                    ("duration", go_secs(r.uniform(0.02, 0.9))),
                ],
            )
            seg = r.randint(300, 900)
            t = C(
                ing,
                t + sec(0.01),
                "info",
                "checkpoint.go:101",
                "Creating checkpoint",
                [
                    o,
                    ("msg", "Creating checkpoint"),
                    ("from_segment", seg),
                    ("to_segment", seg + 2),
                    ("mint", mint + 7200000),
                ],
            )
            t = C(
                ing,
                t + sec(r.uniform(0.5, 4)),
                "info",
                "head.go:1262",
                "WAL checkpoint complete",
                [
                    o,
                    ("msg", "WAL checkpoint complete"),
                    ("first", seg),
                    ("last", seg + 2),
                    ("duration", go_secs(r.uniform(0.5, 4))),
                ],
            )
            C(
                ing,
                t + sec(r.uniform(0.5, 20)),
                "info",
                "shipper.go:334",
                "upload new block",
                [o, ("msg", "upload new block"), ("id", u)],
            )
        return t

    for ing in CX_INGESTERS:
        for hh in [7, 9, 11]:
            for tenant in CX_TENANTS:
                t = at(hh, 0, 31) + sec(r.uniform(0, 60))
                tsdb_lines(ing, t, tenant, "compact")

    def cortex_start(f: str, t: datetime, http: str = "[::]:8080") -> datetime:
        t = C(
            f,
            t,
            "info",
            "main.go:217",
            "Starting Cortex",
            [("msg", "Starting Cortex"), ("version", CX_VERSION)],
        )
        return C(
            f,
            t + sec(0.02),
            "info",
            "server.go:351",
            "server listening on addresses",
            [("msg", "server listening on addresses"), ("http", http), ("grpc", "[::]:9095")],
        )

    # ingester-1 OOM-killed at 09:40 and replaying its WAL
    gen["cortex-ingester-1"] = 2
    t = cortex_start("cortex-ingester-1", ing_down["cortex-ingester-1"][0] + sec(18))
    t = C(
        "cortex-ingester-1",
        t + sec(0.1),
        "info",
        "ingester.go:2036",
        "opening existing TSDBs",
        [("msg", "opening existing TSDBs")],
    )
    for tenant in CX_TENANTS:
        o = ("org_id", tenant)
        t = C(
            "cortex-ingester-1",
            t + sec(0.01),
            "info",
            "head.go:606",
            "Replaying on-disk memory mappable chunks if any",
            [o, ("msg", "Replaying on-disk memory mappable chunks if any")],
        )
        t = C(
            "cortex-ingester-1",
            t + sec(r.uniform(0.1, 1.5)),
            "info",
            "head.go:693",
            "On-disk memory mappable chunks replay completed",
            [
                o,
                ("msg", "On-disk memory mappable chunks replay completed"),
                ("duration", go_secs(r.uniform(0.1, 1.5))),
            ],
        )
        t = C(
            "cortex-ingester-1",
            t + sec(0.001),
            "info",
            "head.go:701",
            "Replaying WAL, this may take a while",
            [o, ("msg", "Replaying WAL, this may take a while")],
        )
        first = r.randint(900, 990)
        n = r.randint(3, 9)
        for s in range(first, first + n):
            t = C(
                "cortex-ingester-1",
                t + sec(r.uniform(0.3, 3)),
                "info",
                "head.go:772",
                "WAL segment loaded",
                [o, ("msg", "WAL segment loaded"), ("segment", s), ("maxSegment", first + n - 1)],
            )
        t = C(
            "cortex-ingester-1",
            t + sec(0.01),
            "info",
            "head.go:809",
            "WAL replay completed",
            [
                o,
                ("msg", "WAL replay completed"),
                ("checkpoint_replay_duration", go_secs(r.uniform(0.2, 2))),
                ("wal_replay_duration", go_secs(r.uniform(2, 20))),
                ("wbl_replay_duration", "160ns"),
                ("total_replay_duration", go_secs(r.uniform(3, 24))),
            ],
        )
    t = C(
        "cortex-ingester-1",
        t + sec(0.2),
        "info",
        "lifecycler.go:729",
        "auto-joining cluster after timeout",
        [("msg", "auto-joining cluster after timeout"), ("ring", "ingester")],
    )
    t = C(
        "cortex-ingester-1",
        t + sec(0.4),
        "info",
        "memberlist_client.go:543",
        "joined memberlist cluster",
        [("msg", "joined memberlist cluster"), ("reached_nodes", 11)],
    )
    C(
        "cortex-ingester-1",
        t + sec(0.01),
        "info",
        "cortex.go:523",
        "Cortex started",
        [("msg", "Cortex started")],
    )

    # the store-gateway's periodic syncs, its panic and restart
    sg = "cortex-store-gateway-0"
    panic_at = at(10, 55, 31)
    t = T0 + sec(r.uniform(60, 840))
    while t < T_END:
        if not (panic_at - sec(30) <= t < panic_at + sec(60)):
            t = C(
                sg,
                t,
                "info",
                "bucket_stores.go:154",
                "synchronizing TSDB blocks for all users",
                [("msg", "synchronizing TSDB blocks for all users"), ("reason", "periodic")],
            )
            C(
                sg,
                t + sec(r.uniform(0.8, 6)),
                "info",
                "bucket_stores.go:160",
                "successfully synchronized TSDB blocks for all users",
                [
                    ("msg", "successfully synchronized TSDB blocks for all users"),
                    ("reason", "periodic"),
                ],
            )
        t += sec(900)
    lines = [line.format(g=r.randint(90000, 99999), c=r.randint(80000, 89999)) for line in CX_PANIC]
    C(
        sg,
        panic_at,
        "",
        "",
        "panic: runtime error: index out of range [%d] with length %d",
        [],
        raw=["panic: runtime error: index out of range [4] with length 4", *lines],
    )
    gen[sg] = 2
    t = cortex_start(sg, panic_at + sec(21))
    t = C(
        sg,
        t + sec(0.3),
        "info",
        "bucket_stores.go:154",
        "synchronizing TSDB blocks for all users",
        [("msg", "synchronizing TSDB blocks for all users"), ("reason", "initial")],
    )
    t = C(
        sg,
        t + sec(r.uniform(8, 20)),
        "info",
        "bucket_stores.go:160",
        "successfully synchronized TSDB blocks for all users",
        [("msg", "successfully synchronized TSDB blocks for all users"), ("reason", "initial")],
    )
    t = C(
        sg,
        t + sec(0.3),
        "info",
        "memberlist_client.go:543",
        "joined memberlist cluster",
        [("msg", "joined memberlist cluster"), ("reached_nodes", 11)],
    )
    C(sg, t + sec(0.01), "info", "cortex.go:523", "Cortex started", [("msg", "Cortex started")])

    # the compactor's hourly runs
    comp = "cortex-compactor-0"
    cc = ("component", "compactor")
    for hh in range(6, 12):
        t = C(
            comp,
            at(hh, 17, 4) + sec(r.uniform(0, 2)),
            "info",
            "compactor.go:772",
            "discovering users from bucket",
            [cc, ("msg", "discovering users from bucket")],
        )
        t = C(
            comp,
            t + sec(r.uniform(0.1, 0.8)),
            "info",
            "compactor.go:776",
            "discovered users from bucket",
            [cc, ("msg", "discovered users from bucket"), ("users", len(CX_TENANTS))],
        )
        for tenant in CX_TENANTS:
            t = C(
                comp,
                t + sec(0.01),
                "info",
                "compactor.go:858",
                "starting compaction of user blocks",
                [cc, ("msg", "starting compaction of user blocks"), ("user", tenant)],
            )
            if hh % 2 == 1 or r.random() < 0.3:
                n = 3
                srcs = " ".join(ulid(r, at(hh - 2, 0) + sec(i * 7200)) for i in range(n))
                dur = r.uniform(4, 90)
                t = C(
                    comp,
                    t + sec(dur),
                    "info",
                    "compact.go:1242",
                    "compact blocks",
                    [
                        cc,
                        ("org_id", tenant),
                        ("msg", "compact blocks"),
                        ("count", n),
                        ("mint", int(at(hh - 4, 0).timestamp() * 1000)),
                        ("maxt", int(at(hh - 4, 0).timestamp() * 1000) + 3 * 7200000),
                        ("ulid", ulid(r, t)),
                        ("sources", f"[{srcs}]"),
                        ("duration", go_secs(dur)),
                        ("duration_ms", int(dur * 1000)),
                    ],
                )
            t = C(
                comp,
                t + sec(r.uniform(0.5, 3)),
                "info",
                "compactor.go:866",
                "successfully compacted user blocks",
                [cc, ("msg", "successfully compacted user blocks"), ("user", tenant)],
            )
    return fs.logs(T0)


SYSTEMS = {
    "inspircd": inspircd,
    "unrealircd": unrealircd,
    "ergo": ergo,
    "spire": spire,
    "cortex": cortex,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
