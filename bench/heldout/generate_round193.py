#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 193 (snappymail, wikijs, etherpad, joplin-server, trilium)
into bench/heldout/, the same way and under the same label rules as generate.py
(bench/README.md, "heldout.py"): each program's log is simulated from its format strings over a
seeded run, and every line that starts an event is labelled with the format string that wrote it
as it is written. Distinct calls of one process never share a timestamp at the log's resolution
(round 53's Clock, kept per process and per file). Five self-hosted web applications for mail,
documentation and notes, 06:00 to 12:00 on 2024-06-07; none of the five was in the set (Roundcube,
BookStack, HedgeDoc, Outline, XWiki and Nextcloud are).

- SnappyMail 2.36.4 on two web nodes (`web1-log-2024-06-07.txt`, `web2-log-2024-06-07.txt`: its
  `[logs]` file at `level = 4`, MailSo's `[2024-06-07 07:10:21.415][3fa9c0d2] SERVICE[WARNING]:
  ...` with the request's id, the channel and the level; `web1-auth-2024-06-07.txt`,
  `web2-auth-2024-06-07.txt`: the fail2ban file, `[2024-06-07 07:10:21] Auth failed: ip=%s
  user=%s host=%s port=imap`): a failed login logs the exception chain three times (the JSON
  service's `SERVICE[WARNING]: {$oException}`, `SERVICE[WARNING]: - {$previous}` and
  `logException`'s `[ERROR]: ...`), each over its PHP stack traces, innermost exception first;
  a credential-stuffing run 07:10-08:02 (Dovecot's and Cyrus's `NO ...` answers, DomainNotAllowed
  for foreign domains), users mistyping all morning, Dovecot restarted 08:40-08:43
  (SocketCanNotConnectToHostException, ConnectionError), an FTS rebuild 09:50-10:00 (the IMAP
  client's `IMAP[ERROR]: MailSo\\Net\\Exceptions\\SocketReadTimeoutException in ...`), the 10:00
  upgrade leaving open tabs with the old token (`XToken[ERROR]: %s !== %s for %s`,
  InvalidToken), web2's data volume full 11:05-11:25 (`PHP[WARNING]: file_put_contents(): ...`,
  `mkdir(): No space left on device`).
- Wiki.js 2.5.303, two replicas in HA mode with Git storage (`wiki-1.log`, `wiki-2.log`:
  `docker logs`, winston's `2024-06-07T06:00:01.123Z [MASTER] info: ...`, a worker process's
  `[JOB]`): purge and storage sync jobs (`Syncing with storage target git...`, `(STORAGE/GIT)
  Performing pull rebase from origin on branch main...`), page saves (`Rendering page ID %s...`,
  the worker's `Using database driver pg for postgres [ OK ]`, `(STORAGE/GIT) Committing updated
  file [%s] %s...`, the other replica's `Received event deletePageFromCache from instance %s: [
  OK ]`), new pages, uploads, moves and deletions (`Rebuilding page tree...`), PostgreSQL lost
  08:20-08:23:40 (`Syncing with storage target git: [ FAILED ]` and Knex's pool timeout), the Git
  server down 09:12-09:41 (ssh's error over six lines).
- Etherpad 1.9.7 (`etherpad.log`, log4js's file appender: `[2024-06-07T08:12:30.118] [INFO]
  access - [ENTER] pad:... socket:... IP:... authorID:...`): Moodle's API calls (`REQUEST,
  v1.3.0:createSession, {...}`, `RESPONSE, createSession, {...}`), the access log's `[CREATE]`,
  `[ENTER]` and `[LEAVE]` (with ` username:%s` for the admin), a lecture hall's NAT address rate
  limited, rejected changesets (`Failed to apply USER_CHANGES ...: Error: ...` with the stack),
  PostgreSQL restarted at 08:47 (the crash's `Metrics at time of fatal error:` JSON and stack,
  `Exiting...`, three failed starts, one good), a scanner on /admin (`Failed authentication from
  IP %s`).
- Joplin Server 2.14 (`joplin-server.log`, `docker logs`: `2024-06-07 06:00:23: App: GET
  /api/ping (200) (1ms)`, `... [error] App: ...`): six clients' syncs, Uptime Kuma's pings,
  TaskService (`Running #%d (%s) (scheduled)...`, `Completed #%d (%s) in %dms`), a 310 MB
  attachment refused on every sync (`413: PUT ...: %s: Cannot save attachment "%s" because it is
  larger than the allowed limit (%s)`), PostgreSQL restarted 08:52-08:55 (`%s KnexTimeoutError:
  ...` with its stack and properties, `(500) (60004ms)`), a password-guessing run (`403: POST
  /api/sessions: %s: Invalid username or password`, then the limiter's 429).
- Trilium Notes (`server-trilium-2024-06-07.log`: the sync server in Docker;
  `laptop-trilium-2024-06-07.log`: a desktop client; Trilium's own `08:14:03.512 message`, the
  date only in the file's name): the laptop's sync every minute (`Nothing to push`, `Pushing %s
  sync changes in %sms`, `Pulled %s changes in %s KB, ...`, `Finished pull`) and its requests on
  the server (`200 POST /api/login/sync with %s bytes took %sms`, `Slow 200 GET /api/sync/check
  ...`), note edits, consistency checks, backups, the server upgraded 0.62.6 -> 0.63.7 at 09:30
  (migrations, the app info as JSON over eleven lines), the laptop's syncs failing on the sync
  version until it is upgraded at 10:24 (`sync failed: ...` with `stack: ...`), and a password
  guesser (`WARNING: Wrong password from %s, rejecting.`).

Label notes. The heads are context: MailSo's time, request id, channel and level (`SERVICE`,
`IMAP`, `XToken`, `PHP`, none), the auth file's bracketed time, winston's time, `[MASTER]` /
`[JOB]` and level, log4js's time, level and category, Joplin's time, `[level]` and logger
prefix, Trilium's time. A value that is a message of its own contributes its format: PHP's
exception string (its first line, `Class: message in %s:%d`, the innermost exception of the
chain; Dovecot's and Cyrus's `NO ...` answers are two texts), simple-git's error (ssh's line),
Knex's timeout, a Node error's stack, Trilium's request error. `- ` before SnappyMail's previous
exception, the `%s !== %s for %s` of the token check, Etherpad's `[ENTER]` / `[CREATE]` (picked
by branch) and the ` username:%s` suffix, Trilium's `Slow ` prefix and Joplin's method, route and
status are wording; Etherpad's API function name, task ids and descriptions, users, addresses,
ids, paths and sizes are values. Joplin's owner id or client address before a 4xx message is a
value in the line `line.join(': ')` builds. The JSON dumps (Etherpad's metrics, Trilium's app
info), PHP stack traces, Node stacks and the ssh error's lines continue their event.

Least sure (written from the helper's knowledge; SnappyMail's log driver, logger, JSON service,
network client and auth logging, Wiki.js's storage, render and sync jobs, kernel and database
module, Etherpad's server, access log, API and changeset handling, Joplin Server's route
handler, task service and login limiter, and Trilium's log, sync, routes and start-up were read
in copies of their sources): SnappyMail's exception messages (`AuthError`, `DomainNotAllowed`,
`InvalidToken`, the ResponseException text), its stack frames and line numbers, the auth file's
`host=`/`port=`; Wiki.js 2.5's `Using database driver %s for %s [ OK ]` in the worker, the HA
event names and the Knex message at its call sites; Etherpad's start-up lines in 1.9.7 and the
metrics' keys; Joplin Server 2.14's console layout (`[error]` after the time), the 413 text and
the task list; Trilium's `Non-matching sync versions` wording, its request error's form, the
migration and backup names, and that `PUT /api/notes/%s/data` answers 204.
"""

from __future__ import annotations

import itertools
import json
import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, alnum, generate, hexid
from generate_round55 import poisson
from generate_round97 import Files, sec
from generate_round147 import at


def ms3(t: datetime) -> str:
    return f"{t.microsecond // 1000:03d}"


def php_arg(s: str) -> str:
    """A string argument as PHP's stack trace prints it (15 characters, then `...`)."""
    return f"'{s[:15]}...'" if len(s) > 15 else f"'{s}'"


# ------------------------------------------------------------------------------ snappymail

SM_VER = "2.36.4"
SM_ROOT = "/var/www/snappymail"
SM_LIB = f"{SM_ROOT}/snappymail/v/{SM_VER}/app/libraries"
SM_TAIL = [
    f"{SM_LIB}/RainLoop/Service.php(159): RainLoop\\ServiceActions->ServiceJson('Json', Array)",
    f"{SM_ROOT}/snappymail/v/{SM_VER}/include.php(139): RainLoop\\Service::Handle()",
    f"{SM_ROOT}/index.php(11): include('/var/www/snappy...')",
]
# users of the two domains: example.org on Dovecot, example.net (a customer) on Cyrus
SM_USERS = [
    "anna.keller",
    "ben.hofmann",
    "c.wagner",
    "david.roth",
    "eva.schulz",
    "f.meyer",
    "greta.lang",
    "hannes.vogt",
    "ines.baumann",
    "jonas.krause",
    "katrin.weber",
    "lukas.frank",
    "maria.braun",
    "nils.hahn",
    "olga.richter",
    "paul.schmitt",
    "info",
    "buchhaltung",
]
SM_DOMAINS = {
    "example.org": (
        "ssl://mail.example.org",
        993,
        "NO [AUTHENTICATIONFAILED] Authentication failed.",
    ),
    "example.net": ("ssl://imap.example.net", 993, "NO Login failed: authentication failure"),
}
SM_BOT_LOCALS = [
    "admin",
    "info",
    "test",
    "office",
    "webmaster",
    "sales",
    "support",
    "postmaster",
    "contact",
    "mail",
    "user",
    "administrator",
    "kontakt",
    "billing",
]
SM_BOT_BAD_DOMAINS = ["mail.example.org", "webmail.example.org", "example.com", "gmail.com"]
SM_BOT_IPS = ["45.148.10.81", "45.148.10.174", "185.220.101.33", "185.220.101.47", "194.26.29.112"]


