#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 163 (tshock, 7dtd, ark, openttd, rust-oxide) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file), except Oxide's log file, which shows only the minute
(as MPD's in round 157). Five game servers, 06:00 to 12:00 on 2024-06-07.

- TShock 5.2 on Terraria 1.4.4.9 (`2024-06-07_06-00-03.log`, `2024-06-07_09-41-40.log`: TShock's
  TextLog, one file per start, `yyyy-MM-dd HH:mm:ss - Caller: LEVEL: message`, the caller the
  declaring type of the method that called the logger: `TShock`, `Utils`, `Commands`, `TSPlayer`,
  `SecureRest`, `SaveManager`, `BackupManager`, `CharacterManager`; server-side characters on
  MySQL, `DisableLoginBeforeJoin` and `DisableUUIDLogin` on, `LogRest` on): the start-up lines,
  joins as the guest group (`%s (%s) from '%s' group joined. (%d/%d)`, `Broadcast: %s has
  joined.`) and `/login` (`%s executed (args omitted): %s%s.`, `%s authenticated successfully as
  user: %s.`, `%s failed to authenticate as user: %s.` with the IP), chat through the chat format
  (`Broadcast: %s%s%s: %s`, a group prefix such as `(Admin) `), commands (`%s executed: %s%s.`,
  `%s tried to execute %s%s.`), leaves (`Broadcast: %s has left.`, `%s disconnected.`), a status
  bot's REST poll every minute (`%s requested REST endpoint: %s`), the vanilla autosave every
  10 minutes and TShock's backups every 30 (`Broadcast: Saving world...`, `Broadcast: World
  saved.`, `World saved at (%s)`, `World backed up (%s).`); MySQL restarting 07:50-07:58 under
  the SSC saves (`MySql.Data.MySqlClient.MySqlException (0x80004005): Unable to connect to any of
  the specified MySQL hosts.` with its inner exception and stack), a griefer at 08:12 (`Player %s
  has been disabled for Reached TileKill threshold..` every 5 s, the admin's `/kick`, `Kicked %s
  for : '%s'`, `Broadcast: %s %skicked %s for '%s'`), a relay plugin's thread crashing the
  server at 09:41 (the InvalidOperationException's stack, then the new file's `TShock was
  improperly shut down. ...`), and a Moon Lord fight 10:30-10:42 tripping the projectile threshold.
- 7 Days to Die Alpha 21.2 (`output_log__2024-06-07__06-00-12.txt`,
  `output_log__2024-06-07__10-11-02.txt`: LinuxGSM's `-logfile`, Unity's undated start-up lines
  (`Mono path[0] = '%s'`, `Mono config path = '%s'`, `Initialize engine version: %s`), then
  `2024-06-07T06:00:14 1.412 INF message`: local time, seconds since start with milliseconds,
  INF/WRN/ERR/EXC): start-up (`Version: %s Compatibility Version: %s, Build: %s`, `Command line
  arguments: %s`, the Steam logon, `Started Telnet on %d`, `StartGame done`), the stats line every
  30 s (`Time: %.2fm FPS: %.2f Heap: %.1fMB Max: %.1fMB Chunks: %d CGO: %d Ply: %d Zom: %d Ent: %d
  (%d) Items: %d CO: %d RSS: %.1fMB`) with the heap growing all morning and the horde night at
  08:40, a Discord bot's telnet `gettime` and `listplayers` every minute (`Executing command '%s'
  by Telnet from %s`), players' EOS logins (`[Auth] %s authorization successful: ...`,
  `RequestToEnterGame: %s/%s`, `Created player with id=%d`, `PlayerSpawnedInWorld (reason: %s,
  position: %d, %d, %d): ...`, `GMSG: Player '%s' joined the game`), leaves (`Player
  disconnected: ...`, `GMSG: Player '%s' left the game`, `Player %s disconnected after %.1f
  minutes`), deaths and respawns, chat (`Chat (from '%s', entity id '%s', to '%s'): '%s': %s`,
  the server's `say` as `-non-player-`), a mod's NullReferenceException on zombie kills (EXC with
  Mono frames), and the admin's restart at 10:05-10:10 (`say`, `saveworld`, `shutdown`,
  `[NET] ServerShutdown`).
- ARK: Survival Evolved 358.24 (`theisland-ShooterGame.log`, `ragnarok-ShooterGame.log`,
  `ragnarok-ShooterGame-backup-2024.06.07-08.49.07.log`: two maps of a cluster on one Linux
  host, UE4's `[2024.06.07-06.00.01:123][412]` head in UTC, the frame counter modulo 1000, the game
  log's own `2024.06.07_01.00.01: ` in the host's local time, UTC-5): start-up (`Log file open,
  %s`, `ARK Version: %s`, `Primal Game Data Took %s seconds`, `Commandline: %s`, `Server: "%s"
  has successfully started!`, `Full Startup: %s seconds (BP compile: %s seconds)`, `Number of
  cores %d`), `%s [UniqueNetId:%s Platform:%s] joined this ARK!` / `left this ARK!`, chat
  (`%s (%s): %s`), admins' `AdminCmd: %s (PlayerName: %s, ARKID: %s, SteamID: %s)`, tribe logs
  (`Tribe %s, ID %d: Day %d, %s: ` and the entry with its RichColor tag: tames, kills, deaths,
  cryopods, claims, demolitions, an abandoned base's auto-decay at 10:12 on The Island), and
  Ragnarok's crash at 08:47 (`Signal 11 caught.`, `Malloc Size=%d LargeMemoryPoolOffset=%d`,
  `CommonLinuxCrashHandler: Signal=%d`, `Failed to find symbol file, expected location:` with the
  path on the next line, `Engine crash handling finished; re-raising signal %d for the default
  handler. Good bye.`), its log kept as a backup and a new one started.
- OpenTTD 14.1 (`openttd.log`: the dedicated server's stdout and stderr, `show_date_in_logs`
  on, so every line opens with `[2024-06-07 06:00:01] `; debug lines `dbg: [net:3] message`
  (a dedicated server sets `net=4`), console lines bare, the network messages after a
  left-to-right mark): start-up (`Starting dedicated server, version %s`, `Listening on %s`, the
  Game Coordinator's six-line registration block), a bot on the admin port (`[%s] Client connected
  from %s on frame %d`, `[admin] '%s' (%s) has connected`, `[admin] Rcon command from '%s' (%s):
  %s` every 30 s), joins with `pause_on_join` (`*** Game paused (connecting clients)`, `*** %s has
  joined the game (Client #%d)`, `[%s] Client #%d (%s) joined as %s`, `*** Game unpaused
  (connecting clients)`, `*** %s has joined company #%d` / `has started a new company (#%d)`),
  leaves (`*** %s has left the game (leaving)`, `[%s] Client #%d closed connection`), chat
  (`[All] %s: %s`), wrong server passwords (`Client %d made an error and has been disconnected:
  wrong password`), a slow client (`[%d] Client #%d is slow, try increasing [network.]frame_freq
  to a higher value!`), the uplink lost 08:20-08:24 (`Client #%d (IP: %s) is dropped because the
  client did not respond for more than %d ticks.`, `'%s' made an error and has been disconnected:
  general timeout`, `*** %s has left the game (general timeout)`, the registration block again),
  an admin's rcon kick (`[rcon] Client-id %d executed: %s`, `*** %s was kicked. Reason: (%s)`,
  `'%s' made an error and has been disconnected: kicked by server`), and the map's restart year
  reached at 10:00 (`Auto-restarting map: year %d reached`, `Map generation percentage complete:
  %d`, everyone reconnecting).
- Rust (June 2024, the day after the forced wipe) with Oxide 2.0 (`RustDedicated.log`: the
  server's `-logfile`, Unity's output without any time, Oxide's console messages in minimalist
  mode; `oxide_2024-06-07.txt`: Oxide's own log, `HH:mm [Info] message`): Oxide's start-up
  (`Loading Oxide Core v%s...`, `Loading extensions...`, `Loaded extension %s v%s by %s`,
  `Loading plugins...`, `Loaded plugin %s v%s by %s`, three plugins broken by the update: `Error
  while compiling: %s(%d,%d): error CS1061: ...`), `Server startup complete`, `SteamServer
  Initialized`, players (`%s:%d/%s/%s joined [%s/%s]`, `%s[%s] has entered the game`, `%s:%d/%s/%s
  disconnecting: disconnect` / `Timed Out`), chat (`[CHAT] %s[%s] : %s`), deaths (`%s[%s] was
  killed by %s[%s]`, `%s[%s] died (%s)`), the save every 10 minutes (`Saved %s ents, cache(%s),
  write(%s), disk(%s).`), two plugins disagreeing on a hook all morning (`Calling hook %s resulted
  in a conflict between the following plugins: %s`), Better Chat updated at 07:15 and failing on
  every message until it is rolled back at 07:52 (`Unloaded plugin ...`, `Loaded plugin ...`,
  `Failed to call hook '%s' on plugin '%s v%s' (NullReferenceException: ...)` with its stack),
  and a fixed plugin uploaded at 09:30.

Label notes. The log heads are context: TShock's time, caller and level; 7DTD's time, seconds
since start and level; UE4's bracketed time and frame, and the ARK game log's own time; OpenTTD's
date and `dbg: [net:3] `; Oxide's time and `[Info]`. A word picked by branch is wording (TShock's
`Enabled`, OpenTTD's `(leaving)`, Rust's `disconnect` / `Timed Out`); an error text inside a
message contributes its own text (OpenTTD's `general timeout`, `wrong password`, `kicked by
server`, the pause reasons, TShock's disable reasons, the C# compiler's message). ARK's tribe log
prefix (`Tribe %s, ID %d: Day %d, %s: `) is written by the game with the entry; each entry's
text, with its RichColor tag, is a format of its own. TShock's chat goes out through the chat
format `{1}{2}{3}: {4}` (group prefix, name, suffix, text) and is labelled with it. A message
written as one string over several lines is one event whose later lines have no row (.NET and
Mono stacks, the ARK crash handler's path line). Unity's and Rust's undated lines are labelled
like the others.

Least sure (written from the helper's knowledge; TShock's TextLog, start-up, join, leave, chat,
command-log and save lines, OpenTTD's debug, network-server, admin-port and Game Coordinator
lines and Oxide's log message layout were checked against copies of their sources, some older or
newer than the versions named): TShock's `World backed up (%s).`, `Kicked %s for : '%s'` and the
kick broadcast, `%s authenticated successfully as user: %s.`, the disable message's throttling;
the 7DTD A21 login sequence (`[Auth] ... authorization successful`, `Created player with
id=%d`), the stats line's cadence, the Steam logon, `Started Telnet on %d`, `StartGame done`
and `[NET] ServerShutdown`; ARK's tribe log texts and colours, the Platform value, whether the
start-up's `Server: ... has successfully started!` carries the game log's time, and the Linux
crash handler's lines; OpenTTD's `Map generation percentage complete: %d` steps and the
left-to-right mark before network messages; Rust's chat, death and save lines and Oxide's
minimalist console mode being on.
"""

from __future__ import annotations

import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round55 import poisson
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at

SEC = 1_000_000
MS = 1_000


def steamid(r: random.Random) -> str:
    return f"7656119{r.randint(7960265728, 9999999999):010d}"


def mono_frames(frames: list[str], mvid: str) -> list[str]:
    """Mono's stack frames as Unity prints them: `  at Type.Method (args) [0x0001c] in <mvid>:0 `."""
    rr = random.Random(mvid)
    return [f"  at {f} [0x{rr.randint(0, 0x3FF):05x}] in <{mvid}>:0 " for f in frames]


# ------------------------------------------------------------------------------------ tshock

TS_PLAYERS = [
    # name, group, prefix, ip
    ("Kira", "admin", "(Admin) ", "86.12.44.190"),
    ("Dusk", "member", "", "92.40.17.3"),
    ("Moonwhisker", "member", "", "176.24.88.12"),
    ("Bramble", "member", "", "81.99.201.45"),
    ("Orrin", "vip", "(VIP) ", "203.0.113.77"),
    ("Tessaly", "member", "", "94.5.120.18"),
    ("grimble", "member", "", "109.150.3.211"),
    ("Vexx", "member", "", "31.52.178.9"),
    ("Lumi", "vip", "(VIP) ", "82.21.66.140"),
    ("PotatoKnight", "member", "", "90.254.11.73"),
    ("Seraphine", "admin", "(Admin) ", "2.97.140.31"),
    ("Quill", "member", "", "86.160.5.244"),
    ("nyx", "member", "", "5.65.32.199"),
    ("Hollowpine", "member", "", "188.28.91.6"),
    ("Ashgrove", "member", "", "151.226.7.88"),
    ("Renn", "member", "", "62.31.14.207"),
]
TS_CHAT = [
    "anyone want to do plantera?",
    "brb",
    "lol",
    "where is the jungle temple key",
    "who has spare souls of flight",
    "gg",
    "can someone help me with the dungeon",
    "ty!",
    "i need 10 more chlorophyte bars",
    "hallow is spreading near spawn again",
    "omg the mimic",
    "which way to the underworld",
    "selling truffle worms",
    "anyone got a pwnhammer?",
    "my house is next to the ocean, come by",
    "night everyone",
    "morning!",
    "is the server laggy or is it me",
    "eclipse tonight?",
    "got the terraprisma!!",
    "need help with golem",
    "who broke my chest",
    "lf pylon for the snow biome",
    "afk 5",
    "nice",
    "the fishing quest is a bass again",
    "goblin army at spawn",
    "can an admin tp me to the hub",
    "does anyone have an ankh shield",
    "moon lord at 10:30, bring potions",
]
TS_CMDS = [
    "spawn",
    "home",
    "warp hub",
    "warp jungle",
    "warp dungeon",
    "warp hell",
    "playing",
    "time",
    "rules",
    "motd",
    "who",
    "tp Kira",
    "tp Dusk",
    "sethome",
    "me is mining",
    "party",
]
TS_ADMIN_CMDS = [
    "butcher",
    "time day",
    "clear item 100",
    "save",
    "region define spawnarea",
    "region protect spawnarea true",
    "tp Orrin",
    "worldevent bloodmoon",
    "mute Vexx spam",
    "who",
]
TS_DENIED = ["item terraprisma", "spawnboss moonlord", "give 3063 Dusk", "godmode", "region list"]


def tshock(r: random.Random) -> list[Log]:
    """One TShock 5.2 server (16 slots, SSC on MySQL, a relay plugin, a Discord status bot on
    the REST API), 06:00 to 12:00: started by the daily restart at 06:00, MySQL restarting
    07:50-07:58 under the SSC saves, a griefer at 08:12 kicked by an admin, a relay plugin's
    thread crashing the server at 09:41 (back at 09:41:40), a Moon Lord fight 10:30-10:42 tripping
    the projectile threshold."""
    fs = Files()
    runs = [
        ("2024-06-07_06-00-03.log", at(6, 0, 3), at(9, 41, 13)),
        ("2024-06-07_09-41-40.log", at(9, 41, 40), T_END),
    ]

    def fname(t: datetime) -> str:
        return runs[0][0] if t < runs[1][1] else runs[1][0]

    def up(t: datetime) -> bool:
        return any(a + sec(3) <= t < b for _, a, b in runs)

    def L(t: datetime, caller: str, level: str, label: str, lines: list[str]) -> datetime:
        f = fname(t)
        return fs.add(
            f,
            t,
            label,
            lambda x: [f"{x:%Y-%m-%d %H:%M:%S} - {caller}: {level}: {lines[0]}", *lines[1:]],
            f,
            SEC,
        )

    def I(t: datetime, caller: str, label: str, msg: str) -> datetime:  # noqa: E743
        return L(t, caller, "INFO", label, [msg])

    def startup(t: datetime, crashed: bool) -> None:
        if crashed:
            t = I(
                t,
                "TShock",
                "TShock was improperly shut down. Please use the exit command in the future to prevent this.",
                "TShock was improperly shut down. Please use the exit command in the future to prevent this.",
            )
        t = I(
            t + sec(0.4),
            "TShock",
            "TShock %s (%s) now running.",
            "TShock 5.2.0.0 (Mintaka) now running.",
        )
        t = I(t + sec(0.2), "TShock", "AutoSave Enabled", "AutoSave Enabled")
        t = I(t, "TShock", "Backups Enabled", "Backups Enabled")
        t = I(t, "TShock", "Welcome to TShock for Terraria!", "Welcome to TShock for Terraria!")
        t = I(
            t,
            "TShock",
            "TShock comes with no warranty & is free software.",
            "TShock comes with no warranty & is free software.",
        )
        I(
            t,
            "TShock",
            "You can modify & distribute it under the terms of the GNU GPLv3.",
            "You can modify & distribute it under the terms of the GNU GPLv3.",
        )

    startup(runs[0][1], False)
    startup(runs[1][1], True)

    def bcast(t: datetime, label: str, msg: str) -> datetime:
        return I(t, "Utils", "Broadcast: " + label, "Broadcast: " + msg)

    # world saves: the vanilla autosave every 10 minutes, TShock's backups every 30
    for _, a, b in runs:
        tt = a + sec(600 + r.uniform(0, 2))
        n = 0
        while tt < b:
            n += 1
            if n % 3 == 0:
                t2 = bcast(tt, "Saving world...", "Saving world...")
                t2 = bcast(t2 + sec(r.uniform(1.2, 2.6)), "World saved.", "World saved.")
                bak = (
                    f"/srv/terraria/tshock/backups/Hallowed_Grounds.wld.{tt:%d.%m.%y-%H.%M.%S}.bak"
                )
                t2 = I(t2, "SaveManager", "World saved at (%s)", f"World saved at ({bak})")
                I(t2, "BackupManager", "World backed up (%s).", f"World backed up ({bak}).")
            else:
                bcast(tt, "Saving world...", "Saving world...")
            tt += sec(600 + r.uniform(0, 1.5))
    # the status bot's REST poll
    for _, a, b in runs:
        tt = a + sec(30 + r.uniform(0, 20))
        while tt < b:
            I(
                tt,
                "SecureRest",
                "%s requested REST endpoint: %s",
                "statusbot requested REST endpoint: /v2/server/status?players=true",
            )
            tt += sec(60 + r.uniform(-0.4, 0.4))

    # sessions: (player, join, leave)
    sessions: list[tuple[tuple[str, str, str, str], datetime, datetime]] = []
    for p in TS_PLAYERS:
        t = T0 + sec(r.uniform(0, 3000))
        while t < T_END - sec(600):
            dur = r.uniform(900, 5400)
            end = min(t + sec(dur), T_END + sec(3600))
            sessions.append((p, t, end))
            t = end + sec(r.uniform(600, 6000))
    sessions.sort(key=lambda s: s[1])
    online: list[str] = []
    events: list[tuple[datetime, int, str, tuple]] = []
    for i, (p, a, b) in enumerate(sessions):
        events.append((a, 0, "join", (p, i)))
        events.append((b, 1, "leave", (p, i)))
    crash = runs[0][2]
    restart = runs[1][1]
    events.sort(key=lambda e: (e[0], e[1]))
    joined_ok: set[int] = set()
    for t, _, kind, (p, i) in events:
        name, group, prefix, ip = p
        if kind == "join":
            if not up(t):
                continue
            joined_ok.add(i)
            online.append(name)
            t2 = I(
                t,
                "TShock",
                "%s (%s) from '%s' group joined. (%d/%d)",
                f"{name} ({ip}) from 'guest' group joined. ({len(online)}/16)",
            )
            t2 = bcast(t2, "%s has joined.", f"{name} has joined.")
            t2 += sec(r.uniform(4, 25))
            if r.random() < 0.07:
                t2 = L(
                    t2,
                    "Commands",
                    "WARNING",
                    "%s failed to authenticate as user: %s.",
                    [f"{ip} failed to authenticate as user: {name}."],
                )
                t2 = I(
                    t2 + sec(r.uniform(0.05, 0.3)),
                    "Utils",
                    "%s executed (args omitted): %s%s.",
                    f"{name} executed (args omitted): /login.",
                )
                t2 += sec(r.uniform(6, 15))
            t2 = I(
                t2,
                "Utils",
                "%s executed (args omitted): %s%s.",
                f"{name} executed (args omitted): /login.",
            )
            I(
                t2 + sec(r.uniform(0.01, 0.2)),
                "Commands",
                "%s authenticated successfully as user: %s.",
                f"{name} authenticated successfully as user: {name}.",
            )
        else:
            if name not in online:
                continue
            online.remove(name)
            if crash <= t or not up(t):
                continue
            t2 = bcast(t, "%s has left.", f"{name} has left.")
            I(t2, "TShock", "%s disconnected.", f"{name} disconnected.")
    # the crash drops everyone; they come back after the restart
    for p, a, b in sessions:
        if a < crash < b and b > restart + sec(60):
            t = restart + sec(r.uniform(40, 400))
            if t >= T_END:
                continue
            name, group, prefix, ip = p
            t2 = I(
                t,
                "TShock",
                "%s (%s) from '%s' group joined. (%d/%d)",
                f"{name} ({ip}) from 'guest' group joined. ({r.randint(1, 7)}/16)",
            )
            t2 = bcast(t2, "%s has joined.", f"{name} has joined.")
            t2 = I(
                t2 + sec(r.uniform(4, 20)),
                "Utils",
                "%s executed (args omitted): %s%s.",
                f"{name} executed (args omitted): /login.",
            )
            I(
                t2 + sec(0.1),
                "Commands",
                "%s authenticated successfully as user: %s.",
                f"{name} authenticated successfully as user: {name}.",
            )
            if b < T_END:
                t2 = bcast(b, "%s has left.", f"{name} has left.")
                I(t2, "TShock", "%s disconnected.", f"{name} disconnected.")

    def on(t: datetime) -> list[tuple[str, str, str, str]]:
        out = []
        for i, (p, a, b) in enumerate(sessions):
            if i not in joined_ok:
                continue
            if a + sec(30) <= t < b and up(t) and not (a < crash <= t < restart + sec(400)):
                out.append(p)
        return out

    # chat, commands
    for t in poisson(r, T0, T_END, 16):
        ps = on(t)
        if not ps:
            continue
        name, group, prefix, ip = r.choice(ps)
        x = r.random()
        if x < 0.62:
            msg = r.choice(TS_CHAT)
            if at(10, 25) <= t < at(10, 45) and r.random() < 0.5:
                msg = r.choice(
                    ["ML phase 2!!", "heal pls", "go go go", "true eye down", "GG moon lord"]
                )
            bcast(t, "%s%s%s: %s", f"{prefix}{name}: {msg}")
        elif x < 0.93:
            cmd = r.choice(TS_ADMIN_CMDS if group == "admin" and r.random() < 0.4 else TS_CMDS)
            I(t, "Utils", "%s executed: %s%s.", f"{name} executed: /{cmd}.")
        elif group not in ("admin",):
            I(
                t,
                "Utils",
                "%s tried to execute %s%s.",
                f"{name} tried to execute /{r.choice(TS_DENIED)}.",
            )

    # MySQL restarting under the SSC saves (every 5 minutes per logged-in player)
    mysql_trace = [
        " ---> System.Net.Sockets.SocketException (111): Connection refused",
        "   at MySql.Data.Common.StreamCreator.GetTcpStreamAsync(MySqlConnectionStringBuilder settings, CancellationToken cancellationToken, Boolean execAsync)",
        "   at MySql.Data.Common.StreamCreator.GetStreamAsync(MySqlConnectionStringBuilder settings, CancellationToken cancellationToken, Boolean execAsync)",
        "   at MySql.Data.MySqlClient.NativeDriver.OpenAsync(Boolean execAsync, CancellationToken cancellationToken)",
        "   --- End of inner exception stack trace ---",
        "   at MySql.Data.MySqlClient.NativeDriver.OpenAsync(Boolean execAsync, CancellationToken cancellationToken)",
        "   at MySql.Data.MySqlClient.Driver.CreateAsync(MySqlConnectionStringBuilder settings, Boolean execAsync, CancellationToken cancellationToken)",
        "   at MySql.Data.MySqlClient.MySqlPool.CreateNewPooledConnectionAsync(Boolean execAsync, CancellationToken cancellationToken)",
        "   at MySql.Data.MySqlClient.MySqlPool.GetPooledConnectionAsync(Boolean execAsync, CancellationToken cancellationToken)",
        "   at MySql.Data.MySqlClient.MySqlPool.TryToGetDriverAsync(Boolean execAsync, CancellationToken cancellationToken)",
        "   at MySql.Data.MySqlClient.MySqlPool.GetConnectionAsync(Boolean execAsync, CancellationToken cancellationToken)",
        "   at MySql.Data.MySqlClient.MySqlConnection.OpenAsync(Boolean execAsync, CancellationToken cancellationToken)",
        "   at MySql.Data.MySqlClient.MySqlConnection.Open()",
        "   at TShockAPI.DB.DbExt.Query(IDbConnection olddb, String query, Object[] args) in /home/runner/work/TShock/TShock/TShockAPI/DB/DbExt.cs:line 54",
        "   at TShockAPI.DB.CharacterManager.InsertPlayerData(TSPlayer player, Boolean fromCommand) in /home/runner/work/TShock/TShock/TShockAPI/DB/CharacterManager.cs:line 178",
    ]
    for tick in (at(7, 50, 40), at(7, 55, 40)):
        for k, _player in enumerate(on(tick)):
            L(
                tick + sec(0.02 * k),
                "CharacterManager",
                "ERROR",
                "MySql.Data.MySqlClient.MySqlException (0x80004005): Unable to connect to any of the specified MySQL hosts.",
                [
                    "MySql.Data.MySqlClient.MySqlException (0x80004005): Unable to connect to any of the specified MySQL hosts.",
                    *mysql_trace,
                ],
            )

    # a griefer at spawn, disabled every 5 s until an admin kicks him
    g_ip = "45.137.21.9"
    t = I(
        at(8, 11, 2),
        "TShock",
        "%s (%s) from '%s' group joined. (%d/%d)",
        f"xXdestroyerXx ({g_ip}) from 'guest' group joined. ({max(1, len(on(at(8, 11))) + 1)}/16)",
    )
    bcast(t, "%s has joined.", "xXdestroyerXx has joined.")
    t = at(8, 12, 14)
    while t < at(8, 15, 31):
        I(
            t,
            "TSPlayer",
            "Player %s has been disabled for Reached TileKill threshold..",
            "Player xXdestroyerXx has been disabled for Reached TileKill threshold..",
        )
        t += sec(5 + r.choice([0, 0, 1]))
    t = I(
        at(8, 15, 33),
        "Utils",
        "%s executed: %s%s.",
        "Kira executed: /kick xXdestroyerXx griefing spawn.",
    )
    t = I(t, "TSPlayer", "Kicked %s for : '%s'", "Kicked xXdestroyerXx for : 'griefing spawn'")
    t = bcast(t, "%s %skicked %s for '%s'", "Kira kicked xXdestroyerXx for 'griefing spawn'")
    t = bcast(t, "%s has left.", "xXdestroyerXx has left.")
    I(t, "TShock", "%s disconnected.", "xXdestroyerXx disconnected.")
    I(
        at(8, 16, 9),
        "Utils",
        "%s executed: %s%s.",
        "Kira executed: /ban add xXdestroyerXx griefing.",
    )
    I(
        at(8, 17, 40),
        "Utils",
        "%s executed: %s%s.",
        "Seraphine executed: /rollback xXdestroyerXx 600.",
    )

    # the relay plugin's thread dies, taking the server with it
    L(
        crash,
        "TShock",
        "ERROR",
        "System.InvalidOperationException: Collection was modified; enumeration operation may not execute.",
        [
            "System.InvalidOperationException: Collection was modified; enumeration operation may not execute.",
            "   at System.Collections.Generic.List`1.Enumerator.MoveNextRare()",
            "   at System.Collections.Generic.List`1.Enumerator.MoveNext()",
            "   at CrossRelay.RelayPlugin.FlushQueue() in D:\\a\\CrossRelay\\CrossRelay\\CrossRelay\\RelayPlugin.cs:line 212",
            "   at CrossRelay.RelayPlugin.RelayLoop() in D:\\a\\CrossRelay\\CrossRelay\\CrossRelay\\RelayPlugin.cs:line 180",
            "   at System.Threading.Thread.StartCallback()",
        ],
    )

    # the Moon Lord fight trips the projectile threshold
    fighters = ["Kira", "Lumi", "Orrin", "Tessaly", "Dusk"]
    for t in poisson(r, at(10, 31), at(10, 42), 9):
        I(
            t,
            "TSPlayer",
            "Player %s has been disabled for Reached projectile threshold.",
            f"Player {r.choice(fighters)} has been disabled for Reached projectile threshold.",
        )
    return fs.logs(T0)


