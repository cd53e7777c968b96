#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 134 (spamassassin, opendkim, postgrey, sympa, courier-imap)
into bench/heldout/, the same way and under the same label rules as generate.py
(bench/README.md, "heldout.py"): each program's log is simulated from its format strings over a
seeded run, and every line that starts an event is labelled with the format string that wrote
it as it is written. Distinct calls of one process never share a timestamp at the log's
resolution (round 53's Clock, kept per process and per file). Five mail-side programs, 06:00 to
12:00 on 2024-06-07. None was in the set (amavis, clamav, cyrus-imapd, dovecot, exim, mailman,
postfix, rspamd and sendmail are); no system was replaced.

- SpamAssassin 3.4.6's spamd on two Ubuntu 22.04 relays behind Postfix (spamc as a pipe
  content filter): mx1's spamd writes its own file (`--syslog=/var/log/spamd.log`,
  Mail::SpamAssassin::Logger::File: `Fri Jun  7 06:00:01 2024 [2211] info: spamd: ...`, ctime,
  the pid in brackets, the level, runs of blanks squeezed to one), mx2's spamd and spamc go to
  syslog and an rsyslog rule puts them in /var/log/spamd.log (`Jun  7 06:00:01 mx2
  spamd[1203]: spamd: ...`). Per message the child's `spamd: connection from %s [%s]:%s to port
  %s, fd %s`, `setuid to %s succeeded`, `processing message %s for %s:%s`, `clean message` /
  `identified spam (%s/%s) for %s:%s in %s seconds, %s bytes.` and the `result: . ` / `result: Y`
  summary with its tests and `key=value` list, and the parent's `prefork: child states: %s`;
  sa-update's cron.daily reload at 06:25 (SIGHUP: `server hit by SIGHUP, restarting`, the
  children killed, `restarting using '%s'`, `server started on %s (running version %s)`, `server
  pid: %s`, children spawned); a snowshoe spam run on mx1 08:10-08:50 (more children spawned,
  `prefork: server reached --max-children setting, consider raising it`, idle ones reaped:
  `handled cleanup of child pid %s due to SIGCHLD`); on mx2 a monitoring job's `spamc -c` with
  GTUBE every 15 minutes without a user (`still running as root: ...`, `checking message`), a
  restart at 09:05 (SIGTERM) with a typo in local.cf (`config: failed to parse line, skipping,
  in "%s": %s`) while spamc retries (`connect to spamd on %s failed, retrying (#%d of %d):
  Connection refused`, `connection attempt to spamd aborted after %d retries`), and a reload at
  09:41 after the fix.
- OpenDKIM 2.11.0 on Debian 12 (LogWhy and SyslogSuccess on), an rsyslog rule putting its lines
  in /var/log/opendkim.log with Debian's RFC 3339 times (`2024-06-07T06:00:01.123456+02:00 mx1
  opendkim[812]: 4Vx9...: ...`): mx1 verifies inbound mail (`%s: %s [%s] not internal`, `%s:
  not authenticated`, then `DKIM verification successful`, `no signature data`, `bad signature
  data` after `%s s=%s d=%s SSL error:...` and `message has signatures from %s`, `key retrieval
  failed (s=%s, d=%s): '%s' record not found`), its resolver down 07:12-07:24 (`... '%s' query
  timed out`), and a restart at 11:20 (`OpenDKIM Filter: mi_stop=1`, `... terminating with
  status %d, errno = %d`, `OpenDKIM Filter v%s starting (args: %s)`); out1 signs outbound
  mail (`DKIM-Signature field added (s=%s, d=%s)`, `no signing table match for '%s'` for a
  customer domain without a key), and a deploy at 08:30 makes its keys group-readable
  (`%s: key data is not secure: %s can be read or written by other users`, `%s: error loading
  key '%s'` for every message until the fix and a restart at 08:52, then the deferred mail).
- Postgrey 1.37 on the two relays, `journalctl -u postgrey` (`Jun 07 06:00:01 mx1
  postgrey[901]: action=greylist, reason=new, client_name=..., ...`): every RCPT's
  `action=... reason=...` line with the fields present (a bounce's empty sender is left out),
  `triplet found, delay=%s` on the first retry, `early-retry (%ss missing)`, client and recipient
  whitelists, `client AWL` and `whitelisted: %s`; the hourly `cleaning up old logs...` and the
  night's key cleanup at the first maintenance before 07:00 (`cleaning main database finished.
  before: %s, after: %s`); a bad line in whitelist_clients.local on mx1 at 08:45 (systemd's
  `Reloading %s...`, `HUP received: reloading whitelists...`, `WARNING: %s line %s: doesn't look
  like a hostname`), fixed at 09:20; mx2 restarted at 10:30 for an upgrade (Net::Server's `%s
  Server closing!`, `Couldn't unlink "%s" [Permission denied]`, `Process Backgrounded`, `%s %s
  (type %s) starting! pid(%s)`, `Resolved [%s]:%s to [%s]:%s, IPv%s`, `Binding to %s port %s on
  host %s with IPv%s`, `Setting gid to "%s %s"`, `Setting uid to "%s"`, and systemd's lines).
- Sympa 6.2.66 on Ubuntu 22.04 (`sympa.log`: the local1 facility in /var/log/sympa.log,
  `Jun  7 06:00:01 lists sympa_msg[1411]: notice Sympa::Spindle::ProcessIncoming::_twist()
  Processing Sympa::Message <...>; envelope_sender=...`): each post's `Processing %s;
  envelope_sender=%s; message_id=%s; sender=%s`, `Message %s is stored into bulk spool as <%s>`,
  `Message %s for %s from %s accepted (%.2f seconds, %d sessions, %d subscribers), message ID=%s,
  size=%d` (sympa_msg), `Processing %s; sender: %s; message ID: %s` and `Archiving %s for list
  %s` (archived), `Start sending message %s to %s (priority %s) (starting %s seconds after
  scheduled expedition date)` and `Done sending message ... in %s seconds since scheduled
  expedition date` (bulk); subscriptions and signoffs (`SUB %s from %s accepted (%.2f seconds,
  %d subscribers)`, `SIG ...`), posts from non-members refused (`Message %s for %s from %s
  rejected(%s) because sender not allowed`), bounces (`VERP in use: bounce %s related to <%s>
  for list %s`, `Received bounce for email address %s, list %s`), posts to a mistyped list (`List
  %s does not exist`, at err with the caller chain); MariaDB restarted 09:12-09:16 (`Can't
  connect to Database %s, still trying...`, `Connection to Database %s restored`), the 10:00
  announcement to 4,812 members forking child bulks (`Important workload: ...`, `Will fork: %s`,
  `Starting bulk child daemon, PID %s`, `Bulk slave daemon started with PID %s`, `Too many open
  SMTP (%s), calling reaper`, `Process %s didn't send any message since %s seconds, exiting`),
  the staff list's send scenario broken 10:05-10:48 (`Message %s ignored because unable to
  evaluate scenario "send" for list %s`), and task_manager's hourly session purge (`Running task
  %s`, `%s row removed in session_table`, `line %s of %s: next(%s, %s)`, `--> new task %s`).
- Courier-IMAP 5.0 with courier-authlib 0.71 (authmysql) on two Debian 12 IMAP servers that do
  nothing else (`imap1-mail.log`, `imap2-mail.log`: `Jun  7 06:00:01 imap1 imapd: LOGIN,
  user=...`, courierlogger's idents and no pid): Roundcube's short STARTTLS sessions (`Connection,
  ip=[%s]`, `LOGIN, user=%s, ip=[%s], port=[%s], protocol=%s`, `LOGOUT, user=%s, ip=[%s],
  headers=%lu, body=%lu, rcvd=%lu, sent=%lu, time=%s, starttls=1`), phones' IDLE sessions over
  imapd-ssl ending `DISCONNECTED` or `TIMEOUT` without the starttls field, desktop clients; a
  password guesser on imap1 09:00-09:24 (`LOGIN FAILED, user=%s, ip=[%s]`, the pre-login
  `LOGOUT, ip=[%s], rcvd=%lu, sent=%lu`, `Maximum connection limit reached for %s`); imap2's
  authdaemond restarted at 07:40 with a wrong database password (authdaemond's `stopping
  authdaemond children`, `modules="%s", daemons=%d`, `Installing %s`, `Installation complete:
  %s`, the gap's `authdaemon: s_connect() failed: Connection refused` and `[Hint: perhaps
  authdaemond is not running?]`, then `failed to connect to mysql server (server=%s, userid=%s):
  Access denied for user '%s'@'%s' (using password: YES)` and `authentication error:
  Input/output error` for every login) until 07:52; the database failing over 10:10-10:12 (`...
  Can't connect to MySQL server on '%s' (%d)`); TLS handshakes failing (`couriertls: accept:
  error:...`).

Label notes. The log heads are context: the syslog, journal and RFC 3339 heads (time, host,
ident and pid), SpamAssassin's file head (ctime, `[pid]`, level), Sympa's level word and the
caller the logger puts before the message (`Sympa::Spindle::ProcessIncoming::_twist()` at notice
and info, the `main::#263 > Sympa::Spindle::spin#95 > ...` chain at err). spamd's `spamd: ` and
`prefork: ` are written literally in each message: wording. `clean message` / `identified spam`
and the result's `Y` / `.` are picked by branch: wording, two labels each; `%2d` is the score.
The result's test list and `key=value` list are values. A message built by joining the fields
present is one label per shape: Postgrey's `action=...` lines (the reason words are the call
site's literals; `delay=` is there only on the first pass; an empty sender is left out),
Courier's `..., time=%s, starttls=1` beside `..., time=%s` and its `LOGOUT` / `DISCONNECTED` /
`TIMEOUT` word (passed by the call site). An error's text contributes its own format: libspamc's
strerror (`Connection refused`), OpenSSL's error strings, libopendkim's `'%s' query timed out` /
`'%s' record not found`, opendkim's key check (`%s can be read or written by other users`),
MySQL's `Access denied for user '%s'@'%s' (using password: YES)` and `Can't connect to MySQL
server on '%s' (%d)`, perror's `Input/output error`. Objects Sympa formats with `%s` print as
`Sympa::Message <id>`, `Sympa::List <name@domain>`, `Sympa::Task <...>` and
`Sympa::DatabaseDriver::MySQL <db_host=...>`: values. Net::Server's start line takes its time,
class and server type as values. systemd's unit lines follow rounds 39 and 129.

Least sure (written from the helper's knowledge; spamd.raw, libspamc.c, Conf/Parser.pm and the
File and Syslog loggers, opendkim.c's dkimf_libstatus and dkimf_log_ssl_errors, Postgrey 1.33's
source, Sympa's Log.pm, Spindle and Mailer modules, Database.pm and request handlers, Courier's
imaplogin.c, imapd's bye_msg, couriertcpd's limit, authdaemonlib.c and authmysqllib.c were checked
against copies of their sources, and lines of each against real logs quoted in forums): whether
3.4.6's connection line is `[%s]:%s to port %s, fd %s` (trunk writes `[%s] at port %s`), its
`prefork: child states:` level (info in 3.4, debug in old copies), `server INET socket closed`
with two listen sockets, the max-children warning's wording; opendkim's `message has signatures
from %s` being logged only beside a failed signature, the OpenSSL 3 error codes, the key check's
prefix (the key's name); Postgrey 1.37's systemd unit (Debian ships an init script: the unit's
description here is `Postfix Greylisting Service`) and Net::Server 2.x's start-up lines; Sympa
6.2.66's spool ids inside `Sympa::Message <...>`, the caller chains' line numbers, the task's
name, the priority values; Courier's `protocol=IMAP` for imapd-ssl, MariaDB's client error texts
(`Can't connect to MySQL server on '%s' (%d)`), the couriertls error texts under OpenSSL 3.
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round97 import Files, sec, syslog_ts


def at(h: int, m: int, s: float = 0) -> datetime:
    """An instant of 2024-06-07, the day every system of the round runs (wall clock)."""
    return datetime(2024, 6, 7, h, m, tzinfo=UTC) + timedelta(seconds=s)


def poisson(r: random.Random, t0: datetime, t1: datetime, mean: float) -> list[datetime]:
    """Instants between t0 and t1, `mean` seconds apart on average."""
    out, t = [], t0
    while True:
        t += timedelta(seconds=r.expovariate(1 / mean))
        if t >= t1:
            return out
        out.append(t)


def journal_ts(t: datetime) -> str:
    """journalctl's short format: the day zero-padded (`Jun 07 06:00:01`)."""
    return f"{t:%b %d %H:%M:%S}"


def rfc3339(t: datetime) -> str:
    """rsyslog's RFC 3339 high-precision time, Debian 12's default (`...T06:00:01.123456+02:00`)."""
    return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}+02:00"


