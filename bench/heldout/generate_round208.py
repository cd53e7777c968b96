#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 208 (radicale, tandoor, invoiceninja, kimai, monica) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file: supervisord, Python's logging and Apache's error log
write milliseconds or microseconds, the rest whole seconds). Five self-hosted web applications
of a household or a small firm, 06:00 to 12:00 on 2024-06-07. The brief's first system, grocy,
writes no log of its own (its maintainer: errors go to PHP's error log, requests to the web
server's access log, which nginx and php-fpm in the set already cover), so Radicale, the
household's calendar and address-book server, takes its place; none of the five was in the set
(Mealie, Firefly III, BookStack, Pixelfed, Laravel and Symfony shops, gunicorn and Django are).

- Radicale 3.1.9 (`radicale.log`: `docker logs` of tomsquest/docker-radicale behind Caddy,
  `[logging] level = info`: `[2024-06-07 06:04:50 +0000] [1/Thread-48211
  (process_request_thread)] [INFO] PROPFIND request for '/anna/calendar-personal/' with depth
  '0' received from 172.19.0.2 (forwarded for '192.168.1.23') using 'DAVx5/...'`): every
  request's `%s request for %r%s received from %s%s`, `Successful login: %r` and `%s response
  status for %r%s in %.3f seconds: %s` from seven clients (two DAVx5 phones, an iPhone, a Mac,
  Thunderbird, an iPad switched on at 08:02 whose month-old sync tokens are gone: `Client
  provided invalid sync token %r: Token not found: %r` with its traceback, Home Assistant's
  CalDAV integration straight on port 5232); lea's DAVx5 retrying a write the rights file
  refuses (`Access to %r denied for %s`), a password spray through the proxy 09:05-09:17
  (`Failed login attempt from %s: %r`), the data volume full 09:40-09:52 (`An exception
  occurred during %s request on %r: %s` with the OSError's traceback), Thunderbird uploading
  cards without a UID (`Bad PUT request on %r: %s`), phones timing out (`Client timed out`
  with its traceback), a restart at 10:30 for an image update (`Stopping Radicale`, `Loaded
  %s`, `Starting Radicale`, `Listening on %r`, `Radicale server ready`), Home Assistant
  switched to https on the plain port at 11:00 (`An error occurred during request: code %d,
  message Bad request version (%r)`).
- Tandoor Recipes 1.5.18 (`web_recipes.log`: `docker logs` of its container): boot.sh's echo
  lines, `manage.py migrate` and `collectstatic` (unstamped), gunicorn 22's error log
  (`[%Y-%m-%d %H:%M:%S +0000] [pid] [LEVEL] `) and its access log on stdout, the `recipes`
  logger's `{threadName} {levelname} {asctime} {name} {message}`, the connector process's
  root logger after `logging.exception` configured it (`ERROR:root:...` with a chained
  traceback): the host rebooted at 06:00, the kitchen tablet's shopping list polling and two
  shopping trips, recipes browsed, the Home Assistant connector with a revoked token 07:15-07:45
  (`received an exception from the api: err.request_info.url=%r, ...`) and Home Assistant
  down 08:20-08:35 (`received an exception from one of the connectors`), PostgreSQL restarted
  at 08:47 (500s), a recipe import from a slow site timing two workers out at 09:10 (`WORKER
  TIMEOUT (pid:%s)`, `Worker exiting (pid: %s)`, `Worker (pid:%s) exited with code %s.`), the
  image updated at 11:05 (`Handling signal: %s`, two migrations applied).
- Invoice Ninja 5.9 (the invoiceninja/invoiceninja:5 image): `app.log` (`docker logs` of the app
  container: supervisord's own lines, php-fpm's, two `queue:work` workers and `schedule:work`,
  Laravel 10's two-column lines), `laravel.log` (Monolog's `[date] production.LEVEL: message
  {context} `, exceptions with `[stacktrace]` below the line) and `invoiceninja.log` (the
  channel `nlog()` writes to with EXPANDED_LOGGING on): AutoBillCron at 06:00, the hourly
  ReminderJob and RecurringInvoicesCron (`Sending recurring invoices %s`, `%s Sending Recurring
  Invoices. Count = %s`, `Trying to send %s`, `Firing reminder email for invoice %s - %s`), the
  schedule every five minutes and `No scheduled commands are ready to run.` the other minutes,
  staff and clients on invoices (activity listeners, PDFs, webhooks to Zapier, mails through
  NinjaMailerJob: `trying to send to %s %s`, `Using mailer => %s`), the Office 365 relay timing
  out 08:40-09:12 (`error failed with Connection could not be established with host ...`), a
  bulk send at 09:02 filling php-fpm's pool, MySQL restarted at 10:12 (a job FAILs, the workers
  lose the database and supervisord restarts them every few seconds: `exited: %s (exit status
  %s; expected)`, `spawned: %r with pid %s`, `success: ...`), a 300-page statement exhausting a
  worker's memory at 11:20 (PHP's fatal error twice on the worker's output, the FatalError in
  laravel.log, `exited: ... not expected`).
- Kimai 2.17 (`prod.log`: var/log/prod.log of the kimai/kimai2:apache image, Monolog's
  LineFormatter `[%datetime%] %channel%.%level_name%: %message% %context% %extra%` with
  `Y-m-d H:i:s`, inline line breaks and empty context and extra left out; the prod handler is
  fingers_crossed at notice, so a request's buffered info lines are written only with its first
  notice or worse): an in-house plugin's `Warning: Undefined array key "%s"` on every timesheet
  page and API list after the request's `Matched route "%s".`, a reporting script whose date the
  API rejects every two minutes until 09:42 (`Authenticator successful!`, FOSRest's `Parameter
  "%s" of value "%s" violated a constraint "%s"`), MySQL restarted at 08:31 (DBAL's and the
  session handler's connection errors, an export losing its connection), two deadlocks, the cache
  volume full 09:48-09:55 (`Failed to save key "%s" of type %s: %s`), an invoice template with a
  missing variable 10:05-10:20 (Twig), the mail relay down 10:40-11:00 (password resets), an old
  mobile app stopping timers with GET (`No route found for "%s %s": Method Not Allowed (Allow:
  %s)`), two Excel exports out of memory at 11:30 (`php.CRITICAL: Fatal Error: ...`, then the
  OutOfMemoryError); ErrorListener's `Uncaught PHP Exception %s: "%s" at %s line %s` each time,
  its previous exceptions on lines of their own.
- Monica 4.1.2 (the monica:4-apache image in three containers, as its docs run it): `app.log`
  (`docker logs` of the web container: Apache's combined access log on stdout, its error log on
  stderr), `cron.log` (`php artisan schedule:run -v` every minute: `No scheduled commands are
  ready to run.`, or the hourly `Running ['artisan' %s]` lines each with its `⇂ %s` command
  line), `queue.log` (`queue:work --queue=high,default,low`) and `laravel-2024-06-07.log` (the
  daily channel): contact views (each queues UpdateLastConsultedDate), notes (LogAccountAudit),
  DAVx5 syncing the address book over Monica's CardDAV, the hourly reminders' notifications
  failing on Gmail's revoked app password from 07:00 (three attempts each; Symfony Mailer's
  `Failed to authenticate on SMTP server ...` carries the server's two-line 535 replies), the
  Nextcloud address book subscription failing in maintenance mode at 09:00 (Guzzle's `Server
  error: ...` with the body summary on the next lines), weather lookups on the retired Dark Sky
  API (`Error making the call: ` and the exception's string with its stack), gravatar lookups
  timing out, a relationship page on a deleted contact, the web and queue containers upgraded
  at 10:15 (Apache's `AH00170`, `AH00558` twice, `AH00163`, `AH00094`; `Processing jobs from the
  [%s] queues.`).

Label notes. The heads are context: Radicale's time, `[pid/thread]` and level, gunicorn's time,
pid and level, the `recipes` logger's thread, level, time and name, `ERROR:root:` (basicConfig's
`%(levelname)s:%(name)s:`), supervisord's time and level, php-fpm's time and level, Monolog's
date, channel and level, Apache's error-log brackets. A value that is a message of its own
contributes its format: Radicale's ` with depth %r` and `(forwarded for %r)` pieces (requests
with and without them are two labels), the exceptions after `Token not found: %r`, `[Errno %d]
No space left on device: %r`, `%s object without UID`, `Bad request version (%r)`; Symfony
Mailer's and stream_socket_client's texts, Guzzle's `Server error: `%s %s` resulted in a `%s %s`
response:` (its first line), curl's, Doctrine's, FOSRest's and Twig's messages; the HTTP method
and status of Radicale's lines, an exception's class, a job's class, a route's name, a PHP type
and a user are values. Laravel's worker and scheduler lines are formats of their own (the date,
the job's class or the command, the dot leader and the runtime are values; `RUNNING`, `DONE`,
`FAIL` the branch's words); supervisord's `expected` / `not expected` and Django's `No
migrations to apply.` / `Applying %s... OK` are the code's words. The access records (gunicorn's,
Apache's) are labelled as the set's access records are (method, route with ids as `%s`, status).
A traceback, an exception's `[stacktrace]` and `[previous exception]` lines, a message's own line
breaks (Gmail's 535 reply, Guzzle's body summary, PHP's `Stack trace:`) and the context's closing
`"} ` continue their events; blank lines start none; the unstamped `   INFO  ...` lines, Django's
and boot.sh's lines, PHP's two fatal-error lines and Apache's AH00558 are events of their own.

Least sure (written from the helper's knowledge; Radicale's request, login, PUT and sync-token
messages, Tandoor's boot.sh, LOGGING and connector messages, Invoice Ninja's cron, reminder and
mailer `nlog` lines and Monica's job classes were checked against copies of their sources, not
necessarily the June 2024 versions): Radicale 3.1's `Loaded %s` lines, its traceback frames and
the thread numbering; Tandoor 1.5's migration names, whether its image logs the access log on
stdout at that version and the collectstatic counts; Invoice Ninja 5.9's supervisord programs,
whether NinjaMailerJob still logs `error failed with %s` in 5.9 (later versions log `Mailer
failed with %s`), the job and listener classes it queues and the scheduler's job names; Kimai's
`monolog.formatter.kimai` (its date format, inline line breaks and stack traces left out), the
plugin (invented, in-house), its route names and API token authenticator class; Monica 4's
scheduled commands (`send:reminders`, `send:stay_in_touch`, `monica:davclients` hourly),
whether the cron container runs `schedule:run -v`, its notification class and the DavClient
frames.
"""

from __future__ import annotations

import json
import random
import re
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round55 import poisson
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any, weighted


def py_tb(frames: list[tuple[str, int, str, str, str]], tail: list[str]) -> list[str]:
    """A Python 3.12 traceback: (file, line, function, source, the expression it underlines)
    per frame, then the exception's lines."""
    out = ["Traceback (most recent call last):"]
    for f, n, fn, src, expr in frames:
        out.append(f'  File "{f}", line {n}, in {fn}')
        if src:
            out.append(f"    {src}")
        if expr and expr in src and expr != src:
            out.append("    " + " " * src.index(expr) + "^" * len(expr))
    return out + tail


# -------------------------------------------------------------------------------- radicale

RD_SITE = "/usr/local/lib/python3.12/site-packages/radicale"
RD_PY = "/usr/local/lib/python3.12"
RD_UA = {
    "anna-phone": "DAVx5/4.3.16.1-ose (2024/05/27; dav4jvm; okhttp/4.12.0) Android/14",
    "lea-phone": "DAVx5/4.3.15-ose (2024/04/17; dav4jvm; okhttp/4.12.0) Android/13",
    "ben-phone": "iOS/17.5.1 (21F90) dataaccessd/1.0",
    "ben-mac": "macOS/14.5 (23F79) CalendarAgent/988.5.2",
    "family-pc": "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.11.1",
    "oma-ipad": "iOS/16.7.8 (20H343) dataaccessd/1.0",
    "ha": "python/caldav",
}
RD_IP = {
    "anna-phone": "192.168.1.23",
    "lea-phone": "192.168.1.41",
    "ben-phone": "192.168.1.27",
    "ben-mac": "192.168.1.30",
    "family-pc": "192.168.1.10",
    "oma-ipad": "84.151.38.212",
    "ha": "172.19.0.5",
}
RD_STATUS = {
    200: "200 OK",
    201: "201 Created",
    207: "207 Multi-Status",
    400: "400 Bad Request",
    401: "401 Unauthorized",
    403: "403 Forbidden",
    500: "500 Internal Server Error",
}


def radicale(r: random.Random) -> list[Log]:
    """Radicale 3.1.9 (`radicale.log`: `docker logs` of tomsquest/docker-radicale behind Caddy,
    `[logging] level = info`), a family's calendars and address books, 06:00 to 12:00: seven
    clients syncing (two DAVx5 phones, an iPhone, a Mac, Thunderbird, an iPad switched on at
    08:02 with month-old sync tokens, Home Assistant's CalDAV integration straight on port
    5232), lea's DAVx5 retrying a write the rights file refuses, a Thunderbird contact without
    a UID, a password spray 09:05-09:17, the data volume full 09:40-09:52, a restart at 10:30
    for an image update, Home Assistant switched to https on the plain port at 11:00."""
    fs = Files()
    thread = [0]

    def L(
        t: datetime,
        level: str,
        label: str,
        msg: str,
        more: list[str] | None = None,
        main: bool = False,
    ) -> datetime:
        ident = "1" if main else f"1/Thread-{thread[0]} (process_request_thread)"
        return fs.add(
            "radicale.log",
            t,
            label,
            lambda x: [f"[{x:%Y-%m-%d %H:%M:%S} +0000] [{ident}] [{level}] {msg}", *(more or [])],
            "radicale",
            1_000_000,
        )

    def start(t: datetime) -> datetime:
        t = L(t, "INFO", "Loaded default config", "Loaded default config", main=True)
        t = L(t, "INFO", "Loaded config file %r", "Loaded config file '/config/config'", main=True)
        t = L(t + sec(0.01), "INFO", "Starting Radicale", "Starting Radicale", main=True)
        for a in ["0.0.0.0:5232", "[::]:5232"]:
            t = L(t + sec(0.002), "INFO", "Listening on %r", f"Listening on '{a}'", main=True)
        return L(t, "INFO", "Radicale server ready", "Radicale server ready", main=True)

    def request(
        t: datetime,
        dev: str,
        method: str,
        path: str,
        depth: str | None,
        status: int,
        dur: float,
        user: str | None,
        login: str | None = None,
        between: list[tuple[str, str, str, list[str]]] | None = None,
        fwd: str | None = None,
        ua: str | None = None,
    ) -> datetime:
        """One request on its own thread: received, the login, what the handler logs, the
        response."""
        thread[0] += 1
        direct = dev == "ha"
        ip = RD_IP.get(dev, fwd or "")
        ua = ua or RD_UA.get(dev, "")
        dpart = f" with depth '{depth}'" if depth is not None else ""
        host = "172.19.0.5" if direct else f"172.19.0.2 (forwarded for '{ip}')"
        if direct:
            lab = (
                "%s request for %r with depth %r received from %s using %r"
                if depth is not None
                else "%s request for %r received from %s using %r"
            )
        else:
            lab = (
                "%s request for %r with depth %r received from %s (forwarded for %r) using %r"
                if depth is not None
                else "%s request for %r received from %s (forwarded for %r) using %r"
            )
        t = L(
            t,
            "INFO",
            lab,
            f"{method} request for '{path}'{dpart} received from {host} using '{ua}'",
        )
        if user:
            t = L(
                t + sec(r.uniform(0.002, 0.02)),
                "INFO",
                "Successful login: %r",
                f"Successful login: '{user}'",
            )
        elif login:
            t = L(
                t + sec(r.uniform(0.15, 0.3)),
                "WARNING",
                "Failed login attempt from %s (forwarded for %r): %r",
                f"Failed login attempt from {host}: '{login}'",
            )
        for level, label, msg, more in between or []:
            t = L(t + sec(r.uniform(0.003, 0.03)), level, label, msg, more)
        rl = (
            "%s response status for %r with depth %r in %.3f seconds: %s"
            if depth is not None
            else "%s response status for %r in %.3f seconds: %s"
        )
        return L(
            t + sec(dur),
            "INFO",
            rl,
            f"{method} response status for '{path}'{dpart} in {dur:.3f} seconds: {RD_STATUS[status]}",
        )

    restart = at(10, 30, 7)
    back = restart + sec(9.4)
    L(restart, "INFO", "Stopping Radicale", "Stopping Radicale", main=True)
    start(back)
    full = (at(9, 40, 12), at(9, 52, 40))
    ha_tls = at(11, 0, 30)

    def up(t: datetime) -> bool:
        return not (restart - sec(1) <= t < back + sec(1))

    cols = {
        "anna-phone": (
            "anna",
            ["/anna/calendar-personal/", "/family/calendar-shared/", "/anna/contacts/"],
            900,
        ),
        "lea-phone": ("lea", ["/lea/calendar/", "/family/calendar-shared/"], 900),
        "ben-phone": ("ben", ["/ben/calendar-work/", "/family/calendar-shared/"], 900),
        "ben-mac": ("ben", ["/ben/calendar-work/", "/family/calendar-shared/"], 600),
        "family-pc": (
            "anna",
            ["/anna/calendar-personal/", "/family/calendar-shared/", "/anna/contacts/"],
            480,
        ),
        "oma-ipad": ("oma", ["/oma/calendar/", "/family/calendar-shared/"], 900),
        "ha": ("homeassistant", ["/family/calendar-shared/"], 900),
    }
    online = {
        "anna-phone": (T0, T_END),
        "lea-phone": (T0, T_END),
        "ben-phone": (T0, T_END),
        "ben-mac": (at(7, 48, 10), T_END),
        "family-pc": (at(6, 31, 40), at(11, 12, 5)),
        "oma-ipad": (at(8, 2, 14), T_END),
        "ha": (T0, T_END),
    }
    lea_pending = (at(6, 50), at(9, 35))

    def item(col: str) -> str:
        ext = "vcf" if "contacts" in col else "ics"
        return f"{col}{uuid4(r)}.{ext}"

    def dur_for(method: str, depth: str | None) -> float:
        if method == "REPORT":
            return r.uniform(0.008, 0.09)
        if method == "PROPFIND" and depth == "1":
            return r.uniform(0.006, 0.05)
        return r.uniform(0.002, 0.015)

    for dev, (user, colls, period) in cols.items():
        a, b = online[dev]
        t = a + sec(r.uniform(0, 40 if a > T0 else period))
        first = True
        while t < b:
            if not up(t):
                t += sec(period)
                continue
            tt = t
            if dev in ("ben-phone", "oma-ipad", "ben-mac"):
                # the principal and the home set first
                tt = request(
                    tt, dev, "PROPFIND", f"/{user}/", "0", 207, dur_for("PROPFIND", "0"), user
                ) + sec(r.uniform(0.05, 0.3))
                tt = request(
                    tt, dev, "PROPFIND", f"/{user}/", "1", 207, dur_for("PROPFIND", "1"), user
                ) + sec(r.uniform(0.05, 0.3))
            if dev == "ha":
                if t >= ha_tls:
                    thread[0] += 1
                    hello = "\\x16\\x03\\x01\\x02\\x00\\x01\\x00\\x01ü\\x03\\x03" + "".join(
                        f"\\x{r.randint(0, 255):02x}" for _ in range(6)
                    )
                    L(
                        tt,
                        "ERROR",
                        "An error occurred during request: code %d, message Bad request version (%r)",
                        f"An error occurred during request: code 400, message Bad request version ('{hello}')",
                    )
                else:
                    request(tt, dev, "REPORT", colls[0], "1", 207, dur_for("REPORT", "1"), user)
                t += sec(period + r.uniform(-0.5, 0.5))
                continue
            for col in colls:
                changed = r.random() < (0.25 if dev != "family-pc" else 0.12)
                if dev == "oma-ipad" and first:
                    # a month offline: the stored sync tokens are gone
                    token = f"http://radicale.org/ns/sync/{hexid(r, 64)}"
                    tb = py_tb(
                        [
                            (
                                f"{RD_SITE}/app/report.py",
                                71,
                                "xml_report",
                                "sync_token, names = collection.sync(old_sync_token)",
                                "collection.sync(old_sync_token)",
                            ),
                            (
                                f"{RD_SITE}/storage/multifilesystem/sync.py",
                                67,
                                "sync",
                                'raise ValueError("Token not found: %r" % old_token)',
                                "",
                            ),
                        ],
                        [f"ValueError: Token not found: '{token}'"],
                    )
                    tt = request(
                        tt,
                        dev,
                        "REPORT",
                        col,
                        "0",
                        403,
                        r.uniform(0.01, 0.03),
                        user,
                        between=[
                            (
                                "WARNING",
                                "Client provided invalid sync token %r: Token not found: %r",
                                f"Client provided invalid sync token '{token}': Token not found: '{token}'",
                                tb,
                            )
                        ],
                    ) + sec(r.uniform(0.1, 0.4))
                    tt = request(
                        tt, dev, "PROPFIND", col, "1", 207, r.uniform(0.2, 0.6), user
                    ) + sec(r.uniform(0.1, 0.3))
                    tt = request(tt, dev, "REPORT", col, "1", 207, r.uniform(0.4, 1.8), user) + sec(
                        r.uniform(0.1, 0.3)
                    )
                    continue
                tt = request(
                    tt, dev, "PROPFIND", col, "0", 207, dur_for("PROPFIND", "0"), user
                ) + sec(r.uniform(0.04, 0.4))
                if dev == "lea-phone" and col.startswith("/family/") and in_any(t, [lea_pending]):
                    path = "/family/calendar-shared/5d2f0c1e-9a7b-4b8e-a3f1-6c0d2e8b7a41.ics"
                    tt = request(
                        tt,
                        dev,
                        "PUT",
                        path,
                        None,
                        403,
                        r.uniform(0.003, 0.01),
                        user,
                        between=[
                            (
                                "INFO",
                                "Access to %r denied for %s",
                                f"Access to '{path}' denied for 'lea'",
                                [],
                            )
                        ],
                    ) + sec(r.uniform(0.05, 0.2))
                if changed:
                    if dev in ("anna-phone", "lea-phone"):
                        tt = request(
                            tt, dev, "REPORT", col, None, 207, dur_for("REPORT", None), user
                        ) + sec(r.uniform(0.05, 0.3))
                    else:
                        tt = request(
                            tt, dev, "REPORT", col, "1", 207, dur_for("REPORT", "1"), user
                        ) + sec(r.uniform(0.05, 0.3))
                # a user's own changes, uploaded on the next sync
                if dev != "ha" and r.random() < 0.07:
                    path = item(col)
                    method, status = ("DELETE", 200) if r.random() < 0.2 else ("PUT", 201)
                    if method == "PUT" and in_any(tt, [full]):
                        frames = [
                            (
                                f"{RD_SITE}/app/__init__.py",
                                114,
                                "__call__",
                                "status, headers, answers = self._handle_request(environ)",
                                "self._handle_request(environ)",
                            ),
                            (
                                f"{RD_SITE}/app/__init__.py",
                                322,
                                "_handle_request",
                                "status, headers, answer = function(",
                                "function(",
                            ),
                            (
                                f"{RD_SITE}/app/put.py",
                                233,
                                "do_PUT",
                                "etag = parent_item.upload(href, prepared_item).etag",
                                "parent_item.upload(href, prepared_item).etag",
                            ),
                            (
                                f"{RD_SITE}/storage/multifilesystem/upload.py",
                                39,
                                "upload",
                                "self._store_item_cache(href, item)",
                                "",
                            ),
                            (
                                f"{RD_SITE}/storage/multifilesystem/cache.py",
                                91,
                                "_store_item_cache",
                                'with self._atomic_write(cache_path, "wb") as f:',
                                "",
                            ),
                            (f"{RD_PY}/contextlib.py", 144, "__exit__", "next(self.gen)", ""),
                            (
                                f"{RD_SITE}/storage/multifilesystem/base.py",
                                104,
                                "_atomic_write",
                                "with TemporaryFile(mode=mode, dir=parent_dir, delete=False,",
                                "",
                            ),
                            (
                                f"{RD_PY}/tempfile.py",
                                570,
                                "NamedTemporaryFile",
                                "file = _io.open(dir, mode, buffering=buffering,",
                                "_io.open(dir, mode, buffering=buffering,",
                            ),
                        ]
                        tmp = f"/data/collections/collection-root{col}.Radicale.cache/item/tmp{''.join(r.choice('abcdefghijklmnopqrstuvwxyz0123456789_') for _ in range(8))}"
                        tt = request(
                            tt,
                            dev,
                            method,
                            path,
                            None,
                            500,
                            r.uniform(0.004, 0.02),
                            user,
                            between=[
                                (
                                    "ERROR",
                                    "An exception occurred during %s request on %r: [Errno %d] No space left on device: %r",
                                    f"An exception occurred during PUT request on '{path}': [Errno 28] No space left on device: '{tmp}'",
                                    py_tb(
                                        frames,
                                        [f"OSError: [Errno 28] No space left on device: '{tmp}'"],
                                    ),
                                )
                            ],
                        )
                    elif dev == "family-pc" and "contacts" in col and at(10, 48) <= tt < at(10, 58):
                        tb = py_tb(
                            [
                                (
                                    f"{RD_SITE}/app/put.py",
                                    67,
                                    "prepare",
                                    "radicale_item.check_and_sanitize_items(",
                                    "",
                                ),
                                (
                                    f"{RD_SITE}/item/__init__.py",
                                    176,
                                    "check_and_sanitize_items",
                                    'raise ValueError("%s object without UID" %',
                                    "",
                                ),
                            ],
                            ["ValueError: VCARD object without UID"],
                        )
                        tt = request(
                            tt,
                            dev,
                            "PUT",
                            path,
                            None,
                            400,
                            r.uniform(0.004, 0.02),
                            user,
                            between=[
                                (
                                    "WARNING",
                                    "Bad PUT request on %r: %s object without UID",
                                    f"Bad PUT request on '{path}': VCARD object without UID",
                                    tb,
                                ),
                            ],
                        )
                    else:
                        tt = request(
                            tt, dev, method, path, None, status, r.uniform(0.01, 0.06), user
                        )
                    tt += sec(r.uniform(0.05, 0.3))
            first = False
            t += sec(period + r.uniform(-3, 3))

    # the Mac's new event, retried at every sync while the volume is full
    path = f"/ben/calendar-work/{uuid4(r)}.ics"
    for k in range(5):
        tk = full[0] + sec(95 + 130 * k + r.uniform(0, 30))
        tmp = f"/data/collections/collection-root/ben/calendar-work/.Radicale.cache/item/tmp{''.join(r.choice('abcdefghijklmnopqrstuvwxyz0123456789_') for _ in range(8))}"
        frames = [
            (
                f"{RD_SITE}/app/__init__.py",
                114,
                "__call__",
                "status, headers, answers = self._handle_request(environ)",
                "self._handle_request(environ)",
            ),
            (
                f"{RD_SITE}/app/__init__.py",
                322,
                "_handle_request",
                "status, headers, answer = function(",
                "",
            ),
            (
                f"{RD_SITE}/app/put.py",
                233,
                "do_PUT",
                "etag = parent_item.upload(href, prepared_item).etag",
                "parent_item.upload(href, prepared_item)",
            ),
            (
                f"{RD_SITE}/storage/multifilesystem/upload.py",
                39,
                "upload",
                "self._store_item_cache(href, item)",
                "",
            ),
            (
                f"{RD_SITE}/storage/multifilesystem/cache.py",
                91,
                "_store_item_cache",
                'with self._atomic_write(cache_path, "wb") as f:',
                "",
            ),
            (f"{RD_PY}/contextlib.py", 137, "__enter__", "return next(self.gen)", "next(self.gen)"),
            (
                f"{RD_SITE}/storage/multifilesystem/base.py",
                104,
                "_atomic_write",
                "with TemporaryFile(mode=mode, dir=parent_dir, delete=False,",
                "",
            ),
            (
                f"{RD_PY}/tempfile.py",
                570,
                "NamedTemporaryFile",
                "file = _io.open(dir, mode, buffering=buffering,",
                "",
            ),
        ]
        request(
            tk,
            "ben-mac",
            "PUT",
            path,
            None,
            500,
            r.uniform(0.004, 0.02),
            "ben",
            between=[
                (
                    "ERROR",
                    "An exception occurred during %s request on %r: [Errno %d] No space left on device: %r",
                    f"An exception occurred during PUT request on '{path}': [Errno 28] No space left on device: '{tmp}'",
                    py_tb(frames, [f"OSError: [Errno 28] No space left on device: '{tmp}'"]),
                )
            ],
        )

    # Thunderbird's contact import with a card without a UID, retried at every sync
    for k in range(4):
        tk = at(10, 49, 12) + sec(300 * k + r.uniform(0, 20))
        path = f"/anna/contacts/{uuid4(r)}.vcf"
        tb = py_tb(
            [
                (
                    f"{RD_SITE}/app/put.py",
                    67,
                    "prepare",
                    "radicale_item.check_and_sanitize_items(",
                    "",
                ),
                (
                    f"{RD_SITE}/item/__init__.py",
                    176,
                    "check_and_sanitize_items",
                    'raise ValueError("%s object without UID" %',
                    "",
                ),
            ],
            ["ValueError: VCARD object without UID"],
        )
        for _ in range(r.choice([2, 3])):
            tk = request(
                tk,
                "family-pc",
                "PUT",
                path,
                None,
                400,
                r.uniform(0.004, 0.02),
                "anna",
                between=[
                    (
                        "WARNING",
                        "Bad PUT request on %r: %s object without UID",
                        f"Bad PUT request on '{path}': VCARD object without UID",
                        tb,
                    )
                ],
            ) + sec(r.uniform(0.2, 0.8))
            path = f"/anna/contacts/{uuid4(r)}.vcf"

    # the web interface
    for tw in poisson(r, at(7, 0), T_END, 2400):
        if not up(tw):
            continue
        dev = r.choice(["family-pc", "ben-mac"])
        ua = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:126.0) Gecko/20100101 Firefox/126.0"
        tt = request(
            tw, dev, "GET", "/.web/", None, 200, r.uniform(0.001, 0.004), None, ua=ua
        ) + sec(0.3)
        user = "anna" if dev == "family-pc" else "ben"
        request(tt, dev, "PROPFIND", f"/{user}/", "1", 207, r.uniform(0.01, 0.04), user, ua=ua)

    # a phone on a train: the upload stalls and the server's timeout ends the request
    for tc in [at(7, 41, 3), at(7, 44, 51), at(8, 57, 20), at(11, 36, 44)]:
        thread[0] += 1
        frames = [
            (
                f"{RD_PY}/socketserver.py",
                692,
                "process_request_thread",
                "self.finish_request(request, client_address)",
                "",
            ),
            (
                f"{RD_SITE}/server.py",
                114,
                "finish_request",
                "return self.finish_request_locked(request, client_address)",
                "return self.finish_request_locked(request, client_address)",
            ),
            (
                f"{RD_SITE}/server.py",
                118,
                "finish_request_locked",
                "return super().finish_request(request, client_address)",
                "return super().finish_request(request, client_address)",
            ),
            (
                f"{RD_PY}/socketserver.py",
                362,
                "finish_request",
                "self.RequestHandlerClass(request, client_address, self)",
                "",
            ),
            (f"{RD_PY}/socketserver.py", 761, "__init__", "self.handle()", ""),
            (
                f"{RD_SITE}/server.py",
                239,
                "handle",
                "self.raw_requestline = self.rfile.readline(65537)",
                "self.rfile.readline(65537)",
            ),
            (
                f"{RD_PY}/socket.py",
                707,
                "readinto",
                "return self._sock.recv_into(b)",
                "return self._sock.recv_into(b)",
            ),
        ]
        L(
            tc,
            "INFO",
            "Client timed out",
            "Client timed out",
            py_tb(frames, ["TimeoutError: timed out"]),
        )

    # a password spray through the proxy
    spray_ips = ["45.155.205.133", "193.32.162.71"]
    names = [
        "admin",
        "test",
        "root",
        "user",
        "radicale",
        "info",
        "anna",
        "ben",
        "webmaster",
        "demo",
        "guest",
        "calendar",
    ]
    for ts in poisson(r, at(9, 5, 2), at(9, 17, 30), 5.5):
        ip = r.choice(spray_ips)
        ua = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36"
        request(
            ts,
            "spray",
            "PROPFIND",
            "/",
            "0",
            401,
            r.uniform(0.5, 1.5),
            None,
            login=r.choice(names),
            fwd=ip,
            ua=ua,
        )

    # threads are numbered as the server started them: in time order, from the container's start
    rec = fs.files["radicale.log"]
    seen: dict[str, int] = {}
    count = [48210, 0]
    for i, (t, s, lines, tid) in sorted(enumerate(rec.items), key=lambda x: (x[1][0], x[1][1])):
        m = re.search(r"Thread-(\d+) \(", lines[0])
        if not m:
            continue
        e = 0 if t < restart else 1
        if m.group(1) not in seen:
            count[e] += 1
            seen[m.group(1)] = count[e]
        lines = [lines[0].replace(m.group(0), f"Thread-{seen[m.group(1)]} ("), *lines[1:]]
        rec.items[i] = (t, s, lines, tid)
    return fs.logs(T0)