def sm_login_frames(email: str) -> list[str]:
    return [
        f"{SM_LIB}/RainLoop/Actions/UserAuth.php(293): RainLoop\\Actions->LoginProcess({php_arg(email)}, Object(SnappyMail\\SensitiveString))",
        f"{SM_LIB}/RainLoop/ServiceActions.php(141): RainLoop\\Actions->DoLogin()",
        *SM_TAIL,
    ]


def sm_trace(frames: list[str]) -> list[str]:
    return [
        "Stack trace:",
        *[f"#{i} {f}" for i, f in enumerate(frames)],
        f"#{len(frames)} {{main}}",
    ]


def sm_auth_chain(email: str, nores: str) -> tuple[list[str], list[str]]:
    """The exception string of a failed IMAP login (PHP prints the chain innermost first) and
    that of its previous exception (LoginBadCredentialsException, itself wrapping the
    NegativeResponseException)."""
    login = sm_login_frames(email)
    acct = [
        f"{SM_LIB}/RainLoop/Actions/UserAuth.php(158): RainLoop\\Model\\Account->ImapConnectAndLogin(Object(RainLoop\\Plugins\\Manager), Object(MailSo\\Imap\\ImapClient), Object(RainLoop\\Config\\Application))",
        *login,
    ]
    imap = [
        f"{SM_LIB}/RainLoop/Model/Account.php(244): MailSo\\Imap\\ImapClient->Login(Object(MailSo\\Imap\\Settings))",
        *acct,
    ]
    neg = [
        f"MailSo\\Imap\\Exceptions\\NegativeResponseException: {nores} in {SM_LIB}/MailSo/Imap/ImapClient.php:1093",
        *sm_trace(
            [
                f"{SM_LIB}/MailSo/Imap/ImapClient.php(203): MailSo\\Imap\\ImapClient->SendRequestGetResponse('LOGIN', Array)",
                *imap,
            ]
        ),
    ]
    bad = [
        "",
        f"Next MailSo\\Imap\\Exceptions\\LoginBadCredentialsException: {nores} in {SM_LIB}/MailSo/Imap/ImapClient.php:207",
        *sm_trace(imap),
    ]
    client = [
        "",
        f"Next RainLoop\\Exceptions\\ClientException: AuthError in {SM_LIB}/RainLoop/Actions/UserAuth.php:172",
        *sm_trace(login),
    ]
    return neg + bad + client, neg + bad


def snappymail(r: random.Random) -> list[Log]:
    """Two web nodes behind a load balancer (web1, web2), SnappyMail 2.36.4 with `[logs]
    enable = On`, `level = 4` (warnings and worse) and `auth_logging = On`, 06:00 to 12:00: a
    credential-stuffing run 07:10-08:02 (AuthError and DomainNotAllowed, every try in the
    fail2ban file), users mistyping passwords all morning, Dovecot restarted 08:40-08:43
    (ConnectionError for every poll), Dovecot slow under an FTS rebuild 09:50-10:00 (read
    timeouts), an upgrade at 10:00 leaving open tabs with a stale token until they reload
    (XToken mismatch, InvalidToken), web2's data volume full 11:05-11:25 (PHP warnings from the
    cache driver)."""
    fs = Files()
    T = 1000

    def req(host: str) -> str:
        return hexid(r, 8)

    def W(
        host: str,
        guid: str,
        t: datetime,
        name: str,
        level: str,
        label: str | None,
        lines: list[str],
    ) -> datetime:
        return fs.add(
            f"{host}-log-2024-06-07.txt",
            t,
            label,
            lambda x: [
                f"[{x:%Y-%m-%d %H:%M:%S}.{ms3(x)}][{guid}] {name}[{level}]: {lines[0]}",
                *lines[1:],
            ],
            (host, guid),
            T,
        )

    def auth(host: str, t: datetime, ip: str, user: str) -> None:
        dom = user.split("@", 1)[1] if "@" in user else ""
        fs.add(
            f"{host}-auth-2024-06-07.txt",
            t,
            "Auth failed: ip=%s user=%s host=%s port=imap",
            lambda x: [
                f"[{x:%Y-%m-%d %H:%M:%S}] Auth failed: ip={ip} user={user} host={dom} port=imap"
            ],
            (host, "auth"),
            1_000_000,
        )

    def failed_login(host: str, t: datetime, ip: str, email: str) -> None:
        guid = req(host)
        dom = email.split("@", 1)[1]
        t += sec(r.uniform(0.02, 0.06))
        if dom not in SM_DOMAINS:
            exc = [
                f"RainLoop\\Exceptions\\ClientException: DomainNotAllowed in {SM_LIB}/RainLoop/Actions/UserAuth.php:125",
                *sm_trace(sm_login_frames(email)),
            ]
            lab = "RainLoop\\Exceptions\\ClientException: DomainNotAllowed in %s:%d"
            auth(host, t, ip, email)
            t = W(host, guid, t + sec(0.001), "SERVICE", "WARNING", lab, exc)
            W(host, guid, t + sec(0.002), "", "ERROR", lab, exc)
            return
        nores = SM_DOMAINS[dom][2]
        full, prev = sm_auth_chain(email, nores)
        # Dovecot's auth penalty delays a failed LOGIN
        t += sec(r.uniform(0.3, 2.1))
        auth(host, t, ip, email)
        lab = f"MailSo\\Imap\\Exceptions\\NegativeResponseException: {nores} in %s:%d"
        t = W(host, guid, t + sec(0.001), "SERVICE", "WARNING", lab, full)
        t = W(
            host,
            guid,
            t + sec(0.0005),
            "SERVICE",
            "WARNING",
            "- " + lab,
            ["- " + prev[0], *prev[1:]],
        )
        W(host, guid, t + sec(0.002), "", "ERROR", lab, full)

    # the credential-stuffing run, through the load balancer
    for t in poisson(r, at(7, 10, 14), at(8, 2, 40), 8.2):
        host = r.choice(["web1", "web2"])
        ip = r.choice(SM_BOT_IPS)
        local = r.choice(SM_BOT_LOCALS)
        if r.random() < 0.3:
            email = f"{local}@{r.choice(SM_BOT_BAD_DOMAINS)}"
        else:
            email = f"{local}@{r.choice(['example.org', 'example.org', 'example.net'])}"
        failed_login(host, t, ip, email)
    # users mistyping their passwords
    for t in poisson(r, at(6, 0), at(12, 0), 900):
        user = r.choice(SM_USERS)
        dom = "example.net" if user in ("info", "buchhaltung", "olga.richter") else "example.org"
        ip = r.choice(
            ["203.0.113.14", "203.0.113.77", "198.51.100.23", "192.0.2.140", "203.0.113.201"]
        )
        failed_login(r.choice(["web1", "web2"]), t, ip, f"{user}@{dom}")

    actions = [
        ("DoFolderInformationMultiply", "Folders.php", 112),
        ("DoMessageList", "Messages.php", 61),
        ("DoFolders", "Folders.php", 30),
        ("DoMessage", "Messages.php", 540),
    ]

    def conn_error(host: str, t: datetime, email: str) -> None:
        guid = req(host)
        dom = email.split("@", 1)[1]
        hs, port, _ = SM_DOMAINS[dom]
        act, php, line = r.choice(actions)
        frames_act = [
            f"{SM_LIB}/RainLoop/Actions/{php}({line}): RainLoop\\Actions->initMailClientConnection()",
            f"{SM_LIB}/RainLoop/ServiceActions.php(141): RainLoop\\Actions->{act}()",
            *SM_TAIL,
        ]
        connect = [
            f"{SM_LIB}/MailSo/Imap/ImapClient.php(107): MailSo\\Net\\NetClient->Connect(Object(MailSo\\Imap\\Settings))",
            f"{SM_LIB}/RainLoop/Model/Account.php(238): MailSo\\Imap\\ImapClient->Connect(Object(MailSo\\Imap\\Settings))",
            f"{SM_LIB}/RainLoop/Actions.php(744): RainLoop\\Model\\Account->ImapConnectAndLogin(Object(RainLoop\\Plugins\\Manager), Object(MailSo\\Imap\\ImapClient), Object(RainLoop\\Config\\Application))",
            *frames_act,
        ]
        sock = [
            f'MailSo\\Net\\Exceptions\\SocketCanNotConnectToHostException: Can\'t connect to host "{hs}:{port}" in {SM_LIB}/MailSo/Net/NetClient.php:152',
            *sm_trace(connect),
        ]
        full = [
            *sock,
            "",
            f"Next RainLoop\\Exceptions\\ClientException: ConnectionError in {SM_LIB}/RainLoop/Actions.php:751",
            *sm_trace(frames_act),
        ]
        lab = 'MailSo\\Net\\Exceptions\\SocketCanNotConnectToHostException: Can\'t connect to host "%s" in %s:%d'
        t = W(host, guid, t + sec(r.uniform(0.01, 0.04)), "SERVICE", "WARNING", lab, full)
        t = W(
            host,
            guid,
            t + sec(0.0005),
            "SERVICE",
            "WARNING",
            "- " + lab,
            ["- " + sock[0], *sock[1:]],
        )
        W(host, guid, t + sec(0.002), "", "ERROR", lab, full)

    def read_timeout(host: str, t: datetime, email: str) -> None:
        guid = req(host)
        search = [
            f"{SM_LIB}/MailSo/Imap/Traits/ResponseParser.php(54): MailSo\\Net\\NetClient->getNextBuffer()",
            f"{SM_LIB}/MailSo/Imap/ImapClient.php(1086): MailSo\\Imap\\ImapClient->partialParseResponse()",
            f"{SM_LIB}/MailSo/Imap/ImapClient.php(1100): MailSo\\Imap\\ImapClient->getResponse('TAG4')",
            f"{SM_LIB}/MailSo/Imap/Commands/Messages.php(377): MailSo\\Imap\\ImapClient->SendRequestGetResponse('UID SEARCH', Array)",
            f"{SM_LIB}/MailSo/Mail/MailClient.php(658): MailSo\\Imap\\ImapClient->MessageSimpleSearch('BODY \"Rechnung...', false)",
        ]
        act = [
            f"{SM_LIB}/RainLoop/Actions/Messages.php(78): MailSo\\Mail\\MailClient->MessageList(Object(MailSo\\Mail\\MessageListParams))",
            f"{SM_LIB}/RainLoop/ServiceActions.php(141): RainLoop\\Actions->DoMessageList()",
            *SM_TAIL,
        ]
        tmo = [
            f"MailSo\\Net\\Exceptions\\SocketReadTimeoutException in {SM_LIB}/MailSo/Net/NetClient.php:262",
            *sm_trace(search + act),
        ]
        full = [
            *tmo,
            "",
            f"Next RainLoop\\Exceptions\\ClientException: CantGetMessageList in {SM_LIB}/RainLoop/Actions/Messages.php:81",
            *sm_trace(act[1:]),
        ]
        lab = "MailSo\\Net\\Exceptions\\SocketReadTimeoutException in %s:%d"
        t = W(host, guid, t + sec(r.uniform(30, 31)), "IMAP", "ERROR", lab, tmo)
        t = W(host, guid, t + sec(0.003), "SERVICE", "WARNING", lab, full)
        t = W(
            host, guid, t + sec(0.0005), "SERVICE", "WARNING", "- " + lab, ["- " + tmo[0], *tmo[1:]]
        )
        W(host, guid, t + sec(0.002), "", "ERROR", lab, full)

    def bad_token(host: str, t: datetime, email: str) -> None:
        guid = req(host)
        exc = [
            f"RainLoop\\Exceptions\\ClientException: InvalidToken in {SM_LIB}/RainLoop/ServiceActions.php:124",
            *sm_trace(SM_TAIL),
        ]
        t = W(
            host,
            guid,
            t + sec(r.uniform(0.005, 0.02)),
            "XToken",
            "ERROR",
            "%s !== %s for %s",
            [f"{hexid(r, 40)} !== {hexid(r, 40)} for {email}"],
        )
        lab = "RainLoop\\Exceptions\\ClientException: InvalidToken in %s:%d"
        t = W(host, guid, t + sec(0.001), "SERVICE", "WARNING", lab, exc)
        W(host, guid, t + sec(0.002), "", "ERROR", lab, exc)

    def email_of(user: str) -> str:
        return f"{user}@{'example.net' if user in ('info', 'buchhaltung', 'olga.richter') else 'example.org'}"

    # Dovecot restarted (example.org's IMAP) 08:40:10-08:43:30: every poll fails
    for user in SM_USERS:
        if email_of(user).endswith("example.net"):
            continue
        t = at(8, 40, 10) + sec(r.uniform(0, 60))
        while t < at(8, 43, 30):
            conn_error(r.choice(["web1", "web2"]), t, email_of(user))
            t += sec(r.uniform(55, 65))
    # the FTS rebuild: searches time out
    for t in poisson(r, at(9, 50), at(10, 0), 40):
        read_timeout(r.choice(["web1", "web2"]), t, email_of(r.choice(SM_USERS)))
    # the 10:00 upgrade: open tabs poll with the old token until reloaded
    for user in r.sample(SM_USERS, 14):
        t = at(10, 0, 40) + sec(r.uniform(0, 120))
        for _ in range(r.randint(1, 6)):
            bad_token(r.choice(["web1", "web2"]), t, email_of(user))
            t += sec(r.uniform(55, 65))
    # web2's data volume full: the cache driver's writes fail
    for t in poisson(r, at(11, 5, 12), at(11, 25, 40), 9):
        guid = req("web2")
        kind = r.random()
        if kind < 0.8:
            n = r.randint(900, 14000)
            W(
                "web2",
                guid,
                t,
                "PHP",
                "WARNING",
                "file_put_contents(): Write of %d bytes failed with errno=%d No space left on device %s [line:%d, code:%d]",
                [
                    f"file_put_contents(): Write of {n} bytes failed with errno=28 No space left on device {SM_LIB}/MailSo/Cache/Drivers/File.php [line:43, code:2]"
                ],
            )
        elif kind < 0.9:
            n = r.randint(5000, 30000)
            W(
                "web2",
                guid,
                t,
                "PHP",
                "WARNING",
                "file_put_contents(): Only %d of %d bytes written, possibly out of free disk space %s [line:%d, code:%d]",
                [
                    f"file_put_contents(): Only {n // 8192 * 4096 or 4096} of {n} bytes written, possibly out of free disk space {SM_LIB}/MailSo/Cache/Drivers/File.php [line:43, code:2]"
                ],
            )
        else:
            W(
                "web2",
                guid,
                t,
                "PHP",
                "WARNING",
                "mkdir(): No space left on device %s [line:%d, code:%d]",
                [
                    f"mkdir(): No space left on device {SM_LIB}/MailSo/Cache/Drivers/File.php [line:96, code:2]"
                ],
            )
    return fs.logs(at(6, 0))


