#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 295 (heplify-server, baresip, routr,
jambonz-feature-server, jicofo) into bench/heldout/, the same way and under the same label
rules as generate.py (bench/README.md, "heldout.py"): each program's log is simulated from its
format strings over a seeded run, and every line that starts an event is labelled with the
format string that wrote it as it is written. Distinct calls of one process never share a
timestamp at the log's resolution (round 53's Clock, kept per process and per file). Five
real-time communication programs of one company's voice and video platform, 06:00 to 12:00 UTC
on 2024-06-07.

- heplify-server 1.61 (`homer-a-heplify-server.log`, `homer-b-heplify-server.log`: the
  heplify-server.log of the two HOMER 7 collectors, written by its logp package's file
  rotator: `2024-06-07T06:05:00Z INFO stats since last 5 minutes. PPS: 412, HEP: 123604,
  Filtered: 0, Error: 0`, RFC 3339 in whole seconds, the level padded to four characters, so
  `ERR` is followed by two blanks; a format ending in `\\n` gets a blank line after it, as
  WriteLine adds its own newline). The five-minute stats line; the capture agents' HEP-over-TCP
  connections (`new TCP connection %s -> %s`, `closing TCP connection from %s`, now and then a
  reset: `read tcp ...: read: connection reset by peer, unusal packet size with 0 bytes`); an
  SBC whose agent was switched to TLS against the plain TCP port 07:10-07:56 (`unexpected
  packet, did you send TLS into plain TCP input?` every half minute); SIP scanners' UDP noise
  (`malformed packet with length %d which is neither hep nor protobuf encapsulated`); a paging
  gateway whose OPTIONS have bare LF line ends 09:50-10:40 (`ParseMsg: err parsing msg no SIP
  eof found`, the `%q` payload and the flow on the two lines below and two blank lines); the
  Postgres failover 08:40:12-08:43:05 (`pq: the database system is shutting down`, `dial tcp
  10.20.0.15:5432: connect: connection refused` for every bulk insert, `driver: bad connection`
  after it); the DB slow under a backup on homer-a 10:55-11:02 (`overflowing db channel, please
  adjust DBWorker or DBBuffer setting`); homer-b redeployed at 07:45 (`start %s with %#v` with
  the whole configuration struct, `start creating tables (%v)`, `end creating tables (%v)`, the
  new image's `DBDropDays = 0` warnings, `%s connection established`) and a hot reload on
  homer-a at 10:31.
- baresip 3.10 (`door-main.log`, `door-yard.log`, `door-garage.log`: `journalctl -u baresip -o
  short-precise` of three Raspberry Pi door intercoms registered to the office Asterisk:
  `Jun 07 07:14:03.218391 door-main baresip[611]: call: connecting to
  'sip:600@pbx.office.lan'..`). The ring button calls reception's ring group: `call:
  connecting to '%s'..`, `call id: %s`, `call: SIP Progress: %u %r (%r/%r)`, then answered
  (`Call answered: %s` after ua_printf's `user@host: `, `stream: update '%s'`, `stream:
  receive: setting SSRC: %x`, the audio decoder and encoder, the two pipeline lines, `stream:
  incoming rtp for '%s' established, receiving from %J`, `%s: session closed: Connection reset
  by peer` when reception hangs up, `%s: Call with %s terminated (duration: %H)`) or not (`%s:
  session closed: 480 Temporarily Unavailable`, `486 Busy Here`); door-yard re-provisioned with
  a wrong password at 07:31 (restart, start-up banner, `reg: %s (prio %u): %u %r (%s)` with
  401 on every retry until the fix at 07:52); the PBX restarted 09:20-09:21:30 (`reg: ...
  Register: Connection timed out`, `503 Service Unavailable`, calls closed with `Connection
  timed out`); door-garage's Wi-Fi dropping 10:05-10:35.
- Routr 2.11 (`sip-1-routr.log`, `sip-2-routr.log`: `docker logs routr` of two Routr One
  containers, LOGS_LEVEL=verbose; the Node services through @fonoster/logger's human format
  `2024-06-07 06:00:03.117 [verbose]: (connect) routing request from: sip:1003@acme..., to:
  sip:1007@acme... {"fromURI":"...","requestURI":"..."}`, the Java edgeport through log4j2).
  Every SIP message the edgeport hands to the connect processor (`connect processor received
  new request {"ref":...,"method":...,"type":"(request)",...}` and `"(response)"`), the
  router's line for every request it routes; REGISTERs with and without credentials; sip-2
  upgraded at 08:15 (start-up: `using %s as cache provider {}`, `starting routr service {...}`,
  pgdata's, the edgeport's `starting edgeport (ref = %s) service at %s`, `localnets list [%s]`,
  `external ips list [%s]`; requests arriving before the processors listen: the edgeport's
  `io exception`, connect's `14 UNAVAILABLE: No connection established {...}`); acme's egress
  Number left without a trunk 08:32-09:10 (`no trunk associated with Number ref: %s {}` on
  every PSTN call); a web softphone with an expired connect token 10:02-10:41 (`unable to
  validate connect token {"originalError":"jwt expired"}` every half minute).
- jambonz feature server 0.9 (`fs-1-jambonz-feature-server-out.log`,
  `fs-2-jambonz-feature-server-out.log`: pm2's out logs of two feature servers, pino JSON lines
  with the call's bindings: `{"level":30,"time":1717740001123,"pid":1873,"hostname":
  "ip-10-0-11-21","callId":...,"msg":"CallSession:exec starting task #0:1: say"}`). Inbound
  support-line calls (`SessionTracker:add callSid %s`, `CallSession:exec starting %s tasks`,
  `CallSession:exec starting task #%s:%s: %s` / `completed task ...`, the gather's action hook
  `HttpRequestor:request %s %s succeeded in %sms`, `CallSession:exec all tasks complete`,
  `SessionTracker:remove callSid %s`); fs-2's voicebot in bot mode (`CallSession:exec skipping
  #%s:%s: %s`, `CallSession:exec disabling bot mode to start gather with new options`); fs-1's
  REST dialer campaign 09:00-11:00 (`outbound REST call attempt to %s has been sent`, `REST
  outdial failed with %s`); the customer's webhook host down 09:05-09:21 (`web callback
  returned unexpected error` with the ECONNREFUSED error, `Error executing task  #%s:%s: %s`,
  the alert writer failing: `Error writing alert`) and its load balancer's 502s 10:12-10:20
  (`web callback returned unexpected status code %s`).
