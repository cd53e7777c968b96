#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 187 (fetchmail, opendmarc, hedgedoc, bookstack, moonraker)
into bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five programs of small offices, labs and
makerspaces, 06:00 to 12:00 on 2024-06-07; none of them was in the set.

- fetchmail 6.4 (`office-mail.log`: Debian 12's rsyslog RFC 3339 lines, `2024-06-07T06:00:13.294764
  +00:00 office fetchmail[1187]: 3 messages for info@bauer-partner.de at pop.ionos.de (20155
  octets).`; `nas-mail.log`: Ubuntu's traditional `Jun  7 06:00:38 nas fetchmail[2214]: ...`):
  the office daemon (`set daemon 120`) polls six flushed mailboxes (POP3 at IONOS, IMAP at
  Strato) and two kept ones (POP3 at GMX, IMAP at Gmail, so `%d messages (%d seen) for %s at %s`
  every poll) into the local Postfix: `reading message %s@%s:%d of %d (%d octets) flushed`, the
  IMAP `(%d header octets) (%d body octets)` form, `not flushed` for the kept ones. IONOS refuses
  POP3 07:05-07:19 (`Connection errors for this poll:` with SockOpen's `name %d: connection to
  %s:%s [%s/%s] failed: %s.` list after rsyslog's `#012`, `POP3 connection to %s failed:
  Connection refused`, `Query status=2 (SOCKET)`); Postfix is upgraded 08:31-08:36 (the partial
  `reading message ... (log message incomplete)`, the localhost connection errors, `SMTP connect
  to localhost failed`, `SMTP transaction error while fetching from %s@%s and delivering to SMTP
  host %s`, `Query status=10 (SMTP)`); a user's IONOS password changes at 09:12
  (`Authorization failure on %s@%s (previously authorized)`, `Query status=3 (AUTHFAIL)`) until
  the rc file is edited (`restarting fetchmail (%s changed)`, `starting fetchmail %s daemon `
  with its trailing blank), once with a typo (the failure without the suffix); GMX times out at
  10:50 (`timeout after %d seconds waiting for server %s.`); the daemon is restarted at 11:30
  (`terminated with signal %d`). The NAS (`set daemon 300`) polls a kept Gmail box, web.de and
  T-Online, where a 38 MB message over the `limit` is skipped every poll from 07:46 (`skipping
  message %s@%s:%d (%d octets) (oversized) not flushed`), and its router's reboot fails DNS
  10:40-10:48 (`getaddrinfo("%s","%s") error: Temporary failure in name resolution`).
- OpenDMARC 1.4.2 (`mx1-mail.log`, `mx2-mail.log`: two department relays behind the campus
  gateway, rsyslog's RFC 3339 lines) with SPFSelfValidate, IgnoreDomains for the department and
  no TrustedAuthservIDs: every outside message logs `%s ignoring Authentication-Results at %d
  from %s` (the gateway's field, a Google Group's too), `%s: SPF(mailfrom): %s pass` (or `fail`,
  `none`, `permerror`, `tempfail`; `SPF(helo)` for bounces) and `%s: %s pass` / `fail` / `none`;
  the department's own mail `%s: ignoring mail from %s`, the webmail's `ignoring connection from
  %s`; mx2 runs without AuthservID (`implicit authentication service: %s` per message) until its
  restart at 08:45 (`%s v%s terminating with status %d, errno = %d`, `%s v%s starting (%s)`,
  `additional trusted authentication services: %s`); a phishing wave spoofs banks and shippers
  07:30-08:00 (`fail`, some `unable to parse From header field`); a domain with a broken DMARC
  record (`opendmarc_policy_query_dmarc(%s) returned status %d`); mx2's history file loses its
  permissions 09:30-09:52 (`%s: %s: fopen(): Permission denied`); mx1's configuration is
  reloaded at 10:05 and its resolver hangs 10:40-10:47 (SPF `tempfail`, DMARC `none`).
- HedgeDoc 1.9.9 (`hedgedoc.log`: `docker logs` of the container, winston's `timestamp level:
  <tab>message`, morgan's combined lines through the logger stream with their own newline, so a
  blank line follows each): Uptime Kuma's /status every minute, note views (the note, /config,
  /me), the index and /history, uploads and /uploads, published notes, logins through Keycloak
  (`GET /auth/oauth2` 302, the callback), a scanner; iPhones' HEIC photos refused 07:20-07:50
  (`Image upload error: MIME-type "%s" of uploaded file not allowed, only "%s" are allowed`, 400);
  Keycloak down 08:30-08:44 (Express's final handler prints `InternalOAuthError: Failed to obtain
  access token` and its stack on stderr, the callback's 500); PostgreSQL restarted 09:05
  (`connect ECONNREFUSED %s` from note lookups, the session store's
  `SequelizeConnectionRefusedError` stack and 500s, `auth callback failed: %s`, `Note could not
  be created: %s`, `revision saver failed: %s`); a deleted note's kiosk tab reconnecting
  09:40-10:10 (`note not found`); the container recreated at 10:30 (`HedgeDoc has been killed by
  signal, try to exit gracefully...`, the session secret warning, `Database cannot be reached. Try
  %d of %d. (%s)`, `All migrations performed successfully`, `HTTP Server listening at %s`).
- BookStack v24.05 (`laravel.log`: Monolog's `[2024-06-07 07:02:14] production.WARNING: ...`,
  exceptions with their JSON context, `[stacktrace]`, `[previous exception]` and the closing
  `"} `; `worker.log`: supervisor's capture of Laravel 10's `queue:work`, `  2024-06-07 06:00:22
  BookStack\\Activity\\DispatchWebhookJob .... RUNNING` / `... 438.68ms DONE` / `... 24s FAIL`,
  `   INFO  Processing jobs from the [default] queue.` between blank lines at each start):
  `Failed login for %s` (LOG_FAILED_LOGIN_MESSAGE) from a credential stuffing run 07:02-07:38 and
  users' typos; every activity's Mattermost webhook and watchers' notifications as jobs;
  Mattermost down 08:10-08:53 (`Webhook call to endpoint %s failed with status %d`, then Guzzle's
  cURL errors 28, 7 and 6 after `failed with error`); MariaDB restarted 09:15 (web requests'
  `SQLSTATE[HY000] [2002] Connection refused (Connection: %s, SQL: %s)`, the worker's `2006 MySQL
  server has gone away` then the refusals, supervisor restarting the worker); a theme partial
  edited at 09:50 with a variable the layout does not pass (`Undefined variable $%s (View: %s)`
  until 10:06); the Office 365 relay refusing 10:00-10:35 (notification jobs FAIL with Symfony
  Mailer's `Connection could not be established with host "%s": ...`, a password reset too); an
  upgrade's `queue:restart` at 10:45; a PDF export out of memory twice and out of time once.
- Moonraker v0.9 (`voron-moonraker.log`, `mk3s-moonraker.log`, `ender3-moonraker.log`: its file
  log, `2024-06-07 06:05:21,007 [websockets.py:open()] - message`, no level): three printers in a
  makerspace. Mainsail, Fluidd and Mobileraker connections (`101 GET /websocket (%s) [%s] %.2fms`,
  `Websocket Opened: ID: %s, ...`, `Websocket %s Client Identified - Name: %s, Version: %s, Type:
  %s`, `Websocket Closed: ID: %s Close Code: %s, ...`), moonraker-obico and KlipperScreen, a Home
  Assistant integration asking two printers every minute for power devices they do not configure
  (`JSON-RPC Request Error - Requested Method: %s, Code: %s, Message: Method not found`),
  OrcaSlicer uploads (`201 POST /api/files/local`) and `Job Started: %s`, thumbnails of a file
  copied in without them (404), metadata asked for files still being copied over SMB (`...
  Message: Metadata not available for %s` with its traceback), an untrusted phone refused on the
  mk3s 11:10-11:15 (`... Message: Unauthorized`); the Voron's event loop blocked by an upload at
  09:31 (`EVENT LOOP BLOCKED: %s seconds, total blocked count: %d` and the last stats below an
  empty first line); the Ender's Klipper shut down at 08:40 (`Klippy has shutdown`, the usage
  statistics dump, `Throttled Flags: %s`) and restarted at 08:46 (`Klippy Connection Removed` /
  `Established`, `Webhooks Subscribed`, `GCode Output Subscribed`, `Klippy ready`, `Job state
  initialized: %s`); Moonraker updated on the mk3s at 10:15 (`Exiting with signal SIGTERM`,
  `Server Shutdown`, the `Log Start` header with the application arguments, the configuration
  dump, `Component (%s) loaded`, `Performing Component Post Init: [%s]`, `Starting Moonraker on
  (%s, %d), Hostname: %s`, `Klipper Version: %s`).

Label notes. The heads are context: the syslog stamp, host and ident, winston's time and level
(and align's tab), Monolog's date, channel and level, Moonraker's `[file.py:func()] - `. A word
picked by branch is wording: fetchmail's `flushed` / `not flushed`, `header ` octets, ` (previously
authorized)`, `Query status=N (NAME)` (one literal per status), `SMTP` in `%cMTP` is the listener
character (a variable); OpenDMARC's `pass` / `fail` / `none` and `mailfrom` / `helo` (literals
assigned in a switch), HedgeDoc's `HTTP` schema. fetchmail's `message%s` plural is one label
(ngettext); SockOpen's error list after `Connection errors for this poll:#012` is one `%s`, as SRS's
optional pieces were. An access line is labelled by method, route and status (round 54's rule):
morgan's line (note ids, short ids, upload names and the query string are values) and Moonraker's
`log_request` line (a file's name kept). A job class in `queue:work` output is a value, as Celery's
task name was. A message of its own contributes its format: a cURL or SMTP error after `failed with
error`, a Sequelize error's text after `revision saver failed: `, a strerror (`Connection
refused`), Klipper's and Moonraker's multi-line texts. The lines after the first of an event have
no label: Laravel's stack and previous exception, Node's stacks, Python's traceback, Moonraker's
header, configuration dump and statistics, morgan's trailing blank line; a stack Express's final
handler prints on stderr is an event of its own.

Least sure (written from the helper's knowledge; fetchmail's driver, report, socket and
fetchmail.c messages, OpenDMARC's mlfi_eom, start-up and reload messages, HedgeDoc's app, realtime,
image router and migration messages, BookStack's webhook job and failed-login setting, and
Moonraker's log format, server, websocket, klippy connection, job state and proc_stats messages were
checked against copies of their sources): whether rsyslog's escaping of fetchmail's embedded
newlines is on by default and fetchmail's errno after a failed getaddrinfo (the NAS logs no
`connection to %s failed` then); OpenDMARC's status numbers for a bad record; whether HedgeDoc
1.9's logger chain keeps align's tab and morgan's newline, and the webpack routes left out; the
Laravel 10 worker's 80-column dots and Carbon's short run times, the stack frames and line numbers,
BookStack's theme path; Moonraker's function names in the head, the traceback's line numbers, the
Home Assistant integration's polling and Mobileraker's user agent.
"""

from __future__ import annotations

import math
import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, alnum, generate, hexid
from generate_round55 import poisson
from generate_round97 import Files, sec, syslog_ts
from generate_round147 import T0, T_END, at, in_any, weighted
from generate_round186 import rfc3339us


def rate_scale(t: datetime) -> float:
    """An office's day: quiet before 07:00, busy from 08:00."""
    h = t.hour + t.minute / 60
    if h < 7:
        return 0.35
    if h < 8:
        return 0.35 + 0.75 * (h - 7)
    return 1.1


def arrivals(r: random.Random, t0: datetime, t1: datetime, mean: float) -> list[datetime]:
    """Poisson arrivals at `mean` seconds apart in the busy hours, thinned by rate_scale."""
    return [t for t in poisson(r, t0, t1, mean / 1.1) if r.random() < rate_scale(t) / 1.1]


def msg_size(r: random.Random) -> int:
    if r.random() < 0.07:
        return int(r.uniform(600_000, 6_500_000))
    return int(math.exp(r.gauss(9.4, 0.9))) + 900


# ----------------------------------------------------------------------------------- fetchmail

FM_OFFICE = [
    # remote name, server, protocol, mean seconds between messages, keep
    ("info@bauer-partner.de", "pop.ionos.de", "POP3", 48, False),
    ("k.bauer@bauer-partner.de", "pop.ionos.de", "POP3", 140, False),
    ("m.schulz@bauer-partner.de", "pop.ionos.de", "POP3", 170, False),
    ("buchhaltung@bauer-partner.de", "pop.ionos.de", "POP3", 190, False),
    ("azubi@bauer-partner.de", "pop.ionos.de", "POP3", 900, False),
    ("office@bauer-steuer.de", "imap.strato.de", "IMAP", 290, False),
    ("bauer.kanzlei@gmx.de", "pop.gmx.net", "POP3", 1300, True),
    ("kanzlei.bauer.partner@gmail.com", "imap.gmail.com", "IMAP", 650, True),
]
FM_NAS = [
    ("familie.krueger@gmail.com", "imap.gmail.com", "IMAP", 700, True),
    ("j.krueger@web.de", "pop3.web.de", "POP3", 800, False),
    ("krueger.jens@t-online.de", "securepop.t-online.de", "POP3", 1100, False),
]
FM_ADDR = {
    "pop.ionos.de": "212.227.15.166",
    "imap.strato.de": "81.169.145.97",
    "pop.gmx.net": "212.227.17.185",
    "imap.gmail.com": "142.250.102.108",
    "pop3.web.de": "212.227.17.178",
    "securepop.t-online.de": "194.25.134.46",
}


def fetchmail(r: random.Random) -> list[Log]:
    """Two hosts' fetchmail daemons, 06:00 to 12:00. The office server (Debian 12, rsyslog's RFC
    3339 lines, `set daemon 120`) polls six flushed mailboxes and two kept ones into the local
    Postfix; the family NAS (Ubuntu 22.04, traditional syslog, `set daemon 300`) polls three.
    IONOS refuses POP3 07:05-07:19, Postfix is upgraded 08:31-08:36, a user's IONOS password
    changes at 09:12 (failures until the rc file is fixed, once with a typo), GMX times out twice
    at 10:50, the office daemon is restarted at 11:30; on the NAS a 38 MB message is skipped
    every poll from 07:46 and the router's reboot fails DNS 10:40-10:48."""
    fs = Files()

    def office_line(pid: int) -> object:
        def emit(t: datetime, label: str, msg: str) -> datetime:
            return fs.add(
                "office-mail.log",
                t,
                label,
                lambda x: [f"{rfc3339us(x)} office fetchmail[{pid}]: {msg}"],
                ("office", pid),
                1,
            )

        return emit

    def nas_line(pid: int) -> object:
        def emit(t: datetime, label: str, msg: str) -> datetime:
            return fs.add(
                "nas-mail.log",
                t,
                label,
                lambda x: [f"{syslog_ts(x)} nas fetchmail[{pid}]: {msg}"],
                ("nas", pid),
                1_000_000,
            )

        return emit

    def run(host: str, accounts: list, interval: int, version: str) -> None:
        pid = {"office": 1187, "nas": 2214}[host]
        make = office_line if host == "office" else nas_line
        emit = make(pid)
        # mailboxes: flushed ones hold what arrived since the last fetch; kept ones also
        # hold what was fetched before (all seen)
        pending: dict[str, list[tuple[datetime, int, int]]] = {}
        kept_old: dict[str, list[int]] = {}
        for name, _server, proto, mean, keep in accounts:
            pending[name] = [
                (t, msg_size(r), i) for i, t in enumerate(arrivals(r, T0 - sec(400), T_END, mean))
            ]
            if keep:
                n_old = r.randint(180, 240) if proto == "POP3" else r.randint(1400, 2100)
                kept_old[name] = [msg_size(r) for _ in range(n_old)]
        big = (at(7, 46, 12), 39_845_123, -1)
        if host == "nas":
            pending["krueger.jens@t-online.de"].append(big)
            pending["krueger.jens@t-online.de"].sort()
        authed_once = True
        t = T0 + sec(r.uniform(3, 40))
        restarts = {
            "office": [(at(9, 40, 31), "rc"), (at(9, 47, 52), "rc"), (at(11, 30, 5), "signal")],
            "nas": [],
        }[host]
        rc_state = "ok"
        while t < T_END:
            # a change of the rc file is noticed when a poll cycle starts
            while restarts and restarts[0][0] <= t:
                when, why = restarts.pop(0)
                if why == "signal":
                    emit(when, "terminated with signal %d", "terminated with signal 15")
                    pid = 30412
                    emit = make(pid)
                    t = emit(
                        when + sec(r.uniform(14, 19)),
                        "starting fetchmail %s daemon ",
                        f"starting fetchmail {version} daemon ",
                    )
                else:
                    t = emit(
                        max(t, when),
                        "restarting fetchmail (%s changed)",
                        "restarting fetchmail (/etc/fetchmailrc changed)",
                    )
                    pid += r.randint(300, 900)
                    emit = make(pid)
                    t = emit(
                        t + sec(r.uniform(0.02, 0.08)),
                        "starting fetchmail %s daemon ",
                        f"starting fetchmail {version} daemon ",
                    )
                    rc_state = "typo" if rc_state == "ok" else "fixed"
                    authed_once = False
            t += sec(r.uniform(0.05, 0.4))
            for name, server, proto, _mean, keep in accounts:
                service = "pop3s" if proto == "POP3" else "imaps"
                ip = FM_ADDR[server]
                t += sec(r.uniform(0.15, 0.9))
                # --- failures that stop the session before any mail is counted
                if host == "office" and server == "pop.ionos.de" and at(7, 5) <= t < at(7, 19, 30):
                    t = emit(
                        t + sec(r.uniform(0.02, 0.06)),
                        "Connection errors for this poll:#012%s",
                        f"Connection errors for this poll:#012name 0: connection to {server}:{service} [{ip}/995] failed: Connection refused.",
                    )
                    t = emit(
                        t,
                        "%s connection to %s failed: Connection refused",
                        f"{proto} connection to {server} failed: Connection refused",
                    )
                    t = emit(t, "Query status=2 (SOCKET)", "Query status=2 (SOCKET)")
                    continue
                if host == "nas" and at(10, 40, 20) <= t < at(10, 48, 40):
                    t = emit(
                        t + sec(r.uniform(5, 10)),
                        'getaddrinfo("%s","%s") error: Temporary failure in name resolution',
                        f'getaddrinfo("{server}","{service}") error: Temporary failure in name resolution',
                    )
                    t = emit(t, "Query status=2 (SOCKET)", "Query status=2 (SOCKET)")
                    continue
                if host == "office" and server == "pop.gmx.net" and at(10, 50) <= t < at(11, 0):
                    t = emit(
                        t + sec(300 + r.uniform(0, 0.5)),
                        "timeout after %d seconds waiting for server %s.",
                        f"timeout after 300 seconds waiting for server {server}.",
                    )
                    t = emit(t, "Query status=2 (SOCKET)", "Query status=2 (SOCKET)")
                    continue
                if (
                    name == "m.schulz@bauer-partner.de"
                    and t >= at(9, 12, 40)
                    and rc_state != "fixed"
                ):
                    t += sec(r.uniform(0.3, 0.9))
                    if authed_once:
                        t = emit(
                            t,
                            "Authorization failure on %s@%s (previously authorized)",
                            f"Authorization failure on {name}@{server} (previously authorized)",
                        )
                    else:
                        t = emit(
                            t,
                            "Authorization failure on %s@%s",
                            f"Authorization failure on {name}@{server}",
                        )
                    t = emit(t, "Query status=3 (AUTHFAIL)", "Query status=3 (AUTHFAIL)")
                    continue
                # --- a session (the login worked)
                if name == "m.schulz@bauer-partner.de":
                    authed_once = True
                new = [m for m in pending[name] if m[0] <= t]
                old = kept_old.get(name, [])
                if host == "nas" and name.startswith("krueger.jens"):
                    new = [m for m in new if m != big]
                    has_big = big[0] <= t
                else:
                    has_big = False
                count = len(old) + len(new) + (1 if has_big else 0)
                t += sec(r.uniform(0.2, 0.8))
                if count == 0:
                    continue
                seen = len(old)
                word = "message" if count == 1 else "messages"
                octets = sum(old) + sum(m[1] for m in new) + (big[1] if has_big else 0)
                where = f"{name} at {server}"
                if proto == "IMAP":
                    if seen:
                        t = emit(
                            t,
                            "%d message%s (%d seen) for %s at %s.",
                            f"{count} {word} ({seen} seen) for {where}.",
                        )
                    else:
                        t = emit(t, "%d message%s for %s at %s.", f"{count} {word} for {where}.")
                elif seen:
                    t = emit(
                        t,
                        "%d message%s (%d seen) for %s at %s (%d octets).",
                        f"{count} {word} ({seen} seen) for {where} ({octets} octets).",
                    )
                else:
                    t = emit(
                        t,
                        "%d message%s for %s at %s (%d octets).",
                        f"{count} {word} for {where} ({octets} octets).",
                    )
                num = seen
                items: list[tuple[str, int, int]] = [("new", m[1], m[2]) for m in new]
                if has_big:
                    items.insert(0, ("big", big[1], -1))
                fetched: list[int] = []
                for kind, size, mid in items:
                    num += 1
                    if kind == "big":
                        t = emit(
                            t + sec(r.uniform(0.05, 0.2)),
                            "skipping message %s@%s:%d (%d octets) (oversized) not flushed",
                            f"skipping message {name}@{server}:{num} ({size} octets) (oversized) not flushed",
                        )
                        continue
                    dur = 0.08 + size / r.uniform(900_000, 2_600_000)
                    t += sec(dur)
                    tail = "not flushed" if keep else "flushed"
                    if host == "office" and at(8, 31, 0) <= t < at(8, 36, 10):
                        if proto == "IMAP":
                            hdr = int(r.uniform(2200, 9800))
                            t = emit(
                                t,
                                "reading message %s@%s:%d of %d (%d header octets) (log message incomplete)",
                                f"reading message {name}@{server}:{num} of {count} ({hdr} header octets) (log message incomplete)",
                            )
                        else:
                            t = emit(
                                t,
                                "reading message %s@%s:%d of %d (%d octets) (log message incomplete)",
                                f"reading message {name}@{server}:{num} of {count} ({size} octets) (log message incomplete)",
                            )
                        t = emit(
                            t + sec(r.uniform(0.001, 0.004)),
                            "Connection errors for this poll:#012%s",
                            "Connection errors for this poll:#012name 0: connection to localhost:smtp [::1/25] failed: Connection refused.#012name 1: connection to localhost:smtp [127.0.0.1/25] failed: Connection refused.",
                        )
                        t = emit(
                            t, "%cMTP connect to %s failed", "SMTP connect to localhost failed"
                        )
                        t = emit(
                            t,
                            "SMTP transaction error while fetching from %s@%s and delivering to SMTP host %s",
                            f"SMTP transaction error while fetching from {name}@{server} and delivering to SMTP host localhost",
                        )
                        t = emit(t, "Query status=10 (SMTP)", "Query status=10 (SMTP)")
                        break
                    if proto == "IMAP":
                        hdr = int(r.uniform(2200, 9800))
                        body = max(size - hdr, 40)
                        t = emit(
                            t,
                            f"reading message %s@%s:%d of %d (%d header octets) (%d body octets) {tail}",
                            f"reading message {name}@{server}:{num} of {count} ({hdr} header octets) ({body} body octets) {tail}",
                        )
                    else:
                        t = emit(
                            t,
                            f"reading message %s@%s:%d of %d (%d octets) {tail}",
                            f"reading message {name}@{server}:{num} of {count} ({size} octets) {tail}",
                        )
                    fetched.append(mid)
                # flushed mail leaves the box, kept mail stays (seen)
                if keep:
                    old.extend(m[1] for m in pending[name] if m[2] in fetched)
                pending[name] = [m for m in pending[name] if m[2] not in fetched]
                t += sec(r.uniform(0.05, 0.3))
            t += sec(interval)

    run("office", FM_OFFICE, 120, "6.4.37")
    run("nas", FM_NAS, 300, "6.4.29")
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- opendmarc

FIRST = [
    "anna",
    "jonas",
    "lea",
    "felix",
    "marie",
    "paul",
    "sophie",
    "lukas",
    "emma",
    "tim",
    "laura",
    "david",
    "nina",
    "jan",
    "sarah",
    "moritz",
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
    "wolf",
]

# From domain, weight, envelope sender maker, SPF outcome weights, DMARC result
OD_SENDERS: list[tuple[str, float, str, list[tuple[float, str]], str]] = [
    ("gmail.com", 16, "person", [(1, "pass")], "pass"),
    ("googlemail.com", 3, "person", [(1, "pass")], "pass"),
    ("outlook.com", 5, "person", [(1, "pass")], "pass"),
    ("web.de", 6, "person", [(1, "pass")], "pass"),
    ("gmx.de", 6, "person", [(1, "pass")], "pass"),
    ("t-online.de", 4, "person", [(0.7, "pass"), (0.3, "none")], "none"),
    ("uni-example.de", 9, "person", [(1, "pass")], "fail-none"),
    ("tu-nord.de", 4, "person", [(1, "pass")], "pass"),
    ("springernature.com", 3, "bounce-mkt", [(1, "pass")], "pass"),
    ("github.com", 5, "noreply", [(1, "pass")], "pass"),
    ("zalando.de", 2, "bounce-mkt", [(1, "pass")], "pass"),
    ("linkedin.com", 3, "bounce-mkt", [(1, "pass")], "pass"),
    ("yahoo.com", 2, "list", [(1, "pass")], "fail"),
    ("kanzlei-hoffmann.de", 1.5, "person", [(0.6, "pass"), (0.25, "none"), (0.15, "fail")], "none"),
    ("autohaus-meier.de", 1, "person", [(0.5, "pass"), (0.5, "none")], "none"),
    ("stadtwerke-nord.de", 1, "noreply", [(1, "permerror")], "none"),
    ("ingenieurbuero-lenz.de", 1, "person", [(1, "pass")], "badrecord"),
]
OD_SPOOFED = ["paypal.de", "amazon.de", "dhl.de", "sparkasse.de", "postbank.de"]
OD_SPAM_ENV = [
    "info@kvq-shop.top",
    "noreply@ylt8.xyz",
    "service@mx-pay-secure.click",
    "office@hp3ry.shop",
    "news@z9w-mail.top",
]
OD_INTERNAL = [
    "scanner@physik.uni-example.de",
    "slurm@hpc.physik.uni-example.de",
    "root@lab-nmr.physik.uni-example.de",
    "backup@nas1.physik.uni-example.de",
]
OD_BOUNCE_HELO = [
    "mout.kundenserver.de",
    "mail-ej1-f54.google.com",
    "mx01.t-online.de",
    "mail-n.web.de",
]


def qid(r: random.Random) -> str:
    return hexid(r, r.choice([10, 11, 11, 11, 12])).upper()


def od_envelope(r: random.Random, kind: str, domain: str) -> str:
    if kind == "person":
        return f"{r.choice(FIRST)}.{r.choice(LAST)}@{domain}"
    if kind == "noreply":
        return f"noreply@{domain}"
    if kind == "bounce-mkt":
        return f"bounces+{r.randint(100000, 999999)}-{hexid(r, 4)}@em.{domain}"
    # a mailing list's bounce address
    return f"debian-user-request+bounces-{r.randint(10000, 99999)}@lists.debian.org"


def opendmarc(r: random.Random) -> list[Log]:
    """Two department mail relays (Debian 12, rsyslog's RFC 3339 lines) behind the campus
    gateway, 06:00 to 12:00. OpenDMARC 1.4.2 with SPFSelfValidate, IgnoreDomains for the
    department and no TrustedAuthservIDs, so the gateway's Authentication-Results field is
    ignored on every outside message. mx2 runs without AuthservID until it is restarted at
    08:45; a phishing wave spoofs banks and shippers 07:30-08:00; mx2's history file loses its
    permissions 09:30-09:52 (a package upgrade); mx1's configuration is reloaded at 10:05 and its
    resolver hangs 10:40-10:47."""
    fs = Files()
    pids = {"mx1": 904, "mx2": 911}

    restart2 = at(8, 45, 9.3)

    def L(h: str, t: datetime, label: str, msg: str) -> datetime:
        pid = pids[h] if h == "mx1" or t < restart2 + sec(1) else 31877
        return fs.add(
            f"{h}-mail.log",
            t,
            label,
            lambda x: [f"{rfc3339us(x)} {h} opendmarc[{pid}]: {msg}"],
            (h, pid),
            1,
        )

    hist = "/var/run/opendmarc/opendmarc.dat"
    args = "args: -c /etc/opendmarc.conf -P /run/opendmarc/opendmarc.pid -p local:/var/spool/postfix/opendmarc/opendmarc.sock"
    L(
        "mx2",
        restart2,
        "%s v%s terminating with status %d, errno = %d",
        "OpenDMARC Filter v1.4.2 terminating with status 0, errno = 0",
    )
    t = L(
        "mx2",
        restart2 + sec(1.412),
        "%s v%s starting (%s)",
        f"OpenDMARC Filter v1.4.2 starting ({args})",
    )
    L(
        "mx2",
        t + sec(0.0003),
        "additional trusted authentication services: %s",
        "additional trusted authentication services: (none)",
    )
    L(
        "mx1",
        at(10, 5, 12.84),
        "configuration reloaded from %s",
        "configuration reloaded from /etc/opendmarc.conf",
    )

    senders = [(w, s) for s in OD_SENDERS for w in [s[1]]]

    def message(h: str, t: datetime, spam: bool = False) -> None:
        jid = qid(r)
        if h == "mx2" and t < restart2:
            t = L(
                h,
                t,
                "implicit authentication service: %s",
                "implicit authentication service: mx2.physik.uni-example.de",
            )
            t += sec(r.uniform(0.00005, 0.0003))
        if spam:
            if r.random() < 0.12:
                L(
                    h,
                    t,
                    "%s: unable to parse From header field",
                    f"{jid}: unable to parse From header field",
                )
                return
            domain, env, spf, res = (
                r.choice(OD_SPOOFED),
                r.choice(OD_SPAM_ENV),
                r.choice(["fail", "none", "fail"]),
                "fail",
            )
            mode = "mailfrom"
        elif r.random() < 0.13:
            env = r.choice(OD_INTERNAL)
            L(h, t, "%s: ignoring mail from %s", f"{jid}: ignoring mail from physik.uni-example.de")
            return
        elif r.random() < 0.004:
            L(
                h,
                t,
                "%s: RFC5322 requirement error: missing From field; accepting",
                f"{jid}: RFC5322 requirement error: missing From field; accepting",
            )
            return
        else:
            domain, _w, kind, spfw, res = weighted(r, senders)  # type: ignore[misc]
            env = od_envelope(r, kind, domain)
            spf = weighted(r, spfw)
            mode = "mailfrom"
            if r.random() < 0.05:
                mode, env = "helo", r.choice(OD_BOUNCE_HELO)
                spf = r.choice(["pass", "pass", "none"])
                res = "none"
            if res == "fail-none":
                res = "pass" if spf == "pass" else "none"
        if not spam and r.random() < 0.015:
            L(
                h,
                t,
                "%s: unable to parse From header field",
                f"{jid}: unable to parse From header field",
            )
            return
        # the gateway's A-R field (and a list's or Google's further down)
        c = weighted(r, [(5, 1), (3, 2), (1, 3)])
        t = L(
            h,
            t,
            "%s ignoring Authentication-Results at %d from %s",
            f"{jid} ignoring Authentication-Results at {c} from mx-in.uni-example.de",
        )
        if not spam and r.random() < 0.08:
            c2 = int(c) + r.randint(3, 9)  # type: ignore[call-overload]
            t = L(
                h,
                t + sec(r.uniform(0.00002, 0.0001)),
                "%s ignoring Authentication-Results at %d from %s",
                f"{jid} ignoring Authentication-Results at {c2} from mx.google.com",
            )
        dns_bad = h == "mx1" and at(10, 40, 5) <= t < at(10, 47, 30)
        t += sec(r.uniform(0.004, 0.06) if not dns_bad else r.uniform(4.5, 5.5))
        if dns_bad and mode == "mailfrom":
            spf = "tempfail"
        t = L(h, t, f"%s: SPF({mode}): %s {spf}", f"{jid}: SPF({mode}): {env} {spf}")
        t += sec(r.uniform(0.002, 0.04))
        if res == "badrecord":
            status = 4 if r.random() < 0.8 else 5
            L(
                h,
                t,
                "%s: opendmarc_policy_query_dmarc(%s) returned status %d",
                f"{jid}: opendmarc_policy_query_dmarc({domain}) returned status {status}",
            )
            return
        if dns_bad:
            res = "none"
        t = L(h, t, f"%s: %s {res}", f"{jid}: {domain} {res}")
        if h == "mx2" and at(9, 30, 40) <= t < at(9, 52, 10):
            L(
                h,
                t + sec(r.uniform(0.00002, 0.0002)),
                "%s: %s: fopen(): Permission denied",
                f"{jid}: {hist}: fopen(): Permission denied",
            )

    for h, mean in [("mx1", 64), ("mx2", 71)]:
        for t in arrivals(r, T0, T_END, mean):
            if h == "mx2" and restart2 - sec(0.5) <= t < restart2 + sec(2):
                continue
            message(h, t)
        for t in poisson(r, at(7, 30), at(8, 0), 22):
            message(h, t, spam=True)
    # the webmail on mx1 submits over localhost
    for t in arrivals(r, T0, T_END, 420):
        L("mx1", t, "ignoring connection from %s", "ignoring connection from localhost")
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- hedgedoc

HD_UA = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36 Edg/125.0.0.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
]
HD_BASE = "https://md.labor-nord.de"
HD_STACK_OAUTH = [
    "    at OAuth2Strategy._createOAuthError (/hedgedoc/node_modules/passport-oauth2/lib/strategy.js:423:17)",
    "    at /hedgedoc/node_modules/passport-oauth2/lib/strategy.js:177:45",
    "    at /hedgedoc/node_modules/oauth/lib/oauth2.js:196:18",
    "    at ClientRequest.<anonymous> (/hedgedoc/node_modules/oauth/lib/oauth2.js:168:7)",
    "    at ClientRequest.emit (node:events:517:28)",
    "    at TLSSocket.socketErrorListener (node:_http_client:501:9)",
    "    at TLSSocket.emit (node:events:517:28)",
    "    at emitErrorNT (node:internal/streams/destroy:151:8)",
    "    at emitErrorCloseNT (node:internal/streams/destroy:116:3)",
    "    at process.processTicksAndRejections (node:internal/process/task_queues:82:21)",
]
HD_STACK_PG = [
    "    at Client._connectionCallback (/hedgedoc/node_modules/sequelize/lib/dialects/postgres/connection-manager.js:131:24)",
    "    at Client._handleErrorWhileConnecting (/hedgedoc/node_modules/pg/lib/client.js:327:19)",
    "    at Client._handleErrorEvent (/hedgedoc/node_modules/pg/lib/client.js:337:19)",
    "    at Connection.emit (node:events:517:28)",
    "    at Socket.reportStreamError (/hedgedoc/node_modules/pg/lib/connection.js:58:12)",
    "    at Socket.emit (node:events:517:28)",
    "    at emitErrorNT (node:internal/streams/destroy:151:8)",
    "    at emitErrorCloseNT (node:internal/streams/destroy:116:3)",
    "    at process.processTicksAndRejections (node:internal/process/task_queues:82:21)",
]


def hd_route(path: str) -> str:
    """A request's route: note ids, short ids and upload names are values, the query string too."""
    path = path.split("?")[0]
    fixed = {
        "/",
        "/status",
        "/config",
        "/me",
        "/history",
        "/uploadimage",
        "/auth/oauth2",
        "/auth/oauth2/callback",
        "/wp-login.php",
    }
    if path in fixed:
        return path
    if path.startswith("/s/"):
        return "/s/%s"
    if path.startswith("/uploads/"):
        return "/uploads/%s"
    return "/%s"


def note_id(r: random.Random) -> str:
    return alnum(r, 22).replace("A", "-").replace("z", "_")


def hedgedoc(r: random.Random) -> list[Log]:
    """One HedgeDoc 1.9.9 container (`hedgedoc.log`: `docker logs`, winston's `timestamp level:
    <tab>message` with a blank line after each morgan access line) for a lab of about thirty
    people behind a reverse proxy with OAuth2 (Keycloak) logins, 06:00 to 12:00: Uptime Kuma's
    /status every minute, note views (the note, /config, /me), the index and history, image
    uploads (iPhones' HEIC refused 07:20-07:50), published notes, a scanner; Keycloak down
    08:30-08:44 (login callbacks fail: the passport error's stack on stderr, a 500), PostgreSQL
    restarted 09:05 (ECONNREFUSED from the note lookups, the session store's stack, the
    revision saver), a stale tab reconnecting to a deleted note 09:40-10:10, the container
    recreated at 10:30 without its session secret (and the database not up yet)."""
    fs = Files()

    def ts(t: datetime) -> str:
        return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond // 1000:03d}Z"

    def W(
        t: datetime, level: str, label: str, msg: str, extra: list[str] | None = None
    ) -> datetime:
        return fs.add(
            "hedgedoc.log",
            t,
            label,
            lambda x: [f"{ts(x)} {level}: \t{msg}", *(extra or [])],
            "hedgedoc",
            1000,
        )

    def raw(t: datetime, label: str, lines: list[str]) -> datetime:
        return fs.add("hedgedoc.log", t, label, lambda x: lines, "hedgedoc", 1000)

    def access(
        t: datetime, ip: str, method: str, path: str, status: int, size: object, ref: str, ua: str
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            clf = f"{x:%d/%b/%Y:%H:%M:%S} +0000"
            return [
                f'{ts(x)} info: \t{ip} - - [{clf}] "{method} {path} HTTP/1.1" {status} {size} "{ref}" "{ua}"',
                "",
            ]

        # an access line is labelled by method, route and status (round 54's rule)
        return fs.add(
            "hedgedoc.log", t, f"{method} {hd_route(path)} {status}", text, "hedgedoc", 1000
        )

    down = (at(10, 30, 4), at(10, 30, 31))
    pg_down = (at(9, 5, 12), at(9, 5, 58))
    kc_down = (at(8, 30, 20), at(8, 44, 10))
    heic = (at(7, 20), at(7, 50))
    users = [
        (f"10.20.{r.choice([30, 31, 40])}.{r.randint(10, 250)}", r.choice(HD_UA)) for _ in range(30)
    ]
    notes = [note_id(r) for _ in range(60)]
    shorts = [alnum(r, 10).replace("Z", "-") for _ in range(8)]

    def is_up(t: datetime) -> bool:
        return not (down[0] <= t < down[1])

    # Uptime Kuma
    t = T0 + sec(r.uniform(0, 60))
    while t < T_END:
        if is_up(t):
            access(
                t,
                "10.20.1.5",
                "GET",
                "/status",
                200,
                r.randint(286, 298),
                "-",
                "Uptime-Kuma/1.23.13",
            )
        t += sec(60 + r.uniform(-0.05, 0.05))

    def pg_error(t: datetime) -> datetime:
        return W(t, "error", "connect ECONNREFUSED %s", "connect ECONNREFUSED 172.18.0.2:5432")

    # people reading and editing notes
    for t in arrivals(r, T0, T_END, 38):
        if not is_up(t):
            continue
        ip, ua = r.choice(users)
        kind = weighted(
            r, [(62, "note"), (15, "index"), (6, "upload"), (6, "publish"), (4, "login")]
        )
        if kind == "note":
            nid = r.choice(notes[:25]) if r.random() < 0.8 else r.choice(notes)
            if in_any(t, [pg_down]):
                t = pg_error(t + sec(r.uniform(0.01, 0.05)))
                t = access(t, ip, "GET", f"/{nid}", 500, r.choice([21, 21]), "-", ua)
                continue
            t = access(t, ip, "GET", f"/{nid}", 200, r.randint(4800, 5600), f"{HD_BASE}/", ua)
            t = access(
                t + sec(r.uniform(0.08, 0.3)),
                ip,
                "GET",
                "/config",
                200,
                r.randint(1180, 1240),
                f"{HD_BASE}/{nid}",
                ua,
            )
            access(
                t + sec(r.uniform(0.05, 0.2)),
                ip,
                "GET",
                "/me",
                200,
                r.randint(140, 220),
                f"{HD_BASE}/{nid}",
                ua,
            )
        elif kind == "index":
            if in_any(t, [pg_down]):
                continue
            t = access(t, ip, "GET", "/", 200, r.randint(9800, 10400), "-", ua)
            t = access(
                t + sec(r.uniform(0.1, 0.3)),
                ip,
                "GET",
                "/config",
                200,
                r.randint(1180, 1240),
                f"{HD_BASE}/",
                ua,
            )
            t = access(
                t + sec(r.uniform(0.05, 0.2)),
                ip,
                "GET",
                "/me",
                200,
                r.randint(140, 220),
                f"{HD_BASE}/",
                ua,
            )
            access(
                t + sec(r.uniform(0.05, 0.2)),
                ip,
                "GET",
                "/history",
                200,
                r.randint(800, 9000),
                f"{HD_BASE}/",
                ua,
            )
        elif kind == "upload":
            nid = r.choice(notes[:25])
            if in_any(t, [heic]) or r.random() < 0.06:
                if in_any(t, [heic]) and r.random() < 0.8:
                    t = W(
                        t + sec(r.uniform(0.2, 1.5)),
                        "error",
                        'Image upload error: MIME-type "%s" of uploaded file not allowed, only "%s" are allowed',
                        'Image upload error: MIME-type "image/heic" of uploaded file not allowed, only "image/jpeg, image/png, image/jpg, image/gif, image/svg+xml, image/bmp, image/tiff" are allowed',
                    )
                else:
                    t = W(
                        t + sec(r.uniform(0.2, 1.5)),
                        "error",
                        "Image upload error: Provided file extension does not match MIME-type",
                        "Image upload error: Provided file extension does not match MIME-type",
                    )
                access(t + sec(0.002), ip, "POST", "/uploadimage", 400, 11, f"{HD_BASE}/{nid}", ua)
                continue
            up = f"upload_{hexid(r, 32)}.{r.choice(['png', 'png', 'jpg', 'jpeg'])}"
            t = access(
                t + sec(r.uniform(0.3, 2.5)),
                ip,
                "POST",
                "/uploadimage",
                200,
                79,
                f"{HD_BASE}/{nid}",
                ua,
            )
            access(
                t + sec(r.uniform(0.3, 1.0)),
                ip,
                "GET",
                f"/uploads/{up}",
                200,
                r.randint(40_000, 2_400_000),
                f"{HD_BASE}/{nid}",
                ua,
            )
        elif kind == "publish":
            sid = r.choice(shorts)
            oip = f"{r.choice([141, 134, 88, 91])}.{r.randint(1, 254)}.{r.randint(1, 254)}.{r.randint(1, 254)}"
            access(t, oip, "GET", f"/s/{sid}", 200, r.randint(7000, 26000), "-", r.choice(HD_UA))
        elif kind == "login":
            t = access(t, ip, "GET", "/auth/oauth2", 302, 0, f"{HD_BASE}/", ua)
            code = f"{uuid_like(r)}.{uuid_like(r)}.{uuid_like(r)}"
            cb = f"/auth/oauth2/callback?state=&session_state={uuid_like(r)}&iss=https%3A%2F%2Fsso.labor-nord.de%2Frealms%2Flab&code={code}"
            t += sec(r.uniform(3, 25))
            if in_any(t, [kc_down]):
                t = raw(
                    t,
                    "InternalOAuthError: Failed to obtain access token",
                    ["InternalOAuthError: Failed to obtain access token", *HD_STACK_OAUTH],
                )
                access(t + sec(0.003), ip, "GET", cb, 500, 1134, "https://sso.labor-nord.de/", ua)
                continue
            t = access(t, ip, "GET", cb, 302, 23, "https://sso.labor-nord.de/", ua)
            access(
                t + sec(r.uniform(0.1, 0.4)),
                ip,
                "GET",
                "/",
                200,
                r.randint(9800, 10400),
                "https://sso.labor-nord.de/",
                ua,
            )
    # people retrying their login while Keycloak is down
    for t in poisson(r, kc_down[0], kc_down[1], 24):
        ip, ua = r.choice(users)
        code = f"{uuid_like(r)}.{uuid_like(r)}.{uuid_like(r)}"
        cb = f"/auth/oauth2/callback?state=&session_state={uuid_like(r)}&iss=https%3A%2F%2Fsso.labor-nord.de%2Frealms%2Flab&code={code}"
        t = access(t, ip, "GET", "/auth/oauth2", 302, 0, f"{HD_BASE}/", ua)
        t = raw(
            t + sec(r.uniform(2, 6)),
            "InternalOAuthError: Failed to obtain access token",
            ["InternalOAuthError: Failed to obtain access token", *HD_STACK_OAUTH],
        )
        access(t + sec(0.003), ip, "GET", cb, 500, 1134, "https://sso.labor-nord.de/", ua)
    # iPhone photos pasted into notes
    for t in poisson(r, heic[0], heic[1], 95):
        ip, ua = r.choice(users)
        nid = r.choice(notes[:25])
        t = W(
            t,
            "error",
            'Image upload error: MIME-type "%s" of uploaded file not allowed, only "%s" are allowed',
            'Image upload error: MIME-type "image/heic" of uploaded file not allowed, only "image/jpeg, image/png, image/jpg, image/gif, image/svg+xml, image/bmp, image/tiff" are allowed',
        )
        access(t + sec(0.002), ip, "POST", "/uploadimage", 400, 11, f"{HD_BASE}/{nid}", HD_UA[5])
    for t in [pg_down[0] + sec(19.3), pg_down[0] + sec(40.8)]:
        ip, ua = r.choice(users)
        t = W(
            t,
            "error",
            "auth callback failed: %s",
            "auth callback failed: SequelizeConnectionRefusedError: connect ECONNREFUSED 172.18.0.2:5432",
        )
        t = raw(
            t + sec(0.001),
            "SequelizeConnectionRefusedError: connect ECONNREFUSED %s",
            ["SequelizeConnectionRefusedError: connect ECONNREFUSED 172.18.0.2:5432", *HD_STACK_PG],
        )
        cb = f"/auth/oauth2/callback?state=&session_state={uuid_like(r)}&iss=https%3A%2F%2Fsso.labor-nord.de%2Frealms%2Flab&code={uuid_like(r)}.{uuid_like(r)}.{uuid_like(r)}"
        access(t + sec(0.002), ip, "GET", cb, 500, 1418, "https://sso.labor-nord.de/", ua)
    W(
        pg_down[0] + sec(27.5),
        "error",
        "Note could not be created: %s",
        "Note could not be created: SequelizeConnectionRefusedError: connect ECONNREFUSED 172.18.0.2:5432",
    )
    # the session store while PostgreSQL is away: express's final handler prints the stack
    for t in poisson(r, pg_down[0], pg_down[1], 5):
        ip, ua = r.choice(users)
        t = raw(
            t,
            "SequelizeConnectionRefusedError: connect ECONNREFUSED %s",
            ["SequelizeConnectionRefusedError: connect ECONNREFUSED 172.18.0.2:5432", *HD_STACK_PG],
        )
        access(t + sec(0.002), ip, "GET", f"/{r.choice(notes[:25])}", 500, 1418, f"{HD_BASE}/", ua)
    for t in poisson(r, pg_down[0], pg_down[1], 9):
        pg_error(t)  # realtime connections failing to load their note
    W(
        pg_down[0] + sec(31.2),
        "error",
        "revision saver failed: %s",
        "revision saver failed: SequelizeConnectionRefusedError: connect ECONNREFUSED 172.18.0.2:5432",
    )
    # a note deleted at 09:40 while a kiosk tab keeps reconnecting to it
    t = at(9, 40, 22)
    while t < at(10, 10):
        W(t, "error", "note not found", "note not found")
        t += sec(r.uniform(8, 25))
    for t in poisson(r, T0, T_END, 2400):
        W(t, "error", "connection forbidden", "connection forbidden")
    # scanners
    for t in poisson(r, T0, T_END, 900):
        p = "/wp-login.php"
        access(
            t,
            f"{r.choice([45, 185, 193])}.{r.randint(1, 254)}.{r.randint(1, 254)}.{r.randint(1, 254)}",
            "GET",
            p,
            404,
            9374,
            "-",
            "Mozilla/5.0 zgrab/0.x",
        )
    # the container recreated at 10:30
    t = W(
        down[0],
        "info",
        "HedgeDoc has been killed by signal, try to exit gracefully...",
        "HedgeDoc has been killed by signal, try to exit gracefully...",
    )
    t = W(
        down[0] + sec(12.4),
        "warn",
        "Session secret not set. Using random generated one. Please set `sessionSecret` in your config.json file. All users will be logged out.",
        "Session secret not set. Using random generated one. Please set `sessionSecret` in your config.json file. All users will be logged out.",
    )
    for i in (1, 2):
        t = W(
            t + sec(r.uniform(0.9, 1.3)),
            "warn",
            "Database cannot be reached. Try %d of %d. (%s)",
            f"Database cannot be reached. Try {i} of 30. (SequelizeConnectionRefusedError: connect ECONNREFUSED 172.18.0.2:5432)",
        )
    t = W(
        t + sec(1.6),
        "info",
        "All migrations performed successfully",
        "All migrations performed successfully",
    )
    W(t + sec(0.21), "info", "HTTP Server listening at %s", "HTTP Server listening at 0.0.0.0:3000")
    return fs.logs(T0)


def uuid_like(r: random.Random) -> str:
    h = hexid(r, 32)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


# ----------------------------------------------------------------------------------- bookstack

BS_ROOT = "/var/www/bookstack"
BS_VENDOR = BS_ROOT + "/vendor/laravel/framework/src/Illuminate"
BS_WEB_FRAMES = [
    "{v}/Database/Connection.php(776): Illuminate\\\\Database\\\\Connection->runQueryCallback('select * from `...', Array, Object(Closure))",
    "{v}/Database/Connection.php(421): Illuminate\\\\Database\\\\Connection->run('select * from `...', Array, Object(Closure))",
    "{v}/Database/Query/Builder.php(2913): Illuminate\\\\Database\\\\Connection->select('select * from `...', Array, true)",
    "{v}/Database/Query/Builder.php(2902): Illuminate\\\\Database\\\\Query\\\\Builder->runSelect()",
    "{v}/Database/Query/Builder.php(3456): Illuminate\\\\Database\\\\Query\\\\Builder->Illuminate\\\\Database\\\\Query\\\\{{closure}}()",
    "{v}/Database/Query/Builder.php(2901): Illuminate\\\\Database\\\\Query\\\\Builder->onceWithColumns(Array, Object(Closure))",
    "{v}/Database/Eloquent/Builder.php(739): Illuminate\\\\Database\\\\Query\\\\Builder->get(Array)",
    "{v}/Database/Eloquent/Builder.php(723): Illuminate\\\\Database\\\\Eloquent\\\\Builder->getModels(Array)",
    "{v}/Database/Concerns/BuildsQueries.php(333): Illuminate\\\\Database\\\\Eloquent\\\\Builder->get(Array)",
    "{v}/Auth/EloquentUserProvider.php(59): Illuminate\\\\Database\\\\Eloquent\\\\Builder->first()",
    "{v}/Auth/SessionGuard.php(159): Illuminate\\\\Auth\\\\EloquentUserProvider->retrieveById(3)",
    "{v}/Auth/GuardHelpers.php(60): Illuminate\\\\Auth\\\\SessionGuard->user()",
    "{v}/Auth/Middleware/Authenticate.php(63): Illuminate\\\\Auth\\\\SessionGuard->check()",
    "{v}/Pipeline/Pipeline.php(183): Illuminate\\\\Auth\\\\Middleware\\\\Authenticate->handle(Object(Illuminate\\\\Http\\\\Request), Object(Closure))",
    "{r}/app/Http/Middleware/ApplyCspRules.php(36): Illuminate\\\\Pipeline\\\\Pipeline->Illuminate\\\\Pipeline\\\\{{closure}}(Object(Illuminate\\\\Http\\\\Request))",
    "{v}/Pipeline/Pipeline.php(183): BookStack\\\\Http\\\\Middleware\\\\ApplyCspRules->handle(Object(Illuminate\\\\Http\\\\Request), Object(Closure))",
    "{v}/Session/Middleware/StartSession.php(121): Illuminate\\\\Pipeline\\\\Pipeline->Illuminate\\\\Pipeline\\\\{{closure}}(Object(Illuminate\\\\Http\\\\Request))",
    "{v}/Pipeline/Pipeline.php(183): Illuminate\\\\Session\\\\Middleware\\\\StartSession->handle(Object(Illuminate\\\\Http\\\\Request), Object(Closure))",
    "{v}/Routing/Router.php(797): Illuminate\\\\Pipeline\\\\Pipeline->then(Object(Closure))",
    "{v}/Foundation/Http/Kernel.php(170): Illuminate\\\\Routing\\\\Router->dispatch(Object(Illuminate\\\\Http\\\\Request))",
    "{r}/public/index.php(52): Illuminate\\\\Foundation\\\\Http\\\\Kernel->handle(Object(Illuminate\\\\Http\\\\Request))",
]
BS_WORKER_FRAMES = [
    "{v}/Database/Connection.php(776): Illuminate\\\\Database\\\\Connection->runQueryCallback('select * from `...', Array, Object(Closure))",
    "{v}/Database/Connection.php(421): Illuminate\\\\Database\\\\Connection->run('select * from `...', Array, Object(Closure))",
    "{v}/Database/Query/Builder.php(2913): Illuminate\\\\Database\\\\Connection->select('select * from `...', Array, true)",
    "{v}/Database/Query/Builder.php(2902): Illuminate\\\\Database\\\\Query\\\\Builder->runSelect()",
    "{v}/Database/Query/Builder.php(3456): Illuminate\\\\Database\\\\Query\\\\Builder->Illuminate\\\\Database\\\\Query\\\\{{closure}}()",
    "{v}/Database/Query/Builder.php(2901): Illuminate\\\\Database\\\\Query\\\\Builder->onceWithColumns(Array, Object(Closure))",
    "{v}/Database/Concerns/BuildsQueries.php(333): Illuminate\\\\Database\\\\Query\\\\Builder->get(Array)",
    "{v}/Queue/DatabaseQueue.php(251): Illuminate\\\\Database\\\\Query\\\\Builder->first()",
    "{v}/Queue/DatabaseQueue.php(222): Illuminate\\\\Queue\\\\DatabaseQueue->getNextAvailableJob('default')",
    "{v}/Database/Concerns/ManagesTransactions.php(30): Illuminate\\\\Queue\\\\DatabaseQueue->Illuminate\\\\Queue\\\\{{closure}}(Object(Illuminate\\\\Database\\\\MySqlConnection))",
    "{v}/Queue/DatabaseQueue.php(216): Illuminate\\\\Database\\\\Connection->transaction(Object(Closure))",
    "{v}/Queue/Worker.php(350): Illuminate\\\\Queue\\\\DatabaseQueue->pop('default')",
    "{v}/Queue/Worker.php(364): Illuminate\\\\Queue\\\\Worker->Illuminate\\\\Queue\\\\{{closure}}('default')",
    "{v}/Queue/Worker.php(162): Illuminate\\\\Queue\\\\Worker->getNextJob(Object(Illuminate\\\\Queue\\\\DatabaseQueue), 'default')",
    "{v}/Queue/Console/WorkCommand.php(138): Illuminate\\\\Queue\\\\Worker->daemon('database', 'default', Object(Illuminate\\\\Queue\\\\WorkerOptions))",
    "{v}/Queue/Console/WorkCommand.php(121): Illuminate\\\\Queue\\\\Console\\\\WorkCommand->runWorker('database', 'default')",
    "{v}/Container/BoundMethod.php(36): Illuminate\\\\Queue\\\\Console\\\\WorkCommand->handle()",
    "{v}/Container/Util.php(41): Illuminate\\\\Container\\\\BoundMethod::Illuminate\\\\Container\\\\{{closure}}()",
    "{v}/Container/BoundMethod.php(93): Illuminate\\\\Container\\\\Util::unwrapIfClosure(Object(Closure))",
    "{v}/Console/Command.php(211): Illuminate\\\\Container\\\\Container->call(Array)",
    "{r}/vendor/symfony/console/Command/Command.php(326): Illuminate\\\\Console\\\\Command->execute(Object(Symfony\\\\Component\\\\Console\\\\Input\\\\ArgvInput), Object(Illuminate\\\\Console\\\\OutputStyle))",
    "{v}/Foundation/Console/Kernel.php(198): Symfony\\\\Component\\\\Console\\\\Application->run(Object(Symfony\\\\Component\\\\Console\\\\Input\\\\ArgvInput), Object(Symfony\\\\Component\\\\Console\\\\Output\\\\ConsoleOutput))",
    "{r}/artisan(35): Illuminate\\\\Foundation\\\\Console\\\\Kernel->handle(Object(Symfony\\\\Component\\\\Console\\\\Input\\\\ArgvInput), Object(Symfony\\\\Component\\\\Console\\\\Output\\\\ConsoleOutput))",
]
BS_MAIL_FRAMES = [
    "{r}/vendor/symfony/mailer/Transport/Smtp/SmtpTransport.php(275): Symfony\\\\Component\\\\Mailer\\\\Transport\\\\Smtp\\\\Stream\\\\SocketStream->initialize()",
    "{r}/vendor/symfony/mailer/Transport/Smtp/SmtpTransport.php(210): Symfony\\\\Component\\\\Mailer\\\\Transport\\\\Smtp\\\\SmtpTransport->start()",
    "{r}/vendor/symfony/mailer/Transport/AbstractTransport.php(69): Symfony\\\\Component\\\\Mailer\\\\Transport\\\\Smtp\\\\SmtpTransport->doSend(Object(Symfony\\\\Component\\\\Mailer\\\\SentMessage))",
    "{r}/vendor/symfony/mailer/Transport/Smtp/SmtpTransport.php(137): Symfony\\\\Component\\\\Mailer\\\\Transport\\\\AbstractTransport->send(Object(Symfony\\\\Component\\\\Mime\\\\Email), Object(Symfony\\\\Component\\\\Mailer\\\\DelayedEnvelope))",
    "{v}/Mail/Mailer.php(584): Symfony\\\\Component\\\\Mailer\\\\Transport\\\\Smtp\\\\SmtpTransport->send(Object(Symfony\\\\Component\\\\Mime\\\\Email), Object(Symfony\\\\Component\\\\Mailer\\\\DelayedEnvelope))",
    "{v}/Mail/Mailer.php(331): Illuminate\\\\Mail\\\\Mailer->sendSymfonyMessage(Object(Symfony\\\\Component\\\\Mime\\\\Email))",
    "{v}/Notifications/Channels/MailChannel.php(66): Illuminate\\\\Mail\\\\Mailer->send(Object(Closure), Array, Object(Closure))",
    "{v}/Notifications/NotificationSender.php(148): Illuminate\\\\Notifications\\\\Channels\\\\MailChannel->send(Object(BookStack\\\\Users\\\\Models\\\\User), Object(BookStack\\\\Activity\\\\Notifications\\\\Messages\\\\PageUpdateNotification))",
    "{v}/Notifications/NotificationSender.php(106): Illuminate\\\\Notifications\\\\NotificationSender->sendToNotifiable(Object(BookStack\\\\Users\\\\Models\\\\User), 'a2f4c1e0-...', Object(BookStack\\\\Activity\\\\Notifications\\\\Messages\\\\PageUpdateNotification), 'mail')",
    "{v}/Notifications/ChannelManager.php(54): Illuminate\\\\Notifications\\\\NotificationSender->sendNow(Object(Illuminate\\\\Database\\\\Eloquent\\\\Collection), Object(BookStack\\\\Activity\\\\Notifications\\\\Messages\\\\PageUpdateNotification), Array)",
    "{v}/Notifications/SendQueuedNotifications.php(119): Illuminate\\\\Notifications\\\\ChannelManager->sendNow(Object(Illuminate\\\\Database\\\\Eloquent\\\\Collection), Object(BookStack\\\\Activity\\\\Notifications\\\\Messages\\\\PageUpdateNotification), Array)",
    "{v}/Container/BoundMethod.php(36): Illuminate\\\\Notifications\\\\SendQueuedNotifications->handle(Object(Illuminate\\\\Notifications\\\\ChannelManager))",
    "{v}/Container/Util.php(41): Illuminate\\\\Container\\\\BoundMethod::Illuminate\\\\Container\\\\{{closure}}()",
    "{v}/Container/BoundMethod.php(93): Illuminate\\\\Container\\\\Util::unwrapIfClosure(Object(Closure))",
    "{v}/Container/Container.php(662): Illuminate\\\\Container\\\\BoundMethod::call(Object(Illuminate\\\\Foundation\\\\Application), Array, Array, NULL)",
    "{v}/Bus/Dispatcher.php(128): Illuminate\\\\Container\\\\Container->call(Array)",
    "{v}/Pipeline/Pipeline.php(144): Illuminate\\\\Bus\\\\Dispatcher->Illuminate\\\\Bus\\\\{{closure}}(Object(Illuminate\\\\Notifications\\\\SendQueuedNotifications))",
    "{v}/Queue/CallQueuedHandler.php(124): Illuminate\\\\Pipeline\\\\Pipeline->then(Object(Closure))",
    "{v}/Queue/CallQueuedHandler.php(69): Illuminate\\\\Queue\\\\CallQueuedHandler->dispatchThroughMiddleware(Object(Illuminate\\\\Queue\\\\Jobs\\\\DatabaseJob), Object(Illuminate\\\\Notifications\\\\SendQueuedNotifications))",
    "{v}/Queue/Jobs/Job.php(102): Illuminate\\\\Queue\\\\CallQueuedHandler->call(Object(Illuminate\\\\Queue\\\\Jobs\\\\DatabaseJob), Array)",
    "{v}/Queue/Worker.php(439): Illuminate\\\\Queue\\\\Jobs\\\\Job->fire()",
    "{v}/Queue/Worker.php(389): Illuminate\\\\Queue\\\\Worker->process('database', Object(Illuminate\\\\Queue\\\\Jobs\\\\DatabaseJob), Object(Illuminate\\\\Queue\\\\WorkerOptions))",
    "{v}/Queue/Worker.php(176): Illuminate\\\\Queue\\\\Worker->runJob(Object(Illuminate\\\\Queue\\\\Jobs\\\\DatabaseJob), 'database', Object(Illuminate\\\\Queue\\\\WorkerOptions))",
    "{v}/Queue/Console/WorkCommand.php(138): Illuminate\\\\Queue\\\\Worker->daemon('database', 'default', Object(Illuminate\\\\Queue\\\\WorkerOptions))",
    "{v}/Queue/Console/WorkCommand.php(121): Illuminate\\\\Queue\\\\Console\\\\WorkCommand->runWorker('database', 'default')",
    "{v}/Console/Command.php(211): Illuminate\\\\Container\\\\Container->call(Array)",
    "{r}/artisan(35): Illuminate\\\\Foundation\\\\Console\\\\Kernel->handle(Object(Symfony\\\\Component\\\\Console\\\\Input\\\\ArgvInput), Object(Symfony\\\\Component\\\\Console\\\\Output\\\\ConsoleOutput))",
]
BS_PDO_FRAMES = [
    "{v}/Database/Connectors/Connector.php(65): PDO->__construct('mysql:host=10.0...', 'bookstack', Object(SensitiveParameterValue), Array)",
    "{v}/Database/Connectors/Connector.php(44): Illuminate\\\\Database\\\\Connectors\\\\Connector->createPdoConnection('mysql:host=10.0...', 'bookstack', Object(SensitiveParameterValue), Array)",
    "{v}/Database/Connectors/MySqlConnector.php(24): Illuminate\\\\Database\\\\Connectors\\\\Connector->createConnection('mysql:host=10.0...', Array, Array)",
    "{v}/Database/Connectors/ConnectionFactory.php(184): Illuminate\\\\Database\\\\Connectors\\\\MySqlConnector->connect(Array)",
    "[internal function]: Illuminate\\\\Database\\\\Connectors\\\\ConnectionFactory->Illuminate\\\\Database\\\\Connectors\\\\{{closure}}()",
    "{v}/Database/Connection.php(1339): call_user_func(Object(Closure))",
    "{v}/Database/Connection.php(1375): Illuminate\\\\Database\\\\Connection->getPdo()",
    "{v}/Database/Connection.php(528): Illuminate\\\\Database\\\\Connection->getReadPdo()",
    "{v}/Database/Connection.php(423): Illuminate\\\\Database\\\\Connection->getPdoForSelect(true)",
    "{v}/Database/Connection.php(816): Illuminate\\\\Database\\\\Connection->Illuminate\\\\Database\\\\{{closure}}('select * from `...', Array)",
]
BS_PDO_GONE = [
    "{v}/Database/Connection.php(423): PDOStatement->execute()",
    "{v}/Database/Connection.php(816): Illuminate\\\\Database\\\\Connection->Illuminate\\\\Database\\\\{{closure}}('select * from `...', Array)",
]
BS_VIEW_FRAMES = [
    "{r}/storage/framework/views/8c1f2d0e4b7a9c3e5f6a1b2c3d4e5f60.php(12): Illuminate\\\\Foundation\\\\Bootstrap\\\\HandleExceptions->handleError(2, 'Undefined varia...', '/var/www/bookst...', 12)",
    "{v}/Filesystem/Filesystem.php(123): require('/var/www/bookst...')",
    "{v}/Filesystem/Filesystem.php(124): Illuminate\\\\Filesystem\\\\Filesystem::Illuminate\\\\Filesystem\\\\{{closure}}()",
    "{v}/View/Engines/PhpEngine.php(58): Illuminate\\\\Filesystem\\\\Filesystem->getRequire('/var/www/bookst...', Array)",
    "{v}/View/Engines/CompilerEngine.php(72): Illuminate\\\\View\\\\Engines\\\\PhpEngine->evaluatePath('/var/www/bookst...', Array)",
    "{v}/View/View.php(207): Illuminate\\\\View\\\\Engines\\\\CompilerEngine->get('/var/www/bookst...', Array)",
    "{v}/View/View.php(190): Illuminate\\\\View\\\\View->getContents()",
    "{v}/View/View.php(159): Illuminate\\\\View\\\\View->renderContents()",
    "{r}/resources/views/layouts/parts/header.blade.php(19): Illuminate\\\\View\\\\View->render()",
    "{v}/Http/Response.php(69): Illuminate\\\\View\\\\View->render()",
    "{v}/Routing/Router.php(750): Illuminate\\\\Http\\\\Response->setContent(Object(Illuminate\\\\View\\\\View))",
    "{v}/Foundation/Http/Kernel.php(170): Illuminate\\\\Routing\\\\Router->dispatch(Object(Illuminate\\\\Http\\\\Request))",
    "{r}/public/index.php(52): Illuminate\\\\Foundation\\\\Http\\\\Kernel->handle(Object(Illuminate\\\\Http\\\\Request))",
]
BS_JOB_WEBHOOK = "BookStack\\Activity\\DispatchWebhookJob"
BS_JOB_NOTIFY = "Illuminate\\Notifications\\SendQueuedNotifications"
BS_HOOK = "https://chat.ingenieur-haas.de/hooks/7m3kq9xw1bg8zr5ptd6yhc4ena"


def bs_frames(frames: list[str]) -> list[str]:
    out = [f"#{i} " + f.format(v=BS_VENDOR, r=BS_ROOT) for i, f in enumerate(frames)]
    return [*out, f"#{len(frames)} {{main}}"]


def bookstack(r: random.Random) -> list[Log]:
    """BookStack v24.05 for an engineering firm's wiki (native install, database queue), 06:00 to
    12:00: `storage/logs/laravel.log` (Monolog's `[date] production.LEVEL: message {context}`,
    exceptions with `[stacktrace]` and `[previous exception]` below the line) and the queue
    worker's output under supervisor (`worker.log`: Laravel 10's `queue:work` lines, `  date
    Class ..... RUNNING` and `..... 12.34ms DONE` / `FAIL`). Failed logins are logged
    (LOG_FAILED_LOGIN_MESSAGE="Failed login for %u" to the single channel): a credential stuffing
    run 07:02-07:38 and users' typos. Every activity queues the Mattermost webhook and watchers'
    notifications: Mattermost down 08:10-08:50 (a 502 from its proxy, then timeouts, then
    refused connections), MariaDB restarted 09:15 (web requests' and the worker's
    QueryException, the worker restarted by supervisor), the Office 365 relay refusing
    10:00-10:35 (notification jobs FAIL, a password reset fails), an upgrade's `queue:restart`
    at 10:45, a PDF export of a huge book running out of memory twice at 11:20."""
    fs = Files()

    def LOG(
        t: datetime,
        level: str,
        label: str,
        msg: str,
        ctx: str = "",
        extra: list[str] | None = None,
        proc: str = "web",
    ) -> datetime:
        return fs.add(
            "laravel.log",
            t,
            label,
            lambda x: [
                f"[{x:%Y-%m-%d %H:%M:%S}] production.{level}: {msg}{(' ' + ctx) if ctx else ''}",
                *(extra or []),
            ],
            ("laravel", proc),
            1_000_000,
        )

    def WLOG(t: datetime, label: str, text: str, extra: list[str] | None = None) -> datetime:
        return fs.add(
            "worker.log",
            t,
            label,
            lambda x: [text.replace(DATE, f"{x:%Y-%m-%d %H:%M:%S}"), *(extra or [])],
            "worker",
            1_000_000,
        )

    DATE = "YYYY-MM-DD HH:MM:SS"

    def two_col(first: str, second: str) -> str:
        dots = max(78 - 2 - len(first) - 1 - 1 - len(second), 1)
        return f"  {first} {'.' * dots} {second}"

    def runtime(s: float) -> str:
        if s < 1:
            return f"{s * 1000:.2f}ms"
        if s < 60:
            return f"{int(s)}s"
        return f"{int(s // 60)}m {int(s % 60)}s"

    def exc(
        cls: str,
        code: int,
        msg: str,
        where: str,
        frames: list[str],
        prev: tuple[str, int, str, str, list[str]] | None = None,
    ) -> tuple[str, list[str]]:
        esc = msg.replace("\\", "\\\\").replace('"', '\\"')
        head = f'"exception":"[object] ({cls}(code: {code}): {esc} at {where})'
        rest = ["[stacktrace]", *bs_frames(frames)]
        if prev is not None:
            pcls, pcode, pmsg, pwhere, pframes = prev
            rest += [
                "",
                f"[previous exception] [object] ({pcls}(code: {pcode}): {pmsg} at {pwhere})",
                "[stacktrace]",
                *bs_frames(pframes),
            ]
        return head, [*rest, '"} ']

    def error(
        t: datetime,
        label: str,
        msg: str,
        user: int | None,
        head: str,
        rest: list[str],
        proc: str = "web",
    ) -> datetime:
        ctx = "{" + (f'"userId":{user},' if user else "") + head
        return LOG(t, "ERROR", label, msg, ctx, rest, proc)

    # ---- the worker
    worker_starts = [at(5, 58, 41)]
    jobs: list[tuple[datetime, str]] = []
    activities = arrivals(r, T0, T_END, 40)
    for a in activities:
        jobs.append((a + sec(r.uniform(0.3, 2.8)), BS_JOB_WEBHOOK))
        if r.random() < 0.28:
            for _ in range(r.choice([1, 1, 2, 3])):
                jobs.append((a + sec(r.uniform(0.4, 3.2)), BS_JOB_NOTIFY))
    for lg in arrivals(r, T0, T_END, 330):  # logins fire the webhook too
        jobs.append((lg + sec(r.uniform(0.3, 2)), BS_JOB_WEBHOOK))
    jobs.sort()
    db_down = (at(9, 15, 4), at(9, 16, 22))
    mail_down = (at(10, 0, 12), at(10, 35, 40))
    upgrade = at(10, 45, 30)
    # the worker's view of the database outage: it loses its connection, supervisor restarts it
    db_fail = [db_down[0] + sec(1.2), db_down[0] + sec(33.5), db_down[0] + sec(66.1)]
    for i, tf in enumerate(db_fail):
        sql = f"select * from `jobs` where `queue` = default and ((`reserved_at` is null and `available_at` <= {int(tf.timestamp())}) or (`reserved_at` <= {int(tf.timestamp()) - 90})) order by `id` asc limit 1 for update"
        if i == 0:
            # the worker's open connection goes first
            msg = f"SQLSTATE[HY000]: General error: 2006 MySQL server has gone away (Connection: mysql, SQL: {sql})"
            head, rest = exc(
                "Illuminate\\\\Database\\\\QueryException",
                "HY000",  # type: ignore[arg-type]
                msg,
                f"{BS_VENDOR}/Database/Connection.php:822",
                BS_WORKER_FRAMES,
                (
                    "PDOException",
                    "HY000",
                    "SQLSTATE[HY000]: General error: 2006 MySQL server has gone away",
                    f"{BS_VENDOR}/Database/Connection.php:423",
                    BS_PDO_GONE,
                ),  # type: ignore[arg-type]
            )
            error(
                tf,
                "SQLSTATE[HY000]: General error: 2006 MySQL server has gone away (Connection: %s, SQL: %s)",
                msg,
                None,
                head,
                rest,
                "worker",
            )
        else:
            msg = f"SQLSTATE[HY000] [2002] Connection refused (Connection: mysql, SQL: {sql})"
            head, rest = exc(
                "Illuminate\\\\Database\\\\QueryException",
                2002,
                msg,
                f"{BS_VENDOR}/Database/Connection.php:822",
                BS_WORKER_FRAMES,
                (
                    "PDOException",
                    2002,
                    "SQLSTATE[HY000] [2002] Connection refused",
                    f"{BS_VENDOR}/Database/Connectors/Connector.php:65",
                    BS_PDO_FRAMES,
                ),
            )
            error(
                tf,
                "SQLSTATE[HY000] [2002] Connection refused (Connection: %s, SQL: %s)",
                msg,
                None,
                head,
                rest,
                "worker",
            )
        worker_starts.append(tf + sec(r.uniform(1.1, 1.6)))
    worker_starts.append(upgrade + sec(r.uniform(2.5, 4)))
    for ws in worker_starts:
        if ws >= T0:
            fs.add("worker.log", ws, None, lambda x: [""], "worker-newline", 1_000_000)
            WLOG(
                ws,
                "Processing jobs from the [%s] queue.",
                "   INFO  Processing jobs from the [default] queue.",
                [""],
            )
    busy_until = T0
    for tj, job in jobs:
        if tj >= T_END:
            break
        if in_any(tj, [(db_down[0], db_down[1] + sec(2))]):
            tj = db_down[1] + sec(r.uniform(2, 9))
        if upgrade <= tj < upgrade + sec(5):
            tj = upgrade + sec(5.5)
        tj = max(tj, busy_until + sec(0.02))
        label_run = "%s %s RUNNING"
        WLOG(tj, label_run, two_col(f"{DATE} {job}", "RUNNING"))
        if job == BS_JOB_WEBHOOK:
            if at(8, 10, 30) <= tj < at(8, 24, 10):
                dur = r.uniform(0.02, 0.09)
                LOG(
                    tj + sec(dur),
                    "ERROR",
                    "Webhook call to endpoint %s failed with status %d",
                    f"Webhook call to endpoint {BS_HOOK} failed with status 502",
                    proc="worker",
                )
            elif at(8, 24, 10) <= tj < at(8, 31, 0):
                dur = 3.0 + r.uniform(0.001, 0.02)
                LOG(
                    tj + sec(dur),
                    "ERROR",
                    'Webhook call to endpoint %s failed with error "cURL error 28: Operation timed out after %d milliseconds with 0 bytes received (see https://curl.haxx.se/libcurl/c/libcurl_errors.html) for %s"',
                    f'Webhook call to endpoint {BS_HOOK} failed with error "cURL error 28: Operation timed out after {int(dur * 1000)} milliseconds with 0 bytes received (see https://curl.haxx.se/libcurl/c/libcurl_errors.html) for {BS_HOOK}"',
                    proc="worker",
                )
            elif at(8, 50, 20) <= tj < at(8, 53, 50):
                dur = r.uniform(0.01, 0.05)
                LOG(
                    tj + sec(dur),
                    "ERROR",
                    'Webhook call to endpoint %s failed with error "cURL error 6: Could not resolve host: %s (see https://curl.haxx.se/libcurl/c/libcurl_errors.html) for %s"',
                    f'Webhook call to endpoint {BS_HOOK} failed with error "cURL error 6: Could not resolve host: chat.ingenieur-haas.de (see https://curl.haxx.se/libcurl/c/libcurl_errors.html) for {BS_HOOK}"',
                    proc="worker",
                )
            elif at(8, 31, 0) <= tj < at(8, 50, 20):
                dur = r.uniform(0.004, 0.02)
                LOG(
                    tj + sec(dur),
                    "ERROR",
                    'Webhook call to endpoint %s failed with error "cURL error 7: Failed to connect to %s port %d after %d ms: Couldn\'t connect to server (see https://curl.haxx.se/libcurl/c/libcurl_errors.html) for %s"',
                    f'Webhook call to endpoint {BS_HOOK} failed with error "cURL error 7: Failed to connect to chat.ingenieur-haas.de port 443 after {r.randint(0, 3)} ms: Couldn\'t connect to server (see https://curl.haxx.se/libcurl/c/libcurl_errors.html) for {BS_HOOK}"',
                    proc="worker",
                )
            else:
                dur = r.uniform(0.06, 0.45)
            WLOG(tj + sec(dur), "%s %s %s DONE", two_col(f"{DATE} {job}", f"{runtime(dur)} DONE"))
        else:
            if in_any(tj, [mail_down]):
                dur = r.uniform(10.0, 30.2)
                msg = 'Connection could not be established with host "smtp.office365.com:587": stream_socket_client(): Unable to connect to smtp.office365.com:587 (Connection timed out)'
                head, rest = exc(
                    "Symfony\\\\Component\\\\Mailer\\\\Exception\\\\TransportException",
                    0,
                    msg,
                    BS_ROOT + "/vendor/symfony/mailer/Transport/Smtp/Stream/SocketStream.php:154",
                    [
                        "[internal function]: Symfony\\\\Component\\\\Mailer\\\\Transport\\\\Smtp\\\\Stream\\\\SocketStream->Symfony\\\\Component\\\\Mailer\\\\Transport\\\\Smtp\\\\Stream\\\\{{closure}}(2, 'stream_socket_c...', '/var/www/bookst...', 157)",
                        "{r}/vendor/symfony/mailer/Transport/Smtp/Stream/SocketStream.php(157): stream_socket_client('smtp.office365....', 0, '', 30.0, 4, Resource id #1432)",
                        *BS_MAIL_FRAMES,
                    ],
                )
                WLOG(
                    tj + sec(dur), "%s %s %s FAIL", two_col(f"{DATE} {job}", f"{runtime(dur)} FAIL")
                )
                error(
                    tj + sec(dur + 0.01),
                    'Connection could not be established with host "%s": stream_socket_client(): Unable to connect to %s (Connection timed out)',
                    msg,
                    None,
                    head,
                    rest,
                    "worker",
                )
            else:
                dur = r.uniform(0.35, 1.9)
                WLOG(
                    tj + sec(dur), "%s %s %s DONE", two_col(f"{DATE} {job}", f"{runtime(dur)} DONE")
                )
        busy_until = tj + sec(dur + 0.01)

    # ---- the web side
    stuff = poisson(r, at(7, 2, 14), at(7, 38, 40), 3.1)
    names = [f"{a}.{b}@ingenieur-haas.de" for a in FIRST for b in LAST]
    for t in stuff:
        who = r.choice(
            [
                *names[:40],
                "admin@admin.com",
                "admin",
                "info@ingenieur-haas.de",
                "administrator",
                "test@ingenieur-haas.de",
            ]
        )
        LOG(t, "WARNING", "Failed login for %s", f"Failed login for {who}")
    for t in arrivals(r, T0, T_END, 1500):
        LOG(t, "WARNING", "Failed login for %s", f"Failed login for {r.choice(names[:60])}")
    sqls = [
        "select * from `users` where `id` = {u} limit 1",
        "select * from `pages` where `slug` = {s} and `book_id` = {b} and `pages`.`deleted_at` is null limit 1",
        "select * from `settings` where `setting_key` = app-name limit 1",
    ]
    for t in poisson(r, db_down[0], db_down[1], 5.5):
        u = r.randint(2, 48)
        sql = r.choice(sqls).format(
            u=u,
            s=r.choice(
                ["pumpenauslegung", "inbetriebnahme-checkliste", "vpn-zugang", "urlaubsantrag"]
            ),
            b=r.randint(3, 40),
        )
        msg = f"SQLSTATE[HY000] [2002] Connection refused (Connection: mysql, SQL: {sql})"
        head, rest = exc(
            "Illuminate\\\\Database\\\\QueryException",
            2002,
            msg,
            f"{BS_VENDOR}/Database/Connection.php:822",
            BS_WEB_FRAMES,
            (
                "PDOException",
                2002,
                "SQLSTATE[HY000] [2002] Connection refused",
                f"{BS_VENDOR}/Database/Connectors/Connector.php:65",
                BS_PDO_FRAMES,
            ),
        )
        error(
            t,
            "SQLSTATE[HY000] [2002] Connection refused (Connection: %s, SQL: %s)",
            msg,
            u if r.random() < 0.7 else None,
            head,
            rest,
        )
    # a password reset while the relay refuses
    t = at(10, 12, 41)
    msg = 'Connection could not be established with host "smtp.office365.com:587": stream_socket_client(): Unable to connect to smtp.office365.com:587 (Connection timed out)'
    head, rest = exc(
        "Symfony\\\\Component\\\\Mailer\\\\Exception\\\\TransportException",
        0,
        msg,
        BS_ROOT + "/vendor/symfony/mailer/Transport/Smtp/Stream/SocketStream.php:154",
        [
            "[internal function]: Symfony\\\\Component\\\\Mailer\\\\Transport\\\\Smtp\\\\Stream\\\\SocketStream->Symfony\\\\Component\\\\Mailer\\\\Transport\\\\Smtp\\\\Stream\\\\{{closure}}(2, 'stream_socket_c...', '/var/www/bookst...', 157)",
            "{r}/vendor/symfony/mailer/Transport/Smtp/Stream/SocketStream.php(157): stream_socket_client('smtp.office365....', 0, '', 30.0, 4, Resource id #18)",
            *BS_MAIL_FRAMES[:7],
            *BS_WEB_FRAMES[-8:],
        ],
    )
    error(
        t,
        'Connection could not be established with host "%s": stream_socket_client(): Unable to connect to %s (Connection timed out)',
        msg,
        None,
        head,
        rest,
    )
    # a theme partial edited at 09:50 with a variable the layout does not pass
    for t in poisson(r, at(9, 50, 31), at(10, 6, 2), 11):
        u = r.randint(2, 48)
        view = "/var/www/bookstack/themes/haas/layouts/parts/header-links-start.blade.php"
        msg = f"Undefined variable $currentUser (View: {view})"
        head, rest = exc(
            "Illuminate\\\\View\\\\ViewException",
            0,
            msg,
            f"{BS_ROOT}/storage/framework/views/8c1f2d0e4b7a9c3e5f6a1b2c3d4e5f60.php:12",
            BS_VIEW_FRAMES,
            (
                "ErrorException",
                0,
                "Undefined variable $currentUser",
                f"{BS_ROOT}/storage/framework/views/8c1f2d0e4b7a9c3e5f6a1b2c3d4e5f60.php:12",
                BS_VIEW_FRAMES,
            ),
        )
        error(t, "Undefined variable $%s (View: %s)", msg, u, head, rest)
    # the PDF export
    for t, u in [(at(11, 20, 14), 17), (at(11, 21, 3), 17)]:
        msg = "Allowed memory size of 134217728 bytes exhausted (tried to allocate 20480 bytes)"
        head = f'"exception":"[object] (Symfony\\\\Component\\\\ErrorHandler\\\\Error\\\\FatalError(code: 0): {msg} at {BS_ROOT}/vendor/dompdf/dompdf/src/Frame/FrameTree.php:154)'
        error(
            t,
            "Allowed memory size of %d bytes exhausted (tried to allocate %d bytes)",
            msg,
            u,
            head,
            ["[stacktrace]", "#0 {main}", '"} '],
        )
    msg = "Maximum execution time of 60 seconds exceeded"
    head = f'"exception":"[object] (Symfony\\\\Component\\\\ErrorHandler\\\\Error\\\\FatalError(code: 0): {msg} at {BS_ROOT}/vendor/dompdf/dompdf/src/FrameReflower/Block.php:1012)'
    error(
        at(11, 27, 48),
        "Maximum execution time of %d seconds exceeded",
        msg,
        17,
        head,
        ["[stacktrace]", "#0 {main}", '"} '],
    )
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- moonraker

MR_PRINTERS = {
    # host, pid, 64-bit ids, spoolman, obico, KlipperScreen
    "voron": ("voron24", 712, True, True, True, True),
    "mk3s": ("mk3s-klipper", 698, True, False, True, False),
    "ender3": ("ender3-s1", 721, False, False, False, False),
}
MR_GCODES = [
    "Voron_Cube_0.2mm_ABS_1h12m.gcode",
    "benchy_0.2mm_PLA_MK3S_48m.gcode",
    "cable_clip_x8_0.16mm_PETG.gcode",
    "raspi_case_top_0.2mm_PLA_2h3m.gcode",
    "hinge_v3_PETG_0.2mm.gcode",
    "filament_guide_0.28mm_PLA.gcode",
    "stealthburner_cw2_ABS_0.2mm.gcode",
    "makerspace_badge_x12_PLA.gcode",
]


def moonraker(r: random.Random) -> list[Log]:
    """Three printers' Moonraker (`voron-moonraker.log`, `mk3s-moonraker.log`,
    `ender3-moonraker.log`: its file log, `asctime [file.py:func()] - message`, no level) in a
    makerspace, 06:00 to 12:00: Mainsail and Fluidd tabs and Mobileraker opening and closing
    websockets (`101 GET /websocket`, `Websocket Opened`, `Client Identified`, `Websocket
    Closed`), moonraker-obico and KlipperScreen reconnecting, a Home Assistant integration
    asking the mk3s and the Ender every minute for power devices they do not configure (`Method
    not found`), OrcaSlicer uploads (`201 POST /api/files/local`) and `Job Started: %s`, missing
    thumbnails of a file copied in without them (404), metadata asked for files still being
    copied over SMB (a traceback); the Voron's event loop blocked by a 180 MB upload at 09:31, the
    Ender's Klipper shut down at 08:40 (the usage statistics dump, the Pi's throttled flags) and
    restarted at 08:46, an untrusted phone refused on the mk3s 11:10-11:15, and Moonraker updated and
    restarted on the mk3s at 10:15 (the log header, the configuration dump, the components)."""
    fs = Files()

    def asct(t: datetime) -> str:
        return f"{t:%Y-%m-%d %H:%M:%S},{t.microsecond // 1000:03d}"

    def M(
        p: str, t: datetime, where: str, label: str | None, msg: str, proc: object = None
    ) -> datetime:
        lines = msg.split("\n")
        return fs.add(
            f"{p}-moonraker.log",
            t,
            label,
            lambda x: [f"{asct(x)} [{where}] - {lines[0]}", *lines[1:]],
            (p, proc),
            1000,
        )

    def wsid(p: str) -> int:
        if MR_PRINTERS[p][2]:
            return r.randrange(281473300000000, 281473700000000, 16)
        return r.randrange(2990000000, 3080000000, 8)

    def access(
        p: str, t: datetime, status: int, method: str, uri: str, ip: str, user: str, ms: float
    ) -> datetime:
        # an access line: labelled by method, route (a file's name kept) and status
        return M(
            p,
            t,
            "application.py:log_request()",
            f"{method} {uri} {status}",
            f"{status} {method} {uri} ({ip}) [{user}] {ms:.2f}ms",
        )

    def session(
        p: str,
        t: datetime,
        ip: str,
        ua: str,
        host: str,
        name: str,
        version: str,
        ctype: str,
        end: datetime | None,
        close: str,
        user: str = "_TRUSTED_USER_",
    ) -> None:
        uid = wsid(p)
        t = access(p, t, 101, "GET", "/websocket", ip, user, r.uniform(1.8, 12))
        t = M(
            p,
            t + sec(0.001),
            "websockets.py:open()",
            "Websocket Opened: ID: %s, Proxied: %s, User Agent: %s, Host Name: %s",
            f"Websocket Opened: ID: {uid}, Proxied: False, User Agent: {ua}, Host Name: {host}",
        )
        t = M(
            p,
            t + sec(r.uniform(0.01, 0.2)),
            "websockets.py:_handle_identify()",
            "Websocket %s Client Identified - Name: %s, Version: %s, Type: %s",
            f"Websocket {uid} Client Identified - Name: {name}, Version: {version}, Type: {ctype}",
        )
        if end is not None and end < T_END:
            pong = r.uniform(0.5, 4.9) if close != "None" else r.uniform(12, 58)
            M(
                p,
                end,
                "websockets.py:on_close()",
                "Websocket Closed: ID: %s Close Code: %s, Close Reason: %s, Pong Time Elapsed: %.2f",
                f"Websocket Closed: ID: {uid} Close Code: {close}, Close Reason: None, Pong Time Elapsed: {pong:.2f}",
            )

    def stats_lines(t: datetime, n: int, usage: tuple[float, float]) -> list[str]:
        out = []
        for i in range(n):
            ts = t.timestamp() - (n - i) + r.uniform(-0.004, 0.004)
            out.append(
                f"System Time: {ts:2f}, Usage: {round(r.uniform(*usage), 2)}%, Memory: {r.randint(52100, 53900)} kB"
            )
        return out

    mk3s_restart = at(10, 15, 7.4)
    for p, (hostname, _pid, _b64, _spool, obico, kscreen) in MR_PRINTERS.items():
        ip_self = {"voron": "192.168.10.31", "mk3s": "192.168.10.32", "ender3": "192.168.10.33"}[p]
        down: list[tuple[datetime, datetime]] = []
        if p == "mk3s":
            down = [(mk3s_restart - sec(0.5), mk3s_restart + sec(9))]

        def up(t: datetime, down: list = down) -> bool:
            return not in_any(t, down)

        # browsers
        for t in arrivals(r, T0, T_END, 290):
            if not up(t):
                continue
            ip = (
                f"192.168.10.{r.randint(100, 180)}"
                if r.random() < 0.8
                else f"10.8.0.{r.randint(2, 40)}"
            )
            ua = r.choice(HD_UA[:5])
            name, version = ("mainsail", "2.11.2") if r.random() < 0.75 else ("fluidd", "v1.30.0")
            end = t + sec(r.uniform(20, 2400))
            if p == "mk3s" and end >= mk3s_restart and t < mk3s_restart:
                end = mk3s_restart + sec(0.11)
                session(p, t, ip, ua, ip_self, name, version, "web", end, "None")
                continue
            session(
                p,
                t,
                ip,
                ua,
                ip_self,
                name,
                version,
                "web",
                end,
                r.choice(["1001", "1001", "1001", "None"]),
            )
            # thumbnails Mainsail cannot find
            if r.random() < 0.12:
                g = "makerspace_badge_x12_PLA"  # copied in without its .thumbs folder
                access(
                    p,
                    t + sec(r.uniform(0.5, 3)),
                    404,
                    "GET",
                    f"/server/files/gcodes/.thumbs/{g}-32x32.png",
                    ip,
                    "_TRUSTED_USER_",
                    r.uniform(0.6, 2.2),
                )
        # phones
        for t in arrivals(r, T0, T_END, 650):
            if not up(t):
                continue
            ip = f"192.168.10.{r.randint(181, 220)}"
            end = t + sec(r.uniform(15, 420))
            if p == "mk3s" and end >= mk3s_restart and t < mk3s_restart:
                end = mk3s_restart + sec(0.12)
            session(
                p,
                t,
                ip,
                "Dart/3.3 (dart:io)",
                ip_self,
                "Mobileraker",
                "2.7.4",
                "mobile",
                end,
                r.choice(["1000", "None"]),
            )
        # agents on the Pi itself
        if obico:
            t = T0 + sec(r.uniform(200, 900))
            while t < T_END:
                nxt = t + sec(r.uniform(2400, 5400))
                if p == "mk3s" and t < mk3s_restart <= nxt:
                    nxt = mk3s_restart + sec(0.13)
                session(
                    p,
                    t,
                    "127.0.0.1",
                    "Python/3.11 websockets/11.0.3",
                    "127.0.0.1",
                    "moonraker-obico",
                    "2.1.1",
                    "agent",
                    nxt,
                    "None",
                )
                t = nxt + sec(r.uniform(5.2, 6.5))
                if p == "mk3s" and t < mk3s_restart + sec(12):
                    t = mk3s_restart + sec(r.uniform(14, 20))
        if kscreen:
            session(
                p,
                at(8, 55, 3),
                "127.0.0.1",
                "",
                "127.0.0.1",
                "KlipperScreen",
                "v0.4.1-13-g8c3e7b5",
                "display",
                None,
                "None",
            )
            M(
                p,
                at(8, 54, 58),
                "websockets.py:on_close()",
                "Websocket Closed: ID: %s Close Code: %s, Close Reason: %s, Pong Time Elapsed: %.2f",
                f"Websocket Closed: ID: {wsid(p)} Close Code: None, Close Reason: None, Pong Time Elapsed: 31.07",
            )
        # Home Assistant's polling
        if p in ("mk3s", "ender3"):
            t = T0 + sec(r.uniform(0, 60))
            while t < T_END:
                if up(t):
                    M(
                        p,
                        t,
                        "common.py:build_error()",
                        "JSON-RPC Request Error - Requested Method: %s, Code: %s, Message: Method not found",
                        "JSON-RPC Request Error - Requested Method: machine.device_power.devices, Code: -32601, Message: Method not found",
                    )
                t += sec(60 + r.uniform(-0.3, 0.3))
        # slicer uploads and prints
        for t in arrivals(r, at(6, 40), T_END, 2100):
            if not up(t):
                continue
            g = r.choice(MR_GCODES)
            size_ms = r.uniform(600, 9000)
            t = access(
                p,
                t,
                201,
                "POST",
                "/api/files/local",
                f"192.168.10.{r.randint(100, 180)}",
                "_TRUSTED_USER_",
                size_ms,
            )
            if r.random() < 0.8 and not (p == "ender3" and at(8, 40) <= t < at(8, 47)):
                M(
                    p,
                    t + sec(r.uniform(0.3, 1.2)),
                    "job_state.py:_status_update()",
                    "Job Started: %s",
                    f"Job Started: {g}",
                )
        # metadata for files still being copied over SMB
        if p == "voron":
            for t in poisson(r, T0, T_END, 2600):
                g = "smb_copy/" + r.choice(MR_GCODES)
                tb = [
                    "Traceback (most recent call last):",
                    '  File "/home/pi/moonraker/moonraker/common.py", line 1094, in execute_method',
                    "    result = await callback(",
                    "             ^^^^^^^^^^^^^^^",
                    '  File "/home/pi/moonraker/moonraker/components/file_manager/file_manager.py", line 724, in _handle_metadata_request',
                    "    raise self.server.error(",
                    f"moonraker.utils.ServerError: Metadata not available for {g}",
                ]
                M(
                    p,
                    t,
                    "common.py:build_error()",
                    "JSON-RPC Request Error - Requested Method: %s, Code: %s, Message: Metadata not available for %s",
                    "\n".join(
                        [
                            f"JSON-RPC Request Error - Requested Method: server.files.metadata, Code: 404, Message: Metadata not available for {g}",
                            *tb,
                        ]
                    ),
                )
            for t, blocked, count in [(at(9, 31, 17.2), 6.21, 1), (at(9, 34, 2.8), 4.87, 2)]:
                M(
                    p,
                    t,
                    "proc_stats.py:_watchdog_callback()",
                    "EVENT LOOP BLOCKED: %s seconds, total blocked count: %d",
                    f"EVENT LOOP BLOCKED: {blocked} seconds, total blocked count: {count}",
                )
                M(
                    p,
                    t + sec(0.201),
                    "proc_stats.py:log_last_stats()",
                    "\\nSystem Time: %2f, Usage: %s%%, Memory: %s %s",
                    "\n" + "\n".join(stats_lines(t, 5, (3, 97))),
                )
        if p == "ender3":
            sd = at(8, 40, 12.55)
            t = M(
                p,
                sd,
                "klippy_connection.py:_process_status_update()",
                "Klippy has shutdown",
                "Klippy has shutdown",
            )
            stats = "\n".join(
                [
                    "",
                    "Moonraker System Usage Statistics:",
                    *stats_lines(sd, 30, (1.5, 6)),
                    "CPU Temperature: 58.4",
                ]
            )
            t = M(
                p,
                t + sec(0.04),
                "proc_stats.py:_handle_shutdown()",
                "\\nMoonraker System Usage Statistics:%s\\nCPU Temperature: %s",
                stats,
            )
            M(
                p,
                t + sec(0.52),
                "proc_stats.py:_handle_shutdown()",
                "Throttled Flags: %s",
                "Throttled Flags: Previously Under-Volted",
            )
            t = at(8, 46, 31.2)
            t = M(
                p,
                t,
                "klippy_connection.py:_on_connection_closed()",
                "Klippy Connection Removed",
                "Klippy Connection Removed",
            )
            t = M(
                p,
                t + sec(2.31),
                "klippy_connection.py:_do_connect()",
                "Klippy Connection Established",
                "Klippy Connection Established",
            )
            t = M(
                p,
                t + sec(1.62),
                "klippy_connection.py:_request_initial_subscriptions()",
                "Webhooks Subscribed",
                "Webhooks Subscribed",
            )
            t = M(
                p,
                t + sec(0.004),
                "klippy_connection.py:_request_initial_subscriptions()",
                "GCode Output Subscribed",
                "GCode Output Subscribed",
            )
            t = M(
                p,
                t + sec(0.09),
                "klippy_connection.py:_check_ready()",
                "Klippy ready",
                "Klippy ready",
            )
            M(
                p,
                t + sec(0.003),
                "job_state.py:_handle_started()",
                "Job state initialized: %s",
                "Job state initialized: standby",
            )
        if p == "mk3s":
            # an untrusted phone retrying
            t = at(11, 10, 3)
            while t < at(11, 15, 30):
                uid = wsid(p)
                t = access(p, t, 101, "GET", "/websocket", "10.8.0.57", "No User", r.uniform(2, 6))
                t = M(
                    p,
                    t + sec(0.001),
                    "websockets.py:open()",
                    "Websocket Opened: ID: %s, Proxied: %s, User Agent: %s, Host Name: %s",
                    f"Websocket Opened: ID: {uid}, Proxied: False, User Agent: Dart/3.3 (dart:io), Host Name: {ip_self}",
                )
                t = M(
                    p,
                    t + sec(r.uniform(0.01, 0.03)),
                    "common.py:build_error()",
                    "JSON-RPC Request Error - Requested Method: %s, Code: %s, Message: Unauthorized",
                    "JSON-RPC Request Error - Requested Method: server.connection.identify, Code: -32602, Message: Unauthorized",
                )
                M(
                    p,
                    t + sec(r.uniform(8, 11)),
                    "websockets.py:on_close()",
                    "Websocket Closed: ID: %s Close Code: %s, Close Reason: %s, Pong Time Elapsed: %.2f",
                    f"Websocket Closed: ID: {uid} Close Code: None, Close Reason: None, Pong Time Elapsed: {r.uniform(0.1, 0.3):.2f}",
                )
                t += sec(r.uniform(14, 17))
            # Moonraker updated: the old process stops, a new one starts
            t = M(
                p,
                mk3s_restart,
                "server.py:_handle_term_signal()",
                "Exiting with signal SIGTERM",
                "Exiting with signal SIGTERM",
            )
            t = M(
                p,
                t + sec(0.13),
                "klippy_connection.py:_on_connection_closed()",
                "Klippy Connection Removed",
                "Klippy Connection Removed",
            )
            M(p, t + sec(0.02), "server.py:main()", "Server Shutdown", "Server Shutdown")
            new = 24817
            t0 = mk3s_restart + sec(3.61)
            header = [
                f"-------------------- Log Start | {t0:%a %b} {t0.day:2d} {t0:%H:%M:%S %Y} --------------------",
                "data_path: /home/pi/printer_data",
                "is_default_data_path: False",
                "config_file: /home/pi/printer_data/config/moonraker.conf",
                "backup_config: /home/pi/printer_data/config/.moonraker.conf.bkp",
                "startup_warnings: []",
                "verbose: False",
                "debug: False",
                "asyncio_debug: False",
                "is_backup_config: False",
                "is_python_package: False",
                "instance_uuid: 6f1c0d2a9b8e4f37a51e2c0b7d94e813",
                "unix_socket_path: /home/pi/printer_data/comms/moonraker.sock",
                "structured_logging: False",
                "software_version: v0.9.2-19-g0d9a6e21",
                "git_branch: master",
                "git_remote: origin",
                "git_repo_url: https://github.com/Arksine/moonraker.git",
                "modified_files: []",
                "unofficial_components: []",
                "log_file: /home/pi/printer_data/logs/moonraker.log",
                "python_version: 3.11.2 (main, Mar 13 2023, 12:18:29) [GCC 12.2.0]",
                "launch_args: /home/pi/moonraker-env/bin/python /home/pi/moonraker/moonraker/moonraker.py -d /home/pi/printer_data",
                "msgspec_enabled: True",
                "uvloop_enabled: True",
            ]
            fs.add(
                f"{p}-moonraker.log",
                t0,
                "-------------------- Log Start | %s --------------------",
                lambda x, header=header: header,
                (p, new),
                1000,
            )
            cfg = [
                "",
                "#################### Moonraker Configuration ####################",
                "",
                "[server]",
                "host = 0.0.0.0",
                "port = 7125",
                "klippy_uds_address = /home/pi/printer_data/comms/klippy.sock",
                "",
                "[authorization]",
                "trusted_clients = ",
                "\t192.168.10.0/24",
                "\t127.0.0.0/8",
                "cors_domains = ",
                "\t*.local",
                "\t*://my.mainsail.xyz",
                "",
                "[octoprint_compat]",
                "",
                "[history]",
                "",
                "[update_manager]",
                "channel = dev",
                "refresh_interval = 168",
                "",
                "[update_manager mainsail]",
                "type = web",
                "channel = stable",
                "repo = mainsail-crew/mainsail",
                "path = ~/mainsail",
                "",
                "[update_manager moonraker-obico]",
                "type = git_repo",
                "path = ~/moonraker-obico",
                "origin = https://github.com/TheSpaghettiDetective/moonraker-obico.git",
                "env = ~/moonraker-obico-env/bin/python",
                "requirements = requirements.txt",
                "install_script = install.sh",
                "managed_services = moonraker-obico",
                "",
                "#################################################################",
                "All Configuration Files:",
                "/home/pi/printer_data/config/moonraker.conf",
                "#################################################################",
            ]
            t = M(
                p,
                t0 + sec(0.412),
                "server.py:add_log_rollover_item()",
                "\\n#################### Moonraker Configuration ####################\\n\\n%s",
                "\n".join(cfg),
                new,
            )
            comps = [
                "klippy_connection",
                "application",
                "websockets",
                "dbus_manager",
                "database",
                "file_manager",
                "authorization",
                "klippy_apis",
                "machine",
                "data_store",
                "shell_command",
                "proc_stats",
                "job_state",
                "job_queue",
                "history",
                "http_client",
                "announcements",
                "webcam",
                "extensions",
                "octoprint_compat",
                "update_manager",
            ]
            for c in comps:
                if c == "proc_stats":
                    t = M(
                        p,
                        t + sec(r.uniform(0.002, 0.02)),
                        "proc_stats.py:__init__()",
                        "Detected 'vcgencmd', throttle checking enabled",
                        "Detected 'vcgencmd', throttle checking enabled",
                        new,
                    )
                t = M(
                    p,
                    t + sec(r.uniform(0.003, 0.09)),
                    "server.py:load_component()",
                    "Component (%s) loaded",
                    f"Component ({c}) loaded",
                    new,
                )
            for c in [
                "dbus_manager",
                "database",
                "file_manager",
                "authorization",
                "machine",
                "job_queue",
                "history",
                "announcements",
                "webcam",
                "klippy_connection",
                "update_manager",
            ]:
                t = M(
                    p,
                    t + sec(r.uniform(0.004, 0.4)),
                    "server.py:_initialize_component()",
                    "Performing Component Post Init: [%s]",
                    f"Performing Component Post Init: [{c}]",
                    new,
                )
            t = M(
                p,
                t + sec(0.61),
                "server.py:start_server()",
                "Starting Moonraker on (%s, %d), Hostname: %s",
                f"Starting Moonraker on (0.0.0.0, 7125), Hostname: {hostname}",
                new,
            )
            t = M(
                p,
                t + sec(0.27),
                "klippy_connection.py:_do_connect()",
                "Klippy Connection Established",
                "Klippy Connection Established",
                new,
            )
            t = M(
                p,
                t + sec(0.3),
                "server.py:add_log_rollover_item()",
                "Klipper Version: %s",
                "Klipper Version: v0.12.0-208-g2c8b4e92",
                new,
            )
            t = M(
                p,
                t + sec(0.02),
                "klippy_connection.py:_request_initial_subscriptions()",
                "Webhooks Subscribed",
                "Webhooks Subscribed",
                new,
            )
            t = M(
                p,
                t + sec(0.004),
                "klippy_connection.py:_request_initial_subscriptions()",
                "GCode Output Subscribed",
                "GCode Output Subscribed",
                new,
            )
            t = M(
                p,
                t + sec(0.08),
                "klippy_connection.py:_check_ready()",
                "Klippy ready",
                "Klippy ready",
                new,
            )
            M(
                p,
                t + sec(0.003),
                "job_state.py:_handle_started()",
                "Job state initialized: %s",
                "Job state initialized: standby",
                new,
            )
    return fs.logs(T0)


SYSTEMS = {
    "fetchmail": fetchmail,
    "opendmarc": opendmarc,
    "hedgedoc": hedgedoc,
    "bookstack": bookstack,
    "moonraker": moonraker,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