def ctime(t: datetime) -> str:
    """Perl's scalar localtime (`Fri Jun  7 06:00:01 2024`)."""
    return f"{t:%a %b} {t.day:2d} {t:%H:%M:%S %Y}"


def queue_id(r: random.Random) -> str:
    """A Postfix queue id (short form)."""
    return hexid(r, r.choice([10, 11])).upper()


FIRST = [
    "anna", "marco", "julia", "tom", "lena", "felix", "sara", "jonas", "mia", "paul",
    "laura", "david", "nina", "lukas", "eva", "simon", "clara", "ben", "hannah", "max",
]  # fmt: skip
LAST = [
    "mueller", "schmidt", "weber", "fischer", "wagner", "becker", "hoffmann", "koch",
    "richter", "klein", "wolf", "neumann", "braun", "zimmermann", "krause", "lang",
]  # fmt: skip


def person(r: random.Random) -> str:
    return f"{r.choice(FIRST)}.{r.choice(LAST)}"


def msgid(r: random.Random, t: datetime, domain: str) -> str:
    kind = r.random()
    if domain == "gmail.com":
        return f"<CA{hexid(r, 2).upper()}{''.join(r.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+') for _ in range(40))}@mail.gmail.com>"
    if kind < 0.4:
        return f"<{t:%Y%m%d%H%M%S}.{hexid(r, 10).upper()}@{domain}>"
    if kind < 0.7:
        return f"<{hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 12)}@{domain}>"
    return f"<0100018f{hexid(r, 8)}-{hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 12)}-000000@email.amazonses.com>"


# --------------------------------------------------------------------------------- spamassassin

SA_HAM_TESTS = [
    "DKIM_SIGNED", "DKIM_VALID", "DKIM_VALID_AU", "DKIM_VALID_EF", "HTML_MESSAGE",
    "RCVD_IN_DNSWL_NONE", "RCVD_IN_MSPIKE_H2", "SPF_HELO_NONE", "SPF_PASS", "MAILING_LIST_MULTI",
    "T_SCC_BODY_TEXT_LINE", "URIBL_BLOCKED", "RCVD_IN_DNSWL_LOW", "FREEMAIL_FROM",
    "HTML_FONT_LOW_CONTRAST", "T_KAM_HTML_FONT_INVALID", "DMARC_PASS", "ARC_SIGNED", "ARC_VALID",
]  # fmt: skip
SA_SPAM_TESTS = [
    "RCVD_IN_SBL_CSS", "URIBL_ABUSE_SURBL", "URIBL_DBL_SPAM", "HTML_IMAGE_ONLY_24", "RDNS_NONE",
    "FREEMAIL_FORGED_REPLYTO", "PYZOR_CHECK", "RAZOR2_CF_RANGE_51_100", "RAZOR2_CHECK",
    "MIME_HTML_ONLY", "SUBJ_ALL_CAPS", "FROM_SUSPICIOUS_NTLD", "T_REMOTE_IMAGE", "SPF_FAIL",
    "HTML_MESSAGE", "URIBL_BLACK", "RCVD_IN_PBL", "KAM_DMARC_STATUS", "SPOOFED_FREEMAIL",
    "FROM_FMBLA_NEWDOM", "BODY_URI_ONLY", "DCC_CHECK",
]  # fmt: skip
SA_HAM_DOMAINS = [
    "gmail.com", "example-partner.de", "github.com", "mail.linkedin.com", "uni-hamburg.de",
    "posteo.de", "web.de", "stripe.com", "atlassian.net", "example-logistics.com",
]  # fmt: skip
SA_SPAM_DOMAINS = [
    "promo-deals.shop", "crypto-yield.top", "parcel-notify.info", "mx.bestpharm.ru",
    "secure-update.click", "invoice-center.xyz",
]  # fmt: skip
SA_CMD = (
    "/usr/sbin/spamd --create-prefs --max-children 5 --helper-home-dir -d --pidfile=/run/spamd.pid"
)