# --------------------------------------------------------------------------------- tandoor

TD_VENV = "/opt/recipes/venv/lib/python3.12/site-packages"
TD_PY = "/usr/local/lib/python3.12"
TD_UA = {
    "tablet": "Mozilla/5.0 (Linux; Android 13; SM-X200) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.165 Safari/537.36",
    "phone": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
    "laptop": "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0",
    "phone2": "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.165 Mobile Safari/537.36",
}
TD_FOODS = [
    "Milch",
    "Eier",
    "Butter",
    "Mehl",
    "Zwiebeln",
    "Knoblauch",
    "Tomaten",
    "Paprika",
    "Zucchini",
    "Reis",
    "Nudeln",
    "Parmesan",
    "Mozzarella",
    "Basilikum",
    "Joghurt",
    "Haferflocken",
    "Bananen",
    "Äpfel",
    "Kartoffeln",
    "Karotten",
    "Lauch",
    "Hähnchenbrust",
    "Hackfleisch",
    "Kokosmilch",
    "Currypaste",
    "Limetten",
    "Koriander",
    "Sahne",
    "Brot",
    "Toastbrot",
    "Kaffee",
    "Spülmittel",
]
TD_SEARCH = [
    "curry",
    "lasagne",
    "pfannkuchen",
    "suppe",
    "kuchen",
    "salat",
    "risotto",
    "brot",
    "chili",
    "bowl",
    "zucchini",
    "vegan",
]


