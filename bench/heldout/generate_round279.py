#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 279 (fivem, project-zomboid, arma3, velocity,
pterodactyl-wings) into bench/heldout/, the same way and under the same label rules as
generate.py (bench/README.md, "heldout.py"): each program's log is simulated from its format
strings over a seeded run, and every line that starts an event is labelled with the format
string that wrote it as it is written. Distinct calls of one process never share a timestamp at
the log's resolution (round 53's Clock, kept per process and per file). Five programs of one
game-hosting community, 06:00 to 12:00 on 2024-06-07 (a Friday morning in Europe); none was in
the set (Minecraft, BungeeCord, Bedrock, DayZ, srcds, Rust/Oxide, Valheim, ARK, 7 Days to Die,
Palworld, Satisfactory and Factorio are) and none is replaced.

- FiveM (`fivem.log`: `docker logs -t` of FXServer build 7290 for Linux in a container, an ESX
  Legacy roleplay server of 64 slots; no txAdmin). FXServer's console thread writes every line
  as `\\x1b[38;5;Nm[%20s] \\x1b[0m` (the channel right-aligned in twenty columns, coloured by a hash
  of its name; `citizen-` names over twenty columns shortened to `c-`), then the colour in effect,
  then the text with its `^n` colour codes turned into SGR codes (`^0` 97, `^1` 91, `^2` 32, `^3`
  93, `^5` 36, `^7` 0; the last one stays in effect for the next line); a print of several lines
  has the channel at each, and Docker stamps each line (RFC 3339 with nanoseconds, trailing zeros
  cut). The docker restart at 06:00 and the admin's at 10:30 (`Scanning resources.`, `Found %d
  resources.`, svadhesive's `Authenticating server license key...` / `Server license key
  authentication succeeded. Welcome!`, per resource `Creating script environments for %s` and
  `Started resource %s`, `Asset %s uses %s MiB of physical memory. Oversized assets can and WILL
  lead to streaming issues (such as models not loading/rendering).` for five streamed assets,
  oxmysql's `[%s] Database server connection established!`); hardcap's `Connecting: %s` and ESX's
  `[INFO] Player "%s" has connected to the server. ID: %s` for each of 214 joins, `[INFO] Saved
  player "%s"` when a player leaves and `[INFO] Saved %s players over %s ms` every ten minutes;
  the chat resource's `%s: %s` for every chat line; `server` / `network` / `sync thread hitch
  warning: timer interval of %d milliseconds` all morning; a resource's Lua errors (`SCRIPT ERROR:
  @%s:%d: attempt to index a %s value (%s '%s')` with its `> handler (@...)` stack lines when a
  player with a property loads, `attempt to perform arithmetic on a %s value`, `attempt to compare
  %s with %s`); ESX's `[WARNING] Server callback "%s" does not exist. Please Check The Server File
  for Errors!` from an old police resource; a garage resource's synchronous queries 09:08-09:26
  (oxmysql's `%s took %dms to execute a query!` with the query on the next line, hitches of
  seconds); MariaDB restarted 08:40-08:46 (`%s was unable to execute a query!` with the query and
  `connect ECONNREFUSED` lines); the admin's `ensure` of a renamed resource (`Couldn't find
  resource %s.` after the console's `Warning: `).
- Project Zomboid (`07-06-24_06-00-05_DebugLog-server.txt`, `..._user.txt`, `..._chat.txt` and
  the three of the 09:48 start: build 41.78.16's dedicated server, which opens a set of files in
  Zomboid/Logs at each start, every line `[dd-MM-yy HH:mm:ss.SSS] `; the debug log then
  `LOG  : General     , <epoch ms>> ` (level in five columns, category in twelve), chat's
  `[info] `). Start-up (`versionNumber=%s demo=%s`, `cachedir set to "%s"`,
  `RakNet.Startup() return code: %d (0 means success)`, `*** SERVER STARTED ****`, the chat
  server's two lines); the host's updater asking every five minutes (`CheckModsNeedUpdate:
  Checking started`, `... Mods updated`, from 09:40 `... Mods need update`, after which the admin
  warns in chat and restarts at 09:46); per join the user log's `%s "%s" attempting to join.`,
  `allowed to join.`, `fully connected (%d,%d,%d).`, `disconnected player (%d,%d,%d).`, the debug
  log's `Connected new client %s ID # %d`, `ConnectionManager: [fully-connected] "" connection:
  guid=... username="%s" connection-type="%s"`, `ConnectionManager: [disconnect] "%s" connection:
  ...` and `Disconnected player "%s" %s`; `user %s died at (%d,%d,%d) (non pvp).`; chat's `Got
  message:ChatMessage{chat=%s, author='%s', text='%s'}.` and `Message 'ChatMessage{...}' was sent
  members of chat '%d'.`; two mods' Lua errors as Kahlua prints them (a line of dashes with the
  error on the next line, `-----` / `STACK TRACE` / `-----` with the Lua frames,
  `ExceptionLogger.logException> Exception thrown java.lang.RuntimeException: ... at
  KahluaThread.tableget line:1689..`, `DebugLogStream.printException> Stack trace:.` with the Java
  stack), the zombie-loot mod's until the update fixes it.
- Arma 3 (`arma3server_x64_2024-06-07_05-59-58.rpt`, `..._09-42-17.rpt`: a Windows dedicated
  server 2.16 running KP Liberation on Altis with CBA, ACE, TFAR and CUP Terrains, BattlEye on;
  the RPT's time of day is `%2d:%02d:%02d`, a blank before a one-digit hour, no date). Each file
  opens with the untimed banner (exe, command line, `Exe timestamp`, `Version`, `Allocator`,
  `PhysMem`); start-up (`Initializing stats manager.`, `sessionID: %s`, `Warning: Current Steam
  AppId: %d doesn't match expected value: %d`, `Updating base class %s->%s, by %s (original %s)`,
  `Dedicated host created.`, `BattlEye Server: Initialized (v%s, Arma 3 %s)`, `Host identity
  created.`, `Reading mission ...`, `Mission read.`, `Attempt to override final function - %s`,
  `Game started.`, `Mission id: %s`); per join `Player %s connecting.`, BattlEye's `Player #%d %s
  (%s:%d) connected`, `Player %s connected (id=%s).`, `Player #%d %s - BE GUID: %s`, `Verified GUID
  (%s) of player #%d %s` and on leaving `Player %s disconnected.` (or `kicked off by BattlEye:
  Client not responding`) and `Player #%d %s disconnected`, then `Server: Object %d:%d not found
  (message Type_%d)` for the objects they owned; BattlEye's chat `(%s) %s: %s`; all morning
  `Performance warning: SimpleSerialization::Write 'params' is using type of ,'TEXT' ...`, `Can't
  change owner from %d to %d`, `Ref to nonnetwork object %s`, a Discord bot's `RCon admin #%d
  (%s:%d) logged in` every ten minutes; the mission's script errors, each four timed lines (`Error
  in expression <%s>` whose expression runs over a line break, `  Error position: <%s>`, `  Error
  Undefined variable in expression: %s` or `  Error Type %s, expected %s`, `File %s..., line %d`);
  the server crashing at 09:41:27 (the untimed `Exception code: C0000005 ACCESS_VIOLATION` report)
  and restarted a minute later by its service manager.
- Velocity (`proxy-1-latest.log`, `proxy-2-2024-06-07-1.log`, `proxy-2-latest.log`: two Velocity
  3.3.0 proxies behind a load balancer in front of lobby, survival, minigames and (from 08:12)
  creative Paper servers, both started at 06:00, proxy-2 restarted at 10:15 for a plugin update,
  which rolls its file; log4j2's file layout `[HH:mm:ss] [thread/LEVEL] [logger]: message`, the
  full logger name, exceptions appended). Start-up (`Booting up Velocity %s...`, `Loading
  localizations...`, `Connections will use %s channels, %s compression, %s ciphers`, `Loading
  plugins...`, `Loaded plugin %s %s by %s`, `Loaded %d plugins`, LuckPerms's banner and its
  `Loading configuration...`, `Loading storage provider... [%s]`, `Performing initial data
  load...`, `Successfully enabled. (took %dms)`, `Listening on %s`, `Done (%ss)!`); the
  connections' toString in each message (`[connected player] %s (%s) has connected` / `has
  disconnected`, `[server connection] %s -> %s has connected` / `has disconnected` on every server
  switch); Mojang's session servers answering 503 07:38-07:51 (`Got an unexpected error code %d
  whilst contacting Mojang to log in %s (%s)`, `[initial connection] %s has disconnected:
  Authentication servers are down. Please try again later, sorry!`); the new creative server
  without Velocity forwarding, then with a wrong secret (`%s: disconnected while connecting to %s:
  This server requires you to connect with Velocity.` / `...: Unable to verify player details`);
  the survival server's 09:30 restart (`%s: kicked from server %s: Server closed`, then `%s: unable
  to connect to server %s` with Netty's `AnnotatedConnectException` stack until 09:33); idle kicks,
  read timeouts, offline-mode clients (`[initial connection] %s has disconnected: You are not logged
  into your Minecraft account. ...`), proxy-2's `Shutting down the proxy...`, `%s has disconnected:
  Proxy shutting down.` and `Closing endpoint %s`.
- Pterodactyl Wings (`node-01-wings.log`, `node-02-wings.log`: /var/log/pterodactyl/wings.log of
  two nodes of one Panel, Wings 1.11; the cli handler writes `%s: [%s] %-25s` (the level in five
  columns, time.StampMilli, the message padded to 25) and then ` key=value` for each field in
  name order, unquoted; a field `error` adds a blank line, `Stacktrace:`, the Go frames and a
  blank line; node-02 runs with `debug: true` from its restart at 06:12, node-01 is restarted for
  an upgrade at 07:55). Start-up (`writing log files to disk`, `running in debug mode`, `loading
  configuration from file`, ..., `sftp server listening for connections`); every power action
  (`acquired exclusive lock on power actions, processing event...`, `syncing server configuration
  with panel`, `performing server limit modification on-the-fly` twice, `completed server
  preflight, starting boot process...`, `starting resource polling for container`, `releasing
  exclusive lock for power action`; in debug `acquiring power action lock for instance`, `pulling
  docker image... this could take a bit of time`, `completed docker image pull`, `detected server
  in running state based on console line output`) for the Panel's schedules (Minecraft at 06:00
  and 09:00, two servers a node every hour at :30) and owners' clicks; node-02's gin requests in
  debug (`%s %s` with client_ip, latency, request_id and status: consoles' websockets, the file
  manager, commands, power, the node page's `GET /api/system`); ghcr.io answering 503 08:20-08:41
  (`unable to pull requested image from remote source, however the image exists locally`); a
  modded server out of memory twice in a minute (`detected server as entering a crashed state;
  running crash handler`, `did not restart server after crash; occurred too soon after the
  last`); the Panel down 10:20-10:31 (`failed to handle server crash` and `encountered an error
  while trying to validate user credentials` with their stacks); SFTP password failures all
  morning and a scanner 09:48-10:06 (`failed to validate user credentials (invalid username or
  password)`).

Checked against copies of the sources: FXServer's console printer (Console.Base.cpp: the channel
column, its colour, the `^n` table, PrintWarning's `Warning: `) and the hitch message
(`server thread hitch warning: timer interval of %d milliseconds`); ESX Legacy's `Player ... has
connected to the server. ID: %s`, `Saved player` and `Server callback ... does not exist`; the
Zomboid user log's `attempting to join.` / `fully connected (%d,%d,%d).` / `disconnected player`
and `died at` lines and the debug log's head and Lua-error layout (from tools' tests and a mod's
comment quoting real logs); BattlEye's connected, GUID, verified-GUID, disconnected, chat, kicked
and RCon lines in the RPT (from log parsers' regexes and their sample lines); Velocity's log4j2.xml
and ConnectedPlayer's `kicked from server`, `disconnected while connecting to`, `unable to connect
to server`; Wings's cli handler, power.go, crash.go and the crash listener, container.go's image
pull messages, router.go's request logger and a real 1.11 start-up and power-action log. Least
sure (written from the helper's knowledge): FiveM's channel names for `Started resource` and
`Creating script environments`, the Asset warning's channel and wording, oxmysql's slow-query,
connection and failed-query texts, ESX's periodic `Saved %s players over %s ms`, the Lua stack
lines' colours, hardcap's and chat's prints; Zomboid's ConnectionManager lines, `Connected new
client`, `*** SERVER STARTED ****`, the CheckModsNeedUpdate texts, the chat server's start-up
lines and the Java frames; Arma's start-up lines, `BE GUID`, `Server: Object ... not found`,
`Ref to nonnetwork object`, the script-error layout and the crash report; Velocity's start-up,
LuckPerms's lines, the shutdown lines, the thread names and which logger writes each connection
line, Paper's forwarding messages; Wings's stack block under an `error` field and the SFTP
messages' fields.
"""

from __future__ import annotations

import itertools
import random
import sys
import zlib
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round53 import Clock
from generate_round55 import poisson
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any

MS = 1_000
SEC = 1_000_000


# --------------------------------------------------------------------------------- sessions


class Session:
    """One player's stay on a game server: `end_kind` is `quit` (the player left), `down`
    (the server went away under them) or `open` (still playing at the end of the log)."""

    def __init__(self, who: object, start: datetime, end: datetime, end_kind: str):
        self.who = who
        self.start = start
        self.end = end
        self.end_kind = end_kind


def play(
    r: random.Random,
    people: list,
    spans: list[tuple[datetime, datetime, bool]],
    rate: Callable[[datetime], float],
    mean_minutes: float,
    rejoin: float = 0.6,
) -> list[Session]:
    """Sessions of `people` on a server that is up during each (from, to, ends_in_outage) span:
    arrivals about `rate(t)` a minute, stays of about `mean_minutes` (lognormal), nobody on twice
    at once; a span that ends in an outage ends everyone's session with `down`, and about
    `rejoin` of them come back a few minutes into the next span."""
    out: list[Session] = []
    busy: dict[object, datetime] = {}
    comeback: list[object] = []
    for a, b, outage in spans:
        arrivals: list[tuple[datetime, object | None]] = []
        for who in comeback:
            arrivals.append((a + sec(r.uniform(40, 540)), who))
        comeback = []
        t = a + sec(r.uniform(20, 60))
        while t < b:
            arrivals.append((t, None))
            t += sec(r.expovariate(max(rate(t), 0.01) / 60))
        arrivals.sort(key=lambda x: x[0])
        for t, who in arrivals:
            if t >= b:
                continue
            if who is None or busy.get(who, T0) > t:
                free = [p for p in people if busy.get(p, T0) <= t]
                if not free:
                    continue
                who = r.choice(free)
            stay = sec(min(r.lognormvariate(0, 0.7) * mean_minutes * 60, 6 * 3600))
            end = t + stay
            if end >= b:
                kind = "down" if outage else "open"
                end = b
                if outage and r.random() < rejoin:
                    comeback.append(who)
            else:
                kind = "quit"
            busy[who] = end + sec(r.uniform(60, 1200))
            out.append(Session(who, t, end, kind))
    return out


CHAT_SHORT = [
    "lol",
    "ty",
    "brb",
    "gg",
    "k",
    "back",
    "thx",
    "ok",
    "yes",
    "no",
    "?",
    "lmao",
    "o7",
    "rip",
]


def chatter(r: random.Random, forms: list[str], fill: dict[str, list[str]]) -> str:
    """A chat line: now and then a short stock reply, mostly one of `forms` with its `{slot}`s
    filled, so that few lines repeat exactly, as in a real chat."""
    if r.random() < 0.18:
        return r.choice(CHAT_SHORT)
    text = r.choice(forms)
    for k, vals in fill.items():
        while "{" + k + "}" in text:
            text = text.replace("{" + k + "}", r.choice(vals), 1)
    if r.random() < 0.15:
        text = text.capitalize()
    if r.random() < 0.1:
        text += r.choice(["!", "??", " pls", " lol", " :)", "..."])
    return text


def busy_between(sessions: list[Session], t: datetime) -> list[Session]:
    return [s for s in sessions if s.start <= t < s.end]


def steam64(r: random.Random) -> str:
    return str(76561197960265728 + r.randrange(40_000_000, 1_200_000_000))


def ip_public(r: random.Random) -> str:
    first = r.choice(
        [
            31,
            37,
            46,
            62,
            77,
            78,
            79,
            80,
            81,
            82,
            84,
            85,
            86,
            87,
            88,
            89,
            91,
            92,
            93,
            94,
            95,
            109,
            178,
            185,
            188,
            212,
            213,
            217,
        ]
    )
    return f"{first}.{r.randrange(1, 255)}.{r.randrange(0, 255)}.{r.randrange(1, 255)}"


# ------------------------------------------------------------------------------------ FiveM

FX_COLORS = [97, 91, 32, 93, 94, 36, 35, 0, 31, 34]
FX_BUILD = "7290"
FX_RESOURCES = [
    # name, has scripts
    ("mapmanager", True),
    ("chat", True),
    ("spawnmanager", True),
    ("sessionmanager", True),
    ("hardcap", True),
    ("rconlog", True),
    ("baseevents", True),
    ("oxmysql", True),
    ("ox_lib", True),
    ("es_extended", True),
    ("esx_menu_default", True),
    ("esx_menu_dialog", True),
    ("esx_menu_list", True),
    ("skinchanger", True),
    ("esx_skin", True),
    ("esx_identity", True),
    ("esx_status", True),
    ("esx_basicneeds", True),
    ("esx_addonaccount", True),
    ("esx_addoninventory", True),
    ("esx_datastore", True),
    ("esx_society", True),
    ("esx_billing", True),
    ("esx_license", True),
    ("esx_policejob", True),
    ("esx_ambulancejob", True),
    ("esx_mechanicjob", True),
    ("esx_vehicleshop", True),
    ("esx_property", True),
    ("ox_inventory", True),
    ("ox_target", True),
    ("pma-voice", True),
    ("screenshot-basic", True),
    ("bob74_ipl", True),
    ("lsrp_cars", False),
    ("lsrp_maps", False),
    ("lsrp_clothes", False),
    ("lsrp_hud", True),
    ("lsrp_garage", True),
    ("lsrp_jobs", True),
]
FX_ASSETS = [
    ("lsrp_cars", "lsrp_cars/stream/[police]/pd_tahoe_hi.yft", "38.2"),
    ("lsrp_cars", "lsrp_cars/stream/[police]/pd_charger.ytd", "24.5"),
    ("lsrp_cars", "lsrp_cars/stream/[civ]/rs6avant.yft", "21.7"),
    ("lsrp_maps", "lsrp_maps/stream/mrpd/v_int_mrpd_shell.ydr", "18.4"),
    ("lsrp_clothes", "lsrp_clothes/stream/mp_m_freemode_01_mp_m_lsrp/jbib_021_u.ytd", "17.1"),
]
FX_FIRST = [
    "John",
    "Tony",
    "Maria",
    "Lucas",
    "Ashley",
    "Marcus",
    "Elena",
    "Derek",
    "Nadia",
    "Jamal",
    "Vince",
    "Carla",
    "Rico",
    "Sofia",
    "Kevin",
    "Brandon",
    "Isabel",
    "Tyrone",
    "Hannah",
    "Victor",
    "Olga",
    "Dwayne",
    "Leo",
    "Jade",
    "Frank",
]
FX_LAST = [
    "Miller",
    "Russo",
    "Alvarez",
    "Brooks",
    "Kowalski",
    "Nguyen",
    "Baker",
    "Vasquez",
    "Reed",
    "O'Connor",
    "Petrov",
    "Santos",
    "Hayes",
    "Walker",
    "Moretti",
    "Jenkins",
    "Cole",
    "Dimitri",
    "Price",
    "Lindqvist",
]
FX_NICKS = [
    "Dutchie",
    "xNova",
    "KebabKing",
    "MrWolf",
    "Siggy",
    "LunaRP",
    "Zaza",
    "TTV_Krusher",
    "Bramm",
    "Jonte",
    "Fizzy",
    "Havoc",
    "Kiwi",
    "OldMate",
    "RedBaron",
    "Smokey",
    "Tjorven",
    "Vex",
    "Wiebe",
    "Yara",
    "Blaze",
    "Cornflake",
    "Dex",
    "Elmo",
    "Frosty",
    "Gummi",
    "Hoppa",
    "Iggy",
    "Jax",
    "Koda",
    "Lenny",
    "Milo",
    "Noodle",
    "Otto",
    "Pip",
    "Quinn",
    "Rook",
    "Sunny",
    "Tank",
    "Ulla",
    "Vinnie",
    "Wade",
    "Xeno",
    "Yeti",
    "Ziggy",
    "Ace",
    "Bongo",
    "Cricket",
    "Dizzy",
    "Echo",
    "Flux",
    "Goose",
    "Hex",
    "Ivy",
    "Jinx",
    "Kilo",
    "Loki",
    "Mango",
    "Nix",
    "Onyx",
]
FX_FORMS = [
    "anyone at {place}?",
    "need a {job} at {place}",
    "who has the keys to the {car}",
    "my {car} is gone from the garage again",
    "selling a {car} for {price}, dm me",
    "where do i sell {item}",
    "is {job} hiring",
    "{job} to {place} pls",
    "server lagging for anyone else?",
    "what time is the restart",
    "cant open my {thing}",
    "{thing} not loading",
    "ooc: my game crashed, was at {place}",
    "anyone selling {item}?",
    "robbery at {place}",
    "lost {price} at the casino lol",
    "how do i get a {job} job",
    "meet at {place} in {n} min",
]
FX_FILL = {
    "place": [
        "legion",
        "sandy shores",
        "paleto",
        "pillbox",
        "the pier",
        "mirror park",
        "vinewood",
        "grove street",
        "the airport",
        "bennys",
        "the casino",
        "mrpd",
        "davis",
        "harmony",
    ],
    "job": ["mechanic", "ems", "tow truck", "taxi", "lawyer", "police", "trucker", "fisher"],
    "car": [
        "sultan",
        "tow truck",
        "elegy",
        "police cruiser",
        "bati",
        "kuruma",
        "rumpo",
        "taxi",
        "sanchez",
    ],
    "item": ["fish", "weed", "copper", "scrap", "phones", "jewels", "lockpicks"],
    "thing": ["inventory", "phone", "garage", "bank app", "hud", "radio"],
    "price": ["5k", "12k", "25k", "40k", "80k", "150k"],
    "n": ["2", "5", "10", "15"],
}
FX_GARAGE_SQL = "SELECT `plate`, `vehicle`, `stored`, `parking` FROM `owned_vehicles` WHERE `owner` = ? AND `type` = ?"


def fx_docker_ts(t: datetime, ns: int) -> str:
    frac = f"{t.microsecond * 1000 + ns:09d}".rstrip("0")
    return f"{t:%Y-%m-%dT%H:%M:%S}" + (f".{frac}" if frac else "") + "Z"


def fx_channel(name: str) -> str:
    eff = name
    if len(name) > 20 and name.startswith("citizen-"):
        eff = "c-" + name[8:]
    col = zlib.crc32(name.encode()) % (231 - 17) + 17
    return f"\x1b[38;5;{col}m[{eff[:20]:>20}] \x1b[0m"


def fivem(r: random.Random) -> list[Log]:
    """An ESX roleplay server's FXServer under Docker, 06:00 to 12:00 (see the module docstring)."""
    clock = Clock(1)
    seq = itertools.count()
    events: list[tuple[datetime, int, str, str, str | None]] = []

    def P(t: datetime, chan: str, text: str, label: str | None) -> datetime:
        t = clock.at("fxserver", t)
        events.append((t, next(seq), chan, text, label))
        return t

    impl = "citizen-server-impl"
    ex = "script:es_extended"

    def hitch(t: datetime, thread: str, ms_: int) -> datetime:
        return P(
            t,
            impl,
            f"{thread} thread hitch warning: timer interval of {ms_} milliseconds",
            f"{thread} thread hitch warning: timer interval of %d milliseconds",
        )

    # server runs: docker restart at 06:00 (the daily restart) and the admin's at 10:30
    starts = [at(6, 0, 3.2), at(10, 30, 41.7)]
    stops = [at(10, 30, 35.0)]

    def startup(t0: datetime) -> datetime:
        t = P(t0, "resources", "Scanning resources.", "Scanning resources.")
        t = P(
            t + sec(r.uniform(0.3, 0.6)),
            "resources",
            f"Found {len(FX_RESOURCES) + 14} resources.",
            "Found %d resources.",
        )
        t = P(
            t + sec(0.4),
            "svadhesive",
            "Authenticating server license key...",
            "Authenticating server license key...",
        )
        t = hitch(t + sec(r.uniform(1.5, 2.5)), "server", r.randrange(1800, 5200))
        for name, scripted in FX_RESOURCES:
            t += sec(r.uniform(0.01, 0.12))
            for res, asset, mib in FX_ASSETS:
                if res == name:
                    t = P(
                        t,
                        f"resources:{res}",
                        f"^3Asset {asset} uses {mib} MiB of physical memory. Oversized assets can and WILL lead to streaming issues (such as models not loading/rendering).^7",
                        "Asset %s uses %s MiB of physical memory. Oversized assets can and WILL lead to streaming issues (such as models not loading/rendering).",
                    )
            if scripted:
                t = P(
                    t,
                    "citizen-scripting-core",
                    f"Creating script environments for {name}",
                    "Creating script environments for %s",
                )
            t = P(
                t + sec(r.uniform(0.01, 0.3)),
                "resources",
                f"Started resource {name}",
                "Started resource %s",
            )
            if name == "oxmysql":
                P(
                    t + sec(r.uniform(0.4, 0.9)),
                    "script:oxmysql",
                    "^2[10.11.6-MariaDB-0+deb12u1] ^7Database server connection established!",
                    "[%s] Database server connection established!",
                )
            if name == "es_extended":
                t = hitch(t + sec(0.2), "server", r.randrange(600, 1400))
        P(
            t - sec(3.1),
            "svadhesive",
            "Server license key authentication succeeded. Welcome!",
            "Server license key authentication succeeded. Welcome!",
        )
        t = hitch(t + sec(r.uniform(0.5, 1.5)), "server", r.randrange(300, 900))
        t = hitch(t + sec(r.uniform(0.1, 0.4)), "sync", r.randrange(200, 500))
        return t

    up_at = []
    for t0 in starts:
        up_at.append(startup(t0))

    # players (the nick is GetPlayerName's, ESX shows the character's name)
    chars = {}
    for nick in FX_NICKS:
        chars[nick] = f"{r.choice(FX_FIRST)} {r.choice(FX_LAST)}"
    with_property = set(r.sample(FX_NICKS, 22))
    police = set(r.sample([n for n in FX_NICKS if n not in with_property], 9))

    def rate(t: datetime) -> float:
        return 0.36 + 0.6 * (t - T0).total_seconds() / 21600

    spans = [(up_at[0] + sec(15), stops[0], True), (up_at[1] + sec(15), T_END, False)]
    sess = play(r, FX_NICKS, spans, rate, 75)
    db_down = (at(8, 40, 12), at(8, 46, 49))
    ids = itertools.count(1)
    for s in sess:
        nick = s.who
        t = P(s.start, "script:hardcap", f"Connecting: {nick}^7", "Connecting: %s")
        loaded = t + sec(r.uniform(25, 70))
        if loaded >= s.end:
            continue
        pid = next(ids)
        t = P(
            loaded,
            ex,
            f'[^2INFO^0] Player ^5"{chars[nick]}"^0 has connected to the server. ID: ^5{pid}^7',
            '[INFO] Player "%s" has connected to the server. ID: %s',
        )
        if nick in with_property:
            P(
                t + sec(r.uniform(0.5, 2.0)),
                "script:esx_property",
                "^1SCRIPT ERROR: @esx_property/server/main.lua:214: attempt to index a nil value (local 'property')^7\n"
                "^3> ^7handler ^5(@esx_property/server/main.lua:214)^7\n"
                "^3> ^7TriggerServerCallback ^5(@es_extended/server/functions.lua:236)^7\n"
                "^3> ^7handler ^5(@es_extended/server/main.lua:389)^7",
                "SCRIPT ERROR: @%s:%d: attempt to index a %s value (%s '%s')",
            )
        # chat while playing
        for tc in poisson(r, loaded + sec(30), s.end, 1150):
            msg = chatter(r, FX_FORMS, FX_FILL)
            P(tc, "script:chat", f"{nick}^7: {msg}^7", "%s: %s")
        if nick in police:
            for tc in poisson(r, loaded + sec(60), s.end, 2400):
                P(
                    tc,
                    ex,
                    '[^3WARNING^7] Server callback ^5"esx_vehicleshop:getSoldVehicles"^0 does not exist. Please Check The Server File for Errors!',
                    '[WARNING] Server callback "%s" does not exist. Please Check The Server File for Errors!',
                )
        if s.end_kind == "quit":
            if in_any(s.end, [db_down]):
                P(
                    s.end + sec(0.05),
                    "script:oxmysql",
                    "^1es_extended was unable to execute a query!\n"
                    "Query: UPDATE `users` SET `accounts` = ?, `job` = ?, `job_grade` = ?, `group` = ?, `position` = ?, `inventory` = ?, `loadout` = ?, `metadata` = ? WHERE `identifier` = ?\n"
                    "connect ECONNREFUSED 127.0.0.1:3306^0",
                    "%s was unable to execute a query!",
                )
            else:
                P(
                    s.end + sec(r.uniform(0.02, 0.2)),
                    ex,
                    f'[^2INFO^7] Saved player ^5"{chars[nick]}^7"',
                    '[INFO] Saved player "%s"',
                )

    # ESX's periodic save every ten minutes of the run
    for a, b in [(up_at[0], stops[0]), (up_at[1], T_END)]:
        t = a + sec(600)
        while t < b:
            n = len([s for s in sess if s.start + sec(60) <= t < s.end])
            if n and not in_any(t, [db_down]):
                took = f"{r.uniform(0.02, 0.09) * n:.2f}"
                word = "players" if n > 1 else "player"
                P(
                    t,
                    ex,
                    f"[^2INFO^7] Saved ^5{n}^7 {word} over ^5{took}^7 ms",
                    f"[INFO] Saved %s {word} over %s ms",
                )
            elif n:
                P(
                    t,
                    "script:oxmysql",
                    "^1es_extended was unable to execute a query!\n"
                    "Query: UPDATE `users` SET `accounts` = ?, `job` = ?, `job_grade` = ?, `group` = ?, `position` = ?, `inventory` = ?, `loadout` = ?, `metadata` = ? WHERE `identifier` = ?\n"
                    "connect ECONNREFUSED 127.0.0.1:3306^0",
                    "%s was unable to execute a query!",
                )
            t += sec(600)

    # hitches all morning; the garage resource's synchronous queries 09:08-09:26 under load
    burst = (at(9, 8, 20), at(9, 26, 5))
    for a, b in [(up_at[0], stops[0]), (up_at[1], T_END)]:
        for th in poisson(r, a + sec(30), b, 150):
            if in_any(th, [burst]):
                continue
            x = r.random()
            if x < 0.72:
                hitch(th, "server", int(151 + r.expovariate(1 / 60)))
            elif x < 0.9:
                hitch(th, "network", int(151 + r.expovariate(1 / 45)))
            else:
                hitch(th, "sync", int(151 + r.expovariate(1 / 40)))
    for th in poisson(r, burst[0], burst[1], 14):
        t = P(
            th,
            "script:oxmysql",
            f'^3lsrp_garage took {r.randrange(320, 2900)}ms to execute a query!\n{FX_GARAGE_SQL} ["char1:{hexid(r, 40)}","car"]^0',
            "%s took %dms to execute a query!",
        )
        hitch(t + sec(0.002), "server", r.randrange(330, 3100))
        if r.random() < 0.25:
            P(
                t + sec(0.01),
                "script:lsrp_garage",
                "^1SCRIPT ERROR: @lsrp_garage/server/main.lua:88: attempt to compare number with nil^7\n"
                "^3> ^7fn ^5(@lsrp_garage/server/main.lua:88)^7",
                "SCRIPT ERROR: @%s:%d: attempt to compare %s with %s",
            )
        if r.random() < 0.3:
            hitch(t + sec(0.02), "network", r.randrange(200, 900))
    # billing with an amount missing, from an old client build
    for tb in poisson(r, at(7, 10), T_END, 1800):
        if not any(in_any(tb, [(a, b)]) for a, b in [(up_at[0], stops[0]), (up_at[1], T_END)]):
            continue
        P(
            tb,
            "script:esx_billing",
            "^1SCRIPT ERROR: @esx_billing/server/main.lua:41: attempt to perform arithmetic on a nil value (field 'amount')^7\n"
            "^3> ^7handler ^5(@esx_billing/server/main.lua:41)^7",
            "SCRIPT ERROR: @%s:%d: attempt to perform arithmetic on a %s value (%s '%s')",
        )

    # the admin's `ensure` of a renamed resource before the 10:30 restart
    for tc in [at(10, 27, 14.2), at(10, 27, 51.9)]:
        P(
            tc,
            "cmd",
            "^3Warning: Couldn't find resource lsrp_garage_v2.^7",
            "Couldn't find resource %s.",
        )

    # render: the console thread writes the channel at each line's start and the colour in
    # effect; docker logs -t stamps each line
    log = Log("fivem.log", T0)
    last = 7
    for t, _, chan, text, label in sorted(events, key=lambda e: (e[0], e[1])):
        ns = r.randrange(0, 1000)
        for i, line in enumerate(text.split("\n")):
            out = [fx_channel(chan), f"\x1b[{FX_COLORS[last]}m"]
            j = 0
            while j < len(line):
                c = line[j]
                if c == "^" and j + 1 < len(line) and line[j + 1].isdigit():
                    last = int(line[j + 1])
                    out.append(f"\x1b[{FX_COLORS[last]}m")
                    j += 2
                    continue
                out.append(c)
                j += 1
            stamp = fx_docker_ts(t, ns + i * 7)
            log.add(f"{stamp} {''.join(out)}", label if i == 0 else None)
    return [log]


# ---------------------------------------------------------------------------- Project Zomboid

PZ_NAMES = [
    "Bakkie",
    "Clem",
    "Dunc",
    "Eira",
    "Fenwick",
    "Gilly",
    "Hobbs",
    "Inka",
    "Jory",
    "Kettle",
    "Lumi",
    "Marlo",
    "Nessa",
    "Orrin",
    "Pike",
    "Quill",
    "Rusty",
    "Saffi",
    "Tam",
    "Umber",
    "Vardo",
    "Wren",
    "Yorick",
    "Zell",
    "ashgrove",
    "beanz",
    "cutlery",
    "dozer",
    "ermine",
    "fjord",
    "grimble",
    "hatchet_harry",
    "ironmonger",
    "jumbo",
    "knoxfan",
    "lowkey",
    "muldraugh_mike",
    "nocturne",
    "oatcake",
    "puddle",
]
PZ_ADMINS = {"Kettle", "Saffi"}
PZ_FORMS = [
    "anyone near {place}?",
    "horde coming from the {dir}",
    "need {item}",
    "who took the {thing}",
    "logging off, safehouse in {place} locked",
    "help at the {spot} in {place}",
    "careful, sprinter near {place}",
    "base in {place}?",
    "anyone got a {item}",
    "the bridge to {place} is blocked",
    "got bit at {place}...",
    "trading {item} for {item}",
    "{n} zombies at the {spot}",
    "heading to {place}, need anything?",
    "found a working {thing} at {place}",
]
PZ_FILL = {
    "place": [
        "rosewood",
        "muldraugh",
        "west point",
        "riverside",
        "march ridge",
        "louisville",
        "ekron",
        "irvington",
        "brandenburg",
        "the farm",
        "valley station",
    ],
    "dir": ["north", "south", "east", "west", "river"],
    "item": [
        "painkillers",
        "nails",
        "beans",
        "a wrench",
        "a sledgehammer",
        "bandages",
        "gas",
        "antibiotics",
        "ammo",
        "seeds",
    ],
    "thing": ["generator", "car", "axe", "propane tank", "military radio", "shotgun"],
    "spot": ["gas station", "mall", "police station", "school", "warehouse", "gun store"],
    "n": ["20", "50", "100", "like 200"],
}


def pz_head(t: datetime) -> str:
    return f"[{t:%d-%m-%y %H:%M:%S}.{t.microsecond // 1000:03d}]"


def pz_debug(t: datetime, level: str, cat: str, msg: str) -> str:
    epoch = int(t.timestamp() * 1000)
    return f"{pz_head(t)} {level:<5}: {cat:<12}, {epoch}> {msg}"


def pz_pos(r: random.Random) -> str:
    return f"{r.randrange(3400, 13900)},{r.randrange(5200, 12900)},{r.choice([0, 0, 0, 0, 1, 2])}"


PZ_KAHLUA = [
    "\tat se.krka.kahlua.vm.KahluaThread.luaMainloop(KahluaThread.java:641)",
    "\tat se.krka.kahlua.vm.KahluaThread.call(KahluaThread.java:163)",
    "\tat se.krka.kahlua.vm.KahluaThread.pcall(KahluaThread.java:1980)",
    "\tat se.krka.kahlua.vm.KahluaThread.pcallvoid(KahluaThread.java:1812)",
    "\tat se.krka.kahlua.integration.LuaCaller.pcallvoid(LuaCaller.java:66)",
    "\tat se.krka.kahlua.integration.LuaCaller.protectedCallVoid(LuaCaller.java:139)",
    "\tat zombie.Lua.Event.trigger(Event.java:64)",
    "\tat zombie.Lua.LuaEventManager.triggerEvent(LuaEventManager.java:79)",
]


def project_zomboid(r: random.Random) -> list[Log]:
    """A Project Zomboid 41.78.16 dedicated server, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    runs = [
        ("07-06-24_06-00-05", at(6, 0, 5.318), at(9, 46, 31.2)),
        ("07-06-24_09-48-31", at(9, 48, 31.044), T_END),
    ]

    def D(
        run: str,
        t: datetime,
        level: str,
        cat: str,
        msg: str,
        label: str,
        more: list[str] | None = None,
    ) -> datetime:
        return fs.add(
            f"{run}_DebugLog-server.txt",
            t,
            label,
            lambda x: [pz_debug(x, level, cat, msg)] + (more or []),
            (run, "debug"),
            MS,
        )

    def U(run: str, t: datetime, msg: str, label: str) -> datetime:
        return fs.add(
            f"{run}_user.txt", t, label, lambda x: [f"{pz_head(x)} {msg}"], (run, "user"), MS
        )

    def C(run: str, t: datetime, msg: str, label: str) -> datetime:
        return fs.add(
            f"{run}_chat.txt", t, label, lambda x: [f"{pz_head(x)}[info] {msg}"], (run, "chat"), MS
        )

    for run, t0, _ in runs:
        t = D(
            run,
            t0,
            "LOG",
            "General",
            "versionNumber=41.78.16 demo=false",
            "versionNumber=%s demo=%s",
        )
        t = D(
            run,
            t + sec(0.004),
            "LOG",
            "General",
            'cachedir set to "/home/pzserver/Zomboid"',
            'cachedir set to "%s"',
        )
        t = D(
            run,
            t + sec(r.uniform(6, 9)),
            "LOG",
            "Network",
            "RakNet.Startup() return code: 0 (0 means success)",
            "RakNet.Startup() return code: %d (0 means success)",
        )
        t = C(
            run,
            t + sec(r.uniform(0.5, 1.5)),
            "Start chat server initialization...",
            "Start chat server initialization...",
        )
        t = C(
            run,
            t + sec(0.03),
            "Chat server successfully initialized",
            "Chat server successfully initialized",
        )
        D(
            run,
            t + sec(r.uniform(20, 40)),
            "LOG",
            "General",
            "*** SERVER STARTED ****",
            "*** SERVER STARTED ****",
        )

    # the host's updater asks the server every five minutes whether a workshop mod changed
    need_update = at(9, 40, 0)
    for run, t0, t1 in runs:
        t = t0 + sec(300 - (t0.minute % 5) * 60 - t0.second + 1.5)
        while t < t1:
            a = D(
                run,
                t + sec(r.uniform(0, 0.4)),
                "LOG",
                "General",
                "CheckModsNeedUpdate: Checking started",
                "CheckModsNeedUpdate: Checking started",
            )
            if run == runs[0][0] and t >= need_update:
                D(
                    run,
                    a + sec(r.uniform(1.2, 3.5)),
                    "LOG",
                    "General",
                    "CheckModsNeedUpdate: Mods need update",
                    "CheckModsNeedUpdate: Mods need update",
                )
            else:
                D(
                    run,
                    a + sec(r.uniform(1.2, 3.5)),
                    "LOG",
                    "General",
                    "CheckModsNeedUpdate: Mods updated",
                    "CheckModsNeedUpdate: Mods updated",
                )
            t += sec(300)

    steam = {n: steam64(r) for n in PZ_NAMES}
    guid = {n: str(r.randrange(10**17, 10**18)) for n in PZ_NAMES}
    addr = {n: ip_public(r) for n in PZ_NAMES}

    def rate(t: datetime) -> float:
        return 0.22 + 0.3 * (t - T0).total_seconds() / 21600

    spans = [(runs[0][1] + sec(45), runs[0][2], True), (runs[1][1] + sec(45), T_END, False)]
    sess = play(r, PZ_NAMES, spans, rate, 70, rejoin=0.8)
    client_ids = {runs[0][0]: itertools.count(1), runs[1][0]: itertools.count(1)}

    def conn(n: str) -> str:
        access = "admin" if n in PZ_ADMINS else ""
        return f'guid={guid[n]} ip={addr[n]} steam-id={steam[n]} access="{access}" username="{n}" connection-type="UDPRakNet"'

    conn_label = 'guid=%s ip=%s steam-id=%s access="%s" username="%s" connection-type="%s"'
    for s in sess:
        n = s.who
        run = runs[0][0] if s.start < runs[0][2] else runs[1][0]
        sid = steam[n]
        t = U(run, s.start, f'{sid} "{n}" attempting to join.', '%s "%s" attempting to join.')
        t = U(
            run,
            t + sec(r.uniform(0.3, 1.2)),
            f'{sid} "{n}" allowed to join.',
            '%s "%s" allowed to join.',
        )
        t = D(
            run,
            t + sec(r.uniform(0.05, 0.3)),
            "LOG",
            "General",
            f"Connected new client {n} ID # {next(client_ids[run])}",
            "Connected new client %s ID # %d",
        )
        t += sec(r.uniform(20, 75))
        if t >= s.end:
            continue
        pos = pz_pos(r)
        D(
            run,
            t,
            "LOG",
            "Network",
            f'ConnectionManager: [fully-connected] "" connection: {conn(n)}',
            f'ConnectionManager: [fully-connected] "" connection: {conn_label}',
        )
        U(
            run,
            t + sec(0.002),
            f'{sid} "{n}" fully connected ({pos}).',
            '%s "%s" fully connected (%d,%d,%d).',
        )
        for tc in poisson(r, t + sec(60), s.end, 900):
            kind = r.random()
            chat, cid = (
                ("General", 0)
                if kind < 0.55
                else ("Say", 1)
                if kind < 0.9
                else ("Faction", r.choice([3, 4]))
            )
            text = chatter(r, PZ_FORMS, PZ_FILL)
            cm = f"ChatMessage{{chat={chat}, author='{n}', text='{text}'}}"
            a = C(
                run,
                tc,
                f"Got message:{cm}.",
                "Got message:ChatMessage{chat=%s, author='%s', text='%s'}.",
            )
            C(
                run,
                a + sec(0.001),
                f"Message '{cm}' was sent members of chat '{cid}'.",
                "Message 'ChatMessage{chat=%s, author='%s', text='%s'}' was sent members of chat '%d'.",
            )
        if r.random() < 0.22 and s.end - t > sec(600):
            td = t + (s.end - t) * r.uniform(0.3, 0.95)
            U(
                run,
                td,
                f"user {n} died at ({pz_pos(r)}) (non pvp).",
                "user %s died at (%d,%d,%d) (non pvp).",
            )
        if s.end_kind == "open":
            continue
        reason = (
            "receive-disconnect" if s.end_kind == "quit" or r.random() < 0.4 else "connection-lost"
        )
        if s.end_kind == "quit" and r.random() < 0.08:
            reason = "connection-lost"
        end = s.end
        if s.end_kind == "down":
            end = runs[0][2] - sec(r.uniform(0.5, 3))
            reason = "receive-disconnect"
        a = D(
            run,
            end,
            "LOG",
            "Network",
            f'ConnectionManager: [disconnect] "{reason}" connection: {conn(n)}',
            f'ConnectionManager: [disconnect] "%s" connection: {conn_label}',
        )
        a = D(
            run,
            a + sec(0.003),
            "LOG",
            "General",
            f'Disconnected player "{n}" {sid}',
            'Disconnected player "%s" %s',
        )
        U(
            run,
            a + sec(0.001),
            f'{sid} "{n}" disconnected player ({pz_pos(r)}).',
            '%s "%s" disconnected player (%d,%d,%d).',
        )

    # the admin's warnings before the mod-update restart
    for tm, text in [
        (at(9, 41, 12), "mod update, restart in 5 min, get somewhere safe"),
        (at(9, 44, 3), "restart in 2 min"),
        (at(9, 45, 40), "restarting now"),
    ]:
        cm = f"ChatMessage{{chat=General, author='Kettle', text='{text}'}}"
        a = C(
            runs[0][0],
            tm,
            f"Got message:{cm}.",
            "Got message:ChatMessage{chat=%s, author='%s', text='%s'}.",
        )
        C(
            runs[0][0],
            a + sec(0.001),
            f"Message '{cm}' was sent members of chat '0'.",
            "Message 'ChatMessage{chat=%s, author='%s', text='%s'}' was sent members of chat '%d'.",
        )

    # Zed Loot Tables (fixed by the update that made the 09:46 restart) fails on some kills;
    # another mod calls a removed function when a player dies
    def lua_error(
        run: str, t: datetime, message: str, java: str, frames: list[str], fail_at: str
    ) -> None:
        t = D(
            run,
            t,
            "LOG",
            "General",
            "-------------------------------------------------------------",
            "-------------------------------------------------------------\\n" + message[1],
            [message[0] + "."],
        )
        t = D(
            run,
            t + sec(0.003),
            "LOG",
            "General",
            "-----------------------------------------",
            "-----------------------------------------\\nSTACK TRACE\\n-----------------------------------------",
            ["STACK TRACE", "-----------------------------------------", *frames],
        )
        t = D(
            run,
            t + sec(0.02),
            "ERROR",
            "General",
            f"ExceptionLogger.logException> Exception thrown java.lang.RuntimeException: {message[0]} at {fail_at}..",
            f"Exception thrown java.lang.RuntimeException: {message[2]} at {fail_at.split(':')[0]}:%d..",
        )
        D(
            run,
            t + sec(0.001),
            "ERROR",
            "General",
            "DebugLogStream.printException> Stack trace:.",
            "Stack trace:.",
            [f"java.lang.RuntimeException: {message[0]}", java, *PZ_KAHLUA],
        )

    for te in poisson(r, runs[0][1] + sec(300), runs[0][2], 420):
        field = r.choice(["getSquare", "getSquare", "getModData", "getContainer"])
        lua_error(
            runs[0][0],
            te,
            (
                f"attempted index: {field} of non-table: null",
                "attempted index: %s of non-table: null.",
                "attempted index: %s of non-table: null",
            ),
            "\tat se.krka.kahlua.vm.KahluaThread.tableget(KahluaThread.java:1689)",
            [
                "function: onZombieDead -- file: ZedLoot_Server.lua line # 44 | MOD: Zed Loot Tables",
                f"function: rollLoot -- file: ZedLoot_Server.lua line # {r.choice([112, 118])} | MOD: Zed Loot Tables.",
            ],
            "KahluaThread.tableget line:1689",
        )
    for te in poisson(r, T0 + sec(600), T_END, 1500):
        run = runs[0][0] if te < runs[0][2] else runs[1][0]
        if runs[0][2] <= te < runs[1][1] + sec(60):
            continue
        lua_error(
            run,
            te,
            (
                "Object tried to call nil in onPlayerDeath",
                "Object tried to call nil in %s.",
                "Object tried to call nil in %s",
            ),
            "\tat se.krka.kahlua.vm.KahluaUtil.fail(KahluaUtil.java:82)",
            [
                "function: onPlayerDeath -- file: SafehouseRespawn_Server.lua line # 27 | MOD: Safehouse Respawn."
            ],
            "KahluaUtil.fail line:82",
        )
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- Arma 3

A3_VERSION = "2.16.151618"
A3_MODS = "@CBA_A3;@ace;@task_force_radio;@CUP_Terrains_Core;@KP_Liberation"
A3_PLAYERS = [
    "[7th] J. Kowalski",
    "[7th] Reyes",
    "[7th] Sgt. Pepper",
    "Hawkeye",
    "Doc Holliday",
    "Baguette",
    "M. Lindgren",
    "Raptor 1-1",
    "Vulture",
    "Cpt. Obvious",
    "Kettle",
    "Frankie",
    "Nord",
    "[TFA] Ghost",
    "[TFA] Mako",
    "Dmitri K.",
    "Pvt. Parts",
    "Zulu",
    "Jonas",
    "Bravo 6",
    "Harlow",
    "Mad Dog",
    "Svenske",
    "Tin Can",
    "Walrus",
    "Echo Sierra",
    "Lumber",
    "Nomad",
    "Pike",
    "Oskar",
]
A3_BASE_CLASSES = [
    (
        "CfgVehicles/B_Soldier_base_F",
        "SoldierWB",
        "CAManBase",
        "@ace\\addons\\medical_engine\\config.bin",
    ),
    (
        "CfgVehicles/O_Soldier_base_F",
        "SoldierEB",
        "CAManBase",
        "@ace\\addons\\medical_engine\\config.bin",
    ),
    (
        "CfgVehicles/I_Soldier_base_F",
        "SoldierGB",
        "CAManBase",
        "@ace\\addons\\medical_engine\\config.bin",
    ),
    (
        "CfgWeapons/ItemRadio",
        "ItemCore",
        "CBA_MiscItem",
        "@task_force_radio\\addons\\task_force_radio_items\\config.bin",
    ),
    ("CfgAmmo/SubmunitionBase", "Default", "BulletBase", "@ace\\addons\\frag\\config.bin"),
    (
        "CfgMagazines/CA_LauncherMagazine",
        "Default",
        "CA_Magazine",
        "@ace\\addons\\disposable\\config.bin",
    ),
    (
        "CfgVehicles/Land_Wreck_Ural_F",
        "Wreck_base",
        "House_F",
        "@CUP_Terrains_Core\\addons\\cup_terrains_core\\config.bin",
    ),
]
A3_FINAL = [
    "bis_fnc_missiontasks",
    "bis_fnc_taskPatrol",
    "bis_fnc_spawnGroup",
    "bis_fnc_setTask",
    "bis_fnc_dynamicText",
    "bis_fnc_moduleInit",
    "bis_fnc_arsenal",
    "bis_fnc_respawnTickets",
    "bis_fnc_showNotification",
    "bis_fnc_addRespawnPosition",
]
A3_FORMS = [
    "on me at {grid}",
    "need a medic at {place}",
    "taking fire from the {dir} ridge",
    "rgr",
    "copy, moving to {place}",
    "heli inbound {n} mins",
    "who has the {kit}",
    "{kit} at the truck",
    "sector {place} captured",
    "{veh} on the road {dir}",
    "can someone fly to {place}",
    "contact {dir}, {n}00 meters",
    "rtb, need {kit}",
    "is the HC lagging?",
    "mortar on {grid}",
]
A3_FILL = {
    "grid": ["grid 045 112", "grid 121 098", "grid 187 140", "grid 230 175", "grid 099 201"],
    "place": [
        "the FOB",
        "Kavala",
        "Pyrgos",
        "Sofia",
        "Zaros",
        "Athira",
        "Neochori",
        "the airfield",
        "the radio tower",
    ],
    "dir": ["north", "south", "east", "west", "northeast", "southwest"],
    "kit": ["UAV terminal", "ammo box", "AT launcher", "toolkit", "medkit", "mine detector"],
    "veh": ["tanks", "two BTRs", "a technical", "an Ifrit", "trucks"],
    "n": ["1", "2", "3", "4", "5", "8"],
}
A3_CRASH = [
    "-------------------------------------------------------",
    "Exception code: C0000005 ACCESS_VIOLATION at 7FF6A3B41C22",
    "Allocator: C:\\Servers\\Arma3\\Dll\\tbb4malloc_bi_x64.dll",
    "Addons:",
    "  cba_main in x\\cba\\addons\\main\\, ace_main in z\\ace\\addons\\main\\, ace_medical_engine in z\\ace\\addons\\medical_engine\\",
    "Mods: @CBA_A3, @ace, @task_force_radio, @CUP_Terrains_Core, @KP_Liberation",
    "Distribution: 0",
    f"Version {A3_VERSION}",
    "Fault time: 2024/06/07 09:41:27",
    "Fault address:  A3B41C22 01:00F40C22 C:\\Servers\\Arma3\\arma3server_x64.exe",
    "file:     kp_liberation_altis (__cur_mp)",
    "world:    Altis",
    "Prev. code bytes: 48 8B 41 08 48 85 C0 74 0A 48 8B 48 10 48 85 C9",
    "Fault code bytes: 8B 41 18 83 F8 01 0F 84 51 01 00 00 48 8B 5C 24",
]
A3_EXPR = [
    (
        "scripts\\server\\ai\\add_defense_waypoints.sqf",
        27,
        "ndom 100 < 50) then {",
        '_unit setSkill ["aimingAccuracy", 0.2];',
        "  Error Undefined variable in expression: _unit",
        "  Error Undefined variable in expression: %s",
    ),
    (
        "scripts\\server\\remotecall\\build_remote_call.sqf",
        61,
        "_price = (_supplies / _count) * KPLIB_",
        "/ _count) * KPLIB_resources_multiplier;",
        "  Error Type Any, expected Number",
        "  Error Type %s, expected %s",
    ),
]


def a3_ts(t: datetime) -> str:
    return f"{t.hour:2d}:{t:%M:%S}"


def arma3(r: random.Random) -> list[Log]:
    """An Arma 3 dedicated server running KP Liberation, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    runs = [
        ("arma3server_x64_2024-06-07_05-59-58.rpt", at(5, 59, 58), at(9, 41, 27)),
        ("arma3server_x64_2024-06-07_09-42-17.rpt", at(9, 42, 17), T_END),
    ]

    def L(f: str, t: datetime, msg: str, label: str, more: list[str] | None = None) -> datetime:
        return fs.add(f, t, label, lambda x: [f"{a3_ts(x)} {msg}"] + (more or []), f, SEC)

    game_started = []
    for f, t0, _ in runs:
        cmd = f'"C:\\Servers\\Arma3\\arma3server_x64.exe" -port=2302 -config=server.cfg -cfg=basic.cfg -profiles=C:\\Servers\\Arma3\\profiles -name=server -autoInit "-mod={A3_MODS}"'
        banner = [
            "== C:\\Servers\\Arma3\\arma3server_x64.exe",
            f"== {cmd}",
            "",
            "Original output filename: Arma3Retail_Server_x64",
            "Exe timestamp: 2024/05/13 10:42:51",
            f"Current time:  {t0:%Y/%m/%d %H:%M:%S}",
            "",
            "Type: Public",
            "Build: Stable",
            f"Version: {A3_VERSION}",
            "",
            "Allocator: C:\\Servers\\Arma3\\Dll\\tbb4malloc_bi_x64.dll [2017.0.0.0] [2017.0.0.0]",
            "PhysMem: 64 GiB, VirtMem : 131072 GiB, AvailPhys : 51 GiB, AvailVirt : 131067 GiB, AvailPage : 59 GiB, PageSize : 4.0 KiB/2.0 MiB/HasLockMemory, CPUCount : 12",
            "",
            "=====================================================================",
            "",
        ]
        fs.add(
            f,
            t0 - sec(0.5),
            "=====================================================================",
            lambda x, b=banner: [
                "=====================================================================",
                *b,
            ],
            f,
            SEC,
        )
        t = L(f, t0, "Initializing stats manager.", "Initializing stats manager.")
        t = L(f, t, f"sessionID: {hexid(r, 40)}", "sessionID: %s")
        t = L(
            f,
            t + sec(2),
            "Warning: Current Steam AppId: 233780 doesn't match expected value: 107410",
            "Warning: Current Steam AppId: %d doesn't match expected value: %d",
        )
        t += sec(r.uniform(2, 4))
        for path, old, new, by in A3_BASE_CLASSES:
            t = L(
                f,
                t,
                f"Updating base class {old}->{new}, by {by}/{path}/ (original (a3\\data_f\\config.bin/{path}/))",
                "Updating base class %s->%s, by %s (original %s)",
            )
        t = L(f, t + sec(2), "Dedicated host created.", "Dedicated host created.")
        t = L(
            f,
            t + sec(1),
            f"BattlEye Server: Initialized (v1.220, Arma 3 {A3_VERSION})",
            "BattlEye Server: Initialized (v%s, Arma 3 %s)",
        )
        t = L(f, t, "Host identity created.", "Host identity created.")
        t = L(f, t + sec(r.uniform(9, 14)), "Reading mission ...", "Reading mission ...")
        t = L(f, t + sec(r.uniform(4, 7)), "Mission read.", "Mission read.")
        for fn in A3_FINAL:
            t = L(
                f,
                t,
                f"Attempt to override final function - {fn}",
                "Attempt to override final function - %s",
            )
        t = L(f, t + sec(r.uniform(3, 6)), "Game started.", "Game started.")
        t = L(f, t, f"Mission id: {hexid(r, 40)}", "Mission id: %s")
        game_started.append(t)

    def rate(t: datetime) -> float:
        return 0.3 + 0.45 * (t - T0).total_seconds() / 21600

    spans = [
        (game_started[0] + sec(30), runs[0][2], True),
        (game_started[1] + sec(30), T_END, False),
    ]
    sess = play(r, A3_PLAYERS, spans, rate, 80, rejoin=0.85)
    uid = {p: steam64(r) for p in A3_PLAYERS}
    beguid = {p: hexid(r, 32) for p in A3_PLAYERS}
    addr = {p: ip_public(r) for p in A3_PLAYERS}
    slot = {runs[0][0]: itertools.count(0), runs[1][0]: itertools.count(0)}
    channels = [
        (0.5, "Side"),
        (0.25, "Global"),
        (0.15, "Group"),
        (0.05, "Vehicle"),
        (0.05, "Direct"),
    ]
    for s in sess:
        p = s.who
        f = runs[0][0] if s.start < runs[0][2] else runs[1][0]
        n = next(slot[f])
        t = L(f, s.start, f"Player {p} connecting.", "Player %s connecting.")
        t = L(
            f,
            t + sec(r.uniform(0.2, 1.5)),
            f"BattlEye Server: Player #{n} {p} ({addr[p]}:{r.choice([2304, 2304, 2304, 2316, 53218, 61004])}) connected",
            "BattlEye Server: Player #%d %s (%s:%d) connected",
        )
        t = L(
            f,
            t + sec(r.uniform(0.2, 1.5)),
            f"Player {p} connected (id={uid[p]}).",
            "Player %s connected (id=%s).",
        )
        t = L(
            f,
            t + sec(r.uniform(0.2, 1.5)),
            f"BattlEye Server: Player #{n} {p} - BE GUID: {beguid[p]}",
            "BattlEye Server: Player #%d %s - BE GUID: %s",
        )
        t = L(
            f,
            t + sec(r.uniform(2, 9)),
            f"BattlEye Server: Verified GUID ({beguid[p]}) of player #{n} {p}",
            "BattlEye Server: Verified GUID (%s) of player #%d %s",
        )
        for tc in poisson(r, t + sec(60), s.end, 1500):
            x, ch = r.random(), "Side"
            for w, c in channels:
                x -= w
                if x <= 0:
                    ch = c
                    break
            L(
                f,
                tc,
                f"BattlEye Server: ({ch}) {p}: {chatter(r, A3_FORMS, A3_FILL)}",
                "BattlEye Server: (%s) %s: %s",
            )
        if s.end_kind == "down" or s.end_kind == "open":
            continue
        if r.random() < 0.05:
            t = L(
                f,
                s.end,
                f"Player {p} kicked off by BattlEye: Client not responding",
                "Player %s kicked off by BattlEye: Client not responding",
            )
        else:
            t = L(f, s.end, f"Player {p} disconnected.", "Player %s disconnected.")
        t = L(
            f,
            t + sec(r.uniform(0.1, 0.9)),
            f"BattlEye Server: Player #{n} {p} disconnected",
            "BattlEye Server: Player #%d %s disconnected",
        )
        # the objects the player owned go away with them
        for _ in range(r.choice([0, 0, 1, 2, 3, 5, 8])):
            L(
                f,
                t + sec(r.uniform(0.1, 4)),
                f"Server: Object {r.choice([2, 3, 4])}:{r.randrange(100, 9800)} not found (message Type_{r.choice([119, 119, 120, 465])})",
                "Server: Object %d:%d not found (message Type_%d)",
            )
        if r.random() < 0.08:
            L(
                f,
                t + sec(r.uniform(5, 20)),
                f"Server error: Player without identity {p} (id {r.randrange(1000000, 2000000000)})",
                "Server error: Player without identity %s (id %d)",
            )

    # the whole run: ownership churn, the mission's remoteExec with TEXT, nonnetwork wrecks,
    # a Discord bot's RCon logins
    for f, _, t1 in runs:
        start = game_started[0] if f == runs[0][0] else game_started[1]
        for tx in poisson(r, start + sec(60), t1, 95):
            x = r.random()
            if x < 0.45:
                for k in range(r.choice([1, 1, 2, 3])):
                    L(
                        f,
                        tx + sec(k * 0.1),
                        "Performance warning: SimpleSerialization::Write 'params' is using type of ,'TEXT' which is not optimized by simple serialization, falling back to generic serialization, use generic type or ask for optimizations for these types",
                        "Performance warning: SimpleSerialization::Write 'params' is using type of ,'%s' which is not optimized by simple serialization, falling back to generic serialization, use generic type or ask for optimizations for these types",
                    )
            elif x < 0.7:
                L(
                    f,
                    tx,
                    f"Can't change owner from {r.choice([0, 2, 3])} to {r.choice([4, 5, 7, 9, 11])}",
                    "Can't change owner from %d to %d",
                )
            elif x < 0.85:
                L(
                    f,
                    tx,
                    f"Ref to nonnetwork object {hexid(r, 11)}# {r.randrange(160000, 1800000)}: {r.choice(['wreck_ural_f.p3d', 'helper_clutter_1.p3d', 'powerpolewooden_l_f.p3d', 'cup_hromada_beton.p3d'])}",
                    "Ref to nonnetwork object %s",
                )
            else:
                L(
                    f,
                    tx,
                    f"Server: Object 2:{r.randrange(100, 9800)} not found (message Type_{r.choice([119, 120])})",
                    "Server: Object %d:%d not found (message Type_%d)",
                )
        for admin, tr in enumerate(every_(r, start + sec(120), t1, 600, 30)):
            L(
                f,
                tr,
                f"BattlEye Server: RCon admin #{admin} (10.10.0.5:{r.randrange(49152, 65535)}) logged in",
                "BattlEye Server: RCon admin #%d (%s:%d) logged in",
            )

    # the mission's AI script errors (patrols spawned near players) and the build menu's
    for tx in poisson(r, game_started[0] + sec(300), T_END, 520):
        f = runs[0][0] if tx < runs[0][2] else runs[1][0]
        if runs[0][2] <= tx < game_started[1] + sec(60):
            continue
        path, line, head, pos, err, err_label = A3_EXPR[0] if r.random() < 0.75 else A3_EXPR[1]
        t = L(f, tx, f"Error in expression <{head}", "Error in expression <%s>", [f"{pos}>"])
        t = L(f, t, f"  Error position: <{pos}>", "  Error position: <%s>")
        t = L(f, t, err, err_label)
        L(f, t, f"File mpmissions\\__cur_mp.Altis\\{path}..., line {line}", "File %s..., line %d")

    fs.add(
        runs[0][0],
        runs[0][2],
        "=======================================================",
        lambda x: ["=======================================================", *A3_CRASH],
        runs[0][0],
        SEC,
    )
    return fs.logs(T0)


def every_(
    r: random.Random, t0: datetime, t1: datetime, period: float, jitter: float
) -> list[datetime]:
    """Instants from t0 to t1 about `period` seconds apart (each moved by up to `jitter`)."""
    out, t = [], t0
    while t < t1:
        out.append(t + sec(r.uniform(0, jitter)))
        t += sec(period)
    return out


# --------------------------------------------------------------------------------- Velocity

VC_BUILD = "3.3.0-SNAPSHOT (git-6d3b6b3c-b399)"
VC_JAR = f"~[velocity.jar:{VC_BUILD}]"
VC_PKG = "com.velocitypowered.proxy"
VC_BACKENDS = {
    "lobby": "10.0.1.11",
    "survival": "10.0.1.12",
    "creative": "10.0.1.13",
    "minigames": "10.0.1.14",
}
VC_SYL = [
    "craft",
    "steve",
    "block",
    "pixel",
    "dark",
    "nova",
    "frost",
    "ender",
    "creep",
    "dino",
    "mango",
    "toast",
    "ninja",
    "wolf",
    "shadow",
    "lava",
    "sky",
    "turbo",
    "bean",
    "ghost",
    "zap",
    "moon",
    "kiwi",
    "rex",
    "puff",
]
VC_REFUSED = [
    "io.netty.channel.AbstractChannel$AnnotatedConnectException: finishConnect(..) failed: Connection refused: /{addr}:25565",
    "Caused by: java.net.ConnectException: finishConnect(..) failed: Connection refused",
    "\tat io.netty.channel.unix.Errors.newConnectException0(Errors.java:166) " + VC_JAR,
    "\tat io.netty.channel.unix.Errors.handleConnectErrno(Errors.java:131) " + VC_JAR,
    "\tat io.netty.channel.unix.Socket.finishConnect(Socket.java:359) " + VC_JAR,
    "\tat io.netty.channel.epoll.AbstractEpollChannel$AbstractEpollUnsafe.doFinishConnect(AbstractEpollChannel.java:715) "
    + VC_JAR,
    "\tat io.netty.channel.epoll.AbstractEpollChannel$AbstractEpollUnsafe.finishConnect(AbstractEpollChannel.java:692) "
    + VC_JAR,
    "\tat io.netty.channel.epoll.AbstractEpollChannel$AbstractEpollUnsafe.epollOutReady(AbstractEpollChannel.java:567) "
    + VC_JAR,
    "\tat io.netty.channel.epoll.EpollEventLoop.processReady(EpollEventLoop.java:499) " + VC_JAR,
    "\tat io.netty.channel.epoll.EpollEventLoop.run(EpollEventLoop.java:407) " + VC_JAR,
    "\tat io.netty.util.concurrent.SingleThreadEventExecutor$4.run(SingleThreadEventExecutor.java:997) "
    + VC_JAR,
    "\tat io.netty.util.internal.ThreadExecutorMap$2.run(ThreadExecutorMap.java:74) " + VC_JAR,
    "\tat io.netty.util.concurrent.FastThreadLocalRunnable.run(FastThreadLocalRunnable.java:30) "
    + VC_JAR,
    "\tat java.base/java.lang.Thread.run(Thread.java:1583) [?:?]",
]
VC_OFFLINE = "You are not logged into your Minecraft account. If you are logged into your Minecraft account, try restarting your Minecraft client."


def velocity(r: random.Random) -> list[Log]:
    """Two Velocity proxies of a Minecraft network, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    names = sorted(
        {
            f"{r.choice(VC_SYL).capitalize() if r.random() < 0.5 else r.choice(VC_SYL)}{r.choice(VC_SYL)}{r.choice(['', '', '_', str(r.randrange(1, 99)), 'MC', 'YT', '_x'])}"
            for _ in range(160)
        }
    )
    p2_stop, p2_start = at(10, 15, 2), at(10, 16, 20)
    files = {
        "proxy-1": [("proxy-1-latest.log", at(6, 0, 12), T_END)],
        "proxy-2": [
            ("proxy-2-2024-06-07-1.log", at(6, 0, 40), p2_stop),
            ("proxy-2-latest.log", p2_start, T_END),
        ],
    }

    def fname(proxy: str, t: datetime) -> str:
        return files[proxy][0][0] if t < p2_start else files[proxy][-1][0]

    def V(
        proxy: str,
        t: datetime,
        thread: str,
        level: str,
        logger: str,
        msg: str,
        label: str,
        more: list[str] | None = None,
    ) -> datetime:
        f = fname(proxy, t)
        return fs.add(
            f,
            t,
            label,
            lambda x: [f"[{x:%H:%M:%S}] [{thread}/{level}] [{logger}]: {msg}"] + (more or []),
            f,
            SEC,
        )

    def worker() -> str:
        return f"Netty epoll Worker #{r.randrange(1, 9)}"

    up = {}
    for proxy, fl in files.items():
        for f, t0, _ in fl:
            t = V(
                proxy,
                t0,
                "main",
                "INFO",
                f"{VC_PKG}.VelocityServer",
                f"Booting up Velocity {VC_BUILD}...",
                "Booting up Velocity %s...",
            )
            t = V(
                proxy,
                t,
                "main",
                "INFO",
                f"{VC_PKG}.VelocityServer",
                "Loading localizations...",
                "Loading localizations...",
            )
            t = V(
                proxy,
                t,
                "main",
                "INFO",
                f"{VC_PKG}.network.ConnectionManager",
                "Connections will use epoll channels, libdeflate (Linux x86_64) compression, OpenSSL 3.x (Linux x86_64) ciphers",
                "Connections will use %s channels, %s compression, %s ciphers",
            )
            t = V(
                proxy,
                t,
                "main",
                "INFO",
                f"{VC_PKG}.VelocityServer",
                "Loading plugins...",
                "Loading plugins...",
            )
            plugins = [
                ("luckperms", "5.4.131", "Luck"),
                ("maintenance", "4.2.1", "kennytv"),
                ("spark", "1.10.73", "lucko"),
                ("signedvelocity", "1.2.3", "4drian3d"),
            ]
            for pid, ver, author in plugins:
                t = V(
                    proxy,
                    t,
                    "main",
                    "INFO",
                    f"{VC_PKG}.plugin.VelocityPluginManager",
                    f"Loaded plugin {pid} {ver} by {author}",
                    "Loaded plugin %s %s by %s",
                )
            t = V(
                proxy,
                t,
                "main",
                "INFO",
                f"{VC_PKG}.VelocityServer",
                f"Loaded {len(plugins)} plugins",
                "Loaded %d plugins",
            )
            t = V(proxy, t, "main", "INFO", "luckperms", "        __    ", "        __    ")
            t = V(
                proxy,
                t,
                "main",
                "INFO",
                "luckperms",
                "  |    |__)   LuckPerms v5.4.131",
                "  |    |__)   LuckPerms v%s",
            )
            t = V(
                proxy,
                t,
                "main",
                "INFO",
                "luckperms",
                "  |___ |      Running on Velocity - Velocity",
                "  |___ |      Running on %s - %s",
            )
            t = V(
                proxy,
                t,
                "main",
                "INFO",
                "luckperms",
                "Loading configuration...",
                "Loading configuration...",
            )
            t = V(
                proxy,
                t,
                "main",
                "INFO",
                "luckperms",
                "Loading storage provider... [MARIADB]",
                "Loading storage provider... [%s]",
            )
            t = V(
                proxy,
                t,
                "main",
                "INFO",
                "luckperms",
                "Performing initial data load...",
                "Performing initial data load...",
            )
            t = V(
                proxy,
                t,
                "main",
                "INFO",
                "luckperms",
                f"Successfully enabled. (took {r.randrange(1900, 3400)}ms)",
                "Successfully enabled. (took %dms)",
            )
            t = V(
                proxy,
                t,
                "main",
                "INFO",
                f"{VC_PKG}.network.ConnectionManager",
                "Listening on /[0:0:0:0:0:0:0:0%0]:25577",
                "Listening on %s",
            )
            t = V(
                proxy,
                t,
                "main",
                "INFO",
                f"{VC_PKG}.Velocity",
                f"Done ({(t - t0).total_seconds() + r.uniform(0.1, 0.9):.2f}s)!",
                "Done (%ss)!",
            )
            up[f] = t

    def rate(t: datetime) -> float:
        return 0.24 + 0.3 * (t - T0).total_seconds() / 21600

    # the load balancer spreads players over both proxies; proxy-2 restarts at 10:15
    spans = [(up["proxy-1-latest.log"] + sec(5), T_END, False)]
    spans2 = [
        (up["proxy-2-2024-06-07-1.log"] + sec(5), p2_stop, True),
        (up["proxy-2-latest.log"] + sec(5), T_END, False),
    ]
    half = len(names) // 2
    sessions = [("proxy-1", s) for s in play(r, names[:half], spans, rate, 55)] + [
        ("proxy-2", s) for s in play(r, names[half:], spans2, rate, 55, rejoin=0.7)
    ]
    addr = {n: ip_public(r) for n in names}
    mojang_down = (at(7, 38, 5), at(7, 51, 31))
    creative_open = at(8, 12, 0)
    no_forwarding = (creative_open, at(8, 31, 10))
    bad_secret = (at(8, 31, 10), at(8, 44, 2))
    survival_down = (at(9, 30, 0), at(9, 33, 24))
    cp = f"{VC_PKG}.connection.client"
    bp = f"{VC_PKG}.connection.backend"
    # proxy-2's restart for a plugin update: the shutdown first, each player's disconnect after
    V(
        "proxy-2",
        p2_stop,
        "Shutdown thread",
        "INFO",
        f"{VC_PKG}.VelocityServer",
        "Shutting down the proxy...",
        "Shutting down the proxy...",
    )
    for proxy, s in sessions:
        n = s.who
        port = r.randrange(49152, 65535)
        who = f"[connected player] {n} (/{addr[n]}:{port})"
        pl = "[connected player] %s (%s)"
        t = s.start
        # Mojang's session servers failing: the login is refused, the client retries
        if in_any(t, [mojang_down]):
            while in_any(t, [mojang_down]) and t < s.end:
                th = worker()
                a = V(
                    proxy,
                    t,
                    th,
                    "ERROR",
                    f"{cp}.InitialLoginSessionHandler",
                    f"Got an unexpected error code 503 whilst contacting Mojang to log in {n} ({addr[n]})",
                    "Got an unexpected error code %d whilst contacting Mojang to log in %s (%s)",
                )
                V(
                    proxy,
                    a,
                    th,
                    "INFO",
                    f"{cp}.InitialInboundConnection",
                    f"[initial connection] /{addr[n]}:{port} has disconnected: Authentication servers are down. Please try again later, sorry!",
                    "[initial connection] %s has disconnected: Authentication servers are down. Please try again later, sorry!",
                )
                t += sec(r.uniform(20, 90))
                port = r.randrange(49152, 65535)
            who = f"[connected player] {n} (/{addr[n]}:{port})"
            if t >= s.end:
                continue
        th = worker()
        t = V(
            proxy,
            t,
            th,
            "INFO",
            f"{cp}.AuthSessionHandler",
            f"{who} has connected",
            f"{pl} has connected",
        )
        t = V(
            proxy,
            t + sec(r.uniform(0.2, 1.2)),
            th,
            "INFO",
            f"{bp}.TransitionSessionHandler",
            f"[server connection] {n} -> lobby has connected",
            "[server connection] %s -> %s has connected",
        )
        cur = "lobby"
        t += sec(r.uniform(8, 240))
        while t < s.end - sec(30):
            dest = r.choices(
                ["survival", "minigames", "creative", "lobby"],
                [6, 2, 1.5 if t >= creative_open else 0, 1 if cur != "lobby" else 0],
            )[0]
            if dest == cur:
                t += sec(r.uniform(120, 900))
                continue
            if dest == "creative" and in_any(t, [no_forwarding, bad_secret]):
                why = (
                    "This server requires you to connect with Velocity."
                    if in_any(t, [no_forwarding])
                    else "Unable to verify player details"
                )
                V(
                    proxy,
                    t,
                    th,
                    "ERROR",
                    f"{cp}.ConnectedPlayer",
                    f"{who}: disconnected while connecting to creative: {why}",
                    f"{pl}: disconnected while connecting to %s: {why}",
                )
                t += sec(r.uniform(20, 200))
                continue
            if dest == "survival" and in_any(t, [survival_down]):
                V(
                    proxy,
                    t,
                    th,
                    "ERROR",
                    f"{cp}.ConnectedPlayer",
                    f"{who}: unable to connect to server survival",
                    f"{pl}: unable to connect to server %s",
                    [x.format(addr=VC_BACKENDS["survival"]) for x in VC_REFUSED],
                )
                t += sec(r.uniform(15, 80))
                continue
            a = V(
                proxy,
                t,
                th,
                "INFO",
                f"{bp}.TransitionSessionHandler",
                f"[server connection] {n} -> {dest} has connected",
                "[server connection] %s -> %s has connected",
            )
            V(
                proxy,
                a + sec(0.1),
                th,
                "INFO",
                f"{bp}.BackendPlaySessionHandler",
                f"[server connection] {n} -> {cur} has disconnected",
                "[server connection] %s -> %s has disconnected",
            )
            cur = dest
            stay = sec(r.uniform(600, 4200))
            # the survival restart at 09:30 and the idle kick send players back to the lobby
            if cur == "survival" and t < survival_down[0] < t + stay and survival_down[0] < s.end:
                kt = survival_down[0] + sec(r.uniform(0, 2))
                a = V(
                    proxy,
                    kt,
                    th,
                    "INFO",
                    f"{cp}.ConnectedPlayer",
                    f"{who}: kicked from server survival: Server closed",
                    f"{pl}: kicked from server %s: Server closed",
                )
                V(
                    proxy,
                    a,
                    th,
                    "INFO",
                    f"{bp}.TransitionSessionHandler",
                    f"[server connection] {n} -> lobby has connected",
                    "[server connection] %s -> %s has connected",
                )
                cur = "lobby"
                t = kt + sec(r.uniform(30, 150))
                continue
            if cur == "survival" and r.random() < 0.07 and t + stay < s.end:
                kt = t + stay
                a = V(
                    proxy,
                    kt,
                    th,
                    "INFO",
                    f"{cp}.ConnectedPlayer",
                    f"{who}: kicked from server survival: You have been idle for too long!",
                    f"{pl}: kicked from server %s: You have been idle for too long!",
                )
                V(
                    proxy,
                    a,
                    th,
                    "INFO",
                    f"{bp}.TransitionSessionHandler",
                    f"[server connection] {n} -> lobby has connected",
                    "[server connection] %s -> %s has connected",
                )
                cur = "lobby"
            t += stay
        if s.end_kind == "open":
            continue
        if s.end_kind == "down":
            V(
                proxy,
                p2_stop + sec(r.uniform(0.1, 0.9)),
                th,
                "INFO",
                f"{cp}.ConnectedPlayer",
                f"{who} has disconnected: Proxy shutting down.",
                f"{pl} has disconnected: Proxy shutting down.",
            )
            continue
        if r.random() < 0.04:
            t = V(
                proxy,
                s.end,
                th,
                "ERROR",
                f"{VC_PKG}.connection.MinecraftConnection",
                f"{who}: read timed out",
                f"{pl}: read timed out",
            )
        else:
            t = s.end
        a = V(
            proxy,
            t,
            th,
            "INFO",
            f"{cp}.ConnectedPlayer",
            f"{who} has disconnected",
            f"{pl} has disconnected",
        )
        V(
            proxy,
            a,
            th,
            "INFO",
            f"{bp}.BackendPlaySessionHandler",
            f"[server connection] {n} -> {cur} has disconnected",
            "[server connection] %s -> %s has disconnected",
        )

    # offline-mode (cracked) clients trying their luck on both proxies
    for proxy in files:
        for tc in poisson(r, at(6, 2), T_END, 1100):
            if proxy == "proxy-2" and p2_stop <= tc < up["proxy-2-latest.log"]:
                continue
            V(
                proxy,
                tc,
                worker(),
                "INFO",
                f"{cp}.InitialInboundConnection",
                f"[initial connection] /{ip_public(r)}:{r.randrange(49152, 65535)} has disconnected: {VC_OFFLINE}",
                f"[initial connection] %s has disconnected: {VC_OFFLINE}",
            )

    V(
        "proxy-2",
        p2_stop + sec(2),
        "Shutdown thread",
        "INFO",
        f"{VC_PKG}.network.ConnectionManager",
        "Closing endpoint /[0:0:0:0:0:0:0:0%0]:25577",
        "Closing endpoint %s",
    )
    return fs.logs(T0)


# ------------------------------------------------------------------------ Pterodactyl Wings

WG_PANEL = "panel.example.net"
WG_PANEL_IP = "203.0.113.10"
WG_IMAGES = [
    (
        "ghcr.io/pterodactyl/yolks:java_21",
        "minecraft",
        ")! For help, type ",
        '"[06:14:22 INFO]: Done (14.210s)! For help, type \\"help\\""',
    ),
    (
        "ghcr.io/pterodactyl/yolks:java_17",
        "minecraft",
        ")! For help, type ",
        '"[Server thread/INFO]: Done (41.772s)! For help, type \\"help\\""',
    ),
    (
        "ghcr.io/parkervcp/games:rust",
        "rust",
        "Server startup complete",
        '"Server startup complete"',
    ),
    (
        "ghcr.io/parkervcp/yolks:debian",
        "valheim",
        "Game server connected",
        '"06/07/2024 08:12:40: Game server connected"',
    ),
    (
        "ghcr.io/parkervcp/steamcmd:debian",
        "zomboid",
        "SERVER STARTED",
        '"LOG  : General     , 1717747961002> *** SERVER STARTED ****"',
    ),
    ("ghcr.io/pterodactyl/yolks:nodejs_18", "bot", "Logged in as", '"Logged in as MusicBot#4412!"'),
]
WG_SFTP_USERS = [
    "root",
    "admin",
    "test",
    "user",
    "ubuntu",
    "minecraft",
    "pi",
    "oracle",
    "ftp",
    "guest",
    "steam",
    "server",
    "postgres",
    "git",
]
WG_CONNREFUSED = f'Get "https://{WG_PANEL}/api/remote/servers/{{uuid}}": dial tcp {WG_PANEL_IP}:443: connect: connection refused'
WG_SFTP_REFUSED = f'Post "https://{WG_PANEL}/api/remote/sftp/auth": dial tcp {WG_PANEL_IP}:443: connect: connection refused'
WG_SRC = "/home/runner/work/wings/wings"


def wg_ts(t: datetime) -> str:
    return f"{t:%b} {t.day:2d} {t:%H:%M:%S}.{t.microsecond // 1000:03d}"


def go_duration(s: float) -> str:
    """time.Duration's String for a positive duration."""
    if s < 1e-3:
        return f"{s * 1e6:.3f}".rstrip("0").rstrip(".") + "µs"
    if s < 1:
        return f"{s * 1e3:.6f}".rstrip("0").rstrip(".") + "ms"
    m, rest = divmod(s, 60)
    tail = f"{rest:.9f}".rstrip("0").rstrip(".") + "s"
    return f"{int(m)}m{tail}" if m else tail


def pterodactyl_wings(r: random.Random) -> list[Log]:
    """Wings on two nodes of a game-hosting panel, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    nodes = {
        "node-01": {
            "file": "node-01-wings.log",
            "servers": [uuid4(r) for _ in range(12)],
            "debug_from": None,
            "restart": at(7, 55, 10.481),
        },
        "node-02": {
            "file": "node-02-wings.log",
            "servers": [uuid4(r) for _ in range(9)],
            "debug_from": at(6, 12, 40.207),
            "restart": at(6, 12, 40.207),
        },
    }
    image = {}
    for nd in nodes.values():
        for u in nd["servers"]:
            image[u] = r.choice(WG_IMAGES)

    def W(
        node: str,
        t: datetime,
        level: str,
        msg: str,
        fields: dict[str, object],
        label: str,
        stack: list[str] | None = None,
    ) -> datetime:
        nd = nodes[node]
        if level == "DEBUG" and (nd["debug_from"] is None or t < nd["debug_from"]):
            return t
        lvl = {"DEBUG": "DEBUG", "INFO": " INFO", "WARN": " WARN", "ERROR": "ERROR"}[level]

        def text(x: datetime) -> list[str]:
            head = f"{lvl}: [{wg_ts(x)}] {msg:<25}" + "".join(
                f" {k}={fields[k]}" for k in sorted(fields)
            )
            lines = [head]
            if "error" in fields:
                lines += ["", "Stacktrace:"] + (stack or []) + [""]
            return lines

        return fs.add(nd["file"], t, label, text, node, MS)

    def stack_for(kind: str) -> list[str]:
        frames = {
            "crash": [
                (
                    "github.com/pterodactyl/wings/server.(*Server).onBeforeStart",
                    "server/power.go",
                    187,
                ),
                (
                    "github.com/pterodactyl/wings/server.(*Server).HandlePowerAction",
                    "server/power.go",
                    139,
                ),
                (
                    "github.com/pterodactyl/wings/server.(*Server).handleServerCrash",
                    "server/crash.go",
                    89,
                ),
                (
                    "github.com/pterodactyl/wings/server.(*Server).OnStateChange.func1",
                    "server/server.go",
                    318,
                ),
            ],
            "sftp": [
                ("github.com/pterodactyl/wings/remote.(*client).request", "remote/http.go", 131),
                (
                    "github.com/pterodactyl/wings/remote.(*client).ValidateSftpCredentials",
                    "remote/servers.go",
                    127,
                ),
                (
                    "github.com/pterodactyl/wings/sftp.(*SFTPServer).makeCredentialsRequest",
                    "sftp/server.go",
                    211,
                ),
                (
                    "github.com/pterodactyl/wings/sftp.(*SFTPServer).passwordCallback",
                    "sftp/server.go",
                    193,
                ),
            ],
        }[kind]
        out = []
        for fn, file, line in frames:
            out += [fn, f"\t{WG_SRC}/{file}:{line}"]
        return [
            *out,
            "runtime.goexit",
            "\t/opt/hostedtoolcache/go/1.21.11/x64/src/runtime/asm_amd64.s:1650",
        ]

    panel_down = (at(10, 20, 4), at(10, 31, 40))
    ghcr_down = (at(8, 20, 0), at(8, 41, 30))

    def lock() -> str:
        return f"{hexid(r, 8)}-{hexid(r, 4)}-11ef-{hexid(r, 4)}-0242ac1a0002"

    def boot(node: str, u: str, t: datetime, action: str, lid: str) -> datetime:
        """The start half of a power action, from the panel sync to the resource polling."""
        t = W(
            node,
            t,
            "INFO",
            "syncing server configuration with panel",
            {"server": u},
            "syncing server configuration with panel",
        )
        if in_any(t, [panel_down]):
            return t
        for _ in range(2):
            t = W(
                node,
                t + sec(r.uniform(0.005, 0.03)),
                "INFO",
                "performing server limit modification on-the-fly",
                {"server": u},
                "performing server limit modification on-the-fly",
            )
        t = W(
            node,
            t + sec(r.uniform(0.02, 0.2)),
            "INFO",
            "completed server preflight, starting boot process...",
            {"server": u},
            "completed server preflight, starting boot process...",
        )
        img = image[u][0]
        if in_any(t, [ghcr_down]):
            t = W(
                node,
                t + sec(r.uniform(1.5, 3)),
                "WARN",
                "unable to pull requested image from remote source, however the image exists locally",
                {
                    "container_id": u,
                    "err": "Error response from daemon: received unexpected HTTP status: 503 Service Unavailable",
                    "image": img,
                },
                "unable to pull requested image from remote source, however the image exists locally",
            )
        else:
            t = W(
                node,
                t + sec(r.uniform(0.3, 0.8)),
                "DEBUG",
                "pulling docker image... this could take a bit of time",
                {"image": img},
                "pulling docker image... this could take a bit of time",
            )
            t = W(
                node,
                t + sec(r.uniform(0.2, 1.5)),
                "DEBUG",
                "completed docker image pull",
                {"image": img},
                "completed docker image pull",
            )
        t = W(
            node,
            t + sec(r.uniform(0.3, 0.9)),
            "INFO",
            "starting resource polling for container",
            {"container_id": u, "environment": "docker"},
            "starting resource polling for container",
        )
        return t

    def power(node: str, u: str, t: datetime, action: str) -> datetime:
        lid = lock()
        base = {"action": action, "lock_id": lid, "server": u}
        W(
            node,
            t - sec(0.001),
            "DEBUG",
            "acquiring power action lock for instance",
            {**base, "wait_seconds": 0},
            "acquiring power action lock for instance",
        )
        t = W(
            node,
            t,
            "INFO",
            "acquired exclusive lock on power actions, processing event...",
            base,
            "acquired exclusive lock on power actions, processing event...",
        )
        if action in ("stop", "restart"):
            t += sec(r.uniform(2, 25))
        if action == "kill":
            t += sec(r.uniform(0.1, 0.6))
        if action in ("start", "restart"):
            t = boot(node, u, t, action, lid)
        t = W(
            node,
            t + sec(r.uniform(0.1, 0.3)),
            "INFO",
            "releasing exclusive lock for power action",
            base,
            "releasing exclusive lock for power action",
        )
        if action in ("start", "restart") and not in_any(t, [panel_down]):
            _, _, match, against = image[u]
            W(
                node,
                t + sec(r.uniform(8, 60)),
                "DEBUG",
                "detected server in running state based on console line output",
                {"against": against, "match": match, "server": u},
                "detected server in running state based on console line output",
            )
        return t

    def startup(node: str, t: datetime, running: list[str]) -> datetime:
        nd = nodes[node]
        path = "/var/log/pterodactyl/wings.log"
        t = W(
            node,
            t,
            "INFO",
            "writing log files to disk",
            {"path": path},
            "writing log files to disk",
        )
        t = W(node, t + sec(0.001), "DEBUG", "running in debug mode", {}, "running in debug mode")
        t = W(
            node,
            t + sec(0.001),
            "INFO",
            "loading configuration from file",
            {"config_file": "/etc/pterodactyl/config.yml"},
            "loading configuration from file",
        )
        t = W(
            node,
            t + sec(0.008),
            "INFO",
            "configured wings with system timezone",
            {"timezone": "Etc/UTC"},
            "configured wings with system timezone",
        )
        t = W(
            node,
            t + sec(0.001),
            "INFO",
            "checking for pterodactyl system user",
            {"username": "pterodactyl"},
            "checking for pterodactyl system user",
        )
        t = W(
            node,
            t + sec(0.001),
            "INFO",
            "configured system user successfully",
            {"gid": 988, "uid": 988, "username": "pterodactyl"},
            "configured system user successfully",
        )
        t = W(
            node,
            t + sec(0.004),
            "INFO",
            "fetching list of servers from API",
            {},
            "fetching list of servers from API",
        )
        t = W(
            node,
            t + sec(r.uniform(0.2, 0.5)),
            "INFO",
            "processing servers returned by the API",
            {"total_configs": len(nd["servers"])},
            "processing servers returned by the API",
        )
        t0 = t
        for u in nd["servers"]:
            t = W(
                node,
                t + sec(0.0005),
                "INFO",
                "creating new server object from API response",
                {"server": u},
                "creating new server object from API response",
            )
        t = W(
            node,
            t + sec(0.001),
            "INFO",
            "finished processing server configurations",
            {"duration": go_duration((t - t0).total_seconds() + r.uniform(0.0004, 0.002))},
            "finished processing server configurations",
        )
        for u in nd["servers"]:
            t = W(
                node,
                t + sec(0.0005),
                "INFO",
                "finished loading configuration for server",
                {"server": u},
                "finished loading configuration for server",
            )
        for u in nd["servers"]:
            t = W(
                node,
                t + sec(0.0005),
                "INFO",
                "configuring server environment and restoring to previous state",
                {"server": u},
                "configuring server environment and restoring to previous state",
            )
        for u in nd["servers"]:
            if u in running:
                t = W(
                    node,
                    t + sec(r.uniform(0.005, 0.04)),
                    "INFO",
                    "detected server is running, re-attaching to process...",
                    {"server": u},
                    "detected server is running, re-attaching to process...",
                )
        t = W(
            node,
            t + sec(r.uniform(0.1, 0.4)),
            "INFO",
            "configuring system crons",
            {"interval": "1m0s", "subsystem": "cron"},
            "configuring system crons",
        )
        t = W(
            node,
            t + sec(0.0005),
            "INFO",
            "starting cron processes",
            {"subsystem": "cron"},
            "starting cron processes",
        )
        t = W(
            node,
            t + sec(0.0005),
            "INFO",
            "configuring internal webserver",
            {
                "host_address": "0.0.0.0",
                "host_port": 8080,
                "use_auto_tls": "false",
                "use_ssl": "true",
            },
            "configuring internal webserver",
        )
        t = W(
            node,
            t + sec(0.0005),
            "INFO",
            "updating server states on Panel: marking installing/restoring servers as normal",
            {},
            "updating server states on Panel: marking installing/restoring servers as normal",
        )
        key = {
            "node-01": "AAAAC3NzaC1lZDI1NTE5AAAAIG9xq3Zk1c0hTn4mJv2yA8bW7eQpL5sR6tUuXxYzD0aB",
            "node-02": "AAAAC3NzaC1lZDI1NTE5AAAAIKp4v7Qe2r9sT1uW3xY5zA8bC6dE0fG2hJ4kL6mN8oPq",
        }[node]
        return W(
            node,
            t + sec(0.002),
            "INFO",
            "sftp server listening for connections",
            {"listen": "0.0.0.0:2022", "public_key": f"ssh-ed25519 {key}"},
            "sftp server listening for connections",
        )

    for node, nd in nodes.items():
        running = [u for u in nd["servers"] if r.random() < 0.8]
        startup(node, nd["restart"], running)

    # the Panel's schedules: Minecraft servers restart at 06:00 and 09:00 with a warning first
    for node, nd in nodes.items():
        mc = [u for u in nd["servers"] if image[u][1] == "minecraft"]
        for hh in [6, 9]:
            for u in mc:
                if node == "node-01" and hh == 6:
                    pass
                tw = at(hh - 1, 55, r.uniform(0, 3))
                W(
                    node,
                    tw,
                    "DEBUG",
                    f"POST /api/servers/{u}/commands",
                    {
                        "client_ip": WG_PANEL_IP,
                        "latency": go_duration(r.uniform(0.002, 0.009)),
                        "request_id": uuid4(r),
                        "status": 204,
                    },
                    "%s %s",
                )
                tp = at(hh, 0, r.uniform(0.5, 4))
                if node == "node-02" and tp < nd["restart"]:
                    pass
                W(
                    node,
                    tp,
                    "DEBUG",
                    f"POST /api/servers/{u}/power",
                    {
                        "client_ip": WG_PANEL_IP,
                        "latency": go_duration(r.uniform(0.003, 0.02)),
                        "request_id": uuid4(r),
                        "status": 202,
                    },
                    "%s %s",
                )
                power(node, u, tp + sec(0.01), "restart")

    # two servers a node restart every hour at :30 (a schedule against memory leaks)
    for node, nd in nodes.items():
        for u in [x for x in nd["servers"] if image[x][1] != "minecraft"][:2]:
            for hh in range(6, 12):
                tp = at(hh, 30, r.uniform(0.5, 4))
                if in_any(tp, [panel_down]) or (
                    nd["restart"] - sec(60) <= tp < nd["restart"] + sec(30)
                ):
                    continue
                W(
                    node,
                    tp - sec(0.02),
                    "DEBUG",
                    f"POST /api/servers/{u}/power",
                    {
                        "client_ip": WG_PANEL_IP,
                        "latency": go_duration(r.uniform(0.003, 0.02)),
                        "request_id": uuid4(r),
                        "status": 202,
                    },
                    "%s %s",
                )
                power(node, u, tp, "restart")

    # owners starting, stopping and restarting their servers from the Panel all morning
    for node, nd in nodes.items():
        for tp in poisson(r, T0 + sec(300), T_END, 400 if node == "node-01" else 360):
            if in_any(tp, [panel_down]) or (
                nd["restart"] - sec(60) <= tp < nd["restart"] + sec(30)
            ):
                continue
            u = r.choice(nd["servers"])
            action = r.choices(["restart", "start", "stop", "kill"], [5, 3, 2, 0.6])[0]
            W(
                node,
                tp - sec(0.02),
                "DEBUG",
                f"POST /api/servers/{u}/power",
                {
                    "client_ip": WG_PANEL_IP,
                    "latency": go_duration(r.uniform(0.003, 0.02)),
                    "request_id": uuid4(r),
                    "status": 202,
                },
                "%s %s",
            )
            power(node, u, tp, action)

    # node-02's Panel traffic in debug: consoles over websockets, the file manager, the node page
    users = [ip_public(r) for _ in range(14)]
    n2 = nodes["node-02"]
    for tw in poisson(r, n2["debug_from"] + sec(60), T_END, 230):
        u = r.choice(n2["servers"])
        who = r.choice(users)
        W(
            "node-02",
            tw,
            "DEBUG",
            f"GET /api/servers/{u}/ws",
            {
                "client_ip": who,
                "latency": go_duration(r.uniform(30, 2400)),
                "request_id": uuid4(r),
                "status": 200,
            },
            "%s %s",
        )
        for tf in poisson(r, tw - sec(600), tw, 210):
            route, status = r.choices(
                [
                    ("files/list-directory", 200),
                    ("files/contents", 200),
                    ("files/write", 204),
                    ("files/contents", 404),
                    ("commands", 204),
                ],
                [10, 4, 1.5, 0.6, 2],
            )[0]
            method = "POST" if route in ("files/write", "commands") else "GET"
            W(
                "node-02",
                tf,
                "DEBUG",
                f"{method} /api/servers/{u}/{route}",
                {
                    "client_ip": WG_PANEL_IP,
                    "latency": go_duration(r.uniform(0.0008, 0.04)),
                    "request_id": uuid4(r),
                    "status": status,
                },
                "%s %s",
            )
    for tsys in every_(r, at(7, 10, 3), at(7, 41), 30, 1.5):
        W(
            "node-02",
            tsys,
            "DEBUG",
            "GET /api/system",
            {
                "client_ip": WG_PANEL_IP,
                "latency": go_duration(r.uniform(0.0004, 0.003)),
                "request_id": uuid4(r),
                "status": 200,
            },
            "%s %s",
        )

    # node-01's modded Minecraft server running out of memory, twice in a minute
    n1 = nodes["node-01"]
    atm = next(u for u in n1["servers"] if image[u][1] == "minecraft")
    tc = W(
        "node-01",
        at(8, 41, 7.312),
        "INFO",
        "detected server as entering a crashed state; running crash handler",
        {"server": atm},
        "detected server as entering a crashed state; running crash handler",
    )
    power("node-01", atm, tc + sec(0.05), "start")
    tc = W(
        "node-01",
        at(8, 42, 31.904),
        "INFO",
        "detected server as entering a crashed state; running crash handler",
        {"server": atm},
        "detected server as entering a crashed state; running crash handler",
    )
    W(
        "node-01",
        tc + sec(0.04),
        "INFO",
        "did not restart server after crash; occurred too soon after the last",
        {"server": atm},
        "did not restart server after crash; occurred too soon after the last",
    )
    power("node-01", atm, at(8, 56, 12.5), "start")
    # a Rust server crashing while the Panel is down: the restart fails at the sync
    for node, u, tc in [
        (
            "node-01",
            next(x for x in n1["servers"] if image[x][1] != "minecraft"),
            at(10, 24, 51.07),
        ),
        ("node-02", n2["servers"][3], at(10, 27, 13.66)),
    ]:
        tc = W(
            node,
            tc,
            "INFO",
            "detected server as entering a crashed state; running crash handler",
            {"server": u},
            "detected server as entering a crashed state; running crash handler",
        )
        lid = lock()
        base = {"action": "start", "lock_id": lid, "server": u}
        W(
            node,
            tc + sec(0.001),
            "DEBUG",
            "acquiring power action lock for instance",
            {**base, "wait_seconds": 0},
            "acquiring power action lock for instance",
        )
        t = W(
            node,
            tc + sec(0.002),
            "INFO",
            "acquired exclusive lock on power actions, processing event...",
            base,
            "acquired exclusive lock on power actions, processing event...",
        )
        t = W(
            node,
            t,
            "INFO",
            "syncing server configuration with panel",
            {"server": u},
            "syncing server configuration with panel",
        )
        t = W(
            node,
            t + sec(r.uniform(0.003, 0.02)),
            "INFO",
            "releasing exclusive lock for power action",
            base,
            "releasing exclusive lock for power action",
        )
        err = (
            "failed to start server after crash detection: unable to sync server data from Panel instance: "
            + WG_CONNREFUSED.format(uuid=u)
        )
        W(
            node,
            t + sec(0.001),
            "ERROR",
            "failed to handle server crash",
            {"error": err, "server": u},
            "failed to handle server crash",
            stack_for("crash"),
        )

    # SFTP: a scanner on node-01 09:48-10:06, owners mistyping, logins while the Panel is down
    scanner = ["45.148.10.183", "193.32.162.71"]
    for ts in poisson(r, at(9, 48, 2), at(10, 6, 40), 3.0):
        W(
            "node-01",
            ts,
            "WARN",
            "failed to validate user credentials (invalid username or password)",
            {
                "ip": f"{r.choice(scanner)}:{r.randrange(30000, 65000)}",
                "method": "password",
                "subsystem": "sftp",
                "username": r.choice(WG_SFTP_USERS),
            },
            "failed to validate user credentials (invalid username or password)",
        )
    for node in nodes:
        for ts in poisson(r, T0, T_END, 800):
            who = f"{r.choice(['sam', 'kira', 'ollie', 'jmeyer', 'dkaur', 'bravo6'])}.{hexid(r, 8)}"
            flds = {
                "ip": f"{r.choice(users)}:{r.randrange(30000, 65000)}",
                "method": "password",
                "subsystem": "sftp",
                "username": who,
            }
            if in_any(ts, [panel_down]):
                W(
                    node,
                    ts,
                    "ERROR",
                    "encountered an error while trying to validate user credentials",
                    {**flds, "error": WG_SFTP_REFUSED},
                    "encountered an error while trying to validate user credentials",
                    stack_for("sftp"),
                )
            else:
                W(
                    node,
                    ts,
                    "WARN",
                    "failed to validate user credentials (invalid username or password)",
                    flds,
                    "failed to validate user credentials (invalid username or password)",
                )
        for ts in poisson(r, panel_down[0], panel_down[1], 45):
            who = f"{r.choice(['sam', 'kira', 'ollie', 'jmeyer', 'dkaur', 'bravo6'])}.{hexid(r, 8)}"
            flds = {
                "error": WG_SFTP_REFUSED,
                "ip": f"{r.choice(users)}:{r.randrange(30000, 65000)}",
                "method": "password",
                "subsystem": "sftp",
                "username": who,
            }
            W(
                node,
                ts,
                "ERROR",
                "encountered an error while trying to validate user credentials",
                flds,
                "encountered an error while trying to validate user credentials",
                stack_for("sftp"),
            )
    return fs.logs(T0)


SYSTEMS: dict[str, Callable[[random.Random], list[Log]]] = {
    "fivem": fivem,
    "project-zomboid": project_zomboid,
    "arma3": arma3,
    "velocity": velocity,
    "pterodactyl-wings": pterodactyl_wings,
}


if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
