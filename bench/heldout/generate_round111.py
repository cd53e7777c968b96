#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 111 (stalwart, sogo, roundcube, mox, maddy) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, through round 97's Files). Five mail and groupware servers, 06:00 to 12:00 on
2024-06-04:

- Stalwart Mail Server 0.8 (`stalwart.log.2024-06-04`: its `log` tracer, tracing_appender's
  daily file, tracing-subscriber's default `fmt` layer, ANSI off, level debug:
  `2024-06-04T06:00:01.123456Z  INFO smtp{instance="smtp" protocol=Smtp remote.ip="..."
  remote.port=51234}: smtp::inbound::ehlo: context="spf" event="lookup" ...`): start-up
  (`Starting Stalwart Mail Server v%s...`, `Starting listener` per listener), inbound SMTP
  sessions (TLS handshake, EHLO, iprev, SPF for EHLO and MAIL FROM, RCPT, DKIM, DMARC, the
  message queued), spammers' RCPTs to unknown mailboxes, outbound deliveries (`delivery{...}`
  span: delivered, remote RCPT rejections, EHLO rejections, connection failures while a
  provider's MX is down 08:20-08:45), a password-guessing burst on submission (auth
  failures, then `IP address blocked after too many failed login attempts`), a sender
  hitting the rate limit, the PostgreSQL store restarted 09:40-09:44 (`Failed to read from
  store: %s`), a restart at 10:30.
- SOGo 5.10 in Mailcow (`sogod.log`: `Jun 04 06:00:01 sogod [123]: ...`, the `<0x0x...[Class]>`
  object prefix): the watchdog's start-up and its children, the access lines of the web UI
  (unseen counts, mail lists, messages, alarms, logins), CalDAV clients and ActiveSync phones
  (Ping long polls), logins (`SOGoRootPage successful login ...`, failed ones with the
  password-policy line), an IMAP outage 07:50-07:58 (`Could not connect IMAP4`, 500s), a
  MySQL restart 09:15-09:18 (`could not open channel for URL`), children hanging and the
  watchdog without a free child, an NSException, a restart at 11:00.
- Roundcube 1.6 (`errors.log`, `userlogins.log`, `sendmail.log`: `[04-Jun-2024 06:00:01
  +0000]: <a1b2c3d4> ...`): logins and failed logins (a credential-stuffing burst: each failure
  writes `Failed login for ...` and the IMAP error), sent mail, Dovecot restarted at 08:30
  (`Empty startup greeting`, `Could not connect to ...`), the database down 09:50-09:56,
  Postfix refusing 10:40-10:45, recipients refused, managesieve unreachable, stale compose
  ids, and PHP's own lines in errors.log (warnings, 8.2 deprecations, a fatal error with its
  stack trace) with PHP's `[04-Jun-2024 06:00:01 UTC] ` date.
