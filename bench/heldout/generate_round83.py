#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 83 (opensmtpd, haraka, cyrus-imapd, coturn, janus) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written; the lines that continue an event (Haraka's stack lines, each written by a call of its
own under the same head, and the blank line after Janus's banner) have no label. Distinct calls
of one process never share a timestamp at the clock's resolution (round 53's Clock); the syslog
files, Janus and coturn print whole seconds from a millisecond clock, so a burst shares a second
as a real one does. Five mail and real-time media servers, 06:00 to 11:00 on 2024-06-04:

- OpenSMTPD (`mx1-maillog`: OpenBSD 7.5's smtpd 7.5.0; `mx2-mail.log`: Debian's 7.4.0p1;
  syslog, `Jun  4 06:00:01 mx1 smtpd[3187]: 5b0c1e2f3a4d5e6f smtp connected address=...
  host=...`): inbound mail for example.org on both MXs (`smtp connected`, `smtp tls ciphers=`,
  `smtp message msgid= size= nrcpt= proto=`, one `smtp envelope` per recipient, `smtp
  disconnected reason=quit`, then the local delivery `mda delivery evpid=... user=vmail ...
  result=Ok stat=Delivered`), rspamd's greylisting (`smtp failed-command command="DATA"
  result="451 Try again later"`), unknown recipients (`550 Invalid recipient: <%s>`, with the
  command's trailing blank inside the quotes as smtpd writes it), scanners (`smtp bad-input
  result="500 5.5.1 Invalid command: Pipelining not supported"`, `AUTH LOGIN` on port 25,
  timeouts), staff submitting on mx1's port 587 (`smtp authentication user=%s result=ok`) and
  the relay out (`mta connecting`, `mta connected`, `mta tls ciphers=`, `mta cert-check`, `mta
  delivery ... result="Ok"`, `mta disconnected reason=quit messages=%zu`); a password spray on
  587 (`result=permfail`, `535 Authentication failed`); a partner's MX timing out for 40
  minutes (`mta error reason=Connection timeout`, `result="TempFail" stat="Network error on
  destination MXs"`) and a mailbox that does not exist there (`result="PermFail"`, the bounce
  injected as a local session); Dovecot's LMTP down on mx2 for ten minutes (`mda delivery ...
  result=TempFail`); mx1 restarted for a syspatch at 09:30 (`warn: parent terminating`,
  `info: OpenSMTPD %s starting`).
- Haraka 3.0.3 (`haraka-mx-a.log`, `haraka-mx-b.log`: its default text layout with `timestamps
  = true`, `2024-06-04T06:00:01.234Z [NOTICE] [3F2A...-...] [core] connect ip=... port=...
  local_ip=... local_port=25`): start-up (`Starting up Haraka version %s`, `Loading plugin:
  %s`, `Listening on %s`, the outbound queue), connections with `connect` and the one-line
  `disconnect ip= rdns= helo= relay= early= esmtp= tls= pipe= errors= txns= rcpts= msgs= bytes=
  lr= time=` summary, hook results that are not CONT (`hook=%s plugin=%s function=%s
  params=%s retval=%s msg=%s`: dns-list, rcpt_to.in_host_list, data.headers, smtp_forward),
  connect.fcrdns's `ip= rdns= ... generic_rdns=` line, karma's `score: %d, awards: %s` before
  each disconnect, `secured:` from the tls plugin, `identity=mfrom ... result=%s` from spf,
  spamassassin's `status=`, `forwarding to %s:%s`, `queue code=%s msg="%s"`, `client half
  closed connection ip=%s`; the resolver timing out (`%s -> Error: queryA %s %s` from
  dns-list's zone test and `disabling zone '%s'`), the mail store behind smtp_forward refusing
  for eight minutes (`DENYSOFT`, `queue code=DENYSOFT`), spamd down on mx-b (`connection error:
  %s`), and an uncaught TypeError in a local plugin on mx-b: `Caught exception` is logged one
  `[CRIT] [-] [core]` line per stack line, then Haraka restarts.
- Cyrus IMAP 3.6 (`imap1-mail.log`, Debian's syslog program names `cyrus/imap[pid]`,
  `cyrus/imaps`, `cyrus/lmtpunix`, `cyrus/master`, `cyrus/ctl_cyrusdb`): Roundcube's short
  connections on port 143 from localhost (`accepted connection`, `login: %s %s plaintext User
  logged in SESSIONID=<%s>`), desktop and phone clients on 993 (`starttls: %s with cipher %s
  (%d/%d bits new) no authentication` and `reused`, `login: %s %s %s+TLS User logged in
  SESSIONID=<%s>` for AUTHENTICATE, `client id sessionid=<%s>: ...` from the ID command,
  `Expunged %d messages from %s`), prefork processes reaped by master (`process type:%s name:%s
  path:%s age:%.3fs pid:%d exited, status %d`, `USAGE %s user: %s sys: %s`), LMTP deliveries
  from the MX (`accepted connection`, `lmtp connection preauth'd as postman`, `Delivered: %s to
  mailbox: %s`, `duplicate_mark: ...` padded, sieve redirects and a sieve runtime error,
  `verify_user(%s) failed: Mailbox does not exist` and `... Over quota`), half-hourly
  checkpoints (`checkpointing cyrus databases`, `archiving database file: %s`, `done
  checkpointing cyrus databases`); a password guesser on 993 (`badlogin: %s %s
  [SASL(-13): authentication failure: Password verification failed]`) and on 143 through the
  webmail (`badlogin: %s plaintext %s SASL(-13): authentication failure: checkpass failed`),
  TLS scanners (`imaps TLS negotiation failed: %s`, `Fatal error: tls_start_servertls() failed`),
  the backup's long locks (`mailbox: longlock %s for %.1f seconds`), the spool partition full
  for ten minutes (`IOERROR: creating message file %s: %m`), a restart for an upgrade at 10:15
  (`exiting on SIGTERM/SIGINT`, `process started`, setrlimit, `about to exec %s`, the recovery,
  `ready for work`).
- coturn 4.6.2 (`turnserver_2024-06-04.log`: `--new-log-timestamp`, so `%FT%T%z` directly
  followed by `(tid): LEVEL: `, `2024-06-04T06:00:01+0000(1874): INFO: session
  001000000000000017: realm <turn.example.org> user <1717480801:alice>: incoming packet ALLOCATE
  processed, success`), the TURN server behind a video-meeting service with REST-API
  credentials: start-up (the version, the limits, `==== Show him the instruments, Practical
  Frost: ====` and its indented lines, listeners, relay threads), every allocation's `New UDP
  endpoint`, the 401 challenge, `Local relay addr`, `new`, `ALLOCATE processed, success`,
  permissions and channel binds (`peer %s lifetime updated: %lu`), refreshes, STUN bindings,
  periodic `usage:` lines while a call runs, the end (`refreshed ... lifetime=0`, `usage`,
  `peer usage`, `closed (2nd stage) ... reason: allocation timeout` or `TCP connection closed by
  client (callback)`, `delete`, `peer %s deleted`), stale nonces (438), a client with an old
  secret (`check_stun_auth: Cannot find credentials of user <%s>`), peers in a denied range
  (`A peer IP %s denied in the range: %s-%s`, 403), a network blip at 09:20 (`allocation
  watchdog determined stale session state`) and a restart at 10:30.
- Janus WebRTC Server 1.2.2 (`janus.log`: `debug_timestamps = true`, `[Tue Jun  4 06:00:01 2024]
  ` before each line, `[WARN] ` and `[ERR] [file:function:line] ` after it, the banner's lines
  written with JANUS_PRINT without a time): start-up (version, ICE, plugins and transports,
  each plugin's own `JANUS VideoRoom plugin initialized!`), meetings in the VideoRoom plugin and a few Streaming viewers: `Creating new
  session: %llu; %p`, `Creating new handle in session %llu: %llu; %p %p`, `[%llu] Creating ICE
  agent (ICE Full mode, controlled)` / `controlling`, `The DTLS handshake has been completed`,
  `[janus.plugin.videoroom-%p] WebRTC media is now available`, hang-ups (`DTLS alert triggered
  on stream %d (component %d), closing...`, `Hanging up PeerConnection because of a DTLS alert`
  / `Close PC` / `ICE failed`, `Telling the plugin about the hangup (%s)`, `No WebRTC media
  anymore; %p %p`, `WebRTC resources freed; %p %p`, `Detaching handle from %s; %p %p %p %p`,
  `Telling the plugin about the handle detach (%s)`, `Handle and related resources freed; %p
  %p`, `Destroying session %llu; %p`), abandoned sessions (`Timeout expired for session
  %llu...`), warnings (`ICE failed for component %d in stream %d...`, `SRTP unprotect error:
  %s (len=%d-->%d, ts=%u, seq=%u)` bursts during packet loss, `Missing valid SRTP session
  (packet arrived too early?), skipping...`), errors (`No such room (%s)`, `Couldn't find any
  session %llu...` from clients that outlived the 10:02 restart), the shutdown lines. Janus's
  ids are random below 2^53 (16 digits at most), as it draws them for JavaScript clients.

Label notes. The rules of rounds 51 to 77 hold. The syslog head (time, host, program[pid]),
Haraka's time, `[LEVEL]`, `[uuid]` and `[plugin]`, coturn's time, `(tid)` and level, Janus's
`[time]`, `[WARN] ` / `[ERR] ` and `[file:function:line] ` are context: the message is the
label. C's `%016"PRIx64"` and `%"SCNu64"` are written `%016llx` and `%llu`. A word passed
literally at the call site or picked by a branch is wording: OpenSMTPD's `result="Ok"` /
`"TempFail"` / `"PermFail"` (mta_delivery_log's literals) and `reason=quit` / `disconnect` /
`timeout` (separate calls), mda's `result=Ok stat=Delivered`; coturn's close reasons (`reason:
allocation timeout`, passed as literals); Janus's hang-up reasons (`because of a DTLS alert`)
and `controlled` / `controlling`; Cyrus's `+TLS` and `new` / `reused` and the literal
`plaintext` of the LOGIN command beside AUTHENTICATE's mechanism, a variable. Computed values are
variables: coturn's STUN method names (`incoming packet %s processed, success`, `ALLOCATE`,
`REFRESH`, `BINDING`, ...) and the error code with its reason (`error %d: %s`, a table lookup),
Haraka's hook, plugin, function and retval (a constant's name) in `hook=%s plugin=%s ...`, spf's
result, Cyrus's process type and mechanism, Janus's plugin names and the SRTP error's name. A
reply or error text that is a format of its own contributes it (`smtp failed-command
command="%s" result="550 Invalid recipient: <%s>"`, `mta error reason=Connection timeout`,
Cyrus's `verify_user(%s) failed: Mailbox does not exist` and `... Over quota`, the badlogin
SASL texts, Haraka's `Caught exception` first line `TypeError: Cannot read properties of
undefined (reading '%s')`); a remote server's reply (`stat="250 2.0.0 OK ..."`, Haraka's
`lr=` and `msg=`), a filter's reply (rspamd's `451 Try again later`, so `command="%s"
result="%s"`) and the client's command in `command="%s"` are values. Haraka writes an exception's stack one logger call per line,
each under the `[CRIT] [-] [core]` head: the stack's first line is labelled, its `at` lines are
its continuation (no label, as round 23's RabbitMQ lines), and errctl storing them as events
counts them `unlabelled`. Janus's JANUS_PRINT lines have no time: the banner's dashed lines and
`  Starting Meetecho Janus (WebRTC Server) v%s` are labelled, the blank line after them is
their continuation.

Sources: written from the helper's knowledge of each program, with a few format strings
checked against copies of the sources in this session (OpenSMTPD's `mta_log`, `mda_log`,
`mta_delivery_log` and the `smtp disconnected reason=` calls; Cyrus's `login:` and `badlogin:`
calls in imapd.c; coturn's log head and `IPv4. %s: %s:%d`; real log lines in issues for Haraka's
`disconnect` summary and hook lines, coturn's session lines and Janus's timestamp). Least sure:
OpenSMTPD's `mta cert-check` wording, `warn: parent terminating`, the mda's TempFail status
text and the greylisting and `535` replies as written by filter-rspamd and smtpd; Haraka's
`secured:` field list, spamassassin's status line, `forwarding to %s:%s`, smtp_forward's error
line, `Unrecognized command: %s`, dns-list's `disabling zone '%s'` and the outbound queue line;
Cyrus's `duplicate_mark:` layout, `client id` line, the `process type:` exit line, USAGE's
number format, the sieve lines, the IOERROR text, `skiplist: recovered ...` and the master's
start-up lines; coturn 4.6's exact head under `--new-log-timestamp` (no separator between the
time and `(tid)`), `A peer IP %s denied in the range: %s-%s`, `Terminating on signal %d` and
the banner's order; Janus's `[ERR]` file paths and line numbers, `Couldn't find any session
%llu...`, the order of the hang-up lines and the start-up lines. Run it only to change the
data on purpose: `python bench/heldout/generate_round83.py [SYSTEM ...]`.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, syslog_ts, uuid4
from generate_round52 import fill, secs
from generate_round55 import at, poisson
from generate_round77 import Files

T0, T_END = at(6, 0), at(11, 0)


def fillx(fmt: str, *vals: object) -> str:
    """`fill`, with C's `%p` and `%m` (a pointer, strerror) taking their text as given."""
    return fill(fmt.replace("%p", "%s").replace("%m", "%s"), *vals)


def ptr(r: random.Random) -> str:
    return "0x7f" + hexid(r, 10)


def weighted(r: random.Random, items: list[tuple[object, float]]) -> object:
    x = r.uniform(0, sum(w for _, w in items))
    for v, w in items:
        x -= w
        if x <= 0:
            return v
    return items[-1][0]


REMOTE_MX = [
    ("mail-ej1-f49.google.com", "209.85.218.49"),
    ("mail-wm1-f54.google.com", "209.85.128.54"),
    ("mail-lf1-f42.google.com", "209.85.167.42"),
    ("out-18.smtp.github.com", "192.30.252.201"),
    ("mail.partner-corp.com", "198.51.100.25"),
    ("mta-65-110.sparkpostmail.com", "192.174.90.110"),
    ("mail-am6eur05on2062.outbound.protection.outlook.com", "40.107.22.62"),
    ("smtp-out.newsletter.example.net", "203.0.113.77"),
    ("mout.gmx.net", "212.227.17.21"),
    ("a48-112.smtp-out.amazonses.com", "54.240.48.112"),
]
SENDERS = [
    "noreply@github.com",
    "notifications@github.com",
    "anna.meyer@gmail.com",
    "j.schmidt@gmx.net",
    "billing@partner-corp.com",
    "orders@partner-corp.com",
    "news@newsletter.example.net",
    "no-reply@accounts.google.com",
    "invoice+statements@stripe.com",
    "jira@atlassian.net",
    "m.rossi@outlook.com",
]
LOCAL_USERS = ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy"]
CIPHERS13 = ["TLSv1.3:TLS_AES_256_GCM_SHA384:256", "TLSv1.3:TLS_CHACHA20_POLY1305_SHA256:256"]
CIPHERS12 = ["TLSv1.2:ECDHE-RSA-AES256-GCM-SHA384:256", "TLSv1.2:ECDHE-RSA-AES128-GCM-SHA256:128"]
SCANNERS = [
    "185.234.219.64",
    "193.32.160.143",
    "45.148.10.81",
    "80.94.95.209",
    "141.98.11.45",
    "185.196.10.231",
    "194.169.175.36",
    "91.92.251.103",
]


# --------------------------------------------------------------------------------- opensmtpd


def opensmtpd(r: random.Random) -> list[Log]:
    """Two MXs for example.org. Inbound mail every 70 s or so per host, delivered to Dovecot
    by LMTP (`mda delivery`); scanners every 2-3 minutes; staff submitting on mx1's 587 every
    4 minutes, relayed out. A password spray on 587 06:40-07:05; mail.partner-corp.com times
    out 07:50-08:30; Dovecot's LMTP is down on mx2 08:40-08:50; mx1 restarts at 09:30."""
    fs = Files(1000)
    files = {"mx1": "mx1-maillog", "mx2": "mx2-mail.log"}
    pids = {"mx1": {"parent": 71245, "pony": 3187}, "mx2": {"parent": 912, "pony": 1024}}
    names = {"mx1": "mx1.example.org", "mx2": "mx2.example.org"}
    version = {"mx1": "7.5.0", "mx2": "7.4.0p1"}
    partner_down = (at(7, 50), at(8, 30))
    lmtp_down = (at(8, 40), at(9, 0))
    restart = at(9, 30)

    def L(
        host: str,
        t: datetime,
        fmt: str,
        *vals: object,
        proc: str = "pony",
        label: str | None = None,
    ) -> datetime:
        msg = fillx(fmt, *vals)
        pid = pids[host][proc]
        return fs.add(
            files[host],
            t,
            label or fmt,
            lambda t: [f"{syslog_ts(t)} {host} smtpd[{pid}]: {msg}"],
            proc=(host, proc),
        )

    def sid() -> str:
        return hexid(r, 16)

    def down(host: str, t: datetime) -> bool:
        return False

    def mda(host: str, t: datetime, evp: str, sender: str, rcpt: str) -> datetime:
        t += secs(r, 0.05, 0.6)
        if host == "mx2" and lmtp_down[0] <= t < lmtp_down[1]:
            return L(
                host,
                t,
                "%016llx mda delivery evpid=%016llx from=<%s> to=<%s> rcpt=<%s> user=%s delay=%s result=TempFail stat=%s",
                sid(),
                evp,
                sender,
                rcpt,
                rcpt,
                "vmail",
                f"{r.randint(0, 3)}s",
                'Error ("mail.lmtp: connect: Connection refused")',
            )
        return L(
            host,
            t,
            "%016llx mda delivery evpid=%016llx from=<%s> to=<%s> rcpt=<%s> user=%s delay=%s result=Ok stat=Delivered",
            sid(),
            evp,
            sender,
            rcpt,
            rcpt,
            "vmail",
            f"{r.randint(0, 2)}s",
        )

    def inbound(host: str, t: datetime) -> None:
        if down(host, t):
            return
        rdns, ip = r.choice(REMOTE_MX)
        s = sid()
        sender = r.choice(SENDERS)
        t = L(host, t, "%016llx smtp connected address=%s host=%s", s, ip, rdns)
        if r.random() < 0.85:
            t = L(
                host,
                t + secs(r, 0.1, 0.4),
                "%016llx smtp tls ciphers=%s",
                s,
                r.choice(CIPHERS13 + CIPHERS12[:1]),
            )
        if r.random() < 0.07:
            t = L(
                host,
                t + secs(r, 0.2, 0.8),
                '%016llx smtp failed-command command="%s" result="%s"',
                s,
                "DATA",
                "451 Try again later",
            )
            L(host, t + secs(r, 0.1, 0.5), "%016llx smtp disconnected reason=quit", s)
            return
        rcpts = [
            f"{u}@example.org" for u in r.sample(LOCAL_USERS, weighted(r, [(1, 8), (2, 2), (3, 1)]))
        ]  # type: ignore[arg-type]
        if r.random() < 0.06:
            bad = r.choice(["info", "sales", "admin", "webmaster", "jobs"]) + "@example.org"
            t = L(
                host,
                t + secs(r, 0.1, 0.4),
                '%016llx smtp failed-command command="%s" result="550 Invalid recipient: <%s>"',
                s,
                f"RCPT TO:<{bad}> ",
                bad,
            )
        msgid = hexid(r, 8)
        t = L(
            host,
            t + secs(r, 0.3, 1.5),
            "%016llx smtp message msgid=%08x size=%zu nrcpt=%zu proto=%s",
            s,
            msgid,
            r.randint(2400, 180000),
            len(rcpts),
            "ESMTP",
        )
        evps = []
        for rc in rcpts:
            evp = msgid + hexid(r, 8)
            evps.append((evp, rc))
            t = L(
                host,
                t + secs(r, 0.001, 0.01),
                "%016llx smtp envelope evpid=%016llx from=<%s> to=<%s>",
                s,
                evp,
                sender,
                rc,
            )
        t2 = L(host, t + secs(r, 0.05, 0.4), "%016llx smtp disconnected reason=quit", s)
        for evp, rc in evps:
            t = mda(host, t, evp, sender, rc)
        _ = t2

    def scanner(host: str, t: datetime) -> None:
        if down(host, t):
            return
        s = sid()
        ip = r.choice(SCANNERS)
        t = L(host, t, "%016llx smtp connected address=%s host=%s", s, ip, "<unknown>")
        kind = weighted(r, [("pipelining", 4), ("auth", 3), ("drop", 3), ("timeout", 1.5)])
        if kind == "pipelining":
            t = L(
                host,
                t + secs(r, 0.2, 1),
                '%016llx smtp bad-input result="500 5.5.1 Invalid command: Pipelining not supported"',
                s,
            )
            L(host, t + secs(r, 0.01, 0.1), "%016llx smtp disconnected reason=quit", s)
        elif kind == "auth":
            t = L(
                host,
                t + secs(r, 0.3, 1.5),
                '%016llx smtp failed-command command="%s" result="503 5.5.1 Invalid command: Command not supported"',
                s,
                "AUTH LOGIN",
            )
            L(host, t + secs(r, 0.05, 0.5), "%016llx smtp disconnected reason=disconnect", s)
        elif kind == "drop":
            L(host, t + secs(r, 0.1, 3), "%016llx smtp disconnected reason=disconnect", s)
        else:
            L(
                host,
                t + timedelta(seconds=300) + secs(r, 0, 0.1),
                "%016llx smtp disconnected reason=timeout",
                s,
            )

    EXTERNAL = [
        ("anna.meyer@gmail.com", "gmail.com", 0),
        ("j.schmidt@gmx.net", "gmx.net", 8),
        ("billing@partner-corp.com", "partner-corp.com", 4),
        ("m.rossi@outlook.com", "outlook.com", 6),
        ("support@vendor.example.com", "vendor.example.com", 7),
    ]

    def submission(t: datetime, user: str = "") -> None:
        host = "mx1"
        if down(host, t):
            return
        user = user or r.choice(LOCAL_USERS)
        s = sid()
        ip = f"203.0.113.{r.randint(20, 60)}"
        t = L(
            host,
            t,
            "%016llx smtp connected address=%s host=%s",
            s,
            ip,
            f"dyn-{ip.replace('.', '-')}.isp.example",
        )
        t = L(host, t + secs(r, 0.1, 0.3), "%016llx smtp tls ciphers=%s", s, r.choice(CIPHERS13))
        t = L(host, t + secs(r, 0.1, 0.4), "%016llx smtp authentication user=%s result=ok", s, user)
        dest = EXTERNAL[2] if user == "erp" else r.choice(EXTERNAL)
        rcpt = dest[0]
        if dest[1] == "partner-corp.com" and r.random() < 0.3:
            rcpt = "r.keller@partner-corp.com"
        msgid = hexid(r, 8)
        evp = msgid + hexid(r, 8)
        sender = f"{user}@example.org"
        t = L(
            host,
            t + secs(r, 0.5, 2),
            "%016llx smtp message msgid=%08x size=%zu nrcpt=%zu proto=%s",
            s,
            msgid,
            r.randint(1800, 90000),
            1,
            "ESMTP",
        )
        t = L(
            host,
            t + secs(r, 0.001, 0.01),
            "%016llx smtp envelope evpid=%016llx from=<%s> to=<%s>",
            s,
            evp,
            sender,
            rcpt,
        )
        L(host, t + secs(r, 0.05, 0.3), "%016llx smtp disconnected reason=quit", s)
        relay(t + secs(r, 0.2, 1), evp, sender, rcpt, dest[1], dest[2])

    def relay(
        t: datetime, evp: str, sender: str, rcpt: str, domain: str, mxi: int, tries: int = 0
    ) -> None:
        host = "mx1"
        m = sid()
        mxname, mxip = REMOTE_MX[mxi]
        t = L(host, t, "%016llx mta connecting address=%s host=%s", m, f"smtp://{mxip}:25", mxname)
        if domain == "partner-corp.com" and partner_down[0] <= t < partner_down[1]:
            t = L(
                host,
                t + timedelta(seconds=300) + secs(r, 0, 0.5),
                "%016llx mta error reason=Connection timeout",
                m,
            )
            t = L(
                host,
                t + secs(r, 0.001, 0.01),
                '%016llx mta delivery evpid=%016llx from=<%s> to=<%s> rcpt=<%s> source="%s" relay="%s" delay=%s result="TempFail" stat="%s"',
                m,
                evp,
                sender,
                rcpt,
                "-",
                "198.51.100.2",
                f"{mxip} ({mxname})",
                f"{5 + tries * 15}m",
                "Network error on destination MXs",
            )
            retry = t + timedelta(minutes=r.choice([10, 15]))
            relay(retry, evp, sender, rcpt, domain, mxi, tries + 1)
            return
        t = L(host, t + secs(r, 0.05, 0.3), "%016llx mta connected", m)
        t = L(
            host,
            t + secs(r, 0.1, 0.4),
            "%016llx mta tls ciphers=%s",
            m,
            r.choice(CIPHERS13 + CIPHERS12),
        )
        t = L(
            host,
            t + secs(r, 0.01, 0.05),
            '%016llx mta cert-check result="%s" fingerprint="%s"',
            m,
            "valid",
            "SHA256:" + hexid(r, 64),
        )
        delay = f"{r.randint(1, 3)}s" if tries == 0 else f"{50 + tries * 10}m"
        if rcpt == "r.keller@partner-corp.com":
            t = L(
                host,
                t + secs(r, 0.3, 1),
                '%016llx mta delivery evpid=%016llx from=<%s> to=<%s> rcpt=<%s> source="%s" relay="%s" delay=%s result="PermFail" stat="%s"',
                m,
                evp,
                sender,
                rcpt,
                "-",
                "198.51.100.2",
                f"{mxip} ({mxname})",
                delay,
                f"550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in virtual mailbox table",
            )
            L(
                host,
                t + secs(r, 0.1, 0.4),
                "%016llx mta disconnected reason=quit messages=%zu",
                m,
                0,
            )
            # the bounce, injected by a local session and delivered to the sender
            b = sid()
            bt = L(
                host,
                t + secs(r, 0.5, 1.5),
                "%016llx smtp connected address=%s host=%s",
                b,
                "local",
                names[host],
            )
            msgid = hexid(r, 8)
            bevp = msgid + hexid(r, 8)
            bt = L(
                host,
                bt + secs(r, 0.01, 0.05),
                "%016llx smtp message msgid=%08x size=%zu nrcpt=%zu proto=%s",
                b,
                msgid,
                r.randint(4000, 9000),
                1,
                "ESMTP",
            )
            bt = L(
                host,
                bt + secs(r, 0.001, 0.01),
                "%016llx smtp envelope evpid=%016llx from=<%s> to=<%s>",
                b,
                bevp,
                "",
                sender,
            )
            L(host, bt + secs(r, 0.01, 0.05), "%016llx smtp disconnected reason=quit", b)
            mda(host, bt, bevp, "", sender)
            return
        stat = weighted(
            r,
            [
                (
                    f"250 2.0.0 OK  {int(t.timestamp())} {hexid(r, 12)}-{hexid(r, 6)}si.{r.randint(100, 999)} - gsmtp",
                    5,
                ),
                (f"250 Requested mail action okay, completed: id={hexid(r, 24)}", 2),
                (f"250 2.0.0 Ok: queued as 4Vt{hexid(r, 7).upper()}", 3),
            ],
        )
        t = L(
            host,
            t + secs(r, 0.3, 2),
            '%016llx mta delivery evpid=%016llx from=<%s> to=<%s> rcpt=<%s> source="%s" relay="%s" delay=%s result="Ok" stat="%s"',
            m,
            evp,
            sender,
            rcpt,
            "-",
            "198.51.100.2",
            f"{mxip} ({mxname})",
            delay,
            stat,
        )
        L(host, t + secs(r, 0.05, 0.3), "%016llx mta disconnected reason=quit messages=%zu", m, 1)

    def spray(t: datetime) -> None:
        host = "mx1"
        s = sid()
        ip = r.choice(["45.134.26.18", "45.134.26.44", "77.90.185.12"])
        t = L(host, t, "%016llx smtp connected address=%s host=%s", s, ip, "<unknown>")
        t = L(host, t + secs(r, 0.1, 0.3), "%016llx smtp tls ciphers=%s", s, CIPHERS12[0])
        for _ in range(r.randint(1, 3)):
            user = r.choice(["admin", "info", "test", "alice", "sales", "postmaster", "office"])
            t = L(
                host,
                t + secs(r, 1.5, 3),
                "%016llx smtp authentication user=%s result=permfail",
                s,
                user,
            )
            t = L(
                host,
                t + secs(r, 0.001, 0.01),
                '%016llx smtp failed-command command="%s" result="535 Authentication failed"',
                s,
                "AUTH LOGIN",
            )
        L(host, t + secs(r, 0.1, 1), "%016llx smtp disconnected reason=disconnect", s)

    def start(host: str, t: datetime) -> datetime:
        return L(host, t, "info: OpenSMTPD %s starting", version[host], proc="parent")

    def run(a: datetime, b: datetime) -> None:
        for host in ("mx1", "mx2"):
            for t in poisson(r, a, b, 150):
                inbound(host, t)
            for t in poisson(r, a, b, 280):
                scanner(host, t)
        for t in poisson(r, a, b, 420):
            submission(t)

    for host in ("mx1", "mx2"):
        start(host, T0 + secs(r, 1, 3))
    run(T0 + timedelta(seconds=10), restart)
    for t in poisson(r, at(6, 40), at(7, 5), 45):
        spray(t)
    for t in poisson(r, at(7, 45), at(8, 30), 420):
        submission(t, "erp")
    # mx1's restart for a syspatch (mx2's traffic goes on meanwhile)
    t = L("mx1", restart, "warn: parent terminating", proc="parent")
    pids["mx1"] = {"parent": 40112, "pony": 55821}
    start("mx1", t + secs(r, 25, 35))
    run(restart + timedelta(seconds=40), T_END)
    return fs.logs(T0)


# --------------------------------------------------------------------------------- haraka

HARAKA_PLUGINS = [
    "tls",
    "dns-list",
    "karma",
    "connect.fcrdns",
    "helo.checks",
    "spf",
    "mail_from.is_resolvable",
    "rcpt_to.in_host_list",
    "data.headers",
    "spamassassin",
    "queue/smtp_forward",
    "limit",
    "local/strip_tracking",
]


def haraka(r: random.Random) -> list[Log]:
    """Two inbound MXs (mx-a, mx-b) in front of a mail store reached by smtp_forward.
    Connections every 75 s per host: most are delivered, some listed by Spamhaus, some to
    unknown recipients, scanners that send nothing useful. The resolver times out
    07:15-07:22 (dns-list's zone test fails and disables the zone); the mail store refuses
    08:20-08:28; spamd is down on mx-b 09:00-09:12; at 10:05 a local plugin throws on mx-b,
    Haraka dies and restarts."""
    fs = Files(1000)
    files = {"mx-a": "haraka-mx-a.log", "mx-b": "haraka-mx-b.log"}
    local_ip = {"mx-a": "192.0.2.21", "mx-b": "192.0.2.22"}
    dns_down = (at(7, 15), at(7, 22))
    store_down = (at(8, 20), at(8, 28))
    spamd_down = (at(9, 0), at(9, 12))
    crash = at(10, 5)
    restart_done = crash + timedelta(seconds=6)

    def L(
        host: str,
        t: datetime,
        level: str,
        uuid: str,
        plugin: str,
        fmt: str,
        *vals: object,
        label: str | None = None,
        cont: list[str] | None = None,
    ) -> datetime:
        msg = fillx(fmt, *vals)

        def text(t: datetime) -> list[str]:
            ts = f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond // 1000:03d}Z"
            out = [f"{ts} [{level}] [{uuid}] [{plugin}] {msg}"]
            for c in cont or []:
                out.append(f"{ts} [{level}] [{uuid}] [{plugin}] {c}")
            return out

        return fs.add(files[host], t, label or fmt, text, proc=host)

    HOOK = "hook=%s plugin=%s function=%s params=%s retval=%s msg=%s"
    DISC = "disconnect ip=%s rdns=%s helo=%s relay=%s early=%s esmtp=%s tls=%s pipe=%s errors=%d txns=%d rcpts=%s msgs=%s bytes=%d lr=%s time=%s"

    def q(s: str) -> str:
        return f'"{s}"'

    def startup(host: str, t: datetime) -> datetime:
        t = L(host, t, "NOTICE", "-", "core", "Starting up Haraka version %s", "3.0.3")
        for p in HARAKA_PLUGINS:
            t = L(host, t + secs(r, 0.002, 0.02), "INFO", "-", "core", "Loading plugin: %s", p)
        t = L(
            host,
            t + secs(r, 0.05, 0.2),
            "INFO",
            "-",
            "outbound",
            "Loading outbound queue from %s",
            "/var/spool/haraka/queue",
        )
        t = L(host, t + secs(r, 0.01, 0.05), "NOTICE", "-", "core", "Listening on %s", "[::0]:25")
        return t

    def down(host: str, t: datetime) -> bool:
        return host == "mx-b" and crash <= t < restart_done + timedelta(seconds=2)

    def conn(host: str, t: datetime) -> None:
        if down(host, t):
            return
        u = uuid4(r).upper()
        kind = weighted(
            r, [("mail", 10), ("listed", 3), ("norcpt", 1.5), ("scan", 2.5), ("half", 1)]
        )
        if kind == "scan":
            ip = r.choice(SCANNERS)
            rdns = "NXDOMAIN"
        elif kind == "listed":
            ip = f"{r.choice(['103.149.28', '5.188.206', '185.222.58', '45.92.1'])}.{r.randint(2, 250)}"
            rdns = "NXDOMAIN" if r.random() < 0.5 else f"host-{ip.replace('.', '-')}.static.example"
        else:
            rdns, ip = r.choice(REMOTE_MX)
        port = r.randint(32768, 65000)
        t = L(
            host,
            t,
            "NOTICE",
            u,
            "core",
            "connect ip=%s port=%d local_ip=%s local_port=%d",
            ip,
            port,
            local_ip[host],
            25,
        )
        start = t
        rd = rdns if rdns != "NXDOMAIN" else "NXDOMAIN"
        fc = "" if rdns == "NXDOMAIN" else rdns
        t = L(
            host,
            t + secs(r, 0.01, 0.3),
            "INFO",
            u,
            "connect.fcrdns",
            'ip=%s rdns="%s" rdns_len=%d fcrdns="%s" fcrdns_len=%d other_ips_len=%d invalid_tlds=%d generic_rdns=%s',
            ip,
            fc,
            1 if fc else 0,
            fc,
            1 if fc else 0,
            0,
            0,
            "true" if kind in ("listed", "scan") else "false",
        )
        awards = {
            "mail": r.choice(["047", "047,072", "020,047"]),
            "half": "001",
            "norcpt": "001,002,114",
            "listed": "001,002,115,114,111",
            "scan": "001,002,115",
        }[kind]  # type: ignore[index]
        karma_score = {
            "mail": r.randint(1, 6),
            "half": 0,
            "norcpt": -4,
            "listed": -r.randint(8, 24),
            "scan": -r.randint(3, 9),
        }[kind]  # type: ignore[index]

        def disc(
            t: datetime,
            helo: str,
            esmtp: str,
            tls: str,
            errors: int,
            txns: int,
            rcpts: str,
            msgs: str,
            size: int,
            lr: str,
            uu: str = u,
        ) -> None:
            t = L(host, t, "INFO", u, "karma", "score: %d, awards: %s", karma_score, awards)
            L(
                host,
                t + secs(r, 0.001, 0.005),
                "NOTICE",
                uu,
                "core",
                DISC,
                ip,
                rd,
                helo,
                "N",
                "N",
                esmtp,
                tls,
                "N",
                errors,
                txns,
                rcpts,
                msgs,
                size,
                q(lr),
                f"{(t - start).total_seconds():.3f}",
            )

        if kind == "scan":
            if r.random() < 0.5:
                cmd = r.choice(
                    [
                        "GET / HTTP/1.1",
                        "\\x16\\x03\\x01\\x02\\x00\\x01\\x00\\x01\\xfc\\x03\\x03",
                        "HELP",
                        "*1\\r\\n$8\\r\\nflushall",
                    ]
                )
                t = L(host, t + secs(r, 0.1, 1), "INFO", u, "core", "Unrecognized command: %s", cmd)
                disc(
                    t + secs(r, 0.01, 0.1),
                    q(""),
                    "N",
                    "N",
                    1,
                    0,
                    "0/0/0",
                    "0/0/0",
                    0,
                    "500 Unrecognized command",
                )
            else:
                disc(t + secs(r, 0.2, 8), q(""), "N", "N", 0, 0, "0/0/0", "0/0/0", 0, "")
            return
        if kind == "listed":
            zone = r.choice(["zen.spamhaus.org", "b.barracudacentral.org", "bl.spamcop.net"])
            msg = f"{ip} is listed on {zone}"
            t = L(
                host,
                t + secs(r, 0.05, 0.4),
                "INFO",
                u,
                "core",
                HOOK,
                "connect",
                "dns-list",
                "onConnect",
                q(""),
                "DENYDISCONNECT",
                q(msg),
            )
            disc(t + secs(r, 0.001, 0.01), q(""), "N", "N", 0, 0, "0/0/0", "0/0/0", 0, f"550 {msg}")
            return
        if kind == "half":
            t = L(
                host,
                t + secs(r, 1, 4),
                "INFO",
                u,
                "core",
                "client half closed connection ip=%s",
                ip,
            )
            disc(
                t + secs(r, 0.001, 0.01),
                rdns.split(".", 1)[-1],
                "Y",
                "N",
                0,
                0,
                "0/0/0",
                "0/0/0",
                0,
                "",
            )
            return
        tls = "N"
        if r.random() < 0.8:
            tls = "Y"
            cipher, ver = r.choice(
                [
                    ("TLS_AES_256_GCM_SHA384", "TLSv1.3"),
                    ("TLS_AES_128_GCM_SHA256", "TLSv1.3"),
                    ("ECDHE-RSA-AES256-GCM-SHA384", "TLSv1.2"),
                ]
            )
            t = L(
                host,
                t + secs(r, 0.1, 0.5),
                "INFO",
                u,
                "tls",
                'secured: verified=%s cipher=%s version=%s error="%s" cn="%s" organization="%s" issuer="%s" expires="%s" fingerprint=%s',
                r.choice(["true", "true", "false"]),
                cipher,
                ver,
                "",
                rdns,
                "",
                r.choice(["R3", "GTS CA 1C3", "DigiCert TLS RSA SHA256 2020 CA1"]),
                r.choice(
                    [
                        "Aug 12 08:14:02 2024 GMT",
                        "Jul 29 19:02:44 2024 GMT",
                        "Mar  3 23:59:59 2025 GMT",
                    ]
                ),
                ":".join(hexid(r, 2).upper() for _ in range(20)),
            )
        sender = r.choice(SENDERS)
        tx = f"{u}.1"
        t = L(
            host,
            t + secs(r, 0.2, 0.8),
            "INFO",
            tx,
            "spf",
            'identity=mfrom ip=%s domain="%s" mfrom=<%s> result=%s',
            ip,
            sender.split("@")[1],
            sender,
            weighted(r, [("Pass", 8), ("SoftFail", 1), ("None", 1)]),
        )
        if kind == "norcpt":
            bad = r.choice(["info", "sales", "hr", "ceo", "accounts"]) + "@example.org"
            t = L(
                host,
                t + secs(r, 0.1, 0.5),
                "INFO",
                tx,
                "core",
                HOOK,
                "rcpt",
                "rcpt_to.in_host_list",
                "hook_rcpt",
                q(f"<{bad}>"),
                "DENY",
                q(f"I cannot deliver mail for <{bad}>"),
            )
            disc(
                t + secs(r, 0.2, 3),
                rdns,
                "Y",
                tls,
                0,
                1,
                "0/0/1",
                "0/0/0",
                0,
                f"550 I cannot deliver mail for <{bad}>",
                tx,
            )
            return
        nr = weighted(r, [(1, 8), (2, 2)])
        for rc in r.sample(LOCAL_USERS, nr):  # type: ignore[arg-type]
            t = L(
                host,
                t + secs(r, 0.05, 0.3),
                "INFO",
                tx,
                "core",
                HOOK,
                "rcpt",
                "rcpt_to.in_host_list",
                "hook_rcpt",
                q(f"<{rc}@example.org>"),
                "OK",
                q(""),
            )
        size = r.randint(3000, 200000)
        if r.random() < 0.04:
            t = L(
                host,
                t + secs(r, 0.5, 2),
                "INFO",
                tx,
                "core",
                HOOK,
                "data_post",
                "data.headers",
                "hook_data_post",
                q(""),
                "DENY",
                q("From header fails DMARC policy"),
            )
            disc(
                t + secs(r, 0.01, 0.2),
                rdns,
                "Y",
                tls,
                0,
                1,
                f"{nr}/0/0",
                "0/1/0",
                size,
                "550 From header fails DMARC policy",
                tx,
            )
            return
        if host == "mx-b" and spamd_down[0] <= t < spamd_down[1]:
            t = L(
                host,
                t + secs(r, 0.5, 2),
                "ERROR",
                tx,
                "spamassassin",
                "connection error: %s",
                "Error: connect ECONNREFUSED 127.0.0.1:783",
            )
        else:
            score = round(r.uniform(-3, 4.9), 1)
            tests = ",".join(
                r.sample(
                    [
                        "BAYES_00",
                        "DKIM_SIGNED",
                        "DKIM_VALID",
                        "DKIM_VALID_AU",
                        "HTML_MESSAGE",
                        "RCVD_IN_DNSWL_NONE",
                        "SPF_HELO_NONE",
                        "SPF_PASS",
                        "T_SCC_BODY_TEXT_LINE",
                        "MIME_HTML_ONLY",
                    ],
                    r.randint(3, 6),
                )
            )
            t = L(
                host,
                t + secs(r, 0.5, 2.5),
                "INFO",
                tx,
                "spamassassin",
                'status=%s, score=%s, required=%s, reqd=%s, tests="%s"',
                "No",
                score,
                "5.0",
                "5.0",
                tests,
            )
        t = L(
            host,
            t + secs(r, 0.01, 0.05),
            "INFO",
            tx,
            "queue/smtp_forward",
            "forwarding to %s:%s",
            "10.0.2.20",
            2525,
        )
        if store_down[0] <= t < store_down[1]:
            t = L(
                host,
                t + secs(r, 0.01, 0.05),
                "ERROR",
                tx,
                "queue/smtp_forward",
                "Error: connect ECONNREFUSED %s",
                "10.0.2.20:2525",
            )
            t = L(
                host,
                t + secs(r, 0.001, 0.01),
                "INFO",
                tx,
                "core",
                HOOK,
                "queue",
                "queue/smtp_forward",
                "hook_queue",
                q(""),
                "DENYSOFT",
                q("Backend failure. Please, retry later"),
            )
            t = L(
                host,
                t + secs(r, 0.001, 0.01),
                "NOTICE",
                tx,
                "core",
                'queue code=%s msg="%s"',
                "DENYSOFT",
                "Backend failure. Please, retry later",
            )
            disc(
                t + secs(r, 0.1, 0.5),
                rdns,
                "Y",
                tls,
                0,
                1,
                f"{nr}/0/0",
                "0/0/1",
                size,
                "451 Backend failure. Please, retry later",
                tx,
            )
            return
        reply = f"2.0.0 Ok: queued as 4Vt{hexid(r, 8).upper()}"
        t = L(
            host,
            t + secs(r, 0.05, 0.4),
            "NOTICE",
            tx,
            "core",
            'queue code=%s msg="%s"',
            "OK",
            reply,
        )
        disc(t + secs(r, 0.1, 0.6), rdns, "Y", tls, 0, 1, f"{nr}/0/0", "1/0/0", size, "", u)

    def dnstest(host: str, t: datetime) -> None:
        if down(host, t):
            return
        for zone in ("zen.spamhaus.org", "b.barracudacentral.org", "bl.spamcop.net"):
            t = L(
                host,
                t + secs(r, 0.001, 0.01),
                "ERROR",
                "-",
                "dns-list",
                "%s -> Error: queryA %s %s",
                f"2.0.0.127.{zone}.",
                "ETIMEOUT",
                f"2.0.0.127.{zone}.",
            )
            t = L(
                host, t + secs(r, 0.001, 0.01), "WARN", "-", "dns-list", "disabling zone '%s'", zone
            )

    for host in ("mx-a", "mx-b"):
        startup(host, T0 + secs(r, 0.5, 2))
        for t in poisson(r, T0 + timedelta(seconds=5), T_END, 125):
            conn(host, t)
        dnstest(host, dns_down[0] + secs(r, 60, 240))
    # the crash on mx-b
    stack = [
        "    at exports.hook_data_post (/opt/haraka/plugins/local/strip_tracking.js:41:38)",
        "    at Array.forEach (<anonymous>)",
        "    at Object.plugins.run_next_hook (/usr/lib/node_modules/Haraka/plugins.js:502:28)",
        "    at Connection.data_done (/usr/lib/node_modules/Haraka/connection.js:1712:17)",
        "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
    ]
    L(
        "mx-b",
        crash,
        "CRIT",
        "-",
        "core",
        "TypeError: Cannot read properties of undefined (reading '%s')",
        "split",
        cont=stack,
    )
    startup("mx-b", restart_done)
    return fs.logs(T0)


# --------------------------------------------------------------------------------- cyrus-imapd


def cyrus_imapd(r: random.Random) -> list[Log]:
    """One Cyrus backend for example.org: Roundcube's short connections from localhost every
    25 s, desktop and phone clients on 993 every 2 minutes, LMTP deliveries from the MXs every
    40 s, checkpoints every 30 minutes. A guesser on 993 06:30-06:50, one through the webmail
    at 08:00; TLS scanners now and then; the backup's long locks 07:30-07:40; the spool full
    09:40-09:50; a restart for an upgrade at 10:15."""
    fs = Files(1000)
    F = "imap1-mail.log"
    backup = (at(7, 30), at(7, 40))
    spool_full = (at(9, 40), at(9, 50))
    restart = at(10, 15)
    pid_next = [21000]
    master_pid = [1187]

    def newpid() -> int:
        pid_next[0] += r.randint(1, 9)
        return pid_next[0]

    def L(
        prog: str, pid: int, t: datetime, fmt: str, *vals: object, label: str | None = None
    ) -> datetime:
        msg = fillx(fmt, *vals)
        return fs.add(
            F,
            t,
            label or fmt,
            lambda t: [f"{syslog_ts(t)} imap1 cyrus/{prog}[{pid}]: {msg}"],
            proc=(prog, pid),
        )

    def session_id(pid: int, t: datetime) -> str:
        return (
            f"imap1-{pid}-{int(t.timestamp())}-{r.randint(1, 40)}-{r.randint(10**18, 10**19 - 1)}"
        )

    # prefork pools: (prog, pid) processes, reaped after some uses
    pools: dict[str, list[list]] = {"imap": [], "imaps": [], "lmtpunix": []}
    paths = {
        "imap": "/usr/lib/cyrus/bin/imapd",
        "imaps": "/usr/lib/cyrus/bin/imapd",
        "lmtpunix": "/usr/lib/cyrus/bin/lmtpd",
    }

    def in_restart(t: datetime) -> bool:
        return restart <= t < restart + timedelta(seconds=20)

    def proc(svc: str, t: datetime) -> int:
        pool = pools[svc]
        if pool and r.random() < 0.85:
            p = r.choice(pool)
            p[1] += 1
            if p[1] > 25 and r.random() < 0.3:
                pool.remove(p)
                user = p[3]
                tt = t - secs(r, 0.5, 2)
                if user and svc != "lmtpunix" and r.random() < 0.4:
                    tt = L(
                        svc,
                        p[0],
                        tt,
                        "USAGE %s user: %s sys: %s",
                        user,
                        f"{r.uniform(0.01, 0.9):.6f}",
                        f"{r.uniform(0.005, 0.4):.6f}",
                    )
                L(
                    "master",
                    master_pid[0],
                    tt + secs(r, 0.001, 0.01),
                    "process type:%s name:%s path:%s age:%.3fs pid:%d exited, status %d",
                    "SERVICE",
                    svc,
                    paths[svc],
                    (t - p[2]).total_seconds(),
                    p[0],
                    0,
                )
            else:
                return p[0]
        pid = newpid()
        pools[svc].append([pid, 1, t, None])
        return pid

    def setuser(svc: str, pid: int, user: str) -> None:
        for p in pools[svc]:
            if p[0] == pid:
                p[3] = user

    def webmail(t: datetime) -> None:
        if in_restart(t):
            return
        pid = proc("imap", t)
        user = weighted(r, [(u, 10 - i) for i, u in enumerate(LOCAL_USERS)])
        t = L("imap", pid, t, "accepted connection")
        t = L(
            "imap",
            pid,
            t + secs(r, 0.01, 0.08),
            "login: %s %s plaintext User logged in SESSIONID=<%s>",
            "localhost [127.0.0.1]",
            user,
            session_id(pid, t),
        )
        setuser("imap", pid, str(user))
        if r.random() < 0.08:
            L(
                "imap",
                pid,
                t + secs(r, 0.1, 0.5),
                "Expunged %d messages from %s",
                r.randint(1, 4),
                f"example.org!user.{user}",
            )

    CLIENTS = [
        ('"name" "Thunderbird" "version" "115.11.0"', 5),
        ('"name" "iPhone Mail" "version" "21F90" "os" "iOS" "os-version" "17.5.1 (21F90)"', 3),
        (
            '"name" "com.google.android.gm" "os" "android" "os-version" "14; UP1A.231005.007" "vendor" "Google, Inc."',
            2,
        ),
        ('"name" "Evolution" "version" "3.50.2"', 1),
    ]

    def desktop(t: datetime) -> None:
        if in_restart(t):
            return
        pid = proc("imaps", t)
        user = r.choice(LOCAL_USERS)
        ip = f"{r.choice(['203.0.113', '198.51.100', '192.0.2'])}.{r.randint(2, 250)}"
        host = r.choice(
            ["unknown", f"dyn-{ip.replace('.', '-')}.isp.example", "vpn-gw.example.org"]
        )
        t = L("imaps", pid, t, "accepted connection")
        proto, cipher, bits = r.choice(
            [
                ("TLSv1.3", "TLS_AES_256_GCM_SHA384", 256),
                ("TLSv1.3", "TLS_AES_128_GCM_SHA256", 128),
                ("TLSv1.2", "ECDHE-RSA-AES256-GCM-SHA384", 256),
            ]
        )
        if r.random() < 0.3:
            t = L(
                "imaps",
                pid,
                t + secs(r, 0.02, 0.1),
                "starttls: %s with cipher %s (%d/%d bits reused) no authentication",
                proto,
                cipher,
                bits,
                bits,
            )
        else:
            t = L(
                "imaps",
                pid,
                t + secs(r, 0.02, 0.1),
                "starttls: %s with cipher %s (%d/%d bits new) no authentication",
                proto,
                cipher,
                bits,
                bits,
            )
        t = L(
            "imaps",
            pid,
            t + secs(r, 0.05, 0.3),
            "login: %s %s %s+TLS User logged in SESSIONID=<%s>",
            f"{host} [{ip}]",
            user,
            "PLAIN",
            session_id(pid, t),
        )
        setuser("imaps", pid, user)
        if r.random() < 0.7:
            t = L(
                "imaps",
                pid,
                t + secs(r, 0.05, 0.3),
                "client id sessionid=<%s>: %s",
                session_id(pid, t),
                weighted(r, CLIENTS),
            )
        if backup[0] <= t < backup[1] and r.random() < 0.6:
            t = L(
                "imaps",
                pid,
                t + secs(r, 0.5, 3),
                "mailbox: longlock %s for %.1f seconds",
                f"example.org!user.{user}",
                r.uniform(2, 9),
            )
        if r.random() < 0.25:
            L(
                "imaps",
                pid,
                t + secs(r, 5, 120),
                "Expunged %d messages from %s",
                r.randint(1, 12),
                f"example.org!user.{user}" + r.choice(["", ".Trash", ".Junk"]),
            )

    def lmtp(t: datetime) -> None:
        if in_restart(t):
            return
        pid = proc("lmtpunix", t)
        t = L("lmtpunix", pid, t, "accepted connection")
        t = L("lmtpunix", pid, t + secs(r, 0.001, 0.01), "lmtp connection preauth'd as postman")
        msgid = f"<{hexid(r, 12)}.{r.randint(1000, 99999)}@{r.choice(['mail.gmail.com', 'github.com', 'partner-corp.com', 'mx.newsletter.example.net', 'eu-west-1.amazonses.com'])}>"
        for user in r.sample(LOCAL_USERS, weighted(r, [(1, 8), (2, 2)])):  # type: ignore[arg-type]
            t += secs(r, 0.01, 0.1)
            if user == "carol" and r.random() < 0.5:
                t = L(
                    "lmtpunix",
                    pid,
                    t,
                    "verify_user(%s) failed: Over quota",
                    f"example.org!user.{user}",
                )
                continue
            if spool_full[0] <= t < spool_full[1]:
                t = L(
                    "lmtpunix",
                    pid,
                    t,
                    "IOERROR: creating message file %s: %m",
                    f"/var/spool/cyrus/mail/example.org/u/user/{user}/{r.randint(1000, 9999)}.",
                    "No space left on device",
                )
                continue
            mbox = f"example.org!user.{user}"
            if user == "frank" and r.random() < 0.6:
                t = L(
                    "lmtpunix",
                    pid,
                    t,
                    "sieve runtime error for %s id %s: Fileinto: Mailbox does not exist",
                    f"{user}@example.org",
                    msgid,
                )
            elif user == "dave" and r.random() < 0.7:
                t = L(
                    "lmtpunix", pid, t, "sieve redirected: %s to: %s", msgid, "dave.private@gmx.net"
                )
                continue
            elif r.random() < 0.2:
                mbox += r.choice([".Lists", ".Newsletters", ".GitHub"])
            t = L("lmtpunix", pid, t, "Delivered: %s to mailbox: %s", msgid, mbox)
            if r.random() < 0.35:
                t = L(
                    "lmtpunix",
                    pid,
                    t + secs(r, 0.001, 0.01),
                    "duplicate_mark: %-40s %-20s %lu %lu",
                    msgid,
                    f".{user}@example.org.sieve.",
                    int(t.timestamp()),
                    0,
                )
        if r.random() < 0.05:
            bad = r.choice(["info", "sales", "webmaster"])
            L(
                "lmtpunix",
                pid,
                t + secs(r, 0.01, 0.05),
                "verify_user(%s) failed: Mailbox does not exist",
                f"example.org!user.{bad}",
            )

    def guesser(t: datetime, via_webmail: bool) -> None:
        user = r.choice(["admin", "alice", "info", "test", "bob", "root", "office"])
        if via_webmail:
            pid = proc("imap", t)
            t = L("imap", pid, t, "accepted connection")
            L(
                "imap",
                pid,
                t + secs(r, 0.3, 1),
                "badlogin: %s plaintext %s SASL(-13): authentication failure: checkpass failed",
                "localhost [127.0.0.1]",
                user,
            )
            return
        pid = proc("imaps", t)
        ip = r.choice(["45.141.84.126", "45.141.84.201", "91.238.181.95"])
        t = L("imaps", pid, t, "accepted connection")
        t = L(
            "imaps",
            pid,
            t + secs(r, 0.02, 0.1),
            "starttls: %s with cipher %s (%d/%d bits new) no authentication",
            "TLSv1.2",
            "ECDHE-RSA-AES256-GCM-SHA384",
            256,
            256,
        )
        L(
            "imaps",
            pid,
            t + secs(r, 0.3, 1),
            "badlogin: %s %s [SASL(-13): authentication failure: Password verification failed]",
            f"unknown [{ip}]",
            "PLAIN",
        )

    def tls_scan(t: datetime) -> None:
        if in_restart(t):
            return
        pid = proc("imaps", t)
        ip = r.choice(SCANNERS)
        t = L("imaps", pid, t, "accepted connection")
        t = L(
            "imaps", pid, t + secs(r, 0.1, 2), "imaps TLS negotiation failed: %s", f"unknown [{ip}]"
        )
        L("imaps", pid, t + secs(r, 0.001, 0.01), "Fatal error: tls_start_servertls() failed")

    def checkpoint(t: datetime) -> None:
        pid = newpid()
        t = L("ctl_cyrusdb", pid, t, "checkpointing cyrus databases")
        for db in (
            "annotations.db",
            "mailboxes.db",
            "quota.db",
            "deliver.db",
            "tls_sessions.db",
            "user_deny.db",
        ):
            t = L(
                "ctl_cyrusdb",
                pid,
                t + secs(r, 0.005, 0.05),
                "archiving database file: %s",
                f"/var/lib/cyrus/{db}",
            )
        t = L("ctl_cyrusdb", pid, t + secs(r, 0.01, 0.1), "done checkpointing cyrus databases")
        L(
            "master",
            master_pid[0],
            t + secs(r, 0.01, 0.05),
            "process type:%s name:%s path:%s age:%.3fs pid:%d exited, status %d",
            "EVENT",
            "checkpoint",
            "/usr/lib/cyrus/bin/ctl_cyrusdb",
            r.uniform(0.05, 0.4),
            pid,
            0,
        )

    def master_start(t: datetime) -> datetime:
        m = master_pid[0]
        t = L("master", m, t, "process started")
        t = L(
            "master",
            m,
            t + secs(r, 0.001, 0.01),
            "setrlimit: Unable to set file descriptors limit to -1: Operation not permitted",
        )
        t = L("master", m, t + secs(r, 0.001, 0.01), "retrying with %ld (current max)", 4096)
        t = L(
            "master",
            m,
            t + secs(r, 0.01, 0.05),
            "about to exec %s",
            "/usr/lib/cyrus/bin/ctl_cyrusdb",
        )
        pid = newpid()
        t = L("ctl_cyrusdb", pid, t + secs(r, 0.01, 0.05), "recovering cyrus databases")
        for db, n in (("mailboxes.db", 412), ("annotations.db", 1877), ("deliver.db", 9152)):
            t = L(
                "ctl_cyrusdb",
                pid,
                t + secs(r, 0.01, 0.2),
                "skiplist: recovered %s (%llu records, %ld bytes) in %d seconds",
                f"/var/lib/cyrus/{db}",
                n + r.randint(0, 50),
                (n + 30) * r.randint(180, 260),
                0,
            )
        t = L("ctl_cyrusdb", pid, t + secs(r, 0.05, 0.2), "done recovering cyrus databases")
        t = L(
            "master",
            m,
            t + secs(r, 0.01, 0.05),
            "process type:%s name:%s path:%s age:%.3fs pid:%d exited, status %d",
            "START",
            "recover",
            "/usr/lib/cyrus/bin/ctl_cyrusdb",
            r.uniform(0.3, 1.5),
            pid,
            0,
        )
        for svc in ("imap", "imaps", "lmtpunix"):
            t = L("master", m, t + secs(r, 0.001, 0.01), "about to exec %s", paths[svc])
        t = L("master", m, t + secs(r, 0.01, 0.05), "ready for work")
        return t

    def run(a: datetime, b: datetime) -> None:
        for t in poisson(r, a, b, 40):
            webmail(t)
        for t in poisson(r, a, b, 190):
            desktop(t)
        for t in poisson(r, a, b, 70):
            lmtp(t)
        for t in poisson(r, a, b, 900):
            tls_scan(t)
        t = at(6, 29, 58)
        while t < T_END:
            if a <= t < b:
                checkpoint(t + secs(r, 0, 1))
            t += timedelta(minutes=30)

    master_start(T0 + secs(r, 0.2, 1))
    run(T0 + timedelta(seconds=5), restart)
    for t in poisson(r, at(6, 30), at(6, 50), 20):
        guesser(t, False)
    for t in poisson(r, at(8, 0), at(8, 6), 6):
        guesser(t, True)
    # the upgrade restart
    L("master", master_pid[0], restart, "exiting on SIGTERM/SIGINT")
    for svc in pools:
        pools[svc].clear()
    master_pid[0] = 30114
    pid_next[0] = 30120
    master_start(restart + secs(r, 8, 12))
    run(restart + timedelta(seconds=20), T_END)
    return fs.logs(T0)


# --------------------------------------------------------------------------------- coturn


def coturn(r: random.Random) -> list[Log]:
    """A TURN server for a video-meeting service (REST API credentials, realm turn.example.org):
    calls every 80 s, each with one to three allocations over UDP or TCP, lasting 3-40 minutes;
    STUN bindings from ICE; stale nonces on long calls; a client with an old secret 07:10-07:30;
    peers in a denied range now and then; a network blip at 09:20 that lets the watchdog close
    stale sessions; a restart at 10:30."""
    fs = Files(1000)
    F = "turnserver_2024-06-04.log"
    realm = "turn.example.org"
    local = "10.0.0.5"
    relay_tids = [1874, 1875, 1876, 1877]
    main_tid = [1868]
    blip = at(9, 20)
    restart = at(10, 30)

    def L(
        tid: int,
        t: datetime,
        fmt: str,
        *vals: object,
        level: str = "INFO",
        label: str | None = None,
    ) -> datetime:
        msg = fillx(fmt, *vals)
        return fs.add(
            F,
            t,
            label or fmt,
            lambda t: [f"{t:%Y-%m-%dT%H:%M:%S}+0000({tid}): {level}: {msg}"],
            proc=tid,
        )

    def startup(t: datetime) -> datetime:
        m = main_tid[0]
        t = L(m, t, "log file opened: %s", f"/var/log/turnserver/{F}")
        t = L(m, t + secs(r, 0.001, 0.01), "Coturn Version %s", "Coturn-4.6.2 'Gorst'")
        t = L(
            m,
            t + secs(r, 0.001, 0.01),
            "Max number of open files/sockets allowed for this process: %lu",
            1048576,
        )
        t = L(m, t + secs(r, 0.001, 0.01), "==== Show him the instruments, Practical Frost: ====")
        t = L(m, t + secs(r, 0.001, 0.005), "   TLS supported")
        t = L(m, t + secs(r, 0.001, 0.005), "   DTLS supported")
        t = L(
            m,
            t + secs(r, 0.001, 0.005),
            "   OpenSSL compile-time version: %s (0x%lx)",
            "OpenSSL 3.0.13 30 Jan 2024",
            "300000d0",
        )
        t = L(m, t + secs(r, 0.001, 0.005), "Default realm: %s", realm)
        for tid in relay_tids:
            t = L(tid, t + secs(r, 0.001, 0.01), "turn server id=%d created", relay_tids.index(tid))
        for kind, port in (("TLS/TCP", 5349), ("UDP", 3478)):
            t = L(
                m, t + secs(r, 0.001, 0.01), f"IPv4. {kind} listener opened on : %s:%d", local, port
            )
        t = L(m, t + secs(r, 0.001, 0.01), "Total General servers: %d", len(relay_tids))
        return t

    ERR = "session %018llu: realm <%s> user <%s>: incoming packet %s processed, error %d: %s"
    OK = "session %018llu: realm <%s> user <%s>: incoming packet %s processed, success"

    seen: set[str] = set()

    def newsid(tid: int, t: datetime) -> str:
        """coturn numbers a relay thread's sessions in order: about three a second here."""
        idx = relay_tids.index(tid) if tid in relay_tids else 0
        base = int(
            (t - (restart if t >= restart else T0 - timedelta(minutes=40))).total_seconds() / 20
        )
        n = base
        while f"{idx:03d}{n:015d}" in seen:
            n += 1
        seen.add(f"{idx:03d}{n:015d}")
        return f"{idx:03d}{n:015d}"

    def allocation(
        t: datetime, user: str, dur: float, peers: list[str], tcp: bool, bad_secret: bool = False
    ) -> None:
        if restart <= t < restart + timedelta(seconds=15):
            return
        tid = r.choice(relay_tids)
        s = newsid(tid, t)
        rip = f"{r.choice(['203.0.113', '198.51.100', '192.0.2', '100.64.12'])}.{r.randint(2, 250)}:{r.randint(30000, 65000)}"
        if tcp:
            t = L(tid, t, "IPv4. tcp or tls connected to: %s:%d", *rip.split(":"))
        else:
            t = L(
                tid,
                t,
                "handle_udp_packet: New UDP endpoint: local addr %s, remote addr %s",
                f"{local}:3478",
                rip,
            )
        t = L(tid, t + secs(r, 0.001, 0.01), ERR, s, realm, "", "message", 401, "Unauthorized")
        if bad_secret:
            for _ in range(r.randint(1, 3)):
                t = L(
                    tid,
                    t + secs(r, 0.02, 0.3),
                    "check_stun_auth: Cannot find credentials of user <%s>",
                    user,
                )
                t = L(
                    tid,
                    t + secs(r, 0.001, 0.005),
                    ERR,
                    s,
                    realm,
                    user,
                    "ALLOCATE",
                    401,
                    "Unauthorized",
                )
            return
        t = L(
            tid,
            t + secs(r, 0.02, 0.15),
            "IPv4. Local relay addr: %s:%d",
            local,
            r.randint(49152, 65535),
        )
        t = L(
            tid,
            t + secs(r, 0.001, 0.005),
            "session %018llu: new, realm=<%s>, username=<%s>, lifetime=%lu",
            s,
            realm,
            user,
            600,
        )
        t = L(tid, t + secs(r, 0.001, 0.005), OK, s, realm, user, "ALLOCATE")
        if r.random() < 0.5:
            t = L(tid, t + secs(r, 0.02, 0.2), OK, s, realm, user, "BINDING")
        for p in peers:
            if p.startswith("10.99."):
                t = L(
                    tid,
                    t + secs(r, 0.05, 0.3),
                    "A peer IP %s denied in the range: %s-%s",
                    p,
                    "10.99.0.0",
                    "10.99.255.255",
                )
                t = L(
                    tid,
                    t + secs(r, 0.001, 0.005),
                    ERR,
                    s,
                    realm,
                    user,
                    "CREATE_PERMISSION",
                    403,
                    "Forbidden IP",
                )
                continue
            t = L(
                tid,
                t + secs(r, 0.05, 0.3),
                "session %018llu: peer %s lifetime updated: %lu",
                s,
                p,
                300,
            )
            t = L(tid, t + secs(r, 0.001, 0.005), OK, s, realm, user, "CREATE_PERMISSION")
            if r.random() < 0.5:
                t = L(
                    tid,
                    t + secs(r, 0.01, 0.2),
                    "session %018llu: peer %s lifetime updated: %lu",
                    s,
                    p,
                    600,
                )
                t = L(tid, t + secs(r, 0.001, 0.005), OK, s, realm, user, "CHANNEL_BIND")
        end = t + timedelta(seconds=dur)
        watchdog = blip <= end and t < blip
        if watchdog:
            end = blip + secs(r, 60, 90)
        capped = t < restart <= end
        if capped:
            end = restart - secs(r, 0.5, 3)
        rp = rb = sp = sb = 0
        nxt = t + timedelta(seconds=r.uniform(100, 160))
        refresh_at = t + timedelta(seconds=r.uniform(240, 300))
        stale = t + timedelta(seconds=600)
        while True:
            step = min(nxt, refresh_at)
            if step >= end:
                break
            if step == nxt:
                dp = int(r.uniform(40, 60) * (nxt - t).total_seconds() / 1)
                rp += dp
                rb += dp * r.randint(900, 1150)
                sp += dp
                sb += dp * r.randint(880, 1120)
                if not (watchdog and nxt >= blip):
                    t = L(
                        tid,
                        nxt,
                        "session %018llu: usage: realm=<%s>, username=<%s>, rp=%lu, rb=%lu, sp=%lu, sb=%lu",
                        s,
                        realm,
                        user,
                        rp,
                        rb,
                        sp,
                        sb,
                    )
                nxt = nxt + timedelta(seconds=r.uniform(100, 160))
            else:
                if not (watchdog and refresh_at >= blip):
                    if refresh_at >= stale:
                        t = L(tid, refresh_at, ERR, s, realm, user, "REFRESH", 438, "Stale nonce")
                        stale = refresh_at + timedelta(seconds=600)
                        refresh_at += secs(r, 0.05, 0.3)
                    t = L(
                        tid,
                        refresh_at,
                        "session %018llu: refreshed, realm=<%s>, username=<%s>, lifetime=%lu",
                        s,
                        realm,
                        user,
                        600,
                    )
                    t = L(tid, t + secs(r, 0.001, 0.005), OK, s, realm, user, "REFRESH")
                    for p in peers:
                        if not p.startswith("10.99."):
                            t = L(
                                tid,
                                t + secs(r, 0.01, 0.1),
                                "session %018llu: peer %s lifetime updated: %lu",
                                s,
                                p,
                                300,
                            )
                            t = L(
                                tid,
                                t + secs(r, 0.001, 0.005),
                                OK,
                                s,
                                realm,
                                user,
                                "CREATE_PERMISSION",
                            )
                refresh_at = refresh_at + timedelta(seconds=r.uniform(240, 300))
        if capped:
            return
        t = end
        if watchdog:
            t = L(
                tid,
                t,
                "session %018llu: usage: realm=<%s>, username=<%s>, rp=%lu, rb=%lu, sp=%lu, sb=%lu",
                s,
                realm,
                user,
                rp,
                rb,
                sp,
                sb,
            )
            t = L(
                tid,
                t + secs(r, 0.001, 0.005),
                "session %018llu: peer usage: realm=<%s>, username=<%s>, rp=%lu, rb=%lu, sp=%lu, sb=%lu",
                s,
                realm,
                user,
                rp // 2,
                rb // 2,
                sp // 2,
                sb // 2,
            )
            t = L(
                tid,
                t + secs(r, 0.001, 0.005),
                "session %018llu: closed (2nd stage), user <%s> realm <%s> origin <%s>, local %s, remote %s, reason: allocation watchdog determined stale session state",
                s,
                user,
                realm,
                "",
                f"{local}:3478",
                rip,
            )
        elif tcp:
            t = L(tid, t, "session %018llu: TCP socket closed remotely %s", s, rip)
            t = L(
                tid,
                t + secs(r, 0.001, 0.005),
                "session %018llu: usage: realm=<%s>, username=<%s>, rp=%lu, rb=%lu, sp=%lu, sb=%lu",
                s,
                realm,
                user,
                rp,
                rb,
                sp,
                sb,
            )
            t = L(
                tid,
                t + secs(r, 0.001, 0.005),
                "session %018llu: peer usage: realm=<%s>, username=<%s>, rp=%lu, rb=%lu, sp=%lu, sb=%lu",
                s,
                realm,
                user,
                rp // 2,
                rb // 2,
                sp // 2,
                sb // 2,
            )
            t = L(
                tid,
                t + secs(r, 0.001, 0.005),
                "session %018llu: closed (2nd stage), user <%s> realm <%s> origin <%s>, local %s, remote %s, reason: TCP connection closed by client (callback)",
                s,
                user,
                realm,
                "",
                f"{local}:3478",
                rip,
            )
        else:
            t = L(
                tid,
                t,
                "session %018llu: refreshed, realm=<%s>, username=<%s>, lifetime=%lu",
                s,
                realm,
                user,
                0,
            )
            t = L(tid, t + secs(r, 0.001, 0.005), OK, s, realm, user, "REFRESH")
            t = L(
                tid,
                t + secs(r, 0.001, 0.005),
                "session %018llu: usage: realm=<%s>, username=<%s>, rp=%lu, rb=%lu, sp=%lu, sb=%lu",
                s,
                realm,
                user,
                rp,
                rb,
                sp,
                sb,
            )
            t = L(
                tid,
                t + secs(r, 0.001, 0.005),
                "session %018llu: peer usage: realm=<%s>, username=<%s>, rp=%lu, rb=%lu, sp=%lu, sb=%lu",
                s,
                realm,
                user,
                rp // 2,
                rb // 2,
                sp // 2,
                sb // 2,
            )
            t = L(
                tid,
                t + secs(r, 0.001, 0.005),
                "session %018llu: closed (2nd stage), user <%s> realm <%s> origin <%s>, local %s, remote %s, reason: allocation timeout",
                s,
                user,
                realm,
                "",
                f"{local}:3478",
                rip,
            )
        t = L(
            tid,
            t + secs(r, 0.001, 0.005),
            "session %018llu: delete: realm=<%s>, username=<%s>",
            s,
            realm,
            user,
        )
        for p in peers:
            if not p.startswith("10.99."):
                t = L(tid, t + secs(r, 0.001, 0.005), "session %018llu: peer %s deleted", s, p)

    def call(t: datetime) -> None:
        n = weighted(r, [(1, 6), (2, 3), (3, 1)])
        dur = r.uniform(150, 1500)
        for _ in range(n):  # type: ignore[call-overload]
            name = r.choice([*LOCAL_USERS, "guest", "m.rossi", "anna", "kiosk-3"])
            user = f"{int((t + timedelta(hours=12)).timestamp())}:{name}"
            peers = [
                f"{r.choice(['203.0.113', '198.51.100', '100.64.12'])}.{r.randint(2, 250)}"
                for _ in range(r.randint(1, 2))
            ]
            if r.random() < 0.06:
                peers.append(f"10.99.{r.randint(0, 20)}.{r.randint(2, 250)}")
            allocation(
                t + secs(r, 0.2, 5), user, dur + r.uniform(-20, 20), peers, r.random() < 0.25
            )

    def stun(t: datetime) -> None:
        if restart <= t < restart + timedelta(seconds=15):
            return
        tid = r.choice(relay_tids)
        s = newsid(tid, t)
        t = L(
            tid,
            t,
            "handle_udp_packet: New UDP endpoint: local addr %s, remote addr %s",
            f"{local}:3478",
            f"{r.choice(['203.0.113', '198.51.100', '100.64.12'])}.{r.randint(2, 250)}:{r.randint(30000, 65000)}",
        )
        L(tid, t + secs(r, 0.001, 0.005), OK, s, realm, "", "BINDING")

    def run(a: datetime, b: datetime) -> None:
        for t in poisson(r, a, b, 390):
            call(t)
        for t in poisson(r, a, b, 150):
            stun(t)

    startup(T0 - timedelta(minutes=40) + secs(r, 0, 1))
    run(T0 - timedelta(minutes=4), restart)
    for t in poisson(r, at(7, 10), at(7, 30), 90):
        allocation(t, f"{int(at(5, 0).timestamp())}:kiosk-lobby", 0, [], False, bad_secret=True)
    L(main_tid[0], restart, "Terminating on signal %d", 15)
    main_tid[0] = 3311
    relay_tids[:] = [3317, 3318, 3319, 3320]
    seen.clear()
    startup(restart + secs(r, 2, 4))
    run(restart + timedelta(seconds=15), T_END)
    return fs.logs(T0)


# --------------------------------------------------------------------------------- janus

ROOMS = ["1234", "4711", "8080", "5150", "2001"]


def janus(r: random.Random) -> list[Log]:
    """Janus for a team's meeting rooms: participants join a VideoRoom every 40 s or so, each
    with a publisher and a subscriber handle, and stay 5-50 minutes; a few viewers watch a
    Streaming mountpoint. Most leave by closing the tab (DTLS alert), some hang up (Close PC),
    some never come back (the session times out after 60 s); ICE fails for a few behind strict
    NATs. A lossy uplink 08:10-08:25 floods SRTP unprotect warnings; a client with a stale
    room id now and then; Janus restarts at 10:02 and old clients keep polling their sessions."""
    fs = Files(1000)
    F = "janus.log"
    restart = at(10, 2)
    lossy = (at(8, 10), at(8, 25))

    def L(
        t: datetime,
        fmt: str,
        *vals: object,
        level: str = "",
        src: str = "",
        label: str | None = None,
        bare: bool = False,
        cont: list[str] | None = None,
    ) -> datetime:
        msg = fillx(fmt, *vals)

        def text(t: datetime) -> list[str]:
            if bare:
                return [msg, *(cont or [])]
            ts = f"[{t:%a %b} {t.day:2d} {t:%H:%M:%S %Y}] "
            pre = ""
            if level:
                pre += f"[{level}] "
            if src:
                pre += f"[{src}] "
            return [ts + pre + msg, *(cont or [])]

        return fs.add(F, t, label or fmt, text, proc="janus")

    def startup(t: datetime) -> datetime:
        t = L(t, "---------------------------------------------------", bare=True)
        t = L(
            t + secs(r, 0.0001, 0.001),
            "  Starting Meetecho Janus (WebRTC Server) v%s",
            "1.2.2",
            bare=True,
        )
        t = L(
            t + secs(r, 0.0001, 0.001),
            "---------------------------------------------------",
            bare=True,
            cont=[""],
        )
        t = L(t + secs(r, 0.001, 0.005), "Janus version: %d (%s)", 1202, "1.2.2")
        t = L(
            t + secs(r, 0.001, 0.005),
            "Initializing ICE stuff (Full mode, ICE-TCP candidates disabled, full-trickle, IPv6 support disabled)",
        )
        for so, name in (
            ("libjanus_videoroom.so", "JANUS VideoRoom plugin"),
            ("libjanus_streaming.so", "JANUS Streaming plugin"),
        ):
            t = L(t + secs(r, 0.001, 0.005), "Loading plugin '%s'...", so)
            t = L(t + secs(r, 0.005, 0.03), f"{name} initialized!")
        t = L(
            t + secs(r, 0.001, 0.005), "Loading transport plugin '%s'...", "libjanus_websockets.so"
        )
        t = L(t + secs(r, 0.005, 0.02), "WebSockets server started (port %d)...", 8188)
        t = L(t + secs(r, 0.001, 0.005), "JANUS WebSockets transport plugin initialized!")
        t = L(t + secs(r, 0.001, 0.005), "Sessions watchdog started")
        return t

    sessions: list[str] = []

    def handle(
        t: datetime, sess: str, sptr: str, plugin: str, pkg: str, mode: str, end: datetime, how: str
    ) -> tuple[datetime, datetime, str, str]:
        """A handle's lines, its end's at `end`; returns when its set-up and its end were
        written, its id and pointer."""
        h = str(r.randint(10**15, 10**16 - 1))
        hptr, pptr = ptr(r), ptr(r)
        t = L(t, "Creating new handle in session %llu: %llu; %p %p", sess, h, sptr, hptr)
        t = L(t + secs(r, 0.05, 0.6), f"[%llu] Creating ICE agent (ICE Full mode, {mode})", h)
        if how == "icefail":
            t = L(
                t + secs(r, 10, 30),
                "[%llu] ICE failed for component %d in stream %d...",
                h,
                1,
                1,
                level="WARN",
            )
            t = L(
                t + secs(r, 0.001, 0.01),
                "[%llu] Hanging up PeerConnection because of a ICE failed",
                h,
            )
            t = L(
                t + secs(r, 0.001, 0.01),
                "[%llu] Telling the plugin about the hangup (%s)",
                h,
                plugin,
            )
            t = L(t + secs(r, 0.01, 0.05), "[%llu] WebRTC resources freed; %p %p", h, hptr, sptr)
            return t, t, h, hptr
        if r.random() < 0.1:
            t = L(
                t + secs(r, 0.05, 0.3),
                "[%llu] Missing valid SRTP session (packet arrived too early?), skipping...",
                h,
                level="WARN",
            )
        t = L(t + secs(r, 0.2, 1.2), "[%llu] The DTLS handshake has been completed", h)
        t = L(t + secs(r, 0.001, 0.01), f"[{pkg}-%p] WebRTC media is now available", pptr)
        setup = t
        # lossy uplink: SRTP unprotect warnings
        if t < lossy[1] and end > lossy[0] and r.random() < 0.6:
            w0 = max(t, lossy[0])
            for wt in poisson(r, w0, min(end, lossy[1]), 22):
                L(
                    wt,
                    "[%llu] SRTP unprotect error: %s (len=%d-->%d, ts=%u, seq=%u)",
                    h,
                    weighted(
                        r,
                        [
                            ("srtp_err_status_replay_fail", 8),
                            ("srtp_err_status_replay_old", 3),
                            ("srtp_err_status_auth_fail", 1),
                        ],
                    ),
                    (n := r.randint(90, 1200)),
                    n - 10,
                    r.randint(10**8, 4 * 10**9),
                    r.randint(1, 65535),
                    level="WARN",
                )
        t = end
        if how == "restart":
            return setup, t, h, hptr
        if how == "alert":
            t = L(t, "[%llu] DTLS alert triggered on stream %d (component %d), closing...", h, 1, 1)
            t = L(
                t + secs(r, 0.001, 0.01),
                "[%llu] Hanging up PeerConnection because of a DTLS alert",
                h,
            )
        elif how == "close":
            t = L(t, "[%llu] Hanging up PeerConnection because of a Close PC", h)
        elif how == "timeout":
            t = L(t, "[%llu] Hanging up PeerConnection because of a Detach", h)
        t = L(
            t + secs(r, 0.001, 0.01), "[%llu] Telling the plugin about the hangup (%s)", h, plugin
        )
        if pkg.endswith("videoroom"):
            t = L(
                t + secs(r, 0.001, 0.01),
                f"[{pkg}-%p] No WebRTC media anymore; %p %p",
                pptr,
                hptr,
                sptr,
            )
        else:
            t = L(t + secs(r, 0.001, 0.01), f"[{pkg}-%p] No WebRTC media anymore", pptr)
        t = L(t + secs(r, 0.01, 0.05), "[%llu] WebRTC resources freed; %p %p", h, hptr, sptr)
        return setup, t, h, hptr

    def detach(t: datetime, h: str, hptr: str, sptr: str, plugin: str) -> datetime:
        t = L(
            t + secs(r, 0.01, 0.2),
            "Detaching handle from %s; %p %p %p %p",
            plugin,
            hptr,
            hptr,
            sptr,
            ptr(r),
        )
        t = L(
            t + secs(r, 0.001, 0.01),
            "[%llu] Telling the plugin about the handle detach (%s)",
            h,
            plugin,
        )
        t = L(
            t + secs(r, 0.001, 0.02),
            "[%llu] Handle and related resources freed; %p %p",
            h,
            hptr,
            sptr,
        )
        return t

    def participant(t: datetime, viewer: bool = False) -> None:
        if restart - timedelta(seconds=5) <= t < restart + timedelta(seconds=10):
            return
        sess = str(r.randint(10**15, 10**16 - 1))
        sptr = ptr(r)
        t = L(t, "Creating new session: %llu; %p", sess, sptr)
        if not viewer and r.random() < 0.05:
            room = str(r.choice([1000, 9999, 7777]))
            L(
                t + secs(r, 0.2, 0.8),
                "No such room (%s)",
                room,
                level="ERR",
                src=f"plugins/janus_videoroom.c:janus_videoroom_process_synchronous_request:{r.choice([6912, 6954])}",
            )
            # the client gives up: its session times out
            tt = L(t + secs(r, 60, 62), "Timeout expired for session %llu...", sess)
            L(tt + secs(r, 0.001, 0.01), "Destroying session %llu; %p", sess, sptr)
            return
        dur = r.uniform(300, 2000)
        end = t + timedelta(seconds=dur)
        if end >= restart and t < restart:
            end = restart - secs(r, 1, 5)
            how = "restart"
        else:
            how = weighted(r, [("alert", 6), ("close", 3), ("timeout", 1), ("icefail", 0.4)])
        if viewer:
            plugin, pkg = "JANUS Streaming plugin", "janus.plugin.streaming"
            modes = ["controlling"]
        else:
            plugin, pkg = "JANUS VideoRoom plugin", "janus.plugin.videoroom"
            modes = ["controlled", "controlling"]
        handles = []
        tt = t
        te = t
        for mode in modes:
            hend = end + timedelta(seconds=61) if how == "timeout" else end
            tt, he, h, hp = handle(
                tt + secs(r, 0.1, 2), sess, sptr, plugin, pkg, mode, hend + secs(r, 0, 0.5), how
            )
            te = max(te, he)
            handles.append((h, hp))
            if how == "icefail":
                break
        if how == "restart":
            sessions.append(sess)
            return
        if how == "timeout":
            L(end + timedelta(seconds=60), "Timeout expired for session %llu...", sess)
        t = max(te, end)
        for h, hp in handles:
            t = detach(t, h, hp, sptr, plugin)
        L(t + secs(r, 0.01, 0.05), "Destroying session %llu; %p", sess, sptr)

    def shutdown(t: datetime) -> datetime:
        t = L(t, "Stopping server, please wait...")
        t = L(t + secs(r, 0.1, 0.3), "Bye!")
        return t

    startup(at(5, 58, 12) + secs(r, 0, 1))
    for t in poisson(r, T0, T_END, 205):
        participant(t)
    for t in poisson(r, T0, T_END, 900):
        participant(t, viewer=True)
    t = shutdown(restart)
    startup(t + secs(r, 2, 4))
    # browsers that outlived the restart keep asking for their old sessions
    for sess in sessions:
        tt = restart + secs(r, 8, 20)
        for _ in range(r.randint(2, 6)):
            tt = L(
                tt,
                "Couldn't find any session %llu...",
                sess,
                level="ERR",
                src="janus.c:janus_process_incoming_request:1342",
            )
            tt += secs(r, 1, 4)
    return fs.logs(T0)


SYSTEMS: dict[str, Callable[[random.Random], list[Log]]] = {
    "opensmtpd": opensmtpd,
    "haraka": haraka,
    "cyrus-imapd": cyrus_imapd,
    "coturn": coturn,
    "janus": janus,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