# -------------------------------------------------------------------------------------- 7dtd

SD_PLAYERS = [
    "Grimwald",
    "Sasha_K",
    "TheLastBandit",
    "mossyrock",
    "Ravenna",
    "Jebediah",
    "DeadEyeDan",
    "ziggy",
    "Nomad77",
    "Hexley",
    "WolfMother",
    "crankshaft",
    "Pilgrim",
    "Lottie",
]
SD_CHAT = [
    "anyone got a spare wrench",
    "horde base is at the old water tower",
    "need forged iron",
    "trader quest anyone?",
    "lag is bad today",
    "omg a screamer",
    "who left the door open",
    "found a minibike!",
    "going to the wasteland",
    "bring a lot of ammo for tonight",
    "rip",
    "lol",
    "heading back to base",
    "can someone repair the gate",
    "selling 9mm",
    "FPS is awful",
    "gg",
    "thx",
    "day 14 horde incoming",
    "any medics online",
]
SD_MOD_FRAMES = [
    "ServerTools.ZombieKillTracker.ProcessDeath (EntityAlive _entity, EntityAlive _killer)",
    "ServerTools.Harmony_EntityAlive.EntityAlive_OnEntityDeath_Postfix (EntityAlive __instance)",
    "(wrapper dynamic-method) EntityAlive.DMD<EntityAlive::OnEntityDeath>(EntityAlive)",
    "EntityZombie.OnEntityDeath ()",
    "EntityAlive.OnUpdateLive ()",
    "EntityEnemy.OnUpdateLive ()",
    "EntityZombie.OnUpdateLive ()",
    "World.TickEntity (Entity e, System.Single _partialTicks)",
    "World.TickEntitiesSlice ()",
]


