#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 186 (rtpengine, kurento, livekit, ant-media, srs) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five real-time media servers, 06:00 to 12:00 on
2024-06-07; none of them was in the set (Janus, MediaMTX, coturn, Jitsi, Owncast and Icecast are).

- rtpengine mr11.5 (`rtp1-rtpengine.log`, `rtp2-rtpengine.log`: rsyslog's RFC 3339 file lines,
  Debian 12's default, `2024-06-07T06:21:34.424616+00:00 rtp1 rtpengine[1402]: INFO:
  [call-id]: [control] Received command 'offer' from 10.20.0.5:57790`): two media relays behind
  one Kamailio. Each call's `Received command '%s' from %s` / `Replying to '%s' from %s (elapsed
  time %llu.%06llu sec)` for offer, answer and delete, `Creating new call`, `Confirmed peer
  address as %s` and `Kernelizing media stream: %s -> %s | %s -> %s` under the stream's `[call-id
  port N]` prefix, `Scheduling deletion of entire call in %d seconds` and, 30 s later, the
  `Final packet stats:` block (`--- Tag '%s', created %u:%02u ago for branch '%s'`, the
  subscription lines, `------ Media #%u (%s over %s) using %s`, the padded `--------- Port
  %15s:%-5u <> %15s:%-5u[ (RTCP)], SSRC %x, ...` lines); the carrier 203.0.113.50 losing media
  07:40-07:52 (`Closing call due to timeout`, then Kamailio's deletes: `Call-ID to delete not
  found`), rtp2 restarted at 08:52 (`Version %s shutting down`, `Startup complete, version %s`,
  an answer for a lost call: `Protocol error in packet from %s: Unknown call-id [%s]` with the
  bencoded request), rtp1's port range cut by a config push 10:05-10:21 (`Failed to get %u
  consecutive ports on all locals of logical '%s'`, `Error allocating media ports`, `Destroying
  call`, the stats with `using unknown codec`, `Protocol error ...: Ran out of ports [%s]`, the
  call retried on rtp2) until rtp1 is restarted. A message over 500 characters is written by
  rtpengine as several syslog lines, ` ...` ending one and `... ` opening the next: the later
  ones continue the event (no label); rsyslog writes the SDP's CR LF as `#015#012`.
- Kurento Media Server 7.0 (`2024-06-07T000000.00000.pid1184.log` and, after the restart,
  `2024-06-07T105244.90213.pid30871.log`: its Boost.Log files, `2024-06-07T06:01:58,956920 1184
  0x00007f1d3e804640    info KurentoWebRtcEndpointImpl WebRtcEndpointImpl.cpp:381
  WebRtcEndpointImpl()  No QOS-DSCP value set`, the level right-aligned in 7, the category padded
  to 25, a GObject's `<name> ` before the message) at the default GST_DEBUG levels: a webinar
  platform creating WebRtcEndpoints (each logging `No QOS-DSCP value set`, `Removing not
  supported codec '%s'` for H.264 without openh264, `Predefined external IPv4 address: %s`,
  `Predefined TURN relay server: %s`), calls bridged to a PBX (`TRANSCODING ACTIVE for audio` /
  `video`), a probe pointed at the wrong WebSocket path 07:10-07:50 (`Invalid path "%s", closing
  connection`), an application server restarted at 08:30 (`Could not send response to client:
  %s`, `Erasing old connection associated with: %s`), a thread leak 10:38-10:52 (`Reached KMS
  threads limit: %d (system max: %d); ...` per create) until KMS kills itself (`Resources over
  the limit, server will be killed: %s`, `Kurento Media Server stopped`), the new process's
  start-up (`Logs storage path set to %s`, the version, the kill limit, the WebSocket servers,
  `Kurento Media Server started`, the first endpoint's `H264 is NOT supported: ...` and default
  certificates) and the applications' stale sessions (`Keep-Alive failed for unknown session '%s'
  (media server restarted?); clients should dispose it`, at fixme, every minute).
- LiveKit 1.6 (`lk1-livekit.log`, `lk2-livekit.log`: zap's console encoder, `time\tLEVEL\tlogger
  \tcaller\tmessage\t{fields}`): two nodes routing through Redis, stand-ups, sales demos, support
  calls and a 09:00 all-hands: `selected node for room`, `starting RTC session`, `participant
  active`, `mediaTrack published`, `participant closing` (the reason a field), `finishing WS
  connection`, `room closed`, network drops (`closing disconnected participant`, `could not send
  message to participant`), guests removed (`closing participant for removal`), the backend's
  Twirp calls (`API %s.%s`: ListRooms every minute, ListParticipants, RemoveParticipant), lk2's
  firewall blocking media 08:15-08:40 (`removing participant without connection`, reason
  JOIN_FAILURE) and lk1 restarted at 10:30 (`exit requested, shutting down`, `using multi-node
  routing via redis`, `starting LiveKit server`, reconnects refused: `could not handle new
  participant` with `errorVerbose` and zap's stack trace below the line).
- Ant Media Server 2.8 Enterprise (`origin1-ant-media-server.log`,
  `origin2-ant-media-server.log`: logback's `2024-06-07 06:05:02,925 [RTMPConnectionExecutor-1]
  INFO  i.a.s.AcceptOnlyStreamsWithWebhook - ...`): RTMP publishers in LiveApp (red5's `Client not
  compatible` handshake warning, the W3C event lines for connect, publish, unpublish and
  disconnect, `Stream start: %s`, ` Status of stream %s is set to %s with result: %s` with the
  source's leading blank, the muxer and adaptive-bitrate lines, the Opus encoder's trailer and
  totals, `Closing broadcast stream id: %s`, `Delete File onexit:...`), WebRTC viewers' `Web
  Socket opened`, origin2's CPU over its limit 07:30-07:45 (`Not enough resource. Due to high cpu
  load: %d cpu limit: %d`), a field camera's feed stalling at 09:10 and 11:20 (`Stream: %s does
  not get packet for %d ms` every half second, `Total wait time:...`, `OutputFormatContext is not
  initialized or it is freed for stream: %s`) and the webhook endpoint refusing connections
  10:30-10:42 (the message is ExceptionUtils.getStackTrace: `org.apache.http.conn.
  HttpHostConnectException: Connect to %s [%s] failed: Connection refused` and its trace).
- SRS 5.0 (`srs.log`: `[2024-06-07 06:00:07.300][INFO][2718][r8a4n7m1] ...`, warnings and errors
  with the errno in a fourth bracket): the hybrid server's `Hybrid cpu=%.2f%%,%dMB%s...` every
  20 s (the optional `, cid=`, `, objs=` pieces only while streams run), the stage encoder's
  three RTMP publishes (the handshake, `connect app`, `client identified`, `connected stream`,
  `source url=...`, the on_publish hook, metadata, sequence headers, `hls: ...`, `<- CPB ...`
  every 30 s, `cleanup when unpublish`, the on_unpublish hook, `client disconnect peer. ret=%d`,
  the two `TCP: ... dispose` lines), the first ending at 08:12 in a publish timeout (`serve error
  code=1011(SocketTimeout)...` with its `thread [pid][cid]: func() [file:line][errno=N]` lines),
  HTTP-FLV viewers (`HTTP #%d ...`, `-> HTS http: got %d msgs, ...`), the monitoring's API polls
  every five minutes, the hook server down 09:40-09:52 (the second camera's publishes refused
  every 30 s: `serve error code=1032(StConnect)... : rtmp: callback on publish : ...` with nine
  thread lines) and SRS restarted at 10:15 (`sig=%d, user terminate program`,
  `XCORE-SRS/%s(%s)`, `RTMP listen at tcp://%s:%d, fd=%d`).

Label notes. The heads are context: rsyslog's time, host and ident, rtpengine's level word and
its `[call-id]: ` / `[call-id port N]: ` prefix and `[subsystem] ` tag (the logger's), Kurento's
time, pid, thread, level, category, file:line, function and GObject, zap's time, level, logger,
caller and fields, logback's time, thread, level and logger, SRS's time, level, pid, context id
and errno. A word picked by branch is wording (rtpengine's ` (RTCP)` and `unknown codec`,
Kurento's `audio` / `video` in `TRANSCODING ACTIVE for %s`, SRS's `on_publish` / `on_unpublish`
call sites); a command name read from the request, a stream status constant (Ant Media's
`Broadcasting` / `Finished`), a Twirp service and method are values. A message of its own inside
a message contributes its format (rtpengine's error string in `Protocol error in packet from
%s: %s [%s]`, SRS's error chain after `serve error `, Kurento's exception text, Ant Media's
exception as the message). Optional pieces a format prints as `%s` (SRS's hybrid line) are one
label. The lines after the first of a multi-line event (SRS's thread lines, Java and Go stack
traces, rtpengine's split message) continue it and have no label.

Least sure (written from the helper's knowledge; rtpengine's control, call and media-socket
messages and its log prefixes, SRS's log header and error description, Kurento's file format,
main, WebSocket, resource-manager, WebRTC endpoint and agnosticbin messages, LiveKit's `starting
RTC session`, and Ant Media's resource and packet-wait messages were checked against copies of
their sources; Ant Media's RTMP start lines, LiveKit's close and API lines and Kurento 6's INFO
lines against real logs quoted in issues): rtpengine's `Detected command from %s as a duplicate`
wording in mr11.5 and the ts column of never-used ports; Kurento's line numbers and whether 7.0
still writes file logs by default; LiveKit's `participant active`, `exit requested, shutting
down`, the callers' line numbers and the `participantInit` field; Ant Media's W3C unpublish and
disconnect lines, `Closing broadcast stream id: %s`, the logger of the packet-wait warning and
the webhook's call path; SRS's `Hybrid` period and pieces, `-> HTS` wording, the hook failure's
error chain and codes, and the restart lines.
"""

from __future__ import annotations

import itertools
import json
import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round55 import poisson
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any


def rfc3339us(t: datetime) -> str:
    """rsyslog's RFC 3339 high-precision stamp (Debian 12's default file format)."""
    return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}+00:00"


def ms3(t: datetime) -> str:
    return f"{t.microsecond // 1000:03d}"


# -------------------------------------------------------------------------------- rtpengine

RE_VERSION = "mr11.5.1.18"
RE_HOSTS = {"rtp1": ("10.20.0.11", 1402), "rtp2": ("10.20.0.12", 1388)}
RE_NG = ["10.20.0.5:38217", "10.20.0.5:41522", "10.20.0.5:50133", "10.20.0.5:57790"]
RE_CARRIERS = ["203.0.113.50", "203.0.113.51", "198.51.100.70"]
RE_PHONES = [
    f"10.30.{a}.{b}"
    for a, b in [(1, 23), (1, 31), (1, 47), (1, 58), (2, 12), (2, 19), (2, 77), (3, 5), (3, 41)]
]
RE_MAXLEN = 500


def re_sdp(r: random.Random, ip: str, port: int, phone: bool) -> str:
    sid = r.randint(1_000_000_000, 4_000_000_000)
    lines = [
        "v=0",
        f"o={'- ' if not phone else 'root '}{sid} {sid} IN IP4 {ip}",
        "s=SIP Call" if not phone else "s=Yealink",
        f"c=IN IP4 {ip}",
        "t=0 0",
        f"m=audio {port} RTP/AVP 8 0 9 101",
        "a=rtpmap:8 PCMA/8000",
        "a=rtpmap:0 PCMU/8000",
        "a=rtpmap:9 G722/8000",
        "a=rtpmap:101 telephone-event/8000",
        "a=fmtp:101 0-16",
        "a=ptime:20",
        "a=sendrecv",
    ]
    return "\r\n".join(lines) + "\r\n"


def bstr(s: str) -> str:
    return f"{len(s.encode())}:{s}"


def re_bencode(cid: str, ft: str, tt: str, cmd: str, sdp: str, src: str) -> str:
    d = "d3:sdp" + bstr(sdp) + "7:call-id" + bstr(cid) + "8:from-tag" + bstr(ft)
    if tt:
        d += "6:to-tag" + bstr(tt)
    d += "7:command" + bstr(cmd) + "3:ICE" + bstr("remove")
    d += "7:replacel" + bstr("origin") + bstr("session-connection") + "e"
    d += "13:received-froml" + bstr("IP4") + bstr(src) + "ee"
    return d


def rsys_escape(s: str) -> str:
    return s.replace("\r", "#015").replace("\n", "#012")


def rtpengine(r: random.Random) -> list[Log]:
    """Two rtpengine mr11.5 media relays (rtp1, rtp2) behind one Kamailio, 06:00 to 12:00: calls
    between office phones and two carriers, the carrier 203.0.113.50 losing media 07:40-07:52
    (calls closed by the timeout), rtp2 restarted for an upgrade at 08:52 (Kamailio's answers and
    deletes for its lost calls), rtp1 given a port range far too small by a config push at 10:05
    (offers failing with no free ports until it is restarted at 10:21)."""
    fs = Files()
    nextport = {"rtp1": 30000, "rtp2": 30000}
    rtp2_down = (at(8, 52, 10), at(8, 52, 16.4))
    rtp1_ports_bad = (at(10, 5, 0), at(10, 21, 3))
    carrier_out = (at(7, 40, 0), at(7, 52, 0))
    restarts = {"rtp2": rtp2_down, "rtp1": (rtp1_ports_bad[1], rtp1_ports_bad[1] + sec(5.9))}
    new_pids = {"rtp2": 23817, "rtp1": 31002}

    def pid_at(h: str, t: datetime) -> int:
        return new_pids[h] if t >= restarts[h][1] else RE_HOSTS[h][1]

    def R(h: str, t: datetime, level: str, prefix: str, sub: str, label: str, msg: str) -> datetime:
        body = f"[{sub}] {msg}"
        pieces: list[str] = []
        infix = ""
        while len(body) > RE_MAXLEN:
            pieces.append(infix + body[:RE_MAXLEN] + " ...")
            body = body[RE_MAXLEN:]
            infix = "... "
        pieces.append(infix + body)
        pid = pid_at(h, t)
        return fs.add(
            f"{h}-rtpengine.log",
            t,
            label,
            lambda x: [
                f"{rfc3339us(x)} {h} rtpengine[{pid}]: {level}: {prefix}{rsys_escape(p)}"
                for p in pieces
            ],
            (h, pid),
            1,
        )

    def ports(h: str) -> int:
        p = nextport[h]
        nextport[h] = 30000 + (p - 30000 + 4) % 10000
        return p

    def cidgen() -> str:
        k = r.random()
        if k < 0.45:
            return uuid4(r)
        if k < 0.8:
            return f"{hexid(r, 8)}-{hexid(r, 4)}@{r.choice(RE_PHONES)}"
        return f"{hexid(r, 14)}@10.20.0.5"

    def tag() -> str:
        return r.choice([f"as{hexid(r, 8)}", hexid(r, 8), f"{r.randint(10**9, 4 * 10**9)}"])

    def elapsed() -> str:
        return f"0.{r.randint(180, 1400):06d}"

    def received(h: str, t: datetime, cid: str, cmd: str, ng: str) -> datetime:
        return R(
            h,
            t,
            "INFO",
            f"[{cid}]: ",
            "control",
            "Received command '%s' from %s",
            f"Received command '{cmd}' from {ng}",
        )

    def replying(h: str, t: datetime, cid: str, cmd: str, ng: str) -> datetime:
        return R(
            h,
            t,
            "INFO",
            f"[{cid}]: ",
            "control",
            "Replying to '%s' from %s (elapsed time %llu.%06llu sec)",
            f"Replying to '{cmd}' from {ng} (elapsed time {elapsed()} sec)",
        )

    def port_line(
        lip: str, lport: int, rip: str, rport: int, rtcp: bool, ssrc: int, p: int, b: int, ts: int
    ) -> tuple[str, str]:
        if rtcp:
            label = "--------- Port %15s:%-5u <> %15s:%-5u (RTCP), SSRC %x, %llu p, %llu b, %llu e, %llu ts"
        else:
            label = (
                "--------- Port %15s:%-5u <> %15s:%-5u, SSRC %x, %llu p, %llu b, %llu e, %llu ts"
            )
        msg = f"--------- Port {lip:>15}:{lport:<5} <> {rip:>15}:{rport:<5}{' (RTCP)' if rtcp else ''}, SSRC {ssrc:x}, {p} p, {b} b, 0 e, {ts} ts"
        return label, msg

    def stats(h: str, t: datetime, cid: str, sides: list[dict], age: float, codec: str) -> datetime:
        lip = RE_HOSTS[h][0]
        t = R(h, t, "INFO", f"[{cid}]: ", "core", "Final packet stats:", "Final packet stats:")
        for i, s in enumerate(sides):
            other = sides[1 - i]
            m, sc = divmod(int(age), 60)
            t = R(
                h,
                t + sec(0.00002),
                "INFO",
                f"[{cid}]: ",
                "core",
                "--- Tag '%s', created %u:%02u ago for branch '%s'",
                f"--- Tag '{s['tag']}', created {m}:{sc:02d} ago for branch ''",
            )
            t = R(
                h,
                t + sec(0.00001),
                "INFO",
                f"[{cid}]: ",
                "core",
                "---     subscribed to '%s'",
                f"---     subscribed to '{other['tag']}'",
            )
            t = R(
                h,
                t + sec(0.00001),
                "INFO",
                f"[{cid}]: ",
                "core",
                "---     subscription for '%s'",
                f"---     subscription for '{other['tag']}'",
            )
            if codec:
                t = R(
                    h,
                    t + sec(0.00001),
                    "INFO",
                    f"[{cid}]: ",
                    "core",
                    "------ Media #%u (%s over %s) using %s",
                    f"------ Media #1 (audio over RTP/AVP) using {codec}",
                )
            else:
                t = R(
                    h,
                    t + sec(0.00001),
                    "INFO",
                    f"[{cid}]: ",
                    "core",
                    "------ Media #%u (%s over %s) using unknown codec",
                    "------ Media #1 (audio over RTP/AVP) using unknown codec",
                )
                continue
            for rtcp in (False, True):
                if s["pk"]:
                    pk = s["pk"] if not rtcp else max(1, s["pk"] // 250)
                    by = pk * (172 if not rtcp else 80)
                    ts = s["idle"] + (1 if rtcp else 0)
                    ssrc = s["ssrc"] if not rtcp else 0
                else:
                    pk, by, ssrc = 0, 0, 0
                    ts = int(t.timestamp())
                label, msg = port_line(
                    lip,
                    s["port"] + (1 if rtcp else 0),
                    s["rip"],
                    s["rport"] + (1 if rtcp and s["rport"] else 0),
                    rtcp,
                    ssrc,
                    pk,
                    by,
                    ts,
                )
                t = R(h, t + sec(0.00001), "INFO", f"[{cid}]: ", "core", label, msg)
        return t

    def host_for(t: datetime) -> str:
        h = r.choice(["rtp1", "rtp2"])
        if h == "rtp2" and rtp2_down[0] - sec(2) <= t < rtp2_down[1] + sec(3):
            return "rtp1"
        if h == "rtp1" and restarts["rtp1"][0] - sec(2) <= t < restarts["rtp1"][1] + sec(3):
            return "rtp2"
        return h

    for h, (t_stop, t_up) in restarts.items():
        R(
            h,
            t_stop,
            "INFO",
            "",
            "core",
            "Version %s shutting down",
            f"Version {RE_VERSION} shutting down",
        )
        R(
            h,
            t_up,
            "INFO",
            "",
            "core",
            "Startup complete, version %s",
            f"Startup complete, version {RE_VERSION}",
        )

    def one_call(
        t: datetime,
        h: str = "",
        carrier: str = "",
        answered: bool | None = None,
        ring: float | None = None,
        dur: float = 0.0,
        inbound: bool | None = None,
    ) -> None:
        h = h or host_for(t)
        cid = cidgen()
        ng = r.choice(RE_NG)
        inbound = inbound if inbound is not None else r.random() < 0.55
        carrier = carrier or r.choices(RE_CARRIERS, [6, 2, 2])[0]
        phone = r.choice(RE_PHONES)
        a = {"tag": tag(), "ssrc": r.getrandbits(32)}
        b = {"tag": tag(), "ssrc": r.getrandbits(32)}
        a["rip"], a["rport"] = (
            (carrier, r.randrange(10000, 30000, 2))
            if inbound
            else (phone, r.randrange(11780, 11900, 2))
        )
        b["rip"], b["rport"] = (
            (phone, r.randrange(11780, 11900, 2))
            if inbound
            else (carrier, r.randrange(10000, 30000, 2))
        )
        if h == "rtp1" and rtp1_ports_bad[0] <= t < rtp1_ports_bad[1]:
            tt = R(
                h,
                t,
                "INFO",
                f"[{cid}]: ",
                "control",
                "Received command '%s' from %s",
                f"Received command 'offer' from {ng}",
            )
            tt = R(
                h,
                tt + sec(0.00004),
                "NOTICE",
                f"[{cid}]: ",
                "core",
                "Creating new call",
                "Creating new call",
            )
            tt = R(
                h,
                tt + sec(0.0001),
                "ERR",
                f"[{cid}]: ",
                "core",
                "Failed to get %u consecutive ports on all locals of logical '%s'",
                "Failed to get 2 consecutive ports on all locals of logical 'default'",
            )
            tt = R(
                h,
                tt + sec(0.00001),
                "ERR",
                f"[{cid}]: ",
                "core",
                "Error allocating media ports",
                "Error allocating media ports",
            )
            tt = R(
                h,
                tt + sec(0.00004),
                "ERR",
                f"[{cid}]: ",
                "core",
                "Destroying call",
                "Destroying call",
            )
            b2 = dict(b, tag="")
            tt = stats(
                h, tt + sec(0.00003), cid, [dict(a, pk=0, port=0), dict(b2, pk=0, port=0)], 0, ""
            )
            sdp = re_sdp(r, a["rip"], a["rport"], not inbound)
            benc = re_bencode(cid, a["tag"], "", "offer", sdp, a["rip"])
            R(
                h,
                tt + sec(0.00005),
                "WARNING",
                f"[{cid}]: ",
                "control",
                "Protocol error in packet from %s: Ran out of ports [%s]",
                f"Protocol error in packet from {ng}: Ran out of ports [{benc}]",
            )
            # Kamailio fails over to rtp2 for the same call
            h = "rtp2"
            t = t + sec(r.uniform(0.004, 0.012))
        a["port"] = ports(h)
        b["port"] = ports(h)
        tt = R(
            h,
            t,
            "INFO",
            f"[{cid}]: ",
            "control",
            "Received command '%s' from %s",
            f"Received command 'offer' from {ng}",
        )
        tt = R(
            h,
            tt + sec(0.00004),
            "NOTICE",
            f"[{cid}]: ",
            "core",
            "Creating new call",
            "Creating new call",
        )
        tt = replying(h, tt + sec(0.0004), cid, "offer", ng)
        if r.random() < 0.06:
            R(
                h,
                tt + sec(0.5),
                "INFO",
                "",
                "control",
                "Detected command from %s as a duplicate",
                f"Detected command from {ng} as a duplicate",
            )
        ring = ring if ring is not None else r.uniform(3, 22)
        answered = answered if answered is not None else r.random() < 0.78
        t_ans = tt + sec(ring)
        lost = h == "rtp2" and t_ans > rtp2_down[0] and tt < rtp2_down[0]
        if lost:
            # the relay restarted under the call: Kamailio's later requests find nothing
            if answered and t_ans >= rtp2_down[1]:
                received(h, t_ans, cid, "answer", ng)
                sdp = re_sdp(r, b["rip"], b["rport"], inbound)
                benc = re_bencode(cid, a["tag"], b["tag"], "answer", sdp, b["rip"])
                R(
                    h,
                    t_ans + sec(0.0001),
                    "WARNING",
                    f"[{cid}]: ",
                    "control",
                    "Protocol error in packet from %s: Unknown call-id [%s]",
                    f"Protocol error in packet from {ng}: Unknown call-id [{benc}]",
                )
                t_del = t_ans + sec(r.uniform(0.5, 4))
            else:
                t_del = max(t_ans, rtp2_down[1] + sec(r.uniform(1, 60)))
            ng2 = r.choice(RE_NG)
            received(h, t_del, cid, "delete", ng2)
            R(
                h,
                t_del + sec(0.00003),
                "INFO",
                f"[{cid}]: ",
                "core",
                "Call-ID to delete not found",
                "Call-ID to delete not found",
            )
            replying(h, t_del + sec(0.0001), cid, "delete", ng2)
            return
        if not answered:
            t_del = t_ans
            ng2 = r.choice(RE_NG)
            received(h, t_del, cid, "delete", ng2)
            R(
                h,
                t_del + sec(0.00005),
                "INFO",
                f"[{cid}]: ",
                "core",
                "Scheduling deletion of entire call in %d seconds",
                "Scheduling deletion of entire call in 30 seconds",
            )
            replying(h, t_del + sec(0.0001), cid, "delete", ng2)
            stats(
                h,
                t_del + sec(30 + r.uniform(0.01, 0.9)),
                cid,
                [dict(a, pk=0), dict(b, tag="", pk=0, rip="0.0.0.0", rport=0)],
                ring + 30,
                "PCMA/8000",
            )
            return
        received(h, t_ans, cid, "answer", ng)
        replying(h, t_ans + sec(0.0003), cid, "answer", ng)
        lip = RE_HOSTS[h][0]
        tm = t_ans + sec(3 + r.uniform(0.01, 0.2))
        for s, o in ((a, b), (b, a)):
            tm = R(
                h,
                tm,
                "INFO",
                f"[{cid} port {s['port']:5d}]: ",
                "core",
                "Confirmed peer address as %s",
                f"Confirmed peer address as {s['rip']}:{s['rport']}",
            )
            tm = R(
                h,
                tm + sec(0.00003),
                "INFO",
                f"[{cid} port {s['port']:5d}]: ",
                "core",
                "Kernelizing media stream: %s -> %s | %s -> %s",
                f"Kernelizing media stream: {s['rip']}:{s['rport']} -> {lip}:{s['port']} | {lip}:{o['port']} -> {o['rip']}:{o['rport']}",
            )
            tm += sec(r.uniform(0.001, 0.06))
        dur = dur or r.lognormvariate(4.6, 0.9)
        t_end = t_ans + sec(dur)
        codec = "PCMA/8000" if r.random() < 0.85 else "G722/8000"
        t_to = max(carrier_out[0], t_ans + sec(3)) + sec(60 + r.uniform(0, 1))
        if carrier == "203.0.113.50" and t_to < t_end and t_to < carrier_out[1] + sec(60):
            talk = max(0.0, (t_to - t_ans).total_seconds() - 60)
            for s in (a, b):
                s["pk"] = max(1, int(talk * 50))
                s["idle"] = 60 if s["rip"] == carrier else 0
            R(
                h,
                t_to,
                "INFO",
                f"[{cid}]: ",
                "core",
                "Closing call due to timeout",
                "Closing call due to timeout",
            )
            stats(h, t_to + sec(0.0004), cid, [a, b], (t_to - tt).total_seconds(), codec)
            t_bye = t_to + sec(r.uniform(20, 240))
            ng2 = r.choice(RE_NG)
            received(h, t_bye, cid, "delete", ng2)
            R(
                h,
                t_bye + sec(0.00003),
                "INFO",
                f"[{cid}]: ",
                "core",
                "Call-ID to delete not found",
                "Call-ID to delete not found",
            )
            replying(h, t_bye + sec(0.0001), cid, "delete", ng2)
            return
        if h == "rtp2" and t_ans < rtp2_down[0] < t_end:
            t_del = max(t_end, rtp2_down[1] + sec(r.uniform(1, 30)))
            ng2 = r.choice(RE_NG)
            received(h, t_del, cid, "delete", ng2)
            R(
                h,
                t_del + sec(0.00003),
                "INFO",
                f"[{cid}]: ",
                "core",
                "Call-ID to delete not found",
                "Call-ID to delete not found",
            )
            replying(h, t_del + sec(0.0001), cid, "delete", ng2)
            return
        if h == "rtp1" and t_ans < restarts["rtp1"][0] < t_end:
            t_end = restarts["rtp1"][0] - sec(r.uniform(5, 60))
            dur = (t_end - t_ans).total_seconds()
        for s in (a, b):
            s["pk"] = int(dur * 50 * r.uniform(0.97, 1.0))
            s["idle"] = r.randint(0, 1) + 30
        ng2 = r.choice(RE_NG)
        received(h, t_end, cid, "delete", ng2)
        R(
            h,
            t_end + sec(0.00005),
            "INFO",
            f"[{cid}]: ",
            "core",
            "Scheduling deletion of entire call in %d seconds",
            "Scheduling deletion of entire call in 30 seconds",
        )
        replying(h, t_end + sec(0.0001), cid, "delete", ng2)
        stats(
            h,
            t_end + sec(30 + r.uniform(0.01, 0.9)),
            cid,
            [a, b],
            (t_end - tt).total_seconds() + 30,
            codec,
        )

    for t in poisson(r, T0 + sec(20), T_END - sec(400), 330.0):
        one_call(t)
    # a busy spell on the carrier 203.0.113.50 just before its media is lost
    for t in poisson(r, at(7, 33), at(7, 40), 50.0):
        one_call(t, carrier="203.0.113.50", answered=True, dur=r.uniform(900, 1500), inbound=True)
    # calls on rtp2 in progress (and ringing) when it is restarted
    for t in poisson(r, at(8, 44), at(8, 52), 70.0):
        one_call(t, h="rtp2", answered=True, dur=r.uniform(500, 1200))
    for k in range(3):
        one_call(
            rtp2_down[0] - sec(r.uniform(2, 8) + 3 * k),
            h="rtp2",
            answered=True,
            ring=r.uniform(12, 20),
        )
    # the morning peak while rtp1's port range is too small: Kamailio tries rtp1 first
    for t in poisson(r, at(10, 5, 20), at(10, 21), 110.0):
        one_call(t, h="rtp1")
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- kurento

KMS_VERSION = "7.0.1"
KMS_MAIN = 0x00007F1D5C3F6C40
KMS_WS = [0x00007F1D3A7FC640 + 0x801000 * i for i in range(10)]
KMS_THREADS_MSG = "Reached KMS threads limit: {lim} (system max: {mx}); set a higher limit with `ulimit -Su`, or in the KMS service settings (/etc/default/kurento-media-server)"


def kurento(r: random.Random) -> list[Log]:
    """Kurento Media Server 7.0 with file logging (`--logs-path`, Boost.Log's
    `%Y-%m-%dT%H:%M:%S,%f pid thread level category file:line function() <object> message`), the
    default GST_DEBUG levels, 06:00 to 12:00: a webinar platform's Node.js application servers
    (app1, app2) creating WebRtcEndpoints for presenters and viewers (each logging its QoS, codec,
    external address and TURN settings) and RtpEndpoints bridged to a PBX (transcoding), a
    blackbox probe pointed at the wrong WebSocket path 07:10-07:50, app1 restarted at 08:30
    (`Erasing old connection associated with`), a thread leak driving every create into the
    resource limit 10:38-10:52 until KMS kills itself and restarts into a new file, and the
    applications' stale sessions failing keep-alive afterwards."""
    fs = Files()
    stop = at(10, 52, 41.3)
    up = at(10, 52, 44.9)
    files = {
        False: "2024-06-07T000000.00000.pid1184.log",
        True: "2024-06-07T105244.90213.pid30871.log",
    }
    counters = {"ep": 3917, "ab": 12544}

    def K(
        t: datetime,
        thread: int,
        sev: str,
        cat: str,
        where: str,
        func: str,
        obj: str,
        label: str,
        msg: str,
    ) -> datetime:
        new = t >= up
        pid = 30871 if new else 1184
        o = f"<{obj}> " if obj else ""
        return fs.add(
            files[new],
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%dT%H:%M:%S},{x.microsecond:06d} {pid} 0x{thread:016x} {sev:>7} {cat:<25} {where} {func}() {o} {msg}"
            ],
            (pid, thread),
            1,
        )

    first = {"done": False}

    def endpoint(t: datetime, th: int) -> datetime:
        if t >= up and not first["done"]:
            first["done"] = True
            counters["ep"] = 0
            counters["ab"] = 0
            t = K(
                t,
                th,
                "warning",
                "KurentoWebRtcEndpointImpl",
                "WebRtcEndpointImpl.cpp:131",
                "check_support_for_h264",
                "",
                "H264 is NOT supported: Plugin 'openh264' not found",
                "H264 is NOT supported: Plugin 'openh264' not found",
            )
            t = K(
                t + sec(0.38),
                th,
                "info",
                "KurentoWebRtcEndpointImpl",
                "WebRtcEndpointImpl.cpp:151",
                "generateDefaultCertificates",
                "",
                "Unable to load the RSA certificate from file. Using the default certificate.",
                "Unable to load the RSA certificate from file. Using the default certificate.",
            )
            t = K(
                t + sec(0.21),
                th,
                "info",
                "KurentoWebRtcEndpointImpl",
                "WebRtcEndpointImpl.cpp:160",
                "generateDefaultCertificates",
                "",
                "Unable to load the ECDSA certificate from file. Using the default certificate.",
                "Unable to load the ECDSA certificate from file. Using the default certificate.",
            )
        name = f"kmswebrtcendpoint{counters['ep']}"
        counters["ep"] += 1
        t = K(
            t,
            th,
            "info",
            "KurentoWebRtcEndpointImpl",
            "WebRtcEndpointImpl.cpp:381",
            "WebRtcEndpointImpl",
            "",
            "No QOS-DSCP value set",
            "No QOS-DSCP value set",
        )
        t = K(
            t + sec(r.uniform(0.00002, 0.0001)),
            th,
            "info",
            "KurentoWebRtcEndpointImpl",
            "WebRtcEndpointImpl.cpp:97",
            "remove_not_supported_codecs_from_array",
            name,
            "Removing not supported codec '%s'",
            "Removing not supported codec 'H264/90000'",
        )
        t = K(
            t + sec(r.uniform(0.00002, 0.0001)),
            th,
            "info",
            "KurentoWebRtcEndpointImpl",
            "WebRtcEndpointImpl.cpp:404",
            "WebRtcEndpointImpl",
            "",
            "Predefined external IPv4 address: %s",
            "Predefined external IPv4 address: 198.51.100.40",
        )
        return K(
            t + sec(r.uniform(0.00002, 0.0001)),
            th,
            "info",
            "KurentoWebRtcEndpointImpl",
            "WebRtcEndpointImpl.cpp:472",
            "WebRtcEndpointImpl",
            "",
            "Predefined TURN relay server: %s",
            "Predefined TURN relay server: <user:password>@198.51.100.45:3478?transport=udp",
        )

    pending: list[tuple[datetime, int, str]] = []

    def transcoding(t: datetime, media: str) -> datetime:
        pending.append((t, 0, media))
        return t

    def emit_transcoding(t: datetime, media: str) -> datetime:
        name = f"kmsagnosticbin2-{counters['ab']}"
        counters["ab"] += 1
        th = 0x00007F1C00000000 + r.randrange(0x1000000, 0xFFFFFFF, 0x1000) * 0x100
        return K(
            t,
            th,
            "info",
            "agnosticbin",
            "kmsagnosticbin.c:646",
            "kms_agnostic_bin2_find_or_create_bin_for_caps",
            name,
            f"TRANSCODING ACTIVE for {media}",
            f"TRANSCODING ACTIVE for {media}",
        )

    overload = (at(10, 38, 20), stop)

    def refused(t: datetime, th: int) -> None:
        K(
            t,
            th,
            "warning",
            "KurentoResourceManager",
            "ResourceManager.cpp:100",
            "checkThreads",
            "",
            "Reached KMS threads limit: %d (system max: %d); set a higher limit with `ulimit -Su`, or in the KMS service settings (/etc/default/kurento-media-server)",
            KMS_THREADS_MSG.format(lim=6553, mx=8192),
        )

    def create(t: datetime) -> bool:
        th = r.choice(KMS_WS)
        if overload[0] <= t < overload[1]:
            refused(t, th)
            return False
        if stop - sec(3) <= t < up + sec(2):
            return False
        pending.append((t, th, ""))
        return True

    # webinars: a presenter and viewers joining over the session
    webinars = [
        (at(6, 30), 3600, 24),
        (at(7, 45), 2700, 30),
        (at(9, 0), 4200, 46),
        (at(10, 30), 3000, 22),
        (at(11, 5), 3000, 34),
    ]
    for t0, length, n in webinars:
        create(t0)
        for tv in sorted(t0 + sec(r.uniform(0, length * 0.8)) for _ in range(n)):
            if not create(tv) and overload[0] <= tv < overload[1]:
                for _k in range(r.randint(1, 3)):
                    tv += sec(r.uniform(8, 25))
                    if tv < overload[1] and not create(tv):
                        continue
                    break
        # viewers reconnecting after network hiccups
        for tv in poisson(r, t0, t0 + sec(length), 420.0):
            create(tv)
    # 1:1 consultations (two endpoints each)
    for t in poisson(r, T0 + sec(40), T_END - sec(60), 170.0):
        if create(t):
            create(t + sec(r.uniform(2, 40)))
        elif overload[0] <= t < overload[1]:
            create(t + sec(r.uniform(10, 30)))
    # calls bridged to the PBX: a WebRtcEndpoint and an RtpEndpoint, transcoding PCMU to Opus
    for t in poisson(r, T0 + sec(100), T_END - sec(60), 600.0):
        if create(t):
            tt = t + sec(r.uniform(1.5, 4))
            tt = transcoding(tt, "audio")
            if r.random() < 0.35:
                transcoding(tt + sec(r.uniform(0.01, 0.3)), "video")

    for t, th, media in sorted(pending):
        if media:
            emit_transcoding(t, media)
        else:
            endpoint(t, th)

    # the probe with the wrong path
    tk = at(7, 10, 12.4)
    while tk < at(7, 50, 30):
        K(
            tk,
            r.choice(KMS_WS),
            "error",
            "KurentoWebSocketTransport",
            "WebSocketTransport.cpp:478",
            "openHandler",
            "",
            'Invalid path "%s", closing connection',
            'Invalid path "metrics", closing connection',
        )
        tk += sec(30 + r.uniform(0, 0.01))

    # app1 restarted: responses in flight are lost, then it reconnects with its old session
    t = at(8, 30, 17.2)
    for _k in range(3):
        t = K(
            t + sec(r.uniform(0.001, 0.05)),
            r.choice(KMS_WS),
            "error",
            "KurentoWebSocketTransport",
            "WebSocketTransport.cpp:446",
            "processMessage",
            "",
            "Could not send response to client: %s",
            "Could not send response to client: invalid state",
        )
    app1_sess, app2_sess = uuid4(r), uuid4(r)
    K(
        at(8, 30, 31.6),
        r.choice(KMS_WS),
        "warning",
        "KurentoWebSocketTransport",
        "WebSocketTransport.cpp:405",
        "storeConnection",
        "",
        "Erasing old connection associated with: %s",
        f"Erasing old connection associated with: {app1_sess}",
    )

    # the server killing itself, and the restart
    th = 0x00007F1C2BFFF640
    K(
        stop,
        th,
        "error",
        "KurentoResourceManager",
        "ResourceManager.cpp:180",
        "operator()",
        "",
        "Resources over the limit, server will be killed: %s",
        "Resources over the limit, server will be killed: Reached KMS threads limit: 6553",
    )
    K(
        stop + sec(1.84),
        KMS_MAIN,
        "info",
        "KurentoMediaServer",
        "main.cpp:278",
        "main",
        "",
        "Kurento Media Server stopped",
        "Kurento Media Server stopped",
    )
    t = K(
        up,
        KMS_MAIN + 0x40,
        "info",
        "KurentoMediaServer",
        "main.cpp:227",
        "main",
        "",
        "Logs storage path set to %s",
        "Logs storage path set to /var/log/kurento-media-server",
    )
    t = K(
        t + sec(0.41),
        KMS_MAIN + 0x40,
        "info",
        "KurentoMediaServer",
        "main.cpp:253",
        "main",
        "",
        "Kurento Media Server version: %s",
        f"Kurento Media Server version: {KMS_VERSION}",
    )
    t = K(
        t + sec(0.002),
        KMS_MAIN + 0x40,
        "info",
        "KurentoMediaServer",
        "main.cpp:261",
        "main",
        "",
        "Using above %.2f%% of system limits will kill the server when no objects are alive",
        "Using above 80.00% of system limits will kill the server when no objects are alive",
    )
    t = K(
        t + sec(0.08),
        KMS_MAIN + 0x40,
        "info",
        "KurentoWebSocketTransport",
        "WebSocketTransport.cpp:230",
        "initWebSocket",
        "",
        "WebSocket server (ws://) listening on address '%s', port %u",
        "WebSocket server (ws://) listening on address '::', port 8888",
    )
    t = K(
        t + sec(0.0004),
        KMS_MAIN + 0x40,
        "info",
        "KurentoWebSocketTransport",
        "WebSocketTransport.cpp:100",
        "WebSocketTransport",
        "",
        "Secure WebSocket server (wss://) not enabled",
        "Secure WebSocket server (wss://) not enabled",
    )
    K(
        t + sec(0.003),
        KMS_MAIN + 0x40,
        "info",
        "KurentoMediaServer",
        "main.cpp:272",
        "main",
        "",
        "Kurento Media Server started",
        "Kurento Media Server started",
    )
    # the applications reconnect with their old sessions, unknown to the new process
    for sess, until in ((app1_sess, T_END), (app2_sess, at(11, 14))):
        tk = up + sec(r.uniform(20, 40))
        while tk < until:
            K(
                tk,
                KMS_WS[0] + 0x100,
                "fixme",
                "KurentoWebSocketTransport",
                "WebSocketTransport.cpp:305",
                "keepAliveSessions",
                "",
                "Keep-Alive failed for unknown session '%s' (media server restarted?); clients should dispose it",
                f"Keep-Alive failed for unknown session '{sess}' (media server restarted?); clients should dispose it",
            )
            tk += sec(60 + r.uniform(0, 0.003))
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- livekit

LK_VERSION = "1.6.1"
LK_NODES = {"lk1": ("ND_hK2fT9xQm4Zp", "10.0.4.21"), "lk2": ("ND_7RwPq3LcVx8s", "10.0.4.22")}
LK_PEOPLE = [
    "maria.lopez",
    "j.chen",
    "tobias.k",
    "priya.n",
    "sam.okafor",
    "lena.w",
    "dmitri.v",
    "aisha.b",
    "tom.h",
    "yuki.s",
    "carlos.r",
    "nina.p",
    "omar.f",
    "eva.m",
    "raj.p",
    "sofia.g",
    "ben.a",
    "mei.l",
]
LK_CLIENTS = [
    {
        "sdk": "JS",
        "version": "2.1.5",
        "protocol": 12,
        "os": "macOS",
        "osVersion": "10.15.7",
        "browser": "Chrome",
        "browserVersion": "125.0.0.0",
    },
    {
        "sdk": "JS",
        "version": "2.1.5",
        "protocol": 12,
        "os": "Windows",
        "osVersion": "10",
        "browser": "Edge",
        "browserVersion": "125.0.0.0",
    },
    {
        "sdk": "JS",
        "version": "2.1.5",
        "protocol": 12,
        "os": "macOS",
        "osVersion": "10.15.7",
        "browser": "Safari",
        "browserVersion": "17.5",
    },
    {
        "sdk": "SWIFT",
        "version": "2.0.9",
        "protocol": 12,
        "os": "iOS",
        "osVersion": "17.5",
        "deviceModel": "iPhone15,2",
    },
    {
        "sdk": "ANDROID",
        "version": "2.4.1",
        "protocol": 12,
        "os": "android",
        "osVersion": "14",
        "deviceModel": "Pixel 8",
    },
]


def lk_id(r: random.Random, prefix: str, n: int = 12) -> str:
    return prefix + "".join(
        r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n)
    )


def lk_dur(r: random.Random) -> str:
    return f"{r.uniform(110, 420):.3f}µs"


LK_STACK = [
    (
        "github.com/livekit/livekit-server/pkg/service.(*defaultSessionHandler).HandleSession",
        "/workspace/pkg/service/signal.go:114",
    ),
    (
        "github.com/livekit/livekit-server/pkg/service.(*signalService).RelaySignal",
        "/workspace/pkg/service/signal.go:181",
    ),
    (
        "github.com/livekit/psrpc/pkg/server.(*streamHandler[...]).handleOpenRequest",
        "/go/pkg/mod/github.com/livekit/psrpc@v0.5.3/pkg/server/stream.go:202",
    ),
    (
        "github.com/livekit/psrpc/pkg/server.(*streamHandler[...]).handleRequest",
        "/go/pkg/mod/github.com/livekit/psrpc@v0.5.3/pkg/server/stream.go:122",
    ),
    (
        "github.com/livekit/psrpc/pkg/server.(*rpcHandlerImpl).run.func1",
        "/go/pkg/mod/github.com/livekit/psrpc@v0.5.3/pkg/server/server.go:155",
    ),
]


def livekit(r: random.Random) -> list[Log]:
    """Two LiveKit 1.6 nodes (lk1, lk2) with multi-node routing through Redis, zap's console
    encoder on stdout appended to livekit.log, 06:00 to 12:00: stand-ups, sales demos, support
    calls and a 09:00 all-hands (rooms allocated to either node, participants joining, publishing
    camera and microphone, leaving or dropping off), the backend listing rooms through the Twirp
    API every minute, a firewall change on lk2 08:15-08:40 blocking media (participants removed
    without a connection), and lk1 restarted for an upgrade at 10:30 (its rooms' participants
    reconnecting and refused: `could not restart participant`, with zap's stack trace)."""
    fs = Files()
    restart = (at(10, 30, 4.2), at(10, 30, 11.8))
    firewall = (at(8, 15), at(8, 40))

    def L(
        node: str,
        t: datetime,
        level: str,
        logger: str,
        caller: str,
        label: str,
        msg: str,
        fields: dict,
        stack: list[tuple[str, str]] | None = None,
    ) -> datetime:
        body = json.dumps(fields, ensure_ascii=False)
        more: list[str] = []
        for fn, loc in stack or []:
            more += [fn, f"\t{loc}"]
        return fs.add(
            f"{node}-livekit.log",
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%dT%H:%M:%S}.{ms3(x)}Z\t{level}\t{logger}\t{caller}\t{msg}\t{body}",
                *more,
            ],
            (node, t >= restart[1] if node == "lk1" else 0),
            1000,
        )

    def boot(node: str, t: datetime) -> None:
        nid, ip = LK_NODES[node]
        t = L(
            node,
            t,
            "INFO",
            "livekit",
            "service/wire.go:96",
            "using multi-node routing via redis",
            "using multi-node routing via redis",
            {"sentinel": False, "addr": "10.0.4.10:6379"},
        )
        L(
            node,
            t + sec(r.uniform(0.01, 0.05)),
            "INFO",
            "livekit",
            "service/server.go:258",
            "starting LiveKit server",
            "starting LiveKit server",
            {
                "portHttp": 7880,
                "nodeID": nid,
                "nodeIP": ip,
                "version": LK_VERSION,
                "bindAddresses": [""],
                "rtc.portTCP": 7881,
                "rtc.portICERange": [50000, 60000],
            },
        )

    boot("lk1", restart[1])
    L(
        "lk1",
        restart[0],
        "INFO",
        "livekit",
        "server/main.go:292",
        "exit requested, shutting down",
        "exit requested, shutting down",
        {"signal": "terminated"},
    )

    def pfields(room: dict, ident: str, pid: str) -> dict:
        return {
            "room": room["name"],
            "roomID": room["id"],
            "participant": ident,
            "pID": pid,
            "remote": False,
        }

    def session(
        room: dict,
        ident: str,
        t0: datetime,
        t1: datetime,
        end: str,
        client: dict,
        reconnect: bool = False,
    ) -> None:
        node = room["node"]
        nid = LK_NODES[node][0]
        pid = lk_id(r, "PA_")
        conn = lk_id(r, "CO_")
        room["n"] += 1
        f = pfields(room, ident, pid)
        init = {
            "Identity": ident,
            "Reconnect": reconnect,
            "ReconnectReason": "RR_UNKNOWN",
            "AutoSubscribe": True,
            "Client": dict(client, address=f"203.0.113.{r.randint(2, 250)}"),
            "AdaptiveStream": True,
            "ID": "",
            "SubscriberAllowPause": None,
            "DisableICELite": False,
        }
        t = L(
            node,
            t0,
            "INFO",
            "livekit",
            "service/roommanager.go:397",
            "starting RTC session",
            "starting RTC session",
            dict(f, nodeID=nid, numParticipants=room["n"] - 1, participantInit=init),
        )
        if end == "nomedia":
            t = L(
                node,
                t + sec(r.uniform(10, 14)),
                "INFO",
                "livekit",
                "rtc/room.go:1449",
                "removing participant without connection",
                "removing participant without connection",
                dict(
                    f,
                    publisherCandidates=[
                        f"[local][trickle] udp4 host {LK_NODES[node][1]}:{r.randint(50000, 60000)}"
                    ],
                    subscriberCandidates=[],
                ),
            )
            t = L(
                node,
                t + sec(0.001),
                "INFO",
                "livekit",
                "rtc/participant.go:781",
                "participant closing",
                "participant closing",
                dict(f, sendLeave=True, reason="JOIN_FAILURE", isExpectedToResume=False),
            )
            L(
                node,
                t + sec(r.uniform(0.01, 0.2)),
                "INFO",
                "livekit",
                "service/rtcservice.go:318",
                "finishing WS connection",
                "finishing WS connection",
                dict(f, connID=conn),
            )
            room["n"] -= 1
            return
        t = L(
            node,
            t + sec(r.uniform(0.8, 3.0)),
            "INFO",
            "livekit",
            "rtc/participant.go:1744",
            "participant active",
            "participant active",
            dict(f, connectionType=r.choices(["udp", "tcp", "turn"], [8, 1, 1])[0]),
        )
        kinds = r.choices([[], ["audio"], ["audio", "video"]], [2, 3, 5])[0]
        for k in kinds:
            t = L(
                node,
                t + sec(r.uniform(0.05, 1.5)),
                "INFO",
                "livekit",
                "rtc/participant.go:2346",
                "mediaTrack published",
                "mediaTrack published",
                dict(
                    f,
                    kind=k,
                    trackID=lk_id(r, "TR_", 14),
                    webrtcTrackID=uuid4(r),
                    rid="" if k == "audio" else "f",
                    SSRC=r.getrandbits(32),
                    mime="audio/opus" if k == "audio" else "video/VP8",
                ),
            )
        if end == "restart":
            t = L(
                node,
                restart[0] + sec(r.uniform(0.01, 0.3)),
                "INFO",
                "livekit",
                "rtc/participant.go:781",
                "participant closing",
                "participant closing",
                dict(f, sendLeave=True, reason="SERVER_SHUTDOWN", isExpectedToResume=False),
            )
            room["n"] -= 1
            return
        if end == "removed":
            t = L(
                node,
                t1,
                "INFO",
                "livekit.api",
                "service/twirp.go:128",
                "API %s.%s",
                "API RoomService.RemoveParticipant",
                {
                    "service": "RoomService",
                    "method": "RemoveParticipant",
                    "room": room["name"],
                    "participant": ident,
                    "duration": f"{r.uniform(0.8, 2.5):.6f}ms",
                    "status": "200",
                },
            )
            t = L(
                node,
                t + sec(0.001),
                "INFO",
                "livekit",
                "rtc/room.go:403",
                "closing participant for removal",
                "closing participant for removal",
                f,
            )
            t = L(
                node,
                t + sec(0.001),
                "INFO",
                "livekit",
                "rtc/participant.go:781",
                "participant closing",
                "participant closing",
                dict(f, sendLeave=True, reason="PARTICIPANT_REMOVED", isExpectedToResume=False),
            )
        elif end == "drop":
            t = L(
                node,
                t1,
                "INFO",
                "livekit",
                "rtc/participant.go:1271",
                "closing disconnected participant",
                "closing disconnected participant",
                f,
            )
            t = L(
                node,
                t + sec(0.001),
                "INFO",
                "livekit",
                "rtc/participant.go:781",
                "participant closing",
                "participant closing",
                dict(
                    f,
                    sendLeave=True,
                    reason="PEER_CONNECTION_DISCONNECTED",
                    isExpectedToResume=False,
                ),
            )
            t = L(
                node,
                t + sec(0.001),
                "INFO",
                "livekit",
                "rtc/participant_signal.go:180",
                "could not send message to participant",
                "could not send message to participant",
                dict(f, message="*livekit.SignalResponse_Leave", error="no response sink"),
            )
        else:
            t = L(
                node,
                t1,
                "INFO",
                "livekit",
                "rtc/participant.go:781",
                "participant closing",
                "participant closing",
                dict(f, sendLeave=False, reason="CLIENT_REQUEST_LEAVE", isExpectedToResume=False),
            )
        L(
            node,
            t + sec(r.uniform(0.01, 0.3)),
            "INFO",
            "livekit",
            "service/rtcservice.go:318",
            "finishing WS connection",
            "finishing WS connection",
            dict(f, connID=conn),
        )
        room["n"] -= 1

    def meeting(name: str, t0: datetime, length: float, people: list[str], node: str = "") -> None:
        if not node:
            node = r.choice(["lk1", "lk2"])
        if node == "lk1" and restart[0] - sec(60) <= t0 < restart[1] + sec(5):
            node = "lk2"
        room = {"name": name, "id": lk_id(r, "RM_"), "node": node, "n": 0}
        L(
            node,
            t0 - sec(r.uniform(0.05, 0.3)),
            "INFO",
            "livekit",
            "service/roomallocator.go:138",
            "selected node for room",
            "selected node for room",
            {"room": name, "roomID": room["id"], "selectedNodeID": LK_NODES[node][0]},
        )
        t1 = t0 + sec(length)
        last = t0
        for who in people:
            j = t0 + sec(r.uniform(0, min(180, length / 3)))
            lv = t1 + sec(r.uniform(-length / 6, 60))
            client = r.choice(LK_CLIENTS)
            if node == "lk2" and in_any(j, [firewall]):
                for _k in range(r.randint(2, 3)):
                    session(room, who, j, j, "nomedia", client)
                    j += sec(r.uniform(15, 25))
                continue
            if node == "lk1" and j < restart[0] < lv:
                session(room, who, j, lv, "restart", client)
                tr = restart[1] + sec(r.uniform(2, 12))
                f = {"room": name, "participant": who, "connID": lk_id(r, "CO_")}
                verbose = "could not restart participant\n" + "\n".join(
                    f"{fn}\n\t{loc}" for fn, loc in LK_STACK[:4]
                )
                L(
                    "lk1",
                    tr,
                    "ERROR",
                    "livekit",
                    "service/signal.go:183",
                    "could not handle new participant",
                    "could not handle new participant",
                    dict(f, error="could not restart participant", errorVerbose=verbose),
                    stack=LK_STACK[1:],
                )
                last = max(last, tr)
                continue
            drop = r.random() < 0.08 and lv > j + sec(120)
            if who.startswith("guest-") and r.random() < 0.2:
                tr = j + sec(r.uniform(300, 1200))
                session(room, who, j, tr, "removed", client)
                last = max(last, tr)
            elif drop:
                td = j + sec(r.uniform(60, (lv - j).total_seconds()))
                session(room, who, j, td, "drop", client)
                last = max(last, td)
                if td + sec(40) < lv:
                    session(room, who, td + sec(r.uniform(8, 30)), lv, "leave", client)
            else:
                session(room, who, j, lv, "leave", client)
            last = max(last, lv)
        closed = last + sec(20 + r.uniform(0.1, 1.5))
        if node == "lk1" and t0 < restart[0] < closed:
            closed = restart[0] + sec(r.uniform(0.3, 0.6))
        L(
            node,
            closed,
            "INFO",
            "livekit.room",
            "service/roommanager.go:552",
            "room closed",
            "room closed",
            {"room": name, "roomID": room["id"]},
        )

    meetings: list[tuple[str, datetime, float, list[str], str]] = []
    for team, hh, mm in [
        ("standup-platform", 9, 30),
        ("standup-mobile", 9, 45),
        ("standup-data", 10, 0),
    ]:
        meetings.append(
            (
                team,
                at(hh, mm, r.uniform(0, 50)),
                r.uniform(600, 1100),
                r.sample(LK_PEOPLE, r.randint(5, 8)),
                "",
            )
        )
    meetings.append(
        (
            "all-hands-june",
            at(9, 0, 5),
            3300,
            LK_PEOPLE + [f"guest-{hexid(r, 4)}" for _ in range(14)],
            "lk1",
        )
    )
    for t in poisson(r, T0 + sec(300), T_END - sec(1800), 720.0):
        meetings.append(
            (
                f"demo-{r.randint(10000, 99999)}",
                t,
                r.uniform(900, 2700),
                [*r.sample(LK_PEOPLE, 2), f"prospect-{hexid(r, 5)}"],
                "",
            )
        )
    for t in poisson(r, T0 + sec(60), T_END - sec(900), 480.0):
        meetings.append(
            (
                f"support-{r.randint(1000, 9999)}",
                t,
                r.uniform(240, 1300),
                [r.choice(["agent-03", "agent-07", "agent-11", "agent-17"]), f"cust-{hexid(r, 6)}"],
                "",
            )
        )
    for t in poisson(r, firewall[0], firewall[1], 300.0):
        meetings.append(
            (
                f"support-{r.randint(1000, 9999)}",
                t,
                r.uniform(240, 900),
                [r.choice(["agent-03", "agent-07"]), f"cust-{hexid(r, 6)}"],
                "lk2",
            )
        )
    for t in poisson(r, at(10, 5), restart[0] - sec(60), 240.0):
        meetings.append(
            (
                f"demo-{r.randint(10000, 99999)}",
                t,
                r.uniform(1800, 2700),
                [*r.sample(LK_PEOPLE, 2), f"prospect-{hexid(r, 5)}"],
                "lk1",
            )
        )
    for name, t0, length, people, node in meetings:
        meeting(name, t0, length, people, node)

    tk = T0 + sec(31.7)
    while tk < T_END:
        node = r.choice(["lk1", "lk2"])
        if node == "lk1" and restart[0] - sec(1) <= tk < restart[1] + sec(2):
            node = "lk2"
        L(
            node,
            tk,
            "INFO",
            "livekit.api",
            "service/twirp.go:128",
            "API %s.%s",
            "API RoomService.ListRooms",
            {
                "service": "RoomService",
                "method": "ListRooms",
                "room": [],
                "duration": lk_dur(r),
                "status": "200",
            },
        )
        if at(9, 1) <= tk < at(9, 55):
            L(
                "lk1",
                tk + sec(r.uniform(0.002, 0.02)),
                "INFO",
                "livekit.api",
                "service/twirp.go:128",
                "API %s.%s",
                "API RoomService.ListParticipants",
                {
                    "service": "RoomService",
                    "method": "ListParticipants",
                    "room": "all-hands-june",
                    "duration": lk_dur(r),
                    "status": "200",
                },
            )
        tk += sec(60 + r.uniform(0, 0.02))
    return fs.logs(T0)


# ------------------------------------------------------------------------- ant media server

AMS_HOOK_TRACE = [
    "\tat org.apache.http.impl.conn.DefaultHttpClientConnectionOperator.connect(DefaultHttpClientConnectionOperator.java:156)",
    "\tat org.apache.http.impl.conn.PoolingHttpClientConnectionManager.connect(PoolingHttpClientConnectionManager.java:376)",
    "\tat org.apache.http.impl.execchain.MainClientExec.establishRoute(MainClientExec.java:393)",
    "\tat org.apache.http.impl.execchain.MainClientExec.execute(MainClientExec.java:236)",
    "\tat org.apache.http.impl.execchain.ProtocolExec.execute(ProtocolExec.java:186)",
    "\tat org.apache.http.impl.execchain.RetryExec.execute(RetryExec.java:89)",
    "\tat org.apache.http.impl.execchain.RedirectExec.execute(RedirectExec.java:110)",
    "\tat org.apache.http.impl.client.InternalHttpClient.doExecute(InternalHttpClient.java:185)",
    "\tat org.apache.http.impl.client.CloseableHttpClient.execute(CloseableHttpClient.java:83)",
    "\tat org.apache.http.impl.client.CloseableHttpClient.execute(CloseableHttpClient.java:108)",
    "\tat io.antmedia.AntMediaApplicationAdapter.sendPOST(AntMediaApplicationAdapter.java:1241)",
    "\tat io.antmedia.AntMediaApplicationAdapter.notifyHook(AntMediaApplicationAdapter.java:1187)",
    "\tat io.antmedia.AntMediaApplicationAdapter.lambda$startPublish$4(AntMediaApplicationAdapter.java:912)",
    "\tat io.vertx.core.impl.ContextBase.lambda$null$0(ContextBase.java:137)",
    "\tat io.vertx.core.impl.ContextInternal.dispatch(ContextInternal.java:264)",
    "\tat io.vertx.core.impl.ContextBase.lambda$executeBlocking$1(ContextBase.java:135)",
    "\tat io.vertx.core.impl.TaskQueue.run(TaskQueue.java:76)",
    "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
    "\tat java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:635)",
    "\tat io.netty.util.concurrent.FastThreadLocalRunnable.run(FastThreadLocalRunnable.java:30)",
    "\tat java.base/java.lang.Thread.run(Thread.java:840)",
    "Caused by: java.net.ConnectException: Connection refused",
    "\tat java.base/sun.nio.ch.Net.connect0(Native Method)",
    "\tat java.base/sun.nio.ch.Net.connect(Net.java:579)",
    "\tat java.base/sun.nio.ch.Net.connect(Net.java:568)",
    "\tat java.base/sun.nio.ch.NioSocketImpl.connect(NioSocketImpl.java:593)",
    "\tat java.base/java.net.SocksSocketImpl.connect(SocksSocketImpl.java:327)",
    "\tat java.base/java.net.Socket.connect(Socket.java:633)",
    "\tat org.apache.http.conn.ssl.SSLConnectionSocketFactory.connectSocket(SSLConnectionSocketFactory.java:368)",
    "\tat org.apache.http.impl.conn.DefaultHttpClientConnectionOperator.connect(DefaultHttpClientConnectionOperator.java:142)",
    "\t... 20 common frames omitted",
]


def ant_media(r: random.Random) -> list[Log]:
    """Two Ant Media Server 2.8 Enterprise origins (origin1, origin2), logback's
    `%d{yyyy-MM-dd HH:mm:ss,SSS} [%thread] %-5level %logger - %msg` in
    /usr/local/antmedia/log/ant-media-server.log, 06:00 to 12:00: RTMP publishers (churches,
    sports fields, a studio) starting and stopping streams in the LiveApp application (red5's
    handshake and broadcast stream, the W3C event lines, the muxers, the adaptive-bitrate
    adaptor and the Opus encoder), WebRTC viewers opening WebSockets, origin2's CPU over its
    limit 07:30-07:45 (`Not enough resource. Due to high cpu load`), an encoder's feed stalling on
    origin1 at 09:10 and 11:20 (`Stream: %s does not get packet for %d ms` every half second), and
    the webhook endpoint refusing connections 10:30-10:42 (the stack trace as the message)."""
    fs = Files()
    nio = {"origin1": 0, "origin2": 0}

    def A(
        h: str,
        t: datetime,
        thread: str,
        level: str,
        logger: str,
        label: str,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        return fs.add(
            f"{h}-ant-media-server.log",
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%d %H:%M:%S},{ms3(x)} [{thread}] {level:<5} {logger} - {msg}",
                *(more or []),
            ],
            h,
            1000,
        )

    def jhash() -> str:
        return f"{r.getrandbits(31):x}"

    hook_down = (at(10, 30, 0), at(10, 42, 0))
    cpu_high = (at(7, 30, 0), at(7, 45, 0))

    def hook(h: str, t: datetime) -> None:
        if not in_any(t, [hook_down]):
            return
        A(
            h,
            t,
            f"vert.x-worker-thread-{r.randint(0, 19)}",
            "ERROR",
            "i.a.AntMediaApplicationAdapter",
            "Connect to %s [%s] failed: Connection refused",
            "org.apache.http.conn.HttpHostConnectException: Connect to hooks.example.com:443 [hooks.example.com/10.0.6.21] failed: Connection refused",
            AMS_HOOK_TRACE,
        )

    def stream(
        h: str, t0: datetime, t1: datetime, sid: str, ip: str, abr: bool, stall: bool = False
    ) -> None:
        cid = r.randint(3, 400)
        ex = f"RTMPConnectionExecutor-{r.randint(1, 8)}"
        sname = uuid4(r)
        t = t0
        if r.random() < 0.7:
            nio[h] += 1
            t = A(
                h,
                t,
                f"NioProcessor-{r.randint(1, 16)}",
                "WARN",
                "o.r.s.net.rtmp.InboundHandshake",
                "Client not compatible",
                "Client not compatible",
            )
        t = A(
            h,
            t + sec(r.uniform(0.003, 0.02)),
            ex,
            "INFO",
            "i.a.e.webrtc.WebRTCApplication",
            "W3C x-category:session x-event:connect c-ip:%s c-client-id:%s",
            f"W3C x-category:session x-event:connect c-ip:{ip} c-client-id:{cid}",
        )
        t = A(
            h,
            t + sec(r.uniform(0.05, 0.2)),
            ex,
            "INFO",
            "i.a.s.AcceptOnlyStreamsWithWebhook",
            "AcceptOnlyStreamsWithWebhook is not activated for stream %s",
            f"AcceptOnlyStreamsWithWebhook is not activated for stream {sid}",
        )
        hh = jhash()
        t = A(
            h,
            t + sec(0.0001),
            ex,
            "INFO",
            "org.red5.server.scope.BasicScope",
            "ClientBroadcastStream already exists: %s new: %s",
            f"ClientBroadcastStream already exists: org.red5.server.stream.ClientBroadcastStream@{hh} new: org.red5.server.stream.ClientBroadcastStream@{hh}",
        )
        t = A(
            h,
            t + sec(0.0001),
            ex,
            "INFO",
            "o.r.s.stream.ClientBroadcastStream",
            "Stream start: %s",
            f"Stream start: {sid}",
        )
        t = A(
            h,
            t + sec(0.001),
            ex,
            "INFO",
            "i.a.e.webrtc.WebRTCApplication",
            "W3C x-category:stream x-event:publish c-ip:%s x-sname:%s x-name:%s",
            f"W3C x-category:stream x-event:publish c-ip:{ip} x-sname:{sname} x-name:{sid}",
        )
        t = A(
            h,
            t + sec(0.001),
            ex,
            "INFO",
            "i.a.AntMediaApplicationAdapter",
            " Status of stream %s is set to %s with result: %s",
            f" Status of stream {sid} is set to Broadcasting with result: true",
        )
        hook(h, t + sec(r.uniform(0.05, 0.3)))
        t = A(
            h,
            t + sec(0.001),
            ex,
            "INFO",
            "io.antmedia.muxer.MuxAdaptor",
            "serverSettings exist %s",
            f"serverSettings exist io.antmedia.settings.ServerSettings@{jhash()}",
        )
        t = A(
            h,
            t + sec(0.0001),
            ex,
            "INFO",
            "io.antmedia.muxer.HLSMuxer",
            "hls time: %s, hls list size: %s for stream:%s",
            f"hls time: 2, hls list size: 5 for stream:{sid}",
        )
        t = A(
            h,
            t + sec(0.0001),
            ex,
            "INFO",
            "io.antmedia.muxer.MuxAdaptor",
            "Number of items in the queue while adaptor is being started to prepare is %d",
            f"Number of items in the queue while adaptor is being started to prepare is {r.randint(0, 3)}",
        )
        wk = f"vert.x-worker-thread-{r.randint(0, 19)}"
        A(
            h,
            t + sec(0.0001),
            wk,
            "INFO",
            "io.antmedia.muxer.MuxAdaptor",
            "before prepare for %s",
            f"before prepare for {sid}",
        )
        t = A(
            h,
            t + sec(0.001),
            ex,
            "INFO",
            "io.antmedia.muxer.MuxAdaptor",
            "first received frame timestamp: %d for stream:%s ",
            f"first received frame timestamp: 0 for stream:{sid} ",
        )
        t = A(
            h,
            t + sec(r.uniform(0.001, 0.004)),
            wk,
            "INFO",
            "io.antmedia.muxer.MuxAdaptor",
            "Number of items in the queue while starting: %d for stream: %s",
            f"Number of items in the queue while starting: {r.randint(2, 9)} for stream: {sid}",
        )
        t = A(
            h,
            t + sec(0.0005),
            f"vert.x-eventloop-thread-{r.randint(0, 15)}",
            "INFO",
            "io.antmedia.muxer.MuxAdaptor",
            "muxadaptor start has finished with %s for stream: %s",
            f"muxadaptor start has finished with true for stream: {sid}",
        )
        if abr:
            for _k in range(2):
                t = A(
                    h,
                    t + sec(0.0005),
                    wk,
                    "INFO",
                    "i.a.e.adaptive.StreamAdaptor",
                    "Stream adaptor scheduled job id %d stream adaptor:%d for stream:%s",
                    f"Stream adaptor scheduled job id {r.randint(20, 900)} stream adaptor:{r.getrandbits(31)} for stream:{sid}",
                )
        if stall:
            ts = t0 + sec((t1 - t0).total_seconds() - 16)
            for k in range(1, 31):
                A(
                    h,
                    ts + sec(0.5 * k + r.uniform(0, 0.004)),
                    wk,
                    "WARN",
                    "io.antmedia.muxer.MuxAdaptor",
                    "Stream: %s does not get packet for %d ms",
                    f"Stream: {sid} does not get packet for {500 * k} ms",
                )
            A(
                h,
                ts + sec(15.5 + r.uniform(0, 0.004)),
                wk,
                "WARN",
                "io.antmedia.muxer.MuxAdaptor",
                "Total wait time:%d for receiving packet exceeds maxWaitTime(10* max analyze duration):%d breaking the loop for stream:%s",
                f"Total wait time:15500 for receiving packet exceeds maxWaitTime(10* max analyze duration):15000 breaking the loop for stream:{sid}",
            )
        # the stream ends
        t = A(
            h,
            t1,
            ex,
            "INFO",
            "i.a.e.webrtc.WebRTCApplication",
            "W3C x-category:stream x-event:unpublish c-ip:%s x-sname:%s",
            f"W3C x-category:stream x-event:unpublish c-ip:{ip} x-sname:{sname}",
        )
        t = A(
            h,
            t + sec(0.001),
            ex,
            "INFO",
            "i.a.AntMediaApplicationAdapter",
            "Closing broadcast stream id: %s",
            f"Closing broadcast stream id: {sid}",
        )
        wk2 = f"vert.x-worker-thread-{r.randint(0, 19)}"
        dur = (t1 - t0).total_seconds()
        frames = int(dur * 50)
        t = A(
            h,
            t + sec(r.uniform(0.002, 0.02)),
            wk2,
            "INFO",
            "i.a.e.adaptive.audio.OpusEncoder",
            "writing trailer codec name: %s bitrate:%d for stream:%s",
            f"writing trailer codec name: libopus bitrate:128000 for stream:{sid}",
        )
        t = A(
            h,
            t + sec(0.0002),
            wk2,
            "INFO",
            "i.a.e.adaptive.audio.OpusEncoder",
            "Total processing time %d, Average processing time %d ms per frame on average for stream:%s",
            f"Total processing time {int(frames * r.uniform(0.6, 1.4))}, Average processing time 1 ms per frame on average for stream:{sid}",
        )
        if stall:
            t = A(
                h,
                t + sec(0.0002),
                wk2,
                "WARN",
                "io.antmedia.muxer.HLSMuxer",
                "OutputFormatContext is not initialized or it is freed for stream: %s",
                f"OutputFormatContext is not initialized or it is freed for stream: {sid}",
            )
        t = A(
            h,
            t + sec(0.0002),
            wk2,
            "INFO",
            "io.antmedia.muxer.HLSMuxer",
            "Delete File onexit:%s upload to S3:%s stream:%s hls time:%s hlslist size:%s",
            f"Delete File onexit:true upload to S3:false stream:{sid} hls time:2 hlslist size:5",
        )
        if abr:
            t = A(
                h,
                t + sec(0.0004),
                wk2,
                "INFO",
                "i.a.e.adaptive.StreamAdaptor",
                "Average video encode time %dms video packet count: %d Average audio encode time %dms audio packet count: %d for stream: %s",
                f"Average video encode time {r.randint(2, 9)}ms video packet count: {int(dur * 30)} Average audio encode time {r.randint(1, 3)}ms audio packet count: {int(dur * 47)} for stream: {sid}",
            )
        t = A(
            h,
            t + sec(0.001),
            wk2,
            "INFO",
            "i.a.AntMediaApplicationAdapter",
            " Status of stream %s is set to %s with result: %s",
            f" Status of stream {sid} is set to Finished with result: true",
        )
        hook(h, t + sec(r.uniform(0.05, 0.3)))
        A(
            h,
            t + sec(0.002),
            ex,
            "INFO",
            "i.a.e.webrtc.WebRTCApplication",
            "W3C x-category:session x-event:disconnect c-ip:%s c-client-id:%s",
            f"W3C x-category:session x-event:disconnect c-ip:{ip} c-client-id:{cid}",
        )

    def viewers(h: str, t0: datetime, t1: datetime, mean: float) -> None:
        for tv in poisson(r, t0, t1, mean):
            th = f"https-openssl-nio-0.0.0.0-5443-exec-{r.randint(1, 200)}"
            t = A(
                h,
                tv,
                th,
                "INFO",
                "i.a.e.s.WebSocketLocalHandler",
                "Web Socket opened",
                "Web Socket opened",
            )
            if h == "origin2" and in_any(tv, [cpu_high]):
                A(
                    h,
                    t + sec(r.uniform(0.05, 0.4)),
                    th,
                    "ERROR",
                    "i.a.statistic.StatsCollector",
                    "Not enough resource. Due to high cpu load: %d cpu limit: %d",
                    f"Not enough resource. Due to high cpu load: {r.randint(86, 99)} cpu limit: 85",
                )

    sources = [
        (
            "origin1",
            "grace-chapel-main",
            "198.51.100.31",
            True,
            [(at(6, 40), at(8, 5)), (at(9, 45), at(11, 10))],
        ),
        (
            "origin1",
            "field-cam-3",
            "203.0.113.88",
            False,
            [(at(8, 30), at(9, 10, 20)), (at(9, 12), at(11, 20, 30))],
        ),
        (
            "origin1",
            "studio-a",
            "10.8.0.14",
            True,
            [(at(6, 5), at(7, 20)), (at(10, 25), at(10, 50)), (at(11, 0), at(11, 55))],
        ),
        (
            "origin2",
            "arena-north",
            "198.51.100.77",
            True,
            [(at(7, 0), at(8, 40)), (at(10, 35), at(11, 50))],
        ),
        (
            "origin2",
            "arena-south",
            "198.51.100.78",
            True,
            [(at(7, 10), at(8, 35)), (at(10, 40), at(11, 45))],
        ),
        ("origin2", "riverside-fc", "203.0.113.140", False, [(at(7, 25), at(9, 5))]),
    ]
    for h, sid, ip, abr, spans in sources:
        for t0, t1 in spans:
            # encoders reconnect now and then: the stream restarts with the same id
            cuts = sorted(
                t0 + sec(r.uniform(300, (t1 - t0).total_seconds() - 300))
                for _ in range(r.randint(1, 3))
            )
            bounds = [t0, *cuts, t1]
            for a0, a1 in itertools.pairwise(bounds):
                stall = sid == "field-cam-3" and a1 in (at(9, 10, 20), at(11, 20, 30))
                stream(h, a0 + sec(r.uniform(0.5, 9)), a1, sid, ip, abr, stall)
            viewers(h, t0, t1, 55.0 if h == "origin1" else 45.0)
    # short test streams from the mobile app, random ids
    for t in poisson(r, T0 + sec(600), T_END - sec(900), 1000.0):
        stream(
            r.choice(["origin1", "origin2"]),
            t,
            t + sec(r.uniform(60, 600)),
            str(r.randint(10**23, 10**24 - 1)),
            f"100.{r.randint(64, 127)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
            False,
        )
    return fs.logs(T0)


# -------------------------------------------------------------------------------------- srs

SRS_VERSION = "5.0.213"
SRS_HOOK = "http://10.0.0.30:8085/api/v1/streams"
SRS_VHOST = "live.example.com"


def srs_cid(r: random.Random) -> str:
    return "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(8))


def srs(r: random.Random) -> list[Log]:
    """SRS 5.0 (Simple Realtime Server) as a venue's RTMP origin, its own log file
    (`srs_log_tank file`), 06:00 to 12:00: the stage encoder publishing live/stage three times
    (the first session ending in a publish timeout at 08:12 when the venue uplink stalls), a
    restreamer playing it over RTMP, HTTP-FLV viewers, the monitoring's HTTP API polls every five
    minutes, the hook server down 09:40-09:52 (the second camera's publishes refused by the
    failed on_publish callback, retried every 30 s), SRS restarted at 10:15, and the hybrid
    server's statistics line every 20 s."""
    fs = Files()
    restart = (at(10, 15, 2.4), at(10, 15, 5.1))

    def S(
        t: datetime,
        level: str,
        cid: str,
        label: str,
        msg: str,
        errno: int = 0,
        more: list[str] | None = None,
        pid: int = 0,
    ) -> datetime:
        p = pid or (23455 if t >= restart[1] else 2718)
        head = f"[{level}][{p}][{cid}]" + (f"[{errno}]" if level in ("WARN", "ERROR") else "")
        return fs.add(
            "srs.log",
            t,
            label,
            lambda x: [f"[{x:%Y-%m-%d %H:%M:%S}.{ms3(x)}]{head} {msg}", *(more or [])],
            p,
            1000,
        )

    def scid(t: datetime) -> str:
        return "6v2x0k9p" if t >= restart[1] else "r8a4n7m1"

    def ptr() -> str:
        return f"0x{r.randrange(0x7F3A10000000, 0x7F3A1FFFFFFF, 16):x}"

    conns = [0]

    def hook_req(action: str, cid: str, ip: str, stream: str, param: str) -> str:
        return json.dumps(
            {
                "server_id": "vid-9n2k4x7",
                "service_id": "0i5t3c1v",
                "action": action,
                "client_id": cid,
                "ip": ip,
                "vhost": "__defaultVhost__",
                "app": "live",
                "tcUrl": f"rtmp://{SRS_VHOST}:1935/live",
                "stream": stream,
                "param": param,
                "stream_url": f"/live/{stream}",
                "stream_id": f"vid-{srs_cid(r)[:7]}",
            },
            separators=(",", ":"),
        )

    sources: dict[str, str] = {}

    def rtmp_open(t: datetime, cid: str, ip: str, kind: str, stream: str, param: str) -> datetime:
        conns[0] += 1
        t = S(
            t,
            "INFO",
            cid,
            "RTMP client ip=%s:%d, fd=%d",
            f"RTMP client ip={ip}:{r.randint(49152, 65000)}, fd={r.randint(9, 40)}",
        )
        t = S(
            t + sec(r.uniform(0.002, 0.03)),
            "INFO",
            cid,
            "complex handshake success",
            "complex handshake success",
        )
        tc = f"rtmp://{SRS_VHOST}:1935/live"
        t = S(
            t + sec(r.uniform(0.01, 0.08)),
            "INFO",
            cid,
            "connect app, tcUrl=%s, pageUrl=%s, swfUrl=%s, schema=%s, vhost=%s, port=%d, app=%s, args=%s",
            f"connect app, tcUrl={tc}, pageUrl=, swfUrl=, schema=rtmp, vhost={SRS_VHOST}, port=1935, app=live, args=null",
        )
        t = S(
            t + sec(0.001),
            "INFO",
            cid,
            "protocol in.buffer=%d, in.ack=%d, out.ack=%d, in.chunk=%d, out.chunk=%d",
            f"protocol in.buffer=0, in.ack=0, out.ack=2500000, in.chunk=128, out.chunk={60000 if kind != 'fmle-publish' else 128}",
        )
        t = S(
            t + sec(r.uniform(0.05, 0.3)),
            "INFO",
            cid,
            "client identified, type=%s, vhost=%s, app=%s, stream=%s, param=%s, duration=%dms",
            f"client identified, type={kind}, vhost={SRS_VHOST}, app=live, stream={stream}, param={param}, duration={-1 if kind != 'rtmp-play' else 0}ms",
        )
        t = S(
            t + sec(0.001),
            "INFO",
            cid,
            "connected stream, tcUrl=%s, pageUrl=%s, swfUrl=%s, schema=%s, vhost=%s, port=%d, app=%s, stream=%s, param=%s, args=%s",
            f"connected stream, tcUrl={tc}, pageUrl=, swfUrl=, schema=rtmp, vhost=__defaultVhost__, port=1935, app=live, stream={stream}, param={param}, args=null",
        )
        return t

    def dispose(t: datetime, cid: str, res: str) -> datetime:
        p = ptr()
        n = conns[0]
        t = S(
            t,
            "INFO",
            cid,
            "TCP: before dispose resource(%s)(%p), conns=%d, zombies=%d, ign=%d, inz=%d, ind=%d",
            f"TCP: before dispose resource({res})({p}), conns={n}, zombies=0, ign=0, inz=0, ind=0",
        )
        conns[0] = max(0, n - 1)
        return S(
            t + sec(0.001),
            "INFO",
            cid,
            "TCP: disposing #%d resource(%s)(%p), conns=%d, disposing=%d, zombies=%d",
            f"TCP: disposing #0 resource({res})({p}), conns={n}, disposing=1, zombies=0",
        )

    def thread_lines(
        cid: str, pid: int, frames: list[tuple[str, str, int]], errno: int, tail: str
    ) -> list[str]:
        out = [
            f"thread [{pid}][{cid}]: {fn}() [./src/{f}:{ln}][errno={errno}]" for fn, f, ln in frames
        ]
        out[-1] += tail
        return out

    def publish(
        t0: datetime,
        t1: datetime,
        ip: str,
        stream: str,
        end: str,
        players: list[tuple[datetime, datetime]],
    ) -> None:
        cid = srs_cid(r)
        param = "?key=" + ("st4ge-9f2c" if stream == "stage" else "c4m2-71ab")
        t = rtmp_open(t0, cid, ip, "fmle-publish", stream, param)
        prev = sources.get(stream, "")
        t = S(
            t + sec(0.001),
            "INFO",
            cid,
            "source url=%s, ip=%s, cache=%d, is_edge=%d, source_id=%s/%s",
            f"source url=/live/{stream}, ip={ip}, cache=1, is_edge=0, source_id={cid}/{prev}",
        )
        sources[stream] = cid
        t = S(
            t + sec(r.uniform(0.003, 0.02)),
            "INFO",
            cid,
            "http: on_publish ok, client_id=%s, url=%s, request=%s, response=%s",
            f"http: on_publish ok, client_id={cid}, url={SRS_HOOK}, request={hook_req('on_publish', cid, ip, stream, param)}, response=0",
        )
        t = S(
            t + sec(0.001),
            "INFO",
            cid,
            "start publish mr=%d/%d, p1stpt=%d, pnt=%d, tcp_nodelay=%d",
            "start publish mr=0/350, p1stpt=20000, pnt=5000, tcp_nodelay=0",
        )
        t = S(
            t + sec(r.uniform(0.02, 0.1)),
            "INFO",
            cid,
            "got metadata, width=%d, height=%d, vcodec=%d, acodec=%d",
            "got metadata, width=1920, height=1080, vcodec=7, acodec=10",
        )
        t = S(
            t + sec(0.001),
            "INFO",
            cid,
            "%dB video sh, codec(%d, profile=%s, level=%s, %dx%d, %dkbps, %.1ffps, %.1fs)",
            "46B video sh, codec(7, profile=High, level=4.1, 1920x1080, 0kbps, 0.0fps, 0.0s)",
        )
        t = S(
            t + sec(0.001),
            "INFO",
            cid,
            "%dB audio sh, codec(%d, profile=%s, %dchannels, %dkbps, %dHZ), flv(%dbits, %dchannels, %dHZ)",
            "4B audio sh, codec(10, profile=LC, 2channels, 0kbps, 48000HZ), flv(16bits, 2channels, 44100HZ)",
        )
        t = S(
            t + sec(0.002),
            "INFO",
            cid,
            "hls: win=%dms, frag=%dms, prefix=%s, path=%s, m3u8=%s, ts=%s, aof=%.2f, floor=%d, clean=%d, waitk=%d, dispose=%dms, dts_directly=%d",
            "hls: win=60000ms, frag=10000ms, prefix=, path=/data/hls, m3u8=[app]/[stream].m3u8, ts=[app]/[stream]-[seq].ts, aof=2.00, floor=0, clean=1, waitk=1, dispose=120000ms, dts_directly=1",
        )
        start = t
        rate = r.randint(4300, 4700)
        tk = t0 + sec(30 + r.uniform(0, 0.5))
        while tk < t1:
            age = int((tk - start).total_seconds() * 1000)
            cur = rate + r.randint(-180, 180)
            S(
                tk,
                "INFO",
                cid,
                "<- CPB time=%d, okbps=%d,%d,%d, ikbps=%d,%d,%d, mr=%d/%d, p1stpt=%d, pnt=%d",
                f"<- CPB time={age}, okbps=0,0,0, ikbps={cur},{rate + r.randint(-40, 40)},{rate + r.randint(-15, 15)}, mr=0/350, p1stpt=20000, pnt=5000",
            )
            tk += sec(30 + r.uniform(0, 0.05))
        if end == "restart":
            return
        t = S(t1, "INFO", cid, "cleanup when unpublish", "cleanup when unpublish")
        t = S(
            t + sec(r.uniform(0.003, 0.02)),
            "INFO",
            cid,
            "http: on_unpublish ok, client_id=%s, url=%s, request=%s, response=%s",
            f"http: on_unpublish ok, client_id={cid}, url={SRS_HOOK}, request={hook_req('on_unpublish', cid, ip, stream, param)}, response=0",
        )
        pid = 23455 if t >= restart[1] else 2718
        if end == "timeout":
            frames = [
                ("do_cycle", "app/srs_app_rtmp_conn.cpp", 263),
                ("service_cycle", "app/srs_app_rtmp_conn.cpp", 457),
                ("stream_service_cycle", "app/srs_app_rtmp_conn.cpp", 651),
                ("do_publishing", "app/srs_app_rtmp_conn.cpp", 1089),
            ]
            nb = int((t1 - start).total_seconds() * 55)
            t = S(
                t + sec(0.001),
                "ERROR",
                cid,
                "serve error code=%d(%s)(%s) : service cycle : rtmp: stream service : rtmp: publish timeout %dms, nb_msgs=%d",
                f"serve error code=1011(SocketTimeout)(Socket io timeout) : service cycle : rtmp: stream service : rtmp: publish timeout 5000ms, nb_msgs={nb}",
                errno=11,
                more=thread_lines(cid, pid, frames, 11, "(Resource temporarily unavailable)"),
            )
        else:
            t = S(
                t + sec(0.001),
                "WARN",
                cid,
                "client disconnect peer. ret=%d",
                "client disconnect peer. ret=1007",
                errno=0,
            )
        dispose(t + sec(0.001), cid, "RtmpConn")

    def play_flv(t0: datetime, t1: datetime, ip: str, stream: str) -> None:
        cid = srs_cid(r)
        conns[0] += 1
        t = S(
            t0,
            "INFO",
            cid,
            "HTTP #%d %s:%d %s %s, content-length=%lld",
            f"HTTP #0 {ip}:{r.randint(49152, 65000)} GET http://{SRS_VHOST}:8080/live/{stream}.flv, content-length=-1",
        )
        tk = t0 + sec(30 + r.uniform(0, 0.5))
        while tk < t1:
            S(
                tk,
                "INFO",
                cid,
                "-> HTS http: got %d msgs, age=%d, min=%d, mw=%d",
                f"-> HTS http: got {r.randint(9, 14)} msgs, age={int((tk - t0).total_seconds() * 1000)}, min=10, mw=350",
            )
            tk += sec(30 + r.uniform(0, 0.05))
        t = S(t1, "WARN", cid, "client disconnect peer. ret=%d", "client disconnect peer. ret=1009")
        dispose(t + sec(0.001), cid, "HttpStreamConn")

    def hook_refused(t0: datetime, ip: str, stream: str) -> None:
        cid = srs_cid(r)
        param = "?key=c4m2-71ab"
        t = rtmp_open(t0, cid, ip, "fmle-publish", stream, param)
        t = S(
            t + sec(0.001),
            "INFO",
            cid,
            "source url=%s, ip=%s, cache=%d, is_edge=%d, source_id=%s/%s",
            f"source url=/live/{stream}, ip={ip}, cache=1, is_edge=0, source_id=/{sources.get(stream, '')}",
        )
        frames = [
            ("do_cycle", "app/srs_app_rtmp_conn.cpp", 263),
            ("service_cycle", "app/srs_app_rtmp_conn.cpp", 457),
            ("stream_service_cycle", "app/srs_app_rtmp_conn.cpp", 634),
            ("http_hooks_on_publish", "app/srs_app_rtmp_conn.cpp", 1368),
            ("on_publish", "app/srs_app_http_hooks.cpp", 154),
            ("do_post", "app/srs_app_http_hooks.cpp", 602),
            ("post", "app/srs_app_http_client.cpp", 211),
            ("connect", "app/srs_app_http_client.cpp", 310),
            ("srs_tcp_connect", "protocol/srs_protocol_st.cpp", 221),
        ]
        pid = 23455 if t >= restart[1] else 2718
        req = hook_req("on_publish", cid, ip, stream, param)
        t = S(
            t + sec(r.uniform(0.001, 0.004)),
            "ERROR",
            cid,
            "serve error code=%d(%s)(%s) : service cycle : rtmp: stream service : rtmp: callback on publish : rtmp on_publish %s : http: post %s with %s, status=%d, res=%s : http: client post : http: connect server : connect(%s:%d)",
            f"serve error code=1032(StConnect)(ST connect server failed) : service cycle : rtmp: stream service : rtmp: callback on publish : rtmp on_publish {SRS_HOOK} : http: post {SRS_HOOK} with {req}, status=0, res= : http: client post : http: connect server : connect(10.0.0.30:8085)",
            errno=111,
            more=thread_lines(cid, pid, frames, 111, "(Connection refused)"),
        )
        dispose(t + sec(0.001), cid, "RtmpConn")

    # the hybrid server's statistics every 20 s
    busy = [
        (at(6, 30, 4), at(8, 12, 40)),
        (at(8, 13, 20), at(9, 38, 5)),
        (at(9, 53, 10), restart[0]),
        (at(10, 30, 2), at(11, 45, 12)),
    ]
    tk = T0 + sec(7.3)
    while tk < T_END:
        if restart[0] - sec(1) <= tk < restart[1] + sec(10):
            tk += sec(20)
            continue
        b = in_any(tk, busy)
        msg = f"Hybrid cpu={r.choice([0, 0, 1, 1, 2]) + (r.randint(3, 9) if b else 0):.2f}%,{r.randint(38, 44) if b else r.randint(21, 26)}MB"
        if b:
            msg += f", cid={r.randint(1, 4)},{r.randint(0, 2)}"
        msg += f", timer={r.randint(60, 63)},0,0, clock=0,{r.randint(44, 49)},{r.randint(1, 3)},0,0,0,0,{r.randint(0, 1)},0"
        if b:
            msg += f", objs=(pkt:0,raw:0,fua:0,msg:{r.randint(140, 420)},oth:0,buf:0)"
        S(tk, "INFO", scid(tk), "Hybrid cpu=%.2f%%,%dMB%s%s%s%s%s%s%s%s%s", msg)
        tk += sec(20 + r.uniform(0, 0.004))

    # the monitoring's API polls every five minutes
    tk = T0 + sec(61.2)
    while tk < T_END:
        if not (restart[0] - sec(2) <= tk < restart[1] + sec(5)):
            cid = srs_cid(r)
            conns[0] += 1
            port = r.randint(40000, 60000)
            t = S(
                tk,
                "INFO",
                cid,
                "HTTP #%d %s:%d %s %s, content-length=%lld",
                f"HTTP #0 10.0.0.9:{port} GET http://10.0.0.20:1985/api/v1/summaries, content-length=-1",
            )
            t = S(
                t + sec(r.uniform(0.002, 0.01)),
                "INFO",
                cid,
                "HTTP #%d %s:%d %s %s, content-length=%lld",
                f"HTTP #1 10.0.0.9:{port} GET http://10.0.0.20:1985/api/v1/streams/?count=100, content-length=-1",
            )
            dispose(t + sec(r.uniform(0.002, 0.01)), cid, "HttpxConn")
        tk += sec(300 + r.uniform(0, 0.2))

    publish(at(6, 30, 1), at(8, 12, 38), "198.51.100.23", "stage", "timeout", [])
    publish(at(8, 13, 17), at(9, 38, 2), "198.51.100.23", "stage", "stop", [])
    t = at(9, 41, 7)
    while t < at(9, 52, 30):
        hook_refused(t, "198.51.100.24", "cam2")
        t += sec(30 + r.uniform(0.1, 1.5))
    publish(at(9, 53, 8), restart[0], "198.51.100.24", "cam2", "restart", [])
    publish(at(10, 30, 0), at(11, 45, 10), "198.51.100.23", "stage", "stop", [])
    for t0, t1 in [(at(6, 30), at(8, 12)), (at(8, 14), at(9, 38)), (at(10, 31), at(11, 45))]:
        for tv in poisson(r, t0, t1 - sec(200), 1300.0):
            play_flv(
                tv,
                min(t1, tv + sec(r.uniform(90, 900))),
                f"198.51.100.{r.randint(100, 220)}",
                "stage",
            )

    # the restart
    t = S(
        restart[0],
        "INFO",
        "r8a4n7m1",
        "sig=%d, user terminate program",
        "sig=15, user terminate program",
        pid=2718,
    )
    c2 = "6v2x0k9p"
    t = S(restart[1], "INFO", c2, "XCORE-SRS/%s(%s)", f"XCORE-SRS/{SRS_VERSION}(Bee)", pid=23455)
    S(
        t + sec(0.003),
        "INFO",
        c2,
        "RTMP listen at tcp://%s:%d, fd=%d",
        "RTMP listen at tcp://0.0.0.0:1935, fd=7",
        pid=23455,
    )
    sources.clear()
    return fs.logs(T0)


SYSTEMS = {
    "rtpengine": rtpengine,
    "kurento": kurento,
    "livekit": livekit,
    "ant-media": ant_media,
    "srs": srs,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
