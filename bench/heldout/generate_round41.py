#!/usr/bin/env python3
# ruff: noqa: E501, B023  (the log lines it writes are data, one per call; closures run in their loop)
"""Writes the held-out logs of round 41 (laravel, minecraft, oracle-alert, supervisord, xrdp) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its source's format strings over a seeded run,
and every line that starts an event is labelled with the format string that wrote it as it is
written. Five log shapes not yet covered: Laravel's storage/logs/laravel.log (Monolog's
LineFormatter: `[2024-06-11 06:00:02] production.ERROR: message {"userId":5,"exception":"[object]
(Class(code: 0): message at file:line)` and the exception's `[stacktrace]` after it, inside the
JSON string), a Minecraft Java server's logs/latest.log (`[06:00:02] [Server thread/INFO]: ...`:
the time only, a thread name with spaces and `#N` in the brackets; translated messages such as
deaths and advancements), Oracle's alert log (19c: the timestamp on a line of its own, one or more
messages below it, some over several lines), supervisord's log (`2024-06-11 06:00:02,118 INFO
spawned: 'worker_00' with pid 412`: a program's name in quotes, exit statuses and
`expected`/`not expected`) and xrdp's xrdp.log and xrdp-sesman.log (`[20240611-06:00:02] [INFO ]
...`: a compact date, a level padded in brackets, function names as prefixes). Run it only to
change the data on purpose: `python bench/heldout/generate_round41.py [SYSTEM ...]`.
"""

from __future__ import annotations

import random
import sys
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, alnum, generate, hexid, ip4, uuid4

# --------------------------------------------------------------------------------- supervisord

SUPERVISOR_PROGRAMS = [
    "nginx",
    "php-fpm",
    "queue-worker_00",
    "queue-worker_01",
    "queue-worker_02",
    "scheduler",
    "horizon",
    "cron",
    "mailer",
]


def supervisord(r: random.Random) -> list[Log]:
    """Two containers' /var/log/supervisor/supervisord.log (supervisor 4.2, `%(asctime)s
    %(levelname)s %(message)s`): the start banner, programs spawned and entering RUNNING,
    workers exiting expected or not and being respawned, a program giving up (FATAL), reloads on
    SIGHUP, stops on SIGTERM with `waiting for ... to die`, SIGKILL after the stop timeout,
    reaped pids, spawn errors."""
    logs = []
    for name in ("supervisord-app-1.log", "supervisord-app-2.log"):
        log = Log(name, datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC))
        pids = {}

        def emit(level: str, msg: str, label: str, lo=0.0, hi=0.05) -> None:
            t = log.tick(r, lo, hi)
            log.add(f"{t:%Y-%m-%d %H:%M:%S},{t.microsecond // 1000:03d} {level} {msg}", label)

        def spawn(p: str) -> None:
            pid = r.randrange(100, 60000)
            pids[p] = pid
            emit("INFO", f"spawned: '{p}' with pid {pid}", "spawned: %r with pid %s")

        def running(p: str) -> None:
            secs = 1 if p in ("nginx", "php-fpm", "cron") else r.choice([1, 5, 10])
            emit(
                "INFO",
                f"success: {p} entered RUNNING state, process has stayed up for > than {secs} seconds (startsecs)",
                "success: %s entered RUNNING state, process has stayed up for > than %s seconds (startsecs)",
                0.5,
                10,
            )

        def boot() -> None:
            emit(
                "CRIT",
                "Supervisor is running as root.  Privileges were not dropped because no user is specified in the config file.  If you intend to run as root, you can set user=root in the config file to avoid this message.",
                "Supervisor is running as root.  Privileges were not dropped because no user is specified in the config file.  If you intend to run as root, you can set user=root in the config file to avoid this message.",
            )
            for conf in ("app.conf", "workers.conf", "cron.conf"):
                emit(
                    "INFO",
                    f'Included extra file "/etc/supervisor/conf.d/{conf}" during parsing',
                    "Included extra file %r during parsing",
                )
            emit("INFO", "RPC interface 'supervisor' initialized", "RPC interface %r initialized")
            emit(
                "CRIT",
                "Server 'unix_http_server' running without any HTTP authentication checking",
                "Server %r running without any HTTP authentication checking",
            )
            emit("INFO", "supervisord started with pid 1", "supervisord started with pid %s")
            for p in SUPERVISOR_PROGRAMS:
                spawn(p)
            for p in SUPERVISOR_PROGRAMS:
                running(p)

        def exited(p: str) -> None:
            x = r.random()
            if x < 0.45:
                emit(
                    "INFO",
                    f"exited: {p} (exit status 0; expected)",
                    "exited: %s (exit status %s; expected)",
                    5,
                    300,
                )
            elif x < 0.8:
                code = r.choice([1, 1, 1, 2, 137, 255])
                emit(
                    "WARN",
                    f"exited: {p} (exit status {code}; not expected)",
                    "exited: %s (exit status %s; not expected)",
                    5,
                    300,
                )
            else:
                sig = r.choice(["SIGKILL", "SIGSEGV", "SIGTERM"])
                emit(
                    "WARN",
                    f"exited: {p} (terminated by {sig}; not expected)",
                    "exited: %s (terminated by %s; not expected)",
                    5,
                    300,
                )
            spawn(p)
            if r.random() < 0.1:
                for _ in range(3):
                    emit(
                        "INFO",
                        f"exited: {p} (exit status 1; not expected)",
                        "exited: %s (exit status %s; not expected)",
                        0.1,
                        0.9,
                    )
                    spawn(p)
                emit(
                    "INFO",
                    f"exited: {p} (exit status 1; not expected)",
                    "exited: %s (exit status %s; not expected)",
                    0.1,
                    0.9,
                )
                emit(
                    "INFO",
                    f"gave up: {p} entered FATAL state, too many start retries too quickly",
                    "gave up: %s entered FATAL state, too many start retries too quickly",
                )
                return
            running(p)

        def stop_all(signame: str) -> None:
            emit(
                "WARN",
                f"received {signame} indicating {'exit' if signame != 'SIGHUP' else 'restart'} request",
                "received %s indicating exit request"
                if signame != "SIGHUP"
                else "received %s indicating restart request",
                60,
                900,
            )
            alive = list(SUPERVISOR_PROGRAMS)
            while alive:
                emit(
                    "INFO",
                    f"waiting for {', '.join(alive)} to die",
                    "waiting for %s to die",
                    0.1,
                    1,
                )
                done = r.sample(alive, k=min(len(alive), r.randrange(1, 5)))
                for p in done:
                    if p.startswith("queue-worker") and r.random() < 0.3:
                        emit(
                            "WARN",
                            f"killing '{p}' ({pids[p]}) with SIGKILL",
                            "killing %r (%s) with SIGKILL",
                            0.1,
                            2,
                        )
                        emit(
                            "INFO",
                            f"stopped: {p} (terminated by SIGKILL)",
                            "stopped: %s (terminated by %s)",
                        )
                    elif p in ("nginx", "cron"):
                        emit(
                            "INFO", f"stopped: {p} (exit status 0)", "stopped: %s (exit status %s)"
                        )
                    else:
                        emit(
                            "INFO",
                            f"stopped: {p} (terminated by SIGTERM)",
                            "stopped: %s (terminated by %s)",
                        )
                    alive.remove(p)

        boot()
        for _round in range(4):
            for _ in range(r.randrange(40, 70)):
                x = r.random()
                if x < 0.75:
                    exited(r.choice(SUPERVISOR_PROGRAMS[2:]))
                elif x < 0.85:
                    emit(
                        "INFO",
                        f"reaped unknown pid {r.randrange(100, 60000)} (exit status 0)",
                        "reaped unknown pid %s (exit status %s)",
                        5,
                        300,
                    )
                elif x < 0.92:
                    p = r.choice(["mailer", "scheduler"])
                    emit(
                        "INFO",
                        f"spawnerr: can't find command '/usr/local/bin/{p}'",
                        "spawnerr: can't find command %r",
                        5,
                        300,
                    )
                else:
                    p = r.choice(SUPERVISOR_PROGRAMS[2:])
                    emit(
                        "INFO",
                        f"spawnerr: unknown error making dispatchers for '{p}': EACCES",
                        "spawnerr: unknown error making dispatchers for %r: %s",
                        5,
                        300,
                    )
            stop_all(r.choice(["SIGTERM", "SIGHUP", "SIGTERM"]))
            boot()
        logs.append(log)
    return logs


