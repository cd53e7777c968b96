#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 238 (postal, mailpit, chasquid, nullmailer, saslauthd) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five mail programs of one company, 06:00 to 12:00
on 2024-06-07. The brief's msmtp is replaced by nullmailer, the other relay-only sendmail
replacement: msmtp writes one line per mail from one format (`host=%s tls=%s auth=%s user=%s
from=%s recipients=%s mailsize=%ld smtpstatus=%s smtpmsg='%s' errormsg='%s' exitcode=%s`, its
msmtp_get_log_info), so a day of it has one template and the error texts inside it.

- Postal v3 (`postal-worker-1.log`, `postal-worker-2.log`: `docker logs` of the two worker
  containers of the transactional mail server `postal.acme.example`; Klogger's default `go`
  formatter without highlighting, `2024-06-07 06:00:41 +0000 INFO    message text key=value
  key=value `: whole seconds, the severity padded to eight, a trailing space, the tags of
  `log ... key: value` first and then the groups' tags `component=worker thread=work0
  original_queued_message=N queued_message=N`, the SMTP sender's `log_id=`). Klogger logs at
  debug, so the tasks thread writes every minute: the holder of the tasks role (worker-1)
  `acquired task role by renewing it`, `running task` / `scheduling task to next run at %s`
  (`task=SendNotificationsScheduledTask`), the other `could not acquire task role, not doing
  anything`; at a quarter past each hour four more tasks, CheckAllDNS's `checking DNS for domain:
  %s`. Per queued message the MessageDequeuer's `starting message unqueue`, `queue latency is
  %ss`, `found %d associated messages to process at the same time` (`batch_key=outgoing-...`),
  `parsing message content as it hasn't been parsed before`, the SMTPSender's `Connected to %s`
  (an endpoint `ip:25 (mx host)`), `Sending message %s::%s to %s`, `Accepted by %s for %s`, then
  `message processing complete` and `finished message unqueue`; the 07:00 digest batched per
  domain. Yahoo deferring the server 07:30-08:15 (`Net::SMTPServerBusy: 421 4.7.0 [TSS04]
  Messages from %s temporarily deferred ...`: Net::SMTP's Response#message is the reply's
  first line with its newline, so the tags go on a line of their own), `message requeued for
  trying later` with `retry_after=` and the retries; a customer's on-premises MX down
  09:40-10:25 (`Cannot connect to %s (Net::OpenTimeout: execution expired)`); Gmail's
  `Net::SMTPFatalError: 550-5.1.1 The email account that you tried to reach does not exist.
  Please try` for mistyped sign-ups, the second failure to an address `Added %s to suppression
  list because %d hard fails in 24 hours` and later sends `recipient is on the suppression
  list, holding`; bounces coming back (`message is incoming`, `message is a bounce`, `bounce
  linked with message %s`); both workers restarted at 10:30 and 10:32 to raise the threads to
  four (`Received TERM signal. Stopping when able.` printed by `puts`, `stopping work thread %d`,
  `stopping tasks thread`, `releasesd tasks role` sic, the config loader's unstamped `Loading
  config from %s` on stderr, `starting %d work threads`, `started work thread %d`, `starting
  tasks thread`, `acquired task role by creating it`).
- Mailpit v1.18 (`mailpit.log`: `docker logs` of the staging environment's mail catcher, run
  with MP_VERBOSE, MP_SMTP_AUTH_ACCEPT_ANY, MP_SMTP_AUTH_ALLOW_INSECURE and
  MP_SMTP_RELAY_MATCHING for the QA team's real inboxes). stdout is no terminal, so logrus'
  TextFormatter writes logfmt: `time="2024/06/07 06:00:03" level=debug msg="[smtpd] received
  (172.20.0.11) EHLO [127.0.0.1]"`, the msg quoted with Go's %q (the EHLO reply's `\\r\\n`, a
  subject's `\\"`). Every SMTP session as the verbose log shows it: `[smtpd] received (%s) %s`
  for each client line (Symfony Mailer's `EHLO [127.0.0.1]` and `AUTH PLAIN ...`, nodemailer's
  hostname, Python smtplib's lower-case `ehlo` / `mail FROM:` / `rcpt TO:` / `data` / `quit`),
  one `[smtpd] response (%s) ...` per reply format (the banner, the EHLO reply with the AUTH
  mechanisms in map order, `250 2.1.0 Ok`, `250 2.1.5 Ok`, `354 Start mail input; ...`, `250
  2.0.0 Ok: queued as %s`, `221 2.0.0 ...`, `250 2.0.0 Ok` for smtplib's `rset` between the
  invoices of one connection), `[smtpd] allow %s login %q from %s`, `[db] saved message %s (%d
  bytes)`, `[smtpd] received (%s) from:%s subject:%q`; relayed copies (`[relay] auto-relay
  message to %s from %s via %s:%d`) and the relay down 08:20-08:45 (`[relay] error: error
  connecting to %s: dial tcp %s: connect: connection refused`); the 500-message limit's `[db]
  auto-pruned %d messages in %s` each minute after new mail, `[db] auto-vacuuming database ...`
  / `[db] vacuum completed in %s` when idle; a legacy export job's header without a colon
  (`[smtpd] error parsing message: malformed MIME header: missing colon: %q`, `451 4.3.5 Unable
  to process mail` at warning); the billing worker's connection left idle (`421 4.4.2 ...
  after timeout exceeded`); the host rebooted at 11:00 (`[db] opening database %s`, `[smtpd] enabling any
  authentication (insecure)`, `[smtpd] starting on %s (no encryption)`, `[http] starting on
  %s`, `[http] accessible via http://%s%s`).
- chasquid 1.14 (`mx1-journal.log`: `journalctl -u chasquid -o short-iso-precise` of a small
  organisation's mail server, `riverbend.example` and `riverbend-lab.example`). The journal
  holds two streams under one head `2024-06-07T06:00:03.412893+00:00 mx1 chasquid[811]: `:
  stderr, where blitiri's log writes the level letter and the caller padded to 18 (`_
  queue.go:361       Queue.SendLoop x3Fq8n0b2Ks: from ...`) and the traces' Printf/Errorf
  prefix their family and title (`SMTP.Conn 203.0.113.7:50412: error: ...`, Go-quoted), and the
  mail log, which chasquid writes to syslog (LogLevel, LogCaller and LogTime off): `%s
  auth succeeded for %s` / `%s auth failed for %s`, `%s from=%s queued ip=%s to=%v`, `%s
  from=%s to=%s sent`, `%s from=%s all done`, `%s rejected from=%s to=%v - %v`, `failed
  (temporary): %v` / `failed (permanent): %v`, `completed loop, next in %v`. Mail from the
  Internet delivered by maildrop (`Queued from %s to %s - %s`, `from %s`, `%s sent`, `all
  done`), the staff's submission from phones and laptops, the post-data hook's greylisting
  (`exit status 75`, `stderr: %q`, `rejected ... - greylisted, please try again`, `DATA failed:
  451  greylisted, please try again`) and rspamd's rejections (`exit status 20`, `spam
  detected`), dictionary attacks on port 25 (`RCPT failed: 550  5.1.1 Destination address is
  unknown (user does not exist)`, `too many errors, breaking connection`), a password spray on
  port 465 09:05-10:40 (`AUTH failed: 535  5.7.8 Incorrect user or password`), HTTP probes
  (`http command, closing connection`), the VPS provider blocking outgoing port 25 08:10-08:40
  (Courier.SMTP's `Could not dial: dial tcp %s: i/o timeout` per MX, `%q returned transient
  error: %v`, `all MXs returned transient failures (last: %v)`, the queue's `%s temporary
  error: %v` and `waiting for %v`), and a mistyped Gmail address (`MAIL+RCPT 550 5.1.1 The
  email account that you tried to reach does not exist. ...`, Go-quoted on stderr, over four
  lines in the mail log's entry, which journalctl indents, `%s permanent error: %v`, `queued
  DSN: %s` and the DSN's own `from <>`).
- nullmailer 2.2 (`web01-mail.log`, `web02-mail.log`, `backup01-mail.log`: Debian 12's
  rsyslog, RFC 3339 with microseconds, `2024-06-07T06:00:01.234567+00:00 web01
  nullmailer[812]: Rescanning queue.`; nullmailer-send under systemd with --syslog, the smtp
  protocol module's line under its own pid). Every message from the web servers' PHP and cron,
  and from the backup host's borgmatic and cron: `Trigger pulled.`, `Rescanning queue.`,
  `Starting delivery, %d message(s) in queue.`, `Starting delivery: host: %s protocol: %s file:
  %s`, `From: <%s> to: <%s>`, `Message-Id: <%s>`, `smtp: Succeeded: 250 2.0.0 Ok: queued as
  %s`, `Sent file.`, `Delivery complete, %d message(s) remain.`; the relay host's Postfix
  limiting connections at the 07:00 cron burst (`smtp: Failed: 421 4.7.0 %s Error: too many
  connections from %s`, `Sending failed: Temporary error in sending the message`), relay1 down
  08:20-08:45 (`smtp: Failed: Connect failed`, `Sending failed: Connection refused`, the second
  remote taking over), both relays down 08:31-08:38 (the queue growing, rescanned every
  pausetime), relay1's disk full 10:12-10:20 and 10:44-10:52 (`smtp: Failed: 451 4.3.0 Error:
  queue file write error`), web02 rebooted at 09:30 with a broken resolv.conf for six minutes
  (`Sending failed: Host not found`), relay2's firewall dropping 10:46-10:50 while relay1 is
  full (`Sending failed: Connection timed out`).
- saslauthd 2.1.28 and 2.1.27 (`smtp1-auth.log`: Debian 12, `-a ldap -c`, rsyslog RFC 3339
  with microseconds; `smtp-legacy-auth.log`: Ubuntu 20.04, `-a pam -c -r`, rsyslog's
  traditional `Jun  7 06:00:04`). Both submission hosts' Postfix asks saslauthd (a master and
  four workers, each with its pid) for SMTP AUTH, and a password-spraying botnet works through
  common names all morning: the logger's `%-16s: ` function column before saslauthd's own
  messages (`do_auth         : auth failure: [user=%s] [service=%s] [realm=%s] [mech=%s]
  [reason=%s]`), lak.c's `Entry not found (%s).`, `Authentication failed for %s%s%s: %s (%d)` with
  lak_error's texts (`User not found`, `Bind to ldap server failed (invalid user/password or
  insufficient access)` for staff mistyping, `Retry condition (ldap server connection reset or
  broken)`), the LDAP server restarted 09:12-09:15 (`user ldap_search_st() failed: Can't contact
  LDAP server`, `Retrying authentication`, `ldap_simple_bind() failed %d (Can't contact LDAP
  server).`); on the PAM host pam_unix's `check pass; user unknown` and `authentication
  failure; logname=%s uid=%d euid=%d tty=%s ruser=%s rhost=%s %s%s` (with and without ` user=`),
  auth_pam's `DEBUG: auth_pam: pam_authenticate failed: %s`; saslauthd restarted on smtp1 at
  09:20 (`server_exit     : master exited: %d`, `detach_tty      : master pid is: %lu`,
  `ipc_init        : listening on socket: %s`); cron's sessions in the same file (pam_unix
  1.5's `session opened for user %s(uid=%d) by %s(uid=%d)` on Debian 12, 1.3's `session opened
  for user %s by %s(uid=%d)` on Ubuntu 20.04, `session closed for user %s`).

Label notes. The heads are context: Klogger's time and padded severity and every `key=value`
tag, logrus' `time=` and `level=` and the quoting of `msg=`, the journal's and rsyslog's time,
host and `ident[pid]:`, blitiri's level letter and caller column, the traces' `family title: `
and `error: ` prefixes, saslauthd's `%-16s: ` function column and pam_syslog's `module(service:
type): ` prefix. Words a call site passes literally are wording (Postal's `Received TERM
signal`, Mailpit's `no encryption`, chasquid's reply codes and texts with the command that
drew them a value, nullmailer's errorstr entries, saslauthd's reasons and lak_error texts,
pam_unix's ` user=` branch); a reply a program writes from its own format and logs is labelled
by that format (Mailpit's `[smtpd] response (%s) ...`, chasquid's `%s failed: %d  %s`), a line a
client sent is a value (`[smtpd] received (%s) %s`). A remote server's reply or an error inside
a message contributes its own format (Yahoo's 421, Gmail's 550, Postfix's replies, Go's dial
errors). The later lines of one write have no row: the tags Postal writes after a reply's
newline, a journal entry's continuation lines, Postal's per-line backtraces (none here).

Least sure (written from the helper's knowledge; Postal's worker, MessageDequeuer, SMTPSender,
SMTP client endpoint and Klogger's formatter, Mailpit's smtpd, relay, logger and storage cron,
chasquid's conn.go, queue.go, courier, maillog, trace and blitiri's log, saslauthd-main.c,
utils.c, auth_pam.c and lak.c, and msmtp's log function were checked against copies of their
sources): Postal's batch_key value and that an incoming bounce has none, the task schedule of
the hourly tasks, Klogger's TaggedLogger putting `log_id` before the groups, whether v3 prints
`Loading config from %s` in a container; Mailpit v1.18 writing logfmt rather than forced
colours, `[db] saved message %s (%d bytes)` being in 1.18; chasquid's caller line numbers (made
up, one per call site), greylistd printing nothing on stderr; every nullmailer 2.2 text but
`smtp: Succeeded: %s` (checked against an issue) and the errorstr table (checked against
1.x's errcodes.cc), in particular `From: <%s> to: <%s>`, `Message-Id: <%s>`, `smtp: Failed:
Connect failed` and the smtp module logging under its own pid; lak.h's error codes (-3, -6,
-7), `listening on socket: %s` in ipc_unix.c and pam_unix's session texts per version.
"""

from __future__ import annotations

import base64
import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, alnum, generate, hexid
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, go_quote
from generate_round235 import every

US = 1
MS = 1_000
SEC = 1_000_000


def go_dur(s: float) -> str:
    """time.Duration.String() for the durations these programs print."""
    if s < 1e-3:
        return f"{s * 1e6:.1f}µs".replace(".0µs", "µs")
    if s < 1:
        v = f"{s * 1e3:.6f}".rstrip("0").rstrip(".")
        return f"{v}ms"
    if s < 60:
        v = f"{s:.9f}".rstrip("0").rstrip(".")
        return f"{v}s"
    m, rest = divmod(s, 60)
    v = f"{rest:.9f}".rstrip("0").rstrip(".")
    return f"{int(m)}m{v}s"


def rfc3339us(t: datetime) -> str:
    return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}+00:00"


def trad(t: datetime) -> str:
    return f"{t:%b} {t.day:2d} {t:%H:%M:%S}"


# ----------------------------------------------------------------------------------- postal

PO_SERVER = 3
PO_SRC_IP = "203.0.113.25"
PO_MX = {
    "gmail.com": [
        ("142.250.27.26", "gmail-smtp-in.l.google.com"),
        ("142.250.153.27", "alt1.gmail-smtp-in.l.google.com"),
    ],
    "outlook.com": [("52.101.68.5", "outlook-com.olc.protection.outlook.com")],
    "hotmail.com": [("52.101.73.22", "hotmail-com.olc.protection.outlook.com")],
    "yahoo.com": [
        ("67.195.204.72", "mta6.am0.yahoodns.net"),
        ("98.136.96.76", "mta7.am0.yahoodns.net"),
    ],
    "icloud.com": [
        ("17.57.154.6", "mx01.mail.icloud.com"),
        ("17.42.251.62", "mx02.mail.icloud.com"),
    ],
    "gmx.de": [("212.227.15.9", "mx00.gmx.net")],
    "web.de": [("212.227.17.8", "mx-ha02.web.de")],
    "northwind-traders.example": [
        ("198.51.100.20", "mail.northwind-traders.example"),
        ("198.51.100.21", "mail2.northwind-traders.example"),
    ],
    "brightlabs.example": [("142.250.102.26", "aspmx.l.google.com")],
    "contoso-bank.example": [("52.101.194.18", "contosobank-example.mail.protection.outlook.com")],
}
PO_WEIGHTS = {
    "gmail.com": 34,
    "outlook.com": 8,
    "hotmail.com": 7,
    "yahoo.com": 9,
    "icloud.com": 7,
    "gmx.de": 6,
    "web.de": 5,
    "northwind-traders.example": 8,
    "brightlabs.example": 5,
    "contoso-bank.example": 5,
}
PO_FIRST = [
    "anna",
    "jon",
    "maria",
    "liam",
    "sofia",
    "noah",
    "emma",
    "lukas",
    "mia",
    "oliver",
    "lea",
    "elias",
    "chloe",
    "david",
    "nora",
    "felix",
    "ines",
    "marco",
    "julia",
    "tom",
]
PO_LAST = [
    "kowalski",
    "smith",
    "garcia",
    "novak",
    "muller",
    "rossi",
    "dubois",
    "jensen",
    "silva",
    "oconnor",
    "weber",
    "nagy",
    "berg",
    "costa",
    "fischer",
]
PO_YAHOO_421 = "421 4.7.0 [TSS04] Messages from {ip} temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes"
PO_GMAIL_550 = "550-5.1.1 The email account that you tried to reach does not exist. Please try"
PO_HOURLY = [
    "CheckAllDNSScheduledTask",
    "CleanupAuthieSessionsScheduledTask",
    "ExpireHeldMessagesScheduledTask",
    "PruneWebhookRequestsScheduledTask",
]


def rb_time(t: datetime) -> str:
    """Ruby's Time#to_s of a UTC time."""
    return f"{t:%Y-%m-%d %H:%M:%S} UTC"


def postal(r: random.Random) -> list[Log]:
    """Two Postal worker containers, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    restart = {
        "postal-worker-1": (at(10, 30, 2.4), at(10, 30, 13.1)),
        "postal-worker-2": (at(10, 32, 9.8), at(10, 32, 21.5)),
    }
    threads = {"postal-worker-1": 2, "postal-worker-2": 2}

    def proc(w: str, t: datetime) -> object:
        """The worker's Ruby process: a new one after its restart."""
        return (w, 1 if t < restart[w][1] else 2)

    def K(
        w: str, t: datetime, sev: str, label: str, msg: str, tags: list[tuple[str, object]]
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            s = f"{x:%Y-%m-%d %H:%M:%S} +0000 {sev.upper():<8}"
            if msg:
                s += msg + " "
            s += "".join(f"{k}={v} " for k, v in tags)
            return s.split("\n")

        return fs.add(f"{w}.log", t, label, text, proc(w, t), SEC)

    def bare(w: str, t: datetime, label: str, line: str) -> datetime:
        return fs.add(f"{w}.log", t, label, lambda x: [line], proc(w, t), SEC)

    # ---- the tasks thread of each worker
    def task_loops(w: str, start: datetime, end: datetime, holder: bool, created: bool) -> None:
        t = start
        first = True
        hourly_done: set[int] = set()
        g = [("component", "worker"), ("thread", "tasks")]
        while t < end:
            if not holder:
                t = K(
                    w,
                    t,
                    "debug",
                    "could not acquire task role, not doing anything",
                    "could not acquire task role, not doing anything",
                    g,
                )
            else:
                if first and created:
                    t = K(
                        w,
                        t,
                        "info",
                        "acquired task role by creating it",
                        "acquired task role by creating it",
                        g,
                    )
                else:
                    t = K(
                        w,
                        t,
                        "debug",
                        "acquired task role by renewing it",
                        "acquired task role by renewing it",
                        g,
                    )
                if t.minute >= 15 and t.hour not in hourly_done:
                    hourly_done.add(t.hour)
                    nxt = t.replace(minute=15, second=0, microsecond=0) + timedelta(hours=1)
                    for task in PO_HOURLY:
                        tg = [*g, ("task", task)]
                        t = K(
                            w,
                            t + sec(r.uniform(0.01, 0.05)),
                            "info",
                            "running task",
                            "running task",
                            tg,
                        )
                        if task == "CheckAllDNSScheduledTask":
                            for d in ["acme.example", "mail.acme.example", "notify.acme.example"]:
                                t = K(
                                    w,
                                    t + sec(r.uniform(0.05, 0.4)),
                                    "info",
                                    "checking DNS for domain: %s",
                                    f"checking DNS for domain: {d}",
                                    tg,
                                )
                        t = K(
                            w,
                            t + sec(r.uniform(0.01, 0.3)),
                            "info",
                            "scheduling task to next run at %s",
                            f"scheduling task to next run at {rb_time(nxt)}",
                            tg,
                        )
                tg = [*g, ("task", "SendNotificationsScheduledTask")]
                t = K(
                    w, t + sec(r.uniform(0.005, 0.03)), "info", "running task", "running task", tg
                )
                nxt = (t + sec(60 + r.uniform(0.01, 0.09))).replace(microsecond=0)
                t = K(
                    w,
                    t + sec(r.uniform(0.01, 0.08)),
                    "info",
                    "scheduling task to next run at %s",
                    f"scheduling task to next run at {rb_time(nxt)}",
                    tg,
                )
            first = False
            t += sec(60 + r.uniform(0.02, 0.2))

    w1_stop = restart["postal-worker-1"][0]
    w2_stop = restart["postal-worker-2"][0]
    task_loops("postal-worker-1", T0 + sec(41.7), w1_stop, True, False)
    task_loops("postal-worker-2", T0 + sec(17.3), w2_stop, False, False)

    # ---- queued messages
    next_msg = [48211]
    next_q = [91877]
    hard_fails: dict[str, int] = {}
    suppressed: set[str] = set()

    def rcpt_for(domain: str) -> str:
        f, last = r.choice(PO_FIRST), r.choice(PO_LAST)
        local = r.choice(
            [f"{f}.{last}", f"{f}{last[0]}", f"{f}.{last}{r.randint(1, 99)}", f"{f[0]}{last}"]
        )
        return f"{local}@{domain}"

    def new_msg(domain: str, rcpt: str | None = None, created: datetime | None = None) -> dict:
        m = {
            "id": next_msg[0],
            "q": next_q[0],
            "rcpt": rcpt or rcpt_for(domain),
            "domain": domain,
            "created": created,
            "attempts": 0,
        }
        next_msg[0] += r.randint(1, 3)
        next_q[0] += r.randint(1, 2)
        return m

    def worker_for(t: datetime) -> tuple[str, str, datetime]:
        """A worker and a work thread free at t (none of them restarting)."""
        for _ in range(50):
            w = r.choice(["postal-worker-1", "postal-worker-2"])
            stop, start = restart[w]
            if stop - sec(20) <= t < start + sec(5):
                continue
            n = 4 if t >= start else 2
            th = f"work{r.randrange(n)}"
            return w, th, t
        return "postal-worker-2", "work0", t

    def endpoint_down(domain: str, t: datetime) -> bool:
        return domain == "northwind-traders.example" and at(9, 40) <= t < at(10, 25)

    def unqueue(t: datetime, msgs: list[dict], incoming: bool = False) -> None:
        w, th, t = worker_for(t)
        g = [("component", "worker"), ("thread", th), ("original_queued_message", msgs[0]["q"])]
        t = K(w, t, "info", "starting message unqueue", "starting message unqueue", g)
        lat = (t - msgs[0]["created"]).total_seconds() + r.uniform(0.0001, 0.003)
        t = K(w, t + sec(0.002), "info", "queue latency is %ss", f"queue latency is {lat!r}s", g)
        if incoming:
            t = K(
                w,
                t + sec(0.004),
                "info",
                "found %d associated messages to process at the same time",
                "found 0 associated messages to process at the same time",
                g,
            )
        else:
            t = K(
                w,
                t + sec(0.004),
                "info",
                "found %d associated messages to process at the same time",
                f"found {len(msgs) - 1} associated messages to process at the same time",
                [("batch_key", f"outgoing-{msgs[0]['domain']}"), *g],
            )
        log_id = alnum(r, 8).upper()
        state: dict[str, object] = {"ep": None, "failed": False}
        for m in msgs:
            gm = [*g, ("queued_message", m["q"])]
            if incoming:
                t = K(w, t + sec(0.01), "info", "message is incoming", "message is incoming", gm)
                t = K(w, t + sec(0.01), "info", "message is a bounce", "message is a bounce", gm)
                t = K(
                    w,
                    t + sec(0.02),
                    "info",
                    "bounce linked with message %s",
                    f"bounce linked with message {m['orig']}",
                    gm,
                )
                continue
            if m["rcpt"] in suppressed:
                t = K(
                    w,
                    t + sec(0.01),
                    "info",
                    "recipient is on the suppression list, holding",
                    "recipient is on the suppression list, holding",
                    gm,
                )
                continue
            if m["attempts"] == 0:
                t = K(
                    w,
                    t + sec(0.01),
                    "info",
                    "parsing message content as it hasn't been parsed before",
                    "parsing message content as it hasn't been parsed before",
                    gm,
                )
            m["attempts"] += 1
            if state["ep"] is None and not state["failed"]:
                for ip, host in PO_MX[m["domain"]]:
                    ep = f"{ip}:25 ({host})"
                    if endpoint_down(m["domain"], t):
                        t = K(
                            w,
                            t + sec(30.0 + r.uniform(0.001, 0.02)),
                            "error",
                            "Cannot connect to %s (Net::OpenTimeout: execution expired)",
                            f"Cannot connect to {ep} (Net::OpenTimeout: execution expired)",
                            [("log_id", log_id), *gm],
                        )
                        continue
                    t = K(
                        w,
                        t + sec(r.uniform(0.08, 0.6)),
                        "info",
                        "Connected to %s",
                        f"Connected to {ep}",
                        [("log_id", log_id), *gm],
                    )
                    state["ep"] = ep
                    break
                else:
                    state["failed"] = True
            if state["failed"]:
                requeue(w, t, m, gm)
                continue
            ep = str(state["ep"])
            t = K(
                w,
                t + sec(0.01),
                "info",
                "Sending message %s::%s to %s",
                f"Sending message {PO_SERVER}::{m['id']} to {m['rcpt']}",
                [("log_id", log_id), *gm],
            )
            t += sec(r.uniform(0.15, 1.2))
            if m["domain"] == "yahoo.com" and at(7, 30) <= t < at(8, 15):
                t = K(
                    w,
                    t,
                    "error",
                    "Net::SMTPServerBusy: " + PO_YAHOO_421.format(ip="%s"),
                    "Net::SMTPServerBusy: " + PO_YAHOO_421.format(ip=PO_SRC_IP) + "\n",
                    [("log_id", log_id), *gm],
                )
                requeue(w, t, m, gm)
                continue
            if m.get("typo"):
                t = K(
                    w,
                    t,
                    "error",
                    "Net::SMTPFatalError: " + PO_GMAIL_550,
                    "Net::SMTPFatalError: " + PO_GMAIL_550 + "\n",
                    [("log_id", log_id), *gm],
                )
                n = hard_fails.get(m["rcpt"], 0)
                if n >= 1:
                    t = K(
                        w,
                        t + sec(0.02),
                        "info",
                        "Added %s to suppression list because %d hard fails in 24 hours",
                        f"Added {m['rcpt']} to suppression list because {n} hard fails in 24 hours",
                        gm,
                    )
                    suppressed.add(m["rcpt"])
                hard_fails[m["rcpt"]] = n + 1
                t = K(
                    w,
                    t + sec(0.01),
                    "info",
                    "message processing complete",
                    "message processing complete",
                    gm,
                )
                continue
            t = K(
                w,
                t,
                "info",
                "Accepted by %s for %s",
                f"Accepted by {ep} for {m['rcpt']}",
                [("log_id", log_id), *gm],
            )
            t = K(
                w,
                t + sec(0.01),
                "info",
                "message processing complete",
                "message processing complete",
                gm,
            )
        K(w, t + sec(0.02), "info", "finished message unqueue", "finished message unqueue", g)

    retries: list[tuple[datetime, dict]] = []

    def requeue(w: str, t: datetime, m: dict, gm: list[tuple[str, object]]) -> None:
        after = (t + sec(300 * 1.3 ** (m["attempts"] - 1) + r.uniform(0, 20))).replace(
            microsecond=0
        )
        K(
            w,
            t + sec(0.02),
            "info",
            "message requeued for trying later",
            "message requeued for trying later",
            [("retry_after", rb_time(after)), *gm],
        )
        retries.append((after + sec(r.uniform(0.3, 5.5)), m))

    jobs: list[tuple[datetime, list[dict], bool]] = []
    # the app's transactional mail, about 11 an hour
    t = T0 + sec(r.uniform(20, 200))
    while t < T_END:
        domain = r.choices(list(PO_WEIGHTS), list(PO_WEIGHTS.values()))[0]
        m = new_msg(domain, created=t)
        jobs.append((t + sec(r.uniform(0.2, 5)), [m], False))
        t += sec(r.expovariate(11 / 3600))
    # the 07:00 digest, batched per domain (10 associated messages at most)
    digest: dict[str, list[dict]] = {}
    td = at(7, 0, 4.2)
    for _ in range(31):
        domain = r.choices(list(PO_WEIGHTS), list(PO_WEIGHTS.values()))[0]
        digest.setdefault(domain, []).append(new_msg(domain, created=td + sec(r.uniform(0, 3))))
    for ms in digest.values():
        for i in range(0, len(ms), 11):
            jobs.append((td + sec(r.uniform(3, 40)), ms[i : i + 11], False))
    # mistyped sign-ups at Gmail, re-sent by the app, and a later reset to the same address
    for tt, addr in [
        (at(6, 41, 12), "jon.smiht@gmail.com"),
        (at(8, 3, 40), "sofia.garcai1990@gmail.com"),
        (at(9, 21, 3), "lukas.webber.78@gmail.com"),
    ]:
        for dt in [0, 620, 7200]:
            m = new_msg("gmail.com", rcpt=addr, created=tt + sec(dt))
            m["typo"] = True
            if tt + sec(dt) < T_END:
                jobs.append((tt + sec(dt + r.uniform(0.4, 4)), [m], False))
    # Yahoo customers' order mails while Yahoo defers the server, northwind's invoices while
    # its MX is down
    for tt in [at(7, 31, 48), at(7, 44, 5), at(7, 52, 31), at(8, 6, 12)]:
        jobs.append((tt, [new_msg("yahoo.com", created=tt - sec(r.uniform(0.5, 3)))], False))
    for tt in [at(9, 44, 51), at(9, 58, 20), at(10, 7, 3)]:
        jobs.append(
            (tt, [new_msg("northwind-traders.example", created=tt - sec(r.uniform(0.5, 3)))], False)
        )
    # asynchronous bounces coming back to the return path
    for _ in range(11):
        tb = T0 + sec(r.uniform(900, 21000))
        m = {"q": next_q[0], "created": tb, "orig": r.randint(47200, 48400)}
        next_q[0] += 1
        jobs.append((tb + sec(r.uniform(0.3, 4)), [m], True))

    jobs.sort(key=lambda j: j[0])
    for tj, ms, inc in jobs:
        unqueue(tj, ms, inc)
    while retries:
        retries.sort(key=lambda x: x[0])
        tr, m = retries.pop(0)
        if tr < T_END:
            unqueue(tr, [m])

    # ---- both workers restarted to raise the threads to four
    for w in ["postal-worker-1", "postal-worker-2"]:
        stop, start = restart[w]
        bare(
            w,
            stop,
            "Received TERM signal. Stopping when able.",
            "Received TERM signal. Stopping when able.",
        )
        t = stop + sec(0.3)
        for i in range(threads[w]):
            t = K(
                w,
                t + sec(r.uniform(0.001, 0.02)),
                "info",
                "stopping work thread %d",
                f"stopping work thread {i}",
                [("component", "worker"), ("thread", f"work{i}")],
            )
        t = K(
            w,
            t + sec(r.uniform(0.01, 0.05)),
            "info",
            "stopping tasks thread",
            "stopping tasks thread",
            [("component", "worker"), ("thread", "tasks")],
        )
        if w == "postal-worker-1":
            K(
                w,
                t + sec(0.01),
                "info",
                "releasesd tasks role",
                "releasesd tasks role",
                [("component", "worker"), ("thread", "tasks")],
            )
        threads[w] = 4
        t = bare(w, start, "Loading config from %s", "Loading config from /config/postal.yml")
        t = K(
            w,
            t + sec(r.uniform(3.5, 5.5)),
            "info",
            "starting %d work threads",
            "starting 4 work threads",
            [("component", "worker")],
        )
        for i in range(4):
            t = K(
                w,
                t + sec(r.uniform(0.001, 0.01)),
                "info",
                "started work thread %d",
                f"started work thread {i}",
                [("component", "worker"), ("thread", f"work{i}")],
            )
        t = K(
            w,
            t + sec(0.01),
            "info",
            "starting tasks thread",
            "starting tasks thread",
            [("component", "worker")],
        )
        if w == "postal-worker-1":
            task_loops(w, t + sec(0.05), T_END, True, True)
        else:
            task_loops(w, t + sec(0.05), T_END, False, False)
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- mailpit

MP_HOST = "9c41e07b2d6a"  # the container's hostname, Mailpit's SMTP hostname
MP_RELAY = ("smtp-relay.corp.example", 587, "10.20.0.25")
# name, ip, EHLO argument, lower-case commands (smtplib), AUTH user, from, weight
MP_CLIENTS = [
    ("shop-api", "172.20.0.11", "[127.0.0.1]", False, "shop", "no-reply@staging.shop.example", 10),
    ("auth-service", "172.20.0.12", "3f8a1c0e5b27", False, "", "accounts@staging.shop.example", 6),
    (
        "billing-worker",
        "172.20.0.14",
        "billing-worker.staging_default",
        True,
        "",
        "billing@staging.shop.example",
        4,
    ),
    ("notifier", "172.20.0.16", "[127.0.0.1]", False, "notify", "alerts@staging.shop.example", 3),
]
MP_SUBJECTS = {
    "shop-api": [
        ("Your order #%d has been confirmed", 6),
        ("Your order #%d has shipped", 3),
        ("Welcome to Shop, %s!", 2),
        ("Items in your cart are waiting", 1),
    ],
    "auth-service": [
        ("Reset your password", 4),
        ("Confirm your email address", 4),
        ("Your sign-in code is %06d", 3),
        ("New sign-in to your account", 1),
    ],
    "billing-worker": [("Invoice INV-2024-%05d", 1)],
    "notifier": [("[staging] Stock below threshold: %s", 2), ('Weekly report "%s" is ready', 1)],
}
MP_QA = ["qa-team@corp.example", "j.keller@corp.example", "p.ramos@corp.example"]
MP_NAMES = ["Anna", "Tomás", "Ines", "Noah", "Léa", "Kofi", "Mia", "Ravi"]
MP_SKUS = ["SKU-40211 (blue mug)", "SKU-11873 (tote bag)", "SKU-90342 (notebook A5)"]
MP_REPORTS = ["orders by region", "refunds", "cart abandonment"]


def shortuuid(r: random.Random) -> str:
    alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    return "".join(r.choice(alphabet) for _ in range(22))


def mailpit(r: random.Random) -> list[Log]:
    """One Mailpit container of the staging environment, 06:00 to 12:00 (see the docstring)."""
    fs = Files()
    f = "mailpit.log"
    boot = at(11, 0, 41.3)

    def proc(t: datetime) -> object:
        return ("mailpit", 1 if t < boot - sec(30) else 2)

    def L(t: datetime, level: str, label: str, msg: str) -> datetime:
        return fs.add(
            f,
            t,
            label,
            lambda x: [f'time="{x:%Y/%m/%d %H:%M:%S}" level={level} msg={go_quote(msg)}'],
            proc(t),
            SEC,
        )

    def recv(t: datetime, ip: str, line: str) -> datetime:
        return L(t, "debug", "[smtpd] received (%s) %s", f"[smtpd] received ({ip}) {line}")

    def resp(t: datetime, ip: str, label: str, line: str) -> datetime:
        level = "warning" if line[:1] == "4" else "error" if line[:1] == "5" else "debug"
        return L(t, level, "[smtpd] response (%s) " + label, f"[smtpd] response ({ip}) {line}")

    saves: list[datetime] = []
    relay_down = (at(8, 20), at(8, 45))

    def subject(name: str) -> str:
        tpl = r.choices([s for s, _ in MP_SUBJECTS[name]], [w for _, w in MP_SUBJECTS[name]])[0]
        if "%d" in tpl:
            return tpl % r.randint(100200, 100999) if "order" in tpl else tpl % r.randint(1, 4800)
        if "%06d" in tpl:
            return tpl % r.randint(0, 999999)
        if "%s" in tpl:
            pool = MP_NAMES if "Welcome" in tpl else MP_SKUS if "Stock" in tpl else MP_REPORTS
            return tpl % r.choice(pool)
        return tpl

    def rcpts_for(name: str) -> list[str]:
        if r.random() < 0.12:
            return [r.choice(MP_QA)]
        n = 1 if r.random() < 0.85 else 2
        return [f"e2e+{alnum(r, 6).lower()}@test.shop.example" for _ in range(n)]

    def session(
        t: datetime, client: tuple, msgs: int = 1, idle: bool = False, qa: str = ""
    ) -> datetime:
        name, ip, ehlo, lower, user, sender, _ = client
        c = (lambda s: s.lower()) if lower else (lambda s: s)
        t = resp(
            t, ip, "220 %s %s ESMTP Service ready", f"220 {MP_HOST} Mailpit ESMTP Service ready"
        )
        t = recv(t + sec(0.004), ip, f"{c('EHLO')} {ehlo}")
        mechs = " ".join(r.sample(["PLAIN", "LOGIN"], 2))
        t = resp(
            t + sec(0.001),
            ip,
            "250-%s greets %s\\r\\n250-SIZE %d\\r\\n250-AUTH %s\\r\\n250-ENHANCEDSTATUSCODES\\r\\n250 SMTPUTF8",
            f"250-{MP_HOST} greets {ehlo}\r\n250-SIZE 0\r\n250-AUTH {mechs}\r\n250-ENHANCEDSTATUSCODES\r\n250 SMTPUTF8",
        )
        if user:
            token = base64.b64encode(f"\0{user}\0staging-{user}-pw".encode()).decode()
            t = recv(t + sec(0.003), ip, f"AUTH PLAIN {token}")
            t = L(
                t + sec(0.0002),
                "debug",
                "[smtpd] allow %s login %q from %s",
                f'[smtpd] allow PLAIN login "{user}" from {ip}',
            )
            t = resp(
                t + sec(0.0001),
                ip,
                "235 2.7.0 Authentication successful",
                "235 2.7.0 Authentication successful",
            )
        for k in range(msgs):
            if k:
                t = recv(t + sec(r.uniform(0.05, 0.4)), ip, "RSET")
                t = resp(t + sec(0.0001), ip, "250 2.0.0 Ok", "250 2.0.0 Ok")
            subj = subject(name)
            to = [qa] if qa else rcpts_for(name)
            size = r.randint(2100, 48000) if name != "billing-worker" else r.randint(61000, 94000)
            mf = f"{c('MAIL')} FROM:<{sender}>" + (
                f" {c('size')}={size}" if lower else " BODY=8BITMIME" if name == "shop-api" else ""
            )
            t = recv(t + sec(0.003), ip, mf)
            t = resp(t + sec(0.0001), ip, "250 2.1.0 Ok", "250 2.1.0 Ok")
            for a in to:
                t = recv(t + sec(0.002), ip, f"{c('RCPT')} TO:<{a}>")
                t = resp(t + sec(0.0001), ip, "250 2.1.5 Ok", "250 2.1.5 Ok")
            t = recv(t + sec(0.002), ip, c("DATA"))
            t = resp(
                t + sec(0.0001),
                ip,
                "354 Start mail input; end with <CR><LF>.<CR><LF>",
                "354 Start mail input; end with <CR><LF>.<CR><LF>",
            )
            t += sec(r.uniform(0.01, 0.2))
            relayed = [a for a in to if a.endswith("@corp.example")]
            if relayed:
                h, port, rip = MP_RELAY
                if relay_down[0] <= t < relay_down[1]:
                    t = L(
                        t + sec(0.003),
                        "error",
                        "[relay] error: error connecting to %s: dial tcp %s: connect: connection refused",
                        f"[relay] error: error connecting to {h}:{port}: dial tcp {rip}:{port}: connect: connection refused",
                    )
                else:
                    t = L(
                        t + sec(r.uniform(0.2, 0.9)),
                        "debug",
                        "[relay] auto-relay message to %s from %s via %s:%d",
                        f"[relay] auto-relay message to {', '.join(relayed)} from {sender} via {h}:{port}",
                    )
            mid = shortuuid(r)
            t = L(
                t + sec(0.004),
                "debug",
                "[db] saved message %s (%d bytes)",
                f"[db] saved message {mid} ({size + r.randint(300, 900)} bytes)",
            )
            t = L(
                t + sec(0.0001),
                "debug",
                "[smtpd] received (%s) from:%s subject:%q",
                f"[smtpd] received ({ip}) from:{sender} subject:{go_quote(subj)}",
            )
            t = resp(
                t + sec(0.0001), ip, "250 2.0.0 Ok: queued as %s", f"250 2.0.0 Ok: queued as {mid}"
            )
            saves.append(t)
        if idle:
            t += sec(300)
            return resp(
                t,
                ip,
                "421 4.4.2 %s %s ESMTP Service closing transmission channel after timeout exceeded",
                f"421 4.4.2 {MP_HOST} Mailpit ESMTP Service closing transmission channel after timeout exceeded",
            )
        t = recv(t + sec(0.003), ip, c("QUIT"))
        return resp(
            t + sec(0.0001),
            ip,
            "221 2.0.0 %s %s ESMTP Service closing transmission channel",
            f"221 2.0.0 {MP_HOST} Mailpit ESMTP Service closing transmission channel",
        )

    # arrivals: steady traffic, and the QA suites' bursts at 08:00 and 10:00
    events: list[tuple[datetime, str]] = []
    t = T0 + sec(r.uniform(10, 120))
    while t < T_END:
        events.append((t, "one"))
        t += sec(r.expovariate(11 / 3600))
    for burst in [at(8, 0, 12), at(10, 0, 7)]:
        tb = burst
        for _ in range(r.randint(22, 28)):
            events.append((tb, "suite"))
            tb += sec(r.uniform(4, 25))
    for tt in [at(6, 30, 4), at(9, 30, 2), at(11, 30, 5)]:
        events.append((tt, "invoices"))
    for tt in [at(7, 15, 0.4), at(9, 15, 0.6), at(11, 15, 0.3)]:
        events.append((tt, "export"))
    # QA checking the password-reset flow against their own inboxes while the relay is down
    for tt in [
        at(8, 24, 31),
        at(8, 26, 2),
        at(8, 29, 47),
        at(8, 33, 15),
        at(8, 38, 40),
        at(8, 41, 9),
    ]:
        events.append((tt, "qa"))
    events.sort()
    for te, kind in events:
        if boot - sec(40) <= te < boot + sec(10):
            continue
        if kind == "invoices":
            client = MP_CLIENTS[2]
            session(te, client, msgs=r.randint(5, 8), idle=te.hour == 9)
        elif kind == "export":
            ip = "172.20.0.19"
            t = resp(
                te,
                ip,
                "220 %s %s ESMTP Service ready",
                f"220 {MP_HOST} Mailpit ESMTP Service ready",
            )
            t = recv(t + sec(0.003), ip, "EHLO export-job")
            t = resp(
                t + sec(0.001),
                ip,
                "250-%s greets %s\\r\\n250-SIZE %d\\r\\n250-AUTH %s\\r\\n250-ENHANCEDSTATUSCODES\\r\\n250 SMTPUTF8",
                f"250-{MP_HOST} greets export-job\r\n250-SIZE 0\r\n250-AUTH {' '.join(r.sample(['PLAIN', 'LOGIN'], 2))}\r\n250-ENHANCEDSTATUSCODES\r\n250 SMTPUTF8",
            )
            t = recv(t + sec(0.002), ip, "MAIL FROM:<export@staging.shop.example>")
            t = resp(t + sec(0.0001), ip, "250 2.1.0 Ok", "250 2.1.0 Ok")
            t = recv(t + sec(0.002), ip, "RCPT TO:<data-team@corp.example>")
            t = resp(t + sec(0.0001), ip, "250 2.1.5 Ok", "250 2.1.5 Ok")
            t = recv(t + sec(0.002), ip, "DATA")
            t = resp(
                t + sec(0.0001),
                ip,
                "354 Start mail input; end with <CR><LF>.<CR><LF>",
                "354 Start mail input; end with <CR><LF>.<CR><LF>",
            )
            bad = f"Subject nightly export {te:%Y-%m-%d} finished"
            t = L(
                t + sec(0.02),
                "warning",
                "[smtpd] error parsing message: malformed MIME header: missing colon: %q",
                f"[smtpd] error parsing message: malformed MIME header: missing colon: {go_quote(bad)}",
            )
            t = resp(
                t + sec(0.0001),
                ip,
                "451 4.3.5 Unable to process mail",
                "451 4.3.5 Unable to process mail",
            )
            t = recv(t + sec(0.002), ip, "QUIT")
            t = resp(
                t + sec(0.0001),
                ip,
                "221 2.0.0 %s %s ESMTP Service closing transmission channel",
                f"221 2.0.0 {MP_HOST} Mailpit ESMTP Service closing transmission channel",
            )
        elif kind == "qa":
            session(te, MP_CLIENTS[1], qa=r.choice(MP_QA[1:]))
        else:
            if kind == "suite":
                client = r.choices(MP_CLIENTS[:2], [5, 5])[0]
            else:
                client = r.choices(
                    [c for c in MP_CLIENTS if c[0] != "billing-worker"],
                    [c[6] for c in MP_CLIENTS if c[0] != "billing-worker"],
                )[0]
            session(te, client)

    # the host rebooted at 11:00: Mailpit starts again
    t = L(boot, "debug", "[db] opening database %s", "[db] opening database /data/mailpit.db")
    t = L(
        t + sec(0.05),
        "info",
        "[smtpd] enabling any authentication (insecure)",
        "[smtpd] enabling any authentication (insecure)",
    )
    t = L(
        t + sec(0.001),
        "info",
        "[smtpd] starting on %s (no encryption)",
        "[smtpd] starting on [::]:1025 (no encryption)",
    )
    t = L(t + sec(0.001), "info", "[http] starting on %s", "[http] starting on [::]:8025")
    L(
        t + sec(0.001),
        "info",
        "[http] accessible via http://%s%s",
        "[http] accessible via http://localhost:8025/",
    )

    # the storage cron, every minute: prune above 500 messages, vacuum after five idle minutes
    saves.sort()
    last_action = T0 - sec(1800)
    deleted = 9
    i = 0
    for start, end in [(T0 + sec(23.8), boot), (boot + sec(60.02), T_END)]:
        tc = start
        while tc < end:
            new = 0
            while i < len(saves) and saves[i] <= tc:
                last_action = max(last_action, saves[i])
                new += 1
                i += 1
            idle = int((tc - last_action).total_seconds() // 60)
            if idle == 5 and deleted >= 5:
                t = L(
                    tc + sec(0.001),
                    "info",
                    "[db] auto-vacuuming database to reclaim space from deleted messages",
                    "[db] auto-vacuuming database to reclaim space from deleted messages",
                )
                L(
                    t + sec(r.uniform(0.4, 1.6)),
                    "debug",
                    "[db] vacuum completed in %s",
                    f"[db] vacuum completed in {go_dur(r.uniform(0.45, 1.7))}",
                )
                deleted = 0
            if new:
                t = L(
                    tc + sec(r.uniform(0.002, 0.01)),
                    "debug",
                    "[db] auto-pruned %d messages in %s",
                    f"[db] auto-pruned {new} messages in {go_dur(r.uniform(0.0009, 0.006) + 0.0004 * new)}",
                )
                last_action = t
                deleted += new
            tc += sec(60)
    return fs.logs(T0)


# --------------------------------------------------------------------------------- chasquid

CQ_PID = 811
CQ_USERS = [
    "alice",
    "bruno",
    "carla",
    "dmitri",
    "elena",
    "farid",
    "greta",
    "hugo",
    "ines",
    "jonas",
    "kira",
    "lars",
]
CQ_DOMAINS = ["riverbend.example", "riverbend-lab.example"]
# external senders: address, SPF passes (not greylisted), client ip
CQ_SENDERS = [
    ("notifications@github.com", True, "192.30.252.201"),
    ("noreply@accounts.google.example", True, "209.85.128.172"),
    ("news@bakery-alpenrose.example", False, "185.24.8.41"),
    ("invoice@hosting-provider.example", True, "91.198.174.9"),
    ("m.lopez@gmail.com", True, "209.85.208.54"),
    ("jan.vries@outlook.com", True, "40.92.66.103"),
    ("info@school-district.example", False, "62.210.77.14"),
    ("owner-users@lists.debian.org", True, "82.195.75.100"),
    ("support@bank-riverside.example", True, "193.0.6.140"),
    ("p.moreau@orange.fr", True, "80.12.242.133"),
]
# remote recipients of the staff's mail: address, MX hosts with their IPs
CQ_REMOTE = [
    (
        "m.lopez@gmail.com",
        [
            ("gmail-smtp-in.l.google.com.", "142.250.110.27"),
            ("alt1.gmail-smtp-in.l.google.com.", "142.251.9.26"),
        ],
    ),
    ("jan.vries@outlook.com", [("outlook-com.olc.protection.outlook.com.", "52.101.68.16")]),
    (
        "office@partner-coop.example",
        [("partnercoop-example.mail.protection.outlook.com.", "52.101.73.4")],
    ),
    ("p.moreau@orange.fr", [("smtp-in.orange.fr.", "80.12.242.46")]),
    (
        "board@tenants-union.example",
        [
            ("mx1.tenants-union.example.", "195.201.44.7"),
            ("mx2.tenants-union.example.", "195.201.44.8"),
        ],
    ),
]
CQ_GMAIL_550 = "550 5.1.1 The email account that you tried to reach does not exist. Please try\n5.1.1 double-checking the recipient's email address for typos or\n5.1.1 unnecessary spaces. For more information, go to\n5.1.1  https://support.google.com/mail/?p=NoSuchUser %s - gsmtp"
CQ_GMAIL_LABEL = CQ_GMAIL_550.replace("\n", "\\n")
CQ_SPRAY_USERS = [
    "admin",
    "info",
    "office",
    "test",
    "contact",
    "webmaster",
    "postmaster",
    "sales",
    "support",
    "alice",
    "elena",
    "noreply",
    "user",
]


def b64id(r: random.Random) -> str:
    return base64.urlsafe_b64encode(r.randbytes(8)).decode().rstrip("=")


def chasquid(r: random.Random) -> list[Log]:
    """chasquid on one host, read from the journal, 06:00 to 12:00 (see the docstring)."""
    fs = Files()
    f = "mx1-journal.log"
    proc = ("chasquid", CQ_PID)
    head = f"mx1 chasquid[{CQ_PID}]: "

    def J(t: datetime, label: str, lines: list[str]) -> datetime:
        def text(x: datetime) -> list[str]:
            h = f"{rfc3339us(x)} {head}"
            return [h + lines[0], *(" " * len(h) + ln for ln in lines[1:])]

        return fs.add(f, t, label, text, proc, US)

    def E(t: datetime, caller: str, label: str, msg: str) -> datetime:
        """A trace's line on stderr through blitiri's log: level letter, caller padded to 18,
        `family title: ` (and `error: `), the message Go-quoted without its quotes."""
        ft, rest = msg.split(": ", 1)
        err = "error: " if rest.startswith("error: ") else ""
        return J(t, label, [f"_ {caller:<18} {ft}: {err}{go_quote(rest[len(err) :])[1:-1]}"])

    def M(t: datetime, label: str, msg: str) -> datetime:
        """A line of the mail log, through syslog."""
        return J(t, label, msg.split("\n"))

    def port() -> int:
        return r.randint(32768, 60999)

    def user_addr(u: str | None = None) -> str:
        return f"{u or r.choice(CQ_USERS)}@{r.choices(CQ_DOMAINS, [5, 1])[0]}"

    def deliver_local(t: datetime, mid: str, frm: str, to: str) -> datetime:
        t = E(
            t + sec(r.uniform(0.0002, 0.001)),
            "queue.go:361",
            "from %s",
            f"Queue.SendLoop {mid}: from {frm}",
        )
        t += sec(r.uniform(0.04, 0.3))
        t = E(t, "queue.go:406", "%s sent", f"Queue.SendLoop {mid}: {to} sent")
        t = M(t + sec(0.00005), "%s from=%s to=%s sent", f"{mid} from={frm} to={to} sent")
        t = E(t + sec(0.0002), "queue.go:392", "all done", f"Queue.SendLoop {mid}: all done")
        return M(t + sec(0.00005), "%s from=%s all done", f"{mid} from={frm} all done")

    def queued(t: datetime, addr: str, frm: str, to: list[str]) -> tuple[datetime, str]:
        mid = b64id(r)
        tos = "[" + " ".join(to) + "]"
        t = E(
            t,
            "conn.go:741",
            "Queued from %s to %s - %s",
            f"SMTP.Conn {addr}: Queued from {frm} to {tos} - {mid}",
        )
        t = M(
            t + sec(0.00004),
            "%s from=%s queued ip=%s to=%v",
            f"{mid} from={frm} queued ip={addr} to={tos}",
        )
        return t, mid

    blocked = (at(8, 10), at(8, 40))
    greylisted: set[tuple[str, str, str]] = set()

    def incoming(t: datetime) -> None:
        frm, spf, ip = r.choice(CQ_SENDERS)
        addr = f"{ip}:{port()}"
        to = [user_addr()] if r.random() < 0.9 else [user_addr(), user_addr()]
        t += sec(r.uniform(0.3, 2.5))
        if not spf and (ip, frm, to[0]) not in greylisted:
            greylisted.add((ip, frm, to[0]))
            hook = f"Hook.Post-DATA {addr}"
            t = E(t, "conn.go:907", "exit status %d", f"{hook}: error: exit status 75")
            t = E(t + sec(0.00003), "conn.go:912", "stderr: %q", f'{hook}: stderr: ""')
            t = M(
                t + sec(0.00005),
                "%s rejected from=%s to=%v - greylisted, please try again",
                f"{addr} rejected from={frm} to=[{' '.join(to)}] - greylisted, please try again",
            )
            E(
                t + sec(0.00004),
                "conn.go:346",
                "%s failed: 451  greylisted, please try again",
                f"SMTP.Conn {addr}: error: DATA failed: 451  greylisted, please try again",
            )
            incoming_retry(t + sec(r.uniform(420, 1500)), frm, ip, to)
            return
        if not spf and r.random() < 0.25:
            hook = f"Hook.Post-DATA {addr}"
            t = E(t, "conn.go:907", "exit status %d", f"{hook}: error: exit status 20")
            t = E(t + sec(0.00003), "conn.go:912", "stderr: %q", f'{hook}: stderr: ""')
            t = M(
                t + sec(0.00005),
                "%s rejected from=%s to=%v - spam detected",
                f"{addr} rejected from={frm} to=[{' '.join(to)}] - spam detected",
            )
            E(
                t + sec(0.00004),
                "conn.go:346",
                "%s failed: 554  spam detected",
                f"SMTP.Conn {addr}: error: DATA failed: 554  spam detected",
            )
            return
        accept(t, addr, frm, to)

    def accept(t: datetime, addr: str, frm: str, to: list[str]) -> None:
        t, mid = queued(t, addr, frm, to)
        t0 = t
        for a in to:
            deliver_local(t0, mid, frm, a) if a == to[-1] else E(
                t0 + sec(r.uniform(0.05, 0.2)),
                "queue.go:406",
                "%s sent",
                f"Queue.SendLoop {mid}: {a} sent",
            )

    def incoming_retry(t: datetime, frm: str, ip: str, to: list[str]) -> None:
        if t < T_END:
            accept(t, f"{ip}:{port()}", frm, to)

    def outgoing(
        t: datetime, user: str, rcpt: str, mxs: list[tuple[str, str]], typo: bool = False
    ) -> None:
        frm = f"{user}@{CQ_DOMAINS[0]}"
        addr = f"{ip_mobile()}:{port()}"
        t = M(t, "%s auth succeeded for %s", f"{addr} auth succeeded for {frm}")
        t += sec(r.uniform(0.2, 1.5))
        t, mid = queued(t, addr, frm, [rcpt])
        t = E(t + sec(0.0005), "queue.go:361", "from %s", f"Queue.SendLoop {mid}: from {frm}")
        created = t
        while True:
            if typo:
                t += sec(r.uniform(0.6, 1.4))
                ref = f"41be03b00d2f7-{hexid(r, 11)}si{r.randint(100000, 999999)}a12.{r.randint(100, 400)}"
                err = "MAIL+RCPT " + (CQ_GMAIL_550 % ref)
                t = E(
                    t,
                    "smtp.go:218",
                    "MAIL+RCPT " + CQ_GMAIL_LABEL,
                    f"Courier.SMTP {rcpt}: error: {err}",
                )
                t = E(
                    t + sec(0.0003),
                    "queue.go:397",
                    "%s permanent error: MAIL+RCPT " + CQ_GMAIL_LABEL,
                    f"Queue.SendLoop {mid}: {rcpt} permanent error: {err}",
                )
                t = M(
                    t + sec(0.00005),
                    "%s from=%s to=%s failed (permanent): MAIL+RCPT " + CQ_GMAIL_LABEL,
                    f"{mid} from={frm} to={rcpt} failed (permanent): {err}",
                )
                dsn = b64id(r)
                t2 = E(t + sec(0.002), "queue.go:361", "from %s", f"Queue.SendLoop {dsn}: from <>")
                t = E(
                    t + sec(0.0025),
                    "queue.go:532",
                    "queued DSN: %s",
                    f"Queue.SendLoop {mid}: queued DSN: {dsn}",
                )
                t = E(
                    t + sec(0.0002), "queue.go:392", "all done", f"Queue.SendLoop {mid}: all done"
                )
                M(t + sec(0.00005), "%s from=%s all done", f"{mid} from={frm} all done")
                t2 += sec(r.uniform(0.05, 0.2))
                t2 = E(t2, "queue.go:406", "%s sent", f"Queue.SendLoop {dsn}: {frm} sent")
                t2 = M(t2 + sec(0.00005), "%s from=%s to=%s sent", f"{dsn} from=<> to={frm} sent")
                t2 = E(
                    t2 + sec(0.0002), "queue.go:392", "all done", f"Queue.SendLoop {dsn}: all done"
                )
                M(t2 + sec(0.00005), "%s from=%s all done", f"{dsn} from=<> all done")
                return
            if blocked[0] <= t < blocked[1]:
                last = ""
                for host, ip in mxs:
                    t += sec(60.0 + r.uniform(0.0, 0.004))
                    last = f"Could not dial: dial tcp {ip}:25: i/o timeout"
                    t = E(
                        t,
                        "smtp.go:146",
                        "Could not dial: dial tcp %s: i/o timeout",
                        f"Courier.SMTP {rcpt}: error: {last}",
                    )
                    t = E(
                        t + sec(0.00002),
                        "smtp.go:110",
                        '"%s" returned transient error: Could not dial: dial tcp %s: i/o timeout',
                        f'Courier.SMTP {rcpt}: error: "{host}" returned transient error: {last}',
                    )
                err = f"all MXs returned transient failures (last: {last})"
                t = E(
                    t + sec(0.00002),
                    "smtp.go:115",
                    "all MXs returned transient failures (last: Could not dial: dial tcp %s: i/o timeout)",
                    f"Courier.SMTP {rcpt}: error: {err}",
                )
                t = E(
                    t + sec(0.0002),
                    "queue.go:402",
                    "%s temporary error: all MXs returned transient failures (last: Could not dial: dial tcp %s: i/o timeout)",
                    f"Queue.SendLoop {mid}: {rcpt} temporary error: {err}",
                )
                t = M(
                    t + sec(0.00005),
                    "%s from=%s to=%s failed (temporary): all MXs returned transient failures (last: Could not dial: dial tcp %s: i/o timeout)",
                    f"{mid} from={frm} to={rcpt} failed (temporary): {err}",
                )
                since = (t - created).total_seconds()
                base = 60 if since < 60 else 300 if since < 300 else 600 if since < 600 else 1200
                delay = base + r.uniform(0, 60)
                d = go_dur(delay)
                t = E(
                    t + sec(0.0001),
                    "queue.go:382",
                    "waiting for %v",
                    f"Queue.SendLoop {mid}: waiting for {d}",
                )
                t = M(
                    t + sec(0.00005),
                    "%s from=%s completed loop, next in %v",
                    f"{mid} from={frm} completed loop, next in {d}",
                )
                t += sec(delay)
                continue
            t += sec(r.uniform(0.8, 3.5))
            t = E(t, "queue.go:406", "%s sent", f"Queue.SendLoop {mid}: {rcpt} sent")
            t = M(t + sec(0.00005), "%s from=%s to=%s sent", f"{mid} from={frm} to={rcpt} sent")
            t = E(t + sec(0.0002), "queue.go:392", "all done", f"Queue.SendLoop {mid}: all done")
            M(t + sec(0.00005), "%s from=%s all done", f"{mid} from={frm} all done")
            return

    mobile = ["89.204.137.", "176.0.112.", "31.18.251.", "95.90.205.", "2.207.34."]

    def ip_mobile() -> str:
        return r.choice(mobile) + str(r.randint(2, 254))

    def dictionary(t: datetime) -> None:
        ip = f"{r.choice(['45.148.10', '80.94.95', '141.98.11', '193.32.162'])}.{r.randint(2, 254)}"
        addr = f"{ip}:{port()}"
        frm = r.choice(
            [
                "info@"
                + r.choice(["promo-deals.example", "seo-rank.example", "crypto-yield.example"]),
                f"{alnum(r, 7).lower()}@{r.choice(['mail.ru', 'qq.com'])}",
            ]
        )
        n = r.choice([1, 2, 3, 3, 3])
        for k in range(n):
            t += sec(r.uniform(0.2, 1.5))
            to = f"{r.choice(['sales', 'hr', 'jobs', 'billing', 'accounts', 'marketing', 'ceo', 'it', 'newsletter', 'john', 'mary', 'dave'])}@{CQ_DOMAINS[r.randrange(2)]}"
            t = M(
                t,
                "%s rejected from=%s to=%v - local user does not exist",
                f"{addr} rejected from={frm} to=[{to}] - local user does not exist",
            )
            t = E(
                t + sec(0.00004),
                "conn.go:346",
                "%s failed: 550  5.1.1 Destination address is unknown (user does not exist)",
                f"SMTP.Conn {addr}: error: RCPT failed: 550  5.1.1 Destination address is unknown (user does not exist)",
            )
            if k == 2:
                E(
                    t + sec(0.00002),
                    "conn.go:353",
                    "too many errors, breaking connection",
                    f"SMTP.Conn {addr}: error: too many errors, breaking connection",
                )

    def spray(t: datetime, ip: str) -> datetime:
        addr = f"{ip}:{port()}"
        n = r.choice([1, 3, 3])
        for k in range(n):
            t += sec(r.uniform(0.3, 2.2))
            u = f"{r.choice(CQ_SPRAY_USERS)}@{CQ_DOMAINS[0]}"
            t = M(t, "%s auth failed for %s", f"{addr} auth failed for {u}")
            t = E(
                t + sec(0.00004),
                "conn.go:346",
                "%s failed: 535  5.7.8 Incorrect user or password",
                f"SMTP.Conn {addr}: error: AUTH failed: 535  5.7.8 Incorrect user or password",
            )
            if k == 2:
                t = E(
                    t + sec(0.00002),
                    "conn.go:353",
                    "too many errors, breaking connection",
                    f"SMTP.Conn {addr}: error: too many errors, breaking connection",
                )
        return t

    # incoming mail, the staff's outgoing mail, attacks
    t = T0 + sec(r.uniform(5, 60))
    while t < T_END:
        incoming(t)
        t += sec(r.expovariate(22 / 3600))
    t = T0 + sec(r.uniform(300, 900))
    while t < T_END:
        rcpt, mxs = r.choice(CQ_REMOTE)
        outgoing(t, r.choice(CQ_USERS), rcpt, mxs)
        t += sec(r.expovariate(8 / 3600))
    for tt in [at(8, 14, 3), at(8, 22, 40), at(8, 31, 9)]:
        rcpt, mxs = CQ_REMOTE[r.choice([1, 2, 3])]
        outgoing(tt, r.choice(CQ_USERS), rcpt, mxs)
    for tt, u in [(at(7, 12, 30), "greta"), (at(10, 48, 5), "hugo")]:
        outgoing(tt, u, "m.lopez.1987@gmail.com", CQ_REMOTE[0][1], typo=True)
    t = T0 + sec(r.uniform(60, 400))
    while t < T_END:
        dictionary(t)
        t += sec(r.expovariate(7 / 3600))
    t = at(9, 5, 12)
    bots = [
        f"{a}.{r.randint(2, 254)}"
        for a in ["103.147.184", "45.95.169", "185.196.10", "91.92.246", "194.169.175", "5.181.80"]
    ]
    while t < at(10, 40):
        spray(t, r.choice(bots))
        t += sec(r.expovariate(1 / 52))
    for _ in range(14):
        tp = T0 + sec(r.uniform(0, 21500))
        ip = f"{r.choice(['167.94.138', '162.142.125', '198.235.24', '71.6.199'])}.{r.randint(2, 254)}"
        E(
            tp,
            "conn.go:320",
            "http command, closing connection",
            f"SMTP.Conn {ip}:{port()}: error: http command, closing connection",
        )
    return fs.logs(T0)


# ------------------------------------------------------------------------------- nullmailer

NM_HOSTS = {
    "web01": {
        "pid": 812,
        "ip": "10.0.2.11",
        "senders": [
            ("www-data@web01.corp.example", "ops-alerts@corp.example", 6),
            ("root@web01.corp.example", "sysadmin@corp.example", 3),
        ],
    },
    "web02": {
        "pid": 790,
        "ip": "10.0.2.12",
        "senders": [
            ("www-data@web02.corp.example", "ops-alerts@corp.example", 6),
            ("root@web02.corp.example", "sysadmin@corp.example", 3),
        ],
    },
    "backup01": {
        "pid": 655,
        "ip": "10.0.4.30",
        "senders": [
            ("root@backup01.corp.example", "backups@corp.example", 5),
            ("borgmatic@backup01.corp.example", "backups@corp.example", 4),
        ],
    },
}
NM_REMOTES = ["relay1.corp.example", "relay2.corp.example"]


def postfix_qid(r: random.Random) -> str:
    """A Postfix long queue id."""
    chars = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz"
    return (
        "4Vx"
        + "".join(r.choice(chars) for _ in range(7))
        + "z"
        + "".join(r.choice(chars) for _ in range(3))
    )


def nullmailer(r: random.Random) -> list[Log]:
    """nullmailer-send on two web servers and a backup host, 06:00 to 12:00 (see the docstring)."""
    fs = Files()
    reboot = at(9, 30, 11)
    child = {"web01": 40211, "web02": 41733, "backup01": 43306}

    def L(host: str, pid: int, t: datetime, label: str, msg: str) -> datetime:
        return fs.add(
            f"{host}-mail.log",
            t,
            label,
            lambda x: [f"{rfc3339us(x)} {host} nullmailer[{pid}]: {msg}"],
            (host, pid),
            US,
        )

    def relay_result(host: str, remote: str, t: datetime) -> str:
        """What the protocol module meets at `remote` at t: ok, refused, busy, full, dns, timeout."""
        if host == "web02" and reboot <= t < reboot + sec(365):
            return "dns"
        if remote == "relay1.corp.example":
            if at(8, 20) <= t < at(8, 45):
                return "refused"
            if at(10, 12) <= t < at(10, 20) or at(10, 44) <= t < at(10, 52):
                return "full"
            if at(7, 0, 0) <= t < at(7, 0, 50) and r.random() < 0.6:
                return "busy"
        else:
            if at(8, 31) <= t < at(8, 38):
                return "refused"
            if at(10, 46) <= t < at(10, 50):
                return "timeout"
        return "ok"

    queues: dict[str, list[dict]] = {h: [] for h in NM_HOSTS}

    def run(host: str, pid: int, t: datetime, trigger: bool) -> tuple[datetime, bool]:
        """One queue run (after the trigger or after pausetime); returns the end and whether
        messages remain."""
        q = queues[host]
        if trigger:
            t = L(host, pid, t, "Trigger pulled.", "Trigger pulled.")
        t = L(
            host, pid, t + sec(r.uniform(0.0001, 0.0004)), "Rescanning queue.", "Rescanning queue."
        )
        if not q:
            return t, False
        t = L(
            host,
            pid,
            t + sec(r.uniform(0.0002, 0.001)),
            "Starting delivery, %d message(s) in queue.",
            f"Starting delivery, {len(q)} message(s) in queue.",
        )
        for remote in NM_REMOTES:
            for m in list(q):
                t = L(
                    host,
                    pid,
                    t + sec(r.uniform(0.0003, 0.002)),
                    "Starting delivery: host: %s protocol: %s file: %s",
                    f"Starting delivery: host: {remote} protocol: smtp file: {m['file']}",
                )
                t = L(
                    host,
                    pid,
                    t + sec(r.uniform(0.0001, 0.0006)),
                    "From: <%s> to: <%s>",
                    f"From: <{m['from']}> to: <{m['to']}>",
                )
                t = L(
                    host,
                    pid,
                    t + sec(r.uniform(0.00005, 0.0002)),
                    "Message-Id: <%s>",
                    f"Message-Id: <{m['mid']}>",
                )
                child[host] += r.randint(2, 40)
                cp = child[host]
                res = relay_result(host, remote, t)
                if res == "ok":
                    t = L(
                        host,
                        cp,
                        t + sec(r.uniform(0.05, 0.45)),
                        "smtp: Succeeded: 250 2.0.0 Ok: queued as %s",
                        f"smtp: Succeeded: 250 2.0.0 Ok: queued as {postfix_qid(r)}",
                    )
                    t = L(host, pid, t + sec(r.uniform(0.0005, 0.003)), "Sent file.", "Sent file.")
                    q.remove(m)
                    continue
                if res == "refused":
                    t = L(
                        host,
                        cp,
                        t + sec(r.uniform(0.001, 0.01)),
                        "smtp: Failed: Connect failed",
                        "smtp: Failed: Connect failed",
                    )
                    t = L(
                        host,
                        pid,
                        t + sec(r.uniform(0.0005, 0.002)),
                        "Sending failed: Connection refused",
                        "Sending failed: Connection refused",
                    )
                elif res == "timeout":
                    t = L(
                        host,
                        cp,
                        t + sec(30 + r.uniform(0.001, 0.01)),
                        "smtp: Failed: Connect failed",
                        "smtp: Failed: Connect failed",
                    )
                    t = L(
                        host,
                        pid,
                        t + sec(r.uniform(0.0005, 0.002)),
                        "Sending failed: Connection timed out",
                        "Sending failed: Connection timed out",
                    )
                elif res == "dns":
                    t = L(
                        host,
                        cp,
                        t + sec(r.uniform(0.002, 0.02)),
                        "smtp: Failed: Connect failed",
                        "smtp: Failed: Connect failed",
                    )
                    t = L(
                        host,
                        pid,
                        t + sec(r.uniform(0.0005, 0.002)),
                        "Sending failed: Host not found",
                        "Sending failed: Host not found",
                    )
                elif res == "busy":
                    t = L(
                        host,
                        cp,
                        t + sec(r.uniform(0.01, 0.05)),
                        "smtp: Failed: 421 4.7.0 %s Error: too many connections from %s",
                        f"smtp: Failed: 421 4.7.0 {remote} Error: too many connections from {NM_HOSTS[host]['ip']}",
                    )
                    t = L(
                        host,
                        pid,
                        t + sec(r.uniform(0.0005, 0.002)),
                        "Sending failed: Temporary error in sending the message",
                        "Sending failed: Temporary error in sending the message",
                    )
                else:
                    t = L(
                        host,
                        cp,
                        t + sec(r.uniform(0.08, 0.3)),
                        "smtp: Failed: 451 4.3.0 Error: queue file write error",
                        "smtp: Failed: 451 4.3.0 Error: queue file write error",
                    )
                    t = L(
                        host,
                        pid,
                        t + sec(r.uniform(0.0005, 0.002)),
                        "Sending failed: Temporary error in sending the message",
                        "Sending failed: Temporary error in sending the message",
                    )
            if not q:
                break
        t = L(
            host,
            pid,
            t + sec(r.uniform(0.0002, 0.001)),
            "Delivery complete, %d message(s) remain.",
            f"Delivery complete, {len(q)} message(s) remain.",
        )
        return t, bool(q)

    for host, cfg in NM_HOSTS.items():
        # the messages each host queues: its own traffic, cron.daily at 06:25, the 07:00 cron burst
        arrivals: list[tuple[datetime, str, str]] = []
        senders = cfg["senders"]
        rate = 9 if host != "backup01" else 7
        t = T0 + sec(r.uniform(30, 600))
        while t < T_END:
            frm, to, _ = r.choices(senders, [w for *_, w in senders])[0]
            arrivals.append((t, frm, to))
            t += sec(r.expovariate(rate / 3600))
        root = next(s for s in senders if s[0].startswith("root@"))
        for tb, n in [(at(6, 25, 1.5), 2), (at(7, 0, 1.1), 3)]:
            for k in range(n):
                arrivals.append((tb + sec(r.uniform(0.2, 12) * (k + 1)), root[0], root[1]))
        for tt in [at(8, 22, 10), at(8, 33, 2), at(8, 36, 30)]:  # the monitoring's alerts
            arrivals.append((tt + sec(r.uniform(0, 50)), senders[0][0], senders[0][1]))
        if host == "web02":  # @reboot jobs and apt's notice after the 09:30 reboot
            for k in range(3):
                arrivals.append((reboot + sec(55 + 70 * k + r.uniform(0, 20)), root[0], root[1]))
        if host == "web01":  # alerts while relay1's disk fills again and relay2 drops
            for tt in [at(10, 46, 40), at(10, 48, 12)]:
                arrivals.append((tt, senders[0][0], senders[0][1]))
        if host == "backup01":
            for h in range(6, 12):
                arrivals.append(
                    (
                        at(h, 5, r.uniform(20, 50)),
                        "borgmatic@backup01.corp.example",
                        "backups@corp.example",
                    )
                )
        arrivals.sort()
        pid = cfg["pid"]
        busy_until = T0
        retry_at: datetime | None = None  # pausetime after a run that left messages
        trigger_at: datetime | None = None  # a trigger pulled while a run was going on
        i = 0
        while True:
            nxt = arrivals[i][0] if i < len(arrivals) else None
            due = min((x for x in (retry_at, trigger_at) if x is not None), default=None)
            if due is not None and (nxt is None or due <= nxt):
                if due >= T_END:
                    break
                pulled = due == trigger_at
                t, left = run(host, pid, max(due, busy_until), pulled)
                busy_until = t
                trigger_at = None
                retry_at = t + sec(60 + r.uniform(0.0, 0.01)) if left else None
                continue
            if nxt is None:
                break
            ta, frm, to = arrivals[i]
            i += 1
            if ta >= T_END or (host == "web02" and reboot - sec(120) <= ta < reboot + sec(40)):
                continue
            if host == "web02" and ta >= reboot and pid == cfg["pid"]:
                pid = 701
                L(host, pid, reboot + sec(14.2), "Rescanning queue.", "Rescanning queue.")
            epoch = int(ta.timestamp())
            qpid = r.randint(3000, 65000)
            if frm.startswith("www-data"):
                mid = f"{hexid(r, 32)}@{frm.split('@')[1]}"
            else:
                mid = f"{epoch}.{qpid}.nullmailer@{frm.split('@')[1]}"
            queues[host].append({"file": f"{epoch}.{qpid}", "from": frm, "to": to, "mid": mid})
            if ta < busy_until:
                trigger_at = busy_until + sec(r.uniform(0.0001, 0.001))
                continue
            t, left = run(host, pid, ta + sec(r.uniform(0.002, 0.02)), True)
            busy_until = t
            retry_at = t + sec(60 + r.uniform(0.0, 0.01)) if left else None
    return fs.logs(T0)


# -------------------------------------------------------------------------------- saslauthd

SA_SOCKET = "/var/spool/postfix/var/run/saslauthd/mux"
SA_FILTER = "(&(uid=%s)(objectClass=inetOrgPerson))"
SA_SPRAY = [
    "admin",
    "info",
    "test",
    "office",
    "support",
    "sales",
    "contact",
    "webmaster",
    "postmaster",
    "user",
    "mail",
    "noreply",
    "hr",
    "billing",
    "scanner",
    "printer",
    "backup",
    "marketing",
    "it",
    "root",
]
SA_STAFF = ["jkeller", "pramos", "mweiss", "tnguyen", "lferreira", "okowalski", "sdubois", "aahmed"]
SA_LEGACY_USERS = {"root", "backup", "mail", "jkeller"}  # local accounts on the legacy host


def saslauthd(r: random.Random) -> list[Log]:
    """saslauthd on two submission hosts, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    smtp1, legacy = "smtp1-auth.log", "smtp-legacy-auth.log"
    restart = at(9, 20, 14.6)
    ldap_down = (at(9, 12, 5), at(9, 15, 40))

    def S1(t: datetime, pid: int, ident: str, label: str, msg: str) -> datetime:
        return fs.add(
            smtp1,
            t,
            label,
            lambda x: [f"{rfc3339us(x)} smtp1 {ident}[{pid}]: {msg}"],
            ("smtp1", pid),
            US,
        )

    def S2(t: datetime, pid: int, ident: str, label: str, msg: str) -> datetime:
        return fs.add(
            legacy,
            t,
            label,
            lambda x: [f"{trad(x)} smtp-legacy {ident}[{pid}]: {msg}"],
            ("legacy", pid),
            SEC,
        )

    def fn(name: str) -> str:
        return f"{name:<16}: "

    # ---- smtp1: the LDAP mechanism
    bound: dict[int, bool] = {}

    def workers1(t: datetime) -> list[int]:
        return [905, 906, 907, 908, 909] if t < restart else [2417, 2418, 2419, 2420, 2421]

    def ldap_attempt(t: datetime, user: str, realm: str, exists: bool) -> None:
        pid = r.choice(workers1(t))
        shown = f"{user}/corp.example"
        if ldap_down[0] <= t < ldap_down[1]:
            if bound.get(pid, True):
                t = S1(
                    t,
                    pid,
                    "saslauthd",
                    "user ldap_search_st() failed: Can't contact LDAP server",
                    "user ldap_search_st() failed: Can't contact LDAP server",
                )
            else:
                t = S1(
                    t + sec(r.uniform(0.001, 0.01)),
                    pid,
                    "saslauthd",
                    "ldap_simple_bind() failed %d (Can't contact LDAP server).",
                    "ldap_simple_bind() failed -1 (Can't contact LDAP server).",
                )
            bound[pid] = False
            t = S1(
                t + sec(0.00003),
                pid,
                "saslauthd",
                "Retrying authentication",
                "Retrying authentication",
            )
            t = S1(
                t + sec(r.uniform(0.001, 0.01)),
                pid,
                "saslauthd",
                "ldap_simple_bind() failed %d (Can't contact LDAP server).",
                "ldap_simple_bind() failed -1 (Can't contact LDAP server).",
            )
            t = S1(
                t + sec(0.00003),
                pid,
                "saslauthd",
                "Authentication failed for %s/%s: Retry condition (ldap server connection reset or broken) (%d)",
                f"Authentication failed for {shown}: Retry condition (ldap server connection reset or broken) (-3)",
            )
        else:
            bound[pid] = True
            if not exists:
                t = S1(
                    t + sec(r.uniform(0.001, 0.006)),
                    pid,
                    "saslauthd",
                    "Entry not found (%s).",
                    f"Entry not found ({SA_FILTER % user}).",
                )
                t = S1(
                    t + sec(0.00003),
                    pid,
                    "saslauthd",
                    "Authentication failed for %s/%s: User not found (%d)",
                    f"Authentication failed for {shown}: User not found (-6)",
                )
            else:
                t = S1(
                    t + sec(r.uniform(0.002, 0.01)),
                    pid,
                    "saslauthd",
                    "Authentication failed for %s/%s: Bind to ldap server failed (invalid user/password or insufficient access) (%d)",
                    f"Authentication failed for {shown}: Bind to ldap server failed (invalid user/password or insufficient access) (-7)",
                )
        S1(
            t + sec(0.00004),
            pid,
            "saslauthd",
            "auth failure: [user=%s] [service=%s] [realm=%s] [mech=%s] [reason=Unknown]",
            f"{fn('do_auth')}auth failure: [user={user}] [service=smtp] [realm={realm}] [mech=ldap] [reason=Unknown]",
        )

    # the password spray, in waves from a rotating botnet, and the staff's typos
    t = T0 + sec(r.uniform(5, 40))
    while t < T_END:
        if restart <= t < restart + sec(3):
            t += sec(3)
            continue
        user = r.choice(SA_SPRAY)
        ldap_attempt(t, user, r.choice(["", "corp.example"]), False)
        wave = 1.0 if (t.hour, t.minute // 20) in {(7, 1), (8, 2), (10, 0), (11, 1)} else 0.0
        t += sec(r.expovariate(1 / (20 if wave else 70)))
    for _ in range(26):
        tt = T0 + sec(r.uniform(60, 21500))
        ldap_attempt(tt, r.choice(SA_STAFF), "corp.example", True)
    for tt in every(
        r, ldap_down[0] - sec(20), ldap_down[1] + sec(10), 9, 6
    ):  # Postfix's clients retrying
        ldap_attempt(tt, r.choice(SA_STAFF), "corp.example", True)
    # saslauthd restarted at 09:20
    S1(restart, 905, "saslauthd", "master exited: %d", f"{fn('server_exit')}master exited: 905")
    tr = S1(
        restart + sec(0.41),
        2417,
        "saslauthd",
        "master pid is: %lu",
        f"{fn('detach_tty')}master pid is: 2417",
    )
    S1(
        tr + sec(0.0006),
        2417,
        "saslauthd",
        "listening on socket: %s",
        f"{fn('ipc_init')}listening on socket: {SA_SOCKET}",
    )

    # ---- smtp-legacy: PAM with the realm joined to the login
    def pam_attempt(t: datetime, login: str, realm: str) -> None:
        pid = r.choice([1312, 1313, 1314, 1315, 1316])
        user = f"{login}@{realm}" if realm else login
        if login in SA_LEGACY_USERS and not realm:
            t = S2(
                t,
                pid,
                "saslauthd",
                "authentication failure; logname=%s uid=%d euid=%d tty=%s ruser=%s rhost=%s  user=%s",
                f"pam_unix(smtp:auth): authentication failure; logname= uid=0 euid=0 tty= ruser= rhost=  user={user}",
            )
            t = S2(
                t + sec(r.uniform(1.9, 2.3)),
                pid,
                "saslauthd",
                "DEBUG: auth_pam: pam_authenticate failed: Authentication failure",
                "DEBUG: auth_pam: pam_authenticate failed: Authentication failure",
            )
        else:
            t = S2(
                t,
                pid,
                "saslauthd",
                "check pass; user unknown",
                "pam_unix(smtp:auth): check pass; user unknown",
            )
            t = S2(
                t + sec(0.001),
                pid,
                "saslauthd",
                "authentication failure; logname=%s uid=%d euid=%d tty=%s ruser=%s rhost=%s ",
                "pam_unix(smtp:auth): authentication failure; logname= uid=0 euid=0 tty= ruser= rhost= ",
            )
            t = S2(
                t + sec(r.uniform(1.9, 2.3)),
                pid,
                "saslauthd",
                "DEBUG: auth_pam: pam_authenticate failed: User not known to the underlying authentication module",
                "DEBUG: auth_pam: pam_authenticate failed: User not known to the underlying authentication module",
            )
        S2(
            t + sec(0.001),
            pid,
            "saslauthd",
            "auth failure: [user=%s] [service=%s] [realm=%s] [mech=%s] [reason=PAM auth error]",
            f"{fn('do_auth')}auth failure: [user={user}] [service=smtp] [realm={realm}] [mech=pam] [reason=PAM auth error]",
        )

    t = T0 + sec(r.uniform(30, 200))
    while t < T_END:
        login = r.choice(SA_SPRAY)
        pam_attempt(t, login, r.choice(["", "", "legacy.corp.example"]))
        t += sec(r.expovariate(1 / 150))
    for _ in range(6):  # an old scanner still configured with the previous password
        pam_attempt(T0 + sec(r.uniform(0, 21500)), "jkeller", "")

    # ---- cron's sessions in both files
    cpid = {"smtp1": 31200, "legacy": 52100}
    for tc in every(r, T0 + sec(1), T_END, 600, 0.4):
        cpid["smtp1"] += r.randint(20, 90)
        p = cpid["smtp1"]
        t = S1(
            tc,
            p,
            "CRON",
            "session opened for user %s(uid=%d) by %s(uid=%d)",
            "pam_unix(cron:session): session opened for user root(uid=0) by (uid=0)",
        )
        S1(
            t + sec(r.uniform(0.3, 4)),
            p,
            "CRON",
            "session closed for user %s",
            "pam_unix(cron:session): session closed for user root",
        )
    for tc in every(r, T0 + sec(1), T_END, 300, 0.4):
        cpid["legacy"] += r.randint(10, 60)
        p = cpid["legacy"]
        t = S2(
            tc,
            p,
            "CRON",
            "session opened for user %s by %s(uid=%d)",
            "pam_unix(cron:session): session opened for user root by (uid=0)",
        )
        S2(
            t + sec(r.uniform(1, 6)),
            p,
            "CRON",
            "session closed for user %s",
            "pam_unix(cron:session): session closed for user root",
        )
    return fs.logs(T0)


SYSTEMS = {
    "postal": postal,
    "mailpit": mailpit,
    "chasquid": chasquid,
    "nullmailer": nullmailer,
    "saslauthd": saslauthd,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
