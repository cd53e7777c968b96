#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 101 (factorio, teamspeak3, murmur, valheim, srcds) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, per process and file, through round 97's Files); srcds, Valheim and Factorio's
console log print whole seconds of a millisecond clock, so a burst shares a second as a real
one does. Five game and voice servers, 06:00 to 12:00 on 2024-06-04:

- Factorio 1.1.109 headless (`factorio-previous.log`, `factorio-current.log`, `console.log`):
  the main log's `%8.3f` seconds since start (the first line alone adds the date), `Info
  File.cpp:NNN: ` before most messages, bare messages from start-up (`Loading mod %s %s (%s)`,
  `Factorio initialised`, `Hosting game at IP ADDR:({%s})`); players joining through the peer
  states (`updateTick(%d) received stateChanged peerID(%d) oldState(%s) newState(%s)`) and
  leaving, autosaves, refused connections (`Refusing connection for address (%s), username
  (%s). %s`), a player desyncing, the matching server unreachable 08:20-08:32, a mod's Lua
  error killing the server at 09:12 (`Exception at tick %d: The mod %s (%s) caused a
  non-recoverable error.` over eight lines, `MultiplayerManager failed: "..."` repeating it),
  systemd starting it again (the first run's log renamed `factorio-previous.log`), a stop at
  11:50; the `--console-log` file (`2024-06-04 06:03:11 [JOIN] %s joined the game`, `[CHAT]`,
  `[LEAVE]`, `[COMMAND]`, `[KICK]`, `[BAN]`) over both runs.
- TeamSpeak 3 server 3.13 (`ts3server_2024-06-04__06_00_01.412077_0.log` the instance,
  `..._1.log` virtual server 1, and the same two after the 10:00 restart): the
  `date|LEVEL   |Channel       |sid|message` layout, start-up and licensing lines, clients
  connecting and disconnecting (`reasonmsg=` a client's text, `connection lost` the server's,
  kicks and bans with the invoker's fields), `PktHandler`'s ping-timeout drops during a
  network blip 08:10-08:14, channels and temporary channels, server and channel groups, avatar
  uploads, a query bot every minute (`query client connected '%s from %s'(id:%d)`), a
  flood-banned query client, the restart.
- Mumble server 1.4 (`mumble-server.log`, Debian's): `<W>2024-06-04 06:00:01.123 1 => <5:alice(12)>
  message` (the virtual server's and the user's prefixes are context), start-up (`ServerDB:
  Openend SQLite database %s` with its typo), sessions (`New connection: %s`, `Client version
  %s (%s: %s)`, `Authenticated`, `Moved %s:%d(%d) to %s[%d:%d]`, `Connection closed: %s [%d]`
  with Qt's socket error texts, an empty one after `Timeout`), scanners' SSL errors, wrong
  passwords, the server full, temporary channels, a kick and a kickban, banned addresses
  ignored, a restart at 09:30.
- Valheim dedicated server 0.218 (`valheim-server.log`, the Linux server's stdout): Unity's
  engine lines without a date (`Fallback handler could not load library %s`), ZLog's
  `06/04/2024 06:00:03: message` each followed by Unity's blank line, `(Filename:
  ./Runtime/Export/Debug/Debug.bindings.h Line: 35)` and another blank line (continuation),
  start-up, players connecting (SteamID, handshake, version check, character ZDOID), deaths
  (`Got character ZDOID from %s : 0:0`), a wrong password, an outdated client, the
  `Connections %d ZDOS:%d  sent:%d recv:%d` line every minute, abandoned zdos destroyed after
  a player leaves, half-hourly saves, raids, a NullReferenceException of a mod repeated with
  its stack 10:05-10:20, a restart at 11:00.
- Source dedicated server, TF2 (`L0604000.log`, `L0604001.log`, `L0604002.log`, the
  `log on` files): `L 06/04/2024 - 06:00:01: ` before every line, the file's start and close,
  the cvars block, map loading, players (`"%s<%d><%s><%s>" connected, address "%s"`, `STEAM
  USERID validated`, `entered the game`, `joined team`, `changed role to`), kills with and
  without `(customkill "%s")`, assists, suicides, flag events (the event picked by branch),
  chat, disconnects (`reason "Disconnect by user."`, `"%s timed out"`, the Steam ticket), the
  rounds and teams' scores, rcon commands and a password brute force (`Bad Rcon: ...`), a
  map change at 09:00 (a new file) and a crash and restart at 10:40 (a third file, the second
  left without `Log file closed`).

Label notes. Factorio's seconds since start (and the date after it on the first line), its
level and `File.cpp:NNN: ` are context; an enum's names are variables (the peer states, the
input action of `UpdateTick (%d) processed %s ...`, the refusal's reason, the server's
states), `(blocking)` / `(non-blocking)` is wording picked by branch; the console log's date is
context and its `[JOIN]`-style tag wording. TeamSpeak's date, level, channel and server id are
context; a reason built by the server (`reasonmsg=connection lost`, the invoker fields of a
kick) contributes its format, a client's own leave text is a value. Mumble's `<W>`, date,
`%d => ` and `<%d:%s(%d)> ` are context; Qt's socket error texts contribute their texts
(`Connection closed: The remote host closed the connection [%d]`, and `Connection closed:  [%d]`
when the reason is empty), and so does an OpenSSL error inside them (`SSL Error: Error during
SSL handshake: error:0A00010B:SSL routines::wrong version number`, as round 97's Traffic
Server); a rejection's reason is picked by branch (wording). Factorio's curl error text in
`Could not refresh game in matching server: %s` is the library's text (wording). Valheim's date
is context and each event runs to the blank line after Unity's `(Filename: ...)` line; an
exception's lines and its `(Filename: <...> Line: 0)` belong to it. The srcds `L date - time: `
is context; a player's `"name<uid><steamid><team>"` is four values, a weapon, role, team or
customkill name a value, the flag event's and the game over's texts wording picked by branch
(`(event "captured")`, `reason "Reached Capture Limit"`), and a disconnect reason
contributes its text or format (`"%s timed out"`).

Least sure (written from the helper's knowledge, none checked against a source copy):
Factorio's `File.cpp:NNN` numbers, `Refusing connection ...`, the desync line, the matching
server lines (`Matching server game `%d` has been created.`, `Could not refresh game ...`),
`Saving process PID: %d`, `Peer dropout for peer (%d) by peer (%d) -- removing now` and the
crash's exact lines; TeamSpeak's `Received signal %s, shutting down.`, `Dropping client %d
because of ping timeout %d %d %d`, the flood ban line, `file upload to (id:%d), '%s' by
client '%s'(id:%d)` and the `query from %d %s issued: login ...` line; Mumble's `Ignoring
connection: %s (Server ban)`, `Added channel %s under %s`, `Removed channel %s`, the kick
lines and whether `Timeout` is followed by `Connection closed:  [-1]`; Valheim's `Initializing
world generator ...` spacing, `Session "%s" with join code ...`, `World save writing
started/finished`, `Saved %d zdos`, the status-changed lines, whether Unity's line after a
message is empty or a single space, and the stack's frames; srcds's disconnect reasons and
the order of `STEAM USERID validated` and `entered the game`.
"""

from __future__ import annotations

import itertools
import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate
from generate_round55 import at, poisson
from generate_round97 import Files, ms, sec

MS = 1000
US = 1
SECOND = 1_000_000

NAMES = [
    "Kaelthas",
    "bobthebuilder",
    "xX_Sn1per_Xx",
    "Mira",
    "dave.k",
    "Ninjaturtle42",
    "Lumberjack",
    "freya",
    "Zed",
    "grimm0re",
    "Pixelpusher",
    "Rook",
    "Tinkerbell",
    "oldmanjenkins",
    "Vex",
    "Sunny_D",
    "Kraken",
    "ember",
    "Hollow Knight",
    "Quartz",
    "Bjorn",
    "Wolfie",
    "Nyx",
    "PotatoLord",
]
REMOTES = [
    "203.0.113.4",
    "198.51.100.23",
    "192.0.2.77",
    "81.2.69.142",
    "91.198.174.192",
    "185.60.216.35",
    "94.130.12.7",
    "46.101.77.3",
    "78.46.10.199",
    "151.101.1.69",
    "62.210.18.40",
    "37.120.166.2",
]
SCANNERS = ["45.155.205.99", "185.224.128.17", "193.32.162.44", "80.94.95.211"]


def endpoint(r: random.Random, ip: str | None = None) -> str:
    return f"{ip or r.choice(REMOTES)}:{r.randint(1025, 65000)}"


# ---------------------------------------------------------------------------------- factorio

FA_MODS = [
    ("core", "0.0.0", ["data.lua"]),
    ("base", "1.1.109", ["data.lua", "data-updates.lua"]),
    ("even-distribution", "1.0.10", ["data.lua"]),
    ("better-chat", "0.6.2", ["data.lua", "data-final-fixes.lua"]),
    ("Squeak Through", "1.8.2", ["data-updates.lua"]),
]
FA_CHAT = [
    "hi all",
    "anyone need iron plates?",
    "biters attacking the north wall again",
    "I'll fix the rail junction",
    "gg",
    "brb",
    "who took all the red belts",
    "lol",
    "new smelter column is up",
    "need help with oil processing",
    "where is the mall?",
    "thanks!",
    "power is low, building more steam",
    "o/",
]


def factorio(r: random.Random) -> list[Log]:
    """A public Factorio 1.1 server: the first run from 06:00 until better-chat's Lua error at
    09:12, systemd starting it again at 09:13 (the crashed run's log renamed
    factorio-previous.log, without that mod), an admin stopping it at 11:50; players joining and
    leaving all morning, autosaves every ten minutes, refused connections (no verification, a
    wrong password), one player desyncing 07:40-07:55, the matching server unreachable
    08:20-08:32."""
    fs = Files()
    t0 = at(6, 0)
    runs: list[tuple[str, datetime]] = []
    tick = [10_523_301]

    def ticks(t: datetime) -> int:
        # 60 ticks a second from the run's start
        _, s = runs[-1]
        return tick[0] + int((t - s).total_seconds() * 60)

    def M(t: datetime, label: str, msg: str, level: str = "", where: str = "") -> datetime:
        name, start = runs[-1]
        head = f"{level} {where}: " if level else ""
        return fs.add(
            name,
            t,
            label,
            lambda x: [f"{(x - start).total_seconds():8.3f} {head}{msg}"],
            (name, "main"),
            MS,
        )

    def Mlines(t: datetime, label: str, lines: list[str], level: str, where: str) -> datetime:
        name, start = runs[-1]
        return fs.add(
            name,
            t,
            label,
            lambda x: [
                f"{(x - start).total_seconds():8.3f} {level} {where}: {lines[0]}",
                *lines[1:],
            ],
            (name, "main"),
            MS,
        )

    def C(t: datetime, label: str, msg: str) -> datetime:
        return fs.add(
            "console.log", t, label, lambda x: [f"{x:%Y-%m-%d %H:%M:%S} {msg}"], "console", MS
        )

    SMM = "ServerMultiplayerManager.cpp"

    def start(name: str, t: datetime, mods: list[tuple[str, str, list[str]]]) -> datetime:
        runs.append((name, t))
        t = fs.add(
            name,
            t,
            "Factorio %s (build %d, %s, %s)",
            lambda x: [
                f"   0.000 {x:%Y-%m-%d %H:%M:%S}; Factorio 1.1.109 (build 60936, linux64, headless)"
            ],
            (name, "main"),
            MS,
        )
        for mod, ver, files in mods:
            for f in files:
                t = M(
                    t + sec(r.uniform(0.01, 0.12)),
                    "Loading mod %s %s (%s)",
                    f"Loading mod {mod} {ver} ({f})",
                )
        t = M(t + sec(0.06), "Factorio initialised", "Factorio initialised")
        t = M(
            t,
            "Hosting game at IP ADDR:({%s})",
            "Hosting game at IP ADDR:({0.0.0.0:34197})",
            "Info",
            f"{SMM}:809",
        )
        t = M(
            t,
            "Loading map %s: %d bytes.",
            f"Loading map /opt/factorio/saves/world.zip: {r.randint(41_000_000, 43_000_000)} bytes.",
        )
        state = "Ready"
        for new in ["PreparedToHostGame", "CreatingGame", "InGame"]:
            t = M(
                t + sec(r.uniform(0.3, 1.2)),
                "updateTick(%d) changing state from(%s) to(%s)",
                f"updateTick({4294967295 if new != 'InGame' else ticks(t)}) changing state from({state}) to({new})",
                "Info",
                f"{SMM}:150",
            )
            state = new
        t = M(
            t + sec(0.8),
            "Matching server game `%d` has been created.",
            f"Matching server game `{r.randint(11_000_000, 11_999_999)}` has been created.",
            "Info",
            "AuthServerConnector.cpp:72",
        )
        return t

    def stop_lines(t: datetime, reason: str | None) -> datetime:
        if reason is None:
            t = M(t, "Received SIGINT, shutting down", "Received SIGINT, shutting down")
            t = M(
                t + sec(0.002),
                "updateTick(%d) changing state from(%s) to(%s)",
                f"updateTick({ticks(t)}) changing state from(InGame) to(DisconnectScheduled)",
                "Info",
                f"{SMM}:150",
            )
            t = save(t + sec(0.05), "_autosave_exit", blocking=True)
        t = M(
            t + sec(0.01),
            "Quitting multiplayer connection.",
            "Quitting multiplayer connection.",
            "Info",
            f"{SMM}:1008",
        )
        old = "Failed" if reason else "DisconnectScheduled"
        t = M(
            t + sec(0.02),
            "updateTick(%d) changing state from(%s) to(%s)",
            f"updateTick({ticks(t)}) changing state from({old}) to(Disconnected)",
            "Info",
            f"{SMM}:150",
        )
        t = M(t + sec(0.3), "Goodbye", "Goodbye")
        return t

    def save(t: datetime, name: str, blocking: bool = False) -> datetime:
        if blocking:
            t = M(
                t,
                "Saving to %s (blocking).",
                f"Saving to {name} (blocking).",
                "Info",
                "AppManager.cpp:293",
            )
        else:
            t = M(
                t,
                "Saving to %s (non-blocking).",
                f"Saving to {name} (non-blocking).",
                "Info",
                "AppManager.cpp:293",
            )
            t = M(
                t + sec(0.04),
                "Saving process PID: %d",
                f"Saving process PID: {r.randint(20000, 60000)}",
                "Info",
                "AsyncScenarioSaver.cpp:205",
            )
        return M(
            t + sec(r.uniform(1.5, 3.5)),
            "Saving finished",
            "Saving finished",
            "Info",
            "AppManagerStates.cpp:1802",
        )

    online: dict[int, str] = {}
    peers = [0]

    def join(t: datetime, name: str) -> tuple[datetime, int]:
        peers[0] += 1
        p = peers[0]
        idx = NAMES.index(name)
        t = M(
            t,
            "Received peer info for peer(%d) username(%s).",
            f"Received peer info for peer({p}) username({name}).",
            "Info",
            f"{SMM}:1089",
        )
        t = M(
            t + sec(0.05),
            "UpdateTick (%d) processed %s peerID(%d) playerIndex(%d) mapTick(%d)",
            f"UpdateTick ({ticks(t)}) processed PlayerJoinGame peerID({p}) playerIndex({idx}) mapTick({ticks(t) - 4})",
            "Info",
            "GameActionHandler.cpp:4996",
        )
        states = [
            "ConnectedWaitingForMap",
            "ConnectedDownloadingMap",
            "ConnectedLoadingMap",
            "TryingToCatchUp",
            "WaitingForCommandToStartSendingTickClosures",
            "InGame",
        ]
        for a, b in itertools.pairwise(states):
            t += sec(r.uniform(0.05, 6) if a != "TryingToCatchUp" else 0.001)
            t = M(
                t,
                "updateTick(%d) received stateChanged peerID(%d) oldState(%s) newState(%s)",
                f"updateTick({ticks(t)}) received stateChanged peerID({p}) oldState({a}) newState({b})",
                "Info",
                f"{SMM}:789",
            )
        C(t + sec(0.01), "[JOIN] %s joined the game", f"[JOIN] {name} joined the game")
        online[p] = name
        return t, p

    def leave(t: datetime, p: int, dropout: bool = False) -> datetime:
        name = online.pop(p)
        if dropout:
            t = M(
                t,
                "Peer dropout for peer (%d) by peer (%d) -- removing now",
                f"Peer dropout for peer ({p}) by peer (0) -- removing now",
                "Info",
                f"{SMM}:1223",
            )
        else:
            t = M(
                t,
                "Disconnect notification for peer (%d)",
                f"Disconnect notification for peer ({p})",
                "Info",
                f"{SMM}:1138",
            )
        t = M(
            t + sec(0.02),
            "UpdateTick (%d) processed %s peerID(%d) playerIndex(%d) mapTick(%d)",
            f"UpdateTick ({ticks(t)}) processed PlayerLeftGame peerID({p}) playerIndex({NAMES.index(name)}) mapTick({ticks(t) - 2})",
            "Info",
            "GameActionHandler.cpp:4996",
        )
        C(t + sec(0.01), "[LEAVE] %s left the game", f"[LEAVE] {name} left the game")
        return t

    # the two runs' events, in time order per run
    crash = at(9, 12, 7) + sec(0.314)
    restart = at(9, 13, 4)
    stop = at(11, 50, 0)

    def run(
        name: str, begin: datetime, end: datetime, mods: list[tuple[str, str, list[str]]]
    ) -> None:
        t = start(name, begin, mods)
        peers[0] = 0
        events: list[tuple[datetime, str, object]] = []
        # sessions
        for t1 in poisson(r, t + sec(20), end - sec(120), 78):
            name_ = r.choice(NAMES)
            events.append((t1, "session", name_))
        for hh in range(begin.hour, end.hour + 1):
            for mm in range(0, 60, 10):
                ts = at(hh, mm) + sec(r.uniform(0, 2))
                if t + sec(60) < ts < end - sec(5):
                    events.append((ts, "save", None))
        for t1 in poisson(r, t + sec(60), end - sec(60), 420):
            events.append((t1, "refuse", None))
        events.sort(key=lambda e: e[0])
        busy: dict[str, datetime] = {}
        leaves: list[tuple[datetime, int, bool]] = []
        saves = 0
        for t1, kind, arg in events:
            # leaves due before t1
            for lt, p, drop in sorted(x for x in leaves if x[0] <= t1):
                leave(lt, p, drop)
                leaves.remove((lt, p, drop))
            if kind == "save":
                saves += 1
                save(t1, f"_autosave{(saves - 1) % 5 + 1}")
            elif kind == "refuse":
                reason = r.choice(
                    [
                        "UserVerificationMissing",
                        "UserVerificationMissing",
                        "WrongPassword",
                        "PasswordMissing",
                    ]
                )
                M(
                    t1,
                    "Refusing connection for address (%s), username (%s). %s",
                    f"Refusing connection for address (IP ADDR:({{{endpoint(r, r.choice(SCANNERS + REMOTES))}}})), username ({r.choice(['player', 'Guest', 'steve', r.choice(NAMES)])}). {reason}",
                    "Info",
                    f"{SMM}:1020",
                )
            else:
                nm = str(arg)
                if (nm in busy and busy[nm] > t1) or nm in online.values():
                    continue
                tj, p = join(t1, nm)
                length = r.expovariate(1 / 2400)
                tl = tj + sec(120 + length)
                busy[nm] = tl + sec(5)
                # chat during the session
                for tc in poisson(r, tj + sec(5), min(tl, end - sec(1)), 400):
                    C(tc, "[CHAT] %s: %s", f"[CHAT] {nm}: {r.choice(FA_CHAT)}")
                drop = r.random() < 0.12
                if tl < end - sec(2):
                    leaves.append((tl, p, drop))
        for lt, p, drop in sorted(leaves):
            if lt < end:
                leave(lt, p, drop)

    run("factorio-previous.log", t0 + sec(1.2), crash, FA_MODS)
    # the desync, 07:40-07:55, in the first run: Nyx's client
    p_nyx = 300
    for td in poisson(r, at(7, 40), at(7, 55), 150):
        online[p_nyx] = "Nyx"
        M(
            td,
            "Multiplayer desynchronisation: crc test(CheckSum) failed for mapTick(%d) peer(%d) testCrc(%d) testCrcPeerID(%d)",
            f"Multiplayer desynchronisation: crc test(CheckSum) failed for mapTick({ticks(td)}) peer({p_nyx}) testCrc({r.getrandbits(32)}) testCrcPeerID(0)",
            "Info",
            f"{SMM}:1395",
        )
        leave(td + sec(0.05), p_nyx, True)
        p_nyx += 1
    # the matching server unreachable
    for tm in poisson(r, at(8, 20), at(8, 32), 30):
        M(
            tm,
            "Could not refresh game in matching server: Couldn't resolve host name",
            "Could not refresh game in matching server: Couldn't resolve host name",
            "Warning",
            "AuthServerConnector.cpp:248",
        )
    # admin commands on the console log
    for tc in poisson(r, at(6, 30), at(11, 40), 1500):
        C(
            tc,
            "[COMMAND] %s (command): %s",
            f"[COMMAND] {r.choice(['Kaelthas', 'Mira'])} (command): {r.choice(['/c game.player.force.research_all_technologies()', '/c game.speed = 1', '/c game.forces.enemy.kill_all_units()'])}",
        )
    C(
        at(7, 12, 30),
        "[KICK] %s was kicked by %s. Reason: %s.",
        "[KICK] PotatoLord was kicked by Kaelthas. Reason: griefing the main bus.",
    )
    C(
        at(7, 13, 1),
        "[BAN] %s was banned by %s. Reason: %s.",
        "[BAN] PotatoLord was banned by Kaelthas. Reason: griefing.",
    )
    # the crash
    err = [
        f"Exception at tick {ticks(crash)}: The mod Better Chat (0.6.2) caused a non-recoverable error.",
        "Please report this error to the mod author.",
        "",
        "Error while running event better-chat::on_console_chat (ID 86)",
        "__better-chat__/control.lua:214: attempt to concatenate field 'color' (a nil value)",
        "stack traceback:",
        "\t__better-chat__/control.lua:214: in function 'format_message'",
        "\t__better-chat__/control.lua:260: in function <__better-chat__/control.lua:250>",
    ]
    t = Mlines(
        crash,
        "Exception at tick %d: The mod %s (%s) caused a non-recoverable error.",
        err,
        "Error",
        "MainLoop.cpp:1285",
    )
    t = Mlines(
        t + sec(0.001),
        'MultiplayerManager failed: "The mod %s (%s) caused a non-recoverable error.',
        [
            'MultiplayerManager failed: "The mod Better Chat (0.6.2) caused a non-recoverable error.',
            *err[1:7],
            err[7] + '"',
        ],
        "Error",
        f"{SMM}:92",
    )
    t = M(
        t + sec(0.001),
        "updateTick(%d) changing state from(%s) to(%s)",
        f"updateTick({ticks(t)}) changing state from(InGame) to(Failed)",
        "Info",
        f"{SMM}:150",
    )
    for p in list(online):
        online.pop(p)
    stop_lines(t + sec(0.01), "crash")
    tick[0] = ticks(crash) - 60 * 600
    run("factorio-current.log", restart, stop, [m for m in FA_MODS if m[0] != "better-chat"])
    stop_lines(stop, None)
    return fs.logs(t0)


# -------------------------------------------------------------------------------- teamspeak3

TS_CHANNELS = [
    ("Lobby", 1),
    ("AFK", 2),
    ("Gaming", 3),
    ("Raid Night", 4),
    ("Music", 5),
    ("Admins", 6),
]
TS_NAMES = NAMES + [
    f"{a}{b}"
    for a in ["Dark", "Silent", "Mad", "Lazy", "Red", "Ice", "Iron", "Happy"]
    for b in ["Wolf", "Fox", "Panda", "Raven", "Tiger", "Otter", "Badger"]
]
TS_LEAVE = ["leaving", "leaving", "leaving", "gn", "brb", "dinner", "bye all", "cya tomorrow"]


def teamspeak3(r: random.Random) -> list[Log]:
    """A community TeamSpeak 3 server (one virtual server, 32 slots, no license): started at
    06:00, clients all morning, a query bot every minute, temporary channels, avatar
    uploads, a network blip 08:10-08:14 dropping a dozen clients on ping timeout, a kick and a
    ban, a query client flood-banned, and the update restart at 10:00."""
    fs = Files()
    t0 = at(6, 0)
    files = {"0": "", "1": ""}

    def L(sid: str, t: datetime, level: str, chan: str, label: str, msg: str) -> datetime:
        f = files["0" if sid == "" else "1"]
        return fs.add(
            f,
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%d %H:%M:%S}.{x.microsecond:06d}|{level:<8}|{chan:<14}|{sid:<3}|{msg}"
            ],
            "ts3",
            US,
        )

    def Inst(t: datetime, level: str, chan: str, label: str, msg: str) -> datetime:
        return L("", t, level, chan, label, msg)

    def V(
        t: datetime, level: str, label: str, msg: str, chan: str = "VirtualServerBase"
    ) -> datetime:
        return L("1", t, level, chan, label, msg)

    def boot(t: datetime, version: str) -> datetime:
        stamp = f"{t:%Y-%m-%d__%H_%M_%S}.{t.microsecond:06d}"
        files["0"] = f"ts3server_{stamp}_0.log"
        files["1"] = f"ts3server_{stamp}_1.log"
        t = Inst(
            t,
            "INFO",
            "ServerLibPriv",
            "TeamSpeak 3 Server %s (%s)",
            f"TeamSpeak 3 Server {version}",
        )
        t = Inst(
            t + sec(0.0004),
            "INFO",
            "ServerLibPriv",
            "SystemInformation: %s Binary: %s",
            "SystemInformation: Linux 6.1.0-21-amd64 #1 SMP PREEMPT_DYNAMIC Debian 6.1.90-1 (2024-05-03) x86_64 Binary: 64bit",
        )
        t = Inst(
            t + sec(0.0002),
            "INFO",
            "DatabaseQuery",
            "dbPlugin name:    %s",
            "dbPlugin name:    SQLite3 plugin, Version 3, (c)TeamSpeak Systems GmbH",
        )
        t = Inst(
            t + sec(0.03),
            "WARNING",
            "Accounting",
            "Unable to open licensekey.dat, falling back to limited functionality",
            "Unable to open licensekey.dat, falling back to limited functionality",
        )
        t = Inst(
            t + sec(0.0004), "INFO", "Accounting", "Licensing Information", "Licensing Information"
        )
        for label, val in [
            ("licensed to       : %s", "Anonymous"),
            ("type              : %s", "No License"),
            ("max slots         : %d", "32"),
        ]:
            t = Inst(
                t + sec(0.00005), "INFO", "Accounting", label, label.split(":")[0] + ": " + val
            )
        t = Inst(
            t + sec(0.7),
            "INFO",
            "",
            "Puzzle precompute time: %d",
            f"Puzzle precompute time: {r.randint(600, 1100)}",
        )
        t = Inst(
            t + sec(0.0004),
            "INFO",
            "FileManager",
            "listening on %s",
            "listening on 0.0.0.0:30033, [::]:30033",
        )
        t = Inst(
            t + sec(0.02),
            "INFO",
            "CIDRManager",
            "updated query_ip_allowlist ips: %s",
            "updated query_ip_allowlist ips: 127.0.0.1/32, ::1/128, 10.0.0.0/24, ",
        )
        t = Inst(
            t + sec(0.0005),
            "INFO",
            "Query",
            "listening for query on %s",
            "listening for query on 0.0.0.0:10011, [::]:10011",
        )
        t = V(
            t + sec(0.015),
            "INFO",
            "listening on %s",
            "listening on 0.0.0.0:9987, [::]:9987",
            "VirtualServer",
        )
        return t

    ids = [100]
    online: dict[int, str] = {}
    busy: dict[str, datetime] = {}
    temp: list[tuple[str, int]] = []

    def cid() -> int:
        ids[0] += 1
        return ids[0]

    def session(t: datetime, name: str, end: datetime) -> None:
        if name in online.values() or (name in busy and busy[name] > t):
            return
        c = cid()
        online[c] = name
        t = V(
            t,
            "INFO",
            "client connected '%s'(id:%d) from %s",
            f"client connected '{name}'(id:{c}) from {endpoint(r)}",
        )
        if r.random() < 0.15:
            V(
                t + sec(r.uniform(1, 3)),
                "INFO",
                "file upload to (id:%d), '%s' by client '%s'(id:%d)",
                f"file upload to (id:0), '/avatar_{r.getrandbits(64):016x}' by client '{name}'(id:{c})",
            )
        if r.random() < 0.1:
            ch, chid = r.choice(TS_CHANNELS[2:4])
            V(
                t + sec(r.uniform(4, 20)),
                "INFO",
                "client '%s'(id:%d) was added to channelgroup '%s'(id:%d) by client '%s'(id:%d) in channel '%s'(id:%d)",
                f"client '{name}'(id:{c}) was added to channelgroup 'Channel Admin'(id:5) by client 'Kaelthas'(id:101) in channel '{ch}'(id:{chid})",
            )
        if r.random() < 0.12:
            nm = (
                f"{name}'s room"
                if r.random() < 0.5
                else r.choice(["Squad 1", "Duo", "chill", "ranked grind"])
            )
            chid = r.randint(40, 400)
            tc = V(
                t + sec(r.uniform(30, 300)),
                "INFO",
                "channel '%s'(id:%d) created by '%s'(id:%d)",
                f"channel '{nm}'(id:{chid}) created by '{name}'(id:{c})",
            )
            temp.append((nm, chid))
            V(
                min(tc + sec(r.uniform(600, 3000)), end + sec(3)),
                "INFO",
                "channel '%s'(id:%d) deleted by '%s'(id:%d)",
                f"channel '{nm}'(id:{chid}) deleted by 'server'(id:0)",
            )
        tl = min(t + sec(120 + r.expovariate(1 / 2700)), end)
        busy[name] = tl + sec(10)
        if tl >= end:
            del online[c]
            return
        x = r.random()
        if t < at(8, 11) < tl and r.random() < 0.6:
            tl = at(8, 11) + sec(r.uniform(0, 150))
            busy[name] = tl + sec(10)
        if at(8, 10) <= tl < at(8, 14) or x < 0.06:
            L(
                "",
                tl - sec(0.2),
                "WARNING",
                "PktHandler",
                "Dropping client %d because of ping timeout %d %d %d",
                f"Dropping client {c} because of ping timeout {r.randint(17, 22)} {r.randint(0, 3)} 0",
            )
            V(
                tl,
                "INFO",
                "client disconnected '%s'(id:%d) reason 'reasonmsg=connection lost'",
                f"client disconnected '{name}'(id:{c}) reason 'reasonmsg=connection lost'",
            )
        else:
            V(
                tl,
                "INFO",
                "client disconnected '%s'(id:%d) reason 'reasonmsg=%s'",
                f"client disconnected '{name}'(id:{c}) reason 'reasonmsg={r.choice(TS_LEAVE)}'",
            )
        del online[c]

    def query(t: datetime) -> None:
        c = cid()
        port = r.randint(40000, 60000)
        t = Inst(
            t,
            "INFO",
            "Query",
            'query from %d %s issued: login with account "%s"(%s)',
            f'query from {c} 127.0.0.1:{port} issued: login with account "serveradmin"(serveradmin)',
        )
        t = V(
            t + sec(0.003),
            "INFO",
            "query client connected '%s from %s'(id:%d)",
            f"query client connected 'serveradmin from 127.0.0.1:{port}'(id:{c})",
        )
        V(
            t + sec(r.uniform(0.05, 0.4)),
            "INFO",
            "query client disconnected '%s from %s'(id:%d) reason '%s'",
            f"query client disconnected 'serveradmin from 127.0.0.1:{port}'(id:{c}) reason 'reasonmsg=disconnecting'",
        )

    def runs(begin: datetime, end: datetime, version: str) -> None:
        t = boot(begin, version)
        busy.clear()
        online.clear()
        events = [(x, 0) for x in poisson(r, t + sec(5), end - sec(30), 20)]
        for k in range(int((end - t).total_seconds() // 60)):
            ts = t + sec(5 + 60 * k + r.uniform(0, 0.5))
            if ts < end - sec(2):
                events.append((ts, 1))
        for ts, kind in sorted(events):
            if kind == 0:
                session(ts, r.choice(TS_NAMES), end)
            else:
                query(ts)

    restart = at(10, 0, 0) + sec(0.412)
    runs(t0 + sec(1.412077), restart, "3.13.6 (2021-08-06 09:27:47)")
    # the kick and the ban
    V(
        at(7, 21, 5),
        "INFO",
        "client disconnected '%s'(id:%d) reason 'invokerid=%d invokername=%s invokeruid=%s reasonmsg=%s'",
        "client disconnected 'PotatoLord'(id:131) reason 'invokerid=101 invokername=Kaelthas invokeruid=W2zn3dC4mT4bNq0KxQ+5mXh8aLo= reasonmsg=stop spamming the soundboard'",
    )
    V(
        at(7, 24, 40),
        "INFO",
        "ban added reason='%s' cluid='%s' bantime=%d by client '%s'(id:%d)",
        "ban added reason='soundboard spam' cluid='Nq4kz0Pa2mOZ1rXc+Yl7EJtXWvA=' bantime=86400 by client 'Kaelthas'(id:101)",
    )
    V(
        at(7, 24, 41),
        "INFO",
        "client disconnected '%s'(id:%d) reason 'invokerid=%d invokername=%s invokeruid=%s reasonmsg=%s bantime=%d'",
        "client disconnected 'PotatoLord'(id:142) reason 'invokerid=101 invokername=Kaelthas invokeruid=W2zn3dC4mT4bNq0KxQ+5mXh8aLo= reasonmsg=soundboard spam bantime=86400'",
    )
    for k, tb in enumerate(poisson(r, at(9, 10), at(9, 14), 8)):
        ip = SCANNERS[k % 2]
        Inst(
            tb,
            "INFO",
            "Query",
            'query from %d %s issued: login with account "%s"(%s)',
            f'query from {cid()} {ip}:{r.randint(40000, 60000)} issued: login with account "serveradmin"(serveradmin)',
        )
    V(
        at(9, 14, 2),
        "INFO",
        "ban added reason='%s' ip='%s' bantime=%d by client '%s'(id:%d)",
        f"ban added reason='you are flooding' ip='{SCANNERS[0]}' bantime=600 by client 'Server'(id:0)",
    )
    # the restart
    Inst(
        restart,
        "INFO",
        "ServerMain",
        "Received signal %s, shutting down.",
        "Received signal SIGTERM, shutting down.",
    )
    V(restart + sec(0.002), "INFO", "stopped", "stopped", "VirtualServer")
    runs(restart + sec(6.7), at(12, 0), "3.13.7 (2022-06-20 12:21:53)")
    return fs.logs(t0)


# ------------------------------------------------------------------------------------ murmur

MU_CHANNELS = [
    ("Root", 0, 0),
    ("Lobby", 1, 0),
    ("Gaming", 2, 0),
    ("Squad A", 3, 2),
    ("Squad B", 4, 2),
    ("AFK", 5, 0),
]
MU_OS = [
    ("Win", "10.0.22631.1"),
    ("Win", "10.0.19045.1"),
    ("X11", "Arch Linux"),
    ("X11", "Ubuntu 22.04.4 LTS"),
    ("OSX", "14.5"),
    ("Android", "14"),
]


def murmur(r: random.Random) -> list[Log]:
    """A Mumble 1.4 server (virtual server 1): sessions all morning (users moving between
    channels, temporary channels), scanners failing TLS, wrong passwords, the server full for
    a while at 07:30, an admin's kick and kickban, the banned address ignored afterwards,
    timeouts, a restart at 09:30 for an upgrade."""
    fs = Files()
    t0 = at(6, 0)

    def W(
        t: datetime, label: str, msg: str, sid: int | None = 1, user: str | None = None
    ) -> datetime:
        head = f"{sid} => " if sid else ""
        head += f"{user} " if user else ""
        return fs.add(
            "mumble-server.log",
            t,
            label,
            lambda x: [f"<W>{x:%Y-%m-%d %H:%M:%S}.{ms(x)} {head}{msg}"],
            "murmur",
            MS,
        )

    def boot(t: datetime, ver: str) -> datetime:
        t = W(
            t,
            "Murmur %s (%s) running on %s: %s: Booting servers",
            f"Murmur {ver} ({ver}) running on X11: Debian GNU/Linux 12 (bookworm): Booting servers",
            None,
        )
        t = W(
            t + sec(0.004),
            "SSL: OpenSSL version is '%s'",
            "SSL: OpenSSL version is 'OpenSSL 3.0.11 19 Sep 2023'",
            None,
        )
        t = W(
            t + sec(0.01),
            "ServerDB: Openend SQLite database %s",
            "ServerDB: Openend SQLite database /var/lib/mumble-server/mumble-server.sqlite",
            None,
        )
        t = W(
            t + sec(0.001),
            "ServerDB: Using SQLite's default rollback journal.",
            "ServerDB: Using SQLite's default rollback journal.",
            None,
        )
        t = W(
            t + sec(0.05),
            'MurmurIce: Endpoint "%s" running',
            'MurmurIce: Endpoint "tcp -h 127.0.0.1 -p 6502" running',
            None,
        )
        t = W(t + sec(0.02), "Server listening on %s", "Server listening on [::]:64738")
        return t

    sess = [0]
    online: dict[str, tuple[int, int]] = {}
    busy: dict[str, datetime] = {}
    full = (at(7, 30), at(7, 45))

    def U(s: int, name: str = "", uid: int = -1) -> str:
        return f"<{s}:{name}({uid})>"

    def session(t: datetime, name: str, end: datetime) -> None:
        sess[0] += 1
        s = sess[0]
        uid = NAMES.index(name) + 2 if NAMES.index(name) % 3 else -1
        addr = endpoint(r)
        t = W(t, "New connection: %s", f"New connection: {addr}", 1, U(s))
        os_, osv = r.choice(MU_OS)
        t = W(
            t + sec(r.uniform(0.05, 0.4)),
            "Client version %s (%s: %s)",
            f"Client version {r.choice(['1.4.287', '1.4.287', '1.4.230', '1.5.629'])} ({os_}: {osv})",
            1,
            U(s),
        )
        if name in busy and busy[name] > t:
            t = W(
                t + sec(0.01),
                "Rejected connection from %s: Username already in use",
                f"Rejected connection from {addr}: Username already in use",
                1,
                U(s),
            )
            W(
                t + sec(0.005),
                "Connection closed: The remote host closed the connection [%d]",
                "Connection closed: The remote host closed the connection [1]",
                1,
                U(s),
            )
            return
        if r.random() < 0.04:
            t = W(
                t + sec(0.01),
                "Rejected connection from %s: Wrong certificate or password for existing user",
                f"Rejected connection from {addr}: Wrong certificate or password for existing user",
                1,
                U(s),
            )
            W(
                t + sec(0.005),
                "Connection closed: The remote host closed the connection [%d]",
                "Connection closed: The remote host closed the connection [1]",
                1,
                U(s),
            )
            return
        if full[0] <= t < full[1]:
            t = W(
                t + sec(0.01),
                "Rejected connection from %s: Server is full (max %d users)",
                f"Rejected connection from {addr}: Server is full (max 25 users)",
                1,
                U(s),
            )
            W(
                t + sec(0.005),
                "Connection closed: The remote host closed the connection [%d]",
                "Connection closed: The remote host closed the connection [1]",
                1,
                U(s),
            )
            return
        online[name] = (s, uid)
        me = U(s, name, uid)
        t = W(t + sec(r.uniform(0.01, 0.2)), "Authenticated", "Authenticated", 1, me)
        tl = min(t + sec(60 + r.expovariate(1 / 2400)), end)
        busy[name] = tl + sec(5)
        tm = t
        for tm in poisson(r, t + sec(3), tl, 900):
            ch, cid_, par = r.choice(MU_CHANNELS[1:])
            W(
                tm,
                "Moved %s:%d(%d) to %s[%d:%d]",
                f"Moved {name}:{s}({uid}) to {ch}[{cid_}:{par}]",
                1,
                me,
            )
        if r.random() < 0.1 and tl - t > sec(300):
            tc = t + sec(r.uniform(30, 200))
            cname = r.choice(["temp", f"{name}'s channel", "duo queue", "movie night"])
            cid_ = r.randint(20, 200)
            W(
                tc,
                "Added channel %s[%d:%d] under %s[%d:%d]",
                f"Added channel {cname}[{cid_}:2] under Gaming[2:0]",
                1,
                me,
            )
            W(
                tc + sec(0.002),
                "Moved %s:%d(%d) to %s[%d:%d]",
                f"Moved {name}:{s}({uid}) to {cname}[{cid_}:2]",
                1,
                me,
            )
            W(
                min(tl, tc + sec(r.uniform(200, 1500))) + sec(0.004),
                "Removed channel %s[%d:%d]",
                f"Removed channel {cname}[{cid_}:2]",
                1,
                me,
            )
        if tl >= end:
            online.pop(name)
            return
        if r.random() < 0.08:
            W(tl - sec(0.001), "Timeout", "Timeout", 1, me)
            W(tl, "Connection closed:  [%d]", "Connection closed:  [-1]", 1, me)
        else:
            W(
                tl,
                "Connection closed: The remote host closed the connection [%d]",
                "Connection closed: The remote host closed the connection [1]",
                1,
                me,
            )
        online.pop(name)

    def scanner(t: datetime) -> None:
        sess[0] += 1
        s = sess[0]
        ip = r.choice(SCANNERS)
        t = W(t, "New connection: %s", f"New connection: {endpoint(r, ip)}", 1, U(s))
        if r.random() < 0.5:
            t = W(
                t + sec(0.02),
                "SSL Error: The remote host closed the connection",
                "SSL Error: The remote host closed the connection",
                1,
                U(s),
            )
            W(
                t + sec(0.001),
                "Connection closed: The remote host closed the connection [%d]",
                "Connection closed: The remote host closed the connection [1]",
                1,
                U(s),
            )
        else:
            err = r.choice(
                [
                    "error:0A00010B:SSL routines::wrong version number",
                    "error:0A000102:SSL routines::unsupported protocol",
                    "error:0A00009C:SSL routines::http request",
                ]
            )
            t = W(
                t + sec(0.02),
                f"SSL Error: Error during SSL handshake: {err}",
                f"SSL Error: Error during SSL handshake: {err}",
                1,
                U(s),
            )
            W(
                t + sec(0.001),
                f"Connection closed: Error during SSL handshake: {err} [%d]",
                f"Connection closed: Error during SSL handshake: {err} [-1]",
                1,
                U(s),
            )

    def run(begin: datetime, end: datetime, ver: str) -> None:
        t = boot(begin, ver)
        online.clear()
        busy.clear()
        events = sorted(
            [(x, 0) for x in poisson(r, t + sec(10), end - sec(20), 50)]
            + [(x, 1) for x in poisson(r, t + sec(30), end - sec(20), 220)]
            + [(x, 2) for x in poisson(r, t + sec(30), end - sec(20), 900)]
        )
        for ts, kind in events:
            if kind == 0:
                session(ts, r.choice(NAMES), end)
            elif kind == 1:
                scanner(ts)
            else:
                password(ts)

    def password(ts: datetime) -> None:
        sess[0] += 1
        s = sess[0]
        addr = endpoint(r)
        t1 = W(ts, "New connection: %s", f"New connection: {addr}", 1, U(s))
        os_, osv = r.choice(MU_OS)
        t1 = W(
            t1 + sec(0.1),
            "Client version %s (%s: %s)",
            f"Client version 1.4.287 ({os_}: {osv})",
            1,
            U(s),
        )
        t1 = W(
            t1 + sec(0.01),
            "Rejected connection from %s: Invalid server password",
            f"Rejected connection from {addr}: Invalid server password",
            1,
            U(s),
        )
        W(
            t1 + sec(0.003),
            "Connection closed: The remote host closed the connection [%d]",
            "Connection closed: The remote host closed the connection [1]",
            1,
            U(s),
        )

    restart = at(9, 30, 0) + sec(0.2)
    run(t0 + sec(1.1), restart, "1.4.230")
    # an admin's kick and kickban
    me = U(3, "Kaelthas", 2)
    W(at(8, 44, 10), 'Kicked %s:%d(%d) for "%s"', 'Kicked PotatoLord:188(-1) for "mic spam"', 1, me)
    W(
        at(8, 44, 10) + sec(0.003),
        "Connection closed: The remote host closed the connection [%d]",
        "Connection closed: The remote host closed the connection [1]",
        1,
        U(188, "PotatoLord", -1),
    )
    W(
        at(8, 47, 31),
        'Kickbanned %s:%d(%d) for "%s"',
        'Kickbanned PotatoLord:191(-1) for "still spamming"',
        1,
        me,
    )
    W(
        at(8, 47, 31) + sec(0.003),
        "Connection closed: The remote host closed the connection [%d]",
        "Connection closed: The remote host closed the connection [1]",
        1,
        U(191, "PotatoLord", -1),
    )
    for tb in poisson(r, at(8, 48), at(9, 20), 45):
        W(
            tb,
            "Ignoring connection: %s (Server ban)",
            f"Ignoring connection: {endpoint(r, '81.2.69.142')} (Server ban)",
        )
    # the restart
    W(restart, "Killing running servers", "Killing running servers", None)
    W(restart + sec(0.003), "Stopped", "Stopped")
    W(restart + sec(0.03), "Shutting down", "Shutting down", None)
    run(restart + sec(2.4), at(12, 0), "1.4.287")
    return fs.logs(t0)


# ------------------------------------------------------------------------------------ valheim

VH_EVENTS = ["army_eikthyr", "foresttrolls", "skeletons", "blobs", "army_theelder", "surtlings"]
VH_STEAM = {
    n: f"76561198{r:09d}"
    for n, r in zip(
        NAMES, range(12_345_678, 12_345_678 + 7_919_311 * len(NAMES), 7_919_311), strict=False
    )
}
VH_FILENAME = "(Filename: ./Runtime/Export/Debug/Debug.bindings.h Line: 35)"


def valheim(r: random.Random) -> list[Log]:
    """A Valheim dedicated server (Linux, the Steam build): Unity's start-up, the world
    loaded, players connecting and leaving (handshakes, version checks, a wrong password, an
    outdated client), deaths, the minute's connection statistics, abandoned zdos destroyed,
    half-hourly saves, raids, a mod's NullReferenceException repeated 10:05-10:20, a restart at
    11:00."""
    fs = Files()
    t0 = at(6, 0)

    def Z(t: datetime, label: str, msg: str) -> datetime:
        return fs.add(
            "valheim-server.log",
            t,
            label,
            lambda x: [f"{x:%m/%d/%Y %H:%M:%S}: {msg}", "", VH_FILENAME, ""],
            "valheim",
            MS,
        )

    def U(t: datetime, label: str, lines: list[str]) -> datetime:
        return fs.add("valheim-server.log", t, label, lambda x: lines, "valheim", MS)

    def boot(t: datetime) -> datetime:
        for lib in ["libc", "libc.so.6", "libcoreclr.so", "libSystem.dylib", "libc.dylib"]:
            t = U(
                t,
                "Fallback handler could not load library %s",
                [
                    f"Fallback handler could not load library /home/steam/valheim/valheim_server_Data/MonoBleedingEdge/{lib}"
                ],
            )
        t = Z(
            t + sec(1),
            "Valheim version: %s (network version %d)",
            "Valheim version: l-0.218.15 (network version 27)",
        )
        t = Z(
            t + sec(2),
            "Initializing world generator seed:%s ( %d )   menu:%s  worldgen version:%d",
            "Initializing world generator seed:hkLycKKCMI ( 1348245089 )   menu:False  worldgen version:2",
        )
        t = Z(t + sec(0.1), "Loading world: %s", "Loading world: Dedicated")
        n = r.randint(1_240_000, 1_260_000)
        t = Z(
            t + sec(1),
            "Loading %d zdos , my id %d data version:%d",
            f"Loading {n} zdos , my id {r.randint(100_000_000, 999_999_999)} data version:29",
        )
        t = Z(t + sec(4), "Loaded %d zdos", f"Loaded {n} zdos")
        t = Z(t + sec(1), "Game server connected", "Game server connected")
        t = Z(
            t + sec(5),
            'Session "%s" with join code %s and IP %s is active with %d player(s)',
            'Session "Midgard Vikings" with join code 482915 and IP 94.130.12.7:2456 is active with 0 player(s)',
        )
        return t

    online: dict[str, datetime] = {}
    busy: dict[str, datetime] = {}
    spans: list[tuple[datetime, datetime]] = []

    def session(t: datetime, name: str, end: datetime) -> None:
        if (name in online and online[name] > t) or (name in busy and busy[name] > t):
            return
        sid = VH_STEAM[name]
        t = Z(t, "Got connection SteamID %s", f"Got connection SteamID {sid}")
        t = Z(t + sec(1), "Got handshake from client %s", f"Got handshake from client {sid}")
        x = r.random()
        if x < 0.06:
            t = Z(t + sec(1), "Peer %s has wrong password", f"Peer {sid} has wrong password")
            t = Z(t + sec(0.3), "RPC_Disconnect", "RPC_Disconnect")
            Z(t + sec(1), "Disposing socket", "Disposing socket")
            return
        if x < 0.1:
            t = Z(
                t + sec(1),
                "VERSION check their:%s  mine:%s",
                f"VERSION check their:{r.choice(['0.217.46', '0.217.38'])}  mine:0.218.15",
            )
            t = Z(
                t + sec(0.3),
                "Peer %s has incompatible version, mine:%s remote %s",
                f"Peer {sid} has incompatible version, mine:0.218.15 (network version 27) remote 0.217.46 (network version 20)",
            )
            Z(t + sec(1), "Disposing socket", "Disposing socket")
            return
        t = Z(
            t + sec(1),
            "VERSION check their:%s  mine:%s",
            "VERSION check their:0.218.15  mine:0.218.15",
        )
        t = Z(
            t + sec(1),
            "Server: New peer connected,sending global keys",
            "Server: New peer connected,sending global keys",
        )
        uid = -r.randint(10**8, 4 * 10**9) if r.random() < 0.5 else r.randint(10**8, 4 * 10**9)
        t = Z(
            t + sec(r.uniform(8, 30)),
            "Got character ZDOID from %s : %d:%d",
            f"Got character ZDOID from {name} : {uid}:{r.randint(1, 40)}",
        )
        tl = min(t + sec(300 + r.expovariate(1 / 3600)), end)
        busy[name] = tl + sec(30)
        online[name] = tl
        spans.append((t, tl))
        for td in poisson(r, t + sec(60), tl - sec(40), 2400):
            t2 = Z(
                td, "Got character ZDOID from %s : %d:%d", f"Got character ZDOID from {name} : 0:0"
            )
            Z(
                t2 + sec(r.uniform(10, 30)),
                "Got character ZDOID from %s : %d:%d",
                f"Got character ZDOID from {name} : {uid}:{r.randint(41, 400)}",
            )
        if tl >= end:
            return
        if r.random() < 0.15:
            t2 = Z(
                tl,
                "Got status changed msg %s",
                "Got status changed msg k_ESteamNetworkingConnectionState_ProblemDetectedLocally",
            )
            t2 = Z(
                t2 + sec(0.1),
                "Socket closed by peer %s",
                "Socket closed by peer Steamworks.SteamNetConnectionStatusChangedCallback_t",
            )
        else:
            t2 = Z(tl, "RPC_Disconnect", "RPC_Disconnect")
            t2 = Z(
                t2 + sec(0.1),
                "Got status changed msg %s",
                "Got status changed msg k_ESteamNetworkingConnectionState_ClosedByPeer",
            )
            t2 = Z(
                t2 + sec(0.1),
                "Socket closed by peer %s",
                "Socket closed by peer Steamworks.SteamNetConnectionStatusChangedCallback_t",
            )
        t2 = Z(t2 + sec(0.1), "Closing socket %s", f"Closing socket {sid}")
        t2 = Z(t2 + sec(0.1), "Disposing socket", "Disposing socket")
        for _ in range(r.randint(3, 25)):
            Z(
                t2 + sec(r.uniform(0.5, 3)),
                "Destroying abandoned non persistent zdo %d:%d owner %d",
                f"Destroying abandoned non persistent zdo {uid}:{r.randint(1, 90000)} owner {uid}",
            )
        online.pop(name)

    nre = [
        "NullReferenceException: Object reference not set to an instance of an object",
        "  at ValheimPlus.GameClasses.ZNet_RPC_PlayerList_Patch.Prefix (ZNet __instance, ZRpc rpc) [0x0002c] in <b1f8a2c9d3e44f0b8a7c6d5e4f3a2b1c>:0 ",
        "  at (wrapper dynamic-method) ZNet.DMD<ZNet::SendPlayerList>(ZNet)",
        "  at ZNet.UpdatePlayerList () [0x00086] in <c3d2b1a0e9f84d7c8b6a5f4e3d2c1b0a>:0 ",
        "  at ZNet.Update () [0x000a4] in <c3d2b1a0e9f84d7c8b6a5f4e3d2c1b0a>:0 ",
        " ",
        "(Filename: <b1f8a2c9d3e44f0b8a7c6d5e4f3a2b1c> Line: 0)",
        "",
    ]

    def run(begin: datetime, end: datetime) -> None:
        t = boot(begin)
        online.clear()
        spans.clear()
        for ts in poisson(r, t + sec(30), end - sec(30), 95):
            session(ts, r.choice(NAMES[:16]), end)
        k = 0
        while True:
            k += 1
            ts = t + sec(60 * k)
            if ts >= end:
                break
            n = sum(1 for a, b in spans if a <= ts < b)
            if n:
                Z(
                    ts,
                    "Connections %d ZDOS:%d  sent:%d recv:%d",
                    f"Connections {n} ZDOS:{1_250_000 + k * 37 + r.randint(0, 30)}  sent:{r.randint(0, 40 * n)} recv:{r.randint(20, 400 * n)}",
                )
        for hh in range(begin.hour, end.hour + 1):
            for mm in (0, 30):
                ts = at(hh, mm, 7)
                if t + sec(60) < ts < end:
                    t2 = Z(ts, "World save writing starting", "World save writing starting")
                    t2 = Z(
                        t2 + sec(2), "World save writing finished", "World save writing finished"
                    )
                    t2 = Z(
                        t2, "World saved ( %sms )", f"World saved ( {r.uniform(1500, 2600):.3f}ms )"
                    )
        for ts in poisson(r, t + sec(600), end - sec(300), 2700):
            Z(ts, "Random event set:%s", f"Random event set:{r.choice(VH_EVENTS)}")

    restart = at(11, 0, 3)
    run(t0 + sec(2), restart)
    for tn in poisson(r, at(10, 5), at(10, 20), 25):
        U(tn, "NullReferenceException: Object reference not set to an instance of an object", nre)
    t = Z(restart, "OnApplicationQuit", "OnApplicationQuit")
    t = Z(t + sec(1), "World save writing starting", "World save writing starting")
    t = Z(t + sec(2), "World save writing finished", "World save writing finished")
    t = Z(t, "World saved ( %sms )", f"World saved ( {r.uniform(1500, 2600):.3f}ms )")
    t = Z(t + sec(1), "Net scene destroyed", "Net scene destroyed")
    run(t + sec(40), at(12, 0))
    return fs.logs(t0)


# -------------------------------------------------------------------------------------- srcds

SR_CLASSES = [
    "scout",
    "soldier",
    "pyro",
    "demoman",
    "heavyweapons",
    "engineer",
    "medic",
    "sniper",
    "spy",
]
SR_WEAPONS = {
    "scout": ["scattergun", "pistol_scout", "bat", "force_a_nature"],
    "soldier": ["tf_projectile_rocket", "shotgun_soldier", "shovel", "quake_rl"],
    "pyro": ["flamethrower", "shotgun_pyro", "fireaxe", "deflect_rocket"],
    "demoman": ["tf_projectile_pipe", "tf_projectile_pipe_remote", "sword", "bottle"],
    "heavyweapons": ["minigun", "shotgun_hwg", "fists", "natascha"],
    "engineer": ["obj_sentrygun", "obj_sentrygun2", "obj_sentrygun3", "shotgun_primary", "wrench"],
    "medic": ["syringegun_medic", "bonesaw", "crusaders_crossbow"],
    "sniper": ["sniperrifle", "smg", "club", "tf_projectile_arrow"],
    "spy": ["revolver", "knife", "ambassador"],
}
SR_CHAT = [
    "gg",
    "nice shot",
    "medic!",
    "lol",
    "ez",
    "sentry up",
    "spy on our intel",
    "push now",
    "gg wp",
    "rtv",
    "why is there a spy in our base",
    "thx for the heal",
    "can we get an engie",
]


def srcds(r: random.Random) -> list[Log]:
    """A TF2 community server's `log on` files: ctf_2fort from 06:00, a mapcycle change to
    ctf_turbine at 09:00 (a new file), srcds crashing at 10:40 (the second file left without
    `Log file closed`) and the watchdog starting it again on ctf_2fort (a third file); players
    and bots, kills, assists, flag events, chat, rounds, rcon, a brute force on rcon."""
    fs = Files()
    t0 = at(6, 0)
    cur = [""]

    def L(t: datetime, label: str, msg: str) -> datetime:
        f = cur[0]
        return fs.add(f, t, label, lambda x: [f"L {x:%m/%d/%Y - %H:%M:%S}: {msg}"], "srcds", MS)

    uid = [1]
    players: dict[str, dict[str, object]] = {}
    PLAYERS = NAMES[:20]
    steam = {n: f"[U:1:{40_000_000 + i * 7_919_113 % 900_000_000}]" for i, n in enumerate(PLAYERS)}

    def P(n: str) -> str:
        p = players[n]
        return f'"{n}<{p["uid"]}><{steam[n]}><{p["team"]}>"'

    def pos(r: random.Random) -> str:
        return f"{r.randint(-3000, 3000)} {r.randint(-3000, 3000)} {r.randint(-400, 800)}"

    def open_file(t: datetime, name: str, mp: str) -> datetime:
        cur[0] = name
        t = L(
            t,
            'Log file started (file "%s") (game "%s") (version "%s")',
            f'Log file started (file "logs/{name}") (game "/home/tf2/serverfiles/tf") (version "8835751")',
        )
        t = L(t, 'Loading map "%s"', f'Loading map "{mp}"')
        t = L(t, "server cvars start", "server cvars start")
        for k, v in [
            ("mp_friendlyfire", "0"),
            ("mp_timelimit", "30"),
            ("mp_winlimit", "0"),
            ("mp_maxrounds", "0"),
            ("tf_flag_caps_per_round", "3"),
            ("sv_cheats", "0"),
            ("sv_gravity", "800"),
            ("tf_weapon_criticals", "1"),
            ("sv_alltalk", "0"),
            ("mp_autoteambalance", "1"),
        ]:
            t = L(t + sec(0.001), '"%s" = "%s"', f'"{k}" = "{v}"')
        t = L(t, "server cvars end", "server cvars end")
        t = L(
            t + sec(3),
            'Started map "%s" (CRC "%s")',
            f'Started map "{mp}" (CRC "{r.choice(["-1", "c8c46c74e2fd3d5ab7d81e0e3ab4d4b0"])}")',
        )
        return t

    def connect(t: datetime, n: str) -> datetime:
        uid[0] += 1
        players[n] = {"uid": uid[0], "team": "", "cls": None, "ready": t + sec(3600)}
        t = L(
            t,
            '"%s<%d><%s><%s>" connected, address "%s"',
            f'{P(n)} connected, address "{endpoint(r)}"',
        )
        t = L(
            t + sec(1), '"%s<%d><%s><%s>" STEAM USERID validated', f"{P(n)} STEAM USERID validated"
        )
        t = L(
            t + sec(r.uniform(3, 8)),
            '"%s<%d><%s><%s>" entered the game',
            f"{P(n)} entered the game",
        )
        players[n]["team"] = "Unassigned"
        red = sum(1 for p in players.values() if p["team"] == "Red")
        blue = sum(1 for p in players.values() if p["team"] == "Blue")
        team = "Red" if red <= blue else "Blue"
        t = L(
            t + sec(r.uniform(1, 4)),
            '"%s<%d><%s><%s>" joined team "%s"',
            f'{P(n)} joined team "{team}"',
        )
        players[n]["team"] = team
        cls = r.choice(SR_CLASSES)
        t = L(
            t + sec(r.uniform(1, 3)),
            '"%s<%d><%s><%s>" changed role to "%s"',
            f'{P(n)} changed role to "{cls}"',
        )
        players[n]["cls"] = cls
        players[n]["ready"] = t
        return t

    def disconnect(t: datetime, n: str, why: str) -> None:
        if why == "user":
            L(
                t,
                '"%s<%d><%s><%s>" disconnected (reason "Disconnect by user.")',
                f'{P(n)} disconnected (reason "Disconnect by user.")',
            )
        elif why == "timeout":
            L(
                t,
                '"%s<%d><%s><%s>" disconnected (reason "%s timed out")',
                f'{P(n)} disconnected (reason "{n} timed out")',
            )
        else:
            L(
                t,
                '"%s<%d><%s><%s>" disconnected (reason "Client left game (Steam auth ticket has been canceled)")',
                f'{P(n)} disconnected (reason "Client left game (Steam auth ticket has been canceled)")',
            )
        del players[n]

    def ingame(x: datetime) -> list[str]:
        return [n for n, p in players.items() if p["team"] in ("Red", "Blue") and p["ready"] <= x]  # type: ignore[operator]

    def play(begin: datetime, end: datetime, mp: str) -> None:
        t = begin
        # rounds of ~6-10 minutes
        rnd_start = t + sec(30)
        scores = {"Red": 0, "Blue": 0}
        while rnd_start < end - sec(60):
            L(rnd_start, 'World triggered "Round_Start"', 'World triggered "Round_Start"')
            rnd_end = min(rnd_start + sec(r.uniform(360, 640)), end - sec(5))
            events = sorted(
                [(x, "kill") for x in poisson(r, rnd_start, rnd_end, 24)]
                + [(x, "chat") for x in poisson(r, rnd_start, rnd_end, 70)]
                + [(x, "flag") for x in poisson(r, rnd_start, rnd_end, 110)]
                + [(x, "churn") for x in poisson(r, rnd_start, rnd_end, 100)]
                + [(x, "class") for x in poisson(r, rnd_start, rnd_end, 150)]
            )
            for x, kind in events:
                live = ingame(x)
                if kind == "churn":
                    out = [n for n in PLAYERS if n not in players]
                    if len(live) > 16 or (live and r.random() < len(live) / 26):
                        n = r.choice(live)
                        why = r.choices(["user", "timeout", "ticket"], [0.75, 0.1, 0.15])[0]
                        disconnect(x, n, why)
                    elif out:
                        connect(x, r.choice(out))
                    continue
                if len(live) < 2:
                    continue
                a = r.choice(live)
                if kind == "chat":
                    L(x, '"%s<%d><%s><%s>" say "%s"', f'{P(a)} say "{r.choice(SR_CHAT)}"')
                elif kind == "class":
                    c = r.choice(SR_CLASSES)
                    players[a]["cls"] = c
                    L(x, '"%s<%d><%s><%s>" changed role to "%s"', f'{P(a)} changed role to "{c}"')
                elif kind == "flag":
                    ev = r.choices(["picked up", "dropped", "captured"], [0.5, 0.35, 0.15])[0]
                    L(
                        x,
                        f'"%s<%d><%s><%s>" triggered "flagevent" (event "{ev}") (position "%d %d %d")',
                        f'{P(a)} triggered "flagevent" (event "{ev}") (position "{pos(r)}")',
                    )
                    if ev == "captured":
                        scores[str(players[a]["team"])] += 1
                else:
                    foes = [n for n in live if players[n]["team"] != players[a]["team"]]
                    if not foes:
                        continue
                    v = r.choice(foes)
                    if r.random() < 0.04:
                        L(
                            x,
                            '"%s<%d><%s><%s>" committed suicide with "%s" (attacker_position "%d %d %d")',
                            f'{P(v)} committed suicide with "{r.choice(["world", "tf_projectile_rocket", "tf_projectile_pipe"])}" (attacker_position "{pos(r)}")',
                        )
                        continue
                    w = r.choice(SR_WEAPONS[str(players[a]["cls"])])
                    ck = None
                    if w in ("sniperrifle", "ambassador") and r.random() < 0.5:
                        ck = "headshot"
                    elif w == "knife" and r.random() < 0.8:
                        ck = "backstab"
                    elif w == "deflect_rocket":
                        ck = "deflect_rocket"
                    if ck:
                        L(
                            x,
                            '"%s<%d><%s><%s>" killed "%s<%d><%s><%s>" with "%s" (customkill "%s") (attacker_position "%d %d %d") (victim_position "%d %d %d")',
                            f'{P(a)} killed {P(v)} with "{w}" (customkill "{ck}") (attacker_position "{pos(r)}") (victim_position "{pos(r)}")',
                        )
                    else:
                        L(
                            x,
                            '"%s<%d><%s><%s>" killed "%s<%d><%s><%s>" with "%s" (attacker_position "%d %d %d") (victim_position "%d %d %d")',
                            f'{P(a)} killed {P(v)} with "{w}" (attacker_position "{pos(r)}") (victim_position "{pos(r)}")',
                        )
                    mates = [n for n in live if players[n]["team"] == players[a]["team"] and n != a]
                    if mates and r.random() < 0.35:
                        L(
                            x,
                            '"%s<%d><%s><%s>" triggered "kill assist" against "%s<%d><%s><%s>" (assister_position "%d %d %d") (attacker_position "%d %d %d") (victim_position "%d %d %d")',
                            f'{P(r.choice(mates))} triggered "kill assist" against {P(v)} (assister_position "{pos(r)}") (attacker_position "{pos(r)}") (victim_position "{pos(r)}")',
                        )
            if rnd_end >= end - sec(5):
                break
            win = max(scores, key=lambda k: (scores[k], k))
            t2 = L(
                rnd_end,
                'World triggered "Round_Win" (winner "%s")',
                f'World triggered "Round_Win" (winner "{win}")',
            )
            for tm in ("Red", "Blue"):
                t2 = L(
                    t2,
                    'Team "%s" current score "%d" with "%d" players',
                    f'Team "{tm}" current score "{scores[tm]}" with "{sum(1 for p in players.values() if p["team"] == tm)}" players',
                )
            rnd_start = rnd_end + sec(r.uniform(10, 15))

    def close(t: datetime, mp: str, why: str) -> datetime:
        t = L(
            t,
            'World triggered "Game_Over" reason "%s"',
            f'World triggered "Game_Over" reason "{why}"',
        )
        return L(t + sec(1), "Log file closed", "Log file closed")

    # rcon: an admin, a monitor and a brute force
    def rcon(begin: datetime, end: datetime) -> None:
        for x in poisson(r, begin + sec(60), end - sec(10), 600):
            L(
                x,
                'rcon from "%s": command "%s"',
                f'rcon from "10.0.0.5:{r.randint(40000, 60000)}": command "{r.choice(["status", "status", "users", "sm_who", "mp_timelimit"])}"',
            )

    t = open_file(t0 + sec(1), "L0604000.log", "ctf_2fort")
    L(
        t + sec(2),
        '"%s<%d><%s><%s>" connected, address "%s"',
        '"SourceTV<2><BOT><>" connected, address "none"',
    )
    L(t + sec(2), '"%s<%d><%s><%s>" entered the game', '"SourceTV<2><BOT><>" entered the game')
    uid[0] = 2
    for k, n in enumerate(r.sample(PLAYERS, 10)):
        connect(t + sec(20 + 15 * k), n)
    play(t, at(9, 0), "ctf_2fort")
    rcon(t, at(9, 0))
    for x in poisson(r, at(7, 50), at(8, 5), 11):
        L(
            x,
            'Bad Rcon: "%s" from "%s"',
            f'Bad Rcon: "rcon {r.randint(100_000_000, 999_999_999)} "{r.choice(["admin", "123456", "password", "rcon", "tf2server", "qwerty"])}" status" from "{r.choice(SCANNERS)}:{r.randint(40000, 60000)}"',
        )
    close(at(9, 0, 1), "ctf_2fort", "Reached Time Limit")
    carried = list(players)
    t = open_file(at(9, 0, 20), "L0604001.log", "ctf_turbine")
    players.clear()
    for k, n in enumerate(carried):
        if n != "SourceTV":
            connect(t + sec(2 + k), n)
    play(t + sec(20), at(10, 40, 12), "ctf_turbine")
    rcon(t, at(10, 40))
    players.clear()
    t = open_file(at(10, 41, 30), "L0604002.log", "ctf_2fort")
    L(
        t + sec(2),
        '"%s<%d><%s><%s>" connected, address "%s"',
        '"SourceTV<2><BOT><>" connected, address "none"',
    )
    L(t + sec(2), '"%s<%d><%s><%s>" entered the game', '"SourceTV<2><BOT><>" entered the game')
    uid[0] = 2
    for k, n in enumerate(r.sample(PLAYERS, 8)):
        connect(t + sec(30 + 20 * k), n)
    play(t, at(12, 0), "ctf_2fort")
    rcon(t, at(12, 0))
    return fs.logs(t0)


SYSTEMS = {
    "factorio": factorio,
    "teamspeak3": teamspeak3,
    "murmur": murmur,
    "valheim": valheim,
    "srcds": srcds,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