def spamassassin(r: random.Random) -> list[Log]:
    """spamd on mx1 (its own file) and mx2 (syslog with spamc), 06:00 to 12:00: sa-update's reload
    at 06:25 on both, a spam run on mx1 08:10-08:50, a GTUBE check every 15 minutes on mx2, mx2
    restarted at 09:05 with a local.cf typo and reloaded at 09:41."""
    fs = Files()
    parent = {"mx1": 1187, "mx2": 1203}
    uid = {"mx1": 118, "mx2": 121}
    kids: dict[str, list[int]] = {"mx1": [1192, 1193], "mx2": [1208, 1209]}
    served: dict[int, int] = {}
    busy_until: dict[int, datetime] = {}
    nextpid = {"mx1": 30211, "mx2": 28744}

    def L(h: str, t: datetime, pid: int, level: str, label: str, msg: str) -> datetime:
        if h == "mx1":
            line = re.sub(r"[\t ]+", " ", msg)
            return fs.add(
                "mx1-spamd.log",
                t,
                label,
                lambda x: [f"{ctime(x)} [{pid}] {level}: {line}"],
                ("mx1", pid),
                1_000_000,
            )
        return fs.add(
            "mx2-spamd.log",
            t,
            label,
            lambda x: [f"{syslog_ts(x)} mx2 spamd[{pid}]: {msg}"],
            ("mx2", "spamd", pid),
            1_000_000,
        )

    def spamc(t: datetime, pid: int, label: str, msg: str) -> datetime:
        return fs.add(
            "mx2-spamd.log",
            t,
            label,
            lambda x: [f"{syslog_ts(x)} mx2 spamc[{pid}]: {msg}"],
            ("mx2", "spamc", pid),
            1_000_000,
        )

    def states(h: str, t: datetime, busy: int = 0) -> datetime:
        n = len(kids[h])
        s = "B" * min(busy, n) + "I" * (n - min(busy, n))
        return L(
            h, t, parent[h], "info", "prefork: child states: %s", f"prefork: child states: {s}"
        )

    def spawn(h: str, t: datetime) -> datetime:
        nextpid[h] += r.randint(3, 40)
        p = nextpid[h]
        kids[h].append(p)
        served[p] = 0
        return L(
            h,
            t,
            parent[h],
            "info",
            "spamd: server successfully spawned child process, pid %s",
            f"spamd: server successfully spawned child process, pid {p}",
        )

    def reap(h: str, t: datetime, p: int) -> datetime:
        kids[h].remove(p)
        return L(
            h,
            t,
            parent[h],
            "info",
            "spamd: handled cleanup of child pid %s due to SIGCHLD",
            f"spamd: handled cleanup of child pid {p} due to SIGCHLD",
        )

    def start(h: str, t: datetime, typo: bool = False) -> datetime:
        if typo:
            t = L(
                h,
                t,
                parent[h],
                "warn",
                'config: failed to parse line, skipping, in "%s": %s',
                'config: failed to parse line, skipping, in "/etc/spamassassin/local.cf": whitelist_form *@example-partner.de',
            )
        t = L(
            h,
            t + sec(r.uniform(4, 7)),
            parent[h],
            "info",
            "spamd: server started on %s (running version %s)",
            "spamd: server started on IO::Socket::IP [127.0.0.1]:783, IO::Socket::IP [::1]:783 (running version 3.4.6)",
        )
        t = L(
            h,
            t + sec(0.01),
            parent[h],
            "info",
            "spamd: server pid: %s",
            f"spamd: server pid: {parent[h]}",
        )
        kids[h] = []
        for _ in range(2):
            t = spawn(h, t + sec(0.02))
        return states(h, t + sec(1.2))

    def hup(h: str, t: datetime) -> datetime:
        t = L(
            h,
            t,
            parent[h],
            "info",
            "spamd: server hit by SIGHUP, restarting",
            "spamd: server hit by SIGHUP, restarting",
        )
        for p in list(kids[h]):
            t = L(
                h,
                t + sec(0.05),
                parent[h],
                "info",
                "spamd: child %s killed successfully",
                f"spamd: child {p} killed successfully",
            )
        t = L(
            h,
            t + sec(0.01),
            parent[h],
            "info",
            "spamd: server INET socket closed",
            "spamd: server INET socket closed",
        )
        t = L(
            h,
            t + sec(0.01),
            parent[h],
            "warn",
            "spamd: restarting using '%s'",
            f"spamd: restarting using '{SA_CMD}'",
        )
        return t

    def scan(h: str, t: datetime, spam: bool, gtube: bool = False) -> datetime:
        idle = [p for p in kids[h] if busy_until.get(p, t0) <= t]
        if not idle:
            if len(kids[h]) < 5:
                spawn(h, t)
                idle = [kids[h][-1]]
            else:
                L(
                    h,
                    t,
                    parent[h],
                    "warn",
                    "prefork: server reached --max-children setting, consider raising it",
                    "prefork: server reached --max-children setting, consider raising it",
                )
                t = min(busy_until[p] for p in kids[h]) + sec(0.1)
                idle = [p for p in kids[h] if busy_until.get(p, t0) <= t]
        c = min(idle)
        port = r.randint(32768, 60999)
        rhost, raddr = ("localhost", "127.0.0.1") if h == "mx1" else ("ip6-localhost", "::1")
        ts = L(
            h,
            t,
            c,
            "info",
            "spamd: connection from %s [%s]:%s to port %s, fd %s",
            f"spamd: connection from {rhost} [{raddr}]:{port} to port 783, fd {r.choice([5, 5, 6, 7])}",
        )
        user = "debian-spamd"
        u = uid[h]
        if gtube:
            ts = L(
                h,
                ts,
                c,
                "warn",
                "spamd: still running as root: user not specified with -u, not found, or set to root, falling back to nobody",
                "spamd: still running as root: user not specified with -u, not found, or set to root, falling back to nobody",
            )
            user, u = "(unknown)", 65534
            mid = f"<gtube-check.{int(t.timestamp())}@mx2.example.org>"
            ts = L(
                h,
                ts,
                c,
                "info",
                "spamd: checking message %s for %s:%s",
                f"spamd: checking message {mid} for {user}:{u}",
            )
            score, st, size = 1000.0, r.uniform(0.05, 0.2), 1014
            tests = "GTUBE,NO_RECEIVED,NO_RELAYS"
            al = "no autolearn_force=no"
            bayes = ""
        else:
            ts = L(
                h,
                ts,
                c,
                "info",
                "spamd: setuid to %s succeeded",
                f"spamd: setuid to {user} succeeded",
            )
            dom = r.choice(SA_SPAM_DOMAINS if spam else SA_HAM_DOMAINS)
            mid = "(unknown)" if spam and r.random() < 0.12 else msgid(r, t, dom)
            ts = L(
                h,
                ts,
                c,
                "info",
                "spamd: processing message %s for %s:%s",
                f"spamd: processing message {mid} for {user}:{u}",
            )
            if spam:
                score = round(r.uniform(5.2, 24.0), 1)
                tests = ",".join(
                    sorted([*r.sample(SA_SPAM_TESTS, r.randint(4, 9)), "BAYES_99", "BAYES_999"])
                )
                bv = r.uniform(0.99, 1.0)
                al = r.choice(
                    [
                        "spam autolearn_force=no",
                        "no autolearn_force=no",
                        "disabled autolearn_force=no",
                    ]
                )
            else:
                score = round(r.uniform(-4.5, 3.9), 1)
                b = r.choice(["BAYES_00", "BAYES_00", "BAYES_05", "BAYES_20", "BAYES_50"])
                tests = ",".join(sorted([*r.sample(SA_HAM_TESTS, r.randint(3, 8)), b]))
                bv = {
                    "BAYES_00": r.uniform(0, 0.01),
                    "BAYES_05": r.uniform(0.01, 0.05),
                    "BAYES_20": r.uniform(0.05, 0.2),
                    "BAYES_50": r.uniform(0.4, 0.6),
                }[b]
                al = r.choice(
                    ["ham autolearn_force=no", "no autolearn_force=no", "no autolearn_force=no"]
                )
            slow = h == "mx1" and at(10, 20) <= t < at(10, 40)
            st = r.uniform(9.0, 15.5) if slow else r.uniform(0.3, 3.8)
            size = r.randint(2100, 48000) if not spam else r.randint(1800, 19000)
            bayes = f",bayes={bv:.6f}"
        te = ts + sec(st)
        word = "identified spam" if (spam or gtube) else "clean message"
        te = L(
            h,
            te,
            c,
            "info",
            f"spamd: {word} (%s/%s) for %s:%s in %s seconds, %s bytes.",
            f"spamd: {word} ({score:.1f}/5.0) for {user}:{u} in {st:.1f} seconds, {size} bytes.",
        )
        yorn = "Y" if (spam or gtube) else "."
        extra = f"scantime={st:.1f},size={size},user={user},uid={u},required_score=5.0,rhost={rhost},raddr={raddr},rport={port},mid={mid}{bayes},autolearn={al}"
        te = L(
            h,
            te,
            c,
            "info",
            f"spamd: result: {yorn} %2d - %s %s",
            f"spamd: result: {yorn} {int(score):2d} - {tests} {extra}",
        )
        busy_until[c] = te + sec(0.5)
        served[c] = served.get(c, 0) + 1
        busy = len([p for p in kids[h] if p != c and busy_until.get(p, t0) > te])
        te = states(h, te + sec(0.01), busy)
        if served[c] >= 200:
            te = reap(h, te + sec(0.2), c)
            te = spawn(h, te + sec(0.01))
        return te

    t0 = at(6, 0)
    t_end = at(12, 0)
    hup_at = {"mx1": at(6, 25, 14), "mx2": at(6, 25, 41)}
    down2 = (at(9, 5, 12), at(9, 5, 21))
    reload2 = at(9, 41, 33)
    for h in ("mx1", "mx2"):
        for p in kids[h]:
            served[p] = r.randint(20, 150)
        events: list[tuple[datetime, str]] = [
            (x, "ham") for x in poisson(r, t0, t_end, 160 if h == "mx1" else 150)
        ]
        events += [(x, "spam") for x in poisson(r, t0, t_end, 900)]
        if h == "mx1":
            for b in poisson(r, at(8, 10), at(8, 50), 95):
                events += [(b + sec(r.uniform(0, 2.5)), "spam") for _ in range(r.randint(2, 7))]
            events.append((at(8, 52, 7), "reap"))
        else:
            events += [(at(hh, mm, 2), "gtube") for hh in range(6, 12) for mm in (0, 15, 30, 45)]
            events.append((down2[0] - sec(1), "stop"))
            events += [(down2[0] + sec(x), "ham") for x in (0.8, 2.5, 4.1)]
            events.append((reload2, "hup"))
        events.append((hup_at[h], "hup"))
        events.sort()
        spamc_pid = 40211
        for t, kind in events:
            if kind == "hup":
                t = hup(h, t)
                start(h, t + sec(0.1))
                continue
            if kind == "stop":
                L(
                    h,
                    t,
                    parent[h],
                    "info",
                    "spamd: server killed by SIG%s, shutting down",
                    "spamd: server killed by SIGTERM, shutting down",
                )
                parent[h] = 51877
                start(h, down2[1] - sec(5.5), typo=True)
                continue
            if h == "mx2" and down2[0] - sec(1) <= t < down2[1] + sec(0.5) and kind != "gtube":
                spamc_pid += r.randint(5, 60)
                tt = t
                hosts = ["::1", "127.0.0.1"]
                for i in range(3):
                    tt = spamc(
                        tt + sec(1 if i else 0),
                        spamc_pid,
                        "connect to spamd on %s failed, retrying (#%d of %d): Connection refused",
                        f"connect to spamd on {hosts[i % 2]} failed, retrying (#{i + 1} of 3): Connection refused",
                    )
                spamc(
                    tt + sec(1),
                    spamc_pid,
                    "connection attempt to spamd aborted after %d retries",
                    "connection attempt to spamd aborted after 3 retries",
                )
                continue
            if kind == "reap":
                while len(kids[h]) > 2:
                    t = reap(h, t + sec(r.uniform(8, 30)), kids[h][-1])
                continue
            if timedelta(0) <= t - hup_at[h] < sec(12):
                t += sec(12)
            scan(h, t, kind == "spam", gtube=kind == "gtube")
    return fs.logs(t0)


# ------------------------------------------------------------------------------------- opendkim

DK_SIGNERS = [
    # domain, selector, client name, client address, weight
    ("gmail.com", "20230601", "mail-ej1-f{n}.google.com", "209.85.218.{n}", 14),
    ("outlook.com", "selector1", "mail-db8eur05olkn20{n}.outbound.protection.outlook.com", "40.92.89.{n}", 6),
    ("github.com", "pf2023", "out-{n}.smtp.github.com", "192.30.252.{n}", 5),
    ("amazonses.com", "ug7nbtf4gccmlpwj322ax3p6ow6yfsug", "a{n}-12.smtp-out.eu-west-1.amazonses.com", "54.240.4.{n}", 6),
    ("mcsv.net", "k2", "mail{n}.suw41.mcsv.net", "198.2.178.{n}", 3),
    ("example-partner.de", "mail2023", "mx{n}.example-partner.de", "85.25.110.{n}", 4),
    ("linkedin.com", "d2048-201806-02", "maila{n}-34.linkedin.com", "108.174.3.{n}", 3),
    ("atlassian.net", "s1", "o{n}.ptr2625.atlassian.net", "149.72.131.{n}", 2),
]  # fmt: skip
DK_UNSIGNED = [
    ("unknown", "185.234.216.{n}"),
    ("mail.kanzlei-braun.de", "212.227.15.40"),
    ("smtp.stadtwerke-nord.de", "80.156.22.{n}"),
    ("static.{n}.203.46.78.clients.your-server.de", "78.46.203.{n}"),
    ("mx.old-crm.example.com", "91.198.44.{n}"),
    ("unknown", "45.144.212.{n}"),
]  # fmt: skip
DK_ARGS = "-P /run/opendkim/opendkim.pid -p local:/var/spool/postfix/opendkim/opendkim.sock"