# --------------------------------------------------------------------------------- Minecraft

MC_PLAYERS = ["Steve", "Alex", "xX_Creeper_Xx", "notch_fan42", "BuilderBob", "Luna_Moon", "kitsune"]
MC_MOBS = ["Zombie", "Skeleton", "Creeper", "Spider", "Enderman", "Drowned", "Witch", "Pillager"]
MC_ADVANCEMENTS = [
    "[Stone Age]",
    "[Getting an Upgrade]",
    "[Acquire Hardware]",
    "[Monster Hunter]",
    "[Sweet Dreams]",
    "[Isn't It Iron Pick]",
    "[We Need to Go Deeper]",
    "[Diamonds!]",
]
MC_CHAT = [
    "hi all",
    "anyone got spare iron?",
    "brb",
    "lag?",
    "gg",
    "where is the nether portal",
    "meet at spawn",
    "who took my diamonds",
    "lol",
    "night everyone",
]
MC_DEATHS = [
    ("{p} was slain by {m}", "%s was slain by %s"),
    ("{p} was shot by Skeleton", "%s was shot by %s"),
    ("{p} was blown up by Creeper", "%s was blown up by %s"),
    ("{p} fell from a high place", "%s fell from a high place"),
    ("{p} drowned", "%s drowned"),
    ("{p} tried to swim in lava", "%s tried to swim in lava"),
    ("{p} hit the ground too hard", "%s hit the ground too hard"),
    ("{p} burned to death", "%s burned to death"),
]


def minecraft(r: random.Random) -> list[Log]:
    """A vanilla Minecraft 1.20.4 server's logs/latest.log (log4j2's `[%d{HH:mm:ss}] [%t/%level]:
    %msg`): the start (properties, the spawn area's progress from worker threads, the command
    tree's ambiguity warnings), players authenticating, joining, chatting, dying, making
    advancements and leaving, operators' commands echoed to the console, `Can't keep up!`,
    movement warnings, RCON clients running save commands, a whitelist refusal, a stop."""
    log = Log("latest.log", datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC))
    online: list[str] = []

    def emit(thread: str, level: str, msg: str, label: str, lo=0.0, hi=0.3) -> None:
        t = log.tick(r, lo, hi)
        log.add(f"[{t:%H:%M:%S}] [{thread}/{level}]: {msg}", label)

    def start() -> None:
        emit(
            "ServerMain",
            "INFO",
            "Environment: Environment[sessionHost=https://sessionserver.mojang.com, servicesHost=https://api.minecraftservices.com, name=PROD]",
            "Environment: %s",
        )
        emit("ServerMain", "INFO", "Loaded 7 recipes", "Loaded %s recipes", 0.5, 2)
        emit("ServerMain", "INFO", "Loaded 1271 advancements", "Loaded %s advancements")
        for a, b, inp in (
            ("[teleport, location]", "[teleport, destination]", "[0.1 -0.5 .9, 0 0 0]"),
            (
                "[teleport, targets]",
                "[teleport, destination]",
                "[Player, 0123, @e, dd12be42-52a9-4a91-a8a1-11c01849e498]",
            ),
            (
                "[item, replace, entity, targets, slot, with, item]",
                "[item, replace, entity, targets, slot, from]",
                "[Player, 0123, @e, dd12be42-52a9-4a91-a8a1-11c01849e498]",
            ),
        ):
            emit(
                "ServerMain",
                "WARN",
                f"Ambiguity between arguments {a} and {b} with inputs: {inp}",
                "Ambiguity between arguments %s and %s with inputs: %s",
            )
        emit(
            "Server thread",
            "INFO",
            "Starting minecraft server version 1.20.4",
            "Starting minecraft server version %s",
            0.5,
            1,
        )
        emit("Server thread", "INFO", "Loading properties", "Loading properties")
        emit("Server thread", "INFO", "Default game type: SURVIVAL", "Default game type: %s")
        emit("Server thread", "INFO", "Generating keypair", "Generating keypair")
        emit(
            "Server thread",
            "INFO",
            "Starting Minecraft server on *:25565",
            "Starting Minecraft server on %s:%s",
        )
        emit("Server thread", "INFO", "Using epoll channel type", "Using epoll channel type")
        emit("Server thread", "INFO", 'Preparing level "world"', 'Preparing level "%s"')
        emit(
            "Server thread",
            "INFO",
            "Preparing start region for dimension minecraft:overworld",
            "Preparing start region for dimension %s",
            0.5,
            1,
        )
        pct = 0
        while pct < 100:
            emit(
                f"Worker-Main-{r.randrange(1, 4)}",
                "INFO",
                f"Preparing spawn area: {pct}%",
                "Preparing spawn area: %s%%",
                0.2,
                0.6,
            )
            pct += r.randrange(2, 25)
        elapsed = r.randrange(2500, 9000)
        emit("Server thread", "INFO", f"Time elapsed: {elapsed} ms", "Time elapsed: %s ms")
        emit(
            "Server thread",
            "INFO",
            "Starting remote control listener",
            "Starting remote control listener",
        )
        emit("Server thread", "INFO", "Thread RCON Listener started", "Thread %s started")
        emit("RCON Listener #1", "INFO", "RCON running on 0.0.0.0:25575", "RCON running on %s")
        emit(
            "Server thread",
            "INFO",
            f'Done ({elapsed / 1000 + r.uniform(0.3, 1.5):.3f}s)! For help, type "help"',
            'Done (%.3fs)! For help, type "help"',
        )

    def join(p: str) -> None:
        emit(
            f"User Authenticator #{r.randrange(1, 9)}",
            "INFO",
            f"UUID of player {p} is {uuid4(r)}",
            "UUID of player %s is %s",
            5,
            200,
        )
        ip = ip4(r, "192.168.1") if r.random() < 0.6 else ip4(r)
        x, _y, z = (round(r.uniform(-300, 300), 1) + 0.5 for _ in range(3))
        emit(
            "Server thread",
            "INFO",
            f"{p}[/{ip}:{r.randrange(30000, 65000)}] logged in with entity id {r.randrange(100, 9000)} at ({x}, {round(r.uniform(60, 90), 1)}, {z})",
            "%s[%s] logged in with entity id %s at (%s, %s, %s)",
        )
        emit("Server thread", "INFO", f"{p} joined the game", "%s joined the game")
        online.append(p)

    def leave(p: str) -> None:
        reason = r.choice(["Disconnected", "Disconnected", "Timed out"])
        emit(
            "Server thread",
            "INFO",
            f"{p} lost connection: {reason}",
            "%s lost connection: Disconnected"
            if reason == "Disconnected"
            else "%s lost connection: Timed out",
            5,
            200,
        )
        emit("Server thread", "INFO", f"{p} left the game", "%s left the game")
        online.remove(p)

    def rcon_save() -> None:
        n = r.randrange(2, 9)
        emit(
            "RCON Listener #1",
            "INFO",
            "Thread RCON Client /127.0.0.1 started",
            "Thread %s started",
            30,
            300,
        )
        emit(
            "Server thread",
            "INFO",
            "[Rcon: Saving the game (this may take a moment!)]",
            "[%s: Saving the game (this may take a moment!)]",
        )
        emit("Server thread", "INFO", "[Rcon: Saved the game]", "[%s: Saved the game]", 0.5, 3)
        emit(
            f"RCON Client /127.0.0.1 #{n}",
            "INFO",
            "Thread RCON Client /127.0.0.1 shutting down",
            "Thread %s shutting down",
        )

    def op_command(p: str) -> None:
        x = r.random()
        if x < 0.35:
            emit(
                "Server thread",
                "INFO",
                f"[{p}: Set the time to {r.choice([0, 1000, 6000, 13000, 18000])}]",
                "[%s: Set the time to %s]",
                5,
                200,
            )
        elif x < 0.7:
            other = r.choice(online)
            emit(
                "Server thread",
                "INFO",
                f"[{p}: Teleported {other} to {r.uniform(-500, 500):.6f}, {r.uniform(60, 120):.6f}, {r.uniform(-500, 500):.6f}]",
                "[%s: Teleported %s to %s, %s, %s]",
                5,
                200,
            )
        else:
            item = r.choice(
                ["[Oak Log]", "[Torch]", "[Iron Ingot]", "[Cooked Beef]", "[Diamond Pickaxe]"]
            )
            emit(
                "Server thread",
                "INFO",
                f"[{p}: Gave {r.choice([1, 16, 32, 64])} {item} to {r.choice(online)}]",
                "[%s: Gave %s %s to %s]",
                5,
                200,
            )

    start()
    for _ in range(620):
        x = r.random()
        if not online or (x < 0.12 and len(online) < len(MC_PLAYERS)):
            join(r.choice([p for p in MC_PLAYERS if p not in online]))
        elif x < 0.2 and len(online) > 1:
            leave(r.choice(online))
        elif x < 0.5:
            p = r.choice(online)
            msg = r.choice(MC_CHAT)
            if r.random() < 0.3:
                emit(
                    "Server thread",
                    "INFO",
                    f"[Not Secure] <{p}> {msg}",
                    "[Not Secure] <%s> %s",
                    2,
                    60,
                )
            else:
                emit("Server thread", "INFO", f"<{p}> {msg}", "<%s> %s", 2, 60)
        elif x < 0.6:
            p = r.choice(online)
            text, label = r.choice(MC_DEATHS)
            emit("Server thread", "INFO", text.format(p=p, m=r.choice(MC_MOBS)), label, 5, 200)
        elif x < 0.68:
            p = r.choice(online)
            y = r.random()
            if y < 0.8:
                emit(
                    "Server thread",
                    "INFO",
                    f"{p} has made the advancement {r.choice(MC_ADVANCEMENTS)}",
                    "%s has made the advancement %s",
                    5,
                    200,
                )
            elif y < 0.9:
                emit(
                    "Server thread",
                    "INFO",
                    f"{p} has reached the goal [Sky's the Limit]",
                    "%s has reached the goal %s",
                    5,
                    200,
                )
            else:
                emit(
                    "Server thread",
                    "INFO",
                    f"{p} has completed the challenge [Monsters Hunted]",
                    "%s has completed the challenge %s",
                    5,
                    200,
                )
        elif x < 0.76:
            ms = r.randrange(2001, 15000)
            emit(
                "Server thread",
                "WARN",
                f"Can't keep up! Is the server overloaded? Running {ms}ms or {ms // 50} ticks behind",
                "Can't keep up! Is the server overloaded? Running %sms or %s ticks behind",
                5,
                200,
            )
        elif x < 0.82:
            p = r.choice(online)
            if r.random() < 0.6:
                emit(
                    "Server thread",
                    "WARN",
                    f"{p} moved too quickly! {r.uniform(-20, 20):.15f},{r.uniform(-3, 3):.15f},{r.uniform(-20, 20):.15f}",
                    "%s moved too quickly! %s,%s,%s",
                    5,
                    200,
                )
            else:
                emit("Server thread", "WARN", f"{p} moved wrongly!", "%s moved wrongly!", 5, 200)
        elif x < 0.88:
            op_command(r.choice(online[:2]))
        elif x < 0.95:
            rcon_save()
        else:
            ip = ip4(r)
            who = r.choice(["Griefer99", "randomdude", "hax0r"])
            emit(
                f"User Authenticator #{r.randrange(1, 9)}",
                "INFO",
                f"UUID of player {who} is {uuid4(r)}",
                "UUID of player %s is %s",
                5,
                200,
            )
            emit(
                "Server thread",
                "INFO",
                f"Disconnecting {who} (/{ip}:{r.randrange(30000, 65000)}): You are not white-listed on this server!",
                "Disconnecting %s (%s): You are not white-listed on this server!",
            )
            emit(
                "Server thread",
                "INFO",
                f"{who} (/{ip}:{r.randrange(30000, 65000)}) lost connection: You are not white-listed on this server!",
                "%s (%s) lost connection: You are not white-listed on this server!",
            )
    emit("Server thread", "INFO", "Stopping the server", "Stopping the server", 30, 60)
    emit("Server thread", "INFO", "Stopping server", "Stopping server")
    emit("Server thread", "INFO", "Saving players", "Saving players")
    for p in list(online):
        emit(
            "Server thread",
            "INFO",
            f"{p} lost connection: Server closed",
            "%s lost connection: Server closed",
        )
        emit("Server thread", "INFO", f"{p} left the game", "%s left the game")
    emit("Server thread", "INFO", "Saving worlds", "Saving worlds")
    for dim in ("minecraft:overworld", "minecraft:the_nether", "minecraft:the_end"):
        emit(
            "Server thread",
            "INFO",
            f"Saving chunks for level 'ServerLevel[world]'/{dim}",
            "Saving chunks for level '%s'/%s",
        )
    for world in ("world", "DIM-1", "DIM1"):
        emit(
            "Server thread",
            "INFO",
            f"ThreadedAnvilChunkStorage ({world}): All chunks are saved",
            "ThreadedAnvilChunkStorage (%s): All chunks are saved",
        )
    emit(
        "Server thread",
        "INFO",
        "ThreadedAnvilChunkStorage: All dimensions are saved",
        "ThreadedAnvilChunkStorage: All dimensions are saved",
    )
    return [log]