def sdtd(r: random.Random) -> list[Log]:
    """A 7 Days to Die Alpha 21.2 dedicated server under LinuxGSM (eight slots, day length 60
    minutes, horde every 7th day, a Discord bot on telnet, the ServerTools mod), 06:00 to 12:00:
    the heap growing all morning, the horde night at 08:40-09:20 (zombies up, FPS down), a mod's
    NullReferenceException on zombie kills, the admin's restart at 10:05-10:10 for the memory."""
    fs = Files()
    base = "/home/sdtdserver/serverfiles"
    runs = [
        ("output_log__2024-06-07__06-00-12.txt", at(6, 0, 12), at(10, 10, 31)),
        ("output_log__2024-06-07__10-11-02.txt", at(10, 11, 2), T_END),
    ]

    def run_of(t: datetime) -> tuple[str, datetime, datetime]:
        return runs[0] if t < runs[1][1] else runs[1]

    def L(t: datetime, level: str, label: str, lines: list[str]) -> datetime:
        f, start, _ = run_of(t)
        return fs.add(
            f,
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%dT%H:%M:%S} {(x - start).total_seconds():.3f} {level} {lines[0]}",
                *lines[1:],
            ],
            f,
            MS,
        )

    def INF(t: datetime, label: str, msg: str) -> datetime:
        return L(t, "INF", label, [msg])

    def raw(t: datetime, label: str, msg: str) -> datetime:
        f, _, _ = run_of(t)
        return fs.add(f, t, label, lambda x: [msg], f, MS)

    def startup(f: str, t: datetime) -> datetime:
        t = raw(t, "Mono path[0] = '%s'", f"Mono path[0] = '{base}/7DaysToDieServer_Data/Managed'")
        t = raw(
            t + sec(0.001),
            "Mono config path = '%s'",
            f"Mono config path = '{base}/7DaysToDieServer_Data/MonoBleedingEdge/etc'",
        )
        t = raw(
            t + sec(0.08),
            "Initialize engine version: %s",
            "Initialize engine version: 2021.3.19f1 (c9714fde33b6)",
        )
        t = INF(
            t + sec(1.3),
            "Version: %s Compatibility Version: %s, Build: %s",
            "Version: Alpha 21.2 (b30) Compatibility Version: Alpha 21.2, Build: Linux 64 Bit",
        )
        t = INF(
            t + sec(0.002),
            "Command line arguments: %s",
            f"Command line arguments: {base}/7DaysToDieServer.x86_64 -logfile /home/sdtdserver/log/server/{f} -quit -batchmode -nographics -dedicated -configfile={base}/sdtdserver.xml",
        )
        t = INF(
            t + sec(r.uniform(14, 22)),
            "[Steamworks.NET] GameServer.LogOn successful, SteamID=%s, public IP=%s",
            "[Steamworks.NET] GameServer.LogOn successful, SteamID=90185032419837953, public IP=203.0.113.24",
        )
        t = INF(t + sec(r.uniform(3, 6)), "Started Telnet on %d", "Started Telnet on 8081")
        return INF(t + sec(r.uniform(2, 5)), "StartGame done", "StartGame done")

    ready = [startup(f, a) for f, a, _ in runs]

    # players: persistent entity ids and platform ids
    ids = {}
    for i, n in enumerate(SD_PLAYERS):
        ids[n] = (171 + 389 * i + r.randint(0, 50), steamid(r), "EOS_0002" + hexid(r, 28))
    client_no = [0]

    def who(n: str, eid: object, cn: int) -> str:
        _, sid, eos = ids[n]
        return f"EntityID={eid}, PltfmId='Steam_{sid}', CrossId='{eos}', OwnerID='Steam_{sid}', PlayerName='{n}', ClientNumber='{cn}'"

    def pos() -> tuple[int, int, int]:
        return (r.randint(-1800, 1800), r.randint(34, 90), r.randint(-1800, 1800))

    sessions: list[tuple[str, datetime, datetime, int]] = []
    for n in SD_PLAYERS:
        t = T0 + sec(r.uniform(60, 4000))
        while t < T_END - sec(900):
            dur = r.uniform(1500, 7000)
            sessions.append((n, t, t + sec(dur), 0))
            t = t + sec(dur) + sec(r.uniform(900, 7000))
    shut = at(10, 10, 20)
    final: list[tuple[str, datetime, datetime, int]] = []
    for n, a, b, _ in sorted(sessions, key=lambda s: s[1]):
        if a < ready[0] + sec(30):
            continue
        if shut - sec(60) <= a < ready[1] + sec(60):
            a = ready[1] + sec(r.uniform(90, 600))
            if a >= b:
                continue
        if a < shut < b:
            final.append((n, a, shut + sec(r.uniform(0, 1.2)), 1))
            if b > ready[1] + sec(300):
                final.append((n, ready[1] + sec(r.uniform(120, 700)), b, 0))
            continue
        final.append((n, a, b, 0))

    def online(t: datetime) -> list[str]:
        return [n for n, a, b, _ in final if a + sec(40) <= t < min(b, T_END)]

    for n, a, b, _cut in final:
        client_no[0] += 1
        cn = client_no[0]
        eid = ids[n][0]
        t = INF(
            a,
            "[Auth] %s authorization successful: EntityID=%s, PltfmId='%s', CrossId='%s', OwnerID='%s', PlayerName='%s', ClientNumber='%s'",
            f"[Auth] {n} authorization successful: " + who(n, "<unknown/none>", cn),
        )
        t = INF(
            t + sec(r.uniform(1.5, 4)), "RequestToEnterGame: %s/%s", f"RequestToEnterGame: {cn}/{n}"
        )
        t = INF(
            t + sec(r.uniform(0.5, 2)), "Created player with id=%d", f"Created player with id={eid}"
        )
        x, y, z = pos()
        t = INF(
            t + sec(r.uniform(3, 12)),
            "PlayerSpawnedInWorld (reason: %s, position: %d, %d, %d): EntityID=%d, PltfmId='%s', CrossId='%s', OwnerID='%s', PlayerName='%s', ClientNumber='%s'",
            f"PlayerSpawnedInWorld (reason: JoinMultiplayer, position: {x}, {y}, {z}): "
            + who(n, eid, cn),
        )
        INF(
            t + sec(0.004),
            "GMSG: Player '%s' joined the game",
            f"GMSG: Player '{n}' joined the game",
        )
        if b < T_END:
            t = INF(
                b,
                "Player disconnected: EntityID=%d, PltfmId='%s', CrossId='%s', OwnerID='%s', PlayerName='%s', ClientNumber='%s'",
                "Player disconnected: " + who(n, eid, cn),
            )
            t = INF(
                t + sec(0.002),
                "GMSG: Player '%s' left the game",
                f"GMSG: Player '{n}' left the game",
            )
            INF(
                t + sec(0.003),
                "Player %s disconnected after %.1f minutes",
                f"Player {n} disconnected after {(b - a).total_seconds() / 60:.1f} minutes",
            )
        # deaths and respawns
        for td in poisson(r, a + sec(120), min(b, T_END) - sec(40), 300):
            horde = at(8, 40) <= td < at(9, 20)
            if not horde and r.random() < 0.88:
                continue
            td = INF(td, "GMSG: Player '%s' died", f"GMSG: Player '{n}' died")
            x, y, z = pos()
            INF(
                td + sec(r.uniform(8, 30)),
                "PlayerSpawnedInWorld (reason: %s, position: %d, %d, %d): EntityID=%d, PltfmId='%s', CrossId='%s', OwnerID='%s', PlayerName='%s', ClientNumber='%s'",
                f"PlayerSpawnedInWorld (reason: Died, position: {x}, {y}, {z}): " + who(n, eid, cn),
            )

    # chat
    for t in poisson(r, T0, T_END, 75):
        ps = online(t)
        if not ps:
            continue
        n = r.choice(ps)
        _, sid, _ = ids[n]
        to = "Global" if r.random() < 0.8 else "Party"
        INF(
            t,
            "Chat (from '%s', entity id '%s', to '%s'): '%s': %s",
            f"Chat (from 'Steam_{sid}', entity id '{ids[n][0]}', to '{to}'): '{n}': {r.choice(SD_CHAT)}",
        )

    # the stats line every 30 s, the bot's telnet commands every minute
    for f, a, b in runs:
        start = ready[0] if f == runs[0][0] else ready[1]
        tt = start + sec(30)
        bot = f"127.0.0.1:{r.randint(35000, 60000)}"
        while tt < b:
            mins = (tt - a).total_seconds() / 60
            since = (
                (tt - T0).total_seconds() / 3600
                if f == runs[0][0]
                else (tt - a).total_seconds() / 3600
            )
            horde = at(8, 40) <= tt < at(9, 20)
            ply = len(online(tt))
            zom = r.randint(45, 64) if horde else max(0, ply * r.randint(2, 6) + r.randint(-3, 3))
            heap = 1450 + 1380 * since + r.uniform(-40, 40) + (600 if horde else 0)
            fps = max(4.0, (34 - 5.2 * since - (14 if horde else 0)) + r.uniform(-3, 3))
            if f != runs[0][0]:
                fps = max(20.0, 34 - 2 * since + r.uniform(-3, 3))
            chunks = 300 + ply * 140 + r.randint(0, 60)
            ent = zom + ply + r.randint(0, 8)
            INF(
                tt,
                "Time: %.2fm FPS: %.2f Heap: %.1fMB Max: %.1fMB Chunks: %d CGO: %d Ply: %d Zom: %d Ent: %d (%d) Items: %d CO: %d RSS: %.1fMB",
                f"Time: {mins:.2f}m FPS: {fps:.2f} Heap: {heap:.1f}MB Max: {heap * 1.04 + 30:.1f}MB Chunks: {chunks} CGO: {20 + ply * 9 + r.randint(0, 6)} Ply: {ply} Zom: {zom} Ent: {ent} ({ent + r.randint(4, 20)}) Items: {r.randint(0, 12)} CO: {ply + r.randint(0, 3)} RSS: {heap * 1.9 + 900:.1f}MB",
            )
            if int(mins * 2) % 2 == 1:
                t2 = INF(
                    tt + sec(r.uniform(2, 9)),
                    "Executing command '%s' by Telnet from %s",
                    f"Executing command 'gettime' by Telnet from {bot}",
                )
                INF(
                    t2 + sec(r.uniform(0.05, 0.3)),
                    "Executing command '%s' by Telnet from %s",
                    f"Executing command 'listplayers' by Telnet from {bot}",
                )
            tt += sec(30 + r.uniform(-0.01, 0.03))

    # the mod's NullReferenceException on zombie kills
    mvid = hexid(r, 32)
    for t in poisson(r, T0 + sec(600), at(10, 10), 420):
        if not online(t):
            continue
        L(
            t,
            "EXC",
            "NullReferenceException: Object reference not set to an instance of an object",
            [
                "NullReferenceException: Object reference not set to an instance of an object",
                *mono_frames(SD_MOD_FRAMES[:2], mvid),
                *mono_frames(SD_MOD_FRAMES[2:], "be3a9d4f0c2e4e7f8a1b2c3d4e5f6a7b"),
            ],
        )
    for t in poisson(r, at(8, 40), at(9, 20), 60):
        if not online(t):
            continue
        L(
            t,
            "EXC",
            "NullReferenceException: Object reference not set to an instance of an object",
            [
                "NullReferenceException: Object reference not set to an instance of an object",
                *mono_frames(SD_MOD_FRAMES[:2], mvid),
                *mono_frames(SD_MOD_FRAMES[2:], "be3a9d4f0c2e4e7f8a1b2c3d4e5f6a7b"),
            ],
        )

    # the admin's restart for the memory
    con = f"192.168.1.20:{r.randint(50000, 60000)}"
    t = at(10, 5, 11)
    for txt, gap in [
        ("Server restart in 5 minutes (memory). Find a safe spot!", 120),
        ("Server restart in 3 minutes", 120),
        ("Server restart in 1 minute", 50),
    ]:
        t = INF(
            t,
            "Executing command '%s' by Telnet from %s",
            f"Executing command 'say \"{txt}\"' by Telnet from {con}",
        )
        INF(
            t + sec(0.002),
            "Chat (from '%s', entity id '%s', to '%s'): '%s': %s",
            f"Chat (from '-non-player-', entity id '-1', to 'Global'): 'Server': {txt}",
        )
        t += sec(gap)
    t = INF(
        t,
        "Executing command '%s' by Telnet from %s",
        f"Executing command 'saveworld' by Telnet from {con}",
    )
    t = INF(
        t + sec(8.2),
        "Executing command '%s' by Telnet from %s",
        f"Executing command 'shutdown' by Telnet from {con}",
    )
    INF(shut + sec(1.5), "[NET] ServerShutdown", "[NET] ServerShutdown")
    return fs.logs(T0)