def opendkim(r: random.Random) -> list[Log]:
    """mx1 verifying inbound mail and out1 signing outbound mail, 06:00 to 12:00: mx1's resolver
    down 07:12-07:24, out1's keys made group-readable by a deploy at 08:30 (fixed and restarted at
    08:52), a list breaking signatures 10:05-10:25, mx1 restarted at 11:20."""
    fs = Files()
    pid = {"mx1": 812, "out1": 790}

    def D(h: str, t: datetime, label: str, msg: str) -> datetime:
        p = pid[h]
        return fs.add(
            f"{h}-opendkim.log",
            t,
            label,
            lambda x: [f"{rfc3339(x)} {h} opendkim[{p}]: {msg}"],
            (h, p),
            1,
        )

    def restart(h: str, t: datetime, newpid: int) -> datetime:
        t = D(h, t, "%s: mi_stop=%d", "OpenDKIM Filter: mi_stop=1")
        t = D(
            h,
            t + sec(r.uniform(0.3, 1.2)),
            "OpenDKIM Filter v%s terminating with status %d, errno = %d",
            "OpenDKIM Filter v2.11.0 terminating with status 0, errno = 0",
        )
        pid[h] = newpid
        return D(
            h,
            t + sec(r.uniform(0.4, 0.9)),
            "OpenDKIM Filter v%s starting (args: %s)",
            f"OpenDKIM Filter v2.11.0 starting (args: {DK_ARGS})",
        )

    t0, t_end = at(6, 0), at(12, 0)
    dns_down = (at(7, 12, 5), at(7, 23, 40))
    list_bad = (at(10, 5), at(10, 25))
    restart_mx1 = at(11, 20, 3)
    restarted = False
    weights = [w for *_, w in DK_SIGNERS]
    for t in poisson(r, t0, t_end, 36):
        if not restarted and t >= restart_mx1:
            restart("mx1", restart_mx1 + sec(r.uniform(0, 0.9)), 31877)
            restarted = True
        if restart_mx1 <= t < restart_mx1 + sec(2.5):
            continue
        q = queue_id(r)
        n = r.randint(2, 250)
        x = r.random()
        if list_bad[0] <= t < list_bad[1] and x < 0.35:
            kind = "list"
        elif x < 0.50:
            kind = "signed"
        elif x < 0.53:
            kind = "nokey"
        elif x < 0.545:
            kind = "badar"
        else:
            kind = "unsigned"
        if kind in ("signed", "nokey", "badar"):
            dom, sel, cname, caddr, _ = r.choices(DK_SIGNERS, weights)[0]
            cname, caddr = cname.format(n=n), caddr.format(n=n)
        elif kind == "list":
            dom, sel, cname, caddr = "lists.debian.org", "", "bendel.debian.org", "82.195.75.100"
        else:
            cname, caddr = r.choice(DK_UNSIGNED)
            cname, caddr = cname.format(n=n), caddr.format(n=n)
        t1 = D("mx1", t, "%s: %s [%s] not internal", f"{q}: {cname} [{caddr}] not internal")
        t1 = D(
            "mx1",
            t1 + sec(r.uniform(0.0001, 0.002)),
            "%s: not authenticated",
            f"{q}: not authenticated",
        )
        t2 = t1 + sec(r.uniform(0.05, 0.9))
        if kind == "unsigned":
            D("mx1", t2, "%s: no signature data", f"{q}: no signature data")
        elif kind == "badar":
            t2 = D(
                "mx1",
                t2,
                "%s: failed to parse Authentication-Results: header field",
                f"{q}: failed to parse Authentication-Results: header field",
            )
            D(
                "mx1",
                t2 + sec(0.001),
                "%s: DKIM verification successful",
                f"{q}: DKIM verification successful",
            )
        elif dns_down[0] <= t < dns_down[1] and kind in ("signed", "nokey", "list"):
            if kind == "list":
                dom, sel = r.choice(
                    [("gmail.com", "20230601"), ("posteo.de", "2017"), ("debian.org", "dkim1")]
                )
            D(
                "mx1",
                t2 + sec(r.uniform(5, 10)),
                "%s: key retrieval failed (s=%s, d=%s): '%s' query timed out",
                f"{q}: key retrieval failed (s={sel}, d={dom}): '{sel}._domainkey.{dom}' query timed out",
            )
        elif kind == "signed":
            D("mx1", t2, "%s: DKIM verification successful", f"{q}: DKIM verification successful")
        elif kind == "nokey":
            old = r.choice(["s1024", "default", "mail", "k1", "2019"])
            D(
                "mx1",
                t2,
                "%s: key retrieval failed (s=%s, d=%s): '%s' record not found",
                f"{q}: key retrieval failed (s={old}, d={dom}): '{old}._domainkey.{dom}' record not found",
            )
        else:
            odom, osel = r.choice(
                [
                    ("gmail.com", "20230601"),
                    ("posteo.de", "2017"),
                    ("mailbox.org", "MBO0001"),
                    ("web.de", "s29768273"),
                    ("gmx.net", "s31663417"),
                ]
            )
            t2 = D(
                "mx1",
                t2,
                "%s: message has signatures from %s",
                f"{q}: message has signatures from {odom}, lists.debian.org",
            )
            t2 = D(
                "mx1",
                t2 + sec(0.002),
                "%s s=%s d=%s SSL error:02000068:rsa routines::bad signature",
                f"{q} s={osel} d={odom} SSL error:02000068:rsa routines::bad signature",
            )
            D("mx1", t2 + sec(0.0005), "%s: bad signature data", f"{q}: bad signature data")

    # out1: outbound signing
    keys_bad = (at(8, 30, 41), at(8, 52, 10))
    deferred: list[tuple[str, str]] = []
    our = [
        ("example.org", "mail2024", 8),
        ("example.net", "mail2024", 3),
        ("example-shop.de", "", 1),
    ]
    ow = [w for *_, w in our]
    restarted = False
    for t in poisson(r, t0, t_end, 58):
        if not restarted and t >= keys_bad[1]:
            restarted = True
            restart("out1", keys_bad[1] + sec(r.uniform(0, 0.9)), 24410)
            # postfix retries the deferred mail
            tr = at(8, 53, 2)
            for ddom, dsel in deferred:
                tr += sec(r.uniform(0.2, 6))
                D(
                    "out1",
                    tr,
                    "%s: DKIM-Signature field added (s=%s, d=%s)",
                    f"{queue_id(r)}: DKIM-Signature field added (s={dsel}, d={ddom})",
                )
        dom, sel, _ = r.choices(our, ow)[0]
        q = queue_id(r)
        sender = (
            f"{person(r)}@{dom}"
            if dom != "example-shop.de"
            else r.choice(
                ["orders@example-shop.de", "noreply@example-shop.de", "support@example-shop.de"]
            )
        )
        if not sel:
            D(
                "out1",
                t,
                "%s: no signing table match for '%s'",
                f"{q}: no signing table match for '{sender}'",
            )
            continue
        if keys_bad[0] <= t < keys_bad[1]:
            t1 = D(
                "out1",
                t,
                "%s: key data is not secure: %s can be read or written by other users",
                f"{sel}._domainkey.{dom}: key data is not secure: /etc/opendkim/keys/{dom}/{sel}.private can be read or written by other users",
            )
            D(
                "out1",
                t1 + sec(0.0003),
                "%s: error loading key '%s'",
                f"{q}: error loading key '{sel}._domainkey.{dom}'",
            )
            deferred.append((dom, sel))
            continue
        if keys_bad[1] <= t < keys_bad[1] + sec(3):
            continue
        D(
            "out1",
            t,
            "%s: DKIM-Signature field added (s=%s, d=%s)",
            f"{q}: DKIM-Signature field added (s={sel}, d={dom})",
        )
    return fs.logs(t0)


# ------------------------------------------------------------------------------------- postgrey

PG_WHITELISTED = [
    ("mail-wr1-f{n}.google.com", "209.85.221.{n}", "{p}@gmail.com"),
    ("mail-am0eur02on20{n}.outbound.protection.outlook.com", "40.107.8.{n}", "{p}@outlook.com"),
    ("a7-{n}.smtp-out.eu-west-1.amazonses.com", "54.240.7.{n}", "0102018f{h}-{h2}-000000@eu-west-1.amazonses.com"),
    ("mout.web.de", "217.72.192.{n}", "{p}@web.de"),
    ("mout.gmx.net", "212.227.17.{n}", "{p}@gmx.de"),
    ("mail-lf1-f{n}.google.com", "209.85.167.{n}", "{p}@googlemail.com"),
]  # fmt: skip
PG_AWL = [
    ("mx01.example-partner.de", "85.25.110.21", "{p}@example-partner.de"),
    ("mail.stadtwerke-nord.de", "80.156.22.9", "{p}@stadtwerke-nord.de"),
    ("smtp.kanzlei-braun.de", "212.227.15.40", "{p}@kanzlei-braun.de"),
    ("mailout.uni-hamburg.de", "134.100.32.11", "{p}@uni-hamburg.de"),
    ("mx.posteo.de", "185.67.36.65", "{p}@posteo.de"),
    ("smtp2.example-logistics.com", "195.201.44.17", "dispatch@example-logistics.com"),
    ("mail.steuerberatung-koch.de", "81.169.145.93", "{p}@steuerberatung-koch.de"),
]  # fmt: skip
PG_NEW = [
    ("mail.hotel-seeblick.at", "91.118.12.55", "reservierung@hotel-seeblick.at", False),
    ("mta-12.em.newsletter2go.com", "185.162.71.12", "bounce-{h}@em.newsletter2go.com", False),
    ("mail.tierarzt-lang.de", "178.254.10.34", "praxis@tierarzt-lang.de", False),
    ("EUR05-DB8-obe.outbound.protection.outlook.com", "52.100.174.{n}", "{p}@handwerk-richter.de", True),
    ("in-v3.mailjet.com", "87.253.233.{n}", "bounce+{h}@bnc3.mailjet.com", False),
    ("smtp-out.shopware-cloud.de", "94.130.71.{n}", "shop@moebel-wolf.de", False),
    ("mx.verein-tsv-nord.de", "188.68.47.201", "vorstand@verein-tsv-nord.de", False),
    ("exch01.zimmermann-bau.de", "79.199.33.18", "{p}@zimmermann-bau.de", True),
    ("mail.fahrschule-krause.de", "85.214.132.7", "info@fahrschule-krause.de", False),
    ("smtp.bildungswerk-hamburg.de", "193.174.64.{n}", "{p}@bildungswerk-hamburg.de", False),
]  # fmt: skip
PG_BOT_TLDS = ["xyz", "top", "shop", "click", "info", "ru", "cn", "com.br", "in"]
PG_UNIT = "postgrey.service - Postfix Greylisting Service"