- mox v0.0.11 (`mox.log`: `journalctl -u mox`, `Jun 04 06:00:01 mail mox[812]: l=info
  m="..." pkg=smtpserver cid=18f3a2b4c5d ...`, mlog's logfmt): start-up and listeners, inbound
  connections (`new connection`, `incoming message delivered` / `rejected`, `connection
  closed`), outbound queue deliveries (`delivered from queue`, temporary and permanent
  failures), authentication failures, a panic in the webmail handler with its goroutine
  stack, a restart at 09:00.
- maddy 0.7 (`maddy.log`: its log file, `2024-06-04T06:00:01.123Z smtp: incoming
  message\t{"msg_id":...}`, the fields as ordered JSON): inbound messages (`incoming message`,
  `RCPT ok`, `accepted`, `RCPT error`, `MAIL FROM error` from the DNSBL check, `DATA error`),
  the queue (`delivered`, `delivery attempt failed`, `will retry`, `not delivered, permanent
  error`), authentication failures on submission and IMAP, the PostgreSQL storage down
  10:10-10:16, a restart at 08:00 (`signal received (%v), next signal will force immediate
  shutdown.`, `listening on %v`, `loaded %d saved queue entries`).

Label notes. Tracing's time, level, spans and target, SOGo's date, process and pid and the
`<0x0x%p[Class]>` prefix, Roundcube's date and `<sessid>` and the ` in FILE on line N (METHOD
URI)` tail its log_error appends, the journal head and mox's `l=`, `pkg=`, `cid=` and other
attributes, and maddy's time, module name and JSON fields are context: the message is the
label. A Stalwart event written with no message is labelled by its call site's fields: the
literal ones (`context="spf" event="lookup" identity="ehlo"`) as written and the others'
keys with `%s` values. SOGo's access line is a request record, labelled by method, route and
status (round 54; a user, a message id, a device and a query's values are variables). PHP's
own lines are labelled by PHP's format (`PHP Warning:  Undefined array key "%s" in %s on line
%d`), the fatal error's stack trace continuing it. A remote server's reply (an SMTP reply, the
IMAP server's `AUTHENTICATE PLAIN:` answer) is a value; an errno's or PDO's text written in a
message contributes its own words.

Least sure (written from the helper's knowledge; checked only where noted): Stalwart's
`Starting listener` and its fields, the session span's name and fields, every
message-less event except `context="rcpt" event="rejected"`, `context="ehlo"
event="rejected"` and the TLS handshake and the fail2ban message (checked against copies of
0.7/0.8 sources), the delivery span, the throttle event and the store error's text; SOGo's
startup lines, `Could not connect IMAP4`, the GCSChannelManager line, the hanging-child and
`Terminating with SIGTERM` lines and the ActiveSync `Sleeping` line; Roundcube's SMTP error
texts, `Request security check failed`, the managesieve line and whether userlogins.log
lines carry the `<sessid>`; mox's message texts other than the logfmt layout (checked
against a copy of mlog/log.go): `new connection`, `connection closed`, `incoming message
delivered`/`rejected`, the queue's three, `authentication failed`, the start-up and
shutdown lines; maddy's `will retry`, `generated failed DSN`, `loaded %d saved queue entries` and the field names
of each message (the layout checked against copies of framework/log/log.go and writer.go).
"""

from __future__ import annotations

import json
import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate
from generate_round55 import at, poisson
from generate_round97 import Files, sec

DOMAIN = "example.org"
USERS = ["anna", "ben", "carla", "dieter", "emma", "felix", "greta", "hannes", "ines", "jonas"]
PEERS = [
    ("mail-wm1-f48.google.com", "209.85.128.48", "gmail.com"),
    ("mail-ej1-f51.google.com", "209.85.218.51", "googlemail.com"),
    ("mout.gmx.net", "212.227.17.20", "gmx.de"),
    ("mout.web.de", "217.72.192.78", "web.de"),
    ("mail.posteo.de", "185.67.36.65", "posteo.de"),
    ("mx.mailbox.org", "80.241.60.212", "mailbox.org"),
    ("o1.email.github.com", "192.254.112.60", "github.com"),
    ("mail2.newsletter-host.net", "198.51.100.40", "newsletter-host.net"),
]
SPAM = [
    ("unknown", "45.155.205.13", "kaskad-promo.ru"),
    ("ip-185-234-216-9.example-hosting.net", "185.234.216.9", "best-deals.top"),
    ("localhost", "141.98.10.60", "secure-notice.info"),
]
OUT_MX = [
    ("gmail.com", "gmail-smtp-in.l.google.com"),
    ("gmx.de", "mx00.emig.gmx.net"),
    ("web.de", "mx-ha03.web.de"),
    ("posteo.de", "mx01.posteo.de"),
    ("outlook.com", "outlook-com.olc.protection.outlook.com"),
    ("kunde-gmbh.de", "mx.kunde-gmbh.de"),
    ("kunde-gmbh.de", "mx.kunde-gmbh.de"),
]
ATTACKERS = ["91.92.241.77", "80.94.95.115", "185.196.8.151", "194.169.175.33"]
CLIENTS = ["10.20.0.14", "10.20.0.23", "10.20.1.5", "10.20.1.40", "192.0.2.55", "203.0.113.17"]


def addr(r: random.Random) -> str:
    return f"{r.choice(USERS)}@{DOMAIN}"


def ext_addr(r: random.Random, dom: str) -> str:
    return f"{r.choice(['noreply', 'info', 'max.mustermann', 'j.doe', 'support', 'news', 'lisa'])}@{dom}"


def msgid(r: random.Random, dom: str) -> str:
    return f"<{r.getrandbits(48):012x}.{r.randint(1000, 9999)}@{dom}>"


# ------------------------------------------------------------------------------ stalwart

SW_VERSION = "0.8.5"
SW_LISTENERS = [
    ("smtp", "Smtp", 25, "false"),
    ("submission", "Smtp", 587, "false"),
    ("submissions", "Smtp", 465, "true"),
    ("imap", "Imap", 143, "false"),
    ("imaptls", "Imap", 993, "true"),
    ("sieve", "ManageSieve", 4190, "false"),
    ("http", "Http", 443, "true"),
]


def stalwart(r: random.Random) -> list[Log]:
    """One Stalwart server (mx.example.org) at tracer level debug, 06:00 to 12:00: inbound
    mail from providers and spammers, outbound deliveries, a provider's MX down 08:20-08:45,
    password guessing on submission 07:10-07:25, a sender over the rate limit at 09:05, the
    PostgreSQL store restarted 09:40-09:44, a restart at 10:30."""
    fs = Files()
    F = "stalwart.log.2024-06-04"

    def W(t: datetime, level: str, span: str, target: str, label: str, body: str) -> datetime:
        head = f"{span}: " if span else ""
        return fs.add(
            F,
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond:06d}Z {level:>5} {head}{target}: {body}"
            ],
            "sw",
            1,
        )

    def start(t: datetime) -> datetime:
        t = W(
            t,
            "INFO",
            "",
            "stalwart_mail",
            "Starting Stalwart Mail Server v%s...",
            f"Starting Stalwart Mail Server v{SW_VERSION}...",
        )
        for lid, proto, port, tls in SW_LISTENERS:
            t = W(
                t + sec(r.uniform(0.0002, 0.002)),
                "INFO",
                "",
                "common::listener::listen",
                "Starting listener",
                f'Starting listener id="{lid}" protocol={proto} bind.ip="::" bind.port={port} tls={tls}',
            )
        return t

    def down(t: datetime) -> bool:
        return at(10, 30) <= t < at(10, 30, 6)

    def store_down(t: datetime) -> bool:
        return at(9, 40) <= t < at(9, 44)

    t0, t_end = at(6, 0), at(12, 0)
    start(t0 + sec(1.3))
    qid = [212800]

    def span(inst: str, proto: str, ip: str) -> str:
        return f'{inst}{{instance="{inst}" protocol={proto} remote.ip="{ip}" remote.port={r.randint(32768, 60999)}}}'

    # inbound sessions
    for t in poisson(r, t0 + sec(20), t_end, 88):
        if down(t):
            continue
        spam = r.random() < 0.22
        host, ip, dom = r.choice(SPAM if spam else PEERS)
        sp = span("smtp", "Smtp", ip)
        if r.random() < 0.7:
            t = W(
                t + sec(0.05),
                "DEBUG",
                sp,
                "smtp::inbound::session",
                'context="tls" event="handshake" version=%s cipher=%s',
                f'context="tls" event="handshake" version=TLSv1_3 cipher={r.choice(["TLS13_AES_256_GCM_SHA384", "TLS13_AES_128_GCM_SHA256", "TLS13_CHACHA20_POLY1305_SHA256"])}',
            )
        ptr_ok = not spam or host != "unknown"
        t = W(
            t + sec(r.uniform(0.01, 0.2)),
            "INFO",
            sp,
            "smtp::inbound::ehlo",
            'context="iprev" event="lookup" result=%s ptr=%s',
            f'context="iprev" event="lookup" result={"Pass" if ptr_ok and not spam else ("Fail" if ptr_ok else "PermError")} ptr="{host + "." if ptr_ok else ""}"',
        )
        t = W(
            t + sec(r.uniform(0.01, 0.3)),
            "INFO",
            sp,
            "smtp::inbound::ehlo",
            'context="spf" event="lookup" identity="ehlo" domain=%s result=%s',
            f'context="spf" event="lookup" identity="ehlo" domain="{host}" result={"None" if spam else r.choice(["Pass", "None"])}',
        )
        t = W(
            t + sec(0.001),
            "DEBUG",
            sp,
            "smtp::inbound::ehlo",
            'context="ehlo" event="ehlo" domain=%s',
            f'context="ehlo" event="ehlo" domain="{host}"',
        )
        sender = ext_addr(r, dom)
        t = W(
            t + sec(r.uniform(0.05, 0.4)),
            "INFO",
            sp,
            "smtp::inbound::mail",
            'context="spf" event="lookup" identity="mail-from" domain=%s sender=%s result=%s',
            f'context="spf" event="lookup" identity="mail-from" domain="{dom}" sender="{sender}" result={"SoftFail" if spam else "Pass"}',
        )
        t = W(
            t + sec(0.001),
            "DEBUG",
            sp,
            "smtp::inbound::mail",
            'context="mail-from" event="success" address=%s',
            f'context="mail-from" event="success" address="{sender}"',
        )
        nr = 0
        for _ in range(r.choice([1, 1, 1, 2, 3]) if not spam else r.randint(2, 6)):
            if spam and r.random() < 0.7:
                bad = f"{r.choice(['admin', 'info', 'sales', 'office', 'hr', 'buchhaltung', 'kontakt'])}@{DOMAIN}"
                t = W(
                    t + sec(r.uniform(0.02, 0.3)),
                    "DEBUG",
                    sp,
                    "smtp::inbound::rcpt",
                    "Mailbox does not exist.",
                    f'Mailbox does not exist. context="rcpt" event="error" address="{bad}"',
                )
                continue
            nr += 1
            t = W(
                t + sec(r.uniform(0.02, 0.3)),
                "DEBUG",
                sp,
                "smtp::inbound::rcpt",
                'context="rcpt" event="success" address=%s',
                f'context="rcpt" event="success" address="{addr(r)}"',
            )
        if nr == 0:
            continue
        t = W(
            t + sec(r.uniform(0.2, 2)),
            "INFO",
            sp,
            "smtp::inbound::data",
            'context="dkim" event="verify" from=%s result=%s',
            f'context="dkim" event="verify" from="{sender}" result={"None" if spam else r.choice(["Pass"] * 8 + ["Fail"])}',
        )
        t = W(
            t + sec(0.002),
            "INFO",
            sp,
            "smtp::inbound::data",
            'context="dmarc" event="verify" return_path=%s from=%s dkim_result=%s spf_result=%s result=%s',
            f'context="dmarc" event="verify" return_path="{sender}" from="{sender}" dkim_result={"None" if spam else "Pass"} spf_result={"SoftFail" if spam else "Pass"} result={"Fail" if spam else "Pass"}',
        )
        if store_down(t):
            W(
                t + sec(0.01),
                "ERROR",
                sp,
                "smtp::queue::spool",
                "Failed to read from store: %s",
                "Failed to read from store: Internal error: PostgreSQL error: error connecting to server: Connection refused (os error 111)",
            )
            continue
        qid[0] += r.randint(1, 9)
        W(
            t + sec(0.01),
            "INFO",
            sp,
            "smtp::queue::spool",
            'context="queue" event="scheduled" id=%s from=%s nrcpts=%s size=%s',
            f'context="queue" event="scheduled" id={qid[0]} from="{sender}" nrcpts={nr} size={r.randint(2000, 900000)}',
        )
    # outbound deliveries
    for t in poisson(r, t0 + sec(60), t_end, 130):
        if down(t):
            continue
        qid[0] += r.randint(1, 9)
        dom, mx = r.choice(OUT_MX)
        sender = addr(r)
        rcpt = ext_addr(r, dom)
        dsp = (
            f'delivery{{id={qid[0]} return_path="{sender}" nrcpt=1 size={r.randint(1500, 400000)}}}'
        )
        if (dom == "kunde-gmbh.de" and at(8, 20) <= t < at(8, 45)) or (
            store_down(t) and r.random() < 0.5
        ):
            W(
                t,
                "INFO",
                dsp,
                "smtp::outbound::delivery",
                'context="connect" event="error" domain=%s mx=%s reason=%s',
                f'context="connect" event="error" domain="{dom}" mx="{mx}" reason="Connection refused (os error 111)"',
            )
            continue
        if dom == "outlook.com" and r.random() < 0.2:
            W(
                t,
                "INFO",
                dsp,
                "smtp::outbound::delivery",
                'context="ehlo" event="rejected" mx=%s reason=%s',
                f'context="ehlo" event="rejected" mx="{mx}" reason="Code: 421, Enhanced code: 4.3.2, Message: Service not available"',
            )
            continue
        if r.random() < 0.08:
            W(
                t,
                "INFO",
                dsp,
                "smtp::outbound::delivery",
                'context="rcpt" event="rejected" rcpt=%s mx=%s reason=%s',
                f'context="rcpt" event="rejected" rcpt="{rcpt}" mx="{mx}" reason="Code: 550, Enhanced code: 5.1.1, Message: {r.choice(["User unknown", "Recipient address rejected: User unknown in virtual mailbox table", "The email account that you tried to reach does not exist"])}"',
            )
            continue
        W(
            t,
            "INFO",
            dsp,
            "smtp::outbound::delivery",
            'context="delivery" event="delivered" rcpt=%s mx=%s status=%s',
            f'context="delivery" event="delivered" rcpt="{rcpt}" mx="{mx}" status="Code: 250, Enhanced code: 2.0.0, Message: OK {r.getrandbits(40):010x}"',
        )
    # password guessing on submission
    for t in poisson(r, at(7, 10), at(7, 25), 5):
        ip = r.choice(ATTACKERS)
        W(
            t,
            "INFO",
            span("submission", "Smtp", ip),
            "smtp::inbound::auth",
            'context="auth" event="failed" mechanism=%s',
            f'context="auth" event="failed" mechanism={r.choice(["Plain", "Login"])}',
        )
    for i, ip in enumerate(ATTACKERS):
        W(
            at(7, 12 + 3 * i, r.randint(0, 59)) + sec(r.uniform(0, 1)),
            "INFO",
            "",
            "directory::core::secret",
            "IP address blocked after too many failed login attempts",
            f'IP address blocked after too many failed login attempts context="directory" event="fail2ban" remote_ip={ip} login="{r.choice(["admin", "info", "test", "anna"])}@{DOMAIN}"',
        )
    # a sender over the rate limit
    for t in poisson(r, at(9, 5), at(9, 9), 6):
        W(
            t,
            "INFO",
            span("submission", "Smtp", "10.20.1.40"),
            "smtp::inbound::session",
            'context="throttle" event="rate-limit-exceeded" max_requests=%s max_interval=%s',
            'context="throttle" event="rate-limit-exceeded" max_requests=25 max_interval=60',
        )
    # the store down: the queue manager's reads
    for t in poisson(r, at(9, 40), at(9, 44), 7):
        W(
            t,
            "ERROR",
            "",
            "smtp::queue::manager",
            "Failed to read from store: %s",
            "Failed to read from store: Internal error: PostgreSQL error: error connecting to server: Connection refused (os error 111)",
        )
    # restart
    W(
        at(10, 30, 0) + sec(0.412731),
        "INFO",
        "",
        "stalwart_mail",
        "Shutting down Stalwart Mail Server v%s...",
        f"Shutting down Stalwart Mail Server v{SW_VERSION}...",
    )
    start(at(10, 30, 4) + sec(0.218904))
    return fs.logs(t0)


# ---------------------------------------------------------------------------------- sogo

SG_ROUTES = {
    "unseen": (
        "POST",
        "/SOGo/so/{u}/Mail/0/folderINBOX/unseenCount",
        "/SOGo/so/%s/Mail/0/folderINBOX/unseenCount",
    ),
    "list": ("POST", "/SOGo/so/{u}/Mail/0/folderINBOX/view", "/SOGo/so/%s/Mail/0/folderINBOX/view"),
    "msg": (
        "POST",
        "/SOGo/so/{u}/Mail/0/folderINBOX/{n}/view",
        "/SOGo/so/%s/Mail/0/folderINBOX/%s/view",
    ),
    "alarms": (
        "POST",
        "/SOGo/so/{u}/Calendar/alarmslist?browserTime={b}",
        "/SOGo/so/%s/Calendar/alarmslist?browserTime=%s",
    ),
    "connect": ("POST", "/SOGo/connect", "/SOGo/connect"),
    "propfind": ("PROPFIND", "/SOGo/dav/{u}/Calendar/", "/SOGo/dav/%s/Calendar/"),
    "report": ("REPORT", "/SOGo/dav/{u}/Calendar/personal/", "/SOGo/dav/%s/Calendar/personal/"),
    "ping": (
        "POST",
        "/SOGo/Microsoft-Server-ActiveSync?User={u}&DeviceId={d}&DeviceType={k}&Cmd=Ping",
        "/SOGo/Microsoft-Server-ActiveSync?User=%s&DeviceId=%s&DeviceType=%s&Cmd=Ping",
    ),
    "sync": (
        "POST",
        "/SOGo/Microsoft-Server-ActiveSync?User={u}&DeviceId={d}&DeviceType={k}&Cmd=Sync",
        "/SOGo/Microsoft-Server-ActiveSync?User=%s&DeviceId=%s&DeviceType=%s&Cmd=Sync",
    ),
}
SG_DEVICES = [
    ("anna", "androidc1043455297", "Android"),
    ("ben", "ApplF4LXK2J3HG7F", "iPhone"),
    ("emma", "androidc998877661", "Android"),
    ("jonas", "ApplDNPW31QZ0D4K", "iPad"),
]


def sogo(r: random.Random) -> list[Log]:
    """Mailcow's SOGo (webmail, CalDAV, ActiveSync), 06:00 to 12:00: the watchdog's start-up,
    web UI users' polling and reading, CalDAV clients, ActiveSync phones' Ping long polls, a
    phone with an old password (401s), Dovecot down 07:50-07:58, MySQL restarted
    09:15-09:18, a child hanging on a large mailbox and the watchdog without a free child at
    10:20, a restart at 11:00."""
    fs = Files()
    restart = at(11, 0, 6)

    def kids(t: datetime) -> list[int]:
        return list(range(4422, 4432)) if t >= restart else list(range(131, 141))

    def kid(t: datetime) -> int:
        return r.choice(kids(t))

    def parent(t: datetime) -> int:
        return 4410 if t >= restart else 118

    objs: dict[str, str] = {}

    def obj(cls: str = "") -> str:
        return "0x0x" + objs.setdefault(cls, f"55d1c{r.getrandbits(28):07x}")

    def S(t: datetime, pid: int, label: str, msg: str) -> datetime:
        return fs.add(
            "sogod.log",
            t,
            label,
            lambda x: [f"{x:%b %d %H:%M:%S} sogod [{pid}]: {msg}"],
            pid,
            1_000_000,
        )

    def start(t: datetime) -> datetime:
        p = parent(t)
        t = S(
            t,
            p,
            "<%p[WOWatchDog]> listening on %s",
            f"<{obj('WOWatchDog')}[WOWatchDog]> listening on 0.0.0.0:20000",
        )
        t = S(
            t + sec(0.01),
            p,
            "<%p[WOWatchDog]> preparing %d children",
            f"<{obj('WOWatchDog')}[WOWatchDog]> preparing {len(kids(t))} children",
        )
        for k in kids(t):
            t = S(
                t + sec(0.003),
                p,
                "<%p[WOWatchDog]> child spawned with pid %d",
                f"<{obj('WOWatchDog')}[WOWatchDog]> child spawned with pid {k}",
            )
        for k in kids(t):
            tk = S(
                t + sec(r.uniform(0.5, 2)),
                k,
                "<%p[SOGoCache]> Cache cleanup interval set every %f seconds",
                f"<{obj('SOGoCache')}[SOGoCache]> Cache cleanup interval set every 300.000000 seconds",
            )
            S(
                tk + sec(0.001),
                k,
                "<%p[SOGoCache]> Using host(s) '%s' as server(s)",
                f"<{obj('SOGoCache')}[SOGoCache]> Using host(s) 'memcached:11211' as server(s)",
            )
        return t

    def imap_down(t: datetime) -> bool:
        return at(7, 50) <= t < at(7, 58)

    def sql_down(t: datetime) -> bool:
        return at(9, 15) <= t < at(9, 18)

    def stopped(t: datetime) -> bool:
        return at(11, 0) <= t < at(11, 0, 20)

    def access(
        t: datetime, key: str, status: int, ip: str, u: str, dur: float, **kw: str
    ) -> datetime:
        meth, path, route = SG_ROUTES[key]
        path = path.format(
            u=u, n=kw.get("n", ""), b=kw.get("b", ""), d=kw.get("d", ""), k=kw.get("k", "")
        )
        size = r.randint(15, 40000) if status < 400 else r.randint(0, 200)
        return S(
            t,
            kid(t),
            f'%s "{meth} {route} HTTP/1.1" {status} %d/%d %.3f - - %d',
            f'{ip} "{meth} {path} HTTP/1.1" {status} {size}/{r.randint(0, 900)} {dur:.3f} - - {r.choice([0, 0, 0, 4096, 8192])}',
        )

    t0, t_end = at(6, 0), at(12, 0)
    start(t0 + sec(2))
    pwd = {u: f"{u}@{DOMAIN}" for u in USERS}
    # web UI users: a login, then polling and reading
    for u in USERS:
        ip = r.choice(CLIENTS)
        tl = t0 + sec(r.uniform(600, 9000))
        while tl < t_end:
            if stopped(tl) or sql_down(tl):
                tl += sec(300)
                continue
            k = kid(tl)
            S(
                tl,
                k,
                "SOGoRootPage successful login from '%s' for user '%s' - expire = %d  grace = %d",
                f"SOGoRootPage successful login from '{ip}' for user '{pwd[u]}' - expire = -1  grace = -1",
            )
            access(tl + sec(0.01), "connect", 200, ip, pwd[u], r.uniform(0.05, 0.3))
            t = tl + sec(2)
            sess_end = tl + sec(r.uniform(1800, 7200))
            while t < min(sess_end, t_end):
                if stopped(t):
                    t += sec(20)
                    continue
                if imap_down(t):
                    S(
                        t,
                        kid(t),
                        "[ERROR] <%p[SOGoMailAccount]> Could not connect IMAP4",
                        f"[ERROR] <{obj('SOGoMailAccount')}[SOGoMailAccount]> Could not connect IMAP4",
                    )
                    access(t + sec(0.01), "unseen", 500, ip, pwd[u], r.uniform(0.01, 0.05))
                    t += sec(r.uniform(50, 70))
                    continue
                if sql_down(t):
                    S(
                        t,
                        kid(t),
                        "<%p[GCSChannelManager]> ERROR(-[GCSChannelManager acquireOpenChannelForURL:]): could not open channel for URL: %s",
                        f"<{obj('GCSChannelManager')}[GCSChannelManager]> ERROR(-[GCSChannelManager acquireOpenChannelForURL:]): could not open channel for URL: mysql://sogo:*@mysql:3306/sogo/_sogo_sessions_folder",
                    )
                    t += sec(r.uniform(20, 40))
                    continue
                x = r.random()
                if x < 0.55:
                    access(t, "unseen", 200, ip, pwd[u], r.uniform(0.005, 0.06))
                elif x < 0.75:
                    access(t, "list", 200, ip, pwd[u], r.uniform(0.05, 0.4))
                elif x < 0.92:
                    access(
                        t,
                        "msg",
                        200,
                        ip,
                        pwd[u],
                        r.uniform(0.03, 0.3),
                        n=str(r.randint(1200, 9800)),
                    )
                else:
                    access(
                        t,
                        "alarms",
                        200,
                        ip,
                        pwd[u],
                        r.uniform(0.01, 0.08),
                        b=str(int(t.timestamp())),
                    )
                t += sec(r.uniform(25, 90))
            tl = sess_end + sec(r.uniform(1800, 7200))
    # CalDAV clients
    for u in ["carla", "dieter", "hannes"]:
        for t in poisson(r, t0 + sec(30), t_end, 300):
            if stopped(t):
                continue
            ip = "10.20.0.23" if u == "carla" else "10.20.1.5"
            if u == "hannes":
                access(t, "propfind", 401, "192.0.2.55", pwd[u], 0.004)
                continue
            t = access(t, "propfind", 207, ip, pwd[u], r.uniform(0.02, 0.1))
            access(t + sec(0.2), "report", 207, ip, pwd[u], r.uniform(0.05, 0.5))
    # ActiveSync phones
    for u, dev, kind in SG_DEVICES:
        t = t0 + sec(r.uniform(5, 60))
        while t < t_end:
            if stopped(t):
                t += sec(15)
                continue
            long = r.uniform(590, 600) if r.random() < 0.75 else r.uniform(5, 300)
            if r.random() < 0.4:
                S(
                    t + sec(0.01),
                    kid(t),
                    "[WARN] <%p[SOGoActiveSyncDispatcher]> Sleeping %d seconds while detecting changes in Ping...",
                    f"[WARN] <{obj('SOGoActiveSyncDispatcher')}[SOGoActiveSyncDispatcher]> Sleeping 10 seconds while detecting changes in Ping...",
                )
            t = access(
                t + sec(long),
                "ping",
                200,
                r.choice(["192.0.2.200", "198.51.100.77"]),
                pwd[u],
                long,
                d=dev,
                k=kind,
            )
            if long < 590:
                t = access(
                    t + sec(0.5),
                    "sync",
                    200,
                    "192.0.2.200",
                    pwd[u],
                    r.uniform(0.1, 1.5),
                    d=dev,
                    k=kind,
                )
            t += sec(0.2)
    # failed logins
    for t in poisson(r, t0 + sec(100), t_end, 260):
        if stopped(t):
            continue
        ip, u = r.choice(CLIENTS + ATTACKERS), r.choice([*USERS, "admin", "info", "test"])
        k = kid(t)
        S(
            t,
            k,
            "SOGoRootPage Login from '%s' for user '%s' might not have worked - password policy: %d  grace: %d  expire: %d  bound: %d",
            f"SOGoRootPage Login from '{ip}' for user '{u}@{DOMAIN}' might not have worked - password policy: 65535  grace: -1  expire: -1  bound: 0",
        )
        access(t + sec(0.01), "connect", 403, ip, "", r.uniform(0.05, 0.2))
    # a hanging child, the watchdog out of children
    hung = kids(t0)[3]
    for m in range(1, 6):
        S(
            at(10, 14 + m, 3),
            parent(t0),
            "[WARN] <%p[WOWatchDogChild]> pid %d has been hanging in the same request for %d minutes",
            f"[WARN] <{obj('WOWatchDogChild')}[WOWatchDogChild]> pid {hung} has been hanging in the same request for {m} minutes",
        )
    for t in poisson(r, at(10, 19), at(10, 21), 3):
        S(
            t,
            parent(t0),
            "[ERROR] <%p[WOWatchDog]> No child available to handle incoming request!",
            f"[ERROR] <{obj('WOWatchDog')}[WOWatchDog]> No child available to handle incoming request!",
        )
    S(
        at(10, 21, 2),
        parent(t0),
        "<%p[WOWatchDogChild]> child %d exited",
        f"<{obj('WOWatchDogChild')}[WOWatchDogChild]> child {hung} exited",
    )
    S(
        at(10, 21, 3),
        parent(t0),
        "<%p[WOWatchDog]> child spawned with pid %d",
        f"<{obj('WOWatchDog')}[WOWatchDog]> child spawned with pid 2214",
    )
    # an exception
    for t in poisson(r, at(6, 30), t_end, 3600):
        S(
            t,
            kid(t),
            "EXCEPTION: <NSException: %p NAME:NSInvalidArgumentException REASON:-[NSNull length]: unrecognized selector sent to instance %p INFO:(null)>",
            f"EXCEPTION: <NSException: 0x{r.getrandbits(44):011x} NAME:NSInvalidArgumentException REASON:-[NSNull length]: unrecognized selector sent to instance 0x7f{r.getrandbits(36):09x} INFO:(null)>",
        )
    # restart
    S(
        at(11, 0, 1),
        parent(t0),
        "<%p[WOWatchDog]> Terminating with SIGTERM",
        f"<{obj('WOWatchDog')}[WOWatchDog]> Terminating with SIGTERM",
    )
    for k in kids(t0):
        S(
            at(11, 0, 2),
            parent(t0),
            "<%p[WOWatchDogChild]> child %d exited",
            f"<{obj('WOWatchDogChild')}[WOWatchDogChild]> child {k} exited",
        )
    start(restart)
    return fs.logs(t0)


# ----------------------------------------------------------------------------- roundcube

RC = "/var/www/html"


def roundcube(r: random.Random) -> list[Log]:
    """Roundcube 1.6 on PHP 8.2 for example.org, 06:00 to 12:00: users logging in and
    sending mail, mistyped passwords, a credential-stuffing run 06:40-07:20 from a few
    addresses, Dovecot restarted 08:30-08:38, MySQL down 09:50-09:56, Postfix refusing
    10:40-10:45, refused recipients, managesieve unreachable, stale compose ids, CSRF check
    failures, and PHP's own warnings, deprecations and one fatal error."""
    fs = Files()

    def stamp(x: datetime) -> str:
        return f"[{x:%d-%b-%Y %H:%M:%S} +0000]:"

    def sid() -> str:
        return f"{r.getrandbits(128):032x}"[:26]

    def E(
        t: datetime,
        s: str,
        label: str,
        msg: str,
        method: str,
        uri: str,
        src: tuple[str, int] | None = None,
    ) -> datetime:
        tail = f" in {RC}/{src[0]} on line {src[1]}" if src else ""
        return fs.add(
            "errors.log",
            t,
            label,
            lambda x: [f"{stamp(x)} <{s[:8]}> {msg}{tail} ({method} {uri})"],
            s,
            1_000_000,
        )

    def P(t: datetime, label: str, lines: list[str]) -> datetime:
        return fs.add(
            "errors.log",
            t,
            label,
            lambda x: [f"[{x:%d-%b-%Y %H:%M:%S} UTC] {lines[0]}", *lines[1:]],
            "php-fpm",
            1_000_000,
        )

    def U(t: datetime, s: str, label: str, msg: str) -> datetime:
        return fs.add(
            "userlogins.log", t, label, lambda x: [f"{stamp(x)} <{s[:8]}> {msg}"], s, 1_000_000
        )

    def M(t: datetime, s: str, label: str, msg: str) -> datetime:
        return fs.add(
            "sendmail.log", t, label, lambda x: [f"{stamp(x)} <{s[:8]}> {msg}"], s, 1_000_000
        )

    LOGIN = ("POST", "/?_task=login&_action=login")
    SEND = ("POST", "/?_task=mail&_unlock=loading{n}&_framed=1&_action=send")
    uid = {u: i + 3 for i, u in enumerate(USERS)}

    def imap_down(t: datetime) -> bool:
        return at(8, 30) <= t < at(8, 38)

    def db_down(t: datetime) -> bool:
        return at(9, 50) <= t < at(9, 56)

    def smtp_down(t: datetime) -> bool:
        return at(10, 40) <= t < at(10, 45)

    t0, t_end = at(6, 0), at(12, 0)

    def failed(t: datetime, ip: str, user: str) -> None:
        s = sid()
        t = E(
            t,
            s,
            "IMAP Error: Login failed for %s against %s from %s. AUTHENTICATE PLAIN: %s",
            f"IMAP Error: Login failed for {user} against dovecot from {ip}. AUTHENTICATE PLAIN: Authentication failed.",
            *LOGIN,
            ("program/lib/Roundcube/rcube_imap.php", 211),
        )
        U(
            t + sec(0.001),
            s,
            "Failed login for %s from %s in session %s (error: %d)",
            f"Failed login for {user} from {ip} in session {s} (error: 0)",
        )

    # user sessions
    for t in poisson(r, t0 + sec(30), t_end, 50):
        u = r.choice(USERS)
        ip = r.choice(CLIENTS)
        s = sid()
        if db_down(t):
            E(
                t,
                s,
                "DB Error: SQLSTATE[HY000] [2002] Connection refused",
                "DB Error: SQLSTATE[HY000] [2002] Connection refused",
                "GET",
                "/?_task=login",
                ("program/lib/Roundcube/rcube_db.php", 200),
            )
            continue
        if imap_down(t):
            if r.random() < 0.5:
                E(
                    t,
                    s,
                    "IMAP Error: Empty startup greeting (%s:%d)",
                    "IMAP Error: Empty startup greeting (dovecot:143)",
                    *LOGIN,
                    ("program/lib/Roundcube/rcube_imap.php", 211),
                )
            else:
                E(
                    t,
                    s,
                    "IMAP Error: Login failed for %s against %s from %s. Could not connect to %s: Connection refused",
                    f"IMAP Error: Login failed for {u} against dovecot from {ip}. Could not connect to dovecot:143: Connection refused",
                    *LOGIN,
                    ("program/lib/Roundcube/rcube_imap.php", 211),
                )
            continue
        if r.random() < 0.12:
            failed(t, ip, u)
            continue
        U(
            t,
            s,
            "Successful login for %s (ID: %d) from %s in session %s",
            f"Successful login for {u} (ID: {uid[u]}) from {ip} in session {s}",
        )
        tt = t
        for _ in range(r.choice([0, 0, 1, 1, 2, 3])):
            tt += sec(r.uniform(60, 1500))
            meth, uri = SEND[0], SEND[1].format(n=r.randint(10**12, 10**13 - 1))
            if smtp_down(tt):
                E(
                    tt,
                    s,
                    "SMTP Error: Connection failed: Failed to connect socket: Connection refused",
                    "SMTP Error: Connection failed: Failed to connect socket: Connection refused",
                    meth,
                    uri,
                    ("program/lib/Roundcube/rcube_smtp.php", 138),
                )
                continue
            if r.random() < 0.05:
                bad = f"{r.choice(['mueller', 'schmidt', 'kontakt'])}@{r.choice(['kunde-gmbh.de', 'gmx.de'])}"
                E(
                    tt,
                    s,
                    "SMTP Error: Failed to add recipient '%s' (Code: %d)",
                    f"SMTP Error: Failed to add recipient '{bad}' (Code: 550)",
                    meth,
                    uri,
                    ("program/lib/Roundcube/rcube_smtp.php", 222),
                )
                continue
            if r.random() < 0.03:
                E(
                    tt,
                    s,
                    "PHP Error: Invalid compose ID",
                    "PHP Error: Invalid compose ID",
                    "GET",
                    f"/?_task=mail&_action=compose&_id={r.getrandbits(64):x}",
                    ("program/actions/mail/compose.php", 91),
                )
                continue
            to = ", ".join(ext_addr(r, dom) for dom, _ in r.sample(OUT_MX, r.choice([1, 1, 1, 2])))
            M(
                tt,
                s,
                "User %s [%s]; Message %s for %s; %s",
                f"User {u} [{ip}]; Message {msgid(r, DOMAIN)} for {to}; 250: 2.0.0 Ok: queued as {r.getrandbits(40):010X}",
            )
        if r.random() < 0.08:
            E(
                tt + sec(r.uniform(5, 300)),
                s,
                "PHP Error: Unable to connect to managesieve on %s:%d",
                "PHP Error: Unable to connect to managesieve on dovecot:4190",
                "GET",
                "/?_task=settings&_action=plugin.managesieve",
                ("plugins/managesieve/lib/Roundcube/rcube_sieve_engine.php", 255),
            )
        if r.random() < 0.05:
            E(
                tt + sec(r.uniform(5, 300)),
                s,
                "PHP Error: Request security check failed",
                "PHP Error: Request security check failed",
                "POST",
                "/?_task=mail&_action=move",
                None,
            )
    # credential stuffing
    for t in poisson(r, at(6, 40), at(7, 20), 4.5):
        failed(
            t,
            r.choice(ATTACKERS),
            r.choice([*USERS, "admin", "info", "office", "test", "webmaster"])
            + (f"@{DOMAIN}" if r.random() < 0.5 else ""),
        )
    # PHP's own lines
    for t in poisson(r, t0 + sec(200), t_end, 160):
        x = r.random()
        if x < 0.6:
            key, plug, line = r.choice(
                [
                    ("name", "carddav", 388),
                    ("mime_type", "markasjunk", 147),
                    ("flags", "markasjunk", 212),
                ]
            )
            P(
                t,
                'PHP Warning:  Undefined array key "%s" in %s on line %d',
                [
                    f'PHP Warning:  Undefined array key "{key}" in {RC}/plugins/{plug}/{plug}.php on line {line}'
                ],
            )
        else:
            prop = r.choice(["rc", "sieve", "errors"])
            P(
                t,
                "PHP Deprecated:  Creation of dynamic property %s::$%s is deprecated in %s on line %d",
                [
                    f"PHP Deprecated:  Creation of dynamic property rcube_sieve_engine::${prop} is deprecated in {RC}/plugins/managesieve/lib/Roundcube/rcube_sieve_engine.php on line {r.choice([61, 74])}"
                ],
            )
    for t in [at(8, 47, 12), at(11, 12, 40)]:
        P(
            t,
            "PHP Fatal error:  Uncaught Error: Call to a member function %s() on null in %s:%d",
            [
                f"PHP Fatal error:  Uncaught Error: Call to a member function get_folder() on null in {RC}/plugins/carddav/src/Addressbook.php:512",
                "Stack trace:",
                f"#0 {RC}/plugins/carddav/carddav.php(388): MStilkerich\\CardDavAddressbook4Roundcube\\Addressbook->list_groups()",
                f"#1 {RC}/program/lib/Roundcube/rcube_plugin_api.php(498): carddav->getAddressbooksHandler(Array)",
                f"#2 {RC}/program/actions/contacts/index.php(254): rcube_plugin_api->exec_hook('addressbooks_li...', Array)",
                f"#3 {RC}/program/include/rcmail_action.php(227): rcmail_action_contacts_index::run(Array)",
                f"#4 {RC}/index.php(287): rcmail_action->run()",
                "#5 {main}",
                f"  thrown in {RC}/plugins/carddav/src/Addressbook.php on line 512",
            ],
        )
    return fs.logs(t0)


# ----------------------------------------------------------------------------------- mox


def logfmt_v(s: str) -> str:
    """mlog's formatString: quoted (Go %q) when the value holds a blank, quote, backslash or =."""
    if any(c <= " " or c in '"\\=' or ord(c) >= 0x7F for c in s):
        return json.dumps(s, ensure_ascii=False)
    return s


def mox(r: random.Random) -> list[Log]:
    """mox serving example.net, read with `journalctl -u mox`, 06:00 to 12:00: inbound SMTP
    connections (delivered, rejected by reputation, DNSBL, unknown recipients), outbound queue
    deliveries (a provider's MX refusing 08:20-08:45, a permanent failure), authentication
    failures on submission and IMAP with a burst 10:05-10:20, a panic in the webmail API at
    07:33, a restart (an upgrade) at 09:00."""
    fs = Files()
    pid = [812]
    up = at(9, 0, 5)

    def J(
        t: datetime,
        level: str,
        label: str,
        m: str,
        attrs: list[tuple[str, str]],
        more: list[str] | None = None,
    ) -> datetime:
        p = 1290 if t >= up else 812
        # mlog: the message's err first, the logger's pkg, the call's attributes, then the
        # logger's own (cid, added with WithCid).
        err = [a for a in attrs if a[0] == "err"]
        pkg = [a for a in attrs if a[0] == "pkg"]
        cid = [a for a in attrs if a[0] == "cid"]
        rest = [a for a in attrs if a[0] not in ("err", "pkg", "cid")]
        body = f"l={level} m={json.dumps(m)}" + "".join(
            f" {k}={logfmt_v(v)}" for k, v in err + pkg + rest + cid
        )
        return fs.add(
            "mox.log",
            t,
            label,
            lambda x: (
                [f"{x:%b %d %H:%M:%S} mail mox[{p}]: {body}"]
                + [f"{x:%b %d %H:%M:%S} mail mox[{p}]: {c}" for c in (more or [])]
            ),
            p,
            1_000_000,
        )

    def start(t: datetime, version: str) -> datetime:
        t = J(
            t,
            "print",
            "starting as root, initializing network listeners",
            "starting as root, initializing network listeners",
            [
                ("version", version),
                ("pid", str(pid[0])),
                ("moxconf", "/home/mox/config/mox.conf"),
                ("domainsconf", "/home/mox/config/domains.conf"),
            ],
        )
        for proto, lab, port in [
            ("smtp", "listening for smtp", "25"),
            ("submissions", "listening for smtp", "465"),
            ("imaps", "listening for imap", "993"),
            ("https", "listening for http", "443"),
        ]:
            t = J(
                t + sec(0.01),
                "print",
                lab,
                lab,
                [
                    ("pkg", proto.rstrip("s") if proto != "https" else "http"),
                    ("listener", "public"),
                    ("address", f"0.0.0.0:{port}"),
                    ("protocol", proto),
                ],
            )
        t = J(
            t + sec(0.1),
            "print",
            "starting as unprivileged user",
            "starting as unprivileged user",
            [("user", "mox"), ("uid", "1001"), ("gid", "1001"), ("pid", str(pid[0] + 17))],
        )
        return J(t + sec(0.05), "print", "ready to serve", "ready to serve", [])

    t0, t_end = at(6, 0), at(12, 0)
    start(t0 + sec(1), "v0.0.10")
    cid = [0x18F3A2B4C5D00]

    def ncid() -> str:
        cid[0] += r.randint(1, 40)
        return f"{cid[0]:x}"

    def stopped(t: datetime) -> bool:
        return at(9, 0) <= t < up

    for t in poisson(r, t0 + sec(10), t_end, 38):
        if stopped(t):
            continue
        spam = r.random() < 0.25
        _host, ip, dom = r.choice(SPAM if spam else PEERS)
        c = ncid()
        t = J(
            t,
            "info",
            "new connection",
            "new connection",
            [
                ("pkg", "smtpserver"),
                ("cid", c),
                ("remote", f"{ip}:{r.randint(32768, 60999)}"),
                ("local", "192.0.2.25:25"),
                ("tls", "false"),
                ("listener", "public"),
            ],
        )
        sender = ext_addr(r, dom)
        rcpt = f"{r.choice(USERS)}@example.net"
        x = r.random()
        if spam and x < 0.5:
            t = J(
                t + sec(r.uniform(1, 4)),
                "info",
                "incoming message rejected",
                "incoming message rejected",
                [
                    ("pkg", "smtpserver"),
                    ("cid", c),
                    ("reason", r.choice(["reputation", "dnsbl"])),
                    ("msgfrom", sender),
                    ("remoteip", ip),
                ],
            )
        elif spam and x < 0.8:
            t = J(
                t + sec(r.uniform(1, 4)),
                "info",
                "unknown recipient",
                "unknown recipient",
                [
                    ("pkg", "smtpserver"),
                    ("cid", c),
                    ("rcptto", f"{r.choice(['admin', 'sales', 'hr'])}@example.net"),
                ],
            )
        else:
            t = J(
                t + sec(r.uniform(1, 6)),
                "info",
                "incoming message delivered",
                "incoming message delivered",
                [
                    ("pkg", "smtpserver"),
                    ("cid", c),
                    ("reason", r.choice(["msgfromfull", "dkimpolicy", "reputation", "neutral"])),
                    ("msgfrom", sender),
                    ("rcptto", rcpt),
                    ("size", str(r.randint(3000, 800000))),
                ],
            )
        J(
            t + sec(r.uniform(0.05, 1)),
            "info",
            "connection closed",
            "connection closed",
            [("pkg", "smtpserver"), ("cid", c)],
        )
    # outbound queue
    qid = [4410]
    for t in poisson(r, t0 + sec(60), t_end, 140):
        if stopped(t):
            continue
        qid[0] += 1
        dom, mx = r.choice(OUT_MX)
        c = ncid()
        base = [
            ("pkg", "queue"),
            ("cid", c),
            ("msgid", str(qid[0])),
            ("recipient", ext_addr(r, dom)),
        ]
        if dom == "kunde-gmbh.de" and at(8, 20) <= t < at(8, 45):
            J(
                t,
                "error",
                "temporary failure delivering from queue",
                "temporary failure delivering from queue",
                [
                    (
                        "err",
                        f"dial: dial tcp 203.0.113.25:25: connect: connection refused (remote host {mx})",
                    ),
                    *base,
                    ("attempts", str(r.randint(1, 4))),
                ],
            )
            continue
        if r.random() < 0.05:
            J(
                t,
                "error",
                "permanent failure delivering from queue",
                "permanent failure delivering from queue",
                [
                    ("err", "remote smtp server rejected recipient: 550 5.1.1 user unknown"),
                    *base,
                    ("attempts", "1"),
                ],
            )
            continue
        J(
            t,
            "info",
            "delivered from queue",
            "delivered from queue",
            [*base, ("mxhost", mx), ("attempts", "1")],
        )
    # authentication failures
    for t in poisson(r, t0 + sec(300), t_end, 240) + poisson(r, at(10, 5), at(10, 20), 6):
        if stopped(t):
            continue
        c = ncid()
        pkg = r.choice(["smtpserver", "imapserver"])
        J(
            t,
            "info",
            "authentication failed",
            "authentication failed",
            [
                ("pkg", pkg),
                ("cid", c),
                ("username", r.choice([*USERS, "admin", "test"]) + "@example.net"),
                ("mechanism", r.choice(["plain", "login", "scram-sha-256"])),
                ("remote", f"{r.choice(ATTACKERS + CLIENTS)}:{r.randint(32768, 60999)}"),
            ],
        )
    # a panic in the webmail API
    stack = [
        "goroutine 81237 [running]:",
        "runtime/debug.Stack()",
        "\t/usr/local/go/src/runtime/debug/stack.go:24 +0x5e",
        "github.com/mjl-/mox/webmail.(*handler).ServeHTTP.func1()",
        "\t/build/mox/webmail/webmail.go:366 +0x9c",
        "panic({0xe4c1a0?, 0x1a2b060?})",
        "\t/usr/local/go/src/runtime/panic.go:770 +0x132",
        "github.com/mjl-/mox/webmail.Webmail.MessageCompose(...)",
        "\t/build/mox/webmail/api.go:812 +0x2f1",
    ]
    for t in [at(7, 33, 12), at(7, 33, 48)]:
        J(
            t,
            "error",
            "unhandled panic",
            "unhandled panic",
            [
                ("err", "runtime error: invalid memory address or nil pointer dereference"),
                ("pkg", "webmail"),
                ("cid", ncid()),
            ],
            stack,
        )
    # the upgrade
    J(
        at(9, 0, 1),
        "print",
        "shutting down, waiting max 3s for existing connections",
        "shutting down, waiting max 3s for existing connections",
        [],
    )
    J(at(9, 0, 2), "print", "shutdown complete", "shutdown complete", [])
    pid[0] = 1290
    start(up, "v0.0.11")
    return fs.logs(t0)


# --------------------------------------------------------------------------------- maddy


def maddy(r: random.Random) -> list[Log]:
    """maddy 0.7 for example.com (its log file with timestamps), 06:00 to 12:00: inbound
    messages (accepted, unknown recipients, DNSBL rejections, DKIM failures), the outbound
    queue (delivered, temporary failures while a provider's MX is down 08:20-08:45, retries,
    permanent failures), authentication failures on submission and IMAP, the PostgreSQL
    storage down 10:10-10:16, a restart at 08:00."""
    fs = Files()
    up = at(8, 0, 3)

    def L(
        t: datetime,
        name: str,
        label: str,
        msg: str,
        fields: dict[str, object] | None,
        debug: bool = False,
    ) -> datetime:
        js = (
            "\t"
            + json.dumps(dict(sorted(fields.items())), separators=(",", ":"), ensure_ascii=False)
            if fields
            else "\t"
        )
        return fs.add(
            "maddy.log",
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond // 1000:03d}Z {'[debug] ' if debug else ''}{name + ': ' if name else ''}{msg}{js}"
            ],
            "maddy",
            1000,
        )

    def start(t: datetime) -> datetime:
        for name, ep in [
            ("smtp", "tcp://0.0.0.0:25"),
            ("submission", "tls://0.0.0.0:465"),
            ("submission", "tcp://0.0.0.0:587"),
            ("imap", "tls://0.0.0.0:993"),
            ("imap", "tcp://0.0.0.0:143"),
        ]:
            t = L(t + sec(0.002), name, "listening on %v", f"listening on {ep}", None)
        return L(
            t + sec(0.01),
            "queue",
            "loaded %d saved queue entries",
            f"loaded {r.randint(0, 6)} saved queue entries",
            None,
        )

    def stopped(t: datetime) -> bool:
        return at(8, 0) <= t < up

    def db_down(t: datetime) -> bool:
        return at(10, 10) <= t < at(10, 16)

    t0, t_end = at(6, 0), at(12, 0)
    start(t0 + sec(0.8))

    def mid() -> str:
        return f"{r.getrandbits(32):08x}"

    for t in poisson(r, t0 + sec(5), t_end, 46):
        if stopped(t):
            continue
        spam = r.random() < 0.25
        host, ip, dom = r.choice(SPAM if spam else PEERS)
        m = mid()
        src = f"{ip}:{r.randint(32768, 60999)}"
        sender = ext_addr(r, dom)
        if spam and r.random() < 0.3:
            L(
                t,
                "smtp",
                "MAIL FROM error",
                "MAIL FROM error",
                {
                    "check": "dnsbl",
                    "reason": "Client identity is listed in the used DNSBL",
                    "sender": sender,
                    "smtp_code": 554,
                    "smtp_enchcode": "5.7.0",
                    "smtp_msg": "Client identity is listed in the used DNSBL",
                    "src_ip": src,
                    "list": "zen.spamhaus.org",
                },
            )
            continue
        t = L(
            t,
            "smtp",
            "incoming message",
            "incoming message",
            {"msg_id": m, "sender": sender, "src_host": host, "src_ip": src},
        )
        ok = 0
        for _ in range(r.choice([1, 1, 1, 2]) if not spam else r.randint(1, 4)):
            if spam and r.random() < 0.6:
                t = L(
                    t + sec(r.uniform(0.05, 0.5)),
                    "smtp",
                    "RCPT error",
                    "RCPT error",
                    {
                        "msg_id": m,
                        "rcpt": f"{r.choice(['admin', 'sales', 'hr', 'office'])}@example.com",
                        "reason": "imapsql: user doesn't exist",
                        "smtp_code": 550,
                        "smtp_enchcode": "5.1.1",
                        "smtp_msg": "User does not exist",
                        "target": "local_mailboxes",
                    },
                )
                continue
            ok += 1
            t = L(
                t + sec(r.uniform(0.05, 0.5)),
                "smtp",
                "RCPT ok",
                "RCPT ok",
                {"msg_id": m, "rcpt": f"{r.choice(USERS)}@example.com"},
            )
        if not ok:
            continue
        if db_down(t):
            L(
                t + sec(r.uniform(0.2, 2)),
                "smtp",
                "DATA error",
                "DATA error",
                {
                    "msg_id": m,
                    "reason": "imapsql: dial tcp 127.0.0.1:5432: connect: connection refused",
                    "smtp_code": 451,
                    "smtp_enchcode": "4.0.0",
                    "smtp_msg": "Internal server error",
                    "target": "local_mailboxes",
                },
            )
            continue
        if spam and r.random() < 0.4:
            L(
                t + sec(r.uniform(0.2, 2)),
                "smtp",
                "DATA error",
                "DATA error",
                {
                    "check": "verify_dkim",
                    "msg_id": m,
                    "reason": "no signatures present",
                    "smtp_code": 550,
                    "smtp_enchcode": "5.7.20",
                    "smtp_msg": "No DKIM signatures",
                },
            )
            continue
        L(t + sec(r.uniform(0.2, 3)), "smtp", "accepted", "accepted", {"msg_id": m})
    # outbound
    pending: list[tuple[datetime, str, str, str, int]] = []
    for t in poisson(r, t0 + sec(60), t_end, 75):
        if stopped(t):
            continue
        dom, _mx = r.choice(OUT_MX)
        m = mid()
        rcpt = ext_addr(r, dom)
        me = f"{r.choice(USERS)}@example.com"
        t = L(
            t,
            "submission",
            "incoming message",
            "incoming message",
            {
                "msg_id": m,
                "sender": me,
                "src_host": "",
                "src_ip": f"{r.choice(CLIENTS)}:{r.randint(32768, 60999)}",
                "username": me,
            },
        )
        t = L(t + sec(0.05), "submission", "RCPT ok", "RCPT ok", {"msg_id": m, "rcpt": rcpt})
        t = L(t + sec(0.3), "submission", "accepted", "accepted", {"msg_id": m})
        pending.append((t + sec(r.uniform(0.5, 3)), m, rcpt, dom, 1))
    while pending:
        pending.sort()
        t, m, rcpt, dom, n = pending.pop(0)
        if t >= t_end:
            continue
        if dom == "kunde-gmbh.de" and at(8, 20) <= t < at(8, 45):
            L(
                t,
                "queue",
                "delivery attempt failed",
                "delivery attempt failed",
                {
                    "attempt": n,
                    "msg_id": m,
                    "rcpt": rcpt,
                    "reason": "dial tcp 203.0.113.25:25: connect: connection refused",
                    "remote_server": "mx.kunde-gmbh.de",
                    "smtp_code": 451,
                    "smtp_enchcode": "4.4.0",
                    "smtp_msg": "Internal server error",
                },
            )
            delay = [0, 900, 1800, 3600][min(n, 3)]
            L(
                t + sec(0.01),
                "queue",
                "will retry",
                "will retry",
                {
                    "attempts_count": {rcpt: n},
                    "msg_id": m,
                    "next_try_delay": f"{delay // 60}m0s",
                    "rcpts": [rcpt],
                },
            )
            pending.append((t + sec(delay), m, rcpt, dom, n + 1))
            continue
        if r.random() < 0.04:
            L(
                t,
                "queue",
                "not delivered, permanent error",
                "not delivered, permanent error",
                {
                    "attempt": n,
                    "msg_id": m,
                    "rcpt": rcpt,
                    "reason": "User unknown",
                    "remote_server": dict(OUT_MX)[dom],
                    "smtp_code": 550,
                    "smtp_enchcode": "5.1.1",
                    "smtp_msg": "User unknown",
                },
            )
            L(
                t + sec(0.01),
                "queue",
                "generated failed DSN",
                "generated failed DSN",
                {"dsn_id": mid(), "msg_id": m},
            )
            continue
        L(t, "queue", "delivered", "delivered", {"attempt": n, "msg_id": m, "rcpt": rcpt})
    # authentication failures
    for t in poisson(r, t0 + sec(120), t_end, 150):
        if stopped(t):
            continue
        name = r.choice(["submission", "imap"])
        L(
            t,
            name,
            "authentication failed",
            "authentication failed",
            {
                "reason": "invalid credentials",
                "src_ip": f"{r.choice(ATTACKERS + CLIENTS)}:{r.randint(32768, 60999)}",
                "username": r.choice([*USERS, "admin", "info"]) + "@example.com",
            },
        )
    # restart
    L(
        at(8, 0, 0) + sec(0.291),
        "",
        "signal received (%v), next signal will force immediate shutdown.",
        "signal received (terminated), next signal will force immediate shutdown.",
        None,
    )
    start(up)
    return fs.logs(t0)


SYSTEMS = {
    "stalwart": stalwart,
    "sogo": sogo,
    "roundcube": roundcube,
    "mox": mox,
    "maddy": maddy,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