# ---------------------------------------------------------------------------------- wikijs

WJ_PAGES = [
    "home",
    "ops/runbooks/postgres-failover",
    "ops/runbooks/certificate-renewal",
    "ops/runbooks/backup-restore",
    "ops/oncall/escalation",
    "ops/network/vpn-setup",
    "it/onboarding/new-laptop",
    "it/onboarding/accounts",
    "it/printers/floor-3",
    "dev/api/authentication",
    "dev/api/rate-limits",
    "dev/guides/code-review",
    "dev/guides/release-process",
    "dev/services/billing-service",
    "dev/services/search-indexer",
    "dev/adr/0007-event-bus",
    "dev/adr/0008-feature-flags",
    "hr/policies/remote-work",
    "hr/policies/travel-expenses",
    "hr/benefits/health-insurance",
    "sales/playbooks/enterprise-demo",
    "sales/pricing/2024",
    "product/roadmap/q3-2024",
    "product/specs/export-to-csv",
    "support/faq/password-reset",
    "support/faq/sso-troubleshooting",
    "meetings/2024/06/engineering-sync",
    "meetings/2024/06/all-hands",
]
WJ_NEW = [
    "meetings/2024/06/incident-review-0607",
    "dev/adr/0009-outbox-pattern",
    "ops/runbooks/patroni-switchover",
    "support/faq/mfa-reset",
    "product/specs/bulk-invite",
    "it/onboarding/yubikey",
    "dev/services/notification-gateway",
    "ops/oncall/handover-template",
    "sales/playbooks/renewal-call",
    "hr/onboarding/first-week",
]
WJ_ASSETS = [
    "diagrams/patroni-cluster.png",
    "diagrams/outbox-flow.svg",
    "screenshots/mfa-reset-step2.png",
    "uploads/q3-roadmap.pdf",
    "screenshots/vpn-client-settings.png",
    "diagrams/billing-sequence.png",
    "uploads/travel-expense-form.xlsx",
    "screenshots/yubikey-enrol.png",
    "diagrams/search-indexer.svg",
]
WJ_GIT_ERR = [
    "ssh: connect to host git.corp.example.com port 22: Connection timed out",
    "fatal: Could not read from remote repository.",
    "",
    "Please make sure you have the correct access rights",
    "and the repository exists.",
    "",
]
WJ_KNEX = "Knex: Timeout acquiring a connection. The pool is probably full. Are you missing a .transacting(trx) call?"