def postgrey(r: random.Random) -> list[Log]:
    """Postgrey on mx1 and mx2, 06:00 to 12:00: the night's key cleanup at the first maintenance
    and the hourly log cleanup, a bad line in mx1's whitelist_clients.local 08:45-09:20, mx2
    restarted at 10:30."""
    fs = Files()
    pid = {"mx1": 901, "mx2": 912}

    def P(h: str, t: datetime, label: str, msg: str) -> datetime:
        p = pid[h]
        return fs.add(
            f"{h}-postgrey.log",
            t,
            label,
            lambda x: [f"{journal_ts(x)} {h} postgrey[{p}]: {msg}"],
            (h, p),
            1_000_000,
        )

    def systemd(h: str, t: datetime, label: str, msg: str) -> datetime:
        return fs.add(
            f"{h}-postgrey.log",
            t,
            label,
            lambda x: [f"{journal_ts(x)} {h} systemd[1]: {msg}"],
            (h, "systemd"),
            1_000_000,
        )

    def users() -> str:
        return f"{person(r)}@{r.choice(['example.org', 'example.org', 'example.net'])}"

    def fill(s: str, n: int) -> str:
        return s.format(n=n, p=person(r), h=hexid(r, 8), h2=hexid(r, 8))

    def action(
        h: str,
        t: datetime,
        act: str,
        reason: str,
        extra: str | None,
        c: tuple[str, str],
        sender: str,
        rcpt: str,
    ) -> datetime:
        head = f"action={act}, reason={reason}"
        lab_reason = "early-retry (%ss missing)" if reason.startswith("early-retry") else reason
        lab = f"action={act}, reason={lab_reason}"
        if extra is not None:
            head += f", {extra}"
            lab += ", delay=%s"
        fields = [f"client_name={c[0]}", f"client_address={c[1]}"]
        lfields = ["client_name=%s", "client_address=%s"]
        if sender:
            fields.append(f"sender={sender}")
            lfields.append("sender=%s")
        fields.append(f"recipient={rcpt}")
        lfields.append("recipient=%s")
        return P(h, t, ", ".join([lab, *lfields]), ", ".join([head, *fields]))

    t0, t_end = at(6, 0), at(12, 0)
    maint = {"mx1": at(6, 41, 17), "mx2": at(6, 17, 52)}
    keys_due = {"mx1": True, "mx2": True}
    hup_bad, hup_fix = at(8, 45, 10), at(9, 20, 44)
    restart2 = at(10, 30, 9)
    awl_count: dict[str, int] = {}
    for h in ("mx1", "mx2"):
        reqs: list[tuple[datetime, str, tuple]] = [
            (x, "req", ()) for x in poisson(r, t0, t_end, 21.5)
        ]
        if h == "mx1":
            reqs += [(hup_bad, "hup_bad", ()), (hup_fix, "hup_fix", ())]
        else:
            reqs.append((restart2, "restart", ()))
        reqs.sort(key=lambda e: e[0])
        i = 0
        while i < len(reqs):
            t, kind, data = reqs[i]
            i += 1
            if t >= t_end:
                continue
            if kind == "hup_bad" or kind == "hup_fix":
                tt = systemd(h, t, "Reloading %s...", f"Reloading {PG_UNIT}...")
                tt = P(
                    h,
                    tt + sec(0.05),
                    "HUP received: reloading whitelists...",
                    "HUP received: reloading whitelists...",
                )
                if kind == "hup_bad":
                    tt = P(
                        h,
                        tt,
                        "WARNING: %s line %s: doesn't look like a hostname",
                        "WARNING: /etc/postgrey/whitelist_clients.local line 14: doesn't look like a hostname",
                    )
                systemd(h, tt, "Reloaded %s.", f"Reloaded {PG_UNIT}.")
                continue
            if kind == "restart":
                tt = systemd(h, t, "Stopping %s...", f"Stopping {PG_UNIT}...")
                tt = P(
                    h,
                    tt + sec(0.1),
                    "%s Server closing!",
                    f"{tt:%Y/%m/%d-%H:%M:%S} Server closing!",
                )
                tt = P(
                    h,
                    tt,
                    'Couldn\'t unlink "%s" [Permission denied]',
                    'Couldn\'t unlink "/var/run/postgrey.pid" [Permission denied]',
                )
                tt = systemd(
                    h,
                    tt,
                    "%s: Deactivated successfully.",
                    "postgrey.service: Deactivated successfully.",
                )
                tt = systemd(h, tt, "Stopped %s.", f"Stopped {PG_UNIT}.")
                tt = systemd(h, tt, "Starting %s...", f"Starting {PG_UNIT}...")
                pid[h] = 43207
                tt = P(h, tt + sec(1.3), "Process Backgrounded", "Process Backgrounded")
                pid[h] = 43210
                tt = P(
                    h,
                    tt,
                    "%s %s (type %s) starting! pid(%s)",
                    f"{tt:%Y/%m/%d-%H:%M:%S} postgrey (type Net::Server::Multiplex) starting! pid(43210)",
                )
                systemd(h, tt, "Started %s.", f"Started {PG_UNIT}.")
                for v, a in (("6", "::1"), ("4", "127.0.0.1")):
                    tt = P(
                        h,
                        tt,
                        "Resolved [%s]:%s to [%s]:%s, IPv%s",
                        f"Resolved [localhost]:10023 to [{a}]:10023, IPv{v}",
                    )
                for v, a in (("6", "::1"), ("4", "127.0.0.1")):
                    tt = P(
                        h,
                        tt,
                        "Binding to %s port %s on host %s with IPv%s",
                        f"Binding to TCP port 10023 on host {a} with IPv{v}",
                    )
                tt = P(h, tt, 'Setting gid to "%s %s"', 'Setting gid to "121 121"')
                P(h, tt, 'Setting uid to "%s"', 'Setting uid to "114"')
                maint[h] = tt + sec(3600)
                keys_due[h] = False
                continue
            if h == "mx2" and restart2 - sec(1) <= t < restart2 + sec(9):
                continue
            if kind == "retry":
                c, sender, rcpt, first, legit = data
                delay = int((t - first).total_seconds())
                if delay < 300:
                    t = action(
                        h,
                        t,
                        "greylist",
                        f"early-retry ({300 - delay}s missing)",
                        None,
                        c,
                        sender,
                        rcpt,
                    )
                    if legit:
                        nxt = t + sec(r.choice([60, 120, 240, 480]) + r.uniform(0, 3))
                        reqs.append((nxt, "retry", data))
                        reqs.sort(key=lambda e: e[0])
                    continue
                t = action(h, t, "pass", "triplet found", f"delay={delay}", c, sender, rcpt)
                awl_count[c[0]] = awl_count.get(c[0], 0) + 1
                if awl_count[c[0]] == 5:
                    t = P(h, t, "whitelisted: %s", f"whitelisted: {c[0]}[{c[1]}]")
                if r.random() < 0.5:
                    later = t + sec(r.uniform(600, 9000))
                    reqs.append((later, "again", (c, sender, users())))
                    reqs.sort(key=lambda e: e[0])
            elif kind == "again":
                c, sender, rcpt = data
                t = action(h, t, "pass", "triplet found", None, c, sender, rcpt)
            else:
                x = r.random()
                n = r.randint(2, 250)
                rcpt = users()
                if x < 0.33:
                    cn, ca, snd = r.choice(PG_WHITELISTED)
                    t = action(
                        h,
                        t,
                        "pass",
                        "client whitelist",
                        None,
                        (fill(cn, n), fill(ca, n)),
                        fill(snd, n),
                        rcpt,
                    )
                elif x < 0.36:
                    cn, ca = (
                        "unknown",
                        f"{r.randint(31, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{n}",
                    )
                    rc = r.choice(
                        ["postmaster@example.org", "abuse@example.org", "postmaster@example.net"]
                    )
                    t = action(
                        h,
                        t,
                        "pass",
                        "recipient whitelist",
                        None,
                        (cn, ca),
                        f"{person(r)}@{hexid(r, 6)}.{r.choice(PG_BOT_TLDS)}",
                        rc,
                    )
                elif x < 0.57:
                    cn, ca, snd = r.choice(PG_AWL)
                    t = action(h, t, "pass", "client AWL", None, (cn, ca), fill(snd, n), rcpt)
                elif x < 0.70:
                    cn, ca, snd, exch = r.choice(PG_NEW)
                    c = (fill(cn, n), fill(ca, n))
                    sender = fill(snd, n)
                    awl_count.setdefault(c[0], r.randint(0, 3))
                    t = action(h, t, "greylist", "new", None, c, sender, rcpt)
                    wait = r.uniform(55, 70) if exch else r.uniform(320, 1900)
                    reqs.append((t + sec(wait), "retry", (c, sender, rcpt, t, True)))
                    reqs.sort(key=lambda e: e[0])
                else:
                    cn = (
                        "unknown"
                        if r.random() < 0.6
                        else f"{r.choice(['dynamic', 'host', 'ip', 'static'])}-{n}-{r.randint(1, 254)}.{r.choice(['vnpt.vn', 'telecom.net.ar', 'rev.poneytelecom.eu', 'ttnet.com.tr', 'brasiltelecom.net.br'])}"
                    )
                    ca = f"{r.randint(31, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{n}"
                    bounce = r.random() < 0.08
                    sender = (
                        ""
                        if bounce
                        else f"{r.choice(['info', 'sales', 'noreply', 'support', person(r)])}@{hexid(r, r.randint(5, 9))}.{r.choice(PG_BOT_TLDS)}"
                    )
                    t = action(h, t, "greylist", "new", None, (cn, ca), sender, rcpt)
                    if not bounce and r.random() < 0.2:
                        reqs.append(
                            (
                                t + sec(r.uniform(20, 260)),
                                "retry",
                                ((cn, ca), sender, rcpt, t, False),
                            )
                        )
                        reqs.sort(key=lambda e: e[0])
            if t >= maint[h]:
                maint[h] = t + sec(3600)
                tt = P(h, t, "cleaning up old logs...", "cleaning up old logs...")
                if keys_due[h]:
                    keys_due[h] = False
                    tt = P(h, tt, "cleaning up old entries...", "cleaning up old entries...")
                    before = r.randint(41000, 52000)
                    tt = P(
                        h,
                        tt + sec(r.uniform(2, 6)),
                        "cleaning main database finished. before: %s, after: %s",
                        f"cleaning main database finished. before: {before}, after: {before - r.randint(900, 2600)}",
                    )
                    b2 = r.randint(2900, 3400)
                    P(
                        h,
                        tt,
                        "cleaning clients database finished. before: %s, after: %s",
                        f"cleaning clients database finished. before: {b2}, after: {b2 - r.randint(10, 60)}",
                    )
    return fs.logs(t0)