# --------------------------------------------------------------------------------------- ark

ARK_TRIBES = [
    ("The Dodo Syndicate", ["Brakka", "Mira", "Tarn"]),
    ("Wyvern Watch", ["Ezrah", "Kestrel", "Oona", "Pike"]),
    ("Tribe of Hollis", ["Hollis"]),
    ("Saltmarsh", ["Juniper", "Fenwick"]),
    ("Night Raptors", ["Vask", "Rook", "Sable"]),
    ("Cozy Beavers", ["Bree", "Lint"]),
]
ARK_DINOS = [
    "Raptor",
    "Parasaur",
    "Triceratops",
    "Argentavis",
    "Ankylosaurus",
    "Doedicurus",
    "Rex",
    "Pteranodon",
    "Stegosaurus",
    "Therizinosaur",
    "Carnotaurus",
    "Direwolf",
    "Megalodon",
    "Baryonyx",
    "Castoroides",
    "Wyvern",
]
ARK_WILD = [
    "Raptor",
    "Carnotaurus",
    "Allosaurus",
    "Giganotosaurus",
    "Direwolf",
    "Megalodon",
    "Sabertooth",
    "Troodon",
    "Purlovia",
    "Spinosaur",
]
ARK_STRUCT = [
    "Stone Wall",
    "Stone Foundation",
    "Wooden Wall",
    "Thatch Wall",
    "Stone Ceiling",
    "Wooden Door",
    "Metal Wall",
    "Storage Box",
    "Campfire",
    "Stone Doorframe",
]
ARK_CHAT = [
    "anyone selling cryopods?",
    "wyvern eggs at the trench",
    "who killed my bronto",
    "lag spike",
    "gg",
    "brb",
    "need metal, will trade element",
    "alpha rex near redwoods",
    "server restart soon?",
    "lol",
    "thx for the help",
    "looking for a tribe",
    "boss fight tonight",
    "hi all",
    "drop at the volcano",
]


