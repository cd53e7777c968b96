#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 198 (palworld, luanti, xonotic, teeworlds, mindustry)
into bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file; every log of the round writes whole seconds). Five
game servers, 06:00 to 12:00 on 2024-06-07; none of the five was in the set (Minecraft,
Factorio, Valheim, 7 Days to Die, ARK, Rust/Oxide, OpenTTD, Source's srcds and TShock are).

- Palworld 0.3 (`palworld.log`: PalServer.sh under systemd, its stdout appended to the file):
  each start's untimestamped lines (`Shutdown handler: initalize.`, Steam's `dlopen failed trying
  to load:` with the path and error on three more lines, `[S_API] SteamAPI_Init(): Loaded local
  'steamclient.so' OK.`, `CAppInfoCacheReadFromDiskThread took %d milliseconds to initialize`,
  `Setting breakpad minidump AppID = %d`, four `[S_API FAIL] Tried to access Steam interface %s
  before SteamAPI_Init succeeded.`, `Game version is %s`, `Running Palworld dedicated server on
  :%d`), then the game's own `[2024-06-07 06:00:34] [LOG] ...` and `[CHAT] ...` lines: `REST API
  started on port %d`, a REST poller (`REST accessed endpoint %s OK`: metrics every 30 s, players
  every minute, info every 10 minutes, the backup script's save at :15 and :45), players
  connecting (`%s %s connected the server. (User id: %s)`), joining once the world has loaded
  (`%s joined the server. (User id: %s, Player id: %s)`), chatting (`<%s> %s`) and leaving; the
  memory leak handled by a scheduled restart at 09:00 (two RCON `Broadcast`s as `%s executed the
  command. %s`, save, shutdown, `Shutdown handler: cleanup.`), and a crash at 10:46 (`Signal 11
  caught.`, the crash malloc's `Malloc Size=%d LargeMemoryPoolOffset=%d ` lines,
  `CommonUnixCrashHandler: Signal=11`, `Engine crash handling finished; re-raising signal 11 for
  the default handler. Good bye.`, bash's `Segmentation fault (core dumped)`), systemd starting
  it again 30 s later and players coming back.
- Luanti 5.8 (`survival-debug.txt`, `creative-debug.txt`: two servers' debug.txt,
  debug_log_level action, `2024-06-07 06:00:01: ACTION[Server]: ...`): the survival world
  (minetest_game with protector, mobs_redo and bones, max_users 15): `%s [%s] joins game. List of
  players: %s` with the list as it stands, `%s leaves game. ...` / `%s times out. ...`,
  builtin's `%s digs %s at %s` and `%s places node %s at %s`, chests' `%s moves %s to chest at %s`
  / `%s takes %s from chest at %s`, `CHAT: <%s> %s`, `[bones] %s dies at %s. Bones placed`; a
  password-guessing bot at 07:02 (`Server: User %s at %s supplied wrong password (auth
  mechanism: SRP).`), a griefer 07:48-08:21 (`%s tried to dig %s at protected position %s`, `...
  tried to place ...`, `%s kicks %s`, `%s bans %s.`, then `Server: A banned client tried to
  connect from %s; banned name was %s`), lag 09:20-09:36 (`WARNING[Server]: Server: Maximum lag
  peaked at %s (steplen=%s)`, `Server: %s moved too fast: V=%s, H=%s; resetting position.`),
  mobs_redo crashing the server at 10:12 (`Server: Shutting down`, then `ERROR[Main]:
  ServerError: AsyncErr: Lua: Runtime error from mod 'mobs' in callback luaentity_Step(): ...`
  and its stack traceback, every line under the `ERROR[Main]:` head), systemd starting it again
  (log.cpp's `-------------` / `  Separator` / `-------------` after two blank lines, `World at
  [%s]`, `Server for gameid="%s" listening on %s.`), the server full 11:30-11:55 (`Server: %s
  tried to join from %s, but there are already max_users=%d players.`), an outdated client
  (`Server: A mismatched client tried to connect from %s proto_max=%d`), privileges granted. The
  creative world: a few builders placing most of the time, restarted by cron at 09:00 (a WIP
  mod's `WARNING[Main]: Undeclared global variable "%s" accessed at %s:%s` at start).
- Xonotic 0.8.6 (`dm-server.log`, `ctf-server.log`: two dedicated servers' DarkPlaces
  `log_file` with `timestamps 1`, the event log on the console with `sv_eventlog 1`: `[2024-06-07
  06:00:01] :kill:frag:3:5:type=vortex:items=8:victimitems=3`): the engine's `SpawnServer: %s`,
  `Server spawned.`, `Client "%s" dropped (%s)` (its reason a message of its own: `Disconnect by
  user`, `Client dropped` for bots removed and a kick, `Server shutting down`), `Server listening
  on address %s`, rcon's `server received rcon command from %s:  %s;`; the event log's
  `:gamestart:%s_%s:%s`, `:join:%d:%d:%s:%s` (and `:join:%d:%d:bot:%s`: the code writes the
  word `bot` where a player's address goes) on every map as everyone reconnects, `:team:%d:%d:%d`
  (CTF), `:part:%d`, `:kill:frag:...`, `:kill:suicide:...`, `:kill:accident:...` (`type=` a
  weapon or a DEATH_ name, the items with flags), `:chat:%d:%s` / `:chat_team:%d:%s`, CTF's
  `:ctf:steal:%d:%d`, `:ctf:dropped:...`, `:ctf:capture:...`, `:ctf:return:...` and
  `:ctf:returned:%d`, and the end of each match (`:gameover`, `:scores:%s_%s:%d`,
  `:labels:player:%s`, a `:player:see-labels:%s:%d:%d:%d:%s` per player, CTF's
  `:labels:teamscores:%s` and `:teamscores:see-labels:%s:%d`, `:end`). Deathmatch: bots fill to
  four players, 15-minute matches, rcon `gotomap` twice, the server restarted through rcon `quit`
  at 09:30 for an update (every client dropped with `Server shutting down`). CTF: bots to four,
  20-minute matches, rcon `gotomap warfare` at 08:10 ending a match early, a chat spammer
  (`^1FREE^3VBUCKS^2.xyz`) kicked through rcon at 10:36.
- Teeworlds 0.7.5 (`dm.log`, `ctf.log`: two servers' `logfile`, console_output_level 2 so the
  game's debug lines are written: `[2024-06-07 06:00:09][server]: player is ready. ClientID=3
  addr=...`): start-up (`loading done. datafile='%s'`, `%s crc is %08x`, `server name is '%s'`,
  `start match type='%s' teamplay='%d'`, `version %s`, the master registration's `refreshing ip
  addresses`, `fetching server counts`, `chose '%s' as master, sending heartbeats`, `server
  registered`), each map change (the datafile, crc and start match lines, then every client's
  `player is ready. ClientID=%d addr=%s` and `player has entered the game. ClientID=%d addr=%s`
  again), `team_join player='%d:%s' team=%d`, `kill killer='%d:%s' victim='%d:%s' weapon=%d
  special=%d`, `pickup player='%d:%s' item=%d`, CTF's `flag_grab player='%d:%s' team=%d`,
  `flag_capture ... time=%.2f` and `flag_return ...`, `%d:%d:%s: %s` under `[chat]` and
  `[teamchat]`, `client dropped. cid=%d addr=%s reason='%s'` (the client's own reason, empty) and
  its server-side reasons (`Timeout`, `Server shutdown`, a ban's `You have been banned for %d
  minute%s (Banned by vote)`), `leave player='%d:%s'`; the master servers unreachable
  08:41-09:14 (`WARNING: Master server is not responding, switching master`, then `WARNING: No
  master servers. Retrying in 60 seconds` every minute); on DM a skin-site spammer vote-banned at
  09:47 (`'%d:%s' voted kick '%s' reason='%s' cmd='%s' force=%d`, net_ban's `banned '%s' for %d
  minute%s (Banned by vote)`); on CTF the admin's rcon (`ClientID=%d rcon='%s'`) moving the
  server to port 8305 at 10:04 without opening the firewall (`ERROR: the master server reports
  that clients can not connect to this server.` / `ERROR: configure your firewall/nat to let
  through udp on port %d.` on each heartbeat, nobody joining) until it is moved back at 10:41.
- Mindustry v7 build 146 (`survival-log-0.txt`, `pvp-log-0.txt`: two headless servers'
  `config/logs/log-0.txt`, `[06-07-2024 06:00:01] [I] ...` with the colour codes removed): players
  (`%s has connected. [%s]` with the UUID, `%s has disconnected. [%s] (%s)` with arc's DcReason,
  chat as `%s: %s`, commands as `<%s: %s>`), `Game over! Reached wave %d with %d players online on
  map %s.` (survival) / `Game over! Team %s is victorious ...` (PvP) and `Selected next map to be
  %s.`, NetConnection's `Kicking connection %s / %s; Reason: %s` (KickReason names: kick,
  recentKick, banned, clientOutdated, vote); survival's autosave every 5 minutes (`Autosaving...`,
  `Autosave completed.`), the disk full 10:18-10:43 (`[E] Autosave failed.:
  java.lang.RuntimeException: java.io.IOException: No space left on device` with the stack and its
  `Caused by:`, no head on the continuation lines), a griefer kicked by an admin (`%s has kicked
  %s.`) and refused as `recentKick` while he retries, a modified client's `[W] ACCESS DENIED:
  Player %s / %s attempted to perform admin action without proper security access.` and its ban
  (`%s has banned %s.`), and a restart at 11:02 for a plugin update (`Server: %s` from `say`,
  `Shutting down server.`, `%d mods loaded.`, `Server loaded. Type 'help' for help.`, `Found %d
  startup commands.`, `Randomized next map to be %s.`, `Loading map...`, `Map loaded.`, the old
  process still holding the port: `[E] Unable to host: Port already in use! ...`, then `host`
  again and `Opened a server on port %d.`).

Label notes. The heads are context: Palworld's `[date] [LOG] ` / `[CHAT] ` (the kind tag its
logger writes), Luanti's `date: LEVEL[thread]: `, DarkPlaces' `[date] ` timestamp, Teeworlds'
`[date][system]: ` (the console system: `server`, `game`, `chat`, `teamchat`, `register`,
`datafile`, `net_ban`), Mindustry's `[date] [I] `. A value that is a message of its own
contributes its format: DarkPlaces' drop reasons, Teeworlds' server-side drop reasons and the
ban's reason, the Lua error inside `ServerError`, the Java exception after `Autosave failed.`. A
word the code picks by branch is wording: Luanti's `leaves game.` / `times out.`, the event log's
`frag` / `suicide` / `accident` and `steal` / `dropped` / `capture` / `return`, Xonotic's `bot` in
a bot's `:join:`. Names, addresses, ids, coordinates, node and item names, player lists, chat and
command texts, map names, team names, endpoints and enum names (Mindustry's KickReason and
DcReason) are values. The lines after an event's first (Steam's dlopen error, Luanti's stack
traceback under its own heads and the separator's lines, the Java stack) have no label; blank
lines have none.

Least sure (written from the helper's knowledge; Luanti's join, leave, password, max_users,
mismatched-client, lag, moved-too-fast, dig and place lines, Xonotic's DarkPlaces `SpawnServer`,
`Server spawned.`, `Client "%s" dropped (%s)` and rcon lines, Teeworlds' log head, register,
chat, pickup, flag capture, start match and drop lines, and Mindustry's ServerControl,
NetServer, NetConnection and chat lines were checked against copies of their sources;
Palworld's lines against real consoles quoted in tools' tests and docs): Palworld's `REST API
started on port %d`, whether `REST accessed endpoint` always ends in `OK` and whether RCON's
executor is named `RCON`; the UE crash handler's exact lines; whether Luanti writes the
`Server: Shutting down` line before the `ServerError` lines, the separator's blank lines, the
mobs_redo traceback's frames, minetest_game's chest and bones lines, builtin's `kicks`, `bans`,
`granted` and protection lines, strict.lua's warning and the banned-client line; Xonotic's `:kill:` item codes and `:player:see-labels` field
order, `:gamestart:`'s match id, whether DarkPlaces 2023 still writes `Client "%s" dropped` for
bots, and the `:team:` join type; Teeworlds 0.7's `flag_return` wording, the `net_ban` and
ban-reason lines and whether a map change repeats `player is ready` for every client; Mindustry
v7's `<%s: %s>` command log, the autosave stack's frames and arc's `text: stack` layout.
"""

from __future__ import annotations

import base64
import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round55 import poisson
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any, weighted

SEC = 1_000_000  # every log of the round writes whole seconds


def ymd(t: datetime) -> str:
    return f"{t:%Y-%m-%d %H:%M:%S}"


# --------------------------------------------------------------------------------- palworld

PW_PLAYERS = [
    # name, Steam id, address
    ("Kasumi", "76561198041338275", "84.115.203.17"),
    ("bigdaddy_lamb", "76561198112407759", "92.40.177.8"),
    ("Noctis", "76561198350921663", "185.220.14.92"),
    ("Marlowe", "76561197989637791", "77.21.164.220"),
    ("pengullet", "76561199028874512", "31.52.93.141"),
    ("Ripley", "76561198073115204", "86.176.12.59"),
    ("Oskar W", "76561198215559021", "145.132.7.201"),
    ("Tsukumo", "76561198131832310", "126.77.205.33"),
    ("Lumi", "76561199210654077", "2.204.58.166"),
    ("SirChillet", "76561198004487612", "81.98.230.114"),
    ("depresso", "76561198862271439", "178.197.219.40"),
    ("Anubis", "76561198298110056", "109.91.33.187"),
    ("frostbyte", "76561198957704415", "62.156.98.12"),
    ("Jolly Roger", "76561198026600983", "95.91.240.77"),
    ("mika", "76561199100034821", "151.40.199.3"),
    ("Vex", "76561198416922290", "24.134.81.56"),
    ("Grizzbeard", "76561198067345812", "88.217.45.162"),
    ("Hana", "76561198701145533", "213.47.120.9"),
    ("Ostwind", "76561198183942207", "79.241.2.218"),
    ("Cattiva", "76561198584000312", "93.34.180.47"),
    ("loaf", "76561199316420983", "90.152.77.130"),
    ("Brakka", "76561198250776148", "5.146.201.88"),
    ("Yuki", "76561198905320744", "153.205.77.14"),
    ("Thorne", "76561198011877563", "46.114.2.190"),
]
PW_CHAT = [
    "gm",
    "morning all",
    "anyone got spare pal spheres?",
    "lol",
    "brb",
    "gg",
    "where do I find ore on this map",
    "server lag?",
    "is the server laggy for anyone else",
    "my base pals are stuck again",
    "can someone help with the tower boss",
    "I have 40 ingots if anyone needs",
    "who took my lamball",
    "heading to the desert",
    "anubis breeding done finally",
    "ty",
    "np",
    "going afk 10 min",
    "back",
    "the raid at my base just wiped half my pals",
    "does anyone have a jetragon",
    "need paldium fragments, trading wheat",
    "that was close",
    "rip",
    "invite me to the guild pls",
    "ok",
    "haha",
    "thanks!",
    "anyone up for Bellanoir?",
    "sulfur at the volcano",
    "my pal won't work the crusher",
    "bye all",
    "cya",
    "nice",
    "wow",
]
PW_BACK = {
    False: ["back", "that was quick", "restart done?", "much smoother now"],
    True: [
        "did the server just crash?",
        "lost my stuff :(",
        "just respawned, all fine",
        "crashed again?",
    ],
}
PW_BOOT_FAIL = [
    "SteamUser021",
    "SteamFriends017",
    "STEAMAPPS_INTERFACE_VERSION008",
    "SteamNetworkingUtils004",
]


def palworld(r: random.Random) -> list[Log]:
    """One Palworld dedicated server (PalServer.sh under systemd, stdout appended to
    palworld.log), 06:00 to 12:00: started by the 06:00 daily restart, a REST poller (metrics
    every 30 s, players every minute, info every 10 minutes) and a backup script (save at :15 and
    :45), players connecting, joining after the world loads, chatting and leaving; the memory
    leak handled by a scheduled restart at 09:00 (RCON broadcasts, save, shutdown), and a crash
    (signal 11) at 10:46 with systemd restarting the server 30 s later."""
    fs = Files()
    f = "palworld.log"
    state = {"pid": 1}

    def raw(t: datetime, label: str, lines: list[str]) -> datetime:
        return fs.add(f, t, label, lambda x: lines, ("pal", state["pid"]), SEC)

    def L(t: datetime, label: str, msg: str, kind: str = "LOG") -> datetime:
        return fs.add(
            f, t, label, lambda x: [f"[{ymd(x)}] [{kind}] {msg}"], ("pal", state["pid"]), SEC
        )

    def boot(t: datetime) -> datetime:
        state["pid"] += 1
        t = raw(t, "Shutdown handler: initalize.", ["Shutdown handler: initalize."])
        t = raw(
            t + sec(1.2),
            "dlopen failed trying to load:",
            [
                "dlopen failed trying to load:",
                "/home/steam/.steam/sdk64/steamclient.so",
                "with error:",
                "/home/steam/.steam/sdk64/steamclient.so: cannot open shared object file: No such file or directory",
            ],
        )
        t = raw(
            t + sec(0.2),
            "[S_API] SteamAPI_Init(): Loaded local 'steamclient.so' OK.",
            ["[S_API] SteamAPI_Init(): Loaded local 'steamclient.so' OK."],
        )
        ms = r.randint(1, 4)
        t = raw(
            t + sec(0.1),
            "CAppInfoCacheReadFromDiskThread took %d milliseconds to initialize",
            [f"CAppInfoCacheReadFromDiskThread took {ms} milliseconds to initialize"],
        )
        t = raw(
            t + sec(1.1),
            "Setting breakpad minidump AppID = %d",
            ["Setting breakpad minidump AppID = 2394010"],
        )
        for iface in PW_BOOT_FAIL:
            t = raw(
                t,
                "[S_API FAIL] Tried to access Steam interface %s before SteamAPI_Init succeeded.",
                [
                    f"[S_API FAIL] Tried to access Steam interface {iface} before SteamAPI_Init succeeded."
                ],
            )
        t = raw(t + sec(6.5), "Game version is %s", ["Game version is v0.3.3.55861"])
        t = raw(
            t + sec(r.uniform(14, 22)),
            "Running Palworld dedicated server on :%d",
            ["Running Palworld dedicated server on :8211"],
        )
        return L(t + sec(0.4), "REST API started on port %d", "REST API started on port 8212")

    def rest(t: datetime, endpoint: str) -> datetime:
        return L(t, "REST accessed endpoint %s OK", f"REST accessed endpoint {endpoint} OK")

    def command(t: datetime, who: str, cmd: str) -> datetime:
        return L(t, "%s executed the command. %s", f"{who} executed the command. {cmd}")

    # the server's life: up intervals
    t0, t_end = T0, T_END
    sched_down = at(9, 0, 21)
    crash = at(10, 46, 31)
    up1 = boot(t0 + sec(2))
    up2 = boot(sched_down + sec(34))
    up3 = boot(crash + sec(31.5))
    ups = [(up1, sched_down), (up2, crash), (up3, t_end)]

    def alive(t: datetime) -> bool:
        return in_any(t, ups)

    # the scheduled restart (memory leak)
    command(at(8, 55, 0) + sec(0.4), "RCON", "Broadcast Server_restart_in_5_minutes_(memory)")
    command(at(8, 59, 0) + sec(0.3), "RCON", "Broadcast Server_restarting_in_1_minute")
    rest(at(9, 0, 2), "/v1/api/save")
    rest(at(9, 0, 9), "/v1/api/shutdown")
    raw(sched_down, "Shutdown handler: cleanup.", ["Shutdown handler: cleanup."])
    # the crash
    t = raw(crash, "Signal %d caught.", ["Signal 11 caught."])
    t = raw(
        t,
        "Malloc Size=%d LargeMemoryPoolOffset=%d ",
        ["Malloc Size=262146 LargeMemoryPoolOffset=262162 "],
    )
    t = raw(t, "CommonUnixCrashHandler: Signal=%d", ["CommonUnixCrashHandler: Signal=11"])
    t = raw(
        t,
        "Malloc Size=%d LargeMemoryPoolOffset=%d ",
        ["Malloc Size=131160 LargeMemoryPoolOffset=393352 "],
    )
    t = raw(
        t,
        "Malloc Size=%d LargeMemoryPoolOffset=%d ",
        ["Malloc Size=131160 LargeMemoryPoolOffset=524536 "],
    )
    t = raw(
        t + sec(1.3),
        "Engine crash handling finished; re-raising signal %d for the default handler. Good bye.",
        ["Engine crash handling finished; re-raising signal 11 for the default handler. Good bye."],
    )
    raw(t + sec(0.2), "Segmentation fault (core dumped)", ["Segmentation fault (core dumped)"])

    # the REST poller and the backup script
    for start, end in ups:
        tm = start + sec(r.uniform(3, 25))
        k = 0
        while tm < end:
            rest(tm, "/v1/api/metrics")
            if k % 2 == 0:
                rest(tm + sec(r.uniform(0.1, 0.6)), "/v1/api/players")
            if k % 20 == 0:
                rest(tm + sec(r.uniform(1, 2)), "/v1/api/info")
            k += 1
            tm += sec(30 + r.uniform(-0.3, 0.3))
    for h in range(6, 12):
        for m in (15, 45):
            ts = at(h, m, 0) + sec(r.uniform(0.1, 0.9))
            if alive(ts):
                rest(ts, "/v1/api/save")

    # players
    online: dict[str, datetime] = {}

    def rate(t: datetime) -> float:
        return 480 if t < at(8, 0) else (300 if t < at(10, 0) else 200)

    def session(p: tuple[str, str, str], t: datetime, first: bool) -> None:
        name, steam, ip = p
        if name in online and online[name] > t:
            return
        up = next(((a, b) for a, b in ups if a <= t < b), None)
        if up is None:
            return
        if t < up[0] + sec(20):
            return
        pid = hexid(r, 8).upper() + "0" * 24
        t = L(
            t,
            "%s %s connected the server. (User id: %s)",
            f"{name} {ip} connected the server. (User id: steam_{steam})",
        )
        if r.random() < 0.06:
            # never finished loading
            te = t + sec(r.uniform(70, 150))
            if te < up[1]:
                L(
                    te,
                    "%s left the server. (User id: %s)",
                    f"{name} left the server. (User id: steam_{steam})",
                )
            online[name] = te
            return
        tj = t + sec(r.uniform(25, 190) if first else r.uniform(20, 70))
        if tj >= up[1]:
            online[name] = up[1]
            return
        L(
            tj,
            "%s joined the server. (User id: %s, Player id: %s)",
            f"{name} joined the server. (User id: steam_{steam}, Player id: {pid})",
        )
        dur = r.uniform(12, 130) * 60
        te = tj + sec(dur)
        end = min(te, up[1])
        chats = poisson(r, tj + sec(30), end, 280)
        for i, tc in enumerate(chats):
            msg = r.choice(PW_CHAT)
            if i == 0 and not first:
                msg = r.choice(PW_BACK[up[0] == ups[2][0]])
            elif at(8, 50) <= tc < sched_down and r.random() < 0.5:
                msg = r.choice(
                    ["how long till restart", "oh no the restart", "saving and logging off"]
                )
            L(tc, "<%s> %s", f"<{name}> {msg}", "CHAT")
        if te < up[1]:
            L(
                te,
                "%s left the server. (User id: %s)",
                f"{name} left the server. (User id: steam_{steam})",
            )
        else:
            # the server went down under them: they come back after it is up again
            nxt = next((a for a, _b in ups if a > up[1] - sec(1)), None)
            if nxt is not None and r.random() < 0.7:
                back = nxt + sec(r.uniform(60, 600))
                online[name] = up[1]
                session(p, back, False)
                return
        online[name] = te

    for ta in poisson(r, t0 + sec(60), t_end - sec(300), 1):
        if r.random() > 1 / rate(ta):
            continue
        idle = [p for p in PW_PLAYERS if online.get(p[0], t0) <= ta]
        if not idle:
            continue
        session(r.choice(idle), ta, True)
    return fs.logs(t0)


# ----------------------------------------------------------------------------------- luanti

LT_SURV = [
    # name, address, home (x, y, z)
    ("Sam_the_Admin", "10.8.0.2", (120, 14, -340)),
    ("mossy", "81.169.144.31", (-512, 9, 220)),
    ("Kalli", "2.205.66.19", (300, -30, 410)),
    ("builderbob", "92.211.4.70", (-80, 22, -95)),
    ("Tarnished", "176.199.208.56", (1020, 4, 880)),
    ("lia_mt", "88.130.52.6", (-1400, 35, -60)),
    ("Ferrous", "62.226.17.103", (640, -120, -700)),
    ("quartzy", "93.237.140.8", (15, 8, 15)),
    ("Runa", "188.97.203.44", (-260, 2, 1330)),
    ("oakley", "84.61.119.250", (460, 61, 90)),
    ("TheMiner42", "77.10.202.13", (-930, -410, -880)),
    ("pixl", "178.24.97.181", (210, 3, -1800)),
    ("Hilda", "91.64.173.77", (-35, 12, 505)),
    ("Grumbold", "109.43.50.221", (1300, 18, -240)),
    ("nyx", "31.17.246.99", (-640, 44, -1200)),
    ("Tomek", "95.90.18.166", (75, -60, -60)),
]
LT_CREA = [
    ("Sam_the_Admin", "10.8.0.2", (0, 10, 0)),
    ("archi", "46.223.61.95", (300, 25, 300)),
    ("Valeska", "87.122.44.210", (-200, 40, 150)),
    ("builderbob", "92.211.4.70", (50, 12, -400)),
    ("Juno", "79.249.113.8", (-500, 8, -500)),
]
LT_DIG = [
    (40, "default:stone"),
    (14, "default:dirt_with_grass"),
    (10, "default:dirt"),
    (8, "default:tree"),
    (7, "default:leaves"),
    (6, "default:stone_with_coal"),
    (4, "default:stone_with_iron"),
    (3, "default:sand"),
    (3, "default:gravel"),
    (3, "default:cobble"),
    (2, "default:desert_stone"),
    (2, "default:grass_3"),
    (1, "default:stone_with_copper"),
    (1, "default:stone_with_gold"),
    (0.4, "default:stone_with_diamond"),
    (0.3, "default:stone_with_mese"),
    (1, "default:junglegrass"),
    (1, "flowers:rose"),
]
LT_PLACE = [
    (20, "default:cobble"),
    (12, "default:torch_wall"),
    (10, "default:wood"),
    (8, "default:stonebrick"),
    (6, "default:glass"),
    (5, "default:torch"),
    (4, "stairs:stair_wood"),
    (4, "stairs:slab_stone"),
    (3, "default:ladder_wood"),
    (2, "default:chest"),
    (2, "default:furnace"),
    (2, "doors:door_wood_a"),
    (2, "default:fence_wood"),
    (2, "farming:wheat_1"),
    (1, "default:sapling"),
    (1, "default:bookshelf"),
    (1, "xpanes:pane_flat"),
]
LT_CREA_PLACE = [
    (14, "default:stonebrick"),
    (10, "default:glass"),
    (9, "default:desert_sandstone_brick"),
    (8, "wool:white"),
    (6, "default:obsidian_glass"),
    (6, "stairs:stair_stonebrick"),
    (6, "stairs:slab_desert_stone"),
    (5, "default:meselamp"),
    (5, "wool:red"),
    (4, "default:aspen_wood"),
    (3, "default:copperblock"),
    (3, "walls:cobble"),
    (2, "xpanes:obsidian_pane_flat"),
]
LT_CHEST = [
    "default:cobble",
    "default:coal_lump",
    "default:iron_lump",
    "default:steel_ingot",
    "default:wood",
    "default:tree",
    "default:torch",
    "farming:bread",
    "default:apple",
    "default:dirt",
    "default:copper_lump",
    "default:mese_crystal",
    "default:gold_lump",
    "default:pick_steel",
]
LT_CHAT = [
    "hi",
    "hey all",
    "o/",
    "anyone seen diamonds around spawn?",
    "lag?",
    "brb",
    "gtg",
    "gn",
    "lol",
    "nice build",
    "can someone set me a home near the market",
    "who dug the hole next to my house??",
    "ty",
    "yw",
    "where is the nether portal",
    "is pvp on?",
    "trading iron for mese",
    "my chest is empty, was full this morning",
    "Sam can you check my protector",
    "selling bread at the market",
    "ok",
    "wb",
    "thx",
    "how do I get fly priv",
    "interact pls",
    "server very laggy rn",
    "rip",
    "creeper... oh wait wrong game",
    "anyone want to help with the bridge?",
    "found a cave with lots of iron at -900 -400",
]


def lt_pos(r: random.Random, home: tuple[int, int, int], spread: int = 40) -> str:
    x, y, z = home
    return f"({x + r.randint(-spread, spread)},{y + r.randint(-spread // 4, spread // 4)},{z + r.randint(-spread, spread)})"


def luanti(r: random.Random) -> list[Log]:
    """Two Luanti 5.8 servers' debug.txt (debug_log_level = action): a survival world
    (minetest_game with protector, mobs_redo and bones, max_users 15) and a creative build
    world, 06:00 to 12:00. Survival: players joining and leaving (a few timing out), digging,
    placing, using chests, chatting, dying; a password-guessing bot at 07:02, a griefer
    07:48-08:21 (protected nodes, a kick, an IP ban, the banned address trying again), lag
    09:20-09:36 (lag warnings, players moving too fast), mobs_redo crashing the server at 10:12
    (`ServerError: AsyncErr: Lua: Runtime error ...` with its traceback) and systemd starting it
    again, outdated clients, the server full 11:30-11:55. Creative: a few builders placing most
    of the time, the server restarted by cron at 09:00 (a mod's undeclared globals warned at
    start)."""
    fs = Files()

    def A(
        f: str, t: datetime, thread: str, label: str, msg: str, level: str = "ACTION"
    ) -> datetime:
        return fs.add(f, t, label, lambda x: [f"{ymd(x)}: {level}[{thread}]: {msg}"], f, SEC)

    def multi(
        f: str, t: datetime, thread: str, label: str, lines: list[str], level: str
    ) -> datetime:
        return fs.add(
            f, t, label, lambda x: [f"{ymd(x)}: {level}[{thread}]: {ln}" for ln in lines], f, SEC
        )

    def separator(f: str, t: datetime) -> datetime:
        # FileLogOutput::setFile writes "\n\n-------------\n  Separator\n-------------\n\n"
        t = fs.add(f, t, None, lambda x: ["", ""], f, SEC)
        return fs.add(
            f,
            t + sec(0.001),
            "-------------",
            lambda x: ["-------------", "  Separator", "-------------", ""],
            ("sep", f),
            SEC,
        )

    def start(
        f: str, t: datetime, gameid: str, world: str, warn: list[tuple[str, str]]
    ) -> datetime:
        t = separator(f, t)
        for var, where in warn:
            t = A(
                f,
                t + sec(r.uniform(0.2, 0.8)),
                "Main",
                'Undeclared global variable "%s" accessed at %s:%s',
                f'Undeclared global variable "{var}" accessed at {where}',
                "WARNING",
            )
        t = A(f, t + sec(r.uniform(1.5, 3)), "Main", "World at [%s]", f"World at [{world}]")
        return A(
            f,
            t,
            "Main",
            'Server for gameid="%s" listening on %s.',
            f'Server for gameid="{gameid}" listening on [::]:{30000 if gameid == "minetest" and "survival" in world else 30001}.',
        )

    def run(
        f: str,
        players: list[tuple[str, str, tuple[int, int, int]]],
        ups: list[tuple[datetime, datetime]],
        arrive: float,
        dig: float,
        place: float,
        places: list[tuple[float, object]],
        max_users: int,
        full: list[datetime],
    ) -> dict[str, object]:
        online: dict[str, datetime] = {}
        names_online: list[str] = []
        st: dict[str, object] = {"online": names_online}
        joins: list[tuple[datetime, str, str, tuple[int, int, int], datetime]] = []

        def up_at(t: datetime):
            return next(((a, b) for a, b in ups if a <= t < b), None)

        for ta in poisson(r, T0, T_END - sec(120), arrive):
            u = up_at(ta)
            if u is None or ta < u[0] + sec(30):
                continue
            idle = [p for p in players if online.get(p[0], T0) <= ta]
            if not idle:
                continue
            name, ip, home = r.choice(idle)
            dur = r.uniform(8, 110) * 60
            te = min(ta + sec(dur), u[1])
            online[name] = te + sec(60)
            joins.append((ta, name, ip, home, te if ta + sec(dur) < u[1] else u[1]))
        # who is online when (for the player lists)
        events: list[tuple[datetime, int, str]] = []
        for ta, name, _ip, _h, te in joins:
            events.append((ta, 1, name))
            events.append((te, -1, name))
        events.sort()
        cur: list[str] = []
        timeline: dict[tuple[datetime, str, int], list[str]] = {}
        for t, d, name in events:
            if d == 1:
                timeline[(t, name, 1)] = list(cur)
                cur.append(name)
            else:
                if name in cur:
                    cur.remove(name)
                timeline[(t, name, -1)] = list(cur)
        for ta, name, ip, home, te in joins:
            before = timeline[(ta, name, 1)]
            if len(before) >= max_users and name != "Sam_the_Admin":
                full.append(ta)
                A(
                    f,
                    ta,
                    "Server",
                    "Server: %s tried to join from %s, but there are already max_users=%d players.",
                    f"Server: {name} tried to join from {ip}, but there are already max_users={max_users} players.",
                )
                continue
            lst = "".join(n + " " for n in before) + name
            A(
                f,
                ta,
                "Server",
                "%s [%s] joins game. List of players: %s",
                f"{name} [{ip}] joins game. List of players: {lst}",
            )
            u = up_at(ta)
            crashed = u is not None and te >= u[1] - sec(1)
            if not crashed:
                after = timeline[(te, name, -1)]
                lst2 = "".join(n + " " for n in after)
                if r.random() < 0.1:
                    A(
                        f,
                        te,
                        "Server",
                        "%s times out. List of players: %s",
                        f"{name} times out. List of players: {lst2}",
                    )
                else:
                    A(
                        f,
                        te,
                        "Server",
                        "%s leaves game. List of players: %s",
                        f"{name} leaves game. List of players: {lst2}",
                    )
            for td in poisson(r, ta + sec(20), te, dig):
                A(
                    f,
                    td,
                    "Server",
                    "%s digs %s at %s",
                    f"{name} digs {weighted(r, LT_DIG)} at {lt_pos(r, home)}",
                )
            for tp in poisson(r, ta + sec(25), te, place):
                A(
                    f,
                    tp,
                    "Server",
                    "%s places node %s at %s",
                    f"{name} places node {weighted(r, places)} at {lt_pos(r, home)}",
                )
            for tc in poisson(r, ta + sec(10), te, 900):
                A(f, tc, "Server", "CHAT: <%s> %s", f"CHAT: <{name}> {r.choice(LT_CHAT)}")
            if f.startswith("survival"):
                for tk in poisson(r, ta + sec(60), te, 1400):
                    chest = lt_pos(r, home, 6)
                    for _ in range(r.randint(1, 4)):
                        tk += sec(r.uniform(1, 4))
                        if r.random() < 0.55:
                            A(
                                f,
                                tk,
                                "Server",
                                "%s moves %s to chest at %s",
                                f"{name} moves {r.choice(LT_CHEST)} to chest at {chest}",
                            )
                        else:
                            A(
                                f,
                                tk,
                                "Server",
                                "%s takes %s from chest at %s",
                                f"{name} takes {r.choice(LT_CHEST)} from chest at {chest}",
                            )
                for tb in poisson(r, ta + sec(120), te, 5400):
                    x, y, z = home
                    A(
                        f,
                        tb,
                        "Server",
                        "[bones] %s dies at %s. Bones placed",
                        f"[bones] {name} dies at ({x + r.randint(-60, 60)},{y - r.randint(0, 90)},{z + r.randint(-60, 60)}). Bones placed",
                    )
        st["joins"] = joins
        return st

    # --- survival
    fsv = "survival-debug.txt"
    crash = at(10, 12, 44)
    back = crash + sec(13)
    sv_ups = [(T0 - sec(86000), crash), (back + sec(4), T_END)]
    full: list[datetime] = []
    joins = run(fsv, LT_SURV, sv_ups, 400, 170, 330, LT_PLACE, 15, full)["joins"]

    def online_at(t: datetime) -> str:
        return "".join(n + " " for ta, n, _i, _h, te in joins if ta <= t < te)  # type: ignore[misc]

    # the server full late in the morning: extra players knocking
    for i, ta in enumerate(poisson(r, at(11, 30), at(11, 55), 170)):
        name = ["lurker99", "Bram", "snowdrop", "kev_", "Orrin", "tilly", "Perrin", "zed"][i % 8]
        ip = f"{r.choice([84, 91, 188, 37, 212])}.{r.randint(1, 254)}.{r.randint(1, 254)}.{r.randint(1, 254)}"
        A(
            fsv,
            ta,
            "Server",
            "Server: %s tried to join from %s, but there are already max_users=%d players.",
            f"Server: {name} tried to join from {ip}, but there are already max_users=15 players.",
        )
    # password guessing
    for tg in poisson(r, at(7, 2, 10), at(7, 11, 40), 22):
        who = r.choice(["admin", "Sam_the_Admin", "root", "Admin", "server"])
        A(
            fsv,
            tg,
            "Server",
            "Server: User %s at %s supplied wrong password (auth mechanism: SRP).",
            f"Server: User {who} at 198.51.100.23 supplied wrong password (auth mechanism: SRP).",
        )
    # griefer
    g, gip, ghome = "xX_Destroyer_Xx", "203.0.113.66", (-80, 22, -95)
    tg = at(7, 48, 12)
    A(
        fsv,
        tg,
        "Server",
        "%s [%s] joins game. List of players: %s",
        f"{g} [{gip}] joins game. List of players: {online_at(tg)}{g}",
    )
    for td in poisson(r, tg + sec(40), at(8, 3, 30), 14):
        A(
            fsv,
            td,
            "Server",
            "%s tried to dig %s at protected position %s",
            f"{g} tried to dig {weighted(r, LT_PLACE)} at protected position {lt_pos(r, ghome, 12)}",
        )
    for td in poisson(r, tg + sec(200), at(8, 3, 0), 90):
        A(
            fsv,
            td,
            "Server",
            "%s tried to place %s at protected position %s",
            f"{g} tried to place {r.choice(['default:lava_source', 'default:lava_source', 'tnt:tnt', 'fire:basic_flame'])} at protected position {lt_pos(r, ghome, 12)}",
        )
    for td in poisson(r, tg + sec(60), at(8, 3, 30), 60):
        A(
            fsv,
            td,
            "Server",
            "%s digs %s at %s",
            f"{g} digs {weighted(r, LT_DIG)} at {lt_pos(r, ghome, 30)}",
        )
    if "Sam_the_Admin " not in online_at(at(8, 1, 10)):
        A(
            fsv,
            at(8, 1, 10),
            "Server",
            "%s [%s] joins game. List of players: %s",
            f"Sam_the_Admin [10.8.0.2] joins game. List of players: {online_at(at(8, 1, 10))}Sam_the_Admin",
        )
        A(
            fsv,
            at(8, 34, 52),
            "Server",
            "%s leaves game. List of players: %s",
            f"Sam_the_Admin leaves game. List of players: {online_at(at(8, 34, 52))}",
        )
    victim = (online_at(at(8, 3, 41)).split() or ["quartzy"])[0]
    A(
        fsv,
        at(8, 3, 41),
        "Server",
        "CHAT: <%s> %s",
        f"CHAT: <{victim}> Sam someone is trying to burn my house",
    )
    A(fsv, at(8, 4, 2), "Server", "%s kicks %s", f"Sam_the_Admin kicks {g}")
    A(
        fsv,
        at(8, 4, 2) + sec(1),
        "Server",
        "%s leaves game. List of players: %s",
        f"{g} leaves game. List of players: {online_at(at(8, 4, 3))}",
    )
    A(
        fsv,
        at(8, 6, 30),
        "Server",
        "%s [%s] joins game. List of players: %s",
        f"{g} [{gip}] joins game. List of players: {online_at(at(8, 6, 30))}{g}",
    )
    for td in poisson(r, at(8, 6, 50), at(8, 8, 10), 12):
        A(
            fsv,
            td,
            "Server",
            "%s tried to dig %s at protected position %s",
            f"{g} tried to dig {weighted(r, LT_PLACE)} at protected position {lt_pos(r, ghome, 12)}",
        )
    A(fsv, at(8, 8, 20), "Server", "CHAT: <%s> %s", f"CHAT: <{g}> lol u cant stop me")
    A(fsv, at(8, 8, 44), "Server", "%s bans %s.", f"Sam_the_Admin bans {gip}|{g}.")
    A(
        fsv,
        at(8, 8, 44) + sec(1),
        "Server",
        "%s leaves game. List of players: %s",
        f"{g} leaves game. List of players: {online_at(at(8, 8, 45))}",
    )
    for tb in poisson(r, at(8, 9, 30), at(8, 21, 0), 70):
        A(
            fsv,
            tb,
            "Server",
            "Server: A banned client tried to connect from %s; banned name was %s",
            f"Server: A banned client tried to connect from {gip}; banned name was {g}",
        )
    A(
        fsv,
        at(8, 12, 5),
        "Server",
        "%s granted (%s) privileges to %s",
        "Sam_the_Admin granted (protection_bypass) privileges to builderbob",
    )
    A(
        fsv,
        at(8, 47, 31),
        "Server",
        "%s granted (%s) privileges to %s",
        "Sam_the_Admin granted (interact, shout) privileges to Hilda",
    )
    # lag: a big mapgen and mob spawning push the step
    for tl in poisson(r, at(9, 20, 5), at(9, 36, 20), 38):
        A(
            fsv,
            tl,
            "Server",
            "Server: Maximum lag peaked at %s (steplen=%s)",
            f"Server: Maximum lag peaked at {r.uniform(1.02, 6.8):.6g} (steplen=0.09)",
            "WARNING",
        )
    for tm in poisson(r, at(9, 21, 0), at(9, 36, 0), 22):
        who = r.choice(["mossy", "Kalli", "lia_mt", "oakley", "Runa", "TheMiner42", "Tomek"])
        A(
            fsv,
            tm,
            "Server",
            "Server: %s moved too fast: V=%s, H=%s; resetting position.",
            f"Server: {who} moved too fast: V={r.uniform(4, 40):.6g}, H={r.uniform(8, 120):.6g}; resetting position.",
        )
    for tm in poisson(r, T0, T_END, 3000):
        if in_any(tm, [(crash, back + sec(60))]):
            continue
        who = r.choice(["Tarnished", "pixl", "nyx", "quartzy"])
        A(
            fsv,
            tm,
            "Server",
            "Server: %s moved too fast: V=%s, H=%s; resetting position.",
            f"Server: {who} moved too fast: V={r.uniform(4, 30):.6g}, H={r.uniform(8, 60):.6g}; resetting position.",
        )
    # outdated clients
    for tm in poisson(r, T0, T_END, 5400):
        A(
            fsv,
            tm,
            "Server",
            "Server: A mismatched client tried to connect from %s proto_max=%d",
            f"Server: A mismatched client tried to connect from {r.randint(60, 190)}.{r.randint(1, 254)}.{r.randint(1, 254)}.{r.randint(1, 254)} proto_max={r.choice([39, 40, 41])}",
        )
    # the crash and the restart
    A(fsv, crash, "Main", "Server: Shutting down", "Server: Shutting down")
    tb = [
        "ServerError: AsyncErr: Lua: Runtime error from mod 'mobs' in callback luaentity_Step(): /home/minetest/.minetest/mods/mobs/api.lua:2512: attempt to index a nil value (field '?')",
        "stack traceback:",
        "\t/home/minetest/.minetest/mods/mobs/api.lua:2512: in function 'follow_flop'",
        "\t/home/minetest/.minetest/mods/mobs/api.lua:3421: in function 'on_step'",
        "\t/home/minetest/.minetest/mods/mobs/api.lua:3888: in function </home/minetest/.minetest/mods/mobs/api.lua:3830>",
    ]
    multi(
        fsv,
        crash + sec(1),
        "Main",
        "ServerError: AsyncErr: Lua: Runtime error from mod '%s' in callback %s(): %s:%d: attempt to index a nil value (field '%s')",
        tb,
        "ERROR",
    )
    start(fsv, back, "minetest", "/home/minetest/.minetest/worlds/survival", [])
    # --- creative
    fcr = "creative-debug.txt"
    restart = at(9, 0, 1)
    cr_back = restart + sec(6)
    A(fcr, restart, "Main", "Server: Shutting down", "Server: Shutting down")
    start(
        fcr,
        cr_back,
        "minetest",
        "/home/minetest/.minetest/worlds/creative",
        [
            ("we_ext_pos", "...orldedit_ext/init.lua:88"),
            ("last_schem", "...orldedit_ext/schem.lua:17"),
            ("S", "/home/minetest/.minetest/mods/signs_plus/init.lua:5"),
        ],
    )
    cr_ups = [(T0 - sec(86000), restart), (cr_back + sec(6), T_END)]
    run(fcr, LT_CREA, cr_ups, 1500, 1500, 120, LT_CREA_PLACE, 10, [])
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- xonotic

XO_DM_MAPS = [
    "afterslime",
    "bromine",
    "dance",
    "finalrage",
    "fuse",
    "geoplanetary",
    "glowplant",
    "implosion",
    "oilrig",
    "silentsiege",
    "solarium",
    "stormkeep",
    "boil",
    "catharsis",
    "drain",
    "xoylent",
]
XO_CTF_MAPS = [
    "afterslime",
    "bromine",
    "dance",
    "finalrage",
    "implosion",
    "runningmanctf",
    "stormkeep",
    "warfare",
    "xoylent",
    "courtfun",
]
XO_HUMANS = [
    ("^1Fr^7ag^1Master", "84.57.162.201"),
    ("Mirio", "91.10.33.87"),
    ("^3zyx^7", "178.203.4.116"),
    ("^x4AFpolaris", "37.201.190.54"),
    ("Grunt", "2.244.95.128"),
    ("^2leaf^7", "95.223.17.9"),
    ("^xF80Brick", "81.217.4.251"),
    ("kotlet", "83.22.148.60"),
    ("^5sn^7ow", "93.104.61.7"),
    ("Weltall", "87.165.212.33"),
    ("^1R^2G^4B", "109.90.200.14"),
    ("Oroboros", "188.174.49.90"),
    ("^6tinker^7", "46.5.177.226"),
    ("unnamed", "217.84.3.168"),
    ("^xAAAghost", "79.199.86.3"),
    ("Hyperion", "62.143.14.201"),
    ("^4blu^7fox", "213.196.250.76"),
    ("piko", "94.134.90.18"),
    ("^3Ka^7ze", "85.181.13.122"),
    ("Stellar", "77.179.102.5"),
]
XO_BOTS = [
    "[BOT]Hellfire",
    "[BOT]Discovery",
    "[BOT]Dominator",
    "[BOT]Shadow",
    "[BOT]Resurrection",
    "[BOT]Airhead",
    "[BOT]Thunderstorm",
    "[BOT]Scorcher",
    "[BOT]Eureka",
    "[BOT]Necrotic",
    "[BOT]Lion",
    "[BOT]Toxic",
]
XO_WEAPONS = [
    (10, "vortex", 8),
    (9, "devastator", 9),
    (9, "machinegun", 3),
    (7, "shotgun", 2),
    (6, "mortar", 4),
    (5, "electro", 5),
    (5, "crylink", 6),
    (4, "hagar", 7),
    (3, "blaster", 1),
    (2, "minelayer", 10),
    (1, "arc", 17),
]
XO_CHAT = [
    "gg",
    "gg wp",
    "lol",
    "nice shot",
    "wtf",
    "lag",
    "brb",
    "hi",
    "hey",
    "o/",
    "ez",
    "rematch?",
    "next map pls",
    "nooo",
    "camping again...",
    "haha",
    "gj",
    "ns",
    "ty",
    "who is on blue",
    "def pls",
    "flag!",
    "going offense",
    "1 on mid",
    "they have our flag",
    "someone get it back",
    "rip",
    ":D",
    "xD",
]
XO_LABELS_DM = "score!!,kills,deaths<,suicides<,dmg,dmgtaken<"
XO_LABELS_CTF = "score!!,kills,deaths<,suicides<,caps!,pickups,fckills,returns,drops<,dmg,dmgtaken<"


def xonotic(r: random.Random) -> list[Log]:
    """Two Xonotic 0.8.6 dedicated servers' console logs (`log_file`, `timestamps 1`, the event
    log on the console with `sv_eventlog 1`), 06:00 to 12:00: a deathmatch server (bots filling
    to four players, 15-minute matches, two rcon `gotomap`s, restarted through rcon `quit` at
    09:30) and a CTF server (bots to four, 20-minute matches, an rcon `gotomap` at 08:10, a chat
    spammer kicked through rcon at 10:36)."""
    fs = Files()

    def X(f: str, t: datetime, label: str, msg: str) -> datetime:
        if not T0 <= t < T_END:  # the files are the six hours from 06:00
            return t
        return fs.add(f, t, label, lambda x: [f"[{ymd(x)}] {msg}"], f, SEC)

    def server(
        f: str,
        gt: str,
        maps: list[str],
        mlen: float,
        minp: int,
        humans: list[tuple[str, str]],
        rate_h: dict[int, float],
        down: list[tuple[datetime, datetime]],
        forced: list[tuple[datetime, str, str]],
        spammer: datetime | None,
        kill_rate: float,
    ) -> None:
        ctf = gt == "ctf"
        port = 26000 if gt == "dm" else 26010
        # human sessions
        sessions: list[tuple[datetime, datetime, str, str]] = []
        busy: dict[str, datetime] = {}
        for ta in poisson(r, T0 - sec(1800), T_END, 60):
            if r.random() > 60 / rate_h[max(5, ta.hour)]:
                continue
            idle = [h for h in humans if busy.get(h[0], T0 - sec(7200)) <= ta]
            if not idle:
                continue
            name, ip = r.choice(idle)
            te = ta + sec(r.uniform(10, 95) * 60)
            busy[name] = te + sec(300)
            sessions.append((ta, te, name, ip))
        if spammer:
            sessions.append((spammer, spammer + sec(7200), "^1FREE^3VBUCKS^2.xyz", "45.133.1.71"))
        # the timeline of matches: (start, end, map, how it ended)
        matches: list[tuple[datetime, datetime, str, str]] = []
        tm = T0 - sec(r.uniform(60, mlen * 60 - 120))
        mi = r.randrange(len(maps))
        nxt = ""
        while tm < T_END:
            mp = nxt or maps[mi % len(maps)]
            nxt = ""
            te = tm + sec(mlen * 60 * (1 if r.random() < 0.7 else r.uniform(0.55, 0.95)))
            dn = next(((a, b) for a, b in down if tm <= a < te), None)
            fo = next(((a, m, how) for a, m, how in forced if tm <= a < te), None)
            if dn:
                matches.append((tm, dn[0], mp, "down"))
                tm = dn[1] + sec(2)
            elif fo:
                matches.append((tm, fo[0], mp, fo[2]))
                nxt = fo[1]
                tm = fo[0] + sec(r.uniform(1, 3))
            else:
                matches.append((tm, te, mp, "over"))
                tm = te + sec(r.uniform(14, 22))
            mi += 1
        slots: dict[str, int] = {}
        pid_next = [1]
        present: dict[str, tuple[int, str, int]] = {}  # name -> (playerid, ip or bot, team)
        kicked: set[str] = set()

        def slot_for(name: str) -> int:
            if name not in slots:
                used = set(slots.values())
                slots[name] = next(i for i in range(1, 33) if i not in used)
            return slots[name]

        def join(t: datetime, name: str, ip: str) -> datetime:
            pid = pid_next[0]
            pid_next[0] += 1
            team = 0
            if ctf:
                reds = sum(1 for v in present.values() if v[2] == 5)
                blues = sum(1 for v in present.values() if v[2] == 14)
                team = 5 if reds <= blues else 14
            present[name] = (pid, ip, team)
            # the address, or the word "bot" the code writes in its place for a bot
            label = ":join:%d:%d:bot:%s" if ip == "bot" else ":join:%d:%d:%s:%s"
            t = X(f, t, label, f":join:{pid}:{slot_for(name)}:{ip}:{name}")
            if ctf:
                t = X(f, t + sec(0.3), ":team:%d:%d:%d", f":team:{pid}:{team}:1")
            return t

        def part(t: datetime, name: str, why: str) -> datetime:
            pid = present.pop(name)[0]
            slots.pop(name, None)
            reason = {
                "user": "Disconnect by user",
                "bot": "Client dropped",
                "kick": "Client dropped",
                "down": "Server shutting down",
            }[why]
            t = X(f, t, f'Client "%s" dropped ({reason})', f'Client "{name}" dropped ({reason})')
            return X(f, t, ":part:%d", f":part:{pid}")

        def humans_at(t: datetime) -> list[tuple[str, str]]:
            return [(n, ip) for ta, te, n, ip in sessions if ta <= t < te and n not in kicked]

        def fill_bots(t: datetime) -> datetime:
            hs = [n for n in present if not n.startswith("[BOT]")]
            bots = [n for n in present if n.startswith("[BOT]")]
            need = max(0, minp - len(hs))
            while len(bots) > need:
                b = bots.pop()
                t = part(t + sec(0.2), b, "bot")
            free = [b for b in XO_BOTS if b not in present]
            while len(bots) < need:
                b = free.pop(r.randrange(len(free)))
                bots.append(b)
                t = join(t + sec(0.2), b, "bot")
            return t

        def kill(t: datetime) -> None:
            names = list(present)
            if len(names) < 2:
                return
            a, b = r.sample(names, 2)
            ia, ib = present[a][0], present[b][0]
            w, wid = weighted(r, [(x[0], (x[1], x[2])) for x in XO_WEAPONS])  # type: ignore[misc]
            it = (
                f"{wid}{'S' if r.random() < 0.05 else ''}{'F' if ctf and r.random() < 0.08 else ''}"
            )
            vw = weighted(r, [(x[0], x[2]) for x in XO_WEAPONS])
            vit = f"{vw}{'F' if ctf and r.random() < 0.08 else ''}"
            x = r.random()
            if x < 0.06:
                ty = r.choice(["DEATH_FALL", "DEATH_LAVA", "DEATH_SLIME", "DEATH_HURTTRIGGER"])
                X(
                    f,
                    t,
                    ":kill:accident:%d:%d:type=%s:items=%s:victimitems=%s",
                    f":kill:accident:{ib}:{ib}:type={ty}:items={vit}:victimitems={vit}",
                )
            elif x < 0.13:
                ty = r.choice(["devastator", "mortar", "DEATH_KILL", "hagar"])
                X(
                    f,
                    t,
                    ":kill:suicide:%d:%d:type=%s:items=%s:victimitems=%s",
                    f":kill:suicide:{ia}:{ia}:type={ty}:items={it}:victimitems={it}",
                )
            elif not ctf or present[a][2] != present[b][2]:
                X(
                    f,
                    t,
                    ":kill:frag:%d:%d:type=%s:items=%s:victimitems=%s",
                    f":kill:frag:{ia}:{ib}:type={w}:items={it}:victimitems={vit}",
                )

        def flag_run(tk: datetime) -> None:
            ids = {tm_: [v[0] for v in present.values() if v[2] == tm_] for tm_ in (5, 14)}
            flag = r.choice([5, 14])
            if not ids[19 - flag]:
                return
            thief = r.choice(ids[19 - flag])
            tt = X(f, tk + sec(r.uniform(0, 2)), ":ctf:steal:%d:%d", f":ctf:steal:{flag}:{thief}")
            y = r.random()
            if y < 0.3:
                X(
                    f,
                    tt + sec(r.uniform(8, 40)),
                    ":ctf:capture:%d:%d",
                    f":ctf:capture:{flag}:{thief}",
                )
                return
            tt = X(
                f, tt + sec(r.uniform(3, 30)), ":ctf:dropped:%d:%d", f":ctf:dropped:{flag}:{thief}"
            )
            if y < 0.55 and ids[flag]:
                X(
                    f,
                    tt + sec(r.uniform(1, 10)),
                    ":ctf:return:%d:%d",
                    f":ctf:return:{flag}:{r.choice(ids[flag])}",
                )
            else:
                X(f, tt + sec(30), ":ctf:returned:%d", f":ctf:returned:{flag}")

        def chat(t: datetime, who: str, msg: str, team: bool = False) -> None:
            if team:
                X(f, t, ":chat_team:%d:%s", f":chat_team:{present[who][0]}:{msg}")
            else:
                X(f, t, ":chat:%d:%s", f":chat:{present[who][0]}:{msg}")

        restart = True
        for mstart, mend, mp, how in matches:
            if restart:
                t = X(
                    f,
                    mstart - sec(1.5),
                    "Server listening on address %s",
                    f"Server listening on address 0.0.0.0:{port}",
                )
                X(
                    f,
                    t,
                    "Server listening on address %s",
                    f"Server listening on address [0:0:0:0:0:0:0:0]:{port}",
                )
                present.clear()
                slots.clear()
                restart = False
            t = X(f, mstart, "SpawnServer: %s", f"SpawnServer: {mp}")
            t = X(f, t + sec(r.uniform(0.8, 2.5)), "Server spawned.", "Server spawned.")
            t = X(f, t + sec(0.1), ":gamestart:%s_%s:%s", f":gamestart:{gt}_{mp}:{r.random():.5f}")
            # everyone reconnects to the new map
            old = list(present.items())
            present.clear()
            slots.clear()
            keep_h = {n for n, _ip in humans_at(mstart)}
            for name, (_pid, ip, _tm) in old:
                if name.startswith("[BOT]") or name in keep_h:
                    t = join(t + sec(r.uniform(0.5, 4)), name, ip)
            for name, ip in humans_at(mstart):
                if name not in present:
                    t = join(t + sec(r.uniform(0.5, 4)), name, ip)
            t = fill_bots(t + sec(0.5))
            # the match
            sec_total = (mend - mstart).total_seconds()
            for k in range(int(sec_total // 5)):
                tk = mstart + sec(8 + 5 * k)
                if tk >= mend - sec(3):
                    break
                for ta, te, n, ip in sessions:
                    if ta <= tk < ta + sec(5) and n not in present and n not in kicked:
                        join(tk + sec(r.uniform(0, 4)), n, ip)
                        fill_bots(tk + sec(4.5))
                    if te <= tk < te + sec(5) and n in present:
                        part(tk + sec(r.uniform(0, 4)), n, "user")
                        fill_bots(tk + sec(4.5))
                n_pl = len(present)
                for _ in range(sum(1 for _x in range(n_pl) if r.random() < kill_rate * 5 / 60)):
                    kill(tk + sec(r.uniform(0, 5)))
                hs = [
                    n
                    for n in present
                    if not n.startswith("[BOT]") and n not in kicked and not n.startswith("^1FREE")
                ]
                if hs and r.random() < 0.0038 * len(hs):
                    chat(
                        tk + sec(r.uniform(0, 5)),
                        r.choice(hs),
                        r.choice(XO_CHAT),
                        ctf and r.random() < 0.4,
                    )
                if ctf and r.random() < 0.032 * min(n_pl, 10) / 10:
                    flag_run(tk)
                if (
                    spammer
                    and spammer + sec(20) <= tk < spammer + sec(215)
                    and "^1FREE^3VBUCKS^2.xyz" in present
                    and r.random() < 0.3
                ):
                    chat(
                        tk + sec(1),
                        "^1FREE^3VBUCKS^2.xyz",
                        r.choice(
                            [
                                "^1FREE ^3VBUCKS ^2at vbucks-free.xyz",
                                "^1FREE ^3VBUCKS ^2at vbucks-free.xyz !!!",
                                "visit vbucks-free.xyz for free skins",
                            ]
                        ),
                    )
                if (
                    spammer
                    and spammer + sec(215) <= tk < spammer + sec(220)
                    and "^1FREE^3VBUCKS^2.xyz" in present
                    and hs
                ):
                    victim = "^1FREE^3VBUCKS^2.xyz"
                    chat(tk, hs[0], "admin pls kick him")
                    tk = X(
                        f,
                        tk + sec(r.uniform(40, 70)),
                        "server received rcon command from %s:  %s;",
                        f"server received rcon command from 203.0.113.20:45012:  kick # {slot_for(victim)} spamming;",
                    )
                    kicked.add(victim)
                    part(tk + sec(0.5), victim, "kick")
                    fill_bots(tk + sec(1))
            if how == "over":
                t = X(f, mend, ":gameover", ":gameover")
                t = X(f, t, ":scores:%s_%s:%d", f":scores:{gt}_{mp}:{int(sec_total)}")
                t = X(
                    f,
                    t,
                    ":labels:player:%s",
                    f":labels:player:{XO_LABELS_CTF if ctf else XO_LABELS_DM}",
                )
                for name, (pid, _ip, team) in sorted(present.items(), key=lambda kv: -kv[1][0]):
                    k_ = r.randint(0, 35)
                    d_ = r.randint(2, 30)
                    su = r.randint(0, 3)
                    if ctf:
                        csv = f"{k_ + r.randint(0, 30)},{k_},{d_},{su},{r.randint(0, 3)},{r.randint(0, 6)},{r.randint(0, 4)},{r.randint(0, 5)},{r.randint(0, 4)},{k_ * 95 + r.randint(0, 900)},{d_ * 100 + r.randint(0, 900)}"
                    else:
                        csv = f"{k_ - su},{k_},{d_},{su},{k_ * 100 + r.randint(0, 900)},{d_ * 100 + r.randint(0, 900)}"
                    t = X(
                        f,
                        t,
                        ":player:see-labels:%s:%d:%d:%d:%s",
                        f":player:see-labels:{csv}:{int(min(sec_total, r.uniform(60, sec_total + 1)))}:{team if ctf else -1}:{pid}:{name}",
                    )
                if ctf:
                    t = X(f, t, ":labels:teamscores:%s", ":labels:teamscores:caps!!,score")
                    for team in (5, 14):
                        c = r.randint(0, 6)
                        t = X(
                            f,
                            t,
                            ":teamscores:see-labels:%s:%d",
                            f":teamscores:see-labels:{c},{c * 100 + r.randint(0, 300)}:{team}",
                        )
                X(f, t, ":end", ":end")
            elif how == "down":
                X(
                    f,
                    mend - sec(0.5),
                    "server received rcon command from %s:  %s;",
                    "server received rcon command from 10.20.0.5:51244:  quit;",
                )
                for name in list(present):
                    part(mend + sec(0.5), name, "down")
                restart = True
            elif how == "rcon":
                fo = next(x for x in forced if x[0] == mend)
                X(
                    f,
                    mend - sec(0.4),
                    "server received rcon command from %s:  %s;",
                    f"server received rcon command from 203.0.113.20:45012:  gotomap {fo[1]};",
                )

    server(
        "dm-server.log",
        "dm",
        XO_DM_MAPS,
        15,
        4,
        XO_HUMANS[:14],
        {5: 1500, 6: 1500, 7: 900, 8: 600, 9: 480, 10: 360, 11: 300},
        [(at(9, 30, 4), at(9, 31, 12))],
        [(at(7, 21, 37), "dance", "rcon"), (at(10, 52, 9), "solarium", "rcon")],
        None,
        0.17,
    )
    server(
        "ctf-server.log",
        "ctf",
        XO_CTF_MAPS,
        20,
        4,
        XO_HUMANS[6:],
        {5: 3600, 6: 2400, 7: 1200, 8: 500, 9: 420, 10: 300, 11: 240},
        [],
        [(at(8, 10, 22), "warfare", "rcon")],
        at(10, 31, 40),
        0.12,
    )
    return fs.logs(T0)


# -------------------------------------------------------------------------------- teeworlds

TW_PLAYERS = [
    ("nameless tee", "84.132.20.77"),
    ("brainless tee", "91.65.143.4"),
    ("Pumpkin", "178.2.90.231"),
    ("TeeRex", "93.212.66.19"),
    ("Sushi", "46.142.5.170"),
    ("greyfox", "85.216.73.12"),
    ("[NoR] Kappa", "37.24.188.201"),
    ("[NoR] Mole", "37.24.190.17"),
    ("Hookman", "217.225.42.88"),
    ("Blinky", "88.70.201.9"),
    ("ziltron", "31.16.119.204"),
    ("Mr. Biscuit", "79.253.14.151"),
    ("oldtimer", "188.192.61.45"),
    ("Nyan", "95.117.180.33"),
    ("ploppy", "2.206.141.92"),
    ("Crimson", "109.192.6.78"),
    ("Tee_of_Doom", "176.94.55.130"),
    ("flux", "62.158.19.240"),
]
TW_CHAT = [
    "gg",
    "gl hf",
    "lol",
    "noob",
    "nice hook",
    "lag",
    "brb",
    "re",
    "hi all",
    "wtf was that",
    "ns",
    "ty",
    "camper",
    "1v1?",
    "gg wp",
    "go red!",
    "defend!!",
    "they have our flag",
    "flag carrier mid",
    "haha",
    "xD",
    ":)",
    "rip",
    "omg",
    "good game",
]
TW_DM_MAPS = ["dm1", "dm2", "dm6", "dm7", "dm8", "dm9"]
TW_CTF_MAPS = ["ctf1", "ctf2", "ctf3", "ctf4", "ctf5"]
TW_CRC = {
    "dm1": "a1f3d8e2",
    "dm2": "5b22c0fe",
    "dm6": "9036b1c7",
    "dm7": "e04d7a11",
    "dm8": "72b8e5d0",
    "dm9": "33c1a0f9",
    "ctf1": "b7e2114a",
    "ctf2": "1c9f3e60",
    "ctf3": "d25a8b37",
    "ctf4": "806e4c15",
    "ctf5": "4fd7209b",
}


def teeworlds(r: random.Random) -> list[Log]:
    """Two Teeworlds 0.7.5 servers on one host (`logfile` per server, console_output_level 2 so
    the game's kill, pickup and flag lines are written), 06:00 to 12:00: a DM server (dm1 ...
    dm9, 10-minute rounds, a spammer vote-banned at 09:47) and a CTF server (ctf1 ... ctf5,
    20-minute rounds, moved to port 8305 at 10:04 without opening the firewall and back at
    10:41); the master servers unreachable 08:41-09:14."""
    fs = Files()

    def T(f: str, t: datetime, sysname: str, label: str, msg: str) -> datetime:
        return fs.add(f, t, label, lambda x: [f"[{ymd(x)}][{sysname}]: {msg}"], f, SEC)

    def boot(
        f: str, t: datetime, mp: str, name: str, gtype: str, port: int, fw_bad: bool
    ) -> datetime:
        t = loadmap(f, t, mp)
        t = T(f, t, "server", "server name is '%s'", f"server name is '{name}'")
        t = T(
            f,
            t,
            "game",
            "start match type='%s' teamplay='%d'",
            f"start match type='{gtype}' teamplay='{1 if gtype == 'CTF' else 0}'",
        )
        t = T(f, t, "server", "version %s", "version 0.7 802f1be60a05665f")
        t = T(f, t + sec(1), "register", "refreshing ip addresses", "refreshing ip addresses")
        t = T(f, t + sec(1), "register", "fetching server counts", "fetching server counts")
        t = T(
            f,
            t + sec(r.uniform(1, 3)),
            "register",
            "chose '%s' as master, sending heartbeats",
            f"chose 'master{r.randint(1, 4)}.teeworlds.com' as master, sending heartbeats",
        )
        if fw_bad:
            return t
        return T(f, t + sec(r.uniform(1, 4)), "register", "server registered", "server registered")

    def loadmap(f: str, t: datetime, mp: str) -> datetime:
        t = T(
            f,
            t,
            "datafile",
            "loading done. datafile='%s'",
            f"loading done. datafile='maps/{mp}.map'",
        )
        return T(f, t, "server", "%s crc is %08x", f"maps/{mp}.map crc is {TW_CRC[mp]}")

    def server(
        f: str,
        gtype: str,
        maps: list[str],
        rlen: float,
        name: str,
        port: int,
        rate_h: dict[int, float],
        players: list[tuple[str, str]],
        ups: list[tuple[datetime, datetime, bool]],
        kill_rate: float,
        spam: datetime | None = None,
    ) -> None:
        ctf = gtype == "CTF"
        sessions: list[tuple[datetime, datetime, str, str]] = []
        busy: dict[str, datetime] = {}
        for ta in poisson(r, T0, T_END, 60):
            if r.random() > 60 / rate_h[ta.hour]:
                continue
            up = next(((a, b, bad) for a, b, bad in ups if a <= ta < b), None)
            if up is None or up[2]:
                continue
            idle = [p for p in players if busy.get(p[0], T0) <= ta]
            if not idle:
                continue
            nm, ip = r.choice(idle)
            te = ta + sec(r.uniform(6, 80) * 60)
            busy[nm] = te + sec(240)
            sessions.append((ta, te, nm, ip))
        cid: dict[str, int] = {}
        team: dict[str, int] = {}
        addr: dict[str, str] = {}

        def enter(t: datetime, nm: str, ip: str) -> datetime:
            c = next(i for i in range(16) if i not in cid.values())
            cid[nm] = c
            addr[nm] = f"{ip}:{r.randint(40000, 65000)}"
            t = T(
                f,
                t,
                "server",
                "player is ready. ClientID=%d addr=%s",
                f"player is ready. ClientID={c} addr={addr[nm]}",
            )
            t = T(
                f,
                t + sec(r.uniform(0.5, 2)),
                "server",
                "player has entered the game. ClientID=%d addr=%s",
                f"player has entered the game. ClientID={c} addr={addr[nm]}",
            )
            tm = 0
            if ctf:
                reds = sum(1 for v in team.values() if v == 0)
                tm = 0 if reds <= len(team) - reds else 1
            team[nm] = tm
            return T(
                f,
                t,
                "game",
                "team_join player='%d:%s' team=%d",
                f"team_join player='{c}:{nm}' team={tm}",
            )

        def drop(t: datetime, nm: str, reason: str) -> datetime:
            c = cid[nm]
            if reason in ("", "Timeout"):
                label = (
                    "client dropped. cid=%d addr=%s reason='%s'"
                    if reason == ""
                    else "client dropped. cid=%d addr=%s reason='Timeout'"
                )
            elif reason.startswith("You have been banned"):
                label = "client dropped. cid=%d addr=%s reason='You have been banned for %d minute%s (Banned by vote)'"
            else:
                label = "client dropped. cid=%d addr=%s reason='" + reason + "'"
            t = T(
                f, t, "server", label, f"client dropped. cid={c} addr={addr[nm]} reason='{reason}'"
            )
            t = T(f, t, "game", "leave player='%d:%s'", f"leave player='{c}:{nm}'")
            del cid[nm]
            del team[nm]
            return t

        def kill(t: datetime) -> None:
            names = list(cid)
            if len(names) < 2:
                return
            a, b = r.sample(names, 2)
            x = r.random()
            if x < 0.07:
                a = b
                w = r.choice([-1, -1, 3])
            else:
                w = weighted(r, [(12, 0), (14, 1), (22, 2), (25, 3), (24, 4), (3, 5)])
            special = 1 if ctf and r.random() < 0.08 else 0
            T(
                f,
                t,
                "game",
                "kill killer='%d:%s' victim='%d:%s' weapon=%d special=%d",
                f"kill killer='{cid[a]}:{a}' victim='{cid[b]}:{b}' weapon={w} special={special}",
            )

        def pickup(t: datetime) -> None:
            if not cid:
                return
            nm = r.choice(list(cid))
            item = weighted(r, [(30, 0), (30, 1), (14, 2), (12, 3), (12, 4), (1, 5)])
            T(
                f,
                t,
                "game",
                "pickup player='%d:%s' item=%d",
                f"pickup player='{cid[nm]}:{nm}' item={item}",
            )

        for up_start, up_end, fw_bad in ups:
            tb = boot(
                f,
                up_start,
                maps[0] if up_start == ups[0][0] else r.choice(maps),
                name,
                gtype,
                port if not fw_bad else 8305,
                fw_bad,
            )
            mp_i = r.randrange(len(maps))
            tr = tb + sec(2)
            # registration: heartbeats; the master outage; the firewall
            if fw_bad:
                for th in poisson(r, tb + sec(5), up_end, 290):
                    th = T(
                        f,
                        th,
                        "register",
                        "ERROR: the master server reports that clients can not connect to this server.",
                        "ERROR: the master server reports that clients can not connect to this server.",
                    )
                    T(
                        f,
                        th,
                        "register",
                        "ERROR: configure your firewall/nat to let through udp on port %d.",
                        "ERROR: configure your firewall/nat to let through udp on port 8305.",
                    )
            else:
                outage = (at(8, 41, 0), at(9, 14, 30))
                th = outage[0] + sec(r.uniform(0, 40))
                if up_start < th < up_end:
                    th = T(
                        f,
                        th,
                        "register",
                        "WARNING: Master server is not responding, switching master",
                        "WARNING: Master server is not responding, switching master",
                    )
                    while th < outage[1]:
                        th = T(
                            f,
                            th + sec(r.uniform(0.5, 1.5)),
                            "register",
                            "refreshing ip addresses",
                            "refreshing ip addresses",
                        )
                        th = T(
                            f,
                            th + sec(1),
                            "register",
                            "fetching server counts",
                            "fetching server counts",
                        )
                        th = T(
                            f,
                            th + sec(15),
                            "register",
                            "WARNING: No master servers. Retrying in 60 seconds",
                            "WARNING: No master servers. Retrying in 60 seconds",
                        )
                        th += sec(60)
                    th = T(
                        f,
                        th + sec(1),
                        "register",
                        "refreshing ip addresses",
                        "refreshing ip addresses",
                    )
                    th = T(
                        f,
                        th + sec(1),
                        "register",
                        "fetching server counts",
                        "fetching server counts",
                    )
                    th = T(
                        f,
                        th + sec(2),
                        "register",
                        "chose '%s' as master, sending heartbeats",
                        f"chose 'master{r.randint(1, 4)}.teeworlds.com' as master, sending heartbeats",
                    )
                    T(f, th + sec(2), "register", "server registered", "server registered")
            while tr < up_end:
                re_ = min(tr + sec(rlen * 60 * r.uniform(0.6, 1.0)), up_end)
                step = tr
                while step < re_:
                    for ta, te, nm, ip in sessions:
                        if ta <= step < ta + sec(5) and nm not in cid and len(cid) < 16:
                            enter(step + sec(r.uniform(0, 4)), nm, ip)
                        if te <= step < te + sec(5) and nm in cid:
                            drop(
                                step + sec(r.uniform(0, 4)),
                                nm,
                                "Timeout" if r.random() < 0.12 else "",
                            )
                    n = len(cid)
                    for _ in range(sum(1 for _x in range(n) if r.random() < kill_rate * 5 / 60)):
                        kill(step + sec(r.uniform(0, 5)))
                    for _ in range(
                        sum(1 for _x in range(n) if r.random() < kill_rate * 0.55 * 5 / 60)
                    ):
                        pickup(step + sec(r.uniform(0, 5)))
                    if cid and r.random() < 0.004 * n:
                        nm = r.choice(list(cid))
                        if ctf and r.random() < 0.35:
                            T(
                                f,
                                step + sec(r.uniform(0, 5)),
                                "teamchat",
                                "%d:%d:%s: %s",
                                f"{cid[nm]}:1:{nm}: {r.choice(TW_CHAT)}",
                            )
                        else:
                            T(
                                f,
                                step + sec(r.uniform(0, 5)),
                                "chat",
                                "%d:%d:%s: %s",
                                f"{cid[nm]}:0:{nm}: {r.choice(TW_CHAT)}",
                            )
                    if ctf and n >= 2 and r.random() < 0.022 * min(n, 10) / 10:
                        nm = r.choice(list(cid))
                        tt = T(
                            f,
                            step + sec(r.uniform(0, 3)),
                            "game",
                            "flag_grab player='%d:%s' team=%d",
                            f"flag_grab player='{cid[nm]}:{nm}' team={team[nm]}",
                        )
                        if r.random() < 0.35:
                            T(
                                f,
                                tt + sec(r.uniform(6, 40)),
                                "game",
                                "flag_capture player='%d:%s' team=%d time=%.2f",
                                f"flag_capture player='{cid[nm]}:{nm}' team={team[nm]} time={r.uniform(6, 40):.2f}",
                            )
                        else:
                            others = [o for o in cid if team[o] != team[nm]]
                            if others:
                                o = r.choice(others)
                                T(
                                    f,
                                    tt + sec(r.uniform(8, 40)),
                                    "game",
                                    "flag_return player='%d:%s' team=%d",
                                    f"flag_return player='{cid[o]}:{o}' team={team[o]}",
                                )
                    if spam and spam <= step < spam + sec(5) and len(cid) < 15:
                        sp = "www.tee-skins.ru"
                        ts = enter(step, sp, "5.188.10.42")
                        for _ in range(7):
                            ts = T(
                                f,
                                ts + sec(r.uniform(4, 12)),
                                "chat",
                                "%d:%d:%s: %s",
                                f"{cid[sp]}:0:{sp}: FREE SKINS >>> www.tee-skins.ru <<<",
                            )
                        voter = next((o for o in cid if o != sp), None)
                        if voter:
                            ts = T(
                                f,
                                ts + sec(3),
                                "game",
                                "'%d:%s' voted kick '%s' reason='%s' cmd='%s' force=%d",
                                f"'{cid[voter]}:{voter}' voted kick '{sp}' reason='spam' cmd='ban {cid[sp]} 5 Banned by vote' force=0",
                            )
                            ts = T(
                                f,
                                ts + sec(16),
                                "net_ban",
                                "banned '%s' for %d minute%s (Banned by vote)",
                                "banned '5.188.10.42' for 5 minutes (Banned by vote)",
                            )
                            drop(ts, sp, "You have been banned for 5 minutes (Banned by vote)")
                    step += sec(5)
                if re_ >= up_end:
                    break
                # next map
                mp_i += 1
                mp = maps[mp_i % len(maps)]
                tr = re_ + sec(10)
                tr = loadmap(f, tr, mp)
                tr = T(
                    f,
                    tr,
                    "game",
                    "start match type='%s' teamplay='%d'",
                    f"start match type='{gtype}' teamplay='{1 if ctf else 0}'",
                )
                # the clients load the new map and enter again
                for nm in sorted(cid, key=lambda x: cid[x]):
                    tq = tr + sec(r.uniform(1, 6))
                    T(
                        f,
                        tq,
                        "server",
                        "player is ready. ClientID=%d addr=%s",
                        f"player is ready. ClientID={cid[nm]} addr={addr[nm]}",
                    )
                    T(
                        f,
                        tq + sec(r.uniform(0.3, 1.5)),
                        "server",
                        "player has entered the game. ClientID=%d addr=%s",
                        f"player has entered the game. ClientID={cid[nm]} addr={addr[nm]}",
                    )
            if up_end < T_END:
                for nm in list(cid):
                    drop(up_end, nm, "Server shutdown")

    # the DM server: runs all morning; a spammer banned by vote at 09:47
    server(
        "dm.log",
        "DM",
        TW_DM_MAPS,
        10,
        "Teeworlds DM | tee-hub.eu",
        8303,
        {6: 1200, 7: 800, 8: 600, 9: 420, 10: 360, 11: 300},
        TW_PLAYERS[:12],
        [(T0 + sec(4), T_END, False)],
        0.16,
        at(9, 46, 20),
    )
    # the CTF server: restarted at 10:04 with sv_port 8305 (the firewall not opened), back on 8303 at 10:41
    ctf_ups = [
        (T0 + sec(9), at(10, 4, 12), False),
        (at(10, 4, 20), at(10, 41, 3), True),
        (at(10, 41, 10), T_END, False),
    ]
    server(
        "ctf.log",
        "CTF",
        TW_CTF_MAPS,
        20,
        "Teeworlds CTF | tee-hub.eu",
        8303,
        {6: 1800, 7: 1200, 8: 500, 9: 360, 10: 300, 11: 240},
        TW_PLAYERS[5:],
        ctf_ups,
        0.13,
    )
    # rcon
    T("ctf.log", at(10, 3, 58), "server", "ClientID=%d rcon='%s'", "ClientID=3 rcon='sv_port 8305'")
    T("ctf.log", at(10, 4, 5), "server", "ClientID=%d rcon='%s'", "ClientID=3 rcon='shutdown'")
    return fs.logs(T0)


# -------------------------------------------------------------------------------- mindustry

MD_PLAYERS = [
    "CoreDefender",
    "nova",
    "Tom",
    "Rapidfire",
    "Sei",
    "plastanium",
    "KittyKat",
    "Oxide",
    "flaresquad",
    "Zenith_Main",
    "Brick",
    "mini",
    "Quasar",
    "Antumbra",
    "Gustav",
    "pyra",
    "thorium_enjoyer",
    "Lumen",
    "Dagger",
    "Vela",
    "BLAZE",
    "hailstorm",
    "Ripple",
    "Nyx",
    "Fortress",
    "Juno",
    "ore_miner",
    "pcyeeter",
    "Spectre",
    "Mace",
]
MD_SURV_MAPS = [
    "Ancient Caldera",
    "Frozen Forest",
    "Craters",
    "Windswept Islands",
    "Stained Mountains",
    "Tar Fields",
    "Fungal Pass",
    "Overgrowth",
    "Biomass Facility",
    "Salt Flats",
    "Desolate Rift",
    "Nuclear Production Complex",
]
MD_PVP_MAPS = [
    "Veins",
    "Glacier",
    "Passage",
    "Fork",
    "Triad",
    "Islands",
    "Labyrinth",
    "Molten Lake",
    "Shattered",
    "Tendrils",
]
MD_CHAT = [
    "hi",
    "hello",
    "gg",
    "lol",
    "who is griefing the conveyors",
    "need more silicon",
    "build power pls",
    "wave 30 incoming",
    "nice",
    "thx",
    "ok",
    "rip core",
    "someone make plastanium",
    "stop taking the copper",
    "where is the thorium",
    "can i get admin",
    "f",
    "lag",
    "brb",
    "afk",
    "gj",
    "our defenses are trash",
    "go attack their core",
    "they are rushing",
    "we need more units",
    "defend the left",
    "who broke my bridge",
    "ty",
    "yes",
    "no",
    "please dont delete the router chain",
    "anyone got surge",
    "lets go",
]
MD_CMDS = [
    "/help",
    "/sync",
    "/t defend left",
    "/votekick",
    "/t push mid now",
    "/vote y",
    "/sync",
    "/help 2",
]


def mindustry(r: random.Random) -> list[Log]:
    """Two Mindustry v7 (build 146) headless servers' log files (`config/logs/log-0.txt`, with
    `logging` on), 06:00 to 12:00: a survival server (autosave every 5 minutes, failing while
    the disk is full 10:18-10:43, a griefer kicked at 08:41, a modified client banned at 09:49,
    restarted at 11:02 into a port still held) and a PvP server (three vote kicks)."""
    fs = Files()
    uuids = {
        p: base64.b64encode(bytes(r.getrandbits(8) for _ in range(16))).decode() for p in MD_PLAYERS
    }
    uuids["xXgrieferXx"] = "yk3PZt0aQmEHv9kX1bC7sw=="
    addrs = {
        p: f"{r.choice([37, 46, 78, 85, 91, 95, 109, 178, 188, 212])}.{r.randint(1, 254)}.{r.randint(1, 254)}.{r.randint(1, 254)}"
        for p in list(uuids)
    }

    def M(
        f: str, t: datetime, label: str, msg: str, lvl: str = "I", cont: list[str] | None = None
    ) -> datetime:
        if not T0 <= t < T_END:  # the files are the six hours from 06:00
            return t
        return fs.add(
            f, t, label, lambda x: [f"[{x:%m-%d-%Y %H:%M:%S}] [{lvl}] {msg}", *(cont or [])], f, SEC
        )

    def boot(f: str, t: datetime, mods: int, port_busy: bool) -> tuple[datetime, str]:
        if mods:
            t = M(f, t, "%d mods loaded.", f"{mods} mods loaded.")
        t = M(
            f,
            t + sec(0.4),
            "Server loaded. Type 'help' for help.",
            "Server loaded. Type 'help' for help.",
        )
        t = M(f, t, "Found %d startup commands.", "Found 1 startup commands.")
        return host(f, t, port_busy)

    def host(f: str, t: datetime, port_busy: bool) -> tuple[datetime, str]:
        mp = r.choice(MD_PVP_MAPS if f.startswith("pvp") else MD_SURV_MAPS)
        t = M(f, t, "Randomized next map to be %s.", f"Randomized next map to be {mp}.")
        t = M(f, t, "Loading map...", "Loading map...")
        t = M(f, t + sec(r.uniform(0.6, 1.8)), "Map loaded.", "Map loaded.")
        if port_busy:
            t = M(
                f,
                t,
                "Unable to host: Port already in use! Make sure no other servers are running on the same port in your network.",
                "Unable to host: Port already in use! Make sure no other servers are running on the same port in your network.",
                "E",
            )
            return t, mp
        t = M(
            f,
            t,
            "Opened a server on port %d.",
            f"Opened a server on port {6567 if f.startswith('survival') else 6568}.",
        )
        return t, mp

    def server(
        f: str,
        ups: list[tuple[datetime, datetime]],
        rate_h: dict[int, float],
        pvp: bool,
        game_len: tuple[float, float],
        players: list[str],
    ) -> None:
        online: dict[str, datetime] = {}
        sessions: list[tuple[datetime, datetime, str]] = []
        for ta in poisson(r, T0, T_END, 60):
            if r.random() > 60 / rate_h[ta.hour]:
                continue
            up = next(((a, b) for a, b in ups if a <= ta < b), None)
            if up is None:
                continue
            idle = [p for p in players if online.get(p, T0) <= ta]
            if not idle:
                continue
            p = r.choice(idle)
            te = ta + sec(r.uniform(5, 75) * 60)
            online[p] = te + sec(120)
            sessions.append((ta, min(te, up[1]), p))
        for ta, te, p in sessions:
            M(f, ta, "%s has connected. [%s]", f"{p} has connected. [{uuids[p]}]")
            for tc in poisson(r, ta + sec(20), te, 290):
                if r.random() < 0.1:
                    M(f, tc, "<%s: %s>", f"<{p}: {r.choice(MD_CMDS)}>")
                else:
                    M(f, tc, "%s: %s", f"{p}: {r.choice(MD_CHAT)}")
            up_end = next(b for a, b in ups if a <= ta < b)
            if te < up_end:
                reason = weighted(r, [(85, "closed"), (13, "timeout"), (2, "error")])
                M(
                    f,
                    te,
                    "%s has disconnected. [%s] (%s)",
                    f"{p} has disconnected. [{uuids[p]}] ({reason})",
                )
        # games: end with a game over and the next map
        for a, b in ups:
            tg = a + sec(r.uniform(*game_len) * 60)
            while tg < b:
                n = sum(1 for ta, te, _p in sessions if ta <= tg < te)
                if pvp:
                    team = weighted(r, [(5, "sharded"), (4, "crux"), (1, "green")])
                    mp = r.choice(MD_PVP_MAPS)
                    M(
                        f,
                        tg,
                        "Game over! Team %s is victorious with %d players online on map %s.",
                        f"Game over! Team {team} is victorious with {n} players online on map {mp}.",
                    )
                    nx = r.choice([m for m in MD_PVP_MAPS if m != mp])
                else:
                    mp = r.choice(MD_SURV_MAPS)
                    M(
                        f,
                        tg,
                        "Game over! Reached wave %d with %d players online on map %s.",
                        f"Game over! Reached wave {r.randint(18, 64)} with {n} players online on map {mp}.",
                    )
                    nx = r.choice([m for m in MD_SURV_MAPS if m != mp])
                M(f, tg + sec(0.1), "Selected next map to be %s.", f"Selected next map to be {nx}.")
                tg += sec(r.uniform(*game_len) * 60)

    # --- survival
    fsv = "survival-log-0.txt"
    restart = at(11, 2, 40)
    back = restart + sec(9)
    fixed = back + sec(75)
    boot(fsv, back, 2, True)
    host(fsv, fixed, False)
    sv_ups = [(T0 - sec(3600), restart - sec(1)), (fixed + sec(5), T_END)]
    server(
        fsv,
        sv_ups,
        {6: 360, 7: 240, 8: 170, 9: 150, 10: 130, 11: 120},
        False,
        (38, 70),
        MD_PLAYERS[:22],
    )
    M(fsv, restart - sec(60), "Server: %s", "Server: restarting in 1 minute for the plugin update")
    M(fsv, restart, "Shutting down server.", "Shutting down server.")
    # autosave every 5 minutes, failing while the disk is full
    disk_full = (at(10, 18, 0), at(10, 43, 0))
    for a, b in sv_ups:
        ta = a + sec(r.uniform(60, 300))
        ta = max(ta, T0 + sec(r.uniform(5, 280)))
        while ta < b:
            t = M(fsv, ta, "Autosaving...", "Autosaving...")
            if in_any(ta, [disk_full]):
                M(
                    fsv,
                    t + sec(0.2),
                    "Autosave failed.: java.lang.RuntimeException: java.io.IOException: No space left on device",
                    "Autosave failed.: java.lang.RuntimeException: java.io.IOException: No space left on device",
                    "E",
                    [
                        "\tat mindustry.io.SaveIO.write(SaveIO.java:114)",
                        "\tat mindustry.io.SaveIO.save(SaveIO.java:78)",
                        "\tat mindustry.server.ServerControl.lambda$setup$6(ServerControl.java:245)",
                        "\tat arc.Events.fire(Events.java:78)",
                        "\tat mindustry.core.Logic.update(Logic.java:475)",
                        "\tat arc.backend.headless.HeadlessApplication.mainLoop(HeadlessApplication.java:77)",
                        "\tat arc.backend.headless.HeadlessApplication$1.run(HeadlessApplication.java:43)",
                        "Caused by: java.io.IOException: No space left on device",
                        "\tat java.base/java.io.FileOutputStream.writeBytes(Native Method)",
                        "\tat java.base/java.io.FileOutputStream.write(FileOutputStream.java:349)",
                        "\tat java.base/java.io.BufferedOutputStream.flushBuffer(BufferedOutputStream.java:81)",
                        "\tat java.base/java.io.BufferedOutputStream.write(BufferedOutputStream.java:127)",
                        "\tat java.base/java.util.zip.DeflaterOutputStream.deflate(DeflaterOutputStream.java:261)",
                        "\tat java.base/java.util.zip.DeflaterOutputStream.write(DeflaterOutputStream.java:210)",
                        "\tat java.base/java.io.DataOutputStream.write(DataOutputStream.java:112)",
                        "\t... 9 more",
                    ],
                )
            else:
                M(fsv, t + sec(r.uniform(0.3, 1.4)), "Autosave completed.", "Autosave completed.")
            ta += sec(300 + r.uniform(0, 1))
    # the griefer: kicked by an admin, coming back, banned
    g = "xXgrieferXx"
    M(fsv, at(8, 33, 5), "%s has connected. [%s]", f"{g} has connected. [{uuids[g]}]")
    for tc in poisson(r, at(8, 33, 40), at(8, 41, 0), 50):
        M(
            fsv,
            tc,
            "%s: %s",
            f"{r.choice(MD_PLAYERS[:22])}: {r.choice(['who is deleting the conveyors', 'someone is griefing', 'xXgrieferXx stop', 'admin pls', 'he broke the power nodes'])}",
        )
    M(fsv, at(8, 41, 12), "%s has kicked %s.", f"CoreDefender has kicked {g}.")
    M(
        fsv,
        at(8, 41, 12) + sec(0.1),
        "Kicking connection %s / %s; Reason: %s",
        f"Kicking connection {addrs[g]} / {uuids[g]}; Reason: kick",
    )
    M(
        fsv,
        at(8, 41, 13),
        "%s has disconnected. [%s] (%s)",
        f"{g} has disconnected. [{uuids[g]}] (closed)",
    )
    for tk in poisson(r, at(8, 42, 0), at(8, 55, 0), 140):
        M(
            fsv,
            tk,
            "Kicking connection %s / %s; Reason: %s",
            f"Kicking connection {addrs[g]} / {uuids[g]}; Reason: recentKick",
        )
    # a hacked client trying an admin action
    M(
        fsv,
        at(9, 48, 3),
        "ACCESS DENIED: Player %s / %s attempted to perform admin action without proper security access.",
        f"ACCESS DENIED: Player mini / {addrs['mini']} attempted to perform admin action without proper security access.",
        "W",
    )
    M(
        fsv,
        at(9, 48, 9),
        "ACCESS DENIED: Player %s / %s attempted to perform admin action without proper security access.",
        f"ACCESS DENIED: Player mini / {addrs['mini']} attempted to perform admin action without proper security access.",
        "W",
    )
    M(fsv, at(9, 49, 30), "%s has banned %s.", "CoreDefender has banned mini.")
    M(
        fsv,
        at(9, 49, 30) + sec(0.1),
        "Kicking connection %s / %s; Reason: %s",
        f"Kicking connection {addrs['mini']} / {uuids['mini']}; Reason: banned",
    )
    # outdated clients now and then
    for tk in poisson(r, T0, T_END, 3000):
        if not in_any(tk, sv_ups):
            continue
        p = r.choice(MD_PLAYERS[22:])
        M(
            fsv,
            tk,
            "Kicking connection %s / %s; Reason: %s",
            f"Kicking connection {addrs[p]} / {uuids[p]}; Reason: clientOutdated",
        )
    # --- pvp
    fpv = "pvp-log-0.txt"
    pv_ups = [(T0 - sec(3600), T_END)]
    server(
        fpv,
        pv_ups,
        {6: 720, 7: 480, 8: 300, 9: 220, 10: 180, 11: 160},
        True,
        (14, 32),
        MD_PLAYERS[10:],
    )
    for tv in [at(9, 12, 40), at(10, 58, 5), at(11, 37, 51)]:
        p = r.choice(MD_PLAYERS[10:])
        M(
            fpv,
            tv,
            "Kicking connection %s / %s; Reason: %s",
            f"Kicking connection {addrs[p]} / {uuids[p]}; Reason: vote",
        )
    return fs.logs(T0)


SYSTEMS = {
    "palworld": palworld,
    "luanti": luanti,
    "xonotic": xonotic,
    "teeworlds": teeworlds,
    "mindustry": mindustry,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