# --------------------------------------------------------------------------------- xrdp

XRDP_USERS = ["alice", "bob", "carol", "dave", "svc-backup"]


def xrdp(r: random.Random) -> list[Log]:
    """An xrdp 0.9.21 host's /var/log/xrdp.log and /var/log/xrdp-sesman.log (`[%Y%m%d-%H:%M:%S]
    [LEVEL] message`, the level padded to five in the brackets): the daemons starting, clients
    connecting (security protocol negotiation, TLS), logins through sesman, sessions started and
    reconnected, the Xorg module loaded, disconnects with the chain of `..._recv failed` errors,
    failed logins, scanners dropping the connection mid-handshake."""
    xl = Log("xrdp.log", datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC))
    sl = Log("xrdp-sesman.log", datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC))
    sessions: dict[str, int] = {}

    def emit(log: Log, level: str, msg: str, label: str, lo=0.0, hi=0.02) -> None:
        t = log.tick(r, lo, hi)
        xl.t = sl.t = t
        log.add(f"[{t:%Y%m%d-%H:%M:%S}] [{level:<5}] {msg}", label)

    def start() -> None:
        emit(sl, "INFO", "starting xrdp-sesman with pid 811", "starting xrdp-sesman with pid %d")
        emit(sl, "INFO", "listening to port 3350 on 127.0.0.1", "listening to port %s on %s")
        emit(xl, "INFO", "starting xrdp with pid 814", "starting xrdp with pid %d")
        emit(xl, "INFO", "address [0.0.0.0] port [3389] mode 1", "address [%s] port [%s] mode %d")
        emit(xl, "INFO", "listening to port 3389 on 0.0.0.0", "listening to port %s on %s")
        emit(xl, "INFO", "xrdp_listen_pp done", "xrdp_listen_pp done")

    def connect(ip: str, port: int) -> int:
        sock = r.randrange(11, 40)
        emit(
            xl,
            "INFO",
            f"Socket {sock}: AF_INET6 connection received from ::ffff:{ip} port {port}",
            "Socket %d: AF_INET6 connection received from %s port %s",
            2,
            600,
        )
        return sock

    def handshake(ip: str, port: int) -> None:
        emit(
            xl,
            "INFO",
            "Using default X.509 certificate: /etc/xrdp/cert.pem",
            "Using default X.509 certificate: %s",
        )
        emit(
            xl,
            "INFO",
            "Using default X.509 key file: /etc/xrdp/key.pem",
            "Using default X.509 key file: %s",
        )
        req = r.choice(
            ["[SSL|HYBRID|RDP]", "[SSL|HYBRID|RDP]", "[SSL|RDP]", "[HYBRID_EX|SSL|HYBRID|RDP]"]
        )
        emit(
            xl,
            "INFO",
            f"Security protocol: configured [SSL|RDP], requested {req}, selected [SSL]",
            "Security protocol: configured %s, requested %s, selected %s",
        )
        emit(
            xl,
            "INFO",
            f"Connected client computer name: {r.choice(['DESKTOP-4F2K9Q1', 'LAPTOP-ALICE', 'WS-0231', 'MacBook-Pro'])}",
            "Connected client computer name: %s",
        )
        emit(
            xl,
            "INFO",
            f"TLS connection established from ::ffff:{ip} port {port}: TLSv1.3 with cipher TLS_AES_256_GCM_SHA384",
            "TLS connection established from %s port %s: %s with cipher %s",
        )
        emit(
            xl,
            "INFO",
            "xrdp_caps_process_pointer: client supports new(color) cursor",
            "xrdp_caps_process_pointer: client supports new(color) cursor",
        )
        emit(
            xl,
            "INFO",
            "xrdp_load_keyboard_layout: Keyboard information sent by the RDP client, keyboard_type:[0x04], keyboard_subtype:[0x00], keylayout:[0x00000409]",
            "xrdp_load_keyboard_layout: Keyboard information sent by the RDP client, keyboard_type:[0x%02x], keyboard_subtype:[0x%02x], keylayout:[0x%08x]",
        )
        emit(
            xl,
            "INFO",
            "xrdp_load_keyboard_layout: model [] variant [] layout [us] options []",
            "xrdp_load_keyboard_layout: model [%s] variant [%s] layout [%s] options [%s]",
        )

    def drop_chain() -> None:
        emit(
            xl,
            "ERROR",
            "xrdp_sec_recv: xrdp_mcs_recv failed",
            "xrdp_sec_recv: xrdp_mcs_recv failed",
            1,
            3600,
        )
        emit(
            xl,
            "ERROR",
            "xrdp_rdp_recv: xrdp_sec_recv failed",
            "xrdp_rdp_recv: xrdp_sec_recv failed",
        )
        emit(
            xl,
            "ERROR",
            "libxrdp_process_data: xrdp_rdp_recv failed",
            "libxrdp_process_data: xrdp_rdp_recv failed",
        )
        emit(
            xl,
            "ERROR",
            "xrdp_process_data_in: xrdp_process_loop failed",
            "xrdp_process_data_in: xrdp_process_loop failed",
        )

    def login(ip: str, port: int) -> None:
        user = r.choice(XRDP_USERS)
        emit(
            xl,
            "INFO",
            "xrdp_wm_log_msg: connecting to sesman on 127.0.0.1:3350",
            "xrdp_wm_log_msg: connecting to sesman on %s:%s",
            2,
            20,
        )
        emit(
            sl, "INFO", "Sesman connect from 127.0.0.1 port 3350", "Sesman connect from %s port %s"
        )
        if r.random() < 0.18:
            emit(
                sl,
                "ERROR",
                "pam_authenticate failed: Authentication failure",
                "pam_authenticate failed: %s",
            )
            emit(
                sl,
                "INFO",
                f"AUTHFAIL: user={user} ip=::ffff:{ip} port={port} time={int(sl.t.timestamp())}",
                "AUTHFAIL: user=%s ip=%s port=%s time=%d",
            )
            emit(
                xl,
                "INFO",
                "xrdp_wm_log_msg: sesman connect ok",
                "xrdp_wm_log_msg: sesman connect ok",
            )
            emit(
                xl,
                "INFO",
                "xrdp_wm_log_msg: sending login info to session manager. Please wait...",
                "xrdp_wm_log_msg: sending login info to session manager. Please wait...",
            )
            emit(
                xl,
                "INFO",
                "xrdp_wm_log_msg: login failed for user " + user,
                "xrdp_wm_log_msg: login failed for user %s",
            )
            return
        emit(
            sl,
            "INFO",
            "Terminal Server Users group is disabled, allowing authentication",
            "Terminal Server Users group is disabled, allowing authentication",
        )
        if user not in sessions:
            emit(
                sl,
                "INFO",
                f"++ created session (access granted): username {user}, ip ::ffff:{ip}:{port} - socket: 12",
                "++ created session (access granted): username %s, ip %s - socket: %d",
            )
        if user in sessions:
            disp = sessions[user]
            emit(
                sl,
                "INFO",
                f"++ reconnected session: username {user}, display :{disp}.0, session_pid {r.randrange(2000, 40000)}, ip ::ffff:{ip}:{port} - socket: 12",
                "++ reconnected session: username %s, display :%d.0, session_pid %d, ip %s - socket: %d",
            )
        else:
            disp = 10 + len(sessions)
            sessions[user] = disp
            emit(sl, "INFO", "starting Xorg session...", "starting Xorg session...")
            emit(
                sl,
                "INFO",
                f"Starting session: session_pid {r.randrange(2000, 40000)}, display :{disp}.0, width 1920, height 1080, bpp 24, client ip ::ffff:{ip}:{port} - socket: 12, user name {user}",
                "Starting session: session_pid %d, display :%d.0, width %d, height %d, bpp %d, client ip %s - socket: %d, user name %s",
            )
            emit(
                sl,
                "INFO",
                f"Session in progress on display :{disp}. Waiting until the window manager (pid {r.randrange(2000, 40000)}) exits to end the session",
                "Session in progress on display :%d. Waiting until the window manager (pid %d) exits to end the session",
            )
        emit(xl, "INFO", "xrdp_wm_log_msg: sesman connect ok", "xrdp_wm_log_msg: sesman connect ok")
        emit(
            xl,
            "INFO",
            "xrdp_wm_log_msg: sending login info to session manager. Please wait...",
            "xrdp_wm_log_msg: sending login info to session manager. Please wait...",
        )
        emit(
            xl,
            "INFO",
            f"xrdp_wm_log_msg: login successful for user {user} on display {disp}",
            "xrdp_wm_log_msg: login successful for user %s on display %d",
        )
        emit(
            xl,
            "INFO",
            "loaded module 'libxup.so' ok, interface size 10296, version 4",
            "loaded module '%s' ok, interface size %d, version %d",
        )
        emit(
            xl, "INFO", "xrdp_wm_log_msg: started connecting", "xrdp_wm_log_msg: started connecting"
        )
        emit(
            xl,
            "INFO",
            "lib_mod_connect: connecting via UNIX socket",
            "lib_mod_connect: connecting via UNIX socket",
        )
        emit(
            xl,
            "INFO",
            f"lib_mod_log_peer: xrdp_pid={r.randrange(2000, 40000)} connected to X11rdp_pid={r.randrange(2000, 40000)} X11rdp_uid={1000 + XRDP_USERS.index(user)} X11rdp_gid={1000 + XRDP_USERS.index(user)} client_ip=::ffff:{ip} client_port={port}",
            "lib_mod_log_peer: xrdp_pid=%d connected to X11rdp_pid=%d X11rdp_uid=%d X11rdp_gid=%d client_ip=%s client_port=%s",
        )
        emit(xl, "INFO", "xrdp_wm_log_msg: connected ok", "xrdp_wm_log_msg: connected ok")
        drop_chain()
        if r.random() < 0.3:
            emit(
                sl,
                "INFO",
                f"Window manager (pid {r.randrange(2000, 40000)}, display {disp}) exited quickly (0 secs). This could indicate a window manager config problem",
                "Window manager (pid %d, display %d) exited quickly (%d secs). This could indicate a window manager config problem",
            )
            emit(
                sl,
                "INFO",
                f"Calling auth_stop_session and auth_end from pid {r.randrange(2000, 40000)}",
                "Calling auth_stop_session and auth_end from pid %d",
            )
            emit(
                sl,
                "INFO",
                f"Terminating X server (pid {r.randrange(2000, 40000)}) on display {disp}",
                "Terminating X server (pid %d) on display %d",
            )
            emit(
                sl,
                "INFO",
                f"++ terminated session:  username {user}, display :{disp}.0, session_pid {r.randrange(2000, 40000)}, ip ::ffff:{ip}:{port} - socket: 12",
                "++ terminated session:  username %s, display :%d.0, session_pid %d, ip %s - socket: %d",
            )
            del sessions[user]

    def scanner() -> None:
        ip = ip4(r)
        port = r.randrange(1024, 65535)
        connect(ip, port)
        x = r.random()
        if x < 0.4:
            emit(
                xl,
                "ERROR",
                "xrdp_iso_recv: xrdp_iso_recv_msg failed",
                "xrdp_iso_recv: xrdp_iso_recv_msg failed",
            )
            emit(
                xl,
                "ERROR",
                "xrdp_sec_incoming: xrdp_iso_incoming failed",
                "xrdp_sec_incoming: xrdp_iso_incoming failed",
            )
            emit(
                xl,
                "ERROR",
                "xrdp_rdp_incoming: xrdp_sec_incoming failed",
                "xrdp_rdp_incoming: xrdp_sec_incoming failed",
            )
        elif x < 0.7:
            emit(
                xl,
                "INFO",
                "Security protocol: configured [SSL|RDP], requested [RDP], selected [RDP]",
                "Security protocol: configured %s, requested %s, selected %s",
            )
            emit(
                xl,
                "INFO",
                f"Non-TLS connection established from ::ffff:{ip} port {port}: encrypted with standard RDP security",
                "Non-TLS connection established from %s port %s: encrypted with standard RDP security",
            )
            emit(
                xl,
                "ERROR",
                "xrdp_sec_recv: xrdp_mcs_recv failed",
                "xrdp_sec_recv: xrdp_mcs_recv failed",
            )
            emit(
                xl,
                "ERROR",
                "xrdp_rdp_recv: xrdp_sec_recv failed",
                "xrdp_rdp_recv: xrdp_sec_recv failed",
            )
        else:
            emit(
                xl,
                "ERROR",
                "SSL_accept: Failure in SSL library (protocol error?)",
                "SSL_accept: %s",
            )
            emit(xl, "ERROR", "SSL: error:0A00006C:SSL routines::bad key share", "SSL: %s")
            emit(
                xl,
                "ERROR",
                "xrdp_sec_incoming: trans_set_tls_mode failed",
                "xrdp_sec_incoming: trans_set_tls_mode failed",
            )
        if x < 0.4:
            emit(
                xl,
                "INFO",
                "xrdp_process_main_loop: process_data_in failed",
                "xrdp_process_main_loop: process_data_in failed",
            )

    start()
    for _ in range(330):
        if r.random() < 0.62:
            ip = ip4(r, "10.20")
            port = r.randrange(50000, 65000)
            connect(ip, port)
            handshake(ip, port)
            login(ip, port)
        else:
            scanner()
    return [xl, sl]


