#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 107 (opensips, ceph-rgw, guacamole, bigbluebutton,
spreed-signaling) into bench/heldout/, the same way and under the same label rules as
generate.py (bench/README.md, "heldout.py"): each program's log is simulated from its format
strings over a seeded run, and every line that starts an event is labelled with the format
string that wrote it as it is written. Distinct calls of one process never share a timestamp at
the log's resolution (round 53's Clock, per process and per file). Five real-time and access
services, 06:00 to 12:00 on 2024-06-04:

- OpenSIPS 3.4 on two SIP proxies (`sip1.log`, `sip2.log`: syslog, `Jun  4 06:00:01 sip1
  /usr/sbin/opensips[2101]: INFO:core:main: ...`, the `LEVEL:module:function: ` head of LM_*
  and the routing script's xlog lines without one): start-up (`version: %s`, memory, reactor,
  `Registered event <%.*s(%d)>`, the protocols, `pre-daemon process exiting with %d`),
  registrations and calls from the script's xlog (`REGISTER from %s (IP:%s:%s) expires %s`,
  `[%s] new INVITE from %s to %s (IP:%s:%s)`, `[%s] relaying to %s`, `[%s] failure route: %s
  %s`, `[%s] BYE from %s`), auth failures and a SIPVicious scan (pike's `PIKE - BLOCKing ip
  %s, node=%p`), MySQL gone 08:40-08:52 (`driver error (%d): MySQL server has gone away`,
  `driver error(%d): Can't connect to MySQL server on '%s' (%d)`), the TCP carrier trunk down
  10:05-10:20 (`connect timed out, %d us elapsed out of %d us`, `send() to %s:%hu for proto
  %s/%d failed`, the dispatcher event route), timer warnings under load, sip2 restarted at
  09:30 (`Thank you for flying OpenSIPS!!`).
- Ceph RGW 18.2 (reef) on two gateways (`ceph-client.rgw.s3a.log`, `ceph-client.rgw.s3b.log`,
  debug_rgw 1: `2024-06-04T06:00:01.123+0000 7f3a9c7fe700  1 ====== starting new request
  req=0x7f3a8e4f3710 =====`): every request's three lines (`starting new request`, `req done
  ... op status=%d http_status=%d latency=%s`, the beast access line), start-up (`ceph
  version %s, process %s, pid %d`, `framework: %s`, `framework conf key: %s, val: %s`, LDAP,
  `mgrc service_daemon_register %s metadata %s`), s3b restarted at 09:45 (`received  signal:
  %s from %s (PID: %d) UID: %d`, `handle_sigterm`), clients going away (`ERROR:
  client_io->complete_request() returned Connection reset by peer` / `Broken pipe`), a scanner
  (`failed to read header: bad method`), resharding (`INFO: RGWReshardLock::lock found lock on
  %s to be held by another RGW process; skipping for now`), slow OSDs 09:10-09:20 (`WARNING:
  set_req_state_err err_no=%d resorting to 500` and 500s), 404s, 403s, 503 SlowDown.
- Apache Guacamole 1.5.5: guacd in syslog (`guacd.log`: `Jun  4 06:00:01 guac1 guacd[812]:
  Creating new client for protocol "rdp"`, the daemon's and each connection process's pid)
  and the web application's logback lines in Tomcat's catalina.out (`06:00:07.812
  [http-nio-8080-exec-3] INFO  o.a.g.r.auth.AuthenticationService - User "alice"
  successfully authenticated from 10.0.5.12.`) between Tomcat's own JUL lines: RDP, SSH and
  VNC sessions (`Creating new client for protocol "%s"`, `Connection ID is "%s"`, `Loading
  keymap "%s"`, `Connected to RDPDR %u.%u as client 0x%04x`, `User "%s" joined connection
  "%s" (%i users now present)`, `User "%s" disconnected (%i users remain)`, `Last user of
  connection "%s" disconnected`, `Connection "%s" removed.`), a monitoring check's
  `Guacamole connection closed during handshake`, a password-guessing burst (`Authentication
  attempt from %s for user "%s" failed.`), MySQL down 08:15-08:22 (`Unexpected internal
  error: ` with MyBatis's message on the lines under it, blank lines included), guacd
  restarted at 10:40 (the tunnel failures while it is down).
- BigBlueButton 2.7: bbb-web's logback file (`bbb-web.log`: `2024-06-04T06:00:01.123Z INFO
  o.b.api.MeetingService - ...`, the ` --analytics-- data={...}` JSON per call site), a
  Moodle with a stale secret (`checksumError: ...`), Redis restarted at 09:05 (lettuce's
  `Reconnecting, last destination was %s`, `Cannot reconnect to [%s]: %s`, `Reconnected to
  %s`), and bbb-webrtc-sfu's winston JSON lines (`bbb-webrtc-sfu.log`: sorted keys, the
  module in `label`): cameras, screen sharing, listen-only audio, mediasoup workers, ICE
  failures, a worker dying at 10:20.
- nextcloud-spreed-signaling 1.3 (Talk's high-performance back-end) on two hosts (`hpb1.log`,
  `hpb2.log`: syslog, Go's `log.Lshortfile` prefix `hub.go:1042: `): start-up (`Starting up
  version %s/%s as pid %d`, `Using a maximum of %d CPUs`, NATS, Janus's `Connected to %s %s by
  %s`, `Using %s MCU`, `Listening on %s`), Talk sessions (`Register user %s@%s from %s in %s
  (%s) %s (private=%s)`, `Register anonymous@%s ...`, `Session %s joined room %s with room
  session id %s`, `Publisher %s is using handle %d`, `Unregister %s (private=%s)`, `Resume
  session from ...`), slow clients (`Client %s has RTT of %d ms (%s)`), websocket errors,
  Nextcloud unreachable 09:20-09:27 (`Could not send request %s to %s: %s`), Janus restarted
  at 10:50, hpb2 restarted at 11:10 (`Interrupted`), a SIGHUP reload.

Label notes. Syslog heads, OpenSIPS's `LEVEL:module:function: `, Ceph's date, thread and
level column, guacd's ident and pid, logback's time, thread, level and logger, Tomcat's date,
level, thread and class.method, bbb-web's date, level and logger, the SFU's `level`,
`timestamp` and `label` keys, the signaling server's `file.go:NNN: ` are context: the message
is the label. OpenSIPS's script xlog strings are the call site's literal, their pseudo
variables values (`%s`). Ceph's `rgw main: ` dout prefix is context. A JSON payload built
from a map whose `logCode` and `description` are the call site's literals is labelled per
call site, its other values variables (bbb-web's analytics lines). An errno's, MySQL's, a
websocket's or a dial error's text contributes its own words (`driver error (%d): MySQL server
has gone away`, `returned Connection reset by peer` beside `returned Broken pipe`, `Error
reading from %s: websocket: close 1006 (abnormal closure): unexpected EOF`). A multi-line
message's later lines (MyBatis's, with its blank lines) belong to its event.

Least sure (written from the helper's knowledge; checked against copies of the sources only
where noted): OpenSIPS's `reactor size ...`, `locks array size %d`, the timer warnings'
wording, `parse_first_line: bad message`, `Unable to parse msg received from [%s:%d]`, the
db_mysql connect line, `failed to query database`, `proto_tcp_send: connect failed`; RGW's
`framework conf key` lines, `handle_sigterm set alarm for %d`, `final shutdown`, `WARNING:
set_req_state_err ...`, the reshard line and the beast line's trailing fields; guacd's line
texts (checked: `Creating new client for protocol`, `Connection ID is`, `Connection "%s"
removed.`, against a copy of connection.c), `Connected to RDPDR`, `RDPDR user logged on`,
`SSH connection successful.`, `Auth key successfully imported.`, `RDP server closed/refused
connection: %s`; the web application's `Creation of WebSocket tunnel to guacd failed: %s` and
MyBatis's lines; bbb-web's Spring Boot start-up lines, its analytics payloads, logCodes and `checksumError` line, every
bbb-webrtc-sfu message (the JSON layout is from a copy of its logger.js); the signaling
server's Janus, publisher, RTT, backend (`Backend %s added for %s`, `Using a timeout of %s
for backend connections`) and backend-request lines (start-up, `Register ...`,
`Unregister ...`, `Resume session ...` and `Session %s joined room ...` checked against copies
of main.go and hub.go).
"""

from __future__ import annotations

import json
import random
import re
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate
from generate_round55 import at, poisson
from generate_round97 import Files, ms, sec, syslog_ts

T0, T_END = at(6, 0), at(12, 0)


def in_(t: datetime, a: datetime, b: datetime) -> bool:
    return a <= t < b


def hexptr(r: random.Random) -> str:
    return f"0x7f{r.getrandbits(36):09x}0"


# ------------------------------------------------------------------------------------ opensips

OS_EVENTS = [
    "E_CORE_THRESHOLD",
    "E_CORE_SHM_THRESHOLD",
    "E_CORE_PKG_THRESHOLD",
    "E_CORE_PROC_AUTO_SCALE",
    "E_CORE_TCP_DISCONNECT",
    "E_UL_AOR_INSERT",
    "E_UL_AOR_DELETE",
    "E_UL_CONTACT_INSERT",
    "E_UL_CONTACT_DELETE",
    "E_UL_CONTACT_UPDATE",
    "E_UL_CONTACT_REFRESH",
    "E_DISPATCHER_STATUS",
    "E_PIKE_BLOCKED",
]
OS_UAS = [
    "Yealink SIP-T46S 66.86.0.15",
    "Grandstream GXP2170 1.0.11.23",
    "Zoiper rv2.10.20.3",
    "Linphone-Desktop/5.2.4 (belle-sip/5.2.94)",
    "PolycomVVX-VVX_450-UA/6.4.6.2420",
]
OS_DOMAIN = "voip.example.com"
OS_SCANNERS = ["203.0.113.45", "198.51.100.77", "185.53.88.21"]


def opensips(r: random.Random) -> list[Log]:
    """Two proxies (sip1 for extensions 1001-1040, sip2 for 2001-2040) in front of a TCP
    carrier trunk and a MySQL location / subscriber database, 06:00 to 12:00."""
    fs = Files()
    pids = {"sip1": 2101, "sip2": 2201}

    def S(h: str, t: datetime, pid: int, head: str, label: str, msg: str) -> datetime:
        text = f"{head}{msg}"
        return fs.add(
            f"{h}.log",
            t,
            label,
            lambda x: [f"{syslog_ts(x)} {h} /usr/sbin/opensips[{pid}]: {text}"],
            (h, pid),
            1_000_000,
        )

    def workers(h: str) -> list[int]:
        return [pids[h] + k for k in range(5, 13)]

    def start(h: str, t: datetime) -> None:
        p = pids[h]
        t = S(
            h, t, p, "NOTICE:core:main: ", "version: %s", "version: opensips 3.4.5 (x86_64/linux)"
        )
        t = S(
            h,
            t,
            p,
            "INFO:core:main: ",
            "using %ld Mb of shared memory",
            "using 256 Mb of shared memory",
        )
        t = S(
            h,
            t,
            p,
            "INFO:core:main: ",
            "using %ld Mb of private process memory",
            "using 16 Mb of private process memory",
        )
        t = S(
            h,
            t,
            p,
            "INFO:core:init_reactor_size: ",
            "reactor size %d (using up to %.2fMb of memory per process)",
            "reactor size 1024 (using up to 0.03Mb of memory per process)",
        )
        for k, ev in enumerate(OS_EVENTS):
            t = S(
                h,
                t,
                p,
                "INFO:core:evi_publish_event: ",
                "Registered event <%.*s(%d)>",
                f"Registered event <{ev}({k})>",
            )
        t = S(
            h,
            t,
            p,
            "INFO:proto_udp:mod_init: ",
            "initializing UDP-plain protocol",
            "initializing UDP-plain protocol",
        )
        t = S(
            h,
            t,
            p,
            "INFO:proto_tcp:mod_init: ",
            "initializing TCP-plain protocol",
            "initializing TCP-plain protocol",
        )
        t = S(h, t, p, "INFO:usrloc:ul_init_locks: ", "locks array size %d", "locks array size 512")
        S(
            h,
            t + sec(0.4),
            p,
            "INFO:core:daemonize: ",
            "pre-daemon process exiting with %d",
            "pre-daemon process exiting with 0",
        )

    def stop(h: str, t: datetime) -> None:
        S(
            h,
            t,
            pids[h] + 1,
            "NOTICE:core:main: ",
            "Thank you for flying OpenSIPS!!",
            "Thank you for flying OpenSIPS!!",
        )

    def callid() -> str:
        return f"{r.getrandbits(64):016x}@{r.choice(['10.1.2', '10.1.3'])}.{r.randint(10, 250)}"

    def db_down(t: datetime) -> bool:
        return in_(t, at(8, 40), at(8, 52))

    def trunk_down(t: datetime) -> bool:
        return in_(t, at(10, 5), at(10, 20))

    for h, base in [("sip1", 1000), ("sip2", 2000)]:
        start(h, T0 + sec(r.uniform(1, 3)))
        down = (at(9, 30), at(9, 30, 6)) if h == "sip2" else None
        phones = {
            base + k: (
                f"10.1.{2 if h == 'sip1' else 3}.{10 + k}",
                r.choice([5060, 5062, 49152 + k]),
                r.choice(OS_UAS),
            )
            for k in range(1, 41)
        }
        # registrations
        for t in poisson(r, T0 + sec(5), T_END, 50):
            if down and in_(t, *down):
                continue
            ext = r.choice(list(phones))
            ip, port, _ua = phones[ext]
            w = r.choice(workers(h))
            if db_down(t):
                t = S(
                    h,
                    t,
                    w,
                    "ERROR:db_mysql:wrapper_single_mysql_real_query: ",
                    "driver error (%d): MySQL server has gone away",
                    "driver error (2006): MySQL server has gone away",
                )
                t = S(
                    h,
                    t,
                    w,
                    "ERROR:db_mysql:db_mysql_connect: ",
                    "driver error(%d): Can't connect to MySQL server on '%s' (%d)",
                    "driver error(2003): Can't connect to MySQL server on '10.0.4.10:3306' (111)",
                )
                S(
                    h,
                    t,
                    w,
                    "ERROR:auth_db:get_ha1: ",
                    "failed to query database",
                    "failed to query database",
                )
                continue
            if r.random() < 0.03:
                S(
                    h,
                    t,
                    w,
                    "",
                    "[%s] auth failed for %s from %s",
                    f"[{callid()}] auth failed for {ext} from {ip}",
                )
                continue
            S(
                h,
                t,
                w,
                "",
                "REGISTER from %s (IP:%s:%s) expires %s",
                f"REGISTER from sip:{ext}@{OS_DOMAIN} (IP:{ip}:{port}) expires {r.choice([600, 3600, 3600, 300])}",
            )
        # calls
        for t in poisson(r, T0 + sec(30), T_END, 86):
            if down and in_(t, *down):
                continue
            a = r.choice(list(phones))
            ip, port, _ua = phones[a]
            ci = callid()
            w = r.choice(workers(h))
            external = r.random() < 0.4
            to = (
                f"sip:+49{r.randint(301000000, 899999999)}@{OS_DOMAIN}"
                if external
                else f"sip:{r.choice(list(phones))}@{OS_DOMAIN}"
            )
            t = S(
                h,
                t,
                w,
                "",
                "[%s] new INVITE from %s to %s (IP:%s:%s)",
                f"[{ci}] new INVITE from sip:{a}@{OS_DOMAIN} to {to} (IP:{ip}:{port})",
            )
            if db_down(t):
                t = S(
                    h,
                    t,
                    w,
                    "ERROR:db_mysql:wrapper_single_mysql_real_query: ",
                    "driver error (%d): MySQL server has gone away",
                    "driver error (2006): MySQL server has gone away",
                )
                S(
                    h,
                    t,
                    w,
                    "ERROR:auth_db:get_ha1: ",
                    "failed to query database",
                    "failed to query database",
                )
                continue
            if external:
                du = "sip:10.0.3.21:5060;transport=tcp"
                t = S(
                    h,
                    t + sec(r.uniform(0.005, 0.05)),
                    w,
                    "",
                    "[%s] relaying to %s",
                    f"[{ci}] relaying to {du}",
                )
                if trunk_down(t):
                    t = S(
                        h,
                        t + sec(0.1),
                        w,
                        "ERROR:core:tcp_connect_blocking_timeout: ",
                        "connect timed out, %d us elapsed out of %d us",
                        f"connect timed out, {r.randint(100001, 100400)} us elapsed out of 100000 us",
                    )
                    t = S(
                        h,
                        t,
                        w,
                        "ERROR:proto_tcp:proto_tcp_send: ",
                        "connect failed",
                        "connect failed",
                    )
                    t = S(
                        h,
                        t,
                        w,
                        "ERROR:tm:msg_send: ",
                        "send() to %s:%hu for proto %s/%d failed",
                        "send() to 10.0.3.21:5060 for proto tcp/2 failed",
                    )
                    S(
                        h,
                        t + sec(0.01),
                        w,
                        "",
                        "[%s] failure route: %s %s",
                        f"[{ci}] failure route: 408 Request Timeout",
                    )
                    continue
            else:
                callee_ip = (
                    phones[int(to[4:8])][0] if to[4:8].isdigit() and int(to[4:8]) in phones else ip
                )
                t = S(
                    h,
                    t + sec(r.uniform(0.005, 0.05)),
                    w,
                    "",
                    "[%s] relaying to %s",
                    f"[{ci}] relaying to sip:{callee_ip}:5060",
                )
            x = r.random()
            if x < 0.2:
                reason = r.choice(
                    [
                        "486 Busy Here",
                        "480 Temporarily Unavailable",
                        "487 Request Terminated",
                        "603 Decline",
                    ]
                )
                S(
                    h,
                    t + sec(r.uniform(2, 30)),
                    w,
                    "",
                    "[%s] failure route: %s %s",
                    f"[{ci}] failure route: {reason}",
                )
            else:
                S(
                    h,
                    t + sec(r.uniform(20, 600)),
                    r.choice(workers(h)),
                    "",
                    "[%s] BYE from %s",
                    f"[{ci}] BYE from sip:{r.choice([a, int(to[4:8]) if to[4:8].isdigit() else a])}@{OS_DOMAIN}",
                )
        # the timer under load
        for t in poisson(r, at(7, 50), at(8, 5), 25) + poisson(r, at(10, 5), at(10, 12), 30):
            if r.random() < 0.7:
                S(
                    h,
                    t,
                    pids[h] + 2,
                    "WARNING:core:utimer_ticker: ",
                    "utimer task <%s> already scheduled %lld ms ago (now %lld ms), delaying execution",
                    f"utimer task <tm-utimer> already scheduled {r.randint(110, 900)} ms ago (now {int((t - T0).total_seconds() * 1000) + 1200} ms), delaying execution",
                )
            else:
                S(
                    h,
                    t,
                    pids[h] + 2,
                    "WARNING:core:timer_ticker: ",
                    "timer task <%s> already scheduled for %lld ms (now %lld ms), it may overlap..",
                    f"timer task <{r.choice(['tm-timer', 'dlg-timer', 'ul-timer'])}> already scheduled for {r.randint(1, 40)} ms (now {int((t - T0).total_seconds() * 1000) + 1200} ms), it may overlap..",
                )
        # the dispatcher's event route for the trunk
        S(
            h,
            at(10, 5, 12) + sec(r.uniform(0, 5)),
            r.choice(workers(h)),
            "",
            "DS destination %s is now %s",
            "DS destination sip:10.0.3.21:5060;transport=tcp is now inactive",
        )
        S(
            h,
            at(10, 20, 20) + sec(r.uniform(0, 5)),
            r.choice(workers(h)),
            "",
            "DS destination %s is now %s",
            "DS destination sip:10.0.3.21:5060;transport=tcp is now active",
        )
        if down:
            stop(h, down[0])
            start(h, down[1])
    # a SIPVicious scan against sip1
    for burst in [at(7, 12), at(11, 3)]:
        scanner = r.choice(OS_SCANNERS)
        n = 0
        for t in poisson(r, burst, burst + sec(90), 1.5):
            w = r.choice(workers("sip1"))
            if n == 12:
                S(
                    "sip1",
                    t,
                    w,
                    "WARNING:pike:pike_check_req: ",
                    "PIKE - BLOCKing ip %s, node=%p",
                    f"PIKE - BLOCKing ip {scanner}, node=0x7f{r.getrandbits(32):08x}",
                )
            if n >= 12:
                n += 1
                continue
            if r.random() < 0.25:
                t = S("sip1", t, w, "ERROR:core:parse_first_line: ", "bad message", "bad message")
                S(
                    "sip1",
                    t,
                    w,
                    "ERROR:core:receive_msg: ",
                    "Unable to parse msg received from [%s:%d]",
                    f"Unable to parse msg received from [{scanner}:{r.randint(5060, 5070)}]",
                )
            else:
                S(
                    "sip1",
                    t,
                    w,
                    "",
                    "dropping request from scanner %s (%s)",
                    f"dropping request from scanner {r.choice(['friendly-scanner', 'sipvicious', 'sipcli/v1.8'])} ({scanner})",
                )
            n += 1
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ ceph-rgw

RGW_USERS = ["app-prod", "backup-svc", "loki", "media-uploader", "-"]
RGW_UA = {
    "app-prod": "aws-sdk-java/2.25.40 Linux/5.15.0-107-generic OpenJDK_64-Bit_Server_VM/17.0.11+9 Java/17.0.11",
    "backup-svc": "rclone/v1.66.0",
    "loki": "aws-sdk-go/1.44.321 (go1.21.9; linux; amd64)",
    "media-uploader": "Boto3/1.34.120 md/Botocore#1.34.120 ua/2.0 os/linux#6.1.0 md/arch#x86_64 lang/python#3.11.2",
    "-": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
}
RGW_BUCKETS = {
    "app-prod": ["app-assets", "app-exports"],
    "backup-svc": ["db-backups"],
    "loki": ["loki-chunks"],
    "media-uploader": ["media"],
    "-": ["public-downloads"],
}


# A number, or a hex run of six or more (a content hash, a chunk id), standing alone in a path.
_RGW_VAR = re.compile(r"(?<![0-9A-Za-z])(?:[0-9a-f]{6,}|\d+)(?![0-9A-Za-z])")


def rgw_route(uri: str) -> str:
    """An S3 request's route as the set labels one: the bucket and an object's name kept, its
    ids, dates, versions and hashes variables (`/media/<*>/<*>/<*>/img_<*>.jpg`,
    `/app-assets/static/app.<*>.js`), and its query's keys with their values as variables."""
    path, _, query = uri.partition("?")
    path = re.sub(r"<\*>(?:[.:-]<\*>)+", "<*>", _RGW_VAR.sub("<*>", path))
    if not query:
        return path
    keys = [f"{k}=<*>" if sep else k for k, sep, _ in (p.partition("=") for p in query.split("&"))]
    return f"{path}?{'&'.join(keys)}"


def ceph_rgw(r: random.Random) -> list[Log]:
    """Two RGW daemons (s3a, s3b) behind a balancer, debug_rgw 1, 06:00 to 12:00: s3b
    restarted at 09:45, slow OSDs 09:10-09:20 (500s), a client burst over the rate limit
    10:30-10:35 (503), a scanner at 07:30, resharding seen every ten minutes on s3b."""
    fs = Files()
    pids = {"s3a": 1482, "s3b": 1519}
    threads = {h: [f"7f{r.getrandbits(24):06x}{k}640" for k in range(6)] for h in pids}

    def C(h: str, t: datetime, tid: str, lvl: int, label: str, msg: str) -> datetime:
        return fs.add(
            f"ceph-client.rgw.{h}.log",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%dT%H:%M:%S}.{ms(x)}+0000 {tid} {lvl:>2} {msg}"],
            (h, tid),
            1000,
        )

    def start(h: str, t: datetime) -> None:
        m = threads[h][0]
        t = C(
            h,
            t,
            m,
            0,
            "ceph version %s, process %s, pid %d",
            f"ceph version 18.2.2 (531c0d11a1c5d39fbfe6aa8a521f023abf3bf3e2) reef (stable), process radosgw, pid {pids[h]}",
        )
        t = C(h, t + sec(0.001), m, 0, "framework: %s", "framework: beast")
        t = C(
            h,
            t + sec(0.001),
            m,
            0,
            "framework conf key: %s, val: %s",
            "framework conf key: port, val: 7480",
        )
        t = C(
            h,
            t + sec(0.001),
            m,
            0,
            "framework conf key: %s, val: %s",
            "framework conf key: ssl_port, val: 7443",
        )
        t = C(
            h,
            t + sec(0.002),
            m,
            1,
            "radosgw_Main not setting numa affinity",
            "radosgw_Main not setting numa affinity",
        )
        t = C(
            h,
            t + sec(0.3),
            m,
            0,
            "rgw_d3n: rgw_d3n_l1_local_datacache_enabled=%d",
            "rgw main: rgw_d3n: rgw_d3n_l1_local_datacache_enabled=0",
        )
        t = C(
            h,
            t + sec(0.9),
            m,
            0,
            "LDAP not started since no server URIs were provided in the configuration.",
            "rgw main: LDAP not started since no server URIs were provided in the configuration.",
        )
        t = C(
            h,
            t + sec(0.2),
            m,
            0,
            "set uid:gid to %d:%d (%s:%s)",
            "set uid:gid to 167:167 (ceph:ceph)",
        )
        t = C(h, t + sec(0.01), m, 0, "starting handler: %s", "starting handler: beast")
        C(
            h,
            t + sec(0.05),
            threads[h][1],
            1,
            "mgrc service_daemon_register %s metadata %s",
            f"mgrc service_daemon_register rgw.{r.randint(14000, 15999)} metadata {{arch=x86_64,ceph_release=reef,ceph_version=ceph version 18.2.2 (531c0d11a1c5d39fbfe6aa8a521f023abf3bf3e2) reef (stable),ceph_version_short=18.2.2,cpu=Intel(R) Xeon(R) Silver 4314 CPU @ 2.40GHz,distro=ubuntu,distro_description=Ubuntu 22.04.4 LTS,distro_version=22.04,frontend_config#0=beast port=7480 ssl_port=7443,frontend_type#0=beast,hostname=rgw-{h},id={h},kernel_version=5.15.0-107-generic,mem_swap_kb=0,mem_total_kb=65581120,num_handles=1,os=Linux,pid={pids[h]},realm_id=,realm_name=,zone_id=5f2b8c1e-9a0d-4c3e-b1f7-2d6e8a4c9b30,zone_name=default,zonegroup_id=a1c4e7b2-3d5f-4a8b-9c0e-6f1d2b7a8e45,zonegroup_name=default}}",
        )

    def stop(h: str, t: datetime) -> None:
        m = threads[h][0]
        t = C(
            h,
            t,
            m,
            -1,
            "received  signal: %s from %s (PID: %d) UID: %d",
            "received  signal: Terminated from /usr/lib/systemd/systemd --switched-root --system --deserialize 31  (PID: 1) UID: 0",
        )
        t = C(h, t + sec(0.001), m, 1, "handle_sigterm", "handle_sigterm")
        t = C(
            h,
            t + sec(0.001),
            m,
            1,
            "handle_sigterm set alarm for %d",
            "handle_sigterm set alarm for 120",
        )
        C(h, t + sec(0.8), m, 1, "final shutdown", "final shutdown")

    def key(user: str) -> str:
        if user == "loki":
            return f"fake/{r.getrandbits(40):010x}/{r.getrandbits(32):08x}:{r.getrandbits(44):011x}:{r.getrandbits(24):06x}"
        if user == "backup-svc":
            return f"pg/main/2024-06-04/base_{r.randint(1, 40):03d}.tar.zst"
        if user == "media-uploader":
            return f"2024/06/04/img_{r.randint(1000, 99999)}.jpg"
        if user == "-":
            return r.choice(
                [
                    "releases/app-4.2.1.tar.gz",
                    "releases/app-4.2.0.tar.gz",
                    "docs/manual.pdf",
                    "index.html",
                ]
            )
        return (
            r.choice(
                [
                    "exports/report-{n}.csv",
                    "static/app.{h}.js",
                    "static/site.{h}.css",
                    "thumbs/{n}.webp",
                ]
            )
            .replace("{n}", str(r.randint(100, 99999)))
            .replace("{h}", f"{r.getrandbits(32):08x}")
        )

    def request(h: str, t: datetime, status: int | None = None) -> None:
        tid = r.choice(threads[h][1:])
        user = r.choice(RGW_USERS[:4] * 3 + ["-"])
        bucket = r.choice(RGW_BUCKETS[user])
        if user == "loki":
            meth = r.choice(["PUT", "GET", "GET", "HEAD"])
        elif user == "backup-svc":
            meth = r.choice(["PUT", "PUT", "HEAD", "GET"])
        elif user == "-":
            meth = "GET"
        else:
            meth = r.choice(["GET", "GET", "GET", "PUT", "HEAD", "DELETE"])
        path = f"/{bucket}/{key(user)}"
        if meth == "GET" and r.random() < 0.08:
            path = f"/{bucket}?list-type=2&prefix={r.choice(['2024/06/', 'fake/', 'exports/'])}&max-keys=1000"
        if status is None:
            x = r.random()
            status = 200
            if meth == "DELETE":
                status = 204
            if x < 0.06 and meth in ("GET", "HEAD"):
                status = 404
            elif x < 0.08:
                status = 403
            elif x < 0.09 and meth == "GET":
                status = 206
            elif meth == "GET" and x < 0.12:
                status = 304
        op = {200: 0, 204: 0, 206: 0, 304: 0, 404: -2, 403: -13, 500: -110, 503: -2218}[status]
        lat = r.uniform(0.001, 0.05) if status != 500 else r.uniform(30, 31)
        if meth == "PUT" and user == "backup-svc":
            lat += r.uniform(0.5, 4)
        req = hexptr(r)
        t = C(
            h,
            t,
            tid,
            1,
            "====== starting new request req=%p =====",
            f"====== starting new request req={req} =====",
        )
        if status == 500:
            C(
                h,
                t + sec(lat - 0.002),
                tid,
                0,
                "WARNING: set_req_state_err err_no=%d resorting to 500",
                "WARNING: set_req_state_err err_no=110 resorting to 500",
            )
        done = t + sec(lat)
        nbytes = 0
        if meth == "GET" and status in (200, 206):
            nbytes = r.randint(200, 8_000_000)
        elif status in (403, 404, 500, 503):
            nbytes = r.randint(180, 260)
        latency = f"{lat:.9f}s"
        t2 = C(
            h,
            done,
            tid,
            1,
            "====== req done req=%p op status=%d http_status=%d latency=%s ======",
            f"====== req done req={req} op status={op} http_status={status} latency={latency} ======",
        )
        client = (
            r.choice(["10.0.5.12", "10.0.5.31", "10.0.6.9", "10.0.6.140", "10.0.7.21"])
            if user != "-"
            else r.choice(["192.0.2.14", "198.51.100.203", "203.0.113.88"])
        )
        stamp = f"{done:%d/%b/%Y:%H:%M:%S}.{ms(done)} +0000"
        C(
            h,
            t2 + sec(0.0001),
            tid,
            1,
            # Labelled by method, route and status, as the set's access records are (round
            # 54's rule: ids, versions and hashes in the route and a query's values variables).
            f'beast: %p: %s - %s [%s] "{meth} {rgw_route(path)} %s" {status} %lld - "%s" - latency=%s',
            f'beast: {req}: {client} - {user} [{stamp}] "{meth} {path} HTTP/1.1" {status} {nbytes} - "{RGW_UA[user]}" - latency={latency}',
        )
        if status == 200 and nbytes > 4_000_000 and r.random() < 0.15:
            C(
                h,
                t2 + sec(0.0005),
                tid,
                0,
                "ERROR: client_io->complete_request() returned Connection reset by peer",
                "ERROR: client_io->complete_request() returned Connection reset by peer",
            )

    for h in pids:
        start(h, T0 + sec(r.uniform(1, 3)))
        for t in poisson(r, T0 + sec(10), T_END, 56):
            if h == "s3b" and in_(t, at(9, 45), at(9, 45, 20)):
                continue
            if in_(t, at(9, 10), at(9, 20)) and r.random() < 0.5:
                request(h, t, 500)
                continue
            request(h, t)
        # the burst over the rate limit
        for t in poisson(r, at(10, 30), at(10, 35), 5):
            request(h, t, 503)
        # clients that hang up on uploads
        for t in poisson(r, T0 + sec(600), T_END, 1400):
            C(
                h,
                t,
                r.choice(threads[h][1:]),
                0,
                "ERROR: client_io->complete_request() returned Broken pipe",
                "ERROR: client_io->complete_request() returned Broken pipe",
            )
    stop("s3b", at(9, 45, 1))
    pids["s3b"] = 2244
    start("s3b", at(9, 45, 12))
    # resharding on s3b
    for k in range(1, 36):
        t = at(6, 0) + sec(600 * k + r.uniform(0, 3))
        if in_(t, at(9, 45), at(9, 45, 20)):
            continue
        C(
            "s3b",
            t,
            threads["s3b"][5],
            0,
            "INFO: RGWReshardLock::lock found lock on %s to be held by another RGW process; skipping for now",
            f"INFO: RGWReshardLock::lock found lock on reshard.{r.randint(0, 15):010d} to be held by another RGW process; skipping for now",
        )
    # a scanner speaking something else to the port
    for t in poisson(r, at(7, 30), at(7, 33), 2):
        C(
            "s3a",
            t,
            r.choice(threads["s3a"][1:]),
            1,
            "failed to read header: bad method",
            "failed to read header: bad method",
        )
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- guacamole

GU_USERS = [
    "alice",
    "bob",
    "carol",
    "dave",
    "erin",
    "frank",
    "grace",
    "heidi",
    "ivan",
    "judy",
    "mallory.admin",
    "oscar",
]
GU_CONNS = [
    ("1", "rdp", "WS-ACCT-01"),
    ("2", "rdp", "WS-ACCT-02"),
    ("3", "rdp", "TS-FINANCE"),
    ("5", "rdp", "TS-ENG"),
    ("7", "ssh", "db01"),
    ("8", "ssh", "web01"),
    ("9", "ssh", "bastion"),
    ("12", "vnc", "lab-kiosk"),
]
GU_KEYMAPS = {"rdp": ["base", "en-us-qwerty"], "ssh": [], "vnc": []}


def guacamole(r: random.Random) -> list[Log]:
    """guacd and the web application on guac1, 06:00 to 12:00: staff sessions over RDP, SSH and
    VNC, a monitoring check every five minutes, a password-guessing burst at 07:05, MySQL down
    08:15-08:22, guacd restarted at 10:40, Tomcat started at 06:00."""
    fs = Files()
    state = {"daemon": 812}
    next_pid = [2000]

    def G(t: datetime, pid: int, label: str, msg: str) -> datetime:
        return fs.add(
            "guacd.log",
            t,
            label,
            lambda x: [f"{syslog_ts(x)} guac1 guacd[{pid}]: {msg}"],
            ("guacd", pid),
            1_000_000,
        )

    def W(
        t: datetime,
        thread: str,
        level: str,
        logger: str,
        label: str,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        return fs.add(
            "catalina.out",
            t,
            label,
            lambda x: (
                [f"{x:%H:%M:%S}.{ms(x)} [{thread}] {level:<5} {logger} - {msg}"] + (more or [])
            ),
            ("web", thread),
            1000,
        )

    def TC(t: datetime, level: str, thread: str, where: str, label: str, msg: str) -> datetime:
        return fs.add(
            "catalina.out",
            t,
            label,
            lambda x: [f"{x:%d-%b-%Y %H:%M:%S}.{ms(x)} {level} [{thread}] {where} {msg}"],
            ("web", thread),
            1000,
        )

    def exec_thread() -> str:
        return f"http-nio-8080-exec-{r.randint(1, 10)}"

    def guacd_start(t: datetime) -> None:
        d = state["daemon"]
        t = G(
            t,
            d,
            "Guacamole proxy daemon (guacd) version %s started",
            "Guacamole proxy daemon (guacd) version 1.5.5 started",
        )
        G(t, d, "Listening on host %s, port %s", "Listening on host 127.0.0.1, port 4822")

    # Tomcat and the web application
    t = at(6, 0, 4)
    t = TC(
        t,
        "INFO",
        "main",
        "org.apache.catalina.startup.VersionLoggerListener.log",
        "Server version name:   %s",
        "Server version name:   Apache Tomcat/9.0.58",
    )
    t = TC(
        t + sec(0.1),
        "INFO",
        "main",
        "org.apache.catalina.startup.HostConfig.deployWAR",
        "Deploying web application archive [%s]",
        "Deploying web application archive [/var/lib/tomcat9/webapps/guacamole.war]",
    )
    t = W(
        t + sec(2.3),
        "localhost-startStop-1",
        "INFO",
        "o.a.g.environment.LocalEnvironment",
        'GUACAMOLE_HOME is "%s".',
        'GUACAMOLE_HOME is "/etc/guacamole".',
    )
    for name, ns in [
        ("MySQL Authentication", "mysql"),
        ("TOTP TFA", "totp"),
        ("Branding", "branding"),
    ]:
        t = W(
            t + sec(r.uniform(0.05, 0.3)),
            "localhost-startStop-1",
            "INFO",
            "o.a.g.extension.ExtensionModule",
            'Extension "%s" (%s) loaded.',
            f'Extension "{name}" ({ns}) loaded.',
        )
    t = W(
        t + sec(0.4),
        "localhost-startStop-1",
        "INFO",
        "o.a.g.rest.auth.HashTokenSessionMap",
        "Sessions will expire after %d minutes of inactivity.",
        "Sessions will expire after 60 minutes of inactivity.",
    )
    t = TC(
        t + sec(1.2),
        "INFO",
        "main",
        "org.apache.catalina.startup.HostConfig.deployWAR",
        "Deployment of web application archive [%s] has finished in [%s] ms",
        "Deployment of web application archive [/var/lib/tomcat9/webapps/guacamole.war] has finished in [5,112] ms",
    )
    t = TC(
        t + sec(0.05),
        "INFO",
        "main",
        "org.apache.coyote.AbstractProtocol.start",
        "Starting ProtocolHandler [%s]",
        'Starting ProtocolHandler ["http-nio-127.0.0.1-8080"]',
    )
    TC(
        t + sec(0.05),
        "INFO",
        "main",
        "org.apache.catalina.startup.Catalina.start",
        "Server startup in [%s] milliseconds",
        "Server startup in [6718] milliseconds",
    )
    guacd_start(at(6, 0, 2))

    def db_down(t: datetime) -> bool:
        return in_(t, at(8, 15), at(8, 22))

    def guacd_down(t: datetime) -> bool:
        return in_(t, at(10, 40), at(10, 40, 40))

    mybatis = [
        "### Error querying database.  Cause: com.mysql.cj.jdbc.exceptions.CommunicationsException: Communications link failure",
        "",
        "The last packet sent successfully to the server was 0 milliseconds ago. The driver has not received any packets from the server.",
        "### The error may exist in org/apache/guacamole/auth/jdbc/user/UserMapper.xml",
        "### The error may involve org.apache.guacamole.auth.jdbc.user.UserMapper.selectOne",
        "### The error occurred while executing a query",
        "### Cause: com.mysql.cj.jdbc.exceptions.CommunicationsException: Communications link failure",
        "",
        "The last packet sent successfully to the server was 0 milliseconds ago. The driver has not received any packets from the server.",
    ]
    ends: list[datetime] = []

    def session(t: datetime, user: str, addr: str) -> None:
        th = exec_thread()
        if db_down(t):
            W(
                t,
                th,
                "ERROR",
                "o.a.g.rest.RESTExceptionMapper",
                "Unexpected internal error: ### Error querying database.  Cause: %s",
                "Unexpected internal error: ",
                mybatis,
            )
            return
        t = W(
            t,
            th,
            "INFO",
            "o.a.g.r.auth.AuthenticationService",
            'User "%s" successfully authenticated from %s.',
            f'User "{user}" successfully authenticated from {addr}.',
        )
        for _ in range(r.choice([1, 1, 1, 2])):
            cid, proto, _name = r.choice(
                GU_CONNS
                if user == "mallory.admin"
                else GU_CONNS[:4] + GU_CONNS[7:]
                if user not in ("dave", "oscar")
                else GU_CONNS[4:7]
            )
            t += sec(r.uniform(2, 20))
            if guacd_down(t):
                W(
                    t,
                    f"http-nio-8080-exec-{r.randint(1, 10)}",
                    "ERROR",
                    "o.a.g.w.GuacamoleWebSocketTunnelEndpoint",
                    "Creation of WebSocket tunnel to guacd failed: %s",
                    "Creation of WebSocket tunnel to guacd failed: Unable to connect to guacd.",
                )
                continue
            d = state["daemon"]
            t = G(
                t,
                d,
                'Creating new client for protocol "%s"',
                f'Creating new client for protocol "{proto}"',
            )
            next_pid[0] += r.randint(1, 40)
            pid = next_pid[0]
            conn_id = f"${r.getrandbits(32):08x}-{r.getrandbits(16):04x}-4{r.getrandbits(12):03x}-{r.choice('89ab')}{r.getrandbits(12):03x}-{r.getrandbits(48):012x}"
            user_id = f"@{r.getrandbits(32):08x}-{r.getrandbits(16):04x}-4{r.getrandbits(12):03x}-{r.choice('89ab')}{r.getrandbits(12):03x}-{r.getrandbits(48):012x}"
            t = G(t + sec(0.01), d, 'Connection ID is "%s"', f'Connection ID is "{conn_id}"')
            c = t + sec(r.uniform(0.05, 0.3))
            failed = False
            if proto == "rdp":
                for km in GU_KEYMAPS["rdp"]:
                    c = G(c, pid, 'Loading keymap "%s"', f'Loading keymap "{km}"')
                if cid == "2" and in_(t, at(9, 0), at(9, 50)):
                    c = G(
                        c + sec(r.uniform(1, 3)),
                        pid,
                        "RDP server closed/refused connection: Server refused connection (wrong security type?)",
                        "RDP server closed/refused connection: Server refused connection (wrong security type?)",
                    )
                    failed = True
                elif r.random() < 0.04:
                    c = G(
                        c + sec(r.uniform(1, 3)),
                        pid,
                        "RDP server closed/refused connection: Authentication failure (invalid credentials?)",
                        "RDP server closed/refused connection: Authentication failure (invalid credentials?)",
                    )
                    failed = True
            elif proto == "ssh":
                c = G(
                    c + sec(r.uniform(0.2, 1)),
                    pid,
                    "SSH connection successful.",
                    "SSH connection successful.",
                )
            c = G(
                c + sec(0.05),
                pid,
                'User "%s" joined connection "%s" (%i users now present)',
                f'User "{user_id}" joined connection "{conn_id}" (1 users now present)',
            )
            W(
                c + sec(0.05),
                f"http-nio-8080-exec-{r.randint(1, 10)}",
                "INFO",
                "o.a.g.tunnel.TunnelRequestService",
                'User "%s" connected to connection "%s".',
                f'User "{user}" connected to connection "{cid}".',
            )
            if proto == "rdp" and not failed:
                c = G(
                    c + sec(r.uniform(0.5, 2)),
                    pid,
                    "Connected to RDPDR %u.%u as client 0x%04x",
                    f"Connected to RDPDR 1.13 as client 0x{r.randint(1, 40):04x}",
                )
                c = G(
                    c + sec(r.uniform(0.5, 4)), pid, "RDPDR user logged on", "RDPDR user logged on"
                )
            dur = r.uniform(2, 6) if failed else r.uniform(60, 5400)
            end = c + sec(dur)
            if end > at(10, 40) and t < at(10, 40):
                end = at(10, 40, 0) + sec(r.uniform(0, 0.9))
            if end >= T_END:
                continue
            ends.append(end)
            e = G(
                end,
                pid,
                'User "%s" disconnected (%i users remain)',
                f'User "{user_id}" disconnected (0 users remain)',
            )
            e = G(
                e + sec(0.001),
                pid,
                'Last user of connection "%s" disconnected',
                f'Last user of connection "{conn_id}" disconnected',
            )
            if proto == "rdp" and not failed:
                e = G(
                    e + sec(0.01),
                    pid,
                    "Internal RDP client disconnected",
                    "Internal RDP client disconnected",
                )
            e = G(e + sec(0.05), d, 'Connection "%s" removed.', f'Connection "{conn_id}" removed.')
            W(
                e + sec(0.01),
                f"http-nio-8080-exec-{r.randint(1, 10)}",
                "INFO",
                "o.a.g.tunnel.TunnelRequestService",
                'User "%s" disconnected from connection "%s". Duration: %d milliseconds',
                f'User "{user}" disconnected from connection "{cid}". Duration: {int((e - c).total_seconds() * 1000)} milliseconds',
            )
            t = e

    addrs = {u: f"10.0.{r.choice([5, 6, 7])}.{r.randint(10, 250)}" for u in GU_USERS}
    for t in poisson(r, at(6, 20), T_END, 118):
        u = r.choice(GU_USERS)
        addr = (
            addrs[u]
            if r.random() < 0.8
            else f"[{r.choice(['192.0.2.14', '198.51.100.203'])}, 10.0.0.5]"
        )
        session(t, u, addr)
    # failed logins: typos all day, a guessing burst at 07:05
    for t in poisson(r, at(6, 20), T_END, 1100):
        u = r.choice(GU_USERS)
        if db_down(t):
            continue
        W(
            t,
            exec_thread(),
            "WARN",
            "o.a.g.r.auth.AuthenticationService",
            'Authentication attempt from %s for user "%s" failed.',
            f'Authentication attempt from {addrs[u]} for user "{u}" failed.',
        )
    for t in poisson(r, at(7, 5), at(7, 18), 4):
        W(
            t,
            exec_thread(),
            "WARN",
            "o.a.g.r.auth.AuthenticationService",
            'Authentication attempt from %s for user "%s" failed.',
            f'Authentication attempt from [203.0.113.45, 10.0.0.5] for user "{r.choice(["admin", "administrator", "guacadmin", "root", "test", "alice", "user"])}" failed.',
        )
    # the monitoring check on 4822
    for k in range(1, 72):
        t = at(6, 0) + sec(300 * k + r.uniform(0, 2))
        if guacd_down(t):
            continue
        G(
            t,
            state["daemon"],
            "Guacamole connection closed during handshake",
            "Guacamole connection closed during handshake",
        )
    # the MySQL outage seen by pages polling the API
    for t in poisson(r, at(8, 15), at(8, 22), 9):
        W(
            t,
            exec_thread(),
            "ERROR",
            "o.a.g.rest.RESTExceptionMapper",
            "Unexpected internal error: ### Error querying database.  Cause: %s",
            "Unexpected internal error: ",
            mybatis,
        )
    # guacd restarted
    state["daemon"] = 31544
    guacd_start(at(10, 40, 39))
    return fs.logs(T0)


# ------------------------------------------------------------------------------- bigbluebutton

BBB_COURSES = [
    "Math 101",
    "Physics II - Lab",
    "Intro to Economics",
    "Team standup",
    "Biology 210",
    "History seminar",
    "Office hours (Dr. Lee)",
    "German B1",
]


def bbb_json(pairs: list[tuple[str, object]]) -> str:
    return json.dumps(dict(pairs), separators=(",", ":"), ensure_ascii=False)


def bigbluebutton(r: random.Random) -> list[Log]:
    """One BigBlueButton 2.7 server, 06:00 to 12:00: meetings created by Moodle and Greenlight,
    users joining and leaving, cameras, screen sharing and listen-only audio through
    mediasoup; a second Moodle with a stale shared secret (checksum errors), Redis restarted
    at 09:05, a mediasoup worker dying at 10:20, ICE failures from a school network."""
    fs = Files()

    def B(t: datetime, level: str, logger: str, label: str, msg: str) -> datetime:
        return fs.add(
            "bbb-web.log",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%dT%H:%M:%S}.{ms(x)}Z {level:<5} {logger} - {msg}"],
            ("web", logger),
            1000,
        )

    def F(
        t: datetime, mod: str, level: str, label: str, message: str, meta: dict[str, object]
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            d = dict(meta)
            d.update(
                {
                    "label": mod,
                    "level": level,
                    "message": message,
                    "timestamp": f"{x:%Y-%m-%dT%H:%M:%S}.{ms(x)}Z",
                }
            )
            return [json.dumps(dict(sorted(d.items())), separators=(",", ":"))]

        return fs.add("bbb-webrtc-sfu.log", t, label, text, ("sfu", mod), 1000)

    A_CREATE = ' --analytics-- data={"meetingId":%s,"externalMeetingId":%s,"name":%s,"duration":%d,"record":%b,"isBreakout":%b,"logCode":"create_meeting","description":"Create meeting."}'
    A_REG = ' --analytics-- data={"meetingId":%s,"userId":%s,"externalUserId":%s,"username":%s,"role":%s,"logCode":"user_registered_message","description":"Handle user registered message."}'
    A_JOIN = ' --analytics-- data={"meetingId":%s,"userId":%s,"username":%s,"role":%s,"clientType":%s,"logCode":"user_joined_message","description":"User joined the meeting."}'
    A_LEFT = ' --analytics-- data={"meetingId":%s,"userId":%s,"username":%s,"logCode":"user_left_message","description":"User left the meeting."}'
    A_END = ' --analytics-- data={"meetingId":%s,"externalMeetingId":%s,"name":%s,"duration":%d,"logCode":"meeting_ended","description":"Meeting has ended."}'

    # bbb-web start-up (Spring Boot in bbb-web 2.7)
    t = at(6, 0, 5)
    t = B(
        t,
        "INFO",
        "o.b.w.Application",
        "Starting Application using Java %s with PID %d (%s started by %s in %s)",
        "Starting Application using Java 17.0.10 with PID 1187 (/usr/share/bbb-web/WEB-INF/classes started by bigbluebutton in /usr/share/bbb-web)",
    )
    t = B(
        t + sec(3.1),
        "INFO",
        "o.s.b.w.e.tomcat.TomcatWebServer",
        "Tomcat initialized with port(s): %s",
        "Tomcat initialized with port(s): 8090 (http)",
    )
    t = B(
        t + sec(9.8),
        "INFO",
        "o.s.b.w.e.tomcat.TomcatWebServer",
        "Tomcat started on port(s): %s with context path '%s'",
        "Tomcat started on port(s): 8090 (http) with context path ''",
    )
    B(
        t + sec(0.05),
        "INFO",
        "o.b.w.Application",
        "Started Application in %s seconds (process running for %s)",
        "Started Application in 14.213 seconds (process running for 15.602)",
    )
    # the SFU's mediasoup workers
    wpids = [1301, 1302, 1303, 1304]
    for k, p in enumerate(wpids):
        F(
            at(6, 0, 3) + sec(0.05 * k),
            "mcs-core",
            "info",
            "Mediasoup worker created",
            "Mediasoup worker created",
            {"pid": p, "workerIndex": k},
        )

    def redis_down(t: datetime) -> bool:
        return in_(t, at(9, 5), at(9, 6, 30))

    def uid() -> str:
        return f"w_{''.join(r.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(12))}"

    names = [
        "Anna Schmidt",
        "Ben Carter",
        "Chloé Martin",
        "Daniel Kim",
        "Emma Rossi",
        "Felix Wagner",
        "Grace O'Neil",
        "Hiro Tanaka",
        "Ines Duarte",
        "Jonas Berg",
        "Kira Patel",
        "Liam Moreau",
        "Maya Cohen",
        "Noah Fischer",
        "Olga Ivanova",
        "Pedro Alves",
        "Quinn Baker",
        "Rosa Lind",
    ]
    worker_dead = (at(10, 20), at(10, 20, 8))
    for mt in poisson(r, at(6, 30), at(11, 20), 560):
        course = r.choice(BBB_COURSES)
        ext = f"{r.choice(['mdl', 'gl'])}-{r.getrandbits(40):010x}"
        mid = f"{r.getrandbits(160):040x}-{int(mt.timestamp() * 1000)}"
        t = B(
            mt,
            "INFO",
            "o.b.api.MeetingService",
            A_CREATE,
            " --analytics-- data="
            + bbb_json(
                [
                    ("meetingId", mid),
                    ("externalMeetingId", ext),
                    ("name", course),
                    ("duration", 0),
                    ("record", r.random() < 0.4),
                    ("isBreakout", False),
                    ("logCode", "create_meeting"),
                    ("description", "Create meeting."),
                ]
            ),
        )
        length = r.uniform(900, 4800)
        m_end = min(mt + sec(length), at(11, 58))
        n_users = r.randint(3, 16)
        for k in range(n_users):
            name = r.choice(names)
            u = uid()
            role = "MODERATOR" if k == 0 else "VIEWER"
            jt = mt + sec(r.uniform(5, 300) if k else r.uniform(2, 10))
            if redis_down(jt):
                continue
            jt = B(
                jt,
                "INFO",
                "o.b.api.MeetingService",
                A_REG,
                " --analytics-- data="
                + bbb_json(
                    [
                        ("meetingId", mid),
                        ("userId", u),
                        ("externalUserId", f"{r.randint(100, 9999)}"),
                        ("username", name),
                        ("role", role),
                        ("logCode", "user_registered_message"),
                        ("description", "Handle user registered message."),
                    ]
                ),
            )
            jt = B(
                jt + sec(r.uniform(1.5, 6)),
                "INFO",
                "o.b.api.MeetingService",
                A_JOIN,
                " --analytics-- data="
                + bbb_json(
                    [
                        ("meetingId", mid),
                        ("userId", u),
                        ("username", name),
                        ("role", role),
                        ("clientType", "HTML5"),
                        ("logCode", "user_joined_message"),
                        ("description", "User joined the meeting."),
                    ]
                ),
            )
            meta = {"roomId": mid, "userId": u}
            lt = min(m_end, jt + sec(r.uniform(300, length)))
            x = r.random()
            if x < 0.25:
                a = F(
                    jt + sec(r.uniform(1, 4)),
                    "audio",
                    "info",
                    "Audio: listen only session started",
                    "Audio: listen only session started",
                    {**meta, "sessionId": f"{r.getrandbits(32):08x}"},
                )
                F(
                    lt - sec(0.5) if lt - sec(0.5) > a else a + sec(1),
                    "audio",
                    "info",
                    "Audio: listen only session stopped",
                    "Audio: listen only session stopped",
                    meta,
                )
            if r.random() < 0.45 and not in_(jt, *worker_dead):
                cam = f"{u}_{r.getrandbits(48):012x}"
                c = F(
                    jt + sec(r.uniform(5, 60)),
                    "video",
                    "info",
                    "Video: new %s session",
                    "Video: new share session",
                    {**meta, "cameraId": cam, "role": "share"},
                )
                if r.random() < 0.06:
                    c = F(
                        c + sec(r.uniform(8, 12)),
                        "mcs-core",
                        "warn",
                        "ICE connection state changed to failed",
                        "ICE connection state changed to failed",
                        {**meta, "mediaId": f"{r.getrandbits(64):016x}", "iceState": "failed"},
                    )
                    F(
                        c + sec(0.01),
                        "video",
                        "error",
                        "Video: start failed",
                        "Video: start failed",
                        {
                            **meta,
                            "cameraId": cam,
                            "errorCode": 2022,
                            "errorMessage": "MEDIA_SERVER_GENERIC_ERROR",
                        },
                    )
                else:
                    c = F(
                        c + sec(r.uniform(0.3, 1.5)),
                        "video",
                        "info",
                        "Video: media flowing",
                        "Video: media flowing",
                        {**meta, "cameraId": cam, "mediaState": "FLOWING"},
                    )
                    for _ in range(r.randint(1, 3)):
                        F(
                            c + sec(r.uniform(0.5, 30)),
                            "video",
                            "info",
                            "Video: new %s session",
                            "Video: new viewer session",
                            {"roomId": mid, "userId": uid(), "cameraId": cam, "role": "viewer"},
                        )
                    F(
                        lt - sec(1),
                        "video",
                        "info",
                        "Video: session stopped",
                        "Video: session stopped",
                        {**meta, "cameraId": cam},
                    )
            if k == 0 and r.random() < 0.6:
                s = F(
                    jt + sec(r.uniform(30, 120)),
                    "screenshare",
                    "info",
                    "Screenshare: presenter started",
                    "Screenshare: presenter started",
                    {**meta, "voiceBridge": str(r.randint(70000, 79999))},
                )
                for _ in range(n_users - 1):
                    F(
                        s + sec(r.uniform(0.5, 5)),
                        "screenshare",
                        "info",
                        "Screenshare: viewer joined",
                        "Screenshare: viewer joined",
                        {"roomId": mid, "userId": uid()},
                    )
                F(
                    s + sec(r.uniform(120, 900)),
                    "screenshare",
                    "info",
                    "Screenshare: presenter stopped",
                    "Screenshare: presenter stopped",
                    meta,
                )
            if not redis_down(lt):
                B(
                    lt,
                    "INFO",
                    "o.b.api.MeetingService",
                    A_LEFT,
                    " --analytics-- data="
                    + bbb_json(
                        [
                            ("meetingId", mid),
                            ("userId", u),
                            ("username", name),
                            ("logCode", "user_left_message"),
                            ("description", "User left the meeting."),
                        ]
                    ),
                )
        if not redis_down(m_end + sec(2)):
            B(
                m_end + sec(2),
                "INFO",
                "o.b.api.MeetingService",
                A_END,
                " --analytics-- data="
                + bbb_json(
                    [
                        ("meetingId", mid),
                        ("externalMeetingId", ext),
                        ("name", course),
                        ("duration", int((m_end - mt).total_seconds() // 60)),
                        ("logCode", "meeting_ended"),
                        ("description", "Meeting has ended."),
                    ]
                ),
            )
    # the second Moodle's stale secret
    for t in poisson(r, at(7, 40), at(11, 30), 120):
        B(
            t,
            "INFO",
            "o.b.w.s.ParamsProcessorUtil",
            "checksumError: request did not pass the checksum security check",
            "checksumError: request did not pass the checksum security check",
        )
    # Redis restarted
    t = B(
        at(
            9,
            5,
            0,
        )
        + sec(0.3),
        "INFO",
        "i.l.core.protocol.ConnectionWatchdog",
        "Reconnecting, last destination was %s",
        "Reconnecting, last destination was 127.0.0.1/127.0.0.1:6379",
    )
    for k in range(9):
        t = B(
            t + sec(min(2**k * 0.1, 30)),
            "WARN",
            "i.l.core.protocol.ConnectionWatchdog",
            "Cannot reconnect to [%s]: %s",
            "Cannot reconnect to [127.0.0.1/<unresolved>:6379]: Connection refused: /127.0.0.1:6379",
        )
        t = B(
            t + sec(0.001),
            "INFO",
            "i.l.core.protocol.ConnectionWatchdog",
            "Reconnecting, last destination was %s",
            "Reconnecting, last destination was 127.0.0.1/127.0.0.1:6379",
        )
    B(
        t + sec(0.02),
        "INFO",
        "i.l.c.protocol.ReconnectionHandler",
        "Reconnected to %s",
        "Reconnected to 127.0.0.1/<unresolved>:6379",
    )
    # a mediasoup worker dies
    F(
        worker_dead[0],
        "mcs-core",
        "error",
        "Mediasoup worker died, restarting",
        "Mediasoup worker died, restarting",
        {"pid": 1303, "workerIndex": 2},
    )
    F(
        worker_dead[0] + sec(1.2),
        "mcs-core",
        "info",
        "Mediasoup worker created",
        "Mediasoup worker created",
        {"pid": 41877, "workerIndex": 2},
    )
    return fs.logs(T0)


# ---------------------------------------------------------------------------- spreed-signaling

HPB_USERS = [
    "alice",
    "bob",
    "carol",
    "dave",
    "erin",
    "frank",
    "grace",
    "heidi",
    "ivan",
    "judy",
    "karl",
    "lena",
    "mike",
    "nina",
    "otto",
    "paula",
]
HPB_UA = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
    "Mozilla/5.0 (Android) Nextcloud-Talk v19.0.1",
    "Mozilla/5.0 (iOS) Nextcloud-Talk v19.0.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Nextcloud-Talk-Desktop/0.29.0",
]


def b64id(r: random.Random, n: int) -> str:
    return "".join(
        r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        for _ in range(n)
    )


def spreed_signaling(r: random.Random) -> list[Log]:
    """Two signaling servers (hpb1, hpb2) for one Nextcloud, each with its Janus, 06:00 to
    12:00: Talk users and guests in calls, Nextcloud unreachable 09:20-09:27, hpb1's Janus
    restarted at 10:50, hpb2 restarted at 11:10, a SIGHUP reload on hpb1 at 08:00."""
    fs = Files()
    pids = {"hpb1": 911, "hpb2": 907}
    backend = "cloud.example.com"

    def L(h: str, t: datetime, src: str, label: str, msg: str) -> datetime:
        pid = 30412 if h == "hpb2" and t >= at(11, 10, 2) else pids[h]
        return fs.add(
            f"{h}.log",
            t,
            label,
            lambda x: [f"{syslog_ts(x)} {h} signaling[{pid}]: {src}: {msg}"],
            (h, pid),
            1_000_000,
        )

    def start(h: str, t: datetime) -> None:
        t = L(
            h,
            t,
            "main.go:144",
            "Starting up version %s/%s as pid %d",
            f"Starting up version 1.3.1/go1.22.3 as pid {30412 if h == 'hpb2' and t >= at(11, 10, 2) else pids[h]}",
        )
        t = L(h, t, "main.go:153", "Using a maximum of %d CPUs", "Using a maximum of 8 CPUs")
        t = L(
            h,
            t,
            "natsclient.go:108",
            "Connection established to %s (%s)",
            f"Connection established to nats://10.0.1.30:4222 ({b64id(r, 22).upper()})",
        )
        t = L(
            h,
            t,
            "backend_configuration.go:116",
            "Backend %s added for %s",
            f"Backend nextcloud added for https://{backend}/",
        )
        t = L(
            h,
            t + sec(0.2),
            "mcu_janus.go:294",
            "Connected to %s %s by %s",
            "Connected to Janus WebRTC Server 1.2.2 by Meetecho s.r.l.",
        )
        t = L(
            h,
            t,
            "mcu_janus.go:300",
            "Found %s %s by %s",
            "Found JANUS VideoRoom plugin 0.0.9 by Meetecho s.r.l.",
        )
        t = L(
            h, t, "mcu_janus.go:306", "Data channels are supported", "Data channels are supported"
        )
        t = L(h, t, "mcu_janus.go:312", "Full-Trickle is enabled", "Full-Trickle is enabled")
        t = L(
            h,
            t,
            "mcu_janus.go:318",
            "Maximum bandwidth %d bits/sec per publishing stream",
            "Maximum bandwidth 1048576 bits/sec per publishing stream",
        )
        t = L(
            h,
            t,
            "mcu_janus.go:319",
            "Maximum bandwidth %d bits/sec per screensharing stream",
            "Maximum bandwidth 2097152 bits/sec per screensharing stream",
        )
        t = L(
            h,
            t,
            "mcu_janus.go:325",
            "Created Janus session %d",
            f"Created Janus session {r.getrandbits(52)}",
        )
        t = L(
            h,
            t,
            "mcu_janus.go:331",
            "Created Janus handle %d",
            f"Created Janus handle {r.getrandbits(52)}",
        )
        t = L(h, t, "main.go:263", "Using %s MCU", "Using janus MCU")
        t = L(
            h,
            t,
            "hub.go:201",
            "Using a timeout of %s for backend connections",
            "Using a timeout of 10s for backend connections",
        )
        L(h, t, "main.go:339", "Listening on %s", "Listening on 127.0.0.1:8080")

    def stop(h: str, t: datetime) -> None:
        L(h, t, "main.go:354", "Interrupted", "Interrupted")

    def nc_down(t: datetime) -> bool:
        return in_(t, at(9, 20), at(9, 27))

    def janus_down(h: str, t: datetime) -> bool:
        return h == "hpb1" and in_(t, at(10, 50), at(10, 50, 30))

    rooms = [b64id(r, 8).lower() for _ in range(14)]
    for h in pids:
        start(h, T0 + sec(r.uniform(1, 3)))
        for t in poisson(r, T0 + sec(60), T_END, 68):
            if h == "hpb2" and in_(t, at(11, 10), at(11, 10, 10)):
                continue
            addr = r.choice(
                [
                    f"10.0.{r.choice([5, 6])}.{r.randint(10, 250)}",
                    f"{r.choice(['192.0.2', '198.51.100', '203.0.113'])}.{r.randint(2, 250)}",
                ]
            )
            country = "DE" if addr.startswith("10.") else r.choice(["DE", "AT", "CH", "NL"])
            ua = r.choice(HPB_UA)
            if nc_down(t):
                L(
                    h,
                    t,
                    "backend_client.go:213",
                    "Could not send request %s to %s: %s",
                    f'Could not send request {{"type":"auth","auth":{{"version":"2.0","params":{{"userid":"{r.choice(HPB_USERS)}","ticket":"{b64id(r, 32)}"}}}}}} to https://{backend}/ocs/v2.php/apps/spreed/api/v3/signaling/backend: Post "https://{backend}/ocs/v2.php/apps/spreed/api/v3/signaling/backend": dial tcp 10.0.1.20:443: connect: connection refused',
                )
                continue
            pub = b64id(r, 88)
            priv = b64id(r, 88)
            guest = r.random() < 0.15
            if guest:
                t = L(
                    h,
                    t,
                    "hub.go:987",
                    "Register anonymous@%s from %s in %s (%s) %s (private=%s)",
                    f"Register anonymous@nextcloud from {addr} in {country} ({ua}) {pub} (private={priv})",
                )
            else:
                t = L(
                    h,
                    t,
                    "hub.go:983",
                    "Register user %s@%s from %s in %s (%s) %s (private=%s)",
                    f"Register user {r.choice(HPB_USERS)}@nextcloud from {addr} in {country} ({ua}) {pub} (private={priv})",
                )
            room = r.choice(rooms)
            t = L(
                h,
                t + sec(r.uniform(0.3, 3)),
                "clientsession.go:382",
                "Session %s joined room %s with room session id %s",
                f"Session {pub} joined room {room} with room session id {b64id(r, 64)}",
            )
            length = r.uniform(60, 3600)
            end = t + sec(length)
            if r.random() < 0.6 and not janus_down(h, t):
                t = L(
                    h,
                    t + sec(r.uniform(1, 10)),
                    "mcu_janus_publisher.go:131",
                    "Publisher %s is using handle %d",
                    f"Publisher {pub} is using handle {r.getrandbits(52)}",
                )
            for k in range(int(length // 600)):
                if r.random() < 0.1:
                    ns = r.randint(1_000_000_000, 9_000_000_000)
                    gos = f"{ns / 1e9:.9f}".rstrip("0").rstrip(".") + "s"
                    L(
                        h,
                        t + sec(r.uniform(60, 600) * (k + 1)),
                        "client.go:310",
                        "Client %s has RTT of %d ms (%s)",
                        f"Client {pub} has RTT of {ns // 1_000_000} ms ({gos})",
                    )
            if r.random() < 0.08:
                e = L(
                    h,
                    min(end, T_END - sec(1)),
                    "client.go:343",
                    "Error reading from %s: websocket: close 1006 (abnormal closure): unexpected EOF",
                    f"Error reading from {addr}: websocket: close 1006 (abnormal closure): unexpected EOF",
                )
                if r.random() < 0.5:
                    L(
                        h,
                        e + sec(r.uniform(2, 20)),
                        "hub.go:862",
                        "Resume session from %s in %s (%s) %s (private=%s)",
                        f"Resume session from {addr} in {country} ({ua}) {pub} (private={priv})",
                    )
                    continue
            if end < T_END and not (h == "hpb2" and in_(end, at(11, 10), at(11, 10, 10))):
                L(
                    h,
                    end,
                    "hub.go:1021",
                    "Unregister %s (private=%s)",
                    f"Unregister {pub} (private={priv})",
                )
        # clients that send garbage
        for t in poisson(r, T0 + sec(300), T_END, 1500):
            L(
                h,
                t,
                "hub.go:1052",
                "Error decoding message from %s: %v",
                f"Error decoding message from {r.choice(['192.0.2', '198.51.100'])}.{r.randint(2, 250)}: invalid character '{r.choice('xGHP<')}' looking for beginning of value",
            )
    L(
        "hpb1",
        at(8, 0, 1),
        "main.go:358",
        "Received SIGHUP, reloading %s",
        "Received SIGHUP, reloading /etc/signaling/server.conf",
    )
    L(
        "hpb1",
        at(8, 0, 1) + sec(0.1),
        "backend_configuration.go:140",
        "Backend %s updated for %s",
        f"Backend nextcloud updated for https://{backend}/",
    )
    # Janus restarted under hpb1
    t = L(
        "hpb1",
        at(10, 50, 0),
        "mcu_janus.go:256",
        "Connection to Janus gateway was interrupted, reconnecting in %s",
        "Connection to Janus gateway was interrupted, reconnecting in 1s",
    )
    for wait in ["2s", "4s", "8s", "16s"]:
        t = L(
            "hpb1",
            t + sec(int(wait[:-1]) / 2),
            "mcu_janus.go:270",
            "Could not reconnect to Janus gateway: %s",
            "Could not reconnect to Janus gateway: dial tcp 127.0.0.1:8188: connect: connection refused",
        )
    t = L(
        "hpb1",
        at(10, 50, 31),
        "mcu_janus.go:294",
        "Connected to %s %s by %s",
        "Connected to Janus WebRTC Server 1.2.2 by Meetecho s.r.l.",
    )
    L(
        "hpb1",
        t,
        "mcu_janus.go:300",
        "Found %s %s by %s",
        "Found JANUS VideoRoom plugin 0.0.9 by Meetecho s.r.l.",
    )
    stop("hpb2", at(11, 10, 0))
    start("hpb2", at(11, 10, 4))
    return fs.logs(T0)


SYSTEMS = {
    "opensips": opensips,
    "ceph-rgw": ceph_rgw,
    "guacamole": guacamole,
    "bigbluebutton": bigbluebutton,
    "spreed-signaling": spreed_signaling,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
