#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 204 (onlyoffice-documentserver, cryptpad, unturned,
satisfactory, freeciv) into bench/heldout/, the same way and under the same label rules as
generate.py (bench/README.md, "heldout.py"): each program's log is simulated from its format
strings over a seeded run, and every line that starts an event is labelled with the format
string that wrote it as it is written. Distinct calls of one process never share a timestamp at
the log's resolution (round 53's Clock, kept per process and per file: ONLYOFFICE, CryptPad and
Unreal write milliseconds, Unturned and the journal whole seconds). Five programs of the office
and game-server kind, 06:00 to 12:00 on 2024-06-07; none of the five was in the set (Etherpad,
Joplin Server, Foundry VTT, OpenRA, Minecraft and other game servers are).

- ONLYOFFICE Docs Community 8.0.1 (`docservice-out.log`, `converter-out.log`: the packages'
  /var/log/onlyoffice/documentserver/{docservice,converter}/out.log, log4js's `[%d] [%p]
  [%X{TENANT}] [%X{DOCID}] [%X{USERID}] %c - %.10000m` with production.json's level raised to
  INFO: `[2024-06-07T06:28:22.629] [INFO] [localhost] [ocd2sq9x7kvz_46120_47] [userId] nodeJS -
  io.use start`), behind a Nextcloud: editors opening documents (`themes.json start` / `end`,
  the socket's `io.use start` / `end`, `data.type = %s` for auth and every request of the
  session: getLock, saveChanges, isSaveLock, cursor, ...), closing them (`Connection closed or
  timed out: reason = %s`, `reconnected` when the client was back first), the converter's
  `Start Task`, `End Task`, `ackTask addResponse`, `ackTask ack` for every open and save;
  yesterday's editor tabs coming back with expired session tokens (`checkJwt error: name = %s
  message = jwt expired token = %s`); Nextcloud's php-fpm down 08:31-08:52 (nginx's 502 to
  every callback: `postData error: url = %s;data = %j ` with the request's Error, its body and
  stack on the lines below, and to every download: `error downloadFile:url=%s;attempt=%d;
  code:%s;connect:%s ` three times with the Error's stack); the JWT secret changed on the
  Nextcloud side only at 09:20 (every editor refused: `checkJwt error: name = %s message =
  invalid signature token = %s`) until local.json is fixed and both services restarted at 09:48
  (`Express server starting...`, `Start callbackFunction`, `End updateLicense`, `Express
  server listening on port %d in %s mode. Version: %s. Build: %s`, `update cluster with %s
  workers`, `worker %s started.`); a corrupt upload at 10:53 and a huge workbook's save timing
  out at 11:36 (`stdout:%s`, `stderr:%s`, `ExitCode (code=%d;signal=%s;error:%d)`).
- CryptPad 2024.3.1 (`242024-06-05T04:12:47.905Z.ndjson`, `242024-06-07T09:42:31.220Z.ndjson`:
  its logger's files in data/logs, one per launch and named by it, logLevel info: each line
  lib/log.js's `JSON.stringify([LEVEL, time, tag, info])`): the 30-second clean-ups of the
  active users' and channels' maps (`CLEANED_ACTIVE_USERS_MAP` / `CLEANED_ACTIVE_CHANNELS_MAP`
  with `{"removed":N}`), sessions closed with an error, the websocket server's
  `NETFLUX_WEBSOCKET_ERROR` (a bad close code, the RangeError's stack inside the JSON), RPC
  errors logged by Env.WARN under their code (`EEXPIRED`, `ENOENT`), self-destructing pads
  (`SUCCESSFUL_WRITE` of the task, `ARCHIVAL_SCHEDULED_EXPIRATION` when the runner archives
  them), owners deleting pads and an account (`DELETION_CHANNEL_BY_OWNER_RPC`,
  `DELETION_BLOCK_BY_OWNER_RPC`), `ARCHIVAL_CHANNEL_BY_HISTORY_KEEPER_EXPIRATION`; the data
  disk full 09:14-09:41 (`HK_STORE_MESSAGE_ERROR` with `ENOSPC: no space left on device,
  write` for every message an editor sends, `TASK_WRITE_FAILURE`), space freed and the server
  restarted at 09:42 (a new file, `WORKER_LIMIT` with `(Opting not to use available CPUs
  beyond 4)`); a database worker killed at 10:57 (`SUBSTITUTE_DB_WORKER`, `DB_WORKER_RESEND`).
- Unturned 3.24 (`Server_Survival_Prev.log`, `Server_Survival.log`, `Server_Russia.log`: two
  vanilla dedicated servers' Logs/Server_<ServerID>.log, Logs.printLine's `[yyyy-MM-dd
  HH:mm:ss] text`): players connecting and disconnecting (`Connecting: PlayerID: %s Name: %s
  Character: %s`), chat in the three modes (`[%s] %s [%s]: "%s"`), deaths of every cause (`%s
  [%s] was mauled by a zombie!`, `bled to death!`, `froze to death!`, ...) and PvP kills (`%s
  [%s] was shot in the %s by %s [%s]!`, `chopped`, `punched`), admins kicking cheaters
  (`Successfully kicked %s!`); a workshop NPC mod on Survival throwing a NullReferenceException
  whenever a player talks to its trader from 07:20 (Unity's message, then its stack printed by
  a second printLine: the stack's first line stamped, the rest not); Survival crashing at 09:04
  without a line and its watchdog restarting it at 09:05 (the old log renamed
  Server_Survival_Prev.log; `Game version: %s Engine version: %s`, `Successfully set port to
  %d!`, `Loading level: 100%`).
- Satisfactory Update 8 (`FactoryGame-backup-2024.06.07-09.33.04.log`, `FactoryGame.log`: the
  dedicated server's UE 5.2 log, `[2024.06.07-06.02.41:700][ 91]LogGame: World Serialization
  (save): 1.891 seconds` in UTC with the frame counter, a verbosity word after the category when
  not Log): pioneers joining (the net driver's `NotifyAcceptingConnection accepted from: %s`,
  `Server accepting post-challenge connection from: %s`, `NotifyAcceptedConnection: Name: %s,
  TimeStamp: %s, %s`, `AddClientConnection: Added client connection: %s`, `Login request: %s
  userId: %s platform: %s`, `Client netspeed is %i`, `Join request: %s`, `Join succeeded: %s`),
  refused when the 16 slots are full (`PreLogin failure: %s`), leaving
  (`UChannel::ReceivedSequencedBunch: ...`, `UChannel::CleanUp: ...`, `UNetConnection::Close:
  %s, Channels: %i, Time: %s`, `UNetConnection::SendCloseReason:`, ` - Result=%s,
  ErrorContext="%s"`) or timing out (`UNetConnection::Tick: Connection TIMED OUT. ...` and the
  `Network Failure: %s[%s]: ` that carries it), then `UNetDriver::ProcessRemoteFunction: No
  owning connection for actor %s. Function %s will not be processed.` for RPCs still addressed
  to the departed pawn; an autosave every 5 minutes (`World Serialization (save): %.3f
  seconds`); a crash in the conveyor tick at 09:31 (`=== Critical error: ===` and `Fatal error!`
  with the signal and the callstack on unstamped lines, `Executing StaticShutdownAfterError`),
  systemd restarting the server at 09:33, UE renaming the old log and starting the new one with
  `Log file open, %s` and the start-up lines.
- Freeciv 3.0.10 (`freeciv-server@lt.log`, `freeciv-server@duel.log`: `journalctl -u` of two
  systemd units on one host, short format, the console's stdout: freelog's `level: ` prefix
  (2 normal, 1 error) on log lines, none on console writes): a LongTurn game's players
  connecting (`Connection request from %s from %s`, `%s has client version %d.%d.%d%s`, `%s
  has connected from %s.`) and leaving (`Lost connection: %s.` with conn_description's
  branches: `(player %s)`, `(ping timeout) (player %s)`, `(observer)`), old 2.6 clients
  refused (`Client rejected: %s.`, `%s was rejected: Mismatched capabilities.`), duplicate
  logins refused while a dead connection lingers, public chat (`<%s> %s`), a restart at 07:05
  for a ruleset fix (systemd's `Stopping %s...`, `%s: Deactivated successfully.`, `Stopped
  %s.`, `Started %s.`, then `Loading rulesets.`, `Now accepting new client connections on port
  %d.`, `For introductory help, type 'help'.`), two failed assertions (`in %s() [%s::%d]:
  assertion '%s' failed.`, `Please report this message at %s`); a duel server saving every
  90-second turn (`Game saved as %s`), its game over at 10:12 and the unit restarted with AI
  players filling the slots (`%s has been added as %s level AI-controlled player (%s).`); the
  metaserver unreachable 08:40-09:05 (`Error connecting to metaserver`, `Metaserver connection
  currently failing.`).

Label notes. The heads are context: log4js's date, level and the tenant, document and user
columns and the `nodeJS - ` category, CryptPad's level and time, Unturned's stamp, Unreal's
date, frame, category and verbosity, the journal's head and freelog's `level: `. A value that
is a message of its own contributes its format: the request library's `Error response:
statusCode:%d; headers:%s;` in ONLYOFFICE's errors, jsonwebtoken's `invalid signature` and
`jwt expired`, the errno text in CryptPad's `HK_STORE_MESSAGE_ERROR` and its `WORKER_LIMIT`
sentence, Unreal's tick message inside `Network Failure: `. A CryptPad line's tag is its
statement and an object in the info column is its data (attributes, as a zap or logrus line's
fields); Env.WARN's tag is the error's code, a format of its own. A word the code picks by
branch is wording (conn_description's ` (player %s)` / ` (observer)`, Unturned's death causes
from the localization table); whatever a user, a program or the run supplies is a value (chat,
names, ids, close reasons, chat modes, limbs, RPC names, results, AI levels). Stacks, callstacks,
the 502 page and Unity's stack lines have no label, the stack's stamped first line included.

Least sure (written from the helper's knowledge; ONLYOFFICE's server.js, DocsCoServer.js,
converter.js, convertermaster.js, logger.js and operationContext.js, CryptPad's log.js, api.js,
historyKeeper.js, rpc.js, workers/index.js, storage/tasks.js and commands/block.js, Unturned's
Logs.cs and UnturnedLog.cs (decompiled) and Freeciv's log.c, connecthand.c and meta.c were read
in copies of their sources; Unturned's connect, chat and death lines against server managers'
parsers and a stats script written for real logs; Satisfactory's own server code is not open):
ONLYOFFICE's production layout without a user-session column in 8.0, the stack frames and
whether the 502 body is printed for downloads; CryptPad's file naming and folder in data/logs,
`CLEANED_ACTIVE_*_MAP` being in the June 2024 release, `DELETION_CHANNEL_BY_OWNER_RPC` and the
ws error's info; Unturned's start-up lines beyond `Loading level: 100%` and whether the
NullReferenceException's text carries its type; every Satisfactory-specific line (`World
Serialization (save)`) and the crash block's layout, the Unreal net lines' exact 5.2 wording;
Freeciv's console writes under systemd, conn_description's closing reasons, the autosave
name, the assertion and the BUG_URL.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round97 import Files, sec, syslog_ts
from generate_round147 import T0, T_END, at, in_any, weighted

MS = 1000
SEC = 1_000_000


def ms3(t: datetime) -> str:
    return f"{t.microsecond // 1000:03d}"


def busy(t: datetime, base: float) -> float:
    """Mean seconds between arrivals at `t`: the morning fills up from 07:30 to 10:30."""
    h = t.hour + t.minute / 60
    if h < 7:
        return base * 4
    if h < 8:
        return base * 2
    if h < 11:
        return base
    return base * 1.3


def arrivals(r: random.Random, t0: datetime, t1: datetime, base: float) -> list[datetime]:
    out, t = [], t0
    while True:
        t += sec(r.expovariate(1 / busy(t, base)))
        if t >= t1:
            return out
        out.append(t)


# ------------------------------------------------------------------------ onlyoffice-documentserver

OO_NC = "https://cloud.example.org"
OO_DS = "https://office.example.org"
OO_INSTANCE = "ocd2sq9x7kvz"
OO_VERSION, OO_BUILD = "8.0.1", "31"
OO_USERS = [
    ("anna", "Anna Berger"),
    ("m.keller", "Markus Keller"),
    ("jdolezal", "Jana Doležal"),
    ("t.nguyen", "Thanh Nguyen"),
    ("sophie", "Sophie Lambert"),
    ("ralf.w", "Ralf Wegner"),
    ("k.ozturk", "Kemal Öztürk"),
    ("lena.h", "Lena Hoffmann"),
    ("p.rossi", "Paolo Rossi"),
    ("buchhaltung", "Buchhaltung"),
    ("empfang", "Empfang"),
    ("admin", "Administrator"),
    ("f.schulz", "Frank Schulz"),
    ("ines", "Ines Moreau"),
]
OO_DOCS = [
    # weight, file id, title
    (9, 48213, "Dienstplan Juni.xlsx"),
    (7, 48002, "Protokoll Teamrunde 2024-06-07.docx"),
    (6, 47761, "Angebot Kunde Hartmann.docx"),
    (5, 47990, "Kassenbuch 2024.xlsx"),
    (5, 46120, "Preisliste 2024.xlsx"),
    (4, 48150, "Projektplan Umzug.xlsx"),
    (4, 45318, "Vorlage Rechnung.docx"),
    (3, 47802, "Präsentation Sommerfest.pptx"),
    (3, 48233, "Urlaubsantrag_Keller.docx"),
    (3, 44981, "Inventar Lager Nord.xlsx"),
    (2, 48240, "Notizen.txt"),
    (2, 46644, "Schulungsunterlagen Kasse.pptx"),
    (2, 47519, "Lieferantenliste.ods"),
    (2, 48011, "Stellenausschreibung Azubi.docx"),
    (1, 43707, "Handbuch Warenwirtschaft.docx"),
    (1, 48262, "Unbenanntes Dokument.docx"),
]
OO_NGINX_502 = [
    "<html>",
    "<head><title>502 Bad Gateway</title></head>",
    "<body>",
    "<center><h1>502 Bad Gateway</h1></center>",
    "<hr><center>nginx</center>",
    "</body>",
    "</html>",
]


def oo_headers_502(t: datetime, length: int) -> str:
    return json.dumps(
        {
            "server": "nginx",
            "date": f"{t:%a, %d %b %Y %H:%M:%S} GMT",
            "content-type": "text/html",
            "content-length": str(length),
            "connection": "keep-alive",
        },
        separators=(",", ":"),
    )


def oo_post_frames() -> list[str]:
    return [
        "    at Request._callback (/snapshot/server/build/server/Common/sources/utils.js:812:18)",
        "    at self.callback (/snapshot/server/build/server/Common/node_modules/request/request.js:185:22)",
        "    at Request.emit (node:events:517:28)",
        "    at Request.<anonymous> (/snapshot/server/build/server/Common/node_modules/request/request.js:1154:10)",
        "    at Request.emit (node:events:517:28)",
        "    at IncomingMessage.<anonymous> (/snapshot/server/build/server/Common/node_modules/request/request.js:1076:12)",
        "    at Object.onceWrapper (node:events:631:28)",
        "    at IncomingMessage.emit (node:events:529:35)",
        "    at endReadableNT (node:internal/streams/readable:1400:12)",
        "    at process.processTicksAndRejections (node:internal/process/task_queues:82:21)",
    ]


def oo_download_frames() -> list[str]:
    return [
        "    at Request.<anonymous> (/snapshot/server/build/server/Common/sources/utils.js:497:25)",
        "    at Request.emit (node:events:517:28)",
        "    at Request.onRequestResponse (/snapshot/server/build/server/Common/node_modules/request/request.js:1059:10)",
        "    at ClientRequest.emit (node:events:517:28)",
        "    at HTTPParser.parserOnIncomingClient (node:_http_client:700:27)",
        "    at HTTPParser.parserOnHeadersComplete (node:_http_common:119:17)",
        "    at TLSSocket.socketOnData (node:_http_client:541:22)",
        "    at TLSSocket.emit (node:events:517:28)",
        "    at addChunk (node:internal/streams/readable:368:12)",
        "    at readableAddChunk (node:internal/streams/readable:341:9)",
    ]


def onlyoffice(r: random.Random) -> list[Log]:
    """ONLYOFFICE Docs Community 8.0.1 behind a Nextcloud (cloud.example.org) of a small firm,
    production.json's level raised to INFO: docservice/out.log and converter/out.log. Editors
    opening and closing documents all morning; Nextcloud's php-fpm down 08:31-08:52 (nginx's
    502 to every callback and download); the JWT secret changed on the Nextcloud side only at
    09:20, every editor refused until the document server's local.json is fixed and both
    services restarted at 09:48; a corrupt upload at 10:52; a huge workbook timing out at
    11:14."""
    fs = Files()
    nc_down = (at(8, 31, 12), at(8, 52, 3))
    jwt_bad = (at(9, 20, 40), at(9, 48, 10))
    restart = at(9, 48, 31)

    def line(t: datetime, lvl: str, key: str, uid: str, msg: str) -> str:
        return (
            f"[{t:%Y-%m-%dT%H:%M:%S}.{ms3(t)}] [{lvl}] [localhost] [{key}] [{uid}] nodeJS - {msg}"
        )

    def D(
        t: datetime,
        lvl: str,
        key: str,
        uid: str,
        label: str,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        return fs.add(
            "docservice-out.log",
            t,
            label,
            lambda x: [line(x, lvl, key, uid, msg), *(more or [])],
            "docservice",
            MS,
        )

    cpid = {"n": 0}

    def C(
        t: datetime,
        lvl: str,
        key: str,
        uid: str,
        label: str,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        return fs.add(
            "converter-out.log",
            t,
            label,
            lambda x: [line(x, lvl, key, uid, msg), *(more or [])],
            ("converter", cpid["n"]),
            MS,
        )

    def token() -> str:
        h = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
        body = "eyJ" + "".join(
            r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
            for _ in range(r.randint(300, 420))
        )
        sig = "".join(
            r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
            for _ in range(43)
        )
        return f"{h}.{body}.{sig}"

    def doc_url_token() -> str:
        return (
            "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9."
            + "".join(
                r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                for _ in range(r.randint(60, 90))
            )
            + "."
            + "".join(
                r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
                for _ in range(43)
            )
        )

    version = {fid: r.randint(3, 60) for _, fid, _ in OO_DOCS}
    cached: dict[int, bool] = {}

    def key_of(fid: int) -> str:
        return f"{OO_INSTANCE}_{fid}_{version[fid]}"

    def callback_url() -> str:
        return f"{OO_NC}/apps/onlyoffice/track?doc={doc_url_token()}"

    def post_error(t: datetime, key: str, uid: str, data: dict) -> datetime:
        body = "\n".join(OO_NGINX_502)
        msg = f"postData error: url = {callback_url()};data = {json.dumps(data, separators=(',', ':'), ensure_ascii=False)} Error: Error response: statusCode:502; headers:{oo_headers_502(t, 150)}; body:"
        return D(
            t,
            "ERROR",
            key,
            uid,
            "postData error: url = %s;data = %j Error: Error response: statusCode:%d; headers:%s; body:",
            msg,
            [*body.split("\n"), *oo_post_frames()],
        )

    def convert(t: datetime, key: str, uid: str, fid: int, title: str, kind: str) -> datetime:
        """One converter task: open (download from Nextcloud) or save (from changes)."""
        cpid["n"] = r.randrange(4)
        t = C(t, "INFO", key, uid, "Start Task", "Start Task")
        dur = r.uniform(0.35, 2.8) if kind == "open" else r.uniform(0.6, 4.5)
        if kind == "open" and in_any(t, [nc_down]):
            url = f"{OO_NC}/apps/onlyoffice/download?doc={doc_url_token()}"
            for attempt in (1, 2, 3):
                t = C(
                    t + sec(r.uniform(0.02, 0.08) if attempt == 1 else r.uniform(1.0, 1.1)),
                    "ERROR",
                    key,
                    uid,
                    "error downloadFile:url=%s;attempt=%d;code:%s;connect:%s Error: Error response: statusCode:%d; headers:%s;",
                    f"error downloadFile:url={url};attempt={attempt};code:undefined;connect:undefined Error: Error response: statusCode:502; headers:{oo_headers_502(t, 150)};",
                    oo_download_frames(),
                )
            dur = 0.05
        elif kind == "corrupt":
            t = C(t + sec(dur), "ERROR", key, uid, "stdout:%s", "stdout:")
            t = C(t + sec(0.0005), "ERROR", key, uid, "stderr:%s", "stderr:")
            t = C(
                t + sec(0.0005),
                "ERROR",
                key,
                uid,
                "ExitCode (code=%d;signal=%s;error:%d)",
                "ExitCode (code=86;signal=null;error:-86)",
            )
            dur = 0.02
        elif kind == "timeout":
            t = C(t + sec(299.6), "ERROR", key, uid, "stdout:%s", "stdout:")
            t = C(t + sec(0.0005), "ERROR", key, uid, "stderr:%s", "stderr:")
            t = C(
                t + sec(0.0005),
                "ERROR",
                key,
                uid,
                "ExitCode (code=%d;signal=%s;error:%d)",
                "ExitCode (code=0;signal=SIGTERM;error:-83)",
            )
            dur = 0.3
        t = C(t + sec(dur), "INFO", key, uid, "End Task", "End Task")
        t = C(
            t + sec(r.uniform(0.002, 0.02)),
            "INFO",
            key,
            uid,
            "ackTask addResponse",
            "ackTask addResponse",
        )
        return C(t + sec(r.uniform(0.0005, 0.003)), "INFO", key, uid, "ackTask ack", "ackTask ack")

    active: dict[int, list[tuple[datetime, datetime, str]]] = {}
    dirty: dict[int, bool] = {}

    def open_attempt(t: datetime, key: str, failing: str) -> datetime:
        """themes.json and the socket's io.use, refused by checkJwt."""
        t = D(t, "INFO", "docId", "userId", "themes.json start", "themes.json start")
        t = D(
            t + sec(r.uniform(0.003, 0.02)),
            "INFO",
            "docId",
            "userId",
            "themes.json end",
            "themes.json end",
        )
        t = D(t + sec(r.uniform(0.5, 1.6)), "INFO", key, "userId", "io.use start", "io.use start")
        if failing == "expired":
            t = D(
                t + sec(0.002),
                "WARN",
                key,
                "userId",
                "checkJwt error: name = %s message = jwt expired token = %s",
                f"checkJwt error: name = TokenExpiredError message = jwt expired token = {token()}",
            )
        else:
            t = D(
                t + sec(0.002),
                "WARN",
                key,
                "userId",
                "checkJwt error: name = %s message = invalid signature token = %s",
                f"checkJwt error: name = JsonWebTokenError message = invalid signature token = {token()}",
            )
        return D(t + sec(0.001), "INFO", key, "userId", "io.use end", "io.use end")

    # laptops waking up with yesterday's editor tabs: their session tokens have expired
    for _ in range(6):
        fid = weighted(r, [(w, f) for w, f, _ in OO_DOCS])
        open_attempt(at(6, 2) + sec(r.uniform(0, 2400)), key_of(fid), "expired")  # type: ignore[arg-type]

    starts = arrivals(r, T0 + sec(300), T_END - sec(400), 86.0)
    sessions = []
    for st in starts:
        fid = weighted(r, [(w, f) for w, f, _ in OO_DOCS])
        user = r.choice(OO_USERS)
        dur = r.lognormvariate(6.2, 0.9)
        sessions.append((st, fid, user, min(dur, 5400)))
    sessions.sort()
    idx = {u: i + 1 for i, (u, _) in enumerate(OO_USERS)}
    ends: list[tuple[datetime, int, str, str, bool]] = []

    def finish_pending(upto: datetime) -> None:
        """Close the documents whose last editor left before `upto`: save or release."""
        ends.sort()
        while ends and ends[0][0] <= upto:
            te, fid, key, uid, _ = ends.pop(0)
            act = [s for s in active.get(fid, []) if s[1] > te]
            active[fid] = act
            if act:
                continue
            title = next(tt for _, f, tt in OO_DOCS if f == fid)
            if dirty.get(fid):
                ts = te + sec(r.uniform(5.0, 5.3))
                kind = "save"
                if at(11, 14) <= ts and title.endswith(".xlsx") and not timed_out["done"]:
                    kind = "timeout"
                    timed_out["done"] = True
                ts = convert(ts, key, uid, fid, title, kind)
                if in_any(ts, [nc_down]):
                    post_error(
                        ts + sec(r.uniform(0.05, 0.3)),
                        key,
                        uid,
                        {
                            "key": key,
                            "status": 2,
                            "url": f"{OO_DS}/cache/files/data/{key}/output.{title.rsplit('.', 1)[1]}/output.{title.rsplit('.', 1)[1]}?md5={hexid(r, 22)}&expires={int(ts.timestamp()) + 86400}&filename=output.{title.rsplit('.', 1)[1]}",
                            "changesurl": f"{OO_DS}/cache/files/data/{key}/changes.zip/changes.zip?md5={hexid(r, 22)}&expires={int(ts.timestamp()) + 86400}&filename=changes.zip",
                            "history": {
                                "serverVersion": OO_VERSION,
                                "changes": [
                                    {
                                        "created": f"{te - sec(r.uniform(30, 600)):%Y-%m-%d %H:%M:%S}",
                                        "user": {"id": uid, "name": dict(OO_USERS)[uid]},
                                    }
                                ],
                            },
                            "users": [uid],
                            "actions": [{"type": 0, "userid": uid}],
                            "lastsave": f"{te:%Y-%m-%dT%H:%M:%S}.000Z",
                            "notmodified": False,
                            "filetype": title.rsplit(".", 1)[1],
                        },
                    )
                version[fid] += 1
                cached[fid] = False
                dirty[fid] = False
            elif in_any(te, [nc_down]):
                post_error(
                    te + sec(r.uniform(0.02, 0.2)),
                    key,
                    uid,
                    {"key": key, "status": 4, "actions": [{"type": 0, "userid": uid}]},
                )

    timed_out = {"done": False}
    corrupt_done = False
    for st, fid, (uid, _name), dur in sessions:
        finish_pending(st)
        key = key_of(fid)
        title = next(tt for _, f, tt in OO_DOCS if f == fid)
        if in_any(st, [jwt_bad]):
            t = open_attempt(st, key, "invalid")
            if r.random() < 0.6:
                open_attempt(t + sec(r.uniform(8, 40)), key, "invalid")
            continue
        if jwt_bad[1] <= st < restart + sec(60):
            continue
        uidx = f"{uid}{idx[uid]}"
        t = D(st, "INFO", "docId", "userId", "themes.json start", "themes.json start")
        t = D(
            t + sec(r.uniform(0.003, 0.02)),
            "INFO",
            "docId",
            "userId",
            "themes.json end",
            "themes.json end",
        )
        t = D(t + sec(r.uniform(0.5, 1.6)), "INFO", key, "userId", "io.use start", "io.use start")
        t = D(t + sec(r.uniform(0.001, 0.006)), "INFO", key, "userId", "io.use end", "io.use end")
        t = D(
            t + sec(r.uniform(0.05, 0.2)),
            "INFO",
            key,
            "userId",
            "data.type = %s",
            "data.type = auth",
        )
        others = [s for s in active.get(fid, []) if s[1] > st]
        if not others:
            if in_any(t, [nc_down]):
                post_error(
                    t + sec(r.uniform(0.05, 0.2)),
                    key,
                    uidx,
                    {
                        "key": key,
                        "status": 1,
                        "users": [uid],
                        "actions": [{"type": 1, "userid": uid}],
                    },
                )
            if not cached.get(fid):
                kind = "open"
                if not corrupt_done and at(10, 52) <= t and title.endswith(".docx"):
                    kind = "corrupt"
                    corrupt_done = True
                t = convert(t + sec(r.uniform(0.05, 0.2)), key, uidx, fid, title, kind)
                if in_any(t, [nc_down]) or kind == "corrupt":
                    continue
                cached[fid] = True
        end = st + sec(dur)
        if in_any(end, [jwt_bad]) or end >= T_END - sec(60):
            end = (
                min(jwt_bad[0] - sec(r.uniform(10, 300)), T_END - sec(120))
                if st < jwt_bad[0]
                else T_END - sec(r.uniform(60, 300))
            )
            if end <= t + sec(20):
                end = t + sec(25)
        active.setdefault(fid, []).append((st, end, uidx))
        # the session's requests
        coedit = bool(others)
        n = 1 + int(r.expovariate(1 / (3.0 if title.endswith((".xlsx", ".ods")) else 2.2)))
        span = (end - t).total_seconds()
        kinds = [
            (38, "getLock"),
            (34, "saveChanges"),
            (9, "isSaveLock"),
            (3, "getMessages"),
            (2, "forceSaveStart"),
        ]
        if coedit:
            kinds += [(14, "cursor"), (4, "message")]
        if title.endswith(".docx") and r.random() < 0.05:
            D(
                t + sec(r.uniform(1, 3)),
                "INFO",
                key,
                uidx,
                "data.type = %s",
                "data.type = openDocument",
            )
        for i in range(n):
            typ = weighted(r, kinds)
            tt = t + sec(span * (i + r.random()) / (n + 1))
            D(tt, "INFO", key, uidx, "data.type = %s", f"data.type = {typ}")
            if typ == "saveChanges":
                dirty[fid] = True
        reason = weighted(
            r, [(78, "client namespace disconnect"), (12, "transport close"), (10, "ping timeout")]
        )
        if reason == "ping timeout" and r.random() < 0.5 and end < T_END - sec(200):
            # the client reconnects before the old socket's ping times out
            rt = end - sec(r.uniform(8, 18))
            t2 = D(rt, "INFO", key, "userId", "io.use start", "io.use start")
            t2 = D(t2 + sec(0.003), "INFO", key, "userId", "io.use end", "io.use end")
            D(
                t2 + sec(r.uniform(0.05, 0.2)),
                "INFO",
                key,
                uidx,
                "data.type = %s",
                "data.type = auth",
            )
            te = D(
                end,
                "INFO",
                key,
                uidx,
                "Connection closed or timed out: reason = %s",
                "Connection closed or timed out: reason = ping timeout",
            )
            D(te + sec(0.004), "INFO", key, uidx, "reconnected", "reconnected")
            end2 = end + sec(r.uniform(60, 900))
            active[fid][-1] = (st, end2, uidx)
            D(
                end2,
                "INFO",
                key,
                uidx,
                "Connection closed or timed out: reason = %s",
                "Connection closed or timed out: reason = client namespace disconnect",
            )
            ends.append((end2, fid, key, uid, True))
            continue
        D(
            end,
            "INFO",
            key,
            uidx,
            "Connection closed or timed out: reason = %s",
            f"Connection closed or timed out: reason = {reason}",
        )
        ends.append((end, fid, key, uid, True))
    finish_pending(T_END)

    # the fix: local.json edited, `supervisorctl restart all`
    t = D(
        restart,
        "WARN",
        "docId",
        "userId",
        "Express server starting...",
        "Express server starting...",
    )
    t = D(
        t + sec(0.06), "INFO", "docId", "userId", "Start callbackFunction", "Start callbackFunction"
    )
    t = D(t + sec(0.02), "INFO", "docId", "userId", "End updateLicense", "End updateLicense")
    D(
        t + sec(0.01),
        "WARN",
        "docId",
        "userId",
        "Express server listening on port %d in %s mode. Version: %s. Build: %s",
        f"Express server listening on port 8000 in production-linux mode. Version: {OO_VERSION}. Build: {OO_BUILD}",
    )
    cpid["n"] = 99
    t = C(
        restart + sec(0.4),
        "WARN",
        "docId",
        "userId",
        "update cluster with %s workers",
        "update cluster with 4 workers",
    )
    for _ in range(4):
        t = C(
            t + sec(r.uniform(0.001, 0.004)),
            "WARN",
            "docId",
            "userId",
            "worker %s started.",
            f"worker {r.randint(30000, 39000)} started.",
        )
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- cryptpad

CP_ROOT = "/home/cryptpad/cryptpad"
CP_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def cp_warn_stack(code: str) -> str:
    return "\n".join(
        [
            f"Error: {code}",
            f"    at Object.WARN ({CP_ROOT}/lib/historyKeeper.js:20:24)",
            f"    at {CP_ROOT}/lib/rpc.js:34:17",
            f"    at {CP_ROOT}/lib/commands/metadata.js:31:20",
            f"    at {CP_ROOT}/lib/metadata.js:218:9",
            f"    at {CP_ROOT}/node_modules/nthen/index.js:37:23",
            "    at process.processTicksAndRejections (node:internal/process/task_queues:77:11)",
        ]
    )


def cryptpad(r: random.Random) -> list[Log]:
    """CryptPad 2024.3.1 (logLevel info, logToStdout off): its logger's files in data/logs,
    one per launch. Users editing pads all morning; the periodic clean-ups of the active users'
    and channels' maps every 30 s; websocket errors from clients (bad close frames, dropped
    sockets); RPC errors logged as warnings named by their code (expired and missing pads);
    self-destructing pads written as tasks and archived by the task runner; owners deleting
    pads and an account; the data disk filling 09:14-09:41 (every stored message ENOSPC),
    space freed and the server restarted at 09:42; a database worker killed by the kernel's
    OOM killer at 10:57 and replaced."""
    fs = Files()
    old_f = "242024-06-05T04:12:47.905Z.ndjson"
    new_f = "242024-06-07T09:42:31.220Z.ndjson"
    restart = at(9, 42, 31.22)
    full = (at(9, 14, 8), at(9, 41, 20))

    def J(t: datetime, level: str, tag: str, info: object, label: str) -> datetime:
        f = old_f if t < restart else new_f
        return fs.add(
            f,
            t,
            label,
            lambda x: [
                json.dumps(
                    [level, f"{x:%Y-%m-%dT%H:%M:%S}.{ms3(x)}Z", tag, info],
                    separators=(",", ":"),
                    ensure_ascii=False,
                )
            ],
            f,
            MS,
        )

    def chan() -> str:
        return hexid(r, 32)

    def key44() -> str:
        return "".join(r.choice(CP_B64) for _ in range(43)) + "="

    def safe(k: str) -> str:
        return k.replace("/", "-")

    def nf_id() -> str:
        return hexid(r, 32)

    def activity(t: datetime) -> float:
        h = t.hour + t.minute / 60
        return 0.35 if h < 7 else 0.6 if h < 8 else 1.0 if h < 11.5 else 0.8

    # the intervals: 10 s stats (silent), 30 s clean-ups, from each launch
    for base in (at(5, 59, 47.9), restart + sec(30)):
        t = base
        stop = restart if base < restart else T_END
        while t < stop:
            if t >= T0:
                a = activity(t)
                if r.random() < 0.2 + 0.55 * a:
                    J(
                        t,
                        "INFO",
                        "CLEANED_ACTIVE_USERS_MAP",
                        {"removed": 1 + int(r.expovariate(1 / (1.2 + 3 * a)))},
                        "CLEANED_ACTIVE_USERS_MAP",
                    )
                if r.random() < 0.3 + 0.6 * a:
                    J(
                        t + sec(0.001),
                        "INFO",
                        "CLEANED_ACTIVE_CHANNELS_MAP",
                        {"removed": 1 + int(r.expovariate(1 / (2 + 8 * a)))},
                        "CLEANED_ACTIVE_CHANNELS_MAP",
                    )
            t += sec(30 + r.uniform(0, 0.004))

    # websocket trouble from clients
    for t in arrivals(r, T0, T_END, 58.0):
        if restart - sec(2) <= t < restart + sec(20):
            continue
        J(
            t,
            "ERROR",
            "SESSION_CLOSE_WITH_ERROR",
            {
                "userId": nf_id(),
                "reason": weighted(
                    r, [(70, "SOCKET_ERROR"), (22, "BAD_MESSAGE"), (8, "SEND_MESSAGE_FAIL_2")]
                ),
            },
            "SESSION_CLOSE_WITH_ERROR",
        )
    for t in arrivals(r, T0, T_END, 180.0):
        if restart - sec(2) <= t < restart + sec(20):
            continue
        code = r.choice([1005, 1006, 1006, 1006, 1015])
        J(
            t,
            "ERROR",
            "NETFLUX_WEBSOCKET_ERROR",
            {
                "code": "WS_ERR_INVALID_CLOSE_CODE",
                "message": f"Invalid WebSocket frame: invalid status code {code}",
                "stack": "\n".join(
                    [
                        f"RangeError: Invalid WebSocket frame: invalid status code {code}",
                        f"    at Receiver.controlMessage ({CP_ROOT}/node_modules/ws/lib/receiver.js:626:30)",
                        f"    at Receiver.getData ({CP_ROOT}/node_modules/ws/lib/receiver.js:477:12)",
                        f"    at Receiver.startLoop ({CP_ROOT}/node_modules/ws/lib/receiver.js:167:16)",
                        f"    at Receiver._write ({CP_ROOT}/node_modules/ws/lib/receiver.js:94:10)",
                        "    at writeOrBuffer (node:internal/streams/writable:392:12)",
                        "    at _write (node:internal/streams/writable:333:10)",
                        "    at Writable.write (node:internal/streams/writable:337:10)",
                        f"    at Socket.socketOnData ({CP_ROOT}/node_modules/ws/lib/websocket.js:1272:35)",
                        "    at Socket.emit (node:events:519:28)",
                        "    at addChunk (node:internal/streams/readable:559:12)",
                    ]
                ),
                "info": {"id": nf_id()},
            },
            "NETFLUX_WEBSOCKET_ERROR",
        )

    # RPC errors: Env.WARN(e, output) names the warning by the error's code
    for t in arrivals(r, T0, T_END, 120.0):
        if restart - sec(2) <= t < restart + sec(20):
            continue
        code = weighted(r, [(60, "EEXPIRED"), (40, "ENOENT")])
        J(t, "WARN", code, {"output": chan(), "message": code, "stack": cp_warn_stack(code)}, code)  # type: ignore[arg-type]

    # the disk fills: every message a pad's editors send fails to be stored
    for t in arrivals(r, full[0], full[1], 4.6):
        J(
            t,
            "ERROR",
            "HK_STORE_MESSAGE_ERROR",
            "ENOSPC: no space left on device, write",
            "HK_STORE_MESSAGE_ERROR ENOSPC: no space left on device, write",
        )

    # self-destructing pads: the task written, archived when due (the runner every 5 minutes)
    tasks: list[tuple[datetime, str, int]] = []
    for t in arrivals(r, T0, T_END, 520.0):
        if restart - sec(2) <= t < restart + sec(20):
            continue
        ch = chan()
        due = t + timedelta(hours=r.choice([1, 1, 2, 24, 24 * 7]))
        ms_due = int(due.timestamp() * 1000)
        day = ms_due - ms_due % 86_400_000
        path = (
            f"./data/tasks/{day}/{''.join(r.choice(CP_B64[:-1] + '-') for _ in range(86))}==.ndjson"
        )
        if in_any(t, [full]):
            J(
                t,
                "ERROR",
                "TASK_WRITE_FAILURE",
                {
                    "error": {"errno": -28, "code": "ENOSPC", "syscall": "open", "path": path},
                    "path": path,
                },
                "TASK_WRITE_FAILURE",
            )
            continue
        J(t, "INFO", "SUCCESSFUL_WRITE", {"path": path}, "SUCCESSFUL_WRITE")
        tasks.append((due, ch, ms_due))
    # tasks written yesterday and earlier, due this morning
    for _ in range(22):
        due = T0 + sec(r.uniform(0, 6 * 3600))
        tasks.append((due, chan(), int(due.timestamp() * 1000)))
    runner = at(6, 3, 11.3)
    while runner < T_END:
        if not (restart - sec(2) <= runner < restart + sec(20)):
            for due, ch, ms_due in sorted(tasks):
                if runner - sec(300) < due <= runner:
                    J(
                        runner + sec(r.uniform(0.01, 0.4)),
                        "INFO",
                        "ARCHIVAL_SCHEDULED_EXPIRATION",
                        {"task": [ms_due, "EXPIRE", ch]},
                        "ARCHIVAL_SCHEDULED_EXPIRATION",
                    )
        runner += sec(300)

    # owners deleting pads, an account deleted, pads found expired by the history keeper
    for t in arrivals(r, T0, T_END, 300.0):
        if restart - sec(2) <= t < restart + sec(20):
            continue
        J(
            t,
            "INFO",
            "DELETION_CHANNEL_BY_OWNER_RPC",
            {"unsafeKey": key44(), "channelId": chan(), "status": "SUCCESS"},
            "DELETION_CHANNEL_BY_OWNER_RPC",
        )
    for t in (at(7, 48, 2.5), at(10, 31, 44.1)):
        k = key44()
        J(
            t,
            "INFO",
            "DELETION_BLOCK_BY_OWNER_RPC",
            {"publicKey": k, "path": f"./data/block/{safe(k)[:2]}/{safe(k)}", "status": "SUCCESS"},
            "DELETION_BLOCK_BY_OWNER_RPC",
        )
    for t in (at(6, 41, 9.2), at(8, 2, 51.7), at(10, 14, 3.3), at(11, 38, 27.9)):
        J(
            t,
            "INFO",
            "ARCHIVAL_CHANNEL_BY_HISTORY_KEEPER_EXPIRATION",
            {"channelId": chan(), "status": "SUCCESS"},
            "ARCHIVAL_CHANNEL_BY_HISTORY_KEEPER_EXPIRATION",
        )

    # the restart: maxWorkers is 4 on the 8-CPU host
    J(
        restart + sec(0.412),
        "INFO",
        "WORKER_LIMIT",
        "(Opting not to use available CPUs beyond 4)",
        "WORKER_LIMIT (Opting not to use available CPUs beyond %d)",
    )

    # a database worker killed at 10:57: replaced, its pending jobs resent
    t = J(at(10, 57, 12.6), "INFO", "SUBSTITUTE_DB_WORKER", "", "SUBSTITUTE_DB_WORKER")
    for cmd in ("COMPUTE_INDEX", "GET_HASH_OFFSET", "COMPUTE_METADATA"):
        t = J(
            t + sec(0.001),
            "INFO",
            "DB_WORKER_RESEND",
            {"channel": chan(), "command": cmd, "txid": hexid(r, 16), "pid": 1187},
            "DB_WORKER_RESEND",
        )
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- unturned

UT_HASH = "<c2d1b0a4f83e4e0e9b7d9f6a13b5c2e8>"
UT_SYLL = [
    "ka",
    "ro",
    "zen",
    "mi",
    "tor",
    "lex",
    "vo",
    "ny",
    "sha",
    "dra",
    "gon",
    "pi",
    "kel",
    "bu",
    "ster",
    "ix",
    "fro",
    "mo",
]
UT_WORDS = [
    "Ghost",
    "Sniper",
    "Panda",
    "Wolf",
    "Toast",
    "Potato",
    "Night",
    "Frost",
    "Rusty",
    "Lucky",
    "Viper",
    "Moose",
    "Bandit",
    "Pickle",
    "Noodle",
    "Hunter",
    "Shadow",
    "Bacon",
    "Crow",
    "Pixel",
    "Otter",
    "Nomad",
    "Raven",
    "Tango",
]
UT_CHAT = [
    "hi",
    "hello",
    "anyone near summerside?",
    "where is the military base",
    "gg",
    "lol",
    "need a car",
    "who has food",
    "dont shoot friendly",
    "zombies everywhere at the airport",
    "KOS on sight in alk lol",
    "selling maplestrike for 2 nails",
    "can someone help me at the farm",
    "brb",
    "wtf lag",
    "is the trader open",
    "what does the vendor sell",
    "admin?",
    "server restart soon?",
    "anyone wanna team",
    "lmao",
    "rip",
    "ty",
    "my base got raided",
    "who took my boat",
    "stop camping the bridge",
    "nice shot",
    "no u",
    "ez",
    "how do i craft a backpack",
    "where do i find canned beans",
    "o7",
    "im friendly",
    "bruh",
]
UT_DEATHS = [
    # weight, label, text (after "%s [%s] ")
    (40, "%s [%s] was mauled by a zombie!", "was mauled by a zombie!"),
    (9, "%s [%s] bled to death!", "bled to death!"),
    (6, "%s [%s] was mauled by an animal!", "was mauled by an animal!"),
    (5, "%s [%s] dehydrated to death!", "dehydrated to death!"),
    (4, "%s [%s] starved to death!", "starved to death!"),
    (4, "%s [%s] fractured to death!", "fractured to death!"),
    (3, "%s [%s] froze to death!", "froze to death!"),
    (3, "%s [%s] was blown up by a vehicle!", "was blown up by a vehicle!"),
    (2, "%s [%s] killed themself.", "killed themself."),
    (1, "%s [%s] was blown up by a landmine!", "was blown up by a landmine!"),
    (1, "%s [%s] suffocated to death!", "suffocated to death!"),
]
UT_KILLS = [
    (16, "%s [%s] was shot in the %s by %s [%s]!", "shot"),
    (5, "%s [%s] was chopped in the %s by %s [%s]!", "chopped"),
    (2, "%s [%s] was punched in the %s by %s [%s]!", "punched"),
]
UT_NRE_STACK = [
    "SDG.Unturned.DialogueMessage.getAvailablePage (SDG.Unturned.Player player) (at {h}:0)",
    "SDG.Unturned.DialogueAsset.getAvailableMessage (SDG.Unturned.Player player) (at {h}:0)",
    "SDG.Unturned.PlayerQuests.ReceiveChooseDialogueResponseRequest (SDG.Unturned.ServerInvocationContext& context, System.Guid assetGuid, System.Byte index) (at {h}:0)",
    "SDG.Unturned.PlayerQuests.ReceiveChooseDialogueResponseRequest_Read (SDG.Unturned.ServerInvocationContext& context) (at {h}:0)",
    "SDG.Unturned.ServerMessageHandler_InvokeMethod.ReadMessage (SDG.Unturned.ITransportConnection transportConnection, SDG.NetPak.NetPakReader reader) (at {h}:0)",
    "SDG.Unturned.Provider.receiveServer (SDG.Unturned.ITransportConnection transportConnection, System.Byte[] packet, System.Int32 offset, System.Int32 size, System.Int32 channel) (at {h}:0)",
    "SDG.Unturned.Provider.listenServer () (at {h}:0)",
    "SDG.Unturned.Provider.Update () (at {h}:0)",
]


def unturned(r: random.Random) -> list[Log]:
    """Two vanilla Unturned 3.24 dedicated servers on one host (Logs/Server_<ServerID>.log):
    a busy 24-slot Survival server on PEI and a 16-slot hardcore one on Russia. Players joining
    and leaving, the three chat modes, deaths of every cause and PvP kills, an admin kicking
    cheaters; a workshop NPC mod on Survival throwing a NullReferenceException (the message,
    then Unity's stack on a stamped line of its own) whenever a player talks to its trader from
    07:20; Survival crashing at 09:04, restarted by its watchdog at 09:05 (the old log renamed
    to Server_Survival_Prev.log) and up again, still with the broken mod."""
    fs = Files()
    crash = at(9, 4, 47)
    boot = at(9, 5, 31)

    def fname(srv: str, t: datetime) -> str:
        if srv == "Survival":
            return "Server_Survival_Prev.log" if t < crash + sec(1) else "Server_Survival.log"
        return "Server_Russia.log"

    def U(srv: str, t: datetime, label: str, text: str, stack: list[str] | None = None) -> datetime:
        def render(x: datetime) -> list[str]:
            stamp = f"[{x:%Y-%m-%d %H:%M:%S}]"
            out = [f"{stamp} {text}"]
            if stack:
                out.append(f"{stamp} {stack[0]}")
                out.extend(stack[1:])
            return out

        return fs.add(fname(srv, t), t, label, render, srv, SEC)

    def steam_id() -> str:
        return f"7656119{r.randint(8000000000, 9999999999)}"

    def name() -> str:
        k = r.random()
        if k < 0.4:
            return r.choice(UT_WORDS) + r.choice(UT_WORDS)
        if k < 0.7:
            return "".join(r.choice(UT_SYLL) for _ in range(r.randint(2, 3))).capitalize() + (
                str(r.randint(1, 999)) if r.random() < 0.5 else ""
            )
        return r.choice(UT_WORDS).lower() + "_" + str(r.randint(10, 99))

    def players(n: int) -> list[tuple[str, str, str]]:
        out = []
        for _ in range(n):
            steam = name()
            char = (
                steam
                if r.random() < 0.55
                else (
                    r.choice(["", "[BTW] ", "[RUS] "])
                    + r.choice(UT_WORDS)
                    + " "
                    + r.choice(UT_WORDS)
                ).strip()
            )
            out.append((steam_id(), steam, char))
        return out

    def nre_stack() -> list[str]:
        return [ln.format(h=UT_HASH) for ln in UT_NRE_STACK]

    def down(srv: str, t: datetime) -> bool:
        return srv == "Survival" and crash - sec(5) <= t < boot + sec(70)

    for srv, pool_n, base, slots in (("Survival", 160, 64.0, 24), ("Russia", 80, 120.0, 16)):
        pool = players(pool_n)
        online: list[tuple[tuple[str, str, str], datetime]] = []
        for st in arrivals(r, T0 + sec(40), T_END - sec(120), base):
            if down(srv, st):
                continue
            online = [(p, e) for p, e in online if e > st]
            if len(online) >= slots:
                continue
            p = r.choice([q for q in pool if q not in [o for o, _ in online]])
            pid, steam, char = p
            dur = min(r.lognormvariate(7.6, 0.8), 4 * 3600)
            end = st + sec(dur)
            if srv == "Survival" and st < crash < end:
                end = crash  # the crash drops everyone without a line
            if end > T_END - sec(5):
                end = T_END - sec(r.uniform(5, 60))
            U(
                srv,
                st,
                "Connecting: PlayerID: %s Name: %s Character: %s",
                f"Connecting: PlayerID: {pid} Name: {steam} Character: {char}",
            )
            online.append((p, end))
            span = (end - st).total_seconds()
            # chat
            for _ in range(int(r.expovariate(1 / (4.6 if srv == "Survival" else 3.4)))):
                tc = st + sec(r.uniform(20, max(30, span - 5)))
                if down(srv, tc) or tc >= end:
                    continue
                mode = weighted(r, [(60, "World"), (25, "Area"), (15, "Group")])
                U(
                    srv,
                    tc,
                    '[%s] %s [%s]: "%s"',
                    f'[{mode}] {char} [{steam}]: "{r.choice(UT_CHAT)}"',
                )
            # deaths
            for _ in range(int(r.expovariate(1 / (1.6 if srv == "Survival" else 2.4)))):
                td = st + sec(r.uniform(60, max(70, span - 5)))
                if down(srv, td) or td >= end:
                    continue
                others = [o for o, e in online if e > td and o != p]
                if others and r.random() < (0.22 if srv == "Survival" else 0.45):
                    _, ks, kc = r.choice(others)
                    label, verb = weighted(r, [(w, (lb, v)) for w, lb, v in UT_KILLS])  # type: ignore[misc]
                    limb = weighted(r, [(40, "torso"), (25, "head"), (20, "leg"), (15, "arm")])
                    U(srv, td, label, f"{char} [{steam}] was {verb} in the {limb} by {kc} [{ks}]!")
                else:
                    label, text = weighted(r, [(w, (lb, tx)) for w, lb, tx in UT_DEATHS])  # type: ignore[misc]
                    U(srv, td, label, f"{char} [{steam}] {text}")
            # the trader NPC of the workshop mod
            if srv == "Survival":
                for _ in range(int(r.expovariate(1 / 1.1))):
                    tn = st + sec(r.uniform(30, max(40, span - 5)))
                    if tn < at(7, 20) or down(srv, tn) or tn >= end:
                        continue
                    U(
                        srv,
                        tn,
                        "NullReferenceException: Object reference not set to an instance of an object",
                        "NullReferenceException: Object reference not set to an instance of an object",
                        nre_stack(),
                    )
            if end < T_END - sec(5) and not (srv == "Survival" and end == crash):
                U(
                    srv,
                    end,
                    "Disconnecting: PlayerID: %s Name: %s Character: %s",
                    f"Disconnecting: PlayerID: {pid} Name: {steam} Character: {char}",
                )

    # admins kicking cheaters (the kick is also the player's disconnect)
    for srv, t in (
        ("Russia", at(8, 12, 40)),
        ("Survival", at(10, 3, 5)),
        ("Russia", at(11, 26, 51)),
    ):
        U(srv, t, "Successfully kicked %s!", f"Successfully kicked {name()}!")

    # Survival's start-up after the crash
    for t0 in (boot,):
        t = U(
            "Survival",
            t0,
            "Game version: %s Engine version: %s",
            "Game version: 3.24.2.0 Engine version: 2021.3.29f1",
        )
        t = U(
            "Survival",
            t + sec(r.uniform(1, 2)),
            "Successfully set port to %d!",
            "Successfully set port to 27015!",
        )
        U("Survival", t + sec(r.uniform(38, 55)), "Loading level: 100%", "Loading level: 100%")
    return fs.logs(T0)


# ------------------------------------------------------------------------------- satisfactory

SF_NAMES = [
    "Ficsit_Fred",
    "Lizzard Doggo",
    "BeltSpaghetti",
    "kpaxx",
    "MarieCurieous",
    "Hoverpack Hank",
    "doggo_enjoyer",
    "Nuclear Nora",
    "TwoPipeTom",
    "xX_Pioneer_Xx",
    "Mercer Sphere",
    "quartzqueen",
    "SloopHunter",
    "Alpha Bravo",
    "MrTractor",
    "coffee-stain",
    "Ada",
    "Jetpack Jules",
    "ferro",
    "PlatinumPete",
    "zoop",
    "HUB-Tier-9",
]
SF_RPCS = [
    ("Char_Player_C", "ClientMoveResponsePacked"),
    ("Char_Player_C", "ClientAckGoodMove"),
    ("BP_PlayerState_C", "Client_OnMessageReceived"),
    ("Char_Player_C", "ClientAdjustPosition"),
]
SF_CALLSTACK = [
    "0x0000000007d3a2be FactoryServer-Linux-Shipping!AFGBuildableConveyorBase::Factory_Tick(float) []",
    "0x0000000007d2f0a1 FactoryServer-Linux-Shipping!AFGBuildableSubsystem::TickFactoryActors(float) []",
    "0x0000000007d2e8c4 FactoryServer-Linux-Shipping!AFGBuildableSubsystem::Tick(float) []",
    "0x0000000004a6c2f0 FactoryServer-Linux-Shipping!FActorTickFunction::ExecuteTick(float, ELevelTick, ENamedThreads::Type, TRefCountPtr<FGraphEvent> const&) []",
    "0x0000000004f1b9a7 FactoryServer-Linux-Shipping!FTickFunctionTask::DoTask(ENamedThreads::Type, TRefCountPtr<FGraphEvent> const&) []",
    "0x0000000004f1a55e FactoryServer-Linux-Shipping!TGraphTask<FTickFunctionTask>::ExecuteTask(TArray<FBaseGraphTask*, TSizedDefaultAllocator<32> >&, ENamedThreads::Type, bool) []",
    "0x00000000033c18d2 FactoryServer-Linux-Shipping!FNamedTaskThread::ProcessTasksNamedThread(int, bool) []",
    "0x00000000033c0f4b FactoryServer-Linux-Shipping!FNamedTaskThread::ProcessTasksUntilQuit(int) []",
    "0x0000000004f36c1d FactoryServer-Linux-Shipping!FTickTaskSequencer::ReleaseTickGroup(ETickingGroup, bool) []",
    "0x0000000004f38e10 FactoryServer-Linux-Shipping!FTickTaskManager::RunTickGroup(ETickingGroup, bool) []",
    "0x00000000049b3a55 FactoryServer-Linux-Shipping!UWorld::Tick(ELevelTick, float) []",
    "0x0000000004786e21 FactoryServer-Linux-Shipping!UGameEngine::Tick(float, bool) []",
    "0x00000000025b7c80 FactoryServer-Linux-Shipping!FEngineLoop::Tick() []",
    "0x00000000025d0a0c FactoryServer-Linux-Shipping!GuardedMain(char16_t const*) []",
    "0x00007f4b5de29d90 libc.so.6!UnknownFunction(0x29d8f)",
    "0x00007f4b5de29e40 libc.so.6!__libc_start_main(+0x7f)",
    "0x00000000025a802a FactoryServer-Linux-Shipping!_start()",
]


def satisfactory(r: random.Random) -> list[Log]:
    """A Satisfactory Update 8 dedicated server (UE 5.2, FactoryServer.sh under systemd) of a
    16-slot community game: FactoryGame.log with UE's `[date:ms][frame]Category: ` lines, UTC.
    Pioneers joining (the net driver's accept, challenge, login and join lines) and leaving
    (the control channel's close or a connection timing out, the close reason, then
    ProcessRemoteFunction warnings for the RPCs still addressed to the departed pawn), the
    server full at the busiest hour, an autosave every 5 minutes; a crash in the conveyor tick
    at 09:31 (SIGSEGV, the callstack) and systemd restarting the server at 09:33, UE renaming
    the old log FactoryGame-backup-2024.06.07-09.33.04.log and logging the start-up."""
    fs = Files()
    crash = at(9, 31, 58.415)
    boot = at(9, 33, 4.118)
    start_old = datetime(2024, 6, 6, 17, 12, 5, 331000, tzinfo=T0.tzinfo)

    init_done = boot + sec(34.747)

    def frame(t: datetime) -> int:
        """GFrameCounter % 1000: 30 ticks a second once the engine loop runs (0 before)."""
        if boot <= t < init_done:
            return 0
        base = start_old if t < boot else init_done
        return int((t - base).total_seconds() * 30) % 1000

    def fname(t: datetime) -> str:
        return "FactoryGame-backup-2024.06.07-09.33.04.log" if t < boot else "FactoryGame.log"

    def S(
        t: datetime, cat: str, verb: str, label: str, msg: str, more: list[str] | None = None
    ) -> datetime:
        pre = f"{verb}: " if verb else ""
        return fs.add(
            fname(t),
            t,
            label,
            lambda x: [
                f"[{x:%Y.%m.%d-%H.%M.%S}:{ms3(x)}][{frame(x):3d}]{cat}: {pre}{msg}",
                *(more or []),
            ],
            fname(t),
            MS,
        )

    objn = {"n": 2147481960}

    def obj() -> int:
        objn["n"] -= r.randint(3, 40)
        return objn["n"]

    driver = {"old": "IpNetDriver_2147482547", "new": "IpNetDriver_2147482551"}

    def conn_desc(t: datetime, addr: str, cname: str, pc: str, uid: str) -> str:
        drv = driver["old"] if t < boot else driver["new"]
        return f"[UNetConnection] RemoteAddr: {addr}, Name: {cname}, Driver: GameNetDriver {drv}, IsServer: YES, PC: {pc}, Owner: {pc}, UniqueId: {uid}"

    players = []
    names = SF_NAMES + [
        f"{r.choice(['Pioneer', 'Ficsit', 'Lizard', 'Doggo', 'Hog', 'Stinger', 'Spitter'])}{r.randint(2, 999)}"
        for _ in range(20)
    ]
    for nm in names:
        players.append(
            (
                nm,
                f"EOS:{hexid(r, 32)}",
                f"{r.randint(24, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
            )
        )

    def close(
        t: datetime, addr: str, cname: str, pc: str, uid: str, result: str, channels: int
    ) -> datetime:
        t = S(
            t,
            "LogNet",
            "",
            "UNetConnection::Close: %s, Channels: %i, Time: %s",
            f"UNetConnection::Close: {conn_desc(t, addr, cname, pc, uid)}, Channels: {channels}, Time: {t:%Y.%m.%d-%H.%M.%S}",
        )
        t = S(
            t + sec(0.0002),
            "LogNet",
            "",
            "UNetConnection::SendCloseReason:",
            "UNetConnection::SendCloseReason:",
        )
        return S(
            t + sec(0.0002),
            "LogNet",
            "",
            ' - Result=%s, ErrorContext="%s"',
            f' - Result={result}, ErrorContext="{result}"',
        )

    online: list[tuple[str, datetime]] = []
    for st in arrivals(r, T0 + sec(20), T_END - sec(200), 71.0):
        if crash - sec(60) <= st < boot + sec(90):
            continue
        online = [(n, e) for n, e in online if e > st]
        cand = [p for p in players if p[0] not in [n for n, _ in online]]
        if not cand:
            continue
        if len(online) >= 16 and r.random() < 0.65:
            continue  # the server browser shows it full
        nm, uid, ip = r.choice(cand)
        addr = f"{ip}:{r.randint(49152, 65535)}"
        cname = f"IpConnection_{obj()}"
        t = S(
            st,
            "LogNet",
            "",
            "NotifyAcceptingConnection accepted from: %s",
            f"NotifyAcceptingConnection accepted from: {addr}",
        )
        t = S(
            t + sec(r.uniform(0.03, 0.15)),
            "LogNet",
            "",
            "Server accepting post-challenge connection from: %s",
            f"Server accepting post-challenge connection from: {addr}",
        )
        t = S(
            t + sec(0.0003),
            "LogNet",
            "",
            "NotifyAcceptedConnection: Name: %s, TimeStamp: %s, %s",
            f"NotifyAcceptedConnection: Name: Persistent_Level, TimeStamp: {t:%m/%d/%y %H:%M:%S}, {conn_desc(t, addr, cname, 'NULL', 'INVALID').replace('Owner: NULL', 'Owner: NULL')}",
        )
        t = S(
            t + sec(0.0003),
            "LogNet",
            "",
            "AddClientConnection: Added client connection: %s",
            f"AddClientConnection: Added client connection: {conn_desc(t, addr, cname, 'NULL', 'INVALID')}",
        )
        ident = "".join(r.choice(CP_B64) for _ in range(64))
        t = S(
            t + sec(r.uniform(0.08, 0.4)),
            "LogNet",
            "",
            "Login request: %s userId: %s platform: %s",
            f"Login request: ?ClientIdentity={ident}?Name={nm} userId: {uid} platform: EOS",
        )
        if len(online) >= 16:
            t = S(
                t + sec(0.001),
                "LogNet",
                "",
                "PreLogin failure: %s",
                "PreLogin failure: Server full.",
            )
            S(
                t + sec(r.uniform(0.05, 0.3)),
                "LogNet",
                "",
                "UNetConnection::Close: %s, Channels: %i, Time: %s",
                f"UNetConnection::Close: {conn_desc(t, addr, cname, 'NULL', uid)}, Channels: 1, Time: {t:%Y.%m.%d-%H.%M.%S}",
            )
            continue
        t = S(
            t + sec(r.uniform(0.05, 0.3)),
            "LogNet",
            "",
            "Client netspeed is %i",
            f"Client netspeed is {r.choice([100000, 104857600, 200000])}",
        )
        t = S(
            t + sec(r.uniform(0.2, 1.5)),
            "LogNet",
            "",
            "Join request: %s",
            f"Join request: /Game/FactoryGame/Map/GameLevel01/Persistent_Level?ClientIdentity={ident}?Name={nm}?SplitscreenCount=1",
        )
        t = S(
            t + sec(r.uniform(0.01, 0.05)),
            "LogNet",
            "",
            "Join succeeded: %s",
            f"Join succeeded: {nm}",
        )
        pc = f"BP_PlayerController_C_{obj()}"
        pawn = obj()
        end = st + sec(min(r.lognormvariate(7.5, 0.8), 5 * 3600))
        if st < crash < end:
            online.append((nm, crash))
            continue
        if end >= T_END - sec(10):
            online.append((nm, T_END))
            continue
        online.append((nm, end))
        channels = r.randint(40, 900)
        if r.random() < 0.13:
            el = 30 + r.uniform(0.0, 0.1)
            drv_time = (end - (start_old if end < boot else boot)).total_seconds()
            tick = f"UNetConnection::Tick: Connection TIMED OUT. Closing connection.. Elapsed: {el:.2f}, Real: {el:.2f}, Good: {el:.2f}, DriverTime: {drv_time:.2f}, Threshold: 30.00, {conn_desc(end, addr, cname, pc, uid)}"
            t = S(
                end,
                "LogNet",
                "Warning",
                "UNetConnection::Tick: Connection TIMED OUT. Closing connection.. Elapsed: %2.2f, Real: %2.2f, Good: %2.2f, DriverTime: %2.2f, Threshold: %2.2f, %s",
                tick,
            )
            t = S(
                t + sec(0.0002),
                "LogNet",
                "Warning",
                "Network Failure: %s[%s]: UNetConnection::Tick: Connection TIMED OUT. Closing connection.. Elapsed: %2.2f, Real: %2.2f, Good: %2.2f, DriverTime: %2.2f, Threshold: %2.2f, %s",
                f"Network Failure: GameNetDriver[ConnectionTimeout]: {tick}",
            )
            t = close(t + sec(0.0002), addr, cname, pc, uid, "ConnectionTimeout", channels)
        else:
            t = S(
                end,
                "LogNet",
                "",
                "UChannel::ReceivedSequencedBunch: Bunch.bClose == true. ChIndex == 0. Calling ConditionalCleanUp.",
                "UChannel::ReceivedSequencedBunch: Bunch.bClose == true. ChIndex == 0. Calling ConditionalCleanUp.",
            )
            t = S(
                t + sec(0.0002),
                "LogNet",
                "",
                "UChannel::CleanUp: ChIndex == 0. Closing connection. %s",
                f"UChannel::CleanUp: ChIndex == 0. Closing connection. [UChannel] ChIndex: 0, Closing: 0 {conn_desc(t, addr, cname, pc, uid)}",
            )
            t = close(t + sec(0.0002), addr, cname, pc, uid, "ControlChannelClose", channels)
        for _ in range(int(r.expovariate(1 / 3.2))):
            cls, fn = r.choice(SF_RPCS)
            actor = f"{cls}_{pawn}" if cls == "Char_Player_C" else f"{cls}_{pawn + 7}"
            t = S(
                t + sec(r.uniform(0.01, 0.4)),
                "LogNet",
                "Warning",
                "UNetDriver::ProcessRemoteFunction: No owning connection for actor %s. Function %s will not be processed.",
                f"UNetDriver::ProcessRemoteFunction: No owning connection for actor {actor}. Function {fn} will not be processed.",
            )

    # autosaves every 5 minutes of each process
    for first, stop in ((at(6, 2, 41.7), crash), (boot + sec(300 + 41.3), T_END)):
        t = first
        while t < stop:
            S(
                t,
                "LogGame",
                "",
                "World Serialization (save): %.3f seconds",
                f"World Serialization (save): {r.uniform(1.1, 1.9) + (t - T0).total_seconds() / 60000:.3f} seconds",
            )
            t += sec(300 + r.uniform(0.0, 0.05))

    # the crash, and the new process
    t = S(
        crash,
        "LogCore",
        "",
        "=== Critical error: ===",
        "=== Critical error: ===",
        [
            "Unhandled Exception: SIGSEGV: invalid attempt to read memory at address 0x0000000000000038",
            "",
        ],
    )
    t = S(t + sec(0.0005), "LogCore", "", "Fatal error!", "Fatal error!", ["", *SF_CALLSTACK, ""])
    S(
        t + sec(0.047),
        "LogExit",
        "",
        "Executing StaticShutdownAfterError",
        "Executing StaticShutdownAfterError",
    )
    fs.add(
        "FactoryGame.log",
        boot,
        "Log file open, %s",
        lambda x: [f"Log file open, {x:%m/%d/%y %H:%M:%S}"],
        "FactoryGame.log",
        MS,
    )
    t = S(
        boot + sec(0.0004),
        "LogInit",
        "",
        "Build: %s",
        "Build: ++FactoryGame+rel-main-0.8.3-CL-273254",
    )
    t = S(
        t + sec(0.0002),
        "LogInit",
        "",
        "Engine Version: %s",
        "Engine Version: 5.2.1-273254+++FactoryGame+rel-main-0.8.3",
    )
    t = S(
        t + sec(0.0002),
        "LogInit",
        "",
        "Command Line: %s",
        "Command Line:  -log -unattended -multihome=0.0.0.0 -Port=7777 -ServerQueryPort=15777 -BeaconPort=15000",
    )
    t = S(
        t + sec(6.35),
        "LogNet",
        "",
        "%s IpNetDriver listening on port %i",
        f"GameNetDriver {driver['new']} IpNetDriver listening on port 7777",
    )
    t = S(
        t + sec(27.9),
        "LogWorld",
        "",
        "Bringing World %s up for play (max tick rate %i) at %s",
        f"Bringing World /Game/FactoryGame/Map/GameLevel01/Persistent_Level.Persistent_Level up for play (max tick rate 30) at {t + sec(27.9):%Y.%m.%d-%H.%M.%S}",
    )
    t = S(
        t + sec(0.194),
        "LogLoad",
        "",
        "Took %f seconds to LoadMap(%s)",
        "Took 28.412037 seconds to LoadMap(/Game/FactoryGame/Map/GameLevel01/Persistent_Level)",
    )
    t = S(
        t + sec(0.3),
        "LogInit",
        "Display",
        "Engine is initialized. Leaving FEngineLoop::Init()",
        "Engine is initialized. Leaving FEngineLoop::Init()",
    )
    S(
        t + sec(0.0002),
        "LogLoad",
        "",
        "(Engine Initialization) Total time: %.2f seconds",
        "(Engine Initialization) Total time: 34.75 seconds",
    )
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ freeciv

FC_USERS = [
    "hexmaster",
    "tibor",
    "Nordlicht",
    "kaisergeist",
    "elena_v",
    "grumpycat",
    "Zoltan",
    "arkadiusz",
    "mkel",
    "bluebird",
    "Sven",
    "Omnomnom",
    "pietro",
    "JanH",
    "civfan77",
    "Ravenholm",
    "akira",
    "Dunmore",
    "keks",
    "wanderer",
    "Tomasz",
    "lutz",
    "juliette",
    "Borkum",
    "magnus",
    "Ferrari",
    "silentbob",
    "Quill",
    "ustad",
    "Hanna",
    "corvus",
    "pikachu99",
    "Eldrin",
    "vasco",
    "Mirela",
    "ottokar",
    "Fenrir",
    "kittycat",
    "Jorge",
    "mara",
    "tankred",
    "Bodo",
    "amsel",
    "Whisky",
    "lisandro",
    "Kuro",
    "hugin",
    "munin",
    "Nefertari",
    "dago",
]
FC_CHAT = [
    "hi all",
    "gm",
    "anyone awake?",
    "gg",
    "who is attacking me in the north?",
    "peace?",
    "ceasefire please",
    "lol",
    "my capital is gone :(",
    "trade route anyone?",
    "need iron working",
    "who has the great library",
    "that was a nice landing",
    "brb",
    "tf, why did my city revolt",
    "someone forgot to end turn again",
    "alliance vote tonight",
    "stop building triremes next to my coast",
    "ok",
    "thx",
    "np",
    "sry lag",
    "is the turn change still at 20:00 utc?",
    "barbarians in the south east",
    "harbour first, then temple",
]
FC_CIVS = [
    "Caesar",
    "Hammurabi",
    "Ramesses",
    "Elizabeth",
    "Tokugawa",
    "Montezuma",
    "Catherine",
    "Shaka",
]


def freeciv(r: random.Random) -> list[Log]:
    """Two Freeciv 3.0.10 servers run by systemd on one host (civ1), their console output in the
    journal (`journalctl -u freeciv-server@lt -u freeciv-server@duel`, short format): the
    log's `level: ` prefix (2 normal, 1 error) on freelog lines, console writes (public chat,
    saves, metaserver trouble) without one. A LongTurn game: players connecting (request,
    client version, connected) and leaving (`Lost connection:` with the connection's
    description), old clients refused for their capabilities, duplicate logins refused while a
    ghost connection lingers, a ping timeout now and then, public chat; restarted at 07:05 to
    pick up a ruleset fix (systemd's stop and start lines, the server's start-up); two failed
    assertions in unit moves at 10:44 and 11:37; a duel server with 90-second turns saving every
    turn, its game ending at 10:12 and the next one starting with AI players filling the
    slots; the metaserver unreachable 08:40-09:05."""
    fs = Files()
    host = "civ1"
    lt_restart = at(7, 5, 2)
    duel_end = at(10, 12, 44)
    duel_new = at(10, 13, 20)

    def J(unit: str, t: datetime, ident: str, pid: int, label: str, msg: str) -> datetime:
        f = f"freeciv-server@{unit}.log"
        return fs.add(
            f,
            t,
            label,
            lambda x: [
                f"{syslog_ts(x).replace(f'{x:%b} {x.day:2d}', f'{x:%b %d}')} {host} {ident}[{pid}]: {msg}"
            ],
            (unit, ident),
            SEC,
        )

    def F(unit: str, t: datetime, label: str, msg: str) -> datetime:
        """A line of the server's console; the `level: ` of freelog's lines is not the label's."""
        if label[:1].isdigit() and label[1:3] == ": ":
            label = label[3:]
        if unit == "lt":
            pid = 2211 if t < lt_restart + sec(1) else 31877
        else:
            pid = 2240 if t < duel_end + sec(2) else 34410
        return J(unit, t, "freeciv-server", pid, label, msg)

    def ip() -> str:
        return f"{r.choice([31, 46, 77, 79, 84, 87, 91, 92, 93, 109, 178, 188, 213, 217])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    cid = {"lt": 100, "duel": 20}
    user_ip = {u: ip() for u in FC_USERS}

    def login(unit: str, t: datetime, user: str, version: str) -> datetime:
        a = user_ip[user]
        t = F(
            unit,
            t,
            "2: Connection request from %s from %s",
            f"2: Connection request from {user} from {a}",
        )
        return F(
            unit,
            t + sec(r.uniform(0, 0.8)),
            "2: %s has client version %d.%d.%d%s",
            f"2: {user} has client version {version}",
        )

    # ---- the LongTurn game
    online: dict[str, datetime] = {}
    for st in arrivals(r, T0 + sec(30), T_END - sec(60), 61.0):
        if lt_restart - sec(40) <= st < lt_restart + sec(45):
            continue
        for u, e in list(online.items()):
            if e <= st:
                del online[u]
        user = r.choice([u for u in FC_USERS if u not in online] or FC_USERS)
        cid["lt"] += 1
        if r.random() < 0.04:
            # an old 2.6 client
            t = login("lt", st, user, "2.6.6")
            t = F(
                "lt",
                t + sec(0.01),
                "2: Client rejected: %s from %s (connection incomplete).",
                f"2: Client rejected: c{cid['lt']} from {user_ip[user]} (connection incomplete).",
            )
            F(
                "lt",
                t + sec(0.01),
                "2: %s was rejected: Mismatched capabilities.",
                f"2: {user} was rejected: Mismatched capabilities.",
            )
            continue
        if user in online:
            continue
        t = login("lt", st, user, r.choice(["3.0.10", "3.0.10", "3.0.10", "3.0.9", "3.0.8"]))
        t = F(
            "lt",
            t + sec(r.uniform(0.1, 1.5)),
            "2: %s has connected from %s.",
            f"2: {user} has connected from {user_ip[user]}.",
        )
        dur = min(r.lognormvariate(6.9, 0.9), 3 * 3600)
        end = st + sec(dur)
        if st < lt_restart < end:
            end = lt_restart - sec(r.uniform(1, 30))
        if end >= T_END:
            online[user] = T_END + sec(1)
            continue
        online[user] = end
        for _ in range(int(r.expovariate(1 / 1.6))):
            tc = st + sec(r.uniform(10, max(15, dur - 5)))
            if tc < end:
                F("lt", tc, "<%s> %s", f"<{user}> {r.choice(FC_CHAT)}")
        how = weighted(r, [(82, "quit"), (10, "timeout"), (8, "observer")])
        if how == "timeout":
            F(
                "lt",
                end,
                "2: Lost connection: %s from %s (ping timeout) (player %s).",
                f"2: Lost connection: {user} from {user_ip[user]} (ping timeout) (player {user}).",
            )
            if r.random() < 0.7 and end + sec(60) < T_END:
                # back before the dead connection was cut: refused as a duplicate
                t = login("lt", end - sec(r.uniform(10, 40)), user, "3.0.10")
                F(
                    "lt",
                    t + sec(0.01),
                    "2: Client rejected: %s from %s (connection incomplete).",
                    f"2: Client rejected: c{cid['lt'] + 500} from {user_ip[user]} (connection incomplete).",
                )
                F(
                    "lt",
                    t + sec(0.02),
                    "2: %s was rejected: Duplicate login name [%s].",
                    f"2: {user} was rejected: Duplicate login name [{user_ip[user]}].",
                )
        elif how == "observer":
            F(
                "lt",
                end,
                "2: Lost connection: %s from %s (observer).",
                f"2: Lost connection: {user} from {user_ip[user]} (observer).",
            )
        else:
            F(
                "lt",
                end,
                "2: Lost connection: %s from %s (player %s).",
                f"2: Lost connection: {user} from {user_ip[user]} (player {user}).",
            )

    # the restart for the ruleset fix
    unit_d = "freeciv-server@lt.service - Freeciv server (lt)"
    t = J("lt", lt_restart, "systemd", 1, "Stopping %s...", f"Stopping {unit_d}...")
    t = J(
        "lt",
        t + sec(1),
        "systemd",
        1,
        "%s: Deactivated successfully.",
        "freeciv-server@lt.service: Deactivated successfully.",
    )
    t = J("lt", t + sec(0.01), "systemd", 1, "Stopped %s.", f"Stopped {unit_d}.")
    t = J("lt", t + sec(0.01), "systemd", 1, "Started %s.", f"Started {unit_d}.")
    t = F("lt", t + sec(1), "2: Loading rulesets.", "2: Loading rulesets.")
    t = F(
        "lt",
        t + sec(r.uniform(2, 4)),
        "2: Now accepting new client connections on port %d.",
        "2: Now accepting new client connections on port 5556.",
    )
    F(
        "lt",
        t + sec(0.01),
        "For introductory help, type 'help'.",
        "For introductory help, type 'help'.",
    )

    # two failed assertions while units move
    for ta in (at(10, 44, 21), at(11, 37, 5)):
        t = F(
            "lt",
            ta,
            "1: in %s() [%s::%d]: assertion '%s' failed.",
            "1: in unit_move_consequences() [unittools.c::3960]: assertion 'pcity->server.vision != NULL' failed.",
        )
        F(
            "lt",
            t,
            "1: Please report this message at %s",
            "1: Please report this message at https://redmine.freeciv.org/projects/freeciv",
        )

    # ---- the duel server: 90-second turns, a save each turn, a new game after the first ends
    players = ["Dunmore", "akira", "hugin", "Mirela"]
    leader = {u: c for u, c in zip(players, r.sample(FC_CIVS, 4), strict=True)}
    leader2 = {u: c for u, c in zip(players, r.sample(FC_CIVS, 4), strict=True)}
    for u in players:
        user_ip.setdefault(u, ip())
    turn, year = 118, 1190
    t = at(6, 0, 52)
    while t < duel_end:
        turn += 1
        year += 10 if year < 1750 else 5
        F(
            "duel",
            t,
            "Game saved as %s",
            f"Game saved as /var/lib/freeciv/duel/saves/freeciv-T{turn:04d}-Y{year:+05d}-auto.sav.xz",
        )
        t += sec(r.uniform(55, 90))
    # the game ends; systemd restarts the server (--exit-on-end), AI fills the empty slots
    t = J(
        "duel",
        duel_end + sec(3),
        "systemd",
        1,
        "%s: Deactivated successfully.",
        "freeciv-server@duel.service: Deactivated successfully.",
    )
    t = J(
        "duel",
        duel_new - sec(1),
        "systemd",
        1,
        "%s: Scheduled restart job, restart counter is at %d.",
        "freeciv-server@duel.service: Scheduled restart job, restart counter is at 1.",
    )
    t = J(
        "duel",
        t,
        "systemd",
        1,
        "Stopped %s.",
        "Stopped freeciv-server@duel.service - Freeciv server (duel).",
    )
    t = J(
        "duel",
        t,
        "systemd",
        1,
        "Started %s.",
        "Started freeciv-server@duel.service - Freeciv server (duel).",
    )
    t = F("duel", t + sec(1), "2: Loading rulesets.", "2: Loading rulesets.")
    for i, lvl in ((1, "Hard"), (2, "Hard"), (3, "Normal"), (4, "Normal")):
        t = F(
            "duel",
            t + sec(0.01),
            "2: %s has been added as %s level AI-controlled player (%s).",
            f"2: AI*{i} has been added as {lvl} level AI-controlled player (classic).",
        )
    t = F(
        "duel",
        t + sec(0.5),
        "2: Now accepting new client connections on port %d.",
        "2: Now accepting new client connections on port 5557.",
    )
    F(
        "duel",
        t + sec(0.01),
        "For introductory help, type 'help'.",
        "For introductory help, type 'help'.",
    )
    turn, year = 0, -4000
    t = at(10, 31, 8)
    while t < T_END:
        turn += 1
        year += 50 if year < -1000 else 25
        F(
            "duel",
            t,
            "Game saved as %s",
            f"Game saved as /var/lib/freeciv/duel/saves/freeciv-T{turn:04d}-Y{year:+05d}-auto.sav.xz",
        )
        t += sec(r.uniform(40, 88))
    # the duel's players: connected most of the time, reconnecting after drops
    for u in players:
        tt = at(6, 0, 10) + sec(r.uniform(0, 600))
        while tt < T_END - sec(300):
            cid["duel"] += 1
            t = login("duel", tt, u, "3.0.10")
            t = F(
                "duel",
                t + sec(r.uniform(0.1, 1.0)),
                "2: %s has connected from %s.",
                f"2: {u} has connected from {user_ip[u]}.",
            )
            end = t + sec(r.uniform(600, 4800))
            for _ in range(int(r.expovariate(1 / 7.0))):
                tc = t + sec(r.uniform(5, (end - t).total_seconds()))
                if tc < min(end, T_END) and not (duel_end - sec(10) <= tc < duel_new + sec(60)):
                    F("duel", tc, "<%s> %s", f"<{u}> {r.choice(FC_CHAT)}")
            if t < duel_end < end:
                end = duel_end - sec(r.uniform(1, 20))
            if end >= T_END:
                break
            civ = leader[u] if end < duel_end else leader2[u]
            F(
                "duel",
                end,
                "2: Lost connection: %s from %s (player %s).",
                f"2: Lost connection: {u} from {user_ip[u]} (player {civ}).",
            )
            tt = end + sec(r.uniform(60, 1500))
            if duel_end - sec(60) <= tt < duel_new + sec(300):
                tt = duel_new + sec(r.uniform(300, 900))

    # the metaserver unreachable: the persistent connection's retries
    for unit, first in (("lt", at(8, 41, 33)), ("duel", at(8, 40, 52))):
        t = first
        while t < at(9, 5):
            if unit != "lt" or not (lt_restart - sec(40) <= t < lt_restart + sec(45)):
                t2 = F(unit, t, "Error connecting to metaserver", "Error connecting to metaserver")
                F(
                    unit,
                    t2,
                    "Metaserver connection currently failing.",
                    "Metaserver connection currently failing.",
                )
            t += sec(r.uniform(170, 200))
    return fs.logs(T0)


SYSTEMS = {
    "onlyoffice-documentserver": onlyoffice,
    "cryptpad": cryptpad,
    "unturned": unturned,
    "satisfactory": satisfactory,
    "freeciv": freeciv,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