# --------------------------------------------------------------------------------- Laravel

LARAVEL_ROOT = "/var/www/html"
LARAVEL_FRAMES = [
    "vendor/laravel/framework/src/Illuminate/Database/Connection.php({n}): Illuminate\\\\Database\\\\Connection->runQueryCallback('select * from `...', Array, Object(Closure))",
    "vendor/laravel/framework/src/Illuminate/Database/Connection.php({n}): Illuminate\\\\Database\\\\Connection->run('select * from `...', Array, Object(Closure))",
    "vendor/laravel/framework/src/Illuminate/Database/Query/Builder.php({n}): Illuminate\\\\Database\\\\Connection->select('select * from `...', Array, true)",
    "vendor/laravel/framework/src/Illuminate/Database/Eloquent/Builder.php({n}): Illuminate\\\\Database\\\\Query\\\\Builder->get(Array)",
    "app/Http/Controllers/OrderController.php({n}): Illuminate\\\\Database\\\\Eloquent\\\\Builder->first()",
    "vendor/laravel/framework/src/Illuminate/Routing/Controller.php({n}): App\\\\Http\\\\Controllers\\\\OrderController->show(Object(Illuminate\\\\Http\\\\Request), '4411')",
    "vendor/laravel/framework/src/Illuminate/Routing/ControllerDispatcher.php({n}): Illuminate\\\\Routing\\\\Controller->callAction('show', Array)",
    "vendor/laravel/framework/src/Illuminate/Routing/Route.php({n}): Illuminate\\\\Routing\\\\ControllerDispatcher->dispatch(Object(Illuminate\\\\Routing\\\\Route), Object(App\\\\Http\\\\Controllers\\\\OrderController), 'show')",
    "vendor/laravel/framework/src/Illuminate/Routing/Router.php({n}): Illuminate\\\\Routing\\\\Route->run()",
    "vendor/laravel/framework/src/Illuminate/Pipeline/Pipeline.php({n}): Illuminate\\\\Routing\\\\Router->Illuminate\\\\Routing\\\\{closure}(Object(Illuminate\\\\Http\\\\Request))",
    "vendor/laravel/framework/src/Illuminate/Routing/Middleware/SubstituteBindings.php({n}): Illuminate\\\\Pipeline\\\\Pipeline->Illuminate\\\\Pipeline\\\\{closure}(Object(Illuminate\\\\Http\\\\Request))",
    "vendor/laravel/framework/src/Illuminate/Foundation/Http/Kernel.php({n}): Illuminate\\\\Pipeline\\\\Pipeline->then(Object(Closure))",
    "public/index.php({n}): Illuminate\\\\Foundation\\\\Http\\\\Kernel->handle(Object(Illuminate\\\\Http\\\\Request))",
]


