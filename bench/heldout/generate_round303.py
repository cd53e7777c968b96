#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 303 (vintage-story, barotrauma, space-engineers,
beammp-server, mcgalaxy) into bench/heldout/, the same way and under the same label rules as
generate.py (bench/README.md, "heldout.py"): each program's log is simulated from its format
strings over a seeded run, and every line that starts an event is labelled with the format
string that wrote it as it is written. Distinct calls of one process never share a timestamp at
the log's resolution (round 53's Clock, kept per process and per file). Five dedicated game
servers of one gaming community, 06:00 to 12:00 UTC on 2024-06-07. Core Keeper and V Rising, in
the brief, are replaced (bench/README.md, round 303): Core Keeper's server writes Unity start-up
lines and little else in a day, and V Rising's closed-source server's lines could be checked
neither in a source nor in a quoted log; BeamMP-Server and MCGalaxy are servers of the same kind
whose sources are public.

- Vintage Story 1.21.5 (`server-main.log`, `server-audit.log`, `server-chat.log`: the dedicated
  server's own Logs folder, `7.6.2024 06:00:03 [Notification] Server logger started.`, one file
  per log type). A whitelisted community world: the start-up (`Launching server...`, `Entering
  runphase %s`, the savegame lines, `Found %d mods (%d disabled)`, the mod systems listed one
  line each under `    Mod '%s' (%s):`, `Dedicated Server now running on Port %s and all ips!`,
  the 1.20 whitelist notice); players joining (`Client %s uid %s attempting identification.
  Name: %s`, `%s %s joins.`, `A client reconnected, resuming game calendar.`, `Player %s
  requested new view distance: %s`) and leaving (`Client %s disconnected: `, the audit log's
  `Client %s disconnected.`, `Player %s left.`, `All clients disconnected, pausing game
  calendar.`); a Discord status bot querying the server every minute (`Client %s disconnected:
  Query complete`); the autosave every 15 minutes (`Mods and systems notified, now saving
  everything...` to `World saved! ...` and the chunk thread's `Offthread save of %s chunks
  done.`); one player's boat trip into new land 08:10-08:40 (`Server overloaded. A tick took
  %sms to complete.`); a newcomer refused by the whitelist and whitelisted from the console
  (`Handling Console Command /%s %s`); a modded block throwing at the server three times
  (`Exception at client %s. Disconnecting client.`, the exception with its frames, `Client %s
  got removed: '%s' (%s)`, `Player %s got removed. Reason: %s`); two client crashes; backups
  at 07:00 and 10:00; `/stop` at 11:50 and the shutdown sequence; the chat log.
- Barotrauma 1.4 (`DeepEuropa_2024-06-07_0822.txt` and two more: the dedicated server's
  ServerLogs folder, a file written each time 800 messages are logged and at shutdown, named
  by the server name and the minute it is written). ServerLog writes each message as
  `[06/07/2024 06:00:04]` on a line of its own and the text, indented by two spaces, on the
  next: the timestamp line starts the event and carries the label. A campaign on one server
  all morning: the start (`Starting the server...`, the Lidgren line, `Server started`), clients
  joining and leaving (`%s has joined the server.`, `%s has left the server.`), nine rounds
  (`Starting a new round...`, `Submarine: %s`, `Game mode: %s`, `Level seed: %s`, `Ending the
  round...`), the crew's inventory traffic (`%s picked up %s`, `%s picked up x%s %s`, `%s placed
  %s in the inventory of %s`, `%s placed x%s %s in the inventory of %s`), fabrication, chat,
  deaths (`%s has died (Cause of death: %s)`, a flooded round at 08:11), looted bodies (`%s
  grabbed %s's body and received %s mk.`), experience and talents at each round's end.
- Space Engineers 1.204 (`SpaceEngineersDedicated_20240607_060002.log`,
  `SpaceEngineersDedicated_20240607_094318.log`: a public 40-slot dedicated server,
  `2024-06-07 06:00:02.416 - Thread:   1 ->  Log Started`). The start (environment lines,
  `Networking service: %s`, `Server successfully started`, `Public IP: %s`, `Server connected
  to %s`, `Game ready... `), every connection (`Peer2Peer_SessionRequest %s`, `OnConnectedClient
  %s attempt`, `Server ValidateAuthTicketResponse (%s), %s ID:%s Owner ID:%s`, `World request
  received: %s`, `User left %s`), timeouts (`Peer2Peer_ConnectionFailed %s, %s`), a banned
  player (`User is banned by admins`), family sharing, a Steam
  outage 08:31-08:47 (`Server disconnected (%s)`, `SteamServersOffline` answers), autosaves every
  5 minutes (`Saving world - START`, `Saving world - END`), a crash at 09:41 (`Exception
  occurred: %s` with the frames) and the watchdog's restart into a second file.
- BeamMP-Server 3.4 (`beammp-freeroam.log`, `beammp-drift.log`: `docker logs` of two servers,
  the server's console, `[07/06/24 06:00:01.482] [INFO] Vehicle event network online`). Every
  join (`Identifying new ClientConnection...`, `Waiting for password` on the drift server,
  `Identification success`, `Client connected`, `Assigned ID %s to %s`, `%s requesting : %s`
  for each mod a client lacks, `%s : Connected`, `%s is now synced!`), chat (`[CHAT] (%s) <%s>
  %s`) and `%s Connection Terminated`; the freeroam server full 10:40-11:50 (`Client kicked:
  Server full!`), wrong passwords, outdated launchers (`Client tried to connect with version
  '%s', but only versions '%s.x.x' is allowed`, `Client kicked: Outdated Version!` and the name-
  less ` Connection Terminated`), the backend down 08:20-08:50 (the heartbeat warning every 30
  seconds, `Client sent invalid key. Error was: %s` with nlohmann's parse error, `Client kicked:
  Invalid key! Please restart your game.`), a renamed map on the drift server 09:31-09:54 (`File
  %s could not be accessed!`) and its restart.
- MCGalaxy 1.9 (`2024-06-07.txt`, `2024-06-07error.log`: the server's logs folder, `(06:00:00)
  Starting Server`, colours stripped; the error log's blocks between `----06/07/2024 09:14:22
  ----` and 25 dashes). A ClassiCube freebuild server: connections (`%s [%s] connected using
  %s.`, `%s [%s] connected.`, `%s is lately known as: %s`), commands (`%s used /%s %s`), chat
  (`<%s> %s`), leaves with the players' logout messages (`%s disconnected (%s).`), AFK kicks,
  failed logins (`%s (%s) disconnected. (%s)`), port scanners (`%s disconnected.`), `GC performed
  (tracking %s KB, freed %s KB)`, a drawing command throwing (`!!!Error! See %s for more
  information.` and the error log's block), the 11:55 restart (`Server shutting down (%s)`,
  `Server shutdown completed`, `Starting Server`).

Label notes. The heads are context: Vintage Story's date and `[Level]`, Barotrauma's bracketed
time line (the message is the next line's text), Space Engineers' time and `Thread: %3d ->  `,
BeamMP's time and `[LEVEL]`, MCGalaxy's `(HH:mm:ss) ` and the error log's `----%s ----` wrapper.
Words a call site passes as literals are wording: Vintage Story's kick messages (`Query
complete`, the whitelist refusal, `Threw an exception at the server`, `The Players client
crashed`, `Server shutting down - Shutdown via server command`), the `Dedicated Server` type
and the ` on Port {0} and all ips` binding text (its own format), `Server ticking has been
suspended`; BeamMP's kick reasons; MCGalaxy's restart message. Values: names, uids, Steam ids,
addresses, ports, ids, counts, run phases, enum names (`OK`, `SteamServersOffline`, a cause of
death), item, container, submarine and mod names, chat texts and players' logout messages. An
error's text contributes its format (.NET's null reference message, nlohmann's parse error,
`Failed to send 'P' to client`). Barotrauma's `x%s ` amount prefix is written only for more than
one item, so it makes a template of its own. BeamMP's ` Connection Terminated` for a client not
yet named is `%s Connection Terminated` with an empty name; Vintage Story's `Client %s
disconnected: ` is its kick line with no message. Lines after an event's first (Barotrauma's text
line, stack frames, the error log's block) have no row.

Checked against copies of the sources (decompiled for Vintage Story): Vintage Story 1.21's
ServerMain (`%s %s joins.`, `Client %s uid %s attempting identification. Name: %s`, `Client %s
disconnected: %s`, the audit lines, `Player %s left.`, `Player %s got removed. Reason: %s`,
`Server overloaded. A tick took %sms to complete.`, `Exception at client %s. Disconnecting
client.`, `Handling Console Command /%s %s`, `Player %s requested new view distance: %s`, the
launch and run-phase lines, the stop sequence), ServerSystemCalendar's pause/resume lines,
ServerSystemLoadAndSaveGame's save and load lines; a server manager's watch for `Ok, generating
backup, this might take a while` / `Backup complete!`; test scripts' `Mods, sorted by
dependency:` and `Found N mods (0 disabled)`; issues' logs for the layout and the mod system
lines. Barotrauma's ServerLog (the two-line message, 800 messages a file, the file name) and the
item, fabricator, experience, talent, body-looting and controller-code lines; the start-up
lines of an older GameServer. Space Engineers' MyDedicatedServerBase (start-up, session,
authentication, connect, ban, user-left, family-sharing, Steam connect and disconnect lines).
BeamMP-Server's TNetwork.cpp (every connection, kick, mod download, sync and termination line,
`Vehicle data network online on port %s with a Max of %s Clients`). MCGalaxy's FileLogger
(layout, error redirect, daily file names), Server.cs (`Starting Server`, shutdown, GC) and
Player.cs / Player.Login.cs (connect, disconnect, kick, lately-known-as).

Least sure (written from the helper's knowledge): Vintage Story's `Exception: %s` layout of
Logger.Error(e), the mod systems' order, `Admin` as the console's name, which types go to
which file (StoryEvent lines are left out); Barotrauma 1.4's join/leave texts, `Ending the
round...`, the death line, chat as `%s: %s`, `Game mode: Campaign`; Space Engineers' environment
lines, `Game ready... `, `World request received: %s`, the autosave lines, the
`Peer2Peer_ConnectionFailed` error names, `Exception occurred: %s` and the log file names;
BeamMP's time layout, `BeamMP Server v%s`, `ALL SYSTEMS STARTED SUCCESSFULLY, EVERYTHING IS
OKAY`, the heartbeat warning's wording and `[CHAT]`; MCGalaxy's `%s used /%s %s`, `<%s> %s`, the
AFK kick text, `Login failed! Close the game and sign in again.`, the restart message and the
error block's fields.
"""

from __future__ import annotations

import heapq
import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, alnum, generate
from generate_round53 import Clock
from generate_round55 import poisson
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at

SEC = 1_000_000
MS = 1_000


def wpick(r: random.Random, table: list[tuple[float, object]]) -> object:
    x = r.uniform(0, sum(w for w, _ in table))
    for w, v in table:
        x -= w
        if x <= 0:
            return v
    return table[-1][1]


def home_ip(r: random.Random) -> str:
    a = r.choice([84, 91, 93, 109, 178, 185, 188, 212, 217, 62, 77, 80, 86, 95])
    return f"{a}.{r.randrange(1, 255)}.{r.randrange(0, 255)}.{r.randrange(1, 255)}"


def sessions(
    r: random.Random,
    t0: datetime,
    t1: datetime,
    count: tuple[int, int],
    length: tuple[float, float],
    gap: tuple[float, float] = (600, 3600),
) -> list[tuple[datetime, datetime]]:
    """Non-overlapping play sessions of one player between t0 and t1 (lengths in seconds)."""
    out: list[tuple[datetime, datetime]] = []
    t = t0 + sec(r.uniform(0, (t1 - t0).total_seconds() * 0.5))
    for _ in range(r.randint(*count)):
        end = t + sec(r.uniform(*length))
        if t >= t1:
            break
        out.append((t, end))
        t = end + sec(r.uniform(*gap))
    return out


# ----------------------------------------------------------------------------- vintage-story

VS_PLAYERS = [
    "Tyrfing",
    "mossy_mara",
    "Brannoc",
    "Ilse-Kr",
    "Osvald",
    "Runa77",
    "Kestrel",
    "hollowoak",
    "Fenwick",
    "Saga_B",
    "Tamsin",
    "Eldrin_V",
    "quernstone",
    "Marek",
    "Wrenna",
]
VS_NEWCOMER = "Pim"
VS_ESS = [
    "Vintagestory.Essentials.PathfindingAsync",
    "ServerMods.JsonExport",
    "ServerMods.ModBasicBlocksLoader",
    "GameContent.LeafBlockDecay",
    "GameContent.POIRegistry",
    "GameContent.RoomRegistry",
    "GameContent.WeatherSystemCommands",
    "GameContent.WeatherSystemServer",
    "GameContent.WorldMapManager",
    "ServerMods.NoObf.ModRegistryObjectTypeLoader",
    "ServerMods.LoadColorMaps",
    "GameContent.ClothManager",
    "ServerMods.GridRecipeLoader",
]
VS_SURV = [
    "ServerMods.GenPatchesPrePass",
    "ServerMods.GenSnowLayer",
    "ServerMods.GenTerra",
    "GameContent.SaplingControl",
    "GameContent.SurvivalCoreSystem",
    "ServerMods.GenTerraPostProcess",
    "ServerMods.ChiselBlockBulkSetMaterial",
    "ServerMods.GenFromHeightmap",
    "ServerMods.GenRockStrataNew",
    "ServerMods.NpcControl",
    "ServerMods.GenCreatures",
    "ServerMods.GenMaps",
    "ServerMods.WgenCommands",
    "ServerMods.DebugSystem",
    "ServerMods.UpgradeTasks",
    "GameContent.CharacterSystem",
    "ServerMods.ModSystemDetailModeSync",
    "ServerMods.ModSystemTiledDungeonGenerator",
    "ServerMods.GenHotSprings",
    "GameContent.ClutterBookshelfUtil",
    "GameContent.ModSystemControlPoints",
    "GameContent.ModSystemEntityOwnership",
    "GameContent.ModSystemRifts",
    "GameContent.ModSystemRiftWeather",
    "GameContent.ModSleeping",
    "GameContent.ModSystemSupportBeamPlacer",
    "GameContent.TeleporterManager",
    "GameContent.ModTemperature",
    "GameContent.SystemTemporalStability",
    "GameContent.TemporalStabilityEffects",
    "GameContent.ModSystemWearableStats",
    "GameContent.ModSystemEditableBook",
    "GameContent.Mechanics.MechanicalPowerMod",
    "ServerMods.GenDungeons",
    "ServerMods.GenDeposits",
    "GameContent.GenStoryStructures",
    "GameContent.ModSystemCorpseReturnTeleporter",
    "GameContent.ModSystemNightVision",
    "GameContent.TobiasTeleporter",
    "GameContent.ModJournal",
    "GameContent.ModSystemStructureLocator",
    "GameContent.ModLootRandomizer",
    "GameContent.MyceliumSystem",
    "GameContent.ModSystemAuction",
    "GameContent.FruitingSystem",
    "GameContent.CustomSpawnConditions",
    "GameContent.ModSystemBlockReinforcement",
]
VS_MODS = [
    (
        "VSEssentials.dll",
        "game",
        [s if s.startswith("Vintagestory.") else "Vintagestory." + s for s in VS_ESS],
    ),
    ("carryon_1.9.0.zip", "carryon", ["CarryOn.CarrySystem", "CarryOn.Server.CarryOnServer"]),
    ("VSCreativeMod.dll", "creative", ["Vintagestory.ServerMods.WorldEdit.WorldEdit"]),
    ("VSSurvivalMod.dll", "survival", ["Vintagestory." + s for s in VS_SURV]),
]
VS_CHAT = [
    "anyone near the river?",
    "morning all",
    "found copper nuggets by the hills west of spawn",
    "brb",
    "need flax, trading for bread",
    "the storm is coming in 2 days",
    "who took the bellows from the smithy?",
    "lol",
    "drifters near the ruins again",
    "can someone help me with the windmill",
    "my boat is stuck on the reef",
    "thanks!",
    "ok heading back",
    "there's a trader camp at 2400 -900",
    "need tin for bronze",
    "does anyone have a spare pickaxe",
    "night night",
    "wolves at the farm",
    "gg",
    "on my way",
    "the bridge is done",
    "server lag?",
    "yes huge lag",
    "sorry that's me exploring",
    "temporal storm soon",
    "I'll bring the honey",
]
VS_FRAMES = [
    "   at CarryOn.Common.Behaviors.BlockBehaviorCarryable.OnBlockInteractStart(IWorldAccessor world, IPlayer byPlayer, BlockSelection blockSel, EnumHandling& handling) in CarryOn/Common/Behaviors/BlockBehaviorCarryable.cs:line 118",
    "   at Vintagestory.API.Common.Block.OnBlockInteractStart(IWorldAccessor world, IPlayer byPlayer, BlockSelection blockSel) in VintagestoryApi/Common/Collectible/Block/Block.cs:line 1521",
    "   at Vintagestory.Server.ServerSystemBlockSimulation.HandleBlockPlaceOrBreak(Packet_Client packet, ConnectedClient client) in VintagestoryLib/Server/Systems/World/BlockSimulation.cs:line 201",
    "   at Vintagestory.Server.ServerMain.HandleClientPacket_mainthread(ReceivedClientPacket cpk) in VintagestoryLib/Server/ServerMain.cs:line 1288",
    "   at Vintagestory.Server.ServerMain.ProcessMain() in VintagestoryLib/Server/ServerMain.cs:line 944",
]
VS_WL_NOTICE = "Please be aware that as of 1.20, servers default configurations have changed - servers no longer register themselves to the public servers list and are invite-only (whitelisted) out of the box. If you desire so, you can enable server advertising with '/serverconfig advertise on' and disable the whitelist mode with '/serverconfig whitelistmode off'"


def vs_ts(t: datetime) -> str:
    return f"{t.day}.{t.month}.{t.year} {t:%H:%M:%S}"


def vs_uid(r: random.Random) -> str:
    chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(r.choice(chars) for _ in range(24))


def vintage_story(r: random.Random) -> list[Log]:
    """One whitelisted community world, 06:00 to 11:50 (see the module docstring)."""
    fs = Files()
    main, audit, chat = "server-main.log", "server-audit.log", "server-chat.log"

    def L(
        f: str, t: datetime, lvl: str, label: str, msg: str, cont: tuple[str, ...] = ()
    ) -> datetime:
        return fs.add(f, t, label, lambda x: [f"{vs_ts(x)} [{lvl}] {msg}", *cont], f, SEC)

    def N(t: datetime, label: str, msg: str | None = None) -> datetime:
        return L(main, t, "Notification", label, label if msg is None else msg)

    def E(t: datetime, label: str, msg: str | None = None) -> datetime:
        return L(main, t, "Event", label, label if msg is None else msg)

    uids = {p: vs_uid(r) for p in [*VS_PLAYERS, VS_NEWCOMER]}
    ips = {p: home_ip(r) for p in uids}
    vd = {p: r.choice([256, 320, 384, 448, 512]) for p in uids}

    # start-up
    t = at(6, 0, 3)
    t = N(t, "Server logger started.")
    t = E(t, "Launching server...")
    t = E(t, "Server v1.21.5, network v1.21.9, api v1.21.0")
    t = N(t, "Entering runphase %s", "Entering runphase Initialization")
    t = E(t, "Loading configuration...")
    t = N(t, "Entering runphase %s", "Entering runphase Configuration")
    t = N(t + sec(0.4), "Loading savegame")
    t = N(
        t + sec(0.8),
        "Loaded existing save game data. Playstyle: %s, Playstyle Lang code: %s, WorldType: %s",
        "Loaded existing save game data. Playstyle: surviveandbuild, Playstyle Lang code: preset-surviveandbuild, WorldType: preset-surviveandbuild",
    )
    t = N(t, "Savegame %s loaded", "Savegame /data/vintagestory/Saves/hearthvale.vcdbs loaded")
    t = N(t, "World size = %s %s %s", "World size = 1024000 256 1024000")
    t = N(t + sec(0.5), "Found %d mods (%d disabled)", f"Found {len(VS_MODS)} mods (0 disabled)")
    t = N(
        t,
        "Mods, sorted by dependency: %s",
        "Mods, sorted by dependency: " + ", ".join(m[1] for m in VS_MODS),
    )
    for dll, modid, systems in VS_MODS:
        t = N(t, "    Mod '%s' (%s):", f"    Mod '{dll}' ({modid}):")
        for s in systems:
            t = N(t, "        %s", f"        {s}")
    t = N(t + sec(0.3), "Start discovering assets")
    t = N(t + sec(2.1), "Found %s base assets in total", "Found 24617 base assets in total")
    t = E(t, "Building assets...")
    t = N(t, "Entering runphase %s", "Entering runphase LoadAssets")
    t = N(t + sec(6.5), "Entering runphase %s", "Entering runphase AssetsFinalize")
    t = E(t + sec(1.2), "Server assets loaded, parsed, registered and finalized")
    t = E(t, "Initialising systems...")
    t = N(t, "Entering runphase %s", "Entering runphase LoadGamePre")
    t = N(t, "Server map set")
    t = N(t + sec(0.6), "Entering runphase %s", "Entering runphase GameReady")
    t = N(t, "Entering runphase %s", "Entering runphase WorldReady")
    t = E(t, "Starting world generators...")
    t = E(t + sec(3.4), "Begin game ticking...")
    t = N(t, "Entering runphase %s", "Entering runphase RunGame")
    t = N(t, "Starting server threads")
    t = E(
        t,
        "Dedicated Server now running on Port %s and all ips!",
        "Dedicated Server now running on Port 42420 and all ips!",
    )
    t = N(t, VS_WL_NOTICE)

    stop_at = at(11, 50, 4)
    events: list[tuple[datetime, int, str, object]] = []
    seq = iter(range(10**6))

    def ev(when: datetime, kind: str, data: object = None) -> None:
        heapq.heappush(events, (when, next(seq), kind, data))

    osvald_exc = [at(9, 47, 12), at(9, 53, 40), at(10, 2, 5)]
    crashes = {("Runa77", 1), ("hollowoak", 0)}
    for p in VS_PLAYERS:
        for i, (a, b) in enumerate(
            sessions(r, at(6, 6), at(11, 40), (2, 4), (1200, 5400), (420, 2400))
        ):
            if p == "Osvald" and b > at(9, 25):
                continue
            leave = "crash" if (p, i) in crashes else "leave"
            ev(a, "join", (p, b, leave))
    # Osvald's sessions end with the exception; he rejoins after each
    ev(at(9, 31, 22), "join", ("Osvald", osvald_exc[0], "exc"))
    ev(at(9, 49, 51), "join", ("Osvald", osvald_exc[1], "exc"))
    ev(at(9, 58, 30), "join", ("Osvald", osvald_exc[2], "exc"))
    ev(at(10, 9, 44), "join", ("Osvald", at(11, 31, 2), "leave"))
    ev(at(8, 55, 10), "wl", None)
    ev(at(8, 56, 2), "wl", None)
    ev(at(8, 58, 40), "wlcmd", None)
    ev(at(9, 1, 17), "join", (VS_NEWCOMER, at(11, 58), "leave"))
    for q in poisson(r, at(6, 1), stop_at, 58):
        ev(q, "query", None)
    for h, m in [(7, 0), (10, 0)]:
        ev(at(h, m, 0.5), "backup", None)
    s = at(6, 15, 1)
    while s < stop_at:
        ev(s, "save", None)
        s += sec(900)
    for o in poisson(r, at(8, 10, 20), at(8, 40, 40), 22):
        ev(o, "overload", None)
    ev(stop_at, "stop", None)

    online: dict[str, tuple[int, str]] = {}
    running = True  # the calendar runs from the start until the server notices nobody plays
    next_id = 1
    dirty = 0

    def chats(p: str, a: datetime, b: datetime) -> None:
        for c in poisson(r, a + sec(30), b, r.uniform(160, 420)):
            gid = 0 if r.random() < 0.85 else 4
            L(chat, c, "Chat", "%d | %s: %s", f"{gid} | {p}: {r.choice(VS_CHAT)}")

    def gone(t: datetime, p: str) -> None:
        nonlocal running
        online.pop(p, None)
        if not online and running:
            N(t + sec(r.uniform(0.3, 1.5)), "All clients disconnected, pausing game calendar.")
            running = False

    while events:
        when, _, kind, data = heapq.heappop(events)
        if kind == "query":
            N(
                when,
                "Client %s disconnected: Query complete",
                f"Client {next_id} disconnected: Query complete",
            )
            next_id += 1
        elif kind == "join":
            p, until, how = data  # type: ignore[misc]
            if when >= stop_at or p in online:
                continue
            cid = next_id
            next_id += 1
            t = N(
                when,
                "Client %s uid %s attempting identification. Name: %s",
                f"Client {cid} uid {uids[p]} attempting identification. Name: {p}",
            )
            port = r.randrange(49152, 65535)
            t = E(t + sec(r.uniform(8, 28)), "%s %s joins.", f"{p} {ips[p]}:{port} joins.")
            online[p] = (cid, how)
            if not running:
                N(t + sec(r.uniform(1.0, 3.5)), "A client reconnected, resuming game calendar.")
                running = True
            if r.random() < 0.6:
                N(
                    t + sec(r.uniform(2, 9)),
                    "Player %s requested new view distance: %s",
                    f"Player {p} requested new view distance: {vd[p]}",
                )
            end = min(until, stop_at)
            chats(p, t, end)
            if until < stop_at:
                ev(until, how, p)
        elif kind in ("leave", "crash", "exc") and data in online:
            p = data  # type: ignore[assignment]
            cid = online[p][0]
            if kind == "leave":
                t = N(when, "Client %s disconnected: ", f"Client {cid} disconnected: ")
                L(audit, t, "Audit", "Client %s disconnected.", f"Client {p} disconnected.")
                t = E(t, "Player %s left.", f"Player {p} left.")
            elif kind == "crash":
                t = N(when, "Client %s disconnected: ", f"Client {cid} disconnected: ")
                L(
                    audit,
                    t,
                    "Audit",
                    "Client %s got removed: 'The Players client crashed' ()",
                    f"Client {p} got removed: 'The Players client crashed' ()",
                )
                t = E(
                    t,
                    "Player %s got removed. Reason: The Players client crashed",
                    f"Player {p} got removed. Reason: The Players client crashed",
                )
            else:
                t = L(
                    main,
                    when,
                    "Warning",
                    "Exception at client %s. Disconnecting client.",
                    f"Exception at client {cid}. Disconnecting client.",
                )
                msg = "An action you (or your client) did caused an unhandled exception"
                t = N(t, f"Client %s disconnected: {msg}", f"Client {cid} disconnected: {msg}")
                L(
                    audit,
                    t,
                    "Audit",
                    f"Client %s got removed: 'Threw an exception at the server' ({msg})",
                    f"Client {p} got removed: 'Threw an exception at the server' ({msg})",
                )
                t = E(
                    t,
                    "Player %s got removed. Reason: Threw an exception at the server",
                    f"Player {p} got removed. Reason: Threw an exception at the server",
                )
                exc = "Exception: Object reference not set to an instance of an object."
                L(main, t, "Error", exc, exc, tuple(VS_FRAMES))
            gone(t, p)
        elif kind == "wl":
            msg = (
                "This server only allows whitelisted players to join. You are not on the whitelist."
            )
            N(when, f"Client %s disconnected: {msg}", f"Client {next_id} disconnected: {msg}")
            next_id += 1
        elif kind == "wlcmd":
            N(
                when,
                "Handling Console Command /%s %s",
                f"Handling Console Command /player {VS_NEWCOMER} whitelist on",
            )
        elif kind == "backup":
            name = f"hearthvale-{when:%Y%m%d-%H%M}.vcdbs"
            t = N(
                when,
                "Handling Console Command /%s %s",
                f"Handling Console Command /genbackup {name}",
            )
            t = N(t, "Ok, generating backup, this might take a while")
            N(t + sec(r.uniform(35, 80)), "Backup complete!")
        elif kind == "overload":
            L(
                main,
                when,
                "Warning",
                "Server overloaded. A tick took %sms to complete.",
                f"Server overloaded. A tick took {r.randrange(502, 1890)}ms to complete.",
            )
            dirty += r.randrange(20, 60)
        elif kind == "save":
            t = E(when, "Mods and systems notified, now saving everything...")
            t = E(t, "Will do offthread savegamedata saving...")
            t = E(t, "Saved player world data...")
            regions = r.randrange(1, 4) if online else 0
            t = E(t + sec(0.4), "Saved map regions...")
            t = E(t, "Saved map chunks...")
            t = E(
                t,
                "World saved! Saved %s chunks, %s mapchunks, %s mapregions.",
                f"World saved! Saved 0 chunks, 0 mapchunks, {regions} mapregions.",
            )
            chunks = (r.randrange(40, 420) if online else r.randrange(0, 6)) + dirty
            dirty = 0
            t = E(
                t + sec(r.uniform(0.5, 3.0)),
                "Offthread save of %s chunks done.",
                f"Offthread save of {chunks} chunks done.",
            )
            t = N(
                t,
                "Offthread save of %s generating chunks done.",
                f"Offthread save of {r.randrange(0, 30) if online else 0} generating chunks done.",
            )
            t = E(
                t,
                "Offthread save of %s map chunks done.",
                f"Offthread save of {chunks // 9} map chunks done.",
            )
            E(t, "Offthread save of savegame done.")
        elif kind == "stop":
            t = N(when, "Handling Console Command /%s %s", "Handling Console Command /stop ")
            t = E(t, "%s shuts down server.", "Admin shuts down server.")
            reason = "Server shutting down - Shutdown via server command"
            for p, (cid, _) in sorted(online.items(), key=lambda x: x[1][0]):
                t = N(
                    t, f"Client %s disconnected: {reason}", f"Client {cid} disconnected: {reason}"
                )
                L(
                    audit,
                    t,
                    "Audit",
                    f"Client %s got removed: '{reason}' ({reason})",
                    f"Client {p} got removed: '{reason}' ({reason})",
                )
                t = E(
                    t,
                    f"Player %s got removed. Reason: {reason}",
                    f"Player {p} got removed. Reason: {reason}",
                )
            online.clear()
            t = N(
                t,
                "Server stop requested, begin shutdown sequence. Stop reason: Shutdown via server command",
            )
            t = N(t, "Server ticking has been suspended")
            t = N(t, "Entering runphase %s", "Entering runphase Shutdown")
            t = E(t, "Mods and systems notified, now saving everything...")
            t = E(t, "Saved player world data...")
            t = E(t, "Saved map regions...")
            t = E(t + sec(0.8), "Saved map chunks...")
            t = E(t + sec(1.9), "Saved loaded chunks...")
            t = E(t, "Saved generating chunks...")
            t = E(t, "Saved savegamedata...%s", "Saved savegamedata...3")
            t = E(
                t,
                "World saved! Saved %s chunks, %s mapchunks, %s mapregions.",
                f"World saved! Saved {r.randrange(200, 900)} chunks, {r.randrange(30, 120)} mapchunks, {r.randrange(2, 9)} mapregions.",
            )
            t = E(t, "Shutting down %s server threads... ", "Shutting down 9 server threads... ")
            t = E(t, "Killed console thread")
            t = E(t + sec(0.5), "All threads gracefully shut down")
            t = E(t, "Doing last tick...")
            E(t, "Stopped the server!")
            break
    return fs.logs(T0)


# -------------------------------------------------------------------------------- barotrauma

BT_SERVER = "DeepEuropa"
BT_PLAYERS = [
    ("ada_l", "Ada Lindqvist"),
    ("Borkmeister", "Hannes Ek"),
    ("kiwi", "Kiri Tane"),
    ("Maelstrom", "Jonas Weiss"),
    ("nyx", "Nyx Varga"),
    ("Pelle", "Pelle Dahl"),
    ("rustbucket", "Oskar Brandt"),
    ("SeaWitch", "Marit Olsen"),
    ("Tomasz", "Tomasz Nowak"),
    ("xenon", "Lea Fischer"),
    ("Grumble", "Ivo Petrov"),
]
BT_ITEMS = [
    "Welding Tool",
    "Plasma Cutter",
    "Diving Mask",
    "Oxygen Tank",
    "Fuel Rod",
    "Screwdriver",
    "Wrench",
    "Crowbar",
    "Diving Suit",
    "Flashlight",
    "Fire Extinguisher",
    "Handheld Sonar",
    "Battery Cell",
    "Harpoon Gun",
    "Revolver",
    "Stun Baton",
    "Headset",
    "Toolbelt",
    "Welding Fuel Tank",
    "Health Scanner HUD",
    "Underwater Scooter",
    "Wire",
]
BT_STACK = [
    "Bandage",
    "Morphine",
    "Revolver Round",
    "Steel Bar",
    "Copper",
    "Flare",
    "Spear",
    "Antibiotic Glue",
    "Plastic",
    "Fiber",
]
BT_CONTAINERS = [
    "Cabinet",
    "Supply Cabinet",
    "Medical Cabinet",
    "Steel Cabinet",
    "Weapon Holder",
    "Oxygen Tank Shelf",
    "Toxic Cabinet",
    "Diving Suit Locker",
    "Secure Steel Cabinet",
    "Deconstructor",
    "Fabricator",
    "Crate",
]
BT_FAB = [
    "Oxygen Tank",
    "Welding Fuel Tank",
    "Bandage",
    "Revolver Round",
    "Fuel Rod",
    "Wire",
    "Battery Cell",
    "Harpoon",
    "Antibiotic Glue",
    "Morphine",
]
BT_CHAT = [
    "breach in ballast",
    "reactor is at 60",
    "who has the welder",
    "need a medic in engineering",
    "crawlers on sonar",
    "going outside",
    "moloch incoming!!",
    "docking now",
    "ok",
    "fixing the junction box",
    "o2 is low",
    "someone grab the fuel rods",
    "nice",
    "thx",
    "brb coffee",
    "pump is broken",
    "captain pls slow down",
    "lol",
]
BT_TALENTS = [
    "Unstoppable Curiosity",
    "Oiled Machinery",
    "Rifleman",
    "Blood Bank",
    "Pyromaniac",
    "Electrochemist",
    "Miner",
    "Tinkerer",
    "Safety First",
    "Field Medic",
    "Gravity Ride",
]


def barotrauma(r: random.Random) -> list[Log]:
    """A campaign on one server, 06:00 to 11:58 (see the module docstring)."""
    clock = Clock(SEC)
    recs: list[tuple[datetime, int, str, str]] = []

    def B(t: datetime, label: str, text: str | None = None) -> datetime:
        t = clock.at("server", t)
        recs.append((t, len(recs), label, label if text is None else text))
        return t

    t = B(at(6, 0, 4), "Starting the server...")
    t = B(
        t,
        "Using Lidgren networking. Manual port forwarding may be required. If players cannot connect to the server, you may want to use the in-game hosting menu (which uses SteamP2P networking and does not require port forwarding).",
    )
    B(t + sec(1.2), "Server started")

    # who is online when: one or two sessions each
    online: dict[str, list[tuple[datetime, datetime]]] = {}
    for client, _ in BT_PLAYERS:
        online[client] = sessions(r, at(6, 3), at(11, 30), (1, 2), (3600, 12000), (900, 2400))
    for client, spans in online.items():
        for a, b in spans:
            B(a, "%s has joined the server.", f"{client} has joined the server.")
            if b < at(11, 58):
                B(b, "%s has left the server.", f"{client} has left the server.")
    char = dict(BT_PLAYERS)
    xp = {c: r.randrange(1200, 9000) for c, _ in BT_PLAYERS}

    def here(client: str, t: datetime) -> datetime | None:
        for a, b in online[client]:
            if a <= t < b:
                return b
        return None

    t = at(6, 11, 30)
    rnd = 0
    while t < at(11, 25):
        rnd += 1
        sub = "Typhon" if rnd <= 7 else "Orca 2"
        t = B(t, "Starting a new round...")
        t = B(t, "Submarine: %s", f"Submarine: {sub}")
        t = B(t, "Game mode: %s", "Game mode: Campaign")
        t = B(t, "Level seed: %s", f"Level seed: {alnum(r, 8)}")
        end = t + sec(r.uniform(24, 38) * 60)
        flood = rnd == 4
        crew = [c for c, _ in BT_PLAYERS if here(c, t)]
        dead: dict[str, datetime] = {}
        for c in crew:
            if (flood and r.random() < 0.7) or r.random() < 0.07:
                when = (
                    t + sec(r.uniform(0.55, 0.95) * (end - t).total_seconds())
                    if flood
                    else t + sec(r.uniform(0.2, 0.95) * (end - t).total_seconds())
                )
                dead[c] = when
        for c in crew:
            stop = min(x for x in [end, here(c, t) or end, dead.get(c, end)])
            for a in poisson(r, t + sec(20), stop, r.uniform(30, 50)):
                name = char[c]
                k = wpick(
                    r,
                    [
                        (40, "pick"),
                        (8, "pickn"),
                        (26, "place"),
                        (5, "placen"),
                        (7, "fab"),
                        (12, "chat"),
                        (0.4, "code"),
                    ],
                )
                if k == "pick":
                    B(a, "%s picked up %s", f"{name} picked up {r.choice(BT_ITEMS)}")
                elif k == "pickn":
                    B(
                        a,
                        "%s picked up x%s %s",
                        f"{name} picked up x{r.randrange(2, 13)} {r.choice(BT_STACK)}",
                    )
                elif k == "place":
                    B(
                        a,
                        "%s placed %s in the inventory of %s",
                        f"{name} placed {r.choice(BT_ITEMS)} in the inventory of {r.choice(BT_CONTAINERS)}",
                    )
                elif k == "placen":
                    B(
                        a,
                        "%s placed x%s %s in the inventory of %s",
                        f"{name} placed x{r.randrange(2, 9)} {r.choice(BT_STACK)} in the inventory of {r.choice(BT_CONTAINERS)}",
                    )
                elif k == "fab":
                    B(
                        a,
                        "%s started fabricating %s in %s",
                        f"{name} started fabricating {r.choice(BT_FAB)} in {r.choice(['Fabricator', 'Medical Fabricator'])}",
                    )
                elif k == "chat":
                    B(a, "%s: %s", f"{c}: {r.choice(BT_CHAT)}")
                else:
                    B(
                        a,
                        "%s updated controller code for %s",
                        f"{name} updated controller code for Programmable Controller",
                    )
        for c, when in sorted(dead.items(), key=lambda x: x[1]):
            cause = (
                r.choice(["Drowning", "Suffocation", "Drowning", "Pressure"])
                if flood
                else r.choice(["Affliction", "Suffocation", "Pressure"])
            )
            w = B(
                when,
                "%s has died (Cause of death: %s)",
                f"{char[c]} has died (Cause of death: {cause})",
            )
            looters = [x for x in crew if x != c and x not in dead]
            if looters and r.random() < 0.45:
                B(
                    w + sec(r.uniform(20, 140)),
                    "%s grabbed %s's body and received %s mk.",
                    f"{char[r.choice(looters)]} grabbed {char[c]}'s body and received {r.randrange(40, 900)} mk.",
                )
        t = B(end, "Ending the round...")
        for c in crew:
            if c in dead or not here(c, end):
                continue
            gain = r.randrange(60, 260)
            t = B(
                t,
                "%s has gained %s experience (%s -> %s)",
                f"{char[c]} has gained {gain} experience ({xp[c]} -> {xp[c] + gain})",
            )
            xp[c] += gain
            if r.random() < 0.14:
                t = B(
                    t,
                    "%s has gained the talent '%s'",
                    f"{char[c]} has gained the talent '{r.choice(BT_TALENTS)}'",
                )
        t += sec(r.uniform(150, 330))

    recs.sort(key=lambda x: (x[0], x[1]))
    logs: list[Log] = []
    chunks = [recs[i : i + 800] for i in range(0, len(recs), 800)]
    for n, chunk in enumerate(chunks):
        saved = chunk[-1][0] if n < len(chunks) - 1 else at(11, 58, 12)
        log = Log(f"{BT_SERVER}_{saved:%Y-%m-%d_%H%M}.txt", T0)
        for ts, _, label, text in chunk:
            log.add(f"[{ts:%m/%d/%Y %H:%M:%S}]", label)
            log.add(f"  {text}", None)
        logs.append(log)
    return sorted(logs, key=lambda x: x.name)


# --------------------------------------------------------------------------- space-engineers

SE_NAMES = [
    "Kestrel",
    "Captain Vex",
    "miner_bob",
    "Grimdar",
    "Nova-7",
    "Hal",
    "Stormcrow",
    "Jenna",
    "lumpy",
    "Dex Rattigan",
    "Ozzie",
    "Wrenchmonkey",
    "Tarvos",
    "Lilith",
    "Ike",
    "ZeroG",
    "Brick",
    "Sparrow",
    "Magnus_NL",
    "kaito",
    "Rook",
    "Vasquez",
    "Pilot Pete",
    "Quill",
    "Orbital",
    "T-800",
    "Sunny",
    "Drax",
    "Cobalt Kid",
    "Nebulous",
    "Fitz",
    "Hana",
    "Skipjack",
    "Morrow",
    "Ghosty",
    "Bjorn",
    "Lex",
    "Cass",
    "Tycho",
    "Juno",
    "Pax",
    "Rivet",
    "Solace",
    "Wade",
    "Ace",
]
SE_FRAMES = [
    "   at Sandbox.Game.Entities.Blocks.MyProjectorBase.UpdateProjection()",
    "   at Sandbox.Game.Entities.Blocks.MyProjectorBase.UpdateAfterSimulation()",
    "   at Sandbox.Game.World.MySession.UpdateComponents()",
    "   at Sandbox.Game.World.MySession.Update(MyTimeSpan updateTime)",
    "   at Sandbox.MySandboxGame.Update()",
    "   at Sandbox.Engine.Platform.Game.UpdateInternal()",
    "   at Sandbox.Engine.Platform.FixedLoop.<>c__DisplayClass11_0.<Run>b__0()",
    "   at Sandbox.Engine.Platform.GenericLoop.Run(VoidAction tickCallback)",
    "   at VRage.Dedicated.DedicatedServer.RunInternal()",
]


def space_engineers(r: random.Random) -> list[Log]:
    """A public 40-slot server, 06:00 to 12:00 with a crash at 09:41 (see the module docstring)."""
    fs = Files()
    files = [
        "SpaceEngineersDedicated_20240607_060002.log",
        "SpaceEngineersDedicated_20240607_094318.log",
    ]
    crash_at = at(9, 41, 7)
    restart_at = at(9, 43, 18)

    def fname(t: datetime) -> str:
        return files[0] if t < restart_at else files[1]

    def S(
        t: datetime, label: str, msg: str | None = None, thread: int = 1, cont: tuple[str, ...] = ()
    ) -> datetime:
        f = fname(t)
        text = label if msg is None else msg
        return fs.add(
            f,
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%d %H:%M:%S}.{x.microsecond // 1000:03d} - Thread: {thread:>3} ->  {text}",
                *cont,
            ],
            f,
            MS,
        )

    def startup(t: datetime) -> datetime:
        t = S(t, "Log Started")
        t = S(t, "Timezone (local - UTC): %sh", "Timezone (local - UTC): 0h")
        t = S(t, "App Version: %s", "App Version: 01_204_018")
        t = S(t, "Is official: %s", "Is official: True")
        t = S(t, "Environment.ProcessorCount: %s", "Environment.ProcessorCount: 8")
        t = S(
            t, "Environment.OSVersion: %s", "Environment.OSVersion: Microsoft Windows NT 6.2.9200.0"
        )
        t = S(
            t,
            "Environment.CommandLine: %s",
            'Environment.CommandLine: "Z:\\srv\\se\\DedicatedServer64\\SpaceEngineersDedicated.exe" -noconsole -ignorelastsession -path Z:\\srv\\se\\instance',
        )
        t = S(t, "Environment.Is64BitProcess: %s", "Environment.Is64BitProcess: True")
        t = S(t, "Environment.Version: %s", "Environment.Version: 4.0.30319.42000")
        t = S(t + sec(0.9), "Networking service: %s", "Networking service: Steam")
        t = S(t, "Server successfully started")
        t = S(t, "Product name: %s", "Product name: Space Engineers")
        t = S(t, "Desc: %s", "Desc: Space Engineers")
        t = S(t, "Public IP: %s", "Public IP: 203.0.113.45")
        t = S(t, "User ID: %s", "User ID: 90200938176544257")
        t = S(t + sec(0.4), "Server connected to %s", "Server connected to Steam")
        t = S(t + sec(0.2), "Server PolicyResponse (%s)", "Server PolicyResponse (1)")
        return S(t + sec(r.uniform(25, 40)), "Game ready... ")

    steam = {n: f"7656119{r.randrange(8000000000, 9999999999)}" for n in SE_NAMES}
    steam["Drax"] = "76561198000000099"
    up1 = startup(
        at(
            6,
            0,
            2,
        )
    )
    up2 = startup(restart_at)
    steam_down = (at(8, 31, 5), at(8, 47, 40))

    S(steam_down[0], "Server disconnected (%s)", "Server disconnected (NoConnection)")
    S(steam_down[1], "Server connected to %s", "Server connected to Steam")
    S(steam_down[1] + sec(0.3), "Server PolicyResponse (%s)", "Server PolicyResponse (1)")

    for s in [
        *[x for x in [up1 + sec(300 * i) for i in range(1, 80)] if x < crash_at],
        *[x for x in [up2 + sec(300 * i) for i in range(1, 40)] if x < T_END],
    ]:
        t = S(s, "Saving world - START", thread=1)
        S(t + sec(r.uniform(0.8, 3.5)), "Saving world - END", thread=1)

    def alive(t: datetime) -> bool:
        return up1 < t < crash_at or up2 < t < T_END

    members: dict[str, datetime] = {}
    arrivals = poisson(r, up1 + sec(30), T_END, 36)
    for a in arrivals:
        if not alive(a):
            continue
        n = r.choice(SE_NAMES)
        if n in members and members[n] > a:
            continue
        sid = steam[n]
        t = S(a, "Peer2Peer_SessionRequest %s", f"Peer2Peer_SessionRequest {sid}")
        t = S(
            t + sec(r.uniform(0.3, 2.5)),
            "OnConnectedClient %s attempt",
            f"OnConnectedClient {n} attempt",
        )
        if n == "Drax":
            S(t, "User is banned by admins")
            continue
        if steam_down[0] <= t < steam_down[1]:
            S(
                t + sec(r.uniform(0.1, 0.6)),
                "Server ValidateAuthTicketResponse (%s), %s ID:%s Owner ID:%s",
                f"Server ValidateAuthTicketResponse (SteamServersOffline), Steam ID:{sid} Owner ID:{sid}",
            )
            continue
        owner = sid
        fam = r.random() < 0.02
        if fam:
            owner = f"7656119{r.randrange(8000000000, 9999999999)}"
        t = S(
            t + sec(r.uniform(0.1, 0.6)),
            "Server ValidateAuthTicketResponse (%s), %s ID:%s Owner ID:%s",
            f"Server ValidateAuthTicketResponse (OK), Steam ID:{sid} Owner ID:{owner}",
        )
        if fam:
            S(
                t,
                "User: %s using family sharing of %s.",
                f"User: {sid} using family sharing of {owner}.",
            )
            continue
        if sum(1 for v in members.values() if v > t) >= 40:
            continue
        t = S(
            t + sec(r.uniform(2, 9)), "World request received: %s", f"World request received: {n}"
        )
        stay = sec(r.uniform(240, 3600) if r.random() < 0.8 else r.uniform(3600, 9000))
        end = t + stay
        life_end = crash_at if t < crash_at else T_END
        if end >= life_end:
            members[n] = life_end
            continue
        members[n] = end
        if r.random() < 0.12:
            S(
                end,
                "Peer2Peer_ConnectionFailed %s, %s",
                f"Peer2Peer_ConnectionFailed {sid}, {r.choice(['Timeout', 'Timeout', 'ConnectFailed'])}",
            )
            end += sec(r.uniform(0.01, 0.2))
        S(end, "User left %s", f"User left {n}")

    exc = "System.NullReferenceException: Object reference not set to an instance of an object."
    S(
        crash_at,
        "Exception occurred: %s: Object reference not set to an instance of an object.",
        f"Exception occurred: {exc}",
        cont=tuple(SE_FRAMES),
    )
    return fs.logs(T0)


# ----------------------------------------------------------------------------- beammp-server

BM_NAMES = [
    "TurboTobi",
    "Drifta_Dan",
    "kai.r",
    "mxp",
    "SlideQueen",
    "Ludo",
    "KarlKurve",
    "nitro_nina",
    "Buzzer",
    "Rallye_Rolf",
    "joanna_w",
    "Smokey",
    "Vroom",
    "Pablo_GT",
    "Fynn",
    "Kimi_R",
    "burnout99",
    "Haru",
    "MilaMoto",
    "Stig_NL",
    "gravelgirl",
    "Bjarne",
]
BM_CHAT = [
    "hi",
    "gg",
    "anyone up for a race to the port?",
    "lag",
    "sry",
    "nice drift",
    "wait for me",
    "lol",
    "brb",
    "meet at the gas station",
    "my car is stuck",
    "who crashed into me",
    "ok go",
    "lets go",
    "ty",
    "drift train at 3?",
    "good run",
    "again?",
]
BM_OLD = ["1.91.2", "1.92.1", "1.80.3"]
BM_JSON = "[json.exception.parse_error.101] parse error at line 1, column 1: syntax error while parsing value - unexpected end of input; expected '[', '{', or a literal"
BM_HEARTBEAT = "Backend failed to respond to a heartbeat. Your server may temporarily disappear from the server list. This is not an error, and will likely resolve itself soon. Direct connect will still work."


def beammp(r: random.Random) -> list[Log]:
    """Two BeamMP servers, freeroam and drift, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    servers = {
        "freeroam": {
            "file": "beammp-freeroam.log",
            "port": 30814,
            "max": 10,
            "mods": ["/simple_traffic.zip", "/beammp_autopark.zip"],
            "password": False,
            "mean": 150,
        },
        "drift": {
            "file": "beammp-drift.log",
            "port": 30815,
            "max": 8,
            "mods": ["/ks_nord_drift.zip", "/drift_tires.zip"],
            "password": True,
            "mean": 380,
        },
    }
    backend_down = (at(8, 20, 10), at(8, 50, 30))
    drift_broken = (at(9, 31, 0), at(9, 54, 40))
    drift_restart = at(9, 55, 20)
    full = (at(10, 40), at(11, 50))

    def M(srv: str, t: datetime, lvl: str, label: str, msg: str | None = None) -> datetime:
        f = servers[srv]["file"]
        text = label if msg is None else msg
        return fs.add(
            f,
            t,
            label,
            lambda x: [f"[{x:%d/%m/%y %H:%M:%S}.{x.microsecond // 1000:03d}] [{lvl}] {text}"],
            f,
            MS,
        )  # type: ignore[arg-type]

    def Info(srv: str, t: datetime, label: str, msg: str | None = None) -> datetime:
        return M(srv, t, "INFO", label, msg)

    def startup(srv: str, t: datetime) -> datetime:
        cfg = servers[srv]
        t = Info(srv, t, "BeamMP Server v%s", "BeamMP Server v3.4.1")
        t = Info(
            srv,
            t + sec(0.4),
            "Vehicle data network online on port %s with a Max of %s Clients",
            f"Vehicle data network online on port {cfg['port']} with a Max of {cfg['max']} Clients",
        )
        t = Info(srv, t, "Vehicle event network online")
        return Info(srv, t + sec(0.8), "ALL SYSTEMS STARTED SUCCESSFULLY, EVERYTHING IS OKAY")

    startup("freeroam", at(6, 0, 1))
    startup("drift", at(6, 0, 2))
    startup("drift", drift_restart)
    for srv in servers:
        for hb in [
            backend_down[0] + sec(30 * i + r.uniform(0, 2))
            for i in range(int((backend_down[1] - backend_down[0]).total_seconds() // 30))
        ]:
            M(srv, hb, "WARN", BM_HEARTBEAT)

    cached: dict[tuple[str, str], bool] = {}
    for srv, cfg in servers.items():
        online: dict[str, tuple[datetime, int]] = {}
        for a in poisson(r, at(6, 2), at(11, 58), cfg["mean"]):  # type: ignore[arg-type]
            if srv == "drift" and drift_broken[1] <= a < drift_restart + sec(10):
                continue
            for k in [k for k, v in online.items() if v[0] <= a]:
                online.pop(k)
            n = r.choice(BM_NAMES) if r.random() < 0.93 else f"guest{r.randrange(1000000, 9999999)}"
            if n in online:
                continue
            t = Info(srv, a, "Identifying new ClientConnection...")
            if r.random() < 0.035:
                t = M(
                    srv,
                    t + sec(r.uniform(0.05, 0.3)),
                    "ERROR",
                    "Client tried to connect with version '%s', but only versions '%s.x.x' is allowed",
                    f"Client tried to connect with version '{r.choice(BM_OLD)}', but only versions '2.x.x' is allowed",
                )
                t = Info(srv, t, "Client kicked: Outdated Version!")
                Info(srv, t, "%s Connection Terminated", " Connection Terminated")
                continue
            if backend_down[0] <= t < backend_down[1]:
                t = M(
                    srv,
                    t + sec(r.uniform(2, 8)),
                    "ERROR",
                    "Client sent invalid key. Error was: "
                    + BM_JSON.replace("line 1, column 1", "line %s, column %s"),
                    f"Client sent invalid key. Error was: {BM_JSON}",
                )
                t = Info(srv, t, "Client kicked: Invalid key! Please restart your game.")
                Info(srv, t, "%s Connection Terminated", " Connection Terminated")
                continue
            if cfg["password"]:
                t = Info(srv, t + sec(r.uniform(0.3, 0.9)), "Waiting for password")
                if r.random() < 0.08:
                    t = Info(srv, t + sec(r.uniform(3, 12)), "Client kicked: Wrong password!")
                    Info(srv, t, "%s Connection Terminated", f"{n} Connection Terminated")
                    continue
            if len(online) >= cfg["max"]:  # type: ignore[operator]
                t = Info(srv, t + sec(r.uniform(0.3, 0.9)), "Client kicked: Server full!")
                Info(srv, t, "%s Connection Terminated", f"{n} Connection Terminated")
                continue
            t = Info(srv, t + sec(r.uniform(0.3, 1.2)), "Identification success")
            t = Info(srv, t, "Client connected")
            used = {v[1] for v in online.values()}
            cid = min(i for i in range(64) if i not in used)
            t = Info(srv, t, "Assigned ID %s to %s", f"Assigned ID {cid} to {n}")
            if r.random() < 0.012:
                t = Info(
                    srv,
                    t + sec(r.uniform(0.1, 0.5)),
                    "Client %s disconnected: Failed to send 'P' to client",
                    f"Client {cid} disconnected: Failed to send 'P' to client",
                )
                Info(srv, t, "%s Connection Terminated", f"{n} Connection Terminated")
                continue
            broken = srv == "drift" and drift_broken[0] <= t < drift_broken[1]
            for mod in cfg["mods"]:  # type: ignore[attr-defined]
                if cached.get((n, mod)) and not (broken and mod == "/ks_nord_drift.zip"):
                    continue
                t = Info(
                    srv,
                    t + sec(r.uniform(0.2, 1.5)),
                    "%s requesting : %s",
                    f"{n} requesting : {mod}",
                )
                if broken and mod == "/ks_nord_drift.zip":
                    t = M(
                        srv,
                        t,
                        "WARN",
                        "File %s could not be accessed!",
                        f"File Resources/Client{mod} could not be accessed!",
                    )
                    break
                cached[(n, mod)] = True
                t += sec(r.uniform(3, 25))
            if broken:
                Info(
                    srv,
                    t + sec(r.uniform(5, 30)),
                    "%s Connection Terminated",
                    f"{n} Connection Terminated",
                )
                continue
            t = Info(srv, t + sec(r.uniform(0.5, 2.0)), "%s : Connected", f"{n} : Connected")
            t = Info(srv, t + sec(r.uniform(4, 35)), "%s is now synced!", f"{n} is now synced!")
            long = srv == "freeroam" and full[0] <= a < full[1]
            end = t + sec(r.uniform(900, 5400) if long else r.uniform(300, 4200))
            if srv == "drift" and t < drift_restart <= end:
                end = drift_restart - sec(r.uniform(2, 8))
            for c in poisson(r, t + sec(20), min(end, at(12, 0)), r.uniform(260, 800)):
                M(srv, c, "CHAT", "(%s) <%s> %s", f"({cid}) <{n}> {r.choice(BM_CHAT)}")
            online[n] = (end, cid)
            if end < at(12, 0):
                Info(srv, end, "%s Connection Terminated", f"{n} Connection Terminated")
    return fs.logs(T0)


# --------------------------------------------------------------------------------- mcgalaxy

MC_NAMES = [
    "BlockyBen",
    "sk8rgrl",
    "Terrafirma",
    "olliebuilds",
    "xXPixelXx",
    "Mira_C",
    "Goodly",
    "tamsin.k",
    "Vekt0r",
    "brickbrain",
    "Quasar",
    "Lumen",
    "hexhex",
    "Pandabuilds",
    "zed_99",
    "Fern",
    "Koji",
    "Nimbus",
    "RedstoneRay",
    "Cubie",
    "Astra",
    "Mossling",
    "Jazz",
    "Toby.T",
    "Wendeline",
    "Cirrus",
    "oak_and_ash",
    "Glim",
    "Rafa",
    "Skye",
    "Nova",
    "Pip",
]
MC_CMDS = [
    (
        "goto",
        lambda r: r.choice(["freebuild", "main", "flatgrass", "spleef", "parkour1", "build2"]),
    ),
    ("tp", lambda r: r.choice(MC_NAMES)),
    ("z", lambda r: ""),
    ("cuboid", lambda r: r.choice(["", "hollow", "walls", "stone", "glass"])),
    ("paint", lambda r: ""),
    ("place", lambda r: r.choice(["stone", "wood", "glass"])),
    ("spawn", lambda r: ""),
    (
        "os",
        lambda r: r.choice(
            [
                "go",
                "map add",
                "map add 128 64 128 flat",
                "zone add " + r.choice(MC_NAMES),
                "kick " + r.choice(MC_NAMES),
            ]
        ),
    ),
    ("skin", lambda r: r.choice(MC_NAMES)),
    ("model", lambda r: r.choice(["chicken", "creeper", "humanoid", "sit"])),
    ("rules", lambda r: ""),
    ("agree", lambda r: ""),
    ("copy", lambda r: ""),
    ("paste", lambda r: ""),
    ("undo", lambda r: ""),
    ("whois", lambda r: r.choice(MC_NAMES)),
    ("afk", lambda r: ""),
    ("replace", lambda r: r.choice(["grass stone", "dirt grass", "water air"])),
]
MC_CHAT = [
    "hi",
    "hello everyone",
    "how do I build here",
    "use /os go",
    "nice house",
    "thanks!",
    "can I get builder rank?",
    "brb",
    "lol",
    "whoa",
    "that castle is huge",
    "anyone want to play spleef",
    "gg",
    "bye",
    "where is the spawn",
    "I like your pixel art",
    "what does /z do",
    "cuboid",
    "ok",
    "afk food",
]
MC_LOGOUTS = [
    "Disconnected",
    "Disconnected",
    "Disconnected",
    "went to sleep",
    "left the game",
    "poof",
    "see ya",
]
MC_ERR = "logs/errors/2024-06-07error.log"


def mcgalaxy(r: random.Random) -> list[Log]:
    """A ClassiCube freebuild server, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    main, err = "2024-06-07.txt", "2024-06-07error.log"

    def G(t: datetime, label: str, msg: str | None = None) -> datetime:
        text = label if msg is None else msg
        return fs.add(main, t, label, lambda x: [f"({x:%H:%M:%S}) {text}"], main, SEC)

    restart = at(11, 55, 3)
    G(at(6, 0, 0), "Starting Server")
    ips = {n: home_ip(r) for n in MC_NAMES}
    logout = {n: r.choice(MC_LOGOUTS) for n in MC_NAMES}
    alts = {
        n: [r.choice(MC_NAMES) + r.choice(["", "2", "_alt"]) for _ in range(r.randint(1, 2))]
        for n in MC_NAMES
        if r.random() < 0.2
    }
    app = {
        n: ("ClassiCube 1.3.6" if r.random() < 0.85 else "ClassiCube 1.3.5")
        if r.random() < 0.92
        else None
        for n in MC_NAMES
    }
    online: dict[str, datetime] = {}
    errors = [at(7, 22, 41), at(9, 14, 22), at(9, 16, 3), at(10, 48, 50)]

    for a in poisson(r, at(6, 1), at(11, 50), 100):
        n = r.choice(MC_NAMES)
        if online.get(n, a) > a:
            continue
        if r.random() < 0.05:
            G(
                a,
                "%s (%s) disconnected. (Login failed! Close the game and sign in again.)",
                f"{n} ({ips[n]}) disconnected. (Login failed! Close the game and sign in again.)",
            )
            continue
        if app[n]:
            t = G(a, "%s [%s] connected using %s.", f"{n} [{ips[n]}] connected using {app[n]}.")
        else:
            t = G(a, "%s [%s] connected.", f"{n} [{ips[n]}] connected.")
        if n in alts:
            G(
                t + sec(r.uniform(0.1, 1.5)),
                "%s is lately known as: %s",
                f"{n} is lately known as: {', '.join(alts[n])}",
            )
        end = t + sec(r.uniform(240, 5400))
        if end > restart:
            end = restart + sec(1)
        last = t
        for c in poisson(r, t + sec(15), end, r.uniform(150, 420)):
            if r.random() < 0.55:
                cmd, arg = r.choice(MC_CMDS)
                G(c, "%s used /%s %s", f"{n} used /{cmd} {arg(r)}")
            else:
                G(c, "<%s> %s", f"<{n}> {r.choice(MC_CHAT)}")
            last = c
        online[n] = end
        if end > restart:
            continue
        if r.random() < 0.07 and (end - last).total_seconds() > 60:
            G(
                end,
                "%s kicked ((Auto-kick, AFK for %s minutes)).",
                f"{n} kicked ((Auto-kick, AFK for 45 minutes)).",
            )
        else:
            G(end, "%s disconnected (%s).", f"{n} disconnected ({logout[n]}).")
    for s in poisson(r, at(6, 3), at(11, 54), 900):
        G(
            s,
            "GC performed (tracking %s KB, freed %s KB)",
            f"GC performed (tracking {r.uniform(18000, 64000):.2f} KB, freed {r.uniform(100, 9000):.2f} KB)",
        )
    for s in poisson(r, at(6, 1), at(11, 54), 260):
        G(
            s,
            "%s disconnected.",
            f"{r.choice(['185.224.128.', '45.143.203.', '198.235.24.', '162.142.125.', '71.6.199.'])}{r.randrange(2, 250)} disconnected.",
        )
    for e in errors:
        t = G(
            e,
            "!!!Error! See %s for more information.",
            f"!!!Error! See {MC_ERR} for more information.",
        )
        block = [
            "Type: NullReferenceException",
            "Source: MCGalaxy_",
            "Message: Object reference not set to an instance of an object.",
            "Target: CalcCuboid",
            "Trace:    at MCGalaxy.Drawing.Ops.CuboidDrawOp.Perform(Vec3S32[] marks, Brush brush, DrawOpOutput output)",
            "   at MCGalaxy.Drawing.DrawOpPerformer.Execute(Player p, DrawOp op, Brush brush, Vec3S32[] marks)",
            "   at MCGalaxy.Commands.Building.DrawCmd.DoDraw(Player p, Vec3S32[] marks, Object state, BlockID block)",
            "-------------------------",
        ]
        fs.add(
            err, t, "Type: %s", lambda x, b=block: [f"----{x:%m/%d/%Y %H:%M:%S} ----", *b], err, SEC
        )
    t = G(restart, "Server shutting down (Server restarted. Sign in again and rejoin.)")
    for n, end in sorted(online.items()):
        if end > restart:
            t = G(
                t,
                "%s disconnected (Server restarted. Sign in again and rejoin.).",
                f"{n} disconnected (Server restarted. Sign in again and rejoin.).",
            )
    t = G(t + sec(1.5), "Server shutdown completed")
    G(t + sec(r.uniform(12, 20)), "Starting Server")
    return fs.logs(T0)


SYSTEMS = {
    "vintage-story": vintage_story,
    "barotrauma": barotrauma,
    "space-engineers": space_engineers,
    "beammp-server": beammp,
    "mcgalaxy": mcgalaxy,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
