#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 264 (sems, rtpproxy, mediasoup, wowza, ovenmediaengine)
into bench/heldout/, the same way and under the same label rules as generate.py
(bench/README.md, "heldout.py"): each program's log is simulated from its format strings over a
seeded run, and every line that starts an event is labelled with the format string that wrote it
as it is written. Distinct calls of one process never share a timestamp at the log's resolution
(round 53's Clock, kept per process and per file). Five media servers of one voice and video
platform, 06:00 to 12:00 on 2024-06-07. The brief's SRS (Simple Realtime Server) is already in
the set (`bench/heldout/srs`), so it is replaced by OvenMediaEngine, the open-source low-latency
streaming server of the same kind (RTMP/SRT ingest, WebRTC and LL-HLS out), named by none of the
rounds written alongside.

- SEMS 1.4.3 (`vm1-syslog.log`, `conf1-syslog.log`: two hosts' rsyslog files, `Jun  7
  06:00:01 vm1 sems[2211]: [#7f3a2b4ff700] [main, sems.cpp:562] INFO: Starting RTP receiver`):
  SEMS is built with `_DEBUG`, so its syslog facility writes `[#%lx] [%s, %s:%d] %s: %s`
  (thread, function, file, line, level, message; log.cpp's SyslogLogFac, checked). The voicemail
  host answers calls for the PBX (voicemail, announcements), the conference host runs
  conference rooms. The start-up lines (`Logging initialized`, `Starting application timer
  scheduler`, `Starting session container`, `Starting media processor`, `Starting RTP
  receiver`, `Starting SIP stack (control interface)`, `Loading plug-ins`) and shutdown lines
  (`Disposing session container`, `Disposing RTP receiver`) were checked against sems.cpp; the
  1.4 RTP timeout warning `RTP Timeout detected. Last received packet is too old (diff.tv_sec =
  %i` (its parenthesis never closed) against AmRtpStream.cpp. The rest is written from memory:
  per call the session's start and end, the voicemail recorded, conference joins and leaves,
  prompt files that cannot be opened after a bad deploy 08:10-08:40, a carrier's RTP with an
  unsupported payload type, the SIP transport failing to send while the PBX is unreachable
  09:30-09:36, and the conference host restarted at 10:15.
- rtpproxy 2.1 (`media1-syslog.log`, `media2-syslog.log`: rtpproxy's asynchronous syslog in
  rsyslog files, `Jun  7 06:00:01 media1 rtpproxy[812]: INFO:GLOBAL:rtpp_command_ul_handle: new
  IPv4/IPv4 session ...`; the `LEVEL:call-id:function: ` head is format_sl's, checked against
  rtpp_log_stand.c). Kamailio's offer and answer per call (`new %s/%s session %.*s, tag %.*s
  requested, type %s` under GLOBAL, `new session on %s port %d created, tag %.*s` and `lookup on
  ports %d/%d, session timer restarted` under the call-id), the addresses latched
  (`callee's`/`caller's address latched in: %s:%d (RTP)` or `(RTCP)`: the side and the pipe
  are words picked by branch), the BYE (`forcefully deleting session %u on ports %d/%d`), the
  session's end (`RTP stats: ...`, `RTCP stats: ...`, `session on ports %d/%d is cleaned up`),
  calls that lose their BYE (`session timeout`), ptime-resized trunk calls (`RTP packets from
  %s will be resized to %d milliseconds`), an evening-like burst at 10:40-10:50 on media2
  (`proxy is overloaded, new session rejected`), a kamailio config push with a bad flag
  07:20-07:35 (`unknown command modifier `%c'`), port exhaustion on media1 at 08:55-09:05
  (`can't create listener`, `passed 80%% threshold on the open file descriptors limit (%d),
  ...`) and its restart (`rtpproxy started, pid %d`). Checked against rpcpv1_ul.c,
  rpcpv1_delete.c, rtpp_session.c and main.c; the latch message against rtpp_proc.c of an
  older release.
- mediasoup 3.12 in the mediasoup-demo server (`mediasoup-demo.log`: `docker logs` of the
  container, DEBUG=`*INFO* *WARN* *ERROR*`, the debug module's non-TTY layout
  `2024-06-07T06:00:01.123Z mediasoup-demo-server:INFO:Room message`, `%o` printed on one
  line). server.js's `running %d mediasoup Workers...`, `running an HTTPS server...`, `running
  protoo WebSocketServer...`, `protoo connection request [roomId:%s, peerId:%s, address:%s,
  origin:%s]`, `creating a new Room [roomId:%s]`, `mediasoup Worker resource usage [pid:%d]:
  %o` every two minutes per worker; Room.js's `last Peer in the room left, closing the room
  [roomId:%s]`, `handleProtooConnection() | there is already a protoo Peer with same peerId,
  closing it [peerId:%s]`, `request failed:%o`, `_createConsumer() | failed:%o`; the worker's
  warnings forwarded by Channel.ts as `[pid:%d] %s` (checked: the error branch writes `[pid:%d
  %s` without its bracket) with the C++ function prefix (`RTC::Transport::ReceiveRtpPacket() |
  no suitable Producer for received RTP packet [ssrc:%u, payloadType:%u]`), Channel's `request
  failed [method:%s, id:%s]: %s` (checked), and at 09:12 a worker killed by the OOM killer
  (`worker process died unexpectedly [pid:%d, code:%s, signal:%s]`, `mediasoup Worker died,
  exiting in 2 seconds... [pid:%d]`) and the container restarted.
- Wowza Streaming Engine 4.8.27 (`origin-wowzastreamingengine_access.log`,
  `edge1-wowzastreamingengine_access.log`: the access log's W3C layout, tab-separated, its
  `#Version`, `#Start-Date`, `#Software`, `#Date` and `#Fields` directives, then `x-severity
  x-category x-event date time c-client-id c-ip c-port cs-bytes sc-bytes x-duration x-sname
  x-stream-id x-spos sc-stream-bytes cs-stream-bytes x-file-size x-file-length x-ctx
  x-comment`). Encoders publishing to `live` on the origin (`session connect-pending`,
  `session connect`, `stream create`, `stream publish`, `stream unpublish`, `stream destroy`,
  `session disconnect`), the packetizers' comments (`MediaStreamMap.getLiveStreamPacketizer[%s]:
  Create live stream packetizer: %s`, `LiveStreamPacketizerCupertino.init[%s]:
  chunkDurationTarget: %d`), HLS viewers on the edge (`cupertino connect`, `stream play`,
  `cupertino destroy`), the edge's origin pulls (`LiveMediaStreamReceiver.doWatchdog:
  streamTimeout[%s]: Resetting connection: %s` while the origin is restarted at 09:45), a
  rejected encoder password 07:10-07:30 (`ModuleCoreSecurity.publishPasswordCheck[%s]:
  Authentication failed: %s`), restarts (`server server-start`, `vhost vhost-start`,
  `application app-start`, `server server-stop`). Written from memory (Wowza is closed source).
- OvenMediaEngine 0.16.5 (`ome-origin.log`, `ome-edge.log`: `docker logs` of two containers,
  spdlog's `[%Y-%m-%d %H:%M:%S.%e] %L [%N:%t] %n | %s:%-4# | %v`, `[2024-06-07 06:00:01.123] I
  [SPRTMP-t1935:31] RTMPProvider | rtmp_provider.cpp:176  | ...`; the layout checked against
  logger.cpp's pattern and its example line). Start-up (`OvenMediaEngine v%s is started on
  [%s] (OS: %s %s - %s, %s)`, `%s has been started on %s` per module), RTMP publishers
  (`A RTMP client has connected from %s`, `Stream has been created` after its `[#default#live/name(id)] ` prefix, the monitor's `Create
  StreamMetrics(%s/%s) for monitoring`, `Delete StreamMetrics(%s/%s) for monitoring`), WebRTC
  and LL-HLS viewers (`A new session has started playing %s on the %s publisher. %s(%u)/Stream
  total(%u)/App total(%u)`, `A session has been stopped playing %s on the %s publisher.
  Concurrent Viewers[%s(%u)/Stream total(%u)/App total(%u)]`), ICE timeouts from mobile
  viewers, the edge's OVT pulls failing while the origin restarts at 10:30 and a stream key
  already in use. Written from memory; least sure.

Label notes. The heads are context: syslog's time, host and ident, SEMS's `[#tid] [function,
file:line] LEVEL:`, rtpproxy's `LEVEL:call-id:function:`, debug's time and namespace, Channel's
`[pid:N] ` and the C++ worker's `RTC::Class::Method() | `, OME's time, level, thread, tag and
`file:line |`. Wowza's access rows are labelled as the set's access logs are: the category
and event are the statement (`stream publish`), the other columns values; a `comment` row is
labelled with its comment's format. The W3C directives are labelled line by line, as IIS's.
"""

from __future__ import annotations

import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round97 import Files, sec, syslog_ts
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


def arrivals(r: random.Random, t0: datetime, t1: datetime, mean: float) -> list[datetime]:
    """Poisson arrivals from t0 to t1 with `mean` seconds between them."""
    out, t = [], t0
    while True:
        t += sec(r.expovariate(1 / mean))
        if t >= t1:
            return out
        out.append(t)


def in_span(t: datetime, a: datetime, b: datetime) -> bool:
    return a <= t < b


# ------------------------------------------------------------------------------------- SEMS

SEMS_START = [
    ("init_logging", "log.cpp", 150, "Logging initialized"),
    ("main", "sems.cpp", 541, "Starting application timer scheduler"),
    ("main", "sems.cpp", 544, "Starting session container"),
    ("main", "sems.cpp", 552, "Starting media processor"),
    ("main", "sems.cpp", 562, "Starting RTP receiver"),
    ("main", "sems.cpp", 565, "Starting SIP stack (control interface)"),
    ("main", "sems.cpp", 570, "Loading plug-ins"),
]
SEMS_USERS = [
    "2001", "2002", "2005", "2011", "2014", "2020", "2031", "2032", "2040", "2047",
    "2052", "2063", "2071", "2088", "2090", "2101",
]  # fmt: skip
SEMS_CALLERS = [
    "+4930123456", "+4989555012", "+4940778899", "+441632960123", "+4922133344",
    "+4917612345678", "+4915201234567", "+4969876543", "anonymous", "+4971112233",
]  # fmt: skip
SEMS_ROOMS = ["7001", "7002", "7003", "7010", "7020"]


def sems(r: random.Random) -> list[Log]:
    fs = Files()
    pids = {"vm1": 2211, "conf1": 1874}

    def tid() -> str:
        return f"7f{r.randrange(0x10, 0xFF):02x}{r.randrange(0x10000, 0xFFFFF):05x}700"

    def S(
        host: str, t: datetime, th: str, fn: str, src: str, ln: int, lvl: str, label: str, msg: str
    ) -> datetime:
        pid = pids[host]
        return fs.add(
            f"{host}-syslog.log",
            t,
            label,
            lambda x: [
                f"{syslog_ts(x)} {host} sems[{pid}]: [#{th}] [{fn}, {src}:{ln}] {lvl}: {msg}"
            ],
            (host, pid, th),
            SEC,
        )

    def startup(host: str, t: datetime) -> datetime:
        th = tid()
        for fn, src, ln, msg in SEMS_START:
            t = S(host, t + sec(r.uniform(0.0, 0.3)), th, fn, src, ln, "INFO", msg, msg)
        for app in (
            ["voicemail", "announcement", "early_announce"]
            if host == "vm1"
            else ["conference", "announcement"]
        ):
            t = S(
                host,
                t + sec(r.uniform(0.0, 0.2)),
                th,
                "loadAppPlugIn",
                "AmPlugIn.cpp",
                468,
                "INFO",
                "application '%s' loaded.",
                f"application '{app}' loaded.",
            )
        return t

    for h in pids:
        startup(h, T0 + sec(r.uniform(0.5, 3)))

    bad_prompts = (at(8, 10), at(8, 40))
    pbx_down = (at(9, 30), at(9, 36))
    conf_restart = at(10, 15, 20)

    def rtp_timeout(host: str, t: datetime, th: str) -> None:
        S(
            host,
            t,
            th,
            "receive",
            "AmRtpStream.cpp",
            623,
            "WARNING",
            "RTP Timeout detected. Last received packet is too old (diff.tv_sec = %i",
            f"RTP Timeout detected. Last received packet is too old (diff.tv_sec = {r.choice([31, 31, 32, 33, 35])}",
        )

    # voicemail host: calls to voicemail and announcements
    for t in arrivals(r, T0 + sec(60), T_END - sec(120), 30):
        th = tid()
        caller = r.choice(SEMS_CALLERS)
        user = r.choice(SEMS_USERS)
        ltag = hexid(r, 8)
        if in_span(t, *pbx_down):
            S(
                "vm1",
                t,
                "7f1c2d0fe700",
                "send",
                "udp_trsp.cpp",
                236,
                "ERROR",
                "sendto: %s",
                "sendto: Network is unreachable",
            )
            continue
        kind = r.choices(["vm", "ann", "early"], [6, 3, 2])[0]
        if kind == "vm":
            t = S(
                "vm1",
                t,
                th,
                "onInvite",
                "AnswerMachine.cpp",
                612,
                "INFO",
                "new voicemail call from %s to %s",
                f"new voicemail call from {caller} to {user}",
            )
            if in_span(t, *bad_prompts):
                S(
                    "vm1",
                    t + sec(0.1),
                    th,
                    "open",
                    "AmAudioFile.cpp",
                    268,
                    "ERROR",
                    "file '%s' could not be opened: %s",
                    f"file '/usr/share/sems/audio/voicemail/{r.choice(['default_en.wav', 'greeting_set.wav', 'beep.wav'])}' could not be opened: No such file or directory",
                )
                S(
                    "vm1",
                    t + sec(0.2),
                    th,
                    "onSessionStart",
                    "AnswerMachine.cpp",
                    641,
                    "ERROR",
                    "could not open greeting for %s",
                    f"could not open greeting for {user}",
                )
                continue
            dur = r.uniform(6, 70)
            if r.random() < 0.05:
                rtp_timeout("vm1", t + sec(dur + 31), th)
                dur += 31
            elif r.random() < 0.8:
                S(
                    "vm1",
                    t + sec(dur),
                    th,
                    "saveMessage",
                    "AnswerMachine.cpp",
                    489,
                    "INFO",
                    "voicemail for %s saved: %s (%d bytes)",
                    f"voicemail for {user} saved: /var/spool/voicemail/default/{user}/{hexid(r, 16)}.wav ({r.randint(40, 560) * 1000 + r.randint(0, 999)} bytes)",
                )
            S(
                "vm1",
                t + sec(dur + 0.3),
                th,
                "onBye",
                "AmSession.cpp",
                872,
                "INFO",
                "Session %s: received BYE, terminating",
                f"Session {ltag}: received BYE, terminating",
            )
        elif kind == "ann":
            t = S(
                "vm1",
                t,
                th,
                "onInvite",
                "Announcement.cpp",
                119,
                "INFO",
                "playing announcement %s to %s",
                f"playing announcement /usr/share/sems/audio/{r.choice(['closed', 'holiday', 'queue_full', 'number_changed'])}.wav to {caller}",
            )
            if in_span(t, *bad_prompts):
                S(
                    "vm1",
                    t + sec(0.1),
                    th,
                    "open",
                    "AmAudioFile.cpp",
                    268,
                    "ERROR",
                    "file '%s' could not be opened: %s",
                    f"file '/usr/share/sems/audio/{r.choice(['closed', 'holiday'])}.wav' could not be opened: No such file or directory",
                )
        else:
            t = S(
                "vm1",
                t,
                th,
                "onInvite",
                "EarlyAnnounce.cpp",
                204,
                "INFO",
                "early media announcement for %s",
                f"early media announcement for {user}",
            )
            if r.random() < 0.07:
                S(
                    "vm1",
                    t + sec(0.4),
                    th,
                    "receive",
                    "AmRtpAudio.cpp",
                    168,
                    "WARNING",
                    "received RTP packet with unsupported payload type %i",
                    f"received RTP packet with unsupported payload type {r.choice([18, 18, 101, 96])}",
                )

    # conference host
    restart_done = [False]
    for t in arrivals(r, T0 + sec(90), T_END - sec(600), 48):
        if not restart_done[0] and t >= conf_restart:
            restart_done[0] = True
            th = tid()
            x = S(
                "conf1",
                conf_restart,
                th,
                "main",
                "sems.cpp",
                590,
                "INFO",
                "Disposing session container",
                "Disposing session container",
            )
            x = S(
                "conf1",
                x + sec(0.4),
                th,
                "main",
                "sems.cpp",
                597,
                "INFO",
                "Disposing RTP receiver",
                "Disposing RTP receiver",
            )
            pids["conf1"] = 31077
            startup("conf1", x + sec(r.uniform(4, 8)))
            continue
        if conf_restart <= t < conf_restart + sec(30):
            continue
        th = tid()
        room = r.choices(SEMS_ROOMS, [8, 5, 3, 2, 1])[0]
        who = r.choice(SEMS_CALLERS + SEMS_USERS)
        if in_span(t, *pbx_down):
            S(
                "conf1",
                t,
                "7f5e3a9fd700",
                "send",
                "udp_trsp.cpp",
                236,
                "ERROR",
                "sendto: %s",
                "sendto: Network is unreachable",
            )
            continue
        t = S(
            "conf1",
            t,
            th,
            "onInvite",
            "Conference.cpp",
            331,
            "INFO",
            "participant %s joined conference room %s",
            f"participant {who} joined conference room {room}",
        )
        if r.random() < 0.04:
            S(
                "conf1",
                t + sec(0.2),
                th,
                "onInvite",
                "Conference.cpp",
                352,
                "WARNING",
                "conference room %s is full (%d participants)",
                f"conference room {room} is full (20 participants)",
            )
            continue
        dur = r.uniform(60, 2400)
        if r.random() < 0.06:
            rtp_timeout("conf1", t + sec(dur), th)
        S(
            "conf1",
            t + sec(dur + 0.5),
            th,
            "onBye",
            "Conference.cpp",
            420,
            "INFO",
            "participant %s left conference room %s after %d seconds",
            f"participant {who} left conference room {room} after {int(dur)} seconds",
        )
    return fs.logs(T0)


# --------------------------------------------------------------------------------- rtpproxy

RP_PBX = ["10.20.0.11", "10.20.0.12"]
RP_CARRIER = ["198.51.100.40", "198.51.100.41", "203.0.113.77"]


def rtpproxy(r: random.Random) -> list[Log]:
    fs = Files()
    pids = {"media1": 812, "media2": 795}
    ports = {"media1": 35000, "media2": 35000}

    def R(host: str, t: datetime, lvl: str, cid: str, fn: str, label: str, msg: str) -> datetime:
        pid = pids[host]
        return fs.add(
            f"{host}-syslog.log",
            t,
            label,
            lambda x: [f"{syslog_ts(x)} {host} rtpproxy[{pid}]: {lvl}:{cid}:{fn}: {msg}"],
            (host, pid),
            SEC,
        )

    for h in pids:
        R(
            h,
            T0 + sec(r.uniform(0, 2)),
            "INFO",
            "GLOBAL",
            "main",
            "rtpproxy started, pid %d",
            f"rtpproxy started, pid {pids[h]}",
        )

    bad_flag = (at(7, 20), at(7, 35))
    exhaust = (at(8, 55), at(9, 5))
    restart1 = at(9, 6, 10)
    overload = (at(10, 40), at(10, 50))
    restarted = [False]

    def next_port(h: str) -> int:
        ports[h] += 2
        if ports[h] > 64998:
            ports[h] = 35000
        return ports[h]

    def call(h: str, t: datetime) -> None:
        cid = f"{hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}@{r.choice(RP_PBX)}"
        ftag = f"{hexid(r, 8)};1"
        f"as{hexid(r, 8)};1"
        if h == "media1" and in_span(t, *bad_flag):
            R(
                h,
                t,
                "ERR",
                "GLOBAL",
                "rtpp_command_ul_opts_parse",
                "unknown command modifier `%c'",
                "unknown command modifier `v'",
            )
            return
        t = R(
            h,
            t,
            "INFO",
            "GLOBAL",
            "rtpp_command_ul_handle",
            "new %s/%s session %.*s, tag %.*s requested, type %s",
            f"new IPv4/IPv4 session {cid}, tag {ftag} requested, type strong",
        )
        if h == "media2" and in_span(t, *overload) and r.random() < 0.6:
            R(
                h,
                t,
                "ERR",
                "GLOBAL",
                "rtpp_command_ul_handle",
                "proxy is overloaded, new session rejected",
                "proxy is overloaded, new session rejected",
            )
            return
        if h == "media1" and in_span(t, *exhaust):
            R(
                h,
                t,
                "ERR",
                "GLOBAL",
                "rtpp_command_ul_handle",
                "can't create listener",
                "can't create listener",
            )
            return
        p1 = next_port(h)
        t = R(
            h,
            t,
            "INFO",
            cid,
            "rtpp_command_ul_handle",
            "new session on %s port %d created, tag %.*s",
            f"new session on IPv4 port {p1} created, tag {ftag}",
        )
        trunk = r.random() < 0.25
        if trunk and r.random() < 0.5:
            R(
                h,
                t + sec(0.01),
                "INFO",
                cid,
                "rtpp_command_ul_handle",
                "RTP packets from %s will be resized to %d milliseconds",
                f"RTP packets from {r.choice(['caller', 'callee'])} will be resized to {r.choice([20, 30])} milliseconds",
            )
        ring = r.uniform(1.5, 25)
        if r.random() < 0.22:
            return_t = t + sec(ring)
            R(
                h,
                return_t,
                "INFO",
                cid,
                "rtpp_cmd_delete_ematch",
                "forcefully deleting session %u on ports %d/%d",
                f"forcefully deleting session 1 on ports {p1}/0",
            )
            end(h, return_t + sec(0.01), cid, p1, 0, 0)
            return
        p2 = next_port(h)
        t = R(
            h,
            t + sec(ring),
            "INFO",
            cid,
            "rtpp_command_ul_handle",
            "lookup on ports %d/%d, session timer restarted",
            f"lookup on ports {p1}/{p2}, session timer restarted",
        )
        callee = r.choice(RP_CARRIER) if trunk else f"10.30.{r.randint(1, 9)}.{r.randint(10, 250)}"
        caller = f"10.30.{r.randint(1, 9)}.{r.randint(10, 250)}"
        lat = t + sec(r.uniform(0.05, 0.6))
        lat = R(
            h,
            lat,
            "INFO",
            cid,
            "rtpp_stream_guess_addr",
            "callee's address latched in: %s:%d (RTP)",
            f"callee's address latched in: {callee}:{r.randrange(10000, 60000, 2)} (RTP)",
        )
        lat = R(
            h,
            lat + sec(r.uniform(0.01, 0.3)),
            "INFO",
            cid,
            "rtpp_stream_guess_addr",
            "caller's address latched in: %s:%d (RTP)",
            f"caller's address latched in: {caller}:{r.randrange(10000, 60000, 2)} (RTP)",
        )
        if r.random() < 0.55:
            lat = R(
                h,
                lat + sec(r.uniform(4, 6)),
                "INFO",
                cid,
                "rtpp_stream_guess_addr",
                "callee's address latched in: %s:%d (RTCP)",
                f"callee's address latched in: {callee}:{r.randrange(10001, 60001, 2)} (RTCP)",
            )
            R(
                h,
                lat + sec(r.uniform(0.01, 1)),
                "INFO",
                cid,
                "rtpp_stream_guess_addr",
                "caller's address latched in: %s:%d (RTCP)",
                f"caller's address latched in: {caller}:{r.randrange(10001, 60001, 2)} (RTCP)",
            )
        dur = r.lognormvariate(4.6, 1.0)
        n = int(dur * 50)
        if r.random() < 0.04:
            e = t + sec(dur + 60)
            e = R(h, e, "INFO", cid, "rtpp_ttl_expire", "session timeout", "session timeout")
        else:
            e = R(
                h,
                t + sec(dur),
                "INFO",
                cid,
                "rtpp_cmd_delete_ematch",
                "forcefully deleting session %u on ports %d/%d",
                f"forcefully deleting session 1 on ports {p1}/{p2}",
            )
        end(h, e + sec(0.001), cid, p1, p2, n)

    def end(h: str, t: datetime, cid: str, p1: int, p2: int, n: int) -> None:
        a = n + r.randint(-30, 30) if n else 0
        b = n + r.randint(-30, 30) if n else 0
        t = R(
            h,
            t,
            "INFO",
            cid,
            "rtpp_session_dtor",
            "RTP stats: %lu in from callee, %lu in from caller, %lu relayed, %lu dropped, %lu ignored",
            f"RTP stats: {max(a, 0)} in from callee, {max(b, 0)} in from caller, {max(a + b - 3, 0)} relayed, {r.choice([0, 0, 0, 1, 2, 5])} dropped, 0 ignored",
        )
        rc = n // 250
        t = R(
            h,
            t,
            "INFO",
            cid,
            "rtpp_session_dtor",
            "RTCP stats: %lu in from callee, %lu in from caller, %lu relayed, %lu dropped, %lu ignored",
            f"RTCP stats: {rc} in from callee, {rc + r.randint(0, 1) if rc else 0} in from caller, {max(2 * rc - 1, 0)} relayed, 0 dropped, 0 ignored",
        )
        R(
            h,
            t,
            "INFO",
            cid,
            "rtpp_session_dtor",
            "session on ports %d/%d is cleaned up",
            f"session on ports {p1}/{p2} is cleaned up",
        )

    R(
        "media1",
        at(8, 52, 13),
        "WARN",
        "GLOBAL",
        "rtpp_command_ul_handle",
        "passed 80%% threshold on the open file descriptors limit (%d), consider increasing the limit using -L command line option",
        "passed 80% threshold on the open file descriptors limit (1024), consider increasing the limit using -L command line option",
    )
    for t in arrivals(r, T0 + sec(5), T_END - sec(900), 80):
        h = "media1" if r.random() < 0.55 else "media2"
        if h == "media2" and in_span(t, *overload):
            for k in range(r.randint(2, 4)):
                call(h, t + sec(k * 0.3))
        if h == "media1" and not restarted[0] and t >= restart1:
            restarted[0] = True
            pids["media1"] = 20431
            R(
                h,
                restart1,
                "INFO",
                "GLOBAL",
                "main",
                "rtpproxy started, pid %d",
                "rtpproxy started, pid 20431",
            )
        if h == "media1" and exhaust[1] <= t < restart1 + sec(5):
            continue
        call(h, t)
    return fs.logs(T0)


# -------------------------------------------------------------------------------- mediasoup

MS_ROOMS = [
    "standup-eng",
    "sales-weekly",
    "ops-bridge",
    "allhands",
    "design-review",
    "support-escalation",
    "interview-3",
    "board-prep",
]
MS_ORIGIN = "https://meet.corp.example"


def iso_z(t: datetime) -> str:
    return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond // 1000:03d}Z"


def mediasoup(r: random.Random) -> list[Log]:
    fs = Files()
    f = "mediasoup-demo.log"

    crash = at(9, 12, 41.2)
    restart_at = crash + sec(2.6)

    def M(t: datetime, ns: str, label: str, msg: str) -> datetime:
        return fs.add(f, t, label, lambda x: [f"{iso_z(x)} {ns} {msg}"], int(t >= restart_at), MS)

    def boot(t: datetime) -> list[int]:
        base = r.randint(20, 60)
        pids = [base + i for i in range(4)]
        t = M(
            t,
            "mediasoup-demo-server:INFO",
            "running %d mediasoup Workers...",
            "running 4 mediasoup Workers...",
        )
        t = M(
            t + sec(0.35),
            "mediasoup-demo-server:INFO",
            "running an HTTPS server...",
            "running an HTTPS server...",
        )
        M(
            t + sec(0.02),
            "mediasoup-demo-server:INFO",
            "running protoo WebSocketServer...",
            "running protoo WebSocketServer...",
        )
        return pids

    first = boot(T0 + sec(2))
    second = boot(restart_at + sec(1.2))
    rooms: dict[str, datetime] = {}

    def usage(t: datetime, pid: int, k: int) -> None:
        utime = 1200 + k * r.randint(900, 4000)
        obj = f"{{ ru_utime: {utime}, ru_stime: {utime // 3 + r.randint(0, 99)}, ru_maxrss: {r.randint(60000, 190000)}, ru_ixrss: 0, ru_idrss: 0, ru_isrss: 0, ru_minflt: {r.randint(9000, 60000)}, ru_majflt: 0, ru_nswap: 0, ru_inblock: 0, ru_oublock: {r.randint(0, 64)}, ru_msgsnd: 0, ru_msgrcv: 0, ru_nsignals: 0, ru_nvcsw: {r.randint(10000, 900000)}, ru_nivcsw: {r.randint(100, 9000)} }}"
        M(
            t,
            "mediasoup-demo-server:INFO",
            "mediasoup Worker resource usage [pid:%d]: %o",
            f"mediasoup Worker resource usage [pid:{pid}]: {obj}",
        )

    k = 0
    for t in every(r, T0 + sec(122), T_END, 120, 0.2):
        k += 1
        if crash - sec(1) <= t < restart_at + sec(120):
            continue
        for p in first if t < crash else second:
            usage(t + sec(r.uniform(0, 0.05)), p, k)

    # conferences: rooms opened through the day, peers joining
    joins = arrivals(r, T0 + sec(30), T_END - sec(300), 22)
    for t in joins:
        if crash <= t < restart_at + sec(10):
            continue
        room = r.choices(MS_ROOMS, [9, 4, 6, 2, 3, 3, 2, 1])[0]
        peer = hexid(r, 8)
        addr = f"{r.choice(['10.8', '10.9', '172.16'])}.{r.randint(0, 40)}.{r.randint(2, 250)}"
        M(
            t,
            "mediasoup-demo-server:INFO",
            "protoo connection request [roomId:%s, peerId:%s, address:%s, origin:%s]",
            f"protoo connection request [roomId:{room}, peerId:{peer}, address:{addr}, origin:{MS_ORIGIN}]",
        )
        if room not in rooms or rooms[room] < t:
            M(
                t + sec(0.003),
                "mediasoup-demo-server:INFO",
                "creating a new Room [roomId:%s]",
                f"creating a new Room [roomId:{room}]",
            )
            life = r.uniform(600, 3600)
            rooms[room] = t + sec(life)
            end = t + sec(life)
            if not (end > crash and t < crash) and end < T_END:
                M(
                    end,
                    "mediasoup-demo-server:INFO:Room",
                    "last Peer in the room left, closing the room [roomId:%s]",
                    f"last Peer in the room left, closing the room [roomId:{room}]",
                )
        if r.random() < 0.05:
            M(
                t + sec(r.uniform(5, 40)),
                "mediasoup-demo-server:WARN:Room",
                "handleProtooConnection() | there is already a protoo Peer with same peerId, closing it [peerId:%s]",
                f"handleProtooConnection() | there is already a protoo Peer with same peerId, closing it [peerId:{peer}]",
            )
        if r.random() < 0.035:
            M(
                t + sec(r.uniform(1, 3)),
                "mediasoup-demo-server:ERROR:Room",
                "request failed:Error: Peer not yet joined",
                f"request failed:Error: Peer not yet joined at Room._handleProtooRequest (/service/lib/Room.js:{r.choice([1042, 1042, 1187])}:12) at async Room._handleProtooRequest (/service/lib/Room.js:{r.choice([731, 731, 760])}:7)",
            )
        if r.random() < 0.03:
            M(
                t + sec(r.uniform(2, 9)),
                "mediasoup-demo-server:WARN:Room",
                "_createConsumer() | failed:InvalidStateError: Channel closed",
                "_createConsumer() | failed:InvalidStateError: Channel closed at Channel.request (/service/node_modules/mediasoup/node/lib/Channel.js:196:19) at Transport.consume (/service/node_modules/mediasoup/node/lib/Transport.js:444:44)",
            )

    # worker warnings in bursts (a broken SIP gateway's RTP, mis-signalled simulcast)
    for t in arrivals(r, T0 + sec(200), T_END, 55):
        if crash - sec(5) <= t < restart_at + sec(5):
            continue
        p = r.choice(first if t < crash else second)
        n = r.choice([1, 1, 1, 2, 3, 6])
        for i in range(n):
            tt = t + sec(i * r.uniform(0.02, 1.5))
            kind = r.choices(["noprod", "pli", "req"], [7, 2, 1])[0]
            if kind == "noprod":
                M(
                    tt,
                    "mediasoup:WARN:Channel",
                    "no suitable Producer for received RTP packet [ssrc:%u, payloadType:%u]",
                    f"[pid:{p}] RTC::Transport::ReceiveRtpPacket() | no suitable Producer for received RTP packet [ssrc:{r.randint(10**8, 4 * 10**9)}, payloadType:{r.choice([96, 100, 101, 111, 127])}]",
                )
            elif kind == "pli":
                M(
                    tt,
                    "mediasoup:WARN:Channel",
                    "no Consumer found for received PLI Feedback packet [sender ssrc:%u, media ssrc:%u]",
                    f"[pid:{p}] RTC::Transport::HandleRtcpPacket() | no Consumer found for received PLI Feedback packet [sender ssrc:1, media ssrc:{r.randint(10**8, 4 * 10**9)}]",
                )
            else:
                M(
                    tt,
                    "mediasoup:WARN:Channel",
                    "request failed [method:%s, id:%s]: connect() already called [method:%s]",
                    f"request failed [method:transport.connect, id:{r.randint(100, 90000)}]: connect() already called [method:transport.connect]",
                )

    # the OOM kill at 09:12
    victim = first[2]
    M(
        crash - sec(0.8),
        "mediasoup:ERROR:Channel",
        "Producer Channel error: %s",
        "Producer Channel error: Error: write EPIPE",
    )
    M(
        crash,
        "mediasoup:ERROR:Worker",
        "worker process died unexpectedly [pid:%d, code:%s, signal:%s]",
        f"worker process died unexpectedly [pid:{victim}, code:null, signal:SIGKILL]",
    )
    M(
        crash + sec(0.001),
        "mediasoup-demo-server:ERROR",
        "mediasoup Worker died, exiting in 2 seconds... [pid:%d]",
        f"mediasoup Worker died, exiting in 2 seconds... [pid:{victim}]",
    )
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ Wowza

WZ_FIELDS = "x-severity\tx-category\tx-event\tdate\ttime\tc-client-id\tc-ip\tc-port\tcs-bytes\tsc-bytes\tx-duration\tx-sname\tx-stream-id\tx-spos\tsc-stream-bytes\tcs-stream-bytes\tx-file-size\tx-file-length\tx-ctx\tx-comment"
WZ_VERSION = "4.8.27+1 build20240126130221"
WZ_STREAMS = ["ch1", "ch2", "studio-a", "studio-b", "events-main", "sports-feed"]
WZ_ENCODERS = ["10.40.1.21", "10.40.1.22", "10.40.1.23", "192.0.2.80", "198.51.100.14"]


def wowza(r: random.Random) -> list[Log]:
    fs = Files()
    seq = {"origin": 0, "edge1": 0}

    def row(
        host: str,
        t: datetime,
        label: str,
        sev: str,
        cat: str,
        evt: str,
        cols: list[str],
        ctx: str,
        comment: str,
    ) -> datetime:
        """cols: c-client-id, c-ip, c-port, cs-bytes, sc-bytes, x-sname, x-stream-id, x-duration."""
        c, ip, port, csb, scb, sname, sid, dur = cols

        def text(x: datetime) -> list[str]:
            f = [
                sev,
                cat,
                evt,
                f"{x:%Y-%m-%d}",
                f"{x:%H:%M:%S}",
                c,
                ip,
                port,
                csb,
                scb,
                dur,
                sname,
                sid,
                "-",
                "-",
                "-",
                "-",
                "-",
                ctx,
                comment,
            ]
            return ["\t".join(f)]

        return fs.add(
            f"{host}-wowzastreamingengine_access.log", t, label, text, (host, seq[host]), SEC
        )

    def header(host: str, t: datetime) -> datetime:
        for lab, line in [
            ("#Version: %s", "#Version: 1.0"),
            ("#Start-Date: %s", f"#Start-Date: {t:%Y-%m-%d %H:%M:%S} UTC"),
            (
                "#Software: Wowza Streaming Engine %s",
                f"#Software: Wowza Streaming Engine {WZ_VERSION}",
            ),
            ("#Date: %s", f"#Date: {t:%Y-%m-%d}"),
            ("#Fields: %s", f"#Fields: {WZ_FIELDS}"),
        ]:
            fs.add(
                f"{host}-wowzastreamingengine_access.log",
                t,
                lab,
                lambda x, s=line: [s],
                (host, "hdr", lab),
                SEC,
            )
        return t

    def dash(n: int) -> list[str]:
        return ["-"] * n

    def server_start(host: str, t: datetime) -> datetime:
        header(host, t)
        t += sec(r.uniform(2, 4))
        t = row(
            host,
            t,
            "server server-start",
            "INFO",
            "server",
            "server-start",
            [*dash(7), f"{r.uniform(0.01, 0.05):.3f}"],
            "-",
            f"Wowza Streaming Engine 4 Perpetual Edition {WZ_VERSION}",
        )
        t = row(
            host,
            t + sec(0.5),
            "vhost vhost-start",
            "INFO",
            "vhost",
            "vhost-start",
            [*dash(7), f"{r.uniform(0.2, 0.6):.3f}"],
            "_defaultVHost_",
            "-",
        )
        apps = ["live"] if host == "origin" else ["liveedge"]
        for a in apps:
            t = row(
                host,
                t + sec(r.uniform(1, 3)),
                "application app-start",
                "INFO",
                "application",
                "app-start",
                [*dash(7), f"{r.uniform(1, 3):.3f}"],
                "_definst_",
                f"{a}/_definst_",
            )
        return t

    server_start("origin", T0 - sec(3600 * 2) + sec(r.uniform(0, 30)))
    server_start("edge1", T0 - sec(3600 * 2) + sec(r.uniform(40, 90)))
    restart = at(9, 45, 5)
    bad_pw = (at(7, 10), at(7, 30))
    live: dict[str, bool] = {}

    def cid() -> str:
        return str(r.randint(10**8, 2 * 10**9))

    # encoders publishing
    def publish(t: datetime, name: str) -> None:
        c, ip = cid(), r.choice(WZ_ENCODERS)
        port = str(r.randint(40000, 65000))
        t = row(
            "origin",
            t,
            "session connect-pending",
            "INFO",
            "session",
            "connect-pending",
            [c, ip, port, "3345", "3073", "-", "-", "0.002"],
            ip,
            "-",
        )
        t = row(
            "origin",
            t + sec(0.01),
            "session connect",
            "INFO",
            "session",
            "connect",
            [c, ip, port, "3345", "3073", "-", "-", "0.004"],
            ip,
            "-",
        )
        if in_span(t, *bad_pw) and name == "events-main":
            row(
                "origin",
                t + sec(0.2),
                "ModuleCoreSecurity.publishPasswordCheck[%s]: Authentication failed: %s",
                "WARN",
                "server",
                "comment",
                [*dash(7), "-"],
                "-",
                f"ModuleCoreSecurity.publishPasswordCheck[live/_definst_/{name}]: Authentication failed: encoder-events",
            )
            row(
                "origin",
                t + sec(0.6),
                "session disconnect",
                "INFO",
                "session",
                "disconnect",
                [c, ip, port, "3811", "3480", "-", "-", f"{r.uniform(0.5, 1):.3f}"],
                c,
                "-",
            )
            return
        sid = str(r.randint(1, 9))
        t = row(
            "origin",
            t + sec(0.05),
            "stream create",
            "INFO",
            "stream",
            "create",
            [c, ip, port, "3811", "3480", "-", sid, "0.001"],
            "-",
            "-",
        )
        t = row(
            "origin",
            t + sec(0.05),
            "stream publish",
            "INFO",
            "stream",
            "publish",
            [c, ip, port, "4012", "3701", name, sid, "0.001"],
            name,
            "-",
        )
        t = row(
            "origin",
            t + sec(0.3),
            "MediaStreamMap.getLiveStreamPacketizer[%s]: Create live stream packetizer: %s",
            "INFO",
            "server",
            "comment",
            dash(8),
            "-",
            f"MediaStreamMap.getLiveStreamPacketizer[live/_definst_/{name}]: Create live stream packetizer: cupertinostreamingpacketizer:{name}",
        )
        t = row(
            "origin",
            t + sec(0.01),
            "LiveStreamPacketizerCupertino.init[%s]: chunkDurationTarget: %d",
            "INFO",
            "server",
            "comment",
            dash(8),
            "-",
            f"LiveStreamPacketizerCupertino.init[live/_definst_/{name}]: chunkDurationTarget: 10000",
        )
        live[name] = True

    def unpublish(t: datetime, name: str) -> None:
        c, ip = cid(), r.choice(WZ_ENCODERS)
        port = str(r.randint(40000, 65000))
        big = str(r.randint(10**8, 9 * 10**9))
        d = f"{r.uniform(600, 9000):.3f}"
        t = row(
            "origin",
            t,
            "stream unpublish",
            "INFO",
            "stream",
            "unpublish",
            [c, ip, port, big, "4870", name, "1", d],
            name,
            "-",
        )
        t = row(
            "origin",
            t + sec(0.01),
            "stream destroy",
            "INFO",
            "stream",
            "destroy",
            [c, ip, port, big, "4870", name, "1", d],
            name,
            "-",
        )
        row(
            "origin",
            t + sec(0.2),
            "session disconnect",
            "INFO",
            "session",
            "disconnect",
            [c, ip, port, big, "5120", "-", "-", d],
            c,
            "-",
        )
        live[name] = False

    for name in WZ_STREAMS[:4]:
        live[name] = True
    # encoder churn through the day
    for t in arrivals(r, T0 + sec(120), T_END - sec(60), 420):
        if in_span(t, restart - sec(30), restart + sec(120)):
            continue
        name = r.choice(WZ_STREAMS)
        if live.get(name):
            unpublish(t, name)
            publish(t + sec(r.uniform(5, 40)), name)
        else:
            publish(t, name)
    for t in arrivals(r, bad_pw[0], bad_pw[1], 25):
        publish(t, "events-main")

    # origin restart at 09:45
    row(
        "origin",
        restart,
        "server server-stop",
        "INFO",
        "server",
        "server-stop",
        [*dash(7), "-"],
        "-",
        f"Wowza Streaming Engine 4 Perpetual Edition {WZ_VERSION}",
    )
    seq["origin"] += 1
    t = server_start("origin", restart + sec(r.uniform(20, 30)))
    for name in WZ_STREAMS[:4]:
        publish(t + sec(r.uniform(5, 30)), name)
    for t in every(r, restart + sec(6), restart + sec(60), 10, 1):
        for name in r.sample(WZ_STREAMS[:4], 3):
            row(
                "edge1",
                t,
                "LiveMediaStreamReceiver.doWatchdog: streamTimeout[%s]: Resetting connection: %s",
                "WARN",
                "server",
                "comment",
                dash(8),
                "-",
                f"LiveMediaStreamReceiver.doWatchdog: streamTimeout[liveedge/_definst_/{name}]: Resetting connection: wowz://origin.stream.corp.example:1935/live/_definst_/{name}",
            )

    # HLS viewers on the edge
    for t in arrivals(r, T0, T_END - sec(120), 42):
        name = r.choices(WZ_STREAMS[:4] + WZ_STREAMS[4:], [9, 6, 3, 2, 4, 2])[0]
        c = cid()
        ip = f"{r.choice(['100.64', '10.60', '172.20'])}.{r.randint(0, 200)}.{r.randint(2, 250)}"
        t = row(
            "edge1",
            t,
            "cupertino connect",
            "INFO",
            "cupertino",
            "connect",
            [c, ip, "-", "0", "0", "-", "-", "0.0"],
            c,
            "-",
        )
        t = row(
            "edge1",
            t + sec(0.01),
            "stream play",
            "INFO",
            "stream",
            "play",
            [c, ip, "-", "0", "0", name, "-", "0.001"],
            name,
            "-",
        )
        d = r.lognormvariate(6, 1.1)
        if t + sec(d) < T_END:
            row(
                "edge1",
                t + sec(d),
                "cupertino destroy",
                "INFO",
                "cupertino",
                "destroy",
                [c, ip, "-", str(int(d * 1900)), str(int(d * 260000)), name, "-", f"{d:.3f}"],
                c,
                "-",
            )
    return fs.logs(T0 - sec(7200))


# -------------------------------------------------------------------------- OvenMediaEngine

OME_STREAMS = [
    "cam-lobby",
    "cam-dock",
    "webinar",
    "town-hall",
    "training-1",
    "training-2",
    "product-launch",
]


def ovenmediaengine(r: random.Random) -> list[Log]:
    fs = Files()
    gen = {"origin": 0, "edge": 0}

    def OL(
        host: str, t: datetime, lvl: str, th: str, tag: str, src: str, label: str, msg: str
    ) -> datetime:
        return fs.add(
            f"ome-{host}.log",
            t,
            label,
            lambda x: [
                f"[{x:%Y-%m-%d %H:%M:%S}.{x.microsecond // 1000:03d}] {lvl} [{th}] {tag} | {src:<5}| {msg}"
            ],
            (host, gen[host]),
            MS,
        )

    def start(host: str, t: datetime) -> datetime:
        tid = r.randint(1, 9)
        main = f"OvenMediaEngine:{tid}"
        t = OL(
            host,
            t,
            "I",
            main,
            "OvenMediaEngine",
            "main.cpp:227 ",
            "OvenMediaEngine v%s is started on [%s] (OS: %s %s - %s, %s)",
            f"OvenMediaEngine v0.16.5 (v0.16.5) is started on [ome-{host}] (OS: Linux 5.15.0-107-generic - #117-Ubuntu SMP, x86_64)",
        )
        mods = [
            ("OVT Publisher", "ovt_publisher.cpp:73  "),
            ("WebRTC Publisher", "webrtc_publisher.cpp:179 "),
            ("LLHLS Publisher", "llhls_publisher.cpp:102 "),
        ]
        if host == "origin":
            mods = [
                ("RTMP Provider", "rtmp_provider.cpp:71  "),
                ("SRT Provider", "srt_provider.cpp:70  "),
                *mods,
            ]
        else:
            mods = [("OVT Provider", "ovt_provider.cpp:59  "), *mods]
        for name, src in mods:
            t = OL(
                host,
                t + sec(r.uniform(0.01, 0.1)),
                "I",
                main,
                "Orchestrator",
                src,
                "%s has been started on %s",
                f"{name} has been started on {'0.0.0.0:1935' if 'RTMP' in name else '0.0.0.0:9999' if 'SRT' in name else '0.0.0.0:9000' if 'OVT' in name else '0.0.0.0:3333 (WebSocket)' if 'WebRTC' in name else '0.0.0.0:3334 (HTTP)'}",
            )
        t = OL(
            host,
            t + sec(0.05),
            "I",
            main,
            "Monitor",
            "application_metrics.cpp:26  ",
            "Create ApplicationMetrics(%s/%s) for monitoring",
            f"Create ApplicationMetrics({'live' if host == 'origin' else 'edge'}/#default#{'live' if host == 'origin' else 'edge'}) for monitoring",
        )
        return t

    start("origin", T0 - sec(600))
    start("edge", T0 - sec(580))
    restart = at(10, 30, 12)
    active: dict[str, bool] = {}
    viewers: dict[tuple[str, str], int] = {}

    def created(host: str, t: datetime, name: str) -> datetime:
        th = f"StreamWorker:{r.randint(40, 90)}"
        app = "live" if host == "origin" else "edge"
        t = OL(
            host,
            t,
            "I",
            th,
            "MediaRouter",
            "mediarouter_application.cpp:413 ",
            "Stream has been created",
            f"[#default#{app}/{name}({r.randint(10**8, 4 * 10**9)})] Stream has been created",
        )
        return OL(
            host,
            t + sec(0.002),
            "I",
            th,
            "Monitor",
            "stream_metrics.cpp:39  ",
            "Create StreamMetrics(%s/%s) for monitoring",
            f"Create StreamMetrics({name}/#default#{app}) for monitoring",
        )

    def deleted(host: str, t: datetime, name: str) -> datetime:
        app = "live" if host == "origin" else "edge"
        th = f"StreamWorker:{r.randint(40, 90)}"
        return OL(
            host,
            t,
            "I",
            th,
            "Monitor",
            "stream_metrics.cpp:25  ",
            "Delete StreamMetrics(%s/%s) for monitoring",
            f"Delete StreamMetrics({name}/#default#{app}) for monitoring",
        )

    def publish(t: datetime, name: str) -> None:
        if active.get(name):
            OL(
                "origin",
                t,
                "E",
                "SPRTMP-t1935:31",
                "RTMPProvider",
                "rtmp_stream.cpp:1290",
                "Stream %s is already published",
                f"Stream #default#live/{name} is already published",
            )
            return
        ip = f"{r.choice(['10.40.2', '192.0.2', '198.51.100'])}.{r.randint(2, 250)}:{r.randint(40000, 65000)}"
        t = OL(
            "origin",
            t,
            "I",
            "SPRTMP-t1935:31",
            "RTMPProvider",
            "rtmp_provider.cpp:117 ",
            "A RTMP client has connected from %s",
            f"A RTMP client has connected from {ip}",
        )
        created("origin", t + sec(r.uniform(0.2, 1.2)), name)
        active[name] = True

    def unpublish(t: datetime, name: str) -> None:
        OL(
            "origin",
            t,
            "I",
            "SPRTMP-t1935:31",
            "RTMPProvider",
            "rtmp_provider.cpp:142 ",
            "The RTMP client has disconnected: [%s]",
            f"The RTMP client has disconnected: [#default#live/{name}]",
        )
        deleted("origin", t + sec(0.01), name)
        active[name] = False

    for name in OME_STREAMS[:3]:
        publish(T0 - sec(r.uniform(100, 400)), name)
    for t in arrivals(r, T0 + sec(60), T_END - sec(60), 380):
        if in_span(t, restart - sec(10), restart + sec(90)):
            continue
        name = r.choices(OME_STREAMS, [6, 4, 3, 2, 2, 2, 1])[0]
        if active.get(name) and r.random() < 0.8:
            unpublish(t, name)
        else:
            publish(t, name)

    # viewers: WebRTC on the edge and LL-HLS on the origin
    for t in arrivals(r, T0, T_END - sec(30), 22):
        live_now = [n for n, v in active.items() if v]
        if not live_now or r.random() < 0.06:
            off = r.choice([n for n in OME_STREAMS if n not in live_now])
            OL(
                "edge",
                t,
                "E",
                "SPICE-t3333:22",
                "WebRTC Publisher",
                "webrtc_publisher.cpp:417 ",
                "Cannot find stream (%s/%s)",
                f"Cannot find stream (#default#edge/{off})",
            )
            continue
        name = r.choice(live_now)
        host, pub = r.choices([("edge", "WebRTC"), ("origin", "LLHLS")], [7, 3])[0]
        app = "live" if host == "origin" else "edge"
        if host == "edge" and in_span(t, restart, restart + sec(75)):
            continue
        key = (host, name)
        viewers[key] = viewers.get(key, 0) + 1
        n = viewers[key]
        th = "SPICE-t3333:22" if pub == "WebRTC" else "SPLLHLS-t3334:26"
        t = OL(
            host,
            t,
            "I",
            th,
            "Monitor",
            "stream_metrics.cpp:131 ",
            "A new session has started playing %s on the %s publisher. %s(%u)/Stream total(%u)/App total(%u)",
            f"A new session has started playing #default#{app}/{name} on the {pub} publisher. {pub}({n})/Stream total({n})/App total({sum(v for (h, _), v in viewers.items() if h == host)})",
        )
        if pub == "WebRTC" and r.random() < 0.07:
            OL(
                host,
                t + sec(r.uniform(30, 31)),
                "W",
                "SPICE-t10000:21",
                "ICE",
                "ice_port.cpp:1107",
                "Agent [%s] has expired",
                f"Agent [{r.choice(['10.60', '100.64', '172.20'])}.{r.randint(0, 200)}.{r.randint(2, 250)}:{r.randint(40000, 65000)}] has expired",
            )
        d = r.lognormvariate(5.5, 1.0)
        if t + sec(d) < T_END:
            viewers[key] -= 1
            m = viewers[key]
            OL(
                host,
                t + sec(d),
                "I",
                th,
                "Monitor",
                "stream_metrics.cpp:151 ",
                "A session has been stopped playing %s on the %s publisher. Concurrent Viewers[%s(%u)/Stream total(%u)/App total(%u)]",
                f"A session has been stopped playing #default#{app}/{name} on the {pub} publisher. Concurrent Viewers[{pub}({max(m, 0)})/Stream total({max(m, 0)})/App total({max(sum(v for (h, _), v in viewers.items() if h == host), 0)})]",
            )

    # edge pulls from the origin: created at each first viewer; the origin restart at 10:30
    for name in OME_STREAMS[:3]:
        created("edge", T0 - sec(r.uniform(50, 90)), name)
    gen["origin"] += 1
    OL(
        "origin",
        restart - sec(0.5),
        "I",
        "OvenMediaEngine:1",
        "OvenMediaEngine",
        "main.cpp:253 ",
        "Trying to terminate OvenMediaEngine...",
        "Trying to terminate OvenMediaEngine...",
    )
    start("origin", restart + sec(6))
    for t in every(r, restart + sec(1), restart + sec(60), 5, 0.5):
        for name in r.sample(OME_STREAMS[:3], 2):
            OL(
                "edge",
                t,
                "E",
                "OvtProvider:12",
                "OvtProvider",
                "ovt_stream.cpp:261 ",
                "Cannot connect to origin server (%s) : %s",
                f"Cannot connect to origin server (ovt://ome-origin:9000/live/{name}) : Connection refused (111)",
            )
    return fs.logs(T0 - sec(700))


SYSTEMS = {
    "sems": sems,
    "rtpproxy": rtpproxy,
    "mediasoup": mediasoup,
    "wowza": wowza,
    "ovenmediaengine": ovenmediaengine,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