def tandoor(r: random.Random) -> list[Log]:
    """Tandoor Recipes 1.5.18 (`web_recipes.log`: `docker logs` of its container, boot.sh's echo
    lines, `manage.py migrate` and `collectstatic`, gunicorn 22's error log and its access log on
    stdout, the `recipes` logger's `{threadName} {levelname} {asctime} {name} {message}`), a
    household's instance, 06:00 to 12:00: the host rebooted at 06:00, the kitchen tablet's
    shopping list polling, two shopping trips, the Home Assistant connector with a revoked token
    07:15-07:45 and Home Assistant restarting 08:20-08:35, a recipe import from a slow site
    timing a worker out twice at 09:10, PostgreSQL restarted at 08:47, the image updated at
    11:05 (two migrations)."""
    fs = Files()
    F = "web_recipes.log"
    boots = [0]

    def P(t: datetime, label: str | None, lines: list[str]) -> datetime:
        return fs.add(F, t, label, lambda x: list(lines), ("boot", boots[0]), 1_000_000)

    def G(t: datetime, pid: int, level: str, label: str, msg: str) -> datetime:
        return fs.add(
            F,
            t,
            label,
            lambda x: [f"[{x:%Y-%m-%d %H:%M:%S} +0000] [{pid}] [{level}] {msg}"],
            ("gunicorn", pid),
            1_000_000,
        )

    def A(
        t: datetime,
        pid: int,
        dev: str,
        method: str,
        uri: str,
        status: int,
        size: int,
        ref: str,
        label: str,
    ) -> datetime:
        return fs.add(
            F,
            t,
            label,
            lambda x: [
                f'172.20.0.3 - - [{x:%d/%b/%Y:%H:%M:%S} +0000] "{method} {uri} HTTP/1.1" {status} {size} "{ref}" "{TD_UA[dev]}"'
            ],
            ("gunicorn", pid),
            1_000_000,
        )

    def W(t: datetime, level: str, name: str, label: str, msg: str) -> datetime:
        return fs.add(
            F,
            t,
            label,
            lambda x: [
                f"MainThread {level} {x:%Y-%m-%d %H:%M:%S},{x.microsecond // 1000:03d} {name} {msg}"
            ],
            "connector",
            1000,
        )

    def R(t: datetime, label: str, lines: list[str]) -> datetime:
        return fs.add(F, t, label, lambda x: list(lines), "connector-root", 1_000_000)

    apps = "account, admin, auth, authtoken, contenttypes, cookbook, oauth2_provider, sessions, sites, socialaccount"

    def boot(t: datetime, migrations: list[str], workers: list[int]) -> datetime:
        boots[0] += 1
        t = P(t, "Checking configuration...", ["Checking configuration..."])
        t = P(
            t + sec(0.05),
            "Waiting for database to be ready...",
            ["Waiting for database to be ready..."],
        )
        t = P(t + sec(r.uniform(0.1, 5.5)), "Database is ready", ["Database is ready"])
        t = P(t + sec(0.01), "Migrating database", ["Migrating database"])
        t = P(t + sec(r.uniform(2.5, 4)), "Operations to perform:", ["Operations to perform:"])
        t = P(t, "  Apply all migrations: %s", [f"  Apply all migrations: {apps}"])
        t = P(t, "Running migrations:", ["Running migrations:"])
        if not migrations:
            t = P(t, "  No migrations to apply.", ["  No migrations to apply."])
        for m in migrations:
            t = P(t + sec(r.uniform(0.1, 1.5)), "  Applying %s... OK", [f"  Applying {m}... OK"])
        t = P(t + sec(0.2), "Generating static files", ["Generating static files"])
        t = P(
            t + sec(r.uniform(2, 3)),
            "js-reverse file written to %s",
            ["js-reverse file written to /opt/recipes/cookbook/static/django_js_reverse"],
        )
        t = P(t + sec(r.uniform(2, 4)), None, [""])
        t = P(
            t,
            "%s static files copied to %r, %s unmodified, %s post-processed.",
            [
                f"{2 if migrations else 0} static files copied to '/opt/recipes/staticfiles', {1293 if not migrations else 1295} unmodified, {2611 if not migrations else 2617} post-processed."
            ],
        )
        t = P(t + sec(0.01), "Done", ["Done"])
        t += sec(r.uniform(0.8, 1.4))
        t = G(t, 1, "INFO", "Starting gunicorn %s", "Starting gunicorn 22.0.0")
        t = G(t, 1, "INFO", "Listening at: %s (%s)", "Listening at: http://0.0.0.0:8080 (1)")
        t = G(t, 1, "INFO", "Using worker: %s", "Using worker: gthread")
        for w in workers:
            G(
                t + sec(0.01),
                w,
                "INFO",
                "Booting worker with pid: %s",
                f"Booting worker with pid: {w}",
            )
        return t + sec(2)

    start1 = at(6, 0, 7)
    pids = [41, 42]
    t_ready = boot(start1, [], pids)
    update = at(11, 5, 12)
    # the image updated: gunicorn stopped, the container started with the new one
    G(update, 1, "INFO", "Handling signal: %s", "Handling signal: term")
    for w in pids:
        G(update + sec(0.01), w, "INFO", "Worker exiting (pid: %s)", f"Worker exiting (pid: {w})")
    G(update + sec(0.4), 1, "INFO", "Shutting down: %s", "Shutting down: Master")
    pids2 = [43, 44]
    t_back = boot(
        update + sec(6.2),
        [
            "cookbook.0214_space_ai_credits_monthly_space_ai_credits_balance",
            "cookbook.0215_alter_space_max_file_storage_mb",
        ],
        pids2,
    )
    alive = {41: (t_ready, update), 42: (t_ready, update), 43: (t_back, T_END), 44: (t_back, T_END)}
    db_down = (at(8, 47, 10), at(8, 48, 5))
    timeouts: list[tuple[datetime, int]] = []

    def worker(t: datetime) -> int | None:
        cand = [p for p, (a, b) in alive.items() if a <= t < b]
        cand = [
            p
            for p in cand
            if not any(
                a <= t < b for (a, _), p2 in [((x, x + sec(31)), q) for x, q in timeouts] if p2 == p
            )
        ]
        return r.choice(cand) if cand else None

    def acc(
        t: datetime, dev: str, method: str, uri: str, status: int, size: int, ref: str, label: str
    ) -> None:
        w = worker(t)
        if w is None:
            return
        if in_any(t, [db_down]) and label.startswith("GET /api/shopping-list-entry/ "):
            status, size, label = 500, 145, "GET /api/shopping-list-entry/ 500"
        elif in_any(t, [db_down]):
            return
        A(t, w, dev, method, uri, status, size, ref, label)

    site = "https://rezepte.familie-krause.de"
    entries = 1830
    added: list[tuple[datetime, str]] = []

    def poll(a: datetime, b: datetime, gap: float, dev: str) -> None:
        for tp in poisson(r, a, b, gap):
            acc(
                tp,
                dev,
                "GET",
                "/api/shopping-list-entry/?checked=recent",
                200,
                r.randint(18000, 26000),
                f"{site}/shopping/",
                "GET /api/shopping-list-entry/ 200",
            )

    # the kitchen tablet shows the shopping list all morning, two phones on the trips
    poll(at(6, 31, 5), at(9, 2, 40), 9.8, "tablet")
    poll(at(6, 44, 30), at(7, 4, 10), 5.2, "phone2")
    poll(at(10, 19, 50), at(10, 51, 30), 5.1, "phone")
    for a, b, dev, n in [
        (at(6, 45), at(7, 4), "phone2", 11),
        (at(10, 21), at(10, 51), "phone", 38),
    ]:
        for tc in sorted(a + sec(r.uniform(0, (b - a).total_seconds())) for _ in range(n)):
            acc(
                tc,
                dev,
                "PATCH",
                f"/api/shopping-list-entry/{r.randint(entries - 60, entries)}/",
                200,
                r.randint(900, 1400),
                f"{site}/shopping/",
                "PATCH /api/shopping-list-entry/%s/ 200",
            )
    # items added through the day: each fires the Home Assistant connector
    for ta in poisson(r, at(6, 20), T_END, 390):
        dev = r.choice(["tablet", "phone", "laptop", "phone2"])
        entries += 1
        food = r.choice(TD_FOODS)
        acc(
            ta,
            dev,
            "POST",
            "/api/shopping-list-entry/",
            201,
            r.randint(880, 1300),
            f"{site}/shopping/",
            "POST /api/shopping-list-entry/ 201",
        )
        added.append((ta, food))
    # browsing recipes
    for tb in poisson(r, at(6, 15), T_END, 48):
        dev = weighted(r, [(3, "laptop"), (2, "phone"), (2, "tablet"), (1, "phone2")])
        if r.random() < 0.45:
            q = r.choice(TD_SEARCH)
            acc(
                tb,
                dev,
                "GET",
                f"/api/recipe/?query={q}&page=1&page_size=50",
                200,
                r.randint(9000, 64000),
                f"{site}/search/",
                "GET /api/recipe/ 200",
            )
        else:
            rid = r.randint(1, 412)
            acc(
                tb,
                dev,
                "GET",
                f"/api/recipe/{rid}/?share=",
                200,
                r.randint(6000, 31000),
                f"{site}/view/recipe/{rid}",
                "GET /api/recipe/%s/ 200",
            )

    # the connector process
    token_bad = (at(7, 14, 40), at(7, 46, 10))
    ha_down = (at(8, 19, 30), at(8, 36, 0))
    for ta, _food in added:
        tw = ta + sec(r.uniform(0.2, 0.9))
        if in_any(tw, [token_bad]):
            W(
                tw,
                "WARNING",
                "recipes.connector.homeassistant.Küche",
                "received an exception from the api: err.request_info.url=%r, err.request_info.method=%r, err.status=%r, err.message=%r, type(err)=%r",
                "received an exception from the api: err.request_info.url=URL('http://homeassistant.local:8123/api/services/todo/add_item'), err.request_info.method='POST', err.status=401, err.message='Unauthorized', type(err)=<class 'aiohttp.client_exceptions.ClientResponseError'>",
            )
        elif in_any(tw, [ha_down]):
            tb1 = py_tb(
                [
                    (
                        f"{TD_VENV}/aiohttp/connector.py",
                        1025,
                        "_wrap_create_connection",
                        "return await self._loop.create_connection(*args, **kwargs)",
                        "await self._loop.create_connection(*args, **kwargs)",
                    ),
                    (
                        f"{TD_PY}/asyncio/base_events.py",
                        1121,
                        "create_connection",
                        "raise exceptions[0]",
                        "",
                    ),
                    (
                        f"{TD_PY}/asyncio/base_events.py",
                        1103,
                        "create_connection",
                        "sock = await self._connect_sock(",
                        "await self._connect_sock(",
                    ),
                    (
                        f"{TD_PY}/asyncio/base_events.py",
                        1006,
                        "_connect_sock",
                        "await self.sock_connect(sock, address)",
                        "",
                    ),
                    (
                        f"{TD_PY}/asyncio/selector_events.py",
                        651,
                        "sock_connect",
                        "return await fut",
                        "await fut",
                    ),
                    (
                        f"{TD_PY}/asyncio/selector_events.py",
                        691,
                        "_sock_connect_cb",
                        "raise OSError(err, f'Connect call failed {address}')",
                        "",
                    ),
                ],
                ["ConnectionRefusedError: [Errno 111] Connect call failed ('192.168.1.20', 8123)"],
            )
            tb2 = py_tb(
                [
                    (
                        "/opt/recipes/cookbook/connectors/connector_manager.py",
                        155,
                        "run_connectors",
                        "await asyncio.gather(*tasks, return_exceptions=False)",
                        "",
                    ),
                    (
                        "/opt/recipes/cookbook/connectors/homeassistant.py",
                        47,
                        "on_shopping_list_entry_created",
                        'await self.homeassistant_api_call("POST", "services/todo/add_item", data)',
                        "",
                    ),
                    (
                        "/opt/recipes/cookbook/connectors/homeassistant.py",
                        31,
                        "homeassistant_api_call",
                        "async with request(method, urljoin(self._config.url, path), headers=headers, json=data) as response:",
                        "",
                    ),
                    (
                        f"{TD_VENV}/aiohttp/client.py",
                        1197,
                        "__aenter__",
                        "self._resp = await self._coro",
                        "await self._coro",
                    ),
                    (
                        f"{TD_VENV}/aiohttp/client.py",
                        581,
                        "_request",
                        "conn = await self._connector.connect(",
                        "await self._connector.connect(",
                    ),
                    (
                        f"{TD_VENV}/aiohttp/connector.py",
                        544,
                        "connect",
                        "proto = await self._create_connection(req, traces, timeout)",
                        "await self._create_connection(req, traces, timeout)",
                    ),
                    (
                        f"{TD_VENV}/aiohttp/connector.py",
                        944,
                        "_create_connection",
                        "_, proto = await self._create_direct_connection(req, traces, timeout)",
                        "await self._create_direct_connection(req, traces, timeout)",
                    ),
                    (
                        f"{TD_VENV}/aiohttp/connector.py",
                        1257,
                        "_create_direct_connection",
                        "raise last_exc",
                        "",
                    ),
                    (
                        f"{TD_VENV}/aiohttp/connector.py",
                        1226,
                        "_create_direct_connection",
                        "transp, proto = await self._wrap_create_connection(",
                        "await self._wrap_create_connection(",
                    ),
                    (
                        f"{TD_VENV}/aiohttp/connector.py",
                        1033,
                        "_wrap_create_connection",
                        "raise client_error(req.connection_key, exc) from exc",
                        "",
                    ),
                ],
                [
                    "aiohttp.client_exceptions.ClientConnectorError: Cannot connect to host homeassistant.local:8123 ssl:default [Connect call failed ('192.168.1.20', 8123)]"
                ],
            )
            R(
                tw,
                "received an exception from one of the connectors",
                [
                    "ERROR:root:received an exception from one of the connectors",
                    *tb1,
                    "",
                    "The above exception was the direct cause of the following exception:",
                    "",
                    *tb2,
                ],
            )

    # a recipe import from a slow blog: the worker times out, twice
    for tt in [at(9, 10, 14), at(9, 11, 31)]:
        w = worker(tt)
        assert w is not None
        timeouts.append((tt, w))
        tto = tt + sec(31)
        G(tto, 1, "CRITICAL", "WORKER TIMEOUT (pid:%s)", f"WORKER TIMEOUT (pid:{w})")
        G(tto + sec(0.05), w, "INFO", "Worker exiting (pid: %s)", f"Worker exiting (pid: {w})")
        G(
            tto + sec(0.4),
            1,
            "ERROR",
            "Worker (pid:%s) exited with code %s.",
            f"Worker (pid:{w}) exited with code 1.",
        )
        new = max(alive) + r.randint(1, 3) if max(alive) > 44 else 45 + len(timeouts)
        G(
            tto + sec(1.45),
            new,
            "INFO",
            "Booting worker with pid: %s",
            f"Booting worker with pid: {new}",
        )
        a, _ = alive[w]
        alive[w] = (a, tt)
        alive[new] = (tto + sec(1.5), update)
    return fs.logs(T0)


