#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 276 (pure-ftpd, dma, modoboa, axigen, crowd) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five file-transfer, mail and identity services of
one company, 06:00 to 12:00 on 2024-06-07. The brief's msmtp is replaced by the DragonFly Mail
Agent (dma), the other small sendmail replacement that relays a host's cron and alert mail to a
smarthost: msmtp writes one line per mail in one layout (`host=%s tls=%s auth=%s user=%s
from=%s recipients=%s mailsize=%s smtpstatus=%s smtpmsg='%s' exitcode=%s`, `errormsg='%s'`
instead of the reply on failure), so a six-hour msmtp log holds one or two formats whatever
happens, where dma logs each step of a queued mail's delivery.

- Pure-FTPd 1.0.50 on two hosts behind a load balancer (`ftp1-ftp.log`, `ftp2-ftp.log`: an
  rsyslog rule `ftp.* -/var/log/ftp.log`, the traditional format; pure-ftpd opens syslog
  without LOG_PID, so the tag is a bare `pure-ftpd:`). logfile() prefixes every message with
  `(%s@%s) [LEVEL] ` (the account once logged in, `?` before, and the client address):
  `Jun  7 06:00:12 ftp1 pure-ftpd: (?@10.0.0.9) [INFO] New connection from 10.0.0.9`. The
  monitoring's check_ftp every five minutes on each host (`New connection from %s`,
  `Logout.`); EDI partners over explicit FTPS (`SSL/TLS: Enabled %s with %s, %d secret bits
  cipher`) uploading orders as `.tmp` and renaming them (`%s%s%s%s uploaded  (%llu bytes,
  %.2fKB/sec)` with displayrate()'s double space, `File successfully renamed or moved:
  [%s]->[%s]`); two dock cameras uploading a snapshot every two minutes to ftp1; the ERP's
  account fetching and deleting the partners' invoices (`downloaded`, `Deleted %s%s%s%s`); a web
  agency's FileZilla sessions, left idle (`Timeout - try typing a little faster next time`);
  the nightly database dump arriving late at 06:40. Incidents: a password-guessing run against
  both hosts 07:12-07:41 (`Authentication failed for user [%s]`); a client of the agency trying
  cleartext logins (`Sorry, cleartext sessions and weak ciphers are not accepted on this
  server.#012Please reconnect using SSL/TLS security mechanisms.`, rsyslog's `#012` for the
  message's newline); ftp2's MySQL auth backend down 08:31-08:52 (`The SQL server seems to be
  down`, then the failed login); dock camera 2 opening parallel sessions after a firmware update
  10:02-10:20 (`Too many connections (%lu) from this IP`); the ERP asking for invoices already
  fetched (`Can't open %s: No such file or directory`); the agency's directory chowned to root at
  11:05 (`Can't open that file: Permission denied`, fixed 11:32); stalled transfers (`Timeout`).
- dma v0.13 (DragonFly Mail Agent) on four Debian 12 hosts (`web01-mail.log`, `db01-mail.log`,
  `backup01-mail.log`, `mon01-mail.log`: /var/log/mail.log with bookworm's RFC 3339
  timestamps, `2024-06-07T06:00:03.118244+00:00 web01 dma[2b41c]: ...`). dma opens syslog as
  `dma[<id>]` with no pid: the spool file's inode in hex while the mail is queued, the
  recipient's queue id (`<inode>.<pointer>`) in the child that delivers it, bare `dma` before a
  spool file exists. Per mail (cron output, alerts from mon01's Icinga, the shop's mails from
  www-data) `new mail from user=%s uid=%d envelope_from=<%s>` (uid 8: dma drops root to the
  mail user after reading the user name), `mail to=<%s> queued as %s` per recipient, then in
  the child `<%s> trying delivery`, `using smarthost (%s:%i)`, `trying remote delivery to %s
  [%s] pref %d using EHLO`, `connection accepted` and `SSL initialization successful` (LOG_DEBUG,
  which mail.* keeps), `using SMTP authentication for user %s`, `<%s> delivery successful`.
  Incidents: the smarthost's maintenance 08:10-08:33 (first `connection rejected temporarily by
  remote host` and `remote delivery deferred: EHLO unsupported by remote host and
  authentication is required`, then `connect to %s [%s] failed: Connection refused` for both
  relay addresses), each child retrying after dma's back-off (300 s, then 1.5 to 2.5 times
  longer); db01's and backup01's resolver down 09:41-09:49 (`remote delivery deferred: DNS
  lookup failure: host %s not found`); backup01's relay password rotated at 10:14 but its
  auth.conf fixed only at 10:56 (`remote delivery deferred: Authentication failed: %s` with the
  relay's reply, then `remote delivery failed: SMTP login failed: %m`); a cron job on web01
  mailing a mistyped address (`remote delivery failed after RCPT TO: %s`, `delivery failed,
  bouncing as %s`, the bounce queued with `envelope_from=<>`); backup01's /var full 10:38-10:51
  (`can not create temp file in `%s': No space left on device`, logged as bare `dma`); a relay
  address timing out 11:20-11:24 (`connect to %s [%s] failed: Connection timed out`) and a
  relay dropping after DATA (`remote delivery succeeded but QUIT failed: %s`).
- Modoboa 2.x (the policy daemon of the repository's current core.py) on one Debian 12 mail host
  (`mail-modoboa.log`: an rsyslog rule `:programname, startswith, "modoboa"
  -/var/log/modoboa.log`, RFC 3339 timestamps). The settings' LOGGING sends `modoboa.auth` to
  /dev/log (facility auth) and `modoboa.policyd` to SysLogHandler's default, UDP to
  localhost:514, both with the `syslog` formatter `%(name)s: %(levelname)s %(message)s`; rsyslog
  takes the logger name as the tag, and the UDP lines, which carry no host name, get the
  sender's: `localhost`. The policy daemon answers Postfix's RCPT check for every recipient of
  an authenticated submission (`%s current counter: %s` for each of the sender's domain and
  account counters that exist), the web UI's logins (`User '%s' successfully logged in`, `User
  '%s' successfully logged out`, `Failed connection attempt from '%s' as user '%s'` for users'
  typos all day and a guessing run 07:31-07:52). A phished account sending spam 09:04-09:21
  (`Limit reached for account %s`, the checks then reporting `0`), the law firm's small plan
  running out at 10:48 (`Limit reached for domain %s`); Redis restarted for an upgrade
  10:40-10:46 (`Timeout received while handling connection`, `Error while handling connection`
  with logger.exception's traceback folded into the line with `#012`); upgrades at 07:05 and
  10:47 restarting the daemon (`Stopping policy daemon...`, `Serving on %s`). The RQ worker
  (`mail-rqworker.log`: supervisor's log of `manage.py rqworker modoboa dkim`, RQ 1.15's
  `%(asctime)s %(message)s` with `%H:%M:%S`: no date) cleans its registries every ten minutes
  (`Cleaning registries for queue: %s`), runs the jobs the admins' changes queue (`%s: %s (%s)`,
  `%s: Job OK (%s)`, `Result is kept for %s seconds`), is restarted by the 07:05 upgrade
  (`Worker %s [PID %d]: warm shut down requested`, `Worker %s started with PID %d, version %s`,
  `Subscribing to channel %s`, `*** Listening on %s...`) and waits for Redis (`Could not connect
  to Redis instance: %s Retrying in %d seconds...`).
- Axigen 10.5 on two MX hosts (`mx1-smtpin.txt`, `mx2-smtpin.txt`: a log file of Axigen's Log
  Service taking the SMTP Receiving service, set to the Protocol Communication level to trace
  a partner's missing mails, as the documentation's Email Flow page does): `2024-06-07 06:00:04
  +0000 08 mx1 SMTP-IN:0000A3F1: [10.10.0.21:25] connection accepted from
  [203.0.113.7:51234]`, the level as two digits (08 info, 16 protocol), the host, the service
  and session id. Each session's dialogue: `>> 220 %s Axigen ESMTP ready`, the client's lines
  (`<< %s`), `Greylist disabled`, the EHLO reply over four lines, `>> 250 Sender accepted`, `>>
  250 Recipient accepted`, `>> 354 Ready to receive data; remember <CRLF>.<CRLF>`, `<< %d bytes
  and final dot read`, `>> 250 Mail queued for delivery`, `>> 221 %s Axigen ESMTP is closing
  connection`, `Connection closed`. Unknown recipients (`>> 550 Mailbox unavailable`), a
  blocklist policy (`Set smtp action to %s` and its explanation as the reply), scanners that
  drop after the banner, a bulk sender's burst 09:30-09:50, mx2 down for an update 10:05-10:22
  (no lines), clients timing out (`Connection timed out`).