def ark(r: random.Random) -> list[Log]:
    """Two maps of an ARK cluster (The Island, Ragnarok) on one Linux host whose clock is UTC-5,
    06:00 to 12:00 UTC: players joining and leaving, chat, tribe logs from six tribes (tames,
    deaths, cryopods, claims, demolitions), admins' commands, an abandoned base's auto-decay on The
    Island at 10:12, Ragnarok's segfault at 08:47 and its restart at 08:49."""
    fs = Files()
    maps = {
        "theisland": ("The Island", "TheIsland", 27015, 3412),
        "ragnarok": ("Ragnarok", "Ragnarok", 27017, 1877),
    }
    crash = at(8, 47, 51.312)
    rag_restart = at(8, 49, 7)
    backup = "ragnarok-ShooterGame-backup-2024.06.07-08.49.07.log"

    def fname(m: str, t: datetime) -> str:
        if m == "ragnarok" and t < rag_restart:
            return backup
        return f"{m}-ShooterGame.log"

    def local(t: datetime) -> datetime:
        return t - timedelta(hours=5)

    def E(
        m: str, t: datetime, label: str, lines: list[str], frame0: bool = False, game: bool = False
    ) -> datetime:
        f = fname(m, t)

        def text(x: datetime) -> list[str]:
            fr = 0 if frame0 else int((x - T0).total_seconds() * 30) % 1000
            head = f"[{x:%Y.%m.%d-%H.%M.%S}:{x.microsecond // 1000:03d}][{fr:3d}]"
            if game:
                head += f"{local(x):%Y.%m.%d_%H.%M.%S}: "
            return [head + lines[0], *lines[1:]]

        return fs.add(f, t, label, text, f, MS)

    def G(m: str, t: datetime, label: str, msg: str) -> datetime:
        return E(m, t, label, [msg], game=True)

    def start(m: str, t: datetime) -> datetime:
        name, mp, port, _ = maps[m]
        t = E(
            m, t, "Log file open, %s", [f"Log file open, {local(t):%m/%d/%y %H:%M:%S}"], frame0=True
        )
        t = E(m, t + sec(0.001), "ARK Version: %s", ["ARK Version: 358.24"], frame0=True)
        t = E(
            m,
            t + sec(r.uniform(2, 4)),
            "Primal Game Data Took %s seconds",
            [f"Primal Game Data Took {r.uniform(2, 4):.2f} seconds"],
            frame0=True,
        )
        t = E(
            m,
            t + sec(r.uniform(30, 50)),
            "Commandline: %s",
            [
                f"Commandline:  {mp}?listen?SessionName=Frontier PvE - {name}?QueryPort={port}?Port={7777 + 2 * (port - 27015)}?MaxPlayers=40?AltSaveDirectoryName={mp}Save -server -log -clusterid=frontier -NoTransferFromFiltering -ServerGameLog -ServerGameLogIncludeTribeLogs"
            ],
            frame0=True,
        )
        t = E(
            m,
            t + sec(0.01),
            'Server: "%s" has successfully started!',
            [f'Server: "Frontier PvE - {name}" has successfully started!'],
            frame0=True,
            game=True,
        )
        full = r.uniform(48, 70)
        t = E(
            m,
            t + sec(0.2),
            "Full Startup: %s seconds (BP compile: %s seconds)",
            [f"Full Startup: {full:.2f} seconds (BP compile: 0.00 seconds)"],
            frame0=True,
        )
        return E(m, t + sec(0.001), "Number of cores %d", ["Number of cores 8"], frame0=True)

    ready = {
        "theisland": start("theisland", at(6, 0, 1)),
        "ragnarok": start("ragnarok", at(6, 0, 2)),
    }
    rag2 = start("ragnarok", rag_restart)

    def up(m: str, t: datetime) -> bool:
        if t < ready[m] + sec(20):
            return False
        return not (m == "ragnarok" and crash <= t < rag2 + sec(20))

    members = [(p, tr) for tr, ps in ARK_TRIBES for p in ps]
    info = {p: (steamid(r), r.randint(100000000, 999999999)) for p, _ in members}
    tribe_id = {tr: r.randint(1000000000, 1999999999) for tr, _ in ARK_TRIBES}
    tribe_id["Tribe of Gunnar"] = r.randint(1000000000, 1999999999)  # has not played for weeks
    home = {tr: ("theisland" if i % 2 == 0 else "ragnarok") for i, (tr, _) in enumerate(ARK_TRIBES)}
    randoms = ["Gorf", "xXSlayerXx", "Pebbles", "Captain Crunch", "Ylva", "Ode", "Mako", "sunny"]
    for p in randoms:
        info[p] = (steamid(r), 0)

    sessions: list[tuple[str, str, datetime, datetime]] = []
    for p, tr in members:
        t = T0 + sec(r.uniform(0, 5000))
        while t < T_END - sec(600):
            dur = r.uniform(1800, 9000)
            m = (
                home[tr]
                if r.random() < 0.85
                else ("ragnarok" if home[tr] == "theisland" else "theisland")
            )
            sessions.append((p, m, t, t + sec(dur)))
            t += sec(dur + r.uniform(600, 5400))
    for p in randoms:
        for _ in range(r.randint(1, 3)):
            t = T0 + sec(r.uniform(0, 20000))
            sessions.append((p, r.choice(list(maps)), t, t + sec(r.uniform(200, 3000))))
    final = []
    for p, m, a, b in sessions:
        if not up(m, a):
            continue
        if m == "ragnarok" and a < crash < b:
            final.append((p, m, a, crash))  # no leave line: the process died
            if b > rag2 + sec(200):
                final.append((p, m, rag2 + sec(r.uniform(60, 500)), b))
            continue
        final.append((p, m, a, b))
    for p, m, a, b in final:
        sid = info[p][0]
        G(
            m,
            a,
            "%s [UniqueNetId:%s Platform:%s] joined this ARK!",
            f"{p} [UniqueNetId:{sid} Platform:None] joined this ARK!",
        )
        if b < T_END and not (m == "ragnarok" and b == crash):
            G(
                m,
                b,
                "%s [UniqueNetId:%s Platform:%s] left this ARK!",
                f"{p} [UniqueNetId:{sid} Platform:None] left this ARK!",
            )

    def online(m: str, t: datetime) -> list[str]:
        return [p for p, mm, a, b in final if mm == m and a + sec(30) <= t < b and up(m, t)]

    tribe_of = dict(members)
    day0 = {m: maps[m][3] for m in maps}

    def tribe(m: str, t: datetime, tr: str, label: str, entry: str) -> datetime:
        # an in-game day lasts an hour of real time here
        el = (t - T0).total_seconds()
        day = day0[m] + int((el + 1800) // 3600)
        frac = ((el + 1800) % 3600) / 3600 * 86400
        hh, mm_, ss = int(frac // 3600), int(frac % 3600 // 60), int(frac % 60)
        return G(
            m,
            t,
            "Tribe %s, ID %d: Day %d, %s: " + label,
            f"Tribe {tr}, ID {tribe_id[tr]}: Day {day}, {hh:02d}:{mm_:02d}:{ss:02d}: {entry}",
        )

    RED = '<RichColor Color="1, 0, 0, 1">'
    GREEN = '<RichColor Color="0, 1, 0, 1">'
    CYAN = '<RichColor Color="0, 1, 1, 1">'
    for m in maps:
        for t in poisson(r, T0, T_END, 26):
            ps = [p for p in online(m, t) if p in tribe_of]
            if not ps:
                continue
            p = r.choice(ps)
            tr = tribe_of[p]
            lvl = r.randint(1, 150)
            d = r.choice(ARK_DINOS)
            x = r.random()
            if x < 0.16:
                tribe(
                    m,
                    t,
                    tr,
                    GREEN + "%s Tamed a %s - Lvl %d (%s)!</>",
                    f"{GREEN}{p} Tamed a {d} - Lvl {lvl + r.randint(0, 100)} ({d})!</>",
                )
            elif x < 0.33:
                w = r.choice(ARK_WILD)
                tribe(
                    m,
                    t,
                    tr,
                    RED + "Tribemember %s - Lvl %d was killed by a %s - Lvl %d!</>",
                    f"{RED}Tribemember {p} - Lvl {r.randint(30, 105)} was killed by a {w} - Lvl {r.randint(1, 150)}!</>",
                )
            elif x < 0.40:
                tribe(
                    m,
                    t,
                    tr,
                    RED + "Tribemember %s - Lvl %d was killed!</>",
                    f"{RED}Tribemember {p} - Lvl {r.randint(30, 105)} was killed!</>",
                )
            elif x < 0.56:
                w = r.choice(ARK_WILD)
                tribe(
                    m,
                    t,
                    tr,
                    RED + "Your %s - Lvl %d (%s) was killed by a %s - Lvl %d!</>",
                    f"{RED}Your {d} - Lvl {lvl + r.randint(0, 150)} ({d}) was killed by a {w} - Lvl {r.randint(1, 150)}!</>",
                )
            elif x < 0.82:
                tribe(
                    m,
                    t,
                    tr,
                    CYAN + "%s froze %s - Lvl %d (%s)</>",
                    f"{CYAN}{p} froze {d} - Lvl {lvl + r.randint(0, 150)} ({d})</>",
                )
            elif x < 0.90:
                tribe(
                    m,
                    t,
                    tr,
                    "%s claimed '%s - Lvl %d (%s)'!",
                    f"{p} claimed '{d} - Lvl {lvl} ({d})'!",
                )
            else:
                for k in range(r.randint(1, 4)):
                    tribe(
                        m,
                        t + sec(k * r.uniform(0.6, 3)),
                        tr,
                        "%s demolished a '%s'!",
                        f"{p} demolished a '{r.choice(ARK_STRUCT)}'!",
                    )
        # chat
        for t in poisson(r, T0, T_END, 110):
            ps = online(m, t)
            if not ps:
                continue
            p = r.choice(ps)
            G(m, t, "%s (%s): %s", f"{p} ({p}): {r.choice(ARK_CHAT)}")
    # an abandoned base decays on The Island
    t = at(10, 12, 4)
    for _k in range(r.randint(210, 240)):
        tribe(
            "theisland",
            t,
            "Tribe of Gunnar",
            RED + "Your '%s' was auto-decay destroyed!</>",
            f"{RED}Your '{r.choice(ARK_STRUCT)}' was auto-decay destroyed!</>",
        )
        t += sec(r.uniform(0.0, 0.05))
    # admins
    admin = "Ezrah"
    cmds = [
        ("theisland", at(6, 40, 12), "DestroyWildDinos"),
        ("theisland", at(7, 55, 40), "saveworld"),
        ("ragnarok", at(9, 2, 31), "listplayers"),
        ("ragnarok", at(9, 3, 5), "saveworld"),
        ("theisland", at(10, 15, 2), "DestroyStructures"),
        ("theisland", at(10, 16, 44), "saveworld"),
        ("ragnarok", at(11, 20, 9), "Broadcast Rag restart tomorrow 6am UTC for the mod update"),
        ("theisland", at(11, 21, 0), "Broadcast Rag restart tomorrow 6am UTC for the mod update"),
    ]
    for m, t, c in cmds:
        sid, arkid = info[admin]
        G(
            m,
            t,
            "AdminCmd: %s (PlayerName: %s, ARKID: %s, SteamID: %s)",
            f"AdminCmd: {c} (PlayerName: {admin}, ARKID: {arkid}, SteamID: {sid})",
        )
    # Ragnarok's segfault
    t = E("ragnarok", crash, "Signal 11 caught.", ["Signal 11 caught."])
    t = E(
        "ragnarok",
        t,
        "Malloc Size=%d LargeMemoryPoolOffset=%d",
        ["Malloc Size=65538 LargeMemoryPoolOffset=65554"],
    )
    t = E(
        "ragnarok",
        t + sec(0.04),
        "CommonLinuxCrashHandler: Signal=%d",
        ["CommonLinuxCrashHandler: Signal=11"],
    )
    t = E(
        "ragnarok",
        t + sec(0.09),
        "Failed to find symbol file, expected location:",
        [
            "Failed to find symbol file, expected location:",
            '"/home/steam/ark/ShooterGame/Binaries/Linux/ShooterGameServer.sym"',
        ],
    )
    E(
        "ragnarok",
        t + sec(0.5),
        "Engine crash handling finished; re-raising signal %d for the default handler. Good bye.",
        ["Engine crash handling finished; re-raising signal 11 for the default handler. Good bye."],
    )
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- openttd

TT_PLAYERS = [
    "Beeching",
    "sleepy_signal",
    "Marjolein",
    "Tramlink",
    "Kettering",
    "Piotr",
    "Vosper",
    "HST125",
    "jonny_b",
    "Alba",
    "Clockwork",
    "Frieda",
    "Norrland",
    "quietfox",
    "Gauge",
    "Wendell",
]
TT_CHAT = [
    "hi",
    "hello all",
    "who built the bridge over my station",
    "gg",
    "brb",
    "can I connect to your coal line?",
    "my trains are all stuck at the junction",
    "nice network",
    "anyone want to share a company?",
    "lol",
    "please don't block the river",
    "path signals people!",
    "the oil rig is mine",
    "ok",
    "thanks",
    "what year does the map reset?",
    "2050 I think",
    "lag?",
    "bye",
    "that maglev is fast",
]


def openttd(r: random.Random) -> list[Log]:
    """An OpenTTD 14.1 dedicated server (a password, pause_on_join, `restart_game_year` 2050, a
    stats bot on the admin port), 06:00 to 12:00: started at 06:00, clients joining and leaving all
    morning, a slow client, wrong passwords, the uplink lost 08:20-08:24 (every client dropped, the
    Game Coordinator registration again), an admin kicking a griefer over rcon, the year 2050
    reached at 10:00 (a new map generated, everyone reconnecting)."""
    fs = Files()
    LRM = "\u200e"

    def L(t: datetime, label: str, msg: str) -> datetime:
        return fs.add(
            "openttd.log", t, label, lambda x: [f"[{x:%Y-%m-%d %H:%M:%S}] {msg}"], "openttd", SEC
        )

    def D(t: datetime, lvl: int, label: str, msg: str) -> datetime:
        return fs.add(
            "openttd.log",
            t,
            label,
            lambda x: [f"[{x:%Y-%m-%d %H:%M:%S}] dbg: [net:{lvl}] {msg}"],
            "openttd",
            SEC,
        )

    def N(t: datetime, label: str, msg: str) -> datetime:
        return L(t, LRM + label, LRM + msg)

    frame0 = [r.randint(40_000_000, 60_000_000)]

    def frame(t: datetime) -> int:
        # 1000/30 frames a second
        return frame0[0] + int((t - T0).total_seconds() * 1000 / 30)

    def register(t: datetime, code: str) -> datetime:
        t = D(
            t,
            3,
            "----------------------------------------",
            "----------------------------------------",
        )
        t = D(
            t,
            3,
            "Your server is now registered with the Game Coordinator:",
            "Your server is now registered with the Game Coordinator:",
        )
        t = D(t, 3, "  Game type:       %s", "  Game type:       Public")
        t = D(t, 3, "  Connection type: %s", "  Connection type: Public")
        t = D(t, 3, "  Invite code:     %s", f"  Invite code:     {code}")
        return D(
            t,
            3,
            "----------------------------------------",
            "----------------------------------------",
        )

    t = D(
        at(6, 0, 1),
        3,
        "Starting dedicated server, version %s",
        "Starting dedicated server, version 14.1",
    )
    for addr in ("0.0.0.0:3979", "[::]:3979", "0.0.0.0:3977", "[::]:3977"):
        t = D(t + sec(0.3), 1, "Listening on %s", f"Listening on {addr}")
    code = "+Xq2kP"
    register(t + sec(2), code)
    outage = (at(8, 20, 12), at(8, 24, 30))
    register(outage[1] + sec(35), code)
    restart = at(10, 0, 6)

    # the stats bot on the admin port
    def bot_connect(t: datetime) -> None:
        t = D(
            t,
            3,
            "[%s] Client connected from %s on frame %d",
            f"[admin] Client connected from 127.0.0.1 on frame {frame(t)}",
        )
        D(t, 3, "[admin] '%s' (%s) has connected", "[admin] 'ttdstats' (1.4.2) has connected")

    bot_connect(at(6, 0, 31))
    bot_connect(outage[1] + sec(62))
    tt = at(6, 1, 1)
    while tt < T_END:
        if not (outage[0] <= tt < outage[1] + sec(62)) and not (restart <= tt < restart + sec(40)):
            D(
                tt,
                3,
                "[admin] Rcon command from '%s' (%s): %s",
                "[admin] Rcon command from 'ttdstats' (1.4.2): companies",
            )
        tt += sec(30)

    # sessions
    ips = {
        p: f"{r.choice([81, 84, 86, 92, 95, 176, 188, 212])}.{r.randint(1, 254)}.{r.randint(1, 254)}.{r.randint(1, 254)}"
        for p in TT_PLAYERS
    }
    company = {p: r.randint(1, 9) for p in TT_PLAYERS}
    sessions = []
    for p in TT_PLAYERS:
        t = T0 + sec(r.uniform(60, 4000))
        while t < T_END - sec(600):
            dur = r.uniform(600, 6000)
            sessions.append((p, t, t + sec(dur)))
            t += sec(dur + r.uniform(300, 4000))
    next_id = [2]
    active: dict[str, int] = {}
    companies_used: set[int] = set()

    def join(p: str, t: datetime, new_map: bool = False) -> datetime:
        cid = next_id[0]
        next_id[0] += 1
        active[p] = cid
        t = D(
            t,
            3,
            "[%s] Client connected from %s on frame %d",
            f"[server] Client connected from {ips[p]} on frame {frame(t)}",
        )
        t = N(
            t + sec(r.uniform(0.5, 2)),
            "*** Game paused (connecting clients)",
            "*** Game paused (connecting clients)",
        )
        t = N(
            t + sec(r.uniform(1, 6)),
            "*** %s has joined the game (Client #%d)",
            f"*** {p} has joined the game (Client #{cid})",
        )
        t = D(
            t,
            3,
            "[%s] Client #%d (%s) joined as %s",
            f"[server] Client #{cid} ({ips[p]}) joined as {p}",
        )
        t = N(
            t + sec(r.uniform(0.5, 3)),
            "*** Game unpaused (connecting clients)",
            "*** Game unpaused (connecting clients)",
        )
        c = company[p]
        if new_map or c not in companies_used:
            companies_used.add(c)
            if new_map:
                c = len(companies_used)
                company[p] = c
            return N(
                t + sec(r.uniform(10, 60)),
                "*** %s has started a new company (#%d)",
                f"*** {p} has started a new company (#{c})",
            )
        return N(
            t + sec(r.uniform(3, 20)),
            "*** %s has joined company #%d",
            f"*** {p} has joined company #{c}",
        )

    def leave(p: str, t: datetime) -> None:
        cid = active.pop(p)
        t = N(t, "*** %s has left the game (leaving)", f"*** {p} has left the game (leaving)")
        D(t, 3, "[%s] Client #%d closed connection", f"[server] Client #{cid} closed connection")

    def timeout(p: str, t: datetime) -> datetime:
        cid = active.pop(p)
        t = L(
            t,
            "Client #%d (IP: %s) is dropped because the client did not respond for more than %d ticks.",
            f"Client #{cid} (IP: {ips[p]}) is dropped because the client did not respond for more than {501 + (t - outage[0]).seconds // 2} ticks.",
        )
        t = D(
            t,
            1,
            "'%s' made an error and has been disconnected: general timeout",
            f"'{p}' made an error and has been disconnected: general timeout",
        )
        t = N(
            t,
            "*** %s has left the game (general timeout)",
            f"*** {p} has left the game (general timeout)",
        )
        return D(
            t, 3, "[%s] Client #%d closed connection", f"[server] Client #{cid} closed connection"
        )

    def griefer(t: datetime) -> None:
        # an admin kicks a griefer over rcon
        gid = next_id[0]
        next_id[0] += 1
        admin = active.get("Beeching") or min(active.values())
        t = D(
            t,
            3,
            "[%s] Client connected from %s on frame %d",
            f"[server] Client connected from 185.220.101.47 on frame {frame(t)}",
        )
        t = N(
            t + sec(1),
            "*** Game paused (connecting clients)",
            "*** Game paused (connecting clients)",
        )
        t = N(
            t + sec(3),
            "*** %s has joined the game (Client #%d)",
            f"*** Trainwreck has joined the game (Client #{gid})",
        )
        t = D(
            t,
            3,
            "[%s] Client #%d (%s) joined as %s",
            f"[server] Client #{gid} (185.220.101.47) joined as Trainwreck",
        )
        t = N(
            t + sec(1),
            "*** Game unpaused (connecting clients)",
            "*** Game unpaused (connecting clients)",
        )
        t = N(
            t + sec(14),
            "*** %s has started a new company (#%d)",
            "*** Trainwreck has started a new company (#11)",
        )
        for msg in ["lol", "ur network is trash", "watch this"]:
            t = N(t + sec(r.uniform(20, 60)), "[All] %s: %s", f"[All] Trainwreck: {msg}")
        t = D(
            at(9, 18, 3),
            3,
            "[rcon] Client-id %d executed: %s",
            f'[rcon] Client-id {admin} executed: kick {gid} "blocking other players\' lines"',
        )
        t = N(
            t,
            "*** %s was kicked. Reason: (%s)",
            "*** Trainwreck was kicked. Reason: (blocking other players' lines)",
        )
        t = D(
            t,
            1,
            "'%s' made an error and has been disconnected: kicked by server",
            "'Trainwreck' made an error and has been disconnected: kicked by server",
        )
        t = D(
            t, 3, "[%s] Client #%d closed connection", f"[server] Client #{gid} closed connection"
        )
        D(
            at(9, 18, 40),
            3,
            "[rcon] Client-id %d executed: %s",
            f"[rcon] Client-id {admin} executed: reset_company 11",
        )

    # one time-ordered pass over the sessions and the incidents
    events: list[tuple[datetime, int, str, str]] = []
    for p, a, b in sessions:
        events.append((a, 1, "join", p))
        events.append((b, 0, "leave", p))
    events.append((outage[0] + sec(16), 0, "outage", ""))
    for t in poisson(r, T0 + sec(300), T_END, 1500):
        if not (outage[0] <= t < outage[1] or restart <= t < restart + sec(60)):
            events.append((t, 2, "stranger", ""))
    for t in poisson(r, at(6, 50), at(7, 40), 55):
        events.append((t, 2, "slow", ""))
    slow: list[str] = []
    events.append((restart, 0, "restart", ""))
    events.append((at(9, 12, 40), 2, "griefer", ""))
    events.sort()
    ends = {}
    for p, a, b in sessions:
        ends.setdefault(p, []).append((a, b))

    def end_of(p: str, t: datetime) -> datetime:
        for a, b in ends[p]:
            if a <= t < b:
                return b
        return t

    rejoin: list[tuple[datetime, str]] = []
    for t, _, kind, p in events:
        while rejoin and rejoin[0][0] <= t:
            tr, pr = rejoin.pop(0)
            if pr not in active:
                join(pr, tr, new_map=tr > restart)
        if kind == "join":
            if (
                p in active
                or outage[0] - sec(20) <= t < outage[1] + sec(60)
                or restart - sec(20) <= t < restart + sec(90)
            ):
                continue
            join(p, t, new_map=t > restart)
        elif kind == "leave":
            if p in active and t < T_END:
                leave(p, t)
        elif kind == "griefer":
            griefer(t)
        elif kind == "stranger":
            ip = f"{r.randint(24, 220)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
            t = D(
                t,
                3,
                "[%s] Client connected from %s on frame %d",
                f"[server] Client connected from {ip} on frame {frame(t)}",
            )
            for _ in range(r.choice([1, 1, 2])):
                cid = next_id[0]
                next_id[0] += 1
                t = D(
                    t + sec(r.uniform(4, 20)),
                    1,
                    "Client %d made an error and has been disconnected: wrong password",
                    f"Client {cid} made an error and has been disconnected: wrong password",
                )
                t = D(
                    t,
                    3,
                    "[%s] Client #%d closed connection",
                    f"[server] Client #{cid} closed connection",
                )
        elif kind == "slow":
            if not slow and active:
                slow.append(sorted(active, key=lambda q: -end_of(q, t).timestamp())[0])
            if slow and slow[0] in active:
                L(
                    t,
                    "[%d] Client #%d is slow, try increasing [network.]frame_freq to a higher value!",
                    f"[{frame(t)}] Client #{active[slow[0]]} is slow, try increasing [network.]frame_freq to a higher value!",
                )
        elif kind == "outage":
            t2 = t
            for q in sorted(active, key=lambda q: active[q]):
                b = end_of(q, t)
                t2 = timeout(q, t2)
                if b > outage[1] + sec(300) and r.random() < 0.8:
                    rejoin.append((outage[1] + sec(r.uniform(60, 420)), q))
            rejoin.sort()
        elif kind == "restart":
            t2 = D(
                t,
                3,
                "Auto-restarting map: year %d reached",
                "Auto-restarting map: year 2050 reached",
            )
            for q in sorted(active):
                cid = active.pop(q)
                t2 = D(
                    t2,
                    3,
                    "[%s] Client #%d closed connection",
                    f"[server] Client #{cid} closed connection",
                )
                b = end_of(q, t)
                if b > restart + sec(200):
                    rejoin.append((restart + sec(r.uniform(45, 160)), q))
            rejoin.sort()
            companies_used.clear()
            pct = 0
            t2 += sec(1)
            while pct < 100:
                pct = min(100, pct + r.choice([5, 5, 5, 10]))
                t2 = D(
                    t2 + sec(r.uniform(0.4, 2.5)),
                    3,
                    "Map generation percentage complete: %d",
                    f"Map generation percentage complete: {pct}",
                )

    # chat
    for t in poisson(r, T0, T_END, 40):
        ps = [p for p, a, b in sessions if a + sec(60) <= t < b]
        ps = [
            p
            for p in ps
            if not (outage[0] <= t < outage[1] + sec(120))
            and not (restart <= t < restart + sec(200))
        ]
        if not ps:
            continue
        N(t, "[All] %s: %s", f"[All] {r.choice(ps)}: {r.choice(TT_CHAT)}")

    return fs.logs(T0)


# -------------------------------------------------------------------------------- rust-oxide

RU_PLUGINS = [
    ("Admin Radar", "5.3.3", "nivex"),
    ("Backpacks", "3.13.3", "LaserHydra"),
    ("Better Chat", "5.2.13", "LaserHydra"),
    ("Better Loot", "4.0.3", "MagicServices.co // TGWA"),
    ("Clans", "0.2.6", "k1lly0u"),
    ("Discord Core", "3.0.1", "MJSU"),
    ("Furnace Splitter", "2.6.0", "FastBurst"),
    ("Gather Manager", "2.2.78", "Mughisi"),
    ("Image Library", "2.0.62", "Absolut & K1lly0u"),
    ("Info Panel", "0.9.8", "Ghosst / Nogrod"),
    ("Kits", "4.4.0", "k1lly0u"),
    ("NTeleportation", "1.8.1", "nivex"),
    ("No Escape", "2.0.4", "Calytic & nivex"),
    ("Remover Tool", "4.3.41", "Reneb/Fuji/Arainrr/Tryhard"),
    ("Rust Kits UI", "1.0.0", "ServerOps"),
    ("Skip Night Vote", "1.4.3", "k1lly0u"),
    ("Smooth Restarter", "3.0.6", "2CHEVSKII"),
    ("Stack Size Controller", "4.1.2", "AnExiledDev/patched by chrome"),
    ("TruePVE", "2.1.9", "nivex"),
    ("Vanish", "1.8.4", "Whispers88"),
    ("Welcome Panel", "4.3.5", "David"),
    ("Zone Manager", "3.1.6", "k1lly0u"),
]
RU_BROKEN = [
    ("AutoPurge", 212, 41, "BuildingPrivlidge", "authorizedPlayers"),
    ("RaidableBases", 4381, 57, "BasePlayer", "clanId"),
    ("CopyPaste", 1203, 33, "BuildingBlock", "SetCustomColour"),
]
RU_EXT = [
    ("CSharp", "2.0.4046"),
    ("MySql", "2.0.4046"),
    ("Rust", "2.0.6175"),
    ("SQLite", "2.0.4046"),
    ("Unity", "2.0.4046"),
]
RU_CHAT = [
    "anyone trading scrap?",
    "who is raiding at launch",
    "oil rig is up",
    "rip my base",
    "wipe day yesterday went crazy",
    "need a teammate",
    "lol",
    "gg",
    "heli down at dome",
    "selling HQM",
    "fps is fine for me",
    "where is outpost",
    "brb",
    "stop killing nakeds",
    "is this server modded?",
    "yes 2x",
    "who got the bradley",
    "thx",
]
RU_DEATHS = ["Fall", "Drowned", "Bleeding", "Cold", "Hunger", "Radiation", "Suicide", "Heat"]


def rust(r: random.Random) -> list[Log]:
    """A 2x Rust server (the day after the forced wipe) with Oxide and 22 plugins, 06:00 to
    12:00: started at 06:00 with three plugins broken by the update, TruePVE and No Escape
    disagreeing on a damage hook all morning, Better Chat updated at 07:15 and failing on every
    message until it is rolled back at 07:52, AutoPurge fixed and uploaded at 09:30."""
    fs = Files()
    unity = "RustDedicated.log"
    oxlog = "oxide_2024-06-07.txt"

    def U(t: datetime, label: str, lines: list[str]) -> datetime:
        return fs.add(unity, t, label, lambda x: lines, "rust", MS)

    def OX(t: datetime, typ: str, label: str, lines: list[str]) -> datetime:
        # Oxide's console message (minimalist: the bare message) and its log file's line
        t = fs.add(unity, t, label, lambda x: lines, "rust", MS)
        fs.add(
            oxlog, t, label, lambda x: [f"{x:%H:%M} [{typ}] {lines[0]}", *lines[1:]], "oxide", MS
        )
        return t

    t = at(6, 0, 4.2)
    t = OX(t, "Info", "Loading Oxide Core v%s...", ["Loading Oxide Core v2.0.6175..."])
    t = OX(t + sec(0.02), "Info", "Loading extensions...", ["Loading extensions..."])
    for name, v in RU_EXT:
        t = OX(
            t + sec(r.uniform(0.01, 0.2)),
            "Info",
            "Loaded extension %s v%s by %s",
            [f"Loaded extension {name} v{v} by Oxide and Contributors"],
        )
    t = OX(t + sec(r.uniform(30, 60)), "Info", "Loading plugins...", ["Loading plugins..."])
    t += sec(r.uniform(4, 9))
    for name, line, col, typ, member in RU_BROKEN:
        t = OX(
            t + sec(r.uniform(0.01, 0.1)),
            "Error",
            "Error while compiling: %s(%d,%d): error CS1061: '%s' does not contain a definition for '%s' and no accessible extension method '%s' accepting a first argument of type '%s' could be found (are you missing a using directive or an assembly reference?)",
            [
                f"Error while compiling: {name}.cs({line},{col}): error CS1061: '{typ}' does not contain a definition for '{member}' and no accessible extension method '{member}' accepting a first argument of type '{typ}' could be found (are you missing a using directive or an assembly reference?)"
            ],
        )
    for name, v, by in RU_PLUGINS:
        t = OX(
            t + sec(r.uniform(0.01, 0.3)),
            "Info",
            "Loaded plugin %s v%s by %s",
            [f"Loaded plugin {name} v{v} by {by}"],
        )
    t = U(t + sec(r.uniform(20, 40)), "Server startup complete", ["Server startup complete"])
    ready = U(t + sec(r.uniform(1, 3)), "SteamServer Initialized", ["SteamServer Initialized"])

    # saves every 10 minutes
    ents = 148_000
    tt = ready + sec(600)
    while tt < T_END:
        ents += r.randint(600, 2400)
        U(
            tt,
            "Saved %s ents, cache(%s), write(%s), disk(%s).",
            [
                f"Saved {ents:,} ents, cache({r.uniform(0.1, 0.4):.2f}), write({r.uniform(0.03, 0.12):.2f}), disk({r.uniform(0.01, 0.06):.2f})."
            ],
        )
        tt += sec(600 + r.uniform(0, 0.5))

    # players
    names = [
        "Fenrir",
        "bigmike",
        "Ghostly",
        "Tobias_K",
        "rustlord",
        "Mellow",
        "Nika",
        "Cravenhurst",
        "slyfox",
        "Otto",
        "Pandemonium",
        "Kiwi",
        "dr_kelp",
        "Yara",
        "Bjorn",
        "eddie",
        "Mitzi",
        "Harrow",
        "quokka",
        "Zed",
        "Anvil",
        "Lark",
        "Pyro",
        "Sunday",
    ]
    info = {
        n: (
            steamid(r),
            f"{r.choice([31, 46, 78, 82, 89, 93, 109, 176, 185, 213])}.{r.randint(1, 254)}.{r.randint(1, 254)}.{r.randint(1, 254)}",
        )
        for n in names
    }
    sessions = []
    for n in names:
        t = ready + sec(r.uniform(30, 3600))
        while t < T_END - sec(300):
            dur = r.uniform(900, 8000)
            sessions.append((n, t, t + sec(dur)))
            t += sec(dur + r.uniform(600, 5000))
    for n, a, b in sessions:
        sid, ip = info[n]
        port = r.randint(49152, 65535)
        plat = "windows" if r.random() < 0.93 else "linux"
        t = U(a, "%s:%d/%s/%s joined [%s/%s]", [f"{ip}:{port}/{sid}/{n} joined [{plat}/{sid}]"])
        U(
            t + sec(r.uniform(15, 60)),
            "%s[%s] has entered the game",
            [f"{n}[{sid}] has entered the game"],
        )
        if b < T_END:
            if r.random() < 0.12:
                U(
                    b,
                    "%s:%d/%s/%s disconnecting: Timed Out",
                    [f"{ip}:{port}/{sid}/{n} disconnecting: Timed Out"],
                )
            else:
                U(
                    b,
                    "%s:%d/%s/%s disconnecting: disconnect",
                    [f"{ip}:{port}/{sid}/{n} disconnecting: disconnect"],
                )

    def online(t: datetime) -> list[str]:
        return [n for n, a, b in sessions if a + sec(70) <= t < b]

    # deaths
    for t in poisson(r, ready, T_END, 95):
        ps = online(t)
        if len(ps) < 2:
            continue
        n = r.choice(ps)
        if r.random() < 0.55:
            k = r.choice([p for p in ps if p != n])
            U(
                t,
                "%s[%s] was killed by %s[%s]",
                [f"{n}[{info[n][0]}] was killed by {k}[{info[k][0]}]"],
            )
        else:
            U(t, "%s[%s] died (%s)", [f"{n}[{info[n][0]}] died ({r.choice(RU_DEATHS)})"])

    # Better Chat's update and rollback
    upd, back = at(7, 15, 8), at(7, 52, 30)
    t = OX(
        upd,
        "Info",
        "Unloaded plugin %s v%s by %s",
        ["Unloaded plugin Better Chat v5.2.13 by LaserHydra"],
    )
    OX(
        t + sec(1.4),
        "Info",
        "Loaded plugin %s v%s by %s",
        ["Loaded plugin Better Chat v5.2.14 by LaserHydra"],
    )
    t = OX(
        back,
        "Info",
        "Unloaded plugin %s v%s by %s",
        ["Unloaded plugin Better Chat v5.2.14 by LaserHydra"],
    )
    OX(
        t + sec(1.2),
        "Info",
        "Loaded plugin %s v%s by %s",
        ["Loaded plugin Better Chat v5.2.13 by LaserHydra"],
    )
    bc = "6c1e0b7f2a9d4c3e8b5a0f1d2e3c4b5a"
    core = "e8d2b1c3a4f54d1b9c6a7e2f1b3c4d5e"
    bc_stack = [
        *mono_frames(
            [
                "Oxide.Plugins.BetterChat+ChatGroup.FormatMessage (Oxide.Core.Libraries.Covalence.IPlayer player, System.String message)",
                "Oxide.Plugins.BetterChat.OnUserChat (Oxide.Core.Libraries.Covalence.IPlayer player, System.String message)",
                "Oxide.Plugins.BetterChat.DirectCallHook (System.String name, System.Object& ret, System.Object[] args)",
            ],
            bc,
        ),
        *mono_frames(
            [
                "Oxide.Plugins.CSharpPlugin.InvokeMethod (Oxide.Core.Plugins.HookMethod method, System.Object[] args)",
                "Oxide.Core.Plugins.CSPlugin.OnCallHook (System.String name, System.Object[] args)",
                "Oxide.Core.Plugins.Plugin.CallHook (System.String hook, System.Object[] args)",
            ],
            core,
        ),
    ]
    for t in poisson(r, T0, T_END, 70):
        ps = online(t)
        if not ps:
            continue
        n = r.choice(ps)
        U(t, "[CHAT] %s[%s] : %s", [f"[CHAT] {n}[{info[n][0]}] : {r.choice(RU_CHAT)}"])
        if upd + sec(2) <= t < back:
            OX(
                t + sec(0.003),
                "Error",
                "Failed to call hook '%s' on plugin '%s v%s' (NullReferenceException: Object reference not set to an instance of an object)",
                [
                    "Failed to call hook 'OnUserChat' on plugin 'BetterChat v5.2.14' (NullReferenceException: Object reference not set to an instance of an object)",
                    *bc_stack,
                ],
            )

    # TruePVE and No Escape disagree on the damage hook whenever a raid block meets a PvE rule
    for t in poisson(r, ready + sec(60), T_END, 36):
        if not online(t):
            continue
        vals = r.choice(
            [
                "TruePVE - True (Boolean), NoEscape (False (Boolean))",
                "TruePVE - False (Boolean), NoEscape (True (Boolean))",
            ]
        )
        hook = r.choice(
            [
                "OnEntityTakeDamage",
                "OnEntityTakeDamage",
                "OnEntityTakeDamage",
                "CanEntityTakeDamage",
            ]
        )
        OX(
            t,
            "Warning",
            "Calling hook %s resulted in a conflict between the following plugins: %s",
            [f"Calling hook {hook} resulted in a conflict between the following plugins: {vals}"],
        )

    # AutoPurge fixed and uploaded
    OX(
        at(9, 30, 12),
        "Info",
        "Loaded plugin %s v%s by %s",
        ["Loaded plugin Auto Purge v1.2.3 by Fujikura"],
    )
    return fs.logs(T0)


SYSTEMS = {
    "tshock": tshock,
    "7dtd": sdtd,
    "ark": ark,
    "openttd": openttd,
    "rust-oxide": rust,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