# ---------------------------------------------------------------------------- invoiceninja

IN_APP = "/var/www/app"
IN_FW = IN_APP + "/vendor/laravel/framework/src/Illuminate"
IN_CLIENTS = [
    "Bäckerei Lindner GmbH",
    "Kanzlei Roth & Partner",
    "Studio Nord",
    "Grünwerk e.V.",
    "Haus am See Pension",
    "Müller Sanitär",
    "Tanzschule Weiß",
    "Praxis Dr. Yilmaz",
    "Café Kranich",
    "Autohaus Berger",
]
IN_CONTACTS = [
    "buchhaltung@lindner-backwaren.de",
    "rechnung@roth-partner.de",
    "hallo@studio-nord.de",
    "kasse@gruenwerk.org",
    "info@haus-am-see.de",
    "office@mueller-sanitaer.de",
    "tanzen@tanzschule-weiss.de",
    "praxis@dr-yilmaz.de",
    "team@cafe-kranich.de",
    "verwaltung@autohaus-berger.de",
]


def invoiceninja(r: random.Random) -> list[Log]:
    """Invoice Ninja 5.9 self-hosted (the invoiceninja/invoiceninja:5 image), a design studio's
    billing, 06:00 to 12:00: `app.log` (`docker logs` of the app container: supervisord's own
    lines, php-fpm's, two `queue:work` workers and `schedule:work`, Laravel 10's two-column
    output), `laravel.log` (Monolog's `[date] production.LEVEL: message {context}`, exceptions
    with `[stacktrace]` below the line) and `invoiceninja.log` (the `invoiceninja` channel `nlog()`
    writes to with EXPANDED_LOGGING on). AutoBillCron at 06:00, the hourly reminders and
    recurring invoices, staff and clients working on invoices (activity listeners, PDFs,
    webhooks to Zapier, e-mails through NinjaMailerJob), the Office 365 relay timing out
    08:40-09:12, a bulk send at 09:02 filling php-fpm's pool, MySQL restarted 10:12 (the workers
    lose the database and supervisord restarts them), a 300-page statement exhausting a worker's
    memory at 11:20."""
    fs = Files()
    DATE = "YYYY-MM-DD HH:MM:SS"

    def two_col(first: str, second: str) -> str:
        dots = max(78 - 2 - len(first) - 1 - 1 - len(second), 1)
        return f"  {first} {'.' * dots} {second}"

    def runtime(s: float) -> str:
        if s * 1000 <= 2000:
            return f"{s * 1000:.2f}ms"
        return f"{int(s)}s"

    def APP(
        t: datetime, proc: object, label: str | None, text: str, more: list[str] | None = None
    ) -> datetime:
        return fs.add(
            "app.log",
            t,
            label,
            lambda x: [text.replace(DATE, f"{x:%Y-%m-%d %H:%M:%S}"), *(more or [])],
            ("app.log", proc),
            1_000_000,
        )

    def SUP(t: datetime, level: str, label: str, msg: str) -> datetime:
        return fs.add(
            "app.log",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%d %H:%M:%S},{x.microsecond // 1000:03d} {level} {msg}"],
            ("app.log", "supervisord"),
            1000,
        )

    def NLOG(t: datetime, proc: object, label: str, msg: str) -> datetime:
        return fs.add(
            "invoiceninja.log",
            t,
            label,
            lambda x: [f"[{x:%Y-%m-%d %H:%M:%S}] production.INFO: {msg}  "],
            ("invoiceninja.log", proc),
            1_000_000,
        )

    def LOG(
        t: datetime,
        proc: object,
        level: str,
        label: str,
        msg: str,
        ctx: str = "",
        more: list[str] | None = None,
    ) -> datetime:
        return fs.add(
            "laravel.log",
            t,
            label,
            lambda x: [
                f"[{x:%Y-%m-%d %H:%M:%S}] production.{level}: {msg} {ctx} "
                if ctx
                else f"[{x:%Y-%m-%d %H:%M:%S}] production.{level}: {msg}  ",
                *(more or []),
            ],
            ("laravel.log", proc),
            1_000_000,
        )

    def frames(fr: list[str]) -> list[str]:
        return [f"#{i} {f}" for i, f in enumerate(fr)] + [f"#{len(fr)} {{main}}"]

    def exc_ctx(
        cls: str,
        code: object,
        msg: str,
        where: str,
        fr: list[str],
        prev: tuple[str, object, str, str, list[str]] | None = None,
        user: int | None = None,
    ) -> tuple[str, list[str]]:
        esc = msg.replace("\\", "\\\\").replace('"', '\\"')
        head = (
            "{"
            + (f'"userId":{user},' if user else "")
            + f'"exception":"[object] ({cls}(code: {code}): {esc} at {where})'
        )
        rest = ["[stacktrace]", *frames(fr)]
        if prev is not None:
            pcls, pcode, pmsg, pwhere, pfr = prev
            rest += [
                "",
                f"[previous exception] [object] ({pcls}(code: {pcode}): {pmsg} at {pwhere})",
                "[stacktrace]",
                *frames(pfr),
            ]
        return head, [*rest, '"} ']

    worker_frames = [
        f"{IN_FW}/Database/Connection.php(780): Illuminate\\\\Database\\\\Connection->runQueryCallback('select * from `...', Array, Object(Closure))",
        f"{IN_FW}/Database/Connection.php(416): Illuminate\\\\Database\\\\Connection->run('select * from `...', Array, Object(Closure))",
        f"{IN_FW}/Database/Query/Builder.php(2913): Illuminate\\\\Database\\\\Connection->select('select * from `...', Array, true)",
        f"{IN_FW}/Database/Query/Builder.php(2902): Illuminate\\\\Database\\\\Query\\\\Builder->runSelect()",
        f"{IN_FW}/Database/Query/Builder.php(3456): Illuminate\\\\Database\\\\Query\\\\Builder->Illuminate\\\\Database\\\\Query\\\\{{closure}}()",
        f"{IN_FW}/Database/Query/Builder.php(2901): Illuminate\\\\Database\\\\Query\\\\Builder->onceWithColumns(Array, Object(Closure))",
        f"{IN_FW}/Database/Concerns/BuildsQueries.php(333): Illuminate\\\\Database\\\\Query\\\\Builder->get(Array)",
        f"{IN_FW}/Queue/DatabaseQueue.php(282): Illuminate\\\\Database\\\\Query\\\\Builder->first()",
        f"{IN_FW}/Queue/DatabaseQueue.php(227): Illuminate\\\\Queue\\\\DatabaseQueue->getNextAvailableJob('default')",
        f"{IN_FW}/Database/Concerns/ManagesTransactions.php(35): Illuminate\\\\Queue\\\\DatabaseQueue->Illuminate\\\\Queue\\\\{{closure}}(Object(Illuminate\\\\Database\\\\MySqlConnection))",
        f"{IN_FW}/Queue/DatabaseQueue.php(226): Illuminate\\\\Database\\\\Connection->transaction(Object(Closure))",
        f"{IN_FW}/Queue/Worker.php(348): Illuminate\\\\Queue\\\\DatabaseQueue->pop('default')",
        f"{IN_FW}/Queue/Worker.php(361): Illuminate\\\\Queue\\\\Worker->Illuminate\\\\Queue\\\\{{closure}}('default', 0)",
        f"{IN_FW}/Queue/Worker.php(163): Illuminate\\\\Queue\\\\Worker->getNextJob(Object(Illuminate\\\\Queue\\\\DatabaseQueue), 'default')",
        f"{IN_FW}/Queue/Console/WorkCommand.php(139): Illuminate\\\\Queue\\\\Worker->daemon('database', 'default', Object(Illuminate\\\\Queue\\\\WorkerOptions))",
        f"{IN_FW}/Queue/Console/WorkCommand.php(122): Illuminate\\\\Queue\\\\Console\\\\WorkCommand->runWorker('database', 'default')",
        f"{IN_FW}/Container/BoundMethod.php(36): Illuminate\\\\Queue\\\\Console\\\\WorkCommand->handle()",
        f"{IN_FW}/Console/Command.php(181): Illuminate\\\\Container\\\\Container->call(Array)",
        f"{IN_APP}/vendor/symfony/console/Application.php(1096): Illuminate\\\\Console\\\\Command->run(Object(Symfony\\\\Component\\\\Console\\\\Input\\\\ArgvInput), Object(Symfony\\\\Component\\\\Console\\\\Output\\\\ConsoleOutput))",
        f"{IN_FW}/Foundation/Console/Kernel.php(197): Symfony\\\\Component\\\\Console\\\\Application->run(Object(Symfony\\\\Component\\\\Console\\\\Input\\\\ArgvInput), Object(Symfony\\\\Component\\\\Console\\\\Output\\\\ConsoleOutput))",
        f"{IN_APP}/artisan(35): Illuminate\\\\Foundation\\\\Console\\\\Kernel->handle(Object(Symfony\\\\Component\\\\Console\\\\Input\\\\ArgvInput), Object(Symfony\\\\Component\\\\Console\\\\Output\\\\ConsoleOutput))",
    ]
    pdo_frames = [
        f"{IN_FW}/Database/Connectors/Connector.php(65): PDO->__construct('mysql:host=db;p...', 'ninja', Object(SensitiveParameterValue), Array)",
        f"{IN_FW}/Database/Connectors/Connector.php(83): Illuminate\\\\Database\\\\Connectors\\\\Connector->createPdoConnection('mysql:host=db;p...', 'ninja', Object(SensitiveParameterValue), Array)",
        f"{IN_FW}/Database/Connectors/Connector.php(48): Illuminate\\\\Database\\\\Connectors\\\\Connector->tryAgainIfCausedByLostConnection(Object(PDOException), 'mysql:host=db;p...', 'ninja', Object(SensitiveParameterValue), Array)",
        f"{IN_FW}/Database/Connectors/MySqlConnector.php(24): Illuminate\\\\Database\\\\Connectors\\\\Connector->createConnection('mysql:host=db;p...', Array, Array)",
        f"{IN_FW}/Database/Connectors/ConnectionFactory.php(184): Illuminate\\\\Database\\\\Connectors\\\\MySqlConnector->connect(Array)",
        "[internal function]: Illuminate\\\\Database\\\\Connectors\\\\ConnectionFactory->Illuminate\\\\Database\\\\Connectors\\\\{closure}()",
        f"{IN_FW}/Database/Connection.php(1181): call_user_func(Object(Closure))",
        f"{IN_FW}/Database/Connection.php(1217): Illuminate\\\\Database\\\\Connection->getPdo()",
        f"{IN_FW}/Database/Connection.php(512): Illuminate\\\\Database\\\\Connection->getReadPdo()",
    ]

    # ---- the workers: two queue:work processes under supervisord, fed in time order
    import heapq

    pid_hist: dict[str, list[tuple[datetime, int]]] = {
        "queue-worker_00": [(T0 - sec(86400), 31)],
        "queue-worker_01": [(T0 - sec(86400), 32)],
    }
    free = {"queue-worker_00": T0, "queue-worker_01": T0}
    down: list[tuple[str, datetime, datetime]] = []
    next_pid = [4187]
    seq = [0]
    tasks: list[tuple[datetime, int, dict]] = []

    def pid_at(w: str, t: datetime) -> int:
        return [p for a, p in pid_hist[w] if a <= t][-1]

    def push(t: datetime, spec: dict) -> None:
        seq[0] += 1
        heapq.heappush(tasks, (t, seq[0], spec))

    def J(cls: str, lo: float, hi: float, after=None, then=None, dur=None) -> dict:
        return {"cls": cls, "lo": lo, "hi": hi, "after": after, "then": then, "dur": dur}

    relay_down = (at(8, 40, 10), at(9, 12, 30))

    def mail_spec(to: str) -> dict:
        def then(tj: datetime, pid: int) -> None:
            tn = NLOG(
                tj + sec(0.02),
                pid,
                "trying to send to %s %s",
                f"trying to send to {to} {tj:%Y-%m-%d %H:%M:%S}",
            )
            tn = NLOG(tn + sec(0.001), pid, "Using mailer => %s", "Using mailer => smtp")
            if in_any(tj, [relay_down]):
                NLOG(
                    tn + sec(30.0),
                    pid,
                    'error failed with Connection could not be established with host "%s": stream_socket_client(): Unable to connect to %s (Connection timed out)',
                    'error failed with Connection could not be established with host "smtp.office365.com:587": stream_socket_client(): Unable to connect to smtp.office365.com:587 (Connection timed out)',
                )

        def dur(tj: datetime) -> float:
            return r.uniform(30.05, 30.4) if in_any(tj, [relay_down]) else r.uniform(0.6, 2.4)

        def after(tj: datetime) -> list[dict]:
            if in_any(tj, [relay_down]):
                return [
                    J("App\\Jobs\\Util\\SystemLogger", 0.01, 0.04),
                    J("App\\Listeners\\Invoice\\InvoiceEmailFailedActivity", 0.01, 0.05),
                ]
            return [
                J("App\\Listeners\\Invoice\\InvoiceEmailActivity", 0.01, 0.05),
                J("App\\Listeners\\Invoice\\InvoiceEmailedNotification", 0.02, 0.2),
            ]

        return J("App\\Jobs\\Mail\\NinjaMailerJob", 0, 0, after=after, then=then, dur=dur)

    def email_spec(to: str) -> dict:
        return J("App\\Jobs\\Entity\\EmailEntity", 0.8, 3.2, after=lambda tj: [mail_spec(to)])

    def hook_after(tj: datetime) -> list[dict]:
        return [
            J(
                "App\\Jobs\\Util\\WebhookHandler",
                0.01,
                0.05,
                after=lambda tj: [J("App\\Jobs\\Util\\WebhookSingle", 0.15, 0.9)],
            )
        ]

    def pdf_spec() -> dict:
        return J("App\\Jobs\\Entity\\CreateEntityPdf", 1.2, 4.5, after=hook_after)

    # staff work and clients in the portal
    for tv in poisson(r, at(6, 10), T_END, 130):
        push(tv, J("App\\Listeners\\Invoice\\InvoiceViewedActivity", 0.01, 0.06))
    for te in poisson(r, at(7, 45), T_END, 150):
        kind = weighted(r, [(3, "update"), (2, "create"), (2, "email"), (1, "payment")])
        if kind == "update":
            push(
                te,
                J(
                    "App\\Listeners\\Invoice\\UpdateInvoiceActivity",
                    0.01,
                    0.05,
                    after=lambda tj: [pdf_spec()],
                ),
            )
        elif kind == "create":
            push(
                te,
                J(
                    "App\\Listeners\\Invoice\\CreateInvoiceActivity",
                    0.01,
                    0.05,
                    after=lambda tj: [pdf_spec()],
                ),
            )
        elif kind == "email":
            push(te, email_spec(r.choice(IN_CONTACTS)))
        else:
            push(
                te,
                J(
                    "App\\Listeners\\Payment\\PaymentNotification",
                    0.05,
                    0.4,
                    after=lambda tj: [
                        J(
                            "App\\Listeners\\Activity\\PaymentCreatedActivity",
                            0.01,
                            0.05,
                            after=hook_after,
                        )
                    ],
                ),
            )

    # ---- the scheduler: schedule:work, schedule:run every minute
    for m in range(360):
        tm = T0 + sec(60 * m + r.uniform(0.05, 0.4))
        due = []
        if m % 5 == 0:
            due += ["App\\Jobs\\Ninja\\QueueSize", "Callback"]
        if tm.minute == 0:
            due += ["App\\Jobs\\Util\\ReminderJob", "App\\Jobs\\Cron\\RecurringInvoicesCron"]
        if m == 0:
            due += ["App\\Jobs\\Cron\\AutoBillCron"]
        if not due:
            tt = APP(
                tm,
                "scheduler",
                "No scheduled commands are ready to run.",
                "   INFO  No scheduled commands are ready to run.",
            )
            APP(tt, "scheduler", None, "")
            continue
        tt = tm
        for d in due:
            dur = r.uniform(0.004, 0.03)
            if d == "App\\Jobs\\Ninja\\QueueSize":
                push(tt + sec(0.5), J(d, 0.005, 0.03))
            elif d == "App\\Jobs\\Util\\ReminderJob":
                rem = [
                    (i, r.choice(["reminder1", "reminder2", "reminder3"]))
                    for i in r.sample(range(len(IN_CONTACTS)), r.choice([0, 1, 1, 2, 3]))
                ]

                def reminders(tj: datetime, pid: int, rem=rem) -> None:
                    tn = NLOG(
                        tj + sec(0.05),
                        pid,
                        "Sending invoice reminders on %s",
                        f"Sending invoice reminders on {tj:%Y-%m-%d} {tj.hour % 12 or 12:02d}:{tj:%M:%S}",
                    )
                    for _i, tpl in rem:
                        num = f"RE-2024-{r.randint(180, 420):04d}"
                        tn = NLOG(
                            tn + sec(r.uniform(0.2, 0.6)),
                            pid,
                            "Firing reminder email for invoice %s - %s",
                            f"Firing reminder email for invoice {num} - {tpl}",
                        )

                push(
                    tt + sec(0.5),
                    J(
                        d,
                        0.3 + 0.6 * len(rem),
                        1.5 + 0.6 * len(rem),
                        then=reminders,
                        after=lambda tj, rem=rem: [email_spec(IN_CONTACTS[i]) for i, _ in rem],
                    ),
                )
            elif d == "App\\Jobs\\Cron\\RecurringInvoicesCron":
                n = r.choice([0, 0, 1, 2, 3]) if m else 4
                tn = NLOG(
                    tt + sec(0.01),
                    "scheduler",
                    "Sending recurring invoices %s",
                    f"Sending recurring invoices {tt:%Y-%m-%d} {tt.hour % 12 or 12:02d}:{tt:%M:%S}",
                )
                tn = NLOG(
                    tn + sec(0.05),
                    "scheduler",
                    "%s Sending Recurring Invoices. Count = %s",
                    f"{tt:%Y-%m-%d} Sending Recurring Invoices. Count = {n}",
                )
                for _ in range(n):
                    tn = NLOG(
                        tn + sec(0.01),
                        "scheduler",
                        "Current date = %s Recurring date = %s",
                        f"Current date = {tt:%Y-%m-%d} Recurring date = {tt:%Y-%m-%d} {tt.hour:02d}:00:00",
                    )
                    num = f"R{r.randint(10, 99):04d}"
                    tn = NLOG(
                        tn + sec(0.01), "scheduler", "Trying to send %s", f"Trying to send {num}"
                    )
                    tn += sec(r.uniform(1.5, 4))
                    push(tn, email_spec(r.choice(IN_CONTACTS)))
                dur = (tn - tt).total_seconds() + r.uniform(0.05, 0.2)
            elif d == "App\\Jobs\\Cron\\AutoBillCron":
                tl = LOG(
                    tt + sec(0.01),
                    "scheduler",
                    "INFO",
                    "Performing Autobilling %s",
                    f"Performing Autobilling {tt:%Y-%m-%d} {tt.hour % 12 or 12:02d}:{tt:%M:%S}",
                )
                tn = NLOG(
                    tl + sec(0.1),
                    "scheduler",
                    "%s partial invoices to auto bill",
                    "0 partial invoices to auto bill",
                )
                tn = NLOG(
                    tn + sec(2.0),
                    "scheduler",
                    "%s full invoices to auto bill",
                    "7 full invoices to auto bill",
                )
                for k in range(7):
                    push(
                        tn + sec(0.1 + 0.01 * k),
                        J(
                            "App\\Jobs\\Cron\\AutoBill",
                            1.8,
                            4.5,
                            after=lambda tj: [
                                J(
                                    "App\\Listeners\\Payment\\PaymentNotification",
                                    0.05,
                                    0.4,
                                    after=lambda tj: [
                                        J(
                                            "App\\Listeners\\Activity\\PaymentCreatedActivity",
                                            0.01,
                                            0.05,
                                        )
                                    ],
                                )
                            ],
                        ),
                    )
                dur = 4.2 + r.uniform(0, 0.3)
            tl = APP(
                tt,
                "scheduler",
                "%s Running [%s] %s %s DONE",
                two_col(f"{DATE} Running [{d}]", f"{dur * 1000:,.0f}ms DONE"),
            )
            tt = max(tl, tt + sec(dur))
        APP(tt, "scheduler", None, "")

    # ---- a bulk send at 09:02: the PDFs fill php-fpm's pool
    for tb in [at(9, 2, 14), at(9, 2, 41), at(9, 3, 5)]:
        fs.add(
            "app.log",
            tb,
            "[pool %s] server reached pm.max_children setting (%d), consider raising it",
            lambda x: [
                f"[{x:%d-%b-%Y %H:%M:%S}] WARNING: [pool www] server reached pm.max_children setting (5), consider raising it"
            ],
            ("app.log", "fpm"),
            1_000_000,
        )
    tb = at(9, 2, 20)
    for _ in range(24):
        tb += sec(r.uniform(0.5, 3))
        push(tb, email_spec(r.choice(IN_CONTACTS)))

    def run(w: str, t: datetime, cls: str, dur: float, word: str = "DONE") -> datetime:
        pid = pid_at(w, t)
        APP(t, pid, "%s %s RUNNING", two_col(f"{DATE} {cls}", "RUNNING"))
        return APP(
            t + sec(dur),
            pid,
            f"%s %s %s {word}",
            two_col(f"{DATE} {cls}", f"{runtime(dur)} {word}"),
        )

    # ---- MySQL restarted at 10:12: the workers lose the database
    db = (at(10, 12, 21), at(10, 13, 34))
    for w in ["queue-worker_00", "queue-worker_01"]:
        tw = db[0] + sec(r.uniform(0.2, 2.5))
        first = True
        if w == "queue-worker_00":
            # a PDF job was running: its update fails first
            ts0 = db[0] - sec(2.6)
            pid = pid_at(w, ts0)
            APP(
                ts0,
                pid,
                "%s %s RUNNING",
                two_col(f"{DATE} App\\Jobs\\Entity\\CreateEntityPdf", "RUNNING"),
            )
            APP(
                tw,
                pid,
                "%s %s %s FAIL",
                two_col(
                    f"{DATE} App\\Jobs\\Entity\\CreateEntityPdf",
                    f"{runtime((tw - ts0).total_seconds())} FAIL",
                ),
            )
            down.append((w, ts0 - sec(0.5), tw))
        while tw < db[1] + sec(2):
            pid = pid_at(w, tw)
            avail = int(tw.timestamp())
            sql = f"select * from `jobs` where `queue` = default and ((`reserved_at` is null and `available_at` <= {avail}) or (`reserved_at` <= {avail - 3600})) order by `id` asc limit 1 for update"
            if first and w == "queue-worker_00":
                usql = f"update `invoices` set `updated_at` = {tw:%Y-%m-%d %H:%M:%S} where `id` = {r.randint(2100, 2400)}"
                msg = f"SQLSTATE[HY000]: General error: 2006 MySQL server has gone away (Connection: mysql, SQL: {usql})"
                head, rest = exc_ctx(
                    "Illuminate\\\\Database\\\\QueryException",
                    "HY000",
                    msg,
                    f"{IN_FW}/Database/Connection.php:813",
                    worker_frames,
                    (
                        "PDOException",
                        "HY000",
                        "SQLSTATE[HY000]: General error: 2006 MySQL server has gone away",
                        f"{IN_FW}/Database/Connection.php:590",
                        [
                            f"{IN_FW}/Database/Connection.php(590): PDOStatement->execute()",
                            *worker_frames[:2],
                        ],
                    ),
                )
                LOG(
                    tw + sec(0.01),
                    pid,
                    "ERROR",
                    "SQLSTATE[HY000]: General error: 2006 MySQL server has gone away (Connection: %s, SQL: %s)",
                    msg,
                    head,
                    rest,
                )
            else:
                msg = f"SQLSTATE[HY000] [2002] Connection refused (Connection: mysql, SQL: {sql})"
                head, rest = exc_ctx(
                    "Illuminate\\\\Database\\\\QueryException",
                    2002,
                    msg,
                    f"{IN_FW}/Database/Connection.php:813",
                    worker_frames,
                    (
                        "PDOException",
                        2002,
                        "SQLSTATE[HY000] [2002] Connection refused",
                        f"{IN_FW}/Database/Connectors/Connector.php:65",
                        pdo_frames,
                    ),
                )
                LOG(
                    tw,
                    pid,
                    "ERROR",
                    "SQLSTATE[HY000] [2002] Connection refused (Connection: %s, SQL: %s)",
                    msg,
                    head,
                    rest,
                )
            first = False
            # the worker stops on a lost connection, supervisord starts another
            te = tw + sec(r.uniform(0.05, 0.2))
            SUP(
                te,
                "INFO",
                "exited: %s (exit status %s; expected)",
                f"exited: {w} (exit status 0; expected)",
            )
            next_pid[0] += r.randint(3, 9)
            ts = te + sec(r.uniform(0.9, 1.1))
            pid_hist[w].append((ts, next_pid[0]))
            SUP(ts, "INFO", "spawned: %r with pid %s", f"spawned: '{w}' with pid {next_pid[0]}")
            SUP(
                ts + sec(1.001),
                "INFO",
                "success: %s entered RUNNING state, process has stayed up for > than %s seconds (startsecs)",
                f"success: {w} entered RUNNING state, process has stayed up for > than 1 seconds (startsecs)",
            )
            down.append((w, tw - sec(0.5), ts + sec(2.5)))
            tw = ts + sec(r.uniform(1.5, 6))

    # ---- 11:20: a 300-page statement exhausts a worker's memory
    w = "queue-worker_01"
    tf = at(11, 20, 33)
    tx = tf + sec(14.2)
    down.append((w, tf - sec(0.5), tx + sec(2.6)))
    pid = pid_at(w, tf)
    APP(tf, pid, "%s %s RUNNING", two_col(f"{DATE} App\\Jobs\\Entity\\CreateEntityPdf", "RUNNING"))
    where = f"{IN_APP}/vendor/dompdf/dompdf/src/FrameReflower/Block.php"
    APP(
        tx,
        pid,
        "PHP Fatal error:  Allowed memory size of %d bytes exhausted (tried to allocate %d bytes) in %s on line %d",
        f"PHP Fatal error:  Allowed memory size of 268435456 bytes exhausted (tried to allocate 4096 bytes) in {where} on line 872",
    )
    APP(tx + sec(0.001), pid, None, "")
    APP(
        tx + sec(0.002),
        pid,
        "Fatal error: Allowed memory size of %d bytes exhausted (tried to allocate %d bytes) in %s on line %d",
        f"Fatal error: Allowed memory size of 268435456 bytes exhausted (tried to allocate 4096 bytes) in {where} on line 872",
    )
    head, rest = exc_ctx(
        "Symfony\\\\Component\\\\ErrorHandler\\\\Error\\\\FatalError",
        0,
        "Allowed memory size of 268435456 bytes exhausted (tried to allocate 4096 bytes)",
        f"{where}:872",
        [],
    )
    LOG(
        tx + sec(0.01),
        pid,
        "ERROR",
        "Allowed memory size of %d bytes exhausted (tried to allocate %d bytes)",
        "Allowed memory size of 268435456 bytes exhausted (tried to allocate 4096 bytes)",
        head,
        rest,
    )
    SUP(
        tx + sec(0.1),
        "INFO",
        "exited: %s (exit status %s; not expected)",
        f"exited: {w} (exit status 255; not expected)",
    )
    next_pid[0] += 11
    pid_hist[w].append((tx + sec(1.1), next_pid[0]))
    SUP(tx + sec(1.1), "INFO", "spawned: %r with pid %s", f"spawned: '{w}' with pid {next_pid[0]}")
    SUP(
        tx + sec(2.11),
        "INFO",
        "success: %s entered RUNNING state, process has stayed up for > than %s seconds (startsecs)",
        f"success: {w} entered RUNNING state, process has stayed up for > than 1 seconds (startsecs)",
    )

    # ---- run the queue: each task on the worker free first, never inside a worker's outage
    def available(w: str, t: datetime) -> datetime:
        t = max(t, free[w])
        moved = True
        while moved:
            moved = False
            for d, a, b in down:
                if d == w and a <= t < b:
                    t, moved = b + sec(0.3), True
        return t

    while tasks:
        t, _, spec = heapq.heappop(tasks)
        if t >= T_END:
            continue
        w = min(free, key=lambda x: (available(x, t), x))
        ts = available(w, t)
        if ts >= T_END:
            continue
        dur = spec["dur"](ts) if spec["dur"] else r.uniform(spec["lo"], spec["hi"])
        # a job never runs into an outage of its worker
        for d, a, _b in down:
            if d == w and ts < a < ts + sec(dur):
                dur = max(0.005, (a - ts).total_seconds() - 0.4)
        pid = pid_at(w, ts)
        APP(ts, pid, "%s %s RUNNING", two_col(f"{DATE} {spec['cls']}", "RUNNING"))
        if spec["then"]:
            spec["then"](ts, pid)
        te = APP(
            ts + sec(dur),
            pid,
            "%s %s %s DONE",
            two_col(f"{DATE} {spec['cls']}", f"{runtime(dur)} DONE"),
        )
        free[w] = te + sec(0.01)
        if spec["after"]:
            for k, nxt in enumerate(spec["after"](ts)):
                push(te + sec(0.05 + 0.01 * k), nxt)
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- kimai

