#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 221 (qmail, policyd-spf, mimedefang, postsrsd, iredapd) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five mail-path programs of small sites, 06:00 to 12:00
on 2024-06-07; none of the five was in the set (`srs` there is SRS, the streaming server). A
discrete event queue (Sim) runs each site in time order, so concurrency counters, queues and
worker pools are written as they stand at each line.

- netqmail 1.06 on one host (LWQ layout under daemontools, multilog `t`: every line starts with
  its TAI64N label, `@400000006662a236124d4431 new msg 1870204`): `send-current`
  (/var/log/qmail/current, qmail-send) and `smtpd-current` (/var/log/qmail/smtpd/current: `tcpserver
  -v`, `rblsmtpd -r zen.spamhaus.org -r bl.spamcop.net`, qmail-smtpd). Each message's `new msg`,
  `info msg %s: bytes %s from <%s> qp %s uid %s`, `starting delivery %s: msg %s to local|remote %s`,
  `status: local %s/%s remote %s/%s` after every start and end, `delivery %s: success|deferral|failure:
  %s` with qmail-remote's or qmail-local's report through logsafe() (spaces as `_`, newlines as
  `/`), `end msg %s`; tcpserver's `status:`, `pid %s from %s`, `ok`, `end %s status %s` and `deny`,
  rblsmtpd's `451` with the RBL's TXT text and `553` for a blocked subnet (RBLSMTPD in tcp.smtp).
  dnscache stalls 07:10-07:31 (`CNAME_lookup_failed_temporarily._(#4.4.3)/`, `..._find_any_host_by_
  that_name._(#4.1.2)/`), the partner's MX is down 08:31-09:16 (`Sorry,_I_wasn't_able_to_establish_
  an_SMTP_connection._(#4.4.1)/`, retried on qmail's schedule), a postgrey site defers once (`450
  ... Greylisted`), three typos bounce (`550-5.1.1` from Gmail, a Postfix `User unknown`), a bot's
  dictionary attack at 09:07 (one message, 25 guessed recipients: `Sorry,_no_mailbox_here_by_that_
  name._(#5.1.1)/`, `bounce msg`, the bounce failing on the forged domain, the double bounce from
  `#@[]` to postmaster), /home full 09:51-10:06 (`Temporary_error_on_maildir_delivery._(#4.3.0)/`),
  a 42-recipient newsletter at 10:30 rate-limited by Gmail (`421-4.7.28` after DATA), and
  qmail-send restarted at 11:00 for a new control/concurrencyremote (`status: exiting`, then
  `remote 0/40`, delivery numbers from 1).
- pypolicyd-spf 2.0.2 (Debian 12's postfix-policyd-spf-python, spawned per smtpd connection) on
  two MX hosts (`mx1-mail.log`, `mx2-mail.log`: its lines of /var/log/mail.log in Debian 12's
  RFC 3339 rsyslog format): every request's HELO result (`%s; identity=helo; client-ip=%s; helo=%s;
  envelope-from=%s; receiver=%s`) and mail-from header (`prepend Received-SPF: %s (mailfrom)
  identity=mailfrom; ...`), null-sender DSNs judged by HELO with pyspf's reason (`prepend
  Received-SPF: None (no SPF record) identity=helo; ...`), Roundcube on localhost (`prepend
  X-Comment: SPF not applicable to localhost connection - skipped check`), mx2 relaying to mx1 and a
  payroll service whitelisted by PTR (`SPF skipped for whitelisted relay` / `relay domain`), mx1's
  resolver failing 07:05-07:20 (Temperror), a phishing run spoofing banks and parcel services
  08:00-08:41 (`Fail; identity=mailfrom; ...` and `550 5.7.23 Message rejected due to: SPF fail -
  not authorized. Please see http://www.openspf.net/Why?s=mfrom;...`), bots HELO-ing as gmail.com
  (`s=helo`), a partner's SPF record broken from 09:28 (Permerror), and debugLevel 3 on mx2
  10:40-10:56 (`Config: %s`, `Cached data for this instance: %s`, `spfcheck: pyspf result: "%s"`,
  `Action: prepend: Text: ...  Reject action: 550 5.7.23`).
- MIMEDefang 3.4 on two Sendmail 8.17 gateways (`gw1-maillog`, `gw2-maillog`: the mimedefang lines
  of RHEL 9's /var/log/maillog): the multiplexor (`-l -L 300 -q 10`, 2 to 10 workers, 200 requests,
  300 s idle, 120 s busy timeout), the milter and mimedefang.pl running the suggested filter
  (md_graphdefang_log's `MDLOG,%s,mail_in,,,%s,%s,%s` per recipient, `spam`, `virus` with
  `Discarding because of virus %s`, `bad_filename`, `suspicious_chars`). A spam wave 07:40-07:56
  (workers started `About to perform scan`, `All workers are busy: Queueing request (%d queued)`,
  `Busy timeout` kills with the milter's `ERR Filter timed out - ...`, `Idle timeout` kills after),
  workers recycled at 200 requests (`Killing idle worker ...: Worker has processed 200 requests`,
  `Reap: ...`, `Worker %d resource usage: ...`, `Bringing workers up to minWorkers (2)`), clamd down
  on gw1 09:10-09:22 (`Could not connect to clamd Daemon at %s`, `Problem running virus scanner:
  code=999, category=cannot-execute, action=tempfail`), a filter edit on gw2 at 10:05 reread with a
  Perl warning per message until the fix at 10:31 (`Worker %d stderr: Use of uninitialized value
  $WhitelistScore{"..."} in numeric gt (>) at /etc/mail/mimedefang-filter line 241.`), gw1 restarted
  at 11:20 (`Received SIGTERM: ...`, `started; minWorkers=...`, `MIMEDefang alive. ...`,
  `Multiplexor alive - entering main loop`), `Worker status: ...` every five minutes.
- PostSRSd 1.10 (Debian 12) on two peer MX hosts of a university's alumni forwarding
  (`mx1-postsrsd.log`, `mx2-postsrsd.log`: `journalctl -u postsrsd`, the children forked per
  cleanup(8) connection logging): `srs_forward: <%s> rewritten as <%s>` for every foreign sender
  (SRS0, and SRS1 for senders already rewritten by another forwarder), campus senders looked up as
  user@domain, user and @domain (`Domain excluded by policy`, `No at sign in sender address`),
  bounces reversed (`srs_reverse: <%s> rewritten as <%s>`), backscatter to made-up SRS addresses
  (`Hash invalid in SRS address.`, `Time stamp out of date.`, `No user in SRS0 address.`, `Bad
  base32 character in timestamp.`, `Hash too short in SRS address.`). At 08:30 a configuration run
  points mx2 at a secret file that does not exist (`postsrsd: Cannot open file with secret: %s`,
  systemd restarting it five times, `Start request repeated too quickly.`); at 08:41 mx2 starts
  with a new secret, so bounces of mail forwarded before fail there, and bounces of mail mx2
  forwarded meanwhile fail on mx1; mx2 gets the old secret back (and keeps the new one) at 09:52,
  mx1 learns the new one at 10:24.
- iRedAPD 5.4, then 5.5 (iRedMail 1.6, MariaDB, one server `mail`; /var/log/iredapd/iredapd.log
  through syslog, libs/logger.py's `%(name)s %(levelname)s: %(message)s`: `Jun  7 06:00:13 mail
  iredapd INFO: [...] ...`): each policy request's final line (`[%s] RCPT, %s -> %s, DUNNO [sasl_
  username=..., process_time=...]`, `END-OF-MESSAGE, ... [recipient_count=..., size=...]`, with
  `sasl => rcpt` and `sasl => sender -> rcpt` for authenticated senders), greylisting (`Client has
  not been seen before, greylisted (%s).`, `retries too soon`, `has passed the greylisting`, `Bypass
  greylisting due to SPF match (%s)`, the `451 4.7.1 Intentional policy rejection, please try again
  later` action), SRS through its tcp tables (`[srs][sender]  rewrote: %s -> %s` for every foreign
  sender, `[srs][recipient]  reversed: %s -> %s`), outbound throttling at 100 messages an hour
  (`[%s] sender throttle, %s -> max_msgs (%d/%d, period: %d seconds, time left: ...)`); a phished
  account sending through a botnet 08:50-09:21 (`Quota exceeded: sender throttle for max_msgs` and
  `REJECT Throttling quota exceeded`, the hourly period resetting at 09:12), an office scanner
  authenticating as one user and sending as another (`REJECT Sender is not same as SMTP
  authenticate username`), a blacklisted and a whitelisted sender (`REJECT Blacklisted`, `OK`),
  MariaDB restarted 10:11-10:14 (`<!> Error while applying plugin '%s': [...]` with the traceback
  as a list's repr, `[srs][sender]  Error while verifying domain: OperationalError(...)`), and the
  upgrade's restart at 10:14 (`Starting iRedAPD (version: %s, ...)`, `Loading plugin (priority:
  %s): %s`, the SRS channels).

Label notes. The log heads are context: multilog's TAI64N label, the syslog and journal heads,
iRedAPD's `iredapd LEVEL:` (its logger name and level), md_syslog's `qid: ` before mimedefang.pl's
messages. qmail-send writes a delivery report through logsafe(), so the labels keep its `_` and
`/`; the report is qmail-remote's, qmail-local's or qmail-lspawn's own message and contributes its
format (`%s_accepted_message./Remote_host_said:_%s/`, `did_%s+%s+%s/`), the remote server's reply is
a value; `to local` / `to remote` (tochan[]) and ` exitasap` are the code's words, tcpserver's
`host:ip:port` fields and the RBL's TXT text are values, `451` / `553` the branch's words.
pypolicyd-spf's result words (Pass, None, Temperror, ...) are pyspf's results: values; `identity=helo`
and `identity=mailfrom` are written by the two checks: wording; a HELO-based header's parenthesised
reason is pyspf's explanation and contributes its text (one label per reason); `s=mfrom` / `s=helo`
in the 550 are the call site's words. MIMEDefang: the event name the filter passes to
md_graphdefang_log literally (`mail_in`, `spam`, `virus`, `bad_filename`, `suspicious_chars`) is
wording, the values after it (hits, relay, sender, recipient, the raw Subject header) are values;
a kill's reason contributes its format, `idle` / `busy` (state_name_lc) is a value; the milter's
`%s: ` queue id is in its own format; a Perl warning is perl's format. PostSRSd's srs_strerror texts
are formats of their own (one label each). iRedAPD's final line is built from f-strings picked by
branch (`sender -> rcpt`, `sasl => rcpt`, `sasl => sender -> rcpt`) around an action from
SMTP_ACTIONS: one label per shape and action; the `[srs][sender] ` prefix is the channel's literal;
a plugin error's traceback list is one value.

Least sure (written from the helper's knowledge; qmail-send's, qmail-remote's and qsutil's
logging, tcpserver's and rblsmtpd's lines, PostSRSd 1.x's postsrsd.c and srs2.c, MIMEDefang's
multiplexor, milter and md_syslog/md_graphdefang_log, and iRedAPD 5's channel, utils, greylisting
and throttle code were checked against copies of their sources, policyd-spf's lines against real
logs quoted in forums): which policyd-spf lines debugLevel 1 writes for each request (the HELO
result always, the mail-from result line only before a reject), its X-Comment wordings, the
debugLevel 3 lines and their order; iRedAPD's syslog layout through rsyslog (`iredapd INFO:`, no
pid), an END-OF-MESSAGE line's empty recipient for several recipients, the plugin priorities and
traceback frames; MIMEDefang's first worker numbers, whether RHEL runs the multiplexor with `-L`
and `-q`; Debian's postsrsd unit description and whether cleanup looks up the bare local part;
qmail's uids (LWQ's 7791 qmaild, 7796 qmails).
"""

from __future__ import annotations

import hashlib
import heapq
import hmac
import itertools
import math
import random
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round55 import poisson
from generate_round97 import Files, sec, syslog_ts
from generate_round147 import T0, T_END, at, in_any

SEC = 1_000_000
US = 1


class Sim:
    """Events run in time order (ties in the order they were pushed): a process's lines come
    out with the state (concurrency counters, queues) of the moment they are written."""

    def __init__(self) -> None:
        self.heap: list[tuple[datetime, int, Callable[[datetime], None]]] = []
        self.seq = itertools.count()

    def push(self, t: datetime, fn: Callable[[datetime], None]) -> None:
        heapq.heappush(self.heap, (t, next(self.seq), fn))

    def run(self) -> None:
        while self.heap:
            t, _, fn = heapq.heappop(self.heap)
            fn(t)


def pick(r: random.Random, table: list[tuple[float, object]]) -> object:
    return r.choices([v for _, v in table], weights=[w for w, _ in table])[0]


def jshort(t: datetime) -> str:
    """journalctl's `short` time: `Jun 07 06:00:10`."""
    return f"{t:%b %d %H:%M:%S}"


def rfc3339(t: datetime) -> str:
    """rsyslog's RSYSLOG_FileFormat (Debian 12's default): microseconds and the offset."""
    return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}+00:00"


FIRST = [
    "anna",
    "lukas",
    "mia",
    "jonas",
    "lea",
    "felix",
    "sophie",
    "paul",
    "emma",
    "david",
    "laura",
    "tim",
    "julia",
    "max",
    "sarah",
    "jan",
    "nina",
    "moritz",
    "hannah",
    "leon",
]
LAST = [
    "mueller",
    "schmidt",
    "schneider",
    "fischer",
    "weber",
    "meyer",
    "wagner",
    "becker",
    "hoffmann",
    "koch",
    "richter",
    "klein",
    "wolf",
    "neumann",
    "schwarz",
    "braun",
]


def person(r: random.Random) -> str:
    return f"{r.choice(FIRST)}.{r.choice(LAST)}"


def bot_ip(r: random.Random) -> str:
    a = r.choice([45, 46, 77, 80, 89, 91, 103, 109, 141, 176, 178, 185, 193, 194, 212, 213])
    return f"{a}.{r.randint(1, 254)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


# ------------------------------------------------------------------------------------ qmail


def tai64n(t: datetime) -> str:
    """multilog's `t`: `@` and the TAI64N label in hex (2^62 + 10 + Unix seconds, then the
    nanoseconds)."""
    s = int(t.timestamp())
    nano = t.microsecond * 1000 + (t.microsecond * 389) % 1000
    return f"@{(1 << 62) + 10 + s:016x}{nano:08x}"


def qsafe(s: str) -> str:
    """qmail-send's logsafe(): a newline becomes `/`, `%` and any byte outside 33-126 `_`."""
    out = []
    for c in s:
        if c == "\n":
            out.append("/")
        elif c == "%" or not 33 <= ord(c) <= 126:
            out.append("_")
        else:
            out.append(c)
    return "".join(out)


QM_ME = "mx.example.net:192.0.2.25:25"
QM_USERS = {
    "anna": 1001,
    "markus": 1002,
    "sabine": 1003,
    "thomas": 1004,
    "jens": 1005,
    "katrin": 1006,
    "info": 1007,
    "support": 1008,
    "billing": 1009,
    "sales": 1010,
    "office": 1011,
}
QM_PROCMAIL = {"jens", "support"}
QM_FORWARD = {"sales": "vertrieb.example.net@gmail.com"}
QM_DICT = [
    "admin",
    "test",
    "contact",
    "marketing",
    "hr",
    "jobs",
    "webmaster",
    "accounting",
    "ceo",
    "finance",
    "newsletter",
    "noreply",
    "mail",
    "service",
    "help",
    "kontakt",
    "buchhaltung",
    "vertrieb",
    "einkauf",
    "personal",
    "bewerbung",
    "rechnung",
    "verwaltung",
    "team",
    "hello",
]
QM_MX: dict[str, tuple[list[str], str]] = {
    "gmail.com": (["142.250.102.27", "64.233.184.27", "142.251.9.26", "173.194.76.27"], "google"),
    "googlemail.com": (["142.250.102.27", "64.233.184.26"], "google"),
    "outlook.com": (["52.101.68.12", "52.101.73.4", "52.101.42.17"], "outlook"),
    "hotmail.com": (["52.101.68.12", "52.101.73.4"], "outlook"),
    "kanzlei-weber.de": (["52.101.73.2", "52.101.68.16"], "outlook"),
    "yahoo.com": (["67.195.204.74", "98.136.96.91"], "yahoo"),
    "web.de": (["212.227.15.41", "212.227.17.11"], "webde"),
    "gmx.de": (["212.227.15.9", "212.227.17.5"], "webde"),
    "partner-logistik.de": (["85.13.145.21"], "postfix"),
    "stadtwerke-nord.de": (["194.45.66.12"], "postfix"),
    "t-online.de": (["194.25.134.72", "194.25.134.8"], "tonline"),
    "oldbox-hosting.com": (["203.0.113.77"], "qmail"),
}
QM_OUT_DOMAINS = [
    (22, "gmail.com"),
    (6, "outlook.com"),
    (4, "hotmail.com"),
    (8, "kanzlei-weber.de"),
    (3, "yahoo.com"),
    (8, "web.de"),
    (6, "gmx.de"),
    (9, "partner-logistik.de"),
    (5, "stadtwerke-nord.de"),
    (6, "t-online.de"),
    (3, "oldbox-hosting.com"),
]
QM_TYPOS = ["sophie.kleinn@gmail.com", "info@partner-logistic.de", "j.bauer@stadtwerke-nord.de"]
RBL_TXT = [
    (6, "https://www.spamhaus.org/query/ip/{ip}"),
    (3, "Listed by SBL, see https://check.spamhaus.org/sbl/query/SBL{n}"),
    (2, "Blocked - see https://www.spamcop.net/bl.shtml?{ip}"),
]


def qm_reply(r: random.Random, kind: str, t: datetime, size: int) -> str:
    ep = int(t.timestamp())
    if kind == "google":
        return f"250 2.0.0 OK  {ep} {hexid(r, 13)}-{hexid(r, 11)}si{r.randint(100000, 9999999)}.{r.randint(10, 999)} - gsmtp"
    if kind == "outlook":
        host = f"{r.choice(['AM9PR04MB', 'DB8PR02MB', 'PAXPR07MB', 'VI1PR03MB'])}{r.randint(1000, 9999)}"
        secs = r.uniform(0.05, 0.6)
        return f"250 2.6.0 <{hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 12)}@example.net> [InternalId={r.randint(10**12, 10**13)}, Hostname={host}.eurprd04.prod.outlook.com] {size + r.randint(900, 4000)} bytes in {secs:.3f}, {size / 1024 / secs:.3f} KB/sec Queued mail for delivery"
    if kind == "yahoo":
        return "250 ok dirdel"
    if kind == "webde":
        return f"250 Requested mail action okay, completed: id=1M{''.join(r.choice('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') for _ in range(4))}-1s{''.join(r.choice('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') for _ in range(9))}-00{''.join(r.choice('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') for _ in range(4))}"
    if kind == "tonline":
        return "250 2.0.0 Message accepted."
    if kind == "qmail":
        return f"250 ok {ep} qp {r.randint(3000, 60000)}"
    return f"250 2.0.0 Ok: queued as {hexid(r, 10).upper()}"


def qmail(r: random.Random) -> list[Log]:
    """netqmail 1.06 on one host (LWQ layout, daemontools): /var/log/qmail/current
    (`send-current`) and /var/log/qmail/smtpd/current (`smtpd-current`), 06:00 to 12:00 (see
    the module docstring)."""
    fs = Files()
    sim = Sim()
    st: dict = {
        "l": 0,
        "r": 0,
        "rmax": 20,
        "del": 48213,
        "exit": False,
        "down": False,
        "exited": False,
        "conn": 0,
        "pid": 23817,
    }
    waiting: dict[str, list] = {"local": [], "remote": []}
    held: list = []
    used: set[int] = set()

    def S(t: datetime, label: str, msg: str) -> datetime:
        return fs.add("send-current", t, label, lambda x: [f"{tai64n(x)} {msg}"], "send", US)

    def D(t: datetime, label: str, msg: str) -> datetime:
        return fs.add("smtpd-current", t, label, lambda x: [f"{tai64n(x)} {msg}"], "smtpd", US)

    def tick(t: datetime) -> datetime:
        return t + sec(r.uniform(0.00008, 0.0006))

    def status(t: datetime) -> datetime:
        ex = " exitasap" if st["exit"] else ""
        return S(
            t,
            "status: local %s/%s remote %s/%s" + ex,
            f"status: local {st['l']}/10 remote {st['r']}/{st['rmax']}{ex}",
        )

    def new_pid() -> int:
        st["pid"] += r.randint(2, 40)
        return st["pid"]

    def new_id() -> int:
        while True:
            i = r.randint(1835000, 1899999)
            if i not in used:
                used.add(i)
                return i

    dns_stall = (at(7, 10, 4), at(7, 31, 40))
    partner_down = (at(8, 31, 0), at(9, 16, 30))
    disk_full = (at(9, 51, 12), at(10, 6, 40))
    restart = at(11, 0, 13)

    def outcome(t: datetime, m: dict, rc: dict, attempt: int) -> tuple[str, str, str, float]:
        addr = rc["addr"]
        if rc["chan"] == "local":
            user = addr.split("@")[0]
            if in_any(t, [disk_full]):
                return (
                    "Z",
                    "Temporary error on maildir delivery. (#4.3.0)\n",
                    "delivery %s: deferral: Temporary_error_on_maildir_delivery._(#4.3.0)/",
                    r.uniform(0.01, 0.05),
                )
            if user not in QM_USERS and user != "postmaster":
                return (
                    "D",
                    "Sorry, no mailbox here by that name. (#5.1.1)\n",
                    "delivery %s: failure: Sorry,_no_mailbox_here_by_that_name._(#5.1.1)/",
                    r.uniform(0.005, 0.02),
                )
            if user in QM_PROCMAIL:
                return (
                    "K",
                    "did 0+0+1\n",
                    "delivery %s: success: did_%s+%s+%s/",
                    r.uniform(0.08, 0.6),
                )
            if user in QM_FORWARD:
                return (
                    "K",
                    "did 0+1+0\n",
                    "delivery %s: success: did_%s+%s+%s/",
                    r.uniform(0.02, 0.1),
                )
            return ("K", "did 1+0+0\n", "delivery %s: success: did_%s+%s+%s/", r.uniform(0.01, 0.2))
        dom = addr.rsplit("@", 1)[1]
        if in_any(t, [dns_stall]):
            if r.random() < 0.7:
                return (
                    "Z",
                    "CNAME lookup failed temporarily. (#4.4.3)\n",
                    "delivery %s: deferral: CNAME_lookup_failed_temporarily._(#4.4.3)/",
                    r.uniform(5, 31),
                )
            return (
                "Z",
                "Sorry, I couldn't find any host by that name. (#4.1.2)\n",
                "delivery %s: deferral: Sorry,_I_couldn't_find_any_host_by_that_name._(#4.1.2)/",
                r.uniform(5, 31),
            )
        if dom not in QM_MX:
            return (
                "D",
                f"Sorry, I couldn't find any host named {dom}. (#5.1.2)\n",
                "delivery %s: failure: Sorry,_I_couldn't_find_any_host_named_%s._(#5.1.2)/",
                r.uniform(0.05, 0.8),
            )
        ips, kind = QM_MX[dom]
        ip = r.choice(ips)
        if dom == "partner-logistik.de" and in_any(t, [partner_down]):
            return (
                "Z",
                "Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)\n",
                "delivery %s: deferral: Sorry,_I_wasn't_able_to_establish_an_SMTP_connection._(#4.4.1)/",
                r.uniform(60, 61.5),
            )
        if addr in QM_TYPOS:
            if kind == "google":
                said = f"550-5.1.1 The email account that you tried to reach does not exist. Please try\n550-5.1.1 double-checking the recipient's email address for typos or\n550-5.1.1 unnecessary spaces. For more information, go to\n550 5.1.1  https://support.google.com/mail/?p=NoSuchUser {hexid(r, 13)}-{hexid(r, 11)}si{r.randint(100000, 9999999)}.{r.randint(10, 999)} - gsmtp"
            else:
                said = f"550 5.1.1 <{addr}>: Recipient address rejected: User unknown in virtual mailbox table"
            return (
                "D",
                f"{ip} does not like recipient.\nRemote host said: {said}\nGiving up on {ip}.\n",
                "delivery %s: failure: %s_does_not_like_recipient./Remote_host_said:_%s/Giving_up_on_%s./",
                r.uniform(0.8, 3),
            )
        if dom == "stadtwerke-nord.de" and attempt == 0:
            said = f"450 4.2.0 <{addr}>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/stadtwerke-nord.de.html"
            return (
                "Z",
                f"{ip} does not like recipient.\nRemote host said: {said}\nGiving up on {ip}.\n",
                "delivery %s: deferral: %s_does_not_like_recipient./Remote_host_said:_%s/Giving_up_on_%s./",
                r.uniform(0.6, 2),
            )
        if m.get("blast") and kind == "google" and attempt == 0 and r.random() < 0.55:
            said = (
                "421-4.7.28 [192.0.2.25      15] Our system has detected an unusual rate of\n421-4.7.28 unsolicited mail originating from your IP address. To protect our\n421-4.7.28 users from spam, mail sent from your IP address has been temporarily\n421-4.7.28 rate limited. For more information, go to\n421 4.7.28  https://support.google.com/mail/?p=UnsolicitedRateLimitError "
                + f"{hexid(r, 13)}-{hexid(r, 11)}si{r.randint(100000, 9999999)}.{r.randint(10, 999)} - gsmtp"
            )
            return (
                "Z",
                f"{ip} failed after I sent the message.\nRemote host said: {said}\n",
                "delivery %s: deferral: %s_failed_after_I_sent_the_message./Remote_host_said:_%s/",
                r.uniform(1.5, 4),
            )
        return (
            "K",
            f"{ip} accepted message.\nRemote host said: {qm_reply(r, kind, t, m['size'])}\n",
            "delivery %s: success: %s_accepted_message./Remote_host_said:_%s/",
            r.uniform(0.7, 6.5),
        )

    def nextretry(birth: datetime, ch: str, now: datetime) -> datetime:
        n = math.isqrt(max(0, int((now - birth).total_seconds()))) + (10 if ch == "local" else 20)
        return birth + sec(n * n + r.uniform(0.2, 1.5))

    def arrive(
        t: datetime,
        sender: str,
        rcpts: list[tuple[str, str]],
        size: int,
        qp: int,
        uid: int,
        blast: bool = False,
    ) -> None:
        if st["exit"] or st["down"]:
            held.append((sender, rcpts, size, qp, uid, blast))
            return
        mid = new_id()
        m = {
            "id": mid,
            "birth": t,
            "sender": sender,
            "pending": len(rcpts),
            "failed": [],
            "size": size,
            "blast": blast,
        }
        t = S(t, "new msg %s", f"new msg {mid}")
        t = S(
            tick(t),
            "info msg %s: bytes %s from <%s> qp %s uid %s",
            f"info msg {mid}: bytes {size} from <{qsafe(sender)}> qp {qp} uid {uid}",
        )
        for i, (addr, ch) in enumerate(rcpts):
            rc = {"addr": addr, "chan": ch}
            sim.push(t + sec(0.0004 * (i + 1)), lambda tt, rc=rc: start(tt, m, rc, 0))

    def start(t: datetime, m: dict, rc: dict, attempt: int) -> None:
        ch = rc["chan"]
        key = "l" if ch == "local" else "r"
        cap = 10 if ch == "local" else st["rmax"]
        if st["exit"] or st["down"] or st[key] >= cap:
            waiting[ch].append((m, rc, attempt))
            return
        st["del"] += 1
        did = st["del"]
        st[key] += 1
        t = S(
            t,
            f"starting delivery %s: msg %s to {ch} %s",
            f"starting delivery {did}: msg {m['id']} to {ch} {qsafe(rc['addr'])}",
        )
        t = status(tick(t))
        code, text, label, dur = outcome(t, m, rc, attempt)
        sim.push(t + sec(dur), lambda tt: end(tt, m, rc, attempt, did, code, text, label))

    def end(
        t: datetime, m: dict, rc: dict, attempt: int, did: int, code: str, text: str, label: str
    ) -> None:
        ch = rc["chan"]
        key = "l" if ch == "local" else "r"
        st[key] -= 1
        word = {"K": "success", "Z": "deferral", "D": "failure"}[code]
        t = S(t, label, f"delivery {did}: {word}: {qsafe(text)}")
        t = status(tick(t))
        if code == "Z":
            sim.push(nextretry(m["birth"], ch, t), lambda tt: start(tt, m, rc, attempt + 1))
        else:
            if code == "D":
                m["failed"].append(rc["addr"])
            user = rc["addr"].split("@")[0]
            if code == "K" and ch == "local" and user in QM_FORWARD:
                sim.push(
                    t + sec(r.uniform(0.003, 0.02)),
                    lambda tt: arrive(
                        tt,
                        m["sender"],
                        [(QM_FORWARD[user], "remote")],
                        m["size"] + 180,
                        new_pid(),
                        QM_USERS[user],
                    ),
                )
            m["pending"] -= 1
            if m["pending"] == 0:
                sim.push(t + sec(r.uniform(0.0005, 0.003)), lambda tt: done(tt, m))
        if st["exit"]:
            if st["l"] == 0 and st["r"] == 0 and not st["exited"]:
                sim.push(t + sec(r.uniform(0.001, 0.01)), exiting)
        elif waiting[ch]:
            w = waiting[ch].pop(0)
            sim.push(t + sec(0.0005), lambda tt, w=w: start(tt, *w))

    def done(t: datetime, m: dict) -> None:
        if st["exit"] or st["down"]:
            sim.push(restart + sec(6), lambda tt: done(tt, m))
            return
        if m["failed"]:
            qp = new_pid()
            t = S(t, "bounce msg %s qp %s", f"bounce msg {m['id']} qp {qp}")
            t = S(tick(t), "end msg %s", f"end msg {m['id']}")
            if m["sender"] == "":
                bs, to = "#@[]", ("postmaster@example.net", "local")
            else:
                dom = m["sender"].rsplit("@", 1)[1]
                bs, to = "", (m["sender"], "local" if dom == "example.net" else "remote")
            size = m["size"] + 1100 + 90 * len(m["failed"])
            sim.push(
                t + sec(r.uniform(0.002, 0.01)), lambda tt: arrive(tt, bs, [to], size, qp, 7796)
            )
        else:
            S(t, "end msg %s", f"end msg {m['id']}")

    def stop(t: datetime) -> None:
        st["exit"] = True
        if st["l"] == 0 and st["r"] == 0:
            sim.push(t + sec(0.004), exiting)

    def exiting(t: datetime) -> None:
        if st["exited"]:
            return
        st["exited"] = True
        t = S(t, "status: exiting", "status: exiting")
        st["exit"] = False
        st["down"] = True
        sim.push(t + sec(r.uniform(1.1, 1.9)), resume)

    def resume(t: datetime) -> None:
        st["down"] = False
        st["rmax"] = 40
        st["del"] = 0
        t = status(t)
        for sender, rcpts, size, qp, uid, blast in held:
            t = tick(t)
            sim.push(t, lambda tt, a=(sender, rcpts, size, qp, uid, blast): arrive(tt, *a))
        held.clear()
        for ch in ("local", "remote"):
            for w in waiting[ch][:]:
                waiting[ch].remove(w)
                t = t + sec(r.uniform(0.2, 2))
                sim.push(t, lambda tt, w=w: start(tt, *w))

    sim.push(restart, stop)

    # ---- qmail-smtpd behind tcpserver -v and rblsmtpd -r zen.spamhaus.org -r bl.spamcop.net
    def conn(
        t: datetime, ptr: str, ip: str, kind: str, msgs: list[tuple[str, list[tuple[str, str]]]]
    ) -> None:
        pid = new_pid()
        st["conn"] += 1
        t = D(t, "tcpserver: status: %s/%s", f"tcpserver: status: {st['conn']}/40")
        t = D(tick(t), "tcpserver: pid %s from %s", f"tcpserver: pid {pid} from {ip}")
        remote = f"{ptr}:{ip}::{r.randint(1024, 65000)}"
        if kind == "deny":
            t = D(
                tick(t),
                "tcpserver: deny %s %s:%s:%s %s:%s:%s:%s",
                f"tcpserver: deny {pid} {QM_ME} {remote}",
            )
            sim.push(t + sec(r.uniform(0.001, 0.004)), lambda tt: cend(tt, pid, 25600))
            return
        t = D(
            t + sec(r.uniform(0.001, 0.5 if not ptr else 0.08)),
            "tcpserver: ok %s %s:%s:%s %s:%s:%s:%s",
            f"tcpserver: ok {pid} {QM_ME} {remote}",
        )
        if kind == "rbl":
            txt = str(pick(r, RBL_TXT)).format(ip=ip, n=r.randint(500000, 640000))
            t = D(
                t + sec(r.uniform(0.02, 0.3)),
                "rblsmtpd: %s pid %s: 451 %s",
                f"rblsmtpd: {ip} pid {pid}: 451 {txt}",
            )
            sim.push(t + sec(r.uniform(0.4, 14)), lambda tt: cend(tt, pid, 0))
            return
        if kind == "block":
            t = D(
                t + sec(r.uniform(0.001, 0.01)),
                "rblsmtpd: %s pid %s: 553 %s",
                f"rblsmtpd: {ip} pid {pid}: 553 Blocked for abuse - see https://www.example.net/abuse.html",
            )
            sim.push(t + sec(r.uniform(0.3, 4)), lambda tt: cend(tt, pid, 0))
            return
        dur = r.uniform(0.6, 4.0)
        for i, (sender, rcpts) in enumerate(msgs):
            size = int(r.lognormvariate(9.4, 1.1)) + 900
            dur += size / 400000
            arr = t + sec(dur * (i + 1) / (len(msgs) + 0.2))
            sim.push(
                arr,
                lambda tt, a=(sender, rcpts, size, pid + r.randint(1, 3), 7791, kind == "blast"): (
                    arrive(tt, *a)
                ),
            )
        code = 256 if kind == "timeout" else 0
        if kind == "timeout":
            dur += 1200
        sim.push(t + sec(dur), lambda tt: cend(tt, pid, code))

    def C(
        t: datetime, ptr: str, ip: str, kind: str, msgs: list[tuple[str, list[tuple[str, str]]]]
    ) -> None:
        sim.push(t, lambda tt: conn(tt, ptr, ip, kind, msgs))

    def cend(t: datetime, pid: int, code: int) -> None:
        st["conn"] -= 1
        t = D(t, "tcpserver: end %s status %s", f"tcpserver: end {pid} status {code}")
        D(tick(t), "tcpserver: status: %s/%s", f"tcpserver: status: {st['conn']}/40")

    def local(u: str) -> tuple[str, str]:
        return (f"{u}@example.net", "local")

    users = list(QM_USERS)
    for t in poisson(r, T0, T_END, 158.0):
        kind = pick(
            r, [(30, "gmail"), (13, "m365"), (9, "ses"), (9, "small"), (5, "list"), (34, "bot")]
        )
        rc = (
            [local(r.choice(users))]
            if r.random() < 0.85
            else [local(u) for u in r.sample(users, r.randint(2, 3))]
        )
        if kind == "gmail":
            n = r.randint(16, 99)
            C(
                t,
                f"mail-{r.choice(['wr1', 'wm1', 'ej1', 'ed1', 'lf1', 'pl1'])}-f{n}.google.com",
                f"209.85.{r.choice([128, 208, 218, 221, 167])}.{n}",
                "ok",
                [(f"{person(r)}{r.randint(70, 99)}@gmail.com", rc)],
            )
        elif kind == "m365":
            n = r.randint(2, 250)
            dom = r.choice(["kanzlei-weber.de", "steuerbuero-lang.de", "autohaus-kraemer.de"])
            C(
                t,
                f"mail-{r.choice(['am6eur05', 'db5eur03', 'fr2deu01', 'be1deu01'])}on{r.randint(2000, 2200)}.outbound.protection.outlook.com",
                f"40.107.{r.randint(1, 250)}.{n}",
                "ok",
                [(f"{person(r)}@{dom}", rc)],
            )
        elif kind == "ses":
            C(
                t,
                f"a{r.randint(7, 48)}-{r.randint(1, 250)}.smtp-out.eu-west-1.amazonses.com",
                f"54.240.{r.randint(1, 12)}.{r.randint(1, 250)}",
                "ok",
                [
                    (
                        f"0102018f{hexid(r, 8)}-{hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 12)}-000000@eu-west-1.amazonses.com",
                        rc,
                    )
                ],
            )
        elif kind == "small":
            ptr, ip, dom = r.choice(
                [
                    ("mail.partner-logistik.de", "85.13.145.21", "partner-logistik.de"),
                    ("mail.stadtwerke-nord.de", "194.45.66.12", "stadtwerke-nord.de"),
                    ("smtp.tischlerei-brandt.de", "81.169.145.97", "tischlerei-brandt.de"),
                    ("mx01.oldbox-hosting.com", "203.0.113.77", "oldbox-hosting.com"),
                ]
            )
            C(
                t,
                ptr,
                ip,
                "ok",
                [
                    (
                        f"{r.choice(['info', 'buchhaltung', 'k.lange', 'disposition', 'r.brandt'])}@{dom}",
                        rc,
                    )
                ],
            )
        elif kind == "list":
            lst = r.choice(["debian-user", "debian-security-announce", "postfix-users"])
            host = "bendel.debian.org" if lst.startswith("debian") else "english-mail.postfix.org"
            ip = "82.195.75.100" if lst.startswith("debian") else "168.100.1.7"
            u = rc[0][0].split("@")[0]
            C(
                t,
                host,
                ip,
                "ok",
                [
                    (
                        f"bounce-{lst}={u}=example.net@lists.{'debian' if lst.startswith('debian') else 'postfix'}.org",
                        [rc[0]],
                    )
                ],
            )
        else:
            ip = bot_ip(r)
            x = r.random()
            if x < 0.62:
                C(t, "", ip, "rbl", [])
            elif x < 0.68:
                C(t, "", f"198.51.100.{r.randint(2, 250)}", "deny", [])
            elif x < 0.74:
                C(t, "", f"203.0.113.{r.randint(130, 250)}", "block", [])
            elif x < 0.80:
                C(t, "", ip, "timeout", [])
            else:
                frm = f"{r.choice(['info', 'service', 'no-reply', 'billing', 'admin'])}@{r.choice(['secure-docs-portal.com', 'dhl-track-info.net', 'paypal-support-center.org', 'mailbox-quota-alert.com'])}"
                to = local(r.choice(QM_DICT)) if r.random() < 0.5 else local(r.choice(users))
                C(t, "", ip, "ok", [(frm, [to])])
    # a dictionary attack from one unlisted bot: one message, 25 guessed recipients
    C(
        at(9, 7, 41),
        "",
        "91.240.118.77",
        "ok",
        [("verify@mailbox-quota-alert.com", [local(u) for u in QM_DICT])],
    )
    # outbound: the office LAN relays through qmail-smtpd (RELAYCLIENT)
    staff = ["anna", "markus", "sabine", "thomas", "jens", "katrin", "info", "billing", "support"]
    for t in poisson(r, at(6, 40), T_END, 610.0):
        u = r.choice(staff)
        dom = str(pick(r, QM_OUT_DOMAINS))
        to = (
            f"{person(r)}@{dom}"
            if dom not in ("partner-logistik.de", "kanzlei-weber.de")
            else f"{r.choice(['disposition', 'info', 'k.lange', 'm.weber', 'sekretariat'])}@{dom}"
        )
        rcs = [(to, "remote")]
        if r.random() < 0.2:
            rcs.append((f"{person(r)}@{pick(r, QM_OUT_DOMAINS)}", "remote"))
        if r.random() < 0.15:
            rcs.append(local(r.choice(staff)))
        C(
            t,
            f"ws-{u}.office.example.net",
            f"10.20.1.{10 + staff.index(u)}",
            "ok",
            [(f"{u}@example.net", rcs)],
        )
    for t, u, to in [
        (at(7, 52, 3), "markus", QM_TYPOS[0]),
        (at(8, 44, 19), "billing", QM_TYPOS[1]),
        (at(10, 49, 55), "sabine", QM_TYPOS[2]),
    ]:
        C(
            t,
            f"ws-{u}.office.example.net",
            f"10.20.1.{10 + staff.index(u)}",
            "ok",
            [(f"{u}@example.net", [(to, "remote")])],
        )
    # mail for the partner while its MX is down, and for anyone while dnscache stalls
    for t, u, to in [
        (at(8, 36, 12), "katrin", "disposition@partner-logistik.de"),
        (at(8, 52, 40), "thomas", "k.lange@partner-logistik.de"),
        (at(9, 3, 5), "info", "disposition@partner-logistik.de"),
        (at(7, 12, 30), "anna", "m.weber@kanzlei-weber.de"),
        (at(7, 17, 2), "jens", f"{person(r)}@gmail.com"),
        (at(7, 24, 51), "billing", f"{person(r)}@web.de"),
    ]:
        C(
            t,
            f"ws-{u}.office.example.net",
            f"10.20.1.{10 + staff.index(u)}",
            "ok",
            [(f"{u}@example.net", [(to, "remote")])],
        )
    # the newsletter at 10:30: one message, 42 recipients
    blast = [
        (f"{person(r)}{r.randint(1, 99)}@{d}", "remote")
        for d in ["gmail.com"] * 18
        + ["web.de"] * 6
        + ["gmx.de"] * 5
        + ["outlook.com"] * 4
        + ["hotmail.com"] * 2
        + ["t-online.de"] * 5
        + ["yahoo.com"] * 2
    ]
    C(
        at(10, 30, 7),
        "ws-marketing.office.example.net",
        "10.20.1.40",
        "blast",
        [("info@example.net", blast)],
    )
    sim.run()
    return fs.logs(T0)


# ------------------------------------------------------------------------------ policyd-spf

SPF_CLIENTS = {
    # kind: (helo result, mail from result)
    "gmail": ("None", "Pass"),
    "m365": ("Pass", "Pass"),
    "ses": ("None", "Pass"),
    "mcdlv": ("None", "Pass"),
    "nospf": ("None", "None"),
    "softfail": ("None", "Softfail"),
    "neutral": ("None", "Neutral"),
    "bot": ("None", "None"),
}
SPF_REASON = {
    "Pass": "sender SPF authorized",
    "None": "no SPF record",
    "Softfail": "domain owner discourages use of this host",
    "Neutral": "access neither permitted nor denied",
}


def spf_client(r: random.Random, kind: str) -> tuple[str, str, str]:
    """(client ip, helo, envelope sender) of one kind of sending host."""
    n = r.randint(16, 99)
    if kind == "gmail":
        return (
            f"209.85.{r.choice([128, 208, 218, 221, 167])}.{n}",
            f"mail-{r.choice(['wr1', 'wm1', 'ej1', 'ed1', 'lf1', 'pl1'])}-f{n}.google.com",
            f"{person(r)}{r.randint(70, 99)}@gmail.com",
        )
    if kind == "m365":
        dom = r.choice(
            [
                "stadtbibliothek-nord.de",
                "kanzlei-weber.de",
                "ingenieurbuero-falk.de",
                "vhs-kreis.de",
            ]
        )
        return (
            f"40.107.{r.randint(1, 250)}.{n}",
            f"{r.choice(['EUR05-AM6', 'EUR03-DB5', 'DEU01-FR2', 'DEU01-BE1'])}-obe.outbound.protection.outlook.com",
            f"{person(r)}@{dom}",
        )
    if kind == "ses":
        return (
            f"54.240.{r.randint(1, 12)}.{r.randint(1, 250)}",
            f"a{r.randint(7, 48)}-{r.randint(1, 250)}.smtp-out.eu-west-1.amazonses.com",
            f"0102018f{hexid(r, 8)}-{hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 12)}-000000@eu-west-1.amazonses.com",
        )
    if kind == "mcdlv":
        m = r.randint(1, 250)
        atl = r.randint(11, 281)
        return (
            f"198.2.{r.randint(128, 191)}.{m}",
            f"mail{m}.atl{atl}.mcdlv.net",
            f"bounce-mc.us{r.randint(1, 21)}_{r.randint(10**7, 10**8)}.{r.randint(10**6, 10**7)}-{r.choice(FIRST)}=example.org@mail{m}.atl{atl}.mcdlv.net",
        )
    if kind == "nospf":
        ip, helo, dom = r.choice(
            [
                ("81.169.145.97", "smtp.tischlerei-brandt.de", "tischlerei-brandt.de"),
                ("85.214.23.140", "mail.foerderverein-gs.de", "foerderverein-gs.de"),
                ("5.9.44.201", "mx.zahnarzt-roth.de", "zahnarzt-roth.de"),
            ]
        )
        return (ip, helo, f"{r.choice(['info', 'praxis', 'vorstand', 'kontakt'])}@{dom}")
    if kind == "softfail":
        return (
            r.choice(["134.2.17.40", "134.2.17.41"]),
            r.choice(["mx1.uni-forward.de", "mx2.uni-forward.de"]),
            f"{r.choice(['kasse', 'vorstand', 'info'])}@vereinsheim-nord.org",
        )
    if kind == "neutral":
        return (
            "212.227.126.133",
            "mout.kundenserver.de",
            f"{r.choice(['shop', 'info', 'versand'])}@handmade-kerzen.de",
        )
    ip = bot_ip(r)
    return (
        ip,
        r.choice(
            [
                f"[{ip}]",
                "User",
                "WIN-" + hexid(r, 8).upper(),
                f"host-{ip.replace('.', '-')}.static.isp.example",
            ]
        ),
        f"{r.choice(['info', 'service', 'no-reply', 'news', 'support'])}@{r.choice(['secure-docs-portal.com', 'dhl-track-info.net', 'mailbox-quota-alert.com', 'crypto-yield.biz'])}",
    )


def policyd_spf(r: random.Random) -> list[Log]:
    """pypolicyd-spf 2.0.2 (Debian 12's postfix-policyd-spf-python) on two MX hosts, through
    Postfix's spawn(8), 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    inst: dict[str, dict] = {
        "mx1": {"pid": 41210, "t": T0 - sec(5000), "last": T0 - sec(5000)},
        "mx2": {"pid": 38877, "t": T0 - sec(5000), "last": T0 - sec(5000)},
    }
    resolver_down = (at(7, 5, 12), at(7, 19, 48))
    spoof = (at(8, 0, 0), at(8, 41, 0))
    permerror_from = at(9, 28, 0)
    debug = (at(10, 40, 2), at(10, 56, 30))

    def P(h: str, t: datetime, pid: int, label: str, msg: str) -> datetime:
        return fs.add(
            f"{h}-mail.log",
            t,
            label,
            lambda x: [f"{rfc3339(x)} {h} policyd-spf[{pid}]: {msg}"],
            (h, pid),
            US,
        )

    def pid_for(h: str, t: datetime) -> int:
        i = inst[h]
        if (t - i["last"]).total_seconds() > 300 or (t - i["t"]).total_seconds() > 1000:
            i["pid"] += r.randint(40, 900)
            i["t"] = t
        i["last"] = t
        return i["pid"]

    def request(h: str, t: datetime, kind: str) -> None:
        pid = pid_for(h, t)
        dbg = h == "mx2" and in_any(t, [debug])

        def tk(x: datetime) -> datetime:
            return x + sec(r.uniform(0.0002, 0.002))

        if kind == "localhost":
            P(
                h,
                t,
                pid,
                "prepend X-Comment: SPF not applicable to localhost connection - skipped check",
                "prepend X-Comment: SPF not applicable to localhost connection - skipped check",
            )
            return
        if kind == "relay":
            fields = f"client-ip=192.0.2.26; helo=mx2.example.org; envelope-from={person(r)}@{r.choice(['gmail.com', 'web.de', 'gmx.de'])}; receiver=<UNKNOWN>"
            P(
                h,
                t,
                pid,
                "prepend X-Comment: SPF skipped for whitelisted relay - client-ip=%s; helo=%s; envelope-from=%s; receiver=%s",
                f"prepend X-Comment: SPF skipped for whitelisted relay - {fields}",
            )
            return
        if kind == "relaydom":
            fields = f"client-ip=94.130.{r.randint(10, 14)}.{r.randint(2, 250)}; helo=mailout{r.randint(1, 4)}.lohnbuero-schulte.de; envelope-from=abrechnung@lohnbuero-schulte.de; receiver=<UNKNOWN>"
            P(
                h,
                t,
                pid,
                "prepend X-Comment: SPF skipped for whitelisted relay domain - client-ip=%s; helo=%s; envelope-from=%s; receiver=%s",
                f"prepend X-Comment: SPF skipped for whitelisted relay domain - {fields}",
            )
            return
        null = kind.endswith("-dsn")
        base = kind.removesuffix("-dsn")
        if base == "spoof":
            ip, helo, _ = spf_client(r, "bot")
            frm = f"{r.choice(['service', 'kundenservice', 'sicherheit', 'noreply'])}@{r.choice(['sparkasse.de', 'paypal.de', 'dhl.de', 'amazon.de'])}"
            hres, mres = r.choice(["None", "None", "Neutral"]), "Fail"
        elif base == "helofail":
            ip = bot_ip(r)
            helo = r.choice(["gmail.com", "yahoo.com", "outlook.com"])
            frm = f"{person(r)}@{helo}"
            hres, mres = "Fail", "Fail"
        elif base == "partner":
            ip, helo = "217.160.0.88", "mail.spedition-koenig.de"
            frm = f"{r.choice(['dispo', 'info', 'a.koenig'])}@spedition-koenig.de"
            hres, mres = "None", "Permerror" if t >= permerror_from else "Pass"
        else:
            ip, helo, frm = spf_client(r, base)
            hres, mres = SPF_CLIENTS[base]
            if base == "bot":
                mres = r.choice(["None", "Softfail", "Neutral", "None"])
        if null:
            frm = ""
        if h == "mx1" and in_any(t, [resolver_down]):
            hres = "Temperror"
            mres = "Temperror"
        fields = f"client-ip={ip}; helo={helo}; envelope-from={frm or '<>'}; receiver=<UNKNOWN>"
        if dbg:
            t = P(
                h,
                t,
                pid,
                "Config: %s",
                "Config: {'debugLevel': 3, 'HELO_reject': 'Fail', 'Mail_From_reject': 'Fail', 'PermError_reject': 'False', 'TempError_Defer': 'False', 'skip_addresses': '127.0.0.0/8,::ffff:127.0.0.0/104,::1', 'Whitelist': '', 'HELO_Whitelist': '', 'Domain_Whitelist': '', 'Domain_Whitelist_PTR': '', 'Header_Type': 'SPF', 'Hide_Receiver': 'Yes', 'Authserv_Id': 'mx2.example.org', 'Lookup_Time': 20, 'Void_Limit': 2, 'SPF_Enhanced_Status_Codes': 'Yes', 'Reject_Not_Pass_Domains': '', 'No_Mail': False}",
            )
            t = P(
                h,
                tk(t),
                pid,
                "Cached data for this instance: %s",
                "Cached data for this instance: []",
            )
            t = P(
                h,
                tk(t) + sec(r.uniform(0.005, 0.15)),
                pid,
                'spfcheck: pyspf result: "%s"',
                f"spfcheck: pyspf result: \"['{hres}', '{SPF_REASON.get(hres, '') if hres != 'None' else ''}', 'helo']\"",
            )
        t = P(
            h,
            tk(t) + sec(r.uniform(0.004, 0.12) if hres != "Temperror" else r.uniform(4.0, 20.0)),
            pid,
            "%s; identity=helo; client-ip=%s; helo=%s; envelope-from=%s; receiver=%s",
            f"{hres}; identity=helo; {fields}",
        )
        if hres == "Fail":
            P(
                h,
                tk(t),
                pid,
                "550 5.7.23 Message rejected due to: SPF fail - not authorized. Please see http://www.openspf.net/Why?s=helo;id=%s;ip=%s;r=%s",
                f"550 5.7.23 Message rejected due to: SPF fail - not authorized. Please see http://www.openspf.net/Why?s=helo;id={helo};ip={ip};r=<UNKNOWN>",
            )
            return
        if null:
            reason = SPF_REASON.get(hres, "temporary DNS error in processing")
            lab = f"prepend Received-SPF: %s ({reason}) identity=helo; client-ip=%s; helo=%s; envelope-from=%s; receiver=%s"
            t = P(
                h,
                tk(t),
                pid,
                lab,
                f"prepend Received-SPF: {hres} ({reason}) identity=helo; {fields}",
            )
            if dbg:
                P(
                    h,
                    tk(t),
                    pid,
                    f"Action: prepend: Text: Received-SPF: %s ({reason}) identity=helo; client-ip=%s; helo=%s; envelope-from=%s; receiver=%s  Reject action: 550 5.7.23",
                    f"Action: prepend: Text: Received-SPF: {hres} ({reason}) identity=helo; {fields}  Reject action: 550 5.7.23",
                )
            return
        t = tk(t) + sec(r.uniform(0.004, 0.2) if mres != "Temperror" else r.uniform(4.0, 20.0))
        if dbg:
            t = P(
                h,
                t,
                pid,
                'spfcheck: pyspf result: "%s"',
                f"spfcheck: pyspf result: \"['{mres}', '{SPF_REASON.get(mres, '') if mres != 'None' else ''}', 'mailfrom']\"",
            )
            t = tk(t)
        if mres == "Fail":
            t = P(
                h,
                t,
                pid,
                "%s; identity=mailfrom; client-ip=%s; helo=%s; envelope-from=%s; receiver=%s",
                f"Fail; identity=mailfrom; {fields}",
            )
            P(
                h,
                tk(t),
                pid,
                "550 5.7.23 Message rejected due to: SPF fail - not authorized. Please see http://www.openspf.net/Why?s=mfrom;id=%s;ip=%s;r=%s",
                f"550 5.7.23 Message rejected due to: SPF fail - not authorized. Please see http://www.openspf.net/Why?s=mfrom;id={frm};ip={ip};r=<UNKNOWN>",
            )
            return
        t = P(
            h,
            t,
            pid,
            "prepend Received-SPF: %s (mailfrom) identity=mailfrom; client-ip=%s; helo=%s; envelope-from=%s; receiver=%s",
            f"prepend Received-SPF: {mres} (mailfrom) identity=mailfrom; {fields}",
        )
        if dbg:
            P(
                h,
                tk(t),
                pid,
                "Action: prepend: Text: Received-SPF: %s (mailfrom) identity=mailfrom; client-ip=%s; helo=%s; envelope-from=%s; receiver=%s  Reject action: 550 5.7.23",
                f"Action: prepend: Text: Received-SPF: {mres} (mailfrom) identity=mailfrom; {fields}  Reject action: 550 5.7.23",
            )

    mix = [
        (27, "gmail"),
        (13, "m365"),
        (8, "ses"),
        (7, "mcdlv"),
        (9, "nospf"),
        (4, "softfail"),
        (2, "neutral"),
        (4, "gmail-dsn"),
        (2, "m365-dsn"),
        (1, "nospf-dsn"),
        (0.5, "softfail-dsn"),
        (0.4, "neutral-dsn"),
        (13, "bot"),
        (2, "partner"),
    ]
    for h, mean in [("mx1", 29.0), ("mx2", 88.0)]:
        for t in poisson(r, T0, T_END, mean):
            request(h, t, str(pick(r, mix)))
    for t in poisson(r, T0, T_END, 260.0):
        request("mx1", t, "localhost")
    for t in poisson(r, at(6, 20), at(11, 50), 780.0):
        request("mx1", t, "relay")
    for t in poisson(r, at(7, 0), at(10, 0), 600.0):
        request("mx1", t, "relaydom")
    for t in poisson(r, spoof[0], spoof[1], 34.0):
        request(r.choice(["mx1", "mx1", "mx2"]), t, "spoof")
    for t in sorted(r.uniform(0, 21000) for _ in range(7)):
        request(r.choice(["mx1", "mx2"]), T0 + sec(t), "helofail")
    return fs.logs(T0)


# ------------------------------------------------------------------------------- mimedefang

B60 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwx"


def sm_qid(r: random.Random, t: datetime, pid: int) -> str:
    """A Sendmail 8.17 queue id: the date and time in base 60, two sequence characters, the pid."""
    c = B60
    return (
        c[(t.year - 1900) % 60]
        + c[t.month - 1]
        + c[t.day]
        + c[t.hour]
        + c[t.minute]
        + c[t.second]
        + c[r.randrange(60)]
        + c[r.randrange(60)]
        + f"{pid:06d}"
    )


def gd(s: str) -> str:
    """percent_encode_for_graphdefang: bytes outside 0x20-0x7e, `%`, `\\` and `,` as %XX."""
    out = []
    for b in s.encode():
        c = chr(b)
        if b < 0x20 or b > 0x7E or c in "%\\,":
            out.append(f"%{b:02X}")
        else:
            out.append(c)
    return "".join(out)


MD_SUBJ = [
    "Re: Angebot 2024-117",
    "AW: Termin naechste Woche",
    "Invoice INV-{n} from Hetzner Online GmbH",
    "Ihre Bestellung {n} wurde versandt",
    "=?UTF-8?Q?Einladung:_Teamrunde_=C3=BCber_Q3-Planung?=",
    "=?utf-8?B?QW50d29ydDogUHLDvGZ1bmdzdGVybWlu?=",
    "Meeting notes, 06/06",
    "Re: [cluster] node07 disk errors",
    "Your GitHub launch code",
    "Newsletter Juni 2024",
    "WG: Unterlagen fuer die Steuererklaerung",
    "[JIRA] (OPS-{n}) Backup job failed on fs02",
    "Lieferschein {n}",
    "Re: Re: Kostenvoranschlag",
    "Security alert",
]
MD_SPAM_SUBJ = [
    "You have (3) pending deliveries",
    "Account verification required",
    "=?UTF-8?B?8J+SsCBDbGFpbSB5b3VyIHJld2FyZA==?=",
    "Ihr Paket konnte nicht zugestellt werden",
    "Urgent: payment overdue",
    "RE: Business proposal",
    "Your mailbox is almost full",
    "Cheap meds, no prescription",
]
MD_VIRUS = [
    "Win.Trojan.Agent-1030231",
    "Doc.Dropper.Agent-6880217",
    "Html.Phishing.Bank-42018",
    "Win.Malware.Emotet-9953342-0",
    "Xls.Downloader.Valyria-10001987-0",
]
MD_BADFILE = [
    ("Rechnung_{n}.zip", "application/zip"),
    ("DHL_Sendung_{n}.js", "application/javascript"),
    ("scan_{n}.exe", "application/octet-stream"),
    ("invoice_{n}.html.lnk", "application/octet-stream"),
    ("Auftrag_{n}.scr", "application/x-msdownload"),
]


def mimedefang(r: random.Random) -> list[Log]:
    """MIMEDefang 3.4 on two Sendmail gateways' /var/log/maillog (RHEL 9), 06:00 to 12:00 (see
    the module docstring)."""
    fs = Files()
    MIN, MAX, MAXREQ, IDLE, BUSY = 2, 10, 200, 300, 120

    def one(h: str, mux0: int, milter0: int) -> None:
        sim = Sim()
        g: dict = {
            "mux": mux0,
            "milter": milter0,
            "gen": 0,
            "msgs": r.randint(4000, 9000),
            "acts": r.randint(40, 90),
            "queue": [],
            "down": False,
            "pid": mux0 + 4000,
            "bringing": False,
        }
        W = [
            {
                "n": i,
                "pid": None,
                "state": "S",
                "req": 0,
                "scans": 0,
                "act": None,
                "first": None,
                "idle": None,
                "order": 0,
                "gen": 0,
                "user": 0.0,
            }
            for i in range(MAX)
        ]
        stopped = list(range(MAX - 1, -1, -1))  # the head (last) is activated first

        def L(t: datetime, ident: str, pid: int, label: str, msg: str) -> datetime:
            return fs.add(
                f"{h}-maillog",
                t,
                label,
                lambda x: [f"{syslog_ts(x)} {h} {ident}[{pid}]: {msg}"],
                (h, pid),
                SEC,
            )

        def M(t: datetime, label: str, msg: str) -> datetime:
            return L(t, "mimedefang-multiplexor", g["mux"], label, msg)

        def running() -> int:
            return sum(1 for w in W if w["state"] in "IBK")

        def new_pid() -> int:
            g["pid"] += r.randint(3, 60)
            return g["pid"]

        def activate(t: datetime, w: dict, reason: str, label: str) -> datetime:
            stopped.remove(w["n"])
            w.update(
                pid=new_pid(),
                state="I",
                req=0,
                scans=0,
                act=t,
                first=None,
                idle=t,
                order=g["acts"],
                gen=g["gen"],
                user=0.0,
            )
            g["acts"] += 1
            return M(
                t,
                label,
                f"Starting worker {w['n']} (pid {w['pid']}) ({running()} running): {reason}",
            )

        def kill(t: datetime, w: dict, reason: str, label: str) -> datetime:
            state = "idle" if w["state"] == "I" else "busy"
            age = int((t - w["act"]).total_seconds())
            req_age = int((t - w["first"]).total_seconds()) if w["first"] else -1
            t = M(
                t,
                label,
                f"Killing {state} worker {w['n']} (pid {w['pid']}) req={w['req']} age={age} req_age={req_age}: {reason}",
            )
            busy = w["state"] == "B"
            w["state"] = "K"
            sim.push(t + sec(r.uniform(0.03, 0.4)), lambda tt: reap(tt, w, busy, True))
            return t

        def reap(t: datetime, w: dict, signalled: bool, killed: bool) -> None:
            if signalled:
                t = M(
                    t,
                    "Reap: worker %d (pid %lu) exited due to SIGTERM/SIGKILL as expected.",
                    f"Reap: worker {w['n']} (pid {w['pid']}) exited due to SIGTERM/SIGKILL as expected.",
                )
            else:
                t = M(
                    t,
                    "Reap: worker %d (pid %lu) exited normally with status %d",
                    f"Reap: worker {w['n']} (pid {w['pid']}) exited normally with status 0",
                )
            u = w["user"] + w["req"] * r.uniform(0.03, 0.06) + 0.4
            s = u * r.uniform(0.05, 0.12)
            M(
                t + sec(0.01),
                "Worker %d resource usage: req=%d, scans=%d, user=%d.%03d, sys=%d.%03d, nswap=%ld, majflt=%ld, minflt=%ld, maxrss=%ld, bi=%ld, bo=%ld",
                f"Worker {w['n']} resource usage: req={w['req']}, scans={w['scans']}, user={int(u)}.{int(u * 1000) % 1000:03d}, sys={int(s)}.{int(s * 1000) % 1000:03d}, nswap=0, majflt={r.randint(0, 14)}, minflt={int(52000 + w['req'] * r.uniform(900, 2200))}, maxrss={r.randint(118000, 164000)}, bi={r.randint(0, 900)}, bo={int(w['req'] * r.uniform(40, 160))}",
            )
            w.update(state="S", pid=None)
            stopped.append(w["n"])
            if killed and not g["down"] and running() < MIN and not g["bringing"]:
                g["bringing"] = True
                sim.push(t + sec(3), bring)

        def bring(t: datetime) -> None:
            g["bringing"] = False
            if g["down"] or running() >= MIN:
                return
            w = W[stopped[-1]]
            t = activate(
                t,
                w,
                f"Bringing workers up to minWorkers ({MIN})",
                "Starting worker %d (pid %lu) (%d running): Bringing workers up to minWorkers (%d)",
            )
            if running() < MIN:
                g["bringing"] = True
                sim.push(t + sec(3), bring)

        def free_worker() -> dict | None:
            idle = [w for w in W if w["state"] == "I"]
            if idle:
                return min(idle, key=lambda w: w["order"])
            return W[stopped[-1]] if stopped else None

        def scan(t: datetime, msg: dict) -> None:
            if g["down"]:
                return
            w = free_worker()
            if w is None:
                if len(g["queue"]) >= 10:
                    t = M(
                        t,
                        "Cannot queue request: request queue is full",
                        "Cannot queue request: request queue is full",
                    )
                    t = M(t, "No free workers", "No free workers")
                    L(
                        t + sec(0.001),
                        "mimedefang",
                        g["milter"],
                        "%s: Error from multiplexor: error: No free workers",
                        f"{msg['qid']}: Error from multiplexor: error: No free workers",
                    )
                    return
                g["queue"].append((t, msg))
                M(
                    t,
                    "All workers are busy: Queueing request (%d queued)",
                    f"All workers are busy: Queueing request ({len(g['queue'])} queued)",
                )
                sim.push(t + sec(30), lambda tt: qtimeout(tt, msg))
                return
            if w["state"] == "S":
                t = activate(
                    t,
                    w,
                    "About to perform scan",
                    "Starting worker %d (pid %lu) (%d running): About to perform scan",
                )
            run_scan(t, w, msg)

        def qtimeout(t: datetime, msg: dict) -> None:
            for i, (_, m) in enumerate(g["queue"]):
                if m is msg:
                    del g["queue"][i]
                    L(
                        t,
                        "mimedefang",
                        g["milter"],
                        "%s: Error from multiplexor: error: Queued request timed out",
                        f"{msg['qid']}: Error from multiplexor: error: Queued request timed out",
                    )
                    return

        def run_scan(t: datetime, w: dict, msg: dict) -> None:
            w["state"] = "B"
            if w["first"] is None:
                w["first"] = t
            dur = msg["dur"]
            if dur > BUSY:
                sim.push(t + sec(BUSY), lambda tt: timeout(tt, w, msg))
            else:
                sim.push(t + sec(dur), lambda tt: finish(tt, w, msg))

        def timeout(t: datetime, w: dict, msg: dict) -> None:
            busy = sum(1 for x in W if x["state"] == "B")
            w["req"] += 1
            w["scans"] += 1
            g["msgs"] += 1
            if busy > 3:
                L(
                    t,
                    "mimedefang",
                    g["milter"],
                    "%s: Error from multiplexor: ERR Filter timed out - system may be overloaded (consider increasing busy timeout)",
                    f"{msg['qid']}: Error from multiplexor: ERR Filter timed out - system may be overloaded (consider increasing busy timeout)",
                )
            else:
                L(
                    t,
                    "mimedefang",
                    g["milter"],
                    "%s: Error from multiplexor: ERR Filter timed out - check filter rules or system load",
                    f"{msg['qid']}: Error from multiplexor: ERR Filter timed out - check filter rules or system load",
                )
            kill(
                t + sec(0.001),
                w,
                "Busy timeout",
                "Killing %s worker %d (pid %lu) req=%d age=%d req_age=%d: Busy timeout",
            )
            take_queued(t + sec(0.002))

        def take_queued(t: datetime) -> None:
            while g["queue"]:
                w = free_worker()
                if w is None:
                    return
                _, msg = g["queue"].pop(0)
                if w["state"] == "S":
                    t = activate(
                        t,
                        w,
                        "About to perform scan",
                        "Starting worker %d (pid %lu) (%d running): About to perform scan",
                    )
                run_scan(t, w, msg)

        def finish(t: datetime, w: dict, msg: dict) -> None:

            def pl(tt: datetime, label: str, text: str) -> datetime:
                return L(tt, "mimedefang.pl", w["pid"], label, f"{msg['qid']}: {text}")

            tt = t - sec(min(msg["dur"] * 0.5, 2))
            rcpts, frm, subj, relay = msg["rcpts"], msg["from"], gd(msg["subj"]), msg["relay"]
            if msg.get("warn"):
                tt = M(
                    tt,
                    "Worker %d stderr: Use of uninitialized value %s in %s at %s line %d.",
                    f'Worker {w["n"]} stderr: Use of uninitialized value $WhitelistScore{{"{relay}"}} in numeric gt (>) at /etc/mail/mimedefang-filter line 241.',
                )
            kind = msg["kind"]
            if kind == "noclamd":
                tt = pl(
                    tt,
                    "Could not connect to clamd Daemon at %s",
                    "Could not connect to clamd Daemon at /run/clamd.scan/clamd.sock",
                )
                pl(
                    tt + sec(0.001),
                    "Problem running virus scanner: code=%s, category=%s, action=%s",
                    "Problem running virus scanner: code=999, category=cannot-execute, action=tempfail",
                )
            elif kind == "virus":
                vn = msg["virus"]
                for rc in rcpts:
                    tt = pl(
                        tt + sec(0.0005),
                        "MDLOG,%s,virus,%s,%s,%s,%s,%s",
                        f"MDLOG,{msg['qid']},virus,{vn},{relay},<{frm.lower()}>,<{rc.lower()}>,{subj}",
                    )
                pl(
                    tt + sec(0.0005),
                    "Discarding because of virus %s",
                    f"Discarding because of virus {vn}",
                )
            elif kind == "suspicious":
                for rc in rcpts:
                    tt = pl(
                        tt + sec(0.0005),
                        "MDLOG,%s,suspicious_chars,,,%s,%s,%s",
                        f"MDLOG,{msg['qid']},suspicious_chars,,,<{frm.lower()}>,<{rc.lower()}>,{subj}",
                    )
            else:
                if kind == "badfile":
                    fname, ctype = msg["file"]
                    for rc in rcpts:
                        tt = pl(
                            tt + sec(0.0005),
                            "MDLOG,%s,bad_filename,%s,%s,%s,%s,%s",
                            f"MDLOG,{msg['qid']},bad_filename,{gd(fname)},{ctype},<{frm.lower()}>,<{rc.lower()}>,{subj}",
                        )
                if msg["hits"] >= 5.0:
                    for rc in rcpts:
                        tt = pl(
                            tt + sec(0.0005),
                            "MDLOG,%s,spam,%s,%s,%s,%s,%s",
                            f"MDLOG,{msg['qid']},spam,{msg['hits']:.1f},{relay},<{frm.lower()}>,<{rc.lower()}>,{subj}",
                        )
                for rc in rcpts:
                    tt = pl(
                        tt + sec(0.0005),
                        "MDLOG,%s,mail_in,,,%s,%s,%s",
                        f"MDLOG,{msg['qid']},mail_in,,,<{frm.lower()}>,<{rc.lower()}>,{subj}",
                    )
            w["req"] += 1
            w["scans"] += 1
            w["user"] += msg["dur"] * r.uniform(0.5, 0.9)
            g["msgs"] += 1
            w["state"] = "I"
            w["idle"] = t
            if g["down"]:
                return
            if w["req"] < MAXREQ * 3 and g["queue"]:
                _, m2 = g["queue"].pop(0)
                run_scan(t, w, m2)
                return
            if w["req"] >= MAXREQ:
                kill(
                    t,
                    w,
                    f"Worker has processed {w['req']} requests",
                    "Killing %s worker %d (pid %lu) req=%d age=%d req_age=%d: Worker has processed %d requests",
                )
            elif w["gen"] < g["gen"]:
                kill(
                    t,
                    w,
                    "New generation -- forcing reread of filter rules",
                    "Killing %s worker %d (pid %lu) req=%d age=%d req_age=%d: New generation -- forcing reread of filter rules",
                )

        def idle_check(t: datetime) -> None:
            if not g["down"]:
                alive = running()
                for w in sorted((w for w in W if w["state"] == "I"), key=lambda w: w["idle"]):
                    if alive <= MIN:
                        break
                    if (t - w["idle"]).total_seconds() >= IDLE:
                        alive -= 1
                        t = kill(
                            t,
                            w,
                            "Idle timeout",
                            "Killing %s worker %d (pid %lu) req=%d age=%d req_age=%d: Idle timeout",
                        )
            if t + sec(IDLE) < T_END:
                sim.push(t + sec(IDLE), idle_check)

        def status_log(t: datetime) -> None:
            if not g["down"]:
                c = {s: sum(1 for w in W if w["state"] == s) for s in "SIBK"}
                M(
                    t,
                    "Worker status: Stopped=%d Idle=%d Busy=%d Killed=%d Queued=%d Msgs=%d Activations=%u",
                    f"Worker status: Stopped={c['S']} Idle={c['I']} Busy={c['B']} Killed={c['K']} Queued={len(g['queue'])} Msgs={g['msgs']} Activations={g['acts']}",
                )
            if t + sec(300) < T_END:
                sim.push(t + sec(300), status_log)

        def reread(t: datetime) -> None:
            g["gen"] += 1
            for w in sorted((w for w in W if w["state"] == "I"), key=lambda w: w["order"]):
                t = kill(
                    t,
                    w,
                    "Forcing reread of filter rules",
                    "Killing %s worker %d (pid %lu) req=%d age=%d req_age=%d: Forcing reread of filter rules",
                )

        def restart(t: datetime) -> None:
            g["down"] = True
            t = M(
                t,
                "Received SIGTERM: Stopping workers and terminating",
                "Received SIGTERM: Stopping workers and terminating",
            )
            for w in W:
                if w["state"] in "IB":
                    t = t + sec(r.uniform(0.05, 0.4))
                    reap(t, w, False, False)
            g["queue"].clear()
            up = t + sec(r.uniform(1.5, 2.5))
            g["mux"] = g["pid"] + r.randint(100, 300)
            g["pid"] = g["mux"] + 5
            g["milter"] = g["mux"] + 3
            g["msgs"] = 0
            g["acts"] = 0
            stopped[:] = list(range(MAX - 1, -1, -1))
            for w in W:
                w.update(state="S", pid=None)

            def up_(t: datetime) -> None:
                g["down"] = False
                t = M(
                    t,
                    "started; minWorkers=%d, maxWorkers=%d, maxRequests=%d, maxLifetime=%d, maxIdleTime=%d, busyTimeout=%d, clientTimeout=%d",
                    f"started; minWorkers={MIN}, maxWorkers={MAX}, maxRequests={MAXREQ}, maxLifetime=-1, maxIdleTime={IDLE}, busyTimeout={BUSY}, clientTimeout=10",
                )
                t = L(
                    t + sec(0.4),
                    "mimedefang",
                    g["milter"],
                    "MIMEDefang alive. workersReservedForLoopback=%d AllowNewConnectionsToQueue=%d doRelayCheck=%d doHeloCheck=%d doSenderCheck=%d doRecipientCheck=%d",
                    "MIMEDefang alive. workersReservedForLoopback=0 AllowNewConnectionsToQueue=0 doRelayCheck=0 doHeloCheck=0 doSenderCheck=0 doRecipientCheck=0",
                )
                L(
                    t + sec(0.2),
                    "mimedefang",
                    g["milter"],
                    "Multiplexor alive - entering main loop",
                    "Multiplexor alive - entering main loop",
                )
                g["bringing"] = True
                sim.push(t + sec(3), bring)

            sim.push(up, up_)

        # the gateway has been running for a while at 06:00: workers 0 and 1 are up
        for i in (0, 1):
            w = W[i]
            stopped.remove(i)
            w.update(
                pid=mux0 + 700 + 37 * i,
                state="I",
                req=r.randint(30, 170),
                act=T0 - sec(r.uniform(4000, 20000)),
                idle=T0 - sec(r.uniform(1, 20)),
                order=g["acts"] - 2 + i,
            )
            w["scans"] = w["req"]
            w["first"] = w["act"] + sec(r.uniform(1, 60))
            w["user"] = w["req"] * 0.7
        sim.push(T0 + sec(r.uniform(5, 290)), status_log)
        sim.push(T0 + sec(r.uniform(5, 290)), idle_check)
        # mail
        wave = (at(7, 40, 5), at(7, 56, 10))
        noclamd = (at(9, 10, 20), at(9, 22, 45))
        bug = (at(10, 5, 40), at(10, 31, 5))
        times = [(t, False) for t in poisson(r, T0, T_END, 47.0)] + [
            (t, True) for t in poisson(r, *wave, 6.5)
        ]
        for t, w_spam in sorted(times):
            sm_pid = r.randint(40000, 99999)
            qid = sm_qid(r, t, sm_pid)
            kind = "mail"
            x = r.random()
            if w_spam or x < 0.10:
                kind = "spam"
            elif x < 0.125:
                kind = "virus"
            elif x < 0.145:
                kind = "badfile"
            elif x < 0.147:
                kind = "suspicious"
            if h == "gw1" and in_any(t, [noclamd]):
                kind = "noclamd"
            if kind in ("spam", "virus", "suspicious"):
                frm = f"{r.choice(['info', 'service', 'billing', 'no-reply', 'support', 'admin'])}@{r.choice(['secure-docs-portal.com', 'dhl-track-info.net', 'mailbox-quota-alert.com', 'crypto-yield.biz', 'paypal-kundenservice.info'])}"
                relay = bot_ip(r)
                subj = r.choice(MD_SPAM_SUBJ)
            else:
                frm = f"{person(r)}@{r.choice(['gmail.com', 'web.de', 'gmx.de', 'uni-hamburg.de', 'kanzlei-weber.de', 'hetzner.com', 'github.com', 'partner-logistik.de'])}"
                relay = f"{r.choice(['209.85.221', '212.227.17', '213.165.67', '134.100.32', '40.107.22', '140.82.112'])}.{r.randint(2, 250)}"
                subj = r.choice(MD_SUBJ).replace("{n}", str(r.randint(1000, 99999)))
            rcpts = [
                f"{person(r)}@example.com"
                for _ in range(1 if r.random() < 0.82 else r.randint(2, 4))
            ]
            hits = (
                round(r.uniform(5.1, 24.9), 1) if kind == "spam" else round(r.uniform(-3, 4.6), 1)
            )
            dur = r.uniform(0.4, 3.2) if not w_spam else r.uniform(3, 48)
            if w_spam and r.random() < 0.025:
                dur = r.uniform(125, 200)
            msg = {
                "qid": qid,
                "from": frm,
                "rcpts": rcpts,
                "subj": subj,
                "relay": relay,
                "kind": kind,
                "hits": hits,
                "dur": dur,
                "virus": r.choice(MD_VIRUS),
                "file": tuple(
                    s.replace("{n}", str(r.randint(1000, 9999))) for s in r.choice(MD_BADFILE)
                ),
            }
            if (
                h == "gw2"
                and in_any(t, [bug])
                and kind in ("mail", "spam", "badfile")
                and r.random() < 0.8
            ):
                msg["warn"] = True
            sim.push(t, lambda tt, m=msg: scan(tt, m))
        if h == "gw2":
            sim.push(bug[0] - sec(2), reread)
            sim.push(bug[1] - sec(1.5), reread)
        if h == "gw1":
            sim.push(at(11, 20, 31), restart)
        sim.run()

    one("gw1", 1187, 1203)
    one("gw2", 1194, 1209)
    return fs.logs(T0)


# -------------------------------------------------------------------------------- postsrsd

SRS_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
SRS_B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
SRS_DOMAIN = "alumni.example.edu"


def srs_hash(secret: str, *parts: str) -> str:
    """libsrs2's srs_hash_create_v: HMAC-SHA1 over the lower-cased parts, four base64 chars."""
    mac = hmac.new(
        secret.encode(), b"".join(p.lower().encode() for p in parts), hashlib.sha1
    ).digest()
    out, hp = [], 0
    for i in range(4):
        m = i & 3
        if m == 0:
            j = mac[hp] >> 2
        elif m == 1:
            j = ((mac[hp] & 3) << 4) | ((mac[hp + 1] & 0xF0) >> 4)
            hp += 1
        elif m == 2:
            j = ((mac[hp] & 0x0F) << 2) | ((mac[hp + 1] & 0xC0) >> 6)
            hp += 1
        else:
            j = mac[hp] & 0x3F
            hp += 1
        out.append(SRS_B64[j])
    return "".join(out)


def srs_stamp(t: datetime, days_ago: int = 0) -> str:
    d = int(t.timestamp()) // 86400 - days_ago
    return SRS_B32[(d >> 5) & 31] + SRS_B32[d & 31]


def srs_forward(secret: str, t: datetime, addr: str) -> str:
    user, host = addr.rsplit("@", 1)
    if user[:4].upper() == "SRS0" and user[4] in "=-+":
        srsuser = user[4:]
        return f"SRS1={srs_hash(secret, host, srsuser)}={host}={srsuser}@{SRS_DOMAIN}"
    ts = srs_stamp(t)
    return f"SRS0={srs_hash(secret, ts, host, user)}={ts}={host}={user}@{SRS_DOMAIN}"


def postsrsd(r: random.Random) -> list[Log]:
    """PostSRSd 1.10 (Debian 12) on two peer MX hosts of a university's alumni forwarding
    service, `journalctl -u postsrsd`, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    sim = Sim()
    old, new = "9f3c1e77a0b24d6e8c55f1d2b7a94e60", "c41d8e2f7b6a4093a1e5d7c2f8b03e91"
    hostpid = {"mx1": 9511, "mx2": 19480}
    child: dict[tuple[str, str], dict] = {}
    since = {"mx1": T0 - sec(86400), "mx2": T0 - sec(86400)}
    down = {"mx1": False, "mx2": False}
    UNIT = "postsrsd.service"
    DESC = "PostSRSd Daemon"

    def J(h: str, t: datetime, ident: str, pid: int, label: str, msg: str) -> datetime:
        return fs.add(
            f"{h}-postsrsd.log",
            t,
            label,
            lambda x: [f"{jshort(x)} {h} {ident}[{pid}]: {msg}"],
            (h, pid),
            SEC,
        )

    def sysd(h: str, t: datetime, label: str, msg: str) -> datetime:
        return J(h, t, "systemd", 1, label, msg)

    def secret_of(h: str, t: datetime) -> list[str]:
        if h == "mx2":
            if at(8, 41, 38) <= t < at(9, 52, 11):
                return [new]
            if t >= at(9, 52, 11):
                return [old, new]
            return [old]
        return [old, new] if t >= at(10, 24, 41) else [old]

    def cpid(h: str, port: str, t: datetime) -> int:
        """The child postsrsd forks for each connection of a cleanup(8) process: kept while
        cleanup keeps its table connection (idle 100 s, 100 uses)."""
        c = child.get((h, port))
        if (
            c is None
            or (t - c["last"]).total_seconds() > 100
            or c["uses"] >= 100
            or c["start"] < since[h]
        ):
            hostpid[h] += r.randint(3, 90)
            c = {"pid": hostpid[h], "last": t, "uses": 0, "start": t}
            child[(h, port)] = c
        c["last"] = t
        c["uses"] += 1
        return c["pid"]

    def fwd(h: str, t: datetime, addr: str) -> None:
        if down[h]:
            return
        pid = cpid(h, "fwd", t)
        dom = addr.rsplit("@", 1)[-1] if "@" in addr else ""
        if "@" in addr and (dom == "example.edu" or dom.endswith(".example.edu")):
            J(
                h,
                t,
                "postsrsd",
                pid,
                "srs_forward: <%s> not rewritten: Domain excluded by policy",
                f"srs_forward: <{addr}> not rewritten: Domain excluded by policy",
            )
            return
        if "@" not in addr:
            J(
                h,
                t,
                "postsrsd",
                pid,
                "srs_forward: <%s> not rewritten: No at sign in sender address",
                f"srs_forward: <{addr}> not rewritten: No at sign in sender address",
            )
            return
        out = srs_forward(secret_of(h, t)[0], t, addr)
        J(
            h,
            t,
            "postsrsd",
            pid,
            "srs_forward: <%s> rewritten as <%s>",
            f"srs_forward: <{addr}> rewritten as <{out}>",
        )
        if r.random() < 0.08:
            back = t + sec(r.uniform(30, 1800))
            if back < T_END:
                sim.push(back, lambda tt: rev(r.choice(["mx1", "mx2"]), tt, out))

    def parse(h: str, t: datetime, srs: str) -> tuple[str, str]:
        """(label, message) of srs_reverse on `h` for `srs` at `t`."""
        secrets = secret_of(h, t)
        user = srs.rsplit("@", 1)[0]
        parts = user.split("=")
        if user.startswith("SRS1"):
            hash_, host, rest = parts[1], parts[2], "=".join(parts[3:])
            for s in secrets:
                if srs_hash(s, host, rest).lower() == hash_.lower():
                    return (
                        "srs_reverse: <%s> rewritten as <%s>",
                        f"srs_reverse: <{srs}> rewritten as <SRS0{rest}@{host}>",
                    )
            return (
                "srs_reverse: <%s> not rewritten: Hash invalid in SRS address.",
                f"srs_reverse: <{srs}> not rewritten: Hash invalid in SRS address.",
            )
        if len(parts) < 5 or not parts[4]:
            return (
                "srs_reverse: <%s> not rewritten: No user in SRS0 address.",
                f"srs_reverse: <{srs}> not rewritten: No user in SRS0 address.",
            )
        hash_, stamp, host, u = parts[1], parts[2], parts[3], "=".join(parts[4:])
        if any(c.upper() not in SRS_B32 for c in stamp):
            return (
                "srs_reverse: <%s> not rewritten: Bad base32 character in timestamp.",
                f"srs_reverse: <{srs}> not rewritten: Bad base32 character in timestamp.",
            )
        then = SRS_B32.index(stamp[0].upper()) * 32 + SRS_B32.index(stamp[1].upper())
        now = (int(t.timestamp()) // 86400) % 1024
        while now < then:
            now += 1024
        if now > then + 21:
            return (
                "srs_reverse: <%s> not rewritten: Time stamp out of date.",
                f"srs_reverse: <{srs}> not rewritten: Time stamp out of date.",
            )
        if len(hash_) < 4:
            return (
                "srs_reverse: <%s> not rewritten: Hash too short in SRS address.",
                f"srs_reverse: <{srs}> not rewritten: Hash too short in SRS address.",
            )
        for s in secrets:
            if srs_hash(s, stamp, host, u).lower() == hash_.lower():
                return (
                    "srs_reverse: <%s> rewritten as <%s>",
                    f"srs_reverse: <{srs}> rewritten as <{u}@{host}>",
                )
        return (
            "srs_reverse: <%s> not rewritten: Hash invalid in SRS address.",
            f"srs_reverse: <{srs}> not rewritten: Hash invalid in SRS address.",
        )

    def rev(h: str, t: datetime, srs: str) -> None:
        if down[h]:
            return
        label, msg = parse(h, t, srs)
        J(h, t, "postsrsd", cpid(h, "rev", t), label, msg)

    def started(h: str, t: datetime) -> datetime:
        hostpid[h] += r.randint(4, 30)
        since[h] = t
        down[h] = False
        return sysd(h, t, "Started %s - %s.", f"Started {UNIT} - {DESC}.")

    def stop(h: str, t: datetime) -> datetime:
        down[h] = True
        t = sysd(h, t, "Stopping %s - %s...", f"Stopping {UNIT} - {DESC}...")
        t = sysd(
            h, t + sec(0.01), "%s: Deactivated successfully.", f"{UNIT}: Deactivated successfully."
        )
        return sysd(h, t, "Stopped %s - %s.", f"Stopped {UNIT} - {DESC}.")

    def broken(t: datetime) -> None:
        """mx2 08:30: a configuration run points SRS_SECRET at a file that does not exist yet;
        Restart=always gives up after five tries."""
        t = stop("mx2", t)
        for i in range(5):
            t = sysd("mx2", t + sec(0.1), "Started %s - %s.", f"Started {UNIT} - {DESC}.")
            hostpid["mx2"] += r.randint(2, 9)
            t = J(
                "mx2",
                t + sec(0.003),
                "postsrsd",
                hostpid["mx2"],
                "%s: Cannot open file with secret: %s",
                "postsrsd: Cannot open file with secret: /etc/postsrsd/postsrsd.secret",
            )
            t = sysd(
                "mx2",
                t + sec(0.002),
                "%s: Main process exited, code=exited, status=%d/FAILURE",
                f"{UNIT}: Main process exited, code=exited, status=1/FAILURE",
            )
            t = sysd(
                "mx2", t, "%s: Failed with result '%s'.", f"{UNIT}: Failed with result 'exit-code'."
            )
            t = sysd(
                "mx2",
                t + sec(0.1),
                "%s: Scheduled restart job, restart counter is at %d.",
                f"{UNIT}: Scheduled restart job, restart counter is at {i + 1}.",
            )
            t = sysd("mx2", t, "Stopped %s - %s.", f"Stopped {UNIT} - {DESC}.")
        t = sysd(
            "mx2",
            t,
            "%s: Start request repeated too quickly.",
            f"{UNIT}: Start request repeated too quickly.",
        )
        t = sysd(
            "mx2", t, "%s: Failed with result '%s'.", f"{UNIT}: Failed with result 'exit-code'."
        )
        sysd("mx2", t, "Failed to start %s - %s.", f"Failed to start {UNIT} - {DESC}.")

    sim.push(at(8, 30, 5), broken)
    sim.push(at(8, 41, 38), lambda t: started("mx2", t))
    # 09:52 mx2 gets the old secret back (first line) and keeps the new one (second line);
    # 10:24 mx1 learns the interim secret too
    sim.push(at(9, 52, 10), lambda t: stop("mx2", t))
    sim.push(at(9, 52, 11), lambda t: started("mx2", t))
    sim.push(at(10, 24, 40), lambda t: stop("mx1", t))
    sim.push(at(10, 24, 41), lambda t: started("mx1", t))

    staff = [person(r) for _ in range(40)]
    senders = [
        (30, lambda: f"{person(r)}{r.randint(70, 99)}@gmail.com"),
        (10, lambda: f"{person(r)}@{r.choice(['web.de', 'gmx.de', 'gmx.net', 't-online.de'])}"),
        (9, lambda: f"{person(r)}@{r.choice(['uni-hamburg.de', 'tu-berlin.de', 'lmu.de'])}"),
        (
            8,
            lambda: f"noreply@{r.choice(['github.com', 'linkedin.com', 'xing.com', 'meetup.com'])}",
        ),
        (
            7,
            lambda: (
                f"0102018f{hexid(r, 8)}-{hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 12)}-000000@eu-west-1.amazonses.com"
            ),
        ),
        (
            6,
            lambda: (
                f"bounce-mc.us{r.randint(1, 21)}_{r.randint(10**7, 10**8)}.{r.randint(10**6, 10**7)}-{r.choice(FIRST)}=alumni.example.edu@mail{r.randint(1, 250)}.atl{r.randint(11, 281)}.mcdlv.net"
            ),
        ),
        (
            4,
            lambda: (
                f"{r.choice(['news', 'info', 'verein'])}@{r.choice(['alumni-netzwerk.de', 'foerderkreis-uni.de'])}"
            ),
        ),
        (
            3,
            lambda: (
                f"SRS0={''.join(r.choice(SRS_B64[:62]) for _ in range(4))}={srs_stamp(T0)}={r.choice(['gmail.com', 'yahoo.com', 'outlook.com'])}={person(r)}@{r.choice(['forward.posteo.de', 'fwd.mailbox.org', 'pobox.com'])}"
            ),
        ),
        (2, lambda: f"{person(r)}@outlook.com"),
    ]

    def junk(h: str, t: datetime) -> None:
        """Backscatter to made-up or mangled SRS addresses."""
        u, d = person(r), r.choice(["gmail.com", "web.de", "yahoo.com"])
        h4 = "".join(r.choice(SRS_B64[:62]) for _ in range(4))
        k = pick(r, [(6, "hash"), (2, "old"), (1, "user"), (1, "b32"), (1, "short")])
        if k == "hash":
            s = f"SRS0={h4}={srs_stamp(t, r.randint(0, 9))}={d}={u}@{SRS_DOMAIN}"
        elif k == "old":
            s = f"SRS0={h4}={srs_stamp(t, r.randint(30, 300))}={d}={u}@{SRS_DOMAIN}"
        elif k == "user":
            s = f"SRS0={h4}={srs_stamp(t)}={d}@{SRS_DOMAIN}"
        elif k == "b32":
            s = f"SRS0={h4}={r.choice('01')}{r.choice('89')}={d}={u}@{SRS_DOMAIN}"
        else:
            s = f"SRS0={h4[:2]}={srs_stamp(t)}={d}={u}@{SRS_DOMAIN}"
        rev(h, t, s)

    def staffmail(h: str, t: datetime, u: str, d: str) -> None:
        """A campus user's mail: cleanup(8) looks up user@domain, the bare local part and @domain."""
        fwd(h, t, f"{u}@{d}")
        fwd(h, t + sec(0.004), u)
        fwd(h, t + sec(0.008), f"@{d}")

    for h, mean in [("mx1", 25.0), ("mx2", 27.0)]:
        for t in poisson(r, T0, T_END, mean):
            a = pick(r, senders)()  # type: ignore[operator]
            sim.push(t, lambda tt, h=h, a=a: fwd(h, tt, a))
        for t in poisson(r, T0 + sec(600), T_END, 175.0):
            u, d = r.choice(staff), r.choice(["example.edu", "example.edu", "alumni.example.edu"])
            sim.push(t, lambda tt, h=h, u=u, d=d: staffmail(h, tt, u, d))
        for t in poisson(r, T0, T_END, 760.0):
            sim.push(t, lambda tt, h=h: junk(h, tt))
    # a few old bounces (mail forwarded weeks ago) still arrive
    for x in sorted(r.uniform(0, 21000) for _ in range(9)):
        u, d = person(r), r.choice(["gmail.com", "web.de"])
        ts = srs_stamp(T0 + sec(x), r.randint(23, 60))
        sim.push(
            T0 + sec(x),
            lambda tt, a=f"SRS0={srs_hash(old, ts, d, u)}={ts}={d}={u}@{SRS_DOMAIN}", h=r.choice(["mx1", "mx2"]): (
                rev(h, tt, a)
            ),
        )
    sim.run()
    return fs.logs(T0)


# --------------------------------------------------------------------------------- iredapd

IR_USERS = [
    "a.schmidt",
    "m.keller",
    "t.wagner",
    "s.braun",
    "j.fischer",
    "k.hoffmann",
    "l.neumann",
    "p.richter",
    "buero",
    "info",
]
IR_PLUGINS = [
    (100, "reject_null_sender"),
    (99, "wblist_rdns"),
    (90, "reject_sender_login_mismatch"),
    (80, "greylisting"),
    (60, "throttle"),
    (50, "sql_alias_access_policy"),
    (40, "amavisd_wblist"),
]
IR_TB = [
    "Traceback (most recent call last):\n",
    '  File "/opt/iredapd/libs/utils.py", line 122, in apply_plugin\n    action = plugin.restriction(**kwargs)\n',
    '  File "/opt/iredapd/plugins/{plugin}.py", line {line}, in restriction\n    {code}\n',
    '  File "/opt/iredapd/libs/utils.py", line 301, in execute_sql\n    with engine.connect() as conn:\n',
    '  File "/usr/lib/python3/dist-packages/sqlalchemy/engine/base.py", line 3325, in connect\n    return self._connection_cls(self, close_with_result=close_with_result)\n',
    "sqlalchemy.exc.OperationalError: (pymysql.err.OperationalError) (2003, \"Can't connect to MySQL server on '127.0.0.1' ([Errno 111] Connection refused)\")\n",
    "(Background on this error at: https://sqlalche.me/e/14/e3q8)\n",
]
IR_TB_AT = {
    "greylisting": (369, "if _is_whitelisted(engine_iredapd=engine_iredapd,"),
    "throttle": (612, "action = apply_throttle(conn=conn,"),
    "amavisd_wblist": (284, "qr = utils.execute_sql(conn, sql)"),
    "sql_alias_access_policy": (88, "qr = utils.execute_sql(conn, sql)"),
}


def iredapd(r: random.Random) -> list[Log]:
    """iRedAPD 5.4 (then 5.5) of an iRedMail 1.6 server (MariaDB backend), its syslog file
    /var/log/iredapd/iredapd.log, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    sim = Sim()
    st: dict = {
        "version": "5.4",
        "db_down": (at(10, 11, 37), at(10, 13, 58)),
        "restart": at(10, 14, 2),
    }
    passed: set[str] = set()
    triplets: dict[tuple[str, str, str], datetime] = {}
    thr: dict[str, dict] = {}
    disabled = at(9, 21, 40)

    def I(t: datetime, label: str, msg: str, lvl: str = "INFO") -> datetime:  # noqa: E743
        return fs.add(
            "iredapd.log",
            t,
            label,
            lambda x: [f"{syslog_ts(x)} mail iredapd {lvl}: {msg}"],
            "iredapd",
            SEC,
        )

    def db_down(t: datetime) -> bool:
        a, b = st["db_down"]
        return a <= t < b

    def plugin_error(t: datetime, plugin: str) -> datetime:
        line, code = IR_TB_AT[plugin]
        tb = [
            x.replace("{plugin}", plugin).replace("{line}", str(line)).replace("{code}", code)
            for x in IR_TB
        ]
        return I(
            t,
            "<!> Error while applying plugin '%s': %s",
            f"<!> Error while applying plugin '{plugin}': {tb!r}",
            "ERROR",
        )

    def rcpt_line(
        t: datetime,
        ip: str,
        shape: str,
        sasl: str,
        sender: str,
        rcpt: str,
        action: str,
        alab: str,
        client: str,
        helo: str,
        proto: str,
        port: int,
    ) -> datetime:
        if shape == "anon":
            who, wlab = f"{sender} -> {rcpt}", "%s -> %s"
        elif shape == "self":
            who, wlab = f"{sasl} => {rcpt}", "%s => %s"
        else:
            who, wlab = f"{sasl} => {sender} -> {rcpt}", "%s => %s -> %s"
        cipher = {
            "TLSv1.3": "TLS_AES_256_GCM_SHA384",
            "TLSv1.2": "ECDHE-RSA-AES256-GCM-SHA384",
            "": "",
        }[proto]
        pt = (
            f"{r.uniform(0.0011, 0.0190):.4f}s"
            if alab != "DUNNO" or shape != "anon"
            else f"{r.uniform(0.0009, 0.0110):.4f}s"
        )
        rev_ = client
        return I(
            t,
            f"[%s] RCPT, {wlab}, {alab} [sasl_username=%s, sender=%s, client_name=%s, reverse_client_name=%s, helo=%s, encryption_protocol=%s, encryption_cipher=%s, server_port=%s, process_time=%s]",
            f"[{ip}] RCPT, {who}, {action} [sasl_username={sasl}, sender={sender}, client_name={client}, reverse_client_name={rev_}, helo={helo}, encryption_protocol={proto}, encryption_cipher={cipher}, server_port={port}, process_time={pt}]",
        )

    def eom_line(
        t: datetime, ip: str, shape: str, sasl: str, sender: str, rcpts: list[str], size: int
    ) -> datetime:
        rcpt = rcpts[0] if len(rcpts) == 1 else ""
        if shape == "anon":
            who, wlab = f"{sender} -> {rcpt}", "%s -> %s"
        elif shape == "self":
            who, wlab = f"{sasl} => {rcpt}", "%s => %s"
        else:
            who, wlab = f"{sasl} => {sender} -> {rcpt}", "%s => %s -> %s"
        return I(
            t,
            f"[%s] END-OF-MESSAGE, {wlab}, DUNNO [recipient_count=%s, size=%s, process_time=%s]",
            f"[{ip}] END-OF-MESSAGE, {who}, DUNNO [recipient_count={len(rcpts)}, size={size}, process_time={r.uniform(0.0006, 0.0049):.4f}s]",
        )

    def srs_rewrite(t: datetime, sender: str) -> datetime:
        if sender == "" or sender.endswith("@example.org"):
            return t
        if db_down(t):
            return I(
                t,
                "[srs][sender]  Error while verifying domain: %s",
                "[srs][sender]  Error while verifying domain: OperationalError('(pymysql.err.OperationalError) (2003, \"Can\\'t connect to MySQL server on \\'127.0.0.1\\' ([Errno 111] Connection refused)\")\\n(Background on this error at: https://sqlalche.me/e/14/e3q8)')",
                "ERROR",
            )
        out = srs_forward("ab31f0c9d2e84f55", t, sender).replace(SRS_DOMAIN, "example.org")
        return I(
            t, "[srs][sender]  rewrote: %s -> %s", f"[srs][sender]  rewrote: {sender} -> {out}"
        )

    def inbound(t: datetime, c: dict, attempt: int = 0) -> None:
        ip, sender, rcpts = c["ip"], c["sender"], c["rcpts"]
        dom = sender.rsplit("@", 1)[-1] if sender else ""
        down = db_down(t)
        greylisted = False
        if down:
            t = plugin_error(t, "greylisting")
        elif c.get("spf"):
            t = I(
                t,
                "[%s] Bypass greylisting due to SPF match (%s)",
                f"[{ip}] Bypass greylisting due to SPF match ({dom})",
            )
        elif ip not in passed:
            key = (sender, rcpts[0], ip)
            first = triplets.get(key)
            if first is None:
                triplets[key] = t
                t = I(
                    t,
                    "[%s] Client has not been seen before, greylisted (%s).",
                    f"[{ip}] Client has not been seen before, greylisted ({dom}).",
                )
                greylisted = True
            elif (t - first).total_seconds() < 900:
                t = I(
                    t,
                    "[%s] Client retries too soon, greylisted again (%s).",
                    f"[{ip}] Client retries too soon, greylisted again ({dom}).",
                )
                greylisted = True
            else:
                t = I(
                    t,
                    "[%s] Client has passed the greylisting, accept this email and whitelist client for %d days.",
                    f"[{ip}] Client has passed the greylisting, accept this email and whitelist client for 30 days.",
                )
                passed.add(ip)
        if greylisted:
            rcpt_line(
                t + sec(0.2),
                ip,
                "anon",
                "",
                sender,
                rcpts[0],
                "451 4.7.1 Intentional policy rejection, please try again later",
                "451 4.7.1 Intentional policy rejection, please try again later",
                c["client"],
                c["helo"],
                c["proto"],
                25,
            )
            if c.get("retry") and attempt < 3:
                wait = c["retry"][attempt] if attempt < len(c["retry"]) else 900
                sim.push(t + sec(wait), lambda tt: inbound(tt, c, attempt + 1))
            return
        if down:
            t = plugin_error(t + sec(0.01), "sql_alias_access_policy")
            t = plugin_error(t + sec(0.01), "amavisd_wblist")
        action, alab = "DUNNO", "DUNNO"
        if c.get("black"):
            action = alab = "REJECT Blacklisted"
        elif c.get("white") and not down:
            action = alab = "OK"
        for i, rc in enumerate(rcpts):
            t = rcpt_line(
                t + sec(0.05 + 0.2 * i),
                ip,
                "anon",
                "",
                sender,
                rc,
                action,
                alab,
                c["client"],
                c["helo"],
                c["proto"],
                25,
            )
        if action.startswith("REJECT"):
            return
        t = srs_rewrite(t + sec(r.uniform(0.05, 0.3)), sender)
        eom_line(t + sec(r.uniform(0.3, 3)), ip, "anon", "", sender, rcpts, c["size"])

    def throttle_info(t: datetime, ip: str, user: str) -> tuple[datetime, bool]:
        tr = thr.setdefault(user, {"init": t - sec(r.uniform(0, 3000)), "cur": r.randint(0, 6)})
        if (t - tr["init"]).total_seconds() > 3600:
            tr["init"], tr["cur"] = t, 0
        if db_down(t):
            return plugin_error(t, "throttle"), False
        if tr["cur"] >= 100:
            t = I(
                t,
                "[%s] [%s] Quota exceeded: %s throttle for max_msgs, current: %d. (%s)",
                f"[{ip}] [{user}] Quota exceeded: sender throttle for max_msgs, current: {tr['cur']}. (max_msgs=100/id=2/account=@example.org; )",
            )
            return t, True
        left = int((tr["init"] + sec(3600) - t).total_seconds())
        parts = []
        if left >= 3600:
            parts.append(f"{left // 3600} hours")
        if left % 3600 >= 60:
            parts.append(f"{left % 3600 // 60} minutes")
        if left % 60:
            parts.append(f"{left % 60} seconds")
        t = I(
            t,
            "[%s] %s throttle, %s -> max_msgs (%d/%d, period: %d seconds, %s)",
            f"[{ip}] sender throttle, {user} -> max_msgs ({tr['cur']}/100, period: 3600 seconds, time left: {', '.join(parts)})",
        )
        return t, False

    def outbound(t: datetime, c: dict) -> None:
        ip, sasl, sender, rcpts = c["ip"], c["sasl"], c["sender"], c["rcpts"]
        user = sasl
        shape = "self" if sasl == sender else "other"
        if c.get("mismatch"):
            rcpt_line(
                t,
                ip,
                shape,
                sasl,
                sender,
                rcpts[0],
                "REJECT Sender is not same as SMTP authenticate username",
                "REJECT Sender is not same as SMTP authenticate username",
                c["client"],
                c["helo"],
                c["proto"],
                587,
            )
            return
        ok_rcpts = []
        for i, rc in enumerate(rcpts):
            t, over = throttle_info(t + sec(0.05 + 0.1 * i), ip, user)
            if over:
                t = rcpt_line(
                    t + sec(0.001),
                    ip,
                    shape,
                    sasl,
                    sender,
                    rc,
                    "REJECT Throttling quota exceeded",
                    "REJECT Throttling quota exceeded",
                    c["client"],
                    c["helo"],
                    c["proto"],
                    587,
                )
            else:
                t = rcpt_line(
                    t + sec(0.001),
                    ip,
                    shape,
                    sasl,
                    sender,
                    rc,
                    "DUNNO",
                    "DUNNO",
                    c["client"],
                    c["helo"],
                    c["proto"],
                    587,
                )
                ok_rcpts.append(rc)
        if not ok_rcpts:
            return
        t = eom_line(t + sec(r.uniform(0.4, 4)), ip, shape, sasl, sender, ok_rcpts, c["size"])
        thr[user]["cur"] += len(ok_rcpts)

    def reverse(t: datetime, srs: str, orig: str) -> None:
        I(t, "[srs][recipient]  reversed: %s -> %s", f"[srs][recipient]  reversed: {srs} -> {orig}")

    def startup(t: datetime) -> None:
        st["version"] = "5.5"
        t = I(
            t,
            "Starting iRedAPD (version: %s, backend: %s), listening on %s:%d.",
            "Starting iRedAPD (version: 5.5, backend: mysql), listening on 127.0.0.1:7777.",
        )
        for prio, p in IR_PLUGINS:
            t = I(
                t + sec(0.01),
                "Loading plugin (priority: %s): %s",
                f"Loading plugin (priority: {prio}): {p}",
            )
        t = I(
            t + sec(0.01),
            "Starting SRS sender rewriting channel, listening on %s:%s",
            "Starting SRS sender rewriting channel, listening on 127.0.0.1:7778",
        )
        I(
            t + sec(0.01),
            "Starting SRS recipient rewriting channel, listening on %s:%s",
            "Starting SRS recipient rewriting channel, listening on 127.0.0.1:7779",
        )

    def guard(fn: Callable[[datetime], None]) -> Callable[[datetime], None]:
        def run(t: datetime) -> None:
            if st["restart"] <= t < st["restart"] + sec(4):
                return
            fn(t)

        return run

    sim.push(st["restart"] + sec(1.5), startup)
    local = [f"{u}@example.org" for u in IR_USERS]
    big = [
        (
            30,
            "gmail",
            lambda n: (
                f"209.85.{r.choice([128, 208, 218, 221, 167])}.{n}",
                f"mail-{r.choice(['wr1', 'wm1', 'ej1', 'ed1', 'lf1'])}-f{n}.google.com",
                f"{person(r)}{r.randint(70, 99)}@gmail.com",
            ),
        ),
        (
            14,
            "outlook",
            lambda n: (
                f"40.107.{r.randint(1, 250)}.{n}",
                f"mail-{r.choice(['am6eur05', 'db5eur03', 'fr2deu01'])}on{r.randint(2000, 2200)}.outbound.protection.outlook.com",
                f"{person(r)}@{r.choice(['kanzlei-weber.de', 'ingenieurbuero-falk.de', 'outlook.com'])}",
            ),
        ),
        (
            8,
            "ses",
            lambda n: (
                f"54.240.{r.randint(1, 12)}.{n}",
                f"a{r.randint(7, 48)}-{n}.smtp-out.eu-west-1.amazonses.com",
                f"0102018f{hexid(r, 8)}-{hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 12)}-000000@eu-west-1.amazonses.com",
            ),
        ),
        (
            6,
            "github",
            lambda n: (
                f"192.30.252.{n}",
                f"out-{r.randint(18, 28)}.smtp.github.com",
                "noreply@github.com",
            ),
        ),
    ]
    small = [
        ("85.13.145.21", "mail.partner-logistik.de", "partner-logistik.de", [300, 600, 1100]),
        ("194.45.66.12", "mail.stadtwerke-nord.de", "stadtwerke-nord.de", [960]),
        ("81.169.145.97", "smtp.tischlerei-brandt.de", "tischlerei-brandt.de", [420, 840]),
        ("5.9.44.201", "mx.zahnarzt-roth.de", "zahnarzt-roth.de", [1800]),
        ("217.160.0.88", "mail.spedition-koenig.de", "spedition-koenig.de", [600, 1200]),
        ("88.99.41.12", "mail.bank-partner.de", "bank-partner.de", [900]),
    ]
    passed.update(["85.13.145.21", "88.99.41.12"])
    for t in poisson(r, T0, T_END, 64.0):
        x = r.random()
        rcpts = [r.choice(local)] if r.random() < 0.85 else r.sample(local, 2)
        size = int(r.lognormvariate(9.6, 1.0)) + 1500
        if x < 0.56:
            _, kind, gen = pick(r, [(w, (w, k, g_)) for w, k, g_ in big])  # type: ignore[misc]
            ip, client, sender = gen(r.randint(2, 250))
            if r.random() < 0.06 and kind in ("gmail", "outlook"):
                sender = ""
            c = {
                "ip": ip,
                "client": client,
                "helo": client,
                "sender": sender,
                "rcpts": rcpts,
                "size": size,
                "proto": "TLSv1.3",
                "spf": sender != "",
                "retry": [r.uniform(300, 600), r.uniform(1000, 1500)],
            }
        elif x < 0.80:
            ip, client, dom, retry = r.choice(small)
            c = {
                "ip": ip,
                "client": client,
                "helo": client,
                "sender": f"{r.choice(['info', 'buchhaltung', 'dispo', 'k.lange', 'praxis', 'r.brandt'])}@{dom}",
                "rcpts": rcpts,
                "size": size,
                "proto": "TLSv1.2",
                "retry": retry,
                "white": dom == "bank-partner.de",
            }
        elif x < 0.83:
            c = {
                "ip": "45.137.21.9",
                "client": "mail.cheap-offers.biz",
                "helo": "mail.cheap-offers.biz",
                "sender": f"deals{r.randint(1, 99)}@cheap-offers.biz",
                "rcpts": rcpts,
                "size": size,
                "proto": "TLSv1.2",
                "black": True,
            }
            passed.add("45.137.21.9")
        else:
            ip = bot_ip(r)
            c = {
                "ip": ip,
                "client": "unknown",
                "helo": r.choice([f"[{ip}]", "User", "WIN-" + hexid(r, 8).upper()]),
                "sender": f"{r.choice(['info', 'service', 'no-reply', 'support'])}@{r.choice(['secure-docs-portal.com', 'dhl-track-info.net', 'crypto-yield.biz'])}",
                "rcpts": [r.choice(local)],
                "size": size,
                "proto": "",
                "retry": [r.uniform(40, 200)] if r.random() < 0.3 else None,
            }
        sim.push(t, guard(lambda tt, c=c: inbound(tt, c)))
    clients = {
        u: (f"10.8.0.{10 + i}", f"ws{i + 1:02d}.office.example.org") for i, u in enumerate(IR_USERS)
    }
    for t in poisson(r, at(6, 45), T_END, 180.0):
        u = r.choice(IR_USERS[:8])
        ip, client = clients[u]
        if r.random() < 0.3:
            ip, client = (
                f"{r.choice(['91.64', '95.91', '178.24', '87.123'])}.{r.randint(1, 254)}.{r.randint(1, 254)}",
                "unknown",
            )
        rc = [
            f"{person(r)}@{r.choice(['gmail.com', 'web.de', 'gmx.de', 'kanzlei-weber.de', 'partner-logistik.de', 'outlook.com'])}"
            for _ in range(1 if r.random() < 0.8 else r.randint(2, 3))
        ]
        c = {
            "ip": ip,
            "client": client,
            "helo": "[192.168.178.23]" if client == "unknown" else client,
            "sasl": f"{u}@example.org",
            "sender": f"{u}@example.org",
            "rcpts": rc,
            "size": int(r.lognormvariate(10, 1.2)) + 800,
            "proto": "TLSv1.3",
        }
        sim.push(t, guard(lambda tt, c=c: outbound(tt, c)))
    for t in poisson(r, at(7, 30), at(11, 30), 900.0):
        c = {
            "ip": "10.8.0.10",
            "client": "ws01.office.example.org",
            "helo": "ws01.office.example.org",
            "sasl": "a.schmidt@example.org",
            "sender": "info@example.org",
            "rcpts": [f"{person(r)}@{r.choice(['gmail.com', 'web.de', 'gmx.de'])}"],
            "size": int(r.lognormvariate(10, 1)) + 800,
            "proto": "TLSv1.3",
        }
        sim.push(t, guard(lambda tt, c=c: outbound(tt, c)))
    for t in poisson(r, at(7, 5), at(11, 55), 1500.0):
        c = {
            "ip": "10.8.0.45",
            "client": "mfp-og2.office.example.org",
            "helo": "MFP-OG2",
            "sasl": "scanner@example.org",
            "sender": "buero@example.org",
            "rcpts": [r.choice(local)],
            "size": 0,
            "proto": "TLSv1.2",
            "mismatch": True,
        }
        sim.push(t, guard(lambda tt, c=c: outbound(tt, c)))
    # m.keller's password was phished: a botnet sends through the account until 09:21
    thr["m.keller@example.org"] = {"init": at(8, 12, 33), "cur": 4}
    for t in poisson(r, at(8, 50, 12), disabled, 15.0):
        ip = (
            f"{r.choice(['102.89.33', '197.210.64', '41.58.77', '105.112.18'])}.{r.randint(2, 250)}"
        )
        rc = [
            f"{r.choice(FIRST)}{r.randint(10, 9999)}@{r.choice(['yahoo.com', 'hotmail.com', 'gmail.com', 'aol.com', 'outlook.com'])}"
            for _ in range(r.randint(1, 3))
        ]
        c = {
            "ip": ip,
            "client": "unknown",
            "helo": r.choice(["User", "[127.0.0.1]", "localhost"]),
            "sasl": "m.keller@example.org",
            "sender": "m.keller@example.org",
            "rcpts": rc,
            "size": r.randint(2900, 4100),
            "proto": "TLSv1.2",
        }
        sim.push(t, guard(lambda tt, c=c: outbound(tt, c)))
    # bounces to SRS addresses
    for t in poisson(r, T0, T_END, 1300.0):
        u, d = person(r), r.choice(["gmail.com", "web.de", "yahoo.com"])
        ts = srs_stamp(t, r.randint(0, 2))
        srs = f"SRS0={srs_hash('ab31f0c9d2e84f55', ts, d, u)}={ts}={d}={u}@example.org"
        sim.push(t, guard(lambda tt, s=srs, o=f"{u}@{d}": reverse(tt, s, o)))
    sim.run()
    return fs.logs(T0)


SYSTEMS = {
    "qmail": qmail,
    "policyd-spf": policyd_spf,
    "mimedefang": mimedefang,
    "postsrsd": postsrsd,
    "iredapd": iredapd,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
