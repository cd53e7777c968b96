#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 227 (sqlgrey, milter-greylist, mailscanner, offlineimap,
policyd) into bench/heldout/, the same way and under the same label rules as generate.py
(bench/README.md, "heldout.py"): each program's log is simulated from its format strings over a
seeded run, and every line that starts an event is labelled with the format string that wrote it
as it is written. Distinct calls of one process never share a timestamp at the log's resolution
(round 53's Clock, kept per process and per file; every log here shows whole seconds). Five
programs around one small company's mail (riverbend.example), 06:00 to 12:00 on 2024-06-07. The
brief's DSPAM writes to syslog only its daemon's start and stop and its errors (no line per
message: the per-message record is the tab-separated system.log, data rather than statements),
so six hours of it would hold a handful of labellable lines; MailScanner, the other content
filter of the same place in the mail path, takes its place.

- SQLgrey 1.8 (`mx1-sqlgrey.log`, `mx2-sqlgrey.log`: the `sqlgrey` lines of two Postfix MX hosts,
  rsyslog's classic format with `#012`/`#011` for the newlines and tabs inside a message,
  `Jun  7 06:00:01 mx1 sqlgrey: grey: new: ...`; Net::Server's Sys::Syslog opens the log without
  the pid): one PostgreSQL database shared by both, greymethod smart (class C for a named MTA,
  the full address for an unknown or dynamic one), reconnect_delay 5 minutes, group_domain_level
  2, connect_src_throttle 5. Every policy request's `grey: new:`, `early reconnect:`, `reconnect
  ok:` (with the PostgreSQL interval), `from awl:` / `domain awl:` ... `added`, `from awl match:
  updating` (the deverped sender, then the sender), `domain awl match: updating`, and
  `whitelist:` for Google's and Microsoft's MTAs (clients_fqdn_whitelist); the half-hourly
  cleanup's `spam:` lines (yesterday's never-retried triplets) and `perf: spent %ss cleaning:
  ...`; the whitelist update's SIGUSR1 at 07:15 (`conf: reloading static whitelists and smart
  regexps`); PostgreSQL restarted for a minor upgrade 08:14-08:15 (`dbaccess: error: couldn't
  get now() from DB: FATAL:  terminating connection due to administrator command#012...`, then
  per request `can't connect to DB: connection to server at "%s" (%s), port %s failed:
  Connection refused#012#011Is the server running ...`, `couldn't access domain_awl table: ...`,
  the in-doubt `domain awl match` and `warning: couldn't do query:#012UPDATE ... = NULL ...:#012
  ..., reconnecting to DB`); a snowshoe campaign from four /24s 09:20-10:05 throttled (`grey:
  throttling:`); mx2 restarted at 10:40 after a package upgrade (Net::Server's `%s Server
  closing!`, `Process Backgrounded`, `%s %s (type %s) starting! pid(%s)`, `Resolved ...`,
  `Binding to TCP port 2501 ...`, `Setting gid/uid`, and the two missing `.local` whitelists).
- milter-greylist 4.6 (`smtp-a-maillog`, `smtp-b-maillog`: the `milter-greylist` lines of two
  sendmail MX hosts that sync their lists as peers; no pid): `%s: addr %s[%s] from %s to %s
  delayed for %02d:%02d:%02d (ACL %d)` for a new tuple (00:20:00) and for an early retry (the
  time left), `delayed after DATA phase` for null senders (delayedreject), `autowhitelisted for
  72:00:00` when a retry passes, `autowhitelisted for more 72:00:00` for known tuples,
  `(local): ... autowhitelisted entry expired`, DNSRBL `blacklisted (ACL 88)`; the config touched
  at 07:40 (`reloading config file "%s"`, `reloaded config file "%s" in %ld.%06lds`, the peers
  reconnecting: `Connection to %s established`, `Incoming MX sync connexion from %s`); smtp-b's
  /var full at 09:12 (`mkstemp("%s") failed: No space left on device`, the milter exits, smtp-a
  logs `cannot sync with peer %s, connect failed: Connection refused` until 09:31); a phishing run
  from a compromised web host caught by a DATA-stage body ACL (`%s: addr %s[%s] from %s
  blacklisted (ACL %d)`); smtp-a restarted at 11:05 (`smfi_main() returned 0`, `Final database
  dump`).
- MailScanner 5.5 (`gw1-maillog`, `gw2-maillog`: two Postfix gateways, five children each with
  their own pid, `Jun  7 06:00:01 gw1 MailScanner[23223]: ...`, Log Spam and Log Non Spam on):
  every batch's `New Batch: Scanning %d messages, %d bytes`, per message `Message %s from %s (%s)
  to %s is not spam, SpamAssassin (not cached, score=%s, required %s, %s)` (or `is spam`, or
  `(cached, ...)` after `SpamAssassin cache hit for message %s`), `Spam Checks: Found %d spam
  messages`, `Virus and Content Scanning: Starting`, `Spam Actions: message %s actions are %s`,
  `Requeue: %s to %s`, `Uninfected: Delivered %d messages`, `Deleted %d messages from
  processing-database`; blocked attachments (`Filename Checks: %s (%s %s)`, `Other Checks: Found
  %d problems`, `Saved entire message to %s`); a malware wave 10:14-10:41
  (`Clamd::INFECTED::%s :: %s`, `Virus Scanning: Clamd found %d infections`, `Infected message
  %s came from %s`, `Virus Scanning: Found %d viruses`); gw2's SpamAssassin starved by a slow
  resolver 08:22-08:47 (`SpamAssassin timed out and was killed, failure %d of %d` 75 s into a
  message, `... is not spam, SpamAssassin (timed out)`, `New Batch: Found %d messages waiting`);
  the children restarting every four hours (eight start-up lines each).
- OfflineIMAP 8.0 (`archive-offlineimap.log`, a backup host mirroring three mailboxes every ten
  minutes, a full sync every fifth run; `ops-offlineimap.log`, an operations box started at 07:30
  syncing the NOC mailbox every three minutes with `notmuch new` as postsynchook): its log file's
  `%(asctime)s %(levelname)s: %(message)s` lines, the three-line `OfflineImap %s starting...`
  record, `imaplib2 v%s, Python v%s, OpenSSL %s`, each run's `*** Processing account %s`,
  `Establishing connection to %s:%s (%s)`, `Syncing %s: IMAP -> Maildir` or `Skipping %s (not
  changed)`, `Copy message UID %s (%d/%d) %s:%s -> %s:%s`, `Adding flag %s to %d messages on
  %s`, `Deleting flag ...`, `Deleting %s messages (%s) in %s`, `*** Finished account '%s' in
  %d:%02d`; the hook's `Calling hook: %s`, `Hook stdout: %s` (notmuch's output, a blank line and
  `Hook stderr:` continuing it) and `Hook return code: %d`; the IMAP server restarted 08:02-08:09
  (`ERROR: Connection to host '%s:%d' for repository '%s' was refused. ...`), the ops box's
  resolver down 09:41-09:50 (`ERROR: Could not resolve name ...`), the backup disk full
  10:21-10:47 (`ERROR: ERROR in syncfolder for %s folder %s: Traceback ...` with the traceback,
  the OSError and the exception's text continuing it), a folder created on the server (`Creating
  folder %s[%s]`).
- Policyd v2 "cluebringer" 2.0 (`relay1-cbpolicyd.log`, `relay2-cbpolicyd.log`: its own log file
  through Net::Server, `[2024/06/07-06:00:01 - 24725] [CORE] INFO: module=...`, four preforked
  children; two relays of a hosting provider sharing one MariaDB): inbound Greylisting
  (`module=Greylisting, action=pass, host=%s, helo=%s, from=%s, to=%s, reason=auto-whitelisted`,
  `reason=whitelisted`, `reason=authenticated`, `action=defer ... reason=greylisted` and
  `reason=greylisted, tries=%s`, `action=reject ... reason=auto-blacklisted` and
  `auto-blacklisted_cached`); outbound Quotas for the customers' SASL senders (`module=Quotas,
  mode=update, ... reason=quota_update, policy=%s, quota=%s, limit=%s, track=%s, counter=%s,
  quota=%s/%s (%s%%)` at RCPT for MessageCount and at END-OF-MESSAGE for MessageCumulativeSize,
  `mode=create ... reason=quota_create`), `[CBPOLICYD] INFO: Got request #%s (pipelined)`; a
  customer's stolen password 09:04-09:42 (`module=Quotas, action=defer, ... reason=quota_match,
  ...` once past 100 messages an hour); the database failing over 08:40-08:43 (`[GREYLISTING]
  ERROR: Database query failed: ...`, `[QUOTAS] ERROR: Failed to update quota_tracking item:
  ...`); relay2 restarted at 10:10 (`%s Server closing!`, `[CBPOLICYD] NOTICE: Session tracking
  is ENABLED.`, Net::Server's start-up lines with `Setting up serialization via flock`,
  `Beginning prefork (4 processes)`, `Starting "4" children`).

Label notes. The heads are context: the syslog head (date, host, ident, MailScanner's pid),
OfflineIMAP's time and level, and Policyd's `[date - pid] [TAG] LEVEL: `, whose tag and level
its log() puts in front of a message that names its module (`[GREYLISTING] Database query
failed` is written `log(LOG_ERR, "[GREYLISTING] Database query failed: ...")`) or `[CORE]`
otherwise. SQLgrey's `grey: ` / `dbaccess: ` category is written by mylog() in front of every
message from the literal the call site passes and is kept as wording, as are Policyd's
`module=`, `action=` and `reason=` words the call sites write literally (one label per reason).
A message of its own inside a message contributes its format: libpq's and MariaDB's error texts
(`connection to server at "%s" (%s), port %s failed: Connection refused\n\tIs the server ...`,
rsyslog's `#012#011` kept as the log shows them), strerror texts, OfflineIMAP's OfflineImapError
reasons, MailScanner's `SpamAssassin (not cached, score=%s, required %s, %s)` report (the rule
list a value), Net::Server's `(type %s)`. OfflineIMAP's `Establishing connection%s (%s)` takes
its ` to %s:%s` part from the code's own format. Branch-picked words are wording
(milter-greylist's `delayed` / `delayed after DATA phase`, `autowhitelisted for` / `for more`;
MailScanner's `spam` / `not spam`, `cached` / `not cached`, `timed out`). Addresses, queue ids,
hosts, counts, scores, sizes, durations, folder names, flags, SpamAssassin rule lists, Policyd's
verdict (`defer`, from the quota's configuration) and MailScanner's filename rule texts (from
its rules file) are values. The lines that continue a multi-line message (OfflineIMAP's start-up
record, a traceback, the hook's output) have no row.

Least sure (written from the helper's knowledge; SQLgrey's mylog() and its messages, Net::Server's
start-up lines, milter-greylist's delayed, autowhitelist, blacklist, expiry, config reload, dump
and sync messages, MailScanner's batch, spam, virus, requeue and delete messages, OfflineIMAP's
log file layout and UI messages and Policyd's Greylisting and Quotas messages were checked
against copies of their sources, Policyd's log layout and start-up lines against a real log
quoted in a how-to): DBD::Pg keeping libpq's trailing newline out of errstr; the PostgreSQL
interval's rendering in `reconnect ok`; milter-greylist 4.6's sync messages (`cannot sync with
peer %s, connect failed: %s` as in the 2004 sync.c, logged on each queued change), whether it
logs a start line, and sendmail's queue-id layout; MailScanner 5's `MailScanner Email Processor
version %s starting...`, the Processing Attempts Database lines, `Saved entire message to %s`,
the order of the spam, virus and action lines within a batch and the failure counter of
`timed out and was killed`; OfflineIMAP's imaplib2 version string and the Maildir frames in the
traceback; Policyd's `Got request #%s (pipelined)` (logged only from the second request of a
connection), awitpt's database error texts and the Net::Server `Setting uid` line.
"""

from __future__ import annotations

import heapq
import random
import re
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round55 import poisson
from generate_round97 import Files, sec, syslog_ts
from generate_round147 import T0, T_END, at, in_any

SEC = 1_000_000


def pick(r: random.Random, table: list[tuple[float, object]]) -> object:
    x = r.uniform(0, sum(w for w, _ in table))
    for w, v in table:
        x -= w
        if x <= 0:
            return v
    return table[-1][1]


def rate_at(t: datetime) -> float:
    """Mail volume over the morning (1.0 at the 09:00-11:00 peak)."""
    h = t.hour + t.minute / 60
    if h < 7:
        return 0.35 + 0.25 * (h - 6)
    if h < 8:
        return 0.6 + 0.3 * (h - 7)
    return 1.0 if h < 11.5 else 0.85


def thinned(r: random.Random, t0: datetime, t1: datetime, mean: float) -> list[datetime]:
    """Poisson instants `mean` seconds apart at the peak, thinned by rate_at()."""
    return [t for t in poisson(r, t0, t1, mean) if r.random() < rate_at(t)]


# ------------------------------------------------------------------------------ mail world

LOCAL_DOMAINS = ["riverbend.example", "rb-labs.example"]
LOCAL_USERS = [
    "a.kowalski",
    "b.moreau",
    "c.lindqvist",
    "d.okafor",
    "e.haddad",
    "f.nakamura",
    "g.petrov",
    "h.schneider",
    "i.costa",
    "j.brennan",
    "k.varga",
    "l.ferreira",
    "m.dubois",
    "n.yilmaz",
    "o.hansen",
    "p.rossi",
    "info",
    "sales",
    "support",
    "invoices",
    "hr",
    "careers",
    "purchasing",
    "press",
    "noc",
    "postmaster",
]
FIRST = [
    "anna",
    "marco",
    "julia",
    "tom",
    "sara",
    "lukas",
    "emma",
    "david",
    "nina",
    "oliver",
    "lea",
    "jonas",
    "mia",
    "felix",
    "clara",
    "paul",
    "ines",
    "omar",
]
LAST = [
    "berger",
    "silva",
    "novak",
    "kim",
    "weber",
    "larsen",
    "moretti",
    "horvat",
    "keller",
    "santos",
    "fischer",
    "nowak",
    "jensen",
    "ricci",
    "bauer",
]


def person(r: random.Random) -> str:
    f, la = r.choice(FIRST), r.choice(LAST)
    return r.choice([f"{f}.{la}", f"{f[0]}{la}", f"{f}", f"{f}_{la}"])


def rcpt(r: random.Random) -> str:
    d = LOCAL_DOMAINS[0] if r.random() < 0.8 else LOCAL_DOMAINS[1]
    return f"{r.choice(LOCAL_USERS)}@{d}"


class Org:
    """A sending organisation: its mail domain, its MTAs (ip, fqdn), how its senders look and
    how its MTAs retry a temporary failure (seconds)."""

    def __init__(
        self,
        domain: str,
        mtas: list[tuple[str, str]],
        senders: list[str],
        weight: float,
        retry: tuple[float, float],
        kind: str = "org",
    ) -> None:
        self.domain = domain
        self.mtas = mtas
        self.senders = senders
        self.weight = weight
        self.retry = retry
        self.kind = kind


def make_orgs(r: random.Random) -> list[Org]:
    def ips(prefix: str, n: int) -> list[str]:
        return [f"{prefix}.{r.randint(2, 250)}" for _ in range(n)]

    orgs = []
    g = ips("209.85.167", 3) + ips("209.85.221", 2)
    orgs.append(
        Org(
            "gmail.com",
            [
                (
                    ip,
                    f"mail-{r.choice(['lf1', 'wr1', 'ej1', 'pj1'])}-f{ip.split('.')[-1]}.google.com",
                )
                for ip in g
            ],
            [person(r) + str(r.randint(1, 99)) for _ in range(30)],
            9,
            (300, 900),
            "google",
        )
    )
    o = ips("40.107.22", 2) + ips("40.107.7", 2)
    orgs.append(
        Org(
            "outlook.com",
            [
                (
                    ip,
                    f"mail-{r.choice(['am6', 'db8', 'vi1'])}eur05on20{ip.split('.')[-1]}.outbound.protection.outlook.com",
                )
                for ip in o
            ],
            [person(r) for _ in range(15)],
            5,
            (60, 400),
            "microsoft",
        )
    )
    ses = ips("54.240.4", 3)
    orgs.append(
        Org(
            "amazonses.com",
            [(ip, f"a4-{ip.split('.')[-1]}.smtp-out.amazonses.com") for ip in ses],
            [],
            6,
            (600, 1500),
            "ses",
        )
    )
    mc = ips("198.2.178", 2) + ips("198.2.180", 2)
    orgs.append(
        Org(
            "mcdlv.net",
            [(ip, f"mail{r.randint(100, 260)}.suw{r.randint(10, 99)}.mcdlv.net") for ip in mc],
            [],
            4,
            (900, 2400),
            "mailchimp",
        )
    )
    small = [
        ("baltic-freight.example", "mail", "81.169.145"),
        ("orchardsupply.example", "smtp1", "62.75.210"),
        ("lakeside-clinic.example", "mx", "93.184.216"),
        ("novatek-systems.example", "mail", "185.15.58"),
        ("pinecrest-law.example", "smtp", "91.198.174"),
        ("hartmann-druck.example", "mail", "217.160.0"),
        ("bluewater-marine.example", "relay", "194.25.134"),
        ("citrus-analytics.example", "out", "35.176.92"),
        ("fjordline-tours.example", "mail", "158.39.11"),
        ("meridian-payroll.example", "smtp-out", "104.47.2"),
        ("kestrel-insurance.example", "mailgw", "145.253.2"),
        ("alder-university.example", "mx2", "131.188.3"),
    ]
    for d, host, prefix in small:
        n = r.choice([1, 1, 2])
        mtas = [(ip, f"{host}{i + 1 if n > 1 else ''}.{d}") for i, ip in enumerate(ips(prefix, n))]
        senders = [person(r) for _ in range(r.randint(3, 8))] + r.sample(
            ["info", "billing", "noreply", "accounts", "office", "orders"], 2
        )
        orgs.append(Org(d, mtas, senders, r.uniform(1.2, 3.5), (300, 1200)))
    return orgs


def occasional(r: random.Random, n: int) -> list[Org]:
    """First-time correspondents: small organisations with one MTA each, in no AWL yet."""
    a = [
        "amber",
        "cedar",
        "delta",
        "ember",
        "falcon",
        "granite",
        "harbor",
        "iris",
        "juniper",
        "kiwi",
        "linden",
        "maple",
        "nimbus",
        "opal",
        "quartz",
        "rowan",
        "sable",
        "tundra",
        "umber",
        "willow",
    ]
    b = [
        "consulting",
        "events",
        "dental",
        "print",
        "logistics",
        "media",
        "foods",
        "solar",
        "realty",
        "labs",
        "travel",
        "design",
    ]
    out = []
    for _ in range(n):
        d = f"{r.choice(a)}-{r.choice(b)}.example"
        ip = f"{r.randint(62, 217)}.{r.randint(1, 254)}.{r.randint(1, 254)}.{r.randint(2, 250)}"
        out.append(
            Org(
                d,
                [(ip, f"{r.choice(['mail', 'smtp', 'mx1', 'mailout'])}.{d}")],
                [person(r) for _ in range(3)] + ["info"],
                1.0,
                (300, 1500),
            )
        )
    return out


def org_sender(r: random.Random, o: Org) -> tuple[str, str]:
    """(local part, domain) of one message's envelope sender."""
    if o.kind == "ses":
        lp = f"0102018f{hexid(r, 8)}-{hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 12)}-000000"
        return lp, r.choice(["eu-west-1.amazonses.com", "amazonses.com"])
    if o.kind == "mailchimp":
        lp = f"bounce-mc.us{r.randint(2, 21)}_{r.randint(10000000, 99999999)}.{r.randint(1000000, 9999999)}-{hexid(r, 10)}"
        return lp, f"mail{r.randint(100, 260)}.suw{r.randint(10, 99)}.mcdlv.net"
    return r.choice(o.senders), o.domain


BOT_NETS = [
    "185.220.101",
    "45.95.147",
    "91.92.248",
    "193.32.162",
    "103.149.28",
    "5.181.80",
    "31.41.244",
    "188.166.24",
]


def bot(r: random.Random) -> tuple[str, str]:
    net = r.choice(BOT_NETS)
    ip = f"{net}.{r.randint(2, 254)}"
    a, b, c, d = ip.split(".")
    fq = r.choice(
        [
            "unknown",
            "unknown",
            f"static.{d}.{c}.{b}.{a}.clients.your-server.de",
            f"{d}-{c}-{b}-{a}.dyn.example-isp.net",
            f"vps-{hexid(r, 6)}.vps.ovh.net",
        ]
    )
    return ip, fq


def spam_sender(r: random.Random) -> tuple[str, str]:
    lp = r.choice(
        [
            person(r),
            f"{r.choice(FIRST)}{r.randint(100, 9999)}",
            f"info{r.randint(1, 99)}",
            "noreply",
            "support",
            "billing",
        ]
    )
    d = r.choice(
        [
            "mail-delivery.top",
            "secure-docs.click",
            "invoice-center.xyz",
            "promo-deals.shop",
            "bizfinance.work",
            "dhl-track.online",
            "newsletters.monster",
        ]
    )
    return lp, d


def deverp(user: str) -> str:
    """SQLgrey's deverp_user() (the BATV recipient part left out)."""
    user = re.sub(r"^srs0=[^=]+=[^=]+=([^=]+)=([^=]+)$", r"srs0=#=#=\1=\2", user)
    user = re.sub(r"\+.*", "", user)
    user = re.sub(r"((bo|bounce|notice-return|notice-reply)[._-])[0-9a-z\-_.]+$", r"\1#", user)
    user = re.sub(
        r"^[0-9a-f]{2,}(?=[._/=-].*[a-z]{4,})|(?<=[._/=-])[0-9a-f]+(?=[._/=-]|$)", "#", user
    )
    return user


def classc(ip: str) -> str:
    return ".".join(ip.split(".")[:3])


# ---------------------------------------------------------------------------------- sqlgrey

SG_NEW = "grey: new: %s(%s), %s@%s -> %s"
SG_EARLY = "grey: early reconnect: %s(%s), %s@%s -> %s"
SG_OK = "grey: reconnect ok: %s(%s), %s@%s -> %s (%s)"
SG_FROM_ADD = "grey: from awl: %s, %s@%s added"
SG_DOM_ADD = "grey: domain awl: %s, %s added"
SG_FROM_MATCH = "grey: from awl match: updating %s(%s), %s@%s(%s@%s)"
SG_DOM_MATCH = "grey: domain awl match: updating %s(%s), %s"
SG_THROTTLE = "grey: throttling: %s(%s), %s@%s -> %s"
SG_WL = "whitelist: %s@%s, %s(%s) -> %s"
SG_SPAM = "spam: %s: %s@%s -> %s at %s"
SG_PERF = "perf: spent %ss cleaning: from_awl (%s) domain_awl (%s) connect (%s)"
SG_RELOAD = "conf: reloading static whitelists and smart regexps"
SG_CONF_WARN = "conf: warning: %s not found or unreadable"
PG_REFUSED = 'connection to server at "%s" (%s), port %s failed: Connection refused#012#011Is the server running on that host and accepting TCP/IP connections?'
PG_FATAL = "FATAL:  terminating connection due to administrator command#012server closed the connection unexpectedly#012#011This probably means the server terminated abnormally#012#011before or while processing the request."
SG_NOCONN = "dbaccess: can't connect to DB: " + PG_REFUSED
SG_NOW_FATAL = "dbaccess: error: couldn't get now() from DB: " + PG_FATAL
SG_NOW_REFUSED = "dbaccess: error: couldn't get now() from DB: " + PG_REFUSED
SG_ACCESS = "dbaccess: error: couldn't access %s table: " + PG_REFUSED
SG_DO = "dbaccess: warning: couldn't do query:#012%s:#012" + PG_REFUSED + ", reconnecting to DB"
NS_START = "%s %s (type %s) starting! pid(%s)"
NS_BG = "Process Backgrounded"
NS_RESOLVED = "Resolved [%s]:%s to [%s]:%s, %s"
NS_BIND = "Binding to %s port %s on host %s with %s"
NS_GID = 'Setting gid to "%s %s"'
NS_UID = 'Setting uid to "%s"'
NS_CLOSE = "%s Server closing!"


def ns_time(t: datetime) -> str:
    return f"{t:%Y/%m/%d-%H:%M:%S}"


def sqlgrey(r: random.Random) -> list[Log]:
    """SQLgrey 1.8 on two Postfix MX hosts sharing one PostgreSQL database (see the module
    docstring)."""
    fs = Files()
    orgs = make_orgs(r)
    db = ("db1.internal", "10.20.0.15", "5432")
    pg_down = (at(8, 14, 5), at(8, 15, 41))
    restart = at(10, 40, 6)
    reload_at = at(7, 15, 0)
    reloaded: set[str] = set()

    def L(h: str, t: datetime, label: str, msg: str) -> datetime:
        return fs.add(
            f"{h}-sqlgrey.log", t, label, lambda x: [f"{syslog_ts(x)} {h} sqlgrey: {msg}"], h, SEC
        )

    def cltid(o: Org, ip: str, fq: str) -> str:
        if fq == "unknown":
            return ip
        last = ip.split(".")[-1]
        if re.search(rf"(^|[0-9.x_-])((cm?|gv|h|ip|host|m|p(a|c|u)?)?0*{last}([._-]))", fq, re.I):
            return ip
        if re.search(r"dyn|dsl|dhcp|pool|cable|vps", fq):
            return ip
        return classc(ip)

    # AWL state carried over from the previous days
    domain_awl: set[tuple[str, str]] = set()
    from_awl: set[tuple[str, str, str]] = set()
    for o in orgs:
        if o.kind in ("google", "microsoft"):
            continue
        for ip, fq in o.mtas:
            if o.kind == "org" and r.random() < 0.75:
                domain_awl.add((cltid(o, ip, fq), o.domain))
            elif o.kind == "org":
                for s in r.sample(o.senders, 2):
                    from_awl.add((cltid(o, ip, fq), deverp(s), o.domain))
    connect: dict[tuple[str, str, str, str], datetime] = {}
    queue: list[tuple[datetime, int, tuple]] = []
    seq = [0]

    def push(t: datetime, ev: tuple) -> None:
        seq[0] += 1
        heapq.heappush(queue, (t, seq[0], ev))

    # legitimate mail: one event per message, each recipient one policy request
    for t in thinned(r, T0, T_END, 20.0):
        o = pick(r, [(x.weight, x) for x in orgs])
        ip, fq = r.choice(o.mtas)  # type: ignore[union-attr]
        name, dom = org_sender(r, o)  # type: ignore[arg-type]
        n = r.choice([1, 1, 1, 1, 2, 2, 3])
        rcpts = sorted({rcpt(r) for _ in range(n)})
        push(t, ("msg", o, ip, fq, name, dom, rcpts, r.choice(["mx1", "mx1", "mx2"])))
    # bounces from MAILER-DAEMON of known orgs (empty sender)
    for t in thinned(r, T0, T_END, 420.0):
        o = r.choice([x for x in orgs if x.kind == "org"])
        ip, fq = r.choice(o.mtas)
        push(t, ("msg", o, ip, fq, "-undef-", "-undef-", [rcpt(r)], r.choice(["mx1", "mx2"])))
    # background spam, and a snowshoe campaign 09:20-10:05 from a few /24s
    for t in thinned(r, T0, T_END, 95.0):
        ip, fq = bot(r)
        name, dom = spam_sender(r)
        push(t, ("spam", ip, fq, name, dom, [rcpt(r)], r.choice(["mx1", "mx2"])))
    camp_nets = ["193.143.1", "194.169.175", "80.94.95", "176.65.148"]
    for t in poisson(r, at(9, 20), at(10, 5), 19.0):
        net = r.choice(camp_nets)
        ip = f"{net}.{r.randint(10, 40)}"
        fq = f"mail{ip.split('.')[-1]}.{r.choice(['sendbetter', 'bulkmarket', 'promozone'])}.{r.choice(['top', 'xyz'])}"
        name = r.choice(["news", "offers", "deals", "info", "hello"])
        dom = fq.split(".", 1)[1]
        push(
            t,
            (
                "spam",
                ip,
                fq,
                name,
                dom,
                sorted({rcpt(r) for _ in range(r.choice([1, 2, 3]))}),
                r.choice(["mx1", "mx2"]),
            ),
        )

    last_clean = [at(5, 48, 17)]

    def outage_request(
        h: str, t: datetime, first: bool, name: str, dom: str, ip: str, cid: str, rc: str
    ) -> datetime:
        if first:
            t = L(h, t, SG_NOW_FATAL, SG_NOW_FATAL)
        else:
            t = L(h, t, SG_NOCONN, SG_NOCONN % db)
            t = L(h, t, SG_NOW_REFUSED, SG_NOW_REFUSED % db)
        t = L(h, t, SG_NOCONN, SG_NOCONN % db)
        t = L(h, t, SG_ACCESS, SG_ACCESS % ("domain_awl", *db))
        t = L(h, t, SG_DOM_MATCH, SG_DOM_MATCH % (cid, ip, dom))
        t = L(h, t, SG_NOCONN, SG_NOCONN % db)
        q = "UPDATE domain_awl SET last_seen = NOW(), first_seen = first_seen WHERE sender_domain = NULL AND src = NULL"
        return L(h, t, SG_DO, SG_DO % (q, *db))

    broken = {"mx1": False, "mx2": False}

    def cleanup(h: str, t: datetime) -> datetime:
        nspam = r.choice([0, 2, 3, 4, 5, 6, 8, 11])
        for _ in range(nspam):
            ip, _fq = bot(r)
            name, dom = spam_sender(r)
            seen = t - timedelta(hours=24, seconds=r.uniform(0, 1800))
            t = L(
                h,
                t,
                SG_SPAM,
                SG_SPAM
                % (ip, name, dom, rcpt(r), f"{seen:%Y-%m-%d %H:%M:%S}.{seen.microsecond:06d}"),
            )
        c = nspam + r.randint(12, 60)
        return L(
            h, t, SG_PERF, SG_PERF % (r.choice([0, 0, 0, 1]), r.randint(0, 9), r.randint(0, 3), c)
        )

    def request(
        h: str, t: datetime, o: Org | None, ip: str, fq: str, name: str, dom: str, rc: str
    ) -> datetime:
        cid = cltid(o, ip, fq) if o else (ip if fq == "unknown" else classc(ip))
        if t >= reload_at and h not in reloaded:
            reloaded.add(h)
            t = L(h, t, SG_RELOAD, SG_RELOAD)
        if pg_down[0] <= t < pg_down[1]:
            first = not broken[h]
            broken[h] = True
            return outage_request(h, t, first, name, dom, ip, cid, rc)
        if o and o.kind in ("google", "microsoft"):
            return L(h, t, SG_WL, SG_WL % (name, dom, ip, fq, rc))
        if t - last_clean[0] > timedelta(seconds=1800):
            last_clean[0] = t
            t = cleanup(h, t)
        dn = deverp(name)
        if (cid, dom) in domain_awl:
            return L(h, t, SG_DOM_MATCH, SG_DOM_MATCH % (cid, ip, dom))
        if (cid, dn, dom) in from_awl:
            return L(h, t, SG_FROM_MATCH, SG_FROM_MATCH % (cid, ip, dn, dom, name, dom))
        key = (name, dom, cid, rc)
        if key in connect:
            age = (t - connect[key]).total_seconds()
            if age < 300:
                t = L(h, t, SG_EARLY, SG_EARLY % (cid, ip, name, dom, rc))
                if o:
                    push(t + sec(r.uniform(240, 900)), ("retry", o, ip, fq, name, dom, rc))
                return t
            mm, ss = divmod(age, 60)
            delay = (
                f"{int(mm // 60):02d}:{int(mm % 60):02d}:{int(ss):02d}.{r.randint(0, 999999):06d}"
            )
            t = L(h, t, SG_OK, SG_OK % (cid, ip, name, dom, rc, delay))
            same = sum(1 for c, _, d in from_awl if c == cid and d == dom)
            if same + 1 >= 2:
                for k in [k for k in from_awl if k[0] == cid and k[2] == dom]:
                    from_awl.discard(k)
                domain_awl.add((cid, dom))
                t = L(h, t, SG_DOM_ADD, SG_DOM_ADD % (cid, dom))
                for k in [k for k in connect if k[1] == dom and k[2] == cid]:
                    del connect[k]
            else:
                from_awl.add((cid, dn, dom))
                t = L(h, t, SG_FROM_ADD, SG_FROM_ADD % (cid, dn, dom))
                for k in [k for k in connect if k[1] == dom and k[2] == cid and deverp(k[0]) == dn]:
                    del connect[k]
            return t
        pending_src = sum(1 for k in connect if k[2] == cid)
        if pending_src >= 5 and not any(c == cid for c, _ in domain_awl):
            return L(h, t, SG_THROTTLE, SG_THROTTLE % (cid, ip, name, dom, rc))
        connect[key] = t
        t = L(h, t, SG_NEW, SG_NEW % (cid, ip, name, dom, rc))
        if o:
            lo, hi = o.retry
            back = r.uniform(lo, hi) if r.random() < 0.85 else r.uniform(60, 280)
            push(t + sec(back), ("retry", o, ip, fq, name, dom, rc))
        return t

    def down(h: str, t: datetime) -> bool:
        return h == "mx2" and restart - sec(1) <= t < restart + sec(4)

    while queue:
        t, _, ev = heapq.heappop(queue)
        if ev[0] == "msg":
            _, o, ip, fq, name, dom, rcpts, h = ev
            if down(h, t):
                h = "mx1"
            for rc in rcpts:
                t = request(h, t, o, ip, fq, name, dom, rc)
        elif ev[0] == "retry":
            _, o, ip, fq, name, dom, rc = ev
            if t >= T_END:
                continue
            h = r.choice(["mx1", "mx1", "mx2"])
            if down(h, t):
                h = "mx1"
            request(h, t, o, ip, fq, name, dom, rc)
        else:
            _, ip, fq, name, dom, rcpts, h = ev
            if down(h, t):
                h = "mx1"
            for rc in rcpts:
                t = request(h, t, None, ip, fq, name, dom, rc)
    # mx2's restart after the sqlgrey package upgrade
    t = L("mx2", restart, NS_CLOSE, NS_CLOSE % ns_time(restart))
    t = restart + sec(2.1)
    pid = 61287
    for label, msg in [
        (NS_BG, NS_BG),
        (NS_START, NS_START % (ns_time(t), "sqlgrey", "Net::Server::Multiplex", pid)),
        (NS_RESOLVED, NS_RESOLVED % ("localhost", 2501, "::1", 2501, "IPv6")),
        (NS_RESOLVED, NS_RESOLVED % ("localhost", 2501, "127.0.0.1", 2501, "IPv4")),
        (NS_BIND, NS_BIND % ("TCP", 2501, "::1", "IPv6")),
        (NS_BIND, NS_BIND % ("TCP", 2501, "127.0.0.1", "IPv4")),
        (NS_GID, NS_GID % (118, 118)),
        (NS_UID, NS_UID % 112),
        (SG_CONF_WARN, SG_CONF_WARN % "/etc/sqlgrey/clients_ip_whitelist.local"),
        (SG_CONF_WARN, SG_CONF_WARN % "/etc/sqlgrey/clients_fqdn_whitelist.local"),
    ]:
        t = L("mx2", t, label, msg)
    return fs.logs(T0)


# --------------------------------------------------------------------------- milter-greylist

MG_DELAY = "%s: addr %s[%s] from %s to %s delayed for %02d:%02d:%02d (ACL %d)"
MG_DELAY_DATA = "%s: addr %s[%s] from %s to %s delayed after DATA phase for %02d:%02d:%02d (ACL %d)"
MG_AW = "%s: addr %s from %s rcpt %s: autowhitelisted for %02d:%02d:%02d"
MG_AW_MORE = "%s: addr %s from %s rcpt %s: autowhitelisted for more %02d:%02d:%02d"
MG_EXPIRED = "(local): addr %s from %s rcpt %s: autowhitelisted entry expired"
MG_BLACK = "%s: addr %s[%s] from %s to %s blacklisted (ACL %d)"
MG_BLACK_DATA = "%s: addr %s[%s] from %s blacklisted (ACL %d)"
MG_ACL_PHISH = 104
MG_IN_SYNC = "Incoming MX sync connexion from %s"
MG_CONN = "Connection to %s established"
MG_NOSYNC = "cannot sync with peer %s, connect failed: Connection refused"
MG_RELOADING = 'reloading config file "%s"'
MG_RELOADED = 'reloaded config file "%s" in %ld.%06lds'
MG_MKSTEMP = 'mkstemp("%s") failed: No space left on device'
MG_SMFI = "smfi_main() returned %d"
MG_FINAL = "Final database dump"
MG_ACL_GREY = 97
MG_ACL_DSN = 95
MG_ACL_RBL = 88
MG_DELAY_S = 1200
MG_AUTOWHITE_S = 3 * 86400


def qid(r: random.Random, t: datetime) -> str:
    """A sendmail 8.17 queue id (the date and time coded in its first characters)."""
    c = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwx"
    return f"{c[(t.year - 1900) % 60]}{c[t.month - 1]}{c[t.day]}{c[t.hour]}{c[t.minute]}{c[t.second]}{r.choice(c)}{r.choice(c)}{r.randint(1000, 99999):06d}"


def milter_greylist(r: random.Random) -> list[Log]:
    """milter-greylist 4.6 in two sendmail MX hosts that sync their lists (see the module
    docstring)."""
    fs = Files()
    orgs = [o for o in make_orgs(r)]
    hosts = {"smtp-a": "10.1.0.11", "smtp-b": "10.1.0.12"}
    conf = "/etc/mail/greylist.conf"
    dump = "/var/lib/milter-greylist/db/greylist.db-XXXXXXXX"
    b_dead, b_back = at(9, 12, 41), at(9, 31, 8)
    a_stop, a_back = at(11, 5, 12), at(11, 5, 15)
    reload_t = at(7, 40, 23)

    def L(h: str, t: datetime, label: str, msg: str) -> datetime:
        return fs.add(
            f"{h}-maillog",
            t,
            label,
            lambda x: [f"{syslog_ts(x)} {h} milter-greylist: {msg}"],
            h,
            SEC,
        )

    def hms(s: float) -> tuple[int, int, int]:
        s = int(s)
        return s // 3600, (s % 3600) // 60, s % 60

    pending: dict[tuple[str, str, str], datetime] = {}
    autowhite: dict[tuple[str, str, str], datetime] = {}
    # autowhitelisted tuples from the last three days, some of them expiring this morning
    for o in orgs:
        for ip, _fq in o.mtas:
            for _ in range(r.randint(3, 9)):
                lp, dom = org_sender(r, o)
                key = (ip, f"<{lp}@{dom}>", f"<{rcpt(r)}>")
                autowhite[key] = T0 + sec(r.uniform(-3600, 3 * 86400 - 3600))
    regulars = list(autowhite)
    expiring = sorted((v, k) for k, v in autowhite.items() if v < T_END)

    queue: list[tuple[datetime, int, tuple]] = []
    seq = [0]

    def push(t: datetime, ev: tuple) -> None:
        seq[0] += 1
        heapq.heappush(queue, (t, seq[0], ev))

    for t in thinned(r, T0, T_END, 23.0):
        if r.random() < 0.62:
            ip, frm, to = r.choice(regulars)
            fq = next(fq for o in orgs for i, fq in o.mtas if i == ip)
            tos = [to] if r.random() < 0.8 else [to, f"<{rcpt(r)}>"]
            push(t, ("mail", ip, fq, frm, sorted(set(tos)), None))
        else:
            o = pick(r, [(x.weight, x) for x in orgs])
            ip, fq = r.choice(o.mtas)  # type: ignore[union-attr]
            lp, dom = org_sender(r, o)  # type: ignore[arg-type]
            tos = sorted({f"<{rcpt(r)}>" for _ in range(r.choice([1, 1, 1, 2]))})
            push(t, ("mail", ip, fq, f"<{lp}@{dom}>", tos, o))
    for t in thinned(r, T0, T_END, 600.0):
        o = r.choice([x for x in orgs if x.kind == "org"])
        ip, fq = r.choice(o.mtas)
        push(t, ("mail", ip, fq, "<>", [f"<{rcpt(r)}>"], o))
    for t in thinned(r, T0, T_END, 70.0):
        ip, fq = bot(r)
        lp, dom = spam_sender(r)
        listed = r.random() < 0.35
        push(
            t,
            (
                "bot",
                ip,
                f"[{ip}]" if fq == "unknown" else fq,
                f"<{lp}@{dom}>",
                [f"<{rcpt(r)}>"],
                listed,
            ),
        )
    # a phishing run from a compromised web host the DNSRBL does not list yet, caught by the
    # DATA-stage body regex (dacl) after its tuples got through greylisting
    for t in poisson(r, at(10, 48), at(11, 20), 240.0):
        push(
            t,
            (
                "phish",
                "203.0.113.77",
                "web77.hostingpool.example",
                f"<no-reply@{r.choice(['secure-login-portal.example', 'account-verify.example'])}>",
            ),
        )

    alive = {"smtp-a": True, "smtp-b": True}
    exp_i = [0]

    def expire(h: str, t: datetime) -> datetime:
        # the autowhite walk logs every entry past its date, once per host
        while exp_i[0] < len(expiring) and expiring[exp_i[0]][0] <= t:
            _, (ip, frm, to) = expiring[exp_i[0]]
            exp_i[0] += 1
            autowhite.pop((ip, frm, to), None)
            for hh in hosts:
                if alive[hh]:
                    L(hh, t + sec(r.uniform(0, 40)), MG_EXPIRED, MG_EXPIRED % (ip, frm, to))
        return t

    def sync_fail(t: datetime) -> None:
        if not alive["smtp-b"] and r.random() < 0.5:
            L("smtp-a", t + sec(r.uniform(0.5, 3)), MG_NOSYNC, MG_NOSYNC % hosts["smtp-b"])

    def which(t: datetime) -> str:
        h = "smtp-a" if r.random() < 0.5 else "smtp-b"
        if not alive[h]:
            h = "smtp-a" if h == "smtp-b" else "smtp-b"
        return h

    events = [
        (reload_t, "reload"),
        (b_dead, "b_dead"),
        (b_back, "b_back"),
        (a_stop, "a_stop"),
        (a_back, "a_back"),
    ]
    for t, name in events:
        push(t, ("ctl", name))

    while queue:
        t, _, ev = heapq.heappop(queue)
        if ev[0] == "ctl":
            name = ev[1]
            if name == "reload":
                for h in hosts:
                    tt = L(h, t + sec(r.uniform(0, 20)), MG_RELOADING, MG_RELOADING % conf)
                    tt = L(h, tt, MG_RELOADED, MG_RELOADED % (conf, 0, r.randint(2100, 6900)))
                    other = next(x for x in hosts if x != h)
                    L(h, tt + sec(r.uniform(1, 30)), MG_CONN, MG_CONN % hosts[other])
                    L(other, tt + sec(r.uniform(1, 30)), MG_IN_SYNC, MG_IN_SYNC % hosts[h])
            elif name == "b_dead":
                L("smtp-b", t, MG_MKSTEMP, MG_MKSTEMP % dump)
                alive["smtp-b"] = False
            elif name == "b_back":
                alive["smtp-b"] = True
                tt = L("smtp-b", t + sec(4), MG_CONN, MG_CONN % hosts["smtp-a"])
                L("smtp-a", tt, MG_IN_SYNC, MG_IN_SYNC % hosts["smtp-b"])
                tt = L("smtp-a", tt + sec(2), MG_CONN, MG_CONN % hosts["smtp-b"])
                L("smtp-b", tt, MG_IN_SYNC, MG_IN_SYNC % hosts["smtp-a"])
            elif name == "a_stop":
                tt = L("smtp-a", t, MG_SMFI, MG_SMFI % 0)
                L("smtp-a", tt, MG_FINAL, MG_FINAL)
                alive["smtp-a"] = False
            elif name == "a_back":
                alive["smtp-a"] = True
                tt = L("smtp-a", t + sec(9), MG_CONN, MG_CONN % hosts["smtp-b"])
                L("smtp-b", tt, MG_IN_SYNC, MG_IN_SYNC % hosts["smtp-a"])
            continue
        if t >= T_END:
            continue
        expire("smtp-a", t)
        if ev[0] == "phish":
            _, ip, fq, frm = ev
            h = which(t)
            L(h, t, MG_BLACK_DATA, MG_BLACK_DATA % (qid(r, t), fq, ip, frm, MG_ACL_PHISH))
            continue
        if ev[0] == "bot":
            _, ip, fq, frm, tos, listed = ev
            h = which(t)
            q = qid(r, t)
            for to in tos:
                if listed:
                    t = L(h, t, MG_BLACK, MG_BLACK % (q, fq, ip, frm, to, MG_ACL_RBL))
                else:
                    pending.setdefault((ip, frm, to), t + sec(MG_DELAY_S))
                    t = L(
                        h,
                        t,
                        MG_DELAY,
                        MG_DELAY % (q, fq, ip, frm, to, *hms(MG_DELAY_S), MG_ACL_GREY),
                    )
                    sync_fail(t)
            continue
        _, ip, fq, frm, tos, o = ev
        h = which(t)
        q = qid(r, t)
        for to in tos:
            key = (ip, frm, to)
            if key in autowhite and autowhite[key] > t:
                autowhite[key] = t + sec(MG_AUTOWHITE_S)
                t = L(h, t, MG_AW_MORE, MG_AW_MORE % (q, ip, frm, to, *hms(MG_AUTOWHITE_S)))
                continue
            if key in pending:
                rest = (pending[key] - t).total_seconds()
                if rest <= 0:
                    del pending[key]
                    autowhite[key] = t + sec(MG_AUTOWHITE_S)
                    t = L(h, t, MG_AW, MG_AW % (q, ip, frm, to, *hms(MG_AUTOWHITE_S)))
                    sync_fail(t)
                    continue
                acl = MG_ACL_DSN if frm == "<>" else MG_ACL_GREY
                lab = MG_DELAY_DATA if frm == "<>" else MG_DELAY
                t = L(h, t, lab, lab % (q, fq, ip, frm, to, *hms(rest), acl))
            else:
                pending[key] = t + sec(MG_DELAY_S)
                acl = MG_ACL_DSN if frm == "<>" else MG_ACL_GREY
                lab = MG_DELAY_DATA if frm == "<>" else MG_DELAY
                t = L(h, t, lab, lab % (q, fq, ip, frm, to, *hms(MG_DELAY_S), acl))
                sync_fail(t)
            if o is not None:
                lo, hi = o.retry
                back = r.uniform(lo, hi) if r.random() < 0.8 else r.uniform(1300, 2400)
                push(t + sec(back), ("mail", ip, fq, frm, [to], o))
    return fs.logs(T0)


# ------------------------------------------------------------------------------ mailscanner

MS_START = "MailScanner Email Processor version %s starting..."
MS_PH_WL = "Read %d hostnames from the phishing whitelist"
MS_PH_BL = "Read %d hostnames from the phishing blacklists"
MS_SA_CACHE = "Using SpamAssassin results cache"
MS_SA_DB = "Connected to SpamAssassin cache database"
MS_PROC_DB = "Connected to Processing Attempts Database"
MS_PROC_N = "There are %d messages in the Processing Attempts Database"
MS_LOCK = "Using locktype = %s"
MS_BATCH = "New Batch: Scanning %d messages, %d bytes"
MS_WAIT = "New Batch: Found %d messages waiting"
MS_CACHEHIT = "SpamAssassin cache hit for message %s"
MS_HAM = "Message %s from %s (%s) to %s is not spam, SpamAssassin (not cached, score=%s, required %s, %s)"
MS_HAM_CACHED = (
    "Message %s from %s (%s) to %s is not spam, SpamAssassin (cached, score=%s, required %s, %s)"
)
MS_SPAM = (
    "Message %s from %s (%s) to %s is spam, SpamAssassin (not cached, score=%s, required %s, %s)"
)
MS_HAM_TO = "Message %s from %s (%s) to %s is not spam, SpamAssassin (timed out)"
MS_SA_KILLED = "SpamAssassin timed out and was killed, failure %d of %d"
MS_SPAMFOUND = "Spam Checks: Found %d spam messages"
MS_VSTART = "Virus and Content Scanning: Starting"
MS_INFECTED = "Clamd::INFECTED::%s :: %s"
MS_CLAMD_FOUND = "Virus Scanning: Clamd found %d infections"
MS_INF_FROM = "Infected message %s came from %s"
MS_VFOUND = "Virus Scanning: Found %d viruses"
MS_SAVED = "Saved entire message to %s"
MS_FNAME = "Filename Checks: %s (%s %s)"
MS_OTHER = "Other Checks: Found %d problems"
MS_ACTIONS = "Spam Actions: message %s actions are %s"
MS_REQUEUE = "Requeue: %s to %s"
MS_DELIVERED = "Uninfected: Delivered %d messages"
MS_DELETED = "Deleted %d messages from processing-database"

HAM_TESTS = [
    ("BAYES_00", -1.9),
    ("DKIM_SIGNED", 0.1),
    ("DKIM_VALID", -0.1),
    ("DKIM_VALID_AU", -0.1),
    ("DKIM_VALID_EF", -0.1),
    ("HTML_MESSAGE", 0.0),
    ("RCVD_IN_DNSWL_NONE", -0.0001),
    ("SPF_HELO_NONE", 0.001),
    ("SPF_PASS", -0.001),
    ("MAILING_LIST_MULTI", -1.0),
    ("RCVD_IN_MSPIKE_H2", -0.001),
    ("BAYES_20", -0.001),
    ("T_SCC_BODY_TEXT_LINE", -0.01),
    ("URIBL_BLOCKED", 0.001),
    ("BAYES_50", 0.8),
    ("MIME_HTML_MOSTLY", 0.1),
]
SPAM_TESTS = [
    ("BAYES_99", 3.5),
    ("BAYES_999", 0.2),
    ("URIBL_ABUSE_SURBL", 1.25),
    ("RCVD_IN_SBL_CSS", 3.335),
    ("HTML_MESSAGE", 0.001),
    ("MIME_HTML_ONLY", 0.1),
    ("FREEMAIL_FORGED_REPLYTO", 2.095),
    ("RDNS_NONE", 0.793),
    ("SPF_FAIL", 0.919),
    ("URIBL_DBL_SPAM", 2.5),
    ("PYZOR_CHECK", 1.985),
    ("RAZOR2_CHECK", 1.729),
    ("DCC_CHECK", 1.1),
    ("HTML_IMAGE_ONLY_16", 1.092),
    ("SUBJ_ALL_CAPS", 0.5),
]


def sa_report(
    r: random.Random, tests: list[tuple[str, float]], lo: int, hi: int, base: float
) -> tuple[str, str]:
    chosen = sorted(r.sample(tests, r.randint(lo, hi)))
    score = base + sum(v for _, v in chosen)
    return f"{score:.3f}", ", ".join(f"{n} {v:.2f}" for n, v in chosen)


def pfq(r: random.Random) -> str:
    return "".join(r.choice("0123456789ABCDEF") for _ in range(r.choice([10, 11])))


def mailscanner(r: random.Random) -> list[Log]:
    """MailScanner 5.5 on two Postfix gateways (see the module docstring)."""
    fs = Files()
    orgs = make_orgs(r)
    gws = ["gw1", "gw2"]
    version = "5.5.2"
    children = {h: [r.randint(2000, 60000) for _ in range(5)] for h in gws}
    restarts = {
        "gw1": [at(8, 11, 40)],
        "gw2": [at(7, 53, 10), at(11, 53, 5)],
    }
    sa_slow = (at(8, 22), at(8, 47))
    malware = (at(10, 14), at(10, 41))
    recent: list[int] = []

    def L(h: str, pid: int, t: datetime, label: str, msg: str) -> datetime:
        return fs.add(
            f"{h}-maillog",
            t,
            label,
            lambda x: [f"{syslog_ts(x)} {h} MailScanner[{pid}]: {msg}"],
            (h, pid),
            SEC,
        )

    def startup(h: str, pid: int, t: datetime) -> None:
        for label, msg in [
            (MS_START, MS_START % version),
            (MS_PH_WL, MS_PH_WL % 1492),
            (MS_PH_BL, MS_PH_BL % 41239),
            (MS_SA_CACHE, MS_SA_CACHE),
            (MS_SA_DB, MS_SA_DB),
            (MS_PROC_DB, MS_PROC_DB),
            (MS_PROC_N, MS_PROC_N % r.choice([0, 0, 1, 2])),
            (MS_LOCK, MS_LOCK % "posix"),
        ]:
            t = L(h, pid, t + sec(r.uniform(0.05, 0.9)), label, msg)

    # each child's pids over the morning: (from, pid); a child restarts every four hours
    lives: dict[str, list[list[tuple[datetime, int]]]] = {
        h: [[(T0 - sec(3600), p)] for p in children[h]] for h in gws
    }
    for h in gws:
        for rt in restarts[h]:
            for i in range(5):
                pid = r.randint(2000, 65000)
                when = rt + sec(i * r.uniform(20, 70))
                startup(h, pid, when)
                lives[h][i].append((when + sec(12), pid))

    def child_pid(h: str, t: datetime) -> int:
        life = r.choice(lives[h])
        return [p for since, p in life if since <= t][-1]

    def message(t: datetime) -> dict:
        kind = pick(r, [(70, "ham"), (22, "spam"), (3, "blocked")])
        if in_any(t, [malware]) and r.random() < 0.45:
            kind = "virus"
        if kind in ("ham", "blocked"):
            o = pick(r, [(x.weight, x) for x in orgs])
            ip, _ = r.choice(o.mtas)  # type: ignore[union-attr]
            lp, dom = org_sender(r, o)  # type: ignore[arg-type]
        else:
            ip, _ = bot(r)
            lp, dom = spam_sender(r)
        tod = ",".join(sorted({rcpt(r).split("@")[1] for _ in range(r.choice([1, 1, 1, 2]))}))
        size = int(r.lognormvariate(9.6, 0.9)) + 900
        return {
            "id": f"{pfq(r)}.{''.join(r.choice('0123456789ABCDEF') for _ in range(5))}",
            "ip": ip,
            "from": f"{lp}@{dom}",
            "to": tod,
            "kind": kind,
            "size": size,
        }

    def batch(h: str, t: datetime, n: int, waiting: int) -> None:
        pid = child_pid(h, t)
        msgs = [message(t) for _ in range(n)]
        if waiting:
            t = L(h, pid, t, MS_WAIT, MS_WAIT % waiting)
        t = L(h, pid, t, MS_BATCH, MS_BATCH % (n, sum(m["size"] for m in msgs)))
        slow = h == "gw2" and in_any(t, [sa_slow])
        spam = 0
        for m in msgs:
            head = (m["id"], m["ip"], m["from"], m["to"])
            if h == "gw2" and not (slow and m["kind"] != "spam"):
                recent.append(0)
            if m["kind"] == "spam":
                sc, tests = sa_report(r, SPAM_TESTS, 3, 7, 0.0)
                if float(sc) < 5.0:
                    sc = f"{float(sc) + 5.2:.3f}"
                t = L(h, pid, t, MS_SPAM, MS_SPAM % (*head, sc, 5, tests))
                spam += 1
                m["spam"] = float(sc)
            elif slow and r.random() < 0.6:
                recent.append(1)
                t = L(
                    h,
                    pid,
                    t + sec(r.uniform(74.5, 75.8)),
                    MS_SA_KILLED,
                    MS_SA_KILLED % (sum(recent[-12:]), 20),
                )
                t = L(h, pid, t, MS_HAM_TO, MS_HAM_TO % head)
                continue
            elif r.random() < 0.09:
                t = L(h, pid, t, MS_CACHEHIT, MS_CACHEHIT % m["id"])
                sc, tests = sa_report(r, HAM_TESTS, 3, 7, 0.0)
                t = L(h, pid, t, MS_HAM_CACHED, MS_HAM_CACHED % (*head, sc, 5, tests))
            else:
                sc, tests = sa_report(r, HAM_TESTS, 3, 8, 0.0)
                t = L(h, pid, t, MS_HAM, MS_HAM % (*head, sc, 5, tests))
        if spam:
            t = L(h, pid, t, MS_SPAMFOUND, MS_SPAMFOUND % spam)
        blocked = [m for m in msgs if m["kind"] == "blocked"]
        for m in blocked:
            rule, fname = r.choice(
                [
                    (
                        "Windows/DOS Executable",
                        f"{r.choice(['setup', 'update', 'scan_0607', 'Rechnung'])}.exe",
                    ),
                    (
                        "Attempt to hide real filename extension",
                        f"Invoice_{r.randint(1000, 9999)}.pdf.exe",
                    ),
                    ("Windows Shortcut files may be used to attack your computer", "Document.lnk"),
                ]
            )
            t = L(h, pid, t, MS_FNAME, MS_FNAME % (rule, m["id"], fname))
        if blocked:
            t = L(h, pid, t, MS_OTHER, MS_OTHER % len(blocked))
        t = L(h, pid, t, MS_VSTART, MS_VSTART)
        infected = [m for m in msgs if m["kind"] == "virus"]
        for m in infected:
            virus = r.choice(
                [
                    "Win.Downloader.Emotet-10007042-0",
                    "Doc.Malware.Valyria-10029961-0",
                    "Html.Phishing.Agent-10021455-0",
                    "Sanesecurity.Malware.29614.ZipHeur.Js",
                ]
            )
            att = r.choice(
                [
                    f"Invoice_{r.randint(100, 999)}_0607.zip",
                    "Scan_2024-06-07.html",
                    f"PO-{r.randint(10000, 99999)}.doc",
                ]
            )
            t = L(h, pid, t, MS_INFECTED, MS_INFECTED % (virus, f"./{m['id']}/{att}"))
        if infected:
            t = L(h, pid, t, MS_CLAMD_FOUND, MS_CLAMD_FOUND % len(infected))
            for m in infected:
                t = L(h, pid, t, MS_INF_FROM, MS_INF_FROM % (m["id"], m["ip"]))
            t = L(h, pid, t, MS_VFOUND, MS_VFOUND % len(infected))
        for m in infected + blocked:
            t = L(
                h,
                pid,
                t,
                MS_SAVED,
                MS_SAVED % f"/var/spool/MailScanner/quarantine/20240607/{m['id']}",
            )
        delivered = []
        for m in msgs:
            if m["kind"] == "spam":
                acts = ["store"] if m["spam"] >= 10 else r.sample(["deliver", "header"], 2)
                t = L(h, pid, t, MS_ACTIONS, MS_ACTIONS % (m["id"], ",".join(acts)))
                if "deliver" in acts:
                    delivered.append(m)
            elif m["kind"] == "ham":
                delivered.append(m)
        for m in delivered:
            t = L(h, pid, t, MS_REQUEUE, MS_REQUEUE % (m["id"], pfq(r)))
        if delivered:
            t = L(h, pid, t, MS_DELIVERED, MS_DELIVERED % len(delivered))
        L(h, pid, t, MS_DELETED, MS_DELETED % n)

    for h in gws:
        for t in thinned(r, T0, T_END, 126.0 if h == "gw1" else 140.0):
            if h == "gw2" and in_any(t, [sa_slow]):
                batch(h, t, r.randint(3, 9), r.randint(12, 40))
            else:
                batch(h, t, int(pick(r, [(60, 1), (25, 2), (10, 3), (5, 4)])), 0)  # type: ignore[call-overload]
    return fs.logs(T0)


# ------------------------------------------------------------------------------ offlineimap

OI_START = "OfflineImap %s starting..."
OI_ENV = "imaplib2 v%s, Python v%s, OpenSSL %s"
OI_ACCT = "*** Processing account %s"
OI_CONN = "Establishing connection to %s:%s (%s)"
OI_SYNC = "Syncing %s: %s -> %s"
OI_SKIP = "Skipping %s (not changed)"
OI_COPY = "Copy message UID %s (%d/%d) %s:%s -> %s:%s"
OI_ADDFLAG = "Adding flag %s to %d messages on %s"
OI_DELFLAG = "Deleting flag %s from %d messages on %s"
OI_DELMSG = "Deleting %s messages (%s) in %s"
OI_DONE = "*** Finished account '%s' in %d:%02d"
OI_REFUSED = "ERROR: Connection to host '%s:%d' for repository '%s' was refused. Make sure you have the right host and port configured and that you are actually able to access the network."
OI_DNS = "ERROR: Could not resolve name '%s' for repository '%s'. Make sure you have configured the server name correctly and that you are online."
OI_SYNCFOLDER = "ERROR: ERROR in syncfolder for %s folder %s: %s"
OI_ABORT = "ERROR: Aborting sync, folder '%s' [acc: '%s']"
OI_CREATE = "Creating folder %s[%s]"
OI_HOOK = "Calling hook: %s"
OI_HOOK_OUT = "Hook stdout: %s"
OI_HOOK_RC = "Hook return code: %d"

OI_FOLDERS = {
    "alice": [
        "INBOX",
        "Sent",
        "Drafts",
        "Archive",
        "Archive/2024",
        "Projects/Harbour",
        "Junk",
        "Trash",
    ],
    "bob": ["INBOX", "Sent", "Drafts", "Archive", "Suppliers", "Junk", "Trash"],
    "helpdesk": ["INBOX", "Sent", "Escalated", "Done", "Junk", "Trash"],
    "noc": ["INBOX", "Alerts", "Sent"],
}
OI_HOST = "imap.riverbend.example"


def uid_sequence(uids: list[int]) -> str:
    """offlineimap.imaputil.uid_sequence: runs of consecutive UIDs as a:b."""
    out, i = [], 0
    uids = sorted(uids)
    while i < len(uids):
        j = i
        while j + 1 < len(uids) and uids[j + 1] == uids[j] + 1:
            j += 1
        out.append(str(uids[i]) if i == j else f"{uids[i]}:{uids[j]}")
        i = j + 1
    return ",".join(out)


def offlineimap(r: random.Random) -> list[Log]:
    """OfflineIMAP 8.0 on a backup host and an operations box (see the module docstring)."""
    fs = Files()
    pids = {"archive": 1187, "ops": 24518}
    imap_down = (at(8, 2, 30), at(8, 9, 10))
    dns_down = (at(9, 41), at(9, 50))
    disk_full = (at(10, 21), at(10, 47))
    new_folder_at = at(9, 5)
    ops_start = at(7, 30, 4)
    uidnext = {(a, f): r.randint(800, 60000) for a, fl in OI_FOLDERS.items() for f in fl}

    def fname(h: str) -> str:
        return f"{h}-offlineimap.log"

    def L(
        h: str, t: datetime, level: str, label: str, msg: str, more: list[str] | None = None
    ) -> datetime:
        return fs.add(
            fname(h),
            t,
            label,
            lambda x: [f"{x:%Y-%m-%d %H:%M:%S} {level}: {msg}", *(more or [])],
            (h, pids[h]),
            SEC,
        )

    def local(f: str) -> str:
        return f.replace("/", ".")

    def account_sync(h: str, acct: str, t: datetime, quick: bool, hook: str | None) -> datetime:
        t0 = t
        t = L(h, t, "INFO", OI_ACCT, OI_ACCT % acct)
        remote, loc = f"{acct}-remote", f"{acct}-local"
        t = L(h, t + sec(r.uniform(0.1, 0.5)), "INFO", OI_CONN, OI_CONN % (OI_HOST, 993, remote))
        if in_any(t, [imap_down]):
            t = L(
                h,
                t + sec(r.uniform(0.01, 0.05)),
                "ERROR",
                OI_REFUSED,
                OI_REFUSED % (OI_HOST, 993, remote),
            )
            return L(h, t, "INFO", OI_DONE, OI_DONE % (acct, 0, int((t - t0).total_seconds())))
        if h == "ops" and in_any(t, [dns_down]):
            t = L(h, t + sec(r.uniform(5, 10)), "ERROR", OI_DNS, OI_DNS % (OI_HOST, remote))
            return L(h, t, "INFO", OI_DONE, OI_DONE % (acct, 0, int((t - t0).total_seconds())))
        folders = list(OI_FOLDERS[acct])
        if acct == "bob" and t >= new_folder_at:
            folders.insert(4, "Projects/Q3-Launch")
            if (acct, "Projects/Q3-Launch") not in uidnext:
                uidnext[(acct, "Projects/Q3-Launch")] = 1
                t = L(
                    h,
                    t + sec(0.3),
                    "INFO",
                    OI_CREATE,
                    OI_CREATE % (local("Projects/Q3-Launch"), loc),
                )
        t += sec(r.uniform(0.3, 1.2))
        for f in folders:
            busy = {
                "INBOX": 0.55,
                "Alerts": 0.7,
                "Sent": 0.15,
                "Escalated": 0.2,
                "Done": 0.25,
                "Junk": 0.2,
            }.get(f, 0.06)
            if acct == "helpdesk" and f == "INBOX":
                busy = 0.8
            changed = r.random() < busy
            if quick and not changed:
                t = L(h, t + sec(r.uniform(0.02, 0.3)), "INFO", OI_SKIP, OI_SKIP % f)
                continue
            t = L(
                h, t + sec(r.uniform(0.02, 0.3)), "INFO", OI_SYNC, OI_SYNC % (f, "IMAP", "Maildir")
            )
            if not changed:
                continue
            n = r.choice([1, 1, 1, 2, 2, 3, 5]) if f != "Alerts" else r.choice([1, 2, 3, 4, 6, 9])
            for i in range(n):
                uid = uidnext[(acct, f)]
                uidnext[(acct, f)] += 1
                if h == "archive" and in_any(t, [disk_full]) and f == "INBOX":
                    tb = [
                        "Traceback (most recent call last):",
                        '  File "/usr/lib/python3/dist-packages/offlineimap/accounts.py", line 678, in syncfolder',
                        "    remotefolder.syncmessagesto(localfolder, statusfolder)",
                        '  File "/usr/lib/python3/dist-packages/offlineimap/folder/Base.py", line 1163, in syncmessagesto',
                        "    action(dstfolder, statusfolder)",
                        '  File "/usr/lib/python3/dist-packages/offlineimap/folder/Base.py", line 942, in __syncmessagesto_copy',
                        "    self.copymessageto(uid, dstfolder, statusfolder, register=0)",
                        '  File "/usr/lib/python3/dist-packages/offlineimap/folder/Base.py", line 850, in copymessageto',
                        "    new_uid = dstfolder.savemessage(uid, message, flags, rtime)",
                        '  File "/usr/lib/python3/dist-packages/offlineimap/folder/Maildir.py", line 431, in savemessage',
                        "    fd = os.open(os.path.join(tmpdir, messagename), os.O_EXCL | os.O_CREAT | os.O_WRONLY, 0o666)",
                    ]
                    path = f"/srv/mailbackup/{acct}/INBOX/tmp/{int(t.timestamp())}_{i}.{pids[h]}.archive,U={uid},FMD5={hexid(r, 32)}"
                    err = f"OSError: [Errno 28] No space left on device: '{path}'"
                    t = L(
                        h,
                        t + sec(0.2),
                        "INFO",
                        OI_COPY,
                        OI_COPY % (uid, i + 1, n, remote, f, loc, local(f)),
                    )
                    t = L(
                        h,
                        t + sec(0.05),
                        "ERROR",
                        OI_SYNCFOLDER,
                        OI_SYNCFOLDER % (acct, f, tb[0]),
                        [*tb[1:], err, "", f"  [Errno 28] No space left on device: '{path}'"],
                    )
                    changed = False
                    break
                t = L(
                    h,
                    t + sec(r.uniform(0.05, 0.6)),
                    "INFO",
                    OI_COPY,
                    OI_COPY % (uid, i + 1, n, remote, f, loc, local(f)),
                )
            if not changed:
                continue
            if r.random() < 0.3:
                k = r.randint(1, 6)
                t = L(
                    h,
                    t + sec(0.1),
                    "INFO",
                    OI_ADDFLAG,
                    OI_ADDFLAG
                    % (r.choice(["S", "S", "S", "F", "R"]), k, local(f) if r.random() < 0.5 else f),
                )
            if r.random() < 0.08:
                t = L(h, t + sec(0.1), "INFO", OI_DELFLAG, OI_DELFLAG % ("S", r.randint(1, 2), f))
            if f in ("INBOX", "Junk", "Trash", "Alerts") and r.random() < 0.25:
                base = uidnext[(acct, f)] - r.randint(20, 400)
                uids = sorted({base + r.randint(0, 12) for _ in range(r.randint(1, 5))})
                t = L(
                    h,
                    t + sec(0.1),
                    "INFO",
                    OI_DELMSG,
                    OI_DELMSG
                    % (
                        len(uids),
                        uid_sequence(uids),
                        f"{r.choice(['Maildir', 'IMAP'])}[{local(f) if r.random() < 0.5 else f}]",
                    ),
                )
        if hook:
            t = L(h, t + sec(0.05), "INFO", OI_HOOK, OI_HOOK % hook)
            new = r.choice([0, 0, 1, 2, 3, 5])
            if new:
                out = [
                    f"Processed {new} total file{'s' if new > 1 else ''} in almost no time.",
                    f"Added {new} new message{'s' if new > 1 else ''} to the database.",
                ]
            else:
                out = ["No new mail."]
            t = L(
                h,
                t + sec(r.uniform(0.4, 1.6)),
                "INFO",
                OI_HOOK_OUT,
                OI_HOOK_OUT % out[0],
                [*out[1:], "", "Hook stderr:", ""],
            )
            t = L(h, t, "INFO", OI_HOOK_RC, OI_HOOK_RC % 0)
        el = int((t - t0).total_seconds()) + 1
        return L(h, t + sec(0.01), "INFO", OI_DONE, OI_DONE % (acct, el // 60, el % 60))

    # the backup host: three accounts one after the other every 10 minutes, a full sync every
    # fifth run
    n = 0
    t = at(6, 0, 12)
    while t < T_END:
        for acct in ["alice", "bob", "helpdesk"]:
            t = account_sync("archive", acct, t + sec(r.uniform(0.2, 1.0)), n % 5 != 0, None)
        n += 1
        t = t + sec(600)
    # the operations box: the NOC mailbox every three minutes from 07:30, notmuch after each run
    t = L(
        "ops",
        ops_start,
        "INFO",
        OI_START,
        OI_START % "8.0.0",
        [
            "  Python: 3.11.2 Platform: linux",
            "  Args: /usr/bin/offlineimap -u basic -l /var/log/offlineimap/offlineimap.log",
        ],
    )
    t = L(
        "ops",
        t + sec(0.02),
        "INFO",
        OI_ENV,
        OI_ENV % ("3.05", "3.11.2", "OpenSSL 3.0.11 19 Sep 2023"),
    )
    n = 0
    while t < T_END:
        t = account_sync("ops", "noc", t + sec(r.uniform(0.1, 0.4)), n % 10 != 0, "notmuch new")
        n += 1
        t = t + sec(180)
    return fs.logs(T0)


# --------------------------------------------------------------------------------- policyd

PD_GL_NEW = "module=Greylisting, action=defer, host=%s, helo=%s, from=%s, to=%s, reason=greylisted"
PD_GL_TRIES = "module=Greylisting, action=defer, host=%s, helo=%s, from=%s, to=%s, reason=greylisted, tries=%s"
PD_GL_AUTH = (
    "module=Greylisting, action=pass, host=%s, helo=%s, from=%s, to=%s, reason=authenticated"
)
PD_GL_AWL = (
    "module=Greylisting, action=pass, host=%s, helo=%s, from=%s, to=%s, reason=auto-whitelisted"
)
PD_GL_WL = "module=Greylisting, action=pass, host=%s, helo=%s, from=%s, to=%s, reason=whitelisted"
PD_GL_ABL = (
    "module=Greylisting, action=reject, host=%s, helo=%s, from=%s, to=%s, reason=auto-blacklisted"
)
PD_GL_ABLC = "module=Greylisting, action=reject, host=%s, helo=%s, from=%s, to=%s, reason=auto-blacklisted_cached"
PD_Q_TAIL = "policy=%s, quota=%s, limit=%s, track=%s, counter=%s, quota=%s/%s (%s%%)"
PD_Q_UPD = (
    "module=Quotas, mode=update, host=%s, helo=%s, from=%s, to=%s, reason=quota_update, "
    + PD_Q_TAIL
)
PD_Q_CREATE = (
    "module=Quotas, mode=create, host=%s, helo=%s, from=%s, to=%s, reason=quota_create, "
    + PD_Q_TAIL
)
PD_Q_MATCH = (
    "module=Quotas, action=%s, host=%s, helo=%s, from=%s, to=%s, reason=quota_match, " + PD_Q_TAIL
)
PD_PIPE = "Got request #%s (pipelined)"
PD_DBQ_LOST = "Database query failed: Lost connection to server during query"
PD_DBQ_CONN = "Database query failed: Can't connect to server on '%s' (%d)"
PD_QFAIL_CONN = "Failed to update quota_tracking item: Can't connect to server on '%s' (%d)"
PD_SESSION = "Session tracking is ENABLED."
PD_SERIAL = "Setting up serialization via %s"
PD_PREFORK = "Beginning prefork (%s processes)"
PD_CHILDREN = 'Starting "%s" children'


def policyd(r: random.Random) -> list[Log]:
    """Policyd v2 (cluebringer) on two Postfix relays of a hosting provider (see the module
    docstring)."""
    fs = Files()
    orgs = make_orgs(r)
    occ = occasional(r, 70)
    hosts = ["relay1", "relay2"]
    workers = {h: [r.randint(3000, 40000) for _ in range(4)] for h in hosts}
    db = ("db2.internal", 111)
    db_down = (at(8, 40, 12), at(8, 43, 2))
    restart = at(10, 10, 2)
    compromised = (at(9, 4), at(9, 42))

    def L(h: str, pid: int, t: datetime, tag: str, level: str, label: str, msg: str) -> datetime:
        return fs.add(
            f"{h}-cbpolicyd.log",
            t,
            label,
            lambda x: [f"[{ns_time(x)} - {pid}] [{tag}] {level}: {msg}"],
            (h, pid),
            SEC,
        )

    def worker(h: str, t: datetime) -> int:
        if h == "relay2" and t >= restart:
            return r.choice(new_workers)
        return r.choice(workers[h])

    # customers sending through the submission service (SASL users), each with a sender quota
    # of 200 messages per hour and 100 MB per day
    users = [
        (f"{person(r)}@{d}", d)
        for d in [
            "studio-lumen.example",
            "kaffeehaus-bern.example",
            "vela-yachting.example",
            "nordlicht-praxis.example",
            "brightpath-tutors.example",
        ]
        for _ in range(r.randint(2, 5))
    ]
    counters: dict[str, float] = {u: r.uniform(0, 60) for u, _ in users}
    sizes: dict[str, float] = {u: r.uniform(1e6, 4e7) for u, _ in users}
    spammer = users[3][0]
    counters[spammer] = 4.0
    last_sent: dict[str, datetime] = {u: T0 - sec(r.uniform(0, 5400)) for u, _ in users}
    awl: set[str] = set()
    for o in orgs:
        for ip, _ in o.mtas:
            if o.kind not in ("google", "microsoft") and r.random() < 0.75:
                awl.add(classc(ip))
    blacklisted: set[str] = set()
    tracking: dict[tuple[str, str, str], list] = {}
    queue: list[tuple[datetime, int, tuple]] = []
    seq = [0]

    def push(t: datetime, ev: tuple) -> None:
        seq[0] += 1
        heapq.heappush(queue, (t, seq[0], ev))

    for t in thinned(r, T0, T_END, 28.0):
        o = pick(r, [(x.weight, x) for x in orgs]) if r.random() < 0.8 else r.choice(occ)
        ip, fq = r.choice(o.mtas)  # type: ignore[union-attr]
        lp, dom = org_sender(r, o)  # type: ignore[arg-type]
        push(
            t,
            (
                "in",
                o,
                ip,
                fq,
                f"{lp}@{dom}",
                sorted({rcpt(r) for _ in range(r.choice([1, 1, 1, 2]))}),
            ),
        )
    for t in thinned(r, T0, T_END, 110.0):
        ip, fq = bot(r)
        lp, dom = spam_sender(r)
        push(t, ("in", None, ip, fq if fq != "unknown" else f"[{ip}]", f"{lp}@{dom}", [rcpt(r)]))
    for t in thinned(r, T0, T_END, 100.0):
        u, d = r.choice([x for x in users if x[0] != spammer] if r.random() < 0.93 else users)
        push(
            t,
            (
                "out",
                u,
                d,
                sorted(
                    {
                        f"{person(r)}@{r.choice(['gmail.com', 'outlook.com', 'gmx.de', 'web.de', 'yahoo.com', 'icloud.com'])}"
                        for _ in range(r.choice([1, 1, 1, 2, 3]))
                    }
                ),
            ),
        )
    for t in poisson(r, compromised[0], compromised[1], 19.0):
        push(
            t,
            (
                "out",
                spammer,
                spammer.split("@")[1],
                sorted(
                    {
                        f"{person(r)}{r.randint(1, 999)}@{r.choice(['gmail.com', 'yahoo.com', 'hotmail.com', 'aol.com'])}"
                        for _ in range(r.choice([2, 3, 4]))
                    }
                ),
            ),
        )

    first_err = {"relay1": True, "relay2": True}
    parent = 29906
    new_workers = [parent + 1 + i for i in range(4)]

    def down(t: datetime) -> bool:
        return db_down[0] <= t < db_down[1]

    def inbound(
        h: str, t: datetime, o: Org | None, ip: str, helo: str, frm: str, rc: str
    ) -> datetime:
        pid = worker(h, t)
        if down(t):
            if first_err[h]:
                first_err[h] = False
                return L(h, pid, t, "GREYLISTING", "ERROR", PD_DBQ_LOST, PD_DBQ_LOST)
            return L(h, pid, t, "GREYLISTING", "ERROR", PD_DBQ_CONN, PD_DBQ_CONN % db)
        head = (ip, helo, frm, rc)
        if o and o.kind in ("google", "microsoft"):
            return L(h, pid, t, "CORE", "INFO", PD_GL_WL, PD_GL_WL % head)
        if ip in blacklisted:
            return L(h, pid, t, "CORE", "INFO", PD_GL_ABLC, PD_GL_ABLC % head)
        if classc(ip) in awl:
            return L(h, pid, t, "CORE", "INFO", PD_GL_AWL, PD_GL_AWL % head)
        key = (classc(ip), frm, rc)
        if key in tracking:
            first, tries = tracking[key]
            if (t - first).total_seconds() < 240:
                tracking[key][1] += 1
                t = L(h, pid, t, "CORE", "INFO", PD_GL_TRIES, PD_GL_TRIES % (*head, tries + 1))
                if o:
                    push(t + sec(r.uniform(200, 700)), ("retry", o, ip, helo, frm, rc))
                return t
            del tracking[key]
            if sum(1 for k in tracking if k[0] == classc(ip)) == 0 and r.random() < 0.5:
                awl.add(classc(ip))
                return L(h, pid, t, "CORE", "INFO", PD_GL_AWL, PD_GL_AWL % head)
            return L(h, pid, t, "CORE", "INFO", PD_GL_AUTH, PD_GL_AUTH % head)
        if o is None and sum(1 for k in tracking if k[0] == classc(ip)) >= 3 and r.random() < 0.5:
            blacklisted.add(ip)
            return L(h, pid, t, "CORE", "INFO", PD_GL_ABL, PD_GL_ABL % head)
        tracking[key] = [t, 1]
        t = L(h, pid, t, "CORE", "INFO", PD_GL_NEW, PD_GL_NEW % head)
        if o:
            lo, hi = o.retry
            back = r.uniform(lo, hi) if r.random() < 0.85 else r.uniform(60, 230)
            push(t + sec(back), ("retry", o, ip, helo, frm, rc))
        return t

    def outbound(h: str, t: datetime, u: str, d: str, rcpts: list[str]) -> datetime:
        pid = worker(h, t)
        helo = r.choice(
            ["[192.168.1.23]", "DESKTOP-4K7QF2M", "MacBook-Pro.local", f"mail.{d}", "[10.0.0.17]"]
        )
        ip = f"{r.choice(['84.115.', '178.197.', '31.10.', '213.55.'])}{r.randint(0, 255)}.{r.randint(1, 254)}"
        for i, rc in enumerate(rcpts):
            if i:
                t = L(h, pid, t, "CBPOLICYD", "INFO", PD_PIPE, PD_PIPE % (i + 1))
            if down(t):
                t = L(h, pid, t, "QUOTAS", "ERROR", PD_QFAIL_CONN, PD_QFAIL_CONN % db)
                continue
            c = counters[u]
            if c >= 100:
                counters[u] = c + 0.0
                t = L(
                    h,
                    pid,
                    t,
                    "CORE",
                    "INFO",
                    PD_Q_MATCH,
                    PD_Q_MATCH
                    % (
                        "defer",
                        ip,
                        helo,
                        u,
                        rc,
                        7,
                        4,
                        7,
                        f"Sender:{u}",
                        "MessageCount",
                        f"{c + 1:.2f}",
                        100,
                        f"{c + 1:.1f}",
                    ),
                )
                continue
            counters[u] = c + 1
            fresh = (t - last_sent[u]).total_seconds() > 3600
            last_sent[u] = t
            if fresh:
                counters[u] = c = 0.0
                counters[u] = 1.0
                t = L(
                    h,
                    pid,
                    t,
                    "CORE",
                    "INFO",
                    PD_Q_CREATE,
                    PD_Q_CREATE
                    % (
                        ip,
                        helo,
                        u,
                        rc,
                        7,
                        4,
                        7,
                        f"Sender:{u}",
                        "MessageCount",
                        f"{c + 1:.2f}",
                        100,
                        f"{c + 1:.1f}",
                    ),
                )
            else:
                t = L(
                    h,
                    pid,
                    t,
                    "CORE",
                    "INFO",
                    PD_Q_UPD,
                    PD_Q_UPD
                    % (
                        ip,
                        helo,
                        u,
                        rc,
                        7,
                        4,
                        7,
                        f"Sender:{u}",
                        "MessageCount",
                        f"{c + 1:.2f}",
                        100,
                        f"{c + 1:.1f}",
                    ),
                )
        if counters[u] < 100 and not down(t):
            # END-OF-MESSAGE: the size quota for each recipient
            size = int(r.lognormvariate(10.5, 1.2)) + 2000
            for rc in rcpts:
                sizes[u] += size
                t = L(
                    h,
                    pid,
                    t + sec(r.uniform(0.5, 3)),
                    "CORE",
                    "INFO",
                    PD_Q_UPD,
                    PD_Q_UPD
                    % (
                        ip,
                        helo,
                        u,
                        rc,
                        7,
                        5,
                        8,
                        f"Sender:{u}",
                        "MessageCumulativeSize",
                        f"{sizes[u]:.2f}",
                        104857600,
                        f"{sizes[u] / 1048576:.1f}",
                    ),
                )
        return t

    last = [T0]
    while queue:
        t, _, ev = heapq.heappop(queue)
        if t >= T_END:
            continue
        # counters decay over the quota period (an hour)
        el = (t - last[0]).total_seconds()
        last[0] = t
        for u in counters:
            counters[u] = max(0.0, counters[u] * (1 - el / 3600))
        h = r.choice(hosts)
        if h == "relay2" and restart - sec(2) <= t < restart + sec(3):
            h = "relay1"
        if ev[0] in ("in", "retry"):
            if ev[0] == "in":
                _, o, ip, fq, frm, rcpts = ev
            else:
                _, o, ip, fq, frm, rc0 = ev
                rcpts = [rc0]
            for rc in rcpts:
                t = inbound(h, t, o, ip, fq, frm, rc)
        else:
            _, u, d, rcpts = ev
            outbound(h, t, u, d, rcpts)
    # relay2 restarted at 10:10 to load a changed cluebringer.conf
    L(
        "relay2",
        1204,
        restart - sec(1),
        "CORE",
        "NOTICE",
        NS_CLOSE,
        NS_CLOSE % ns_time(restart - sec(1)),
    )
    t = restart + sec(2)
    t = L("relay2", parent, t, "CBPOLICYD", "NOTICE", PD_SESSION, PD_SESSION)
    for label, msg, lvl in [
        (NS_START, NS_START % (ns_time(t), "cbp", "Net::Server::PreFork", parent), "NOTICE"),
        (NS_RESOLVED, NS_RESOLVED % ("127.0.0.1", 10031, "127.0.0.1", 10031, "IPv4"), "NOTICE"),
        (NS_BIND, NS_BIND % ("TCP", 10031, "127.0.0.1", "IPv4"), "NOTICE"),
        (NS_GID, NS_GID % (997, 997), "NOTICE"),
        (NS_UID, NS_UID % 996, "NOTICE"),
        (PD_SERIAL, PD_SERIAL % "flock", "INFO"),
        (PD_PREFORK, PD_PREFORK % 4, "INFO"),
        (PD_CHILDREN, PD_CHILDREN % 4, "INFO"),
    ]:
        t = L("relay2", parent, t, "CORE", lvl, label, msg)
    return fs.logs(T0)


SYSTEMS: dict[str, Callable[[random.Random], list[Log]]] = {
    "sqlgrey": sqlgrey,
    "milter-greylist": milter_greylist,
    "mailscanner": mailscanner,
    "offlineimap": offlineimap,
    "policyd": policyd,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