KM_SITE = "https://zeit.agentur-fuchs.de"
KM_V = "/opt/kimai/vendor"
KM_PLUGIN = "/opt/kimai/var/plugins/AgencyReportBundle/EventSubscriber/TimesheetMetaSubscriber.php"


def kimai(r: random.Random) -> list[Log]:
    """Kimai 2.17 (`prod.log`: var/log/prod.log of the kimai/kimai2:apache image, Monolog's
    LineFormatter `[%datetime%] %channel%.%level_name%: %message% %context% %extra%` with
    `Y-m-d H:i:s`, inline line breaks, empty context and extra left out; the prod handler is
    fingers_crossed at notice, so a request's buffered info lines are written only with its
    first notice or worse), a 40-person agency's time tracking, 06:00 to 12:00: an in-house
    plugin warning on every timesheet page and API list (`Warning: Undefined array key "%s"`
    after the request's `Matched route`), a reporting script sending a date the API rejects
    every two minutes until it is fixed at 09:42, MySQL restarted 08:31 (DBAL's and the session
    handler's connection errors, an export losing its connection), a deadlock, the cache volume
    full 09:48-09:55, an invoice template with a missing variable 10:05-10:20, the mail relay
    down 10:40-11:00 (password resets), an old mobile app stopping timers with GET, two Excel
    exports running out of memory at 11:30."""
    fs = Files()
    children = [r.randint(30, 400) for _ in range(12)]

    def K(
        t: datetime,
        proc: int,
        chan: str,
        level: str,
        label: str,
        msg: str,
        ctx: str,
        more: list[str] | None = None,
    ) -> datetime:
        return fs.add(
            "prod.log",
            t,
            label,
            lambda x: [f"[{x:%Y-%m-%d %H:%M:%S}] {chan}.{level}: {msg} {ctx} ", *(more or [])],
            ("prod.log", proc),
            1_000_000,
        )

    def matched(
        t: datetime, proc: int, route: str, ctrl: str, params: dict, uri: str, method: str
    ) -> datetime:
        rp = {"_route": route, "_controller": ctrl, **params}
        ctx = json.dumps(
            {
                "route": route,
                "route_parameters": rp,
                "request_uri": KM_SITE + uri,
                "method": method,
            },
            separators=(",", ":"),
            ensure_ascii=False,
        )
        return K(
            t, proc, "request", "INFO", 'Matched route "%s".', f'Matched route "{route}".', ctx
        )

    def exc(
        cls: str,
        code: object,
        msg: str,
        where: str,
        prev: list[tuple[str, object, str, str]] | None = None,
    ) -> tuple[str, list[str]]:
        def esc(x: str) -> str:
            return x.replace("\\", "\\\\").replace('"', '\\"')

        head = (
            '{"exception":"[object] ('
            + esc(cls)
            + f"(code: {code}): "
            + esc(msg)
            + " at "
            + esc(where)
            + ")"
        )
        more = [
            f"[previous exception] [object] ({esc(c)}(code: {k}): {esc(m)} at {esc(w)})"
            for c, k, m, w in (prev or [])
        ]
        if more:
            more[-1] += '"} '
            return head, more
        return head + '"}', []

    def uncaught(
        t: datetime,
        proc: int,
        level: str,
        label: str,
        cls: str,
        msg: str,
        where: str,
        prev: list[tuple[str, object, str, str]] | None = None,
        ctx_extra: str = "",
    ) -> datetime:
        head, more = exc(cls, 0 if not prev else prev[-1][1], msg, where, prev)
        text = f'Uncaught PHP Exception {cls}: "{msg}" at {where.rsplit("/", 1)[1].split(":")[0]} line {where.rsplit(":", 1)[1]}'
        if more:
            return fs.add(
                "prod.log",
                t,
                label,
                lambda x: [f"[{x:%Y-%m-%d %H:%M:%S}] request.{level}: {text} {head}", *more],
                ("prod.log", proc),
                1_000_000,
            )
        return fs.add(
            "prod.log",
            t,
            label,
            lambda x: [f"[{x:%Y-%m-%d %H:%M:%S}] request.{level}: {text} {head} "],
            ("prod.log", proc),
            1_000_000,
        )

    def warn(t: datetime, proc: int) -> datetime:
        key = "budgetType"
        head, _more = exc(
            "ErrorException", 0, f'Warning: Undefined array key "{key}"', f"{KM_PLUGIN}:58"
        )
        return fs.add(
            "prod.log",
            t,
            'Warning: Undefined array key "%s"',
            lambda x: [
                f'[{x:%Y-%m-%d %H:%M:%S}] php.WARNING: Warning: Undefined array key "{key}" {head} '
            ],
            ("prod.log", proc),
            1_000_000,
        )

    def auth_ok(t: datetime, proc: int, user: str) -> datetime:
        ctx = (
            '{"token":{"Symfony\\\\Component\\\\Security\\\\Http\\\\Authenticator\\\\Token\\\\PostAuthenticationToken":"PostAuthenticationToken(user=\\"'
            + user
            + '\\", roles=\\"ROLE_USER\\")"},"authenticator":"App\\\\API\\\\Authentication\\\\TokenAuthenticator"}'
        )
        return K(
            t,
            proc,
            "security",
            "INFO",
            "Authenticator successful!",
            "Authenticator successful!",
            ctx,
        )

    db_down = (at(8, 31, 5), at(8, 32, 21))
    users = [
        "mfuchs",
        "jkoch",
        "lbauer",
        "sweber",
        "tnguyen",
        "akaya",
        "pschmidt",
        "ehoffmann",
        "dwolf",
        "rklein",
        "nbraun",
        "cmeyer",
    ]

    def page(t: datetime) -> tuple[str, str, dict, str, str]:
        kind = weighted(r, [(5, "list"), (3, "edit"), (1, "create"), (2, "api")])
        if kind == "list":
            p = r.choice([1, 1, 1, 2])
            return (
                "timesheet",
                "App\\Controller\\TimesheetController::indexAction",
                {"page": p, "_locale": "de"},
                "/de/timesheet/" + (f"page/{p}" if p > 1 else ""),
                "GET",
            )
        if kind == "edit":
            i = r.randint(48100, 48990)
            return (
                "timesheet_edit",
                "App\\Controller\\TimesheetController::editAction",
                {"id": str(i), "_locale": "de"},
                f"/de/timesheet/{i}/edit",
                "GET",
            )
        if kind == "create":
            return (
                "timesheet_create",
                "App\\Controller\\TimesheetController::createAction",
                {"_locale": "de"},
                "/de/timesheet/create",
                "GET",
            )
        return (
            "get_timesheets",
            "App\\API\\TimesheetController::cgetAction",
            {"_format": "json"},
            "/api/timesheets?user=" + str(r.randint(2, 44)) + "&size=50",
            "GET",
        )

    # every timesheet page and list runs the plugin's warning
    for tp in poisson(r, at(6, 20), T_END, 19):
        hour = tp.hour + tp.minute / 60
        if hour < 7.5 and r.random() < 0.7:
            continue
        proc = r.choice(children)
        route, ctrl, params, uri, method = page(tp)
        if in_any(tp, [db_down]):
            t1 = matched(tp, proc, route, ctrl, params, uri, method)
            if route == "get_timesheets":
                uncaught(
                    t1 + sec(0.05),
                    proc,
                    "CRITICAL",
                    'Uncaught PHP Exception %s: "An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused" at %s line %s',
                    "Doctrine\\DBAL\\Exception\\ConnectionException",
                    "An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused",
                    f"{KM_V}/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php:101",
                    [
                        (
                            "Doctrine\\DBAL\\Driver\\PDO\\Exception",
                            2002,
                            "SQLSTATE[HY000] [2002] Connection refused",
                            f"{KM_V}/doctrine/dbal/src/Driver/PDO/Exception.php:28",
                        ),
                        (
                            "PDOException",
                            2002,
                            "SQLSTATE[HY000] [2002] Connection refused",
                            f"{KM_V}/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php:28",
                        ),
                    ],
                )
            else:
                uncaught(
                    t1 + sec(0.05),
                    proc,
                    "CRITICAL",
                    'Uncaught PHP Exception %s: "SQLSTATE[HY000] [2002] Connection refused" at %s line %s',
                    "PDOException",
                    "SQLSTATE[HY000] [2002] Connection refused",
                    f"{KM_V}/symfony/http-foundation/Session/Storage/Handler/PdoSessionHandler.php:462",
                )
            continue
        t1 = matched(tp, proc, route, ctrl, params, uri, method)
        if route == "get_timesheets":
            t1 = auth_ok(t1 + sec(0.01), proc, r.choice(users))
        warn(t1 + sec(r.uniform(0.05, 0.3)), proc)
        if route == "timesheet_edit" and r.random() < 0.012:
            uncaught(
                t1 + sec(0.4),
                proc,
                "CRITICAL",
                'Uncaught PHP Exception %s: "Call to a member function %s() on null" at %s line %s',
                "Error",
                "Call to a member function getId() on null",
                f"{KM_PLUGIN}:71",
            )

    # the reporting script's date format, every two minutes until 09:42
    for k in range(0, 222, 2):
        tk = at(6, 0, 20) + sec(60 * k + r.uniform(0, 3))
        if tk >= at(9, 42) or in_any(tk, [db_down]):
            continue
        proc = r.choice(children)
        day = f"2024-06-0{r.choice([3, 4, 5, 6, 7])}"
        uri = f"/api/timesheets?begin={day}%2000:00:00&end={day}%2023:59:59&full=true&size=1000"
        t1 = matched(
            tk,
            proc,
            "get_timesheets",
            "App\\API\\TimesheetController::cgetAction",
            {"_format": "json"},
            uri,
            "GET",
        )
        t1 = auth_ok(t1 + sec(0.01), proc, "reporting")
        uncaught(
            t1 + sec(0.02),
            proc,
            "ERROR",
            'Uncaught PHP Exception %s: "Parameter "%s" of value "%s" violated a constraint "This value is not a valid datetime."" at %s line %s',
            "FOS\\RestBundle\\Exception\\InvalidParameterException",
            f'Parameter "begin" of value "{day} 00:00:00" violated a constraint "This value is not a valid datetime."',
            f"{KM_V}/friendsofsymfony/rest-bundle/Exception/InvalidParameterException.php:38",
        )

    # an export loses its connection when MySQL restarts
    proc = r.choice(children)
    t1 = matched(
        at(8, 30, 52),
        proc,
        "timesheet_export",
        "App\\Controller\\TimesheetController::exportAction",
        {"_locale": "de"},
        "/de/timesheet/export/",
        "POST",
    )
    uncaught(
        db_down[0] + sec(0.4),
        proc,
        "CRITICAL",
        'Uncaught PHP Exception %s: "An exception occurred while executing a query: SQLSTATE[HY000]: General error: 2006 MySQL server has gone away" at %s line %s',
        "Doctrine\\DBAL\\Exception\\ConnectionLost",
        "An exception occurred while executing a query: SQLSTATE[HY000]: General error: 2006 MySQL server has gone away",
        f"{KM_V}/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php:117",
        [
            (
                "Doctrine\\DBAL\\Driver\\PDO\\Exception",
                "HY000",
                "SQLSTATE[HY000]: General error: 2006 MySQL server has gone away",
                f"{KM_V}/doctrine/dbal/src/Driver/PDO/Exception.php:28",
            ),
            (
                "PDOException",
                "HY000",
                "SQLSTATE[HY000]: General error: 2006 MySQL server has gone away",
                f"{KM_V}/doctrine/dbal/src/Driver/PDO/Statement.php:130",
            ),
        ],
    )

    # two timers stopped at once
    for td in [at(9, 1, 44), at(10, 58, 3)]:
        proc = r.choice(children)
        i = r.randint(48900, 48990)
        t1 = matched(
            td,
            proc,
            "patch_stop_timesheet",
            "App\\API\\TimesheetController::stopAction",
            {"id": str(i), "_format": "json"},
            f"/api/timesheets/{i}/stop",
            "PATCH",
        )
        t1 = auth_ok(t1 + sec(0.01), proc, r.choice(users))
        uncaught(
            t1 + sec(0.3),
            proc,
            "CRITICAL",
            'Uncaught PHP Exception %s: "An exception occurred while executing a query: SQLSTATE[40001]: Serialization failure: 1213 Deadlock found when trying to get lock; try restarting transaction" at %s line %s',
            "Doctrine\\DBAL\\Exception\\DeadlockException",
            "An exception occurred while executing a query: SQLSTATE[40001]: Serialization failure: 1213 Deadlock found when trying to get lock; try restarting transaction",
            f"{KM_V}/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php:56",
            [
                (
                    "Doctrine\\DBAL\\Driver\\PDO\\Exception",
                    40001,
                    "SQLSTATE[40001]: Serialization failure: 1213 Deadlock found when trying to get lock; try restarting transaction",
                    f"{KM_V}/doctrine/dbal/src/Driver/PDO/Exception.php:28",
                ),
                (
                    "PDOException",
                    40001,
                    "SQLSTATE[40001]: Serialization failure: 1213 Deadlock found when trying to get lock; try restarting transaction",
                    f"{KM_V}/doctrine/dbal/src/Driver/PDO/Statement.php:130",
                ),
            ],
        )

    # the cache volume full
    for tc in poisson(r, at(9, 48, 10), at(9, 55, 30), 40):
        proc = r.choice(children)
        key = r.choice(
            [
                "kimai.configuration",
                "kimai.user_preferences." + str(r.randint(2, 44)),
                "kimai.plugins",
            ]
        )
        typ = "array" if not key.startswith("kimai.user") else "App\\Entity\\User"
        b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-"
        path = f"/opt/kimai/var/cache/prod/pools/app/Fq2dkY8jUq/{r.choice(b64[:36]).upper()}/{r.choice(b64[:36]).upper()}/{''.join(r.choice(b64) for _ in range(20))}"
        msg = f'Failed to save key "{key}" of type {typ}: file_put_contents({path}): Failed to open stream: No space left on device'
        ctx = json.dumps(
            {
                "key": key,
                "type": typ,
                "exception": {},
                "cache-adapter": "Symfony\\Component\\Cache\\Adapter\\FilesystemAdapter",
            },
            separators=(",", ":"),
        )
        ctx = ctx.replace(
            '"exception":{}',
            '"exception":"[object] (ErrorException(code: 0): file_put_contents('
            + path
            + "): Failed to open stream: No space left on device at "
            + f"{KM_V}/symfony/cache/Traits/FilesystemCommonTrait.php:115"
            + ')"',
        )
        K(
            tc,
            proc,
            "cache",
            "WARNING",
            'Failed to save key "%s" of type %s: file_put_contents(%s): Failed to open stream: No space left on device',
            msg,
            ctx,
        )

    # the invoice template with a missing variable
    for ti in poisson(r, at(10, 5), at(10, 20), 130):
        proc = r.choice(children)
        t1 = matched(
            ti,
            proc,
            "invoice",
            "App\\Controller\\InvoiceController::indexAction",
            {"_locale": "de"},
            "/de/invoice/?template=4&customers%5B%5D="
            + str(r.randint(2, 60))
            + "&daterange=01.05.2024+-+31.05.2024&preview=",
            "GET",
        )
        uncaught(
            t1 + sec(0.6),
            proc,
            "CRITICAL",
            'Uncaught PHP Exception %s: "Variable "%s" does not exist in "%s" at line %d." at %s line %s',
            "Twig\\Error\\RuntimeError",
            'Variable "entry" does not exist in "@invoice/agentur-2024.html.twig" at line 88.',
            "/opt/kimai/var/invoices/agentur-2024.html.twig:88",
        )

    # password resets while the relay is down
    for tr in [at(10, 43, 12), at(10, 44, 30), at(10, 51, 2)]:
        proc = r.choice(children)
        t1 = matched(
            tr,
            proc,
            "fos_user_resetting_send_email",
            "App\\Controller\\Security\\PasswordResetController::sendEmailAction",
            {"_locale": "de"},
            "/de/resetting/send-email",
            "POST",
        )
        uncaught(
            t1 + sec(10.1),
            proc,
            "CRITICAL",
            'Uncaught PHP Exception %s: "Connection could not be established with host "%s": stream_socket_client(): Unable to connect to %s (Connection refused)" at %s line %s',
            "Symfony\\Component\\Mailer\\Exception\\TransportException",
            'Connection could not be established with host "mail.agentur-fuchs.de:587": stream_socket_client(): Unable to connect to mail.agentur-fuchs.de:587 (Connection refused)',
            f"{KM_V}/symfony/mailer/Transport/Smtp/Stream/SocketStream.php:154",
        )

    # an old mobile app stops timers with GET
    for tg in poisson(r, at(7, 40), T_END, 1100):
        proc = r.choice(children)
        i = r.randint(48900, 48990)
        uncaught(
            tg,
            proc,
            "ERROR",
            'Uncaught PHP Exception %s: "No route found for "%s %s": Method Not Allowed (Allow: %s)" at %s line %s',
            "Symfony\\Component\\HttpKernel\\Exception\\MethodNotAllowedHttpException",
            f'No route found for "GET {KM_SITE}/api/timesheets/{i}/stop": Method Not Allowed (Allow: PATCH)',
            f"{KM_V}/symfony/http-kernel/EventListener/RouterListener.php:156",
            [
                (
                    "Symfony\\Component\\Routing\\Exception\\MethodNotAllowedException",
                    0,
                    "",
                    f"{KM_V}/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:56",
                )
            ],
        )

    # two Excel exports out of memory
    for tx in [at(11, 30, 12), at(11, 32, 50)]:
        proc = r.choice(children)
        t1 = matched(
            tx,
            proc,
            "timesheet_export",
            "App\\Controller\\TimesheetController::exportAction",
            {"_locale": "de"},
            "/de/timesheet/export/",
            "POST",
        )
        where = f"{KM_V}/phpoffice/phpspreadsheet/src/PhpSpreadsheet/Collection/Cells.php:434"
        head, _ = exc(
            "Symfony\\Component\\ErrorHandler\\Error\\OutOfMemoryError",
            0,
            "Error: Allowed memory size of 268435456 bytes exhausted (tried to allocate 20480 bytes)",
            where,
        )
        t2 = fs.add(
            "prod.log",
            t1 + sec(21.4),
            "Fatal Error: Allowed memory size of %d bytes exhausted (tried to allocate %d bytes)",
            lambda x, head=head: [
                f"[{x:%Y-%m-%d %H:%M:%S}] php.CRITICAL: Fatal Error: Allowed memory size of 268435456 bytes exhausted (tried to allocate 20480 bytes) {head} "
            ],
            ("prod.log", proc),
            1_000_000,
        )
        uncaught(
            t2,
            proc,
            "CRITICAL",
            'Uncaught PHP Exception %s: "Error: Allowed memory size of %d bytes exhausted (tried to allocate %d bytes)" at %s line %s',
            "Symfony\\Component\\ErrorHandler\\Error\\OutOfMemoryError",
            "Error: Allowed memory size of 268435456 bytes exhausted (tried to allocate 20480 bytes)",
            where,
        )
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- monica