- Jicofo 1.0 (`shard-1-jicofo.log`, `shard-2-jicofo.log`: /var/log/jitsi/jicofo.log of two
  Jitsi Meet shards, JitsiLogFormatter with programname Jicofo: `Jicofo 2024-06-07
  06:01:12.418 INFO: [41] [room=standup@conference.meet.example.com meeting_id=...]
  JitsiMeetConferenceImpl.onMemberJoined#575: Member joined:1a2b3c4d`). Conferences created,
  joined and stopped (`Created new conference.`, `Joining %s`, `Stopped.`), members joining
  and leaving (`Member joined:%s`, `Member left:%s`, `Member kicked: %s`, `Terminating %s,
  reason: %s, send session-terminate: %s`, `Removed participant %s removed=%s`, `Participant not
  found for %s. Terminated already or never started?` for someone who waited alone), the bridge
  selection (`Selected initial bridge %s with reported stress=%s for participantRegion=%s using
  strategy %s`, `Existing bridge does not have a relay, will not consider other bridges.`),
  `Receive session-accept from %s`; shard-2's only bridge crashing 10:15-10:18 (`Received ICE
  failed notification from %s, bridge-session ID: %s`, `Failed to select initial bridge for
  participantRegion=%s`, then the clients' restarts: `Received session-terminate from %s,
  bridge-session ID: %s, restart: %s`, one `Rate limiting %s for restart requests`) and its
  Prosody restarted at 11:05 (`XMPP disconnected.` in every live conference).

Label notes. The heads are context: logp's time and level, the journal's time, host and ident,
baresip's ua_printf() `user@host: ` before a user agent's messages (as networkd's link prefix in
round 286), @fonoster/logger's time, level and `(service)`, log4j2's time, level and logger,
pino's JSON fields other than `msg`, JitsiLogFormatter's program, time, level, thread, context
bracket and `Class.method#line`. @fonoster/logger prints the metadata object the call site
passes as JSON after the message: its keys are the call site's, so they are wording and their
values variables (as hclog's keys in round 21), and an empty `{}` is kept as written. An error
logged as a message contributes its own text (lib/pq's and net's errors in heplify-server,
re's errno texts in baresip, gRPC's and the connect processor's errors in Routr). heplify-server's
SIP parse warning is labelled with its first line, the error's text; the `%q` payload, the flow
line and the blank lines continue it. Blank lines have no row.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any

SEC = 1_000_000
MS = 1_000
US = 1


def jitter_times(
    r: random.Random, t0: datetime, t1: datetime, mean_gap: float, min_gap: float = 0.0
) -> list[datetime]:
    """Instants from t0 to t1 with exponential gaps of `mean_gap` seconds (at least `min_gap`)."""
    out, t = [], t0
    while True:
        t += sec(min_gap + r.expovariate(1 / mean_gap))
        if t >= t1:
            return out
        out.append(t)


def busy(t: datetime) -> float:
    """Office-hours load factor, 06:00 UTC (08:00 local) low to a plateau from 08:00 UTC."""
    h = t.hour + t.minute / 60
    if h < 7:
        return 0.35
    if h < 8:
        return 0.35 + 0.65 * (h - 7)
    if 10 <= h < 10.5:
        return 0.8
    return 1.0


# ------------------------------------------------------------------------------ heplify-server

HP_VERSION = "heplify-server 1.61.0"
HP_DB = "10.20.0.15:5432"
HP_CONFIG = (
    'config.HeplifyServer{HEPAddr:"0.0.0.0:9060", HEPTCPAddr:"0.0.0.0:9061", HEPTLSAddr:"", '
    'HEPWSAddr:"", ESAddr:"", ESDiscovery:false, LokiURL:"", LokiBulk:200, LokiTimer:4, '
    "LokiBuffer:100000, LokiHEPFilter:[]int{1, 5, 100}, ForceHEPPayload:[]int(nil), "
    'PromAddr:"0.0.0.0:9096", PromTargetIP:"", PromTargetName:"", DBShema:"homer7", '
    'DBDriver:"postgres", DBAddr:"10.20.0.15:5432", DBSSLMode:"disable", DBUser:"homer", '
    'DBPass:"Zx8kQ2mV7tLp", DBDataTable:"homer_data", DBConfTable:"homer_config", DBBulk:400, '
    'DBTimer:4, DBBuffer:400000, DBWorker:2, DBRotate:true, DBPartLog:"2h", DBPartIsup:"6h", '
    'DBPartSip:"1h", DBPartQos:"6h", DBDropDays:0, DBDropDaysCall:0, DBDropDaysRegister:0, '
    "DBDropDaysDefault:0, DBDropOnStart:false, DBUsageProtection:false, "
    'DBUsageScheme:"percentage", DBPercentageUsage:"80%", DBMaxSize:"30MB", DBProcDropLimit:2, '
    "Dedup:false, DiscardMethod:[]string(nil), CensorMethod:[]string(nil), "
    "AlegIDs:[]string(nil), ForceALegID:false, CustomHeader:[]string(nil), IgnoreCaseCH:false, "
    'SIPHeader:[]string{"ruri_user", "ruri_domain", "from_user", "from_tag", "to_user", '
    '"callid", "cseq", "method", "user_agent"}, LogDbg:"", LogLvl:"info", LogStd:false, '
    'LogSys:false, Config:"/etc/heplify-server.toml", ConfigHTTPAddr:"", ConfigHTTPPW:"", '
    'Version:false, ScriptEnable:false, ScriptEngine:"lua", ScriptFolder:"", '
    'ScriptHEPFilter:[]int{1, 5, 100}, TLSCertFolder:".", TLSMinVersion:"1.2"}'
)
# (agent, address) of the capture agents sending HEP over TCP to each collector
HP_AGENTS = {
    "homer-a": [
        ("kamailio-1", "10.30.1.11"),
        ("kamailio-2", "10.30.1.12"),
        ("asterisk-1", "10.30.1.21"),
        ("asterisk-2", "10.30.1.22"),
        ("rtpengine-1", "10.30.1.31"),
    ],
    "homer-b": [
        ("sbc-edge-1", "10.30.2.11"),
        ("asterisk-3", "10.30.1.23"),
        ("freeswitch-1", "10.30.1.41"),
        ("rtpengine-2", "10.30.1.32"),
    ],
}
HP_TLS_AGENT = "10.30.2.12"  # sbc-edge-2, switched to TLS against the plain port
HP_PAGER = ("10.30.5.40", 2031)  # the paging gateway with bare LF line ends
HP_SCANNERS = ["185.53.90.14", "45.134.144.71", "193.107.216.27"]


def go_time(t: datetime, ns: int, boot: datetime) -> str:
    """time.Now() printed with %v: nanoseconds, the zone and the monotonic reading (`ns` the
    instant's nanoseconds within its second, as the log line shows whole seconds)."""
    mono = (t - boot).total_seconds() + ns / 1e9 + 0.043817522
    return f"{t:%Y-%m-%d %H:%M:%S}.{ns:09d} +0000 UTC m=+{mono:.9f}"


def heplify(r: random.Random) -> list[Log]:
    """Two HOMER collectors' heplify-server.log, 06:00 to 12:00 UTC (see the module docstring)."""
    fs = Files()
    for host, ip in [("homer-a", "10.20.0.21"), ("homer-b", "10.20.0.22")]:
        heplify_node(r, fs, host, ip)
    return fs.logs(T0)


def heplify_node(r: random.Random, fs: Files, host: str, ip: str) -> None:
    name = f"{host}-heplify-server.log"
    restart = at(7, 45, 10) if host == "homer-b" else None

    def L(t: datetime, level: str, label: str, msg: str, blanks: int = 0) -> datetime:
        pad = level + " " * (4 - len(level))
        lines = msg.split("\n")
        return fs.add(
            name,
            t,
            label,
            lambda x: [f"{x:%Y-%m-%dT%H:%M:%S}Z {pad} {lines[0]}"] + lines[1:] + [""] * blanks,
            host,
            SEC,
        )

    # five-minute stats, the ticker starting with the process
    boots = [at(5, 12, 41) if host == "homer-a" else at(4, 58, 3)]
    if restart:
        boots.append(restart + sec(4))
    for i, b in enumerate(boots):
        until = boots[i + 1] if i + 1 < len(boots) else T_END
        t = b
        while t < until:
            t += sec(300)
            if T0 <= t < until:
                pps = int(r.uniform(330, 460) * busy(t) * (1.25 if host == "homer-a" else 1.0))
                err = 0
                if in_any(t, [(at(7, 10), at(8, 1))]) and host == "homer-a":
                    err = r.randint(9, 12)
                if in_any(t, [(at(9, 50), at(10, 45))]) and host == "homer-a":
                    err = r.randint(4, 6)
                L(
                    t,
                    "INFO",
                    "stats since last 5 minutes. PPS: %d, HEP: %d, Filtered: %d, Error: %d",
                    f"stats since last 5 minutes. PPS: {pps}, HEP: {pps * 300 - r.randrange(200)}, Filtered: 0, Error: {err}",
                )

    # the start-up after homer-b's redeploy
    if restart:
        b = restart + sec(4)
        t = L(b, "INFO", "start %s with %#v", f"start {HP_VERSION} with {HP_CONFIG}", 1)
        ns = [r.randrange(10**9) for _ in range(2)]
        t = fs.add(
            name,
            t + sec(0.1),
            "start creating tables (%v)",
            lambda x: [
                f"{x:%Y-%m-%dT%H:%M:%S}Z INFO start creating tables ({go_time(x, ns[0], b)})",
                "",
            ],
            host,
            SEC,
        )
        t = fs.add(
            name,
            t + sec(1.7),
            "end creating tables (%v)",
            lambda x: [
                f"{x:%Y-%m-%dT%H:%M:%S}Z INFO end creating tables ({go_time(x, ns[1], b)})",
                "",
            ],
            host,
            SEC,
        )
        t = L(
            t,
            "WARN",
            "don't schedule daily drop job because DBDropDays is 0",
            "don't schedule daily drop job because DBDropDays is 0",
            1,
        )
        t = L(
            t,
            "WARN",
            "set DBDropDays greater 0 or old data won't be deleted",
            "set DBDropDays greater 0 or old data won't be deleted",
            1,
        )
        L(t, "INFO", "%s connection established", "postgres connection established", 1)

    # capture agents' TCP connections
    def conn_new(t: datetime, src: str) -> tuple[datetime, int]:
        port = r.randrange(32768, 60999)
        return L(
            t,
            "INFO",
            "new TCP connection %s -> %s",
            f"new TCP connection {src}:{port} -> {ip}:9061",
        ), port

    for _agent, src in HP_AGENTS[host]:
        t = T0 + sec(r.uniform(5, 1400))
        port = r.randrange(32768, 60999)
        while t < T_END:
            if restart and t < restart <= t + sec(1800):
                t = restart + sec(r.uniform(6, 30))
                t, port = conn_new(t, src)
                continue
            t += sec(r.uniform(480, 1500))
            if t >= T_END:
                break
            if restart and t >= restart and t < restart + sec(40):
                continue
            if r.random() < 0.18:
                t = L(
                    t,
                    "WARN",
                    "read tcp %s->%s: read: connection reset by peer, unusal packet size with %d bytes",
                    f"read tcp {ip}:9061->{src}:{port}: read: connection reset by peer, unusal packet size with 0 bytes",
                )
            t = L(
                t,
                "INFO",
                "closing TCP connection from %s",
                f"closing TCP connection from {src}:{port}",
            )
            t, port = conn_new(t + sec(r.uniform(1, 9)), src)

    # sbc-edge-2 speaking TLS to the plain TCP port
    if host == "homer-a":
        for x in jitter_times(r, at(7, 10, 4), at(7, 56, 30), 6, 15):
            port = r.randrange(32768, 60999)
            x = L(
                x,
                "INFO",
                "new TCP connection %s -> %s",
                f"new TCP connection {HP_TLS_AGENT}:{port} -> {ip}:9061",
            )
            x = L(
                x,
                "WARN",
                "unexpected packet, did you send TLS into plain TCP input?",
                "unexpected packet, did you send TLS into plain TCP input?",
            )
            L(
                x,
                "INFO",
                "closing TCP connection from %s",
                f"closing TCP connection from {HP_TLS_AGENT}:{port}",
            )

    # scanners' UDP noise on 9060
    for x in jitter_times(r, T0, T_END, 1900 if host == "homer-a" else 2600):
        for _ in range(r.randint(4, 16)):
            x = L(
                x + sec(r.uniform(0.2, 4)),
                "WARN",
                "malformed packet with length %d which is neither hep nor protobuf encapsulated",
                f"malformed packet with length {r.choice([412, 418, 433, 455, 461, 478, 502])} which is neither hep nor protobuf encapsulated",
            )

    # the paging gateway's OPTIONS with bare LF line ends, captured by asterisk-1's agent
    if host == "homer-a":
        x = at(9, 50, 12)
        cseq = 4121
        while x < at(10, 40):
            branch = hexid(r, 8)
            callid = hexid(r, 12)
            payload = (
                f"OPTIONS sip:{HP_PAGER[0]}:5060 SIP/2.0\\nVia: SIP/2.0/UDP 10.30.1.21:5060;branch=z9hG4bK{branch};rport\\n"
                f'Max-Forwards: 70\\nFrom: \\"asterisk\\" <sip:asterisk@10.30.1.21>;tag=as{hexid(r, 8)}\\n'
                f"To: <sip:{HP_PAGER[0]}:5060>\\nCall-ID: {callid}@10.30.1.21:5060\\nCSeq: {cseq} OPTIONS\\n"
                "User-Agent: Algo 8301 Paging Adapter 3.3.3\\nContent-Length: 0\\n\\n"
            )
            L(
                x,
                "WARN",
                "ParseMsg: err parsing msg no SIP eof found",
                "ParseMsg: err parsing msg no SIP eof found\n"
                f'"{payload}"\n'
                f"nodeID: {HP_PAGER[1]}, protoType: 1, version: 2, protocol: 17, length: {len(payload) - payload.count(chr(92))}, flow: 10.30.1.21:5060->{HP_PAGER[0]}:5060",
                2,
            )
            cseq += 1
            x += sec(60 + r.uniform(-0.4, 0.4))

    # the Postgres failover (both collectors share the database)
    down0, refused0, back = at(8, 40, 12), at(8, 40, 15), at(8, 43, 5)
    x = down0 + sec(r.uniform(0, 1))
    while x < refused0:
        x = L(
            x,
            "ERR",
            "pq: the database system is shutting down",
            "pq: the database system is shutting down",
        )
        x += sec(r.uniform(0.3, 1.4))
    x = refused0
    while x < back:
        for _ in range(r.choice([1, 1, 2, 2, 3])):
            x = L(
                x,
                "ERR",
                "dial tcp %s: connect: connection refused",
                f"dial tcp {HP_DB}: connect: connection refused",
            )
        x += sec(r.uniform(1.0, 2.6))
    x = back + sec(r.uniform(0.5, 1.5))
    for _ in range(r.randint(4, 7)):
        x = L(x, "ERR", "driver: bad connection", "driver: bad connection")
        x += sec(r.uniform(0.1, 2.1))

    # the backup slowing the database on homer-a
    if host == "homer-a":
        for a, b in [(at(10, 55, 21), at(10, 57, 50)), (at(10, 59, 8), at(11, 2, 14))]:
            x = a
            while x < b:
                for _ in range(r.choice([1, 2, 2, 3])):
                    x = L(
                        x,
                        "WARN",
                        "overflowing db channel, please adjust DBWorker or DBBuffer setting",
                        "overflowing db channel, please adjust DBWorker or DBBuffer setting",
                    )
                x += sec(r.uniform(1.0, 3.5))
        L(at(10, 31, 7), "INFO", "hot reload %s", f"hot reload {HP_VERSION}", 1)


# ----------------------------------------------------------------------------------- baresip

BS_VERSION = "3.10.1"
BS_PBX = "pbx.office.lan"
BS_PBX_IP = "10.40.0.5"
BS_SERVER = "Asterisk PBX 20.7.0"
BS_RING = f"sip:600@{BS_PBX}"


def bs_ts(t: datetime) -> str:
    return f"{t:%b %d %H:%M:%S}.{t.microsecond:06d}"


def human_time(s: int) -> str:
    """re's fmt_human_time."""
    m, s = divmod(s, 60)
    out = ""
    if m:
        out += f"{m} min{'' if m == 1 else 's'} "
    if s:
        out += f"{s} sec{'' if s == 1 else 's'}"
    return out.strip()


def baresip(r: random.Random) -> list[Log]:
    """Three door intercoms' baresip journals, 06:00 to 12:00 UTC (see the module docstring)."""
    fs = Files()
    doors = [
        ("door-main", "10.40.2.31", 611, 92),
        ("door-yard", "10.40.2.32", 598, 30),
        ("door-garage", "10.40.2.33", 605, 36),
    ]
    for host, ip, pid, calls in doors:
        baresip_door(r, fs, host, ip, pid, calls)
    return fs.logs(T0)


def baresip_door(r: random.Random, fs: Files, host: str, ip: str, pid0: int, ncalls: int) -> None:
    pids = [(T0 - sec(86400), pid0)]
    user = host
    aor = f"sip:{user}@{BS_PBX}"
    prefix = f"{user}@{BS_PBX}: "
    pbx_down = (at(9, 20, 0), at(9, 21, 30))
    wifi = [
        (at(10, 5, 12), at(10, 9, 40)),
        (at(10, 17, 3), at(10, 21, 55)),
        (at(10, 29, 30), at(10, 34, 10)),
    ]
    wifi = wifi if host == "door-garage" else []
    badpw = (at(7, 31, 2), at(7, 52, 40)) if host == "door-yard" else None

    def L(t: datetime, label: str, msg: str) -> datetime:
        pid = [p for since, p in pids if since <= t][-1]
        return fs.add(
            f"{host}.log",
            t,
            label,
            lambda x: [f"{bs_ts(x)} {host} baresip[{pid}]: {msg}"],
            (host, pid),
            US,
        )

    def ms_(lo: float, hi: float) -> timedelta:
        return sec(r.uniform(lo, hi) / 1000)

    def reg_ok(t: datetime) -> datetime:
        return L(
            t,
            "(prio %u) {%d/%s/%s} %u %r (%s) [%u binding%s]",
            f"{prefix}(prio 0) {{0/UDP/v4}} 200 OK ({BS_SERVER}) [1 binding]",
        )

    def startup(t: datetime, ok: bool) -> datetime:
        t = L(
            t,
            "baresip v%s Copyright (C) 2010 - 2024 Alfred E. Heggestad et al.",
            f"baresip v{BS_VERSION} Copyright (C) 2010 - 2024 Alfred E. Heggestad et al.",
        )
        t = L(t + ms_(2, 6), "Local network addresses:", "Local network addresses:")
        six = "fe80::ba27:ebff:fe" + hexid(r, 2) + ":" + hexid(r, 4)
        for ifn, addr in [("lo", "127.0.0.1"), ("eth0", ip), ("eth0", six)]:
            t = L(t + ms_(0.05, 0.3), " %10s:  %j", f" {ifn:>10}:  {addr}")
        for codec in ["opus/48000/2", "G722/16000/1", "PCMU/8000/1", "PCMA/8000/1"]:
            t = L(t + ms_(1, 9), "aucodec: %s/%u/%u", f"aucodec: {codec}")
        t = L(t + ms_(3, 12), "ausrc: %s", "ausrc: alsa")
        t = L(t + ms_(0.1, 1), "auplay: %s", "auplay: alsa")
        t = L(t + ms_(5, 20), "Populated %u account%s", "Populated 1 account")
        t = L(t + ms_(0.5, 3), "Populated %u contacts", "Populated 0 contacts")
        t = L(t + ms_(0.5, 3), "Populated %u audio codec%s", "Populated 4 audio codecs")
        t = L(t + ms_(2, 9), "baresip is ready.", "baresip is ready.")
        if ok:
            rtt = r.randint(22, 61)
            t = reg_ok(t + sec(rtt / 1000))
            t = L(
                t + ms_(0.1, 0.5),
                "All %u useragent%s registered successfully! (%u ms)",
                f"All 1 useragent registered successfully! ({rtt} ms)",
            )
        return t

    def reg_fail(t: datetime, what: str) -> datetime:
        if what == "timeout":
            return L(
                t,
                "reg: %s (prio %u): Register: Connection timed out",
                f"reg: {aor} (prio 0): Register: Connection timed out",
            )
        return L(t, "reg: %s (prio %u): %u %r (%s)", f"reg: {aor} (prio 0): {what} ({BS_SERVER})")

    def call(t: datetime) -> None:
        t = L(t, "call: connecting to '%s'..", f"call: connecting to '{BS_RING}'..")
        t = L(t + ms_(0.2, 1.5), "call id: %s", f"call id: {hexid(r, 16)}")
        if in_any(t, [pbx_down, *wifi]):
            L(
                t + sec(32 + r.uniform(0, 0.2)),
                "%s: session closed: Connection timed out",
                f"{BS_RING}: session closed: Connection timed out",
            )
            return
        t = L(
            t + ms_(8, 40),
            "call: SIP Progress: %u %r (%r/%r)",
            "call: SIP Progress: 100 Trying (/)",
        )
        t = L(
            t + ms_(20, 120),
            "call: SIP Progress: %u %r (%r/%r)",
            "call: SIP Progress: 180 Ringing (/)",
        )
        fate = r.random()
        if fate < 0.16:
            L(
                t + sec(r.uniform(25, 31)),
                "%s: session closed: %u %r",
                f"{BS_RING}: session closed: 480 Temporarily Unavailable",
            )
            return
        if fate < 0.22:
            L(
                t + sec(r.uniform(0.5, 6)),
                "%s: session closed: %u %r",
                f"{BS_RING}: session closed: 486 Busy Here",
            )
            return
        t = L(t + sec(r.uniform(3, 18)), "Call answered: %s", f"{prefix}Call answered: {BS_RING}")
        t0 = t
        t = L(t + ms_(1, 4), "stream: update '%s'", "stream: update 'audio'")
        t = L(
            t + ms_(0.2, 2),
            "stream: receive: setting SSRC: %x",
            f"stream: receive: setting SSRC: {r.randrange(1 << 32):x}",
        )
        t = L(
            t + ms_(0.2, 2),
            "audio: Set audio decoder: %s %uHz %uch",
            "audio: Set audio decoder: G722 16000Hz 1ch",
        )
        t = L(
            t + ms_(3, 25),
            "audio: Set audio encoder: %s %uHz %uch",
            "audio: Set audio encoder: G722 16000Hz 1ch",
        )
        t = L(
            t + ms_(0.1, 1),
            "audio tx pipeline:  %10s ---> %s",
            "audio tx pipeline:        alsa ---> G722",
        )
        t = L(
            t + ms_(0.1, 1),
            "audio rx pipeline:  %10s <--- %s",
            "audio rx pipeline:        alsa <--- G722",
        )
        t = L(
            t + ms_(20, 90),
            "stream: incoming rtp for '%s' established, receiving from %J",
            f"stream: incoming rtp for 'audio' established, receiving from {BS_PBX_IP}:{r.randrange(10000, 20000, 2)}",
        )
        talk = r.choice([r.uniform(8, 40), r.uniform(20, 95), r.uniform(60, 200)])
        t = L(
            t0 + sec(talk),
            "%s: session closed: Connection reset by peer",
            f"{BS_RING}: session closed: Connection reset by peer",
        )
        L(
            t + ms_(0.5, 3),
            "%s: Call with %s terminated (duration: %H)",
            f"{aor}: Call with {BS_RING} terminated (duration: {human_time(int((t - t0).total_seconds()) or 1)})",
        )

    # the ring button: office hours, more in the morning rush
    times = sorted(
        at(6, 0) + sec(r.uniform(0, 6 * 3600) if r.random() < 0.6 else r.uniform(3600, 4 * 3600))
        for _ in range(ncalls)
    )
    last = T0
    for t in times:
        if badpw and badpw[0] - sec(60) <= t < badpw[1] + sec(60):
            continue
        if t < last + sec(100):
            t = last + sec(100 + r.uniform(0, 90))
        if t >= T_END - sec(300):
            break
        call(t)
        last = t

    # registration refreshes are silent; failures and recoveries are not
    if host == "door-yard":
        assert badpw
        pids.append((badpw[0], 1487))
        t = startup(badpw[0] + ms_(180, 900), ok=False)
        t = reg_fail(t + ms_(30, 60), "401 Unauthorized")
        wait = 30.0
        while True:
            t += sec(wait + r.uniform(0, 4))
            if t >= badpw[1]:
                break
            t = reg_fail(t, "401 Unauthorized")
            wait = min(wait * 1.6, 300)
        pids.append((badpw[1] + sec(8), 1522))
        startup(badpw[1] + sec(8), ok=True)
    if host in ("door-main", "door-garage"):
        t = pbx_down[0] + sec(r.uniform(5, 40))
        t = reg_fail(t, "timeout")
        t = reg_fail(t + sec(32 + r.uniform(0, 3)), "timeout")
        while t < pbx_down[1]:
            t += sec(30 + r.uniform(0, 5))
            if t < pbx_down[1]:
                t = reg_fail(t, "timeout")
        t = reg_fail(t, "503 Service Unavailable")
        reg_ok(t + sec(30 + r.uniform(0, 5)))
    for a, b in wifi:
        t = a + sec(r.uniform(5, 60))
        t = reg_fail(t, "timeout")
        while True:
            t += sec(30 + r.uniform(0, 5))
            if t >= b:
                break
            t = reg_fail(t, "timeout")
        reg_ok(t)


# ------------------------------------------------------------------------------------- routr

RT_VERSION = "2.11.5"


def rt_ts(t: datetime) -> str:
    return f"{t:%Y-%m-%d %H:%M:%S}.{t.microsecond // 1000:03d}"


def jdump(d: dict) -> str:
    return json.dumps(d, separators=(",", ":"))


def routr(r: random.Random) -> list[Log]:
    """Two Routr One containers' docker logs, 06:00 to 12:00 UTC (see the module docstring)."""
    fs = Files()
    routr_node(r, fs, "sip-1", "acme", "203.0.113.70", "edgeport-01", 12, 84)
    routr_node(r, fs, "sip-2", "globex", "203.0.113.71", "edgeport-02", 8, 52)
    return fs.logs(T0)


def routr_node(
    r: random.Random,
    fs: Files,
    host: str,
    tenant: str,
    public: str,
    ep_ref: str,
    nagents: int,
    ncalls: int,
) -> None:
    name = f"{host}-routr.log"
    domain = f"{tenant}.voip.example.net"
    agents = [str((1001 if tenant == "acme" else 2001) + i) for i in range(nagents)]
    upgrade = at(8, 15, 0) if host == "sip-2" else None
    notrunk = (at(8, 32, 40), at(9, 10, 5)) if host == "sip-1" else None
    token = (at(10, 2, 11), at(10, 41, 30)) if host == "sip-2" else None

    def N(t: datetime, level: str, svc: str, label: str, msg: str) -> datetime:
        return fs.add(
            name, t, label, lambda x: [f"{rt_ts(x)} [{level}]: ({svc}) {msg}"], (host, "node"), MS
        )

    def J(t: datetime, level: str, label: str, msg: str) -> datetime:
        return fs.add(
            name,
            t,
            label,
            lambda x: [f"{rt_ts(x)} [{level:<5}] GRPCSipListener: {msg}"],
            (host, "java"),
            MS,
        )

    def down(t: datetime) -> bool:  # the container restarting
        return upgrade is not None and upgrade <= t < upgrade + sec(2.4)

    def early(t: datetime) -> bool:  # the edgeport up, the Node services not yet
        return upgrade is not None and upgrade + sec(2.4) <= t < upgrade + sec(13.9)

    def no_location(t: datetime) -> bool:  # connect's channel to location still backing off
        return upgrade is not None and upgrade + sec(13.9) <= t < upgrade + sec(16.5)

    def received(t: datetime, ref: str, method: str, kind: str) -> datetime:
        typ = "(request)" if kind == "request" else "(response)"
        return N(
            t,
            "verbose",
            "connect",
            'connect processor received new request {"ref":"%s","method":"%s","type":"'
            + typ
            + '","edgePort":"%s"}',
            "connect processor received new request "
            + jdump({"ref": ref, "method": method, "type": typ, "edgePort": ep_ref}),
        )

    def routing(t: datetime, frm: str, to: str) -> datetime:
        return N(
            t,
            "verbose",
            "connect",
            'routing request from: %s, to: %s {"fromURI":"%s","requestURI":"%s"}',
            f"routing request from: {frm}, to: {to} " + jdump({"fromURI": frm, "requestURI": to}),
        )

    def unavailable(t: datetime) -> datetime:
        return N(
            t,
            "error",
            "connect",
            '14 UNAVAILABLE: No connection established {"code":14,"details":"No connection established","metadata":{}}',
            '14 UNAVAILABLE: No connection established {"code":14,"details":"No connection established","metadata":{}}',
        )

    def ms_(lo: float, hi: float) -> timedelta:
        return sec(r.uniform(lo, hi) / 1000)

    def register(t: datetime, user: str) -> None:
        if down(t):
            return
        ref = hexid(r, 32)
        if early(t):
            J(t, "WARN", "io exception", "io exception")
            return
        t = received(t, ref, "REGISTER", "request")
        received(t + ms_(30, 160), ref, "REGISTER", "request")

    def call(t: datetime) -> None:
        if down(t):
            return
        ref = hexid(r, 32)
        caller = r.choice(agents)
        frm = f"sip:{caller}@{domain}"
        pstn = r.random() < 0.32
        if pstn:
            to = f"sip:+49{r.choice(['30', '40', '89', '221', '69'])}{r.randrange(1000000, 99999999)}@{domain}"
        else:
            to = f"sip:{r.choice([a for a in agents if a != caller])}@{domain}"
        if early(t):
            J(t, "WARN", "io exception", "io exception")
            return
        t = received(t, ref, "INVITE", "request")
        if no_location(t):
            unavailable(t + ms_(2, 9))
            return
        t = routing(t + ms_(1, 4), frm, to)
        if pstn and notrunk and in_any(t, [notrunk]):
            N(
                t + ms_(3, 20),
                "error",
                "connect",
                "no trunk associated with Number ref: %s {}",
                f"no trunk associated with Number ref: number-{tenant}-01 {{}}",
            )
            return
        t = received(t + ms_(40, 900), ref, "INVITE", "response")  # 180
        fate = r.random()
        if fate < 0.18:  # caller gives up
            t = received(t + sec(r.uniform(4, 25)), ref, "CANCEL", "request")
            received(t + ms_(15, 60), ref, "INVITE", "response")  # 487
            return
        if fate < 0.25:  # busy
            received(t + sec(r.uniform(0.5, 4)), ref, "INVITE", "response")
            return
        t = received(t + sec(r.uniform(2, 15)), ref, "INVITE", "response")  # 200
        t = received(t + ms_(20, 90), ref, "ACK", "request")
        t = routing(t + ms_(1, 4), frm, to)
        t += sec(r.choice([r.uniform(15, 90), r.uniform(60, 420)]))
        who = r.random() < 0.5
        a, b = (frm, to) if who else (to, frm)
        t = received(t, ref, "BYE", "request")
        t = routing(t + ms_(1, 4), a, b)
        received(t + ms_(20, 120), ref, "BYE", "response")

    # start-up after the upgrade
    if upgrade:
        t = upgrade + sec(2.4)
        t = J(
            t,
            "INFO",
            "starting edgeport (ref = %s) service at %s",
            f"starting edgeport (ref = {ep_ref}) service at 0.0.0.0",
        )
        t = J(
            t + ms_(1, 3),
            "INFO",
            "localnets list [%s]",
            "localnets list [10.10.0.0/16,172.17.0.0/16]",
        )
        t = J(t + ms_(0.5, 2), "INFO", "external ips list [%s]", f"external ips list [{public}]")
        t = upgrade + sec(13.9)
        t = N(
            t,
            "info",
            "location",
            "using %s as cache provider {}",
            "using memory as cache provider {}",
        )
        t = N(
            t + ms_(2, 6),
            "info",
            "common",
            'starting routr service {"name":"%s","bindAddr":"%s"}',
            'starting routr service {"name":"location","bindAddr":"0.0.0.0:51902"}',
        )
        t = N(
            t + ms_(20, 60),
            "info",
            "pgdata",
            'starting routr service {"bindAddr":"%s","name":"pgdata"}',
            'starting routr service {"bindAddr":"0.0.0.0:51907","name":"pgdata"}',
        )
        # the phones notice and register again, some before the processors listen
        for i, a in enumerate(agents):
            register(upgrade + sec(14 + i * 1.1 + r.uniform(-4, 2)), a)

    for a in agents:
        t = T0 + sec(r.uniform(0, 1800))
        while t < T_END:
            register(t, a)
            t += sec(1800 * r.uniform(0.88, 0.92))

    weights = [busy(at(6, 0) + sec(i * 300)) for i in range(72)]
    for _ in range(ncalls):
        slot = r.choices(range(72), weights)[0]
        call(at(6, 0) + sec(slot * 300 + r.uniform(0, 300)))
    if upgrade:
        for dx in [5.2, 9.8, 14.3, 14.9, 15.6, 16.2, 17.2, 19.0]:
            call(upgrade + sec(dx))

    def bad_token(x: datetime, why: str) -> datetime:
        x = received(x, hexid(r, 32), "REGISTER", "request")
        label = 'unable to validate connect token {"originalError":"' + why + '"}'
        return N(x + ms_(1, 6), "verbose", "connect", label, label)

    if token:
        x = token[0]
        while x < token[1]:
            bad_token(x, "jwt expired")
            x += sec(30 + r.uniform(-0.5, 0.5))
        # a kiosk still holding a token signed with the rotated key
        for x in jitter_times(r, at(6, 20), at(9, 40), 1500, 300):
            for _ in range(r.randint(1, 3)):
                x = bad_token(x + sec(r.uniform(2, 6)), "invalid signature")
    # scanners sending garbage in X-Connect-Token
    for x in jitter_times(r, T0, T_END, 5400 if host == "sip-1" else 7000):
        for _ in range(r.randint(2, 5)):
            x = bad_token(x + sec(r.uniform(0.2, 1.5)), "jwt malformed")
    if notrunk:
        # acme's agents dialling out again and again while the Number has no trunk
        for x in jitter_times(r, notrunk[0], notrunk[1], 75):
            caller = r.choice(agents)
            to = f"sip:+4930{r.randrange(1000000, 9999999)}@{domain}"
            x = received(x, hexid(r, 32), "INVITE", "request")
            x = routing(x + ms_(1, 4), f"sip:{caller}@{domain}", to)
            N(
                x + ms_(3, 20),
                "error",
                "connect",
                "no trunk associated with Number ref: %s {}",
                f"no trunk associated with Number ref: number-{tenant}-01 {{}}",
            )
    if host == "sip-2":
        # globex's egress policy removed by mistake 11:20-11:38
        for x in jitter_times(r, at(11, 20, 14), at(11, 38, 2), 150):
            ref = hexid(r, 32)
            caller = r.choice(agents)
            to = f"sip:+4940{r.randrange(1000000, 9999999)}@{domain}"
            x = received(x, ref, "INVITE", "request")
            x = routing(x + ms_(1, 4), f"sip:{caller}@{domain}", to)
            N(
                x + ms_(3, 20),
                "error",
                "connect",
                "no egress policy found for Domain ref%s {}",
                "no egress policy found for Domain refdomain-globex {}",
            )


# ------------------------------------------------------------------------ jambonz-feature-server

JB_ACCOUNT = "9351f46a-678c-43f5-b8a6-d4eb58d131af"
JB_IVR_HOOK = "https://ivr.acme-support.example/jambonz"
JB_BOT_HOOK = "wss://bot.acme-support.example/ws"
JB_HOOK_IP = "198.51.100.40"


def jambonz(r: random.Random) -> list[Log]:
    """Two jambonz feature servers' pm2 out logs, 06:00 to 12:00 UTC (see the module docstring)."""
    fs = Files()
    jambonz_fs(r, fs, "fs-1", "ip-10-0-11-21", 1873, 70, dialer=True)
    jambonz_fs(r, fs, "fs-2", "ip-10-0-12-34", 1902, 55, dialer=False)
    return fs.logs(T0)


def jambonz_fs(
    r: random.Random, fs: Files, name: str, hostname: str, pid: int, ncalls: int, dialer: bool
) -> None:
    fname = f"{name}-jambonz-feature-server-out.log"
    hook_down = (at(9, 5, 12), at(9, 21, 40))
    bad_gw = (at(10, 12, 3), at(10, 20, 30))
    alerts_down = (at(9, 14, 0), at(9, 21, 40))

    def P(
        t: datetime, level: int, label: str, msg: str, bind: dict, extra: dict | None = None
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            ms = int(x.timestamp() * 1000)
            d = {"level": level, "time": ms, "pid": pid, "hostname": hostname}
            d.update(bind)
            d.update(extra or {})
            d["msg"] = msg
            return [json.dumps(d, separators=(",", ":"))]

        return fs.add(fname, t, label, text, name, MS)

    def ms_(lo: float, hi: float) -> timedelta:
        return sec(r.uniform(lo, hi) / 1000)

    def econnrefused() -> dict:
        m = f"connect ECONNREFUSED {JB_HOOK_IP}:443"
        return {
            "type": "Error",
            "message": m,
            "stack": f"Error: {m}\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)",
            "errno": -111,
            "code": "ECONNREFUSED",
            "syscall": "connect",
            "address": JB_HOOK_IP,
            "port": 443,
        }

    def status_err(code: int) -> dict:
        m = f"Incorrect statusCode: {code}"
        return {
            "type": "StatusError",
            "message": m,
            "stack": f"StatusError: {m}\n    at ClientRequest.<anonymous> (/home/admin/apps/jambonz-feature-server/node_modules/bent/src/nodejs.js:133:23)\n    at Object.onceWrapper (node:events:634:26)\n    at ClientRequest.emit (node:events:519:28)\n    at HTTPParser.parserOnIncomingResponse (node:_http_client:702:27)",
            "statusCode": code,
        }

    class Call:
        def __init__(self, t: datetime, inbound: bool, number: str):
            self.sid = uuid4(r)
            self.bind = {
                "callId": f"{hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}@10.0.{11 if name == 'fs-1' else 12}.{r.randrange(2, 250)}",
                "callSid": self.sid,
                "accountSid": JB_ACCOUNT,
                "callingNumber": number if inbound else "+4930555019",
                "calledNumber": "+4930555010" if inbound else number,
                "traceId": hexid(r, 32),
            }
            self.stack = 0
            self.n = 0
            self.t = t

        def log(
            self, dt: float, level: int, label: str, msg: str, extra: dict | None = None
        ) -> None:
            self.t = P(self.t + sec(dt), level, label, msg, self.bind, extra)

        def start(self, tasks: list[str]) -> None:
            self.log(
                0.003,
                30,
                "CallSession:exec starting %s tasks",
                f"CallSession:exec starting {len(tasks)} tasks",
                {"tasks": ",".join(tasks)},
            )

        def task(self, name: str, dur: float) -> None:
            self.n += 1
            self.log(
                0.002,
                30,
                "CallSession:exec starting task #%s:%s: %s",
                f"CallSession:exec starting task #{self.stack}:{self.n}: {name}",
            )
            self.log(
                dur,
                30,
                "CallSession:exec completed task #%s:%s: %s",
                f"CallSession:exec completed task #{self.stack}:{self.n}: {name}",
            )

        def begin(self, name: str) -> None:
            self.n += 1
            self.log(
                0.002,
                30,
                "CallSession:exec starting task #%s:%s: %s",
                f"CallSession:exec starting task #{self.stack}:{self.n}: {name}",
            )

        def done(self, name: str, dur: float) -> None:
            self.log(
                dur,
                30,
                "CallSession:exec completed task #%s:%s: %s",
                f"CallSession:exec completed task #{self.stack}:{self.n}: {name}",
            )

        def hook(self, path: str, resp: list) -> bool:
            """The action hook; False when it fails (the task's error ends the call)."""
            url = f"{JB_IVR_HOOK}/{path}"
            if in_any(self.t, [hook_down]):
                self.log(
                    r.uniform(0.001, 0.02),
                    50,
                    "web callback returned unexpected error",
                    "web callback returned unexpected error",
                    {"err": econnrefused(), "baseUrl": JB_IVR_HOOK, "url": url},
                )
                if in_any(self.t, [alerts_down]):
                    self.log(
                        0.004,
                        30,
                        "Error writing alert",
                        "Error writing alert",
                        {
                            "err": {
                                "type": "Error",
                                "message": "connect ETIMEDOUT 10.0.20.15:8086",
                                "stack": "Error: connect ETIMEDOUT 10.0.20.15:8086\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)",
                                "code": "ETIMEDOUT",
                            },
                            "opts": {
                                "account_sid": JB_ACCOUNT,
                                "alert_type": "webhook-connection-failure",
                                "url": url,
                            },
                        },
                    )
                self.log(
                    0.002,
                    50,
                    "Error executing task  #%s:%s: %s",
                    f"Error executing task  #{self.stack}:{self.n}: gather",
                    {"err": econnrefused()},
                )
                return False
            if in_any(self.t, [bad_gw]) and r.random() < 0.7:
                self.log(
                    r.uniform(0.02, 0.09),
                    30,
                    "web callback returned unexpected status code %s",
                    "web callback returned unexpected status code 502",
                    {"baseUrl": JB_IVR_HOOK, "url": url},
                )
                self.log(
                    0.002,
                    50,
                    "Error executing task  #%s:%s: %s",
                    f"Error executing task  #{self.stack}:{self.n}: gather",
                    {"err": status_err(502)},
                )
                return False
            rtt = int(r.lognormvariate(5.0, 0.45))
            self.log(
                rtt / 1000,
                30,
                "HttpRequestor:request %s %s succeeded in %sms",
                f"HttpRequestor:request POST {url} succeeded in {rtt}ms",
                {"response": resp},
            )
            return True

    def tracker(t: datetime, sid: str, add: bool) -> datetime:
        verb = "add" if add else "remove"
        return P(
            t, 30, f"SessionTracker:{verb} callSid %s", f"SessionTracker:{verb} callSid {sid}", {}
        )

    def ivr_call(t: datetime) -> None:
        c = Call(
            t,
            True,
            f"+49{r.choice(['151', '160', '171', '176', '30', '40'])}{r.randrange(1000000, 99999999)}",
        )
        c.t = tracker(t, c.sid, True)
        c.start(["say", "gather"])
        gone = r.random() < 0.08
        c.task("say", r.uniform(4, 9) if not gone else r.uniform(1, 4))
        if not gone:
            c.begin("gather")
            c.t += sec(r.uniform(3, 14))
            ok = c.hook(
                "menu",
                [
                    {"verb": "say", "text": "..."},
                    {"verb": "dial", "target": [{"type": "sip", "sipUri": "..."}]},
                ],
            )
            if ok:
                c.done("gather", 0.001)
                c.stack += 1
                c.n = 0
                c.task("say", r.uniform(2, 5))
                c.task("dial", r.choice([r.uniform(20, 120), r.uniform(90, 600)]))
        c.log(
            0.001, 30, "CallSession:exec all tasks complete", "CallSession:exec all tasks complete"
        )
        tracker(c.t + ms_(1, 8), c.sid, False)

    def bot_call(t: datetime) -> None:
        c = Call(
            t, True, f"+49{r.choice(['151', '160', '171', '176'])}{r.randrange(1000000, 99999999)}"
        )
        c.t = tracker(t, c.sid, True)
        c.start(["config", "say"])
        c.task("config", 0.004)
        c.task("say", r.uniform(3, 7))
        turns = r.randint(1, 5)
        for i in range(turns):
            c.stack += 1
            c.n = 0
            c.n += 1
            if i == turns - 1 and r.random() < 0.5:
                c.log(
                    0.003,
                    30,
                    "CallSession:exec disabling bot mode to start gather with new options",
                    "CallSession:exec disabling bot mode to start gather with new options",
                )
                c.n -= 1
                c.task("gather", r.uniform(4, 12))
            else:
                c.log(
                    0.003,
                    30,
                    "CallSession:exec skipping #%s:%s: %s",
                    f"CallSession:exec skipping #{c.stack}:{c.n}: gather",
                )
                c.task("say", r.uniform(3, 11))
        c.log(
            r.uniform(0.5, 3),
            30,
            "CallSession:exec all tasks complete",
            "CallSession:exec all tasks complete",
        )
        tracker(c.t + ms_(1, 8), c.sid, False)

    def rest_call(t: datetime) -> None:
        number = f"+49{r.choice(['151', '160', '171', '176', '30', '40', '89'])}{r.randrange(1000000, 99999999)}"
        c = Call(t, False, number)
        c.t = tracker(t, c.sid, True)
        c.start(["rest:dial"])
        c.begin("rest:dial")
        c.log(
            0.004,
            30,
            "outbound REST call attempt to %s has been sent",
            "outbound REST call attempt to "
            + json.dumps({"type": "phone", "number": number}, separators=(",", ":"))
            + " has been sent",
        )
        if r.random() < 0.42:
            code = r.choices([480, 486, 487, 404, 503], [40, 25, 15, 8, 12])[0]
            c.log(
                r.uniform(3, 35),
                30,
                "REST outdial failed with %s",
                f"REST outdial failed with {code}",
            )
            c.done("rest:dial", 0.001)
        else:
            c.t += sec(r.uniform(4, 25))
            ok = c.hook(
                "campaign/answered",
                [
                    {"verb": "say", "text": "..."},
                    {"verb": "gather", "actionHook": "/campaign/reply"},
                ],
            )
            if ok:
                c.done("rest:dial", 0.001)
                c.stack += 1
                c.n = 0
                c.task("say", r.uniform(8, 20))
                c.task("gather", r.uniform(3, 10))
        c.log(
            0.001, 30, "CallSession:exec all tasks complete", "CallSession:exec all tasks complete"
        )
        tracker(c.t + ms_(1, 8), c.sid, False)

    weights = [busy(at(6, 0) + sec(i * 300)) for i in range(72)]
    for _ in range(ncalls):
        slot = r.choices(range(72), weights)[0]
        t = at(6, 0) + sec(slot * 300 + r.uniform(0, 300))
        if name == "fs-2" and r.random() < 0.55:
            bot_call(t)
        else:
            ivr_call(t)
    # extra calls while the webhook host is down, so the failure shows on both servers
    for x in jitter_times(r, hook_down[0], hook_down[1], 150):
        ivr_call(x)
    if dialer:
        for x in jitter_times(r, at(9, 0, 5), at(11, 0), 95, 20):
            rest_call(x)


# ------------------------------------------------------------------------------------ jicofo

JC_DOMAIN = "meet.example.com"
JC_ROOMS = [
    "standup",
    "team-sync",
    "sales-weekly",
    "support-escalation",
    "onboarding-lena",
    "design-review",
    "interview-backend-3",
    "ops-incident",
    "customer-acme",
    "retro-sprint-42",
    "1on1-karen-tobias",
    "brightfoxesrunquietly",
    "sixgreencatslaughloudly",
    "elternabend-4a",
    "budget-q3",
    "all-hands-prep",
]
JC_BRIDGES = {
    "shard-1": ["jvb-a1", "jvb-a2"],
    "shard-2": ["jvb-b1"],
}
JC_JVB_VERSION = "2.3.105-ge155b81e"


def jicofo(r: random.Random) -> list[Log]:
    """Two Jitsi Meet shards' jicofo.log, 06:00 to 12:00 UTC (see the module docstring)."""
    fs = Files()
    jicofo_shard(r, fs, "shard-1", 38)
    jicofo_shard(r, fs, "shard-2", 26)
    return fs.logs(T0)


def jicofo_shard(r: random.Random, fs: Files, shard: str, nconf: int) -> None:
    fname = f"{shard}-jicofo.log"
    bridges = JC_BRIDGES[shard]
    jvb_down = (at(10, 15, 22), at(10, 18, 5)) if shard == "shard-2" else None
    xmpp_down = at(11, 5, 10) if shard == "shard-2" else None
    stress: dict[str, float] = {b: 0.02 for b in bridges}
    rate_limited = [False]
    room_free: dict[str, datetime] = {}

    def J(t: datetime, level: str, ctx: str, where: str, label: str, msg: str) -> datetime:
        thread = r.choice([29, 31, 38, 41, 44, 47, 52, 58, 63, 71, 88, 104, 117, 126])
        head = f"[{ctx}] " if ctx else ""
        return fs.add(
            fname,
            t,
            label,
            lambda x: [
                f"Jicofo {x:%Y-%m-%d %H:%M:%S}.{x.microsecond // 1000:03d} {level}: [{thread}] {head}{where}: {msg}"
            ],
            shard,
            MS,
        )

    def bridge_str(b: str) -> str:
        return f"Bridge[jid=jvbbrewery@internal.auth.{JC_DOMAIN}/{b}, version={JC_JVB_VERSION}, relayId=null, region=null, stress={stress[b]:.2f}]"

    def ms_(lo: float, hi: float) -> timedelta:
        return sec(r.uniform(lo, hi) / 1000)

    def select(t: datetime, initial: bool) -> tuple[datetime, bool]:
        if jvb_down and in_any(t, [jvb_down]):
            return (
                J(
                    t,
                    "WARNING",
                    "",
                    "BridgeSelectionStrategy.select#90",
                    "Failed to select initial bridge for participantRegion=%s",
                    "Failed to select initial bridge for participantRegion=null",
                ),
                False,
            )
        if initial:
            b = min(bridges, key=lambda x: stress[x] + r.uniform(0, 0.03))
            stress[b] = round(min(0.9, max(0.01, stress[b] + r.uniform(-0.04, 0.06))), 2)
            return (
                J(
                    t,
                    "INFO",
                    "",
                    "BridgeSelectionStrategy.select#83",
                    "Selected initial bridge %s with reported stress=%s for participantRegion=%s using strategy %s",
                    f"Selected initial bridge {bridge_str(b)} with reported stress={stress[b]:.2f} for participantRegion=null using strategy SingleBridgeSelectionStrategy",
                ),
                True,
            )
        return (
            J(
                t,
                "INFO",
                "",
                "BridgeSelectionStrategy.select#96",
                "Existing bridge does not have a relay, will not consider other bridges.",
                "Existing bridge does not have a relay, will not consider other bridges.",
            ),
            True,
        )

    def conference(t0: datetime) -> None:
        free = [x for x in JC_ROOMS if room_free.get(x, T0) <= t0]
        base = (
            r.choice(free)
            if free
            else f"{r.choice(['calm', 'brave', 'swift'])}{r.choice(['owls', 'ferns', 'tides'])}meet{r.randrange(10, 99)}"
        )
        room = f"{base}@conference.{JC_DOMAIN}"
        mid = uuid4(r)
        c0 = f"room={room}"
        c1 = f"room={room} meeting_id={mid}"
        size = r.choices([1, 2, 3, 4, 5, 6, 8, 11], [6, 22, 18, 16, 12, 10, 8, 4])[0]
        length = r.choice([r.uniform(300, 1200), r.uniform(900, 3600)])
        end = t0 + sec(length)
        room_free[base] = end + sec(300)
        t = J(
            t0,
            "INFO",
            c0,
            "JitsiMeetConferenceImpl.<init>#268",
            "Created new conference.",
            "Created new conference.",
        )
        t = J(
            t + ms_(1, 5),
            "INFO",
            c0,
            "JitsiMeetConferenceImpl.joinTheRoom#437",
            "Joining %s",
            f"Joining {room}",
        )
        # members: (join, leave, nick)
        members = []
        for i in range(size):
            j = t0 + sec(0.4 + (0 if i == 0 else r.uniform(5, min(600, length * 0.6))))
            lv = (
                end - sec(r.uniform(0, 60))
                if r.random() < 0.8
                else j + sec(r.uniform(60, max(61, (end - j).total_seconds())))
            )
            members.append([j, max(lv, j + sec(20)), hexid(r, 8)])
        members.sort()
        invited: dict[str, bool] = {}
        ever: set[str] = set()
        pending: list[str] = []
        on_bridge = [False]
        events: list[tuple[datetime, int, str, str]] = []
        for j, lv, nick in members:
            events.append((j, 0, "join", nick))
            events.append((lv, 1, "leave", nick))
        if jvb_down and t0 < jvb_down[1] and jvb_down[0] < end:
            events.append((jvb_down[1] + sec(r.uniform(2, 4)), 2, "retry", ""))
        if xmpp_down and t0 < xmpp_down < end:
            events = [e for e in events if e[0] < xmpp_down]
        events.sort()
        present: set[str] = set()
        kicked_done = False

        def invite(x: datetime, nick: str) -> datetime:
            x, ok = select(x + ms_(2, 15), not on_bridge[0])
            if not ok:
                pending.append(nick)
            if ok:
                on_bridge[0] = True
                invited[nick] = True
                ever.add(nick)
                x = J(
                    x + ms_(150, 900),
                    "INFO",
                    c1,
                    "JitsiMeetConferenceImpl.onSessionAccept#1067",
                    "Receive session-accept from %s",
                    f"Receive session-accept from {room}/{nick}",
                )
            return x

        for x, _k, what, nick in events:
            if what == "retry":
                on_bridge[0] = False
                waiting = [n for n in pending if n in present]
                pending.clear()
                for n in waiting:
                    x = invite(x, n)
                continue
            if what == "join":
                present.add(nick)
                x = J(
                    x,
                    "INFO",
                    c1,
                    "JitsiMeetConferenceImpl.onMemberJoined#575",
                    "Member joined:%s",
                    f"Member joined:{nick}",
                )
                if len(present) == 2 and not invited:
                    for other in sorted(present):
                        x = invite(x, other)
                elif len(present) > 2:
                    x = invite(x, nick)
            else:
                if nick not in present:
                    continue
                if not kicked_done and len(present) > 4 and r.random() < 0.15:
                    kicked_done = True
                    x = J(
                        x,
                        "INFO",
                        c1,
                        "JitsiMeetConferenceImpl.onMemberKicked#911",
                        "Member kicked: %s",
                        f"Member kicked: {nick}",
                    )
                present.discard(nick)
                x = J(
                    x + ms_(0, 2),
                    "INFO",
                    c1,
                    "JitsiMeetConferenceImpl.onMemberLeft#920",
                    "Member left:%s",
                    f"Member left:{nick}",
                )
                if nick in pending:
                    pending.remove(nick)
                if invited.pop(nick, False):
                    x = J(
                        x + ms_(0, 2),
                        "INFO",
                        c1,
                        "JitsiMeetConferenceImpl.terminateParticipant#961",
                        "Terminating %s, reason: %s, send session-terminate: %s",
                        f"Terminating {nick}, reason: gone, send session-terminate: false",
                    )
                    x = J(
                        x + ms_(1, 6),
                        "INFO",
                        c1,
                        "JitsiMeetConferenceImpl.terminateParticipant#985",
                        "Removed participant %s removed=%s",
                        f"Removed participant {nick} removed=true",
                    )
                else:
                    x = J(
                        x + ms_(0, 2),
                        "WARNING",
                        c1,
                        "JitsiMeetConferenceImpl.onMemberLeft#936",
                        "Participant not found for %s. Terminated already or never started?",
                        f"Participant not found for {nick}. Terminated already or never started?",
                    )
                if not present:
                    J(
                        x + ms_(3, 30),
                        "INFO",
                        c1,
                        "JitsiMeetConferenceImpl.stop#423",
                        "Stopped.",
                        "Stopped.",
                    )
        # the bridge crash: ICE failures and the restarts that follow
        if jvb_down and ever:
            live = [
                n
                for j, lv, n in members
                if j < jvb_down[0] and jvb_down[1] + sec(90) < lv and n in ever
            ]
            for nick in live:
                x = jvb_down[0] + sec(r.uniform(8, 20))
                bs = hexid(r, 8)
                x = J(
                    x,
                    "INFO",
                    c1,
                    "JitsiMeetConferenceImpl.onSessionInfo#1101",
                    "Received ICE failed notification from %s, bridge-session ID: %s",
                    f"Received ICE failed notification from {room}/{nick}, bridge-session ID: {bs}",
                )
                select(x + ms_(2, 10), False)
            for nick in live:
                x = jvb_down[1] + sec(r.uniform(2, 25))
                part = f"Participant[{room}/{nick}]@{r.randrange(10**8, 2 * 10**9)}"
                for attempt in range(3 if not rate_limited[0] and r.random() < 0.3 else 1):
                    x = J(
                        x,
                        "INFO",
                        c1,
                        "JitsiMeetConferenceImpl.onSessionTerminate#1163",
                        "Received session-terminate from %s, bridge-session ID: %s, restart: %s",
                        f"Received session-terminate from {part}, bridge-session ID: {hexid(r, 8)}, restart: true",
                    )
                    if attempt == 2:
                        rate_limited[0] = True
                        J(
                            x + ms_(0, 2),
                            "WARNING",
                            c1,
                            "JitsiMeetConferenceImpl.onSessionTerminate#1196",
                            "Rate limiting %s for restart requests",
                            f"Rate limiting {part} for restart requests",
                        )
                        break
                    x = J(
                        x + ms_(0, 2),
                        "INFO",
                        c1,
                        "JitsiMeetConferenceImpl.terminateParticipant#961",
                        "Terminating %s, reason: %s, send session-terminate: %s",
                        f"Terminating {nick}, reason: null, send session-terminate: false",
                    )
                    x = J(
                        x + ms_(1, 6),
                        "INFO",
                        c1,
                        "JitsiMeetConferenceImpl.terminateParticipant#985",
                        "Removed participant %s removed=%s",
                        f"Removed participant {nick} removed=true",
                    )
                    x, _ = select(x + ms_(2, 10), True)
                    x = J(
                        x + ms_(150, 900),
                        "INFO",
                        c1,
                        "JitsiMeetConferenceImpl.onSessionAccept#1067",
                        "Receive session-accept from %s",
                        f"Receive session-accept from {room}/{nick}",
                    )
                    x += sec(r.uniform(3, 9))
        if xmpp_down and t0 < xmpp_down < end and present:
            x = J(
                xmpp_down + ms_(5, 400),
                "INFO",
                c1,
                "JitsiMeetConferenceImpl.registrationChanged#1012",
                "XMPP disconnected.",
                "XMPP disconnected.",
            )
            J(
                x + ms_(3, 30),
                "INFO",
                c1,
                "JitsiMeetConferenceImpl.stop#423",
                "Stopped.",
                "Stopped.",
            )

    weights = [busy(at(6, 0) + sec(i * 300)) for i in range(72)]
    starts = sorted(
        at(6, 0) + sec(r.choices(range(72), weights)[0] * 300 + r.uniform(0, 300))
        for _ in range(nconf)
    )
    if jvb_down:
        starts += [jvb_down[0] + sec(35), jvb_down[0] + sec(95)]
        starts += [at(10, 12, 40), at(10, 13, 55), at(10, 9, 30)]
    if xmpp_down:
        starts += [at(10, 52, 10), at(10, 58, 31), at(11, 1, 2)]
        starts += [xmpp_down + sec(24), xmpp_down + sec(31)]
    for s in sorted(starts):
        if s < T_END - sec(600):
            conference(s)


SYSTEMS: dict[str, Callable[[random.Random], list[Log]]] = {
    "heplify-server": heplify,
    "baresip": baresip,
    "routr": routr,
    "jambonz-feature-server": jambonz,
    "jicofo": jicofo,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