# ---------------------------------------------------------------------------------------- sympa

SY_ROBOT = "lists.example.edu"
SY_LISTS = [
    # name, members, posts per hour, private
    ("devel", 312, 9, True),
    ("staff", 245, 8, True),
    ("students-cs", 1840, 7, True),
    ("hpc-users", 410, 6, False),
    ("research-seminar", 120, 5, False),
    ("alumni", 2203, 3, False),
    ("library-news", 960, 2, False),
    ("it-status", 3120, 2, False),
]  # fmt: skip
SY_DB = "Sympa::DatabaseDriver::MySQL <db_host=localhost;db_name=sympa;db_type=MySQL;db_user=sympa>"
SY_MAILERS = [
    "example.edu",
    "example.edu",
    "cs.example.edu",
    "gmail.com",
    "posteo.de",
    "uni-hamburg.de",
    "outlook.com",
]


def sympa(r: random.Random) -> list[Log]:
    """One Sympa robot (lists.example.edu), 06:00 to 12:00: posts to eight lists, subscriptions,
    refused posts, bounces, MariaDB restarted 09:12-09:16, an announcement to 4,812 members at
    10:00, staff's send scenario broken 10:05-10:48, the hourly session purge."""
    fs = Files()
    pids = {
        "sympa_msg": 1411,
        "bulk": 1420,
        "archived": 1416,
        "bounced": 1418,
        "task_manager": 1422,
    }
    seq = [0]

    def S(
        t: datetime,
        daemon: str,
        level: str,
        caller: str,
        label: str,
        msg: str,
        pid: int | None = None,
    ) -> datetime:
        p = pid if pid is not None else pids[daemon]
        head = f"{level} {caller} " if caller.startswith("main::") else f"{level} {caller}() "
        return fs.add(
            "sympa.log",
            t,
            label,
            lambda x: [f"{syslog_ts(x)} lists {daemon}[{p}]: {head}{msg}"],
            (daemon, p),
            1_000_000,
        )

    def sender() -> str:
        return f"{person(r)}@{r.choice(SY_MAILERS)}"

    def inc_id(t: datetime, lst: str) -> str:
        seq[0] += 1
        return f"Sympa::Message <{lst}@{SY_ROBOT}.{int(t.timestamp())}.{r.randint(2000, 32000)},{seq[0]},{r.randint(1000, 9999)}>"

    def mid(t: datetime, snd: str) -> str:
        dom = snd.split("@")[1]
        if dom in ("gmail.com",):
            return f"<CA{hexid(r, 30).upper()}@mail.gmail.com>"
        return f"<{t:%Y%m%d%H%M%S}.{hexid(r, 8)}@{dom}>"

    def post(
        t: datetime, lst: str, members: int, snd: str | None = None, broken: bool = False
    ) -> datetime:
        snd = snd or sender()
        m = inc_id(t, lst)
        mi = mid(t, snd)
        t = S(
            t,
            "sympa_msg",
            "notice",
            "Sympa::Spindle::ProcessIncoming::_twist",
            "Processing %s; envelope_sender=%s; message_id=%s; sender=%s",
            f"Processing {m}; envelope_sender={snd}; message_id={mi}; sender={snd}",
        )
        if broken:
            return S(
                t + sec(0.2),
                "sympa_msg",
                "err",
                f"main::#263 > Sympa::Spindle::spin#95 > Sympa::Spindle::spin#153 > Sympa::Spindle::spin#153 > Sympa::Spindle::AuthorizeMessage::_twist#{r.choice([116, 116, 117])}",
                'Message %s ignored because unable to evaluate scenario "send" for list %s',
                f'Message {m} ignored because unable to evaluate scenario "send" for list Sympa::List <{lst}@{SY_ROBOT}>',
            )
        size = r.randint(3200, 160000)
        ts = t.timestamp()
        marsh = f"5.5.{int(ts)}.{ts + 0.4:.6f}.{lst}@{SY_ROBOT}_s,{pids['sympa_msg']},{r.randint(1000, 9999)}"
        t = S(
            t + sec(r.uniform(0.2, 0.8)),
            "sympa_msg",
            "notice",
            "Sympa::Spool::Outgoing::store",
            "Message %s is stored into bulk spool as <%s>",
            f"Message {m} is stored into bulk spool as <{marsh}>",
        )
        took = r.uniform(0.3, 2.5)
        t = S(
            t + sec(0.05),
            "sympa_msg",
            "info",
            "Sympa::Spindle::DistributeMessage::_distribute_msg",
            "Message %s for %s from %s accepted (%.2f seconds, %d sessions, %d subscribers), message ID=%s, size=%d",
            f"Message {m} for Sympa::List <{lst}@{SY_ROBOT}> from {snd} accepted ({took:.2f} seconds, 1 sessions, {members} subscribers), message ID={mi.strip('<>')}, size={size}",
        )
        # archived
        am = f"Sympa::Message <{ts:.6f},{lst}@{SY_ROBOT},{pids['sympa_msg']},{r.randint(1000, 9999)}>"
        ta = S(
            t + sec(r.uniform(1, 20)),
            "archived",
            "notice",
            "Sympa::Spindle::ProcessArchive::_twist",
            "Processing %s; sender: %s; message ID: %s",
            f"Processing {am}; sender: {snd}; message ID: {mi.strip('<>')}",
        )
        S(
            ta + sec(0.01),
            "archived",
            "notice",
            "Sympa::Spindle::ProcessArchive::_twist",
            "Archiving %s for list %s",
            f"Archiving {am} for list Sympa::List <{lst}@{SY_ROBOT}>",
        )
        # bulk
        bm = f"Sympa::Message <{marsh}/z>"
        tb = t + sec(r.uniform(0.5, 4))
        delay = max(0, int((tb - t).total_seconds()))
        tb = S(
            tb,
            "bulk",
            "notice",
            "Sympa::Spindle::ProcessOutgoing::_twist",
            "Start sending message %s to %s (priority %s) (starting %s seconds after scheduled expedition date)",
            f"Start sending message {bm} to Sympa::List <{lst}@{SY_ROBOT}> (priority 5) (starting {delay} seconds after scheduled expedition date)",
        )
        tb = tb + sec(r.uniform(0.5, 3 + members / 400))
        S(
            tb,
            "bulk",
            "notice",
            "Sympa::Mailer::store",
            "Done sending message %s for %s (priority %s) in %s seconds since scheduled expedition date",
            f"Done sending message {bm} for Sympa::List <{lst}@{SY_ROBOT}> (priority 5) in {int((tb - t).total_seconds())} seconds since scheduled expedition date",
        )
        return t

    t0, t_end = at(6, 0), at(12, 0)
    db_down = (at(9, 12, 31), at(9, 16, 8))
    staff_broken = (at(10, 5, 20), at(10, 48, 2))
    events: list[tuple[datetime, str, object]] = []
    for lst, members, per_hour, private in SY_LISTS:
        events += [
            (x, "post", (lst, members, private)) for x in poisson(r, t0, t_end, 3600 / per_hour)
        ]
    events += [(x, "sub", None) for x in poisson(r, t0, t_end, 600)]
    events += [(x, "sig", None) for x in poisson(r, t0, t_end, 1100)]
    events += [(x, "spam", None) for x in poisson(r, t0, t_end, 560)]
    events += [(x, "bounce", None) for x in poisson(r, t0, t_end, 420)]
    events += [(x, "nolist", None) for x in poisson(r, t0, t_end, 2700)]
    events += [(at(hh, 7, 12), "task", None) for hh in range(6, 12)]
    events.append((at(10, 0, 4), "announce", None))
    events.sort(key=lambda e: e[0])
    stalled = {"sympa_msg": False, "bounced": False, "bulk": False}

    def db_wait(t: datetime, daemon: str, chain: str) -> datetime:
        if stalled[daemon]:
            return db_down[1] + sec(r.uniform(1, 5))
        stalled[daemon] = True
        S(
            t,
            daemon,
            "err",
            chain,
            "Can't connect to Database %s, still trying...",
            f"Can't connect to Database {SY_DB}, still trying...",
        )
        back = t + sec(60)
        while back < db_down[1]:
            back += sec(60 + 10 * int((back - t).total_seconds() // 60))
        S(
            back,
            daemon,
            "notice",
            "Sympa::Database::connect",
            "Connection to Database %s restored",
            f"Connection to Database {SY_DB} restored",
        )
        return back + sec(0.5)

    resume = t0
    for t, kind, data in events:
        if t < resume and kind in ("post", "sub", "sig", "spam", "nolist"):
            t = resume + sec(r.uniform(0.5, 3))
            resume = t
        if db_down[0] <= t < db_down[1] and kind in ("post", "sub", "sig", "spam", "nolist"):
            resume = db_wait(
                t,
                "sympa_msg",
                "main::#263 > Sympa::Spindle::spin#95 > Sympa::Spindle::spin#153 > Sympa::Spindle::DoMessage::_twist#114 > Sympa::List::get_total#1871 > Sympa::DatabaseManager::do_prepared_query#171 > Sympa::Database::do_prepared_query#425 > Sympa::Database::connect#148",
            )
            t = resume
        if kind == "post":
            lst, members, _private = data  # type: ignore[misc]
            broken = lst == "staff" and staff_broken[0] <= t < staff_broken[1]
            post(t, lst, members, broken=broken)
        elif kind in ("sub", "sig"):
            lst, members, *_ = r.choice(SY_LISTS)
            snd = sender()
            m = inc_id(t, "sympa")
            tt = S(
                t,
                "sympa_msg",
                "notice",
                "Sympa::Spindle::ProcessIncoming::_twist",
                "Processing %s; envelope_sender=%s; message_id=%s; sender=%s",
                f"Processing {m}; envelope_sender={snd}; message_id={mid(t, snd)}; sender={snd}",
            )
            word = "SUB" if kind == "sub" else "SIG"
            handler = "subscribe" if kind == "sub" else "signoff"
            S(
                tt + sec(r.uniform(0.1, 0.6)),
                "sympa_msg",
                "info",
                f"Sympa::Request::Handler::{handler}::_twist",
                f"{word} %s from %s accepted (%.2f seconds, %d subscribers)",
                f"{word} {lst} from {snd} accepted ({r.uniform(0.05, 0.9):.2f} seconds, {members + (1 if kind == 'sub' else -1)} subscribers)",
            )
        elif kind == "spam":
            lst = r.choice([x[0] for x in SY_LISTS if x[3]])
            snd = f"{r.choice(['info', 'sales', 'promo', 'noreply', 'offers'])}@{hexid(r, 7)}.{r.choice(['xyz', 'top', 'shop', 'click'])}"
            m = inc_id(t, lst)
            tt = S(
                t,
                "sympa_msg",
                "notice",
                "Sympa::Spindle::ProcessIncoming::_twist",
                "Processing %s; envelope_sender=%s; message_id=%s; sender=%s",
                f"Processing {m}; envelope_sender={snd}; message_id={mid(t, snd)}; sender={snd}",
            )
            tt2 = r.choice(["", "", "reject_privateonly"])
            S(
                tt + sec(r.uniform(0.05, 0.3)),
                "sympa_msg",
                "notice",
                "Sympa::Spindle::AuthorizeMessage::_twist",
                "Message %s for %s from %s rejected(%s) because sender not allowed",
                f"Message {m} for Sympa::List <{lst}@{SY_ROBOT}> from {snd} rejected({tt2}) because sender not allowed",
            )
        elif kind == "nolist":
            bad = r.choice(["stuff", "devel-request2", "student-cs", "hpc", "alumini"])
            snd = sender()
            m = inc_id(t, bad)
            tt = S(
                t,
                "sympa_msg",
                "notice",
                "Sympa::Spindle::ProcessIncoming::_twist",
                "Processing %s; envelope_sender=%s; message_id=%s; sender=%s",
                f"Processing {m}; envelope_sender={snd}; message_id={mid(t, snd)}; sender={snd}",
            )
            S(
                tt + sec(0.05),
                "sympa_msg",
                "err",
                "main::#263 > Sympa::Spindle::spin#95 > Sympa::Spindle::ProcessIncoming::_twist#254",
                "List %s does not exist",
                f"List {bad} does not exist",
            )
        elif kind == "bounce":
            lst, *_ = r.choice(SY_LISTS)
            who = f"{person(r)}@{r.choice(['gmx.de', 'web.de', 'example.edu', 'aol.com', 'yahoo.de', 't-online.de'])}"
            if db_down[0] <= t < db_down[1]:
                t = db_wait(
                    t,
                    "bounced",
                    "main::#171 > Sympa::Spindle::spin#95 > Sympa::Spindle::ProcessBounce::_twist#208 > Sympa::Tracking::store#318 > Sympa::DatabaseManager::do_prepared_query#171 > Sympa::Database::do_prepared_query#425 > Sympa::Database::connect#148",
                )
            ts = t.timestamp()
            bm = f"Sympa::Message <{lst}@{SY_ROBOT}.{int(ts)}.{r.randint(2000, 32000)},{r.randint(10, 999)},{r.randint(1000, 9999)}>"
            tt = S(
                t,
                "bounced",
                "notice",
                "Sympa::Spindle::ProcessBounce::_twist",
                "Processing %s; envelope_sender=%s; message_id=%s; sender=%s",
                f"Processing {bm}; envelope_sender=; message_id=<{t:%Y%m%d%H%M%S}.{hexid(r, 10).upper()}@mx.{who.split('@')[1]}>; sender=MAILER-DAEMON@mx.{who.split('@')[1]}",
            )
            tt = S(
                tt + sec(0.01),
                "bounced",
                "notice",
                "Sympa::Spindle::ProcessBounce::_twist",
                "VERP in use: bounce %s related to <%s> for list %s",
                f"VERP in use: bounce {bm} related to <{who}> for list Sympa::List <{lst}@{SY_ROBOT}>",
            )
            S(
                tt + sec(0.05),
                "bounced",
                "notice",
                "Sympa::Spindle::ProcessBounce::_twist",
                "Received bounce for email address %s, list %s",
                f"Received bounce for email address {who}, list Sympa::List <{lst}@{SY_ROBOT}>",
            )
        elif kind == "task":
            tk = f"Sympa::Task <{int(t.timestamp())}.purge_session_table.ttl.*>"
            tt = S(
                t,
                "task_manager",
                "notice",
                "Sympa::Spindle::ProcessTask::_execute",
                "Running task %s",
                f"Running task {tk}",
            )
            tt = S(
                tt + sec(r.uniform(0.1, 1.5)),
                "task_manager",
                "notice",
                "Sympa::Spindle::ProcessTask::do_purge_session_table",
                "%s row removed in session_table",
                f"{r.randint(0, 140)} row removed in session_table",
            )
            nxt = int(t.timestamp()) + 3600
            tt = S(
                tt + sec(0.01),
                "task_manager",
                "notice",
                "Sympa::Spindle::ProcessTask::do_next",
                "line %s of %s: next(%s, %s)",
                f"line 4 of purge_session_table: next({nxt}, ttl)",
            )
            S(
                tt + sec(0.01),
                "task_manager",
                "notice",
                "Sympa::Spindle::ProcessTask::do_next",
                "--> new task %s",
                f"--> new task Sympa::Task <{nxt}.purge_session_table.ttl.*>",
            )
        elif kind == "announce":
            members = 4812
            tt = post(t, "announce", members, snd="rektorat@example.edu")
            tb = tt + sec(1.2)
            tb = S(
                tb,
                "bulk",
                "info",
                "Sympa::Spindle::ProcessOutgoing::_fork_children",
                "Important workload: %s packets to process. Creating %s child bulks to increase sending rate",
                "Important workload: 49 packets to process. Creating 2 child bulks to increase sending rate",
            )
            for k, cp in enumerate((39117, 39124), 1):
                tb = S(
                    tb,
                    "bulk",
                    "info",
                    "Sympa::Spindle::ProcessOutgoing::_fork_children",
                    "Will fork: %s",
                    f"Will fork: {k}",
                )
                S(
                    tb + sec(0.05),
                    "bulk",
                    "info",
                    "Sympa::Spindle::ProcessOutgoing::_fork_children",
                    "Bulk slave daemon started with PID %s",
                    f"Bulk slave daemon started with PID {cp}",
                    pid=cp,
                )
                tb = S(
                    tb + sec(0.02),
                    "bulk",
                    "info",
                    "Sympa::Spindle::ProcessOutgoing::_fork_children",
                    "Starting bulk child daemon, PID %s",
                    f"Starting bulk child daemon, PID {cp}",
                )
                tb += sec(1)
            tr = tb
            for _ in range(r.randint(5, 9)):
                tr = S(
                    tr + sec(r.uniform(4, 25)),
                    "bulk",
                    "info",
                    "Sympa::Mailer::store",
                    "Too many open SMTP (%s), calling reaper",
                    f"Too many open SMTP ({r.randint(41, 47)}), calling reaper",
                    pid=r.choice([pids["bulk"], 39117, 39124]),
                )
            for cp in (39117, 39124):
                S(
                    tr + sec(600 + r.uniform(5, 40)),
                    "bulk",
                    "info",
                    "Sympa::Spindle::ProcessOutgoing::_finish_child",
                    "Process %s didn't send any message since %s seconds, exiting",
                    f"Process {cp} didn't send any message since 600 seconds, exiting",
                    pid=cp,
                )
    # bulk notices the database only when it next needs it
    db_wait(
        db_down[0] + sec(44),
        "bulk",
        "main::#229 > Sympa::Spindle::spin#95 > Sympa::Spindle::ProcessOutgoing::_twist#190 > Sympa::Tracking::find_notification_id_by_message#112 > Sympa::DatabaseManager::do_prepared_query#171 > Sympa::Database::do_prepared_query#425 > Sympa::Database::connect#148",
    )
    return fs.logs(t0)


# --------------------------------------------------------------------------------- courier-imap

CI_USERS = [f"{f}.{ln}@example.org" for f, ln in zip(FIRST, LAST + LAST[:4], strict=False)] + [
    "info@example.org",
    "buchhaltung@example.org",
    "support@example.net",
]
CI_WEBMAIL = "::ffff:10.0.2.15"
CI_PHONES = [
    f"::ffff:{a}"
    for a in (
        "89.204.137.12",
        "176.6.21.80",
        "2.205.44.131",
        "109.43.50.9",
        "80.187.98.2",
        "37.24.118.60",
        "91.64.11.203",
        "46.114.7.88",
    )
]
CI_DESKTOPS = [f"::ffff:10.0.{a}" for a in ("5.21", "5.34", "5.77", "6.12", "6.40")]
CI_GUESSER = "::ffff:185.220.101.47"


def courier(r: random.Random) -> list[Log]:
    """Courier-IMAP on imap1 and imap2, 06:00 to 12:00: webmail, phones and desktops, a password
    guesser on imap1 09:00-09:24, imap2's authdaemond restarted at 07:40 with a wrong database
    password (fixed at 07:52), the database failing over 10:10-10:12."""
    fs = Files()
    conn = [0]

    def C(h: str, t: datetime, ident: str, proc: object, label: str, msg: str) -> datetime:
        return fs.add(
            f"{h}-mail.log",
            t,
            label,
            lambda x: [f"{syslog_ts(x)} {h} {ident}: {msg}"],
            (h, ident, proc),
            1_000_000,
        )

    bad_pw = (at(7, 40, 12), at(7, 52, 30))
    gap = {"imap2": [(at(7, 40, 12), at(7, 40, 14)), (at(7, 52, 30), at(7, 52, 32))]}
    db_fail = (at(10, 10, 20), at(10, 12, 41))

    def authd(h: str, t: datetime, label: str, msg: str) -> datetime:
        return C(h, t, "authdaemond", "authdaemond", label, msg)

    def auth_restart(h: str, t: datetime) -> None:
        t = authd(h, t, "stopping authdaemond children", "stopping authdaemond children")
        t = authd(h, t + sec(1.2), 'modules="%s", daemons=%d', 'modules="authmysql", daemons=5')
        t = authd(h, t, "Installing %s", "Installing libauthmysql")
        authd(h, t, "Installation complete: %s", "Installation complete: authmysql")

    def session(
        h: str, t: datetime, ident: str, ip: str, user: str, end: str, dur: float, tls: bool
    ) -> None:
        conn[0] += 1
        cid = conn[0]
        t = C(h, t, ident, cid, "Connection, ip=[%s]", f"Connection, ip=[{ip}]")
        t = t + sec(r.uniform(0.05, 0.4))
        for a, b in gap.get(h, []):
            if a <= t < b:
                t = C(
                    h,
                    t,
                    ident,
                    cid,
                    "authdaemon: s_connect() failed: Connection refused",
                    "authdaemon: s_connect() failed: Connection refused",
                )
                t = C(
                    h,
                    t,
                    ident,
                    cid,
                    "[Hint: perhaps authdaemond is not running?]",
                    "[Hint: perhaps authdaemond is not running?]",
                )
                t = C(
                    h,
                    t,
                    ident,
                    cid,
                    "LOGIN FAILED, user=%s, ip=[%s]",
                    f"LOGIN FAILED, user={user}, ip=[{ip}]",
                )
                C(
                    h,
                    t,
                    ident,
                    cid,
                    "authentication error: Connection refused",
                    "authentication error: Connection refused",
                )
                return
        err = ""
        if h == "imap2" and bad_pw[0] <= t < bad_pw[1]:
            err = "Access denied for user 'courier'@'10.0.2.22' (using password: YES)"
            lab = "failed to connect to mysql server (server=%s, userid=%s): Access denied for user '%s'@'%s' (using password: YES)"
        elif db_fail[0] <= t < db_fail[1]:
            err = (
                f"Can't connect to MySQL server on 'db1.example.net' ({r.choice([111, 111, 113])})"
            )
            lab = "failed to connect to mysql server (server=%s, userid=%s): Can't connect to MySQL server on '%s' (%d)"
        if err:
            t = authd(
                h,
                t,
                lab,
                f"failed to connect to mysql server (server=db1.example.net, userid=courier): {err}",
            )
            t = C(
                h,
                t + sec(0.01),
                ident,
                cid,
                "LOGIN FAILED, user=%s, ip=[%s]",
                f"LOGIN FAILED, user={user}, ip=[{ip}]",
            )
            C(
                h,
                t,
                ident,
                cid,
                "authentication error: Input/output error",
                "authentication error: Input/output error",
            )
            return
        port = (
            r.randint(33000, 65000)
            if ip == CI_WEBMAIL or ip in CI_DESKTOPS
            else r.randint(20000, 62000)
        )
        t = C(
            h,
            t,
            ident,
            cid,
            "LOGIN, user=%s, ip=[%s], port=[%s], protocol=%s",
            f"LOGIN, user={user}, ip=[{ip}], port=[{port}], protocol=IMAP",
        )
        te = t + sec(dur)
        if te >= t_end:
            return  # still open at noon
        headers = r.choice([0, 0, r.randint(200, 9000), r.randint(9000, 90000)])
        body = r.choice([0, 0, 0, r.randint(1000, 400000)])
        rcvd = r.randint(150, 4000)
        sent = r.randint(900, 60000) + headers + body
        suffix = ", starttls=1" if tls else ""
        lsuffix = ", starttls=1" if tls else ""
        C(
            h,
            te,
            ident,
            cid,
            f"{end}, user=%s, ip=[%s], headers=%lu, body=%lu, rcvd=%lu, sent=%lu, time=%s{lsuffix}",
            f"{end}, user={user}, ip=[{ip}], headers={headers}, body={body}, rcvd={rcvd}, sent={sent}, time={int(dur)}{suffix}",
        )

    t0, t_end = at(6, 0), at(12, 0)
    for h in ("imap1", "imap2"):
        if h == "imap2":
            auth_restart(h, bad_pw[0] - sec(0.5))
            auth_restart(h, bad_pw[1] - sec(0.5))
            # webmail requests landing while authdaemond restarts
            for a, _b in gap[h]:
                for k in range(r.randint(2, 3)):
                    session(
                        h,
                        a + sec(0.2 + 0.5 * k),
                        "imapd",
                        CI_WEBMAIL,
                        r.choice(CI_USERS),
                        "LOGOUT",
                        0.5,
                        True,
                    )
        # logins while the database fails over
        for t in poisson(r, db_fail[0], db_fail[1], 25):
            session(h, t, "imapd", CI_WEBMAIL, r.choice(CI_USERS), "LOGOUT", 0.5, True)
        # Roundcube: one connection per request, STARTTLS on 143
        for t in poisson(r, t0, t_end, 112):
            session(h, t, "imapd", CI_WEBMAIL, r.choice(CI_USERS), "LOGOUT", r.uniform(0, 2), True)
        # phones: IDLE over 993, reconnecting
        for ip in r.sample(CI_PHONES, 5):
            user = r.choice(CI_USERS)
            t = t0 + sec(r.uniform(0, 1500))
            while t < t_end:
                dur = r.uniform(60, 1790)
                end = r.choices(["DISCONNECTED", "TIMEOUT", "LOGOUT"], [6, 2, 1])[0]
                if end == "TIMEOUT":
                    dur = 1800 + r.uniform(0, 40)
                session(h, t, "imapd-ssl", ip, user, end, dur, False)
                t += sec(dur + r.uniform(2, 900))
        # desktops: STARTTLS on 143, long sessions
        for ip in r.sample(CI_DESKTOPS, 3):
            user = r.choice(CI_USERS)
            t = t0 + sec(r.uniform(600, 3600))
            while t < t_end:
                dur = r.uniform(300, 5400)
                end = r.choices(["LOGOUT", "DISCONNECTED"], [3, 2])[0]
                session(h, t, "imapd", ip, user, end, dur, True)
                t += sec(dur + r.uniform(30, 1800))
        # TLS handshakes failing on 993
        for t in poisson(r, t0, t_end, 2400):
            conn[0] += 1
            ip = f"::ffff:{r.randint(31, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
            if r.random() < 0.6:
                C(
                    h,
                    t,
                    "imapd-ssl",
                    conn[0],
                    "couriertls: accept: error:0A00010B:SSL routines::wrong version number",
                    "couriertls: accept: error:0A00010B:SSL routines::wrong version number",
                )
            else:
                C(
                    h,
                    t,
                    "imapd-ssl",
                    conn[0],
                    "couriertls: accept: error:0A000416:SSL routines::sslv3 alert certificate unknown",
                    "couriertls: accept: error:0A000416:SSL routines::sslv3 alert certificate unknown",
                )
    # the password guesser on imap1
    h = "imap1"
    guesses = [
        "admin",
        "test",
        "info",
        "office",
        "mail",
        "postmaster",
        "user",
        "webmaster",
        "sales",
        "contact",
        "support",
        "anna",
        "marco",
        "julia",
    ]
    t = at(9, 0, 11)
    open_conns: list[datetime] = []
    while t < at(9, 24):
        # a burst of parallel guesses, then a pause
        for _ in range(r.randint(3, 7)):
            t += sec(r.uniform(0.05, 0.6))
            open_conns = [x for x in open_conns if x > t]
            conn[0] += 1
            if len(open_conns) >= 4:
                C(
                    h,
                    t,
                    "imapd-ssl",
                    conn[0],
                    "Maximum connection limit reached for %s",
                    f"Maximum connection limit reached for {CI_GUESSER}",
                )
                continue
            tt = C(
                h, t, "imapd-ssl", conn[0], "Connection, ip=[%s]", f"Connection, ip=[{CI_GUESSER}]"
            )
            user = r.choice(guesses) + r.choice(["", "", "@example.org"])
            tt = C(
                h,
                tt + sec(r.uniform(0.2, 1)),
                "imapd-ssl",
                conn[0],
                "LOGIN FAILED, user=%s, ip=[%s]",
                f"LOGIN FAILED, user={user}, ip=[{CI_GUESSER}]",
            )
            end = tt + sec(5 + r.uniform(0.1, 0.5))
            if r.random() < 0.45:
                end = C(
                    h,
                    end,
                    "imapd-ssl",
                    conn[0],
                    "LOGOUT, ip=[%s], rcvd=%lu, sent=%lu",
                    f"LOGOUT, ip=[{CI_GUESSER}], rcvd={r.randint(40, 70)}, sent={r.randint(330, 380)}",
                )
            open_conns.append(end)
        t += sec(r.uniform(12, 40))
    return fs.logs(t0)


SYSTEMS: dict[str, Callable[[random.Random], list[Log]]] = {
    "spamassassin": spamassassin,
    "opendkim": opendkim,
    "postgrey": postgrey,
    "sympa": sympa,
    "courier-imap": courier,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