MO_APP = "/var/www/html"
MO_FW = MO_APP + "/vendor/laravel/framework/src/Illuminate"
MO_UA = {
    "firefox": "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:126.0) Gecko/20100101 Firefox/126.0",
    "safari": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
    "davx5": "DAVx5/4.3.16.1-ose (2024/05/27; dav4jvm; okhttp/4.12.0) Android/14",
}


def monica(r: random.Random) -> list[Log]:
    """Monica 4.1.2 (the monica:4-apache image in three containers, as its docs run it): `app.log`
    (`docker logs` of the web container: Apache's combined access log on stdout, its error log
    on stderr), `cron.log` (the cron container: `php artisan schedule:run -v` every minute,
    Laravel 10's output), `queue.log` (the queue container: `queue:work --queue=high,default,low`)
    and `laravel-2024-06-07.log` (the daily channel: Monolog's line format, exceptions with
    `[stacktrace]`). A family's personal CRM, 06:00 to 12:00: contact views (each queues
    UpdateLastConsultedDate), notes and edits (LogAccountAudit), DAVx5 syncing the address book
    over Monica's CardDAV, the hourly reminders failing on Gmail's revoked app password from
    07:00 (three attempts each), the Nextcloud address book subscription failing in maintenance
    mode at 09:00, weather lookups on the retired Dark Sky API, gravatar lookups timing out, a
    relationship page on a deleted contact, the web and queue containers upgraded at 10:15."""
    fs = Files()
    DATE = "YYYY-MM-DD HH:MM:SS"

    def two_col(first: str, second: str) -> str:
        dots = max(78 - 2 - len(first) - 1 - 1 - len(second), 1)
        return f"  {first} {'.' * dots} {second}"

    def runtime(x: float) -> str:
        if x * 1000 <= 2000:
            return f"{x * 1000:.2f}ms"
        return f"{int(x)}s"

    def OUT(f: str, t: datetime, proc: object, label: str | None, text: str) -> datetime:
        return fs.add(
            f,
            t,
            label,
            lambda x: [text.replace(DATE, f"{x:%Y-%m-%d %H:%M:%S}")],
            (f, proc),
            1_000_000,
        )

    def ACC(
        t: datetime,
        ip: str,
        method: str,
        uri: str,
        status: int,
        size: int,
        ref: str,
        ua: str,
        label: str,
    ) -> datetime:
        return fs.add(
            "app.log",
            t,
            label,
            lambda x: [
                f'{ip} - - [{x:%d/%b/%Y:%H:%M:%S} +0000] "{method} {uri} HTTP/1.1" {status} {size} "{ref}" "{ua}"'
            ],
            ("app.log", "apache", r.randint(0, 9)),
            1_000_000,
        )

    def AERR(t: datetime, label: str, text: str) -> datetime:
        t += sec(r.uniform(0, 0.0009))
        return fs.add(
            "app.log",
            t,
            label,
            lambda x: [f"[{x:%a %b %d %H:%M:%S}.{x.microsecond:06d} {x:%Y}] {text}"],
            ("app.log", "apache-error"),
            1,
        )

    LOGF = "laravel-2024-06-07.log"

    def LOG(
        t: datetime,
        proc: object,
        label: str,
        msg: str,
        ctx: str = "",
        more: list[str] | None = None,
    ) -> datetime:
        return fs.add(
            LOGF,
            t,
            label,
            lambda x: [
                f"[{x:%Y-%m-%d %H:%M:%S}] production.ERROR: {msg}" + (f" {ctx}" if ctx else "  "),
                *(more or []),
            ],
            (LOGF, proc),
            1_000_000,
        )

    def LOGM(
        t: datetime, proc: object, label: str, msg_lines: list[str], ctx_lines: list[str]
    ) -> datetime:
        """A message with line breaks of its own, then the context (its first line after the
        message's last)."""
        lines = list(msg_lines)
        if ctx_lines:
            lines[-1] = lines[-1] + " " + ctx_lines[0]
            lines += ctx_lines[1:]
        else:
            lines[-1] += "  "
        return fs.add(
            LOGF,
            t,
            label,
            lambda x: [f"[{x:%Y-%m-%d %H:%M:%S}] production.ERROR: {lines[0]}", *lines[1:]],
            (LOGF, proc),
            1_000_000,
        )

    def frames(fr: list[str]) -> list[str]:
        return [f"#{i} {f}" for i, f in enumerate(fr)] + [f"#{len(fr)} {{main}}"]

    job_frames = [
        f"{MO_FW}/Container/BoundMethod.php(36): {{job}}->handle()",
        f"{MO_FW}/Container/Util.php(41): Illuminate\\\\Container\\\\BoundMethod::Illuminate\\\\Container\\\\{{closure}}()",
        f"{MO_FW}/Container/BoundMethod.php(93): Illuminate\\\\Container\\\\Util::unwrapIfClosure(Object(Closure))",
        f"{MO_FW}/Container/BoundMethod.php(35): Illuminate\\\\Container\\\\BoundMethod::callBoundMethod(Object(Illuminate\\\\Foundation\\\\Application), Array, Object(Closure))",
        f"{MO_FW}/Container/Container.php(662): Illuminate\\\\Container\\\\BoundMethod::call(Object(Illuminate\\\\Foundation\\\\Application), Array, Array, NULL)",
        f"{MO_FW}/Bus/Dispatcher.php(128): Illuminate\\\\Container\\\\Container->call(Array)",
        f"{MO_FW}/Pipeline/Pipeline.php(144): Illuminate\\\\Bus\\\\Dispatcher->Illuminate\\\\Bus\\\\{{closure}}(Object({{jobc}}))",
        f"{MO_FW}/Pipeline/Pipeline.php(119): Illuminate\\\\Pipeline\\\\Pipeline->Illuminate\\\\Pipeline\\\\{{closure}}(Object({{jobc}}))",
        f"{MO_FW}/Bus/Dispatcher.php(132): Illuminate\\\\Pipeline\\\\Pipeline->then(Object(Closure))",
        f"{MO_FW}/Queue/CallQueuedHandler.php(124): Illuminate\\\\Bus\\\\Dispatcher->dispatchNow(Object({{jobc}}), false)",
        f"{MO_FW}/Queue/CallQueuedHandler.php(70): Illuminate\\\\Queue\\\\CallQueuedHandler->dispatchThroughMiddleware(Object(Illuminate\\\\Queue\\\\Jobs\\\\DatabaseJob), Object({{jobc}}))",
        f"{MO_FW}/Queue/Jobs/Job.php(102): Illuminate\\\\Queue\\\\CallQueuedHandler->call(Object(Illuminate\\\\Queue\\\\Jobs\\\\DatabaseJob), Array)",
        f"{MO_FW}/Queue/Worker.php(439): Illuminate\\\\Queue\\\\Jobs\\\\Job->fire()",
        f"{MO_FW}/Queue/Worker.php(389): Illuminate\\\\Queue\\\\Worker->process('database', Object(Illuminate\\\\Queue\\\\Jobs\\\\DatabaseJob), Object(Illuminate\\\\Queue\\\\WorkerOptions))",
        f"{MO_FW}/Queue/Worker.php(176): Illuminate\\\\Queue\\\\Worker->runJob(Object(Illuminate\\\\Queue\\\\Jobs\\\\DatabaseJob), 'database', Object(Illuminate\\\\Queue\\\\WorkerOptions))",
        f"{MO_FW}/Queue/Console/WorkCommand.php(137): Illuminate\\\\Queue\\\\Worker->daemon('database', 'high,default,lo...', Object(Illuminate\\\\Queue\\\\WorkerOptions))",
        f"{MO_FW}/Queue/Console/WorkCommand.php(120): Illuminate\\\\Queue\\\\Console\\\\WorkCommand->runWorker('database', 'high,default,lo...')",
        f"{MO_APP}/artisan(37): Illuminate\\\\Foundation\\\\Console\\\\Kernel->handle(Object(Symfony\\\\Component\\\\Console\\\\Input\\\\ArgvInput), Object(Symfony\\\\Component\\\\Console\\\\Output\\\\ConsoleOutput))",
    ]

    def jf(job: str, head: list[str]) -> list[str]:
        jc = job.replace("\\", "\\\\")
        return frames([*head, *[f.replace("{job}", jc).replace("{jobc}", jc) for f in job_frames]])

    def ctx_exc(
        cls: str, code: object, msg: str, where: str, fr: list[str], user: int | None = None
    ) -> tuple[str, list[str]]:
        esc = msg.replace("\\", "\\\\").replace('"', '\\"')
        head = (
            "{"
            + (f'"userId":{user},' if user else "")
            + f'"exception":"[object] ({cls}(code: {code}): {esc} at {where})'
        )
        return head, ["[stacktrace]", *fr, '"} ']

    # ---- the queue container: one worker
    q_free = [T0]
    q_down = (at(10, 15, 2), at(10, 15, 48))
    tasks: list[tuple[datetime, str, float, object]] = []

    def q(t: datetime, cls: str, lo: float, hi: float, fail=None) -> None:
        tasks.append((t, cls, r.uniform(lo, hi), fail))

    site = "https://monica.berger-family.de"
    ips = [
        "91.64.12.201",
        "91.64.12.201",
        "178.201.33.90",
        "2a02:8109:9d80:4c00:5d1e:2b0f:91aa:1e07",
    ]
    contacts = [
        f"h:{''.join(r.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') for _ in range(6))}"
        for _ in range(140)
    ]

    def up(t: datetime) -> bool:
        return not (at(10, 15, 0) <= t < at(10, 15, 30))

    # browsing: each contact view queues UpdateLastConsultedDate
    for tv in poisson(r, at(6, 5), T_END, 42):
        if not up(tv):
            continue
        ip = r.choice(ips)
        ua = MO_UA["safari"] if ip.startswith("2a02") else MO_UA["firefox"]
        c = r.choice(contacts)
        if r.random() < 0.12:
            ACC(
                tv,
                ip,
                "GET",
                "/dashboard",
                200,
                r.randint(21000, 26000),
                f"{site}/",
                ua,
                "GET /dashboard 200",
            )
            continue
        ACC(
            tv,
            ip,
            "GET",
            f"/people/{c}",
            200,
            r.randint(14000, 41000),
            f"{site}/people",
            ua,
            "GET /people/%s 200",
        )
        q(tv + sec(0.3), "App\\Jobs\\UpdateLastConsultedDate", 0.01, 0.06)
        if r.random() < 0.3:
            tn = tv + sec(r.uniform(20, 120))
            ACC(
                tn,
                ip,
                "POST",
                f"/people/{c}/notes",
                201,
                r.randint(600, 1400),
                f"{site}/people/{c}",
                ua,
                "POST /people/%s/notes 201",
            )
            q(tn + sec(0.3), "App\\Jobs\\AuditLog\\LogAccountAudit", 0.01, 0.05)
            if r.random() < 0.1:
                q(tn + sec(0.4), "App\\Jobs\\Avatars\\GetAvatarsFromInternet", 0.2, 1.2)
    # DAVx5 syncs the address book every 15 minutes
    t = at(6, 3, 11)
    while t < T_END:
        if up(t):
            book = "/dav/addressbooks/martin@berger-family.de/contacts/"
            t1 = ACC(
                t,
                "91.64.12.201",
                "PROPFIND",
                book,
                207,
                r.randint(900, 1100),
                "-",
                MO_UA["davx5"],
                "PROPFIND /dav/addressbooks/%s/contacts/ 207",
            )
            if r.random() < 0.3:
                ACC(
                    t1 + sec(r.uniform(0.5, 1.5)),
                    "91.64.12.201",
                    "REPORT",
                    book,
                    207,
                    r.randint(2000, 30000),
                    "-",
                    MO_UA["davx5"],
                    "REPORT /dav/addressbooks/%s/contacts/ 207",
                )
        t += sec(900 + r.uniform(-5, 5))

    # ---- the cron container: schedule:run every minute
    reminders: list[datetime] = []
    for m in range(360):
        tm = T0 + sec(60 * m + r.uniform(0.3, 0.9))
        if tm.minute != 0:
            OUT(
                "cron.log",
                tm,
                "cron",
                "No scheduled commands are ready to run.",
                "   INFO  No scheduled commands are ready to run.",
            )
            OUT("cron.log", tm, "cron", None, "")
            continue
        tt = tm
        for cmd, lo, hi in [
            ("send:reminders", 0.4, 1.2),
            ("send:stay_in_touch", 0.3, 0.9),
            ("monica:davclients", 0.3, 0.8),
        ]:
            d = r.uniform(lo, hi)
            OUT(
                "cron.log",
                tt,
                "cron",
                "%s Running [%s] %s %s DONE",
                two_col(f"{DATE} Running ['artisan' {cmd}]", f"{d * 1000:,.0f}ms DONE"),
            )
            OUT(
                "cron.log",
                tt + sec(0.001),
                "cron",
                "⇂ %s",
                f"  ⇂ '/usr/local/bin/php' 'artisan' {cmd} > '/dev/null' 2>&1",
            )
            if cmd == "send:reminders":
                for _ in range(r.choice([0, 1, 1, 2])):
                    reminders.append(tt + sec(d * 0.5))
                    q(tt + sec(d * 0.5), "App\\Jobs\\Reminder\\NotifyUserAboutReminder", 0.05, 0.2)
            if cmd == "send:stay_in_touch" and r.random() < 0.5:
                q(tt + sec(d * 0.5), "App\\Jobs\\StayInTouch\\ScheduleStayInTouch", 0.05, 0.2)
            if cmd == "monica:davclients":
                for sub in (1, 2):
                    q(
                        tt + sec(d * 0.5 + 0.01 * sub),
                        "App\\Jobs\\SynchronizeAddressBooks",
                        1.5,
                        6.0,
                        fail=("nextcloud", sub) if tt.hour == 9 else None,
                    )
            tt += sec(d + 0.01)
        OUT("cron.log", tt, "cron", None, "")

    # each reminder's mail goes out as a queued notification: Gmail refuses it from 07:00
    for tr in reminders:
        fail = "smtp" if tr >= at(7, 0) else None
        for k in range(3 if fail else 1):
            q(
                tr + sec(1 + 90 * k),
                "Illuminate\\Notifications\\SendQueuedNotifications",
                1.2,
                2.4,
                fail=fail,
            )

    # weather on contacts with an address: the Dark Sky API is gone
    weather_at = [at(7, 12, 40), at(8, 44, 3), at(10, 2, 51), at(11, 27, 19)]
    for tw in weather_at:
        q(tw, "App\\Jobs\\GetWeatherInformation", 0.3, 0.9, fail="weather")
    for tg in [at(6, 52, 10), at(8, 5, 33), at(9, 38, 2), at(11, 48, 45)]:
        q(tg, "App\\Jobs\\Avatars\\GetAvatarsFromInternet", 10.0, 10.05, fail="gravatar")

    # the relationship page of a deleted contact
    for tx in [at(8, 14, 2), at(8, 14, 40), at(11, 3, 9)]:
        c = r.choice(contacts)
        ACC(
            tx,
            "178.201.33.90",
            "GET",
            f"/people/{c}/relationships/{r.randint(40, 90)}/edit",
            500,
            7340,
            f"{site}/people/{c}",
            MO_UA["firefox"],
            "GET /people/%s/relationships/%s/edit 500",
        )
        head, rest = ctx_exc(
            "ErrorException",
            0,
            'Attempt to read property "id" on null',
            f"{MO_APP}/app/Http/Controllers/Contacts/RelationshipsController.php:114",
            frames(
                [
                    f"{MO_FW}/Foundation/Bootstrap/HandleExceptions.php(255): Illuminate\\\\Foundation\\\\Bootstrap\\\\HandleExceptions->handleError(2, 'Attempt to read...', '/var/www/html/a...', 114)",
                    f"{MO_APP}/app/Http/Controllers/Contacts/RelationshipsController.php(114): Illuminate\\\\Foundation\\\\Bootstrap\\\\HandleExceptions->Illuminate\\\\Foundation\\\\Bootstrap\\\\{{closure}}(2, 'Attempt to read...', '/var/www/html/a...', 114)",
                    f"{MO_FW}/Routing/Controller.php(54): App\\\\Http\\\\Controllers\\\\Contacts\\\\RelationshipsController->edit(Object(Illuminate\\\\Http\\\\Request), Object(App\\\\Models\\\\Contact\\\\Contact), Object(App\\\\Models\\\\Relationship\\\\Relationship))",
                    f"{MO_FW}/Routing/ControllerDispatcher.php(43): Illuminate\\\\Routing\\\\Controller->callAction('edit', Array)",
                    f"{MO_FW}/Routing/Route.php(260): Illuminate\\\\Routing\\\\ControllerDispatcher->dispatch(Object(Illuminate\\\\Routing\\\\Route), Object(App\\\\Http\\\\Controllers\\\\Contacts\\\\RelationshipsController), 'edit')",
                    f"{MO_FW}/Routing/Route.php(205): Illuminate\\\\Routing\\\\Route->runController()",
                    f"{MO_FW}/Routing/Router.php(806): Illuminate\\\\Routing\\\\Route->run()",
                    f"{MO_APP}/public/index.php(52): Illuminate\\\\Foundation\\\\Http\\\\Kernel->handle(Object(Illuminate\\\\Http\\\\Request))",
                ]
            ),
            user=2,
        )
        LOG(
            tx - sec(0.2),
            "web",
            'Attempt to read property "%s" on null',
            'Attempt to read property "id" on null',
            head,
            rest,
        )

    # the web and queue containers upgraded at 10:15
    AERR(
        at(10, 15, 1),
        "AH00170: caught SIGWINCH, shutting down gracefully",
        "[mpm_prefork:notice] [pid 1] AH00170: caught SIGWINCH, shutting down gracefully",
    )
    fqdn = "AH00558: apache2: Could not reliably determine the server's fully qualified domain name, using 172.18.0.5. Set the 'ServerName' directive globally to suppress this message"
    fs.add(
        "app.log",
        at(10, 15, 24),
        "AH00558: %s: Could not reliably determine the server's fully qualified domain name, using %s. Set the 'ServerName' directive globally to suppress this message",
        lambda x: [fqdn],
        ("app.log", "apache-start", 1),
        1_000_000,
    )
    fs.add(
        "app.log",
        at(10, 15, 24.3),
        "AH00558: %s: Could not reliably determine the server's fully qualified domain name, using %s. Set the 'ServerName' directive globally to suppress this message",
        lambda x: [fqdn],
        ("app.log", "apache-start", 2),
        1_000_000,
    )
    AERR(
        at(10, 15, 24.4),
        "AH00163: %s configured -- resuming normal operations",
        "[mpm_prefork:notice] [pid 1] AH00163: Apache/2.4.59 (Debian) PHP/8.2.20 configured -- resuming normal operations",
    )
    AERR(
        at(10, 15, 24.401),
        "AH00094: Command line: '%s'",
        "[core:notice] [pid 1] AH00094: Command line: 'apache2 -D FOREGROUND'",
    )
    OUT("queue.log", q_down[1], "worker", None, "")
    OUT(
        "queue.log",
        q_down[1],
        "worker",
        "Processing jobs from the [%s] queues.",
        "   INFO  Processing jobs from the [high,default,low] queues.",
    )
    OUT("queue.log", q_down[1] + sec(0.001), "worker", None, "")

    # ---- run the queue in time order
    smtp_msg = (
        'Failed to authenticate on SMTP server with username "monica.berger.family@gmail.com" using the following authenticators: "LOGIN", "PLAIN", "XOAUTH2". '
        'Authenticator "LOGIN" returned "Expected response code "235" but got code "535", with message "535-5.7.8 Username and Password not accepted. For more information, go to\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials {id} - gsmtp".". '
        'Authenticator "PLAIN" returned "Expected response code "235" but got code "535", with message "535-5.7.8 Username and Password not accepted. For more information, go to\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials {id} - gsmtp".". '
        'Authenticator "XOAUTH2" returned "Expected response code "334" but got code "535", with message "535-5.7.8 Username and Password not accepted. For more information, go to\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials {id} - gsmtp".".'
    )
    smtp_label = 'Failed to authenticate on SMTP server with username "%s" using the following authenticators: "%s", "%s", "%s". Authenticator "%s" returned "Expected response code "%s" but got code "%s", with message "%s".". Authenticator "%s" returned "Expected response code "%s" but got code "%s", with message "%s".". Authenticator "%s" returned "Expected response code "%s" but got code "%s", with message "%s".".'
    for tq, cls, dur, fail in sorted(tasks, key=lambda x: x[0]):
        if tq >= T_END:
            continue
        ts = max(tq, q_free[0])
        if q_down[0] <= ts < q_down[1] + sec(0.1):
            ts = q_down[1] + sec(0.5)
        OUT("queue.log", ts, "worker", "%s %s RUNNING", two_col(f"{DATE} {cls}", "RUNNING"))
        word = "FAIL" if fail and fail != "weather" else "DONE"
        te = OUT(
            "queue.log",
            ts + sec(dur),
            "worker",
            f"%s %s %s {word}",
            two_col(f"{DATE} {cls}", f"{runtime(dur)} {word}"),
        )
        q_free[0] = te + sec(0.01)
        if fail == "smtp":
            sid = f"{hexid(r, 12)}-{hexid(r, 8)}sm{r.randint(1000000, 9999999)}{r.choice('abcdefgh')}{r.randint(1, 9)}.{r.randint(10, 99)}"
            msg = smtp_msg.replace("{id}", sid)
            esc = msg.replace("\\", "\\\\").replace('"', '\\"')
            body = esc.split("\n")
            head = (
                '{"exception":"[object] (Symfony\\\\Component\\\\Mailer\\\\Exception\\\\TransportException(code: 535): '
                + body[0]
            )
            where = f"{MO_APP}/vendor/symfony/mailer/Transport/Smtp/EsmtpTransport.php:229"
            rest = [head, *body[1:-1], body[-1] + f" at {where})", "[stacktrace]"]
            rest += frames(
                [
                    f"{MO_APP}/vendor/symfony/mailer/Transport/Smtp/EsmtpTransport.php(165): Symfony\\\\Component\\\\Mailer\\\\Transport\\\\Smtp\\\\EsmtpTransport->handleAuth(Array)",
                    f"{MO_APP}/vendor/symfony/mailer/Transport/Smtp/EsmtpTransport.php(118): Symfony\\\\Component\\\\Mailer\\\\Transport\\\\Smtp\\\\EsmtpTransport->doEhloCommand()",
                    f"{MO_APP}/vendor/symfony/mailer/Transport/Smtp/SmtpTransport.php(271): Symfony\\\\Component\\\\Mailer\\\\Transport\\\\Smtp\\\\EsmtpTransport->executeCommand('HELO [127.0.0.1...', Array)",
                    f"{MO_APP}/vendor/symfony/mailer/Transport/Smtp/SmtpTransport.php(194): Symfony\\\\Component\\\\Mailer\\\\Transport\\\\Smtp\\\\SmtpTransport->start()",
                    f"{MO_APP}/vendor/symfony/mailer/Transport/AbstractTransport.php(69): Symfony\\\\Component\\\\Mailer\\\\Transport\\\\Smtp\\\\SmtpTransport->doSend(Object(Symfony\\\\Component\\\\Mailer\\\\SentMessage))",
                    f"{MO_APP}/vendor/symfony/mailer/Transport/Smtp/SmtpTransport.php(137): Symfony\\\\Component\\\\Mailer\\\\Transport\\\\AbstractTransport->send(Object(Symfony\\\\Component\\\\Mime\\\\Email), Object(Symfony\\\\Component\\\\Mailer\\\\DelayedEnvelope))",
                    f"{MO_FW}/Mail/Mailer.php(584): Symfony\\\\Component\\\\Mailer\\\\Transport\\\\Smtp\\\\SmtpTransport->send(Object(Symfony\\\\Component\\\\Mime\\\\Email), Object(Symfony\\\\Component\\\\Mailer\\\\DelayedEnvelope))",
                    f"{MO_FW}/Notifications/Channels/MailChannel.php(67): Illuminate\\\\Mail\\\\Mailer->send(Object(Illuminate\\\\Support\\\\HtmlString), Array, Object(Closure))",
                    f"{MO_FW}/Notifications/NotificationSender.php(148): Illuminate\\\\Notifications\\\\Channels\\\\MailChannel->send(Object(App\\\\Models\\\\User\\\\User), Object(App\\\\Notifications\\\\UserReminded))",
                    f"{MO_FW}/Notifications/ChannelManager.php(54): Illuminate\\\\Notifications\\\\NotificationSender->sendNow(Object(Illuminate\\\\Database\\\\Eloquent\\\\Collection), Object(App\\\\Notifications\\\\UserReminded), Array)",
                    f"{MO_FW}/Notifications/SendQueuedNotifications.php(118): Illuminate\\\\Notifications\\\\ChannelManager->sendNow(Object(Illuminate\\\\Database\\\\Eloquent\\\\Collection), Object(App\\\\Notifications\\\\UserReminded), Array)",
                ]
            )
            rest.append('"} ')
            LOGM(te + sec(0.005), "worker", smtp_label, msg.split("\n"), rest)
        elif fail and fail[0] == "nextcloud":
            sub = fail[1]
            user = "martin" if sub == 1 else "sabine"
            url = (
                f"https://cloud.berger-family.de/remote.php/dav/addressbooks/users/{user}/contacts/"
            )
            body = '<?xml version="1.0" encoding="utf-8"?>\n<d:error xmlns:d="DAV:" xmlns:s="http://sabredav.org/ns">\n  <s:exception>Sabre\\DAV\\Exception\\ServiceUnavailable</s:exception>\n  <s:message>System in maintenance mode.</s:message>\n</d:error>\n'
            body = body[:120] + " (truncated...)\n"
            msg = f"Server error: `PROPFIND {url}` resulted in a `503 Service Unavailable` response:\n{body}"
            esc = msg.replace("\\", "\\\\").replace('"', '\\"')
            parts = esc.split("\n")
            mparts = msg.split("\n")
            where = f"{MO_APP}/vendor/guzzlehttp/guzzle/src/Exception/RequestException.php:113"
            fr = jf(
                "App\\Jobs\\SynchronizeAddressBooks",
                [
                    f"{MO_APP}/vendor/guzzlehttp/guzzle/src/Middleware.php(72): GuzzleHttp\\\\Exception\\\\RequestException::create(Object(GuzzleHttp\\\\Psr7\\\\Request), Object(GuzzleHttp\\\\Psr7\\\\Response), NULL, Array, NULL)",
                    f"{MO_APP}/vendor/guzzlehttp/promises/src/Promise.php(209): GuzzleHttp\\\\Middleware::GuzzleHttp\\\\{{closure}}(Object(GuzzleHttp\\\\Psr7\\\\Response))",
                    f"{MO_APP}/vendor/guzzlehttp/promises/src/Promise.php(158): GuzzleHttp\\\\Promise\\\\Promise::callHandler(1, Object(GuzzleHttp\\\\Psr7\\\\Response), NULL)",
                    f"{MO_APP}/app/Services/DavClient/Utils/Dav/DavClient.php(512): GuzzleHttp\\\\Promise\\\\Promise->wait()",
                    f"{MO_APP}/app/Services/DavClient/Utils/Dav/DavClient.php(236): App\\\\Services\\\\DavClient\\\\Utils\\\\Dav\\\\DavClient->request('PROPFIND', '', '<?xml version=\\\"1...', Array)",
                    f"{MO_APP}/app/Services/DavClient/Utils/AddressBookSynchronizer.php(64): App\\\\Services\\\\DavClient\\\\Utils\\\\Dav\\\\DavClient->getProperty('{{http://calenda...', '')",
                    f"{MO_APP}/app/Services/DavClient/SynchronizeAddressBook.php(58): App\\\\Services\\\\DavClient\\\\Utils\\\\AddressBookSynchronizer->execute(Object(App\\\\Services\\\\DavClient\\\\Utils\\\\Model\\\\SyncDto), false)",
                    f"{MO_APP}/app/Jobs/SynchronizeAddressBooks.php(51): App\\\\Services\\\\DavClient\\\\SynchronizeAddressBook->execute(Array)",
                ],
            )
            head = (
                '{"exception":"[object] (GuzzleHttp\\\\Exception\\\\ServerException(code: 503): '
                + parts[0]
            )
            # Monolog writes the message (its own line breaks kept), then the context whose string repeats it
            lines_ctx = [*parts[1:-1], parts[-1] + f" at {where})", "[stacktrace]", *fr, '"} ']
            LOGM(
                te + sec(0.005),
                "worker",
                "Server error: `%s %s` resulted in a `%s %s` response:",
                mparts,
                [head, *lines_ctx],
            )
        elif fail == "weather":
            key = hexid(r, 32)
            url = f"https://api.darksky.net/forecast/{key}/48.1372,11.5756?exclude=alerts%2Cminutely%2Chourly%2Cdaily%2Cflags&units=si"
            tostring = [
                f"GuzzleHttp\\Exception\\ClientException: Client error: `GET {url}` resulted in a `403 Forbidden` response:",
                "Forbidden",
                f" in {MO_APP}/vendor/guzzlehttp/guzzle/src/Exception/RequestException.php:113",
                "Stack trace:",
                f"#0 {MO_APP}/vendor/guzzlehttp/guzzle/src/Middleware.php(72): GuzzleHttp\\Exception\\RequestException::create(Object(GuzzleHttp\\Psr7\\Request), Object(GuzzleHttp\\Psr7\\Response), NULL, Array, NULL)",
                f"#1 {MO_APP}/vendor/guzzlehttp/promises/src/Promise.php(209): GuzzleHttp\\Middleware::GuzzleHttp\\{{closure}}(Object(GuzzleHttp\\Psr7\\Response))",
                f"#2 {MO_APP}/vendor/guzzlehttp/promises/src/Promise.php(158): GuzzleHttp\\Promise\\Promise::callHandler(1, Object(GuzzleHttp\\Psr7\\Response), NULL)",
                f"#3 {MO_APP}/vendor/guzzlehttp/guzzle/src/Client.php(189): GuzzleHttp\\Promise\\Promise->wait()",
                f"#4 {MO_APP}/app/Services/Instance/Weather/GetWeatherInformation.php(104): GuzzleHttp\\Client->request('GET', 'https://api.dar...')",
                f"#5 {MO_APP}/app/Services/Instance/Weather/GetWeatherInformation.php(66): App\\Services\\Instance\\Weather\\GetWeatherInformation->query(Object(App\\Models\\Account\\Place))",
                f"#6 {MO_APP}/app/Jobs/GetWeatherInformation.php(58): App\\Services\\Instance\\Weather\\GetWeatherInformation->execute(Array)",
                "#7 {main}",
            ]
            LOGM(
                te - sec(0.01),
                "worker",
                "Error making the call: %s: Client error: `%s %s` resulted in a `%s %s` response:",
                ["Error making the call: " + tostring[0], *tostring[1:]],
                [],
            )
        elif fail == "gravatar":
            h = hexid(r, 32)
            msg = f"cURL error 28: Connection timed out after 10001 milliseconds (see https://curl.haxx.se/libcurl/c/libcurl_errors.html) for https://www.gravatar.com/avatar/{h}?s=250&d=404&r=g"
            head, rest = ctx_exc(
                "GuzzleHttp\\\\Exception\\\\ConnectException",
                0,
                msg,
                f"{MO_APP}/vendor/guzzlehttp/guzzle/src/Handler/CurlFactory.php:210",
                jf(
                    "App\\Jobs\\Avatars\\GetAvatarsFromInternet",
                    [
                        f"{MO_APP}/vendor/guzzlehttp/guzzle/src/Handler/CurlFactory.php(158): GuzzleHttp\\\\Handler\\\\CurlFactory::createRejection(Object(GuzzleHttp\\\\Handler\\\\EasyHandle), Array)",
                        f"{MO_APP}/vendor/guzzlehttp/guzzle/src/Handler/CurlFactory.php(110): GuzzleHttp\\\\Handler\\\\CurlFactory::finishError(Object(GuzzleHttp\\\\Handler\\\\CurlHandler), Object(GuzzleHttp\\\\Handler\\\\EasyHandle), Object(GuzzleHttp\\\\Handler\\\\CurlFactory))",
                        f"{MO_APP}/vendor/guzzlehttp/guzzle/src/Handler/CurlHandler.php(47): GuzzleHttp\\\\Handler\\\\CurlFactory::finish(Object(GuzzleHttp\\\\Handler\\\\CurlHandler), Object(GuzzleHttp\\\\Handler\\\\EasyHandle), Object(GuzzleHttp\\\\Handler\\\\CurlFactory))",
                        f"{MO_APP}/app/Services/Contact/Avatar/GetGravatar.php(92): GuzzleHttp\\\\Client->request('HEAD', 'https://www.gra...', Array)",
                        f"{MO_APP}/app/Jobs/Avatars/GetAvatarsFromInternet.php(50): App\\\\Services\\\\Contact\\\\Avatar\\\\GetGravatar->execute(Array)",
                    ],
                ),
            )
            LOG(
                te + sec(0.005),
                "worker",
                "cURL error %d: Connection timed out after %d milliseconds (see %s) for %s",
                msg,
                head,
                rest,
            )
    return fs.logs(T0)


SYSTEMS = {
    "radicale": radicale,
    "tandoor": tandoor,
    "invoiceninja": invoiceninja,
    "kimai": kimai,
    "monica": monica,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