def wikijs(r: random.Random) -> list[Log]:
    """Two Wiki.js 2.5.303 replicas in high-availability mode (`ha: true`, PostgreSQL
    LISTEN/NOTIFY between them) with Git storage over SSH (sync every 5 minutes), `docker logs`
    of each, 06:00 to 12:00: users editing pages (each save rendered in a worker process,
    committed to the local repository, the other replica told to drop its cache), a few new
    pages, moves, deletions and uploads (the page tree rebuilt in a worker), the PostgreSQL
    primary lost 08:20-08:23:40 (syncs and renders failing on Knex's pool timeout), the Git
    server down 09:12-09:41 (syncs failing with ssh's error over six lines)."""
    fs = Files()
    hosts = ["wiki-1", "wiki-2"]
    inst = {h: alnum(r, 10) for h in hosts}
    db_down = (at(8, 20, 5), at(8, 23, 40))
    git_down = (at(9, 12, 0), at(9, 41, 0))
    T = 1000
    job = itertools.count(1)

    def L(h: str, t: datetime, proc: str, level: str, label: str, lines: list[str]) -> datetime:
        return fs.add(
            f"{h}.log",
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%dT%H:%M:%S}.{ms3(x)}Z [{'JOB' if proc != 'MASTER' else 'MASTER'}] {level}: {lines[0]}",
                *lines[1:],
            ],
            (h, proc),
            T,
        )

    def worker(
        h: str, t: datetime, start: str, done: str, fail: str, args: str, dbfail: bool
    ) -> datetime:
        p = f"job{next(job)}"
        L(h, t, p, "info", f"{start}...", [f"{start.replace('%s', args)}..."])
        t2 = L(
            h,
            t + sec(r.uniform(0.25, 0.6)),
            p,
            "info",
            "Using database driver %s for %s [ OK ]",
            ["Using database driver pg for postgres [ OK ]"],
        )
        if dbfail:
            t3 = L(
                h,
                t2 + sec(60 + r.uniform(0.001, 0.05)),
                p,
                "error",
                f"{fail}: [ FAILED ]",
                [f"{fail.replace('%s', args)}: [ FAILED ]"],
            )
            return L(h, t3 + sec(0.001), p, "error", WJ_KNEX, [WJ_KNEX])
        return L(
            h,
            t2 + sec(r.uniform(0.08, 0.9)),
            p,
            "info",
            f"{done}: [ COMPLETED ]",
            [f"{done.replace('%s', args)}: [ COMPLETED ]"],
        )

    def render(h: str, t: datetime, pid: int, dbfail: bool = False) -> datetime:
        return worker(
            h,
            t,
            "Rendering page ID %s",
            "Rendering page ID %s",
            "Rendering page ID %s",
            str(pid),
            dbfail,
        )

    def tree(h: str, t: datetime) -> datetime:
        return worker(
            h, t, "Rebuilding page tree", "Rebuilding page tree", "Rebuilding page tree", "", False
        )

    def event(h: str, t: datetime, name: str) -> None:
        other = "wiki-2" if h == "wiki-1" else "wiki-1"
        L(
            other,
            t + sec(r.uniform(0.004, 0.03)),
            "MASTER",
            "info",
            "Received event %s from instance %s: [ OK ]",
            [f"Received event {name} from instance {inst[h]}: [ OK ]"],
        )

    # scheduled jobs on each replica
    for h, p_off, s_off in [("wiki-1", 192.3, 101.7), ("wiki-2", 468.9, 200.4)]:
        t = at(6, 0) + sec(p_off - 900)
        while t < at(12, 0):
            if t >= at(6, 0):
                t1 = L(
                    h,
                    t,
                    "MASTER",
                    "info",
                    "Purging orphaned upload files...",
                    ["Purging orphaned upload files..."],
                )
                L(
                    h,
                    t1 + sec(r.uniform(0.004, 0.03)),
                    "MASTER",
                    "info",
                    "Purging orphaned upload files: [ COMPLETED ]",
                    ["Purging orphaned upload files: [ COMPLETED ]"],
                )
            t += sec(900)
        t = at(6, 0) + sec(s_off - 300)
        while t < at(12, 0):
            if t >= at(6, 0):
                t1 = L(
                    h,
                    t,
                    "MASTER",
                    "info",
                    "Syncing with storage target %s...",
                    ["Syncing with storage target git..."],
                )
                if db_down[0] - sec(1) <= t < db_down[1] - sec(60):
                    t2 = L(
                        h,
                        t1 + sec(60 + r.uniform(0.001, 0.02)),
                        "MASTER",
                        "error",
                        "Syncing with storage target %s: [ FAILED ]",
                        ["Syncing with storage target git: [ FAILED ]"],
                    )
                    L(h, t2 + sec(0.001), "MASTER", "error", WJ_KNEX, [WJ_KNEX])
                else:
                    t2 = L(
                        h,
                        t1 + sec(r.uniform(0.02, 0.08)),
                        "MASTER",
                        "info",
                        "(STORAGE/GIT) Performing pull rebase from origin on branch %s...",
                        ["(STORAGE/GIT) Performing pull rebase from origin on branch main..."],
                    )
                    if git_down[0] <= t < git_down[1]:
                        t3 = L(
                            h,
                            t2 + sec(r.uniform(130.5, 131.5)),
                            "MASTER",
                            "error",
                            "Syncing with storage target %s: [ FAILED ]",
                            ["Syncing with storage target git: [ FAILED ]"],
                        )
                        L(
                            h,
                            t3 + sec(0.001),
                            "MASTER",
                            "error",
                            "ssh: connect to host %s port %d: Connection timed out",
                            WJ_GIT_ERR,
                        )
                    else:
                        t3 = L(
                            h,
                            t2 + sec(r.uniform(0.6, 1.8)),
                            "MASTER",
                            "info",
                            "(STORAGE/GIT) Performing push to origin on branch %s...",
                            ["(STORAGE/GIT) Performing push to origin on branch main..."],
                        )
                        L(
                            h,
                            t3 + sec(r.uniform(0.5, 2.2)),
                            "MASTER",
                            "info",
                            "Syncing with storage target %s: [ COMPLETED ]",
                            ["Syncing with storage target git: [ COMPLETED ]"],
                        )
            t += sec(300)

    page_ids = {p: i for i, p in enumerate(WJ_PAGES, start=r.randint(2, 5))}
    next_id = 412
    pages = list(WJ_PAGES)

    def loc(p: str) -> str:
        return "de" if p.startswith("hr/") and r.random() < 0.3 else "en"

    # edits, busier in office hours
    rates = [(at(6, 0), at(7, 30), 260.0), (at(7, 30), at(12, 0), 62.0)]
    edits: list[datetime] = []
    for a, b, mean in rates:
        edits += poisson(r, a, b, mean)
    for t in edits:
        if db_down[0] + sec(1) <= t < db_down[1]:
            continue
        h = r.choice(hosts)
        p = r.choice(pages[:12]) if r.random() < 0.55 else r.choice(pages)
        pid = page_ids[p]
        dbfail = db_down[0] - sec(25) <= t < db_down[0] + sec(1)
        t1 = render(h, t, pid, dbfail)
        if dbfail:
            continue
        t2 = L(
            h,
            t1 + sec(r.uniform(0.01, 0.05)),
            "MASTER",
            "info",
            "(STORAGE/GIT) Committing updated file [%s] %s...",
            [f"(STORAGE/GIT) Committing updated file [{loc(p)}] {p}..."],
        )
        event(h, t2, "deletePageFromCache")
    for p, t in zip(
        WJ_NEW, sorted(r.sample(poisson(r, at(7, 30), at(12, 0), 600), len(WJ_NEW))), strict=False
    ):
        if db_down[0] <= t < db_down[1]:
            t = db_down[1] + sec(r.uniform(30, 300))
        h = r.choice(hosts)
        page_ids[p] = next_id
        next_id += 1
        pages.append(p)
        t1 = render(h, t, page_ids[p])
        t2 = L(
            h,
            t1 + sec(r.uniform(0.01, 0.05)),
            "MASTER",
            "info",
            "(STORAGE/GIT) Committing new file [%s] %s...",
            [f"(STORAGE/GIT) Committing new file [en] {p}..."],
        )
        tree(h, t2 + sec(r.uniform(0.01, 0.1)))
    for a, t in zip(WJ_ASSETS, sorted(poisson(r, at(7, 40), at(11, 50), 1500)), strict=False):
        if db_down[0] <= t < db_down[1]:
            continue
        L(
            r.choice(hosts),
            t,
            "MASTER",
            "info",
            "(STORAGE/GIT) Committing new file %s...",
            [f"(STORAGE/GIT) Committing new file {a}..."],
        )
    moves = [
        (
            "ops/runbooks/postgres-failover",
            "ops/runbooks/patroni/postgres-failover",
            at(10, 51, 12),
        ),
        ("it/printers/floor-3", "it/printers/building-b-floor-3", at(11, 2, 40)),
        ("dev/adr/0008-feature-flags", "dev/adr/accepted/0008-feature-flags", at(11, 33, 5)),
    ]
    for src, dst, t in moves:
        h = r.choice(hosts)
        t1 = L(
            h,
            t,
            "MASTER",
            "info",
            "(STORAGE/GIT) Committing file move from [%s] %s to [%s] %s...",
            [f"(STORAGE/GIT) Committing file move from [en] {src} to [en] {dst}..."],
        )
        t2 = tree(h, t1 + sec(r.uniform(0.05, 0.2)))
        event(h, t2, "deletePageFromCache")
    for p, t in [
        ("meetings/2024/06/all-hands", at(7, 48, 31)),
        ("sales/pricing/2024", at(10, 6, 52)),
    ]:
        h = r.choice(hosts)
        t1 = L(
            h,
            t,
            "MASTER",
            "info",
            "(STORAGE/GIT) Committing removed file [%s] %s...",
            [f"(STORAGE/GIT) Committing removed file [en] {p}..."],
        )
        t2 = tree(h, t1 + sec(r.uniform(0.05, 0.2)))
        event(h, t2, "deletePageFromCache")
    return fs.logs(at(6, 0))


# -------------------------------------------------------------------------------- etherpad

EP_BASE = "/opt/etherpad-lite"
EP_APIKEY = "3f1c9e0a7b2d4c6e8f5a1b3c5d7e9f0a2c4e6a8b0d1f3a5c7e9b2d4f6a8c0e1d"
EP_MOODLE_PADS = [
    ("Grundlagen der Informatik", "gdi-uebung-07"),
    ("Lineare Algebra I", "la1-tutorium-gruppe-b"),
    ("Software Engineering", "se-retro-sprint-4"),
    ("Datenbanken", "db-sql-sammlung"),
    ("Wissenschaftliches Arbeiten", "wa-gliederung"),
]
EP_PUBLIC = [
    "standup-2024-06-07",
    "fachschaft-sitzung-protokoll",
    "it-service-changelog",
    "mensa-feedback",
    "lehrstuhl-termine-sommer",
]
EP_NAMES = [
    "Anna Keller",
    "Ben Hofmann",
    "Clara Wagner",
    "David Roth",
    "Emre Yilmaz",
    "Fiona Meyer",
    "Greta Lang",
    "Hannes Vogt",
    "Ines Baumann",
    "Jonas Krause",
    "Katrin Weber",
    "Lukas Frank",
    "Maja Braun",
    "Nils Hahn",
    "Olga Richter",
    "Paul Schmitt",
    "Quentin Busch",
    "Rana Aziz",
    "Sophie Koch",
    "Tim Neumann",
    "Ulla Peters",
    "Viktor Lorenz",
    "Wiebke Sommer",
    "Xaver Huber",
    "Yara Haas",
    "Zoe Schubert",
]


def ep_sock(r: random.Random) -> str:
    return alnum(r, 18).replace("0", "-") + "AA"


