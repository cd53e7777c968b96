#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 269 (tigase, flexisip, drachtio-server, gerbera,
moonfire-nvr) into bench/heldout/, the same way and under the same label rules as generate.py
(bench/README.md, "heldout.py"): each program's log is simulated from its format strings over a
seeded run, and every line that starts an event is labelled with the format string that wrote it
as it is written. Distinct calls of one process never share a timestamp at the log's resolution
(round 53's Clock, kept per process and per file). Five communication and home-media servers,
06:00 to 12:00 on 2024-06-07. The brief's Shinobi is replaced by Moonfire NVR, another
self-hosted network video recorder: Shinobi's stdout (what `docker logs` or `pm2 logs` keeps)
holds `s.systemLog`'s start-up lines and little else, as every monitor's and recorder's message
(a camera lost, ffmpeg's stderr, `Detector Recording Complete`) goes through `s.userLog` to its
Logs table and the dashboard's websocket; Moonfire NVR writes each stream's connects, errors and
every flush of its recordings to stderr.

- Tigase XMPP Server 8.3.0 (`xmpp1-tigase.log.0`, `xmpp2-tigase.log.0`: two clustered nodes of
  one company's chat, `logs/tigase.log.0` of each, java.util.logging through Tigase's
  LogFormatter without colours: `[2024-06-07 06:00:01:044] [INFO    ] [        Watchdog - c2s ]
  ConnectionManager$Watchdog$1.check(): c2s: Max inactive time exceeded, stopping: ...`, the
  level padded to eight, the thread right-aligned in 22 columns, `Class.method()` padded to 33,
  a thrown exception's stack under the line and an empty line after it). Mobile clients lost
  without a goodbye (the connection manager's watchdog `%s: Max inactive time exceeded,
  stopping: %s ( sinceLastTransfer: ... )` for c2s, ws2s and idle s2s links, the service's
  toString in the message), `Can't find sevice for STARTTLS command: %s` when a client drops
  mid-STARTTLS, the docker image's `Problem obtaining current version information` on every
  statistics poll, scanners on 5222 (`%s, Incorrect XML data: %s, stopping connection: %s,
  exception: %s`), a wiped phone's and old Monal builds' push tokens (`Push notification for
  device %s of %s failed: %s`), credential stuffing 08:42-09:05 (`User %s locked from %s for %s
  seconds after %s failed login attempts`), a customs broker's server down 08:10-08:41 (`Can not
  connect to: %s, returning %s packets with error: %s`), the MySQL primary failing over 09:15-09:18
  (`Exception during packet processing: %s` at SEVERE with MySQL Connector/J's stack, `Data source
  %s is not available: %s, will retry in %s seconds`), xmpp2's heap filling (`Heap memory usage is
  %s%%, above the %s%% threshold`) until it is restarted with a larger heap at 10:40 (`Stopping
  Tigase XMPP Server...`, `Loading configuration from file: %s`, `Starting Tigase XMPP Server %s`,
  seven `%s: Binding to local address: %s, port: %s`, the cluster's `Disconnected from: %s` and
  `Connected to: %s`).
- Flexisip 2.3.4 proxy (`flexisip-proxy.log`: the file in
  /var/opt/belledonne-communications/log/flexisip of a clinic's SIP service, bctoolbox's file
  handler: `2024-06-07 09:31:08:513 flexisip-debug-nta: received REGISTER sip:... SIP/2.0 (CSeq
  165)`, milliseconds after a colon, the domain and level glued to the message with dashes, a SIP
  message printed under its `Receiving new ...` line). At log-level=message all day: iPhones'
  VoIP pushes failing with an expired APNs provider token (`PNR %p: push notification failed:
  %s`), DoSProtection blocking three scanners (`Packet count rate (%f) >= limit (%d), blocking
  ip/port %s/%s on protocol %s for %d minutes`), sofia's TLS warnings (`tport: %s: SSL_accept
  failed: %s`); 09:31-09:40 the admin sets global/log-level to debug to see why iPhones miss
  calls: per request sofia's `nta: received %s %s SIP/2.0 (CSeq %d)`, `Receiving new Request SIP
  message %s from %s` with the message, `Invoking onRequest() on module %s` / `Skipping
  onRequest() on module %s` for each module up to the Registrar (REGISTER) or Forward (INVITE,
  MESSAGE, ACK, BYE), DoSProtection's `Packet count rate (%f) for ip/port %s/%s on protocol %s`,
  NatHelper's `Record route added.`, the Router's `New ForkCallContext %p`, `Creating a push notif
  context PNR %p to send in %ds`, `nta: sent %s (%u) to %s`, `nta: sent %d %s for %s (%u)`; per
  response `nta: received %d %s for %s (%u)`, `Receiving new Response SIP message: %d` and the
  onResponse() modules; the new APNs key installed at 11:05 (`Starting flexisip %s-server
  version %s`, `Agent: listening on %s`, `Connecting to Redis server %s:%d ...`, `Connected to
  Redis server %s:%d`).
- drachtio-server v0.8.24 (`drachtio.log`: `docker logs` of the container in front of a
  drachtio-srf IVR app and FreeSWITCH, boost.log's `2024-06-07 06:00:02.417391 Starting drachtio
  version v0.8.24`, microseconds, no level; sofia's message traces `recv %d bytes from
  %s/[%s]:%d at %s:` and `send %d bytes to %s/[%s]:%d at %s:` with the message under them, each
  line indented by three spaces between two rules of dashes). Start-up twice (12 lines; a
  `docker restart` at 08:47), the carrier's OPTIONS every 90 s answered by drachtio itself,
  per incoming call the routing lines (`processMessageStatelessly - incoming message with
  call-id %s does not match an existing call leg, processed in thread %s`,
  `ClientController::selectClientForRequestOutsideDialog - ...`, `... - Selected client at
  offset %d`, `PendingRequestController::add - tport: %s, Call-ID: %s, transactionId %s`,
  `pending-request: Adding entry to go off in %dms`, `pending-request: Adding entry to the head
  (queue was empty), length: %d`, `ClientController::addNetTransaction: transactionId %s`) and
  the app's B-leg to FreeSWITCH; sipvicious REGISTER floods from three networks (`No connected
  clients found to handle incoming %s request` and a 503), the app redeployed at 10:20 (`Removed
  client, count of connected clients is now: %d`, INVITEs refused for 40 s, `Added client, ...`);
  the ClientController's storage counts every hour (`ClientController storage counts`, a rule,
  nine `m_... size:` lines with the count in column 66).
- Gerbera 1.12.1 (`gerbera.log`: `docker logs` of gerbera/gerbera:1.12.1 on a family NAS,
  spdlog's `%Y-%m-%d %X %^%6l%$: %v` without colours: `2024-06-07 06:00:04   info: Gerbera UPnP
  Server 1.12.1 - http://gerbera.io/`, whole seconds, the level right-aligned in six columns so
  `warning` fills seven). The start after the NAS's night reboot (the copyright lines,
  `Loading configuration from: %s`, `Checking configuration...`, `Configuration check
  succeeded.`, `Loading %s configuration items from database`, `Server bound to: %s`,
  `Initialized port: %s`, three `Loading autoscan location: %s; recursive: %s, mt: %s/%s,
  last_modified: %s`, 1.12.1's `Attempted to add same autoscan path twice: %s` after its thrown
  exception's `[file:line] function Error: ` for each inotify directory, `The Web UI can be
  reached by following this link: http://%s:%s/`); the living-room Samsung TV browsing 06:48-07:44
  and 11:21-11:58 (`ActionRequest::update(): response is nullptr, code %s for %s` for its
  X_GetFeatureList and X_ actions); two phones' camera rolls arriving by Syncthing (`Caught Exiv2
  exception processing %s: '%s: The file contains data of an unknown image type'` for GIFs and
  WebPs, `Thumbnail generation failed for file %s: Could not find stream information` for
  videos still being written); a SIGHUP after a config edit at 09:02 (`Restarting Gerbera!` and
  the configuration lines again); an old laptop's ripped CDs with Latin-1 ID3v1 tags 10:04-10:37
  (`iconv: Invalid or incomplete multibyte or wide character` and `iconv: %s could not be
  converted to new encoding: invalid character sequence!`, the bad byte shown as U+FFFD); host
  networking enabled at 11:14 while the host's old minidlna still holds UDP 1900 (`Gerbera
  shutting down. Please wait...`, `Gerbera exiting. Have a nice day.`, three starts ending in
  `LibUPnP could not bind to socket` / `Please check if another instance of Gerbera or another
  application is running on port TCP %s or UDP 1900.` until minidlna is stopped).
- Moonfire NVR v0.7.7 (`moonfire-nvr.log`: `docker logs` of a home's recorder with five
  cameras, main and sub streams, mylog's Google format `I20240607 06:00:01.035
  sync-/media/nvr/sample moonfire_nvr::db::db] Flush 41512 (why: ...):`, the level's letter, the
  date and milliseconds, the thread and the module). The syncer's `Flush %d (why: %s sec after
  start of %s %s recording %s):` with the sample directory's added / deleted / GCed summary on
  the line under it, about every 15 s; the garage camera's Wi-Fi bridge losing power 07:11-07:21
  (`%s: sleeping for 1 s after error: Error reading from RTSP peer: Connection reset by peer (os
  error 104)`, then `%s: Opening input: %s` and `... Unable to connect to RTSP server: No route to
  host (os error 113)` every four seconds per stream); the front door camera's firmware update at
  09:50 (`... Error reading from RTSP peer: EOF`, `... Connection refused (os error 111)`); the
  server stopped at 10:29 to add the shed's camera (`Received %s; shutting down streamers and
  flushers.`, `Waiting for TEARDOWN requests to complete.`, `Exiting.`) and started again
  (`Loading video sample entries`, `Loaded %d video sample entries`, cameras, streams, sample file
  dirs, `Directories are opened.`, `Database is loaded.`, `Starting syncer for path %s`, twelve
  `Opening input`, `Ready to serve HTTP requests`).

Label notes. The heads are context: Tigase's time, level, thread and `Class.method()`,
bctoolbox's time and `flexisip-<level>-`, drachtio's time, spdlog's time and level, mylog's
level letter, time, thread and module. The values a message prints are values even when they
are long (Tigase's connection services and packets, a SIP Call-ID, a module's name, a SIP
method, an ID3 tag's text, a recording's duration); the words a call site writes, and a constant
error it prints (Exiv2's unknown image type, ffmpegthumbnailer's `Could not find stream
information`, iconv's strerror, an OS error's text with its number), are wording. Lines under a
line in one write have no row: Tigase's stacks and the empty line after them, the SIP messages
under Flexisip's `Receiving new ...` and sofia's `recv`/`send` traces, Moonfire's flush
summary. drachtio's storage counts are one record per line, each labelled with its own name.

Checked against sources or real logs: Tigase's LogFormatter (the field widths, from its
source, and issue #214's lines), the watchdog's message (ConnectionManager), `Can't find sevice
for STARTTLS command: %s` and `Problem obtaining current version information` (issues #64 and
#214); Flexisip's log line, `Invoking` / `Skipping onRequest()` / `onResponse() on module %s`,
`Packet count rate (%f) for ip/port %s/%s on protocol %s`, `Record route added.`, `Receiving new
Response SIP message: %d` (issues #49, #218, #258), `Creating a push notif context PNR %p to send
in %ds` (pushnotification source), the `Receiving new Request SIP message %s from %s`, `New
ForkCallContext`, `nta: sent ...` shapes (a log-parsing script's patterns), sofia's `nta:
received %s %s SIP/2.0 (CSeq %d)` (drachtio issue #142); drachtio's start-up lines (an issue's
docker compose log), its routing lines (issue #142), the storage counts (issues #39 and #195),
`Added` / `Removed client, count of connected clients is now: %d` and `No connected clients found
to handle incoming %s request` (an old client-controller.cpp); Gerbera's pattern and start,
shutdown, restart and bind messages (main.cc), the 1.12.1 start-up and autoscan lines (issue
#2782), `ActionRequest::update(): ...` (issue #1761), the Exiv2, iconv and thumbnail messages
(issues #3258 and #2927). Least sure (written from the helper's knowledge): Tigase's start-up,
shutdown, cluster, XML, push, lockout, s2s, heap and data-source messages and their thread and
method names; Flexisip 2.3's start-up and Redis lines, the push failure and DoS block wording,
the sofia TLS warning, `nta: sent %d %s for %s (%u)` and whether 2.3 puts a space after the
level's dash; whether drachtio logs its routing and storage counts at its default level and how
often; sofia's trace layout (the empty line after the stamp left out); Gerbera 1.12's order of the
bind and autoscan lines; all of Moonfire NVR's texts and its log layout (no copy of its source
was at hand).
"""

from __future__ import annotations

import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round55 import poisson
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at

MS = 1_000
SEC = 1_000_000


def every(
    r: random.Random, t0: datetime, t1: datetime, period: float, jitter: float
) -> list[datetime]:
    """Instants from t0 to t1 about `period` seconds apart (each moved by up to `jitter`)."""
    out, t = [], t0
    while t < t1:
        out.append(t + sec(r.uniform(0, jitter)))
        t += sec(period)
    return out


def ms3(t: datetime) -> str:
    return f"{t.microsecond // 1000:03d}"


# ----------------------------------------------------------------------------------- tigase

TG_DOMAIN = "nordwind.example"
TG_NODES = {"xmpp1": "10.20.0.11", "xmpp2": "10.20.0.12"}
TG_VERSION = "8.3.0-b12193/6e7cc82c"
TG_USERS = [
    "anna.berg",
    "jonas.keller",
    "maria.lopez",
    "tomas.novak",
    "ewa.kowalska",
    "lars.nilsson",
    "sofia.rossi",
    "david.meyer",
    "nina.petrova",
    "oliver.smith",
    "julia.wagner",
    "marek.dvorak",
    "elena.garcia",
    "paul.fischer",
    "hanna.lind",
    "igor.sokolov",
    "clara.huber",
    "ben.schulz",
    "mila.horvat",
    "felix.braun",
    "lea.vogel",
    "karl.jensen",
    "ines.silva",
    "tim.bauer",
    "rosa.marino",
    "adam.wolf",
    "vera.koch",
    "leon.richter",
    "zoe.martin",
    "erik.holm",
    "dispatch",
    "yard-ops",
    "night-shift",
    "it-helpdesk",
]
TG_CLIENTS = [
    ("Conversations", 9),
    ("Siskin IM", 4),
    ("Monal", 3),
    ("Gajim", 3),
    ("Beagle IM", 2),
    ("Dino", 1),
]
TG_S2S = [
    "conference.partner-haulage.example",
    "xmpp.customs-broker.example",
    "chat.portlog.example",
]


def java_dur(secs: float) -> str:
    """java.time.Duration.toString() of a positive duration below an hour."""
    m, s = divmod(secs, 60)
    whole = int(s)
    frac = f"{s - whole:.3f}"[1:].rstrip("0").rstrip(".")
    return f"PT{int(m)}M{whole}{frac}S" if m else f"PT{whole}{frac}S"


def tigase(r: random.Random) -> list[Log]:
    """Two clustered Tigase nodes, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    run = {"xmpp1": "xmpp1-a", "xmpp2": "xmpp2-a"}

    def L(
        node: str,
        t: datetime,
        level: str,
        thread: str,
        method: str,
        label: str,
        msg: str,
        stack: list[str] | None = None,
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            head = (
                f"[{x:%Y-%m-%d %H:%M:%S}:{ms3(x)}] [{level:<8}] [{thread:>22} ] {method:<33}: {msg}"
            )
            return [head, *stack, ""] if stack else [head]

        return fs.add(f"{node}-tigase.log.0", t, label, text, run[node], MS)

    clients = [c for c, _ in TG_CLIENTS]
    cweights = [w for _, w in TG_CLIENTS]
    devices: dict[str, tuple[str, str]] = {}
    for u in TG_USERS:
        c = r.choices(clients, cweights)[0]
        tail = "".join(
            r.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
            for _ in range(4)
        )
        res = {
            "Conversations": f"Conversations.{tail}",
            "Siskin IM": hexid(r, 8).upper() + "-" + hexid(r, 4).upper(),
            "Monal": f"Monal-iOS.{hexid(r, 4)}",
            "Gajim": f"gajim.{tail.upper()}",
            "Beagle IM": f"BeagleIM-{hexid(r, 6)}",
            "Dino": f"dino.{hexid(r, 8)}",
        }[c]
        devices[u] = (c, res)
    mobile = [u for u in TG_USERS if devices[u][0] in ("Conversations", "Siskin IM", "Monal")]

    def cip() -> str:
        return r.choice(
            [
                f"100.{r.randint(64, 127)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                f"198.51.100.{r.randint(2, 250)}",
                f"203.0.113.{r.randint(2, 250)}",
                f"85.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
            ]
        )

    def c2s_service(node: str, user: str | None, ws: bool = False) -> str:
        ip = TG_NODES[node]
        if ws:
            peer, port, lport, cls, comp = (
                "10.20.0.5",
                r.randint(32768, 60999),
                5290,
                "WebSocketXMPPIOService",
                "ws2s",
            )
        else:
            peer, port, lport, cls, comp = (
                cip(),
                r.randint(1024, 65535),
                5222,
                "XMPPIOService",
                "c2s",
            )
        uid = f"{ip}_{lport}_{peer}_{port}"
        res = (
            f"converse.js-{r.randint(10**7, 10**8 - 1)}" if ws else devices[user][1] if user else ""
        )
        jid = f"{user}@{TG_DOMAIN}/{res}" if user else "null"
        io = "SocketIO" if ws else "TLSIO"
        return f"jid: {jid}, {cls}, UniqueId: {uid}, type: <- incoming (accept), {io}, ID: {comp}@{node}.{TG_DOMAIN}/{uid}, connected Socket[addr=/{peer},port={port},localport={lport}]"

    maxinact = "%s: Max inactive time exceeded, stopping: %s ( sinceLastTransfer: %s, maxInactivityTime: %s, watchdogTimeout: %s, watchdogDelay: %s, watchdogPingType: %s )"

    def watchdog(node: str, t: datetime, comp: str) -> None:
        if comp == "s2s":
            peer = r.choice(TG_S2S)
            port = r.randint(1024, 65535)
            ip = TG_NODES[node]
            pip = {
                "conference.partner-haulage.example": "192.0.2.44",
                "xmpp.customs-broker.example": "192.0.2.87",
                "chat.portlog.example": "198.18.7.20",
            }[peer]
            svc = f"jid: null, S2SIOService, UniqueId: {ip}_5269_{pip}_{port}, type: <- incoming (accept), TLSIO, ID: s2s@{node}.{TG_DOMAIN}/{ip}_5269_{pip}_{port}, connected Socket[addr=/{pip},port={port},localport=5269]"
            since, maxi, wt = r.uniform(900, 960), "PT15M", "PT29M"
        elif comp == "ws2s":
            svc = c2s_service(node, r.choice(TG_USERS), ws=True)
            since, maxi, wt = r.uniform(360, 395), "PT6M", "PT1M"
        else:
            svc = c2s_service(node, r.choice(mobile), ws=False)
            since, maxi, wt = r.uniform(360, 420), "PT6M", "PT1M"
        L(
            node,
            t,
            "INFO",
            f"Watchdog - {comp}",
            "ConnectionManager$Watchdog$1.check()",
            maxinact,
            f"{comp}: Max inactive time exceeded, stopping: {svc} ( sinceLastTransfer: {java_dur(since)}, maxInactivityTime: {maxi}, watchdogTimeout: {wt}, watchdogDelay: PT10M, watchdogPingType: WHITESPACE )",
        )

    def starttls(node: str, t: datetime) -> None:
        ip = TG_NODES[node]
        uid = f"{ip}_5222_{cip()}_{r.randint(1024, 65535)}"
        pkt = f'from=sess-man@{node}.{TG_DOMAIN}, to=null, DATA=<iq id="tig{r.randint(1, 999)}" type="set" from="sess-man@{node}.{TG_DOMAIN}" to="c2s@{node}.{TG_DOMAIN}/{uid}"><command node="STARTTLS" xmlns="http://jabber.org/protocol/commands"><x type="submit" xmlns="jabber:x:data"/><proceed xmlns="urn:ietf:params:xml:ns:xmpp-tls"/></command></iq>, SIZE={r.randint(329, 341)}, XMLNS=null, PRIORITY=NORMAL, PERMISSION=LOCAL, TYPE=set'
        L(
            node,
            t,
            "WARNING",
            f"in_{r.randint(0, 7)}-c2s",
            "ClientConnectionManager.processCommand()",
            "Can't find sevice for STARTTLS command: %s",
            f"Can't find sevice for STARTTLS command: {pkt}",
        )

    def bad_xml(node: str, t: datetime) -> None:
        ip = TG_NODES[node]
        peer, port = (
            f"{r.choice(['45.83', '193.32', '162.142', '167.94'])}.{r.randint(0, 255)}.{r.randint(1, 254)}",
            r.randint(30000, 65000),
        )
        uid = f"{ip}_5222_{peer}_{port}"
        data = r.choice(
            [
                "GET / HTTP/1.1",
                "GET /favicon.ico HTTP/1.1",
                "SSH-2.0-Go",
                "\\x16\\x03\\x01\\x02\\x00\\x01",
            ]
        )
        L(
            node,
            t,
            "INFO",
            f"pool-{r.choice([19, 20])}-thread-{r.randint(1, 8)}",
            "XMPPIOService.processSocketData()",
            "%s, Incorrect XML data: %s, stopping connection: %s, exception: %s",
            f"c2s@{node}.{TG_DOMAIN}/{uid}, Incorrect XML data: {data}, stopping connection: {uid}, exception: tigase.xml.XMLException: Unexpected character at position 0",
        )

    def db_error(node: str, t: datetime) -> None:
        kind = r.choice(["roster", "roster", "offline", "vcard"])
        sm = f"sess-man@{node}.{TG_DOMAIN}"
        if kind == "roster":
            pkt = f'from=c2s@{node}.{TG_DOMAIN}/{TG_NODES[node]}_5222_{cip()}_{r.randint(1024, 65535)}, to={sm}, DATA=<iq type="get" id="{hexid(r, 8)}" xmlns="jabber:client"><query xmlns="jabber:iq:roster" ver="{r.randint(100000, 999999)}"/></iq>, SIZE={r.randint(150, 190)}, XMLNS=jabber:client, PRIORITY=NORMAL, PERMISSION=NONE, TYPE=get'
            top = [
                "tigase.xmpp.impl.roster.RosterFlat.getUserRoster(RosterFlat.java:376)",
                "tigase.xmpp.impl.JabberIqRoster.processGetRequest(JabberIqRoster.java:512)",
                "tigase.xmpp.impl.JabberIqRoster.process(JabberIqRoster.java:309)",
            ]
        elif kind == "offline":
            pkt = f'from=c2s@{node}.{TG_DOMAIN}/{TG_NODES[node]}_5222_{cip()}_{r.randint(1024, 65535)}, to={sm}, DATA=<presence xmlns="jabber:client"><priority>5</priority><c xmlns="http://jabber.org/protocol/caps" hash="sha-1" node="https://conversations.im" ver="{hexid(r, 27)}="/></presence>, SIZE={r.randint(200, 240)}, XMLNS=jabber:client, PRIORITY=PRESENCE, PERMISSION=NONE, TYPE=null'
            top = [
                "tigase.server.amp.db.JDBCMsgRepository.loadMessagesToJID(JDBCMsgRepository.java:421)",
                "tigase.xmpp.impl.OfflineMessages.restorePacketForOffLineUser(OfflineMessages.java:315)",
                "tigase.xmpp.impl.OfflineMessages.process(OfflineMessages.java:201)",
            ]
        else:
            pkt = f'from=c2s@{node}.{TG_DOMAIN}/{TG_NODES[node]}_5222_{cip()}_{r.randint(1024, 65535)}, to={sm}, DATA=<iq type="get" to="{r.choice(TG_USERS)}@{TG_DOMAIN}" id="{hexid(r, 8)}" xmlns="jabber:client"><vCard xmlns="vcard-temp"/></iq>, SIZE={r.randint(150, 190)}, XMLNS=jabber:client, PRIORITY=NORMAL, PERMISSION=NONE, TYPE=get'
            top = [
                "tigase.db.UserRepositoryMDImpl.getData(UserRepositoryMDImpl.java:276)",
                "tigase.xmpp.impl.VCardTemp.process(VCardTemp.java:148)",
                "tigase.xmpp.impl.VCardTemp.process(VCardTemp.java:102)",
            ]
        stack = [
            "java.sql.SQLNonTransientConnectionException: Could not create connection to database server. Attempted reconnect 3 times. Giving up.",
            "\tat com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:110)",
            "\tat com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:97)",
            "\tat com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:89)",
            "\tat com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:63)",
            "\tat com.mysql.cj.jdbc.ConnectionImpl.connectWithRetries(ConnectionImpl.java:898)",
            "\tat com.mysql.cj.jdbc.ConnectionImpl.createNewIO(ConnectionImpl.java:823)",
            "\tat com.mysql.cj.jdbc.ConnectionImpl.<init>(ConnectionImpl.java:448)",
            "\tat com.mysql.cj.jdbc.ConnectionImpl.getInstance(ConnectionImpl.java:241)",
            "\tat com.mysql.cj.jdbc.NonRegisteringDriver.connect(NonRegisteringDriver.java:198)",
            "\tat java.sql/java.sql.DriverManager.getConnection(DriverManager.java:681)",
            "\tat java.sql/java.sql.DriverManager.getConnection(DriverManager.java:229)",
            "\tat tigase.db.jdbc.DataRepositoryImpl.initRepo(DataRepositoryImpl.java:577)",
            "\tat tigase.db.jdbc.DataRepositoryImpl.checkConnection(DataRepositoryImpl.java:161)",
            "\tat tigase.db.jdbc.DataRepositoryImpl.getPreparedStatement(DataRepositoryImpl.java:232)",
            *[f"\tat {x}" for x in top],
            "\tat tigase.server.xmppsession.SessionManager$ProcessorWorkerThread.process(SessionManager.java:2512)",
            "\tat tigase.util.processing.WorkerThread.run(WorkerThread.java:123)",
            "Caused by: com.mysql.cj.exceptions.CJCommunicationsException: Communications link failure",
            "",
            "The last packet sent successfully to the server was 0 milliseconds ago. The driver has not received any packets from the server.",
            "\tat java.base/jdk.internal.reflect.NativeConstructorAccessorImpl.newInstance0(Native Method)",
            "\tat com.mysql.cj.exceptions.ExceptionFactory.createException(ExceptionFactory.java:61)",
            "\tat com.mysql.cj.protocol.a.NativeSocketConnection.connect(NativeSocketConnection.java:105)",
            "\t... 21 more",
            "Caused by: java.net.ConnectException: Connection refused",
            "\tat java.base/sun.nio.ch.Net.pollConnect(Native Method)",
            "\tat java.base/java.net.Socket.connect(Socket.java:633)",
            "\t... 24 more",
        ]
        L(
            node,
            t,
            "SEVERE",
            f"in_{r.randint(0, 15)}-sess-man",
            "SessionManager$ProcessorWorkerThread.process()",
            "Exception during packet processing: %s",
            f"Exception during packet processing: {pkt}",
            stack,
        )

    def push_fail(node: str, t: datetime) -> None:
        u = r.choice([x for x in TG_USERS if devices[x][0] in ("Siskin IM", "Monal")] or TG_USERS)
        dev = hexid(r, 64)
        L(
            node,
            t,
            "WARNING",
            f"in_{r.randint(0, 3)}-push",
            "APNsBinaryApiProvider.lambda$sendNotification$2()",
            "Push notification for device %s of %s failed: %s",
            f"Push notification for device {dev} of {u}@{TG_DOMAIN} failed: BadDeviceToken",
        )

    def heap(node: str, t: datetime, pct: int) -> None:
        L(
            node,
            t,
            "WARNING",
            "monitor-timer",
            "MemMonitor.check()",
            "Heap memory usage is %s%%, above the %s%% threshold",
            f"Heap memory usage is {pct}%, above the 90% threshold",
        )

    def lockout(node: str, t: datetime, u: str, ip: str) -> None:
        L(
            node,
            t,
            "INFO",
            f"in_{r.randint(0, 15)}-sess-man",
            "BruteForceLockerBean.addInvalidLogin()",
            "User %s locked from %s for %s seconds after %s failed login attempts",
            f"User {u}@{TG_DOMAIN} locked from {ip} for 600 seconds after 3 failed login attempts",
        )

    def s2s_fail(node: str, t: datetime) -> None:
        L(
            node,
            t,
            "WARNING",
            f"in_{r.randint(0, 3)}-s2s",
            "S2SConnectionManager.processPacket()",
            "Can not connect to: %s, returning %s packets with error: %s",
            f"Can not connect to: xmpp.customs-broker.example, returning {r.choices([1, 2, 3, 5], [8, 3, 1, 1])[0]} packets with error: remote-server-not-found",
        )

    def db_retry(node: str, t: datetime) -> None:
        L(
            node,
            t,
            "WARNING",
            "pool-3-thread-1",
            "DataSourceBean.reconnect()",
            "Data source %s is not available: %s, will retry in %s seconds",
            "Data source default is not available: Communications link failure, will retry in 10 seconds",
        )

    def startup(node: str, t: datetime) -> datetime:
        t = L(
            node,
            t,
            "CONFIG",
            "main",
            "ConfigHolder.loadConfiguration()",
            "Loading configuration from file: %s",
            "Loading configuration from file: etc/config.tdsl",
        )
        t = L(
            node,
            t + sec(r.uniform(1.5, 2.5)),
            "INFO",
            "main",
            "XMPPServer.start()",
            "Starting Tigase XMPP Server %s",
            f"Starting Tigase XMPP Server {TG_VERSION}",
        )
        for comp, port in [
            ("c2s", 5222),
            ("c2s", 5223),
            ("s2s", 5269),
            ("bosh", 5280),
            ("ws2s", 5290),
            ("cl-comp", 5277),
            ("http", 8080),
        ]:
            t = L(
                node,
                t + sec(r.uniform(0.05, 0.6)),
                "CONFIG",
                "main",
                "ConnectionOpenThread.addConnectionOpenListener()",
                "%s: Binding to local address: %s, port: %s",
                f"{comp}: Binding to local address: 0.0.0.0, port: {port}",
            )
        return t

    def cluster(node: str, t: datetime, other: str, up: bool) -> None:
        if up:
            L(
                node,
                t,
                "INFO",
                "ConnectionOpenThread",
                "ClusterConnectionManager.serviceStarted()",
                "Connected to: %s",
                f"Connected to: {other}.{TG_DOMAIN}",
            )
        else:
            L(
                node,
                t,
                "INFO",
                f"pool-{r.randint(17, 22)}-thread-{r.randint(1, 6)}",
                "ClusterConnectionManager.serviceStopped()",
                "Disconnected from: %s",
                f"Disconnected from: {other}.{TG_DOMAIN}",
            )

    db_down = (at(9, 15, 22), at(9, 18, 47))
    restart = (at(10, 39, 51), at(10, 40, 26))
    for node in TG_NODES:
        # mobile clients lost without a goodbye: busier in the morning shift change
        for t in poisson(r, T0, T_END, 29.0):
            if node == "xmpp2" and restart[0] <= t < restart[1] + sec(90):
                continue
            watchdog(node, t, r.choices(["c2s", "ws2s"], [9, 2])[0])
        for t in poisson(r, T0, T_END, 540.0):
            watchdog(node, t, "s2s")
        for t in poisson(r, T0, T_END, 230.0):
            starttls(node, t)
        for t in every(r, at(6, 4, 30), T_END, 600, 2):
            L(
                node,
                t,
                "WARNING",
                "stats-cache",
                "ComponentInfo.lambda$getImplementationVersion$1()",
                "Problem obtaining current version information",
                "Problem obtaining current version information",
            )
        for t in poisson(r, T0, T_END, 420.0):
            if r.random() < 0.6:
                bad_xml(node, t)
        # MySQL primary failover: every query on the way fails
        for t in poisson(r, db_down[0], db_down[1], 6.5 if node == "xmpp1" else 8.0):
            db_error(node, t)
        for t in every(r, db_down[0] + sec(3), db_down[1], 10, 0.3):
            db_retry(node, t)
        # the customs broker's server down: messages to its users bounce
        for t in poisson(r, at(8, 10), at(8, 41), 95.0):
            s2s_fail(node, t)
        # a push token no longer valid (a phone wiped) and Monal's old build
        for t in poisson(r, at(7, 12), at(11, 50), 260.0):
            push_fail(node, t)
        # xmpp2's heap filling before its restart, then xmpp1's with every user on it
        if node == "xmpp2":
            for i, t in enumerate(every(r, at(10, 8), at(10, 38, 30), 120, 5)):
                heap(node, t, min(99, 91 + i // 2))
        else:
            for t in every(r, at(11, 20), T_END, 480, 10):
                heap(node, t, r.randint(90, 93))
    # xmpp2 restarted with a larger heap
    L(
        "xmpp2",
        restart[0],
        "INFO",
        "Thread-1",
        "XMPPServer$ShutdownHook.run()",
        "Stopping Tigase XMPP Server...",
        "Stopping Tigase XMPP Server...",
    )
    cluster("xmpp1", restart[0] + sec(0.4), "xmpp2", False)
    run["xmpp2"] = "xmpp2-b"
    t = startup("xmpp2", restart[1])
    cluster("xmpp2", t + sec(r.uniform(2, 4)), "xmpp1", True)
    cluster("xmpp1", t + sec(r.uniform(2, 4)), "xmpp2", True)
    # credential stuffing against a few accounts from one network
    for t in poisson(r, at(8, 42), at(9, 5), 70.0):
        lockout(
            r.choice(list(TG_NODES)),
            t,
            r.choice([*TG_USERS[:12], "admin", "test", "info"]),
            f"45.155.{r.randint(204, 205)}.{r.randint(2, 250)}",
        )
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- drachtio

DR_SEP = "   ------------------------------------------------------------------------"
DR_HOST = "10.30.0.8"
DR_PUBLIC = "198.51.100.40"
DR_CARRIER = ["203.0.113.10", "203.0.113.11"]
DR_FS = "10.30.0.21"
DR_NUMBERS = ["+4930555012", "+4930555013", "+4930555019"]


def dr_callers(r: random.Random) -> str:
    return r.choice(["+49", "+49", "+49", "+43", "+41"]) + str(r.randint(1500000000, 1799999999))


def tport_dump(lines: list[str]) -> tuple[int, list[str]]:
    """sofia's tport_log_msg: the message's lines indented by three spaces between two
    separators; returns the message's size in bytes (CRLF line ends) and the lines."""
    n = sum(len(x) + 2 for x in lines)
    return n, [DR_SEP, *[f"   {x}" for x in lines], DR_SEP]


def drachtio(r: random.Random) -> list[Log]:
    """One drachtio-server in front of an IVR app, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    f = "drachtio.log"
    run = ["dr-1"]

    def L(t: datetime, label: str, msg: str, more: list[str] | None = None) -> datetime:
        def text(x: datetime) -> list[str]:
            return [f"{x:%Y-%m-%d %H:%M:%S}.{x.microsecond:06d} {msg}", *(more or [])]

        return fs.add(f, t, label, text, run[0], 1)

    def sip(t: datetime, way: str, proto: str, ip: str, port: int, lines: list[str]) -> datetime:
        n, dump = tport_dump(lines)

        def text(x: datetime) -> list[str]:
            y = x - sec(r.uniform(0.00003, 0.00025))
            stamp = f"{y:%H:%M:%S}.{y.microsecond:06d}"
            head = f"{way} {n} bytes {'from' if way == 'recv' else 'to'} {proto}/[{ip}]:{port} at {stamp}:"
            return [f"{x:%Y-%m-%d %H:%M:%S}.{x.microsecond:06d} {head}", *dump]

        label = (
            "recv %d bytes from %s/[%s]:%d at %s:"
            if way == "recv"
            else "send %d bytes to %s/[%s]:%d at %s:"
        )
        return fs.add(f, t, label, text, run[0], 1)

    def j(x: float) -> timedelta:
        """A step of about `x` seconds: the program's own pace between two calls."""
        return sec(x * r.uniform(0.6, 1.9))

    version = ["v0.8.24"]
    thread_ids = {"main": "140213886297920", "cc": "140213869512448"}

    def startup(t: datetime) -> datetime:
        base = r.randint(0x7F0000000000, 0x7FFFFFFFFFFF) & ~0xFFF
        main = str(base | 0x740)
        cc = str((base - r.randint(1, 3) * 0x801000) | 0x640)
        thread_ids.update(main=main, cc=cc)
        t = L(t, "Starting drachtio version %s", f"Starting drachtio version {version[0]}")
        t = L(
            t + j(0.0003),
            "Logging threshold:                     %d",
            "Logging threshold:                     5",
        )
        t = L(
            t + j(0.0001),
            "DrachtioController::run: Main thread id: %s",
            f"DrachtioController::run: Main thread id: {main}",
        )
        t = L(
            t + j(0.0001),
            "DrachtioController::run listening for applications on tcp port %d and tls port %d",
            "DrachtioController::run listening for applications on tcp port 9022 and tls port 0",
        )
        t = L(
            t + j(0.0048),
            "ClientController::ClientController done setting tls options: ",
            "ClientController::ClientController done setting tls options: ",
        )
        t = L(
            t + j(0.0002),
            "Client controller thread id: %s",
            f"Client controller thread id: {main}",
        )
        t = L(
            t + j(0.0014),
            "ClientController::start_accept_tcp",
            "ClientController::start_accept_tcp",
        )
        t = L(
            t + j(0.0002), "Client controller thread id: %s", f"Client controller thread id: {cc}"
        )
        t = L(t + j(0.0001), "Prometheus support disabled", "Prometheus support disabled")
        t = L(
            t + j(0.00002),
            "ClientController::threadFunc - ClientController: io_context run loop started (or restarted)",
            "ClientController::threadFunc - ClientController: io_context run loop started (or restarted)",
        )
        t = L(
            t + j(0.00008),
            "tcp keep alives will be sent to clients every %d seconds",
            "tcp keep alives will be sent to clients every 45 seconds",
        )
        t = L(
            t + j(0.0003),
            "DrachtioController::run: starting sip stack on %s",
            f"DrachtioController::run: starting sip stack on sip:{DR_HOST};transport=udp,tcp",
        )
        return t

    clients = [0]

    def join(t: datetime) -> datetime:
        clients[0] += 1
        return L(
            t,
            "Added client, count of connected clients is now: %d",
            f"Added client, count of connected clients is now: {clients[0]}",
        )

    def leave(t: datetime) -> datetime:
        clients[0] = max(0, clients[0] - 1)
        return L(
            t,
            "Removed client, count of connected clients is now: %d",
            f"Removed client, count of connected clients is now: {clients[0]}",
        )

    def stats(t: datetime) -> None:
        dialogs = r.randint(0, 4)
        rows = [
            ("ClientController storage counts", None),
            ("----------------------------------", None),
            ("m_clients size:", clients[0]),
            ("m_services size:", 0),
            ("m_request_types size:", 2 * clients[0]),
            ("m_map_of_request_type_offsets size:", 2 if clients[0] else 0),
            ("m_mapDialogs size:", dialogs * 2),
            ("m_mapNetTransactions size:", r.randint(0, 2)),
            ("m_mapAppTransactions size:", r.randint(0, 1)),
            ("m_mapApiRequests size:", 0),
            ("m_mapDialogId2Appname size:", dialogs * 2),
        ]
        for name, v in rows:
            if v is None:
                t = L(t + j(0.00003), name, name)
            else:
                t = L(t + j(0.00002), f"{name:<65}%d", f"{name:<65}{v}")

    def via_branch() -> str:
        return "z9hG4bK" + hexid(r, 8) + "-" + hexid(r, 4)

    def options_ping(t: datetime) -> None:
        cip = r.choice(DR_CARRIER)
        callid = hexid(r, 32) + "@" + cip
        br, tag, cseq = via_branch(), hexid(r, 8), r.randint(1, 9999)
        req = [
            f"OPTIONS sip:{DR_PUBLIC}:5060 SIP/2.0",
            f"Via: SIP/2.0/UDP {cip}:5060;branch={br}",
            "Max-Forwards: 70",
            f"From: <sip:ping@{cip}>;tag={tag}",
            f"To: <sip:{DR_PUBLIC}:5060>",
            f"Call-ID: {callid}",
            f"CSeq: {cseq} OPTIONS",
            "User-Agent: carrier-sbc",
            "Content-Length: 0",
            "",
        ]
        t = sip(t, "recv", "udp", cip, 5060, req)
        resp = [
            "SIP/2.0 200 OK",
            f"Via: SIP/2.0/UDP {cip}:5060;branch={br}",
            f"From: <sip:ping@{cip}>;tag={tag}",
            f"To: <sip:{DR_PUBLIC}:5060>;tag={hexid(r, 12)}",
            f"Call-ID: {callid}",
            f"CSeq: {cseq} OPTIONS",
            "Allow: INVITE, ACK, BYE, CANCEL, OPTIONS, MESSAGE, INFO, UPDATE, REGISTER, REFER, NOTIFY, PUBLISH, SUBSCRIBE",
            "Supported: timer, path, replaces",
            "Accept: application/sdp, application/dtmf-relay, text/plain",
            "Server: drachtio/0.8.24",
            "Content-Length: 0",
            "",
        ]
        sip(t + sec(r.uniform(0.00015, 0.0006)), "send", "udp", cip, 5060, resp)

    def scanner(t: datetime, src: str) -> None:
        port = r.choice([5060, 5070, r.randint(20000, 60000)])
        ext = r.choice(["100", "101", "1000", "2001", "admin", "test"])
        br, tag, callid = via_branch(), hexid(r, 8), str(r.randint(10**9, 10**10 - 1))
        req = [
            f"REGISTER sip:{DR_PUBLIC} SIP/2.0",
            f"Via: SIP/2.0/UDP {src}:{port};branch={br};rport",
            f"From: <sip:{ext}@{DR_PUBLIC}>;tag={tag}",
            f"To: <sip:{ext}@{DR_PUBLIC}>",
            f"Call-ID: {callid}",
            "CSeq: 1 REGISTER",
            f"Contact: <sip:{ext}@{src}:{port}>",
            "Max-Forwards: 70",
            r.choice(
                [
                    "User-Agent: friendly-scanner",
                    "User-Agent: sipcli/v1.8",
                    "User-Agent: PolycomSoundPointIP-SPIP_550-UA/3.3.2.0413",
                ]
            ),
            "Expires: 3600",
            "Content-Length: 0",
            "",
        ]
        t = sip(t, "recv", "udp", src, port, req)
        t = L(
            t + sec(r.uniform(0.00005, 0.0002)),
            "No connected clients found to handle incoming %s request",
            "No connected clients found to handle incoming register request",
        )
        resp = [
            "SIP/2.0 503 Service Unavailable",
            f"Via: SIP/2.0/UDP {src}:{port};branch={br};rport={port};received={src}",
            f"From: <sip:{ext}@{DR_PUBLIC}>;tag={tag}",
            f"To: <sip:{ext}@{DR_PUBLIC}>;tag={hexid(r, 12)}",
            f"Call-ID: {callid}",
            "CSeq: 1 REGISTER",
            "Server: drachtio/0.8.24",
            "Content-Length: 0",
            "",
        ]
        sip(t + sec(r.uniform(0.0001, 0.0004)), "send", "udp", src, port, resp)

    def sdp(ip: str, port: int, sess: int) -> list[str]:
        return [
            "v=0",
            f"o=- {sess} {sess} IN IP4 {ip}",
            "s=-",
            f"c=IN IP4 {ip}",
            "t=0 0",
            f"m=audio {port} RTP/AVP 8 0 101",
            "a=rtpmap:8 PCMA/8000",
            "a=rtpmap:0 PCMU/8000",
            "a=rtpmap:101 telephone-event/8000",
            "a=fmtp:101 0-16",
            "a=ptime:20",
            "a=sendrecv",
        ]

    def call(t: datetime, app_down: bool) -> None:
        cip = r.choice(DR_CARRIER)
        caller, dn = dr_callers(r), r.choice(DR_NUMBERS)
        callid = f"{hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 12)}"
        br, tag = via_branch(), hexid(r, 10)
        body = sdp(cip, r.randrange(16384, 32768, 2), r.randint(10**9, 2 * 10**9))
        blen = sum(len(x) + 2 for x in body)
        invite = [
            f"INVITE sip:{dn}@{DR_PUBLIC}:5060 SIP/2.0",
            f"Via: SIP/2.0/UDP {cip}:5060;branch={br}",
            "Max-Forwards: 69",
            f'From: "{caller}" <sip:{caller}@{cip}>;tag={tag}',
            f"To: <sip:{dn}@{DR_PUBLIC}>",
            f"Call-ID: {callid}",
            "CSeq: 1 INVITE",
            f"Contact: <sip:{caller}@{cip}:5060>",
            "Allow: INVITE, ACK, CANCEL, BYE, OPTIONS, UPDATE",
            "Supported: timer",
            "Session-Expires: 1800",
            f"P-Asserted-Identity: <sip:{caller}@{cip}>",
            "Content-Type: application/sdp",
            f"Content-Length: {blen}",
            "",
            *body,
        ]
        t = sip(t, "recv", "udp", cip, 5060, invite)
        to_tag = hexid(r, 12)
        base = [
            f"Via: SIP/2.0/UDP {cip}:5060;branch={br}",
            f'From: "{caller}" <sip:{caller}@{cip}>;tag={tag}',
            f"To: <sip:{dn}@{DR_PUBLIC}>",
            f"Call-ID: {callid}",
            "CSeq: 1 INVITE",
        ]
        t = sip(
            t + sec(r.uniform(0.0002, 0.0008)),
            "send",
            "udp",
            cip,
            5060,
            ["SIP/2.0 100 Trying", *base, "Content-Length: 0", ""],
        )
        if app_down:
            t = L(
                t + j(0.0001),
                "No connected clients found to handle incoming %s request",
                "No connected clients found to handle incoming invite request",
            )
            sip(
                t + j(0.0003),
                "send",
                "udp",
                cip,
                5060,
                [
                    "SIP/2.0 503 Service Unavailable",
                    *base[:2],
                    base[2] + f";tag={to_tag}",
                    *base[3:],
                    "Server: drachtio/0.8.24",
                    "Content-Length: 0",
                    "",
                ],
            )
            return
        thr = thread_ids["main"]
        tid = uuid4(r)
        t = L(
            t + sec(r.uniform(0.00005, 0.0002)),
            "processMessageStatelessly - incoming message with call-id %s does not match an existing call leg, processed in thread %s",
            f"processMessageStatelessly - incoming message with call-id {callid} does not match an existing call leg, processed in thread {thr}",
        )
        t = L(
            t + j(0.0001),
            "ClientController::selectClientForRequestOutsideDialog - there are %d possible clients, we are starting with offset %d",
            f"ClientController::selectClientForRequestOutsideDialog - there are {clients[0]} possible clients, we are starting with offset 0",
        )
        t = L(
            t + j(0.00008),
            "ClientController::route_request_outside_dialog - Selected client at offset %d",
            "ClientController::route_request_outside_dialog - Selected client at offset 0",
        )
        t = L(
            t + j(0.0001),
            "PendingRequestController::add - tport: %s, Call-ID: %s, transactionId %s",
            f"PendingRequestController::add - tport: 0x{hexid(r, 12)}, Call-ID: {callid}, transactionId {tid}",
        )
        t = L(
            t + j(0.00008),
            "pending-request: Adding entry to go off in %dms",
            "pending-request: Adding entry to go off in 64000ms",
        )
        t = L(
            t + j(0.0001),
            "pending-request: Adding entry to the head (queue was empty), length: %d",
            "pending-request: Adding entry to the head (queue was empty), length: 1",
        )
        t = L(
            t + j(0.0001),
            "ClientController::addNetTransaction: transactionId %s",
            f"ClientController::addNetTransaction: transactionId {tid}",
        )
        # the app bridges to FreeSWITCH for the IVR
        t += sec(r.uniform(0.004, 0.02))
        fs_br, fs_callid, fs_tag = via_branch(), uuid4(r), hexid(r, 10)
        fbody = sdp(DR_HOST, r.randrange(40000, 60000, 2), r.randint(10**9, 2 * 10**9))
        fl = sum(len(x) + 2 for x in fbody)
        b_inv = [
            f"INVITE sip:ivr@{DR_FS}:5080 SIP/2.0",
            f"Via: SIP/2.0/UDP {DR_HOST};rport;branch={fs_br}",
            "Max-Forwards: 70",
            f"From: <sip:{caller}@{DR_HOST}>;tag={fs_tag}",
            f"To: <sip:ivr@{DR_FS}:5080>",
            f"Call-ID: {fs_callid}",
            f"CSeq: {r.randint(10**6, 10**8)} INVITE",
            f"Contact: <sip:{DR_HOST}:5060>",
            f"X-Original-DN: {dn}",
            "Content-Type: application/sdp",
            f"Content-Length: {fl}",
            "",
            *fbody,
        ]
        t = sip(t, "send", "udp", DR_FS, 5080, b_inv)
        t = sip(
            t + sec(r.uniform(0.0005, 0.002)),
            "recv",
            "udp",
            DR_FS,
            5080,
            [
                "SIP/2.0 100 Trying",
                f"Via: SIP/2.0/UDP {DR_HOST};rport=5060;branch={fs_br}",
                f"From: <sip:{caller}@{DR_HOST}>;tag={fs_tag}",
                f"To: <sip:ivr@{DR_FS}:5080>",
                f"Call-ID: {fs_callid}",
                "CSeq: 1 INVITE",
                "User-Agent: FreeSWITCH-mod_sofia/1.10.11-release~64bit",
                "Content-Length: 0",
                "",
            ],
        )
        fs_to = hexid(r, 13)
        ans = sdp(DR_FS, r.randrange(16384, 32768, 2), r.randint(10**9, 2 * 10**9))
        t = sip(
            t + sec(r.uniform(0.03, 0.2)),
            "recv",
            "udp",
            DR_FS,
            5080,
            [
                "SIP/2.0 200 OK",
                f"Via: SIP/2.0/UDP {DR_HOST};rport=5060;branch={fs_br}",
                f"From: <sip:{caller}@{DR_HOST}>;tag={fs_tag}",
                f"To: <sip:ivr@{DR_FS}:5080>;tag={fs_to}",
                f"Call-ID: {fs_callid}",
                "CSeq: 1 INVITE",
                f"Contact: <sip:ivr@{DR_FS}:5080;transport=udp>",
                "Content-Type: application/sdp",
                f"Content-Length: {sum(len(x) + 2 for x in ans)}",
                "",
                *ans,
            ],
        )
        t = sip(
            t + sec(r.uniform(0.002, 0.01)),
            "send",
            "udp",
            DR_FS,
            5080,
            [
                f"ACK sip:ivr@{DR_FS}:5080;transport=udp SIP/2.0",
                f"Via: SIP/2.0/UDP {DR_HOST};rport;branch={via_branch()}",
                "Max-Forwards: 70",
                f"From: <sip:{caller}@{DR_HOST}>;tag={fs_tag}",
                f"To: <sip:ivr@{DR_FS}:5080>;tag={fs_to}",
                f"Call-ID: {fs_callid}",
                "CSeq: 1 ACK",
                "Content-Length: 0",
                "",
            ],
        )
        ok_body = sdp(DR_PUBLIC, r.randrange(40000, 60000, 2), r.randint(10**9, 2 * 10**9))
        t = sip(
            t + sec(r.uniform(0.002, 0.01)),
            "send",
            "udp",
            cip,
            5060,
            [
                "SIP/2.0 200 OK",
                *base[:2],
                base[2] + f";tag={to_tag}",
                *base[3:],
                f"Contact: <sip:{DR_PUBLIC}:5060>",
                "Supported: timer",
                "Session-Expires: 1800;refresher=uac",
                "Content-Type: application/sdp",
                f"Content-Length: {sum(len(x) + 2 for x in ok_body)}",
                "",
                *ok_body,
            ],
        )
        t = sip(
            t + sec(r.uniform(0.02, 0.09)),
            "recv",
            "udp",
            cip,
            5060,
            [
                f"ACK sip:{DR_PUBLIC}:5060 SIP/2.0",
                f"Via: SIP/2.0/UDP {cip}:5060;branch={via_branch()}",
                "Max-Forwards: 69",
                f'From: "{caller}" <sip:{caller}@{cip}>;tag={tag}',
                f"To: <sip:{dn}@{DR_PUBLIC}>;tag={to_tag}",
                f"Call-ID: {callid}",
                "CSeq: 1 ACK",
                "Content-Length: 0",
                "",
            ],
        )
        # the caller hangs up after the menu
        t += sec(r.uniform(25, 240))
        bye_br = via_branch()
        t = sip(
            t,
            "recv",
            "udp",
            cip,
            5060,
            [
                f"BYE sip:{DR_PUBLIC}:5060 SIP/2.0",
                f"Via: SIP/2.0/UDP {cip}:5060;branch={bye_br}",
                "Max-Forwards: 69",
                f'From: "{caller}" <sip:{caller}@{cip}>;tag={tag}',
                f"To: <sip:{dn}@{DR_PUBLIC}>;tag={to_tag}",
                f"Call-ID: {callid}",
                "CSeq: 2 BYE",
                'Reason: Q.850;cause=16;text="Normal call clearing"',
                "Content-Length: 0",
                "",
            ],
        )
        t = sip(
            t + sec(r.uniform(0.0002, 0.001)),
            "send",
            "udp",
            cip,
            5060,
            [
                "SIP/2.0 200 OK",
                f"Via: SIP/2.0/UDP {cip}:5060;branch={bye_br}",
                f'From: "{caller}" <sip:{caller}@{cip}>;tag={tag}',
                f"To: <sip:{dn}@{DR_PUBLIC}>;tag={to_tag}",
                f"Call-ID: {callid}",
                "CSeq: 2 BYE",
                "Content-Length: 0",
                "",
            ],
        )
        b2 = via_branch()
        t = sip(
            t + sec(r.uniform(0.003, 0.02)),
            "send",
            "udp",
            DR_FS,
            5080,
            [
                f"BYE sip:ivr@{DR_FS}:5080;transport=udp SIP/2.0",
                f"Via: SIP/2.0/UDP {DR_HOST};rport;branch={b2}",
                "Max-Forwards: 70",
                f"From: <sip:{caller}@{DR_HOST}>;tag={fs_tag}",
                f"To: <sip:ivr@{DR_FS}:5080>;tag={fs_to}",
                f"Call-ID: {fs_callid}",
                "CSeq: 2 BYE",
                "Content-Length: 0",
                "",
            ],
        )
        sip(
            t + sec(r.uniform(0.001, 0.006)),
            "recv",
            "udp",
            DR_FS,
            5080,
            [
                "SIP/2.0 200 OK",
                f"Via: SIP/2.0/UDP {DR_HOST};rport=5060;branch={b2}",
                f"From: <sip:{caller}@{DR_HOST}>;tag={fs_tag}",
                f"To: <sip:ivr@{DR_FS}:5080>;tag={fs_to}",
                f"Call-ID: {fs_callid}",
                "CSeq: 2 BYE",
                "Content-Length: 0",
                "",
            ],
        )

    restart = (at(8, 47, 9.0), at(8, 47, 12.441))
    app_gone = (at(10, 20, 3.118), at(10, 20, 41.905))
    t = startup(at(6, 0, 2.417391))
    join(t + sec(r.uniform(1.5, 3)))
    for t in every(r, at(6, 0, 40), T_END, 90, 1.5):
        if restart[0] - sec(1) <= t < restart[1] + sec(2):
            continue
        options_ping(t)
    for t in every(r, at(7, 0, 0.5), T_END, 3600, 0.2):
        stats(t)
    # weekday callers to the hotline
    for t in poisson(r, at(6, 45), at(11, 58), 290.0) + poisson(r, at(8, 0), at(9, 30), 600.0):
        if restart[0] - sec(300) <= t < restart[1]:
            continue
        call(t, app_gone[0] <= t < app_gone[1])
    for t in poisson(r, app_gone[0] + sec(2), app_gone[1], 14.0):
        call(t, True)
    # sipvicious from two networks
    for src, a, b, m in [
        ("45.134.144.17", at(7, 12), at(7, 19), 9.0),
        ("193.107.216.29", at(9, 58), at(10, 6), 12.0),
        ("80.94.95.8", at(11, 31), at(11, 33), 8.0),
    ]:
        for t in poisson(r, a, b, m):
            scanner(t, src)
    # docker restart after a config change (sip-outbound tuning)
    leave(restart[0])
    version[0] = "v0.8.24"
    run[0] = "dr-2"
    t = startup(restart[1])
    join(t + sec(r.uniform(2.0, 4.0)))
    # the IVR app redeployed
    run[0] = "dr-2"
    leave(app_gone[0])
    join(app_gone[1])
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- flexisip

FX_DOMAIN = "sip.kestrel-clinic.example"
FX_PUBLIC = "192.0.2.50"
FX_VERSION = "2.3.4"
FX_MODULES = [
    "DoSProtection",
    "SanityChecker",
    "GarbageIn",
    "Capabilities",
    "NatHelper",
    "Authentication",
    "Redirect",
    "RegEvent",
    "B2bua",
    "GatewayAdapter",
    "Presence",
    "Registrar",
    "StatisticsCollector",
    "ContactRouteInserter",
    "Router",
    "PushNotification",
    "LoadBalancer",
    "MediaRelay",
    "Transcoder",
    "Forward",
]
FX_ENABLED = {
    "DoSProtection",
    "SanityChecker",
    "Capabilities",
    "NatHelper",
    "Authentication",
    "Registrar",
    "ContactRouteInserter",
    "Router",
    "PushNotification",
    "MediaRelay",
    "Forward",
}
# user, platform (ios devices are reached by push), last known address
FX_STAFF = [
    ("dr.amsel", "ios"),
    ("dr.brandt", "android"),
    ("reception", "android"),
    ("triage", "android"),
    ("n.ortega", "ios"),
    ("k.weiss", "android"),
    ("lab", "desktop"),
    ("pharmacy", "desktop"),
    ("dr.ivanova", "ios"),
    ("m.haas", "android"),
    ("s.yilmaz", "ios"),
    ("nightdesk", "desktop"),
    ("p.lang", "android"),
    ("dr.ferreira", "ios"),
    ("radiology", "desktop"),
    ("j.moreau", "android"),
]


def flexisip(r: random.Random) -> list[Log]:
    """One Flexisip proxy, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    f = "flexisip-proxy.log"
    run = ["fx-1"]

    def L(t: datetime, level: str, label: str, msg: str, more: list[str] | None = None) -> datetime:
        def text(x: datetime) -> list[str]:
            return [f"{x:%Y-%m-%d %H:%M:%S}:{ms3(x)} flexisip-{level}-{msg}", *(more or [])]

        return fs.add(f, t, label, text, run[0], MS)

    addr = {}
    for u, plat in FX_STAFF:
        if plat == "desktop":
            addr[u] = (
                f"10.40.1.{r.randint(20, 90)}",
                r.choice([5060, 5062, r.randint(40000, 60000)]),
                "tcp",
            )
        else:
            addr[u] = (
                f"100.{r.randint(64, 127)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                r.randint(30000, 60000),
                "tls",
            )
    ua = {
        "ios": "LinphoneiOS/5.2.3 (iPhone) LinphoneSDK/5.3.30",
        "android": "LinphoneAndroid/5.2.4 (Pixel 7) LinphoneSDK/5.3.30",
        "desktop": "Linphone Desktop/5.2.2 (Windows 10) Qt/5.15.2 LinphoneSDK/5.3.30",
    }
    plat = dict(FX_STAFF)

    def modules(
        t: datetime, phase: str, stop: str | None, hooks: dict[str, list[tuple[str, str]]]
    ) -> datetime:
        for m in FX_MODULES:
            on = m in FX_ENABLED
            t = L(
                t + sec(0.0004),
                "debug",
                f"{'Invoking' if on else 'Skipping'} {phase}() on module %s",
                f"{'Invoking' if on else 'Skipping'} {phase}() on module {m}",
            )
            for label, msg in hooks.get(m, []) if on else []:
                t = L(t + sec(0.0003), "debug", label, msg)
            if m == stop:
                break
        return t

    def rate_hook(ip: str, port: int, proto: str) -> tuple[str, str]:
        return (
            "Packet count rate (%f) for ip/port %s/%s on protocol %s",
            f"Packet count rate ({r.uniform(0.02, 0.9):.6f}) for ip/port {ip}/{port} on protocol {proto}",
        )

    def received(
        t: datetime, method: str, ruri: str, user: str, lines: list[str], cseq: int
    ) -> datetime:
        t = L(
            t,
            "debug",
            "nta: received %s %s SIP/2.0 (CSeq %d)",
            f"nta: received {method} {ruri} SIP/2.0 (CSeq {cseq})",
        )
        return L(
            t + sec(0.0004),
            "debug",
            "Receiving new Request SIP message %s from %s",
            f"Receiving new Request SIP message {method} from sip:{user}@{FX_DOMAIN}",
            [*lines, ""],
        )

    def via(u: str) -> str:
        ip, port, proto = addr[u]
        return f"Via: SIP/2.0/{proto.upper()} {ip}:{port};branch=z9hG4bK.{hexid(r, 9)};rport"

    def register(t: datetime, u: str) -> None:
        ip, port, proto = addr[u]
        cseq = r.randint(20, 400)
        pn = ""
        if plat[u] == "ios":
            pn = f";pn-provider=apns;pn-prid={hexid(r, 64)}:remote&{hexid(r, 64)}:voip;pn-param=ABCD1234.org.linphone.phone.remote&voip"
        elif plat[u] == "android":
            pn = f";pn-provider=fcm;pn-prid={hexid(r, 22)}:APA91b{hexid(r, 40)};pn-param=929724111839"
        lines = [
            f"REGISTER sip:{FX_DOMAIN} SIP/2.0",
            via(u),
            f"From: <sip:{u}@{FX_DOMAIN}>;tag={hexid(r, 9)}",
            f"To: sip:{u}@{FX_DOMAIN}",
            f"CSeq: {cseq} REGISTER",
            f"Call-ID: {hexid(r, 10)}",
            "Max-Forwards: 70",
            "Supported: replaces, outbound, gruu, path",
            f'Contact: <sip:{u}@{ip}:{port};transport={proto}{pn}>;+sip.instance="<urn:uuid:{uuid4(r)}>";+org.linphone.specs="lime,ephemeral,groupchat/1.1"',
            "Expires: 3600",
            f'Authorization: Digest realm="{FX_DOMAIN}", nonce="{hexid(r, 16)}", algorithm=SHA-256, opaque="+GNywA==", username="{u}", uri="sip:{FX_DOMAIN}", response="{hexid(r, 64)}", cnonce="{hexid(r, 8)}", nc=0000000{r.randint(1, 9)}, qop=auth',
            f"User-Agent: {ua[plat[u]]}",
        ]
        t = received(t, "REGISTER", f"sip:{FX_DOMAIN}", u, lines, cseq)
        t = modules(
            t + sec(0.0005),
            "onRequest",
            "Registrar",
            {"DoSProtection": [rate_hook(ip, port, proto)]},
        )
        L(
            t + sec(r.uniform(0.002, 0.02)),
            "debug",
            "nta: sent %d %s for %s (%u)",
            f"nta: sent 200 Ok for REGISTER ({cseq})",
        )

    def response(
        t: datetime,
        code: int,
        phrase: str,
        callee: str,
        caller: str,
        callid: str,
        cseq: int,
        method: str,
    ) -> datetime:
        ip, port, _ = addr[callee]
        t = L(
            t,
            "debug",
            "nta: received %d %s for %s (%u)",
            f"nta: received {code} {phrase} for {method} ({cseq})",
        )
        lines = [
            f"SIP/2.0 {code} {phrase}",
            f"Via: SIP/2.0/TLS {FX_PUBLIC}:5061;branch=z9hG4bK.{hexid(r, 12)};rport={port};received={ip}",
            f"From: <sip:{caller}@{FX_DOMAIN}>;tag={hexid(r, 9)}",
            f"To: <sip:{callee}@{FX_DOMAIN}>;tag={hexid(r, 9)}",
            f"Call-ID: {callid}",
            f"CSeq: {cseq} {method}",
            f"User-Agent: {ua[plat[callee]]}",
            "Content-Length: 0",
        ]
        t = L(
            t + sec(0.0004),
            "debug",
            "Receiving new Response SIP message: %d",
            f"Receiving new Response SIP message: {code}",
            [*lines, ""],
        )
        t = modules(t + sec(0.0005), "onResponse", None, {})
        return L(
            t + sec(0.0006),
            "debug",
            "nta: sent %d %s for %s (%u)",
            f"nta: sent {code} {phrase} for {method} ({cseq})",
        )

    def request(
        t: datetime, method: str, caller: str, callee: str, callid: str, cseq: int, body: int
    ) -> datetime:
        ip, port, proto = addr[caller]
        lines = [
            f"{method} sip:{callee}@{FX_DOMAIN} SIP/2.0",
            via(caller),
            f"From: <sip:{caller}@{FX_DOMAIN}>;tag={hexid(r, 9)}",
            f"To: sip:{callee}@{FX_DOMAIN}",
            f"CSeq: {cseq} {method}",
            f"Call-ID: {callid}",
            "Max-Forwards: 70",
            f"User-Agent: {ua[plat[caller]]}",
        ]
        if method == "INVITE":
            lines += [
                f"Contact: <sip:{caller}@{ip}:{port};transport={proto}>",
                "Content-Type: application/sdp",
                f"Content-Length: {body}",
                "",
                "v=0",
                f"o={caller} 1523 2847 IN IP4 {ip}",
                "s=Talk",
                f"c=IN IP4 {ip}",
                "t=0 0",
                f"m=audio {r.randrange(7000, 8000, 2)} RTP/AVP 96 0 8 101",
                "a=rtpmap:96 opus/48000/2",
                "a=rtpmap:101 telephone-event/8000",
                "a=rtcp-mux",
            ]
        elif method == "MESSAGE":
            lines += [
                "Content-Type: message/cpim",
                f"Content-Length: {body}",
                "",
                "From: <sip:" + caller + "@" + FX_DOMAIN + ">",
                "DateTime: 2024-06-07T09:3" + str(r.randint(1, 9)) + ":00Z",
                "",
                "Content-Type: text/plain",
                "",
                r.choice(
                    [
                        "Patient in room 4 is ready",
                        "Can you call me back?",
                        "Lab results are in",
                        "On my way",
                    ]
                ),
            ]
        else:
            lines += ["Content-Length: 0"]
        t = received(t, method, f"sip:{callee}@{FX_DOMAIN}", caller, lines, cseq)
        hooks: dict[str, list[tuple[str, str]]] = {"DoSProtection": [rate_hook(ip, port, proto)]}
        if method == "INVITE":
            hooks["NatHelper"] = [("Record route added.", "Record route added.")]
            hooks["Router"] = [("New ForkCallContext %p", f"New ForkCallContext 0x{hexid(r, 12)}")]
        if method in ("INVITE", "MESSAGE") and plat[callee] == "ios":
            pnr = f"0x{hexid(r, 12)}"
            hooks["PushNotification"] = [
                (
                    "Creating a push notif context PNR %p to send in %ds",
                    f"Creating a push notif context PNR {pnr} to send in 0s",
                )
            ]
        t = modules(t + sec(0.0005), "onRequest", None, hooks)
        cip, cport, cproto = addr[callee]
        t = L(
            t + sec(0.0005),
            "debug",
            "nta: sent %s (%u) to %s",
            f"nta: sent {method} ({cseq}) to {cproto}/{cip}:{cport}",
        )
        if method == "INVITE":
            t = L(
                t + sec(0.0003),
                "debug",
                "nta: sent %d %s for %s (%u)",
                f"nta: sent 100 Trying for INVITE ({cseq})",
            )
        return t

    def push_fail(t: datetime, u: str) -> datetime:
        return L(
            t,
            "error",
            "PNR %p: push notification failed: %s",
            f"PNR 0x{hexid(r, 12)}: push notification failed: ExpiredProviderToken",
        )

    def dos_block(t: datetime, ip: str, port: int) -> None:
        L(
            t,
            "warning",
            "Packet count rate (%f) >= limit (%d), blocking ip/port %s/%s on protocol %s for %d minutes",
            f"Packet count rate ({r.uniform(21, 260):.6f}) >= limit (20), blocking ip/port {ip}/{port} on protocol udp for 60 minutes",
        )

    def startup(t: datetime) -> datetime:
        t = L(
            t,
            "message",
            "Starting flexisip %s-server version %s",
            f"Starting flexisip proxy-server version {FX_VERSION}",
        )
        for tp in [
            f"sip:{FX_PUBLIC}:5060;transport=udp",
            f"sip:{FX_PUBLIC}:5060;transport=tcp",
            f"sips:{FX_PUBLIC}:5061",
        ]:
            t = L(
                t + sec(r.uniform(0.002, 0.01)),
                "message",
                "Agent: listening on %s",
                f"Agent: listening on {tp}",
            )
        t = L(
            t + sec(r.uniform(0.05, 0.2)),
            "message",
            "Connecting to Redis server %s:%d ...",
            "Connecting to Redis server 127.0.0.1:6379 ...",
        )
        return L(
            t + sec(r.uniform(0.002, 0.02)),
            "message",
            "Connected to Redis server %s:%d",
            "Connected to Redis server 127.0.0.1:6379",
        )

    # all day at log-level=message: the iOS pushes failing, the scanners blocked
    ios = [u for u, p in FX_STAFF if p == "ios"]
    fixed = at(11, 5, 12.4)
    for t in poisson(r, T0, fixed, 210.0):
        if at(9, 31, 5) <= t < at(9, 40, 30):
            continue
        push_fail(t, r.choice(ios))
    for src, a, b in [
        ("45.134.144.17", at(7, 12), at(7, 19)),
        ("193.107.216.29", at(9, 58), at(10, 6)),
        ("80.94.95.8", at(11, 31), at(11, 33)),
    ]:
        for t in poisson(r, a, b, 40.0):
            dos_block(t, src, r.choice([5060, 5070, r.randint(20000, 60000)]))
    for t in every(r, at(6, 12), T_END, 1800, 60):
        L(
            t,
            "warning",
            "tport: %s: SSL_accept failed: %s",
            f"tport: tls/[{r.choice(['198.18.44.2', '162.142.125.9', '167.94.138.33'])}]:{r.randint(30000, 60000)}: SSL_accept failed: error:0A00010B:SSL routines::wrong version number",
        )
    # 09:31-09:40 the admin sets global/log-level to debug to see why iPhones miss calls
    a, b = at(9, 31, 5), at(9, 40, 30)
    users = [u for u, _ in FX_STAFF]
    for t in poisson(r, a, b, 8.5):
        register(t, r.choice(users))
    calls = []
    for t in poisson(r, a + sec(20), b - sec(40), 70.0):
        caller = r.choice(users)
        callee = r.choice([u for u in users if u != caller])
        calls.append((t, caller, callee))
    for t, caller, callee in calls:
        callid = hexid(r, 10)
        cseq = r.randint(20, 120)
        t = request(t, "INVITE", caller, callee, callid, cseq, r.randint(420, 560))
        if plat[callee] == "ios":
            t = push_fail(t + sec(r.uniform(0.05, 0.3)), callee)
            continue
        t = response(
            t + sec(r.uniform(0.05, 0.4)), 180, "Ringing", callee, caller, callid, cseq, "INVITE"
        )
        t = response(t + sec(r.uniform(2, 9)), 200, "Ok", callee, caller, callid, cseq, "INVITE")
        t = request(t + sec(r.uniform(0.05, 0.2)), "ACK", caller, callee, callid, cseq, 0)
        request(t + sec(r.uniform(20, 120)), "BYE", caller, callee, callid, cseq + 1, 0)
    for t in poisson(r, a, b, 55.0):
        caller = r.choice(users)
        callee = r.choice([u for u in users if u != caller])
        callid = hexid(r, 10)
        cseq = r.randint(20, 200)
        t = request(t, "MESSAGE", caller, callee, callid, cseq, r.randint(180, 260))
        if plat[callee] == "ios":
            push_fail(t + sec(r.uniform(0.05, 0.3)), callee)
        else:
            response(
                t + sec(r.uniform(0.1, 0.6)), 200, "Ok", callee, caller, callid, cseq, "MESSAGE"
            )
    # 11:05 the renewed APNs key installed and the proxy restarted
    run[0] = "fx-2"
    startup(fixed)
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- gerbera

GB_VERSION = "1.12.1"
GB_IP = "192.168.1.20"
GB_PORT = 49494
GB_DIRS = ["/content/music", "/content/video", "/content/photos"]
GB_TV = [
    "X_GetFeatureList",
    "X_GetObjectIDfromIndex",
    "X_GetObjectIDfromIndex",
    "X_GetIndexfromRID",
]
GB_ARTISTS = [
    ("Bj\ufffdrk", "Homogenic"),
    ("Mot\ufffdrhead", "Ace of Spades"),
    ("Sigur R\ufffds", "\ufffdgaetis byrjun"),
    ("Ars\ufffdne Lupin Trio", "Caf\ufffd Noir"),
    ("Die \ufffdrzte", "Die Bestie in Menschengestalt"),
    ("Jos\ufffd Gonz\ufffdlez", "Veneer"),
    ("Hermanos Guti\ufffdrrez", "Hijos del Sol"),
    ("Mano Negra", "Casa Bab\ufffdlon"),
    ("Herbert Gr\ufffdnemeyer", "Bochum"),
]


def gerbera(r: random.Random) -> list[Log]:
    """One Gerbera container on a home NAS, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    f = "gerbera.log"
    run = ["gb-1"]

    def L(t: datetime, level: str, label: str, msg: str) -> datetime:
        return fs.add(
            f, t, label, lambda x: [f"{x:%Y-%m-%d %H:%M:%S} {level:>6}: {msg}"], run[0], SEC
        )

    def config_and_server(t: datetime, fail_bind: bool = False) -> datetime:
        t = L(
            t,
            "info",
            "Loading configuration from: %s",
            "Loading configuration from: /var/run/gerbera/config.xml",
        )
        t = L(t, "info", "Checking configuration...", "Checking configuration...")
        t = L(t, "info", "Configuration check succeeded.", "Configuration check succeeded.")
        t = L(
            t,
            "info",
            "Loading %s configuration items from database",
            "Loading 0 configuration items from database",
        )
        if fail_bind:
            t = L(
                t, "error", "LibUPnP could not bind to socket", "LibUPnP could not bind to socket"
            )
            return L(
                t,
                "error",
                "Please check if another instance of Gerbera or another application is running on port TCP %s or UDP 1900.",
                f"Please check if another instance of Gerbera or another application is running on port TCP {GB_PORT} or UDP 1900.",
            )
        t = L(t, "info", "Server bound to: %s", f"Server bound to: {GB_IP}")
        t = L(t, "info", "Initialized port: %s", f"Initialized port: {GB_PORT}")
        for d in GB_DIRS:
            lmt = at(5, r.randint(10, 58), r.randint(0, 59))
            t = L(
                t,
                "info",
                "Loading autoscan location: %s; recursive: %s, mt: %s/%s, last_modified: %s",
                f"Loading autoscan location: {d}; recursive: true, mt: -1/Any, last_modified: {lmt:%Y-%m-%d %H:%M:%S}",
            )
        for d in GB_DIRS:
            t = L(
                t,
                "warning",
                "Attempted to add same autoscan path twice: %s",
                f"[/gerbera_build/src/content/autoscan_list.cc:51] int AutoscanList::_add(const std::shared_ptr<AutoscanDirectory>&, std::size_t) Error: Attempted to add same autoscan path twice: {d}",
            )
        return L(
            t,
            "info",
            "The Web UI can be reached by following this link: http://%s:%s/",
            f"The Web UI can be reached by following this link: http://{GB_IP}:{GB_PORT}/",
        )

    def start(t: datetime, fail_bind: bool = False) -> datetime:
        t = L(
            t,
            "info",
            "Gerbera UPnP Server %s - %s",
            f"Gerbera UPnP Server {GB_VERSION} - http://gerbera.io/",
        )
        t = L(
            t,
            "info",
            "Copyright 2016-2022 Gerbera Contributors.",
            "Copyright 2016-2022 Gerbera Contributors.",
        )
        t = L(
            t,
            "info",
            "Gerbera is free software, covered by the GNU General Public License version 2",
            "Gerbera is free software, covered by the GNU General Public License version 2",
        )
        return config_and_server(t, fail_bind)

    def tv(t0: datetime, t1: datetime, mean: float) -> None:
        for t in poisson(r, t0, t1, mean):
            L(
                t,
                "error",
                "ActionRequest::update(): response is nullptr, code %s for %s",
                f"ActionRequest::update(): response is nullptr, code 0 for {r.choice(GB_TV)}",
            )

    def photos(t0: datetime, t1: datetime, mean: float) -> None:
        for t in poisson(r, t0, t1, mean):
            day = r.randint(1, 7)
            kind = r.choices(["gif", "thumb"], [4, 1])[0]
            if kind == "gif":
                name = (
                    r.choice(["IMG", "Screenshot", "giphy", "VID"])
                    + f"_202406{day:02d}_{(at(6, 0) + sec(r.uniform(0, 61000))).strftime('%H%M%S')}."
                    + r.choice(["gif", "gif", "webp"])
                )
                p = f"/content/photos/2024/06/{name}"
                L(
                    t,
                    "warning",
                    "Caught Exiv2 exception processing %s: '%s: The file contains data of an unknown image type'",
                    f"Caught Exiv2 exception processing {p}: '{p}: The file contains data of an unknown image type'",
                )
            else:
                p = f"/content/photos/2024/06/VID_202406{day:02d}_{(at(6, 0) + sec(r.uniform(0, 61000))).strftime('%H%M%S')}.mp4"
                L(
                    t,
                    "warning",
                    "Thumbnail generation failed for file %s: Could not find stream information",
                    f"Thumbnail generation failed for file {p}: Could not find stream information",
                )

    def music(t0: datetime, t1: datetime, mean: float) -> None:
        for t in poisson(r, t0, t1, mean):
            artist, album = r.choice(GB_ARTISTS)
            bad = r.choice([artist, album, artist, f"{artist} - {album}"])
            t = L(
                t,
                "error",
                "iconv: Invalid or incomplete multibyte or wide character",
                "iconv: Invalid or incomplete multibyte or wide character",
            )
            L(
                t,
                "error",
                "iconv: %s could not be converted to new encoding: invalid character sequence!",
                f"iconv: {bad} could not be converted to new encoding: invalid character sequence!",
            )

    # the container started by the NAS after its night reboot
    start(at(6, 0, 4))
    # the living-room Samsung TV browsing (kids before school, the 11:20 cartoons)
    tv(at(6, 48), at(7, 44), 7.5)
    tv(at(11, 21), at(11, 58), 8.0)
    # two phones' camera rolls arriving through Syncthing
    photos(at(7, 31), at(7, 58), 8.0)
    photos(at(9, 40), at(9, 51), 9.5)
    # config edited (a new client quirk), SIGHUP
    t = L(at(9, 2, 17), "info", "Restarting Gerbera!", "Restarting Gerbera!")
    config_and_server(t)
    # a ripped CD collection copied from an old laptop: ID3v1 tags in Latin-1
    music(at(10, 4), at(10, 37), 5.2)
    # host networking enabled at 11:14: the old minidlna still holds UDP 1900
    t = L(
        at(11, 14, 31),
        "info",
        "Gerbera shutting down. Please wait...",
        "Gerbera shutting down. Please wait...",
    )
    L(t + sec(2), "info", "Gerbera exiting. Have a nice day.", "Gerbera exiting. Have a nice day.")
    for i, ts in enumerate([at(11, 14, 40), at(11, 14, 58), at(11, 15, 31), at(11, 16, 36)]):
        run[0] = f"gb-{i + 2}"
        start(ts, fail_bind=i < 3)
    return fs.logs(T0)


# -------------------------------------------------------------------------------- moonfire-nvr

MF_DIR = "/media/nvr/sample"
MF_CAMS = [
    ("driveway", "192.168.5.11", "/Streaming/Channels/101", "/Streaming/Channels/102"),
    (
        "front-door",
        "192.168.5.12",
        "/cam/realmonitor?channel=1&subtype=0",
        "/cam/realmonitor?channel=1&subtype=1",
    ),
    ("garden", "192.168.5.13", "/Streaming/Channels/101", "/Streaming/Channels/102"),
    ("garage", "192.168.5.14", "/h264Preview_01_main", "/h264Preview_01_sub"),
    ("backyard", "192.168.5.15", "/Streaming/Channels/101", "/Streaming/Channels/102"),
]
MF_SHED = ("shed", "192.168.5.16", "/h264Preview_01_main", "/h264Preview_01_sub")


def mf_size(n: int) -> str:
    """Moonfire's encode_size: the largest units first, zero units left out."""
    parts = []
    for unit, v in [("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)]:
        if n >= v:
            parts.append(f"{n // v} {unit}")
            n %= v
    if n or not parts:
        parts.append(f"{n} B")
    return " ".join(parts)


def moonfire(r: random.Random) -> list[Log]:
    """One Moonfire NVR container, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    f = "moonfire-nvr.log"
    run = ["mf-1"]

    def L(
        t: datetime,
        lv: str,
        thread: str,
        target: str,
        label: str,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            return [f"{lv}{x:%Y%m%d %H:%M:%S}.{ms3(x)} {thread} {target}] {msg}", *(more or [])]

        return fs.add(f, t, label, text, run[0], MS)

    cams = list(MF_CAMS)
    streams = {}
    sid = 0
    for c in cams:
        for kind in ("main", "sub"):
            sid += 1
            streams[f"{c[0]}-{kind}"] = [sid, r.randint(60000, 90000)]
    flush_n = [r.randint(40000, 60000)]

    def url(name: str) -> str:
        cam = next(c for c in cams if name.startswith(c[0] + "-"))
        return f"rtsp://{cam[1]}:554{cam[2] if name.endswith('-main') else cam[3]}"

    def opening(t: datetime, name: str) -> datetime:
        return L(
            t,
            "I",
            f"s-{name}",
            "moonfire_nvr::streamer",
            "%s: Opening input: %s",
            f"{name}: Opening input: {url(name)}",
        )

    def startup(t: datetime) -> datetime:
        main = "main"
        db = "moonfire_nvr::db::db"
        t = L(t, "I", main, db, "Loading video sample entries", "Loading video sample entries")
        t = L(
            t + sec(0.001),
            "I",
            main,
            db,
            "Loaded %d video sample entries",
            f"Loaded {r.randint(6, 9)} video sample entries",
        )
        t = L(t + sec(0.0005), "I", main, db, "Loading cameras", "Loading cameras")
        t = L(t + sec(0.0005), "I", main, db, "Loaded %d cameras", f"Loaded {len(cams)} cameras")
        t = L(t + sec(0.0005), "I", main, db, "Loading streams", "Loading streams")
        t = L(
            t + sec(0.0005), "I", main, db, "Loaded %d streams", f"Loaded {2 * len(cams)} streams"
        )
        t = L(
            t + sec(0.0005), "I", main, db, "Loading sample file dirs", "Loading sample file dirs"
        )
        t = L(
            t + sec(0.0005),
            "I",
            main,
            db,
            "Loaded %d sample file dirs",
            "Loaded 1 sample file dirs",
        )
        t = L(
            t + sec(r.uniform(0.4, 1.2)),
            "I",
            main,
            "moonfire_nvr::cmds::run",
            "Directories are opened.",
            "Directories are opened.",
        )
        t = L(
            t + sec(r.uniform(0.1, 0.5)),
            "I",
            main,
            "moonfire_nvr::cmds::run",
            "Database is loaded.",
            "Database is loaded.",
        )
        t = L(
            t + sec(0.002),
            "I",
            main,
            "moonfire_nvr::cmds::run",
            "Starting syncer for path %s",
            f"Starting syncer for path {MF_DIR}",
        )
        for name in streams:
            opening(t + sec(r.uniform(0.003, 0.02)), name)
        return L(
            t + sec(r.uniform(0.03, 0.06)),
            "I",
            main,
            "moonfire_nvr::cmds::run",
            "Ready to serve HTTP requests",
            "Ready to serve HTTP requests",
        )

    def flush(t: datetime) -> None:
        flush_n[0] += 1
        name = r.choice(list(streams))
        s = streams[name]
        s[1] += 1
        dur = r.choice(
            ["1 minute 0 seconds", "1 minute 0 seconds", "59 seconds", "1 minute 1 second"]
        )
        n_add = r.randint(1, 4)
        added = [f"{streams[k][0]}/{streams[k][1] + 1}" for k in r.sample(list(streams), n_add)]
        deleted = [f"{r.randint(1, len(streams))}/{r.randint(40000, 55000)}" for _ in range(n_add)]
        gced = [
            f"{r.randint(1, len(streams))}/{r.randint(40000, 55000)}"
            for _ in range(r.randint(0, n_add))
        ]
        big = n_add * r.randint(9_000_000, 60_000_000)
        line = f"{MF_DIR}: added {mf_size(big)} in {n_add} recordings ({', '.join(added)}), deleted {mf_size(big + r.randint(-4_000_000, 4_000_000))} in {n_add} ({', '.join(deleted)}), GCed {len(gced)} recordings ({', '.join(gced)})."
        L(
            t,
            "I",
            f"sync-{MF_DIR}",
            "moonfire_nvr::db::db",
            "Flush %d (why: %s sec after start of %s %s recording %s):",
            f"Flush {flush_n[0]} (why: 120 sec after start of {dur} {name} recording {s[0]}/{s[1]}):",
            [line],
        )

    def outage(
        a: datetime, b: datetime, cam: str, err: str, label: str, first: str, first_label: str
    ) -> None:
        for kind in ("main", "sub"):
            name = f"{cam}-{kind}"
            t = a + sec(r.uniform(0, 1.5))
            t = L(
                t,
                "W",
                f"s-{name}",
                "moonfire_nvr::streamer",
                first_label,
                f"{name}: sleeping for 1 s after error: {first}",
            )
            while t < b:
                t = opening(t + sec(1.0 + r.uniform(0.0, 0.02)), name)
                t += sec(r.uniform(2.9, 3.2) if "113" in err else r.uniform(0.001, 0.004))
                t = L(
                    t,
                    "W",
                    f"s-{name}",
                    "moonfire_nvr::streamer",
                    label,
                    f"{name}: sleeping for 1 s after error: {err}",
                )
            opening(t + sec(1.0 + r.uniform(0.0, 0.02)), name)

    for t in poisson(r, T0, T_END, 15.0):
        if at(10, 29, 50) <= t < at(10, 30, 20):
            continue
        flush(t)
    # the garage camera's Wi-Fi bridge loses power
    outage(
        at(7, 11, 42),
        at(7, 21, 50),
        "garage",
        "Unable to connect to RTSP server: No route to host (os error 113)",
        "%s: sleeping for 1 s after error: Unable to connect to RTSP server: No route to host (os error 113)",
        "Error reading from RTSP peer: Connection reset by peer (os error 104)",
        "%s: sleeping for 1 s after error: Error reading from RTSP peer: Connection reset by peer (os error 104)",
    )
    # the front-door camera installs a firmware update
    outage(
        at(9, 50, 3),
        at(9, 51, 30),
        "front-door",
        "Unable to connect to RTSP server: Connection refused (os error 111)",
        "%s: sleeping for 1 s after error: Unable to connect to RTSP server: Connection refused (os error 111)",
        "Error reading from RTSP peer: EOF",
        "%s: sleeping for 1 s after error: Error reading from RTSP peer: EOF",
    )
    # 10:30 stopped to add the shed camera with `moonfire-nvr config`, then started again
    t = L(
        at(
            10,
            29,
            51,
        ),
        "I",
        "main",
        "moonfire_nvr::cmds::run",
        "Received %s; shutting down streamers and flushers.",
        "Received SIGTERM; shutting down streamers and flushers.",
    )
    t = L(
        t + sec(r.uniform(0.05, 0.2)),
        "I",
        "main",
        "moonfire_nvr::cmds::run",
        "Waiting for TEARDOWN requests to complete.",
        "Waiting for TEARDOWN requests to complete.",
    )
    L(t + sec(r.uniform(0.3, 1.0)), "I", "main", "moonfire_nvr::cmds::run", "Exiting.", "Exiting.")
    run[0] = "mf-2"
    cams.append(MF_SHED)
    for kind in ("main", "sub"):
        sid += 1
        streams[f"shed-{kind}"] = [sid, 0]
    startup(at(10, 30, 9.2))
    return fs.logs(T0)


SYSTEMS = {
    "tigase": tigase,
    "flexisip": flexisip,
    "drachtio-server": drachtio,
    "gerbera": gerbera,
    "moonfire-nvr": moonfire,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