- Atlassian Crowd 5.2 Data Center, two nodes (`crowd-1-atlassian-crowd.log`,
  `crowd-2-atlassian-crowd.log`: log4j's `%d %t %p [%c{4}] %m%n`, `2024-06-07 06:00:12,345
  Caesium-1-3 INFO [atlassian.crowd.directory.DbCachingRemoteDirectory] INCREMENTAL
  synchronisation for directory [ 491521 ] starting`). Three directories synchronised by the
  cluster's scheduler on either node: the corporate AD every five minutes (incremental by
  objectGUID: `Found [ %s ] user GUIDs in cache, [ %s ] user GUIDs in remote directory`,
  `scanned and compared [ %s ] users to delete, [ %s ] users to add, [ %s ] users to update in DB
  cache in [ %sms ]` and the same for groups), a subsidiary's AD every ten (the legacy USN
  mode: `found [ %s ] changed, [ %s ] deleted remote users in [ %sms ]`), the partners'
  OpenLDAP every fifteen (full: `found [ %s ] remote users in [ %sms ]`, DbCachingRemoteChange
  Operations' scans), each `%s synchronisation for directory [ %s ] starting` / `%s
  synchronisation complete for directory [ %s ] in [ %sms ]`. Incidents: the AD's domain
  controller failing over 07:20-07:46 (`Incremental synchronisation for directory [ %s ] was
  unexpectedly interrupted, falling back to a full synchronisation` and `Exception occured when
  performing full synchronization` with their stacks, `failed synchronisation complete for
  directory [ %s ] in [ %sms ]`, then a full synchronisation as the token was cleared); a bulk
  import at 10:05 (`Failed to fetch user by objectGUID '%s' from ActiveDirectory`, `Incremental
  synchronisation for directory [ %s ] was not completed, falling back to a full
  synchronisation`); a new Bamboo server not in the application's remote addresses 08:52-09:37
  and a retired Jenkins all day (`Client with address '%s' is forbidden from making requests to
  application '%s'`); the PostgreSQL failover at 10:31 (Hibernate's `SQL Error: %s, SQLState:
  %s` and the driver's `An I/O error occurred while sending to the backend.`).

Label notes. The heads are context: rsyslog's time, host and tag, pure-ftpd's `(%s@%s) [LEVEL]
`, Modoboa's `%(name)s: %(levelname)s `, RQ's time, Axigen's time, zone, level, host and
`SERVICE:ID: `, Crowd's time, thread, level and logger. An errno text contributes its text
(`Can't open %s: No such file or directory`, dma's `%m`); a remote server's reply (dma's
neterr) and the SMTP client's lines at Axigen are values, Axigen's own replies its formats. A
word a call site passes is wording (displayrate()'s `uploaded` / `downloaded`, dma's `EHLO`,
`RCPT TO`, `deferred`, Crowd's `failed` before `synchronisation complete`); an enum's name
(Crowd's `INCREMENTAL` / `FULL`), a computed key (policyd's `{key} current counter`) is a
value. logger.exception's traceback folded into the syslog line and Crowd's stacks are part of
their event (the stacks' lines have no row).

Checked against copies of the sources: pure-ftpd's messages_en.h, logfile()'s prefix,
displayrate(), dodele(), dornto() and error(); dma's dma.c, net.c, mail.c and spool.c
messages; Modoboa's policyd core.py and policy_daemon.py, the auth views and the settings
template's LOGGING; Crowd's DbCachingRemoteDirectory.synchroniseCache and
UsnChangedCacheRefresher messages (from a decompiled copy) and ClientValidationManagerImpl's line
(a quoted log); Axigen's SMTP-IN lines against the documentation's Email Flow example (the
accept line, the banner, `Greylist disabled`, the EHLO reply, `Set smtp action to %s`, `>> 250
Recipient accepted`, the 354 reply and `<< %d bytes and final dot read`). Least sure (from
memory): the level pure-ftpd logs the TLS refusal and `Too many connections` at, `The SQL server
seems to be down` without a detail; dma's setlogident() ident layout, errlog()'s `%s: %m` and
the errno left for `SMTP login failed: %m`; Modoboa's RQ job names and whether the UI used logs
through the classic views, RQ's start-up, shut-down and Redis-retry wordings; Axigen's level
numbers, `>> 250 Sender accepted`, `>> 250 Mail queued for delivery`, the 221 and 550 replies,
`Connection closed` and `Connection timed out`; Crowd's DbCachingRemoteChangeOperations lines,
the full-sync `found [ %s ] remote users in [ %sms ]` and the Hibernate pair's loggers.
"""

from __future__ import annotations

import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any

US = 1
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


def poisson_times(r: random.Random, t0: datetime, t1: datetime, mean: float) -> list[datetime]:
    out, t = [], t0
    while True:
        t += sec(r.expovariate(1 / mean))
        if t >= t1:
            return out
        out.append(t)


def trad(t: datetime) -> str:
    return f"{t:%b} {t.day:2d} {t:%H:%M:%S}"


def rfc3339(t: datetime) -> str:
    return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}+00:00"


# ------------------------------------------------------------------------------- pure-ftpd

PF_CLEAR = "Sorry, cleartext sessions and weak ciphers are not accepted on this server.#012Please reconnect using SSL/TLS security mechanisms."
PF_PARTNERS = [
    # account, address, weight, prefix of the order files
    ("acme-edi", "198.51.100.23", 5, "ORD"),
    ("globex", "203.0.113.140", 4, "PO"),
    ("initech", "192.0.2.77", 3, "ORDERS"),
    ("umbrella-log", "198.51.100.201", 2, "ASN"),
]
PF_GUESS = [
    "admin",
    "root",
    "test",
    "ftp",
    "ftpuser",
    "user",
    "backup",
    "www",
    "upload",
    "guest",
    "oracle",
    "administrator",
    "web",
    "support",
    "info",
]


def pure_ftpd(r: random.Random) -> list[Log]:
    """Two FTP servers, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    seq = [0]

    def session(host: str) -> tuple[str, int]:
        seq[0] += 1
        return (host, seq[0])

    def L(
        host: str, p: object, t: datetime, who: str, addr: str, level: str, label: str, msg: str
    ) -> datetime:
        return fs.add(
            f"{host}-ftp.log",
            t,
            label,
            lambda x: [f"{trad(x)} {host} pure-ftpd: ({who}@{addr}) [{level}] {msg}"],
            p,
            SEC,
        )

    def path(root: str, wd: str, name: str) -> str:
        if name.startswith("/"):
            return root + name
        return root + wd + ("" if wd.endswith("/") else "/") + name

    def rate(nbytes: int, secs: float) -> float:
        return nbytes / secs / 1024.0 if secs > 0 else 0.0

    def xfer(
        host: str,
        p: object,
        t: datetime,
        user: str,
        addr: str,
        root: str,
        wd: str,
        name: str,
        nbytes: int,
        kbps: float,
        up: bool,
    ) -> datetime:
        secs = nbytes / (kbps * 1024.0)
        t += sec(secs + r.uniform(0.2, 1.5))
        word = "uploaded" if up else "downloaded"
        return L(
            host,
            p,
            t,
            user,
            addr,
            "NOTICE",
            f"%s%s%s%s {word}  (%llu bytes, %.2fKB/sec)",
            f"{path(root, wd, name)} {word}  ({nbytes} bytes, {rate(nbytes, secs):.2f}KB/sec)",
        )

    def connect(host: str, t: datetime, addr: str) -> tuple[object, datetime]:
        p = session(host)
        t = L(
            host, p, t, "?", addr, "INFO", "New connection from %s", f"New connection from {addr}"
        )
        return p, t

    def tls(host: str, p: object, t: datetime, addr: str, modern: bool = True) -> datetime:
        if modern:
            msg = "SSL/TLS: Enabled TLSv1.3 with TLS_AES_256_GCM_SHA384, 256 secret bits cipher"
        else:
            msg = (
                "SSL/TLS: Enabled TLSv1.2 with ECDHE-RSA-AES256-GCM-SHA384, 256 secret bits cipher"
            )
        return L(
            host,
            p,
            t + sec(r.uniform(0.1, 0.6)),
            "?",
            addr,
            "INFO",
            "SSL/TLS: Enabled %s with %s, %d secret bits cipher",
            msg,
        )

    sql_down = (at(8, 31, 12), at(8, 52, 40))

    def login(host: str, p: object, t: datetime, user: str, addr: str) -> tuple[bool, datetime]:
        t += sec(r.uniform(0.3, 1.5))
        if host == "ftp2" and sql_down[0] <= t < sql_down[1]:
            t = L(
                host,
                p,
                t,
                "?",
                addr,
                "ERROR",
                "The SQL server seems to be down",
                "The SQL server seems to be down",
            )
            t = L(
                host,
                p,
                t + sec(r.uniform(0.5, 2.0)),
                "?",
                addr,
                "WARNING",
                "Authentication failed for user [%s]",
                f"Authentication failed for user [{user}]",
            )
            return False, t
        t = L(host, p, t, "?", addr, "INFO", "%s is now logged in", f"{user} is now logged in")
        return True, t

    def logout(host: str, p: object, t: datetime, who: str, addr: str) -> datetime:
        return L(host, p, t + sec(r.uniform(0.1, 1.2)), who, addr, "INFO", "Logout.", "Logout.")

    def pick_host(t: datetime) -> str:
        return r.choice(["ftp1", "ftp2"])

    # the monitoring's check_ftp, every five minutes on each host
    for host, off in [("ftp1", 12.0), ("ftp2", 47.0)]:
        for t in every(r, T0 + sec(off), T_END, 300, 2):
            p, t = connect(host, t, "10.0.0.9")
            logout(host, p, t, "?", "10.0.0.9")

    # EDI partners
    orders: dict[str, list[str]] = {}
    for acct, addr, w, pre in PF_PARTNERS:
        for t in poisson_times(r, T0, T_END, 3000 / w):
            host = pick_host(t)
            p, t = connect(host, t, addr)
            t = tls(host, p, t, addr, acct != "umbrella-log")
            ok, t = login(host, p, t, acct, addr)
            if not ok:
                logout(host, p, t, "?", addr)
                continue
            root = f"/srv/ftp/{acct}/"
            for _ in range(r.choice([1, 1, 1, 2, 2, 3, 4])):
                num = f"{pre}-20240607-{r.randint(1000, 9999)}.xml"
                t = xfer(
                    host,
                    p,
                    t + sec(r.uniform(0.5, 3)),
                    acct,
                    addr,
                    root,
                    "/incoming",
                    num + ".tmp",
                    r.randint(2_400, 480_000),
                    r.uniform(180, 2400),
                    True,
                )
                t = L(
                    host,
                    p,
                    t + sec(r.uniform(0.2, 1.0)),
                    acct,
                    addr,
                    "NOTICE",
                    "File successfully renamed or moved: [%s]->[%s]",
                    f"File successfully renamed or moved: [{num}.tmp]->[{num}]",
                )
                orders.setdefault(acct, []).append(num)
            logout(host, p, t, acct, addr)

    # the ERP fetching invoices from the partners' outgoing directories and deleting them
    fetched: list[str] = []
    for t in every(r, T0 + sec(95), T_END, 600, 40):
        host = pick_host(t)
        addr = "10.0.3.15"
        p, t = connect(host, t, addr)
        ok, t = login(host, p, t, "erp-sync", addr)
        if not ok:
            logout(host, p, t, "?", addr)
            continue
        root = "/srv/ftp/erp-sync/"
        n = r.choice([0, 0, 1, 1, 2, 3])
        for _ in range(n):
            acct = r.choice([a for a, *_ in PF_PARTNERS])
            name = f"{acct}/INV-{r.randint(240000, 249999)}.pdf"
            t = xfer(
                host,
                p,
                t + sec(r.uniform(0.3, 1.2)),
                "erp-sync",
                addr,
                root,
                "/outgoing",
                name,
                r.randint(38_000, 410_000),
                r.uniform(9000, 42000),
                False,
            )
            t = L(
                host,
                p,
                t + sec(r.uniform(0.2, 0.8)),
                "erp-sync",
                addr,
                "NOTICE",
                "Deleted %s%s%s%s",
                f"Deleted {path(root, '/outgoing', name)}",
            )
            fetched.append(name)
        if fetched and r.random() < 0.12:
            name = r.choice(fetched)
            t = L(
                host,
                p,
                t + sec(r.uniform(0.3, 1.0)),
                "erp-sync",
                addr,
                "ERROR",
                "Can't open %s: No such file or directory",
                f"Can't open {name}: No such file or directory",
            )
        logout(host, p, t, "erp-sync", addr)

    # the dock cameras: a snapshot every two minutes to ftp1 (no TLS)
    cam_burst = (at(10, 2, 5), at(10, 20, 30))
    for cam, addr, off in [("cam-dock1", "10.0.7.31", 20.0), ("cam-dock2", "10.0.7.32", 81.0)]:
        for t in every(r, T0 + sec(off), T_END, 300, 3):
            host = "ftp1"
            if cam == "cam-dock2" and cam_burst[0] <= t < cam_burst[1]:
                # the new firmware opens a session per retry: the ninth is refused
                for _ in range(r.randint(1, 3)):
                    p, t2 = connect(host, t + sec(r.uniform(0, 20)), addr)
                    L(
                        host,
                        p,
                        t2 + sec(0.2),
                        "?",
                        addr,
                        "WARNING",
                        "Too many connections (%lu) from this IP",
                        "Too many connections (8) from this IP",
                    )
            p, t = connect(host, t, addr)
            ok, t = login(host, p, t, cam, addr)
            name = f"snap_{t:%Y%m%d_%H%M%S}.jpg"
            if r.random() < 0.006:
                t = L(host, p, t + sec(301), cam, addr, "INFO", "Timeout", "Timeout")
                continue
            t = xfer(
                host,
                p,
                t + sec(r.uniform(0.2, 0.8)),
                cam,
                addr,
                f"/srv/ftp/{cam}/",
                "/",
                name,
                r.randint(148_000, 362_000),
                r.uniform(1100, 5200),
                True,
            )
            logout(host, p, t, cam, addr)

    # the web agency: FileZilla over FTPS, many files, left idle; a colleague's client in cleartext
    perm = (at(11, 5, 40), at(11, 32, 0))
    for t in poisson_times(r, at(6, 50), at(11, 50), 900):
        host = pick_host(t)
        addr = r.choice(["203.0.113.61", "203.0.113.62"])
        p, t = connect(host, t, addr)
        t = tls(host, p, t, addr)
        ok, t = login(host, p, t, "webagency", addr)
        if not ok:
            logout(host, p, t, "?", addr)
            continue
        root = "/srv/www/shop/"
        for _ in range(r.randint(3, 24)):
            wd = r.choice(
                [
                    "/wp-content/themes/shop",
                    "/wp-content/themes/shop/assets/css",
                    "/wp-content/themes/shop/assets/js",
                    "/wp-content/uploads/2024/06",
                ]
            )
            ext = {
                "/wp-content/themes/shop": ".php",
                "/wp-content/themes/shop/assets/css": ".css",
                "/wp-content/themes/shop/assets/js": ".js",
            }.get(wd, ".webp")
            name = (
                r.choice(
                    [
                        "header",
                        "footer",
                        "single",
                        "functions",
                        "main",
                        "checkout",
                        "cart",
                        "hero-banner",
                        "product-grid",
                        "style",
                        "app",
                        "vendor",
                    ]
                )
                + ext
            )
            t += sec(r.uniform(0.5, 8))
            if perm[0] <= t < perm[1]:
                t = L(
                    host,
                    p,
                    t,
                    "webagency",
                    addr,
                    "ERROR",
                    "Can't open that file: Permission denied",
                    "Can't open that file: Permission denied",
                )
                continue
            t = xfer(
                host,
                p,
                t,
                "webagency",
                addr,
                root,
                wd,
                name,
                r.randint(900, 640_000),
                r.uniform(300, 6000),
                True,
            )
        if r.random() < 0.55:
            L(
                host,
                p,
                t + sec(900 + r.uniform(0.5, 2)),
                "webagency",
                addr,
                "INFO",
                "Timeout - try typing a little faster next time",
                "Timeout - try typing a little faster next time",
            )
        else:
            logout(host, p, t + sec(r.uniform(5, 60)), "webagency", addr)
    for t in poisson_times(r, at(9, 0), at(10, 30), 700):
        host = pick_host(t)
        p, t = connect(host, t, "203.0.113.88")
        L(host, p, t + sec(r.uniform(0.3, 1.5)), "?", "203.0.113.88", "WARNING", PF_CLEAR, PF_CLEAR)

    # the nightly database dump, late, and the old dumps removed
    for host, t in [("ftp1", at(6, 40, 3)), ("ftp2", at(6, 41, 22))]:
        addr = "10.0.2.40"
        p, t = connect(host, t, addr)
        t = tls(host, p, t, addr)
        ok, t = login(host, p, t, "dbbackup", addr)
        size = r.randint(1_100_000_000, 1_400_000_000)
        t = xfer(
            host,
            p,
            t + sec(1),
            "dbbackup",
            addr,
            "/srv/backup/",
            "/pg",
            f"shopdb-20240607-0400-{host}.sql.gz",
            size,
            r.uniform(38000, 61000),
            True,
        )
        for d in (1, 2):
            t = L(
                host,
                p,
                t + sec(r.uniform(0.3, 1)),
                "dbbackup",
                addr,
                "NOTICE",
                "Deleted %s%s%s%s",
                f"Deleted /srv/backup//pg/shopdb-202405{31 - d:02d}-0400-{host}.sql.gz",
            )
        logout(host, p, t, "dbbackup", addr)

    # stalled transfers of the agency's large uploads
    for t in [at(7, 58, 13), at(9, 14, 40), at(11, 41, 2)]:
        host = pick_host(t)
        addr = "203.0.113.61"
        p, t = connect(host, t, addr)
        t = tls(host, p, t, addr)
        ok, t = login(host, p, t, "webagency", addr)
        L(host, p, t + sec(300 + r.uniform(1, 40)), "webagency", addr, "INFO", "Timeout", "Timeout")

    # the password-guessing run
    for t in poisson_times(r, at(7, 12, 4), at(7, 41, 30), 12.0):
        host = pick_host(t)
        addr = r.choice(["45.148.10.92", "45.148.10.93", "80.94.95.115"])
        p, t = connect(host, t, addr)
        for _ in range(r.choice([1, 1, 2, 3])):
            t = L(
                host,
                p,
                t + sec(r.uniform(2.0, 4.5)),
                "?",
                addr,
                "WARNING",
                "Authentication failed for user [%s]",
                f"Authentication failed for user [{r.choice(PF_GUESS)}]",
            )
        if r.random() < 0.8:
            logout(host, p, t, "?", addr)
    return fs.logs(T0)


# ------------------------------------------------------------------------------------- dma

DMA_RELAY = "mail.corp.example"
DMA_RELAY_IPS = ["10.20.0.25", "10.20.0.26"]


def dma(r: random.Random) -> list[Log]:
    """Four hosts relaying through the smarthost, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    inode = {h: r.randint(0x21000, 0x3F000) for h in ("web01", "db01", "backup01", "mon01")}
    maint = (at(8, 10, 20), at(8, 33, 5))
    refused_from = at(8, 17, 2)
    dns_down = (at(9, 38, 10), at(9, 52, 30))
    auth_bad = (at(10, 14, 0), at(10, 56, 20))
    disk_full = (at(10, 38, 0), at(10, 51, 40))
    slow_ip = (at(11, 20, 0), at(11, 24, 30))
    nok = [0]

    def L(host: str, ident: str, p: object, t: datetime, label: str, msg: str) -> datetime:
        return fs.add(
            f"{host}-mail.log", t, label, lambda x: [f"{rfc3339(x)} {host} {ident}: {msg}"], p, US
        )

    def ptr() -> str:
        return f"55{hexid(r, 8)}{r.choice('02468ace')}0"

    def new_qid(host: str) -> str:
        inode[host] += r.randint(1, 40)
        return f"{inode[host]:x}"

    def deliver(
        host: str, qid: str, rcpt: str, t: datetime, bad_rcpt: bool, sender_local: str
    ) -> None:
        """The child that delivers one recipient, with dma's back-off between attempts."""
        ident = f"dma[{qid}]"
        p = (host, qid)
        backoff = 300.0
        user = f"{host}@corp.example"
        while t < T_END:
            t = L(
                host,
                ident,
                p,
                t + sec(r.uniform(0.002, 0.02)),
                "<%s> trying delivery",
                f"<{rcpt}> trying delivery",
            )
            t = L(
                host,
                ident,
                p,
                t + sec(r.uniform(0.0002, 0.001)),
                "using smarthost (%s:%i)",
                f"using smarthost ({DMA_RELAY}:587)",
            )
            if host in ("db01", "backup01") and dns_down[0] <= t < dns_down[1]:
                t = L(
                    host,
                    ident,
                    p,
                    t + sec(r.uniform(5.0, 10.0)),
                    "remote delivery deferred: DNS lookup failure: host %s not found",
                    f"remote delivery deferred: DNS lookup failure: host {DMA_RELAY} not found",
                )
                ok = False
            else:
                ok = False
                for ip in DMA_RELAY_IPS:
                    t = L(
                        host,
                        ident,
                        p,
                        t + sec(r.uniform(0.0005, 0.004)),
                        "trying remote delivery to %s [%s] pref %d using EHLO",
                        f"trying remote delivery to {DMA_RELAY} [{ip}] pref 0 using EHLO",
                    )
                    if maint[0] <= t < maint[1]:
                        if t < refused_from:
                            t = L(
                                host,
                                ident,
                                p,
                                t + sec(r.uniform(0.002, 0.02)),
                                "connection rejected temporarily by remote host",
                                "connection rejected temporarily by remote host",
                            )
                            t = L(
                                host,
                                ident,
                                p,
                                t + sec(r.uniform(0.0002, 0.002)),
                                "remote delivery deferred: EHLO unsupported by remote host and authentication is required",
                                "remote delivery deferred: EHLO unsupported by remote host and authentication is required",
                            )
                            continue
                        t = L(
                            host,
                            ident,
                            p,
                            t + sec(r.uniform(0.0005, 0.003)),
                            "connect to %s [%s] failed: Connection refused",
                            f"connect to {DMA_RELAY} [{ip}] failed: Connection refused",
                        )
                        continue
                    if ip == DMA_RELAY_IPS[0] and slow_ip[0] <= t < slow_ip[1]:
                        t = L(
                            host,
                            ident,
                            p,
                            t + sec(r.uniform(127.0, 128.0)),
                            "connect to %s [%s] failed: Connection timed out",
                            f"connect to {DMA_RELAY} [{ip}] failed: Connection timed out",
                        )
                        continue
                    t = L(
                        host,
                        ident,
                        p,
                        t + sec(r.uniform(0.003, 0.03)),
                        "connection accepted",
                        "connection accepted",
                    )
                    t = L(
                        host,
                        ident,
                        p,
                        t + sec(r.uniform(0.01, 0.06)),
                        "SSL initialization successful",
                        "SSL initialization successful",
                    )
                    t = L(
                        host,
                        ident,
                        p,
                        t + sec(r.uniform(0.001, 0.01)),
                        "using SMTP authentication for user %s",
                        f"using SMTP authentication for user {user}",
                    )
                    if host == "backup01" and auth_bad[0] <= t < auth_bad[1]:
                        t = L(
                            host,
                            ident,
                            p,
                            t + sec(r.uniform(0.3, 1.2)),
                            "remote delivery deferred: Authentication failed: %s",
                            "remote delivery deferred: Authentication failed: 535 5.7.8 Error: authentication failed: authentication failure",
                        )
                        t = L(
                            host,
                            ident,
                            p,
                            t + sec(r.uniform(0.0001, 0.001)),
                            "remote delivery failed: SMTP login failed: No such file or directory",
                            "remote delivery failed: SMTP login failed: No such file or directory",
                        )
                        continue
                    if bad_rcpt:
                        t = L(
                            host,
                            ident,
                            p,
                            t + sec(r.uniform(0.02, 0.2)),
                            "remote delivery failed after RCPT TO: %s",
                            f"remote delivery failed after RCPT TO: 550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in virtual mailbox table",
                        )
                        bq = new_qid(host)
                        t = L(
                            host,
                            ident,
                            p,
                            t + sec(r.uniform(0.0005, 0.003)),
                            "delivery failed, bouncing as %s",
                            f"delivery failed, bouncing as {bq}",
                        )
                        bp = (host, bq)
                        bident = f"dma[{bq}]"
                        t = L(
                            host,
                            bident,
                            bp,
                            t + sec(r.uniform(0.001, 0.01)),
                            "new mail from user=%s uid=%d envelope_from=<%s>",
                            f"new mail from user={sender_local} uid=8 envelope_from=<>",
                        )
                        bqid = f"{bq}.{ptr()}"
                        t = L(
                            host,
                            bident,
                            bp,
                            t + sec(r.uniform(0.0002, 0.002)),
                            "mail to=<%s> queued as %s",
                            f"mail to=<ops@corp.example> queued as {bqid}",
                        )
                        deliver(host, bqid, "ops@corp.example", t, False, sender_local)
                        return
                    t += sec(r.uniform(0.05, 0.9))
                    nok[0] += 1
                    if nok[0] % 80 == 0:
                        t = L(
                            host,
                            ident,
                            p,
                            t,
                            "remote delivery succeeded but QUIT failed: %s",
                            "remote delivery succeeded but QUIT failed: unexpected connection end",
                        )
                    L(
                        host,
                        ident,
                        p,
                        t + sec(r.uniform(0.0005, 0.01)),
                        "<%s> delivery successful",
                        f"<{rcpt}> delivery successful",
                    )
                    return
            if not ok:
                t += sec(backoff)
                backoff = min(backoff + backoff / 2 + r.uniform(0, backoff), 3 * 3600)

    def mail(
        host: str, t: datetime, user: str, sender: str, rcpts: list[str], bad: bool = False
    ) -> None:
        if host == "backup01" and disk_full[0] <= t < disk_full[1]:
            L(
                host,
                "dma",
                (host, "tmp", t),
                t,
                "can not create temp file in `%s': No space left on device",
                "can not create temp file in `/var/spool/dma': No space left on device",
            )
            return
        qid = new_qid(host)
        p = (host, qid)
        ident = f"dma[{qid}]"
        t = L(
            host,
            ident,
            p,
            t + sec(r.uniform(0.005, 0.05)),
            "new mail from user=%s uid=%d envelope_from=<%s>",
            f"new mail from user={user} uid=8 envelope_from=<{sender}>",
        )
        qids = []
        for rc in rcpts:
            q = f"{qid}.{ptr()}"
            t = L(
                host,
                ident,
                p,
                t + sec(r.uniform(0.0001, 0.0008)),
                "mail to=<%s> queued as %s",
                f"mail to=<{rc}> queued as {q}",
            )
            qids.append((q, rc))
        for q, rc in qids:
            deliver(
                host, q, rc, t + sec(r.uniform(0.001, 0.02)), bad and rc.startswith("opps"), user
            )

    # cron mail: every host's jobs mail their output to root (aliased to ops@)
    cron = {
        "web01": [(300, 0.08), (900, 0.5), (3600, 1.0)],
        "db01": [(300, 0.3), (3600, 1.0)],
        "backup01": [(900, 0.6), (1800, 0.5)],
        "mon01": [(1200, 0.4)],
    }
    for host, jobs in cron.items():
        for period, chance in jobs:
            for t in every(r, T0 + sec(r.uniform(1, 59)), T_END, period, 4):
                if r.random() < chance:
                    mail(host, t, "root", f"root@{host}.corp.example", ["ops@corp.example"])
    # the shop's mails (orders, password resets) from www-data
    for t in poisson_times(r, T0, T_END, 380):
        rc = [
            f"{r.choice(['anna.k', 'b.meyer', 'c.rossi', 'dpatel', 'e.novak', 'f.garcia', 'g.smith', 'h.tanaka', 'i.okafor', 'j.lind'])}@{r.choice(['gmail.com', 'outlook.com', 'web.de', 'yahoo.com', 'gmx.net'])}"
        ]
        if r.random() < 0.3:
            rc.append("orders@corp.example")
        mail("web01", t, "www-data", "shop@corp.example", rc)
    # mon01's Icinga notifications: more during the incidents
    busy = [
        (at(7, 20), at(7, 50)),
        (at(8, 10), at(8, 40)),
        (at(9, 40), at(9, 55)),
        (at(10, 30), at(10, 55)),
    ]
    for t in poisson_times(r, T0, T_END, 420):
        n = 3 if in_any(t, busy) else 1
        for i in range(n):
            rc = ["oncall@corp.example"] + (["netops@corp.example"] if r.random() < 0.3 else [])
            mail("mon01", t + sec(i * r.uniform(4, 40)), "nagios", "icinga@mon01.corp.example", rc)
    # backup01's verify job mailing its failure every two minutes while /var is full
    for t in every(r, at(10, 38, 30), at(10, 56, 0), 120, 5):
        mail("backup01", t, "root", "root@backup01.corp.example", ["ops@corp.example"])
    # web01's misconfigured report job
    for t in every(r, at(6, 30, 1), T_END, 3600, 2):
        mail("web01", t, "root", "root@web01.corp.example", ["opps@corp.example"], bad=True)
    return fs.logs(T0)


# --------------------------------------------------------------------------------- modoboa

MB_DOMAINS = {"acme-shop.example": 2000, "lawfirm.example": 120, "school.example": 3000}
MB_ACCOUNTS = {
    "acme-shop.example": [
        "info",
        "orders",
        "support",
        "newsletter",
        "j.weber",
        "m.keller",
        "s.braun",
    ],
    "lawfirm.example": ["office", "a.schulz", "t.hoffmann", "k.wagner"],
    "school.example": [
        "sekretariat",
        "direktion",
        "l.fischer",
        "p.koch",
        "r.bauer",
        "h.wolf",
        "it",
    ],
}
MB_LIMITED = {
    "newsletter@acme-shop.example": 300,
    "support@acme-shop.example": 500,
    "sekretariat@school.example": 400,
    "office@lawfirm.example": 250,
}
MB_TB = '#012Traceback (most recent call last):#012  File "/srv/modoboa/env/lib/python3.11/site-packages/redis/asyncio/connection.py", line 274, in connect#012    await self.retry.call_with_retry(#012  File "/srv/modoboa/env/lib/python3.11/site-packages/redis/asyncio/retry.py", line 59, in call_with_retry#012    return await do()#012           ^^^^^^^^^^#012  File "/srv/modoboa/env/lib/python3.11/site-packages/redis/asyncio/connection.py", line 681, in _connect#012    reader, writer = await asyncio.open_connection(#012                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^#012  File "/usr/lib/python3.11/asyncio/streams.py", line 48, in open_connection#012    transport, _ = await loop.create_connection(#012                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^#012  File "/usr/lib/python3.11/asyncio/base_events.py", line 1085, in create_connection#012    raise exceptions[0]#012  File "/usr/lib/python3.11/asyncio/base_events.py", line 1069, in create_connection#012    sock = await self._connect_sock(#012           ^^^^^^^^^^^^^^^^^^^^^^^^#012  File "/usr/lib/python3.11/asyncio/base_events.py", line 973, in _connect_sock#012    await self.sock_connect(sock, address)#012  File "/usr/lib/python3.11/asyncio/selector_events.py", line 634, in sock_connect#012    return await fut#012           ^^^^^^^^^#012  File "/usr/lib/python3.11/asyncio/selector_events.py", line 674, in _sock_connect_cb#012    raise OSError(err, f\'Connect call failed {address}\')#012ConnectionRefusedError: [Errno 111] Connect call failed (\'127.0.0.1\', 6379)#012#012During handling of the above exception, another exception occurred:#012#012Traceback (most recent call last):#012  File "/srv/modoboa/env/lib/python3.11/site-packages/modoboa/policyd/core.py", line 258, in new_connection#012    await asyncio.wait_for(handle_connection(reader, writer), timeout=5)#012  File "/usr/lib/python3.11/asyncio/tasks.py", line 479, in wait_for#012    return fut.result()#012           ^^^^^^^^^^^^#012  File "/srv/modoboa/env/lib/python3.11/site-packages/modoboa/policyd/core.py", line 237, in handle_connection#012    action = await apply_policies(attributes)#012             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^#012  File "/srv/modoboa/env/lib/python3.11/site-packages/modoboa/policyd/core.py", line 210, in apply_policies#012    action = await check_limits(rclient, keys)#012             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^#012  File "/srv/modoboa/env/lib/python3.11/site-packages/modoboa/policyd/core.py", line 167, in check_limits#012    counter = await rclient.hget(constants.REDIS_HASHNAME, key)#012              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^#012  File "/srv/modoboa/env/lib/python3.11/site-packages/redis/asyncio/client.py", line 605, in execute_command#012    conn = self.connection or await pool.get_connection(command_name, **options)#012                              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^#012  File "/srv/modoboa/env/lib/python3.11/site-packages/redis/asyncio/connection.py", line 1081, in get_connection#012    await self.ensure_connection(connection)#012  File "/srv/modoboa/env/lib/python3.11/site-packages/redis/asyncio/connection.py", line 1114, in ensure_connection#012    await connection.connect()#012  File "/srv/modoboa/env/lib/python3.11/site-packages/redis/asyncio/connection.py", line 282, in connect#012    raise ConnectionError(self._error_message(e))#012redis.exceptions.ConnectionError: Error 111 connecting to 127.0.0.1:6379. Connect call failed (\'127.0.0.1\', 6379).'


def modoboa(r: random.Random) -> list[Log]:
    """One Modoboa mail host, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    f = "mail-modoboa.log"
    fq = "mail-rqworker.log"
    pd_proc = ["policyd-1"]
    redis_down = (at(10, 40, 12), at(10, 46, 5))
    upgrades = [at(7, 5, 11), at(10, 47, 30)]

    def P(t: datetime, level: str, label: str, msg: str) -> datetime:
        return fs.add(
            f,
            t,
            label,
            lambda x: [f"{rfc3339(x)} localhost modoboa.policyd: {level} {msg}"],
            pd_proc[0],
            US,
        )

    def A(t: datetime, level: str, label: str, msg: str) -> datetime:
        return fs.add(
            f,
            t,
            label,
            lambda x: [f"{rfc3339(x)} mail modoboa.auth: {level} {msg}"],
            ("uwsgi", r.randint(1, 4)),
            US,
        )

    counters: dict[str, int] = {d: lim - r.randint(2, lim // 8) for d, lim in MB_DOMAINS.items()}
    for a, lim in MB_LIMITED.items():
        counters[a] = lim - r.randint(0, lim // 10)
    counters["newsletter@acme-shop.example"] = 280
    counters["lawfirm.example"] = 117
    reached: set[str] = set()

    # the policy daemon, restarted by the upgrades
    restarts = list(upgrades)
    for i, u in enumerate(restarts):
        pd_proc[0] = f"policyd-{i + 1}"
        P(u, "INFO", "Stopping policy daemon...", "Stopping policy daemon...")
        pd_proc[0] = f"policyd-{i + 2}"
        P(u + sec(r.uniform(2.5, 4.5)), "INFO", "Serving on %s", "Serving on ('127.0.0.1', 9999)")

    def proc_at(t: datetime) -> str:
        n = 1 + sum(1 for u in restarts if t >= u + sec(2))
        return f"policyd-{n}"

    def down(t: datetime) -> bool:
        return any(u <= t < u + sec(5) for u in restarts)

    def rcpt_check(t: datetime, sender: str) -> tuple[bool, datetime]:
        """Postfix's RCPT-stage request: the sender's counters that exist."""
        pd_proc[0] = proc_at(t)
        if redis_down[0] - sec(70) <= t < redis_down[0]:
            return True, P(
                t,
                "WARNING",
                "Timeout received while handling connection",
                "Timeout received while handling connection",
            )
        if redis_down[0] <= t < redis_down[1]:
            return True, P(
                t,
                "ERROR",
                "Error while handling connection",
                "Error while handling connection" + MB_TB,
            )
        dom = sender.split("@")[1]
        for key in (dom, sender):
            if key not in counters:
                continue
            t = P(
                t + sec(r.uniform(0.0005, 0.004)),
                "INFO",
                "%s current counter: %s",
                f"{key} current counter: {counters[key]}",
            )
            if counters[key] <= 0:
                return False, t
        return True, t

    def end_of_message(t: datetime, sender: str, n: int) -> datetime:
        dom = sender.split("@")[1]
        keys = [k for k in (dom, sender) if k in counters]
        if any(counters[k] < n for k in keys):
            return t
        for k in keys:
            counters[k] -= n
            if counters[k] <= 0 and k not in reached:
                reached.add(k)
                kind = "account" if "@" in k else "domain"
                t = P(
                    t + sec(r.uniform(0.001, 0.01)),
                    "INFO",
                    f"Limit reached for {kind} %s",
                    f"Limit reached for {kind} {k}",
                )
        return t

    def submit(t: datetime, sender: str, n: int) -> None:
        if down(t):
            return
        ok = True
        for _ in range(n):
            good, t = rcpt_check(t + sec(r.uniform(0.02, 0.3)), sender)
            ok = ok and good
            if not good:
                return
        if ok and not (redis_down[0] - sec(70) <= t < redis_down[1]):
            end_of_message(t + sec(r.uniform(0.2, 2.0)), sender, n)

    accounts = [f"{a}@{d}" for d, al in MB_ACCOUNTS.items() for a in al]
    weights = [
        6 if a.startswith(("orders", "support", "info", "sekretariat", "office")) else 2
        for a in accounts
    ]
    for t in poisson_times(r, T0, T_END, 44):
        hour_boost = 1.0 if t.hour >= 8 else 0.35
        if r.random() > hour_boost:
            continue
        sender = r.choices(accounts, weights)[0]
        if sender == "newsletter@acme-shop.example":
            continue
        n = r.choices([1, 1, 1, 1, 2, 2, 3, 5], k=1)[0]
        submit(t, sender, n)
    # the requests in flight as Redis stops answering
    for i in range(4):
        submit(
            redis_down[0] - sec(62 - 14 * i + r.uniform(0, 5)), r.choices(accounts, weights)[0], 1
        )
    # the phished account's spam run: 20 recipients a message until the counter is out
    spam = (at(9, 4, 31), at(9, 21, 12))
    t = spam[0]
    while t < spam[1]:
        submit(t, "newsletter@acme-shop.example", 20)
        t += sec(r.uniform(18, 55))

    # the web UI's logins
    admins = ["admin", "it@school.example", "office@lawfirm.example", "m.keller@acme-shop.example"]
    sessions = []
    for t in poisson_times(r, at(6, 30), T_END, 420):
        who = r.choices(admins, [3, 2, 1, 2])[0]
        sessions.append((t, who))
    sessions.append((at(9, 19, 48), "admin"))
    for t, who in sessions:
        t = A(t, "INFO", "User '%s' successfully logged in", f"User '{who}' successfully logged in")
        if r.random() < 0.45:
            A(
                t + sec(r.uniform(60, 1500)),
                "INFO",
                "User '%s' successfully logged out",
                f"User '{who}' successfully logged out",
            )
    for t in poisson_times(r, at(7, 31, 3), at(7, 52, 40), 9):
        addr = r.choice(["91.240.118.172", "91.240.118.173", "185.220.101.47", "141.98.11.19"])
        user = r.choice(
            [
                "admin",
                "administrator",
                "postmaster@acme-shop.example",
                "info@acme-shop.example",
                "root",
                "test",
                "office@lawfirm.example",
                "admin@school.example",
            ]
        )
        A(
            t,
            "WARNING",
            "Failed connection attempt from '%s' as user '%s'",
            f"Failed connection attempt from '{addr}' as user '{user}'",
        )
    for t in poisson_times(r, T0, T_END, 2400):
        A(
            t,
            "WARNING",
            "Failed connection attempt from '%s' as user '%s'",
            f"Failed connection attempt from '10.0.5.{r.randint(20, 90)}' as user '{r.choice(accounts)}'",
        )

    # the RQ worker
    worker = [hexid(r, 32)]
    wpid = [r.randint(21000, 29000)]

    def Q(t: datetime, label: str, msg: str) -> datetime:
        return fs.add(fq, t, label, lambda x: [f"{x:%H:%M:%S} {msg}"], ("rq", worker[0]), SEC)

    def start_worker(t: datetime) -> datetime:
        worker[0] = hexid(r, 32)
        wpid[0] = r.randint(21000, 29000)
        t = Q(
            t,
            "Worker %s started with PID %d, version %s",
            f"Worker rq:worker:{worker[0]} started with PID {wpid[0]}, version 1.15.1",
        )
        t = Q(
            t + sec(0.01),
            "Subscribing to channel %s",
            f"Subscribing to channel rq:pubsub:{worker[0]}",
        )
        t = Q(t + sec(0.01), "*** Listening on %s...", "*** Listening on modoboa, dkim...")
        return clean(t)

    def clean(t: datetime) -> datetime:
        for qn in ("modoboa", "dkim"):
            t = Q(
                t + sec(0.01),
                "Cleaning registries for queue: %s",
                f"Cleaning registries for queue: {qn}",
            )
        return t

    upgrade_rq = upgrades[0] + sec(6)
    maint_t = T0 + sec(r.uniform(60, 500))
    events: list[tuple[datetime, str]] = []
    while maint_t < T_END:
        events.append((maint_t, "clean"))
        maint_t += sec(600 + r.uniform(0, 1.5))
    events.append((upgrade_rq, "restart"))
    jobs = [
        (at(6, 48, 10), "modoboa", "modoboa.admin.jobs.handle_mailbox_operations()"),
        (
            at(8, 3, 40),
            "dkim",
            "modoboa.dkim.jobs.generate_key_for_domain('kita-sonnenschein.example')",
        ),
        (at(8, 3, 43), "modoboa", "modoboa.dkim.jobs.update_dkim_maps()"),
        (at(9, 22, 30), "modoboa", "modoboa.admin.jobs.handle_mailbox_operations()"),
        (
            at(9, 55, 2),
            "dkim",
            "modoboa.dkim.jobs.generate_key_for_domain('lawfirm-berlin.example')",
        ),
        (at(9, 55, 5), "modoboa", "modoboa.dkim.jobs.update_dkim_maps()"),
        (at(11, 12, 20), "modoboa", "modoboa.admin.jobs.handle_mailbox_operations()"),
        (at(11, 40, 9), "modoboa", "modoboa.admin.jobs.handle_mailbox_operations()"),
    ]
    for t in poisson_times(r, T0, T_END, 900):
        jobs.append((t, "modoboa", "modoboa.admin.jobs.handle_mailbox_operations()"))
    for t, qn, desc in jobs:
        events.append((t, f"job|{qn}|{desc}"))
    events.append((redis_down[0] + sec(r.uniform(1, 4)), "redis"))
    events.sort()
    in_outage = False
    for t, what in events:
        if what == "redis":
            wait = 1
            tt = t
            while tt < redis_down[1]:
                Q(
                    tt,
                    "Could not connect to Redis instance: %s Retrying in %d seconds...",
                    f"Could not connect to Redis instance: Error 111 connecting to localhost:6379. Connection refused. Retrying in {wait} seconds...",
                )
                tt += sec(wait + r.uniform(0.001, 0.01))
                wait = min(wait * 2, 60)
            in_outage = True
            continue
        if in_outage and t < redis_down[1] + sec(60):
            continue
        if what == "clean":
            clean(t)
        elif what == "restart":
            Q(
                t,
                "Worker %s [PID %d]: warm shut down requested",
                f"Worker {worker[0]} [PID {wpid[0]}]: warm shut down requested",
            )
            Q(
                t + sec(0.2),
                "Unsubscribing from channel %s",
                f"Unsubscribing from channel rq:pubsub:{worker[0]}",
            )
            start_worker(t + sec(r.uniform(3.5, 5.5)))
        else:
            _, qn, desc = what.split("|")
            jid = (
                hexid(r, 8)
                + "-"
                + hexid(r, 4)
                + "-4"
                + hexid(r, 3)
                + "-"
                + r.choice("89ab")
                + hexid(r, 3)
                + "-"
                + hexid(r, 12)
            )
            t = Q(t, "%s: %s (%s)", f"{qn}: {desc} ({jid})")
            t = Q(t + sec(r.uniform(0.05, 2.5)), "%s: Job OK (%s)", f"{qn}: Job OK ({jid})")
            Q(t + sec(0.001), "Result is kept for %s seconds", "Result is kept for 500 seconds")
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- axigen

AX_SENDERS = [
    # helo, address, sender domain, weight
    ("mail-ej1-f54.google.com", "209.85.218.54", "gmail.com", 10),
    ("mail-wm1-f47.google.com", "209.85.128.47", "gmail.com", 6),
    (
        "EUR05-AM6-obe.outbound.protection.outlook.com",
        "40.107.22.91",
        "partner-logistik.example",
        8,
    ),
    ("EUR03-DBA-obe.outbound.protection.outlook.com", "40.107.104.62", "stadtwerke.example", 5),
    ("mta-188.mail.mailchimp-relay.example", "198.2.140.188", "news.supplier.example", 4),
    ("smtp.kanzlei-roth.example", "192.0.2.145", "kanzlei-roth.example", 3),
    ("mx.spedition-hartmann.example", "198.51.100.63", "spedition-hartmann.example", 3),
    ("out2.smtp.bank.example", "203.0.113.25", "bank.example", 2),
]
AX_USERS = [
    "info",
    "einkauf",
    "vertrieb",
    "buchhaltung",
    "k.schmidt",
    "m.mueller",
    "s.becker",
    "a.wolf",
    "personal",
    "logistik",
    "t.richter",
    "j.neumann",
]
AX_DOMAIN = "hartmann-metall.example"


def axigen(r: random.Random) -> list[Log]:
    """Two Axigen MX hosts' SMTP Receiving logs, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    sid = {"mx1": r.randint(0x0000A000, 0x0000B000), "mx2": r.randint(0x00004000, 0x00005000)}
    ips = {"mx1": "10.10.0.21", "mx2": "10.10.0.22"}
    mx2_down = (at(10, 5, 0), at(10, 22, 30))
    block = {"198.2.140.188"}

    def L(host: str, s: str, t: datetime, lvl: str, label: str, msg: str) -> datetime:
        return fs.add(
            f"{host}-smtpin.txt",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%d %H:%M:%S} +0000 {lvl} {host} SMTP-IN:{s}: {msg}"],
            (host, s),
            SEC,
        )

    def cl(host: str, s: str, t: datetime, text: str) -> datetime:
        return L(host, s, t + sec(r.uniform(0.01, 0.4)), "16", "<< %s", f"<< {text}")

    def sv(host: str, s: str, t: datetime, label: str, text: str) -> datetime:
        return L(host, s, t + sec(r.uniform(0.001, 0.05)), "16", label, text)

    def open_session(host: str, t: datetime, addr: str) -> tuple[str, datetime]:
        sid[host] += 1
        s = f"{sid[host]:08X}"
        t = L(
            host,
            s,
            t,
            "08",
            "[%s:%d] connection accepted from [%s:%d]",
            f"[{ips[host]}:25] connection accepted from [{addr}:{r.randint(32768, 60999)}]",
        )
        t = sv(
            host,
            s,
            t,
            ">> 220 %s Axigen ESMTP ready",
            f">> 220 {host}.{AX_DOMAIN} Axigen ESMTP ready",
        )
        return s, t

    def close(host: str, s: str, t: datetime) -> datetime:
        t = cl(host, s, t, "QUIT")
        t = sv(
            host,
            s,
            t,
            ">> 221 %s Axigen ESMTP is closing connection",
            f">> 221 {host}.{AX_DOMAIN} Axigen ESMTP is closing connection",
        )
        return L(host, s, t + sec(0.01), "08", "Connection closed", "Connection closed")

    def ehlo(host: str, s: str, t: datetime, helo: str) -> datetime:
        t = cl(host, s, t, f"EHLO {helo}")
        t = L(host, s, t + sec(0.001), "08", "Greylist disabled", "Greylist disabled")
        t = sv(
            host,
            s,
            t,
            ">> 250-%s Axigen ESMTP hello",
            f">> 250-{host}.{AX_DOMAIN} Axigen ESMTP hello",
        )
        t = sv(host, s, t, ">> 250-SIZE %d", ">> 250-SIZE 52428800")
        t = sv(host, s, t, ">> 250-HELP", ">> 250-HELP")
        return sv(host, s, t, ">> 250 OK", ">> 250 OK")

    def message(host: str, t: datetime, helo: str, addr: str, dom: str, bulk: bool = False) -> None:
        s, t = open_session(host, t, addr)
        t = ehlo(host, s, t, helo)
        for _ in range(r.choice([1, 1, 1, 1, 2]) if not bulk else r.randint(2, 6)):
            local = (
                r.choice(
                    [
                        "bounce-" + hexid(r, 10),
                        "noreply",
                        "info",
                        "orders",
                        "k.fischer",
                        "dispatch",
                        "j.lange",
                        "service",
                    ]
                )
                if bulk or r.random() < 0.5
                else r.choice(["t.braun", "a.koenig", "r.hahn", "e.vogel", "n.schulz"])
            )
            size = r.randint(3_000, 2_400_000)
            t = cl(host, s, t, f"MAIL FROM:<{local}@{dom}> SIZE={size}")
            if addr in block:
                t = L(
                    host,
                    s,
                    t + sec(0.002),
                    "08",
                    "Set smtp action to %s",
                    "Set smtp action to REJECT",
                )
                t = sv(
                    host,
                    s,
                    t,
                    ">> 550 Sender is on the local blocklist",
                    ">> 550 Sender is on the local blocklist",
                )
                continue
            t = sv(host, s, t, ">> 250 Sender accepted", ">> 250 Sender accepted")
            ok = 0
            for _ in range(r.choice([1, 1, 1, 2, 3])):
                if r.random() < 0.06:
                    t = cl(
                        host,
                        s,
                        t,
                        f"RCPT TO:<{r.choice(['info2', 'k.schmitt', 'sales', 'webmaster', 'm.muller', 'hr'])}@{AX_DOMAIN}>",
                    )
                    t = sv(host, s, t, ">> 550 Mailbox unavailable", ">> 550 Mailbox unavailable")
                else:
                    t = cl(host, s, t, f"RCPT TO:<{r.choice(AX_USERS)}@{AX_DOMAIN}>")
                    t = sv(host, s, t, ">> 250 Recipient accepted", ">> 250 Recipient accepted")
                    ok += 1
            if not ok:
                t = cl(host, s, t, "RSET")
                t = sv(host, s, t, ">> 250 Reset done", ">> 250 Reset done")
                continue
            t = cl(host, s, t, "DATA")
            t = sv(
                host,
                s,
                t,
                ">> 354 Ready to receive data; remember <CRLF>.<CRLF>",
                ">> 354 Ready to receive data; remember <CRLF>.<CRLF>",
            )
            t += sec(size / r.uniform(400_000, 4_000_000))
            if r.random() < 0.008:
                L(
                    host,
                    s,
                    t + sec(r.uniform(290, 305)),
                    "08",
                    "Connection timed out",
                    "Connection timed out",
                )
                return
            t = L(
                host,
                s,
                t,
                "16",
                "<< %d bytes and final dot read",
                f"<< {size + r.randint(400, 2200)} bytes and final dot read",
            )
            t = sv(
                host,
                s,
                t + sec(r.uniform(0.05, 0.6)),
                ">> 250 Mail queued for delivery",
                ">> 250 Mail queued for delivery",
            )
        close(host, s, t)

    def up(host: str, t: datetime) -> bool:
        return not (host == "mx2" and mx2_down[0] <= t < mx2_down[1])

    def route(t: datetime) -> str | None:
        hosts = [h for h in ("mx1", "mx2") if up(h, t)]
        return r.choice(hosts) if hosts else None

    weights = [w for *_, w in AX_SENDERS]
    for t in poisson_times(r, T0, T_END, 290):
        if t.hour < 7 and r.random() < 0.5:
            continue
        helo, addr, dom, _ = r.choices(AX_SENDERS, weights)[0]
        host = route(t)
        if host:
            message(host, t, helo, addr, dom)
    # a bulk sender's burst, partly blocked by the policy
    for t in poisson_times(r, at(9, 30, 2), at(9, 50, 40), 75):
        host = route(t)
        helo, addr, dom = (
            ("mta-188.mail.mailchimp-relay.example", "198.2.140.188", "news.supplier.example")
            if r.random() < 0.4
            else ("bulk07.mailer.shipping-news.example", "198.51.100.177", "shipping-news.example")
        )
        if host:
            message(host, t, helo, addr, dom, bulk=True)
    # scanners: connect, read the banner, drop
    for t in poisson_times(r, T0, T_END, 600):
        host = route(t)
        if not host:
            continue
        s, t = open_session(
            host,
            t,
            r.choice(
                ["45.148.10.34", "80.94.95.202", "167.94.138.60", "162.142.125.11", "193.163.125.7"]
            ),
        )
        if r.random() < 0.5:
            t = cl(host, s, t, "EHLO " + r.choice(["User", "localhost", "scan.example"]))
            t = L(host, s, t + sec(0.001), "08", "Greylist disabled", "Greylist disabled")
            t = sv(
                host,
                s,
                t,
                ">> 250-%s Axigen ESMTP hello",
                f">> 250-{host}.{AX_DOMAIN} Axigen ESMTP hello",
            )
            t = sv(host, s, t, ">> 250-SIZE %d", ">> 250-SIZE 52428800")
            t = sv(host, s, t, ">> 250-HELP", ">> 250-HELP")
            t = sv(host, s, t, ">> 250 OK", ">> 250 OK")
        L(host, s, t + sec(r.uniform(0.1, 2)), "08", "Connection closed", "Connection closed")
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- crowd

CR_DDR = "atlassian.crowd.directory.DbCachingRemoteDirectory"
CR_OPS = "atlassian.crowd.directory.DbCachingRemoteChangeOperations"
CR_USN = "directory.ldap.cache.UsnChangedCacheRefresher"
CR_RDC = "directory.ldap.cache.RemoteDirectoryCacheRefresher"
CR_CVM = "crowd.manager.validation.ClientValidationManagerImpl"
CR_SQL = "engine.jdbc.spi.SqlExceptionHelper"

CR_LDAP_DOWN = [
    "com.atlassian.crowd.exception.OperationFailedException: org.springframework.ldap.CommunicationException: dc01.corp.example:636; nested exception is javax.naming.CommunicationException: dc01.corp.example:636 [Root exception is java.net.ConnectException: Connection refused (Connection refused)]",
    "\tat com.atlassian.crowd.directory.SpringLDAPConnector.searchEntitiesWithRequestControls(SpringLDAPConnector.java:652)",
    "\tat com.atlassian.crowd.directory.SpringLDAPConnector.searchEntities(SpringLDAPConnector.java:556)",
    "\tat com.atlassian.crowd.directory.MicrosoftActiveDirectory.findAddedOrUpdatedObjectsSince(MicrosoftActiveDirectory.java:697)",
    "\tat com.atlassian.crowd.directory.MicrosoftActiveDirectory.findAddedOrUpdatedUsersSince(MicrosoftActiveDirectory.java:655)",
    "\tat com.atlassian.crowd.directory.ldap.cache.UsnChangedCacheRefresher.synchroniseUserChangesGuid(UsnChangedCacheRefresher.java:232)",
    "\tat com.atlassian.crowd.directory.ldap.cache.UsnChangedCacheRefresher.synchroniseUserChanges(UsnChangedCacheRefresher.java:272)",
    "\tat com.atlassian.crowd.directory.ldap.cache.UsnChangedCacheRefresher.synchroniseChanges(UsnChangedCacheRefresher.java:137)",
    "\tat com.atlassian.crowd.directory.DbCachingRemoteDirectory.synchroniseCache(DbCachingRemoteDirectory.java:1101)",
    "\tat com.atlassian.crowd.manager.directory.DirectorySynchroniserImpl.synchronise(DirectorySynchroniserImpl.java:75)",
    "\tat com.atlassian.crowd.directory.DbCachingDirectoryPoller.pollChanges(DbCachingDirectoryPoller.java:52)",
    "\tat com.atlassian.crowd.manager.directory.monitor.poller.DirectoryPollerJobRunner.runJob(DirectoryPollerJobRunner.java:101)",
    "\tat com.atlassian.scheduler.core.JobLauncher.runJob(JobLauncher.java:134)",
    "\tat com.atlassian.scheduler.core.JobLauncher.launchAndBuildResponse(JobLauncher.java:106)",
    "\tat com.atlassian.scheduler.core.JobLauncher.launch(JobLauncher.java:90)",
    "\tat com.atlassian.scheduler.caesium.impl.CaesiumSchedulerService.launchJob(CaesiumSchedulerService.java:435)",
    "\tat com.atlassian.scheduler.caesium.impl.SchedulerQueueWorker.executeJob(SchedulerQueueWorker.java:66)",
    "\tat com.atlassian.scheduler.caesium.impl.SchedulerQueueWorker.executeNextJob(SchedulerQueueWorker.java:60)",
    "\tat com.atlassian.scheduler.caesium.impl.SchedulerQueueWorker.run(SchedulerQueueWorker.java:35)",
    "\tat java.base/java.lang.Thread.run(Thread.java:840)",
    "Caused by: org.springframework.ldap.CommunicationException: dc01.corp.example:636; nested exception is javax.naming.CommunicationException: dc01.corp.example:636 [Root exception is java.net.ConnectException: Connection refused (Connection refused)]",
    "\tat org.springframework.ldap.support.LdapUtils.convertLdapException(LdapUtils.java:108)",
    "\tat org.springframework.ldap.core.support.AbstractContextSource.createContext(AbstractContextSource.java:363)",
    "\tat org.springframework.ldap.core.support.AbstractContextSource.getReadOnlyContext(AbstractContextSource.java:172)",
    "\t... 22 common frames omitted",
    "Caused by: java.net.ConnectException: Connection refused (Connection refused)",
    "\tat java.base/sun.nio.ch.Net.pollConnect(Native Method)",
    "\tat java.base/sun.nio.ch.Net.pollConnectNow(Net.java:672)",
    "\tat java.base/sun.nio.ch.NioSocketImpl.timedFinishConnect(NioSocketImpl.java:547)",
    "\t... 40 common frames omitted",
]
CR_GUID = [
    "com.atlassian.crowd.exception.UserNotFoundException: User <objectGUID={guid}> does not exist",
    "\tat com.atlassian.crowd.directory.MicrosoftActiveDirectory.findUserByExternalId(MicrosoftActiveDirectory.java:1006)",
    "\tat com.atlassian.crowd.directory.ldap.cache.UsnChangedCacheRefresher.lambda$synchroniseUserChangesGuid$7(UsnChangedCacheRefresher.java:253)",
    "\tat java.base/java.util.stream.ReferencePipeline$3$1.accept(ReferencePipeline.java:197)",
    "\tat java.base/java.util.HashMap$KeySpliterator.forEachRemaining(HashMap.java:1707)",
    "\tat java.base/java.util.stream.ReferencePipeline.collect(ReferencePipeline.java:682)",
    "\tat com.atlassian.crowd.directory.ldap.cache.UsnChangedCacheRefresher.synchroniseUserChangesGuid(UsnChangedCacheRefresher.java:259)",
    "\tat com.atlassian.crowd.directory.ldap.cache.UsnChangedCacheRefresher.synchroniseChanges(UsnChangedCacheRefresher.java:137)",
    "\tat com.atlassian.crowd.directory.DbCachingRemoteDirectory.synchroniseCache(DbCachingRemoteDirectory.java:1101)",
    "\tat com.atlassian.crowd.manager.directory.DirectorySynchroniserImpl.synchronise(DirectorySynchroniserImpl.java:75)",
    "\tat com.atlassian.scheduler.caesium.impl.SchedulerQueueWorker.run(SchedulerQueueWorker.java:35)",
    "\tat java.base/java.lang.Thread.run(Thread.java:840)",
]


def crowd(r: random.Random) -> list[Log]:
    """Two Crowd Data Center nodes, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()

    def L(
        node: str,
        thread: str,
        t: datetime,
        level: str,
        logger: str,
        label: str,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        head = f"{thread} {level} [{logger}] {msg}"
        return fs.add(
            f"{node}-atlassian-crowd.log",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%d %H:%M:%S},{x.microsecond // 1000:03d} {head}"] + (more or []),
            (node, thread),
            MS,
        )

    dc_down = (at(7, 20, 40), at(7, 46, 10))
    bulk_import = at(10, 5, 30)
    corp = {"id": 491521, "users": 4212, "groups": 655, "token": True}
    subs = {"id": 1769473, "users": 1180, "groups": 204, "token": True}
    ldap = {"id": 2031617, "users": 812, "groups": 97}

    def node_thread() -> tuple[str, str]:
        return r.choice(["crowd-1", "crowd-2"]), f"Caesium-1-{r.randint(1, 4)}"

    def took(lo: int, hi: int) -> int:
        return r.randint(lo, hi)

    def start(node: str, th: str, t: datetime, mode: str, d: dict) -> datetime:
        return L(
            node,
            th,
            t,
            "INFO",
            CR_DDR,
            "%s synchronisation for directory [ %s ] starting",
            f"{mode} synchronisation for directory [ {d['id']} ] starting",
        )

    def complete(node: str, th: str, t: datetime, t0: datetime, mode: str, d: dict) -> datetime:
        extra = r.randint(1, 9)
        ms = int((t - t0).total_seconds() * 1000) + extra
        t += sec(extra / 1000)
        if mode == "failed":
            return L(
                node,
                th,
                t,
                "INFO",
                CR_DDR,
                "failed synchronisation complete for directory [ %s ] in [ %sms ]",
                f"failed synchronisation complete for directory [ {d['id']} ] in [ {ms}ms ]",
            )
        return L(
            node,
            th,
            t,
            "INFO",
            CR_DDR,
            "%s synchronisation complete for directory [ %s ] in [ %sms ]",
            f"{mode} synchronisation complete for directory [ {d['id']} ] in [ {ms}ms ]",
        )

    def full_ops(node: str, th: str, t: datetime, d: dict, refresher: str) -> datetime:
        n = took(180, 900)
        t = L(
            node,
            th,
            t + sec(n / 1000),
            "INFO",
            refresher,
            "found [ %s ] remote users in [ %sms ]",
            f"found [ {d['users']} ] remote users in [ {n}ms ]",
        )
        n = took(40, 300)
        t = L(
            node,
            th,
            t + sec(n / 1000),
            "INFO",
            CR_OPS,
            "scanned and compared [ %s ] users for delete in DB cache in [ %sms ]",
            f"scanned and compared [ {d['users']} ] users for delete in DB cache in [ {n}ms ]",
        )
        t = L(
            node,
            th,
            t + sec(0.002),
            "INFO",
            CR_OPS,
            "scanning [ %s ] users to add or update",
            f"scanning [ {d['users']} ] users to add or update",
        )
        n = took(90, 1400)
        t = L(
            node,
            th,
            t + sec(n / 1000),
            "INFO",
            CR_OPS,
            "scanned and compared [ %s ] users for update in DB cache in [ %sms ]",
            f"scanned and compared [ {d['users']} ] users for update in DB cache in [ {n}ms ]",
        )
        n = took(30, 260)
        t = L(
            node,
            th,
            t + sec(n / 1000),
            "INFO",
            refresher,
            "found [ %s ] remote groups in [ %sms ]",
            f"found [ {d['groups']} ] remote groups in [ {n}ms ]",
        )
        n = took(8, 90)
        t = L(
            node,
            th,
            t + sec(n / 1000),
            "INFO",
            CR_OPS,
            "scanned and compared [ %s ] groups for delete in DB cache in [ %sms ]",
            f"scanned and compared [ {d['groups']} ] groups for delete in DB cache in [ {n}ms ]",
        )
        t = L(
            node,
            th,
            t + sec(0.002),
            "INFO",
            CR_OPS,
            "scanning [ %s ] groups to add or update",
            f"scanning [ {d['groups']} ] groups to add or update",
        )
        n = took(20, 400)
        return L(
            node,
            th,
            t + sec(n / 1000),
            "INFO",
            CR_OPS,
            "scanned and compared [ %s ] groups for update in DB cache in [ %sms ]",
            f"scanned and compared [ {d['groups']} ] groups for update in DB cache in [ {n}ms ]",
        )

    def ad_sync(t: datetime, d: dict, legacy: bool) -> None:
        node, th = node_thread()
        t0 = t
        failing = d is corp and dc_down[0] <= t < dc_down[1]
        if d["token"]:
            t = start(node, th, t, "INCREMENTAL", d)
            t = L(
                node,
                th,
                t + sec(0.001),
                "INFO",
                CR_DDR,
                "Attempting %s synchronisation for directory [ %s ]",
                f"Attempting INCREMENTAL synchronisation for directory [ {d['id']} ]",
            )
            if failing:
                t = L(
                    node,
                    th,
                    t + sec(r.uniform(0.4, 2.5)),
                    "ERROR",
                    CR_DDR,
                    "Incremental synchronisation for directory [ %s ] was unexpectedly interrupted, falling back to a full synchronisation",
                    f"Incremental synchronisation for directory [ {d['id']} ] was unexpectedly interrupted, falling back to a full synchronisation",
                    CR_LDAP_DOWN,
                )
            else:
                if legacy:
                    n = took(20, 140)
                    t = L(
                        node,
                        th,
                        t + sec(n / 1000),
                        "INFO",
                        CR_USN,
                        "found [ %s ] changed, [ %s ] deleted remote users in [ %sms ]",
                        f"found [ {r.choice([0, 0, 0, 1, 1, 2, 4])} ] changed, [ {r.choice([0, 0, 0, 0, 1])} ] deleted remote users in [ {n}ms ]",
                    )
                else:
                    t = L(
                        node,
                        th,
                        t + sec(took(60, 400) / 1000),
                        "INFO",
                        CR_USN,
                        "Found [ %s ] user GUIDs in cache, [ %s ] user GUIDs in remote directory",
                        f"Found [ {d['users']} ] user GUIDs in cache, [ {d['users']} ] user GUIDs in remote directory",
                    )
                    if d is corp and bulk_import <= t < bulk_import + sec(300):
                        guid = f"{hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 12)}"
                        stack = [CR_GUID[0].format(guid=guid), *CR_GUID[1:]]
                        t = L(
                            node,
                            th,
                            t + sec(took(200, 900) / 1000),
                            "WARN",
                            CR_USN,
                            "Failed to fetch user by objectGUID '%s' from ActiveDirectory",
                            f"Failed to fetch user by objectGUID '{guid}' from ActiveDirectory",
                            stack,
                        )
                        t = L(
                            node,
                            th,
                            t + sec(0.003),
                            "INFO",
                            CR_DDR,
                            "Incremental synchronisation for directory [ %s ] was not completed, falling back to a full synchronisation",
                            f"Incremental synchronisation for directory [ {d['id']} ] was not completed, falling back to a full synchronisation",
                        )
                        d["users"] += 37
                        t = start(node, th, t + sec(0.001), "FULL", d)
                        t = full_ops(node, th, t, d, CR_USN)
                        complete(node, th, t + sec(0.01), t0, "FULL", d)
                        return
                    n = took(50, 600)
                    t = L(
                        node,
                        th,
                        t + sec(n / 1000),
                        "INFO",
                        CR_USN,
                        "scanned and compared [ %s ] users to delete, [ %s ] users to add, [ %s ] users to update in DB cache in [ %sms ]",
                        f"scanned and compared [ {r.choice([0, 0, 0, 1])} ] users to delete, [ {r.choice([0, 0, 0, 1, 2])} ] users to add, [ {r.choice([0, 1, 1, 2, 3, 5, 8])} ] users to update in DB cache in [ {n}ms ]",
                    )
                t = L(
                    node,
                    th,
                    t + sec(took(30, 200) / 1000),
                    "INFO",
                    CR_USN,
                    "Found [ %s ] group GUIDs in cache, [ %s ] group GUIDs in remote directory",
                    f"Found [ {d['groups']} ] group GUIDs in cache, [ {d['groups']} ] group GUIDs in remote directory",
                )
                n = took(30, 400)
                t = L(
                    node,
                    th,
                    t + sec(n / 1000),
                    "INFO",
                    CR_USN,
                    "scanned and compared [ %s ] groups to delete, [ %s ] groups to add, [ %s ] groups to update in DB cache in [ %sms ]",
                    f"scanned and compared [ 0 ] groups to delete, [ {r.choice([0, 0, 0, 1])} ] groups to add, [ {r.choice([0, 0, 1, 2])} ] groups to update in DB cache in [ {n}ms ]",
                )
                complete(node, th, t + sec(0.005), t0, "INCREMENTAL", d)
                return
        t = start(node, th, t + sec(0.002), "FULL", d)
        if failing:
            d["token"] = False
            t = L(
                node,
                th,
                t + sec(r.uniform(0.3, 2.0)),
                "ERROR",
                CR_DDR,
                "Exception occured when performing full synchronization",
                "Exception occured when performing full synchronization",
                CR_LDAP_DOWN,
            )
            complete(node, th, t + sec(0.002), t0, "failed", d)
            return
        t = full_ops(node, th, t, d, CR_USN)
        complete(node, th, t + sec(0.01), t0, "FULL", d)
        d["token"] = True

    for t in every(r, T0 + sec(r.uniform(5, 60)), T_END, 300, 1.5):
        ad_sync(t, corp, False)
    for t in every(r, T0 + sec(r.uniform(60, 200)), T_END, 600, 1.5):
        ad_sync(t, subs, True)
    for t in every(r, T0 + sec(r.uniform(200, 400)), T_END, 900, 1.5):
        node, th = node_thread()
        t0 = t
        t = start(node, th, t, "FULL", ldap)
        t = full_ops(node, th, t, ldap, CR_RDC)
        complete(node, th, t + sec(0.01), t0, "FULL", ldap)

    # REST clients not in their application's remote addresses
    def forbidden(t: datetime, addr: str, app: str) -> None:
        node = r.choice(["crowd-1", "crowd-2"])
        L(
            node,
            f"http-nio-8095-exec-{r.randint(1, 25)}",
            t,
            "INFO",
            CR_CVM,
            "Client with address '%s' is forbidden from making requests to application '%s'",
            f"Client with address '{addr}' is forbidden from making requests to application '{app}'",
        )

    for t in poisson_times(r, at(8, 52, 14), at(9, 37, 40), 5.5):
        forbidden(t, "10.40.2.17", "bamboo")
    for t in every(r, T0 + sec(17), T_END, 60, 3):
        forbidden(t, "10.40.1.9", "jenkins")
    for t in poisson_times(r, T0, T_END, 1800):
        forbidden(t, "10.40.3.88", "confluence")

    # the database failover
    for t in poisson_times(r, at(10, 31, 2), at(10, 31, 40), 1.6):
        node = r.choice(["crowd-1", "crowd-2"])
        th = f"http-nio-8095-exec-{r.randint(1, 25)}"
        t = L(
            node,
            th,
            t,
            "WARN",
            CR_SQL,
            "SQL Error: %s, SQLState: %s",
            "SQL Error: 0, SQLState: 08006",
        )
        L(
            node,
            th,
            t + sec(0.001),
            "ERROR",
            CR_SQL,
            "An I/O error occurred while sending to the backend.",
            "An I/O error occurred while sending to the backend.",
        )
    return fs.logs(T0)


SYSTEMS = {
    "pure-ftpd": pure_ftpd,
    "dma": dma,
    "modoboa": modoboa,
    "axigen": axigen,
    "crowd": crowd,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