def laravel(r: random.Random) -> list[Log]:
    """A Laravel 11 shop's storage/logs/laravel.log (Monolog 3's LineFormatter as Laravel sets it:
    `[%datetime%] %channel%.%level_name%: %message% %context% %extra%`, inline line breaks, empty
    context and extra left out): the application's own Log:: calls with their context, and
    exceptions reported by the handler, whose context holds the exception rendered as `[object]
    (Class(code: N): message at file:line)` with its `[stacktrace]` and `[previous exception]`
    over many lines inside the JSON string."""
    log = Log("laravel.log", datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC))

    def emit(
        level: str, msg: str, label: str, context: str = "", lo=0.5, hi=120.0, tail=" "
    ) -> None:
        # `%message% %context% %extra%`, the empty context and extra replaced by nothing.
        t = log.tick(r, lo, hi)
        log.add(f"[{t:%Y-%m-%d %H:%M:%S}] production.{level}: {msg} {context}{tail}", label)

    def trace(depth: int) -> list[str]:
        lines = ["[stacktrace]"]
        frames = LARAVEL_FRAMES[-depth:]
        for i, f in enumerate(frames):
            lines.append(f"#{i} {LARAVEL_ROOT}/{f.replace('{n}', str(r.randrange(40, 900)))}")
        lines.append(f"#{len(frames)} {{main}}")
        return lines

    def exception(
        cls: str, code: int, msg: str, label: str, where: str, depth: int, previous=None, user=None
    ) -> None:
        esc = msg.replace("\\", "\\\\").replace('"', '\\"')
        head = (
            "{"
            + (f'"userId":{user},' if user else "")
            + f'"exception":"[object] ({cls}(code: {code}): {esc} at {LARAVEL_ROOT}/{where})'
        )
        emit("ERROR", msg, label, head, tail="")
        for line in trace(depth):
            log.add(line, None)
        if previous:
            pcls, pmsg, pwhere = previous
            log.add("", None)
            log.add(
                f"[previous exception] [object] ({pcls}(code: {code}): {pmsg} at {LARAVEL_ROOT}/{pwhere})",
                None,
            )
            for line in trace(depth - 2):
                log.add(line, None)
        log.add('"} ', None)

    def order_ok() -> None:
        oid = r.randrange(4000, 9000)
        uid = r.randrange(1, 900)
        total = f"{r.uniform(5, 400):.2f}"
        emit(
            "INFO",
            "Order placed",
            "Order placed",
            f'{{"order_id":{oid},"user_id":{uid},"total":"{total}","currency":"EUR"}}',
        )
        if r.random() < 0.9:
            emit(
                "INFO",
                f"Payment captured for order {oid}",
                "Payment captured for order {id}",
                f'{{"payment_intent":"pi_{alnum(r, 24)}","amount":{int(float(total) * 100)}}}',
                0.5,
                4,
            )
            emit(
                "INFO",
                f"Sending invoice INV-2024-{oid} to {r.choice(['alice', 'bob', 'c.jones', 'mia'])}@example.{r.choice(['com', 'org', 'net'])}",
                "Sending invoice {number} to {email}",
                "",
                0.5,
                10,
            )
        else:
            emit(
                "WARNING",
                f"Payment failed for order {oid}: Your card was declined.",
                "Payment failed for order {id}: {message}",
                f'{{"decline_code":"{r.choice(["insufficient_funds", "generic_decline", "expired_card"])}"}}',
                0.5,
                4,
            )

    def login() -> None:
        uid = r.randrange(1, 900)
        if r.random() < 0.8:
            emit("INFO", f"User {uid} logged in", "User {id} logged in", f'{{"ip":"{ip4(r)}"}}')
        else:
            emit(
                "WARNING",
                f"Failed login attempt for {r.choice(['admin', 'test', 'info'])}@example.com",
                "Failed login attempt for {email}",
                f'{{"ip":"{ip4(r)}","attempts":{r.randrange(1, 6)}}}',
            )

    def slow_query() -> None:
        ms = r.uniform(1000, 9000)
        sql = r.choice(
            [
                "select * from `orders` where `user_id` = ? order by `created_at` desc",
                "select count(*) as aggregate from `products` where `stock` > ?",
                "update `carts` set `updated_at` = ? where `id` = ?",
            ]
        )
        emit("WARNING", f"Slow query ({ms:.2f} ms): {sql}", "Slow query ({time} ms): {sql}")

    def webhook() -> None:
        if r.random() < 0.7:
            emit(
                "INFO",
                f"Stripe webhook received: {r.choice(['payment_intent.succeeded', 'charge.refunded', 'customer.subscription.updated'])}",
                "Stripe webhook received: {type}",
                f'{{"id":"evt_{alnum(r, 24)}"}}',
            )
        else:
            emit(
                "WARNING",
                "Stripe webhook signature verification failed",
                "Stripe webhook signature verification failed",
                f'{{"ip":"{ip4(r)}"}}',
            )

    def failure() -> None:
        x = r.random()
        user = r.randrange(1, 900) if r.random() < 0.6 else None
        if x < 0.22:
            sql = f"select * from `sessions` where `id` = {alnum(r, 40)} limit 1"
            exception(
                "Illuminate\\\\Database\\\\QueryException",
                2002,
                f"SQLSTATE[HY000] [2002] Connection refused (Connection: mysql, SQL: {sql})",
                "SQLSTATE[HY000] [2002] Connection refused (Connection: %s, SQL: %s)",
                "vendor/laravel/framework/src/Illuminate/Database/Connection.php:813",
                13,
                (
                    "PDOException",
                    "SQLSTATE[HY000] [2002] Connection refused",
                    "vendor/laravel/framework/src/Illuminate/Database/Connectors/Connector.php:65",
                ),
                user,
            )
        elif x < 0.34:
            email = (
                f"{r.choice(['alice', 'bob', 'mia', 'c.jones'])}{r.randrange(1, 99)}@example.com"
            )
            exception(
                "Illuminate\\\\Database\\\\UniqueConstraintViolationException",
                23000,
                f"SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry '{email}' for key 'users_email_unique' (Connection: mysql, SQL: insert into `users` (`name`, `email`, `password`, `updated_at`, `created_at`) values (x, {email}, y, 2024-06-11 06:12:01, 2024-06-11 06:12:01))",
                "SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry %s for key %s (Connection: %s, SQL: %s)",
                "vendor/laravel/framework/src/Illuminate/Database/Connection.php:813",
                11,
                None,
                user,
            )
        elif x < 0.48:
            m = r.choice(["format", "toDateString", "diffForHumans"])
            exception(
                "Error",
                0,
                f"Call to a member function {m}() on null",
                "Call to a member function %s() on %s",
                f"app/Http/Controllers/OrderController.php:{r.choice([58, 61, 97])}",
                8,
                None,
                user,
            )
        elif x < 0.6:
            k = r.choice(["shipping_address", "billing", "coupon_code"])
            exception(
                "ErrorException",
                0,
                f'Undefined array key "{k}"',
                'Undefined array key "%s"',
                "app/Services/CheckoutService.php:142",
                9,
                None,
                user,
            )
        elif x < 0.7:
            p = r.choice(["email", "name", "id"])
            exception(
                "ErrorException",
                0,
                f'Attempt to read property "{p}" on null',
                'Attempt to read property "%s" on %s',
                "app/Mail/InvoiceMail.php:37",
                7,
                None,
                user,
            )
        elif x < 0.82:
            ms = r.choice([10001, 10002, 10000, 10003])
            url = r.choice(
                [
                    "https://api.stripe.com/v1/payment_intents",
                    "https://api.postmarkapp.com/email",
                    "https://api.stripe.com/v1/refunds",
                ]
            )
            exception(
                "GuzzleHttp\\\\Exception\\\\ConnectException",
                0,
                f"cURL error 28: Operation timed out after {ms} milliseconds with 0 bytes received (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for {url}",
                "cURL error %s: Operation timed out after %d milliseconds with %d bytes received (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for %s",
                "vendor/guzzlehttp/guzzle/src/Handler/CurlFactory.php:275",
                6,
                None,
                user,
            )
        elif x < 0.9:
            exception(
                "Illuminate\\\\Queue\\\\MaxAttemptsExceededException",
                0,
                f"App\\Jobs\\{r.choice(['SendInvoiceEmail', 'SyncInventory', 'GenerateReport'])} has been attempted too many times.",
                "%s has been attempted too many times.",
                "vendor/laravel/framework/src/Illuminate/Queue/MaxAttemptsExceededException.php:24",
                5,
            )
        else:
            n = r.choice([4096, 20480, 65536, 262144])
            exception(
                "Symfony\\\\Component\\\\ErrorHandler\\\\Error\\\\FatalError",
                0,
                f"Allowed memory size of 134217728 bytes exhausted (tried to allocate {n} bytes)",
                "Allowed memory size of %zu bytes exhausted (tried to allocate %zu bytes)",
                "app/Exports/OrdersExport.php:51",
                1,
            )

    for _ in range(900):
        x = r.random()
        if x < 0.3:
            order_ok()
        elif x < 0.5:
            login()
        elif x < 0.58:
            slow_query()
        elif x < 0.7:
            webhook()
        elif x < 0.76:
            emit(
                "NOTICE",
                f"Cache cleared for tag {r.choice(['products', 'categories', 'home'])}",
                "Cache cleared for tag {tag}",
            )
        elif x < 0.8:
            emit(
                "CRITICAL",
                f"Inventory sync failed for warehouse {r.choice(['BER-1', 'HAM-2', 'MUC-1'])}: {r.choice(['timeout', 'HTTP 502'])}",
                "Inventory sync failed for warehouse {code}: {reason}",
            )
        else:
            failure()
    return [log]


