#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 299 (hmailserver, kopano, grommunio, mailtrain, wildduck)
into bench/heldout/, the same way and under the same label rules as generate.py
(bench/README.md, "heldout.py"): each program's log is simulated from its format strings over a
seeded run, and every line that starts an event is labelled with the format string that wrote it
as it is written. Distinct calls of one process never share a timestamp at the log's resolution
(round 53's Clock, kept per process and per file). Five mail and groupware servers of five
organisations, 06:00 to 12:00 UTC on 2024-06-07 (the Windows server, Kopano's `%c` and the
journals print local time, UTC+2; docker's `-t` prints UTC). SmarterMail, the brief's fifth, is
replaced by WildDuck: it is closed source and no SmarterMail log line is quoted in the stored
corpora, so its formats could not be checked.

- hMailServer 5.6.9 (a build of the official master; `MAIL01-hmailserver_2024-06-07.log`,
  `MAIL01-ERROR_hmailserver_2024-06-07.log`, `MX2-...`: a machine builder's server and its backup
  MX, SMTP and application logging on, debug off). Logger.cpp's lines: tab-separated quoted fields
  and CRLF, `"SMTPD"<TAB>thread<TAB>session<TAB>"time"<TAB>"address"<TAB>"message"` for the SMTP
  server and client, `"TCPIP"`, `"APPLICATION"` and `"ERROR"` without session and address; an
  error goes to the error log and the main log both; a CRLF inside a message is `[nl]` (the
  one-line EHLO reply). Inbound mail on port 25 with STARTTLS (`RECEIVED: %s` for every client
  line, the server's literal replies `SENT: ...`), the delivery thread's `SMTPDeliverer - Message
  %s: ...` lines, spam (DNSBL rejections with `hMailServer SpamProtection rejected RCPT ...`,
  unknown users, relay attempts, scanners, greylisting), submission on port 587 with AUTH LOGIN
  (base64 user names, `***` passwords), two password-guessing runs (08:50-09:20, 10:40-10:55),
  external delivery by the SMTP client (HELO without SMTP auth, `Connecting to %s...`), a
  partner's MX down 08:04-10:21 (rescheduled every 60 minutes), a misspelt domain (`No mail
  servers could be found ...`, after four tries the error log to the sender, the bounce from
  `<Empty>`), a remote 550 and its bounce; MAIL01's Windows Update reboot 07:31-07:46 while MX2
  takes the mail and relays it to MAIL01 (`Relaying to host %s.`, rescheduled every 10 minutes,
  MAIL01's `SENT: 250 Hello.`); the antivirus removing two queued files (HM5006) and a scanner's
  reset (HM5138).
- Kopano Core 8.7.25 (`server.log`, `spooler.log`, `dagent.log`, `gateway.log` of a shipping
  company; log_timestamp's `%c` in the C locale, `[notice ]`-style level names, `[=======]` for
  the always-level start-up lines; the gateway in `process_model = thread` with its
  `[name|Ttid] ` prefix, the main thread `kopano-gateway`, workers `net/imaps` / `net/pop3s`).
  The nightly restart's start-up lines, the gateway's workers (IMAPs clients, the ERP's POP3s
  fetch every five minutes, disconnects, resets, timeouts), a phone with an old password and a
  guessing run 08:12-08:57 (each failure in the gateway and the server's `Failed to authenticate
  user ...`), the spooler's forked senders (the relay down 10:19-10:48, two crashed senders,
  rejected mail), the dagent's LMTP workers (deliveries, unknown recipients, a full store).
- grommunio (Gromox; `mail-gromox-delivery.log`, `mail-gromox-imap.log`: `journalctl -u` of two
  units on a municipal utility's appliance). exmdb_local's messages inside its `SMTP message
  queue-ID: %d, FROM: %s, TO: %s  ` wrapper (the meter readings' mailbox full 07:40-11:05,
  unknown mailboxes, MySQL down 11:20-11:27 with the source's `failto get user information from
  data source!` and the cache queue), exmdb_client's errors around two gromox-http restarts,
  systemd's restarts of both units, and IMAP password guessing (`LOGIN failed: ` after
  imap_parser_log_info()'s `rhost=[%s]:%hu user=%s ` wrapper: the source logs the empty target
  result; `user %s is denied by user filter` once a name is on the temporary list).
- Mailtrain v2 (master; `mailtrain-shop.log`, `mailtrain-verlag.log`: `docker logs -t` of a
  publisher's two containers, npmlog at `verbose`, `www.log: dev`). Start-ups, morgan's `dev`
  request lines through `log.info('HTTP', ...)` with their colour codes (a format per status
  colour), campaign sends (`Message sent and status updated for %s:%s`) and queued messages
  (`... for %s`), the shop's relay down at the start of its 07:30 campaign, rejected subscribers
  (the error line, then four one-value `log.verbose()` lines: code, response, response code and
  the stack printed as npmlog's prefix, its frames continuation lines), a CSV import, VERP
  bounces, the welcome trigger.
- WildDuck (`mail1-wildduck.log`, `mail2-wildduck.log`: `journalctl -u wildduck` of a
  university department's two nodes, npmlog at `info`). imap-core's connection lines with the
  session id in each format, new mail reaching IDLE sessions (`Pending notifications`,
  `Processing notification` with the update's JSON), a guessing run 07:25-08:40, MongoDB's
  primary stepping down at 09:12 (`Authentication error for %s using LOGIN`, its newline putting
  the driver's message on a journal line of its own), Redis restarted at 10:30 (notification
  errors, LMTP's FRWRDFAIL and AUTOREPLYFAIL), a SIGHUP's `Configuration reloaded`.

Label notes. The heads are context: hMailServer's kind, thread, session, time and address
fields; Kopano's time, thread prefix and level; the journal's time, host and ident; docker's
time; npmlog's level and prefix; Gromox's two wrapping helpers (as round 286's `link: `).
hMailServer's `SENT: ` / `RECEIVED: ` and `SMTPDeliverer - Message %s: ` are written at the call
sites, so they are in the labels; the server's literal replies are wording, the client's
commands and a remote server's replies values (round 276's `<< %s`); a DNSBL's message is
configuration, a value; ErrorManager's severity, code, source and description are literals at
each call site. Words a call site passes as literals are wording (WildDuck's LOGIN / PLAIN,
Kopano's IMAPs / POP3s, morgan's colour numbers); PROJECT_VERSION compiled into Kopano's
start-up formats is wording. An error's text contributes its own (strerror, `Connection is
closed.`, `Connection timeout`, MAPI's `logon failed` / `call failed`, Windows' socket text,
exmdb's `Access denied`). A multi-line message is labelled by its first line; the lines after
it have no row.

Checked against copies of the sources: hMailServer's Logger.cpp, ErrorManager.cpp,
SMTPConnection.cpp, SMTPClientConnection.cpp, SMTPDeliverer.cpp, ExternalDelivery.cpp and
TCPConnection.cpp; Kopano's ECLogger.cpp, ECServer.cpp, the authentication failure, Spooler.cpp,
mailer.cpp, DAgent.cpp and Gateway.cpp and the IMAP login failure; Gromox's exmdb_local.cpp,
exmdb_client.cpp, imap_cmd_parser.cpp and imap_parser.cpp; Mailtrain's index.js, app-builder.js,
sender-master.js, sender-worker.js, importer.js, verp-server.js, triggers.js and log.js;
WildDuck's imap.js, imap-connection.js, imap-command.js, commands/login.js and lmtp.js.

Least sure (written from the helper's knowledge): hMailServer's `TCP - %s connected to %s:%d.`,
`SENT: [nl].`, the severity numbers, the DNSBL messages, HM5138's stage and text; Kopano's
server level and prefix, `logon failed`, the `from` of a gateway login, `call failed (80004005)`,
`peer_addr()` as a bare address, 0x8004060C; Gromox's unit descriptions and default levels,
`Access denied`; Mailtrain's morgan `dev` colours, `Connection timeout` as a send
configuration's error, the URLs, nodemailer's frames, npmlog's trailing blank; WildDuck's PLAIN
line, the notification JSON, `read EHOSTUNREACH`, the MongoDB driver's messages, and LMTP's
smtp-server connection lines (left out).
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any

SEC = 1_000_000
MS = 1000
US = 1
LOCAL = timedelta(hours=2)

Emit = Callable[[datetime, str, str], datetime]


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


def journal_ts(t: datetime) -> str:
    """journalctl's default `short` time, local (CEST)."""
    x = t + LOCAL
    return f"{x:%b %d %H:%M:%S}"


def b64(s: str) -> str:
    import base64

    return base64.b64encode(s.encode()).decode()


def systemd_restart(
    L: Callable[[datetime, str, str, bool], datetime],
    t: datetime,
    unit: str,
    desc: str,
    cpu: str,
    down: float,
) -> datetime:
    """systemd's own lines for a unit's restart (`L(t, label, msg, from_systemd)`)."""
    t = L(t, "Stopping %s - %s...", f"Stopping {unit} - {desc}...", True)
    t = L(t + sec(0.4), "Deactivated successfully.", f"{unit}: Deactivated successfully.", True)
    t = L(t, "Stopped %s - %s.", f"Stopped {unit} - {desc}.", True)
    t = L(t, "Consumed %s CPU time.", f"{unit}: Consumed {cpu} CPU time.", True)
    return L(t + sec(down), "Started %s - %s.", f"Started {unit} - {desc}.", True)


# ----------------------------------------------------------------------------------- hMailServer

HM_DOMAIN = "brandt-sohn.example"
HM_USERS = [
    "a.brandt",
    "k.sohn",
    "einkauf",
    "vertrieb",
    "m.weber",
    "s.keller",
    "buchhaltung",
    "info",
    "t.yilmaz",
    "j.hartmann",
    "l.fischer",
    "werkstatt",
    "p.wagner",
    "r.schulz",
]
HM_SENDERS = [
    (
        "mail-eopbgr130045.outbound.protection.outlook.com",
        "40.107.13.45",
        "bestellung@lieferant-nord.example",
    ),
    ("mail-wr1-f54.google.com", "209.85.221.54", "c.mayer@gmail.com"),
    ("mx.kessler-logistik.example", "198.51.100.40", "dispo@kessler-logistik.example"),
    ("mout.gmx.net", "212.227.15.18", "heinz.k@gmx.example"),
    ("smtp.steuerbuero-lang.example", "198.51.100.77", "kanzlei@steuerbuero-lang.example"),
    ("mail.stahlhandel-ost.example", "192.0.2.61", "angebote@stahlhandel-ost.example"),
    ("out.newsletter-shop.example", "198.51.100.150", "news@newsletter-shop.example"),
    ("mail-ot1-f41.google.com", "209.85.210.41", "werner.p@gmail.com"),
]
HM_SPAMMERS = [
    ("185.234.216.31", "User"),
    ("45.155.205.98", "WIN-3KD1QO8"),
    ("103.149.28.14", "ylmf-pc"),
    ("141.98.10.63", "localhost"),
    ("194.169.175.20", "mail.example.com"),
    ("80.94.95.112", "[80.94.95.112]"),
]
HM_DNSBL = [("Rejected by Spamhaus.", 0.7), ("Rejected by SpamCop.", 0.3)]
HM_EXTERNAL = [
    (
        "kessler-logistik.example",
        ["198.51.100.40", "198.51.100.41"],
        "mx.kessler-logistik.example ESMTP Postfix",
    ),
    (
        "lieferant-nord.example",
        ["52.101.68.12"],
        "AM4PEPF00027A6C.mail.protection.outlook.com Microsoft ESMTP MAIL Service ready at Fri, 7 Jun 2024 06:14:22 +0000",
    ),
    (
        "gmail.com",
        ["142.250.102.27"],
        "mx.google.com ESMTP a640c23a62f3a-a6c8054e1b9si109238766b.142 - gsmtp",
    ),
    (
        "steuerbuero-lang.example",
        ["198.51.100.77"],
        "smtp.steuerbuero-lang.example ESMTP Exim 4.96",
    ),
    ("stahlhandel-ost.example", ["192.0.2.61"], "mail.stahlhandel-ost.example ESMTP"),
]


HM_REPLIES = {
    "helo": "250 Hello.",
    "mail": "250 OK",
    "rcpt": "250 OK",
    "data": "354 OK, send.",
    "end": "250 Queued (%.3f seconds)",
    "quit": "221 goodbye",
}


def hm_ts(t: datetime) -> str:
    x = t + LOCAL
    return f"{x:%Y-%m-%d %H:%M:%S}.{x.microsecond // 1000:03d}"


def hm_guid(r: random.Random) -> str:
    h = hexid(r, 32).upper()
    return f"{{{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}}}"


class HMHost:
    """One hMailServer 5.6.9 (build from the official master) with SMTP and application logging."""

    def __init__(
        self,
        r: random.Random,
        fs: Files,
        name: str,
        ip: str,
        sid0: int,
        msg0: int,
        io: list[int],
        dl: list[int],
    ) -> None:
        self.r, self.fs, self.name, self.ip = r, fs, name, ip
        self.log = f"{name}-hmailserver_2024-06-07.log"
        self.err = f"{name}-ERROR_hmailserver_2024-06-07.log"
        self.sid, self.msg, self.io, self.dl = sid0, msg0, io, dl
        self.down: list[tuple[datetime, datetime]] = []
        self.data = "C:\\Program Files (x86)\\hMailServer\\Data"

    def up(self, t: datetime) -> bool:
        return not in_any(t, self.down)

    def new_sid(self) -> int:
        self.sid += self.r.choice([1, 1, 1, 2, 3])
        return self.sid

    def new_msg(self) -> int:
        self.msg += self.r.choice([1, 1, 2])
        return self.msg

    def line(
        self,
        t: datetime,
        kind: str,
        label: str,
        msg: str,
        thread: int,
        sid: int | None = None,
        ip: str | None = None,
    ) -> datetime:
        if sid is not None:

            def text(x: datetime) -> list[str]:
                return [f'"{kind}"\t{thread}\t{sid}\t"{hm_ts(x)}"\t"{ip}"\t"{msg}"\r']
        else:

            def text(x: datetime) -> list[str]:
                return [f'"{kind}"\t{thread}\t"{hm_ts(x)}"\t"{msg}"\r']

        t = self.fs.add(self.log, t, label, text, (self.name,), MS)
        if kind == "ERROR":
            self.fs.add(self.err, t, label, text, (self.name, "errfile"), MS)
        return t

    # the SMTP server side
    def sd(self, t: datetime, sid: int, ip: str, label: str, msg: str) -> datetime:
        return self.line(t, "SMTPD", label, msg, self.r.choice(self.io), sid, ip)

    def rv(self, t: datetime, sid: int, ip: str, cmd: str) -> datetime:
        return self.line(
            t, "SMTPD", "RECEIVED: %s", f"RECEIVED: {cmd}", self.r.choice(self.io), sid, ip
        )

    def lat(self, lo: float = 0.02, hi: float = 0.35) -> timedelta:
        return sec(self.r.uniform(lo, hi))

    def connect(self, t: datetime, ip: str, port: int) -> tuple[datetime, int]:
        sid = self.new_sid()
        t = self.line(
            t,
            "TCPIP",
            "TCP - %s connected to %s:%d.",
            f"TCP - {ip} connected to {self.ip}:{port}.",
            self.r.choice(self.io),
        )
        t = self.sd(t + sec(0.002), sid, ip, "SENT: 220 %s ESMTP", f"SENT: 220 {self.name} ESMTP")
        return t, sid

    def ehlo(self, t: datetime, sid: int, ip: str, helo: str, tls: bool) -> datetime:
        t = self.rv(t + self.lat(), sid, ip, f"EHLO {helo}")
        return (
            self.sd(
                t + sec(0.001),
                sid,
                ip,
                "SENT: 250-%s[nl]250-SIZE %d[nl]250-STARTTLS[nl]250 AUTH LOGIN",
                f"SENT: 250-{self.name}[nl]250-SIZE 20480000[nl]250-STARTTLS[nl]250 AUTH LOGIN",
            )
            if tls
            else self.sd(
                t + sec(0.001),
                sid,
                ip,
                "SENT: 250-%s[nl]250-SIZE %d[nl]250 AUTH LOGIN",
                f"SENT: 250-{self.name}[nl]250-SIZE 20480000[nl]250 AUTH LOGIN",
            )
        )

    def starttls(self, t: datetime, sid: int, ip: str, helo: str) -> datetime:
        t = self.rv(t + self.lat(), sid, ip, "STARTTLS")
        t = self.sd(t + sec(0.001), sid, ip, "SENT: 220 Go ahead", "SENT: 220 Go ahead")
        return self.ehlo(t + self.lat(0.05, 0.3), sid, ip, helo, True)

    def quit(self, t: datetime, sid: int, ip: str) -> datetime:
        t = self.rv(t + self.lat(), sid, ip, "QUIT")
        return self.sd(t + sec(0.001), sid, ip, "SENT: 221 goodbye", "SENT: 221 goodbye")

    def app(self, t: datetime, label: str, msg: str, thread: int | None = None) -> datetime:
        return self.line(t, "APPLICATION", label, msg, thread or self.r.choice(self.dl))

    def eml(self) -> str:
        return f"{self.data}\\{hm_guid(self.r)}.eml"

    def deliver_local(self, t: datetime, mid: int, sender: str, rcpts: list[str]) -> datetime:
        th = self.r.choice(self.dl)
        frm = sender or "<Empty>"
        t = self.app(
            t,
            "SMTPDeliverer - Message %s: Delivering message from %s to %s. File: %s",
            f"SMTPDeliverer - Message {mid}: Delivering message from {frm} to {', '.join(rcpts)}. File: {self.eml()}",
            th,
        )
        return self.app(
            t + self.lat(0.05, 0.6),
            "SMTPDeliverer - Message %s: Message delivery thread completed.",
            f"SMTPDeliverer - Message {mid}: Message delivery thread completed.",
            th,
        )


def hmailserver(r: random.Random) -> list[Log]:
    """A machine builder's mail server and its backup MX, 06:00 to 12:00 UTC (see the module docstring)."""
    fs = Files()
    m1 = HMHost(
        r,
        fs,
        "MAIL01",
        "10.20.0.25",
        148211,
        96310,
        [2384, 2412, 3016, 3260, 4108, 4712, 5020, 5544],
        [6120, 6388, 6504, 6612],
    )
    mx2 = HMHost(r, fs, "MX2", "10.30.0.26", 20514, 11872, [1880, 1932, 2216, 2940], [3124, 3348])
    m1.down = [(at(7, 31, 10), at(7, 46, 40))]  # Windows Update reboot
    partner_down = (at(8, 4), at(10, 21))  # kessler-logistik's MX unreachable

    def addr(u: str) -> str:
        return f"{u}@{HM_DOMAIN}"

    # ----- inbound mail on port 25
    def inbound(
        h: HMHost,
        t: datetime,
        helo: str,
        ip: str,
        sender: str,
        rcpts: list[str],
        greylisted: bool = False,
    ) -> None:
        t, sid = h.connect(t, ip, 25)
        t = h.ehlo(t, sid, ip, helo, True)
        t = h.starttls(t, sid, ip, helo)
        t = h.rv(t + h.lat(), sid, ip, f"MAIL FROM:<{sender}> SIZE={r.randint(4000, 2_400_000)}")
        t = h.sd(t + sec(0.003), sid, ip, "SENT: 250 OK", "SENT: 250 OK")
        ok = []
        for rc in rcpts:
            t = h.rv(t + h.lat(), sid, ip, f"RCPT TO:<{rc}>")
            if greylisted:
                t = h.sd(
                    t + sec(0.004),
                    sid,
                    ip,
                    "SENT: 451 Please try again later.",
                    "SENT: 451 Please try again later.",
                )
                continue
            if rc.split("@")[0] not in HM_USERS:
                t = h.sd(
                    t + sec(0.003), sid, ip, "SENT: 550 Unknown user", "SENT: 550 Unknown user"
                )
                continue
            t = h.sd(t + sec(0.003), sid, ip, "SENT: 250 OK", "SENT: 250 OK")
            ok.append(rc)
        if ok:
            t = h.rv(t + h.lat(), sid, ip, "DATA")
            t = h.sd(t + sec(0.001), sid, ip, "SENT: 354 OK, send.", "SENT: 354 OK, send.")
            took = r.uniform(0.05, 2.8)
            t = h.sd(
                t + sec(took + 0.02),
                sid,
                ip,
                "SENT: 250 Queued (%.3f seconds)",
                f"SENT: 250 Queued ({took:.3f} seconds)",
            )
        t = h.quit(t, sid, ip)
        if ok:
            mid = h.new_msg()
            if h is mx2:
                relay_to_mail01(t + h.lat(0.1, 1.0), mid, sender, ok, 0)
            else:
                h.deliver_local(t + h.lat(0.1, 1.0), mid, sender, ok)

    def spam(h: HMHost, t: datetime) -> None:
        ip, helo = r.choice(HM_SPAMMERS)
        t, sid = h.connect(t, ip, 25)
        kind = r.choices(
            ["dnsbl", "unknown", "relay", "drop", "quit"], [0.4, 0.25, 0.15, 0.12, 0.08]
        )[0]
        if kind == "drop":
            if r.random() < 0.5:
                h.line(
                    t + h.lat(0.5, 3),
                    "ERROR",
                    "Severity: 3 (Medium), Code: HM5138, Source: TCPConnection::_ProcessOperationQueue, Description: An error occured while processing the queue. Stage: %s Remote IP: %s, Error code: %d, Message: An existing connection was forcibly closed by the remote host",
                    f"Severity: 3 (Medium), Code: HM5138, Source: TCPConnection::_ProcessOperationQueue, Description: An error occured while processing the queue. Stage: 6 Remote IP: {ip}, Error code: 10054, Message: An existing connection was forcibly closed by the remote host",
                    r.choice(h.io),
                )
            return
        t = h.ehlo(t, sid, ip, helo, True)
        if kind == "quit":
            h.quit(t, sid, ip)
            return
        fake = f"{r.choice(['info', 'admin', 'noreply', 'support', 'billing'])}@{r.choice(['dhl-paket.example', 'docsign-secure.example', 'office365-mail.example', HM_DOMAIN])}"
        t = h.rv(t + h.lat(), sid, ip, f"MAIL FROM:<{fake}>")
        t = h.sd(t + sec(0.003), sid, ip, "SENT: 250 OK", "SENT: 250 OK")
        if kind == "dnsbl":
            rc = addr(r.choice(HM_USERS))
            t = h.rv(t + h.lat(), sid, ip, f"RCPT TO:<{rc}>")
            reason = r.choices([x for x, _ in HM_DNSBL], [w for _, w in HM_DNSBL])[0]
            t = h.sd(t + sec(0.2), sid, ip, "SENT: 550 %s", f"SENT: 550 {reason}")
            h.app(
                t + sec(0.001),
                "hMailServer SpamProtection rejected RCPT (Sender: %s, IP:%s, Reason: %s)",
                f"hMailServer SpamProtection rejected RCPT (Sender: {fake}, IP:{ip}, Reason: {reason})",
                r.choice(h.io),
            )
        elif kind == "unknown":
            for _ in range(r.randint(2, 7)):
                rc = addr(
                    r.choice(
                        [
                            "admin",
                            "test",
                            "sales",
                            "hr",
                            "office",
                            "contact",
                            "kontakt",
                            "jobs",
                            "webmaster",
                            "postmaster1",
                        ]
                    )
                )
                t = h.rv(t + h.lat(), sid, ip, f"RCPT TO:<{rc}>")
                t = h.sd(
                    t + sec(0.003), sid, ip, "SENT: 550 Unknown user", "SENT: 550 Unknown user"
                )
        else:
            rc = f"{r.choice(['x', 'lead', 'promo'])}{r.randint(10, 99)}@{r.choice(['yahoo.example', 'mail.example.ru', 'qq.example'])}"
            t = h.rv(t + h.lat(), sid, ip, f"RCPT TO:<{rc}>")
            t = h.sd(
                t + sec(0.003),
                sid,
                ip,
                "SENT: 530 SMTP authentication is required.",
                "SENT: 530 SMTP authentication is required.",
            )
        if r.random() < 0.7:
            h.quit(t, sid, ip)

    # ----- the backup MX relaying to MAIL01 (a route with a fixed host)
    def relay_to_mail01(t: datetime, mid: int, sender: str, rcpts: list[str], tries: int) -> None:
        h = mx2
        th = r.choice(h.dl)
        if tries == 0:
            t = h.app(
                t,
                "SMTPDeliverer - Message %s: Delivering message from %s to %s. File: %s",
                f"SMTPDeliverer - Message {mid}: Delivering message from {sender} to {', '.join(rcpts)}. File: {h.eml()}",
                th,
            )
        else:
            t = h.app(
                t,
                "SMTPDeliverer - Message %s: Delivering message from %s to %s. File: %s",
                f"SMTPDeliverer - Message {mid}: Delivering message from {sender} to {', '.join(rcpts)}. File: {h.eml()}",
                th,
            )
        t = h.app(
            t + sec(0.002),
            "SMTPDeliverer - Message %s: Relaying to host %s.",
            f"SMTPDeliverer - Message {mid}: Relaying to host mail01.{HM_DOMAIN}.",
            th,
        )
        t = h.line(
            t + sec(0.001),
            "TCPIP",
            "Connecting to %s...",
            f"Connecting to mail01.{HM_DOMAIN}...",
            th,
        )
        if not m1.up(t):
            t += sec(r.uniform(1.0, 21.0))
            t = h.app(
                t,
                "SMTPDeliverer - Message %s: Message could not be delivered. Scheduling it for later delivery in %s minutes.",
                f"SMTPDeliverer - Message {mid}: Message could not be delivered. Scheduling it for later delivery in 10 minutes.",
                th,
            )
            h.app(
                t + sec(0.002),
                "SMTPDeliverer - Message %s: Message delivery thread completed.",
                f"SMTPDeliverer - Message {mid}: Message delivery thread completed.",
                th,
            )
            relay_to_mail01(t + sec(600 + r.uniform(0, 40)), mid, sender, rcpts, tries + 1)
            return
        t = smtp_client(h, t, m1.ip, f"{m1.name} ESMTP", sender, rcpts, th, {}, HM_REPLIES)
        h.app(
            t + sec(0.004),
            "SMTPDeliverer - Message %s: Message delivery thread completed.",
            f"SMTPDeliverer - Message {mid}: Message delivery thread completed.",
            th,
        )
        # MAIL01's side of the relay
        inbound_from_mx2(t - sec(0.9), sender, rcpts)

    def inbound_from_mx2(t: datetime, sender: str, rcpts: list[str]) -> None:
        h, ip = m1, mx2.ip
        t, sid = h.connect(t, ip, 25)
        t = h.rv(t + h.lat(0.01, 0.05), sid, ip, f"HELO {mx2.name}")
        t = h.sd(t + sec(0.001), sid, ip, "SENT: 250 Hello.", "SENT: 250 Hello.")
        t = h.rv(t + h.lat(0.01, 0.05), sid, ip, f"MAIL FROM:<{sender}>")
        t = h.sd(t + sec(0.002), sid, ip, "SENT: 250 OK", "SENT: 250 OK")
        for rc in rcpts:
            t = h.rv(t + h.lat(0.01, 0.05), sid, ip, f"RCPT TO:<{rc}>")
            t = h.sd(t + sec(0.002), sid, ip, "SENT: 250 OK", "SENT: 250 OK")
        t = h.rv(t + h.lat(0.01, 0.05), sid, ip, "DATA")
        t = h.sd(t + sec(0.001), sid, ip, "SENT: 354 OK, send.", "SENT: 354 OK, send.")
        took = r.uniform(0.02, 0.4)
        t = h.sd(
            t + sec(took + 0.01),
            sid,
            ip,
            "SENT: 250 Queued (%.3f seconds)",
            f"SENT: 250 Queued ({took:.3f} seconds)",
        )
        t = h.quit(t, sid, ip)
        h.deliver_local(t + h.lat(0.1, 0.8), h.new_msg(), sender, rcpts)

    # ----- the SMTP client side (external delivery)
    def smtp_client(
        h: HMHost,
        t: datetime,
        ip: str,
        banner: str,
        sender: str,
        rcpts: list[str],
        th: int,
        reject: dict[str, str],
        replies: dict[str, str] | None = None,
    ) -> datetime:
        rp = replies or {
            "helo": "250 " + banner.split()[0],
            "mail": "250 2.1.0 Ok",
            "rcpt": "250 2.1.5 Ok",
            "data": "354 End data with <CR><LF>.<CR><LF>",
            "end": f"250 2.0.0 Ok: queued as {hexid(r, 10).upper()}",
            "quit": "221 2.0.0 Bye",
        }
        sid = h.new_sid()

        def snt(t: datetime, label: str, msg: str) -> datetime:
            return h.line(t, "SMTPC", label, msg, th, sid, ip)

        def rcv(t: datetime, msg: str) -> datetime:
            return h.line(t, "SMTPC", "RECEIVED: %s", f"RECEIVED: {msg}", th, sid, ip)

        t = rcv(t + h.lat(0.03, 0.4), f"220 {banner}")
        t = snt(t + sec(0.001), "SENT: HELO %s", f"SENT: HELO {h.name}")
        t = rcv(t + h.lat(0.02, 0.2), rp["helo"])
        t = snt(t + sec(0.001), "SENT: MAIL FROM:<%s>", f"SENT: MAIL FROM:<{sender}>")
        t = rcv(t + h.lat(0.02, 0.2), rp["mail"])
        ok = 0
        for rc in rcpts:
            t = snt(t + sec(0.001), "SENT: RCPT TO:<%s>", f"SENT: RCPT TO:<{rc}>")
            if rc in reject:
                t = rcv(t + h.lat(0.02, 0.3), reject[rc])
            else:
                t = rcv(t + h.lat(0.02, 0.3), rp["rcpt"])
                ok += 1
        if ok:
            t = snt(t + sec(0.001), "SENT: DATA", "SENT: DATA")
            t = rcv(t + h.lat(0.02, 0.2), rp["data"])
            t = snt(t + h.lat(0.05, 1.5), "SENT: [nl].", "SENT: [nl].")
            t = rcv(t + h.lat(0.05, 0.9), rp["end"].replace("%.3f", f"{r.uniform(0.02, 0.4):.3f}"))
        t = snt(t + sec(0.001), "SENT: QUIT", "SENT: QUIT")
        return rcv(t + h.lat(0.02, 0.2), rp["quit"])

    def external(t: datetime, mid: int, sender: str, rc: str, tries: int) -> None:
        h = m1
        th = r.choice(h.dl)
        dom = rc.split("@")[1]
        t = h.app(
            t,
            "SMTPDeliverer - Message %s: Delivering message from %s to %s. File: %s",
            f"SMTPDeliverer - Message {mid}: Delivering message from {sender} to {rc}. File: {h.eml()}",
            th,
        )
        ext = [e for e in HM_EXTERNAL if e[0] == dom]
        if not ext:  # a misspelt domain
            t = h.app(
                t + sec(r.uniform(0.05, 0.4)),
                "SMTPDeliverer - Message %s: No mail servers could be found for the address %s.",
                f"SMTPDeliverer - Message {mid}: No mail servers could be found for the address {rc}.",
                th,
            )
            if tries < 3:
                t = h.app(
                    t + sec(0.003),
                    "SMTPDeliverer - Message %s: Message could not be delivered. Scheduling it for later delivery in %s minutes.",
                    f"SMTPDeliverer - Message {mid}: Message could not be delivered. Scheduling it for later delivery in 60 minutes.",
                    th,
                )
                h.app(
                    t + sec(0.002),
                    "SMTPDeliverer - Message %s: Message delivery thread completed.",
                    f"SMTPDeliverer - Message {mid}: Message delivery thread completed.",
                    th,
                )
                external(t + sec(3600 + r.uniform(0, 50)), mid, sender, rc, tries + 1)
                return
            t = h.app(
                t + sec(0.003),
                "SMTPDeliverer - Message %s: Message could not be delivered. Returning error log to sender.",
                f"SMTPDeliverer - Message {mid}: Message could not be delivered. Returning error log to sender.",
                th,
            )
            t = h.app(
                t + sec(0.01),
                "SMTPDeliverer - Message %s: Message delivery thread completed.",
                f"SMTPDeliverer - Message {mid}: Message delivery thread completed.",
                th,
            )
            h.deliver_local(t + h.lat(0.2, 2), h.new_msg(), "", [sender])
            return
        _, ips, banner = ext[0]
        if dom == "kessler-logistik.example" and in_any(t, [partner_down]):
            for ip in ips:
                t = h.line(
                    t + sec(0.002), "TCPIP", "Connecting to %s...", f"Connecting to {ip}...", th
                )
                t += sec(r.uniform(20.5, 21.5))
            t = h.app(
                t,
                "SMTPDeliverer - Message %s: Message could not be delivered. Scheduling it for later delivery in %s minutes.",
                f"SMTPDeliverer - Message {mid}: Message could not be delivered. Scheduling it for later delivery in 60 minutes.",
                th,
            )
            h.app(
                t + sec(0.002),
                "SMTPDeliverer - Message %s: Message delivery thread completed.",
                f"SMTPDeliverer - Message {mid}: Message delivery thread completed.",
                th,
            )
            external(t + sec(3600 + r.uniform(0, 50)), mid, sender, rc, tries + 1)
            return
        t = h.line(t + sec(0.002), "TCPIP", "Connecting to %s...", f"Connecting to {ips[0]}...", th)
        reject = {}
        if rc.startswith("m.koenig@") or rc.startswith("einkauf2@"):
            reject[rc] = (
                f"550 5.1.1 <{rc}>: Recipient address rejected: User unknown in virtual mailbox table"
            )
        t = smtp_client(h, t, ips[0], banner, sender, [rc], th, reject)
        t = h.app(
            t + sec(0.003),
            "SMTPDeliverer - Message %s: Message delivery thread completed.",
            f"SMTPDeliverer - Message {mid}: Message delivery thread completed.",
            th,
        )
        if reject:
            h.deliver_local(t + h.lat(0.2, 2), h.new_msg(), "", [sender])

    # ----- submission on port 587 from the office
    def submit(t: datetime) -> None:
        h = m1
        user = r.choice(HM_USERS[:10])
        ip = f"10.20.{r.choice([1, 1, 2, 4])}.{r.randint(20, 180)}"
        helo = (
            f"PC-{r.choice(['BUERO', 'VERTRIEB', 'KONSTR', 'WERKST', 'EK'])}{r.randint(1, 12):02d}"
        )
        t, sid = h.connect(t, ip, 587)
        t = h.ehlo(t, sid, ip, f"[{ip}]" if r.random() < 0.2 else helo, True)
        t = h.starttls(t, sid, ip, helo)
        t = h.rv(t + h.lat(), sid, ip, "AUTH LOGIN")
        t = h.sd(t + sec(0.001), sid, ip, "SENT: 334 VXNlcm5hbWU6", "SENT: 334 VXNlcm5hbWU6")
        t = h.rv(t + h.lat(), sid, ip, b64(addr(user)))
        t = h.sd(t + sec(0.001), sid, ip, "SENT: 334 UGFzc3dvcmQ6", "SENT: 334 UGFzc3dvcmQ6")
        t = h.rv(t + h.lat(), sid, ip, "***")
        t = h.sd(t + sec(0.03), sid, ip, "SENT: 235 authenticated.", "SENT: 235 authenticated.")
        sender = addr(user)
        t = h.rv(t + h.lat(), sid, ip, f"MAIL FROM:<{sender}> SIZE={r.randint(3000, 8_000_000)}")
        t = h.sd(t + sec(0.003), sid, ip, "SENT: 250 OK", "SENT: 250 OK")
        kind = r.choices(["local", "external"], [0.35, 0.65])[0]
        if kind == "local":
            rc = addr(r.choice([u for u in HM_USERS if u != user]))
        else:
            dom = r.choice([e[0] for e in HM_EXTERNAL] + ["gmial.com"] * 0)
            local = r.choice(
                [
                    "info",
                    "c.mayer",
                    "bestellung",
                    "dispo",
                    "kanzlei",
                    "angebote",
                    "werner.p",
                    "m.koenig",
                    "einkauf2",
                ]
            )
            rc = f"{local}@{dom}"
        t = h.rv(t + h.lat(), sid, ip, f"RCPT TO:<{rc}>")
        t = h.sd(t + sec(0.003), sid, ip, "SENT: 250 OK", "SENT: 250 OK")
        t = h.rv(t + h.lat(), sid, ip, "DATA")
        t = h.sd(t + sec(0.001), sid, ip, "SENT: 354 OK, send.", "SENT: 354 OK, send.")
        took = r.uniform(0.03, 3.5)
        t = h.sd(
            t + sec(took + 0.02),
            sid,
            ip,
            "SENT: 250 Queued (%.3f seconds)",
            f"SENT: 250 Queued ({took:.3f} seconds)",
        )
        t = h.quit(t, sid, ip)
        mid = h.new_msg()
        if kind == "local":
            h.deliver_local(t + h.lat(0.1, 0.9), mid, sender, [rc])
        else:
            external(t + h.lat(0.1, 0.9), mid, sender, rc, 0)

    def bruteforce(t: datetime, ip: str, n: int) -> None:
        h = m1
        t, sid = h.connect(t, ip, 587)
        t = h.ehlo(t, sid, ip, "User", True)
        for i in range(n):
            t = h.rv(t + h.lat(0.1, 0.6), sid, ip, "AUTH LOGIN")
            t = h.sd(t + sec(0.001), sid, ip, "SENT: 334 VXNlcm5hbWU6", "SENT: 334 VXNlcm5hbWU6")
            t = h.rv(
                t + h.lat(0.1, 0.4),
                sid,
                ip,
                b64(
                    addr(r.choice(["info", "admin", "buchhaltung", "vertrieb", "scanner", "test"]))
                ),
            )
            t = h.sd(t + sec(0.001), sid, ip, "SENT: 334 UGFzc3dvcmQ6", "SENT: 334 UGFzc3dvcmQ6")
            t = h.rv(t + h.lat(0.1, 0.4), sid, ip, "***")
            if i < n - 1:
                t = h.sd(
                    t + sec(r.uniform(2.9, 3.1)),
                    sid,
                    ip,
                    "SENT: 535 Authentication failed. Restarting authentication process.",
                    "SENT: 535 Authentication failed. Restarting authentication process.",
                )
            else:
                h.sd(
                    t + sec(r.uniform(2.9, 3.1)),
                    sid,
                    ip,
                    "SENT: 535 Authentication failed. Too many invalid logon attempts.",
                    "SENT: 535 Authentication failed. Too many invalid logon attempts.",
                )

    # the day's traffic
    for t in jitter_times(r, T0, T_END, 660):
        helo, ip, sender = r.choice(HM_SENDERS)
        rcpts = [addr(r.choice(HM_USERS))]
        if r.random() < 0.15:
            rcpts.append(addr(r.choice(HM_USERS)))
        if m1.up(t):
            if sender.endswith("newsletter-shop.example") and r.random() < 0.6:
                inbound(m1, t, helo, ip, sender, rcpts, greylisted=True)
                inbound(m1, t + sec(r.uniform(300, 900)), helo, ip, sender, rcpts)
            else:
                inbound(m1, t, helo, ip, sender, rcpts)
        else:
            inbound(mx2, t, helo, ip, sender, rcpts)
    for t in jitter_times(r, T0, T_END, 720):
        if m1.up(t):
            spam(m1, t)
    for t in jitter_times(r, T0, T_END, 1200):
        spam(mx2, t)
    for t in jitter_times(r, at(6, 25), at(11, 50), 880):
        if m1.up(t) and not (at(11, 55) <= t):
            submit(t)
    for t in jitter_times(r, at(8, 50), at(9, 20), 160):
        bruteforce(t, "45.155.205.233", r.choice([3, 4, 5]))
    for t in jitter_times(r, at(10, 40), at(10, 55), 200):
        bruteforce(t, "91.92.251.107", r.choice([3, 5]))
    # a typing error in a recipient's domain
    m1.msg += 3
    external(at(6, 48, 12), m1.msg, addr("k.sohn"), "c.mayer@gmial.com", 0)
    # the antivirus took two queued files away
    for t, mid in [(at(9, 52, 31), m1.msg + 411), (at(11, 7, 5), m1.msg + 618)]:
        m1.line(
            t,
            "ERROR",
            "Severity: 3 (Medium), Code: HM5006, Source: SMTPDeliverer::DeliverMessage(), Description: Message %s could not be delivered since the data file does not exist.",
            f"Severity: 3 (Medium), Code: HM5006, Source: SMTPDeliverer::DeliverMessage(), Description: Message {mid} could not be delivered since the data file does not exist.",
            r.choice(m1.dl),
        )
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- Kopano

KC_VERSION = "8.7.25"
KC_USERS = [
    "akrause",
    "bheller",
    "cnowak",
    "dpetersen",
    "ebauer",
    "fkoch",
    "gricht",
    "hlorenz",
    "ivogt",
    "jmoeller",
    "kschreiber",
    "lzimmer",
    "mbraun",
    "nhartwig",
    "oseidel",
    "pfranke",
]
KC_DOMAIN = "nordhafen-reederei.example"
KC_SUBJECTS = [
    "Re: Liegeplatz MS Elbe Trader KW 24",
    "Frachtbrief 2024-06-0711",
    "Crew change Rotterdam",
    "AW: Bunkerangebot Juni",
    "Invoice 88213 port dues",
    "Fwd: ETA Hamburg",
    "Wartungsplan Q3",
    "Re: Charter party draft",
    "Urlaubsantrag",
    "Meeting notes ops call",
    "<none>",
]
KC_LVL = {
    "always": "=======",
    "crit": "crit   ",
    "error": "error  ",
    "warn": "warning",
    "notice": "notice ",
    "info": "info   ",
}


def kc_ts(t: datetime) -> str:
    x = t + LOCAL
    return f"{x:%a %b} {x.day:2d} {x:%H:%M:%S %Y}"


def kopano(r: random.Random) -> list[Log]:
    """A shipping company's Kopano Core server, 06:00 to 12:00 UTC (see the module docstring)."""
    fs = Files()

    def K(f: str, proc: object, prefix: str = "") -> Callable[[datetime, str, str, str], datetime]:
        def emit(t: datetime, lvl: str, label: str, msg: str) -> datetime:
            return fs.add(
                f, t, label, lambda x: [f"{kc_ts(x)}: {prefix}[{KC_LVL[lvl]}] {msg}"], proc, SEC
            )

        return emit

    server = K("server.log", "server")
    spool = K("spooler.log", "spooler")
    dagent = K("dagent.log", "dagent")
    gw_tid = [2871]

    def gw(t: datetime, thread: str, lvl: str, label: str, msg: str) -> datetime:
        return K("gateway.log", "gateway", f"[{thread}] ")(t, lvl, label, msg)

    relay_down = (at(10, 19, 40), at(10, 47, 55))

    # kopano-server, started by the nightly backup script
    spid = 1402
    t = server(
        at(6, 0, 4),
        "always",
        f"Starting kopano-server version {KC_VERSION} (pid %d uid %u)",
        f"Starting kopano-server version {KC_VERSION} (pid {spid} uid 999)",
    )
    t = server(
        t + sec(1.2),
        "notice",
        "Connection to database '%s' succeeded",
        "Connection to database 'kopano' succeeded",
    )
    server(
        t + sec(2.1), "notice", "Startup succeeded on pid %d", f"Startup succeeded on pid {spid}"
    )

    def auth_fail(t: datetime, user: str, prog: str) -> None:
        server(
            t,
            "warn",
            'Failed to authenticate user "%s" from "%s" using program "%s"',
            f'Failed to authenticate user "{user}" from "file:///var/run/kopano/server.sock" using program "{prog}"',
        )

    # kopano-gateway (process_model thread: a thread-id prefix, workers named net/imaps, net/pop3s)
    tid = [30100]

    def gw_session(
        t: datetime, method: str, ip: str, outcome: str, user: str, fails: int = 0
    ) -> None:
        tid[0] += r.randint(1, 9)
        wt = f"net/{method.lower()}|T{tid[0]}"
        t = gw(
            t,
            f"kopano-gateway|T{gw_tid[0]}",
            "notice",
            f"Starting worker thread for {method} request",
            f"Starting worker thread for {method} request",
        )
        for _ in range(fails):
            t += sec(r.uniform(1.5, 6))
            prog = "gateway/imap" if method.startswith("IMAP") else "gateway/pop3"
            auth_fail(t - sec(0.2), user, prog)
            t = gw(
                t,
                wt,
                "warn",
                'Failed to login from [%s] with invalid username "%s" or wrong password: logon failed (%x)',
                f'Failed to login from [{ip}] with invalid username "{user}" or wrong password: logon failed (80040111)',
            )
        if outcome == "timeout":
            t += sec(1800 + r.uniform(0, 60))
            t = gw(
                t,
                wt,
                "error",
                "Connection closed because of timeout",
                "Connection closed because of timeout",
            )
        elif outcome == "disconnect":
            t += sec(r.uniform(20, 1500))
            t = gw(t, wt, "error", "Client disconnected", "Client disconnected")
        elif outcome == "reset":
            t += sec(r.uniform(20, 900))
            t = gw(
                t,
                wt,
                "error",
                "Failed to read line: Connection reset by peer",
                "Failed to read line: Connection reset by peer",
            )
        else:
            t += sec(r.uniform(0.5, 240) if method.startswith("IMAP") else r.uniform(0.4, 3))
        gw(t + sec(0.01), wt, "notice", "Client %s thread exiting", f"Client {ip} thread exiting")

    gw(
        at(6, 0, 9),
        f"kopano-gateway|T{gw_tid[0]}",
        "always",
        f"Starting kopano-gateway version {KC_VERSION} (pid %d uid %u)",
        f"Starting kopano-gateway version {KC_VERSION} (pid {gw_tid[0]} uid 999)",
    )
    clients = {u: f"10.12.{r.choice([3, 3, 4, 7])}.{r.randint(20, 200)}" for u in KC_USERS}
    for t in jitter_times(r, at(6, 2), T_END, 135):
        u = r.choice(KC_USERS)
        outcome = r.choices(["ok", "disconnect", "timeout", "reset"], [0.62, 0.22, 0.1, 0.06])[0]
        fails = 1 if r.random() < 0.02 else 0
        gw_session(t, "IMAPs", clients[u], outcome, u, fails)
    for t in jitter_times(
        r, at(6, 1), T_END, 300, 280
    ):  # the ERP's POP3s fetch of the bookings mailbox
        gw_session(t, "POP3s", "10.12.9.14", "ok", "buchungen")
    # a phone with an old password
    for t in jitter_times(r, at(7, 5), at(9, 40), 190):
        gw_session(t, "IMAPs", "10.12.7.133", "ok", "mbraun", 1)
    # a password-guessing run on the public IMAPS port
    for t in jitter_times(r, at(8, 12), at(8, 57), 50):
        gw_session(
            t,
            "IMAPs",
            r.choice(["193.32.162.71", "193.32.162.74", "80.94.95.81"]),
            "ok",
            r.choice(["admin", "info", "office", "test", "kapitaen", "dispo", "buchhaltung"]),
            r.choice([2, 3, 5]),
        )

    # kopano-spooler: a forked worker per message logs to the same file (--log-fd)
    pid = [8100]

    def send_mail(t: datetime, user: str, tries: int = 0) -> None:
        pid[0] += r.randint(1, 7)
        size = r.randint(2200, 3_200_000)
        t = spool(
            t,
            "info",
            "Spooler process started on PID %d",
            f"Spooler process started on PID {pid[0]}",
        )
        t = spool(
            t + sec(r.uniform(0.2, 0.9)),
            "info",
            "Sending e-mail for user %ls, size: %d",
            f"Sending e-mail for user {user}, size: {size}",
        )
        t += sec(r.uniform(0.3, 2.5))
        if in_any(t, [relay_down]):
            t = spool(
                t + sec(r.uniform(8, 12)),
                "warn",
                "Unable to connect to SMTP server, retrying mail for user %ls later",
                f"Unable to connect to SMTP server, retrying mail for user {user} later",
            )
            spool(
                t + sec(0.3),
                "info",
                "Message for user %ls will be tried again later",
                f"Message for user {user} will be tried again later",
            )
            send_mail(t + sec(r.uniform(120, 300)), user, tries + 1)
            return
        if r.random() < 0.012:
            t = spool(
                t,
                "notice",
                "Spooler process %d was killed by signal %d",
                f"Spooler process {pid[0]} was killed by signal 11",
            )
            spool(
                t,
                "warn",
                "Message for user %ls will be removed from queue",
                f"Message for user {user} will be removed from queue",
            )
            return
        if r.random() < 0.03:
            t = spool(
                t,
                "warn",
                "E-mail for user %ls could not be sent, notifying user: call failed (%x)",
                f"E-mail for user {user} could not be sent, notifying user: call failed (80004005)",
            )
        spool(
            t + sec(0.1),
            "info",
            "Processed message for user %ls",
            f"Processed message for user {user}",
        )

    for t in jitter_times(r, at(6, 3), T_END, 150):
        send_mail(t, r.choice(KC_USERS))

    # kopano-dagent: LMTP from Postfix, a forked worker per connection
    dpid = [12400]

    def lmtp(t: datetime, rcpts: list[str]) -> None:
        dpid[0] += r.randint(1, 5)
        t = dagent(
            t,
            "info",
            "Starting worker for LMTP request pid %d",
            f"Starting worker for LMTP request pid {dpid[0]}",
        )
        good = []
        for rc in rcpts:
            t += sec(r.uniform(0.01, 0.2))
            if rc.split("@")[0] not in [*KC_USERS, "buchungen", "info"]:
                t = dagent(
                    t,
                    "error",
                    "Requested e-mail address '%s' does not resolve to a user.",
                    f"Requested e-mail address '{rc}' does not resolve to a user.",
                )
            else:
                good.append(rc.split("@")[0])
        if not good:
            return
        subj = r.choice(KC_SUBJECTS)
        mid = f"<{hexid(r, 12)}.{r.randint(1000, 99999)}@{r.choice(['mail.gmail.com', 'EUR03.prod.outlook.com', 'mx.hafen-hh.example', 'bunker24.example'])}>"
        size = r.randint(3000, 4_500_000)
        t += sec(r.uniform(0.2, 1.5))
        for u in good:
            if u == "pfranke" and t > at(9, 30):
                t = dagent(
                    t,
                    "error",
                    "Unable to deliver message to '%ls', error code: 0x%08X",
                    f"Unable to deliver message to '{u}', error code: 0x8004060C",
                )
            else:
                t = dagent(
                    t + sec(r.uniform(0.05, 0.6)),
                    "info",
                    "Delivered message to '%ls', Subject: \"%ls\", Message-Id: %ls, size %lu",
                    f"Delivered message to '{u}', Subject: \"{subj}\", Message-Id: {mid}, size {size}",
                )
        dagent(t + sec(0.05), "info", "Finished processing message", "Finished processing message")

    for t in jitter_times(r, at(6, 0, 30), T_END, 105):
        n = r.choices([1, 2, 3], [0.8, 0.15, 0.05])[0]
        rcpts = [f"{r.choice([*KC_USERS, 'buchungen', 'info'])}@{KC_DOMAIN}" for _ in range(n)]
        if r.random() < 0.08:
            rcpts = [
                f"{r.choice(['k.lehmann', 'j.otto', 'ops', 'chartering'])}@{KC_DOMAIN}",
                *rcpts[:1],
            ]
        lmtp(t, rcpts)
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- grommunio (Gromox)

GX_DOMAIN = "stadtwerke-lindau.example"
GX_USERS = [
    "m.gruber",
    "s.hofer",
    "t.maier",
    "leitstelle",
    "kundenservice",
    "a.berger",
    "k.wolf",
    "j.huber",
    "r.winkler",
    "e.lechner",
    "b.steiner",
    "zaehlerstand",
    "netzbetrieb",
    "personal",
]
GX_SENDERS = [
    "noreply@portal.energieboerse.example",
    "info@verband-kommunal.example",
    "m.schuster@gmail.com",
    "rechnung@telekom-business.example",
    "kunde4711@web.example",
    "service@zaehlerdienst.example",
    "bewerbung.k.lang@gmx.example",
    "newsletter@fachzeitung-energie.example",
]


def grommunio(r: random.Random) -> list[Log]:
    """A municipal utility's grommunio appliance, 06:00 to 12:00 UTC (see the module docstring)."""
    fs = Files()
    pids = {"gromox-delivery": [(T0, 1388)], "gromox-imap": [(T0, 1402)]}

    def J(unit: str) -> Callable[[datetime, str, str, bool], datetime]:
        f = f"mail-{unit}.log"

        def emit(t: datetime, label: str, msg: str, from_systemd: bool = False) -> datetime:
            if from_systemd:
                return fs.add(
                    f,
                    t,
                    label,
                    lambda x: [f"{journal_ts(x)} mail systemd[1]: {msg}"],
                    ("systemd", unit),
                    SEC,
                )
            pid = [p for since, p in pids[unit] if since <= t][-1]
            return fs.add(
                f,
                t,
                label,
                lambda x: [f"{journal_ts(x)} mail {unit}[{pid}]: {msg}"],
                (unit, pid),
                SEC,
            )

        return emit

    dl = J("gromox-delivery")
    im = J("gromox-imap")
    http_down = [
        (at(8, 14, 2), at(8, 15, 31)),
        (at(10, 2, 40), at(10, 9, 12)),
    ]  # gromox-http restarts (the second one hangs on exit)
    mysql_down = (at(11, 20, 5), at(11, 27, 40))
    qid = [5210]
    cache_id = [88]
    last_warn = [T0 - sec(3600)]

    def q(t: datetime, frm: str, to: str, label: str, msg: str) -> datetime:
        return dl(t, label, f"SMTP message queue-ID: {qid[0]}, FROM: {frm}, TO: {to}  {msg}")

    def deliver(t: datetime) -> None:
        qid[0] += r.randint(1, 3)
        frm = r.choice(GX_SENDERS)
        to = f"{r.choice([*GX_USERS, 'info', 'verwaltung'])}@{GX_DOMAIN}"
        user = to.split("@")[0]
        if in_any(t, [mysql_down]):
            q(
                t,
                frm,
                to,
                "failto get user information from data source!",
                "failto get user information from data source!",
            )
            cache_id[0] += 1
            q(
                t,
                frm,
                to,
                "message is put into cache queue with cache ID %d and wait to be delivered next time",
                f"message is put into cache queue with cache ID {cache_id[0]} and wait to be delivered next time",
            )
            return
        if user not in GX_USERS:
            t = q(t, frm, to, "<%s> has no mailbox here", f"<{to}> has no mailbox here")
            if r.random() < 0.2:
                q(t, frm, to, "No such user %s", f"No such user {to}")
            return
        if in_any(t, http_down):
            if t - last_warn[0] >= sec(60):
                last_warn[0] = t
                dl(
                    t,
                    "exmdb_client: HX_inet_connect to [%s]:%hu: Connection refused",
                    "exmdb_client: HX_inet_connect to [::1]:5000: Connection refused",
                )
            if r.random() < 0.3:
                q(
                    t + sec(0.1),
                    frm,
                    to,
                    "Unspecified error during delivery to %s",
                    f"Unspecified error during delivery to {to}",
                )
            return
        if user == "zaehlerstand" and t > at(7, 40):
            t = q(t, frm, to, "user's mailbox is full", "user's mailbox is full")
            if r.random() < 0.25:
                q(t, frm, to, "Mailbox is chock-full for %s", f"Mailbox is chock-full for {to}")
            return
        if r.random() < 0.012:
            q(
                t,
                frm,
                to,
                "fail to convert rfc5322 into MAPI message object",
                "fail to convert rfc5322 into MAPI message object",
            )

    for t in jitter_times(r, T0, T_END, 20):
        deliver(t)
    # the meter readings' mailbox fills up: every reading mail bounces until it is cleared at 11:05
    for t in jitter_times(r, at(7, 40), at(11, 5), 48):
        qid[0] += 1
        to = f"zaehlerstand@{GX_DOMAIN}"
        frm = f"ablesung{r.randint(100, 999)}@app.zaehlerdienst.example"
        t = q(t, frm, to, "user's mailbox is full", "user's mailbox is full")
        if r.random() < 0.2:
            q(t, frm, to, "Mailbox is chock-full for %s", f"Mailbox is chock-full for {to}")
    # after each gromox-http restart the first connections of the pool fail the handshake
    for _a, b in http_down:
        for i in range(r.randint(2, 4)):
            dl(
                b + sec(2 + i * r.uniform(0.5, 3)),
                "exmdb_client: protocol error connecting to [%s]:%hu/%s",
                f"exmdb_client: protocol error connecting to [::1]:5000/{r.choice(['/var/lib/gromox/user/2/7', '/var/lib/gromox/user/1/4', '/var/lib/gromox/user/3/1'])}",
            )
        dl(
            b + sec(1.4),
            "exmdb_client: Failed to connect to [%s]:%hu/%s: Access denied",
            "exmdb_client: Failed to connect to [::1]:5000//var/lib/gromox/domain/1: Access denied",
        )
    # the IMAP service: password guessing against known addresses from a list of leaked logins
    attackers = ["141.98.11.28", "141.98.11.29", "185.196.8.151", "87.120.84.6", "194.26.135.12"]
    temp_listed: dict[str, datetime] = {}

    def attempt(t: datetime, ip: str, user: str) -> None:
        port = r.randint(32768, 65000)
        if user in temp_listed and t < temp_listed[user]:
            im(
                t,
                "user %s is denied by user filter",
                f"rhost=[{ip}]:{port} user={user} user {user} is denied by user filter",
            )
            return
        im(t, "LOGIN failed: %s", f"rhost=[{ip}]:{port} user={user} LOGIN failed: ")
        if r.random() < 0.05:
            temp_listed[user] = t + sec(1200)

    targets = [f"{u}@{GX_DOMAIN}" for u in GX_USERS] + [
        f"admin@{GX_DOMAIN}",
        f"info@{GX_DOMAIN}",
        f"test@{GX_DOMAIN}",
    ]
    for a, b, gap in [
        (at(6, 40), at(7, 55), 11),
        (at(9, 5), at(9, 50), 7),
        (at(10, 55), at(11, 58), 14),
    ]:
        for t in jitter_times(r, a, b, gap, 1.0):
            attempt(t, r.choice(attackers), r.choice(targets))
    # staff with stale passwords on a phone
    for t in jitter_times(r, at(6, 20), T_END, 900):
        attempt(
            t, f"10.44.{r.randint(2, 9)}.{r.randint(10, 250)}", f"{r.choice(GX_USERS)}@{GX_DOMAIN}"
        )
    # the restarts (gromox-http's journal is not part of the excerpt; delivery and imap follow it)
    t = systemd_restart(
        im, at(8, 16, 5), "gromox-imap.service", "Gromox IMAP server", "41.877s", 0.7
    )
    pids["gromox-imap"].append((t, 4410))
    t = systemd_restart(
        dl,
        at(10, 9, 30),
        "gromox-delivery.service",
        "Gromox local delivery agent",
        "1min 12.305s",
        0.9,
    )
    pids["gromox-delivery"].append((t, 7731))
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- Mailtrain

MT_NPM = {"info": "info", "verbose": "verb", "error": "ERR!", "warn": "WARN"}
MT_COLOR = {2: 32, 3: 36, 4: 33, 5: 31}
SHORTID = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_-"


def docker_ts(t: datetime) -> str:
    ns = (t.microsecond * 7 + 311) % 1000
    return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}{ns:03d}Z"


def shortid(r: random.Random) -> str:
    return "".join(r.choice(SHORTID) for _ in range(r.choice([7, 8, 9])))


def morgan_label(status: int) -> str:
    c = MT_COLOR[status // 100]
    return f"\x1b[0m%s %s \x1b[{c}m%s\x1b[0m %s ms - %s\x1b[0m"


def mailtrain(r: random.Random) -> list[Log]:
    """Two Mailtrain v2 instances of a publisher under Docker, 06:00 to 12:00 UTC (see the module docstring)."""
    fs = Files()

    def M(inst: str) -> Callable[..., datetime]:
        f = f"mailtrain-{inst}.log"

        def emit(
            t: datetime,
            level: str,
            prefix: str,
            label: str,
            msg: str,
            cont: list[str] | None = None,
        ) -> datetime:
            head = f"{MT_NPM[level]} {prefix}" if cont else f"{MT_NPM[level]} {prefix} {msg}"

            def text(x: datetime) -> list[str]:
                return [f"{docker_ts(x)} {head}"] + [f"{docker_ts(x)} {c}" for c in (cont or [])]

            return fs.add(f, t, label, text, inst, US)

        return emit

    shop, verlag = M("shop"), M("verlag")

    def http(
        emit: Callable[..., datetime], t: datetime, method: str, url: str, status: int, length: str
    ) -> datetime:
        rt = r.choice([r.uniform(0.6, 9), r.uniform(2, 40), r.uniform(20, 400)])
        c = MT_COLOR[status // 100]
        return emit(
            t,
            "info",
            "HTTP",
            morgan_label(status),
            f"\x1b[0m{method} {url} \x1b[{c}m{status}\x1b[0m {rt:.3f} ms - {length}\x1b[0m",
        )

    def startup(emit: Callable[..., datetime], t: datetime) -> datetime:
        t = emit(t, "info", "VERP", "Server listening on %s:%s", "Server listening on *:2525")
        for app, port in [("trusted", 3000), ("sandbox", 3003), ("public", 3004)]:
            t = emit(
                t + sec(r.uniform(0.05, 0.4)),
                "info",
                "Express",
                "WWW server [%s] listening on %s",
                f"WWW server [{app}] listening on port {port}",
            )
        return emit(
            t + sec(r.uniform(0.3, 1.2)),
            "info",
            "Service",
            "All services started",
            "All services started",
        )

    def scanners(emit: Callable[..., datetime], t0: datetime, t1: datetime, gap: float) -> None:
        for t in jitter_times(r, t0, t1, gap):
            for path in r.sample(
                [
                    "/wp-login.php",
                    "/.env",
                    "/xmlrpc.php",
                    "/admin/config.php",
                    "/.git/config",
                    "/phpmyadmin/",
                    "/api/v1/pods",
                    "/owa/auth/logon.aspx",
                ],
                r.randint(1, 3),
            ):
                t = http(
                    emit, t + sec(r.uniform(0.1, 2)), "GET", path, 404, str(r.choice([1530, 1532]))
                )

    def admin_ui(emit: Callable[..., datetime], t0: datetime, t1: datetime, gap: float) -> None:
        for t in jitter_times(r, t0, t1, gap):
            for method, url in r.sample(
                [
                    ("GET", "/campaigns"),
                    ("POST", "/rest/campaigns-table"),
                    ("GET", "/rest/campaigns-stats/4"),
                    ("POST", "/rest/lists-table"),
                    ("GET", "/lists/3/subscriptions"),
                    ("POST", "/rest/subscriptions-table/3"),
                    ("GET", "/rest/settings"),
                    ("GET", "/account"),
                ],
                r.randint(1, 4),
            ):
                t = http(
                    emit, t + sec(r.uniform(0.2, 8)), method, url, 200, str(r.randint(300, 48000))
                )

    def campaign(
        emit: Callable[..., datetime],
        t: datetime,
        cid: int,
        ccid: str,
        lst: int,
        lcid: str,
        subs: list[int],
        relay_down: tuple[datetime, datetime] | None,
        bad: set[int],
    ) -> None:
        workers = [t + sec(r.uniform(0, 2)) for _ in range(4)]
        queue = list(subs)
        i = 0
        backoff = [10, 20, 30, 30, 60, 60, 120, 120, 300]
        fails = 0
        while queue:
            w = i % len(workers)
            tw = workers[w]
            batch, queue = queue[:10], queue[10:]
            for s in batch:
                tw += sec(r.uniform(0.08, 0.7))
                if relay_down and in_any(tw, [relay_down]):
                    tw += sec(r.uniform(9.5, 10.5))
                    emit(
                        tw,
                        "error",
                        "Senders",
                        "Sending message to %s:%s failed with error: Connection timeout. Will retry the message if within retention interval.",
                        f"Sending message to {lst}:{s} failed with error: Connection timeout. Will retry the message if within retention interval.",
                    )
                    queue = batch[batch.index(s) :] + queue
                    nxt = tw + sec(backoff[min(fails, len(backoff) - 1)])
                    fails += 1
                    workers = [max(x, nxt) for x in workers]
                    tw = nxt
                    break
                if s in bad:
                    addr = f"{r.choice(['k', 'm', 'info', 'p'])}.{r.choice(['lang', 'stein', 'bauer', 'kuehn'])}{r.randint(1, 99)}@{r.choice(['t-online.example', 'web.example', 'gmx.example'])}"
                    resp = f"550 5.1.1 <{addr}>: Recipient address rejected: User unknown in virtual mailbox table"
                    tw = emit(
                        tw,
                        "error",
                        "Senders",
                        "Sending message to %s:%s failed with error: Can't send mail - all recipients were rejected: %s.",
                        f"Sending message to {lst}:{s} failed with error: Can't send mail - all recipients were rejected: {resp}.",
                    )
                    tw = emit(tw, "verbose", "EENVELOPE", "%s", "")
                    tw = emit(tw, "verbose", resp, "%s", "")
                    tw = emit(tw, "verbose", "550", "%s", "")
                    tw = emit(
                        tw,
                        "verbose",
                        f"Error: Can't send mail - all recipients were rejected: {resp}",
                        "%s",
                        "",
                        [
                            "    at SMTPConnection._formatError (/app/server/node_modules/nodemailer/lib/smtp-connection/index.js:790:19)",
                            "    at SMTPConnection._actionRCPT (/app/server/node_modules/nodemailer/lib/smtp-connection/index.js:1631:28)",
                            "    at SMTPConnection.<anonymous> (/app/server/node_modules/nodemailer/lib/smtp-connection/index.js:1584:30)",
                            "    at SMTPConnection._processResponse (/app/server/node_modules/nodemailer/lib/smtp-connection/index.js:969:20)",
                            "    at SMTPConnection._onData (/app/server/node_modules/nodemailer/lib/smtp-connection/index.js:755:14)",
                            "    at TLSSocket.SMTPConnection._onSocketData (/app/server/node_modules/nodemailer/lib/smtp-connection/index.js:193:44)",
                            "    at TLSSocket.emit (node:events:519:28)",
                            "    at addChunk (node:internal/streams/readable:559:12)",
                            "    at readableAddChunkPushByteMode (node:internal/streams/readable:510:3)",
                            "    at Readable.push (node:internal/streams/readable:390:5) ",
                        ],
                    )
                    continue
                tw = emit(
                    tw,
                    "verbose",
                    "Senders",
                    "Message sent and status updated for %s:%s",
                    f"Message sent and status updated for {lst}:{s}",
                )
                # the subscriber opens (and sometimes clicks) later
                if r.random() < 0.3:
                    scid = shortid(r)
                    to = tw + sec(r.expovariate(1 / 1500))
                    if to < T_END:
                        http(emit, to, "GET", f"/links/{ccid}/{lcid}/{scid}", 200, "43")
                        if r.random() < 0.35:
                            http(
                                emit,
                                to + sec(r.uniform(4, 120)),
                                "GET",
                                f"/links/{ccid}/{lcid}/{scid}/{r.choice(['r1JdT5', 'HkQ9_2', 'SyxLmn'])}",
                                302,
                                r.choice(["-", "82", "96"]),
                            )
            workers[w] = tw
            i += 1

    # the shop's instance: restarted for an upgrade at 09:31; the product newsletter at 07:30, a relay outage 08:02-08:09
    startup(shop, at(6, 0, 2))
    shop_subs = list(range(1804, 2320))
    campaign(
        shop,
        at(7, 30, 3),
        14,
        "Sy7x2Pq4",
        2,
        "rJ3kLm9",
        r.sample(shop_subs, 270),
        (at(7, 30, 14), at(7, 33, 50)),
        set(r.sample(shop_subs, 9)),
    )
    startup(shop, at(9, 31, 40))
    campaign(
        shop,
        at(10, 45, 1),
        15,
        "H1gQ8vNd",
        2,
        "rJ3kLm9",
        r.sample(shop_subs, 200),
        None,
        set(r.sample(shop_subs, 5)),
    )
    # the publisher's instance: a CSV import at 07:12, the weekly newsletter at 09:00, bounces through VERP
    startup(verlag, at(6, 0, 5))
    t = verlag(
        at(7, 12, 41), "info", "Importer (CSV)", "Preparation finished", "Preparation finished"
    )
    t = verlag(
        t + sec(38),
        "info",
        "Importer",
        "Starting BASIC_SUBSCRIBE run %s.%s",
        "Starting BASIC_SUBSCRIBE run 6.9",
    )
    last = 0
    rows = 417
    while True:
        n = min(10, rows - last)
        t = verlag(
            t + sec(r.uniform(0.3, 1.4)),
            "verbose",
            "Importer",
            "Processing run %s.%s with id > %s ... %s entries",
            f"Processing run 6.9 with id > {last} ... {n} entries",
        )
        if n == 0:
            break
        last += n
    verlag(
        t + sec(0.2),
        "info",
        "Importer",
        "BASIC_SUBSCRIBE run %s.%s finished",
        "BASIC_SUBSCRIBE run 6.9 finished",
    )
    v_subs = list(range(311, 1240))
    v_bad = set(r.sample(v_subs, 6))
    campaign(verlag, at(9, 0, 4), 31, "B1e9xPkq", 3, "Hkv0QzW", r.sample(v_subs, 330), None, v_bad)
    for t in jitter_times(r, at(9, 3), T_END, 260):
        s = r.choice(v_subs)
        verlag(
            t,
            "verbose",
            "VERP",
            "Incoming message for campaign:%s, list:%s, subscription:%s",
            f"Incoming message for campaign:31, list:3, subscription:{s}",
        )
        if r.random() < 0.7:
            verlag(
                t + sec(r.uniform(0.05, 0.4)),
                "verbose",
                "VERP",
                "Marked message (campaign:%s, list:%s, subscription:%s) as unsubscribed",
                f"Marked message (campaign:31, list:3, subscription:{s}) as unsubscribed",
            )
    # subscriptions from the web form: the confirmation mail is a queued message; the welcome trigger fires
    for emit, lcid, lst in [(shop, "rJ3kLm9", 2), (verlag, "Hkv0QzW", 3)]:
        for t in jitter_times(r, at(6, 5), T_END, 420):
            t = http(emit, t, "GET", f"/subscription/{lcid}", 200, str(r.randint(5200, 5400)))
            t = http(
                emit,
                t + sec(r.uniform(8, 60)),
                "POST",
                f"/subscription/{lcid}/subscribe",
                302,
                r.choice(["74", "80"]),
            )
            name = r.choice(
                [
                    "Anna Roth",
                    "Jonas Beck",
                    "Mia Albrecht",
                    "Lukas Graf",
                    "Elif Kaya",
                    "",
                    "",
                    "Tim Sommer",
                ]
            )
            mail = f"{name.split()[0].lower() if name else r.choice(['kontakt', 'post', 'hallo'])}.{r.randint(10, 99)}@{r.choice(['gmail.example', 'web.example', 'posteo.example'])}"
            target = f"{name} <{mail}>" if name else mail
            t = emit(
                t + sec(r.uniform(0.5, 4)),
                "verbose",
                "Senders",
                "Message sent and status updated for %s",
                f"Message sent and status updated for {target}",
            )
            if r.random() < 0.6:
                t = http(
                    emit,
                    t + sec(r.uniform(30, 900)),
                    "GET",
                    f"/subscription/{lcid}/confirm-subscription/{shortid(r)}",
                    302,
                    r.choice(["86", "92"]),
                )
                if r.random() < 0.8:
                    emit(
                        t + sec(r.uniform(15, 60)),
                        "verbose",
                        "Triggers",
                        "Triggered %s (%s) for subscriber %s",
                        f"Triggered Welcome series step 1 ({lst + 2}) for subscriber {r.randint(2320, 2500) if lst == 2 else r.randint(1240, 1400)}",
                    )
    for emit in (shop, verlag):
        scanners(emit, T0, T_END, 1500)
        admin_ui(emit, at(6, 40), at(11, 40), 900)
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- WildDuck

WD_DOMAIN = "hochschule-musterstadt.example"
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def wd_cid(r: random.Random) -> str:
    return "".join(r.choice(B64) for _ in range(12))


def objectid(r: random.Random, t: datetime) -> str:
    return f"{int(t.timestamp()):08x}{hexid(r, 16)}"


def wildduck(r: random.Random) -> list[Log]:
    """A university department's WildDuck cluster (two nodes), 06:00 to 12:00 UTC (see the module docstring)."""
    fs = Files()
    pids = {"mail1": [(T0, 812)], "mail2": [(T0, 797)]}

    def W(host: str) -> Callable[..., datetime]:
        f = f"{host}-wildduck.log"

        def emit(
            t: datetime,
            level: str,
            prefix: str,
            label: str,
            msg: str,
            cont: list[str] | None = None,
        ) -> datetime:
            pid = [p for since, p in pids[host] if since <= t][-1]
            disp = {"info": "info", "error": "ERR!"}[level]

            def text(x: datetime) -> list[str]:
                head = f"{journal_ts(x)} {host} wildduck[{pid}]: "
                return [head + f"{disp} {prefix} {msg}"] + [
                    head + f"{disp} {prefix} {c}" for c in (cont or [])
                ]

            return fs.add(f, t, label, text, (host, pid), SEC)

        return emit

    nodes = {"mail1": W("mail1"), "mail2": W("mail2")}
    mongo_down = (at(9, 12, 31), at(9, 13, 20))
    redis_down = (at(10, 30, 2), at(10, 33, 12))
    users = [
        f"{n}@{WD_DOMAIN}"
        for n in [
            "anna.schmid",
            "b.yilmaz",
            "c.hoffmann",
            "dekanat",
            "e.krueger",
            "f.neumann",
            "g.schwarz",
            "h.zimmermann",
            "i.braun",
            "j.richter",
            "k.wolf",
            "l.schaefer",
            "m.klein",
            "n.schroeder",
            "o.lange",
            "p.werner",
            "pruefungsamt",
            "q.krause",
            "r.meier",
            "s.lehmann",
            "studienberatung",
            "t.koehler",
            "u.frank",
            "v.berger",
        ]
    ]
    hosts = {
        u: (
            f"vpn-{r.randint(10, 250)}.rz.{WD_DOMAIN}"
            if r.random() < 0.5
            else f"[10.{r.choice([60, 61, 64])}.{r.randint(0, 40)}.{r.randint(2, 250)}]"
        )
        for u in users
    }
    # IDLE sessions per node: (node, cid, user, host, start, end, outcome)
    sessions: list[tuple[str, str, str, str, datetime, datetime, str]] = []

    def session(
        node: str,
        t: datetime,
        user: str,
        host: str,
        dur: float,
        outcome: str,
        method: str = "LOGIN",
    ) -> None:
        L = nodes[node]
        cid = wd_cid(r)
        t = L(t, "info", "IMAP", "[%s] Connection from %s", f"[{cid}] Connection from {host}")
        t += sec(r.uniform(0.05, 0.6))
        if in_any(t, [mongo_down]):
            t = L(
                t,
                "info",
                "IMAP",
                f"[%s] Authentication error for %s using {method}",
                f"[{cid}] Authentication error for {user} using {method}",
                [
                    r.choice(
                        [
                            "Server selection timed out after 30000 ms",
                            "connection 14 to 10.50.0.11:27017 closed",
                            "not primary",
                        ]
                    )
                ],
            )
            L(
                t + sec(r.uniform(0.2, 5)),
                "info",
                "IMAP",
                "[%s] Connection END",
                f"[{cid}] Connection END",
            )
            L(
                t + sec(r.uniform(5.2, 6)),
                "info",
                "IMAP",
                "[%s] Connection closed to %s",
                f"[{cid}] Connection closed to {host}",
            )
            return
        t = L(
            t,
            "info",
            "IMAP",
            f"[%s] %s authenticated using {method}",
            f"[{cid}] {user} authenticated using {method}",
        )
        end = min(t + sec(dur), T_END + sec(3600))
        sessions.append((node, cid, user, host, t, end, outcome))
        if end >= T_END:
            return
        if outcome == "end":
            L(end, "info", "IMAP", "[%s] Connection END", f"[{cid}] Connection END")
            L(
                end + sec(0.01),
                "info",
                "IMAP",
                "[%s] Connection closed to %s",
                f"[{cid}] Connection closed to {host}",
            )
        elif outcome == "timeout":
            L(end, "info", "IMAP", "[%s] Connection TIMEOUT", f"[{cid}] Connection TIMEOUT")
            L(
                end + sec(0.02),
                "info",
                "IMAP",
                "[%s] Connection closed to %s",
                f"[{cid}] Connection closed to {host}",
            )
        elif outcome in ("etimedout", "ehostunreach"):
            code = outcome.upper()
            L(end, "error", "IMAP", f"[%s] read {code}", f"[{cid}] read {code}")
            L(
                end + sec(0.01),
                "info",
                "IMAP",
                "[%s] Connection closed to %s",
                f"[{cid}] Connection closed to {host}",
            )
        else:
            L(
                end,
                "info",
                "IMAP",
                "[%s] Connection closed to %s",
                f"[{cid}] Connection closed to {host}",
            )

    # desktop clients hold long IDLE sessions; phones reconnect often
    for u in users:
        node = r.choice(["mail1", "mail2"])
        t = T0 + sec(r.uniform(-600, 5400))
        method = "PLAIN" if r.random() < 0.4 else "LOGIN"
        while t < T_END:
            dur = r.choice([r.uniform(600, 5400), r.uniform(1800, 10800)])
            outcome = r.choices(["end", "timeout", "reset", "etimedout"], [0.55, 0.15, 0.25, 0.05])[
                0
            ]
            session(node, max(t, T0 + sec(1)), u, hosts[u], dur, outcome, method)
            t += sec(dur + r.uniform(5, 1200))
        if r.random() < 0.45:  # a phone too
            t = T0 + sec(r.uniform(0, 3600))
            while t < T_END:
                dur = r.uniform(60, 900)
                session(
                    r.choice(["mail1", "mail2"]),
                    t,
                    u,
                    f"[{r.choice(['100.64', '10.99'])}.{r.randint(0, 255)}.{r.randint(1, 254)}]",
                    dur,
                    r.choices(["end", "reset", "timeout", "ehostunreach"], [0.3, 0.58, 0.08, 0.04])[
                        0
                    ],
                )
                t += sec(dur + r.uniform(300, 2400))
    # the MongoDB primary steps down: clients that reconnect then cannot log in
    for t in jitter_times(r, mongo_down[0], mongo_down[1], 1.6):
        u = r.choice(users)
        session(r.choice(["mail1", "mail2"]), t, u, hosts[u], 60, "end")
    # new mail: every IDLE session of the recipient gets its notifications
    uid = {u: r.randint(1200, 40000) for u in users}
    modseq = {u: r.randint(5000, 900000) for u in users}
    for t in jitter_times(r, T0, T_END, 48):
        u = r.choice(users)
        uid[u] += 1
        modseq[u] += 1
        mbox = objectid(r, T0 - sec(9e6))
        for node, cid, su, _host, a, b, _ in sessions:
            if su != u or not (a < t < b):
                continue
            L = nodes[node]
            tt = t + sec(r.uniform(0.05, 0.4))
            if in_any(tt, [redis_down]):
                L(
                    tt,
                    "info",
                    "IMAP",
                    "[%s] Notification Error: Connection is closed.",
                    f"[{cid}] Notification Error: Connection is closed.",
                )
                continue
            n = 1 if r.random() < 0.8 else 2
            tt = L(
                tt,
                "info",
                "IMAP",
                "[%s] Pending notifications: %s",
                f"[{cid}] Pending notifications: {n}",
            )
            upd = {
                "_id": objectid(r, t),
                "command": "EXISTS",
                "uid": uid[u],
                "mailbox": mbox,
                "message": objectid(r, t),
                "modseq": modseq[u],
                "unseen": True,
                "idate": f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond // 1000:03d}Z",
            }
            L(
                tt,
                "info",
                "IMAP",
                "[%s] Processing notification: %s",
                f"[{cid}] Processing notification: {json.dumps(upd, separators=(',', ':'))}",
            )
            if n == 2:
                upd2 = {
                    "_id": objectid(r, t),
                    "command": "FETCH",
                    "uid": uid[u],
                    "flags": ["\\Seen"],
                    "mailbox": mbox,
                    "message": upd["message"],
                    "modseq": modseq[u] + 1,
                    "unseenChange": True,
                }
                L(
                    tt,
                    "info",
                    "IMAP",
                    "[%s] Processing notification: %s",
                    f"[{cid}] Processing notification: {json.dumps(upd2, separators=(',', ':'))}",
                )
    # password guessing on port 993
    for t in jitter_times(r, at(7, 25), at(8, 40), 42):
        node = r.choice(["mail1", "mail2"])
        L = nodes[node]
        cid = wd_cid(r)
        ip = r.choice(
            ["[45.148.10.174]", "[45.148.10.181]", "[2.57.122.209]", "scan-77.ptr.hosting.example"]
        )
        t = L(t, "info", "IMAP", "[%s] Connection from %s", f"[{cid}] Connection from {ip}")
        for _ in range(r.randint(1, 3)):
            t = L(
                t + sec(r.uniform(0.5, 3)),
                "info",
                "IMAP",
                "[%s] Authentication failed for %s using LOGIN",
                f"[{cid}] Authentication failed for {r.choice([*users, 'admin@' + WD_DOMAIN, 'test@' + WD_DOMAIN, 'webmaster@' + WD_DOMAIN])} using LOGIN",
            )
        L(
            t + sec(r.uniform(0.1, 1)),
            "info",
            "IMAP",
            "[%s] Connection closed to %s",
            f"[{cid}] Connection closed to {ip}",
        )
    # LMTP: forwards and autoreplies need Redis counters
    for L in nodes.values():
        for t in jitter_times(r, redis_down[0], redis_down[1], 25):
            mid = objectid(r, t)
            u = r.choice(users)
            if r.random() < 0.6:
                L(
                    t,
                    "error",
                    "LMTP",
                    "%s FRWRDFAIL from=%s to=%s target=%s error=Connection is closed.",
                    f"{mid} FRWRDFAIL from={r.choice(['noreply@moodle.' + WD_DOMAIN, 'bewerbung@portal.example', 'info@verlag.example'])} to={u} target={u.split('@')[0]}@gmail.example error=Connection is closed.",
                )
            else:
                L(
                    t,
                    "error",
                    "LMTP",
                    "%s AUTOREPLYFAIL from=%s to=%s error=Connection is closed.",
                    f"{mid} AUTOREPLYFAIL from=<> to={r.choice(['student4711@uni.example', 'k.brandt@partner-hs.example'])} error=Connection is closed.",
                )
        L(
            at(11, 0, r.randint(1, 4)),
            "info",
            "LMTP",
            "Configuration reloaded",
            "Configuration reloaded",
        )
    return fs.logs(T0)


SYSTEMS = {
    "hmailserver": hmailserver,
    "kopano": kopano,
    "grommunio": grommunio,
    "mailtrain": mailtrain,
    "wildduck": wildduck,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