def etherpad(r: random.Random) -> list[Log]:
    """One Etherpad 1.9.7 (PostgreSQL via ueberDB, log4js's file appender:
    `/var/log/etherpad/etherpad.log`) behind nginx at a university, 06:00 to 12:00: Moodle's
    Etherpad activities (the HTTP API's `REQUEST, v1.3.0:%s, %s` and `RESPONSE, %s, %s` for
    createAuthorIfNotExistsFor and createSession before each student enters a group pad), the
    access log's `[ENTER]`, `[CREATE]` and `[LEAVE]` lines, public pads, the admin's session, a
    lecture hall behind one NAT address rate-limited at 08:12-08:30, a handful of rejected
    changesets with their stacks, PostgreSQL restarted under it at 08:47 (the crash with its
    metrics dump, three failed starts while the database is down, the start that works), and a
    scanner guessing the admin password 10:30-10:44."""
    fs = Files()
    T = 1000
    state = {"pid": 1, "up": True}

    def L(t: datetime, level: str, cat: str, label: str | None, lines: list[str]) -> datetime:
        return fs.add(
            "etherpad.log",
            t,
            label,
            lambda x: [
                f"[{x:%Y-%m-%dT%H:%M:%S}.{ms3(x)}] [{level}] {cat} - {lines[0]}",
                *lines[1:],
            ],
            state["pid"],
            T,
        )

    crash = at(8, 47, 21.384)
    starts = [at(8, 47, 33.127), at(8, 47, 51.409), at(8, 48, 9.218), at(8, 48, 42.655)]
    db_back = at(8, 48, 40)
    down = (crash, starts[-1] + sec(3))

    def startup(t: datetime, ok: bool) -> datetime:
        t = L(
            t,
            "INFO",
            "settings",
            "All relative paths will be interpreted relative to the identified Etherpad base dir: %s",
            [
                f"All relative paths will be interpreted relative to the identified Etherpad base dir: {EP_BASE}"
            ],
        )
        t = L(
            t + sec(r.uniform(0.002, 0.009)),
            "INFO",
            "settings",
            "settings loaded from: %s",
            [f"settings loaded from: {EP_BASE}/settings.json"],
        )
        t = L(
            t + sec(r.uniform(0.0005, 0.003)),
            "INFO",
            "settings",
            "No credentials file found in %s. Ignoring.",
            [f"No credentials file found in {EP_BASE}/credentials.json. Ignoring."],
        )
        t = L(
            t + sec(r.uniform(0.22, 0.41)),
            "INFO",
            "server",
            "Starting Etherpad...",
            ["Starting Etherpad..."],
        )
        if not ok:
            err = r.choice(["10.20.0.31"])
            t = L(
                t + sec(r.uniform(0.01, 0.04)),
                "ERROR",
                "server",
                "Error occurred while starting Etherpad",
                ["Error occurred while starting Etherpad"],
            )
            t = metrics(t + sec(r.uniform(0.0005, 0.003)), True)
            t = L(
                t + sec(r.uniform(0.0005, 0.003)),
                "ERROR",
                "server",
                "Error: connect ECONNREFUSED %s",
                [
                    f"Error: connect ECONNREFUSED {err}:5432",
                    "    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)",
                ],
            )
            t = L(t + sec(r.uniform(0.0005, 0.003)), "INFO", "server", "Exiting...", ["Exiting..."])
            return L(
                t + sec(r.uniform(0.0005, 0.003)),
                "INFO",
                "server",
                "Waiting for Node.js to exit...",
                ["Waiting for Node.js to exit..."],
            )
        t = L(
            t + sec(r.uniform(0.3, 0.6)),
            "INFO",
            "server",
            "Installed plugins: %s",
            [
                "Installed plugins: ep_headings2@0.2.60, ep_align@0.3.96, ep_comments_page@10.0.3, ep_font_size@0.4.52"
            ],
        )
        t = L(
            t + sec(r.uniform(0.03, 0.08)),
            "INFO",
            "console",
            "Report bugs at https://github.com/ether/etherpad-lite/issues",
            ["Report bugs at https://github.com/ether/etherpad-lite/issues"],
        )
        t = L(
            t + sec(r.uniform(0.0005, 0.003)),
            "INFO",
            "console",
            "Your Etherpad version is %s (%s)",
            ["Your Etherpad version is 1.9.7 (b75c54c)"],
        )
        t = L(
            t + sec(r.uniform(0.01, 0.04)),
            "INFO",
            "http",
            "HTTP server listening for connections",
            ["HTTP server listening for connections"],
        )
        t = L(
            t + sec(r.uniform(0.0005, 0.003)),
            "INFO",
            "console",
            "You can access your Etherpad instance at http://%s:%d/",
            ["You can access your Etherpad instance at http://127.0.0.1:9001/"],
        )
        return L(
            t + sec(r.uniform(0.001, 0.006)),
            "INFO",
            "server",
            "Etherpad is running",
            ["Etherpad is running"],
        )

    def metrics(t: datetime, early: bool) -> datetime:
        up = 0 if early else 1
        body = {
            "httpStartTime": int(at(5, 12, 4).timestamp() * 1000) if up else None,
            "memoryUsage": r.randint(150_000_000, 260_000_000),
            "memoryUsageHeap": r.randint(60_000_000, 120_000_000),
            "ueberdb_writesFinished": r.randint(20000, 90000) * up,
            "ueberdb_writesFailed": 0,
            "ueberdb_lockAwaits": r.randint(0, 40) * up,
            "totalUsers": r.randint(30, 60) * up,
            "activePads": r.randint(8, 15) * up,
            "connects": {
                "mean": round(r.uniform(0.01, 0.05), 6) * up,
                "count": r.randint(300, 900) * up,
                "currentRate": round(r.uniform(0.0, 0.3), 6) * up,
                "1MinuteRate": round(r.uniform(0.0, 0.3), 6) * up,
                "5MinuteRate": round(r.uniform(0.0, 0.3), 6) * up,
                "15MinuteRate": round(r.uniform(0.0, 0.3), 6) * up,
            },
            "failedChangesets": {"mean": 0.0, "count": r.randint(0, 5) * up},
        }
        if early:
            body = {
                k: v
                for k, v in body.items()
                if k in ("memoryUsage", "memoryUsageHeap", "ueberdb_writesFailed")
            }
        text = json.dumps(body, indent=2).replace("NaN", "null").split("\n")
        return L(
            t,
            "ERROR",
            "server",
            "Metrics at time of fatal error:",
            ["Metrics at time of fatal error:", *text],
        )

    # the crash and the restarts
    t = metrics(crash, False)
    t = L(
        t + sec(0.002),
        "ERROR",
        "server",
        "Error: Connection terminated unexpectedly",
        [
            "Error: Connection terminated unexpectedly",
            f"    at Connection.<anonymous> ({EP_BASE}/src/node_modules/pg/lib/client.js:132:73)",
            "    at Object.onceWrapper (node:events:633:28)",
            "    at Connection.emit (node:events:519:28)",
            f"    at Socket.<anonymous> ({EP_BASE}/src/node_modules/pg/lib/connection.js:62:12)",
            "    at Socket.emit (node:events:519:28)",
            "    at TCP.<anonymous> (node:net:338:12)",
        ],
    )
    t = L(t + sec(0.001), "INFO", "server", "Exiting...", ["Exiting..."])
    t = L(t + sec(0.001), "INFO", "server", "Stopping Etherpad...", ["Stopping Etherpad..."])
    t = L(t + sec(0.012), "INFO", "server", "Etherpad stopped", ["Etherpad stopped"])
    L(
        t + sec(0.001),
        "INFO",
        "server",
        "Waiting for Node.js to exit...",
        ["Waiting for Node.js to exit..."],
    )
    for st in starts:
        state["pid"] += 1
        startup(st, st > db_back)
    final = state["pid"]

    def pid_at(t: datetime) -> int:
        return 1 if t < crash else final

    def Lp(t: datetime, level: str, cat: str, label: str, lines: list[str]) -> datetime:
        old = state["pid"]
        state["pid"] = pid_at(t)
        try:
            return L(t, level, cat, label, lines)
        finally:
            state["pid"] = old

    def enter(
        t: datetime,
        pad: str,
        ip: str,
        author: str,
        dur: float,
        create: bool = False,
        user: str = "",
    ) -> None:
        if down[0] - sec(dur) <= t < down[1]:
            return
        sock = ep_sock(r)
        kind = "CREATE" if create else "ENTER"
        tail = f" username:{user}" if user else ""
        lab_tail = " username:%s" if user else ""
        Lp(
            t,
            "INFO",
            "access",
            f"[{kind}] pad:%s socket:%s IP:%s authorID:%s{lab_tail}",
            [f"[{kind}] pad:{pad} socket:{sock} IP:{ip} authorID:{author}{tail}"],
        )
        Lp(
            t + sec(dur),
            "INFO",
            "access",
            f"[LEAVE] pad:%s socket:%s IP:%s authorID:%s{lab_tail}",
            [f"[LEAVE] pad:{pad} socket:{sock} IP:{ip} authorID:{author}{tail}"],
        )

    authors: dict[str, str] = {}

    def author_of(name: str) -> str:
        if name not in authors:
            authors[name] = "a." + alnum(r, 16)
        return authors[name]

    def api(t: datetime, func: str, fields: dict, data: dict | None) -> datetime:
        req = {"apikey": EP_APIKEY, **fields}
        t = Lp(
            t,
            "INFO",
            "API",
            "REQUEST, v%s:%s, %s",
            [
                f"REQUEST, v1.3.0:{func}, {json.dumps(req, separators=(',', ':'), ensure_ascii=False)}"
            ],
        )
        if data is None:
            return t
        resp = {"code": 0, "message": "ok", "data": data}
        return Lp(
            t + sec(r.uniform(0.003, 0.03)),
            "INFO",
            "API",
            "RESPONSE, %s, %s",
            [f"RESPONSE, {func}, {json.dumps(resp, separators=(',', ':'), ensure_ascii=False)}"],
        )

    groups = {course: "g." + alnum(r, 16) for course, _ in EP_MOODLE_PADS}
    student_ips = [f"141.20.{r.randint(40, 200)}.{r.randint(2, 250)}" for _ in range(40)] + [
        f"89.{r.randint(10, 250)}.{r.randint(0, 255)}.{r.randint(1, 254)}" for _ in range(25)
    ]
    hall_nat = "141.20.5.1"
    created: set[str] = set()

    def moodle_view(t: datetime, name: str, course: str, pad: str, ip: str) -> None:
        if down[0] - sec(2) <= t < down[1]:
            return
        gid = groups[course]
        aid = author_of(name)
        t = api(
            t,
            "createAuthorIfNotExistsFor",
            {"name": name, "authorMapper": str(1000 + EP_NAMES.index(name))},
            {"authorID": aid},
        )
        t = api(
            t + sec(r.uniform(0.01, 0.05)),
            "createSession",
            {
                "groupID": gid,
                "authorID": aid,
                "validUntil": str(int((t.timestamp() // 3600 + 4) * 3600)),
            },
            {"sessionID": "s." + hexid(r, 16)},
        )
        full = f"{gid}${pad}"
        enter(
            t + sec(r.uniform(0.4, 2.5)),
            full,
            ip,
            aid,
            r.uniform(120, 3000),
            create=full not in created,
        )
        created.add(full)

    # lectures and tutorials using the Moodle activities
    sessions = [
        (at(8, 10), at(9, 35), 0, 55.0),
        (at(8, 15), at(9, 40), 1, 90.0),
        (at(10, 10), at(11, 40), 2, 85.0),
        (at(10, 15), at(11, 45), 3, 110.0),
        (at(6, 30), at(12, 0), 4, 900.0),
    ]
    for a, b, ci, mean in sessions:
        course, pad = EP_MOODLE_PADS[ci]
        for t in poisson(r, a, b, mean):
            name = r.choice(EP_NAMES)
            ip = hall_nat if ci == 0 and r.random() < 0.7 else r.choice(student_ips)
            moodle_view(t, name, course, pad, ip)
    # a teacher's grading view: getText for a pad that was deleted (no RESPONSE: apierror)
    for t in [at(11, 50, 3), at(11, 50, 41)]:
        api(t, "getText", {"padID": f"{groups['Datenbanken']}$db-sql-sammlung-alt"}, None)
    # public pads
    for t in poisson(r, at(6, 0), at(12, 0), 95):
        pad = r.choice(EP_PUBLIC)
        ip = r.choice([*student_ips[:20], "192.0.2.44", "198.51.100.7", "203.0.113.90"])
        name = r.choice(EP_NAMES)
        enter(
            t, pad, ip, author_of(name + " (web)"), r.uniform(30, 1800), create=pad not in created
        )
        created.add(pad)
    # the admin
    admin_ip = "141.20.33.17"
    for t in [at(7, 5, 11), at(9, 2, 40)]:
        Lp(
            t,
            "INFO",
            "http",
            "Successful authentication from IP %s for user %s",
            [f"Successful authentication from IP {admin_ip} for user admin"],
        )
        for k in range(r.randint(2, 4)):
            enter(
                t + sec(20 + 90 * k + r.uniform(0, 40)),
                r.choice(EP_PUBLIC),
                admin_ip,
                author_of("admin"),
                r.uniform(20, 80),
                user="admin",
            )
    # the lecture hall's NAT address rate-limited
    for t in poisson(r, at(8, 12, 30), at(8, 30), 9):
        Lp(
            t,
            "WARN",
            "message",
            "Rate limited IP %s. To reduce the amount of rate limiting that happens edit the rateLimit values in settings.json",
            [
                f"Rate limited IP {hall_nat}. To reduce the amount of rate limiting that happens edit the rateLimit values in settings.json"
            ],
        )
    # rejected changesets
    for t in sorted(poisson(r, at(8, 20), at(11, 40), 1500))[:7]:
        if down[0] <= t < down[1]:
            continue
        course, pad = r.choice(EP_MOODLE_PADS[:4])
        aid = author_of(r.choice(EP_NAMES))
        sock = ep_sock(r)
        stack = [
            f"    at handleUserChanges ({EP_BASE}/src/node/handler/PadMessageHandler.js:646:13)",
            "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
            f"    at async {EP_BASE}/src/node/handler/PadMessageHandler.js:291:7",
            f"    at async Object.handleMessage ({EP_BASE}/src/node/handler/PadMessageHandler.js:304:3)",
        ]
        if r.random() < 0.7:
            old = r.randint(300, 9000)
            cs = f"Z:{old + 2:x}>1={r.randint(1, 40):x}*0+1${r.choice('aehnrst')}"
            first = f"Error: Can't apply USER_CHANGES {cs} with oldLen {old} to document of length {old + 2}"
            lab = "Failed to apply USER_CHANGES from author %s (socket %s) on pad %s: Error: Can't apply USER_CHANGES %s with oldLen %d to document of length %d"
        else:
            n = r.randint(40, 90)
            cs = f"Z:{r.randint(300, 900):x}>3*{n}+3$abc"
            first = f"Error: Attribute pool is missing attribute {n} for changeset {cs}"
            lab = "Failed to apply USER_CHANGES from author %s (socket %s) on pad %s: Error: Attribute pool is missing attribute %d for changeset %s"
        Lp(
            t,
            "WARN",
            "message",
            lab,
            [
                f"Failed to apply USER_CHANGES from author {aid} (socket {sock}) on pad {groups[course]}${pad}: {first}",
                *stack,
            ],
        )
    # a scanner guessing the admin's basic auth
    scanner = "79.124.62.86"
    for t in poisson(r, at(10, 30, 5), at(10, 44, 30), 16):
        Lp(
            t,
            "INFO",
            "http",
            "Failed authentication from IP %s",
            [f"Failed authentication from IP {scanner}"],
        )
    return fs.logs(at(6, 0))


# --------------------------------------------------------------------------- joplin-server

JO_KNEX_STACK = [
    "    at Client_PG.acquireConnection (/home/joplin/packages/server/node_modules/knex/lib/client.js:312:26)",
    "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
    "    at async Runner.ensureConnection (/home/joplin/packages/server/node_modules/knex/lib/execution/runner.js:287:28)",
    "    at async Runner.run (/home/joplin/packages/server/node_modules/knex/lib/execution/runner.js:30:19)",
    "    at async SessionModel.sessionUser (/home/joplin/packages/server/dist/models/SessionModel.js:20:25)",
    "    at async default_1 (/home/joplin/packages/server/dist/middleware/ownerHandler.js:10:19)",
]
JO_TASKS = [
    # id, description, minute, hours (None: every hour)
    (1, "Delete expired tokens", 0, [6]),
    (6, "Delete expired sessions", 0, [6]),
    (2, "Update total sizes", 0, None),
    (8, "Process user deletions", 10, None),
    (10, "Process orphaned items", 15, None),
    (3, "Process oversized accounts", 30, [6, 8, 10]),
]


def joplin_server(r: random.Random) -> list[Log]:
    """Joplin Server 2.14 in Docker (`docker logs` of the app container; PostgreSQL in another
    container), a small company's notes, 06:00 to 12:00: four desktop clients syncing every
    five minutes while their owners work and two phones when opened (`GET
    /api/items/root:/info.json:/content`, the sync lock's `GET` / `POST /api/locks`, `GET
    /api/items/root:/:/delta`, `DELETE /api/locks/%s`, and the notes and attachments each side
    changed), Uptime Kuma's `GET /api/ping` every minute, TaskService's scheduled tasks, one
    user's 310 MB screen recording refused on every sync from 09:14 (413), PostgreSQL's
    container restarted by Watchtower 08:52:10-08:55:40 (requests failing after Knex's 60 s
    acquire timeout, the error with its stack and properties), and a password-guessing run on
    `POST /api/sessions` 10:20-10:41 (403 until the limiter answers 429)."""
    fs = Files()
    RES = 1_000_000

    def L(t: datetime, level: str, prefix: str, label: str, lines: list[str]) -> datetime:
        lv = "" if level == "info" else f"[{level}] "
        return fs.add(
            "joplin-server.log",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%d %H:%M:%S}: {lv}{prefix}: {lines[0]}", *lines[1:]],
            "app",
            RES,
        )

    def req(t: datetime, method: str, path: str, lpath: str, status: int, ms: int) -> datetime:
        return L(
            t,
            "info",
            "App",
            f"{method} {lpath} ({status}) (%dms)",
            [f"{method} {path} ({status}) ({ms}ms)"],
        )

    db_down = (at(8, 52, 10), at(8, 55, 40))
    devices = [
        # owner, client type, ip, online windows, sync period (s)
        ("anna", "desktop", "198.51.100.23", [(at(7, 2), at(11, 58))], 300),
        ("ben", "desktop", "203.0.113.71", [(at(7, 41), at(12, 0))], 300),
        ("clara", "desktop", "198.51.100.140", [(at(8, 5), at(12, 0))], 300),
        ("david", "desktop", "192.0.2.17", [(at(6, 12), at(9, 30)), (at(10, 50), at(12, 0))], 300),
        ("anna", "mobile", "100.64.12.9", [(at(6, 0), at(12, 0))], 1300),
        ("clara", "mobile", "100.64.40.201", [(at(6, 0), at(12, 0))], 1700),
    ]
    owner_ids = {o: alnum(r, 22) for o in ("anna", "ben", "clara", "david")}
    notes = {o: [hexid(r, 32) for _ in range(40)] for o in owner_ids}
    big = hexid(r, 32)
    big_from = at(9, 14, 30)

    def sync(t: datetime, owner: str, ctype: str, ip: str, cid: str, uploads: int) -> None:
        if db_down[0] <= t < db_down[1] - sec(60):
            t = req(
                t + sec(60),
                "GET",
                "/api/items/root:/info.json:/content",
                "/api/items/root:/info.json:/content",
                500,
                60000 + r.randint(1, 9),
            )
            L(
                t - sec(1),
                "error",
                "App",
                "%s KnexTimeoutError: Knex: Timeout acquiring a connection. The pool is probably full. Are you missing a .transacting(trx) call?",
                [
                    f"{ip} KnexTimeoutError: Knex: Timeout acquiring a connection. The pool is probably full. Are you missing a .transacting(trx) call?",
                    *JO_KNEX_STACK,
                    "    at async default_1 (/home/joplin/packages/server/dist/middleware/routeHandler.js:17:47) {",
                    '  sql: \'select "user_id" from "sessions" where "id" = ? limit ?\',',
                    f"  bindings: [ '{alnum(r, 32)}', 1 ]",
                    "}",
                ],
            )
            return
        t = req(
            t,
            "GET",
            "/api/items/root:/info.json:/content",
            "/api/items/root:/info.json:/content",
            200,
            r.randint(3, 19),
        )
        t = req(
            t + sec(r.uniform(0.1, 0.4)), "GET", "/api/locks", "/api/locks", 200, r.randint(2, 9)
        )
        t = req(
            t + sec(r.uniform(0.05, 0.3)), "POST", "/api/locks", "/api/locks", 200, r.randint(4, 22)
        )
        mine = notes[owner]
        for _ in range(uploads):
            nid = r.choice(mine)
            t = req(
                t + sec(r.uniform(0.05, 0.5)),
                "PUT",
                f"/api/items/root:/{nid}.md:/content",
                "/api/items/root:/%s.md:/content",
                200,
                r.randint(9, 60),
            )
        if owner == "clara" and ctype == "desktop" and t >= big_from:
            t = L(
                t + sec(r.uniform(0.5, 3)),
                "error",
                "App",
                '413: PUT /api/items/root:/.resource/%s:/content: %s: Cannot save attachment "%s" because it is larger than the allowed limit (%s)',
                [
                    f'413: PUT /api/items/root:/.resource/{big}:/content: {owner_ids[owner]}: Cannot save attachment "Screen Recording 2024-06-07 at 09.11.42.mov" because it is larger than the allowed limit (200 MB)'
                ],
            )
            t = req(
                t,
                "PUT",
                f"/api/items/root:/.resource/{big}:/content",
                "/api/items/root:/.resource/%s:/content",
                413,
                r.randint(2900, 6400),
            )
        elif r.random() < 0.06:
            t = req(
                t + sec(r.uniform(0.1, 0.5)),
                "PUT",
                f"/api/items/root:/.resource/{hexid(r, 32)}:/content",
                "/api/items/root:/.resource/%s:/content",
                200,
                r.randint(40, 900),
            )
        if r.random() < 0.05:
            t = req(
                t + sec(r.uniform(0.05, 0.3)),
                "DELETE",
                f"/api/items/root:/{r.choice(mine)}.md:",
                "/api/items/root:/%s.md:",
                200,
                r.randint(5, 30),
            )
        t = req(
            t + sec(r.uniform(0.05, 0.3)),
            "GET",
            "/api/items/root:/:/delta",
            "/api/items/root:/:/delta",
            200,
            r.randint(6, 80),
        )
        # download what the other devices changed
        for _ in range(r.choice([0, 0, 0, 1, 1, 2, 3])):
            t = req(
                t + sec(r.uniform(0.05, 0.3)),
                "GET",
                f"/api/items/root:/{r.choice(mine)}.md:/content",
                "/api/items/root:/%s.md:/content",
                200,
                r.randint(3, 25),
            )
        if r.random() < 0.04:
            t = req(
                t + sec(r.uniform(0.05, 0.3)),
                "GET",
                f"/api/items/root:/.resource/{hexid(r, 32)}:/content",
                "/api/items/root:/.resource/%s:/content",
                200,
                r.randint(20, 700),
            )
        req(
            t + sec(r.uniform(0.05, 0.3)),
            "DELETE",
            f"/api/locks/1_{ctype}_{cid}",
            "/api/locks/%s",
            200,
            r.randint(2, 12),
        )

    for owner, ctype, ip, windows, period in devices:
        cid = hexid(r, 32)
        for a, b in windows:
            t = a + sec(r.uniform(5, 60))
            if ctype == "mobile":
                t = a + sec(r.uniform(0, period))
            while t < b:
                edits = (
                    r.choice([0, 0, 0, 1, 1, 2, 3]) if ctype == "desktop" else r.choice([0, 0, 1])
                )
                sync(t, owner, ctype, ip, cid, edits)
                t += sec(
                    period + r.uniform(-3, 3)
                    if ctype == "desktop"
                    else r.expovariate(1 / period) + 60
                )
    # a phone signs in again after the app was reinstalled
    req(at(7, 18, 44), "POST", "/api/sessions", "/api/sessions", 200, 96)
    # Uptime Kuma
    t = at(6, 0, 23)
    while t < at(12, 0):
        req(t, "GET", "/api/ping", "/api/ping", 200, r.choice([0, 1, 1, 1, 2]))
        t += sec(60)
    # TaskService
    for tid, desc, minute, hours in JO_TASKS:
        for h in hours or range(6, 12):
            t = at(h, minute, 0)
            if db_down[0] <= t < db_down[1]:
                continue
            t = L(
                t,
                "info",
                "TaskService",
                "Running #%d (%s) (scheduled)...",
                [f"Running #{tid} ({desc}) (scheduled)..."],
            )
            L(
                t + sec(r.uniform(0.01, 3.5)),
                "info",
                "TaskService",
                "Completed #%d (%s) in %dms",
                [f"Completed #{tid} ({desc}) in {r.randint(4, 3400)}ms"],
            )
    # the password-guessing run, three tries per 30 s before the limiter answers
    bot = "80.94.95.214"
    window: list[datetime] = []
    for t in poisson(r, at(10, 20, 7), at(10, 41, 30), 6.5):
        window = [w for w in window if (t - w).total_seconds() < 30]
        if len(window) < 3:
            window.append(t)
            t = L(
                t + sec(r.uniform(0.05, 0.2)),
                "error",
                "App",
                "403: POST /api/sessions: %s: Invalid username or password",
                [f"403: POST /api/sessions: {bot}: Invalid username or password"],
            )
            req(t, "POST", "/api/sessions", "/api/sessions", 403, r.randint(60, 110))
        else:
            wait = 30 - int((t - window[0]).total_seconds())
            t = L(
                t,
                "error",
                "App",
                "429: POST /api/sessions: %s: Too many login attempts. Please try again in %d seconds.",
                [
                    f"429: POST /api/sessions: {bot}: Too many login attempts. Please try again in {max(wait, 1)} seconds."
                ],
            )
            req(t, "POST", "/api/sessions", "/api/sessions", 429, r.randint(0, 2))
    return fs.logs(at(6, 0))


# --------------------------------------------------------------------------------- trilium

TR_CHECK_STACK = "/usr/lib/trilium/resources/app.asar/src/services"


def tr_appinfo(
    ver: str, db: int, sync: int, build: str, rev: str, data_dir: str, now: datetime
) -> list[str]:
    info = {
        "appVersion": ver,
        "dbVersion": db,
        "nodeVersion": "v18.18.2" if ver.startswith("0.62") else "v20.11.1",
        "syncVersion": sync,
        "buildDate": build,
        "buildRevision": rev,
        "dataDirectory": data_dir,
        "clipperProtocolVersion": "1.0",
        "utcDateTime": f"{now:%Y-%m-%dT%H:%M:%S}.{ms3(now)}Z",
    }
    return json.dumps(info, indent=2).split("\n")


def trilium(r: random.Random) -> list[Log]:
    """A Trilium sync server (the server build in Docker behind nginx, `trilium-data/log/`) and
    one desktop client syncing to it (a laptop's Trilium, its own log), the day's
    `trilium-2024-06-07.log` of each, 06:00 to 12:00: the laptop asleep until 07:42, then its
    sync every minute (`Nothing to push`, `Pushing %d sync changes in %dms`, `Pulled ...`,
    `Finished pull`; on the server the requests `POST /api/login/sync`, `PUT /api/sync/update`,
    `GET /api/sync/changed?lastEntityChangeId=%d`, `POST /api/sync/finished` and `GET
    /api/sync/check`, the last often with Trilium's `Slow ` prefix), its note edits
    (`PUT /api/notes/%s/data`, `GET /api/notes/%s/blob`), a phone editing through the server's
    web UI before, hourly consistency checks, the daily backup, the server upgraded from 0.62.6
    to 0.63.7 at 09:30 (the laptop's `No connection to sync server.` while nginx answers 502, its
    start-up with the backup, six migrations and the app info over eleven lines, then every sync
    failing on the sync version over seven lines until the laptop is upgraded at 10:24 with the
    same migrations), and someone guessing the web login's password 11:05-11:19."""
    fs = Files()
    T = 1000
    SRV, LAP = "server-trilium-2024-06-07.log", "laptop-trilium-2024-06-07.log"
    proc = {SRV: "srv1", LAP: "lap1"}

    def L(f: str, t: datetime, label: str | None, lines: list[str]) -> datetime:
        return fs.add(
            f,
            t,
            label,
            lambda x: [f"{x:%H:%M:%S}.{ms3(x)} {lines[0]}", *lines[1:]],
            (f, proc[f]),
            T,
        )

    def request(
        f: str, t: datetime, status: int, method: str, url: str, lurl: str, nbytes: int, took: int
    ) -> datetime:
        slow = "Slow " if took >= 10 else ""
        return L(
            f,
            t,
            f"{slow}{status} {method} {lurl} with %s bytes took %sms",
            [f"{slow}{status} {method} {url} with {nbytes} bytes took {took}ms"],
        )

    def startup(
        f: str, t: datetime, port: int, data_dir: str, cpu: str, cores: int, mhz: int
    ) -> datetime:
        t = L(
            f,
            t,
            "DB size: %s KB",
            [f"DB size: {r.randint(61000, 64000) if f == SRV else r.randint(58000, 61000)} KB"],
        )
        t = L(
            f,
            t + sec(r.uniform(0.3, 0.9)),
            "Created backup at %s",
            [f"Created backup at {data_dir}/backup/backup-before-migration.db"],
        )
        for v in range(215, 221):
            t = L(
                f,
                t + sec(r.uniform(0.005, 0.03)),
                "Attempting migration to version %s",
                [f"Attempting migration to version {v}"],
            )
            t = L(
                f,
                t + sec(r.uniform(0.02, 1.4)),
                "Migration to version %s has been successful.",
                [f"Migration to version {v} has been successful."],
            )
        now = t + sec(r.uniform(0.2, 0.5))
        t = L(
            f,
            now,
            "%s",
            tr_appinfo(
                "0.63.7",
                220,
                33,
                "2024-05-25T21:19:29+02:00",
                "f8a2b3c5e1d6a9b0c7e4f2d8a1b5c3e7f9d0a2b4",
                data_dir,
                now,
            ),
        )
        t = L(
            f,
            t + sec(0.001),
            "CPU model: %s, logical cores: %s freq: %s Mhz",
            [f"CPU model: {cpu}, logical cores: {cores} freq: {mhz} Mhz"],
        )
        t = L(f, t + sec(0.01), "Trusted reverse proxy: %s", ["Trusted reverse proxy: false"])
        t = L(
            f,
            t + sec(0.001),
            "App HTTP server starting up at port %s",
            [f"App HTTP server starting up at port {port}"],
        )
        t = L(f, t + sec(0.01), "Listening on port %s", [f"Listening on port {port}"])
        t = L(
            f,
            t + sec(r.uniform(0.3, 0.9)),
            "Becca (note cache) load took %sms",
            [f"Becca (note cache) load took {r.randint(380, 760)}ms"],
        )
        return t

    upgrade = at(9, 30, 5)
    srv_up = at(9, 31, 12.184)
    lap_quit, lap_up = at(10, 23, 40.3), at(10, 24, 31.412)
    lap_awake = at(7, 42, 10)
    srv_dir, lap_dir = "/home/node/trilium-data", "/home/jonas/.local/share/trilium-data"

    # the server's start-up after the upgrade
    proc[SRV] = "srv2"
    startup(SRV, srv_up, 8080, srv_dir, "Intel(R) Xeon(R) E-2236 CPU @ 3.40GHz", 4, 3400)
    proc[LAP] = "lap2"
    startup(LAP, lap_up, 37840, lap_dir, "11th Gen Intel(R) Core(TM) i7-1165G7 @ 2.80GHz", 8, 2803)

    def set_proc(t: datetime) -> None:
        proc[SRV] = "srv1" if t < upgrade else "srv2"
        proc[LAP] = "lap1" if t < lap_quit else "lap2"

    # hourly consistency checks and the backup
    for f, off in [(SRV, 47 * 60 + 12.4), (LAP, 29 * 60 + 3.1)]:
        t = at(6, 0) + sec(off)
        while t < at(12, 0):
            if not (f == LAP and t < lap_awake):
                set_proc(t)
                L(
                    f,
                    t,
                    "All consistency checks passed with no errors detected (took %sms)",
                    [
                        f"All consistency checks passed with no errors detected (took {r.randint(95, 420)}ms)"
                    ],
                )
            t += sec(3600)
    for t, name in [(at(7, 13, 2.5), "daily"), (at(11, 13, 2.6), "weekly")]:
        set_proc(t)
        L(SRV, t, "Created backup at %s", [f"Created backup at {srv_dir}/backup/backup-{name}.db"])

    notes = [alnum(r, 12) for _ in range(30)]
    ecid = 1_204_517

    def edit(f: str, t: datetime) -> None:
        set_proc(t)
        nid = r.choice(notes[:8]) if r.random() < 0.7 else r.choice(notes)
        if r.random() < 0.25:
            request(
                f,
                t,
                200,
                "GET",
                f"/api/notes/{nid}/blob",
                "/api/notes/%s/blob",
                r.randint(300, 40000),
                r.choice([1, 2, 2, 3, 4, 12]),
            )
            t += sec(r.uniform(2, 20))
        for _ in range(r.randint(1, 5)):
            took = r.choice([2, 3, 3, 4, 5, 6, 8, 11, 14, 23])
            request(f, t, 204, "PUT", f"/api/notes/{nid}/data", "/api/notes/%s/data", 0, took)
            t += sec(r.uniform(1.5, 25))

    # a phone through the server's web UI, before the laptop wakes
    for t in poisson(r, at(6, 34), at(7, 21), 160):
        edit(SRV, t)
        ecid += r.randint(2, 6)
    phone_changes = ecid - 1_204_517

    # the laptop's edits
    edits = poisson(r, lap_awake + sec(30), at(12, 0), 88)
    edits = [t for t in edits if not (lap_quit - sec(30) <= t < lap_up + sec(20))]
    for t in edits:
        edit(LAP, t)
    edit_times = sorted(edits)

    # the laptop's syncs
    frames = [
        f"    at generateError ({TR_CHECK_STACK}/request.js:178:12)",
        f"    at IncomingMessage.<anonymous> ({TR_CHECK_STACK}/request.js:104:39)",
        "    at IncomingMessage.emit (node:events:517:28)",
        "    at endReadableNT (node:internal/streams/readable:1400:12)",
        "    at process.processTicksAndRejections (node:internal/process/task_queues:82:21)",
    ]
    url = "https://notes.example.org"
    first = True
    last = lap_awake
    backlog = 0
    t = lap_awake + sec(4.8)
    while t < at(12, 0):
        set_proc(t)
        if lap_quit - sec(2) <= t < lap_up + sec(5):
            t = lap_up + sec(5.0 + r.uniform(0, 0.05))
            continue
        n_edits = sum(1 for e in edit_times if last <= e < t)
        last = t
        if upgrade <= t < srv_up + sec(3):
            L(
                LAP,
                t + sec(r.uniform(0.05, 0.2)),
                "No connection to sync server.",
                ["No connection to sync server."],
            )
            backlog += n_edits
        elif srv_up + sec(3) <= t < lap_quit:
            st = request(
                SRV,
                t + sec(r.uniform(0.01, 0.05)),
                400,
                "POST",
                "/api/login/sync",
                "/api/login/sync",
                163,
                r.randint(1, 3),
            )
            err = f'Request to POST {url}/api/login/sync failed, error: 400 Bad Request {{"message":"Non-matching sync versions, local is version 33, remote is 31. It is recommended to run same version of Trilium on both sides of sync."}}'
            L(
                LAP,
                st + sec(r.uniform(0.01, 0.05)),
                'sync failed: Request to POST %s failed, error: 400 Bad Request {"message":"Non-matching sync versions, local is version %s, remote is %s. It is recommended to run same version of Trilium on both sides of sync."}',
                [f"sync failed: {err}", f"stack: Error: {err}", *frames],
            )
            backlog += n_edits
        else:
            st = request(
                SRV,
                t + sec(r.uniform(0.01, 0.05)),
                200,
                "POST",
                "/api/login/sync",
                "/api/login/sync",
                r.randint(58, 64),
                r.randint(1, 4),
            )
            pushes = n_edits * r.randint(1, 3) + backlog * 2
            backlog = 0
            lt = st + sec(r.uniform(0.005, 0.02))
            if pushes:
                took = r.randint(8, 60) + pushes
                st = request(
                    SRV,
                    lt,
                    204,
                    "PUT",
                    "/api/sync/update",
                    "/api/sync/update",
                    0,
                    max(1, took - r.randint(5, 8)),
                )
                lt = L(
                    LAP,
                    st + sec(0.003),
                    "Pushing %s sync changes in %sms",
                    [f"Pushing {pushes} sync changes in {took}ms"],
                )
                ecid += pushes
            lt = L(LAP, lt + sec(0.002), "Nothing to push", ["Nothing to push"])
            pulled = phone_changes if first else (r.choice([0] * 12 + [1, 2]))
            if pulled:
                kb = max(1, pulled * r.randint(1, 3) // 2)
                st = request(
                    SRV,
                    lt + sec(0.002),
                    200,
                    "GET",
                    f"/api/sync/changed?lastEntityChangeId={ecid - pulled}",
                    "/api/sync/changed?lastEntityChangeId=%s",
                    kb * 1024 + r.randint(0, 1000),
                    r.randint(3, 9),
                )
                lt = L(
                    LAP,
                    st + sec(0.02),
                    "Pulled %s changes in %s KB, starting at entityChangeId=%s in %sms and applied them in %sms, %s outstanding pulls",
                    [
                        f"Pulled {pulled} changes in {kb} KB, starting at entityChangeId={ecid - pulled} in {r.randint(20, 90)}ms and applied them in {r.randint(3, 60)}ms, 0 outstanding pulls"
                    ],
                )
            st = request(
                SRV,
                lt + sec(0.003),
                200,
                "GET",
                f"/api/sync/changed?lastEntityChangeId={ecid}",
                "/api/sync/changed?lastEntityChangeId=%s",
                r.randint(52, 58),
                r.choice([1, 1, 2, 2, 3]),
            )
            lt = L(LAP, st + sec(0.002), "Finished pull", ["Finished pull"])
            lt = L(LAP, lt + sec(0.001), "Nothing to push", ["Nothing to push"])
            st = request(
                SRV,
                lt + sec(0.002),
                204,
                "POST",
                "/api/sync/finished",
                "/api/sync/finished",
                0,
                r.choice([1, 1, 2]),
            )
            request(
                SRV,
                st + sec(0.003),
                200,
                "GET",
                "/api/sync/check",
                "/api/sync/check",
                r.randint(3900, 4300),
                r.choice([4, 6, 8, 9, 11, 13, 17, 24, 38]),
            )
            first = False
        t += sec(60 + r.uniform(0.0, 0.15))
    # someone guessing the web login (every request comes from nginx's address)
    for t in poisson(r, at(11, 5, 30), at(11, 19, 40), 14):
        set_proc(t)
        L(
            SRV,
            t,
            "WARNING: Wrong password from %s, rejecting.",
            ["WARNING: Wrong password from ::ffff:172.18.0.3, rejecting."],
        )
    return fs.logs(at(6, 0))


SYSTEMS = {
    "snappymail": snappymail,
    "wikijs": wikijs,
    "etherpad": etherpad,
    "joplin-server": joplin_server,
    "trilium": trilium,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
