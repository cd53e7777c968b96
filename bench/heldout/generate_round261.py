#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 261 (umurmur, tmodloader, dayz, ioquake3, bedrock-server)
into bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five game and voice servers, 06:00 to 12:00 on
2024-06-07.

None of the brief's five could be written as a new system: the Mumble server (`murmur`),
Counter-Strike 2's `srcds` log (the HL log standard of the set's TF2 `srcds`), the Rust dedicated
server (`rust-oxide`'s RustDedicated.log) and Palworld (`palworld`) are in the set, and a
vanilla Terraria dedicated server prints a dozen console lines a day (`tshock` is its server
with TShock). Each is replaced by a related program that is not in the set: uMurmur for
murmur, tModLoader (the modded Terraria server, log4net) for Terraria, DayZ's admin log for
Rust (a survival sandbox's PvP record), ioquake3's games.log for Counter-Strike 2 (a shooter's
per-match log) and the Minecraft Bedrock Dedicated Server for Palworld (a survival-crafting
server in Docker).

- uMurmur 0.2.20, OpenSSL build (`voice-journal.log`: a clan's VPS running `umurmurd -d` under
  systemd, `journalctl -u umurmur` short output, `Jun 07 06:01:08 voice umurmurd[1187]: INFO:
  User Kaspar authenticated - [1] Kaspar@[91.64.199.226]:62112`; `gw-logread.log`: a family's
  OpenWrt router running it as a daemon to syslog, `logread`'s `Fri Jun  7 07:17:25 2024
  daemon.info uMurmurd[2219]: INFO: ...`). log.c's `Log_info` / `Log_warn` put `INFO: ` /
  `WARN: ` before the message and `Log_info_client` appends ` - [%d] %s@[%s]:%d` (session,
  user, address, port) after it. Members authenticating and leaving (`User %s authenticated`,
  `Connection closed by peer`, `Timeout, closing.`, `Error: %s  - Closing connection (code %d)`
  with the errno's text, `SSL error: %d - Closing connection`), admins (`User provided admin
  password`), scanners on 64738 (`SSL error: %s` with ERR_error_string of an SSL_get_error
  code, `SSL negotiation failed with %s on port %d`), the server password changed at 07:00 and
  a few members still on the old one (`Server reject reason: Wrong server password`), dropped
  clients reconnecting while their ghost session lives (`Server reject reason: Username already
  in use` until `Timeout, closing.`), the raid at 08:00 filling the 50 slots (`Server reject
  reason: Server is full (max %d users)`), two kicks and a troll kickbanned twice (`User
  kicked. Reason: '%s'`, `User kickbanned. Reason: '%s' Hash: %s IP: %s Banned for: %d
  seconds`, `Address %s banned. Disconnecting`), `Client with sessionID %d not found`, the
  package upgrade at 11:02 (`TERM signal. Shutting down.`, `Banlist file '%s': %d entries
  written`, the start-up: `OpenSSL library initialized`, `Banlist file '%s': %d entries read`,
  `uMurmur version %s ('%s') protocol version %d.%d.%d`, `Visit https://github.com/umurmur/
  umurmur`, everyone reconnecting); the router rebooted at 07:12 (`PID-file: %s`).
- tModLoader v2024.5.3.1 (Terraria 1.4.4.9) dedicated server with twelve mods
  (`server-2024-06-07-06-00-02.log`, the run from 06:00 as the operator unpacked it from
  tModLoader-Logs/Old, and `server.log`, the run after the crash): log4net's `[%d{HH:mm:ss.fff}]
  [%t/%level] [%logger]: %m%n`. Start-up (`Starting tModLoader server %s built %s`, `Log date:
  %s`, `Running on %s (v%s) %s %s %s`, `CPU: %s processors. RAM: %s`, `FrameworkDescription:
  %s`, `Executable: %s`, `Working Directory: %s`, `Launch Parameters: %s`, `Parsed Launch
  Parameters: %s`, `Finding Mods...`, `Sandboxing: %s`, `Instantiating Mods...`, `Finalizing
  Content: %s (%s) v%s`, `Mod Load Completed in %dms`, the StatusText logger's `Resetting game
  objects`, `Loading world data`, `Settling liquids`, the console's `Listening on port %d`,
  `Type 'help' for a list of commands.`, `Server started`); players (`%s is connecting...`, one
  `Sending Server Config %s %s: %s` per server-side config per join, `%s has joined.`, `<%s> %s`
  chat, `%s has left.`, a vanilla client `%s was booted: You are not using the same version as
  this server.`), a dropped connection's first-chance exception (`Silently Caught Exception:
  System.IO.IOException: Unable to read data from the transport connection: Connection reset
  by peer.` with its inner SocketException and frames), the world saved at every dawn and dusk
  (`Saving world data`, `Validating world save`, `Backing up world file` on a `.NET TP Worker`),
  bosses (`%s has awoken!`, `%s has been defeated!`), and Infernum's Golem AI throwing at 09:38
  (`Unhandled Exception` with a NullReferenceException's stack), systemd restarting the server.
- DayZ 1.25 community server on Chernarus (`DayZServer_x64_2024-06-07_06-00-04.ADM`,
  `DayZServer_x64_2024-06-07_10-00-05.ADM`: the admin log of two runs, the server restarted
  every four hours; `AdminLog started on %s at %s`, then `HH:MM:SS | message`). The engine's
  `Player "%s" is connected (id=%s)`, `Player "%s"(id=%s) has been disconnected`,
  `Chat("%s"(id=%s)): %s`; PluginAdminLog's messages, each opening with GetPlayerPrefix's
  `Player "%s" (id=%s pos=<%s, %s, %s>)` (`(DEAD)` after the name of a dead player): hits by
  infected and animals, by players with guns (`... with %s from %s meters `, a trailing space),
  melee weapons and fists, falls and a grenade, kills by players, infected and animals, `died.
  Stats> Water: %s Energy: %s Bleed sources: %s`, `bled out`, `is unconscious` / `regained
  consciousness`, `committed suicide`, placements (`placed %s<%s>`), base building (`built %s
  with %s`, `dismantled %s with %s`), emotes, a flag raised, and the five-minute player list
  (`##### PlayerList log: %s players`, one bare prefix per player, `#####`).
- ioquake3 1.36 (`ffa-games.log`: a free-for-all server with bots filling to four while anyone
  plays; `ctf-games.log`: a CTF server): g_main.c's G_LogPrintf, `%3i:%i%i ` (minutes and seconds
  since the map started, right-aligned, so every line opens with one or two blanks) before
  `------------------------------------------------------------`, `InitGame: %s` (the
  serverinfo string), `ClientConnect: %i`, `ClientUserinfoChanged: %i %s` (the player's
  configstring, a bot's with `skill`), `ClientBegin: %i`, `ClientDisconnect: %i`, `Item: %i %s`,
  `Kill: %i %i %i: %s killed %s by %s` (`<world>` killing by trigger_hurt, falling, lava),
  `say: %s: %s`, `sayteam: %s: %s`, `tell: %s to %s: %s`, `Exit: Timelimit hit.`, `red:%i
  blue:%i`, `score: %i  ping: %i  client: %i %s`, `ShutdownGame:`; maps in rotation all
  morning, humans coming and going.
- Minecraft Bedrock Dedicated Server 1.21.2.02, updated to 1.21.3.01 at 10:00 (`mc-bedrock.log`:
  `docker logs` of a container running bedrock_server): `NO LOG FILE! - setting up server
  logging...`, then `[2024-06-07 05:58:51:040 INFO] Starting Server` (milliseconds after a
  colon), the start-up (`Version: %s`, `Session ID: %s`, `Build ID: %s`, `Branch: %s`, `Commit ID:
  %s`, `Configuration: %s`, `Level Name: %s`, `No CDN config file found for dedicated server`,
  `Game mode: %d %s`, `Difficulty: %d %s`, `Content logging to console is enabled.`, `Opening
  level '%s'`, `IPv4 supported, port: %d: Used for gameplay and LAN discovery`, `IPv6 supported,
  port: %d: Used for gameplay`, `Server started.`, the telemetry notice: one write of seven
  lines under one head); players (`Player connected: %s, xuid: %s`, `Player Spawned: %s xuid: %s,
  pfid: %s`, `Player disconnected: %s, xuid: %s, pfid: %s`), a Discord bot's `list` every 30 s
  (`There are %d/%d players online:` and the names on a bare line), `Running AutoCompaction...`,
  the backup sidecar every 15 minutes (`Saving...`, `A previous save has not been completed.`,
  `Data saved. Files are now ready to be copied.` and the file list on a bare line, `Changes to
  the world are resumed.`), a leaderboard add-on's script errors until the update (`[Scripting]
  TypeError: cannot read property '%s' of undefined    at <anonymous> (scripts/main.js:%d)`,
  `[Scripting] ReferenceError: '%s' is not defined    at tickHandler (scripts/%s:%d)`),
  `Player added to allowlist`, `Stopping server...`, `Quit correctly`.

Label notes. The heads are context: the journal's and logread's time, host, priority and ident,
uMurmur's `INFO: ` / `WARN: ` and the ` - [%d] %s@[%s]:%d` Log_info_client appends; log4net's
time, thread, level and logger; the ADM's `HH:MM:SS | `; games.log's `%3i:%i%i `; BDS's `[date
time:ms LEVEL]` and `NO LOG FILE! - `, and the content log's `[Scripting] ` area. A value that
is itself a message contributes its format: uMurmur's reject reasons (`Server reject reason:
Server is full (max %d users)`) and errno texts, the .NET exception text, the script errors. A
literal passed or picked by branch is wording (G_LogPrintf's `Exit: %s` with `Timelimit hit.`,
`<world>` as the killer's name, DayZ's `(DEAD)`, tModLoader's `server` in the start line).
Names, ids, positions, display names (DayZ's `Infected`, `Grey Wolf`, weapon names), boss names,
chat text, JSON configs, serverinfo and configstrings, MOD_ enum names are values. The later
lines of one write have no row: the .NET stacks, BDS's telemetry notice and the bare lines that
`list` and `save query` print after their head. Checked against copies of the sources:
uMurmur's log.c, client.c, messagehandler.c, ban.c, server.c, main.c and ssli_openssl.c;
tModLoader's Logging.cs (the layout, the start-up lines, ServerConsoleLine), ModNet.cs
(`Sending Server Config %s %s: %s`) and ModLoader.cs (`Mod Load Completed in %dms`); DayZ's
PluginAdminLog.c (every script message) and copies of real ADM lines for the engine's three;
ioquake3's ClientUserinfoChanged configstrings; BDS's player lines against copies of real
ones. Least sure (from the helper's memory): uMurmur 0.2.20's codename; the rest of
ioquake3's games.log (G_LogPrintf's head and the g_client.c, g_combat.c, g_items.c, g_cmds.c
and LogExit messages); tModLoader's `Sandboxing: %s`, `Instantiating
Mods...`, the thread names `Server Loop` and `.NET TP Worker`, the build string of the first
line, the StatusText texts, whether the server prints boss awakenings and chat through
ServerConsoleLine, the `Silently Caught Exception:` layout and the vanilla boot reason; DayZ's
`built %s with %s` / `dismantled %s with %s` texts (ActionBuildPart's GetAdminLogMessage), the
chat line and what GetDisplayName returns for infected and animals; the BDS start-up order,
`Content logging to console is enabled.`, the `[Scripting]` error layout and the blank bare
line `list` prints with nobody online.
"""

from __future__ import annotations

import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round55 import poisson
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at

MS = 1_000
SEC = 1_000_000


# ---------------------------------------------------------------------------------- umurmur

UM_CLAN = [
    "Raven",
    "Kestrel",
    "b0rk",
    "Dunkelheit",
    "Mira",
    "Big Tony",
    "sk8terboi",
    "Lotte",
    "Fenrir_DE",
    "Pilz",
    "Hawkeye",
    "jan.k",
    "Nimue",
    "Oachkatzl",
    "Gremlin",
    "Mr Pickles",
    "Svenja",
    "TheBaron",
    "Kaiju",
    "Vex",
    "Quirin",
    "ZeroCool",
    "Ellie",
    "MoonPie",
    "Taktiker",
    "Bruno",
    "nightowl",
    "Kraut",
    "Ylva",
    "Sepp",
    "Rook",
    "Blitz",
    "Wendigo",
    "Hanna",
    "Marv",
    "GhostOfKyiv",
    "Tjark",
    "Ludo",
    "Pixel",
    "Anouk",
    "Crusher",
    "Olli",
    "Schnitzel",
    "Yuki",
    "Drummer",
    "Kaspar",
    "Freya",
    "Ratte",
    "Ozzy",
    "Greta",
    "Vladi",
    "Mo",
    "Tilda",
    "Snorre",
    "Knut",
    "Ava",
]
UM_GUESTS = [
    "Guest_4411",
    "Mumla User",
    "Pavel",
    "der_Neue",
    "Chris",
    "Bolt",
    "Ines",
    "Thunder",
    "Klaus-Dieter",
    "Maja",
    "Fynn",
    "xenon",
    "Sam",
    "Peppa",
    "Loki",
    "Juri",
]
UM_ADMINS = {"Raven", "Kestrel", "Dunkelheit"}
UM_FAMILY = ["papa", "Mama", "Lena", "Jonas", "Opa Heinz", "Tante Bea", "jonas-tablet"]
UM_SCANNERS = [
    "162.142.125.211",
    "167.94.138.44",
    "198.235.24.156",
    "71.6.199.23",
    "185.242.226.17",
    "205.210.31.38",
    "45.83.66.112",
    "94.102.61.7",
    "80.82.77.139",
    "147.185.132.91",
]
UM_ERRNO = [
    ("Connection reset by peer", 104, 0.7),
    ("Connection timed out", 110, 0.25),
    ("No route to host", 113, 0.05),
]


def um_client_ip(r: random.Random) -> str:
    nets = ["84.150", "91.64", "79.205", "178.24", "2.207", "93.130", "185.17", "31.16", "46.114"]
    return f"{r.choice(nets)}.{r.randint(1, 254)}.{r.randint(1, 254)}"


def umurmur(r: random.Random) -> list[Log]:
    """uMurmur on a clan's VPS (journal) and on a family's OpenWrt router (logread)."""
    fs = Files()
    vps_f, gw_f = "voice-journal.log", "gw-logread.log"
    vps_pid = [1187]
    gw_pid = [2219]

    def vps(t: datetime, label: str, level: str, msg: str, pid: int | None = None) -> datetime:
        p = pid if pid is not None else vps_pid[0]
        return fs.add(
            vps_f,
            t,
            label,
            lambda x: [f"{x:%b %d %H:%M:%S} voice umurmurd[{p}]: {level}: {msg}"],
            ("vps", p),
            SEC,
        )

    def gw(t: datetime, label: str, level: str, msg: str) -> datetime:
        p = gw_pid[0]
        prio = {"INFO": "daemon.info", "WARN": "daemon.warn", "FATAL": "daemon.crit"}[level]
        return fs.add(
            gw_f,
            t,
            label,
            lambda x: [
                f"{x:%a %b} {x.day:2d} {x:%H:%M:%S %Y} {prio} uMurmurd[{p}]: {level}: {msg}"
            ],
            ("gw", p),
            SEC,
        )

    def sfx(sid: int, user: str, ip: str, port: int) -> str:
        return f" - [{sid}] {user}@[{ip}]:{port}"

    class Srv:
        """Session ids of one server: the lowest free id, as findFreeSessionId."""

        def __init__(self) -> None:
            self.used: dict[int, datetime] = {}

        def take(self, t: datetime, until: datetime) -> int:
            for k in [k for k, v in self.used.items() if v <= t]:
                del self.used[k]
            sid = 1
            while sid in self.used:
                sid += 1
            self.used[sid] = until
            return sid

        def reset(self) -> None:
            self.used.clear()

    def start(emit, t: datetime, banfile: str | None, nban: int, daemon: bool) -> datetime:
        if daemon:
            t = emit(t, "PID-file: %s", "INFO", "PID-file: /var/run/umurmurd.pid")
        t = emit(t + sec(0.3), "OpenSSL library initialized", "INFO", "OpenSSL library initialized")
        if banfile:
            t = emit(
                t + sec(0.01),
                "Banlist file '%s': %d entries read",
                "INFO",
                f"Banlist file '{banfile}': {nban} entries read",
            )
        t = emit(
            t + sec(0.05),
            "uMurmur version %s ('%s') protocol version %d.%d.%d",
            "INFO",
            "uMurmur version 0.2.20 ('Loopy') protocol version 1.2.4",
        )
        return emit(
            t + sec(0.001),
            "Visit https://github.com/umurmur/umurmur",
            "INFO",
            "Visit https://github.com/umurmur/umurmur",
        )

    # ------------------------------------------------------------------ the clan's VPS
    srv = Srv()
    banfile = "/var/lib/umurmur/banfile.txt"
    restart = at(11, 2, 14)
    down_until = at(11, 2, 21)
    bans: dict[str, datetime] = {"203.0.113.77": at(23, 0)}  # an old ban from the file

    def vps_up(t: datetime) -> bool:
        return not (restart <= t < down_until)

    def close_line(t: datetime, s: str, how: str) -> datetime:
        if how == "peer":
            return vps(t, "Connection closed by peer", "INFO", "Connection closed by peer" + s)
        if how == "timeout":
            return vps(t, "Timeout, closing.", "INFO", "Timeout, closing." + s)
        if how == "ssl":
            return vps(
                t,
                "SSL error: %d - Closing connection",
                "INFO",
                "SSL error: 1 - Closing connection" + s,
            )
        text, code, _ = r.choices(UM_ERRNO, [w for *_, w in UM_ERRNO])[0]
        return vps(
            t,
            f"Error: {text}  - Closing connection (code %d)",
            "INFO",
            f"Error: {text}  - Closing connection (code {code})" + s,
        )

    online: dict[str, datetime] = {}  # user -> time the session ends
    raid = (at(8, 0), at(9, 35))
    pw_changed = at(7, 0)
    stale_pw = [
        "Pilz",
        "Kaiju",
        "Marv",
        "Snorre",
        "Ylva",
        "Bruno",
        "Tilda",
    ]  # still on the old password for a while
    fixed_pw: dict[str, datetime] = {u: at(7, 0) + sec(r.uniform(1800, 9000)) for u in stale_pw}
    sessions: list[tuple[datetime, str]] = []
    for u in UM_CLAN + UM_GUESTS:
        busy = r.uniform(0.3, 1.6) if u in UM_CLAN else r.uniform(0.1, 0.4)
        for t in poisson(r, T0, T_END, 1100 / busy):
            sessions.append((t, u))
    # the raid night of the EU morning crew: everybody turns up around 08:00
    for u in UM_CLAN:
        if r.random() < 0.93:
            sessions.append((raid[0] - sec(r.uniform(-600, 1500)), u))
    sessions.sort()
    dropped: list[str] = []
    for t, u in sessions:
        if not vps_up(t) or t >= T_END:
            continue
        if u in online and online[u] > t:
            continue
        ip, port = um_client_ip(r), r.randint(49152, 65535)
        if t < raid[1] and t >= raid[0] - sec(1500):
            dur = r.uniform(1800, 6000)
        else:
            dur = r.expovariate(1 / 700) + 40
        end = min(t + sec(dur), T_END + sec(3600))
        # a password change at 07:00: a few members keep the old one in their favourites
        if u in stale_pw and pw_changed <= t < fixed_pw[u]:
            for k in range(r.randint(1, 3)):
                tk = t + sec(k * r.uniform(8, 40))
                sid = srv.take(tk, tk + sec(1))
                vps(
                    tk,
                    "Server reject reason: Wrong server password",
                    "INFO",
                    "Server reject reason: Wrong server password" + sfx(sid, "", ip, port + k),
                )
            continue
        n_on = sum(1 for v in online.values() if v > t)
        if n_on >= 50:
            sid = srv.take(t, t + sec(1))
            vps(
                t,
                "Server reject reason: Server is full (max %d users)",
                "INFO",
                "Server reject reason: Server is full (max 50 users)" + sfx(sid, "", ip, port),
            )
            continue
        if restart > t and end > restart:
            end = restart  # the restart drops everyone
            dropped.append(u)
        sid = srv.take(t, end)
        ta = t + sec(r.uniform(0.3, 2.5))
        if u in UM_ADMINS:
            ta = vps(
                ta,
                "User provided admin password",
                "INFO",
                "User provided admin password" + sfx(sid, u, ip, port),
            )
        vps(ta, "User %s authenticated", "INFO", f"User {u} authenticated" + sfx(sid, u, ip, port))
        online[u] = end
        if end == restart:
            online[u] = T_END + sec(7200)  # back after the restart, below
        if end >= T_END or end == restart:
            continue
        how = r.choices(["peer", "timeout", "errno", "ssl"], [0.72, 0.14, 0.12, 0.02])[0]
        if how == "timeout":
            # the client's network dropped: it reconnects before the ghost times out
            close_line(end + sec(30), sfx(sid, u, ip, port), how)
            online[u] = end + sec(30)
            tr = end + sec(r.uniform(3, 8))
            while tr < end + sec(30):
                rid = srv.take(tr, tr + sec(1))
                vps(
                    tr,
                    "Server reject reason: Username already in use",
                    "INFO",
                    "Server reject reason: Username already in use"
                    + sfx(rid, "", um_client_ip(r), r.randint(49152, 65535)),
                )
                tr += sec(r.uniform(5, 11))
            # the ghost gone, the reconnect goes through
            ip2, port2 = um_client_ip(r) if r.random() < 0.5 else ip, r.randint(49152, 65535)
            end2 = min(tr + sec(r.expovariate(1 / 1200) + 60), restart if tr < restart else T_END)
            sid2 = srv.take(tr, end2)
            vps(
                tr,
                "User %s authenticated",
                "INFO",
                f"User {u} authenticated" + sfx(sid2, u, ip2, port2),
            )
            online[u] = end2
            if end2 == restart:
                dropped.append(u)
                online[u] = T_END + sec(7200)
            elif end2 < T_END:
                close_line(end2, sfx(sid2, u, ip2, port2), "peer")
        else:
            close_line(end, sfx(sid, u, ip, port), how)
    # scanners: TLS probes and HTTP banners on 64738
    for t in poisson(r, T0, T_END, 62):
        if not vps_up(t):
            continue
        ip = (
            r.choice(UM_SCANNERS)
            if r.random() < 0.7
            else f"{r.randint(1, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        )
        srv.take(t, t + sec(1))
        reason = r.choices(["1", "5"], [0.75, 0.25])[0]
        t2 = vps(
            t, "SSL error: %s", "WARN", f"SSL error: error:0000000{reason}:lib(0)::reason({reason})"
        )
        if r.random() < 0.22:
            vps(
                t2,
                "SSL negotiation failed with %s on port %d",
                "WARN",
                f"SSL negotiation failed with {ip} on port {r.randint(1024, 65535)}",
            )
    # the admins at work: two kicks for open mics, a troll kickbanned twice
    for tk, _admin, victim, reason in [
        (at(8, 22, 41), "Raven", "sk8terboi", "open mic, fix your push-to-talk"),
        (at(9, 3, 12), "Kestrel", "Crusher", ""),
        (at(10, 47, 5), "Dunkelheit", "Ozzy", "AFK in raid channel"),
    ]:
        sid = r.randint(3, 40)
        vps(
            tk,
            "User kicked. Reason: '%s'",
            "INFO",
            f"User kicked. Reason: '{reason or 'N/A'}'"
            + sfx(sid, victim, um_client_ip(r), r.randint(49152, 65535)),
        )
    troll_ip = "198.51.100.23"
    for tb, reason in [(at(8, 51, 30), "micspam"), (at(10, 14, 2), "micspam again")]:
        t = vps(
            tb - sec(r.uniform(200, 400)),
            "User %s authenticated",
            "INFO",
            f"User xX_Sh4dow_Xx authenticated{sfx(44, 'xX_Sh4dow_Xx', troll_ip, 51873)}",
        )
        vps(
            tb,
            "User kickbanned. Reason: '%s' Hash: %s IP: %s Banned for: %d seconds",
            "INFO",
            f"User kickbanned. Reason: '{reason}' Hash: {hexid(r, 40)} IP: {troll_ip} Banned for: 3600 seconds"
            + sfx(44, "xX_Sh4dow_Xx", troll_ip, 51873),
        )
        bans[troll_ip] = tb + sec(3600)
        for ta in poisson(r, tb + sec(20), tb + sec(900), 120):
            vps(
                ta,
                "Address %s banned. Disconnecting",
                "INFO",
                f"Address {troll_ip} banned. Disconnecting",
            )
    # the old ban from the file keeps its owner out
    for ta in poisson(r, at(6, 30), at(7, 15), 300):
        vps(
            ta,
            "Address %s banned. Disconnecting",
            "INFO",
            "Address 203.0.113.77 banned. Disconnecting",
        )
    # a client sending a stale mute for a session that has gone
    for tw in [at(8, 37, 19), at(9, 12, 2), at(11, 40, 55)]:
        vps(
            tw,
            "Client with sessionID %d not found",
            "WARN",
            f"Client with sessionID {r.randint(5, 45)} not found",
        )
    # the restart for the package upgrade at 11:02
    vps(restart, "TERM signal. Shutting down.", "INFO", "TERM signal. Shutting down.")
    vps(
        restart + sec(0.2),
        "Banlist file '%s': %d entries written",
        "INFO",
        f"Banlist file '{banfile}': 2 entries written",
    )
    vps_pid[0] = 20931
    start(lambda t, label, lv, m: vps(t, label, lv, m), down_until, banfile, 2, False)
    # everybody online at 11:02 comes back within a minute (the client reconnects by itself)
    back = sorted(set(dropped))
    srv.reset()
    for u in back:
        t = down_until + sec(r.uniform(4, 60))
        ip, port = um_client_ip(r), r.randint(49152, 65535)
        sid = srv.take(t, T_END + sec(3600))
        if u in UM_ADMINS:
            t = vps(
                t,
                "User provided admin password",
                "INFO",
                "User provided admin password" + sfx(sid, u, ip, port),
            )
        vps(t, "User %s authenticated", "INFO", f"User {u} authenticated" + sfx(sid, u, ip, port))
        end = t + sec(r.expovariate(1 / 1500) + 60)
        if end < T_END:
            close_line(
                end,
                sfx(sid, u, ip, port),
                r.choices(["peer", "timeout", "errno"], [0.8, 0.1, 0.1])[0],
            )

    # ------------------------------------------------------------ the family's router
    gw_boot = at(7, 12, 40)
    gw_srv = Srv()

    def gwe(t: datetime, label: str, lv: str, m: str) -> datetime:
        return gw(t, label, lv, m)

    start(gwe, gw_boot, None, 0, True)
    fam_sessions: list[tuple[datetime, str]] = []
    for u in UM_FAMILY:
        for t in poisson(r, gw_boot + sec(60), T_END, r.uniform(2400, 7000)):
            fam_sessions.append((t, u))
    fam_sessions.sort()
    fam_on: dict[str, datetime] = {}
    for t, u in fam_sessions:
        if u in fam_on and fam_on[u] > t:
            continue
        ip = f"192.168.1.{r.randint(100, 199)}" if r.random() < 0.7 else um_client_ip(r)
        port = r.randint(32768, 60999)
        end = t + sec(r.expovariate(1 / 1200) + 30)
        sid = gw_srv.take(t, end)
        if u == "jonas-tablet" and r.random() < 0.3:
            gw(
                t,
                "Server reject reason: Wrong server password",
                "INFO",
                "Server reject reason: Wrong server password" + sfx(sid, "", ip, port),
            )
            continue
        gw(
            t + sec(r.uniform(0.5, 2)),
            "User %s authenticated",
            "INFO",
            f"User {u} authenticated" + sfx(sid, u, ip, port),
        )
        fam_on[u] = end
        if end < T_END:
            how = r.choices(["peer", "timeout"], [0.75, 0.25])[0]
            if how == "peer":
                gw(
                    end,
                    "Connection closed by peer",
                    "INFO",
                    "Connection closed by peer" + sfx(sid, u, ip, port),
                )
            else:
                gw(
                    end + sec(30),
                    "Timeout, closing.",
                    "INFO",
                    "Timeout, closing." + sfx(sid, u, ip, port),
                )
    for t in poisson(r, gw_boot + sec(30), T_END, 420):
        reason = r.choices(["1", "5"], [0.6, 0.4])[0]
        gw(t, "SSL error: %s", "WARN", f"SSL error: error:0000000{reason}:lib(0)::reason({reason})")
    return fs.logs(T0)


# ------------------------------------------------------------------------------- tmodloader

TM_VERSION = "2024.5.3.1"
TM_MODS = [
    ("CalamityMod", "Calamity Mod", "2.0.4.3"),
    ("CalamityModMusic", "Calamity Mod Music", "2.0.1.2"),
    ("ThoriumMod", "Thorium Mod", "1.7.1.5"),
    ("Fargowiltas", "Fargo's Mutant Mod", "3.3.4.1"),
    ("MagicStorage", "Magic Storage", "0.6.1.3"),
    ("BossChecklist", "Boss Checklist", "1.6.5"),
    ("AlchemistNPCLite", "AlchemistNPC Lite", "1.9.9.3"),
    ("InfernumMode", "Infernum Mode", "1.0.1.2"),
    ("Census", "Census - Town NPC Checklist", "4.4.1"),
    ("SubworldLibrary", "Subworld Library", "2.2.1.2"),
    ("StructureHelper", "Structure Helper", "2.0.5"),
    ("LuiAFK", "LuiAFK", "1.5.3.4"),
]
TM_CONFIGS = [
    (
        "CalamityMod",
        "CalamityServerConfig",
        '{"EarlyHardmodeProgressionRework":true,"BossRushDashCurse":false,"BossRushIFrameCurse":false,"BossRushXerocCurse":false,"DefiledRuneOfThePure":true,"BossZen":true,"BossHealthBoost":0}',
    ),
    (
        "Fargowiltas",
        "FargoServerConfig",
        '{"SwarmItemsUsedInCrafting":true,"CatchNPCs":false,"SaferBoundNPCs":false,"EnemyDrops":true,"Fountain":true,"TorchGodEX":true,"HalloweenEventEverywhere":false}',
    ),
    (
        "MagicStorage",
        "MagicStorageServerConfig",
        '{"allowAutomatonToMoveIn":true,"useNewCraftingMenu":true,"recursionCraftingDepth":3}',
    ),
]
TM_PLAYERS = [
    "Zephyr",
    "Lumi",
    "Cpt. Crunch",
    "Nyx",
    "Terra Byte",
    "Mochi",
    "Grimbold",
    "Ashen",
    "Pebble",
    "Vortexia",
    "Korbin",
    "Sunny D",
    "Tharn",
    "Elowen",
    "Bramble",
    "Quill",
    "Rusty",
    "Isolde",
    "Dex",
    "Marigold",
    "Hollow Knight",
    "Fern",
]
TM_CHAT = [
    "anyone up for calamitas?",
    "lol",
    "brb",
    "who took my mythril",
    "nice",
    "gg",
    "the storage heart is at spawn",
    "can someone make me a nurse house",
    "wheres the guide voodoo doll",
    "oof",
    "im stuck in the underworld again",
    "need healing pots",
    "thx!",
    "omg the lag",
    "going afk 5 min",
    "anyone got souls of flight?",
    "wow that drop",
    "ok ready",
    "wait for me",
    "ty",
    "dont kill the guide pls",
    "back",
    "i have 40 hellstone bars if someone needs",
    "which arena?",
    "rip",
]
TM_BOSSES = [
    ("Eye of Cthulhu", "The Eye of Cthulhu"),
    ("Skeletron Prime", "Skeletron Prime"),
    ("The Destroyer", "The Destroyer"),
    ("Plantera", "Plantera"),
    ("Calamitas Clone", "Calamitas Clone"),
    ("The Twins", "The Twins"),
]
TM_RESET = [
    "   at System.Net.Sockets.NetworkStream.Read(Byte[] buffer, Int32 offset, Int32 count)",
    "   --- End of inner exception stack trace ---",
    "   at System.Net.Sockets.NetworkStream.Read(Byte[] buffer, Int32 offset, Int32 count)",
    "   at Terraria.Net.Sockets.TcpSocket.ReadCallback(IAsyncResult result) in tModLoader\\Terraria\\Net\\Sockets\\TcpSocket.cs:line 141",
]
TM_CRASH = [
    "System.NullReferenceException: Object reference not set to an instance of an object.",
    "   at InfernumMode.Content.BehaviorOverrides.BossAIs.Golem.GolemBodyBehaviorOverride.PreAI(NPC npc) in InfernumMode\\Content\\BehaviorOverrides\\BossAIs\\Golem\\GolemBodyBehaviorOverride.cs:line 212",
    "   at InfernumMode.Core.GlobalInstances.GlobalNPCs.GlobalNPCOverrides.PreAI(NPC npc) in InfernumMode\\Core\\GlobalInstances\\GlobalNPCs\\GlobalNPCOverrides.cs:line 331",
    "   at Terraria.ModLoader.NPCLoader.PreAI(NPC npc) in tModLoader\\Terraria\\ModLoader\\NPCLoader.cs:line 361",
    "   at Terraria.NPC.AI() in tModLoader\\Terraria\\NPC.cs:line 10822",
    "   at Terraria.NPC.UpdateNPC_Inner(Int32 i) in tModLoader\\Terraria\\NPC.cs:line 90231",
    "   at Terraria.NPC.UpdateNPC(Int32 i) in tModLoader\\Terraria\\NPC.cs:line 89940",
    "   at Terraria.Main.DoUpdateInWorld(Stopwatch sw) in tModLoader\\Terraria\\Main.cs:line 15210",
    "   at Terraria.Main.DoUpdate(GameTime& gameTime) in tModLoader\\Terraria\\Main.cs:line 14744",
    "   at Terraria.Main.DedServ_PostModLoad() in tModLoader\\Terraria\\Main.cs:line 6162",
    "   at Terraria.Main.DedServ() in tModLoader\\Terraria\\Main.cs:line 6011",
    "   at Terraria.Program.RunGame() in tModLoader\\Terraria\\Program.cs:line 192",
]


def tmodloader(r: random.Random) -> list[Log]:
    """A modded Terraria server (tModLoader 1.4.4), two runs: 06:00 and after the 09:38 crash."""
    fs = Files()
    runs = [("server-2024-06-07-06-00-02.log", at(6, 0, 2.318)), ("server.log", at(9, 38, 57.604))]
    crash = at(9, 38, 21.733)

    def fname(t: datetime) -> str:
        return runs[0][0] if t < crash + sec(1) else runs[1][0]

    def L(
        t: datetime,
        thread: str,
        level: str,
        logger: str,
        label: str | None,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        f = fname(t)

        def text(x: datetime) -> list[str]:
            head = f"[{x:%H:%M:%S}.{x.microsecond // 1000:03d}] [{thread}/{level}] [{logger}]: "
            return [head + msg] + (more or [])

        return fs.add(f, t, label, text, f, MS)

    def boot(t: datetime) -> datetime:
        def tml(t: datetime, label: str, msg: str) -> datetime:
            return L(t, "Main Thread", "INFO", "tML", label, msg)

        t = tml(
            t,
            "Starting tModLoader server %s built %s",
            f"Starting tModLoader server v{TM_VERSION} stable built 6/1/2024 2:11 PM",
        )
        t = tml(t + sec(0.001), "Log date: %s", f"Log date: {t:%-m/%-d/%Y}")
        t = tml(
            t + sec(0.002),
            "Running on %s (v%s) %s %s %s",
            "Running on Linux (v5.15.0.112) X64 NetCore 8.0.4",
        )
        t = tml(t + sec(0.02), "CPU: %s processors. RAM: %s", "CPU: 4 processors. RAM: 7.75 GB")
        t = tml(t + sec(0.001), "FrameworkDescription: %s", "FrameworkDescription: .NET 8.0.4")
        t = tml(
            t + sec(0.001), "Executable: %s", "Executable: /srv/terraria/tModLoader/tModLoader.dll"
        )
        t = tml(
            t + sec(0.001), "Working Directory: %s", "Working Directory: /srv/terraria/tModLoader"
        )
        params = "-server -config /srv/terraria/serverconfig.txt -tmlsavedirectory /srv/terraria/saves -nosteam"
        t = tml(t + sec(0.001), "Launch Parameters: %s", f"Launch Parameters: {params}")
        t = tml(
            t + sec(0.001),
            "Parsed Launch Parameters: %s",
            "Parsed Launch Parameters: -server -config /srv/terraria/serverconfig.txt -tmlsavedirectory /srv/terraria/saves -nosteam",
        )
        t = tml(t + sec(r.uniform(1.5, 2.5)), "Finding Mods...", "Finding Mods...")
        t0 = t
        for name, _disp, _v in TM_MODS:
            t = tml(t + sec(r.uniform(0.05, 0.4)), "Sandboxing: %s", f"Sandboxing: {name}")
        t = tml(t + sec(r.uniform(2, 5)), "Instantiating Mods...", "Instantiating Mods...")
        t = tml(
            t + sec(r.uniform(8, 20)),
            "Finalizing Content: %s (%s) v%s",
            f"Finalizing Content: ModLoader (tModLoader) v{TM_VERSION}",
        )
        for name, disp, v in TM_MODS:
            t = tml(
                t + sec(r.uniform(0.1, 2.5)),
                "Finalizing Content: %s (%s) v%s",
                f"Finalizing Content: {name} ({disp}) v{v}",
            )
        t = L(
            t + sec(r.uniform(0.5, 2)),
            ".NET TP Worker",
            "INFO",
            "tML",
            "Mod Load Completed in %dms",
            f"Mod Load Completed in {int((t - t0).total_seconds() * 1000) + r.randint(500, 2000)}ms",
        )
        for label in ["Resetting game objects", "Loading world data", "Settling liquids"]:
            t = L(t + sec(r.uniform(0.4, 4)), "Main Thread", "INFO", "StatusText", label, label)
        t = L(
            t + sec(0.8),
            "Main Thread",
            "INFO",
            "Terraria",
            "Listening on port %d",
            "Listening on port 7777",
        )
        t = L(
            t + sec(0.01),
            "Main Thread",
            "INFO",
            "Terraria",
            "Type 'help' for a list of commands.",
            "Type 'help' for a list of commands.",
        )
        return L(
            t + sec(0.2), "Main Thread", "INFO", "Terraria", "Server started", "Server started"
        )

    def up(t: datetime) -> bool:
        return ready1 + sec(5) <= t and not (crash <= t < ready2 + sec(5))

    ready1 = boot(runs[0][1])
    ready2 = boot(runs[1][1])
    # the crash at 09:38: Infernum's Golem AI dereferences a despawned arm
    L(crash, "Main Thread", "ERROR", "tML", "Unhandled Exception", "Unhandled Exception", TM_CRASH)

    def save(t: datetime) -> None:
        for label in ["Saving world data", "Validating world save", "Backing up world file"]:
            t = L(
                t + sec(r.uniform(0.2, 1.8)), ".NET TP Worker", "INFO", "StatusText", label, label
            )

    # the world saves at dawn and at dusk: 15 minutes of day, 9 of night
    t = ready1 + sec(r.uniform(200, 500))
    day = True
    while t < T_END:
        if up(t):
            save(t)
        t += sec(900 if day else 540)
        day = not day
    # the exit before the crash restart is not clean: no save line at 09:38
    online: dict[str, tuple[datetime, int]] = {}
    sessions: list[tuple[datetime, str]] = []
    for p in TM_PLAYERS:
        for t in poisson(r, T0, T_END, r.uniform(600, 1700)):
            sessions.append((t, p))
    # the group's boss evening... in the morning: the Golem fight at 09:30 brings everybody
    for p in TM_PLAYERS[:9]:
        sessions.append((at(9, 20) + sec(r.uniform(0, 500)), p))
        sessions.append((ready2 + sec(r.uniform(20, 240)), p))
    sessions.sort()
    ports = {p: r.randint(40000, 60000) for p in TM_PLAYERS}
    ips = {
        p: f"{r.choice(['84.61', '95.91', '188.174', '73.12', '24.130', '86.14'])}.{r.randint(1, 254)}.{r.randint(1, 254)}"
        for p in TM_PLAYERS
    }
    for t, p in sessions:
        if not up(t) or (p in online and online[p][0] > t):
            continue
        end = t + sec(r.expovariate(1 / 1500) + 90)
        if t < crash < end:
            end = crash  # everyone is dropped with the process
        port = ports[p] = ports[p] + r.randint(1, 40)
        addr = f"{ips[p]}:{port}"
        t1 = L(
            t, "Server Loop", "INFO", "Terraria", "%s is connecting...", f"{addr} is connecting..."
        )
        if p == "Pebble" and t < at(8, 0):
            # a vanilla client: tModLoader boots it before the mod sync
            L(
                t1 + sec(r.uniform(0.3, 1)),
                "Server Loop",
                "INFO",
                "Terraria",
                "%s was booted: You are not using the same version as this server.",
                f"{addr} was booted: You are not using the same version as this server.",
            )
            continue
        t1 += sec(r.uniform(0.2, 0.9))
        for mod, cfg, js in TM_CONFIGS:
            t1 = L(
                t1 + sec(0.001),
                "Server Loop",
                "INFO",
                "Terraria",
                "Sending Server Config %s %s: %s",
                f"Sending Server Config {mod} {cfg}: {js}",
            )
        L(
            t1 + sec(r.uniform(4, 25)),
            "Server Loop",
            "INFO",
            "Terraria",
            "%s has joined.",
            f"{p} has joined.",
        )
        online[p] = (end, port)
        for tc in poisson(r, t1 + sec(30), end, r.uniform(250, 900)):
            L(tc, "Server Loop", "INFO", "Terraria", "<%s> %s", f"<{p}> {r.choice(TM_CHAT)}")
        if end == crash or end >= T_END:
            continue
        if r.random() < 0.3:
            L(
                end - sec(0.02),
                "Server Loop",
                "WARN",
                "tML",
                "Silently Caught Exception: System.IO.IOException: Unable to read data from the transport connection: Connection reset by peer.",
                "Silently Caught Exception: System.IO.IOException: Unable to read data from the transport connection: Connection reset by peer.",
                [
                    " ---> System.Net.Sockets.SocketException (104): Connection reset by peer",
                    *TM_RESET,
                ],
            )
        L(end, "Server Loop", "INFO", "Terraria", "%s has left.", f"{p} has left.")
    # bosses summoned and beaten
    for tb in [
        at(6, 47, 10),
        at(7, 33, 52),
        at(8, 18, 3),
        at(10, 22, 40),
        at(11, 5, 18),
        at(11, 41, 7),
    ]:
        _name, full = r.choice(TM_BOSSES)
        L(tb, "Main Thread", "INFO", "Terraria", "%s has awoken!", f"{full} has awoken!")
        if r.random() < 0.7:
            L(
                tb + sec(r.uniform(90, 400)),
                "Main Thread",
                "INFO",
                "Terraria",
                "%s has been defeated!",
                f"{full} has been defeated!",
            )
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ dayz

DZ_NAMES = [
    "Survivor",
    "Hank Ryder",
    "blyat_boi",
    "Dr. Mouse",
    "Kowalski",
    "Nadia",
    "FreshSpawn",
    "The Medic",
    "Borya",
    "Zed Slayer",
    "lonewolf",
    "Mickey",
    "Stalker93",
    "Igor P.",
    "Frosty",
    "Buzzard",
    "Anka",
    "Hobbit",
    "Petrov",
    "kaktus",
    "Jens",
    "Woody",
    "Gorka",
    "Bambi Hunter",
    "Sergei",
    "Lisa M",
    "Tarkov Refugee",
    "Viktor",
    "Raccoon",
    "Don",
]
DZ_GUNS = [
    ("KA-M", "Bullet_545x39", 2.2),
    ("AKM", "Bullet_762x39", 1.8),
    ("M4-A1", "Bullet_556x45", 1.4),
    ("Mosin 9130", "Bullet_762x54", 1.0),
    ("SK 59/66", "Bullet_762x39", 1.2),
    ("BK-12", "Bullet_12GaugePellets", 0.8),
    ("CR-75", "Bullet_9x19", 0.9),
    ("Blaze", "Bullet_308Win", 0.5),
]
DZ_MELEE = ["Splitting Axe", "Shovel", "Combat Knife", "Baseball Bat", "Sledgehammer", "Machete"]
DZ_ZONES = [
    ("Torso", 15, 4),
    ("Head", 2, 1),
    ("LeftArm", 9, 1),
    ("RightArm", 11, 1),
    ("LeftLeg", 19, 1.2),
    ("RightLeg", 22, 1.2),
    ("LeftFoot", 24, 0.4),
    ("RightHand", 13, 0.3),
]
DZ_INFECTED = [
    "ZmbM_HermitSkinny_Beige",
    "ZmbF_CitizenANormal_Blue",
    "ZmbM_FarmerFat_Green",
    "ZmbM_SoldierNormal",
    "ZmbF_JournalistNormal_Red",
    "ZmbM_CitizenBFat_Red",
    "ZmbM_PolicemanFat",
]
DZ_ANIMALS = [
    ("Grey Wolf", "Animal_CanisLupus_Grey", "MeleeWolf"),
    ("Brown Bear", "Animal_UrsusArctos", "MeleeBear"),
]
DZ_PLACE = [
    ("Medium Tent", "MediumTent"),
    ("Car Tent", "CarTent"),
    ("Fireplace", "Fireplace"),
    ("Bear Trap", "BearTrap"),
    ("Wooden Crate", "WoodenCrate"),
    ("Sea Chest", "SeaChest"),
]
DZ_PARTS = [
    "base",
    "wall_base_down",
    "wall_base_up",
    "wall_wood_down",
    "wall_wood_up",
    "wall_metal_down",
    "wall_gate",
]
DZ_CHAT = [
    "friendly?",
    "anyone at berezino",
    "dont shoot",
    "where is the heli crash",
    "lol",
    "need a blood bag at elektro",
    "kos in cherno",
    "restart in 10?",
    "hello",
    "who has a car",
    "gg",
    "cya",
    "i have food if anyone needs",
    "bandits at nwaf",
]
DZ_HOTSPOTS = [
    (6500, 2550),
    (10350, 2180),
    (12000, 9100),
    (4600, 10300),
    (3400, 12900),
    (13350, 6200),
    (9200, 3800),
]


def dz_id(r: random.Random) -> str:
    chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    return "".join(r.choice(chars) for _ in range(43)) + "="


def dz_f(x: float) -> str:
    """Enforce's float.ToString(): up to six significant digits."""
    s = f"{x:.6g}"
    return s


def dayz(r: random.Random) -> list[Log]:
    """A DayZ 1.25 community server on Chernarus, restarted every four hours (06:00, 10:00)."""
    fs = Files()
    starts = [at(6, 0, 4), at(10, 0, 5)]
    names = {f"ADM{i}": f"DayZServer_x64_2024-06-07_{t:%H-%M-%S}.ADM" for i, t in enumerate(starts)}

    def fname(t: datetime) -> str:
        return names["ADM0"] if t < starts[1] else names["ADM1"]

    def A(t: datetime, label: str, msg: str) -> datetime:
        f = fname(t)
        return fs.add(f, t, label, lambda x: [f"{x:%H:%M:%S} | {msg}"], f, SEC)

    for s in starts:
        f = fname(s)
        fs.add(
            f,
            s,
            "AdminLog started on %s at %s",
            lambda x: [f"AdminLog started on {x:%Y-%m-%d} at {x:%H:%M:%S}"],
            f,
            SEC,
        )
    ids = {n: dz_id(r) for n in DZ_NAMES}
    pos: dict[str, list[float]] = {}
    hp: dict[str, float] = {}
    P = 'Player "%s" (id=%s pos=<%s, %s, %s>)'
    PD = 'Player "%s" (DEAD) (id=%s pos=<%s, %s, %s>)'

    def where(n: str) -> None:
        x, y = r.choice(DZ_HOTSPOTS) if n not in pos else (pos[n][0], pos[n][1])
        pos[n] = [x + r.uniform(-300, 300), y + r.uniform(-300, 300), r.uniform(2, 380)]
        pos[n][0] = min(max(pos[n][0], 200.0), 15100.0)
        pos[n][1] = min(max(pos[n][1], 200.0), 15100.0)

    def pfx(n: str, dead: bool = False) -> str:
        x, y, z = pos[n]
        tag = " (DEAD)" if dead else ""
        return f'Player "{n}"{tag} (id={ids[n]} pos=<{x:.1f}, {y:.1f}, {z:.1f}>)'

    def restart_at(t: datetime) -> datetime:
        for s in [*starts[1:], T_END + sec(7200)]:
            if t < s:
                return s
        return T_END

    online: dict[str, tuple[datetime, datetime]] = {}
    sessions: list[tuple[datetime, str]] = []
    for n in DZ_NAMES:
        for t in poisson(r, T0 + sec(40), T_END, r.uniform(3000, 9000)):
            sessions.append((t, n))
    sessions.sort()
    intervals: list[tuple[str, datetime, datetime]] = []
    for t, n in sessions:
        if n in online and online[n][1] > t:
            continue
        if any(s - sec(60) <= t < s + sec(35) for s in starts[1:]):
            continue
        end = min(t + sec(r.expovariate(1 / 3000) + 180), restart_at(t) - sec(r.uniform(5, 25)))
        online[n] = (t, end)
        intervals.append((n, t, end))
    # after the 10:00 restart the regulars come straight back
    for n, _t, end in list(intervals):
        if starts[1] - sec(60) <= end < starts[1] and r.random() < 0.7:
            t2 = starts[1] + sec(r.uniform(50, 400))
            intervals.append(
                (n, t2, min(t2 + sec(r.expovariate(1 / 3000) + 300), T_END + sec(600)))
            )
    intervals.sort(key=lambda x: x[1])
    for n, t, end in intervals:
        where(n)
        hp[n] = 100.0
        A(t, 'Player "%s" is connected (id=%s)', f'Player "{n}" is connected (id={ids[n]})')
        # a life on the server: infected, falls, building, chat
        tc = t + sec(r.uniform(60, 300))
        while tc < end:
            where(n)
            kind = r.choices(
                [
                    "infected",
                    "animal",
                    "fall",
                    "uncon",
                    "place",
                    "build",
                    "chat",
                    "emote",
                    "flag",
                    "died",
                    "bled",
                    "suicide",
                ],
                [30, 3, 4, 2, 4, 6, 8, 3, 0.6, 0.8, 0.8, 0.4],
            )[0]
            if kind == "infected":
                for _ in range(r.randint(1, 3)):
                    zone, comp, _w = r.choices(DZ_ZONES, [w for *_, w in DZ_ZONES])[0]
                    dmg = r.uniform(4, 16)
                    hp[n] = max(hp[n] - dmg, 1.0)
                    tc = A(
                        tc,
                        P + "[HP: %s] hit by %s into %s(%s) for %s damage (%s)",
                        f"{pfx(n)}[HP: {dz_f(hp[n])}] hit by Infected into {zone}({comp}) for {dz_f(dmg)} damage (MeleeZombie)",
                    ) + sec(r.uniform(1, 4))
                if r.random() < 0.05:
                    A(tc, PD + " killed by %s", f"{pfx(n, True)} killed by {r.choice(DZ_INFECTED)}")
                    break
            elif kind == "animal":
                disp, typ, ammo = r.choice(DZ_ANIMALS)
                for _ in range(r.randint(1, 4)):
                    zone, comp, _w = r.choices(DZ_ZONES, [w for *_, w in DZ_ZONES])[0]
                    dmg = r.uniform(10, 35)
                    hp[n] = max(hp[n] - dmg, 1.0)
                    tc = A(
                        tc,
                        P + "[HP: %s] hit by %s into %s(%s) for %s damage (%s)",
                        f"{pfx(n)}[HP: {dz_f(hp[n])}] hit by {disp} into {zone}({comp}) for {dz_f(dmg)} damage ({ammo})",
                    ) + sec(r.uniform(1, 3))
                if r.random() < 0.3:
                    A(tc, PD + " killed by %s", f"{pfx(n, True)} killed by {typ}")
                    break
            elif kind == "fall":
                hp[n] = max(hp[n] - r.uniform(5, 40), 1.0)
                A(
                    tc,
                    P + "[HP: %s] hit by %s",
                    f"{pfx(n)}[HP: {dz_f(hp[n])}] hit by FallDamageHealth",
                )
            elif kind == "uncon":
                t2 = A(tc, P + " is unconscious", f"{pfx(n)} is unconscious")
                where(n)
                A(
                    t2 + sec(r.uniform(20, 90)),
                    P + " regained consciousness",
                    f"{pfx(n)} regained consciousness",
                )
            elif kind == "place":
                disp, typ = r.choice(DZ_PLACE)
                A(tc, P + " placed %s<%s>", f"{pfx(n)} placed {disp}<{typ}>")
            elif kind == "build":
                for _ in range(r.randint(1, 4)):
                    part = r.choice(DZ_PARTS)
                    tool = r.choice(
                        ["Hammer", "Hatchet", "Shovel"] if part != "base" else ["Shovel"]
                    )
                    tc = A(tc, P + " built %s with %s", f"{pfx(n)} built {part} with {tool}") + sec(
                        r.uniform(15, 60)
                    )
                if r.random() < 0.15:
                    A(
                        tc,
                        P + " dismantled %s with %s",
                        f"{pfx(n)} dismantled {r.choice(DZ_PARTS[1:])} with Hacksaw",
                    )
            elif kind == "chat":
                A(tc, 'Chat("%s"(id=%s)): %s', f'Chat("{n}"(id={ids[n]})): {r.choice(DZ_CHAT)}')
            elif kind == "emote":
                emote = r.choice(
                    ["EmoteGreeting", "EmoteSurrender", "EmoteThumb", "EmoteDabbing", "EmoteSitA"]
                )
                if r.random() < 0.4:
                    A(
                        tc,
                        P + " performed %s with %s",
                        f"{pfx(n)} performed {emote} with {r.choice(['Apple', 'BakedBeansCan', 'Shovel', 'KA-M'])}",
                    )
                else:
                    A(tc, P + " performed %s", f"{pfx(n)} performed {emote}")
            elif kind == "flag":
                x, y, z = pos[n]
                A(
                    tc,
                    P + " has raised %s on %s at %s",
                    f"{pfx(n)} has raised Flag_Chernarus on TerritoryFlag at <{x + 3.21:.2f}, {z:.2f}, {y - 1.7:.2f}>",
                )
            elif kind == "died":
                A(
                    tc,
                    PD + " died. Stats> Water: %s Energy: %s Bleed sources: %s",
                    f"{pfx(n, True)} died. Stats> Water: {dz_f(r.uniform(0, 200))} Energy: {dz_f(r.uniform(0, 300))} Bleed sources: {r.randint(0, 3)}",
                )
                break
            elif kind == "bled":
                t2 = A(tc, P + " bled out", f"{pfx(n)} bled out")
                A(
                    t2 + sec(0.5),
                    PD + " died. Stats> Water: %s Energy: %s Bleed sources: %s",
                    f"{pfx(n, True)} died. Stats> Water: {dz_f(r.uniform(200, 2000))} Energy: {dz_f(r.uniform(300, 4000))} Bleed sources: {r.randint(1, 4)}",
                )
                break
            else:
                A(tc, P + " committed suicide", f"{pfx(n)} committed suicide")
                break
            tc += sec(r.expovariate(1 / 170) + 20)
        A(
            min(end, tc) + sec(r.uniform(3, 40)),
            'Player "%s"(id=%s) has been disconnected',
            f'Player "{n}"(id={ids[n]}) has been disconnected',
        )
    # firefights: pairs of players in the same town
    by_time = sorted(intervals, key=lambda x: x[1])
    for tf in poisson(r, T0 + sec(600), T_END, 540):
        on = [n for n, a, b in by_time if a + sec(120) <= tf < b - sec(120)]
        if len(on) < 2:
            continue
        a, b = r.sample(on, 2)
        where(a)
        pos[b] = [
            pos[a][0] + r.uniform(-150, 150),
            pos[a][1] + r.uniform(-150, 150),
            pos[a][2] + r.uniform(-10, 10),
        ]
        t = tf
        if r.random() < 0.8:
            gun, ammo, _w = r.choices(DZ_GUNS, [w for *_, w in DZ_GUNS])[0]
            hpv = 100.0
            for _ in range(r.randint(1, 6)):
                zone, comp, _w = r.choices(DZ_ZONES, [w for *_, w in DZ_ZONES])[0]
                dmg = r.uniform(12, 45) * (2.5 if zone == "Head" else 1)
                hpv = max(hpv - dmg, 0.0)
                dist = ((pos[a][0] - pos[b][0]) ** 2 + (pos[a][1] - pos[b][1]) ** 2) ** 0.5
                t = A(
                    t,
                    P
                    + "[HP: %s] hit by "
                    + P
                    + " into %s(%s) for %s damage (%s) with %s from %s meters ",
                    f"{pfx(b)}[HP: {dz_f(hpv)}] hit by {pfx(a)} into {zone}({comp}) for {dz_f(dmg)} damage ({ammo}) with {gun} from {dz_f(dist)} meters ",
                ) + sec(r.uniform(0.5, 6))
                if hpv <= 0:
                    break
            if hpv <= 0 or r.random() < 0.3:
                dist = ((pos[a][0] - pos[b][0]) ** 2 + (pos[a][1] - pos[b][1]) ** 2) ** 0.5
                A(
                    t,
                    PD + " killed by " + P + " with %s from %s meters ",
                    f"{pfx(b, True)} killed by {pfx(a)} with {gun} from {dz_f(dist)} meters ",
                )
        else:
            melee = r.random() < 0.6
            weapon = r.choice(DZ_MELEE)
            hpv = 100.0
            for _ in range(r.randint(2, 7)):
                zone, comp, _w = r.choices(DZ_ZONES, [w for *_, w in DZ_ZONES])[0]
                dmg = r.uniform(8, 30) if melee else r.uniform(2, 8)
                hpv = max(hpv - dmg, 0.0)
                if melee:
                    t = A(
                        t,
                        P + "[HP: %s] hit by " + P + " into %s(%s) for %s damage (%s) with %s",
                        f"{pfx(b)}[HP: {dz_f(hpv)}] hit by {pfx(a)} into {zone}({comp}) for {dz_f(dmg)} damage (MeleeBluntHeavy) with {weapon}",
                    ) + sec(r.uniform(0.8, 3))
                else:
                    t = A(
                        t,
                        P + "[HP: %s] hit by " + P + " into %s(%s) for %s damage (%s)",
                        f"{pfx(b)}[HP: {dz_f(hpv)}] hit by {pfx(a)} into {zone}({comp}) for {dz_f(dmg)} damage (MeleeFist)",
                    ) + sec(r.uniform(0.6, 2))
            if melee and hpv <= 0:
                A(
                    t,
                    PD + " killed by " + P + " with %s",
                    f"{pfx(b, True)} killed by {pfx(a)} with {weapon}",
                )
            elif not melee:
                t = A(t, P + " is unconscious", f"{pfx(b)} is unconscious")
    # a grenade at the NWAF tents
    for te in [at(8, 41, 3), at(11, 17, 44)]:
        on = [n for n, a, b in by_time if a <= te < b][:3]
        for n in on:
            where(n)
            hp[n] = r.uniform(5, 60)
            A(
                te,
                P + "[HP: %s] hit by explosion (%s)",
                f"{pfx(n)}[HP: {dz_f(hp[n])}] hit by explosion (Explosion_RGD5)",
            )
    # the periodic player list, every five minutes
    for s, e in [(starts[0], starts[1]), (starts[1], T_END)]:
        t = s + sec(300)
        while t < e:
            on = [n for n, a, b in by_time if a <= t < b]
            if on:
                t2 = A(
                    t,
                    "##### PlayerList log: %s players",
                    f"##### PlayerList log: {len(on)} players",
                )
                for n in on:
                    where(n)
                    t2 = A(t2, P, pfx(n))
                A(t2, "#####", "#####")
            t += sec(300)
    return fs.logs(T0)


# -------------------------------------------------------------------------------- ioquake3

Q3_MODS = [
    ("MOD_SHOTGUN", 1, 1.2),
    ("MOD_GAUNTLET", 2, 0.3),
    ("MOD_MACHINEGUN", 3, 1.4),
    ("MOD_GRENADE_SPLASH", 5, 0.7),
    ("MOD_ROCKET", 6, 1.2),
    ("MOD_ROCKET_SPLASH", 7, 2.6),
    ("MOD_PLASMA", 8, 0.8),
    ("MOD_PLASMA_SPLASH", 9, 0.4),
    ("MOD_RAILGUN", 10, 2.2),
    ("MOD_LIGHTNING", 11, 1.5),
    ("MOD_BFG", 12, 0.15),
    ("MOD_TELEFRAG", 18, 0.08),
]
Q3_WORLD = [("MOD_TRIGGER_HURT", 22, 2), ("MOD_FALLING", 19, 1), ("MOD_LAVA", 16, 0.5)]
Q3_ITEMS = [
    ("item_armor_shard", 6),
    ("item_health", 5),
    ("item_health_small", 3),
    ("item_armor_combat", 3),
    ("item_armor_body", 1.5),
    ("item_health_large", 2),
    ("item_health_mega", 1),
    ("weapon_rocketlauncher", 3),
    ("weapon_railgun", 2),
    ("weapon_lightning", 1.5),
    ("weapon_plasmagun", 1.5),
    ("weapon_shotgun", 1.5),
    ("weapon_grenadelauncher", 0.8),
    ("ammo_rockets", 2.5),
    ("ammo_slugs", 1.5),
    ("ammo_cells", 1),
    ("ammo_lightning", 1),
    ("ammo_shells", 1),
    ("item_quad", 0.4),
    ("item_haste", 0.2),
]
Q3_HUMANS = [
    ("^1Dr^7Frag", "doom/red"),
    ("Fatal1ty^3Fan", "ranger"),
    ("^4Blu^7eshift", "keel/blue"),
    ("rocketman", "visor"),
    ("^2lag^7monster", "grunt"),
    ("Zer0", "sarge/krusade"),
    ("^5Ice^7Cold", "major"),
    ("Hellkite", "slash"),
    ("old_schooler", "bitterman"),
    ("^6Purple^7Rain", "lucy"),
    ("Gibson", "razor"),
    ("n00b^1*", "mynx"),
    ("Tank", "tankjr"),
    ("qwerty", "hunter"),
]
Q3_BOTS = [
    ("Sarge", "sarge"),
    ("Visor", "visor"),
    ("Bones", "bones"),
    ("Hunter", "hunter"),
    ("Klesk", "klesk"),
]
Q3_CHAT = [
    "gg",
    "lol",
    "nice shot",
    "wtf",
    "lag",
    "gl hf",
    "rail whore",
    "ez",
    "rematch?",
    "brb",
    "ty",
    "nooo",
    "haha",
    "quad!!",
    "camping much?",
]
Q3_TEAMCHAT = [
    "flag carrier mid",
    "i got flag",
    "defend base",
    "need help red base",
    "incoming low",
    "quad up",
    "they have our flag",
    "cover me",
]


def q3_info(host: str, gametype: int, mapname: str, limits: tuple[int, int, int]) -> str:
    tl, fl, cl = limits
    return (
        f"\\sv_hostname\\{host}\\sv_maxclients\\16\\g_gametype\\{gametype}\\timelimit\\{tl}\\fraglimit\\{fl}"
        f"\\capturelimit\\{cl}\\g_needpass\\0\\version\\ioq3 1.36_GIT_f7b5c4a6-2024-04-26 linux-x86_64 Apr 26 2024"
        f"\\protocol\\68\\mapname\\{mapname}\\dmflags\\0\\sv_privateClients\\0\\sv_floodProtect\\1\\sv_maxPing\\0"
        f"\\sv_minPing\\0\\sv_maxRate\\25000\\sv_minRate\\0\\sv_dlRate\\100\\sv_allowDownload\\1\\gamename\\baseq3"
        f"\\g_maxGameClients\\0\\sv_hostname\\{host}"
    )


def ioquake3(r: random.Random) -> list[Log]:
    """Two ioq3ded servers' games.log: FFA with bots and a CTF server."""
    fs = Files()
    servers = [
        (
            "ffa-games.log",
            "^3Frag^7Pit FFA",
            0,
            ["q3dm17", "q3dm6", "q3dm13", "q3tourney2", "q3dm7", "q3dm8"],
            (15, 30, 0),
        ),
        (
            "ctf-games.log",
            "^1Red^7Alert CTF",
            4,
            ["q3ctf1", "q3ctf2", "q3ctf4", "q3tourney6_ctf"],
            (20, 0, 8),
        ),
    ]
    for server in servers:
        q3_server(r, fs, *server)
    return fs.logs(T0)


def q3_server(
    r: random.Random,
    fs: Files,
    fname: str,
    host: str,
    gt: int,
    maps: list[str],
    limits: tuple[int, int, int],
) -> None:
    """One server's games.log: maps in rotation, humans coming and going, bots filling in FFA."""
    dashes = "-" * 60
    ms = [T0]

    def G(t: datetime, label: str, msg: str) -> datetime:
        start = ms[0]

        def text(x: datetime) -> list[str]:
            s = int((x - start).total_seconds())
            return [f"{s // 60:3d}:{(s % 60) // 10}{s % 10} {msg}"]

        return fs.add(fname, t, label, text, fname, SEC)

    team = gt >= 3
    humans = Q3_HUMANS[:9] if not team else Q3_HUMANS[5:]
    # who plays when: arrivals over the morning, an evening crowd absent
    plan: list[tuple[datetime, datetime, str, str]] = []
    for name, model in humans:
        for t in poisson(r, T0, T_END, r.uniform(4000, 11000)):
            plan.append((t, t + sec(r.expovariate(1 / 1500) + 240), name, model))
    plan.sort()
    slots: dict[
        int, tuple[str, str, bool, int, datetime]
    ] = {}  # num -> name, model, bot, team, leave

    def uinfo(num: int) -> str:
        name, model, bot, tm, _ = slots[num]
        if bot:
            return f"n\\{name}\\t\\{tm}\\model\\{model}\\hmodel\\{model}\\c1\\4\\c2\\5\\hc\\100\\w\\0\\l\\0\\skill\\ 3.00\\tt\\0\\tl\\0"
        return (
            f"n\\{name}\\t\\{tm}\\model\\{model}\\hmodel\\{model}\\g_redteam\\\\g_blueteam\\\\c1\\{r.randint(1, 7)}"
            f"\\c2\\{r.randint(1, 7)}\\hc\\100\\w\\0\\l\\0\\tt\\0\\tl\\0"
        )

    def join(t: datetime, num: int) -> datetime:
        t = G(t, "ClientConnect: %i", f"ClientConnect: {num}")
        t = G(t, "ClientUserinfoChanged: %i %s", f"ClientUserinfoChanged: {num} {uinfo(num)}")
        return G(
            t + sec(r.uniform(0, 4) if not slots[num][2] else 0),
            "ClientBegin: %i",
            f"ClientBegin: {num}",
        )

    def free() -> int:
        n = 0
        while n in slots:
            n += 1
        return n

    def pick_team() -> int:
        if not team:
            return 0
        red = sum(1 for v in slots.values() if v[3] == 1)
        blue = sum(1 for v in slots.values() if v[3] == 2)
        return 1 if red <= blue else 2

    t = T0 + sec(r.uniform(5, 40))
    mi = 0
    pi = 0
    while t < T_END:
        mapname = maps[mi % len(maps)]
        mi += 1
        ms[0] = t
        t = G(t, dashes, dashes)
        t = G(t, "InitGame: %s", "InitGame: " + q3_info(host, gt, mapname, limits))
        # everybody still connected reconnects on the new map
        for num in sorted(slots):
            t = join(t, num)
        end = ms[0] + sec(limits[0] * 60)
        frags: dict[int, int] = {n: 0 for n in slots}
        caps = {1: 0, 2: 0}
        exit_reason = "Timelimit hit."
        tt = t + sec(r.uniform(2, 6))
        while tt < end:
            # arrivals and departures
            while pi < len(plan) and plan[pi][0] <= tt:
                a, leave, name, model = plan[pi]
                pi += 1
                if any(v[0] == name for v in slots.values()) or len(slots) >= 12:
                    continue
                num = free()
                slots[num] = (name, model, False, pick_team(), leave)
                frags[num] = 0
                join(tt, num)
                if not team and sum(1 for v in slots.values() if v[2]) > 0 and len(slots) > 4:
                    bot = max(n for n, v in slots.items() if v[2])
                    G(tt + sec(1), "ClientDisconnect: %i", f"ClientDisconnect: {bot}")
                    del slots[bot]
            for num in [n for n, v in slots.items() if not v[2] and v[4] <= tt]:
                G(tt, "ClientDisconnect: %i", f"ClientDisconnect: {num}")
                del slots[num]
            humans_on = [n for n, v in slots.items() if not v[2]]
            if not team:
                # bot_minplayers 4 while anyone plays
                while humans_on and len(slots) < 4:
                    num = free()
                    bn, bm = Q3_BOTS[num % len(Q3_BOTS)]
                    slots[num] = (bn, bm, True, 0, T_END + sec(99999))
                    frags[num] = 0
                    join(tt, num)
                if not humans_on:
                    for num in [n for n, v in slots.items() if v[2]]:
                        G(tt, "ClientDisconnect: %i", f"ClientDisconnect: {num}")
                        del slots[num]
            players = list(slots)
            if len(players) < 2:
                tt += sec(r.uniform(20, 60))
                continue
            ev = r.choices(
                ["kill", "item", "world", "say", "sayteam", "tell", "flag"],
                [10, 12, 0.8, 1.2, 1.5 if team else 0, 0.1, 1.2 if team else 0],
            )[0]
            if ev == "kill":
                k, v = r.sample(players, 2)
                if team and slots[k][3] == slots[v][3]:
                    k = v  # no friendly fire: a suicide by own splash
                mod, mn, _w = r.choices(Q3_MODS, [w for *_, w in Q3_MODS])[0]
                if k == v:
                    mod, mn = r.choice(
                        [
                            ("MOD_ROCKET_SPLASH", 7),
                            ("MOD_GRENADE_SPLASH", 5),
                            ("MOD_PLASMA_SPLASH", 9),
                        ]
                    )
                    frags[k] = frags.get(k, 0) - 1
                else:
                    frags[k] = frags.get(k, 0) + 1
                G(
                    tt,
                    "Kill: %i %i %i: %s killed %s by %s",
                    f"Kill: {k} {v} {mn}: {slots[k][0]} killed {slots[v][0]} by {mod}",
                )
                if limits[1] and frags[k] >= limits[1]:
                    exit_reason = "Fraglimit hit."
                    break
            elif ev == "world":
                v = r.choice(players)
                mod, mn, _w = r.choices(Q3_WORLD, [w for *_, w in Q3_WORLD])[0]
                frags[v] = frags.get(v, 0) - 1
                G(
                    tt,
                    "Kill: %i %i %i: <world> killed %s by %s",
                    f"Kill: 1022 {v} {mn}: <world> killed {slots[v][0]} by {mod}",
                )
            elif ev == "item":
                num = r.choice(players)
                item = r.choices(Q3_ITEMS, [w for _, w in Q3_ITEMS])[0][0]
                G(tt, "Item: %i %s", f"Item: {num} {item}")
            elif ev == "flag":
                num = r.choice(players)
                mine = "red" if slots[num][3] == 1 else "blue"
                other = "blue" if mine == "red" else "red"
                flag = other if r.random() < 0.75 else mine
                G(tt, "Item: %i %s", f"Item: {num} team_CTF_{flag}flag")
                if flag == mine and r.random() < 0.45:
                    caps[slots[num][3]] += 1
                    if caps[slots[num][3]] >= limits[2]:
                        exit_reason = "Capturelimit hit."
                        break
            elif ev in ("say", "sayteam"):
                humans_on = [n for n, v in slots.items() if not v[2]]
                if humans_on:
                    num = r.choice(humans_on)
                    if ev == "say":
                        G(tt, "say: %s: %s", f"say: {slots[num][0]}: {r.choice(Q3_CHAT)}")
                    else:
                        G(
                            tt,
                            "sayteam: %s: %s",
                            f"sayteam: {slots[num][0]}: {r.choice(Q3_TEAMCHAT)}",
                        )
            else:
                humans_on = [n for n, v in slots.items() if not v[2]]
                if len(humans_on) >= 2:
                    a, b = r.sample(humans_on, 2)
                    G(
                        tt,
                        "tell: %s to %s: %s",
                        f"tell: {slots[a][0]} to {slots[b][0]}: {r.choice(['rematch?', 'gg', 'lol', 'join ctf after?'])}",
                    )
            tt += sec(r.expovariate(len(players) / 75) + 0.5)
        tx = min(tt, end)
        if not slots:
            # nobody there: the map runs out its time, quietly
            tx = end
        G(tx, "Exit: " + exit_reason, "Exit: " + exit_reason)
        if team:
            G(tx, "red:%i  blue:%i", f"red:{caps[1]}  blue:{caps[2]}")
        for num in sorted(slots, key=lambda n: -frags.get(n, 0)):
            ping = 0 if slots[num][2] else r.randint(18, 120)
            G(
                tx,
                "score: %i  ping: %i  client: %i %s",
                f"score: {frags.get(num, 0)}  ping: {ping}  client: {num} {slots[num][0]}",
            )
        tx += sec(r.uniform(9, 12))
        G(tx, "ShutdownGame:", "ShutdownGame:")
        t = G(tx, dashes, dashes) + sec(r.uniform(1, 3))


# --------------------------------------------------------------------------- bedrock-server

BD_PLAYERS = [
    "Mathis B",
    "LavaLina",
    "Herobrine_Not",
    "Finn the Fox",
    "MossyMolly",
    "SkyBuilder",
    "Papa Bär",
    "OmaGertrud",
    "chickenjockey",
    "Noah2013",
    "Emilia K",
    "WitherWally",
    "CreeperKing42",
    "Ellie Blocks",
    "xXNoobSlayerXx",
    "PixelPaula",
    "MinerMike",
    "TNTtimmy",
    "Lunafox",
    "GrandpaGravel",
    "Sir Stoneheart",
    "bee friend",
    "DiamondDan07",
    "ZoeyZombie",
    "Redstone Rick",
    "Aquaman2012",
    "KittyKat",
    "Obsidian0wl",
    "Jakob S",
    "Nether Nelly",
]
BD_ERRORS = [
    (
        "TypeError: cannot read property '%s' of undefined    at <anonymous> (scripts/main.js:%d)",
        lambda r: (
            f"TypeError: cannot read property '{r.choice(['typeId', 'location', 'dimension'])}' of undefined    at <anonymous> (scripts/main.js:{r.choice([214, 217, 388])})"
        ),
        6,
    ),
    (
        "ReferenceError: '%s' is not defined    at tickHandler (scripts/%s:%d)",
        lambda r: (
            f"ReferenceError: 'scoreboardObj' is not defined    at tickHandler (scripts/{r.choice(['leaderboard.js', 'economy.js'])}:{r.choice([41, 97])})"
        ),
        2,
    ),
]


def bedrock_server(r: random.Random) -> list[Log]:
    """A Minecraft Bedrock Dedicated Server in Docker: 1.21.2 until 10:00, then 1.21.3."""
    fs = Files()
    f = "mc-bedrock.log"
    proc = ["bds-1"]

    def head(x: datetime, level: str) -> str:
        return f"[{x:%Y-%m-%d %H:%M:%S}:{x.microsecond // 1000:03d} {level}]"

    def B(
        t: datetime,
        level: str,
        label: str,
        msg: str,
        more: list[str] | None = None,
        cont: list[str] | None = None,
    ) -> datetime:
        """A line; `more` follows it bare, `cont` each under the same head (one call's lines)."""
        return fs.add(
            f,
            t,
            label,
            lambda x: (
                [f"{head(x, level)} {msg}"]
                + (more or [])
                + [f"{head(x, level)} {c}" if c else head(x, level) for c in cont or []]
            ),
            proc[0],
            MS,
        )

    def boot(t: datetime, version: str, build: str, branch: str) -> datetime:
        fs.add(
            f,
            t,
            "setting up server logging...",
            lambda x: ["NO LOG FILE! - setting up server logging..."],
            proc[0],
            MS,
        )
        t = B(t + sec(0.04), "INFO", "Starting Server", "Starting Server")
        t = B(t, "INFO", "Version: %s", f"Version: {version}")
        h = hexid(r, 32)
        t = B(
            t,
            "INFO",
            "Session ID: %s",
            f"Session ID: {h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}",
        )
        t = B(t, "INFO", "Build ID: %s", f"Build ID: {build}")
        t = B(t, "INFO", "Branch: %s", f"Branch: {branch}")
        t = B(t, "INFO", "Commit ID: %s", f"Commit ID: {hexid(r, 40)}")
        t = B(t, "INFO", "Configuration: %s", "Configuration: Publish")
        t = B(t, "INFO", "Level Name: %s", "Level Name: Familienwelt")
        t = B(
            t + sec(0.004),
            "INFO",
            "No CDN config file found for dedicated server",
            "No CDN config file found for dedicated server",
        )
        t = B(t, "INFO", "Game mode: %d %s", "Game mode: 0 Survival")
        t = B(t, "INFO", "Difficulty: %d %s", "Difficulty: 2 NORMAL")
        t = B(
            t + sec(0.005),
            "INFO",
            "Content logging to console is enabled.",
            "Content logging to console is enabled.",
        )
        t = B(
            t + sec(r.uniform(0.5, 1.5)),
            "INFO",
            "Opening level '%s'",
            "Opening level 'worlds/Familienwelt/db'",
        )
        t = B(
            t + sec(r.uniform(3, 7)),
            "INFO",
            "IPv4 supported, port: %d: Used for gameplay and LAN discovery",
            "IPv4 supported, port: 19132: Used for gameplay and LAN discovery",
        )
        t = B(
            t + sec(0.001),
            "INFO",
            "IPv6 supported, port: %d: Used for gameplay",
            "IPv6 supported, port: 19133: Used for gameplay",
        )
        t = B(t + sec(0.1), "INFO", "Server started.", "Server started.")
        return B(
            t + sec(0.001),
            "INFO",
            "================ TELEMETRY MESSAGE ===================",
            "================ TELEMETRY MESSAGE ===================",
            cont=[
                "Server Telemetry is currently not enabled. ",
                "Enabling this telemetry helps us improve the game.",
                "",
                "To enable this feature, add the line 'emit-server-telemetry=true'",
                "to the server.properties file in the handheld/src-server directory",
                "======================================================",
            ],
        )

    boot(at(5, 58, 51), "1.21.2.02", "25031221", "r/21_u2")
    upd = at(10, 0, 3)
    B(upd, "INFO", "Stopping server...", "Stopping server...")
    B(upd + sec(1.4), "INFO", "Quit correctly", "Quit correctly")
    proc[0] = "bds-2"
    ready = boot(upd + sec(r.uniform(25, 40)), "1.21.3.01", "25141337", "r/21_u3")

    def up(t: datetime) -> bool:
        return not (upd <= t < ready + sec(2))

    xuid = {p: f"2535{r.randint(400000000000, 499999999999)}" for p in BD_PLAYERS}
    pfid = {p: hexid(r, 16) for p in BD_PLAYERS}
    online: dict[str, datetime] = {}
    sessions: list[tuple[datetime, str]] = []
    for p in BD_PLAYERS:
        for t in poisson(r, T0, T_END, r.uniform(700, 2000)):
            sessions.append((t, p))
    sessions.sort()
    spans: list[tuple[str, datetime, datetime]] = []
    for t, p in sessions:
        if not up(t) or (p in online and online[p] > t):
            continue
        if sum(1 for e in online.values() if e > t) >= 20:
            continue
        end = t + sec(r.expovariate(1 / 1100) + 45)
        if t < upd < end:
            end = upd - sec(0.5)
        online[p] = end
        spans.append((p, t, end))
        t1 = B(
            t, "INFO", "Player connected: %s, xuid: %s", f"Player connected: {p}, xuid: {xuid[p]}"
        )
        if r.random() < 0.04:
            # gave up on the resource pack download
            B(
                t1 + sec(r.uniform(5, 40)),
                "INFO",
                "Player disconnected: %s, xuid: %s, pfid: %s",
                f"Player disconnected: {p}, xuid: {xuid[p]}, pfid: {pfid[p]}",
            )
            online[p] = t1
            continue
        B(
            t1 + sec(r.uniform(3, 14)),
            "INFO",
            "Player Spawned: %s xuid: %s, pfid: %s",
            f"Player Spawned: {p} xuid: {xuid[p]}, pfid: {pfid[p]}",
        )
        if end < T_END:
            B(
                end,
                "INFO",
                "Player disconnected: %s, xuid: %s, pfid: %s",
                f"Player disconnected: {p}, xuid: {xuid[p]}, pfid: {pfid[p]}",
            )

    def who(t: datetime) -> list[str]:
        return [p for p, a, b in spans if a <= t < b]

    # the Discord bot's `list` every 30 seconds
    t = T0 + sec(r.uniform(0, 30))
    while t < T_END:
        if up(t):
            on = who(t)
            B(
                t,
                "INFO",
                "There are %d/%d players online:",
                f"There are {len(on)}/20 players online:",
                [", ".join(on)],
            )
        t += sec(30 + r.uniform(-0.5, 0.5))
    # AutoCompaction while chunks change
    t = T0 + sec(200)
    while t < T_END:
        if up(t) and who(t):
            B(t, "INFO", "Running AutoCompaction...", "Running AutoCompaction...")
        t += sec(r.uniform(300, 400))
    # the backup sidecar every 15 minutes: save hold / save query / save resume
    t = at(6, 15, 0)
    while t < T_END:
        if not (upd - sec(60) <= t < ready + sec(2)):
            t1 = B(t, "INFO", "Saving...", "Saving...")
            t1 += sec(r.uniform(1, 3))
            while r.random() < 0.35:
                t1 = B(
                    t1,
                    "INFO",
                    "A previous save has not been completed.",
                    "A previous save has not been completed.",
                ) + sec(r.uniform(1, 3))
            files = [
                f"Familienwelt/db/{r.randint(100, 999):06d}.ldb:{r.randint(100000, 2200000)}"
                for _ in range(r.randint(4, 7))
            ]
            files += [
                "Familienwelt/db/CURRENT:16",
                f"Familienwelt/db/MANIFEST-{r.randint(1000, 9999):06d}:{r.randint(400, 9000)}",
                "Familienwelt/level.dat:2541",
                "Familienwelt/levelname.txt:12",
            ]
            t1 = B(
                t1,
                "INFO",
                "Data saved. Files are now ready to be copied.",
                "Data saved. Files are now ready to be copied.",
                [", ".join(files)],
            )
            B(
                t1 + sec(r.uniform(4, 20)),
                "INFO",
                "Changes to the world are resumed.",
                "Changes to the world are resumed.",
            )
        t += sec(900)
    # the leaderboard add-on's script errors while someone is online (fixed by the update)
    for te in poisson(r, at(7, 20), upd, 95):
        if who(te):
            label, make, _w = r.choices(BD_ERRORS, [w for *_, w in BD_ERRORS])[0]
            B(te, "ERROR", label, "[Scripting] " + make(r))
    # two new players allow-listed by the admin
    for ta in [at(8, 2, 31), at(11, 14, 8)]:
        B(ta, "INFO", "Player added to allowlist", "Player added to allowlist")
    return fs.logs(T0)


SYSTEMS = {
    "umurmur": umurmur,
    "tmodloader": tmodloader,
    "dayz": dayz,
    "ioquake3": ioquake3,
    "bedrock-server": bedrock_server,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