# --------------------------------------------------------------------------------- Oracle alert log

ORA_DIAG = "/u01/app/oracle/diag/rdbms/orcl/ORCL/trace"
ORA_BG = [
    "PMON",
    "CLMN",
    "PSP0",
    "VKTM",
    "GEN0",
    "MMAN",
    "GEN1",
    "DIAG",
    "DBRM",
    "VKRM",
    "DIA0",
    "DBW0",
    "LGWR",
    "CKPT",
    "SMON",
    "SMCO",
    "RECO",
    "LREG",
    "PXMN",
    "MMON",
    "MMNL",
]


def oracle_alert(r: random.Random) -> list[Log]:
    """An Oracle 19c instance's alert_ORCL.log (the text alert log: an ISO timestamp on a line of
    its own whenever time has moved, then the messages, some over several lines): an instance
    start (parameters, background processes, mount and open), log switches with their
    `Current log#` line, archiving, checkpoints not complete, datafile resizes, scheduler jobs
    failing with `Errors in file ...:` and ORA- errors below, space errors, TNS timeouts of
    clients with their block, deadlocks, maintenance windows, a shutdown immediate."""
    log = Log("alert_ORCL.log", datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC))
    seq = [1200]
    scn = [48123456]

    def stamp(lo=0.0, hi=0.01) -> None:
        t = log.tick(r, lo, hi)
        log.add(f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}+00:00", None)

    def msg(text: str, label: str | None, more=()) -> None:
        # The first message under a timestamp starts its event on the timestamp's line: the
        # label moves there (a timestamp line alone says nothing).
        if (
            log.lines
            and log.lines[-1][1] is None
            and log.lines[-1][0][:4] == "2024"
            and log.lines[-1][0].endswith("+00:00")
        ):
            ts = log.lines.pop()
            log.add(ts[0], label)
            log.add(text, None)
        else:
            log.add(text, label)
        for line in more:
            log.add(line, None)

    def startup() -> None:
        stamp(1, 5)
        msg(
            f"Starting ORACLE instance (normal) (OS id: {r.randrange(2000, 9000)})",
            "Starting ORACLE instance (%s) (OS id: %d)",
        )
        stamp()
        msg(
            "****************************************************",
            "Sys-V shared memory will be used for creating SGA",
            [
                " Sys-V shared memory will be used for creating SGA",
                " ****************************************************",
            ],
        )
        stamp()
        msg(
            "Dump of system resources acquired for SHARED GLOBAL AREA (SGA)",
            "Dump of system resources acquired for SHARED GLOBAL AREA (SGA)",
        )
        stamp()
        msg(
            " Per process system memlock (soft) limit = 64K",
            " Per process system memlock (soft) limit = %s",
        )
        stamp()
        msg(
            " Expected per process system memlock (soft) limit to lock",
            " Expected per process system memlock (soft) limit to lock",
            [" instance MAX SHARED GLOBAL AREA (SGA) into memory: 1538M"],
        )
        stamp()
        msg(" Available system pagesizes:", " Available system pagesizes:", ["  4K, 2048K "])
        stamp()
        msg(
            " Supported system pagesize(s):",
            " Supported system pagesize(s):",
            [
                "  PAGESIZE  AVAILABLE_PAGES  EXPECTED_PAGES  ALLOCATED_PAGES  ERROR(s)",
                "        4K       Configured          393220          393220        NONE",
            ],
        )
        stamp()
        msg("LICENSE_MAX_SESSION = 0", "LICENSE_MAX_SESSION = %d")
        msg("LICENSE_SESSIONS_WARNING = 0", "LICENSE_SESSIONS_WARNING = %d")
        msg("Initial number of CPU is 4", "Initial number of CPU is %d")
        msg(
            "Number of processor cores in the system is 4",
            "Number of processor cores in the system is %d",
        )
        msg(
            "Number of processor sockets in the system is 1",
            "Number of processor sockets in the system is %d",
        )
        msg(
            "Capability Type : Network",
            "Capability Type : %s",
            [
                "capabilities requested : 1 detected : 0 Simulated : 0",
                "Capability Type : Runtime Environment",
                "capabilities requested : 400000FF detected : 40000000 Simulated : 0",
            ],
        )
        msg(
            "Using LOG_ARCHIVE_DEST_1 parameter default value as USE_DB_RECOVERY_FILE_DEST",
            "Using LOG_ARCHIVE_DEST_1 parameter default value as %s",
        )
        stamp()
        msg(
            "System parameters with non-default values:",
            "System parameters with non-default values:",
            [
                "  processes                = 320",
                "  sga_target               = 1536M",
                '  control_files            = "/u01/app/oracle/oradata/ORCL/control01.ctl"',
                "  db_block_size            = 8192",
                '  db_recovery_file_dest    = "/u01/app/oracle/fast_recovery_area"',
                "  db_recovery_file_dest_size= 12732M",
                '  undo_tablespace          = "UNDOTBS1"',
                '  db_name                  = "ORCL"',
                "  open_cursors             = 300",
                "  pga_aggregate_target     = 512M",
            ],
        )
        stamp()
        msg(
            "============================================================",
            "NOTE: PatchLevel of this instance 0",
            [
                "NOTE: PatchLevel of this instance 0",
                "============================================================",
            ],
        )
        for i, bg in enumerate(ORA_BG):
            stamp(0, 0.3)
            if r.random() < 0.5:
                msg(f"Starting background process {bg}", "Starting background process %s")
                stamp(0, 0.1)
            msg(
                f"{bg} started with pid={i + 2}, OS id={r.randrange(2000, 9000)} ",
                "%s started with pid=%d, OS id=%d ",
            )
        stamp(1, 3)
        msg("ALTER DATABASE   MOUNT", "ALTER DATABASE   MOUNT")
        stamp(1, 3)
        msg(
            f"Successful mount of redo thread 1, with mount id {r.randrange(10**9, 4 * 10**9)}",
            "Successful mount of redo thread %d, with mount id %u",
        )
        stamp()
        msg("Database mounted in Exclusive Mode", "Database mounted in %s Mode")
        msg("Lost write protection disabled", "Lost write protection disabled")
        stamp()
        msg("Completed: ALTER DATABASE   MOUNT", "Completed: ALTER DATABASE   MOUNT")
        stamp(1, 3)
        msg("ALTER DATABASE OPEN", "ALTER DATABASE OPEN")
        stamp()
        seq[0] += 1
        msg(
            f"Thread 1 opened at log sequence {seq[0]}",
            "Thread %d opened at log sequence %d",
            [
                f"  Current log# {seq[0] % 3 + 1} seq# {seq[0]} mem# 0: /u01/app/oracle/oradata/ORCL/redo0{seq[0] % 3 + 1}.log"
            ],
        )
        msg("Successful open of redo thread 1", "Successful open of redo thread %d")
        stamp()
        msg("SMON: enabling cache recovery", "SMON: enabling cache recovery")
        stamp()
        msg(
            f"[{r.randrange(2000, 9000)}] Successfully onlined Undo Tablespace 2.",
            "[%d] Successfully onlined Undo Tablespace %d.",
        )
        stamp()
        msg("Completed: ALTER DATABASE OPEN", "Completed: ALTER DATABASE OPEN")

    def log_switch() -> None:
        stamp(120, 1800)
        seq[0] += 1
        scn[0] += r.randrange(20000, 900000)
        mem = seq[0] % 3 + 1
        msg(
            f"Thread 1 advanced to log sequence {seq[0]} (LGWR switch),  current SCN: {scn[0]}",
            "Thread %d advanced to log sequence %d (%s),  current SCN: %s",
            [
                f"  Current log# {mem} seq# {seq[0]} mem# 0: /u01/app/oracle/oradata/ORCL/redo0{mem}.log"
            ],
        )
        stamp(0.5, 5)
        msg(
            f"ARC{r.randrange(0, 4)} (PID:{r.randrange(2000, 9000)}): Archived Log entry {seq[0] + 3100} added for T-1.S-{seq[0] - 1} ID 0x{hexid(r, 8)} LAD:1",
            "ARC%d (PID:%d): Archived Log entry %d added for T-%d.S-%d ID 0x%x LAD:%d",
        )

    def checkpoint() -> None:
        stamp(60, 900)
        msg(
            f"Thread 1 cannot allocate new log, sequence {seq[0] + 1}",
            "Thread %d cannot allocate new log, sequence %d",
        )
        mem = seq[0] % 3 + 1
        msg(
            "Checkpoint not complete",
            "Checkpoint not complete",
            [
                f"  Current log# {mem} seq# {seq[0]} mem# 0: /u01/app/oracle/oradata/ORCL/redo0{mem}.log"
            ],
        )
        log_switch()

    def job_failure() -> None:
        stamp(60, 1800)
        pid = r.randrange(2000, 40000)
        job = r.choice(
            ['"APP"."PURGE_AUDIT_JOB"', '"APP"."REFRESH_MV_SALES"', '"SYS"."ORA$AT_OS_OPT_SY_1234"']
        )
        x = r.random()
        if x < 0.5:
            inner = ("ORA-01653: unable to extend table APP.AUDIT_LOG by 1024 in tablespace USERS",)
        elif x < 0.8:
            inner = (
                'ORA-01555: snapshot too old: rollback segment number 7 with name "_SYSSMU7_2387456123$" too small',
            )
        else:
            inner = (
                "ORA-20001: refresh failed for MV_SALES_DAILY",
                f'ORA-06512: at "APP.REFRESH_PKG", line {r.randrange(20, 400)}',
                "ORA-06512: at line 1",
            )
        msg(
            f"Errors in file {ORA_DIAG}/ORCL_j00{r.randrange(0, 4)}_{pid}.trc:",
            "Errors in file %s:",
            [f"ORA-12012: error on auto execute of job {job}", *inner],
        )

    def space() -> None:
        stamp(60, 1800)
        n = r.choice([128, 1024, 8192])
        msg(
            f"ORA-1653: unable to extend table APP.AUDIT_LOG by {n} in tablespace USERS ",
            "ORA-1653: unable to extend table %s.%s by %d in tablespace %s ",
        )

    def resize() -> None:
        stamp(60, 1800)
        f = r.choice([1, 3, 4, 7])
        old = r.randrange(500, 4000) * 1024
        msg(
            f"Resize operation completed for file# {f}, old size {old}K, new size {old + 10240}K",
            "Resize operation completed for file# %d, old size %dK, new size %dK",
        )

    def tns_timeout() -> None:
        stamp(30, 1800)
        t = log.t
        err = r.choice([12170, 12170, 12537])
        # 19c writes the block after a blank line and a row of stars; the event is the block.
        msg(
            "",
            "Fatal NI connect error %d.",
            [
                "***********************************************************************",
                "",
                f"Fatal NI connect error {err}.",
                "",
                "  VERSION INFORMATION:",
                "\tTNS for Linux: Version 19.0.0.0.0 - Production",
                "\tOracle Bequeath NT Protocol Adapter for Linux: Version 19.0.0.0.0 - Production",
                "\tTCP/IP NT Protocol Adapter for Linux: Version 19.0.0.0.0 - Production",
                f"  Time: {t:%d-%b-%Y %H:%M:%S}".upper().replace("TIME", "Time"),
                "  Tracing not turned on.",
                "  Tns error struct:",
                "    ns main err code: 12535",
                "    ",
                "TNS-12535: TNS:operation timed out",
                "    ns secondary err code: 12560",
                "    nt main err code: 505",
                "    ",
                "TNS-00505: Operation timed out",
                "    nt secondary err code: 110",
                "    nt OS err code: 0",
                f"  Client address: (ADDRESS=(PROTOCOL=tcp)(HOST={ip4(r, '10.0')})(PORT={r.randrange(30000, 65000)}))",
            ],
        )

    def deadlock() -> None:
        stamp(60, 3600)
        msg(
            f"ORA-00060: Deadlock detected. See Note 60.1 at My Oracle Support for Troubleshooting ORA-60 Errors. More info in file {ORA_DIAG}/ORCL_ora_{r.randrange(2000, 40000)}.trc.",
            "ORA-00060: Deadlock detected. See Note 60.1 at My Oracle Support for Troubleshooting ORA-60 Errors. More info in file %s.",
        )

    def window() -> None:
        stamp(600, 3600)
        msg(
            f"Setting Resource Manager plan SCHEDULER[0x{r.randrange(0x4AC0, 0x4AD0):X}]:DEFAULT_MAINTENANCE_PLAN via scheduler window",
            "Setting Resource Manager plan %s via scheduler window",
        )
        msg(
            "Setting Resource Manager CDB plan DEFAULT_MAINTENANCE_PLAN via parameter",
            "Setting Resource Manager CDB plan %s via parameter",
        )
        stamp(0.01, 0.1)
        msg("Starting background process VKRM", "Starting background process %s")
        stamp(0.01, 0.1)
        msg(
            f"VKRM started with pid={r.randrange(40, 90)}, OS id={r.randrange(2000, 40000)} ",
            "%s started with pid=%d, OS id=%d ",
        )
        if r.random() < 0.5:
            stamp(0.5, 30)
            part = f"SYS_P{r.randrange(1000, 9999)}"
            msg(
                f"TABLE SYS.WRI$_OPTSTAT_HISTHEAD_HISTORY: ADDED INTERVAL PARTITION {part} ({r.randrange(45000, 46000)}) VALUES LESS THAN (TO_DATE(' 2024-06-12 00:00:00', 'SYYYY-MM-DD HH24:MI:SS', 'NLS_CALENDAR=GREGORIAN'))",
                "TABLE %s: ADDED INTERVAL PARTITION %s (%d) VALUES LESS THAN (%s)",
            )

    def shutdown() -> None:
        stamp(60, 600)
        msg(
            f"Shutting down ORACLE instance (immediate) (OS id: {r.randrange(2000, 40000)})",
            "Shutting down ORACLE instance (%s) (OS id: %d)",
        )
        stamp()
        msg(
            "Shutting down instance: further logons disabled",
            "Shutting down instance: further logons disabled",
        )
        for bg in ("MMNL", "MMON", "SMCO"):
            stamp(0, 0.5)
            msg(f"Stopping background process {bg}", "Stopping background process %s")
        stamp(0.5, 2)
        msg("License high water mark = 47", "License high water mark = %d")
        stamp()
        msg(
            "Shutting down archive processes",
            "Shutting down archive processes",
            ["Archiving is disabled"],
        )
        stamp()
        msg("ALTER DATABASE CLOSE NORMAL", "ALTER DATABASE CLOSE NORMAL")
        stamp()
        msg(f"Thread 1 closed at log sequence {seq[0]}", "Thread %d closed at log sequence %d")
        msg("Successful close of redo thread 1", "Successful close of redo thread %d")
        stamp()
        msg("Completed: ALTER DATABASE CLOSE NORMAL", "Completed: ALTER DATABASE CLOSE NORMAL")
        stamp()
        msg("ALTER DATABASE DISMOUNT", "ALTER DATABASE DISMOUNT")
        stamp()
        msg("Completed: ALTER DATABASE DISMOUNT", "Completed: ALTER DATABASE DISMOUNT")
        stamp()
        msg("Instance shutdown complete (OS id: 4242)", "Instance shutdown complete (OS id: %d)")

    for _cycle in range(2):
        startup()
        for _ in range(150):
            x = r.random()
            if x < 0.4:
                log_switch()
            elif x < 0.5:
                checkpoint()
            elif x < 0.6:
                job_failure()
            elif x < 0.68:
                space()
            elif x < 0.76:
                resize()
            elif x < 0.88:
                tns_timeout()
            elif x < 0.93:
                deadlock()
            else:
                window()
        shutdown()
    return [log]


SYSTEMS = {
    "laravel": laravel,
    "minecraft": minecraft,
    "oracle-alert": oracle_alert,
    "supervisord": supervisord,
    "xrdp": xrdp,
}


if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
